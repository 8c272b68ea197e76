/* llvm.c: the forward IR of kernels and user funcs -> LLVM IR (LLVM 19 C API).
 * requires: a built and hashed IrModule (native names); the caller's module
 * carries the target triple and data layout.
 *
 * Approach: every IR value (one of Warp's var_N) gets a stack slot of its
 * LLVM type, zeroed in the entry block; an instruction loads its operands
 * from slots and stores its results, exactly as Warp's C++ reads and assigns
 * its locals (wp::assign, struct member stores, in-place vector writes and
 * the iterator and random-state arguments mutate a slot in place).  The O2
 * pipeline (SROA/mem2reg) turns the slots back into SSA registers.  The
 * structured markers become blocks: if/else and the bool guards open a
 * conditional block, loops push their (start, end) targets for break and
 * continue, and code after a jump continues in an unreachable block.
 * Warp's value types are laid out as its C++ structs: vectors, matrices
 * (row-major), quaternions and transforms are flat LLVM arrays of their
 * scalar, arrays are array_t, bool is i8, float16 is half.  The semantics of
 * each builtin is written once, here, as a builder routine ported from
 * Warp's native headers (builtin.h, vec.h, mat.h, quat.h, spatial.h,
 * rand.h, range.h, array.h): integer division, shifts and float->int casts
 * as x86-64 executes Warp's C++, float16 arithmetic through float, Warp's
 * fmin/fmax NaN rules, its PCG random numbers and evaluation orders.
 * Transcendental functions call the C library by name (sinf, pow...), so a
 * GPU path can map the same names to libdevice.  Each kernel gets a body
 * function (one task index) and an entry point that runs a range of task
 * indices; its argument block is Warp's wp_args_<kernel> struct. */
#include "backends/backends.h"

#include <llvm-c/Core.h>

#include <math.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef LLVMValueRef V;
typedef LLVMTypeRef T;

/* ---- the builtins this lowering knows, by key ---------------------------- */
#define KEYS(X)                                                                                                    \
    X(load) X(store) X(address) X(view) X(array_store) X(extract) X(index) X(indexref) X(assign_inplace)         \
    X(hash_grid_query) X(hash_grid_query_next) X(hash_grid_point_id)                                            \
    X(mesh_query_point) X(mesh_query_point_no_sign) X(mesh_query_point_sign_normal)                              \
    X(mesh_query_point_sign_winding_number) X(mesh_query_point_sign_parity) X(mesh_query_furthest_point_no_sign) \
    X(mesh_query_ray) X(mesh_query_ray_anyhit) X(mesh_query_ray_count_intersections) X(mesh_query_aabb)          \
    X(mesh_query_aabb_next) X(mesh_eval_position) X(mesh_eval_velocity) X(mesh_eval_face_normal) X(mesh_get)     \
    X(mesh_get_point) X(mesh_get_velocity) X(mesh_get_index) X(mesh_get_group_root) X(bvh_query_aabb)            \
    X(bvh_query_ray) X(bvh_query_next) X(bvh_get_group_root) X(bvh_query_aabb_tiled) X(bvh_query_ray_tiled)      \
    X(tile_bvh_query_aabb) X(tile_bvh_query_ray) X(mesh_query_aabb_tiled) X(tile_mesh_query_aabb)               \
    X(tile_query_valid) X(bvh_query_next_tiled) X(tile_bvh_query_next) X(mesh_query_aabb_next_tiled)             \
    X(tile_mesh_query_aabb_next)                                                                                 \
    X(add_inplace) X(sub_inplace) X(assign) X(copy) X(tid) X(range) X(iter_next) X(reversed) X(where) X(select) \
    X(print) X(printf) X(add) X(sub) X(mul) X(div) X(mod) X(floordiv) X(pow) X(neg) X(pos) X(min) X(max)         \
    X(clamp) X(abs) X(sign) X(step) X(nonzero) X(bit_and) X(bit_or) X(bit_xor) X(lshift) X(rshift) X(invert)      \
    X(unot) X(sin) X(cos) X(tan) X(asin) X(acos) X(atan) X(atan2) X(sinh) X(cosh) X(tanh) X(sqrt) X(cbrt) X(exp) \
    X(log) X(log2) X(log10) X(floor) X(ceil) X(round) X(rint) X(trunc) X(frac) X(degrees) X(radians) X(isnan)     \
    X(isinf) X(isfinite) X(erf) X(erfc) X(copysign) X(lerp) X(smoothstep) X(float) X(int) X(bool) X(int8)        \
    X(uint8) X(int16) X(uint16) X(int32) X(uint32) X(int64) X(uint64) X(float16) X(float32) X(float64)           \
    X(vector) X(matrix) X(matrix_from_cols) X(matrix_from_rows) X(quaternion) X(transformation)                 \
    X(spatial_vector) X(identity) X(dot) X(cross) X(length) X(length_sq) X(normalize) X(cw_mul) X(cw_div)        \
    X(outer) X(transpose) X(determinant) X(inverse) X(diag) X(trace) X(get_diag) X(skew) X(ddot)                 \
    X(quat_identity) X(quat_from_axis_angle) X(quat_inverse) X(quat_rotate) X(quat_rotate_inv) X(quat_to_matrix) \
    X(quat_rpy) X(transform_identity) X(transform_get_translation) X(transform_get_rotation) X(transform_point)  \
    X(transform_vector) X(transform_multiply) X(transform_inverse) X(spatial_top) X(spatial_bottom)              \
    X(spatial_dot) X(spatial_cross) X(atomic_add) X(atomic_sub) X(atomic_min) X(atomic_max) X(atomic_and)        \
    X(atomic_or) X(atomic_xor) X(atomic_cas) X(atomic_exch) X(rand_init) X(randi) X(randf) X(randn) X(randu)     \
    X(expect_eq) X(expect_neq) X(expect_near) X(lower_bound) X(block_dim) X(len) X(slice) X(argmin) X(argmax)    \
    X(quat_to_axis_angle) X(sample_triangle) X(sample_unit_ring) X(sample_unit_disk) X(sample_unit_sphere_surface) \
    X(sample_unit_sphere) X(sample_unit_hemisphere_surface) X(sample_unit_hemisphere) X(sample_unit_square)      \
    X(sample_unit_cube) X(sample_unit_hypercube) X(tuple) X(quat_slerp) X(spatial_adjoint)             \
    X(closest_point_edge_edge) X(spatial_cross_dual) X(quat_from_matrix) X(transform_set_translation)          \
    X(transform_set_rotation) X(transform_set_translation_copy) X(transform_set_rotation_copy)                  \
    X(transform_add_inplace) X(transform_sub_inplace) X(svd3) X(svd2) X(qr3) X(eig3)             \
    X(assign_copy) X(bit_and_inplace) X(bit_or_inplace) X(bit_xor_inplace) X(div_approx) X(inverse_approx)      \
    X(breakpoint) X(sample_cdf) X(array) X(cast) X(erfinv) X(erfcinv)

enum {
    K_NONE,
#define X(k) K_##k,
    KEYS(X)
#undef X
    K_COUNT
};

static const char *const key_names[] = {
    "",
#define X(k) #k,
    KEYS(X)
#undef X
};

static uint16_t *key_of_builtin; /* IrBuiltinId -> K_* */
static pthread_once_t key_once = PTHREAD_ONCE_INIT;

static void keys_init(void) {
    int n = ir_builtin_count();
    key_of_builtin = calloc((size_t)n + 1, sizeof *key_of_builtin);
    if (!key_of_builtin)
        return;
    for (int id = 1; id <= n; id++) {
        const char *k = ir_builtin_key((IrBuiltinId)id);
        for (int j = 1; j < K_COUNT; j++)
            if (!strcmp(k, key_names[j])) {
                key_of_builtin[id] = (uint16_t)j;
                break;
            }
    }
}

/* ---- lowering state ------------------------------------------------------ */
enum { CT_IF, CT_LOOP };
typedef struct Ctl {
    int kind;
    LLVMBasicBlockRef start, end;
} Ctl;

typedef struct Lw {
    const IrModule *m;
    LLVMContextRef C;
    LLVMModuleRef M;
    LLVMBuilderRef B, BA; /* body builder; alloca builder (entry block) */
    const WlOptions *opt;
    Arena *arena;
    jmp_buf fail;
    char *err;
    size_t errlen;
    T *types; /* per IrType */
    T i1, i8, i16, i32, i64, f16, f32, f64, ptr, vd, arr_t, bounds_t;
    V *fns;   /* per module func: the LLVM function (or NULL) */
    T *fnty;
    V printf_fn;
    /* the function being lowered */
    const IrFunc *f;
    V fn;
    LLVMBasicBlockRef alloca_bb;
    V *slots;
    V *ssa;          /* values kept in registers: their current LLVM value */
    uint8_t *in_ssa; /* 1: the value needs no stack slot (see analyze_ssa) */
    V args_ptr, coords[4];
    V *ret_ptrs;
    Ctl ctl[256];
    int nctl;
} Lw;

static void fail(Lw *l, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));
static void fail(Lw *l, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(l->err, l->errlen, fmt, ap);
    va_end(ap);
    longjmp(l->fail, 1);
}

static const IrTypeInfo *ti(Lw *l, IrType t) { return ir_type_info(l->m, t); }
static IrType strip(Lw *l, IrType t) { return ir_type_strip_ref(l->m, t); }
static const char *type_name(Lw *l, IrType t) {
    Buf b = {0};
    ir_type_repr(l->m, t, &b);
    buf_put(&b, "", 1);
    const char *r = arena_strdup(l->arena, b.data);
    buf_free(&b);
    return r;
}

/* ---- types --------------------------------------------------------------- */
static int sc_isf(IrScalar s) { return s == SC_FLOAT16 || s == SC_FLOAT32 || s == SC_FLOAT64; }
static int sc_signed(IrScalar s) { return s == SC_INT8 || s == SC_INT16 || s == SC_INT32 || s == SC_INT64; }
static int sc_bits(IrScalar s) { return s == SC_BOOL ? 8 : ir_scalar_bits(s); }

static T sct(Lw *l, IrScalar s) {
    switch (s) {
    case SC_BOOL: case SC_INT8: case SC_UINT8: return l->i8;
    case SC_INT16: case SC_UINT16: return l->i16;
    case SC_INT32: case SC_UINT32: return l->i32;
    case SC_INT64: case SC_UINT64: return l->i64;
    case SC_FLOAT16: return l->f16;
    case SC_FLOAT32: return l->f32;
    case SC_FLOAT64: return l->f64;
    default: return l->i32;
    }
}

/* number of scalar components of a vec/mat/quat/transform, else 0 */
static int ncomp(const IrTypeInfo *t) {
    switch (t->kind) {
    case TY_VEC: return t->rows;
    case TY_MAT: return t->rows * t->cols;
    case TY_QUAT: return 4;
    case TY_TRANSFORM: return 7;
    default: return 0;
    }
}

/* the LLVM type of a type of the wpclib module (scalars and structs): the
 * type the library's lowering gives it */
static T lib_ltype(Lw *l, const IrModule *lib, IrType t) {
    const IrTypeInfo *x = ir_type_info(lib, t);
    if (x->kind == TY_SCALAR)
        return sct(l, x->scalar);
    if (x->kind == TY_VEC || x->kind == TY_MAT) /* as ltype gives them */
        return LLVMArrayType2(sct(l, x->scalar), (uint64_t)ncomp(x));
    if (x->kind == TY_ARRAY)
        return l->arr_t;
    if (x->kind == TY_STRUCT) {

        const IrStruct *st = lib->structs[x->strct];
        T el[64];
        int n = 0;
        for (int i = 0; i < st->nfields && n < 64; i++)
            el[n++] = lib_ltype(l, lib, st->fields[i].type);
        if (!n)
            el[n++] = l->i8;
        return LLVMStructTypeInContext(l->C, el, (unsigned)n, 0);
    }
    fail(l, "internal: a wpclib type of kind %d", x->kind);
}

/* the LLVM type of struct `name` of the wpclib module: objects whose
 * builtins are written in Warp Python (wp.HashGridQuery:
 * HashGridQueryState of wpclib/hashgrid.py) */
static T lib_struct_ltype(Lw *l, const char *name) {
    const IrModule *lib = l->opt->lib;
    size_t n = strlen(name);
    for (int t = 1; lib && t < lib->ntypes; t++) {
        const IrTypeInfo *x = ir_type_info(lib, (IrType)t);
        if (x->kind != TY_STRUCT)
            continue;
        const char *k = lib->structs[x->strct]->key;
        size_t kl = strlen(k);
        if (kl >= n && !strcmp(k + kl - n, name) && (kl == n || k[kl - n - 1] == '_'))
            return lib_ltype(l, lib, (IrType)t);
    }
    fail(l, "internal: no struct %s in wpclib", name);
}

/* the index of field `field` of struct `sname` of the wpclib module, or -1 */
static int lib_struct_field(Lw *l, const char *sname, const char *field) {
    const IrModule *lib = l->opt->lib;
    size_t n = strlen(sname);
    for (int t = 1; lib && t < lib->ntypes; t++) {
        const IrTypeInfo *x = ir_type_info(lib, (IrType)t);
        if (x->kind != TY_STRUCT)
            continue;
        const IrStruct *st = lib->structs[x->strct];
        size_t kl = strlen(st->key);
        if (kl < n || strcmp(st->key + kl - n, sname) || (kl != n && st->key[kl - n - 1] != '_'))
            continue;
        for (int i = 0; i < st->nfields; i++)
            if (!strcmp(st->fields[i].name, field))
                return i;
        return -1;
    }
    return -1;
}

/* the wpclib/mesh.py structs of the mesh and BVH query types (wp.Mesh:
 * its arrays), or NULL */
static const char *mesh_lib_struct(int oq) {
    switch (oq) {
    case OQ_MESH_QUERY_POINT: return "MeshQueryPointResult";
    case OQ_MESH_QUERY_RAY: return "MeshQueryRayResult";
    case OQ_MESH_QUERY_AABB: return "MeshQueryAABBState";
    case OQ_BVH_QUERY: return "BvhQueryState";
    case OQ_MESH: return "MeshArrays";
    default: return NULL;
    }
}

static T ltype(Lw *l, IrType t) {
    if (t < l->m->ntypes && l->types[t])
        return l->types[t];
    const IrTypeInfo *x = ti(l, t);
    T r = NULL;
    switch (x->kind) {
    case TY_VOID: r = l->vd; break;
    case TY_SCALAR: r = sct(l, x->scalar); break;
    case TY_VEC: case TY_MAT: case TY_QUAT: case TY_TRANSFORM:
        r = LLVMArrayType2(sct(l, x->scalar), (uint64_t)ncomp(x));
        break;
    case TY_ARRAY: r = l->arr_t; break;
    case TY_STRUCT: {
        const IrStruct *st = l->m->structs[x->strct];
        T el[256];
        int n = 0;
        for (int i = 0; i < st->nfields && n < 256; i++)
            el[n++] = ltype(l, st->fields[i].type);
        if (!n)
            el[n++] = l->i8;
        r = LLVMStructTypeInContext(l->C, el, (unsigned)n, 0);
        break;
    }
    case TY_REF: case TY_STRING: r = l->ptr; break;
    case TY_RANGE: {
        T el[4] = {l->i32, l->i32, l->i32, l->i32};
        r = LLVMStructTypeInContext(l->C, el, 4, 0);
        break;
    }
    case TY_SHAPE: r = LLVMArrayType2(l->i32, 4); break;
    case TY_TILE_STACK: r = l->ptr; break; /* its storage: {T data[capacity]; int count} */
    case TY_TILE: /* a register tile's elements; a shared tile is a pointer (see tiles) */
        r = x->rows & IRTILE_SHARED ? l->ptr : LLVMArrayType2(ltype(l, x->elem), (uint64_t)ir_tile_size(l->m, t));
        break;
    case TY_TUPLE: {
        const IrType *el = ir_type_tuple_elems(l->m, t, NULL);
        T ft[64];
        int n = x->rows < 64 ? x->rows : 64;
        for (int i = 0; i < n; i++)
            ft[i] = ltype(l, el[i]);
        r = LLVMStructTypeInContext(l->C, ft, (unsigned)n, 0);
        break;
    }
    case TY_SLICE: {
        T el[3] = {l->i32, l->i32, l->i32};
        r = LLVMStructTypeInContext(l->C, el, 3, 0);
        break;
    }
    case TY_OPAQUE:
        if (x->rows == OQ_HASH_GRID_QUERY) {
            r = lib_struct_ltype(l, "HashGridQueryState");
            break;
        }
        if (mesh_lib_struct(x->rows)) {
            r = lib_struct_ltype(l, mesh_lib_struct(x->rows));
            break;
        }
        if (x->rows == OQ_BVH_QUERY_TILED || x->rows == OQ_MESH_QUERY_AABB_TILED) {
            /* Warp's CPU thread-block query is the plain query with its
             * last_query_valid flag: {state, i8 valid} */
            T el[2] = {lib_struct_ltype(l, x->rows == OQ_BVH_QUERY_TILED ? "BvhQueryState" : "MeshQueryAABBState"),
                       l->i8};
            r = LLVMStructTypeInContext(l->C, el, 2, 0);
            break;
        }
        fail(l, "%s values are not supported by the CPU runtime", type_name(l, t));
    default: fail(l, "%s values are not supported by the CPU runtime", type_name(l, t));
    }
    if (t < l->m->ntypes)
        l->types[t] = r;
    return r;
}

/* C layout of Warp's native types (equal to LLVM's x86-64/aarch64 layout of
 * the types above) */
static uint64_t layout(const IrModule *m, IrType t, uint64_t *align) {
    const IrTypeInfo *x = ir_type_info(m, t);
    uint64_t a = 1, s = 0;
    switch (x->kind) {
    case TY_SCALAR: s = a = (uint64_t)(x->scalar == SC_BOOL ? 1 : ir_scalar_bits(x->scalar) / 8); break;
    case TY_VEC: case TY_MAT: case TY_QUAT: case TY_TRANSFORM:
        a = (uint64_t)(x->scalar == SC_BOOL ? 1 : ir_scalar_bits(x->scalar) / 8);
        s = a * (uint64_t)ncomp(x);
        break;
    case TY_ARRAY: s = sizeof(WlArray); a = 8; break;
    case TY_STRUCT: {
        const IrStruct *st = m->structs[x->strct];
        for (int i = 0; i < st->nfields; i++) {
            uint64_t fa, fs = layout(m, st->fields[i].type, &fa);
            s = (s + fa - 1) / fa * fa + fs;
            if (fa > a)
                a = fa;
        }
        if (!st->nfields)
            s = 1;
        s = (s + a - 1) / a * a;
        break;
    }
    case TY_REF: case TY_STRING: s = a = 8; break;
    case TY_RANGE: s = 16; a = 4; break;
    case TY_SHAPE: s = 16; a = 4; break;
    case TY_SLICE: s = 12; a = 4; break;
    default: s = 0; a = 1; break;
    }
    if (align)
        *align = a;
    return s;
}

uint64_t llvm_type_size(const IrModule *m, IrType t, uint64_t *align) { return layout(m, t, align); }

uint64_t llvm_field_offset(const IrModule *m, int s, int k) {
    const IrStruct *st = m->structs[s];
    uint64_t off = 0;
    for (int i = 0; i <= k && i < st->nfields; i++) {
        uint64_t fa, fs = layout(m, st->fields[i].type, &fa);
        off = (off + fa - 1) / fa * fa;
        if (i == k)
            return off;
        off += fs;
    }
    return off;
}

static LLVMBasicBlockRef new_block(Lw *l);

/* ---- small builders ---------------------------------------------------------- */
static V ci32(Lw *l, int64_t v) { return LLVMConstInt(l->i32, (unsigned long long)v, 1); }
static V ci64(Lw *l, int64_t v) { return LLVMConstInt(l->i64, (unsigned long long)v, 1); }
static V cint(Lw *l, IrScalar s, int64_t v) { return LLVMConstInt(sct(l, s), (unsigned long long)v, sc_signed(s)); }
static V cflt(Lw *l, IrScalar s, double v) {
    if (s == SC_FLOAT16)
        v = (double)(float)v; /* half(float(v)) */
    return LLVMConstReal(sct(l, s), v);
}
/* a scalar constant of any scalar type */
static V cnum(Lw *l, IrScalar s, double v) {
    if (sc_isf(s))
        return cflt(l, s, v);
    if (s == SC_BOOL)
        return cint(l, s, v != 0);
    return cint(l, s, (int64_t)v);
}
static V ext(Lw *l, V a, unsigned i) { return LLVMBuildExtractValue(l->B, a, i, ""); }
static V ins(Lw *l, V a, V x, unsigned i) { return LLVMBuildInsertValue(l->B, a, x, i, ""); }
static V zero(T t) { return LLVMConstNull(t); }
static V b2i8(Lw *l, V c) { return LLVMBuildZExt(l->B, c, l->i8, ""); }
static V sel(Lw *l, V c, V a, V b) { return LLVMBuildSelect(l->B, c, a, b, ""); }

static V call_ext(Lw *l, const char *name, T ret, T *params, unsigned np, V *args, unsigned nargs, int vararg) {
    V fn = LLVMGetNamedFunction(l->M, name);
    T fty = LLVMFunctionType(ret, params, np, vararg);
    if (!fn) {
        fn = LLVMAddFunction(l->M, name, fty);
        LLVMSetLinkage(fn, LLVMExternalLinkage);
    }
    return LLVMBuildCall2(l->B, fty, fn, args, nargs, "");
}

static V intrinsic(Lw *l, const char *name, T ty, V *args, unsigned n) {
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    V fn = LLVMGetIntrinsicDeclaration(l->M, id, &ty, ty ? 1 : 0);
    T fty = LLVMIntrinsicGetType(l->C, id, &ty, ty ? 1 : 0);
    return LLVMBuildCall2(l->B, fty, fn, args, n, "");
}

/* funcs and kernel bodies are inlined into the entry points: one function
 * per kernel for code generation */
static void add_fn_attr(Lw *l, V fn, const char *name) {
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(l->C, kind, 0));
}

static V string_ptr(Lw *l, const char *s, size_t n) {
    V str = LLVMConstStringInContext(l->C, s, (unsigned)n, 0);
    V g = LLVMAddGlobal(l->M, LLVMTypeOf(str), "");
    LLVMSetInitializer(g, str);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    return g;
}
static V cstring(Lw *l, const char *s) { return string_ptr(l, s, strlen(s)); }

/* ---- constants and value slots ----------------------------------------------- */
static V const_of(Lw *l, const IrConst *c, IrType t) {
    const IrTypeInfo *x = ti(l, strip(l, t));
    if (x->kind == TY_SCALAR) {
        if (sc_isf(x->scalar))
            return cflt(l, x->scalar, c->is_float ? c->f : (double)c->i);
        if (x->scalar == SC_BOOL)
            return cint(l, SC_BOOL, c->is_float ? c->f != 0 : c->i != 0);
        return cint(l, x->scalar, c->is_float ? (int64_t)c->f : c->i);
    }
    int n = ncomp(x);
    if (n) {
        V el[64];
        for (int k = 0; k < n && k < 64; k++) {
            double v = c->n ? (k < c->n ? c->v[k] : 0.0) : c->is_float ? c->f : (double)c->i;
            el[k] = cnum(l, x->scalar, v);
        }
        return LLVMConstArray2(sct(l, x->scalar), el, (uint64_t)n);
    }
    return zero(ltype(l, t));
}

static const IrValue *val(Lw *l, IrVal v) { return &l->f->vals[v]; }
static IrType vtype(Lw *l, IrVal v) { return strip(l, val(l, v)->type); }
static int is_ref(Lw *l, IrVal v) { return ti(l, val(l, v)->type)->kind == TY_REF; }

/* index of field `name` of struct type t, or -1 */
static int struct_field(Lw *l, IrType t, const char *name, IrType *ft) {
    const IrTypeInfo *x = ti(l, t);
    if (x->kind != TY_STRUCT)
        return -1;
    const IrStruct *st = l->m->structs[x->strct];
    for (int i = 0; i < st->nfields; i++)
        if (!strcmp(st->fields[i].name, name)) {
            if (ft)
                *ft = st->fields[i].type;
            return i;
        }
    return -1;
}

static V slot(Lw *l, IrVal v);

/* A 1.16 struct member lvalue ("5.inner.x", "arg.field"): the member of
 * another value's slot. */
static V member_slot(Lw *l, const IrValue *x) {
    const char *s = x->name, *dot = strchr(s, '.');
    char root[128];
    size_t n = (size_t)(dot - s) < sizeof root - 1 ? (size_t)(dot - s) : sizeof root - 1;
    memcpy(root, s, n);
    root[n] = 0;
    IrVal base = -1;
    if (root[0] >= '0' && root[0] <= '9') {
        int lab = atoi(root);
        if (lab >= 0 && lab < l->f->nvars)
            base = l->f->varlist[lab];
    } else {
        for (int i = 0; i < l->f->nparams; i++)
            if (!strcmp(l->f->vals[l->f->params[i]].name, root))
                base = l->f->params[i];
    }
    if (base < 0)
        fail(l, "internal: unknown struct member root '%s'", s);
    V p = slot(l, base);
    IrType t = vtype(l, base);
    if (is_ref(l, base))
        fail(l, "internal: struct member of a reference '%s'", s);
    while (dot) {
        const char *f = dot + 1;
        dot = strchr(f, '.');
        char name[128];
        size_t k = dot ? (size_t)(dot - f) : strlen(f);
        if (k >= sizeof name)
            k = sizeof name - 1;
        memcpy(name, f, k);
        name[k] = 0;
        IrType ft;
        int idx = struct_field(l, t, name, &ft);
        if (idx < 0)
            fail(l, "internal: no field '%s' in '%s'", name, s);
        p = LLVMBuildStructGEP2(l->BA, ltype(l, t), p, (unsigned)idx, "");
        t = ft;
    }
    return p;
}

static T tile_stack_ltype(Lw *l, IrType t) {
    const IrTypeInfo *x = ti(l, t);
    T el[2] = {LLVMArrayType2(ltype(l, x->elem), (uint64_t)x->strct), l->i32};
    return LLVMStructTypeInContext(l->C, el, 2, 0);
}

static V slot(Lw *l, IrVal v) {
    if (l->slots[v])
        return l->slots[v];
    if (l->in_ssa[v])
        fail(l, "internal: the address of register value %d", v);
    const IrValue *x = val(l, v);
    V p;
    if (x->label == -1 && !x->is_arg && !x->noprefix && x->name && strchr(x->name, '.')) {
        p = member_slot(l, x);
    } else {
        T t = ltype(l, x->type);
        p = LLVMBuildAlloca(l->BA, t, "");
        LLVMBuildStore(l->BA, x->is_const && !x->cstr ? const_of(l, &x->cval, x->type) : zero(t), p);
        const IrTypeInfo *xt = ti(l, x->type);
        if (xt->kind == TY_TILE && (xt->rows & (IRTILE_SHARED | IRTILE_OWNER)) == (IRTILE_SHARED | IRTILE_OWNER)) {
            /* tile_alloc_empty: storage of its own (zeroed; Warp's is whatever the shared block held) */
            T at = LLVMArrayType2(ltype(l, xt->elem), (uint64_t)ir_tile_size(l->m, x->type));
            V st = LLVMBuildAlloca(l->BA, at, "");
            LLVMBuildStore(l->BA, zero(at), st);
            LLVMBuildStore(l->BA, st, p);
        } else if (xt->kind == TY_TILE_STACK) {
            V st = LLVMBuildAlloca(l->BA, tile_stack_ltype(l, x->type), "");
            LLVMBuildStore(l->BA, zero(tile_stack_ltype(l, x->type)), st);
            LLVMBuildStore(l->BA, st, p);
        }
    }
    l->slots[v] = p;
    return p;
}

/* the value as stored (a reference stays a pointer) */
static V get(Lw *l, IrVal v) {
    const IrValue *x = val(l, v);
    if (x->cstr)
        return string_ptr(l, x->cstr, (size_t)x->cval.i);
    if (x->is_const)
        return const_of(l, &x->cval, x->type);
    if (l->in_ssa[v])
        return l->ssa[v] ? l->ssa[v] : zero(ltype(l, x->type));
    return LLVMBuildLoad2(l->B, ltype(l, x->type), slot(l, v), "");
}

/* the value with a reference loaded */
static V deref(Lw *l, IrVal v) {
    if (is_ref(l, v))
        return LLVMBuildLoad2(l->B, ltype(l, vtype(l, v)), get(l, v), "");
    return get(l, v);
}

/* where the (dereferenced) value lives */
static V addr_of(Lw *l, IrVal v) { return is_ref(l, v) ? get(l, v) : slot(l, v); }

static void set(Lw *l, IrVal v, V x) {
    if (l->in_ssa[v])
        l->ssa[v] = x;
    else
        LLVMBuildStore(l->B, x, slot(l, v));
}

/* ---- scalar semantics (builtin.h) ------------------------------------------------ */
static V tof(Lw *l, V a) { return LLVMBuildFPExt(l->B, a, l->f32, ""); }
static V fromf(Lw *l, V a) { return LLVMBuildFPTrunc(l->B, a, l->f16, ""); }

/* the truth value of a scalar (C++ `!!x`): i1 */
static V truth(Lw *l, IrScalar s, V a) {
    if (s == SC_FLOAT16)
        a = tof(l, a), s = SC_FLOAT32;
    if (sc_isf(s))
        return LLVMBuildFCmp(l->B, LLVMRealUNE, a, zero(LLVMTypeOf(a)), "");
    return LLVMBuildICmp(l->B, LLVMIntNE, a, zero(LLVMTypeOf(a)), "");
}

/* the truth of any value Warp allows as a condition */
static V truth_of(Lw *l, IrVal v) {
    IrType t = vtype(l, v);
    const IrTypeInfo *x = ti(l, t);
    if (x->kind == TY_SCALAR)
        return truth(l, x->scalar, deref(l, v));
    if (x->kind == TY_ARRAY)
        return LLVMBuildIsNotNull(l->B, ext(l, deref(l, v), 0), "");
    fail(l, "a %s value used as a condition", type_name(l, t));
}

static V s_cmp(Lw *l, int op, IrScalar s, V a, V b) {
    if (s == SC_FLOAT16)
        a = tof(l, a), b = tof(l, b), s = SC_FLOAT32;
    if (sc_isf(s)) {
        static const LLVMRealPredicate fp[] = {LLVMRealOEQ, LLVMRealUNE, LLVMRealOLT,
                                               LLVMRealOLE, LLVMRealOGT, LLVMRealOGE};
        return LLVMBuildFCmp(l->B, fp[op], a, b, "");
    }
    static const LLVMIntPredicate sp[] = {LLVMIntEQ, LLVMIntNE, LLVMIntSLT, LLVMIntSLE, LLVMIntSGT, LLVMIntSGE};
    static const LLVMIntPredicate up[] = {LLVMIntEQ, LLVMIntNE, LLVMIntULT, LLVMIntULE, LLVMIntUGT, LLVMIntUGE};
    return LLVMBuildICmp(l->B, sc_signed(s) ? sp[op] : up[op], a, b, "");
}

/* x86-64's cvttsd2si: the truncated value, or the "integer indefinite"
 * (INT_MIN of the width) when out of range or NaN */
static V cvt_trunc(Lw *l, V x, int bits) {
    V d = LLVMTypeOf(x) == l->f64 ? x : LLVMBuildFPExt(l->B, x, l->f64, "");
    double lo = bits == 32 ? -2147483649.0 : -9223372036854777856.0;
    double hi = bits == 32 ? 2147483648.0 : 9223372036854775808.0;
    V in = LLVMBuildAnd(l->B, LLVMBuildFCmp(l->B, LLVMRealOGT, d, LLVMConstReal(l->f64, lo), ""),
                        LLVMBuildFCmp(l->B, LLVMRealOLT, d, LLVMConstReal(l->f64, hi), ""), "");
    T it = bits == 32 ? l->i32 : l->i64;
    V r = LLVMBuildFPToSI(l->B, d, it, "");
    return sel(l, in, r, bits == 32 ? ci32(l, INT32_MIN) : ci64(l, INT64_MIN));
}

/* C++ conversion of a scalar between Warp's scalar types (static_cast) */
static V s_cast(Lw *l, V a, IrScalar from, IrScalar to) {
    if (from == to)
        return a;
    if (to == SC_BOOL)
        return b2i8(l, truth(l, from, a));
    if (from == SC_FLOAT16) {
        a = tof(l, a);
        from = SC_FLOAT32;
        if (to == SC_FLOAT32)
            return a;
    }
    if (sc_isf(to)) {
        T dt = to == SC_FLOAT16 ? l->f32 : sct(l, to);
        V r;
        if (sc_isf(from))
            r = ir_scalar_bits(from) < ir_scalar_bits(to == SC_FLOAT16 ? SC_FLOAT32 : to)
                    ? LLVMBuildFPExt(l->B, a, dt, "")
                    : (LLVMTypeOf(a) == dt ? a : LLVMBuildFPTrunc(l->B, a, dt, ""));
        else if (sc_signed(from))
            r = LLVMBuildSIToFP(l->B, a, dt, "");
        else
            r = LLVMBuildUIToFP(l->B, a, dt, "");
        return to == SC_FLOAT16 ? fromf(l, r) : r;
    }
    int tb = sc_bits(to);
    if (sc_isf(from)) {
        /* float -> int as x86-64 compiles it: 32-bit cvtt for narrow and
         * int32 results, 64-bit for uint32/int64, split for uint64 */
        V r;
        if (to == SC_UINT64) {
            V two63 = LLVMConstReal(LLVMTypeOf(a), 9223372036854775808.0);
            V lo = cvt_trunc(l, a, 64);
            V hi = LLVMBuildXor(l->B, cvt_trunc(l, LLVMBuildFSub(l->B, a, two63, ""), 64), ci64(l, INT64_MIN), "");
            r = sel(l, LLVMBuildFCmp(l->B, LLVMRealOLT, a, two63, ""), lo, hi);
        } else if (to == SC_INT64 || to == SC_UINT32) {
            r = cvt_trunc(l, a, 64);
        } else {
            r = cvt_trunc(l, a, 32);
        }
        return LLVMTypeOf(r) == sct(l, to) ? r : LLVMBuildTrunc(l->B, r, sct(l, to), "");
    }
    int fb = sc_bits(from);
    if (fb == tb)
        return a;
    if (fb > tb)
        return LLVMBuildTrunc(l->B, a, sct(l, to), "");
    return sc_signed(from) ? LLVMBuildSExt(l->B, a, sct(l, to), "") : LLVMBuildZExt(l->B, a, sct(l, to), "");
}

enum {
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_FLOORDIV, OP_MIN, OP_MAX, OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR,
    OP_POW, OP_ATAN2, OP_COPYSIGN
};

static V libm2(Lw *l, const char *fname, const char *dname, IrScalar s, V a, V b) {
    T t = sct(l, s);
    T p[2] = {t, t};
    V args[2] = {a, b};
    return call_ext(l, s == SC_FLOAT64 ? dname : fname, t, p, 2, args, 2, 0);
}
static V libm1(Lw *l, const char *fname, const char *dname, IrScalar s, V a) {
    T t = sct(l, s);
    return call_ext(l, s == SC_FLOAT64 ? dname : fname, t, &t, 1, &a, 1, 0);
}

/* Warp 1.16's fmin/fmax on the host: (a <= b) ? a : ((b == b) ? b : a);
 * Warp 1.10: a < b ? a : b and a > b ? a : b (a NaN operand decides) */
static V fminmax(Lw *l, int is_max, V a, V b) {
    if (l->m->warp_minor < 16)
        return sel(l, LLVMBuildFCmp(l->B, is_max ? LLVMRealOGT : LLVMRealOLT, a, b, ""), a, b);
    V c = LLVMBuildFCmp(l->B, is_max ? LLVMRealOGE : LLVMRealOLE, a, b, "");
    V bb = LLVMBuildFCmp(l->B, LLVMRealOEQ, b, b, "");
    return sel(l, c, a, sel(l, bb, b, a));
}

/* integer division and remainder as x86 executes C's `/` and `%` after the
 * usual promotions; division by zero (a trap in C) gives 0 */
static V int_divmod(Lw *l, int rem, IrScalar s, V a, V b) {
    int bits = sc_bits(s), sg = sc_signed(s);
    T t = LLVMTypeOf(a);
    if (bits < 32) {
        a = sg ? LLVMBuildSExt(l->B, a, l->i32, "") : LLVMBuildZExt(l->B, a, l->i32, "");
        b = sg ? LLVMBuildSExt(l->B, b, l->i32, "") : LLVMBuildZExt(l->B, b, l->i32, "");
        sg = 1; /* promoted to int */
    }
    T wt = LLVMTypeOf(a);
    V bz = LLVMBuildICmp(l->B, LLVMIntEQ, b, zero(wt), "");
    V bad = bz;
    if (sg && bits >= 32) {
        V mn = LLVMConstInt(wt, bits == 32 ? (unsigned long long)(uint32_t)INT32_MIN : (unsigned long long)INT64_MIN, 0);
        V ovf = LLVMBuildAnd(l->B, LLVMBuildICmp(l->B, LLVMIntEQ, a, mn, ""),
                             LLVMBuildICmp(l->B, LLVMIntEQ, b, LLVMConstAllOnes(wt), ""), "");
        bad = LLVMBuildOr(l->B, bz, ovf, "");
    }
    V sb = sel(l, bad, LLVMConstInt(wt, 1, 0), b);
    V r = rem ? (sg ? LLVMBuildSRem(l->B, a, sb, "") : LLVMBuildURem(l->B, a, sb, ""))
              : (sg ? LLVMBuildSDiv(l->B, a, sb, "") : LLVMBuildUDiv(l->B, a, sb, ""));
    r = sel(l, rem ? bad : bz, zero(wt), r);
    return wt == t ? r : LLVMBuildTrunc(l->B, r, t, "");
}

/* shifts: the promoted operand shifted by the count modulo the promoted
 * width (x86's shl/sar/shr) */
static V int_shift(Lw *l, int right, IrScalar s, V a, V b) {
    int bits = sc_bits(s), sg = sc_signed(s);
    T t = LLVMTypeOf(a);
    if (bits < 32) {
        a = sg ? LLVMBuildSExt(l->B, a, l->i32, "") : LLVMBuildZExt(l->B, a, l->i32, "");
        b = sg ? LLVMBuildSExt(l->B, b, l->i32, "") : LLVMBuildZExt(l->B, b, l->i32, "");
    }
    T wt = LLVMTypeOf(a);
    int wb = bits < 32 ? 32 : bits;
    b = LLVMBuildAnd(l->B, b, LLVMConstInt(wt, (unsigned long long)(wb - 1), 0), "");
    V r = !right ? LLVMBuildShl(l->B, a, b, "") : sg ? LLVMBuildAShr(l->B, a, b, "") : LLVMBuildLShr(l->B, a, b, "");
    return wt == t ? r : LLVMBuildTrunc(l->B, r, t, "");
}

static V s_un(Lw *l, int op, IrScalar s, V a);

static V s_bin(Lw *l, int op, IrScalar s, V a, V b) {
    if (s == SC_FLOAT16) {
        if (op == OP_FLOORDIV) {
            /* floorf(float(a / b)): the half quotient, then floor */
            V q = s_bin(l, OP_DIV, SC_FLOAT16, a, b);
            V fa = tof(l, q);
            return fromf(l, intrinsic(l, "llvm.floor", l->f32, &fa, 1));
        }
        return fromf(l, s_bin(l, op, SC_FLOAT32, tof(l, a), tof(l, b)));
    }
    if (sc_isf(s)) {
        switch (op) {
        case OP_ADD: return LLVMBuildFAdd(l->B, a, b, "");
        case OP_SUB: return LLVMBuildFSub(l->B, a, b, "");
        case OP_MUL: return LLVMBuildFMul(l->B, a, b, "");
        case OP_DIV: return LLVMBuildFDiv(l->B, a, b, "");
        case OP_MOD: return LLVMBuildFRem(l->B, a, b, ""); /* fmodf / fmod */
        case OP_FLOORDIV: {
            V q = LLVMBuildFDiv(l->B, a, b, "");
            return intrinsic(l, "llvm.floor", LLVMTypeOf(q), &q, 1);
        }
        case OP_MIN: return fminmax(l, 0, a, b);
        case OP_MAX: return fminmax(l, 1, a, b);
        case OP_POW: return libm2(l, "powf", "pow", s, a, b);
        case OP_ATAN2: return libm2(l, "atan2f", "atan2", s, a, b);
        case OP_COPYSIGN: {
            V ab[2] = {a, b};
            return intrinsic(l, "llvm.copysign", LLVMTypeOf(a), ab, 2);
        }
        default: fail(l, "operator not defined for %s", ir_scalar_name(s));
        }
    }
    switch (op) {
    case OP_ADD: return LLVMBuildAdd(l->B, a, b, "");
    case OP_SUB: return LLVMBuildSub(l->B, a, b, "");
    case OP_MUL: return LLVMBuildMul(l->B, a, b, "");
    case OP_DIV: case OP_FLOORDIV: return int_divmod(l, 0, s, a, b);
    case OP_MOD: return int_divmod(l, 1, s, a, b);
    case OP_MIN: return sel(l, s_cmp(l, IR_CMP_LT, s, a, b), a, b);
    case OP_MAX: return sel(l, s_cmp(l, IR_CMP_GT, s, a, b), a, b);
    case OP_AND: return LLVMBuildAnd(l->B, a, b, "");
    case OP_OR: return LLVMBuildOr(l->B, a, b, "");
    case OP_XOR: return LLVMBuildXor(l->B, a, b, "");
    case OP_SHL: return int_shift(l, 0, s, a, b);
    case OP_SHR: return int_shift(l, 1, s, a, b);
    default: fail(l, "operator not defined for %s", ir_scalar_name(s));
    }
}

enum {
    U_NEG, U_VNEG, U_ABS, U_SIGN, U_STEP, U_NONZERO, U_INVERT, U_FLOOR, U_CEIL, U_ROUND, U_RINT, U_TRUNC, U_FRAC,
    U_SQRT, U_CBRT, U_SIN, U_COS, U_TAN, U_ASIN, U_ACOS, U_ATAN, U_SINH, U_COSH, U_TANH, U_EXP, U_LOG, U_LOG2,
    U_LOG10, U_DEGREES, U_RADIANS, U_ERF, U_ERFC
};

static const struct {
    const char *f, *d;
} libm_names[] = {
    [U_CBRT] = {"cbrtf", "cbrt"}, [U_SIN] = {"sinf", "sin"},     [U_COS] = {"cosf", "cos"},
    [U_TAN] = {"tanf", "tan"},    [U_ASIN] = {"asinf", "asin"},  [U_ACOS] = {"acosf", "acos"},
    [U_ATAN] = {"atanf", "atan"}, [U_SINH] = {"sinhf", "sinh"},  [U_COSH] = {"coshf", "cosh"},
    [U_TANH] = {"tanhf", "tanh"}, [U_EXP] = {"expf", "exp"},     [U_LOG] = {"logf", "log"},
    [U_LOG2] = {"log2f", "log2"}, [U_LOG10] = {"log10f", "log10"}, [U_ERF] = {"erff", "erf"},
    [U_ERFC] = {"erfcf", "erfc"},
};

#define RAD_TO_DEG 57.29577951308232087679
#define DEG_TO_RAD 0.01745329251994329577

static V s_un(Lw *l, int op, IrScalar s, V a) {
    if (s == SC_FLOAT16) {
        if (op == U_VNEG)
            return LLVMBuildFNeg(l->B, a, "");
        if (op == U_SIGN || op == U_STEP || op == U_NONZERO) {
            V r = s_un(l, op, SC_FLOAT32, tof(l, a));
            return fromf(l, r);
        }
        return fromf(l, s_un(l, op, SC_FLOAT32, tof(l, a)));
    }
    T t = LLVMTypeOf(a);
    if (sc_isf(s)) {
        V z = zero(t);
        switch (op) {
        case U_NEG: return LLVMBuildFSub(l->B, z, a, ""); /* T(0.0) - x */
        case U_VNEG: return LLVMBuildFNeg(l->B, a, "");
        case U_ABS: return intrinsic(l, "llvm.fabs", t, &a, 1);
        case U_SIGN: return sel(l, LLVMBuildFCmp(l->B, LLVMRealOLT, a, z, ""), cflt(l, s, -1), cflt(l, s, 1));
        case U_STEP: return sel(l, LLVMBuildFCmp(l->B, LLVMRealOLT, a, z, ""), cflt(l, s, 1), cflt(l, s, 0));
        case U_NONZERO: return sel(l, LLVMBuildFCmp(l->B, LLVMRealOEQ, a, z, ""), cflt(l, s, 0), cflt(l, s, 1));
        case U_FLOOR: return intrinsic(l, "llvm.floor", t, &a, 1);
        case U_CEIL: return intrinsic(l, "llvm.ceil", t, &a, 1);
        case U_ROUND: return intrinsic(l, "llvm.round", t, &a, 1);
        case U_RINT: return intrinsic(l, "llvm.rint", t, &a, 1);
        case U_TRUNC: return intrinsic(l, "llvm.trunc", t, &a, 1);
        case U_FRAC: return LLVMBuildFSub(l->B, a, intrinsic(l, "llvm.trunc", t, &a, 1), "");
        case U_SQRT: return intrinsic(l, "llvm.sqrt", t, &a, 1);
        case U_ASIN: case U_ACOS: {
            /* Warp clamps to [-1, 1] with its fmin/fmax first */
            V c = fminmax(l, 0, fminmax(l, 1, a, cflt(l, s, -1)), cflt(l, s, 1));
            return libm1(l, libm_names[op].f, libm_names[op].d, s, c);
        }
        case U_DEGREES: case U_RADIANS: {
            V d = s == SC_FLOAT64 ? a : LLVMBuildFPExt(l->B, a, l->f64, "");
            d = LLVMBuildFMul(l->B, d, LLVMConstReal(l->f64, op == U_DEGREES ? RAD_TO_DEG : DEG_TO_RAD), "");
            return s == SC_FLOAT64 ? d : LLVMBuildFPTrunc(l->B, d, t, "");
        }
        default:
            if (op < (int)(sizeof libm_names / sizeof libm_names[0]) && libm_names[op].f)
                return libm1(l, libm_names[op].f, libm_names[op].d, s, a);
            fail(l, "function not defined for %s", ir_scalar_name(s));
        }
    }
    V z = zero(t);
    switch (op) {
    case U_NEG: case U_VNEG: return LLVMBuildSub(l->B, z, a, "");
    case U_ABS:
        if (!sc_signed(s))
            return a;
        return sel(l, LLVMBuildICmp(l->B, LLVMIntSLT, a, z, ""), LLVMBuildSub(l->B, z, a, ""), a);
    case U_SIGN:
        if (!sc_signed(s))
            return cint(l, s, 1);
        return sel(l, LLVMBuildICmp(l->B, LLVMIntSLT, a, z, ""), cint(l, s, -1), cint(l, s, 1));
    case U_STEP:
        if (!sc_signed(s))
            return cint(l, s, 0);
        return sel(l, LLVMBuildICmp(l->B, LLVMIntSLT, a, z, ""), cint(l, s, 1), cint(l, s, 0));
    case U_NONZERO: return sel(l, LLVMBuildICmp(l->B, LLVMIntEQ, a, z, ""), cint(l, s, 0), cint(l, s, 1));
    case U_INVERT: return LLVMBuildNot(l->B, a, "");
    case U_FLOOR: case U_CEIL: case U_ROUND: case U_RINT: case U_TRUNC: return a;
    case U_FRAC: return z;
    default: fail(l, "function not defined for %s", ir_scalar_name(s));
    }
}

/* ---- composite values (vec.h, mat.h, quat.h, spatial.h) ----------------------- */
/* Vectors, matrices (row-major), quaternions (x y z w) and transforms
 * (p then q) are flat arrays of their scalar: most operations are the
 * scalar operation per component. */
static V comp_undef(Lw *l, IrScalar s, int n) { return LLVMGetUndef(LLVMArrayType2(sct(l, s), (uint64_t)n)); }

static V build_comps(Lw *l, IrScalar s, V *c, int n) {
    V r = zero(LLVMArrayType2(sct(l, s), (uint64_t)n));
    for (int i = 0; i < n; i++)
        r = ins(l, r, c[i], (unsigned)i);
    return r;
}

static V map1(Lw *l, int op, IrScalar s, int n, V a) {
    V r = comp_undef(l, s, n);
    for (int i = 0; i < n; i++)
        r = ins(l, r, s_un(l, op, s, ext(l, a, (unsigned)i)), (unsigned)i);
    return r;
}

/* per component; a or b may be a scalar (sa/sb set) */
static V map2(Lw *l, int op, IrScalar s, int n, V a, int sa, V b, int sb) {
    V r = comp_undef(l, s, n);
    for (int i = 0; i < n; i++) {
        V x = sa ? a : ext(l, a, (unsigned)i);
        V y = sb ? b : ext(l, b, (unsigned)i);
        r = ins(l, r, s_bin(l, op, s, x, y), (unsigned)i);
    }
    return r;
}

static V S(Lw *l, int op, IrScalar s, V a, V b) { return s_bin(l, op, s, a, b); }
#define ADD(a, b) S(l, OP_ADD, s, a, b)
#define SUB(a, b) S(l, OP_SUB, s, a, b)
#define MUL(a, b) S(l, OP_MUL, s, a, b)
#define DIVV(a, b) S(l, OP_DIV, s, a, b)
#define C(v) cnum(l, s, v)
#define E(a, i) ext(l, a, (unsigned)(i))

/* dot(): vec2 and vec3 are written out, other lengths accumulate from 0 */
static V vdot(Lw *l, IrScalar s, int n, V a, V b) {
    if (n == 2 || n == 3) {
        V r = ADD(MUL(E(a, 0), E(b, 0)), MUL(E(a, 1), E(b, 1)));
        if (n == 3)
            r = ADD(r, MUL(E(a, 2), E(b, 2)));
        return r;
    }
    V r = C(0);
    for (int i = 0; i < n; i++)
        r = ADD(r, MUL(E(a, i), E(b, i)));
    return r;
}

static V qdot(Lw *l, IrScalar s, V a, V b) {
    V r = MUL(E(a, 0), E(b, 0));
    for (int i = 1; i < 4; i++)
        r = ADD(r, MUL(E(a, i), E(b, i)));
    return r;
}

static V vcross(Lw *l, IrScalar s, V a, V b) {
    V c[3] = {SUB(MUL(E(a, 1), E(b, 2)), MUL(E(a, 2), E(b, 1))), SUB(MUL(E(a, 2), E(b, 0)), MUL(E(a, 0), E(b, 2))),
              SUB(MUL(E(a, 0), E(b, 1)), MUL(E(a, 1), E(b, 0)))};
    return build_comps(l, s, c, 3);
}

static V sub_comps(Lw *l, IrScalar s, V a, int from, int n) {
    V c[16];
    for (int i = 0; i < n; i++)
        c[i] = E(a, from + i);
    return build_comps(l, s, c, n);
}

static V vec3(Lw *l, IrScalar s, V x, V y, V z) {
    V c[3] = {x, y, z};
    return build_comps(l, s, c, 3);
}

static V quat_mul(Lw *l, IrScalar s, V a, V b) {
    V ax = E(a, 0), ay = E(a, 1), az = E(a, 2), aw = E(a, 3);
    V bx = E(b, 0), by = E(b, 1), bz = E(b, 2), bw = E(b, 3);
    V c[4] = {
        SUB(ADD(ADD(MUL(aw, bx), MUL(bw, ax)), MUL(ay, bz)), MUL(by, az)),
        SUB(ADD(ADD(MUL(aw, by), MUL(bw, ay)), MUL(az, bx)), MUL(bz, ax)),
        SUB(ADD(ADD(MUL(aw, bz), MUL(bw, az)), MUL(ax, by)), MUL(bx, ay)),
        SUB(SUB(SUB(MUL(aw, bw), MUL(ax, bx)), MUL(ay, by)), MUL(az, bz)),
    };
    return build_comps(l, s, c, 4);
}

static V quat_rotate(Lw *l, IrScalar s, V q, V x, int inv) {
    V qx = E(q, 0), qy = E(q, 1), qz = E(q, 2), qw = E(q, 3);
    V x0 = E(x, 0), x1 = E(x, 1), x2 = E(x, 2);
    V c = SUB(MUL(MUL(C(2), qw), qw), C(1));
    V d = MUL(C(2), ADD(ADD(MUL(qx, x0), MUL(qy, x1)), MUL(qz, x2)));
    V t0 = MUL(MUL(SUB(MUL(qy, x2), MUL(qz, x1)), qw), C(2));
    V t1 = MUL(MUL(SUB(MUL(qz, x0), MUL(qx, x2)), qw), C(2));
    V t2 = MUL(MUL(SUB(MUL(qx, x1), MUL(qy, x0)), qw), C(2));
    int op = inv ? OP_SUB : OP_ADD;
    V r[3] = {S(l, op, s, ADD(MUL(x0, c), MUL(qx, d)), t0), S(l, op, s, ADD(MUL(x1, c), MUL(qy, d)), t1),
              S(l, op, s, ADD(MUL(x2, c), MUL(qz, d)), t2)};
    return build_comps(l, s, r, 3);
}

/* fma for float/double (mat.h muladd), c + a*b otherwise */
static V muladd(Lw *l, IrScalar s, V a, V b, V c) {
    if (s == SC_FLOAT32 || s == SC_FLOAT64) {
        V args[3] = {a, b, c};
        return intrinsic(l, "llvm.fma", sct(l, s), args, 3);
    }
    return ADD(c, MUL(a, b));
}

static V mat_mul(Lw *l, IrScalar s, int r, int k, int c, V a, V b) {
    V out[256];
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++) {
            V sum = C(0);
            for (int q = 0; q < k; q++)
                sum = muladd(l, s, E(a, i * k + q), E(b, q * c + j), sum);
            out[i * c + j] = sum;
        }
    return build_comps(l, s, out, r * c);
}

/* mat * vec: r = col(0) * b[0]; r += col(i) * b[i] */
static V mat_vec(Lw *l, IrScalar s, int rows, int cols, V m, V v) {
    V out[64];
    for (int i = 0; i < rows; i++) {
        V acc = MUL(E(m, i * cols), E(v, 0));
        for (int j = 1; j < cols; j++)
            acc = ADD(acc, MUL(E(m, i * cols + j), E(v, j)));
        out[i] = acc;
    }
    return build_comps(l, s, out, rows);
}

/* vec * mat: r = row(0) * b[0]; r += row(i) * b[i] */
static V vec_mat(Lw *l, IrScalar s, int rows, int cols, V v, V m) {
    V out[64];
    for (int j = 0; j < cols; j++) {
        V acc = MUL(E(m, j), E(v, 0));
        for (int i = 1; i < rows; i++)
            acc = ADD(acc, MUL(E(m, i * cols + j), E(v, i)));
        out[j] = acc;
    }
    return build_comps(l, s, out, cols);
}

static V det3(Lw *l, IrScalar s, V m) {
    V r0 = sub_comps(l, s, m, 0, 3), r1 = sub_comps(l, s, m, 3, 3), r2 = sub_comps(l, s, m, 6, 3);
    return vdot(l, s, 3, r0, vcross(l, s, r1, r2));
}

/* the 4x4 determinant and inverse (USD's, via mat.h): 2x2 minors kept in
 * double, cofactors of the first columns in Type */
typedef struct M44 {
    V x[4][4];
    V y01, y02, y03, y12, y13, y23; /* double */
} M44;

static V D(Lw *l, IrScalar s, V v) { return s_cast(l, v, s, SC_FLOAT64); }
#define DS(op, a, b) S(l, op, SC_FLOAT64, a, b)

static void minors(Lw *l, IrScalar s, M44 *q, int c0, int c1) {
    V (*x)[4] = q->x;
#define MN(i, j) D(l, s, SUB(MUL(x[i][c0], x[j][c1]), MUL(x[j][c0], x[i][c1])))
    q->y01 = MN(0, 1);
    q->y02 = MN(0, 2);
    q->y03 = MN(0, 3);
    q->y12 = MN(1, 2);
    q->y13 = MN(1, 3);
    q->y23 = MN(2, 3);
#undef MN
}

/* a*y1 - b*y2 - c*y3 (sign pattern p: 0 = "- -", 1 = "- +") in double */
static V cof(Lw *l, IrScalar s, V a, V y1, V b, V y2, V c, V y3, int pattern) {
    V r = DS(OP_SUB, DS(OP_MUL, D(l, s, a), y1), DS(OP_MUL, D(l, s, b), y2));
    return pattern ? DS(OP_ADD, r, DS(OP_MUL, D(l, s, c), y3)) : DS(OP_SUB, r, DS(OP_MUL, D(l, s, c), y3));
}

static V to_type(Lw *l, IrScalar s, V d) { return s_cast(l, d, SC_FLOAT64, s); }

static V det4_impl(Lw *l, IrScalar s, V m, V z[4][4], V zd[4][4], V *det_out) {
    M44 q;
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            q.x[i][j] = E(m, i * 4 + j);
    V (*x)[4] = q.x;
    minors(l, s, &q, 0, 1);
    if (zd) {
        zd[3][3] = cof(l, s, x[0][2], q.y12, x[1][2], q.y02, x[2][2], q.y01, 1);
        zd[2][3] = cof(l, s, x[1][2], q.y03, x[3][2], q.y01, x[0][2], q.y13, 0);
        zd[1][3] = cof(l, s, x[0][2], q.y23, x[2][2], q.y03, x[3][2], q.y02, 1);
        zd[0][3] = cof(l, s, x[2][2], q.y13, x[3][2], q.y12, x[1][2], q.y23, 0);
        zd[3][2] = cof(l, s, x[1][3], q.y02, x[2][3], q.y01, x[0][3], q.y12, 0);
        zd[2][2] = cof(l, s, x[0][3], q.y13, x[1][3], q.y03, x[3][3], q.y01, 1);
        zd[1][2] = cof(l, s, x[2][3], q.y03, x[3][3], q.y02, x[0][3], q.y23, 0);
        zd[0][2] = cof(l, s, x[1][3], q.y23, x[2][3], q.y13, x[3][3], q.y12, 1);
    }
    minors(l, s, &q, 2, 3);
    z[3][0] = to_type(l, s, cof(l, s, x[1][1], q.y02, x[2][1], q.y01, x[0][1], q.y12, 0));
    z[2][0] = to_type(l, s, cof(l, s, x[0][1], q.y13, x[1][1], q.y03, x[3][1], q.y01, 1));
    z[1][0] = to_type(l, s, cof(l, s, x[2][1], q.y03, x[3][1], q.y02, x[0][1], q.y23, 0));
    z[0][0] = to_type(l, s, cof(l, s, x[1][1], q.y23, x[2][1], q.y13, x[3][1], q.y12, 1));
    if (zd) {
        z[3][1] = to_type(l, s, cof(l, s, x[0][0], q.y12, x[1][0], q.y02, x[2][0], q.y01, 1));
        z[2][1] = to_type(l, s, cof(l, s, x[1][0], q.y03, x[3][0], q.y01, x[0][0], q.y13, 0));
        z[1][1] = to_type(l, s, cof(l, s, x[0][0], q.y23, x[2][0], q.y03, x[3][0], q.y02, 1));
        z[0][1] = to_type(l, s, cof(l, s, x[2][0], q.y13, x[3][0], q.y12, x[1][0], q.y23, 0));
    }
    /* det = x30 * z30 + x20 * z20 + x10 * z10 + x00 * z00 in Type */
    V det = ADD(ADD(ADD(MUL(x[3][0], z[3][0]), MUL(x[2][0], z[2][0])), MUL(x[1][0], z[1][0])), MUL(x[0][0], z[0][0]));
    *det_out = D(l, s, det);
    return det;
}

static V inverse4(Lw *l, IrScalar s, V m) {
    V z[4][4] = {{0}}, zd[4][4] = {{0}}, det;
    det4_impl(l, s, m, z, zd, &det);
    V rcp = DS(OP_DIV, LLVMConstReal(l->f64, 1.0), det);
    V out[16];
    /* invm[i][j] = Type(z_ji * rcp) with z_ji from the Type or double set */
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) {
            /* z index: invm.data[i][j] = z{j}{i} in USD's naming (zJI) */
            V zz = i <= 1 ? z[j][i] : zd[j][i];
            V zdv = i <= 1 ? D(l, s, zz) : zz;
            out[i * 4 + j] = to_type(l, s, DS(OP_MUL, zdv, rcp));
        }
    V inv = build_comps(l, s, out, 16);
    V ad = intrinsic(l, "llvm.fabs", l->f64, &det, 1);
    V ok = LLVMBuildFCmp(l->B, LLVMRealOGT, ad, LLVMConstReal(l->f64, 0.0), "");
    return sel(l, ok, inv, zero(LLVMTypeOf(inv)));
}

static V inverse3(Lw *l, IrScalar s, V m) {
    V det = det3(l, s, m);
#define M(i, j) E(m, (i) * 3 + (j))
    V b[9];
    b[0] = SUB(MUL(M(1, 1), M(2, 2)), MUL(M(1, 2), M(2, 1)));
    b[3] = SUB(MUL(M(1, 2), M(2, 0)), MUL(M(1, 0), M(2, 2)));
    b[6] = SUB(MUL(M(1, 0), M(2, 1)), MUL(M(1, 1), M(2, 0)));
    b[1] = SUB(MUL(M(0, 2), M(2, 1)), MUL(M(0, 1), M(2, 2)));
    b[4] = SUB(MUL(M(0, 0), M(2, 2)), MUL(M(0, 2), M(2, 0)));
    b[7] = SUB(MUL(M(0, 1), M(2, 0)), MUL(M(0, 0), M(2, 1)));
    b[2] = SUB(MUL(M(0, 1), M(1, 2)), MUL(M(0, 2), M(1, 1)));
    b[5] = SUB(MUL(M(0, 2), M(1, 0)), MUL(M(0, 0), M(1, 2)));
    b[8] = SUB(MUL(M(0, 0), M(1, 1)), MUL(M(0, 1), M(1, 0)));
#undef M
    V rcp = DIVV(C(1), det);
    for (int i = 0; i < 9; i++)
        b[i] = MUL(b[i], rcp);
    V inv = build_comps(l, s, b, 9);
    V ok = LLVMBuildNot(l->B, s_cmp(l, IR_CMP_EQ, s, det, C(0)), "");
    return sel(l, ok, inv, zero(LLVMTypeOf(inv)));
}

static V inverse2(Lw *l, IrScalar s, V m) {
    V det = SUB(MUL(E(m, 0), E(m, 3)), MUL(E(m, 2), E(m, 1)));
    V rcp = DIVV(C(1), det);
    V c[4] = {MUL(E(m, 3), rcp), MUL(s_un(l, U_VNEG, s, E(m, 1)), rcp), MUL(s_un(l, U_VNEG, s, E(m, 2)), rcp),
              MUL(E(m, 0), rcp)};
    V inv = build_comps(l, s, c, 4);
    V ok = LLVMBuildOr(l->B, s_cmp(l, IR_CMP_GT, s, det, C(0)), s_cmp(l, IR_CMP_LT, s, det, s_un(l, U_VNEG, s, C(0))),
                       "");
    return sel(l, ok, inv, zero(LLVMTypeOf(inv)));
}

/* ---- operands ------------------------------------------------------------------- */
#define A(k) deref(l, in->args[k])
#define AT(k) vtype(l, in->args[k])
#define ATI(k) ti(l, AT(k))
#define OT(k) (l->f->vals[in->outs[k]].type)
#define OUT(k, v) set(l, in->outs[k], v)

static IrScalar scal(Lw *l, IrType t) { return (IrScalar)ti(l, t)->scalar; }

/* an index operand as Warp's `int` parameter */
static V as_i32(Lw *l, IrVal v) {
    const IrTypeInfo *x = ti(l, vtype(l, v));
    if (x->kind != TY_SCALAR)
        fail(l, "a %s value used as an index", type_name(l, vtype(l, v)));
    return s_cast(l, deref(l, v), x->scalar, SC_INT32);
}

/* agg[idx] of an LLVM array value with a runtime index */
static V dyn_get(Lw *l, V agg, V idx) {
    if (LLVMIsAConstantInt(idx))
        return ext(l, agg, (unsigned)LLVMConstIntGetSExtValue(idx));
    T at = LLVMTypeOf(agg);
    V tmp = LLVMBuildAlloca(l->BA, at, "");
    LLVMBuildStore(l->B, agg, tmp);
    V gi[2] = {ci32(l, 0), idx};
    return LLVMBuildLoad2(l->B, LLVMGetElementType(at), LLVMBuildGEP2(l->B, at, tmp, gi, 2, ""), "");
}

static V dyn_ptr(Lw *l, T at, V base, V idx) {
    V gi[2] = {ci32(l, 0), idx};
    return LLVMBuildGEP2(l->B, at, base, gi, 2, "");
}

/* idx < 0 ? idx + n : idx */
static V wrap_idx(Lw *l, V i, V n) {
    if (LLVMIsAConstantInt(i) && LLVMIsAConstantInt(n)) {
        long long v = LLVMConstIntGetSExtValue(i);
        return v < 0 ? ci32(l, v + LLVMConstIntGetSExtValue(n)) : i;
    }
    return sel(l, LLVMBuildICmp(l->B, LLVMIntSLT, i, ci32(l, 0), ""), LLVMBuildAdd(l->B, i, n, ""), i);
}

/* the indices an operand selects along a dimension of length n: an int
 * (negative from the end) or a slice (start + k*step) */
static int index_list(Lw *l, IrVal v, int n, int count, V *out) {
    if (ti(l, vtype(l, v))->kind == TY_SLICE) {
        V sl = deref(l, v);
        V start = ext(l, sl, 0), step = ext(l, sl, 2);
        for (int k = 0; k < count; k++)
            out[k] = LLVMBuildAdd(l->B, start, LLVMBuildMul(l->B, ci32(l, k), step, ""), "");
        return count;
    }
    out[0] = wrap_idx(l, as_i32(l, v), ci32(l, n));
    return 1;
}

/* ---- arrays (array.h) -------------------------------------------------------------- */
static V arr_dim(Lw *l, V arr, int field, int d) { return ext(l, ext(l, arr, (unsigned)field), (unsigned)d); }

/* the element address of arr[i, j, ...] (negative indices from the end).
 * The offset is counted in elements (strides / element size): with a
 * typed address the vectoriser sees unit-stride accesses behind a runtime
 * check of the stride.  Byte strides must be multiples of the element size
 * (as every array wpc run and the tests make). */
/* With the bounds_check option, an access outside its array (inb false)
 * counts in wpc_rt_oob_count and touches wpc_rt_scratch instead. */
static V oob_guard(Lw *l, V inb, V p) {
    V cnt = LLVMGetNamedGlobal(l->M, "wpc_rt_oob_count");
    if (!cnt) {
        cnt = LLVMAddGlobal(l->M, l->i64, "wpc_rt_oob_count");
        LLVMSetLinkage(cnt, LLVMExternalLinkage);
    }
    V scratch = LLVMGetNamedGlobal(l->M, "wpc_rt_scratch");
    if (!scratch) {
        scratch = LLVMAddGlobal(l->M, LLVMArrayType2(l->i8, 4096), "wpc_rt_scratch");
        LLVMSetLinkage(scratch, LLVMExternalLinkage);
    }
    LLVMBasicBlockRef bad = new_block(l), ok = new_block(l);
    LLVMBuildCondBr(l->B, inb, ok, bad);
    LLVMPositionBuilderAtEnd(l->B, bad);
    LLVMBuildAtomicRMW(l->B, LLVMAtomicRMWBinOpAdd, cnt, ci64(l, 1), LLVMAtomicOrderingMonotonic, 0);
    LLVMBuildBr(l->B, ok);
    LLVMPositionBuilderAtEnd(l->B, ok);
    return sel(l, inb, p, scratch);
}

static V arr_ptr(Lw *l, V arr, IrType elem, const IrVal *idx, int n) {
    uint64_t al, esz = layout(l->m, elem, &al);
    T et = ltype(l, elem);
    V off = ci64(l, 0);
    for (int d = 0; d < n; d++) {
        V i = wrap_idx(l, as_i32(l, idx[d]), arr_dim(l, arr, 2, d));
        V st = LLVMBuildSExt(l->B, arr_dim(l, arr, 3, d), l->i64, "");
        if (esz > 1 && !(esz & (esz - 1)))
            st = LLVMBuildAShr(l->B, st, ci64(l, __builtin_ctzll(esz)), "");
        else if (esz > 1)
            st = LLVMBuildSDiv(l->B, st, ci64(l, (int64_t)esz), "");
        off = LLVMBuildAdd(l->B, off, LLVMBuildMul(l->B, LLVMBuildSExt(l->B, i, l->i64, ""), st, ""), "");
    }
    V p = LLVMBuildGEP2(l->B, esz ? et : l->i8, ext(l, arr, 0), &off, 1, "");
    if (l->opt->bounds_check && n > 0) {
        V inb = LLVMConstInt(l->i1, 1, 0);
        for (int d = 0; d < n; d++) {
            V i = wrap_idx(l, as_i32(l, idx[d]), arr_dim(l, arr, 2, d));
            inb = LLVMBuildAnd(l->B, inb, LLVMBuildICmp(l->B, LLVMIntULT, i, arr_dim(l, arr, 2, d), ""), "");
        }
        p = oob_guard(l, inb, p);
    }
    return p;
}

static V slice_len(Lw *l, V start, V stop, V step) {
    V one = ci32(l, 1);
    V pos = LLVMBuildAnd(l->B, LLVMBuildICmp(l->B, LLVMIntSGT, step, ci32(l, 0), ""),
                         LLVMBuildICmp(l->B, LLVMIntSLT, start, stop, ""), "");
    V neg = LLVMBuildAnd(l->B, LLVMBuildICmp(l->B, LLVMIntSLT, step, ci32(l, 0), ""),
                         LLVMBuildICmp(l->B, LLVMIntSGT, start, stop, ""), "");
    V safe = sel(l, LLVMBuildICmp(l->B, LLVMIntEQ, step, ci32(l, 0), ""), one, step);
    V lp = LLVMBuildAdd(l->B, one, LLVMBuildSDiv(l->B, LLVMBuildSub(l->B, LLVMBuildSub(l->B, stop, start, ""), one, ""), safe, ""), "");
    V ln = LLVMBuildAdd(l->B, one,
                        LLVMBuildSDiv(l->B, LLVMBuildSub(l->B, LLVMBuildSub(l->B, start, stop, ""), one, ""),
                                      LLVMBuildNeg(l->B, safe, ""), ""), "");
    return sel(l, pos, lp, sel(l, neg, ln, ci32(l, 0)));
}

static V imin(Lw *l, V a, V b) { return sel(l, LLVMBuildICmp(l->B, LLVMIntSLT, a, b, ""), a, b); }
static V imax(Lw *l, V a, V b) { return sel(l, LLVMBuildICmp(l->B, LLVMIntSGT, a, b, ""), a, b); }

/* view(): ints and slices (step 0 = an index), as array.h's variadic view */
static V arr_view(Lw *l, V src, const IrVal *idx, int n) {
    V off = ci64(l, 0);
    V sshape[4], sstride[4];
    int ns = 0;
    for (int d = 0; d < n; d++) {
        V len = arr_dim(l, src, 2, d);
        V start, stop, step;
        int is_slice = ti(l, vtype(l, idx[d]))->kind == TY_SLICE;
        if (is_slice) {
            V sl = deref(l, idx[d]);
            start = ext(l, sl, 0), stop = ext(l, sl, 1), step = ext(l, sl, 2);
        } else {
            start = as_i32(l, idx[d]);
            stop = start;
            step = ci32(l, 0);
        }
        V is_index = LLVMBuildICmp(l->B, LLVMIntEQ, step, ci32(l, 0), "");
        /* an index: negative from the end */
        V istart = wrap_idx(l, start, len);
        if (is_slice) {
            /* slice_adjust_indices */
            V neg = LLVMBuildICmp(l->B, LLVMIntSLT, step, ci32(l, 0), "");
            V negl = LLVMBuildNeg(l->B, len, "");
            V cs = imin(l, imax(l, start, negl), len);
            cs = sel(l, LLVMBuildICmp(l->B, LLVMIntSLT, cs, ci32(l, 0), ""), LLVMBuildAdd(l->B, cs, len, ""), cs);
            V astart = sel(l, LLVMBuildICmp(l->B, LLVMIntEQ, start, ci32(l, INT32_MAX), ""),
                           sel(l, neg, LLVMBuildSub(l->B, len, ci32(l, 1), ""), ci32(l, 0)), cs);
            V ce = imin(l, imax(l, stop, negl), len);
            ce = sel(l, LLVMBuildICmp(l->B, LLVMIntSLT, ce, ci32(l, 0), ""), LLVMBuildAdd(l->B, ce, len, ""), ce);
            V astop = sel(l, LLVMBuildICmp(l->B, LLVMIntEQ, stop, ci32(l, INT32_MIN), ""),
                          sel(l, neg, ci32(l, -1), len), ce);
            start = sel(l, is_index, istart, astart);
            /* a slice dimension of the result (the IR types it: step != 0) */
            const IrTypeInfo *st = ti(l, vtype(l, idx[d]));
            int known_index = (st->strct & IRSL_STEP) && st->rows == 0;
            if (!known_index) {
                sshape[ns] = slice_len(l, astart, astop, step);
                sstride[ns] = LLVMBuildMul(l->B, arr_dim(l, src, 3, d), step, "");
                ns++;
            }
        } else {
            start = istart;
        }
        V st64 = LLVMBuildSExt(l->B, arr_dim(l, src, 3, d), l->i64, "");
        off = LLVMBuildAdd(l->B, off, LLVMBuildMul(l->B, LLVMBuildSExt(l->B, start, l->i64, ""), st64, ""), "");
    }
    V out = src;
    V data = ext(l, src, 0), grad = ext(l, src, 1);
    out = ins(l, out, LLVMBuildGEP2(l->B, l->i8, data, &off, 1, ""), 0);
    V g = LLVMBuildGEP2(l->B, l->i8, grad, &off, 1, "");
    out = ins(l, out, sel(l, LLVMBuildIsNull(l->B, grad, ""), grad, g), 1);
    V shape = zero(LLVMArrayType2(l->i32, 4)), strides = zero(LLVMArrayType2(l->i32, 4));
    int dim = 0;
    for (; dim < ns; dim++) {
        shape = ins(l, shape, sshape[dim], (unsigned)dim);
        strides = ins(l, strides, sstride[dim], (unsigned)dim);
    }
    for (; dim < ns + 4 - n; dim++) {
        shape = ins(l, shape, arr_dim(l, src, 2, dim - ns + n), (unsigned)dim);
        strides = ins(l, strides, arr_dim(l, src, 3, dim - ns + n), (unsigned)dim);
    }
    out = ins(l, out, shape, 2);
    out = ins(l, out, strides, 3);
    V nd = LLVMBuildAdd(l->B, ext(l, src, 4), LLVMConstInt(l->i16, (unsigned long long)(ns - n) & 0xffff, 0), "");
    out = ins(l, out, nd, 4);
    out = ins(l, out, LLVMConstInt(l->i16, 0, 0), 5);
    return out;
}

/* ---- atomics ------------------------------------------------------------------------ */
enum { A_ADD, A_MIN, A_MAX, A_AND, A_OR, A_XOR, A_EXCH };

static V scalar_rmw(Lw *l, int op, IrScalar s, V a, V b) {
    switch (op) {
    case A_ADD: return s_bin(l, OP_ADD, s, a, b);
    case A_MIN: return s_bin(l, OP_MIN, s, a, b);
    case A_MAX: return s_bin(l, OP_MAX, s, a, b);
    case A_AND: return s_bin(l, OP_AND, s, a, b);
    case A_OR: return s_bin(l, OP_OR, s, a, b);
    case A_XOR: return s_bin(l, OP_XOR, s, a, b);
    default: return b;
    }
}

/* one scalar read-modify-write at p; the old value.  Non-atomic as Warp's
 * CPU code when the launch is single-threaded. */
static V atomic_scalar(Lw *l, int op, IrScalar s, V p, V v) {
    T t = sct(l, s);
    if (!l->opt->atomic) {
        V old = LLVMBuildLoad2(l->B, t, p, "");
        LLVMBuildStore(l->B, scalar_rmw(l, op, s, old, v), p);
        return old;
    }
    LLVMAtomicOrdering mo = LLVMAtomicOrderingMonotonic;
    if (!sc_isf(s) || op == A_EXCH || op == A_ADD) {
        LLVMAtomicRMWBinOp bo;
        int sg = sc_signed(s);
        switch (op) {
        case A_ADD: bo = sc_isf(s) ? LLVMAtomicRMWBinOpFAdd : LLVMAtomicRMWBinOpAdd; break;
        case A_MIN: bo = sg ? LLVMAtomicRMWBinOpMin : LLVMAtomicRMWBinOpUMin; break;
        case A_MAX: bo = sg ? LLVMAtomicRMWBinOpMax : LLVMAtomicRMWBinOpUMax; break;
        case A_AND: bo = LLVMAtomicRMWBinOpAnd; break;
        case A_OR: bo = LLVMAtomicRMWBinOpOr; break;
        case A_XOR: bo = LLVMAtomicRMWBinOpXor; break;
        default: bo = LLVMAtomicRMWBinOpXchg; break;
        }
        return LLVMBuildAtomicRMW(l->B, bo, p, v, mo, 0);
    }
    /* float min/max: a compare-and-swap loop with Warp's fmin/fmax */
    T it = LLVMIntTypeInContext(l->C, (unsigned)sc_bits(s));
    LLVMBasicBlockRef pre = LLVMGetInsertBlock(l->B);
    LLVMBasicBlockRef loop = LLVMAppendBasicBlockInContext(l->C, l->fn, "");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(l->C, l->fn, "");
    V init = LLVMBuildLoad2(l->B, it, p, "");
    LLVMSetOrdering(init, mo);
    LLVMSetAlignment(init, (unsigned)sc_bits(s) / 8);
    LLVMBuildBr(l->B, loop);
    LLVMPositionBuilderAtEnd(l->B, loop);
    V phi = LLVMBuildPhi(l->B, it, "");
    V cur = LLVMBuildBitCast(l->B, phi, t, "");
    V nv = LLVMBuildBitCast(l->B, scalar_rmw(l, op, s, cur, v), it, "");
    V pair = LLVMBuildAtomicCmpXchg(l->B, p, phi, nv, mo, mo, 0);
    V seen = ext(l, pair, 0), ok = ext(l, pair, 1);
    LLVMBuildCondBr(l->B, ok, done, loop);
    LLVMAddIncoming(phi, &init, &pre, 1);
    LLVMBasicBlockRef lb = LLVMGetInsertBlock(l->B);
    LLVMAddIncoming(phi, &seen, &lb, 1);
    LLVMPositionBuilderAtEnd(l->B, done);
    return LLVMBuildBitCast(l->B, phi, t, "");
}

/* per component of a vector/matrix/quaternion/transform (vec.h) */
static V atomic_value(Lw *l, int op, IrType t, V p, V v) {
    const IrTypeInfo *x = ti(l, t);
    if (x->kind == TY_SCALAR)
        return atomic_scalar(l, op, x->scalar, p, v);
    if (x->kind == TY_STRUCT) {
        /* Warp's struct helper (1.16 tiles of structs): field by field */
        const IrStruct *st = l->m->structs[x->strct];
        T lt = ltype(l, t);
        V r = LLVMGetUndef(lt);
        for (int i = 0; i < st->nfields; i++)
            r = ins(l, r, atomic_value(l, op, st->fields[i].type, LLVMBuildStructGEP2(l->B, lt, p, (unsigned)i, ""), ext(l, v, (unsigned)i)),
                    (unsigned)i);
        return r;
    }
    int n = ncomp(x);
    if (!n)
        fail(l, "atomic operation on %s", type_name(l, t));
    T at = ltype(l, t);
    V r = comp_undef(l, x->scalar, n);
    for (int i = 0; i < n; i++)
        r = ins(l, r, atomic_scalar(l, op, x->scalar, dyn_ptr(l, at, p, ci32(l, i)), ext(l, v, (unsigned)i)), (unsigned)i);
    return r;
}

static V tile_convert(Lw *l, V v, IrType from, IrType to);

/* ---- random numbers (rand.h) -------------------------------------------------------- */
static V pcg(Lw *l, V state) {
    V b = LLVMBuildAdd(l->B, LLVMBuildMul(l->B, state, LLVMConstInt(l->i32, 747796405u, 0), ""),
                       LLVMConstInt(l->i32, 2891336453u, 0), "");
    V sh = LLVMBuildAdd(l->B, LLVMBuildLShr(l->B, b, LLVMConstInt(l->i32, 28, 0), ""), LLVMConstInt(l->i32, 4, 0), "");
    V c = LLVMBuildMul(l->B, LLVMBuildXor(l->B, LLVMBuildLShr(l->B, b, sh, ""), b, ""),
                       LLVMConstInt(l->i32, 277803737u, 0), "");
    return LLVMBuildXor(l->B, LLVMBuildLShr(l->B, c, LLVMConstInt(l->i32, 22, 0), ""), c, "");
}

/* state = rand_pcg(state) through the state operand (a uint32& in C++) */
static V rand_step(Lw *l, IrVal st) {
    V p = addr_of(l, st);
    V s = pcg(l, LLVMBuildLoad2(l->B, l->i32, p, ""));
    LLVMBuildStore(l->B, s, p);
    return s;
}

static V randf01(Lw *l, IrVal st) {
    V s = rand_step(l, st);
    V f = LLVMBuildUIToFP(l->B, LLVMBuildLShr(l->B, s, LLVMConstInt(l->i32, 8, 0), ""), l->f32, "");
    return LLVMBuildFMul(l->B, f, LLVMConstReal(l->f32, 1.0 / 16777216.0), "");
}

/* ---- printing (builtin.h print) ------------------------------------------------------ */
static V printf_call(Lw *l, const char *fmt, V *args, int n) {
    V a[40];
    a[0] = cstring(l, fmt);
    for (int i = 0; i < n && i < 39; i++)
        a[i + 1] = args[i];
    T p = l->ptr;
    return call_ext(l, "printf", l->i32, &p, 1, a, (unsigned)(n + 1), 1);
}

/* a scalar as printf's varargs take it */
static V vararg(Lw *l, IrScalar s, V v) {
    if (sc_isf(s))
        return s_cast(l, v, s, SC_FLOAT64);
    if (s == SC_BOOL)
        return LLVMBuildZExt(l->B, v, l->i32, "");
    if (sc_bits(s) < 32)
        return sc_signed(s) ? LLVMBuildSExt(l->B, v, l->i32, "") : LLVMBuildZExt(l->B, v, l->i32, "");
    return v;
}

/* %g of float(x) */
static V gfloat(Lw *l, IrScalar s, V v) { return LLVMBuildFPExt(l->B, s_cast(l, v, s, SC_FLOAT32), l->f64, ""); }

static void print_value(Lw *l, IrType t, V v) {
    const IrTypeInfo *x = ti(l, t);
    IrScalar s = (IrScalar)x->scalar;
    switch (x->kind) {
    case TY_STRING: printf_call(l, "%s\n", &v, 1); return;
    case TY_SCALAR: {
        if (s == SC_BOOL) {
            V c = truth(l, s, v);
            V a = sel(l, c, cstring(l, "True\n"), cstring(l, "False\n"));
            printf_call(l, "%s", &a, 1);
            return;
        }
        const char *fmt = sc_isf(s) ? "%g\n" : s == SC_INT64 ? "%ld\n" : s == SC_UINT64 ? "%lu\n"
                        : sc_signed(s) ? "%d\n" : "%u\n";
        V a = vararg(l, s, v);
        printf_call(l, fmt, &a, 1);
        return;
    }
    case TY_VEC: {
        for (int i = 0; i < x->rows; i++) {
            V a = gfloat(l, s, ext(l, v, (unsigned)i));
            printf_call(l, "%g ", &a, 1);
        }
        printf_call(l, "\n", NULL, 0);
        return;
    }
    case TY_QUAT: {
        V a[4];
        for (int i = 0; i < 4; i++)
            a[i] = gfloat(l, s, ext(l, v, (unsigned)i));
        printf_call(l, "%g %g %g %g\n", a, 4);
        return;
    }
    case TY_MAT:
        for (int i = 0; i < x->rows; i++) {
            for (int j = 0; j < x->cols; j++) {
                V a = gfloat(l, s, ext(l, v, (unsigned)(i * x->cols + j)));
                printf_call(l, "%g ", &a, 1);
            }
            printf_call(l, "\n", NULL, 0);
        }
        return;
    case TY_TRANSFORM: {
        V a[7];
        for (int i = 0; i < 7; i++)
            a[i] = gfloat(l, s, ext(l, v, (unsigned)i));
        printf_call(l, "(%g %g %g) (%g %g %g %g)\n", a, 7);
        return;
    }
    case TY_SHAPE: {
        V a[4];
        for (int i = 0; i < 4; i++)
            a[i] = ext(l, v, (unsigned)i);
        printf_call(l, "(%d, %d, %d, %d)\n", a, 4);
        return;
    }
    default: printf_call(l, "<type without print implementation>\n", NULL, 0); return;
    }
}

/* ---- launch coordinates (builtin.h launch_coord) ------------------------------------ */
static void tid_coords(Lw *l, V *c) {
    if (!l->coords[0])
        fail(l, "wp.tid() outside a kernel");
    for (int d = 0; d < 4; d++)
        c[d] = l->coords[d];
}

/* ---- builtins ------------------------------------------------------------------------ */
static V cast_value(Lw *l, V v, IrType from, IrType to) {
    const IrTypeInfo *a = ti(l, from), *b = ti(l, to);
    if (from == to || (a->kind == TY_ARRAY && b->kind == TY_ARRAY))
        return v; /* array_t<T> whatever the ndim (Warp binds arrays by dtype) */
    if (a->kind == TY_TILE && b->kind == TY_TILE)
        return tile_convert(l, v, from, to);
    if (a->kind == TY_TUPLE && b->kind == TY_TUPLE && a->rows == b->rows) {
        const IrType *ea = ir_type_tuple_elems(l->m, from, NULL), *eb = ir_type_tuple_elems(l->m, to, NULL);
        V r = LLVMGetUndef(ltype(l, to));
        for (int i = 0; i < a->rows; i++)
            r = ins(l, r, cast_value(l, ext(l, v, (unsigned)i), ea[i], eb[i]), (unsigned)i);
        return r;
    }
    if (a->kind == TY_SCALAR && b->kind == TY_SCALAR)
        return s_cast(l, v, a->scalar, b->scalar);
    int n = ncomp(b);
    if (n && a->kind == TY_SCALAR) {
        V x = s_cast(l, v, a->scalar, b->scalar), r = comp_undef(l, b->scalar, n);
        for (int i = 0; i < n; i++)
            r = ins(l, r, x, (unsigned)i);
        return r;
    }
    if (n && ncomp(a) == n) {
        V r = comp_undef(l, b->scalar, n);
        for (int i = 0; i < n; i++)
            r = ins(l, r, s_cast(l, ext(l, v, (unsigned)i), a->scalar, b->scalar), (unsigned)i);
        return r;
    }
    fail(l, "cannot convert %s to %s", type_name(l, from), type_name(l, to));
}

/* all components equal (C++ operator== of the composite types) */
static V all_equal(Lw *l, IrType t, V a, V b) {
    const IrTypeInfo *x = ti(l, t);
    if (x->kind == TY_SCALAR)
        return s_cmp(l, IR_CMP_EQ, x->scalar, a, b);
    int n = ncomp(x);
    if (!n)
        fail(l, "comparison of %s values", type_name(l, t));
    V r = LLVMConstInt(l->i1, 1, 0);
    for (int i = 0; i < n; i++)
        r = LLVMBuildAnd(l->B, r, s_cmp(l, IR_CMP_EQ, x->scalar, ext(l, a, (unsigned)i), ext(l, b, (unsigned)i)), "");
    return r;
}

/* the usual arithmetic conversions of a C++ comparison between scalars */
static IrScalar common_scalar(IrScalar a, IrScalar b) {
    if (a == b)
        return a;
    if (sc_isf(a) || sc_isf(b)) {
        int fa = sc_isf(a) ? ir_scalar_bits(a) : 0, fb = sc_isf(b) ? ir_scalar_bits(b) : 0;
        int w = fa > fb ? fa : fb;
        return w == 64 ? SC_FLOAT64 : SC_FLOAT32;
    }
    int ba = sc_bits(a) < 32 ? 32 : sc_bits(a), bb = sc_bits(b) < 32 ? 32 : sc_bits(b);
    int ua = !sc_signed(a) && sc_bits(a) >= 32, ub = !sc_signed(b) && sc_bits(b) >= 32;
    int w = ba > bb ? ba : bb;
    int u = (ua && ba == w) || (ub && bb == w);
    if (w == 64)
        return u ? SC_UINT64 : SC_INT64;
    return u ? SC_UINT32 : SC_INT32;
}

static V compare(Lw *l, int op, IrVal x, IrVal y) {
    IrType ta = vtype(l, x), tb = vtype(l, y);
    const IrTypeInfo *a = ti(l, ta), *b = ti(l, tb);
    V va = deref(l, x), vb = deref(l, y);
    if (a->kind == TY_SCALAR && b->kind == TY_SCALAR) {
        IrScalar c = common_scalar(a->scalar, b->scalar);
        return s_cmp(l, op, c, s_cast(l, va, a->scalar, c), s_cast(l, vb, b->scalar, c));
    }
    if (ta == tb && (op == IR_CMP_EQ || op == IR_CMP_NE)) {
        V e = all_equal(l, ta, va, vb);
        return op == IR_CMP_EQ ? e : LLVMBuildNot(l->B, e, "");
    }
    fail(l, "comparison of %s and %s", type_name(l, ta), type_name(l, tb));
}

static int binop_of(int key) {
    switch (key) {
    case K_add: return OP_ADD;
    case K_sub: return OP_SUB;
    case K_mul: return OP_MUL;
    case K_div: case K_div_approx: return OP_DIV;
    case K_mod: return OP_MOD;
    case K_floordiv: return OP_FLOORDIV;
    case K_min: return OP_MIN;
    case K_max: return OP_MAX;
    case K_bit_and: return OP_AND;
    case K_bit_or: return OP_OR;
    case K_bit_xor: return OP_XOR;
    case K_lshift: return OP_SHL;
    case K_rshift: return OP_SHR;
    case K_pow: return OP_POW;
    case K_atan2: return OP_ATAN2;
    case K_copysign: return OP_COPYSIGN;
    default: return -1;
    }
}

static int unop_of(int key) {
    switch (key) {
    case K_neg: return U_NEG;
    case K_abs: return U_ABS;
    case K_sign: return U_SIGN;
    case K_step: return U_STEP;
    case K_nonzero: return U_NONZERO;
    case K_invert: return U_INVERT;
    case K_floor: return U_FLOOR;
    case K_ceil: return U_CEIL;
    case K_round: return U_ROUND;
    case K_rint: return U_RINT;
    case K_trunc: return U_TRUNC;
    case K_frac: return U_FRAC;
    case K_sqrt: return U_SQRT;
    case K_cbrt: return U_CBRT;
    case K_sin: return U_SIN;
    case K_cos: return U_COS;
    case K_tan: return U_TAN;
    case K_asin: return U_ASIN;
    case K_acos: return U_ACOS;
    case K_atan: return U_ATAN;
    case K_sinh: return U_SINH;
    case K_cosh: return U_COSH;
    case K_tanh: return U_TANH;
    case K_exp: return U_EXP;
    case K_log: return U_LOG;
    case K_log2: return U_LOG2;
    case K_log10: return U_LOG10;
    case K_degrees: return U_DEGREES;
    case K_radians: return U_RADIANS;
    case K_erf: return U_ERF;
    case K_erfc: return U_ERFC;
    default: return -1;
    }
}

/* a binary arithmetic builtin over scalars and composites */
static V arith2(Lw *l, int key, IrType ta, V a, IrType tb, V b, IrType tout) {
    const IrTypeInfo *x = ti(l, ta), *y = ti(l, tb);
    int op = binop_of(key);
    IrScalar s = (IrScalar)(x->kind == TY_SCALAR ? x->scalar : x->scalar ? x->scalar : y->scalar);
    if (x->kind == TY_SCALAR && y->kind == TY_SCALAR) {
        if (x->scalar != y->scalar)
            b = s_cast(l, b, y->scalar, x->scalar);
        return s_bin(l, op, x->scalar, a, b);
    }
    if (key == K_mul && x->kind != TY_SCALAR && y->kind != TY_SCALAR) {
        if (x->kind == TY_MAT && y->kind == TY_MAT)
            return mat_mul(l, s, x->rows, x->cols, y->cols, a, b);
        if (x->kind == TY_MAT && y->kind == TY_VEC)
            return mat_vec(l, s, x->rows, x->cols, a, b);
        if (x->kind == TY_VEC && y->kind == TY_MAT)
            return vec_mat(l, s, y->rows, y->cols, a, b);
        if (x->kind == TY_QUAT && y->kind == TY_QUAT)
            return quat_mul(l, s, a, b);
        if (x->kind == TY_TRANSFORM && y->kind == TY_TRANSFORM) {
            V ap = sub_comps(l, s, a, 0, 3), aq = sub_comps(l, s, a, 3, 4);
            V bp = sub_comps(l, s, b, 0, 3), bq = sub_comps(l, s, b, 3, 4);
            V p = map2(l, OP_ADD, s, 3, quat_rotate(l, s, aq, bp, 0), 0, ap, 0);
            V q = quat_mul(l, s, aq, bq);
            V c[7];
            for (int i = 0; i < 3; i++)
                c[i] = E(p, i);
            for (int i = 0; i < 4; i++)
                c[3 + i] = E(q, i);
            return build_comps(l, s, c, 7);
        }
    }
    int n = ncomp(x->kind == TY_SCALAR ? y : x);
    if (!n || (x->kind != TY_SCALAR && y->kind != TY_SCALAR && ncomp(x) != ncomp(y)))
        fail(l, "'%s' of %s and %s", key_names[key], type_name(l, ta), type_name(l, tb));
    (void)tout;
    return map2(l, op, s, n, a, x->kind == TY_SCALAR, b, y->kind == TY_SCALAR);
}

/* a composite built from the operands (vector/matrix/quaternion/...) */
static void construct(Lw *l, const IrInst *in, int key) {
    IrType ot = OT(0);
    const IrTypeInfo *x = ti(l, ot);
    IrScalar s = (IrScalar)x->scalar;
    int n = ncomp(x), na = in->nargs;
    if (x->kind == TY_STRUCT || !n)
        fail(l, "constructor of %s", type_name(l, ot));
    V c[64];
    if (na == 0) {
        V z = zero(ltype(l, ot));
        if (key == K_identity) {
            for (int i = 0; i < x->rows; i++)
                z = ins(l, z, C(1), (unsigned)(i * x->cols + i));
        }
        OUT(0, z);
        return;
    }
    if (na == 1) {
        OUT(0, cast_value(l, A(0), AT(0), ot));
        return;
    }
    /* flatten the operands' components */
    int k = 0;
    for (int i = 0; i < na; i++) {
        const IrTypeInfo *ai = ATI(i);
        V v = A(i);
        if (ai->kind == TY_SCALAR) {
            if (k < 64)
                c[k++] = s_cast(l, v, ai->scalar, s);
        } else {
            int m = ncomp(ai);
            for (int j = 0; j < m && k < 64; j++)
                c[k++] = s_cast(l, ext(l, v, (unsigned)j), ai->scalar, s);
        }
    }
    if (key == K_matrix_from_cols || (key == K_matrix && x->kind == TY_MAT && ATI(0)->kind == TY_VEC)) {
        /* columns: data[i][j] = col_j[i] */
        V t[64];
        for (int i = 0; i < x->rows; i++)
            for (int j = 0; j < x->cols; j++)
                t[i * x->cols + j] = c[j * x->rows + i];
        memcpy(c, t, sizeof(V) * (size_t)n);
    } else if (key == K_transformation && k == 3) {
        /* transform_t(p): q = quat_t() */
        for (; k < 7; k++)
            c[k] = C(0);
    }
    if (k != n)
        fail(l, "%s constructor with %d components for %s", key_names[key], k, type_name(l, ot));
    OUT(0, build_comps(l, s, c, n));
}

/* out = a with a[idx...] replaced (or updated with op) in place through p */
static void inplace(Lw *l, const IrInst *in, int op, int copy) {
    IrType t = AT(0);
    const IrTypeInfo *x = ti(l, t);
    IrScalar s = (IrScalar)x->scalar;
    T at = ltype(l, t);
    V p;
    if (copy) {
        p = LLVMBuildAlloca(l->BA, at, "");
        LLVMBuildStore(l->B, A(0), p);
    } else {
        p = addr_of(l, in->args[0]);
    }
    int nidx = in->nargs - 2;
    IrVal vv = in->args[in->nargs - 1];
    IrType vt = vtype(l, vv);
    V v = deref(l, vv);
    const IrTypeInfo *vi = ti(l, vt);
    int nv = vi->kind == TY_SCALAR ? 1 : ncomp(vi);
    V flat[64];
    int nf = 0;
    if (x->kind == TY_MAT) {
        V rows[16], cols[16];
        int nr, nc;
        if (nidx == 1) {
            nr = index_list(l, in->args[1], x->rows, vi->kind == TY_MAT ? vi->rows : 1, rows);
            nc = x->cols;
            for (int j = 0; j < nc; j++)
                cols[j] = ci32(l, j);
        } else {
            int sr = ti(l, vtype(l, in->args[1]))->kind == TY_SLICE, sc = ti(l, vtype(l, in->args[2]))->kind == TY_SLICE;
            int cr = sr ? (vi->kind == TY_MAT ? vi->rows : nv) : 1;
            int cc = sc ? (vi->kind == TY_MAT ? vi->cols : nv) : 1;
            nr = index_list(l, in->args[1], x->rows, cr, rows);
            nc = index_list(l, in->args[2], x->cols, cc, cols);
        }
        for (int i = 0; i < nr; i++)
            for (int j = 0; j < nc && nf < 64; j++)
                flat[nf++] = LLVMBuildAdd(l->B, LLVMBuildMul(l->B, rows[i], ci32(l, x->cols), ""), cols[j], "");
    } else {
        nf = index_list(l, in->args[1], ncomp(x), nv, flat);
    }
    if (nf != nv)
        fail(l, "in-place update of %d components with %d values", nf, nv);
    for (int i = 0; i < nf; i++) {
        V ep = dyn_ptr(l, at, p, flat[i]);
        V nvv = vi->kind == TY_SCALAR ? s_cast(l, v, vi->scalar, s) : ext(l, v, (unsigned)i);
        if (op >= 0)
            nvv = s_bin(l, op, s, LLVMBuildLoad2(l->B, sct(l, s), ep, ""), nvv);
        LLVMBuildStore(l->B, nvv, ep);
    }
    if (copy)
        OUT(0, LLVMBuildLoad2(l->B, at, p, ""));
}

static void emit_extract(Lw *l, const IrInst *in) {
    IrType t = AT(0);
    const IrTypeInfo *x = ti(l, t);
    V a = A(0);
    if (x->kind == TY_TUPLE) {
        /* extract<k>(tuple): the index is a template argument */
        int k = in->text ? atoi(in->text) : in->nargs > 1 ? (int)val(l, in->args[1])->cval.i : 0;
        if (k < 0 || k >= x->rows)
            fail(l, "tuple index %d out of range", k);
        const IrType *el = ir_type_tuple_elems(l->m, t, NULL);
        OUT(0, cast_value(l, ext(l, a, (unsigned)k), el[k], OT(0)));
        return;
    }
    IrType ot = OT(0);
    const IrTypeInfo *oi = ti(l, ot);
    if (x->kind == TY_SHAPE) {
        OUT(0, dyn_get(l, a, as_i32(l, in->args[1])));
        return;
    }
    int on = oi->kind == TY_SCALAR ? 1 : ncomp(oi);
    IrScalar s = (IrScalar)x->scalar;
    V flat[64];
    int nf = 0;
    if (x->kind == TY_MAT) {
        V rows[16], cols[16];
        int nr, nc;
        if (in->nargs == 2) {
            nr = index_list(l, in->args[1], x->rows, oi->kind == TY_MAT ? oi->rows : 1, rows);
            nc = x->cols;
            for (int j = 0; j < nc; j++)
                cols[j] = ci32(l, j);
        } else {
            int sr = ti(l, AT(1))->kind == TY_SLICE, sc = ti(l, AT(2))->kind == TY_SLICE;
            nr = index_list(l, in->args[1], x->rows, sr ? (oi->kind == TY_MAT ? oi->rows : on) : 1, rows);
            nc = index_list(l, in->args[2], x->cols, sc ? (oi->kind == TY_MAT ? oi->cols : on) : 1, cols);
        }
        for (int i = 0; i < nr; i++)
            for (int j = 0; j < nc && nf < 64; j++)
                flat[nf++] = LLVMBuildAdd(l->B, LLVMBuildMul(l->B, rows[i], ci32(l, x->cols), ""), cols[j], "");
    } else if (ncomp(x)) {
        nf = index_list(l, in->args[1], ncomp(x), on, flat);
    } else {
        fail(l, "extract from %s", type_name(l, t));
    }
    if (nf != on)
        fail(l, "extract of %d components into %s", nf, type_name(l, ot));
    if (oi->kind == TY_SCALAR) {
        OUT(0, dyn_get(l, a, flat[0]));
        return;
    }
    V r = zero(ltype(l, ot));
    for (int i = 0; i < nf; i++)
        r = ins(l, r, dyn_get(l, a, flat[i]), (unsigned)i);
    (void)s;
    OUT(0, r);
}

/* index()/indexref(): the address of a component (or a matrix row) */
static void emit_index(Lw *l, const IrInst *in) {
    IrType t = AT(0);
    const IrTypeInfo *x = ti(l, t);
    V p = addr_of(l, in->args[0]);
    T at = ltype(l, t);
    V idx;
    if (x->kind == TY_MAT) {
        V r = wrap_idx(l, as_i32(l, in->args[1]), ci32(l, x->rows));
        idx = LLVMBuildMul(l->B, r, ci32(l, x->cols), "");
        if (in->nargs > 2)
            idx = LLVMBuildAdd(l->B, idx, wrap_idx(l, as_i32(l, in->args[2]), ci32(l, x->cols)), "");
    } else if (ncomp(x)) {
        idx = wrap_idx(l, as_i32(l, in->args[1]), ci32(l, ncomp(x)));
    } else {
        fail(l, "index into %s", type_name(l, t));
    }
    OUT(0, dyn_ptr(l, at, p, idx));
}

static void emit_print_builtin(Lw *l, const IrInst *in) { print_value(l, AT(0), A(0)); }

static void emit_printf(Lw *l, const IrInst *in) {
    const IrValue *fv = val(l, in->args[0]);
    if (!fv->cstr)
        fail(l, "wp.printf() format must be a string constant");
    V a[40];
    int n = 0;
    a[n++] = get(l, in->args[0]);
    for (int i = 1; i < in->nargs && n < 40; i++) {
        const IrTypeInfo *x = ATI(i);
        if (x->kind != TY_SCALAR)
            fail(l, "wp.printf() of a %s value", type_name(l, AT(i)));
        a[n++] = vararg(l, x->scalar, A(i));
    }
    T p = l->ptr;
    call_ext(l, "printf", l->i32, &p, 1, a, (unsigned)n, 1);
}

static void emit_expect(Lw *l, const IrInst *in, int key) {
    IrType t = AT(0);
    V a = A(0), b = A(1);
    V cond;
    if (key == K_expect_near) {
        const IrTypeInfo *x = ti(l, t);
        IrScalar s = (IrScalar)x->scalar;
        V tol = A(2);
        int n = x->kind == TY_SCALAR ? 1 : ncomp(x);
        V far = LLVMConstInt(l->i1, 0, 0);
        for (int i = 0; i < n; i++) {
            V ai = n == 1 && x->kind == TY_SCALAR ? a : ext(l, a, (unsigned)i);
            V bi = n == 1 && x->kind == TY_SCALAR ? b : ext(l, b, (unsigned)i);
            V d = s_un(l, U_ABS, s, SUB(ai, bi));
            far = LLVMBuildOr(l->B, far, s_cmp(l, IR_CMP_GT, s, d, tol), "");
        }
        cond = far;
    } else {
        V eq = all_equal(l, t, a, b);
        cond = key == K_expect_eq ? LLVMBuildNot(l->B, eq, "") : eq;
    }
    LLVMBasicBlockRef then = LLVMAppendBasicBlockInContext(l->C, l->fn, "");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(l->C, l->fn, "");
    LLVMBuildCondBr(l->B, cond, then, done);
    LLVMPositionBuilderAtEnd(l->B, then);
    if (key == K_expect_near) {
        printf_call(l, "Error, expect_near() failed with tolerance ", NULL, 0);
        print_value(l, AT(2), A(2));
        printf_call(l, "    Expected: ", NULL, 0);
        print_value(l, t, b);
        printf_call(l, "    Actual: ", NULL, 0);
        print_value(l, t, a);
    } else {
        printf_call(l, key == K_expect_eq ? "Error, expect_eq() failed:\n" : "Error, expect_neq() failed:\n", NULL, 0);
        printf_call(l, "\t Expected: ", NULL, 0);
        print_value(l, t, b);
        printf_call(l, "\t Actual: ", NULL, 0);
        print_value(l, t, a);
    }
    LLVMBuildBr(l->B, done);
    LLVMPositionBuilderAtEnd(l->B, done);
}

/* lower_bound(arr, [begin, end,] value): binary search (array.h) */
static void emit_lower_bound(Lw *l, const IrInst *in) {
    V arr = A(0);
    IrType et = ti(l, AT(0))->elem;
    IrScalar s = scal(l, et);
    V lo, hi, value;
    if (in->nargs == 4) {
        lo = as_i32(l, in->args[1]);
        hi = LLVMBuildSub(l->B, as_i32(l, in->args[2]), ci32(l, 1), "");
        value = A(3);
    } else {
        lo = ci32(l, 0);
        hi = LLVMBuildSub(l->B, arr_dim(l, arr, 2, 0), ci32(l, 1), "");
        value = A(1);
    }
    V plo = LLVMBuildAlloca(l->BA, l->i32, ""), phi_ = LLVMBuildAlloca(l->BA, l->i32, "");
    LLVMBuildStore(l->B, lo, plo);
    LLVMBuildStore(l->B, hi, phi_);
    LLVMBasicBlockRef cond = LLVMAppendBasicBlockInContext(l->C, l->fn, "");
    LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(l->C, l->fn, "");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(l->C, l->fn, "");
    LLVMBuildBr(l->B, cond);
    LLVMPositionBuilderAtEnd(l->B, cond);
    V L = LLVMBuildLoad2(l->B, l->i32, plo, ""), U = LLVMBuildLoad2(l->B, l->i32, phi_, "");
    LLVMBuildCondBr(l->B, LLVMBuildICmp(l->B, LLVMIntSLT, L, U, ""), body, done);
    LLVMPositionBuilderAtEnd(l->B, body);
    V mid = LLVMBuildAdd(l->B, L, LLVMBuildSDiv(l->B, LLVMBuildSub(l->B, U, L, ""), ci32(l, 2), ""), "");
    V off = LLVMBuildMul(l->B, LLVMBuildSExt(l->B, mid, l->i64, ""),
                         LLVMBuildSExt(l->B, arr_dim(l, arr, 3, 0), l->i64, ""), "");
    V e = LLVMBuildLoad2(l->B, sct(l, s), LLVMBuildGEP2(l->B, l->i8, ext(l, arr, 0), &off, 1, ""), "");
    V less = s_cmp(l, IR_CMP_LT, s, e, value);
    LLVMBuildStore(l->B, sel(l, less, LLVMBuildAdd(l->B, mid, ci32(l, 1), ""), L), plo);
    LLVMBuildStore(l->B, sel(l, less, U, mid), phi_);
    LLVMBuildBr(l->B, cond);
    LLVMPositionBuilderAtEnd(l->B, done);
    OUT(0, LLVMBuildLoad2(l->B, l->i32, plo, ""));
}

/* rand.h's geometric samplers: each randf() a statement of its own, so in
 * source order */
static void emit_sample(Lw *l, const IrInst *in, int key) {
    IrScalar s = SC_FLOAT32;
    IrVal st = in->args[0];
    V two_pi = C((double)(2.0f * 3.14159265358979323846f));
    V c[4];
    int n = 3;
#define RF() randf01(l, st)
#define RANGE2PI() ADD(MUL(SUB(two_pi, C(0)), RF()), C(0))
#define SIN(x) s_un(l, U_SIN, s, x)
#define COS(x) s_un(l, U_COS, s, x)
#define ACOS(x) s_un(l, U_ACOS, s, x)
#define SQRT(x) s_un(l, U_SQRT, s, x)
    switch (key) {
    case K_sample_triangle: {
        V r = SQRT(RF());
        V u = SUB(C(1), r);
        V v = MUL(RF(), r);
        c[0] = u, c[1] = v, n = 2;
        break;
    }
    case K_sample_unit_ring: {
        V t = RANGE2PI();
        c[0] = COS(t), c[1] = SIN(t), n = 2;
        break;
    }
    case K_sample_unit_disk: {
        V r = SQRT(RF());
        V t = RANGE2PI();
        c[0] = MUL(r, COS(t)), c[1] = MUL(r, SIN(t)), n = 2;
        break;
    }
    case K_sample_unit_sphere_surface: case K_sample_unit_hemisphere_surface: {
        V u = RF();
        V phi = ACOS(key == K_sample_unit_sphere_surface ? SUB(C(1), MUL(C(2), u)) : SUB(C(1), u));
        V t = RANGE2PI();
        c[0] = MUL(COS(t), SIN(phi)), c[1] = MUL(SIN(t), SIN(phi)), c[2] = COS(phi);
        break;
    }
    case K_sample_unit_sphere: case K_sample_unit_hemisphere: {
        V u = RF();
        V phi = ACOS(key == K_sample_unit_sphere ? SUB(C(1), MUL(C(2), u)) : SUB(C(1), u));
        V t = RANGE2PI();
        V r = s_bin(l, OP_POW, s, RF(), C((double)(1.0f / 3.0f)));
        c[0] = MUL(MUL(r, COS(t)), SIN(phi)), c[1] = MUL(MUL(r, SIN(t)), SIN(phi)), c[2] = MUL(r, COS(phi));
        break;
    }
    default: {
        n = key == K_sample_unit_square ? 2 : key == K_sample_unit_cube ? 3 : 4;
        for (int i = 0; i < n; i++)
            c[i] = SUB(RF(), C(0.5));
        break;
    }
    }
#undef RF
#undef RANGE2PI
#undef SIN
#undef COS
#undef ACOS
#undef SQRT
    OUT(0, build_comps(l, s, c, n));
}

/* intersect.h closest_point_edge_edge (float32): (s, t, distance) */
static V diff_product(Lw *l, V a, V b, V c, V d) {
    IrScalar s = SC_FLOAT32;
    V cd = MUL(c, d);
    V args1[3] = {a, b, LLVMBuildFNeg(l->B, cd, "")};
    V diff = intrinsic(l, "llvm.fma", l->f32, args1, 3);
    V args2[3] = {LLVMBuildFNeg(l->B, c, ""), d, cd};
    V error = intrinsic(l, "llvm.fma", l->f32, args2, 3);
    return ADD(diff, error);
}

static void emit_edge_edge(Lw *l, const IrInst *in) {
    IrScalar s = SC_FLOAT32;
    V p1 = A(0), q1 = A(1), p2 = A(2), q2 = A(3), eps = A(4);
    V d1 = map2(l, OP_SUB, s, 3, q1, 0, p1, 0), d2 = map2(l, OP_SUB, s, 3, q2, 0, p2, 0);
    V r = map2(l, OP_SUB, s, 3, p1, 0, p2, 0);
    V a = vdot(l, s, 3, d1, d1), e = vdot(l, s, 3, d2, d2), f = vdot(l, s, 3, d2, r);
    V degen1 = s_cmp(l, IR_CMP_LE, s, a, eps), degen2 = s_cmp(l, IR_CMP_LE, s, e, eps);
#define CLAMP01(x) S(l, OP_MIN, s, S(l, OP_MAX, s, C(0), x), C(1))
    if (l->m->warp_minor == 10) {
        /* 1.10 (a Warp function compiled to C++): both degenerate: (0, 0,
         * |p2 - p1|); edge 1 a point: t = f / e unclamped; s from
         * (b f - c e) / denom where denom != 0, t = (b s + f) / e, then s
         * again where t leaves [0, 1] */
        V c = vdot(l, s, 3, d1, r), b = vdot(l, s, 3, d1, d2);
        V denom = SUB(MUL(a, e), MUL(b, b));
        V s0 = sel(l, s_cmp(l, IR_CMP_NE, s, denom, C(0)), CLAMP01(DIVV(SUB(MUL(b, f), MUL(c, e)), denom)), C(0));
        V t0 = DIVV(ADD(MUL(b, s0), f), e);
        V lt0 = s_cmp(l, IR_CMP_LT, s, t0, C(0)), gt1 = s_cmp(l, IR_CMP_GT, s, t0, C(1));
        V s_lt = CLAMP01(DIVV(s_un(l, U_VNEG, s, c), a));
        V sg = sel(l, lt0, s_lt, sel(l, gt1, CLAMP01(DIVV(SUB(b, c), a)), s0));
        V tg = sel(l, lt0, C(0), sel(l, gt1, C(1), t0));
        V sv = sel(l, degen1, C(0), sel(l, degen2, s_lt, sg));
        V tv = sel(l, degen1, DIVV(f, e), sel(l, degen2, C(0), tg));
        V c1 = map2(l, OP_ADD, s, 3, p1, 0, map2(l, OP_MUL, s, 3, d1, 0, sv, 1), 0);
        V c2 = map2(l, OP_ADD, s, 3, p2, 0, map2(l, OP_MUL, s, 3, d2, 0, tv, 1), 0);
        V dd = map2(l, OP_SUB, s, 3, c2, 0, c1, 0);
        V dist = s_un(l, U_SQRT, s, vdot(l, s, 3, dd, dd));
        V p21 = map2(l, OP_SUB, s, 3, p2, 0, p1, 0);
        V both = LLVMBuildAnd(l->B, degen1, degen2, "");
        dist = sel(l, both, s_un(l, U_SQRT, s, vdot(l, s, 3, p21, p21)), dist);
        OUT(0, vec3(l, s, sel(l, both, C(0), sv), sel(l, both, C(0), tv), dist));
        return;
    }
    /* degen1 only: t = clamp(f / e); degen2 only: s = clamp(-dot(d1, r) / a) */
    V t_d1 = CLAMP01(DIVV(f, e));
    V s_d2 = CLAMP01(DIVV(s_un(l, U_VNEG, s, vdot(l, s, 3, d1, r)), a));
    /* general case */
    V c = vdot(l, s, 3, d1, r), b = vdot(l, s, 3, d1, d2);
    V denom = diff_product(l, a, e, b, b);
    V num = diff_product(l, b, f, c, e);
    V s_init = sel(l, s_cmp(l, IR_CMP_GT, s, denom, C(0)), CLAMP01(DIVV(num, denom)), C(0));
    V t_init = DIVV(ADD(MUL(b, s_init), f), e);
    V lt0 = s_cmp(l, IR_CMP_LT, s, t_init, C(0)), gt1 = s_cmp(l, IR_CMP_GT, s, t_init, C(1));
    V s_lt = CLAMP01(DIVV(s_un(l, U_VNEG, s, c), a)), s_gt = CLAMP01(DIVV(SUB(b, c), a));
    V sg = sel(l, lt0, s_lt, sel(l, gt1, s_gt, s_init));
    V tg = sel(l, lt0, C(0), sel(l, gt1, C(1), t_init));
#undef CLAMP01
    V both = LLVMBuildAnd(l->B, degen1, degen2, "");
    V sv = sel(l, both, C(0), sel(l, degen1, C(0), sel(l, degen2, s_d2, sg)));
    V tv = sel(l, both, C(0), sel(l, degen1, t_d1, sel(l, degen2, C(0), tg)));
    V c1 = map2(l, OP_ADD, s, 3, p1, 0, map2(l, OP_MUL, s, 3, d1, 0, sv, 1), 0);
    V c2 = map2(l, OP_ADD, s, 3, p2, 0, map2(l, OP_MUL, s, 3, d2, 0, tv, 1), 0);
    V dd = map2(l, OP_SUB, s, 3, c2, 0, c1, 0);
    V dist = s_un(l, U_SQRT, s, vdot(l, s, 3, dd, dd));
    OUT(0, vec3(l, s, sv, tv, dist));
}

/* ---- crt.h (host): erfinv through Cephes' ndtri, in double ---------------- */
/* polevl (p1: p1evl, leading coefficient 1): Horner from coefs[0] */
static V cephes_poly(Lw *l, V x, const double *coefs, int n, int p1) {
    IrScalar s = SC_FLOAT64;
    V ans = p1 ? ADD(x, C(coefs[0])) : C(coefs[0]);
    for (int i = 1; i < (p1 ? n : n + 1); i++)
        ans = ADD(MUL(ans, x), C(coefs[i]));
    return ans;
}

/* erfinv(z) = ndtri((z + 1) / 2) / sqrt(2) with crt.h's special cases; both
 * branches of ndtri computed and selected (they have no side effects) */
static V erfinv_f64(Lw *l, V z) {
    static const double P0[5] = {-5.99633501014107895267e1, 9.80010754185999661536e1, -5.66762857469070293439e1,
                                 1.39312609387279679503e1, -1.23916583867381258016e0};
    static const double Q0[8] = {1.95448858338141759834e0, 4.67627912898881538453e0, 8.63602421390890590575e1,
                                 -2.25462687854119370527e2, 2.00260212380060660359e2, -8.20372256168333339912e1,
                                 1.59056225126211695515e1, -1.18331621121330003142e0};
    static const double P1[9] = {4.05544892305962419923e0, 3.15251094599893866154e1, 5.71628192246421288162e1,
                                 4.40805073893200834700e1, 1.46849561928858024014e1, 2.18663306850790267539e0,
                                 -1.40256079171354495875e-1, -3.50424626827848203418e-2, -8.57456785154685413611e-4};
    static const double Q1[8] = {1.57799883256466749731e1, 4.53907635128879210584e1, 4.13172038254672030440e1,
                                 1.50425385692907503408e1, 2.50464946208309415979e0, -1.42182922854787788574e-1,
                                 -3.80806407691578277194e-2, -9.33259480895457427372e-4};
    static const double P2[9] = {3.23774891776946035970e0, 6.91522889068984211695e0, 3.93881025292474443415e0,
                                 1.33303460815807542389e0, 2.01485389549179081538e-1, 1.23716634817820021358e-2,
                                 3.01581553508235416007e-4, 2.65806974686737550832e-6, 6.23974539184983293730e-9};
    static const double Q2[8] = {6.02427039364742014255e0, 3.67983563856160859403e0, 1.37702099489081330271e0,
                                 2.16236993594496635890e-1, 1.34204006088543189037e-2, 3.28014464682127739104e-4,
                                 2.89247864745380683936e-6, 6.79019408009981274425e-9};
    const double s2pi = 2.50662827463100050242E0, exp_neg2 = 0.13533528323661269189;
    IrScalar s = SC_FLOAT64;
    V y = DIVV(ADD(z, C(1)), C(2));
    /* ndtri(y) */
    V upper = s_cmp(l, IR_CMP_GT, s, y, C(1.0 - exp_neg2)); /* code = 0 */
    V yw = sel(l, upper, SUB(C(1), y), y);
    V mid = s_cmp(l, IR_CMP_GT, s, yw, C(exp_neg2));
    V ym = SUB(yw, C(0.5));
    V y2 = MUL(ym, ym);
    V xm = ADD(ym, MUL(ym, DIVV(MUL(y2, cephes_poly(l, y2, P0, 4, 0)), cephes_poly(l, y2, Q0, 8, 1))));
    xm = MUL(xm, C(s2pi));
    V x = s_un(l, U_SQRT, s, MUL(C(-2.0), s_un(l, U_LOG, s, yw)));
    V x0 = SUB(x, DIVV(s_un(l, U_LOG, s, x), x));
    V zz = DIVV(C(1), x);
    V x1a = DIVV(MUL(zz, cephes_poly(l, zz, P1, 8, 0)), cephes_poly(l, zz, Q1, 8, 1));
    V x1b = DIVV(MUL(zz, cephes_poly(l, zz, P2, 8, 0)), cephes_poly(l, zz, Q2, 8, 1));
    V xt = SUB(x0, sel(l, s_cmp(l, IR_CMP_LT, s, x, C(8)), x1a, x1b));
    xt = sel(l, upper, xt, s_un(l, U_VNEG, s, xt));
    V nd = sel(l, mid, xm, xt);
    V le0 = s_cmp(l, IR_CMP_LE, s, y, C(0));
    nd = sel(l, LLVMBuildOr(l->B, le0, s_cmp(l, IR_CMP_GE, s, y, C(1)), ""), sel(l, le0, C(-INFINITY), C(INFINITY)), nd);
    V r = DIVV(nd, C(sqrt(2.0)));
    /* the special cases, the first that holds */
    V out = LLVMBuildOr(l->B, s_cmp(l, IR_CMP_LT, s, z, C(-1)), s_cmp(l, IR_CMP_GT, s, z, C(1)), "");
    r = sel(l, out, C(NAN), r);
    r = sel(l, s_cmp(l, IR_CMP_EQ, s, z, C(-1)), C(-INFINITY), r);
    r = sel(l, s_cmp(l, IR_CMP_EQ, s, z, C(1)), C(INFINITY), r);
    return sel(l, s_cmp(l, IR_CMP_EQ, s, z, C(0)), C(0), r);
}

/* builtin.h: erfinv(float) = (float)erfinv((double)x), half through
 * float; erfcinv(x) = erfinv(1.0 - x) */
static void emit_erfinv(Lw *l, const IrInst *in, int key) {
    IrScalar st = scal(l, AT(0));
    V a = A(0);
    V d = st == SC_FLOAT64 ? a : LLVMBuildFPExt(l->B, st == SC_FLOAT16 ? tof(l, a) : a, l->f64, "");
    if (key == K_erfcinv)
        d = LLVMBuildFSub(l->B, LLVMConstReal(l->f64, 1.0), d, "");
    V r = erfinv_f64(l, d);
    if (st != SC_FLOAT64)
        r = LLVMBuildFPTrunc(l->B, r, l->f32, "");
    OUT(0, st == SC_FLOAT16 ? fromf(l, r) : r);
}

/* ---- svd.h: 3x3 SVD (Jacobi eigenanalysis of A^T A, sorting, Givens QR),
 * 2x2 SVD, QR and symmetric eigendecomposition, in Warp's operation order */
typedef struct Svd {
    Lw *l;
    IrScalar s;
} Svd;

#define SV_ADD(a, b) s_bin(z->l, OP_ADD, z->s, a, b)
#define SV_SUB(a, b) s_bin(z->l, OP_SUB, z->s, a, b)
#define SV_MUL(a, b) s_bin(z->l, OP_MUL, z->s, a, b)
#define SV_DIV(a, b) s_bin(z->l, OP_DIV, z->s, a, b)
#define SV_NEG(a) s_un(z->l, U_VNEG, z->s, a)
#define SV_C(v) cnum(z->l, z->s, v)
#define SV_SEL(c, a, b) sel(z->l, c, a, b)
#define SV_LT(a, b) s_cmp(z->l, IR_CMP_LT, z->s, a, b)

static V sv_rsqrt(Svd *z, V x) { return SV_DIV(SV_C(1), s_un(z->l, U_SQRT, z->s, x)); }

static void sv_condswap(Svd *z, V c, V *x, V *y) {
    V t = *x;
    *x = SV_SEL(c, *y, *x);
    *y = SV_SEL(c, t, *y);
}

static void sv_condnegswap(Svd *z, V c, V *x, V *y) {
    V t = SV_NEG(*x);
    *x = SV_SEL(c, *y, *x);
    *y = SV_SEL(c, t, *y);
}

/* m = a b (row-major 3x3), or a^T b */
static void sv_mult(Svd *z, const V *a, const V *b, V *m, int at) {
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) {
            V r = NULL;
            for (int k = 0; k < 3; k++) {
                V x = at ? a[k * 3 + i] : a[i * 3 + k];
                V t = SV_MUL(x, b[k * 3 + j]);
                r = r ? SV_ADD(r, t) : t;
            }
            m[i * 3 + j] = r;
        }
}

static void sv_quat_to_mat(Svd *z, const V *q, V *m) {
    V w = q[3], x = q[0], y = q[1], zz = q[2];
    V qxx = SV_MUL(x, x), qyy = SV_MUL(y, y), qzz = SV_MUL(zz, zz), qxz = SV_MUL(x, zz), qxy = SV_MUL(x, y);
    V qyz = SV_MUL(y, zz), qwx = SV_MUL(w, x), qwy = SV_MUL(w, y), qwz = SV_MUL(w, zz);
    m[0] = SV_SUB(SV_C(1), SV_MUL(SV_C(2), SV_ADD(qyy, qzz)));
    m[1] = SV_MUL(SV_C(2), SV_SUB(qxy, qwz));
    m[2] = SV_MUL(SV_C(2), SV_ADD(qxz, qwy));
    m[3] = SV_MUL(SV_C(2), SV_ADD(qxy, qwz));
    m[4] = SV_SUB(SV_C(1), SV_MUL(SV_C(2), SV_ADD(qxx, qzz)));
    m[5] = SV_MUL(SV_C(2), SV_SUB(qyz, qwx));
    m[6] = SV_MUL(SV_C(2), SV_SUB(qxz, qwy));
    m[7] = SV_MUL(SV_C(2), SV_ADD(qyz, qwx));
    m[8] = SV_SUB(SV_C(1), SV_MUL(SV_C(2), SV_ADD(qxx, qyy)));
}

/* s = {s11, s21, s22, s31, s32, s33} */
static void sv_jacobi_conj(Svd *z, int x, int y, int zi, V *s, V *q) {
    V ch = SV_MUL(SV_C(2), SV_SUB(s[0], s[2])), sh = s[1];
    V b = SV_LT(SV_MUL(SV_MUL(SV_C(5.82842712474619), sh), sh), SV_MUL(ch, ch));
    V w = sv_rsqrt(z, SV_ADD(SV_MUL(ch, ch), SV_MUL(sh, sh)));
    ch = SV_SEL(b, SV_MUL(w, ch), SV_C(0.9238795325112867));
    sh = SV_SEL(b, SV_MUL(w, sh), SV_C(0.3826834323650898));
    V scale = SV_ADD(SV_MUL(ch, ch), SV_MUL(sh, sh));
    V a = SV_DIV(SV_SUB(SV_MUL(ch, ch), SV_MUL(sh, sh)), scale);
    V bb = SV_DIV(SV_MUL(SV_MUL(SV_C(2), sh), ch), scale);
    V s11 = s[0], s21 = s[1], s22 = s[2], s31 = s[3], s32 = s[4], s33 = s[5];
    V nb = SV_NEG(bb);
    V n11 = SV_ADD(SV_MUL(a, SV_ADD(SV_MUL(a, s11), SV_MUL(bb, s21))), SV_MUL(bb, SV_ADD(SV_MUL(a, s21), SV_MUL(bb, s22))));
    V n21 = SV_ADD(SV_MUL(a, SV_ADD(SV_MUL(nb, s11), SV_MUL(a, s21))), SV_MUL(bb, SV_ADD(SV_MUL(nb, s21), SV_MUL(a, s22))));
    V n22 = SV_ADD(SV_MUL(nb, SV_ADD(SV_MUL(nb, s11), SV_MUL(a, s21))), SV_MUL(a, SV_ADD(SV_MUL(nb, s21), SV_MUL(a, s22))));
    V n31 = SV_ADD(SV_MUL(a, s31), SV_MUL(bb, s32));
    V n32 = SV_ADD(SV_MUL(nb, s31), SV_MUL(a, s32));
    V n33 = s33;
    V tmp[3] = {SV_MUL(q[0], sh), SV_MUL(q[1], sh), SV_MUL(q[2], sh)};
    sh = SV_MUL(sh, q[3]);
    for (int i = 0; i < 4; i++)
        q[i] = SV_MUL(q[i], ch);
    q[zi] = SV_ADD(q[zi], sh);
    q[3] = SV_SUB(q[3], tmp[zi]);
    q[x] = SV_ADD(q[x], tmp[y]);
    q[y] = SV_SUB(q[y], tmp[x]);
    /* the cyclic permutation for the next pair */
    s[0] = n22, s[1] = n32, s[2] = n33, s[3] = n21, s[4] = n31, s[5] = n11;
}

static void sv_jacobi(Svd *z, V *s, V *q) {
    q[3] = SV_C(1), q[0] = SV_C(0), q[1] = SV_C(0), q[2] = SV_C(0);
    int iters = z->s == SC_FLOAT64 ? 8 : 4;
    for (int i = 0; i < iters; i++) {
        sv_jacobi_conj(z, 0, 1, 2, s, q);
        sv_jacobi_conj(z, 1, 2, 0, s, q);
        sv_jacobi_conj(z, 2, 0, 1, s, q);
    }
}

static void sv_qr_givens(Svd *z, V a1, V a2, V *ch, V *sh) {
    double e = z->s == SC_FLOAT64 ? 1e-12 : (double)1.e-6f;
    V eps = SV_C(e);
    V rho = s_un(z->l, U_SQRT, z->s, SV_ADD(SV_MUL(a1, a1), SV_MUL(a2, a2)));
    *sh = SV_SEL(s_cmp(z->l, IR_CMP_GT, z->s, rho, eps), a2, SV_C(0));
    *ch = SV_ADD(s_un(z->l, U_ABS, z->s, a1), s_bin(z->l, OP_MAX, z->s, rho, eps));
    V b = SV_LT(a1, SV_C(0));
    sv_condswap(z, b, sh, ch);
    V w = sv_rsqrt(z, SV_ADD(SV_MUL(*ch, *ch), SV_MUL(*sh, *sh)));
    *ch = SV_MUL(*ch, w);
    *sh = SV_MUL(*sh, w);
}

/* B (row-major, by value) -> Q, R */
static void sv_qr(Svd *z, const V *B, V *q, V *r) {
    V b[9];
    memcpy(b, B, sizeof b);
    V ch1, sh1, ch2, sh2, ch3, sh3, a, bb;
    sv_qr_givens(z, b[0], b[3], &ch1, &sh1);
    a = SV_SUB(SV_C(1), SV_MUL(SV_MUL(SV_C(2), sh1), sh1));
    bb = SV_MUL(SV_MUL(SV_C(2), ch1), sh1);
    for (int j = 0; j < 3; j++) {
        r[j] = SV_ADD(SV_MUL(a, b[j]), SV_MUL(bb, b[3 + j]));
        r[3 + j] = SV_ADD(SV_MUL(SV_NEG(bb), b[j]), SV_MUL(a, b[3 + j]));
        r[6 + j] = b[6 + j];
    }
    sv_qr_givens(z, r[0], r[6], &ch2, &sh2);
    a = SV_SUB(SV_C(1), SV_MUL(SV_MUL(SV_C(2), sh2), sh2));
    bb = SV_MUL(SV_MUL(SV_C(2), ch2), sh2);
    for (int j = 0; j < 3; j++) {
        b[j] = SV_ADD(SV_MUL(a, r[j]), SV_MUL(bb, r[6 + j]));
        b[3 + j] = r[3 + j];
        b[6 + j] = SV_ADD(SV_MUL(SV_NEG(bb), r[j]), SV_MUL(a, r[6 + j]));
    }
    sv_qr_givens(z, b[4], b[7], &ch3, &sh3);
    a = SV_SUB(SV_C(1), SV_MUL(SV_MUL(SV_C(2), sh3), sh3));
    bb = SV_MUL(SV_MUL(SV_C(2), ch3), sh3);
    for (int j = 0; j < 3; j++) {
        r[j] = b[j];
        r[3 + j] = SV_ADD(SV_MUL(a, b[3 + j]), SV_MUL(bb, b[6 + j]));
        r[6 + j] = SV_ADD(SV_MUL(SV_NEG(bb), b[3 + j]), SV_MUL(a, b[6 + j]));
    }
    V sh12 = SV_MUL(sh1, sh1), sh22 = SV_MUL(sh2, sh2), sh32 = SV_MUL(sh3, sh3);
    V m1p12 = SV_ADD(SV_C(-1), SV_MUL(SV_C(2), sh12));   /* (-1 + 2 sh12) */
    V m1p22 = SV_ADD(SV_C(-1), SV_MUL(SV_C(2), sh22));
    V m1p32 = SV_ADD(SV_C(-1), SV_MUL(SV_C(2), sh32));
    q[0] = SV_MUL(m1p12, m1p22);
    q[1] = SV_ADD(SV_MUL(SV_MUL(SV_MUL(SV_MUL(SV_MUL(SV_C(4), ch2), ch3), m1p12), sh2), sh3),
                  SV_MUL(SV_MUL(SV_MUL(SV_C(2), ch1), sh1), m1p32));
    q[2] = SV_SUB(SV_MUL(SV_MUL(SV_MUL(SV_MUL(SV_C(4), ch1), ch3), sh1), sh3),
                  SV_MUL(SV_MUL(SV_MUL(SV_MUL(SV_C(2), ch2), m1p12), sh2), m1p32));
    q[3] = SV_MUL(SV_MUL(SV_MUL(SV_C(2), ch1), sh1), SV_SUB(SV_C(1), SV_MUL(SV_C(2), sh22)));
    q[4] = SV_ADD(SV_MUL(SV_MUL(SV_MUL(SV_MUL(SV_MUL(SV_MUL(SV_C(-8), ch1), ch2), ch3), sh1), sh2), sh3),
                  SV_MUL(m1p12, m1p32));
    q[5] = SV_ADD(SV_MUL(SV_MUL(SV_C(-2), ch3), sh3),
                  SV_MUL(SV_MUL(SV_C(4), sh1),
                         SV_ADD(SV_MUL(SV_MUL(ch3, sh1), sh3), SV_MUL(SV_MUL(SV_MUL(ch1, ch2), sh2), m1p32))));
    q[6] = SV_MUL(SV_MUL(SV_C(2), ch2), sh2);
    q[7] = SV_MUL(SV_MUL(SV_MUL(SV_C(2), ch3), SV_SUB(SV_C(1), SV_MUL(SV_C(2), sh22))), sh3);
    q[8] = SV_MUL(m1p22, m1p32);
}

static void emit_svd(Lw *l, const IrInst *in, int key) {
    Svd zz = {l, scal(l, AT(0))}, *z = &zz;
    V m = A(0), a[9];
    const IrTypeInfo *x = ATI(0);
    int n = x->rows * x->cols;
    for (int i = 0; i < n; i++)
        a[i] = E(m, i);
    V res[3] = {NULL, NULL, NULL};
    int nres = 0;
    if (key == K_svd3) {
        V ata[9], v[9], b[9], u[9], sm[9], qv[4];
        sv_mult(z, a, a, ata, 1);
        V s6[6] = {ata[0], ata[3], ata[4], ata[6], ata[7], ata[8]};
        sv_jacobi(z, s6, qv);
        sv_quat_to_mat(z, qv, v);
        sv_mult(z, a, v, b, 0);
        /* sortSingularValues */
        V rho1 = SV_ADD(SV_ADD(SV_MUL(b[0], b[0]), SV_MUL(b[3], b[3])), SV_MUL(b[6], b[6]));
        V rho2 = SV_ADD(SV_ADD(SV_MUL(b[1], b[1]), SV_MUL(b[4], b[4])), SV_MUL(b[7], b[7]));
        V rho3 = SV_ADD(SV_ADD(SV_MUL(b[2], b[2]), SV_MUL(b[5], b[5])), SV_MUL(b[8], b[8]));
        static const int pairs[3][2] = {{0, 1}, {0, 2}, {1, 2}};
        for (int p = 0; p < 3; p++) {
            int c1 = pairs[p][0], c2 = pairs[p][1];
            V *r1 = c1 == 0 ? &rho1 : &rho2, *r2 = c2 == 1 ? &rho2 : &rho3;
            V c = SV_LT(*r1, *r2);
            for (int row = 0; row < 3; row++) {
                sv_condnegswap(z, c, &b[row * 3 + c1], &b[row * 3 + c2]);
                sv_condnegswap(z, c, &v[row * 3 + c1], &v[row * 3 + c2]);
            }
            if (p < 2)
                sv_condswap(z, c, r1, r2);
        }
        sv_qr(z, b, u, sm);
        V sig[3] = {sm[0], sm[4], sm[8]};
        res[0] = build_comps(l, z->s, u, 9), res[1] = build_comps(l, z->s, sig, 3), res[2] = build_comps(l, z->s, v, 9);
        nres = 3;
    } else if (key == K_svd2) {
        /* _svd_2 */
        V a11 = a[0], a12 = a[1], a21 = a[2], a22 = a[3];
        V ata11 = SV_ADD(SV_MUL(a11, a11), SV_MUL(a21, a21)), ata12 = SV_ADD(SV_MUL(a11, a12), SV_MUL(a21, a22));
        V ata22 = SV_ADD(SV_MUL(a12, a12), SV_MUL(a22, a22));
        V tr = SV_ADD(ata11, ata22), diff = SV_SUB(ata11, ata22);
        V disc = SV_ADD(SV_MUL(diff, diff), SV_MUL(SV_MUL(SV_C(4), ata12), ata12));
        V deg = s_cmp(l, IR_CMP_EQ, z->s, disc, SV_C(0));
        V sq = s_un(l, U_SQRT, z->s, disc);
        V l1 = SV_MUL(SV_ADD(tr, sq), SV_C(0.5)), l2 = SV_MUL(SV_SUB(tr, sq), SV_C(0.5));
        V isig1 = sv_rsqrt(z, l1), sig1 = SV_DIV(SV_C(1), isig1), sig2 = s_un(l, U_SQRT, z->s, l2);
        V v1y = SV_ADD(SV_SUB(diff, sq), SV_MUL(SV_C(2), ata12)), v1x = SV_SUB(SV_ADD(diff, sq), SV_MUL(SV_C(2), ata12));
        V len1 = SV_ADD(SV_MUL(v1x, v1x), SV_MUL(v1y, v1y));
        V z0 = s_cmp(l, IR_CMP_EQ, z->s, len1, SV_C(0));
        V il = sv_rsqrt(z, len1);
        V v11 = SV_SEL(z0, SV_C(0.707106781186547524401), SV_MUL(v1x, il));
        V v21 = SV_SEL(z0, SV_C(0.707106781186547524401), SV_MUL(v1y, il));
        V v12 = SV_NEG(v21), v22 = v11;
        V u11 = SV_MUL(SV_ADD(SV_MUL(a11, v11), SV_MUL(a12, v21)), isig1);
        V u21 = SV_MUL(SV_ADD(SV_MUL(a21, v11), SV_MUL(a22, v21)), isig1);
        V ds = s_un(l, U_SIGN, z->s, SV_SUB(SV_MUL(a11, a22), SV_MUL(a12, a21)));
        V u12 = SV_MUL(SV_NEG(u21), ds), u22 = SV_MUL(u11, ds);
        V s0 = s_un(l, U_SQRT, z->s, SV_MUL(SV_C(0.5), tr));
        V U[4] = {SV_SEL(deg, SV_C(1), u11), SV_SEL(deg, SV_C(0), u12), SV_SEL(deg, SV_C(0), u21), SV_SEL(deg, SV_C(1), u22)};
        V S2[2] = {SV_SEL(deg, s0, sig1), SV_SEL(deg, s0, sig2)};
        V Vv[4] = {SV_SEL(deg, SV_C(1), v11), SV_SEL(deg, SV_C(0), v12), SV_SEL(deg, SV_C(0), v21), SV_SEL(deg, SV_C(1), v22)};
        res[0] = build_comps(l, z->s, U, 4), res[1] = build_comps(l, z->s, S2, 2), res[2] = build_comps(l, z->s, Vv, 4);
        nres = 3;
    } else if (key == K_qr3) {
        V q[9], r[9];
        sv_qr(z, a, q, r);
        res[0] = build_comps(l, z->s, q, 9), res[1] = build_comps(l, z->s, r, 9);
        nres = 2;
    } else {
        /* eig3: Jacobi on the lower triangle, Q from the quaternion, d = diag(Q^T A Q) */
        V s6[6] = {a[0], a[3], a[4], a[6], a[7], a[8]}, qv[4], q[9], t[9], u[9];
        sv_jacobi(z, s6, qv);
        sv_quat_to_mat(z, qv, q);
        sv_mult(z, q, a, t, 1);
        sv_mult(z, t, q, u, 0);
        V d[3] = {u[0], u[4], u[8]};
        res[0] = build_comps(l, z->s, q, 9), res[1] = build_comps(l, z->s, d, 3);
        nres = 2;
    }
    for (int i = 0; i < nres; i++) {
        if (in->nout == nres)
            OUT(i, res[i]);
        else
            LLVMBuildStore(l->B, res[i], addr_of(l, in->args[1 + i]));
    }
}

/* ---- builtins written in Warp Python ---------------------------------------
 * Warp builtins whose native code is long (Perlin noise, the dense solvers)
 * are functions of the .py files in backends/wpclib, ported from Warp's headers; the
 * runtime builds that file once and the first call in an LLVM module
 * lowers all its functions there (prefix wpclib_).  A builtin maps to the
 * library function of its name, plus "_<n>d" where the dimension of one
 * argument picks the variant (noise of a float, vec2, vec3, vec4). */
static const struct {
    const char *builtin;
    int dim_arg; /* the argument whose dimension picks the variant, or -1 */
} lib_builtins[] = {
    {"noise", 1}, {"pnoise", 1}, {"curlnoise", 1}, {"intersect_tri_tri", -1},
    {"dense_gemm", -1}, {"dense_chol", -1}, {"dense_subs", -1}, {"dense_solve", -1},
    {"poisson", -1},
};

/* whether library function g takes arguments of the types of in's (types
 * of two modules compared by their repr) */
static int lib_params_match(Lw *l, const IrModule *lib, const IrFunc *g, const IrInst *in) {
    if (g->nparams != in->nargs)
        return 0;
    int ok = 1;
    for (int i = 0; i < in->nargs && ok; i++) {
        Buf x = {0}, y = {0};
        ir_type_repr(l->m, strip(l, AT(i)), &x);
        ir_type_repr(lib, ir_type_strip_ref(lib, g->vals[g->params[i]].type), &y);
        ok = x.len == y.len && (!x.len || !memcmp(x.data, y.data, x.len));
        buf_free(&x);
        buf_free(&y);
    }
    return ok;
}

/* The instantiations of a generic library function share their native name
 * (C++ overloads, as in Warp); LLVM names the later ones sym.1, sym.2, ...:
 * the one whose parameters are the arguments' types, else fn */
static V lib_overload_fn(Lw *l, V fn, const char *sym, const IrInst *in) {
    size_t n = strlen(sym);
    for (V f = LLVMGetFirstFunction(l->M); f; f = LLVMGetNextFunction(f)) {
        size_t len;
        const char *nm = LLVMGetValueName2(f, &len);
        if (len < n || memcmp(nm, sym, n) || (len > n && nm[n] != '.'))
            continue;
        T fty = LLVMGlobalGetValueType(f);
        if (LLVMCountParamTypes(fty) != (unsigned)in->nargs || in->nargs > 64)
            continue;
        T pt[64];
        LLVMGetParamTypes(fty, pt);
        int ok = 1;
        for (int i = 0; i < in->nargs && ok; i++)
            ok = pt[i] == ltype(l, strip(l, AT(i)));
        if (ok)
            return f;
    }
    return fn;
}

/* the LLVM function of library function g (the whole library lowered into
 * the module on its first use); *sym: its symbol */
static V lib_function(Lw *l, const IrFunc *g, const char **sym) {
    *sym = arena_printf(l->arena, "wpclib_%s_func", g->native);
    V fn = LLVMGetNamedFunction(l->M, *sym);
    if (!fn) {
        WlOptions lo = *l->opt;
        lo.prefix = "wpclib_";
        lo.lib = NULL;
        lo.funcs_only = 1;
        WlKernel *ks;
        int nk;
        if (llvm_lower_module(l->opt->lib, l->M, &lo, l->arena, &ks, &nk, l->err, l->errlen))
            longjmp(l->fail, 1);
        if (!(fn = LLVMGetNamedFunction(l->M, *sym)))
            fail(l, "internal: wpclib function %s was not lowered", g->name);
    }
    return fn;
}

/* the library function of that name */
static const IrFunc *lib_find(Lw *l, const char *name) {
    const IrModule *lib = l->opt->lib;
    for (int i = 0; lib && i < lib->nfuncs; i++)
        if (lib->funcs[i]->kind == IRK_FUNC && !strcmp(lib->funcs[i]->name, name))
            return lib->funcs[i];
    fail(l, "internal: no function %s in wpclib", name);
}

static int lower_lib_call(Lw *l, const IrInst *in) {
    const char *key = ir_builtin_key(in->builtin);
    size_t b = 0, nb = sizeof lib_builtins / sizeof lib_builtins[0];
    while (b < nb && strcmp(lib_builtins[b].builtin, key))
        b++;
    if (b == nb) {
        /* registered by Warp's Python, absent from its native headers: the
         * C++ of a module using them does not compile in Warp either */
        if (!strncmp(key, "dense_", 6) && strstr(key, "_batched"))
            fail(l, "wp.%s has no native implementation in Warp (Warp cannot compile a module using it)", key);
        /* spatial.h's templates take raw pointers, from which arrays do not
         * deduce (their body reads S[col].w, absent from vec_t, too) */
        if (!strcmp(key, "spatial_jacobian") || !strcmp(key, "spatial_mass"))
            fail(l, "wp.%s: Warp's native template cannot be called with arrays (Warp cannot compile a module using it)", key);
        return 0;
    }
    const char *name = key;
    if (lib_builtins[b].dim_arg >= 0) {
        const IrTypeInfo *x = ATI(lib_builtins[b].dim_arg);
        name = arena_printf(l->arena, "%s_%dd", key, x->kind == TY_SCALAR ? 1 : ncomp(x));
    }
    const IrModule *lib = l->opt->lib;
    const IrFunc *g = NULL;
    /* overloads (and instantiations of a generic function, for float and
     * double): the one whose parameter types are the arguments' */
    for (int i = 0; lib && i < lib->nfuncs && !g; i++)
        if (lib->funcs[i]->kind == IRK_FUNC && !strcmp(lib->funcs[i]->name, name) && lib->funcs[i]->generic != 1
            && lib_params_match(l, lib, lib->funcs[i], in))
            g = lib->funcs[i];
    for (int i = 0; lib && i < lib->nfuncs && !g; i++)
        if (lib->funcs[i]->kind == IRK_FUNC && !strcmp(lib->funcs[i]->name, name) && lib->funcs[i]->generic != 1)
            g = lib->funcs[i];
    if (!g)
        fail(l, "wp.%s is not supported by the CPU runtime", key);
    const char *sym;
    V fn = lib_function(l, g, &sym);
    fn = lib_overload_fn(l, fn, sym, in);
    T fty = LLVMGlobalGetValueType(fn);
    unsigned np = LLVMCountParamTypes(fty);
    T pt[64];
    V args[64];
    /* two results (poisson): the builtin's and the new value of argument
     * 0, the random state Warp takes by reference; the results come back
     * through pointers after the arguments */
    unsigned nx = g->nret == 2 ? 2 : 0;
    for (unsigned i = 0; i < nx; i++)
        if (ir_type_info(lib, g->ret[i])->kind != TY_SCALAR)
            fail(l, "internal: wpclib function %s: a result not a scalar", name);
    if (np != (unsigned)in->nargs + nx || np > 64)
        fail(l, "internal: wpclib function %s takes %u arguments, wp.%s has %d", name, np, key, in->nargs);
    LLVMGetParamTypes(fty, pt);
    for (unsigned i = 0; i < np - nx; i++) {
        args[i] = A(i);
        if (LLVMTypeOf(args[i]) != pt[i])
            fail(l, "internal: wpclib function %s: argument %u has another type", name, i + 1);
    }
    T rt[2];
    for (unsigned i = 0; i < nx; i++) {
        rt[i] = sct(l, ir_type_info(lib, g->ret[i])->scalar);
        args[np - nx + i] = LLVMBuildAlloca(l->BA, rt[i], "");
    }
    V r = LLVMBuildCall2(l->B, fty, fn, args, np, "");
    if (nx) {
        LLVMBuildStore(l->B, LLVMBuildLoad2(l->B, rt[1], args[np - 1], ""), addr_of(l, in->args[0]));
        r = LLVMBuildLoad2(l->B, rt[0], args[np - 2], "");
    }
    if (in->nout == 1)
        OUT(0, r);
    return 1;
}

/* ---- wp.HashGrid (wpclib/hashgrid.py) --------------------------------------
 * A grid id is the address of Warp's HashGrid struct (runtime/hashgrid.c
 * builds grids with the layout of the Warp version); the queries are the
 * library's functions, per grid precision and Warp version.  The library's
 * hash_grid_query_next returns (query, found, index): the query goes back
 * to its slot and the index, when found, to the index argument (Warp takes
 * both by reference). */

/* the library function `name` (the library lowered into the module on
 * first use) called with args */
static V lib_call(Lw *l, const char *name, V *args, unsigned n) {
    const IrFunc *g = lib_find(l, name);
    const char *sym;
    V fn = lib_function(l, g, &sym);
    T fty = LLVMGlobalGetValueType(fn);
    T pt[16];
    if (LLVMCountParamTypes(fty) != n || n > 16)
        fail(l, "internal: wpclib function %s takes %u arguments, not %u", name, LLVMCountParamTypes(fty), n);
    LLVMGetParamTypes(fty, pt);
    for (unsigned i = 0; i < n; i++)
        if (LLVMTypeOf(args[i]) != pt[i])
            fail(l, "internal: wpclib function %s: argument %u has another type", name, i + 1);
    return LLVMBuildCall2(l->B, fty, fn, args, n, "");
}

static int is_hash_grid_query(Lw *l, IrType t) {
    const IrTypeInfo *x = ti(l, t);
    return x->kind == TY_OPAQUE && x->rows == OQ_HASH_GRID_QUERY;
}

/* hash_grid_query_next (fn "hash_grid_query_next") or iter_cmp (fn
 * "hash_grid_iter_cmp") on the query at p: the query advances in place;
 * returns found (i1) and the point's index */
static V hash_grid_next(Lw *l, const char *fn, V p, V *index) {
    V q = LLVMBuildLoad2(l->B, lib_struct_ltype(l, "HashGridQueryState"), p, "");
    V r = lib_call(l, fn, &q, 1);
    LLVMBuildStore(l->B, ext(l, r, 0), p);
    *index = ext(l, r, 2);
    return LLVMBuildICmp(l->B, LLVMIntNE, ext(l, r, 1), zero(l->i8), "");
}

static void emit_hash_grid(Lw *l, const IrInst *in, int key) {
    int v10 = l->m->warp_minor < 16;
    if (key == K_hash_grid_point_id) {
        V a[2] = {A(0), A(1)};
        OUT(0, lib_call(l, v10 ? "hash_grid_point_id_110" : "hash_grid_point_id_16", a, 2));
    } else if (key == K_hash_grid_query) {
        /* hash_grid_query(id, point, max_dist[, group]) */
        IrScalar s = (IrScalar)ATI(1)->scalar;
        V a[5] = {A(0), A(1), A(2), in->nargs > 3 ? A(3) : ci32(l, 0), LLVMConstInt(l->i8, in->nargs > 3, 0)};
        const char *fn = v10 ? "hash_grid_query_110"
                       : s == SC_FLOAT16 ? "hash_grid_query_f16"
                       : s == SC_FLOAT64 ? "hash_grid_query_f64" : "hash_grid_query_f32";
        OUT(0, lib_call(l, fn, a, v10 ? 3 : 5));
    } else {
        /* hash_grid_query_next(query, index) */
        V idx, found = hash_grid_next(l, "hash_grid_query_next", addr_of(l, in->args[0]), &idx);
        V ip = addr_of(l, in->args[1]);
        LLVMBuildStore(l->B, sel(l, found, idx, LLVMBuildLoad2(l->B, l->i32, ip, "")), ip);
        OUT(0, b2i8(l, found));
    }
}

/* ---- wp.Volume (wpclib/volume.py) -------------------------------------------
 * A volume id is the address of a NanoVDB grid buffer (runtime/volume.c
 * builds them); each builtin is the library function of its name and value
 * type: volume_sample<T> (and volume_sample_f, _v, _i) calls
 * volume_sample_float32 (vec3f, int32...), volume_index_to_world of a vec3d
 * volume_index_to_world_f64.  The gradients of volume_sample_grad(_f,
 * _index) come back as the function's second result (through a pointer,
 * as the lowering returns several results) and go to the grad argument,
 * which Warp takes by reference. */

/* the library's name of volume value type t (Warp's
 * _volume_supported_value_types), or NULL */
static const char *vol_type_name(Lw *l, IrType t) {
    const IrTypeInfo *x = ti(l, strip(l, t));
    if (x->kind == TY_SCALAR)
        return x->scalar == SC_INT32 ? "int32" : x->scalar == SC_INT64 ? "int64" : x->scalar == SC_UINT32 ? "uint32"
             : x->scalar == SC_FLOAT32 ? "float32" : x->scalar == SC_FLOAT64 ? "float64" : NULL;
    if (x->kind == TY_VEC && (x->rows == 3 || x->rows == 4) && (x->scalar == SC_FLOAT32 || x->scalar == SC_FLOAT64))
        return x->rows == 3 ? (x->scalar == SC_FLOAT32 ? "vec3f" : "vec3d") : (x->scalar == SC_FLOAT32 ? "vec4f" : "vec4d");
    return NULL;
}

/* the builtins volume_sample_grad and volume_sample_grad_index: the index
 * of their grad argument (written), else -1 */
static int vol_grad_arg(const char *key) {
    if (!strcmp(key, "volume_sample_grad") || !strcmp(key, "volume_sample_grad_f"))
        return 3;
    if (!strcmp(key, "volume_sample_grad_index"))
        return 5;
    return -1;
}

/* calls library function `name` with args; several results (nres, of
 * LLVM types rt) come back through pointers after the arguments */
static void vol_call(Lw *l, const char *name, V *args, unsigned n, T *rt, V *res, unsigned nres) {
    const IrFunc *g = lib_find(l, name);
    const char *sym;
    V fn = lib_function(l, g, &sym);
    unsigned nx = nres > 1 ? nres : 0;
    T fty = LLVMGlobalGetValueType(fn), pt[16];
    V a[16];
    if ((unsigned)g->nret != nres || LLVMCountParamTypes(fty) != n + nx || n + nx > 16)
        fail(l, "internal: wpclib function %s takes %u arguments and gives %d results, not %u and %u", name,
             LLVMCountParamTypes(fty), g->nret, n, nres);
    LLVMGetParamTypes(fty, pt);
    for (unsigned i = 0; i < n; i++) {
        if (LLVMTypeOf(args[i]) != pt[i])
            fail(l, "internal: wpclib function %s: argument %u has another type", name, i + 1);
        a[i] = args[i];
    }
    for (unsigned i = 0; i < nx; i++)
        a[n + i] = LLVMBuildAlloca(l->BA, rt[i], "");
    V r = LLVMBuildCall2(l->B, fty, fn, a, n + nx, "");
    if (nres == 1)
        res[0] = r;
    for (unsigned i = 0; i < nx; i++)
        res[i] = LLVMBuildLoad2(l->B, rt[i], a[n + i], "");
}

static int emit_volume(Lw *l, const IrInst *in) {
    const char *key = ir_builtin_key(in->builtin);
    if (strncmp(key, "volume_", 7))
        return 0;
    const char *op = key + 7, *base = NULL, *tn = NULL;
    V args[8];
    unsigned n = 0;
    for (int i = 0; i < in->nargs && i < 8; i++)
        args[n++] = A(i);
    int grad = vol_grad_arg(key);
    size_t ol = strlen(op);
    if (ol > 2 && op[ol - 2] == '_' && strchr("fvi", op[ol - 1])) {
        /* volume_sample_f, volume_lookup_v, volume_store_i, ...: float32, vec3f, int32 */
        base = arena_printf(l->arena, "volume_%.*s", (int)(ol - 2), op);
        tn = op[ol - 1] == 'f' ? "float32" : op[ol - 1] == 'v' ? "vec3f" : "int32";
        if (!strcmp(op, "sample_i"))
            args[n++] = ci32(l, 0); /* volume_sample<int32_t>(id, uvw, CLOSEST) */
    } else if (!strcmp(op, "sample") || !strcmp(op, "lookup") || !strcmp(op, "sample_index") ||
               !strcmp(op, "sample_grad") || !strcmp(op, "sample_grad_index")) {
        base = key;
        tn = vol_type_name(l, OT(0));
    } else if (!strcmp(op, "store")) {
        base = key;
        tn = in->nargs == 5 ? vol_type_name(l, AT(4)) : NULL;
    } else if (!strcmp(op, "lookup_index") || !strcmp(op, "voxel_count")) {
        base = key;
    } else if (!strcmp(op, "index_to_world") || !strcmp(op, "world_to_index") || !strcmp(op, "index_to_world_dir") ||
               !strcmp(op, "world_to_index_dir")) {
        base = key;
        tn = in->nargs == 2 && ATI(1)->scalar == SC_FLOAT64 ? "f64" : "f32";
    } else {
        return 0;
    }
    if (!tn && strcmp(op, "lookup_index") && strcmp(op, "voxel_count"))
        fail(l, "wp.%s of %s values is not supported by the CPU runtime", key,
             type_name(l, strcmp(op, "store") ? OT(0) : AT(in->nargs - 1)));
    if (grad >= 0 && tn[0] == 'v' && tn[3] == '4')
        fail(l, "wp.%s of a %s volume has no native implementation in Warp (Warp cannot compile a module using it)",
             key, tn);
    const char *name = tn ? arena_printf(l->arena, "%s_%s", base, tn) : base;
    if (grad >= 0) {
        /* the grad argument is not passed: it comes back */
        for (int i = grad; i + 1 < (int)n; i++)
            args[i] = args[i + 1];
        n--;
        T rt[2] = {ltype(l, OT(0)), ltype(l, strip(l, AT(grad)))};
        V res[2];
        vol_call(l, name, args, n, rt, res, 2);
        LLVMBuildStore(l->B, res[1], addr_of(l, in->args[grad]));
        OUT(0, res[0]);
        return 1;
    }
    V r;
    vol_call(l, name, args, n, NULL, &r, in->nout == 1 ? 1 : 0);
    if (in->nout == 1)
        OUT(0, r);
    return 1;
}

/* ---- wp.Mesh and wp.Bvh (wpclib/mesh.py) ------------------------------------
 * Mesh and BVH ids are the addresses of Warp's Mesh / BVH structs of the
 * Warp version (runtime/bvh.c builds them); each builtin is a library
 * function, given the version (v10) where the versions differ.  The
 * out-argument forms (mesh_query_point(id, p, max_dist, inside, face, u,
 * v), mesh_query_ray(id, start, dir, max_t, t, u, v, sign, normal, face))
 * call the struct form's function and store its fields into the arguments
 * only when it found something (as Warp writes them).  mesh_query_aabb_next
 * and bvh_query_next: the advanced state back into its slot, the index
 * (when found) into the index argument; for-in over a mesh AABB query:
 * iter_cmp is mesh_query_aabb_next(query, query.face), iter_next
 * query.face. */

static V mq_bool(Lw *l, int v) { return LLVMConstInt(sct(l, SC_BOOL), (unsigned long long)v, 0); }
static V mq_f32(Lw *l, double v) { return LLVMConstReal(l->f32, v); }

static int is_mesh_query(Lw *l, IrType t, int oq) {
    const IrTypeInfo *x = ti(l, t);
    return x->kind == TY_OPAQUE && x->rows == oq;
}

/* argument k of the call, or dflt where the call has fewer */
static V mq_arg(Lw *l, const IrInst *in, int k, V dflt) { return in->nargs > k ? A(k) : dflt; }

/* advances the query state (wpclib struct sname) at p by library function
 * fn (arguments: the state, then extra); returns found (i1) and the index */
static V mq_next(Lw *l, const char *sname, const char *fn, V p, V extra0, V extra1, V *index) {
    V a[3] = {LLVMBuildLoad2(l->B, lib_struct_ltype(l, sname), p, ""), extra0, extra1};
    V r = lib_call(l, fn, a, extra1 ? 3 : 2);
    LLVMBuildStore(l->B, ext(l, r, 0), p);
    *index = ext(l, r, 2);
    return LLVMBuildICmp(l->B, LLVMIntNE, ext(l, r, 1), zero(sct(l, SC_BOOL)), "");
}

/* argument k (an out argument) becomes v where found */
static void mq_store(Lw *l, const IrInst *in, int k, V found, V v) {
    V p = addr_of(l, in->args[k]);
    LLVMBuildStore(l->B, sel(l, found, v, LLVMBuildLoad2(l->B, LLVMTypeOf(v), p, "")), p);
}

/* field `f` of a result struct r of wpclib struct sname */
static V mq_field(Lw *l, const char *sname, V r, const char *f) {
    int k = lib_struct_field(l, sname, f);
    if (k < 0)
        fail(l, "internal: no field %s in wpclib struct %s", f, sname);
    return ext(l, r, (unsigned)k);
}

/* the out arguments a builtin writes through (first, count), count 0 for none */
static int mq_out_args(Lw *l, const IrInst *in, int key, int *first) {
    *first = 0;
    if (!in->nout || ti(l, OT(0))->kind == TY_OPAQUE)
        return 0;
    switch (key) {
    case K_mesh_query_point: case K_mesh_query_point_sign_normal: case K_mesh_query_point_sign_winding_number:
    case K_mesh_query_point_sign_parity:
        *first = 3;
        return in->nargs >= 7 ? 4 : 0;
    case K_mesh_query_point_no_sign: case K_mesh_query_furthest_point_no_sign:
        *first = 3;
        return in->nargs >= 6 ? 3 : 0;
    case K_mesh_query_ray:
        *first = 4;
        return in->nargs >= 10 ? 6 : 0;
    case K_mesh_query_aabb_next: case K_bvh_query_next:
        *first = 0;
        return 2;
    default: return 0;
    }
}

static void emit_mesh(Lw *l, const IrInst *in, int key) {
    int v10 = l->m->warp_minor < 16, first;
    V V10 = mq_bool(l, v10);
    int nout = mq_out_args(l, in, key, &first);
    V a[8];
    const char *fn = NULL;
    switch (key) {
    case K_mesh_query_point: case K_mesh_query_point_no_sign: case K_mesh_query_furthest_point_no_sign:
    case K_mesh_query_point_sign_normal: case K_mesh_query_point_sign_winding_number:
    case K_mesh_query_point_sign_parity: {
        /* (id, point, max_dist[, inside], face, u, v, options...): the out
         * arguments, when given, before the options */
        int opt = 3 + nout, n = 3;
        a[0] = A(0), a[1] = A(1), a[2] = A(2);
        switch (key) {
        case K_mesh_query_point: fn = "mesh_query_point_lib"; break;
        case K_mesh_query_point_no_sign: fn = "mesh_query_point_no_sign_lib"; break;
        case K_mesh_query_furthest_point_no_sign: fn = "mesh_query_furthest_point_no_sign_lib"; break;
        case K_mesh_query_point_sign_normal:
            fn = "mesh_query_point_sign_normal_lib";
            a[n++] = mq_arg(l, in, opt, mq_f32(l, 0.001));
            break;
        case K_mesh_query_point_sign_winding_number:
            fn = "mesh_query_point_sign_winding_number_lib";
            a[n++] = mq_arg(l, in, opt, mq_f32(l, 2.0));
            a[n++] = mq_arg(l, in, opt + 1, mq_f32(l, 0.5));
            break;
        default:
            fn = "mesh_query_point_sign_parity_lib";
            a[n++] = mq_arg(l, in, opt, ci32(l, 1));
            a[n++] = mq_arg(l, in, opt + 1, mq_f32(l, 0.1));
            break;
        }
        if (key != K_mesh_query_point_sign_parity)
            a[n++] = V10;
        V r = lib_call(l, fn, a, (unsigned)n);
        if (!nout) {
            OUT(0, r);
            return;
        }
        const char *sn = "MeshQueryPointResult";
        V res = mq_field(l, sn, r, "result");
        V found = LLVMBuildICmp(l->B, LLVMIntNE, res, zero(LLVMTypeOf(res)), "");
        int k = first;
        if (nout == 4)
            mq_store(l, in, k++, found, mq_field(l, sn, r, "sign"));
        mq_store(l, in, k++, found, mq_field(l, sn, r, "face"));
        mq_store(l, in, k++, found, mq_field(l, sn, r, "u"));
        mq_store(l, in, k, found, mq_field(l, sn, r, "v"));
        OUT(0, res);
        return;
    }
    case K_mesh_query_ray: {
        /* (id, start, dir, max_t[, t, u, v, sign, normal, face][, root]) */
        a[0] = A(0), a[1] = A(1), a[2] = A(2), a[3] = A(3), a[4] = mq_arg(l, in, 4 + nout, ci32(l, -1)), a[5] = V10;
        V r = lib_call(l, "mesh_query_ray_lib", a, 6);
        if (!nout) {
            OUT(0, r);
            return;
        }
        const char *sn = "MeshQueryRayResult";
        static const char *const names[6] = {"t", "u", "v", "sign", "normal", "face"};
        V res = mq_field(l, sn, r, "result");
        V found = LLVMBuildICmp(l->B, LLVMIntNE, res, zero(LLVMTypeOf(res)), "");
        for (int k = 0; k < 6; k++)
            mq_store(l, in, first + k, found, mq_field(l, sn, r, names[k]));
        OUT(0, res);
        return;
    }
    case K_mesh_query_ray_anyhit:
        a[0] = A(0), a[1] = A(1), a[2] = A(2), a[3] = A(3), a[4] = mq_arg(l, in, 4, ci32(l, -1));
        OUT(0, lib_call(l, "mesh_query_ray_anyhit_lib", a, 5));
        return;
    case K_mesh_query_ray_count_intersections:
        a[0] = A(0), a[1] = A(1), a[2] = A(2), a[3] = mq_arg(l, in, 3, ci32(l, -1));
        OUT(0, lib_call(l, "mesh_query_ray_count_intersections_lib", a, 4));
        return;
    case K_mesh_query_aabb:
        a[0] = A(0), a[1] = A(1), a[2] = A(2), a[3] = V10;
        OUT(0, lib_call(l, "mesh_query_aabb_lib", a, 4));
        return;
    case K_bvh_query_aabb: case K_bvh_query_ray:
        /* (id, lower / start, upper / dir[, root]) */
        a[0] = A(0), a[1] = A(1), a[2] = A(2), a[3] = mq_arg(l, in, 3, ci32(l, -1)), a[4] = V10;
        OUT(0, lib_call(l, key == K_bvh_query_ray ? "bvh_query_ray_lib" : "bvh_query_aabb_lib", a, 5));
        return;
    case K_bvh_query_aabb_tiled: case K_bvh_query_ray_tiled: case K_tile_bvh_query_aabb: case K_tile_bvh_query_ray:
    case K_mesh_query_aabb_tiled: case K_tile_mesh_query_aabb: {
        /* tile_bvh_query_aabb(id, lower, upper) on the CPU: the plain query
         * (root -1), seeded valid */
        int mesh = key == K_mesh_query_aabb_tiled || key == K_tile_mesh_query_aabb;
        int ray = key == K_bvh_query_ray_tiled || key == K_tile_bvh_query_ray;
        a[0] = A(0), a[1] = A(1), a[2] = A(2);
        V q;
        if (mesh) {
            a[3] = V10;
            q = lib_call(l, "mesh_query_aabb_lib", a, 4);
        } else {
            a[3] = ci32(l, -1), a[4] = V10;
            q = lib_call(l, ray ? "bvh_query_ray_lib" : "bvh_query_aabb_lib", a, 5);
        }
        V r = LLVMGetUndef(ltype(l, OT(0)));
        OUT(0, ins(l, ins(l, r, q, 0), LLVMConstInt(l->i8, 1, 0), 1));
        return;
    }
    case K_tile_query_valid:
        OUT(0, ext(l, A(0), 1));
        return;
    case K_mesh_query_aabb_next: case K_bvh_query_next: {
        /* (query, index[, max_dist]) */
        V idx, found;
        if (key == K_bvh_query_next)
            found = mq_next(l, "BvhQueryState", "bvh_query_next_lib", addr_of(l, in->args[0]),
                            mq_arg(l, in, 2, mq_f32(l, 3.4028234663852886e38)), V10, &idx);
        else
            found = mq_next(l, "MeshQueryAABBState", "mesh_query_aabb_next_lib", addr_of(l, in->args[0]), V10, NULL,
                            &idx);
        mq_store(l, in, 1, found, idx);
        OUT(0, b2i8(l, found));
        return;
    }
    case K_mesh_eval_position: case K_mesh_eval_velocity:
        a[0] = A(0), a[1] = A(1), a[2] = A(2), a[3] = A(3), a[4] = V10;
        OUT(0, lib_call(l, key == K_mesh_eval_position ? "mesh_eval_position_lib" : "mesh_eval_velocity_lib", a, 5));
        return;
    case K_mesh_eval_face_normal: case K_mesh_get_point: case K_mesh_get_velocity: case K_mesh_get_index:
        a[0] = A(0), a[1] = A(1), a[2] = V10;
        fn = key == K_mesh_eval_face_normal ? "mesh_eval_face_normal_lib"
           : key == K_mesh_get_point       ? "mesh_get_point_lib"
           : key == K_mesh_get_velocity    ? "mesh_get_velocity_lib"
                                           : "mesh_get_index_lib";
        OUT(0, lib_call(l, fn, a, 3));
        return;
    case K_mesh_get:
        a[0] = A(0);
        OUT(0, lib_call(l, "mesh_get_lib", a, 1));
        return;
    case K_mesh_get_group_root: case K_bvh_get_group_root:
        a[0] = A(0), a[1] = A(1);
        OUT(0, lib_call(l, key == K_mesh_get_group_root ? "mesh_get_group_root_lib" : "bvh_get_group_root_lib", a, 2));
        return;
    default: fail(l, "internal: mesh builtin %s", ir_builtin_key(in->builtin));
    }
}

/* iter_cmp of a mesh AABB query at p (for-in; Warp has none for BVH
 * queries): found (i1) */
static V mq_iter_cmp(Lw *l, V p) {
    V idx, V10 = mq_bool(l, l->m->warp_minor < 16);
    return mq_next(l, "MeshQueryAABBState", "mesh_query_aabb_iter_cmp", p, V10, NULL, &idx);
}

/* ---- tiles (tile.h, tile_reduce.h: their CPU paths) --------------------------------
 * Warp launches CPU kernels with block_dim 1 (runtime WPC_CPU_BLOCK_DIM), so
 * the one thread holds every element of a tile and tile.h's CPU code is a
 * plain loop in linear (row-major) order; those loops are ported here.  A
 * tile is addressed as memory: a register tile is its value's slot (an
 * array in row-major order), a shared tile is a pointer with the element
 * strides of its type, so views (transposes, broadcasts, sub-tiles,
 * reshapes) alias their source as Warp's tile_shared_t do.  An owning shared
 * tile gets storage of its own in the entry block (see slot), a non-owning
 * one starts as a null pointer.  Tiles never live in SSA registers. */
typedef struct Tl {
    V p; /* element (0, ..., 0) */
    IrType elem;
    int ndim, n, shape[4], stride[4], dense;
} Tl;

static void open_if(Lw *l, V cond);
static void close_block(Lw *l);
static void br(Lw *l, LLVMBasicBlockRef to);

static int is_tile_type(Lw *l, IrType t) { return ir_type_is_tile(l->m, strip(l, t)); }
static int tile_flags(Lw *l, IrType t) { return ti(l, strip(l, t))->rows; }

/* the layout of tile type t at p: a register tile is dense, a shared one has its type's strides */
static Tl tl_type(Lw *l, IrType t, V p) {
    t = strip(l, t);
    const IrTypeInfo *x = ti(l, t);
    Tl r = {p, x->elem, x->ndim, 1, {0}, {0}, 1};
    const int *sh = ir_tile_shape(l->m, t), *st = ir_tile_strides(l->m, t);
    for (int d = r.ndim - 1; d >= 0; d--) {
        r.shape[d] = sh[d];
        r.stride[d] = (x->rows & IRTILE_SHARED) && st ? st[d] : r.n;
        r.dense &= r.stride[d] == r.n;
        r.n *= sh[d];
    }
    return r;
}

static void tl_restride(Tl *t, int ndim, const int *shape, const int *stride) {
    t->ndim = ndim;
    t->n = 1;
    t->dense = 1;
    for (int d = ndim - 1; d >= 0; d--) {
        t->shape[d] = shape[d];
        t->stride[d] = stride[d];
        t->dense &= stride[d] == t->n;
        t->n *= shape[d];
    }
}

/* an operand tile (a shared tile's value is its pointer) */
static Tl tl_val(Lw *l, IrVal v) {
    IrType t = vtype(l, v);
    if (!(tile_flags(l, t) & IRTILE_SHARED))
        return tl_type(l, t, addr_of(l, v));
    return tl_type(l, t, deref(l, v));
}

/* where a fresh result goes: the value's slot, or a shared tile's storage
 * (a non-owning variable given a fresh tile gets storage of its own) */
static Tl tl_out(Lw *l, IrVal out) {
    IrType t = vtype(l, out);
    if (!(tile_flags(l, t) & IRTILE_SHARED))
        return tl_type(l, t, slot(l, out));
    Tl r = tl_type(l, t, NULL);
    if (tile_flags(l, t) & IRTILE_OWNER) {
        r.p = LLVMBuildLoad2(l->B, l->ptr, slot(l, out), "");
    } else {
        T at = LLVMArrayType2(ltype(l, r.elem), (uint64_t)r.n);
        r.p = LLVMBuildAlloca(l->BA, at, "");
        LLVMBuildStore(l->BA, zero(at), r.p);
        LLVMBuildStore(l->B, r.p, slot(l, out));
        /* dense storage */
        int st[4], s = 1;
        for (int d = r.ndim - 1; d >= 0; d--)
            st[d] = s, s *= r.shape[d];
        tl_restride(&r, r.ndim, r.shape, st);
    }
    return r;
}

/* for (i = 0; i < n; i++) over a counter in memory (mem2reg promotes it) */
typedef struct Lp {
    V ctr;
    int down;
    LLVMBasicBlockRef head, end;
} Lp;
static V loop_openv(Lw *l, Lp *lp, V from, V n, int down);
static V loop_open(Lw *l, Lp *lp, int from, int n) { return loop_openv(l, lp, ci32(l, from), ci32(l, n), 0); }
/* for (i = from; i < n; i++), or with down for (i = from; i >= n; i--) */
static V loop_openv(Lw *l, Lp *lp, V from, V n, int down) {
    lp->down = down;
    lp->ctr = LLVMBuildAlloca(l->BA, l->i32, "");
    LLVMBuildStore(l->B, from, lp->ctr);
    lp->head = new_block(l);
    LLVMBasicBlockRef body = new_block(l);
    lp->end = new_block(l);
    br(l, lp->head);
    LLVMPositionBuilderAtEnd(l->B, lp->head);
    V i = LLVMBuildLoad2(l->B, l->i32, lp->ctr, "");
    LLVMBuildCondBr(l->B, LLVMBuildICmp(l->B, down ? LLVMIntSGE : LLVMIntSLT, i, n, ""), body, lp->end);
    LLVMPositionBuilderAtEnd(l->B, body);
    return i;
}
static void loop_close(Lw *l, Lp *lp) {
    V i = LLVMBuildLoad2(l->B, l->i32, lp->ctr, "");
    LLVMBuildStore(l->B, LLVMBuildAdd(l->B, i, ci32(l, lp->down ? -1 : 1), ""), lp->ctr);
    br(l, lp->head);
    LLVMPositionBuilderAtEnd(l->B, lp->end);
}

/* coordinates of a linear index over a shape (coord_from_linear) */
static void tl_coords(Lw *l, const int *shape, int ndim, V lin, V *c) {
    for (int d = ndim - 1; d >= 0; d--) {
        c[d] = d ? LLVMBuildURem(l->B, lin, ci32(l, shape[d]), "") : lin;
        if (d)
            lin = LLVMBuildUDiv(l->B, lin, ci32(l, shape[d]), "");
    }
}

static V tl_at_c(Lw *l, const Tl *t, const V *c) {
    V off = ci32(l, 0);
    for (int d = 0; d < t->ndim; d++)
        if (t->stride[d])
            off = LLVMBuildAdd(l->B, off, LLVMBuildMul(l->B, c[d], ci32(l, t->stride[d]), ""), "");
    V o64 = LLVMBuildSExt(l->B, off, l->i64, "");
    return LLVMBuildGEP2(l->B, ltype(l, t->elem), t->p, &o64, 1, "");
}

/* the element at a linear index (Storage::operator()(int linear)) */
static V tl_at(Lw *l, const Tl *t, V lin) {
    if (t->dense) {
        V o64 = LLVMBuildSExt(l->B, lin, l->i64, "");
        return LLVMBuildGEP2(l->B, ltype(l, t->elem), t->p, &o64, 1, "");
    }
    V c[4];
    tl_coords(l, t->shape, t->ndim, lin, c);
    return tl_at_c(l, t, c);
}
static V tl_load(Lw *l, const Tl *t, V lin) { return LLVMBuildLoad2(l->B, ltype(l, t->elem), tl_at(l, t, lin), ""); }
static void tl_store(Lw *l, const Tl *t, V lin, V x) { LLVMBuildStore(l->B, x, tl_at(l, t, lin)); }

/* dst(i) = src(i) in linear order (tile_shared_t::assign, copy_to_register) */
static void tl_copy(Lw *l, const Tl *dst, const Tl *src) {
    if (dst->n != src->n)
        fail(l, "internal: tile copy of %d elements into %d", src->n, dst->n);
    Lp lp;
    V i = loop_open(l, &lp, 0, dst->n);
    tl_store(l, dst, i, tl_load(l, src, i));
    loop_close(l, &lp);
}

/* the result of a view: a non-owning shared variable aliases it, any other copies it */
static void tl_set_view(Lw *l, IrVal out, const Tl *view) {
    IrType t = vtype(l, out);
    if ((tile_flags(l, t) & (IRTILE_SHARED | IRTILE_OWNER)) == IRTILE_SHARED) {
        LLVMBuildStore(l->B, view->p, slot(l, out));
        return;
    }
    Tl d = tl_out(l, out);
    tl_copy(l, &d, view);
}

/* the top-level template arguments of a call's text ("T, true, false, 8, 4") */
static int tl_targs(const char *s, char out[][160], int max) {
    int n = 0, depth = 0;
    size_t k = 0;
    if (!s)
        return 0;
    for (;; s++) {
        if (!*s || (*s == ',' && !depth)) {
            while (k && out[n][k - 1] == ' ')
                k--;
            out[n][k] = 0;
            if (++n >= max || !*s)
                return n;
            k = 0;
            continue;
        }
        if (*s == '<')
            depth++;
        if (*s == '>')
            depth--;
        if ((k || *s != ' ') && k < 159)
            out[n][k++] = *s;
    }
}

/* the integers of "name<1,2,3>" in a tile type's text */
static int tl_text_ints(const char *s, const char *name, int *v, int max) {
    const char *p = s ? strstr(s, name) : NULL;
    if (!p)
        return 0;
    p += strlen(name);
    int n = 0;
    while (*p && *p != '>' && n < max) {
        while (*p == ' ' || *p == ',')
            p++;
        v[n++] = (int)strtol(p, (char **)&p, 10);
    }
    return n;
}

/* the layout a view returns: the ReturnTile of its text, else the result type's */
static void tl_view_layout(Lw *l, const IrInst *in, Tl *v) {
    int sh[4], st[4];
    int n = tl_text_ints(in->text, "tile_shape_t<", sh, 4);
    if (n && tl_text_ints(in->text, "tile_stride_t<", st, 4) == n) {
        tl_restride(v, n, sh, st);
        return;
    }
    Tl o = tl_type(l, OT(0), NULL);
    if (n) { /* a register ReturnTile: dense over its shape */
        int s = 1;
        for (int d = n - 1; d >= 0; d--)
            st[d] = s, s *= sh[d];
        tl_restride(v, n, sh, st);
        return;
    }
    tl_restride(v, o.ndim, o.shape, o.stride);
}

static V tl_one(Lw *l, IrType t) {
    const IrTypeInfo *x = ti(l, t);
    if (x->kind == TY_SCALAR)
        return cnum(l, x->scalar, 1);
    V c[64];
    int n = ncomp(x);
    for (int i = 0; i < n && i < 64; i++)
        c[i] = cnum(l, x->scalar, 1);
    return build_comps(l, x->scalar, c, n);
}

/* an element of operand k of an element-wise operation (a non-tile broadcasts) */
static V tl_elem_arg(Lw *l, const IrInst *in, int k, const Tl *ts, V i, IrType *et) {
    if (is_tile_type(l, AT(k))) {
        *et = ts[k].elem;
        return tl_load(l, &ts[k], i);
    }
    *et = AT(k);
    return A(k);
}

/* op(elements) for the op of tile_map / tile_reduce: a builtin by key or a user function */
static V tl_apply(Lw *l, IrVal fnv, V *x, IrType *xt, int n, IrType rt) {
    const IrValue *f = val(l, fnv);
    if (f->fnref) {
        int idx = -1;
        for (int i = 0; i < l->m->nfuncs; i++)
            if (l->m->funcs[i] == f->fnref)
                idx = i;
        if (idx < 0 || !l->fns[idx])
            fail(l, "internal: function %s passed to a tile builtin is not lowered", f->fnref->name);
        const IrFunc *g = f->fnref;
        V args[8];
        for (int k = 0; k < n && k < 8; k++)
            args[k] = cast_value(l, x[k], xt[k], strip(l, g->vals[g->params[k]].type));
        return LLVMBuildCall2(l->B, l->fnty[idx], l->fns[idx], args, (unsigned)n, "");
    }
    const char *name = f->name ? f->name : "";
    if (!strncmp(name, "wp::", 4))
        name += 4;
    int key = 0;
    for (int j = 1; j < K_COUNT; j++)
        if (!strcmp(name, key_names[j]))
            key = j;
    int op;
    if (n == 1 && (op = unop_of(key)) >= 0) {
        const IrTypeInfo *t = ti(l, xt[0]);
        if (t->kind == TY_SCALAR)
            return s_un(l, op, t->scalar, x[0]);
        return map1(l, op == U_NEG ? U_VNEG : op, t->scalar, ncomp(t), x[0]);
    }
    if (n == 2 && binop_of(key) >= 0)
        return arith2(l, key, xt[0], x[0], xt[1], x[1], rt);
    fail(l, "wp.%s as the operation of a tile builtin is not supported by the CPU runtime", name);
}

/* a global access (tile_global_t::index): *valid is Warp's test (with check:
 * every coordinate below its extent, a signed comparison as in C++); *inb
 * whether the element is inside the array (the bounds_check option guards the
 * access with it: a negative coordinate is undefined behaviour in Warp) */
static V tl_global(Lw *l, V arr, const V *off, const V *c, int nd, int check, V *valid, V *inb) {
    V byte = ci64(l, 0);
    *valid = *inb = LLVMConstInt(l->i1, 1, 0);
    for (int d = 0; d < nd; d++) {
        V g = LLVMBuildAdd(l->B, off[d], c[d], ""), n = arr_dim(l, arr, 2, d);
        if (check)
            *valid = LLVMBuildAnd(l->B, *valid, LLVMBuildICmp(l->B, LLVMIntSLT, g, n, ""), "");
        *inb = LLVMBuildAnd(l->B, *inb, LLVMBuildICmp(l->B, LLVMIntULT, g, n, ""), "");
        V st = LLVMBuildSExt(l->B, arr_dim(l, arr, 3, d), l->i64, "");
        byte = LLVMBuildAdd(l->B, byte, LLVMBuildMul(l->B, st, LLVMBuildSExt(l->B, g, l->i64, ""), ""), "");
    }
    return LLVMBuildGEP2(l->B, l->i8, ext(l, arr, 0), &byte, 1, "");
}

static int tl_flag_arg(const IrInst *in, int k) {
    char a[8][160];
    int n = tl_targs(in->text, a, 8);
    return k < n ? !strcmp(a[k], "true") : 1;
}

/* tile_load / tile_store / tile_atomic_add: array, one offset per dimension, [tile] */
static void tl_global_op(Lw *l, const IrInst *in, Tl *ts, int kind) {
    (void)ts;
    V arr = A(0);
    IrType et = ATI(0)->elem;
    T lt = ltype(l, et);
    Tl t = kind == 0 ? tl_out(l, in->outs[0]) : tl_val(l, in->args[in->nargs - 1]);
    int noff = kind == 0 ? in->nargs - 1 : in->nargs - 2;
    if (noff != t.ndim)
        fail(l, "a tile of %d dimensions at %d offsets is not supported by the CPU runtime", t.ndim, noff);
    V off[4];
    for (int d = 0; d < noff; d++)
        off[d] = as_i32(l, in->args[1 + d]);
    int check = tl_flag_arg(in, 1);
    Tl prev = kind == 2 && in->nout ? tl_out(l, in->outs[0]) : t;
    Lp lp;
    V i = loop_open(l, &lp, 0, t.n), c[4], valid, inb;
    tl_coords(l, t.shape, t.ndim, i, c);
    V p = tl_global(l, arr, off, c, t.ndim, check, &valid, &inb);
    if (kind == 0)
        tl_store(l, &t, i, zero(lt));
    if (kind == 2 && in->nout)
        tl_store(l, &prev, i, zero(lt));
    open_if(l, valid);
    if (l->opt->bounds_check)
        p = oob_guard(l, inb, p);
    if (kind == 0)
        tl_store(l, &t, i, LLVMBuildLoad2(l->B, lt, p, ""));
    else if (kind == 1)
        LLVMBuildStore(l->B, tl_load(l, &t, i), p);
    else {
        V old = atomic_value(l, OP_ADD, et, p, tl_load(l, &t, i));
        if (in->nout)
            tl_store(l, &prev, i, old);
    }
    close_block(l);
    loop_close(l, &lp);
}

/* acc = f(acc, x) for tile_sum / min / max / reduce */
static V tl_combine(Lw *l, int key, IrVal fnv, V acc, V x, IrType et) {
    if (fnv >= 0) {
        V a[2] = {acc, x};
        IrType t[2] = {et, et};
        return tl_apply(l, fnv, a, t, 2, et);
    }
    return arith2(l, key, et, acc, et, x, et);
}

/* whole-tile and per-axis reductions (tile_reduce_impl, tile_reduce_axis_impl, tile_arg_reduce_impl) */
static void tl_reduce(Lw *l, const IrInst *in, int key, IrVal fnv, int tk, int axis, int arg) {
    Tl t = tl_val(l, in->args[tk]);
    Tl o = tl_out(l, in->outs[0]);
    T lt = ltype(l, t.elem);
    V acc = LLVMBuildAlloca(l->BA, lt, "");
    if (axis < 0 || t.ndim == 1) {
        LLVMBuildStore(l->B, tl_load(l, &t, ci32(l, 0)), acc);
        V champ = LLVMBuildAlloca(l->BA, l->i32, "");
        LLVMBuildStore(l->B, ci32(l, 0), champ);
        Lp lp;
        V i = loop_open(l, &lp, 1, t.n);
        V x = tl_load(l, &t, i), s = LLVMBuildLoad2(l->B, lt, acc, "");
        if (arg) {
            IrScalar sc = scal(l, t.elem);
            V better = s_cmp(l, key == K_max ? IR_CMP_GT : IR_CMP_LT, sc, x, s);
            LLVMBuildStore(l->B, sel(l, better, i, LLVMBuildLoad2(l->B, l->i32, champ, "")), champ);
        }
        LLVMBuildStore(l->B, tl_combine(l, key, fnv, s, x, t.elem), acc);
        loop_close(l, &lp);
        tl_store(l, &o, ci32(l, 0), arg ? LLVMBuildLoad2(l->B, l->i32, champ, "") : LLVMBuildLoad2(l->B, lt, acc, ""));
        return;
    }
    Lp lo, li;
    V oi = loop_open(l, &lo, 0, o.n), oc[4], c[4];
    tl_coords(l, o.shape, o.ndim, oi, oc);
    for (int d = 0, k = 0; d < t.ndim; d++)
        c[d] = d == axis ? ci32(l, 0) : oc[k++];
    LLVMBuildStore(l->B, LLVMBuildLoad2(l->B, lt, tl_at_c(l, &t, c), ""), acc);
    V j = loop_open(l, &li, 1, t.shape[axis]);
    c[axis] = j;
    V x = LLVMBuildLoad2(l->B, lt, tl_at_c(l, &t, c), "");
    LLVMBuildStore(l->B, tl_combine(l, key, fnv, LLVMBuildLoad2(l->B, lt, acc, ""), x, t.elem), acc);
    loop_close(l, &li);
    tl_store(l, &o, oi, LLVMBuildLoad2(l->B, lt, acc, ""));
    loop_close(l, &lo);
}

/* tile_assign(dest, src, offset...) (the source staged in registers first,
 * as t[1:] = t[:-1] needs) or dest[i, j] = value */
static void tl_assign(Lw *l, const IrInst *in, Tl *ts) {
    int na = in->nargs;
        Tl *d = &ts[0];
    if (is_tile_type(l, AT(1))) {
        /* the source staged in registers first, then written at the offset */
        Tl *s = &ts[1];
        T at = LLVMArrayType2(ltype(l, s->elem), (uint64_t)s->n);
        V st = LLVMBuildAlloca(l->BA, at, "");
        int dense[4], k = 1;
        for (int q = s->ndim - 1; q >= 0; q--)
            dense[q] = k, k *= s->shape[q];
        Tl r = *s;
        r.p = st;
        tl_restride(&r, s->ndim, s->shape, dense);
        tl_copy(l, &r, s);
        Lp lp;
        V i = loop_open(l, &lp, 0, r.n), c[4];
        tl_coords(l, r.shape, r.ndim, i, c);
        for (int q = 0; q < d->ndim; q++)
            c[q] = LLVMBuildAdd(l->B, q < r.ndim ? c[q] : ci32(l, 0), 2 + q < na ? as_i32(l, in->args[2 + q]) : ci32(l, 0), "");
        LLVMBuildStore(l->B, tl_load(l, &r, i), tl_at_c(l, d, c));
        loop_close(l, &lp);
    } else {
        V c[4];
        if (na - 2 != d->ndim)
            fail(l, "wp.tile_assign of an element component is not supported by the CPU runtime");
        for (int q = 0; q < d->ndim; q++)
            c[q] = as_i32(l, in->args[1 + q]);
        LLVMBuildStore(l->B, cast_value(l, A(na - 1), AT(na - 1), d->elem), tl_at_c(l, d, c));
    }
}

static int const_int_arg(Lw *l, const IrInst *in, int k) {
    const IrValue *x = val(l, in->args[k]);
    if (!x->is_const)
        fail(l, "a tile axis that is not a constant");
    return (int)x->cval.i;
}

/* compute_index of the indexed loads and stores: along axis the coordinate
 * is offset + indices[c], elsewhere offset + c; valid when inside [0, shape) */
static V tl_indexed_at(Lw *l, V arr, const Tl *idx, int axis, const V *off, const V *c, int nd, V *valid, V *inb) {
    V byte = ci64(l, 0);
    *valid = *inb = LLVMConstInt(l->i1, 1, 0);
    for (int d = 0; d < nd; d++) {
        V g, n = arr_dim(l, arr, 2, d);
        if (d == axis) {
            V ic = c[d];
            g = LLVMBuildAdd(l->B, off[d], LLVMBuildLoad2(l->B, l->i32, tl_at_c(l, idx, &ic), ""), "");
        } else {
            g = LLVMBuildAdd(l->B, off[d], c[d], "");
        }
        /* 1.16 tests 0 <= g < shape; 1.10 only g < shape */
        V ok = LLVMBuildICmp(l->B, l->m->warp_minor >= 16 ? LLVMIntULT : LLVMIntSLT, g, n, "");
        *valid = LLVMBuildAnd(l->B, *valid, ok, "");
        *inb = LLVMBuildAnd(l->B, *inb, LLVMBuildICmp(l->B, LLVMIntULT, g, n, ""), "");
        V st = LLVMBuildSExt(l->B, arr_dim(l, arr, 3, d), l->i64, "");
        byte = LLVMBuildAdd(l->B, byte, LLVMBuildMul(l->B, st, LLVMBuildSExt(l->B, g, l->i64, ""), ""), "");
    }
    return LLVMBuildGEP2(l->B, l->i8, ext(l, arr, 0), &byte, 1, "");
}

/* tile_load_indexed (kind 0), tile_store_indexed (1), tile_atomic_add_indexed (2):
 * array, indices, axis, one offset per dimension, [tile] */
static void tl_indexed_op(Lw *l, const IrInst *in, Tl *ts, int kind) {
    V arr = A(0);
    IrType et = ATI(0)->elem;
    T lt = ltype(l, et);
    Tl t = kind == 0 ? tl_out(l, in->outs[0]) : ts[in->nargs - 1];
    int noff = kind == 0 ? in->nargs - 3 : in->nargs - 4;
    if (noff != t.ndim)
        fail(l, "a tile of %d dimensions at %d offsets is not supported by the CPU runtime", t.ndim, noff);
    V off[4];
    for (int d = 0; d < noff; d++)
        off[d] = as_i32(l, in->args[3 + d]);
    int axis = const_int_arg(l, in, 2);
    Tl prev = kind == 2 ? tl_out(l, in->outs[0]) : t;
    Lp lp;
    V i = loop_open(l, &lp, 0, t.n), c[4], valid, inb;
    tl_coords(l, t.shape, t.ndim, i, c);
    V p = tl_indexed_at(l, arr, &ts[1], axis, off, c, t.ndim, &valid, &inb);
    if (kind != 1)
        tl_store(l, kind == 0 ? &t : &prev, i, zero(lt));
    open_if(l, valid);
    if (l->opt->bounds_check)
        p = oob_guard(l, inb, p);
    if (kind == 0)
        tl_store(l, &t, i, LLVMBuildLoad2(l->B, lt, p, ""));
    else if (kind == 1)
        LLVMBuildStore(l->B, tl_load(l, &t, i), p);
    else
        tl_store(l, &prev, i, atomic_value(l, OP_ADD, et, p, tl_load(l, &t, i)));
    close_block(l);
    loop_close(l, &lp);
}

/* print(tile): tile_shared_t::print_values, row by row ("[a b]" lines), then
 * " = tile(shape=(...), storage=...)"; int32 elements with %d, floats with %g */
static void tl_print_values(Lw *l, const Tl *t, int level, int index) {
    if (level >= t->ndim)
        return;
    IrScalar s = scal(l, t->elem);
    const char *fmt = s == SC_INT32 ? "%d" : "%g";
    if (level >= t->ndim - 2) {
        int rows = level == t->ndim - 1 ? 1 : t->shape[level], cols = t->shape[t->ndim - 1];
        printf_call(l, "[", NULL, 0);
        for (int i = 0; i < rows; i++) {
            if (level < t->ndim - 1)
                printf_call(l, "[", NULL, 0);
            for (int j = 0; j < cols; j++) {
                int lin = level == t->ndim - 1 ? index + j : index++;
                V x = tl_load(l, t, ci32(l, lin));
                x = s == SC_INT32 ? x : LLVMBuildFPExt(l->B, x, l->f64, "");
                printf_call(l, fmt, &x, 1);
                if (j < cols - 1)
                    printf_call(l, " ", NULL, 0);
            }
            if (level < t->ndim - 1) {
                printf_call(l, "]", NULL, 0);
                if (i < rows - 1) {
                    printf_call(l, "\n", NULL, 0);
                    for (int k = 0; k <= t->ndim - 2; k++)
                        printf_call(l, " ", NULL, 0);
                }
            }
        }
        printf_call(l, "]", NULL, 0);
        return;
    }
    printf_call(l, "[", NULL, 0);
    for (int i = 0; i < t->shape[level]; i++) {
        /* Warp steps index by the dimension's size here, not its stride */
        tl_print_values(l, t, level + 1, index + i * t->shape[level]);
        if (i < t->shape[level] - 1) {
            printf_call(l, "\n\n", NULL, 0);
            for (int k = 0; k <= level; k++)
                printf_call(l, " ", NULL, 0);
        }
    }
    printf_call(l, "]", NULL, 0);
}

static void tl_print(Lw *l, const IrInst *in, Tl *ts, int arg) {
    Tl *t = &ts[0];
    (void)arg;
    IrScalar s = scal(l, t->elem);
    if (ti(l, t->elem)->kind != TY_SCALAR || !(s == SC_INT32 || s == SC_FLOAT32 || s == SC_FLOAT64))
        fail(l, "print of a tile of %s is not supported by the CPU runtime", type_name(l, t->elem));
    tl_print_values(l, t, 0, 0);
    char buf[128];
    int n = snprintf(buf, sizeof buf, " = tile(shape=(");
    for (int d = 0; d < t->ndim; d++)
        n += snprintf(buf + n, sizeof buf - (size_t)n, d ? ",%d" : "%d", t->shape[d]);
    snprintf(buf + n, sizeof buf - (size_t)n, "), storage=%s)\n", tile_flags(l, AT(0)) & IRTILE_SHARED ? "shared" : "register");
    printf_call(l, buf, NULL, 0);
}

/* tile_sort(keys, values) on the CPU: tile_radix_sort.h's bitonic network
 * over the tiles' storage (up to BITONIC_SORT_THRESHOLD = 2048 elements or
 * 64-bit keys); a length that is not a power of two sorts a copy padded with
 * the key type's largest value */
static void tl_sort(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    if (in->nargs != 2)
        fail(l, "wp.tile_sort of a sub-range is not supported by the CPU runtime");
    Tl *kt = &ts[0], *vt = &ts[1];
    IrScalar ks = scal(l, kt->elem);
    int n = kt->n, bits = sc_bits(ks);
    if (ti(l, kt->elem)->kind != TY_SCALAR || !(ks == SC_INT32 || ks == SC_UINT32 || ks == SC_FLOAT32 ||
                                                 ks == SC_INT64 || ks == SC_UINT64))
        fail(l, "wp.tile_sort of %s keys", type_name(l, kt->elem));
    if (n > 2048 && bits == 32)
        fail(l, "wp.tile_sort of more than 2048 elements (Warp's radix sort) is not supported by the CPU runtime");
    T klt = ltype(l, kt->elem), vlt = ltype(l, vt->elem);
    int m = 1;
    while (m < n)
        m *= 2;
    /* keys = &t.data(0): the storage read as a dense array */
    V keys = kt->p, vals = vt->p;
    if (m != n) {
        V kb = LLVMBuildAlloca(l->BA, LLVMArrayType2(klt, (uint64_t)m), "");
        V vb = LLVMBuildAlloca(l->BA, LLVMArrayType2(vlt, (uint64_t)m), "");
        V maxk = ks == SC_FLOAT32 ? cflt(l, ks, 3.4028234663852886e38)
                 : ks == SC_INT32 ? ci32(l, INT32_MAX) : ks == SC_INT64 ? ci64(l, INT64_MAX) : LLVMConstAllOnes(klt);
        for (int i = 0; i < m; i++) {
            V o = ci64(l, i);
            V src_k = i < n ? LLVMBuildLoad2(l->B, klt, LLVMBuildGEP2(l->B, klt, keys, &o, 1, ""), "") : maxk;
            V src_v = i < n ? LLVMBuildLoad2(l->B, vlt, LLVMBuildGEP2(l->B, vlt, vals, &o, 1, ""), "") : zero(vlt);
            LLVMBuildStore(l->B, src_k, LLVMBuildGEP2(l->B, klt, kb, &o, 1, ""));
            LLVMBuildStore(l->B, src_v, LLVMBuildGEP2(l->B, vlt, vb, &o, 1, ""));
        }
        keys = kb, vals = vb;
    }
    for (int k = 2; k <= m; k *= 2)
        for (int stride = k / 2; stride > 0; stride /= 2) {
            Lp lp;
            V i = loop_open(l, &lp, 0, m);
            V j = LLVMBuildXor(l->B, i, ci32(l, stride), "");
            open_if(l, LLVMBuildICmp(l->B, LLVMIntSGT, j, i, ""));
            V i64 = LLVMBuildSExt(l->B, i, l->i64, ""), j64 = LLVMBuildSExt(l->B, j, l->i64, "");
            V pki = LLVMBuildGEP2(l->B, klt, keys, &i64, 1, ""), pkj = LLVMBuildGEP2(l->B, klt, keys, &j64, 1, "");
            V ki = LLVMBuildLoad2(l->B, klt, pki, ""), kj = LLVMBuildLoad2(l->B, klt, pkj, "");
            V asc = LLVMBuildICmp(l->B, LLVMIntEQ, LLVMBuildAnd(l->B, i, ci32(l, k), ""), ci32(l, 0), "");
            V sw = sel(l, asc, s_cmp(l, IR_CMP_GT, ks, ki, kj), s_cmp(l, IR_CMP_LT, ks, ki, kj));
            open_if(l, sw);
            V pvi = LLVMBuildGEP2(l->B, vlt, vals, &i64, 1, ""), pvj = LLVMBuildGEP2(l->B, vlt, vals, &j64, 1, "");
            V vi = LLVMBuildLoad2(l->B, vlt, pvi, ""), vj = LLVMBuildLoad2(l->B, vlt, pvj, "");
            LLVMBuildStore(l->B, kj, pki);
            LLVMBuildStore(l->B, ki, pkj);
            LLVMBuildStore(l->B, vj, pvi);
            LLVMBuildStore(l->B, vi, pvj);
            close_block(l);
            close_block(l);
            loop_close(l, &lp);
        }
    if (m != n) {
        Lp lp;
        V i = loop_open(l, &lp, 0, n);
        V i64 = LLVMBuildSExt(l->B, i, l->i64, "");
        LLVMBuildStore(l->B, LLVMBuildLoad2(l->B, klt, LLVMBuildGEP2(l->B, klt, keys, &i64, 1, ""), ""),
                       LLVMBuildGEP2(l->B, klt, kt->p, &i64, 1, ""));
        LLVMBuildStore(l->B, LLVMBuildLoad2(l->B, vlt, LLVMBuildGEP2(l->B, vlt, vals, &i64, 1, ""), ""),
                       LLVMBuildGEP2(l->B, vlt, vt->p, &i64, 1, ""));
        loop_close(l, &lp);
    }
}

/* 1.16's tile stacks (tile_stack_t): a thread block's bounded stack in
 * shared memory, {T data[capacity]; int count}; with one thread the atomics
 * on the count are plain updates */
static void tl_stack(Lw *l, const IrInst *in, Tl *ts, int arg) {
    const char *name = ir_builtin_key(in->builtin);
    (void)ts, (void)arg;
    IrType st = strip(l, val(l, in->nout && !strcmp(name, "tile_stack") ? in->outs[0] : in->args[0])->type);
    const IrTypeInfo *x = ti(l, st);
    T sty = tile_stack_ltype(l, st), et = ltype(l, x->elem);
    int cap = x->strct;
    V p = !strcmp(name, "tile_stack") ? deref(l, in->outs[0]) : A(0);
    V pc = LLVMBuildStructGEP2(l->B, sty, p, 1, ""), pd = LLVMBuildStructGEP2(l->B, sty, p, 0, "");
    V cnt = LLVMBuildLoad2(l->B, l->i32, pc, "");
    V capv = ci32(l, cap);
    if (!strcmp(name, "tile_stack")) { /* = tile_stack_init(): count 0, data zeroed */
        LLVMBuildStore(l->B, ci32(l, 0), pc);
        LLVMBuildStore(l->B, zero(LLVMArrayType2(et, (uint64_t)cap)), pd);
    } else if (!strcmp(name, "tile_stack_push")) {
        V has = truth_of(l, in->args[2]);
        V idx = sel(l, has, cnt, ci32(l, -1));
        V ncnt = sel(l, has, LLVMBuildAdd(l->B, cnt, ci32(l, 1), ""), cnt);
        V fits = LLVMBuildAnd(l->B, has, LLVMBuildICmp(l->B, LLVMIntSLT, idx, capv, ""), "");
        open_if(l, LLVMBuildAnd(l->B, fits, LLVMBuildICmp(l->B, LLVMIntSGE, idx, ci32(l, 0), ""), ""));
        V at[2] = {ci64(l, 0), LLVMBuildSExt(l->B, idx, l->i64, "")};
        LLVMBuildStore(l->B, cast_value(l, A(1), AT(1), x->elem), LLVMBuildGEP2(l->B, LLVMArrayType2(et, (uint64_t)cap), pd, at, 2, ""));
        close_block(l);
        LLVMBuildStore(l->B, sel(l, LLVMBuildICmp(l->B, LLVMIntSGT, ncnt, capv, ""), capv, ncnt), pc);
        V ok = LLVMBuildAnd(l->B, fits, LLVMBuildICmp(l->B, LLVMIntSGE, idx, ci32(l, 0), ""), "");
        if (in->nout)
            OUT(0, sel(l, ok, idx, ci32(l, -1)));
    } else if (!strcmp(name, "tile_stack_pop")) {
        V slotv = LLVMBuildSub(l->B, cnt, ci32(l, 1), "");
        V ok = LLVMBuildAnd(l->B, LLVMBuildICmp(l->B, LLVMIntSGE, slotv, ci32(l, 0), ""),
                            LLVMBuildICmp(l->B, LLVMIntSLT, slotv, capv, ""), "");
        V at[2] = {ci64(l, 0), LLVMBuildSExt(l->B, sel(l, ok, slotv, ci32(l, 0)), l->i64, "")};
        V v = LLVMBuildLoad2(l->B, et, LLVMBuildGEP2(l->B, LLVMArrayType2(et, (uint64_t)cap), pd, at, 2, ""), "");
        LLVMBuildStore(l->B, sel(l, LLVMBuildICmp(l->B, LLVMIntSLT, slotv, ci32(l, 0), ""), ci32(l, 0), slotv), pc);
        if (in->nout > 0)
            OUT(0, sel(l, ok, v, zero(et)));
        if (in->nout > 1)
            OUT(1, sel(l, ok, slotv, ci32(l, -1)));
    } else if (!strcmp(name, "tile_stack_count")) {
        OUT(0, cnt);
    } else if (!strcmp(name, "tile_stack_clear")) {
        LLVMBuildStore(l->B, ci32(l, 0), pc);
    } else {
        fail(l, "wp.%s (tile stacks) is not supported by the CPU runtime", name);
    }
}

/* ---- the dense linear algebra of tile_cholesky.h / tile_solve.h (CPU: one
 * thread, the loops as written there) */
static V tl_at2(Lw *l, const Tl *t, V r, V c, int swap) {
    V cc[2] = {swap ? c : r, swap ? r : c};
    return tl_at_c(l, t, cc);
}
static V tl_get2(Lw *l, const Tl *t, V r, V c, int swap) { return LLVMBuildLoad2(l->B, ltype(l, t->elem), tl_at2(l, t, r, c, swap), ""); }

/* scalar_cholesky_impl<Upper>(A, Out) (1.10: scalar_cholesky, lower) */
static void tl_cholesky(Lw *l, const Tl *a, const Tl *o, int upper) {
    IrScalar sc = scal(l, a->elem);
    if (sc != SC_FLOAT32 && sc != SC_FLOAT64)
        fail(l, "a Cholesky factorisation of %s tiles is not supported by the CPU runtime", type_name(l, a->elem));
    T lt = ltype(l, a->elem);
    int n = a->shape[1];
    V sv = LLVMBuildAlloca(l->BA, lt, "");
    Lp lj, lk, li;
    V j = loop_open(l, &lj, 0, n);
    LLVMBuildStore(l->B, tl_get2(l, a, j, j, 0), sv);
    V k = loop_openv(l, &lk, ci32(l, 0), j, 0);
    V r = tl_get2(l, o, j, k, upper);
    LLVMBuildStore(l->B, s_bin(l, OP_SUB, sc, LLVMBuildLoad2(l->B, lt, sv, ""), s_bin(l, OP_MUL, sc, r, r)), sv);
    loop_close(l, &lk);
    V sq = s_un(l, U_SQRT, sc, LLVMBuildLoad2(l->B, lt, sv, ""));
    /* T invS = 1.0 / s: a double division */
    V inv = LLVMBuildFDiv(l->B, LLVMConstReal(l->f64, 1.0), s_cast(l, sq, sc, SC_FLOAT64), "");
    inv = s_cast(l, inv, SC_FLOAT64, sc);
    LLVMBuildStore(l->B, sq, tl_at2(l, o, j, j, upper));
    V i = loop_openv(l, &li, LLVMBuildAdd(l->B, j, ci32(l, 1), ""), ci32(l, n), 0);
    LLVMBuildStore(l->B, tl_get2(l, a, i, j, upper), sv);
    V k2 = loop_openv(l, &lk, ci32(l, 0), j, 0);
    V prod = s_bin(l, OP_MUL, sc, tl_get2(l, o, i, k2, upper), tl_get2(l, o, j, k2, upper));
    LLVMBuildStore(l->B, s_bin(l, OP_SUB, sc, LLVMBuildLoad2(l->B, lt, sv, ""), prod), sv);
    loop_close(l, &lk);
    LLVMBuildStore(l->B, s_bin(l, OP_MUL, sc, LLVMBuildLoad2(l->B, lt, sv, ""), inv), tl_at2(l, o, i, j, upper));
    loop_close(l, &li);
    V k3 = loop_openv(l, &lk, LLVMBuildAdd(l->B, j, ci32(l, 1), ""), ci32(l, n), 0);
    LLVMBuildStore(l->B, zero(lt), tl_at2(l, o, j, k3, upper));
    loop_close(l, &lk);
    loop_close(l, &lj);
}

/* scalar_cholesky_forward_substitution<Upper>(A, X, Y) (back: scalar_cholesky_back_substitution<Upper>(A, X));
 * a at (i, j) reads A(i, j), or A(j, i) with swap */
static void tl_substitute(Lw *l, const Tl *a, const Tl *x, const Tl *y, int back, int swap) {
    IrScalar sc = scal(l, a->elem);
    T lt = ltype(l, a->elem);
    int n = a->shape[1], m = x->ndim == 2 ? x->shape[1] : 1;
    V sv = LLVMBuildAlloca(l->BA, lt, "");
    Lp lk, li, lj;
    V col = loop_open(l, &lk, 0, m);
    V i = back ? loop_openv(l, &li, ci32(l, n - 1), ci32(l, 0), 1) : loop_open(l, &li, 0, n);
    V ci[2] = {i, col};
    LLVMBuildStore(l->B, LLVMBuildLoad2(l->B, lt, tl_at_c(l, back ? x : y, ci), ""), sv);
    V j = back ? loop_openv(l, &lj, LLVMBuildAdd(l->B, i, ci32(l, 1), ""), ci32(l, n), 0) : loop_openv(l, &lj, ci32(l, 0), i, 0);
    V cj[2] = {j, col};
    V prod = s_bin(l, OP_MUL, sc, tl_get2(l, a, i, j, swap), LLVMBuildLoad2(l->B, lt, tl_at_c(l, x, cj), ""));
    LLVMBuildStore(l->B, s_bin(l, OP_SUB, sc, LLVMBuildLoad2(l->B, lt, sv, ""), prod), sv);
    loop_close(l, &lj);
    V d = tl_get2(l, a, i, i, 0), sval = LLVMBuildLoad2(l->B, lt, sv, "");
    V nz = s_cmp(l, IR_CMP_NE, sc, d, zero(lt));
    LLVMBuildStore(l->B, sel(l, nz, s_bin(l, OP_DIV, sc, sval, d), sval), tl_at_c(l, x, ci));
    loop_close(l, &li);
    loop_close(l, &lk);
}

static int tl_upper_flag(const IrInst *in) { return in->text && !strcmp(in->text, "true"); }

/* tile_cholesky[_inplace], tile_cholesky_solve[_inplace], tile_lower_solve[_inplace],
 * tile_upper_solve[_inplace]: the tiles are the last arguments (the first
 * ones are Warp's libmathdx function placeholders) */
static void tl_linalg(Lw *l, const IrInst *in, Tl *ts, int arg) {
    const char *name = ir_builtin_key(in->builtin);
    (void)arg;
    int na = in->nargs, up = tl_upper_flag(in);
    int inplace = strstr(name, "_inplace") != NULL;
    const Tl *x;
    Tl dst;
    if (!inplace) {
        /* Out = A (or X = Y): the result's own storage, or an alias of a shared source */
        tl_set_view(l, in->outs[0], &ts[na - 2]);
        dst = tl_val(l, in->outs[0]);
        x = &dst;
    }
    if (!strncmp(name, "tile_cholesky_solve", 19)) {
        /* scalar_cholesky_solve<Upper>(A, X, Y): forward then back substitution */
        const Tl *a = &ts[inplace ? na - 2 : na - 3], *y = &ts[inplace ? na - 1 : na - 2];
        if (inplace)
            x = y;
        /* forward: idx(row, col) = Upper ? (col, row) : (row, col); back: the other way round */
        tl_substitute(l, a, x, y, 0, up);
        tl_substitute(l, a, x, x, 1, !up);
    } else if (!strncmp(name, "tile_cholesky", 13)) {
        const Tl *a = &ts[inplace ? na - 1 : na - 2];
        tl_cholesky(l, a, inplace ? a : x, up);
    } else if (!strncmp(name, "tile_lower_solve", 16)) {
        const Tl *a = &ts[inplace ? na - 2 : na - 3], *y = &ts[inplace ? na - 1 : na - 2];
        tl_substitute(l, a, inplace ? y : x, y, 0, 0);
    } else {
        /* upper: back substitution over L = transpose(U): L(j, i) = U(i, j) */
        const Tl *u = &ts[inplace ? na - 2 : na - 3], *z = &ts[inplace ? na - 1 : na - 2];
        tl_substitute(l, u, inplace ? z : x, inplace ? z : x, 1, 0);
    }
}

/* tile_fft / tile_ifft on the CPU (1.16, tile_fft.h tile_fft_cpu_impl): per
 * batch an in-place radix-2 Cooley-Tukey FFT after a Gold-Rader bit-reverse
 * permutation (power-of-two sizes) or a naive DFT; unnormalised, direction
 * -1 forward and +1 inverse.  Warp 1.10's CPU tile_fft() is an empty macro. */
static void tl_fft(Lw *l, const IrInst *in, Tl *ts, int sign) {
    if (l->m->warp_minor < 16)
        return; /* Warp 1.10's CPU tile_fft is an empty macro */
    int na = in->nargs;
    if (na < 7)
        fail(l, "wp.tile_fft: unexpected arguments");
    /* batch and size are literal text arguments of the macro */
    const IrValue *vb = val(l, in->args[4]), *vn = val(l, in->args[5]);
    int batch = vb->is_const ? (int)vb->cval.i : vb->name ? atoi(vb->name) : 0;
    int n = vn->is_const ? (int)vn->cval.i : vn->name ? atoi(vn->name) : 0;
    if (batch < 1 || n < 1)
        fail(l, "wp.tile_fft: unexpected arguments");
    Tl *t = &ts[na - 1];
    IrScalar sc = scal(l, t->elem);
    T ct = ltype(l, t->elem), st = sct(l, sc);
    if (ti(l, t->elem)->kind != TY_VEC || ncomp(ti(l, t->elem)) != 2 || (sc != SC_FLOAT32 && sc != SC_FLOAT64))
        fail(l, "wp.tile_fft of %s tiles", type_name(l, t->elem));
#define CPX(b, i, c) LLVMBuildGEP2(l->B, st, t->p, (V[]){LLVMBuildAdd(l->B, LLVMBuildMul(l->B, ci32(l, 2), LLVMBuildAdd(l->B, ci32(l, (b) * n), (i), ""), ""), ci32(l, c), "")}, 1, "")
#define LD(p) LLVMBuildLoad2(l->B, st, (p), "")
#define F(x) cflt(l, sc, (x))
    V two_pi = sc == SC_FLOAT32 ? LLVMConstReal(st, (float)6.28318530717958647692528676655900576839433879875021)
                                : LLVMConstReal(st, 6.28318530717958647692528676655900576839433879875021);
    int log_n = 0;
    while ((1 << log_n) < n)
        log_n++;
    for (int b = 0; b < batch; b++) {
        if ((1 << log_n) == n) {
            int j = 0;
            for (int i = 1; i < n; ++i) { /* the permutation is known here: its swaps are emitted */
                int bit = n >> 1;
                while (j & bit)
                    j ^= bit, bit >>= 1;
                j ^= bit;
                if (i < j) {
                    V pi = LLVMBuildGEP2(l->B, ct, t->p, (V[]){ci64(l, (int64_t)b * n + i)}, 1, "");
                    V pj = LLVMBuildGEP2(l->B, ct, t->p, (V[]){ci64(l, (int64_t)b * n + j)}, 1, "");
                    V xi = LLVMBuildLoad2(l->B, ct, pi, ""), xj = LLVMBuildLoad2(l->B, ct, pj, "");
                    LLVMBuildStore(l->B, xj, pi);
                    LLVMBuildStore(l->B, xi, pj);
                }
            }
            V wr = LLVMBuildAlloca(l->BA, st, ""), wi = LLVMBuildAlloca(l->BA, st, "");
            for (int len = 2; len <= n; len <<= 1) {
                int half = len >> 1;
                V theta = s_bin(l, OP_DIV, sc, s_bin(l, OP_MUL, sc, F(sign), two_pi), F(len));
                V wm_re = libm1(l, "cosf", "cos", sc, theta), wm_im = libm1(l, "sinf", "sin", sc, theta);
                Lp lk, lj;
                V kk = loop_open(l, &lk, 0, n / len);
                V k = LLVMBuildMul(l->B, kk, ci32(l, len), "");
                LLVMBuildStore(l->B, F(1), wr);
                LLVMBuildStore(l->B, F(0), wi);
                V jj = loop_open(l, &lj, 0, half);
                V lo = LLVMBuildAdd(l->B, k, jj, ""), hi = LLVMBuildAdd(l->B, lo, ci32(l, half), "");
                V w_re = LD(wr), w_im = LD(wi);
                V x_re = LD(CPX(b, hi, 0)), x_im = LD(CPX(b, hi, 1));
                V t_re = s_bin(l, OP_SUB, sc, s_bin(l, OP_MUL, sc, w_re, x_re), s_bin(l, OP_MUL, sc, w_im, x_im));
                V t_im = s_bin(l, OP_ADD, sc, s_bin(l, OP_MUL, sc, w_re, x_im), s_bin(l, OP_MUL, sc, w_im, x_re));
                V u_re = LD(CPX(b, lo, 0)), u_im = LD(CPX(b, lo, 1));
                LLVMBuildStore(l->B, s_bin(l, OP_ADD, sc, u_re, t_re), CPX(b, lo, 0));
                LLVMBuildStore(l->B, s_bin(l, OP_ADD, sc, u_im, t_im), CPX(b, lo, 1));
                LLVMBuildStore(l->B, s_bin(l, OP_SUB, sc, u_re, t_re), CPX(b, hi, 0));
                LLVMBuildStore(l->B, s_bin(l, OP_SUB, sc, u_im, t_im), CPX(b, hi, 1));
                LLVMBuildStore(l->B, s_bin(l, OP_SUB, sc, s_bin(l, OP_MUL, sc, w_re, wm_re), s_bin(l, OP_MUL, sc, w_im, wm_im)), wr);
                LLVMBuildStore(l->B, s_bin(l, OP_ADD, sc, s_bin(l, OP_MUL, sc, w_re, wm_im), s_bin(l, OP_MUL, sc, w_im, wm_re)), wi);
                loop_close(l, &lj);
                loop_close(l, &lk);
            }
        } else {
            /* the naive DFT into scratch, then copied back */
            V out = LLVMBuildAlloca(l->BA, LLVMArrayType2(st, (uint64_t)(2 * n)), "");
            V are = LLVMBuildAlloca(l->BA, st, ""), aim = LLVMBuildAlloca(l->BA, st, "");
            V base = s_bin(l, OP_DIV, sc, s_bin(l, OP_MUL, sc, F(sign), two_pi), F(n));
            Lp lk, lj;
            V k = loop_open(l, &lk, 0, n);
            LLVMBuildStore(l->B, F(0), are);
            LLVMBuildStore(l->B, F(0), aim);
            V j = loop_open(l, &lj, 0, n);
            V theta = s_bin(l, OP_MUL, sc, s_bin(l, OP_MUL, sc, base, s_cast(l, k, SC_INT32, sc)), s_cast(l, j, SC_INT32, sc));
            V c = libm1(l, "cosf", "cos", sc, theta), sn = libm1(l, "sinf", "sin", sc, theta);
            V xr = LD(CPX(b, j, 0)), xi = LD(CPX(b, j, 1));
            LLVMBuildStore(l->B, s_bin(l, OP_ADD, sc, LD(are), s_bin(l, OP_SUB, sc, s_bin(l, OP_MUL, sc, c, xr), s_bin(l, OP_MUL, sc, sn, xi))), are);
            LLVMBuildStore(l->B, s_bin(l, OP_ADD, sc, LD(aim), s_bin(l, OP_ADD, sc, s_bin(l, OP_MUL, sc, c, xi), s_bin(l, OP_MUL, sc, sn, xr))), aim);
            loop_close(l, &lj);
            V o2 = LLVMBuildSExt(l->B, LLVMBuildMul(l->B, k, ci32(l, 2), ""), l->i64, "");
            LLVMBuildStore(l->B, LD(are), LLVMBuildGEP2(l->B, st, out, &o2, 1, ""));
            o2 = LLVMBuildAdd(l->B, o2, ci64(l, 1), "");
            LLVMBuildStore(l->B, LD(aim), LLVMBuildGEP2(l->B, st, out, &o2, 1, ""));
            loop_close(l, &lk);
            V kc = loop_open(l, &lk, 0, 2 * n);
            V kc64 = LLVMBuildSExt(l->B, kc, l->i64, "");
            V dst = LLVMBuildGEP2(l->B, st, t->p, (V[]){LLVMBuildAdd(l->B, kc64, ci64(l, (int64_t)2 * b * n), "")}, 1, "");
            LLVMBuildStore(l->B, LD(LLVMBuildGEP2(l->B, st, out, &kc64, 1, "")), dst);
            loop_close(l, &lk);
        }
    }
#undef CPX
#undef LD
#undef F
}

/* A tile passed to or returned from a function whose parameter has another
 * tile type (Warp's functions take any tile by reference, as a template): the
 * same storage where both are shared (a pointer) or both registers (the
 * elements); across the two, the elements are copied. */
static V tile_convert(Lw *l, V v, IrType from, IrType to) {
    int fs = tile_flags(l, from) & IRTILE_SHARED, ts_ = tile_flags(l, to) & IRTILE_SHARED;
    if (ir_tile_size(l->m, from) != ir_tile_size(l->m, strip(l, to)))
        fail(l, "cannot convert %s to %s", type_name(l, from), type_name(l, to));
    if (fs == ts_)
        return v;
    Tl src = tl_type(l, from, v), dst = tl_type(l, to, NULL);
    T at = LLVMArrayType2(ltype(l, dst.elem), (uint64_t)dst.n);
    V st = LLVMBuildAlloca(l->BA, at, "");
    if (!fs) { /* register elements into (dense) storage */
        LLVMBuildStore(l->B, v, st);
        return st;
    }
    src.p = v;
    int dense[4], k = 1;
    for (int d = dst.ndim - 1; d >= 0; d--)
        dense[d] = k, k *= dst.shape[d];
    tl_restride(&dst, dst.ndim, dst.shape, dense);
    dst.p = st;
    tl_copy(l, &dst, &src);
    return LLVMBuildLoad2(l->B, at, st, "");
}

/* ---- one handler per tile builtin (or family; arg: the variant) */
static void tl_fill(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)ts;
    Tl o = tl_out(l, in->outs[0]);
    V x = arg == 0 ? zero(ltype(l, o.elem)) : arg == 1 ? tl_one(l, o.elem)
                                                   : cast_value(l, A(0), AT(0), o.elem);
    Lp lp;
    V i = loop_open(l, &lp, 0, o.n);
    tl_store(l, &o, i, x);
    loop_close(l, &lp);
}

static void tl_empty(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    (void)ts;
    (void)tl_out(l, in->outs[0]); /* tile_empty_t: the storage keeps what it holds */
}

static void tl_arange(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    (void)ts;
    Tl o = tl_out(l, in->outs[0]);
    IrScalar s = scal(l, o.elem);
    V start = cast_value(l, A(0), AT(0), o.elem), step = cast_value(l, A(2), AT(2), o.elem);
    Lp lp;
    V i = loop_open(l, &lp, 0, o.n);
    tl_store(l, &o, i, s_bin(l, OP_ADD, s, start, s_bin(l, OP_MUL, s, s_cast(l, i, SC_INT32, s), step)));
    loop_close(l, &lp);
}

static void tl_extract(Lw *l, const IrInst *in, Tl *ts, int arg) {
    int na = in->nargs;
    (void)arg;
    Tl *t = &ts[0];
    V c[4];
    if (na - 1 < t->ndim)
        fail(l, "wp.tl_extract with fewer indices than dimensions");
    for (int d = 0; d < t->ndim; d++)
        c[d] = as_i32(l, in->args[1 + d]);
    V x = LLVMBuildLoad2(l->B, ltype(l, t->elem), tl_at_c(l, t, c), "");
    const IrTypeInfo *e = ti(l, t->elem);
    int extra = na - 1 - t->ndim;
    if (extra == 1)
        x = dyn_get(l, x, as_i32(l, in->args[na - 1]));
    else if (extra == 2 && e->kind == TY_MAT)
        x = dyn_get(l, x, LLVMBuildAdd(l->B, LLVMBuildMul(l->B, as_i32(l, in->args[na - 2]), ci32(l, e->cols), ""),
                                       as_i32(l, in->args[na - 1]), ""));
    else if (extra)
        fail(l, "wp.tl_extract with %d indices", na - 1);
    OUT(0, x);
}

static void tl_view(Lw *l, const IrInst *in, Tl *ts, int arg) {
    int na = in->nargs;
    Tl v = ts[0];
    if (arg == 0) {
        V c[4];
        for (int d = 0; d < v.ndim; d++)
            c[d] = d + 1 < na ? as_i32(l, in->args[1 + d]) : ci32(l, 0);
        v.p = tl_at_c(l, &v, c);
        tl_view_layout(l, in, &v);
    } else if (arg == 1) {
        int sh[2] = {v.shape[1], v.shape[0]}, st[2] = {v.stride[1], v.stride[0]};
        tl_restride(&v, 2, sh, st);
    } else if (arg == 2) {
        int x[8];
        char a[8][160];
        int nt = tl_targs(in->text, a, 8);
        for (int k = 0; k < nt; k++)
            x[k] = atoi(a[k]);
        tl_restride(&v, nt / 2, x, x + nt / 2);
    } else {
        tl_view_layout(l, in, &v);
    }
    tl_set_view(l, in->outs[0], &v);
}

static void tl_astype(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    Tl o = tl_out(l, in->outs[0]);
    Lp lp;
    V i = loop_open(l, &lp, 0, o.n);
    tl_store(l, &o, i, cast_value(l, tl_load(l, &ts[0], i), ts[0].elem, o.elem));
    loop_close(l, &lp);
}

static void tl_from_value(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    (void)ts;
    Tl o = tl_out(l, in->outs[0]);
    const IrTypeInfo *x = ATI(0);
    V v = A(0);
    for (int k = 0; k < o.n; k++)
        tl_store(l, &o, ci32(l, k), x->kind == TY_SCALAR ? cast_value(l, v, AT(0), o.elem) : E(v, k));
}

static void tl_untile(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    IrType ot = OT(0);
    const IrTypeInfo *x = ti(l, ot);
    if (x->kind == TY_SCALAR) {
        OUT(0, tl_load(l, &ts[0], ci32(l, 0)));
    } else {
        V c[64];
        int n = ncomp(x);
        for (int k = 0; k < n && k < 64; k++)
            c[k] = tl_load(l, &ts[0], ci32(l, k));
        OUT(0, build_comps(l, x->scalar, c, n));
    }
}

static void tl_reduction(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)ts;
    char a[2][160];
    int axis = tl_targs(in->text, a, 2) ? atoi(a[0]) : -1;
    tl_reduce(l, in, arg, -1, 0, axis, 0);
}

static void tl_argreduction(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)ts;
    tl_reduce(l, in, arg, -1, 0, -1, 1);
}

static void tl_reduce_op(Lw *l, const IrInst *in, Tl *ts, int arg) {
    int na = in->nargs;
    (void)arg;
    (void)ts;
    tl_reduce(l, in, 0, in->args[0], 1, na > 2 ? const_int_arg(l, in, 2) : -1, 0);
}

static void tl_map(Lw *l, const IrInst *in, Tl *ts, int arg) {
    int na = in->nargs;
    (void)arg;
    Tl o = tl_out(l, in->outs[0]);
    Lp lp;
    V i = loop_open(l, &lp, 0, o.n), x[8];
    IrType xt[8];
    /* 1.10 passes the result tile last (its type only) */
    int nx = na - 1 - (l->m->warp_minor < 16);
    if (nx > 8)
        fail(l, "wp.tile_map of more than 8 tiles");
    for (int k = 0; k < nx; k++)
        x[k] = tl_elem_arg(l, in, k + 1, ts, i, &xt[k]);
    tl_store(l, &o, i, tl_apply(l, in->args[0], x, xt, nx, o.elem));
    loop_close(l, &lp);
}

static void tl_dot(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    /* thread_sum = 0; thread_sum += tensordot(a_i, b_i) */
    Tl o = tl_out(l, in->outs[0]);
    T lt = ltype(l, o.elem);
    V acc = LLVMBuildAlloca(l->BA, lt, "");
    LLVMBuildStore(l->B, zero(lt), acc);
    Lp lp;
    V i = loop_open(l, &lp, 0, ts[0].n);
    V a = tl_load(l, &ts[0], i), b = tl_load(l, &ts[1], i);
    const IrTypeInfo *e = ti(l, ts[0].elem);
    V d = e->kind == TY_SCALAR ? s_bin(l, OP_MUL, e->scalar, a, b) : vdot(l, e->scalar, ncomp(e), a, b);
    LLVMBuildStore(l->B, s_bin(l, OP_ADD, scal(l, o.elem), LLVMBuildLoad2(l->B, lt, acc, ""), d), acc);
    loop_close(l, &lp);
    tl_store(l, &o, ci32(l, 0), LLVMBuildLoad2(l->B, lt, acc, ""));
}

static void tl_scan(Lw *l, const IrInst *in, Tl *ts, int arg) {
    const char *name = ir_builtin_key(in->builtin);
    /* tile_scan_{inclusive,exclusive,max_inclusive,min_inclusive}_impl: acc from Op::identity() */
    Tl o = tl_out(l, in->outs[0]);
    IrScalar sc = scal(l, o.elem);
    int k2 = arg >> 1, excl = arg & 1;
    V id = zero(ltype(l, o.elem));
    if (k2 != K_add) {
        int mx = k2 == K_max;
        if (sc == SC_INT32)
            id = ci32(l, mx ? INT32_MIN : INT32_MAX);
        else if (sc == SC_FLOAT32 || sc == SC_FLOAT64)
            id = cflt(l, sc, sc == SC_FLOAT32 ? (mx ? -1e38 : 1e38) : (mx ? -1e308 : 1e308));
        else
            fail(l, "wp.%s of %s (Warp defines it for int32, float32 and float64)", name, type_name(l, o.elem));
    }
    T lt = ltype(l, o.elem);
    V acc = LLVMBuildAlloca(l->BA, lt, "");
    LLVMBuildStore(l->B, id, acc);
    Lp lp;
    V i = loop_open(l, &lp, 0, o.n);
    V a = LLVMBuildLoad2(l->B, lt, acc, "");
    if (excl)
        tl_store(l, &o, i, a);
    a = arith2(l, k2, o.elem, a, ts[0].elem, tl_load(l, &ts[0], i), o.elem);
    LLVMBuildStore(l->B, a, acc);
    if (!excl)
        tl_store(l, &o, i, a);
    loop_close(l, &lp);
}

static void tl_where(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    /* a shared pair: the chosen tile aliased; otherwise its elements copied */
    IrType ot = OT(0);
    V c = truth_of(l, in->args[0]);
    if ((tile_flags(l, ot) & (IRTILE_SHARED | IRTILE_OWNER)) == IRTILE_SHARED && (tile_flags(l, AT(1)) & IRTILE_SHARED) &&
        (tile_flags(l, AT(2)) & IRTILE_SHARED)) {
        LLVMBuildStore(l->B, sel(l, c, ts[1].p, ts[2].p), slot(l, in->outs[0]));
    } else {
        Tl o = tl_out(l, in->outs[0]);
        LLVMBasicBlockRef tb = new_block(l), eb = new_block(l), end = new_block(l);
        LLVMBuildCondBr(l->B, c, tb, eb);
        LLVMPositionBuilderAtEnd(l->B, tb);
        tl_copy(l, &o, &ts[1]);
        br(l, end);
        LLVMPositionBuilderAtEnd(l->B, eb);
        tl_copy(l, &o, &ts[2]);
        br(l, end);
        LLVMPositionBuilderAtEnd(l->B, end);
    }
}

static void tl_matmul(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    /* partitioned_gemm::scalar_matmul: per element sum = muladd(a, b, sum) over k;
     * C = alpha * sum (+ beta * C with an output argument: tile_matmul_acc) */
    Tl *a = &ts[3], *b = &ts[4];
    int acc_form = in->nout == 0, v110 = l->m->warp_minor < 16;
    Tl c = acc_form ? ts[5] : tl_out(l, in->outs[0]);
    IrType ct = c.elem;
    IrScalar sc = scal(l, ct);
    T lt = ltype(l, ct);
    V alpha = v110 ? NULL : cast_value(l, A(6), AT(6), ct), beta = v110 ? NULL : cast_value(l, A(7), AT(7), ct);
    V sum = LLVMBuildAlloca(l->BA, lt, "");
    Lp lo, lk;
    V o = loop_open(l, &lo, 0, c.n), cc[2], ac[2], bc[2];
    tl_coords(l, c.shape, 2, o, cc);
    /* 1.10: sum = C * T(Add), the k loop, C = sum (tile_matmul<Add>) */
    if (v110)
        LLVMBuildStore(l->B, s_bin(l, OP_MUL, sc, LLVMBuildLoad2(l->B, lt, tl_at_c(l, &c, cc), ""),
                                   cnum(l, sc, in->text ? atoi(in->text) : 0)), sum);
    else
        LLVMBuildStore(l->B, zero(lt), sum);
    V k = loop_open(l, &lk, 0, a->shape[1]);
    ac[0] = cc[0], ac[1] = k, bc[0] = k, bc[1] = cc[1];
    V x = cast_value(l, LLVMBuildLoad2(l->B, ltype(l, a->elem), tl_at_c(l, a, ac), ""), a->elem, ct);
    V y = cast_value(l, LLVMBuildLoad2(l->B, ltype(l, b->elem), tl_at_c(l, b, bc), ""), b->elem, ct);
    LLVMBuildStore(l->B, muladd(l, sc, x, y, LLVMBuildLoad2(l->B, lt, sum, "")), sum);
    loop_close(l, &lk);
    V p = tl_at_c(l, &c, cc);
    V r = v110 ? LLVMBuildLoad2(l->B, lt, sum, "") : s_bin(l, OP_MUL, sc, alpha, LLVMBuildLoad2(l->B, lt, sum, ""));
    if (acc_form && !v110)
        r = s_bin(l, OP_ADD, sc, r, s_bin(l, OP_MUL, sc, beta, LLVMBuildLoad2(l->B, lt, p, "")));
    LLVMBuildStore(l->B, r, p);
    loop_close(l, &lo);
}

static void tl_rand(Lw *l, const IrInst *in, Tl *ts, int arg) {
    int na = in->nargs;
    (void)ts;
    /* rng_tid = rand_pcg(thread 0 + rng); each element draws from it in order */
    Tl o = tl_out(l, in->outs[0]);
    V st = LLVMBuildAlloca(l->BA, l->i32, "");
    LLVMBuildStore(l->B, pcg(l, A(0)), st);
    Lp lp;
    V i = loop_open(l, &lp, 0, o.n);
    V s2 = pcg(l, LLVMBuildLoad2(l->B, l->i32, st, ""));
    LLVMBuildStore(l->B, s2, st);
    V r;
    if (arg) {
        r = s2;
        if (na == 3)
            r = LLVMBuildAdd(l->B, int_divmod(l, 1, SC_UINT32, s2, LLVMBuildSub(l->B, A(2), A(1), "")), A(1), "");
    } else {
        V f = LLVMBuildUIToFP(l->B, LLVMBuildLShr(l->B, s2, ci32(l, 8), ""), l->f32, "");
        r = LLVMBuildFMul(l->B, f, LLVMConstReal(l->f32, 1.0 / 16777216.0), "");
        if (na == 3)
            r = LLVMBuildFAdd(l->B, LLVMBuildFMul(l->B, LLVMBuildFSub(l->B, A(2), A(1), ""), r, ""), A(1), "");
    }
    tl_store(l, &o, i, r);
    loop_close(l, &lp);
}

static void tl_axpy(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    /* dest(i) += src(i) * alpha */
    Tl *src = &ts[1], *dst = &ts[2];
    Lp lp;
    V i = loop_open(l, &lp, 0, dst->n);
    V x = arith2(l, K_mul, src->elem, tl_load(l, src, i), AT(0), A(0), src->elem);
    tl_store(l, dst, i, arith2(l, K_add, dst->elem, tl_load(l, dst, i), src->elem, x, dst->elem));
    loop_close(l, &lp);
}

static void tl_diag_add(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    /* c = a; c(t, t) += b(t) */
    tl_set_view(l, in->outs[0], &ts[0]);
    Tl c = tl_val(l, in->outs[0]);
    for (int k = 0; k < c.shape[0]; k++) {
        V cc[2] = {ci32(l, k), ci32(l, k)}, bc = ci32(l, k);
        V p = tl_at_c(l, &c, cc);
        T lt = ltype(l, c.elem);
        V r = arith2(l, K_add, c.elem, LLVMBuildLoad2(l->B, lt, p, ""), ts[1].elem,
                     LLVMBuildLoad2(l->B, ltype(l, ts[1].elem), tl_at_c(l, &ts[1], &bc), ""), c.elem);
        LLVMBuildStore(l->B, r, p);
    }
}

static void tl_scatter(Lw *l, const IrInst *in, Tl *ts, int arg) {
    int na = in->nargs;
    const char *name = ir_builtin_key(in->builtin);
    /* if (has_value) t(i, ...) += value (or = value) */
    Tl *t = &ts[0];
    if (na - 3 != t->ndim)
        fail(l, "wp.%s with %d indices", name, na - 3);
    V c[4];
    for (int d = 0; d < t->ndim; d++)
        c[d] = as_i32(l, in->args[1 + d]);
    open_if(l, truth_of(l, in->args[na - 1]));
    V p = tl_at_c(l, t, c), x = cast_value(l, A(na - 2), AT(na - 2), t->elem);
    if (arg)
        x = arith2(l, K_add, t->elem, LLVMBuildLoad2(l->B, ltype(l, t->elem), p, ""), t->elem, x, t->elem);
    LLVMBuildStore(l->B, x, p);
    close_block(l);
}

static void tl_slice_indexed(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    /* out(c) = src(c with c[axis] = indices(c[axis]), wrapped when negative) */
    Tl o = tl_out(l, in->outs[0]), *src = &ts[0];
    int axis = const_int_arg(l, in, 2);
    Lp lp;
    V i = loop_open(l, &lp, 0, o.n), c[4];
    tl_coords(l, o.shape, o.ndim, i, c);
    V ic = c[axis];
    V k = LLVMBuildLoad2(l->B, l->i32, tl_at_c(l, &ts[1], &ic), "");
    c[axis] = sel(l, LLVMBuildICmp(l->B, LLVMIntSLT, k, ci32(l, 0), ""), LLVMBuildAdd(l->B, k, ci32(l, src->shape[axis]), ""), k);
    tl_store(l, &o, i, LLVMBuildLoad2(l->B, ltype(l, src->elem), tl_at_c(l, src, c), ""));
    loop_close(l, &lp);
}

static void tl_assign_op(Lw *l, const IrInst *in, Tl *ts, int arg) {
    (void)arg;
    if (in->nout == 0 && in->nargs > 2) { /* tile_assign(dest, src, offset...) or dest[i, j] = value */
        tl_assign(l, in, ts);
    } else if (in->nout == 1) { /* u = copy(t) */
        Tl o = tl_out(l, in->outs[0]);
        tl_copy(l, &o, &ts[0]);
    } else { /* assign(dest, src) */
        tl_copy(l, &ts[0], &ts[1]);
    }
}

/* tile_bvh_query_next(q) / tile_mesh_query_aabb_next(q) (arg: 1 for the
 * mesh query), Warp's CPU code: one step of the plain query, its index in
 * element 0 of the result (-1 when done), -1 elsewhere; the query's valid
 * flag is whether the step found one */
static void tl_query_next(Lw *l, const IrInst *in, Tl *ts, int mesh) {
    (void)ts;
    V p = addr_of(l, in->args[0]), idx, found;
    V state = LLVMBuildStructGEP2(l->B, ltype(l, AT(0)), p, 0, "");
    V V10 = mq_bool(l, l->m->warp_minor < 16);
    if (mesh)
        found = mq_next(l, "MeshQueryAABBState", "mesh_query_aabb_next_lib", state, V10, NULL, &idx);
    else
        found = mq_next(l, "BvhQueryState", "bvh_query_next_lib", state, mq_f32(l, 3.4028234663852886e38), V10, &idx);
    idx = sel(l, found, idx, ci32(l, -1));
    LLVMBuildStore(l->B, b2i8(l, LLVMBuildICmp(l->B, LLVMIntSGE, idx, ci32(l, 0), "")),
                   LLVMBuildStructGEP2(l->B, ltype(l, AT(0)), p, 1, ""));
    Tl o = tl_out(l, in->outs[0]);
    Lp lp;
    V i = loop_open(l, &lp, 0, o.n);
    tl_store(l, &o, i, sel(l, LLVMBuildICmp(l->B, LLVMIntEQ, i, ci32(l, 0), ""), idx, ci32(l, -1)));
    loop_close(l, &lp);
}

/* the tile builtins by key: handler and variant */
static const struct {
    const char *key;
    void (*fn)(Lw *l, const IrInst *in, Tl *ts, int arg);
    int arg;
} tile_ops[] = {
    {"tile_load", tl_global_op, 0}, {"tile_store", tl_global_op, 1}, {"tile_atomic_add", tl_global_op, 2},
    {"tile_load_indexed", tl_indexed_op, 0}, {"tile_store_indexed", tl_indexed_op, 1},
    {"tile_atomic_add_indexed", tl_indexed_op, 2},
    {"tile_zeros", tl_fill, 0}, {"tile_ones", tl_fill, 1}, {"tile_full", tl_fill, 2},
    {"tile_from_thread", tl_fill, 2}, {"tile_empty", tl_empty, 0}, {"tile_arange", tl_arange, 0},
    {"tile_randi", tl_rand, 1}, {"tile_randf", tl_rand, 0},
    {"tile", tl_from_value, 0}, {"untile", tl_untile, 0}, {"tile_extract", tl_extract, 0},
    {"tile_view", tl_view, 0}, {"tile_transpose", tl_view, 1}, {"tile_broadcast", tl_view, 2},
    {"tile_reshape", tl_view, 3}, {"tile_squeeze", tl_view, 3}, {"tile_astype", tl_astype, 0},
    {"tile_assign", tl_assign_op, 0}, {"assign", tl_assign_op, 0}, {"copy", tl_assign_op, 0},
    {"assign_copy", tl_assign_op, 0}, {"where", tl_where, 0},
    {"tile_sum", tl_reduction, K_add}, {"tile_min", tl_reduction, K_min}, {"tile_max", tl_reduction, K_max},
    {"tile_argmin", tl_argreduction, K_min}, {"tile_argmax", tl_argreduction, K_max},
    {"tile_reduce", tl_reduce_op, 0}, {"tile_map", tl_map, 0}, {"tile_dot", tl_dot, 0},
    {"tile_scan_inclusive", tl_scan, K_add << 1}, {"tile_scan_exclusive", tl_scan, K_add << 1 | 1},
    {"tile_scan_max_inclusive", tl_scan, K_max << 1}, {"tile_scan_min_inclusive", tl_scan, K_min << 1},
    {"tile_matmul", tl_matmul, 0}, {"tile_axpy", tl_axpy, 0}, {"tile_diag_add", tl_diag_add, 0},
    {"tile_scatter_add", tl_scatter, 1}, {"tile_scatter_masked", tl_scatter, 0},
    {"tile_slice_indexed", tl_slice_indexed, 0}, {"tile_sort", tl_sort, 0},
    {"tile_stack", tl_stack, 0}, {"tile_stack_push", tl_stack, 0}, {"tile_stack_pop", tl_stack, 0},
    {"tile_stack_count", tl_stack, 0}, {"tile_stack_clear", tl_stack, 0},
    {"tile_cholesky", tl_linalg, 0}, {"tile_cholesky_inplace", tl_linalg, 0},
    {"tile_cholesky_solve", tl_linalg, 0}, {"tile_cholesky_solve_inplace", tl_linalg, 0},
    {"tile_lower_solve", tl_linalg, 0}, {"tile_lower_solve_inplace", tl_linalg, 0},
    {"tile_upper_solve", tl_linalg, 0}, {"tile_upper_solve_inplace", tl_linalg, 0},
    {"tile_fft", tl_fft, -1}, {"tile_ifft", tl_fft, 1}, {"print", tl_print, 0},
    {"bvh_query_next_tiled", tl_query_next, 0}, {"tile_bvh_query_next", tl_query_next, 0},
    {"mesh_query_aabb_next_tiled", tl_query_next, 1}, {"tile_mesh_query_aabb_next", tl_query_next, 1},
};

/* Returns 0 when no operand or result is a tile; otherwise lowers the call
 * (or fails naming the builtin). */
static int emit_tile(Lw *l, const IrInst *in, int key) {
    const char *bk = ir_builtin_key(in->builtin);
    if (!in->nargs && (!strcmp(bk, "tile_fft") || !strcmp(bk, "tile_ifft")))
        return 1; /* Warp 1.10's CPU tile_fft() / tile_ifft(): empty macros */
    int any = 0;
    for (int a = 0; a < in->nargs + in->nout && !any; a++) {
        IrType t = strip(l, l->f->vals[a < in->nargs ? in->args[a] : in->outs[a - in->nargs]].type);
        any = is_tile_type(l, t) || ti(l, t)->kind == TY_TILE_STACK;
    }
    if (!any)
        return 0;
    const char *name = ir_builtin_key(in->builtin);
    int na = in->nargs, op;
    Tl ts[16];
    for (int k = 0; k < na && k < 16; k++)
        if (is_tile_type(l, AT(k)))
            ts[k] = tl_val(l, in->args[k]);
    /* element-wise arithmetic: tile op tile, tile op value, -tile */
    if ((((op = binop_of(key)) >= 0 && na == 2) || ((op = unop_of(key)) >= 0 && na == 1)) && in->nout == 1) {
        Tl o = tl_out(l, in->outs[0]);
        Lp lp;
        V i = loop_open(l, &lp, 0, o.n);
        IrType t0, t1;
        V x = tl_elem_arg(l, in, 0, ts, i, &t0), r;
        if (na == 2) {
            V y = tl_elem_arg(l, in, 1, ts, i, &t1);
            r = arith2(l, key, t0, x, t1, y, o.elem);
        } else {
            const IrTypeInfo *t = ti(l, t0);
            r = t->kind == TY_SCALAR ? s_un(l, op, t->scalar, x) : map1(l, op == U_NEG ? U_VNEG : op, t->scalar, ncomp(t), x);
        }
        tl_store(l, &o, i, r);
        loop_close(l, &lp);
        return 1;
    }
    const char *base = strncmp(name, "tile_", 5) ? name : name + 5;
    /* in-place updates: a whole tile (t += u) or one element (t[i, j] += x) */
    static const struct { const char *name; int key; } inplace_ops[] = {
        {"add_inplace", K_add}, {"sub_inplace", K_sub}, {"bit_and_inplace", K_bit_and},
        {"bit_or_inplace", K_bit_or}, {"bit_xor_inplace", K_bit_xor},
    };
    for (size_t q = 0; q < sizeof inplace_ops / sizeof *inplace_ops; q++) {
        if (strcmp(base, inplace_ops[q].name))
            continue;
        int k2 = inplace_ops[q].key;
        Tl *a = &ts[0];
        if (na == 2 && is_tile_type(l, AT(1))) {
            Lp lp;
            V i = loop_open(l, &lp, 0, a->n);
            V r = arith2(l, k2, a->elem, tl_load(l, a, i), ts[1].elem, tl_load(l, &ts[1], i), a->elem);
            tl_store(l, a, i, r);
            loop_close(l, &lp);
            return 1;
        }
        if (na - 2 != a->ndim)
            fail(l, "wp.%s of a tile element component is not supported by the CPU runtime", name);
        V c[4];
        for (int d = 0; d < a->ndim; d++)
            c[d] = as_i32(l, in->args[1 + d]);
        V p = tl_at_c(l, a, c);
        T lt = ltype(l, a->elem);
        LLVMBuildStore(l->B, arith2(l, k2, a->elem, LLVMBuildLoad2(l->B, lt, p, ""), AT(na - 1), A(na - 1), a->elem), p);
        return 1;
    }
    for (size_t q = 0; q < sizeof tile_ops / sizeof *tile_ops; q++)
        if (!strcmp(name, tile_ops[q].key)) {
            tile_ops[q].fn(l, in, ts, tile_ops[q].arg);
            return 1;
        }
    fail(l, "wp.%s (tiles) is not supported by the CPU runtime", name);
}

static void emit_builtin(Lw *l, const IrInst *in) {
    int key = key_of_builtin ? key_of_builtin[in->builtin] : 0;
    int na = in->nargs;
    int op;
    if (emit_tile(l, in, key))
        return;
    if (!key && emit_volume(l, in))
        return;
    if (!key && lower_lib_call(l, in))
        return;
    if (!key)
        fail(l, "wp.%s is not supported by the CPU runtime", ir_builtin_key(in->builtin));
    if ((op = unop_of(key)) >= 0 && na == 1) {
        IrType t = AT(0);
        const IrTypeInfo *x = ti(l, t);
        V a = A(0);
        if (x->kind == TY_SCALAR)
            OUT(0, s_un(l, op, x->scalar, a));
        else if (ncomp(x))
            OUT(0, map1(l, op == U_NEG ? U_VNEG : op, x->scalar, ncomp(x), a));
        else
            fail(l, "wp.%s of %s", key_names[key], type_name(l, t));
        return;
    }
    if ((key == K_min || key == K_max) && na == 1) {
        /* reduction over a vector */
        const IrTypeInfo *x = ATI(0);
        IrScalar s = (IrScalar)x->scalar;
        V a = A(0), r = E(a, 0);
        for (int i = 1; i < ncomp(x); i++)
            r = S(l, key == K_min ? OP_MIN : OP_MAX, s, r, E(a, i));
        OUT(0, r);
        return;
    }
    if ((op = binop_of(key)) >= 0 && na == 2) {
        OUT(0, arith2(l, key, AT(0), A(0), AT(1), A(1), OT(0)));
        return;
    }
    switch (key) {
    case K_load:
        OUT(0, is_ref(l, in->args[0]) ? LLVMBuildLoad2(l->B, ltype(l, OT(0)), get(l, in->args[0]), "") : get(l, in->args[0]));
        return;
    case K_store: LLVMBuildStore(l->B, A(1), get(l, in->args[0])); return;
    case K_address: OUT(0, arr_ptr(l, A(0), ATI(0)->elem, in->args + 1, na - 1)); return;
    case K_view: OUT(0, arr_view(l, A(0), in->args + 1, na - 1)); return;
    case K_array_store: LLVMBuildStore(l->B, A(na - 1), arr_ptr(l, A(0), ATI(0)->elem, in->args + 1, na - 2)); return;
    case K_extract: emit_extract(l, in); return;
    case K_index: case K_indexref: emit_index(l, in); return;
    case K_assign_inplace: inplace(l, in, -1, 0); return;
    case K_add_inplace: inplace(l, in, OP_ADD, 0); return;
    case K_assign_copy: inplace(l, in, -1, 1); return;
    case K_bit_and_inplace: inplace(l, in, OP_AND, 0); return;
    case K_bit_or_inplace: inplace(l, in, OP_OR, 0); return;
    case K_bit_xor_inplace: inplace(l, in, OP_XOR, 0); return;
    case K_breakpoint: return;
    case K_sample_cdf: {
        /* lower_bound(cdf, randf(state)) */
        V u = randf01(l, in->args[0]);
        V arr = A(1);
        V lo = ci32(l, 0), hi = LLVMBuildSub(l->B, arr_dim(l, arr, 2, 0), ci32(l, 1), "");
        V plo = LLVMBuildAlloca(l->BA, l->i32, ""), phi_ = LLVMBuildAlloca(l->BA, l->i32, "");
        LLVMBuildStore(l->B, lo, plo);
        LLVMBuildStore(l->B, hi, phi_);
        LLVMBasicBlockRef cond = new_block(l), body = new_block(l), done = new_block(l);
        LLVMBuildBr(l->B, cond);
        LLVMPositionBuilderAtEnd(l->B, cond);
        V L = LLVMBuildLoad2(l->B, l->i32, plo, ""), U = LLVMBuildLoad2(l->B, l->i32, phi_, "");
        LLVMBuildCondBr(l->B, LLVMBuildICmp(l->B, LLVMIntSLT, L, U, ""), body, done);
        LLVMPositionBuilderAtEnd(l->B, body);
        V mid = LLVMBuildAdd(l->B, L, LLVMBuildSDiv(l->B, LLVMBuildSub(l->B, U, L, ""), ci32(l, 2), ""), "");
        V off = LLVMBuildMul(l->B, LLVMBuildSExt(l->B, mid, l->i64, ""), LLVMBuildSExt(l->B, arr_dim(l, arr, 3, 0), l->i64, ""), "");
        V e = LLVMBuildLoad2(l->B, l->f32, LLVMBuildGEP2(l->B, l->i8, ext(l, arr, 0), &off, 1, ""), "");
        V less = LLVMBuildFCmp(l->B, LLVMRealOLT, e, u, "");
        LLVMBuildStore(l->B, sel(l, less, LLVMBuildAdd(l->B, mid, ci32(l, 1), ""), L), plo);
        LLVMBuildStore(l->B, sel(l, less, U, mid), phi_);
        LLVMBuildBr(l->B, cond);
        LLVMPositionBuilderAtEnd(l->B, done);
        OUT(0, LLVMBuildLoad2(l->B, l->i32, plo, ""));
        return;
    }
    case K_sub_inplace: inplace(l, in, OP_SUB, 0); return;
    case K_assign: LLVMBuildStore(l->B, A(1), addr_of(l, in->args[0])); return;
    case K_copy: case K_pos: OUT(0, A(0)); return;
    case K_tid: {
        V c[4];
        tid_coords(l, c);
        for (int i = 0; i < in->nout && i < 4; i++)
            OUT(i, c[i]);
        return;
    }
    case K_block_dim: OUT(0, ci32(l, 1)); return;
    case K_range: {
        V r = zero(ltype(l, OT(0)));
        V start = na >= 2 ? as_i32(l, in->args[0]) : ci32(l, 0);
        V end = na >= 2 ? as_i32(l, in->args[1]) : as_i32(l, in->args[0]);
        V step = na >= 3 ? as_i32(l, in->args[2]) : ci32(l, 1);
        r = ins(l, ins(l, ins(l, ins(l, r, start, 0), end, 1), step, 2), start, 3);
        OUT(0, r);
        return;
    }
    case K_hash_grid_query: case K_hash_grid_query_next: case K_hash_grid_point_id: emit_hash_grid(l, in, key); return;
    case K_mesh_query_point: case K_mesh_query_point_no_sign: case K_mesh_query_point_sign_normal:
    case K_mesh_query_point_sign_winding_number: case K_mesh_query_point_sign_parity:
    case K_mesh_query_furthest_point_no_sign: case K_mesh_query_ray: case K_mesh_query_ray_anyhit:
    case K_mesh_query_ray_count_intersections: case K_mesh_query_aabb: case K_mesh_query_aabb_next:
    case K_mesh_eval_position: case K_mesh_eval_velocity: case K_mesh_eval_face_normal: case K_mesh_get:
    case K_mesh_get_point: case K_mesh_get_velocity: case K_mesh_get_index: case K_mesh_get_group_root:
    case K_bvh_query_aabb: case K_bvh_query_ray: case K_bvh_query_next: case K_bvh_get_group_root:
    case K_bvh_query_aabb_tiled: case K_bvh_query_ray_tiled: case K_tile_bvh_query_aabb: case K_tile_bvh_query_ray:
    case K_mesh_query_aabb_tiled: case K_tile_mesh_query_aabb: case K_tile_query_valid:
        emit_mesh(l, in, key);
        return;
    case K_iter_next: {
        if (is_hash_grid_query(l, AT(0))) {
            /* iter_next(query): query.current */
            V q = A(0);
            OUT(0, lib_call(l, "hash_grid_iter_next", &q, 1));
            return;
        }
        if (is_mesh_query(l, AT(0), OQ_MESH_QUERY_AABB)) {
            /* iter_next(query): query.face */
            V q = A(0);
            OUT(0, lib_call(l, "mesh_query_aabb_iter_next", &q, 1));
            return;
        }
        if (ATI(0)->kind != TY_RANGE)
            fail(l, "iteration over %s is not supported by the CPU runtime", type_name(l, AT(0)));
        V p = addr_of(l, in->args[0]);
        T rt = ltype(l, AT(0));
        V r = LLVMBuildLoad2(l->B, rt, p, "");
        V i = ext(l, r, 3);
        LLVMBuildStore(l->B, ins(l, r, LLVMBuildAdd(l->B, i, ext(l, r, 2), ""), 3), p);
        OUT(0, i);
        return;
    }
    case K_reversed: {
        /* iter_reverse(range) */
        V r = A(0);
        V start = ext(l, r, 0), end = ext(l, r, 1), step = ext(l, r, 2);
        V one = ci32(l, 1);
        V safe = sel(l, LLVMBuildICmp(l->B, LLVMIntEQ, step, ci32(l, 0), ""), one, step);
        V span_p = LLVMBuildSub(l->B, LLVMBuildSub(l->B, end, start, ""), one, "");
        V span_n = LLVMBuildAdd(l->B, LLVMBuildSub(l->B, end, start, ""), one, "");
        V pos = LLVMBuildICmp(l->B, LLVMIntSGT, step, ci32(l, 0), "");
        V span = sel(l, pos, span_p, span_n);
        V rs = LLVMBuildAdd(l->B, start, LLVMBuildMul(l->B, LLVMBuildSDiv(l->B, span, safe, ""), step, ""), "");
        V z = LLVMBuildICmp(l->B, LLVMIntEQ, step, ci32(l, 0), "");
        rs = sel(l, z, start, rs);
        V re = sel(l, z, start, LLVMBuildSub(l->B, start, step, ""));
        V rev = zero(LLVMTypeOf(r));
        V ns = LLVMBuildNeg(l->B, step, "");
        rev = ins(l, ins(l, ins(l, ins(l, rev, rs, 0), re, 1), ns, 2), rs, 3);
        OUT(0, rev);
        return;
    }
    case K_where: OUT(0, sel(l, truth_of(l, in->args[0]), A(1), A(2))); return;
    case K_select: OUT(0, sel(l, truth_of(l, in->args[0]), A(2), A(1))); return;
    case K_print: emit_print_builtin(l, in); return;
    case K_printf: emit_printf(l, in); return;
    case K_clamp: {
        IrType t = AT(0);
        const IrTypeInfo *x = ti(l, t);
        if (x->kind != TY_SCALAR)
            fail(l, "wp.clamp of %s", type_name(l, t));
        IrScalar s = x->scalar;
        /* clamp(x, a, b) = min(max(a, x), b) */
        OUT(0, S(l, OP_MIN, s, S(l, OP_MAX, s, A(1), A(0)), A(2)));
        return;
    }
    case K_unot: {
        V t = truth_of(l, in->args[0]);
        OUT(0, b2i8(l, LLVMBuildNot(l->B, t, "")));
        return;
    }
    case K_isnan: case K_isinf: case K_isfinite: {
        const IrTypeInfo *x = ATI(0);
        IrScalar s = (IrScalar)x->scalar;
        int n = x->kind == TY_SCALAR ? 1 : ncomp(x);
        V a = A(0);
        V acc = LLVMConstInt(l->i1, key == K_isfinite, 0);
        for (int i = 0; i < n; i++) {
            V c = x->kind == TY_SCALAR ? a : E(a, i);
            V r;
            if (!sc_isf(s)) {
                r = LLVMConstInt(l->i1, key == K_isfinite, 0);
            } else {
                if (s == SC_FLOAT16)
                    c = tof(l, c);
                V ac = intrinsic(l, "llvm.fabs", LLVMTypeOf(c), &c, 1);
                V inf = LLVMConstReal(LLVMTypeOf(c), INFINITY);
                if (key == K_isnan)
                    r = LLVMBuildFCmp(l->B, LLVMRealUNO, c, c, "");
                else if (key == K_isinf)
                    r = LLVMBuildFCmp(l->B, LLVMRealOEQ, ac, inf, "");
                else
                    r = LLVMBuildFCmp(l->B, LLVMRealOLT, ac, inf, "");
            }
            acc = key == K_isfinite ? LLVMBuildAnd(l->B, acc, r, "") : LLVMBuildOr(l->B, acc, r, "");
        }
        OUT(0, b2i8(l, acc));
        return;
    }
    case K_lerp: {
        /* a*(1-t) + b*t, per component for composites */
        IrType t = AT(0);
        const IrTypeInfo *x = ti(l, t);
        IrScalar s = (IrScalar)x->scalar;
        V tt = A(2), u = SUB(C(1), tt);
        if (x->kind == TY_SCALAR) {
            OUT(0, ADD(MUL(A(0), u), MUL(A(1), tt)));
        } else {
            int n = ncomp(x);
            OUT(0, map2(l, OP_ADD, s, n, map2(l, OP_MUL, s, n, A(0), 0, u, 1), 0, map2(l, OP_MUL, s, n, A(1), 0, tt, 1), 0));
        }
        return;
    }
    case K_smoothstep: {
        IrScalar s = scal(l, AT(0));
        V e0 = A(0), e1 = A(1), xv = A(2);
        V t = DIVV(SUB(xv, e0), SUB(e1, e0));
        t = S(l, OP_MIN, s, S(l, OP_MAX, s, C(0), t), C(1));
        OUT(0, MUL(MUL(t, t), SUB(C(3), MUL(C(2), t))));
        return;
    }
    case K_float: case K_int: case K_bool: case K_int8: case K_uint8: case K_int16: case K_uint16: case K_int32:
    case K_uint32: case K_int64: case K_uint64: case K_float16: case K_float32: case K_float64:
        OUT(0, na ? cast_value(l, A(0), AT(0), OT(0)) : zero(ltype(l, OT(0))));
        return;
    case K_vector: case K_matrix: case K_matrix_from_cols: case K_matrix_from_rows: case K_quaternion:
    case K_transformation: case K_spatial_vector: case K_identity:
        construct(l, in, key);
        return;
    case K_dot: case K_spatial_dot: {
        const IrTypeInfo *x = ATI(0);
        IrScalar s = (IrScalar)x->scalar;
        OUT(0, x->kind == TY_QUAT ? qdot(l, s, A(0), A(1)) : vdot(l, s, ncomp(x), A(0), A(1)));
        return;
    }
    case K_cross: OUT(0, vcross(l, scal(l, AT(0)), A(0), A(1))); return;
    case K_length: case K_length_sq: {
        const IrTypeInfo *x = ATI(0);
        IrScalar s = (IrScalar)x->scalar;
        V a = A(0);
        V d = x->kind == TY_QUAT ? qdot(l, s, a, a) : vdot(l, s, ncomp(x), a, a);
        OUT(0, key == K_length ? s_un(l, U_SQRT, s, d) : d);
        return;
    }
    case K_normalize: {
        const IrTypeInfo *x = ATI(0);
        IrScalar s = (IrScalar)x->scalar;
        V a = A(0);
        int n = ncomp(x);
        if (x->kind == TY_QUAT) {
            V len = s_un(l, U_SQRT, s, qdot(l, s, a, a));
            V inv = DIVV(C(1), len);
            V q = map2(l, OP_MUL, s, 4, a, 0, inv, 1);
            V id[4] = {C(0), C(0), C(0), C(1)};
            OUT(0, sel(l, s_cmp(l, IR_CMP_GT, s, len, C(0)), q, build_comps(l, s, id, 4)));
        } else {
            V len = s_un(l, U_SQRT, s, vdot(l, s, n, a, a));
            V q = map2(l, OP_DIV, s, n, a, 0, len, 1);
            OUT(0, sel(l, s_cmp(l, IR_CMP_GT, s, len, C(0)), q, zero(LLVMTypeOf(q))));
        }
        return;
    }
    case K_cw_mul: case K_cw_div: {
        const IrTypeInfo *x = ATI(0);
        OUT(0, map2(l, key == K_cw_mul ? OP_MUL : OP_DIV, x->scalar, ncomp(x), A(0), 0, A(1), 0));
        return;
    }
    case K_outer: {
        const IrTypeInfo *x = ATI(0), *y = ATI(1);
        IrScalar s = (IrScalar)(x->scalar ? x->scalar : y->scalar);
        if (x->kind == TY_SCALAR || y->kind == TY_SCALAR) {
            OUT(0, arith2(l, K_mul, AT(0), A(0), AT(1), A(1), OT(0)));
            return;
        }
        V a = A(0), b = A(1), c[256];
        for (int i = 0; i < x->rows; i++)
            for (int j = 0; j < y->rows; j++)
                c[i * y->rows + j] = MUL(E(a, i), E(b, j));
        OUT(0, build_comps(l, s, c, x->rows * y->rows));
        return;
    }
    case K_transpose: {
        const IrTypeInfo *x = ATI(0);
        V a = A(0), c[256];
        for (int i = 0; i < x->cols; i++)
            for (int j = 0; j < x->rows; j++)
                c[i * x->rows + j] = E(a, j * x->cols + i);
        OUT(0, build_comps(l, x->scalar, c, x->rows * x->cols));
        return;
    }
    case K_determinant: {
        const IrTypeInfo *x = ATI(0);
        IrScalar s = (IrScalar)x->scalar;
        V m = A(0);
        if (x->rows == 2)
            OUT(0, SUB(MUL(E(m, 0), E(m, 3)), MUL(E(m, 2), E(m, 1))));
        else if (x->rows == 3)
            OUT(0, det3(l, s, m));
        else if (x->rows == 4) {
            V z[4][4] = {{0}}, d;
            OUT(0, det4_impl(l, s, m, z, NULL, &d));
        } else
            fail(l, "determinant of %s", type_name(l, AT(0)));
        return;
    }
    case K_inverse: case K_inverse_approx: {
        const IrTypeInfo *x = ATI(0);
        IrScalar s = (IrScalar)x->scalar;
        V m = A(0);
        OUT(0, x->rows == 2 ? inverse2(l, s, m) : x->rows == 3 ? inverse3(l, s, m) : inverse4(l, s, m));
        return;
    }
    case K_diag: {
        const IrTypeInfo *x = ATI(0);
        V a = A(0), r = zero(ltype(l, OT(0)));
        for (int i = 0; i < x->rows; i++)
            r = ins(l, r, E(a, i), (unsigned)(i * x->rows + i));
        OUT(0, r);
        return;
    }
    case K_trace: case K_get_diag: {
        const IrTypeInfo *x = ATI(0);
        IrScalar s = (IrScalar)x->scalar;
        V m = A(0);
        if (key == K_trace) {
            V r = E(m, 0);
            for (int i = 1; i < x->rows; i++)
                r = ADD(r, E(m, i * x->cols + i));
            OUT(0, r);
        } else {
            V c[16];
            for (int i = 0; i < x->rows; i++)
                c[i] = E(m, i * x->cols + i);
            OUT(0, build_comps(l, s, c, x->rows));
        }
        return;
    }
    case K_skew: {
        IrScalar s = scal(l, AT(0));
        V a = A(0);
        V c[9] = {C(0), s_un(l, U_VNEG, s, E(a, 2)), E(a, 1), E(a, 2), C(0), s_un(l, U_VNEG, s, E(a, 0)),
                  s_un(l, U_VNEG, s, E(a, 1)), E(a, 0), C(0)};
        OUT(0, build_comps(l, s, c, 9));
        return;
    }
    case K_ddot: {
        const IrTypeInfo *x = ATI(0);
        IrScalar s = (IrScalar)x->scalar;
        V a = A(0), b = A(1), r = C(0);
        for (int i = 0; i < ncomp(x); i++)
            r = muladd(l, s, E(a, i), E(b, i), r);
        OUT(0, r);
        return;
    }
    case K_quat_identity: case K_transform_identity: {
        const IrTypeInfo *x = ti(l, OT(0));
        IrScalar s = (IrScalar)x->scalar;
        V r = zero(ltype(l, OT(0)));
        OUT(0, ins(l, r, C(1), (unsigned)(ncomp(x) - 1)));
        return;
    }
    case K_quat_from_axis_angle: {
        IrScalar s = scal(l, AT(1));
        V axis = A(0), angle = A(1);
        V half = MUL(angle, C(0.5));
        V w = s_un(l, U_COS, s, half), sn = s_un(l, U_SIN, s, half);
        V c[4] = {MUL(E(axis, 0), sn), MUL(E(axis, 1), sn), MUL(E(axis, 2), sn), w};
        OUT(0, build_comps(l, s, c, 4));
        return;
    }
    case K_quat_rpy: {
        IrScalar s = scal(l, AT(0));
        V roll = A(0), pitch = A(1), yaw = A(2);
        V cy = s_un(l, U_COS, s, MUL(yaw, C(0.5))), sy = s_un(l, U_SIN, s, MUL(yaw, C(0.5)));
        V cr = s_un(l, U_COS, s, MUL(roll, C(0.5))), sr = s_un(l, U_SIN, s, MUL(roll, C(0.5)));
        V cp = s_un(l, U_COS, s, MUL(pitch, C(0.5))), sp = s_un(l, U_SIN, s, MUL(pitch, C(0.5)));
        V w = ADD(MUL(MUL(cy, cr), cp), MUL(MUL(sy, sr), sp));
        V xx = SUB(MUL(MUL(cy, sr), cp), MUL(MUL(sy, cr), sp));
        V y = ADD(MUL(MUL(cy, cr), sp), MUL(MUL(sy, sr), cp));
        V z = SUB(MUL(MUL(sy, cr), cp), MUL(MUL(cy, sr), sp));
        V c[4] = {xx, y, z, w};
        OUT(0, build_comps(l, s, c, 4));
        return;
    }
    case K_quat_inverse: {
        IrScalar s = scal(l, AT(0));
        V q = A(0);
        V c[4] = {s_un(l, U_VNEG, s, E(q, 0)), s_un(l, U_VNEG, s, E(q, 1)), s_un(l, U_VNEG, s, E(q, 2)), E(q, 3)};
        OUT(0, build_comps(l, s, c, 4));
        return;
    }
    case K_quat_rotate: case K_quat_rotate_inv:
        OUT(0, quat_rotate(l, scal(l, AT(0)), A(0), A(1), key == K_quat_rotate_inv));
        return;
    case K_quat_to_matrix: {
        IrScalar s = scal(l, AT(0));
        V q = A(0), c[9];
        for (int j = 0; j < 3; j++) {
            V e = vec3(l, s, C(j == 0), C(j == 1), C(j == 2));
            V col = quat_rotate(l, s, q, e, 0);
            for (int i = 0; i < 3; i++)
                c[i * 3 + j] = E(col, i);
        }
        OUT(0, build_comps(l, s, c, 9));
        return;
    }
    case K_transform_get_translation: OUT(0, sub_comps(l, scal(l, AT(0)), A(0), 0, 3)); return;
    case K_transform_get_rotation: OUT(0, sub_comps(l, scal(l, AT(0)), A(0), 3, 4)); return;
    case K_transform_point: case K_transform_vector: {
        IrScalar s = scal(l, AT(0));
        V t = A(0);
        V r = quat_rotate(l, s, sub_comps(l, s, t, 3, 4), A(1), 0);
        if (key == K_transform_point)
            r = map2(l, OP_ADD, s, 3, sub_comps(l, s, t, 0, 3), 0, r, 0);
        OUT(0, r);
        return;
    }
    case K_transform_multiply: OUT(0, arith2(l, K_mul, AT(0), A(0), AT(1), A(1), OT(0))); return;
    case K_transform_inverse: {
        IrScalar s = scal(l, AT(0));
        V t = A(0);
        V q = sub_comps(l, s, t, 3, 4);
        V qi[4] = {s_un(l, U_VNEG, s, E(q, 0)), s_un(l, U_VNEG, s, E(q, 1)), s_un(l, U_VNEG, s, E(q, 2)), E(q, 3)};
        V qinv = build_comps(l, s, qi, 4);
        V p = map1(l, U_VNEG, s, 3, quat_rotate(l, s, qinv, sub_comps(l, s, t, 0, 3), 0));
        V c[7] = {E(p, 0), E(p, 1), E(p, 2), qi[0], qi[1], qi[2], qi[3]};
        OUT(0, build_comps(l, s, c, 7));
        return;
    }
    case K_spatial_top: OUT(0, sub_comps(l, scal(l, AT(0)), A(0), 0, 3)); return;
    case K_spatial_bottom: OUT(0, sub_comps(l, scal(l, AT(0)), A(0), 3, 3)); return;
    case K_spatial_cross: {
        IrScalar s = scal(l, AT(0));
        V a = A(0), b = A(1);
        V aw = sub_comps(l, s, a, 0, 3), av = sub_comps(l, s, a, 3, 3);
        V bw = sub_comps(l, s, b, 0, 3), bv = sub_comps(l, s, b, 3, 3);
        V w = vcross(l, s, aw, bw);
        V v = map2(l, OP_ADD, s, 3, vcross(l, s, av, bw), 0, vcross(l, s, aw, bv), 0);
        V c[6] = {E(w, 0), E(w, 1), E(w, 2), E(v, 0), E(v, 1), E(v, 2)};
        OUT(0, build_comps(l, s, c, 6));
        return;
    }
    case K_atomic_add: case K_atomic_sub: case K_atomic_min: case K_atomic_max: case K_atomic_and:
    case K_atomic_or: case K_atomic_xor: case K_atomic_exch: {
        V p = arr_ptr(l, A(0), ATI(0)->elem, in->args + 1, na - 2);
        IrType vt = AT(na - 1);
        V v = A(na - 1);
        int aop = key == K_atomic_add || key == K_atomic_sub ? A_ADD : key == K_atomic_min ? A_MIN
                : key == K_atomic_max ? A_MAX : key == K_atomic_and ? A_AND : key == K_atomic_or ? A_OR
                : key == K_atomic_xor ? A_XOR : A_EXCH;
        if (key == K_atomic_sub) {
            const IrTypeInfo *x = ti(l, vt);
            v = x->kind == TY_SCALAR ? s_un(l, U_VNEG, x->scalar, v) : map1(l, U_VNEG, x->scalar, ncomp(x), v);
        }
        V old = atomic_value(l, aop, vt, p, v);
        if (in->nout)
            OUT(0, old);
        return;
    }
    case K_atomic_cas: {
        V p = arr_ptr(l, A(0), ATI(0)->elem, in->args + 1, na - 3);
        IrType vt = AT(na - 1);
        IrScalar s = scal(l, vt);
        V cmpv = A(na - 2), nv = A(na - 1);
        V old;
        if (!l->opt->atomic) {
            old = LLVMBuildLoad2(l->B, sct(l, s), p, "");
            LLVMBuildStore(l->B, sel(l, s_cmp(l, IR_CMP_EQ, s, old, cmpv), nv, old), p);
        } else {
            T it = LLVMIntTypeInContext(l->C, (unsigned)sc_bits(s));
            V pair = LLVMBuildAtomicCmpXchg(l->B, p, LLVMBuildBitCast(l->B, cmpv, it, ""), LLVMBuildBitCast(l->B, nv, it, ""),
                                            LLVMAtomicOrderingMonotonic, LLVMAtomicOrderingMonotonic, 0);
            old = LLVMBuildBitCast(l->B, ext(l, pair, 0), sct(l, s), "");
        }
        if (in->nout)
            OUT(0, old);
        return;
    }
    case K_rand_init: {
        V seed = as_i32(l, in->args[0]);
        if (na == 1)
            OUT(0, pcg(l, seed));
        else
            OUT(0, pcg(l, LLVMBuildAdd(l->B, seed, pcg(l, as_i32(l, in->args[1])), "")));
        return;
    }
    case K_randi: case K_randu: {
        V s = rand_step(l, in->args[0]);
        if (na == 3) {
            V mn = deref(l, in->args[1]), mx = deref(l, in->args[2]);
            V r = int_divmod(l, 1, SC_UINT32, s, LLVMBuildSub(l->B, mx, mn, ""));
            s = LLVMBuildAdd(l->B, r, mn, "");
        }
        OUT(0, s);
        return;
    }
    case K_randf: {
        V u = randf01(l, in->args[0]);
        if (na == 3) {
            V mn = A(1), mx = A(2);
            u = LLVMBuildFAdd(l->B, LLVMBuildFMul(l->B, LLVMBuildFSub(l->B, mx, mn, ""), u, ""), mn, "");
        }
        OUT(0, u);
        return;
    }
    case K_randn: {
        /* sqrt(-2.f * log(randf(state) + RANDN_EPSILON)) * cos(2.f * M_PI_F * randf(state)) */
        V u1 = randf01(l, in->args[0]);
        V lg = libm1(l, "logf", "log", SC_FLOAT32, LLVMBuildFAdd(l->B, u1, LLVMConstReal(l->f32, (double)5.96e-8f), ""));
        V r = LLVMBuildFMul(l->B, LLVMConstReal(l->f32, -2.0), lg, "");
        r = intrinsic(l, "llvm.sqrt", l->f32, &r, 1);
        V u2 = randf01(l, in->args[0]);
        V ang = LLVMBuildFMul(l->B, LLVMConstReal(l->f32, (double)(2.0f * 3.14159265358979323846f)), u2, "");
        OUT(0, LLVMBuildFMul(l->B, r, libm1(l, "cosf", "cos", SC_FLOAT32, ang), ""));
        return;
    }
    case K_expect_eq: case K_expect_neq: case K_expect_near: emit_expect(l, in, key); return;
    case K_quat_slerp: {
        /* quat_to_axis_angle(q0^-1 q1) -> mul(q0, quat_from_axis_angle(axis, t * angle)) */
        IrScalar s = scal(l, AT(0));
        V q0 = A(0), q1 = A(1), t = A(2);
        V qi[4] = {s_un(l, U_VNEG, s, E(q0, 0)), s_un(l, U_VNEG, s, E(q0, 1)), s_un(l, U_VNEG, s, E(q0, 2)), E(q0, 3)};
        V d = quat_mul(l, s, build_comps(l, s, qi, 4), q1);
        V v = sub_comps(l, s, d, 0, 3);
        V len = s_un(l, U_SQRT, s, vdot(l, s, 3, v, v));
        V nv = sel(l, s_cmp(l, IR_CMP_GT, s, len, C(0)), map2(l, OP_DIV, s, 3, v, 0, len, 1), zero(LLVMTypeOf(v)));
        V axis = sel(l, s_cmp(l, IR_CMP_LT, s, E(d, 3), C(0)), map1(l, U_VNEG, s, 3, nv), nv);
        V angle = MUL(C(2), s_bin(l, OP_ATAN2, s, len, s_un(l, U_ABS, s, E(d, 3))));
        V half = MUL(MUL(t, angle), C(0.5));
        V w = s_un(l, U_COS, s, half), sn = s_un(l, U_SIN, s, half);
        V c[4] = {MUL(E(axis, 0), sn), MUL(E(axis, 1), sn), MUL(E(axis, 2), sn), w};
        OUT(0, quat_mul(l, s, q0, build_comps(l, s, c, 4)));
        return;
    }
    case K_spatial_adjoint: {
        IrScalar s = scal(l, AT(0));
        V R = A(0), Sm = A(1), c[36];
        for (int i = 0; i < 36; i++)
            c[i] = C(0);
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) {
                c[i * 6 + j] = E(R, i * 3 + j);
                c[(i + 3) * 6 + j + 3] = E(R, i * 3 + j);
                c[(i + 3) * 6 + j] = E(Sm, i * 3 + j);
            }
        OUT(0, build_comps(l, s, c, 36));
        return;
    }
    case K_closest_point_edge_edge: emit_edge_edge(l, in); return;
    case K_erfinv: case K_erfcinv: emit_erfinv(l, in, key); return;
    case K_svd3: case K_svd2: case K_qr3: case K_eig3: emit_svd(l, in, key); return;
    case K_transform_set_translation: case K_transform_set_rotation: case K_transform_set_translation_copy:
    case K_transform_set_rotation_copy: case K_transform_add_inplace: case K_transform_sub_inplace: {
        /* spatial.h: t.p = p, t.q = q (in place, or on a copy), t.p += / -= v */
        IrScalar s = scal(l, AT(0));
        int copy = key == K_transform_set_translation_copy || key == K_transform_set_rotation_copy;
        int rot = key == K_transform_set_rotation || key == K_transform_set_rotation_copy;
        V t = A(0), v = A(1);
        int off = rot ? 3 : 0, n = rot ? 4 : 3;
        for (int i = 0; i < n; i++) {
            V x = E(v, i);
            if (key == K_transform_add_inplace)
                x = ADD(E(t, off + i), x);
            else if (key == K_transform_sub_inplace)
                x = SUB(E(t, off + i), x);
            t = ins(l, t, x, (unsigned)(off + i));
        }
        if (copy)
            OUT(0, t);
        else
            LLVMBuildStore(l->B, t, addr_of(l, in->args[0]));
        return;
    }
    case K_spatial_cross_dual: {
        IrScalar s = scal(l, AT(0));
        V a = A(0), b = A(1);
        V aw = sub_comps(l, s, a, 0, 3), av = sub_comps(l, s, a, 3, 3);
        V bw = sub_comps(l, s, b, 0, 3), bv = sub_comps(l, s, b, 3, 3);
        V w = map2(l, OP_ADD, s, 3, vcross(l, s, aw, bw), 0, vcross(l, s, av, bv), 0);
        V v = vcross(l, s, aw, bv);
        V c[6] = {E(w, 0), E(w, 1), E(w, 2), E(v, 0), E(v, 1), E(v, 2)};
        OUT(0, build_comps(l, s, c, 6));
        return;
    }
    case K_quat_from_matrix: {
        /* quat.h: the trace branch or the largest diagonal element's, then normalize */
        const IrTypeInfo *x = ATI(0);
        IrScalar s = (IrScalar)x->scalar;
        V m = A(0);
        int nc = x->cols;
#define M(i, j) E(m, (i) * nc + (j))
        V tr = ADD(ADD(M(0, 0), M(1, 1)), M(2, 2));
        V q[4][4]; /* candidates: trace, diag 0, 1, 2 (x y z w) */
        {
            V h = s_un(l, U_SQRT, s, ADD(tr, C(1)));
            V w = MUL(C(0.5), h);
            h = DIVV(C(0.5), h);
            q[0][0] = MUL(SUB(M(2, 1), M(1, 2)), h), q[0][1] = MUL(SUB(M(0, 2), M(2, 0)), h);
            q[0][2] = MUL(SUB(M(1, 0), M(0, 1)), h), q[0][3] = w;
        }
        {
            V h = s_un(l, U_SQRT, s, ADD(SUB(M(0, 0), ADD(M(1, 1), M(2, 2))), C(1)));
            V xx = MUL(C(0.5), h);
            h = DIVV(C(0.5), h);
            q[1][0] = xx, q[1][1] = MUL(ADD(M(0, 1), M(1, 0)), h), q[1][2] = MUL(ADD(M(2, 0), M(0, 2)), h);
            q[1][3] = MUL(SUB(M(2, 1), M(1, 2)), h);
        }
        {
            V h = s_un(l, U_SQRT, s, ADD(SUB(M(1, 1), ADD(M(2, 2), M(0, 0))), C(1)));
            V y = MUL(C(0.5), h);
            h = DIVV(C(0.5), h);
            q[2][1] = y, q[2][2] = MUL(ADD(M(1, 2), M(2, 1)), h), q[2][0] = MUL(ADD(M(0, 1), M(1, 0)), h);
            q[2][3] = MUL(SUB(M(0, 2), M(2, 0)), h);
        }
        {
            V h = s_un(l, U_SQRT, s, ADD(SUB(M(2, 2), ADD(M(0, 0), M(1, 1))), C(1)));
            V z = MUL(C(0.5), h);
            h = DIVV(C(0.5), h);
            q[3][2] = z, q[3][0] = MUL(ADD(M(2, 0), M(0, 2)), h), q[3][1] = MUL(ADD(M(1, 2), M(2, 1)), h);
            q[3][3] = MUL(SUB(M(1, 0), M(0, 1)), h);
        }
        V d1 = s_cmp(l, IR_CMP_GT, s, M(1, 1), M(0, 0));
        V dmax = sel(l, d1, M(1, 1), M(0, 0));
        V d2 = s_cmp(l, IR_CMP_GT, s, M(2, 2), dmax);
        V use_tr = s_cmp(l, IR_CMP_GE, s, tr, C(0));
#undef M
        V c[4];
        for (int k = 0; k < 4; k++)
            c[k] = sel(l, use_tr, q[0][k], sel(l, d2, q[3][k], sel(l, d1, q[2][k], q[1][k])));
        V qq = build_comps(l, s, c, 4);
        V len = s_un(l, U_SQRT, s, qdot(l, s, qq, qq));
        V inv = DIVV(C(1), len);
        V nq = map2(l, OP_MUL, s, 4, qq, 0, inv, 1);
        V id[4] = {C(0), C(0), C(0), C(1)};
        OUT(0, sel(l, s_cmp(l, IR_CMP_GT, s, len, C(0)), nq, build_comps(l, s, id, 4)));
        return;
    }
    case K_tuple: {
        IrType ot = OT(0);
        const IrType *el = ir_type_tuple_elems(l->m, ot, NULL);
        V r = LLVMGetUndef(ltype(l, ot));
        for (int i = 0; i < na && i < ti(l, ot)->rows; i++)
            r = ins(l, r, cast_value(l, A(i), AT(i), el[i]), (unsigned)i);
        OUT(0, r);
        return;
    }
    case K_slice: {
        V r = zero(ltype(l, OT(0)));
        for (int i = 0; i < 3 && i < na; i++)
            r = ins(l, r, as_i32(l, in->args[i]), (unsigned)i);
        OUT(0, r);
        return;
    }
    case K_cast: {
        /* *reinterpret_cast<TRet*>(&a): the bytes of a read as the result type */
        uint64_t al, sa = layout(l->m, AT(0), &al), so = layout(l->m, OT(0), &al);
        if (sa != so)
            fail(l, "wp.cast from %s to %s: the sizes differ (Warp's C++ does not compile)", type_name(l, AT(0)),
                 type_name(l, OT(0)));
        V tmp = LLVMBuildAlloca(l->BA, LLVMTypeOf(A(0)), "");
        LLVMBuildStore(l->B, A(0), tmp);
        OUT(0, LLVMBuildLoad2(l->B, ltype(l, OT(0)), tmp, ""));
        return;
    }
    case K_array: {
        /* wp.array(ptr=, shape=, dtype=): array_t<T>(uint64 data, dim0, ...), contiguous
         * (strides in bytes: the product of the later dims times sizeof(T),
         * computed in size_t and stored as int), no grad, flags 0 */
        IrType ot = OT(0);
        uint64_t align, esz = layout(l->m, ti(l, ot)->elem, &align);
        int nd = na - 1;
        if (nd < 1 || nd > 4)
            fail(l, "wp.array with %d dimensions", nd);
        V r = zero(l->arr_t);
        r = ins(l, r, LLVMBuildIntToPtr(l->B, A(0), l->ptr, ""), 0);
        V shape = zero(LLVMArrayType2(l->i32, 4)), strides = shape;
        V st = ci64(l, (int64_t)esz);
        for (int d = nd - 1; d >= 0; d--) {
            V dim = as_i32(l, in->args[1 + d]);
            shape = ins(l, shape, dim, (unsigned)d);
            strides = ins(l, strides, LLVMBuildTrunc(l->B, st, l->i32, ""), (unsigned)d);
            st = LLVMBuildMul(l->B, st, LLVMBuildSExt(l->B, dim, l->i64, ""), "");
        }
        r = ins(l, ins(l, r, shape, 2), strides, 3);
        OUT(0, ins(l, r, LLVMConstInt(l->i16, (unsigned long long)nd, 0), 4));
        return;
    }
    case K_len: {
        const IrTypeInfo *x = ATI(0);
        if (x->kind == TY_ARRAY)
            OUT(0, arr_dim(l, A(0), 2, 0));
        else
            OUT(0, ci32(l, x->kind == TY_MAT ? x->rows : ncomp(x)));
        return;
    }
    case K_argmin: case K_argmax: {
        /* the first non-NaN extremum, 0 if all are NaN (vec.h) */
        const IrTypeInfo *x = ATI(0);
        IrScalar s = (IrScalar)x->scalar;
        V a = A(0), best = ci32(l, 0), bv = E(a, 0), found = LLVMConstInt(l->i1, 0, 0);
        for (int i = 0; i < ncomp(x); i++) {
            V v = E(a, i);
            V nan = LLVMConstInt(l->i1, 0, 0);
            if (sc_isf(s)) {
                V f = s_cast(l, v, s, SC_FLOAT32);
                nan = LLVMBuildFCmp(l->B, LLVMRealUNO, f, f, "");
            }
            V better = s_cmp(l, key == K_argmin ? IR_CMP_LT : IR_CMP_GT, s, v, bv);
            V take = LLVMBuildAnd(l->B, LLVMBuildNot(l->B, nan, ""), LLVMBuildOr(l->B, LLVMBuildNot(l->B, found, ""), better, ""), "");
            best = sel(l, take, ci32(l, i), best);
            bv = sel(l, take, v, bv);
            found = LLVMBuildOr(l->B, found, LLVMBuildNot(l->B, nan, ""), "");
        }
        OUT(0, best);
        return;
    }
    case K_quat_to_axis_angle: {
        IrScalar s = scal(l, AT(0));
        V q = A(0);
        V v = sub_comps(l, s, q, 0, 3);
        V len = s_un(l, U_SQRT, s, vdot(l, s, 3, v, v));
        V nv = sel(l, s_cmp(l, IR_CMP_GT, s, len, C(0)), map2(l, OP_DIV, s, 3, v, 0, len, 1), zero(LLVMTypeOf(v)));
        V axis = sel(l, s_cmp(l, IR_CMP_LT, s, E(q, 3), C(0)), map1(l, U_VNEG, s, 3, nv), nv);
        V angle = MUL(C(2), s_bin(l, OP_ATAN2, s, len, s_un(l, U_ABS, s, E(q, 3))));
        if (in->nout == 2) {
            OUT(0, axis);
            OUT(1, angle);
        } else {
            LLVMBuildStore(l->B, axis, addr_of(l, in->args[1]));
            LLVMBuildStore(l->B, angle, addr_of(l, in->args[2]));
        }
        return;
    }
    case K_sample_triangle: case K_sample_unit_ring: case K_sample_unit_disk: case K_sample_unit_sphere_surface:
    case K_sample_unit_sphere: case K_sample_unit_hemisphere_surface: case K_sample_unit_hemisphere:
    case K_sample_unit_square: case K_sample_unit_cube: case K_sample_unit_hypercube:
        emit_sample(l, in, key);
        return;
    case K_lower_bound: emit_lower_bound(l, in); return;
    default: break;
    }
    fail(l, "wp.%s (%d arguments) is not supported by the CPU runtime", key_names[key], na);
}

/* ---- field addresses ------------------------------------------------------------------ */
/* the address of field `name` of the value of type t at p; its type in *ft */
static V field_ptr(Lw *l, V p, IrType t, const char *name, IrType *ft) {
    const IrTypeInfo *x = ti(l, t);
    if (x->kind == TY_OPAQUE && mesh_lib_struct(x->rows)) {
        /* MeshQueryPoint, MeshQueryRay, Mesh: the field of the wpclib struct
         * (the type the frontend gave the attribute, which it interned) */
        int k = lib_struct_field(l, mesh_lib_struct(x->rows), name);
        IrType at = ir_type_opaque_field((IrModule *)l->m, t, name);
        if (k < 0 || !at)
            fail(l, "no field '%s' in %s", name, type_name(l, t));
        if (ft)
            *ft = at;
        return LLVMBuildStructGEP2(l->B, ltype(l, t), p, (unsigned)k, "");
    }
    if (x->kind == TY_STRUCT) {
        int k = struct_field(l, t, name, ft);
        if (k < 0)
            fail(l, "no field '%s' in %s", name, type_name(l, t));
        return LLVMBuildStructGEP2(l->B, ltype(l, t), p, (unsigned)k, "");
    }
    if (x->kind == TY_ARRAY) {
        static const char *const names[] = {"data", "grad", "shape", "strides", "ndim"};
        for (unsigned k = 0; k < 5; k++)
            if (!strcmp(names[k], name)) {
                if (ft)
                    *ft = 0;
                return LLVMBuildStructGEP2(l->B, l->arr_t, p, k, "");
            }
    }
    if (x->kind == TY_VEC || x->kind == TY_QUAT || x->kind == TY_TRANSFORM) {
        int k = -1;
        if (x->kind == TY_TRANSFORM)
            k = !strcmp(name, "p") ? 0 : !strcmp(name, "q") ? 3 : -1;
        else if (name[0] && !name[1] && strchr("xyzw", name[0]))
            k = name[0] == 'w' ? 3 : name[0] - 'x';
        if (k >= 0 && k < ncomp(x)) {
            if (ft)
                *ft = 0;
            return dyn_ptr(l, ltype(l, t), p, ci32(l, k));
        }
    }
    fail(l, "field '%s' of %s is not supported by the CPU runtime", name, type_name(l, t));
}

/* the C++ lvalue of an origin path (Warp 1.16), as an address */
static V origin_ptr(Lw *l, const IrOrigin *o, IrType *tout) {
    IrVal root = o->root;
    V p = addr_of(l, root);
    IrType t = vtype(l, root);
    for (int i = 0; i < o->nsteps; i++) {
        const IrOriginStep *st = &o->steps[i];
        if (st->kind == 0) {
            IrType ft = 0;
            V np = field_ptr(l, p, t, st->field, &ft);
            if (!ft) {
                /* a component or array field: its type from the next step or the result */
                const IrTypeInfo *x = ti(l, t);
                if (x->kind == TY_ARRAY || (!ncomp(x)))
                    fail(l, "struct path through %s", type_name(l, t));
                ft = t; /* a component address: callers only store scalars through it */
            }
            p = np;
            t = ft;
        } else if (st->kind == 1) {
            const IrTypeInfo *x = ti(l, t);
            if (x->kind != TY_ARRAY)
                fail(l, "element step on %s", type_name(l, t));
            V arr = LLVMBuildLoad2(l->B, l->arr_t, p, "");
            p = arr_ptr(l, arr, x->elem, st->idx, st->nidx);
            t = x->elem;
        } else {
            const IrTypeInfo *x = ti(l, t);
            V arr = LLVMBuildLoad2(l->B, l->arr_t, p, "");
            V v = arr_view(l, arr, st->idx, st->nidx);
            V tmp = LLVMBuildAlloca(l->BA, l->arr_t, "");
            LLVMBuildStore(l->B, v, tmp);
            p = tmp;
            (void)x;
        }
    }
    if (tout)
        *tout = t;
    return p;
}

/* IR_SLOT_STORE (1.16): arr[i...] then a path of .field, .c[k], [$k],
 * .data[$a][$b] into the element */
static void emit_slot_store(Lw *l, const IrInst *in) {
    int nidx = in->a;
    V arr = A(0);
    V p = arr_ptr(l, arr, ti(l, AT(0))->elem, in->args + 1, nidx);
    IrType t = ti(l, AT(0))->elem;
    const char *c = in->text;
    while (*c) {
        const IrTypeInfo *x = ti(l, t);
        if (!strncmp(c, ".c[", 3)) {
            int k = atoi(c + 3);
            p = dyn_ptr(l, ltype(l, t), p, ci32(l, k));
            t = 0;
            c = strchr(c, ']') + 1;
        } else if (!strncmp(c, ".data[$", 7)) {
            char *e;
            int a = (int)strtol(c + 7, &e, 10);
            int b = (int)strtol(e + 3, &e, 10); /* "][$" */
            V r = wrap_idx(l, as_i32(l, in->args[a]), ci32(l, x->rows));
            V cc = wrap_idx(l, as_i32(l, in->args[b]), ci32(l, x->cols));
            p = dyn_ptr(l, ltype(l, t), p, LLVMBuildAdd(l->B, LLVMBuildMul(l->B, r, ci32(l, x->cols), ""), cc, ""));
            t = 0;
            c = e + 1;
        } else if (!strncmp(c, "[$", 2)) {
            char *e;
            int a = (int)strtol(c + 2, &e, 10);
            p = dyn_ptr(l, ltype(l, t), p, wrap_idx(l, as_i32(l, in->args[a]), ci32(l, ncomp(x))));
            t = 0;
            c = e + 1;
        } else if (*c == '.') {
            char name[128];
            size_t k = 0;
            c++;
            while (*c && *c != '.' && *c != '[' && k < sizeof name - 1)
                name[k++] = *c++;
            name[k] = 0;
            IrType ft = 0;
            if (x->kind == TY_TRANSFORM) {
                p = field_ptr(l, p, t, name, NULL);
                /* p and q: the vector / quaternion inside the transform */
                IrType sub = 0;
                for (int i = 0; i < l->m->ntypes && !sub; i++) {
                    const IrTypeInfo *y = ti(l, (IrType)i);
                    if (y->scalar == x->scalar &&
                        ((name[0] == 'p' && y->kind == TY_VEC && y->rows == 3) || (name[0] == 'q' && y->kind == TY_QUAT)))
                        sub = (IrType)i;
                }
                if (!sub)
                    fail(l, "slot store path %s", in->text);
                t = sub;
            } else {
                p = field_ptr(l, p, t, name, &ft);
                t = ft;
            }
        } else {
            fail(l, "slot store path %s", in->text);
        }
        if (!t && *c)
            fail(l, "slot store path %s", in->text);
    }
    IrVal vv = in->args[1 + nidx];
    LLVMBuildStore(l->B, deref(l, vv), p);
}

/* ---- control flow ---------------------------------------------------------------------- */
static int terminated(Lw *l) { return LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(l->B)) != NULL; }

static void br(Lw *l, LLVMBasicBlockRef to) {
    if (!terminated(l))
        LLVMBuildBr(l->B, to);
}

static LLVMBasicBlockRef new_block(Lw *l) { return LLVMAppendBasicBlockInContext(l->C, l->fn, ""); }

/* code after a jump continues in an unreachable block */
static void dead_block(Lw *l) { LLVMPositionBuilderAtEnd(l->B, new_block(l)); }

static void push(Lw *l, int kind, LLVMBasicBlockRef start, LLVMBasicBlockRef end) {
    if (l->nctl >= 256)
        fail(l, "control flow nested too deeply");
    l->ctl[l->nctl++] = (Ctl){kind, start, end};
}

static void open_if(Lw *l, V cond) {
    LLVMBasicBlockRef then = new_block(l), end = new_block(l);
    LLVMBuildCondBr(l->B, cond, then, end);
    LLVMPositionBuilderAtEnd(l->B, then);
    push(l, CT_IF, NULL, end);
}

static void close_block(Lw *l) {
    if (!l->nctl)
        fail(l, "internal: unbalanced block end");
    Ctl c = l->ctl[--l->nctl];
    br(l, c.end);
    LLVMPositionBuilderAtEnd(l->B, c.end);
}

static Ctl *innermost_loop(Lw *l) {
    for (int i = l->nctl - 1; i >= 0; i--)
        if (l->ctl[i].kind == CT_LOOP)
            return &l->ctl[i];
    fail(l, "internal: break/continue outside a loop");
}

static void emit_return(Lw *l, const IrInst *in) {
    const IrFunc *f = l->f;
    if (f->kind == IRK_KERNEL || f->nret == 0 || in->nargs == 0) {
        if (f->kind != IRK_KERNEL && f->nret == 1)
            LLVMBuildRet(l->B, zero(ltype(l, f->ret[0])));
        else
            LLVMBuildRetVoid(l->B);
    } else if (f->nret == 1) {
        LLVMBuildRet(l->B, cast_value(l, A(0), AT(0), f->ret[0]));
    } else {
        for (int i = 0; i < in->nargs && i < f->nret; i++)
            LLVMBuildStore(l->B, cast_value(l, A(i), AT(i), f->ret[i]), l->ret_ptrs[i]);
        LLVMBuildRetVoid(l->B);
    }
    dead_block(l);
}

/* ---- @wp.func_native snippets ------------------------------------------------
 * A snippet is C++ written against Warp's native headers; the runtime
 * compiles it with the system's C++ compiler against wpclib/native.hpp
 * (wpc's own header giving the value types the layouts this lowering uses)
 * and binds the wrapper llvm_native_source writes for it.  The call passes
 * the arguments by address in an array, the result through a pointer. */

/* the symbol of user function f: PREFIX<native name>SUFFIX (_func, or _native
 * for a snippet's wrapper) */
static const char *func_symbol(Arena *arena, const WlOptions *opt, const IrFunc *f, const char *suffix) {
    return arena_printf(arena, "%s%s%s", opt->prefix ? opt->prefix : "", f->native ? f->native : f->name, suffix);
}

/* a type the native header can hold: 1, else 0 */
static int native_type_ok(const IrModule *m, IrType t) {
    const IrTypeInfo *x = ir_type_info(m, t);
    switch (x->kind) {
    case TY_VOID: case TY_SCALAR: case TY_VEC: case TY_MAT: case TY_QUAT: case TY_TRANSFORM: return 1;
    case TY_ARRAY: return native_type_ok(m, x->elem);
    case TY_TILE: return native_type_ok(m, x->elem); /* by reference: wp::tile_ref (native.hpp) */
    case TY_STRUCT: {
        const IrStruct *st = m->structs[x->strct];
        if (!st->native_name)
            return 0;
        for (int i = 0; i < st->nfields; i++)
            if (!native_type_ok(m, st->fields[i].type))
                return 0;
        return 1;
    }
    default: return 0;
    }
}

static void emit_native_call(Lw *l, const IrInst *in, const IrFunc *g, V fn) {
    for (int i = 0; i < g->nparams; i++)
        if (!native_type_ok(l->m, strip(l, g->vals[g->params[i]].type)))
            fail(l, "@wp.func_native %s: a %s parameter is not supported by the CPU runtime", g->name,
                 type_name(l, strip(l, g->vals[g->params[i]].type)));
    if (g->nret > 1 || (g->nret == 1 && (!native_type_ok(l->m, g->ret[0]) || ir_type_is_tile(l->m, g->ret[0]))))
        fail(l, "@wp.func_native %s: its return type is not supported by the CPU runtime", g->name);
    int n = in->nargs < g->nparams ? in->nargs : g->nparams;
    V args = LLVMBuildAlloca(l->BA, LLVMArrayType2(l->ptr, (uint64_t)(n ? n : 1)), "");
    for (int i = 0; i < n; i++) {
        IrType pt = strip(l, g->vals[g->params[i]].type);
        V p;
        if (is_tile_type(l, pt)) {
            /* {T *data; int ndim; int shape[4]; int strides[4]} (strides in elements) */
            Tl t = tl_val(l, in->args[i]);
            T dt[4] = {l->ptr, l->i32, LLVMArrayType2(l->i32, 4), LLVMArrayType2(l->i32, 4)};
            T st = LLVMStructTypeInContext(l->C, dt, 4, 0);
            V d = LLVMGetUndef(st), sh = LLVMGetUndef(dt[2]), sd = LLVMGetUndef(dt[3]);
            for (int k = 0; k < 4; k++) {
                sh = ins(l, sh, ci32(l, k < t.ndim ? t.shape[k] : 1), (unsigned)k);
                sd = ins(l, sd, ci32(l, k < t.ndim ? t.stride[k] : 0), (unsigned)k);
            }
            d = ins(l, ins(l, ins(l, ins(l, d, t.p, 0), ci32(l, t.ndim), 1), sh, 2), sd, 3);
            p = LLVMBuildAlloca(l->BA, st, "");
            LLVMBuildStore(l->B, d, p);
        } else {
            p = LLVMBuildAlloca(l->BA, ltype(l, pt), "");
            LLVMBuildStore(l->B, cast_value(l, A(i), AT(i), pt), p);
        }
        V at[2] = {ci32(l, 0), ci32(l, i)};
        LLVMBuildStore(l->B, p, LLVMBuildGEP2(l->B, LLVMArrayType2(l->ptr, (uint64_t)n), args, at, 2, ""));
    }
    V ret = g->nret == 1 ? LLVMBuildAlloca(l->BA, ltype(l, g->ret[0]), "") : LLVMConstNull(l->ptr);
    V a[2] = {args, ret};
    LLVMBuildCall2(l->B, l->fnty[in->func], fn, a, 2, "");
    if (g->nret == 1 && in->nout == 1)
        OUT(0, LLVMBuildLoad2(l->B, ltype(l, g->ret[0]), ret, ""));
}

/* the C++ definition of struct s (its struct fields first), once */
static void native_struct(const IrModule *m, int s, char *done, Buf *out) {
    if (done[s])
        return;
    done[s] = 1;
    const IrStruct *st = m->structs[s];
    for (int i = 0; i < st->nfields; i++) {
        const IrTypeInfo *x = ir_type_info(m, st->fields[i].type);
        if (x->kind == TY_STRUCT)
            native_struct(m, x->strct, done, out);
        if (x->kind == TY_ARRAY && ir_type_info(m, x->elem)->kind == TY_STRUCT)
            native_struct(m, ir_type_info(m, x->elem)->strct, done, out);
    }
    buf_printf(out, "struct %s {\n", st->native_name);
    for (int i = 0; i < st->nfields; i++) {
        buf_puts(out, "    ");
        ir_type_ctype(m, st->fields[i].type, out);
        buf_printf(out, " %s;\n", st->fields[i].name);
    }
    buf_puts(out, "};\n");
}

int llvm_native_source(const IrModule *m, struct LLVMOpaqueModule *mod, const char *prefix, Arena *arena, Buf *out) {
    WlOptions opt = {prefix, 0, 0, NULL, 0};
    char *done = arena_alloc(arena, (size_t)m->nstructs + 1);
    Buf fns = {0};
    int n = 0;
    for (int i = 0; i < m->nfuncs; i++) {
        const IrFunc *f = m->funcs[i];
        const char *w = f->kind == IRK_FUNC && f->native_snippet ? func_symbol(arena, &opt, f, "_native") : NULL;
        if (!w || !LLVMGetNamedFunction(mod, w) || !LLVMGetFirstUse(LLVMGetNamedFunction(mod, w)))
            continue;
        n++;
        for (int k = 0; k <= f->nparams; k++) { /* the parameters' and the result's structs */
            if (k == f->nparams && f->nret != 1)
                break;
            const IrTypeInfo *x = ir_type_info(m, k < f->nparams ? f->vals[f->params[k]].type : f->ret[0]);
            if (x->kind == TY_ARRAY)
                x = ir_type_info(m, x->elem);
            if (x->kind == TY_STRUCT)
                native_struct(m, x->strct, done, out);
        }
        /* the function as Warp prints it, then the wrapper */
        Buf rt = {0};
        if (f->nret == 1)
            ir_type_ctype(m, f->ret[0], &rt);
        else
            buf_puts(&rt, "void");
        buf_put(&rt, "", 1);
        /* tile parameters are template parameters, as Warp prints them */
        buf_printf(&fns, "#line %d \"%s\"\n", f->fun_lineno, f->name);
        int nt = 0;
        for (int k = 0; k < f->nparams; k++)
            if (ir_type_is_tile(m, f->vals[f->params[k]].type))
                buf_printf(&fns, "%stypename tile_t%d", nt++ ? ", " : "template <", k);
        if (nt)
            buf_puts(&fns, ">\n");
        buf_printf(&fns, "static CUDA_CALLABLE %s %s(", rt.data, f->native);
        for (int k = 0; k < f->nparams; k++) {
            buf_puts(&fns, k ? ",\n    " : "\n    ");
            if (ir_type_is_tile(m, f->vals[f->params[k]].type))
                buf_printf(&fns, "tile_t%d&", k);
            else
                ir_type_ctype(m, f->vals[f->params[k]].type, &fns);
            buf_printf(&fns, " %s", f->vals[f->params[k]].name);
        }
        /* the compiler's messages name the snippet and its line */
        buf_printf(&fns, ")\n{\n#line 1 \"%s snippet\"\n%s}\n", f->name, f->native_snippet);
        buf_printf(&fns, "extern \"C\" void %s(void **a, void *r) {\n    ", w);
        if (f->nret == 1)
            buf_printf(&fns, "*(%s *)r = ", rt.data);
        else
            buf_puts(&fns, "(void)r;\n    ");
        buf_printf(&fns, "%s(", f->native);
        for (int k = 0; k < f->nparams; k++) {
            IrType pt = f->vals[f->params[k]].type;
            buf_printf(&fns, "%s*(", k ? ", " : "");
            if (ir_type_is_tile(m, pt)) {
                buf_puts(&fns, "wp::tile_ref<");
                ir_type_ctype(m, ir_type_info(m, pt)->elem, &fns);
                buf_puts(&fns, ">");
            } else {
                ir_type_ctype(m, pt, &fns);
            }
            buf_printf(&fns, " *)a[%d]", k);
        }
        buf_puts(&fns, ");\n}\n");
        buf_free(&rt);
    }
    if (fns.len)
        buf_put(out, fns.data, fns.len);
    buf_free(&fns);
    return n;
}

static void emit_user_call(Lw *l, const IrInst *in) {
    if (in->func <= -2) {
        /* struct constructor: the given fields, the rest zero */
        IrType ot = OT(0);
        V r = zero(ltype(l, ot));
        for (int i = 0; i < in->nargs; i++)
            r = ins(l, r, A(i), (unsigned)i);
        OUT(0, r);
        return;
    }
    const IrFunc *g = l->m->funcs[in->func];
    V fn = l->fns[in->func];
    if (fn && g->native_snippet) {
        emit_native_call(l, in, g, fn);
        return;
    }
    if (!fn)
        fail(l, "internal: call of an unlowered function %s", g->name);
    V args[64];
    int n = 0;
    for (int i = 0; i < in->nargs && n < 64; i++)
        args[n++] = cast_value(l, A(i), AT(i), strip(l, g->vals[g->params[i]].type));
    if (g->nret > 1)
        for (int i = 0; i < in->nout && n < 64; i++)
            args[n++] = slot(l, in->outs[i]);
    V r = LLVMBuildCall2(l->B, l->fnty[in->func], fn, args, (unsigned)n, "");
    if (g->nret == 1 && in->nout == 1)
        OUT(0, r);
}

static void emit_body(Lw *l) {
    const IrFunc *f = l->f;
    for (int k = 0; k < f->ninsts; k++) {
        const IrInst *in = &f->insts[k];
        switch ((IrOp)in->op) {
        case IR_LINE: case IR_ASSERT: case IR_ADJ_ASSIGN: break;
        case IR_CALL:
            if (in->builtin)
                emit_builtin(l, in);
            else
                emit_user_call(l, in);
            break;
        case IR_SETCONST: {
            const IrValue *c = val(l, in->args[0]);
            set(l, in->outs[0], const_of(l, &c->cval, val(l, in->outs[0])->type));
            break;
        }
        case IR_COMP: {
            V r = LLVMConstInt(l->i1, 1, 0);
            for (int i = 0; i + 1 < in->nargs; i++)
                r = LLVMBuildAnd(l->B, r, compare(l, in->ops[i], in->args[i], in->args[i + 1]), "");
            OUT(0, b2i8(l, r));
            break;
        }
        case IR_BOOL_INIT: {
            if (l->m->warp_minor < 16 && in->nargs > 1) {
                V r = truth_of(l, in->args[0]);
                for (int i = 1; i < in->nargs; i++)
                    r = in->a ? LLVMBuildAnd(l->B, r, truth_of(l, in->args[i]), "")
                              : LLVMBuildOr(l->B, r, truth_of(l, in->args[i]), "");
                OUT(0, b2i8(l, r));
            } else {
                OUT(0, b2i8(l, truth_of(l, in->args[0])));
            }
            break;
        }
        case IR_BOOL_BEGIN: {
            V c = truth_of(l, in->outs[0]);
            open_if(l, in->a ? c : LLVMBuildNot(l->B, c, ""));
            break;
        }
        case IR_BOOL_STEP: {
            V o = truth_of(l, in->outs[0]), x = truth_of(l, in->args[0]);
            OUT(0, b2i8(l, in->a ? LLVMBuildAnd(l->B, o, x, "") : LLVMBuildOr(l->B, o, x, "")));
            break;
        }
        case IR_BOOL_END: close_block(l); break;
        case IR_IF_BEGIN: open_if(l, truth_of(l, in->args[0])); break;
        case IR_ELSE_BEGIN: open_if(l, LLVMBuildNot(l->B, truth_of(l, in->args[0]), "")); break;
        case IR_IF_END: case IR_ELSE_END:
            if (in->a != 2)
                close_block(l);
            break;
        case IR_FOR_BEGIN: {
            IrVal it = in->args[0];
            if (is_hash_grid_query(l, vtype(l, it))) {
                /* iter_cmp(query): hash_grid_query_next(query, query.current) */
                LLVMBasicBlockRef start = new_block(l), body = new_block(l), end = new_block(l);
                br(l, start);
                LLVMPositionBuilderAtEnd(l->B, start);
                V idx, found = hash_grid_next(l, "hash_grid_iter_cmp", addr_of(l, it), &idx);
                LLVMBuildCondBr(l->B, found, body, end);
                LLVMPositionBuilderAtEnd(l->B, body);
                push(l, CT_LOOP, start, end);
                break;
            }
            if (is_mesh_query(l, vtype(l, it), OQ_MESH_QUERY_AABB)) {
                /* iter_cmp(query): mesh_query_aabb_next(query, query.face) */
                LLVMBasicBlockRef start = new_block(l), body = new_block(l), end = new_block(l);
                br(l, start);
                LLVMPositionBuilderAtEnd(l->B, start);
                V found = mq_iter_cmp(l, addr_of(l, it));
                LLVMBuildCondBr(l->B, found, body, end);
                LLVMPositionBuilderAtEnd(l->B, body);
                push(l, CT_LOOP, start, end);
                break;
            }
            if (ti(l, vtype(l, it))->kind != TY_RANGE)
                fail(l, "iteration over %s is not supported by the CPU runtime", type_name(l, vtype(l, it)));
            LLVMBasicBlockRef start = new_block(l), body = new_block(l), end = new_block(l);
            br(l, start);
            LLVMPositionBuilderAtEnd(l->B, start);
            /* iter_cmp(range) */
            V r = deref(l, it);
            V i = ext(l, r, 3), e = ext(l, r, 1), st = ext(l, r, 2);
            V up = LLVMBuildICmp(l->B, LLVMIntSLT, i, e, ""), down = LLVMBuildICmp(l->B, LLVMIntSGT, i, e, "");
            V c = sel(l, LLVMBuildICmp(l->B, LLVMIntSGT, st, ci32(l, 0), ""), up,
                      sel(l, LLVMBuildICmp(l->B, LLVMIntSLT, st, ci32(l, 0), ""), down, LLVMConstInt(l->i1, 0, 0)));
            LLVMBuildCondBr(l->B, c, body, end);
            LLVMPositionBuilderAtEnd(l->B, body);
            push(l, CT_LOOP, start, end);
            break;
        }
        case IR_FOR_BODY: break;
        case IR_FOR_END: case IR_WHILE_END: {
            if (!l->nctl || l->ctl[l->nctl - 1].kind != CT_LOOP)
                fail(l, "internal: unbalanced loop end");
            Ctl c = l->ctl[--l->nctl];
            br(l, c.start);
            LLVMPositionBuilderAtEnd(l->B, c.end);
            break;
        }
        case IR_WHILE_BEGIN: {
            LLVMBasicBlockRef start = new_block(l), end = new_block(l);
            br(l, start);
            LLVMPositionBuilderAtEnd(l->B, start);
            push(l, CT_LOOP, start, end);
            break;
        }
        case IR_WHILE_COND: {
            LLVMBasicBlockRef body = new_block(l);
            LLVMBuildCondBr(l->B, truth_of(l, in->args[0]), body, l->ctl[l->nctl - 1].end);
            LLVMPositionBuilderAtEnd(l->B, body);
            break;
        }
        case IR_BREAK: case IR_CONTINUE: {
            Ctl *c = innermost_loop(l);
            br(l, in->op == IR_BREAK ? c->end : c->start);
            dead_block(l);
            break;
        }
        case IR_RETURN: emit_return(l, in); break;
        case IR_RETURN_DEFAULT: {
            if (l->f->kind != IRK_KERNEL && l->f->nret == 1)
                LLVMBuildRet(l->B, zero(ltype(l, l->f->ret[0])));
            else
                LLVMBuildRetVoid(l->B);
            dead_block(l);
            break;
        }
        case IR_ATTR_ADDR: {
            V p;
            if (in->a == 2 && in->origin) {
                p = origin_ptr(l, in->origin, NULL);
            } else {
                IrVal a = in->args[0];
                p = field_ptr(l, addr_of(l, a), vtype(l, a), in->text, NULL);
            }
            OUT(0, p);
            break;
        }
        case IR_ATTR_STORE: {
            IrVal a = in->args[0];
            V p = field_ptr(l, addr_of(l, a), vtype(l, a), in->text, NULL);
            LLVMBuildStore(l->B, A(1), p);
            break;
        }
        case IR_SLOT_STORE: emit_slot_store(l, in); break;
        case IR_TEXT: fail(l, "raw code (%s) is not supported by the CPU runtime", in->text ? in->text : "");
        }
    }
}

/* ---- functions and kernels ------------------------------------------------------------------ */
/* Which values can live in registers instead of stack slots: written once,
 * read only after that write while the block that wrote it is still open
 * (so the write dominates every read), never mutated in place or through
 * an address, and not the root of a struct member lvalue.  Everything else
 * keeps its slot (SROA promotes those later); fewer slots make the IR given
 * to the optimiser much smaller. */
static void use_at(uint8_t *ok, const int *def_k, const int *def_blk, const int *open, int nopen, int k, IrVal v) {
    if (!ok[v])
        return;
    if (def_k[v] == INT32_MIN || def_k[v] >= k) {
        ok[v] = 0;
        return;
    }
    int b = def_blk[v];
    for (int i = 0; i < nopen; i++)
        if (open[i] == b)
            return;
    ok[v] = 0;
}

static void analyze_ssa(Lw *l) {
    const IrFunc *f = l->f;
    int n = f->nvals;
    uint8_t *ok = l->in_ssa;
    int *defs = arena_alloc(l->arena, sizeof(int) * (size_t)(n + 1));
    int *def_k = arena_alloc(l->arena, sizeof(int) * (size_t)(n + 1));
    int *def_blk = arena_alloc(l->arena, sizeof(int) * (size_t)(n + 1));
    int open[256], nopen = 1, nextblk = 1;
    open[0] = 0;
    memset(ok, 1, (size_t)n);
    for (int i = 0; i < n; i++) {
        def_k[i] = INT32_MIN;
        const IrValue *x = &f->vals[i];
        if (x->is_const || x->cstr || ir_type_is_tile(l->m, x->type) || ti(l, x->type)->kind == TY_TILE_STACK)
            ok[i] = 0; /* tiles and tile stacks live in memory (see tiles) */
        if (x->label == -1 && !x->is_arg && x->name && strchr(x->name, '.')) {
            /* a member lvalue and its root stay in memory */
            ok[i] = 0;
            const char *s = x->name;
            if (s[0] >= '0' && s[0] <= '9') {
                int lab = atoi(s);
                if (lab >= 0 && lab < f->nvars)
                    ok[f->varlist[lab]] = 0;
            } else {
                size_t k = (size_t)(strchr(s, '.') - s);
                for (int p = 0; p < f->nparams; p++)
                    if (strlen(f->vals[f->params[p]].name) == k && !strncmp(f->vals[f->params[p]].name, s, k))
                        ok[f->params[p]] = 0;
            }
        }
    }
    /* parameters are defined on entry; struct kernel parameters are copied
     * into slots (SROA splits the copy) */
    for (int p = 0; p < f->nparams; p++) {
        if (f->kind == IRK_KERNEL && ti(l, f->vals[f->params[p]].type)->kind == TY_STRUCT)
            ok[f->params[p]] = 0;
        defs[f->params[p]] = 1;
        def_k[f->params[p]] = -1;
        def_blk[f->params[p]] = 0;
    }
    for (int k = 0; k < f->ninsts; k++) {
        const IrInst *in = &f->insts[k];
        /* reads */
        for (int a = 0; a < in->nargs; a++)
            use_at(ok, def_k, def_blk, open, nopen, k, in->args[a]);
        if (in->origin) {
            use_at(ok, def_k, def_blk, open, nopen, k, in->origin->root);
            for (int st = 0; st < in->origin->nsteps; st++)
                for (int q = 0; q < in->origin->steps[st].nidx; q++)
                    use_at(ok, def_k, def_blk, open, nopen, k, in->origin->steps[st].idx[q]);
        }
        if (in->op == IR_BOOL_BEGIN || in->op == IR_BOOL_STEP || in->op == IR_BOOL_END)
            for (int o = 0; o < in->nout; o++)
                ok[in->outs[o]] = 0;
        /* writes */
        for (int o = 0; o < in->nout; o++) {
            IrVal v = in->outs[o];
            defs[v]++;
            def_k[v] = k;
            def_blk[v] = open[nopen - 1];
            if (in->op == IR_CALL && !in->builtin && in->nout > 1)
                ok[v] = 0; /* results written through pointers */
        }
        /* addresses */
        if (in->op == IR_ATTR_ADDR) {
            ok[in->args[0]] = 0;
            if (in->origin)
                ok[in->origin->root] = 0;
        }
        if (in->op == IR_ATTR_STORE && in->nargs)
            ok[in->args[0]] = 0;
        if (in->op == IR_CALL && in->builtin && in->nargs) {
            int key = key_of_builtin[in->builtin];
            /* mesh and BVH queries: out arguments, states advanced in place */
            int mq_first, mq_n = mq_out_args(l, in, key, &mq_first);
            for (int a = mq_first; a < mq_first + mq_n && a < in->nargs; a++)
                ok[in->args[a]] = 0;
            switch (key) {
            case K_transform_set_translation: case K_transform_set_rotation: case K_transform_add_inplace:
            case K_transform_sub_inplace:
            case K_hash_grid_query_next:
                ok[in->args[0]] = 0;
                ok[in->args[1]] = 0;
                break;
            case K_bvh_query_next_tiled: case K_tile_bvh_query_next: case K_mesh_query_aabb_next_tiled:
            case K_tile_mesh_query_aabb_next:
            case K_assign: case K_iter_next: case K_randi: case K_randf: case K_randn: case K_randu:
            case K_assign_inplace: case K_add_inplace: case K_sub_inplace: case K_index: case K_indexref:
            case K_bit_and_inplace: case K_bit_or_inplace: case K_bit_xor_inplace: case K_sample_cdf:
            case K_sample_triangle: case K_sample_unit_ring: case K_sample_unit_disk: case K_sample_unit_sphere_surface:
            case K_sample_unit_sphere: case K_sample_unit_hemisphere_surface: case K_sample_unit_hemisphere:
            case K_sample_unit_square: case K_sample_unit_cube: case K_sample_unit_hypercube:
                ok[in->args[0]] = 0;
                break;
            case K_quat_to_axis_angle: case K_svd3: case K_svd2: case K_qr3: case K_eig3:
                for (int a = 1; a < in->nargs; a++)
                    ok[in->args[a]] = 0;
                break;
            default:
                /* wpclib's poisson: the random state, by reference */
                if (!key && !strcmp(ir_builtin_key(in->builtin), "poisson"))
                    ok[in->args[0]] = 0;
                /* wpclib's volume gradients: the grad argument, by reference */
                if (!key && vol_grad_arg(ir_builtin_key(in->builtin)) >= 0 &&
                    vol_grad_arg(ir_builtin_key(in->builtin)) < in->nargs)
                    ok[in->args[vol_grad_arg(ir_builtin_key(in->builtin))]] = 0;
                break;
            }
        }
        /* blocks */
        switch ((IrOp)in->op) {
        case IR_IF_BEGIN: case IR_ELSE_BEGIN: case IR_BOOL_BEGIN: case IR_FOR_BEGIN: case IR_WHILE_BEGIN:
            if (nopen < 256)
                open[nopen++] = nextblk++;
            break;
        case IR_IF_END: case IR_ELSE_END:
            if (in->a != 2 && nopen > 1)
                nopen--;
            break;
        case IR_BOOL_END: case IR_FOR_END: case IR_WHILE_END:
            if (nopen > 1)
                nopen--;
            break;
        default: break;
        }
    }
    for (int i = 0; i < n; i++)
        if (defs[i] != 1)
            ok[i] = 0;
}

static void begin_function(Lw *l, const IrFunc *f, V fn) {
    l->f = f;
    l->fn = fn;
    l->nctl = 0;
    l->slots = arena_alloc(l->arena, sizeof(V) * (size_t)(f->nvals + 1));
    l->ssa = arena_alloc(l->arena, sizeof(V) * (size_t)(f->nvals + 1));
    l->in_ssa = arena_alloc(l->arena, (size_t)f->nvals + 1);
    analyze_ssa(l);
    l->alloca_bb = LLVMAppendBasicBlockInContext(l->C, fn, "entry");
    LLVMPositionBuilderAtEnd(l->BA, l->alloca_bb);
    LLVMPositionBuilderAtEnd(l->B, new_block(l));
    l->args_ptr = NULL;
    memset(l->coords, 0, sizeof l->coords);
    l->ret_ptrs = NULL;
}

static void end_function(Lw *l) {
    if (!terminated(l)) {
        if (l->f->kind != IRK_KERNEL && l->f->nret == 1)
            LLVMBuildRet(l->B, zero(ltype(l, l->f->ret[0])));
        else
            LLVMBuildRetVoid(l->B);
    }
    /* the entry block falls into the first body block */
    LLVMBasicBlockRef first = LLVMGetNextBasicBlock(l->alloca_bb);
    LLVMBuildBr(l->BA, first);
}

static void lower_func(Lw *l, int idx) {
    const IrFunc *f = l->m->funcs[idx];
    V fn = l->fns[idx];
    begin_function(l, f, fn);
    for (int i = 0; i < f->nparams; i++) {
        if (l->in_ssa[f->params[i]])
            l->ssa[f->params[i]] = LLVMGetParam(fn, (unsigned)i);
        else
            LLVMBuildStore(l->BA, LLVMGetParam(fn, (unsigned)i), slot(l, f->params[i]));
    }
    if (f->nret > 1) {
        l->ret_ptrs = arena_alloc(l->arena, sizeof(V) * (size_t)f->nret);
        for (int i = 0; i < f->nret; i++)
            l->ret_ptrs[i] = LLVMGetParam(fn, (unsigned)(f->nparams + i));
    }
    emit_body(l);
    end_function(l);
}

/* The entry point: for task in [start, end): body(args, coordinates).
 * Warp's launch_coord unravels each task index with divisions; here the
 * start index is unravelled once.  Without coord_mult the tasks then run
 * row by row: an inner counted loop over the last (fastest) coordinate,
 * which the optimiser can vectorise, and a carry into the outer
 * coordinates between rows.  With coord_mult > 1 (a launch with more
 * dimensions than the kernel's wp.tid()) the coordinates advance as an
 * odometer, coord_mult tasks per tuple. */
static void build_entry(Lw *l, const IrFunc *f, WlKernel *k, V body, T bty) {
    int n = f->dim < 1 ? 1 : f->dim > 4 ? 4 : f->dim;
    T ep[4] = {l->ptr, l->ptr, l->i64, l->i64};
    T ety = LLVMFunctionType(l->vd, ep, 4, 0);
    k->entry = arena_printf(l->arena, "%s%s_entry", l->opt->prefix ? l->opt->prefix : "", f->native);
    V entry = LLVMAddFunction(l->M, k->entry, ety);
    for (unsigned i = 0; i < 2; i++) {
        static const char *const attrs[] = {"noalias", "nocapture", "readonly"};
        for (int a = 0; a < 3; a++) {
            unsigned kind = LLVMGetEnumAttributeKindForName(attrs[a], strlen(attrs[a]));
            LLVMAddAttributeAtIndex(entry, i + 1, LLVMCreateEnumAttribute(l->C, kind, 0));
        }
    }
    /* the argument block and bounds are readable in full: loads from them
     * may be hoisted out of conditional code */
    unsigned deref_kind = LLVMGetEnumAttributeKindForName("dereferenceable", 15);
    LLVMAddAttributeAtIndex(entry, 1, LLVMCreateEnumAttribute(l->C, deref_kind, k->args_size ? k->args_size : 1));
    LLVMAddAttributeAtIndex(entry, 2, LLVMCreateEnumAttribute(l->C, deref_kind, sizeof(WlBounds)));
    V args = LLVMGetParam(entry, 0), bounds = LLVMGetParam(entry, 1);
    V start = LLVMGetParam(entry, 2), end = LLVMGetParam(entry, 3);
    LLVMBuilderRef B = l->B;
#define BB() LLVMAppendBasicBlockInContext(l->C, entry, "")
    LLVMBasicBlockRef b0 = BB(), pick = BB(), rows = BB(), gen = BB(), done = BB();
    LLVMPositionBuilderAtEnd(B, b0);
    /* the arguments copied once into a local block: after inlining, SROA
     * turns every parameter into a value computed before the loops */
    if (k->args_size) {
        V local = LLVMBuildAlloca(B, LLVMArrayType2(l->i8, k->args_size), "");
        LLVMSetAlignment(local, 16);
        LLVMBuildMemCpy(B, local, 16, args, (unsigned)k->args_align, ci64(l, (int64_t)k->args_size));
        args = local;
    }
    V cm = LLVMBuildLoad2(B, l->i64, LLVMBuildStructGEP2(B, l->bounds_t, bounds, 2, ""), "");
    V shp = LLVMBuildStructGEP2(B, l->bounds_t, bounds, 0, "");
    V shape[4], shape64[4];
    for (int d = 0; d < 4; d++) {
        shape[d] = LLVMBuildLoad2(B, l->i32, dyn_ptr(l, LLVMArrayType2(l->i32, 4), shp, ci32(l, d)), "");
        shape64[d] = LLVMBuildSExt(B, shape[d], l->i64, "");
    }
    LLVMBuildCondBr(B, LLVMBuildICmp(B, LLVMIntULT, start, end, ""), pick, done);
    LLVMPositionBuilderAtEnd(B, pick);
    V simple = LLVMBuildICmp(B, LLVMIntULE, cm, ci64(l, 1), "");
    LLVMBuildCondBr(B, simple, rows, gen);

    /* rows: unravel start; per row an inner loop over the last coordinate */
    LLVMPositionBuilderAtEnd(B, rows);
    V c0[4], lin = start;
    for (int d = 0; d < 4; d++)
        c0[d] = ci32(l, 0);
    for (int d = n - 1; d >= 1; d--) {
        c0[d] = LLVMBuildTrunc(B, LLVMBuildURem(B, lin, shape64[d], ""), l->i32, "");
        lin = LLVMBuildUDiv(B, lin, shape64[d], "");
    }
    c0[0] = LLVMBuildTrunc(B, lin, l->i32, "");
    LLVMBasicBlockRef row = BB(), inner = BB(), after = BB(), carry = BB();
    LLVMBuildBr(B, row);
    LLVMPositionBuilderAtEnd(B, row);
    V rt = LLVMBuildPhi(B, l->i64, ""), rc[4];
    for (int d = 0; d < 4; d++)
        rc[d] = LLVMBuildPhi(B, l->i32, "");
    /* tasks in this row: min(shape[last] - c[last], end - t) (a 1-D grid: all) */
    V left = n == 1 ? LLVMBuildSub(B, end, rt, "")
                    : LLVMBuildSub(B, shape64[n - 1], LLVMBuildSExt(B, rc[n - 1], l->i64, ""), "");
    V rem = LLVMBuildSub(B, end, rt, "");
    V cnt = sel(l, LLVMBuildICmp(B, LLVMIntULT, left, rem, ""), left, rem);
    V rowend = LLVMBuildAdd(B, rt, cnt, "");
    /* the inner loop counts the last coordinate itself (an i32 induction
     * variable without wrap), up to rc[last] + cnt */
    V lend = LLVMBuildAdd(B, rc[n - 1], LLVMBuildTrunc(B, cnt, l->i32, ""), "");
    LLVMBuildBr(B, inner);
    LLVMPositionBuilderAtEnd(B, inner);
    V lastc = LLVMBuildPhi(B, l->i32, "");
    V a[5] = {args, rc[0], rc[1], rc[2], rc[3]};
    a[n] = lastc;
    /* 0 <= coordinate < extent: lets the optimiser drop the negative-index
     * wrap of neighbouring accesses (and vectorise the row) */
    for (int d = 0; d < n; d++) {
        V ge = LLVMBuildICmp(B, LLVMIntSGE, a[d + 1], ci32(l, 0), "");
        intrinsic(l, "llvm.assume", NULL, &ge, 1);
        if (d > 0 || n > 1) {
            V lt = LLVMBuildICmp(B, LLVMIntSLT, a[d + 1], shape[d], "");
            intrinsic(l, "llvm.assume", NULL, &lt, 1);
        }
    }
    /* the increment before the body: it dominates the body's own `j + 1`,
     * which then is no partially redundant value (a PRE phi would hide the
     * induction variable from the vectoriser) */
    V nlc = LLVMBuildNSWAdd(B, lastc, ci32(l, 1), "");
    LLVMBuildCall2(B, bty, body, a, 5, "");
    LLVMAddIncoming(lastc, &rc[n - 1], &row, 1);
    LLVMAddIncoming(lastc, &nlc, &inner, 1);
    LLVMBuildCondBr(B, LLVMBuildICmp(B, LLVMIntSLT, nlc, lend, ""), inner, after);
    LLVMPositionBuilderAtEnd(B, after);
    LLVMBuildCondBr(B, LLVMBuildICmp(B, LLVMIntULT, rowend, end, ""), carry, done);
    /* next row: last coordinate 0, carry into the outer ones */
    LLVMPositionBuilderAtEnd(B, carry);
    V nc[4], cy = LLVMConstInt(l->i1, 1, 0);
    for (int d = 0; d < 4; d++)
        nc[d] = d < n ? rc[d] : ci32(l, 0);
    nc[n - 1] = ci32(l, 0);
    for (int d = n - 2; d >= 0; d--) {
        V inc = LLVMBuildAdd(B, rc[d], LLVMBuildZExt(B, cy, l->i32, ""), "");
        if (d > 0) {
            V over = LLVMBuildAnd(B, cy, LLVMBuildICmp(B, LLVMIntEQ, inc, shape[d], ""), "");
            nc[d] = sel(l, over, ci32(l, 0), inc);
            cy = over;
        } else {
            nc[d] = inc;
        }
    }
    LLVMBuildBr(B, row);
    LLVMAddIncoming(rt, &start, &rows, 1);
    LLVMAddIncoming(rt, &rowend, &carry, 1);
    for (int d = 0; d < 4; d++) {
        LLVMAddIncoming(rc[d], &c0[d], &rows, 1);
        LLVMAddIncoming(rc[d], &nc[d], &carry, 1);
    }

    /* coord_mult > 1: unravel start, then step the odometer */
    LLVMPositionBuilderAtEnd(B, gen);
    LLVMBasicBlockRef loop = BB();
    lin = LLVMBuildUDiv(B, start, cm, "");
    V rem0 = LLVMBuildURem(B, start, cm, "");
    V g0[4];
    for (int d = 0; d < 4; d++)
        g0[d] = ci32(l, 0);
    for (int d = n - 1; d >= 1; d--) {
        g0[d] = LLVMBuildTrunc(B, LLVMBuildURem(B, lin, shape64[d], ""), l->i32, "");
        lin = LLVMBuildUDiv(B, lin, shape64[d], "");
    }
    g0[0] = LLVMBuildTrunc(B, lin, l->i32, "");
    LLVMBuildBr(B, loop);
    LLVMPositionBuilderAtEnd(B, loop);
    V t = LLVMBuildPhi(B, l->i64, ""), rr = LLVMBuildPhi(B, l->i64, "");
    V c[4];
    for (int d = 0; d < 4; d++)
        c[d] = LLVMBuildPhi(B, l->i32, "");
    V ga[5] = {args, c[0], c[1], c[2], c[3]};
    /* this rare path calls the body out of line: one inlined copy only */
    V gcall = LLVMBuildCall2(B, bty, body, ga, 5, "");
    unsigned noinline = LLVMGetEnumAttributeKindForName("noinline", 8);
    LLVMAddCallSiteAttribute(gcall, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(l->C, noinline, 0));
    V nt = LLVMBuildAdd(B, t, ci64(l, 1), "");
    V nr = LLVMBuildAdd(B, rr, ci64(l, 1), "");
    V wrap = LLVMBuildICmp(B, LLVMIntEQ, nr, cm, "");
    V nrem = sel(l, wrap, ci64(l, 0), nr);
    V carry2 = wrap, gc[4];
    for (int d = n - 1; d >= 0; d--) {
        V inc = LLVMBuildAdd(B, c[d], LLVMBuildZExt(B, carry2, l->i32, ""), "");
        if (d > 0) {
            V over = LLVMBuildAnd(B, carry2, LLVMBuildICmp(B, LLVMIntEQ, inc, shape[d], ""), "");
            gc[d] = sel(l, over, ci32(l, 0), inc);
            carry2 = over;
        } else {
            gc[d] = inc;
        }
    }
    for (int d = n; d < 4; d++)
        gc[d] = ci32(l, 0);
    LLVMBasicBlockRef lb = LLVMGetInsertBlock(B);
    LLVMAddIncoming(t, &start, &gen, 1);
    LLVMAddIncoming(t, &nt, &lb, 1);
    LLVMAddIncoming(rr, &rem0, &gen, 1);
    LLVMAddIncoming(rr, &nrem, &lb, 1);
    for (int d = 0; d < 4; d++) {
        LLVMAddIncoming(c[d], &g0[d], &gen, 1);
        LLVMAddIncoming(c[d], &gc[d], &lb, 1);
    }
    LLVMBuildCondBr(B, LLVMBuildICmp(B, LLVMIntULT, nt, end, ""), loop, done);
    LLVMPositionBuilderAtEnd(B, done);
    LLVMBuildRetVoid(B);
#undef BB
}

static void lower_kernel(Lw *l, const IrFunc *f, WlKernel *k) {
    /* the argument block: Warp's wp_args_<kernel> */
    T el[256];
    int np = f->nparams;
    if (np > 256)
        fail(l, "too many kernel parameters");
    k->params = arena_alloc(l->arena, sizeof(WlParam) * (size_t)(np + 1));
    uint64_t off = 0, maxa = 1;
    for (int i = 0; i < np; i++) {
        const IrValue *p = &f->vals[f->params[i]];
        el[i] = ltype(l, p->type);
        uint64_t a, s = layout(l->m, p->type, &a);
        off = (off + a - 1) / a * a;
        k->params[i] = (WlParam){p->name, p->type, off, s};
        off += s;
        if (a > maxa)
            maxa = a;
    }
    k->nparams = np;
    k->args_size = (off + maxa - 1) / maxa * maxa;
    k->args_align = maxa;
    T args_t = LLVMStructTypeInContext(l->C, el, (unsigned)(np ? np : 0), 0);
    /* body: one task, its launch coordinates as parameters */
    T bp[5] = {l->ptr, l->i32, l->i32, l->i32, l->i32};
    T bty = LLVMFunctionType(l->vd, bp, 5, 0);
    const char *bname = arena_printf(l->arena, "%s%s_body", l->opt->prefix ? l->opt->prefix : "", f->native);
    V body = LLVMAddFunction(l->M, bname, bty);
    LLVMSetLinkage(body, LLVMInternalLinkage);
    add_fn_attr(l, body, "alwaysinline");
    begin_function(l, f, body);
    l->args_ptr = LLVMGetParam(body, 0);
    for (int d = 0; d < 4; d++)
        l->coords[d] = LLVMGetParam(body, (unsigned)(d + 1));
    for (int i = 0; i < np; i++) {
        /* never loaded as one aggregate (it would reach code generation
         * whole): arrays field by field, structs copied into their slot
         * (SROA splits the copy into the fields used) */
        IrVal pv = f->params[i];
        V fp = LLVMBuildStructGEP2(l->BA, args_t, l->args_ptr, (unsigned)i, "");
        const IrTypeInfo *x = ti(l, f->vals[pv].type);
        V v = NULL;
        if (x->kind == TY_ARRAY) {
            v = LLVMGetUndef(l->arr_t);
            for (unsigned k = 0; k < 6; k++) {
                V gp = LLVMBuildStructGEP2(l->BA, l->arr_t, fp, k, "");
                v = LLVMBuildInsertValue(l->BA, v, LLVMBuildLoad2(l->BA, LLVMStructGetTypeAtIndex(l->arr_t, k), gp, ""), k, "");
            }
        } else if (x->kind != TY_STRUCT) {
            v = LLVMBuildLoad2(l->BA, el[i], fp, "");
        }
        if (v && l->in_ssa[pv]) {
            l->ssa[pv] = v;
        } else if (v) {
            LLVMBuildStore(l->BA, v, slot(l, pv));
        } else {
            uint64_t al, sz = layout(l->m, f->vals[pv].type, &al);
            LLVMBuildMemCpy(l->BA, slot(l, pv), (unsigned)al, fp, (unsigned)al, ci64(l, (int64_t)sz));
        }
    }
    emit_body(l);
    end_function(l);
    build_entry(l, f, k, body, bty);
    k->m = l->m;
    k->f = f;
    k->name = f->name;
    k->dim = f->dim < 1 ? 1 : f->dim > 4 ? 4 : f->dim;
}

/* A kernel the lowering cannot express (an unsupported builtin) is left out
 * with its reason, the module's other kernels still run. */
static void lower_kernel_guarded(Lw *l, const IrFunc *f, WlKernel *k) {
    jmp_buf outer;
    memcpy(outer, l->fail, sizeof outer);
    if (!setjmp(l->fail)) {
        lower_kernel(l, f, k);
    } else {
        const char *pre = l->opt->prefix ? l->opt->prefix : "";
        const char *suffix[2] = {"_body", "_entry"};
        for (int i = 0; i < 2; i++) {
            V fn = LLVMGetNamedFunction(l->M, arena_printf(l->arena, "%s%s%s", pre, f->native, suffix[i]));
            if (fn)
                LLVMDeleteFunction(fn);
        }
        memset(k, 0, sizeof *k);
        k->m = l->m;
        k->f = f;
        k->name = f->name;
        k->error = arena_strdup(l->arena, l->err);
        /* a library function whose lowering the failure interrupted goes too */
        for (V fn = LLVMGetFirstFunction(l->M), next; fn; fn = next) {
            next = LLVMGetNextFunction(fn);
            for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
                if (!LLVMGetBasicBlockTerminator(bb)) {
                    LLVMDeleteFunction(fn);
                    break;
                }
        }
        l->nctl = 0;
        l->err[0] = 0;
    }
    memcpy(l->fail, outer, sizeof outer);
}

/* the funcs the kernels reach */
static void mark_reachable(const IrModule *m, const IrFunc *f, char *seen) {
    for (int k = 0; k < f->ninsts; k++) {
        const IrInst *in = &f->insts[k];
        if (in->op == IR_CALL && !in->builtin && in->func >= 0 && in->func < m->nfuncs && !seen[in->func]) {
            seen[in->func] = 1;
            mark_reachable(m, m->funcs[in->func], seen);
        }
        /* functions passed to builtins (the op of wp.tile_map / wp.tile_reduce) */
        for (int a = 0; in->op == IR_CALL && a < in->nargs; a++) {
            const IrFunc *g = f->vals[in->args[a]].fnref;
            for (int i = 0; g && i < m->nfuncs; i++)
                if (m->funcs[i] == g && !seen[i]) {
                    seen[i] = 1;
                    mark_reachable(m, g, seen);
                }
        }
    }
}

int llvm_lower_module(const IrModule *m, struct LLVMOpaqueModule *mod, const WlOptions *opt, Arena *arena,
                      WlKernel **kernels, int *nkernels, char *err, size_t errlen) {
    pthread_once(&key_once, keys_init);
    Lw lw, *l = &lw;
    memset(l, 0, sizeof lw);
    l->m = m;
    l->M = mod;
    l->C = LLVMGetModuleContext(mod);
    l->opt = opt;
    l->arena = arena;
    l->err = err;
    l->errlen = errlen;
    l->B = LLVMCreateBuilderInContext(l->C);
    l->BA = LLVMCreateBuilderInContext(l->C);
    *kernels = NULL;
    *nkernels = 0;
    if (setjmp(l->fail)) {
        LLVMDisposeBuilder(l->B);
        LLVMDisposeBuilder(l->BA);
        return -1;
    }
    if (!key_of_builtin)
        fail(l, "out of memory");
    l->types = arena_alloc(arena, sizeof(T) * (size_t)(m->ntypes + 1));
    l->i1 = LLVMInt1TypeInContext(l->C);
    l->i8 = LLVMInt8TypeInContext(l->C);
    l->i16 = LLVMInt16TypeInContext(l->C);
    l->i32 = LLVMInt32TypeInContext(l->C);
    l->i64 = LLVMInt64TypeInContext(l->C);
    l->f16 = LLVMHalfTypeInContext(l->C);
    l->f32 = LLVMFloatTypeInContext(l->C);
    l->f64 = LLVMDoubleTypeInContext(l->C);
    l->ptr = LLVMPointerTypeInContext(l->C, 0);
    l->vd = LLVMVoidTypeInContext(l->C);
    T at[6] = {l->ptr, l->ptr, LLVMArrayType2(l->i32, 4), LLVMArrayType2(l->i32, 4), l->i16, l->i16};
    l->arr_t = LLVMStructTypeInContext(l->C, at, 6, 0);
    T bt[3] = {LLVMArrayType2(l->i32, 4), l->i64, l->i64};
    l->bounds_t = LLVMStructTypeInContext(l->C, bt, 3, 0);

    char *seen = arena_alloc(arena, (size_t)m->nfuncs + 1);
    int nk = 0;
    for (int i = 0; i < m->nfuncs; i++)
        if (m->funcs[i]->kind == IRK_KERNEL) {
            nk++;
            mark_reachable(m, m->funcs[i], seen);
        }
    l->fns = arena_alloc(arena, sizeof(V) * (size_t)(m->nfuncs + 1));
    l->fnty = arena_alloc(arena, sizeof(T) * (size_t)(m->nfuncs + 1));
    for (int i = 0; i < m->nfuncs; i++) {
        const IrFunc *f = m->funcs[i];
        if (!seen[i] || f->kind != IRK_FUNC)
            continue;
        if (f->custom_inputs)
            fail(l, "custom gradient function %s called in forward code", f->name);
        if (f->native_snippet) {
            /* a C++ snippet: compiled by the runtime (llvm_native_source) and
             * called through its wrapper void NAME_native(void **args, void *ret) */
            T w[2] = {l->ptr, l->ptr};
            l->fnty[i] = LLVMFunctionType(l->vd, w, 2, 0);
            l->fns[i] = LLVMAddFunction(mod, func_symbol(arena, opt, f, "_native"), l->fnty[i]);
            continue;
        }
        T p[64];
        int n = 0;
        for (int k = 0; k < f->nparams && n < 64; k++)
            p[n++] = ltype(l, strip(l, f->vals[f->params[k]].type));
        if (f->nret > 1)
            for (int k = 0; k < f->nret && n < 64; k++)
                p[n++] = l->ptr;
        T ret = f->nret == 1 ? ltype(l, f->ret[0]) : l->vd;
        l->fnty[i] = LLVMFunctionType(ret, p, (unsigned)n, 0);
        const char *name = func_symbol(arena, opt, f, "_func");
        l->fns[i] = LLVMAddFunction(mod, name, l->fnty[i]);
        LLVMSetLinkage(l->fns[i], LLVMInternalLinkage);
        add_fn_attr(l, l->fns[i], "alwaysinline");
    }
    for (int i = 0; i < m->nfuncs; i++)
        if (seen[i] && m->funcs[i]->kind == IRK_FUNC && l->fns[i] && !m->funcs[i]->native_snippet)
            lower_func(l, i);
    WlKernel *ks = arena_alloc(arena, sizeof(WlKernel) * (size_t)(nk + 1));
    int j = 0;
    for (int i = 0; i < m->nfuncs && !opt->funcs_only; i++)
        if (m->funcs[i]->kind == IRK_KERNEL) {
            lower_kernel_guarded(l, m->funcs[i], &ks[j]);
            if (!ks[j].error) {
                memset(seen, 0, (size_t)m->nfuncs + 1);
                mark_reachable(m, m->funcs[i], seen);
                for (int g = 0; g < m->nfuncs; g++)
                    ks[j].native |= seen[g] && m->funcs[g]->native_snippet != NULL;
            }
            j++;
        }
    LLVMDisposeBuilder(l->B);
    LLVMDisposeBuilder(l->BA);
    *kernels = ks;
    *nkernels = j;
    return 0;
}
