/* jit.c: running kernels on the CPU: the IR lowered to LLVM (backends/llvm.c),
 * compiled in-process by ORC LLJIT, and launched over a grid.
 *
 * Approach: one JIT session (WpcJit) owns one LLVM context and one LLJIT.
 * Sources added to it are built to IR (the pipeline up to the hashes), each
 * lowered into its own LLVM module (so a module that fails to lower is
 * simply dropped) and linked into one batch module; compiling the batch runs
 * the O2 pipeline once for the host CPU and hands the whole batch to LLJIT,
 * so thousands of kernels cost one optimisation and one code generation.
 * The C library functions the lowered code calls (libm, printf) are bound
 * as absolute symbols, and so are the wrappers of @wp.func_native snippets,
 * compiled as C++ when their source is added (native.c).  A launch fills Warp's launch bounds (the grid padded
 * to the kernel's wp.tid() dimensions, extra dimensions folded into
 * coord_mult) and runs the entry point over the task range, split across
 * threads when asked (the kernels are then compiled with atomic
 * read-modify-writes).  Arrays are Warp's array_t over plain host memory. */
#include "runtime/runtime.h"

#include "backends/backends.h"
#include "frontend/frontend.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Support.h>
#include <llvm-c/Linker.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- host target ------------------------------------------------------------ */
static pthread_once_t target_once = PTHREAD_ONCE_INIT;
static int target_ok;

/* No SLP vectorisation in the O2 pipeline: it packs the two-lane
 * recurrences of scalar kernels into vectors that cost shuffles every
 * iteration (tests/bench/jit_bench, AMD EPYC: mandel 1.66x the C loop with
 * it, 0.99x without; nbody 0.91x -> 1.10x).  LLVM 19's C pass-builder option
 * (LLVMPassBuilderOptionsSetSLPVectorization) leaves default<O2>'s SLP pass
 * in place, so the pass's own switch is set, once per process. */
static void target_init(void) {
    target_ok = !LLVMInitializeNativeTarget() && !LLVMInitializeNativeAsmPrinter();
    const char *argv[2] = {"wpc", "-vectorize-slp=false"};
    LLVMParseCommandLineOptions(2, argv, NULL);
}

static LLVMTargetMachineRef host_machine(LLVMCodeGenOptLevel level, char *err, size_t errlen) {
    pthread_once(&target_once, target_init);
    if (!target_ok) {
        snprintf(err, errlen, "LLVM has no native target");
        return NULL;
    }
    char *triple = LLVMGetDefaultTargetTriple();
    LLVMTargetRef target;
    char *msg = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &msg)) {
        snprintf(err, errlen, "LLVM target %s: %s", triple, msg ? msg : "?");
        LLVMDisposeMessage(msg);
        LLVMDisposeMessage(triple);
        return NULL;
    }
    char *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, cpu, features, level,
                                                      LLVMRelocDefault, LLVMCodeModelJITDefault);
    LLVMDisposeMessage(cpu);
    LLVMDisposeMessage(features);
    LLVMDisposeMessage(triple);
    if (!tm)
        snprintf(err, errlen, "cannot create the LLVM target machine");
    return tm;
}

/* position-independent code for objects handed to the JIT linker (external
 * calls and data through its stubs and GOT) */
static LLVMTargetMachineRef host_machine_pic(LLVMCodeGenOptLevel level, char *err, size_t errlen) {
    char *triple = LLVMGetDefaultTargetTriple();
    LLVMTargetRef target;
    char *msg = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &msg)) {
        snprintf(err, errlen, "LLVM target %s: %s", triple, msg ? msg : "?");
        LLVMDisposeMessage(msg);
        LLVMDisposeMessage(triple);
        return NULL;
    }
    char *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
    LLVMTargetMachineRef tm =
        LLVMCreateTargetMachine(target, triple, cpu, features, level, LLVMRelocPIC, LLVMCodeModelSmall);
    LLVMDisposeMessage(cpu);
    LLVMDisposeMessage(features);
    LLVMDisposeMessage(triple);
    if (!tm)
        snprintf(err, errlen, "cannot create the LLVM target machine");
    return tm;
}

static void module_target(LLVMModuleRef mod, LLVMTargetMachineRef tm) {
    char *triple = LLVMGetTargetMachineTriple(tm);
    LLVMSetTarget(mod, triple);
    LLVMDisposeMessage(triple);
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
    LLVMSetModuleDataLayout(mod, td);
    LLVMDisposeTargetData(td);
}

/* the IR pipeline: O2, or a short one when compile time matters more
 * (validating generated kernels): the slots to registers and one
 * instcombine, which halves the work of the unoptimised code generator
 * after it; no inlining (measured on 1000 generated kernels: 0.70 ms per
 * kernel against 1.03 ms with always-inline, globaldce, early-cse and
 * simplifycfg added) */
#define FAST_PIPELINE "function(sroa,instcombine<no-verify-fixpoint>)"

static int optimize(LLVMModuleRef mod, LLVMTargetMachineRef tm, int fast, char *err, size_t errlen) {
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    const char *pipe = getenv("WPC_JIT_PIPELINE");
    LLVMErrorRef e = LLVMRunPasses(mod, pipe ? pipe : fast ? FAST_PIPELINE : "default<O2>", tm, po);
    LLVMDisposePassBuilderOptions(po);
    if (e) {
        char *msg = LLVMGetErrorMessage(e);
        snprintf(err, errlen, "LLVM optimisation: %s", msg);
        LLVMDisposeErrorMessage(msg);
        return -1;
    }
    return 0;
}

/* lowers the kernels of m into a fresh module of ctx; verified */
static LLVMModuleRef lower_one(IrModule *m, LLVMContextRef ctx, LLVMTargetMachineRef tm, const WlOptions *opt,
                               Arena *arena, WlKernel **ks, int *nk, char *err, size_t errlen) {
    LLVMModuleRef mod = LLVMModuleCreateWithNameInContext(m->module_name ? m->module_name : "wpc", ctx);
    module_target(mod, tm);
    if (llvm_lower_module(m, mod, opt, arena, ks, nk, err, errlen)) {
        LLVMDisposeModule(mod);
        return NULL;
    }
    char *msg = NULL;
    if (LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg)) {
        snprintf(err, errlen, "internal error: LLVM verification failed: %.400s", msg ? msg : "");
        LLVMDisposeMessage(msg);
        LLVMDisposeModule(mod);
        return NULL;
    }
    LLVMDisposeMessage(msg);
    return mod;
}

/* the library of backends/wpclib built once per process (read-only afterwards, shared by
 * every thread's lowering); NULL if it does not build, which only makes
 * the builtins it implements unsupported */
static IrModule *lib_module;
static void lib_build(void) {
    Arena *a = arena_new();
    WpcJob job = {"wpclib.py", 16, WPC_EMIT_CPP};
    Diag d = {0};
    if (wpc_build_ir(&job, wpc_lib_source, wpc_lib_source_len, a, &lib_module, &d)) {
        fprintf(stderr, "wpc: internal error: wpclib.py:%d:%d: %s\n", d.loc.line, d.loc.col, d.msg ? d.msg : "?");
        lib_module = NULL;
    }
}
static const IrModule *lib(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, lib_build);
    return lib_module;
}

int wpc_compile_llvm(const WpcJob *job, const char *src, size_t len, Arena *arena, int optimized, Buf *out,
                     Diag *diag) {
    IrModule *m;
    WpcJob cpu = *job;
    cpu.block_dim = WPC_CPU_BLOCK_DIM;
    if (wpc_build_ir(&cpu, src, len, arena, &m, diag))
        return 1;
    char err[512];
    LLVMTargetMachineRef tm = host_machine(LLVMCodeGenLevelDefault, err, sizeof err);
    if (!tm) {
        diag->loc = (SrcLoc){1, 1};
        diag->msg = arena_strdup(arena, err);
        return 1;
    }
    LLVMContextRef ctx = LLVMContextCreate();
    WlOptions opt = {"", 0, 0, lib(), 0};
    WlKernel *ks;
    int nk;
    LLVMModuleRef mod = lower_one(m, ctx, tm, &opt, arena, &ks, &nk, err, sizeof err);
    int rc = 0;
    if (!mod || (optimized && optimize(mod, tm, 0, err, sizeof err))) {
        diag->loc = (SrcLoc){1, 1};
        diag->msg = arena_strdup(arena, err);
        rc = 1;
    } else {
        char *s = LLVMPrintModuleToString(mod);
        buf_puts(out, s);
        LLVMDisposeMessage(s);
    }
    if (mod)
        LLVMDisposeModule(mod);
    LLVMContextDispose(ctx);
    LLVMDisposeTargetMachine(tm);
    return rc;
}

/* ---- the JIT session ----------------------------------------------------------- */
/* The pending batch is split into shards, one LLVM context and module
 * each, so that compiling the batch runs the IR pipeline and code
 * generation of the shards on as many threads; the resulting objects are
 * added to LLJIT, which links them. */
#define MAX_SHARDS 32
typedef struct Shard {
    LLVMContextRef ctx;
    LLVMModuleRef mod;       /* lowered since the last compile, or NULL */
    size_t weight;           /* instructions lowered into it (load balance) */
    LLVMMemoryBufferRef obj; /* compile output */
    char err[512];
    int failed;
    int busy;                /* a wpc_jit_add is lowering into it */
} Shard;

struct WpcJit {
    LLVMOrcLLJITRef jit;
    LLVMTargetMachineRef tm; /* host target, O2 code generation: layouts, --emit=llvm */
    Shard shards[MAX_SHARDS];
    int nshards, nbatch, seq;
    unsigned flags;
    void **natives;          /* the loaded libraries of @wp.func_native snippets */
    int nnatives;
    pthread_mutex_t lock;    /* wpc_jit_add may be called from several threads */
    pthread_cond_t shard_freed;
};

/* out-of-bounds accesses of bounds-checked kernels: counted here, and
 * redirected to the scratch block */
uint64_t wpc_rt_oob_count;
unsigned char wpc_rt_scratch[4096] __attribute__((aligned(64)));

/* the C library functions lowered code may call (libm, printf, and what
 * LLVM itself emits: memcpy/memset, fmod for frem...) */
#define HOST_SYMBOLS(X)                                                                                          \
    X(sinf) X(cosf) X(tanf) X(asinf) X(acosf) X(atanf) X(atan2f) X(sinhf) X(coshf) X(tanhf) X(expf) X(logf)       \
    X(log2f) X(log10f) X(powf) X(cbrtf) X(erff) X(erfcf) X(fmodf) X(sqrtf) X(floorf) X(ceilf) X(roundf) X(rintf)  \
    X(truncf) X(fmaf) X(fabsf) X(copysignf) X(sin) X(cos) X(tan) X(asin) X(acos) X(atan) X(atan2) X(sinh) X(cosh) \
    X(tanh) X(exp) X(log) X(log2) X(log10) X(pow) X(cbrt) X(erf) X(erfc) X(fmod) X(sqrt) X(floor) X(ceil)         \
    X(round) X(rint) X(trunc) X(fma) X(fabs) X(copysign) X(printf) X(memcpy) X(memset) X(memmove)

static int add_host_symbols(LLVMOrcLLJITRef jit, char *err, size_t errlen) {
    static const struct {
        const char *name;
        void *addr;
        int data;
    } syms[] = {
#define X(s) {#s, (void *)&s, 0},
        HOST_SYMBOLS(X)
#undef X
        {"wpc_rt_oob_count", (void *)&wpc_rt_oob_count, 1},
        {"wpc_rt_scratch", (void *)wpc_rt_scratch, 1},
    };
    size_t n = sizeof syms / sizeof syms[0];
    LLVMOrcCSymbolMapPair *pairs = calloc(n, sizeof *pairs);
    if (!pairs) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    char prefix = LLVMOrcLLJITGetGlobalPrefix(jit);
    for (size_t i = 0; i < n; i++) {
        char name[64];
        snprintf(name, sizeof name, "%s%s", prefix ? (char[]){prefix, 0} : "", syms[i].name);
        pairs[i].Name = LLVMOrcLLJITMangleAndIntern(jit, name);
        pairs[i].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)syms[i].addr;
        pairs[i].Sym.Flags.GenericFlags =
            LLVMJITSymbolGenericFlagsExported | (syms[i].data ? 0 : LLVMJITSymbolGenericFlagsCallable);
        pairs[i].Sym.Flags.TargetFlags = 0;
    }
    LLVMOrcMaterializationUnitRef mu = LLVMOrcAbsoluteSymbols(pairs, n);
    free(pairs);
    LLVMErrorRef e = LLVMOrcJITDylibDefine(LLVMOrcLLJITGetMainJITDylib(jit), mu);
    if (e) {
        char *msg = LLVMGetErrorMessage(e);
        snprintf(err, errlen, "JIT symbols: %s", msg);
        LLVMDisposeErrorMessage(msg);
        return -1;
    }
    return 0;
}

static void jit_error(LLVMErrorRef e, const char *what, char *err, size_t errlen) {
    char *msg = LLVMGetErrorMessage(e);
    snprintf(err, errlen, "%s: %s", what, msg);
    LLVMDisposeErrorMessage(msg);
}

WpcJit *wpc_jit_new(unsigned flags, char *err, size_t errlen) {
    WpcJit *j = calloc(1, sizeof *j);
    if (!j) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    j->flags = flags;
    j->tm = host_machine(LLVMCodeGenLevelDefault, err, errlen);
    LLVMTargetMachineRef cgtm = j->tm ? host_machine(flags & WPC_JIT_FAST ? LLVMCodeGenLevelNone : LLVMCodeGenLevelDefault,
                                                     err, errlen) : NULL;
    if (!cgtm) {
        if (j->tm)
            LLVMDisposeTargetMachine(j->tm);
        free(j);
        return NULL;
    }
    LLVMOrcLLJITBuilderRef jb = LLVMOrcCreateLLJITBuilder();
    /* code generation for the host CPU at the chosen level */
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(jb, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(cgtm));
    LLVMErrorRef e = LLVMOrcCreateLLJIT(&j->jit, jb);
    if (e) {
        jit_error(e, "JIT", err, errlen);
        LLVMDisposeTargetMachine(j->tm);
        free(j);
        return NULL;
    }
    if (add_host_symbols(j->jit, err, errlen)) {
        wpc_jit_free(j);
        return NULL;
    }
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    const char *env = getenv("WPC_JIT_THREADS");
    j->nshards = env ? atoi(env) : ncpu > 0 ? (int)ncpu : 1;
    if (j->nshards < 1)
        j->nshards = 1;
    if (j->nshards > MAX_SHARDS)
        j->nshards = MAX_SHARDS;
    for (int i = 0; i < j->nshards; i++)
        j->shards[i].ctx = LLVMContextCreate();
    pthread_mutex_init(&j->lock, NULL);
    pthread_cond_init(&j->shard_freed, NULL);
    return j;
}

void wpc_jit_free(WpcJit *j) {
    if (!j)
        return;
    if (j->jit)
        LLVMOrcDisposeLLJIT(j->jit);
    for (int i = 0; i < j->nshards; i++) {
        if (j->shards[i].mod)
            LLVMDisposeModule(j->shards[i].mod);
        if (j->shards[i].obj)
            LLVMDisposeMemoryBuffer(j->shards[i].obj);
        LLVMContextDispose(j->shards[i].ctx);
    }
    if (j->tm)
        LLVMDisposeTargetMachine(j->tm);
    for (int i = 0; i < j->nnatives; i++)
        wpc_native_free(j->natives[i]);
    free(j->natives);
    pthread_mutex_destroy(&j->lock);
    pthread_cond_destroy(&j->shard_freed);
    free(j);
}

/* removes everything a failed lowering added to the batch (its symbols
 * carry the module's prefix): uses first, then the functions */
static void drop_prefixed(LLVMModuleRef mod, const char *prefix) {
    size_t n = strlen(prefix);
    for (int pass = 0; pass < 2; pass++) {
        LLVMValueRef f = LLVMGetFirstFunction(mod);
        while (f) {
            LLVMValueRef next = LLVMGetNextFunction(f);
            size_t len;
            const char *name = LLVMGetValueName2(f, &len);
            if (len >= n && !strncmp(name, prefix, n)) {
                if (pass == 0)
                    LLVMReplaceAllUsesWith(f, LLVMGetPoison(LLVMTypeOf(f)));
                else
                    LLVMDeleteFunction(f);
            }
            f = next;
        }
    }
}

/* called in place of a snippet whose C++ did not compile (its kernels
 * carry the error and are never launched) */
static void native_missing(void **a, void *r) { (void)a, (void)r; }

/* the @wp.func_native snippets the kernels of m just lowered with prefix
 * call: compiled and loaded, their wrappers bound in the JIT; when they do
 * not compile, the kernels calling them fail with the compiler's error */
static int bind_natives(WpcJit *j, LLVMModuleRef mod, const char *prefix, IrModule *m, Arena *arena, WlKernel *ks,
                        int nk, char *err, size_t errlen) {
    int any = 0;
    for (int i = 0; i < nk; i++)
        any |= ks[i].native;
    if (!any)
        return 0;
    Buf src = {0};
    buf_puts(&src, "#line 1 \"native.hpp\"\n");
    buf_put(&src, wpc_native_header, wpc_native_header_len);
    llvm_native_source(m, mod, prefix, arena, &src);
    char cerr[512];
    void *lib = wpc_native_build(src.data, src.len, cerr, sizeof cerr);
    buf_free(&src);
    if (lib) {
        pthread_mutex_lock(&j->lock);
        void **nl = realloc(j->natives, sizeof *nl * (size_t)(j->nnatives + 1));
        if (nl) {
            j->natives = nl;
            j->natives[j->nnatives++] = lib;
        }
        pthread_mutex_unlock(&j->lock);
        if (!nl) {
            wpc_native_free(lib);
            snprintf(err, errlen, "out of memory");
            return -1;
        }
    } else {
        for (int i = 0; i < nk; i++)
            if (ks[i].native)
                ks[i].error = arena_printf(arena, "@wp.func_native: the C++ snippets do not compile: %s", cerr);
    }
    /* the wrappers of this module: declarations PREFIX..._native */
    size_t pn = strlen(prefix);
    char gp = LLVMOrcLLJITGetGlobalPrefix(j->jit);
    for (LLVMValueRef f = LLVMGetFirstFunction(mod); f; f = LLVMGetNextFunction(f)) {
        size_t len;
        const char *name = LLVMGetValueName2(f, &len);
        if (len < pn + 7 || strncmp(name, prefix, pn) || strcmp(name + len - 7, "_native") || LLVMCountBasicBlocks(f))
            continue;
        void *addr = wpc_native_symbol(lib, name);
        if (!addr)
            addr = (void *)native_missing;
        LLVMOrcCSymbolMapPair pair;
        pair.Name = LLVMOrcLLJITMangleAndIntern(j->jit, gp ? arena_printf(arena, "%c%s", gp, name) : name);
        pair.Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)addr;
        pair.Sym.Flags.GenericFlags = LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable;
        pair.Sym.Flags.TargetFlags = 0;
        LLVMErrorRef e = LLVMOrcJITDylibDefine(LLVMOrcLLJITGetMainJITDylib(j->jit), LLVMOrcAbsoluteSymbols(&pair, 1));
        if (e) {
            jit_error(e, "JIT symbols", err, errlen);
            return -1;
        }
    }
    return 0;
}

/* lowered straight into the shard's module (no linking) */
static int add_to_shard(WpcJit *j, Shard *sh, const char *prefix, IrModule *m, Arena *arena, WlKernel **kernels,
                        int *nkernels, char *err, size_t errlen) {
    WlOptions opt = {arena_strdup(arena, prefix), !!(j->flags & WPC_JIT_ATOMIC), !!(j->flags & WPC_JIT_BOUNDS_CHECK),
                     lib(), 0};
    if (!sh->mod) {
        sh->mod = LLVMModuleCreateWithNameInContext("wpc_batch", sh->ctx);
        module_target(sh->mod, j->tm);
    }
    LLVMModuleRef mod = sh->mod;
    LLVMValueRef last = LLVMGetLastFunction(mod);
    if (llvm_lower_module(m, mod, &opt, arena, kernels, nkernels, err, errlen)) {
        drop_prefixed(mod, prefix);
        return -1;
    }
    for (LLVMValueRef f = last ? LLVMGetNextFunction(last) : LLVMGetFirstFunction(mod); f; f = LLVMGetNextFunction(f)) {
        if (LLVMCountBasicBlocks(f) && LLVMVerifyFunction(f, LLVMReturnStatusAction)) {
            char *msg = NULL;
            LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg);
            snprintf(err, errlen, "internal error: LLVM verification failed: %.400s", msg ? msg : "");
            LLVMDisposeMessage(msg);
            drop_prefixed(mod, prefix);
            return -1;
        }
        for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(f); b; b = LLVMGetNextBasicBlock(b))
            for (LLVMValueRef in = LLVMGetFirstInstruction(b); in; in = LLVMGetNextInstruction(in))
                sh->weight++;
    }
    if (bind_natives(j, mod, prefix, m, arena, *kernels, *nkernels, err, errlen)) {
        drop_prefixed(mod, prefix);
        return -1;
    }
    return 0;
}

/* Callers may build IR and add it from several threads at once: each call
 * takes the lightest shard no other call is lowering into (one LLVM context
 * per shard, so concurrent lowerings never share one). */
int wpc_jit_add(WpcJit *j, IrModule *m, Arena *arena, WlKernel **kernels, int *nkernels, char *err, size_t errlen) {
    char prefix[32];
    pthread_mutex_lock(&j->lock);
    Shard *sh;
    for (;;) {
        sh = NULL;
        for (int i = 0; i < j->nshards; i++)
            if (!j->shards[i].busy && (!sh || j->shards[i].weight < sh->weight))
                sh = &j->shards[i];
        if (sh)
            break;
        pthread_cond_wait(&j->shard_freed, &j->lock);
    }
    sh->busy = 1;
    snprintf(prefix, sizeof prefix, "w%d_", j->seq++);
    pthread_mutex_unlock(&j->lock);
    int rc = add_to_shard(j, sh, prefix, m, arena, kernels, nkernels, err, errlen);
    pthread_mutex_lock(&j->lock);
    sh->busy = 0;
    j->nbatch += rc == 0;
    pthread_cond_signal(&j->shard_freed);
    pthread_mutex_unlock(&j->lock);
    return rc;
}

/* one shard: the IR pipeline and code generation to an object, on its own
 * thread with its own target machine */
typedef struct ShardJob {
    Shard *sh;
    unsigned flags;
} ShardJob;

static void *compile_shard(void *p) {
    ShardJob *job = p;
    Shard *sh = job->sh;
    int fast = !!(job->flags & WPC_JIT_FAST);
    LLVMTargetMachineRef tm = host_machine_pic(fast ? LLVMCodeGenLevelNone : LLVMCodeGenLevelDefault, sh->err,
                                               sizeof sh->err);
    if (!tm) {
        sh->failed = 1;
        return NULL;
    }
    if (optimize(sh->mod, tm, fast, sh->err, sizeof sh->err)) {
        sh->failed = 1;
    } else {
        char *msg = NULL;
        if (LLVMTargetMachineEmitToMemoryBuffer(tm, sh->mod, LLVMObjectFile, &msg, &sh->obj)) {
            snprintf(sh->err, sizeof sh->err, "code generation: %s", msg ? msg : "?");
            sh->failed = 1;
        }
        LLVMDisposeMessage(msg);
    }
    LLVMDisposeTargetMachine(tm);
    return NULL;
}

static const char *arena_printf_tmp(const char *base, int seq) {
    static char path[4096];
    snprintf(path, sizeof path, "%s.%d", base, seq);
    return path;
}

int wpc_jit_compile(WpcJit *j, char *err, size_t errlen) {
    ShardJob jobs[MAX_SHARDS];
    pthread_t th[MAX_SHARDS];
    int started[MAX_SHARDS] = {0}, n = 0;
    const char *dump = getenv("WPC_JIT_DUMP"); /* debugging: the batch before optimisation */
    for (int i = 0; i < j->nshards; i++) {
        Shard *sh = &j->shards[i];
        if (!sh->mod)
            continue;
        if (dump)
            LLVMPrintModuleToFile(sh->mod, arena_printf_tmp(dump, j->seq * 100 + i), NULL);
        sh->failed = 0;
        sh->err[0] = 0;
        jobs[i] = (ShardJob){sh, j->flags};
        n++;
    }
    /* the shards in parallel (the first on this thread) */
    int first = -1;
    for (int i = 0; i < j->nshards; i++) {
        if (!j->shards[i].mod)
            continue;
        if (first < 0) {
            first = i;
            continue;
        }
        started[i] = !pthread_create(&th[i], NULL, compile_shard, &jobs[i]);
        if (!started[i])
            compile_shard(&jobs[i]);
    }
    if (first >= 0)
        compile_shard(&jobs[first]);
    for (int i = 0; i < j->nshards; i++)
        if (started[i])
            pthread_join(th[i], NULL);
    int rc = 0;
    for (int i = 0; i < j->nshards; i++) {
        Shard *sh = &j->shards[i];
        if (!sh->mod)
            continue;
        LLVMDisposeModule(sh->mod);
        sh->mod = NULL;
        sh->weight = 0;
        if (sh->failed) {
            if (!rc)
                snprintf(err, errlen, "%s", sh->err);
            rc = -1;
            continue;
        }
        LLVMErrorRef e = LLVMOrcLLJITAddObjectFile(j->jit, LLVMOrcLLJITGetMainJITDylib(j->jit), sh->obj);
        sh->obj = NULL;
        if (e && !rc) {
            jit_error(e, "JIT", err, errlen);
            rc = -1;
        } else if (e) {
            LLVMConsumeError(e);
        }
    }
    j->nbatch = 0;
    (void)n;
    return rc;
}

WlEntryFn wpc_jit_entry(WpcJit *j, const WlKernel *k, char *err, size_t errlen) {
    if (k->error) {
        snprintf(err, errlen, "%s", k->error);
        return NULL;
    }
    LLVMOrcExecutorAddress addr = 0;
    LLVMErrorRef e = LLVMOrcLLJITLookup(j->jit, &addr, k->entry);
    if (e) {
        jit_error(e, "JIT lookup", err, errlen);
        return NULL;
    }
    WlEntryFn fn;
    uintptr_t a = (uintptr_t)addr;
    memcpy(&fn, &a, sizeof fn);
    return fn;
}

/* ---- launches ------------------------------------------------------------------------ */
typedef struct Task {
    WlEntryFn fn;
    const void *args;
    const WlBounds *bounds;
    uint64_t start, end;
} Task;

static void *run_task(void *p) {
    Task *t = p;
    t->fn(t->args, t->bounds, t->start, t->end);
    return NULL;
}

/* Warp's _build_launch_bounds_from_tuple: padded with 1 to the kernel's
 * tid() dimensions, extra dimensions folded into coord_mult */
void wpc_launch_bounds(const int64_t *dims, int ndim, int kernel_dim, WlBounds *b) {
    memset(b, 0, sizeof *b);
    int64_t padded[8];
    int np = 0;
    for (int i = 0; i < ndim && np < 8; i++)
        padded[np++] = dims[i];
    while (np < kernel_dim)
        padded[np++] = 1;
    uint64_t size = 1;
    for (int i = 0; i < kernel_dim && i < 4; i++) {
        b->shape[i] = (int32_t)padded[i];
        size *= (uint64_t)padded[i];
    }
    uint64_t cm = 1;
    for (int i = kernel_dim; i < np; i++)
        cm *= (uint64_t)padded[i];
    b->coord_mult = cm;
    b->size = size * cm;
}

int wpc_launch(WlEntryFn fn, const WlKernel *k, const void *args, const int64_t *dims, int ndim, int threads) {
    WlBounds b;
    wpc_launch_bounds(dims, ndim, k->dim, &b);
    if (!b.size)
        return 0;
    if (threads <= 1 || b.size < 2) {
        fn(args, &b, 0, b.size);
        return 0;
    }
    if ((uint64_t)threads > b.size)
        threads = (int)b.size;
    if (threads > 256)
        threads = 256;
    Task tasks[256];
    pthread_t th[256];
    uint64_t per = b.size / (uint64_t)threads, extra = b.size % (uint64_t)threads, at = 0;
    for (int i = 0; i < threads; i++) {
        uint64_t n = per + ((uint64_t)i < extra);
        tasks[i] = (Task){fn, args, &b, at, at + n};
        at += n;
    }
    int started = 0;
    for (int i = 1; i < threads; i++) {
        if (pthread_create(&th[i], NULL, run_task, &tasks[i]))
            break;
        started = i;
    }
    run_task(&tasks[0]);
    /* tasks whose thread failed to start run here */
    for (int i = started + 1; i < threads; i++)
        run_task(&tasks[i]);
    for (int i = 1; i <= started; i++)
        pthread_join(th[i], NULL);
    return 0;
}
