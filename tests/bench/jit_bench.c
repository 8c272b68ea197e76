/* jit_bench.c: CPU execution figures (not a test; prints a table).
 *
 *  1. time to first result for one kernel: source text -> IR -> LLVM -> O2 ->
 *     machine code -> launch finished, with a fresh JIT session (cold) and
 *     with one already made (warm);
 *  2. per-kernel JIT time when 1000 kernels (1000 generated sources) share
 *     one batch module: IR build, lowering + linking, one O2 + code
 *     generation, entry lookups; the sources built and added on one
 *     thread, then on one thread per CPU;
 *  3. five compute-heavy kernels against the same loops written in C and
 *     compiled with this file (-O2), single-threaded, same process: the
 *     ratio wpc/C (best of several runs each).
 *
 * Times are wall-clock (WPC_BENCH_CPU=1: CPU time of the benchmark thread);
 * the batch compiles on one thread per CPU (WPC_JIT_THREADS to change).
 *
 * Usage: jit_bench [REPS]   (REPS scales the compute kernels; default 1) */
#include "runtime/runtime.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <pthread.h>
#include <unistd.h>

/* wall-clock time (compilation runs on several threads); WPC_BENCH_CPU=1
 * for the CPU time of this thread, on a machine shared with other work */
static double now(void) {
    static int wall = -1;
    if (wall < 0)
        wall = getenv("WPC_BENCH_CPU") == NULL;
    struct timespec t;
    clock_gettime(wall ? CLOCK_MONOTONIC : CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

typedef struct Prog {
    Arena *arena;
    IrModule *m;
    WlKernel *ks;
    int nk;
} Prog;

static int add_src(WpcJit *j, const char *name, const char *src, Prog *p) {
    p->arena = arena_new();
    WpcJob job = {name, 16, WPC_EMIT_CPP, WPC_CPU_BLOCK_DIM};
    Diag d = {0};
    char err[1024];
    if (wpc_build_ir(&job, src, strlen(src), p->arena, &p->m, &d)) {
        fprintf(stderr, "%s:%d:%d: %s\n", name, d.loc.line, d.loc.col, d.msg);
        return -1;
    }
    if (wpc_jit_add(j, p->m, p->arena, &p->ks, &p->nk, err, sizeof err)) {
        fprintf(stderr, "%s: %s\n", name, err);
        return -1;
    }
    return 0;
}

static const WlKernel *find(Prog *p, const char *name) {
    for (int i = 0; i < p->nk; i++)
        if (!strcmp(p->ks[i].name, name))
            return &p->ks[i];
    fprintf(stderr, "no kernel %s\n", name);
    exit(1);
}

static void setarg(unsigned char *blk, const WlKernel *k, const char *name, const void *v, size_t n) {
    for (int i = 0; i < k->nparams; i++)
        if (!strcmp(k->params[i].name, name)) {
            memcpy(blk + k->params[i].offset, v, n);
            return;
        }
    fprintf(stderr, "no argument %s\n", name);
    exit(1);
}

static WlArray arr(void *data, int n, int m, int esz) {
    WlArray a = {0};
    a.data = data;
    a.shape[0] = n;
    a.ndim = 1;
    a.strides[0] = esz;
    if (m) {
        a.shape[1] = m;
        a.ndim = 2;
        a.strides[0] = m * esz;
        a.strides[1] = esz;
    }
    return a;
}

/* ---- 1. time to first result ------------------------------------------------ */
static const char saxpy_src[] =
    "import warp as wp\n"
    "@wp.kernel\n"
    "def saxpy(a: float, x: wp.array(dtype=float), y: wp.array(dtype=float)):\n"
    "    i = wp.tid()\n"
    "    y[i] = a * x[i] + y[i]\n";

static double first_result(int cold, WpcJit **keep) {
    static float x[1024], y[1024];
    double t0 = now();
    char err[512];
    WpcJit *j = cold || !*keep ? wpc_jit_new(0, err, sizeof err) : *keep;
    Prog p;
    add_src(j, "saxpy.py", saxpy_src, &p);
    wpc_jit_compile(j, err, sizeof err);
    const WlKernel *k = find(&p, "saxpy");
    WlEntryFn fn = wpc_jit_entry(j, k, err, sizeof err);
    unsigned char blk[256] = {0};
    float a = 2;
    WlArray ax = arr(x, 1024, 0, 4), ay = arr(y, 1024, 0, 4);
    setarg(blk, k, "a", &a, 4);
    setarg(blk, k, "x", &ax, sizeof ax);
    setarg(blk, k, "y", &ay, sizeof ay);
    int64_t dims[1] = {1024};
    wpc_launch(fn, k, blk, dims, 1, 1);
    double t = now() - t0;
    arena_free(p.arena);
    if (cold)
        wpc_jit_free(j);
    else
        *keep = j;
    return t;
}

/* ---- 2. 1000 kernels in one batch ----------------------------------------------- */
static void gen_kernel(char *out, size_t n, int i) {
    static const char *const ops[] = {"+", "-", "*"};
    static const char *const fns[] = {"wp.sin", "wp.cos", "wp.sqrt", "wp.abs", "wp.exp"};
    snprintf(out, n,
             "import warp as wp\n"
             "@wp.func\n"
             "def helper_%d(a: float, b: float):\n"
             "    return %s(a) %s b * %d.0\n"
             "@wp.kernel\n"
             "def gen_%d(x: wp.array(dtype=float), y: wp.array(dtype=float), n: int):\n"
             "    i = wp.tid()\n"
             "    s = float(0.0)\n"
             "    for k in range(n):\n"
             "        v = x[(i + k * %d) %% x.shape[0]]\n"
             "        if v > %d.5:\n"
             "            s += helper_%d(v, s)\n"
             "        else:\n"
             "            s = s %s v\n"
             "    y[i] = wp.clamp(s, -1.0e6, 1.0e6)\n",
             i, fns[i % 5], ops[i % 3], i % 7 + 1, i, i % 13 + 1, i % 3, i, ops[(i / 3) % 3]);
}

/* IR build and lowering of sources [i0, i1), on one thread */
typedef struct BatchPart {
    WpcJit *j;
    Prog *p;
    int i0, i1;
    double tir, tlow; /* summed over the part's sources */
} BatchPart;

static void *batch_part(void *arg) {
    BatchPart *bp = arg;
    char src[2048], err[512];
    for (int i = bp->i0; i < bp->i1; i++) {
        Prog *p = &bp->p[i];
        gen_kernel(src, sizeof src, i);
        char name[64];
        snprintf(name, sizeof name, "gen_%d.py", i);
        double a = now();
        p->arena = arena_new();
        WpcJob job = {name, 16, WPC_EMIT_CPP, WPC_CPU_BLOCK_DIM};
        Diag d = {0};
        if (wpc_build_ir(&job, src, strlen(src), p->arena, &p->m, &d)) {
            fprintf(stderr, "%s: %s\n", name, d.msg);
            exit(1);
        }
        double b = now();
        if (wpc_jit_add(bp->j, p->m, p->arena, &p->ks, &p->nk, err, sizeof err)) {
            fprintf(stderr, "%s: %s\n", name, err);
            exit(1);
        }
        bp->tir += b - a;
        bp->tlow += now() - b;
    }
    return NULL;
}

/* n generated sources built and lowered on `threads` threads, one compile */
static void batch(int n, unsigned flags, int threads) {
    char err[512];
    WpcJit *j = wpc_jit_new(flags, err, sizeof err);
    Prog *p = calloc((size_t)n, sizeof *p);
    BatchPart parts[64];
    pthread_t th[64];
    if (threads < 1)
        threads = 1;
    if (threads > 64)
        threads = 64;
    double t0 = now(), tir = 0, tlow = 0;
    for (int t = 0; t < threads; t++) {
        parts[t] = (BatchPart){j, p, n * t / threads, n * (t + 1) / threads, 0, 0};
        if (t)
            pthread_create(&th[t], NULL, batch_part, &parts[t]);
    }
    batch_part(&parts[0]);
    for (int t = 0; t < threads; t++) {
        if (t)
            pthread_join(th[t], NULL);
        tir += parts[t].tir;
        tlow += parts[t].tlow;
    }
    double t1 = now();
    wpc_jit_compile(j, err, sizeof err);
    double t2 = now();
    for (int i = 0; i < n; i++)
        if (!wpc_jit_entry(j, &p[i].ks[0], err, sizeof err)) {
            fprintf(stderr, "%s\n", err);
            exit(1);
        }
    double t3 = now();
    /* run them all once to be sure they are real */
    static float x[256], y[256];
    for (int i = 0; i < 256; i++)
        x[i] = (float)i / 256.0f;
    for (int i = 0; i < n; i++) {
        const WlKernel *k = &p[i].ks[0];
        unsigned char blk[256] = {0};
        WlArray ax = arr(x, 256, 0, 4), ay = arr(y, 256, 0, 4);
        int nn = 4;
        setarg(blk, k, "x", &ax, sizeof ax);
        setarg(blk, k, "y", &ay, sizeof ay);
        setarg(blk, k, "n", &nn, 4);
        int64_t dims[1] = {256};
        wpc_launch(wpc_jit_entry(j, k, err, sizeof err), k, blk, dims, 1, 1);
    }
    double t4 = now();
    printf("%s, %d thread%s: %d kernels in one batch: IR %.3f ms/kernel, lowering+link %.3f ms/kernel (both summed over "
           "the threads), O2+codegen %.3f ms/kernel, lookup %.3f ms/kernel; total %.3f ms/kernel (%.0f kernels/s); "
           "running all once %.1f ms\n",
           flags & WPC_JIT_FAST ? "fast" : "O2", threads, threads > 1 ? "s" : "", n, tir * 1e3 / n, tlow * 1e3 / n, (t2 - t1) * 1e3 / n, (t3 - t2) * 1e3 / n, (t3 - t0) * 1e3 / n,
           n / (t3 - t0), (t4 - t3) * 1e3);
    for (int i = 0; i < n; i++)
        arena_free(p[i].arena);
    free(p);
    wpc_jit_free(j);
}

/* ---- 3. compute-heavy kernels against C -O2 --------------------------------------- */
static const char heavy_src[] =
    "import warp as wp\n"
    "@wp.kernel\n"
    "def nbody(pos: wp.array(dtype=wp.vec3), acc: wp.array(dtype=wp.vec3), n: int, eps2: float):\n"
    "    i = wp.tid()\n"
    "    p = pos[i]\n"
    "    a = wp.vec3(0.0, 0.0, 0.0)\n"
    "    for j in range(n):\n"
    "        d = pos[j] - p\n"
    "        r2 = wp.dot(d, d) + eps2\n"
    "        inv = 1.0 / wp.sqrt(r2)\n"
    "        a = a + d * (inv * inv * inv)\n"
    "    acc[i] = a\n"
    "@wp.kernel\n"
    "def jacobi(u: wp.array2d(dtype=float), f: wp.array2d(dtype=float), out: wp.array2d(dtype=float), h2: float):\n"
    "    i, j = wp.tid()\n"
    "    n = u.shape[0]\n"
    "    m = u.shape[1]\n"
    "    if i == 0 or j == 0 or i == n - 1 or j == m - 1:\n"
    "        out[i, j] = u[i, j]\n"
    "        return\n"
    "    out[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - h2 * f[i, j])\n"
    "@wp.kernel\n"
    "def mandel(out: wp.array(dtype=int), w: int, h: int, iters: int):\n"
    "    t = wp.tid()\n"
    "    px = t % w\n"
    "    py = t // w\n"
    "    cx = float(px) / float(w) * 3.0 - 2.0\n"
    "    cy = float(py) / float(h) * 2.0 - 1.0\n"
    "    x = float(0.0)\n"
    "    y = float(0.0)\n"
    "    k = int(0)\n"
    "    while k < iters and x * x + y * y < 4.0:\n"
    "        xt = x * x - y * y + cx\n"
    "        y = 2.0 * x * y + cy\n"
    "        x = xt\n"
    "        k += 1\n"
    "    out[t] = k\n"
    "@wp.kernel\n"
    "def matmul(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), c: wp.array2d(dtype=float)):\n"
    "    i, j = wp.tid()\n"
    "    s = float(0.0)\n"
    "    for k in range(a.shape[1]):\n"
    "        s += a[i, k] * b[k, j]\n"
    "    c[i, j] = s\n"
    "@wp.kernel\n"
    "def rigid(q: wp.array(dtype=wp.quat), p: wp.array(dtype=wp.vec3), x: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), steps: int):\n"
    "    i = wp.tid()\n"
    "    v = x[i]\n"
    "    r = q[i]\n"
    "    t = p[i]\n"
    "    for s in range(steps):\n"
    "        v = wp.quat_rotate(r, v) + t\n"
    "        v = v * (1.0 / (1.0 + wp.length(v)))\n"
    "    out[i] = v\n";

/* the same loops in C */
typedef struct { float x, y, z; } f3;

static void c_nbody(const f3 *pos, f3 *acc, int n, float eps2) {
    for (int i = 0; i < n; i++) {
        f3 p = pos[i], a = {0, 0, 0};
        for (int j = 0; j < n; j++) {
            float dx = pos[j].x - p.x, dy = pos[j].y - p.y, dz = pos[j].z - p.z;
            float r2 = dx * dx + dy * dy + dz * dz + eps2;
            float inv = 1.0f / sqrtf(r2);
            float s = inv * inv * inv;
            a.x += dx * s, a.y += dy * s, a.z += dz * s;
        }
        acc[i] = a;
    }
}

static void c_jacobi(const float *u, const float *f, float *out, int n, int m, float h2) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++) {
            if (i == 0 || j == 0 || i == n - 1 || j == m - 1) {
                out[i * m + j] = u[i * m + j];
                continue;
            }
            out[i * m + j] = 0.25f * (u[(i - 1) * m + j] + u[(i + 1) * m + j] + u[i * m + j - 1] + u[i * m + j + 1] -
                                      h2 * f[i * m + j]);
        }
}

static void c_mandel(int *out, int w, int h, int iters) {
    for (int t = 0; t < w * h; t++) {
        int px = t % w, py = t / w;
        float cx = (float)px / (float)w * 3.0f - 2.0f, cy = (float)py / (float)h * 2.0f - 1.0f;
        float x = 0, y = 0;
        int k = 0;
        while (k < iters && x * x + y * y < 4.0f) {
            float xt = x * x - y * y + cx;
            y = 2.0f * x * y + cy;
            x = xt;
            k++;
        }
        out[t] = k;
    }
}

static void c_matmul(const float *a, const float *b, float *c, int n, int kk, int m) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++) {
            float s = 0;
            for (int k = 0; k < kk; k++)
                s += a[i * kk + k] * b[k * m + j];
            c[i * m + j] = s;
        }
}

static void c_rigid(const float (*q)[4], const f3 *p, const f3 *x, f3 *out, int n, int steps) {
    for (int i = 0; i < n; i++) {
        f3 v = x[i], t = p[i];
        float qx = q[i][0], qy = q[i][1], qz = q[i][2], qw = q[i][3];
        for (int s = 0; s < steps; s++) {
            float c = 2.0f * qw * qw - 1.0f;
            float d = 2.0f * (qx * v.x + qy * v.y + qz * v.z);
            f3 r = {v.x * c + qx * d + (qy * v.z - qz * v.y) * qw * 2.0f,
                    v.y * c + qy * d + (qz * v.x - qx * v.z) * qw * 2.0f,
                    v.z * c + qz * d + (qx * v.y - qy * v.x) * qw * 2.0f};
            v.x = r.x + t.x, v.y = r.y + t.y, v.z = r.z + t.z;
            float k = 1.0f / (1.0f + sqrtf(v.x * v.x + v.y * v.y + v.z * v.z));
            v.x *= k, v.y *= k, v.z *= k;
        }
        out[i] = v;
    }
}

static double best_of(int reps, void (*fn)(void *), void *ctx) {
    double best = 1e30;
    for (int r = 0; r < reps; r++) {
        double t0 = now();
        fn(ctx);
        double t = now() - t0;
        if (t < best)
            best = t;
    }
    return best;
}

typedef struct Launch {
    WlEntryFn fn;
    const WlKernel *k;
    unsigned char blk[512];
    int64_t dims[2];
    int nd;
} Launch;

static void run_launch(void *p) {
    Launch *l = p;
    wpc_launch(l->fn, l->k, l->blk, l->dims, l->nd, 1);
}

/* C side contexts */
static f3 *g_pos, *g_acc, *g_pos2, *g_x, *g_out;
static float *g_u, *g_f, *g_o, *g_a, *g_b, *g_c, (*g_q)[4];
static int *g_mo, g_n, g_w, g_h, g_iters, g_steps, g_mm;
static void cn(void *p) { (void)p; c_nbody(g_pos, g_acc, g_n, 0.01f); }
static void cj(void *p) { (void)p; c_jacobi(g_u, g_f, g_o, g_w, g_w, 0.001f); }
static void cm(void *p) { (void)p; c_mandel(g_mo, g_w, g_h, g_iters); }
static void cmm(void *p) { (void)p; c_matmul(g_a, g_b, g_c, g_mm, g_mm, g_mm); }
static void cr(void *p) { (void)p; c_rigid((const float (*)[4])g_q, g_pos2, g_x, g_out, g_n, g_steps); }

static double maxdiff(const float *a, const float *b, size_t n) {
    double m = 0;
    for (size_t i = 0; i < n; i++) {
        double d = fabs((double)a[i] - (double)b[i]) / (1.0 + fabs((double)b[i]));
        if (d > m)
            m = d;
    }
    return m;
}

static void heavy(int reps) {
    char err[512];
    WpcJit *j = wpc_jit_new(0, err, sizeof err);
    Prog p;
    if (add_src(j, "heavy.py", heavy_src, &p) || wpc_jit_compile(j, err, sizeof err))
        exit(1);
    int R = 5;
    printf("\n%-8s %12s %12s %8s  %s\n", "kernel", "wpc (ms)", "C -O2 (ms)", "ratio", "max rel. difference");
    /* nbody */
    {
        g_n = 4096 * (reps > 0 ? 1 : 1);
        g_pos = malloc(sizeof(f3) * (size_t)g_n);
        g_acc = malloc(sizeof(f3) * (size_t)g_n);
        f3 *acc2 = malloc(sizeof(f3) * (size_t)g_n);
        for (int i = 0; i < g_n; i++)
            g_pos[i] = (f3){sinf((float)i), cosf((float)i * 0.7f), sinf((float)i * 1.3f)};
        Launch L = {0};
        L.k = find(&p, "nbody");
        L.fn = wpc_jit_entry(j, L.k, err, sizeof err);
        WlArray a1 = arr(g_pos, g_n, 0, 12), a2 = arr(acc2, g_n, 0, 12);
        float eps2 = 0.01f;
        setarg(L.blk, L.k, "pos", &a1, sizeof a1);
        setarg(L.blk, L.k, "acc", &a2, sizeof a2);
        setarg(L.blk, L.k, "n", &g_n, 4);
        setarg(L.blk, L.k, "eps2", &eps2, 4);
        L.dims[0] = g_n;
        L.nd = 1;
        double tw = best_of(R * reps, run_launch, &L), tc = best_of(R * reps, cn, NULL);
        printf("%-8s %12.2f %12.2f %8.2f  %.2g\n", "nbody", tw * 1e3, tc * 1e3, tw / tc,
               maxdiff((float *)acc2, (float *)g_acc, (size_t)g_n * 3));
        free(acc2);
    }
    /* jacobi */
    {
        g_w = 1024;
        size_t nn = (size_t)g_w * (size_t)g_w;
        g_u = malloc(nn * 4), g_f = malloc(nn * 4), g_o = malloc(nn * 4);
        float *o2 = malloc(nn * 4);
        for (size_t i = 0; i < nn; i++)
            g_u[i] = sinf((float)i * 0.001f), g_f[i] = cosf((float)i * 0.003f);
        Launch L = {0};
        L.k = find(&p, "jacobi");
        L.fn = wpc_jit_entry(j, L.k, err, sizeof err);
        WlArray a1 = arr(g_u, g_w, g_w, 4), a2 = arr(g_f, g_w, g_w, 4), a3 = arr(o2, g_w, g_w, 4);
        float h2 = 0.001f;
        setarg(L.blk, L.k, "u", &a1, sizeof a1);
        setarg(L.blk, L.k, "f", &a2, sizeof a2);
        setarg(L.blk, L.k, "out", &a3, sizeof a3);
        setarg(L.blk, L.k, "h2", &h2, 4);
        L.dims[0] = g_w;
        L.dims[1] = g_w;
        L.nd = 2;
        double tw = best_of(R * reps, run_launch, &L), tc = best_of(R * reps, cj, NULL);
        printf("%-8s %12.2f %12.2f %8.2f  %.2g\n", "jacobi", tw * 1e3, tc * 1e3, tw / tc, maxdiff(o2, g_o, nn));
        free(o2);
    }
    /* mandelbrot */
    {
        g_w = 1024, g_h = 768, g_iters = 256;
        size_t nn = (size_t)g_w * (size_t)g_h;
        g_mo = malloc(nn * 4);
        int *o2 = malloc(nn * 4);
        Launch L = {0};
        L.k = find(&p, "mandel");
        L.fn = wpc_jit_entry(j, L.k, err, sizeof err);
        WlArray a1 = arr(o2, (int)nn, 0, 4);
        setarg(L.blk, L.k, "out", &a1, sizeof a1);
        setarg(L.blk, L.k, "w", &g_w, 4);
        setarg(L.blk, L.k, "h", &g_h, 4);
        setarg(L.blk, L.k, "iters", &g_iters, 4);
        L.dims[0] = (int64_t)nn;
        L.nd = 1;
        double tw = best_of(R * reps, run_launch, &L), tc = best_of(R * reps, cm, NULL);
        size_t diff = 0;
        for (size_t i = 0; i < nn; i++)
            diff += o2[i] != g_mo[i];
        printf("%-8s %12.2f %12.2f %8.2f  %zu pixels differ\n", "mandel", tw * 1e3, tc * 1e3, tw / tc, diff);
        free(o2);
    }
    /* matmul */
    {
        g_mm = 384;
        size_t nn = (size_t)g_mm * (size_t)g_mm;
        g_a = malloc(nn * 4), g_b = malloc(nn * 4), g_c = malloc(nn * 4);
        float *c2 = malloc(nn * 4);
        for (size_t i = 0; i < nn; i++)
            g_a[i] = sinf((float)i), g_b[i] = cosf((float)i * 0.5f);
        Launch L = {0};
        L.k = find(&p, "matmul");
        L.fn = wpc_jit_entry(j, L.k, err, sizeof err);
        WlArray a1 = arr(g_a, g_mm, g_mm, 4), a2 = arr(g_b, g_mm, g_mm, 4), a3 = arr(c2, g_mm, g_mm, 4);
        setarg(L.blk, L.k, "a", &a1, sizeof a1);
        setarg(L.blk, L.k, "b", &a2, sizeof a2);
        setarg(L.blk, L.k, "c", &a3, sizeof a3);
        L.dims[0] = g_mm;
        L.dims[1] = g_mm;
        L.nd = 2;
        double tw = best_of(R * reps, run_launch, &L), tc = best_of(R * reps, cmm, NULL);
        printf("%-8s %12.2f %12.2f %8.2f  %.2g\n", "matmul", tw * 1e3, tc * 1e3, tw / tc, maxdiff(c2, g_c, nn));
        free(c2);
    }
    /* rigid transforms */
    {
        g_n = 1 << 16, g_steps = 64;
        g_q = malloc(sizeof(float[4]) * (size_t)g_n);
        g_pos2 = malloc(sizeof(f3) * (size_t)g_n), g_x = malloc(sizeof(f3) * (size_t)g_n);
        g_out = malloc(sizeof(f3) * (size_t)g_n);
        f3 *o2 = malloc(sizeof(f3) * (size_t)g_n);
        for (int i = 0; i < g_n; i++) {
            float an = (float)i * 0.01f, s = sinf(an * 0.5f);
            g_q[i][0] = s * 0.6f, g_q[i][1] = s * 0.8f, g_q[i][2] = 0, g_q[i][3] = cosf(an * 0.5f);
            g_pos2[i] = (f3){0.1f, -0.2f, 0.05f};
            g_x[i] = (f3){sinf((float)i), 1, cosf((float)i)};
        }
        Launch L = {0};
        L.k = find(&p, "rigid");
        L.fn = wpc_jit_entry(j, L.k, err, sizeof err);
        WlArray a1 = arr(g_q, g_n, 0, 16), a2 = arr(g_pos2, g_n, 0, 12), a3 = arr(g_x, g_n, 0, 12),
                a4 = arr(o2, g_n, 0, 12);
        setarg(L.blk, L.k, "q", &a1, sizeof a1);
        setarg(L.blk, L.k, "p", &a2, sizeof a2);
        setarg(L.blk, L.k, "x", &a3, sizeof a3);
        setarg(L.blk, L.k, "out", &a4, sizeof a4);
        setarg(L.blk, L.k, "steps", &g_steps, 4);
        L.dims[0] = g_n;
        L.nd = 1;
        double tw = best_of(R * reps, run_launch, &L), tc = best_of(R * reps, cr, NULL);
        printf("%-8s %12.2f %12.2f %8.2f  %.2g\n", "rigid", tw * 1e3, tc * 1e3, tw / tc,
               maxdiff((float *)o2, (float *)g_out, (size_t)g_n * 3));
        free(o2);
    }
    arena_free(p.arena);
    wpc_jit_free(j);
}

int main(int argc, char **argv) {
    int reps = argc > 1 ? atoi(argv[1]) : 1;
    if (reps < 1)
        reps = 1;
    WpcJit *keep = NULL;
    double cold = 1e30, warm = 1e30;
    for (int i = 0; i < 5; i++) {
        double c = first_result(1, &keep);
        if (c < cold)
            cold = c;
    }
    first_result(0, &keep);
    for (int i = 0; i < 5; i++) {
        double w = first_result(0, &keep);
        if (w < warm)
            warm = w;
    }
    wpc_jit_free(keep);
    printf("time to first result (saxpy, 1024 elements): %.2f ms with a new JIT session, %.2f ms in an existing one\n",
           cold * 1e3, warm * 1e3);
    /* the batch on one thread, then on one per CPU (as many as the JIT has shards) */
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    batch(1000, WPC_JIT_FAST, 1);
    if (ncpu > 1)
        batch(1000, WPC_JIT_FAST, (int)ncpu);
    batch(1000, 0, ncpu > 1 ? (int)ncpu : 1);
    heavy(reps);
    return 0;
}
