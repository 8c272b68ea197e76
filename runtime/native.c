/* native.c: @wp.func_native C++ snippets on the CPU.
 *
 * Approach: the snippets are C++ written for Warp's native headers, so they
 * are compiled as C++, not lowered: wpc's own header (backends/wpclib/
 * native.hpp, embedded) followed by the functions and wrappers the LLVM
 * lowering asks for (llvm_native_source) go to the system's C++ compiler
 * ($CXX, else c++) as one shared library, which is loaded with dlopen; the
 * JIT binds the wrappers' addresses (jit.c).  The files live in a fresh
 * temporary folder removed before returning.  A snippet that does not
 * compile is an error of the kernels calling it, with the compiler's first
 * error line. */
#include "runtime/runtime.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* the first line of the compiler's messages that says error, else its first line */
static void first_error(const char *path, char *err, size_t errlen) {
    FILE *f = fopen(path, "r");
    char line[512], first[512] = "";
    if (f) {
        while (fgets(line, sizeof line, f)) {
            line[strcspn(line, "\n")] = 0;
            if (!first[0])
                snprintf(first, sizeof first, "%s", line);
            if (strstr(line, "error")) {
                snprintf(first, sizeof first, "%s", line);
                break;
            }
        }
        fclose(f);
    }
    snprintf(err, errlen, "%s", first[0] ? first : "the C++ compiler failed");
}

void *wpc_native_build(const char *src, size_t len, char *err, size_t errlen) {
    char dir[] = "/tmp/wpc-native-XXXXXX";
    if (!mkdtemp(dir)) {
        snprintf(err, errlen, "cannot make a temporary folder: %s", strerror(errno));
        return NULL;
    }
    char cpp[64], so[64], log[64];
    snprintf(cpp, sizeof cpp, "%s/n.cpp", dir);
    snprintf(so, sizeof so, "%s/n.so", dir);
    snprintf(log, sizeof log, "%s/n.log", dir);
    void *h = NULL;
    FILE *f = fopen(cpp, "w");
    if (!f || fwrite(src, 1, len, f) != len || fclose(f)) {
        snprintf(err, errlen, "cannot write %s", cpp);
        goto done;
    }
    const char *cxx = getenv("CXX");
    if (!cxx || !*cxx)
        cxx = "c++";
    pid_t pid = fork();
    if (pid < 0) {
        snprintf(err, errlen, "fork: %s", strerror(errno));
        goto done;
    }
    if (pid == 0) {
        int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        execlp(cxx, cxx, "-std=c++17", "-O2", "-fPIC", "-shared", "-w", "-o", so, cpp, (char *)NULL);
        fprintf(stderr, "error: cannot run the C++ compiler %s: %s\n", cxx, strerror(errno));
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status)) {
        first_error(log, err, errlen);
        goto done;
    }
    h = dlopen(so, RTLD_NOW | RTLD_LOCAL);
    if (!h)
        snprintf(err, errlen, "dlopen: %s", dlerror());
done:
    unlink(cpp), unlink(so), unlink(log);
    rmdir(dir);
    return h;
}

void *wpc_native_symbol(void *lib, const char *name) { return lib ? dlsym(lib, name) : NULL; }

void wpc_native_free(void *lib) {
    if (lib)
        dlclose(lib);
}
