/* warpns.c: the names the `warp` module exports that kernels use as values
 * or types: scalar and composite types (vec3, mat33h, quatd, transform,
 * spatial_vector...), the array annotation constructors and the math
 * constants.  Composite type names follow Warp's suffix scheme (h f d for
 * floats, b ub s us i ui l ul for integers), so they are decoded from the
 * name rather than listed. */
#include "frontend/frontend.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const struct { const char *name; IrScalar s; } scalars[] = {
    {"bool", SC_BOOL},       {"int8", SC_INT8},       {"uint8", SC_UINT8},
    {"int16", SC_INT16},     {"uint16", SC_UINT16},   {"int32", SC_INT32},
    {"uint32", SC_UINT32},   {"int64", SC_INT64},     {"uint64", SC_UINT64},
    {"float16", SC_FLOAT16}, {"float32", SC_FLOAT32}, {"float64", SC_FLOAT64},
    {"half", SC_FLOAT16},
};

static const struct { const char *suf; IrScalar s; } suffixes[] = {
    {"", SC_FLOAT32}, {"f", SC_FLOAT32}, {"d", SC_FLOAT64}, {"h", SC_FLOAT16},
    {"b", SC_INT8}, {"ub", SC_UINT8}, {"s", SC_INT16}, {"us", SC_UINT16},
    {"i", SC_INT32}, {"ui", SC_UINT32}, {"l", SC_INT64}, {"ul", SC_UINT64},
};

static int suffix_scalar(const char *suf, int floats_only, IrScalar *out) {
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
        if (!strcmp(suf, suffixes[i].suf)) {
            if (floats_only && i > 3)
                return 0;
            *out = suffixes[i].s;
            return 1;
        }
    return 0;
}

FeWarpName fe_warp_lookup(IrModule *m, const char *a) {
    FeWarpName w = {W_NONE, 0, 0};
    for (size_t i = 0; i < sizeof scalars / sizeof scalars[0]; i++)
        if (!strcmp(a, scalars[i].name)) {
            w.kind = W_SCALAR;
            w.type = ir_type_scalar(m, scalars[i].s);
            return w;
        }
    /* 1.16's wp.handle: a uint64 subclass for object ids (same C++ name and type code) */
    if (m->warp_minor >= 16 && !strcmp(a, "handle")) {
        w.kind = W_SCALAR;
        w.type = ir_type_scalar(m, SC_UINT64);
        return w;
    }
    IrScalar s;
    if (!strncmp(a, "vec", 3) && a[3] >= '2' && a[3] <= '4' && suffix_scalar(a + 4, 0, &s)) {
        w.kind = W_VECTYPE;
        w.type = ir_type_vec(m, a[3] - '0', s);
        return w;
    }
    if (!strncmp(a, "mat", 3) && a[3] >= '2' && a[3] <= '4' && a[4] == a[3] && suffix_scalar(a + 5, 1, &s)) {
        w.kind = W_VECTYPE;
        w.type = ir_type_mat(m, a[3] - '0', a[4] - '0', s);
        return w;
    }
    if (!strncmp(a, "quat", 4) && suffix_scalar(a + 4, 1, &s)) {
        w.kind = W_VECTYPE;
        w.type = ir_type_quat(m, s);
        return w;
    }
    if (!strncmp(a, "transform", 9) && suffix_scalar(a + 9, 1, &s)) {
        w.kind = W_VECTYPE;
        w.type = ir_type_transform(m, s);
        return w;
    }
    if (!strncmp(a, "spatial_vector", 14) && suffix_scalar(a + 14, 1, &s)) {
        w.kind = W_VECTYPE;
        w.type = ir_type_vec(m, 6, s);
        return w;
    }
    if (!strncmp(a, "spatial_matrix", 14) && suffix_scalar(a + 14, 1, &s)) {
        w.kind = W_VECTYPE;
        w.type = ir_type_mat(m, 6, 6, s);
        return w;
    }
    if (!strcmp(a, "array")) { w.kind = W_ARRAY; return w; }
    if (!strncmp(a, "array", 5) && a[5] >= '1' && a[5] <= '4' && !strcmp(a + 6, "d")) {
        w.kind = W_ARRAY;
        w.n = a[5] - '0';
        return w;
    }
    IrConst c;
    if (fe_warp_constant(NULL, a, &c)) {
        w.kind = W_CONST;
        return w;
    }
    /* the query object classes and the native classes kernels name */
    static const struct { const char *name; IrOpaque oq; } opaques[] = {
        {"HashGridQuery", OQ_HASH_GRID_QUERY}, {"MeshQueryAABB", OQ_MESH_QUERY_AABB},
        {"MeshQueryPoint", OQ_MESH_QUERY_POINT}, {"MeshQueryRay", OQ_MESH_QUERY_RAY},
        {"BvhQuery", OQ_BVH_QUERY}, {"Mesh", OQ_MESH}, {"Volume", OQ_VOLUME},
        {"BvhQueryTiled", OQ_BVH_QUERY_TILED}, {"MeshQueryAABBTiled", OQ_MESH_QUERY_AABB_TILED},
    };
    for (size_t i = 0; i < sizeof opaques / sizeof opaques[0]; i++)
        if (!strcmp(a, opaques[i].name)) {
            w.kind = W_OPAQUE;
            w.type = ir_type_opaque(m, opaques[i].oq, SC_FLOAT32);
            return w;
        }
    return w;
}

int fe_warp_constant(FeModule *fm, const char *a, IrConst *out) {
    (void)fm;
    static const struct { const char *name; double v; } k[] = {
        {"e", 2.71828182845904523536},   {"E", 2.71828182845904523536},
        {"log2e", 1.44269504088896340736}, {"LOG2E", 1.44269504088896340736},
        {"log10e", 0.43429448190325182765}, {"LOG10E", 0.43429448190325182765},
        {"ln2", 0.69314718055994530942}, {"LN2", 0.69314718055994530942},
        {"ln10", 2.30258509299404568402}, {"LN10", 2.30258509299404568402},
        {"phi", 1.61803398874989484820}, {"PHI", 1.61803398874989484820},
        {"pi", 3.14159265358979323846},  {"PI", 3.14159265358979323846},
        {"half_pi", 1.57079632679489661923}, {"HALF_PI", 1.57079632679489661923},
        {"tau", 6.28318530717958647692}, {"TAU", 6.28318530717958647692},
        {"inf", INFINITY}, {"INF", INFINITY}, {"nan", NAN}, {"NAN", NAN},
    };
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
        if (!strcmp(a, k[i].name)) {
            memset(out, 0, sizeof *out);
            out->is_float = 1;
            out->f = k[i].v;
            return 1;
        }
    return 0;
}

static uint16_t f32_to_f16_bits(float f) {
    /* round to nearest even, as numpy/ctypes conversions do */
    union { float f; uint32_t u; } v = {f};
    uint32_t x = v.u, sign = (x >> 16) & 0x8000;
    int exp = (int)((x >> 23) & 0xff) - 127 + 15;
    uint32_t mant = x & 0x7fffff;
    if (((x >> 23) & 0xff) == 0xff)
        return (uint16_t)(sign | 0x7c00 | (mant ? 0x200 : 0));
    if (exp >= 31)
        return (uint16_t)(sign | 0x7c00);
    if (exp <= 0) {
        if (exp < -10)
            return (uint16_t)sign;
        mant |= 0x800000;
        int shift = 14 - exp;
        uint32_t h = mant >> shift, rem = mant & ((1u << shift) - 1), half = 1u << (shift - 1);
        if (rem > half || (rem == half && (h & 1)))
            h++;
        return (uint16_t)(sign | h);
    }
    uint32_t h = (uint32_t)(exp << 10) | (mant >> 13);
    uint32_t rem = mant & 0x1fff;
    if (rem > 0x1000 || (rem == 0x1000 && (h & 1)))
        h++;
    return (uint16_t)(sign | h);
}

static double f16_bits_to_double(uint16_t h) {
    int sign = h >> 15, exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
    double v;
    if (exp == 0) v = ldexp(mant, -24);
    else if (exp == 31) v = mant ? NAN : INFINITY;
    else v = ldexp(mant | 0x400, exp - 25);
    return sign ? -v : v;
}

double fe_round_to(IrScalar s, double v) {
    switch (s) {
    case SC_FLOAT32: return (double)(float)v;
    case SC_FLOAT16: return f16_bits_to_double(f32_to_f16_bits((float)v));
    case SC_FLOAT64: return v;
    case SC_BOOL: return v != 0;
    case SC_INT8: return (double)(int8_t)(int64_t)v;
    case SC_UINT8: return (double)(uint8_t)(int64_t)v;
    case SC_INT16: return (double)(int16_t)(int64_t)v;
    case SC_UINT16: return (double)(uint16_t)(int64_t)v;
    case SC_INT32: return (double)(int32_t)(int64_t)v;
    case SC_UINT32: return (double)(uint32_t)(int64_t)v;
    case SC_INT64: return (double)(int64_t)v;
    case SC_UINT64: return (double)(uint64_t)(int64_t)v;
    default: return v;
    }
}

int fe_warp_construct(FeModule *fm, const char *ctor, AstNode *call, IrConst *out) {
    FeWarpName w = fe_warp_lookup(fm->ir, ctor);
    if (w.kind != W_SCALAR && w.kind != W_VECTYPE)
        return 0;
    return fe_construct(fm, w.type, call, out);
}

/* A value of a Warp scalar or composite type (vectors, matrices,
 * quaternions, transforms, module-made wp.types.vector/matrix types) built
 * at module level from constant arguments, as ctypes stores it. */
int fe_construct(FeModule *fm, IrType type, AstNode *call, IrConst *out) {
    IrModule *m = fm->ir;
    FeWarpName w = {0};
    w.type = type;
    int k0 = ir_type_info(m, type)->kind;
    if (k0 != TY_SCALAR && k0 != TY_VEC && k0 != TY_MAT && k0 != TY_QUAT && k0 != TY_TRANSFORM)
        return 0;
    w.kind = k0 == TY_SCALAR ? W_SCALAR : W_VECTYPE;
    if (call->l2.n)
        return 0;
    const IrTypeInfo *ti = ir_type_info(m, w.type);
    IrScalar sc = ti->scalar;
    memset(out, 0, sizeof *out);
    out->type = w.type;
    if (w.kind == W_SCALAR) {
        IrConst x = {0};
        if (call->l1.n == 1) {
            if (!fe_const_eval(fm, call->l1.items[0], &x) || x.n)
                return 0;
        } else if (call->l1.n != 0) {
            return 0;
        }
        double v = x.is_float ? x.f : (double)x.i;
        if (call->l1.n == 1 && !x.is_bool) {
            out->has_raw = 1;
            out->raw_is_float = x.is_float;
            out->raw_is_big = x.is_big;
            out->raw_i = x.i;
            out->raw_f = x.f;
        }
        if (ir_scalar_is_float(sc)) {
            out->is_float = 1;
            out->f = fe_round_to(sc, v);
        } else if (sc == SC_BOOL) {
            out->i = v != 0;
        } else {
            /* wrap like ctypes does */
            int64_t iv = x.is_float ? (int64_t)x.f : x.i;
            out->i = (int64_t)fe_round_to(sc, (double)iv);
            if (sc == SC_UINT64 || sc == SC_INT64)
                out->i = iv;
        }
        return 1;
    }
    int n = ti->kind == TY_VEC ? ti->rows
          : ti->kind == TY_MAT ? ti->rows * ti->cols
          : ti->kind == TY_QUAT ? 4 : 7;
    double *v = arena_alloc(m->arena, sizeof(double) * n);
    int k = 0;
    /* vec3([1, 2, 3]): one list or tuple of the elements */
    AstList *args = &call->l1;
    if (call->l1.n == 1 && (call->l1.items[0]->kind == A_LIST || call->l1.items[0]->kind == A_TUPLE))
        args = &call->l1.items[0]->l1;
    for (int i = 0; i < args->n; i++) {
        IrConst x;
        if (!fe_const_eval(fm, args->items[i], &x))
            return 0;
        if (x.n) {
            for (int j = 0; j < x.n && k < n; j++)
                v[k++] = x.v[j];
        } else if (k < n) {
            v[k++] = x.is_float ? x.f : (double)x.i;
        }
    }
    if (args == &call->l1 && call->l1.n == 1 && k == 1) /* fill */
        for (; k < n; k++)
            v[k] = v[0];
    if (call->l1.n == 0) {
        for (k = 0; k < n; k++)
            v[k] = 0;
        if (ti->kind == TY_QUAT) v[3] = 1;
        if (ti->kind == TY_TRANSFORM) v[6] = 1;
    }
    if (k != n)
        return 0;
    for (int i = 0; i < n; i++)
        v[i] = fe_round_to(sc, v[i]);
    out->n = n;
    out->v = v;
    out->is_float = ir_scalar_is_float(sc);
    return 1;
}

static int small_int(AstNode *e, int *out) {
    if (e && e->kind == A_CONST && e->ck == CK_INT && e->i > 0 && e->i <= 64) {
        *out = (int)e->i;
        return 1;
    }
    return 0;
}

IrType fe_type_expr(FeModule *fm, AstNode *e) {
    IrModule *m = fm->ir;
    if (!e)
        return 0;
    if (e->kind == A_NAME) {
        if (!strcmp(e->str, "float")) return ir_type_scalar(m, SC_FLOAT32);
        if (!strcmp(e->str, "int")) return ir_type_scalar(m, SC_INT32);
        if (!strcmp(e->str, "bool")) return ir_type_scalar(m, SC_BOOL);
        const FeGlobal *g = fe_global(fm, e->str);
        if (g && g->kind == G_TYPE)
            return g->type;
        if (g && g->kind == G_WARP_ATTR) {
            FeWarpName w = fe_warp_lookup(m, g->attr);
            return w.kind == W_SCALAR || w.kind == W_VECTYPE || w.kind == W_OPAQUE ? w.type : 0;
        }
        if (!g && fm->warp_star) {
            FeWarpName w = fe_warp_lookup(m, e->str);
            return w.kind == W_SCALAR || w.kind == W_VECTYPE || w.kind == W_OPAQUE ? w.type : 0;
        }
        return 0;
    }
    const char *wa = fe_warp_attr(fm, e->kind == A_CALL ? e->a : e);
    if (!wa)
        return 0;
    if (e->kind != A_CALL) {
        FeWarpName w = fe_warp_lookup(m, wa);
        return w.kind == W_SCALAR || w.kind == W_VECTYPE || w.kind == W_OPAQUE ? w.type : 0;
    }
    /* wp.types.vector(length, dtype), matrix(shape, dtype), quaternion(dtype), transformation(dtype) */
    AstNode *pos[2] = {e->l1.n > 0 ? e->l1.items[0] : NULL, e->l1.n > 1 ? e->l1.items[1] : NULL};
    AstNode *length = NULL, *shape = NULL, *dtype = NULL;
    for (int i = 0; i < e->l2.n; i++) {
        AstNode *kw = e->l2.items[i];
        if (!kw->str) return 0;
        if (!strcmp(kw->str, "length")) length = kw->a;
        else if (!strcmp(kw->str, "shape")) shape = kw->a;
        else if (!strcmp(kw->str, "dtype")) dtype = kw->a;
        else return 0;
    }
    /* Warp 1.10 exports vector and matrix as wp.vec and wp.mat too */
    if (m->warp_minor < 16 && !strcmp(wa, "vec"))
        wa = "vector";
    if (m->warp_minor < 16 && !strcmp(wa, "mat"))
        wa = "matrix";
    if (!strcmp(wa, "vector")) {
        if (!length) length = pos[0], dtype = dtype ? dtype : pos[1];
        else if (!dtype) dtype = pos[0];
        int n;
        IrType dt = fe_type_expr(fm, dtype);
        if (!small_int(length, &n) || !dt || ir_type_info(m, dt)->kind != TY_SCALAR)
            return 0;
        return ir_type_vec(m, n, ir_type_info(m, dt)->scalar);
    }
    if (!strcmp(wa, "matrix")) {
        if (!shape) shape = pos[0], dtype = dtype ? dtype : pos[1];
        else if (!dtype) dtype = pos[0];
        int r, c;
        IrType dt = fe_type_expr(fm, dtype);
        if (!shape || shape->kind != A_TUPLE || shape->l1.n != 2 || !small_int(shape->l1.items[0], &r) ||
            !small_int(shape->l1.items[1], &c) || !dt || ir_type_info(m, dt)->kind != TY_SCALAR)
            return 0;
        return ir_type_mat(m, r, c, ir_type_info(m, dt)->scalar);
    }
    if (!strcmp(wa, "quaternion") || !strcmp(wa, "transformation")) {
        IrType dt = fe_type_expr(fm, dtype ? dtype : pos[0]);
        if (!dt || ir_type_info(m, dt)->kind != TY_SCALAR || e->l1.n + e->l2.n != 1)
            return 0;
        IrScalar sc = ir_type_info(m, dt)->scalar;
        return wa[0] == 'q' ? ir_type_quat(m, sc) : ir_type_transform(m, sc);
    }
    return 0;
}
