/* builtins.c: Warp's builtin overload table and its resolver.
 *
 * The table (builtins.def) lists every overload as Warp registers it: the
 * Python key, the C++ name, the parameter patterns in a compact text form,
 * and three rule names standing for Warp's value_func (VF_: the result
 * type), dispatch_func (DF_: the C++ argument list and template arguments)
 * and initializer_list_func (IL_).  The parameter strings are parsed once,
 * on first use, into Param/Pat structures.
 *
 * Resolution follows Warp's codegen step by step, because the order of its
 * checks decides which overload wins and which error is reported:
 *   resolve_func    rows of the key in table order, variadic rows last;
 *                   a non-variadic row needs at least as many parameters as
 *                   arguments, a Python-style binding of the positional and
 *                   keyword arguments, and every bound (or defaulted)
 *                   argument matching its pattern as types_equal_generic
 *                   does; variadic rows match without checks; with
 *                   min_outputs the row's generic result must be a tuple of
 *                   that many types.
 *   resolve_call    bind again, add the constructor's type arguments
 *                   (wp.vec3 -> length=3, dtype=float32) and the non-None
 *                   defaults, all in signature order.
 *   add_call        run the value rule (which may raise Warp's errors), then
 *                   the dispatch rule, then the initializer-list rule.
 * The rules are written per Warp function, not per row, and take the Warp
 * minor version where 1.10 and 1.16 differ.  Messages are Warp's, with
 * Python's str()/repr() spellings of the values they interpolate. */
#include "ir/ir.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- the table ------------------------------------------------------------ */
enum {
    VF_FIXED, VF_INFER, VF_ARG0, VF_SAMETYPES, VF_SCALAR_SAMETYPES, VF_SCALAR_MUL,
    VF_MATVEC, VF_VECMAT, VF_MATMAT, VF_OUTER, VF_TRANSPOSE, VF_DIAG, VF_GET_DIAG, VF_TRACE,
    VF_VECTOR, VF_MATRIX, VF_MATRIX_TRS, VF_MAT_FROM_COLS, VF_MAT_FROM_ROWS, VF_IDENTITY,
    VF_QUATERNION, VF_QUAT_IDENTITY, VF_TRANSFORMATION, VF_TRANSFORMATION_PQ, VF_TRANSFORM_IDENTITY,
    VF_SPATIAL_VECTOR, VF_WHERE, VF_SELECT, VF_ADDRESS, VF_VIEW, VF_ARRAY_STORE, VF_STORE, VF_ATOMIC,
    VF_VEC_EXTRACT, VF_MAT_EXTRACT, VF_INDEX_REF, VF_ROW_REF, VF_EXPECT_EQ, VF_LERP, VF_STATIC_LEN,
    VF_PRINTF, VF_UNSUPPORTED, VF_SLICE, VF_TUPLE, VF_TUPLE_EXTRACT, VF_ARRAY_PTR,
    VF_DTYPE, /* the type given as the dtype argument (wp.cast) */
    VF_VOLUME, VF_VOLUME_GRAD, VF_VOLUME_STORE, VF_VOLUME_INDEX, /* volume value funcs */
    VF_COPY,  /* copy_value_func: the argument's type; a shared tile gets a new owning tile */
    /* tiles (see the tile section) */
    VF_TILE_ALLOC, VF_TILE_ARANGE, VF_TILE_LOAD, VF_TILE_STORE, VF_TILE_EXTRACT, VF_TILE_INPLACE_ELEM,
    VF_TILE_INPLACE_TILE, VF_TILE_BINARY, VF_TILE_MULDIV, VF_TILE_SCALAR_MUL, VF_TILE_TRANSPOSE,
    VF_TILE_BROADCAST, VF_TILE_REDUCE1, VF_TILE_REDUCE_AXIS, VF_TILE_SCAN, VF_TILE_MAP, VF_TILE_ASTYPE,
    VF_TILE_ASSIGN, VF_TILE_CTOR, VF_UNTILE, VF_TILE_UNARY, VF_TILE_MATMUL, VF_TILE_VIEW, VF_TILE_INDEXED, VF_TILE_QUERY_NEXT, VF_TILE_FFT, VF_TILE_CHOLESKY, VF_TILE_SOLVE, VF_TILE_SQUEEZE, VF_TILE_RESHAPE, VF_TILE_SORT,
    VF_TILE_DIAG_ADD, VF_TILE_DOT_AXPY, VF_TILE_RAND, VF_TILE_SCATTER, VF_TILE_STACK,
    VF_TILE_SLICE_INDEXED,
};
enum {
    DF_DEFAULT, DF_REF0, DF_VEC_ASSIGN, DF_MAT_ASSIGN, DF_VECTOR, DF_MATRIX, DF_MAT_FROM_VECS,
    DF_IDENTITY, DF_QUATERNION, DF_DTYPE_ONLY, DF_TRANSFORMATION, DF_SPATIAL_VECTOR,
    DF_VOLUME, /* the arguments but dtype; dtype as the template argument */
    DF_TUPLE_EXTRACT, /* the tuple; the constant index as the template argument */
    DF_ARRAY_PTR,     /* ptr, the shape's elements; dtype as the template argument */
    /* tiles */
    DF_TILE_ALLOC, DF_TILE_ARANGE, DF_TILE_LOAD, DF_TILE_STORE, DF_TILE_MAP, DF_TILE_ASSIGN, DF_TILE_CTOR,
    DF_TILE_MATMUL, DF_TILE_BROADCAST, DF_TILE_SUM_AXIS, DF_TILE_ASTYPE, DF_TILE_SWAP, DF_TILE_VIEW, DF_TILE_INDEXED, DF_TILE_FFT, DF_TILE_CHOLESKY, DF_TILE_SOLVE, DF_TILE_DIAG_ADD, DF_TILE_RAND, DF_TILE_SCATTER, DF_TILE_STACK,
    DF_TILE_SLICE_INDEXED,
};
enum { IL_NONE, IL_ALWAYS, IL_ARGS_GT1, IL_ARGS_GT4, IL_MATRIX, IL_MAT_FROM_VECS };

typedef struct Row {
    const char *key, *native, *params, *ret;
    uint8_t vf, df, il;
    unsigned flags;
} Row;

static const Row rows[] = {
#define B(key, native, params, ret, vf, df, il, flags) {key, native, params, ret, vf, df, il, flags},
#include "ir/builtins.def"
#undef B
};
#define NROWS ((int)(sizeof rows / sizeof rows[0]))

/* ---- parameter patterns ---------------------------------------------------- */
typedef enum PatKind {
    PK_ANY, PK_SCALAR, PK_FLOAT, PK_INT, PK_CONCRETE,
    PK_VEC, PK_MAT, PK_QUAT, PK_XFORM, PK_ARRAY, PK_RANGE, PK_SHAPE, PK_STR, PK_NEVER, PK_TUPLE,
    PK_OPAQUE, /* a query object or native class: len = IrOpaque, sc = precision */
    PK_TILE,   /* tile(dtype pattern): any shape (types_equal compares only the dtype) */
    PK_CALLABLE, /* Callable: a function passed as a value */
} PatKind;

/* Names of the opaque types in parameter patterns and result types. */
static const struct { const char *name; uint8_t oq, sc; } opaque_names[] = {
    {"HashGridQuery", OQ_HASH_GRID_QUERY, SC_FLOAT32}, {"HashGridQueryH", OQ_HASH_GRID_QUERY, SC_FLOAT16},
    {"HashGridQueryD", OQ_HASH_GRID_QUERY, SC_FLOAT64}, {"MeshQueryAABB", OQ_MESH_QUERY_AABB, SC_NONE},
    {"MeshQueryPoint", OQ_MESH_QUERY_POINT, SC_NONE},   {"MeshQueryRay", OQ_MESH_QUERY_RAY, SC_NONE},
    {"BvhQuery", OQ_BVH_QUERY, SC_NONE},                {"Mesh", OQ_MESH, SC_NONE},
    {"BvhQueryTiled", OQ_BVH_QUERY_TILED, SC_NONE},     {"MeshQueryAABBTiled", OQ_MESH_QUERY_AABB_TILED, SC_NONE},
};

static int opaque_from_name(const char *s, size_t n) {
    for (size_t k = 0; k < sizeof opaque_names / sizeof opaque_names[0]; k++)
        if (strlen(opaque_names[k].name) == n && !strncmp(opaque_names[k].name, s, n))
            return (int)k;
    return -1;
}

typedef struct Pat {
    uint8_t kind;        /* PatKind */
    uint8_t sc;          /* PK_CONCRETE: the scalar */
    int16_t len, rows, cols; /* composite shape, -1 = Any */
    uint8_t dkind, dsc;  /* composite element: PK_ANY/SCALAR/FLOAT/INT/CONCRETE (+scalar) */
    const struct Pat *elem; /* PK_ARRAY, PK_TILE: dtype pattern */
} Pat;

typedef enum DefKind { DEF_NONE_GIVEN, DEF_NONE, DEF_INT, DEF_FLOAT, DEF_BOOL, DEF_TYPED,
                       DEF_STR,   /* "text" */
                       DEF_PYTYPE /* type(float): Python's float/int/bool as a value */ } DefKind;

typedef struct Param {
    const char *name; /* points into the row's params string */
    uint8_t namelen;
    uint8_t star;     /* *args */
    uint8_t def;      /* DefKind; DEF_NONE_GIVEN: no default */
    uint8_t def_sc;   /* DEF_TYPED scalar */
    int64_t def_i;
    double def_f;
    const char *def_s; /* DEF_STR: the text (def_i bytes, in the row's params) */
    Pat pat;
} Param;

typedef struct RowInfo {
    Param *params;
    int nparams;
    int star;         /* index of the *args parameter, -1 if none */
    int nret;         /* results of the generic value_func: >1 means a tuple */
} RowInfo;

enum { MAX_PARAMS_TOTAL = 16384, MAX_ELEM_PATS = 1024, MAX_ROW_PARAMS = 64 };
static Param param_pool[MAX_PARAMS_TOTAL];
static Pat elem_pool[MAX_ELEM_PATS];
static RowInfo infos[NROWS];
static int parsed; /* 1 ok, -1 failed */
static int parse_fail_row = -1;

static int scalar_from_name(const char *s, size_t n, IrScalar *out) {
    for (int k = SC_BOOL; k < SC_COUNT; k++) {
        const char *nm = ir_scalar_name((IrScalar)k);
        if (strlen(nm) == n && !strncmp(nm, s, n)) {
            *out = (IrScalar)k;
            return 1;
        }
    }
    return 0;
}

static int word_is(const char *s, size_t n, const char *w) { return strlen(w) == n && !strncmp(s, w, n); }

static size_t word_len(const char *s) {
    size_t n = 0;
    while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= '0' && s[n] <= '9') ||
           s[n] == '_')
        n++;
    return n;
}

/* A scalar-level pattern word: Any, Scalar, Float, Int or a scalar name. */
static int parse_scalar_pat(const char **sp, uint8_t *kind, uint8_t *sc) {
    const char *s = *sp;
    size_t n = word_len(s);
    IrScalar x;
    if (word_is(s, n, "Any")) *kind = PK_ANY;
    else if (word_is(s, n, "Scalar")) *kind = PK_SCALAR;
    else if (word_is(s, n, "Float")) *kind = PK_FLOAT;
    else if (word_is(s, n, "Int")) *kind = PK_INT;
    else if (scalar_from_name(s, n, &x)) { *kind = PK_CONCRETE; *sc = (uint8_t)x; }
    else return 0;
    *sp = s + n;
    return 1;
}

static int parse_dim(const char **sp, int16_t *out) {
    const char *s = *sp;
    if (!strncmp(s, "Any", 3)) {
        *out = -1;
        *sp = s + 3;
        return 1;
    }
    char *e;
    long v = strtol(s, &e, 10);
    if (e == s)
        return 0;
    *out = (int16_t)v;
    *sp = e;
    return 1;
}

static int expect_ch(const char **sp, char c) {
    if (**sp != c)
        return 0;
    (*sp)++;
    return 1;
}

static int nelem;

static int parse_pat(const char **sp, Pat *p) {
    const char *s = *sp;
    size_t n = word_len(s);
    memset(p, 0, sizeof *p);
    p->len = p->rows = p->cols = -1;
    if (word_is(s, n, "vector") || word_is(s, n, "matrix")) {
        int mat = s[0] == 'm';
        s += n;
        p->kind = mat ? PK_MAT : PK_VEC;
        if (!expect_ch(&s, '('))
            return 0;
        if (!parse_dim(&s, mat ? &p->rows : &p->len) || !expect_ch(&s, ','))
            return 0;
        if (mat && (!parse_dim(&s, &p->cols) || !expect_ch(&s, ',')))
            return 0;
        if (!parse_scalar_pat(&s, &p->dkind, &p->dsc) || !expect_ch(&s, ')'))
            return 0;
    } else if (word_is(s, n, "quaternion") || word_is(s, n, "transformation")) {
        p->kind = s[0] == 'q' ? PK_QUAT : PK_XFORM;
        s += n;
        if (!expect_ch(&s, '(') || !parse_scalar_pat(&s, &p->dkind, &p->dsc) || !expect_ch(&s, ')'))
            return 0;
    } else if (word_is(s, n, "array") || word_is(s, n, "tile")) {
        p->kind = s[0] == 'a' ? PK_ARRAY : PK_TILE;
        s += n;
        if (nelem == MAX_ELEM_PATS || !expect_ch(&s, '('))
            return 0;
        Pat *e = &elem_pool[nelem++];
        if (!parse_pat(&s, e) || !expect_ch(&s, ')'))
            return 0;
        p->elem = e;
    } else if (word_is(s, n, "range_t")) {
        p->kind = PK_RANGE;
        s += n;
    } else if (word_is(s, n, "shape_t")) {
        p->kind = PK_SHAPE;
        s += n;
    } else if (word_is(s, n, "str")) {
        p->kind = PK_STR;
        s += n;
    } else if (word_is(s, n, "tuple")) {
        p->kind = PK_TUPLE;
        s += n;
    } else if (word_is(s, n, "Callable")) {
        p->kind = PK_CALLABLE;
        s += n;
    } else if (opaque_from_name(s, n) >= 0) {
        int k = opaque_from_name(s, n);
        p->kind = PK_OPAQUE;
        p->len = opaque_names[k].oq;
        p->sc = opaque_names[k].sc;
        s += n;
    } else {
        if (!parse_scalar_pat(&s, &p->kind, &p->sc))
            return 0;
    }
    *sp = s;
    return 1;
}

static int parse_default(const char **sp, Param *p) {
    const char *s = *sp;
    size_t n = word_len(s);
    IrScalar sc;
    if (word_is(s, n, "None")) {
        p->def = DEF_NONE;
        s += n;
    } else if (*s == '"') {
        const char *e = strchr(s + 1, '"');
        if (!e)
            return 0;
        p->def = DEF_STR;
        p->def_s = s + 1;
        p->def_i = e - (s + 1);
        s = e + 1;
    } else if (word_is(s, n, "type") && s[n] == '(') {
        IrScalar t;
        s += n + 1;
        size_t k = word_len(s);
        if (word_is(s, k, "float")) t = SC_FLOAT32;
        else if (word_is(s, k, "int")) t = SC_INT32;
        else if (word_is(s, k, "bool")) t = SC_BOOL;
        else return 0;
        s += k;
        if (!expect_ch(&s, ')'))
            return 0;
        p->def = DEF_PYTYPE;
        p->def_sc = (uint8_t)t;
    } else if (word_is(s, n, "True") || word_is(s, n, "False")) {
        p->def = DEF_BOOL;
        p->def_i = s[0] == 'T';
        s += n;
    } else if (n && scalar_from_name(s, n, &sc) && s[n] == '(') {
        s += n + 1;
        char *e;
        p->def = DEF_TYPED;
        p->def_sc = (uint8_t)sc;
        if (ir_scalar_is_float(sc)) {
            p->def_f = strtod(s, &e);
        } else {
            p->def_i = strtoll(s, &e, 10);
        }
        if (e == s)
            return 0;
        s = e;
        if (!expect_ch(&s, ')'))
            return 0;
    } else {
        char *e;
        const char *q = s;
        int isf = 0;
        while (*q && *q != ',') {
            if (*q == '.' || *q == 'e' || *q == 'E' || *q == 'i') /* 1.0, 1e-3, inf (math.inf) */
                isf = 1;
            q++;
        }
        if (isf) {
            p->def = DEF_FLOAT;
            p->def_f = strtod(s, &e);
        } else {
            p->def = DEF_INT;
            p->def_i = strtoll(s, &e, 10);
        }
        if (e == s)
            return 0;
        s = e;
    }
    *sp = s;
    return 1;
}

static int count_results(const char *ret) {
    if (!*ret)
        return 0;
    int depth = 0, n = 1;
    for (const char *s = ret; *s; s++) {
        if (*s == '(') depth++;
        else if (*s == ')') depth--;
        else if (*s == ',' && depth == 0) n++;
    }
    return n;
}

static int parse_row(int r, int *pool_used) {
    const Row *row = &rows[r];
    RowInfo *ri = &infos[r];
    const char *s = row->params;
    ri->params = &param_pool[*pool_used];
    ri->nparams = 0;
    ri->star = -1;
    while (*s) {
        if (*pool_used == MAX_PARAMS_TOTAL || ri->nparams == MAX_ROW_PARAMS)
            return 0;
        Param *p = &param_pool[(*pool_used)++];
        memset(p, 0, sizeof *p);
        if (*s == '*') {
            p->star = 1;
            ri->star = ri->nparams;
            s++;
        }
        p->name = s;
        p->namelen = (uint8_t)word_len(s);
        s += p->namelen;
        if (!p->namelen || !expect_ch(&s, ':') || !parse_pat(&s, &p->pat))
            return 0;
        if (*s == '=') {
            s++;
            if (!parse_default(&s, p))
                return 0;
        }
        ri->nparams++;
        if (*s == ',')
            s++;
        else if (*s)
            return 0;
    }
    /* The generic result (value_func(None, None)) is a tuple only for a
     * fixed list of types or the tuple-valued inferred templates. */
    ri->nret = (row->vf == VF_FIXED || row->vf == VF_INFER) ? count_results(row->ret)
             : !strcmp(row->key, "tile_stack_pop") ? 2 : 1;
    return 1;
}

/* Key index: rows of one key are contiguous in builtins.def, so a key maps
 * to its first row and row count; open addressing over a power-of-two table. */
enum { KEY_SLOTS = 1024 };
static struct { const char *key; int first, count; } keytab[KEY_SLOTS];

static unsigned key_hash(const char *k) {
    unsigned h = 2166136261u;
    for (; *k; k++)
        h = (h ^ (unsigned char)*k) * 16777619u;
    return h;
}

static int index_keys(void) {
    for (int r = 0; r < NROWS;) {
        int e = r;
        while (e < NROWS && !strcmp(rows[e].key, rows[r].key))
            e++;
        unsigned h = key_hash(rows[r].key) & (KEY_SLOTS - 1);
        for (int probe = 0;; probe++) {
            if (probe == KEY_SLOTS)
                return 0;
            if (!keytab[h].key)
                break;
            if (!strcmp(keytab[h].key, rows[r].key))
                return 0; /* a key's rows are not contiguous */
            h = (h + 1) & (KEY_SLOTS - 1);
        }
        keytab[h].key = rows[r].key;
        keytab[h].first = r;
        keytab[h].count = e - r;
        r = e;
    }
    return 1;
}

static void parse_all(void) {
    int used = 0;
    for (int r = 0; r < NROWS; r++)
        if (!parse_row(r, &used)) {
            parse_fail_row = r;
            parsed = -1;
            return;
        }
    if (!index_keys()) {
        parse_fail_row = 0;
        parsed = -1;
        return;
    }
    parsed = 1;
}

/* once per process, whichever thread builds first */
static int ensure_parsed(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, parse_all);
    return parsed;
}

/* The rows of key: [*first, *first + count). */
static int key_rows(const char *key, int *first) {
    if (ensure_parsed() < 0)
        return 0;
    unsigned h = key_hash(key) & (KEY_SLOTS - 1);
    while (keytab[h].key) {
        if (!strcmp(keytab[h].key, key)) {
            *first = keytab[h].first;
            return keytab[h].count;
        }
        h = (h + 1) & (KEY_SLOTS - 1);
    }
    return 0;
}

/* ---- public table accessors ------------------------------------------------ */
IrBuiltinId ir_builtin_count(void) { return (IrBuiltinId)NROWS; }

const char *ir_builtin_key(IrBuiltinId id) {
    return id >= 1 && id <= NROWS ? rows[id - 1].key : "";
}

const char *ir_builtin_native(IrBuiltinId id) {
    return id >= 1 && id <= NROWS ? rows[id - 1].native : "";
}

unsigned ir_builtin_flags(IrBuiltinId id) {
    return id >= 1 && id <= NROWS ? rows[id - 1].flags : 0;
}

static int row_in_version(const Row *r, int minor) {
    if ((r->flags & BF_SINCE_116) && minor < 16)
        return 0;
    if ((r->flags & BF_UNTIL_110) && minor >= 16)
        return 0;
    return 1;
}

int ir_builtin_exists(const char *key, int warp_minor) {
    int first = 0, n = key_rows(key, &first);
    for (int r = first; r < first + n; r++)
        if (row_in_version(&rows[r], warp_minor))
            return 1;
    return 0;
}

/* Builtins registered with export=False (their first overload): they are not
 * attributes of the warp module, so a bare name (`tid()`, not `wp.tid()`)
 * does not find them (tiles, textures and the *_tiled queries left out). */
static const char *const unexported[] = {
    "add_inplace", "assign", "assign_copy", "assign_inplace", "bit_and_inplace", "bit_or_inplace",
    "bit_xor_inplace", "bvh_get_group_root", "bvh_query_aabb", "bvh_query_aabb_tiled", "bvh_query_next",
    "bvh_query_next_tiled", "bvh_query_ray", "bvh_query_ray_tiled", "cast", "closest_point_edge_edge",
    "div_approx", "expect_neq", "extract", "hash_grid_point_id", "hash_grid_query", "hash_grid_query_next",
    "identity", "intersect_tri_tri", "inverse_approx", "iter_next", "matrix", "mesh_eval_face_normal",
    "mesh_eval_position", "mesh_eval_velocity", "mesh_get", "mesh_get_group_root", "mesh_get_index",
    "mesh_get_point", "mesh_get_velocity", "mesh_query_aabb", "mesh_query_aabb_next",
    "mesh_query_aabb_next_tiled", "mesh_query_aabb_tiled", "mesh_query_furthest_point_no_sign",
    "mesh_query_point", "mesh_query_point_no_sign", "mesh_query_point_sign_normal",
    "mesh_query_point_sign_parity", "mesh_query_point_sign_winding_number", "mesh_query_ray",
    "mesh_query_ray_anyhit", "mesh_query_ray_count_intersections", "quaternion", "spatial_adjoint",
    "sub_inplace", "tid", "transform_add_inplace", "transform_set_rotation_copy",
    "transform_set_translation_copy", "transform_sub_inplace", "transformation", "vector", "volume_lookup",
    "volume_sample", "volume_sample_grad", "volume_sample_grad_index", "volume_sample_index", "volume_store",
    "volume_store_f", "volume_store_i", "volume_store_v",
};

int ir_builtin_exported(const char *key) {
    for (size_t i = 0; i < sizeof unexported / sizeof unexported[0]; i++)
        if (!strcmp(unexported[i], key))
            return 0;
    return 1;
}

int ir_builtin_arg_noload(IrBuiltinId id, int k) {
    return id >= 1 && id <= NROWS && rows[id - 1].df == DF_REF0 && k == 0;
}

int ir_builtin_folds(IrBuiltinId id) {
    return id >= 1 && id <= NROWS && rows[id - 1].vf == VF_STATIC_LEN;
}

/* ---- errors -------------------------------------------------------------- */
typedef struct Ctx Ctx;

/* A bound argument as Warp's resolve_call sees it: a call-site argument, a
 * default, or a type argument of a constructor called through its type. */
typedef enum BKind { BA_ARG, BA_DEFAULT, BA_TYPEARG } BKind;

typedef struct BArg {
    const char *name;
    int namelen;
    BKind kind;
    int src;             /* call-site argument index, or -1 */
    IrType type;         /* value type as arg_types holds it (refs stripped), 0 if none */
    IrType tval;         /* the argument is this type (dtype=wp.float64): arg_values holds it */
    const IrConst *cval; /* constant value (arg_values), or NULL for a runtime value */
    IrConst own;         /* storage for defaults and type-argument constants */
    int is_var;          /* a Var (runtime or constant) as opposed to a Python type object */
    int star;            /* element of *args */
    const char *sval;    /* a string constant ("shared") */
    uint8_t pytype;      /* tval is Python's float/int/bool */
    const IrFnArg *fn;   /* a function passed as a value */
} BArg;

struct Ctx {
    IrModule *m;
    int minor;
    const Row *row;
    const RowInfo *ri;
    const IrCallArg *args;
    int nargs;
    BArg b[IR_MAX_CALL_ARGS + 8];
    int nb;
    int vstart, vcount;  /* the *args slice of b */
    int has_star;        /* the *args parameter was bound (Python's arguments dict has it) */
    IrBuiltinCall *out;
    IrType ret[8];
    int nret;
    int fold;            /* value_func returned a constant Var */
    IrConst foldval;
    /* dispatch result */
    int carg[IR_MAX_CALL_ARGS]; /* index into b, or -(k+1) into extra[] */
    uint8_t ckind[IR_MAX_CALL_ARGS];  /* IrArgKind */
    int16_t caux[IR_MAX_CALL_ARGS];
    const char *ctext[IR_MAX_CALL_ARGS], *cadj[IR_MAX_CALL_ARGS];
    IrType ctyp[IR_MAX_CALL_ARGS];
    void *cfn[IR_MAX_CALL_ARGS];
    int no_reverse;
    int ncarg;
    IrConst extra[IR_MAX_CALL_ARGS];
    int nextra;
    Buf tmpl;
    char *err;
    size_t errlen;
};

static int fail(Ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(Ctx *c, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (c->err && c->errlen)
        vsnprintf(c->err, c->errlen, fmt, ap);
    va_end(ap);
    return -1;
}

/* ---- type helpers ----------------------------------------------------------- */
static const IrTypeInfo *TI(Ctx *c, IrType t) { return ir_type_info(c->m, t); }

static IrType strip(Ctx *c, IrType t) { return t ? ir_type_strip_ref(c->m, t) : 0; }

/* The scalar a value type is made of (getattr(t, "_wp_scalar_type_", t) for
 * scalars), SC_NONE for arrays, structs and the rest. */
static IrScalar scalar_of(Ctx *c, IrType t) { return t ? ir_type_scalar_of(c->m, t) : SC_NONE; }

static int is_kind(Ctx *c, IrType t, IrTypeKind k) { return t && TI(c, t)->kind == k; }

/* types_equal(a, b): identity for interned types, except that arrays
 * compare only their dtype (types_equal_generic ignores ndim). */
static int types_equal(Ctx *c, IrType a, IrType b) {
    if (a == b)
        return 1;
    if (!a || !b)
        return 0;
    const IrTypeInfo *x = TI(c, a), *y = TI(c, b);
    if (x->kind == TY_TILE && y->kind == TY_TILE && c->minor < 16)
        return 1; /* 1.10: any two tiles */
    if ((x->kind == TY_ARRAY || x->kind == TY_TILE) && y->kind == x->kind)
        return types_equal(c, x->elem, y->elem);
    return 0;
}

static const char *repr(Ctx *c, IrType t) {
    Buf b = {0};
    ir_type_repr(c->m, t, &b);
    char *s = arena_strdup(c->m->arena, b.data ? b.data : "");
    buf_free(&b);
    return s;
}

/* Python's str() of a Warp type class: "<class 'warp._src.types.vec3f'>".
 * Named classes exist for the standard composite types; the others are the
 * anonymous classes the type factories make. */
static const char *pystr(Ctx *c, IrType t) {
    const IrTypeInfo *i = TI(c, t);
    IrScalar s = (IrScalar)i->scalar;
    static const char *const fsuf[SC_COUNT] = {[SC_FLOAT16] = "h", [SC_FLOAT32] = "f", [SC_FLOAT64] = "d"};
    static const char *const isuf[SC_COUNT] = {
        [SC_FLOAT16] = "h", [SC_FLOAT32] = "f", [SC_FLOAT64] = "d", [SC_INT8] = "b", [SC_UINT8] = "ub",
        [SC_INT16] = "s", [SC_UINT16] = "us", [SC_INT32] = "i", [SC_UINT32] = "ui", [SC_INT64] = "l",
        [SC_UINT64] = "ul"};
    const char *name = NULL;
    switch (i->kind) {
    case TY_SCALAR:
        name = ir_scalar_name(s);
        break;
    case TY_VEC:
        if (i->rows >= 2 && i->rows <= 4 && isuf[s])
            name = arena_printf(c->m->arena, "vec%d%s", i->rows, isuf[s]);
        else if (i->rows == 6 && fsuf[s])
            name = arena_printf(c->m->arena, "spatial_vector%s", fsuf[s]);
        else
            name = "vector.<locals>.vec_t";
        break;
    case TY_MAT:
        if (i->rows == i->cols && i->rows >= 2 && i->rows <= 4 && fsuf[s])
            name = arena_printf(c->m->arena, "mat%d%d%s", i->rows, i->cols, fsuf[s]);
        else if (i->rows == 6 && i->cols == 6 && fsuf[s])
            name = arena_printf(c->m->arena, "spatial_matrix%s", fsuf[s]);
        else
            name = "matrix.<locals>.mat_t";
        break;
    case TY_QUAT:
        name = fsuf[s] ? arena_printf(c->m->arena, "quat%s", fsuf[s]) : "quaternion.<locals>.quat_t";
        break;
    case TY_TRANSFORM:
        name = fsuf[s] ? arena_printf(c->m->arena, "transform%s", fsuf[s]) : "transformation.<locals>.transform_t";
        break;
    case TY_ARRAY:
        /* str() of an array annotation: "array" + str(dtype) */
        return arena_printf(c->m->arena, "array%s", pystr(c, i->elem));
    case TY_RANGE:
        name = "range_t";
        break;
    case TY_SHAPE:
        name = "shape_t";
        break;
    case TY_STRING:
        return "<class 'str'>";
    default:
        return repr(c, t);
    }
    return arena_printf(c->m->arena, "<class 'warp._src.types.%s'>", name);
}

/* Python's repr() of a list of type_repr strings: ['float32', 'int32']. */
static const char *repr_list(Ctx *c, const IrType *ts, int n) {
    Buf b = {0};
    buf_puts(&b, "[");
    for (int k = 0; k < n; k++) {
        if (k)
            buf_puts(&b, ", ");
        buf_printf(&b, "'%s'", repr(c, ts[k]));
    }
    buf_puts(&b, "]");
    char *s = arena_strdup(c->m->arena, b.data);
    buf_free(&b);
    return s;
}

static const char *shape_str(Ctx *c, IrType t) {
    const IrTypeInfo *i = TI(c, t);
    return arena_printf(c->m->arena, "(%d, %d)", i->rows, i->cols);
}

/* ---- pattern matching (types_equal_generic against a parameter) ---------------- */
/* Warp 1.10 lets Scalar match bool too (scalar_and_bool_types); 1.16 does
 * not, which is why it registers separate bool overloads. */
static int scalar_pat_ok(uint8_t kind, uint8_t sc, IrScalar s, int minor) {
    switch (kind) {
    case PK_ANY: return 1;
    case PK_SCALAR: return ir_scalar_is_int(s) || ir_scalar_is_float(s) || (minor < 16 && s == SC_BOOL);
    case PK_FLOAT: return ir_scalar_is_float(s);
    case PK_INT: return ir_scalar_is_int(s);
    case PK_CONCRETE: return s == sc;
    default: return 0;
    }
}

static int match_pat(const IrModule *m, const Pat *p, IrType t, int minor) {
    if (p->kind == PK_ANY)
        return 1;
    if (!t)
        return 0;
    const IrTypeInfo *i = ir_type_info(m, t);
    switch (p->kind) {
    case PK_SCALAR: case PK_FLOAT: case PK_INT: case PK_CONCRETE:
        return i->kind == TY_SCALAR && scalar_pat_ok(p->kind, p->sc, (IrScalar)i->scalar, minor);
    case PK_VEC:
        return i->kind == TY_VEC && (p->len < 0 || p->len == i->rows) &&
               scalar_pat_ok(p->dkind, p->dsc, (IrScalar)i->scalar, minor);
    case PK_MAT:
        return i->kind == TY_MAT && (p->rows < 0 || p->rows == i->rows) && (p->cols < 0 || p->cols == i->cols) &&
               scalar_pat_ok(p->dkind, p->dsc, (IrScalar)i->scalar, minor);
    case PK_QUAT:
        return i->kind == TY_QUAT && scalar_pat_ok(p->dkind, p->dsc, (IrScalar)i->scalar, minor);
    case PK_XFORM:
        return i->kind == TY_TRANSFORM && scalar_pat_ok(p->dkind, p->dsc, (IrScalar)i->scalar, minor);
    case PK_ARRAY:
        /* array polymorphism: any ndim, dtype matched generically */
        return i->kind == TY_ARRAY && match_pat(m, p->elem, i->elem, minor);
    case PK_RANGE: return i->kind == TY_RANGE;
    case PK_SHAPE: return i->kind == TY_SHAPE;
    case PK_STR: return i->kind == TY_STRING;
    case PK_TUPLE: return i->kind == TY_TUPLE;
    case PK_OPAQUE: return i->kind == TY_OPAQUE && i->rows == p->len && i->scalar == p->sc;
    /* 1.10's types_equal takes any two tiles as equal */
    case PK_TILE: return i->kind == TY_TILE && (minor < 16 || match_pat(m, p->elem, i->elem, minor));
    default: return 0;
    }
}

/* ---- binding (Python's Signature.bind) ---------------------------------------- */
/* slot[p] = call-arg index bound to parameter p (-1 unbound); star args get
 * the positional overflow.  Returns NULL or Python's TypeError message. */
typedef struct Binding {
    int slot[MAX_ROW_PARAMS];
    int star_args[IR_MAX_CALL_ARGS];
    int nstar;
    int star_bound;
} Binding;

static int param_is(const Param *p, const char *kw) {
    return strlen(kw) == p->namelen && !strncmp(p->name, kw, p->namelen);
}

static const char *bind(IrModule *m, const RowInfo *ri, const IrCallArg *args, int nargs, Binding *bd) {
    int npos = 0;
    for (int k = 0; k < nargs; k++)
        if (!args[k].kw)
            npos++;
    for (int p = 0; p < ri->nparams; p++)
        bd->slot[p] = -1;
    bd->nstar = 0;
    bd->star_bound = 0;
    /* positional arguments, in order (keywords come after them in Python) */
    int p = 0, k = 0;
    for (int a = 0; a < nargs; a++) {
        if (args[a].kw)
            continue;
        k++;
        if (p >= ri->nparams || (ri->star >= 0 && p > ri->star))
            return "too many positional arguments";
        const Param *pp = &ri->params[p];
        if (pp->star) {
            bd->star_bound = 1;
            for (int b = a; b < nargs; b++)
                if (!args[b].kw)
                    bd->star_args[bd->nstar++] = b;
            break;
        }
        for (int b = 0; b < nargs; b++)
            if (args[b].kw && param_is(pp, args[b].kw))
                return arena_printf(m->arena, "multiple values for argument '%.*s'", pp->namelen, pp->name);
        bd->slot[p++] = a;
    }
    (void)k;
    (void)npos;
    /* keyword arguments: every remaining parameter in signature order */
    int used[IR_MAX_CALL_ARGS] = {0};
    for (int q = 0; q < ri->nparams; q++) {
        const Param *pp = &ri->params[q];
        if (pp->star || bd->slot[q] >= 0)
            continue;
        int found = -1;
        for (int b = 0; b < nargs; b++)
            if (args[b].kw && !used[b] && param_is(pp, args[b].kw)) {
                found = b;
                break;
            }
        if (found >= 0) {
            used[found] = 1;
            bd->slot[q] = found;
        } else if (pp->def == DEF_NONE_GIVEN) {
            return arena_printf(m->arena, "missing a required argument: '%.*s'", pp->namelen, pp->name);
        }
    }
    for (int b = 0; b < nargs; b++)
        if (args[b].kw && !used[b]) {
            /* a keyword that named an already-bound positional parameter */
            for (int q = 0; q < ri->nparams; q++)
                if (!ri->params[q].star && param_is(&ri->params[q], args[b].kw) && bd->slot[q] != b)
                    return arena_printf(m->arena, "multiple values for argument '%s'", args[b].kw);
            return arena_printf(m->arena, "got an unexpected keyword argument '%s'", args[b].kw);
        }
    return NULL;
}

/* The type Warp's get_arg_type gives a call-site argument. */
static IrType call_arg_type(IrModule *m, const IrCallArg *a) {
    if (a->type_value)
        return a->type_value;
    return a->type ? ir_type_strip_ref(m, a->type) : 0;
}

static IrType default_type(IrModule *m, const Param *p) {
    switch (p->def) {
    case DEF_INT: return ir_type_scalar(m, SC_INT32);
    case DEF_FLOAT: return ir_type_scalar(m, SC_FLOAT32);
    case DEF_BOOL: return ir_type_scalar(m, SC_BOOL);
    case DEF_TYPED: return ir_type_scalar(m, (IrScalar)p->def_sc);
    case DEF_STR: return ir_type_simple(m, TY_STRING);
    case DEF_PYTYPE: return ir_type_scalar(m, (IrScalar)p->def_sc);
    default: return 0;
    }
}

/* func_match_args for a non-variadic row. */
static int row_matches(IrModule *m, const RowInfo *ri, const IrCallArg *args, int nargs, int minor) {
    Binding bd;
    if (bind(m, ri, args, nargs, &bd))
        return 0;
    for (int p = 0; p < ri->nparams; p++) {
        const Param *pp = &ri->params[p];
        IrType t;
        if (bd.slot[p] >= 0 && (pp->pat.kind == PK_CALLABLE || args[bd.slot[p]].fn)) {
            /* functions match Callable (and Any) only */
            if (pp->pat.kind != PK_CALLABLE && pp->pat.kind != PK_ANY)
                return 0;
            if (!args[bd.slot[p]].fn)
                return 0;
            continue;
        }
        if (bd.slot[p] >= 0)
            t = call_arg_type(m, &args[bd.slot[p]]);
        else if (pp->def == DEF_NONE)
            continue; /* a None default leaves the type to value_func */
        else
            t = default_type(m, pp);
        if (!match_pat(m, &pp->pat, t, minor))
            return 0;
    }
    return 1;
}

/* ---- constants ------------------------------------------------------------------ */
/* dtype(raw) for _cast_scalar_constant: Warp's scalar constructors keep the
 * raw Python value as it is (float32(1).value is the int 1, printed "1"),
 * so only the type changes. */
static IrConst cast_const(Ctx *c, const IrConst *x, IrScalar s) {
    IrConst r = *x;
    r.type = ir_type_scalar(c->m, s);
    r.n = 0;
    r.v = NULL;
    return r;
}

static int64_t const_int(const IrConst *x) { return x->is_float ? (int64_t)x->f : x->i; }

/* ---- bound-argument lookup -------------------------------------------------------- */
static BArg *get(Ctx *c, const char *name) {
    size_t n = strlen(name);
    for (int k = 0; k < c->nb; k++)
        if (!c->b[k].star && (size_t)c->b[k].namelen == n && !strncmp(c->b[k].name, name, n))
            return &c->b[k];
    return NULL;
}

static IrType gtype(Ctx *c, const char *name) {
    BArg *a = get(c, name);
    return a ? a->type : 0;
}

/* arg_values['dtype'] as a scalar: a type argument or a dtype=T keyword. */
static IrScalar dtype_value(Ctx *c, int *given) {
    BArg *a = get(c, "dtype");
    *given = 0;
    if (!a)
        return SC_NONE;
    *given = 1;
    if (a->tval && TI(c, a->tval)->kind == TY_SCALAR)
        return (IrScalar)TI(c, a->tval)->scalar;
    return SC_NONE;
}

/* All arg_types.values() of a non-variadic call, in order. */
static int all_types(Ctx *c, IrType *ts) {
    int n = 0;
    for (int k = 0; k < c->nb; k++)
        ts[n++] = c->b[k].type;
    return n;
}

static int sametypes(Ctx *c) {
    IrType ts[IR_MAX_CALL_ARGS + 8];
    int n = all_types(c, ts);
    for (int k = 1; k < n; k++)
        if (!types_equal(c, ts[0], ts[k]))
            return 0;
    return 1;
}

/* scalar_infer_type: the one scalar type of the arguments' scalars. */
static int infer_scalar(Ctx *c, const IrType *ts, int n, IrScalar *out) {
    IrScalar seen[16];
    int ns = 0;
    for (int k = 0; k < n; k++) {
        IrScalar s = scalar_of(c, ts[k]);
        if (s == SC_NONE)
            continue;
        int dup = 0;
        for (int j = 0; j < ns; j++)
            dup |= seen[j] == s;
        if (!dup && ns < 16)
            seen[ns++] = s;
    }
    if (ns == 0)
        return fail(c, "StopIteration");
    if (ns > 1) {
        Buf b = {0};
        for (int j = 0; j < ns; j++)
            buf_printf(&b, "%s<class 'warp._src.types.%s'>", j ? ", " : "", ir_scalar_name(seen[j]));
        fail(c, "Couldn't figure out return type as arguments have multiple precisions: [%s]", b.data);
        buf_free(&b);
        return -1;
    }
    *out = seen[0];
    return 0;
}

static int set_ret(Ctx *c, IrType t) {
    c->ret[0] = t;
    c->nret = t ? 1 : 0;
    return 0;
}

/* Parses a result type ("vector(3,T)", "int32", "range_t") with T bound. */
static int parse_type(Ctx *c, const char **sp, IrScalar T, IrType *out) {
    const char *s = *sp;
    size_t n = word_len(s);
    IrScalar sc = SC_NONE;
    int16_t d1 = 0, d2 = 0;
    if (word_is(s, n, "T")) {
        *out = ir_type_scalar(c->m, T);
        s += n;
    } else if (scalar_from_name(s, n, &sc)) {
        *out = ir_type_scalar(c->m, sc);
        s += n;
    } else if (word_is(s, n, "range_t") || word_is(s, n, "shape_t")) {
        *out = ir_type_simple(c->m, s[0] == 'r' ? TY_RANGE : TY_SHAPE);
        s += n;
    } else if (opaque_from_name(s, n) >= 0) {
        int k = opaque_from_name(s, n);
        *out = ir_type_opaque(c->m, (IrOpaque)opaque_names[k].oq, (IrScalar)opaque_names[k].sc);
        s += n;
    } else {
        int kind = word_is(s, n, "vector") ? 1 : word_is(s, n, "matrix") ? 2 : word_is(s, n, "quaternion") ? 3
                 : word_is(s, n, "transformation") ? 4 : 0;
        if (!kind)
            return -1;
        s += n;
        if (!expect_ch(&s, '('))
            return -1;
        if (kind <= 2) {
            if (!parse_dim(&s, &d1) || !expect_ch(&s, ','))
                return -1;
            if (kind == 2 && (!parse_dim(&s, &d2) || !expect_ch(&s, ',')))
                return -1;
        }
        size_t k = word_len(s);
        if (word_is(s, k, "T"))
            sc = T;
        else if (!scalar_from_name(s, k, &sc))
            return -1;
        s += k;
        if (!expect_ch(&s, ')'))
            return -1;
        *out = kind == 1 ? ir_type_vec(c->m, d1, sc) : kind == 2 ? ir_type_mat(c->m, d1, d2, sc)
             : kind == 3 ? ir_type_quat(c->m, sc) : ir_type_transform(c->m, sc);
    }
    *sp = s;
    return 0;
}

static int ret_from_template(Ctx *c, const char *tmpl, IrScalar T) {
    const char *s = tmpl;
    c->nret = 0;
    while (*s) {
        IrType t;
        if (c->nret == 8 || parse_type(c, &s, T, &t))
            return fail(c, "internal error: bad result type '%s' of builtin '%s'", tmpl, c->row->key);
        c->ret[c->nret++] = t;
        if (*s == ',')
            s++;
    }
    return 0;
}

/* _check_vars_match_dtype (1.16): runtime (non-constant) arguments must
 * already be of the dtype; constants are cast by the dispatch. */
static int check_vars_match(Ctx *c, BArg *const *vals, int n, IrScalar dtype, const char *msg) {
    for (int k = 0; k < n; k++) {
        if (!vals[k]->is_var || vals[k]->cval)
            continue;
        if (scalar_of(c, vals[k]->type) != dtype)
            return fail(c, "%s", msg);
    }
    return 0;
}

/* The variadic arguments (or, for named constructors, the non-dtype ones). */
static int ctor_values(Ctx *c, BArg **vals, int star) {
    int n = 0;
    for (int k = 0; k < c->nb; k++) {
        BArg *a = &c->b[k];
        if (star ? a->star : (!a->star && !(a->namelen == 5 && !strncmp(a->name, "dtype", 5))))
            vals[n++] = a;
    }
    return n;
}

/* ---- value rules ------------------------------------------------------------------- */
static int vf_vector(Ctx *c) {
    BArg *vals[IR_MAX_CALL_ARGS];
    int n = ctor_values(c, vals, 1);
    BArg *la = get(c, "length");
    int length = -1, dgiven;
    if (la) {
        if (!la->cval)
            return fail(c, "the `length` argument must be a constant");
        length = (int)const_int(la->cval);
    }
    IrScalar dtype = dtype_value(c, &dgiven);
    const char *dn = ir_scalar_name(dtype);
    int v16 = c->minor >= 16;
    if (n == 0) {
        if (length < 0)
            return fail(c, "the `length` argument must be specified when zero-initializing a vector");
        if (!dgiven)
            dtype = SC_FLOAT32;
    } else if (n == 1) {
        IrType vt = vals[0]->type;
        if (is_kind(c, vt, TY_VEC)) {
            int vl = TI(c, vt)->rows;
            if (length < 0)
                length = vl;
            else if (vl != length)
                return fail(c, "incompatible vector of length %d given when copy constructing a vector of length %d",
                            length, vl);
            if (!dgiven)
                dtype = scalar_of(c, vt);
        } else {
            if (length < 0)
                return fail(c, "the `length` argument must be specified when filling a vector with a value");
            if (!dgiven) {
                if (!is_kind(c, vt, TY_SCALAR))
                    return fail(c, "could not infer the `dtype` argument when calling the `wp.%svector()` function",
                                v16 ? "types." : "");
                dtype = scalar_of(c, vt);
            } else if (!is_kind(c, vt, TY_SCALAR) || scalar_of(c, vt) != dtype) {
                const char *msg = arena_printf(c->m->arena,
                    "the value used to fill this vector is expected to be of the type `%s`", dn);
                if (v16) {
                    if (check_vars_match(c, vals, 1, dtype, msg))
                        return -1;
                } else {
                    return fail(c, "%s", msg);
                }
            }
        }
    } else {
        if (length < 0)
            length = n;
        else if (length != n)
            return fail(c, "incompatible number of values given (%d) when constructing a vector of length %d", n,
                        length);
        const char *msg = arena_printf(c->m->arena,
            "all values used to initialize this vector are expected to be of the type `%s`", dn);
        if (v16 && dgiven) {
            if (check_vars_match(c, vals, n, dtype, msg))
                return -1;
        } else {
            IrType ts[IR_MAX_CALL_ARGS];
            for (int k = 0; k < n; k++)
                ts[k] = vals[k]->type;
            IrScalar inf;
            if (infer_scalar(c, ts, n, &inf))
                return fail(c, "all values given when constructing a vector must have the same type");
            if (!dgiven)
                dtype = inf;
            else if (inf != dtype)
                return fail(c, "%s", msg);
        }
    }
    if (dtype == SC_NONE)
        return fail(c, "could not infer the `dtype` argument when calling the `wp.%svector()` function",
                    v16 ? "types." : "");
    return set_ret(c, ir_type_vec(c->m, length, dtype));
}

static int vf_matrix(Ctx *c) {
    BArg *vals[IR_MAX_CALL_ARGS];
    int n = ctor_values(c, vals, 1);
    int rows_ = -1, cols_ = -1, dgiven;
    BArg *sa = get(c, "shape");
    if (sa && sa->kind == BA_ARG && sa->cval && sa->cval->n == 2 && is_kind(c, sa->type, TY_TUPLE)) {
        /* shape=(2, 3) given at the call: a tuple Var of constants */
        rows_ = (int)sa->cval->v[0];
        cols_ = (int)sa->cval->v[1];
    } else if (sa) {
        if (sa->kind != BA_TYPEARG)
            return fail(c, "the `shape` argument must be a constant tuple");
        rows_ = (int)sa->own.i;
        cols_ = (int)sa->own.f;
    }
    IrScalar dtype = dtype_value(c, &dgiven);
    const char *dn = ir_scalar_name(dtype);
    int v16 = c->minor >= 16;
    const char *fn = v16 ? "wp.types.matrix()" : "wp.matrix()";
    if (n == 0) {
        if (rows_ < 0)
            return fail(c, "the `shape` argument must be specified when zero-initializing a matrix");
        if (!dgiven)
            dtype = SC_FLOAT32;
    } else if (n == 1) {
        IrType vt = vals[0]->type;
        if (is_kind(c, vt, TY_MAT)) {
            const IrTypeInfo *vi = TI(c, vt);
            if (rows_ < 0) {
                rows_ = vi->rows;
                cols_ = vi->cols;
            } else if (vi->rows != rows_ || vi->cols != cols_) {
                return fail(c, "incompatible matrix of shape (%d, %d) given when copy constructing a matrix of shape "
                            "(%d, %d)", rows_, cols_, vi->rows, vi->cols);
            }
            if (!dgiven)
                dtype = scalar_of(c, vt);
        } else {
            if (rows_ < 0)
                return fail(c, "the `shape` argument must be specified when filling a matrix with a value");
            if (!dgiven) {
                dtype = scalar_of(c, vt);
            } else if (!is_kind(c, vt, TY_SCALAR) || scalar_of(c, vt) != dtype) {
                const char *msg = arena_printf(c->m->arena,
                    "the value used to fill this matrix is expected to be of the type `%s`", dn);
                if (v16) {
                    if (check_vars_match(c, vals, 1, dtype, msg))
                        return -1;
                } else {
                    return fail(c, "%s", msg);
                }
            }
        }
    } else {
        if (rows_ < 0)
            return fail(c, "the `shape` argument must be specified when initializing a matrix by value");
        int allvec = 1;
        for (int k = 0; k < n; k++)
            allvec &= is_kind(c, vals[k]->type, TY_VEC);
        if (allvec) {
            if (v16)
                return fail(c, "Passing vectors to `wp.matrix()` isn't supported, use `wp.matrix_from_rows()` or "
                               "`wp.matrix_from_cols()` instead.");
            /* 1.10: deprecated column-vector construction */
            if (cols_ != n)
                return fail(c, "incompatible number of column vectors given (%d) when constructing a matrix of "
                            "shape (%d, %d)", n, rows_, cols_);
            for (int k = 0; k < n; k++)
                if (TI(c, vals[k]->type)->rows != rows_)
                    return fail(c, "incompatible column vector lengths given when constructing a matrix of shape "
                                "(%d, %d)", rows_, cols_);
        } else if (rows_ * cols_ != n) {
            return fail(c, "incompatible number of values given (%d) when constructing a matrix of shape (%d, %d)", n,
                        rows_, cols_);
        }
        const char *msg = arena_printf(c->m->arena,
            "all values used to initialize this matrix are expected to be of the type `%s`", dn);
        if (v16 && dgiven) {
            if (check_vars_match(c, vals, n, dtype, msg))
                return -1;
        } else {
            IrType ts[IR_MAX_CALL_ARGS];
            for (int k = 0; k < n; k++)
                ts[k] = vals[k]->type;
            IrScalar inf;
            if (infer_scalar(c, ts, n, &inf))
                return fail(c, "all values given when constructing a matrix must have the same type");
            if (!dgiven)
                dtype = inf;
            else if (inf != dtype)
                return fail(c, "%s", msg);
        }
    }
    if (dtype == SC_NONE)
        return fail(c, "could not infer the `dtype` argument when calling the `%s` function", fn);
    return set_ret(c, ir_type_mat(c->m, rows_, cols_, dtype));
}

static int vf_mat_from_vecs(Ctx *c, int cols) {
    BArg *vals[IR_MAX_CALL_ARGS];
    int n = ctor_values(c, vals, 1);
    for (int k = 0; k < n; k++)
        if (!is_kind(c, vals[k]->type, TY_VEC))
            return fail(c, "all arguments are expected to be vectors");
    if (n == 0)
        return fail(c, "IndexError: tuple index out of range");
    int len = TI(c, vals[0]->type)->rows;
    for (int k = 0; k < n; k++)
        if (TI(c, vals[k]->type)->rows != len)
            return fail(c, "all vectors are expected to have the same length");
    IrScalar dt = scalar_of(c, vals[0]->type);
    for (int k = 0; k < n; k++)
        if (scalar_of(c, vals[k]->type) != dt)
            return fail(c, "all vectors are expected to have the same dtype");
    return set_ret(c, cols ? ir_type_mat(c->m, len, n, dt) : ir_type_mat(c->m, n, len, dt));
}

static int vf_quaternion(Ctx *c) {
    BArg *vals[IR_MAX_CALL_ARGS];
    int n = ctor_values(c, vals, 0);
    int dgiven;
    IrScalar dtype = dtype_value(c, &dgiven);
    int v16 = c->minor >= 16;
    if (n == 0) {
        if (!dgiven) {
            dtype = SC_FLOAT32;
            dgiven = 1;
        } else if (!ir_scalar_is_float(dtype)) {
            /* type(dtype).__name__: a type, a constant's Python type, or a Var */
            BArg *d = get(c, "dtype");
            const char *tn = d->tval ? "type" : !d->cval ? "Var" : d->cval->is_bool ? "bool"
                           : d->cval->is_float ? "float" : "int";
            return fail(c, "a float type is expected when zero-initializing a quaternion but got `%s` instead", tn);
        }
    } else if (n == 1) {
        if (is_kind(c, vals[0]->type, TY_QUAT) && !dgiven) {
            dtype = scalar_of(c, vals[0]->type);
            dgiven = 1;
        }
    } else if (v16 && dgiven) {
        const char *msg = arena_printf(c->m->arena,
            "all values used to initialize this quaternion are expected to be of the type `%s`",
            ir_scalar_name(dtype));
        if (check_vars_match(c, vals, n, dtype, msg))
            return -1;
    } else {
        IrType ts[IR_MAX_CALL_ARGS];
        for (int k = 0; k < n; k++)
            ts[k] = vals[k]->type;
        IrScalar inf;
        if (infer_scalar(c, ts, n, &inf))
            return fail(c, "all values given when constructing a quaternion must have the same type");
        if (!dgiven) {
            dtype = inf;
            dgiven = 1;
        } else if (inf != dtype) {
            return fail(c, "all values used to initialize this quaternion are expected to be of the type `%s`",
                        ir_scalar_name(dtype));
        }
    }
    if (!dgiven || dtype == SC_NONE)
        return fail(c, "could not infer the `dtype` argument when calling the `wp.%squaternion()` function",
                    v16 ? "types." : "");
    return set_ret(c, ir_type_quat(c->m, dtype));
}

static int vf_transformation(Ctx *c) {
    BArg *vals[IR_MAX_CALL_ARGS];
    int n = ctor_values(c, vals, 1);
    int dgiven;
    IrScalar dtype = dtype_value(c, &dgiven);
    const char *dn = ir_scalar_name(dtype);
    int v16 = c->minor >= 16;
    if (n == 0) {
        if (!dgiven)
            dtype = SC_FLOAT32;
    } else if (n == 1) {
        IrType vt = vals[0]->type;
        if (!dgiven) {
            if (!is_kind(c, vt, TY_SCALAR))
                return fail(c, "could not infer the `dtype` argument when calling the `wp.transform()` function");
            dtype = scalar_of(c, vt);
        } else if (!is_kind(c, vt, TY_SCALAR) || scalar_of(c, vt) != dtype) {
            const char *msg = arena_printf(c->m->arena,
                "the value used to fill this transform is expected to be of the type `%s`", dn);
            if (v16) {
                if (check_vars_match(c, vals, 1, dtype, msg))
                    return -1;
            } else {
                return fail(c, "%s", msg);
            }
        }
    } else if (n == 7) {
        const char *msg = arena_printf(c->m->arena,
            "all values used to initialize this transform are expected to be of the type `%s`", dn);
        if (v16 && dgiven) {
            if (check_vars_match(c, vals, n, dtype, msg))
                return -1;
        } else {
            IrType ts[IR_MAX_CALL_ARGS];
            for (int k = 0; k < n; k++)
                ts[k] = vals[k]->type;
            IrScalar inf;
            if (infer_scalar(c, ts, n, &inf))
                return fail(c, "all values given when constructing a transform must have the same type");
            if (!dgiven)
                dtype = inf;
            else if (inf != dtype)
                return fail(c, "%s", msg);
        }
    } else if (!dgiven) {
        dtype = SC_NONE;
    }
    if (dtype == SC_NONE)
        return fail(c, "could not infer the `dtype` argument when calling the `wp.transform()` function");
    return set_ret(c, ir_type_transform(c->m, dtype));
}

static int vf_transformation_pq(Ctx *c) {
    IrType ts[IR_MAX_CALL_ARGS + 8];
    int n = all_types(c, ts);
    IrScalar vt;
    if (infer_scalar(c, ts, n, &vt))
        return fail(c, "all values given when constructing a transformation matrix must have the same type");
    int dgiven;
    IrScalar dtype = dtype_value(c, &dgiven);
    if (!dgiven)
        dtype = vt;
    else if (vt != dtype)
        return fail(c, "all values used to initialize this transformation matrix are expected to be of the type `%s`",
                    ir_scalar_name(dtype));
    return set_ret(c, ir_type_transform(c->m, dtype));
}

static int vf_spatial_vector(Ctx *c) {
    BArg *vals[IR_MAX_CALL_ARGS];
    int n = ctor_values(c, vals, 0);
    int dgiven;
    IrScalar dtype = dtype_value(c, &dgiven);
    if (n == 0) {
        if (!dgiven)
            dtype = SC_FLOAT32;
    } else if (n == 2) {
        for (int k = 0; k < 2; k++)
            if (!is_kind(c, vals[k]->type, TY_VEC) || TI(c, vals[k]->type)->rows != 3)
                return fail(c, "arguments `w` and `v` are expected to be vectors of length 3");
    } else if (n != 6) {
        return fail(c, "2 vectors or 6 scalar values are expected when constructing a spatial vector");
    }
    if (n) {
        IrType ts[IR_MAX_CALL_ARGS];
        for (int k = 0; k < n; k++)
            ts[k] = vals[k]->type;
        IrScalar vt;
        if (infer_scalar(c, ts, n, &vt))
            return fail(c, "all values given when constructing a spatial vector must have the same type");
        if (!dgiven)
            dtype = vt;
        else if (vt != dtype)
            return fail(c, "all values used to initialize this spatial vector are expected to be of the type `%s`",
                        ir_scalar_name(dtype));
    }
    return set_ret(c, ir_type_vec(c->m, 6, dtype));
}

/* quat_identity/transform_identity read arg_types['dtype']: the type given,
 * or the type of a value given in its place. */
static IrScalar identity_dtype(Ctx *c) {
    BArg *a = get(c, "dtype");
    if (a && a->type && TI(c, a->type)->kind == TY_SCALAR)
        return (IrScalar)TI(c, a->type)->scalar;
    return SC_FLOAT32;
}

static int vf_atomic(Ctx *c) {
    const char *op = c->row->key + 7; /* "atomic_add" -> "add" */
    IrType arr = gtype(c, "arr"), val = gtype(c, "value");
    const IrTypeInfo *ai = TI(c, arr);
    static const char *const idx[4] = {"i", "j", "k", "l"};
    IrType its[4];
    int ni = 0;
    for (int k = 0; k < 4; k++)
        if (get(c, idx[k]))
            its[ni++] = gtype(c, idx[k]);
    if (ni < ai->ndim)
        return fail(c, "Num indices < num dimensions for atomic_%s(), this is a codegen error, should have generated "
                    "a view instead", op);
    if (ni > ai->ndim)
        return fail(c, "Num indices > num dimensions for atomic_%s(), received %d, but array only has %d", op, ni,
                    ai->ndim);
    for (int k = 0; k < ni; k++)
        if (!ir_type_is_int(c->m, its[k]))
            return fail(c, "atomic_%s() index arguments must be of integer type, got index of type %s", op,
                        repr(c, its[k]));
    if (!types_equal(c, ai->elem, val))
        return fail(c, "atomic_%s() value argument type (%s) must be of the same type as the array (%s)", op,
                    repr(c, val), repr(c, ai->elem));
    IrScalar s = scalar_of(c, ai->elem);
    int base = s == SC_INT32 || s == SC_INT64 || s == SC_UINT32 || s == SC_UINT64 || s == SC_FLOAT32 ||
               s == SC_FLOAT64;
    int v16 = c->minor >= 16;
    /* the scalar type's repr: getattr(dtype, "_wp_scalar_type_", dtype) */
    const char *srepr = s != SC_NONE ? repr(c, ir_type_scalar(c->m, s)) : repr(c, ai->elem);
    const char *what = NULL;
    int ok = 1;
    if (!strcmp(op, "add") || !strcmp(op, "sub")) {
        ok = base || s == SC_FLOAT16;
        what = v16 ? "[u]int32, [u]int64, float16, bfloat16, float32, or float64"
                   : "[u]int32, [u]int64, float16, float32, or float64";
    } else if (!strcmp(op, "min") || !strcmp(op, "max")) {
        ok = base;
        what = v16 ? "[u]int32, [u]int64, bfloat16, float32, or float64" : "[u]int32, [u]int64, float32, or float64";
    } else if (!strcmp(op, "cas") || !strcmp(op, "exch")) {
        ok = base;
        what = "[u]int32, [u]int64, float32, or float64";
    } else {
        ok = s == SC_INT32 || s == SC_INT64 || s == SC_UINT32 || s == SC_UINT64;
        what = "[u]int32 or [u]int64";
    }
    if (!ok)
        return fail(c, "atomic_%s() operations only work on arrays with %s as the underlying scalar types, but got %s "
                    "(with scalar type %s)", op, what, repr(c, ai->elem), srepr);
    return set_ret(c, ai->elem);
}

static int index_types(Ctx *c, IrType *its) {
    static const char *const idx[4] = {"i", "j", "k", "l"};
    int ni = 0;
    for (int k = 0; k < 4; k++)
        if (get(c, idx[k]))
            its[ni++] = gtype(c, idx[k]);
    return ni;
}

/* The volume value funcs: the value type comes from the dtype argument
 * (volume_sample, _grad, lookup), the stored value (volume_store) or the
 * voxel_data array (_index forms), and must be one a volume can hold. */
static int volume_type_ok(Ctx *c, IrType t) {
    const IrTypeInfo *i = t ? TI(c, t) : NULL;
    if (!i)
        return 0;
    IrScalar s = (IrScalar)i->scalar;
    if (i->kind == TY_SCALAR)
        return s == SC_INT32 || s == SC_INT64 || s == SC_UINT32 || s == SC_FLOAT32 || s == SC_FLOAT64;
    return i->kind == TY_VEC && (i->rows == 3 || i->rows == 4) && (s == SC_FLOAT32 || s == SC_FLOAT64);
}

/* check_volume_value_grad_compatibility */
static int volume_grad_ok(Ctx *c, IrType dtype, IrType grad) {
    const IrTypeInfo *i = TI(c, dtype);
    IrType expected = i->kind == TY_VEC ? ir_type_mat(c->m, i->rows, 3, (IrScalar)i->scalar)
                                        : ir_type_vec(c->m, 3, (IrScalar)i->scalar);
    if (!types_equal(c, grad, expected))
        return fail(c, "Incompatible gradient type, expected %s, got %s", repr(c, expected), repr(c, grad));
    return 0;
}

/* array(ptr, shape, dtype): an array of dtype with one dimension per shape element */
static int vf_array_ptr(Ctx *c) {
    BArg *d = get(c, "dtype"), *sh = get(c, "shape");
    if (!d || !d->tval)
        return fail(c, "wpc does not support builtin 'array' with these arguments");
    if (!sh || !sh->cval || !sh->cval->n || sh->cval->n > 4)
        return fail(c, "wpc supports wp.array(ptr=..., shape=...) only with a constant shape tuple");
    return set_ret(c, ir_type_array(c->m, d->tval, sh->cval->n));
}

static int vf_volume(Ctx *c) {
    if (c->row->vf == VF_VOLUME_STORE) {
        IrType v = gtype(c, "value");
        if (!volume_type_ok(c, v))
            return fail(c, "unsupported volume type `%s`", repr(c, v));
        return set_ret(c, 0);
    }
    IrType dtype;
    if (c->row->vf == VF_VOLUME_INDEX) {
        IrType arr = gtype(c, "voxel_data");
        dtype = TI(c, arr)->elem;
        if (!volume_type_ok(c, dtype)) /* dtype.__name__ */
            return fail(c, "unsupported volume type `%s`", repr(c, dtype));
        if (!types_equal(c, dtype, gtype(c, "background")))
            return fail(c, "the `voxel_data` array and the `background` value must have the same dtype");
        if (get(c, "grad") && volume_grad_ok(c, dtype, gtype(c, "grad")))
            return -1;
        return set_ret(c, dtype);
    }
    BArg *d = get(c, "dtype");
    dtype = d ? d->tval : 0;
    if (!d || !d->tval || d->cval)
        return fail(c, "unsupported volume type `%s`", d && d->type ? repr(c, d->type) : "None");
    if (!volume_type_ok(c, dtype))
        return fail(c, "unsupported volume type `%s`", repr(c, dtype));
    if (c->row->vf == VF_VOLUME_GRAD && volume_grad_ok(c, dtype, gtype(c, "grad")))
        return -1;
    return set_ret(c, dtype);
}

/* slice_t.get_length(parent_length) of a slice with compile-time bounds. */
static int slice_length(Ctx *c, IrType t, int len, int *out) {
    const IrTypeInfo *i = TI(c, t);
    int f = i->strct;
    if (!(f & (IRSL_START | IRSL_BEGIN)) || !(f & (IRSL_STOP | IRSL_END)) || !(f & IRSL_STEP))
        return fail(c, "Vector slice indices must be constant values.");
    int step = (int16_t)i->rows, start, stop;
    if (step == 0)
        return fail(c, "Vector slice step %d is invalid.", step);
    if (f & IRSL_BEGIN) {
        start = step < 0 ? len - 1 : 0;
    } else {
        start = (int16_t)i->cols;
        start = start < -len ? -len : start > len ? len : start;
    }
    if (f & IRSL_END) {
        stop = step < 0 ? -1 : len;
    } else {
        stop = (int16_t)i->ndim;
        stop = stop < -len ? -len : stop > len ? len : stop;
    }
    if (step > 0 && start < stop)
        *out = 1 + (stop - start - 1) / step;
    else if (step < 0 && start > stop)
        *out = 1 + (start - stop - 1) / (-step);
    else
        *out = 0;
    return 0;
}

static int vf_tile(Ctx *c);
static int df_tile(Ctx *c);

static int vf_value(Ctx *c) {
    const Row *row = c->row;
    IrType ts[IR_MAX_CALL_ARGS + 8];
    int n;
    IrType a0 = c->nb ? c->b[0].type : 0;
    switch (row->vf) {
    case VF_FIXED:
        return ret_from_template(c, row->ret, SC_NONE);
    case VF_INFER: {
        IrScalar T;
        n = all_types(c, ts);
        if (infer_scalar(c, ts, n, &T))
            return -1;
        return ret_from_template(c, row->ret, T);
    }
    case VF_ARG0:
        return set_ret(c, a0);
    case VF_SAMETYPES:
        if (!sametypes(c)) {
            n = all_types(c, ts);
            return fail(c, "Input types must be the same, got %s", repr_list(c, ts, n));
        }
        return set_ret(c, a0);
    case VF_SCALAR_SAMETYPES: {
        n = all_types(c, ts);
        if (!sametypes(c))
            return fail(c, "Input types must be exactly the same, got %s", repr_list(c, ts, n));
        IrScalar s;
        if (infer_scalar(c, ts, n, &s))
            return -1;
        return set_ret(c, ir_type_scalar(c->m, s));
    }
    case VF_SCALAR_MUL: {
        /* the scalar is the argument in scalar_types (bool is not) */
        IrType sc = 0, comp = 0;
        for (int k = 0; k < c->nb; k++) {
            IrType t = c->b[k].type;
            int is_sc = is_kind(c, t, TY_SCALAR) && scalar_of(c, t) != SC_BOOL;
            if (is_sc && !sc) sc = t;
            if (!is_sc && !comp) comp = t;
        }
        if (!sc || !comp)
            return fail(c, "StopIteration");
        if (scalar_of(c, sc) != scalar_of(c, comp))
            return fail(c, "Object and coefficient must have the same scalar type when multiplying by scalar");
        return set_ret(c, comp);
    }
    case VF_MATVEC: {
        IrType a = gtype(c, "a"), b = gtype(c, "b");
        if (scalar_of(c, a) != scalar_of(c, b))
            return fail(c, "Can't multiply matrix and vector with different types %s, %s",
                        pystr(c, ir_type_scalar(c->m, scalar_of(c, a))), pystr(c, ir_type_scalar(c->m, scalar_of(c, b))));
        if (TI(c, a)->cols != TI(c, b)->rows)
            return fail(c, "Can't multiply matrix of shape %s and vector with length %d", shape_str(c, a), TI(c, b)->rows);
        return set_ret(c, ir_type_vec(c->m, TI(c, a)->rows, scalar_of(c, a)));
    }
    case VF_VECMAT: {
        IrType a = gtype(c, "a"), b = gtype(c, "b");
        if (scalar_of(c, a) != scalar_of(c, b))
            return fail(c, "Can't multiply vector and matrix with different types %s, %s",
                        pystr(c, ir_type_scalar(c->m, scalar_of(c, b))), pystr(c, ir_type_scalar(c->m, scalar_of(c, a))));
        if (TI(c, b)->rows != TI(c, a)->rows)
            return fail(c, "Can't multiply vector with length %d and matrix of shape %s", TI(c, a)->rows, shape_str(c, b));
        return set_ret(c, ir_type_vec(c->m, TI(c, b)->cols, scalar_of(c, b)));
    }
    case VF_MATMAT: {
        IrType a = gtype(c, "a"), b = gtype(c, "b");
        if (scalar_of(c, a) != scalar_of(c, b))
            return fail(c, "Can't multiply matrices with different types %s, %s",
                        pystr(c, ir_type_scalar(c->m, scalar_of(c, a))), pystr(c, ir_type_scalar(c->m, scalar_of(c, b))));
        if (TI(c, a)->cols != TI(c, b)->rows)
            return fail(c, "Can't multiply matrix of shapes %s and %s", shape_str(c, a), shape_str(c, b));
        return set_ret(c, ir_type_mat(c->m, TI(c, a)->rows, TI(c, b)->cols, scalar_of(c, a)));
    }
    case VF_OUTER: {
        IrScalar s;
        n = all_types(c, ts);
        if (infer_scalar(c, ts, n, &s))
            return -1;
        return set_ret(c, ir_type_mat(c->m, TI(c, ts[0])->rows, TI(c, ts[1])->rows, s));
    }
    case VF_TRANSPOSE:
        return set_ret(c, ir_type_mat(c->m, TI(c, a0)->cols, TI(c, a0)->rows, scalar_of(c, a0)));
    case VF_DIAG:
        return set_ret(c, ir_type_mat(c->m, TI(c, a0)->rows, TI(c, a0)->rows, scalar_of(c, a0)));
    case VF_GET_DIAG:
        if (TI(c, a0)->rows != TI(c, a0)->cols)
            return fail(c, "Matrix shape is %s; get_diag is only available for square matrices.", shape_str(c, a0));
        return set_ret(c, ir_type_vec(c->m, TI(c, a0)->rows, scalar_of(c, a0)));
    case VF_TRACE:
        if (TI(c, a0)->rows != TI(c, a0)->cols)
            return fail(c, "Matrix shape is %s. Cannot find the trace of non square matrices", shape_str(c, a0));
        return set_ret(c, ir_type_scalar(c->m, scalar_of(c, a0)));
    case VF_VECTOR:
        return vf_vector(c);
    case VF_MATRIX:
        return vf_matrix(c);
    case VF_MATRIX_TRS:
        return fail(c, "the built-in `wp.%smatrix()` to construct a 4x4 matrix from a 3D position, quaternion, and 3D "
                    "scale vector has been removed in favor of `wp.transform_compose()`.",
                    c->minor >= 16 ? "types." : "");
    case VF_MAT_FROM_COLS:
        return vf_mat_from_vecs(c, 1);
    case VF_MAT_FROM_ROWS:
        return vf_mat_from_vecs(c, 0);
    case VF_IDENTITY: {
        BArg *na = get(c, "n");
        int dgiven;
        IrScalar dt = dtype_value(c, &dgiven);
        if (!na || !na->cval)
            return fail(c, "'n' must be a constant when calling identity()");
        if (dt == SC_NONE)
            return fail(c, "the `dtype` argument of identity() must be a scalar type");
        int nn = (int)const_int(na->cval);
        return set_ret(c, ir_type_mat(c->m, nn, nn, dt));
    }
    case VF_QUATERNION:
        return vf_quaternion(c);
    case VF_QUAT_IDENTITY:
        return set_ret(c, ir_type_quat(c->m, identity_dtype(c)));
    case VF_TRANSFORM_IDENTITY:
        return set_ret(c, ir_type_transform(c->m, identity_dtype(c)));
    case VF_TRANSFORMATION:
        return vf_transformation(c);
    case VF_TRANSFORMATION_PQ:
        return vf_transformation_pq(c);
    case VF_SPATIAL_VECTOR:
        return vf_spatial_vector(c);
    case VF_WHERE: {
        IrType t = gtype(c, "value_if_true"), f = gtype(c, "value_if_false");
        if (!types_equal(c, t, f))
            return fail(c, "where() true value type (%s) must be of the same type as the false type (%s)", pystr(c, t),
                        pystr(c, f));
        if (is_kind(c, f, TY_TILE)) {
            /* a register tile is the result's type; two shared tiles make a new owning one */
            if (!(TI(c, t)->rows & IRTILE_SHARED))
                return set_ret(c, t);
            if (!(TI(c, f)->rows & IRTILE_SHARED))
                return set_ret(c, f);
            return set_ret(c, ir_type_tile(c->m, TI(c, t)->elem, TI(c, t)->ndim, ir_tile_shape(c->m, t),
                                           ir_tile_strides(c->m, t),
                                           (TI(c, t)->rows & (IRTILE_SHARED | IRTILE_COLMAJOR)) | IRTILE_OWNER));
        }
        return set_ret(c, t);
    }
    case VF_SELECT:
        return fail(c, "wp.select() has been removed. Use wp.where(cond, value_if_true, value_if_false) instead.");
    case VF_ADDRESS: {
        IrType arr = gtype(c, "arr"), its[4];
        int ni = index_types(c, its);
        if (ni != TI(c, arr)->ndim)
            return fail(c, "The number of indices provided (%d) does not match the array dimensions (%d) for array load",
                        ni, TI(c, arr)->ndim);
        for (int k = 0; k < ni; k++)
            if (!ir_type_is_int(c->m, its[k]))
                return fail(c, "address() index arguments must be of integer type, got index of type %s", repr(c, its[k]));
        return set_ret(c, ir_type_ref(c->m, TI(c, arr)->elem));
    }
    case VF_TUPLE: {
        /* tuple_t(arg_types["args"]): the element types, references stripped */
        IrType el[IR_MAX_CALL_ARGS];
        for (int k = 0; k < c->vcount; k++) {
            el[k] = c->b[c->vstart + k].type;
            /* Warp's C++ spelling of tuple_t fails on array elements */
            if (is_kind(c, el[k], TY_ARRAY))
                return fail(c, "'array' object has no attribute '__name__'");
        }
        return set_ret(c, ir_type_tuple(c->m, c->vcount, el, NULL, 0));
    }
    case VF_TUPLE_EXTRACT: {
        BArg *ia = get(c, "i");
        if (!ia || !ia->cval)
            return fail(c, "Tuple index must be a compile time expression.");
        int64_t idx = const_int(ia->cval);
        int n = TI(c, a0)->rows;
        if (idx >= n)
            return fail(c, "Tuple index out of bounds, %lld >= %d", (long long)idx, n);
        if (idx < 0)
            idx += n; /* Python's negative indexing of the element types */
        if (idx < 0)
            return fail(c, "tuple index out of range");
        return set_ret(c, ir_type_tuple_elems(c->m, a0, NULL)[idx]);
    }
    case VF_SLICE: {
        /* slice_t(**arg_values): each value a compile-time int or a runtime Var */
        static const char *const nm[3] = {"start", "stop", "step"};
        int flags = 0, v[3] = {0, 0, 0};
        for (int k = 0; k < 3; k++) {
            BArg *a = get(c, nm[k]);
            if (!a || !a->cval)
                continue;
            int64_t x = const_int(a->cval);
            if (k == 0 && x == 2147483647LL)
                flags |= IRSL_BEGIN;
            else if (k == 1 && x == -2147483648LL)
                flags |= IRSL_END;
            else if (x >= -32768 && x <= 32767) {
                flags |= 1 << k;
                v[k] = (int)x;
            }
        }
        return set_ret(c, ir_type_slice(c->m, flags, v[0], v[1], v[2]));
    }
    case VF_VIEW: {
        IrType arr = gtype(c, "arr"), its[4];
        int ni = index_types(c, its), nd = TI(c, arr)->ndim;
        int has_slice = 0;
        for (int k = 0; k < ni; k++)
            has_slice |= is_kind(c, its[k], TY_SLICE);
        if (ni > nd)
            return fail(c, "Trying to create an array view with %d indices, but the array only has %d dimension(s). "
                        "Ensure that the argument type on the function or kernel specifies the expected number of "
                        "dimensions, e.g.: def func(param: %s: ...", ni, nd,
                        /* sic: Warp 1.10 leaves the parenthesis open */
                        c->minor >= 16 ? "wp.array3d[float])" : "wp.array3d(dtype=float)");
        if (has_slice) {
            /* each integer index (a slice with step 0) collapses one dimension */
            int nint = 0;
            for (int k = 0; k < ni; k++) {
                if (!ir_type_is_int(c->m, its[k]) && !is_kind(c, its[k], TY_SLICE))
                    return fail(c, "view() index arguments must be of integer or slice types, got index of type %s",
                                repr(c, its[k]));
                const IrTypeInfo *si = TI(c, its[k]);
                if (si->kind == TY_SLICE && (si->strct & IRSL_STEP) && (int16_t)si->rows == 0)
                    nint++;
            }
            if (nd - nint <= 0)
                return fail(c, "AssertionError");
            return set_ret(c, ir_type_array(c->m, TI(c, arr)->elem, nd - nint));
        }
        if (ni == nd)
            return fail(c, "Expected to call `address()` instead of `view()`");
        for (int k = 0; k < ni; k++)
            if (!ir_type_is_int(c->m, its[k]))
                return fail(c, "view() index arguments must be of integer or slice types, got index of type %s",
                            repr(c, its[k]));
        return set_ret(c, ir_type_array(c->m, TI(c, arr)->elem, nd - ni));
    }
    case VF_ARRAY_STORE: {
        IrType arr = gtype(c, "arr"), val = gtype(c, "value"), its[4];
        int ni = index_types(c, its);
        if (ni != TI(c, arr)->ndim)
            return fail(c, "The number of indices provided (%d) does not match the array dimensions (%d) for array store",
                        ni, TI(c, arr)->ndim);
        for (int k = 0; k < ni; k++)
            if (!ir_type_is_int(c->m, its[k]))
                return fail(c, "array_store() index arguments must be of integer type, got index of type %s",
                            repr(c, its[k]));
        if (!types_equal(c, TI(c, arr)->elem, val))
            return fail(c, "array_store() value argument type (%s) must be of the same type as the array (%s)",
                        repr(c, val), repr(c, TI(c, arr)->elem));
        return set_ret(c, 0);
    }
    case VF_STORE:
        if (!types_equal(c, gtype(c, "address"), gtype(c, "value")))
            return fail(c, "store() value argument type (%s) must be of the same type as the reference",
                        pystr(c, gtype(c, "value")));
        return set_ret(c, 0);
    case VF_ATOMIC:
        return vf_atomic(c);
    case VF_VEC_EXTRACT: {
        IrType it = gtype(c, "i");
        if (is_kind(c, it, TY_SLICE)) {
            const IrTypeInfo *ai = TI(c, a0);
            int len = ai->kind == TY_QUAT ? 4 : ai->kind == TY_TRANSFORM ? 7 : ai->rows, n;
            if (slice_length(c, it, len, &n))
                return -1;
            return set_ret(c, ir_type_vec(c->m, n, scalar_of(c, a0)));
        }
        return set_ret(c, ir_type_scalar(c->m, scalar_of(c, a0)));
    }
    case VF_MAT_EXTRACT: {
        /* the shape of the result, -1 for an integer index */
        const IrTypeInfo *ai = TI(c, a0);
        int full[2] = {ai->rows, ai->cols}, shape[2] = {ai->rows, ai->cols}, nd = 0;
        static const char *const ij[2] = {"i", "j"};
        for (int k = 0; k < 2; k++) {
            BArg *x = get(c, ij[k]);
            if (!x)
                continue;
            if (is_kind(c, x->type, TY_SLICE)) {
                if (slice_length(c, x->type, full[k], &shape[k]))
                    return -1;
            } else {
                shape[k] = -1;
            }
        }
        for (int k = 0; k < 2; k++)
            nd += shape[k] >= 0;
        IrScalar sc = scalar_of(c, a0);
        if (nd == 0)
            return set_ret(c, ir_type_scalar(c->m, sc));
        if (nd == 1)
            return set_ret(c, ir_type_vec(c->m, shape[0] != -1 ? shape[0] : shape[1], sc));
        if (shape[0] == 0 || shape[1] == 0)
            shape[0] = shape[1] = 0;
        return set_ret(c, ir_type_mat(c->m, shape[0], shape[1], sc));
    }
    case VF_INDEX_REF:
        return set_ret(c, ir_type_ref(c->m, ir_type_scalar(c->m, scalar_of(c, a0))));
    case VF_ROW_REF:
        return set_ret(c, ir_type_ref(c->m, ir_type_vec(c->m, TI(c, a0)->cols, scalar_of(c, a0))));
    case VF_EXPECT_EQ:
        if (!types_equal(c, gtype(c, "a"), gtype(c, "b")))
            return fail(c, "Can't test equality for objects with different types");
        return set_ret(c, 0);
    case VF_LERP:
        if (!types_equal(c, gtype(c, "a"), gtype(c, "b")))
            return fail(c, "Can't lerp between objects with different types");
        if (!is_kind(c, gtype(c, "t"), TY_SCALAR) || scalar_of(c, gtype(c, "a")) != scalar_of(c, gtype(c, "t")))
            return fail(c, "'t' parameter must have the same scalar type as objects you're lerping between");
        return set_ret(c, gtype(c, "a"));
    case VF_STATIC_LEN: {
        const IrTypeInfo *i = TI(c, a0);
        int len = i->kind == TY_VEC || i->kind == TY_MAT || i->kind == TY_TUPLE ? i->rows : i->kind == TY_QUAT ? 4
                : i->kind == TY_TILE ? ir_tile_shape(c->m, a0)[0] : 7;
        memset(&c->foldval, 0, sizeof c->foldval);
        c->foldval.i = len;
        c->fold = 1;
        return set_ret(c, ir_type_scalar(c->m, SC_INT32));
    }
    case VF_PRINTF:
        if (c->vcount > 32)
            return fail(c, "the maximum number of variadic arguments that can be passed to `printf` is 32");
        return set_ret(c, 0);
    case VF_VOLUME:
    case VF_VOLUME_GRAD:
    case VF_VOLUME_STORE:
    case VF_VOLUME_INDEX:
        return vf_volume(c);
    case VF_ARRAY_PTR:
        return vf_array_ptr(c);
    case VF_DTYPE: {
        BArg *d = get(c, "dtype");
        if (!d || !d->tval || d->cval)
            return fail(c, "%s() expects a type as its dtype argument", row->key);
        return set_ret(c, d->tval);
    }
    case VF_COPY:
        /* a shared tile is copied into a new one: the copy owns its storage */
        if (is_kind(c, a0, TY_TILE) && (TI(c, a0)->rows & IRTILE_SHARED))
            return set_ret(c, ir_type_tile(c->m, TI(c, a0)->elem, TI(c, a0)->ndim, ir_tile_shape(c->m, a0),
                                           ir_tile_strides(c->m, a0),
                                           (TI(c, a0)->rows & (IRTILE_SHARED | IRTILE_COLMAJOR)) | IRTILE_OWNER));
        return set_ret(c, a0);
    default:
        if (row->vf >= VF_TILE_ALLOC)
            return vf_tile(c);
        return fail(c, "wpc does not support builtin '%s' with these arguments", row->key);
    }
}

/* ---- dispatch rules ---------------------------------------------------------------- */
static void tmpl_scalar(Ctx *c, IrScalar s) {
    if (c->tmpl.len)
        buf_puts(&c->tmpl, ", ");
    buf_puts(&c->tmpl, s == SC_BOOL ? "bool" : "wp::");
    if (s != SC_BOOL)
        buf_puts(&c->tmpl, ir_scalar_name(s));
}

static void tmpl_int(Ctx *c, int v) {
    if (c->tmpl.len)
        buf_puts(&c->tmpl, ", ");
    buf_printf(&c->tmpl, "%d", v);
}

static int push_kind(Ctx *c, int bidx, IrArgKind kind, int aux) {
    if (c->ncarg == IR_MAX_CALL_ARGS)
        return fail(c, "too many arguments to '%s'", c->row->key);
    c->ckind[c->ncarg] = (uint8_t)kind;
    c->caux[c->ncarg] = (int16_t)aux;
    c->ctext[c->ncarg] = c->cadj[c->ncarg] = NULL;
    c->ctyp[c->ncarg] = 0;
    c->cfn[c->ncarg] = NULL;
    c->carg[c->ncarg++] = bidx;
    return 0;
}

static int push_arg(Ctx *c, int bidx) { return push_kind(c, bidx, AK_ARG, 0); }

/* A Function value as an argument: format_args prints namespace + native_func
 * (adj_ before the name in the reverse call); a user function is named once built. */
static int push_fn_self(Ctx *c, const IrFnArg *fn) {
    if (push_kind(c, 0, AK_FUNC, 0))
        return -1;
    if (fn->builtin) {
        int first = 0, n = key_rows(fn->builtin, &first);
        const char *native = n ? rows[first].native : fn->builtin;
        const char *ns = n && (rows[first].flags & BF_NONS) ? "" : "wp::";
        c->ctext[c->ncarg - 1] = arena_printf(c->m->arena, "%s%s", ns, native);
        c->cadj[c->ncarg - 1] = arena_printf(c->m->arena, "%sadj_%s", ns, native);
        return 0;
    }
    IrType ret;
    void *f = NULL;
    if (fn->resolve(fn->ctx, NULL, 0, &ret, &f))
        return fail(c, "internal error: function argument '%s'", fn->name);
    c->cfn[c->ncarg - 1] = f;
    return 0;
}

static int push_const(Ctx *c, IrConst k) {
    if (c->ncarg == IR_MAX_CALL_ARGS || c->nextra == IR_MAX_CALL_ARGS)
        return fail(c, "too many arguments to '%s'", c->row->key);
    c->extra[c->nextra] = k;
    return push_kind(c, -(++c->nextra), AK_ARG, 0);
}

/* _cast_scalar_constant (1.16): a scalar constant of another type becomes a
 * new constant of the target dtype; everything else passes unchanged. */
static int push_cast(Ctx *c, int bidx, IrScalar dtype) {
    BArg *a = &c->b[bidx];
    if (c->minor < 16 || !a->cval || !a->is_var || !is_kind(c, a->type, TY_SCALAR) || scalar_of(c, a->type) == dtype)
        return push_arg(c, bidx);
    return push_const(c, cast_const(c, a->cval, dtype));
}

static int is_dtype(const BArg *a) { return a->namelen == 5 && !strncmp(a->name, "dtype", 5); }

static int df_dispatch(Ctx *c) {
    const Row *row = c->row;
    IrType r0 = c->nret ? c->ret[0] : 0;
    IrScalar dt = scalar_of(c, r0);
    switch (row->df) {
    case DF_DEFAULT:
    case DF_REF0:
        for (int k = 0; k < c->nb; k++) {
            if (c->b[k].fn) {
                /* a function value prints as its own name (wp::add, wp::adj_add) */
                if (push_fn_self(c, c->b[k].fn))
                    return -1;
                continue;
            }
            if (push_arg(c, k))
                return -1;
        }
        if (row->vf == VF_VEC_EXTRACT || row->vf == VF_MAT_EXTRACT) {
            /* slicing: the result's shape as template arguments */
            int has_slice = 0;
            for (int k = 1; k < c->nb; k++)
                has_slice |= is_kind(c, c->b[k].type, TY_SLICE);
            if (has_slice && is_kind(c, r0, TY_VEC)) {
                tmpl_int(c, TI(c, r0)->rows);
            } else if (has_slice && is_kind(c, r0, TY_MAT)) {
                tmpl_int(c, TI(c, r0)->rows);
                tmpl_int(c, TI(c, r0)->cols);
            }
        }
        return 0;
    case DF_VEC_ASSIGN: {
        IrType vec = gtype(c, "a"), val = gtype(c, "value"), it = gtype(c, "i");
        if (is_kind(c, it, TY_SLICE)) {
            const IrTypeInfo *vi = TI(c, vec);
            int len;
            BArg *va = get(c, "a");
            if (va && va->src >= 0 && is_kind(c, c->args[va->src].type, TY_REF))
                return fail(c, "'Reference' object has no attribute '_length_'"); /* args["a"].type */
            if (slice_length(c, it, vi->kind == TY_QUAT ? 4 : vi->kind == TY_TRANSFORM ? 7 : vi->rows, &len))
                return -1;
            const char *sr = repr(c, ir_type_scalar(c->m, scalar_of(c, vec)));
            if (!is_kind(c, val, TY_VEC))
                return fail(c, "The provided value is expected to be a vector of length %d, with dtype %s.", len, sr);
            if (scalar_of(c, val) != scalar_of(c, vec))
                return fail(c, "The provided vector is expected to be of length %d with dtype %s.", len, sr);
            if (TI(c, val)->rows != len)
                return fail(c, "The length of the provided vector (%d) isn't compatible with the given slice (expected %d).",
                            TI(c, val)->rows, len);
            for (int k = 0; k < c->nb; k++)
                if (push_arg(c, k))
                    return -1;
            tmpl_int(c, len);
            return 0;
        }
        if (!types_equal(c, val, ir_type_scalar(c->m, scalar_of(c, vec))))
            return fail(c, "The provided value is expected to be a scalar of type %s.",
                        repr(c, ir_type_scalar(c->m, scalar_of(c, vec))));
        for (int k = 0; k < c->nb; k++)
            if (push_arg(c, k))
                return -1;
        return 0;
    }
    case DF_MAT_ASSIGN: {
        IrType mat = gtype(c, "a"), val = gtype(c, "value");
        IrType sc = ir_type_scalar(c->m, scalar_of(c, mat));
        int shape[2] = {TI(c, mat)->rows, TI(c, mat)->cols}, has_slice = 0, nd = 0;
        static const char *const ij[2] = {"i", "j"};
        for (int k = 0; k < 2; k++) {
            BArg *x = get(c, ij[k]);
            if (x && is_kind(c, x->type, TY_SLICE)) {
                has_slice = 1;
                if (slice_length(c, x->type, shape[k], &shape[k]))
                    return -1;
            } else if (x) {
                shape[k] = -1;
            }
        }
        for (int k = 0; k < 2; k++)
            nd += shape[k] >= 0;
        if (has_slice && nd == 1) {
            int len = shape[0] != -1 ? shape[0] : shape[1];
            if (!is_kind(c, val, TY_VEC))
                return fail(c, "The provided value is expected to be a vector of length %d, with dtype %s.", len,
                            repr(c, sc));
            if (scalar_of(c, val) != scalar_of(c, mat))
                return fail(c, "The provided vector is expected to be of length %d with dtype %s.", len, repr(c, sc));
            if (TI(c, val)->rows != len)
                return fail(c, "The length of the provided vector (%d) isn't compatible with the given slice (expected %d).",
                            TI(c, val)->rows, len);
            for (int k = 0; k < c->nb; k++)
                if (push_arg(c, k))
                    return -1;
            tmpl_int(c, len);
            return 0;
        }
        if (has_slice) {
            if (shape[0] == 0 || shape[1] == 0)
                shape[0] = shape[1] = 0;
            if (!is_kind(c, val, TY_MAT))
                return fail(c, "The provided value is expected to be a matrix of shape (%d, %d), with dtype %s.",
                            shape[0], shape[1], repr(c, sc));
            if (scalar_of(c, val) != scalar_of(c, mat))
                return fail(c, "The provided matrix is expected to be of shape (%d, %d) with dtype %s.", shape[0],
                            shape[1], repr(c, sc));
            if (TI(c, val)->rows != shape[0] || TI(c, val)->cols != shape[1])
                return fail(c, "The shape of the provided matrix ((%d, %d)) isn't compatible with the given slice "
                            "(expected (%d, %d)).", TI(c, val)->rows, TI(c, val)->cols, shape[0], shape[1]);
            for (int k = 0; k < c->nb; k++)
                if (push_arg(c, k))
                    return -1;
            tmpl_int(c, shape[0]);
            tmpl_int(c, shape[1]);
            return 0;
        }
        if (!get(c, "j")) {
            if (!is_kind(c, val, TY_VEC) || scalar_of(c, val) != scalar_of(c, mat))
                return fail(c, "The provided value is expected to be a vector of length %d, with dtype %s.",
                            TI(c, mat)->cols, repr(c, sc));
            if (TI(c, val)->rows != TI(c, mat)->cols)
                return fail(c, "The length of the provided vector (%d) isn't compatible with the given slice (expected %d).",
                            TI(c, val)->rows, TI(c, mat)->cols);
        } else if (!types_equal(c, val, sc)) {
            return fail(c, "The provided value is expected to be a scalar of type %s.", repr(c, sc));
        }
        for (int k = 0; k < c->nb; k++)
            if (push_arg(c, k))
                return -1;
        return 0;
    }
    case DF_VECTOR:
        for (int k = c->vstart; k < c->vstart + c->vcount; k++)
            if (push_cast(c, k, dt))
                return -1;
        tmpl_int(c, TI(c, r0)->rows);
        tmpl_scalar(c, dt);
        return 0;
    case DF_MATRIX:
        for (int k = c->vstart; k < c->vstart + c->vcount; k++)
            if (push_cast(c, k, dt))
                return -1;
        tmpl_int(c, TI(c, r0)->rows);
        tmpl_int(c, TI(c, r0)->cols);
        tmpl_scalar(c, dt);
        return 0;
    case DF_MAT_FROM_VECS: {
        for (int k = c->vstart; k < c->vstart + c->vcount; k++)
            if (push_arg(c, k))
                return -1;
        const IrTypeInfo *i = TI(c, r0);
        if (!(i->rows == i->cols && i->rows >= 2 && i->rows <= 4)) {
            tmpl_int(c, i->rows);
            tmpl_int(c, i->cols);
        }
        tmpl_scalar(c, dt);
        return 0;
    }
    case DF_IDENTITY:
        tmpl_int(c, TI(c, r0)->rows);
        tmpl_scalar(c, dt);
        return 0;
    case DF_DTYPE_ONLY:
        tmpl_scalar(c, dt);
        return 0;
    case DF_QUATERNION:
        for (int k = 0; k < c->nb; k++)
            if (!is_dtype(&c->b[k]) && push_cast(c, k, dt))
                return -1;
        tmpl_scalar(c, dt);
        return 0;
    case DF_TRANSFORMATION:
        if (c->has_star && c->vcount != 7)
            /* Warp passes the *args tuple itself as an argument and fails */
            return fail(c, "'tuple' object has no attribute 'label'");
        if (c->has_star) {
            for (int k = c->vstart; k < c->vstart + 7; k++)
                if (push_cast(c, k, dt))
                    return -1;
        } else {
            for (int k = 0; k < c->nb; k++)
                if (!is_dtype(&c->b[k]) && push_arg(c, k))
                    return -1;
            if (get(c, "p") && !get(c, "q")) {
                /* the identity rotation, as a constant quaternion var */
                static const double ident[4] = {0, 0, 0, 1};
                IrConst q;
                memset(&q, 0, sizeof q);
                q.type = ir_type_quat(c->m, dt);
                q.is_float = 1;
                q.n = 4;
                q.v = ident;
                if (push_const(c, q))
                    return -1;
            }
        }
        tmpl_scalar(c, dt);
        return 0;
    case DF_SPATIAL_VECTOR:
        for (int k = 0; k < c->nb; k++)
            if (!is_dtype(&c->b[k]) && push_arg(c, k))
                return -1;
        tmpl_int(c, 6);
        tmpl_scalar(c, dt);
        return 0;
    case DF_VOLUME: {
        for (int k = 0; k < c->nb; k++)
            if (!is_dtype(&c->b[k]) && push_arg(c, k))
                return -1;
        /* compute_type_str's param2str: Python's float/int print their __name__ */
        BArg *d = get(c, "dtype");
        const IrCallArg *ca = d && d->src >= 0 ? &c->args[d->src] : NULL;
        if (ca && ca->pytype) {
            IrScalar s = scalar_of(c, d->tval);
            buf_puts(&c->tmpl, s == SC_FLOAT32 ? "float" : s == SC_BOOL ? "bool" : "int");
        } else {
            ir_type_ctype(c->m, d->tval, &c->tmpl);
        }
        return 0;
    }
    case DF_ARRAY_PTR: {
        /* array_dispatch_func: ptr, then the shape tuple's values (Python ints
         * registered as new constants); the result's dtype as template argument */
        BArg *sh = get(c, "shape");
        if (push_arg(c, 0))
            return -1;
        for (int k = 0; k < sh->cval->n; k++) {
            IrConst q;
            memset(&q, 0, sizeof q);
            q.i = (int64_t)sh->cval->v[k];
            if (push_const(c, q))
                return -1;
        }
        IrType et = TI(c, r0)->elem;
        if (is_kind(c, et, TY_STRUCT))
            ir_struct_native_name(c->m, TI(c, et)->strct); /* the template names the struct */
        ir_type_ctype(c->m, et, &c->tmpl);
        return 0;
    }
    case DF_TUPLE_EXTRACT: {
        if (push_arg(c, 0))
            return -1;
        BArg *ia = get(c, "i");
        if (c->tmpl.len)
            buf_puts(&c->tmpl, ", ");
        buf_printf(&c->tmpl, "%lld", (long long)const_int(ia->cval));
        return 0;
    }
    default:
        if (row->df >= DF_TILE_ALLOC)
            return df_tile(c);
        return fail(c, "internal error: unknown dispatch rule");
    }
}

/* ---- tiles ----------------------------------------------------------------------
 * Warp's tile builtins (builtins.py, "Tile Primitives"): value rules make new
 * tile types (each a type object of its own, see TY_TILE) and, as Warp's
 * value and dispatch functions do, move argument tiles to shared storage in
 * place; dispatch rules spread offset tuples into their elements, add the
 * Python ints and typed constants Warp registers, and print shapes, strides
 * and flags as template arguments. */
static int is_tile_t(Ctx *c, IrType t) { return t && TI(c, t)->kind == TY_TILE; }
static int tnd(Ctx *c, IrType t) { return TI(c, t)->ndim; }
static const int *tshape(Ctx *c, IrType t) { return ir_tile_shape(c->m, t); }
static const int *tstrides(Ctx *c, IrType t) { return ir_tile_strides(c->m, t); }
static int tflags(Ctx *c, IrType t) { return TI(c, t)->rows; }
static IrType tdtype(Ctx *c, IrType t) { return TI(c, t)->elem; }
static int tshared(Ctx *c, IrType t) { return !!(tflags(c, t) & IRTILE_SHARED); }

/* t.storage = "shared" (or "register") on the type object itself */
static void tile_set_shared(Ctx *c, IrType t, int shared) {
    int f = tflags(c, t);
    ir_type_tile_set_flags(c->m, t, shared ? (f | IRTILE_SHARED) : (f & ~IRTILE_SHARED));
}

/* tile(dtype, shape, storage, layout, strides, owner) */
static IrType new_tile(Ctx *c, IrType dtype, int nd, const int *shape, const int *strides, int shared, int colmajor,
                       int owner) {
    return ir_type_tile(c->m, dtype, nd, shape, strides,
                        (shared ? IRTILE_SHARED : 0) | (colmajor ? IRTILE_COLMAJOR : 0) | (owner ? IRTILE_OWNER : 0));
}

/* Python's repr of a shape tuple: (8, 8), (8,) */
static const char *shape_repr(Ctx *c, const int *shape, int nd) {
    Buf b = {0};
    buf_puts(&b, "(");
    for (int k = 0; k < nd; k++)
        buf_printf(&b, k ? ", %d" : "%d", shape[k]);
    buf_puts(&b, nd == 1 ? ",)" : ")");
    const char *r = arena_strdup(c->m->arena, b.data);
    buf_free(&b);
    return r;
}

/* extract_tuple(arg, as_constant=True): the values (Python ints); returns the
 * count, *all_const 0 where one of them is not a compile-time int. */
static int const_ints(Ctx *c, const BArg *a, int *out, int max, int *all_const) {
    *all_const = 0;
    if (!a)
        return 0;
    if (is_kind(c, a->type, TY_TUPLE)) {
        int n = TI(c, a->type)->rows;
        if (a->cval && a->cval->n == n) {
            *all_const = 1;
            for (int k = 0; k < n && k < max; k++)
                out[k] = (int)a->cval->v[k];
        }
        return n;
    }
    if (a->cval && !a->cval->n && !a->cval->is_float) {
        *all_const = 1;
        out[0] = (int)a->cval->i;
    }
    return 1;
}

/* len(extract_tuple(arg)) */
static int tuple_count(Ctx *c, const BArg *a) { return is_kind(c, a->type, TY_TUPLE) ? TI(c, a->type)->rows : 1; }

/* func_args.extend(extract_tuple(arg)): a tuple's elements, or the value itself */
static int push_elems(Ctx *c, int bidx) {
    const BArg *a = &c->b[bidx];
    if (!is_kind(c, a->type, TY_TUPLE))
        return push_arg(c, bidx);
    for (int e = 0; e < TI(c, a->type)->rows; e++)
        if (push_kind(c, bidx, AK_ELEM, e))
            return -1;
    return 0;
}

static int bidx_of(Ctx *c, const BArg *a) { return (int)(a - c->b); }

static int push_int(Ctx *c, int v) {
    IrConst k;
    memset(&k, 0, sizeof k);
    k.i = v;
    return push_const(c, k);
}

static int push_text(Ctx *c, const char *text) {
    if (push_kind(c, 0, AK_TEXT, 0))
        return -1;
    c->ctext[c->ncarg - 1] = arena_strdup(c->m->arena, text);
    return 0;
}

static int push_newvar(Ctx *c, IrType t) {
    if (push_kind(c, 0, AK_NEWVAR, 0))
        return -1;
    c->ctyp[c->ncarg - 1] = t;
    return 0;
}

/* A function argument resolved for element types: "wp::sin" / "sq_0" and
 * their adjoints; *ret gets the overload's result. */
static int fn_overload(Ctx *c, const BArg *op, const IrType *types, int n, IrType *ret, const char **fwd,
                       const char **adj, int *nodiff) {
    const IrFnArg *fn = op->fn;
    *nodiff = 0;
    if (fn->builtin) {
        IrCallArg ca[8];
        memset(ca, 0, sizeof ca);
        for (int k = 0; k < n && k < 8; k++)
            ca[k].type = types[k];
        IrBuiltinCall *bc = calloc(1, sizeof *bc);
        if (!bc)
            return fail(c, "out of memory");
        char err[256];
        int rc = ir_builtin_resolve(c->m, fn->builtin, c->minor, ca, n, NULL, 0, bc, err, sizeof err);
        if (!rc) {
            unsigned fl = ir_builtin_flags(bc->id);
            const char *ns = (fl & BF_NONS) ? "" : "wp::";
            *ret = bc->nout ? bc->out[0] : 0;
            *fwd = arena_printf(c->m->arena, "%s%s", ns, ir_builtin_native(bc->id));
            *adj = arena_printf(c->m->arena, "%sadj_%s", ns, ir_builtin_native(bc->id));
            *nodiff = !!(fl & BF_NODIFF);
        }
        free(bc);
        return rc ? -2 : 0;
    }
    void *f = NULL;
    if (fn->resolve(fn->ctx, types, n, ret, &f))
        return -2;
    *fwd = NULL;
    *adj = (const char *)f; /* the IrFunc, passed through to push_fn */
    return 0;
}

static int push_fn(Ctx *c, const char *fwd, const char *adj) {
    if (push_kind(c, 0, AK_FUNC, 0))
        return -1;
    if (!fwd) {
        c->cfn[c->ncarg - 1] = (void *)adj;
        return 0;
    }
    c->ctext[c->ncarg - 1] = fwd;
    c->cadj[c->ncarg - 1] = adj;
    return 0;
}

/* The storage argument: 1 shared, 0 register, -1 with Warp's error. */
static int storage_arg(Ctx *c, int *shared) {
    BArg *st = get(c, "storage");
    const char *s = st ? st->sval : NULL;
    if (s && !strcmp(s, "shared"))
        *shared = 1;
    else if (s && !strcmp(s, "register"))
        *shared = 0;
    else
        return fail(c, "Invalid value for 'storage': '%s'. Expected 'shared' or 'register'.", s ? s : "None");
    return 0;
}

/* param2str of a dtype argument: Python's float/int/bool print their names */
static void tmpl_dtype_arg(Ctx *c, const BArg *d) {
    if (c->tmpl.len)
        buf_puts(&c->tmpl, ", ");
    if (d->pytype) {
        IrScalar s = scalar_of(c, d->tval);
        buf_puts(&c->tmpl, s == SC_FLOAT32 ? "float" : s == SC_BOOL ? "bool" : "int");
        return;
    }
    if (is_kind(c, d->tval, TY_STRUCT))
        ir_struct_native_name(c->m, TI(c, d->tval)->strct);
    ir_type_ctype(c->m, d->tval, &c->tmpl);
}

static void tmpl_type(Ctx *c, IrType t) {
    if (c->tmpl.len)
        buf_puts(&c->tmpl, ", ");
    if (is_kind(c, t, TY_STRUCT))
        ir_struct_native_name(c->m, TI(c, t)->strct);
    ir_type_ctype(c->m, t, &c->tmpl);
}

static void tmpl_text(Ctx *c, const char *s) {
    if (c->tmpl.len)
        buf_puts(&c->tmpl, ", ");
    buf_puts(&c->tmpl, s);
}

/* param2str of a Var's constant (bounds_check=True prints true) */
static void tmpl_bool_arg(Ctx *c, const BArg *a) {
    if (!a || !a->cval)
        tmpl_text(c, "None");
    else if (a->cval->is_bool || scalar_of(c, a->type) == SC_BOOL)
        tmpl_text(c, a->cval->i ? "true" : "false");
    else
        tmpl_int(c, (int)a->cval->i);
}

static int is_struct_t(Ctx *c, IrType t) { return is_kind(c, t, TY_STRUCT); }

static IrScalar elem_scalar(Ctx *c, IrType t) { return scalar_of(c, t); }

/* type_is_scalar / vector / matrix */
static int is_scalar_t(Ctx *c, IrType t) { return is_kind(c, t, TY_SCALAR); }
static int is_vecmat_t(Ctx *c, IrType t) { return is_kind(c, t, TY_VEC) || is_kind(c, t, TY_MAT); }

/* _is_tile_map_element_type_supported */
static int map_elem_ok(Ctx *c, IrType t) {
    return is_scalar_t(c, t) || is_vecmat_t(c, t) || (c->minor >= 16 && is_struct_t(c, t));
}

static int vf_tile_alloc(Ctx *c) {
    const char *key = c->row->key;
    int shape[16], allc, shared;
    int nd = const_ints(c, get(c, "shape"), shape, 16, &allc);
    if (!allc)
        return fail(c, "Tile functions require shape to be a compile time constant.");
    if (nd > 16)
        return fail(c, "wpc supports tiles of at most 16 dimensions");
    int from_thread = !strcmp(key, "tile_from_thread");
    if (from_thread && storage_arg(c, &shared))
        return -1;
    IrType dtype;
    if (from_thread) {
        dtype = gtype(c, "value");
    } else {
        BArg *d = get(c, "dtype");
        if (storage_arg(c, &shared))
            return -1;
        if (!d || !d->tval)
            return fail(c, "wpc supports %s() only with a type as its dtype argument", key);
        dtype = d->tval;
        if (c->minor >= 16 && !strcmp(key, "tile_ones") && is_struct_t(c, dtype))
            return fail(c, "tile_ones() does not support Warp struct dtypes; use tile_full() with an explicit value");
        if (c->minor >= 16 && !strcmp(key, "tile_full") && is_struct_t(c, dtype) &&
            !types_equal(c, gtype(c, "value"), dtype))
            return fail(c, "tile_full() value must have dtype %s when filling Warp struct tile elements, got %s",
                        repr(c, dtype), repr(c, gtype(c, "value")));
    }
    return set_ret(c, new_tile(c, dtype, nd, shape, NULL, shared, 0, 1));
}

static int df_tile_alloc(Ctx *c) {
    const char *key = c->row->key;
    IrType r0 = c->ret[0];
    if (!strcmp(key, "tile_full")) {
        if (push_arg(c, bidx_of(c, get(c, "value"))))
            return -1;
    } else if (!strcmp(key, "tile_from_thread")) {
        if (push_arg(c, bidx_of(c, get(c, "value"))) || push_arg(c, bidx_of(c, get(c, "thread_idx"))))
            return -1;
    }
    if (!strcmp(key, "tile_from_thread"))
        tmpl_type(c, tdtype(c, r0));
    else
        tmpl_dtype_arg(c, get(c, "dtype"));
    for (int k = 0; k < tnd(c, r0); k++)
        tmpl_int(c, tshape(c, r0)[k]);
    return 0;
}

/* A Python number of an argument (int or float constant). */
static int const_num(const BArg *a, double *v) {
    if (!a || !a->cval || a->cval->n)
        return 0;
    *v = a->cval->is_float ? a->cval->f : (double)a->cval->i;
    return 1;
}

static int vf_tile_arange(Ctx *c) {
    int n = c->vcount, shared;
    if (!c->has_star)
        return fail(c, "tile_arange() requires at least one positional argument specifying the range");
    double v[3] = {0, 0, 1};
    /* Python's names of the argument values: a runtime Var stays a Var */
    const char *tn[3] = {"int", "int", "int"};
    int known[3] = {1, 1, 1};
    int pos[3] = {-1, -1, -1};
    if (n == 1)
        pos[1] = 0;
    else if (n >= 2)
        for (int k = 0; k < 3 && k < n; k++)
            pos[k] = k;
    for (int k = 0; k < 3; k++) {
        if (pos[k] < 0)
            continue;
        const BArg *a = &c->b[c->vstart + pos[k]];
        known[k] = const_num(a, &v[k]);
        tn[k] = !known[k] ? "Var" : a->cval->is_float ? "float" : "int";
    }
    if (!known[0] || !known[1])
        return fail(c, "unsupported operand type(s) for -: '%s' and '%s'", tn[1], tn[0]);
    if (!known[2])
        return fail(c, "unsupported operand type(s) for /: '%s' and 'Var'",
                    !strcmp(tn[0], "float") || !strcmp(tn[1], "float") ? "float" : "int");
    double start = v[0], stop = v[1], step = v[2];
    IrType dtype = ir_type_scalar(c->m, SC_FLOAT32);
    BArg *d = get(c, "dtype");
    if (d) {
        if (!d->tval)
            return fail(c, "wpc supports tile_arange() only with a type as its dtype argument");
        dtype = d->tval;
        if (c->minor >= 16 && is_struct_t(c, dtype))
            return fail(c, "tile_arange() does not support Warp struct dtypes");
    }
    if (storage_arg(c, &shared))
        return -1;
    if (step == 0)
        return fail(c, "ZeroDivisionError: division by zero");
    int len = (int)((stop - start) / step);
    return set_ret(c, new_tile(c, dtype, 1, &len, NULL, shared, 0, 1));
}

static int df_tile_arange(Ctx *c) {
    IrType r0 = c->ret[0], dt = tdtype(c, r0);
    tmpl_type(c, dt);
    tmpl_int(c, ir_tile_size(c->m, r0));
    int n = c->vcount;
    if (n > 3)
        return fail(c, "tile_arange() accepts at most 3 positional arguments, got %d", n);
    IrConst zero, one;
    memset(&zero, 0, sizeof zero);
    zero.type = dt;
    one = zero;
    one.i = 1;
    if (n == 1)
        return push_const(c, zero) || push_arg(c, c->vstart) || push_const(c, one);
    if (n == 2)
        return push_arg(c, c->vstart) || push_arg(c, c->vstart + 1) || push_const(c, one);
    return push_arg(c, c->vstart) || push_arg(c, c->vstart + 1) || push_arg(c, c->vstart + 2);
}

static int vf_tile_load(Ctx *c) {
    IrType a = gtype(c, "a");
    int shape[16], allc, shared;
    int nd = const_ints(c, get(c, "shape"), shape, 16, &allc);
    if (!allc)
        return fail(c, "Tile functions require shape to be a compile time constant.");
    BArg *off = get(c, "offset");
    int noff = off ? tuple_count(c, off) : TI(c, a)->ndim, and = TI(c, a)->ndim;
    if (and != nd)
        return fail(c, "tile_load() array argument must have same number of dimensions as the tile shape, trying to "
                    "perform an %d dimensional load from an array with %d dimensions.", nd, and);
    if (and != noff)
        return fail(c, "tile_load() offset argument must have the same number of dimensions as the array to load "
                    "from, got %d indices for an array with %d dimensions", noff, and);
    if (storage_arg(c, &shared))
        return -1;
    return set_ret(c, new_tile(c, TI(c, a)->elem, nd, shape, NULL, shared, 0, 1));
}

static int push_offsets(Ctx *c, int ndim) {
    BArg *off = get(c, "offset");
    if (off)
        return push_elems(c, bidx_of(c, off));
    for (int k = 0; k < ndim; k++)
        if (push_int(c, 0))
            return -1;
    return 0;
}

static int df_tile_load(Ctx *c) {
    IrType a = gtype(c, "a"), r0 = c->ret[0];
    if (push_arg(c, bidx_of(c, get(c, "a"))) || push_offsets(c, TI(c, a)->ndim))
        return -1;
    tmpl_type(c, tdtype(c, r0));
    tmpl_bool_arg(c, get(c, "bounds_check"));
    if (c->minor >= 16) {
        if (tshared(c, r0))
            tmpl_bool_arg(c, get(c, "aligned"));
        else
            tmpl_text(c, "false");
    }
    for (int k = 0; k < tnd(c, r0); k++)
        tmpl_int(c, tshape(c, r0)[k]);
    return 0;
}

/* tile_store / tile_atomic_add: checks, then the atomic add's result */
static int vf_tile_store(Ctx *c) {
    const char *fn = c->row->key;
    IrType a = gtype(c, "a"), t = gtype(c, "t");
    BArg *off = get(c, "offset");
    int nc = off ? tuple_count(c, off) : TI(c, a)->ndim, and = TI(c, a)->ndim;
    if (nc != and)
        return fail(c, "%s() 'a' argument must have %d dimensions, calculated based on the provided offset "
                    "arguments, but got %d dimensions.", fn, nc, and);
    int atomic = !strcmp(fn, "tile_atomic_add");
    if (atomic ? and != tnd(c, t) : tnd(c, t) != and)
        return fail(c, "%s() 'a' argument must have the same number of dimensions as the 't' argument, but got %d "
                    "dimensions for 'a' and %d dimensions for 't'", fn, and, tnd(c, t));
    if (!types_equal(c, TI(c, a)->elem, tdtype(c, t)))
        return fail(c, "%s() 'a' and 't' arguments must have the same dtype, got %s and %s", fn,
                    pystr(c, TI(c, a)->elem), pystr(c, tdtype(c, t)));
    if (!atomic)
        return set_ret(c, 0);
    if (c->minor >= 16 && !is_struct_t(c, tdtype(c, t))) {
        IrScalar s = elem_scalar(c, tdtype(c, t));
        if (!(s == SC_INT32 || s == SC_UINT32 || s == SC_INT64 || s == SC_UINT64 || s == SC_FLOAT16 ||
              s == SC_FLOAT32 || s == SC_FLOAT64))
            return fail(c, "tile_atomic_add() only supports tiles with [u]int32, [u]int64, float16, bfloat16, "
                        "float32, or float64 as the underlying scalar type, but got %s", repr(c, tdtype(c, t)));
    }
    return set_ret(c, new_tile(c, tdtype(c, t), tnd(c, t), tshape(c, t), NULL, tshared(c, t), 0, 1));
}

static int df_tile_store(Ctx *c) {
    IrType a = gtype(c, "a"), t = gtype(c, "t");
    if (push_arg(c, bidx_of(c, get(c, "a"))) || push_offsets(c, TI(c, a)->ndim) ||
        push_arg(c, bidx_of(c, get(c, "t"))))
        return -1;
    tmpl_type(c, TI(c, a)->elem);
    tmpl_bool_arg(c, get(c, "bounds_check"));
    if (c->minor >= 16 && !strcmp(c->row->key, "tile_store")) {
        if (tshared(c, t))
            tmpl_bool_arg(c, get(c, "aligned"));
        else
            tmpl_text(c, "false");
    }
    return 0;
}

static int vf_tile_extract(Ctx *c) {
    IrType a = gtype(c, "a");
    tile_set_shared(c, a, 1);
    int ni = c->nb - 1, nd = tnd(c, a);
    IrType dt = tdtype(c, a);
    const char *sr = shape_repr(c, tshape(c, a), nd);
    if (is_kind(c, dt, TY_VEC)) {
        if (ni == nd)
            return set_ret(c, dt);
        if (ni == nd + 1)
            return set_ret(c, ir_type_scalar(c->m, scalar_of(c, dt)));
        return fail(c, "tile_extract: incorrect number of indices (%d) for tile shape %s", ni, sr);
    }
    if (is_kind(c, dt, TY_MAT)) {
        if (ni == nd)
            return set_ret(c, dt);
        if (ni == nd + 2)
            return set_ret(c, ir_type_scalar(c->m, scalar_of(c, dt)));
        return fail(c, "tile_extract: incorrect number of indices (%d) for matrix tile shape %s", ni, sr);
    }
    if (ni == nd)
        return set_ret(c, dt);
    return fail(c, "tile_extract: incorrect number of indices (%d) for tile shape %s", ni, sr);
}

/* tile_add_inplace(a, i, ..., value) and the bitwise forms */
static int vf_tile_inplace_elem(Ctx *c) {
    IrType a = gtype(c, "a");
    if (c->minor >= 16 && strstr(c->row->key, "bit_") && is_struct_t(c, tdtype(c, a)))
        return fail(c, "Tile bitwise inplace operators do not support Warp struct tile elements");
    if (!types_equal(c, tdtype(c, a), gtype(c, "value")))
        return fail(c, "'value' must have the same dtype as target tile for inplace ops, got %s and %s",
                    pystr(c, tdtype(c, a)), pystr(c, gtype(c, "value")));
    tile_set_shared(c, a, 1);
    return set_ret(c, 0);
}

static int same_shape(Ctx *c, IrType a, IrType b) {
    if (tnd(c, a) != tnd(c, b))
        return 0;
    for (int k = 0; k < tnd(c, a); k++)
        if (tshape(c, a)[k] != tshape(c, b)[k])
            return 0;
    return 1;
}

/* a += b on tiles (add_inplace and friends with two tiles) */
static int vf_tile_inplace_tile(Ctx *c) {
    IrType a = gtype(c, "a"), b = gtype(c, "b");
    if (c->minor < 16)
        return set_ret(c, 0);
    if (strstr(c->row->key, "bit_") && is_struct_t(c, tdtype(c, a)))
        return fail(c, "Tile bitwise inplace operators do not support Warp struct tile elements");
    if (!same_shape(c, a, b))
        return fail(c, "Tile inplace arguments must have the same shape, got %s and %s",
                    shape_repr(c, tshape(c, a), tnd(c, a)), shape_repr(c, tshape(c, b), tnd(c, b)));
    if (!types_equal(c, tdtype(c, a), tdtype(c, b)))
        return fail(c, "Tile inplace arguments must have the same dtype, got %s and %s", pystr(c, tdtype(c, a)),
                    pystr(c, tdtype(c, b)));
    return set_ret(c, 0);
}

/* tile_binary_map_value_func without an op: tile + tile, tile - tile, bitwise */
static int vf_tile_binary(Ctx *c) {
    IrType a = gtype(c, "a"), b = gtype(c, "b");
    if (tnd(c, a) != tnd(c, b))
        return fail(c, "tile_map() shapes must have the same number of dimensions, got %d and %d", tnd(c, a),
                    tnd(c, b));
    for (int k = 0; k < tnd(c, a); k++)
        if (tshape(c, a)[k] != tshape(c, b)[k])
            return fail(c, "tile_map() shapes do not match on dimension %d, got %s and %s", k,
                        shape_repr(c, tshape(c, a), tnd(c, a)), shape_repr(c, tshape(c, b), tnd(c, b)));
    if (!types_equal(c, tdtype(c, a), tdtype(c, b)))
        return fail(c, "tile_map() arguments must have the same dtype for this operation, got %s and %s",
                    pystr(c, tdtype(c, a)), pystr(c, tdtype(c, b)));
    if (c->minor >= 16 && !strncmp(c->row->key, "bit_", 4) &&
        (is_struct_t(c, tdtype(c, a)) || is_struct_t(c, tdtype(c, b))))
        return fail(c, "Tile bitwise operators do not support Warp struct tile elements");
    return set_ret(c, new_tile(c, tdtype(c, a), tnd(c, a), tshape(c, a), NULL, 0, 0, 1));
}

/* tile_mul_value_func / tile_div_value_func (1.16) */
static int vf_tile_muldiv(Ctx *c) {
    int div = !strcmp(c->row->key, "div");
    const char *verb = div ? "divide" : "multiply";
    IrType a = gtype(c, "a"), b = gtype(c, "b");
    int at = is_tile_t(c, a), bt = is_tile_t(c, b);
    if (at && bt) {
        if (tnd(c, a) != tnd(c, b))
            return fail(c, "Shapes must have same dimensions: %d vs %d", tnd(c, a), tnd(c, b));
        for (int k = 0; k < tnd(c, a); k++)
            if (tshape(c, a)[k] != tshape(c, b)[k])
                return fail(c, "Shape mismatch on dim %d: %s vs %s", k, shape_repr(c, tshape(c, a), tnd(c, a)),
                            shape_repr(c, tshape(c, b), tnd(c, b)));
        IrType ad = tdtype(c, a), bd = tdtype(c, b);
        if (!is_scalar_t(c, ad) && !is_scalar_t(c, bd))
            return fail(c, "Cannot %s tile<%s> by tile<%s>: at least one element type must be scalar", verb,
                        repr(c, ad), repr(c, bd));
        if (scalar_of(c, ad) != scalar_of(c, bd))
            return fail(c, "Underlying scalar types don't match: %s vs %s",
                        repr(c, ir_type_scalar(c->m, scalar_of(c, ad))), repr(c, ir_type_scalar(c->m, scalar_of(c, bd))));
        IrType rd = is_vecmat_t(c, ad) ? ad : is_vecmat_t(c, bd) ? bd : ad;
        return set_ret(c, new_tile(c, rd, tnd(c, a), tshape(c, a), NULL, 0, 0, 1));
    }
    IrType tt = at ? a : b, ct = at ? b : a;
    if (!(is_scalar_t(c, ct) || is_vecmat_t(c, ct)))
        return fail(c, "Non-tile operand must be scalar/vec/mat, got %s", repr(c, ct));
    if (scalar_of(c, tdtype(c, tt)) != scalar_of(c, ct))
        return fail(c, "Underlying scalar types don't match: tile=%s, const=%s",
                    repr(c, ir_type_scalar(c->m, scalar_of(c, tdtype(c, tt)))),
                    repr(c, ir_type_scalar(c->m, scalar_of(c, ct))));
    if (!is_scalar_t(c, tdtype(c, tt)) && !is_scalar_t(c, ct)) {
        if (at)
            return fail(c, "Cannot %s tile<%s> by %s: at least one operand must be a scalar type", verb,
                        repr(c, tdtype(c, tt)), repr(c, ct));
        return fail(c, "Cannot %s %s by tile<%s>: at least one operand must be a scalar type", verb, repr(c, ct),
                    repr(c, tdtype(c, tt)));
    }
    IrType rd = is_vecmat_t(c, ct) ? ct : tdtype(c, tt);
    return set_ret(c, new_tile(c, rd, tnd(c, tt), tshape(c, tt), NULL, 0, 0, 1));
}

/* tile_scalar_mul_value_func (1.10): x * y with one tile and one scalar */
static int vf_tile_scalar_mul(Ctx *c) {
    IrType x = gtype(c, "x"), y = gtype(c, "y");
    if (is_tile_t(c, x)) {
        if (tdtype(c, x) != y)
            return fail(c, "Scalar factor type %s does not match tile type %s for tile*scalar", pystr(c, y),
                        pystr(c, tdtype(c, x)));
        return set_ret(c, new_tile(c, tdtype(c, x), tnd(c, x), tshape(c, x), NULL, 0, 0, 1));
    }
    if (tdtype(c, y) != x)
        return fail(c, "Scalar factor type %s does not match tile type %s for scalar*tile", pystr(c, x),
                    pystr(c, tdtype(c, y)));
    return set_ret(c, new_tile(c, tdtype(c, y), tnd(c, y), tshape(c, y), NULL, 0, 0, 1));
}

static int vf_tile_transpose(Ctx *c) {
    if (c->nb != 1)
        return fail(c, "tile_transpose() takes exactly 1 positional argument but %d were given", c->nb);
    IrType t = c->b[0].type;
    if (!is_tile_t(c, t))
        return fail(c, "tile_transpose() argument must be a tile, got %s", repr(c, t));
    tile_set_shared(c, t, 1);
    int nd = tnd(c, t), sh[16], st[16];
    for (int k = 0; k < nd; k++) {
        sh[k] = tshape(c, t)[nd - 1 - k];
        st[k] = tstrides(c, t)[nd - 1 - k];
    }
    return set_ret(c, new_tile(c, tdtype(c, t), nd, sh, st, 1, !(tflags(c, t) & IRTILE_COLMAJOR), 0));
}

static int vf_tile_broadcast(Ctx *c) {
    IrType t = gtype(c, "a");
    int shape[16], st[16], allc;
    int nd = const_ints(c, get(c, "shape"), shape, 16, &allc);
    if (!allc)
        return fail(c, "Tile functions require shape to be a compile time constant.");
    int off = nd - tnd(c, t);
    for (int i = nd - 1; i >= 0; i--) {
        int j = i - off;
        if (j < 0)
            st[i] = 0;
        else if (tshape(c, t)[j] == 1)
            st[i] = 0;
        else if (tshape(c, t)[j] == shape[i])
            st[i] = tstrides(c, t)[j];
        else
            return fail(c, "tile_broadcast() cannot broadcast dimension %d into %d at index %d", tshape(c, t)[j],
                        shape[i], i);
    }
    tile_set_shared(c, t, 1);
    return set_ret(c, new_tile(c, tdtype(c, t), nd, shape, st, 1, 0, 0));
}

/* a reduction to one element: tile_sum, tile_min/max, tile_argmin/argmax, tile_reduce */
static int vf_tile_reduce1(Ctx *c) {
    const char *key = c->row->key;
    int variadic = !!(c->row->flags & BF_VARIADIC);
    if (variadic && c->nb != 1)
        return fail(c, "%s() takes exactly 1 positional argument but %d were given", key, c->nb);
    IrType a = gtype(c, "a");
    if (!is_tile_t(c, a)) {
        if (!strcmp(key, "tile_reduce"))
            return fail(c, "tile_reduce() 'a' argument must be a tile, got %s", repr(c, a));
        return fail(c, "%s() argument must be a tile, got %s", key, repr(c, a));
    }
    if (c->minor >= 16 && (!strcmp(key, "tile_min") || !strcmp(key, "tile_argmin")) && is_struct_t(c, tdtype(c, a)))
        return fail(c, "%s() does not support Warp struct tile elements", key);
    int one = 1;
    IrType dt = strstr(key, "arg") ? ir_type_scalar(c->m, SC_INT32) : tdtype(c, a);
    return set_ret(c, new_tile(c, dt, 1, &one, NULL, 0, 0, 1));
}

/* tile_sum(a, axis), tile_reduce(op, a, axis) */
static int vf_tile_reduce_axis(Ctx *c) {
    const char *fn = !strcmp(c->row->key, "tile_sum") ? "tile_sum" : "tile_reduce";
    IrType a = gtype(c, "a");
    if (!is_tile_t(c, a))
        return fail(c, "%s() 'a' argument must be a tile, got %s", fn, repr(c, a));
    tile_set_shared(c, a, 1);
    BArg *ax = get(c, "axis");
    if (!ax || !ax->cval)
        return fail(c, "wpc supports %s() only with a compile-time constant axis", fn);
    int axis = (int)ax->cval->i, nd = tnd(c, a), sh[16], n = 0;
    if (axis < 0 || axis >= nd)
        return fail(c, "%s() axis %d is out of bounds for tile with %d dimensions", fn, axis, nd);
    if (nd > 1) {
        for (int k = 0; k < nd; k++)
            if (k != axis)
                sh[n++] = tshape(c, a)[k];
    } else {
        sh[n++] = 1;
    }
    return set_ret(c, new_tile(c, tdtype(c, a), n, sh, NULL, 0, 0, 1));
}

static int vf_tile_scan(Ctx *c) {
    const char *key = c->row->key;
    if (c->nb != 1)
        return fail(c, "%s() takes exactly 1 positional argument but %d were given", key, c->nb);
    IrType a = gtype(c, "a");
    if (!is_tile_t(c, a))
        return fail(c, "%s() argument must be a tile, got %s", key, repr(c, a));
    IrScalar s = is_kind(c, tdtype(c, a), TY_SCALAR) ? scalar_of(c, tdtype(c, a)) : SC_NONE;
    if (!(s == SC_FLOAT32 || s == SC_INT32 || s == SC_UINT32))
        return fail(c, "%s() argument must be a tile of type float32, int32, or uint32, got %s", key,
                    pystr(c, tdtype(c, a)));
    return set_ret(c, new_tile(c, tdtype(c, a), tnd(c, a), tshape(c, a), NULL, 0, 0, 1));
}

/* tile_map(op, a[, b | *args]): the op's overload for the element types */
static int tile_map_types(Ctx *c, IrType *dts, int *n) {
    IrType a = gtype(c, "a");
    *n = 0;
    dts[(*n)++] = tdtype(c, a);
    if (get(c, "b")) {
        IrType b = gtype(c, "b");
        dts[(*n)++] = is_tile_t(c, b) ? tdtype(c, b) : b;
    }
    for (int k = c->vstart; k < c->vstart + c->vcount; k++) {
        IrType t = c->b[k].type;
        dts[(*n)++] = is_tile_t(c, t) ? tdtype(c, t) : t;
    }
    return 0;
}

static int vf_tile_map(Ctx *c) {
    const char *native = c->row->native;
    IrType a = gtype(c, "a");
    if (!is_tile_t(c, a))
        return fail(c, "tile_map() 'a' argument must be a tile, got %s", repr(c, a));
    int binary = !strcmp(native, "tile_binary_map"), nary = !strcmp(native, "tile_map");
    if (binary) {
        IrType b = gtype(c, "b");
        if (is_tile_t(c, b)) {
            if (tnd(c, a) != tnd(c, b))
                return fail(c, "tile_map() shapes must have the same number of dimensions, got %d and %d", tnd(c, a),
                            tnd(c, b));
            for (int k = 0; k < tnd(c, a); k++)
                if (tshape(c, a)[k] != tshape(c, b)[k])
                    return fail(c, "tile_map() shapes do not match on dimension %d, got %s and %s", k,
                                shape_repr(c, tshape(c, a), tnd(c, a)), shape_repr(c, tshape(c, b), tnd(c, b)));
        } else if (c->minor < 16) {
            return fail(c, "tile_map() 'b' argument must be a tile, got %s", repr(c, b));
        } else if (!map_elem_ok(c, b)) {
            return fail(c, "tile_map() 'b' argument must be a tile, scalar, vector, matrix, or Warp struct, got %s",
                        repr(c, b));
        }
    }
    if (nary) {
        if (c->vcount + 1 < 3)
            return fail(c, "tile_map() with variadic args requires at least 3 arguments, got %d", c->vcount + 1);
        for (int k = 0; k < c->vcount; k++) {
            IrType t = c->b[c->vstart + k].type;
            if (is_tile_t(c, t)) {
                if (tnd(c, t) != tnd(c, a))
                    return fail(c, "tile_map() shapes must have the same number of dimensions, got %d and %d for "
                                "arguments 0 and %d", tnd(c, a), tnd(c, t), k + 1);
                for (int d = 0; d < tnd(c, a); d++)
                    if (tshape(c, t)[d] != tshape(c, a)[d])
                        return fail(c, "tile_map() shapes do not match on dimension %d, got %s and %s for arguments 0 "
                                    "and %d", d, shape_repr(c, tshape(c, a), tnd(c, a)),
                                    shape_repr(c, tshape(c, t), tnd(c, t)), k + 1);
            } else if (!map_elem_ok(c, t)) {
                return fail(c, "tile_map() argument %d must be a tile, scalar, vector, matrix, or Warp struct, got %s",
                            k + 1, repr(c, t));
            }
        }
    }
    BArg *op = get(c, "op");
    IrType dts[IR_MAX_CALL_ARGS + 8], ret = 0;
    int n;
    tile_map_types(c, dts, &n);
    const char *fwd, *adj;
    int nodiff, rc = fn_overload(c, op, dts, n, &ret, &fwd, &adj, &nodiff);
    if (rc == -1)
        return -1;
    if (rc) {
        const char *name = op->fn->builtin ? op->fn->builtin : op->fn->name;
        const char *opn = op->fn->builtin
            ? arena_printf(c->m->arena, "<Function %s(%s)>", name, "...")
            : arena_printf(c->m->arena, "<Function %s(...)>", name);
        Buf b = {0};
        for (int k = 0; k < n; k++)
            buf_printf(&b, "%s%s", k ? ", " : "", repr(c, dts[k]));
        fail(c, "No overload of %s found for tile element type%s %s", opn, n > 1 ? "s" : "", b.data);
        buf_free(&b);
        return -1;
    }
    if (!ret || !map_elem_ok(c, ret))
        return fail(c, "Operator %s returns unsupported type %s for a tile element",
                    op->fn->builtin ? op->fn->builtin : op->fn->name, ret ? repr(c, ret) : "None");
    c->no_reverse = nodiff;
    return set_ret(c, new_tile(c, ret, tnd(c, a), tshape(c, a), NULL, 0, 0, 1));
}

static int df_tile_map(Ctx *c) {
    BArg *op = get(c, "op");
    IrType dts[IR_MAX_CALL_ARGS + 8], ret;
    int n, nodiff;
    const char *fwd, *adj;
    tile_map_types(c, dts, &n);
    if (fn_overload(c, op, dts, n, &ret, &fwd, &adj, &nodiff))
        return fail(c, "internal error: tile_map overload");
    if (push_fn(c, fwd, adj) || push_arg(c, bidx_of(c, get(c, "a"))))
        return -1;
    if (get(c, "b") && push_arg(c, bidx_of(c, get(c, "b"))))
        return -1;
    for (int k = c->vstart; k < c->vstart + c->vcount; k++)
        if (push_arg(c, k))
            return -1;
    /* 1.10: the result tile is passed in too (a Var of the result's type) */
    if (c->minor < 16 && push_newvar(c, c->ret[0]))
        return -1;
    return 0;
}

static int vf_tile_astype(Ctx *c) {
    IrType t = gtype(c, "t");
    BArg *d = get(c, "dtype");
    if (!d || !d->tval)
        return fail(c, "wpc supports tile_astype() only with a type as its dtype argument");
    return set_ret(c, new_tile(c, d->tval, tnd(c, t), tshape(c, t), NULL, 0, 0, 1));
}

static int vf_tile_assign(Ctx *c) {
    IrType dst = gtype(c, "dst"), src = gtype(c, "src");
    if (c->minor >= 16 && src && is_tile_t(c, src)) {
        if (tnd(c, dst) != tnd(c, src))
            return fail(c, "tile_assign() destination and source tiles must have the same rank, got %d and %d",
                        tnd(c, dst), tnd(c, src));
        if (!get(c, "offset"))
            for (int d = 0; d < tnd(c, dst); d++)
                if (tshape(c, src)[d] > tshape(c, dst)[d])
                    return fail(c, "tile_assign() source tile of shape %s does not fit within destination tile of "
                                "shape %s", shape_repr(c, tshape(c, src), tnd(c, src)),
                                shape_repr(c, tshape(c, dst), tnd(c, dst)));
    }
    tile_set_shared(c, dst, 1);
    return set_ret(c, 0);
}

static int df_tile_assign(Ctx *c) {
    IrType dst = gtype(c, "dst");
    if (push_arg(c, bidx_of(c, get(c, "dst"))) || push_arg(c, bidx_of(c, get(c, "src"))))
        return -1;
    return push_offsets(c, tnd(c, dst));
}

/* wp.tile(x): one element per thread of the block */
static int vf_tile_ctor(Ctx *c) {
    if (c->nb > 2)
        return fail(c, "tile() takes 1 positional argument and 1 optional argument but %d were given", c->nb);
    BArg *pt = get(c, "preserve_type");
    IrType x = gtype(c, "x");
    int bd = c->m->block_dim ? c->m->block_dim : 256;
    int sh[3];
    if (pt && pt->cval && pt->cval->i) {
        sh[0] = bd;
        return set_ret(c, new_tile(c, x, 1, sh, NULL, 0, 0, 1));
    }
    const IrTypeInfo *xi = TI(c, x);
    IrType dt = x;
    int nd = 1;
    if (xi->kind == TY_VEC) {
        dt = ir_type_scalar(c->m, xi->scalar);
        sh[0] = xi->rows;
        sh[1] = bd;
        nd = 2;
    } else if (xi->kind == TY_QUAT) {
        dt = ir_type_scalar(c->m, xi->scalar);
        sh[0] = 4;
        sh[1] = bd;
        nd = 2;
    } else if (xi->kind == TY_MAT) {
        dt = ir_type_scalar(c->m, xi->scalar);
        sh[0] = xi->rows;
        sh[1] = xi->cols;
        sh[2] = bd;
        nd = 3;
    } else {
        sh[0] = bd;
    }
    return set_ret(c, new_tile(c, dt, nd, sh, NULL, 0, 0, 1));
}

static int df_tile_ctor(Ctx *c) {
    BArg *pt = get(c, "preserve_type");
    IrType x = gtype(c, "x");
    BArg *xa = get(c, "x");
    if (xa->src >= 0 && is_kind(c, c->args[xa->src].type, TY_REF))
        return fail(c, "'Reference' object has no attribute '__name__'"); /* x.type spelled as a template argument */
    if (push_arg(c, bidx_of(c, get(c, "x"))))
        return -1;
    const IrTypeInfo *xi = TI(c, x);
    if (pt && pt->cval && pt->cval->i) {
        tmpl_type(c, x);
    } else if (xi->kind == TY_VEC) {
        tmpl_scalar(c, (IrScalar)xi->scalar);
        tmpl_int(c, xi->rows);
    } else if (xi->kind == TY_QUAT) {
        tmpl_scalar(c, (IrScalar)xi->scalar);
        tmpl_int(c, 4);
    } else if (xi->kind == TY_MAT) {
        tmpl_int(c, xi->rows);
        tmpl_int(c, xi->cols);
        tmpl_scalar(c, (IrScalar)xi->scalar);
    } else {
        tmpl_type(c, x);
    }
    return 0;
}

static int vf_untile(Ctx *c) {
    if (c->nb != 1)
        return fail(c, "untile() takes exactly 1 positional argument but %d were given", c->nb);
    IrType t = c->b[0].type;
    if (!is_tile_t(c, t))
        return fail(c, "untile() argument must be a tile, got %s", repr(c, t));
    int bd = c->m->block_dim ? c->m->block_dim : 256, nd = tnd(c, t);
    if (tshape(c, t)[nd - 1] != bd)
        return fail(c, "untile() argument last dimension %d does not match the expected block width %d",
                    tshape(c, t)[nd - 1], bd);
    IrScalar s = scalar_of(c, tdtype(c, t));
    if (nd == 1)
        return set_ret(c, tdtype(c, t));
    if (nd == 2)
        return set_ret(c, ir_type_vec(c->m, tshape(c, t)[0], s));
    if (nd == 3)
        return set_ret(c, ir_type_mat(c->m, tshape(c, t)[0], tshape(c, t)[1], s));
    return fail(c, "untile() argument must have a positive size in dimension 0, but got %d", tshape(c, t)[0]);
}

static int vf_tile_unary(Ctx *c) {
    IrType t = gtype(c, "x");
    if (!is_tile_t(c, t))
        return fail(c, "Expected tile for unary expression, got %s", repr(c, t));
    return set_ret(c, new_tile(c, tdtype(c, t), tnd(c, t), tshape(c, t), NULL, 0, 0, 1));
}

/* tile_matmul(a, b[, out]) */
static int vf_tile_matmul(Ctx *c) {
    IrType a = gtype(c, "a"), b = gtype(c, "b");
    int complex = is_kind(c, tdtype(c, a), TY_VEC) && c->minor >= 16;
    if (complex)
        return fail(c, "tile_matmul() does not support complex tiles (vec2h, vec2f, vec2d). Complex matrix "
                       "multiplication is not implemented; use real float tiles (float16, bfloat16, float32, or "
                       "float64).");
    if (!is_tile_t(c, a))
        return fail(c, "tile_matmul() 'a' argument must be a tile, got %s", repr(c, a));
    if (!is_tile_t(c, b))
        return fail(c, "tile_matmul() 'b' argument must be a tile, got %s", repr(c, b));
    if (get(c, "out"))
        return set_ret(c, 0);
    int sh[2] = {tshape(c, a)[0], tnd(c, b) > 1 ? tshape(c, b)[1] : 1};
    return set_ret(c, new_tile(c, tdtype(c, a), 2, sh, NULL, 1, 0, 1));
}

static int df_tile_matmul(Ctx *c) {
    BArg *ba = get(c, "a"), *bb = get(c, "b"), *bo = get(c, "out");
    IrType a = ba->type, b = bb->type, out = bo ? bo->type : c->ret[0];
    IrScalar ok[3] = {scalar_of(c, tdtype(c, a)), scalar_of(c, tdtype(c, b)), scalar_of(c, tdtype(c, out))};
    for (int k = 0; k < 3; k++) {
        IrType dt = k == 0 ? tdtype(c, a) : k == 1 ? tdtype(c, b) : tdtype(c, out);
        int fine = is_kind(c, dt, TY_SCALAR) && ir_scalar_is_float(ok[k]);
        if (c->minor < 16 && is_kind(c, dt, TY_VEC) && TI(c, dt)->rows == 2 && ir_scalar_is_float(ok[k]))
            fine = 1;
        if (!fine)
            return fail(c, c->minor >= 16 ? "tile_matmul() arguments must be tiles of float16, bfloat16, float32, or "
                                            "float64 entries"
                                          : "tile_matmul() arguments must be tiles of float16, float32 or float64, "
                                            "vec2h, vec2f, vec2d entries");
    }
    if (tnd(c, a) < 2 || tnd(c, b) < 2 || tnd(c, out) < 2 || tshape(c, a)[1] != tshape(c, b)[0] ||
        tshape(c, a)[0] != tshape(c, out)[0] || tshape(c, b)[1] != tshape(c, out)[1])
        return fail(c, "tile_matmul(A, B, C) requires sizes of A, B and C to be consistent for a matmul");
    tile_set_shared(c, a, 1);
    tile_set_shared(c, b, 1);
    tile_set_shared(c, out, 1);
    /* the CPU (no MathDx) dispatch: three unused LTO handles, then the tiles */
    if (push_int(c, 0) || push_int(c, 0) || push_int(c, 0) || push_arg(c, bidx_of(c, ba)) ||
        push_arg(c, bidx_of(c, bb)))
        return -1;
    if (bo ? push_arg(c, bidx_of(c, bo)) : push_kind(c, 0, AK_OUT, 0))
        return -1;
    if (c->minor < 16) {
        tmpl_int(c, bo ? 1 : 0);
        return 0;
    }
    if (push_arg(c, bidx_of(c, get(c, "alpha"))))
        return -1;
    if (bo)
        return push_arg(c, bidx_of(c, get(c, "beta")));
    IrConst zero;
    memset(&zero, 0, sizeof zero);
    zero.is_float = 1;
    return push_const(c, zero);
}

/* _normalize_tile_slice: a slice's (start, stop, step) against an axis length
 * (CPython's slice.indices); returns the view length along it */
static int tile_slice(Ctx *c, IrType st, int length, int *start, int *step) {
    const IrTypeInfo *i = TI(c, st);
    int f = i->strct;
    if (!(f & IRSL_STEP) || !(f & (IRSL_START | IRSL_BEGIN)) || !(f & (IRSL_STOP | IRSL_END)))
        return fail(c, "tile_view() slice bounds must be compile-time constants.");
    int s = (int16_t)i->rows;
    if (s == 0)
        return fail(c, "tile_view() slice step cannot be zero.");
    int lower = s > 0 ? 0 : -1, upper = s > 0 ? length : length - 1, a, b;
    if (f & IRSL_BEGIN) {
        a = s > 0 ? lower : upper;
    } else {
        int v = (int16_t)i->cols;
        a = v < 0 ? (v + length > lower ? v + length : lower) : (v < upper ? v : upper);
    }
    if (f & IRSL_END) {
        b = s > 0 ? upper : lower;
    } else {
        int v = (int16_t)i->ndim;
        b = v < 0 ? (v + length > lower ? v + length : lower) : (v < upper ? v : upper);
    }
    *start = a;
    *step = s;
    int n = s > 0 ? (b - a + s - 1) / s : (a - b + (-s) - 1) / (-s);
    return n > 0 ? n : 0;
}

/* tile_view(t, offset[, shape]): integer offsets and (1.16) slices */
static int vf_tile_view(Ctx *c) {
    IrType t = gtype(c, "t");
    BArg *off = get(c, "offset");
    int nd = tnd(c, t), no = tuple_count(c, off), has_slice = 0;
    if (no > nd)
        return c->minor >= 16 ? fail(c, "tile_view() specified too many indices %d > %d", no, nd)
                              : fail(c, "tile_view() specified too many offset coordinates %d > %d", no, nd);
    const IrType *et = is_kind(c, off->type, TY_TUPLE) ? ir_type_tuple_elems(c->m, off->type, NULL) : &off->type;
    if (c->minor >= 16) {
        for (int d = 0; d < no; d++) {
            IrType it = strip(c, et[d]);
            if (is_kind(c, it, TY_SLICE)) {
                has_slice = 1;
                continue;
            }
            if (!ir_type_is_int(c->m, it))
                return fail(c, "tile_view() offset entries must be integers or slices, got %s", repr(c, it));
            int64_t k;
            int known = 0;
            if (is_kind(c, off->type, TY_TUPLE) && off->cval && off->cval->n == no) {
                k = (int64_t)off->cval->v[d];
                known = 1;
            } else if (!is_kind(c, off->type, TY_TUPLE) && off->cval && !off->cval->n) {
                k = off->cval->i;
                known = 1;
            }
            if (known && !(k >= 0 && k < tshape(c, t)[d]))
                return fail(c, "tile_view() integer offset %lld is out of bounds for axis %d with size %d; negative "
                            "offsets are only wrapped for subscript indexing (e.g. t[-1, :]), not explicit "
                            "tile_view() calls.", (long long)k, d, tshape(c, t)[d]);
        }
        tile_set_shared(c, t, 1);
    }
    int shape[16], strides[16], n;
    BArg *sh = get(c, "shape");
    if (has_slice) {
        if (sh)
            return fail(c, "tile_view() does not support specifying 'shape' together with a slice-containing 'offset'; "
                           "the view shape is inferred from the slice bounds.");
        n = 0;
        for (int d = 0; d < nd; d++) {
            if (d < no) {
                IrType it = strip(c, et[d]);
                if (is_kind(c, it, TY_SLICE)) {
                    int start, step, len = tile_slice(c, it, tshape(c, t)[d], &start, &step);
                    if (len < 0)
                        return -1;
                    shape[n] = len;
                    strides[n++] = tstrides(c, t)[d] * step;
                }
            } else {
                shape[n] = tshape(c, t)[d];
                strides[n++] = tstrides(c, t)[d];
            }
        }
        if (n == 0)
            return fail(c, "tile_view() slice resulted in a scalar; use tile_extract() for element access");
        for (int d = 0; d < n; d++)
            if (!shape[d])
                return fail(c, "tile_view() slice produced an empty tile with shape %s; zero-length tile dimensions "
                            "are not supported.", shape_repr(c, shape, n));
    } else if (sh) {
        int allc;
        n = const_ints(c, sh, shape, 16, &allc);
        for (int k = 0; k < nd; k++)
            strides[k] = tstrides(c, t)[k];
        if (n != nd)
            return fail(c, "tile_view() if shape is specified it must have same number of dimensions as source tile, "
                        "expected %d, got %d", nd, n);
    } else {
        n = nd - no;
        for (int k = 0; k < n; k++) {
            shape[k] = tshape(c, t)[no + k];
            strides[k] = tstrides(c, t)[no + k];
        }
    }
    if (c->minor < 16)
        tile_set_shared(c, t, 1);
    return set_ret(c, new_tile(c, tdtype(c, t), n, shape, strides, 1, !!(tflags(c, t) & IRTILE_COLMAJOR), 0));
}

static int df_tile_view(Ctx *c) {
    IrType t = gtype(c, "t");
    BArg *off = get(c, "offset");
    int no = tuple_count(c, off);
    if (push_arg(c, bidx_of(c, get(c, "t"))))
        return -1;
    if (!is_kind(c, off->type, TY_TUPLE)) {
        if (push_arg(c, bidx_of(c, off)))
            return -1;
    } else {
        const IrType *et = ir_type_tuple_elems(c->m, off->type, NULL);
        for (int d = 0; d < no; d++) {
            /* a slice contributes its normalized start, as a new int constant */
            if (is_kind(c, strip(c, et[d]), TY_SLICE)) {
                int start, step;
                if (tile_slice(c, strip(c, et[d]), tshape(c, t)[d], &start, &step) < 0 || push_int(c, start))
                    return -1;
            } else if (push_kind(c, bidx_of(c, off), AK_ELEM, d)) {
                return -1;
            }
        }
    }
    for (int k = no; k < tnd(c, t); k++)
        if (push_int(c, 0))
            return -1;
    tmpl_type(c, c->ret[0]);
    return 0;
}

/* tile_load_indexed / tile_store_indexed / tile_atomic_add_indexed */
static int vf_tile_indexed(Ctx *c) {
    const char *fn = c->row->key;
    int load = !strcmp(fn, "tile_load_indexed");
    IrType a = gtype(c, "a"), idx = gtype(c, "indices"), t = load ? 0 : gtype(c, "t");
    tile_set_shared(c, idx, 1);
    BArg *ax = get(c, "axis");
    if (!ax || !ax->cval)
        return fail(c, "wpc supports %s() only with a compile-time constant axis", fn);
    int axis = (int)ax->cval->i, and = TI(c, a)->ndim;
    if (axis >= and)
        return fail(c, "%s() axis argument must be valid axis of array %s, got %d.", fn, repr(c, a), axis);
    if (tnd(c, idx) != 1)
        return fail(c, "%s() indices argument must be a 1D tile, got %d dimensions instead.", fn, tnd(c, idx));
    BArg *off = get(c, "offset");
    int noff = off ? tuple_count(c, off) : and;
    if (load) {
        int shape[16], allc, shared;
        int nd = const_ints(c, get(c, "shape"), shape, 16, &allc);
        if (!allc)
            return fail(c, "Tile functions require shape to be a compile time constant.");
        if (tshape(c, idx)[0] != shape[axis])
            return fail(c, "The number of elements in the 1D indices tile must match the output tile shape along the "
                           "specified axis.");
        if (and != nd)
            return fail(c, "tile_load_indexed() array argument must have same number of dimensions as the tile shape, "
                        "trying to perform an %d dimensional load from an array with %d dimensions.", nd, and);
        if (and != noff)
            return fail(c, "tile_load_indexed() offset argument must have the same number of dimensions as the array "
                        "to load from, got %d indices for an array with %d dimensions", noff, and);
        if (storage_arg(c, &shared))
            return -1;
        return set_ret(c, new_tile(c, TI(c, a)->elem, nd, shape, NULL, shared, 0, 1));
    }
    if (tshape(c, idx)[0] != tshape(c, t)[axis])
        return fail(c, "The number of elements in the 1D indices tile must match the input tile shape along the "
                       "specified axis.");
    if (noff != and)
        return fail(c, "%s() 'a' argument must have %d dimensions, calculated based on the provided offset arguments, "
                    "but got %d dimensions.", fn, noff, and);
    if (tnd(c, t) != and)
        return fail(c, "%s() 'a' argument must have the same number of dimensions as the 't' argument, but got %d "
                    "dimensions for 'a' and %d dimensions for 't'", fn, and, tnd(c, t));
    if (!types_equal(c, TI(c, a)->elem, tdtype(c, t)))
        return fail(c, "%s() 'a' and 't' arguments must have the same dtype, got %s and %s", fn,
                    pystr(c, TI(c, a)->elem), pystr(c, tdtype(c, t)));
    if (!strcmp(fn, "tile_store_indexed"))
        return set_ret(c, 0);
    if (c->minor >= 16 && !is_struct_t(c, tdtype(c, t))) {
        IrScalar sc = elem_scalar(c, tdtype(c, t));
        if (!(sc == SC_INT32 || sc == SC_UINT32 || sc == SC_INT64 || sc == SC_UINT64 || sc == SC_FLOAT16 ||
              sc == SC_FLOAT32 || sc == SC_FLOAT64))
            return fail(c, "tile_atomic_add_indexed() only supports tiles with [u]int32, [u]int64, float16, "
                        "bfloat16, float32, or float64 as the underlying scalar type, but got %s",
                        repr(c, tdtype(c, t)));
    }
    return set_ret(c, new_tile(c, tdtype(c, t), tnd(c, t), tshape(c, t), NULL, tshared(c, t), 0, 1));
}

static int df_tile_indexed(Ctx *c) {
    int load = !strcmp(c->row->key, "tile_load_indexed");
    IrType a = gtype(c, "a");
    if (push_arg(c, bidx_of(c, get(c, "a"))) || push_arg(c, bidx_of(c, get(c, "indices"))) ||
        push_arg(c, bidx_of(c, get(c, "axis"))) || push_offsets(c, TI(c, a)->ndim))
        return -1;
    if (load) {
        IrType r0 = c->ret[0];
        for (int k = 0; k < tnd(c, r0); k++)
            tmpl_int(c, tshape(c, r0)[k]);
        return 0;
    }
    return push_arg(c, bidx_of(c, get(c, "t")));
}

/* the next results of a tiled BVH / mesh query: one int per thread */
static int vf_tile_query_next(Ctx *c) {
    int bd = c->m->block_dim ? c->m->block_dim : 256;
    return set_ret(c, new_tile(c, ir_type_scalar(c->m, SC_INT32), 1, &bd, NULL, 0, 0, 1));
}

/* tile_fft / tile_ifft: the inout tile is kept in registers */
static int vf_tile_fft(Ctx *c) {
    const char *fn = c->row->key;
    if (c->nb != 1)
        return fail(c, "%s() takes exactly 1 positional argument but %d were given", c->minor >= 16 ? fn : "tile_fft",
                    c->nb);
    IrType t = c->b[0].type;
    if (!is_tile_t(c, t))
        return fail(c, "%s() argument must be a tile, got %s", c->minor >= 16 ? fn : "tile_fft", repr(c, t));
    if (tshared(c, t))
        return fail(c, "%s() argument must have 'register' storage, got shared", c->minor >= 16 ? fn : "tile_fft");
    IrType dt = tdtype(c, t);
    if (!(is_kind(c, dt, TY_VEC) && TI(c, dt)->rows == 2 &&
          (scalar_of(c, dt) == SC_FLOAT32 || scalar_of(c, dt) == SC_FLOAT64)))
        return fail(c, "%s() argument must be a tile of vec2f or vec2d (interpreted as complex) entries, got %s",
                    c->minor >= 16 ? fn : "tile_fft", pystr(c, dt));
    if (c->minor >= 16 && tnd(c, t) < 2)
        return fail(c, "%s() argument must be a tile with at least 2 dimensions, got %dD", fn, tnd(c, t));
    return set_ret(c, 0);
}

static int df_tile_fft(Ctx *c) {
    IrType t = c->b[0].type;
    tile_set_shared(c, t, 0);
    if (c->minor < 16)
        return 0; /* the CPU dispatch passes nothing */
    int nd = tnd(c, t), batch = 1, size = tshape(c, t)[nd - 1];
    for (int k = 0; k < nd - 1; k++)
        batch *= tshape(c, t)[k];
    if ((size & (size - 1)) != 0 && size > 4096)
        return fail(c, "%s() on CPU with a non-power-of-two FFT size is limited to 4096 elements, got %d. Use a "
                    "power-of-two size for larger transforms.", c->row->key, size);
    int bd = c->m->block_dim ? c->m->block_dim : 256;
    char tmp[64];
    if (push_text(c, "/* scalar */ 0") || push_text(c, "/* scalar */ 0") ||
        push_text(c, scalar_of(c, tdtype(c, t)) == SC_FLOAT32 ? "wp::vec2f" : "wp::vec2d") || push_text(c, "0"))
        return -1;
    snprintf(tmp, sizeof tmp, "%d", batch);
    if (push_text(c, tmp))
        return -1;
    snprintf(tmp, sizeof tmp, "%d", size / bd);
    if (push_text(c, tmp))
        return -1;
    return push_arg(c, 0);
}

/* fill_mode="lower" / "upper" of the 1.16 Cholesky forms: 1 for upper */
static int fill_mode_upper(Ctx *c, const char *fn, int *upper) {
    BArg *f = get(c, "fill_mode");
    *upper = 0;
    if (!f)
        return 0;
    if (!f->sval)
        return fail(c, "%s() fill_mode must be a compile-time constant", fn);
    if (strcmp(f->sval, "lower") && strcmp(f->sval, "upper"))
        return fail(c, "%s() fill_mode must be \"lower\" or \"upper\"", fn);
    *upper = !strcmp(f->sval, "upper");
    return 0;
}

static int fp_tile(Ctx *c, IrType t) {
    IrScalar s = is_kind(c, tdtype(c, t), TY_SCALAR) ? scalar_of(c, tdtype(c, t)) : SC_NONE;
    return s == SC_FLOAT32 || s == SC_FLOAT64;
}

/* tile_cholesky[_inplace](A) */
static int vf_tile_cholesky(Ctx *c) {
    int inplace = !!strstr(c->row->key, "inplace");
    if (c->minor >= 16 ? c->nb > 2 : c->nb != 1)
        return c->minor >= 16 ? fail(c, "tile_cholesky() takes 1 positional argument and 1 optional argument but %d "
                                        "were given", c->nb)
                              : fail(c, "tile_cholesky() requires 1 positional args");
    IrType a = gtype(c, "A");
    if (!is_tile_t(c, a))
        return fail(c, "tile_cholesky() argument must be a tile, got %s", repr(c, a));
    if (tnd(c, a) != 2)
        return fail(c, "tile_cholesky() argument must be a 2D tile");
    if (tshape(c, a)[0] != tshape(c, a)[1])
        return fail(c, "tile_cholesky() argument must be square");
    if (inplace)
        return set_ret(c, 0);
    return set_ret(c, new_tile(c, tdtype(c, a), 2, tshape(c, a), tstrides(c, a), 1,
                               !!(tflags(c, a) & IRTILE_COLMAJOR), 1));
}

static int df_tile_cholesky(Ctx *c) {
    int inplace = !!strstr(c->row->key, "inplace"), upper = 0;
    if (c->minor >= 16 && fill_mode_upper(c, "tile_cholesky", &upper))
        return -1;
    BArg *ba = get(c, "A");
    IrType a = ba->type;
    tile_set_shared(c, a, 1);
    if (!fp_tile(c, a))
        return fail(c, "tile_cholesky() argument must be a tile of float32 or float64 entries");
    if (!inplace) {
        IrType out = c->ret[0];
        if (tshape(c, out)[0] != tshape(c, a)[0] || tshape(c, out)[1] != tshape(c, a)[0])
            return fail(c, "tile_cholesky() output tile must be square");
    }
    if (c->minor < 16)
        return push_int(c, 0) || push_arg(c, bidx_of(c, ba)) || push_kind(c, 0, AK_OUT, 0);
    tmpl_text(c, upper ? "true" : "false");
    if (inplace)
        return push_int(c, 0) || push_arg(c, bidx_of(c, ba));
    return push_int(c, 0) || push_int(c, 0) || push_int(c, 0) || push_arg(c, bidx_of(c, ba)) ||
           push_kind(c, 0, AK_OUT, 0);
}

/* tile_cholesky_solve, tile_lower_solve, tile_upper_solve (and 1.16's _inplace forms) */
static int vf_tile_solve(Ctx *c) {
    const char *key = c->row->key;
    int inplace = !!strstr(key, "inplace");
    int chol = !strncmp(key, "tile_cholesky_solve", 19), upper = !strncmp(key, "tile_upper", 10);
    const char *fn = chol ? "tile_cholesky_solve" : upper ? "tile_upper_solve" : "tile_lower_solve";
    const char *ln = upper ? "U" : "L", *yn = upper ? "z" : "y";
    if (chol && c->minor >= 16 ? c->nb > 3 : c->nb != 2) {
        if (chol && c->minor >= 16)
            return fail(c, "tile_cholesky_solve() takes 2 positional arguments and 1 optional argument but %d were "
                        "given", c->nb);
        return fail(c, "%s() requires exactly 2 positional args", fn);
    }
    IrType l = gtype(c, ln), y = gtype(c, yn);
    if (!is_tile_t(c, l))
        return fail(c, "%s() '%s' argument must be a tile, got %s", fn, ln, repr(c, l));
    if (!is_tile_t(c, y))
        return fail(c, "%s() '%s' argument must be a tile, got %s", fn, yn,
                    repr(c, chol && c->minor < 16 ? l : y));
    if (!types_equal(c, tdtype(c, l), tdtype(c, y)))
        return fail(c, "%s() arguments must have the same dtype, got %s and %s", fn, pystr(c, tdtype(c, l)),
                    pystr(c, tdtype(c, y)));
    if (tshape(c, l)[0] != tshape(c, l)[1])
        return fail(c, "%s() '%s' argument must be square", fn, ln);
    if (tnd(c, y) > 2 || tnd(c, y) < 1)
        return fail(c, "%s() '%s' argument must be a 1D or 2D tile", fn, yn);
    if (tshape(c, y)[0] != tshape(c, l)[0])
        return fail(c, "%s() '%s' argument must have the same number of elements as the number of rows in '%s', got "
                    "%d elements in '%s' and %d rows in '%s'", fn, yn, ln, tshape(c, y)[0],
                    chol && c->minor < 16 ? "x" : yn, tshape(c, l)[0], ln);
    if (inplace)
        return set_ret(c, 0);
    return set_ret(c, new_tile(c, tdtype(c, l), tnd(c, y), tshape(c, y), tstrides(c, y), 1,
                               !!(tflags(c, y) & IRTILE_COLMAJOR), 1));
}

static int df_tile_solve(Ctx *c) {
    const char *key = c->row->key;
    int inplace = !!strstr(key, "inplace"), upper_fill = 0;
    int chol = !strncmp(key, "tile_cholesky_solve", 19), upper = !strncmp(key, "tile_upper", 10);
    const char *fn = chol ? "tile_cholesky_solve" : upper ? "tile_upper_solve" : "tile_lower_solve";
    if (chol && c->minor >= 16 && fill_mode_upper(c, "tile_cholesky_solve", &upper_fill))
        return -1;
    BArg *bl = get(c, upper ? "U" : "L"), *by = get(c, upper ? "z" : "y");
    tile_set_shared(c, bl->type, 1);
    tile_set_shared(c, by->type, 1);
    if (!fp_tile(c, bl->type) || !fp_tile(c, by->type))
        return fail(c, chol && c->minor < 16 ? "%s() arguments be tiles of float64 or float32"
                                             : "%s() arguments must be tiles of float64 or float32", fn);
    if (!inplace) {
        IrType x = c->ret[0];
        const char *what = upper ? "tile" : "vector";
        if (tshape(c, x)[0] != tshape(c, bl->type)[0])
            return fail(c, "%s() output %s must have same number of elements as the number of rows in '%s' got %d "
                        "elements in output and %d rows in '%s'", fn, what, upper ? "U" : "L", tshape(c, x)[0],
                        tshape(c, bl->type)[0], upper ? "U" : "L");
    }
    if (chol && c->minor >= 16)
        tmpl_text(c, upper_fill ? "true" : "false");
    if (push_int(c, 0))
        return -1;
    if (!inplace && !chol && !upper && c->minor >= 16 && push_int(c, 0))
        return -1; /* tile_lower_solve: a second (backward) handle */
    if (push_arg(c, bidx_of(c, bl)) || push_arg(c, bidx_of(c, by)))
        return -1;
    return inplace ? 0 : push_kind(c, 0, AK_OUT, 0);
}

/* tile_squeeze(t[, axis]) and tile_reshape(t, shape): shared views of t */
static int vf_tile_squeeze(Ctx *c) {
    IrType t = gtype(c, "t");
    int nd = tnd(c, t), sh[16], st[16], n = 0, drop[16] = {0};
    BArg *ax = get(c, "axis");
    if (ax) {
        int v[16], allc, na = const_ints(c, ax, v, 16, &allc);
        if (!allc)
            return fail(c, "wpc supports tile_squeeze() only with constant axes");
        for (int k = 0; k < na; k++) {
            int a = v[k] >= 0 ? v[k] : v[k] + nd;
            if (a < 0 || a >= nd)
                return fail(c, "tuple index out of range");
            if (tshape(c, t)[a] != 1)
                return fail(c, "Cannot select an axis to squeeze out which has size not equal to one, axis=%d, size=%d",
                            a, tshape(c, t)[a]);
            drop[a] = 1;
        }
    } else {
        for (int k = 0; k < nd; k++)
            drop[k] = tshape(c, t)[k] == 1;
    }
    for (int k = 0; k < nd; k++)
        if (!drop[k]) {
            sh[n] = tshape(c, t)[k];
            st[n++] = tstrides(c, t)[k];
        }
    tile_set_shared(c, t, 1);
    return set_ret(c, new_tile(c, tdtype(c, t), n, sh, st, 1, !!(tflags(c, t) & IRTILE_COLMAJOR), 0));
}

static int vf_tile_reshape(Ctx *c) {
    IrType t = gtype(c, "t");
    int nd = tnd(c, t), size = ir_tile_size(c->m, t);
    if (c->minor >= 16) {
        IrType dense = new_tile(c, tdtype(c, t), nd, tshape(c, t), NULL, 0, !!(tflags(c, t) & IRTILE_COLMAJOR), 1);
        int same = 1;
        for (int k = 0; k < nd; k++)
            same &= tstrides(c, t)[k] == tstrides(c, dense)[k];
        if (!same)
            return fail(c, "tile_reshape() requires a contiguous tile; a tile view with shape %s and strides %s cannot "
                        "be reshaped in place. Copy the view into a new tile first, e.g. with wp.tile_assign().",
                        shape_repr(c, tshape(c, t), nd), shape_repr(c, tstrides(c, t), nd));
    }
    int sh[16], allc, n = const_ints(c, get(c, "shape"), sh, 16, &allc);
    if (!allc)
        return fail(c, "Tile functions require shape to be a compile time constant.");
    int idx = -1, denom = 1, minus = 0;
    for (int k = 0; k < n; k++) {
        if (sh[k] == -1) {
            idx = k;
            minus++;
        } else {
            denom *= sh[k];
        }
    }
    if (minus > 1)
        return fail(c, "Cannot infer shape if more than one index is -1.");
    if (minus)
        sh[idx] = denom ? size / denom : 0;
    int ns = 1;
    for (int k = 0; k < n; k++)
        ns *= sh[k];
    if (ns != size)
        return fail(c, "New shape %s has total size %d which does not match original size %d", shape_repr(c, sh, n), ns,
                    size);
    int st[16], s = 1;
    for (int k = n - 1; k >= 0; k--) {
        st[k] = s;
        s *= sh[k];
    }
    tile_set_shared(c, t, 1);
    return set_ret(c, new_tile(c, tdtype(c, t), n, sh, st, 1, !!(tflags(c, t) & IRTILE_COLMAJOR), 0));
}

static int vf_tile_sort(Ctx *c) {
    if (c->nb != 2)
        return fail(c, "tile_sort() takes exactly 2 positional arguments (keys and values) but %d were given", c->nb);
    IrType a = gtype(c, "keys"), b = gtype(c, "values");
    if (!is_tile_t(c, a))
        return fail(c, "First tile_sort() argument must be a tile, got %s", repr(c, a));
    if (!is_tile_t(c, b))
        return fail(c, "Second tile_sort() argument must be a tile, got %s", repr(c, b));
    IrScalar s = is_kind(c, tdtype(c, a), TY_SCALAR) ? scalar_of(c, tdtype(c, a)) : SC_NONE;
    int ok = s == SC_FLOAT32 || s == SC_INT32 || s == SC_UINT32 || (c->minor >= 16 && (s == SC_INT64 || s == SC_UINT64));
    if (!ok)
        return c->minor >= 16 ? fail(c, "First tile_sort() argument must be a tile of type float32, int32, uint32, "
                                        "int64, or uint64, got %s", pystr(c, tdtype(c, a)))
                              : fail(c, "First tile_sort() argument must be a tile of type float or int, got %s",
                                     pystr(c, tdtype(c, a)));
    tile_set_shared(c, a, 1);
    tile_set_shared(c, b, 1);
    if (tnd(c, a) != tnd(c, b))
        return fail(c, "tile_sort() shapes must have the same number of dimensions, got %d and %d", tnd(c, a),
                    tnd(c, b));
    for (int k = 0; k < tnd(c, a); k++)
        if (tshape(c, a)[k] != tshape(c, b)[k])
            return fail(c, "tile_sort() shapes do not match on dimension %d, got %s and %s", k,
                        shape_repr(c, tshape(c, a), tnd(c, a)), shape_repr(c, tshape(c, b), tnd(c, b)));
    return set_ret(c, 0);
}

static int vf_tile_diag_add(Ctx *c) {
    IrType a = gtype(c, "a"), d = gtype(c, "d");
    if (!types_equal(c, tdtype(c, a), tdtype(c, d)))
        return fail(c, "tile_diag_add() arguments must have the same dtype, got %s and %s", pystr(c, tdtype(c, a)),
                    pystr(c, tdtype(c, d)));
    if (tnd(c, a) != 2)
        return fail(c, "tile_diag_add() argument 'a' must be a 2D tile");
    if (tnd(c, d) != 1)
        return fail(c, "tile_diag_add() argument 'd' must be a 1D tile");
    if (tshape(c, a)[0] != tshape(c, a)[1])
        return fail(c, "tile_diag_add() 'a' argument must be square");
    if (tshape(c, a)[0] != tshape(c, d)[0])
        return fail(c, "tile_diag_add() 'd' argument must have the same number of elements as the number of rows in "
                    "'a', got %d elements in 'd' and %d rows in 'a'", tshape(c, d)[0], tshape(c, a)[0]);
    return set_ret(c, new_tile(c, tdtype(c, a), 2, tshape(c, a), tstrides(c, a), 1,
                               !!(tflags(c, a) & IRTILE_COLMAJOR), 1));
}

static int df_tile_diag_add(Ctx *c) {
    BArg *a = get(c, "a"), *d = get(c, "d");
    tile_set_shared(c, a->type, 1);
    tile_set_shared(c, d->type, 1);
    return push_arg(c, bidx_of(c, a)) || push_arg(c, bidx_of(c, d)) || push_kind(c, 0, AK_OUT, 0);
}

/* tile_dot(a, b), tile_axpy(alpha, src, dest) (1.16) */
static int vf_tile_dot_axpy(Ctx *c) {
    int dot = !strcmp(c->row->key, "tile_dot");
    IrType a = gtype(c, dot ? "a" : "src"), b = gtype(c, dot ? "b" : "dest");
    if (dot) {
        if (!same_shape(c, a, b))
            return fail(c, "tile_dot() arguments must have the same shape, got %s and %s",
                        shape_repr(c, tshape(c, a), tnd(c, a)), shape_repr(c, tshape(c, b), tnd(c, b)));
        if (!types_equal(c, tdtype(c, a), tdtype(c, b)))
            return fail(c, "tile_dot() arguments must have the same dtype, got %s and %s", pystr(c, tdtype(c, a)),
                        pystr(c, tdtype(c, b)));
        if (is_struct_t(c, tdtype(c, a)))
            return fail(c, "tile_dot() does not support Warp struct tile elements");
        int one = 1;
        return set_ret(c, new_tile(c, ir_type_scalar(c->m, scalar_of(c, tdtype(c, a))), 1, &one, NULL, 0, 0, 1));
    }
    if (!same_shape(c, b, a))
        return fail(c, "tile_axpy() 'dest' and 'src' must have the same shape, got %s and %s",
                    shape_repr(c, tshape(c, b), tnd(c, b)), shape_repr(c, tshape(c, a), tnd(c, a)));
    if (!types_equal(c, tdtype(c, b), tdtype(c, a)))
        return fail(c, "tile_axpy() 'dest' and 'src' must have the same dtype, got %s and %s", pystr(c, tdtype(c, b)),
                    pystr(c, tdtype(c, a)));
    if (is_struct_t(c, tdtype(c, b)))
        return fail(c, "tile_axpy() does not support Warp struct tile elements");
    IrType al = gtype(c, "alpha");
    if (is_tile_t(c, al))
        return fail(c, "tile_axpy() 'alpha' must be a scalar, got tile %s", repr(c, al));
    if (!is_kind(c, al, TY_SCALAR))
        return fail(c, "tile_axpy() 'alpha' must be a scalar type, got %s", pystr(c, al));
    if (scalar_of(c, al) != scalar_of(c, tdtype(c, b)))
        return fail(c, "tile_axpy() 'alpha' must match the tile's scalar type, got %s for tile scalar type %s",
                    pystr(c, al), pystr(c, ir_type_scalar(c->m, scalar_of(c, tdtype(c, b)))));
    return set_ret(c, 0);
}

/* tile_randi / tile_randf (1.16): int32 / float32 tiles from an RNG state */
static int vf_tile_rand(Ctx *c) {
    int shape[16], allc, shared;
    int nd = const_ints(c, get(c, "shape"), shape, 16, &allc);
    if (!allc)
        return fail(c, "Tile functions require shape to be a compile time constant.");
    if (storage_arg(c, &shared))
        return -1;
    IrScalar s = !strcmp(c->row->key, "tile_randi") ? SC_INT32 : SC_FLOAT32;
    return set_ret(c, new_tile(c, ir_type_scalar(c->m, s), nd, shape, NULL, shared, 0, 1));
}

static int df_tile_rand(Ctx *c) {
    int fl = !strcmp(c->row->key, "tile_randf");
    IrType r0 = c->ret[0];
    if (push_arg(c, bidx_of(c, get(c, "rng"))))
        return -1;
    BArg *lo = get(c, "min"), *hi = get(c, "max");
    if (lo && hi) {
        /* the Python numbers of min and max, registered again */
        int ok = lo->cval && hi->cval && !lo->cval->type && !hi->cval->type && !lo->cval->is_bool &&
                 !hi->cval->is_bool && lo->cval->is_float == fl && hi->cval->is_float == fl;
        if (!ok)
            return fail(c, fl ? "'min' and 'max' must both be floats" : "'min' and 'max' must both be integers");
        IrConst a = *lo->cval, b = *hi->cval;
        if (push_const(c, a) || push_const(c, b))
            return -1;
    }
    for (int k = 0; k < tnd(c, r0); k++)
        tmpl_int(c, tshape(c, r0)[k]);
    return 0;
}

/* tile_scatter_add / tile_scatter_masked (1.16) */
static int vf_tile_scatter(Ctx *c) {
    int add = !strcmp(c->row->key, "tile_scatter_add");
    const char *fn = add ? "tile_scatter_add()" : "tile_scatter_masked()";
    IrType t = gtype(c, "a");
    tile_set_shared(c, t, 1);
    int ni = 0;
    static const char *const ij[4] = {"i", "j", "k", "l"};
    for (int k = 0; k < 4; k++)
        ni += get(c, ij[k]) != NULL;
    if (ni != tnd(c, t))
        return fail(c, add ? "tile_scatter_add: incorrect number of indices (%d) for tile shape %s"
                           : "tile_scatter_masked() incorrect number of indices (%d) for tile shape %s",
                    ni, shape_repr(c, tshape(c, t), tnd(c, t)));
    IrType v = gtype(c, "value");
    if (!types_equal(c, tdtype(c, t), v))
        return fail(c, "%s 'value' type must match tile dtype, got %s and tile dtype %s", fn, pystr(c, v),
                    pystr(c, tdtype(c, t)));
    return set_ret(c, 0);
}

static int df_tile_scatter(Ctx *c) {
    BArg *at = get(c, "atomic");
    if (!at->cval)
        return fail(c, "tile_scatter_add() 'atomic' must be a compile-time constant (True or False), not a runtime "
                       "variable");
    static const char *const ij[4] = {"i", "j", "k", "l"};
    if (push_arg(c, bidx_of(c, get(c, "a"))))
        return -1;
    for (int k = 0; k < 4; k++)
        if (get(c, ij[k]) && push_arg(c, bidx_of(c, get(c, ij[k]))))
            return -1;
    if (push_arg(c, bidx_of(c, get(c, "value"))) || push_arg(c, bidx_of(c, get(c, "has_value"))))
        return -1;
    if (!at->cval->i)
        tmpl_text(c, "false");
    return 0;
}

/* tile_stack(capacity, dtype) and its operations (1.16) */
static int vf_tile_stack(Ctx *c) {
    const char *key = c->row->key;
    if (!strcmp(key, "tile_stack")) {
        BArg *cap = get(c, "capacity"), *d = get(c, "dtype");
        if (!cap->cval)
            return fail(c, "tile_stack() requires capacity to be a compile-time constant.");
        if (cap->cval->is_bool || cap->cval->is_float)
            return fail(c, "tile_stack() requires capacity to be a positive integer, got %s",
                        cap->cval->is_bool ? (cap->cval->i ? "True" : "False") : "a float");
        if (cap->cval->i <= 0)
            return fail(c, "tile_stack() requires capacity to be a positive integer, got %lld", (long long)cap->cval->i);
        if (!d->tval)
            return fail(c, "wpc supports tile_stack() only with a type as its dtype argument");
        return set_ret(c, ir_type_tile_stack(c->m, d->tval, (int)cap->cval->i));
    }
    IrType s = gtype(c, "s");
    const char *fn = key;
    if (!is_kind(c, s, TY_TILE_STACK))
        return fail(c, "%s() %s must be a tile_stack, got %s", fn, !strcmp(key, "tile_stack_push") ? "first argument"
                                                                    : "argument", repr(c, s));
    IrType dt = TI(c, s)->elem;
    if (!strcmp(key, "tile_stack_push")) {
        if (!types_equal(c, gtype(c, "value"), dt))
            return fail(c, "tile_stack_push() value type %s does not match stack dtype %s", pystr(c, gtype(c, "value")),
                        pystr(c, dt));
        return set_ret(c, ir_type_scalar(c->m, SC_INT32));
    }
    if (!strcmp(key, "tile_stack_pop")) {
        c->ret[0] = dt;
        c->ret[1] = ir_type_scalar(c->m, SC_INT32);
        c->nret = 2;
        return 0;
    }
    if (!strcmp(key, "tile_stack_clear"))
        return set_ret(c, 0);
    return set_ret(c, ir_type_scalar(c->m, SC_INT32));
}

static int df_tile_stack(Ctx *c) {
    if (!strcmp(c->row->key, "tile_stack")) {
        tmpl_dtype_arg(c, get(c, "dtype"));
        tmpl_int(c, (int)get(c, "capacity")->cval->i);
        return 0;
    }
    for (int k = 0; k < c->nb; k++)
        if (push_arg(c, k))
            return -1;
    return 0;
}

/* t[indices, :] with a 1-D integer index tile: a gather along that axis (1.16) */
static int slice_indexed_axis(Ctx *c, IrType t, const BArg *ix, int *axis, int *elem) {
    const IrType *et = is_kind(c, ix->type, TY_TUPLE) ? ir_type_tuple_elems(c->m, ix->type, NULL) : &ix->type;
    int n = tuple_count(c, ix);
    *axis = -1;
    for (int d = 0; d < n; d++) {
        IrType it = strip(c, et[d]);
        if (is_tile_t(c, it)) {
            if (*axis >= 0)
                return fail(c, "Tile indexing supports exactly one 1D integer index tile.");
            if (tnd(c, it) != 1)
                return fail(c, "Tile indexing requires a 1D integer index tile, got %d dimensions.", tnd(c, it));
            if (!ir_type_is_int(c->m, tdtype(c, it)))
                return fail(c, "Tile indexing requires an integer index tile, got dtype %s.",
                            ir_scalar_name(scalar_of(c, tdtype(c, it))));
            *axis = d;
            *elem = d;
        } else if (is_kind(c, it, TY_SLICE)) {
            int start, step, len = tile_slice(c, it, tshape(c, t)[d], &start, &step);
            if (len < 0)
                return -1;
            if (!(start == 0 && step == 1 && len == tshape(c, t)[d]))
                return fail(c, "Tile indexing with an integer index tile requires ':' on all other axes, e.g. "
                               "`t[indices, :]`.");
        } else {
            return fail(c, "Tile indexing entries must be a 1D integer index tile or full slices ':'.");
        }
    }
    if (*axis < 0)
        return fail(c, "Tile indexing requires an integer index tile.");
    return 0;
}

static int vf_tile_slice_indexed(Ctx *c) {
    IrType t = gtype(c, "t");
    BArg *ix = get(c, "indices");
    int n = tuple_count(c, ix), axis, e;
    if (n > tnd(c, t))
        return fail(c, "tile indexing specified too many indices %d > %d", n, tnd(c, t));
    if (slice_indexed_axis(c, t, ix, &axis, &e))
        return -1;
    IrType it = strip(c, ir_type_tuple_elems(c->m, ix->type, NULL)[e]);
    tile_set_shared(c, t, 1);
    tile_set_shared(c, it, 1);
    int sh[16];
    for (int k = 0; k < tnd(c, t); k++)
        sh[k] = tshape(c, t)[k];
    sh[axis] = tshape(c, it)[0];
    return set_ret(c, new_tile(c, tdtype(c, t), tnd(c, t), sh, NULL, 0, 0, 1));
}

static int df_tile_slice_indexed(Ctx *c) {
    IrType t = gtype(c, "t");
    BArg *ix = get(c, "indices");
    int axis, e;
    if (slice_indexed_axis(c, t, ix, &axis, &e))
        return -1;
    if (push_arg(c, bidx_of(c, get(c, "t"))) || push_kind(c, bidx_of(c, ix), AK_ELEM, e) || push_int(c, axis))
        return -1;
    IrType r0 = c->ret[0];
    for (int k = 0; k < tnd(c, r0); k++)
        tmpl_int(c, tshape(c, r0)[k]);
    return 0;
}

static int vf_tile(Ctx *c) {
    switch (c->row->vf) {
    case VF_TILE_STACK: return vf_tile_stack(c);
    case VF_TILE_SLICE_INDEXED: return vf_tile_slice_indexed(c);
    case VF_TILE_RAND: return vf_tile_rand(c);
    case VF_TILE_SCATTER: return vf_tile_scatter(c);
    case VF_TILE_SQUEEZE: return vf_tile_squeeze(c);
    case VF_TILE_RESHAPE: return vf_tile_reshape(c);
    case VF_TILE_SORT: return vf_tile_sort(c);
    case VF_TILE_DIAG_ADD: return vf_tile_diag_add(c);
    case VF_TILE_DOT_AXPY: return vf_tile_dot_axpy(c);
    case VF_TILE_FFT: return vf_tile_fft(c);
    case VF_TILE_CHOLESKY: return vf_tile_cholesky(c);
    case VF_TILE_SOLVE: return vf_tile_solve(c);
    case VF_TILE_QUERY_NEXT: return vf_tile_query_next(c);
    case VF_TILE_INDEXED: return vf_tile_indexed(c);
    case VF_TILE_VIEW: return vf_tile_view(c);
    case VF_TILE_ALLOC: return vf_tile_alloc(c);
    case VF_TILE_ARANGE: return vf_tile_arange(c);
    case VF_TILE_LOAD: return vf_tile_load(c);
    case VF_TILE_STORE: return vf_tile_store(c);
    case VF_TILE_EXTRACT: return vf_tile_extract(c);
    case VF_TILE_INPLACE_ELEM: return vf_tile_inplace_elem(c);
    case VF_TILE_INPLACE_TILE: return vf_tile_inplace_tile(c);
    case VF_TILE_BINARY: return vf_tile_binary(c);
    case VF_TILE_MULDIV: return vf_tile_muldiv(c);
    case VF_TILE_SCALAR_MUL: return vf_tile_scalar_mul(c);
    case VF_TILE_TRANSPOSE: return vf_tile_transpose(c);
    case VF_TILE_BROADCAST: return vf_tile_broadcast(c);
    case VF_TILE_REDUCE1: return vf_tile_reduce1(c);
    case VF_TILE_REDUCE_AXIS: return vf_tile_reduce_axis(c);
    case VF_TILE_SCAN: return vf_tile_scan(c);
    case VF_TILE_MAP: return vf_tile_map(c);
    case VF_TILE_ASTYPE: return vf_tile_astype(c);
    case VF_TILE_ASSIGN: return vf_tile_assign(c);
    case VF_TILE_CTOR: return vf_tile_ctor(c);
    case VF_UNTILE: return vf_untile(c);
    case VF_TILE_UNARY: return vf_tile_unary(c);
    case VF_TILE_MATMUL: return vf_tile_matmul(c);
    default: return fail(c, "wpc does not support builtin '%s' with these arguments", c->row->key);
    }
}

static int df_tile(Ctx *c) {
    switch (c->row->df) {
    case DF_TILE_STACK: return df_tile_stack(c);
    case DF_TILE_SLICE_INDEXED: return df_tile_slice_indexed(c);
    case DF_TILE_RAND: return df_tile_rand(c);
    case DF_TILE_SCATTER: return df_tile_scatter(c);
    case DF_TILE_DIAG_ADD: return df_tile_diag_add(c);
    case DF_TILE_FFT: return df_tile_fft(c);
    case DF_TILE_CHOLESKY: return df_tile_cholesky(c);
    case DF_TILE_SOLVE: return df_tile_solve(c);
    case DF_TILE_INDEXED: return df_tile_indexed(c);
    case DF_TILE_VIEW: return df_tile_view(c);
    case DF_TILE_ALLOC: return df_tile_alloc(c);
    case DF_TILE_ARANGE: return df_tile_arange(c);
    case DF_TILE_LOAD: return df_tile_load(c);
    case DF_TILE_STORE: return df_tile_store(c);
    case DF_TILE_MAP: return df_tile_map(c);
    case DF_TILE_ASSIGN: return df_tile_assign(c);
    case DF_TILE_CTOR: return df_tile_ctor(c);
    case DF_TILE_MATMUL: return df_tile_matmul(c);
    case DF_TILE_BROADCAST: {
        IrType r0 = c->ret[0];
        if (push_arg(c, bidx_of(c, get(c, "a"))))
            return -1;
        for (int k = 0; k < tnd(c, r0); k++)
            tmpl_int(c, tshape(c, r0)[k]);
        for (int k = 0; k < tnd(c, r0); k++)
            tmpl_int(c, tstrides(c, r0)[k]);
        return 0;
    }
    case DF_TILE_SUM_AXIS:
        if (push_arg(c, bidx_of(c, get(c, "a"))))
            return -1;
        tmpl_int(c, (int)get(c, "axis")->cval->i);
        return 0;
    case DF_TILE_ASTYPE:
        if (push_arg(c, bidx_of(c, get(c, "t"))))
            return -1;
        tmpl_type(c, c->ret[0]);
        return 0;
    case DF_TILE_SWAP: /* (const, tile) -> (tile, const) */
        return push_arg(c, bidx_of(c, get(c, "b"))) || push_arg(c, bidx_of(c, get(c, "a")));
    default:
        return fail(c, "internal error: unknown tile dispatch rule");
    }
}

static int il_rule(Ctx *c) {
    int n = c->has_star ? c->vcount : 0;
    IrType r0 = c->nret ? c->ret[0] : 0;
    switch (c->row->il) {
    case IL_ALWAYS: return 1;
    case IL_ARGS_GT1: return n > 1;
    case IL_ARGS_GT4: return n > 4;
    case IL_MATRIX: {
        const IrTypeInfo *i = TI(c, r0);
        return !(n <= 1 || (i->rows == i->cols && i->cols < 5));
    }
    case IL_MAT_FROM_VECS: {
        const IrTypeInfo *i = TI(c, r0);
        return i->rows != i->cols || i->rows > 4;
    }
    default: return 0;
    }
}

/* ---- resolve_call: the bound arguments in signature order ------------------------------ */
static void barg_from_call(Ctx *c, BArg *a, int src) {
    const IrCallArg *ca = &c->args[src];
    a->kind = BA_ARG;
    a->src = src;
    a->tval = ca->type_value;
    a->type = ca->type_value ? ca->type_value : strip(c, ca->type);
    a->cval = ca->type_value ? NULL : ca->value;
    a->is_var = !ca->type_value && !ca->fn;
    a->sval = ca->str;
    a->pytype = ca->pytype;
    a->fn = ca->fn;
}

/* values_check_equal of a given argument against a type argument. */
static int typearg_equal(Ctx *c, const BArg *a, int is_dtype_arg, IrScalar dtype, int ival) {
    if (is_dtype_arg)
        return a->tval && TI(c, a->tval)->kind == TY_SCALAR && TI(c, a->tval)->scalar == dtype;
    return a->cval && !a->cval->is_float && const_int(a->cval) == ival;
}

static int bind_call(Ctx *c, const IrTypeArgs *targs) {
    Binding bd;
    const RowInfo *ri = c->ri;
    const char *e = bind(c->m, ri, c->args, c->nargs, &bd);
    if (e)
        return fail(c, "%s", e);
    c->nb = 0;
    c->vstart = c->vcount = 0;
    c->has_star = bd.star_bound;
    /* which type arguments Warp passes: vector types give length and dtype,
     * matrix types shape and dtype, quaternions and transforms dtype */
    int ta_length = targs && targs->has && targs->length > 0;
    int ta_shape = targs && targs->has && targs->rows > 0;
    int ta_dtype = targs && targs->has && targs->dtype != SC_NONE;
    for (int p = 0; p < ri->nparams; p++) {
        const Param *pp = &ri->params[p];
        if (c->nb >= (int)(sizeof c->b / sizeof c->b[0]) - 1)
            return fail(c, "too many arguments to '%s'", c->row->key);
        if (pp->star) {
            c->vstart = c->nb;
            for (int k = 0; k < bd.nstar; k++) {
                BArg *a = &c->b[c->nb++];
                memset(a, 0, sizeof *a);
                barg_from_call(c, a, bd.star_args[k]);
                a->name = pp->name;
                a->namelen = pp->namelen;
                a->star = 1;
            }
            c->vcount = bd.nstar;
            continue;
        }
        int is_len = param_is(pp, "length"), is_shape = param_is(pp, "shape"), is_dt = param_is(pp, "dtype");
        int has_ta = (is_len && ta_length) || (is_shape && ta_shape) || (is_dt && ta_dtype);
        BArg *a = &c->b[c->nb];
        memset(a, 0, sizeof *a);
        a->name = pp->name;
        a->namelen = pp->namelen;
        a->src = -1;
        if (bd.slot[p] >= 0) {
            barg_from_call(c, a, bd.slot[p]);
            if (has_ta && !is_shape &&
                !typearg_equal(c, a, is_dt, targs->dtype, targs->length)) {
                return fail(c, "Remove the extraneous `%.*s` parameter when calling the templated version of `wp.%s()`",
                            pp->namelen, pp->name, c->row->native);
            }
            if (has_ta && is_shape &&
                !(a->cval && a->cval->n == 2 && is_kind(c, a->type, TY_TUPLE) && a->cval->v[0] == targs->rows &&
                  a->cval->v[1] == targs->cols))
                return fail(c, "Remove the extraneous `shape` parameter when calling the templated version of `wp.%s()`",
                            c->row->native);
            c->nb++;
        } else if (has_ta) {
            /* Var(None, type=type(v), constant=v) */
            a->kind = BA_TYPEARG;
            a->is_var = 1;
            if (is_dt) {
                a->tval = ir_type_scalar(c->m, targs->dtype);
                a->type = 0; /* the metaclass: no Warp type */
            } else if (is_len) {
                a->own.i = targs->length;
                a->cval = &a->own;
                a->type = ir_type_scalar(c->m, SC_INT32);
            } else {
                a->own.i = targs->rows; /* shape kept as (rows, cols) in i/f */
                a->own.f = targs->cols;
                a->cval = &a->own;
                a->type = 0;
            }
            c->nb++;
        } else if (pp->def != DEF_NONE_GIVEN && pp->def != DEF_NONE) {
            a->kind = BA_DEFAULT;
            a->is_var = 1;
            a->type = default_type(c->m, pp);
            IrConst *k = &a->own;
            if (pp->def == DEF_FLOAT) {
                k->is_float = 1;
                k->f = pp->def_f;
            } else if (pp->def == DEF_BOOL) {
                k->is_bool = 1;
                k->i = pp->def_i;
            } else if (pp->def == DEF_STR) {
                a->sval = arena_strndup(c->m->arena, pp->def_s, (size_t)pp->def_i);
            } else if (pp->def == DEF_PYTYPE) {
                a->tval = a->type;
                a->type = 0;
                a->pytype = 1;
                a->is_var = 0;
            } else if (pp->def == DEF_TYPED) {
                k->type = a->type;
                if (ir_scalar_is_float((IrScalar)pp->def_sc)) {
                    k->is_float = 1;
                    k->f = pp->def_f;
                } else {
                    k->i = pp->def_i;
                }
            } else {
                k->i = pp->def_i;
            }
            a->cval = (pp->def == DEF_STR || pp->def == DEF_PYTYPE) ? NULL : k;
            c->nb++;
        }
    }
    /* b[] may have moved cval pointers to own: fix self-references after the copy */
    for (int k = 0; k < c->nb; k++)
        if (c->b[k].kind != BA_ARG && c->b[k].cval)
            c->b[k].cval = &c->b[k].own;
    (void)0;
    return 0;
}

/* ---- resolution ------------------------------------------------------------------------ */
static const char *arg_repr(IrModule *m, const IrCallArg *a) {
    if (a->fn)
        return "function";
    Buf b = {0};
    IrType t = call_arg_type(m, a);
    ir_type_repr(m, t, &b);
    char *s = arena_strdup(m->arena, b.data ? b.data : "");
    buf_free(&b);
    return s;
}

static int no_overload(IrModule *m, const char *key, const IrCallArg *args, int nargs, char *err, size_t errlen) {
    Buf b = {0};
    int first = 1;
    /* positional types, then keyword types, as Warp chains them */
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < nargs; k++) {
            if ((args[k].kw != NULL) != pass)
                continue;
            if (!first)
                buf_puts(&b, ", ");
            first = 0;
            buf_puts(&b, arg_repr(m, &args[k]));
        }
    if (err && errlen)
        snprintf(err, errlen, "Couldn't find function overload for '%s' that matched inputs with types: [%s]", key,
                 b.data ? b.data : "");
    buf_free(&b);
    return -1;
}

static int find_row(IrModule *m, const char *key, int minor, const IrCallArg *args, int nargs, int min_outputs) {
    int first = 0, n = key_rows(key, &first);
    /* Warp keeps variadic overloads after the others (a stable sort) */
    for (int pass = 0; pass < 2; pass++)
        for (int r = first; r < first + n; r++) {
            const Row *row = &rows[r];
            const RowInfo *ri = &infos[r];
            int variadic = !!(row->flags & BF_VARIADIC);
            if (variadic != pass || !row_in_version(row, minor))
                continue;
            if (!variadic) {
                if (ri->nparams < nargs)
                    continue;
                if (!row_matches(m, ri, args, nargs, minor))
                    continue;
            }
            /* value_func(None, None) must be a sequence of min_outputs types:
             * only tuple results (two or more types) are sequences */
            if (min_outputs > 0 && !(ri->nret >= 2 && ri->nret == min_outputs))
                continue;
            return r;
        }
    return -1;
}

int ir_builtin_resolve(IrModule *m, const char *key, int warp_minor, const IrCallArg *args, int nargs,
                       const IrTypeArgs *targs, int min_outputs, IrBuiltinCall *out, char *err, size_t errlen) {
    memset(out, 0, sizeof *out);
    if (ensure_parsed() < 0) {
        if (err && errlen)
            snprintf(err, errlen, "internal error: builtins.def row %d ('%s') does not parse or its key's rows "
                     "are not contiguous", parse_fail_row + 1, rows[parse_fail_row].key);
        return -1;
    }
    if (nargs > IR_MAX_CALL_ARGS) {
        if (err && errlen)
            snprintf(err, errlen, "too many arguments to '%s'", key);
        return -1;
    }
    if (!ir_builtin_exists(key, warp_minor)) {
        if (err && errlen)
            snprintf(err, errlen, "Could not find function wp.%s as a built-in or user-defined function.", key);
        return -1;
    }
    int r = find_row(m, key, warp_minor, args, nargs, min_outputs);
    if (r < 0)
        return no_overload(m, key, args, nargs, err, errlen);

    Ctx *c = calloc(1, sizeof *c);
    if (!c) {
        if (err && errlen)
            snprintf(err, errlen, "out of memory");
        return -1;
    }
    c->m = m;
    c->minor = warp_minor;
    c->row = &rows[r];
    c->ri = &infos[r];
    c->args = args;
    c->nargs = nargs;
    c->out = out;
    c->err = err;
    c->errlen = errlen;
    int rc = bind_call(c, targs);
    if (!rc)
        rc = vf_value(c);
    if (!rc && !c->fold)
        rc = df_dispatch(c);
    if (!rc) {
        out->id = (IrBuiltinId)(r + 1);
        out->nout = c->nret;
        for (int k = 0; k < c->nret; k++)
            out->out[k] = c->ret[k];
        const int maxdef = (int)(sizeof out->defaults / sizeof out->defaults[0]);
        if (c->fold) {
            /* len(): the result is a new constant var, no call */
            out->ncargs = 0;
            out->ndefaults = 1;
            out->defaults[0] = c->foldval;
        } else {
            out->initializer_list = (uint8_t)il_rule(c);
            out->no_reverse = (uint8_t)c->no_reverse;
            for (int k = 0; k < c->ncarg && !rc; k++) {
                int ci = c->carg[k];
                out->argkind[k] = c->ckind[k];
                out->argaux[k] = c->caux[k];
                out->argtext[k] = c->ctext[k];
                out->argadj[k] = c->cadj[k];
                out->argtype[k] = c->ctyp[k];
                out->argfn[k] = c->cfn[k];
                if (c->ckind[k] != AK_ARG && c->ckind[k] != AK_ELEM) {
                    out->argmap[k] = 0;
                    continue;
                }
                if (c->ckind[k] == AK_ELEM) {
                    out->argmap[k] = c->b[ci].src;
                    continue;
                }
                if (ci < 0) {
                    if (out->ndefaults == maxdef) {
                        rc = fail(c, "wpc: too many constant arguments in a call of '%s'", key);
                        break;
                    }
                    out->defaults[out->ndefaults] = c->extra[-ci - 1];
                    out->argmap[k] = -(++out->ndefaults);
                } else if (c->b[ci].src >= 0) {
                    out->argmap[k] = c->b[ci].src;
                } else {
                    /* a default or type argument: Warp registers a new constant var */
                    if (out->ndefaults == maxdef) {
                        rc = fail(c, "wpc: too many constant arguments in a call of '%s'", key);
                        break;
                    }
                    out->defaults[out->ndefaults] = c->b[ci].own;
                    out->argmap[k] = -(++out->ndefaults);
                }
            }
            out->ncargs = c->ncarg;
            const char *t = c->tmpl.data ? c->tmpl.data : "";
            if (strlen(t) >= sizeof out->template_args)
                rc = fail(c, "internal error: template arguments too long");
            else
                memcpy(out->template_args, t, strlen(t) + 1);
        }
    }
    buf_free(&c->tmpl);
    free(c);
    if (rc) {
        IrBuiltinId keep = 0;
        memset(out, 0, sizeof *out);
        out->id = keep;
        return -1;
    }
    return 0;
}
