/* build.c: checked AST -> typed SSA IR, in Warp's evaluation order.
 * requires: a loaded FeModule (frontend/module.c); types and builtins (ir/).
 *
 * Warp's code generator (the Adjoint class of warp/_src/codegen.py) walks the
 * Python AST once, allocating numbered variables as it goes: the outputs of a
 * call before its arguments are loaded, a constant var for every literal,
 * `copy` for `x = y`, `where` to merge names assigned in if/else branches,
 * `assign` to carry loop-mutated names across iterations.  That numbering is
 * visible in every line Warp prints, so this builder performs the same walk
 * with the same decisions and records one IR instruction per emission.  The
 * printer then replays Warp's text templates over the instructions, and the
 * LLVM lowering reads the same instructions as structured code.
 *
 * Errors unwind with longjmp to the entry point and come back as a Diag. */
#include "frontend/frontend.h"
#include "ir/ir.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- evaluation results ----------------------------------------------------
 * What evaluating a Python expression gives: a Var, or a compile-time object
 * (the warp module, a type, a function, a struct) as in Warp's eval. */
typedef enum EvKind {
    EV_NONE, EV_VAR, EV_TUPLE, EV_WARP, EV_MODULE, EV_FUNC, EV_BUILTIN, EV_TYPE,
    EV_STRUCT, EV_ARRAYCTOR, EV_PYTYPE,
    EV_CLASS,         /* a plain Python class (name: its qualified name) */
    EV_RAW,           /* a Python int handed to a builtin (registered as a constant after its outputs) */
} EvKind;

typedef struct Ev {
    EvKind k;
    IrVal v;          /* EV_VAR */
    IrVal *vs;        /* EV_TUPLE */
    int n;
    IrType type;      /* EV_TYPE */
    const char *name; /* EV_BUILTIN key, EV_PYTYPE name ("float", "int") */
    int idx;          /* EV_FUNC group def index, EV_STRUCT struct index */
    const IrConst *raw; /* EV_RAW */
    const char *static_tuple; /* a call argument written as a tuple of literals: Python's repr of
                                 their classes, "(<class 'int'>, <class 'int'>)" (1.16 resolves
                                 it statically) */
} Ev;

typedef struct Sym {
    const char *name;
    Ev ev;
} Sym;

/* An insertion-ordered dict, as Python's. */
typedef struct Syms {
    Sym *s;
    int n, cap;
} Syms;

typedef struct Builder Builder;

/* A user function group: all @wp.func definitions with one name. */
typedef struct FuncGroup {
    const char *name;
    int *defs;        /* FeModule def indices, in definition order */
    int ndefs;
    IrFunc **ovl;     /* built overload per def (lazily) */
} FuncGroup;

struct Builder {
    IrModule *m;
    FeModule *fm;
    Diag *diag;
    jmp_buf *jb;
    const IrType *kernel_param_types; /* func_declare of a wp.overload instance: its parameter types */
    IrFunc *f;
    const FeDef *def;
    int is_kernel;
    Syms syms;
    Syms *loop_syms;
    int nloop_syms;
    int *loop_blocks;
    int nloop_blocks;
    int *blocks;      /* block id stack */
    int nblocks;
    int block_counter;
    const char **const_iter; /* loop_const_iter_symbols */
    int nconst_iter;
    int lineno;       /* relative, -1: none */
    SrcLoc loc;       /* current node location */
    int has_return;   /* return_var set */
    IrType rettypes[8];
    int nret;
    IrVal *retvals;
    int max_unroll;
    int callee_attr;  /* evaluating the callee of a call (wp.name not found: Warp's call message) */
};

/* Module-wide build state shared by all functions. */
typedef struct ModBuild {
    FuncGroup *groups;
    int ngroups;
    IrFunc **built_order; /* user funcs in the order their builds completed */
    int nbuilt;
    int *struct_order;    /* structs in the order Warp's builder meets them */
    int nstruct_order;
} ModBuild;

static _Thread_local ModBuild *MB; /* set during ir_build_module (one module per thread at a time) */

static void fail_at(Builder *b, SrcLoc loc, const char *fmt, ...) __attribute__((noreturn, format(printf, 3, 4)));
static void fail_at(Builder *b, SrcLoc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    b->diag->loc = loc;
    b->diag->msg = arena_strdup(b->m->arena, buf);
    longjmp(*b->jb, 1);
}
#define FAIL(...) fail_at(b, b->loc, __VA_ARGS__)

static const char *type_repr(Builder *b, IrType t) {
    Buf s = {0};
    ir_type_repr(b->m, t, &s);
    buf_put(&s, "", 1);
    const char *r = arena_strdup(b->m->arena, s.data);
    buf_free(&s);
    return r;
}

/* ---- symbols ---- */
static Ev *syms_get(Syms *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->s[i].name, name))
            return &s->s[i].ev;
    return NULL;
}

static void syms_set(Builder *b, Syms *s, const char *name, Ev ev) {
    Ev *e = syms_get(s, name);
    if (e) {
        *e = ev;
        return;
    }
    if (s->n == s->cap) {
        int nc = s->cap ? s->cap * 2 : 16;
        Sym *ns = arena_alloc(b->m->arena, sizeof *ns * nc);
        if (s->n)
            memcpy(ns, s->s, sizeof *ns * s->n);
        s->s = ns;
        s->cap = nc;
    }
    s->s[s->n].name = name;
    s->s[s->n].ev = ev;
    s->n++;
}

static Syms syms_copy(Builder *b, const Syms *s) {
    Syms c = {0};
    c.cap = s->n ? s->n : 1;
    c.s = arena_alloc(b->m->arena, sizeof *c.s * c.cap);
    memcpy(c.s, s->s, sizeof *c.s * s->n);
    c.n = s->n;
    return c;
}

static Ev ev_var(IrVal v) {
    Ev e = {0};
    e.k = EV_VAR;
    e.v = v;
    return e;
}

static int ev_same(const Ev *a, const Ev *b) {
    if (a->k != b->k)
        return 0;
    if (a->k == EV_VAR)
        return a->v == b->v;
    return a->idx == b->idx && a->type == b->type;
}

/* ---- values and instructions ---- */
static IrValue *val(Builder *b, IrVal v) { return &b->f->vals[v]; }
static IrType vtype(Builder *b, IrVal v) { return b->f->vals[v].type; }

static IrVal add_var(Builder *b, IrType t) {
    IrValue v = {0};
    v.type = t;
    v.label = b->f->nvars;
    v.block = b->blocks[b->nblocks - 1];
    v.lineno = b->lineno;
    IrVal id = ir_val_new(b->m, b->f, v);
    IrFunc *f = b->f;
    if ((f->nvars & (f->nvars - 1)) == 0) {
        int cap = f->nvars ? f->nvars * 2 : 1;
        IrVal *nl = arena_alloc(b->m->arena, sizeof(IrVal) * cap);
        if (f->nvars)
            memcpy(nl, f->varlist, sizeof(IrVal) * f->nvars);
        f->varlist = nl;
    }
    f->varlist[f->nvars++] = id;
    return id;
}

/* Warp's get_arg_type of a Python constant. */
static IrType const_type(Builder *b, const IrConst *c) {
    if (c->type)
        return c->type;
    if (c->is_bool)
        return ir_type_scalar(b->m, SC_BOOL);
    if (c->is_float)
        return ir_type_scalar(b->m, SC_FLOAT32);
    return ir_type_scalar(b->m, SC_INT32);
}

static IrVal add_constant(Builder *b, IrConst c) {
    IrVal v = add_var(b, const_type(b, &c));
    IrValue *x = val(b, v);
    x->is_const = 1;
    x->cval = c;
    return v;
}

static IrConst const_int(int64_t i) {
    IrConst c = {0};
    c.i = i;
    return c;
}

static IrInst *emit(Builder *b, IrOp op) {
    IrInst *in = ir_inst_new(b->m, b->f, op);
    in->loc = b->loc;
    in->func = -1;
    return in;
}

static IrVal *vals_dup(Builder *b, const IrVal *v, int n) {
    IrVal *r = arena_alloc(b->m->arena, sizeof(IrVal) * (n ? n : 1));
    if (n)
        memcpy(r, v, sizeof(IrVal) * n);
    return r;
}

static const IrTypeInfo *tinfo(Builder *b, IrType t) { return ir_type_info(b->m, t); }
/* ---- lvalue origins (Warp 1.16) ---- */
static const IrOrigin *origin_local(Builder *b, IrVal v) {
    IrOrigin *o = arena_alloc(b->m->arena, sizeof *o);
    o->root = v;
    return o;
}

static const IrOrigin *origin_extend(Builder *b, const IrOrigin *o, int kind, const char *field, const IrVal *idx,
                                     int nidx) {
    IrOrigin *n = arena_alloc(b->m->arena, sizeof *n);
    IrOriginStep *st = arena_alloc(b->m->arena, sizeof *st * (o->nsteps + 1));
    if (o->nsteps)
        memcpy(st, o->steps, sizeof *st * o->nsteps);
    st[o->nsteps].kind = (uint8_t)kind;
    st[o->nsteps].field = field;
    st[o->nsteps].idx = idx ? vals_dup(b, idx, nidx) : NULL;
    st[o->nsteps].nidx = nidx;
    n->root = o->root;
    n->nsteps = o->nsteps + 1;
    n->steps = st;
    return n;
}

static int is_symbol_value(Builder *b, IrVal v) {
    for (int i = 0; i < b->syms.n; i++)
        if (b->syms.s[i].ev.k == EV_VAR && b->syms.s[i].ev.v == v)
            return 1;
    return 0;
}

/* reference_origin_for_var */
static const IrOrigin *origin_for(Builder *b, IrVal v) {
    const IrValue *x = &b->f->vals[v];
    const IrTypeInfo *ti = ir_type_info(b->m, x->type);
    if (ti->kind == TY_REF)
        return x->origin;
    if (ti->kind == TY_ARRAY && x->origin)
        return x->origin;
    if (is_symbol_value(b, v))
        return origin_local(b, v);
    return x->origin;
}

static int is_ref(Builder *b, IrType t) { return tinfo(b, t)->kind == TY_REF; }
static IrType strip(Builder *b, IrType t) { return ir_type_strip_ref(b->m, t); }

/* ---- source lines ---- */
static void set_lineno(Builder *b, AstNode *n) {
    int rel = n->loc.line - b->def->first_line;
    b->loc = n->loc;
    if (b->lineno != rel) {
        IrInst *in = emit(b, IR_LINE);
        in->a = rel;
    }
    b->lineno = rel;
}

/* ---- calls ------------------------------------------------------------------ */
static Ev eval(Builder *b, AstNode *n);
static IrVal load(Builder *b, IrVal v);
static IrFunc *build_user_func(Builder *caller, int defidx);

typedef struct CallArg {
    const char *kw;
    Ev ev;
    int pyseq; /* an EV_TUPLE the builder passes as a Python tuple of Vars (tile_view's offset) */
} CallArg;

static IrFunc *select_user_overload(Builder *b, int group_def, const CallArg *args, int nargs, int *order, int must);

/* A user function passed as a value (tile_map's op): overloads chosen by the builtin. */
typedef struct FnArgCtx {
    Builder *b;
    int group_def;
} FnArgCtx;

static int fnarg_resolve(void *ctx, const IrType *types, int n, IrType *ret, void **fn) {
    FnArgCtx *fc = ctx;
    Builder *b = fc->b;
    IrFunc *f;
    if (!types) {
        /* the Function the name refers to (its first definition) */
        f = build_user_func(b, fc->group_def);
    } else {
        CallArg args[IR_MAX_CALL_ARGS];
        int order[64];
        for (int k = 0; k < n && k < IR_MAX_CALL_ARGS; k++) {
            memset(&args[k], 0, sizeof args[k]);
            args[k].ev.k = EV_VAR;
            /* a typed value standing for an element of the tile (never printed) */
            args[k].ev.v = ir_val_new(b->m, b->f, (IrValue){.type = types[k], .label = -3, .block = -1});
        }
        f = select_user_overload(b, fc->group_def, args, n, order, 0);
        if (!f)
            return -1;
    }
    if (b->f->used_by_backward)
        f->used_by_backward = 1;
    *fn = f;
    *ret = f->nret == 1 ? f->ret[0] : 0;
    return 0;
}

static void fill_callarg(Builder *b, const Ev *e, IrCallArg *ca) {
    memset(ca, 0, sizeof *ca);
    if (e->k == EV_VAR) {
        ca->type = vtype(b, e->v);
        if (val(b, e->v)->is_const)
            ca->value = &val(b, e->v)->cval;
        else if (tinfo(b, ca->type)->kind == TY_TUPLE && val(b, e->v)->cval.n)
            ca->value = &val(b, e->v)->cval; /* a tuple of constants */
        if (val(b, e->v)->cstr)
            ca->str = arena_strndup(b->m->arena, val(b, e->v)->cstr, (size_t)val(b, e->v)->cval.i);
    } else if (e->k == EV_FUNC || e->k == EV_BUILTIN) {
        IrFnArg *fa = arena_alloc(b->m->arena, sizeof *fa);
        if (e->k == EV_BUILTIN) {
            fa->builtin = e->name;
            fa->name = e->name;
        } else {
            FnArgCtx *fc = arena_alloc(b->m->arena, sizeof *fc);
            fc->b = b;
            fc->group_def = e->idx;
            fa->name = b->fm->defs[e->idx].name;
            fa->resolve = fnarg_resolve;
            fa->ctx = fc;
        }
        ca->fn = fa;
    } else if (e->k == EV_TUPLE) {
        /* a Python tuple of Vars: typed as a tuple_t of their types */
        IrType el[IR_MAX_CALL_ARGS];
        int allc = e->n > 0;
        for (int k = 0; k < e->n && k < IR_MAX_CALL_ARGS; k++) {
            el[k] = strip(b, vtype(b, e->vs[k]));
            const IrValue *x = val(b, e->vs[k]);
            allc &= x->is_const && !x->cval.n && !x->cval.is_float;
        }
        ca->type = ir_type_tuple(b->m, e->n, el, NULL, 0);
        if (allc) {
            IrConst *c = arena_alloc(b->m->arena, sizeof *c);
            double *v = arena_alloc(b->m->arena, sizeof(double) * e->n);
            for (int k = 0; k < e->n; k++)
                v[k] = (double)val(b, e->vs[k])->cval.i;
            c->n = e->n;
            c->v = v;
            ca->value = c;
        }
    } else if (e->k == EV_RAW) {
        ca->type = const_type(b, e->raw);
        ca->value = e->raw;
    } else if (e->k == EV_TYPE) {
        ca->type_value = e->type;
    } else if (e->k == EV_STRUCT) {
        /* a struct class passed as a value (dtype=MyStruct) */
        IrTypeInfo ti = {0};
        ti.kind = TY_STRUCT;
        ti.strct = e->idx;
        ca->type_value = ir_type_intern(b->m, ti);
    } else if (e->k == EV_PYTYPE) {
        ca->type_value = ir_type_scalar(b->m, !strcmp(e->name, "float") ? SC_FLOAT32
                                                : !strcmp(e->name, "int") ? SC_INT32 : SC_BOOL);
        ca->pytype = 1;
    }
}

static const char *arg_types_str(Builder *b, const CallArg *args, int n) {
    Buf s = {0};
    for (int i = 0; i < n; i++) {
        if (i)
            buf_puts(&s, ", ");
        const Ev *e = &args[i].ev;
        if (e->k == EV_VAR)
            ir_type_repr(b->m, strip(b, vtype(b, e->v)), &s);
        else if (e->k == EV_FUNC)
            buf_puts(&s, "function");
        else if (e->k == EV_TYPE)
            ir_type_repr(b->m, e->type, &s);
        else
            buf_puts(&s, "object");
    }
    buf_put(&s, "", 1);
    const char *r = arena_strdup(b->m->arena, s.data);
    buf_free(&s);
    return r;
}

/* Emits a call of builtin `key`. Returns outputs via *outs (count as return). */
static int add_builtin_call_ex(Builder *b, const char *key, const CallArg *args, int nargs,
                               const IrTypeArgs *targs, int min_outputs, int value_used,
                               IrVal *outs) {
    IrCallArg ca[IR_MAX_CALL_ARGS];
    if (nargs > IR_MAX_CALL_ARGS)
        FAIL("too many arguments to '%s'", key);
    for (int i = 0; i < nargs; i++) {
        if (args[i].ev.k == EV_TUPLE && !args[i].pyseq)
            FAIL("Argument must not be the result from a multi-valued function");
        if (args[i].ev.k != EV_VAR && args[i].ev.k != EV_TYPE && args[i].ev.k != EV_PYTYPE && args[i].ev.k != EV_RAW &&
            args[i].ev.k != EV_FUNC && args[i].ev.k != EV_BUILTIN && args[i].ev.k != EV_TUPLE &&
            !(args[i].ev.k == EV_STRUCT && args[i].kw && !strcmp(args[i].kw, "dtype")))
            FAIL("Couldn't find function overload for '%s' that matched inputs with types: [%s]", key,
                 arg_types_str(b, args, nargs));
        fill_callarg(b, &args[i].ev, &ca[i]);
        ca[i].kw = args[i].kw;
    }
    IrBuiltinCall call;
    char err[512];
    if (ir_builtin_resolve(b->m, key, b->m->warp_minor, ca, nargs, targs, min_outputs, &call, err, sizeof err))
        FAIL("%s", err);

    /* value_func returned a Var (len() of a composite): the call folds to a constant */
    if (ir_builtin_folds(call.id)) {
        outs[0] = add_constant(b, call.defaults[0]);
        return 1;
    }

    /* 64-bit scalar constructor of a constant: the constant var itself becomes
     * the result, initialised with the literal (Warp's precision rule). */
    if (b->m->warp_minor >= 16 && call.nout == 1 && nargs == 1 && args[0].ev.k == EV_VAR &&
        !strcmp(ir_builtin_key(call.id), ir_builtin_native(call.id))) {
        const IrTypeInfo *ot = tinfo(b, call.out[0]);
        IrValue *a0 = val(b, args[0].ev.v);
        if (ot->kind == TY_SCALAR && (ot->scalar == SC_FLOAT64 || ot->scalar == SC_INT64 || ot->scalar == SC_UINT64) &&
            !strcmp(ir_builtin_key(call.id), ir_scalar_name(ot->scalar)) && a0->is_const && !a0->cval.n &&
            !(a0->cval.is_float && isnan(a0->cval.f))) {
            a0->type = call.out[0];
            a0->is_const = 0;
            IrConst c = a0->cval;
            c.type = call.out[0];
            IrInst *in = emit(b, IR_SETCONST);
            in->outs = vals_dup(b, &args[0].ev.v, 1);
            in->nout = 1;
            /* the literal as Warp prints func.value_type(raw) */
            IrValue tmp = {0};
            tmp.cval = c;
            in->text = NULL;
            in->a = 0;
            /* keep the typed constant on the instruction for the printer */
            IrVal cv = ir_val_new(b->m, b->f, (IrValue){.type = call.out[0], .label = -2, .is_const = 1, .cval = c});
            in->args = vals_dup(b, &cv, 1);
            in->nargs = 1;
            (void)tmp;
            outs[0] = args[0].ev.v;
            return 1;
        }
    }

    /* Warp's CUDA code for tile_matmul, the FFTs and the solvers comes from
     * libmathdx (LTO): the CPU code only (noted for --emit=cuda) */
    if ((ir_builtin_flags(call.id) & BF_LTO) && !b->m->cuda_unsupported) {
        b->m->cuda_unsupported = key;
        b->m->cuda_unsupported_loc = b->loc;
    }
    int nout = call.nout;
    for (int i = 0; i < nout; i++)
        outs[i] = add_var(b, call.out[i]);

    IrVal fwd[IR_MAX_CALL_ARGS], adjv[IR_MAX_CALL_ARGS];
    int nc = call.ncargs;
    /* register_var: defaults and dispatch constants (and the new Vars a
     * dispatch makes) become vars before any argument is loaded */
    for (int k = 0; k < nc; k++)
        if (call.argkind[k] == AK_NEWVAR)
            adjv[k] = add_var(b, call.argtype[k]);
        else if (call.argkind[k] == AK_ELEM) {
            /* a tuple value holds its constant elements as Python values
             * (get_arg_value): they come back as new constants */
            const Ev *te = &args[call.argmap[k]].ev;
            adjv[k] = -1;
            if (te->k == EV_VAR && val(b, te->v)->elems && call.argaux[k] < val(b, te->v)->nelems) {
                const IrValue *x = val(b, val(b, te->v)->elems[call.argaux[k]]);
                if (x->is_const && !x->cstr)
                    adjv[k] = add_constant(b, x->cval);
            }
        } else if (call.argkind[k] != AK_ARG)
            continue;
        else if (call.argmap[k] < 0)
            adjv[k] = add_constant(b, call.defaults[-call.argmap[k] - 1]);
        else if (args[call.argmap[k]].ev.k == EV_RAW) /* Python ints (slice bounds) */
            adjv[k] = add_constant(b, *args[call.argmap[k]].ev.raw);
    for (int k = 0; k < nc; k++) {
        IrVal v;
        int ai = call.argmap[k];
        if (call.argkind[k] != AK_ARG) {
            switch (call.argkind[k]) {
            case AK_ELEM: {
                const Ev *te = &args[ai].ev;
                if (adjv[k] >= 0) {
                    fwd[k] = adjv[k];
                    break;
                }
                if (te->k == EV_TUPLE)
                    v = te->vs[call.argaux[k]];
                else if (te->k == EV_VAR && val(b, te->v)->elems && call.argaux[k] < val(b, te->v)->nelems)
                    v = val(b, te->v)->elems[call.argaux[k]];
                else
                    FAIL("wpc does not know the elements of the tuple passed to '%s'", key);
                adjv[k] = v;
                fwd[k] = load(b, v);
                break;
            }
            case AK_OUT:
                adjv[k] = fwd[k] = outs[call.argaux[k]];
                break;
            case AK_NEWVAR:
                fwd[k] = adjv[k];
                break;
            case AK_TEXT:
            case AK_FUNC: {
                /* unprefixed names: the text, a builtin's name, or a user function's */
                IrValue x = {0};
                x.label = -1;
                x.noprefix = 1;
                x.block = -1;
                x.name = call.argtext[k];
                x.fnref = call.argfn[k];
                fwd[k] = ir_val_new(b->m, b->f, x);
                x.name = call.argkind[k] == AK_FUNC ? call.argadj[k] : call.argtext[k];
                x.fnadj = call.argkind[k] == AK_FUNC;
                adjv[k] = ir_val_new(b->m, b->f, x);
                break;
            }
            default:
                FAIL("internal error: argument kind");
            }
            continue;
        }
        if (ai >= 0 && args[ai].ev.k == EV_RAW) {
            v = adjv[k];
        } else if (ai >= 0) {
            if (args[ai].ev.k != EV_VAR)
                FAIL("type argument passed where a value is expected in '%s'", key);
            v = args[ai].ev.v;
        } else {
            v = adjv[k];
        }
        adjv[k] = v;
        fwd[k] = ir_builtin_arg_noload(call.id, k) ? v : load(b, v);
    }
    IrInst *in = emit(b, IR_CALL);
    in->builtin = call.id;
    in->outs = vals_dup(b, outs, nout);
    in->nout = nout;
    in->args = vals_dup(b, fwd, nc);
    in->adjargs = vals_dup(b, adjv, nc);
    in->nargs = nc;
    in->text = call.template_args[0] ? arena_strdup(b->m->arena, call.template_args) : NULL;
    if (call.initializer_list)
        in->flags |= IRF_INITLIST;
    if (!value_used)
        in->flags |= IRF_UNUSED;
    if (call.no_reverse)
        in->flags |= IRF_NOREVERSE;
    return nout;
}

static IrVal builtin1(Builder *b, const char *key, const IrVal *argv, int n) {
    CallArg args[IR_MAX_CALL_ARGS];
    for (int i = 0; i < n; i++) {
        args[i].kw = NULL;
        args[i].ev = ev_var(argv[i]);
    }
    IrVal outs[8];
    int nout = add_builtin_call_ex(b, key, args, n, NULL, 0, 1, outs);
    return nout ? outs[0] : -1;
}

static IrVal load(Builder *b, IrVal v) {
    if (is_ref(b, vtype(b, v)))
        return builtin1(b, "load", &v, 1);
    return v;
}

/* Type equality used for overload matching of user functions. */
static int user_type_matches(Builder *b, IrType param, IrType t);
static int user_arg_matches(Builder *b, IrType param, const Ev *e) {
    if (e->k != EV_VAR)
        return 0;
    return user_type_matches(b, param, strip(b, vtype(b, e->v)));
}

static int user_type_matches(Builder *b, IrType param, IrType t) {
    if (param == t)
        return 1;
    /* arrays: the same dtype; func_match_args does not compare ndim (a 2-D
     * array or view binds to a wp.array(dtype=float) parameter) */
    const IrTypeInfo *pi = tinfo(b, param), *ti = tinfo(b, t);
    if (pi->kind == TY_ARRAY && ti->kind == TY_ARRAY)
        return pi->elem == ti->elem;
    /* tiles: the dtype (types_equal_generic); stacks also the capacity */
    if (pi->kind == TY_TILE && ti->kind == TY_TILE)
        return pi->elem == ti->elem || b->m->warp_minor < 16;
    if (pi->kind == TY_TILE_STACK && ti->kind == TY_TILE_STACK)
        return pi->elem == ti->elem && pi->strct == ti->strct;
    /* a tuple[...] annotation and a tuple value: element by element */
    if (pi->kind == TY_TUPLE && ti->kind == TY_TUPLE && pi->rows == ti->rows) {
        const IrType *pe = ir_type_tuple_elems(b->m, param, NULL), *te = ir_type_tuple_elems(b->m, t, NULL);
        for (int k = 0; k < pi->rows; k++)
            if (pe[k] != te[k])
                return 0;
        return 1;
    }
    return 0;
}

/* Binds call arguments to a candidate's parameters (positional, then by
 * keyword); order[k] = the call argument of parameter k. With tmpl set the
 * candidate is a generic template, matched as type_matches_template does. */
static int tmpl_matches(Builder *b, IrType tmpl, const Ev *e);
static int bind_user_args(Builder *b, const IrFunc *cand, const CallArg *args, int nargs, int *order, int tmpl) {
    if (nargs > cand->nparams || cand->nparams > 64)
        return 0;
    int bound[64] = {0};
    for (int i = 0; i < nargs; i++) {
        int pi = i;
        if (args[i].kw) {
            if (tmpl)
                return 0; /* Warp instantiates templates from positional arguments only */
            pi = -1;
            for (int k = 0; k < cand->nparams; k++)
                if (!strcmp(cand->vals[cand->params[k]].name, args[i].kw))
                    pi = k;
            if (pi < 0 || bound[pi])
                return 0;
        }
        bound[pi] = 1;
        order[pi] = i;
        IrType pt = cand->vals[cand->params[pi]].type;
        if (tmpl ? !tmpl_matches(b, pt, &args[i].ev) : !user_arg_matches(b, pt, &args[i].ev))
            return 0;
    }
    for (int k = 0; k < cand->nparams; k++) {
        if (bound[k])
            continue;
        /* func_match_args: an unbound parameter takes its default, whose
         * type must match the parameter's (Python int as int32, float as float32) */
        int di = k - (cand->nparams - cand->ndefaults);
        if (tmpl || di < 0 || !user_type_matches(b, cand->vals[cand->params[k]].type, const_type(b, &cand->defaults[di])))
            return 0;
        order[k] = -1;
    }
    return 1;
}

/* type_matches_template: a concrete argument type against a (possibly generic) parameter. */
static int tmpl_type_matches(Builder *b, IrType tmpl, IrType t) {
    if (!ir_type_is_generic(b->m, tmpl))
        return user_type_matches(b, tmpl, t);
    const IrTypeInfo *pi = tinfo(b, tmpl), *ti = tinfo(b, t);
    if (pi->kind == TY_GENERIC) {
        IrScalar sc = ti->kind == TY_SCALAR ? (IrScalar)ti->scalar : SC_NONE;
        switch (pi->rows) {
        case GEN_SCALAR: return ir_scalar_is_int(sc) || ir_scalar_is_float(sc);
        case GEN_FLOAT: return ir_scalar_is_float(sc);
        case GEN_INT: return ir_scalar_is_int(sc);
        default: return 1;
        }
    }
    if (pi->kind == TY_ARRAY && ti->kind == TY_ARRAY && pi->ndim == ti->ndim)
        return tmpl_type_matches(b, pi->elem, ti->elem);
    if (pi->kind == TY_TUPLE) {
        /* func_match_args' sequence matching (type_matches_template accepts
         * any argument for a tuple annotation): element by element, or every
         * element against T of tuple[T, ...] */
        if (ti->kind != TY_TUPLE)
            return 0;
        const IrType *pe = ir_type_tuple_elems(b->m, tmpl, NULL), *te = ir_type_tuple_elems(b->m, t, NULL);
        int np = pi->rows;
        if (np == 2 && tinfo(b, pe[1])->kind == TY_GENERIC && tinfo(b, pe[1])->rows == GEN_ELLIPSIS) {
            for (int k = 0; k < ti->rows; k++)
                if (!tmpl_type_matches(b, pe[0], te[k]))
                    return 0;
            return 1;
        }
        if (np != ti->rows)
            return 0;
        for (int k = 0; k < np; k++)
            if (!tmpl_type_matches(b, pe[k], te[k]))
                return 0;
        return 1;
    }
    if (pi->kind == TY_VEC || pi->kind == TY_MAT || pi->kind == TY_QUAT || pi->kind == TY_TRANSFORM) {
        /* any composite: the scalar, then the shape (0 = any) */
        if (ti->kind != TY_VEC && ti->kind != TY_MAT && ti->kind != TY_QUAT && ti->kind != TY_TRANSFORM)
            return 0;
        IrType asc = ir_type_scalar(b->m, (IrScalar)ti->scalar);
        IrType psc = pi->strct ? ir_type_generic(b->m, (IrGeneric)(pi->strct - 1)) : ir_type_scalar(b->m, (IrScalar)pi->scalar);
        if (!tmpl_type_matches(b, psc, asc))
            return 0;
        int pshape[2] = {pi->kind == TY_QUAT ? 4 : pi->kind == TY_TRANSFORM ? 7 : pi->rows, pi->cols};
        int ashape[2] = {ti->kind == TY_QUAT ? 4 : ti->kind == TY_TRANSFORM ? 7 : ti->rows, ti->cols};
        int pn = pi->kind == TY_MAT ? 2 : 1, an = ti->kind == TY_MAT ? 2 : 1;
        if (pn != an)
            return 0;
        for (int k = 0; k < pn; k++)
            if (pshape[k] && pshape[k] != ashape[k])
                return 0;
        return 1;
    }
    return 0;
}

static int tmpl_matches(Builder *b, IrType tmpl, const Ev *e) {
    return e->k == EV_VAR && tmpl_type_matches(b, tmpl, strip(b, vtype(b, e->v)));
}

static IrFunc *instantiate_user_func(Builder *caller, int defidx, const IrType *types);
static IrFunc *func_declare(Builder *b, int defidx, int is_kernel);

static int emit_user_call(Builder *b, IrFunc *callee, const CallArg *args, const int *order, IrVal *outs) {
    int nout = callee->nret;
    for (int i = 0; i < nout; i++)
        outs[i] = add_var(b, callee->ret[i]);
    /* defaults are constant Vars registered after the outputs (register_var) */
    IrVal dflt[64];
    for (int k = 0; k < callee->nparams; k++)
        if (order[k] < 0)
            dflt[k] = add_constant(b, callee->defaults[k - (callee->nparams - callee->ndefaults)]);
    IrVal fwd[64], adjv[64];
    for (int k = 0; k < callee->nparams; k++) {
        IrVal v = order[k] < 0 ? dflt[k] : args[order[k]].ev.v;
        adjv[k] = v;
        fwd[k] = load(b, v);
    }
    IrInst *in = emit(b, IR_CALL);
    in->func = -1;
    for (int fi = 0; fi < b->m->nfuncs; fi++)
        if (b->m->funcs[fi] == callee)
            in->func = fi;
    in->outs = vals_dup(b, outs, nout);
    in->nout = nout;
    in->args = vals_dup(b, fwd, callee->nparams);
    in->adjargs = vals_dup(b, adjv, callee->nparams);
    in->nargs = callee->nparams;
    if (nout > 1)
        in->flags |= IRF_OUTARGS;
    if (b->f->used_by_backward)
        callee->used_by_backward = 1;
    return nout;
}

/* get_signature: the parameter type codes joined with '_'. */
static const char *param_sig(Builder *b, const IrFunc *f) {
    Buf s = {0};
    for (int k = 0; k < f->nparams; k++) {
        if (k)
            buf_puts(&s, "_");
        ir_type_code(b->m, f->vals[f->params[k]].type, &s);
    }
    buf_put(&s, "", 1);
    const char *r = arena_strdup(b->m->arena, s.data);
    buf_free(&s);
    return r;
}

/* The generic template of a def (declared up front), or NULL for a concrete def. */
static IrFunc *template_of(Builder *b, int defidx) {
    for (int i = 0; i < b->m->nfuncs; i++)
        if (b->m->funcs[i]->generic == 1 && b->m->funcs[i]->group == defidx)
            return b->m->funcs[i];
    return NULL;
}

static int add_user_call(Builder *b, int group_def, const CallArg *args, int nargs, int min_outputs, IrVal *outs) {
    (void)min_outputs;
    int order[64];
    IrFunc *f = select_user_overload(b, group_def, args, nargs, order, 1);
    return emit_user_call(b, f, args, order, outs);
}

/* Function.get_overload: the concrete overloads (every def with this name,
 * then the instantiations made so far), then the templates; the chosen one
 * is built.  must: fail with Warp's message when none matches (else NULL). */
static IrFunc *select_user_overload(Builder *b, int group_def, const CallArg *args, int nargs, int *order, int must) {
    const FeDef *d0 = &b->fm->defs[group_def];
    for (int di = 0; di < b->fm->ndefs; di++) {
        const FeDef *d = &b->fm->defs[di];
        if (d->kind != DEF_FUNC || strcmp(d->name, d0->name) || template_of(b, di))
            continue;
        /* matched on its declared parameters; only the chosen overload is built */
        IrFunc *cand = NULL;
        for (int fi = 0; fi < b->m->nfuncs && !cand; fi++)
            if (b->m->funcs[fi]->kind == IRK_FUNC && b->m->funcs[fi]->group == di && !b->m->funcs[fi]->generic)
                cand = b->m->funcs[fi];
        if (!cand) {
            Builder db = *b;
            cand = func_declare(&db, di, 0);
        }
        if (bind_user_args(b, cand, args, nargs, order, 0)) {
            /* user_overloads is keyed by signature: a later def with the
             * same parameter types replaces this one in its place */
            const char *sig = param_sig(b, cand);
            int use = di;
            for (int dj = di + 1; dj < b->fm->ndefs; dj++) {
                const FeDef *e = &b->fm->defs[dj];
                if (e->kind != DEF_FUNC || strcmp(e->name, d0->name) || template_of(b, dj))
                    continue;
                Builder db = *b;
                if (!strcmp(param_sig(b, func_declare(&db, dj, 0)), sig))
                    use = dj;
            }
            if (use != di) {
                IrFunc *later = build_user_func(b, use);
                if (!bind_user_args(b, later, args, nargs, order, 0)) {
                    if (!must)
                        return NULL;
                    FAIL("Couldn't find function overload for '%s' that matched inputs with types: [%s]", d0->name,
                         arg_types_str(b, args, nargs));
                }
                return later;
            }
            return build_user_func(b, di);
        }
    }
    for (int fi = 0; fi < b->m->nfuncs; fi++) {
        IrFunc *cand = b->m->funcs[fi];
        if (cand->generic != 2 || strcmp(cand->name, d0->name))
            continue;
        if (bind_user_args(b, cand, args, nargs, order, 0))
            return cand;
    }
    for (int di = 0; di < b->fm->ndefs; di++) {
        const FeDef *d = &b->fm->defs[di];
        IrFunc *t = d->kind == DEF_FUNC && !strcmp(d->name, d0->name) ? template_of(b, di) : NULL;
        if (!t || !bind_user_args(b, t, args, nargs, order, 1))
            continue;
        /* a later template of the same signature replaces this one */
        int later = 0;
        for (int dj = di + 1; dj < b->fm->ndefs; dj++) {
            IrFunc *u = b->fm->defs[dj].kind == DEF_FUNC && !strcmp(b->fm->defs[dj].name, d0->name) ? template_of(b, dj) : NULL;
            if (u && u->sig && t->sig && !strcmp(u->sig, t->sig))
                later = 1;
        }
        if (later)
            continue;
        IrType types[64];
        for (int k = 0; k < t->nparams; k++) {
            if (args[order[k]].ev.static_tuple)
                FAIL("Failed to determine type code for argument '%s' of function %s: Unrecognized type '%s'",
                     t->vals[t->params[k]].name, t->name, args[order[k]].ev.static_tuple);
            types[k] = strip(b, vtype(b, args[order[k]].ev.v));
        }
        return instantiate_user_func(b, di, types);
    }
    if (!must)
        return NULL;
    FAIL("Couldn't find function overload for '%s' that matched inputs with types: [%s]", d0->name,
         arg_types_str(b, args, nargs));
}

/* ---- names and attributes ---------------------------------------------------- */
static Ev resolve_warp_attr(Builder *b, const char *attr) {
    Ev e = {0};
    FeWarpName w = fe_warp_lookup(b->m, attr);
    switch (w.kind) {
    case W_SCALAR:
    case W_VECTYPE:
    case W_OPAQUE:
        e.k = EV_TYPE;
        e.type = w.type;
        return e;
    case W_CONST: {
        IrConst c;
        fe_warp_constant(b->fm, attr, &c);
        return ev_var(add_constant(b, c));
    }
    case W_ARRAY:
        e.k = EV_ARRAYCTOR;
        e.idx = w.n;
        return e;
    default:
        break;
    }
    if (ir_builtin_exists(attr, b->m->warp_minor)) {
        e.k = EV_BUILTIN;
        e.name = attr;
        return e;
    }
    e.k = EV_NONE;
    e.name = attr;
    return e;
}

static void note_struct(Builder *b, int sidx);

/* Cls.NAME (Outer.Inner.NAME) on a plain class global not shadowed by a
 * local: the global module.c made of the attribute, or NULL */
static const FeGlobal *class_attr(Builder *b, AstNode *a) {
    if (a->kind == A_NAME) {
        const FeGlobal *g = syms_get(&b->syms, a->str) ? NULL : fe_global(b->fm, a->str);
        return g && g->kind == G_CLASS ? g : NULL;
    }
    if (a->kind != A_ATTR)
        return NULL;
    const FeGlobal *c = class_attr(b, a->a);
    if (!c || c->kind != G_CLASS)
        return NULL;
    return fe_global(b->fm, arena_printf(b->m->arena, "%s.%s", c->name, a->str));
}

static Ev global_ev(Builder *b, const FeGlobal *g, AstNode *n) {
    Ev e = {0};
    switch (g->kind) {
    case G_WARP: e.k = EV_WARP; return e;
    case G_MODULE: e.k = EV_MODULE; e.name = g->attr; return e;
    case G_CLASS: e.k = EV_CLASS; e.name = g->name; return e;
    case G_VALUE: return ev_var(add_constant(b, g->value));
    case G_WARP_ATTR: {
        Ev r = resolve_warp_attr(b, g->attr);
        if (r.k == EV_NONE)
            fail_at(b, n->loc, "Could not find function wp.%s as a built-in or user-defined function", g->attr);
        return r;
    }
    case G_FUNC: e.k = EV_FUNC; e.idx = g->index; return e;
    case G_TYPE: e.k = EV_TYPE; e.type = g->type; return e;
    case G_STRUCT: {
        e.k = EV_STRUCT;
        /* the struct index is the order of @wp.struct definitions */
        int si = 0;
        for (int i = 0; i < g->index; i++)
            si += b->fm->defs[i].kind == DEF_STRUCT;
        e.idx = si;
        note_struct(b, si);
        return e;
    }
    case G_KERNEL:
        fail_at(b, n->loc, "Cannot call a kernel ('%s') from a kernel or function", g->name);
    default:
        if (g->unevaluated)
            fail_at(b, n->loc, "wpc does not evaluate the module-level code that sets '%s' (line %d)", g->name,
                    g->unevaluated->loc.line);
        fail_at(b, n->loc, "Invalid external reference type: '%s' is not a Warp value, type or function", g->name);
    }
}

static Ev emit_name(Builder *b, AstNode *n) {
    Ev *s = syms_get(&b->syms, n->str);
    if (s)
        return *s;
    const FeGlobal *g = fe_global(b->fm, n->str);
    if (g) {
        Ev e = global_ev(b, g, n);
        if (e.k == EV_VAR)
            syms_set(b, &b->syms, n->str, e);
        return e;
    }
    /* Python builtins Warp understands */
    if (!strcmp(n->str, "float") || !strcmp(n->str, "int") || !strcmp(n->str, "bool")) {
        Ev e = {0};
        e.k = EV_PYTYPE;
        e.name = n->str;
        return e;
    }
    if (!strcmp(n->str, "range") || !strcmp(n->str, "len") || !strcmp(n->str, "print") ||
        !strcmp(n->str, "min") || !strcmp(n->str, "max") || !strcmp(n->str, "abs") ||
        !strcmp(n->str, "round") || !strcmp(n->str, "pow") || !strcmp(n->str, "reversed")) {
        Ev e = {0};
        e.k = EV_BUILTIN;
        e.name = n->str;
        return e;
    }
    /* Warp also resolves bare warp names (vec3, pi); with `from warp import *`
     * its functions too */
    Ev w = resolve_warp_attr(b, n->str);
    if (w.k != EV_NONE && (w.k != EV_BUILTIN || b->fm->warp_star))
        return w;
    FAIL("Referencing undefined symbol: %s", n->str);
}

static int vector_index(Builder *b, const char *comp, IrType t) {
    const IrTypeInfo *ti = tinfo(b, t);
    int dim = ti->kind == TY_QUAT ? 4 : ti->rows;
    const char *sw = "xyzw";
    if (strlen(comp) != 1)
        FAIL("Vector swizzle must be single character, got .%s", comp);
    for (int i = 0; i < dim && i < 4; i++)
        if (sw[i] == comp[0])
            return i;
    FAIL("Vector swizzle for %s must be one of %.*s, got %s", type_repr(b, t), dim > 4 ? 4 : dim, sw, comp);
}

/* Warp features wpc does not implement (yet): named as such in diagnostics. */
static int warp_feature_unsupported(const char *attr) {
    static const char *const prefixes[] = {"tile", "texture", "sparse",
                                           "fem", "static", "grad", "adjoint", "func_native", "Bvh",
                                           "HashGrid", "indexedarray", "fabricarray", "zeros", "lower_bound",
                                           "matmul", "batched_matmul", "launch", "noise", "pnoise", "curlnoise",
                                           "closest_point", "intersect", "ray_"};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (!strncmp(attr, prefixes[i], strlen(prefixes[i])))
            return 1;
    return 0;
}

static Ev emit_attribute(Builder *b, AstNode *n, const Ev *aggregate_in) {
    int callee = b->callee_attr; /* this attribute is a callee (not the ones inside it) */
    b->callee_attr = 0;
    Ev agg = aggregate_in ? *aggregate_in : eval(b, n->a);
    if (agg.k == EV_VAR && val(b, agg.v)->is_const)
        return agg;
    if (agg.k == EV_WARP) {
        if (!strcmp(n->str, "types") || !strcmp(n->str, "constants") || !strcmp(n->str, "math") ||
            !strcmp(n->str, "_src"))
            return agg; /* wp.types.vector (wp._src.types.vector) is wp.vector */
        Ev r = resolve_warp_attr(b, n->str);
        if (r.k == EV_NONE && ir_warp_library_func_count(n->str, 16) + ir_warp_library_func_count(n->str, 10))
            FAIL("wp.%s is not supported (a Warp library function written in Python)", n->str);
        /* a builtin of the other Warp version is just missing from this one */
        int other = ir_builtin_exists(n->str, b->m->warp_minor >= 16 ? 10 : 16);
        if (r.k == EV_NONE && warp_feature_unsupported(n->str) && !other)
            FAIL("wp.%s is not supported", n->str);
        if (r.k == EV_NONE && callee && other)
            FAIL("Could not find function wp.%s as a built-in or user-defined function. Note that user functions must "
                 "be annotated with a @wp.func decorator to be called from a kernel.", n->str);
        if (r.k == EV_NONE)
            FAIL("Error, `%s` is not an attribute of '<module 'warp'>'", n->str);
        return r;
    }
    if (agg.k == EV_CLASS) {
        const FeGlobal *g = fe_global(b->fm, arena_printf(b->m->arena, "%s.%s", agg.name, n->str));
        if (!g)
            FAIL("type object '%s' has no attribute '%s'", agg.name, n->str);
        return global_ev(b, g, n);
    }
    if (agg.k == EV_MODULE) {
        if (agg.name && (!strcmp(agg.name, "math") || !strcmp(agg.name, "numpy"))) {
            IrConst c = {0};
            c.is_float = 1;
            if (!strcmp(n->str, "pi")) c.f = M_PI;
            else if (!strcmp(n->str, "e")) c.f = M_E;
            else if (!strcmp(n->str, "tau")) c.f = 2 * M_PI;
            else if (!strcmp(n->str, "inf")) c.f = INFINITY;
            else FAIL("module attribute math.%s is not supported", n->str);
            return ev_var(add_constant(b, c));
        }
        FAIL("Error, `%s` is not an attribute of module '%s'", n->str, agg.name ? agg.name : "?");
    }
    if (agg.k == EV_TYPE) {
        const IrTypeInfo *ti = tinfo(b, agg.type);
        if (ti->kind == TY_OPAQUE) {
            /* class constants: Volume.CLOSEST = 0, Volume.LINEAR = 1 */
            if (ti->rows == OQ_VOLUME && (!strcmp(n->str, "CLOSEST") || !strcmp(n->str, "LINEAR")))
                return ev_var(add_constant(b, const_int(n->str[0] == 'L')));
            FAIL("Error, `%s` is not an attribute of '<class '%s'>'", n->str, type_repr(b, agg.type));
        }
        if (!strcmp(n->str, "dtype")) {
            Ev e = {0};
            e.k = EV_TYPE;
            e.type = ir_type_scalar(b->m, ti->scalar);
            return e;
        }
        if (!strcmp(n->str, "length")) {
            int len = ti->kind == TY_VEC ? ti->rows : ti->kind == TY_MAT ? ti->rows * ti->cols
                    : ti->kind == TY_QUAT ? 4 : ti->kind == TY_TRANSFORM ? 7 : 1;
            return ev_var(add_constant(b, const_int(len)));
        }
        FAIL("Error, `%s` is not an attribute of '%s'", n->str, type_repr(b, agg.type));
    }
    if (agg.k != EV_VAR)
        FAIL("Error, `%s` is not an attribute of '%s'", n->str, n->a->kind == A_NAME ? n->a->str : "expression");
    IrType at = strip(b, vtype(b, agg.v));
    const IrTypeInfo *ti = tinfo(b, at);
    if (ti->kind == TY_VEC || ti->kind == TY_QUAT) {
        /* Warp turns a bad swizzle into its generic attribute error */
        int dim = ti->kind == TY_QUAT ? 4 : ti->rows;
        if (strlen(n->str) != 1 || !memchr("xyzw", n->str[0], (size_t)(dim < 4 ? dim : 4)))
            FAIL("Error, `%s` is not an attribute of '%s' (%s)", n->str,
                 n->a->kind == A_NAME ? n->a->str : n->a->kind == A_ATTR ? n->a->str : "expression",
                 type_repr(b, vtype(b, agg.v)));
        int idx = vector_index(b, n->str, at);
        IrVal iv = add_constant(b, const_int(idx));
        IrVal a2[2] = {agg.v, iv};
        return ev_var(builtin1(b, "extract", a2, 2));
    }
    if (ti->kind == TY_TRANSFORM) {
        if (strlen(n->str) != 1)
            FAIL("Transform attribute must be single character, got .%s", n->str);
        if (n->str[0] == 'p')
            return ev_var(builtin1(b, "transform_get_translation", &agg.v, 1));
        if (n->str[0] == 'q')
            return ev_var(builtin1(b, "transform_get_rotation", &agg.v, 1));
        FAIL("Attribute for transformation must be either 'p' or 'q', got %s", n->str);
    }
    IrType ftype = 0;
    if (ti->kind == TY_STRUCT) {
        const IrStruct *st = b->m->structs[ti->strct];
        for (int i = 0; i < st->nfields; i++)
            if (!strcmp(st->fields[i].name, n->str))
                ftype = st->fields[i].type;
    } else if (ti->kind == TY_ARRAY) {
        if (!strcmp(n->str, "shape"))
            ftype = ir_type_simple(b->m, TY_SHAPE);
        else if (!strcmp(n->str, "ptr"))
            ftype = ir_type_scalar(b->m, SC_UINT64); /* the data pointer as a uint64 reference */
        else if (!strcmp(n->str, "ndim")) {
            /* resolve_type_attribute: the array type's ndim, a Python int
             * (a constant var only once a builtin call registers it) */
            static const IrConst zero;
            IrConst *c = arena_alloc(b->m->arena, sizeof *c);
            *c = zero;
            c->i = ti->ndim;
            Ev e = {0};
            e.k = EV_RAW;
            e.raw = c;
            return e;
        }
    } else if (ti->kind == TY_OPAQUE) {
        /* MeshQueryPoint, MeshQueryRay, Mesh: their `vars`, read like struct fields */
        ftype = ir_type_opaque_field(b->m, at, n->str);
    }
    if (!ftype) {
        const char *nm = n->a->kind == A_NAME ? n->a->str : "expression";
        FAIL("Error, `%s` is not an attribute of '%s' (%s)", n->str, nm, type_repr(b, vtype(b, agg.v)));
    }
    IrVal out = add_var(b, ir_type_ref(b->m, ftype));
    const IrOrigin *o = NULL;
    if (b->m->warp_minor >= 16 && ti->kind != TY_ARRAY)
        o = origin_for(b, agg.v);
    IrInst *in = emit(b, IR_ATTR_ADDR);
    in->outs = vals_dup(b, &out, 1);
    in->nout = 1;
    in->args = vals_dup(b, &agg.v, 1);
    in->nargs = 1;
    in->text = n->str;
    in->a = is_ref(b, vtype(b, agg.v));
    if (ti->kind == TY_ARRAY && !strcmp(n->str, "ptr")) {
        in->text = "data";
        in->flags |= IRF_PTRFIELD;
    }
    if (o) {
        in->a = 2;
        in->origin = origin_extend(b, o, 0, n->str, NULL, 0);
        val(b, out)->origin = in->origin;
    }
    return ev_var(out);
}

/* ---- expressions ------------------------------------------------------------- */
static const char *binop_builtin(AstOp op) {
    switch (op) {
    case OP_ADD: return "add";
    case OP_SUB: return "sub";
    case OP_MULT: return "mul";
    case OP_DIV: return "div";
    case OP_FLOORDIV: return "floordiv";
    case OP_MOD: return "mod";
    case OP_POW: return "pow";
    case OP_MATMULT: return "mul";
    case OP_LSHIFT: return "lshift";
    case OP_RSHIFT: return "rshift";
    case OP_BITOR: return "bit_or";
    case OP_BITXOR: return "bit_xor";
    case OP_BITAND: return "bit_and";
    case OP_UADD: return "pos";
    case OP_USUB: return "neg";
    case OP_NOT: return "unot";
    case OP_INVERT: return "invert";
    default: return NULL;
    }
}

static IrVal need_var(Builder *b, Ev e, const char *what) {
    if (e.k == EV_VAR)
        return e.v;
    if (e.k == EV_TUPLE)
        FAIL("%s: a tuple value cannot be used here", what);
    FAIL("%s: expected a value", what);
}

/* A user-defined operator overload (def add(a, b) as @wp.func) shadows the builtin. */
static int user_op_group(Builder *b, const char *name) {
    const FeGlobal *g = fe_global(b->fm, name);
    return g && g->kind == G_FUNC ? g->index : -1;
}

static Ev binop_call(Builder *b, const char *name, IrVal l, IrVal r) {
    int ug = user_op_group(b, name);
    CallArg args[2] = {{NULL, ev_var(l)}, {NULL, ev_var(r)}};
    IrVal outs[8];
    if (ug >= 0) {
        /* emit_BinOp: the module's `add`/`mul`... if one accepts the operands;
         * on a codegen error (no matching overload) Warp falls back to the builtin */
        jmp_buf jb, *outer = b->jb;
        Diag saved = *b->diag;
        if (!setjmp(jb)) {
            b->jb = &jb;
            add_user_call(b, ug, args, 2, 0, outs);
            b->jb = outer;
            return ev_var(outs[0]);
        }
        b->jb = outer;
        *b->diag = saved;
    }
    add_builtin_call_ex(b, name, args, 2, NULL, 0, 1, outs);
    return ev_var(outs[0]);
}

static Ev emit_binop(Builder *b, AstNode *n) {
    Ev le = eval(b, n->a), re = eval(b, n->b);
    const char *name = binop_builtin(n->op);
    b->loc = n->loc; /* errors point at the operation */
    if (!name)
        FAIL("Operator %s is not supported", ast_op_name(n->op));
    if ((le.k == EV_RAW || re.k == EV_RAW) && user_op_group(b, name) < 0) {
        /* a Python int operand (arr.ndim): registered after the result */
        if (le.k != EV_RAW)
            le = ev_var(need_var(b, le, "left operand"));
        if (re.k != EV_RAW)
            re = ev_var(need_var(b, re, "right operand"));
        CallArg args[2] = {{NULL, le}, {NULL, re}};
        IrVal outs[8];
        add_builtin_call_ex(b, name, args, 2, NULL, 0, 1, outs);
        return ev_var(outs[0]);
    }
    IrVal l = need_var(b, le, "left operand");
    IrVal r = need_var(b, re, "right operand");
    return binop_call(b, name, l, r);
}

static Ev emit_unaryop(Builder *b, AstNode *n) {
    Ev a = eval(b, n->a);
    IrVal v = need_var(b, a, "operand");
    IrValue *x = val(b, v);
    if (x->is_const && !x->cval.n && !x->cval.type && !x->cval.is_bool && n->op == OP_USUB &&
        !(b->m->warp_minor < 16 && x->cval.is_float && !isfinite(x->cval.f))) {
        IrConst c = x->cval;
        if (c.is_float) c.f = -c.f; else c.i = -c.i;
        if (b->m->warp_minor >= 16 && n->a->kind == A_CONST) {
            x->cval = c;
            return a;
        }
        return ev_var(add_constant(b, c));
    }
    const char *name = binop_builtin(n->op);
    return ev_var(builtin1(b, name, &v, 1));
}

static Ev emit_compare(Builder *b, AstNode *n) {
    IrVal left = need_var(b, eval(b, n->a), "comparison");
    IrVal comps[32];
    int nc = n->l1.n;
    if (nc > 32)
        FAIL("comparison chain too long");
    for (int i = 0; i < nc; i++)
        comps[i] = need_var(b, eval(b, n->l1.items[i]), "comparison");
    for (int i = 0; i < nc; i++)
        if (n->ops[i] == OP_IS || n->ops[i] == OP_ISNOT || n->ops[i] == OP_IN || n->ops[i] == OP_NOTIN)
            FAIL("Comparison operator %s is not supported", ast_op_name(n->ops[i]));
    IrVal out = add_var(b, ir_type_scalar(b->m, SC_BOOL));
    IrVal loaded[33];
    loaded[0] = load(b, left);
    IrVal prev = -1;
    for (int i = 0; i < nc; i++) {
        if (prev >= 0) {
            if (strip(b, vtype(b, prev)) != strip(b, vtype(b, comps[i])))
                FAIL("Cannot chain comparisons of unequal types: %s %s %s.", type_repr(b, vtype(b, prev)),
                     ast_op_name(n->ops[i]), type_repr(b, vtype(b, comps[i])));
            load(b, prev);
        }
        loaded[i + 1] = load(b, comps[i]);
        prev = comps[i];
    }
    IrInst *in = emit(b, IR_COMP);
    in->outs = vals_dup(b, &out, 1);
    in->nout = 1;
    in->args = vals_dup(b, loaded, nc + 1);
    in->nargs = nc + 1;
    in->ops = arena_alloc(b->m->arena, nc + 1);
    for (int i = 0; i < nc; i++) {
        switch (n->ops[i]) {
        case OP_EQ: in->ops[i] = IR_CMP_EQ; break;
        case OP_NOTEQ: in->ops[i] = IR_CMP_NE; break;
        case OP_LT: in->ops[i] = IR_CMP_LT; break;
        case OP_LTE: in->ops[i] = IR_CMP_LE; break;
        case OP_GT: in->ops[i] = IR_CMP_GT; break;
        default: in->ops[i] = IR_CMP_GE; break;
        }
    }
    return ev_var(out);
}

static void eval_stmts(Builder *b, AstList *l);
static void begin_if(Builder *b, IrVal cond, IrOp op);

static Ev emit_boolop(Builder *b, AstNode *n) {
    int is_and = n->op == OP_AND;
    if (b->m->warp_minor < 16) {
        /* 1.10: evaluate every operand, then one C expression */
        IrVal vs[64];
        int k = n->l1.n;
        for (int i = 0; i < k; i++)
            vs[i] = need_var(b, eval(b, n->l1.items[i]), "boolean operand");
        for (int i = 0; i < k; i++)
            vs[i] = load(b, vs[i]);
        IrVal out = add_var(b, ir_type_scalar(b->m, SC_BOOL));
        IrInst *in = emit(b, IR_BOOL_INIT);
        in->a = is_and;
        in->outs = vals_dup(b, &out, 1);
        in->nout = 1;
        in->args = vals_dup(b, vs, k);
        in->nargs = k;
        return ev_var(out);
    }
    IrVal out = add_var(b, ir_type_scalar(b->m, SC_BOOL));
    IrVal first = load(b, need_var(b, eval(b, n->l1.items[0]), "boolean operand"));
    IrInst *in = emit(b, IR_BOOL_INIT);
    in->a = is_and;
    in->outs = vals_dup(b, &out, 1);
    in->nout = 1;
    in->args = vals_dup(b, &first, 1);
    in->nargs = 1;
    for (int i = 1; i < n->l1.n; i++) {
        in = emit(b, IR_BOOL_BEGIN);
        in->a = is_and;
        in->outs = vals_dup(b, &out, 1);
        in->nout = 1;
        IrVal v = load(b, need_var(b, eval(b, n->l1.items[i]), "boolean operand"));
        in = emit(b, IR_BOOL_STEP);
        in->a = is_and;
        in->outs = vals_dup(b, &out, 1);
        in->nout = 1;
        in->args = vals_dup(b, &v, 1);
        in->nargs = 1;
        in = emit(b, IR_BOOL_END);
        in->a = is_and;
        in->outs = vals_dup(b, &out, 1);
        in->nout = 1;
    }
    return ev_var(out);
}

static void cond_marker(Builder *b, IrOp op, IrVal cond) {
    IrInst *in = emit(b, op);
    in->args = vals_dup(b, &cond, 1);
    in->nargs = 1;
}

static void begin_if(Builder *b, IrVal cond, IrOp op) {
    cond = load(b, cond);
    cond_marker(b, op, cond);
}

/* Warp closes the forward block, then loads the condition again for the
 * reverse pass's opening `if`; a = 1 marks the forward half, a = 2 the
 * reverse half when a load sits between them, a = 0 both at once. */
static void end_if(Builder *b, IrVal cond, IrOp op) {
    if (!is_ref(b, vtype(b, cond))) {
        cond_marker(b, op, cond);
        return;
    }
    IrInst *in = emit(b, op);
    in->a = 1;
    IrVal c = load(b, cond);
    in = emit(b, op);
    in->a = 2;
    in->args = vals_dup(b, &c, 1);
    in->nargs = 1;
}

static Ev emit_ifexp(Builder *b, AstNode *n) {
    IrVal cond = need_var(b, eval(b, n->a), "condition");
    if (val(b, cond)->is_const)
        return val(b, cond)->cval.is_float ? (val(b, cond)->cval.f != 0 ? eval(b, n->b) : eval(b, n->c))
                                           : (val(b, cond)->cval.i ? eval(b, n->b) : eval(b, n->c));
    begin_if(b, cond, IR_IF_BEGIN);
    IrVal body = need_var(b, eval(b, n->b), "conditional expression");
    if (b->m->warp_minor >= 16)
        body = load(b, body);
    end_if(b, cond, IR_IF_END);
    begin_if(b, cond, IR_ELSE_BEGIN);
    IrVal orelse = need_var(b, eval(b, n->c), "conditional expression");
    if (b->m->warp_minor >= 16)
        orelse = load(b, orelse);
    end_if(b, cond, IR_ELSE_END);
    IrVal a3[3] = {cond, body, orelse};
    return ev_var(builtin1(b, "where", a3, 3));
}

/* ---- subscripts ---- */
static IrConst const_int(int64_t i);

/* eval_const_slice_component: a compile-time int. */
static int64_t const_slice_component(Builder *b, AstNode *n) {
    Ev e = eval(b, n);
    if (e.k != EV_VAR || !val(b, e.v)->is_const || val(b, e.v)->cval.n)
        FAIL("Slice component must be a compile-time constant.");
    const IrConst *c = &val(b, e.v)->cval;
    if (c->is_float)
        FAIL("Slice component must be an integer.");
    return c->i;
}

/* The bounds of a slice of a vector/matrix dimension of `length`, resolved
 * at compile time (1.16: eval_const_slice, CPython's slice.indices; 1.10:
 * eval_indices' own clamping). */
static void const_slice_bounds(Builder *b, AstNode *s, int length, int64_t out[3]) {
    int64_t step = s->c ? const_slice_component(b, s->c) : 1;
    int64_t start, stop;
    if (b->m->warp_minor >= 16) {
        if (step == 0)
            FAIL("Slice step cannot be zero.");
        int64_t lower = step > 0 ? 0 : -1, upper = step > 0 ? length : length - 1;
        start = step > 0 ? lower : upper;
        stop = step > 0 ? upper : lower;
        if (s->a) {
            int64_t v = const_slice_component(b, s->a);
            start = v < 0 ? (v + length > lower ? v + length : lower) : (v < upper ? v : upper);
        }
        if (s->b) {
            int64_t v = const_slice_component(b, s->b);
            stop = v < 0 ? (v + length > lower ? v + length : lower) : (v < upper ? v : upper);
        }
    } else {
        if (!s->a) {
            start = step < 0 ? length - 1 : 0;
        } else {
            start = const_slice_component(b, s->a);
            start = start < -length ? -length : start > length ? length : start;
            if (start < 0)
                start += length;
        }
        if (!s->b) {
            stop = step < 0 ? -1 : length;
        } else {
            stop = const_slice_component(b, s->b);
            stop = stop < -length ? -length : stop > length ? length : stop;
            if (stop < 0)
                stop += length;
        }
    }
    out[0] = start;
    out[1] = stop;
    out[2] = step;
}

/* add_builtin_call("slice", (start, stop, step)): each bound a Var or a Python int. */
static IrVal slice_call(Builder *b, const Ev bounds[3]) {
    CallArg args[3];
    for (int i = 0; i < 3; i++) {
        args[i].kw = NULL;
        args[i].ev = bounds[i];
    }
    IrVal outs[8];
    add_builtin_call_ex(b, "slice", args, 3, NULL, 0, 1, outs);
    return outs[0];
}

static Ev ev_raw(Builder *b, int64_t v) {
    IrConst *c = arena_alloc(b->m->arena, sizeof *c);
    *c = const_int(v);
    Ev e = {0};
    e.k = EV_RAW;
    e.raw = c;
    return e;
}

/* emit_Slice: omitted bounds are SLICE_BEGIN / SLICE_END. */
static Ev emit_slice(Builder *b, AstNode *n) {
    Ev bd[3];
    bd[0] = n->a ? ev_var(need_var(b, eval(b, n->a), "slice start")) : ev_raw(b, 2147483647LL);
    bd[1] = n->b ? ev_var(need_var(b, eval(b, n->b), "slice stop")) : ev_raw(b, -2147483648LL);
    bd[2] = n->c ? ev_var(need_var(b, eval(b, n->c), "slice step")) : ev_raw(b, 1);
    return ev_var(slice_call(b, bd));
}

/* resolve_tile_int_index (1.16): negative indices wrap against the axis
 * length, at compile time for constants (out-of-range ones are errors), at
 * run time otherwise (i < 0 ? i + length : i). */
static IrVal tile_int_index(Builder *b, IrVal idx, IrType tt, int dim) {
    IrType it = strip(b, vtype(b, idx));
    const IrTypeInfo *ti = tinfo(b, tt);
    if (tinfo(b, it)->kind == TY_TILE)
        return idx;
    if (!ir_type_is_int(b->m, it))
        FAIL("Tile indices must be integers or slices, got %s.", type_repr(b, it));
    if (dim >= ti->ndim)
        return idx;
    int length = ir_tile_shape(b->m, tt)[dim];
    const IrValue *x = val(b, idx);
    if (!x->is_const) {
        IrConst z = {0};
        z.type = it;
        IrVal zero = add_constant(b, z);
        z.i = length;
        IrVal len = add_constant(b, z);
        IrVal out = add_var(b, ir_type_scalar(b->m, SC_BOOL));
        IrVal l = load(b, idx);
        IrInst *in = emit(b, IR_COMP);
        IrVal a2[2] = {l, zero};
        in->outs = vals_dup(b, &out, 1);
        in->nout = 1;
        in->args = vals_dup(b, a2, 2);
        in->nargs = 2;
        in->ops = arena_alloc(b->m->arena, 2);
        in->ops[0] = IR_CMP_LT;
        IrVal ad[2] = {idx, len};
        IrVal wrapped = builtin1(b, "add", ad, 2);
        IrVal wh[3] = {out, wrapped, idx};
        return builtin1(b, "where", wh, 3);
    }
    int64_t v = x->cval.i, w = v < 0 ? v + length : v;
    if (w < 0 || w >= length)
        FAIL("Tile index %lld is out of bounds for axis %d with size %d.", (long long)v, dim, length);
    if (w == v)
        return idx;
    return add_constant(b, const_int(w));
}

/* eval_indices: slices of vectors and matrices are resolved at compile time;
 * every other index (array slices included) is evaluated as written. */
static void eval_indices(Builder *b, IrVal target, AstNode **nodes, int n, IrVal *out) {
    IrType tt = strip(b, vtype(b, target));
    const IrTypeInfo *ti = tinfo(b, tt);
    int composite = ti->kind == TY_VEC || ti->kind == TY_MAT || ti->kind == TY_QUAT || ti->kind == TY_TRANSFORM;
    if (ti->kind == TY_TILE && b->m->warp_minor >= 16) {
        for (int i = 0; i < n; i++) {
            if (nodes[i]->kind == A_SLICE) {
                /* eval_raw_const_slice: constant bounds, open ends as SLICE_BEGIN / SLICE_END,
                 * normalized against the axis by tile_view */
                AstNode *s = nodes[i];
                int64_t step = s->c ? const_slice_component(b, s->c) : 1;
                if (step == 0)
                    FAIL("Slice step cannot be zero.");
                Ev bd[3];
                bd[0] = ev_raw(b, s->a ? const_slice_component(b, s->a) : 2147483647LL);
                bd[1] = ev_raw(b, s->b ? const_slice_component(b, s->b) : -2147483648LL);
                bd[2] = ev_raw(b, step);
                out[i] = slice_call(b, bd);
                continue;
            }
            out[i] = tile_int_index(b, need_var(b, eval(b, nodes[i]), "index"), tt, i);
        }
        return;
    }
    for (int i = 0; i < n; i++) {
        if (composite && nodes[i]->kind == A_SLICE) {
            int shape[2] = {ti->kind == TY_QUAT ? 4 : ti->kind == TY_TRANSFORM ? 7 : ti->rows, ti->cols};
            int nshape = ti->kind == TY_MAT ? 2 : 1;
            if (i >= nshape)
                FAIL("tuple index out of range");
            int64_t bounds[3];
            const_slice_bounds(b, nodes[i], shape[i], bounds);
            Ev bd[3];
            for (int k = 0; k < 3; k++)
                bd[k] = ev_raw(b, bounds[k]);
            out[i] = slice_call(b, bd);
        } else {
            out[i] = need_var(b, eval(b, nodes[i]), "index");
        }
    }
}

static Ev emit_indexing(Builder *b, IrVal target, IrVal *idx, int nidx) {
    IrType tt = strip(b, vtype(b, target));
    const IrTypeInfo *ti = tinfo(b, tt);
    IrVal argv[8];
    if (nidx > 6)
        FAIL("too many indices");
    argv[0] = target;
    for (int i = 0; i < nidx; i++)
        argv[i + 1] = idx[i];
    if (ti->kind == TY_ARRAY) {
        int all_int = 1;
        for (int i = 0; i < nidx; i++)
            if (!ir_type_is_int(b->m, strip(b, vtype(b, idx[i]))))
                all_int = 0;
        const IrOrigin *o = b->m->warp_minor >= 16 ? origin_for(b, target) : NULL;
        if (nidx == ti->ndim && all_int) {
            IrVal out = builtin1(b, "address", argv, nidx + 1);
            if (o)
                val(b, out)->origin = origin_extend(b, o, 1, NULL, idx, nidx);
            return ev_var(out);
        }
        if (nidx > ti->ndim)
            FAIL("Incorrect number of indices specified for array indexing, got %d indices for a %d dimensional array.",
                 nidx, ti->ndim);
        /* a view: integer indices become slice(i, i, 0) */
        for (int i = 0; i < nidx; i++) {
            if (tinfo(b, strip(b, vtype(b, idx[i])))->kind == TY_SLICE)
                continue;
            Ev bd[3] = {ev_var(idx[i]), ev_var(idx[i]), ev_raw(b, 0)};
            argv[i + 1] = slice_call(b, bd);
        }
        IrVal out = builtin1(b, "view", argv, nidx + 1);
        if (o)
            val(b, out)->origin = origin_extend(b, o, 2, NULL, argv + 1, nidx);
        return ev_var(out);
    }
    if (ti->kind == TY_TILE) {
        int has_slice = 0, has_tile = 0;
        for (int i = 0; i < nidx; i++) {
            has_slice |= tinfo(b, strip(b, vtype(b, idx[i])))->kind == TY_SLICE;
            has_tile |= tinfo(b, strip(b, vtype(b, idx[i])))->kind == TY_TILE;
        }
        if (has_tile && b->m->warp_minor >= 16) {
            /* t[indices, :]: a gather along the index tile's axis */
            CallArg ca[2];
            memset(ca, 0, sizeof ca);
            ca[0].ev = ev_var(target);
            ca[1].ev.k = EV_TUPLE;
            ca[1].ev.vs = vals_dup(b, idx, nidx);
            ca[1].ev.n = nidx;
            ca[1].pyseq = 1;
            IrVal outs[8];
            add_builtin_call_ex(b, "tile_slice_indexed", ca, 2, NULL, 0, 1, outs);
            return ev_var(outs[0]);
        }
        if (has_slice && b->m->warp_minor < 16)
            FAIL("wpc does not support slicing tiles (t[a:b]) with Warp 1.10");
        if (nidx >= ti->ndim && !has_slice)
            return ev_var(builtin1(b, "tile_extract", argv, nidx + 1));
        /* fewer indices than dimensions: a view, the indices as one tuple */
        CallArg ca[2];
        memset(ca, 0, sizeof ca);
        ca[0].ev = ev_var(target);
        ca[1].ev.k = EV_TUPLE;
        ca[1].ev.vs = vals_dup(b, idx, nidx);
        ca[1].ev.n = nidx;
        ca[1].pyseq = 1;
        IrVal outs[8];
        add_builtin_call_ex(b, "tile_view", ca, 2, NULL, 0, 1, outs);
        return ev_var(outs[0]);
    }
    return ev_var(builtin1(b, "extract", argv, nidx + 1));
}

/* Flattens a[i][j] / a[i, j] into target + indices (recurse_subscript), then
 * evaluates the indices for the final target (eval_indices). */
/* Whether an index expression yields a tile, seen without evaluating it
 * (_tile_type_probe, approximated): a local holding a tile, a wp.tile_*
 * call that makes one, an operator or subscript over such. */
static int yields_tile(Builder *b, AstNode *n) {
    switch (n->kind) {
    case A_NAME: {
        Ev *e = syms_get(&b->syms, n->str);
        return e && e->k == EV_VAR && tinfo(b, strip(b, vtype(b, e->v)))->kind == TY_TILE;
    }
    case A_CALL: {
        const char *a = fe_warp_attr(b->fm, n->a);
        if (!a)
            return 0;
        if (!strcmp(a, "tile"))
            return 1;
        if (strncmp(a, "tile_", 5) || !strcmp(a, "tile_extract") || !strncmp(a, "tile_stack", 10) ||
            !strcmp(a, "tile_query_valid") || !strcmp(a, "tile_store") || !strncmp(a, "tile_store_", 11) ||
            !strcmp(a, "tile_assign") || !strcmp(a, "tile_sort") || !strcmp(a, "tile_axpy") ||
            !strncmp(a, "tile_scatter", 12) || !strcmp(a, "tile_fft") || !strcmp(a, "tile_ifft") ||
            strstr(a, "_inplace") || !strcmp(a, "tile_bvh_query_aabb") || !strcmp(a, "tile_bvh_query_ray") ||
            !strcmp(a, "tile_mesh_query_aabb"))
            return 0;
        return 1;
    }
    case A_BINOP: return yields_tile(b, n->a) || yields_tile(b, n->b);
    case A_UNARYOP: return yields_tile(b, n->a);
    case A_SUBSCRIPT: {
        if (!yields_tile(b, n->a))
            return 0;
        AstNode **el = n->b->kind == A_TUPLE ? n->b->l1.items : &n->b;
        int cnt = n->b->kind == A_TUPLE ? n->b->l1.n : 1;
        for (int i = 0; i < cnt; i++)
            if (el[i]->kind == A_SLICE || yields_tile(b, el[i]))
                return 1;
        return 0; /* integer indices: an element (or a row: unknown here) */
    }
    default: return 0;
    }
}

static int tile_group_view(Builder *b, AstNode *group) {
    AstNode **el = group->kind == A_TUPLE ? group->l1.items : &group;
    int cnt = group->kind == A_TUPLE ? group->l1.n : 1;
    for (int i = 0; i < cnt; i++)
        if (el[i]->kind == A_SLICE || yields_tile(b, el[i]))
            return 1;
    return 0;
}

static IrVal eval_subscript(Builder *b, AstNode *n, IrVal *idx, int *nidx) {
    /* collect index groups from outermost to innermost */
    AstNode *groups[16];
    int ng = 0;
    AstNode *cur = n;
    while (cur->kind == A_SUBSCRIPT && ng < 16) {
        groups[ng++] = cur->b;
        cur = cur->a;
    }
    Ev te = eval(b, cur);
    IrVal target = need_var(b, te, "subscript target");
    /* Warp evaluates the target, then (for arrays) consumes ndim indices at
     * each nesting level where more are pending, evaluating them as it goes. */
    int pending_n = 0;
    AstNode *pending[32];
    for (int g = ng - 1; g >= 0; g--) {
        AstNode *s = groups[g];
        if (s->kind == A_TUPLE) {
            for (int i = 0; i < s->l1.n && pending_n < 32; i++)
                pending[pending_n++] = s->l1.items[i];
        } else if (pending_n < 32) {
            pending[pending_n++] = s;
        }
        IrType tt = strip(b, vtype(b, target));
        const IrTypeInfo *ti = tinfo(b, tt);
        if (ti->kind == TY_ARRAY && pending_n > ti->ndim) {
            IrVal iv[8];
            int nd = ti->ndim;
            eval_indices(b, target, pending, nd, iv);
            target = emit_indexing(b, target, iv, nd).v;
            memmove(pending, pending + nd, sizeof(AstNode *) * (pending_n - nd));
            pending_n -= nd;
        }
    }
    /* 1.16: chained tile subscripts a[X][Y]: a group that yields a view (a
     * slice, an index tile) is applied before the next one, as is a partial
     * integer group a later view re-indexes (t[2][idx]); the rest flatten */
    if (tinfo(b, strip(b, vtype(b, target)))->kind == TY_TILE && b->m->warp_minor >= 16 && ng > 1) {
        int g = ng - 1;
        while (g > 0 && tinfo(b, strip(b, vtype(b, target)))->kind == TY_TILE) {
            AstNode *s = groups[g];
            int cnt = s->kind == A_TUPLE ? s->l1.n : 1;
            int view = tile_group_view(b, s), later = 0;
            for (int h = g - 1; h >= 0 && !later; h--)
                later = tile_group_view(b, groups[h]);
            if (!view && !(cnt < tinfo(b, strip(b, vtype(b, target)))->ndim && later))
                break;
            IrVal iv[16];
            eval_indices(b, target, pending, cnt, iv);
            target = emit_indexing(b, target, iv, cnt).v;
            memmove(pending, pending + cnt, sizeof(AstNode *) * (pending_n - cnt));
            pending_n -= cnt;
            g--;
        }
    }
    eval_indices(b, target, pending, pending_n, idx);
    *nidx = pending_n;
    return target;
}

/* wp.adjoint[x] in a custom gradient: the adjoint variable adj_x itself. */
static int is_adjoint_subscript(Builder *b, AstNode *n) {
    return n->kind == A_SUBSCRIPT && n->a->kind == A_ATTR && !strcmp(n->a->str, "adjoint") && fe_is_warp(b->fm, n->a->a);
}

static IrVal adjoint_of(Builder *b, AstNode *n) {
    IrVal v = need_var(b, eval(b, n->b), "wp.adjoint[] operand");
    const IrValue *x = val(b, v);
    IrValue a = {0};
    a.type = x->type;
    a.label = -1;
    a.noprefix = 1;
    a.name = x->label >= 0 ? arena_printf(b->m->arena, "adj_%d", x->label) : arena_printf(b->m->arena, "adj_%s", x->name);
    a.block = -1;
    return ir_val_new(b->m, b->f, a);
}

static void adjoint_assign(Builder *b, AstNode *lhs, IrVal rv) {
    IrVal a = adjoint_of(b, lhs);
    IrInst *in = emit(b, IR_ADJ_ASSIGN);
    IrVal a2[2] = {a, rv};
    in->args = vals_dup(b, a2, 2);
    in->nargs = 2;
}

static Ev emit_subscript(Builder *b, AstNode *n) {
    if (is_adjoint_subscript(b, n))
        return ev_var(adjoint_of(b, n));
    IrVal idx[32];
    int nidx;
    IrVal target = eval_subscript(b, n, idx, &nidx);
    return emit_indexing(b, target, idx, nidx);
}

/* ---- calls ---- */
/* unpack_starred (1.16): `*v`, `*v[1:3]`, `*arr[0:4:2]` as separate
 * arguments, one extract (composites) or address (1-D arrays) per element. */
static int unpack_starred(Builder *b, AstNode *x, CallArg *args, int k) {
    AstNode *value = x->a;
    IrVal target;
    IrType tt;
    const IrTypeInfo *ti;
    int64_t bounds[3];
    if (value->kind == A_SUBSCRIPT && value->b->kind == A_SLICE) {
        AstNode *s = value->b;
        target = need_var(b, eval(b, value->a), "starred expression");
        tt = strip(b, vtype(b, target));
        ti = tinfo(b, tt);
        if (ti->kind == TY_VEC || ti->kind == TY_MAT || ti->kind == TY_QUAT || ti->kind == TY_TRANSFORM) {
            int length = ti->kind == TY_QUAT ? 4 : ti->kind == TY_TRANSFORM ? 7 : ti->rows;
            const_slice_bounds(b, s, length, bounds);
        } else if (ti->kind == TY_ARRAY) {
            if (ti->ndim != 1)
                FAIL("Starred expressions with slices are only supported for 1D arrays, got %dD array.", ti->ndim);
            /* no length: the raw bounds, open ends 0 and None */
            bounds[2] = s->c ? const_slice_component(b, s->c) : 1;
            if (bounds[2] == 0)
                FAIL("Slice step cannot be zero.");
            if (bounds[2] < 0 && (!s->a || !s->b))
                FAIL("Reverse slices require explicit start and stop bounds when the sequence length is not known at "
                     "compile time (e.g. slicing an array).");
            bounds[0] = s->a ? const_slice_component(b, s->a) : 0;
            bounds[1] = s->b ? const_slice_component(b, s->b) : 0;
            if (!s->b)
                FAIL("Starred expression on arrays requires explicit upper bound (e.g., *array[0:3], not *array[0:]).");
            if (bounds[0] < 0 || bounds[1] < 0)
                FAIL("Starred expression slice bounds cannot be negative for arrays.");
            if (bounds[2] < 0)
                FAIL("Starred expression slice step cannot be negative for arrays.");
        } else {
            FAIL("Starred expressions with slices are only supported for arrays, vectors, quaternions, and matrices. "
                 "Got %s.", type_repr(b, tt));
        }
    } else {
        target = need_var(b, eval(b, value), "starred expression");
        tt = strip(b, vtype(b, target));
        ti = tinfo(b, tt);
        if (ti->kind == TY_VEC || ti->kind == TY_MAT || ti->kind == TY_QUAT || ti->kind == TY_TRANSFORM) {
            bounds[0] = 0;
            bounds[1] = ti->kind == TY_QUAT ? 4 : ti->kind == TY_TRANSFORM ? 7 : ti->rows;
            bounds[2] = 1;
        } else if (ti->kind == TY_ARRAY) {
            FAIL("Starred expressions apply to arrays only if they are sliced with bounds known at compile-time.");
        } else {
            FAIL("Starred expressions are only supported for arrays (with slice), vectors, quaternions, and matrices. "
                 "Got %s.", type_repr(b, tt));
        }
    }
    const char *bn = ti->kind == TY_ARRAY ? "address" : "extract";
    int n0 = k;
    for (int64_t i = bounds[0]; bounds[2] > 0 ? i < bounds[1] : i > bounds[1]; i += bounds[2]) {
        if (k >= IR_MAX_CALL_ARGS)
            FAIL("too many arguments");
        IrVal a2[2] = {target, add_constant(b, const_int(i))};
        args[k].kw = NULL;
        args[k].ev = ev_var(builtin1(b, bn, a2, 2));
        k++;
    }
    if (k == n0)
        FAIL("Starred expression results in empty sequence.");
    return k;
}

static void eval_args(Builder *b, AstNode *n, CallArg *args, int *nargs) {
    int k = 0;
    for (int i = 0; i < n->l1.n; i++) {
        AstNode *x = n->l1.items[i];
        if (x->kind == A_STARRED) {
            if (b->m->warp_minor < 16)
                FAIL("Construct `ast.Starred` not supported in kernels.");
            k = unpack_starred(b, x, args, k);
            continue;
        }
        if (k >= IR_MAX_CALL_ARGS)
            FAIL("too many arguments");
        args[k].kw = NULL;
        args[k].ev = eval(b, x);
        if (x->kind == A_TUPLE && b->m->warp_minor >= 16 && args[k].ev.k == EV_VAR) {
            /* resolve_arg: a tuple of literals is also a static expression */
            Buf r = {0};
            int all = x->l1.n > 0;
            buf_puts(&r, "(");
            for (int e = 0; e < x->l1.n && all; e++) {
                AstNode *el = x->l1.items[e];
                if (el->kind == A_UNARYOP && (el->op == OP_USUB || el->op == OP_UADD) && el->a->kind == A_CONST)
                    el = el->a;
                if (el->kind != A_CONST || (el->ck != CK_INT && el->ck != CK_FLOAT && el->ck != CK_BOOL)) {
                    all = 0;
                    break;
                }
                buf_printf(&r, "%s<class '%s'>", e ? ", " : "",
                           el->ck == CK_INT ? "int" : el->ck == CK_FLOAT ? "float" : "bool");
            }
            buf_puts(&r, x->l1.n == 1 ? ",)" : ")");
            buf_put(&r, "", 1);
            if (all)
                args[k].ev.static_tuple = arena_strdup(b->m->arena, r.data);
            buf_free(&r);
        }
        /* resolve_arg: a static expression (wp.pi, a global constant path) gives a second constant */
        if (x->kind == A_ATTR && args[k].ev.k == EV_VAR && val(b, args[k].ev.v)->is_const) {
            AstNode *r = x;
            while (r->kind == A_ATTR)
                r = r->a;
            if (r->kind == A_NAME && !syms_get(&b->syms, r->str))
                args[k].ev = ev_var(add_constant(b, val(b, args[k].ev.v)->cval));
        }
        k++;
    }
    for (int i = 0; i < n->l2.n; i++) {
        AstNode *kw = n->l2.items[i];
        if (!kw->str)
            fail_at(b, kw->loc, "**kwargs arguments are not supported in kernels");
        if (k >= IR_MAX_CALL_ARGS)
            FAIL("too many arguments");
        args[k].kw = kw->str;
        args[k].ev = eval(b, kw->a);
        AstNode *x = kw->a;
        if (x->kind == A_ATTR && args[k].ev.k == EV_VAR && val(b, args[k].ev.v)->is_const) {
            AstNode *r = x;
            while (r->kind == A_ATTR)
                r = r->a;
            if (r->kind == A_NAME && !syms_get(&b->syms, r->str))
                args[k].ev = ev_var(add_constant(b, val(b, args[k].ev.v)->cval));
        }
        k++;
    }
    *nargs = k;
}

static void type_to_targs(Builder *b, IrType t, IrTypeArgs *ta) {
    const IrTypeInfo *ti = tinfo(b, t);
    memset(ta, 0, sizeof *ta);
    ta->has = 1;
    ta->dtype = ti->scalar;
    if (ti->kind == TY_VEC)
        ta->length = ti->rows;
    if (ti->kind == TY_MAT) {
        ta->rows = ti->rows;
        ta->cols = ti->cols;
    }
}

static const char *ctor_key(Builder *b, IrType t) {
    const IrTypeInfo *ti = tinfo(b, t);
    switch (ti->kind) {
    case TY_SCALAR: return ir_scalar_name(ti->scalar);
    case TY_VEC: return ti->rows == 6 && ir_scalar_is_float(ti->scalar) ? "vector" : "vector";
    case TY_MAT: return "matrix";
    case TY_QUAT: return "quaternion";
    case TY_TRANSFORM: return "transformation";
    default: return NULL;
    }
}

static Ev emit_struct_ctor(Builder *b, int sidx, CallArg *args, int nargs);

static Ev emit_call(Builder *b, AstNode *n, int value_used) {
    /* type(x): the type of a value, resolved at compile time
     * (resolve_static_expression), e.g. type(x)(0.0) in generic funcs */
    if (n->a->kind == A_NAME && !strcmp(n->a->str, "type") && !syms_get(&b->syms, "type") &&
        !fe_global(b->fm, "type")) {
        if (n->l1.n != 1 || n->l2.n)
            FAIL("type() operator expects exactly one argument, got %d", n->l1.n);
        Ev x = eval(b, n->l1.items[0]);
        if (x.k != EV_VAR)
            FAIL("Cannot deduce the type of %s", n->l1.items[0]->kind == A_NAME ? n->l1.items[0]->str : "expression");
        IrType t = strip(b, vtype(b, x.v));
        Ev e = {0};
        if (tinfo(b, t)->kind == TY_STRUCT) {
            e.k = EV_STRUCT;
            e.idx = tinfo(b, t)->strct;
        } else {
            e.k = EV_TYPE;
            e.type = t;
        }
        return e;
    }
    Ev fn;
    if (n->a->kind == A_NAME && !syms_get(&b->syms, n->a->str) && !fe_global(b->fm, n->a->str) &&
        !b->fm->warp_star && resolve_warp_attr(b, n->a->str).k == EV_BUILTIN && ir_builtin_exported(n->a->str) &&
        strcmp(n->a->str, "float") && strcmp(n->a->str, "int") && strcmp(n->a->str, "bool")) {
        /* emit_Call: a bare callee name that getattr(warp, name) finds (an
         * exported builtin: expect_eq(a, b) without wp.) calls that builtin */
        memset(&fn, 0, sizeof fn);
        fn.k = EV_BUILTIN;
        fn.name = n->a->str;
    } else {
        b->callee_attr = n->a->kind == A_ATTR;
        fn = eval(b, n->a);
        b->callee_attr = 0;
    }
    const char *key = NULL;
    IrTypeArgs targs = {0};
    if (n->a->kind == A_NAME && !strcmp(n->a->str, "tid") && fn.k == EV_NONE)
        key = "tid";
    switch (fn.k) {
    case EV_BUILTIN: key = fn.name; break;
    case EV_PYTYPE: key = fn.name; break;
    case EV_TYPE: {
        if (tinfo(b, fn.type)->kind == TY_OPAQUE)
            FAIL("wp.%s objects cannot be constructed in kernels", type_repr(b, fn.type) + strlen("warp._src.types."));
        key = ctor_key(b, fn.type);
        /* a builtin named like the type's attribute wins (wp.spatial_vector) */
        const char *attr = n->a->kind == A_ATTR ? n->a->str : n->a->kind == A_NAME ? n->a->str : NULL;
        if (attr && tinfo(b, fn.type)->kind != TY_SCALAR && ir_builtin_exists(attr, b->m->warp_minor))
            key = attr;
        if (tinfo(b, fn.type)->kind != TY_SCALAR)
            type_to_targs(b, fn.type, &targs);
        break;
    }
    case EV_FUNC: break;
    case EV_STRUCT: break;
    case EV_ARRAYCTOR:
        /* wp.array(ptr=..., shape=..., dtype=...): the `array` builtin (caller.__name__) */
        if (fn.idx == 0)
            key = "array";
        else
            FAIL("Could not find function as a built-in or user-defined function. Note that user functions must be "
                 "annotated with a @wp.func decorator to be called from a kernel.");
        break;
    case EV_NONE:
        if (!key && fn.name && ir_warp_library_func_count(fn.name, 16) + ir_warp_library_func_count(fn.name, 10))
            FAIL("wp.%s is not supported (a Warp library function written in Python)", fn.name);
        if (!key)
            FAIL("Could not find function %s as a built-in or user-defined function. Note that user functions must "
                 "be annotated with a @wp.func decorator to be called from a kernel.",
                 n->a->kind == A_ATTR ? arena_printf(b->m->arena, "wp.%s", n->a->str)
                 : n->a->kind == A_NAME ? n->a->str : "?");
        break;
    default:
        FAIL("Could not find function as a built-in or user-defined function. Note that user functions must be "
             "annotated with a @wp.func decorator to be called from a kernel.");
    }
    if (key && !strcmp(key, "tid") && !b->is_kernel)
        FAIL("tid() may only be called from a Warp kernel, not a Warp function. Instead, obtain the indices from a "
             "@wp.kernel and pass them as arguments to the function %s",
             b->f->name);
    if (key && (!strcmp(key, "select")) && b->m->warp_minor >= 16)
        FAIL("wp.select() has been removed. Use wp.where(cond, value_if_true, value_if_false) instead.");
    if (key && !strcmp(key, "static"))
        FAIL("wp.static() of an expression wpc cannot evaluate at compile time (loop variables, Python "
             "objects or functions) is not supported");
    CallArg args[IR_MAX_CALL_ARGS];
    int nargs;
    eval_args(b, n, args, &nargs);
    int min_outputs = (int)(intptr_t)n->c; /* expects, set by tuple assignment */
    b->loc = n->loc; /* errors point at the call */
    IrVal outs[8];
    int nout;
    if (fn.k == EV_FUNC) {
        nout = add_user_call(b, fn.idx, args, nargs, min_outputs, outs);
    } else if (fn.k == EV_STRUCT) {
        return emit_struct_ctor(b, fn.idx, args, nargs);
    } else {
        nout = add_builtin_call_ex(b, key, args, nargs, targs.has ? &targs : NULL, min_outputs, value_used, outs);
    }
    if (nout == 0) {
        Ev e = {0};
        e.k = EV_NONE;
        return e;
    }
    if (nout == 1)
        return ev_var(outs[0]);
    Ev e = {0};
    e.k = EV_TUPLE;
    e.vs = vals_dup(b, outs, nout);
    e.n = nout;
    return e;
}

/* Struct constructors: Params() zero-initialises, Params(a, b=...) takes every
 * field by position or name (Warp's value_constructor, a builtin-like
 * function named after the struct). */
static Ev emit_struct_ctor(Builder *b, int sidx, CallArg *args, int nargs) {
    const IrStruct *st = b->m->structs[sidx];
    IrTypeInfo ti = {0};
    ti.kind = TY_STRUCT;
    ti.strct = sidx;
    IrType t = ir_type_intern(b->m, ti);
    IrVal bound[64];
    int nb = st->nfields;
    if (nargs) {
        int ok = nargs <= nb && nb <= 64;
        for (int i = 0; i < nb && ok; i++)
            bound[i] = -1;
        for (int i = 0; i < nargs && ok; i++) {
            int fi = i;
            if (args[i].kw) {
                fi = -1;
                for (int k = 0; k < nb; k++)
                    if (!strcmp(st->fields[k].name, args[i].kw))
                        fi = k;
            }
            if (fi < 0 || bound[fi] >= 0 || args[i].ev.k != EV_VAR || !user_arg_matches(b, st->fields[fi].type, &args[i].ev))
                ok = 0;
            else
                bound[fi] = args[i].ev.v;
        }
        for (int i = 0; i < nb && ok; i++)
            if (bound[i] < 0)
                ok = 0;
        if (!ok)
            FAIL("Couldn't find function overload for '%s' that matched inputs with types: [%s]", st->native_name,
                 arg_types_str(b, args, nargs));
    }
    IrVal out = add_var(b, t);
    IrVal fwd[64];
    for (int i = 0; nargs && i < nb; i++)
        fwd[i] = load(b, bound[i]);
    IrInst *in = emit(b, IR_CALL);
    in->func = -2 - sidx; /* struct constructor */
    in->outs = vals_dup(b, &out, 1);
    in->nout = 1;
    if (nargs) {
        in->args = vals_dup(b, fwd, nb);
        in->adjargs = vals_dup(b, bound, nb);
        in->nargs = nb;
    }
    return ev_var(out);
}

/* ---- statements ----------------------------------------------------------------- */
static Ev eval(Builder *b, AstNode *n) {
    if (n->kind != A_KEYWORD)
        set_lineno(b, n);
    switch (n->kind) {
    case A_NAME: return emit_name(b, n);
    case A_CONST: {
        IrConst c = {0};
        if (n->cval) /* a resolved wp.static() */
            return ev_var(add_constant(b, *n->cval));
        switch (n->ck) {
        case CK_INT:
            if (n->bigint == 1)
                FAIL("integer literal is too large (more than 64 bits)");
            c.i = n->i;
            c.is_big = n->bigint == 2;
            break;
        case CK_FLOAT: c.is_float = 1; c.f = n->f; break;
        case CK_BOOL: c.is_bool = 1; c.i = n->i; break;
        case CK_STR: {
            IrVal v = add_var(b, ir_type_simple(b->m, TY_STRING));
            val(b, v)->is_const = 1;
            val(b, v)->cstr = n->str;
            val(b, v)->cval.i = (int64_t)n->strlen;
            return ev_var(v);
        }
        default: FAIL("None type unsupported");
        }
        return ev_var(add_constant(b, c));
    }
    case A_ATTR: return emit_attribute(b, n, NULL);
    case A_BINOP: return emit_binop(b, n);
    case A_UNARYOP: return emit_unaryop(b, n);
    case A_COMPARE: return emit_compare(b, n);
    case A_BOOLOP: return emit_boolop(b, n);
    case A_IFEXP: return emit_ifexp(b, n);
    case A_CALL: return emit_call(b, n, 1);
    case A_SUBSCRIPT: return emit_subscript(b, n);
    case A_TUPLE: {
        /* emit_Tuple: a tuple_t value built by the `tuple` builtin */
        CallArg args[IR_MAX_CALL_ARGS];
        if (n->l1.n > IR_MAX_CALL_ARGS)
            FAIL("too many tuple elements");
        for (int i = 0; i < n->l1.n; i++) {
            args[i].kw = NULL;
            args[i].ev = ev_var(need_var(b, eval(b, n->l1.items[i]), "tuple element"));
        }
        IrVal outs[8];
        add_builtin_call_ex(b, "tuple", args, n->l1.n, NULL, 0, 1, outs);
        {
            IrVal el[IR_MAX_CALL_ARGS];
            for (int i = 0; i < n->l1.n; i++)
                el[i] = args[i].ev.v;
            val(b, outs[0])->elems = vals_dup(b, el, n->l1.n);
            val(b, outs[0])->nelems = n->l1.n;
        }
        /* get_arg_value of a tuple Var: the constants of its elements (a
         * shape=(2, 3) argument); kept in cval, the value is not `const` */
        int allconst = n->l1.n > 0;
        for (int i = 0; i < n->l1.n; i++) {
            const IrValue *ev = val(b, args[i].ev.v);
            allconst &= ev->is_const && !ev->cval.n && !ev->cval.is_float;
        }
        if (allconst) {
            double *v = arena_alloc(b->m->arena, sizeof(double) * n->l1.n);
            for (int i = 0; i < n->l1.n; i++)
                v[i] = (double)val(b, args[i].ev.v)->cval.i;
            val(b, outs[0])->cval.n = n->l1.n;
            val(b, outs[0])->cval.v = v;
        }
        return ev_var(outs[0]);
    }
    case A_LIST:
        FAIL("List constructs are not supported in kernels. Use vectors like `wp.vec3()` for small fixed-size "
             "collections, or `wp.zeros(shape=N, dtype=...)` for stack-allocated arrays.");
    case A_SLICE: return emit_slice(b, n);
    case A_OTHEREXPR: FAIL("Construct `ast.%s` not supported in kernels.", n->str ? n->str : "expression");
    default: FAIL("unsupported expression");
    }
}

static void emit_assign(Builder *b, AstNode *n);
static void assign_to(Builder *b, AstNode *lhs, Ev r, AstNode *valnode);
static void emit_augassign(Builder *b, AstNode *n);
static void emit_if(Builder *b, AstNode *n);
static void emit_for(Builder *b, AstNode *n);
static void emit_while(Builder *b, AstNode *n);
static void emit_return(Builder *b, AstNode *n);

static void materialize_redefinitions(Builder *b, Syms *prev) {
    for (int i = 0; i < prev->n; i++) {
        const char *sym = prev->s[i].name;
        Ev v1 = prev->s[i].ev;
        Ev *v2 = syms_get(&b->syms, sym);
        if (!v2 || ev_same(&v1, v2))
            continue;
        int is_const_iter = 0;
        for (int k = 0; k < b->nconst_iter; k++)
            if (!strcmp(b->const_iter[k], sym))
                is_const_iter = 1;
        if (v1.k != EV_VAR || v2->k != EV_VAR)
            continue;
        if (is_const_iter && (b->m->warp_minor < 16 || val(b, v1.v)->is_const))
            continue;
        if (val(b, v1.v)->is_const)
            FAIL("Error mutating a constant %s inside a dynamic loop, use the following syntax: pi = float(3.141) to "
                 "declare a dynamic variable",
                 sym);
        IrVal a2[2] = {v1.v, v2->v};
        builtin1(b, "assign", a2, 2);
        syms_set(b, &b->syms, sym, v1);
    }
}

static void eval_stmt(Builder *b, AstNode *n) {
    set_lineno(b, n);
    switch (n->kind) {
    case A_EXPR:
        if (n->a->kind == A_CALL) {
            set_lineno(b, n->a);
            emit_call(b, n->a, 0);
        } else {
            eval(b, n->a);
        }
        break;
    case A_ASSIGN: emit_assign(b, n); break;
    case A_AUGASSIGN: emit_augassign(b, n); break;
    case A_IF: emit_if(b, n); break;
    case A_FOR: emit_for(b, n); break;
    case A_WHILE: emit_while(b, n); break;
    case A_RETURN: emit_return(b, n); break;
    case A_PASS: break;
    case A_BREAK:
    case A_CONTINUE:
        if (!b->nloop_syms)
            FAIL("'%s' outside loop", n->kind == A_BREAK ? "break" : "continue");
        materialize_redefinitions(b, &b->loop_syms[b->nloop_syms - 1]);
        emit(b, n->kind == A_BREAK ? IR_BREAK : IR_CONTINUE)->a = b->loop_blocks[b->nloop_blocks - 1];
        break;
    case A_ASSERT: {
        IrVal c = load(b, need_var(b, eval(b, n->a), "assert condition"));
        IrInst *in = emit(b, IR_ASSERT);
        in->args = vals_dup(b, &c, 1);
        in->nargs = 1;
        /* source segment of the assert statement, quotes escaped */
        const AstFile *f = b->fm->file;
        Buf s = {0};
        for (int ln = n->loc.line; ln <= n->end.line; ln++) {
            int len;
            const char *t = ast_line(f, ln, &len);
            int from = ln == n->loc.line ? n->loc.col - 1 : 0;
            int to = ln == n->end.line ? n->end.col - 1 : len;
            for (int k = from; k < to; k++) {
                if (t[k] == '"')
                    buf_put(&s, "\\", 1);
                buf_put(&s, t + k, 1);
            }
            if (ln != n->end.line)
                buf_put(&s, "\n", 1);
        }
        buf_put(&s, "", 1);
        in->text = arena_strdup(b->m->arena, s.data);
        buf_free(&s);
        break;
    }
    case A_ANNASSIGN: FAIL("annotated assignments are not supported in kernels");
    case A_FUNCDEF: FAIL("Construct `ast.FunctionDef` not supported in kernels.");
    case A_CLASSDEF: FAIL("Construct `ast.ClassDef` not supported in kernels.");
    case A_IMPORT: case A_IMPORTFROM: FAIL("Construct `ast.Import` not supported in kernels.");
    case A_GLOBAL: FAIL("Construct `ast.Global` not supported in kernels.");
    default: FAIL("Construct `ast.%s` not supported in kernels.", n->str ? n->str : "statement");
    }
}

static void eval_stmts(Builder *b, AstList *l) {
    for (int i = 0; i < l->n; i++)
        eval_stmt(b, l->items[i]);
}

/* Warp's types_equal: arrays compare their dtype (not ndim). */
static int types_equal(Builder *b, IrType a, IrType c) {
    a = strip(b, a);
    c = strip(b, c);
    if (a == c)
        return 1;
    const IrTypeInfo *x = tinfo(b, a), *y = tinfo(b, c);
    /* tiles compare only their dtype (types_equal_generic); 1.10 any two tiles */
    if (x->kind == TY_TILE && y->kind == TY_TILE && b->m->warp_minor < 16)
        return 1;
    return (x->kind == TY_ARRAY || x->kind == TY_TILE) && y->kind == x->kind && x->elem == y->elem;
}

/* The in-place builtin of an augmented assignment on tiles (a += b), or NULL. */
static const char *tile_inplace_op(AstOp op) {
    return op == OP_ADD ? "add_inplace" : op == OP_SUB ? "sub_inplace" : op == OP_BITAND ? "bit_and_inplace"
         : op == OP_BITOR ? "bit_or_inplace" : op == OP_BITXOR ? "bit_xor_inplace" : NULL;
}

static void emit_assign(Builder *b, AstNode *n) {
    if (n->l1.n != 1)
        FAIL("Assigning the same value to multiple variables is not supported");
    AstNode *lhs = n->l1.items[0];
    if (n->b->kind == A_LIST)
        FAIL("List constructs are not supported in kernels. Use vectors like `wp.vec3()` for small fixed-size "
             "collections, or `wp.zeros(shape=N, dtype=...)` for stack-allocated arrays.");
    if (lhs->kind == A_TUPLE) {
        IrVal rhs[32];
        Ev fns[32]; /* 1.16: functions unpacked into locals (f, g = mod.a, wp.sin) */
        int nr = 0;
        memset(fns, 0, sizeof fns);
        if (n->b->kind == A_TUPLE) {
            for (int i = 0; i < n->b->l1.n && i < 32; i++) {
                Ev e = eval(b, n->b->l1.items[i]);
                if (b->m->warp_minor >= 16 && (e.k == EV_FUNC || e.k == EV_BUILTIN)) {
                    fns[nr] = e;
                    rhs[nr++] = -1;
                    continue;
                }
                rhs[nr++] = need_var(b, e, "value");
            }
        } else {
            if (n->b->kind == A_CALL)
                n->b->c = (AstNode *)(intptr_t)lhs->l1.n; /* expects */
            Ev r = eval(b, n->b);
            if (r.k == EV_TUPLE) {
                for (int i = 0; i < r.n; i++)
                    rhs[nr++] = r.vs[i];
            } else if (r.k == EV_VAR && tinfo(b, vtype(b, r.v))->kind == TY_TUPLE) {
                /* unpacking a tuple value: one extract per element */
                int nt = tinfo(b, vtype(b, r.v))->rows;
                if (nt != lhs->l1.n)
                    FAIL("Invalid number of values to unpack (expected %d, got %d).", lhs->l1.n, nt);
                for (int i = 0; i < nt && i < 32; i++) {
                    IrVal a2[2] = {r.v, add_constant(b, const_int(i))};
                    rhs[nr++] = builtin1(b, "extract", a2, 2);
                }
            } else if (r.k == EV_VAR) {
                FAIL("Multiple return functions need to receive all their output values, incorrect number of values "
                     "to unpack (expected 1, got %d)",
                     lhs->l1.n);
            } else {
                FAIL("cannot unpack a non-value");
            }
        }
        if (nr != lhs->l1.n)
            FAIL("Multiple return functions need to receive all their output values, incorrect number of values to "
                 "unpack (expected %d, got %d)",
                 nr, lhs->l1.n);
        for (int i = 0; i < nr; i++) {
            AstNode *t = lhs->l1.items[i];
            if (t->kind != A_NAME)
                FAIL("Multiple return functions can only assign to simple variables, e.g.: x, y = func()");
            if (rhs[i] < 0) {
                syms_set(b, &b->syms, t->str, fns[i]);
                continue;
            }
            Ev *old = syms_get(&b->syms, t->str);
            if (old && old->k == EV_VAR && !types_equal(b, vtype(b, rhs[i]), vtype(b, old->v)))
                FAIL("Error, assigning to existing symbol %s (%s) with different type (%s)", t->str,
                     type_repr(b, vtype(b, old->v)), type_repr(b, vtype(b, rhs[i])));
            syms_set(b, &b->syms, t->str, ev_var(rhs[i]));
        }
        return;
    }
    Ev r = eval(b, n->b);
    assign_to(b, lhs, r, n->b);
}

/* Stores an evaluated right-hand side into a target (the part of
 * emit_Assign after the value is evaluated). valnode is the value's AST node,
 * or NULL for the synthetic `x = x op v` of Warp 1.10's augmented assignment. */
/* _try_lower_array_slot_write (Warp 1.16): `arr[i].y = v`, `arr[i].f = v`,
 * `arr[i][k] = v`, `arr[i][r, c] = v` store one component in place.  The
 * analysis looks only at the AST and types; indices are evaluated after it
 * accepts. Returns 1 when handled. */
static int try_slot_store(Builder *b, AstNode *lhs, IrVal rv) {
    AstNode *chain[32];
    int n = 0;
    AstNode *node = lhs;
    while ((node->kind == A_ATTR || node->kind == A_SUBSCRIPT) && n < 32) {
        chain[n++] = node;
        node = node->a;
    }
    if (node->kind != A_NAME)
        return 0;
    Ev *root = syms_get(&b->syms, node->str);
    if (!root || root->k != EV_VAR)
        return 0;
    IrType rt = strip(b, vtype(b, root->v));
    const IrTypeInfo *ri = tinfo(b, rt);
    if (ri->kind != TY_ARRAY)
        return 0;
    IrScalar es = ir_type_scalar_of(b->m, ri->elem);
    if (tinfo(b, ri->elem)->kind == TY_SCALAR &&
        (es == SC_INT8 || es == SC_UINT8 || es == SC_INT16 || es == SC_UINT16 || es == SC_BOOL))
        return 0;
    /* chain from the root outwards */
    for (int i = 0; i < n / 2; i++) {
        AstNode *t = chain[i];
        chain[i] = chain[n - 1 - i];
        chain[n - 1 - i] = t;
    }
    int needed = ri->ndim, consumed = 0;
    AstNode *idx_ast[8];
    int nidx = 0;
    for (int k = 0; k < n; k++) {
        AstNode *st = chain[k];
        if (st->kind != A_SUBSCRIPT || needed == 0)
            break;
        int ne = st->b->kind == A_TUPLE ? st->b->l1.n : 1;
        if (ne > needed)
            return 0;
        for (int e = 0; e < ne && nidx < 8; e++)
            idx_ast[nidx++] = st->b->kind == A_TUPLE ? st->b->l1.items[e] : st->b;
        needed -= ne;
        consumed++;
    }
    if (needed != 0 || consumed == n)
        return 0;
    /* the access path: text pieces and index expressions */
    Buf path = {0};
    AstNode *part_ast[16];
    int nparts = 0;
    IrType cur = ri->elem;
    for (int k = consumed; k < n; k++) {
        AstNode *st = chain[k];
        const IrTypeInfo *ci = tinfo(b, cur);
        if (st->kind == A_ATTR) {
            if (ci->kind == TY_VEC) {
                const char *sw = "xyzw";
                int dim = ci->rows < 4 ? ci->rows : 4;
                const char *hit = strlen(st->str) == 1 ? memchr(sw, st->str[0], (size_t)dim) : NULL;
                if (!hit)
                    goto decline;
                buf_printf(&path, ".c[%d]", (int)(hit - sw));
                cur = ir_type_scalar(b->m, ci->scalar);
            } else if (ci->kind == TY_QUAT) {
                if (strlen(st->str) != 1 || !strchr("xyzw", st->str[0]))
                    goto decline;
                buf_printf(&path, ".%s", st->str);
                cur = ir_type_scalar(b->m, ci->scalar);
            } else if (ci->kind == TY_TRANSFORM) {
                if (!strcmp(st->str, "p"))
                    cur = ir_type_vec(b->m, 3, ci->scalar);
                else if (!strcmp(st->str, "q"))
                    cur = ir_type_quat(b->m, ci->scalar);
                else
                    goto decline;
                buf_printf(&path, ".%s", st->str);
            } else if (ci->kind == TY_STRUCT) {
                const IrStruct *sd = b->m->structs[ci->strct];
                IrType ft = 0;
                for (int f = 0; f < sd->nfields; f++)
                    if (!strcmp(sd->fields[f].name, st->str))
                        ft = sd->fields[f].type;
                if (!ft || tinfo(b, ft)->kind == TY_ARRAY)
                    goto decline;
                buf_printf(&path, ".%s", st->str);
                cur = ft;
            } else {
                goto decline;
            }
        } else {
            if (ci->kind == TY_MAT) {
                if (st->b->kind != A_TUPLE || st->b->l1.n != 2 || nparts + 2 > 16)
                    goto decline;
                buf_printf(&path, ".data[$%d][$%d]", nparts, nparts + 1);
                part_ast[nparts++] = st->b->l1.items[0];
                part_ast[nparts++] = st->b->l1.items[1];
                cur = ir_type_scalar(b->m, ci->scalar);
            } else if (ci->kind == TY_VEC || ci->kind == TY_QUAT || ci->kind == TY_TRANSFORM) {
                if (st->b->kind == A_TUPLE || st->b->kind == A_SLICE || nparts + 1 > 16)
                    goto decline;
                buf_printf(&path, "[$%d]", nparts);
                part_ast[nparts++] = st->b;
                cur = ir_type_scalar(b->m, ci->scalar);
            } else {
                goto decline;
            }
        }
    }
    if (strip(b, vtype(b, rv)) != cur)
        goto decline;
    if (is_ref(b, vtype(b, rv)))
        rv = builtin1(b, "copy", &rv, 1);
    IrVal args[32];
    int na = 0;
    args[na++] = root->v;
    for (int i = 0; i < nidx; i++)
        args[na++] = need_var(b, eval(b, idx_ast[i]), "index");
    args[na++] = rv;
    for (int i = 0; i < nparts; i++)
        args[na++] = need_var(b, eval(b, part_ast[i]), "index");
    /* renumber $k placeholders to argument positions */
    buf_put(&path, "", 1);
    Buf t = {0};
    for (const char *c = path.data; *c; c++) {
        if (*c == '$') {
            int k = (int)strtol(c + 1, (char **)&c, 10);
            c--;
            buf_printf(&t, "$%d", 2 + nidx + k);
        } else {
            buf_put(&t, c, 1);
        }
    }
    buf_put(&t, "", 1);
    IrInst *in = emit(b, IR_SLOT_STORE);
    in->args = vals_dup(b, args, na);
    in->nargs = na;
    in->a = nidx;
    in->text = arena_strdup(b->m->arena, t.data);
    buf_free(&t);
    buf_free(&path);
    return 1;
decline:
    buf_free(&path);
    return 0;
}

/* _resolve_struct_member_lvalue (1.16): `s.inner` of a local struct is the
 * member `var_s.inner` itself, so stores into it reach the struct. */
static IrVal struct_member(Builder *b, AstNode *node) {
    if (node->kind != A_ATTR)
        return -1;
    IrVal base;
    if (node->a->kind == A_NAME) {
        Ev e = eval(b, node->a);
        if (e.k != EV_VAR)
            return -1;
        base = e.v;
    } else {
        base = struct_member(b, node->a);
        if (base < 0)
            return -1;
    }
    IrType bt = vtype(b, base);
    if (tinfo(b, bt)->kind != TY_STRUCT)
        return -1;
    const IrStruct *st = b->m->structs[tinfo(b, bt)->strct];
    IrType ft = 0;
    for (int i = 0; i < st->nfields; i++)
        if (!strcmp(st->fields[i].name, node->str))
            ft = st->fields[i].type;
    if (!ft)
        return -1;
    const IrValue *bv = val(b, base);
    IrValue mv = {0};
    mv.type = ft;
    mv.label = -1;
    mv.name = bv->label >= 0 ? arena_printf(b->m->arena, "%d.%s", bv->label, node->str)
                             : arena_printf(b->m->arena, "%s.%s", bv->name, node->str);
    mv.block = -1;
    return ir_val_new(b->m, b->f, mv);
}

/* resolve_attribute_store_aggregate */
static Ev store_aggregate(Builder *b, AstNode *node) {
    if (b->m->warp_minor >= 16) {
        IrVal mem = struct_member(b, node);
        if (mem >= 0 && tinfo(b, vtype(b, mem))->kind == TY_STRUCT)
            return ev_var(mem);
    }
    return eval(b, node);
}

/* Store rv into the attribute lhs of the evaluated aggregate av (agg): a
 * vector/quaternion component, a transform's p or q, a struct field
 * (Adjoint._store_attribute, shared by emit_Assign and emit_AugAssign). */
static void store_attribute(Builder *b, AstNode *lhs, Ev agg, IrVal av, IrVal rv) {
    IrType at = strip(b, vtype(b, av));
    const IrTypeInfo *ti = tinfo(b, at);
    if (ti->kind == TY_VEC || ti->kind == TY_QUAT) {
        int idx = vector_index(b, lhs->str, at);
        IrVal iv = add_constant(b, const_int(idx));
        if (is_ref(b, vtype(b, av))) {
            IrVal a2[2] = {av, iv};
            IrVal ref = builtin1(b, "indexref", a2, 2);
            IrVal st[2] = {ref, rv};
            builtin1(b, "store", st, 2);
        } else {
            IrVal a3[3] = {av, iv, rv};
            builtin1(b, "assign_inplace", a3, 3);
        }
        return;
    }
    if (ti->kind == TY_TRANSFORM) {
        if (is_ref(b, vtype(b, av)))
            FAIL("Error, assigning transform attribute %s to an array element", lhs->str);
        IrVal a2[2] = {av, rv};
        if (!strcmp(lhs->str, "p"))
            builtin1(b, "transform_set_translation", a2, 2);
        else if (!strcmp(lhs->str, "q"))
            builtin1(b, "transform_set_rotation", a2, 2);
        else
            FAIL("Attribute for transformation must be either 'p' or 'q', got %s", lhs->str);
        return;
    }
    if (ti->kind == TY_STRUCT && !is_ref(b, vtype(b, av)) && b->m->warp_minor >= 16) {
        const IrStruct *st = b->m->structs[ti->strct];
        IrType ft = 0;
        for (int i = 0; i < st->nfields; i++)
            if (!strcmp(st->fields[i].name, lhs->str))
                ft = st->fields[i].type;
        if (!ft)
            FAIL("Error, `%s` is not an attribute of '%s' (%s)", lhs->str,
                 lhs->a->kind == A_NAME ? lhs->a->str : "expression", type_repr(b, at));
        if (is_ref(b, vtype(b, rv)))
            rv = builtin1(b, "copy", &rv, 1);
        if (!types_equal(b, vtype(b, rv), ft))
            FAIL("Error, assigning to struct field `%s` (%s) with different type (%s)", lhs->str,
                 type_repr(b, ft), type_repr(b, vtype(b, rv)));
        IrInst *in = emit(b, IR_ATTR_STORE);
        IrVal a2[2] = {av, rv};
        in->args = vals_dup(b, a2, 2);
        in->nargs = 2;
        in->text = lhs->str;
        return;
    }
    Ev attr = b->m->warp_minor >= 16 ? emit_attribute(b, lhs, &agg) : emit_attribute(b, lhs, NULL);
    IrVal a2[2] = {attr.v, rv};
    builtin1(b, is_ref(b, vtype(b, attr.v)) ? "store" : "assign", a2, 2);
}

static void assign_to(Builder *b, AstNode *lhs, Ev r, AstNode *valnode) {
    if (is_adjoint_subscript(b, lhs)) {
        adjoint_assign(b, lhs, need_var(b, r, "assigned value"));
        return;
    }
    if ((lhs->kind == A_SUBSCRIPT || lhs->kind == A_ATTR) && b->m->warp_minor >= 16 && r.k == EV_VAR && valnode &&
        try_slot_store(b, lhs, r.v))
        return;
    if (lhs->kind == A_SUBSCRIPT) {
        IrVal rv = need_var(b, r, "assigned value");
        IrVal idx[32];
        int nidx;
        IrVal target = eval_subscript(b, lhs, idx, &nidx);
        IrType tt = strip(b, vtype(b, target));
        const IrTypeInfo *ti = tinfo(b, tt);
        IrVal argv[8];
        argv[0] = target;
        for (int i = 0; i < nidx && i < 6; i++)
            argv[i + 1] = idx[i];
        argv[nidx + 1] = rv;
        if (ti->kind == TY_ARRAY) {
            if (nidx > 4)
                FAIL("The number of indices provided (%d) does not match the array dimensions (%d) for array store",
                     nidx, ti->ndim);
            builtin1(b, "array_store", argv, nidx + 2); /* Warp's own message for too few indices */
        } else if (ti->kind == TY_VEC || ti->kind == TY_QUAT || ti->kind == TY_MAT || ti->kind == TY_TRANSFORM) {
            if (is_ref(b, vtype(b, target))) {
                IrVal ref = builtin1(b, "indexref", argv, nidx + 1);
                IrVal st[2] = {ref, rv};
                builtin1(b, "store", st, 2);
            } else {
                builtin1(b, "assign_inplace", argv, nidx + 2);
            }
        } else if (ti->kind == TY_TILE) {
            int has_slice = 0, has_tile = 0;
            for (int i = 0; i < nidx; i++) {
                const IrTypeInfo *it = tinfo(b, strip(b, vtype(b, idx[i])));
                has_slice |= it->kind == TY_SLICE;
                has_tile |= it->kind == TY_TILE;
            }
            if (b->m->warp_minor >= 16 && has_tile)
                FAIL("Advanced-index assignment on tiles (e.g. `t[indices, :] = src`) is not supported. Use slice "
                     "assignment (`t[a:b, :] = src`) or construct the tile explicitly.");
            if (b->m->warp_minor >= 16 && (has_slice || nidx < ti->ndim)) {
                /* a view of the destination, assigned in place */
                IrType rt = strip(b, vtype(b, rv));
                if (tinfo(b, rt)->kind != TY_TILE)
                    FAIL("Tile view assignment requires a tile of matching shape on the right-hand side (e.g. "
                         "`t[a:b, :] = src` or `t[0] = row`), but got a value of type %s.", type_repr(b, rt));
                CallArg ca[2];
                memset(ca, 0, sizeof ca);
                ca[0].ev = ev_var(target);
                ca[1].ev.k = EV_TUPLE;
                ca[1].ev.vs = vals_dup(b, idx, nidx);
                ca[1].ev.n = nidx;
                ca[1].pyseq = 1;
                IrVal view;
                add_builtin_call_ex(b, "tile_view", ca, 2, NULL, 0, 1, &view);
                IrType vt = strip(b, vtype(b, view));
                int same = tinfo(b, vt)->ndim == tinfo(b, rt)->ndim;
                for (int k = 0; same && k < tinfo(b, vt)->ndim; k++)
                    same = ir_tile_shape(b->m, vt)[k] == ir_tile_shape(b->m, rt)[k];
                if (!same) {
                    Buf s1 = {0}, s2 = {0};
                    for (int k = 0; k < tinfo(b, vt)->ndim; k++)
                        buf_printf(&s1, k ? ", %d" : "%d", ir_tile_shape(b->m, vt)[k]);
                    for (int k = 0; k < tinfo(b, rt)->ndim; k++)
                        buf_printf(&s2, k ? ", %d" : "%d", ir_tile_shape(b->m, rt)[k]);
                    FAIL("Tile view assignment shape mismatch: destination view has shape (%s%s) but source has shape "
                         "(%s%s).", s1.data, tinfo(b, vt)->ndim == 1 ? "," : "", s2.data,
                         tinfo(b, rt)->ndim == 1 ? "," : "");
                }
                IrVal a2[2] = {view, rv};
                builtin1(b, "tile_assign", a2, 2);
            } else {
                builtin1(b, "assign", argv, nidx + 2);
            }
        } else {
            FAIL("Can only subscript assign array, vector, quaternion, transformation, and matrix types, got %s",
                 type_repr(b, tt));
        }
        return;
    }
    if (lhs->kind == A_NAME && b->m->warp_minor >= 16) {
        /* 1.16: a local bound to a function (f = my_func, g = wp.sin) names that function */
        Ev *old = syms_get(&b->syms, lhs->str);
        int old_fn = old && (old->k == EV_FUNC || old->k == EV_BUILTIN);
        if (r.k == EV_FUNC || r.k == EV_BUILTIN) {
            if (old_fn && (old->k != r.k || (r.k == EV_FUNC ? old->idx != r.idx : strcmp(old->name, r.name))))
                FAIL("Error, rebinding function-valued local '%s' to a different function is not supported. Warp "
                     "does not have function pointers, so a local bound to a function must refer to the same function "
                     "throughout the kernel.",
                     lhs->str);
            syms_set(b, &b->syms, lhs->str, r);
            return;
        }
        if (old_fn)
            FAIL("Error, rebinding function-valued local '%s' to a non-function value is not supported. Warp does "
                 "not have function pointers, so a local bound to a function must refer to a function throughout the "
                 "kernel.",
                 lhs->str);
    }
    if (lhs->kind == A_NAME &&
        (r.k == EV_FUNC || r.k == EV_BUILTIN ||
         (r.k == EV_NONE && valnode && valnode->kind == A_NAME && syms_get(&b->syms, valnode->str)))) {
        /* 1.10 copies a function named by a Name into the local (calling it then finds no
         * function); wp.func-style attributes fail on the Function's missing `type` */
        if (!valnode || valnode->kind != A_NAME)
            FAIL("'Function' object has no attribute 'type'");
        Ev e = {0};
        e.k = EV_NONE;
        e.name = lhs->str;
        syms_set(b, &b->syms, lhs->str, e);
        return;
    }
    if (lhs->kind == A_NAME && r.k == EV_TUPLE) {
        /* the results of a multi-value call bound to one name: a tuple value */
        Ev *old = syms_get(&b->syms, lhs->str);
        if (old && old->k == EV_VAR)
            FAIL("'list' object has no attribute 'type'");
        CallArg args[IR_MAX_CALL_ARGS];
        for (int i = 0; i < r.n && i < IR_MAX_CALL_ARGS; i++) {
            args[i].kw = NULL;
            args[i].ev = ev_var(r.vs[i]);
        }
        IrVal outs[8];
        add_builtin_call_ex(b, "tuple", args, r.n, NULL, 0, 1, outs);
        syms_set(b, &b->syms, lhs->str, ev_var(outs[0]));
        return;
    }
    if (lhs->kind == A_NAME) {
        if (r.k != EV_VAR)
            FAIL("cannot assign this value to '%s'", lhs->str);
        Ev *old = syms_get(&b->syms, lhs->str);
        if (old && old->k == EV_VAR && !types_equal(b, vtype(b, r.v), vtype(b, old->v)))
            FAIL("Error, assigning to existing symbol %s (%s) with different type (%s)", lhs->str,
                 type_repr(b, vtype(b, old->v)), type_repr(b, vtype(b, r.v)));
        IrVal out = r.v;
        if ((valnode && valnode->kind == A_NAME) || is_ref(b, vtype(b, r.v)))
            out = builtin1(b, "copy", &r.v, 1);
        if (tinfo(b, vtype(b, out))->kind == TY_ARRAY)
            val(b, out)->origin = val(b, r.v)->origin;
        syms_set(b, &b->syms, lhs->str, ev_var(out));
        return;
    }
    if (lhs->kind == A_ATTR) {
        IrVal rv = need_var(b, r, "assigned value");
        Ev agg = store_aggregate(b, lhs->a);
        IrVal av = need_var(b, agg, "attribute target");
        store_attribute(b, lhs, agg, av, rv);
        return;
    }
    FAIL("Error, unsupported assignment statement.");
}

/* Warp 1.10 rewrites `t op= v` as `t = t op v` and evaluates it again,
 * after having evaluated v once already (its result unused). */
static void augassign_rewrite(Builder *b, AstNode *n, const char *opname) {
    IrVal l = need_var(b, eval(b, n->a), "left operand");
    IrVal r = need_var(b, eval(b, n->b), "right operand");
    assign_to(b, n->a, binop_call(b, opname, l, r), NULL);
}

static void emit_augassign_110(Builder *b, AstNode *n, const char *opname) {
    AstNode *lhs = n->a;
    IrVal rhs = need_var(b, eval(b, n->b), "value");
    if (lhs->kind != A_SUBSCRIPT || is_adjoint_subscript(b, lhs)) {
        if (lhs->kind == A_NAME) {
            Ev t = eval(b, lhs);
            const char *inpl = tile_inplace_op(n->op);
            if (t.k == EV_VAR && inpl && tinfo(b, vtype(b, t.v))->kind == TY_TILE &&
                tinfo(b, vtype(b, rhs))->kind == TY_TILE) {
                IrVal a2[2] = {t.v, rhs};
                builtin1(b, inpl, a2, 2);
                return;
            }
        }
        augassign_rewrite(b, n, opname);
        return;
    }
    IrVal idx[32];
    int nidx;
    IrVal target = eval_subscript(b, lhs, idx, &nidx);
    const IrTypeInfo *ti = tinfo(b, strip(b, vtype(b, target)));
    IrVal argv[8];
    argv[0] = target;
    for (int i = 0; i < nidx && i < 6; i++)
        argv[i + 1] = idx[i];
    argv[nidx + 1] = rhs;
    if (ti->kind == TY_ARRAY) {
        IrScalar es = ir_type_scalar_of(b->m, ti->elem);
        /* 1.10's warp.types.non_atomic_types also has int64 */
        int non_atomic = es == SC_INT8 || es == SC_UINT8 || es == SC_INT16 || es == SC_UINT16 || es == SC_BOOL ||
                         es == SC_INT64;
        const char *atomic = n->op == OP_ADD ? "atomic_add" : n->op == OP_SUB ? "atomic_sub"
                           : n->op == OP_BITAND ? "atomic_and" : n->op == OP_BITOR ? "atomic_or"
                           : n->op == OP_BITXOR ? "atomic_xor" : NULL;
        if (non_atomic || !atomic) {
            augassign_rewrite(b, n, opname);
            return;
        }
        builtin1(b, atomic, argv, nidx + 2);
        return;
    }
    if (ti->kind == TY_VEC || ti->kind == TY_QUAT || ti->kind == TY_MAT || ti->kind == TY_TRANSFORM) {
        const char *inpl = n->op == OP_ADD ? "add_inplace" : n->op == OP_SUB ? "sub_inplace"
                         : n->op == OP_BITAND ? "bit_and_inplace" : n->op == OP_BITOR ? "bit_or_inplace"
                         : n->op == OP_BITXOR ? "bit_xor_inplace" : NULL;
        if (!inpl) {
            augassign_rewrite(b, n, opname);
            return;
        }
        builtin1(b, inpl, argv, nidx + 2);
        return;
    }
    if (ti->kind == TY_TILE && tile_inplace_op(n->op)) {
        builtin1(b, arena_printf(b->m->arena, "tile_%s", tile_inplace_op(n->op)), argv, nidx + 2);
        return;
    }
    if (ti->kind == TY_TILE) {
        augassign_rewrite(b, n, opname);
        return;
    }
    FAIL("Can only subscript in-place assign array, vector, quaternion, and matrix types");
}

static void emit_augassign(Builder *b, AstNode *n) {
    AstNode *lhs = n->a;
    const char *opname = binop_builtin(n->op);
    if (!opname)
        FAIL("Operator %s is not supported", ast_op_name(n->op));
    if (b->m->warp_minor < 16) {
        emit_augassign_110(b, n, opname);
        return;
    }
    if (lhs->kind == A_NAME) {
        IrVal rhs = need_var(b, eval(b, n->b), "value");
        IrVal target = need_var(b, eval(b, lhs), "target");
        /* in-place tile ops mutate the target: no new symbol */
        if (tinfo(b, vtype(b, target))->kind == TY_TILE && tinfo(b, vtype(b, rhs))->kind == TY_TILE &&
            tile_inplace_op(n->op)) {
            IrVal a2[2] = {target, rhs};
            builtin1(b, tile_inplace_op(n->op), a2, 2);
            return;
        }
        Ev res = binop_call(b, opname, target, rhs);
        Ev *old = syms_get(&b->syms, lhs->str);
        if (old && old->k == EV_VAR && !types_equal(b, vtype(b, res.v), vtype(b, old->v)))
            FAIL("Error, augmented assignment to `%s` (%s) produces different type (%s)", lhs->str,
                 type_repr(b, vtype(b, old->v)), type_repr(b, vtype(b, res.v)));
        syms_set(b, &b->syms, lhs->str, res);
        return;
    }
    IrVal rhs = need_var(b, eval(b, n->b), "value");
    if (is_adjoint_subscript(b, lhs)) {
        IrVal cur = need_var(b, eval(b, lhs), "wp.adjoint[]");
        Ev res = binop_call(b, opname, cur, rhs);
        adjoint_assign(b, lhs, res.v);
        return;
    }
    if (lhs->kind == A_SUBSCRIPT) {
        IrVal idx[32];
        int nidx;
        IrVal target = eval_subscript(b, lhs, idx, &nidx);
        IrType tt = strip(b, vtype(b, target));
        const IrTypeInfo *ti = tinfo(b, tt);
        IrVal argv[8];
        argv[0] = target;
        for (int i = 0; i < nidx && i < 6; i++)
            argv[i + 1] = idx[i];
        argv[nidx + 1] = rhs;
        if (ti->kind == TY_ARRAY) {
            IrScalar es = ir_type_scalar_of(b->m, ti->elem);
            int non_atomic = es == SC_INT8 || es == SC_UINT8 || es == SC_INT16 || es == SC_UINT16 || es == SC_BOOL;
            const char *atomic = n->op == OP_ADD ? "atomic_add" : n->op == OP_SUB ? "atomic_sub"
                               : n->op == OP_BITAND ? "atomic_and" : n->op == OP_BITOR ? "atomic_or"
                               : n->op == OP_BITXOR ? "atomic_xor" : NULL;
            if (!non_atomic && atomic) {
                CallArg ca[8];
                for (int i = 0; i < nidx + 2; i++) {
                    ca[i].kw = NULL;
                    ca[i].ev = ev_var(argv[i]);
                }
                IrVal outs[8];
                add_builtin_call_ex(b, atomic, ca, nidx + 2, NULL, 0, 0, outs);
                return;
            }
            /* load, op, store */
            IrVal cur = builtin1(b, "address", argv, nidx + 1);
            Ev res = binop_call(b, opname, cur, rhs);
            argv[nidx + 1] = res.v;
            builtin1(b, "array_store", argv, nidx + 2);
            return;
        }
        if (ti->kind == TY_TILE) {
            if (nidx < ti->ndim)
                FAIL("Compound assignment to a tile view (e.g. `t[a:b, :] += x` or `t[i] += x`) is not supported. "
                     "Read the view, update it, and assign it back explicitly.");
            const char *inpl = tile_inplace_op(n->op);
            if (inpl) {
                builtin1(b, arena_printf(b->m->arena, "tile_%s", inpl), argv, nidx + 2);
                return;
            }
            IrVal cur = builtin1(b, "tile_extract", argv, nidx + 1);
            Ev res = binop_call(b, opname, cur, rhs);
            argv[nidx + 1] = res.v;
            builtin1(b, "assign", argv, nidx + 2);
            return;
        }
        if (ti->kind == TY_VEC || ti->kind == TY_QUAT || ti->kind == TY_MAT || ti->kind == TY_TRANSFORM) {
            if (is_ref(b, vtype(b, target))) {
                IrVal ref = builtin1(b, "indexref", argv, nidx + 1);
                IrVal cur = load(b, ref);
                Ev res = binop_call(b, opname, cur, rhs);
                IrVal ref2 = builtin1(b, "indexref", argv, nidx + 1);
                IrVal st[2] = {ref2, res.v};
                builtin1(b, "store", st, 2);
                return;
            }
            const char *inpl = n->op == OP_ADD ? "add_inplace" : n->op == OP_SUB ? "sub_inplace"
                             : n->op == OP_BITAND ? "bit_and_inplace" : n->op == OP_BITOR ? "bit_or_inplace"
                             : n->op == OP_BITXOR ? "bit_xor_inplace" : NULL;
            if (inpl) {
                builtin1(b, inpl, argv, nidx + 2);
                return;
            }
            IrVal cur = builtin1(b, "extract", argv, nidx + 1);
            Ev res = binop_call(b, opname, cur, rhs);
            argv[nidx + 1] = res.v;
            builtin1(b, "assign_inplace", argv, nidx + 2);
            return;
        }
        FAIL("Can only subscript in-place assign array, vector, quaternion, and matrix types");
    }
    if (lhs->kind == A_ATTR) {
        Ev agg = store_aggregate(b, lhs->a);
        IrVal av = need_var(b, agg, "attribute target");
        Ev cur = emit_attribute(b, lhs, &agg);
        Ev res = binop_call(b, opname, cur.v, rhs);
        store_attribute(b, lhs, agg, av, res.v);
        return;
    }
    FAIL("Error, unsupported target for augmented assignment.");
}

static void emit_if(Builder *b, AstNode *n) {
    if (n->l1.n == 0)
        return;
    IrVal cond = need_var(b, eval(b, n->a), "condition");
    IrValue *cv = val(b, cond);
    if (cv->is_const) {
        int truth = cv->cval.n ? 1 : cv->cval.is_float ? cv->cval.f != 0 : cv->cval.i != 0;
        eval_stmts(b, truth ? &n->l1 : &n->l2);
        return;
    }
    if (b->m->warp_minor < 16) {
        /* 1.10: merge names that existed before the if, after each branch */
        Syms prev = syms_copy(b, &b->syms);
        begin_if(b, cond, IR_IF_BEGIN);
        eval_stmts(b, &n->l1);
        end_if(b, cond, IR_IF_END);
        for (int i = 0; i < prev.n; i++) {
            Ev *now = syms_get(&b->syms, prev.s[i].name);
            if (now && !ev_same(now, &prev.s[i].ev) && now->k == EV_VAR && prev.s[i].ev.k == EV_VAR) {
                IrVal a3[3] = {cond, now->v, prev.s[i].ev.v};
                syms_set(b, &b->syms, prev.s[i].name, ev_var(builtin1(b, "where", a3, 3)));
            }
        }
        prev = syms_copy(b, &b->syms);
        if (n->l2.n) {
            begin_if(b, cond, IR_ELSE_BEGIN);
            eval_stmts(b, &n->l2);
            end_if(b, cond, IR_ELSE_END);
        }
        for (int i = 0; i < prev.n; i++) {
            Ev *now = syms_get(&b->syms, prev.s[i].name);
            if (now && !ev_same(now, &prev.s[i].ev) && now->k == EV_VAR && prev.s[i].ev.k == EV_VAR) {
                IrVal a3[3] = {cond, prev.s[i].ev.v, now->v};
                syms_set(b, &b->syms, prev.s[i].name, ev_var(builtin1(b, "where", a3, 3)));
            }
        }
        return;
    }
    Syms prev = syms_copy(b, &b->syms);
    begin_if(b, cond, IR_IF_BEGIN);
    eval_stmts(b, &n->l1);
    end_if(b, cond, IR_IF_END);
    Syms sif = b->syms;
    b->syms = syms_copy(b, &prev);
    if (n->l2.n) {
        begin_if(b, cond, IR_ELSE_BEGIN);
        eval_stmts(b, &n->l2);
        end_if(b, cond, IR_ELSE_END);
    }
    Syms selse = b->syms;
    Syms merged = syms_copy(b, &prev);
    /* keys of both branches, in order, without duplicates */
    const char *keys[1024];
    int nk = 0;
    for (int pass = 0; pass < 2; pass++) {
        Syms *s = pass ? &selse : &sif;
        for (int i = 0; i < s->n; i++) {
            int dup = 0;
            for (int k = 0; k < nk; k++)
                if (!strcmp(keys[k], s->s[i].name))
                    dup = 1;
            if (!dup && nk < 1024)
                keys[nk++] = s->s[i].name;
        }
    }
    b->syms = merged;
    for (int k = 0; k < nk; k++) {
        Ev *pv = syms_get(&prev, keys[k]);
        Ev *iv = syms_get(&sif, keys[k]);
        Ev *ev = syms_get(&selse, keys[k]);
        if (!iv) iv = pv;
        if (!ev) ev = pv;
        if (iv && ev && ev_same(iv, ev)) {
            syms_set(b, &b->syms, keys[k], *iv);
        } else if (!iv) {
            syms_set(b, &b->syms, keys[k], *ev);
        } else if (!ev) {
            syms_set(b, &b->syms, keys[k], *iv);
        } else {
            if (iv->k != EV_VAR || ev->k != EV_VAR)
                FAIL("cannot merge non-value '%s' across branches", keys[k]);
            IrVal a3[3] = {cond, iv->v, ev->v};
            syms_set(b, &b->syms, keys[k], ev_var(builtin1(b, "where", a3, 3)));
        }
    }
}

static int begin_block(Builder *b) {
    int id = ++b->block_counter;
    b->blocks[b->nblocks++] = id;
    return id;
}

static void end_block(Builder *b) { b->nblocks--; }

static int contains_break(AstList *l) {
    for (int i = 0; i < l->n; i++) {
        AstNode *s = l->items[i];
        if (s->kind == A_BREAK || s->kind == A_CONTINUE)
            return 1;
        if (s->kind == A_IF && (contains_break(&s->l1) || contains_break(&s->l2)))
            return 1;
    }
    return 0;
}

static int is_const_iter(Builder *b, const char *s) {
    for (int i = 0; i < b->nconst_iter; i++)
        if (!strcmp(b->const_iter[i], s))
            return 1;
    return 0;
}

static void collect_stores(AstNode *n, const char **out, int *nout) {
    if (!n)
        return;
    if (n->kind == A_NAME) {
        /* stores are assignment targets: the caller passes only targets */
        if (*nout < 256)
            out[(*nout)++] = n->str;
        return;
    }
}

static void mutated_names(AstList *body, const char **out, int *nout);
static void mutated_in(AstNode *s, const char **out, int *nout) {
    switch (s->kind) {
    case A_ASSIGN:
        for (int i = 0; i < s->l1.n; i++) {
            AstNode *t = s->l1.items[i];
            if (t->kind == A_TUPLE)
                for (int k = 0; k < t->l1.n; k++)
                    collect_stores(t->l1.items[k], out, nout);
            else
                collect_stores(t, out, nout);
        }
        break;
    case A_AUGASSIGN: collect_stores(s->a, out, nout); break;
    case A_FOR: collect_stores(s->a, out, nout); mutated_names(&s->l1, out, nout); mutated_names(&s->l2, out, nout); break;
    case A_IF: case A_WHILE: mutated_names(&s->l1, out, nout); mutated_names(&s->l2, out, nout); break;
    default: break;
    }
}
static void mutated_names(AstList *body, const char **out, int *nout) {
    for (int i = 0; i < body->n; i++)
        mutated_in(body->items[i], out, nout);
}

static void promote_mutated_iter_constants(Builder *b, AstList *body) {
    if (!b->nconst_iter || b->m->warp_minor < 16)
        return;
    const char *names[256];
    int n = 0;
    mutated_names(body, names, &n);
    /* Python iterates a set: order of first appearance is a fair stand-in for
     * the common single-name case */
    for (int i = 0; i < n; i++) {
        int dup = 0;
        for (int k = 0; k < i; k++)
            if (!strcmp(names[k], names[i]))
                dup = 1;
        if (dup)
            continue;
        Ev *e = syms_get(&b->syms, names[i]);
        if (e && e->k == EV_VAR && is_const_iter(b, names[i]) && val(b, e->v)->is_const) {
            IrVal v = builtin1(b, "copy", &e->v, 1);
            syms_set(b, &b->syms, names[i], ev_var(v));
        }
    }
}

/* eval_num: a numeric constant range() argument? */
static int eval_num(Builder *b, AstNode *a, IrConst *c, Ev *ev) {
    ev->k = EV_NONE;
    if (a->kind == A_CONST && (a->ck == CK_INT || a->ck == CK_FLOAT || a->ck == CK_BOOL)) {
        memset(c, 0, sizeof *c);
        c->i = a->i;
        c->f = a->f;
        c->is_float = a->ck == CK_FLOAT;
        return a->ck == CK_INT;
    }
    if (a->kind == A_UNARYOP && a->op == OP_USUB && a->a->kind == A_CONST && a->a->ck != CK_STR) {
        memset(c, 0, sizeof *c);
        c->i = -a->a->i;
        c->f = -a->a->f;
        c->is_float = a->a->ck == CK_FLOAT;
        return a->a->ck == CK_INT;
    }
    /* a static expression: global constant (not shadowed), or a class
     * attribute (Cfg.N) */
    if ((a->kind == A_NAME && !syms_get(&b->syms, a->str)) || a->kind == A_ATTR) {
        const FeGlobal *g = a->kind == A_NAME ? fe_global(b->fm, a->str) : class_attr(b, a);
        if (g && g->kind == G_VALUE && !g->value.n) {
            *c = g->value;
            IrType t = g->value.type;
            int isint = t ? ir_type_is_int(b->m, t) : (!g->value.is_float && !g->value.is_bool);
            return isint;
        }
    }
    *ev = eval(b, a);
    if (ev->k == EV_VAR && val(b, ev->v)->is_const) {
        *c = val(b, ev->v)->cval;
        IrType t = c->type;
        return t ? ir_type_is_int(b->m, t) : (!c->is_float && !c->is_bool);
    }
    return 0;
}

static void emit_for(Builder *b, AstNode *n) {
    AstNode *it = n->b;
    int unroll = 0;
    int64_t start = 0, end = 0, step = 1;
    Ev range_ev = {0};
    if (it->kind == A_CALL && it->a->kind == A_NAME && !strcmp(it->a->str, "range") && it->l1.n >= 1 &&
        it->l1.n <= 3 && !it->l2.n) {
        IrConst cs[3];
        Ev evs[3];
        int isnum[3], alln = 1;
        for (int i = 0; i < it->l1.n; i++) {
            isnum[i] = eval_num(b, it->l1.items[i], &cs[i], &evs[i]);
            alln &= isnum[i];
        }
        if (alln) {
            if (it->l1.n == 1) end = cs[0].i;
            else { start = cs[0].i; end = cs[1].i; }
            if (it->l1.n == 3) step = cs[2].i;
            if (step == 0)
                FAIL("range() arg 3 must not be zero");
            int64_t iters = llabs(end - start) / llabs(step);
            if (iters > b->max_unroll || contains_break(&n->l1))
                unroll = 0;
            else
                unroll = 1;
        }
        if (!unroll) {
            /* numeric arguments become fresh constants, others stay as evaluated */
            CallArg ca[3];
            for (int i = 0; i < it->l1.n; i++) {
                ca[i].kw = NULL;
                ca[i].ev = isnum[i] ? ev_var(add_constant(b, cs[i])) : evs[i];
                if (ca[i].ev.k == EV_NONE)
                    ca[i].ev = ev_var(add_constant(b, cs[i]));
            }
            IrVal outs[8];
            /* get_unroll_range evaluates the arguments, not the range() call:
             * the line stays where the last argument left it */
            add_builtin_call_ex(b, "range", ca, it->l1.n, NULL, 0, 1, outs);
            range_ev = ev_var(outs[0]);
        }
    }
    if (unroll) {
        if (n->a->kind != A_NAME)
            FAIL("for-loop target must be a name");
        if (!is_const_iter(b, n->a->str) && b->nconst_iter < 256)
            b->const_iter[b->nconst_iter++] = n->a->str;
        for (int64_t i = start; step > 0 ? i < end : i > end; i += step) {
            IrVal c = add_constant(b, const_int(i));
            syms_set(b, &b->syms, n->a->str, ev_var(c));
            eval_stmts(b, &n->l1);
        }
        return;
    }
    IrVal iter;
    if (range_ev.k == EV_VAR)
        iter = range_ev.v;
    else
        iter = need_var(b, eval(b, it), "loop iterable");
    promote_mutated_iter_constants(b, &n->l1);
    if (n->a->kind != A_NAME)
        FAIL("for-loop target must be a name");
    /* begin_for */
    int cond_block = begin_block(b);
    b->loop_blocks[b->nloop_blocks++] = cond_block;
    IrInst *in = emit(b, IR_FOR_BEGIN);
    in->args = vals_dup(b, &iter, 1);
    in->nargs = 1;
    in->a = cond_block;
    IrVal v = builtin1(b, "iter_next", &iter, 1);
    int body = begin_block(b);
    emit(b, IR_FOR_BODY)->a = body;
    syms_set(b, &b->syms, n->a->str, ev_var(v));
    b->loop_syms[b->nloop_syms++] = syms_copy(b, &b->syms);
    eval_stmts(b, &n->l1);
    materialize_redefinitions(b, &b->loop_syms[b->nloop_syms - 1]);
    b->nloop_syms--;
    end_block(b);
    end_block(b);
    b->nloop_blocks--;
    in = emit(b, IR_FOR_END);
    in->args = vals_dup(b, &iter, 1);
    in->nargs = 1;
    in->a = cond_block;
}

static void emit_while(Builder *b, AstNode *n) {
    promote_mutated_iter_constants(b, &n->l1);
    int cond_block = begin_block(b);
    b->loop_blocks[b->nloop_blocks++] = cond_block;
    emit(b, IR_WHILE_BEGIN)->a = cond_block;
    IrVal c = load(b, need_var(b, eval(b, n->a), "loop condition"));
    int body = begin_block(b);
    IrInst *in = emit(b, IR_WHILE_COND);
    in->args = vals_dup(b, &c, 1);
    in->nargs = 1;
    in->a = body;
    b->loop_syms[b->nloop_syms++] = syms_copy(b, &b->syms);
    eval_stmts(b, &n->l1);
    materialize_redefinitions(b, &b->loop_syms[b->nloop_syms - 1]);
    b->nloop_syms--;
    end_block(b);
    end_block(b);
    b->nloop_blocks--;
    emit(b, IR_WHILE_END)->a = cond_block;
}

static void emit_return(Builder *b, AstNode *n) {
    IrVal vs[8];
    int nv = 0;
    if (n->a) {
        if (n->a->kind == A_TUPLE) {
            for (int i = 0; i < n->a->l1.n && i < 8; i++)
                vs[nv++] = need_var(b, eval(b, n->a->l1.items[i]), "return value");
        } else {
            Ev e = eval(b, n->a);
            if (e.k == EV_TUPLE) {
                for (int i = 0; i < e.n && i < 8; i++)
                    vs[nv++] = e.vs[i];
            } else {
                vs[nv++] = need_var(b, e, "return value");
            }
        }
    }
    if (b->is_kernel && nv)
        FAIL("'%s': Warp kernels cannot return values. Write results to output arguments, and omit the return "
             "annotation or use `-> None`.",
             b->f->name);
    if (b->has_return && nv) {
        int same = b->nret == nv;
        for (int i = 0; same && i < nv; i++) {
            IrType ot = strip(b, b->rettypes[i]), nt = strip(b, vtype(b, vs[i]));
            if (ot != nt && tinfo(b, ot)->kind == TY_TILE && tinfo(b, nt)->kind == TY_TILE) {
                /* tiles: the C++ types compared (every tile is a type of its own) */
                Buf x = {0}, y = {0};
                ir_type_ctype(b->m, ot, &x);
                ir_type_ctype(b->m, nt, &y);
                buf_put(&x, "", 1);
                buf_put(&y, "", 1);
                same = !strcmp(x.data, y.data);
                buf_free(&x);
                buf_free(&y);
            } else if (ot != nt) {
                same = 0;
            }
        }
        if (!same) {
            Buf o = {0}, w = {0};
            for (int i = 0; i < b->nret; i++) {
                if (i) buf_puts(&o, ", ");
                ir_type_ctype(b->m, strip(b, b->rettypes[i]), &o);
            }
            for (int i = 0; i < nv; i++) {
                if (i) buf_puts(&w, ", ");
                ir_type_ctype(b->m, strip(b, vtype(b, vs[i])), &w);
            }
            buf_put(&o, "", 1);
            buf_put(&w, "", 1);
            FAIL("Error, function returned different types, previous: [%s], new [%s]", o.data, w.data);
        }
    }
    IrVal rets[8];
    int nr = 0;
    if (nv) {
        for (int i = 0; i < nv; i++) {
            IrVal r = vs[i];
            if (is_ref(b, vtype(b, r)))
                r = builtin1(b, "copy", &r, 1);
            rets[nr++] = r;
            b->rettypes[i] = vtype(b, r);
        }
        b->nret = nr;
        b->has_return = 1;
        b->retvals = vals_dup(b, rets, nr);
    } else if (b->has_return) {
        nr = b->nret;
        memcpy(rets, b->retvals, sizeof(IrVal) * nr);
    }
    IrInst *in = emit(b, IR_RETURN);
    in->args = vals_dup(b, rets, nr);
    in->nargs = nr;
}

/* ---- annotations ---- */
static IrType annotation_type(Builder *b, AstNode *a);

static IrType dtype_of(Builder *b, AstNode *a) {
    if (a->kind == A_NAME) {
        if (!strcmp(a->str, "float")) return ir_type_scalar(b->m, SC_FLOAT32);
        if (!strcmp(a->str, "int")) return ir_type_scalar(b->m, SC_INT32);
        if (!strcmp(a->str, "bool")) return ir_type_scalar(b->m, SC_BOOL);
    }
    return annotation_type(b, a);
}

/* typing.Any (Any from typing) and Warp's Scalar, Float, Int: the IrGeneric,
 * or -1.  wp.types.Any and friends exist in Warp 1.10 only (its deprecated
 * public types module forwards to the private one). */
static int generic_annotation(Builder *b, AstNode *a) {
    static const char *const names[4] = {"Any", "Scalar", "Float", "Int"};
    const char *n = NULL;
    if (a->kind == A_ATTR && a->a->kind == A_NAME && !syms_get(&b->syms, a->a->str)) {
        const FeGlobal *g = fe_global(b->fm, a->a->str);
        if (g && g->kind == G_MODULE && g->attr && !strcmp(g->attr, "typing") && !strcmp(a->str, "Any"))
            return GEN_ANY;
    }
    if (a->kind == A_NAME && !syms_get(&b->syms, a->str)) {
        const FeGlobal *g = fe_global(b->fm, a->str);
        if (g && g->kind == G_OTHER && g->attr && !strcmp(g->attr, "typing.Any"))
            return GEN_ANY;
    }
    n = fe_warp_attr(b->fm, a);
    if (!n)
        return -1;
    for (int k = 0; k < 4; k++) {
        if (strcmp(n, names[k]))
            continue;
        int via_types = a->kind == A_ATTR && a->a->kind == A_ATTR && !strcmp(a->a->str, "types");
        if (via_types && b->m->warp_minor >= 16)
            fail_at(b, a->loc, "module 'warp.types' has no attribute '%s'", n);
        if (k == GEN_ANY && a->kind == A_ATTR && !via_types)
            fail_at(b, a->loc, "module 'warp' has no attribute 'Any'");
        return k;
    }
    return -1;
}

/* A parameter annotation with a generic part (Any, wp.array(dtype=Any), ...). */
static int annotation_is_generic(Builder *b, AstNode *a) {
    if (!a)
        return 0;
    if (generic_annotation(b, a) >= 0)
        return 1;
    if (a->kind == A_CONST && a->ck == CK_NONE && a->str && !strcmp(a->str, "..."))
        return 1; /* tuple[T, ...] */
    if (annotation_is_generic(b, a->a) || annotation_is_generic(b, a->b))
        return 1;
    for (int i = 0; i < a->l1.n; i++)
        if (annotation_is_generic(b, a->l1.items[i]))
            return 1;
    for (int i = 0; i < a->l2.n; i++)
        if (annotation_is_generic(b, a->l2.items[i]))
            return 1;
    return 0;
}

static int def_is_generic(Builder *b, const FeDef *d) {
    AstNode *args = d->node->a;
    for (int i = 0; args && i < args->l1.n; i++)
        if (annotation_is_generic(b, args->l1.items[i]->a))
            return 1;
    return 0;
}

/* wp.types.vector(length=Any, dtype=Float), matrix(shape=(Any, Any), dtype=Any),
 * quaternion(dtype=Any), transformation(dtype=Float): generic composites. */
static IrType generic_composite(Builder *b, AstNode *a) {
    const char *wa = a->kind == A_CALL ? fe_warp_attr(b->fm, a->a) : NULL;
    if (!wa || (strcmp(wa, "vector") && strcmp(wa, "matrix") && strcmp(wa, "quaternion") && strcmp(wa, "transformation")))
        return 0;
    if (!annotation_is_generic(b, a))
        return 0;
    AstNode *pos[2] = {a->l1.n > 0 ? a->l1.items[0] : NULL, a->l1.n > 1 ? a->l1.items[1] : NULL};
    AstNode *length = NULL, *shape = NULL, *dtype = NULL;
    for (int i = 0; i < a->l2.n; i++) {
        AstNode *kw = a->l2.items[i];
        if (!kw->str)
            FAIL("unsupported type annotation");
        if (!strcmp(kw->str, "length")) length = kw->a;
        else if (!strcmp(kw->str, "shape")) shape = kw->a;
        else if (!strcmp(kw->str, "dtype")) dtype = kw->a;
        else FAIL("unsupported type annotation");
    }
    IrTypeInfo ti = {0};
    AstNode *dims[2] = {NULL, NULL};
    int ndims = 0;
    if (!strcmp(wa, "vector")) {
        ti.kind = TY_VEC;
        if (!length) length = pos[0], dtype = dtype ? dtype : pos[1];
        else if (!dtype) dtype = pos[0];
        dims[0] = length;
        ndims = 1;
    } else if (!strcmp(wa, "matrix")) {
        ti.kind = TY_MAT;
        if (!shape) shape = pos[0], dtype = dtype ? dtype : pos[1];
        else if (!dtype) dtype = pos[0];
        if (!shape || shape->kind != A_TUPLE || shape->l1.n != 2)
            FAIL("unsupported type annotation");
        dims[0] = shape->l1.items[0];
        dims[1] = shape->l1.items[1];
        ndims = 2;
    } else {
        ti.kind = wa[0] == 'q' ? TY_QUAT : TY_TRANSFORM;
        dtype = dtype ? dtype : pos[0];
    }
    int d[2] = {0, 0};
    for (int k = 0; k < ndims; k++) {
        if (!dims[k])
            FAIL("unsupported type annotation");
        if (generic_annotation(b, dims[k]) == GEN_ANY)
            d[k] = 0;
        else if (dims[k]->kind == A_CONST && dims[k]->ck == CK_INT && dims[k]->i > 0 && dims[k]->i < 65536)
            d[k] = (int)dims[k]->i;
        else
            FAIL("unsupported type annotation");
    }
    if (ndims == 2 && (!d[0] || !d[1]))
        d[0] = d[1] = 0; /* matrix(): any Any dimension makes the shape (0, 0) */
    ti.rows = (uint16_t)d[0];
    ti.cols = (uint16_t)d[1];
    if (!dtype)
        FAIL("unsupported type annotation");
    int g = generic_annotation(b, dtype);
    if (g == GEN_ANY)
        fail_at(b, dtype->loc, "type object 'Any' has no attribute '_type_'");
    if (g >= 0) {
        ti.strct = 1 + g;
    } else {
        IrType dt = dtype_of(b, dtype);
        if (tinfo(b, dt)->kind != TY_SCALAR)
            FAIL("unsupported type annotation");
        ti.scalar = tinfo(b, dt)->scalar;
    }
    return ir_type_intern(b->m, ti);
}

/* tuple, typing.Tuple (from typing import Tuple; typing.Tuple) */
static int is_tuple_annotation(Builder *b, AstNode *a) {
    if (a->kind == A_NAME && !syms_get(&b->syms, a->str)) {
        const FeGlobal *g = fe_global(b->fm, a->str);
        if (!strcmp(a->str, "tuple") && !g)
            return 1;
        return g && g->kind == G_OTHER && g->attr && !strcmp(g->attr, "typing.Tuple");
    }
    if (a->kind == A_ATTR && !strcmp(a->str, "Tuple") && a->a->kind == A_NAME) {
        const FeGlobal *g = fe_global(b->fm, a->a->str);
        return g && g->kind == G_MODULE && g->attr && !strcmp(g->attr, "typing");
    }
    return 0;
}

/* A tile dimension of an annotation: an int, a module constant or Literal[n]. */
static int tile_dim(Builder *b, AstNode *e) {
    if (e->kind == A_SUBSCRIPT && e->a->kind == A_NAME && !strcmp(e->a->str, "Literal"))
        e = e->b;
    IrConst c;
    if (!fe_const_eval(b->fm, e, &c) || c.is_float || c.n)
        FAIL("wpc supports tile annotations only with constant integer shapes");
    return (int)c.i;
}

/* wp.tile(dtype=T, shape=(M, N)) and 1.16's wp.tile[T, M, N] / wp.tile[T, (M, N)]:
 * a register tile (shape Any: no dimensions) */
static IrType tile_annotation(Builder *b, AstNode *a) {
    AstNode *dt = NULL, *sh = NULL;
    AstNode *dims[16];
    int nd = 0;
    if (a->kind == A_CALL) {
        for (int i = 0; i < a->l1.n; i++) {
            if (i == 0) dt = a->l1.items[i];
            else if (i == 1) sh = a->l1.items[i];
        }
        for (int i = 0; i < a->l2.n; i++) {
            AstNode *kw = a->l2.items[i];
            if (kw->str && !strcmp(kw->str, "dtype")) dt = kw->a;
            else if (kw->str && !strcmp(kw->str, "shape")) sh = kw->a;
            else if (kw->str && strcmp(kw->str, "storage") == 0 && !(kw->a->kind == A_CONST && kw->a->str &&
                                                                    !strcmp(kw->a->str, "register")))
                FAIL("wpc supports tile annotations of register storage only");
        }
        if (sh && sh->kind == A_TUPLE) {
            for (int i = 0; i < sh->l1.n && nd < 16; i++)
                dims[nd++] = sh->l1.items[i];
        } else if (sh) {
            dims[nd++] = sh;
        }
    } else {
        AstNode **el = a->b->kind == A_TUPLE ? a->b->l1.items : &a->b;
        int n = a->b->kind == A_TUPLE ? a->b->l1.n : 1;
        /* 1.10's tile is a typing Generic[DType, Shape] */
        if (b->m->warp_minor < 16 && n > 2)
            FAIL("Too many arguments for <class 'warp._src.types.tile'>; actual %d, expected 2", n);
        if (b->m->warp_minor < 16)
            FAIL("wpc does not support wp.tile[...] annotations with Warp 1.10");
        dt = el[0];
        if (n == 2 && el[1]->kind == A_TUPLE) {
            for (int i = 0; i < el[1]->l1.n && nd < 16; i++)
                dims[nd++] = el[1]->l1.items[i];
        } else {
            for (int i = 1; i < n && nd < 16; i++)
                dims[nd++] = el[i];
        }
    }
    if (!dt)
        FAIL("tile annotations need a dtype");
    int shape[16];
    for (int i = 0; i < nd; i++) {
        shape[i] = tile_dim(b, dims[i]);
        if (shape[i] <= 0)
            FAIL("Tile dimension %d must be a positive integer, got %d", i, shape[i]);
    }
    if (a->kind == A_CALL && sh && !nd)
        FAIL("Empty shape specified, must have at least 1 dimension");
    return ir_type_tile(b->m, dtype_of(b, dt), nd, shape, NULL, IRTILE_OWNER);
}

static IrType annotation_type(Builder *b, AstNode *a) {
    b->loc = a->loc;
    {
        const char *ta = fe_warp_attr(b->fm, a->kind == A_CALL || a->kind == A_SUBSCRIPT ? a->a : a);
        if (ta && !strcmp(ta, "tile") && (a->kind == A_CALL || a->kind == A_SUBSCRIPT))
            return tile_annotation(b, a);
        if (ta && !strcmp(ta, "tile_stack") && a->kind == A_CALL && b->m->warp_minor >= 16) {
            /* wp.tile_stack(dtype, capacity) */
            AstNode *dt = NULL, *cap = NULL;
            for (int i = 0; i < a->l1.n; i++) {
                if (i == 0) dt = a->l1.items[i];
                else if (i == 1) cap = a->l1.items[i];
            }
            for (int i = 0; i < a->l2.n; i++) {
                AstNode *kw = a->l2.items[i];
                if (kw->str && !strcmp(kw->str, "dtype")) dt = kw->a;
                else if (kw->str && !strcmp(kw->str, "capacity")) cap = kw->a;
            }
            if (!dt || !cap)
                FAIL("tile_stack annotations need a dtype and a capacity");
            int c = tile_dim(b, cap);
            if (c <= 0)
                FAIL("capacity must be a positive integer, got %d", c);
            return ir_type_tile_stack(b->m, dtype_of(b, dt), c);
        }
    }
    int gen = generic_annotation(b, a);
    if (gen >= 0)
        return ir_type_generic(b->m, (IrGeneric)gen);
    IrType gc = generic_composite(b, a);
    if (gc)
        return gc;
    if (a->kind != A_SUBSCRIPT) {
        IrType t = fe_type_expr(b->fm, a);
        if (t)
            return t;
    }
    if (a->kind == A_NAME) {
        if (!strcmp(a->str, "float")) return ir_type_scalar(b->m, SC_FLOAT32);
        if (!strcmp(a->str, "int")) return ir_type_scalar(b->m, SC_INT32);
        if (!strcmp(a->str, "bool")) return ir_type_scalar(b->m, SC_BOOL);
        const FeGlobal *g = fe_global(b->fm, a->str);
        if (g && g->kind == G_STRUCT) {
            int si = 0;
            for (int i = 0; i < g->index; i++)
                si += b->fm->defs[i].kind == DEF_STRUCT;
            IrTypeInfo ti = {0};
            ti.kind = TY_STRUCT;
            ti.strct = si;
            return ir_type_intern(b->m, ti);
        }
        if (g && g->kind == G_WARP_ATTR) {
            FeWarpName w = fe_warp_lookup(b->m, g->attr);
            if (w.kind == W_SCALAR || w.kind == W_VECTYPE)
                return w.type;
        }
        FAIL("unsupported type annotation '%s'", a->str);
    }
    /* tuple[float, wp.vec3, ...]: Python's float/int/bool keep their names in C++ */
    if (a->kind == A_SUBSCRIPT && is_tuple_annotation(b, a->a)) {
        AstNode **el = a->b->kind == A_TUPLE ? a->b->l1.items : &a->b;
        int n = a->b->kind == A_TUPLE ? a->b->l1.n : 1;
        IrType ts[IR_MAX_CALL_ARGS];
        uint8_t py[IR_MAX_CALL_ARGS];
        if (n > IR_MAX_CALL_ARGS)
            FAIL("too many tuple elements");
        for (int i = 0; i < n; i++) {
            AstNode *e = el[i];
            py[i] = e->kind == A_NAME && (!strcmp(e->str, "float") || !strcmp(e->str, "int") || !strcmp(e->str, "bool"));
            int ellipsis = (e->kind == A_CONST && e->ck == CK_NONE && e->str && !strcmp(e->str, "...")) ||
                           (e->kind == A_OTHEREXPR && e->str && !strcmp(e->str, "Constant"));
            if (e->kind == A_CONST && e->ck == CK_NONE && !ellipsis)
                FAIL("unsupported type annotation");
            if (ellipsis && i == n - 1 && i > 0)
                ts[i] = ir_type_generic(b->m, GEN_ELLIPSIS); /* tuple[T, ...] */
            else if (ellipsis)
                FAIL("unsupported type annotation");
            else
                ts[i] = dtype_of(b, e);
        }
        return ir_type_tuple(b->m, n, ts, py, 1);
    }
    /* wp.array[dtype], wp.array[dtype, ndim], wp.array2d[dtype] (Warp 1.16) */
    if (a->kind == A_SUBSCRIPT) {
        const char *sa = fe_warp_attr(b->fm, a->a);
        FeWarpName w = sa ? fe_warp_lookup(b->m, sa) : (FeWarpName){0};
        if (w.kind == W_OPAQUE && (strcmp(sa, "HashGridQuery") || b->m->warp_minor < 16))
            FAIL("type '%s' is not subscriptable", sa);
        if (w.kind == W_OPAQUE) {
            /* wp.HashGridQuery[dtype]: hash_grid_query_type(dtype) */
            IrType dt = dtype_of(b, a->b);
            IrScalar s = tinfo(b, dt)->kind == TY_SCALAR ? (IrScalar)tinfo(b, dt)->scalar : SC_NONE;
            if (s != SC_FLOAT16 && s != SC_FLOAT32 && s != SC_FLOAT64)
                FAIL("Unsupported dtype %s for HashGridQuery. Supported types: float16, float32, float64",
                     type_repr(b, dt));
            return ir_type_opaque(b->m, OQ_HASH_GRID_QUERY, s);
        }
        if (w.kind == W_ARRAY) {
            AstNode *p0 = a->b, *p1 = NULL;
            if (p0->kind == A_TUPLE) {
                if (p0->l1.n != 2 || w.n)
                    FAIL("wp.%s expects 1 or 2 type parameters, got %d", sa, p0->l1.n);
                p1 = p0->l1.items[1];
                p0 = p0->l1.items[0];
            }
            int ndim = w.n ? w.n : 1;
            if (p1) {
                /* Literal[n] or n */
                AstNode *lit = p1->kind == A_SUBSCRIPT ? p1->b : p1;
                if (lit->kind != A_CONST || lit->ck != CK_INT || lit->i < 1 || lit->i > 4)
                    FAIL("ndim must be an integer between 1 and 4");
                ndim = (int)lit->i;
            }
            return ir_type_array(b->m, dtype_of(b, p0), ndim);
        }
    }
    const char *wa = fe_warp_attr(b->fm, a->kind == A_CALL ? a->a : a);
    if (wa) {
        FeWarpName w = fe_warp_lookup(b->m, wa);
        if ((w.kind == W_SCALAR || w.kind == W_VECTYPE || w.kind == W_OPAQUE) && a->kind != A_CALL)
            return w.type;
        if (w.kind == W_ARRAY && a->kind == A_CALL) {
            IrType dt = 0;
            int ndim = w.n ? w.n : 1;
            for (int i = 0; i < a->l1.n; i++)
                if (i == 0)
                    dt = dtype_of(b, a->l1.items[0]);
            for (int i = 0; i < a->l2.n; i++) {
                AstNode *kw = a->l2.items[i];
                if (!strcmp(kw->str, "dtype"))
                    dt = dtype_of(b, kw->a);
                else if (!strcmp(kw->str, "ndim") && kw->a->kind == A_CONST)
                    ndim = (int)kw->a->i;
            }
            if (!dt)
                dt = ir_type_scalar(b->m, SC_FLOAT32);
            return ir_type_array(b->m, dt, ndim);
        }
        if (!strcmp(wa, "indexedarray") || !strncmp(wa, "indexedarray", 12) || !strcmp(wa, "fabricarray"))
            FAIL("wp.%s is not supported", wa);
        /* names Warp 1.16 added: Python fails on the attribute when the module is imported */
        if (b->m->warp_minor < 16 && (!strcmp(wa, "handle") || !strcmp(wa, "ref") || !strncmp(wa, "Texture", 7)))
            FAIL("module 'warp' has no attribute '%s'", wa);
    }
    FAIL("unsupported type annotation");
}

/* ---- structs ---- */
static void note_struct(Builder *b, int sidx) {
    (void)b;
    /* build_struct_recursive: nested structs first (DFS then reversed) */
    int stack[64], ns = 0, order[64], no = 0;
    stack[ns++] = sidx;
    while (ns && no < 64) {
        int s = stack[--ns];
        order[no++] = s;
        const IrStruct *st = b->m->structs[s];
        for (int i = 0; i < st->nfields; i++) {
            const IrTypeInfo *ti = tinfo(b, st->fields[i].type);
            if (ti->kind == TY_STRUCT && ns < 64)
                stack[ns++] = ti->strct;
            else if (ti->kind == TY_ARRAY && tinfo(b, ti->elem)->kind == TY_STRUCT && ns < 64)
                stack[ns++] = tinfo(b, ti->elem)->strct;
        }
    }
    for (int i = no - 1; i >= 0; i--) {
        int seen = 0;
        for (int k = 0; k < MB->nstruct_order; k++)
            if (MB->struct_order[k] == order[i])
                seen = 1;
        if (!seen)
            MB->struct_order[MB->nstruct_order++] = order[i];
    }
}

/* ---- functions ---- */
static void build_body(Builder *b, IrFunc *f, const FeDef *d, int is_kernel);

/* Adjoint.build: the body, then the struct parameters are registered with
 * the module builder (which fixes the order structs are printed in). */
static void build_func(Builder *b, IrFunc *f, const FeDef *d, int is_kernel) {
    build_body(b, f, d, is_kernel);
    for (int p = 0; p < f->nparams; p++) {
        const IrTypeInfo *ti = ir_type_info(b->m, f->vals[f->params[p]].type);
        if (ti->kind == TY_STRUCT)
            note_struct(b, ti->strct);
        else if (ti->kind == TY_ARRAY && ir_type_info(b->m, ti->elem)->kind == TY_STRUCT)
            note_struct(b, ir_type_info(b->m, ti->elem)->strct);
    }
}

static void build_body(Builder *b, IrFunc *f, const FeDef *d, int is_kernel) {
    b->f = f;
    b->def = d;
    b->is_kernel = is_kernel;
    b->lineno = -1;
    b->blocks = arena_alloc(b->m->arena, sizeof(int) * 256);
    b->blocks[0] = 0;
    b->nblocks = 1;
    b->loop_blocks = arena_alloc(b->m->arena, sizeof(int) * 256);
    b->loop_syms = arena_alloc(b->m->arena, sizeof(Syms) * 256);
    b->const_iter = arena_alloc(b->m->arena, sizeof(char *) * 256);
    AstNode *fd = d->node;
    for (int i = 0; i < f->nparams; i++) {
        IrValue *p = &f->vals[f->params[i]];
        syms_set(b, &b->syms, p->name, ev_var(f->params[i]));
    }
    /* emit_FunctionDef */
    set_lineno(b, fd);
    for (int i = 0; i < fd->l1.n; i++) {
        AstNode *s = fd->l1.items[i];
        if (s->kind == A_EXPR && s->a->kind == A_CONST)
            continue; /* docstrings and bare constants */
        eval_stmt(b, s);
    }
    if (d->native_snippet && !is_kernel) {
        /* a native function: its body is C++ text, its result the annotation */
        f->native_snippet = d->native_snippet;
        f->adj_native_snippet = d->adj_native_snippet;
        f->nret = fd->b ? 1 : 0;
        f->ret = arena_alloc(b->m->arena, sizeof(IrType) * 2);
        if (fd->b)
            f->ret[0] = f->ret_annotation = annotation_type(b, fd->b);
        return;
    }
    if (b->has_return && b->nret == 1 && fd->l1.items[fd->l1.n - 1]->kind != A_RETURN)
        emit(b, IR_RETURN_DEFAULT);
    f->nret = b->has_return ? b->nret : 0;
    f->ret = arena_alloc(b->m->arena, sizeof(IrType) * (f->nret + 1));
    for (int i = 0; i < f->nret; i++)
        f->ret[i] = b->rettypes[i];
    if (fd->b && !is_kernel && f->generic != 2) {
        /* validate the return annotation */
        IrType rt = annotation_type(b, fd->b);
        f->ret_annotation = rt;
        if (f->nret == 0)
            fail_at(b, fd->b->loc, "The function `%s` has its return type annotated as `%s` but the code returns no value.",
                    f->name, type_repr(b, rt));
        if (f->nret == 1 && strip(b, f->ret[0]) != rt &&
            !(tinfo(b, rt)->kind == TY_TILE && types_equal(b, f->ret[0], rt)))
            fail_at(b, fd->b->loc,
                    "The function `%s` has its return type annotated as `%s` but the code returns a value of type `%s`.",
                    f->name, type_repr(b, rt), type_repr(b, f->ret[0]));
    }
}

static IrFunc *func_declare(Builder *b, int defidx, int is_kernel) {
    const FeDef *d = &b->fm->defs[defidx];
    IrFunc *f = arena_alloc(b->m->arena, sizeof *f);
    f->kind = is_kernel ? IRK_KERNEL : IRK_FUNC;
    f->name = d->name;
    f->key = d->name;
    f->source = d->source;
    f->src_lines = d->lines;
    f->nsrc_lines = d->nlines;
    f->fun_lineno = d->first_line;
    f->def_lineno = d->node->loc.line;
    f->aux = (void *)d;
    f->group = defidx;
    f->enable_backward = 1;
    AstNode *args = d->node->a;
    if (args->unsupported)
        fail_at(b, args->loc, "%s", args->unsupported);
    f->nparams = args->l1.n;
    f->params = arena_alloc(b->m->arena, sizeof(IrVal) * (f->nparams + 1));
    /* a kernel's defaults only serve Python-side launches: no trace in the code */
    if (args->l2.n && !is_kernel) {
        /* Python evaluates the defaults at definition time: compile-time values */
        IrConst *dv = arena_alloc(b->m->arena, sizeof(IrConst) * args->l2.n);
        for (int i = 0; i < args->l2.n; i++)
            if (!fe_const_eval(b->fm, args->l2.items[i], &dv[i]))
                fail_at(b, args->l2.items[i]->loc, "wpc supports only constant default argument values");
        f->defaults = dv;
        f->ndefaults = args->l2.n;
    }
    for (int i = 0; i < args->l1.n; i++) {
        AstNode *a = args->l1.items[i];
        if (!a->a)
            fail_at(b, a->loc, "Incomplete argument annotations on function %s", d->name);
        IrValue v = {0};
        v.type = is_kernel && b->kernel_param_types ? b->kernel_param_types[i] : annotation_type(b, a->a);
        if (is_kernel && ir_type_is_generic(b->m, v.type))
            fail_at(b, a->a->loc, "generic kernels (parameters annotated with %s) are not supported", type_repr(b, v.type));
        v.label = -1;
        v.name = a->str;
        v.is_arg = 1;
        f->params[i] = ir_val_new(b->m, f, v);
        if (b->m->warp_minor >= 16 && ir_type_info(b->m, v.type)->kind == TY_ARRAY) {
            IrOrigin *o = arena_alloc(b->m->arena, sizeof *o);
            o->root = f->params[i];
            f->vals[f->params[i]].origin = o;
        }
    }
    return f;
}

static IrFunc *build_user_func(Builder *caller, int defidx) {
    /* built once per def */
    for (int i = 0; i < caller->m->nfuncs; i++)
        if (caller->m->funcs[i]->kind == IRK_FUNC && caller->m->funcs[i]->group == defidx && !caller->m->funcs[i]->generic)
            return caller->m->funcs[i];
    Builder b = *caller;
    memset(&b.syms, 0, sizeof b.syms);
    b.nloop_syms = b.nloop_blocks = b.nconst_iter = 0;
    b.block_counter = 0;
    b.has_return = 0;
    b.nret = 0;
    IrFunc *f = func_declare(&b, defidx, 0);
    /* register before building so recursion finds it */
    IrModule *m = caller->m;
    IrFunc **nf = arena_alloc(m->arena, sizeof(IrFunc *) * (m->nfuncs + 1));
    if (m->nfuncs)
        memcpy(nf, m->funcs, sizeof(IrFunc *) * m->nfuncs);
    nf[m->nfuncs++] = f;
    m->funcs = nf;
    f->used_by_backward = caller->f->used_by_backward;
    build_func(&b, f, &caller->fm->defs[defidx], 0);
    MB->built_order[MB->nbuilt++] = f;
    return f;
}

/* Function.get_overload's instantiation of a generic template: a copy with
 * the argument types as annotations (the same native name; no return
 * annotation; line numbers relative to the decorator, as Warp parses the
 * template's source text on its own). */
static IrFunc *instantiate_user_func(Builder *caller, int defidx, const IrType *types) {
    Builder b = *caller;
    memset(&b.syms, 0, sizeof b.syms);
    b.nloop_syms = b.nloop_blocks = b.nconst_iter = 0;
    b.block_counter = 0;
    b.has_return = 0;
    b.nret = 0;
    IrFunc *f = func_declare(&b, defidx, 0);
    f->generic = 2;
    f->fun_lineno = 0;
    for (int k = 0; k < f->nparams; k++) {
        IrValue *p = &f->vals[f->params[k]];
        p->type = types[k];
        p->origin = NULL;
        if (b.m->warp_minor >= 16 && ir_type_info(b.m, types[k])->kind == TY_ARRAY) {
            IrOrigin *o = arena_alloc(b.m->arena, sizeof *o);
            o->root = f->params[k];
            p->origin = o;
        }
    }
    IrModule *m = caller->m;
    IrFunc **nf = arena_alloc(m->arena, sizeof(IrFunc *) * (m->nfuncs + 1));
    if (m->nfuncs)
        memcpy(nf, m->funcs, sizeof(IrFunc *) * m->nfuncs);
    nf[m->nfuncs++] = f;
    m->funcs = nf;
    f->used_by_backward = caller->f->used_by_backward;
    build_func(&b, f, &caller->fm->defs[defidx], 0);
    MB->built_order[MB->nbuilt++] = f;
    return f;
}

/* ---- structs from @wp.struct classes ---- */
static void declare_structs(Builder *b) {
    FeModule *fm = b->fm;
    int ns = 0;
    for (int i = 0; i < fm->ndefs; i++)
        ns += fm->defs[i].kind == DEF_STRUCT;
    b->m->structs = arena_alloc(b->m->arena, sizeof(IrStruct *) * (ns + 1));
    b->m->nstructs = 0;
    for (int i = 0; i < fm->ndefs; i++) {
        FeDef *d = &fm->defs[i];
        if (d->kind != DEF_STRUCT)
            continue;
        IrStruct *st = arena_alloc(b->m->arena, sizeof *st);
        st->key = d->name;
        st->loc = d->node->loc;
        b->m->structs[b->m->nstructs++] = st;
    }
    int si = 0;
    for (int i = 0; i < fm->ndefs; i++) {
        FeDef *d = &fm->defs[i];
        if (d->kind != DEF_STRUCT)
            continue;
        IrStruct *st = b->m->structs[si++];
        AstList *body = &d->node->l1;
        st->fields = arena_alloc(b->m->arena, sizeof(IrField) * (body->n + 1));
        for (int k = 0; k < body->n; k++) {
            AstNode *s = body->items[k];
            if (s->kind == A_EXPR && s->a->kind == A_CONST)
                continue;
            if (s->kind == A_PASS)
                continue;
            /* methods and unannotated class attributes: not in __annotations__, not fields */
            if (s->kind == A_FUNCDEF || s->kind == A_ASSIGN)
                continue;
            if (s->kind != A_ANNASSIGN || s->a->kind != A_NAME)
                fail_at(b, s->loc, "struct '%s' may only contain annotated fields", d->name);
            /* a field's default only serves the Python constructor: no trace in the code */
            st->fields[st->nfields].name = s->a->str;
            st->fields[st->nfields].type = annotation_type(b, s->c);
            {
                const char *wa = fe_warp_attr(b->fm, s->c);
                st->fields[st->nfields].handle = wa && !strcmp(wa, "handle") && b->m->warp_minor >= 16;
            }
            if (ir_type_is_generic(b->m, st->fields[st->nfields].type))
                fail_at(b, s->c->loc, "struct field '%s' has a generic type", s->a->str);
            st->nfields++;
        }
    }
}

/* Declares an overload no call chose, for the hash (generic = 3); nothing
 * if wpc cannot read its annotations. */
static void declare_unbuilt(Builder *b, int defidx) {
    jmp_buf djb;
    Diag scratch = {0};
    Builder db = *b;
    db.jb = &djb;
    db.diag = &scratch;
    if (setjmp(djb))
        return;
    IrModule *m = b->m;
    IrFunc *f = func_declare(&db, defidx, 0);
    if (b->fm->defs[defidx].node->b)
        f->ret_annotation = annotation_type(&db, b->fm->defs[defidx].node->b);
    f->generic = 3;
    f->ret = arena_alloc(m->arena, sizeof(IrType));
    IrFunc **nf = arena_alloc(m->arena, sizeof(IrFunc *) * (m->nfuncs + 1));
    memcpy(nf, m->funcs, sizeof(IrFunc *) * m->nfuncs);
    nf[m->nfuncs++] = f;
    m->funcs = nf;
}

/* One kernel of def di: its own parameter types, or those of a wp.overload
 * instance of a generic kernel (types). */
static void build_kernel(Builder *b, int di, const IrType *types) {
    Builder kb = *b;
    kb.kernel_param_types = types;
    IrFunc *k = func_declare(&kb, di, 1);
    kb.kernel_param_types = NULL;
    if (types)
        k->fun_lineno = 0; /* an overload's adjoint numbers lines from its own source */
    /* enable_backward: decorator option, else module option */
    k->enable_backward = b->fm->enable_backward;
    /* 1.16: the "default_grid_stride" module option, else wp.config's (True) */
    k->grid_stride = b->m->warp_minor < 16 ? 1 : b->fm->default_grid_stride >= 0 ? b->fm->default_grid_stride
                                         : b->fm->config_grid_stride >= 0 ? b->fm->config_grid_stride : 1;
    k->cluster_dim = 1;
    for (int o = 0; o < b->fm->defs[di].nopts; o++) {
        const char *on = b->fm->defs[di].opts[o].name;
        AstNode *v = b->fm->defs[di].opts[o].value;
        /* Warp's @wp.kernel keyword arguments (1.10.1: enable_backward, module) */
        int known16 = !strcmp(on, "enable_backward") || !strcmp(on, "module") || !strcmp(on, "launch_bounds") ||
                      !strcmp(on, "cluster_dim") || !strcmp(on, "grid_stride") || !strcmp(on, "module_options");
        int known10 = !strcmp(on, "enable_backward") || !strcmp(on, "module");
        if (!(b->m->warp_minor >= 16 ? known16 : known10))
            fail_at(&kb, v->loc, "kernel() got an unexpected keyword argument '%s'", on);
        (void)0; /* module= kernels were skipped above */
        if (!strcmp(on, "enable_backward") && v->kind == A_CONST && v->ck == CK_BOOL)
            k->enable_backward = (int)v->i;
        else if (!strcmp(on, "grid_stride") && v->kind == A_CONST && (v->ck == CK_BOOL || v->ck == CK_INT))
            k->grid_stride = v->i != 0;
        else if (!strcmp(on, "cluster_dim") && v->kind == A_CONST && v->ck == CK_INT && v->i >= 1 && v->i <= 16)
            k->cluster_dim = (int)v->i;
        else if (!strcmp(on, "launch_bounds") && v->kind == A_CONST && v->ck == CK_INT)
            k->launch_bounds = arena_printf(b->m->arena, "%lld", (long long)v->i);
        else if (!strcmp(on, "launch_bounds") && v->kind == A_TUPLE && v->l1.n >= 1 && v->l1.n <= 2 &&
                 v->l1.items[0]->kind == A_CONST && (v->l1.n == 1 || v->l1.items[1]->kind == A_CONST))
            k->launch_bounds = v->l1.n == 1 ? arena_printf(b->m->arena, "%lld", (long long)v->l1.items[0]->i)
                                            : arena_printf(b->m->arena, "%lld, %lld", (long long)v->l1.items[0]->i,
                                                           (long long)v->l1.items[1]->i);
        else if (!strcmp(on, "enable_backward") || !strcmp(on, "grid_stride") || !strcmp(on, "cluster_dim") ||
                 !strcmp(on, "launch_bounds"))
            fail_at(&kb, v->loc, "unsupported value for @wp.kernel(%s=...): use a literal", on);
    }
    k->used_by_backward = k->enable_backward;
    IrModule *m = b->m;
    IrFunc **nf = arena_alloc(m->arena, sizeof(IrFunc *) * (m->nfuncs + 1));
    if (m->nfuncs)
        memcpy(nf, m->funcs, sizeof(IrFunc *) * m->nfuncs);
    nf[m->nfuncs++] = k;
    m->funcs = nf;
    build_func(&kb, k, &b->fm->defs[di], 1);
}

int ir_build_module(IrModule *m, FeModule *fm, Diag *diag, IrFunc ***user_funcs, int *nuser, int **struct_order,
                    int *nstruct_order) {
    jmp_buf jb;
    Builder b = {0};
    b.m = m;
    b.fm = fm;
    b.diag = diag;
    b.jb = &jb;
    b.max_unroll = fm->max_unroll;
    m->block_dim = fm->block_dim;
    ModBuild mb = {0};
    mb.built_order = arena_alloc(m->arena, sizeof(IrFunc *) * (2 * fm->ndefs + 1));
    mb.struct_order = arena_alloc(m->arena, sizeof(int) * 256);
    MB = &mb;
    if (setjmp(jb)) {
        MB = NULL;
        return -1;
    }
    declare_structs(&b);
    /* annotations are evaluated at import: subscripting a query class other
     * than 1.16's HashGridQuery[dtype] is Python's TypeError */
    for (int i = 0; i < fm->ndefs; i++) {
        if (fm->defs[i].kind != DEF_KERNEL && fm->defs[i].kind != DEF_FUNC)
            continue;
        AstNode *args = fm->defs[i].node->a;
        for (int k = 0; args && k <= args->l1.n; k++) {
            AstNode *an = k < args->l1.n ? args->l1.items[k]->a : fm->defs[i].node->b;
            const char *sa = an && an->kind == A_SUBSCRIPT ? fe_warp_attr(fm, an->a) : NULL;
            if (sa && fe_warp_lookup(m, sa).kind == W_OPAQUE && (strcmp(sa, "HashGridQuery") || m->warp_minor < 16))
                fail_at(&b, an->loc, "type '%s' is not subscriptable", sa);
        }
    }
    /* generic @wp.func templates: declared (for the hash and the overload
     * search), instantiated per call signature */
    for (int i = 0; i < fm->ndefs; i++) {
        if (fm->defs[i].kind != DEF_FUNC || !def_is_generic(&b, &fm->defs[i]))
            continue;
        IrFunc *t = func_declare(&b, i, 0);
        t->generic = 1;
        Buf sg = {0};
        for (int k = 0; k < t->nparams; k++) {
            if (k)
                buf_puts(&sg, "_");
            ir_type_code(m, t->vals[t->params[k]].type, &sg);
        }
        buf_put(&sg, "", 1);
        t->sig = arena_strdup(m->arena, sg.data);
        buf_free(&sg);
        if (fm->defs[i].node->b)
            t->ret_annotation = annotation_type(&b, fm->defs[i].node->b);
        t->ret = arena_alloc(m->arena, sizeof(IrType));
        IrFunc **nf = arena_alloc(m->arena, sizeof(IrFunc *) * (m->nfuncs + 1));
        if (m->nfuncs)
            memcpy(nf, m->funcs, sizeof(IrFunc *) * m->nfuncs);
        nf[m->nfuncs++] = t;
        m->funcs = nf;
    }
    for (int i = 0; i < fm->ndefs; i++) {
        if (fm->defs[i].kind != DEF_KERNEL || fm->defs[i].redefinition)
            continue;
        /* a kernel defined again: the latest definition, in this place */
        int di = fm->defs[i].latest ? fm->defs[i].latest : i;
        /* @wp.kernel(module=...) puts the kernel in another module (for
         * "unique", one of its own): Warp does not emit it in this one */
        int other_module = 0;
        for (int o = 0; o < fm->defs[di].nopts; o++)
            if (!strcmp(fm->defs[di].opts[o].name, "module"))
                other_module = 1;
        if (other_module)
            continue;
        /* a generic kernel (Any parameters) is built only for its
         * wp.overload instances (identical signatures once): without them
         * Warp emits nothing for it */
        if (def_is_generic(&b, &fm->defs[di])) {
            const FeDef *d = &fm->defs[di];
            int np = d->node->a->l1.n;
            IrType *seen = arena_alloc(m->arena, sizeof(IrType) * (size_t)(np * d->noverloads + 1));
            for (int o = 0; o < d->noverloads; o++) {
                IrType *ts = seen + o * np;
                for (int q = 0; q < np; q++) {
                    ts[q] = annotation_type(&b, d->overloads[o][q]);
                    if (ir_type_is_generic(m, ts[q]))
                        fail_at(&b, d->overloads[o][q]->loc, "wp.overload() needs concrete argument types, got %s",
                                type_repr(&b, ts[q]));
                }
                int dup = 0;
                for (int e = 0; e < o && !dup; e++)
                    dup = !memcmp(seen + e * np, ts, sizeof(IrType) * (size_t)np);
                if (!dup)
                    build_kernel(&b, di, ts);
            }
            continue;
        }
        build_kernel(&b, di, NULL);
    }
    /* @wp.func_grad functions are built after the kernels, as Warp's deferred
     * functions, for every built func they match (inputs, then adj_ret_*) */
    for (int bi = 0; bi < mb.nbuilt; bi++) {
        IrFunc *f = mb.built_order[bi];
        if (f->custom_inputs || f->custom_grad)
            continue;
        for (int di = 0; di < fm->ndefs; di++) {
            const FeDef *d = &fm->defs[di];
            if (d->kind != DEF_FUNC_GRAD || !d->grad_of || strcmp(d->grad_of, f->name))
                continue;
            Builder gb = b;
            memset(&gb.syms, 0, sizeof gb.syms);
            IrFunc *g = func_declare(&gb, di, 0);
            int ok = g->nparams == f->nparams + f->nret;
            for (int k = 0; ok && k < g->nparams; k++) {
                IrType want = k < f->nparams ? f->vals[f->params[k]].type : f->ret[k - f->nparams];
                IrType gt = ir_type_strip_ref(m, g->vals[g->params[k]].type), wt = ir_type_strip_ref(m, want);
                ok = gt == wt || (ir_type_is_tile(m, gt) && types_equal(&gb, gt, wt));
            }
            if (!ok)
                continue;
            g->custom_inputs = f->nparams;
            g->used_by_backward = 1;
            f->custom_grad = g;
            IrFunc **nf = arena_alloc(m->arena, sizeof(IrFunc *) * (m->nfuncs + 1));
            memcpy(nf, m->funcs, sizeof(IrFunc *) * m->nfuncs);
            nf[m->nfuncs++] = g;
            m->funcs = nf;
            build_func(&gb, g, d, 0);
            mb.built_order[mb.nbuilt++] = g;
            break;
        }
    }
    /* overloads never called are still part of their function's hash (Warp
     * hashes every overload of a key): declare them, unbuilt (generic = 3).
     * An annotation wpc cannot read leaves the def out. */
    for (int i = 0; i < fm->ndefs; i++) {
        if (fm->defs[i].kind != DEF_FUNC)
            continue;
        int have = 0;
        for (int k = 0; k < m->nfuncs && !have; k++)
            have = m->funcs[k]->kind == IRK_FUNC && m->funcs[k]->group == i && m->funcs[k]->generic != 2;
        if (!have)
            declare_unbuilt(&b, i);
    }
    /* used_by_backward propagates through the call graph */
    int changed = 1;
    while (changed) {
        changed = 0;
        for (int i = 0; i < m->nfuncs; i++) {
            IrFunc *f = m->funcs[i];
            if (!f->used_by_backward)
                continue;
            for (int k = 0; k < f->ninsts; k++) {
                IrInst *in = &f->insts[k];
                if (in->op == IR_CALL && in->func >= 0 && !m->funcs[in->func]->used_by_backward) {
                    m->funcs[in->func]->used_by_backward = 1;
                    changed = 1;
                }
            }
        }
    }
    *user_funcs = mb.built_order;
    *nuser = mb.nbuilt;
    *struct_order = mb.struct_order;
    *nstruct_order = mb.nstruct_order;
    MB = NULL;
    return 0;
}
