/* runtime.h: the public face of wpc's runtime: the whole compilation
 * pipeline as one call (used by the driver, `wpc diff`, the generator and
 * the benchmarks), and, later, execution of compiled kernels. */
#ifndef WPC_RUNTIME_H
#define WPC_RUNTIME_H

#include "ir/ir.h"

typedef enum WpcEmit { WPC_EMIT_CPP, WPC_EMIT_CUDA, WPC_EMIT_IR, WPC_EMIT_BOTH } WpcEmit;

typedef struct WpcJob {
    const char *source_name; /* path Warp records in `// path:line` comments */
    int warp_minor;          /* 16 (Warp 1.16.0) or 10 (Warp 1.10.1) */
    WpcEmit emit;
    int block_dim;           /* > 0: replaces the module's block_dim option (Warp launches
                                CPU kernels with 1, the code of tile kernels depends on it) */
} WpcJob;

/* Compiles src (len bytes, NUL-terminated) into out, using arena for all
 * memory. Returns 0, or 1 with *diag describing the first error. */
int wpc_compile(const WpcJob *job, const char *src, size_t len, Arena *arena, Buf *out, Diag *diag);

/* Builds once and prints the CPU module into cpp and the CUDA module into cu
 * (either may be NULL); with WPC_EMIT_IR, the IR dump goes to cpp. */
int wpc_compile_both(const WpcJob *job, const char *src, size_t len, Arena *arena, Buf *cpp, Buf *cu, Diag *diag);

/* Warp launches every CPU kernel with block_dim 1 (its CPU module is built
 * with that option): the block_dim of jobs whose kernels run on the CPU. */
#define WPC_CPU_BLOCK_DIM 1

/* The pipeline up to the hashed IR (no printing). 0, or 1 with *diag. */
int wpc_build_ir(const WpcJob *job, const char *src, size_t len, Arena *arena, IrModule **out, Diag *diag);

/* "1.16.0" / "v1.16.0" / "1.16" -> 16, "1.10.1" ... -> 10, else 0. */
int wpc_parse_warp_version(const char *v);

/* ==== CPU execution (runtime/jit.c, runtime/npy.c, runtime/run.c) ===========
 * Kernels lowered to LLVM (backends/llvm.c) and run in-process through ORC
 * LLJIT; arrays are Warp's array_t over host memory. */
#include "backends/backends.h"


/* --emit=llvm: the module's kernels as LLVM IR text (optimized: after O2). */
int wpc_compile_llvm(const WpcJob *job, const char *src, size_t len, Arena *arena, int optimized, Buf *out,
                     Diag *diag);

/* A JIT session: one LLVM context and one ORC LLJIT.  Flags:
 * WPC_JIT_ATOMIC: atomics as atomic read-modify-writes (multithreaded
 * launches); WPC_JIT_BOUNDS_CHECK: out-of-bounds array accesses are counted
 * in wpc_rt_oob_count and go to a scratch block instead of memory;
 * WPC_JIT_FAST: a short IR pipeline and unoptimised code generation (for
 * validating many kernels) instead of O2. */
enum { WPC_JIT_ATOMIC = 1, WPC_JIT_BOUNDS_CHECK = 2, WPC_JIT_FAST = 4 };
typedef struct WpcJit WpcJit;
WpcJit *wpc_jit_new(unsigned flags, char *err, size_t errlen);
extern uint64_t wpc_rt_oob_count;
void wpc_jit_free(WpcJit *j);
/* Lowers the kernels of m into the pending batch; *kernels in arena.  May be
 * called from several threads at once (not during wpc_jit_compile). */
int wpc_jit_add(WpcJit *j, IrModule *m, Arena *arena, WlKernel **kernels, int *nkernels, char *err, size_t errlen);
/* Optimises the pending batch once and adds it to the JIT. */
int wpc_jit_compile(WpcJit *j, char *err, size_t errlen);
/* The entry point of a compiled kernel (the first lookup generates code). */
WlEntryFn wpc_jit_entry(WpcJit *j, const WlKernel *k, char *err, size_t errlen);
/* Warp's launch bounds for a grid (dims, ndim) and a kernel's tid() dims. */
void wpc_launch_bounds(const int64_t *dims, int ndim, int kernel_dim, WlBounds *b);
/* Runs the kernel over the grid; threads > 1 splits the tasks. */
int wpc_launch(WlEntryFn fn, const WlKernel *k, const void *args, const int64_t *dims, int ndim, int threads);

/* .npy files (runtime/npy.c): little-endian, C order. */
typedef struct WpcNpy {
    char descr[16];    /* numpy dtype string: "<f4", "|u1", "|V12" */
    int ndim;
    int64_t shape[8];
    size_t elem_size, nbytes;
    void *data;        /* malloc'd */
} WpcNpy;
int wpc_npy_read(const char *path, WpcNpy *out, char *err, size_t errlen);
int wpc_npy_write(const char *path, const char *descr, const int64_t *shape, int ndim, const void *data, size_t nbytes,
                  char *err, size_t errlen);
void wpc_npy_free(WpcNpy *a);
const char *wpc_npy_descr(IrScalar s);   /* "<f4" for float32, NULL if none */
IrScalar wpc_npy_scalar(const char *descr); /* SC_NONE if not a Warp scalar */

/* wp.Volume on the host (runtime/volume.c): a NanoVDB grid buffer laid out
 * as Warp's volume.h reads it (PNanoVDB), whose address is the volume id
 * (Warp's CPU id too).  Grid types are PNanoVDB's numbers; the values of
 * float/int/vector grids are given per voxel in the grid's value type
 * (vec3f: 3 floats), index grids take none. */
enum {
    WPC_VOLUME_FLOAT = 1, WPC_VOLUME_DOUBLE = 2, WPC_VOLUME_INT32 = 4, WPC_VOLUME_INT64 = 5, WPC_VOLUME_VEC3F = 6,
    WPC_VOLUME_VEC3D = 7, WPC_VOLUME_UINT32 = 10, WPC_VOLUME_VEC4F = 17, WPC_VOLUME_VEC4D = 18,
    WPC_VOLUME_INDEX = 19, WPC_VOLUME_ONINDEX = 20
};
typedef struct WpcVolumeSpec {
    int grid_type;
    int64_t nvoxels;
    const int32_t *ijk;        /* nvoxels index coordinates (i, j, k): the active voxels */
    const void *values;        /* nvoxels values (the last of duplicates wins); NULL for index grids */
    const void *background;    /* one value, or NULL for zero */
    double voxel_size[3];      /* the map: world = translation + voxel_size * ijk, per axis */
    double translation[3];
} WpcVolumeSpec;
/* Returns the id, or 0 with a message in err. */
uint64_t wpc_volume_build(const WpcVolumeSpec *spec, char *err, size_t errlen);
/* a dense C-order array of shape[0] x shape[1] x shape[2] values, every
 * voxel active, element [0, 0, 0] at index coordinates origin */
uint64_t wpc_volume_from_dense(int grid_type, const void *values, const int64_t shape[3], const int32_t origin[3],
                               const void *background, const double voxel_size[3], const double translation[3],
                               char *err, size_t errlen);
uint64_t wpc_volume_size(uint64_t id);           /* bytes of the grid buffer */
/* the value of voxel ijk (the background outside the leaves) into out;
 * -1 for index grids */
int wpc_volume_read(uint64_t id, const int32_t ijk[3], void *out);
int wpc_volume_value_size(int grid_type);        /* bytes of one value (0: index grid or unknown type) */
const char *wpc_volume_type_name(int grid_type); /* "float32", "vec3f", "onindex"..., NULL if unknown */
void wpc_volume_free(uint64_t id);

/* @wp.func_native snippets (runtime/native.c): src (C++) compiled by the
 * system's C++ compiler ($CXX, else c++) into a shared library and loaded;
 * NULL with the compiler's first error in err. */
void *wpc_native_build(const char *src, size_t len, char *err, size_t errlen);
void *wpc_native_symbol(void *lib, const char *name);
void wpc_native_free(void *lib);

/* wp.HashGrid on the host (runtime/hashgrid.c): a grid of npoints vec3 of
 * scalar (float16/32/64; points at `stride` bytes), dim_x * dim_y * dim_z
 * hash cells of width cell_width (Warp's build radius), built as Warp's
 * CPU build does and laid out as Warp's HashGrid struct of warp_minor (16:
 * HashGrid_t<Type>, 10: HashGrid); groups (int32 at gstride bytes, 1.16
 * only) or NULL.  Returns the grid id (the struct's address, which Warp's
 * compiled kernels also take), or 0 with a message in err. */
uint64_t wpc_hashgrid_build(int warp_minor, IrScalar scalar, int dim_x, int dim_y, int dim_z, double cell_width,
                            const void *points, int npoints, int64_t stride, const int32_t *groups, int64_t gstride,
                            char *err, size_t errlen);
void wpc_hashgrid_free(uint64_t id);

/* wp.Bvh and wp.Mesh on the host (runtime/bvh.c), laid out as Warp's BVH
 * and Mesh structs of warp_minor (16 or 10); the data is copied.  Returns
 * the id (the struct's address), or 0 with a message in err. */
typedef struct WpcBvhDesc {
    const float *lowers, *uppers; /* n vec3 item bounds */
    int n;
    const int32_t *groups;        /* n group ids (Warp 1.16) or NULL */
    int leaf_size;                /* <= 0: Warp's default for a Bvh, 1 */
} WpcBvhDesc;
typedef struct WpcMeshDesc {
    const float *points;          /* npoints vec3 */
    int npoints;
    const int32_t *indices;       /* nindices = 3 * triangles */
    int nindices;
    const float *velocities;      /* nvelocities vec3 (one per point) or NULL */
    int nvelocities;
    const int32_t *groups;        /* ngroups (one per triangle, Warp 1.16) or NULL */
    int ngroups;
    int leaf_size;                /* <= 0: Warp's default for a Mesh, 4 */
    int winding;                  /* support_winding_number */
} WpcMeshDesc;
uint64_t wpc_bvh_build(int warp_minor, const WpcBvhDesc *d, char *err, size_t errlen);
void wpc_bvh_free(uint64_t id);
uint64_t wpc_mesh_build(int warp_minor, const WpcMeshDesc *d, char *err, size_t errlen);
void wpc_mesh_free(uint64_t id);

/* `wpc run` (runtime/run.c): argv[0] is "run". Exit status 0, 1 or 2. */
int wpc_run_main(int argc, char **argv);

#endif
