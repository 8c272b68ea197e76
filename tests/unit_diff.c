/* unit_diff.c: `wpc diff` (runtime/diff.c) on its own, with a stub compiler
 * that returns the contents of a given file.
 *
 *   unit_diff CONFORMANCE_DIR      (normally ../shared/conformance)
 *
 * Checks: the splitter is lossless and names every chunk of every expected
 * file of both Warp versions; each file diffs as identical against itself;
 * one changed line inside one item reports exactly that item; a kernel cache
 * laid out like Warp's is searched by module name and its version inferred;
 * reordered kernels and functions are identical only under --normalize, and
 * so are other paths in `// path:line` comments; the line diff is minimal;
 * errors exit 2 with one line on stderr.  Prints `unit_diff: N passed, N
 * failed` and exits non-zero on failure. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "runtime/diff.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

static int passed, failed;

static void check(int ok, const char *fmt, ...) {
    if (ok) {
        passed++;
        return;
    }
    failed++;
    va_list ap;
    va_start(ap, fmt);
    fputs("FAIL: ", stdout);
    vprintf(fmt, ap);
    fputc('\n', stdout);
    va_end(ap);
}

/* ---- files ---- */

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0, r;
    char *s = malloc(cap);
    while (s && (r = fread(s + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n - 1 == 0) {
            char *t = realloc(s, cap *= 2);
            if (!t) {
                free(s);
                s = NULL;
            }
            s = t;
        }
    }
    fclose(f);
    if (s)
        s[n] = 0;
    return s;
}

static int write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    fputs(text, f);
    return fclose(f);
}

static char *path_join(const char *a, const char *b) {
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", a, b);
    return p;
}

static void mkdirs(const char *path) {
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *p = buf + 1; *p; p++)
        if (*p == '/') {
            *p = 0;
            mkdir(buf, 0755);
            *p = '/';
        }
    mkdir(buf, 0755);
}

/* Sets a directory's mtime to `ago` seconds in the past. */
static void age(const char *path, int ago) {
    struct timeval tv[2];
    gettimeofday(&tv[0], NULL);
    tv[0].tv_sec -= ago;
    tv[1] = tv[0];
    utimes(path, tv);
}

static void remove_tree(const char *path) {
    DIR *d = opendir(path);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d)))
            if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
                char *p = path_join(path, e->d_name);
                remove_tree(p);
                free(p);
            }
        closedir(d);
        rmdir(path);
    } else {
        unlink(path);
    }
}

static char *replace_all(const char *s, const char *from, const char *to) {
    size_t fl = strlen(from), tl = strlen(to), n = 0;
    for (const char *p = s; (p = strstr(p, from)); p += fl)
        n++;
    char *out = malloc(strlen(s) + n * (tl > fl ? tl - fl : 0) + 1), *o = out;
    const char *p = s, *q;
    while ((q = strstr(p, from))) {
        memcpy(o, p, (size_t)(q - p));
        o += q - p;
        memcpy(o, to, tl);
        o += tl;
        p = q + fl;
    }
    strcpy(o, p);
    return out;
}

static int count_str(const char *s, const char *needle) {
    int n = 0;
    for (const char *p = s; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

/* ---- the stub compiler and running the command ---- */

typedef struct Stub {
    const char *cpp, *cu; /* the files it returns for the CPU and CUDA */
    const char *fail;     /* set: fail with this message */
    char version[32];     /* the last call's arguments */
    int cuda, calls;
} Stub;

static char *stub_compile(void *ctx, const char *py_path, const char *warp_version, int cuda, char **err_msg) {
    Stub *s = ctx;
    (void)py_path;
    s->calls++;
    s->cuda = cuda;
    snprintf(s->version, sizeof s->version, "%s", warp_version);
    if (s->fail) {
        *err_msg = strdup(s->fail);
        return NULL;
    }
    char *text = read_file(cuda && s->cu ? s->cu : s->cpp);
    if (!text)
        *err_msg = strdup("the stub cannot read its file");
    return text;
}

typedef struct Run {
    int rc;
    char *out, *err;
} Run;

static char *slurp(FILE *f) {
    fflush(f);
    long n = ftell(f);
    rewind(f);
    char *s = malloc((size_t)n + 1);
    size_t r = fread(s, 1, (size_t)n, f);
    s[r] = 0;
    fclose(f);
    return s;
}

/* `wpc diff ARGS...` (NULL-terminated) with the stub. */
static Run run(Stub *stub, ...) {
    char *argv[16] = {"diff"};
    int argc = 1;
    va_list ap;
    va_start(ap, stub);
    char *a;
    while ((a = va_arg(ap, char *)) && argc < 15)
        argv[argc++] = a;
    va_end(ap);
    FILE *out = tmpfile(), *err = tmpfile();
    stub->calls = 0;
    Run r;
    r.rc = diff_main_to(argc, argv, stub_compile, stub, out, err);
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

static void run_free(Run *r) {
    free(r->out);
    free(r->err);
}

/* An error: exit 2, one line `wpc diff: ...` on stderr, nothing on stdout. */
static void check_error(Run r, const char *what, const char *needle) {
    int one_line = !strncmp(r.err, "wpc diff: ", 10) && count_str(r.err, "\n") == 1;
    check(r.rc == 2 && one_line && !*r.out && strstr(r.err, needle), "%s: rc %d, stderr '%s'", what, r.rc, r.err);
    run_free(&r);
}

/* ---- helpers on modules ---- */

static char *reassemble(const DiffModule *m) {
    size_t n = strlen(m->header) + strlen(m->trailer) + 1;
    for (int i = 0; i < m->n; i++)
        n += strlen(m->chunks[i].pre) + strlen(m->chunks[i].text);
    char *s = malloc(n);
    strcpy(s, m->header);
    for (int i = 0; i < m->n; i++) {
        strcat(s, m->chunks[i].pre);
        strcat(s, m->chunks[i].text);
    }
    strcat(s, m->trailer);
    return s;
}

static int differing(const DiffReport *r, const DiffEntry **only) {
    int n = 0;
    for (int k = 0; k < r->n; k++)
        if (r->entries[k].status != DIFF_IDENTICAL) {
            n++;
            if (only)
                *only = &r->entries[k];
        }
    return n;
}

/* The module with "  // changed" appended to the middle line of chunk c;
 * *line gets that line's number in the file. */
static char *change_line(const char *text, const DiffModule *m, int c, int *line) {
    const DiffChunk *ch = &m->chunks[c];
    size_t off = strlen(m->header);
    for (int i = 0; i < c; i++)
        off += strlen(m->chunks[i].pre) + strlen(m->chunks[i].text);
    off += strlen(ch->pre);
    int nlines = 0;
    for (const char *p = ch->text; *p; p++)
        nlines += *p == '\n';
    int target = nlines / 2, k = 0;
    const char *p = ch->text;
    while (k < target) /* the end of line `target` (0-based) */
        k += *p++ == '\n';
    const char *e = strchr(p, '\n');
    size_t at = off + (size_t)(e - ch->text);
    *line = ch->line;
    for (const char *q = ch->pre; *q; q++)
        *line += *q == '\n';
    *line += target;
    const char *add = "  // changed";
    char *out = malloc(strlen(text) + strlen(add) + 1);
    memcpy(out, text, at);
    strcpy(out + at, add);
    strcat(out, text + at);
    return out;
}

/* ---- the corpus ---- */

static void corpus_file(const char *conf, const char *vdir, const char *name, const char *tmp) {
    char *path = path_join(vdir, name);
    char *text = read_file(path);
    const char *ext = strrchr(name, '.');
    const char *version = strstr(vdir, "v1.16.0") ? "1.16.0" : "1.10.1";
    int cuda = !strcmp(ext, ".cu");
    if (!text) {
        check(0, "%s: unreadable", path);
        free(path);
        return;
    }
    /* the split: lossless, every chunk named */
    DiffModule m;
    check(!diff_split(text, &m), "%s: split", path);
    char *again = reassemble(&m);
    check(!strcmp(again, text), "%s: header + chunks + trailer != the file", path);
    free(again);
    int other = 0, kernels = 0, dups = 0;
    for (int i = 0; i < m.n; i++) {
        other += m.chunks[i].kind == DIFF_OTHER;
        kernels += m.chunks[i].kind == DIFF_KERNEL_FORWARD;
        dups += m.chunks[i].dup != 1;
    }
    check(m.n > 0 && !other && kernels > 0 && !dups, "%s: %d chunks, %d unnamed, %d kernels, %d repeated names", path,
          m.n, other, kernels, dups);
    check(strstr(m.header, "#define WP_TILE_BLOCK_DIM") && strstr(m.header, "#include \"builtin.h\"") &&
              m.header[strlen(m.header) - 1] == '\n',
          "%s: header", path);
    check(!strcmp(diff_version_from_header(text), version), "%s: version from the header", path);

    /* identical against itself, plain and normalized */
    DiffReport r;
    check(!diff_compare(text, text, 0, &r) && !r.differs && !differing(&r, NULL), "%s: differs from itself", path);
    diff_report_free(&r);
    check(!diff_compare(text, text, 1, &r) && !r.differs, "%s: differs from itself (normalized)", path);
    diff_report_free(&r);

    /* the command: version from the path, device from the extension */
    char stem[256];
    snprintf(stem, sizeof stem, "%.*s", (int)(ext - name), name);
    char pyname[300];
    snprintf(pyname, sizeof pyname, "kernels/%s.py", stem);
    char *py = path_join(conf, pyname);
    if (access(py, R_OK)) {
        free(py);
        py = path_join(tmp, "any.py");
    }
    Stub stub = {.cpp = path, .cu = path};
    Run rr = run(&stub, py, path, "--color=never", (char *)NULL);
    check(rr.rc == 0 && stub.calls == 1 && !strcmp(stub.version, version) && stub.cuda == cuda &&
              !strstr(rr.out, " differs") && strstr(rr.out, " vs ") && !*rr.err,
          "%s: wpc diff against itself: rc %d, version %s, cuda %d, stderr '%s'", path, rr.rc, stub.version, stub.cuda,
          rr.err);
    run_free(&rr);

    /* one changed line inside the middle item: exactly that item differs */
    int line = 0, c = m.n / 2;
    char *changed = change_line(text, &m, c, &line);
    const DiffEntry *only = NULL;
    check(!diff_compare(changed, text, 0, &r) && r.differs && differing(&r, &only) == 1 && only &&
              only->kind == m.chunks[c].kind && !strcmp(only->name, m.chunks[c].name) && only->status == DIFF_DIFFERS &&
              !r.order_differs,
          "%s: one changed line in %s: %d items differ", path, m.chunks[c].name, differing(&r, NULL));
    diff_report_free(&r);
    char *tmpf = path_join(tmp, cuda ? "changed.cu" : "changed.cpp");
    write_file(tmpf, changed);
    stub = (Stub){.cpp = tmpf, .cu = tmpf};
    rr = run(&stub, py, path, "--color=never", (char *)NULL);
    char hunk[64]; /* context: 3 lines, within the chunk (its blank lines before it included) */
    int from = line - 3 < m.chunks[c].line ? m.chunks[c].line : line - 3;
    snprintf(hunk, sizeof hunk, "\n@@ -%d,", from);
    check(rr.rc == 1 && count_str(rr.out, " differs") == 1 && count_str(rr.out, "@@ -") == 1 &&
              count_str(rr.out, "  // changed\n") == 1 && strstr(rr.out, hunk),
          "%s: wpc diff with one changed line (line %d): rc %d, output:\n%s", path, line, rr.rc, rr.out);
    run_free(&rr);
    free(tmpf);
    free(changed);
    free(py);
    diff_module_free(&m);
    free(text);
    free(path);
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_corpus(const char *conf, const char *tmp) {
    const char *versions[] = {"v1.16.0", "v1.10.1"};
    for (int v = 0; v < 2; v++) {
        char sub[64];
        snprintf(sub, sizeof sub, "expected/%s", versions[v]);
        char *vdir = path_join(conf, sub);
        DIR *d = opendir(vdir);
        if (!d) {
            printf("unit_diff: %s is absent, skipping the corpus of Warp %s\n", vdir, versions[v] + 1);
            free(vdir);
            continue;
        }
        char *names[4096];
        int n = 0;
        struct dirent *e;
        while ((e = readdir(d)) && n < 4096) {
            const char *x = strrchr(e->d_name, '.');
            if (x && (!strcmp(x, ".cpp") || !strcmp(x, ".cu")))
                names[n++] = strdup(e->d_name);
        }
        closedir(d);
        qsort(names, (size_t)n, sizeof *names, by_name);
        int before = failed;
        for (int i = 0; i < n; i++) {
            corpus_file(conf, vdir, names[i], tmp);
            free(names[i]);
        }
        printf("unit_diff: %d files of Warp %s, %s\n", n, versions[v] + 1,
               failed == before ? "all identical to themselves" : "FAILURES");
        check(n > 0, "%s holds no .cpp or .cu", vdir);
        free(vdir);
    }
}

/* ---- line diff ---- */

static void check_unified(const char *a, const char *b, int line_a, int line_b, const char *want) {
    FILE *f = tmpfile();
    diff_unified(f, a, b, "A", "B", line_a, line_b, 0);
    char *got = slurp(f);
    check(!strcmp(got, want), "diff_unified:\n%s\nwanted:\n%s", got, want);
    free(got);
}

static int lcs_len(const char **a, int n, const char **b, int m) {
    int *t = calloc((size_t)(n + 1) * (size_t)(m + 1), sizeof(int));
    for (int i = n - 1; i >= 0; i--)
        for (int j = m - 1; j >= 0; j--) {
            int *c = &t[i * (m + 1) + j];
            if (!strcmp(a[i], b[j]))
                *c = t[(i + 1) * (m + 1) + j + 1] + 1;
            else
                *c = t[(i + 1) * (m + 1) + j] > t[i * (m + 1) + j + 1] ? t[(i + 1) * (m + 1) + j]
                                                                       : t[i * (m + 1) + j + 1];
        }
    int r = t[0];
    free(t);
    return r;
}

static void test_line_diff(void) {
    check_unified("a\nb\nc\n", "a\nb\nc\n", 1, 1, "");
    check_unified("a\nb\nc\nd\ne\n", "a\nb\nX\nd\ne\n", 1, 1,
                  "--- A\n+++ B\n@@ -1,5 +1,5 @@\n a\n b\n-c\n+X\n d\n e\n");
    /* file line numbers, an insertion, a missing final newline */
    check_unified("x\ny\n", "x\ny\nz", 10, 20,
                  "--- A\n+++ B\n@@ -10,2 +20,3 @@\n x\n y\n+z\n\\ No newline at end of file\n");
    check_unified("", "p\n", 1, 1, "--- A\n+++ B\n@@ -0,0 +1 @@\n+p\n");
    check_unified("p\n", "", 1, 1, "--- A\n+++ B\n@@ -1 +0,0 @@\n-p\n");
    /* two changes 7 lines apart: two hunks; 6 apart: one */
    check_unified(
        "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\nX\n3\n4\n5\n6\n7\n8\n9\nY\n11\n12\n", 1, 1,
        "--- A\n+++ B\n@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n@@ -7,6 +7,6 @@\n 7\n 8\n 9\n-10\n+Y\n 11\n 12\n");
    check_unified("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", "1\nX\n3\n4\n5\n6\n7\n8\nY\n10\n", 1, 1,
                  "--- A\n+++ B\n@@ -1,10 +1,10 @@\n 1\n-2\n+X\n 3\n 4\n 5\n 6\n 7\n 8\n-9\n+Y\n 10\n");
    FILE *f = tmpfile();
    diff_unified(f, "a\nb\n", "a\nc\n", "A", "B", 1, 1, 1);
    char *col = slurp(f);
    check(strstr(col, "\033[36m@@ -1,2 +1,2 @@\033[0m") && strstr(col, "\033[31m-b\033[0m") &&
              strstr(col, "\033[32m+c\033[0m"),
          "coloured diff: %s", col);
    free(col);

    /* random texts: the script rebuilds b and is minimal */
    unsigned seed = 12345;
    int bad = 0;
    for (int t = 0; t < 3000 && bad < 5; t++) {
        const char *words[] = {"a", "b", "c", "{", "}"};
        int alpha = t < 1500 ? 3 : 5, n, m;
        n = (int)((seed = seed * 1103515245u + 12345u) >> 16) % (t < 2800 ? 14 : 120);
        m = (int)((seed = seed * 1103515245u + 12345u) >> 16) % (t < 2800 ? 14 : 120);
        const char *la[128], *lb[128];
        char a[1024] = "", b[1024] = "";
        for (int i = 0; i < n; i++) {
            la[i] = words[((seed = seed * 1103515245u + 12345u) >> 16) % (unsigned)alpha];
            strcat(strcat(a, la[i]), "\n");
        }
        for (int i = 0; i < m; i++) {
            lb[i] = words[((seed = seed * 1103515245u + 12345u) >> 16) % (unsigned)alpha];
            strcat(strcat(b, lb[i]), "\n");
        }
        char *ops = diff_line_script(a, b);
        int i = 0, j = 0, keep = 0, ok = ops != NULL;
        for (const char *o = ops ? ops : ""; ok && *o; o++) {
            if (*o == ' ')
                ok = i < n && j < m && !strcmp(la[i++], lb[j++]), keep++;
            else if (*o == '-')
                ok = i++ < n;
            else
                ok = *o == '+' && j++ < m;
        }
        ok = ok && i == n && j == m && keep == lcs_len(la, n, lb, m);
        if (!ok)
            bad++;
        check(ok, "line script of %d and %d lines is not a minimal edit: '%s'", n, m, ops ? ops : "(null)");
        free(ops);
    }
}

/* ---- synthetic modules ---- */

static const char tricky[] = "#define WP_NO_BFLOAT16\n"
                             "#define OPEN {\n"
                             "#include \"builtin.h\"\n"
                             "\n"
                             "/* a block comment { with a brace\n"
                             "   over two lines } */\n"
                             "// kernels/x.py:3\n"
                             "static CUDA_CALLABLE void f_0(\n"
                             "    int a)\n"
                             "{\n"
                             "    const char *s = \"}{\\\"}\";   // } stray\n"
                             "    char c = '}';\n"
                             "    /* { */\n"
                             "#if 0\n"
                             "    }\n"
                             "#endif\n"
                             "}\n"
                             "\n"
                             "struct S_12345678\n"
                             "{\n"
                             "    int x;\n"
                             "};\n"
                             "CUDA_CALLABLE S_12345678 add(const S_12345678& a, const S_12345678& b)\n"
                             "{\n"
                             "    return S_12345678();\n"
                             "}\n"
                             "\n\n"
                             "extern \"C\" __global__ void k_12345678_cuda_kernel_forward(\n"
                             "    wp::launch_bounds_t<1> dim)\n"
                             "{\n"
                             "}\n"
                             "\n"
                             "extern \"C\" {\n"
                             "WP_API void k_12345678_cpu_forward(int *dim)\n"
                             "{\n"
                             "}\n"
                             "} // extern C\n"
                             "\n";

static void test_split(void) {
    DiffModule m;
    check(!diff_split(tricky, &m), "tricky: split");
    char *again = reassemble(&m);
    check(!strcmp(again, tricky), "tricky: not lossless");
    free(again);
    static const struct {
        DiffKind kind;
        const char *name, *owner;
    } want[] = {{DIFF_FUNC, "f_0", ""},
                {DIFF_STRUCT, "S_12345678", ""},
                {DIFF_HELPER, "add", "S_12345678"},
                {DIFF_KERNEL_FORWARD, "k_12345678_cuda_kernel_forward", ""},
                {DIFF_ENTRY, "k_12345678_cpu_forward", ""}};
    int ok = m.n == 5;
    for (int i = 0; ok && i < 5; i++)
        ok = m.chunks[i].kind == want[i].kind && !strcmp(m.chunks[i].name, want[i].name) &&
             !strcmp(m.chunks[i].owner, want[i].owner);
    check(ok, "tricky: %d chunks, first %s", m.n, m.n ? m.chunks[0].name : "-");
    check(!strcmp(m.header, "#define WP_NO_BFLOAT16\n#define OPEN {\n#include \"builtin.h\"\n"), "tricky: header '%s'",
          m.header);
    check(m.n > 0 && !strncmp(m.chunks[0].text, "/* a block comment", 18) && !strcmp(m.chunks[0].pre, "\n") &&
              m.chunks[0].line == 4,
          "tricky: the comments above f_0 belong to it");
    check(m.n > 3 && !strcmp(m.chunks[3].pre, "\n\n") && m.chunks[3].line == 27 && !strcmp(m.trailer, "\n"),
          "tricky: blank lines");
    diff_module_free(&m);

    /* no items at all: everything is the header */
    check(!diff_split("#define A\n\n", &m) && m.n == 0 && !strcmp(m.header, "#define A\n\n") && !*m.trailer,
          "header only");
    diff_module_free(&m);
    check(!diff_split("", &m) && m.n == 0 && !*m.header && !*m.trailer, "empty module");
    diff_module_free(&m);

    /* names */
    char *n1 = diff_module_name("some/dir/my-kernels.v2.py"), *n2 = diff_module_name("k.py");
    check(!strcmp(n1, "my_kernels_v2") && !strcmp(n2, "k"), "module names: %s %s", n1, n2);
    free(n1);
    free(n2);
}

static const char paths_a[] = "#define X 1\n"
                              "\n"
                              "// kernels/x.py:12\n"
                              "static void f_0(\n"
                              "    int a)\n"
                              "{\n"
                              "    // adj: a = 1                      <L 13>\n"
                              "    a = 1;\n"
                              "}\n"
                              "\n"
                              "// kernels/x.py:20\n"
                              "static void g_0()\n"
                              "{\n"
                              "}\n";

static void test_normalize(const char *conf) {
    char *n = diff_normalize_paths(paths_a);
    check(count_str(n, "// <path>:12\n") == 1 && count_str(n, "// <path>:20\n") == 1 && strstr(n, "<L 13>"),
          "normalized paths: %s", n);
    free(n);
    char *b = replace_all(paths_a, "// kernels/x.py:", "// /home/me/My Project/kernels/x.py:");
    DiffReport r;
    check(!diff_compare(b, paths_a, 0, &r) && r.differs && differing(&r, NULL) == 2, "paths differ without normalize");
    diff_report_free(&r);
    check(!diff_compare(b, paths_a, 1, &r) && !r.differs, "paths ignored with normalize");
    diff_report_free(&r);
    free(b);
    b = replace_all(paths_a, "x.py:20", "x.py:21");
    check(!diff_compare(b, paths_a, 1, &r) && r.differs && differing(&r, NULL) == 1, "line numbers still count");
    diff_report_free(&r);
    free(b);

    /* the same on a real file, through the command */
    char *path = path_join(conf, "expected/v1.16.0/234_func_basic.cpp");
    char *text = read_file(path);
    if (!text) {
        printf("unit_diff: %s is absent, skipping the real-path check\n", path);
        free(path);
        return;
    }
    char *moved = replace_all(text, "// kernels/", "// /home/user/project/kernels/");
    char tmpl[] = "/tmp/unit_diff_path.XXXXXX.cpp";
    int fd = mkstemps(tmpl, 4);
    close(fd);
    write_file(tmpl, moved);
    Stub stub = {.cpp = tmpl};
    Run rr = run(&stub, path, path, "--color=never", (char *)NULL); /* any readable file serves as FILE.py */
    check(rr.rc == 1 && count_str(rr.out, " differs") == 4, "other source paths differ: rc %d\n%s", rr.rc, rr.out);
    run_free(&rr);
    rr = run(&stub, path, path, "--normalize", (char *)NULL);
    check(rr.rc == 0, "other source paths are ignored under --normalize: rc %d\n%s", rr.rc, rr.out);
    run_free(&rr);
    unlink(tmpl);
    free(moved);
    free(text);
    free(path);
}

/* ---- order ---- */

/* text with [p1, p2) and [p2, p3) swapped */
static char *swap(const char *t, const char *p1, const char *p2, const char *p3) {
    size_t n = strlen(t);
    char *s = malloc(n + 1), *o = s;
    memcpy(o, t, (size_t)(p1 - t)), o += p1 - t;
    memcpy(o, p2, (size_t)(p3 - p2)), o += p3 - p2;
    memcpy(o, p1, (size_t)(p2 - p1)), o += p2 - p1;
    strcpy(o, p3);
    return s;
}

static void check_reorder(const char *what, const char *swapped, const char *text, const char *tmp) {
    DiffReport r;
    int rc = diff_compare(swapped, text, 1, &r);
    check(strcmp(swapped, text) && !rc && !r.differs, "%s: not identical under normalize", what);
    diff_report_free(&r);
    check(!diff_compare(swapped, text, 0, &r) && r.differs && r.order_differs, "%s: identical without normalize", what);
    diff_report_free(&r);
    char *f = path_join(tmp, "swapped.cpp");
    write_file(f, swapped);
    Stub stub = {.cpp = f};
    char *g = path_join(tmp, "orig.cpp");
    write_file(g, text);
    char *py = path_join(tmp, "any.py");
    Run rr = run(&stub, py, g, "--normalize", "--color=never", (char *)NULL);
    check(rr.rc == 0, "%s: wpc diff --normalize: rc %d\n%s", what, rr.rc, rr.out);
    run_free(&rr);
    rr = run(&stub, py, g, "--color=never", (char *)NULL);
    check(rr.rc == 1 && strstr(rr.out, "item order"), "%s: wpc diff: rc %d\n%s", what, rr.rc, rr.out);
    run_free(&rr);
    free(f);
    free(g);
    free(py);
}

static void test_reorder(const char *conf, const char *tmp) {
    char *path = path_join(conf, "expected/v1.16.0/046_array_multi_kernel.cpp");
    char *text = read_file(path);
    free(path);
    if (!text) {
        printf("unit_diff: the conformance files are absent, skipping the reorder checks\n");
        return;
    }
    /* kernels: each begins with its wp_args struct */
    const char *p1 = strstr(text, "struct wp_args_"), *p2 = p1 ? strstr(p1 + 1, "struct wp_args_") : NULL,
               *p3 = p2 ? strstr(p2 + 1, "struct wp_args_") : NULL;
    if (p3) {
        char *s = swap(text, p1, p2, p3);
        check_reorder("two kernels swapped (CPU)", s, text, tmp);
        free(s);
    } else {
        check(0, "046_array_multi_kernel.cpp: three kernels expected");
    }
    free(text);

    path = path_join(conf, "expected/v1.10.1/046_array_multi_kernel.cu");
    text = read_file(path);
    free(path);
    if (text) {
        const char *k = "extern \"C\" __global__ void ";
        const char *q1 = strstr(text, k), *q2 = q1 ? strstr(q1 + 1, k) : NULL, *q3 = q2 ? strstr(q2 + 1, k) : NULL,
                   *q4 = q3 ? strstr(q3 + 1, k) : NULL, *q5 = q4 ? strstr(q4 + 1, k) : NULL;
        if (q5) { /* forward + backward of the first kernel against those of the second */
            char *s = swap(text, q1, q3, q5);
            check_reorder("two kernels swapped (CUDA)", s, text, tmp);
            free(s);
        } else {
            check(0, "046_array_multi_kernel.cu: six kernel functions expected");
        }
        free(text);
    }

    /* functions: swap the first two chunks of 234_func_basic */
    path = path_join(conf, "expected/v1.16.0/234_func_basic.cpp");
    text = read_file(path);
    free(path);
    if (text) {
        const char *f1 = strstr(text, "// kernels/234_func_basic.py:4\nstatic wp::float32 sq_0(");
        const char *f2 = strstr(text, "// kernels/234_func_basic.py:9\nstatic wp::float32 cube_0(");
        const char *f3 = strstr(text, "// kernels/234_func_basic.py:4\nstatic void adj_sq_0(");
        if (f1 && f2 && f3) {
            char *s = swap(text, f1, f2, f3);
            check_reorder("two functions swapped", s, text, tmp);
            free(s);
        } else {
            check(0, "234_func_basic.cpp: sq_0, cube_0, adj_sq_0 expected");
        }

        /* a blank line more before one function: only that one, only without normalize */
        char *g = replace_all(text, "}\n\n\n// kernels/234_func_basic.py:9\nstatic wp::float32 cube_0(",
                              "}\n\n\n\n// kernels/234_func_basic.py:9\nstatic wp::float32 cube_0(");
        DiffReport r;
        const DiffEntry *only = NULL;
        check(!diff_compare(g, text, 0, &r) && differing(&r, &only) == 1 && only && only->gap_only &&
                  !strcmp(only->name, "cube_0"),
              "a blank line more before cube_0");
        diff_report_free(&r);
        check(!diff_compare(g, text, 1, &r) && !r.differs, "a blank line more, normalized");
        diff_report_free(&r);
        free(g);
        free(text);
    }

    /* another hash: paired by the name without it, and differs */
    path = path_join(conf, "expected/v1.16.0/046_array_multi_kernel.cpp");
    text = read_file(path);
    free(path);
    if (text) {
        char *h = replace_all(text, "c7352270", "11111111");
        DiffReport r;
        int only_one_side = 0, renamed = 0;
        check(!diff_compare(h, text, 0, &r) && r.differs, "another hash differs");
        for (int k = 0; k < r.n; k++) {
            only_one_side += r.entries[k].status == DIFF_ONLY_OURS || r.entries[k].status == DIFF_ONLY_THEIRS;
            renamed += r.entries[k].renamed;
        }
        check(differing(&r, NULL) == 5 && renamed == 5 && !only_one_side,
              "another hash: %d differ, %d renamed, %d on one side", differing(&r, NULL), renamed, only_one_side);
        FILE *f = tmpfile();
        diff_report_print(f, &r, "wpc", "warp", 0);
        char *out = slurp(f);
        check(strstr(out, "(wpc names it square_11111111_cpu_kernel_forward)") != NULL, "rename shown:\n%s", out);
        free(out);
        diff_report_free(&r);
        /* a kernel missing on one side */
        const char *p = strstr(text, "struct wp_args_negate"), *q = strstr(text, "struct wp_args_axpy");
        if (p && q) {
            char *cut = malloc(strlen(text) + 1); /* without the kernel negate */
            memcpy(cut, text, (size_t)(p - text));
            strcpy(cut + (p - text), q);
            check(!diff_compare(cut, text, 0, &r) && r.differs, "a kernel missing");
            int only_warp = 0;
            for (int k = 0; k < r.n; k++)
                only_warp += r.entries[k].status == DIFF_ONLY_THEIRS;
            check(only_warp == 5 && differing(&r, NULL) == 5, "a kernel missing: %d only in Warp", only_warp);
            diff_report_free(&r);
            check(!diff_compare(text, cut, 0, &r) && differing(&r, NULL) == 5 &&
                      r.entries[r.n - 1].status == DIFF_ONLY_OURS,
                  "a kernel extra");
            diff_report_free(&r);
            free(cut);
        }
        free(h);
        free(text);
    }
}

/* ---- the kernel cache ---- */

static void test_cache(const char *conf, const char *tmp) {
    char *src16 = path_join(conf, "expected/v1.16.0/046_array_multi_kernel.cpp");
    char *src10 = path_join(conf, "expected/v1.10.1/046_array_multi_kernel.cpp");
    char *src10cu = path_join(conf, "expected/v1.10.1/046_array_multi_kernel.cu");
    char *t16 = read_file(src16), *t10 = read_file(src10), *t10cu = read_file(src10cu);
    if (!t16 || !t10 || !t10cu) {
        printf("unit_diff: the conformance files are absent, skipping the cache checks\n");
        goto done;
    }
    char buf[4096];
    /* FILE.py: my-kernels.py, module my_kernels */
    snprintf(buf, sizeof buf, "%s/src", tmp);
    mkdirs(buf);
    snprintf(buf, sizeof buf, "%s/src/my-kernels.py", tmp);
    write_file(buf, "import warp as wp\n");
    char *py = strdup(buf);

    /* <tmp>/cache/1.16.0/wp_my_kernels_abc1234 (new) and _0000001 (old, changed) */
    snprintf(buf, sizeof buf, "%s/cache/1.16.0/wp_my_kernels_abc1234", tmp);
    mkdirs(buf);
    snprintf(buf, sizeof buf, "%s/cache/1.16.0/wp_my_kernels_abc1234/wp_my_kernels_abc1234.cpp", tmp);
    write_file(buf, t16);
    snprintf(buf, sizeof buf, "%s/cache/1.16.0/wp_my_kernels_0000001", tmp);
    mkdirs(buf);
    snprintf(buf, sizeof buf, "%s/cache/1.16.0/wp_my_kernels_0000001/wp_my_kernels_0000001.cpp", tmp);
    write_file(buf, "#define WP_NO_BFLOAT16\nold\n");
    snprintf(buf, sizeof buf, "%s/cache/1.16.0/wp_my_kernels_0000001", tmp);
    age(buf, 3600);
    /* decoys: another module whose name extends ours, a build with no source */
    snprintf(buf, sizeof buf, "%s/cache/1.16.0/wp_my_kernels_extra_abc1234", tmp);
    mkdirs(buf);
    snprintf(buf, sizeof buf, "%s/cache/1.16.0/wp_my_kernels_extra_abc1234/wp_my_kernels_extra_abc1234.cpp", tmp);
    write_file(buf, "x\n");
    snprintf(buf, sizeof buf, "%s/cache/1.16.0/wp_my_kernels_fffffff", tmp);
    mkdirs(buf);

    snprintf(buf, sizeof buf, "%s/cache", tmp);
    int found = 0;
    char *dir = diff_find_cache_dir(buf, "my_kernels", &found);
    check(dir && found == 2 && strstr(dir, "/cache/1.16.0/wp_my_kernels_abc1234") &&
              !strcmp(strrchr(dir, '/'), "/wp_my_kernels_abc1234"),
          "cache: found %d, chose %s", found, dir ? dir : "nothing");
    free(dir);

    Stub stub = {.cpp = src16};
    char *cache = strdup(buf);
    Run rr = run(&stub, py, cache, "--color=never", (char *)NULL);
    check(rr.rc == 0 && stub.calls == 1 && !strcmp(stub.version, "1.16.0") && !stub.cuda &&
              strstr(rr.out, "wp_my_kernels_abc1234, the newest of 2 builds") &&
              strstr(rr.out, "Warp 1.16.0 from the path"),
          "cache: rc %d, version %s\n%s%s", rr.rc, stub.version, rr.out, rr.err);
    run_free(&rr);
    /* the version folder, and the build folder itself, work as well */
    snprintf(buf, sizeof buf, "%s/cache/1.16.0/", tmp);
    rr = run(&stub, py, buf, "--color=never", (char *)NULL);
    check(rr.rc == 0 && !strcmp(stub.version, "1.16.0"), "cache: the version folder: rc %d %s", rr.rc, rr.err);
    run_free(&rr);
    snprintf(buf, sizeof buf, "%s/cache/1.16.0/wp_my_kernels_0000001", tmp);
    rr = run(&stub, py, buf, "--color=never", (char *)NULL);
    check(rr.rc == 1 && strstr(rr.out, "using ") && strstr(rr.out, "wp_my_kernels_0000001\n"),
          "cache: a build folder: rc %d\n%s", rr.rc, rr.out);
    run_free(&rr);

    /* <tmp>/cache2/v1.10.1/wp_my_kernels_def5678: .cpp and .cu, both compared */
    snprintf(buf, sizeof buf, "%s/cache2/v1.10.1/wp_my_kernels_def5678", tmp);
    mkdirs(buf);
    snprintf(buf, sizeof buf, "%s/cache2/v1.10.1/wp_my_kernels_def5678/wp_my_kernels_def5678.cpp", tmp);
    write_file(buf, t10);
    snprintf(buf, sizeof buf, "%s/cache2/v1.10.1/wp_my_kernels_def5678/wp_my_kernels_def5678.cu", tmp);
    write_file(buf, t10cu);
    snprintf(buf, sizeof buf, "%s/cache2", tmp);
    stub = (Stub){.cpp = src10, .cu = src10cu};
    rr = run(&stub, py, buf, "--color=never", (char *)NULL);
    check(rr.rc == 0 && stub.calls == 2 && stub.cuda && !strcmp(stub.version, "1.10.1") &&
              count_str(rr.out, " vs ") == 2 && count_str(rr.out, "Warp 1.10.1") == 2,
          "cache v1.10.1: rc %d, %d calls, version %s\n%s%s", rr.rc, stub.calls, stub.version, rr.out, rr.err);
    run_free(&rr);
    /* --warp-version wins over the path */
    rr = run(&stub, py, buf, "--warp-version", "1.16.0", "--color=never", (char *)NULL);
    check(!strcmp(stub.version, "1.16.0") && strstr(rr.out, "Warp 1.16.0 as given"), "--warp-version: %s",
          stub.version);
    run_free(&rr);
    rr = run(&stub, py, buf, "--warp-version=v1.10.1", (char *)NULL);
    check(rr.rc == 0 && !strcmp(stub.version, "1.10.1"), "--warp-version=v1.10.1: %s", stub.version);
    run_free(&rr);

    /* no version in the path: from the module header */
    snprintf(buf, sizeof buf, "%s/plain", tmp);
    mkdirs(buf);
    snprintf(buf, sizeof buf, "%s/plain/m.cpp", tmp);
    write_file(buf, t10);
    check(diff_version_from_path(buf) == NULL, "no version in %s", buf);
    stub = (Stub){.cpp = src10};
    rr = run(&stub, py, buf, (char *)NULL);
    check(rr.rc == 0 && !strcmp(stub.version, "1.10.1") && strstr(rr.out, "Warp 1.10.1 from the module header"),
          "header 1.10.1: %s\n%s", stub.version, rr.out);
    run_free(&rr);
    write_file(buf, t16);
    stub = (Stub){.cpp = src16};
    rr = run(&stub, py, buf, (char *)NULL);
    check(rr.rc == 0 && !strcmp(stub.version, "1.16.0"), "header 1.16.0: %s", stub.version);
    run_free(&rr);
    check(diff_version_from_path("/home/u/.cache/warp/1.16.0/wp_a_1234567/wp_a_1234567.cpp") &&
              !strcmp(diff_version_from_path("/home/u/.cache/warp/1.16.0/wp_a_1234567/wp_a_1234567.cpp"), "1.16.0") &&
              !strcmp(diff_version_from_path("x/v1.10.1/y.cu"), "1.10.1") &&
              !strcmp(diff_version_from_path("1.16.0/v1.10.1/y.cu"), "1.10.1") &&
              !diff_version_from_path("x/1.12.0/y.cu") && !diff_version_from_path("x/warp-1.16.0/y.cu"),
          "versions from paths");

    /* missing module, and the other errors */
    snprintf(buf, sizeof buf, "%s/src/nothing.py", tmp);
    write_file(buf, "\n");
    check_error(run(&stub, buf, cache, (char *)NULL), "module not in the cache", "no module 'wp_nothing_<hash>'");
    snprintf(buf, sizeof buf, "%s/src/missing.py", tmp);
    check_error(run(&stub, buf, src16, (char *)NULL), "missing FILE.py", "cannot read");
    snprintf(buf, sizeof buf, "%s/none.cpp", tmp);
    check_error(run(&stub, py, buf, (char *)NULL), "missing WARP_OUTPUT", "cannot read");
    snprintf(buf, sizeof buf, "%s/src", tmp);
    check_error(run(&stub, buf, src16, (char *)NULL), "a directory as FILE.py", "not a Python file");
    check_error(run(&stub, py, py, (char *)NULL), "another extension", "cannot tell the device");
    check_error(run(&stub, py, src16, "--warp-version", "1.12.0", (char *)NULL), "a bad version", "unsupported");
    check_error(run(&stub, py, src16, "--color=sometimes", (char *)NULL), "a bad colour", "--color");
    check_error(run(&stub, py, src16, "--bogus", (char *)NULL), "an unknown option", "unknown option");
    check_error(run(&stub, py, (char *)NULL), "one argument", "expected FILE.py and WARP_OUTPUT");
    check_error(run(&stub, py, src16, src16, (char *)NULL), "three arguments", "too many");
    stub.fail = "kernels/x.py:3:5: error: no such builtin\n";
    check_error(run(&stub, py, src16, (char *)NULL), "compile failure", "no such builtin");
    stub.fail = NULL;
    snprintf(buf, sizeof buf, "%s/plain/bin.cpp", tmp);
    FILE *f = fopen(buf, "wb");
    fwrite("ab\0cd", 1, 5, f);
    fclose(f);
    check_error(run(&stub, py, buf, (char *)NULL), "a binary file", "not a text file");
    if (geteuid() != 0) {
        snprintf(buf, sizeof buf, "%s/plain/m.cpp", tmp);
        chmod(buf, 0);
        check_error(run(&stub, py, buf, (char *)NULL), "an unreadable file", "cannot read");
        chmod(buf, 0644);
    }
    Run h = run(&stub, "--help", (char *)NULL);
    check(h.rc == 0 && strstr(h.out, "usage: wpc diff"), "--help");
    run_free(&h);

    /* colours */
    snprintf(buf, sizeof buf, "%s/plain/m.cpp", tmp);
    write_file(buf, t16);
    char *c16 = replace_all(t16, "var_0 = builtin_tid1d();", "var_0 = builtin_tid1d(); ");
    char *cf = path_join(tmp, "plain/changed.cpp");
    write_file(cf, c16);
    stub = (Stub){.cpp = cf};
    rr = run(&stub, py, buf, "--color=always", (char *)NULL);
    check(rr.rc == 1 && strstr(rr.out, "\033[36m@@ ") && strstr(rr.out, "\033[31m-") && strstr(rr.out, "\033[32m+"),
          "--color=always");
    run_free(&rr);
    rr = run(&stub, py, buf, (char *)NULL); /* auto: not a terminal */
    check(rr.rc == 1 && !strchr(rr.out, '\033') && count_str(rr.out, " differs") == 6, "--color=auto to a file:\n%s",
          rr.out);
    run_free(&rr);
    free(c16);
    free(cf);
    free(cache);
    free(py);
done:
    free(t16);
    free(t10);
    free(t10cu);
    free(src16);
    free(src10);
    free(src10cu);
}

int main(int argc, char **argv) {
    const char *conf = argc > 1 ? argv[1] : "../shared/conformance";
    char tmpl[] = "/tmp/unit_diff.XXXXXX";
    char *tmp = mkdtemp(tmpl);
    if (!tmp) {
        printf("unit_diff: mkdtemp: %s\n", strerror(errno));
        return 1;
    }
    char *any = path_join(tmp, "any.py");
    write_file(any, "\n");
    free(any);
    struct stat st;
    if (stat(conf, &st))
        printf("unit_diff: %s is absent, skipping the checks on real Warp output\n", conf);
    test_split();
    test_line_diff();
    test_normalize(conf);
    test_reorder(conf, tmp);
    test_cache(conf, tmp);
    test_corpus(conf, tmp);
    remove_tree(tmp);
    printf("unit_diff: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
