/* npy.c: numpy's .npy format (versions 1.0-3.0), little-endian C-order
 * arrays only, as `wpc run` reads kernel inputs and writes outputs.
 *
 * Approach: the header is a Python dict literal; only its three keys are
 * parsed ('descr', 'fortran_order', 'shape'), with a tolerant scanner that
 * accepts numpy's own spacing and either quote style.  Data is read and
 * written in one block.  Written files use version 1.0 with the header
 * padded to a multiple of 64 bytes, as numpy itself writes them. */
#include "runtime/runtime.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    IrScalar s;
    const char *descr;
} npy_types[] = {
    {SC_BOOL, "|b1"},    {SC_INT8, "|i1"},    {SC_UINT8, "|u1"},   {SC_INT16, "<i2"},
    {SC_UINT16, "<u2"},  {SC_INT32, "<i4"},   {SC_UINT32, "<u4"},  {SC_INT64, "<i8"},
    {SC_UINT64, "<u8"},  {SC_FLOAT16, "<f2"}, {SC_FLOAT32, "<f4"}, {SC_FLOAT64, "<f8"},
};

const char *wpc_npy_descr(IrScalar s) {
    for (size_t i = 0; i < sizeof npy_types / sizeof npy_types[0]; i++)
        if (npy_types[i].s == s)
            return npy_types[i].descr;
    return NULL;
}

IrScalar wpc_npy_scalar(const char *descr) {
    /* single-byte types may be written with '|', '<' or '='  */
    for (size_t i = 0; i < sizeof npy_types / sizeof npy_types[0]; i++) {
        const char *d = npy_types[i].descr;
        if (!strcmp(d + 1, descr + 1) && (descr[0] == d[0] || descr[0] == '<' || descr[0] == '=' || descr[0] == '|'))
            return npy_types[i].s;
    }
    return SC_NONE;
}

static const char *skip_ws(const char *p) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    return p;
}

/* the value text after 'key': in the header dict */
static const char *dict_value(const char *h, const char *key) {
    char k1[64], k2[64];
    snprintf(k1, sizeof k1, "'%s'", key);
    snprintf(k2, sizeof k2, "\"%s\"", key);
    const char *p = strstr(h, k1);
    if (!p)
        p = strstr(h, k2);
    if (!p)
        return NULL;
    p = skip_ws(p + strlen(k1));
    if (*p != ':')
        return NULL;
    return skip_ws(p + 1);
}

int wpc_npy_read(const char *path, WpcNpy *out, char *err, size_t errlen) {
    memset(out, 0, sizeof *out);
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "cannot open '%s': %s", path, strerror(errno));
        return -1;
    }
    unsigned char pre[12];
    if (fread(pre, 1, 10, f) != 10 || memcmp(pre, "\x93NUMPY", 6)) {
        snprintf(err, errlen, "'%s' is not a .npy file", path);
        fclose(f);
        return -1;
    }
    size_t hlen;
    if (pre[6] == 1) {
        hlen = (size_t)pre[8] | (size_t)pre[9] << 8;
    } else {
        if (fread(pre + 10, 1, 2, f) != 2) {
            snprintf(err, errlen, "'%s': truncated header", path);
            fclose(f);
            return -1;
        }
        hlen = (size_t)pre[8] | (size_t)pre[9] << 8 | (size_t)pre[10] << 16 | (size_t)pre[11] << 24;
    }
    char *h = malloc(hlen + 1);
    if (!h || fread(h, 1, hlen, f) != hlen) {
        snprintf(err, errlen, "'%s': truncated header", path);
        free(h);
        fclose(f);
        return -1;
    }
    h[hlen] = 0;
    const char *d = dict_value(h, "descr"), *fo = dict_value(h, "fortran_order"), *sh = dict_value(h, "shape");
    if (!d || !sh || (*d != '\'' && *d != '"')) {
        snprintf(err, errlen, "'%s': unsupported header %.80s", path, h);
        free(h);
        fclose(f);
        return -1;
    }
    size_t k = 0;
    for (d++; *d && *d != '\'' && *d != '"' && k < sizeof out->descr - 1; d++)
        out->descr[k++] = *d;
    out->descr[k] = 0;
    if (fo && !strncmp(fo, "True", 4)) {
        snprintf(err, errlen, "'%s': Fortran-order arrays are not supported", path);
        free(h);
        fclose(f);
        return -1;
    }
    if (out->descr[0] == '>' && strcmp(out->descr + 1, "i1") && strcmp(out->descr + 1, "u1") &&
        strcmp(out->descr + 1, "b1")) {
        snprintf(err, errlen, "'%s': big-endian data is not supported", path);
        free(h);
        fclose(f);
        return -1;
    }
    if (*sh != '(') {
        snprintf(err, errlen, "'%s': bad shape", path);
        free(h);
        fclose(f);
        return -1;
    }
    sh++;
    uint64_t count = 1;
    for (;;) {
        sh = skip_ws(sh);
        if (*sh == ')')
            break;
        char *e;
        long long v = strtoll(sh, &e, 10);
        if (e == sh || v < 0 || out->ndim >= 8) {
            snprintf(err, errlen, "'%s': bad shape", path);
            free(h);
            fclose(f);
            return -1;
        }
        out->shape[out->ndim++] = v;
        count *= (uint64_t)v;
        sh = skip_ws(e);
        if (*sh == ',')
            sh++;
    }
    free(h);
    /* element size from the descr: <f4, |V12 ... */
    const char *digits = out->descr + 1;
    while (*digits && (*digits < '0' || *digits > '9'))
        digits++;
    size_t esz = (size_t)strtoul(digits, NULL, 10);
    if (!esz) {
        snprintf(err, errlen, "'%s': unsupported dtype '%s'", path, out->descr);
        fclose(f);
        return -1;
    }
    out->elem_size = esz;
    out->nbytes = (size_t)count * esz;
    out->data = calloc(out->nbytes ? out->nbytes : 1, 1);
    if (!out->data) {
        snprintf(err, errlen, "'%s': out of memory", path);
        fclose(f);
        return -1;
    }
    if (fread(out->data, 1, out->nbytes, f) != out->nbytes) {
        snprintf(err, errlen, "'%s': truncated data (%zu bytes expected)", path, out->nbytes);
        free(out->data);
        out->data = NULL;
        fclose(f);
        return -1;
    }
    fclose(f);
    return 0;
}

int wpc_npy_write(const char *path, const char *descr, const int64_t *shape, int ndim, const void *data, size_t nbytes,
                  char *err, size_t errlen) {
    char dict[512];
    int n = snprintf(dict, sizeof dict, "{'descr': '%s', 'fortran_order': False, 'shape': (", descr);
    for (int i = 0; i < ndim; i++)
        n += snprintf(dict + n, sizeof dict - (size_t)n, "%lld,%s", (long long)shape[i], i + 1 < ndim ? " " : "");
    if (ndim > 1)
        n--; /* numpy writes (2, 3) but (5,) */
    n += snprintf(dict + n, sizeof dict - (size_t)n, "), }");
    size_t total = 10 + (size_t)n + 1;
    size_t pad = (64 - total % 64) % 64;
    size_t hlen = (size_t)n + pad + 1;
    FILE *f = fopen(path, "wb");
    if (!f) {
        snprintf(err, errlen, "cannot write '%s': %s", path, strerror(errno));
        return -1;
    }
    unsigned char pre[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (unsigned char)(hlen & 0xff), (unsigned char)(hlen >> 8)};
    int ok = fwrite(pre, 1, 10, f) == 10 && fwrite(dict, 1, (size_t)n, f) == (size_t)n;
    for (size_t i = 0; i < pad && ok; i++)
        ok = fputc(' ', f) != EOF;
    ok = ok && fputc('\n', f) != EOF;
    ok = ok && fwrite(data, 1, nbytes, f) == nbytes;
    ok = (fclose(f) == 0) && ok;
    if (!ok) {
        snprintf(err, errlen, "cannot write '%s'", path);
        return -1;
    }
    return 0;
}

void wpc_npy_free(WpcNpy *a) {
    free(a->data);
    a->data = NULL;
}
