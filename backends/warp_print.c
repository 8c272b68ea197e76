/* warp_print.c: IR -> the module source Warp writes to its kernel cache.
 * requires: a built IrModule with kernel/func native names (ir/hash.c).
 *
 * Warp's Adjoint appends each statement to three lists of the innermost
 * block (forward, replay, reverse), nests blocks for loops and splices them
 * when a loop ends, and prints the reverse list backwards.  This printer
 * replays exactly that over the instruction array: every instruction kind
 * performs the add_forward / add_reverse calls of the Adjoint method it
 * came from, with the same indentation and label counting, so the text
 * falls out in Warp's byte order.  The module, function and kernel
 * templates follow codegen.py's string templates, per Warp dialect. */
#include "backends/backends.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Lines {
    char **s;
    int n, cap;
} Lines;

typedef struct Block {
    Lines fwd, replay, rev;
    int id;       /* builder's block id */
    char label[32];
} Block;

typedef struct Pr {
    const IrModule *m;
    const IrFunc *f;
    Arena *arena;
    WarpDevice dev;
    Block *blocks;
    int nblocks;
    int *loop_blocks; /* indices into blocks */
    int nloop;
    int indent;       /* number of 4-space levels */
    int lineno;       /* Adjoint.lineno: the statement being emitted (relative), -1 none */
    const char *ld_path; /* the file in #line directives (escaped), NULL: no directives */
    int label_count;
    const IrFunc *names_f; /* function whose names are cached */
    const char **names[2]; /* var_N / adj_N per value */
    int nnames;
    const char **ctypes;   /* C++ spelling per type */
    int nctypes;
} Pr;

static void lines_push(Pr *p, Lines *l, char *s) {
    if (l->n == l->cap) {
        int nc = l->cap ? l->cap * 2 : 64;
        char **ns = arena_alloc(p->arena, sizeof(char *) * nc);
        if (l->n)
            memcpy(ns, l->s, sizeof(char *) * l->n);
        l->s = ns;
        l->cap = nc;
    }
    l->s[l->n++] = s;
}

static char *istr(Pr *p, const char *s) {
    /* indentation + s */
    size_t k = (size_t)p->indent * 4, n = strlen(s);
    char *r = arena_alloc(p->arena, k + n + 1);
    memset(r, ' ', k);
    memcpy(r + k, s, n + 1);
    return r;
}

static Block *top(Pr *p) { return &p->blocks[p->nblocks - 1]; }

/* get_line_directive: `#line N "file"` (lineinfo or debug mode) for a
 * statement that is not a comment, at a function-relative line; NULL if none */
static char *line_directive(Pr *p, const char *stmt, int rel) {
    /* no directives for functions without a source line (generic instances print `:0`) */
    if (!p->ld_path || rel < 0 || !p->f->fun_lineno)
        return NULL;
    while (*stmt == ' ' || *stmt == '\t')
        stmt++;
    if (stmt[0] == '/' && stmt[1] == '/')
        return NULL;
    return arena_printf(p->arena, "#line %d \"%s\"", rel + p->f->fun_lineno, p->ld_path);
}

/* printed without the body's indentation (codegen's l.lstrip() for #line lines) */
static int is_directive(const char *l) {
    while (*l == ' ' || *l == '\t')
        l++;
    return !strncmp(l, "#line", 5);
}

static void put_line(Buf *o, const char *ind, const char *l) {
    if (is_directive(l)) {
        while (*l == ' ' || *l == '\t')
            l++;
        buf_printf(o, "%s\n", l);
    } else {
        buf_printf(o, "%s%s\n", ind, l);
    }
}

static void add_forward(Pr *p, const char *stmt, const char *replay, int skip_replay) {
    char *ld = line_directive(p, stmt, p->lineno);
    if (ld)
        lines_push(p, &top(p)->fwd, ld);
    lines_push(p, &top(p)->fwd, istr(p, stmt));
    if (!skip_replay) {
        if (ld)
            lines_push(p, &top(p)->replay, ld);
        lines_push(p, &top(p)->replay, istr(p, replay ? replay : stmt));
    }
}

static void add_reverse(Pr *p, const char *stmt) {
    lines_push(p, &top(p)->rev, istr(p, stmt));
    char *ld = line_directive(p, stmt, p->lineno);
    if (ld)
        lines_push(p, &top(p)->rev, ld);
}

static Block *begin_block(Pr *p, const char *name, int id) {
    Block *b = &p->blocks[p->nblocks++];
    memset(b, 0, sizeof *b);
    b->id = id;
    snprintf(b->label, sizeof b->label, "%s_%d", name, p->label_count++);
    return b;
}

/* ---- names ---- */
/* Names are formatted once per value and cached: printing is dominated by
 * string building, and every value is named many times. */
static const char *emit_val(Pr *p, IrVal v, const char *prefix) {
    const IrValue *x = &p->f->vals[v];
    if (x->fnref)
        return x->fnadj ? arena_printf(p->arena, "adj_%s", x->fnref->native) : x->fnref->native;
    if (x->noprefix)
        return x->name;
    int kind = prefix[0] == 'v' ? 0 : prefix[0] == 'a' ? 1 : 2;
    if (kind < 2 && p->names_f == p->f && v < p->nnames && p->names[kind][v])
        return p->names[kind][v];
    const char *r;
    if (x->label >= 0) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%s_%d", prefix, x->label);
        r = arena_strndup(p->arena, buf, (size_t)n);
    } else {
        r = arena_printf(p->arena, "%s_%s", prefix, x->name);
    }
    if (kind < 2) {
        if (p->names_f != p->f || p->nnames < p->f->nvals) {
            int n = p->f->nvals;
            const char **a = arena_alloc(p->arena, sizeof(char *) * n);
            const char **b2 = arena_alloc(p->arena, sizeof(char *) * n);
            if (p->names_f == p->f && p->nnames) {
                memcpy(a, p->names[0], sizeof(char *) * p->nnames);
                memcpy(b2, p->names[1], sizeof(char *) * p->nnames);
            }
            p->names[0] = a;
            p->names[1] = b2;
            p->nnames = n;
            p->names_f = p->f;
        }
        p->names[kind][v] = r;
    }
    return r;
}

static const char *ctype(Pr *p, IrType t) {
    if (t < p->nctypes && p->ctypes[t])
        return p->ctypes[t];
    Buf b = {0};
    ir_type_ctype(p->m, t, &b);
    buf_put(&b, "", 1);
    char *r = arena_strdup(p->arena, b.data);
    buf_free(&b);
    if (t >= p->nctypes) {
        int n = p->m->ntypes + 16;
        const char **c = arena_alloc(p->arena, sizeof(char *) * n);
        if (p->nctypes)
            memcpy(c, p->ctypes, sizeof(char *) * p->nctypes);
        p->ctypes = c;
        p->nctypes = n;
    }
    p->ctypes[t] = r;
    return r;
}

/* ---- constants ---- */
void warp_float_repr(double v, char *out, size_t n) {
    if (isnan(v)) {
        snprintf(out, n, "nan");
        return;
    }
    if (isinf(v)) {
        snprintf(out, n, v < 0 ? "-inf" : "inf");
        return;
    }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    /* buf = [-]d.ddde[+-]XX */
    char digits[32];
    int nd = 0, neg = buf[0] == '-';
    const char *c = buf + neg;
    for (; *c && *c != 'e'; c++)
        if (*c >= '0' && *c <= '9')
            digits[nd++] = *c;
    int exp = atoi(c + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = 0;
    char r[64];
    int k = 0;
    if (neg)
        r[k++] = '-';
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            r[k++] = '0';
            r[k++] = '.';
            for (int i = 0; i < -exp - 1; i++)
                r[k++] = '0';
            for (int i = 0; i < nd; i++)
                r[k++] = digits[i];
        } else {
            for (int i = 0; i <= exp; i++)
                r[k++] = i < nd ? digits[i] : '0';
            r[k++] = '.';
            if (nd > exp + 1)
                for (int i = exp + 1; i < nd; i++)
                    r[k++] = digits[i];
            else
                r[k++] = '0';
        }
        r[k] = 0;
    } else {
        r[k++] = digits[0];
        if (nd > 1) {
            r[k++] = '.';
            for (int i = 1; i < nd; i++)
                r[k++] = digits[i];
        }
        k += sprintf(r + k, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    snprintf(out, n, "%s", r);
}

static void scalar_str(IrScalar s, double f, int64_t i, int is_float, Buf *out, int lower) {
    char t[64];
    if (s == SC_BOOL) {
        buf_puts(out, i ? (lower ? "true" : "True") : (lower ? "false" : "False"));
        return;
    }
    if (is_float) {
        warp_float_repr(f, t, sizeof t);
        buf_puts(out, t);
        return;
    }
    snprintf(t, sizeof t, "%lld", (long long)i);
    if (s == SC_UINT64)
        snprintf(t, sizeof t, "%llu", (unsigned long long)i);
    buf_puts(out, t);
}

/* constant_str(): a constant as Warp writes it into C++. */
static const char *const_str(Pr *p, const IrConst *c, IrType t) {
    Buf b = {0};
    const IrTypeInfo *ti = ir_type_info(p->m, t);
    if (c->n) {
        IrScalar s = ti->scalar;
        if (s == SC_BOOL)
            buf_printf(&b, "wp::initializer_array<%d,bool>{", c->n);
        else
            buf_printf(&b, "wp::initializer_array<%d,wp::%s>{", c->n, ir_scalar_name(s));
        for (int i = 0; i < c->n; i++) {
            if (i)
                buf_puts(&b, ", ");
            if (ir_scalar_is_float(s)) {
                char tmp[64];
                warp_float_repr(c->v[i], tmp, sizeof tmp);
                buf_puts(&b, tmp);
            } else {
                scalar_str(s, c->v[i], (int64_t)c->v[i], 0, &b, 1);
            }
        }
        buf_puts(&b, "}");
    } else if (c->is_bool || (ti->kind == TY_SCALAR && ti->scalar == SC_BOOL)) {
        buf_puts(&b, (c->is_float ? c->f != 0 : c->i != 0) ? "true" : "false");
    } else if (c->type) {
        /* a typed scalar constant: str(value.value), the Python number it was
         * made from (wp.float32(0.1) prints 0.1, wp.int8(300) 300) */
        IrScalar s = ti->scalar;
        int rf = c->has_raw ? c->raw_is_float : c->is_float;
        double f = c->has_raw ? c->raw_f : c->f;
        if (rf) {
            /* 1.16 writes INFINITY/NAN, 1.10 Python's inf/nan */
            if (isinf(f))
                buf_puts(&b, p->m->warp_minor < 16 ? (f < 0 ? "-inf" : "inf") : f < 0 ? "-INFINITY" : "INFINITY");
            else if (isnan(f))
                buf_puts(&b, p->m->warp_minor < 16 ? "nan" : "NAN");
            else
                scalar_str(s, f, 0, 1, &b, 0);
        } else {
            if (c->has_raw)
                buf_printf(&b, c->raw_is_big ? "%llu" : "%lld", (long long)c->raw_i);
            else
                scalar_str(s, 0, c->i, 0, &b, 0);
            /* 1.16 suffixes wide integer literals; 1.10 prints str(value) */
            if (p->m->warp_minor >= 16) {
                if (s == SC_UINT64) buf_puts(&b, "ull");
                else if (s == SC_INT64) buf_puts(&b, "ll");
                else if (s == SC_UINT32) buf_puts(&b, "u");
            }
        }
    } else if (c->is_float) {
        /* 1.10's constant_str knows only +inf; -inf is str(value) */
        if (isinf(c->f))
            buf_puts(&b, c->f > 0 ? "INFINITY" : p->m->warp_minor < 16 ? "-inf" : "-INFINITY");
        else if (isnan(c->f))
            buf_puts(&b, "NAN");
        else {
            char tmp[64];
            warp_float_repr(c->f, tmp, sizeof tmp);
            buf_puts(&b, tmp);
        }
    } else if (c->is_big) {
        buf_printf(&b, "%llu", (unsigned long long)c->i);
    } else {
        buf_printf(&b, "%lld", (long long)c->i);
    }
    buf_put(&b, "", 1);
    const char *r = arena_strdup(p->arena, b.data);
    buf_free(&b);
    return r;
}

static const char *string_const(Pr *p, const IrValue *x) {
    /* '"' + value.encode("unicode-escape").decode() + '"' */
    Buf b = {0};
    buf_puts(&b, "\"");
    for (int64_t i = 0; i < x->cval.i; i++) {
        unsigned char ch = (unsigned char)x->cstr[i];
        switch (ch) {
        case '\\': buf_puts(&b, "\\\\"); break;
        case '\n': buf_puts(&b, "\\n"); break;
        case '\t': buf_puts(&b, "\\t"); break;
        case '\r': buf_puts(&b, "\\r"); break;
        default:
            if (ch < 0x20 || ch == 0x7f)
                buf_printf(&b, "\\x%02x", ch);
            else
                buf_put(&b, (const char *)&ch, 1);
        }
    }
    buf_puts(&b, "\"");
    buf_put(&b, "", 1);
    const char *r = arena_strdup(p->arena, b.data);
    buf_free(&b);
    return r;
}

/* ---- calls ---- */
static void join_vals(Pr *p, Buf *b, const IrVal *v, int n, const char *prefix, int *first) {
    for (int i = 0; i < n; i++) {
        if (!*first)
            buf_puts(b, ", ");
        *first = 0;
        buf_puts(b, emit_val(p, v[i], prefix));
    }
}

static const char *braced(Pr *p, const IrVal *v, int n, const char *prefix) {
    Buf b = {0};
    int first = 1;
    buf_puts(&b, "{");
    join_vals(p, &b, v, n, prefix, &first);
    buf_puts(&b, "}");
    buf_put(&b, "", 1);
    const char *r = arena_strdup(p->arena, b.data);
    buf_free(&b);
    return r;
}

static void print_call(Pr *p, const IrInst *in) {
    const char *ns, *native;
    unsigned flags = 0;
    int differentiable = 1, skip_replay = 0, orig_out = 0;
    if (in->builtin) {
        flags = ir_builtin_flags(in->builtin);
        ns = (flags & BF_NONS) ? "" : "wp::";
        native = ir_builtin_native(in->builtin);
        differentiable = !(flags & BF_NODIFF) && !(in->flags & IRF_NOREVERSE);
        skip_replay = !!(flags & BF_SKIP_REPLAY);
        orig_out = !!(flags & BF_ORIG_OUT);
    } else if (in->func <= -2) {
        /* struct default constructor */
        const IrStruct *st = p->m->structs[-2 - in->func];
        ns = "";
        native = st->native_name;
    } else {
        ns = "";
        native = p->m->funcs[in->func]->native;
    }
    int init = !!(in->flags & IRF_INITLIST);
    const char *name = in->text ? arena_printf(p->arena, "%s<%s>", native, in->text) : native;
    Buf a = {0};
    int first = 1;
    if (init) {
        buf_puts(&a, braced(p, in->args, in->nargs, "var"));
        if (in->nout > 1) {
            /* multiple outputs are appended inside the list as in Warp */
        }
    } else {
        join_vals(p, &a, in->args, in->nargs, "var", &first);
        if (in->nout > 1)
            join_vals(p, &a, in->outs, in->nout, "var", &first);
    }
    buf_put(&a, "", 1);
    const char *fwd;
    if (in->nout == 0)
        fwd = arena_printf(p->arena, "%s%s(%s);", ns, name, a.data);
    else if (in->nout == 1)
        fwd = arena_printf(p->arena, "%s = %s%s(%s);", emit_val(p, in->outs[0], "var"), ns, name, a.data);
    else
        fwd = arena_printf(p->arena, "%s%s(%s);", ns, name, a.data);
    buf_free(&a);
    if (skip_replay)
        add_forward(p, fwd, arena_printf(p->arena, "// %s", fwd), 0);
    else
        add_forward(p, fwd, NULL, 0);

    if (!differentiable || in->nargs == 0)
        return;
    int has_out = (orig_out || in->nout > 1) && !(in->func >= 0 && p->m->funcs[in->func]->custom_grad);
    Buf r = {0};
    first = 1;
    if (init) {
        const char *parts[5];
        int np = 0;
        parts[np++] = braced(p, in->args, in->nargs, "var");
        if (in->nout > 1)
            parts[np++] = braced(p, has_out ? in->outs : NULL, has_out ? in->nout : 0, "var");
        parts[np++] = braced(p, in->adjargs, in->nargs, "&adj");
        Buf oa = {0};
        int f2 = 1;
        join_vals(p, &oa, in->outs, in->nout, "adj", &f2);
        buf_put(&oa, "", 1);
        if (oa.data[0])
            parts[np++] = arena_strdup(p->arena, oa.data);
        buf_free(&oa);
        for (int i = 0; i < np; i++) {
            if (i)
                buf_puts(&r, ", ");
            buf_puts(&r, parts[i]);
        }
    } else {
        join_vals(p, &r, in->args, in->nargs, "var", &first);
        if (has_out)
            join_vals(p, &r, in->outs, in->nout, "var", &first);
        join_vals(p, &r, in->adjargs, in->nargs, "adj", &first);
        join_vals(p, &r, in->outs, in->nout, "adj", &first);
    }
    buf_put(&r, "", 1);
    const char *adjname = (flags & BF_LTO) && p->m->warp_minor >= 16 && in->text
                              ? arena_printf(p->arena, "%s<%s>", native, in->text) : native;
    add_reverse(p, arena_printf(p->arena, "%sadj_%s(%s);", ns, adjname, r.data));
    buf_free(&r);
}

static const char *cmp_str(uint8_t op) {
    static const char *s[] = {[IR_CMP_EQ] = "==", [IR_CMP_NE] = "!=", [IR_CMP_LT] = "<",
                              [IR_CMP_LE] = "<=", [IR_CMP_GT] = ">", [IR_CMP_GE] = ">="};
    return op <= IR_CMP_GE ? s[op] : "==";
}

static void print_line(Pr *p, int rel) {
    const IrFunc *f = p->f;
    const char *s = rel >= 0 && rel < f->nsrc_lines ? f->src_lines[rel] : "";
    /* str.strip() */
    while (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\v' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\f'))
        n--;
    int width = 80 - p->indent * 4;
    char *src = arena_alloc(p->arena, n + (width > 0 ? width : 0) + 1);
    memcpy(src, s, n);
    size_t k = n;
    /* ljust counts characters, not bytes */
    size_t chars = 0;
    for (size_t i = 0; i < n; i++)
        chars += ((unsigned char)s[i] & 0xC0) != 0x80;
    while ((int)chars < width) {
        src[k++] = ' ';
        chars++;
    }
    src[k] = 0;
    int line = rel + f->fun_lineno;
    p->lineno = rel;
    add_forward(p, arena_printf(p->arena, "// %s       <L %d>", src, line), NULL, 0);
    add_reverse(p, arena_printf(p->arena, "// adj: %s  <L %d>", src, line));
}

static int block_index_by_label(Pr *p, const Block *b) { return (int)(b - p->blocks); }

static void splice_loop_reverse(Pr *p, Lines *reverse) {
    /* adj.blocks[-1].body_reverse.extend(reversed(reverse)) */
    for (int i = reverse->n - 1; i >= 0; i--)
        lines_push(p, &top(p)->rev, reverse->s[i]);
}

static void zero_body_adjoints(Pr *p, Lines *out, int body_id, int tabbed) {
    const IrFunc *f = p->f;
    for (int i = 0; i < f->nvars; i++) {
        const IrValue *x = &f->vals[f->varlist[i]];
        if (x->block != body_id)
            continue;
        const char *adj = emit_val(p, f->varlist[i], "adj");
        const IrTypeInfo *ti = ir_type_info(p->m, x->type);
        /* tiles: owners zero their gradient storage, aliases are left alone
         * (for loops; 1.16's while loops too) */
        if (ti->kind == TY_TILE && (tabbed || p->m->warp_minor >= 16)) {
            if (ti->rows & IRTILE_OWNER) {
                char *z = arena_printf(p->arena, "%s.grad_zero();", adj);
                lines_push(p, out, tabbed ? istr(p, arena_printf(p->arena, "\t%s", z)) : z);
            }
            continue;
        }
        if (tabbed)
            lines_push(p, out, istr(p, arena_printf(p->arena, "\t%s = {};", adj)));
        else
            lines_push(p, out, arena_printf(p->arena, "%s = {};", adj));
    }
}

/* _LValueOrigin.emit_pointer: the nested lvalue of every step but the last,
 * then the address of the last. */
static const char *origin_step(Pr *p, const char *base, const IrOriginStep *st, int pointer) {
    if (st->kind == 0)
        return arena_printf(p->arena, pointer ? "&((%s).%s)" : "(%s).%s", base, st->field);
    Buf b = {0};
    int first = 1;
    join_vals(p, &b, st->idx, st->nidx, "var", &first);
    buf_put(&b, "", 1);
    const char *r = st->kind == 2 ? arena_printf(p->arena, pointer ? "&(wp::view(%s, %s))" : "wp::view(%s, %s)", base, b.data)
                  : arena_printf(p->arena, pointer ? "wp::address(%s, %s)" : "(*wp::address(%s, %s))", base, b.data);
    buf_free(&b);
    return r;
}

static const char *origin_pointer(Pr *p, const IrOrigin *o) {
    const char *e = emit_val(p, o->root, "var");
    if (!o->nsteps)
        return arena_printf(p->arena, "&(%s)", e);
    for (int i = 0; i < o->nsteps - 1; i++)
        e = origin_step(p, e, &o->steps[i], 0);
    return origin_step(p, e, &o->steps[o->nsteps - 1], 1);
}

static void print_body(Pr *p) {
    const IrFunc *f = p->f;
    for (int k = 0; k < f->ninsts; k++) {
        const IrInst *in = &f->insts[k];
        switch ((IrOp)in->op) {
        case IR_LINE: print_line(p, in->a); break;
        case IR_CALL: print_call(p, in); break;
        case IR_SETCONST: {
            const IrValue *c = &f->vals[in->args[0]];
            add_forward(p, arena_printf(p->arena, "%s = %s;", emit_val(p, in->outs[0], "var"),
                                        const_str(p, &c->cval, c->type)), NULL, 0);
            break;
        }
        case IR_COMP: {
            int nc = in->nargs - 1;
            Buf s = {0};
            buf_printf(&s, "%s = ", emit_val(p, in->outs[0], "var"));
            for (int i = 0; i < nc; i++)
                buf_puts(&s, "(");
            buf_printf(&s, "%s ", emit_val(p, in->args[0], "var"));
            for (int i = 0; i < nc; i++) {
                if (i == 0)
                    buf_printf(&s, "%s %s) ", cmp_str(in->ops[i]), emit_val(p, in->args[1], "var"));
                else
                    buf_printf(&s, "&& (%s %s %s)) ", emit_val(p, in->args[i], "var"), cmp_str(in->ops[i]),
                               emit_val(p, in->args[i + 1], "var"));
            }
            while (s.len && s.data[s.len - 1] == ' ')
                s.len--;
            buf_puts(&s, ";");
            buf_put(&s, "", 1);
            add_forward(p, s.data, NULL, 0);
            buf_free(&s);
            break;
        }
        case IR_BOOL_INIT:
            if (p->m->warp_minor < 16) {
                Buf s = {0};
                buf_printf(&s, "%s = ", emit_val(p, in->outs[0], "var"));
                for (int i = 0; i < in->nargs; i++) {
                    if (i)
                        buf_puts(&s, in->a ? " && " : " || ");
                    buf_puts(&s, emit_val(p, in->args[i], "var"));
                }
                buf_puts(&s, ";");
                buf_put(&s, "", 1);
                add_forward(p, s.data, NULL, 0);
                buf_free(&s);
            } else {
                add_forward(p, arena_printf(p->arena, "%s = %s;", emit_val(p, in->outs[0], "var"),
                                            emit_val(p, in->args[0], "var")), NULL, 0);
            }
            break;
        case IR_BOOL_BEGIN: {
            const char *o = emit_val(p, in->outs[0], "var");
            add_forward(p, arena_printf(p->arena, in->a ? "if (%s) {" : "if (!%s) {", o), NULL, 0);
            add_reverse(p, "}");
            p->indent++;
            break;
        }
        case IR_BOOL_STEP: {
            const char *o = emit_val(p, in->outs[0], "var");
            add_forward(p, arena_printf(p->arena, "%s = %s %s %s;", o, o, in->a ? "&&" : "||",
                                        emit_val(p, in->args[0], "var")), NULL, 0);
            break;
        }
        case IR_BOOL_END: {
            const char *o = emit_val(p, in->outs[0], "var");
            p->indent--;
            add_forward(p, "}", NULL, 0);
            add_reverse(p, arena_printf(p->arena, in->a ? "if (%s) {" : "if (!%s) {", o));
            break;
        }
        case IR_IF_BEGIN:
        case IR_ELSE_BEGIN: {
            const char *c = emit_val(p, in->args[0], "var");
            add_forward(p, arena_printf(p->arena, in->op == IR_IF_BEGIN ? "if (%s) {" : "if (!%s) {", c), NULL, 0);
            add_reverse(p, "}");
            p->indent++;
            break;
        }
        case IR_IF_END:
        case IR_ELSE_END: {
            if (in->a != 2) {
                p->indent--;
                add_forward(p, "}", NULL, 0);
            }
            if (in->a != 1) {
                const char *c = emit_val(p, in->args[0], "var");
                add_reverse(p, arena_printf(p->arena, in->op == IR_IF_END ? "if (%s) {" : "if (!%s) {", c));
            }
            break;
        }
        case IR_FOR_BEGIN: {
            Block *cb = begin_block(p, "for", in->a);
            p->loop_blocks[p->nloop++] = block_index_by_label(p, cb);
            add_forward(p, arena_printf(p->arena, "start_%s:;", cb->label), NULL, 0);
            p->indent++;
            add_forward(p, arena_printf(p->arena, "if (iter_cmp(%s) == 0) goto end_%s;", emit_val(p, in->args[0], "var"),
                                        cb->label), NULL, 0);
            break;
        }
        case IR_FOR_BODY: begin_block(p, "block", in->a); break;
        case IR_FOR_END: {
            Block body = p->blocks[--p->nblocks];
            Block cond = p->blocks[--p->nblocks];
            p->nloop--;
            for (int i = 0; i < cond.fwd.n; i++)
                lines_push(p, &top(p)->fwd, cond.fwd.s[i]);
            for (int i = 0; i < body.fwd.n; i++)
                lines_push(p, &top(p)->fwd, body.fwd.s[i]);
            add_forward(p, arena_printf(p->arena, "goto start_%s;", cond.label), NULL, 1);
            p->indent--;
            add_forward(p, arena_printf(p->arena, "end_%s:;", cond.label), NULL, 1);
            Lines rev = {0};
            const char *it = emit_val(p, in->args[0], "var");
            lines_push(p, &rev, istr(p, arena_printf(p->arena, "%s = wp::iter_reverse(%s);", it, it)));
            for (int i = 0; i < cond.fwd.n; i++)
                lines_push(p, &rev, cond.fwd.s[i]);
            zero_body_adjoints(p, &rev, body.id, 1);
            for (int i = 0; i < body.replay.n; i++)
                lines_push(p, &rev, body.replay.s[i]);
            for (int i = body.rev.n - 1; i >= 0; i--)
                lines_push(p, &rev, body.rev.s[i]);
            lines_push(p, &rev, istr(p, arena_printf(p->arena, "\tgoto start_%s;", cond.label)));
            lines_push(p, &rev, istr(p, arena_printf(p->arena, "end_%s:;", cond.label)));
            splice_loop_reverse(p, &rev);
            break;
        }
        case IR_WHILE_BEGIN: {
            Block *cb = begin_block(p, "while", in->a);
            p->loop_blocks[p->nloop++] = block_index_by_label(p, cb);
            lines_push(p, &cb->fwd, arena_printf(p->arena, "start_%s:;", cb->label));
            break;
        }
        case IR_WHILE_COND: {
            Block *cb = top(p);
            lines_push(p, &cb->fwd, arena_printf(p->arena, "if ((%s) == false) goto end_%s;",
                                                  emit_val(p, in->args[0], "var"), cb->label));
            begin_block(p, "block", in->a);
            p->indent++;
            break;
        }
        case IR_WHILE_END: {
            p->indent--;
            Block body = p->blocks[--p->nblocks];
            Block cond = p->blocks[--p->nblocks];
            p->nloop--;
            for (int i = 0; i < cond.fwd.n; i++)
                lines_push(p, &top(p)->fwd, cond.fwd.s[i]);
            for (int i = 0; i < body.fwd.n; i++)
                lines_push(p, &top(p)->fwd, body.fwd.s[i]);
            lines_push(p, &top(p)->fwd, arena_printf(p->arena, "goto start_%s;", cond.label));
            lines_push(p, &top(p)->fwd, arena_printf(p->arena, "end_%s:;", cond.label));
            Lines rev = {0};
            for (int i = 0; i < cond.fwd.n; i++)
                lines_push(p, &rev, cond.fwd.s[i]);
            zero_body_adjoints(p, &rev, body.id, 0);
            for (int i = 0; i < body.replay.n; i++)
                lines_push(p, &rev, body.replay.s[i]);
            for (int i = body.rev.n - 1; i >= 0; i--)
                lines_push(p, &rev, body.rev.s[i]);
            lines_push(p, &rev, arena_printf(p->arena, "goto start_%s;", cond.label));
            lines_push(p, &rev, arena_printf(p->arena, "end_%s:;", cond.label));
            splice_loop_reverse(p, &rev);
            break;
        }
        case IR_BREAK:
        case IR_CONTINUE: {
            Block *lb = &p->blocks[p->loop_blocks[p->nloop - 1]];
            add_forward(p, arena_printf(p->arena, in->op == IR_BREAK ? "goto end_%s;" : "goto start_%s;", lb->label),
                        NULL, 0);
            break;
        }
        case IR_RETURN: {
            const char *go = arena_printf(p->arena, "goto label%d;", p->label_count);
            if (in->nargs == 0) {
                add_forward(p, "return;", go, 0);
            } else if (in->nargs == 1) {
                add_forward(p, arena_printf(p->arena, "return %s;", emit_val(p, in->args[0], "var")), go, 0);
                add_reverse(p, arena_printf(p->arena, "%s += adj_ret;", emit_val(p, in->args[0], "adj")));
            } else {
                for (int i = 0; i < in->nargs; i++) {
                    add_forward(p, arena_printf(p->arena, "ret_%d = %s;", i, emit_val(p, in->args[i], "var")), NULL, 0);
                    add_reverse(p, arena_printf(p->arena, "%s += adj_ret_%d;", emit_val(p, in->args[i], "adj"), i));
                }
                add_forward(p, "return;", go, 0);
            }
            add_reverse(p, arena_printf(p->arena, "label%d:;", p->label_count));
            p->label_count++;
            break;
        }
        case IR_RETURN_DEFAULT: add_forward(p, "return {};", NULL, 1); break;
        case IR_ATTR_ADDR: {
            const IrValue *agg = &f->vals[in->args[0]];
            const char *o = emit_val(p, in->outs[0], "var");
            const char *a = emit_val(p, in->args[0], "var");
            /* an array's ptr: the data pointer cast to uint64 (and back to the dtype for the adjoint) */
            const char *cast = in->flags & IRF_PTRFIELD ? "(wp::uint64*)" : "";
            const char *adj_cast = "";
            if (in->flags & IRF_PTRFIELD)
                adj_cast = arena_printf(p->arena, "(%s*)",
                                        ctype(p, ir_type_info(p->m, ir_type_strip_ref(p->m, agg->type))->elem));
            if (in->a == 2)
                add_forward(p, arena_printf(p->arena, "%s = %s;", o, origin_pointer(p, in->origin)), NULL, 0);
            else
                add_forward(p, arena_printf(p->arena, in->a ? "%s = %s&(%s->%s);" : "%s = %s&(%s.%s);", o, cast, a,
                                            in->text),
                            NULL, 0);
            IrType ft = ir_type_strip_ref(p->m, f->vals[in->outs[0]].type);
            const IrTypeInfo *ti = ir_type_info(p->m, ft);
            int diff = ti->kind == TY_STRUCT || ir_scalar_is_float(ir_type_scalar_of(p->m, ft));
            if (ti->kind == TY_ARRAY || ti->kind == TY_SHAPE)
                diff = 0;
            add_reverse(p, arena_printf(p->arena, diff ? "%s.%s += %s%s;" : "%s.%s = %s%s;", emit_val(p, in->args[0], "adj"),
                                        in->text, adj_cast, emit_val(p, in->outs[0], "adj")));
            break;
        }
        case IR_ATTR_STORE: {
            const char *a = emit_val(p, in->args[0], "var");
            add_forward(p, arena_printf(p->arena, "%s.%s = %s;", a, in->text, emit_val(p, in->args[1], "var")), NULL, 0);
            add_reverse(p, arena_printf(p->arena, "%s.%s = {};", emit_val(p, in->args[0], "adj"), in->text));
            IrType ft = ir_type_strip_ref(p->m, f->vals[in->args[1]].type);
            const IrTypeInfo *ti = ir_type_info(p->m, ft);
            int diff = ti->kind == TY_STRUCT || ir_scalar_is_float(ir_type_scalar_of(p->m, ft));
            if (ti->kind == TY_ARRAY)
                diff = 0;
            if (diff)
                add_reverse(p, arena_printf(p->arena, "%s += %s.%s;", emit_val(p, in->args[1], "adj"),
                                            emit_val(p, in->args[0], "adj"), in->text));
            break;
        }
        case IR_ASSERT:
            /* 1.10 writes the message operand without the (void) cast */
            add_forward(p, arena_printf(p->arena, p->m->warp_minor >= 16 ? "assert(((void)\"%s\",%s));" : "assert((\"%s\",%s));",
                                        in->text, emit_val(p, in->args[0], "var")),
                        NULL, 0);
            break;
        case IR_ADJ_ASSIGN:
            add_forward(p, arena_printf(p->arena, "%s = %s;", emit_val(p, in->args[0], "var"), emit_val(p, in->args[1], "var")),
                        NULL, 0);
            break;
        case IR_SLOT_STORE: {
            /* path with $k replaced by the argument's name */
            Buf path = {0};
            for (const char *c = in->text; *c; c++) {
                if (*c == '$') {
                    char *e;
                    int k = (int)strtol(c + 1, &e, 10);
                    buf_puts(&path, emit_val(p, in->args[k], "var"));
                    c = e - 1;
                } else {
                    buf_put(&path, c, 1);
                }
            }
            buf_put(&path, "", 1);
            Buf idx = {0};
            int first = 1;
            join_vals(p, &idx, in->args + 1, in->a, "var", &first);
            buf_put(&idx, "", 1);
            const char *arr = emit_val(p, in->args[0], "var");
            IrVal rv = in->args[1 + in->a];
            add_forward(p, arena_printf(p->arena, "wp::index(%s, %s)%s = %s;", arr, idx.data, path.data,
                                        emit_val(p, rv, "var")), NULL, 0);
            add_reverse(p, arena_printf(p->arena,
                                        "wp::adj_array_store_slot(%s, %s, %s, [&](auto& _e) -> auto& { return _e%s; }, %s);",
                                        arr, emit_val(p, in->args[0], "adj"), emit_val(p, rv, "adj"), path.data, idx.data));
            buf_free(&path);
            buf_free(&idx);
            break;
        }
        case IR_TEXT:
            if (in->text)
                add_forward(p, in->text, NULL, 0);
            break;
        }
    }
}

static void run_body(Pr *p, const IrFunc *f) {
    p->f = f;
    p->nblocks = 0;
    p->nloop = 0;
    p->indent = 0;
    p->label_count = 0;
    p->lineno = -1;
    Block *b0 = &p->blocks[p->nblocks++];
    memset(b0, 0, sizeof *b0);
    print_body(p);
}

/* ---- function bodies ---- */
static void var_decls(Pr *p, const IrFunc *f, Buf *o, const char *ind, int requires_grad) {
    for (int i = 0; i < f->nvars; i++) {
        const IrValue *x = &f->vals[f->varlist[i]];
        const char *name = emit_val(p, f->varlist[i], "var");
        char *ld = line_directive(p, "decl", x->lineno);
        if (ld)
            buf_printf(o, "%s\n", ld);
        if (ir_type_info(p->m, x->type)->kind == TY_TILE || ir_type_info(p->m, x->type)->kind == TY_TILE_STACK) {
            Buf ci = {0};
            ir_tile_cinit(p->m, x->type, requires_grad, &ci);
            buf_put(&ci, "", 1);
            buf_printf(o, "%s%s %s = %s;\n", ind, ctype(p, x->type), name, ci.data);
            buf_free(&ci);
        } else if (x->is_const && x->cstr)
            buf_printf(o, "%sconst %s %s = %s;\n", ind, ctype(p, x->type), name, string_const(p, x));
        else if (x->is_const)
            buf_printf(o, "%sconst %s %s = %s;\n", ind, ctype(p, x->type), name, const_str(p, &x->cval, x->type));
        else
            buf_printf(o, "%s%s %s;\n", ind, ctype(p, x->type), name);
    }
}

static void body_forward(Pr *p, const IrFunc *f, int is_kernel, Buf *o) {
    p->f = f;
    const char *ind = (p->dev == WARP_CUDA && is_kernel) ? "        " : "    ";
    if (p->dev == WARP_CPU && is_kernel) {
        buf_printf(o, "%s//---------\n%s// argument vars\n", ind, ind);
        for (int i = 0; i < f->nparams; i++) {
            const IrValue *a = &f->vals[f->params[i]];
            buf_printf(o, "%s%s var_%s = _wp_args->%s;\n", ind, ctype(p, a->type), a->name, a->name);
        }
    }
    buf_printf(o, "%s//---------\n%s// primal vars\n", ind, ind);
    var_decls(p, f, o, ind, 0);
    buf_printf(o, "%s//---------\n%s// forward\n", ind, ind);
    run_body(p, f);
    Lines *fw = &p->blocks[0].fwd;
    for (int i = 0; i < fw->n; i++) {
        const char *l = fw->s[i];
        const char *t = l;
        while (*t == ' ')
            t++;
        if (p->dev == WARP_CUDA && is_kernel && f->grid_stride && !strncmp(t, "return;", 7)) {
            /* grid-stride kernels continue instead of returning */
            buf_printf(o, "%s%.*scontinue;%s\n", ind, (int)(t - l), l, t + 7);
        } else {
            put_line(o, ind, l);
        }
    }
}

static void body_reverse(Pr *p, const IrFunc *f, int is_kernel, Buf *o) {
    p->f = f;
    const char *ind = (p->dev == WARP_CUDA && is_kernel) ? "        " : "    ";
    if (p->dev == WARP_CPU && is_kernel) {
        buf_printf(o, "%s//---------\n%s// argument vars\n", ind, ind);
        for (int i = 0; i < f->nparams; i++) {
            const IrValue *a = &f->vals[f->params[i]];
            buf_printf(o, "%s%s var_%s = _wp_args->%s;\n", ind, ctype(p, a->type), a->name, a->name);
        }
        for (int i = 0; i < f->nparams; i++) {
            const IrValue *a = &f->vals[f->params[i]];
            buf_printf(o, "%s%s adj_%s = _wp_adj_args->%s;\n", ind, ctype(p, a->type), a->name, a->name);
        }
    }
    buf_printf(o, "%s//---------\n%s// primal vars\n", ind, ind);
    var_decls(p, f, o, ind, 1);
    buf_printf(o, "%s//---------\n%s// dual vars\n", ind, ind);
    for (int i = 0; i < f->nvars; i++) {
        const IrValue *x = &f->vals[f->varlist[i]];
        char *ld = line_directive(p, "decl", x->lineno);
        if (ld)
            buf_printf(o, "%s\n", ld);
        const IrTypeInfo *ti = ir_type_info(p->m, x->type);
        if (ti->kind == TY_TILE_STACK) {
            /* the stacks' adjoint functions are no-ops: uninitialized */
            buf_printf(o, "%s%s %s;\n", ind, ctype(p, x->type), emit_val(p, f->varlist[i], "adj"));
            continue;
        }
        if (ti->kind == TY_TILE) {
            /* register tiles get their own adjoint; shared tiles hold theirs */
            if (ti->rows & IRTILE_SHARED)
                buf_printf(o, "%s%s& %s = %s;\n", ind, ctype(p, x->type), emit_val(p, f->varlist[i], "adj"),
                           emit_val(p, f->varlist[i], "var"));
            else
                buf_printf(o, "%s%s %s%s;\n", ind, ctype(p, x->type), emit_val(p, f->varlist[i], "adj"),
                           p->m->warp_minor >= 16 ? "{}" : "(0.0)");
            continue;
        }
        buf_printf(o, "%s%s %s = {};\n", ind, ctype(p, ir_type_strip_ref(p->m, x->type)),
                   emit_val(p, f->varlist[i], "adj"));
    }
    buf_printf(o, "%s//---------\n%s// forward\n", ind, ind);
    run_body(p, f);
    Lines *rp = &p->blocks[0].replay;
    for (int i = 0; i < rp->n; i++)
        put_line(o, ind, rp->s[i]);
    buf_printf(o, "%s//---------\n%s// reverse\n", ind, ind);
    Lines *rv = &p->blocks[0].rev;
    for (int i = rv->n - 1; i >= 0; i--)
        put_line(o, ind, rv->s[i]);
    buf_printf(o, "%s%s\n", ind, (p->dev == WARP_CUDA && is_kernel && f->grid_stride) ? "continue;" : "return;");
}

/* ---- functions ---- */
static int tile_template(Pr *p, IrType t) {
    return p->m->warp_minor >= 16 && (ir_type_is_tile(p->m, t) || ir_type_info(p->m, t)->kind == TY_TILE_STACK);
}

/* 1.16: "template<typename tile_a, ...>\n" before a function with tile parameters
 * (a native snippet: tiles only, not tile stacks) */
static const char *template_prefix(Pr *p, const IrFunc *f) {
    Buf b = {0};
    for (int i = 0; i < f->nparams; i++) {
        const IrValue *a = &f->vals[f->params[i]];
        if (tile_template(p, a->type) && (!f->native_snippet || ir_type_is_tile(p->m, a->type)))
            buf_printf(&b, "%stypename tile_%s", b.len ? ", " : "template<", a->name);
    }
    if (!b.len)
        return "";
    buf_puts(&b, ">\n");
    const char *r = arena_strdup(p->arena, b.data);
    buf_free(&b);
    return r;
}

static void func_signature_args(Pr *p, const IrFunc *f, Buf *fwd, Buf *rev) {
    int multi = f->nret > 1;
    const char *sep = ",\n    ";
    int nf = 0, nr = 0;
#define ADDF(...) do { if (nf++) buf_puts(fwd, sep); buf_printf(fwd, __VA_ARGS__); } while (0)
#define ADDR(...) do { if (nr++) buf_puts(rev, sep); buf_printf(rev, __VA_ARGS__); } while (0)
    for (int i = 0; i < f->nparams; i++) {
        const IrValue *a = &f->vals[f->params[i]];
        /* 1.16: tile parameters are template parameters, passed by reference */
        if (tile_template(p, a->type)) {
            ADDF("tile_%s& var_%s", a->name, a->name);
            ADDR("tile_%s& var_%s", a->name, a->name);
            continue;
        }
        ADDF("%s var_%s", ctype(p, a->type), a->name);
        ADDR("%s var_%s", ctype(p, a->type), a->name);
    }
    if (multi)
        for (int i = 0; i < f->nret; i++) {
            ADDF("%s & ret_%d", ctype(p, f->ret[i]), i);
            ADDR("%s & ret_%d", ctype(p, f->ret[i]), i);
        }
    for (int i = 0; i < f->nparams; i++) {
        const IrValue *a = &f->vals[f->params[i]];
        if (tile_template(p, a->type))
            ADDR("tile_%s & adj_%s", a->name, a->name);
        else
            ADDR("%s & adj_%s", ctype(p, a->type), a->name);
    }
    if (multi)
        for (int i = 0; i < f->nret; i++)
            ADDR("%s & adj_ret_%d", ctype(p, f->ret[i]), i);
    else if (f->nret == 1)
        ADDR("%s & adj_ret", ctype(p, f->ret[0]));
#undef ADDF
#undef ADDR
}

/* codegen_snippet: a @wp.func_native, printed with the CUDA templates on both
 * devices, its parameters named without the var_ prefix. */
static void print_native(Pr *p, const IrFunc *f, const WarpModuleInfo *info, int forward, Buf *o) {
    const char *rtype = f->nret == 1 ? ctype(p, f->ret[0]) : "void";
    Buf a = {0};
    for (int i = 0; i < f->nparams; i++) {
        const IrValue *v = &f->vals[f->params[i]];
        if (p->m->warp_minor >= 16 && ir_type_is_tile(p->m, v->type))
            buf_printf(&a, "%stile_%s& %s", i ? ",\n    " : "", v->name, v->name);
        else
            buf_printf(&a, "%s%s %s", i ? ",\n    " : "", ctype(p, v->type), v->name);
    }
    if (!forward) {
        for (int i = 0; i < f->nparams; i++) {
            const IrValue *v = &f->vals[f->params[i]];
            if (p->m->warp_minor >= 16 && ir_type_is_tile(p->m, v->type))
                buf_printf(&a, "%stile_%s & adj_%s", a.len ? ",\n    " : "", v->name, v->name);
            else
                buf_printf(&a, "%s%s & adj_%s", a.len ? ",\n    " : "", ctype(p, v->type), v->name);
        }
        if (f->nret == 1)
            buf_printf(&a, "%s%s & adj_ret", a.len ? ",\n    " : "", rtype);
    }
    buf_put(&a, "", 1);
    buf_puts(o, template_prefix(p, f));
    if (forward)
        buf_printf(o, "\n// %s:%d\nstatic CUDA_CALLABLE %s %s(\n    %s)\n{\n%s}\n\n", info->source_name, f->fun_lineno, rtype,
                   f->native, a.data, f->native_snippet);
    else
        buf_printf(o, "\n// %s:%d\nstatic CUDA_CALLABLE void adj_%s(\n    %s)\n{\n%s}\n\n", info->source_name, f->fun_lineno,
                   f->native, a.data, f->adj_native_snippet ? f->adj_native_snippet : "");
    buf_free(&a);
}

/* codegen_func's func_line_directive: the `def` line, in the CUDA templates only */
static const char *def_directive(Pr *p, const IrFunc *f) {
    if (!p->ld_path || p->dev != WARP_CUDA || !f->fun_lineno)
        return "";
    return arena_printf(p->arena, "#line %d \"%s\"\n", f->def_lineno, p->ld_path);
}

static void print_func(Pr *p, const IrFunc *f, const WarpModuleInfo *info, int forward, Buf *o) {
    if (f->native_snippet) {
        print_native(p, f, info, forward, o);
        return;
    }
    const char *rtype = f->nret == 1 ? ctype(p, f->ret[0]) : "void";
    Buf fa = {0}, ra = {0};
    func_signature_args(p, f, &fa, &ra);
    buf_put(&fa, "", 1);
    buf_put(&ra, "", 1);
    const char *cc = p->dev == WARP_CUDA ? "static CUDA_CALLABLE " : "static ";
    const char *ld = def_directive(p, f);
    buf_puts(o, template_prefix(p, f));
    if (forward) {
        buf_printf(o, "\n// %s:%d\n%s%s%s %s(\n    %s)\n{\n", info->source_name, f->fun_lineno, ld, cc, rtype, f->native,
                   fa.data);
        body_forward(p, f, 0, o);
        buf_printf(o, "%s}\n\n", ld);
    } else if (f->custom_inputs) {
        /* a @wp.func_grad: its own code is the adjoint; inputs, their adjoints,
         * then the output adjoints under the names the user gave them */
        Buf ca = {0};
        int n = 0;
        for (int i = 0; i < f->custom_inputs; i++) {
            const IrValue *a = &f->vals[f->params[i]];
            if (tile_template(p, a->type))
                buf_printf(&ca, "%stile_%s& var_%s", n++ ? ",\n    " : "", a->name, a->name);
            else
                buf_printf(&ca, "%s%s var_%s", n++ ? ",\n    " : "", ctype(p, a->type), a->name);
        }
        for (int i = 0; i < f->custom_inputs; i++) {
            const IrValue *a = &f->vals[f->params[i]];
            if (tile_template(p, a->type))
                buf_printf(&ca, "%stile_%s & adj_%s", n++ ? ",\n    " : "", a->name, a->name);
            else
                buf_printf(&ca, "%s%s & adj_%s", n++ ? ",\n    " : "", ctype(p, a->type), a->name);
        }
        for (int i = f->custom_inputs; i < f->nparams; i++) {
            const IrValue *a = &f->vals[f->params[i]];
            if (tile_template(p, a->type))
                buf_printf(&ca, "%stile_%s & var_%s", n++ ? ",\n    " : "", a->name, a->name);
            else
                buf_printf(&ca, "%s%s & var_%s", n++ ? ",\n    " : "", ctype(p, a->type), a->name);
        }
        buf_put(&ca, "", 1);
        buf_printf(o, "\n// %s:%d\n%s%svoid adj_%s(\n    %s)\n{\n\t// user-defined adjoint code\n", info->source_name,
                   f->fun_lineno, ld, cc, f->native, ca.data);
        body_forward(p, f, 0, o);
        buf_printf(o, "%s}\n\n", ld);
        buf_free(&ca);
    } else {
        buf_printf(o, "\n// %s:%d\n%s%svoid adj_%s(\n    %s)\n{\n", info->source_name, f->fun_lineno, ld, cc, f->native,
                   ra.data);
        if (info->enable_backward && f->used_by_backward)
            body_reverse(p, f, 0, o);
        else
            buf_puts(o, "\t// reverse mode disabled (module option \"enable_backward\" is False or no dependent kernel "
                        "found with \"enable_backward\")\n");
        buf_printf(o, "%s}\n\n", ld);
    }
    buf_free(&fa);
    buf_free(&ra);
}

/* ---- structs ---- */
/* codegen_struct's field_type_accumulates: the field takes part in +, -, negation and atomic adds */
static int field_accumulates(Pr *p, const IrField *fd) {
    const IrTypeInfo *ti = ir_type_info(p->m, fd->type);
    IrScalar s = ir_type_scalar_of(p->m, fd->type);
    /* 1.10 accumulates every non-array field; 1.16 only the accumulatable scalars */
    int acc = ti->kind == TY_STRUCT ||
              (ti->kind != TY_ARRAY && (p->m->warp_minor < 16 || s == SC_INT32 || s == SC_INT64 || s == SC_UINT32 ||
                                        s == SC_UINT64 || s == SC_FLOAT32 || s == SC_FLOAT64 || s == SC_FLOAT16));
    if (fd->handle) /* wp.handle is not uint64 for the accumulatable types */
        acc = 0;
    return acc;
}

static void print_struct(Pr *p, const IrStruct *st, Buf *o, int tile_helpers) {
    const char *name = st->native_name;
    buf_printf(o, "\nstruct %s\n{\n", name);
    if (st->nfields == 0)
        buf_puts(o, "    char _dummy_;\n");
    for (int i = 0; i < st->nfields; i++)
        buf_printf(o, "    %s %s;\n", ctype(p, st->fields[i].type), st->fields[i].name);
    buf_puts(o, "\n\n    ");
    if (st->nfields)
        buf_printf(o, "%s() = default;", name);
    buf_printf(o, "\n    CUDA_CALLABLE %s(", name);
    for (int i = 0; i < st->nfields; i++) {
        if (i)
            buf_puts(o, ",\n    ");
        buf_printf(o, "%s const& %s%s", ctype(p, st->fields[i].type), st->fields[i].name, i ? " = {}" : "");
    }
    buf_puts(o, ")\n    ");
    for (int i = 0; i < st->nfields; i++)
        buf_printf(o, "    %s %s{%s}\n", i ? "    ," : ":", st->fields[i].name, st->fields[i].name);
    buf_puts(o, "\n    {\n    }\n\n");
    buf_printf(o, "    CUDA_CALLABLE %s& operator += (const %s& rhs)\n    {", name, name);
    for (int i = 0; i < st->nfields; i++)
        if (field_accumulates(p, &st->fields[i]))
            buf_printf(o, "    %s += rhs.%s;\n", st->fields[i].name, st->fields[i].name);
    buf_puts(o, "\n        return *this;}\n");
    if (tile_helpers) {
        /* tile_struct_member_ops_template */
        buf_printf(o, "\n\n    CUDA_CALLABLE %s& operator -= (const %s& rhs)\n    {", name, name);
        for (int i = 0; i < st->nfields; i++)
            if (field_accumulates(p, &st->fields[i]))
                buf_printf(o, "    %s -= rhs.%s;\n", st->fields[i].name, st->fields[i].name);
        buf_printf(o, "\n        return *this;}\n\n    CUDA_CALLABLE %s operator - () const\n    {\n        %s ret = *this;\n",
                   name, name);
        for (int i = 0; i < st->nfields; i++)
            if (field_accumulates(p, &st->fields[i]))
                buf_printf(o, "    ret.%s = -ret.%s;\n", st->fields[i].name, st->fields[i].name);
        buf_puts(o, "\n        return ret;\n    }\n");
    }
    buf_puts(o, "\n};\n\n");
    buf_printf(o, "static CUDA_CALLABLE void adj_%s(", name);
    int n = 0;
    for (int i = 0; i < st->nfields; i++) {
        if (n++)
            buf_puts(o, ",\n    ");
        buf_printf(o, "%s const&", ctype(p, st->fields[i].type));
    }
    for (int i = 0; i < st->nfields; i++) {
        if (n++)
            buf_puts(o, ",\n    ");
        buf_printf(o, "%s & adj_%s", ctype(p, st->fields[i].type), st->fields[i].name);
    }
    if (n++)
        buf_puts(o, ",\n    ");
    buf_printf(o, "%s & adj_ret)\n{\n", name);
    for (int i = 0; i < st->nfields; i++) {
        const IrTypeInfo *ti = ir_type_info(p->m, st->fields[i].type);
        buf_printf(o, ti->kind == TY_ARRAY ? "    adj_%s = adj_ret.%s;\n" : "    adj_%s += adj_ret.%s;\n",
                   st->fields[i].name, st->fields[i].name);
    }
    buf_puts(o, "}\n\n// Required when compiling adjoints.\n");
    if (tile_helpers)
        buf_printf(o, "CUDA_CALLABLE %s add(const %s& a, const %s& b)\n{\n    %s ret = a;\n    ret += b;\n    return ret;\n}\n\n",
                   name, name, name, name);
    else
        buf_printf(o, "CUDA_CALLABLE %s add(const %s& a, const %s& b)\n{\n    return %s();\n}\n\n", name, name, name, name);
    buf_printf(o, "CUDA_CALLABLE void adj_atomic_add(%s* p, %s t)\n{\n", name, name);
    for (int i = 0; i < st->nfields; i++) {
        const char *ct = ctype(p, st->fields[i].type);
        const char *ns = (!strncmp(ct, "wp::", 4) || !strcmp(ct, "bool")) ? "wp::" : "";
        buf_printf(o, "    %sadj_atomic_add(&p->%s, t.%s);\n", ns, st->fields[i].name, st->fields[i].name);
    }
    if (!tile_helpers) {
        /* 1.16's template has a (here empty) tile-helper section and one more newline */
        buf_puts(o, p->m->warp_minor >= 16 ? "}\n\n\n\n" : "}\n\n\n");
        return;
    }
    /* tile_struct_helpers_template */
    buf_printf(o, "}\n\n\n// Required by tile templates. The overloads are found by ADL when tile.h is\n"
                  "// instantiated with a generated struct type.\n"
                  "CUDA_CALLABLE void adj_add(const %s& a, const %s& b, %s& adj_a, %s& adj_b, const %s& adj_ret)\n"
                  "{\n    adj_a += adj_ret;\n    adj_b += adj_ret;\n}\n\n"
                  "CUDA_CALLABLE %s sub(const %s& a, const %s& b)\n{\n    %s ret = a;\n    ret -= b;\n    return ret;\n}\n\n"
                  "CUDA_CALLABLE void adj_sub(const %s& a, const %s& b, %s& adj_a, %s& adj_b, const %s& adj_ret)\n"
                  "{\n    adj_a += adj_ret;\n    adj_b -= adj_ret;\n}\n\n"
                  "CUDA_CALLABLE %s atomic_add(%s* p, %s t)\n{\n    %s old {};\n",
               name, name, name, name, name, name, name, name, name, name, name, name, name, name, name, name, name,
               name);
    Buf down = {0}, xr = {0};
    for (int i = 0; i < st->nfields; i++) {
        const IrField *fd = &st->fields[i];
        const IrTypeInfo *ti = ir_type_info(p->m, fd->type);
        const char *ct = ctype(p, fd->type);
        const char *ns = (!strncmp(ct, "wp::", 4) || !strcmp(ct, "bool")) ? "wp::" : "";
        const char *l = fd->name;
        if (ti->kind == TY_ARRAY) {
            buf_printf(o, "    old.%s = p->%s;\n", l, l);
            buf_printf(&down, "    ret.%s = wp::warp_shuffle_down(val.%s, offset, mask);\n", l, l);
            buf_printf(&xr, "    ret.%s = wp::warp_shuffle_xor(val.%s, lane_mask);\n", l, l);
        } else if (ti->kind == TY_SCALAR || ti->kind == TY_VEC || ti->kind == TY_MAT || ti->kind == TY_QUAT ||
                   ti->kind == TY_TRANSFORM || ti->kind == TY_STRUCT) {
            if (field_accumulates(p, fd))
                buf_printf(o, "    old.%s = %satomic_add(&p->%s, t.%s);\n", l, ns, l, l);
            else
                buf_printf(o, "    old.%s = p->%s;\n", l, l);
            const char *sns = ti->kind == TY_STRUCT ? "" : "wp::";
            buf_printf(&down, "    ret.%s = %swarp_shuffle_down(val.%s, offset, mask);\n", l, sns, l);
            buf_printf(&xr, "    ret.%s = %swarp_shuffle_xor(val.%s, lane_mask);\n", l, sns, l);
        } else {
            buf_printf(o, "    old.%s = p->%s;\n", l, l);
            buf_printf(&down, "    ret.%s = val.%s;\n", l, l);
            buf_printf(&xr, "    ret.%s = val.%s;\n", l, l);
        }
    }
    buf_put(&down, "", 1);
    buf_put(&xr, "", 1);
    buf_printf(o, "\n    return old;\n}\n\n"
                  "CUDA_CALLABLE %s tile_atomic_add_value(%s* p, %s t)\n{\n    return atomic_add(p, t);\n}\n\n"
                  "CUDA_CALLABLE %s tile_adj_atomic_add_value(%s* p, %s t)\n{\n"
                  "    // Tile adjoint struct atomics accumulate only for side effects; callers\n"
                  "    // currently ignore the returned old value, so avoid a second atomic here.\n"
                  "    %s old {};\n    adj_atomic_add(p, t);\n    return old;\n}\n\n"
                  "#if defined(__CUDA_ARCH__)\n"
                  "CUDA_CALLABLE %s warp_shuffle_down(%s val, int offset, int mask)\n{\n    %s ret {};\n%s\n    return ret;\n}\n\n"
                  "CUDA_CALLABLE %s warp_shuffle_xor(%s val, int lane_mask)\n{\n    %s ret {};\n%s\n    return ret;\n}\n"
                  "#endif\n\n\n",
               name, name, name, name, name, name, name, name, name, name, down.data, name, name, name, xr.data);
    buf_free(&down);
    buf_free(&xr);
}

/* ModuleBuilder._get_tile_helper_struct_hashes: structs (and the structs they
 * hold) that are the dtype of a tile or tile stack some var of a printed
 * function or kernel holds */
static void mark_struct_deps(const IrModule *m, int si, uint8_t *mark) {
    if (mark[si])
        return;
    mark[si] = 1;
    const IrStruct *st = m->structs[si];
    for (int i = 0; i < st->nfields; i++) {
        const IrTypeInfo *ti = ir_type_info(m, st->fields[i].type);
        if (ti->kind == TY_STRUCT)
            mark_struct_deps(m, ti->strct, mark);
    }
}

static void mark_tile_structs(const IrModule *m, const IrFunc *f, uint8_t *mark) {
    for (int i = 0; i < f->nvars + f->nret; i++) {
        IrType t = i < f->nvars ? f->vals[f->varlist[i]].type : f->ret[i - f->nvars];
        const IrTypeInfo *ti = ir_type_info(m, ir_type_strip_ref(m, t));
        if (ti->kind != TY_TILE && ti->kind != TY_TILE_STACK)
            continue;
        const IrTypeInfo *di = ir_type_info(m, ti->elem);
        if (di->kind == TY_STRUCT)
            mark_struct_deps(m, di->strct, mark);
    }
}

/* ---- kernels ---- */
static void print_kernel(Pr *p, const IrFunc *k, const WarpModuleInfo *info, Buf *o) {
    const char *name = k->native;
    int backward = k->enable_backward;
    if (p->dev == WARP_CPU) {
        buf_printf(o, "struct wp_args_%s {\n", name);
        for (int i = 0; i < k->nparams; i++) {
            const IrValue *a = &k->vals[k->params[i]];
            buf_printf(o, "    %s %s;\n", ctype(p, a->type), a->name);
        }
        buf_puts(o, "};\n");
        buf_printf(o, "\n\nvoid %s_cpu_kernel_forward(\n    %s,\n    size_t task_index,\n    wp_args_%s *_wp_args)\n{\n",
                   name, p->m->warp_minor >= 16 ? arena_printf(p->arena, "wp::launch_bounds_t<%d> dim", k->dim)
                                                 : "wp::launch_bounds_t dim",
                   name);
        body_forward(p, k, 1, o);
        buf_puts(o, "}\n\n");
        if (backward) {
            buf_printf(o,
                       "\n\nvoid %s_cpu_kernel_backward(\n    %s,\n    size_t task_index,\n    wp_args_%s *_wp_args,\n"
                       "    wp_args_%s *_wp_adj_args)\n{\n",
                       name, p->m->warp_minor >= 16 ? arena_printf(p->arena, "wp::launch_bounds_t<%d> dim", k->dim)
                                                     : "wp::launch_bounds_t dim",
                       name, name);
            body_reverse(p, k, 1, o);
            buf_puts(o, "}\n\n");
        }
        /* entry points */
        const char *lb = p->m->warp_minor >= 16 ? arena_printf(p->arena, "wp::launch_bounds_t<%d> *dim", k->dim)
                                                : "wp::launch_bounds_t dim";
        const char *dsz = p->m->warp_minor >= 16 ? "dim->size" : "dim.size";
        const char *dref = p->m->warp_minor >= 16 ? "*dim" : "dim";
        buf_printf(o,
                   "\n\nextern \"C\" {\n\n// Python CPU entry points\nWP_API void %s_cpu_forward(\n    %s,\n"
                   "    wp_args_%s *_wp_args)\n{\n    wp::tile_shared_storage_t tile_mem;\n"
                   "#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)\n    wp::shared_tile_storage = &tile_mem;\n#endif\n\n"
                   "    for (size_t task_index = 0; task_index < %s; ++task_index)\n    {\n"
                   "        %s_cpu_kernel_forward(%s, task_index, _wp_args);\n    }\n}\n\n} // extern C\n\n",
                   name, lb, name, dsz, name, dref);
        if (backward)
            buf_printf(o,
                       "\n\nextern \"C\" {\n\nWP_API void %s_cpu_backward(\n    %s,\n    wp_args_%s *_wp_args,\n"
                       "    wp_args_%s *_wp_adj_args)\n{\n    wp::tile_shared_storage_t tile_mem;\n"
                       "#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)\n    wp::shared_tile_storage = &tile_mem;\n#endif\n\n"
                       "    for (size_t task_index = 0; task_index < %s; ++task_index)\n    {\n"
                       "        %s_cpu_kernel_backward(%s, task_index, _wp_args, _wp_adj_args);\n    }\n}\n\n"
                       "} // extern C\n\n",
                       name, lb, name, name, dsz, name, dref);
        return;
    }
    /* CUDA, grid-stride templates */
    Buf fa = {0};
    if (p->m->warp_minor >= 16)
        buf_printf(&fa, "wp::launch_bounds_t<%d> dim", k->dim);
    else
        buf_puts(&fa, "wp::launch_bounds_t dim");
    for (int i = 0; i < k->nparams; i++) {
        const IrValue *a = &k->vals[k->params[i]];
        buf_printf(&fa, ",\n    %s var_%s", ctype(p, a->type), a->name);
    }
    buf_put(&fa, "", 1);
    /* grid-stride loop (Warp's default) or the lean one-thread-per-index form */
    const char *ld = def_directive(p, k);
    const char *loop =
        k->grid_stride
            ? arena_printf(p->arena,
                           "%s    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + "
                           "static_cast<size_t>(threadIdx.x);\n%s         _idx < dim.size;\n"
                           "%s         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))\n    {\n"
                           "            // reset shared memory allocator\n%s        wp::tile_shared_storage_t::init();\n\n",
                           ld, ld, ld, ld)
            : arena_printf(p->arena,
                           "%s    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * "
                           "static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + "
                           "threadIdx.x);\n%s    if (_idx >= dim.size) return;\n"
                           "            // reset shared memory allocator\n%s    wp::tile_shared_storage_t::init();\n\n",
                           ld, ld, ld);
    const char *close = k->grid_stride ? arena_printf(p->arena, "%s    }\n%s}\n\n", ld, ld)
                                       : arena_printf(p->arena, "%s}\n\n", ld);
    const char *attrs = "";
    if (k->launch_bounds)
        attrs = arena_printf(p->arena, "__launch_bounds__(%s) ", k->launch_bounds);
    if (k->cluster_dim != 1)
        attrs = arena_printf(p->arena, "%sWP_CLUSTER_DIMS(%d, 1, 1) ", attrs, k->cluster_dim);
    buf_printf(o, "\n\n%sextern \"C\" %s__global__ void %s_cuda_kernel_forward(\n    %s)\n{\n%s    wp::tile_shared_storage_t tile_mem;\n\n%s",
               ld, attrs, name, fa.data, ld, loop);
    body_forward(p, k, 1, o);
    buf_puts(o, close);
    if (backward) {
        Buf ra = {0};
        buf_puts(&ra, fa.data);
        for (int i = 0; i < k->nparams; i++) {
            const IrValue *a = &k->vals[k->params[i]];
            buf_printf(&ra, ",\n    %s adj_%s", ctype(p, a->type), a->name);
        }
        buf_put(&ra, "", 1);
        buf_printf(o, "\n\n%sextern \"C\" %s__global__ void %s_cuda_kernel_backward(\n    %s)\n{\n%s    wp::tile_shared_storage_t tile_mem;\n\n%s",
                   ld, attrs, name, ra.data, ld, loop);
        body_reverse(p, k, 1, o);
        buf_puts(o, close);
        buf_free(&ra);
    }
    buf_free(&fa);
}

static void print_header(Pr *p, const WarpModuleInfo *info, Buf *o, int has_bf16) {
    int v16 = p->m->warp_minor >= 16;
    if (v16 && !has_bf16)
        buf_puts(o, "#define WP_NO_BFLOAT16\n");
    buf_printf(o, "\n#define WP_TILE_BLOCK_DIM %d\n#define WP_NO_CRT\n#include \"builtin.h\"\n", info->block_dim);
    if (v16)
        buf_puts(o, "#include \"deterministic.h\"\n");
    if (p->dev == WARP_CUDA)
        buf_puts(o, "\n// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the "
                    "generated .cu line\n#if defined(__CUDACC__) && !defined(_MSC_VER)\n#define __debugbreak() __brkpt()\n"
                    "#endif\n");
    buf_puts(o, "\n// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is "
                "not valid in C++\n#define float(x) cast_float(x)\n#define adj_float(x, adj_x, adj_ret) "
                "adj_cast_float(x, adj_x, adj_ret)\n\n#define int(x) cast_int(x)\n#define adj_int(x, adj_x, adj_ret) "
                "adj_cast_int(x, adj_x, adj_ret)\n\n");
    const char *idx = p->dev == WARP_CUDA ? "_idx" : "task_index";
    buf_printf(o,
               "#define builtin_tid1d() wp::tid(%s, dim)\n#define builtin_tid2d(x, y) wp::tid(x, y, %s, dim)\n"
               "#define builtin_tid3d(x, y, z) wp::tid(x, y, z, %s, dim)\n"
               "#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, %s, dim)\n\n"
               "#define builtin_block_dim() wp::block_dim()\n\n",
               idx, idx, idx, idx);
    if (p->dev == WARP_CUDA && v16)
        buf_puts(o, "// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__\n"
                    "// only on devices that support clusters (compute capability 9.0+); otherwise\n"
                    "// expands to nothing so the same source compiles cleanly for any target arch.\n"
                    "#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)\n"
                    "#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)\n#else\n"
                    "#define WP_CLUSTER_DIMS(x, y, z)\n#endif\n\n");
}

/* the file name of a #line directive: backslashes as slashes; 1.16 also
 * escapes quotes and control characters (_escape_line_directive_filename) */
static const char *directive_path(Pr *p, const char *name) {
    Buf b = {0};
    for (const unsigned char *c = (const unsigned char *)name; *c; c++) {
        if (*c == '\\')
            buf_puts(&b, "/");
        else if (p->m->warp_minor < 16)
            buf_put(&b, (const char *)c, 1);
        else if (*c == '"')
            buf_puts(&b, "\\\"");
        else if (*c == '\n')
            buf_puts(&b, "\\n");
        else if (*c == '\r')
            buf_puts(&b, "\\r");
        else if (*c == '\t')
            buf_puts(&b, "\\t");
        else if (*c < 32 || *c == 127)
            buf_printf(&b, "\\%03o", *c);
        else
            buf_put(&b, (const char *)c, 1);
    }
    buf_put(&b, "", 1);
    const char *r = arena_strdup(p->arena, b.data);
    buf_free(&b);
    return r;
}

void warp_print_module(const IrModule *m, const WarpModuleInfo *info, WarpDevice dev, Buf *out) {
    Pr p = {0};
    p.m = m;
    p.arena = m->arena;
    p.dev = dev;
    p.blocks = arena_alloc(m->arena, sizeof(Block) * 256);
    p.loop_blocks = arena_alloc(m->arena, sizeof(int) * 256);
    if (m->line_directives && info->source_name)
        p.ld_path = directive_path(&p, info->source_name);
    Buf body = {0};
    uint8_t *tile_structs = arena_alloc(m->arena, (size_t)m->nstructs + 1);
    for (int i = 0; i < info->nfuncs; i++)
        mark_tile_structs(m, info->funcs[i], tile_structs);
    for (int i = 0; i < info->nkernels; i++)
        mark_tile_structs(m, info->kernels[i], tile_structs);
    for (int i = 0; i < info->nstructs; i++)
        print_struct(&p, m->structs[info->structs[i]], &body, m->warp_minor >= 16 && tile_structs[info->structs[i]]);
    /* forward functions (custom gradients have none), then adjoints: custom
     * gradients first, then every func without one (ModuleBuilder.codegen) */
    for (int i = 0; i < info->nfuncs; i++)
        if (!info->funcs[i]->custom_inputs)
            print_func(&p, info->funcs[i], info, 1, &body);
    for (int i = 0; i < info->nfuncs; i++)
        if (info->funcs[i]->custom_inputs)
            print_func(&p, info->funcs[i], info, 0, &body);
    for (int i = 0; i < info->nfuncs; i++)
        if (!info->funcs[i]->custom_inputs && !info->funcs[i]->custom_grad)
            print_func(&p, info->funcs[i], info, 0, &body);
    for (int i = 0; i < info->nkernels; i++)
        print_kernel(&p, info->kernels[i], info, &body);
    buf_put(&body, "", 1);
    int has_bf16 = strstr(body.data, "bfloat16") != NULL;
    print_header(&p, info, out, has_bf16);
    buf_put(out, body.data, body.len - 1);
    buf_free(&body);
}
