/* parse.c: Python source -> AstNode tree, through tree-sitter.
 *
 * tree-sitter's concrete syntax tree is reshaped into CPython's abstract one:
 * parentheses disappear (but are remembered), `a and b and c` flattens into
 * one BoolOp while `(a and b) and c` does not, `x[i, j]` gets a Tuple slice,
 * `not in` / `is not` become single comparison operators, and bare
 * expression lists become Tuples.  Node positions follow CPython (the `def`
 * line for a decorated function, the inner expression for parenthesized
 * ones), because Warp echoes source lines by those numbers.
 * Anything the grammar flags as an error becomes a diagnostic at the first
 * error node. */
#include "frontend/frontend.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_python(void);


/* Field ids are looked up once: by-name lookups scan the grammar's field
 * table with strncmp on every call, which showed in profiles. */
enum { F_ALIAS, F_ALTERNATIVE, F_ARGUMENT, F_ARGUMENTS, F_ATTRIBUTE, F_BODY, F_CONDITION, F_CONSEQUENCE, F_DEFINITION, F_FUNCTION, F_KEY, F_LEFT, F_NAME, F_OBJECT, F_OPERATOR, F_PARAMETERS, F_RETURN_TYPE, F_RIGHT, F_SUPERCLASSES, F_TYPE, F_VALUE, F_COUNT };
static const char *const field_names[F_COUNT] = {"alias", "alternative", "argument", "arguments", "attribute", "body", "condition", "consequence", "definition", "function", "key", "left", "name", "object", "operator", "parameters", "return_type", "right", "superclasses", "type", "value"};
static TSFieldId field_ids[F_COUNT];

static void fields_lookup(void) {
    const TSLanguage *lang = tree_sitter_python();
    for (int i = 0; i < F_COUNT; i++)
        field_ids[i] = ts_language_field_id_for_name(lang, field_names[i], (uint32_t)strlen(field_names[i]));
}

static void fields_init(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, fields_lookup);
}

static TSNode child_f(TSNode n, int f) { return ts_node_child_by_field_id(n, field_ids[f]); }

typedef struct P {
    Arena *arena;
    const char *src;
    Diag *diag;
    int failed;
} P;

static AstNode *conv_expr(P *p, TSNode n);
static AstNode *conv_stmt(P *p, TSNode n);
static void conv_block(P *p, TSNode block, AstList *out);

static SrcLoc loc_of(TSPoint pt) {
    SrcLoc l = {(int)pt.row + 1, (int)pt.column + 1};
    return l;
}

static void fail(P *p, TSNode n, const char *fmt, const char *arg) {
    if (p->failed)
        return;
    p->failed = 1;
    p->diag->loc = loc_of(ts_node_start_point(n));
    p->diag->msg = arena_printf(p->arena, fmt, arg);
}

static AstNode *mk(P *p, AstKind k, TSNode n) {
    AstNode *a = arena_alloc(p->arena, sizeof *a);
    a->kind = k;
    a->loc = loc_of(ts_node_start_point(n));
    a->end = loc_of(ts_node_end_point(n));
    return a;
}

static const char *text(P *p, TSNode n) {
    uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
    return arena_strndup(p->arena, p->src + s, e - s);
}

static int is(TSNode n, const char *type) { return strcmp(ts_node_type(n), type) == 0; }

static void list_push(P *p, AstList *l, AstNode *x) {
    /* lists are short: grow by doubling in the arena */
    if ((l->n & (l->n - 1)) == 0) {
        int cap = l->n ? l->n * 2 : 1;
        AstNode **items = arena_alloc(p->arena, sizeof(AstNode *) * cap);
        if (l->n)
            memcpy(items, l->items, sizeof(AstNode *) * l->n);
        l->items = items;
    }
    l->items[l->n++] = x;
}

static AstOp binop_of(const char *s) {
    static const struct { const char *s; AstOp op; } t[] = {
        {"+", OP_ADD}, {"-", OP_SUB}, {"*", OP_MULT}, {"/", OP_DIV}, {"//", OP_FLOORDIV},
        {"%", OP_MOD}, {"**", OP_POW}, {"@", OP_MATMULT}, {"<<", OP_LSHIFT}, {">>", OP_RSHIFT},
        {"|", OP_BITOR}, {"^", OP_BITXOR}, {"&", OP_BITAND},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (!strcmp(s, t[i].s))
            return t[i].op;
    return OP_NONE;
}

static AstOp cmpop_of(const char *s) {
    static const struct { const char *s; AstOp op; } t[] = {
        {"==", OP_EQ}, {"!=", OP_NOTEQ}, {"<>", OP_NOTEQ}, {"<", OP_LT}, {"<=", OP_LTE},
        {">", OP_GT}, {">=", OP_GTE}, {"is", OP_IS}, {"in", OP_IN},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (!strcmp(s, t[i].s))
            return t[i].op;
    return OP_NONE;
}

const char *ast_op_name(AstOp op) {
    static const char *names[] = {
        [OP_NONE] = "?", [OP_ADD] = "Add", [OP_SUB] = "Sub", [OP_MULT] = "Mult", [OP_DIV] = "Div",
        [OP_FLOORDIV] = "FloorDiv", [OP_MOD] = "Mod", [OP_POW] = "Pow", [OP_MATMULT] = "MatMult",
        [OP_LSHIFT] = "LShift", [OP_RSHIFT] = "RShift", [OP_BITOR] = "BitOr", [OP_BITXOR] = "BitXor",
        [OP_BITAND] = "BitAnd", [OP_UADD] = "UAdd", [OP_USUB] = "USub", [OP_NOT] = "Not",
        [OP_INVERT] = "Invert", [OP_AND] = "And", [OP_OR] = "Or", [OP_EQ] = "Eq", [OP_NOTEQ] = "NotEq",
        [OP_LT] = "Lt", [OP_LTE] = "LtE", [OP_GT] = "Gt", [OP_GTE] = "GtE", [OP_IS] = "Is",
        [OP_ISNOT] = "IsNot", [OP_IN] = "In", [OP_NOTIN] = "NotIn",
    };
    return op < sizeof names / sizeof names[0] ? names[op] : "?";
}

/* Integer literal with Python's prefixes and underscores. */
static void parse_int(AstNode *a, const char *s) {
    char buf[128];
    size_t k = 0;
    for (const char *c = s; *c && k + 1 < sizeof buf; c++)
        if (*c != '_')
            buf[k++] = *c;
    buf[k] = 0;
    int base = 10;
    const char *d = buf;
    if (buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X')) base = 16, d = buf + 2;
    else if (buf[0] == '0' && (buf[1] == 'o' || buf[1] == 'O')) base = 8, d = buf + 2;
    else if (buf[0] == '0' && (buf[1] == 'b' || buf[1] == 'B')) base = 2, d = buf + 2;
    errno = 0;
    unsigned long long v = strtoull(d, NULL, base);
    if (errno == ERANGE)
        a->bigint = 1; /* beyond 64 bits */
    else if (v > (unsigned long long)INT64_MAX)
        a->bigint = 2; /* a uint64 value */
    a->i = (int64_t)v;
    a->f = (double)v;
}

static void parse_float(AstNode *a, const char *s) {
    char buf[128];
    size_t k = 0;
    for (const char *c = s; *c && k + 1 < sizeof buf; c++)
        if (*c != '_')
            buf[k++] = *c;
    buf[k] = 0;
    a->f = strtod(buf, NULL);
}

/* Decodes a Python string literal (one piece of a possibly implicit
 * concatenation) into b. Handles the common escapes. */
static void decode_string(P *p, TSNode n, Buf *b) {
    const char *s = p->src + ts_node_start_byte(n);
    const char *e = p->src + ts_node_end_byte(n);
    int raw = 0;
    while (s < e && *s != '\'' && *s != '"') {
        if (*s == 'r' || *s == 'R')
            raw = 1;
        s++;
    }
    int q = 1;
    if (e - s >= 6 && (s[0] == s[1] && s[1] == s[2]))
        q = 3;
    s += q, e -= q;
    for (; s < e; s++) {
        if (*s != '\\' || raw) {
            buf_put(b, s, 1);
            continue;
        }
        s++;
        char c = *s;
        switch (c) {
        case 'n': buf_put(b, "\n", 1); break;
        case 't': buf_put(b, "\t", 1); break;
        case 'r': buf_put(b, "\r", 1); break;
        case '0': buf_put(b, "\0", 1); break;
        case 'a': buf_put(b, "\a", 1); break;
        case 'b': buf_put(b, "\b", 1); break;
        case 'f': buf_put(b, "\f", 1); break;
        case 'v': buf_put(b, "\v", 1); break;
        case '\n': break;
        case 'x': {
            char h[3] = {s[1], s[1] ? s[2] : 0, 0};
            char v = (char)strtol(h, NULL, 16);
            buf_put(b, &v, 1);
            s += 2;
            break;
        }
        default: buf_put(b, s, 1); break;
        }
    }
}

static AstNode *conv_string(P *p, TSNode n) {
    AstNode *a = mk(p, A_CONST, n);
    a->ck = CK_STR;
    Buf b = {0};
    if (is(n, "concatenated_string")) {
        uint32_t c = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < c; i++)
            decode_string(p, ts_node_named_child(n, i), &b);
    } else {
        /* f-strings are not values Warp accepts: flag them */
        uint32_t c = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < c; i++)
            if (is(ts_node_named_child(n, i), "interpolation")) {
                /* an f-string: only an error if a kernel evaluates it */
                buf_free(&b);
                a->kind = A_OTHEREXPR;
                a->str = "JoinedStr";
                return a;
            }
        decode_string(p, n, &b);
    }
    buf_put(&b, "", 1);
    a->str = arena_strndup(p->arena, b.data, b.len - 1);
    a->strlen = b.len - 1;
    buf_free(&b);
    return a;
}

static AstNode *conv_tuple_from(P *p, TSNode n, AstKind k) {
    AstNode *a = mk(p, k, n);
    uint32_t c = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < c; i++) {
        TSNode ch = ts_node_named_child(n, i);
        if (is(ch, "comment"))
            continue;
        list_push(p, &a->l1, conv_expr(p, ch));
    }
    if (a->l1.n)
        a->loc = a->l1.items[0]->loc;
    return a;
}

static void flatten_bool(P *p, TSNode n, AstOp op, AstList *out) {
    TSNode l = child_f(n, F_LEFT);
    TSNode r = child_f(n, F_RIGHT);
    if (is(l, "boolean_operator")) {
        TSNode lop = child_f(l, F_OPERATOR);
        if ((op == OP_AND) == (strcmp(ts_node_type(lop), "and") == 0)) {
            flatten_bool(p, l, op, out);
            list_push(p, out, conv_expr(p, r));
            return;
        }
    }
    list_push(p, out, conv_expr(p, l));
    list_push(p, out, conv_expr(p, r));
}

static AstNode *conv_call(P *p, TSNode n) {
    AstNode *a = mk(p, A_CALL, n);
    a->a = conv_expr(p, child_f(n, F_FUNCTION));
    TSNode args = child_f(n, F_ARGUMENTS);
    if (is(args, "generator_expression")) {
        a->kind = A_OTHEREXPR;
        a->str = "GeneratorExp";
        return a;
    }
    uint32_t c = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < c; i++) {
        TSNode ch = ts_node_named_child(args, i);
        if (is(ch, "comment"))
            continue;
        if (is(ch, "keyword_argument")) {
            AstNode *k = mk(p, A_KEYWORD, ch);
            k->str = text(p, child_f(ch, F_NAME));
            k->a = conv_expr(p, child_f(ch, F_VALUE));
            list_push(p, &a->l2, k);
        } else if (is(ch, "list_splat")) {
            AstNode *s = mk(p, A_STARRED, ch);
            s->a = conv_expr(p, ts_node_named_child(ch, 0));
            list_push(p, &a->l1, s);
        } else if (is(ch, "dictionary_splat")) {
            AstNode *k = mk(p, A_KEYWORD, ch);
            k->str = NULL; /* **kwargs: Warp rejects it when a kernel calls this */
            k->a = conv_expr(p, ts_node_named_child(ch, 0));
            list_push(p, &a->l2, k);
        } else {
            list_push(p, &a->l1, conv_expr(p, ch));
        }
    }
    return a;
}

static AstNode *conv_slice(P *p, TSNode n) {
    /* children: [lower] ':' [upper] [':' [step]] */
    AstNode *a = mk(p, A_SLICE, n);
    int part = 0;
    uint32_t c = ts_node_child_count(n);
    for (uint32_t i = 0; i < c; i++) {
        TSNode ch = ts_node_child(n, i);
        if (!ts_node_is_named(ch)) {
            if (is(ch, ":"))
                part++;
            continue;
        }
        if (is(ch, "comment"))
            continue;
        AstNode *e = conv_expr(p, ch);
        if (part == 0) a->a = e;
        else if (part == 1) a->b = e;
        else a->c = e;
    }
    return a;
}

static AstNode *conv_expr(P *p, TSNode n) {
    const char *t = ts_node_type(n);
    AstNode *a;
    if (ts_node_is_null(n)) {
        p->failed = 1;
        return NULL;
    }
    if (!strcmp(t, "identifier")) {
        a = mk(p, A_NAME, n);
        a->str = text(p, n);
        return a;
    }
    if (!strcmp(t, "integer")) {
        a = mk(p, A_CONST, n);
        a->ck = CK_INT;
        const char *s = text(p, n);
        size_t L = strlen(s);
        if (L && (s[L - 1] == 'j' || s[L - 1] == 'J')) {
            a->kind = A_OTHEREXPR;
            a->str = "complex literal";
            return a;
        }
        parse_int(a, s);
        return a;
    }
    if (!strcmp(t, "float")) {
        a = mk(p, A_CONST, n);
        a->ck = CK_FLOAT;
        const char *s = text(p, n);
        size_t L = strlen(s);
        if (L && (s[L - 1] == 'j' || s[L - 1] == 'J')) {
            a->kind = A_OTHEREXPR;
            a->str = "complex literal";
            return a;
        }
        parse_float(a, s);
        return a;
    }
    if (!strcmp(t, "true") || !strcmp(t, "false")) {
        a = mk(p, A_CONST, n);
        a->ck = CK_BOOL;
        a->i = t[0] == 't';
        return a;
    }
    if (!strcmp(t, "ellipsis")) {
        /* Constant(Ellipsis): a docstring-like body (`def f(x: float) -> float: ...`) */
        a = mk(p, A_CONST, n);
        a->ck = CK_NONE;
        a->str = "...";
        return a;
    }
    if (!strcmp(t, "none")) {
        a = mk(p, A_CONST, n);
        a->ck = CK_NONE;
        return a;
    }
    if (!strcmp(t, "string") || !strcmp(t, "concatenated_string"))
        return conv_string(p, n);
    if (!strcmp(t, "parenthesized_expression")) {
        TSNode in = ts_node_named_child(n, 0);
        uint32_t c = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < c && is(in, "comment"); i++)
            in = ts_node_named_child(n, i);
        a = conv_expr(p, in);
        if (a)
            a->parens = 1;
        return a;
    }
    if (!strcmp(t, "attribute")) {
        a = mk(p, A_ATTR, n);
        a->a = conv_expr(p, child_f(n, F_OBJECT));
        a->str = text(p, child_f(n, F_ATTRIBUTE));
        return a;
    }
    if (!strcmp(t, "subscript")) {
        a = mk(p, A_SUBSCRIPT, n);
        a->a = conv_expr(p, child_f(n, F_VALUE));
        /* one or several `subscript` fields */
        AstList idx = {0};
        /* every named child after the value is an index (field lookups of
         * repeated fields are unreliable in tree-sitter 0.20) */
        uint32_t c = ts_node_named_child_count(n);
        for (uint32_t i = 1; i < c; i++) {
            TSNode ch = ts_node_named_child(n, i);
            if (is(ch, "comment"))
                continue;
            list_push(p, &idx, is(ch, "slice") ? conv_slice(p, ch) : conv_expr(p, ch));
        }
        if (idx.n == 1) {
            a->b = idx.items[0];
        } else {
            AstNode *tup = mk(p, A_TUPLE, n);
            tup->l1 = idx;
            tup->loc = idx.items[0]->loc;
            tup->end = idx.items[idx.n - 1]->end;
            a->b = tup;
        }
        return a;
    }
    if (!strcmp(t, "call"))
        return conv_call(p, n);
    if (!strcmp(t, "binary_operator")) {
        a = mk(p, A_BINOP, n);
        a->a = conv_expr(p, child_f(n, F_LEFT));
        a->b = conv_expr(p, child_f(n, F_RIGHT));
        a->op = binop_of(ts_node_type(child_f(n, F_OPERATOR)));
        return a;
    }
    if (!strcmp(t, "unary_operator")) {
        a = mk(p, A_UNARYOP, n);
        const char *o = ts_node_type(child_f(n, F_OPERATOR));
        a->op = o[0] == '-' ? OP_USUB : o[0] == '+' ? OP_UADD : OP_INVERT;
        a->a = conv_expr(p, child_f(n, F_ARGUMENT));
        return a;
    }
    if (!strcmp(t, "not_operator")) {
        a = mk(p, A_UNARYOP, n);
        a->op = OP_NOT;
        a->a = conv_expr(p, child_f(n, F_ARGUMENT));
        return a;
    }
    if (!strcmp(t, "boolean_operator")) {
        a = mk(p, A_BOOLOP, n);
        a->op = strcmp(ts_node_type(child_f(n, F_OPERATOR)), "and") ? OP_OR : OP_AND;
        flatten_bool(p, n, a->op, &a->l1);
        return a;
    }
    if (!strcmp(t, "comparison_operator")) {
        a = mk(p, A_COMPARE, n);
        uint32_t c = ts_node_child_count(n);
        uint8_t ops[64];
        int nops = 0, pending_not = 0, pending_is = 0;
        for (uint32_t i = 0; i < c; i++) {
            TSNode ch = ts_node_child(n, i);
            if (ts_node_is_named(ch)) {
                if (is(ch, "comment"))
                    continue;
                if (pending_is) {
                    if (nops < 64) ops[nops++] = OP_IS;
                    pending_is = 0;
                }
                if (!a->a)
                    a->a = conv_expr(p, ch);
                else
                    list_push(p, &a->l1, conv_expr(p, ch));
                continue;
            }
            const char *o = ts_node_type(ch);
            if (!strcmp(o, "not in")) { if (nops < 64) ops[nops++] = OP_NOTIN; }
            else if (!strcmp(o, "is not")) { if (nops < 64) ops[nops++] = OP_ISNOT; }
            else if (!strcmp(o, "not")) {
                if (pending_is) { if (nops < 64) ops[nops++] = OP_ISNOT; pending_is = 0; }
                else pending_not = 1;
            } else if (!strcmp(o, "in")) {
                if (nops < 64) ops[nops++] = pending_not ? OP_NOTIN : OP_IN;
                pending_not = 0;
            } else if (!strcmp(o, "is")) {
                pending_is = 1;
            } else {
                if (nops < 64) ops[nops++] = cmpop_of(o);
            }
        }
        a->ops = arena_alloc(p->arena, nops + 1);
        memcpy(a->ops, ops, nops);
        return a;
    }
    if (!strcmp(t, "conditional_expression")) {
        a = mk(p, A_IFEXP, n);
        TSNode parts[3];
        int k = 0;
        uint32_t c = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < c && k < 3; i++) {
            TSNode ch = ts_node_named_child(n, i);
            if (!is(ch, "comment"))
                parts[k++] = ch;
        }
        if (k < 3) {
            fail(p, n, "malformed conditional expression%s", "");
            return a;
        }
        a->b = conv_expr(p, parts[0]);
        a->a = conv_expr(p, parts[1]);
        a->c = conv_expr(p, parts[2]);
        return a;
    }
    if (!strcmp(t, "tuple") || !strcmp(t, "expression_list") || !strcmp(t, "pattern_list") ||
        !strcmp(t, "tuple_pattern")) {
        a = conv_tuple_from(p, n, A_TUPLE);
        if (!strcmp(t, "tuple") || !strcmp(t, "tuple_pattern")) {
            /* CPython 3.8+: a parenthesized tuple starts at its '(' */
            a->loc = loc_of(ts_node_start_point(n));
        }
        return a;
    }
    if (!strcmp(t, "list") || !strcmp(t, "list_pattern"))
        return conv_tuple_from(p, n, A_LIST);
    if (!strcmp(t, "list_splat") || !strcmp(t, "list_splat_pattern")) {
        a = mk(p, A_STARRED, n);
        a->a = conv_expr(p, ts_node_named_child(n, 0));
        return a;
    }
    if (!strcmp(t, "type"))
        return conv_expr(p, ts_node_named_child(n, 0));
    if (!strcmp(t, "generic_type") && ts_node_named_child_count(n) == 2) {
        /* an annotation such as tuple[float, int]: CPython's Subscript */
        a = mk(p, A_SUBSCRIPT, n);
        a->a = conv_expr(p, ts_node_named_child(n, 0));
        TSNode tp = ts_node_named_child(n, 1);
        AstNode *params = conv_tuple_from(p, tp, A_TUPLE);
        a->b = params->l1.n == 1 ? params->l1.items[0] : params;
        return a;
    }
    if (!strcmp(t, "keyword_argument")) {
        fail(p, n, "unexpected keyword argument%s", "");
        return mk(p, A_OTHEREXPR, n);
    }
    if (!strcmp(t, "ERROR")) {
        fail(p, n, "invalid syntax%s", "");
        return mk(p, A_OTHEREXPR, n);
    }
    /* lambda, comprehensions, dict, set, await, named_expression...: kept as
     * an opaque expression; Warp rejects them when a kernel evaluates them. */
    static const struct { const char *ts, *py; } names[] = {
        {"lambda", "Lambda"}, {"list_comprehension", "ListComp"}, {"dictionary", "Dict"}, {"set", "Set"},
        {"dictionary_comprehension", "DictComp"}, {"set_comprehension", "SetComp"},
        {"generator_expression", "GeneratorExp"}, {"named_expression", "NamedExpr"}, {"await", "Await"},
        {"ellipsis", "Constant"}, {"yield", "Yield"},
    };
    a = mk(p, A_OTHEREXPR, n);
    a->str = arena_strdup(p->arena, t);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(t, names[i].ts))
            a->str = names[i].py;
    /* a dict display keeps its keys (l1) and values (l2) for module-level
     * readers (wp.overload(k, {"a": T})); walks do not enter it */
    if (!strcmp(t, "dictionary")) {
        uint32_t c = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < c; i++) {
            TSNode pr = ts_node_named_child(n, i);
            if (!is(pr, "pair")) {
                a->l1.n = a->l2.n = 0;
                break;
            }
            list_push(p, &a->l1, conv_expr(p, child_f(pr, F_KEY)));
            list_push(p, &a->l2, conv_expr(p, child_f(pr, F_VALUE)));
        }
    }
    return a;
}

static void conv_params(P *p, TSNode params, AstNode *args) {
    uint32_t c = ts_node_named_child_count(params);
    for (uint32_t i = 0; i < c; i++) {
        TSNode ch = ts_node_named_child(params, i);
        if (is(ch, "comment"))
            continue;
        AstNode *arg = mk(p, A_ARG, ch);
        if (is(ch, "identifier")) {
            arg->str = text(p, ch);
        } else if (is(ch, "typed_parameter")) {
            TSNode id = ts_node_named_child(ch, 0);
            if (!is(id, "identifier")) {
                args->unsupported = "variadic parameters (*args, **kwargs) are not supported in Warp functions";
                args->loc = loc_of(ts_node_start_point(ch));
                continue;
            }
            arg->str = text(p, id);
            arg->a = conv_expr(p, child_f(ch, F_TYPE));
        } else if (is(ch, "default_parameter") || is(ch, "typed_default_parameter")) {
            arg->str = text(p, child_f(ch, F_NAME));
            TSNode ty = child_f(ch, F_TYPE);
            if (!ts_node_is_null(ty))
                arg->a = conv_expr(p, ty);
            list_push(p, &args->l2, conv_expr(p, child_f(ch, F_VALUE)));
        } else {
            args->unsupported = "this parameter form (*args, **kwargs, keyword-only or positional-only markers) is not "
                                "supported in Warp functions";
            args->loc = loc_of(ts_node_start_point(ch));
            continue;
        }
        arg->loc = loc_of(ts_node_start_point(ch));
        list_push(p, &args->l1, arg);
    }
}

static AstNode *conv_funcdef(P *p, TSNode n, TSNode outer) {
    AstNode *a = mk(p, A_FUNCDEF, n);
    a->str = text(p, child_f(n, F_NAME));
    AstNode *args = mk(p, A_ARGUMENTS, child_f(n, F_PARAMETERS));
    conv_params(p, child_f(n, F_PARAMETERS), args);
    a->a = args;
    TSNode ret = child_f(n, F_RETURN_TYPE);
    if (!ts_node_is_null(ret))
        a->b = conv_expr(p, ret);
    conv_block(p, child_f(n, F_BODY), &a->l1);
    /* decorators come from the enclosing decorated_definition */
    if (!ts_node_is_null(outer)) {
        uint32_t c = ts_node_named_child_count(outer);
        for (uint32_t i = 0; i < c; i++) {
            TSNode d = ts_node_named_child(outer, i);
            if (is(d, "decorator"))
                list_push(p, &a->l2, conv_expr(p, ts_node_named_child(d, 0)));
        }
    }
    return a;
}

static AstNode *conv_classdef(P *p, TSNode n, TSNode outer) {
    AstNode *a = mk(p, A_CLASSDEF, n);
    a->str = text(p, child_f(n, F_NAME));
    TSNode sup = child_f(n, F_SUPERCLASSES);
    if (!ts_node_is_null(sup)) {
        uint32_t c = ts_node_named_child_count(sup);
        for (uint32_t i = 0; i < c; i++)
            list_push(p, &a->l3, conv_expr(p, ts_node_named_child(sup, i)));
    }
    conv_block(p, child_f(n, F_BODY), &a->l1);
    if (!ts_node_is_null(outer)) {
        uint32_t c = ts_node_named_child_count(outer);
        for (uint32_t i = 0; i < c; i++) {
            TSNode d = ts_node_named_child(outer, i);
            if (is(d, "decorator"))
                list_push(p, &a->l2, conv_expr(p, ts_node_named_child(d, 0)));
        }
    }
    return a;
}

static AstNode *conv_assignment(P *p, TSNode n, TSNode stmt) {
    TSNode left = child_f(n, F_LEFT);
    TSNode right = child_f(n, F_RIGHT);
    TSNode type = child_f(n, F_TYPE);
    AstNode *a;
    if (!ts_node_is_null(type)) {
        a = mk(p, A_ANNASSIGN, stmt);
        a->a = conv_expr(p, left);
        a->c = conv_expr(p, type);
        if (!ts_node_is_null(right))
            a->b = conv_expr(p, right);
        return a;
    }
    a = mk(p, A_ASSIGN, stmt);
    list_push(p, &a->l1, conv_expr(p, left));
    /* a = b = c: chained targets */
    while (is(right, "assignment") && ts_node_is_null(child_f(right, F_TYPE))) {
        list_push(p, &a->l1, conv_expr(p, child_f(right, F_LEFT)));
        right = child_f(right, F_RIGHT);
    }
    a->b = conv_expr(p, right);
    return a;
}

static AstNode *conv_if(P *p, TSNode n, AstKind kind_unused) {
    (void)kind_unused;
    AstNode *a = mk(p, A_IF, n);
    a->a = conv_expr(p, child_f(n, F_CONDITION));
    conv_block(p, child_f(n, F_CONSEQUENCE), &a->l1);
    /* alternatives: elif_clause* else_clause? -> nested Ifs in orelse */
    AstNode *cur = a;
    uint32_t c = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < c; i++) {
        TSNode alt = ts_node_named_child(n, i);
        if (!is(alt, "elif_clause") && !is(alt, "else_clause"))
            continue;
        if (is(alt, "elif_clause")) {
            AstNode *e = mk(p, A_IF, alt);
            e->a = conv_expr(p, child_f(alt, F_CONDITION));
            conv_block(p, child_f(alt, F_CONSEQUENCE), &e->l1);
            list_push(p, &cur->l2, e);
            cur = e;
        } else {
            conv_block(p, child_f(alt, F_BODY), &cur->l2);
        }
    }
    return a;
}

static AstNode *conv_stmt(P *p, TSNode n) {
    const char *t = ts_node_type(n);
    AstNode *a;
    if (!strcmp(t, "expression_statement")) {
        uint32_t c = ts_node_named_child_count(n);
        TSNode first = ts_node_named_child(n, 0);
        if (c == 1 && is(first, "assignment"))
            return conv_assignment(p, first, n);
        if (c == 1 && is(first, "augmented_assignment")) {
            a = mk(p, A_AUGASSIGN, n);
            a->a = conv_expr(p, child_f(first, F_LEFT));
            a->b = conv_expr(p, child_f(first, F_RIGHT));
            const char *o = ts_node_type(child_f(first, F_OPERATOR));
            char op[8] = {0};
            strncpy(op, o, sizeof op - 1);
            op[strlen(op) - 1] = 0; /* strip '=' */
            a->op = binop_of(op);
            return a;
        }
        a = mk(p, A_EXPR, n);
        if (c == 1)
            a->a = conv_expr(p, first);
        else
            a->a = conv_tuple_from(p, n, A_TUPLE);
        return a;
    }
    if (!strcmp(t, "function_definition"))
        return conv_funcdef(p, n, (TSNode){0});
    if (!strcmp(t, "class_definition"))
        return conv_classdef(p, n, (TSNode){0});
    if (!strcmp(t, "decorated_definition")) {
        TSNode def = child_f(n, F_DEFINITION);
        AstNode *d = is(def, "function_definition") ? conv_funcdef(p, def, n) : conv_classdef(p, def, n);
        return d;
    }
    if (!strcmp(t, "if_statement"))
        return conv_if(p, n, A_IF);
    if (!strcmp(t, "for_statement")) {
        a = mk(p, A_FOR, n);
        a->a = conv_expr(p, child_f(n, F_LEFT));
        a->b = conv_expr(p, child_f(n, F_RIGHT));
        conv_block(p, child_f(n, F_BODY), &a->l1);
        TSNode alt = child_f(n, F_ALTERNATIVE);
        if (!ts_node_is_null(alt))
            conv_block(p, child_f(alt, F_BODY), &a->l2);
        return a;
    }
    if (!strcmp(t, "while_statement")) {
        a = mk(p, A_WHILE, n);
        a->a = conv_expr(p, child_f(n, F_CONDITION));
        conv_block(p, child_f(n, F_BODY), &a->l1);
        TSNode alt = child_f(n, F_ALTERNATIVE);
        if (!ts_node_is_null(alt))
            conv_block(p, child_f(alt, F_BODY), &a->l2);
        return a;
    }
    if (!strcmp(t, "return_statement")) {
        a = mk(p, A_RETURN, n);
        TSNode v = ts_node_named_child(n, 0);
        if (!ts_node_is_null(v) && !is(v, "comment"))
            a->a = conv_expr(p, v);
        return a;
    }
    if (!strcmp(t, "pass_statement"))
        return mk(p, A_PASS, n);
    if (!strcmp(t, "break_statement"))
        return mk(p, A_BREAK, n);
    if (!strcmp(t, "continue_statement"))
        return mk(p, A_CONTINUE, n);
    if (!strcmp(t, "assert_statement")) {
        a = mk(p, A_ASSERT, n);
        a->a = conv_expr(p, ts_node_named_child(n, 0));
        if (ts_node_named_child_count(n) > 1)
            a->b = conv_expr(p, ts_node_named_child(n, 1));
        return a;
    }
    if (!strcmp(t, "import_statement") || !strcmp(t, "import_from_statement")) {
        a = mk(p, !strcmp(t, "import_statement") ? A_IMPORT : A_IMPORTFROM, n);
        /* module name (from-import) in a->str; names as (name, alias) pairs of
         * NAME nodes in l1 (name) and l2 (alias or NULL name) */
        /* a cursor: tree-sitter 0.20's ts_node_field_name_for_child misses
         * repeated fields (only the first of `from m import a, b` is named) */
        TSTreeCursor cur = ts_tree_cursor_new(n);
        for (int more = ts_tree_cursor_goto_first_child(&cur); more; more = ts_tree_cursor_goto_next_sibling(&cur)) {
            const char *f = ts_tree_cursor_current_field_name(&cur);
            TSNode ch = ts_tree_cursor_current_node(&cur);
            if (f && !strcmp(f, "module_name")) {
                a->str = text(p, ch);
            } else if (f && !strcmp(f, "name")) {
                AstNode *nm = mk(p, A_NAME, ch), *al = mk(p, A_NAME, ch);
                if (is(ch, "aliased_import")) {
                    nm->str = text(p, child_f(ch, F_NAME));
                    al->str = text(p, child_f(ch, F_ALIAS));
                } else {
                    nm->str = text(p, ch);
                    al->str = NULL;
                }
                list_push(p, &a->l1, nm);
                list_push(p, &a->l2, al);
            } else if (is(ch, "wildcard_import")) {
                AstNode *nm = mk(p, A_NAME, ch);
                nm->str = "*";
                list_push(p, &a->l1, nm);
                list_push(p, &a->l2, mk(p, A_NAME, ch));
            }
        }
        ts_tree_cursor_delete(&cur);
        return a;
    }
    if (!strcmp(t, "global_statement") || !strcmp(t, "nonlocal_statement"))
        return mk(p, A_GLOBAL, n);
    if (!strcmp(t, "ERROR")) {
        fail(p, n, "invalid syntax%s", "");
        return mk(p, A_OTHERSTMT, n);
    }
    a = mk(p, A_OTHERSTMT, n);
    a->str = arena_strdup(p->arena, t);
    return a;
}

static void conv_block(P *p, TSNode block, AstList *out) {
    if (ts_node_is_null(block))
        return;
    uint32_t c = ts_node_named_child_count(block);
    for (uint32_t i = 0; i < c; i++) {
        TSNode ch = ts_node_named_child(block, i);
        if (is(ch, "comment"))
            continue;
        list_push(p, out, conv_stmt(p, ch));
    }
}

/* Finds the first error or missing node, depth first, for the diagnostic. */
static int find_error(TSNode n, TSNode *out) {
    if (ts_node_is_missing(n) || is(n, "ERROR")) {
        *out = n;
        return 1;
    }
    if (!ts_node_has_error(n))
        return 0;
    uint32_t c = ts_node_child_count(n);
    for (uint32_t i = 0; i < c; i++)
        if (find_error(ts_node_child(n, i), out))
            return 1;
    *out = n;
    return 1;
}

AstFile *ast_parse(Arena *arena, const char *src, size_t len, Diag *diag) {
    AstFile *f = arena_alloc(arena, sizeof *f);
    f->text = src;
    f->len = len;
    int nl = 1;
    for (size_t i = 0; i < len; i++)
        nl += src[i] == '\n';
    f->lines = arena_alloc(arena, sizeof(char *) * (nl + 2));
    f->nlines = 0;
    f->lines[1] = src;
    int k = 1;
    for (size_t i = 0; i < len; i++)
        if (src[i] == '\n' && i + 1 <= len)
            f->lines[++k] = src + i + 1;
    f->nlines = (len && src[len - 1] == '\n') ? k - 1 : k;

    fields_init();
    TSParser *parser = ts_parser_new();
    ts_parser_set_language(parser, tree_sitter_python());
    TSTree *tree = ts_parser_parse_string(parser, NULL, src, (uint32_t)len);
    TSNode root = ts_tree_root_node(tree);
    P p = {arena, src, diag, 0};
    if (ts_node_has_error(root)) {
        TSNode e;
        find_error(root, &e);
        if (ts_node_is_missing(e))
            fail(&p, e, "invalid syntax: expected '%s'", ts_node_type(e));
        else
            fail(&p, e, "invalid syntax%s", "");
    } else {
        f->module = mk(&p, A_MODULE, root);
        conv_block(&p, root, &f->module->l1);
    }
    ts_tree_delete(tree);
    ts_parser_delete(parser);
    return p.failed ? NULL : f;
}

const char *ast_line(const AstFile *f, int line, int *len) {
    if (line < 1 || line > f->nlines) {
        *len = 0;
        return "";
    }
    const char *s = f->lines[line];
    const char *e = s;
    while (e < f->text + f->len && *e != '\n')
        e++;
    if (e > s && e[-1] == '\r')
        e--;
    *len = (int)(e - s);
    return s;
}

/* ---- ast.walk ---- */
static void push_children(AstNode *n, AstNode ***q, int *tail, int *cap, Arena *arena) {
#define PUSH(x)                                                                        \
    do {                                                                               \
        if (x) {                                                                       \
            if (*tail == *cap) {                                                       \
                int nc = *cap * 2;                                                     \
                AstNode **nq = arena_alloc(arena, sizeof(AstNode *) * nc);             \
                memcpy(nq, *q, sizeof(AstNode *) * *cap);                              \
                *q = nq;                                                               \
                *cap = nc;                                                             \
            }                                                                          \
            (*q)[(*tail)++] = (x);                                                     \
        }                                                                              \
    } while (0)
#define PUSHL(l)                                 \
    for (int i_ = 0; i_ < (l).n; i_++)           \
        PUSH((l).items[i_]);
    switch (n->kind) {
    case A_MODULE: PUSHL(n->l1); break;
    case A_FUNCDEF: PUSH(n->a); PUSHL(n->l1); PUSHL(n->l2); PUSH(n->b); break;
    case A_CLASSDEF: PUSHL(n->l3); PUSHL(n->l1); PUSHL(n->l2); break;
    case A_ARGUMENTS: PUSHL(n->l1); PUSHL(n->l2); break;
    case A_ARG: PUSH(n->a); break;
    case A_ASSIGN: PUSHL(n->l1); PUSH(n->b); break;
    case A_AUGASSIGN: PUSH(n->a); PUSH(n->b); break;
    case A_ANNASSIGN: PUSH(n->a); PUSH(n->c); PUSH(n->b); break;
    case A_EXPR: case A_RETURN: case A_STARRED: case A_KEYWORD: case A_ATTR: case A_UNARYOP:
        PUSH(n->a); break;
    case A_ASSERT: PUSH(n->a); PUSH(n->b); break;
    case A_IF: case A_WHILE: PUSH(n->a); PUSHL(n->l1); PUSHL(n->l2); break;
    case A_FOR: PUSH(n->a); PUSH(n->b); PUSHL(n->l1); PUSHL(n->l2); break;
    case A_SUBSCRIPT: case A_BINOP: PUSH(n->a); PUSH(n->b); break;
    case A_SLICE: PUSH(n->a); PUSH(n->b); PUSH(n->c); break;
    case A_TUPLE: case A_LIST: case A_BOOLOP: PUSHL(n->l1); break;
    case A_CALL: PUSH(n->a); PUSHL(n->l1); PUSHL(n->l2); break;
    case A_COMPARE: PUSH(n->a); PUSHL(n->l1); break;
    case A_IFEXP: PUSH(n->a); PUSH(n->b); PUSH(n->c); break;
    default: break;
    }
#undef PUSH
#undef PUSHL
}

void ast_walk(Arena *arena, AstNode *root, AstVisitFn fn, void *ctx) {
    int cap = 64, head = 0, tail = 0;
    AstNode **q = arena_alloc(arena, sizeof(AstNode *) * cap);
    q[tail++] = root;
    while (head < tail) {
        AstNode *n = q[head++];
        fn(n, ctx);
        push_children(n, &q, &tail, &cap, arena);
    }
}
