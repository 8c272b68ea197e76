/* diff.c: `wpc diff`, wpc's output against what real Warp wrote.
 *
 * A module source is cut into top-level items by scanning lines and brace
 * depth: the header (defines and includes before the first braced item),
 * then every struct, function, kernel and `extern "C"` entry point block,
 * each with the comment lines just above it.  An item is named by the
 * identifier before its first '(' (or `struct NAME`), so the two sides are
 * matched by name: a per-item report says identical / differs / missing /
 * extra, and a unified line diff (longest common subsequence) shows what
 * differs.  --normalize compares the items as a set (Warp's own kernel
 * order changes from run to run) and ignores the path in `// path:line`
 * comments.  The Warp side may be a .cpp/.cu file or a kernel-cache
 * directory, searched for `wp_<module>_<hash>/wp_<module>_<hash>.cpp|.cu`. */
#define _GNU_SOURCE
#include "runtime/diff.h"

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- splitting ---- */
static char *xstrndup(const char *s, size_t n) {
    char *r = malloc(n + 1);
    memcpy(r, s, n);
    r[n] = 0;
    return r;
}

static void add_item(DiffModule *m, const char *name, const char *start, const char *end) {
    if (m->n == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 16;
        m->items = realloc(m->items, sizeof *m->items * (size_t)m->cap);
    }
    m->items[m->n].name = strdup(name);
    m->items[m->n].text = xstrndup(start, (size_t)(end - start));
    m->n++;
}

/* The item's name: `struct X` for structs, else the identifier before the
 * first '(' (functions, kernels), with `entry ` for extern "C" blocks. */
static void item_name(const char *s, const char *e, char *out, size_t n) {
    const char *p = s;
    /* skip leading comment lines */
    while (p < e && (p[0] == '/' && p[1] == '/')) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        if (!nl)
            break;
        p = nl + 1;
    }
    int entry = !strncmp(p, "extern \"C\" {", 12);
    if (!strncmp(p, "struct ", 7)) {
        const char *q = p + 7, *r = q;
        while (r < e && (isalnum((unsigned char)*r) || *r == '_'))
            r++;
        snprintf(out, n, "struct %.*s", (int)(r - q), q);
        return;
    }
    const char *paren = memchr(p, '(', (size_t)(e - p));
    if (!paren) {
        snprintf(out, n, "item");
        return;
    }
    const char *r = paren;
    while (r > p && isspace((unsigned char)r[-1]))
        r--;
    const char *q = r;
    while (q > p && (isalnum((unsigned char)q[-1]) || q[-1] == '_'))
        q--;
    snprintf(out, n, "%s%.*s", entry ? "entry " : "", (int)(r - q), q);
}

/* `// path:123`: the comment Warp puts above every function. */
static int is_path_comment(const char *p, const char *le) {
    const char *e = le;
    while (e > p && isspace((unsigned char)e[-1]))
        e--;
    const char *d = e;
    while (d > p && isdigit((unsigned char)d[-1]))
        d--;
    return !strncmp(p, "// ", 3) && d < e && d > p + 4 && d[-1] == ':' && !memchr(p + 3, ' ', (size_t)(d - p - 4));
}

DiffModule diff_split(const char *text) {
    DiffModule m = {0};
    const char *p = text, *item = NULL, *header_end = NULL;
    int depth = 0, seen_brace = 0;
    const char *pending = NULL; /* start of comment lines preceding an item */
    while (*p) {
        const char *nl = strchr(p, '\n');
        const char *le = nl ? nl + 1 : p + strlen(p);
        int blank = 1;
        for (const char *c = p; c < le; c++)
            if (!isspace((unsigned char)*c))
                blank = 0;
        if (!item) {
            if (blank) {
                pending = NULL;
            } else if (!strncmp(p, "//", 2) && !seen_brace && !header_end && !is_path_comment(p, le)) {
                /* header comments stay in the header */
            } else {
                int opens = memchr(p, '{', (size_t)(le - p)) != NULL;
                int is_comment = !strncmp(p, "//", 2);
                if (is_comment) {
                    if (!pending)
                        pending = p;
                } else if (opens || !strncmp(p, "struct ", 7) || !strncmp(p, "static ", 7) ||
                           !strncmp(p, "extern ", 7) || !strncmp(p, "void ", 5) || !strncmp(p, "CUDA_CALLABLE", 13) ||
                           !strncmp(p, "template", 8) || !strncmp(p, "WP_API", 6)) {
                    if (!header_end)
                        header_end = pending ? pending : p;
                    item = pending ? pending : p;
                    pending = NULL;
                } else if (header_end) {
                    /* stray top-level line after the header: an item of its own */
                    item = p;
                }
            }
        }
        for (const char *c = p; c < le; c++) {
            if (*c == '{') {
                depth++;
                seen_brace = 1;
            } else if (*c == '}') {
                depth--;
            }
        }
        if (item && depth == 0 && (memchr(p, '}', (size_t)(le - p)) || memchr(p, ';', (size_t)(le - p)))) {
            /* an item ends when its braces close (or a brace-less line ends) */
            int has_brace = 0;
            for (const char *c = item; c < le; c++)
                if (*c == '{')
                    has_brace = 1;
            if (has_brace || !memchr(item, '(', (size_t)(le - item))) {
                char name[256];
                item_name(item, le, name, sizeof name);
                add_item(&m, name, item, le);
                item = NULL;
            }
        }
        p = le;
    }
    if (item) {
        char name[256];
        item_name(item, p, name, sizeof name);
        add_item(&m, name, item, p);
    }
    if (!header_end)
        header_end = p;
    m.header = xstrndup(text, (size_t)(header_end - text));
    return m;
}

void diff_module_free(DiffModule *m) {
    for (int i = 0; i < m->n; i++) {
        free(m->items[i].name);
        free(m->items[i].text);
    }
    free(m->items);
    free(m->header);
    memset(m, 0, sizeof *m);
}

/* `// anything:123` -> `// <source>:123` on every such line. */
char *diff_normalize_paths(const char *text) {
    size_t n = strlen(text);
    char *out = malloc(n * 2 + 16);
    char *o = out;
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        const char *le = nl ? nl + 1 : p + strlen(p);
        const char *colon = NULL;
        if (!strncmp(p, "// ", 3)) {
            const char *c = le - (nl ? 1 : 0);
            const char *d = c;
            while (d > p && isdigit((unsigned char)d[-1]))
                d--;
            if (d < c && d > p + 4 && d[-1] == ':' && !memchr(p + 3, ' ', (size_t)(d - 1 - (p + 3))))
                colon = d - 1;
        }
        if (colon) {
            o += sprintf(o, "// <source>");
            memcpy(o, colon, (size_t)(le - colon));
            o += le - colon;
        } else {
            memcpy(o, p, (size_t)(le - p));
            o += le - p;
        }
        p = le;
    }
    *o = 0;
    return out;
}

/* ---- line diff ---- */
typedef struct Lines {
    const char **s;
    int *len;
    int n;
} Lines;

static Lines split_lines(const char *t) {
    Lines l = {0};
    int cap = 16;
    l.s = malloc(sizeof(char *) * (size_t)cap);
    l.len = malloc(sizeof(int) * (size_t)cap);
    const char *p = t;
    while (*p) {
        const char *nl = strchr(p, '\n');
        int len = nl ? (int)(nl - p) : (int)strlen(p);
        if (l.n == cap) {
            cap *= 2;
            l.s = realloc(l.s, sizeof(char *) * (size_t)cap);
            l.len = realloc(l.len, sizeof(int) * (size_t)cap);
        }
        l.s[l.n] = p;
        l.len[l.n] = len;
        l.n++;
        p = nl ? nl + 1 : p + len;
    }
    return l;
}

static int line_eq(const Lines *a, int i, const Lines *b, int j) {
    return a->len[i] == b->len[j] && !memcmp(a->s[i], b->s[j], (size_t)a->len[i]);
}

/* Unified diff of two texts (3 lines of context) written to out. */
void diff_unified(FILE *out, const char *ours, const char *theirs, const char *label_a, const char *label_b, int color) {
    Lines a = split_lines(ours), b = split_lines(theirs);
    int n = a.n, m = b.n;
    /* LCS table, (n+1)*(m+1); items are small */
    int *t = calloc((size_t)(n + 1) * (size_t)(m + 1), sizeof(int));
#define T(i, j) t[(size_t)(i) * (size_t)(m + 1) + (size_t)(j)]
    for (int i = n - 1; i >= 0; i--)
        for (int j = m - 1; j >= 0; j--)
            T(i, j) = line_eq(&a, i, &b, j) ? T(i + 1, j + 1) + 1 : (T(i + 1, j) > T(i, j + 1) ? T(i + 1, j) : T(i, j + 1));
    /* edit script: ' ', '-', '+' with line indices */
    int cap = n + m + 1, ne = 0;
    char *op = malloc((size_t)cap);
    int *ia = malloc(sizeof(int) * (size_t)cap), *ib = malloc(sizeof(int) * (size_t)cap);
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && line_eq(&a, i, &b, j)) {
            op[ne] = ' ', ia[ne] = i++, ib[ne] = j++;
        } else if (j < m && (i == n || T(i, j + 1) >= T(i + 1, j))) {
            op[ne] = '+', ia[ne] = i, ib[ne] = j++;
        } else {
            op[ne] = '-', ia[ne] = i++, ib[ne] = j;
        }
        ne++;
    }
#undef T
    const char *red = color ? "\033[31m" : "", *green = color ? "\033[32m" : "", *cyan = color ? "\033[36m" : "",
               *reset = color ? "\033[0m" : "";
    fprintf(out, "%s--- %s%s\n%s+++ %s%s\n", red, label_a, reset, green, label_b, reset);
    int k = 0;
    while (k < ne) {
        if (op[k] == ' ') {
            k++;
            continue;
        }
        int s = k - 3 < 0 ? 0 : k - 3;
        /* extend the hunk while changes are within 6 lines of each other */
        int e = k;
        while (e < ne) {
            if (op[e] != ' ') {
                e++;
                continue;
            }
            int run = 0;
            while (e + run < ne && op[e + run] == ' ')
                run++;
            if (e + run >= ne || run > 6) {
                e += run < 3 ? run : 3;
                break;
            }
            e += run;
        }
        int a0 = ia[s], b0 = ib[s], ca = 0, cb = 0;
        for (int q = s; q < e; q++) {
            ca += op[q] != '+';
            cb += op[q] != '-';
        }
        fprintf(out, "%s@@ -%d,%d +%d,%d @@%s\n", cyan, a0 + 1, ca, b0 + 1, cb, reset);
        for (int q = s; q < e; q++) {
            if (op[q] == ' ')
                fprintf(out, " %.*s\n", a.len[ia[q]], a.s[ia[q]]);
            else if (op[q] == '-')
                fprintf(out, "%s-%.*s%s\n", red, a.len[ia[q]], a.s[ia[q]], reset);
            else
                fprintf(out, "%s+%.*s%s\n", green, b.len[ib[q]], b.s[ib[q]], reset);
        }
        k = e;
    }
    free(t);
    free(op);
    free(ia);
    free(ib);
    free(a.s);
    free(a.len);
    free(b.s);
    free(b.len);
}

/* ---- comparing modules ---- */
static const char *item_kind(const char *name) {
    size_t n = strlen(name);
#define ENDS(s) (n >= strlen(s) && !strcmp(name + n - strlen(s), s))
    if (!strncmp(name, "struct wp_args_", 15))
        return "kernel arguments";
    if (!strncmp(name, "struct ", 7))
        return "struct";
    if (!strncmp(name, "entry ", 6))
        return "entry point";
    if (ENDS("_cpu_kernel_forward") || ENDS("_cuda_kernel_forward"))
        return "kernel forward";
    if (ENDS("_cpu_kernel_backward") || ENDS("_cuda_kernel_backward"))
        return "kernel backward";
    if (!strncmp(name, "adj_", 4))
        return "adjoint";
    return "function";
#undef ENDS
}

int diff_compare(FILE *out, const char *ours, const char *theirs, int normalize, int color, const char *label_a,
                 const char *label_b) {
    char *na = normalize ? diff_normalize_paths(ours) : strdup(ours);
    char *nb = normalize ? diff_normalize_paths(theirs) : strdup(theirs);
    DiffModule a = diff_split(na), b = diff_split(nb);
    int differs = 0;
    const char *green = color ? "\033[32m" : "", *red = color ? "\033[31m" : "", *reset = color ? "\033[0m" : "";
    int hdr_same = !strcmp(a.header, b.header);
    fprintf(out, "  %-18s %-48s %s%s%s\n", "module header", "", hdr_same ? green : red,
            hdr_same ? "identical" : "differs", reset);
    differs |= !hdr_same;
    int *matched = calloc((size_t)b.n + 1, sizeof(int));
    int order_same = a.n == b.n;
    for (int i = 0; i < a.n; i++) {
        int j = -1;
        /* the same name; with several (adj_ twins), the first unmatched one */
        for (int k = 0; k < b.n; k++)
            if (!matched[k] && !strcmp(a.items[i].name, b.items[k].name)) {
                j = k;
                break;
            }
        if (j != i)
            order_same = 0;
        const char *state;
        if (j < 0) {
            state = "only in wpc";
            differs = 1;
        } else {
            matched[j] = 1;
            state = strcmp(a.items[i].text, b.items[j].text) ? "differs" : "identical";
            if (strcmp(state, "identical"))
                differs = 1;
        }
        fprintf(out, "  %-18s %-48s %s%s%s\n", item_kind(a.items[i].name), a.items[i].name,
                !strcmp(state, "identical") ? green : red, state, reset);
    }
    for (int k = 0; k < b.n; k++)
        if (!matched[k]) {
            differs = 1;
            fprintf(out, "  %-18s %-48s %sonly in Warp%s\n", item_kind(b.items[k].name), b.items[k].name, red, reset);
        }
    if (!differs && !normalize && strcmp(na, nb)) {
        fprintf(out, "  %-18s %-48s %sdiffers%s\n", "spacing", "(blank lines between items)", red, reset);
        differs = 1;
    }
    if (!normalize && !order_same && a.n == b.n) {
        fprintf(out, "  %-18s %-48s %sdiffers%s\n", "item order", "(use --normalize to ignore)", red, reset);
        differs = 1;
    }
    if (!hdr_same) {
        fputc('\n', out);
        diff_unified(out, a.header, b.header, arena_label(label_a, "header"), arena_label(label_b, "header"), color);
    }
    memset(matched, 0, sizeof(int) * ((size_t)b.n + 1));
    for (int i = 0; i < a.n; i++) {
        for (int k = 0; k < b.n; k++)
            if (!matched[k] && !strcmp(a.items[i].name, b.items[k].name)) {
                matched[k] = 1;
                if (strcmp(a.items[i].text, b.items[k].text)) {
                    fputc('\n', out);
                    diff_unified(out, a.items[i].text, b.items[k].text, arena_label(label_a, a.items[i].name),
                                 arena_label(label_b, b.items[k].name), color);
                }
                break;
            }
    }
    free(matched);
    diff_module_free(&a);
    diff_module_free(&b);
    free(na);
    free(nb);
    return differs;
}

const char *arena_label(const char *file, const char *item) {
    /* a few rotating buffers: labels are used right away */
    static char bufs[4][512];
    static int k;
    k = (k + 1) & 3;
    snprintf(bufs[k], sizeof bufs[k], "%s (%s)", file, item);
    return bufs[k];
}

/* ---- locating Warp's output ---- */
static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    size_t r = fread(s, 1, (size_t)n, f);
    s[r] = 0;
    fclose(f);
    return s;
}

/* Warp's module name for a file: its stem with non-identifier chars -> '_'. */
void diff_module_name(const char *py_path, char *out, size_t n) {
    const char *b = strrchr(py_path, '/');
    b = b ? b + 1 : py_path;
    size_t len = strlen(b);
    if (len > 3 && !strcmp(b + len - 3, ".py"))
        len -= 3;
    size_t k = 0;
    for (size_t i = 0; i < len && k + 1 < n; i++)
        out[k++] = (isalnum((unsigned char)b[i]) || b[i] == '_') ? b[i] : '_';
    out[k] = 0;
}

/* Newest `wp_<module>_<hash>` directory under root (searched two levels
 * deep: the cache root may hold one folder per Warp version). */
static int find_cache_dir(const char *root, const char *module, int depth, char *best, size_t n, time_t *best_t) {
    DIR *d = opendir(root);
    if (!d)
        return 0;
    char prefix[300];
    snprintf(prefix, sizeof prefix, "wp_%s_", module);
    size_t pl = strlen(prefix);
    struct dirent *e;
    int found = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", root, e->d_name);
        struct stat st;
        if (stat(path, &st) || !S_ISDIR(st.st_mode))
            continue;
        if (!strncmp(e->d_name, prefix, pl) && strlen(e->d_name) > pl &&
            strspn(e->d_name + pl, "0123456789abcdef") == strlen(e->d_name + pl)) {
            if (!found && !*best_t) { /* first */ }
            if (st.st_mtime >= *best_t) {
                *best_t = st.st_mtime;
                snprintf(best, n, "%s", path);
            }
            found++;
        } else if (depth > 0) {
            found += find_cache_dir(path, module, depth - 1, best, n, best_t);
        }
    }
    closedir(d);
    return found;
}

/* 16 / 10 from a path component like 1.16.0 or v1.10.1, else 0. */
static int version_from_path(const char *path) {
    const char *p = path;
    while ((p = strstr(p, "1."))) {
        if (!strncmp(p, "1.16", 4) && !isdigit((unsigned char)p[4]))
            return 16;
        if (!strncmp(p, "1.10", 4) && !isdigit((unsigned char)p[4]))
            return 10;
        p += 2;
    }
    return 0;
}

static int version_from_header(const char *text) {
    return strstr(text, "#include \"deterministic.h\"") ? 16 : 10;
}

static const char usage[] =
    "usage: wpc diff FILE.py WARP_OUTPUT [--warp-version 1.16.0|1.10.1] [--normalize] [--color=auto|always|never]\n"
    "  WARP_OUTPUT: a .cpp or .cu written by Warp, or a Warp kernel-cache directory\n"
    "  exit status: 0 identical, 1 differs, 2 error\n";

int wpc_diff_main(int argc, char **argv, WpcCompileFn compile, void *ctx) {
    const char *py = NULL, *warp_out = NULL, *version = NULL;
    int normalize = 0, color = isatty(1);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--normalize"))
            normalize = 1;
        else if (!strcmp(a, "--color=always"))
            color = 1;
        else if (!strcmp(a, "--color=never"))
            color = 0;
        else if (!strcmp(a, "--color=auto"))
            color = isatty(1);
        else if (!strcmp(a, "--warp-version") && i + 1 < argc)
            version = argv[++i];
        else if (!strncmp(a, "--warp-version=", 15))
            version = a + 15;
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage, stdout);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "wpc diff: unknown option '%s'\n%s", a, usage);
            return 2;
        } else if (!py)
            py = a;
        else if (!warp_out)
            warp_out = a;
        else {
            fprintf(stderr, "wpc diff: too many arguments\n%s", usage);
            return 2;
        }
    }
    if (!py || !warp_out) {
        fputs(usage, stderr);
        return 2;
    }
    if (access(py, R_OK)) {
        fprintf(stderr, "wpc diff: cannot read '%s'.\n", py);
        return 2;
    }
    /* the Warp files to compare: one file, or the module's cpp and cu in a cache */
    char files[2][4096];
    int nfiles = 0;
    struct stat st;
    if (stat(warp_out, &st)) {
        fprintf(stderr, "wpc diff: '%s' does not exist.\n", warp_out);
        return 2;
    }
    if (S_ISDIR(st.st_mode)) {
        char module[256], dir[4096] = "";
        diff_module_name(py, module, sizeof module);
        time_t t = 0;
        int found = find_cache_dir(warp_out, module, 2, dir, sizeof dir, &t);
        if (!found) {
            fprintf(stderr, "wpc diff: no module 'wp_%s_<hash>' in the kernel cache '%s'.\n", module, warp_out);
            return 2;
        }
        const char *base = strrchr(dir, '/') + 1;
        printf("wpc diff: using %s%s\n", dir, found > 1 ? " (the newest of several builds)" : "");
        for (int k = 0; k < 2; k++) {
            snprintf(files[nfiles], sizeof files[nfiles], "%s/%s.%s", dir, base, k ? "cu" : "cpp");
            if (!access(files[nfiles], R_OK))
                nfiles++;
        }
        if (!nfiles) {
            fprintf(stderr, "wpc diff: '%s' holds no %s.cpp or %s.cu.\n", dir, base, base);
            return 2;
        }
    } else {
        snprintf(files[0], sizeof files[0], "%s", warp_out);
        nfiles = 1;
    }
    int differs = 0;
    for (int k = 0; k < nfiles; k++) {
        char *theirs = read_file(files[k]);
        if (!theirs) {
            fprintf(stderr, "wpc diff: cannot read '%s'.\n", files[k]);
            return 2;
        }
        size_t fl = strlen(files[k]);
        int cuda = fl > 3 && !strcmp(files[k] + fl - 3, ".cu");
        int v = version ? (strstr(version, "1.10") ? 10 : 16) : version_from_path(files[k]);
        if (!v)
            v = version_from_header(theirs);
        char *err = NULL;
        char *ours = compile(ctx, py, v == 10 ? "1.10.1" : "1.16.0", cuda, &err);
        if (!ours) {
            fprintf(stderr, "wpc diff: wpc cannot compile '%s':\n%s\n", py, err ? err : "");
            free(err);
            free(theirs);
            return 2;
        }
        printf("%s%s vs %s (Warp 1.%d.%d, %s)\n", k ? "\n" : "", py, files[k], v, v == 10 ? 1 : 0,
               cuda ? "CUDA" : "CPU");
        differs |= diff_compare(stdout, ours, theirs, normalize, color, "wpc", files[k]);
        free(ours);
        free(theirs);
    }
    printf("%s\n", differs ? "differs" : "identical");
    return differs ? 1 : 0;
}
