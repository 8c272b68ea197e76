/* exec_test.c: kernels executed on the CPU (LLVM lowering + ORC JIT) against
 * values computed independently of wpc: hand-computed tables of Warp's
 * semantics (C division, float floor division and fmod, casts, sign,
 * round, integer wraparound, float16), small C references written here
 * (saxpy, a 2-D stencil, an atomic histogram, vector/matrix/quaternion
 * algebra) and a C port of Warp's rand.h.  Never wpc against itself.
 *
 * Usage: exec_test            directed tests
 *        exec_test --warp-ref DIR EXPECTED SO   DIR's kernels against Warp's own
 *                               generated C++ (compiled into SO by warp_ref_test.sh)
 *        exec_test --sweep DIR  also: every kernel of DIR (.py files) lowers,
 *                               verifies and runs on small inputs (one JIT
 *                               batch for all files). */
#include "runtime/runtime.h"

#include <dirent.h>
#include <dlfcn.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures, checks;

#define CHECK(cond, ...)                                \
    do {                                                \
        checks++;                                       \
        if (!(cond)) {                                  \
            failures++;                                 \
            printf("FAIL %s:%d: ", __FILE__, __LINE__); \
            printf(__VA_ARGS__);                        \
            printf("\n");                               \
        }                                               \
    } while (0)

typedef struct Prog {
    Arena *arena;
    IrModule *m;
    WlKernel *ks;
    int nk;
} Prog;

/* the Warp version of the sources compiled */
static int compile_warp_minor = 16;

/* 0, -1 on a failure, -2 when the compiler rejects the source (quiet) */
static int compile_ex(WpcJit *j, const char *name, const char *src, Prog *p, int quiet_reject) {
    p->arena = arena_new();
    WpcJob job = {name, compile_warp_minor, WPC_EMIT_CPP, WPC_CPU_BLOCK_DIM};
    Diag d = {0};
    char err[1024];
    if (wpc_build_ir(&job, src, strlen(src), p->arena, &p->m, &d)) {
        if (quiet_reject)
            return -2;
        printf("FAIL %s: %d:%d: %s\n", name, d.loc.line, d.loc.col, d.msg);
        failures++;
        return -1;
    }
    if (wpc_jit_add(j, p->m, p->arena, &p->ks, &p->nk, err, sizeof err)) {
        printf("FAIL %s: %s\n", name, err);
        failures++;
        return -1;
    }
    return 0;
}

static int compile(WpcJit *j, const char *name, const char *src, Prog *p) { return compile_ex(j, name, src, p, 0); }

static const WlKernel *kernel(Prog *p, const char *name) {
    for (int i = 0; i < p->nk; i++)
        if (!strcmp(p->ks[i].name, name))
            return &p->ks[i];
    printf("FAIL: no kernel %s\n", name);
    failures++;
    return NULL;
}

static void set(unsigned char *blk, const WlKernel *k, const char *name, const void *v, size_t n) {
    for (int i = 0; i < k->nparams; i++)
        if (!strcmp(k->params[i].name, name)) {
            if (n != k->params[i].size) {
                printf("FAIL: argument %s has size %llu, not %zu\n", name, (unsigned long long)k->params[i].size, n);
                failures++;
                return;
            }
            memcpy(blk + k->params[i].offset, v, n);
            return;
        }
    printf("FAIL: no argument %s\n", name);
    failures++;
}

static WlArray arr1(void *data, int n, int esz) {
    WlArray a = {0};
    a.data = data;
    a.shape[0] = n;
    a.strides[0] = esz;
    a.ndim = 1;
    return a;
}

static WlArray arr2(void *data, int n, int m, int esz) {
    WlArray a = {0};
    a.data = data;
    a.shape[0] = n;
    a.shape[1] = m;
    a.strides[0] = m * esz;
    a.strides[1] = esz;
    a.ndim = 2;
    return a;
}

static void launch(WpcJit *j, const WlKernel *k, const void *blk, int64_t n0, int64_t n1, int threads) {
    char err[512];
    WlEntryFn fn = wpc_jit_entry(j, k, err, sizeof err);
    if (!fn) {
        printf("FAIL: %s\n", err);
        failures++;
        return;
    }
    int64_t dims[2] = {n0, n1};
    wpc_launch(fn, k, blk, dims, n1 ? 2 : 1, threads);
}

static int same_bits(float a, float b) { return !memcmp(&a, &b, sizeof a); }

/* ---- saxpy --------------------------------------------------------------- */
static const char saxpy_src[] =
    "import warp as wp\n"
    "@wp.kernel\n"
    "def saxpy(a: float, x: wp.array(dtype=float), y: wp.array(dtype=float)):\n"
    "    i = wp.tid()\n"
    "    y[i] = a * x[i] + y[i]\n";

static void test_saxpy(WpcJit *j, Prog *p) {
    const WlKernel *k = kernel(p, "saxpy");
    if (!k)
        return;
    enum { N = 1000 };
    static float x[N], y[N], ref[N];
    for (int i = 0; i < N; i++) {
        x[i] = (float)i * 0.25f - 7.0f;
        y[i] = 1.0f / (float)(i + 1);
        float t = 2.5f * x[i];
        ref[i] = t + y[i];
    }
    unsigned char blk[256] = {0};
    float a = 2.5f;
    WlArray ax = arr1(x, N, 4), ay = arr1(y, N, 4);
    set(blk, k, "a", &a, 4);
    set(blk, k, "x", &ax, sizeof ax);
    set(blk, k, "y", &ay, sizeof ay);
    launch(j, k, blk, N, 0, 1);
    int bad = 0;
    for (int i = 0; i < N; i++)
        bad += !same_bits(y[i], ref[i]);
    CHECK(!bad, "saxpy: %d of %d values differ", bad, N);
}

/* ---- Warp's scalar semantics, hand-computed --------------------------------- */
static const char sem_src[] =
    "import warp as wp\n"
    "@wp.kernel\n"
    "def idivmod(a: wp.array(dtype=int), b: wp.array(dtype=int), q: wp.array(dtype=int), r: wp.array(dtype=int)):\n"
    "    i = wp.tid()\n"
    "    q[i] = a[i] // b[i]\n"
    "    r[i] = a[i] % b[i]\n"
    "@wp.kernel\n"
    "def fdivmod(a: wp.array(dtype=float), b: wp.array(dtype=float), q: wp.array(dtype=float), r: wp.array(dtype=float)):\n"
    "    i = wp.tid()\n"
    "    q[i] = a[i] // b[i]\n"
    "    r[i] = a[i] % b[i]\n"
    "@wp.kernel\n"
    "def floats(x: wp.array(dtype=float), tr: wp.array(dtype=int), sg: wp.array(dtype=float), rd: wp.array(dtype=float), fl: wp.array(dtype=float)):\n"
    "    i = wp.tid()\n"
    "    tr[i] = int(x[i])\n"
    "    sg[i] = wp.sign(x[i])\n"
    "    rd[i] = wp.round(x[i])\n"
    "    fl[i] = wp.floor(x[i])\n"
    "@wp.kernel\n"
    "def narrow(a: wp.array(dtype=wp.int8), b: wp.array(dtype=wp.int8), s: wp.array(dtype=wp.int8), p: wp.array(dtype=wp.int8), q: wp.array(dtype=wp.int8), u: wp.array(dtype=wp.uint8)):\n"
    "    i = wp.tid()\n"
    "    s[i] = a[i] + b[i]\n"
    "    p[i] = a[i] * b[i]\n"
    "    q[i] = a[i] // b[i]\n"
    "    u[i] = wp.uint8(a[i]) - wp.uint8(b[i])\n"
    "@wp.kernel\n"
    "def wide(a: wp.array(dtype=wp.int64), b: wp.array(dtype=wp.uint32), c: wp.array(dtype=wp.int64), d: wp.array(dtype=wp.uint32)):\n"
    "    i = wp.tid()\n"
    "    c[i] = a[i] * wp.int64(3) // wp.int64(-2)\n"
    "    d[i] = b[i] * wp.uint32(3) + (b[i] >> wp.uint32(1))\n"
    "@wp.kernel\n"
    "def halfs(a: wp.array(dtype=wp.float16), b: wp.array(dtype=wp.float16), s: wp.array(dtype=wp.float16), m: wp.array(dtype=wp.float16)):\n"
    "    i = wp.tid()\n"
    "    s[i] = a[i] + b[i]\n"
    "    m[i] = a[i] * b[i]\n"
    "@wp.kernel\n"
    "def minmax(a: wp.array(dtype=float), b: wp.array(dtype=float), lo: wp.array(dtype=float), hi: wp.array(dtype=float), cl: wp.array(dtype=float)):\n"
    "    i = wp.tid()\n"
    "    lo[i] = wp.min(a[i], b[i])\n"
    "    hi[i] = wp.max(a[i], b[i])\n"
    "    cl[i] = wp.clamp(a[i], -1.0, 1.0)\n";

static void test_semantics(WpcJit *j, Prog *p) {
    /* integers: C's truncating division, remainder with the dividend's sign */
    {
        const WlKernel *k = kernel(p, "idivmod");
        int a[] = {7, -7, 7, -7, 0, 1, -1, 13, -13, 2147483647, 5};
        int b[] = {2, 2, -2, -2, 5, 3, 3, 4, 4, 2, 0};
        int eq[] = {3, -3, -3, 3, 0, 0, 0, 3, -3, 1073741823, 0};
        int er[] = {1, -1, 1, -1, 0, 1, -1, 1, -1, 1, 0};
        enum { N = sizeof a / sizeof a[0] };
        int q[N], r[N];
        unsigned char blk[512] = {0};
        WlArray A = arr1(a, N, 4), B = arr1(b, N, 4), Q = arr1(q, N, 4), R = arr1(r, N, 4);
        set(blk, k, "a", &A, sizeof A);
        set(blk, k, "b", &B, sizeof B);
        set(blk, k, "q", &Q, sizeof Q);
        set(blk, k, "r", &R, sizeof R);
        launch(j, k, blk, N, 0, 1);
        for (int i = 0; i < N; i++)
            CHECK(q[i] == eq[i] && r[i] == er[i], "int %d // %d = %d, %% = %d (expected %d, %d)", a[i], b[i], q[i], r[i],
                  eq[i], er[i]);
    }
    /* floats: // is the floor of the quotient, % is fmod (dividend's sign) */
    {
        const WlKernel *k = kernel(p, "fdivmod");
        float a[] = {7, -7, 7, -7, 7.5f, -0.5f};
        float b[] = {2, 2, -2, -2, 2, 2};
        float eq[] = {3, -4, -4, 3, 3, -1};
        float er[] = {1, -1, 1, -1, 1.5f, -0.5f};
        enum { N = sizeof a / sizeof a[0] };
        float q[N], r[N];
        unsigned char blk[512] = {0};
        WlArray A = arr1(a, N, 4), B = arr1(b, N, 4), Q = arr1(q, N, 4), R = arr1(r, N, 4);
        set(blk, k, "a", &A, sizeof A);
        set(blk, k, "b", &B, sizeof B);
        set(blk, k, "q", &Q, sizeof Q);
        set(blk, k, "r", &R, sizeof R);
        launch(j, k, blk, N, 0, 1);
        for (int i = 0; i < N; i++)
            CHECK(q[i] == eq[i] && r[i] == er[i], "float %g // %g = %g, %% = %g (expected %g, %g)", a[i], b[i], q[i],
                  r[i], eq[i], er[i]);
    }
    /* int() truncates, sign(0) = 1, round() halves away from zero */
    {
        const WlKernel *k = kernel(p, "floats");
        float x[] = {2.7f, -2.7f, 0.0f, -0.0f, 2.5f, -2.5f, 0.5f, -0.5f, 1.5f};
        int etr[] = {2, -2, 0, 0, 2, -2, 0, 0, 1};
        float esg[] = {1, -1, 1, 1, 1, -1, 1, -1, 1};
        float erd[] = {3, -3, 0, -0.0f, 3, -3, 1, -1, 2};
        float efl[] = {2, -3, 0, -0.0f, 2, -3, 0, -1, 1};
        enum { N = sizeof x / sizeof x[0] };
        int tr[N];
        float sg[N], rd[N], fl[N];
        unsigned char blk[512] = {0};
        WlArray X = arr1(x, N, 4), TR = arr1(tr, N, 4), SG = arr1(sg, N, 4), RD = arr1(rd, N, 4), FL = arr1(fl, N, 4);
        set(blk, k, "x", &X, sizeof X);
        set(blk, k, "tr", &TR, sizeof TR);
        set(blk, k, "sg", &SG, sizeof SG);
        set(blk, k, "rd", &RD, sizeof RD);
        set(blk, k, "fl", &FL, sizeof FL);
        launch(j, k, blk, N, 0, 1);
        for (int i = 0; i < N; i++)
            CHECK(tr[i] == etr[i] && sg[i] == esg[i] && same_bits(rd[i], erd[i]) && same_bits(fl[i], efl[i]),
                  "x=%g: int %d sign %g round %g floor %g (expected %d %g %g %g)", x[i], tr[i], sg[i], rd[i], fl[i],
                  etr[i], esg[i], erd[i], efl[i]);
    }
    /* int8 wraps; int8 // int8 is C division after promotion; uint8 wraps */
    {
        const WlKernel *k = kernel(p, "narrow");
        int8_t a[] = {127, -128, 100, -7, -128};
        int8_t b[] = {1, -1, 3, 2, -1};
        int8_t es[] = {-128, 127, 103, -5, 127};
        int8_t ep[] = {127, -128, 44, -14, -128};
        int8_t eq[] = {127, -128, 33, -3, -128};
        uint8_t eu[] = {126, 129, 97, 247, 129};
        enum { N = sizeof a };
        int8_t s[N], pp[N], q[N];
        uint8_t u[N];
        unsigned char blk[512] = {0};
        WlArray A = arr1(a, N, 1), B = arr1(b, N, 1), S = arr1(s, N, 1), P = arr1(pp, N, 1), Q = arr1(q, N, 1),
                U = arr1(u, N, 1);
        set(blk, k, "a", &A, sizeof A);
        set(blk, k, "b", &B, sizeof B);
        set(blk, k, "s", &S, sizeof S);
        set(blk, k, "p", &P, sizeof P);
        set(blk, k, "q", &Q, sizeof Q);
        set(blk, k, "u", &U, sizeof U);
        launch(j, k, blk, N, 0, 1);
        for (int i = 0; i < N; i++)
            CHECK(s[i] == es[i] && pp[i] == ep[i] && q[i] == eq[i] && u[i] == eu[i],
                  "int8 %d,%d: + %d * %d // %d u- %d (expected %d %d %d %d)", a[i], b[i], s[i], pp[i], q[i], u[i], es[i],
                  ep[i], eq[i], eu[i]);
    }
    {
        const WlKernel *k = kernel(p, "wide");
        int64_t a[] = {5, -5, 3074457345618258603ll};
        uint32_t b[] = {7, 4294967295u, 2147483648u};
        /* 5*3 // -2 = -7; -5*3 // -2 = 7; wraps: 3074457345618258603*3 = -9223372036854775807 // -2 */
        int64_t ec[] = {-7, 7, 4611686018427387903ll};
        uint32_t ed[] = {24, 4294967295u * 3u + 2147483647u, 2147483648u * 3u + 1073741824u};
        int64_t c[3];
        uint32_t d[3];
        unsigned char blk[512] = {0};
        WlArray A = arr1(a, 3, 8), B = arr1(b, 3, 4), Cc = arr1(c, 3, 8), D = arr1(d, 3, 4);
        set(blk, k, "a", &A, sizeof A);
        set(blk, k, "b", &B, sizeof B);
        set(blk, k, "c", &Cc, sizeof Cc);
        set(blk, k, "d", &D, sizeof D);
        launch(j, k, blk, 3, 0, 1);
        for (int i = 0; i < 3; i++)
            CHECK(c[i] == ec[i] && d[i] == ed[i], "int64/uint32 row %d: %lld %u (expected %lld %u)", i, (long long)c[i],
                  d[i], (long long)ec[i], ed[i]);
    }
    /* float16: each operation rounded to half (bits of IEEE binary16) */
    {
        const WlKernel *k = kernel(p, "halfs");
        /* 1.0 + 2^-11 (0x3c00 + 0x1001 tiny) ... */
        uint16_t a[] = {0x3c00, 0x3c01, 0x7bff, 0x3555};
        uint16_t b[] = {0x1000, 0x3c01, 0x7bff, 0x3555};
        /* 1 + 2^-11 = 1.00048828125: ties to even -> 1.0 (0x3c00);
         * 1.0009765625 * 2 -> 2.001953125 (0x4001); 1.0009765625^2 = 1.00195407867 -> 0x3c02;
         * 65504 + 65504 -> inf (0x7c00); 65504^2 -> inf;
         * 0x3555 = 0.333251953125: sum 0.66650390625 (0x3955), product 0.111056 -> 0x2f1c */
        uint16_t es[] = {0x3c00, 0x4001, 0x7c00, 0x3955};
        uint16_t em[] = {0x1000, 0x3c02, 0x7c00, 0x2f1c};
        uint16_t s[4], m[4];
        unsigned char blk[512] = {0};
        WlArray A = arr1(a, 4, 2), B = arr1(b, 4, 2), S = arr1(s, 4, 2), M = arr1(m, 4, 2);
        set(blk, k, "a", &A, sizeof A);
        set(blk, k, "b", &B, sizeof B);
        set(blk, k, "s", &S, sizeof S);
        set(blk, k, "m", &M, sizeof M);
        launch(j, k, blk, 4, 0, 1);
        for (int i = 0; i < 4; i++)
            CHECK(s[i] == es[i] && m[i] == em[i], "half %04x,%04x: + %04x * %04x (expected %04x %04x)", a[i], b[i],
                  s[i], m[i], es[i], em[i]);
    }
    /* min/max/clamp: a NaN operand is ignored (C fmin/fmax) */
    {
        const WlKernel *k = kernel(p, "minmax");
        float a[] = {1, NAN, 3, NAN, -5};
        float b[] = {2, 4, NAN, NAN, -6};
        float elo[] = {1, 4, 3, NAN, -6}, ehi[] = {2, 4, 3, NAN, -5}, ecl[] = {1, -1, 1, -1, -1};
        float lo[5], hi[5], cl[5];
        unsigned char blk[512] = {0};
        WlArray A = arr1(a, 5, 4), B = arr1(b, 5, 4), L = arr1(lo, 5, 4), H = arr1(hi, 5, 4), Cl = arr1(cl, 5, 4);
        set(blk, k, "a", &A, sizeof A);
        set(blk, k, "b", &B, sizeof B);
        set(blk, k, "lo", &L, sizeof L);
        set(blk, k, "hi", &H, sizeof H);
        set(blk, k, "cl", &Cl, sizeof Cl);
        launch(j, k, blk, 5, 0, 1);
        for (int i = 0; i < 5; i++)
            CHECK((lo[i] == elo[i] || (isnan(lo[i]) && isnan(elo[i]))) && (hi[i] == ehi[i] || (isnan(hi[i]) && isnan(ehi[i]))) &&
                      cl[i] == ecl[i],
                  "min/max/clamp(%g, %g) = %g %g %g (expected %g %g %g)", a[i], b[i], lo[i], hi[i], cl[i], elo[i], ehi[i],
                  ecl[i]);
    }
}

/* ---- 2-D stencil against C --------------------------------------------------- */
static const char heat_src[] =
    "import warp as wp\n"
    "ALPHA = wp.constant(0.2)\n"
    "@wp.kernel\n"
    "def heat_step(t_in: wp.array2d(dtype=float), t_out: wp.array2d(dtype=float)):\n"
    "    i, j = wp.tid()\n"
    "    nx = t_in.shape[0]\n"
    "    ny = t_in.shape[1]\n"
    "    c = t_in[i, j]\n"
    "    l = t_in[wp.max(i - 1, 0), j]\n"
    "    r = t_in[wp.min(i + 1, nx - 1), j]\n"
    "    d = t_in[i, wp.max(j - 1, 0)]\n"
    "    u = t_in[i, wp.min(j + 1, ny - 1)]\n"
    "    t_out[i, j] = c + ALPHA * (l + r + d + u - 4.0 * c)\n";

static void test_heat(WpcJit *j, Prog *p, int threads) {
    const WlKernel *k = kernel(p, "heat_step");
    if (!k)
        return;
    enum { NX = 37, NY = 23 };
    static float tin[NX][NY], tout[NX][NY], ref[NX][NY];
    for (int x = 0; x < NX; x++)
        for (int y = 0; y < NY; y++)
            tin[x][y] = sinf((float)x * 0.3f) * cosf((float)y * 0.2f) + (float)(x * y % 7);
    for (int x = 0; x < NX; x++)
        for (int y = 0; y < NY; y++) {
            float c = tin[x][y], l = tin[x > 0 ? x - 1 : 0][y], r = tin[x < NX - 1 ? x + 1 : NX - 1][y];
            float d = tin[x][y > 0 ? y - 1 : 0], u = tin[x][y < NY - 1 ? y + 1 : NY - 1];
            float s = l + r;
            s = s + d;
            s = s + u;
            float c4 = 4.0f * c;
            s = s - c4;
            float a = 0.2f * s;
            ref[x][y] = c + a;
        }
    unsigned char blk[256] = {0};
    WlArray a = arr2(tin, NX, NY, 4), b = arr2(tout, NX, NY, 4);
    set(blk, k, "t_in", &a, sizeof a);
    set(blk, k, "t_out", &b, sizeof b);
    launch(j, k, blk, NX, NY, threads);
    int bad = 0;
    for (int x = 0; x < NX; x++)
        for (int y = 0; y < NY; y++)
            bad += !same_bits(tout[x][y], ref[x][y]);
    CHECK(!bad, "heat_step (%d threads): %d of %d values differ", threads, bad, NX * NY);
}

/* ---- atomic histogram -------------------------------------------------------- */
static const char hist_src[] =
    "import warp as wp\n"
    "NUM_BINS = wp.constant(64)\n"
    "@wp.kernel\n"
    "def histogram(values: wp.array(dtype=float), lo: float, hi: float, bins: wp.array(dtype=int), total: wp.array(dtype=float)):\n"
    "    i = wp.tid()\n"
    "    x = values[i]\n"
    "    if x < lo or x >= hi:\n"
    "        return\n"
    "    t = (x - lo) / (hi - lo)\n"
    "    b = wp.min(int(t * float(NUM_BINS)), NUM_BINS - 1)\n"
    "    wp.atomic_add(bins, b, 1)\n"
    "    total[0] += 0.5\n";

static void test_histogram(WpcJit *j, Prog *p, int threads) {
    const WlKernel *k = kernel(p, "histogram");
    if (!k)
        return;
    enum { N = 100000 };
    static float v[N];
    int bins[64] = {0}, ref[64] = {0}, inside = 0;
    float total = 0;
    float lo = -1.0f, hi = 2.0f;
    uint32_t s = 12345;
    for (int i = 0; i < N; i++) {
        s = s * 1664525u + 1013904223u;
        v[i] = (float)(s >> 8) / 16777216.0f * 4.0f - 1.5f;
        if (v[i] < lo || v[i] >= hi)
            continue;
        float t = (v[i] - lo) / (hi - lo);
        int b = (int)(t * 64.0f);
        ref[b < 63 ? b : 63]++;
        inside++;
    }
    unsigned char blk[256] = {0};
    WlArray av = arr1(v, N, 4), ab = arr1(bins, 64, 4), at = arr1(&total, 1, 4);
    set(blk, k, "values", &av, sizeof av);
    set(blk, k, "lo", &lo, 4);
    set(blk, k, "hi", &hi, 4);
    set(blk, k, "bins", &ab, sizeof ab);
    set(blk, k, "total", &at, sizeof at);
    launch(j, k, blk, N, 0, threads);
    int bad = 0;
    for (int b = 0; b < 64; b++)
        bad += bins[b] != ref[b];
    CHECK(!bad, "histogram (%d threads): %d bins differ", threads, bad);
    /* 0.5 steps are exact in float up to 2^24 */
    CHECK(total == 0.5f * (float)inside, "histogram (%d threads): float atomic total %g, expected %g", threads, total,
          0.5f * (float)inside);
}

/* ---- random numbers: a C port of rand.h ---------------------------------------- */
static uint32_t pcg(uint32_t state) {
    uint32_t b = state * 747796405u + 2891336453u;
    uint32_t c = ((b >> ((b >> 28u) + 4u)) ^ b) * 277803737u;
    return (c >> 22u) ^ c;
}
static float c_randf(uint32_t *s) {
    *s = pcg(*s);
    return (float)(*s >> 8) * (1.0f / 16777216.0f);
}

static const char rand_src[] =
    "import warp as wp\n"
    "@wp.kernel\n"
    "def rng(seed: int, st: wp.array(dtype=wp.uint32), ri: wp.array(dtype=int), rr: wp.array(dtype=int), rf: wp.array(dtype=float), rn: wp.array(dtype=float), rg: wp.array(dtype=float)):\n"
    "    i = wp.tid()\n"
    "    s = wp.rand_init(seed, i)\n"
    "    st[i] = s\n"
    "    ri[i] = wp.randi(s)\n"
    "    rr[i] = wp.randi(s, -5, 17)\n"
    "    rf[i] = wp.randf(s)\n"
    "    rn[i] = wp.randn(s)\n"
    "    rg[i] = wp.randf(s, 2.0, 3.5)\n";

static void test_rand(WpcJit *j, Prog *p) {
    const WlKernel *k = kernel(p, "rng");
    if (!k)
        return;
    enum { N = 4096 };
    static uint32_t st[N];
    static int ri[N], rr[N];
    static float rf[N], rn[N], rg[N];
    int seed = 42;
    unsigned char blk[512] = {0};
    WlArray a1 = arr1(st, N, 4), a2 = arr1(ri, N, 4), a3 = arr1(rr, N, 4), a4 = arr1(rf, N, 4), a5 = arr1(rn, N, 4),
            a6 = arr1(rg, N, 4);
    set(blk, k, "seed", &seed, 4);
    set(blk, k, "st", &a1, sizeof a1);
    set(blk, k, "ri", &a2, sizeof a2);
    set(blk, k, "rr", &a3, sizeof a3);
    set(blk, k, "rf", &a4, sizeof a4);
    set(blk, k, "rn", &a5, sizeof a5);
    set(blk, k, "rg", &a6, sizeof a6);
    launch(j, k, blk, N, 0, 1);
    int bad = 0;
    for (int i = 0; i < N; i++) {
        uint32_t s = pcg((uint32_t)seed + pcg((uint32_t)i));
        int ok = st[i] == s;
        s = pcg(s);
        ok &= ri[i] == (int)s;
        s = pcg(s);
        ok &= rr[i] == (int)(s % (uint32_t)(17 - -5) + (uint32_t)-5);
        ok &= same_bits(rf[i], c_randf(&s));
        float u1 = c_randf(&s) + 5.96e-8f;
        float lg = logf(u1);
        float r = sqrtf(-2.0f * lg);
        float u2 = c_randf(&s);
        float n = r * cosf(2.0f * 3.14159265358979323846f * u2);
        ok &= same_bits(rn[i], n);
        float g = c_randf(&s);
        ok &= same_bits(rg[i], (3.5f - 2.0f) * g + 2.0f);
        if (!ok && bad < 3)
            printf("  rng[%d]: state %u/%u randi %d randf %.9g randn %.9g/%.9g\n", i, st[i],
                   pcg((uint32_t)seed + pcg((uint32_t)i)), ri[i], rf[i], rn[i], n);
        bad += !ok;
    }
    CHECK(!bad, "rand: %d of %d threads differ from the C port of rand.h", bad, N);
}

/* ---- vectors, matrices, quaternions and transforms against C ------------------- */
static const char vec_src[] =
    "import warp as wp\n"
    "@wp.kernel\n"
    "def algebra(v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), q: wp.array(dtype=wp.quat), out_v: wp.array(dtype=wp.vec3), out_m: wp.array(dtype=wp.mat33), out_s: wp.array(dtype=float)):\n"
    "    i = wp.tid()\n"
    "    a = v[i]\n"
    "    b = wp.vec3(1.0, -2.0, 0.5)\n"
    "    c = wp.cross(a, b)\n"
    "    r = wp.quat_rotate(q[i], c)\n"
    "    out_v[i] = m[i] * r + wp.normalize(a)\n"
    "    out_m[i] = wp.inverse(m[i]) @ wp.transpose(m[i])\n"
    "    out_s[i] = wp.dot(a, b) + wp.length(c) + wp.determinant(m[i])\n";

typedef struct { float c[3]; } v3;
typedef struct { float m[3][3]; } m33;

static void test_algebra(WpcJit *j, Prog *p) {
    const WlKernel *k = kernel(p, "algebra");
    if (!k)
        return;
    enum { N = 64 };
    static float v[N][3], m[N][9], q[N][4], ov[N][3], om[N][9], os[N];
    for (int i = 0; i < N; i++) {
        for (int c = 0; c < 3; c++)
            v[i][c] = sinf((float)(i * 3 + c)) * 2.0f;
        for (int c = 0; c < 9; c++)
            m[i][c] = cosf((float)(i * 9 + c) * 0.7f) + (c % 4 == 0 ? 2.0f : 0.0f);
        float ax[3] = {sinf((float)i), cosf((float)i), 0.5f}, an = 0.3f * (float)i;
        float l = sqrtf(ax[0] * ax[0] + ax[1] * ax[1] + ax[2] * ax[2]);
        float s = sinf(an * 0.5f) / l;
        q[i][0] = ax[0] * s, q[i][1] = ax[1] * s, q[i][2] = ax[2] * s, q[i][3] = cosf(an * 0.5f);
    }
    unsigned char blk[512] = {0};
    WlArray A = arr1(v, N, 12), M = arr1(m, N, 36), Q = arr1(q, N, 16), OV = arr1(ov, N, 12), OM = arr1(om, N, 36),
            OS = arr1(os, N, 4);
    set(blk, k, "v", &A, sizeof A);
    set(blk, k, "m", &M, sizeof M);
    set(blk, k, "q", &Q, sizeof Q);
    set(blk, k, "out_v", &OV, sizeof OV);
    set(blk, k, "out_m", &OM, sizeof OM);
    set(blk, k, "out_s", &OS, sizeof OS);
    launch(j, k, blk, N, 0, 1);
    /* the reference: textbook formulas in double, compared with a tolerance */
    double maxerr = 0;
    for (int i = 0; i < N; i++) {
        double a[3] = {v[i][0], v[i][1], v[i][2]}, b[3] = {1, -2, 0.5};
        double c[3] = {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
        double qx = q[i][0], qy = q[i][1], qz = q[i][2], qw = q[i][3];
        /* rotation matrix of a unit quaternion */
        double R[3][3] = {{1 - 2 * (qy * qy + qz * qz), 2 * (qx * qy - qz * qw), 2 * (qx * qz + qy * qw)},
                          {2 * (qx * qy + qz * qw), 1 - 2 * (qx * qx + qz * qz), 2 * (qy * qz - qx * qw)},
                          {2 * (qx * qz - qy * qw), 2 * (qy * qz + qx * qw), 1 - 2 * (qx * qx + qy * qy)}};
        double r[3], la = sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        for (int x = 0; x < 3; x++)
            r[x] = R[x][0] * c[0] + R[x][1] * c[1] + R[x][2] * c[2];
        double M3[3][3];
        for (int x = 0; x < 9; x++)
            M3[x / 3][x % 3] = m[i][x];
        for (int x = 0; x < 3; x++) {
            double e = M3[x][0] * r[0] + M3[x][1] * r[1] + M3[x][2] * r[2] + a[x] / la;
            double d = fabs(e - ov[i][x]) / (1 + fabs(e));
            if (d > maxerr)
                maxerr = d;
        }
        double det = M3[0][0] * (M3[1][1] * M3[2][2] - M3[1][2] * M3[2][1]) -
                     M3[0][1] * (M3[1][0] * M3[2][2] - M3[1][2] * M3[2][0]) +
                     M3[0][2] * (M3[1][0] * M3[2][1] - M3[1][1] * M3[2][0]);
        /* inverse(M) @ transpose(M) */
        double inv[3][3];
        for (int x = 0; x < 3; x++)
            for (int y = 0; y < 3; y++) {
                int x1 = (y + 1) % 3, x2 = (y + 2) % 3, y1 = (x + 1) % 3, y2 = (x + 2) % 3;
                inv[x][y] = (M3[x1][y1] * M3[x2][y2] - M3[x1][y2] * M3[x2][y1]) / det;
            }
        for (int x = 0; x < 3; x++)
            for (int y = 0; y < 3; y++) {
                double e = inv[x][0] * M3[y][0] + inv[x][1] * M3[y][1] + inv[x][2] * M3[y][2];
                double d = fabs(e - om[i][x * 3 + y]) / (1 + fabs(e));
                if (d > maxerr)
                    maxerr = d;
            }
        double es = a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]) + det;
        double d = fabs(es - os[i]) / (1 + fabs(es));
        if (d > maxerr)
            maxerr = d;
    }
    CHECK(maxerr < 1e-4, "vector/matrix/quaternion algebra: relative error %g", maxerr);
}

/* ---- control flow, funcs and structs, hand-computed ------------------------------ */
static const char flow_src[] =
    "import warp as wp\n"
    "@wp.struct\n"
    "class Acc:\n"
    "    total: int\n"
    "    scale: float\n"
    "@wp.func\n"
    "def collatz_steps(n: int):\n"
    "    steps = int(0)\n"
    "    while n != 1:\n"
    "        if n % 2 == 0:\n"
    "            n = n // 2\n"
    "        else:\n"
    "            n = 3 * n + 1\n"
    "        steps += 1\n"
    "    return steps\n"
    "@wp.func\n"
    "def divmod2(a: int, b: int):\n"
    "    return a // b, a % b\n"
    "@wp.kernel\n"
    "def flow(acc: Acc, out: wp.array(dtype=int), outf: wp.array(dtype=float)):\n"
    "    i = wp.tid()\n"
    "    s = int(0)\n"
    "    for k in range(10, 0, -3):\n"
    "        if k == 4:\n"
    "            continue\n"
    "        s += k\n"
    "    for k in range(i):\n"
    "        if k > 5:\n"
    "            break\n"
    "        s += 100\n"
    "    q, r = divmod2(i - 3, 2)\n"
    "    out[i] = s + collatz_steps(i + 1) * 1000 + q * 10000 + r * 100000 + acc.total\n"
    "    outf[i] = acc.scale * float(i)\n";

static int collatz(int n) {
    int s = 0;
    while (n != 1) {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1;
        s++;
    }
    return s;
}

static void test_flow(WpcJit *j, Prog *p) {
    const WlKernel *k = kernel(p, "flow");
    if (!k)
        return;
    enum { N = 20 };
    int out[N];
    float outf[N];
    unsigned char blk[256] = {0};
    struct {
        int total;
        float scale;
    } acc = {7, 0.5f};
    WlArray o = arr1(out, N, 4), of = arr1(outf, N, 4);
    set(blk, k, "acc", &acc, sizeof acc);
    set(blk, k, "out", &o, sizeof o);
    set(blk, k, "outf", &of, sizeof of);
    launch(j, k, blk, N, 0, 1);
    for (int i = 0; i < N; i++) {
        /* range(10, 0, -3) = 10, 7, 4, 1 without 4 */
        int s = 10 + 7 + 1 + 100 * (i < 6 ? i : 6);
        int e = s + collatz(i + 1) * 1000 + ((i - 3) / 2) * 10000 + ((i - 3) % 2) * 100000 + 7;
        CHECK(out[i] == e && outf[i] == 0.5f * (float)i, "flow[%d] = %d %g (expected %d %g)", i, out[i], outf[i], e,
              0.5f * (float)i);
    }
}

/* ---- wp.HashGrid: runtime/hashgrid.c's grids, queried by kernels, against brute force ----
 * The stated behaviour (hashgrid.h): a point lies in the hash cell
 * hash_grid_index of its virtual cell int(floor(p * cell_width_inv)) per
 * axis (1.10: int(p * cell_width_inv)), computed in the grid's precision; a
 * query of q and r visits the virtual cells from (q - r) to (q + r) the same
 * way, at most dim cells per axis, and yields every point of the hash cells
 * they map to exactly once (in a grouped grid, those of the query's group);
 * so every point within r of q.  hash_grid_point_id lists the points by
 * hash cell.  The expected sets are computed here from the points alone. */
static const char hg_src[] =
    "import warp as wp\n"
    "@wp.kernel\n"
    "def hg_f32(grid: wp.uint64, q: wp.array(dtype=wp.vec3), r: float, out: wp.array2d(dtype=int), cnt: wp.array(dtype=int), ids: wp.array(dtype=int)):\n"
    "    i = wp.tid()\n"
    "    n = int(0)\n"
    "    for j in wp.hash_grid_query(grid, q[i], r):\n"
    "        if n < 512:\n"
    "            out[i, n] = j\n"
    "        n += 1\n"
    "    cnt[i] = n\n"
    "    ids[i] = wp.hash_grid_point_id(grid, i)\n";
static const char hg16_src[] =
    "@wp.func\n"
    "def collect_d(query: wp.HashGridQuery[wp.float64], i: int, out: wp.array2d(dtype=int)):\n"
    "    n = int(0)\n"
    "    j = int(0)\n"
    "    while wp.hash_grid_query_next(query, j):\n"
    "        if n < 512:\n"
    "            out[i, n] = j\n"
    "        n += 1\n"
    "    return n\n"
    "@wp.kernel\n"
    "def hg_f64(grid: wp.uint64, q: wp.array(dtype=wp.vec3d), r: wp.float64, group: int, out: wp.array2d(dtype=int), cnt: wp.array(dtype=int)):\n"
    "    i = wp.tid()\n"
    "    if group < 0:\n"
    "        cnt[i] = collect_d(wp.hash_grid_query(grid, q[i], r), i, out)\n"
    "    else:\n"
    "        cnt[i] = collect_d(wp.hash_grid_query(grid, q[i], r, group), i, out)\n"
    "@wp.kernel\n"
    "def hg_f16(grid: wp.uint64, q: wp.array(dtype=wp.vec3h), r: wp.float16, out: wp.array2d(dtype=int), cnt: wp.array(dtype=int)):\n"
    "    i = wp.tid()\n"
    "    n = int(0)\n"
    "    for j in wp.hash_grid_query(grid, q[i], r):\n"
    "        if n < 512:\n"
    "            out[i, n] = j\n"
    "        n += 1\n"
    "    cnt[i] = n\n";

enum { HG_N = 300, HG_Q = 64, HG_DX = 5, HG_DY = 4, HG_DZ = 3 };

static float hg_rh(float x) { return (float)(_Float16)x; } /* rounded to float16 */
static int hg_int(double x) { return x > -2147483649.0 && x < 2147483648.0 ? (int)x : INT32_MIN; }
static int hg_phys(int x, int y, int z) {
    x = x + (1 << 20) > 0 ? x + (1 << 20) : 0;
    y = y + (1 << 20) > 0 ? y + (1 << 20) : 0;
    z = z + (1 << 20) > 0 ? z + (1 << 20) : 0;
    return z % HG_DZ * (HG_DX * HG_DY) + y % HG_DY * HG_DX + x % HG_DX;
}

/* the virtual cell of coordinate v (precision s; v10: Warp 1.10) */
static int hg_cell(IrScalar s, int v10, double v, double w) {
    if (s == SC_FLOAT64)
        return hg_int(floor(v * (1.0 / w)));
    if (s == SC_FLOAT16) {
        float inv = hg_rh(1.0f / hg_rh((float)w));
        return hg_int(hg_rh(floorf(hg_rh((float)v * inv))));
    }
    volatile float prod = (float)v * (1.0f / (float)w);
    return hg_int(v10 ? (double)prod : floor(prod));
}

/* one query's result against the brute-force set; pc: each point's hash cell */
static int hg_check(const char *what, IrScalar s, int v10, const double *q, double r, double w, const double *pts,
                    const int *pc, const int *grp, int group, const int *got, int ngot) {
    char in_box[HG_DX * HG_DY * HG_DZ] = {0};
    int lo[3], hi[3];
    for (int a = 0; a < 3; a++) {
        double ql = q[a] - r, qh = q[a] + r;
        if (s == SC_FLOAT16)
            ql = hg_rh((float)q[a] - (float)r), qh = hg_rh((float)q[a] + (float)r);
        else if (s == SC_FLOAT32)
            ql = (float)((float)q[a] - (float)r), qh = (float)((float)q[a] + (float)r);
        lo[a] = hg_cell(s, v10, ql, w);
        int e = hg_cell(s, v10, qh, w), dim = a == 0 ? HG_DX : a == 1 ? HG_DY : HG_DZ;
        hi[a] = e < lo[a] + dim - 1 ? e : lo[a] + dim - 1;
    }
    /* the first cell is visited even when the range is empty (negative r) */
    in_box[hg_phys(lo[0], lo[1], lo[2])] = 1;
    for (int z = lo[2]; z <= hi[2]; z++)
        for (int y = lo[1]; y <= hi[1]; y++)
            for (int x = lo[0]; x <= hi[0]; x++)
                in_box[hg_phys(x, y, z)] = 1;
    char seen[HG_N] = {0};
    int expected = 0;
    for (int j = 0; j < HG_N; j++)
        expected += in_box[pc[j]] && (group < 0 || grp[j] == group);
    int bad = ngot != expected;
    for (int k = 0; k < ngot && k < 512 && !bad; k++) {
        int j = got[k];
        bad = j < 0 || j >= HG_N || seen[j] || !in_box[pc[j]] || (group >= 0 && grp[j] != group);
        if (!bad)
            seen[j] = 1;
    }
    /* every point within r (by a margin: rounding) is found */
    for (int j = 0; j < HG_N && !bad && r > 0; j++) {
        double d = 0;
        for (int a = 0; a < 3; a++)
            d += (pts[j * 3 + a] - q[a]) * (pts[j * 3 + a] - q[a]);
        if (sqrt(d) < r * 0.99 && (group < 0 || grp[j] == group) && !seen[j])
            bad = 1;
    }
    CHECK(!bad, "%s: query (%g, %g, %g) r=%g group %d: %d points, expected %d of the cells in range", what, q[0], q[1],
          q[2], r, group, ngot, expected);
    return bad;
}

/* grids of HG_N points of precision s, queried by kernel kname */
static void hg_run(WpcJit *j, Prog *p, const char *kname, IrScalar s, int v10) {
    const WlKernel *k = kernel(p, kname);
    if (!k)
        return;
    static double pts[HG_N * 3], qs[HG_Q * 3];
    static unsigned char praw[HG_N * 3 * 8], qraw[HG_Q * 3 * 8];
    static int out[HG_Q * 512], cnt[HG_Q], ids[HG_Q], pc[HG_N], grp[HG_N];
    int es = ir_scalar_bits(s) / 8;
    uint32_t st = 777;
    const double w = 0.4;
    for (int i = 0; i < HG_N * 3 + HG_Q * 3; i++) {
        st = pcg(st);
        double v = (double)(st >> 8) / 16777216.0 * 3.4 - 1.7;
        if (s == SC_FLOAT16)
            v = hg_rh((float)v);
        else if (s == SC_FLOAT32)
            v = (float)v;
        double *dst = i < HG_N * 3 ? &pts[i] : &qs[i - HG_N * 3];
        unsigned char *raw = i < HG_N * 3 ? praw + i * es : qraw + (i - HG_N * 3) * es;
        *dst = v;
        if (s == SC_FLOAT64)
            memcpy(raw, &v, 8);
        else if (s == SC_FLOAT32) {
            float f = (float)v;
            memcpy(raw, &f, 4);
        } else {
            _Float16 h = (_Float16)v;
            memcpy(raw, &h, 2);
        }
    }
    for (int i = 0; i < HG_N; i++) {
        pc[i] = hg_phys(hg_cell(s, v10, pts[i * 3], w), hg_cell(s, v10, pts[i * 3 + 1], w),
                        hg_cell(s, v10, pts[i * 3 + 2], w));
        grp[i] = (int)(pcg((uint32_t)i) % 4) - 1; /* -1 .. 2 */
    }
    static const double radii[] = {0.35, 1.3, 0.05, -0.1};
    for (int grouped = 0; grouped < (s == SC_FLOAT64 ? 2 : 1); grouped++)
        for (size_t ri = 0; ri < sizeof radii / sizeof radii[0]; ri++) {
            char err[256];
            uint64_t id = wpc_hashgrid_build(v10 ? 10 : 16, s, HG_DX, HG_DY, HG_DZ, w, praw, HG_N, 3 * es,
                                             grouped ? grp : NULL, 4, err, sizeof err);
            CHECK(id, "hash grid: %s", err);
            if (!id)
                return;
            for (int group = grouped ? -1 : -1; group <= (grouped ? 2 : -1); group++) {
                unsigned char blk[512] = {0};
                WlArray aq = arr1(qraw, HG_Q, 3 * es), ao = arr2(out, HG_Q, 512, 4), ac = arr1(cnt, HG_Q, 4),
                        ai = arr1(ids, HG_Q, 4);
                double r = radii[ri];
                float rf = (float)r;
                _Float16 rh = (_Float16)r;
                if (s == SC_FLOAT16)
                    r = (float)rh;
                else if (s == SC_FLOAT32)
                    r = rf;
                set(blk, k, "grid", &id, 8);
                set(blk, k, "q", &aq, sizeof aq);
                set(blk, k, "r", s == SC_FLOAT64 ? (void *)&r : s == SC_FLOAT32 ? (void *)&rf : (void *)&rh, es);
                set(blk, k, "out", &ao, sizeof ao);
                set(blk, k, "cnt", &ac, sizeof ac);
                if (s == SC_FLOAT64)
                    set(blk, k, "group", &group, 4);
                if (s == SC_FLOAT32)
                    set(blk, k, "ids", &ai, sizeof ai);
                launch(j, k, blk, HG_Q, 0, 1);
                int bad = 0;
                char what[96];
                snprintf(what, sizeof what, "hash grid %s %s%s", kname, v10 ? "1.10 " : "", grouped ? "grouped" : "");
                for (int i = 0; i < HG_Q && bad < 3; i++)
                    bad += hg_check(what, s, v10, qs + i * 3, r, w, pts, pc, grp, grouped ? group : -1, out + i * 512,
                                    cnt[i]);
                /* point ids: a permutation, by non-decreasing hash cell (the
                 * first HG_Q of them), ties by index */
                for (int i = 0; s == SC_FLOAT32 && i < HG_Q && !bad; i++) {
                    int prev = i ? ids[i - 1] : -1, a = ids[i];
                    bad = a < 0 || a >= HG_N ||
                          (i && (pc[a] < pc[prev] || (pc[a] == pc[prev] && a <= prev)));
                    CHECK(!bad, "%s: hash_grid_point_id(%d) = %d not in cell order", what, i, a);
                }
            }
            wpc_hashgrid_free(id);
        }
}

static void test_hashgrid(void) {
    char err[1024];
    for (int v10 = 0; v10 < 2; v10++) {
        WpcJit *j = wpc_jit_new(WPC_JIT_BOUNDS_CHECK, err, sizeof err);
        if (!j) {
            printf("FAIL: %s\n", err);
            failures++;
            return;
        }
        char src[8192];
        snprintf(src, sizeof src, "%s%s", hg_src, v10 ? "" : hg16_src);
        Prog p;
        compile_warp_minor = v10 ? 10 : 16;
        int rc = compile(j, v10 ? "hg10.py" : "hg.py", src, &p);
        compile_warp_minor = 16;
        if (!rc && !wpc_jit_compile(j, err, sizeof err)) {
            hg_run(j, &p, "hg_f32", SC_FLOAT32, v10);
            if (!v10) {
                hg_run(j, &p, "hg_f64", SC_FLOAT64, 0);
                hg_run(j, &p, "hg_f16", SC_FLOAT16, 0);
            }
        } else if (!rc) {
            printf("FAIL: %s\n", err);
            failures++;
        }
        wpc_jit_free(j);
        if (!rc)
            arena_free(p.arena);
    }
    /* a wrong spec */
    CHECK(!wpc_hashgrid_build(16, SC_FLOAT32, 0, 1, 1, 1.0, NULL, 0, 12, NULL, 4, err, sizeof err) &&
              strstr(err, "dimensions must be positive"),
          "hash grid of 0 cells: %s", err);
    CHECK(!wpc_hashgrid_build(16, SC_FLOAT32, 1, 1, 1, 0.0, NULL, 0, 12, NULL, 4, err, sizeof err) &&
              strstr(err, "cell width must be positive"),
          "hash grid of width 0: %s", err);
}

/* ---- every kernel of a directory on small inputs ---------------------------------- */
static int ends_with(const char *s, const char *t) {
    size_t a = strlen(s), b = strlen(t);
    return a >= b && !strcmp(s + a - b, t);
}

static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* small deterministic inputs: arrays of 20 elements per dimension, ints in
 * [1, 8) (a 0 would loop Collatz forever), floats in [-1, 1) */
static void fill_leaf(const IrModule *m, IrType t, unsigned char *p, uint32_t *s, void ***allocs, int *nalloc);
static int sc_signed_int(int s) { return s == SC_INT8 || s == SC_INT16 || s == SC_INT32 || s == SC_INT64; }

/* float inputs are scaled by this, integers may be negative (the warp-ref
 * comparison runs three input sets) */
static double fill_scale = 1.0;
static int fill_negative;

/* per allocation of the last fill: bytes and element type (for comparisons) */
static size_t alloc_bytes[4096];
static IrType alloc_elem[4096];

static void fill_array(const IrModule *m, IrType t, WlArray *a, uint32_t *s, void ***allocs, int *nalloc) {
    const IrTypeInfo *x = ir_type_info(m, t);
    uint64_t al, esz = llvm_type_size(m, x->elem, &al);
    int n = 1;
    for (int d = 0; d < x->ndim; d++)
        n *= 20;
    unsigned char *mem = calloc((size_t)n, esz ? esz : 1);
    alloc_bytes[*nalloc] = (size_t)n * (esz ? esz : 1);
    alloc_elem[*nalloc] = x->elem;
    (*allocs)[(*nalloc)++] = mem;
    for (int i = 0; i < n; i++)
        fill_leaf(m, x->elem, mem + (size_t)i * esz, s, allocs, nalloc);
    memset(a, 0, sizeof *a);
    a->data = mem;
    a->ndim = x->ndim;
    int st = (int)esz;
    for (int d = x->ndim - 1; d >= 0; d--) {
        a->shape[d] = 20;
        a->strides[d] = st;
        st *= 20;
    }
}

static void fill_leaf(const IrModule *m, IrType t, unsigned char *p, uint32_t *s, void ***allocs, int *nalloc) {
    const IrTypeInfo *x = ir_type_info(m, t);
    if (x->kind == TY_ARRAY) {
        if (*nalloc < 4000)
            fill_array(m, t, (WlArray *)p, s, allocs, nalloc);
        return;
    }
    if (x->kind == TY_STRUCT) {
        const IrStruct *st = m->structs[x->strct];
        for (int i = 0; i < st->nfields; i++)
            fill_leaf(m, st->fields[i].type, p + llvm_field_offset(m, x->strct, i), s, allocs, nalloc);
        return;
    }
    uint64_t al, sz = llvm_type_size(m, t, &al);
    int n = x->kind == TY_SCALAR ? 1 : x->kind == TY_VEC ? x->rows : x->kind == TY_MAT ? x->rows * x->cols
          : x->kind == TY_QUAT ? 4 : x->kind == TY_TRANSFORM ? 7 : 0;
    for (int i = 0; i < n; i++) {
        *s = pcg(*s);
        unsigned char *q = p + (size_t)i * (sz / (uint64_t)n);
        double f = ((double)(*s >> 8) / 16777216.0 * 2.0 - 1.0) * fill_scale;
        int64_t v = (int64_t)(*s % 7) + 1;
        if (fill_negative && (*s >> 20) % 2 && sc_signed_int(x->scalar))
            v = -v;
        switch (x->scalar) {
        case SC_BOOL: *q = (uint8_t)(v & 1); break;
        case SC_INT8: case SC_UINT8: *q = (uint8_t)v; break;
        case SC_INT16: case SC_UINT16: { uint16_t w = (uint16_t)v; memcpy(q, &w, 2); break; }
        case SC_INT32: case SC_UINT32: { uint32_t w = (uint32_t)v; memcpy(q, &w, 4); break; }
        case SC_INT64: case SC_UINT64: memcpy(q, &v, 8); break;
        case SC_FLOAT16: { uint16_t w = 0x3800; memcpy(q, &w, 2); break; }
        case SC_FLOAT32: { float w = (float)f; memcpy(q, &w, 4); break; }
        case SC_FLOAT64: memcpy(q, &f, 8); break;
        default: break;
        }
    }
}

/* ---- objects: uint64 parameters that are ids of Warp objects -----------------------
 * A kernel's uint64 parameter that reaches a builtin taking an object id
 * (the builtin's first argument is that parameter, in the kernel or, through
 * call arguments, in a func it calls) gets a real object instead of random
 * bits, built from the kernel's filled inputs; wpc and Warp's code get the
 * same object.  One row per kind of object. */
typedef struct ObjUse {
    int found;
    IrScalar scalar; /* hash grid: the precision of its queries (the first one) */
    int grouped;     /* hash grid: a query with a group */
    int vtype;       /* volume: the grid type its first typed use reads (runtime.h's WPC_VOLUME_*) */
} ObjUse;

typedef struct ObjKind {
    const char *name;
    const char *const *builtins; /* builtins whose first argument is an id (NULL-terminated) */
    /* records what a use (builtin call in m) says about the object */
    void (*note)(const IrModule *m, const IrFunc *f, const IrInst *in, ObjUse *u);
    /* builds the object for parameter `param` of kernel k from its argument block */
    uint64_t (*build)(const WlKernel *k, int param, const unsigned char *blk, const ObjUse *u, int warp_minor);
    void (*destroy)(uint64_t id);
    /* objects kernels write (volumes): one per argument block, built alike,
     * whose bytes (bytes(id) of them) must come out equal */
    uint64_t (*bytes)(uint64_t id);
} ObjKind;

static void hashgrid_note(const IrModule *m, const IrFunc *f, const IrInst *in, ObjUse *u) {
    if (strcmp(ir_builtin_key(in->builtin), "hash_grid_query") || in->nargs < 3)
        return;
    if (!u->scalar)
        u->scalar = ir_type_scalar_of(m, f->vals[in->args[1]].type);
    if (in->nargs > 3)
        u->grouped = 1;
}

/* a 1-d array parameter of k (not `skip`) whose elements are of kind/rows/scalar */
static const WlArray *kernel_array(const WlKernel *k, const unsigned char *blk, int kind, int rows, IrScalar s,
                                   int skip) {
    for (int a = 0; a < k->nparams; a++) {
        const IrTypeInfo *x = ir_type_info(k->m, k->params[a].type);
        if (a == skip || x->kind != TY_ARRAY || x->ndim != 1)
            continue;
        const IrTypeInfo *e = ir_type_info(k->m, x->elem);
        if (e->kind == kind && (kind != TY_VEC || e->rows == rows) && e->scalar == s)
            return (const WlArray *)(blk + k->params[a].offset);
    }
    return NULL;
}

/* a grid of 5 x 4 x 3 cells of width fill_scale / 2 (points in [-fill_scale,
 * fill_scale) span 4 cells: z wraps) over the kernel's first 1-d vec3 array
 * of the queries' precision (else 20 points of its own); grouped (Warp 1.16)
 * when a query takes a group: by the first 1-d int32 array, else i % 3 */
static uint64_t hashgrid_build(const WlKernel *k, int param, const unsigned char *blk, const ObjUse *u,
                               int warp_minor) {
    IrScalar s = warp_minor < 16 || !u->scalar ? SC_FLOAT32 : u->scalar;
    int es = ir_scalar_bits(s) / 8;
    const WlArray *pa = kernel_array(k, blk, TY_VEC, 3, s, param);
    unsigned char own[20 * 3 * 8];
    const void *pts = own;
    int n = 20;
    if (pa) {
        pts = pa->data, n = pa->shape[0];
    } else {
        uint32_t st = 99;
        for (int i = 0; i < n * 3; i++) {
            st = pcg(st);
            double f = ((double)(st >> 8) / 16777216.0 * 2.0 - 1.0) * fill_scale;
            if (s == SC_FLOAT64)
                memcpy(own + i * 8, &f, 8);
            else if (s == SC_FLOAT32) {
                float g = (float)f;
                memcpy(own + i * 4, &g, 4);
            } else {
                uint16_t h = (uint16_t)(0x3800 + (st >> 24) % 64); /* 0.5 .. 0.53 */
                memcpy(own + i * 2, &h, 2);
            }
        }
    }
    int32_t gen[4096];
    const int32_t *groups = NULL;
    if (u->grouped && warp_minor >= 16) {
        const WlArray *ga = kernel_array(k, blk, TY_SCALAR, 0, SC_INT32, param);
        if (ga && ga->shape[0] >= n)
            groups = ga->data;
        else if (n <= 4096) {
            for (int i = 0; i < n; i++)
                gen[i] = i % 3;
            groups = gen;
        }
    }
    char err[256];
    uint64_t id = wpc_hashgrid_build(warp_minor, s, 5, 4, 3, 0.5 * fill_scale, pts, n, 3 * es, groups, 4, err,
                                     sizeof err);
    if (!id)
        printf("hashgrid for %s: %s\n", k->name, err);
    return id;
}

/* ---- volumes: wp.Volume ids (runtime/volume.c's NanoVDB grids) ----
 * A test grid (vol_test_grid): a sparse block of [-8, 8)^3 index space
 * (every voxel but those with (i + 2j + 3k) % 5 == 0), so 8 leaves under 8
 * root tiles, plus far leaves under other lower nodes and another root
 * tile; values from a formula per component, a background of its own.
 * On-index grids hold 19 active voxels in [-2, 2)^3 (voxel data arrays of
 * 20 elements index them in bounds).  The map: voxel sizes 0.25, 0.3, 0.2
 * and a translation, scaled by the inputs' scale, so that world positions
 * of the inputs land in [-4, 4) index space. */

/* the grid type of a volume value type */
static int vol_grid_type(const IrModule *m, IrType t) {
    const IrTypeInfo *x = ir_type_info(m, ir_type_strip_ref(m, t));
    if (x->kind == TY_SCALAR)
        return x->scalar == SC_FLOAT32 ? WPC_VOLUME_FLOAT : x->scalar == SC_FLOAT64 ? WPC_VOLUME_DOUBLE
             : x->scalar == SC_INT32 ? WPC_VOLUME_INT32 : x->scalar == SC_INT64 ? WPC_VOLUME_INT64
             : x->scalar == SC_UINT32 ? WPC_VOLUME_UINT32 : 0;
    if (x->kind == TY_VEC && x->rows == 3)
        return x->scalar == SC_FLOAT32 ? WPC_VOLUME_VEC3F : x->scalar == SC_FLOAT64 ? WPC_VOLUME_VEC3D : 0;
    if (x->kind == TY_VEC && x->rows == 4)
        return x->scalar == SC_FLOAT32 ? WPC_VOLUME_VEC4F : x->scalar == SC_FLOAT64 ? WPC_VOLUME_VEC4D : 0;
    return 0;
}

/* the grid type a volume builtin call reads (0: any) */
static int vol_use_type(const IrModule *m, const IrFunc *f, const IrInst *in) {
    const char *key = ir_builtin_key(in->builtin);
    size_t n = strlen(key);
    if (!strcmp(key, "volume_sample_index") || !strcmp(key, "volume_sample_grad_index") ||
        !strcmp(key, "volume_lookup_index"))
        return WPC_VOLUME_ONINDEX;
    if (!strcmp(key, "volume_sample") || !strcmp(key, "volume_lookup") || !strcmp(key, "volume_sample_grad"))
        return in->nout ? vol_grid_type(m, f->vals[in->outs[0]].type) : 0;
    if (!strcmp(key, "volume_store"))
        return in->nargs == 5 ? vol_grid_type(m, f->vals[in->args[4]].type) : 0;
    if (n > 2 && key[n - 2] == '_' && (key[n - 1] == 'f' || key[n - 1] == 'v' || key[n - 1] == 'i'))
        return key[n - 1] == 'f' ? WPC_VOLUME_FLOAT : key[n - 1] == 'v' ? WPC_VOLUME_VEC3F : WPC_VOLUME_INT32;
    return 0;
}

static void volume_note(const IrModule *m, const IrFunc *f, const IrInst *in, ObjUse *u) {
    if (!u->vtype)
        u->vtype = vol_use_type(m, f, in);
}

/* component c of the test value at (i, j, k) (exact in float; ints: i *
 * 100 + j * 10 + k + c) */
static double vol_value(int gt, int i, int j, int k, int c) {
    if (gt == WPC_VOLUME_INT32 || gt == WPC_VOLUME_INT64 || gt == WPC_VOLUME_UINT32)
        return (double)(i * 100 + j * 10 + k + c + (gt == WPC_VOLUME_UINT32 ? 1000 : 0));
    return 0.25 * i - 0.5 * j + 0.125 * k + 0.0625 * (i * j - k) + c * 0.75;
}

/* the values (and background, first) of grid type gt at n voxels, in the
 * grid's value type */
static void vol_fill_values(int gt, const int32_t *ijk, int n, unsigned char *vals, unsigned char *bg) {
    int vs = wpc_volume_value_size(gt);
    int nc = gt == WPC_VOLUME_VEC3F || gt == WPC_VOLUME_VEC3D ? 3 : gt == WPC_VOLUME_VEC4F || gt == WPC_VOLUME_VEC4D ? 4 : 1;
    int cs = vs / nc;
    for (int q = -1; q < n; q++)
        for (int c = 0; c < nc; c++) {
            double v = q < 0 ? -3.0 - c : vol_value(gt, ijk[3 * q], ijk[3 * q + 1], ijk[3 * q + 2], c);
            unsigned char *p = (q < 0 ? bg : vals + (size_t)q * vs) + c * cs;
            if (gt == WPC_VOLUME_INT32) {
                int32_t x = (int32_t)v;
                memcpy(p, &x, 4);
            } else if (gt == WPC_VOLUME_UINT32) {
                uint32_t x = (uint32_t)(v < 0 ? 7 : v);
                memcpy(p, &x, 4);
            } else if (gt == WPC_VOLUME_INT64) {
                int64_t x = (int64_t)v;
                memcpy(p, &x, 8);
            } else if (cs == 4) {
                float x = (float)v;
                memcpy(p, &x, 4);
            } else {
                memcpy(p, &v, 8);
            }
        }
}

/* the active voxels of the test grid of type gt: returns their count */
static int vol_test_voxels(int gt, int32_t *ijk, int cap) {
    int n = 0;
    if (gt == WPC_VOLUME_ONINDEX) {
        uint32_t st = 4242;
        while (n < 19 && n < cap) {
            st = pcg(st);
            int32_t c[3] = {(int32_t)(st % 4) - 2, (int32_t)((st >> 8) % 4) - 2, (int32_t)((st >> 16) % 4) - 2};
            int dup = 0;
            for (int q = 0; q < n && !dup; q++)
                dup = !memcmp(ijk + 3 * q, c, 12);
            if (!dup)
                memcpy(ijk + 3 * n++, c, 12);
        }
        return n;
    }
    for (int i = -8; i < 8; i++)
        for (int j = -8; j < 8; j++)
            for (int k = -8; k < 8; k++)
                if (((i + 2 * j + 3 * k) % 5 + 5) % 5 && n < cap) {
                    ijk[3 * n] = i, ijk[3 * n + 1] = j, ijk[3 * n + 2] = k;
                    n++;
                }
    static const int32_t far[][3] = {{200, -300, 40}, {203, -297, 47}, {-130, 9, 5000}, {64, 130, -12}};
    for (size_t q = 0; q < sizeof far / sizeof far[0] && n < cap; q++)
        memcpy(ijk + 3 * n++, far[q], 12);
    return n;
}

static uint64_t vol_test_grid(int gt, double scale, char *err, size_t errlen) {
    static int32_t ijk[3 * 4200];
    static unsigned char vals[4200 * 32];
    unsigned char bg[32] = {0};
    int n = vol_test_voxels(gt, ijk, 4200);
    if (wpc_volume_value_size(gt))
        vol_fill_values(gt, ijk, n, vals, bg);
    WpcVolumeSpec s = {gt, n, ijk, vals, bg, {0.25 * scale, 0.3 * scale, 0.2 * scale},
                       {0.1 * scale, -0.05 * scale, 0.02 * scale}};
    return wpc_volume_build(&s, err, errlen);
}

static uint64_t volume_build(const WlKernel *k, int param, const unsigned char *blk, const ObjUse *u,
                             int warp_minor) {
    (void)blk, (void)param, (void)warp_minor;
    char err[256];
    uint64_t id = vol_test_grid(u->vtype ? u->vtype : WPC_VOLUME_FLOAT, fill_scale, err, sizeof err);
    if (!id)
        printf("volume for %s: %s\n", k->name, err);
    return id;
}

static const char *const volume_builtins[] = {
    "volume_sample", "volume_sample_f", "volume_sample_v", "volume_sample_i", "volume_sample_grad",
    "volume_sample_grad_f", "volume_lookup", "volume_lookup_f", "volume_lookup_v", "volume_lookup_i",
    "volume_store", "volume_store_f", "volume_store_v", "volume_store_i", "volume_sample_index",
    "volume_sample_grad_index", "volume_lookup_index", "volume_voxel_count", "volume_index_to_world",
    "volume_world_to_index", "volume_index_to_world_dir", "volume_world_to_index_dir", NULL};

/* ---- meshes and BVHs: wp.Mesh and wp.Bvh ids (runtime/bvh.c) ----
 * A test mesh (test_mesh): a closed box of 48 triangles (each face a 2 x 2
 * grid, its centre vertex pushed outwards, outward-facing), 26 points,
 * scaled by the inputs' scale so that input points lie inside, outside
 * and across it; velocities from the points; winding-number data; leaf
 * size 4 (1 and 2 in the other input sets); grouped (triangle % 3, Warp
 * 1.16) where a kernel asks for a group root.  A test BVH (test_bvh): 20
 * boxes (as many as the kernels' arrays hold, so item indices index them)
 * scattered over the inputs' range; leaf size 1 (3 in the third input
 * set), grouped (item % 4 + 1) where a group root is asked for. */
typedef struct TestMesh {
    float pts[26 * 3], vel[26 * 3];
    int32_t idx[48 * 3], groups[48];
    int np, nt;
} TestMesh;

static void test_mesh(TestMesh *t, double scale) {
    static const double half[3] = {0.6, 0.5, 0.7}, centre[3] = {0.05, -0.03, 0.02};
    int map[27];
    t->np = t->nt = 0;
    for (int q = 0; q < 27; q++) {
        int c[3] = {q % 3 - 1, q / 3 % 3 - 1, q / 9 - 1};
        map[q] = -1;
        if (!c[0] && !c[1] && !c[2])
            continue;
        int nz = (c[0] != 0) + (c[1] != 0) + (c[2] != 0);
        for (int k = 0; k < 3; k++) {
            /* face centres (one non-zero coordinate) pushed out by 15% */
            double v = c[k] * half[k] * (nz == 1 && c[k] ? 1.15 : 1.0) + centre[k];
            t->pts[t->np * 3 + k] = (float)(v * scale);
        }
        float *p = t->pts + t->np * 3, *v = t->vel + t->np * 3;
        v[0] = p[1], v[1] = -p[0], v[2] = 0.5f * p[2];
        map[q] = t->np++;
    }
#define MESH_VERT(x, y, z) map[((x) + 1) + ((y) + 1) * 3 + ((z) + 1) * 9]
    for (int axis = 0; axis < 3; axis++)
        for (int s = -1; s <= 1; s += 2) {
            int t1 = (axis + 1) % 3, t2 = (axis + 2) % 3;
            for (int a = -1; a < 1; a++)
                for (int b = -1; b < 1; b++) {
                    int c00[3], c10[3], c01[3], c11[3];
                    c00[axis] = c10[axis] = c01[axis] = c11[axis] = s;
                    c00[t1] = a, c00[t2] = b, c10[t1] = a + 1, c10[t2] = b;
                    c01[t1] = a, c01[t2] = b + 1, c11[t1] = a + 1, c11[t2] = b + 1;
                    int v00 = MESH_VERT(c00[0], c00[1], c00[2]), v10 = MESH_VERT(c10[0], c10[1], c10[2]);
                    int v01 = MESH_VERT(c01[0], c01[1], c01[2]), v11 = MESH_VERT(c11[0], c11[1], c11[2]);
                    int tri[2][3] = {{v00, v10, v11}, {v00, v11, v01}};
                    for (int q = 0; q < 2; q++) {
                        int32_t *d = t->idx + t->nt * 3;
                        d[0] = tri[q][0];
                        d[1] = s > 0 ? tri[q][1] : tri[q][2];
                        d[2] = s > 0 ? tri[q][2] : tri[q][1];
                        t->groups[t->nt] = t->nt % 3;
                        t->nt++;
                    }
                }
        }
#undef MESH_VERT
}

static uint64_t mesh_build_test(int warp_minor, int grouped, int leaf, double scale, char *err, size_t errlen) {
    static TestMesh t;
    test_mesh(&t, scale);
    WpcMeshDesc d = {t.pts, t.np, t.idx, t.nt * 3, t.vel, t.np, grouped && warp_minor >= 16 ? t.groups : NULL,
                     t.nt, leaf, 1};
    return wpc_mesh_build(warp_minor, &d, err, errlen);
}

static void test_boxes(float *lo, float *up, int n, double scale) {
    uint32_t st = 2024;
    for (int i = 0; i < n; i++)
        for (int k = 0; k < 3; k++) {
            st = pcg(st);
            double c = ((double)(st >> 8) / 16777216.0 * 2.0 - 1.0) * scale;
            st = pcg(st);
            double h = (0.05 + 0.3 * (double)(st >> 8) / 16777216.0) * scale;
            lo[i * 3 + k] = (float)(c - h), up[i * 3 + k] = (float)(c + h);
        }
}

static uint64_t bvh_build_test(int warp_minor, int grouped, int leaf, int n, double scale, char *err, size_t errlen) {
    static float lo[64 * 3], up[64 * 3];
    static int32_t groups[64];
    test_boxes(lo, up, n, scale);
    for (int i = 0; i < n; i++)
        groups[i] = i % 4 + 1;
    WpcBvhDesc d = {lo, up, n, grouped && warp_minor >= 16 ? groups : NULL, leaf};
    return wpc_bvh_build(warp_minor, &d, err, errlen);
}

static void mesh_note(const IrModule *m, const IrFunc *f, const IrInst *in, ObjUse *u) {
    (void)m, (void)f;
    const char *key = ir_builtin_key(in->builtin);
    if (!strcmp(key, "mesh_get_group_root") || !strcmp(key, "bvh_get_group_root"))
        u->grouped = 1;
}

static uint64_t mesh_build(const WlKernel *k, int param, const unsigned char *blk, const ObjUse *u, int warp_minor) {
    (void)param, (void)blk;
    char err[256];
    int leaf = fill_negative ? 1 : fill_scale > 1.0 ? 2 : 4;
    uint64_t id = mesh_build_test(warp_minor, u->grouped, leaf, fill_scale, err, sizeof err);
    if (!id)
        printf("mesh for %s: %s\n", k->name, err);
    return id;
}

static uint64_t bvh_build(const WlKernel *k, int param, const unsigned char *blk, const ObjUse *u, int warp_minor) {
    (void)param, (void)blk;
    char err[256];
    uint64_t id = bvh_build_test(warp_minor, u->grouped, fill_negative ? 3 : 1, 20, fill_scale, err, sizeof err);
    if (!id)
        printf("bvh for %s: %s\n", k->name, err);
    return id;
}

static const char *const mesh_builtins[] = {
    "mesh_query_point", "mesh_query_point_no_sign", "mesh_query_point_sign_normal",
    "mesh_query_point_sign_winding_number", "mesh_query_point_sign_parity", "mesh_query_furthest_point_no_sign",
    "mesh_query_ray", "mesh_query_ray_anyhit", "mesh_query_ray_count_intersections", "mesh_query_aabb",
    "mesh_eval_position", "mesh_eval_velocity", "mesh_eval_face_normal", "mesh_get", "mesh_get_point",
    "mesh_get_velocity", "mesh_get_index", "mesh_get_group_root", "mesh_query_aabb_tiled", "tile_mesh_query_aabb",
    NULL};
static const char *const bvh_builtins[] = {"bvh_query_aabb", "bvh_query_ray", "bvh_get_group_root",
                                           "bvh_query_aabb_tiled", "bvh_query_ray_tiled", "tile_bvh_query_aabb",
                                           "tile_bvh_query_ray", NULL};

static const char *const hashgrid_builtins[] = {"hash_grid_query", "hash_grid_point_id", NULL};
static const ObjKind obj_kinds[] = {
    {"hashgrid", hashgrid_builtins, hashgrid_note, hashgrid_build, wpc_hashgrid_free},
    {"mesh", mesh_builtins, mesh_note, mesh_build, wpc_mesh_free},
    {"bvh", bvh_builtins, mesh_note, bvh_build, wpc_bvh_free},
    {"volume", volume_builtins, volume_note, volume_build, wpc_volume_free, wpc_volume_size},
};
enum { NOBJKINDS = sizeof obj_kinds / sizeof obj_kinds[0] };

/* uses of value v of f as the id of an object of kind: builtin calls on it,
 * and calls of funcs passing it on (to depth 8) */
static void obj_scan(const IrModule *m, const IrFunc *f, IrVal v, const ObjKind *kind, ObjUse *u, int depth) {
    for (int i = 0; i < f->ninsts; i++) {
        const IrInst *in = &f->insts[i];
        if (in->op != IR_CALL || !in->nargs)
            continue;
        if (in->builtin) {
            if (in->args[0] != v)
                continue;
            for (int b = 0; kind->builtins[b]; b++)
                if (!strcmp(ir_builtin_key(in->builtin), kind->builtins[b])) {
                    u->found = 1;
                    kind->note(m, f, in, u);
                }
        } else if (in->func >= 0 && in->func < m->nfuncs && depth < 8) {
            const IrFunc *g = m->funcs[in->func];
            for (int a = 0; a < in->nargs && a < g->nparams; a++)
                if (in->args[a] == v)
                    obj_scan(m, g, g->params[a], kind, u, depth + 1);
        }
    }
}

/* the object kind of each kernel parameter (-1: none) and its uses */
static void obj_params(const WlKernel *k, int *kinds, ObjUse *uses) {
    for (int a = 0; a < k->nparams; a++) {
        kinds[a] = -1;
        memset(&uses[a], 0, sizeof uses[a]);
        const IrTypeInfo *x = ir_type_info(k->m, k->params[a].type);
        if (x->kind != TY_SCALAR || x->scalar != SC_UINT64 || a >= k->f->nparams)
            continue;
        for (int kk = 0; kk < NOBJKINDS && kinds[a] < 0; kk++) {
            obj_scan(k->m, k->f, k->f->params[a], &obj_kinds[kk], &uses[a], 0);
            if (uses[a].found)
                kinds[a] = kk;
        }
    }
}

/* ids inside parameters: a uint64 field of a struct parameter (s.mesh) or
 * the elements of a uint64 array parameter (ids[i]) whose loaded value
 * reaches an id builtin get an object too (one per field / array: every
 * element holds it, one object for all blocks), written into each block of
 * blks; appends to ids[] */
static int obj_fill_nested(const WlKernel *k, const unsigned char *blk, unsigned char **blks, int nblks,
                           int warp_minor, uint64_t *ids, int *idkinds, int n) {
    const IrFunc *f = k->f;
    for (int a = 0; a < k->nparams && a < f->nparams; a++) {
        const IrTypeInfo *x = ir_type_info(k->m, k->params[a].type);
        int is_struct = x->kind == TY_STRUCT;
        if (!is_struct && !(x->kind == TY_ARRAY && ir_type_info(k->m, x->elem)->kind == TY_SCALAR &&
                            ir_type_info(k->m, x->elem)->scalar == SC_UINT64))
            continue;
        const IrStruct *st = is_struct ? k->m->structs[x->strct] : NULL;
        for (int fi = 0; fi < (is_struct ? st->nfields : 1); fi++) {
            if (is_struct) {
                const IrTypeInfo *ft = ir_type_info(k->m, st->fields[fi].type);
                if (ft->kind != TY_SCALAR || ft->scalar != SC_UINT64)
                    continue;
            }
            /* the values loaded from the field / the elements */
            int kind = -1;
            ObjUse u;
            memset(&u, 0, sizeof u);
            for (int kk = 0; kk < NOBJKINDS && kind < 0; kk++) {
                for (int i = 0; i < f->ninsts; i++) {
                    const IrInst *in = &f->insts[i];
                    int ref = 0;
                    if (is_struct && in->op == IR_ATTR_ADDR && in->nargs && in->args[0] == f->params[a] && in->nout &&
                        in->text && !strcmp(in->text, st->fields[fi].name))
                        ref = 1;
                    if (!is_struct && in->op == IR_CALL && in->builtin && in->nargs && in->nout &&
                        in->args[0] == f->params[a] && !strcmp(ir_builtin_key(in->builtin), "address"))
                        ref = 1;
                    if (!ref)
                        continue;
                    for (int j = 0; j < f->ninsts; j++) {
                        const IrInst *ld = &f->insts[j];
                        if (ld->op == IR_CALL && ld->builtin && ld->nargs == 1 && ld->nout &&
                            ld->args[0] == in->outs[0] && !strcmp(ir_builtin_key(ld->builtin), "load"))
                            obj_scan(k->m, f, ld->outs[0], &obj_kinds[kk], &u, 0);
                    }
                }
                if (u.found)
                    kind = kk;
            }
            if (kind < 0)
                continue;
            uint64_t id = obj_kinds[kind].build(k, a, blk, &u, warp_minor);
            if (!id)
                continue;
            ids[n] = id;
            idkinds[n++] = kind;
            for (int b = 0; b < nblks; b++) {
                unsigned char *p = blks[b] + k->params[a].offset;
                if (is_struct) {
                    memcpy(p + llvm_field_offset(k->m, x->strct, fi), &id, 8);
                    continue;
                }
                WlArray *arr = (WlArray *)p;
                int64_t cnt = arr->data ? 1 : 0;
                for (int d = 0; d < arr->ndim; d++)
                    cnt *= arr->shape[d];
                for (int64_t e = 0; e < cnt; e++)
                    memcpy((unsigned char *)arr->data + e * 8, &id, 8);
            }
        }
    }
    return n;
}

/* per id of the last obj_fill: the block of an object built per block (a
 * kind with bytes, which kernels write), -1 for one shared by the blocks */
static int obj_blk[256];

/* builds the objects of k's parameters from blk and stores their ids in
 * each block of blks; returns how many (ids in ids[]; objects kernels write
 * are built once per block, their ids consecutive) */
static int obj_fill(const WlKernel *k, const unsigned char *blk, unsigned char **blks, int nblks, int warp_minor,
                    uint64_t *ids, int *idkinds) {
    int kinds[256], n = 0;
    ObjUse uses[256];
    for (int i = 0; i < 256; i++)
        obj_blk[i] = -1;
    if (k->nparams > 256)
        return 0;
    obj_params(k, kinds, uses);
    for (int a = 0; a < k->nparams; a++) {
        if (kinds[a] < 0)
            continue;
        int per_block = obj_kinds[kinds[a]].bytes != NULL;
        uint64_t id = 0;
        for (int b = 0; b < nblks; b++) {
            if (!b || per_block) {
                id = obj_kinds[kinds[a]].build(k, a, blk, &uses[a], warp_minor);
                if (id) {
                    obj_blk[n] = per_block ? b : -1;
                    ids[n] = id;
                    idkinds[n++] = kinds[a];
                }
            }
            memcpy(blks[b] + k->params[a].offset, &id, 8);
        }
    }
    return obj_fill_nested(k, blk, blks, nblks, warp_minor, ids, idkinds, n);
}

/* objects written by kernels, built per block by the last obj_fill for
 * nblks blocks: the first byte where one block's differs from the first
 * block's, or -1 */
static int64_t obj_differs(const uint64_t *ids, const int *idkinds, int n, int nblks, const char **kind) {
    for (int i = 0; i < n && i < 256; i++) {
        const ObjKind *ok = &obj_kinds[idkinds[i]];
        if (obj_blk[i] != 0 || !ok->bytes)
            continue;
        for (int b = 1; b < nblks && i + b < n && obj_blk[i + b] == b; b++) {
            uint64_t na = ok->bytes(ids[i]), nb = ok->bytes(ids[i + b]);
            const unsigned char *pa = (const unsigned char *)(uintptr_t)ids[i];
            const unsigned char *pb = (const unsigned char *)(uintptr_t)ids[i + b];
            for (uint64_t q = 0; q < na || q < nb; q++)
                if (q >= na || q >= nb || pa[q] != pb[q]) {
                    *kind = ok->name;
                    return (int64_t)q;
                }
        }
    }
    return -1;
}

static void obj_free(const uint64_t *ids, const int *idkinds, int n) {
    for (int i = 0; i < n; i++)
        obj_kinds[idkinds[i]].destroy(ids[i]);
}

/* ---- wp.Volume: runtime/volume.c's grids read back by kernels ------------------
 * Independent of Warp: the test grids' lookups, closest and linear samples
 * at voxel centres return the values put in at active voxels and the
 * background elsewhere (for every value type); wrongly typed lookups read 0;
 * stores land in allocated leaves only; voxel indices of regular and index
 * grids follow NanoVDB's rules (leaf * 512 + offset in the leaf; on-index
 * grids number the active voxels, consecutively per leaf); voxel counts; the
 * transforms against the map's arithmetic. */
static const char *const vol_types[][2] = {
    {"float32", "wp.float32"}, {"float64", "wp.float64"}, {"int32", "wp.int32"}, {"int64", "wp.int64"},
    {"uint32", "wp.uint32"},   {"vec3f", "wp.vec3f"},     {"vec3d", "wp.vec3d"}, {"vec4f", "wp.vec4f"},
    {"vec4d", "wp.vec4d"}};
static const int vol_type_ids[] = {WPC_VOLUME_FLOAT, WPC_VOLUME_DOUBLE, WPC_VOLUME_INT32,
                                   WPC_VOLUME_INT64, WPC_VOLUME_UINT32, WPC_VOLUME_VEC3F,
                                   WPC_VOLUME_VEC3D, WPC_VOLUME_VEC4F, WPC_VOLUME_VEC4D};
enum { NVOLTYPES = sizeof vol_type_ids / sizeof vol_type_ids[0], VOL_NP = 18 * 18 * 18 + 8 };

static const char vol_idx_src[] =
    "@wp.kernel\n"
    "def vol_index(v: wp.uint64, c: wp.array(dtype=wp.vec3i), data: wp.array(dtype=float), idx: wp.array(dtype=int),\n"
    "              cnt: wp.array(dtype=int), s: wp.array(dtype=float), sf: wp.array(dtype=float)):\n"
    "    t = wp.tid()\n"
    "    q = c[t]\n"
    "    p = wp.vec3(float(q[0]), float(q[1]), float(q[2]))\n"
    "    idx[t] = wp.volume_lookup_index(v, q[0], q[1], q[2])\n"
    "    cnt[t] = wp.volume_voxel_count(v)\n"
    "    s[t] = wp.volume_sample_index(v, p, wp.Volume.CLOSEST, data, -5.0)\n"
    "    sf[t] = wp.volume_sample_f(v, p, wp.Volume.CLOSEST)\n"
    "@wp.kernel\n"
    "def vol_xform(v: wp.uint64, p: wp.array(dtype=wp.vec3), a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3),\n"
    "              d: wp.array(dtype=wp.vec3), pd: wp.array(dtype=wp.vec3d), ad: wp.array(dtype=wp.vec3d),\n"
    "              bd: wp.array(dtype=wp.vec3d)):\n"
    "    t = wp.tid()\n"
    "    a[t] = wp.volume_index_to_world(v, p[t])\n"
    "    b[t] = wp.volume_world_to_index(v, a[t])\n"
    "    d[t] = wp.volume_index_to_world_dir(v, p[t]) + wp.volume_world_to_index_dir(v, p[t])\n"
    "    ad[t] = wp.volume_index_to_world(v, pd[t])\n"
    "    bd[t] = wp.volume_world_to_index(v, ad[t]) + wp.volume_world_to_index_dir(v, pd[t]) * wp.float64(0.0)\n";

/* the probes: [-9, 9)^3 and a few far coordinates */
static int vol_probes(int32_t *c) {
    int n = 0;
    for (int i = -9; i < 9; i++)
        for (int j = -9; j < 9; j++)
            for (int k = -9; k < 9; k++)
                c[3 * n] = i, c[3 * n + 1] = j, c[3 * n + 2] = k, n++;
    static const int32_t far[][3] = {{200, -300, 40}, {200, -300, 41}, {200, -300, 48}, {-130, 9, 5000},
                                     {-130, 9, 5001}, {5000, 5000, 5000}, {64, 130, -12}, {64, 130, -11}};
    for (size_t q = 0; q < sizeof far / sizeof far[0]; q++)
        memcpy(c + 3 * n++, far[q], 12);
    return n;
}

/* index q of probe c among the active voxels act (n), or -1 */
static int vol_find(const int32_t *act, int n, const int32_t *c) {
    for (int q = 0; q < n; q++)
        if (!memcmp(act + 3 * q, c, 12))
            return q;
    return -1;
}

/* whether c lies in a leaf holding one of the active voxels */
static int vol_in_leaf(const int32_t *act, int n, const int32_t *c) {
    for (int q = 0; q < n; q++)
        if ((act[3 * q] >> 3) == (c[0] >> 3) && (act[3 * q + 1] >> 3) == (c[1] >> 3) && (act[3 * q + 2] >> 3) == (c[2] >> 3))
            return 1;
    return 0;
}

static int vol_leaf_count(const int32_t *act, int n) {
    int leaves = 0;
    for (int q = 0; q < n; q++) {
        int first = 1;
        for (int r = 0; r < q && first; r++)
            first = !((act[3 * q] >> 3) == (act[3 * r] >> 3) && (act[3 * q + 1] >> 3) == (act[3 * r + 1] >> 3) &&
                      (act[3 * q + 2] >> 3) == (act[3 * r + 2] >> 3));
        leaves += first;
    }
    return leaves;
}

/* values of grid type gt equal (floats by value, ints by bits) */
static int vol_same(int gt, const unsigned char *a, const unsigned char *b) {
    int vs = wpc_volume_value_size(gt);
    if (gt == WPC_VOLUME_FLOAT || gt == WPC_VOLUME_VEC3F || gt == WPC_VOLUME_VEC4F) {
        for (int c = 0; c < vs / 4; c++) {
            float x, y;
            memcpy(&x, a + 4 * c, 4), memcpy(&y, b + 4 * c, 4);
            if (x != y)
                return 0;
        }
        return 1;
    }
    if (gt == WPC_VOLUME_DOUBLE || gt == WPC_VOLUME_VEC3D || gt == WPC_VOLUME_VEC4D) {
        for (int c = 0; c < vs / 8; c++) {
            double x, y;
            memcpy(&x, a + 8 * c, 8), memcpy(&y, b + 8 * c, 8);
            if (x != y)
                return 0;
        }
        return 1;
    }
    return !memcmp(a, b, (size_t)vs);
}

/* the voxel index checks of a regular grid (leaf * 512 + offset) */
static int vol_check_regular_index(const char *what, const int32_t *act, int n, const int32_t *pc, int np,
                                   const int32_t *idx) {
    int bad = 0, nleaf = vol_leaf_count(act, n);
    for (int t = 0; t < np && bad < 3; t++) {
        const int32_t *c = pc + 3 * t;
        int in = vol_in_leaf(act, n, c), off = ((c[0] & 7) << 6) | ((c[1] & 7) << 3) | (c[2] & 7);
        int ok = in ? idx[t] >= 0 && idx[t] % 512 == off && idx[t] / 512 < nleaf : idx[t] == -1;
        /* voxels of one leaf share a leaf index, of two leaves not */
        for (int r = 0; r < t && ok && in; r++) {
            const int32_t *d = pc + 3 * r;
            int same_leaf = (d[0] >> 3) == (c[0] >> 3) && (d[1] >> 3) == (c[1] >> 3) && (d[2] >> 3) == (c[2] >> 3);
            if (idx[r] >= 0 && (idx[r] / 512 == idx[t] / 512) != same_leaf)
                ok = 0;
        }
        CHECK(ok, "%s: volume_lookup_index(%d, %d, %d) = %d (in a leaf: %d)", what, c[0], c[1], c[2], idx[t], in);
        bad += !ok;
    }
    return bad;
}

static void test_volume(void) {
    char err[1024];
    WpcJit *j = wpc_jit_new(WPC_JIT_BOUNDS_CHECK, err, sizeof err);
    if (!j) {
        printf("FAIL: %s\n", err);
        failures++;
        return;
    }
    static char src[32768];
    size_t len = (size_t)snprintf(src, sizeof src, "import warp as wp\n");
    for (int t = 0; t < NVOLTYPES; t++)
        len += (size_t)snprintf(
            src + len, sizeof src - len,
            "@wp.kernel\n"
            "def vl_%s(v: wp.uint64, c: wp.array(dtype=wp.vec3i), out: wp.array(dtype=%s), clo: wp.array(dtype=%s),\n"
            "          lin: wp.array(dtype=%s), idx: wp.array(dtype=int), cnt: wp.array(dtype=int), wf: wp.array(dtype=float)):\n"
            "    t = wp.tid()\n"
            "    q = c[t]\n"
            "    out[t] = wp.volume_lookup(v, q[0], q[1], q[2], dtype=%s)\n"
            "    p = wp.vec3(float(q[0]), float(q[1]), float(q[2]))\n"
            "    clo[t] = wp.volume_sample(v, p + wp.vec3(0.3, -0.2, 0.4), wp.Volume.CLOSEST, dtype=%s)\n"
            "    lin[t] = wp.volume_sample(v, p, wp.Volume.LINEAR, dtype=%s)\n"
            "    idx[t] = wp.volume_lookup_index(v, q[0], q[1], q[2])\n"
            "    cnt[t] = wp.volume_voxel_count(v)\n"
            "    wf[t] = wp.volume_lookup_f(v, q[0], q[1], q[2])\n"
            "@wp.kernel\n"
            "def vs_%s(v: wp.uint64, c: wp.array(dtype=wp.vec3i), val: wp.array(dtype=%s)):\n"
            "    t = wp.tid()\n"
            "    q = c[t]\n"
            "    wp.volume_store(v, q[0], q[1], q[2], val[t])\n",
            vol_types[t][0], vol_types[t][1], vol_types[t][1], vol_types[t][1], vol_types[t][1], vol_types[t][1],
            vol_types[t][1], vol_types[t][0], vol_types[t][1]);
    len += (size_t)snprintf(src + len, sizeof src - len, "%s", vol_idx_src);
    Prog p;
    if (compile(j, "vol.py", src, &p) || wpc_jit_compile(j, err, sizeof err)) {
        if (p.arena && err[0])
            printf("FAIL: %s\n", err);
        wpc_jit_free(j);
        return;
    }
    static int32_t pc[3 * VOL_NP], act[3 * 4200], idx[VOL_NP], cnt[VOL_NP];
    static unsigned char out[VOL_NP * 32], clo[VOL_NP * 32], lin[VOL_NP * 32], newv[VOL_NP * 32],
        actv[4200 * 32];
    static float wf[VOL_NP];
    int np = vol_probes(pc);
    const double scale = 1.0;
    for (int t = 0; t < NVOLTYPES; t++) {
        int gt = vol_type_ids[t], vs = wpc_volume_value_size(gt);
        uint64_t id = vol_test_grid(gt, scale, err, sizeof err);
        CHECK(id, "volume %s: %s", vol_types[t][0], err);
        if (!id)
            continue;
        int n = vol_test_voxels(gt, act, 4200);
        unsigned char bg[32];
        vol_fill_values(gt, act, n, actv, bg);
        char kn[64];
        snprintf(kn, sizeof kn, "vl_%s", vol_types[t][0]);
        const WlKernel *kl = kernel(&p, kn);
        snprintf(kn, sizeof kn, "vs_%s", vol_types[t][0]);
        const WlKernel *ks = kernel(&p, kn);
        if (!kl || !ks)
            break;
        for (int pass = 0; pass < 2; pass++) {
            unsigned char blk[512] = {0};
            WlArray ac = arr1(pc, np, 12), ao = arr1(out, np, vs), acl = arr1(clo, np, vs), al = arr1(lin, np, vs),
                    ai = arr1(idx, np, 4), an = arr1(cnt, np, 4), aw = arr1(wf, np, 4);
            set(blk, kl, "v", &id, 8);
            set(blk, kl, "c", &ac, sizeof ac);
            set(blk, kl, "out", &ao, sizeof ao);
            set(blk, kl, "clo", &acl, sizeof acl);
            set(blk, kl, "lin", &al, sizeof al);
            set(blk, kl, "idx", &ai, sizeof ai);
            set(blk, kl, "cnt", &an, sizeof an);
            set(blk, kl, "wf", &aw, sizeof aw);
            launch(j, kl, blk, np, 0, 1);
            int bad = 0;
            for (int q = 0; q < np && bad < 3; q++) {
                const int32_t *c = pc + 3 * q;
                int a = vol_find(act, n, c), in = vol_in_leaf(act, n, c);
                const unsigned char *want = pass && in ? newv + (size_t)q * vs : a >= 0 ? actv + (size_t)a * vs : bg;
                int ok = vol_same(gt, out + (size_t)q * vs, want) && vol_same(gt, clo + (size_t)q * vs, want) &&
                         vol_same(gt, lin + (size_t)q * vs, want);
                float wantf = 0;
                if (gt == WPC_VOLUME_FLOAT)
                    memcpy(&wantf, want, 4);
                ok = ok && wf[q] == wantf;
                CHECK(ok, "volume %s%s: voxel (%d, %d, %d) (%s) reads another value", vol_types[t][0],
                      pass ? " after stores" : "", c[0], c[1], c[2], a >= 0 ? "active" : in ? "inactive, in a leaf" : "outside the leaves");
                bad += !ok;
            }
            char what[64];
            snprintf(what, sizeof what, "volume %s", vol_types[t][0]);
            bad += vol_check_regular_index(what, act, n, pc, np, idx);
            CHECK(cnt[0] == vol_leaf_count(act, n) * 512, "%s: volume_voxel_count %d, %d leaves", what, cnt[0],
                  vol_leaf_count(act, n));
            if (pass || bad)
                break;
            /* stores at every probe: new values (those of another grid type's formula) */
            for (int q = 0; q < np; q++) {
                int32_t c[3] = {pc[3 * q] + 1, pc[3 * q + 1] * 2, pc[3 * q + 2] - 3};
                unsigned char dummy[32];
                vol_fill_values(gt, c, 1, newv + (size_t)q * vs, dummy);
            }
            WlArray av = arr1(newv, np, vs);
            unsigned char sb[256] = {0};
            set(sb, ks, "v", &id, 8);
            set(sb, ks, "c", &ac, sizeof ac);
            set(sb, ks, "val", &av, sizeof av);
            launch(j, ks, sb, np, 0, 1);
        }
        wpc_volume_free(id);
    }
    /* index grids over the on-index test voxels: INDEX numbers every voxel
     * of their leaves, ONINDEX the active ones */
    const WlKernel *ki = kernel(&p, "vol_index");
    for (int onidx = 0; onidx < 2 && ki; onidx++) {
        int n = vol_test_voxels(WPC_VOLUME_ONINDEX, act, 4200), nleaf = vol_leaf_count(act, n);
        WpcVolumeSpec sp = {onidx ? WPC_VOLUME_ONINDEX : WPC_VOLUME_INDEX, n, act, NULL, NULL, {0.5, 0.5, 0.5}, {0, 0, 0}};
        uint64_t id = wpc_volume_build(&sp, err, sizeof err);
        CHECK(id, "index volume: %s", err);
        if (!id)
            continue;
        static float data[8 * 512 + 16], s[VOL_NP], sf[VOL_NP];
        for (int q = 0; q < 8 * 512 + 16; q++)
            data[q] = 1000.0f + (float)q;
        unsigned char blk[512] = {0};
        WlArray ac = arr1(pc, np, 12), ad = arr1(data, 8 * 512 + 16, 4), ai = arr1(idx, np, 4), an = arr1(cnt, np, 4),
                as = arr1(s, np, 4), asf = arr1(sf, np, 4);
        set(blk, ki, "v", &id, 8);
        set(blk, ki, "c", &ac, sizeof ac);
        set(blk, ki, "data", &ad, sizeof ad);
        set(blk, ki, "idx", &ai, sizeof ai);
        set(blk, ki, "cnt", &an, sizeof an);
        set(blk, ki, "s", &as, sizeof as);
        set(blk, ki, "sf", &asf, sizeof asf);
        launch(j, ki, blk, np, 0, 1);
        const char *what = onidx ? "on-index volume" : "index volume";
        int bad = 0;
        if (!onidx)
            bad += vol_check_regular_index(what, act, n, pc, np, idx);
        CHECK(cnt[0] == (onidx ? n : nleaf * 512), "%s: volume_voxel_count %d", what, cnt[0]);
        char seen[64] = {0};
        static int before[VOL_NP]; /* active voxels: the active voxels of its leaf at smaller offsets */
        for (int q = 0; q < np; q++) {
            const int32_t *c = pc + 3 * q;
            before[q] = 0;
            for (int r = 0; r < n; r++) {
                const int32_t *d = act + 3 * r;
                before[q] += (d[0] >> 3) == (c[0] >> 3) && (d[1] >> 3) == (c[1] >> 3) && (d[2] >> 3) == (c[2] >> 3) &&
                             (((d[0] & 7) << 6) | ((d[1] & 7) << 3) | (d[2] & 7)) <
                                 (((c[0] & 7) << 6) | ((c[1] & 7) << 3) | (c[2] & 7));
            }
        }
        for (int q = 0; q < np && bad < 3; q++) {
            const int32_t *c = pc + 3 * q;
            int a = vol_find(act, n, c);
            int ok = sf[q] == 0.0f && s[q] == (idx[q] >= 0 ? data[idx[q]] : -5.0f);
            if (onidx) {
                /* the active voxels numbered 0..n-1, those of a leaf consecutively by offset */
                ok = ok && (a >= 0 ? idx[q] >= 0 && idx[q] < n && !seen[idx[q]] : idx[q] == -1);
                if (ok && a >= 0)
                    seen[idx[q]] = 1;
                for (int r = 0; r < np && ok && a >= 0; r++) {
                    const int32_t *d = pc + 3 * r;
                    if (vol_find(act, n, d) >= 0 && (d[0] >> 3) == (c[0] >> 3) && (d[1] >> 3) == (c[1] >> 3) &&
                        (d[2] >> 3) == (c[2] >> 3))
                        ok = idx[r] - idx[q] == before[r] - before[q];
                }
            }
            CHECK(ok, "%s: voxel (%d, %d, %d): index %d, sample %g", what, c[0], c[1], c[2], idx[q], s[q]);
            bad += !ok;
        }
        wpc_volume_free(id);
    }
    /* the transforms: world = translation + voxel_size * index (float: the
     * map's float sums, with the zero terms), index back within rounding */
    const WlKernel *kx = kernel(&p, "vol_xform");
    if (kx) {
        uint64_t id = vol_test_grid(WPC_VOLUME_FLOAT, 2.0, err, sizeof err);
        float pf[64 * 3], a[64 * 3], b[64 * 3], d[64 * 3];
        double pd[64 * 3], ad[64 * 3], bd[64 * 3];
        uint32_t st = 5;
        for (int q = 0; q < 64 * 3; q++) {
            st = pcg(st);
            pd[q] = ((double)(st >> 8) / 16777216.0 * 2.0 - 1.0) * 50.0;
            pf[q] = (float)pd[q];
        }
        unsigned char blk[512] = {0};
        WlArray ap = arr1(pf, 64, 12), aa = arr1(a, 64, 12), ab = arr1(b, 64, 12), adr = arr1(d, 64, 12),
                apd = arr1(pd, 64, 24), aad = arr1(ad, 64, 24), abd = arr1(bd, 64, 24);
        set(blk, kx, "v", &id, 8);
        set(blk, kx, "p", &ap, sizeof ap);
        set(blk, kx, "a", &aa, sizeof aa);
        set(blk, kx, "b", &ab, sizeof ab);
        set(blk, kx, "d", &adr, sizeof adr);
        set(blk, kx, "pd", &apd, sizeof apd);
        set(blk, kx, "ad", &aad, sizeof aad);
        set(blk, kx, "bd", &abd, sizeof abd);
        launch(j, kx, blk, 64, 0, 1);
        const double vsz[3] = {0.5, 0.6, 0.4}, tr[3] = {0.2, -0.1, 0.04};
        int bad = 0;
        for (int q = 0; q < 64 && bad < 3; q++) {
            int ok = 1;
            for (int c = 0; c < 3; c++) {
                volatile float x = pf[3 * q + c] * (float)vsz[c];
                volatile float y = x + pf[3 * q + (c + 1) % 3] * 0.0f;
                volatile float z = y + pf[3 * q + (c + 2) % 3] * 0.0f;
                volatile float w = z + (float)tr[c];
                float dir = pf[3 * q + c] * (float)vsz[c] + pf[3 * q + c] * (float)(1.0 / vsz[c]);
                double wd = pd[3 * q + c] * vsz[c] + tr[c];
                ok = ok && a[3 * q + c] == w && fabsf(b[3 * q + c] - pf[3 * q + c]) < 1e-4f * 50 &&
                     fabsf(d[3 * q + c] - dir) <= 1e-5f * fabsf(dir) && ad[3 * q + c] == wd &&
                     fabs(bd[3 * q + c] - pd[3 * q + c]) < 1e-9 * 50;
            }
            CHECK(ok, "volume transforms of (%g, %g, %g): world (%g, %g, %g), back (%g, %g, %g)", pf[3 * q],
                  pf[3 * q + 1], pf[3 * q + 2], a[3 * q], a[3 * q + 1], a[3 * q + 2], b[3 * q], b[3 * q + 1],
                  b[3 * q + 2]);
            bad += !ok;
        }
        wpc_volume_free(id);
    }
    wpc_jit_free(j);
    arena_free(p.arena);
    /* wrong specs */
    WpcVolumeSpec bad_size = {WPC_VOLUME_FLOAT, 0, NULL, NULL, NULL, {0, 1, 1}, {0, 0, 0}};
    CHECK(!wpc_volume_build(&bad_size, err, sizeof err) && strstr(err, "voxel size must be positive"),
          "volume of voxel size 0: %s", err);
    WpcVolumeSpec bad_type = {3, 0, NULL, NULL, NULL, {1, 1, 1}, {0, 0, 0}};
    CHECK(!wpc_volume_build(&bad_type, err, sizeof err) && strstr(err, "grid type 3"), "volume of type 3: %s", err);
    /* an empty grid: every voxel the background */
    WpcVolumeSpec empty = {WPC_VOLUME_FLOAT, 0, NULL, NULL, NULL, {1, 1, 1}, {0, 0, 0}};
    uint64_t e = wpc_volume_build(&empty, err, sizeof err);
    CHECK(e && wpc_volume_size(e) == 672 + 64 + 64, "empty volume: %s", e ? "wrong size" : err);
    wpc_volume_free(e);
}

/* ---- wp.Mesh and wp.Bvh: runtime/bvh.c's trees, queried by kernels, against brute force ----
 * The stated behaviour, computed here from the geometry alone (in double
 * where it is a distance): mesh_query_point_no_sign finds a triangle at the
 * least distance of any triangle (and something iff that is below
 * max_dist); the signs of mesh_query_point (ray casting) and of the
 * winding-number query are -1 exactly for points inside the closed test
 * mesh (by its brute-force winding number, points near the surface left
 * out); mesh_query_ray hits at the least t of any triangle (rays grazing an
 * edge left out); mesh_query_aabb yields each triangle whose bounds overlap
 * the box exactly once, bvh_query_aabb each such item, bvh_query_ray each
 * item whose box the ray's slab test hits (the same float test: exact);
 * from bvh_get_group_root(g) only, and every, such item of group g. */
static const char mq_src[] =
    "import warp as wp\n"
    "@wp.kernel\n"
    "def mq_point(mesh: wp.uint64, q: wp.array(dtype=wp.vec3), max_dist: float, found: wp.array(dtype=int), "
    "dist: wp.array(dtype=float), sign: wp.array(dtype=float), wsign: wp.array(dtype=float)):\n"
    "    i = wp.tid()\n"
    "    r = wp.mesh_query_point_no_sign(mesh, q[i], max_dist)\n"
    "    found[i] = wp.where(r.result, 1, 0)\n"
    "    if r.result:\n"
    "        dist[i] = wp.length(q[i] - wp.mesh_eval_position(mesh, r.face, r.u, r.v))\n"
    "    sign[i] = wp.mesh_query_point(mesh, q[i], 1.0e6).sign\n"
    "    wsign[i] = wp.mesh_query_point_sign_winding_number(mesh, q[i], 1.0e6).sign\n"
    "@wp.kernel\n"
    "def mq_ray(mesh: wp.uint64, o: wp.array(dtype=wp.vec3), d: wp.array(dtype=wp.vec3), hit: wp.array(dtype=int), "
    "t: wp.array(dtype=float)):\n"
    "    i = wp.tid()\n"
    "    r = wp.mesh_query_ray(mesh, o[i], d[i], 1.0e6)\n"
    "    hit[i] = wp.where(r.result, 1, 0)\n"
    "    t[i] = r.t\n"
    "@wp.kernel\n"
    "def mq_aabb(mesh: wp.uint64, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), "
    "out: wp.array2d(dtype=int), cnt: wp.array(dtype=int)):\n"
    "    i = wp.tid()\n"
    "    n = int(0)\n"
    "    for f in wp.mesh_query_aabb(mesh, lo[i], hi[i]):\n"
    "        if n < 64:\n"
    "            out[i, n] = f\n"
    "        n += 1\n"
    "    cnt[i] = n\n"
    "@wp.kernel\n"
    "def bq_aabb(bvh: wp.uint64, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), "
    "out: wp.array2d(dtype=int), cnt: wp.array(dtype=int)):\n"
    "    i = wp.tid()\n"
    "    n = int(0)\n"
    "    q = wp.bvh_query_aabb(bvh, lo[i], hi[i])\n"
    "    j = int(0)\n"
    "    while wp.bvh_query_next(q, j):\n"
    "        if n < 64:\n"
    "            out[i, n] = j\n"
    "        n += 1\n"
    "    cnt[i] = n\n"
    "@wp.kernel\n"
    "def bq_ray(bvh: wp.uint64, o: wp.array(dtype=wp.vec3), d: wp.array(dtype=wp.vec3), "
    "out: wp.array2d(dtype=int), cnt: wp.array(dtype=int)):\n"
    "    i = wp.tid()\n"
    "    n = int(0)\n"
    "    q = wp.bvh_query_ray(bvh, o[i], d[i])\n"
    "    j = int(0)\n"
    "    while wp.bvh_query_next(q, j):\n"
    "        if n < 64:\n"
    "            out[i, n] = j\n"
    "        n += 1\n"
    "    cnt[i] = n\n";
static const char mq16_src[] =
    "@wp.kernel\n"
    "def bq_group(bvh: wp.uint64, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), group: int, "
    "out: wp.array2d(dtype=int), cnt: wp.array(dtype=int)):\n"
    "    i = wp.tid()\n"
    "    n = int(0)\n"
    "    q = wp.bvh_query_aabb(bvh, lo[i], hi[i], wp.bvh_get_group_root(bvh, group))\n"
    "    j = int(0)\n"
    "    while wp.bvh_query_next(q, j):\n"
    "        if n < 64:\n"
    "            out[i, n] = j\n"
    "        n += 1\n"
    "    cnt[i] = n\n";

enum { MQ_Q = 96, MQ_B = 40 };

typedef struct {
    double x[3];
} dv3;
static dv3 d3(const float *p) { return (dv3){{p[0], p[1], p[2]}}; }
static dv3 dsub(dv3 a, dv3 b) { return (dv3){{a.x[0] - b.x[0], a.x[1] - b.x[1], a.x[2] - b.x[2]}}; }
static double ddot3(dv3 a, dv3 b) { return a.x[0] * b.x[0] + a.x[1] * b.x[1] + a.x[2] * b.x[2]; }
static dv3 dcross(dv3 a, dv3 b) {
    return (dv3){{a.x[1] * b.x[2] - a.x[2] * b.x[1], a.x[2] * b.x[0] - a.x[0] * b.x[2], a.x[0] * b.x[1] - a.x[1] * b.x[0]}};
}
static dv3 dmad(dv3 a, dv3 b, double s) { return (dv3){{a.x[0] + b.x[0] * s, a.x[1] + b.x[1] * s, a.x[2] + b.x[2] * s}}; }

/* distance from p to triangle abc (Ericson's regions, in double) */
static double tri_dist(dv3 p, dv3 a, dv3 b, dv3 c) {
    dv3 ab = dsub(b, a), ac = dsub(c, a), ap = dsub(p, a), q;
    double d1 = ddot3(ab, ap), d2 = ddot3(ac, ap);
    if (d1 <= 0 && d2 <= 0)
        q = a;
    else {
        dv3 bp = dsub(p, b);
        double d3v = ddot3(ab, bp), d4 = ddot3(ac, bp), vc = d1 * d4 - d3v * d2;
        dv3 cp = dsub(p, c);
        double d5 = ddot3(ab, cp), d6 = ddot3(ac, cp), vb = d5 * d2 - d1 * d6, va = d3v * d6 - d5 * d4;
        if (d3v >= 0 && d4 <= d3v)
            q = b;
        else if (vc <= 0 && d1 >= 0 && d3v <= 0)
            q = dmad(a, ab, d1 / (d1 - d3v));
        else if (d6 >= 0 && d5 <= d6)
            q = c;
        else if (vb <= 0 && d2 >= 0 && d6 <= 0)
            q = dmad(a, ac, d2 / (d2 - d6));
        else if (va <= 0 && d4 - d3v >= 0 && d5 - d6 >= 0)
            q = dmad(b, dsub(c, b), (d4 - d3v) / ((d4 - d3v) + (d5 - d6)));
        else {
            double den = 1 / (va + vb + vc);
            q = dmad(dmad(a, ab, vb * den), ac, vc * den);
        }
    }
    dv3 e = dsub(p, q);
    return sqrt(ddot3(e, e));
}

/* the ray's t on triangle abc, or -1 (edge: -2 when the ray passes within
 * a barycentric margin of an edge: ambiguous) */
static double tri_ray(dv3 o, dv3 d, dv3 a, dv3 b, dv3 c) {
    dv3 e1 = dsub(b, a), e2 = dsub(c, a), pv = dcross(d, e2);
    double det = ddot3(e1, pv);
    if (fabs(det) < 1e-14)
        return -1;
    dv3 tv = dsub(o, a), qv = dcross(tv, e1);
    double u = ddot3(tv, pv) / det, v = ddot3(d, qv) / det, t = ddot3(e2, qv) / det;
    const double m = 1e-5;
    if (u < -m || v < -m || u + v > 1 + m)
        return -1;
    if (u < m || v < m || u + v > 1 - m)
        return -2;
    return t;
}

static double solid_angle(dv3 p, dv3 a, dv3 b, dv3 c) {
    dv3 qa = dsub(a, p), qb = dsub(b, p), qc = dsub(c, p);
    double la = sqrt(ddot3(qa, qa)), lb = sqrt(ddot3(qb, qb)), lc = sqrt(ddot3(qc, qc));
    double num = ddot3(qa, dcross(qb, qc));
    double den = la * lb * lc + ddot3(qa, qb) * lc + ddot3(qa, qc) * lb + ddot3(qb, qc) * la;
    return 2 * atan2(num, den);
}

/* intersect_ray_aabb in float (1.16 fmin/fmax and 1.10 a < b ? a : b
 * agree without NaNs) */
static int ray_box(const float *o, const float *rcp, const float *lo, const float *hi) {
    float lmin = -INFINITY, lmax = INFINITY;
    for (int k = 0; k < 3; k++) {
        volatile float l1 = (lo[k] - o[k]) * rcp[k], l2 = (hi[k] - o[k]) * rcp[k];
        float mn = l1 < l2 ? l1 : l2, mx = l1 > l2 ? l1 : l2;
        if (!k)
            lmin = mn, lmax = mx;
        else
            lmin = mn > lmin ? mn : lmin, lmax = mx < lmax ? mx : lmax;
    }
    return lmax >= 0.f && lmax >= lmin;
}

static int box_overlap(const float *alo, const float *ahi, const float *blo, const float *bhi) {
    for (int k = 0; k < 3; k++)
        if (alo[k] > bhi[k] || ahi[k] < blo[k])
            return 0;
    return 1;
}

/* got[0..n) is exactly the set {j < nitems : want[j]}, each once */
static int same_set(const int *got, int n, const char *want, int nitems) {
    char seen[256] = {0};
    int expected = 0;
    for (int j = 0; j < nitems; j++)
        expected += want[j] != 0;
    if (n != expected || n > 64)
        return 0;
    for (int k = 0; k < n; k++) {
        if (got[k] < 0 || got[k] >= nitems || seen[got[k]] || !want[got[k]])
            return 0;
        seen[got[k]] = 1;
    }
    return 1;
}

static void mq_random(float *v, int n, uint32_t *st, double lo, double hi) {
    for (int i = 0; i < n; i++) {
        *st = pcg(*st);
        v[i] = (float)(lo + (hi - lo) * (double)(*st >> 8) / 16777216.0);
    }
}

static void mq_run(WpcJit *j, Prog *p, int minor) {
    static TestMesh tm;
    test_mesh(&tm, 1.0);
    static float q[MQ_Q * 3], dir[MQ_Q * 3], qlo[MQ_Q * 3], qhi[MQ_Q * 3], dist[MQ_Q], sign[MQ_Q], wsign[MQ_Q],
        t[MQ_Q], blo[MQ_B * 3], bhi[MQ_B * 3];
    static int found[MQ_Q], hit[MQ_Q], out[MQ_Q * 64], cnt[MQ_Q];
    uint32_t st = 31337u + (uint32_t)minor;
    mq_random(q, MQ_Q * 3, &st, -1.3, 1.3);
    mq_random(dir, MQ_Q * 3, &st, -1.0, 1.0);
    for (int i = 0; i < MQ_Q * 3; i++) {
        st = pcg(st);
        float h = (float)(0.02 + 0.3 * (double)(st >> 8) / 16777216.0);
        qlo[i] = q[i] - h, qhi[i] = q[i] + h;
    }
    test_boxes(blo, bhi, MQ_B, 1.0);
    char err[512], what[64];
    for (int leaf = 1; leaf <= 4; leaf += 3) {
        snprintf(what, sizeof what, "Warp 1.%d leaf size %d", minor, leaf);
        uint64_t mesh = mesh_build_test(minor, 0, leaf, 1.0, err, sizeof err);
        CHECK(mesh, "mesh: %s", err);
        const WlKernel *k = kernel(p, "mq_point");
        if (mesh && k) {
            unsigned char blk[512] = {0};
            WlArray aq = arr1(q, MQ_Q, 12), af = arr1(found, MQ_Q, 4), ad = arr1(dist, MQ_Q, 4), as = arr1(sign, MQ_Q, 4),
                    aw = arr1(wsign, MQ_Q, 4);
            float maxd = 0.4f;
            set(blk, k, "mesh", &mesh, 8), set(blk, k, "q", &aq, sizeof aq), set(blk, k, "max_dist", &maxd, 4);
            set(blk, k, "found", &af, sizeof af), set(blk, k, "dist", &ad, sizeof ad), set(blk, k, "sign", &as, sizeof as);
            set(blk, k, "wsign", &aw, sizeof aw);
            launch(j, k, blk, MQ_Q, 0, 1);
            int bad = 0, nfound = 0, ninside = 0;
            for (int i = 0; i < MQ_Q && bad < 3; i++) {
                dv3 pq = d3(q + i * 3);
                double best = 1e30, wn = 0;
                for (int tri = 0; tri < tm.nt; tri++) {
                    dv3 a = d3(tm.pts + tm.idx[tri * 3] * 3), b = d3(tm.pts + tm.idx[tri * 3 + 1] * 3),
                        c = d3(tm.pts + tm.idx[tri * 3 + 2] * 3);
                    double dd = tri_dist(pq, a, b, c);
                    best = dd < best ? dd : best;
                    wn += solid_angle(pq, a, b, c);
                }
                wn /= 4 * M_PI;
                int inside = wn > 0.5;
                nfound += found[i], ninside += inside;
                int ok = fabs(best - maxd) < 1e-5 || (found[i] == (best < maxd));
                if (ok && found[i])
                    ok = fabs(dist[i] - best) <= 1e-5 * (1 + best);
                if (ok && best > 1e-3)
                    ok = sign[i] == (inside ? -1.0f : 1.0f) && wsign[i] == (inside ? -1.0f : 1.0f);
                CHECK(ok, "mesh_query_point %s: (%g, %g, %g): found %d dist %g sign %g winding sign %g; brute force "
                          "distance %g, winding number %g",
                      what, q[i * 3], q[i * 3 + 1], q[i * 3 + 2], found[i], dist[i], sign[i], wsign[i], best, wn);
                bad += !ok;
            }
            CHECK(nfound > MQ_Q / 8 && nfound < MQ_Q && ninside > 4, "mesh_query_point %s: %d found, %d inside", what,
                  nfound, ninside);
        }
        if (mesh && (k = kernel(p, "mq_ray"))) {
            unsigned char blk[512] = {0};
            WlArray ao = arr1(q, MQ_Q, 12), ad = arr1(dir, MQ_Q, 12), ah = arr1(hit, MQ_Q, 4), at = arr1(t, MQ_Q, 4);
            set(blk, k, "mesh", &mesh, 8), set(blk, k, "o", &ao, sizeof ao), set(blk, k, "d", &ad, sizeof ad);
            set(blk, k, "hit", &ah, sizeof ah), set(blk, k, "t", &at, sizeof at);
            launch(j, k, blk, MQ_Q, 0, 1);
            int bad = 0, nhit = 0;
            for (int i = 0; i < MQ_Q && bad < 3; i++) {
                double best = -1;
                int ambiguous = 0;
                for (int tri = 0; tri < tm.nt; tri++) {
                    double tt = tri_ray(d3(q + i * 3), d3(dir + i * 3), d3(tm.pts + tm.idx[tri * 3] * 3),
                                        d3(tm.pts + tm.idx[tri * 3 + 1] * 3), d3(tm.pts + tm.idx[tri * 3 + 2] * 3));
                    if (tt == -2)
                        ambiguous = 1;
                    else if (tt >= 0 && (best < 0 || tt < best))
                        best = tt;
                }
                nhit += hit[i];
                int ok = ambiguous || (hit[i] == (best >= 0) && (!hit[i] || fabs(t[i] - best) <= 1e-5 * (1 + best)));
                CHECK(ok, "mesh_query_ray %s: ray %d: hit %d t %g; brute force t %g", what, i, hit[i], t[i], best);
                bad += !ok;
            }
            CHECK(nhit > MQ_Q / 8 && nhit < MQ_Q, "mesh_query_ray %s: %d hits", what, nhit);
        }
        if (mesh && (k = kernel(p, "mq_aabb"))) {
            unsigned char blk[512] = {0};
            WlArray al = arr1(qlo, MQ_Q, 12), ah = arr1(qhi, MQ_Q, 12), ao = arr2(out, MQ_Q, 64, 4), ac = arr1(cnt, MQ_Q, 4);
            set(blk, k, "mesh", &mesh, 8), set(blk, k, "lo", &al, sizeof al), set(blk, k, "hi", &ah, sizeof ah);
            set(blk, k, "out", &ao, sizeof ao), set(blk, k, "cnt", &ac, sizeof ac);
            launch(j, k, blk, MQ_Q, 0, 1);
            int bad = 0, total = 0;
            for (int i = 0; i < MQ_Q && bad < 3; i++) {
                char want[64] = {0};
                for (int tri = 0; tri < tm.nt; tri++) {
                    float tlo[3], thi[3];
                    for (int c = 0; c < 3; c++) {
                        const float *v0 = tm.pts + tm.idx[tri * 3] * 3;
                        tlo[c] = thi[c] = v0[c];
                        for (int e = 1; e < 3; e++) {
                            float x = tm.pts[tm.idx[tri * 3 + e] * 3 + c];
                            tlo[c] = x < tlo[c] ? x : tlo[c], thi[c] = x > thi[c] ? x : thi[c];
                        }
                    }
                    want[tri] = (char)box_overlap(qlo + i * 3, qhi + i * 3, tlo, thi);
                }
                total += cnt[i];
                int ok = same_set(out + i * 64, cnt[i], want, tm.nt);
                CHECK(ok, "mesh_query_aabb %s: box %d: %d faces, not the overlapping ones", what, i, cnt[i]);
                bad += !ok;
            }
            CHECK(total > MQ_Q / 2, "mesh_query_aabb %s: %d faces in all", what, total);
        }
        if (mesh)
            wpc_mesh_free(mesh);
        for (int grouped = 0; grouped < (minor >= 16 ? 2 : 1); grouped++) {
            WpcBvhDesc bd = {blo, bhi, MQ_B, NULL, leaf};
            int32_t groups[MQ_B];
            for (int i = 0; i < MQ_B; i++)
                groups[i] = (int32_t)(pcg((uint32_t)i) % 5) - 1; /* -1 .. 3, unsorted */
            if (grouped)
                bd.groups = groups;
            uint64_t bvh = wpc_bvh_build(minor, &bd, err, sizeof err);
            CHECK(bvh, "bvh: %s", err);
            if (!bvh)
                continue;
            for (int kind = 0; kind < 3; kind++) {
                const char *kn = kind == 0 ? "bq_aabb" : kind == 1 ? "bq_ray" : "bq_group";
                if ((kind == 2) != grouped || !(k = kernel(p, kn)))
                    continue;
                for (int group = -1; group <= (kind == 2 ? 3 : -1); group++) {
                    unsigned char blk[512] = {0};
                    WlArray a1 = arr1(kind == 1 ? q : qlo, MQ_Q, 12), a2 = arr1(kind == 1 ? dir : qhi, MQ_Q, 12),
                            ao = arr2(out, MQ_Q, 64, 4), ac = arr1(cnt, MQ_Q, 4);
                    set(blk, k, "bvh", &bvh, 8);
                    set(blk, k, kind == 1 ? "o" : "lo", &a1, sizeof a1), set(blk, k, kind == 1 ? "d" : "hi", &a2, sizeof a2);
                    set(blk, k, "out", &ao, sizeof ao), set(blk, k, "cnt", &ac, sizeof ac);
                    if (kind == 2)
                        set(blk, k, "group", &group, 4);
                    launch(j, k, blk, MQ_Q, 0, 1);
                    int bad = 0, total = 0;
                    for (int i = 0; i < MQ_Q && bad < 3; i++) {
                        char want[MQ_B];
                        float rcp[3] = {1.0f / dir[i * 3], 1.0f / dir[i * 3 + 1], 1.0f / dir[i * 3 + 2]};
                        for (int b = 0; b < MQ_B; b++)
                            want[b] = (char)(kind == 1 ? ray_box(q + i * 3, rcp, blo + b * 3, bhi + b * 3)
                                                       : box_overlap(qlo + i * 3, qhi + i * 3, blo + b * 3, bhi + b * 3)) &&
                                      (kind != 2 || groups[b] == group);
                        total += cnt[i];
                        int ok = same_set(out + i * 64, cnt[i], want, MQ_B);
                        CHECK(ok, "%s %s%s group %d: query %d: %d items, not the expected ones", kn, what,
                              grouped ? " grouped" : "", group, i, cnt[i]);
                        bad += !ok;
                    }
                    CHECK(total > 0, "%s %s group %d: %d items in all", kn, what, group, total);
                }
            }
            wpc_bvh_free(bvh);
        }
    }
}

static void test_meshbvh(void) {
    char err[1024];
    for (int v10 = 0; v10 < 2; v10++) {
        WpcJit *j = wpc_jit_new(WPC_JIT_BOUNDS_CHECK, err, sizeof err);
        if (!j) {
            printf("FAIL: %s\n", err);
            failures++;
            return;
        }
        char src[16384];
        snprintf(src, sizeof src, "%s%s", mq_src, v10 ? "" : mq16_src);
        Prog p;
        compile_warp_minor = v10 ? 10 : 16;
        int rc = compile(j, v10 ? "mq10.py" : "mq.py", src, &p);
        compile_warp_minor = 16;
        if (!rc && !wpc_jit_compile(j, err, sizeof err))
            mq_run(j, &p, v10 ? 10 : 16);
        else if (!rc) {
            printf("FAIL: %s\n", err);
            failures++;
        }
        wpc_jit_free(j);
        if (!rc)
            arena_free(p.arena);
    }
    /* wrong specs */
    float pt[9] = {0, 0, 0, 1, 0, 0, 0, 1, 0};
    int32_t bad_idx[3] = {0, 1, 3};
    WpcMeshDesc md = {pt, 3, bad_idx, 3, NULL, 0, NULL, 0, 0, 0};
    CHECK(!wpc_mesh_build(16, &md, err, sizeof err) && strstr(err, "not a point index"), "mesh index 3: %s", err);
    md.nindices = 2;
    CHECK(!wpc_mesh_build(16, &md, err, sizeof err) && strstr(err, "not a multiple of 3"), "2 indices: %s", err);
    WpcBvhDesc bd = {pt, pt, 0, NULL, 0};
    CHECK(!wpc_bvh_build(16, &bd, err, sizeof err) && strstr(err, "at least one item"), "empty BVH: %s", err);
    int32_t g[3] = {0, 1, 2};
    bd.n = 3, bd.groups = g;
    CHECK(!wpc_bvh_build(10, &bd, err, sizeof err) && strstr(err, "no groups"), "1.10 grouped BVH: %s", err);
}

static void sweep(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) {
        printf("sweep: no directory %s (skipped)\n", dir);
        return;
    }
    char *names[4096];
    int nn = 0;
    struct dirent *e;
    while ((e = readdir(d)) && nn < 4096)
        if (ends_with(e->d_name, ".py"))
            names[nn++] = strdup(e->d_name);
    closedir(d);
    qsort(names, (size_t)nn, sizeof *names, cmpstr);
    char err[1024];
    WpcJit *j = wpc_jit_new(WPC_JIT_BOUNDS_CHECK | WPC_JIT_FAST, err, sizeof err);
    if (!j) {
        printf("FAIL sweep: %s\n", err);
        failures++;
        return;
    }
    Prog *progs = calloc((size_t)nn, sizeof *progs);
    int lowered = 0, kernels = 0, ran = 0, timeouts = 0, oob = 0, rejected = 0;
    for (int i = 0; i < nn; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        static char src[1 << 20];
        size_t len = fread(src, 1, sizeof src - 1, f);
        fclose(f);
        src[len] = 0;
        checks++;
        int rc = compile_ex(j, names[i], src, &progs[i], 1);
        if (rc == 0) {
            lowered++;
            kernels += progs[i].nk;
        } else {
            if (rc == -2) {
                rejected++;
                checks--;
            }
            progs[i].nk = 0;
        }
    }
    if (wpc_jit_compile(j, err, sizeof err)) {
        printf("FAIL sweep compile: %s\n", err);
        failures++;
        return;
    }
    /* launches: 16 threads of a 1-D kernel; 5 x 3 (x 2 x 2) grids otherwise */
    fflush(stdout);
    for (int i = 0; i < nn; i++)
        for (int k = 0; k < progs[i].nk; k++) {
            const WlKernel *kk = &progs[i].ks[k];
            if (kk->error) {
                /* a kernel the CPU runtime cannot lower (named, not run) */
                printf("sweep %s %s: not run (%s)\n", names[i], kk->name, kk->error);
                continue;
            }
            void **allocs = calloc(4096, sizeof *allocs);
            int nalloc = 0;
            uint32_t s = 1234u + (uint32_t)k;
            unsigned char *blk = calloc(1, kk->args_size + 64);
            for (int a = 0; a < kk->nparams; a++)
                fill_leaf(progs[i].m, kk->params[a].type, blk + kk->params[a].offset, &s, &allocs, &nalloc);
            uint64_t objs[256];
            int objkinds[256], nobj = obj_fill(kk, blk, &blk, 1, 16, objs, objkinds);
            WlEntryFn fn = wpc_jit_entry(j, kk, err, sizeof err);
            checks++;
            if (!fn) {
                printf("FAIL sweep %s %s: %s\n", names[i], kk->name, err);
                failures++;
            } else {
                int64_t dims[4] = {5, 3, 2, 2};
                if (kk->dim == 1)
                    dims[0] = 16;
                /* each launch in a child: a kernel whose loops never end on
                 * these inputs (a cycle in a parent array...) times out there */
                fflush(stdout);
                fflush(stderr);
                if (getenv("WPC_SWEEP_VERBOSE"))
                    fprintf(stderr, "run %s %s\n", names[i], kk->name);
                pid_t pid = fork();
                if (pid == 0) {
                    alarm(10);
                    uint64_t before = wpc_rt_oob_count;
                    wpc_launch(fn, kk, blk, dims, kk->dim, 1);
                    fflush(stdout);
                    _exit(wpc_rt_oob_count != before ? 3 : 0);
                }
                int st = 0;
                if (pid < 0 || waitpid(pid, &st, 0) < 0) {
                    printf("FAIL sweep %s %s: cannot fork\n", names[i], kk->name);
                    failures++;
                } else if (WIFSIGNALED(st) && WTERMSIG(st) == SIGALRM) {
                    printf("sweep: %s %s: timed out on these inputs\n", names[i], kk->name);
                    timeouts++;
                } else if (WIFSIGNALED(st) || (WIFEXITED(st) && WEXITSTATUS(st) != 0 && WEXITSTATUS(st) != 3)) {
                    printf("FAIL sweep %s %s: crashed (status %d)\n", names[i], kk->name, st);
                    failures++;
                } else {
                    ran++;
                    oob += WIFEXITED(st) && WEXITSTATUS(st) == 3;
                }
            }
            obj_free(objs, objkinds, nobj);
            for (int a = 0; a < nalloc; a++)
                free(allocs[a]);
            free(allocs);
            free(blk);
        }
    fflush(stdout);
    printf("sweep: %d/%d files lowered and verified (%d rejected by the compiler), %d kernels, %d ran, %d timed out, "
           "%d with out-of-bounds accesses (redirected)\n",
           lowered, nn - rejected, rejected, kernels, ran, timeouts, oob);
    CHECK(lowered == nn - rejected, "sweep: %d of %d files did not lower", nn - rejected - lowered, nn - rejected);
    for (int i = 0; i < nn; i++) {
        if (progs[i].arena)
            arena_free(progs[i].arena);
        free(names[i]);
    }
    free(progs);
    wpc_jit_free(j);
}

/* ---- against Warp's own generated C++ -----------------------------------------------
 * EXPECTED_DIR holds the .cpp real Warp 1.16.0 wrote for each kernel file;
 * tests/warp_ref_test.sh compiles them with Warp's native headers into one
 * shared library.  Each kernel runs there and in wpc's JIT on identical
 * inputs; every array must come out bitwise equal (NaN equal to NaN). */
static int same_values(const IrModule *m, IrType et, const unsigned char *a, const unsigned char *b, size_t n,
                       size_t *first) {
    if (!memcmp(a, b, n))
        return 1;
    IrScalar s = ir_type_scalar_of(m, et);
    int w = s == SC_FLOAT64 ? 8 : s == SC_FLOAT32 ? 4 : s == SC_FLOAT16 ? 2 : 0;
    for (size_t i = 0; i < n; i += w ? (size_t)w : 1) {
        if (w ? !memcmp(a + i, b + i, (size_t)w) : a[i] == b[i])
            continue;
        if (w == 4) {
            float x, y;
            memcpy(&x, a + i, 4), memcpy(&y, b + i, 4);
            if (isnan(x) && isnan(y))
                continue;
        } else if (w == 8) {
            double x, y;
            memcpy(&x, a + i, 8), memcpy(&y, b + i, 8);
            if (isnan(x) && isnan(y))
                continue;
        } else if (w == 2) {
            uint16_t x, y;
            memcpy(&x, a + i, 2), memcpy(&y, b + i, 2);
            if ((x & 0x7c00) == 0x7c00 && (x & 0x3ff) && (y & 0x7c00) == 0x7c00 && (y & 0x3ff))
                continue;
        }
        *first = i;
        return 0;
    }
    return 1;
}

/* whether wpc writes other C++ for the file with block_dim 1 than with the
 * module's own block_dim (besides the WP_TILE_BLOCK_DIM line) */
static int depends_on_block_dim(const WpcJob *job, const char *src, size_t len) {
    Arena *a = arena_new();
    Buf x = {0}, y = {0};
    WpcJob j0 = *job, j1 = *job;
    j0.block_dim = 0;
    j1.block_dim = WPC_CPU_BLOCK_DIM;
    Diag d = {0};
    int dep = 0;
    if (!wpc_compile_both(&j0, src, len, a, &x, NULL, &d) && !wpc_compile_both(&j1, src, len, a, &y, NULL, &d)) {
        const char *p = x.data ? strchr(x.data, '\n') : NULL, *q = y.data ? strchr(y.data, '\n') : NULL;
        /* line 3 is #define WP_TILE_BLOCK_DIM: compare what follows it */
        for (int k = 0; k < 2 && p && q; k++)
            p = strchr(p + 1, '\n'), q = strchr(q + 1, '\n');
        dep = !p || !q || strcmp(p, q);
    }
    buf_free(&x);
    buf_free(&y);
    arena_free(a);
    return dep;
}

static void warp_ref(const char *dir, const char *expected, const char *so_path) {
    void *so = dlopen(so_path, RTLD_NOW);
    if (!so) {
        printf("FAIL warp-ref: %s\n", dlerror());
        failures++;
        return;
    }
    int unsupported = 0, unsupported_kernels = 0;
    DIR *d = opendir(dir);
    if (!d) {
        printf("FAIL warp-ref: no directory %s\n", dir);
        failures++;
        return;
    }
    char *names[4096];
    int nn = 0;
    struct dirent *e;
    while ((e = readdir(d)) && nn < 4096)
        if (ends_with(e->d_name, ".py"))
            names[nn++] = strdup(e->d_name);
    closedir(d);
    qsort(names, (size_t)nn, sizeof *names, cmpstr);
    char err[1024];
    WpcJit *j = wpc_jit_new(WPC_JIT_BOUNDS_CHECK, err, sizeof err);
    Prog *progs = calloc((size_t)nn, sizeof *progs);
    for (int i = 0; i < nn; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        static char src[1 << 20];
        size_t len = fread(src, 1, sizeof src - 1, f);
        fclose(f);
        src[len] = 0;
        /* a file wpc rejects (a diagnostics case) or cannot run yet is
         * reported and left out */
        char exp[4200];
        snprintf(exp, sizeof exp, "%s/%.*s.cpp", expected, (int)strlen(names[i]) - 3, names[i]);
        FILE *ef = fopen(exp, "rb");
        if (!ef) {
            progs[i].nk = 0;
            continue;
        }
        fclose(ef);
        progs[i].arena = arena_new();
        const char *ver = getenv("WPC_WARP_VERSION");
        WpcJob job = {names[i], ver ? wpc_parse_warp_version(ver) : 16, WPC_EMIT_CPP, WPC_CPU_BLOCK_DIM};
        if (!job.warp_minor)
            job.warp_minor = 16;
        if (depends_on_block_dim(&job, src, len)) {
            /* the expected C++ is the module built for the module's block_dim
             * (256 unless the file sets it); compiled with block_dim 1 as
             * warp_ref_test.sh does, it is not the code Warp runs on the CPU */
            printf("warp-ref %s: not run (its code depends on block_dim: the expected C++ is for another one)\n", names[i]);
            unsupported++;
            progs[i].nk = 0;
            continue;
        }
        Diag dg = {0};
        if (wpc_build_ir(&job, src, len, progs[i].arena, &progs[i].m, &dg) ||
            wpc_jit_add(j, progs[i].m, progs[i].arena, &progs[i].ks, &progs[i].nk, err, sizeof err)) {
            printf("warp-ref %s: not run (%s)\n", names[i], dg.msg ? dg.msg : err);
            unsupported++;
            progs[i].nk = 0;
        }
    }
    if (wpc_jit_compile(j, err, sizeof err)) {
        printf("FAIL warp-ref compile: %s\n", err);
        failures++;
        return;
    }
    int same = 0, differ = 0, skipped = 0, missing = 0;
    for (int round = 0; round < 3; round++)
    for (int i = 0; i < nn; i++)
        for (int k = 0; k < progs[i].nk; k++) {
            /* round 1: inputs in [-1, 1); round 2: in [-37.5, 37.5), another seed;
             * round 3: signed integers also negative (-7..-1, 1..7) */
            fill_scale = round ? 37.5 : 1.0;
            fill_negative = round == 2;
            const WlKernel *kk = &progs[i].ks[k];
            if (kk->error) {
                if (round == 0) {
                    printf("warp-ref %s %s: not run (%s)\n", names[i], kk->name, kk->error);
                    unsupported_kernels++;
                }
                continue;
            }
            /* the same kernel (name and hash) in an earlier file: the library
             * holds that file's code under the symbol (the first definition wins) */
            int dup = -1;
            for (int i2 = 0; i2 < i && dup < 0; i2++)
                for (int k2 = 0; k2 < progs[i2].nk; k2++)
                    if (!progs[i2].ks[k2].error && !strcmp(progs[i2].ks[k2].f->native, kk->f->native))
                        dup = i2;
            if (dup >= 0) {
                if (round == 0) {
                    printf("warp-ref %s %s: not run (the same kernel symbol as in %s)\n", names[i], kk->name, names[dup]);
                    unsupported_kernels++;
                }
                continue;
            }
            char sym[512];
            snprintf(sym, sizeof sym, "%s_cpu_forward", kk->f->native);
            void *wfn = dlsym(so, sym);
            WlEntryFn fn = wpc_jit_entry(j, kk, err, sizeof err);
            if (!wfn || !fn) {
                /* no symbol: Warp's C++ for this file did not compile */
                printf("%swarp-ref %s %s: %s missing\n", fn ? "" : "FAIL ", names[i], kk->name, wfn ? "JIT entry" : sym);
                missing++;
                if (!fn)
                    failures++;
                continue;
            }
            fflush(stdout);
            pid_t pid = fork();
            if (pid == 0) {
                alarm(2); /* kernels here run in microseconds; a loop endless on these inputs */
                void **aw = calloc(4096, sizeof *aw), **ab = calloc(4096, sizeof *ab);
                int nw = 0, nb = 0;
                unsigned char *bw = calloc(1, kk->args_size + 64), *bb = calloc(1, kk->args_size + 64);
                uint32_t s1 = 4321u + (uint32_t)k + 7919u * (uint32_t)round, s2 = s1;
                for (int a = 0; a < kk->nparams; a++)
                    fill_leaf(progs[i].m, kk->params[a].type, bw + kk->params[a].offset, &s1, &aw, &nw);
                for (int a = 0; a < kk->nparams; a++)
                    fill_leaf(progs[i].m, kk->params[a].type, bb + kk->params[a].offset, &s2, &ab, &nb);
                /* objects (hash grids...): one, built from Warp's inputs (equal to wpc's), for both */
                const char *ver = getenv("WPC_WARP_VERSION");
                int minor = ver && wpc_parse_warp_version(ver) == 10 ? 10 : 16;
                uint64_t objs[256];
                int objkinds[256];
                unsigned char *both[2] = {bw, bb};
                int nobjs = obj_fill(kk, bw, both, 2, minor, objs, objkinds);
                int64_t dims[4] = {5, 3, 2, 2};
                if (kk->dim == 1)
                    dims[0] = 16;
                /* Warp's launch_bounds_t<N>: int shape[N]; size_t size; size_t coord_mult */
                WlBounds wb;
                wpc_launch_bounds(dims, kk->dim, kk->dim, &wb);
                unsigned char lb[64] = {0};
                size_t off = ((size_t)kk->dim * 4 + 7) / 8 * 8;
                memcpy(lb, wb.shape, (size_t)kk->dim * 4);
                memcpy(lb + off, &wb.size, 8);
                memcpy(lb + off + 8, &wb.coord_mult, 8);
                if (minor == 10) {
                    /* 1.10: launch_bounds_t {int shape[4]; int ndim; size_t size;}, by value */
                    struct lb110 {
                        int shape[4];
                        int ndim;
                        size_t size;
                    } b10 = {{0, 0, 0, 0}, kk->dim, (size_t)wb.size};
                    for (int q = 0; q < kk->dim; q++)
                        b10.shape[q] = wb.shape[q];
                    ((void (*)(struct lb110, void *))wfn)(b10, bw);
                } else {
                    ((void (*)(void *, void *))wfn)(lb, bw);
                }
                wpc_rt_oob_count = 0;
                wpc_launch(fn, kk, bb, dims, kk->dim, 1);
                fflush(stdout);
                if (wpc_rt_oob_count)
                    _exit(3);
                for (int q = 0; q < nw && q < nb; q++) {
                    size_t first = 0;
                    if (!same_values(progs[i].m, alloc_elem[q], aw[q], ab[q], alloc_bytes[q], &first)) {
                        printf("FAIL warp-ref %s %s: array %d differs at byte %zu\n", names[i], kk->name, q, first);
                        fflush(stdout);
                        _exit(1);
                    }
                }
                const char *okind = NULL;
                int64_t ofirst = obj_differs(objs, objkinds, nobjs, 2, &okind);
                if (ofirst >= 0) {
                    printf("FAIL warp-ref %s %s: the %s argument differs at byte %lld\n", names[i], kk->name, okind,
                           (long long)ofirst);
                    fflush(stdout);
                    _exit(1);
                }
                _exit(0);
            }
            int st = 0;
            waitpid(pid, &st, 0);
            if (WIFEXITED(st) && WEXITSTATUS(st) == 0) {
                same++;
            } else if (WIFEXITED(st) && WEXITSTATUS(st) == 3) {
                skipped++;
            } else if (WIFEXITED(st) && WEXITSTATUS(st) == 1) {
                differ++;
                failures++;
            } else {
                printf("warp-ref %s %s: skipped (a crash or time-out on these inputs, status %d)\n", names[i], kk->name,
                       st);
                skipped++;
            }
            checks++;
        }
    printf("warp-ref: %d kernel runs (3 input sets) bitwise equal to Warp's generated C++, %d differ, %d skipped "
           "(out-of-bounds or trapping inputs), %d missing; %d files and %d kernels not run\n",
           same, differ, skipped, missing, unsupported, unsupported_kernels);
    wpc_jit_free(j);
}

int main(int argc, char **argv) {
    if (argc >= 5 && !strcmp(argv[1], "--warp-ref")) {
        warp_ref(argv[2], argv[3], argv[4]);
        printf("exec-warp-ref: %d passed, %d failed\n", checks - failures, failures);
        return failures != 0;
    }
    if (argc >= 3 && !strcmp(argv[1], "--sweep")) {
        sweep(argv[2]);
        printf("exec-sweep: %d passed, %d failed\n", checks - failures, failures);
        return failures != 0;
    }
    char err[1024];
    for (int mt = 0; mt < 2; mt++) {
        /* single-threaded (Warp's CPU semantics), then 4 threads with atomic RMWs */
        WpcJit *j = wpc_jit_new(mt ? WPC_JIT_ATOMIC : 0, err, sizeof err);
        if (!j) {
            printf("FAIL: %s\n", err);
            return 1;
        }
        Prog saxpy, sem, heat, hist, rnd, alg, flow;
        int ok = !compile(j, "saxpy.py", saxpy_src, &saxpy) & !compile(j, "sem.py", sem_src, &sem) &
                 !compile(j, "heat.py", heat_src, &heat) & !compile(j, "hist.py", hist_src, &hist) &
                 !compile(j, "rnd.py", rand_src, &rnd) & !compile(j, "alg.py", vec_src, &alg) &
                 !compile(j, "flow.py", flow_src, &flow);
        if (!ok || wpc_jit_compile(j, err, sizeof err)) {
            printf("FAIL: %s\n", ok ? err : "compilation");
            return 1;
        }
        int threads = mt ? 4 : 1;
        if (!mt) {
            test_saxpy(j, &saxpy);
            test_semantics(j, &sem);
            test_rand(j, &rnd);
            test_algebra(j, &alg);
            test_flow(j, &flow);
            test_hashgrid();
            test_meshbvh();
            test_volume();
        }
        test_heat(j, &heat, threads);
        test_histogram(j, &hist, threads);
        wpc_jit_free(j);
        Prog *all[] = {&saxpy, &sem, &heat, &hist, &rnd, &alg, &flow};
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
            arena_free(all[i]->arena);
    }
    printf("exec: %d passed, %d failed\n", checks - failures, failures);
    return failures != 0;
}
