/* types.c: Warp's value types, interned per module, and their three
 * spellings: the C++ type Warp declares (Var.type_to_ctype), the short type
 * code Warp hashes (types.get_type_code) and the Python-side name Warp puts
 * in error messages (types.type_repr).
 *
 * A type is an index into IrModule.types; interning makes structural
 * equality an integer compare, which is what Warp's types_equal amounts to
 * for the concrete types a kernel can hold.  Lookup is linear: a module has a
 * few dozen types at most, and a hash would cost more than it saves.
 *
 * The spellings are version-sensitive only in type_repr (Warp 1.10 writes
 * matrices as "mat33(f)", 1.16 as "mat33f"); the C++ and hash spellings are
 * the same in both. */
#include "ir/ir.h"

#include <string.h>

IrModule *ir_module_new(Arena *a, int warp_minor) {
    IrModule *m = arena_alloc(a, sizeof *m);
    m->arena = a;
    m->warp_minor = warp_minor;
    m->captypes = 64;
    m->types = arena_alloc(a, sizeof(IrTypeInfo) * (size_t)m->captypes);
    m->ntypes = 1; /* types[0] = void (all zero) */
    return m;
}

IrType ir_type_intern(IrModule *m, IrTypeInfo info) {
    if (info.kind == TY_VOID)
        return 0;
    for (int i = 1; i < m->ntypes; i++) {
        const IrTypeInfo *t = &m->types[i];
        if (t->kind == info.kind && t->scalar == info.scalar && t->rows == info.rows && t->cols == info.cols &&
            t->ndim == info.ndim && t->elem == info.elem && t->strct == info.strct)
            return (IrType)i;
    }
    if (m->ntypes == m->captypes) {
        /* arena memory is never freed: grow by copying */
        int nc = m->captypes * 2;
        IrTypeInfo *nt = arena_alloc(m->arena, sizeof(IrTypeInfo) * (size_t)nc);
        memcpy(nt, m->types, sizeof(IrTypeInfo) * (size_t)m->ntypes);
        m->types = nt;
        m->captypes = nc;
    }
    m->types[m->ntypes] = info;
    return (IrType)m->ntypes++;
}

const IrTypeInfo *ir_type_info(const IrModule *m, IrType t) { return &m->types[t]; }

/* A canonical info: unused fields zero, so equal types compare equal. */
static IrTypeInfo tinfo(IrTypeKind k, IrScalar s) {
    IrTypeInfo i;
    memset(&i, 0, sizeof i);
    i.kind = (uint8_t)k;
    i.scalar = (uint8_t)s;
    return i;
}

IrType ir_type_scalar(IrModule *m, IrScalar s) { return ir_type_intern(m, tinfo(TY_SCALAR, s)); }

IrType ir_type_vec(IrModule *m, int len, IrScalar s) {
    IrTypeInfo i = tinfo(TY_VEC, s);
    i.rows = (uint16_t)len;
    return ir_type_intern(m, i);
}

IrType ir_type_mat(IrModule *m, int rows, int cols, IrScalar s) {
    IrTypeInfo i = tinfo(TY_MAT, s);
    i.rows = (uint16_t)rows;
    i.cols = (uint16_t)cols;
    return ir_type_intern(m, i);
}

IrType ir_type_quat(IrModule *m, IrScalar s) { return ir_type_intern(m, tinfo(TY_QUAT, s)); }
IrType ir_type_transform(IrModule *m, IrScalar s) { return ir_type_intern(m, tinfo(TY_TRANSFORM, s)); }

IrType ir_type_array(IrModule *m, IrType dtype, int ndim) {
    IrTypeInfo i = tinfo(TY_ARRAY, SC_NONE);
    i.elem = dtype;
    i.ndim = (uint16_t)ndim;
    return ir_type_intern(m, i);
}

IrType ir_type_ref(IrModule *m, IrType pointee) {
    IrTypeInfo i = tinfo(TY_REF, SC_NONE);
    i.elem = pointee;
    return ir_type_intern(m, i);
}

IrType ir_type_simple(IrModule *m, IrTypeKind k) { return ir_type_intern(m, tinfo(k, SC_NONE)); }

IrType ir_type_tuple(IrModule *m, int n, const IrType *elems, const uint8_t *py, int annotation) {
    /* annotations: one type per distinct element list; tuple values: every
     * tuple_t Warp makes is a type of its own (types_equal compares them by
     * identity) */
    for (int t = 1; annotation && t < m->ntypes; t++) {
        const IrTypeInfo *i = &m->types[t];
        if (i->kind != TY_TUPLE || i->rows != n || i->cols != (annotation ? 1 : 0))
            continue;
        int same = 1;
        for (int k = 0; k < n && same; k++)
            same = m->tuple_pool[i->strct + k] == elems[k] && m->tuple_py[i->strct + k] == (py ? py[k] : 0);
        if (same)
            return (IrType)t;
    }
    if (m->ntuple_pool + n > m->captuple_pool) {
        int nc = (m->captuple_pool + n) * 2;
        IrType *np = arena_alloc(m->arena, sizeof(IrType) * (size_t)nc);
        uint8_t *npy = arena_alloc(m->arena, (size_t)nc);
        if (m->ntuple_pool) {
            memcpy(np, m->tuple_pool, sizeof(IrType) * (size_t)m->ntuple_pool);
            memcpy(npy, m->tuple_py, (size_t)m->ntuple_pool);
        }
        m->tuple_pool = np;
        m->tuple_py = npy;
        m->captuple_pool = nc;
    }
    IrTypeInfo i = tinfo(TY_TUPLE, SC_NONE);
    i.rows = (uint16_t)n;
    i.cols = annotation ? 1 : 0;
    i.strct = m->ntuple_pool;
    for (int k = 0; k < n; k++) {
        m->tuple_pool[m->ntuple_pool + k] = elems[k];
        m->tuple_py[m->ntuple_pool + k] = py ? py[k] : 0;
    }
    m->ntuple_pool += n;
    return ir_type_intern(m, i);
}

const IrType *ir_type_tuple_elems(const IrModule *m, IrType t, const uint8_t **py) {
    const IrTypeInfo *i = &m->types[t];
    if (py)
        *py = m->tuple_py + i->strct;
    return m->tuple_pool + i->strct;
}

/* Python's float/int/bool by name. */
static const char *py_scalar_name(const IrModule *m, IrType t) {
    IrScalar s = (IrScalar)m->types[t].scalar;
    return s == SC_FLOAT32 ? "float" : s == SC_INT32 ? "int" : "bool";
}

IrType ir_type_generic(IrModule *m, IrGeneric g) {
    IrTypeInfo i = tinfo(TY_GENERIC, SC_NONE);
    i.rows = (uint16_t)g;
    return ir_type_intern(m, i);
}

int ir_type_is_generic(const IrModule *m, IrType t) {
    const IrTypeInfo *i = &m->types[t];
    if (i->kind == TY_GENERIC)
        return 1;
    /* generic composites: strct = 1 + IrGeneric of the dtype, or a length/shape of 0 (Any) */
    if (i->kind == TY_VEC || i->kind == TY_MAT || i->kind == TY_QUAT || i->kind == TY_TRANSFORM)
        return i->strct || ((i->kind == TY_VEC || i->kind == TY_MAT) && !i->rows) || (i->kind == TY_MAT && !i->cols);
    if (i->kind == TY_ARRAY || i->kind == TY_REF)
        return ir_type_is_generic(m, i->elem);
    if (i->kind == TY_TUPLE) {
        const IrType *e = ir_type_tuple_elems(m, t, NULL);
        for (int k = 0; k < i->rows; k++)
            if (ir_type_is_generic(m, e[k]))
                return 1;
    }
    return 0;
}

IrType ir_type_slice(IrModule *m, int flags, int start, int stop, int step) {
    IrTypeInfo i = tinfo(TY_SLICE, SC_NONE);
    i.strct = flags;
    i.cols = (uint16_t)(int16_t)start;
    i.ndim = (uint16_t)(int16_t)stop;
    i.rows = (uint16_t)(int16_t)step;
    return ir_type_intern(m, i);
}

IrType ir_type_opaque(IrModule *m, IrOpaque k, IrScalar s) {
    IrTypeInfo i = tinfo(TY_OPAQUE, k == OQ_HASH_GRID_QUERY ? s : SC_NONE);
    i.rows = (uint16_t)k;
    return ir_type_intern(m, i);
}

/* The `vars` of MeshQueryPoint, MeshQueryRay and Mesh, in Warp's order. */
IrType ir_type_opaque_field(IrModule *m, IrType t, const char *name) {
    const IrTypeInfo *i = &m->types[t];
    if (i->kind != TY_OPAQUE)
        return 0;
    static const struct { uint8_t oq; const char *name; } fields[] = {
        {OQ_MESH_QUERY_POINT, "result"}, {OQ_MESH_QUERY_POINT, "sign"}, {OQ_MESH_QUERY_POINT, "face"},
        {OQ_MESH_QUERY_POINT, "u"},      {OQ_MESH_QUERY_POINT, "v"},
        {OQ_MESH_QUERY_RAY, "result"},   {OQ_MESH_QUERY_RAY, "sign"},   {OQ_MESH_QUERY_RAY, "face"},
        {OQ_MESH_QUERY_RAY, "t"},        {OQ_MESH_QUERY_RAY, "u"},      {OQ_MESH_QUERY_RAY, "v"},
        {OQ_MESH_QUERY_RAY, "normal"},
        {OQ_MESH, "points"},             {OQ_MESH, "velocities"},       {OQ_MESH, "indices"},
    };
    for (size_t k = 0; k < sizeof fields / sizeof fields[0]; k++) {
        if (fields[k].oq != i->rows || strcmp(fields[k].name, name))
            continue;
        if (!strcmp(name, "result"))
            return ir_type_scalar(m, SC_BOOL);
        if (!strcmp(name, "face"))
            return ir_type_scalar(m, SC_INT32);
        if (!strcmp(name, "normal"))
            return ir_type_vec(m, 3, SC_FLOAT32);
        if (!strcmp(name, "points") || !strcmp(name, "velocities"))
            return ir_type_array(m, ir_type_vec(m, 3, SC_FLOAT32), 1);
        if (!strcmp(name, "indices"))
            return ir_type_array(m, ir_type_scalar(m, SC_INT32), 1);
        return ir_type_scalar(m, SC_FLOAT32);
    }
    return 0;
}

/* Warp's class names (_wp_native_name_, or __name__ for Mesh and Volume). */
static const char *opaque_native(const IrModule *m, const IrTypeInfo *i) {
    switch (i->rows) {
    case OQ_HASH_GRID_QUERY:
        if (m->warp_minor < 16)
            return "hash_grid_query_t";
        return i->scalar == SC_FLOAT16 ? "hash_grid_query_h" : i->scalar == SC_FLOAT64 ? "hash_grid_query_d"
                                                                                      : "hash_grid_query_f";
    case OQ_MESH_QUERY_AABB: return "mesh_query_aabb_t";
    case OQ_MESH_QUERY_POINT: return "mesh_query_point_t";
    case OQ_MESH_QUERY_RAY: return "mesh_query_ray_t";
    case OQ_BVH_QUERY: return "bvh_query_t";
    case OQ_MESH: return "Mesh";
    case OQ_BVH_QUERY_TILED: return "bvh_query_thread_block_t";
    case OQ_MESH_QUERY_AABB_TILED: return "mesh_query_aabb_thread_block_t";
    default: return "Volume";
    }
}

/* ---- tiles ---- */
IrType ir_type_tile(IrModule *m, IrType dtype, int ndim, const int *shape, const int *strides, int flags) {
    if (m->nint_pool + 2 * ndim + 1 > m->capint_pool) {
        int nc = (m->capint_pool + 2 * ndim + 1) * 2 + 16;
        int32_t *np = arena_alloc(m->arena, sizeof(int32_t) * (size_t)nc);
        if (m->nint_pool)
            memcpy(np, m->int_pool, sizeof(int32_t) * (size_t)m->nint_pool);
        m->int_pool = np;
        m->capint_pool = nc;
    }
    int32_t *p = m->int_pool + m->nint_pool;
    for (int k = 0; k < ndim; k++)
        p[k] = shape[k];
    if (strides) {
        for (int k = 0; k < ndim; k++)
            p[ndim + k] = strides[k];
    } else if (ndim) {
        /* tile.__init__: dense strides of the layout */
        int32_t *st = p + ndim;
        for (int k = 0; k < ndim; k++)
            st[k] = 1;
        if (!(flags & IRTILE_COLMAJOR))
            for (int k = ndim - 2; k >= 0; k--)
                st[k] = st[k + 1] * shape[k + 1];
        else
            for (int k = 1; k < ndim; k++)
                st[k] = st[k - 1] * shape[k - 1];
    }
    p[2 * ndim] = flags; /* the flags the tile was made with (hashes see those) */
    IrTypeInfo i = tinfo(TY_TILE, SC_NONE);
    i.elem = dtype;
    i.ndim = (uint16_t)ndim;
    i.rows = (uint16_t)flags;
    i.strct = m->nint_pool;
    m->nint_pool += 2 * ndim + 1;
    return ir_type_intern(m, i);
}

const int *ir_tile_shape(const IrModule *m, IrType t) { return m->int_pool + m->types[t].strct; }
const int *ir_tile_strides(const IrModule *m, IrType t) { return m->int_pool + m->types[t].strct + m->types[t].ndim; }

int ir_tile_size(const IrModule *m, IrType t) {
    int n = 1;
    for (int k = 0; k < m->types[t].ndim; k++)
        n *= ir_tile_shape(m, t)[k];
    return n;
}

void ir_type_tile_set_flags(IrModule *m, IrType t, int flags) {
    if (m->types[t].kind == TY_TILE)
        m->types[t].rows = (uint16_t)flags;
}

int ir_type_is_tile(const IrModule *m, IrType t) { return t && m->types[t].kind == TY_TILE; }

IrType ir_type_tile_stack(IrModule *m, IrType dtype, int capacity) {
    IrTypeInfo i = tinfo(TY_TILE_STACK, SC_NONE);
    i.elem = dtype;
    i.strct = capacity;
    return ir_type_intern(m, i);
}

static void join_ints(const int32_t *v, int n, const char *sep, Buf *out) {
    for (int k = 0; k < n; k++) {
        if (k)
            buf_puts(out, sep);
        buf_printf(out, "%d", v[k]);
    }
}

IrType ir_type_strip_ref(const IrModule *m, IrType t) {
    const IrTypeInfo *i = &m->types[t];
    return i->kind == TY_REF ? i->elem : t;
}

IrScalar ir_type_scalar_of(const IrModule *m, IrType t) {
    const IrTypeInfo *i = &m->types[t];
    switch (i->kind) {
    case TY_SCALAR: case TY_VEC: case TY_MAT: case TY_QUAT: case TY_TRANSFORM:
        return (IrScalar)i->scalar;
    default:
        return SC_NONE;
    }
}

int ir_scalar_is_float(IrScalar s) { return s == SC_FLOAT16 || s == SC_FLOAT32 || s == SC_FLOAT64; }
int ir_scalar_is_int(IrScalar s) { return s >= SC_INT8 && s <= SC_UINT64; }
int ir_scalar_is_signed(IrScalar s) { return (s >= SC_INT8 && s <= SC_INT64) || ir_scalar_is_float(s); }

int ir_scalar_bits(IrScalar s) {
    switch (s) {
    case SC_BOOL: case SC_INT8: case SC_UINT8: return 8;
    case SC_INT16: case SC_UINT16: case SC_FLOAT16: return 16;
    case SC_INT32: case SC_UINT32: case SC_FLOAT32: return 32;
    case SC_INT64: case SC_UINT64: case SC_FLOAT64: return 64;
    default: return 0;
    }
}

int ir_type_is_float(const IrModule *m, IrType t) {
    const IrTypeInfo *i = &m->types[t];
    return i->kind == TY_SCALAR && ir_scalar_is_float((IrScalar)i->scalar);
}

int ir_type_is_int(const IrModule *m, IrType t) {
    const IrTypeInfo *i = &m->types[t];
    return i->kind == TY_SCALAR && ir_scalar_is_int((IrScalar)i->scalar);
}

const char *ir_scalar_name(IrScalar s) {
    static const char *const names[SC_COUNT] = {
        [SC_NONE] = "", [SC_BOOL] = "bool",
        [SC_INT8] = "int8", [SC_INT16] = "int16", [SC_INT32] = "int32", [SC_INT64] = "int64",
        [SC_UINT8] = "uint8", [SC_UINT16] = "uint16", [SC_UINT32] = "uint32", [SC_UINT64] = "uint64",
        [SC_FLOAT16] = "float16", [SC_FLOAT32] = "float32", [SC_FLOAT64] = "float64",
    };
    return (unsigned)s < SC_COUNT ? names[s] : "";
}

/* Warp's dtype_to_ctype of a scalar: bool is the C++ bool, the others live
 * in namespace wp. */
static void scalar_ctype(IrScalar s, Buf *out) {
    if (s == SC_BOOL) {
        buf_puts(out, "bool");
        return;
    }
    buf_puts(out, "wp::");
    buf_puts(out, ir_scalar_name(s));
}

/* Vars declare their types with compute_type_str, which joins template
 * parameters with ", ": wp::vec_t<3, wp::float32>. */
void ir_type_ctype(const IrModule *m, IrType t, Buf *out) {
    const IrTypeInfo *i = &m->types[t];
    switch (i->kind) {
    case TY_VOID:
        buf_puts(out, "void");
        break;
    case TY_SCALAR:
        scalar_ctype((IrScalar)i->scalar, out);
        break;
    case TY_VEC:
        buf_printf(out, "wp::vec_t<%d, ", i->rows);
        scalar_ctype((IrScalar)i->scalar, out);
        buf_puts(out, ">");
        break;
    case TY_MAT:
        buf_printf(out, "wp::mat_t<%d, %d, ", i->rows, i->cols);
        scalar_ctype((IrScalar)i->scalar, out);
        buf_puts(out, ">");
        break;
    case TY_QUAT:
        buf_puts(out, "wp::quat_t<");
        scalar_ctype((IrScalar)i->scalar, out);
        buf_puts(out, ">");
        break;
    case TY_TRANSFORM:
        buf_puts(out, "wp::transform_t<");
        scalar_ctype((IrScalar)i->scalar, out);
        buf_puts(out, ">");
        break;
    case TY_ARRAY:
        buf_puts(out, "wp::array_t<");
        ir_type_ctype(m, i->elem, out);
        buf_puts(out, ">");
        break;
    case TY_STRUCT:
        if (i->strct >= 0 && i->strct < m->nstructs && m->structs[i->strct]->native_name)
            buf_puts(out, m->structs[i->strct]->native_name);
        break;
    case TY_REF:
        ir_type_ctype(m, i->elem, out);
        buf_puts(out, "*");
        break;
    case TY_RANGE:
        buf_puts(out, "wp::range_t");
        break;
    case TY_SHAPE:
        buf_puts(out, "wp::shape_t");
        break;
    case TY_SLICE:
        buf_puts(out, "wp::slice_t");
        break;
    case TY_TUPLE: {
        const uint8_t *py;
        const IrType *e = ir_type_tuple_elems(m, t, &py);
        buf_puts(out, "wp::tuple_t<");
        for (int k = 0; k < i->rows; k++) {
            if (k)
                buf_puts(out, ", ");
            if (py[k])
                buf_puts(out, py_scalar_name(m, e[k]));
            else
                ir_type_ctype(m, e[k], out);
        }
        buf_puts(out, ">");
        break;
    }
    case TY_STRING:
        buf_puts(out, "wp::str");
        break;
    case TY_OPAQUE:
        buf_printf(out, "wp::%s", opaque_native(m, i));
        break;
    case TY_TILE_STACK:
        buf_puts(out, "wp::tile_stack_t<");
        ir_type_ctype(m, i->elem, out);
        buf_printf(out, ", %d>", i->strct);
        break;
    case TY_TILE:
        /* tile.ctype() */
        if (i->rows & IRTILE_SHARED) {
            buf_puts(out, "wp::tile_shared_t<");
            ir_type_ctype(m, i->elem, out);
            buf_puts(out, ",wp::tile_layout_strided_t<wp::tile_shape_t<");
            join_ints(ir_tile_shape(m, t), i->ndim, ",", out);
            buf_puts(out, ">, wp::tile_stride_t<");
            join_ints(ir_tile_strides(m, t), i->ndim, ",", out);
            buf_printf(out, ">>, %s>", (i->rows & IRTILE_OWNER) ? "true" : "false");
        } else {
            buf_puts(out, "wp::tile_register_t<");
            ir_type_ctype(m, i->elem, out);
            buf_puts(out, ",wp::tile_layout_register_t<wp::tile_shape_t<");
            join_ints(ir_tile_shape(m, t), i->ndim, ",", out);
            buf_puts(out, ">>>");
        }
        break;
    default:
        break;
    }
}

/* tile.cinit(requires_grad): the initializer of a tile var's declaration
 * (NULL for other types). */
void ir_tile_cinit(const IrModule *m, IrType t, int requires_grad, Buf *out) {
    const IrTypeInfo *i = &m->types[t];
    if (i->kind == TY_TILE_STACK) {
        buf_puts(out, "wp::tile_stack_alloc<");
        ir_type_ctype(m, i->elem, out);
        buf_printf(out, ", %d>()", i->strct);
        return;
    }
    if (!(i->rows & IRTILE_SHARED)) {
        ir_type_ctype(m, t, out);
        buf_puts(out, m->warp_minor >= 16 ? "{}" : "(0.0)");
    } else if (i->rows & IRTILE_OWNER) {
        buf_puts(out, "wp::tile_alloc_empty<");
        ir_type_ctype(m, i->elem, out);
        buf_puts(out, ",wp::tile_shape_t<");
        join_ints(ir_tile_shape(m, t), i->ndim, ",", out);
        buf_puts(out, ">,wp::tile_stride_t<");
        join_ints(ir_tile_strides(m, t), i->ndim, ",", out);
        buf_printf(out, ">,%s>()", requires_grad ? "true" : "false");
    } else {
        buf_puts(out, "nullptr");
    }
}

static const char *scalar_code(IrScalar s) {
    switch (s) {
    case SC_BOOL: return "b";
    case SC_INT8: return "i1";
    case SC_INT16: return "i2";
    case SC_INT32: return "i4";
    case SC_INT64: return "i8";
    case SC_UINT8: return "u1";
    case SC_UINT16: return "u2";
    case SC_UINT32: return "u4";
    case SC_UINT64: return "u8";
    case SC_FLOAT16: return "f2";
    case SC_FLOAT32: return "f4";
    case SC_FLOAT64: return "f8";
    default: return "?";
    }
}

void ir_type_code(const IrModule *m, IrType t, Buf *out) {
    const IrTypeInfo *i = &m->types[t];
    const char *sc = scalar_code((IrScalar)i->scalar);
    if ((i->kind == TY_VEC || i->kind == TY_MAT || i->kind == TY_QUAT || i->kind == TY_TRANSFORM) && i->strct)
        sc = i->strct == 1 + GEN_SCALAR ? "s?" : i->strct == 1 + GEN_FLOAT ? "f?" : i->strct == 1 + GEN_INT ? "i?" : "?";
    switch (i->kind) {
    case TY_SCALAR: buf_puts(out, sc); break;
    case TY_VEC:
        if (i->rows)
            buf_printf(out, "v%d%s", i->rows, sc);
        else
            buf_printf(out, "v?%s", sc);
        break;
    case TY_MAT:
        buf_puts(out, "m");
        for (int d = 0; d < 2; d++) {
            int x = d ? i->cols : i->rows;
            if (x)
                buf_printf(out, "%d", x);
            else
                buf_puts(out, "?");
        }
        buf_puts(out, sc);
        break;
    case TY_QUAT: buf_printf(out, "q%s", sc); break;
    case TY_TRANSFORM: buf_printf(out, "t%s", sc); break;
    case TY_ARRAY:
        buf_printf(out, "a%d", i->ndim);
        ir_type_code(m, i->elem, out);
        break;
    case TY_STRUCT:
        if (i->strct >= 0 && i->strct < m->nstructs && m->structs[i->strct]->native_name)
            buf_puts(out, m->structs[i->strct]->native_name);
        break;
    case TY_REF:
        buf_puts(out, "ref");
        ir_type_code(m, i->elem, out);
        break;
    case TY_RANGE: buf_puts(out, "rg"); break;
    case TY_SHAPE: buf_puts(out, "sh"); break;
    case TY_STRING: buf_puts(out, "str"); break;
    case TY_GENERIC: buf_puts(out, i->rows == GEN_SCALAR ? "s?" : i->rows == GEN_FLOAT ? "f?" : i->rows == GEN_INT ? "i?" : "?"); break;
    case TY_TUPLE: {
        const IrType *e = ir_type_tuple_elems(m, t, NULL);
        buf_printf(out, i->cols ? "tpl%d" : "tplt%d", i->rows);
        for (int k = 0; k < i->rows; k++)
            ir_type_code(m, e[k], out);
        break;
    }
    case TY_TILE_STACK:
        buf_printf(out, "ts%d", i->strct);
        ir_type_code(m, i->elem, out);
        break;
    case TY_TILE:
        /* t{s|r}{shape}{dtype}: the storage the tile was declared with (Warp
         * hashes and keys overloads before building moves tiles to shared) */
        buf_puts(out, (m->int_pool[i->strct + 2 * i->ndim] & IRTILE_SHARED) ? "ts" : "tr");
        if (i->ndim)
            join_ints(ir_tile_shape(m, t), i->ndim, "", out);
        else
            buf_puts(out, "?");
        if (m->types[i->elem].kind == TY_GENERIC && m->types[i->elem].rows == GEN_ANY)
            buf_puts(out, "?");
        else
            ir_type_code(m, i->elem, out);
        break;
    case TY_OPAQUE: {
        static const char *const codes[OQ_COUNT] = {"hgq", "mqa", "mqp", "mqr", "bvhq", "?", "?", "?", "?"};
        buf_puts(out, codes[i->rows]);
        if (i->rows == OQ_HASH_GRID_QUERY && i->scalar != SC_FLOAT32)
            buf_puts(out, i->scalar == SC_FLOAT16 ? "h" : "d");
        break;
    }
    default: buf_puts(out, "?"); break;
    }
}

/* scalar_short_name: the suffix of Warp's named composite types. */
static const char *scalar_short(IrScalar s) {
    switch (s) {
    case SC_FLOAT16: return "h";
    case SC_FLOAT32: return "f";
    case SC_FLOAT64: return "d";
    case SC_INT8: return "b";
    case SC_INT16: return "s";
    case SC_INT32: return "i";
    case SC_INT64: return "l";
    case SC_UINT8: return "ub";
    case SC_UINT16: return "us";
    case SC_UINT32: return "ui";
    case SC_UINT64: return "ul";
    default: return NULL; /* bool has none */
    }
}

/* type_repr of a scalar: Warp's bool is not in scalar_types, so it falls
 * through to the module-qualified class name. */
static void scalar_repr(IrScalar s, Buf *out) {
    if (s == SC_BOOL)
        buf_puts(out, "warp._src.types.bool");
    else
        buf_puts(out, ir_scalar_name(s));
}

void ir_type_repr(const IrModule *m, IrType t, Buf *out) {
    const IrTypeInfo *i = &m->types[t];
    IrScalar s = (IrScalar)i->scalar;
    const char *sn = scalar_short(s);
    switch (i->kind) {
    case TY_VOID:
        buf_puts(out, "None");
        break;
    case TY_SCALAR:
        scalar_repr(s, out);
        break;
    case TY_VEC:
        if (sn && i->rows <= 4) {
            buf_printf(out, "vec%d%s", i->rows, sn);
        } else {
            buf_printf(out, "vector(length=%d, dtype=", i->rows);
            scalar_repr(s, out);
            buf_puts(out, ")");
        }
        break;
    case TY_MAT:
        if (sn && i->rows <= 4 && i->cols <= 4) {
            if (m->warp_minor < 16)
                buf_printf(out, "mat%d%d(%s)", i->rows, i->cols, sn);
            else
                buf_printf(out, "mat%d%d%s", i->rows, i->cols, sn);
        } else {
            buf_printf(out, "matrix(shape=(%d, %d), dtype=", i->rows, i->cols);
            scalar_repr(s, out);
            buf_puts(out, ")");
        }
        break;
    case TY_QUAT:
        if (sn) {
            buf_printf(out, "quat%s", sn);
        } else {
            buf_puts(out, "quat(dtype=");
            scalar_repr(s, out);
            buf_puts(out, ")");
        }
        break;
    case TY_TRANSFORM:
        if (sn) {
            buf_printf(out, "transform%s", sn);
        } else {
            buf_puts(out, "transform(dtype=");
            scalar_repr(s, out);
            buf_puts(out, ")");
        }
        break;
    case TY_ARRAY:
        buf_printf(out, "array(ndim=%d, dtype=", i->ndim);
        ir_type_repr(m, i->elem, out);
        buf_puts(out, ")");
        break;
    case TY_STRUCT:
        /* Warp prints the struct class as <python module>.<qualname>; the
         * module name is not part of the type, so the key stands in. */
        if (i->strct >= 0 && i->strct < m->nstructs && m->structs[i->strct]->key) {
            if (m->module_name)
                buf_printf(out, "%s.", m->module_name);
            buf_puts(out, m->structs[i->strct]->key);
        }
        break;
    case TY_REF:
        buf_puts(out, "wp.ref[");
        ir_type_repr(m, i->elem, out);
        buf_puts(out, "]");
        break;
    case TY_RANGE: buf_puts(out, "warp._src.types.range_t"); break;
    case TY_SHAPE: buf_puts(out, "warp._src.types.shape_t"); break;
    case TY_SLICE: buf_puts(out, "warp._src.types.slice_t"); break;
    case TY_GENERIC: buf_puts(out, i->rows == GEN_SCALAR ? "~Scalar" : i->rows == GEN_FLOAT ? "~Float" : i->rows == GEN_INT ? "~Int"
                                 : i->rows == GEN_ELLIPSIS ? "Ellipsis" : "Any"); break;
    case TY_TUPLE: {
        const uint8_t *py;
        const IrType *e = ir_type_tuple_elems(m, t, &py);
        buf_puts(out, "tuple(");
        for (int k = 0; k < i->rows; k++) {
            if (k)
                buf_puts(out, ", ");
            if (py[k])
                buf_puts(out, py_scalar_name(m, e[k]));
            else
                ir_type_repr(m, e[k], out);
        }
        buf_puts(out, ")");
        break;
    }
    case TY_STRING: buf_puts(out, "builtins.str"); break;
    case TY_TILE_STACK:
        buf_puts(out, "tile_stack(dtype=");
        ir_type_repr(m, i->elem, out);
        buf_printf(out, ", capacity=%d)", i->strct);
        break;
    case TY_TILE: {
        /* f"tile(shape={t.shape}, dtype={type_repr(t.dtype)})", shape a Python tuple */
        buf_puts(out, "tile(shape=(");
        join_ints(ir_tile_shape(m, t), i->ndim, ", ", out);
        buf_puts(out, i->ndim == 1 ? ",), dtype=" : "), dtype=");
        ir_type_repr(m, i->elem, out);
        buf_puts(out, ")");
        break;
    }
    case TY_OPAQUE:
        /* module.qualname of the class */
        if (i->rows == OQ_HASH_GRID_QUERY && m->warp_minor >= 16 && i->scalar != SC_FLOAT32)
            buf_printf(out, "warp._src.types._HashGridQuery%s", i->scalar == SC_FLOAT16 ? "H" : "D");
        else if (i->rows == OQ_HASH_GRID_QUERY)
            buf_puts(out, "warp._src.types.HashGridQuery");
        else
            buf_printf(out, "warp._src.types.%s", i->rows == OQ_MESH_QUERY_AABB ? "MeshQueryAABB"
                       : i->rows == OQ_MESH_QUERY_POINT ? "MeshQueryPoint" : i->rows == OQ_MESH_QUERY_RAY ? "MeshQueryRay"
                       : i->rows == OQ_BVH_QUERY ? "BvhQuery" : i->rows == OQ_BVH_QUERY_TILED ? "BvhQueryTiled"
                       : i->rows == OQ_MESH_QUERY_AABB_TILED ? "MeshQueryAABBTiled" : opaque_native(m, i));
        break;
    default: buf_puts(out, "tuple"); break;
    }
}
