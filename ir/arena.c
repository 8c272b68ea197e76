/* arena.c: the compilation arena and the growable byte buffer.
 *
 * The arena is a chain of malloc'd chunks with a bump pointer.  Every
 * allocation is zeroed and 16-aligned, so callers can rely on "new means
 * empty" for the many small structs the IR builds.  Requests larger than a
 * chunk get a chunk of their own; nothing is ever freed before arena_free.
 *
 * Buf is a plain malloc-backed string builder for printers.  It keeps a NUL
 * after the last byte (not counted in len), so b.data is a C string whenever
 * no embedded NULs were written. */
#include "ir/ir.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;
    /* payload follows, 16-aligned by the header's padding */
} Chunk;

struct Arena {
    Chunk *head;
};

enum { CHUNK_SIZE = 64 * 1024, ALIGN = 16 };

/* The payload starts after the header rounded up to ALIGN. */
#define CHUNK_HDR (((sizeof(Chunk) + ALIGN - 1) / ALIGN) * ALIGN)

static Chunk *chunk_new(size_t payload) {
    Chunk *c = malloc(CHUNK_HDR + payload);
    if (!c)
        return NULL;
    c->next = NULL;
    c->size = payload;
    c->used = 0;
    return c;
}

Arena *arena_new(void) {
    Arena *a = calloc(1, sizeof *a);
    return a;
}

void arena_free(Arena *a) {
    if (!a)
        return;
    Chunk *c = a->head;
    while (c) {
        Chunk *n = c->next;
        free(c);
        c = n;
    }
    free(a);
}

void *arena_alloc(Arena *a, size_t n) {
    if (n == 0)
        n = 1;
    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    Chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        if (n > CHUNK_SIZE / 4) {
            /* big block: own chunk, linked behind the current one so the
             * current chunk's free space stays usable */
            Chunk *big = chunk_new(n);
            if (!big)
                return NULL;
            big->used = n;
            if (c) {
                big->next = c->next;
                c->next = big;
            } else {
                a->head = big;
            }
            void *p = (char *)big + CHUNK_HDR;
            memset(p, 0, n);
            return p;
        }
        c = chunk_new(CHUNK_SIZE);
        if (!c)
            return NULL;
        c->next = a->head;
        a->head = c;
    }
    void *p = (char *)c + CHUNK_HDR + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    if (p && n)
        memcpy(p, s, n);
    return p;
}

char *arena_strdup(Arena *a, const char *s) {
    return arena_strndup(a, s, strlen(s));
}

/* Formats once into a stack buffer, which fits almost every string the
 * printers build; only longer ones are formatted a second time. */
char *arena_printf(Arena *a, const char *fmt, ...) {
    char tmp[512];
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) {
        va_end(ap2);
        return arena_strdup(a, "");
    }
    char *p = arena_alloc(a, (size_t)n + 1);
    if ((size_t)n < sizeof tmp)
        memcpy(p, tmp, (size_t)n + 1);
    else
        vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

/* ---- Buf ---- */
/* Returns 0 when the memory could not be had; the write is then dropped
 * (the library reports no errors for printers' buffers). */
static int buf_reserve(Buf *b, size_t extra) {
    size_t need = b->len + extra + 1; /* + NUL */
    if (need <= b->cap)
        return 1;
    size_t nc = b->cap ? b->cap : 64;
    while (nc < need)
        nc *= 2;
    char *d = realloc(b->data, nc);
    if (!d)
        return 0;
    b->data = d;
    b->cap = nc;
    return 1;
}

void buf_put(Buf *b, const char *s, size_t n) {
    if (!buf_reserve(b, n))
        return;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void buf_puts(Buf *b, const char *s) { buf_put(b, s, strlen(s)); }

void buf_printf(Buf *b, const char *fmt, ...) {
    char tmp[512];
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0 && buf_reserve(b, (size_t)n)) {
        if ((size_t)n < sizeof tmp)
            memcpy(b->data + b->len, tmp, (size_t)n + 1);
        else
            vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
    }
    va_end(ap2);
}

void buf_free(Buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
