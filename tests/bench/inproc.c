/* inproc.c: in-process compile throughput.
 *
 * Loads every .py file named on the command line, then compiles each one
 * (CPU and CUDA output, fresh arena each time) for `rounds` rounds and
 * reports files and kernels per second on one core.  Kernel count is read
 * from the output (one `_cpu_kernel_forward(` per kernel). */
#define _POSIX_C_SOURCE 200809L
#include "runtime/runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: inproc ROUNDS FILE.py...\n");
        return 2;
    }
    int rounds = atoi(argv[1]);
    int n = argc - 2;
    char **src = calloc(n, sizeof *src);
    size_t *len = calloc(n, sizeof *len);
    for (int i = 0; i < n; i++) {
        FILE *f = fopen(argv[i + 2], "rb");
        if (!f) {
            perror(argv[i + 2]);
            return 1;
        }
        fseek(f, 0, SEEK_END);
        len[i] = (size_t)ftell(f);
        fseek(f, 0, SEEK_SET);
        src[i] = malloc(len[i] + 1);
        len[i] = fread(src[i], 1, len[i], f);
        src[i][len[i]] = 0;
        fclose(f);
    }
    long kernels = 0, files = 0, failed = 0;
    double t0 = now();
    for (int r = 0; r < rounds; r++)
        for (int i = 0; i < n; i++)
            for (int dev = 0; dev < 2; dev++) {
                WpcJob job = {argv[i + 2], 16, dev ? WPC_EMIT_CUDA : WPC_EMIT_CPP};
                Arena *a = arena_new();
                Buf out = {0};
                Diag d = {0};
                if (wpc_compile(&job, src[i], len[i], a, &out, &d)) {
                    failed++;
                } else if (!dev) {
                    buf_put(&out, "", 1);
                    for (const char *p = out.data; (p = strstr(p, "_cpu_kernel_forward(")); p++)
                        kernels++;
                }
                files++;
                buf_free(&out);
                arena_free(a);
            }
    double dt = now() - t0;
    /* the same files, CPU and CUDA printed from one build (wpc --emit=both) */
    double t1 = now();
    long both = 0;
    for (int r = 0; r < rounds; r++)
        for (int i = 0; i < n; i++) {
            WpcJob job = {argv[i + 2], 16, WPC_EMIT_BOTH};
            Arena *a = arena_new();
            Buf cpp = {0}, cu = {0};
            Diag d = {0};
            failed += wpc_compile_both(&job, src[i], len[i], a, &cpp, &cu, &d);
            both++;
            buf_free(&cpp);
            buf_free(&cu);
            arena_free(a);
        }
    double dt2 = now() - t1;
    /* one "file" here is one (file, device) compilation, as Warp's codegen per device */
    printf("inproc: %ld compilations (%d files x 2 devices x %d rounds), %ld kernels, %ld failed, %.3f s\n", files, n,
           rounds, kernels, failed, dt);
    printf("inproc: %.0f files/s, %.0f kernels/s (CPU+CUDA per kernel), %.1f us per file and device\n",
           files / 2.0 / dt, kernels / dt, dt / files * 1e6);
    printf("inproc: one build, both devices: %.0f files/s, %.1f us per file (CPU and CUDA source)\n", both / dt2,
           dt2 / both * 1e6);
    return failed != 0;
}
