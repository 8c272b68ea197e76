/* hashgrid.c: wp.HashGrid objects on the host, built as Warp's CPU build
 * builds them (hashgrid.cpp: hash_grid_create_host, hash_grid_reserve_host,
 * hash_grid_update_host) and laid out as Warp's HashGrid struct of the Warp
 * version (1.16's HashGrid_t<Type> for float16/32/64, 1.10's HashGrid), so
 * that the struct's address is a grid id for both wpc's lowering
 * (backends/wpclib/hashgrid.py) and Warp's own compiled query code.
 *
 * The build: each point's cell is hash_grid_index(grid, point) computed in
 * the grid's scalar type (1.16: int(floor(p * cell_width_inv)), float16
 * products rounded to half; 1.10: int(p * cell_width_inv)); the (cell, id)
 * pairs (1.16 grouped builds: ((cell << 32) | uint32(group), id)) are sorted
 * by Warp's host radix sort (16-bit digits, the second half of each buffer
 * its scratch space), and one scan of the sorted cells gives cell_starts and
 * cell_ends.  Buffers are sized as Warp's (2 * max_points, max_points =
 * n * 3 / 2; none for 0 points) and live, with the header, in one zeroed
 * allocation (Warp's allocations are not zeroed: memory past the sorted
 * points differs). */
#include "runtime/runtime.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Warp 1.16: HashGrid_t<Type> (hashgrid.h) */
#define HG16_HEAD                                                                                                  \
    int *point_cells, *point_ids;                                                                                  \
    uint64_t *point_keys;                                                                                          \
    int *cell_starts, *cell_ends;                                                                                  \
    int dim_x, dim_y, dim_z, num_points, max_points, max_keys, has_groups;                                         \
    void *context;
typedef struct { HG16_HEAD uint16_t cell_width, cell_width_inv; } Hg16h;
typedef struct { HG16_HEAD float cell_width, cell_width_inv; } Hg16f;
typedef struct { HG16_HEAD double cell_width, cell_width_inv; } Hg16d;

/* Warp 1.10: HashGrid */
typedef struct {
    float cell_width, cell_width_inv;
    int *point_cells, *point_ids;
    int *cell_starts, *cell_ends;
    int dim_x, dim_y, dim_z, num_points, max_points;
    void *context;
} Hg10;

/* float16 as Warp's kernels convert (round to nearest even) */
static float h2f(uint16_t h) {
    uint32_t s = (uint32_t)(h & 0x8000) << 16, e = (h >> 10) & 0x1f, m = h & 0x3ff, u;
    if (e == 0x1f)
        u = s | 0x7f800000 | m << 13;
    else if (e)
        u = s | (e + 112) << 23 | m << 13;
    else if (!m)
        u = s;
    else {
        float f = (float)m * (1.0f / 16777216.0f);
        return s ? -f : f;
    }
    float f;
    memcpy(&f, &u, 4);
    return f;
}

static uint16_t f2h(float f) {
    uint32_t x;
    memcpy(&x, &f, 4);
    uint32_t sign = (x >> 16) & 0x8000, exp = (x >> 23) & 0xff, man = x & 0x7fffff;
    if (exp == 0xff)
        return (uint16_t)(sign | 0x7c00 | (man ? 0x200 | (man >> 13) : 0));
    int e = (int)exp - 127 + 15;
    if (e >= 31)
        return (uint16_t)(sign | 0x7c00);
    if (e <= 0) {
        if (e < -10)
            return (uint16_t)sign;
        man |= 0x800000;
        int shift = 14 - e;
        uint32_t h = man >> shift, rem = man & ((1u << shift) - 1), half = 1u << (shift - 1);
        if (rem > half || (rem == half && (h & 1)))
            h++;
        return (uint16_t)(sign | h);
    }
    uint32_t h = (uint32_t)e << 10 | man >> 13, rem = man & 0x1fff;
    if (rem > 0x1000 || (rem == 0x1000 && (h & 1)))
        h++;
    return (uint16_t)(sign | h);
}

/* int(x) as x86-64 converts (cvttsd2si: INT_MIN out of range or NaN) */
static int to_int(double x) { return x > -2147483649.0 && x < 2147483648.0 ? (int)x : INT32_MIN; }

/* hash_grid_index(grid, x, y, z), the int arithmetic wrapping as x86 does */
static int hg_index(int dx, int dy, int dz, int x, int y, int z) {
    const int origin = 1 << 20;
    x = (int)((uint32_t)x + (uint32_t)origin);
    y = (int)((uint32_t)y + (uint32_t)origin);
    z = (int)((uint32_t)z + (uint32_t)origin);
    x = x > 0 ? x : 0;
    y = y > 0 ? y : 0;
    z = z > 0 ? z : 0;
    int cx = x % dx, cy = y % dy, cz = z % dz;
    return (int)((uint32_t)cz * (uint32_t)(dx * dy) + (uint32_t)cy * (uint32_t)dx + (uint32_t)cx);
}

/* radix_sort_pairs_host: LSD, 16-bit digits, scratch at keys + n and
 * values + n; 32-bit keys (key_to_radix: 1.16 flips the sign bit) or
 * 64-bit keys */
static int radix_sort(void *keys, int key64, int flip, int *values, int n) {
    int passes = key64 ? 4 : 2;
    int (*tables)[1 << 16] = calloc(4, sizeof *tables);
    if (!tables)
        return -1;
    uint32_t *k32 = keys;
    uint64_t *k64 = keys;
#define RADIX(i) (key64 ? k64[i] : (uint64_t)(k32[i] ^ (flip ? 0x80000000u : 0u)))
    for (int p = 0; p < passes; p++)
        for (int i = 0; i < n; i++)
            tables[p][(RADIX(i) >> (p * 16)) & 0xffff]++;
    for (int p = 0; p < passes; p++) {
        int off = 0;
        for (int i = 0; i < 65536; i++) {
            int c = tables[p][i];
            tables[p][i] = off;
            off += c;
        }
    }
    for (int p = 0; p < passes; p++) {
        int ff = p % 2, r = n * ff, w = n * (1 - ff);
        for (int i = 0; i < n; i++) {
            int b = (int)((RADIX(r + i) >> (p * 16)) & 0xffff), o = tables[p][b]++;
            if (key64)
                k64[w + o] = k64[r + i];
            else
                k32[w + o] = k32[r + i];
            values[w + o] = values[r + i];
        }
    }
#undef RADIX
    free(tables);
    return 0;
}

uint64_t wpc_hashgrid_build(int warp_minor, IrScalar scalar, int dim_x, int dim_y, int dim_z, double cell_width,
                            const void *points, int npoints, int64_t stride, const int32_t *groups, int64_t gstride,
                            char *err, size_t errlen) {
    int v10 = warp_minor < 16;
    if (v10 && scalar != SC_FLOAT32) {
        snprintf(err, errlen, "Warp 1.10 hash grids hold float32 points (vec3), not %s", ir_scalar_name(scalar));
        return 0;
    }
    if (scalar != SC_FLOAT16 && scalar != SC_FLOAT32 && scalar != SC_FLOAT64) {
        snprintf(err, errlen, "hash grid points must be vec3 of float16, float32 or float64, not %s",
                 ir_scalar_name(scalar));
        return 0;
    }
    if (v10 && groups) {
        snprintf(err, errlen, "Warp 1.10 hash grids have no groups");
        return 0;
    }
    if (dim_x <= 0 || dim_y <= 0 || dim_z <= 0) {
        snprintf(err, errlen, "Hash grid dimensions must be positive");
        return 0;
    }
    int64_t cells = (int64_t)dim_x * dim_y * dim_z;
    if (cells > 2147483647) {
        snprintf(err, errlen, "Hash grid cell count exceeds supported limit: %d * %d * %d = %lld > 2147483647", dim_x,
                 dim_y, dim_z, (long long)cells);
        return 0;
    }
    if (!(cell_width > 0.0)) {
        snprintf(err, errlen, "Hash grid cell width must be positive, got %g", cell_width);
        return 0;
    }
    if (npoints < 0) {
        snprintf(err, errlen, "negative number of hash grid points");
        return 0;
    }
    /* one allocation: header, point_cells, point_ids, point_keys, cell_starts, cell_ends */
    int maxp = npoints ? npoints * 3 / 2 : 0, maxk = groups ? maxp : 0;
    size_t head = 128, nc = (size_t)cells;
    size_t size = head + (size_t)maxk * 2 * 8 + (size_t)maxp * 2 * 4 * 2 + nc * 4 * 2;
    unsigned char *mem = calloc(1, size);
    if (!mem) {
        snprintf(err, errlen, "hash grid: out of memory (%zu bytes)", size);
        return 0;
    }
    uint64_t *keys = maxk ? (uint64_t *)(mem + head) : NULL;
    unsigned char *q = mem + head + (size_t)maxk * 2 * 8;
    int *pcells = maxp ? (int *)q : NULL;
    int *pids = maxp ? (int *)(q + (size_t)maxp * 2 * 4) : NULL;
    int *starts = (int *)(q + (size_t)maxp * 2 * 4 * 2), *ends = starts + nc;
    /* the header; cell_width as Warp stores it: float(cell_width) (1.10 and
     * 1.16 float32), half(float(cell_width)) with half(1) / cell_width, or
     * the double */
    float cwf = (float)cell_width, invf = 1.0f / cwf;
    uint16_t cwh = f2h((float)cell_width), invh = f2h(1.0f / h2f(cwh));
    double cwd = cell_width, invd = 1.0 / cwd;
    if (v10) {
        Hg10 *g = (Hg10 *)mem;
        g->cell_width = cwf, g->cell_width_inv = invf;
        g->point_cells = pcells, g->point_ids = pids, g->cell_starts = starts, g->cell_ends = ends;
        g->dim_x = dim_x, g->dim_y = dim_y, g->dim_z = dim_z, g->num_points = npoints, g->max_points = maxp;
    } else {
#define FILL16(g)                                                                                                   \
    (g)->point_cells = pcells, (g)->point_ids = pids, (g)->point_keys = keys, (g)->cell_starts = starts;             \
    (g)->cell_ends = ends, (g)->dim_x = dim_x, (g)->dim_y = dim_y, (g)->dim_z = dim_z, (g)->num_points = npoints;    \
    (g)->max_points = maxp, (g)->max_keys = maxk, (g)->has_groups = groups != NULL
        if (scalar == SC_FLOAT16) {
            Hg16h *g = (Hg16h *)mem;
            FILL16(g);
            g->cell_width = cwh, g->cell_width_inv = invh;
        } else if (scalar == SC_FLOAT32) {
            Hg16f *g = (Hg16f *)mem;
            FILL16(g);
            g->cell_width = cwf, g->cell_width_inv = invf;
        } else {
            Hg16d *g = (Hg16d *)mem;
            FILL16(g);
            g->cell_width = cwd, g->cell_width_inv = invd;
        }
#undef FILL16
    }
    /* cell of each point */
    for (int i = 0; i < npoints; i++) {
        const unsigned char *p = (const unsigned char *)points + (int64_t)i * stride;
        int c[3];
        for (int k = 0; k < 3; k++) {
            if (scalar == SC_FLOAT16) {
                uint16_t h;
                memcpy(&h, p + 2 * k, 2);
                /* floor(p * cell_width_inv) in half: floorf of the rounded product */
                uint16_t prod = f2h(h2f(h) * h2f(invh));
                c[k] = to_int(h2f(f2h(floorf(h2f(prod)))));
            } else if (scalar == SC_FLOAT32) {
                float f;
                memcpy(&f, p + 4 * k, 4);
                volatile float prod = f * invf;
                c[k] = v10 ? to_int(prod) : to_int(floorf(prod));
            } else {
                double d;
                memcpy(&d, p + 8 * k, 8);
                volatile double prod = d * invd;
                c[k] = to_int(floor(prod));
            }
        }
        int cell = hg_index(dim_x, dim_y, dim_z, c[0], c[1], c[2]);
        pids[i] = i;
        if (groups) {
            int32_t gr;
            memcpy(&gr, (const unsigned char *)groups + (int64_t)i * gstride, 4);
            keys[i] = (uint64_t)(uint32_t)cell << 32 | (uint32_t)gr;
        } else {
            pcells[i] = cell;
        }
    }
    if (groups ? radix_sort(keys, 1, 0, pids, npoints) : radix_sort(pcells, 0, !v10, pids, npoints)) {
        snprintf(err, errlen, "hash grid: out of memory");
        free(mem);
        return 0;
    }
    for (int i = 0; groups && i < npoints; i++)
        pcells[i] = (int)(keys[i] >> 32);
    /* cell start / end */
    for (int i = 0; i < npoints; i++) {
        int c = pcells[i];
        if (i == 0)
            starts[c] = 0;
        else {
            int p = pcells[i - 1];
            if (c != p) {
                starts[c] = i;
                ends[p] = i;
            }
        }
        if (i == npoints - 1)
            ends[c] = i + 1;
    }
    return (uint64_t)(uintptr_t)mem;
}

void wpc_hashgrid_free(uint64_t id) { free((void *)(uintptr_t)id); }
