/* hash.c: Warp's kernel, function and struct digests, and the native names
 * derived from them (saxpy_2f51673c, Params_5a2fb571, sq_0).
 * requires: built IR (ir/build.c); the frontend's AST and module picture.
 *
 * The digests follow warp/_src/context.py (ModuleHasher) and
 * ../shared/docs/warp-hash.md: SHA-256 over the dedented source, the
 * parameter type codes, the constants, value types and user functions the
 * function references (found by a breadth-first walk of its AST, as
 * ast.walk does), each category in first-seen order.  SHA-256 is nettle's. */
#include "frontend/frontend.h"
#include "ir/ir.h"

#include <math.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* SHA-256 from nettle: small and with no start-up cost (OpenSSL 3's
 * provider loading dominated wpc's per-process time). */
typedef struct Sha {
    struct sha256_ctx ctx;
} Sha;

static void sha_init(Sha *s) { sha256_init(&s->ctx); }
static void sha_put(Sha *s, const void *p, size_t n) { sha256_update(&s->ctx, n, (const uint8_t *)p); }
static void sha_str(Sha *s, const char *str) { sha_put(s, str, strlen(str)); }
static void sha_done(Sha *s, uint8_t out[32]) { sha256_digest(&s->ctx, SHA256_DIGEST_SIZE, out); }

static const char *type_code(IrModule *m, IrType t) {
    Buf b = {0};
    ir_type_code(m, t, &b);
    buf_put(&b, "", 1);
    const char *r = arena_strdup(m->arena, b.data);
    buf_free(&b);
    return r;
}

/* ---- structs ---- */
static void struct_digest(IrModule *m, int si);
void ir_struct_native_name(IrModule *m, int si) { struct_digest(m, si); }

static void struct_digest(IrModule *m, int si) {
    IrStruct *st = m->structs[si];
    if (st->native_name)
        return;
    Sha s;
    sha_init(&s);
    sha_str(&s, st->key);
    for (int i = 0; i < st->nfields; i++) {
        const IrTypeInfo *ti = ir_type_info(m, st->fields[i].type);
        if (ti->kind == TY_STRUCT)
            struct_digest(m, ti->strct);
        sha_str(&s, arena_printf(m->arena, "%s:%s", st->fields[i].name, type_code(m, st->fields[i].type)));
        if (ti->kind == TY_STRUCT)
            sha_put(&s, m->structs[ti->strct]->digest, 32);
    }
    sha_done(&s, st->digest);
    st->native_name = arena_printf(m->arena, "%s_%02x%02x%02x%02x", st->key, st->digest[0], st->digest[1],
                                   st->digest[2], st->digest[3]);
}

/* ---- references (Adjoint.get_references) ---- */
typedef struct Ref {
    const char *name; /* constant name or NULL */
    IrConst value;
    IrType type;      /* value type */
    int func_def;     /* user function def index */
} Ref;

typedef struct Refs {
    IrModule *m;
    FeModule *fm;
    const IrFunc *f;
    const char *locals[512];
    int nlocals;
    Ref consts[128];
    int nconsts;
    int types[64];     /* IrType, | PYTYPE for Python's float/int (distinct dict keys) */
    int ntypes;
    int funcs[64];     /* def index of the group's first def */
    int nfuncs;
    int dim;
    int name_lookup;   /* resolving a bare Name: resolve_external_reference, blind to parameters */
} Refs;

static int is_param(const Refs *r, const char *name) {
    for (int i = 0; i < r->f->nparams; i++)
        if (!strcmp(r->f->vals[r->f->params[i]].name, name))
            return 1;
    return 0;
}

static int is_local(const Refs *r, const char *name) {
    for (int i = 0; i < r->nlocals; i++)
        if (!strcmp(r->locals[i], name))
            return 1;
    return 0;
}

static void add_const(Refs *r, const char *name, IrConst v) {
    for (int i = 0; i < r->nconsts; i++)
        if (!strcmp(r->consts[i].name, name)) {
            r->consts[i].value = v;
            return;
        }
    if (r->nconsts < 128) {
        r->consts[r->nconsts].name = name;
        r->consts[r->nconsts].value = v;
        r->nconsts++;
    }
}

#define PYTYPE 0x10000

static void add_type(Refs *r, int t) {
    for (int i = 0; i < r->ntypes; i++)
        if (r->types[i] == t)
            return;
    if (r->ntypes < 64)
        r->types[r->ntypes++] = t;
}

static int group_first(FeModule *fm, int def) {
    for (int i = 0; i < fm->ndefs; i++)
        if (fm->defs[i].kind == DEF_FUNC && !strcmp(fm->defs[i].name, fm->defs[def].name))
            return i;
    return def;
}

static void add_func(Refs *r, int def) {
    def = group_first(r->fm, def);
    for (int i = 0; i < r->nfuncs; i++)
        if (r->funcs[i] == def)
            return;
    if (r->nfuncs < 64)
        r->funcs[r->nfuncs++] = def;
}

/* Static resolution of a Name/Attribute chain (resolve_static_expression with
 * eval_types=False). Returns 1 with *c when it names a value; sets *kind to
 * describe other results: 1 user func (idx), 2 struct (idx), 3 value type (t). */
static int resolve_static(Refs *r, AstNode *n, IrConst *c, int *kind, int *idx, IrType *t, const char **path) {
    AstNode *chain[16];
    int k = 0;
    AstNode *cur = n;
    while (cur->kind == A_ATTR && k < 16) {
        chain[k++] = cur;
        cur = cur->a;
    }
    *kind = 0;
    if (cur->kind != A_NAME)
        return 0;
    /* resolve_path bails out on names in adj.symbols (the parameters, at hash
     * time); a bare Name goes through resolve_external_reference, which does not */
    if (!r->name_lookup && is_param(r, cur->str))
        return 0;
    IrModule *m = r->m;
    /* path text */
    Buf pb = {0};
    buf_puts(&pb, cur->str);
    for (int i = k - 1; i >= 0; i--)
        buf_printf(&pb, ".%s", chain[i]->str);
    buf_put(&pb, "", 1);
    *path = arena_strdup(m->arena, pb.data);
    buf_free(&pb);

    /* the root object */
    const FeGlobal *g = fe_global(r->fm, cur->str);
    enum { O_NONE, O_WARP, O_VALUE, O_FUNC, O_STRUCT, O_TYPE, O_CLASS, O_OTHER } o = O_NONE;
    const char *cls = NULL; /* O_CLASS: its qualified name */
    IrConst val = {0};
    IrType ty = 0;
    int gi = 0;
    if (g) {
        switch (g->kind) {
        case G_WARP: o = O_WARP; break;
        case G_VALUE: o = g->enum_member && m->warp_minor < 16 ? O_OTHER : O_VALUE; val = g->value; break;
        case G_FUNC: o = O_FUNC; gi = g->index; break;
        case G_STRUCT: o = O_STRUCT; gi = g->index; break;
        case G_WARP_ATTR: {
            FeWarpName w = fe_warp_lookup(m, g->attr);
            if (w.kind == W_SCALAR || w.kind == W_VECTYPE) { o = O_TYPE; ty = w.type; }
            else if (w.kind == W_CONST) { o = O_VALUE; fe_warp_constant(r->fm, g->attr, &val); }
            else o = O_OTHER;
            break;
        }
        case G_TYPE: o = O_TYPE; ty = g->type; break;
        case G_CLASS: o = O_CLASS; cls = g->name; break;
        case G_MODULE:
            /* math.pi and friends: Python's math module constants */
            if (g->attr && (!strcmp(g->attr, "math") || !strcmp(g->attr, "numpy")) && k == 1) {
                const char *a = chain[0]->str;
                double v = !strcmp(a, "pi") ? M_PI : !strcmp(a, "e") ? M_E : !strcmp(a, "tau") ? 2 * M_PI
                         : !strcmp(a, "inf") ? INFINITY : !strcmp(a, "nan") ? NAN : 0;
                if (v != 0 || !strcmp(a, "nan")) {
                    c->type = 0;
                    c->is_float = 1;
                    c->is_bool = 0;
                    c->n = 0;
                    c->f = v;
                    return 1;
                }
            }
            o = O_OTHER;
            break;
        default: o = O_OTHER; break;
        }
    } else {
        /* getattr(warp, name), then Python builtins */
        FeWarpName w = fe_warp_lookup(m, cur->str);
        if (w.kind == W_SCALAR || w.kind == W_VECTYPE) { o = O_TYPE; ty = w.type; }
        else if (w.kind == W_CONST) { o = O_VALUE; fe_warp_constant(r->fm, cur->str, &val); }
        else if (!strcmp(cur->str, "float")) { o = O_TYPE; ty = ir_type_scalar(m, SC_FLOAT32); *kind = PYTYPE; }
        else if (!strcmp(cur->str, "int")) { o = O_TYPE; ty = ir_type_scalar(m, SC_INT32); *kind = PYTYPE; }
        else if (w.kind != W_NONE || ir_builtin_exists(cur->str, m->warp_minor)) o = O_OTHER;
        else if (!strcmp(cur->str, "range") || !strcmp(cur->str, "len") || !strcmp(cur->str, "print") ||
                 !strcmp(cur->str, "min") || !strcmp(cur->str, "max") || !strcmp(cur->str, "abs") ||
                 !strcmp(cur->str, "round") || !strcmp(cur->str, "pow")) o = O_OTHER;
    }
    if (o == O_NONE)
        return 0;
    /* follow attributes; a missing last attribute keeps the object (resolve_path) */
    for (int i = k - 1; i >= 0; i--) {
        const char *a = chain[i]->str;
        if (o == O_WARP) {
            FeWarpName w = fe_warp_lookup(m, a);
            if (w.kind == W_SCALAR || w.kind == W_VECTYPE) { o = O_TYPE; ty = w.type; }
            else if (w.kind == W_CONST) { o = O_VALUE; fe_warp_constant(r->fm, a, &val); }
            else if (!strcmp(a, "types") || !strcmp(a, "constants") || !strcmp(a, "math") || !strcmp(a, "_src"))
                o = O_WARP;
            else if (w.kind == W_OPAQUE && i == 1 && ir_type_info(m, w.type)->rows == OQ_VOLUME &&
                     (!strcmp(chain[0]->str, "CLOSEST") || !strcmp(chain[0]->str, "LINEAR"))) {
                /* wp.Volume.CLOSEST / LINEAR: Python ints */
                memset(&val, 0, sizeof val);
                val.i = chain[0]->str[0] == 'L';
                o = O_VALUE;
                break;
            }
            else if (i > 0) return 0;
            else o = O_OTHER;
        } else if (o == O_CLASS) {
            /* Class.NAME: the global module.c made of the class attribute */
            const FeGlobal *ga = fe_global(r->fm, arena_printf(m->arena, "%s.%s", cls, a));
            if (!ga)
                return 0;
            switch (ga->kind) {
            case G_VALUE: o = ga->enum_member && m->warp_minor < 16 ? O_OTHER : O_VALUE; val = ga->value; break;
            case G_CLASS: o = O_CLASS; cls = ga->name; break;
            case G_FUNC: o = O_FUNC; gi = ga->index; break;
            case G_STRUCT: o = O_STRUCT; gi = ga->index; break;
            case G_TYPE: o = O_TYPE; ty = ga->type; break;
            default: o = O_OTHER; break;
            }
            if (o != O_CLASS && i > 0 && o != O_TYPE)
                return 0;
        } else if (o == O_TYPE) {
            /* vec3.dtype etc: not values for hashing purposes */
            if (i > 0)
                return 0;
            o = O_OTHER;
        } else {
            if (i > 0)
                return 0;
            /* missing attribute on the last step: the object stays */
        }
    }
    switch (o) {
    case O_VALUE: *c = val; return 1;
    case O_FUNC: *kind = 1; *idx = gi; return 0;
    case O_STRUCT: *kind = 2; *idx = gi; return 0;
    case O_TYPE: *kind = 3 | (*kind & PYTYPE); *t = ty; return 0;
    default: return 0;
    }
}

static int is_tid_call(const AstNode *n) {
    if (!n || n->kind != A_CALL)
        return 0;
    const AstNode *f = n->a;
    return f->kind == A_ATTR && !strcmp(f->str, "tid");
}

static void visit(AstNode *n, void *ctx) {
    Refs *r = ctx;
    IrConst c;
    int kind, idx;
    IrType t;
    const char *path;
    switch (n->kind) {
    case A_NAME:
        r->name_lookup = 1;
        int found = !is_local(r, n->str) && resolve_static(r, n, &c, &kind, &idx, &t, &path);
        r->name_lookup = 0;
        if (found) {
            /* resolve_external_reference: only globals, not warp's names */
            const FeGlobal *g = fe_global(r->fm, n->str);
            if (g && (g->kind == G_VALUE || g->kind == G_WARP_ATTR))
                add_const(r, n->str, c);
        }
        break;
    case A_ATTR:
        if (resolve_static(r, n, &c, &kind, &idx, &t, &path))
            add_const(r, path, c);
        break;
    case A_CALL:
        resolve_static(r, n->a, &c, &kind, &idx, &t, &path);
        if (kind == 1)
            add_func(r, idx);
        else if (kind == 2) {
            int si = 0;
            for (int i = 0; i < idx; i++)
                si += r->fm->defs[i].kind == DEF_STRUCT;
            IrTypeInfo ti = {0};
            ti.kind = TY_STRUCT;
            ti.strct = si;
            add_type(r, ir_type_intern(r->m, ti));
        } else if ((kind & 0xff) == 3)
            add_type(r, t | (kind & PYTYPE));
        break;
    case A_ASSIGN: {
        if (is_tid_call(n->b)) {
            AstNode *tg = n->l1.items[0];
            int d = tg->kind == A_TUPLE ? tg->l1.n : 1;
            if (d > r->dim)
                r->dim = d;
        }
        /* 1.16: a function bound to a local (f = mod.func, f, g = a, b) is a reference */
        if (r->m->warp_minor >= 16 && n->b) {
            AstNode *rhs = n->b;
            int nr = rhs->kind == A_TUPLE ? rhs->l1.n : 1;
            for (int i = 0; i < nr; i++) {
                AstNode *x = rhs->kind == A_TUPLE ? rhs->l1.items[i] : rhs;
                if (x->kind != A_NAME && x->kind != A_ATTR)
                    continue;
                resolve_static(r, x, &c, &kind, &idx, &t, &path);
                if (kind == 1)
                    add_func(r, idx);
            }
        }
        AstNode *lhs = n->l1.items[0];
        if (lhs->kind == A_TUPLE) {
            for (int i = 0; i < lhs->l1.n; i++)
                if (lhs->l1.items[i]->kind == A_NAME && r->nlocals < 512)
                    r->locals[r->nlocals++] = lhs->l1.items[i]->str;
        } else if (lhs->kind == A_NAME && r->nlocals < 512) {
            r->locals[r->nlocals++] = lhs->str;
        }
        break;
    }
    default:
        break;
    }
}

static void const_bytes(Sha *s, const IrModule *m, const IrConst *c) {
    if (c->n) {
        IrScalar sc = ir_type_info(m, c->type)->scalar;
        for (int i = 0; i < c->n; i++) {
            double v = c->v[i];
            switch (sc) {
            case SC_FLOAT32: { float f = (float)v; sha_put(s, &f, 4); break; }
            case SC_FLOAT64: sha_put(s, &v, 8); break;
            case SC_FLOAT16: {
                /* stored as half bits */
                float f = (float)v;
                uint32_t u;
                memcpy(&u, &f, 4);
                uint16_t h;
                {
                    uint32_t sign = (u >> 16) & 0x8000;
                    int e = (int)((u >> 23) & 0xff) - 127 + 15;
                    uint32_t mant = u & 0x7fffff;
                    if (e <= 0) h = (uint16_t)sign;
                    else if (e >= 31) h = (uint16_t)(sign | 0x7c00);
                    else h = (uint16_t)(sign | (uint32_t)(e << 10) | (mant >> 13));
                }
                sha_put(s, &h, 2);
                break;
            }
            case SC_BOOL: case SC_INT8: case SC_UINT8: { uint8_t x = (uint8_t)(int64_t)v; sha_put(s, &x, 1); break; }
            case SC_INT16: case SC_UINT16: { uint16_t x = (uint16_t)(int64_t)v; sha_put(s, &x, 2); break; }
            case SC_INT32: case SC_UINT32: { uint32_t x = (uint32_t)(int64_t)v; sha_put(s, &x, 4); break; }
            default: { uint64_t x = (uint64_t)(int64_t)v; sha_put(s, &x, 8); break; }
            }
        }
        return;
    }
    if (!c->type) {
        if (c->is_float) {
            float f = (float)c->f;
            sha_put(s, &f, 4);
        } else {
            int32_t i = (int32_t)c->i;
            sha_put(s, &i, 4);
        }
        return;
    }
    IrScalar sc = ir_type_info(m, c->type)->scalar;
    switch (sc) {
    case SC_FLOAT16:
    case SC_FLOAT32: { float f = (float)c->f; sha_put(s, &f, 4); break; }
    case SC_FLOAT64: sha_put(s, &c->f, 8); break;
    case SC_BOOL: case SC_INT8: case SC_UINT8: { uint8_t x = (uint8_t)c->i; sha_put(s, &x, 1); break; }
    case SC_INT16: case SC_UINT16: { uint16_t x = (uint16_t)c->i; sha_put(s, &x, 2); break; }
    case SC_INT32: case SC_UINT32: { uint32_t x = (uint32_t)c->i; sha_put(s, &x, 4); break; }
    default: { uint64_t x = (uint64_t)c->i; sha_put(s, &x, 8); break; }
    }
}

typedef struct HashCtx {
    IrModule *m;
    FeModule *fm;
    IrFunc **funcs_by_def; /* built user funcs per def index (may be NULL) */
    int *in_progress;      /* per def index (group first) */
    uint8_t (*fdigest)[32];
    int *fdone;
} HashCtx;

static void func_digest(HashCtx *h, int group_def, uint8_t out[32]);

static void adjoint_digest(HashCtx *h, IrFunc *f, const FeDef *d, uint8_t out[32], int *dim) {
    IrModule *m = h->m;
    Sha s;
    sha_init(&s);
    sha_str(&s, f->source);
    for (int i = 0; i < f->nparams; i++) {
        IrType t = f->vals[f->params[i]].type;
        sha_str(&s, arena_printf(m->arena, "%s:%s", f->vals[f->params[i]].name, type_code(m, t)));
        const IrTypeInfo *ti = ir_type_info(m, t);
        if (ti->kind == TY_STRUCT)
            sha_put(&s, m->structs[ti->strct]->digest, 32);
        else if (ti->kind == TY_ARRAY && ir_type_info(m, ti->elem)->kind == TY_STRUCT)
            sha_put(&s, m->structs[ir_type_info(m, ti->elem)->strct]->digest, 32);
    }
    if (d->node->b && f->kind == IRK_FUNC && f->ret_annotation) {
        sha_str(&s, arena_printf(m->arena, "return:%s", type_code(m, f->ret_annotation)));
        const IrTypeInfo *ti = ir_type_info(m, f->ret_annotation);
        if (ti->kind == TY_STRUCT)
            sha_put(&s, m->structs[ti->strct]->digest, 32);
        else if (ti->kind == TY_ARRAY && ir_type_info(m, ti->elem)->kind == TY_STRUCT)
            sha_put(&s, m->structs[ir_type_info(m, ti->elem)->strct]->digest, 32);
    }
    Refs *r = arena_alloc(m->arena, sizeof *r);
    r->m = m;
    r->fm = h->fm;
    r->f = f;
    ast_walk(m->arena, d->node, visit, r);
    if (getenv("WPC_DEBUG_HASH")) {
        fprintf(stderr, "hash %s:", f->name);
        for (int i = 0; i < r->nconsts; i++)
            fprintf(stderr, " const %s", r->consts[i].name);
        for (int i = 0; i < r->ntypes; i++)
            fprintf(stderr, " type %s", type_code(m, (IrType)(r->types[i] & 0xffff)));
        for (int i = 0; i < r->nfuncs; i++)
            fprintf(stderr, " func %s", h->fm->defs[r->funcs[i]].name);
        fprintf(stderr, "\n");
    }
    for (int i = 0; i < r->nconsts; i++) {
        sha_str(&s, r->consts[i].name);
        const_bytes(&s, m, &r->consts[i].value);
    }
    for (int i = 0; i < d->nstatic; i++) {
        sha_str(&s, d->static_code[i]);
        const_bytes(&s, m, &d->static_value[i]);
    }
    for (int i = 0; i < r->ntypes; i++)
        sha_str(&s, type_code(m, (IrType)(r->types[i] & 0xffff)));
    for (int i = 0; i < r->nfuncs; i++) {
        if (h->in_progress[r->funcs[i]])
            continue;
        uint8_t fd[32];
        func_digest(h, r->funcs[i], fd);
        sha_put(&s, fd, 32);
    }
    sha_done(&s, out);
    if (dim)
        *dim = r->dim ? r->dim : 1;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void func_digest(HashCtx *h, int group_def, uint8_t out[32]) {
    if (h->fdone[group_def]) {
        memcpy(out, h->fdigest[group_def], 32);
        return;
    }
    h->in_progress[group_def] = 1;
    FeModule *fm = h->fm;
    IrModule *m = h->m;
    Sha s;
    sha_init(&s);
    sha_str(&s, fm->defs[group_def].name);
    /* overloads sorted by signature string; a later def with the same
     * signature replaces an earlier one */
    const char *sigs[64];
    int defs[64], n = 0;
    for (int i = 0; i < fm->ndefs; i++) {
        if (fm->defs[i].kind != DEF_FUNC || strcmp(fm->defs[i].name, fm->defs[group_def].name))
            continue;
        IrFunc *f = h->funcs_by_def[i];
        if (!f)
            continue;
        Buf b = {0};
        for (int k = 0; k < f->nparams; k++) {
            if (k)
                buf_puts(&b, "_");
            ir_type_code(m, f->vals[f->params[k]].type, &b);
        }
        buf_put(&b, "", 1);
        const char *sig = arena_strdup(m->arena, b.data);
        buf_free(&b);
        int dup = -1;
        for (int k = 0; k < n; k++)
            if (!strcmp(sigs[k], sig))
                dup = k;
        if (dup >= 0) {
            defs[dup] = i;
        } else if (n < 64) {
            sigs[n] = sig;
            defs[n] = i;
            n++;
        }
    }
    /* sort signatures, carrying defs along */
    const char *keyed[64];
    for (int i = 0; i < n; i++)
        keyed[i] = arena_printf(m->arena, "%s\x01%d", sigs[i], defs[i]);
    qsort(keyed, n, sizeof keyed[0], cmp_str);
    for (int i = 0; i < n; i++) {
        int di = atoi(strchr(keyed[i], '\x01') + 1);
        uint8_t ad[32];
        adjoint_digest(h, h->funcs_by_def[di], &fm->defs[di], ad, NULL);
        sha_put(&s, ad, 32);
        IrFunc *cg = h->funcs_by_def[di]->custom_grad;
        if (cg) {
            adjoint_digest(h, cg, (const FeDef *)cg->aux, ad, NULL);
            sha_put(&s, ad, 32);
        }
        if (fm->defs[di].native_snippet && fm->defs[di].native_snippet[0])
            sha_str(&s, fm->defs[di].native_snippet);
        if (fm->defs[di].adj_native_snippet && fm->defs[di].adj_native_snippet[0])
            sha_str(&s, fm->defs[di].adj_native_snippet);
    }
    sha_done(&s, out);
    memcpy(h->fdigest[group_def], out, 32);
    h->fdone[group_def] = 1;
    h->in_progress[group_def] = 0;
}

/* Warp's import-time funcs (its library written in Python) take the first
 * numbers of these keys. */
int ir_warp_library_func_count(const char *key, int minor) {
    static const char *const v16_1[] = {"quat_between_vectors", "norm_l1", "norm_l2", "norm_huber",
                                        "norm_pseudo_huber", "smooth_normalize", "velocity_at_point", "quat_twist",
                                        "quat_twist_angle", "quat_twist_angle_signed", "quat_to_rpy",
                                        "quat_to_euler", "quat_from_euler", "transform_twist", "transform_wrench"};
    static const char *const v10_1[] = {"quat_between_vectors", "norm_l1", "norm_l2", "norm_huber",
                                        "norm_pseudo_huber", "smooth_normalize", "bsr_row_index",
                                        "bsr_block_index", "_bsr_mm_use_triplets"};
    static const char *const three[] = {"transform_from_matrix", "transform_to_matrix", "transform_compose",
                                        "transform_decompose"};
    for (size_t i = 0; i < sizeof three / sizeof three[0]; i++)
        if (!strcmp(key, three[i]))
            return 3;
    if (minor >= 16) {
        for (size_t i = 0; i < sizeof v16_1 / sizeof v16_1[0]; i++)
            if (!strcmp(key, v16_1[i]))
                return 1;
    } else {
        for (size_t i = 0; i < sizeof v10_1 / sizeof v10_1[0]; i++)
            if (!strcmp(key, v10_1[i]))
                return 1;
    }
    return 0;
}

void ir_hash_module(IrModule *m, FeModule *fm) {
    for (int i = 0; i < m->nstructs; i++)
        struct_digest(m, i);
    HashCtx h = {0};
    h.m = m;
    h.fm = fm;
    h.funcs_by_def = arena_alloc(m->arena, sizeof(IrFunc *) * (fm->ndefs + 1));
    h.in_progress = arena_alloc(m->arena, sizeof(int) * (fm->ndefs + 1));
    h.fdone = arena_alloc(m->arena, sizeof(int) * (fm->ndefs + 1));
    h.fdigest = arena_alloc(m->arena, 32 * (fm->ndefs + 1));
    /* a def's overload: the built func, or a generic template (never its
     * instantiations: Warp's hash skips them) */
    for (int i = 0; i < m->nfuncs; i++)
        if (m->funcs[i]->kind == IRK_FUNC && m->funcs[i]->generic != 2)
            h.funcs_by_def[m->funcs[i]->group] = m->funcs[i];
    /* user func native names: per-key counters in definition order */
    for (int i = 0; i < fm->ndefs; i++) {
        if (fm->defs[i].kind != DEF_FUNC)
            continue;
        int n = ir_warp_library_func_count(fm->defs[i].name, m->warp_minor);
        for (int k = 0; k < i; k++)
            if (fm->defs[k].kind == DEF_FUNC && !strcmp(fm->defs[k].name, fm->defs[i].name))
                n++;
        if (h.funcs_by_def[i])
            h.funcs_by_def[i]->native = arena_printf(m->arena, "%s_%d", fm->defs[i].name, n);
        /* instantiations of a generic def are shallow copies: the same name */
        for (int k = 0; k < m->nfuncs; k++)
            if (m->funcs[k]->kind == IRK_FUNC && m->funcs[k]->generic == 2 && m->funcs[k]->group == i)
                m->funcs[k]->native = arena_printf(m->arena, "%s_%d", fm->defs[i].name, n);
    }
    for (int i = 0; i < m->nfuncs; i++)
        if (m->funcs[i]->custom_grad)
            m->funcs[i]->custom_grad->native = m->funcs[i]->native;
    for (int i = 0; i < m->nfuncs; i++) {
        IrFunc *k = m->funcs[i];
        if (k->kind != IRK_KERNEL)
            continue;
        const FeDef *d = k->aux;
        uint8_t ad[32];
        adjoint_digest(&h, k, d, ad, &k->dim);
        Sha s;
        sha_init(&s);
        sha_str(&s, k->key);
        if (m->warp_minor >= 16) {
            /* decorator options sorted by name, str() of the value */
            int order[8];
            for (int o = 0; o < d->nopts; o++)
                order[o] = o;
            for (int a = 0; a < d->nopts; a++)
                for (int c = a + 1; c < d->nopts; c++)
                    if (strcmp(d->opts[order[c]].name, d->opts[order[a]].name) < 0) {
                        int t = order[a];
                        order[a] = order[c];
                        order[c] = t;
                    }
            for (int o = 0; o < d->nopts; o++) {
                const FeOption *op = &d->opts[order[o]];
                const AstNode *v = op->value;
                const char *vs = "?";
                /* only these become Kernel.options (module= does not) */
                if (strcmp(op->name, "enable_backward") && strcmp(op->name, "launch_bounds") &&
                    strcmp(op->name, "grid_stride") && strcmp(op->name, "cluster_dim"))
                    continue;
                if (v->kind == A_CONST && v->ck == CK_BOOL)
                    vs = v->i ? "True" : "False";
                else if (!strcmp(op->name, "grid_stride") && v->kind == A_CONST && v->ck == CK_INT)
                    vs = v->i ? "True" : "False"; /* bool(grid_stride) */
                else if (v->kind == A_CONST && v->ck == CK_INT)
                    vs = arena_printf(m->arena, "%lld", (long long)v->i);
                else if (v->kind == A_TUPLE && v->l1.n == 1)
                    vs = arena_printf(m->arena, "(%lld,)", (long long)v->l1.items[0]->i);
                else if (v->kind == A_TUPLE && v->l1.n == 2)
                    vs = arena_printf(m->arena, "(%lld, %lld)", (long long)v->l1.items[0]->i,
                                      (long long)v->l1.items[1]->i);
                sha_str(&s, arena_printf(m->arena, "%s:%s", op->name, vs));
            }
        }
        sha_put(&s, ad, 32);
        sha_done(&s, k->digest);
        k->native = arena_printf(m->arena, "%s_%02x%02x%02x%02x", k->key, k->digest[0], k->digest[1], k->digest[2],
                                 k->digest[3]);
    }
}
