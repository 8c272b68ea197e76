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

#endif
