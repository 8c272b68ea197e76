/* bvh.c: wp.Bvh and wp.Mesh objects on the host, laid out as Warp's BVH and
 * Mesh structs (native/bvh.h, native/mesh.h) of the Warp version, so that
 * the struct's address is an id for both wpc's lowering
 * (backends/wpclib/mesh.py) and Warp's own compiled query code (on the CPU
 * Warp's id is that address).
 *
 * The tree is built top-down as Warp's host builder builds it
 * (TopDownBVHBuilder::build_recursive), with a median split: the node's
 * items sorted by the centre of their bounds along the longest axis of the
 * node's bounds (a stable sort, ties by index), split at (start + end) / 2;
 * a leaf once it holds at most leaf_size items (or at depth 30: query
 * stacks hold 32 entries).  Node indices are given in pre-order (root 0),
 * BVHPackedNodeHalf as Warp packs it (bounds; i: child or primitive range,
 * b: leaf), node_parents filled, node_counts NULL.  Warp's CPU default is
 * the SAH split: the trees differ (item order of an iteration too), both
 * are valid trees of Warp's format.
 *
 * Grouped trees (Warp 1.16, bvh_get_group_root): build_with_groups ported
 * (items sorted by group, a tree over the groups, each group's leaf
 * expanded into a subtree of its items, then reorder_top_down_bvh: leaves
 * first, in group order).
 *
 * Meshes: per-triangle bounds (lowers/uppers), average_edge_length, the
 * tree over the triangles (item_lowers = the mesh's lowers) and, with
 * winding-number support, solid_angle_props per node (solid_angle.h's
 * precompute/combine, as mesh.cpp's refit computes them).  Points, indices
 * and velocities are copied: the mesh owns its memory (Warp's references
 * the caller's arrays).  Everything of one object lives in one zeroed
 * allocation, freed by wpc_bvh_free / wpc_mesh_free. */
#include "runtime/runtime.h"

#include <float.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* BVHPackedNodeHalf: float x, y, z; unsigned i : 31, b : 1 */
typedef struct {
    float x, y, z;
    uint32_t ib;
} Node;

/* BVH: Warp 1.16 (item_groups, constructor_type) */
typedef struct {
    Node *node_lowers, *node_uppers;
    int *node_parents, *node_counts, *primitive_indices;
    int max_depth, max_nodes, num_nodes, num_leaf_nodes;
    int *root;
    float *item_lowers, *item_uppers;
    int *item_groups;
    int num_items, leaf_size, constructor_type;
    void *context;
} Bvh16;

/* BVH: Warp 1.10 */
typedef struct {
    Node *node_lowers, *node_uppers;
    int *node_parents, *node_counts, *primitive_indices;
    int max_depth, max_nodes, num_nodes, num_leaf_nodes;
    int *root;
    float *item_lowers, *item_uppers;
    int num_items, leaf_size;
    void *context;
} Bvh10;

/* array_t<T> (1.10: int ndim, the same bytes for ndim 1) */
typedef struct {
    void *data, *grad;
    int32_t shape[4], strides[4];
    uint16_t ndim, flags;
} Arr;

typedef struct {
    float lower[3], upper[3];
} Bounds;

/* SolidAngleProps (solid_angle.h) */
typedef struct {
    float average_p[3], normal[3], n_ij_diag[3], n_ijk_diag[3];
    float sum_permute_n_xyz, two_n_xxy_n_yxx, two_n_xxz_n_zxx, two_n_yyz_n_zyy, two_n_yyx_n_xyy, two_n_zzx_n_xzz,
        two_n_zzy_n_yzz;
    float n_xy, n_yx, n_yz, n_zy, n_zx, n_xz;
    Bounds box;
    float area_P[3];
    float area, max_p_dist_sq;
} Props;

#define MESH_HEAD                                                                                                  \
    Arr points, velocities, indices;                                                                               \
    float *lowers, *uppers;                                                                                        \
    Props *solid_angle_props;                                                                                      \
    int num_points, num_tris;
typedef struct {
    MESH_HEAD
    Bvh16 bvh;
    void *context;
    float average_edge_length;
} Mesh16;
typedef struct {
    MESH_HEAD
    Bvh10 bvh;
    void *context;
    float average_edge_length;
} Mesh10;

/* the layouts Warp's x86-64 / aarch64 builds give these structs */
_Static_assert(sizeof(Node) == 16, "BVHPackedNodeHalf");
_Static_assert(sizeof(Bvh16) == 112 && offsetof(Bvh16, num_items) == 88, "BVH 1.16");
_Static_assert(sizeof(Bvh10) == 96 && offsetof(Bvh10, num_items) == 80, "BVH 1.10");
_Static_assert(sizeof(Arr) == 56, "array_t");
_Static_assert(sizeof(Props) == 144, "SolidAngleProps");
_Static_assert(offsetof(Mesh16, bvh) == 200 && sizeof(Mesh16) == 328, "Mesh 1.16");
_Static_assert(offsetof(Mesh10, bvh) == 200 && sizeof(Mesh10) == 312, "Mesh 1.10");

#define MAX_DEPTH 30

/* std_min / std_max (the builders' bounds3): the first argument wins ties */
static float smin(float a, float b) { return b < a ? b : a; }
static float smax(float a, float b) { return b > a ? b : a; }

static void bounds_empty(Bounds *b) {
    for (int k = 0; k < 3; k++)
        b->lower[k] = FLT_MAX, b->upper[k] = -FLT_MAX;
}

static void bounds_add(Bounds *b, const float *lo, const float *up) {
    for (int k = 0; k < 3; k++)
        b->lower[k] = smin(b->lower[k], lo[k]), b->upper[k] = smax(b->upper[k], up[k]);
}

/* longest_axis(edges): the first of the largest |e| */
static int longest_axis(const float *e) {
    float m = fabsf(e[0]);
    int r = 0;
    for (int k = 1; k < 3; k++)
        if (fabsf(e[k]) > m)
            m = fabsf(e[k]), r = k;
    return r;
}

static Node make_node(const float *v, int child, int leaf) {
    Node n = {v[0], v[1], v[2], ((uint32_t)child & 0x7fffffffu) | (leaf ? 0x80000000u : 0u)};
    return n;
}

static int node_leaf(const Node *n) { return (n->ib >> 31) != 0; }
static int node_i(const Node *n) { return (int)(n->ib & 0x7fffffffu); }

/* the tree being built: Warp's BVH fields, version-neutral */
typedef struct Build {
    const float *lowers, *uppers; /* item bounds, vec3 */
    const int *groups;            /* or NULL */
    int n, leaf_size;
    Node *lo, *up;
    int *parents, *prim;
    int num_nodes, num_leaf_nodes, max_depth, root;
    float *keys; /* scratch: sort keys */
    int *tmp;    /* scratch: merge sort */
} Build;

static float item_center(const Build *b, int item, int axis) {
    return 0.5f * (b->lowers[item * 3 + axis] + b->uppers[item * 3 + axis]);
}

/* stable merge sort of idx[0..n) by keys[idx], ties by index */
static void sort_by_key(int *idx, int n, const float *keys, int *tmp) {
    for (int w = 1; w < n; w *= 2) {
        for (int s = 0; s < n; s += 2 * w) {
            int m = s + w < n ? s + w : n, e = s + 2 * w < n ? s + 2 * w : n, i = s, j = m, o = s;
            while (i < m && j < e) {
                float ki = keys[idx[i]], kj = keys[idx[j]];
                tmp[o++] = (kj < ki || (kj == ki && idx[j] < idx[i])) ? idx[j++] : idx[i++];
            }
            while (i < m)
                tmp[o++] = idx[i++];
            while (j < e)
                tmp[o++] = idx[j++];
        }
        memcpy(idx, tmp, sizeof *idx * (size_t)n);
    }
}

static void calc_bounds(const Build *b, int start, int end, Bounds *out) {
    bounds_empty(out);
    for (int i = start; i < end; i++)
        bounds_add(out, b->lowers + b->prim[i] * 3, b->uppers + b->prim[i] * 3);
}

/* build_recursive over prim[start, end): assigned >= 0 reuses that node */
static int build_rec(Build *b, int start, int end, int depth, int parent, int assigned) {
    int n = end - start, node = assigned >= 0 ? assigned : b->num_nodes++;
    if (depth > b->max_depth)
        b->max_depth = depth;
    Bounds bb;
    calc_bounds(b, start, end, &bb);
    if (n <= b->leaf_size || depth >= MAX_DEPTH) {
        b->lo[node] = make_node(bb.lower, start, 1);
        b->up[node] = make_node(bb.upper, end, 0);
        b->parents[node] = parent;
        b->num_leaf_nodes++;
        return node;
    }
    float edges[3] = {bb.upper[0] - bb.lower[0], bb.upper[1] - bb.lower[1], bb.upper[2] - bb.lower[2]};
    int axis = longest_axis(edges);
    for (int i = start; i < end; i++)
        b->keys[b->prim[i]] = item_center(b, b->prim[i], axis);
    sort_by_key(b->prim + start, n, b->keys, b->tmp);
    int split = (start + end) / 2;
    int left = build_rec(b, start, split, depth + 1, node, -1);
    int right = build_rec(b, split, end, depth + 1, node, -1);
    b->lo[node] = make_node(bb.lower, left, 0);
    b->up[node] = make_node(bb.upper, right, 0);
    b->parents[node] = parent;
    return node;
}

/* the group-level tree of build_with_groups over groups [start, end) (of
 * ids gid[], item ranges gs/ge[], bounds gb[]); leaves hold a group's range */
static int build_groups(Build *b, const int *gs, const int *ge, const Bounds *gb, int *gleaf, int start, int end,
                        int depth, int parent) {
    int node = b->num_nodes++;
    if (depth > b->max_depth)
        b->max_depth = depth;
    Bounds bb;
    bounds_empty(&bb);
    for (int g = start; g < end; g++)
        bounds_add(&bb, gb[g].lower, gb[g].upper);
    if (end - start == 1) {
        b->lo[node] = make_node(bb.lower, gs[start], 1);
        b->up[node] = make_node(bb.upper, ge[start], 0);
        b->parents[node] = parent;
        gleaf[start] = node;
        return node;
    }
    /* the groups are in ascending order: the median split is the middle */
    int mid = (start + end) / 2;
    int left = build_groups(b, gs, ge, gb, gleaf, start, mid, depth + 1, node);
    int right = build_groups(b, gs, ge, gb, gleaf, mid, end, depth + 1, node);
    b->lo[node] = make_node(bb.lower, left, 0);
    b->up[node] = make_node(bb.upper, right, 0);
    b->parents[node] = parent;
    return node;
}

static const int *cmp_groups;
static const Build *cmp_build;
static int cmp_group_items(const void *x, const void *y) {
    int a = *(const int *)x, b = *(const int *)y;
    int ga = cmp_groups[a], gb = cmp_groups[b];
    return ga != gb ? (ga < gb ? -1 : 1) : (a > b) - (a < b);
}
static int cmp_leaf_nodes(const void *x, const void *y) {
    int a = *(const int *)x, b = *(const int *)y;
    int ga = cmp_groups[cmp_build->prim[node_i(&cmp_build->lo[a])]];
    int gb = cmp_groups[cmp_build->prim[node_i(&cmp_build->lo[b])]];
    return ga != gb ? (ga < gb ? -1 : 1) : (a > b) - (a < b);
}

/* reorder_top_down_bvh: leaves first (sorted by group where needed), then
 * the inner nodes but the root, then the root */
static int reorder(Build *b) {
    int nn = b->num_nodes, next = 0;
    Node *lo = malloc(sizeof *lo * (size_t)nn), *up = malloc(sizeof *up * (size_t)nn);
    int *par = malloc(sizeof *par * (size_t)nn), *o2n = malloc(sizeof *o2n * (size_t)nn),
        *leaves = malloc(sizeof *leaves * (size_t)nn);
    if (!lo || !up || !par || !o2n || !leaves) {
        free(lo), free(up), free(par), free(o2n), free(leaves);
        return -1;
    }
    int nl = 0;
    for (int i = 0; i < nn; i++)
        if (node_leaf(&b->lo[i]))
            leaves[nl++] = i;
    if (b->groups) {
        cmp_groups = b->groups;
        cmp_build = b;
        qsort(leaves, (size_t)nl, sizeof *leaves, cmp_leaf_nodes);
    }
    for (int k = 0; k < nl; k++) {
        lo[next] = b->lo[leaves[k]], up[next] = b->up[leaves[k]];
        o2n[leaves[k]] = next++;
    }
    b->num_leaf_nodes = nl;
    int root = b->root;
    for (int i = 0; i < nn; i++) {
        if (i == root)
            b->root = node_leaf(&b->lo[i]) ? 0 : next;
        if (!node_leaf(&b->lo[i])) {
            lo[next] = b->lo[i], up[next] = b->up[i];
            o2n[i] = next++;
        }
    }
    for (int i = 0; i < nn; i++) {
        int ni = o2n[i];
        par[ni] = b->parents[i] != -1 ? o2n[b->parents[i]] : -1;
        if (!node_leaf(&b->lo[i])) {
            lo[ni].ib = (lo[ni].ib & 0x80000000u) | (uint32_t)o2n[node_i(&b->lo[i])];
            up[ni].ib = (up[ni].ib & 0x80000000u) | (uint32_t)o2n[node_i(&b->up[i])];
        }
    }
    memcpy(b->lo, lo, sizeof *lo * (size_t)nn);
    memcpy(b->up, up, sizeof *up * (size_t)nn);
    memcpy(b->parents, par, sizeof *par * (size_t)nn);
    free(lo), free(up), free(par), free(o2n), free(leaves);
    return 0;
}

/* build_with_groups */
static int build_grouped(Build *b) {
    int n = b->n;
    for (int i = 0; i < n; i++)
        b->prim[i] = i;
    cmp_groups = b->groups;
    qsort(b->prim, (size_t)n, sizeof *b->prim, cmp_group_items);
    int ng = 0;
    for (int i = 0; i < n; i++)
        ng += !i || b->groups[b->prim[i]] != b->groups[b->prim[i - 1]];
    int *gs = malloc(sizeof(int) * (size_t)ng * 3);
    Bounds *gb = malloc(sizeof *gb * (size_t)ng);
    if (!gs || !gb) {
        free(gs), free(gb);
        return -1;
    }
    int *ge = gs + ng, *gleaf = gs + 2 * ng, g = -1;
    for (int i = 0; i < n; i++) {
        if (!i || b->groups[b->prim[i]] != b->groups[b->prim[i - 1]]) {
            if (g >= 0)
                ge[g] = i;
            gs[++g] = i;
        }
    }
    ge[g] = n;
    for (g = 0; g < ng; g++)
        calc_bounds(b, gs[g], ge[g], &gb[g]);
    b->num_nodes = 0;
    b->num_leaf_nodes = 0;
    b->root = build_groups(b, gs, ge, gb, gleaf, 0, ng, 0, -1);
    for (g = 0; g < ng; g++) {
        int node = gleaf[g];
        b->lo[node].ib &= 0x7fffffffu;
        build_rec(b, gs[g], ge[g], 0, b->parents[node], node);
    }
    free(gs), free(gb);
    return reorder(b);
}

/* the tree of b (n > 0) into b->lo/up/parents/prim */
static int build_tree(Build *b) {
    b->num_nodes = b->num_leaf_nodes = b->max_depth = 0;
    b->root = 0;
    if (b->groups)
        return build_grouped(b);
    for (int i = 0; i < b->n; i++)
        b->prim[i] = i;
    build_rec(b, 0, b->n, 0, -1, -1);
    return 0;
}

/* ---- solid angle properties (solid_angle.h) ---- */
static void v_sub(float *r, const float *a, const float *b) {
    for (int k = 0; k < 3; k++)
        r[k] = a[k] - b[k];
}
static float v_dot(const float *a, const float *b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
static float v_len(const float *a) { return sqrtf(v_dot(a, a)); }

static void compute_integrals(const float *a, const float *b, const float *c, const float *P, float *integral_ii,
                              float *integral_ij, float *integral_ik, int i) {
    float oab[3], oac[3], ocb[3];
    v_sub(oab, b, a), v_sub(oac, c, a), v_sub(ocb, b, c);
    const float t = oab[i] / oac[i];
    const int j = i == 2 ? 0 : i + 1, k = j == 2 ? 0 : j + 1;
    const float jdiff = t * oac[j] - oab[j], kdiff = t * oac[k] - oab[k];
    float cross_a[3] = {jdiff * oab[k] - kdiff * oab[j], kdiff * oab[i], jdiff * oab[i]};
    float cross_c[3] = {jdiff * ocb[k] - kdiff * ocb[j], kdiff * ocb[i], jdiff * ocb[i]};
    const float area_scale_a = v_len(cross_a), area_scale_c = v_len(cross_c);
    const float Pai = a[i] - P[i], Pci = c[i] - P[i];
    const float int_ii_a = area_scale_a * (0.5f * Pai * Pai + (2.0f / 3.0f) * Pai * oab[i] + 0.25f * oab[i] * oab[i]);
    const float int_ii_c = area_scale_c * (0.5f * Pci * Pci + (2.0f / 3.0f) * Pci * ocb[i] + 0.25f * ocb[i] * ocb[i]);
    *integral_ii = int_ii_a + int_ii_c;
    int jk = j;
    float *integral = integral_ij, diff = jdiff;
    for (;;) {
        if (integral) {
            float obmidj = b[jk] + 0.5f * diff, oabmidj = obmidj - a[jk], ocbmidj = obmidj - c[jk];
            float Paj = a[jk] - P[jk], Pcj = c[jk] - P[jk];
            const float int_ij_a = area_scale_a * (0.5f * Pai * Paj + (1.0f / 3.0f) * Pai * oabmidj +
                                                   (1.0f / 3.0f) * Paj * oab[i] + 0.25f * oab[i] * oabmidj);
            const float int_ij_c = area_scale_c * (0.5f * Pci * Pcj + (1.0f / 3.0f) * Pci * ocbmidj +
                                                   (1.0f / 3.0f) * Pcj * ocb[i] + 0.25f * ocb[i] * ocbmidj);
            *integral = int_ij_a + int_ij_c;
        }
        if (jk == k)
            break;
        jk = k;
        integral = integral_ik;
        diff = kdiff;
    }
}

static void order3(const float *v[3], int axis, int o[3]) {
    o[0] = 0, o[1] = 1, o[2] = 2;
    int t;
    if (v[0][axis] > v[1][axis])
        t = o[0], o[0] = o[1], o[1] = t;
    if (v[o[0]][axis] > v[2][axis])
        t = o[0], o[0] = o[2], o[2] = t;
    if (v[o[1]][axis] > v[o[2]][axis])
        t = o[1], o[1] = o[2], o[2] = t;
}

static void tri_props(const float *a, const float *b, const float *c, Props *d) {
    float ab[3], ac[3], N[3];
    v_sub(ab, b, a), v_sub(ac, c, a);
    N[0] = 0.5f * (ab[1] * ac[2] - ab[2] * ac[1]);
    N[1] = 0.5f * (ab[2] * ac[0] - ab[0] * ac[2]);
    N[2] = 0.5f * (ab[0] * ac[1] - ab[1] * ac[0]);
    const float area = sqrtf(v_dot(N, N));
    float P[3];
    for (int k = 0; k < 3; k++)
        P[k] = (a[k] + b[k] + c[k]) / 3.0f;
    memset(d, 0, sizeof *d);
    bounds_empty(&d->box);
    bounds_add(&d->box, a, a), bounds_add(&d->box, b, b), bounds_add(&d->box, c, c);
    for (int k = 0; k < 3; k++) {
        d->average_p[k] = P[k];
        d->area_P[k] = P[k] * area;
        d->normal[k] = N[k];
    }
    d->area = area;
    if (area == 0)
        return;
    float n[3] = {N[0] / area, N[1] / area, N[2] / area};
    const float *v[3] = {a, b, c};
    int ox[3], oy[3], oz[3];
    order3(v, 0, ox), order3(v, 1, oy), order3(v, 2, oz);
    float dx = v[ox[2]][0] - v[ox[0]][0], dy = v[oy[2]][1] - v[oy[0]][1], dz = v[oz[2]][2] - v[oz[0]][2];
    float ixx = 0, ixy = 0, iyy = 0, iyz = 0, izz = 0, izx = 0;
    if (dx > 0)
        compute_integrals(v[ox[0]], v[ox[1]], v[ox[2]], P, &ixx, (dx >= dy && dy > 0) ? &ixy : NULL,
                          (dx >= dz && dz > 0) ? &izx : NULL, 0);
    if (dy > 0)
        compute_integrals(v[oy[0]], v[oy[1]], v[oy[2]], P, &iyy, (dy >= dz && dz > 0) ? &iyz : NULL,
                          (dx < dy && dx > 0) ? &ixy : NULL, 1);
    if (dz > 0)
        compute_integrals(v[oz[0]], v[oz[1]], v[oz[2]], P, &izz, (dx < dz && dx > 0) ? &izx : NULL,
                          (dy < dz && dy > 0) ? &iyz : NULL, 2);
    d->n_ijk_diag[0] = ixx * n[0], d->n_ijk_diag[1] = iyy * n[1], d->n_ijk_diag[2] = izz * n[2];
    d->sum_permute_n_xyz = 2.0f * (n[0] * iyz + n[1] * izx + n[2] * ixy);
    d->two_n_xxy_n_yxx = 2.0f * (n[0] * ixy) + n[1] * ixx;
    d->two_n_xxz_n_zxx = 2.0f * (n[0] * izx) + n[2] * ixx;
    d->two_n_yyz_n_zyy = 2.0f * (n[1] * iyz) + n[2] * iyy;
    d->two_n_yyx_n_xyy = 2.0f * (n[1] * ixy) + n[0] * iyy;
    d->two_n_zzx_n_xzz = 2.0f * (n[2] * izx) + n[0] * izz;
    d->two_n_zzy_n_yzz = 2.0f * (n[2] * iyz) + n[1] * izz;
}

/* combine_precomputed_solid_angle_props(my, left, right or NULL) */
static void combine_props(Props *my, const Props *L, const Props *R) {
    Props m;
    memset(&m, 0, sizeof m);
    float area = L->area;
    for (int k = 0; k < 3; k++) {
        m.normal[k] = L->normal[k] + (R ? R->normal[k] : 0.0f);
        m.area_P[k] = L->area_P[k] + (R ? R->area_P[k] : 0.0f);
    }
    if (R)
        area += R->area;
    m.area = area;
    m.box = L->box;
    if (R)
        bounds_add(&m.box, R->box.lower, R->box.upper);
    for (int k = 0; k < 3; k++)
        m.average_p[k] = area > 0 ? m.area_P[k] / area : 0.5f * (m.box.lower[k] + m.box.upper[k]);
    memcpy(m.n_ij_diag, L->n_ij_diag, sizeof m.n_ij_diag);
    memcpy(m.n_ijk_diag, L->n_ijk_diag, sizeof m.n_ijk_diag);
    m.sum_permute_n_xyz = L->sum_permute_n_xyz;
    m.two_n_xxy_n_yxx = L->two_n_xxy_n_yxx, m.two_n_xxz_n_zxx = L->two_n_xxz_n_zxx;
    m.two_n_yyz_n_zyy = L->two_n_yyz_n_zyy, m.two_n_yyx_n_xyy = L->two_n_yyx_n_xyy;
    m.two_n_zzx_n_xzz = L->two_n_zzx_n_xzz, m.two_n_zzy_n_yzz = L->two_n_zzy_n_yzz;
    if (R) {
        for (int k = 0; k < 3; k++)
            m.n_ij_diag[k] += R->n_ij_diag[k], m.n_ijk_diag[k] += R->n_ijk_diag[k];
        m.sum_permute_n_xyz += R->sum_permute_n_xyz;
        m.two_n_xxy_n_yxx += R->two_n_xxy_n_yxx, m.two_n_xxz_n_zxx += R->two_n_xxz_n_zxx;
        m.two_n_yyz_n_zyy += R->two_n_yyz_n_zyy, m.two_n_yyx_n_xyy += R->two_n_yyx_n_xyy;
        m.two_n_zzx_n_xzz += R->two_n_zzx_n_xzz, m.two_n_zzy_n_yzz += R->two_n_zzy_n_yzz;
    }
    for (int c = 0; c < (R ? 2 : 1); c++) {
        const Props *cd = c ? R : L;
        float d[3], N[3];
        v_sub(d, cd->average_p, m.average_p);
        memcpy(N, cd->normal, sizeof N);
        for (int k = 0; k < 3; k++)
            m.n_ij_diag[k] += N[k] * d[k];
        float Nxy = cd->n_xy + N[0] * d[1], Nyx = cd->n_yx + N[1] * d[0], Nyz = cd->n_yz + N[1] * d[2];
        float Nzy = cd->n_zy + N[2] * d[1], Nzx = cd->n_zx + N[2] * d[0], Nxz = cd->n_xz + N[0] * d[2];
        m.n_xy += Nxy, m.n_yx += Nyx, m.n_yz += Nyz, m.n_zy += Nzy, m.n_zx += Nzx, m.n_xz += Nxz;
        for (int k = 0; k < 3; k++)
            m.n_ijk_diag[k] += 2.0f * (d[k] * cd->n_ij_diag[k]) + d[k] * (d[k] * cd->normal[k]);
        m.sum_permute_n_xyz += d[0] * (Nyz + Nzy) + d[1] * (Nzx + Nxz) + d[2] * (Nxy + Nyx);
        m.two_n_xxy_n_yxx += 2 * (d[1] * cd->n_ij_diag[0] + d[0] * cd->n_xy + N[0] * d[0] * d[1]) +
                             2 * cd->n_yx * d[0] + N[1] * d[0] * d[0];
        m.two_n_xxz_n_zxx += 2 * (d[2] * cd->n_ij_diag[0] + d[0] * cd->n_xz + N[0] * d[0] * d[2]) +
                             2 * cd->n_zx * d[0] + N[2] * d[0] * d[0];
        m.two_n_yyz_n_zyy += 2 * (d[2] * cd->n_ij_diag[1] + d[1] * cd->n_yz + N[1] * d[1] * d[2]) +
                             2 * cd->n_zy * d[1] + N[2] * d[1] * d[1];
        m.two_n_yyx_n_xyy += 2 * (d[0] * cd->n_ij_diag[1] + d[1] * cd->n_yx + N[1] * d[1] * d[0]) +
                             2 * cd->n_xy * d[1] + N[0] * d[1] * d[1];
        m.two_n_zzx_n_xzz += 2 * (d[0] * cd->n_ij_diag[2] + d[2] * cd->n_zx + N[2] * d[2] * d[0]) +
                             2 * cd->n_xz * d[2] + N[0] * d[2] * d[2];
        m.two_n_zzy_n_yzz += 2 * (d[1] * cd->n_ij_diag[2] + d[2] * cd->n_zy + N[2] * d[2] * d[1]) +
                             2 * cd->n_yz * d[2] + N[1] * d[2] * d[2];
    }
    float q[3];
    for (int k = 0; k < 3; k++)
        q[k] = smax(m.average_p[k] - m.box.lower[k], m.box.upper[k] - m.average_p[k]);
    m.max_p_dist_sq = v_dot(q, q);
    *my = m;
}

/* bvh_refit_with_solid_angle_recursive_host (from the tree's root) */
static void props_rec(const Build *b, int node, const float *pts, const int *idx, Props *props) {
    const Node *lo = &b->lo[node], *up = &b->up[node];
    if (node_leaf(lo)) {
        for (int pc = node_i(lo); pc < node_i(up); pc++) {
            int t = b->prim[pc];
            Props tp;
            tri_props(pts + idx[t * 3] * 3, pts + idx[t * 3 + 1] * 3, pts + idx[t * 3 + 2] * 3, &tp);
            if (pc == node_i(lo))
                props[node] = tp;
            else
                combine_props(&props[node], &props[node], &tp);
        }
        return;
    }
    int l = node_i(lo), r = node_i(up);
    props_rec(b, l, pts, idx, props);
    props_rec(b, r, pts, idx, props);
    combine_props(&props[node], &props[l], l != r ? &props[r] : NULL);
}

/* ---- one allocation per object ---- */
typedef struct Alloc {
    size_t size;
    unsigned char *mem;
} Alloc;

static size_t reserve(Alloc *a, size_t bytes) {
    size_t off = (a->size + 15) / 16 * 16;
    a->size = off + bytes;
    return off;
}

static int check_counts(int n, const char *what, char *err, size_t errlen) {
    if (n <= 0) {
        snprintf(err, errlen, "a %s needs at least one %s", what, !strcmp(what, "BVH") ? "item" : "triangle");
        return -1;
    }
    if (n > (1 << 28)) {
        snprintf(err, errlen, "too many %s items (%d)", what, n);
        return -1;
    }
    return 0;
}

/* the offsets of the tree's arrays in an allocation */
typedef struct TreeMem {
    size_t lo, up, parents, prim, root, keys, tmp;
} TreeMem;

static void reserve_tree(Alloc *a, int n, TreeMem *t) {
    size_t nodes = (size_t)(2 * n - 1);
    t->lo = reserve(a, sizeof(Node) * nodes);
    t->up = reserve(a, sizeof(Node) * nodes);
    t->parents = reserve(a, sizeof(int) * nodes);
    t->prim = reserve(a, sizeof(int) * (size_t)n);
    t->root = reserve(a, sizeof(int));
}

static void build_init(Build *b, unsigned char *mem, const TreeMem *t, const float *lowers, const float *uppers,
                       const int *groups, int n, int leaf_size) {
    memset(b, 0, sizeof *b);
    b->lowers = lowers, b->uppers = uppers, b->groups = groups, b->n = n, b->leaf_size = leaf_size;
    b->lo = (Node *)(mem + t->lo), b->up = (Node *)(mem + t->up);
    b->parents = (int *)(mem + t->parents), b->prim = (int *)(mem + t->prim);
}

/* fills Warp's BVH fields of version warp_minor at p from the built tree */
static void fill_bvh(void *p, int warp_minor, const Build *b, unsigned char *mem, const TreeMem *t, float *il,
                     float *iu, int *ig) {
    int *root = (int *)(mem + t->root);
    *root = b->root;
#define FILL(x)                                                                                                    \
    (x)->node_lowers = b->lo, (x)->node_uppers = b->up, (x)->node_parents = b->parents, (x)->node_counts = NULL;     \
    (x)->primitive_indices = b->prim, (x)->max_depth = b->max_depth, (x)->max_nodes = 2 * b->n - 1;                   \
    (x)->num_nodes = b->num_nodes, (x)->num_leaf_nodes = b->num_leaf_nodes, (x)->root = root;                        \
    (x)->item_lowers = il, (x)->item_uppers = iu, (x)->num_items = b->n, (x)->leaf_size = b->leaf_size
    if (warp_minor < 16) {
        Bvh10 *x = p;
        FILL(x);
    } else {
        Bvh16 *x = p;
        FILL(x);
        x->item_groups = ig;
        x->constructor_type = 1; /* BVH_CONSTRUCTOR_MEDIAN */
    }
#undef FILL
}

static int run_build(Build *b, char *err, size_t errlen) {
    b->keys = malloc(sizeof(float) * (size_t)b->n);
    b->tmp = malloc(sizeof(int) * (size_t)b->n);
    int rc = b->keys && b->tmp ? build_tree(b) : -1;
    free(b->keys), free(b->tmp);
    b->keys = NULL, b->tmp = NULL;
    if (rc)
        snprintf(err, errlen, "out of memory building a BVH of %d items", b->n);
    return rc;
}

uint64_t wpc_bvh_build(int warp_minor, const WpcBvhDesc *d, char *err, size_t errlen) {
    int n = d->n, leaf = d->leaf_size > 0 ? d->leaf_size : 1;
    if (check_counts(n, "BVH", err, errlen))
        return 0;
    if (d->groups && warp_minor < 16) {
        snprintf(err, errlen, "Warp 1.10 BVHs have no groups");
        return 0;
    }
    for (int i = 0; i < n * 3; i++)
        if (isnan(d->lowers[i]) || isnan(d->uppers[i])) {
            snprintf(err, errlen, "BVH item %d has NaN bounds", i / 3);
            return 0;
        }
    Alloc a = {warp_minor < 16 ? sizeof(Bvh10) : sizeof(Bvh16), NULL};
    TreeMem t;
    reserve_tree(&a, n, &t);
    size_t il = reserve(&a, sizeof(float) * 3 * (size_t)n), iu = reserve(&a, sizeof(float) * 3 * (size_t)n);
    size_t ig = d->groups ? reserve(&a, sizeof(int) * (size_t)n) : 0;
    if (!(a.mem = calloc(1, a.size))) {
        snprintf(err, errlen, "out of memory (%zu bytes) for a BVH", a.size);
        return 0;
    }
    float *lo = (float *)(a.mem + il), *up = (float *)(a.mem + iu);
    int *gr = d->groups ? (int *)(a.mem + ig) : NULL;
    memcpy(lo, d->lowers, sizeof(float) * 3 * (size_t)n);
    memcpy(up, d->uppers, sizeof(float) * 3 * (size_t)n);
    if (gr)
        memcpy(gr, d->groups, sizeof(int) * (size_t)n);
    Build b;
    build_init(&b, a.mem, &t, lo, up, gr, n, leaf);
    if (run_build(&b, err, errlen)) {
        free(a.mem);
        return 0;
    }
    fill_bvh(a.mem, warp_minor, &b, a.mem, &t, lo, up, gr);
    return (uint64_t)(uintptr_t)a.mem;
}

void wpc_bvh_free(uint64_t id) { free((void *)(uintptr_t)id); }

uint64_t wpc_mesh_build(int warp_minor, const WpcMeshDesc *d, char *err, size_t errlen) {
    int np = d->npoints, nt = d->nindices / 3, leaf = d->leaf_size > 0 ? d->leaf_size : 4;
    if (d->nindices % 3) {
        snprintf(err, errlen, "mesh indices: %d is not a multiple of 3", d->nindices);
        return 0;
    }
    if (check_counts(nt, "mesh", err, errlen))
        return 0;
    if (np <= 0 || np > (1 << 28)) {
        snprintf(err, errlen, "a mesh needs points (%d given)", np);
        return 0;
    }
    if (d->velocities && d->nvelocities != np) {
        snprintf(err, errlen, "mesh velocities: %d, not one per point (%d)", d->nvelocities, np);
        return 0;
    }
    if (d->groups && warp_minor < 16) {
        snprintf(err, errlen, "Warp 1.10 meshes have no groups");
        return 0;
    }
    if (d->groups && d->ngroups != nt) {
        snprintf(err, errlen, "mesh groups: %d, not one per triangle (%d)", d->ngroups, nt);
        return 0;
    }
    for (int i = 0; i < nt * 3; i++)
        if (d->indices[i] < 0 || d->indices[i] >= np) {
            snprintf(err, errlen, "mesh index %d (triangle %d) is not a point index in [0, %d)", d->indices[i], i / 3,
                     np);
            return 0;
        }
    for (int i = 0; i < np * 3; i++)
        if (isnan(d->points[i])) {
            snprintf(err, errlen, "mesh point %d is NaN", i / 3);
            return 0;
        }
    Alloc a = {warp_minor < 16 ? sizeof(Mesh10) : sizeof(Mesh16), NULL};
    size_t op = reserve(&a, sizeof(float) * 3 * (size_t)np), oi = reserve(&a, sizeof(int) * 3 * (size_t)nt);
    size_t ov = d->velocities ? reserve(&a, sizeof(float) * 3 * (size_t)np) : 0;
    size_t og = d->groups ? reserve(&a, sizeof(int) * (size_t)nt) : 0;
    size_t ol = reserve(&a, sizeof(float) * 3 * (size_t)nt), ou = reserve(&a, sizeof(float) * 3 * (size_t)nt);
    size_t os = d->winding ? reserve(&a, sizeof(Props) * (size_t)(2 * nt - 1)) : 0;
    TreeMem t;
    reserve_tree(&a, nt, &t);
    if (!(a.mem = calloc(1, a.size))) {
        snprintf(err, errlen, "out of memory (%zu bytes) for a mesh", a.size);
        return 0;
    }
    unsigned char *m = a.mem;
    float *pts = (float *)(m + op), *vel = d->velocities ? (float *)(m + ov) : NULL;
    float *lo = (float *)(m + ol), *up = (float *)(m + ou);
    int *idx = (int *)(m + oi), *gr = d->groups ? (int *)(m + og) : NULL;
    Props *props = d->winding ? (Props *)(m + os) : NULL;
    memcpy(pts, d->points, sizeof(float) * 3 * (size_t)np);
    memcpy(idx, d->indices, sizeof(int) * 3 * (size_t)nt);
    if (vel)
        memcpy(vel, d->velocities, sizeof(float) * 3 * (size_t)np);
    if (gr)
        memcpy(gr, d->groups, sizeof(int) * (size_t)nt);
    /* triangle bounds and the average edge length (wp_mesh_create_host) */
    float sum = 0.0f;
    for (int i = 0; i < nt; i++) {
        const float *p[3] = {pts + idx[i * 3] * 3, pts + idx[i * 3 + 1] * 3, pts + idx[i * 3 + 2] * 3};
        Bounds b;
        bounds_empty(&b);
        for (int k = 0; k < 3; k++)
            bounds_add(&b, p[k], p[k]);
        memcpy(lo + i * 3, b.lower, sizeof b.lower);
        memcpy(up + i * 3, b.upper, sizeof b.upper);
        float e0[3], e1[3], e2[3];
        v_sub(e0, p[0], p[1]), v_sub(e1, p[0], p[2]), v_sub(e2, p[2], p[1]);
        sum += v_len(e0) + v_len(e1) + v_len(e2);
    }
    Build b;
    build_init(&b, m, &t, lo, up, gr, nt, leaf);
    if (run_build(&b, err, errlen)) {
        free(m);
        return 0;
    }
    if (props)
        props_rec(&b, b.root, pts, idx, props);
    Arr ap = {pts, NULL, {np, 0, 0, 0}, {12, 0, 0, 0}, 1, 0};
    Arr ai = {idx, NULL, {nt * 3, 0, 0, 0}, {4, 0, 0, 0}, 1, 0};
    Arr av = {vel, NULL, {vel ? np : 0, 0, 0, 0}, {vel ? 12 : 0, 0, 0, 0}, (uint16_t)(vel ? 1 : 0), 0};
#define FILLM(x)                                                                                                   \
    (x)->points = ap, (x)->velocities = av, (x)->indices = ai, (x)->lowers = lo, (x)->uppers = up;                   \
    (x)->solid_angle_props = props, (x)->num_points = np, (x)->num_tris = nt;                                       \
    (x)->average_edge_length = sum / (float)(nt * 3);                                                              \
    fill_bvh(&(x)->bvh, warp_minor, &b, m, &t, lo, up, gr)
    if (warp_minor < 16) {
        Mesh10 *x = (Mesh10 *)m;
        FILLM(x);
    } else {
        Mesh16 *x = (Mesh16 *)m;
        FILLM(x);
    }
#undef FILLM
    return (uint64_t)(uintptr_t)m;
}

void wpc_mesh_free(uint64_t id) { free((void *)(uintptr_t)id); }
