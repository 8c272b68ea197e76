/* diff.h: `wpc diff`, wpc's module source against the one real Warp wrote.
 *
 *   wpc diff FILE.py WARP_OUTPUT [--warp-version 1.16.0|1.10.1] [--normalize]
 *            [--color=auto|always|never]
 *
 * WARP_OUTPUT is a .cpp/.cu written by Warp or a Warp kernel-cache directory.
 * Exit status: 0 identical, 1 differs, 2 error.  Besides the entry point the
 * header exposes the pure pieces (splitting, comparing, line diff, locating
 * the module in a cache) so that they can be tested without the compiler. */
#ifndef WPC_DIFF_H
#define WPC_DIFF_H

#include <stddef.h>
#include <stdio.h>

/* Compiles py_path as Warp `warp_version` ("1.16.0" or "1.10.1") would, for
 * CUDA (cuda != 0, a .cu) or the CPU (a .cpp).  Returns the malloc'd module
 * source, or NULL with a malloc'd message in *err_msg. */
typedef char *(*WpcCompileFn)(void *ctx, const char *py_path, const char *warp_version, int cuda, char **err_msg);

/* argv[0] is "diff".  Parses the options, prints the report on stdout and
 * errors on stderr; returns 0 identical, 1 differs, 2 error; never exits. */
int wpc_diff_main(int argc, char **argv, WpcCompileFn compile, void *ctx);

/* The same, writing to `out` and `err` (colour "auto" looks at `out`). */
int diff_main_to(int argc, char **argv, WpcCompileFn compile, void *ctx, FILE *out, FILE *err);

/* ---- splitting a module into chunks ---- */

typedef enum DiffKind {
    DIFF_HEADER,          /* the defines and includes before the first item */
    DIFF_STRUCT,          /* struct X { ... }; (a @wp.struct) */
    DIFF_ARGS,            /* struct wp_args_<kernel>_<hash> { ... }; */
    DIFF_FUNC,            /* a @wp.func forward: static ... name_0(...) */
    DIFF_ADJOINT,         /* its adjoint: static ... adj_name_0(...) */
    DIFF_HELPER,          /* a struct's non-static helper (add, adj_atomic_add) */
    DIFF_KERNEL_FORWARD,  /* ..._cpu_kernel_forward / ..._cuda_kernel_forward */
    DIFF_KERNEL_BACKWARD, /* ..._cpu_kernel_backward / ..._cuda_kernel_backward */
    DIFF_ENTRY,           /* extern "C" { WP_API void ..._cpu_forward(...) } */
    DIFF_OTHER,           /* any other top-level text */
    DIFF_TRAILER          /* what follows the last item (blank lines) */
} DiffKind;

typedef struct DiffChunk {
    DiffKind kind;
    char *name;  /* C name: sq_0, adj_sq_0, Params_9af1db20, k_3f2a..._cpu_forward */
    char *owner; /* DIFF_HELPER: the struct it follows; else "" */
    int dup;     /* 1, or 2, 3, ... for later chunks with the same kind, name, owner */
    int line;    /* 1-based line in the module where `pre` begins */
    char *pre;   /* the blank lines between the previous chunk and this one */
    char *text;  /* comment lines above the item, the item, through its last line */
} DiffChunk;

/* header + for each chunk (pre + text) + trailer == the module, byte for byte. */
typedef struct DiffModule {
    char *header;
    DiffChunk *chunks;
    int n;
    char *trailer;
} DiffModule;

/* Cuts `src` into chunks (top-level brace depth, skipping comments, string
 * and character literals and preprocessor lines).  Returns 0, or -1 when out
 * of memory (m is then empty). */
int diff_split(const char *src, DiffModule *m);
void diff_module_free(DiffModule *m);
/* "struct", "function", "kernel forward", ... */
const char *diff_kind_label(DiffKind kind);

/* A copy of src with the path of every `// path:line` comment replaced by
 * `<path>` (the line number stays).  malloc'd; NULL when out of memory. */
char *diff_normalize_paths(const char *src);

/* ---- comparing two modules ---- */

typedef enum DiffStatus { DIFF_IDENTICAL, DIFF_DIFFERS, DIFF_ONLY_OURS, DIFF_ONLY_THEIRS } DiffStatus;

typedef struct DiffEntry {
    DiffKind kind;
    const char *name;  /* the chunk's name (Warp's where both exist); "" for header/trailer */
    const char *owner; /* "" unless a struct helper */
    DiffStatus status;
    int ours, theirs; /* chunk indices, -1 where absent (and for header/trailer) */
    int gap_only;     /* differs only in the blank lines before it */
    int renamed;      /* matched with another hash in its name (ours' name differs) */
} DiffEntry;

typedef struct DiffReport {
    DiffModule ours, theirs; /* split after --normalize's path rewrite */
    DiffEntry *entries;      /* header, Warp's chunks in order, wpc's extras, trailer */
    int n;
    int n_differ;      /* entries that are not identical */
    int order_differs; /* matched chunks come in another order (never under normalize) */
    int differs;       /* the verdict: n_differ || order_differs */
    int normalize;
} DiffReport;

/* Compares wpc's module `ours` with Warp's `theirs`.  Without normalize the
 * verdict is "identical" exactly when the texts are byte-identical; with it
 * the order of the chunks, the blank lines between them and the paths in
 * `// path:line` comments are ignored.  Returns 0, or -1 when out of memory. */
int diff_compare(const char *ours, const char *theirs, int normalize, DiffReport *r);
/* The per-chunk report, then a unified diff of every chunk that differs
 * (Warp's text as `---`, wpc's as `+++`).  ANSI colours when color != 0. */
void diff_report_print(FILE *out, const DiffReport *r, const char *ours_label, const char *theirs_label, int color);
void diff_report_free(DiffReport *r);

/* ---- line diff ---- */

/* Unified diff (3 lines of context) turning a into b, `--- label_a`,
 * `+++ label_b`; line_a/line_b are the file line numbers of the first lines
 * of a and b.  Prints nothing when a and b are equal.  Red/green, cyan hunk
 * headers when color != 0. */
void diff_unified(FILE *out, const char *a, const char *b, const char *label_a, const char *label_b, int line_a,
                  int line_b, int color);
/* A minimal edit script from a to b: one char per step, ' ' (keep a line),
 * '-' (drop a line of a), '+' (insert a line of b); malloc'd, NUL-terminated. */
char *diff_line_script(const char *a, const char *b);

/* ---- finding Warp's output ---- */

/* Warp's module name for a Python file: its stem, with each character outside
 * [A-Za-z0-9_] replaced by '_'.  malloc'd. */
char *diff_module_name(const char *py_path);
/* The newest (by mtime) directory wp_<module>_<hexhash> holding
 * wp_<module>_<hexhash>.cpp or .cu: `root` itself, or one up to two levels
 * below it (<root>/<version>/wp_...).  Returns the malloc'd directory and the
 * number of candidates in *n_found, or NULL. */
char *diff_find_cache_dir(const char *root, const char *module, int *n_found);
/* "1.16.0" / "1.10.1" from a path component `1.16.0` or `v1.10.1` (the one
 * nearest the file wins), else NULL. */
const char *diff_version_from_path(const char *path);
/* "1.16.0" when the module starts with `#define WP_NO_BFLOAT16` or includes
 * "deterministic.h", else "1.10.1". */
const char *diff_version_from_header(const char *src);

#endif
