/* module.c: what Warp sees of a file once Python has executed it.
 *
 * wpc never runs the file.  It walks the top-level statements in order,
 * as Python would execute them, and records each binding: warp module
 * aliases (`import warp as wp`), names imported from warp, constants
 * (literals, arithmetic on them, wp.constant(...), Warp scalar and vector
 * constructors), and the decorated definitions (@wp.kernel, @wp.func,
 * @wp.struct) together with the source span inspect.getsourcelines would
 * give (first decorator to the last body line, trailing comments indented
 * like the body included).  `wp.set_module_options({...})` calls update the
 * module options.  Python that only computes values is evaluated: arithmetic
 * (64-bit ints; a result beyond that is not evaluated), comparisons, `and`/
 * `or`, `X if C else Y`, the math module, augmented assignments, tuple
 * unpacking, element stores into vector constants, and `if` statements whose
 * test evaluates.  What wpc cannot evaluate leaves the names it assigns
 * unknown (a kernel using one gets an error naming the statement), never a
 * stale value.  Anything else at top level is ignored, as it cannot reach a
 * kernel except through a name. */
#include "frontend/frontend.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static FeGlobal *global_set(FeModule *fm, const char *name) {
    for (int i = 0; i < fm->nglobals; i++)
        if (!strcmp(fm->globals[i].name, name)) {
            memset(&fm->globals[i], 0, sizeof fm->globals[i]);
            fm->globals[i].name = name;
            return &fm->globals[i];
        }
    if (fm->nglobals == fm->capglobals) {
        int nc = fm->capglobals ? fm->capglobals * 2 : 16;
        FeGlobal *g = arena_alloc(fm->arena, sizeof *g * nc);
        if (fm->nglobals)
            memcpy(g, fm->globals, sizeof *g * fm->nglobals);
        fm->globals = g;
        fm->capglobals = nc;
    }
    FeGlobal *g = &fm->globals[fm->nglobals++];
    g->name = name;
    return g;
}

/* the binding of name, made if missing */
static FeGlobal *global_find(FeModule *fm, const char *name) {
    for (int i = 0; i < fm->nglobals; i++)
        if (!strcmp(fm->globals[i].name, name))
            return &fm->globals[i];
    return global_set(fm, name);
}

const FeGlobal *fe_global(const FeModule *fm, const char *name) {
    for (int i = 0; i < fm->nglobals; i++)
        if (!strcmp(fm->globals[i].name, name))
            return &fm->globals[i];
    return NULL;
}

/* Is `e` a reference to the warp module (wp, warp)? */
int fe_is_warp(const FeModule *fm, const AstNode *e) {
    if (!e || e->kind != A_NAME)
        return 0;
    const FeGlobal *g = fe_global(fm, e->str);
    return g && g->kind == G_WARP;
}

/* The warp attribute an expression names: `wp.vec3` -> "vec3", a name
 * imported from warp -> its warp name; `wp.types.vec3` and
 * `wp.math.x` style paths are followed too. NULL otherwise. */
const char *fe_warp_attr(const FeModule *fm, const AstNode *e) {
    if (!e)
        return NULL;
    if (e->kind == A_NAME) {
        const FeGlobal *g = fe_global(fm, e->str);
        return g && g->kind == G_WARP_ATTR ? g->attr : NULL;
    }
    if (e->kind != A_ATTR)
        return NULL;
    if (fe_is_warp(fm, e->a))
        return e->str;
    /* wp.types.X, wp.constants.X */
    if (e->a->kind == A_ATTR && fe_is_warp(fm, e->a->a) &&
        (!strcmp(e->a->str, "types") || !strcmp(e->a->str, "constants") || !strcmp(e->a->str, "math")))
        return e->str;
    /* wp._src.types.X */
    if (e->a->kind == A_ATTR && !strcmp(e->a->str, "types") && e->a->a->kind == A_ATTR &&
        !strcmp(e->a->a->str, "_src") && fe_is_warp(fm, e->a->a->a))
        return e->str;
    return NULL;
}

static int decorator_is(const FeModule *fm, const AstNode *d, const char *what) {
    const AstNode *e = d->kind == A_CALL ? d->a : d;
    const char *a = fe_warp_attr(fm, e);
    return a && !strcmp(a, what);
}

/* The span of a definition: inspect.getsourcelines() semantics. */
static void def_span(FeModule *fm, AstNode *def, FeDef *d) {
    const AstFile *f = fm->file;
    int first = def->loc.line;
    for (int i = 0; i < def->l2.n; i++)
        if (def->l2.items[i]->loc.line < first)
            first = def->l2.items[i]->loc.line;
    /* decorators start with '@' one column before the expression */
    d->first_line = first;
    int last = def->end.line;
    if (def->end.col == 1 && last > def->loc.line)
        last--; /* tree-sitter ends blocks at the start of the next line */
    /* the body's indentation */
    int body_col = 0;
    if (def->l1.n)
        body_col = def->l1.items[0]->loc.col;
    /* trailing comment lines indented at least like the body belong to it;
     * stop at the first line of code */
    for (int ln = last + 1; ln <= f->nlines; ln++) {
        int len;
        const char *s = ast_line(f, ln, &len);
        int col = 0;
        while (col < len && (s[col] == ' ' || s[col] == '\t'))
            col++;
        if (col == len)
            continue; /* blank */
        if (s[col] == '#') {
            if (col + 1 >= body_col)
                last = ln;
            continue;
        }
        break;
    }
    /* trailing blank lines of the body itself are not part of it */
    while (last > first) {
        int len;
        const char *s = ast_line(f, last, &len);
        int k = 0;
        while (k < len && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (k < len)
            break;
        last--;
    }
    d->last_line = last;

    /* dedented source (textwrap.dedent) with \n line ends */
    int margin = -1;
    for (int ln = first; ln <= last; ln++) {
        int len;
        const char *s = ast_line(f, ln, &len);
        int k = 0;
        while (k < len && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (k == len)
            continue;
        if (margin < 0 || k < margin)
            margin = k;
    }
    if (margin < 0)
        margin = 0;
    Buf b = {0};
    int n = last - first + 1;
    d->lines = arena_alloc(fm->arena, sizeof(char *) * (n + 1));
    d->nlines = n;
    for (int ln = first; ln <= last; ln++) {
        int len;
        const char *s = ast_line(f, ln, &len);
        int k = 0;
        while (k < len && (s[k] == ' ' || s[k] == '\t'))
            k++;
        size_t start = b.len;
        if (k < len)
            buf_put(&b, s + margin, len - margin);
        d->lines[ln - first] = (const char *)(uintptr_t)start; /* fixed up below */
        buf_put(&b, "\n", 1);
    }
    buf_put(&b, "", 1);
    char *src = arena_strndup(fm->arena, b.data, b.len - 1);
    for (int i = 0; i < n; i++) {
        size_t off = (size_t)(uintptr_t)d->lines[i];
        char *e = strchr(src + off, '\n');
        d->lines[i] = arena_strndup(fm->arena, src + off, e - (src + off));
    }
    d->source = src;
    buf_free(&b);
}

static void fail(FeModule *fm, Diag *diag, SrcLoc loc, const char *msg) {
    if (fm->failed)
        return;
    fm->failed = 1;
    diag->loc = loc;
    diag->msg = arena_strdup(fm->arena, msg);
}

static void add_def(FeModule *fm, AstNode *n, const char *qual, FeDefKind kind, Diag *diag) {
    if (fm->ndefs == fm->capdefs) {
        int nc = fm->capdefs ? fm->capdefs * 2 : 16;
        FeDef *d = arena_alloc(fm->arena, sizeof *d * nc);
        if (fm->ndefs)
            memcpy(d, fm->defs, sizeof *d * fm->ndefs);
        fm->defs = d;
        fm->capdefs = nc;
    }
    FeDef *d = &fm->defs[fm->ndefs];
    memset(d, 0, sizeof *d);
    /* Warp's key: make_full_qualified_name (Class.step -> Class__step) */
    const char *key = qual;
    if (strchr(qual, '.')) {
        Buf nb = {0};
        for (const char *c = qual; *c; c++)
            buf_puts(&nb, *c == '.' ? "__" : (char[]){*c, 0});
        buf_put(&nb, "", 1);
        key = arena_strdup(fm->arena, nb.data);
        buf_free(&nb);
    }
    /* Module.register_kernel: kernels[key] = kernel */
    for (int i = 0; kind == DEF_KERNEL && i < fm->ndefs; i++)
        if (fm->defs[i].kind == DEF_KERNEL && !fm->defs[i].redefinition && !strcmp(fm->defs[i].name, key)) {
            fm->defs[i].latest = fm->ndefs;
            d->redefinition = 1;
        }
    d->kind = kind;
    d->node = n;
    /* `-> None`: Warp drops a None return annotation (arg_types) */
    if (n->kind == A_FUNCDEF && n->b && n->b->kind == A_CONST && n->b->ck == CK_NONE &&
        !(n->b->str && !strcmp(n->b->str, "...")))
        n->b = NULL;
    d->name = key;
    def_span(fm, n, d);
    /* kernel decorator options, in source order (hashed sorted later) */
    for (int i = 0; i < n->l2.n; i++) {
        AstNode *dec = n->l2.items[i];
        if (dec->kind != A_CALL)
            continue;
        for (int k = 0; k < dec->l2.n; k++) {
            AstNode *kw = dec->l2.items[k];
            if (d->nopts < 8) {
                d->opts[d->nopts].name = kw->str;
                d->opts[d->nopts].value = kw->a;
                d->nopts++;
            }
        }
    }
    (void)diag;
    if (kind == DEF_FUNC_GRAD) {
        for (int i = 0; i < n->l2.n; i++)
            if (n->l2.items[i]->kind == A_CALL && decorator_is(fm, n->l2.items[i], "func_grad"))
                d->grad_of = n->l2.items[i]->l1.items[0]->str;
        global_set(fm, qual)->kind = G_OTHER; /* func_grad's wrapper returns None */
        fm->ndefs++;
        return;
    }
    for (int i = 0; i < n->l2.n; i++) {
        AstNode *dec = n->l2.items[i];
        if (dec->kind != A_CALL || !decorator_is(fm, dec, "func_native"))
            continue;
        /* func_native(snippet, adj_snippet=None, replay_snippet=None) */
        static const char *const names[3] = {"snippet", "adj_snippet", "replay_snippet"};
        const char *vals[3] = {0};
        for (int k = 0; k < dec->l1.n + dec->l2.n; k++) {
            int slot = k < dec->l1.n ? k : -1;
            AstNode *v = k < dec->l1.n ? dec->l1.items[k] : dec->l2.items[k - dec->l1.n]->a;
            if (slot < 0)
                for (int q = 0; q < 3; q++)
                    if (dec->l2.items[k - dec->l1.n]->str && !strcmp(dec->l2.items[k - dec->l1.n]->str, names[q]))
                        slot = q;
            const char *text = NULL;
            if (v->kind == A_CONST && v->ck == CK_STR)
                text = v->str;
            else if (v->kind == A_NAME && fe_global(fm, v->str) && fe_global(fm, v->str)->kind == G_STRING)
                text = fe_global(fm, v->str)->attr;
            else if (v->kind == A_CONST && v->ck == CK_NONE)
                continue;
            if (slot < 0 || slot > 2 || !text) {
                fail(fm, diag, v->loc, "@wp.func_native() needs string snippets (literals or module-level strings)");
                return;
            }
            vals[slot] = text;
        }
        if (vals[2]) {
            fail(fm, diag, dec->loc, "@wp.func_native(replay_snippet=...) is not supported");
            return;
        }
        d->native_snippet = vals[0] ? vals[0] : "";
        d->adj_native_snippet = vals[1];
    }
    FeGlobal *g = global_set(fm, qual);
    g->kind = kind == DEF_KERNEL ? G_KERNEL : kind == DEF_STRUCT ? G_STRUCT : G_FUNC;
    g->index = fm->ndefs;
    g->node = n;
    fm->ndefs++;
}

/* Evaluates a module-level constant expression. Returns 1 on success. */
static int const_eval(FeModule *fm, AstNode *e, IrConst *out);

static int const_binop(AstOp op, const IrConst *x, const IrConst *y, IrConst *out) {
    if (x->n || y->n)
        return 0;
    int fl = x->is_float || y->is_float;
    memset(out, 0, sizeof *out);
    if (fl) {
        double a = x->is_float ? x->f : x->is_big ? (double)(uint64_t)x->i : (double)x->i;
        double b = y->is_float ? y->f : y->is_big ? (double)(uint64_t)y->i : (double)y->i;
        out->is_float = 1;
        switch (op) {
        case OP_ADD: out->f = a + b; break;
        case OP_SUB: out->f = a - b; break;
        case OP_MULT: out->f = a * b; break;
        case OP_DIV: if (b == 0) return 0; out->f = a / b; break;
        case OP_FLOORDIV: if (b == 0) return 0; out->f = floor(a / b); break;
        case OP_MOD: if (b == 0) return 0; out->f = a - floor(a / b) * b; break;
        case OP_POW: out->f = pow(a, b); break;
        default: return 0;
        }
        return 1;
    }
    /* Python ints are unbounded: computed in 128 bits, a result in
     * [-2^63, 2^64) is kept (above INT64_MAX as is_big), anything larger is
     * not evaluated (the name is then unknown to kernels) rather than wrapped */
    typedef __int128 I128;
    I128 a = x->is_big ? (I128)(uint64_t)x->i : (I128)x->i;
    I128 b = y->is_big ? (I128)(uint64_t)y->i : (I128)y->i, r;
    const I128 lim = (I128)1 << 64;
    switch (op) {
    case OP_ADD: r = a + b; break;
    case OP_SUB: r = a - b; break;
    case OP_MULT: if (__builtin_mul_overflow(a, b, &r)) return 0; break;
    case OP_DIV: if (!b) return 0; out->is_float = 1; out->f = (double)a / (double)b; return 1;
    case OP_FLOORDIV:
        if (!b) return 0;
        r = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) r--;
        break;
    case OP_MOD:
        if (!b) return 0;
        r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) r += b;
        break;
    case OP_POW:
        if (b < 0) { out->is_float = 1; out->f = pow((double)a, (double)b); return 1; }
        r = 1;
        if (a == 0 || a == 1)
            r = b ? a : 1;
        else if (a == -1)
            r = b % 2 ? -1 : 1;
        else
            for (I128 k = 0; k < b; k++) /* leaves the range within 64 steps */
                if (__builtin_mul_overflow(r, a, &r) || r >= lim || r < -lim)
                    return 0;
        break;
    case OP_LSHIFT:
        if (b < 0 || b > 64 || a >= lim || a < -lim) return 0;
        r = a * ((I128)1 << b);
        break;
    case OP_RSHIFT: if (b < 0) return 0; r = b > 100 ? (a < 0 ? -1 : 0) : a >> b; break;
    case OP_BITOR: r = a | b; break;
    case OP_BITAND: r = a & b; break;
    case OP_BITXOR: r = a ^ b; break;
    default: return 0;
    }
    if (r < -((I128)1 << 63) || r >= lim)
        return 0;
    out->i = (int64_t)(uint64_t)r;
    out->is_big = r > (I128)INT64_MAX;
    return 1;
}

static int math_const(const char *name, IrConst *out) {
    static const struct {
        const char *name;
        double v;
    } k[] = {{"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN}};
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
        if (!strcmp(name, k[i].name)) {
            out->is_float = 1;
            out->f = k[i].v;
            return 1;
        }
    return 0;
}

/* math.<fn>(x[, y]) of Python's math module (C's libm, as CPython calls it) */
static int math_call(FeModule *fm, const char *fn, AstNode *call, IrConst *out) {
    IrConst a, b = {0};
    if (!const_eval(fm, call->l1.items[0], &a) || a.n || a.type || a.is_big ||
        (call->l1.n == 2 && (!const_eval(fm, call->l1.items[1], &b) || b.n || b.type || b.is_big)))
        return 0;
    double x = a.is_float ? a.f : (double)a.i, y = b.is_float ? b.f : (double)b.i, r;
    int two = call->l1.n == 2;
    static const struct {
        const char *name;
        double (*f1)(double);
    } one[] = {{"sqrt", sqrt}, {"sin", sin}, {"cos", cos}, {"tan", tan}, {"asin", asin}, {"acos", acos},
               {"atan", atan}, {"sinh", sinh}, {"cosh", cosh}, {"tanh", tanh}, {"exp", exp}, {"log2", log2},
               {"log10", log10}, {"fabs", fabs}, {"cbrt", cbrt}, {"erf", erf}, {"erfc", erfc}};
    memset(out, 0, sizeof *out);
    out->is_float = 1;
    for (size_t k = 0; k < sizeof one / sizeof one[0]; k++)
        if (!two && !strcmp(fn, one[k].name)) {
            /* math raises ValueError outside the domain: not evaluated */
            if ((!strcmp(fn, "sqrt") && x < 0) || ((!strcmp(fn, "log2") || !strcmp(fn, "log10")) && x <= 0) ||
                ((!strcmp(fn, "asin") || !strcmp(fn, "acos")) && fabs(x) > 1))
                return 0;
            out->f = one[k].f1(x);
            return 1;
        }
    if (!strcmp(fn, "log")) {
        if (x <= 0 || (two && (y <= 0 || y == 1)))
            return 0;
        out->f = two ? log(x) / log(y) : log(x);
        return 1;
    }
    if (two && !strcmp(fn, "pow")) r = pow(x, y);
    else if (two && !strcmp(fn, "atan2")) r = atan2(x, y);
    else if (two && !strcmp(fn, "hypot")) r = hypot(x, y);
    else if (two && !strcmp(fn, "copysign")) r = copysign(x, y);
    else if (!two && !strcmp(fn, "radians")) r = x * (M_PI / 180.0);
    else if (!two && !strcmp(fn, "degrees")) r = x * (180.0 / M_PI);
    else if (!two && (!strcmp(fn, "floor") || !strcmp(fn, "ceil") || !strcmp(fn, "trunc"))) {
        /* Python ints */
        double v = fn[0] == 'f' ? floor(x) : fn[0] == 'c' ? ceil(x) : trunc(x);
        if (!(v > -9.2e18 && v < 9.2e18))
            return 0;
        out->is_float = 0;
        out->i = a.is_float ? (int64_t)v : a.i;
        return 1;
    } else
        return 0;
    out->f = r;
    return 1;
}

static int const_eval(FeModule *fm, AstNode *e, IrConst *out) {
    memset(out, 0, sizeof *out);
    switch (e->kind) {
    case A_CONST:
        if (e->ck == CK_INT) { out->i = e->i; out->is_big = e->bigint == 2; return e->bigint != 1; }
        if (e->ck == CK_FLOAT) { out->is_float = 1; out->f = e->f; return 1; }
        if (e->ck == CK_BOOL) { out->is_bool = 1; out->i = e->i; return 1; }
        return 0;
    case A_NAME: {
        const FeGlobal *g = fe_global(fm, e->str);
        if (g && g->kind == G_VALUE) { *out = g->value; return 1; }
        if (g && g->kind == G_WARP_ATTR)
            return fe_warp_constant(fm, g->attr, out);
        if (g && g->kind == G_OTHER && g->attr && !strncmp(g->attr, "math.", 5)) /* from math import pi */
            return math_const(g->attr + 5, out);
        return 0;
    }
    case A_ATTR: {
        const char *a = fe_warp_attr(fm, e);
        if (a)
            return fe_warp_constant(fm, a, out);
        /* wp.Volume.CLOSEST / LINEAR: Python ints */
        const char *cls = fe_warp_attr(fm, e->a);
        if (cls && !strcmp(cls, "Volume") && (!strcmp(e->str, "CLOSEST") || !strcmp(e->str, "LINEAR"))) {
            out->i = e->str[0] == 'L';
            return 1;
        }
        /* math.pi and friends */
        if (e->a->kind == A_NAME) {
            const FeGlobal *g = fe_global(fm, e->a->str);
            if (g && g->kind == G_MODULE && g->attr && (!strcmp(g->attr, "math") || !strcmp(g->attr, "numpy")))
                return math_const(e->str, out);
        }
        return 0;
    }
    case A_UNARYOP: {
        IrConst x;
        if (!const_eval(fm, e->a, &x) || x.n)
            return 0;
        *out = x;
        if (e->op == OP_USUB) {
            out->is_bool = 0;
            if (x.is_float) {
                out->f = -x.f;
            } else if (x.is_big) { /* -(2**63) is INT64_MIN; below that is not evaluated */
                if ((uint64_t)x.i != (uint64_t)1 << 63)
                    return 0;
                out->is_big = 0;
            } else if (x.i == INT64_MIN) {
                out->is_big = 1; /* 2**63: INT64_MIN's bit pattern */
            } else {
                out->i = -x.i;
            }
            return 1;
        }
        if (e->op == OP_UADD) { out->is_bool = 0; return 1; }
        if (e->op == OP_INVERT && !x.is_float) { out->i = ~x.i; out->is_bool = 0; return 1; }
        if (e->op == OP_NOT) { out->is_bool = 1; out->is_float = 0; out->i = x.is_float ? x.f == 0 : x.i == 0; return 1; }
        return 0;
    }
    case A_BINOP: {
        IrConst x, y;
        if (!const_eval(fm, e->a, &x) || !const_eval(fm, e->b, &y))
            return 0;
        if (x.type || y.type) /* Warp scalar arithmetic at module level: keep it simple */
            return 0;
        return const_binop(e->op, &x, &y, out);
    }
    case A_COMPARE: {
        /* numbers only; chains as Python's (a < b < c) */
        IrConst x, y;
        if (!const_eval(fm, e->a, &x) || x.n || x.type || x.is_big)
            return 0;
        int r = 1;
        for (int k = 0; k < e->l1.n; k++) {
            if (!const_eval(fm, e->l1.items[k], &y) || y.n || y.type || y.is_big)
                return 0;
            int fl = x.is_float || y.is_float;
            double a = x.is_float ? x.f : (double)x.i, b = y.is_float ? y.f : (double)y.i;
            int lt = fl ? a < b : x.i < y.i, gt = fl ? a > b : x.i > y.i, eq = fl ? a == b : x.i == y.i;
            switch (e->ops[k]) {
            case OP_EQ: r = r && eq; break;
            case OP_NOTEQ: r = r && !eq; break;
            case OP_LT: r = r && lt; break;
            case OP_LTE: r = r && (lt || eq); break;
            case OP_GT: r = r && gt; break;
            case OP_GTE: r = r && (gt || eq); break;
            default: return 0;
            }
            x = y;
        }
        out->is_bool = 1;
        out->i = r;
        return 1;
    }
    case A_BOOLOP: {
        /* `a and b` / `a or b`: the deciding operand itself */
        for (int k = 0; k < e->l1.n; k++) {
            if (!const_eval(fm, e->l1.items[k], out) || out->n || out->is_big)
                return 0;
            int t = out->is_float ? out->f != 0 : out->i != 0;
            if (k + 1 < e->l1.n && (e->op == OP_AND ? !t : t))
                return 1;
        }
        return e->l1.n > 0;
    }
    case A_IFEXP: {
        IrConst c;
        if (!const_eval(fm, e->a, &c) || c.n)
            return 0;
        return const_eval(fm, (c.is_float ? c.f != 0 : c.i != 0) ? e->b : e->c, out);
    }
    case A_CALL: {
        const char *fn = fe_warp_attr(fm, e->a);
        if (!fn && e->a->kind == A_ATTR && e->a->a->kind == A_NAME && e->l2.n == 0 &&
            (e->l1.n == 1 || e->l1.n == 2)) {
            const FeGlobal *g = fe_global(fm, e->a->a->str);
            if (g && g->kind == G_MODULE && g->attr && !strcmp(g->attr, "math"))
                return math_call(fm, e->a->str, e, out);
        }
        if (fn && !strcmp(fn, "constant") && e->l1.n == 1 && e->l2.n == 0)
            return const_eval(fm, e->l1.items[0], out);
        if (fn)
            return fe_warp_construct(fm, fn, e, out);
        if (e->a->kind == A_NAME && fe_global(fm, e->a->str) && fe_global(fm, e->a->str)->kind == G_TYPE)
            return fe_construct(fm, fe_global(fm, e->a->str)->type, e, out); /* vec3i_t(0, 1, 0) */
        if (e->a->kind == A_NAME && (e->l1.n == 1 || e->l1.n == 2) && e->l2.n == 0) {
            const FeGlobal *g = fe_global(fm, e->a->str);
            if (g && g->kind == G_OTHER && g->attr && !strncmp(g->attr, "math.", 5)) /* from math import sqrt */
                return math_call(fm, g->attr + 5, e, out);

            if (g || e->l1.n != 1)
                return 0;
            IrConst x;
            if (!const_eval(fm, e->l1.items[0], &x) || x.n || x.type)
                return 0;
            if (!strcmp(e->a->str, "float")) {
                *out = x;
                out->is_bool = 0;
                if (!x.is_float) { out->is_float = 1; out->f = (double)x.i; }
                return 1;
            }
            if (!strcmp(e->a->str, "int")) {
                *out = x;
                out->is_bool = 0;
                if (x.is_float) { out->is_float = 0; out->i = (int64_t)x.f; }
                return 1;
            }
        }
        return 0;
    }
    default:
        return 0;
    }
}

int fe_const_eval(FeModule *fm, AstNode *e, IrConst *out) { return const_eval(fm, e, out); }

/* Options whose generated code wpc does not write: an error, not a
 * silently different file.  `value` is the option's source text. */
static void unsupported_option(FeModule *fm, Diag *diag, SrcLoc loc, const char *key, const char *value) {
    const char *why = NULL;
    if (!strcmp(key, "deterministic") && fm->ir->warp_minor >= 16 && !strstr(value, "NOT_GUARANTEED"))
        why = "deterministic mode (Warp 1.16's deterministic atomics) is not supported";
    if (why && !fm->failed)
        fail(fm, diag, loc, why);
}

static void module_options(FeModule *fm, AstNode *call, Diag *diag) {
    if (call->l1.n != 1 || call->l1.items[0]->kind != A_OTHEREXPR) {
        fail(fm, diag, call->loc, "wp.set_module_options() expects a dict literal");
        return;
    }
    /* the dict literal is opaque in the AST: re-read its text */
    AstNode *d = call->l1.items[0];
    const AstFile *f = fm->file;
    const char *s = f->lines[d->loc.line] + d->loc.col - 1;
    const char *e = f->lines[d->end.line] + d->end.col - 1;
    char *txt = arena_strndup(fm->arena, s, e - s);
    /* parse "key": value pairs */
    char *p = txt;
    while ((p = strpbrk(p, "\"'"))) {
        char q = *p++;
        char *k = p;
        char *ke = strchr(p, q);
        if (!ke)
            break;
        *ke = 0;
        p = ke + 1;
        while (*p == ' ' || *p == ':' || *p == '\n' || *p == '\t')
            p++;
        char *v = p;
        while (*p && *p != ',' && *p != '}')
            p++;
        char save = *p;
        *p = 0;
        char *ve = p;
        while (ve > v && (ve[-1] == ' ' || ve[-1] == '\n'))
            *--ve = 0;
        FeOption *o = NULL;
        for (int i = 0; i < fm->nmodopts; i++)
            if (!strcmp(fm->modopts[i].name, k))
                o = &fm->modopts[i];
        if (!o && fm->nmodopts < 16)
            o = &fm->modopts[fm->nmodopts++];
        if (o) {
            o->name = arena_strdup(fm->arena, k);
            o->text = arena_strdup(fm->arena, v);
        }
        if (!strcmp(k, "enable_backward"))
            fm->enable_backward = !strcmp(v, "True"), fm->backward_set = 1;
        else if (!strcmp(k, "max_unroll"))
            fm->max_unroll = atoi(v), fm->max_unroll_set = 1;
        else if (!strcmp(k, "block_dim"))
            fm->block_dim = atoi(v);
        else if (!strcmp(k, "default_grid_stride") && (!strcmp(v, "True") || !strcmp(v, "False")))
            fm->default_grid_stride = v[0] == 'T';
        else if (!strcmp(k, "lineinfo"))
            fm->opt_lineinfo = strcmp(v, "False") && strcmp(v, "0") && strcmp(v, "None");
        else if (!strcmp(k, "mode"))
            fm->opt_debug = strstr(v, "debug") != NULL;
        unsupported_option(fm, diag, call->loc, k, v);
        *p = save;
        if (!*p)
            break;
        p++;
    }
}

/* ---- wp.static() resolved at import (Adjoint.replace_static_expressions) ----
 * A wp.static(expr) call whose expr uses no enclosing loop variable is
 * evaluated once, with the module's globals, and the call becomes that
 * constant.  The walk is depth first in field order, as Warp's. */
typedef struct StaticWalk {
    FeModule *fm;
    FeDef *d;
    const char *loop_vars[64];
    int nloop;
} StaticWalk;

static int mentions_loop_var(StaticWalk *w, AstNode *n) {
    if (!n)
        return 0;
    if (n->kind == A_NAME)
        for (int i = 0; i < w->nloop; i++)
            if (!strcmp(w->loop_vars[i], n->str))
                return 1;
    AstNode *kids[3] = {n->a, n->b, n->c};
    for (int i = 0; i < 3; i++)
        if (mentions_loop_var(w, kids[i]))
            return 1;
    AstList *ls[3] = {&n->l1, &n->l2, &n->l3};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < ls[k]->n; i++)
            if (mentions_loop_var(w, ls[k]->items[i]))
                return 1;
    return 0;
}

static void static_resolve(StaticWalk *w, AstNode *n) {
    FeModule *fm = w->fm;
    const char *fn = fe_warp_attr(fm, n->a);
    if (!fn || strcmp(fn, "static") || n->l1.n + n->l2.n != 1)
        return;
    AstNode *arg = n->l1.n ? n->l1.items[0] : n->l2.items[0]->a;
    if (!arg || mentions_loop_var(w, arg))
        return;
    IrConst c;
    if (!fe_const_eval(fm, arg, &c))
        return;
    /* the expression's source text, newlines removed */
    const AstFile *f = fm->file;
    Buf t = {0};
    for (int ln = arg->loc.line; ln <= arg->end.line; ln++) {
        int len;
        const char *s = ast_line(f, ln, &len);
        int from = ln == arg->loc.line ? arg->loc.col - 1 : 0;
        int to = ln == arg->end.line ? arg->end.col - 1 : len;
        if (to > from)
            buf_put(&t, s + from, (size_t)(to - from));
    }
    buf_put(&t, "", 1);
    FeDef *d = w->d;
    if ((d->nstatic & (d->nstatic - 1)) == 0) {
        int cap = d->nstatic ? d->nstatic * 2 : 1;
        const char **nc = arena_alloc(fm->arena, sizeof(char *) * (size_t)cap);
        IrConst *nv = arena_alloc(fm->arena, sizeof(IrConst) * (size_t)cap);
        if (d->nstatic) {
            memcpy(nc, d->static_code, sizeof(char *) * (size_t)d->nstatic);
            memcpy(nv, d->static_value, sizeof(IrConst) * (size_t)d->nstatic);
        }
        d->static_code = nc;
        d->static_value = nv;
    }
    /* a dict keyed by the code: a repeated expression keeps its first slot */
    int slot = -1;
    for (int i = 0; i < d->nstatic; i++)
        if (!strcmp(d->static_code[i], t.data))
            slot = i;
    if (slot < 0) {
        slot = d->nstatic++;
        d->static_code[slot] = arena_strdup(fm->arena, t.data);
    }
    d->static_value[slot] = c;
    buf_free(&t);
    IrConst *cv = arena_alloc(fm->arena, sizeof *cv);
    *cv = c;
    SrcLoc loc = n->loc, end = n->end;
    memset(n, 0, sizeof *n);
    n->kind = A_CONST;
    n->ck = c.is_bool ? CK_BOOL : c.is_float ? CK_FLOAT : CK_INT;
    n->i = c.i;
    n->f = c.f;
    n->cval = cv;
    n->loc = loc;
    n->end = end;
}

static void static_walk(StaticWalk *w, AstNode *n);
static void static_children(StaticWalk *w, AstNode *n) {
    /* field order as in ast_walk */
    AstNode *order[64];
    int k = 0;
#define ADD(x) do { if ((x) && k < 64) order[k++] = (x); } while (0)
#define ADDL(l) for (int i_ = 0; i_ < (l).n; i_++) ADD((l).items[i_]);
    switch (n->kind) {
    case A_FUNCDEF: ADD(n->a); ADDL(n->l1); ADDL(n->l2); ADD(n->b); break;
    case A_ASSIGN: ADDL(n->l1); ADD(n->b); break;
    case A_ANNASSIGN: ADD(n->a); ADD(n->c); ADD(n->b); break;
    case A_IF: case A_WHILE: ADD(n->a); ADDL(n->l1); ADDL(n->l2); break;
    case A_FOR: ADD(n->a); ADD(n->b); ADDL(n->l1); ADDL(n->l2); break;
    case A_TUPLE: case A_LIST: case A_BOOLOP: ADDL(n->l1); break;
    case A_CALL: ADD(n->a); ADDL(n->l1); ADDL(n->l2); break;
    case A_COMPARE: ADD(n->a); ADDL(n->l1); break;
    case A_SLICE: case A_IFEXP: ADD(n->a); ADD(n->b); ADD(n->c); break;
    case A_ARGUMENTS: ADDL(n->l1); ADDL(n->l2); break;
    default: ADD(n->a); ADD(n->b); ADD(n->c); break;
    }
#undef ADD
#undef ADDL
    for (int i = 0; i < k; i++)
        static_walk(w, order[i]);
}

static void static_walk(StaticWalk *w, AstNode *n) {
    if (n->kind == A_CALL) {
        static_resolve(w, n);
        if (n->kind == A_CONST)
            return;
    }
    if (n->kind == A_FOR) {
        const char *v = n->a && n->a->kind == A_NAME ? n->a->str : NULL;
        if (v && w->nloop < 64)
            w->loop_vars[w->nloop++] = v;
        static_children(w, n);
        if (v)
            w->nloop--;
        return;
    }
    static_children(w, n);
}

/* def NAME: a Warp kernel or function when decorated so; qual is its
 * qualified name (Class.method for one defined in a class body) */
/* Kernel.add_overload: one instance of a generic kernel, its parameter
 * annotations in order */
static void add_overload(FeModule *fm, FeDef *k, AstNode **annots) {
    AstNode ***no = arena_alloc(fm->arena, sizeof *no * (k->noverloads + 1));
    if (k->noverloads)
        memcpy(no, k->overloads, sizeof *no * k->noverloads);
    no[k->noverloads++] = annots;
    k->overloads = no;
}

/* the kernel a wp.overload names, or NULL */
static FeDef *overload_target(FeModule *fm, const char *name) {
    const FeGlobal *g = fe_global(fm, name);
    return g && g->kind == G_KERNEL ? &fm->defs[g->index] : NULL;
}

/* wp.overload(kernel, [T, ...]) / wp.overload(kernel, {"name": T, ...}) */
static void overload_call(FeModule *fm, AstNode *call, Diag *diag) {
    FeDef *k = call->l1.n == 2 && !call->l2.n && call->l1.items[0]->kind == A_NAME
                   ? overload_target(fm, call->l1.items[0]->str)
                   : NULL;
    if (!k) {
        fail(fm, diag, call->loc, "wp.overload() expects a kernel defined in this file and its argument types");
        return;
    }
    AstNode *params = k->node->a, *types = call->l1.items[1];
    int np = params->l1.n;
    AstNode **annots = arena_alloc(fm->arena, sizeof(AstNode *) * (np + 1));
    if (types->kind == A_LIST || types->kind == A_TUPLE) {
        if (types->l1.n != np) {
            fail(fm, diag, types->loc,
                 arena_printf(fm->arena, "Invalid number of arguments in overload specification, expected %d but got %d",
                              np, types->l1.n));
            return;
        }
        for (int i = 0; i < np; i++)
            annots[i] = types->l1.items[i];
    } else if (types->kind == A_OTHEREXPR && types->str && !strcmp(types->str, "Dict")) {
        for (int i = 0; i < np; i++) {
            annots[i] = params->l1.items[i]->a; /* unnamed: the generic annotation */
            for (int j = 0; j < types->l1.n; j++) {
                AstNode *key = types->l1.items[j];
                if (key->kind == A_CONST && key->ck == CK_STR && !strcmp(key->str, params->l1.items[i]->str))
                    annots[i] = types->l2.items[j];
            }
        }
    } else {
        fail(fm, diag, types->loc, "wp.overload() argument types must be a list or a dict literal");
        return;
    }
    add_overload(fm, k, annots);
}

static void funcdef(FeModule *fm, AstNode *s, const char *qual, Diag *diag) {
    int kind = -1;
    for (int k = 0; k < s->l2.n; k++)
        if (decorator_is(fm, s->l2.items[k], "overload") && s->l2.items[k]->kind != A_CALL) {
            /* @wp.overload def k(a: T, ...): an instance of the generic kernel k */
            FeDef *gk = overload_target(fm, qual);
            if (!gk) {
                fail(fm, diag, s->loc, "@wp.overload needs a generic @wp.kernel of the same name defined before it");
                return;
            }
            AstNode *params = s->a;
            if (params->l1.n != gk->node->a->l1.n) {
                fail(fm, diag, s->loc, "an @wp.overload must have the parameters of the kernel it instantiates");
                return;
            }
            AstNode **annots = arena_alloc(fm->arena, sizeof(AstNode *) * (params->l1.n + 1));
            for (int i = 0; i < params->l1.n; i++)
                annots[i] = params->l1.items[i]->a;
            add_overload(fm, gk, annots);
            return;
        }
    for (int k = 0; k < s->l2.n; k++) {
        AstNode *d = s->l2.items[k];
        if (decorator_is(fm, d, "kernel")) kind = DEF_KERNEL;
        else if (decorator_is(fm, d, "func")) kind = DEF_FUNC;
        else if (decorator_is(fm, d, "func_grad") && d->kind == A_CALL && d->l1.n == 1 &&
                 d->l1.items[0]->kind == A_NAME)
            kind = DEF_FUNC_GRAD;
        else if (decorator_is(fm, d, "func_native") && d->kind == A_CALL)
            kind = DEF_FUNC;
        else if (decorator_is(fm, d, "func_native") || decorator_is(fm, d, "func_grad") ||
                 decorator_is(fm, d, "func_replay")) {
            const AstNode *e = d->kind == A_CALL ? d->a : d;
            fail(fm, diag, d->loc,
                 arena_printf(fm->arena, "@wp.%s is not supported", fe_warp_attr(fm, e)));
        }
    }
    if (kind >= 0)
        add_def(fm, s, qual, kind, diag);
    else {
        FeGlobal *g = global_set(fm, qual);
        g->kind = G_OTHER;
    }
}

/* ---- executing the top level ----------------------------------------------
 * Statements run in order.  An `if` whose test evaluates runs one branch;
 * code wpc cannot tell whether Python runs (an `if` on an unknown value, a
 * loop body) binds nothing known: every name it assigns becomes unknown
 * (`unevaluated`), so a kernel using one gets an error instead of a stale
 * value, and a Warp definition inside it is an error. */
static void exec_block(FeModule *fm, AstList *body, Diag *diag);

/* the truth of a module-level test: 1, 0, or -1 if not evaluated */
static int const_truth(FeModule *fm, AstNode *e) {
    /* `if __name__ == "__main__":` never runs when Warp imports the file */
    if (e->kind == A_COMPARE && e->l1.n == 1 && e->a->kind == A_NAME && !strcmp(e->a->str, "__name__") &&
        e->l1.items[0]->kind == A_CONST && e->l1.items[0]->ck == CK_STR && !fe_global(fm, "__name__")) {
        return e->ops[0] == OP_EQ ? 0 : e->ops[0] == OP_NOTEQ ? 1 : -1;
    }
    IrConst c;
    if (!const_eval(fm, e, &c) || c.n)
        return -1;
    return c.is_float ? c.f != 0 : c.i != 0;
}

/* binds the names of an assignment target to "unknown"; an element or
 * attribute store makes its object unknown */
static void poison(FeModule *fm, AstNode *t, AstNode *where) {
    if (!t)
        return;
    switch (t->kind) {
    case A_NAME: {
        FeGlobal *g = global_set(fm, t->str);
        g->kind = G_OTHER;
        g->unevaluated = where;
        break;
    }
    case A_TUPLE: case A_LIST:
        for (int k = 0; k < t->l1.n; k++)
            poison(fm, t->l1.items[k], where);
        break;
    case A_STARRED: case A_SUBSCRIPT: case A_ATTR: {
        /* attributes of modules (warp's included) are not tracked */
        const FeGlobal *g = t->a->kind == A_NAME ? fe_global(fm, t->a->str) : NULL;
        if (t->kind == A_ATTR && (fe_warp_attr(fm, t->a) || (g && (g->kind == G_WARP || g->kind == G_MODULE))))
            break;
        poison(fm, t->a, where);
        break;
    }
    default:
        break;
    }
}

/* a block that may or may not run */
static void exec_unknown(FeModule *fm, AstList *body, AstNode *where, Diag *diag) {
    for (int i = 0; i < body->n && !fm->failed; i++) {
        AstNode *s = body->items[i];
        switch (s->kind) {
        case A_ASSIGN:
            for (int k = 0; k < s->l1.n; k++)
                poison(fm, s->l1.items[k], where);
            break;
        case A_ANNASSIGN: case A_AUGASSIGN: poison(fm, s->a, where); break;
        case A_FOR: poison(fm, s->a, where); /* fall through */
        case A_IF: case A_WHILE:
            exec_unknown(fm, &s->l1, where, diag);
            exec_unknown(fm, &s->l2, where, diag);
            break;
        case A_IMPORT: case A_IMPORTFROM:
            for (int k = 0; k < s->l1.n; k++) {
                const char *n = s->l2.items[k]->str ? s->l2.items[k]->str : s->l1.items[k]->str;
                if (strcmp(n, "*")) {
                    const char *dot = strchr(n, '.');
                    FeGlobal *g = global_set(fm, dot ? arena_strndup(fm->arena, n, dot - n) : n);
                    g->kind = G_OTHER;
                    g->unevaluated = where;
                }
            }
            break;
        case A_FUNCDEF: case A_CLASSDEF: {
            for (int k = 0; k < s->l2.n; k++) {
                AstNode *d = s->l2.items[k];
                if (fe_warp_attr(fm, d->kind == A_CALL ? d->a : d)) {
                    fail(fm, diag, s->loc,
                         arena_printf(fm->arena, "wpc cannot tell whether Python runs this definition: it is "
                                                 "inside the module-level %s on line %d, which wpc does not evaluate",
                                      where->kind == A_IF ? "if" : where->kind == A_FOR ? "for loop" : "while loop",
                                      where->loc.line));
                    return;
                }
            }
            FeGlobal *g = global_set(fm, s->str);
            g->kind = G_OTHER;
            g->unevaluated = where;
            break;
        }
        default:
            break;
        }
    }
}

/* NAME op= VALUE on a known constant */
static void augassign(FeModule *fm, AstNode *s) {
    AstNode *t = s->a;
    IrConst r, x;
    const FeGlobal *g = t->kind == A_NAME ? fe_global(fm, t->str) : NULL;
    if (g && g->kind == G_VALUE && !g->value.n && !g->value.type && const_eval(fm, s->b, &r) && !r.n && !r.type &&
        const_binop(s->op, &g->value, &r, &x)) {
        FeGlobal *ng = global_set(fm, t->str);
        ng->kind = G_VALUE;
        ng->value = x;
        return;
    }
    poison(fm, t, s);
}

/* may Python have given v a value Warp kernels could use (a number)? */
static int numeric_looking(FeModule *fm, AstNode *v) {
    switch (v->kind) {
    case A_BINOP: case A_UNARYOP: case A_IFEXP: case A_SUBSCRIPT: case A_COMPARE: case A_BOOLOP: return 1;
    case A_CONST: return v->ck == CK_INT && v->bigint == 1;
    case A_CALL: {
        /* numbers, Warp scalars and constants; not arrays and other objects */
        const char *fn = fe_warp_attr(fm, v->a);
        FeWarpKind k = fn ? fe_warp_lookup(fm->ir, fn).kind : W_NONE;
        return !fn || !strcmp(fn, "constant") || k == W_SCALAR || k == W_VECTYPE;
    }
    default: return 0;
    }
}

/* NAME = v */
static void bind(FeModule *fm, const char *name, AstNode *v, AstNode *stmt) {
    IrConst c;
    /* aliases of warp things: `vec3 = wp.vec3`, `kernel = wp.kernel` */
    const char *wa = fe_warp_attr(fm, v);
    if (wa && !fe_warp_constant(fm, wa, &c)) {
        FeGlobal *g = global_set(fm, name);
        g->kind = G_WARP_ATTR;
        g->attr = wa;
        return;
    }
    if (v->kind == A_NAME) {
        const FeGlobal *src = fe_global(fm, v->str);
        if (src) {
            FeGlobal copy = *src;
            FeGlobal *g = global_set(fm, name);
            copy.name = g->name;
            *g = copy;
            return;
        }
    }
    if (v->kind == A_CONST && v->ck == CK_STR) {
        FeGlobal *g = global_set(fm, name);
        g->kind = G_STRING;
        g->attr = v->str;
        return;
    }
    IrType ty = v->kind == A_CALL ? fe_type_expr(fm, v) : 0;
    if (ty) {
        FeGlobal *g = global_set(fm, name);
        g->kind = G_TYPE;
        g->type = ty;
        return;
    }
    int ok = const_eval(fm, v, &c);
    FeGlobal *g = global_set(fm, name);
    if (ok) {
        g->kind = G_VALUE;
        g->value = c;
    } else {
        g->kind = G_OTHER;
        if (numeric_looking(fm, v))
            g->unevaluated = stmt;
    }
}

static int mentions_name(AstNode *e, const char *name) {
    if (!e)
        return 0;
    if (e->kind == A_NAME && !strcmp(e->str, name))
        return 1;
    if (mentions_name(e->a, name) || mentions_name(e->b, name) || mentions_name(e->c, name))
        return 1;
    for (int k = 0; k < e->l1.n; k++)
        if (mentions_name(e->l1.items[k], name))
            return 1;
    for (int k = 0; k < e->l2.n; k++)
        if (mentions_name(e->l2.items[k], name))
            return 1;
    return 0;
}

/* A, B = X, Y: element by element when the value is a tuple display whose
 * elements do not read the targets (a swap would see the new values) */
static void unpack(FeModule *fm, AstNode *t, AstNode *v, AstNode *stmt) {
    int ok = (v->kind == A_TUPLE || v->kind == A_LIST) && v->l1.n == t->l1.n;
    for (int k = 0; ok && k < t->l1.n; k++) {
        AstNode *tk = t->l1.items[k];
        if (tk->kind != A_NAME || v->l1.items[k]->kind == A_STARRED) {
            ok = 0;
            break;
        }
        for (int j = 0; j < v->l1.n; j++)
            if (mentions_name(v->l1.items[j], tk->str))
                ok = 0;
    }
    if (!ok) {
        poison(fm, t, stmt);
        return;
    }
    for (int k = 0; k < t->l1.n; k++)
        bind(fm, t->l1.items[k]->str, v->l1.items[k], stmt);
}

/* G[i] = x on a vector constant (ctypes converts x to the element type);
 * any other element store makes its object unknown */
static void store_item(FeModule *fm, AstNode *t, AstNode *v, AstNode *stmt) {
    const FeGlobal *g = t->a->kind == A_NAME ? fe_global(fm, t->a->str) : NULL;
    IrConst ix, x;
    if (g && g->kind == G_VALUE && g->value.n && g->value.type &&
        ir_type_info(fm->ir, g->value.type)->kind == TY_VEC && const_eval(fm, t->b, &ix) && !ix.n && !ix.is_float &&
        !ix.is_big && const_eval(fm, v, &x) && !x.n && !x.is_big) {
        IrConst c = g->value;
        int64_t i = ix.i < 0 ? ix.i + c.n : ix.i;
        if (i >= 0 && i < c.n) {
            IrScalar sc = ir_type_info(fm->ir, c.type)->scalar;
            double *nv = arena_alloc(fm->arena, sizeof(double) * c.n);
            memcpy(nv, c.v, sizeof(double) * c.n);
            double d = x.is_float ? x.f : (double)x.i;
            if (!ir_scalar_is_float(sc) && x.is_float)
                d = (double)(int64_t)d; /* ctypes int fields truncate */
            nv[i] = fe_round_to(sc, d);
            c.v = nv;
            FeGlobal *ng = global_set(fm, g->name);
            ng->kind = G_VALUE;
            ng->value = c;
            return;
        }
    }
    poison(fm, t, stmt);
}

/* A plain class (a configuration holder, an enum.IntEnum): the constants
 * its body assigns become globals "Class.NAME", which kernels read as
 * `Class.NAME` (Warp resolves the attribute path to the value).  Members of
 * enum.Enum and friends are not ints: they stay unknown; IntEnum/IntFlag
 * members are their ints. */
static void class_def(FeModule *fm, AstNode *s, const char *qual, Diag *diag) {
    FeGlobal *g = global_set(fm, qual);
    g->kind = G_CLASS;
    int members_ok = 1, int_enum = 0;
    for (int k = 0; k < s->l3.n; k++) {
        AstNode *base = s->l3.items[k];
        const char *bn = base->kind == A_ATTR ? base->str : base->kind == A_NAME ? base->str : "";
        if (!strcmp(bn, "Enum") || !strcmp(bn, "Flag") || !strcmp(bn, "StrEnum"))
            members_ok = 0;
        int_enum |= !strcmp(bn, "IntEnum") || !strcmp(bn, "IntFlag");
    }
    for (int i = 0; i < s->l1.n; i++) {
        AstNode *st = s->l1.items[i];
        if (st->kind == A_CLASSDEF) {
            class_def(fm, st, arena_printf(fm->arena, "%s.%s", qual, st->str), diag);
            continue;
        }
        if (st->kind == A_FUNCDEF) { /* a Warp kernel/func in a class: key Class.name */
            funcdef(fm, st, arena_printf(fm->arena, "%s.%s", qual, st->str), diag);
            continue;
        }
        if ((st->kind != A_ASSIGN && st->kind != A_ANNASSIGN) || !st->b)
            continue;
        for (int k = 0; k < (st->kind == A_ASSIGN ? st->l1.n : 1); k++) {
            AstNode *t = st->kind == A_ASSIGN ? st->l1.items[k] : st->a;
            if (t->kind != A_NAME)
                continue;
            const char *name = arena_printf(fm->arena, "%s.%s", qual, t->str);
            if (members_ok) {
                bind(fm, name, st->b, st);
                FeGlobal *m = global_find(fm, name);
                m->enum_member = int_enum && m->kind == G_VALUE && !m->value.is_float && !m->value.n;
            } else {
                FeGlobal *m = global_set(fm, name);
                m->kind = G_OTHER;
            }
        }
    }
}

/* Runs one top-level statement, as Python would at import. */
static void exec_stmt(FeModule *fm, AstNode *s, Diag *diag) {
    switch (s->kind) {
    case A_IMPORT:
        for (int k = 0; k < s->l1.n; k++) {
            const char *name = s->l1.items[k]->str;
            const char *alias = s->l2.items[k]->str;
            const char *bind = alias ? alias : name;
            char *dot = strchr(bind, '.');
            if (!alias && dot)
                bind = arena_strndup(fm->arena, bind, dot - bind);
            FeGlobal *g = global_set(fm, bind);
            if (!strcmp(name, "warp") || (!alias && !strncmp(name, "warp.", 5))) {
                g->kind = G_WARP;
            } else {
                g->kind = G_MODULE;
                g->attr = name;
            }
        }
        break;
    case A_IMPORTFROM:
        for (int k = 0; k < s->l1.n; k++) {
            const char *name = s->l1.items[k]->str;
            const char *alias = s->l2.items[k]->str;
            if (!strcmp(name, "*")) {
                if (s->str && !strcmp(s->str, "warp"))
                    fm->warp_star = 1;
                continue;
            }
            FeGlobal *g = global_set(fm, alias ? alias : name);
            if (s->str && (!strcmp(s->str, "warp") || !strncmp(s->str, "warp.", 5))) {
                g->kind = G_WARP_ATTR;
                g->attr = name;
            } else {
                g->kind = G_OTHER;
                g->attr = arena_printf(fm->arena, "%s.%s", s->str ? s->str : "", name); /* typing.Any */
                IrConst c;
                if (s->str && !strcmp(s->str, "math") && math_const(name, &c)) { /* from math import pi */
                    g->kind = G_VALUE;
                    g->value = c;
                }
            }
        }
        break;
    case A_FUNCDEF:
        funcdef(fm, s, s->str, diag);
        break;
    case A_CLASSDEF: {
        int is_struct = 0;
        for (int k = 0; k < s->l2.n; k++)
            if (decorator_is(fm, s->l2.items[k], "struct"))
                is_struct = 1;
        if (is_struct)
            add_def(fm, s, s->str, DEF_STRUCT, diag);
        else
            class_def(fm, s, s->str, diag);
        break;
    }
    case A_ASSIGN:
    case A_ANNASSIGN: {
        AstNode *t = s->kind == A_ASSIGN ? s->l1.items[0] : s->a;
        AstNode *v = s->b;
        /* wp.config.enable_backward / max_unroll: defaults of the module options,
         * read when the module is created (at its first decorated definition) */
        if (v && t->kind == A_ATTR && t->a->kind == A_ATTR && !strcmp(t->a->str, "config") && fe_is_warp(fm, t->a->a)) {
            IrConst c;
            {
                const AstFile *f = fm->file;
                const char *vs = f->lines[v->loc.line] + v->loc.col - 1;
                const char *ve = v->end.line == v->loc.line ? f->lines[v->end.line] + v->end.col - 1 : vs + strlen(vs);
                unsupported_option(fm, diag, s->loc, t->str, arena_strndup(fm->arena, vs, ve - vs));
                if (fm->failed)
                    break;
            }
            /* read when the module is built: the last assignment counts */
            if (!strcmp(t->str, "default_grid_stride") && fe_const_eval(fm, v, &c) && !c.is_float) {
                fm->config_grid_stride = c.i != 0;
                break;
            }
            if (!strcmp(t->str, "line_directives") && fe_const_eval(fm, v, &c) && !c.is_float) {
                fm->config_line_directives = c.i != 0;
                break;
            }
            if (!strcmp(t->str, "mode") && v->kind == A_CONST && v->ck == CK_STR) {
                fm->config_debug = v->str && !strcmp(v->str, "debug");
                break;
            }
            /* read when the module is created (its first decorated definition) */
            if (!strcmp(t->str, "lineinfo") && fe_const_eval(fm, v, &c) && !c.is_float) {
                if (!fm->ndefs)
                    fm->config_lineinfo = c.i != 0;
                break;
            }
            if (fm->ndefs)
                break;
            if (!strcmp(t->str, "enable_backward") && fe_const_eval(fm, v, &c) && !c.is_float) {
                if (!fm->backward_set)
                    fm->enable_backward = c.i != 0;
            } else if (!strcmp(t->str, "max_unroll") && fe_const_eval(fm, v, &c) && !c.is_float) {
                if (!fm->max_unroll_set)
                    fm->max_unroll = (int)c.i;
            }
            break;
        }
        while (v && v->kind == A_IFEXP) { /* X if COND else Y */
            int c = const_truth(fm, v->a);
            if (c < 0)
                break;
            v = c ? v->b : v->c;
        }
        if (!v)
            break;
        for (int k = 0; k < (s->kind == A_ASSIGN ? s->l1.n : 1); k++) {
            AstNode *tk = s->kind == A_ASSIGN ? s->l1.items[k] : t;
            if (tk->kind == A_NAME)
                bind(fm, tk->str, v, s);
            else if (tk->kind == A_TUPLE)
                unpack(fm, tk, v, s);
            else if (tk->kind == A_SUBSCRIPT)
                store_item(fm, tk, v, s);
            else
                poison(fm, tk, s);
        }
        break;
    }
    case A_EXPR: {
        AstNode *e = s->a;
        if (e && e->kind == A_CALL) {
            const char *fn = fe_warp_attr(fm, e->a);
            if (fn && !strcmp(fn, "set_module_options"))
                module_options(fm, e, diag);
            else if (fn && !strcmp(fn, "overload"))
                overload_call(fm, e, diag);
        }
        break;
    }
    case A_IF: {
        int t = const_truth(fm, s->a);
        if (t < 0) {
            exec_unknown(fm, &s->l1, s, diag);
            exec_unknown(fm, &s->l2, s, diag);
        } else {
            exec_block(fm, t ? &s->l1 : &s->l2, diag);
        }
        break;
    }
    case A_FOR:
        poison(fm, s->a, s);
        /* fall through */
    case A_WHILE:
        exec_unknown(fm, &s->l1, s, diag);
        exec_unknown(fm, &s->l2, s, diag);
        break;
    case A_AUGASSIGN:
        augassign(fm, s);
        break;
    default:
        break;
    }
}

static void exec_block(FeModule *fm, AstList *body, Diag *diag) {
    for (int i = 0; i < body->n && !fm->failed; i++)
        exec_stmt(fm, body->items[i], diag);
}

FeModule *fe_module_load(IrModule *m, AstFile *f, Diag *diag) {
    FeModule *fm = arena_alloc(m->arena, sizeof *fm);
    fm->arena = m->arena;
    fm->ir = m;
    fm->file = f;
    fm->enable_backward = 1;
    fm->max_unroll = 16;
    fm->block_dim = 256;
    fm->default_grid_stride = fm->config_grid_stride = -1;
    fm->opt_lineinfo = fm->opt_debug = -1;
    fm->config_line_directives = 1;
    exec_block(fm, &f->module->l1, diag);
    /* get_line_directive: lineinfo, or debug mode, and wp.config.line_directives */
    int lineinfo = fm->opt_lineinfo >= 0 ? fm->opt_lineinfo : fm->config_lineinfo;
    int debug = fm->opt_debug >= 0 ? fm->opt_debug : fm->config_debug;
    m->line_directives = (lineinfo || debug) && fm->config_line_directives;
    for (int i = 0; i < fm->ndefs && !fm->failed; i++) {
        if (fm->defs[i].kind == DEF_STRUCT)
            continue;
        StaticWalk w = {fm, &fm->defs[i], {0}, 0};
        static_walk(&w, fm->defs[i].node);
    }
    return fm->failed ? NULL : fm;
}
