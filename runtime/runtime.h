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
} WpcJob;

/* Compiles src (len bytes, NUL-terminated) into out, using arena for all
 * memory. Returns 0, or 1 with *diag describing the first error. */
int wpc_compile(const WpcJob *job, const char *src, size_t len, Arena *arena, Buf *out, Diag *diag);

/* Builds once and prints the CPU module into cpp and the CUDA module into cu
 * (either may be NULL); with WPC_EMIT_IR, the IR dump goes to cpp. */
int wpc_compile_both(const WpcJob *job, const char *src, size_t len, Arena *arena, Buf *cpp, Buf *cu, Diag *diag);

/* "1.16.0" / "v1.16.0" / "1.16" -> 16, "1.10.1" ... -> 10, else 0. */
int wpc_parse_warp_version(const char *v);

#endif
