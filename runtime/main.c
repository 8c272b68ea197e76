/* main.c: the wpc driver.
 *
 * Reads a Warp kernel file, runs the pipeline (parse, module picture, IR
 * build, hashes, Warp printer) inside one arena, and writes the result
 * through a temporary file renamed into place, so a failed compilation
 * never leaves a partial output.  Diagnostics come back from the library as
 * data and are printed here, clang style, with the source line and a caret.
 * Exit status: 0 success, 1 error in the input, 2 usage error. */
#include "runtime/runtime.h"
#include "runtime/diff.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define WPC_VERSION "0.1.0"

static const char usage[] =
    "usage: wpc [--emit=cpp|cuda|ir] [-o OUT] [--warp-version 1.16.0|1.10.1] [--source-name NAME]\n"
    "           [--block-dim N] FILE.py\n"
    "       wpc diff FILE.py WARP_OUTPUT [--warp-version V] [--normalize] [--color=auto|always|never]\n"
    "       wpc run FILE.py --kernel NAME --dim N[,M[,K[,L]]] [--arg NAME=VALUE]... [--seed S] [--out DIR]\n"
    "\n"
    "Compiles a Warp kernel file to the module source NVIDIA Warp writes to its kernel cache.\n"
    "  --emit=cpp        C++ for the CPU (default), written to FILE.cpp\n"
    "  --emit=cuda       CUDA for the GPU, written to FILE.cu\n"
    "  --emit=ir         wpc's typed IR as text\n"
    "  --emit=llvm       the kernels lowered to LLVM IR (--emit=llvm-opt: after O2)\n"
    "  --emit=both       C++ and CUDA from one build: FILE.cpp and FILE.cu (-o OUT: OUT.cpp, OUT.cu)\n"
    "  -o OUT            output path ('-' for standard output)\n"
    "  --warp-version V  1.16.0 (default) or 1.10.1\n"
    "  --source-name N   the path Warp would record for the file (default: FILE as given)\n"
    "  --block-dim N     the launch's block_dim instead of the module's option (Warp builds a module\n"
    "                    per block_dim; its CPU modules use 1)\n"
    "  FILE '-'          reads standard input\n";

static char *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    for (;;) {
        if (n + 1 >= cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0)
            break;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

static void print_diag(const char *path, const char *src, size_t len, const Diag *d) {
    fprintf(stderr, "%s:%d:%d: error: %s\n", path, d->loc.line, d->loc.col, d->msg ? d->msg : "error");
    if (d->loc.line <= 0)
        return;
    /* find the line */
    const char *s = src;
    for (int l = 1; l < d->loc.line && s < src + len; l++) {
        const char *nl = memchr(s, '\n', (size_t)(src + len - s));
        if (!nl)
            return;
        s = nl + 1;
    }
    const char *e = s;
    while (e < src + len && *e != '\n')
        e++;
    if (e > s && e[-1] == '\r')
        e--;
    fprintf(stderr, "%.*s\n", (int)(e - s), s);
    for (int i = 1; i < d->loc.col && s + i - 1 < e; i++)
        fputc(s[i - 1] == '\t' ? '\t' : ' ', stderr);
    fputs("^\n", stderr);
}

static int write_output(const char *path, const Buf *b) {
    if (!strcmp(path, "-")) {
        fwrite(b->data, 1, b->len, stdout);
        return fflush(stdout) ? -1 : 0;
    }
    size_t n = strlen(path);
    char *tmp = malloc(n + 32);
    snprintf(tmp, n + 32, "%s.tmp%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        free(tmp);
        return -1;
    }
    int ok = fwrite(b->data, 1, b->len, f) == b->len;
    ok &= fclose(f) == 0;
    if (!ok || rename(tmp, path)) {
        unlink(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}

/* The compile function `wpc diff` uses. */
static char *diff_compile(void *ctx, const char *py_path, const char *warp_version, int cuda, char **err_msg) {
    (void)ctx;
    FILE *fp = fopen(py_path, "rb");
    if (!fp) {
        *err_msg = strdup(strerror(errno));
        return NULL;
    }
    size_t len;
    char *src = read_all(fp, &len);
    fclose(fp);
    WpcJob job = {py_path, wpc_parse_warp_version(warp_version ? warp_version : "1.16.0"), cuda ? WPC_EMIT_CUDA : WPC_EMIT_CPP};
    if (!job.warp_minor)
        job.warp_minor = 16;
    Arena *arena = arena_new();
    Buf out = {0};
    Diag d = {0};
    char *res = NULL;
    if (wpc_compile(&job, src, len, arena, &out, &d)) {
        size_t n = strlen(py_path) + (d.msg ? strlen(d.msg) : 0) + 64;
        *err_msg = malloc(n);
        snprintf(*err_msg, n, "%s:%d:%d: error: %s", py_path, d.loc.line, d.loc.col, d.msg ? d.msg : "error");
    } else {
        res = malloc(out.len + 1);
        memcpy(res, out.data, out.len);
        res[out.len] = 0;
    }
    buf_free(&out);
    arena_free(arena);
    free(src);
    return res;
}

#ifdef WPC_EXEC_LLVM
/* This build of the driver has no LLVM (its start-up would cost every plain
 * compilation ~17 ms): execution and LLVM output are done by wpc-llvm, the
 * same driver with LLVM, installed next to this one. */
static int exec_llvm(char **argv) {
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 16);
    if (n <= 0) {
        fprintf(stderr, "wpc: cannot find wpc-llvm (no /proc/self/exe)\n");
        return 2;
    }
    self[n] = 0;
    char *slash = strrchr(self, '/');
    strcpy(slash ? slash + 1 : self, "wpc-llvm");
    execv(self, argv);
    fprintf(stderr, "wpc: cannot run '%s': %s\n", self, strerror(errno));
    return 2;
}
#endif

int main(int argc, char **argv) {
    if (argc >= 2 && !strcmp(argv[1], "diff"))
        return wpc_diff_main(argc - 1, argv + 1, diff_compile, NULL);
#ifdef WPC_EXEC_LLVM
    if (argc >= 2 && !strcmp(argv[1], "run"))
        return exec_llvm(argv);
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--emit=llvm") || !strcmp(argv[i], "--emit=llvm-opt"))
            return exec_llvm(argv);
#else
    if (argc >= 2 && !strcmp(argv[1], "run"))
        return wpc_run_main(argc - 1, argv + 1);
#endif
    WpcJob job = {0};
    const char *path;
    job.warp_minor = 16;
    job.emit = WPC_EMIT_CPP;
    const char *out_path = NULL, *file = NULL;
    int emit_llvm = 0; /* --emit=llvm (1) / llvm-opt (2): runtime/jit.c */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage, stdout);
            return 0;
        } else if (!strcmp(a, "--version")) {
            printf("wpc %s (Warp 1.16.0, 1.10.1)\n", WPC_VERSION);
            return 0;
        } else if (!strncmp(a, "--emit=", 7)) {
            const char *e = a + 7;
            if (!strcmp(e, "cpp")) job.emit = WPC_EMIT_CPP;
            else if (!strcmp(e, "cuda") || !strcmp(e, "cu")) job.emit = WPC_EMIT_CUDA;
            else if (!strcmp(e, "ir")) job.emit = WPC_EMIT_IR;
            else if (!strcmp(e, "both") || !strcmp(e, "cpp,cuda")) job.emit = WPC_EMIT_BOTH;
            else if (!strcmp(e, "llvm") || !strcmp(e, "llvm-opt")) job.emit = WPC_EMIT_IR, emit_llvm = e[4] ? 2 : 1;
            else {
                fprintf(stderr, "wpc: unknown --emit value '%s' (cpp, cuda or ir)\n", e);
                return 2;
            }
        } else if (!strcmp(a, "-o") || !strcmp(a, "--warp-version") || !strcmp(a, "--source-name") ||
                   !strcmp(a, "--block-dim")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "wpc: option '%s' needs a value\n%s", a, usage);
                return 2;
            }
            const char *v = argv[++i];
            if (!strcmp(a, "-o")) out_path = v;
            else if (!strcmp(a, "--source-name")) job.source_name = v;
            else if (!strcmp(a, "--block-dim")) {
                char *end;
                long n = strtol(v, &end, 10);
                if (*end || n < 1 || n > 1024) {
                    fprintf(stderr, "wpc: --block-dim needs a number of threads from 1 to 1024, not '%s'\n", v);
                    return 2;
                }
                job.block_dim = (int)n;
            } else if (!(job.warp_minor = wpc_parse_warp_version(v))) {
                fprintf(stderr, "wpc: unsupported Warp version '%s' (1.16.0 or 1.10.1)\n", v);
                return 2;
            }
        } else if (!strncmp(a, "--warp-version=", 15)) {
            if (!(job.warp_minor = wpc_parse_warp_version(a + 15))) {
                fprintf(stderr, "wpc: unsupported Warp version '%s' (1.16.0 or 1.10.1)\n", a + 15);
                return 2;
            }
        } else if (!strncmp(a, "--source-name=", 14)) {
            job.source_name = a + 14;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "wpc: unknown option '%s'\n%s", a, usage);
            return 2;
        } else if (file) {
            fprintf(stderr, "wpc: more than one input file\n%s", usage);
            return 2;
        } else {
            file = a;
        }
    }
    if (!file) {
        fputs(usage, stderr);
        return 2;
    }
    path = strcmp(file, "-") ? file : "<stdin>";
    if (!job.source_name)
        job.source_name = path;
    FILE *fp = strcmp(file, "-") ? fopen(file, "rb") : stdin;
    if (!fp) {
        fprintf(stderr, "wpc: cannot open '%s': %s\n", file, strerror(errno));
        return 1;
    }
    size_t len;
    char *src = read_all(fp, &len);
    if (fp != stdin)
        fclose(fp);
    if (!src) {
        fprintf(stderr, "wpc: cannot read '%s'\n", file);
        return 1;
    }
    if (memchr(src, 0, len)) {
        fprintf(stderr, "%s:1:1: error: source contains NUL bytes\n", path);
        free(src);
        return 1;
    }
    /* the output stem: FILE (without .py) in the current directory, or -o */
    char *stem;
    if (out_path && job.emit == WPC_EMIT_BOTH) {
        if (!strcmp(out_path, "-")) {
            fprintf(stderr, "wpc: --emit=both writes two files; -o - is not possible\n");
            free(src);
            return 2;
        }
        stem = strdup(out_path);
    } else {
        const char *base = strrchr(file, '/');
        base = base ? base + 1 : file;
        if (!strcmp(file, "-"))
            base = "stdin.py";
        size_t n = strlen(base);
        if (n > 3 && !strcmp(base + n - 3, ".py"))
            n -= 3;
        stem = strndup(base, n);
    }
    Arena *arena = arena_new();
    Buf out = {0}, out2 = {0};
    Diag d = {0};
#ifdef WPC_EXEC_LLVM
    int rc = emit_llvm ? 2 /* handled by wpc-llvm above */
#else
    int rc = emit_llvm ? wpc_compile_llvm(&job, src, len, arena, emit_llvm == 2, &out, &d)
#endif
           : job.emit == WPC_EMIT_BOTH ? wpc_compile_both(&job, src, len, arena, &out, &out2, &d)
                                       : wpc_compile(&job, src, len, arena, &out, &d);
    if (rc) {
        print_diag(path, src, len, &d);
    } else {
        /* every output is complete before the first is written */
        const char *ext = emit_llvm ? ".ll" : job.emit == WPC_EMIT_CUDA ? ".cu" : job.emit == WPC_EMIT_IR ? ".ir" : ".cpp";
        char *p1 = out_path && job.emit != WPC_EMIT_BOTH ? strdup(out_path) : malloc(strlen(stem) + 8);
        if (!(out_path && job.emit != WPC_EMIT_BOTH))
            sprintf(p1, "%s%s", stem, ext);
        char *p2 = malloc(strlen(stem) + 8);
        sprintf(p2, "%s.cu", stem);
        if (write_output(p1, &out) || (job.emit == WPC_EMIT_BOTH && write_output(p2, &out2))) {
            fprintf(stderr, "wpc: cannot write '%s': %s\n", p1, strerror(errno));
            rc = 1;
        }
        free(p1);
        free(p2);
    }
    free(stem);
    buf_free(&out2);
    buf_free(&out);
    arena_free(arena);
    free(src);
    return rc;
}
