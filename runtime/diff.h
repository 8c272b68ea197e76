/* diff.h: `wpc diff`, comparing wpc's output with real Warp's. */
#ifndef WPC_DIFF_H
#define WPC_DIFF_H

#include <stdio.h>

/* Compiles py_path for Warp `warp_version` ("1.16.0"/"1.10.1"), CPU or CUDA;
 * returns malloc'd module source, or NULL with a malloc'd message. */
typedef char *(*WpcCompileFn)(void *ctx, const char *py_path, const char *warp_version, int cuda, char **err_msg);

/* argv[0] is "diff". Returns 0 identical, 1 differs, 2 error; never exits. */
int wpc_diff_main(int argc, char **argv, WpcCompileFn compile, void *ctx);

/* The pure pieces, for tests. */
typedef struct DiffItem {
    char *name; /* `struct X`, a function name, `entry X_cpu_forward` */
    char *text; /* the item with the comment lines above it */
} DiffItem;

typedef struct DiffModule {
    char *header; /* defines and includes before the first item */
    DiffItem *items;
    int n, cap;
} DiffModule;

DiffModule diff_split(const char *text);
void diff_module_free(DiffModule *m);
char *diff_normalize_paths(const char *text);
/* Prints the per-item report and diffs; returns 1 if the modules differ. */
int diff_compare(FILE *out, const char *ours, const char *theirs, int normalize, int color, const char *label_a,
                 const char *label_b);
void diff_unified(FILE *out, const char *ours, const char *theirs, const char *label_a, const char *label_b, int color);
void diff_module_name(const char *py_path, char *out, size_t n);
const char *arena_label(const char *file, const char *item);

#endif
