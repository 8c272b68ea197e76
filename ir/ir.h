/* ir.h: the public face of wpc's middle: types, the builtin table, the typed
 * SSA IR (modules, functions, values, instructions), the arena and diagnostics.
 *
 * The IR is "Warp-shaped": values are Warp's variables (var_N, var_<arg>),
 * numbered in the order Warp's code generator allocates them, and a function
 * body is one array of instructions in Warp's evaluation order, with
 * structured control flow as begin/end markers (if, else, for, while).  Every
 * call instruction carries the resolved builtin overload (an index into the
 * builtins.def table) or the called user function.  A backend reads only
 * this: the Warp printer replays Warp's forward/replay/reverse emission over
 * the instruction array, the LLVM lowering turns the structured regions into
 * blocks. */
#ifndef WPC_IR_H
#define WPC_IR_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- arena ---------------------------------------------------------------
 * One arena per compilation; everything of a module lives in it and is freed
 * with one call. */
typedef struct Arena Arena;
Arena *arena_new(void);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t n);                /* zeroed, 16-aligned */
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A growable byte buffer (malloc-backed): used by printers. */
typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;
void buf_put(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_free(Buf *b);

/* ---- source locations and diagnostics ------------------------------------ */
typedef struct SrcLoc {
    int line, col; /* 1-based; 0 = unknown */
} SrcLoc;

typedef struct Diag {
    SrcLoc loc;
    char *msg; /* arena string */
} Diag;

/* ---- types ----------------------------------------------------------------
 * Scalars and composite value types of Warp, interned per module so a type is
 * a small integer and equality is ==. */
typedef enum IrScalar {
    SC_NONE,
    SC_BOOL,
    SC_INT8, SC_INT16, SC_INT32, SC_INT64,
    SC_UINT8, SC_UINT16, SC_UINT32, SC_UINT64,
    SC_FLOAT16, SC_FLOAT32, SC_FLOAT64,
    SC_COUNT
} IrScalar;

typedef enum IrTypeKind {
    TY_VOID,      /* no value */
    TY_SCALAR,    /* scalar */
    TY_VEC,       /* wp::vec_t<len, scalar> */
    TY_MAT,       /* wp::mat_t<rows, cols, scalar> */
    TY_QUAT,      /* wp::quat_t<scalar> */
    TY_TRANSFORM, /* wp::transform_t<scalar> */
    TY_ARRAY,     /* wp::array_t<elem>, ndim */
    TY_STRUCT,    /* user struct, strct = index in module */
    TY_REF,       /* pointer to elem (Warp's Reference) */
    TY_RANGE,     /* wp::range_t */
    TY_SHAPE,     /* wp::shape_t */
    TY_STRING,    /* const char* (print format strings) */
    TY_TUPLE,     /* Warp's tuple_t (a tuple value) or a tuple[...] annotation (cols = 1):
                     rows = element count, strct = offset in IrModule.tuple_pool */
    TY_OPAQUE,    /* Warp's query objects and native classes: rows = IrOpaque,
                     scalar = coordinate precision of a hash grid query */
    TY_SLICE,     /* wp::slice_t: start/stop/step in cols/ndim/rows (int16) where
                     known at compile time, strct = IRSL_* flags */
    TY_GENERIC,   /* a generic annotation of a @wp.func parameter: rows = IrGeneric;
                     generic composites are TY_VEC/MAT/QUAT/TRANSFORM with a
                     length/shape of 0 (Any) or strct = 1 + IrGeneric of the dtype */
    TY_TILE,      /* Warp's tile: elem = dtype, ndim = dimensions, rows = IRTILE_* flags,
                     strct = offset in IrModule.int_pool of shape[ndim] then strides[ndim]
                     (ndim 0: a tile annotation of any shape).  Every tile type is a
                     type of its own, as each Warp tile object is: Warp's builtins
                     change a tile's storage in place, and every Var holding that
                     object sees it (ir_type_tile_set_flags) */
    TY_TILE_STACK, /* 1.16's wp.tile_stack: elem = dtype, strct = capacity */
} IrTypeKind;

/* TY_TILE flags. */
enum { IRTILE_SHARED = 1, IRTILE_COLMAJOR = 2, IRTILE_OWNER = 4 };

/* The generic annotations: typing.Any and Warp's Scalar, Float, Int. */
typedef enum IrGeneric { GEN_ANY, GEN_SCALAR, GEN_FLOAT, GEN_INT, GEN_ELLIPSIS /* tuple[T, ...] */ } IrGeneric;

/* TY_SLICE flags: which of Warp's slice_t(start, stop, step) values are
 * compile-time ints (the rest are runtime Vars); SLICE_BEGIN / SLICE_END
 * stand for omitted bounds of an array slice. */
enum {
    IRSL_START = 1, IRSL_STOP = 2, IRSL_STEP = 4, /* value known */
    IRSL_BEGIN = 8, IRSL_END = 16,                /* start == SLICE_BEGIN, stop == SLICE_END */
};

/* The opaque types kernels can hold (never kernel arguments). */
typedef enum IrOpaque {
    OQ_HASH_GRID_QUERY,  /* wp.HashGridQuery[float16|float32|float64] */
    OQ_MESH_QUERY_AABB,  /* wp.MeshQueryAABB */
    OQ_MESH_QUERY_POINT, /* wp.MeshQueryPoint: result sign face u v */
    OQ_MESH_QUERY_RAY,   /* wp.MeshQueryRay: result sign face t u v normal */
    OQ_BVH_QUERY,        /* wp.BvhQuery */
    OQ_MESH,             /* wp.Mesh (mesh_get): points velocities indices */
    OQ_VOLUME,           /* wp.Volume: the class only (Volume.CLOSEST, Volume.LINEAR) */
    OQ_BVH_QUERY_TILED,  /* wp.BvhQueryTiled (1.16): a thread block's BVH query */
    OQ_MESH_QUERY_AABB_TILED, /* wp.MeshQueryAABBTiled (1.16) */
    OQ_COUNT
} IrOpaque;

typedef uint16_t IrType; /* index into IrModule.types; 0 is void */

typedef struct IrTypeInfo {
    uint8_t kind;      /* IrTypeKind */
    uint8_t scalar;    /* IrScalar: the scalar, or element scalar of vec/mat/quat/transform */
    uint16_t rows;     /* vec length, mat rows */
    uint16_t cols;     /* mat cols */
    uint16_t ndim;     /* array dims */
    IrType elem;       /* array dtype, ref pointee */
    int32_t strct;     /* struct index */
} IrTypeInfo;

typedef struct IrModule IrModule;

IrType ir_type_intern(IrModule *m, IrTypeInfo info);
const IrTypeInfo *ir_type_info(const IrModule *m, IrType t);
IrType ir_type_scalar(IrModule *m, IrScalar s);
IrType ir_type_vec(IrModule *m, int len, IrScalar s);
IrType ir_type_mat(IrModule *m, int rows, int cols, IrScalar s);
IrType ir_type_quat(IrModule *m, IrScalar s);
IrType ir_type_transform(IrModule *m, IrScalar s);
IrType ir_type_array(IrModule *m, IrType dtype, int ndim);
IrType ir_type_ref(IrModule *m, IrType pointee);
IrType ir_type_simple(IrModule *m, IrTypeKind k); /* range, shape, string */
/* A slice_t: flags IRSL_*, and the known values (others 0). */
IrType ir_type_slice(IrModule *m, int flags, int start, int stop, int step);
IrType ir_type_generic(IrModule *m, IrGeneric g);
/* A type that holds a generic part (Any, Float, an array of Any, ...). */
int ir_type_is_generic(const IrModule *m, IrType t);
/* A tuple type of n elements; py[k] (or py NULL) marks elements written as
 * Python's float/int/bool in a tuple[...] annotation (annotation = 1).
 * Without annotation every call makes a new type (a tuple_t instance). */
IrType ir_type_tuple(IrModule *m, int n, const IrType *elems, const uint8_t *py, int annotation);
/* The elements of a tuple type (count in its rows); *py gets the Python-type marks. */
const IrType *ir_type_tuple_elems(const IrModule *m, IrType t, const uint8_t **py);
IrType ir_type_strip_ref(const IrModule *m, IrType t);
/* A new tile type (never shared with another: see TY_TILE); strides NULL
 * computes the dense strides of the layout (IRTILE_COLMAJOR or row-major). */
IrType ir_type_tile(IrModule *m, IrType dtype, int ndim, const int *shape, const int *strides, int flags);
const int *ir_tile_shape(const IrModule *m, IrType t);
const int *ir_tile_strides(const IrModule *m, IrType t);
int ir_tile_size(const IrModule *m, IrType t); /* element count */
void ir_type_tile_set_flags(IrModule *m, IrType t, int flags); /* tile.storage = ... in place */
int ir_type_is_tile(const IrModule *m, IrType t);
IrType ir_type_tile_stack(IrModule *m, IrType dtype, int capacity);
IrType ir_type_opaque(IrModule *m, IrOpaque k, IrScalar s); /* s: hash grid query precision, else SC_NONE */
/* The type of attribute `name` of an opaque type (its Warp `vars`), 0 if none. */
IrType ir_type_opaque_field(IrModule *m, IrType t, const char *name);
IrScalar ir_type_scalar_of(const IrModule *m, IrType t); /* SC_NONE when none */
int ir_type_is_float(const IrModule *m, IrType t);        /* scalar float16/32/64 */
int ir_type_is_int(const IrModule *m, IrType t);          /* scalar integer (not bool) */
int ir_scalar_is_float(IrScalar s);
int ir_scalar_is_int(IrScalar s);
int ir_scalar_is_signed(IrScalar s);
int ir_scalar_bits(IrScalar s);
const char *ir_scalar_name(IrScalar s); /* "float32" (Warp's Python name) */
/* Warp's C++ spelling: "wp::float32", "wp::vec_t<3,wp::float32>", "bool", ... */
void ir_type_ctype(const IrModule *m, IrType t, Buf *out);
/* tile.cinit(requires_grad): a tile var's initializer in its declaration */
void ir_tile_cinit(const IrModule *m, IrType t, int requires_grad, Buf *out);
/* Warp's type code used in hashes: "f4", "v3f4", "a1f4", ... */
void ir_type_code(const IrModule *m, IrType t, Buf *out);
/* Python-side name for messages: "float32", "vec3f", "array(ndim=1, dtype=float32)" */
void ir_type_repr(const IrModule *m, IrType t, Buf *out);


/* ---- builtins ---------------------------------------------------------------
 * One row per Warp builtin overload, in Warp's registration order (the first
 * match wins, as in Warp), generated into a table from ir/builtins.def. */
typedef uint16_t IrBuiltinId; /* 1-based row in builtins.def; 0 = none */

/* Flags of a builtin row. */
enum {
    BF_NODIFF = 1 << 0,      /* is_differentiable=False: no adjoint call */
    BF_SKIP_REPLAY = 1 << 1, /* replay prints the call commented out */
    BF_ORIG_OUT = 1 << 2,    /* require_original_output_arg */
    BF_VARIADIC = 1 << 3,    /* variadic: no argument type checking */
    BF_NONS = 1 << 4,        /* namespace "" instead of "wp::" */
    BF_HIDDEN = 1 << 5,      /* not reachable as wp.<key> from Python */
    BF_SINCE_116 = 1 << 6,   /* only in Warp 1.16.0 */
    BF_UNTIL_110 = 1 << 7,   /* only in Warp 1.10.1 */
    BF_LTO = 1 << 8,         /* an lto_dispatch_func builtin: 1.16's adjoint call keeps the template arguments */
};

/* A compile-time constant value as Warp keeps it on a Var (Python int, float
 * or bool, or a Warp scalar instance). */
typedef struct IrConst {
    IrType type;
    uint8_t is_float; /* Python float (or Warp float scalar) vs int/bool */
    uint8_t is_bool;  /* Python bool */
    uint8_t is_big;   /* Python int above INT64_MAX (i holds its 64-bit pattern) */
    int64_t i;
    double f;
    int n;             /* composite constants (vec/mat/quat/transform): element count */
    const double *v;   /* elements, already rounded to the element scalar type */
    /* a Warp scalar made from a Python number (wp.float32(0.1), wp.int8(300)):
     * that number, unconverted, which Warp prints (str(value.value)) */
    uint8_t has_raw, raw_is_float, raw_is_big;
    int64_t raw_i;
    double raw_f;
} IrConst;

/* A function passed as an argument (the op of wp.tile_map, wp.tile_reduce):
 * a builtin (wp.sin) or a user function, resolved for element types. */
typedef struct IrFnArg {
    const char *builtin;   /* a builtin's key, or NULL for a user function */
    const char *name;      /* Python name, for messages */
    /* a user function: choose (and build) the overload for these argument
     * types (types NULL: the function the name refers to); 0 with the
     * result type and the IrFunc, or -1 when none matches */
    int (*resolve)(void *ctx, const IrType *types, int n, IrType *ret, void **fn);
    void *ctx;
} IrFnArg;

/* One argument at a call site, as the resolver sees it. */
typedef struct IrCallArg {
    const char *kw;        /* keyword name, or NULL for positional */
    IrType type;           /* value type (refs allowed); 0 if the argument is a type */
    const IrConst *value;  /* compile-time constant value or NULL */
    IrType type_value;     /* when the argument is a type (dtype=float): that type */
    uint8_t pytype;        /* type_value is Python's float/int/bool (template args print "float") */
    const char *str;       /* a string constant's value ("shared") */
    const IrFnArg *fn;     /* a function passed as a value */
} IrCallArg;

/* How a C++ argument of a resolved call is formed (IrBuiltinCall.argkind). */
typedef enum IrArgKind {
    AK_ARG,     /* argmap[k]: a call-site argument, or (< 0) a new constant var */
    AK_ELEM,    /* element argaux[k] of the tuple at call-site argument argmap[k] */
    AK_OUT,     /* the call's output argaux[k] */
    AK_TEXT,    /* raw C++ text argtext[k], in both passes (Warp's unprefixed Vars) */
    AK_FUNC,    /* a function argument: a builtin's argtext[k] forward, argadj[k] in the
                   reverse call; a user function argfn[k] (an IrFunc, named once built) */
    AK_NEWVAR,  /* a new (non-constant) var of type argtype[k] */
} IrArgKind;

#define IR_MAX_CALL_ARGS 64

/* The outcome of resolving one call of a builtin. */
typedef struct IrBuiltinCall {
    IrBuiltinId id;
    int nout;                           /* 0 (void), 1, or more results */
    IrType out[8];
    /* C++ arguments in order: argmap[k] >= 0 is the index of a call-site arg;
     * argmap[k] < 0 is the default/extra constant defaults[-argmap[k]-1],
     * which the builder materialises as a new constant var (as Warp does). */
    int ncargs;
    int argmap[IR_MAX_CALL_ARGS];
    int ndefaults;
    IrConst defaults[IR_MAX_CALL_ARGS];
    char template_args[512]; /* "3, wp::float32" for wp::vec_t<3, wp::float32>, or "" */
    uint8_t initializer_list; /* pass args as {a, b, c} */
    uint8_t argkind[IR_MAX_CALL_ARGS]; /* IrArgKind */
    int16_t argaux[IR_MAX_CALL_ARGS];
    const char *argtext[IR_MAX_CALL_ARGS];
    const char *argadj[IR_MAX_CALL_ARGS];
    IrType argtype[IR_MAX_CALL_ARGS];
    void *argfn[IR_MAX_CALL_ARGS];
    uint8_t no_reverse;     /* a callable argument has no adjoint: no reverse call */
} IrBuiltinCall;

/* Warp's compile-time type arguments of a constructor called through a type:
 * wp.vec3(...) calls builtin "vector" with length=3, dtype=float32. */
typedef struct IrTypeArgs {
    int has;               /* 0: none */
    int length;            /* vector length */
    int rows, cols;        /* matrix shape */
    IrScalar dtype;
} IrTypeArgs;

IrBuiltinId ir_builtin_count(void);
const char *ir_builtin_key(IrBuiltinId id);    /* Python name: "add" */
const char *ir_builtin_native(IrBuiltinId id); /* C++ name: "add", "builtin_tid1d" */
unsigned ir_builtin_flags(IrBuiltinId id);
int ir_builtin_exists(const char *key, int warp_minor); /* any overload of key in this version */
int ir_builtin_exported(const char *key); /* an attribute of the warp module (export=True) */
/* Resolve a call of builtin `key` for Warp 1.<warp_minor> (10 or 16).
 * Returns 0 and fills *out, or -1 with Warp's message in err
 * ("Couldn't find function overload for 'add' that matched inputs with types: [float32, int32]"). */
int ir_builtin_resolve(IrModule *m, const char *key, int warp_minor,
                       const IrCallArg *args, int nargs, const IrTypeArgs *targs,
                       int min_outputs, IrBuiltinCall *out, char *err, size_t errlen);

/* ---- structs ---------------------------------------------------------------- */
typedef struct IrField {
    const char *name;
    IrType type;
    uint8_t handle;          /* annotated wp.handle (a uint64 that struct operators do not accumulate) */
} IrField;

typedef struct IrStruct {
    const char *key;         /* Python qualified name with '.' -> "__" */
    const char *native_name; /* key + "_" + 8 hex of the struct digest */
    IrField *fields;
    int nfields;
    SrcLoc loc;
    uint8_t digest[32];
} IrStruct;

/* ---- module ------------------------------------------------------------------
 * Everything of one compilation. */
typedef struct IrFunc IrFunc;

struct IrModule {
    Arena *arena;
    int warp_minor;          /* 16 or 10 */
    int line_directives;     /* lineinfo or debug mode: `#line N "file"` before statements */
    IrTypeInfo *types;       /* types[0] = void */
    int ntypes, captypes;
    IrStruct **structs;
    int nstructs;
    IrFunc **funcs;          /* user funcs (all overloads) and kernels, definition order */
    int nfuncs;
    const char *module_name; /* Python module name (messages name structs module.Name) */
    IrType *tuple_pool;      /* element types of tuple types (TY_TUPLE strct: offset) */
    uint8_t *tuple_py;       /* per element: written as Python float/int/bool */
    int ntuple_pool, captuple_pool;
    int32_t *int_pool;       /* tile shapes and strides (TY_TILE strct: offset) */
    int nint_pool, capint_pool;
    int block_dim;           /* the module's block_dim option (wp.tile() of a value: one element per thread) */
    const char *cuda_unsupported; /* the first builtin whose CUDA code Warp builds with libmathdx (LTO) */
    SrcLoc cuda_unsupported_loc;
};

IrModule *ir_module_new(Arena *a, int warp_minor);

/* ---- the IR proper -------------------------------------------------------- */
typedef int32_t IrVal; /* index into IrFunc.vals; -1 = none */

/* Where a reference points (Warp 1.16's lvalue origin): a root value and a
 * path of field and array-element steps, printed as a nested C++ lvalue. */
typedef struct IrOriginStep {
    uint8_t kind;       /* 0 field, 1 array element, 2 array view (idx: slices) */
    const char *field;
    const IrVal *idx;
    int nidx;
} IrOriginStep;

typedef struct IrOrigin {
    IrVal root;
    int nsteps;
    const IrOriginStep *steps;
} IrOrigin;

/* A value: one of Warp's Vars. */
typedef struct IrValue {
    IrType type;
    int32_t label;     /* var_N number; -1 for arguments */
    const char *name;  /* argument name (var_<name>), or the full raw text when noprefix */
    uint8_t is_arg;
    uint8_t is_const;  /* declared `const T var_N = <literal>;` */
    uint8_t noprefix;  /* printed as its name alone (struct member chains, adj_x) */
    int32_t block;     /* id of the Warp block that declared it */
    IrConst cval;
    const char *cstr;  /* string constants (print formats) */
    int lineno;        /* function-relative line at creation */
    const IrOrigin *origin; /* references and arrays: what they point into */
    const IrVal *elems;     /* a tuple value: the Vars it was made of */
    int nelems;
    const struct IrFunc *fnref; /* a user function passed as an argument (printed by name) */
    uint8_t fnadj;          /* ... its adjoint (adj_ prefix) */
} IrValue;

typedef enum IrOp {
    IR_LINE,        /* source echo; a = relative line */
    IR_CALL,        /* builtin (builtin != 0) or user func (func >= 0) call */
    IR_SETCONST,    /* out = literal (64-bit constructor of a constant): `var_N = <lit>;` */
    IR_COMP,        /* out = chained comparison of args with ops */
    IR_BOOL_INIT,   /* out = args[0] */
    IR_BOOL_BEGIN,  /* if (out) { / if (!out) {   (a = is_and) */
    IR_BOOL_STEP,   /* out = out && args[0] */
    IR_BOOL_END,
    IR_IF_BEGIN, IR_IF_END, IR_ELSE_BEGIN, IR_ELSE_END, /* args[0] = cond */
    IR_FOR_BEGIN,   /* args[0] = iterator; a = cond block id */
    IR_FOR_BODY,    /* a = body block id */
    IR_FOR_END,     /* args[0] = iterator */
    IR_WHILE_BEGIN, /* a = cond block id */
    IR_WHILE_COND,  /* args[0] = condition; a = body block id */
    IR_WHILE_END,
    IR_BREAK, IR_CONTINUE,
    IR_RETURN,      /* args = returned values (0..n) */
    IR_RETURN_DEFAULT, /* `return {};` after a body that may fall off its end */
    IR_ATTR_ADDR,   /* out = &(args[0].field) ; text = field; a = via pointer (->) */
    IR_ATTR_STORE,  /* args[0].field = args[1] */
    IR_ASSERT,      /* text = escaped source; args[0] = cond */
    IR_TEXT,        /* raw forward text (rare special forms) */
    IR_ADJ_ASSIGN,  /* wp.adjoint[x] = v: args[0] the adjoint (named adj_x), args[1] v */
    IR_SLOT_STORE,  /* array element component write (Warp 1.16): args = root array,
                       a array indices, the value, then index values used in text;
                       text = access path, `$k` naming args[k] */
} IrOp;
#define IR_NOPS (IR_SLOT_STORE + 1) /* the number of IrOps: follows the last one */

/* Comparison operators of IR_COMP. */
typedef enum IrCmp { IR_CMP_EQ, IR_CMP_NE, IR_CMP_LT, IR_CMP_LE, IR_CMP_GT, IR_CMP_GE } IrCmp;

enum {
    IRF_INITLIST = 1 << 0,   /* call args passed as initializer lists */
    IRF_UNUSED = 1 << 1,     /* return value not used */
    IRF_OUTARGS = 1 << 2,    /* results passed as trailing out-arguments */
    IRF_PTRFIELD = 1 << 3,   /* IR_ATTR_ADDR of an array's ptr: (wp::uint64*)&(a.data) */
    IRF_NOREVERSE = 1 << 4,  /* no reverse call (a callable argument without an adjoint) */
};

typedef struct IrInst {
    uint8_t op;
    uint8_t flags;
    IrBuiltinId builtin;
    int32_t func;        /* callee index in IrModule.funcs, or -1 */
    int32_t a;
    IrVal *outs;
    int nout;
    IrVal *args;         /* C++ argument values in order */
    int nargs;
    IrVal *adjargs;      /* values whose adjoints the reverse call takes (refs before load) */
    uint8_t *ops;        /* IR_COMP operators (IrCmp) */
    const char *text;    /* template args for calls; field names; raw text */
    const IrOrigin *origin; /* IR_ATTR_ADDR with a = 2: the full lvalue path */
    SrcLoc loc;
} IrInst;

typedef enum IrFuncKind { IRK_FUNC, IRK_KERNEL } IrFuncKind;

struct IrFunc {
    IrFuncKind kind;
    const char *name;        /* Python name */
    const char *key;         /* qualified key */
    const char *native;      /* sq_0, or kernel mangled name saxpy_2f51673c */
    const char *source;      /* dedented source text (hash input) */
    const char **src_lines;  /* source lines, 0-based relative */
    int nsrc_lines;
    int fun_lineno;          /* absolute line of the first decorator */
    int def_lineno;          /* absolute line of `def` */
    IrVal *params;
    int nparams;
    IrValue *vals;
    int nvals, capvals;
    int nvars;               /* numbered vars (var_0 .. var_{nvars-1}) */
    IrVal *varlist;          /* numbered vars in order */
    IrInst *insts;
    int ninsts, capinsts;
    IrType *ret;             /* return types (0..n) */
    int nret;
    IrType ret_annotation;   /* `-> T` of a func, 0 if none */
    int enable_backward;     /* kernel decorator/module option result */
    int used_by_backward;    /* func: some backward kernel calls it */
    const char *launch_bounds; /* CUDA __launch_bounds__ arguments ("256" or "256, 1"), or NULL */
    int cluster_dim;         /* CUDA cluster size (1: none) */
    int grid_stride;         /* CUDA kernel loops over the grid (Warp's default) */
    uint8_t adigest[32];     /* adjoint digest */
    uint8_t digest[32];      /* kernel digest / function digest */
    int hashed;
    int dim;                 /* kernel launch dims from wp.tid() */
    void *aux;               /* frontend data (AST) */
    int group;               /* overload group id (funcs) */
    IrFunc *custom_grad;     /* @wp.func_grad replacing this func's adjoint */
    const char *native_snippet;     /* @wp.func_native: C++ body, printed verbatim */
    const char *adj_native_snippet; /* ... and its adjoint's (may be NULL) */
    int custom_inputs;       /* a custom grad: how many params are the func's inputs */
    const char *sig;         /* overload signature string "f4_i4" */
    const IrConst *defaults; /* default values of the last ndefaults params (`s: float = 2.0`) */
    int ndefaults;
    int generic;             /* 1: a generic template (declared, never built: hashed only);
                                2: its instantiation for the argument types of a call;
                                3: a concrete overload no call chose (declared for the hash) */
};

IrVal ir_val_new(IrModule *m, IrFunc *f, IrValue v);
IrInst *ir_inst_new(IrModule *m, IrFunc *f, IrOp op);
int ir_verify(const IrModule *m, const IrFunc *f, char *err, size_t errlen);
void ir_dump(const IrModule *m, Buf *out);

/* Hashes and native names (hash.c), once the module is built. */
struct FeModule;
void ir_hash_module(IrModule *m, struct FeModule *fm);
/* Sets a struct's digest and native name (Params_5a2fb571) ahead of the module hash. */
void ir_struct_native_name(IrModule *m, int si);
/* How many funcs named key Warp 1.<minor> registers at import (0 if none). */
int ir_warp_library_func_count(const char *key, int minor);

/* Builds every kernel of the module and the funcs they call (build.c).
 * Returns 0, or -1 with *diag set. user_funcs: funcs in Warp's build order;
 * struct_order: structs in the order Warp's builder meets them. */
int ir_build_module(IrModule *m, struct FeModule *fm, Diag *diag, IrFunc ***user_funcs, int *nuser,
                    int **struct_order, int *nstruct_order);

/* ---- builtins: extra queries (builtins.c; added by the builtins work) ------- */
/* C++ argument k of a resolved call is passed as is, not loaded: Warp wraps
 * it in a Reference (load, store, index, indexref), so the builder must not
 * emit wp::load for it (for `load` itself that would recurse). */
int ir_builtin_arg_noload(IrBuiltinId id, int k);
/* The call folds to a constant: len() of a vector, matrix, quaternion or
 * transform, whose value_func returns a constant Var.  No call is emitted;
 * the result is a new constant var of type out[0] holding defaults[0]
 * (ncargs is 0, ndefaults 1). */
int ir_builtin_folds(IrBuiltinId id);

#endif
