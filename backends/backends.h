/* backends.h: the public face of wpc's backends: printers of the IR.
 * The Warp printer writes the module source Warp itself writes to its kernel
 * cache (C++ for the CPU, CUDA for the GPU) for one of two Warp dialects. */
#ifndef WPC_BACKENDS_H
#define WPC_BACKENDS_H

#include "ir/ir.h"

typedef enum WarpDevice { WARP_CPU, WARP_CUDA } WarpDevice;

/* What the printer needs beyond the IR: the module's emission order and
 * options, as the frontend and builder decided them. */
typedef struct WarpModuleInfo {
    const char *source_name;  /* path in `// path:line` comments */
    IrFunc **funcs;           /* user funcs in Warp's build order */
    int nfuncs;
    IrFunc **kernels;         /* kernels in definition order */
    int nkernels;
    int *structs;             /* struct indices in Warp's order */
    int nstructs;
    int block_dim;
    int enable_backward;      /* module option */
} WarpModuleInfo;

/* Appends the whole module source to out. */
void warp_print_module(const IrModule *m, const WarpModuleInfo *info, WarpDevice dev, Buf *out);

/* Python's repr() of a float (shortest round-trip digits). */
void warp_float_repr(double v, char *out, size_t n);

/* ==== LLVM lowering (backends/llvm.c) ======================================
 * The forward code of kernels and the user funcs they call, lowered to LLVM
 * IR (LLVM 19 C API) for execution on the CPU (runtime/jit.c) and, later, the
 * GPU.  Values are stored exactly as Warp's C++ lays them out, so argument
 * blocks and arrays can be shared with Warp-compatible memory. */
#include <stdint.h>

struct LLVMOpaqueModule;

/* Launch bounds passed to an entry point (Warp's launch_bounds_t<N>: the
 * shape padded to the kernel's tid() dimensions, the thread count, and the
 * threads sharing one coordinate tuple). */
typedef struct WlBounds {
    int32_t shape[4];
    uint64_t size;
    uint64_t coord_mult;
} WlBounds;

/* An entry point runs the kernel for task indices [start, end). */
typedef void (*WlEntryFn)(const void *args, const WlBounds *bounds, uint64_t start, uint64_t end);

/* Warp's array_t: data, grad, shape, strides (bytes), ndim, flags. */
typedef struct WlArray {
    void *data;
    void *grad;
    int32_t shape[4];
    int32_t strides[4];
    uint16_t ndim;
    uint16_t flags;
} WlArray;

/* One kernel parameter inside the argument block (Warp's wp_args_<kernel>). */
typedef struct WlParam {
    const char *name;
    IrType type;
    uint64_t offset, size;
} WlParam;

typedef struct WlKernel {
    const IrModule *m;
    const IrFunc *f;
    const char *name;      /* Python name */
    const char *entry;     /* symbol of the entry point (WlEntryFn) */
    int dim;               /* wp.tid() dimensions */
    WlParam *params;
    int nparams;
    uint64_t args_size, args_align;
    const char *error;     /* non-NULL: the kernel could not be lowered (why); no entry point */
    int native;            /* 1: it calls @wp.func_native snippets (see llvm_native_source) */
} WlKernel;

typedef struct WlOptions {
    const char *prefix;    /* prepended to every symbol (unique per module in a batch) */
    int atomic;            /* 1: atomics as atomic read-modify-writes (multithreaded launches) */
    int bounds_check;      /* 1: an out-of-bounds array access counts in wpc_rt_oob_count and
                              touches wpc_rt_scratch instead (both external symbols) */
    const IrModule *lib;   /* the built wpclib/ (builtins written in Warp Python, lowered into
                              the module on first use), or NULL */
    int funcs_only;        /* 1: lower the funcs the kernels reach, not the kernels */
} WlOptions;

/* The .py files of backends/wpclib, concatenated at build time: the builtins the lowering
 * implements in Warp Python (noise, dense_*, ...), built by the runtime
 * and passed as WlOptions.lib. */
extern const char wpc_lib_source[];
extern const size_t wpc_lib_source_len;

/* Lowers every kernel of m and the funcs they call into mod (whose target
 * triple and data layout the caller has set).  Returns 0 and the kernels
 * (arena memory), or -1 with a message naming the first unsupported
 * feature; mod may then hold partial code and should be discarded. */
int llvm_lower_module(const IrModule *m, struct LLVMOpaqueModule *mod, const WlOptions *opt, Arena *arena,
                      WlKernel **kernels, int *nkernels, char *err, size_t errlen);

/* The C++ source of the @wp.func_native snippets that the code lowered
 * into mod with symbol prefix `prefix` calls: after wpclib/native.hpp
 * (wpc_native_header), each snippet as the function Warp prints and its
 * wrapper extern "C" void PREFIX<native>_native(void **args, void *ret),
 * the symbol the lowered code calls.  Appends to out; returns how many. */
int llvm_native_source(const IrModule *m, struct LLVMOpaqueModule *mod, const char *prefix, Arena *arena, Buf *out);
extern const char wpc_native_header[];
extern const size_t wpc_native_header_len;

/* Size and alignment of a Warp value type in memory (C layout of Warp's
 * native types); 0 for types without a memory form. */
uint64_t llvm_type_size(const IrModule *m, IrType t, uint64_t *align);
/* Byte offset of field k of struct s. */
uint64_t llvm_field_offset(const IrModule *m, int s, int k);

#endif
