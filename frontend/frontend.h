/* frontend.h: the public face of wpc's frontend: Python source text to a
 * small Python AST (tree-sitter with the tree-sitter-python grammar), and the
 * module-level picture Warp sees when it imports the file: the warp aliases,
 * constants, structs, funcs and kernels, with each definition's source span.
 *
 * The AST mirrors CPython's `ast` module for the subset Warp kernels use,
 * because Warp's code generator walks CPython's AST: the order in which
 * children are visited (ast.walk), the line of each node and the flattening
 * of `a and b and c` all show up in Warp's output and hashes. */
#ifndef WPC_FRONTEND_H
#define WPC_FRONTEND_H

#include "ir/ir.h"

typedef enum AstKind {
    /* statements */
    A_MODULE, A_FUNCDEF, A_CLASSDEF, A_ARGUMENTS, A_ARG,
    A_ASSIGN, A_AUGASSIGN, A_ANNASSIGN, A_EXPR, A_IF, A_FOR, A_WHILE,
    A_RETURN, A_PASS, A_BREAK, A_CONTINUE, A_ASSERT, A_IMPORT, A_IMPORTFROM,
    A_GLOBAL, A_OTHERSTMT,
    /* expressions */
    A_NAME, A_CONST, A_ATTR, A_SUBSCRIPT, A_SLICE, A_TUPLE, A_LIST, A_CALL,
    A_KEYWORD, A_BINOP, A_UNARYOP, A_BOOLOP, A_COMPARE, A_IFEXP, A_STARRED,
    A_OTHEREXPR,
} AstKind;

/* Operators, named as CPython's ast classes. */
typedef enum AstOp {
    OP_NONE,
    OP_ADD, OP_SUB, OP_MULT, OP_DIV, OP_FLOORDIV, OP_MOD, OP_POW, OP_MATMULT,
    OP_LSHIFT, OP_RSHIFT, OP_BITOR, OP_BITXOR, OP_BITAND,
    OP_UADD, OP_USUB, OP_NOT, OP_INVERT,
    OP_AND, OP_OR,
    OP_EQ, OP_NOTEQ, OP_LT, OP_LTE, OP_GT, OP_GTE, OP_IS, OP_ISNOT, OP_IN, OP_NOTIN,
} AstOp;

typedef enum AstConstKind { CK_NONE, CK_INT, CK_FLOAT, CK_BOOL, CK_STR } AstConstKind;

typedef struct AstNode AstNode;
typedef struct AstList {
    AstNode **items;
    int n;
} AstList;

/* Field use per kind (CPython field order in brackets, which ast_walk follows):
 *   FUNCDEF   str=name a=arguments l1=body l2=decorators b=returns [args body decorator_list returns]
 *   CLASSDEF  str=name l1=body l2=decorators l3=bases                 [bases keywords body decorator_list]
 *   ARGUMENTS l1=args (A_ARG) l2=defaults                            [args defaults]
 *   ARG       str=name a=annotation
 *   ASSIGN    l1=targets b=value;  AUGASSIGN a=target op b=value;  ANNASSIGN a=target c=annotation b=value
 *   EXPR a;  RETURN a (may be NULL);  ASSERT a=test b=msg
 *   IF, WHILE a=test l1=body l2=orelse;  FOR a=target b=iter l1=body l2=orelse
 *   NAME str;  CONST ck,i,f,str;  ATTR a=value str=attr;  SUBSCRIPT a=value b=slice
 *   SLICE a=lower b=upper c=step;  TUPLE, LIST l1=elts;  STARRED a
 *   CALL a=func l1=args l2=keywords;  KEYWORD str=arg a=value
 *   BINOP a op b;  UNARYOP op a;  BOOLOP op l1=values;  COMPARE a=left ops l1=comparators
 *   IFEXP a=test b=body c=orelse */
struct AstNode {
    uint8_t kind;   /* AstKind */
    uint8_t op;     /* AstOp */
    uint8_t ck;     /* AstConstKind */
    uint8_t parens; /* expression was written in parentheses */
    SrcLoc loc;     /* start (CPython's lineno, col_offset + 1) */
    SrcLoc end;     /* end (exclusive column) */
    const char *str;
    size_t strlen;  /* for CK_STR (may hold NULs) */
    int64_t i;
    double f;
    int bigint;     /* integer literal: 1 beyond 64 bits, 2 above INT64_MAX (fits uint64) */
    AstNode *a, *b, *c;
    AstList l1, l2, l3;
    uint8_t *ops;   /* COMPARE: one AstOp per comparator */
    const char *unsupported; /* ARGUMENTS: why these parameters cannot be compiled */
    const IrConst *cval;     /* CONST from a resolved wp.static(): the evaluated value */
};

typedef struct AstFile {
    const char *text;   /* the source, NUL-terminated */
    size_t len;
    const char **lines; /* line starts, 1-based: lines[1] */
    int nlines;
    AstNode *module;
} AstFile;

/* Parses text (NUL-terminated, len bytes). Syntax errors and unsupported
 * constructs become diagnostics; returns NULL on a syntax error. */
AstFile *ast_parse(Arena *a, const char *text, size_t len, Diag *diag);

/* Calls fn on every node under root in CPython's ast.walk order
 * (breadth first, children in field order). */
typedef void (*AstVisitFn)(AstNode *n, void *ctx);
void ast_walk(Arena *a, AstNode *root, AstVisitFn fn, void *ctx);

/* The text of line `line` (1-based) without its newline, and its length. */
const char *ast_line(const AstFile *f, int line, int *len);

const char *ast_op_name(AstOp op); /* "Add", "Lt", ... (CPython class names) */


/* ---- the module picture --------------------------------------------------- */
typedef enum FeGlobalKind {
    G_OTHER,     /* a Python object Warp kernels cannot use */
    G_WARP,      /* the warp module */
    G_WARP_ATTR, /* a name bound to warp.<attr> (from warp import vec3; vec3 = wp.vec3) */
    G_MODULE,    /* another module (attr = its name) */
    G_VALUE,     /* a constant value */
    G_FUNC, G_KERNEL, G_STRUCT, /* index = FeModule.defs index (last definition) */
    G_TYPE,      /* a Warp value type made at module level: wp.types.vector(length=3, dtype=float) */
    G_STRING,    /* a string constant (attr = its text): native snippets */
    G_CLASS,     /* a plain Python class: its attributes are globals named "Class.attr" */
} FeGlobalKind;

typedef struct FeGlobal {
    const char *name;
    FeGlobalKind kind;
    const char *attr;
    IrConst value;
    IrType type;       /* G_TYPE */
    int index;
    AstNode *node;
    int enum_member;      /* G_VALUE: an IntEnum/IntFlag member (an int subclass: 1.10's
                             is_value() does not count it as a constant for the hash) */
    AstNode *unevaluated; /* G_OTHER: the module-level statement that set it,
                             which wpc did not evaluate (NULL: not a Warp value) */
} FeGlobal;

typedef enum FeDefKind { DEF_FUNC, DEF_KERNEL, DEF_STRUCT, DEF_FUNC_GRAD } FeDefKind;

typedef struct FeOption {
    const char *name;
    AstNode *value;     /* decorator keyword value */
    const char *text;   /* module option value text */
} FeOption;

typedef struct FeDef {
    FeDefKind kind;
    AstNode *node;        /* FUNCDEF or CLASSDEF */
    const char *name;
    int first_line, last_line; /* absolute, inclusive */
    const char *source;   /* dedented text, each line ending in \n */
    const char **lines;   /* dedented lines, 0-based */
    int nlines;
    FeOption opts[8];     /* decorator keyword options */
    int nopts;
    const char *grad_of;      /* DEF_FUNC_GRAD: the name of the function it differentiates */
    const char *native_snippet;     /* @wp.func_native: C++ body of the function */
    const char *adj_native_snippet; /* ... and of its adjoint (NULL: none) */
    const char **static_code; /* wp.static() expressions resolved at import: source text */
    IrConst *static_value;    /* ... and their values (hashed after the constants) */
    int nstatic;
    /* a kernel defined again under its name: Warp's module keeps the later
     * definition in the place of the first (a dict keyed by name) */
    int latest;               /* first definition: index of the latest one (0: none) */
    /* a generic kernel: its wp.overload instances, each the annotation of
     * every parameter (from wp.overload(k, [...] / {...}) or an @wp.overload def) */
    AstNode ***overloads;
    int noverloads;
    int redefinition;         /* a later definition (built in the first one's place) */
} FeDef;

typedef struct FeModule {
    Arena *arena;
    IrModule *ir;
    AstFile *file;
    FeGlobal *globals;
    int nglobals, capglobals;
    FeDef *defs;
    int ndefs, capdefs;
    FeOption modopts[16];
    int nmodopts;
    int enable_backward, max_unroll, block_dim;
    int warp_star;      /* `from warp import *`: unknown names are warp's */
    int backward_set, max_unroll_set; /* set by wp.set_module_options (wins over wp.config) */
    int default_grid_stride;          /* 1.16: "default_grid_stride" module option: -1 unset, 0, 1 */
    int config_grid_stride;           /* wp.config.default_grid_stride (read at build): -1 unset */
    /* #line directives: the "lineinfo" / "mode" module options (-1 unset), wp.config.lineinfo
     * when the module is created, wp.config.mode and line_directives when it is built */
    int opt_lineinfo, opt_debug, config_lineinfo, config_debug, config_line_directives;
    int failed;
} FeModule;

FeModule *fe_module_load(IrModule *m, AstFile *f, Diag *diag);
const FeGlobal *fe_global(const FeModule *fm, const char *name);
int fe_is_warp(const FeModule *fm, const AstNode *e);
const char *fe_warp_attr(const FeModule *fm, const AstNode *e);
int fe_const_eval(FeModule *fm, AstNode *e, IrConst *out);

/* ---- the warp namespace (warpns.c) ----------------------------------------- */
typedef enum FeWarpKind {
    W_NONE,
    W_SCALAR,   /* wp.float32 ... : type scalar */
    W_VECTYPE,  /* wp.vec3, wp.mat33, wp.quat, wp.transform, wp.spatial_vector...: type */
    W_CONST,    /* wp.pi ... */
    W_ARRAY,    /* wp.array, wp.array2d.. (annotation constructor); ndim in n */
    W_FUNC,     /* a builtin function or decorator */
    W_OPAQUE,   /* wp.HashGridQuery, wp.MeshQueryPoint, wp.Mesh, wp.Volume...: opaque type */
} FeWarpKind;

typedef struct FeWarpName {
    FeWarpKind kind;
    IrType type;       /* W_SCALAR / W_VECTYPE / W_OPAQUE */
    int n;             /* W_ARRAY ndim (0: from keyword) */
} FeWarpName;

FeWarpName fe_warp_lookup(IrModule *m, const char *attr);
int fe_warp_constant(FeModule *fm, const char *attr, IrConst *out);
/* Module-level wp.<ctor>(...) of a constant value (wp.vec3(1,2,3), wp.float64(2)). */
int fe_warp_construct(FeModule *fm, const char *ctor, AstNode *call, IrConst *out);
int fe_construct(FeModule *fm, IrType type, AstNode *call, IrConst *out);
/* A type expression: wp.vec3, wp.types.vector(length=3, dtype=wp.float16),
 * wp.types.matrix(shape=(3, 3), dtype=float), float, a G_TYPE name...; 0 if not one. */
IrType fe_type_expr(FeModule *fm, AstNode *e);
/* Rounds a double to the scalar type's precision (float32, float16, ints wrap). */
double fe_round_to(IrScalar s, double v);

#endif
