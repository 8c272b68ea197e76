/* ir.c: construction of IR values and instructions, the verifier and the
 * text dump (--emit=ir). */
#include "ir/ir.h"

#include <string.h>

IrVal ir_val_new(IrModule *m, IrFunc *f, IrValue v) {
    if (f->nvals == f->capvals) {
        int nc = f->capvals ? f->capvals * 2 : 32;
        IrValue *nv = arena_alloc(m->arena, sizeof *nv * nc);
        if (f->nvals)
            memcpy(nv, f->vals, sizeof *nv * f->nvals);
        f->vals = nv;
        f->capvals = nc;
    }
    f->vals[f->nvals] = v;
    return f->nvals++;
}

IrInst *ir_inst_new(IrModule *m, IrFunc *f, IrOp op) {
    if (f->ninsts == f->capinsts) {
        int nc = f->capinsts ? f->capinsts * 2 : 64;
        IrInst *ni = arena_alloc(m->arena, sizeof *ni * nc);
        if (f->ninsts)
            memcpy(ni, f->insts, sizeof *ni * f->ninsts);
        f->insts = ni;
        f->capinsts = nc;
    }
    IrInst *in = &f->insts[f->ninsts++];
    memset(in, 0, sizeof *in);
    in->op = (uint8_t)op;
    in->func = -1;
    return in;
}

/* ---- verifier ----
 * Checks the invariants every backend relies on: operands refer to existing
 * values, structured markers nest (if/else, bool guards, loops), every
 * numbered var is in the var list once, calls name a builtin or a function. */
int ir_verify(const IrModule *m, const IrFunc *f, char *err, size_t errlen) {
    int depth[8] = {0};
    enum { D_IF, D_ELSE, D_BOOL, D_FOR, D_WHILE };
    for (int i = 0; i < f->nvars; i++) {
        IrVal v = f->varlist[i];
        if (v < 0 || v >= f->nvals || f->vals[v].label != i) {
            snprintf(err, errlen, "%s: var list entry %d is not var_%d", f->name, i, i);
            return -1;
        }
    }
    for (int k = 0; k < f->ninsts; k++) {
        const IrInst *in = &f->insts[k];
        for (int i = 0; i < in->nargs; i++)
            if (in->args[i] < 0 || in->args[i] >= f->nvals) {
                snprintf(err, errlen, "%s: instruction %d: bad operand %d", f->name, k, in->args[i]);
                return -1;
            }
        for (int i = 0; i < in->nout; i++)
            if (in->outs[i] < 0 || in->outs[i] >= f->nvals) {
                snprintf(err, errlen, "%s: instruction %d: bad result %d", f->name, k, in->outs[i]);
                return -1;
            }
        switch ((IrOp)in->op) {
        case IR_CALL:
            if (!in->builtin && in->func == -1) {
                snprintf(err, errlen, "%s: instruction %d: call without callee", f->name, k);
                return -1;
            }
            if (in->func >= 0 && in->func >= m->nfuncs) {
                snprintf(err, errlen, "%s: instruction %d: bad callee", f->name, k);
                return -1;
            }
            break;
        case IR_IF_BEGIN: depth[D_IF]++; break;
        case IR_IF_END: if (in->a != 2) depth[D_IF]--; break;
        case IR_ELSE_BEGIN: depth[D_ELSE]++; break;
        case IR_ELSE_END: if (in->a != 2) depth[D_ELSE]--; break;
        case IR_BOOL_BEGIN: depth[D_BOOL]++; break;
        case IR_BOOL_END: depth[D_BOOL]--; break;
        case IR_FOR_BEGIN: depth[D_FOR]++; break;
        case IR_FOR_END: depth[D_FOR]--; break;
        case IR_WHILE_BEGIN: depth[D_WHILE]++; break;
        case IR_WHILE_END: depth[D_WHILE]--; break;
        case IR_BREAK:
        case IR_CONTINUE:
            if (!depth[D_FOR] && !depth[D_WHILE]) {
                snprintf(err, errlen, "%s: instruction %d: break/continue outside a loop", f->name, k);
                return -1;
            }
            break;
        default: break;
        }
        for (int d = 0; d < 5; d++)
            if (depth[d] < 0) {
                snprintf(err, errlen, "%s: instruction %d: unbalanced block end", f->name, k);
                return -1;
            }
    }
    for (int d = 0; d < 5; d++)
        if (depth[d]) {
            snprintf(err, errlen, "%s: unterminated block", f->name);
            return -1;
        }
    return 0;
}

/* ---- text dump ---- */
static const char *op_names[] = {
    [IR_LINE] = "line", [IR_CALL] = "call", [IR_SETCONST] = "setconst", [IR_COMP] = "cmp",
    [IR_BOOL_INIT] = "bool.init", [IR_BOOL_BEGIN] = "bool.begin", [IR_BOOL_STEP] = "bool.step",
    [IR_BOOL_END] = "bool.end", [IR_IF_BEGIN] = "if", [IR_IF_END] = "endif", [IR_ELSE_BEGIN] = "else",
    [IR_ELSE_END] = "endelse", [IR_FOR_BEGIN] = "for", [IR_FOR_BODY] = "for.body", [IR_FOR_END] = "endfor",
    [IR_WHILE_BEGIN] = "while", [IR_WHILE_COND] = "while.cond", [IR_WHILE_END] = "endwhile",
    [IR_BREAK] = "break", [IR_CONTINUE] = "continue", [IR_RETURN] = "ret", [IR_RETURN_DEFAULT] = "ret.default",
    [IR_ATTR_ADDR] = "addr.field", [IR_ATTR_STORE] = "store.field", [IR_ASSERT] = "assert", [IR_TEXT] = "text",
    [IR_ADJ_ASSIGN] = "adj.assign", [IR_SLOT_STORE] = "store.slot",
};
_Static_assert(sizeof op_names / sizeof *op_names == IR_NOPS, "a name for every IrOp");

static void dump_val(const IrModule *m, const IrFunc *f, IrVal v, Buf *out) {
    const IrValue *x = &f->vals[v];
    if (x->label >= 0)
        buf_printf(out, "%%%d", x->label);
    else if (x->name)
        buf_printf(out, "%%%s", x->name);
    else
        buf_printf(out, "%%?%d", v);
}

void ir_dump(const IrModule *m, Buf *out) {
    for (int i = 0; i < m->nstructs; i++) {
        const IrStruct *st = m->structs[i];
        buf_printf(out, "struct %s {", st->native_name ? st->native_name : st->key);
        for (int k = 0; k < st->nfields; k++) {
            buf_printf(out, "%s %s: ", k ? "," : "", st->fields[k].name);
            ir_type_repr(m, st->fields[k].type, out);
        }
        buf_puts(out, " }\n");
    }
    for (int i = 0; i < m->nfuncs; i++) {
        const IrFunc *f = m->funcs[i];
        buf_printf(out, "\n%s %s(", f->kind == IRK_KERNEL ? "kernel" : "func", f->native ? f->native : f->name);
        for (int k = 0; k < f->nparams; k++) {
            if (k)
                buf_puts(out, ", ");
            buf_printf(out, "%%%s: ", f->vals[f->params[k]].name);
            ir_type_repr(m, f->vals[f->params[k]].type, out);
        }
        buf_puts(out, ")");
        for (int k = 0; k < f->nret; k++) {
            buf_puts(out, k ? ", " : " -> ");
            ir_type_repr(m, f->ret[k], out);
        }
        buf_puts(out, " {\n");
        for (int k = 0; k < f->nvars; k++) {
            const IrValue *x = &f->vals[f->varlist[k]];
            if (!x->is_const)
                continue;
            buf_printf(out, "  const %%%d: ", x->label);
            ir_type_repr(m, x->type, out);
            if (x->cstr)
                buf_printf(out, " = \"%s\"\n", x->cstr);
            else if (x->cval.n)
                buf_printf(out, " = <%d elements>\n", x->cval.n);
            else if (x->cval.is_float)
                buf_printf(out, " = %.17g\n", x->cval.f);
            else
                buf_printf(out, " = %lld\n", (long long)x->cval.i);
        }
        for (int k = 0; k < f->ninsts; k++) {
            const IrInst *in = &f->insts[k];
            if (in->op == IR_LINE) {
                int rel = in->a;
                buf_printf(out, "  ; L%d %s\n", rel + f->fun_lineno,
                           rel >= 0 && rel < f->nsrc_lines ? f->src_lines[rel] : "");
                continue;
            }
            buf_puts(out, "  ");
            for (int o = 0; o < in->nout; o++) {
                if (o)
                    buf_puts(out, ", ");
                dump_val(m, f, in->outs[o], out);
                buf_puts(out, ": ");
                ir_type_repr(m, f->vals[in->outs[o]].type, out);
            }
            if (in->nout)
                buf_puts(out, " = ");
            buf_puts(out, op_names[in->op]);
            if (in->op == IR_CALL) {
                if (in->builtin)
                    buf_printf(out, " %s", ir_builtin_key(in->builtin));
                else if (in->func >= 0)
                    buf_printf(out, " @%s", m->funcs[in->func]->native ? m->funcs[in->func]->native : "?");
                else
                    buf_printf(out, " @%s", m->structs[-2 - in->func]->native_name);
                if (in->text)
                    buf_printf(out, "<%s>", in->text);
            } else if (in->text) {
                buf_printf(out, " .%s", in->text);
            }
            for (int a = 0; a < in->nargs; a++) {
                buf_puts(out, a ? ", " : " ");
                dump_val(m, f, in->args[a], out);
            }
            buf_puts(out, "\n");
        }
        buf_puts(out, "}\n");
    }
}
