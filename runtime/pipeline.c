/* pipeline.c: source text -> module source, the whole pipeline in one call:
 * parse (frontend), module picture (frontend), IR build (ir), hashes (ir),
 * Warp printer or IR dump (backends).  Everything lives in the caller's
 * arena, so a compilation is freed with one arena_free. */
#include "runtime/runtime.h"

#include "backends/backends.h"
#include "frontend/frontend.h"

#include <string.h>

int wpc_parse_warp_version(const char *v) {
    if (!strcmp(v, "1.16.0") || !strcmp(v, "v1.16.0") || !strcmp(v, "1.16"))
        return 16;
    if (!strcmp(v, "1.10.1") || !strcmp(v, "v1.10.1") || !strcmp(v, "1.10"))
        return 10;
    return 0;
}

int wpc_compile(const WpcJob *job, const char *src, size_t len, Arena *arena, Buf *out, Diag *diag) {
    if (job->emit == WPC_EMIT_IR)
        return wpc_compile_both(job, src, len, arena, out, NULL, diag);
    return wpc_compile_both(job, src, len, arena, job->emit == WPC_EMIT_CPP ? out : NULL,
                            job->emit == WPC_EMIT_CUDA ? out : NULL, diag);
}

/* parse, module picture, IR, verifier, hashes: everything before printing */
static int build(const WpcJob *job, const char *src, size_t len, Arena *arena, IrModule **mout, FeModule **fmout,
                 IrFunc ***funcs, int *nfuncs, int **structs, int *nstructs, Diag *diag) {
    IrModule *m = ir_module_new(arena, job->warp_minor ? job->warp_minor : 16);
    /* Warp's module name: the file stem, characters outside [A-Za-z0-9_] as '_' */
    const char *base = job->source_name ? strrchr(job->source_name, '/') : NULL;
    base = base ? base + 1 : job->source_name ? job->source_name : "module";
    size_t bl = strlen(base);
    if (bl > 3 && !strcmp(base + bl - 3, ".py"))
        bl -= 3;
    char *mod = arena_strndup(arena, base, bl);
    for (char *c = mod; *c; c++)
        if (!(*c == '_' || (*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z')))
            *c = '_';
    m->module_name = mod;
    AstFile *f = ast_parse(arena, src, len, diag);
    if (!f)
        return 1;
    FeModule *fm = fe_module_load(m, f, diag);
    if (!fm)
        return 1;
    if (job->block_dim > 0)
        fm->block_dim = job->block_dim;
    int nkernels = 0, elsewhere = 0;
    for (int i = 0; i < fm->ndefs; i++) {
        if (fm->defs[i].kind != DEF_KERNEL)
            continue;
        int other = 0;
        for (int o = 0; o < fm->defs[i].nopts; o++)
            other |= !strcmp(fm->defs[i].opts[o].name, "module");
        elsewhere += other;
        nkernels += !other;
    }
    if (!nkernels) {
        /* Warp builds (and writes) nothing for a module without kernels */
        diag->loc = (SrcLoc){1, 1};
        diag->msg = arena_strdup(arena, elsewhere ? "every @wp.kernel of this file is in a module of its own "
                                                    "(module=...): Warp generates no module for the file itself"
                                                  : "no @wp.kernel found in this file (Warp generates no module for it)");
        return 1;
    }
    if (ir_build_module(m, fm, diag, funcs, nfuncs, structs, nstructs))
        return 1;
    /* the verifier runs on every compilation: it is linear and cheap */
    for (int i = 0; i < m->nfuncs; i++) {
        char err[256];
        if (ir_verify(m, m->funcs[i], err, sizeof err)) {
            diag->loc = (SrcLoc){m->funcs[i]->def_lineno, 1};
            diag->msg = arena_printf(arena, "internal error: IR verification failed: %s", err);
            return 1;
        }
    }
    ir_hash_module(m, fm);
    *mout = m;
    *fmout = fm;
    return 0;
}

int wpc_build_ir(const WpcJob *job, const char *src, size_t len, Arena *arena, IrModule **out, Diag *diag) {
    FeModule *fm;
    IrFunc **funcs;
    int nfuncs, *structs, nstructs;
    return build(job, src, len, arena, out, &fm, &funcs, &nfuncs, &structs, &nstructs, diag);
}

int wpc_compile_both(const WpcJob *job, const char *src, size_t len, Arena *arena, Buf *cpp, Buf *cu, Diag *diag) {
    IrModule *m;
    FeModule *fm;
    IrFunc **funcs;
    int nfuncs, *structs, nstructs;
    if (build(job, src, len, arena, &m, &fm, &funcs, &nfuncs, &structs, &nstructs, diag))
        return 1;
    if (job->emit == WPC_EMIT_IR) {
        ir_dump(m, cpp);
        return 0;
    }
    WarpModuleInfo info = {0};
    info.source_name = job->source_name;
    info.funcs = funcs;
    info.nfuncs = nfuncs;
    info.kernels = arena_alloc(arena, sizeof(IrFunc *) * (m->nfuncs + 1));
    for (int i = 0; i < m->nfuncs; i++)
        if (m->funcs[i]->kind == IRK_KERNEL)
            info.kernels[info.nkernels++] = m->funcs[i];
    info.structs = structs;
    info.nstructs = nstructs;
    info.block_dim = fm->block_dim;
    info.enable_backward = fm->enable_backward;
    if (cpp)
        warp_print_module(m, &info, WARP_CPU, cpp);
    if (cu && m->cuda_unsupported) {
        diag->loc = m->cuda_unsupported_loc;
        diag->msg = arena_printf(arena, "wp.%s is not supported for CUDA (Warp builds its CUDA code with libmathdx); "
                                 "wpc writes its CPU code only", m->cuda_unsupported);
        return 1;
    }
    if (cu)
        warp_print_module(m, &info, WARP_CUDA, cu);
    return 0;
}
