/* diff.c: `wpc diff`, wpc's module source against the one real Warp wrote.
 *
 * Approach.  A Warp module is a header (defines and includes) followed by
 * top-level items: structs, the `wp_args_<kernel>` argument structs, each
 * @wp.func with its adjoint, kernel forward/backward functions and the
 * `extern "C" { ... }` CPU entry points.  diff_split() cuts a module into
 * those chunks with a small lexer that tracks the brace depth line by line
 * while skipping comments, string and character literals and preprocessor
 * lines: a chunk starts at a code line at depth 0 (together with the comment
 * lines right above it, such as Warp's `// path:line`) and ends on the line
 * where its braces close again (or at a `;` if it opens none).  The blank
 * lines between chunks are kept apart (`pre`), so the split is lossless.
 * Each chunk is named by its C name and kind, found from the identifier
 * before its parameter list (or `struct NAME`).  diff_compare() pairs Warp's
 * chunks with wpc's by (kind, name) -- then, for what is left, by the name
 * without its 8-hex-digit hashes, so that a hash mismatch still shows as a
 * diff -- and reports each pair identical or differing, plus what exists on
 * one side only and whether the order differs.  Without --normalize the
 * verdict is "identical" exactly when the files are byte-identical; with it
 * the order of the chunks, the blank lines between them and the paths in
 * `// path:line` comments are ignored.  The unified diffs come from a
 * linear-space Myers diff over interned lines.  The Warp side is a .cpp/.cu
 * or a kernel-cache directory searched for wp_<module>_<hash>/. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "runtime/diff.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CONTEXT 3

/* ---- small helpers ---- */

static char *dup_range(const char *s, const char *e) {
    size_t n = (size_t)(e - s);
    char *r = malloc(n + 1);
    if (r) {
        memcpy(r, s, n);
        r[n] = 0;
    }
    return r;
}

static int is_ident(int c) {
    return isalnum((unsigned char)c) || c == '_';
}

static int count_lines(const char *s) {
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && !memcmp(s + n - k, suffix, k);
}

/* A growable string; `oom` remembers a failed allocation. */
typedef struct Str {
    char *s;
    size_t len, cap;
    int oom;
} Str;

static void str_add(Str *b, const char *p, size_t n) {
    if (b->oom)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *s = realloc(b->s, cap);
        if (!s) {
            b->oom = 1;
            return;
        }
        b->s = s;
        b->cap = cap;
    }
    memcpy(b->s + b->len, p, n);
    b->len += n;
    b->s[b->len] = 0;
}

static char *str_finish(Str *b) {
    if (!b->oom && !b->s)
        str_add(b, "", 0);
    if (b->oom) {
        free(b->s);
        return NULL;
    }
    return b->s;
}

/* ---- the lexer ---- */

#define PP_MAX 32

typedef struct Lexer {
    int depth;    /* brace depth at the end of the last line */
    int in_block; /* inside a block comment */
    int pp_cont;  /* the last preprocessor line ended with a backslash */
    /* #if nesting: braces count in the first branch taken only (the one
     * after `#if 0` is the #else), as if the others were comments */
    int pp_depth;
    unsigned char pp_skip[PP_MAX], pp_taken[PP_MAX];
} Lexer;

static int pp_skipping(const Lexer *lx) {
    for (int i = 0; i < lx->pp_depth && i < PP_MAX; i++)
        if (lx->pp_skip[i])
            return 1;
    return 0;
}

/* Follows #if / #elif / #else / #endif; c is just past the '#'. */
static void pp_directive(Lexer *lx, const char *c, const char *e) {
    while (c < e && (*c == ' ' || *c == '\t'))
        c++;
    const char *w = c;
    while (c < e && isalpha((unsigned char)*c))
        c++;
    size_t n = (size_t)(c - w);
    int top = lx->pp_depth - 1;
    if ((n == 2 && !strncmp(w, "if", 2)) || (n == 5 && !strncmp(w, "ifdef", 5)) ||
        (n == 6 && !strncmp(w, "ifndef", 6))) {
        while (c < e && (*c == ' ' || *c == '\t'))
            c++;
        int zero = n == 2 && c < e && *c == '0' && (c + 1 == e || !isalnum((unsigned char)c[1]));
        if (lx->pp_depth < PP_MAX) {
            lx->pp_skip[lx->pp_depth] = (unsigned char)zero;
            lx->pp_taken[lx->pp_depth] = (unsigned char)!zero;
        }
        lx->pp_depth++;
    } else if (((n == 4 && !strncmp(w, "elif", 4)) || (n == 4 && !strncmp(w, "else", 4))) && top >= 0) {
        if (top < PP_MAX) {
            lx->pp_skip[top] = lx->pp_taken[top];
            lx->pp_taken[top] = 1;
        }
    } else if (n == 5 && !strncmp(w, "endif", 5) && top >= 0) {
        lx->pp_depth--;
    }
}

typedef struct LineInfo {
    int blank;  /* whitespace only (outside a block comment) */
    int pp;     /* a preprocessor line (or its continuation) */
    int code;   /* has code outside comments (pp lines never do) */
    int opened; /* opened a brace */
    char last;  /* the last code character */
} LineInfo;

/* Scans the line [p, e) (without its newline), updating the depth. */
static LineInfo scan_line(Lexer *lx, const char *p, const char *e) {
    LineInfo li = {0};
    const char *c = p;
    while (c < e && (*c == ' ' || *c == '\t' || *c == '\r'))
        c++;
    li.blank = c == e && !lx->in_block;
    if (lx->pp_cont || (!lx->in_block && c < e && *c == '#')) {
        if (!lx->pp_cont)
            pp_directive(lx, c + 1, e);
        const char *t = e;
        while (t > p && (t[-1] == '\r' || t[-1] == ' ' || t[-1] == '\t'))
            t--;
        li.pp = 1;
        lx->pp_cont = t > p && t[-1] == '\\';
        return li;
    }
    if (pp_skipping(lx))
        return li;
    for (c = p; c < e; c++) {
        if (lx->in_block) {
            if (c[0] == '*' && c + 1 < e && c[1] == '/') {
                lx->in_block = 0;
                c++;
            }
            continue;
        }
        if (c[0] == '/' && c + 1 < e && c[1] == '/')
            break;
        if (c[0] == '/' && c + 1 < e && c[1] == '*') {
            lx->in_block = 1;
            c++;
            continue;
        }
        if (isspace((unsigned char)*c))
            continue;
        li.code = 1;
        li.last = *c;
        if (*c == '"' || (*c == '\'' && !(c > p && isalnum((unsigned char)c[-1])))) {
            char q = *c;
            for (c++; c < e && *c != q; c++)
                if (*c == '\\' && c + 1 < e)
                    c++;
            if (c == e)
                break;
        } else if (*c == '{') {
            lx->depth++;
            li.opened = 1;
        } else if (*c == '}') {
            if (lx->depth > 0)
                lx->depth--;
        }
    }
    return li;
}

/* The code of a chunk: comments and preprocessor lines become spaces. */
static char *code_of(const char *text) {
    char *out = strdup(text);
    if (!out)
        return NULL;
    Lexer lx = {0};
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        const char *e = nl ? nl : p + strlen(p);
        Lexer before = lx;
        LineInfo li = scan_line(&lx, p, e);
        char *o = out + (p - text);
        if (li.pp) {
            memset(o, ' ', (size_t)(e - p));
        } else {
            /* rescan, blanking comment characters */
            int in_block = before.in_block;
            for (const char *c = p; c < e; c++, o++) {
                if (in_block) {
                    if (c[0] == '*' && c + 1 < e && c[1] == '/') {
                        in_block = 0;
                        *o++ = ' ';
                        c++;
                    }
                    *o = ' ';
                    continue;
                }
                if (c[0] == '/' && c + 1 < e && c[1] == '/') {
                    memset(o, ' ', (size_t)(e - c));
                    break;
                }
                if (c[0] == '/' && c + 1 < e && c[1] == '*') {
                    in_block = 1;
                    *o++ = ' ';
                    c++;
                    *o = ' ';
                    continue;
                }
                if (*c == '"' || (*c == '\'' && !(c > p && isalnum((unsigned char)c[-1])))) {
                    char q = *c;
                    for (c++, o++; c < e && *c != q; c++, o++)
                        if (*c == '\\' && c + 1 < e)
                            c++, o++;
                    if (c == e)
                        break;
                }
            }
        }
        p = nl ? nl + 1 : e;
    }
    return out;
}

/* ---- naming a chunk ---- */

static const char *skip_ws(const char *s) {
    while (isspace((unsigned char)*s))
        s++;
    return s;
}

/* `word` as a whole token at s? */
static int starts_word(const char *s, const char *word) {
    size_t n = strlen(word);
    return !strncmp(s, word, n) && !is_ident(s[n]);
}

/* The function name in code: the identifier before the last parenthesised
 * group that precedes the first `{` or `;` at parenthesis depth 0.  Sets
 * *is_static when `static` comes before the name. */
static char *func_name(const char *code, int *is_static) {
    const char *last_open = NULL;
    int paren = 0;
    const char *c;
    for (c = code; *c; c++) {
        if (*c == '"' || *c == '\'') { /* code_of left literals in place */
            char q = *c;
            for (c++; *c && *c != q; c++)
                if (*c == '\\' && c[1])
                    c++;
            if (!*c)
                break;
        } else if (*c == '(') {
            if (paren++ == 0)
                last_open = c;
        } else if (*c == ')') {
            if (paren > 0)
                paren--;
        } else if (paren == 0 && (*c == '{' || *c == ';')) {
            break;
        }
    }
    if (!last_open)
        return NULL;
    const char *r = last_open;
    while (r > code && isspace((unsigned char)r[-1]))
        r--;
    const char *q = r;
    while (q > code && is_ident(q[-1]))
        q--;
    if (q == r || isdigit((unsigned char)*q))
        return NULL;
    if (is_static) {
        *is_static = 0;
        for (const char *s = code; s < q; s++)
            if ((s == code || !is_ident(s[-1])) && starts_word(s, "static"))
                *is_static = 1;
    }
    return dup_range(q, r);
}

/* Sets kind and name (malloc'd) of the chunk whose text is `text`; returns 0,
 * or -1 when out of memory. */
static int name_chunk(const char *text, DiffKind *kind, char **name) {
    char *code = code_of(text);
    if (!code)
        return -1;
    const char *s = skip_ws(code);
    *name = NULL;
    if (starts_word(s, "extern")) {
        const char *t = skip_ws(s + 6);
        if (!strncmp(t, "\"C\"", 3) && *skip_ws(t + 3) == '{') {
            *kind = DIFF_ENTRY;
            *name = func_name(skip_ws(t + 3) + 1, NULL);
            if (!*name)
                *name = strdup("extern \"C\"");
            free(code);
            return *name ? 0 : -1;
        }
    }
    if (starts_word(s, "struct") || starts_word(s, "class") || starts_word(s, "union")) {
        const char *t = skip_ws(s + strcspn(s, " \t\r\n"));
        const char *u = t;
        while (is_ident(*u))
            u++;
        const char *v = u + strcspn(u, "({;");
        if (u > t && *v != '(') {
            *name = dup_range(t, u);
            *kind = !strncmp(t, "wp_args_", 8) ? DIFF_ARGS : DIFF_STRUCT;
            free(code);
            return *name ? 0 : -1;
        }
    }
    int is_static = 0;
    *name = func_name(s, &is_static);
    if (*name) {
        if (ends_with(*name, "_kernel_forward"))
            *kind = DIFF_KERNEL_FORWARD;
        else if (ends_with(*name, "_kernel_backward"))
            *kind = DIFF_KERNEL_BACKWARD;
        else if (is_static)
            *kind = !strncmp(*name, "adj_", 4) ? DIFF_ADJOINT : DIFF_FUNC;
        else
            *kind = DIFF_HELPER;
    } else {
        /* other top-level text: named by its first line */
        const char *e = s + strcspn(s, "\n");
        while (e > s && isspace((unsigned char)e[-1]))
            e--;
        if (e - s > 60)
            e = s + 60;
        *name = dup_range(s, e);
        *kind = DIFF_OTHER;
    }
    free(code);
    return *name ? 0 : -1;
}

/* ---- splitting ---- */

static const char *const kind_labels[] = {
    [DIFF_HEADER] = "module header",
    [DIFF_STRUCT] = "struct",
    [DIFF_ARGS] = "kernel args",
    [DIFF_FUNC] = "function",
    [DIFF_ADJOINT] = "adjoint",
    [DIFF_HELPER] = "struct helper",
    [DIFF_KERNEL_FORWARD] = "kernel forward",
    [DIFF_KERNEL_BACKWARD] = "kernel backward",
    [DIFF_ENTRY] = "entry point",
    [DIFF_OTHER] = "other",
    [DIFF_TRAILER] = "end of file",
};

const char *diff_kind_label(DiffKind kind) {
    return (unsigned)kind < sizeof kind_labels / sizeof *kind_labels ? kind_labels[kind] : "?";
}

void diff_module_free(DiffModule *m) {
    for (int i = 0; i < m->n; i++) {
        free(m->chunks[i].name);
        free(m->chunks[i].owner);
        free(m->chunks[i].pre);
        free(m->chunks[i].text);
    }
    free(m->chunks);
    free(m->header);
    free(m->trailer);
    memset(m, 0, sizeof *m);
}

typedef struct Cursor { /* a position in the source and its line number */
    const char *at;
    int line;
} Cursor;

/* Appends the chunk pre = [pre, text), text = [text, end), and names it. */
static int add_chunk(DiffModule *m, int *cap, Cursor *cur, const char *pre, const char *text, const char *end) {
    if (m->n == *cap) {
        int ncap = *cap ? *cap * 2 : 16;
        DiffChunk *c = realloc(m->chunks, sizeof *c * (size_t)ncap);
        if (!c)
            return -1;
        m->chunks = c;
        *cap = ncap;
    }
    DiffChunk *c = &m->chunks[m->n];
    memset(c, 0, sizeof *c);
    m->n++;
    for (; cur->at < pre; cur->at++)
        cur->line += *cur->at == '\n';
    c->line = cur->line;
    c->pre = dup_range(pre, text);
    c->text = dup_range(text, end);
    if (!c->pre || !c->text || name_chunk(c->text, &c->kind, &c->name))
        return -1;
    /* helpers belong to the struct before them; repeated keys are numbered */
    const char *owner = "";
    if (c->kind == DIFF_HELPER)
        for (int i = m->n - 2; i >= 0; i--)
            if (m->chunks[i].kind == DIFF_STRUCT) {
                owner = m->chunks[i].name;
                break;
            }
    c->owner = strdup(owner);
    if (!c->owner)
        return -1;
    c->dup = 1;
    for (int i = 0; i < m->n - 1; i++)
        c->dup += m->chunks[i].kind == c->kind && !strcmp(m->chunks[i].name, c->name) &&
                  !strcmp(m->chunks[i].owner, c->owner);
    return 0;
}

int diff_split(const char *src, DiffModule *m) {
    memset(m, 0, sizeof *m);
    int cap = 0, header_done = 0;
    Lexer lx = {0};
    Cursor cur = {src, 1};
    const char *seg = src;             /* where the text after the last chunk begins */
    const char *first_nonblank = NULL; /* first non-blank line since seg */
    const char *last_end = NULL;       /* end of the last non-blank line since seg */
    const char *run = NULL;            /* start of the comment lines just above */
    const char *before_run = NULL;     /* last_end when that run began */
    const char *item = NULL, *item_pre = NULL;
    int opened = 0;
    const char *p = src;
    while (*p) {
        const char *nl = strchr(p, '\n');
        const char *e = nl ? nl : p + strlen(p);
        const char *le = nl ? nl + 1 : e;
        if (item && !opened && lx.depth == 0) {
            /* a brace-less item ends at a blank line */
            const char *c = p;
            while (c < e && isspace((unsigned char)*c))
                c++;
            if (c == e && !lx.in_block) {
                if (add_chunk(m, &cap, &cur, item_pre, item, p))
                    goto oom;
                item = NULL;
                seg = p;
                first_nonblank = last_end = run = before_run = NULL;
            }
        }
        LineInfo li = scan_line(&lx, p, e);
        if (!item) {
            if (li.blank) {
                run = NULL;
                p = le;
                continue;
            }
            if (li.pp || !li.code) {
                if (li.pp) {
                    run = NULL;
                } else if (!run) {
                    run = p;
                    before_run = last_end;
                }
                if (!first_nonblank)
                    first_nonblank = p;
                last_end = le;
                p = le;
                continue;
            }
            /* a code line at depth 0: an item begins */
            if (!header_done) {
                const char *text = run ? run : p;
                const char *hend = run ? before_run : last_end;
                if (!hend)
                    hend = src;
                m->header = dup_range(src, hend);
                if (!m->header)
                    goto oom;
                item_pre = hend;
                item = text;
                header_done = 1;
            } else {
                item = first_nonblank ? first_nonblank : p;
                item_pre = seg;
            }
            opened = 0;
        }
        opened |= li.opened;
        if (lx.depth == 0 && !lx.in_block && (opened || li.last == ';')) {
            if (add_chunk(m, &cap, &cur, item_pre, item, le))
                goto oom;
            item = NULL;
            seg = le;
            first_nonblank = last_end = run = before_run = NULL;
        }
        p = le;
    }
    if (item) {
        if (add_chunk(m, &cap, &cur, item_pre, item, p))
            goto oom;
        seg = p;
    }
    if (!header_done) {
        m->header = strdup(src);
        seg = p;
    }
    m->trailer = strdup(seg);
    if (!m->header || !m->trailer)
        goto oom;
    return 0;
oom:
    diff_module_free(m);
    return -1;
}

/* ---- --normalize: paths in `// path:line` ---- */

/* The path's extent [*ps, *pe) when the line [p, e) is `// path:123`. */
static int path_comment(const char *p, const char *e, const char **ps, const char **pe) {
    const char *c = p;
    while (c < e && (*c == ' ' || *c == '\t'))
        c++;
    if (e - c < 3 || strncmp(c, "// ", 3))
        return 0;
    c += 3;
    const char *t = e;
    while (t > c && (t[-1] == ' ' || t[-1] == '\t' || t[-1] == '\r'))
        t--;
    const char *d = t;
    while (d > c && isdigit((unsigned char)d[-1]))
        d--;
    if (d == t || d - 1 <= c || d[-1] != ':' || isspace((unsigned char)*c))
        return 0;
    *ps = c;
    *pe = d - 1;
    return 1;
}

char *diff_normalize_paths(const char *src) {
    Str b = {0};
    const char *p = src;
    while (*p) {
        const char *nl = strchr(p, '\n');
        const char *e = nl ? nl : p + strlen(p);
        const char *le = nl ? nl + 1 : e;
        const char *ps, *pe;
        if (path_comment(p, e, &ps, &pe)) {
            str_add(&b, p, (size_t)(ps - p));
            str_add(&b, "<path>", 6);
            str_add(&b, pe, (size_t)(le - pe));
        } else {
            str_add(&b, p, (size_t)(le - p));
        }
        p = le;
    }
    return str_finish(&b);
}

/* ---- line diff ---- */

typedef struct Lines {
    const char **s;
    int *len; /* without the newline */
    int *nl;  /* ends with a newline */
    int *id;  /* equal lines have equal ids */
    int n;
} Lines;

static void lines_free(Lines *l) {
    free(l->s);
    free(l->len);
    free(l->nl);
    free(l->id);
}

static int split_lines(const char *t, Lines *l) {
    memset(l, 0, sizeof *l);
    int n = 0;
    for (const char *p = t; *p; p++)
        n += *p == '\n';
    n += *t && t[strlen(t) - 1] != '\n';
    size_t sz = (size_t)n + 1;
    l->s = malloc(sizeof *l->s * sz);
    l->len = malloc(sizeof *l->len * sz);
    l->nl = malloc(sizeof *l->nl * sz);
    l->id = malloc(sizeof *l->id * sz);
    if (!l->s || !l->len || !l->nl || !l->id) {
        lines_free(l);
        return -1;
    }
    for (const char *p = t; *p;) {
        const char *nl = strchr(p, '\n');
        int len = nl ? (int)(nl - p) : (int)strlen(p);
        l->s[l->n] = p;
        l->len[l->n] = len;
        l->nl[l->n] = nl != NULL;
        l->n++;
        p += len + (nl != NULL);
    }
    return 0;
}

static uint64_t line_hash(const char *s, int len, int nl) {
    uint64_t h = UINT64_C(1469598103934665603) ^ (uint64_t)nl;
    for (int i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * UINT64_C(1099511628211);
    return h;
}

/* Gives equal lines of a and b equal ids (an open-addressing table). */
static int intern_lines(Lines *a, Lines *b) {
    size_t cap = 16;
    while (cap < 2 * (size_t)(a->n + b->n) + 2)
        cap *= 2;
    struct Slot {
        const Lines *l;
        int i;
    } *tab = calloc(cap, sizeof *tab);
    if (!tab)
        return -1;
    int next = 0;
    Lines *ls[2] = {a, b};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < ls[k]->n; i++) {
            Lines *l = ls[k];
            size_t h = (size_t)line_hash(l->s[i], l->len[i], l->nl[i]) & (cap - 1);
            for (;; h = (h + 1) & (cap - 1)) {
                struct Slot *sl = &tab[h];
                if (!sl->l) {
                    sl->l = l;
                    sl->i = i;
                    l->id[i] = next++;
                    break;
                }
                const Lines *o = sl->l;
                if (o->len[sl->i] == l->len[i] && o->nl[sl->i] == l->nl[i] &&
                    !memcmp(o->s[sl->i], l->s[i], (size_t)l->len[i])) {
                    l->id[i] = o->id[sl->i];
                    break;
                }
            }
        }
    free(tab);
    return 0;
}

typedef struct Myers {
    const int *a, *b;
    char *del; /* del[i]: line i of a is dropped */
    char *ins; /* ins[j]: line j of b is inserted */
    int *v1, *v2;
} Myers;

/* The middle snake of a[a0,a1) against b[b0,b1) (both non-empty), as in
 * Myers' linear-space refinement: a point (x, y) on a shortest edit path. */
static int bisect(Myers *M, int a0, int a1, int b0, int b1, int *sx, int *sy) {
    const int *A = M->a + a0, *B = M->b + b0;
    int n = a1 - a0, m = b1 - b0;
    int max_d = (n + m + 1) / 2, off = max_d, vlen = 2 * max_d + 2;
    int *v1 = M->v1, *v2 = M->v2;
    for (int i = 0; i < vlen; i++)
        v1[i] = v2[i] = -1;
    v1[off + 1] = v2[off + 1] = 0;
    int delta = n - m, front = (delta & 1) != 0;
    int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
    for (int d = 0; d < max_d; d++) {
        for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
            int k1o = off + k1, x1;
            if (k1 == -d || (k1 != d && v1[k1o - 1] < v1[k1o + 1]))
                x1 = v1[k1o + 1];
            else
                x1 = v1[k1o - 1] + 1;
            int y1 = x1 - k1;
            while (x1 < n && y1 < m && A[x1] == B[y1])
                x1++, y1++;
            v1[k1o] = x1;
            if (x1 > n) {
                k1end += 2;
            } else if (y1 > m) {
                k1start += 2;
            } else if (front) {
                int k2o = off + delta - k1;
                if (k2o >= 0 && k2o < vlen && v2[k2o] != -1 && x1 >= n - v2[k2o]) {
                    *sx = a0 + x1;
                    *sy = b0 + y1;
                    return 1;
                }
            }
        }
        for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
            int k2o = off + k2, x2;
            if (k2 == -d || (k2 != d && v2[k2o - 1] < v2[k2o + 1]))
                x2 = v2[k2o + 1];
            else
                x2 = v2[k2o - 1] + 1;
            int y2 = x2 - k2;
            while (x2 < n && y2 < m && A[n - x2 - 1] == B[m - y2 - 1])
                x2++, y2++;
            v2[k2o] = x2;
            if (x2 > n) {
                k2end += 2;
            } else if (y2 > m) {
                k2start += 2;
            } else if (!front) {
                int k1o = off + delta - k2;
                if (k1o >= 0 && k1o < vlen && v1[k1o] != -1) {
                    int x1 = v1[k1o], y1 = off + x1 - k1o;
                    if (x1 >= n - x2) {
                        *sx = a0 + x1;
                        *sy = b0 + y1;
                        return 1;
                    }
                }
            }
        }
    }
    return 0;
}

static void myers(Myers *M, int a0, int a1, int b0, int b1) {
    while (a0 < a1 && b0 < b1 && M->a[a0] == M->b[b0])
        a0++, b0++;
    while (a0 < a1 && b0 < b1 && M->a[a1 - 1] == M->b[b1 - 1])
        a1--, b1--;
    int x, y;
    if (a0 == a1 || b0 == b1 || !bisect(M, a0, a1, b0, b1, &x, &y) || (x == a0 && y == b0) || (x == a1 && y == b1)) {
        /* nothing in common (the last test only guards against looping) */
        memset(M->del + a0, 1, (size_t)(a1 - a0));
        memset(M->ins + b0, 1, (size_t)(b1 - b0));
        return;
    }
    myers(M, a0, x, b0, y);
    myers(M, x, a1, y, b1);
}

/* The edit script of a -> b as ' ', '-', '+' (deletions before insertions). */
static char *edit_script(const Lines *a, const Lines *b) {
    Myers M = {a->id,
               b->id,
               calloc((size_t)a->n + 1, 1),
               calloc((size_t)b->n + 1, 1),
               malloc(sizeof(int) * (size_t)(a->n + b->n + 4)),
               malloc(sizeof(int) * (size_t)(a->n + b->n + 4))};
    char *ops = malloc((size_t)(a->n + b->n) + 1);
    if (M.del && M.ins && M.v1 && M.v2 && ops) {
        myers(&M, 0, a->n, 0, b->n);
        int i = 0, j = 0, k = 0;
        while (i < a->n || j < b->n) {
            if (i < a->n && M.del[i])
                ops[k++] = '-', i++;
            else if (j < b->n && (i == a->n || M.ins[j]))
                ops[k++] = '+', j++;
            else
                ops[k++] = ' ', i++, j++;
        }
        ops[k] = 0;
    } else {
        free(ops);
        ops = NULL;
    }
    free(M.del);
    free(M.ins);
    free(M.v1);
    free(M.v2);
    return ops;
}

char *diff_line_script(const char *a, const char *b) {
    Lines la, lb;
    char *ops = NULL;
    if (split_lines(a, &la))
        return NULL;
    if (!split_lines(b, &lb)) {
        if (!intern_lines(&la, &lb))
            ops = edit_script(&la, &lb);
        lines_free(&lb);
    }
    lines_free(&la);
    return ops;
}

typedef struct Colors {
    const char *red, *green, *cyan, *bold, *reset;
} Colors;

static Colors colors(int on) {
    Colors c = {"", "", "", "", ""};
    if (on)
        c = (Colors){"\033[31m", "\033[32m", "\033[36m", "\033[1m", "\033[0m"};
    return c;
}

static void print_range(FILE *out, int start, int count) {
    /* GNU style: an empty range names the line before it; ",1" is left out */
    if (count == 0)
        fprintf(out, "%d,0", start - 1);
    else if (count == 1)
        fprintf(out, "%d", start);
    else
        fprintf(out, "%d,%d", start, count);
}

static void print_line(FILE *out, char op, const Lines *l, int i, const char *color, const char *reset) {
    fprintf(out, "%s%c%.*s%s\n", color, op, l->len[i], l->s[i], reset);
    if (!l->nl[i])
        fputs("\\ No newline at end of file\n", out);
}

void diff_unified(FILE *out, const char *a, const char *b, const char *label_a, const char *label_b, int line_a,
                  int line_b, int color) {
    if (!strcmp(a, b))
        return;
    Lines la, lb;
    if (split_lines(a, &la))
        return;
    if (split_lines(b, &lb)) {
        lines_free(&la);
        return;
    }
    char *ops = intern_lines(&la, &lb) ? NULL : edit_script(&la, &lb);
    if (!ops) {
        fputs("(out of memory)\n", out);
        goto done;
    }
    Colors c = colors(color);
    fprintf(out, "%s--- %s%s\n%s+++ %s%s\n", c.bold, label_a, c.reset, c.bold, label_b, c.reset);
    int ne = (int)strlen(ops), k = 0, i = 0, j = 0; /* i, j: lines of a, b before step k */
    while (k < ne) {
        if (ops[k] == ' ') {
            k++, i++, j++;
            continue;
        }
        /* a hunk: context before, changes no further apart than 2 * CONTEXT, context after */
        int start = k - CONTEXT < 0 ? 0 : k - CONTEXT, last = k, q = k + 1;
        while (q < ne) {
            if (ops[q] != ' ') {
                last = q++;
                continue;
            }
            int r = q;
            while (r < ne && ops[r] == ' ')
                r++;
            if (r == ne || r - q > 2 * CONTEXT)
                break;
            q = r;
        }
        int end = last + 1 + CONTEXT > ne ? ne : last + 1 + CONTEXT;
        int i0 = i - (k - start), j0 = j - (k - start), na = 0, nb = 0;
        for (int s = start; s < end; s++) {
            na += ops[s] != '+';
            nb += ops[s] != '-';
        }
        fprintf(out, "%s@@ -", c.cyan);
        print_range(out, line_a + i0, na);
        fputs(" +", out);
        print_range(out, line_b + j0, nb);
        fprintf(out, " @@%s\n", c.reset);
        i = i0, j = j0;
        for (int s = start; s < end; s++) {
            if (ops[s] == ' ') {
                print_line(out, ' ', &la, i, "", "");
                i++, j++;
            } else if (ops[s] == '-') {
                print_line(out, '-', &la, i++, c.red, c.reset);
            } else {
                print_line(out, '+', &lb, j++, c.green, c.reset);
            }
        }
        k = end;
    }
done:
    free(ops);
    lines_free(&la);
    lines_free(&lb);
}

/* ---- comparing modules ---- */

/* The name without Warp's 8-hex-digit hashes (`_c7352270`), malloc'd. */
static char *loose_name(const char *s) {
    char *out = malloc(strlen(s) + 1), *o = out;
    if (!out)
        return NULL;
    while (*s) {
        if (*s == '_') {
            int k = 0;
            while (k < 8 && isxdigit((unsigned char)s[1 + k]) && !isupper((unsigned char)s[1 + k]))
                k++;
            if (k == 8 && !is_ident(s[9])) {
                s += 9;
                continue;
            }
            if (k == 8 && s[9] == '_') {
                s += 9;
                continue;
            }
        }
        *o++ = *s++;
    }
    *o = 0;
    return out;
}

static int same_loose(const char *x, const char *y) {
    char *lx = loose_name(x), *ly = loose_name(y);
    int same = lx && ly && !strcmp(lx, ly);
    free(lx);
    free(ly);
    return same;
}

static int add_entry(DiffReport *r, int *cap, DiffEntry e) {
    if (r->n == *cap) {
        int ncap = *cap ? *cap * 2 : 32;
        DiffEntry *es = realloc(r->entries, sizeof *es * (size_t)ncap);
        if (!es)
            return -1;
        r->entries = es;
        *cap = ncap;
    }
    r->entries[r->n++] = e;
    r->n_differ += e.status != DIFF_IDENTICAL;
    return 0;
}

void diff_report_free(DiffReport *r) {
    diff_module_free(&r->ours);
    diff_module_free(&r->theirs);
    free(r->entries);
    memset(r, 0, sizeof *r);
}

int diff_compare(const char *ours, const char *theirs, int normalize, DiffReport *r) {
    memset(r, 0, sizeof *r);
    r->normalize = normalize;
    char *na = normalize ? diff_normalize_paths(ours) : strdup(ours);
    char *nb = normalize ? diff_normalize_paths(theirs) : strdup(theirs);
    int *mo = NULL, *mt = NULL, cap = 0, rc = -1;
    if (!na || !nb || diff_split(na, &r->ours) || diff_split(nb, &r->theirs))
        goto out;
    DiffModule *A = &r->ours, *B = &r->theirs;
    mo = malloc(sizeof(int) * ((size_t)A->n + 1));
    mt = malloc(sizeof(int) * ((size_t)B->n + 1));
    if (!mo || !mt)
        goto out;
    for (int i = 0; i < A->n; i++)
        mo[i] = -1;
    for (int j = 0; j < B->n; j++)
        mt[j] = -1;
    int *renamed = calloc((size_t)B->n + 1, sizeof(int));
    if (!renamed)
        goto out;
    /* pair by (kind, name, owner, dup), then by the names without hashes */
    for (int pass = 0; pass < 2; pass++)
        for (int j = 0; j < B->n; j++) {
            DiffChunk *t = &B->chunks[j];
            for (int i = 0; i < A->n && mt[j] < 0; i++) {
                DiffChunk *o = &A->chunks[i];
                if (mo[i] >= 0 || o->kind != t->kind)
                    continue;
                int same = pass == 0 ? !strcmp(o->name, t->name) && !strcmp(o->owner, t->owner) && o->dup == t->dup
                                     : same_loose(o->name, t->name) && same_loose(o->owner, t->owner);
                if (same) {
                    mo[i] = j;
                    mt[j] = i;
                    renamed[j] = pass == 1;
                }
            }
        }
    DiffEntry e = {DIFF_HEADER, "", "", DIFF_IDENTICAL, -1, -1, 0, 0};
    e.status = strcmp(A->header, B->header) ? DIFF_DIFFERS : DIFF_IDENTICAL;
    if (add_entry(r, &cap, e))
        goto out_renamed;
    for (int j = 0; j < B->n; j++) {
        DiffChunk *t = &B->chunks[j];
        DiffEntry x = {t->kind, t->name, t->owner, DIFF_ONLY_THEIRS, mt[j], j, 0, renamed[j]};
        if (mt[j] >= 0) {
            DiffChunk *o = &A->chunks[mt[j]];
            int text_same = !strcmp(o->text, t->text), pre_same = normalize || !strcmp(o->pre, t->pre);
            x.status = text_same && pre_same ? DIFF_IDENTICAL : DIFF_DIFFERS;
            x.gap_only = text_same && !pre_same;
        }
        if (add_entry(r, &cap, x))
            goto out_renamed;
    }
    for (int i = 0; i < A->n; i++)
        if (mo[i] < 0) {
            DiffChunk *o = &A->chunks[i];
            DiffEntry x = {o->kind, o->name, o->owner, DIFF_ONLY_OURS, i, -1, 0, 0};
            if (add_entry(r, &cap, x))
                goto out_renamed;
        }
    if (strcmp(A->trailer, B->trailer)) {
        DiffEntry x = {DIFF_TRAILER, "", "", DIFF_DIFFERS, -1, -1, 0, 0};
        if (add_entry(r, &cap, x))
            goto out_renamed;
    }
    if (!normalize) {
        int prev = -1;
        for (int i = 0; i < A->n; i++)
            if (mo[i] >= 0) {
                if (mo[i] < prev)
                    r->order_differs = 1;
                prev = mo[i];
            }
    }
    r->differs = r->n_differ > 0 || r->order_differs;
    if (!normalize && !r->differs && strcmp(ours, theirs)) {
        /* cannot happen: the split is lossless; kept as a safety net */
        DiffEntry x = {DIFF_OTHER, "(the module text)", "", DIFF_DIFFERS, -1, -1, 0, 0};
        if (add_entry(r, &cap, x))
            goto out_renamed;
        r->differs = 1;
    }
    rc = 0;
out_renamed:
    free(renamed);
out:
    free(mo);
    free(mt);
    free(na);
    free(nb);
    if (rc)
        diff_report_free(r);
    return rc;
}

/* Line number where `text` of chunk i begins (pre skipped when skip_pre). */
static int chunk_line(const DiffChunk *c, int skip_pre) {
    return c->line + (skip_pre ? count_lines(c->pre) : 0);
}

static int trailer_line(const DiffModule *m) {
    int n = 1 + count_lines(m->header);
    for (int i = 0; i < m->n; i++)
        n += count_lines(m->chunks[i].pre) + count_lines(m->chunks[i].text);
    return n;
}

static void entry_title(char *buf, size_t n, const DiffEntry *e) {
    if (e->kind == DIFF_HEADER || e->kind == DIFF_TRAILER)
        snprintf(buf, n, "%s", diff_kind_label(e->kind));
    else if (*e->owner)
        snprintf(buf, n, "%s %s [%s]", diff_kind_label(e->kind), e->name, e->owner);
    else
        snprintf(buf, n, "%s %s", diff_kind_label(e->kind), e->name);
}

void diff_report_print(FILE *out, const DiffReport *r, const char *ours_label, const char *theirs_label, int color) {
    Colors c = colors(color);
    const DiffModule *A = &r->ours, *B = &r->theirs;
    int w = 0;
    for (int k = 0; k < r->n; k++) {
        const DiffEntry *e = &r->entries[k];
        int len = (int)strlen(e->name) + (*e->owner ? (int)strlen(e->owner) + 3 : 0);
        if (len > w)
            w = len;
    }
    if (w > 64)
        w = 64;
    for (int k = 0; k < r->n; k++) {
        const DiffEntry *e = &r->entries[k];
        char name[512];
        if (*e->owner)
            snprintf(name, sizeof name, "%s [%s]", e->name, e->owner);
        else
            snprintf(name, sizeof name, "%s", e->name);
        const char *status = e->status == DIFF_IDENTICAL   ? "identical"
                             : e->status == DIFF_DIFFERS   ? "differs"
                             : e->status == DIFF_ONLY_OURS ? "only in wpc"
                                                           : "only in Warp";
        fprintf(out, "  %-16s %-*s %s%s%s", diff_kind_label(e->kind), w, name,
                e->status == DIFF_IDENTICAL ? c.green : c.red, status, c.reset);
        if (e->gap_only)
            fputs(" (the blank lines before it)", out);
        if (e->renamed && e->ours >= 0)
            fprintf(out, " (wpc names it %s)", A->chunks[e->ours].name);
        fputc('\n', out);
    }
    if (r->order_differs)
        fprintf(out, "  %-16s %-*s %sdiffers%s (--normalize ignores it)\n", "item order", w, "", c.red, c.reset);
    fprintf(out, "  => %d of %d items identical\n", r->n - r->n_differ, r->n);
    /* the diffs: Warp's text is `---`, wpc's `+++` */
    for (int k = 0; k < r->n; k++) {
        const DiffEntry *e = &r->entries[k];
        if (e->status == DIFF_IDENTICAL)
            continue;
        char title[600], la[1200], lb[1200];
        entry_title(title, sizeof title, e);
        snprintf(la, sizeof la, "%s (%s)", theirs_label, title);
        snprintf(lb, sizeof lb, "%s (%s)", ours_label, title);
        const char *ta = "", *tb = "";
        int line_a = 1, line_b = 1;
        char *own_a = NULL, *own_b = NULL;
        if (e->kind == DIFF_HEADER) {
            ta = B->header, tb = A->header;
        } else if (e->kind == DIFF_TRAILER) {
            ta = B->trailer, tb = A->trailer;
            line_a = trailer_line(B), line_b = trailer_line(A);
        } else if (e->ours < 0 && e->theirs < 0) {
            continue;
        } else {
            const DiffChunk *ct = e->theirs >= 0 ? &B->chunks[e->theirs] : NULL;
            const DiffChunk *co = e->ours >= 0 ? &A->chunks[e->ours] : NULL;
            int with_pre = !r->normalize;
            if (ct) {
                line_a = chunk_line(ct, !with_pre);
                if (with_pre && (own_a = malloc(strlen(ct->pre) + strlen(ct->text) + 1)))
                    ta = strcat(strcpy(own_a, ct->pre), ct->text);
                else
                    ta = ct->text;
            }
            if (co) {
                line_b = chunk_line(co, !with_pre);
                if (with_pre && (own_b = malloc(strlen(co->pre) + strlen(co->text) + 1)))
                    tb = strcat(strcpy(own_b, co->pre), co->text);
                else
                    tb = co->text;
            }
        }
        fputc('\n', out);
        diff_unified(out, ta, tb, la, lb, line_a, line_b, color);
        free(own_a);
        free(own_b);
    }
}

/* ---- finding Warp's output ---- */

char *diff_module_name(const char *py_path) {
    const char *b = strrchr(py_path, '/');
    b = b ? b + 1 : py_path;
    size_t len = strlen(b);
    if (len > 3 && !strcmp(b + len - 3, ".py"))
        len -= 3;
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    for (size_t i = 0; i < len; i++)
        out[i] = is_ident(b[i]) ? b[i] : '_';
    out[len] = 0;
    return out;
}

static int is_regular(const char *path) {
    struct stat st;
    return !stat(path, &st) && S_ISREG(st.st_mode);
}

/* Is `dir` (the path, whose last component is `base`) a build of `module`
 * holding its source?  Then its mtime goes to *t. */
static int is_module_dir(const char *dir, const char *base, const char *module, struct timespec *t) {
    size_t ml = strlen(module);
    if (strncmp(base, "wp_", 3) || strncmp(base + 3, module, ml) || base[3 + ml] != '_')
        return 0;
    const char *h = base + 4 + ml;
    if (!*h || strspn(h, "0123456789abcdef") != strlen(h))
        return 0;
    struct stat st;
    if (stat(dir, &st) || !S_ISDIR(st.st_mode))
        return 0;
    size_t n = strlen(dir) + 2 * strlen(base) + 8;
    char *f = malloc(n);
    if (!f)
        return 0;
    snprintf(f, n, "%s/%s.cpp", dir, base);
    int ok = is_regular(f);
    snprintf(f, n, "%s/%s.cu", dir, base);
    ok |= is_regular(f);
    free(f);
    if (ok)
        *t = st.st_mtim;
    return ok;
}

typedef struct CacheSearch {
    const char *module;
    char *best;
    struct timespec best_t;
    int found;
} CacheSearch;

static void consider(CacheSearch *cs, const char *dir, const char *base) {
    struct timespec t;
    if (!is_module_dir(dir, base, cs->module, &t))
        return;
    cs->found++;
    /* the newest; equal times go to the larger name, so the choice is stable */
    if (!cs->best || t.tv_sec > cs->best_t.tv_sec ||
        (t.tv_sec == cs->best_t.tv_sec &&
         (t.tv_nsec > cs->best_t.tv_nsec || (t.tv_nsec == cs->best_t.tv_nsec && strcmp(dir, cs->best) > 0)))) {
        char *d = strdup(dir);
        if (d) {
            free(cs->best);
            cs->best = d;
            cs->best_t = t;
        }
    }
}

static void search_dir(CacheSearch *cs, const char *root, int depth) {
    DIR *d = opendir(root);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(root) + strlen(e->d_name) + 2;
        char *path = malloc(n);
        if (!path)
            break;
        snprintf(path, n, "%s/%s", root, e->d_name);
        struct stat st;
        if (!stat(path, &st) && S_ISDIR(st.st_mode)) {
            if (!strncmp(e->d_name, "wp_", 3))
                consider(cs, path, e->d_name);
            else if (depth > 0)
                search_dir(cs, path, depth - 1);
        }
        free(path);
    }
    closedir(d);
}

char *diff_find_cache_dir(const char *root, const char *module, int *n_found) {
    CacheSearch cs = {module, NULL, {0, 0}, 0};
    size_t rl = strlen(root);
    while (rl > 1 && root[rl - 1] == '/')
        rl--;
    char *r = dup_range(root, root + rl);
    if (r) {
        const char *base = strrchr(r, '/');
        consider(&cs, r, base ? base + 1 : r); /* WARP_OUTPUT may be the build itself */
        if (!cs.found)
            search_dir(&cs, r, 1);
        free(r);
    }
    if (n_found)
        *n_found = cs.found;
    return cs.best;
}

/* "1.16.0" / "1.10.1" for 1.16.0, v1.16.0, 1.16 (and the same for 1.10.1). */
static const char *known_version(const char *s, size_t n) {
    static const char *const known[] = {"1.16.0", "1.10.1"};
    if (n && *s == 'v')
        s++, n--;
    for (int i = 0; i < 2; i++)
        if ((n == 6 || n == 4) && !strncmp(s, known[i], n))
            return known[i];
    return NULL;
}

/* The version named by the path component nearest the file, else NULL. */
static const char *version_in(const char *path) {
    const char *found = NULL;
    for (const char *c = path; *c;) {
        const char *e = c + strcspn(c, "/");
        const char *v = known_version(c, (size_t)(e - c));
        if (v && e - c >= 6) /* a full version: 1.16.0, v1.10.1 */
            found = v;
        c = *e ? e + 1 : e;
    }
    return found;
}

const char *diff_version_from_path(const char *path) {
    const char *v = version_in(path);
    if (!v) { /* the path may be relative, or below a link */
        char *real = realpath(path, NULL);
        if (real)
            v = version_in(real);
        free(real);
    }
    return v;
}

const char *diff_version_from_header(const char *src) {
    if (!strncmp(src, "#define WP_NO_BFLOAT16", 22) || strstr(src, "#include \"deterministic.h\""))
        return "1.16.0";
    return "1.10.1";
}

/* ---- the command ---- */

static const char usage[] =
    "usage: wpc diff FILE.py WARP_OUTPUT [--warp-version 1.16.0|1.10.1] [--normalize] [--color=auto|always|never]\n"
    "  WARP_OUTPUT  a .cpp or .cu written by Warp (the device follows the extension),\n"
    "               or a Warp kernel-cache directory holding wp_<module>_<hash>/\n"
    "  --normalize  ignore the order of items, the blank lines between them and the\n"
    "               source path in `// path:line` comments\n"
    "  exit status: 0 identical, 1 differs, 2 error\n";

/* Prints "wpc diff: <message>" on err; returns 2. */
static int fail(FILE *err, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("wpc diff: ", err);
    vfprintf(err, fmt, ap);
    fputc('\n', err);
    va_end(ap);
    return 2;
}

/* Reads a whole text file; NULL with errno set (EILSEQ: it holds a NUL). */
static char *read_text(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Str b = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        str_add(&b, buf, n);
    int bad = ferror(f);
    fclose(f);
    char *s = str_finish(&b);
    if (bad || !s) {
        free(s);
        errno = bad ? EIO : ENOMEM;
        return NULL;
    }
    if (strlen(s) != b.len) {
        free(s);
        errno = EILSEQ;
        return NULL;
    }
    return s;
}

/* Compares one Warp file; returns 0, 1 or 2. */
static int diff_one(const char *py, const char *file, const char *version_opt, int normalize, int color,
                    WpcCompileFn compile, void *ctx, FILE *out, FILE *err) {
    int cuda = ends_with(file, ".cu");
    if (!cuda && !ends_with(file, ".cpp"))
        return fail(err, "cannot tell the device from '%s': Warp writes .cpp (CPU) or .cu (CUDA) files.", file);
    char *theirs = read_text(file);
    if (!theirs)
        return fail(err, "cannot read '%s': %s.", file, errno == EILSEQ ? "it is not a text file" : strerror(errno));
    const char *version = version_opt, *how = "as given";
    if (!version && (version = diff_version_from_path(file)))
        how = "from the path";
    if (!version) {
        version = diff_version_from_header(theirs);
        how = "from the module header";
    }
    char *msg = NULL;
    char *ours = compile(ctx, py, version, cuda, &msg);
    if (!ours) {
        size_t ml = msg ? strlen(msg) : 0;
        while (ml && (msg[ml - 1] == '\n' || msg[ml - 1] == '.'))
            msg[--ml] = 0;
        int rc = fail(err, "wpc cannot compile '%s' for Warp %s (%s): %s.", py, version, cuda ? "CUDA" : "CPU",
                      ml ? msg : "no message");
        free(msg);
        free(theirs);
        return rc;
    }
    free(msg);
    DiffReport r;
    if (diff_compare(ours, theirs, normalize, &r)) {
        free(ours);
        free(theirs);
        return fail(err, "out of memory comparing '%s'.", file);
    }
    fprintf(out, "%s vs %s (Warp %s %s, %s%s)\n", py, file, version, how, cuda ? "CUDA" : "CPU",
            normalize ? ", normalized" : "");
    char ours_label[4200];
    snprintf(ours_label, sizeof ours_label, "wpc %s", py);
    diff_report_print(out, &r, ours_label, file, color);
    int rc = r.differs ? 1 : 0;
    diff_report_free(&r);
    free(ours);
    free(theirs);
    return rc;
}

int diff_main_to(int argc, char **argv, WpcCompileFn compile, void *ctx, FILE *out, FILE *err) {
    const char *py = NULL, *warp_out = NULL, *version = NULL, *color_opt = "auto";
    int normalize = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--normalize")) {
            normalize = 1;
        } else if (!strncmp(a, "--color=", 8) || !strncmp(a, "--colour=", 9)) {
            color_opt = strchr(a, '=') + 1;
        } else if (!strcmp(a, "--color") || !strcmp(a, "--colour")) {
            if (i + 1 == argc)
                return fail(err, "%s needs a value: auto, always or never.", a);
            color_opt = argv[++i];
        } else if (!strcmp(a, "--warp-version") || !strncmp(a, "--warp-version=", 15)) {
            const char *v = a[14] == '=' ? a + 15 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v)
                return fail(err, "--warp-version needs a value: 1.16.0 or 1.10.1.");
            if (!(version = known_version(v, strlen(v))))
                return fail(err, "unsupported Warp version '%s': wpc reproduces 1.16.0 and 1.10.1.", v);
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage, out);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            return fail(err, "unknown option '%s' (see wpc diff --help).", a);
        } else if (!py) {
            py = a;
        } else if (!warp_out) {
            warp_out = a;
        } else {
            return fail(err, "too many arguments: '%s' (see wpc diff --help).", a);
        }
    }
    int color;
    if (!strcmp(color_opt, "always"))
        color = 1;
    else if (!strcmp(color_opt, "never"))
        color = 0;
    else if (!strcmp(color_opt, "auto"))
        color = isatty(fileno(out)) && !getenv("NO_COLOR");
    else
        return fail(err, "--color takes auto, always or never, not '%s'.", color_opt);
    if (!py || !warp_out)
        return fail(err, "expected FILE.py and WARP_OUTPUT (see wpc diff --help).");
    struct stat st;
    if (stat(py, &st) || access(py, R_OK))
        return fail(err, "cannot read '%s': %s.", py, strerror(errno));
    if (!S_ISREG(st.st_mode))
        return fail(err, "'%s' is not a Python file.", py);
    if (stat(warp_out, &st))
        return fail(err, "cannot read '%s': %s.", warp_out, strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return diff_one(py, warp_out, version, normalize, color, compile, ctx, out, err);

    /* a kernel cache: the module's newest build, its .cpp and/or .cu */
    char *module = diff_module_name(py);
    if (!module)
        return fail(err, "out of memory.");
    int found = 0;
    char *dir = diff_find_cache_dir(warp_out, module, &found);
    if (!dir) {
        int rc = fail(err, "no module 'wp_%s_<hash>' in the kernel cache '%s'.", module, warp_out);
        free(module);
        return rc;
    }
    if (found > 1)
        fprintf(out, "using %s, the newest of %d builds of module '%s'\n", dir, found, module);
    else
        fprintf(out, "using %s\n", dir);
    const char *base = strrchr(dir, '/');
    base = base ? base + 1 : dir;
    int rc = 0, n = 0;
    for (int k = 0; k < 2 && rc != 2; k++) {
        size_t len = strlen(dir) + strlen(base) + 8;
        char *f = malloc(len);
        if (!f) {
            rc = fail(err, "out of memory.");
            break;
        }
        snprintf(f, len, "%s/%s.%s", dir, base, k ? "cu" : "cpp");
        if (is_regular(f)) {
            if (n++)
                fputc('\n', out);
            int r = diff_one(py, f, version, normalize, color, compile, ctx, out, err);
            rc = r > rc ? r : rc;
        }
        free(f);
    }
    if (rc != 2 && n > 1)
        fprintf(out, "\n%s\n", rc ? "=> the module differs" : "=> the module is identical");
    free(dir);
    free(module);
    return rc;
}

int wpc_diff_main(int argc, char **argv, WpcCompileFn compile, void *ctx) {
    int rc = diff_main_to(argc, argv, compile, ctx, stdout, stderr);
    fflush(stdout);
    return rc;
}
