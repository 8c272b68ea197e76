/* volume.c: wp.Volume objects on the host: NanoVDB grids built in memory
 * from a list of active voxels, laid out as NanoVDB's breadth-first buffer
 * that Warp's volume.h reads through PNanoVDB (its C port of NanoVDB's
 * reader), so that the buffer's address is a volume id for both wpc's
 * lowering (backends/wpclib/volume.py) and Warp's own compiled code (on the
 * CPU Warp's id is the grid buffer's address: volume::id_to_buffer).
 *
 * The layout (NanoVDB 32.x, byte offsets from the grid):
 *   GridData (672 bytes): magic, checksum, version, flags, grid index and
 *     count, grid size, name, the map (float and double 3x3 matrices, their
 *     inverses, the translation, taper), world bbox, voxel size, class, type,
 *     blind metadata (none), data0-2 (data1: the value count of index grids)
 *   TreeData (64): byte offsets of the first leaf, lower, upper node and the
 *     root from the tree, node counts, active tile counts, active voxel count
 *   RootData: index bbox, tile count, background (+ min/max/avg/dev), then
 *     the tiles sorted by key (key = i >> 12, j >> 12, k >> 12 packed 21 bits
 *     each), each a child offset from the root (0: a constant tile), state
 *     and value
 *   upper nodes (32^3 entries, 4096^3 voxels each), lower nodes (16^3, 128^3
 *   voxels), leaves (8^3 voxels): bbox, flags, value mask, child mask (not
 *     leaves), stats, then the table: per entry a child offset from the node
 *     or a tile value (internal nodes), the voxel values (leaves)
 * Sizes and offsets of each part depend on the value type: the table of
 * PNanoVDB's grid type constants (per grid type), repeated here for the
 * types built.  Nodes are ordered breadth-first (leaves by lower node, lower
 * nodes by upper node, upper nodes by root tile), which Warp's voxel indices
 * of regular grids (leaf index * 512 + offset + 1) depend on.
 *
 * Active voxels are those given; every other voxel of an allocated leaf, the
 * internal nodes' tiles and the root's background hold the background value
 * (inactive).  Index grids (INDEX: every voxel of a leaf has an index,
 * leaf * 512 + offset + 1; ONINDEX: only active voxels, in leaf order, with
 * 9-bit prefix sums of the mask words) hold no values.  Stats (min, max,
 * average, deviation) are zero and flagged absent; the checksum is disabled
 * (all ones). */
#include "runtime/runtime.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* PNanoVDB's per grid type constants, the fields used here */
typedef struct GtConst {
    int gt;
    unsigned root_off_background, root_size, value_stride_bits, table_stride, root_tile_off_value, root_tile_size;
    unsigned upper_off_table, upper_size, lower_off_table, lower_size, leaf_off_table, leaf_size;
} GtConst;

static const GtConst gt_consts[] = {
    {WPC_VOLUME_FLOAT, 28, 64, 32, 8, 20, 32, 8256, 270400, 1088, 33856, 96, 2144},
    {WPC_VOLUME_DOUBLE, 32, 96, 64, 8, 24, 32, 8256, 270400, 1088, 33856, 128, 4224},
    {WPC_VOLUME_INT32, 28, 64, 32, 8, 20, 32, 8256, 270400, 1088, 33856, 96, 2144},
    {WPC_VOLUME_INT64, 32, 96, 64, 8, 24, 32, 8256, 270400, 1088, 33856, 128, 4224},
    {WPC_VOLUME_VEC3F, 28, 96, 96, 16, 20, 32, 8256, 532544, 1088, 66624, 128, 6272},
    {WPC_VOLUME_VEC3D, 32, 128, 192, 24, 24, 64, 8288, 794720, 1120, 99424, 160, 12448},
    {WPC_VOLUME_UINT32, 28, 64, 32, 8, 20, 32, 8256, 270400, 1088, 33856, 96, 2144},
    {WPC_VOLUME_VEC4F, 28, 96, 128, 16, 20, 64, 8288, 532576, 1120, 66656, 128, 8320},
    {WPC_VOLUME_VEC4D, 32, 160, 256, 32, 24, 64, 8320, 1056896, 1152, 132224, 160, 16544},
    {WPC_VOLUME_INDEX, 32, 96, 0, 8, 24, 32, 8256, 270400, 1088, 33856, 80, 96},
    {WPC_VOLUME_ONINDEX, 32, 96, 0, 8, 24, 32, 8256, 270400, 1088, 33856, 80, 96},
};

static const GtConst *gt_const(int gt) {
    for (size_t i = 0; i < sizeof gt_consts / sizeof gt_consts[0]; i++)
        if (gt_consts[i].gt == gt)
            return &gt_consts[i];
    return NULL;
}

static int is_index(int gt) { return gt == WPC_VOLUME_INDEX || gt == WPC_VOLUME_ONINDEX; }

int wpc_volume_value_size(int grid_type) {
    const GtConst *c = gt_const(grid_type);
    return c && !is_index(grid_type) ? (int)(c->value_stride_bits / 8) : 0;
}

const char *wpc_volume_type_name(int grid_type) {
    switch (grid_type) {
    case WPC_VOLUME_FLOAT: return "float32";
    case WPC_VOLUME_DOUBLE: return "float64";
    case WPC_VOLUME_INT32: return "int32";
    case WPC_VOLUME_INT64: return "int64";
    case WPC_VOLUME_VEC3F: return "vec3f";
    case WPC_VOLUME_VEC3D: return "vec3d";
    case WPC_VOLUME_UINT32: return "uint32";
    case WPC_VOLUME_VEC4F: return "vec4f";
    case WPC_VOLUME_VEC4D: return "vec4d";
    case WPC_VOLUME_INDEX: return "index";
    case WPC_VOLUME_ONINDEX: return "onindex";
    default: return NULL;
    }
}

/* grid and tree offsets */
enum {
    GRID_SIZE = 672, TREE_SIZE = 64,
    G_MAGIC = 0, G_CHECKSUM = 8, G_VERSION = 16, G_FLAGS = 20, G_INDEX = 24, G_COUNT = 28, G_GRID_SIZE = 32,
    G_NAME = 40, G_MAP = 296, G_WORLD_BBOX = 560, G_VOXEL_SIZE = 608, G_CLASS = 632, G_TYPE = 636,
    G_BLIND_OFFSET = 640, G_BLIND_COUNT = 648, G_DATA1 = 656,
    M_MATF = 0, M_INVMATF = 36, M_VECF = 72, M_TAPERF = 84, M_MATD = 88, M_INVMATD = 160, M_VECD = 232,
    M_TAPERD = 256,
    T_OFF_LEAF = 0, T_OFF_LOWER = 8, T_OFF_UPPER = 16, T_OFF_ROOT = 24, T_COUNT_LEAF = 32, T_COUNT_LOWER = 36,
    T_COUNT_UPPER = 40, T_VOXEL_COUNT = 56,
    N_BBOX_MIN = 0, N_BBOX_MAX = 12, N_FLAGS = 24, N_VALUE_MASK = 32, UPPER_CHILD_MASK = 4128,
    LOWER_CHILD_MASK = 544, LEAF_BBOX_DIF = 12, LEAF_FLAGS = 15, LEAF_VALUE_MASK = 16,
};

#define MAGIC_GRID 0x314244566f6e614eull /* "NanoVDB1" */
#define GRID_FLAGS_HAS_BBOX (1u << 1)
#define GRID_FLAGS_IS_BREADTH_FIRST (1u << 5)
#define GRID_CLASS_UNKNOWN 0u
#define GRID_CLASS_INDEX_GRID 8u

static void put32(unsigned char *b, uint64_t off, uint32_t v) { memcpy(b + off, &v, 4); }
static void put64(unsigned char *b, uint64_t off, uint64_t v) { memcpy(b + off, &v, 8); }
static void putf(unsigned char *b, uint64_t off, float v) { memcpy(b + off, &v, 4); }
static void putd(unsigned char *b, uint64_t off, double v) { memcpy(b + off, &v, 8); }
static void put_coord(unsigned char *b, uint64_t off, const int32_t c[3]) { memcpy(b + off, c, 12); }
static uint32_t get32(const unsigned char *b, uint64_t off) {
    uint32_t v;
    memcpy(&v, b + off, 4);
    return v;
}

/* one active voxel, with the keys of its root tile, upper, lower and leaf
 * entries (the breadth-first order of the nodes holding it) */
typedef struct Vox {
    uint64_t root_key;
    uint32_t upper_n, lower_n, leaf_n;
    int64_t src; /* its index in the input: the last of duplicates wins */
    int32_t ijk[3];
} Vox;

static int vox_cmp(const void *pa, const void *pb) {
    const Vox *a = pa, *b = pb;
    if (a->root_key != b->root_key)
        return a->root_key < b->root_key ? -1 : 1;
    if (a->upper_n != b->upper_n)
        return a->upper_n < b->upper_n ? -1 : 1;
    if (a->lower_n != b->lower_n)
        return a->lower_n < b->lower_n ? -1 : 1;
    if (a->leaf_n != b->leaf_n)
        return a->leaf_n < b->leaf_n ? -1 : 1;
    return a->src < b->src ? -1 : a->src > b->src;
}

static uint64_t coord_key(const int32_t c[3]) {
    uint64_t iu = (uint32_t)c[0] >> 12, ju = (uint32_t)c[1] >> 12, ku = (uint32_t)c[2] >> 12;
    return ku | ju << 21 | iu << 42;
}

static void bbox_add(int32_t mn[3], int32_t mx[3], const int32_t c[3]) {
    for (int a = 0; a < 3; a++) {
        if (c[a] < mn[a])
            mn[a] = c[a];
        if (c[a] > mx[a])
            mx[a] = c[a];
    }
}

/* a node (upper, lower or leaf) being laid out */
typedef struct Node {
    uint64_t off;           /* byte offset in the buffer */
    int32_t mn[3], mx[3];   /* bbox of its active voxels */
} Node;

uint64_t wpc_volume_build(const WpcVolumeSpec *s, char *err, size_t errlen) {
    const GtConst *c = gt_const(s->grid_type);
    if (!c) {
        snprintf(err, errlen, "grid type %d is not one wpc builds (float32, float64, int32, int64, uint32, vec3f, "
                 "vec3d, vec4f, vec4d, index, onindex)", s->grid_type);
        return 0;
    }
    int index = is_index(s->grid_type);
    if (s->nvoxels < 0 || (s->nvoxels && !s->ijk) || (s->nvoxels && !index && !s->values)) {
        snprintf(err, errlen, "no voxels given");
        return 0;
    }
    for (int a = 0; a < 3; a++)
        if (!(s->voxel_size[a] > 0) || !isfinite(s->voxel_size[a]) || !isfinite(s->translation[a])) {
            snprintf(err, errlen, "the voxel size must be positive and finite, the origin finite");
            return 0;
        }
    size_t vsz = index ? 8 : c->value_stride_bits / 8; /* bytes of a tile value (index grids: uint64) */
    unsigned char bg[32] = {0};
    if (!index && s->background)
        memcpy(bg, s->background, vsz);

    /* the voxels in breadth-first node order, duplicates dropped */
    Vox *v = malloc(sizeof *v * (size_t)(s->nvoxels ? s->nvoxels : 1));
    if (!v) {
        snprintf(err, errlen, "out of memory");
        return 0;
    }
    for (int64_t i = 0; i < s->nvoxels; i++) {
        const int32_t *p = s->ijk + 3 * i;
        v[i].ijk[0] = p[0], v[i].ijk[1] = p[1], v[i].ijk[2] = p[2];
        v[i].root_key = coord_key(p);
        v[i].upper_n = (uint32_t)((((p[0] & 4095) >> 7) << 10) + (((p[1] & 4095) >> 7) << 5) + ((p[2] & 4095) >> 7));
        v[i].lower_n = (uint32_t)((((p[0] & 127) >> 3) << 8) + (((p[1] & 127) >> 3) << 4) + ((p[2] & 127) >> 3));
        v[i].leaf_n = (uint32_t)(((p[0] & 7) << 6) + ((p[1] & 7) << 3) + (p[2] & 7));
        v[i].src = i;
    }
    qsort(v, (size_t)s->nvoxels, sizeof *v, vox_cmp);
    int64_t nv = 0;
    for (int64_t i = 0; i < s->nvoxels; i++) {
        if (nv && v[nv - 1].root_key == v[i].root_key && v[nv - 1].upper_n == v[i].upper_n &&
            v[nv - 1].lower_n == v[i].lower_n && v[nv - 1].leaf_n == v[i].leaf_n)
            v[nv - 1] = v[i]; /* a later duplicate */
        else
            v[nv++] = v[i];
    }
    /* node counts */
    int64_t ntiles = 0, nlower = 0, nleaf = 0;
    for (int64_t i = 0; i < nv; i++) {
        int new_tile = !i || v[i].root_key != v[i - 1].root_key;
        int new_lower = new_tile || v[i].upper_n != v[i - 1].upper_n;
        int new_leaf = new_lower || v[i].lower_n != v[i - 1].lower_n;
        ntiles += new_tile, nlower += new_lower, nleaf += new_leaf;
    }
    int64_t nupper = ntiles;
    if (ntiles > 1000000 || nleaf > 100000000) {
        free(v);
        snprintf(err, errlen, "too many nodes");
        return 0;
    }
    uint64_t tree = GRID_SIZE, root = tree + TREE_SIZE;
    uint64_t uppers = root + c->root_size + (uint64_t)ntiles * c->root_tile_size;
    uint64_t lowers = uppers + (uint64_t)nupper * c->upper_size;
    uint64_t leaves = lowers + (uint64_t)nlower * c->lower_size;
    uint64_t size = leaves + (uint64_t)nleaf * c->leaf_size;
    if (size > ((uint64_t)1 << 34)) {
        free(v);
        snprintf(err, errlen, "the grid would take %llu bytes", (unsigned long long)size);
        return 0;
    }
    unsigned char *b = NULL;
    if (posix_memalign((void **)&b, 32, (size_t)size)) {
        free(v);
        snprintf(err, errlen, "out of memory (%llu bytes)", (unsigned long long)size);
        return 0;
    }
    memset(b, 0, (size_t)size);

    /* every table entry and leaf value the background; the root's */
    memcpy(b + root + c->root_off_background, bg, vsz);
    for (int64_t u = 0; u < nupper; u++)
        for (uint64_t n = 0; n < 32768; n++)
            memcpy(b + uppers + (uint64_t)u * c->upper_size + c->upper_off_table + n * c->table_stride, bg, vsz);
    for (int64_t q = 0; q < nlower; q++)
        for (uint64_t n = 0; n < 4096; n++)
            memcpy(b + lowers + (uint64_t)q * c->lower_size + c->lower_off_table + n * c->table_stride, bg, vsz);
    if (!index)
        for (int64_t f = 0; f < nleaf; f++)
            for (uint64_t n = 0; n < 512; n++)
                memcpy(b + leaves + (uint64_t)f * c->leaf_size + c->leaf_off_table + n * vsz, bg, vsz);

    /* the nodes */
    const int32_t empty_mn[3] = {INT32_MAX, INT32_MAX, INT32_MAX}, empty_mx[3] = {INT32_MIN, INT32_MIN, INT32_MIN};
    int32_t rmn[3], rmx[3];
    memcpy(rmn, empty_mn, 12), memcpy(rmx, empty_mx, 12);
    Node up = {0}, lo = {0}, lf = {0};
    int64_t ti = -1, ui = -1, li = -1, fi = -1;
    uint64_t next_index = 1; /* ONINDEX: the index of the next active voxel */
    const unsigned char *vals = s->values;
#define FLUSH_BBOX(node)                                                                                            \
    do {                                                                                                            \
        put_coord(b, (node).off + N_BBOX_MIN, (node).mn);                                                           \
        put_coord(b, (node).off + N_BBOX_MAX, (node).mx);                                                           \
    } while (0)
    for (int64_t i = 0; i < nv; i++) {
        const Vox *x = &v[i];
        int new_tile = !i || x->root_key != v[i - 1].root_key;
        int new_lower = new_tile || x->upper_n != v[i - 1].upper_n;
        int new_leaf = new_lower || x->lower_n != v[i - 1].lower_n;
        if (new_tile) {
            if (ui >= 0)
                FLUSH_BBOX(up);
            ti++, ui++;
            uint64_t tile = root + c->root_size + (uint64_t)ti * c->root_tile_size;
            up.off = uppers + (uint64_t)ui * c->upper_size;
            memcpy(up.mn, empty_mn, 12), memcpy(up.mx, empty_mx, 12);
            put64(b, tile, x->root_key);
            put64(b, tile + 8, up.off - root);
            put32(b, tile + 16, 0);
            memcpy(b + tile + c->root_tile_off_value, bg, vsz);
            put64(b, up.off + N_FLAGS, 0);
        }
        if (new_lower) {
            if (li >= 0)
                FLUSH_BBOX(lo);
            li++;
            lo.off = lowers + (uint64_t)li * c->lower_size;
            memcpy(lo.mn, empty_mn, 12), memcpy(lo.mx, empty_mx, 12);
            uint64_t ent = up.off + c->upper_off_table + (uint64_t)x->upper_n * c->table_stride;
            memset(b + ent, 0, c->table_stride);
            put64(b, ent, lo.off - up.off);
            uint64_t w = up.off + UPPER_CHILD_MASK + 4 * (x->upper_n >> 5);
            put32(b, w, get32(b, w) | 1u << (x->upper_n & 31));
        }
        if (new_leaf) {
            if (fi >= 0) {
                put_coord(b, lf.off + N_BBOX_MIN, lf.mn);
                uint32_t dif = 0;
                for (int a = 0; a < 3; a++)
                    dif |= (uint32_t)(lf.mx[a] - lf.mn[a]) << (8 * a);
                put32(b, lf.off + LEAF_BBOX_DIF, dif | 2u << 24); /* flags: has bbox */
            }
            fi++;
            lf.off = leaves + (uint64_t)fi * c->leaf_size;
            memcpy(lf.mn, empty_mn, 12), memcpy(lf.mx, empty_mx, 12);
            uint64_t ent = lo.off + c->lower_off_table + (uint64_t)x->lower_n * c->table_stride;
            memset(b + ent, 0, c->table_stride);
            put64(b, ent, lf.off - lo.off);
            uint64_t w = lo.off + LOWER_CHILD_MASK + 4 * (x->lower_n >> 5);
            put32(b, w, get32(b, w) | 1u << (x->lower_n & 31));
            if (s->grid_type == WPC_VOLUME_INDEX)
                put64(b, lf.off + c->leaf_off_table, 1 + (uint64_t)fi * 512);
            else if (s->grid_type == WPC_VOLUME_ONINDEX)
                put64(b, lf.off + c->leaf_off_table, next_index);
        }
        bbox_add(rmn, rmx, x->ijk);
        bbox_add(up.mn, up.mx, x->ijk);
        bbox_add(lo.mn, lo.mx, x->ijk);
        bbox_add(lf.mn, lf.mx, x->ijk);
        uint64_t w = lf.off + LEAF_VALUE_MASK + 4 * (x->leaf_n >> 5);
        put32(b, w, get32(b, w) | 1u << (x->leaf_n & 31));
        if (!index)
            memcpy(b + lf.off + c->leaf_off_table + (uint64_t)x->leaf_n * vsz, vals + (size_t)x->src * vsz, vsz);
        next_index++;
    }
    if (nv) {
        FLUSH_BBOX(up);
        FLUSH_BBOX(lo);
        put_coord(b, lf.off + N_BBOX_MIN, lf.mn);
        uint32_t dif = 0;
        for (int a = 0; a < 3; a++)
            dif |= (uint32_t)(lf.mx[a] - lf.mn[a]) << (8 * a);
        put32(b, lf.off + LEAF_BBOX_DIF, dif | 2u << 24);
    }
#undef FLUSH_BBOX
    /* ONINDEX leaves: the 9-bit prefix sums of active voxels before mask words 1..7 */
    if (s->grid_type == WPC_VOLUME_ONINDEX)
        for (int64_t f = 0; f < nleaf; f++) {
            uint64_t lf_off = leaves + (uint64_t)f * c->leaf_size, prefix = 0, sum = 0, word;
            for (int wi = 0; wi < 7; wi++) {
                memcpy(&word, b + lf_off + LEAF_VALUE_MASK + 8 * wi, 8);
                sum += (uint64_t)__builtin_popcountll(word);
                prefix |= sum << (9 * wi);
            }
            put64(b, lf_off + c->leaf_off_table + 8, prefix);
        }

    /* the root */
    put_coord(b, root + N_BBOX_MIN, rmn);
    put_coord(b, root + N_BBOX_MAX, rmx);
    put32(b, root + 24, (uint32_t)ntiles);
    /* the tree */
    put64(b, tree + T_OFF_LEAF, nleaf ? leaves - tree : 0);
    put64(b, tree + T_OFF_LOWER, nlower ? lowers - tree : 0);
    put64(b, tree + T_OFF_UPPER, nupper ? uppers - tree : 0);
    put64(b, tree + T_OFF_ROOT, root - tree);
    put32(b, tree + T_COUNT_LEAF, (uint32_t)nleaf);
    put32(b, tree + T_COUNT_LOWER, (uint32_t)nlower);
    put32(b, tree + T_COUNT_UPPER, (uint32_t)nupper);
    put64(b, tree + T_VOXEL_COUNT, (uint64_t)nv);
    /* the grid */
    put64(b, G_MAGIC, MAGIC_GRID);
    put64(b, G_CHECKSUM, ~(uint64_t)0);
    put32(b, G_VERSION, 32u << 21 | 8u << 10 | 0u);
    put32(b, G_FLAGS, GRID_FLAGS_HAS_BBOX | GRID_FLAGS_IS_BREADTH_FIRST);
    put32(b, G_INDEX, 0);
    put32(b, G_COUNT, 1);
    put64(b, G_GRID_SIZE, size);
    memcpy(b + G_NAME, "wpc", 4);
    uint64_t map = G_MAP;
    for (int r = 0; r < 3; r++)
        for (int k = 0; k < 3; k++) {
            double m = r == k ? s->voxel_size[r] : 0.0, im = r == k ? 1.0 / s->voxel_size[r] : 0.0;
            putf(b, map + M_MATF + 4 * (3 * r + k), (float)m);
            putf(b, map + M_INVMATF + 4 * (3 * r + k), (float)im);
            putd(b, map + M_MATD + 8 * (3 * r + k), m);
            putd(b, map + M_INVMATD + 8 * (3 * r + k), im);
        }
    for (int a = 0; a < 3; a++) {
        putf(b, map + M_VECF + 4 * a, (float)s->translation[a]);
        putd(b, map + M_VECD + 8 * a, s->translation[a]);
        putd(b, G_VOXEL_SIZE + 8 * a, s->voxel_size[a]);
        /* world bbox: the index bbox's corners (max + 1) through the map */
        putd(b, G_WORLD_BBOX + 8 * a, nv ? s->translation[a] + rmn[a] * s->voxel_size[a] : 0.0);
        putd(b, G_WORLD_BBOX + 24 + 8 * a, nv ? s->translation[a] + (rmx[a] + 1.0) * s->voxel_size[a] : 0.0);
    }
    putf(b, map + M_TAPERF, 1.0f);
    putd(b, map + M_TAPERD, 1.0);
    put32(b, G_CLASS, index ? GRID_CLASS_INDEX_GRID : GRID_CLASS_UNKNOWN);
    put32(b, G_TYPE, (uint32_t)s->grid_type);
    put64(b, G_BLIND_OFFSET, 0);
    put32(b, G_BLIND_COUNT, 0);
    /* index grids: the number of values (with the background's, index 0) */
    put64(b, G_DATA1, s->grid_type == WPC_VOLUME_INDEX ? 1 + (uint64_t)nleaf * 512
                    : s->grid_type == WPC_VOLUME_ONINDEX ? 1 + (uint64_t)nv : 0);
    free(v);
    return (uint64_t)(uintptr_t)b;
}

uint64_t wpc_volume_from_dense(int grid_type, const void *values, const int64_t shape[3], const int32_t origin[3],
                               const void *background, const double voxel_size[3], const double translation[3],
                               char *err, size_t errlen) {
    int64_t n = 1;
    for (int a = 0; a < 3; a++) {
        if (shape[a] < 0 || shape[a] > 1 << 20) {
            snprintf(err, errlen, "bad dense shape");
            return 0;
        }
        n *= shape[a];
    }
    if (n > 1 << 28) {
        snprintf(err, errlen, "the dense array has too many voxels (%lld)", (long long)n);
        return 0;
    }
    int32_t *ijk = malloc(sizeof *ijk * 3 * (size_t)(n ? n : 1));
    if (!ijk) {
        snprintf(err, errlen, "out of memory");
        return 0;
    }
    int64_t q = 0;
    for (int64_t i = 0; i < shape[0]; i++)
        for (int64_t j = 0; j < shape[1]; j++)
            for (int64_t k = 0; k < shape[2]; k++, q++) {
                ijk[3 * q] = (int32_t)(origin[0] + i);
                ijk[3 * q + 1] = (int32_t)(origin[1] + j);
                ijk[3 * q + 2] = (int32_t)(origin[2] + k);
            }
    WpcVolumeSpec s = {grid_type, n, ijk, values, background, {0}, {0}};
    memcpy(s.voxel_size, voxel_size, sizeof s.voxel_size);
    memcpy(s.translation, translation, sizeof s.translation);
    uint64_t id = wpc_volume_build(&s, err, errlen);
    free(ijk);
    return id;
}

/* the value of voxel (i, j, k): PNanoVDB's traversal (root tile by key,
 * upper and lower child masks, the leaf's table) in C */
int wpc_volume_read(uint64_t id, const int32_t ijk[3], void *out) {
    const unsigned char *b = (const unsigned char *)(uintptr_t)id;
    int gt = (int)get32(b, G_TYPE);
    const GtConst *c = gt_const(gt);
    if (!c || is_index(gt))
        return -1;
    size_t vsz = c->value_stride_bits / 8;
    uint64_t tree = GRID_SIZE, root, key = coord_key(ijk), addr = 0;
    memcpy(&root, b + tree + T_OFF_ROOT, 8);
    root += tree;
    uint32_t ntiles = get32(b, root + 24);
    addr = root + c->root_off_background;
    for (uint32_t t = 0; t < ntiles; t++) {
        uint64_t tile = root + c->root_size + (uint64_t)t * c->root_tile_size, k;
        int64_t child;
        memcpy(&k, b + tile, 8);
        if (k != key)
            continue;
        memcpy(&child, b + tile + 8, 8);
        addr = tile + c->root_tile_off_value;
        if (!child)
            break;
        uint64_t up = root + (uint64_t)child;
        uint32_t n2 = (uint32_t)((((ijk[0] & 4095) >> 7) << 10) + (((ijk[1] & 4095) >> 7) << 5) + ((ijk[2] & 4095) >> 7));
        addr = up + c->upper_off_table + (uint64_t)n2 * c->table_stride;
        if (!(get32(b, up + UPPER_CHILD_MASK + 4 * (n2 >> 5)) >> (n2 & 31) & 1))
            break;
        memcpy(&child, b + addr, 8);
        uint64_t lo = up + (uint64_t)child;
        uint32_t n1 = (uint32_t)((((ijk[0] & 127) >> 3) << 8) + (((ijk[1] & 127) >> 3) << 4) + ((ijk[2] & 127) >> 3));
        addr = lo + c->lower_off_table + (uint64_t)n1 * c->table_stride;
        if (!(get32(b, lo + LOWER_CHILD_MASK + 4 * (n1 >> 5)) >> (n1 & 31) & 1))
            break;
        memcpy(&child, b + addr, 8);
        uint32_t n0 = (uint32_t)(((ijk[0] & 7) << 6) + ((ijk[1] & 7) << 3) + (ijk[2] & 7));
        addr = lo + (uint64_t)child + c->leaf_off_table + (uint64_t)n0 * vsz;
        break;
    }
    memcpy(out, b + addr, vsz);
    return 0;
}

uint64_t wpc_volume_size(uint64_t id) {
    uint64_t n = 0;
    if (id)
        memcpy(&n, (const unsigned char *)(uintptr_t)id + G_GRID_SIZE, 8);
    return n;
}

void wpc_volume_free(uint64_t id) { free((void *)(uintptr_t)id); }
