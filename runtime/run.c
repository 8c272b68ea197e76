/* run.c: `wpc run`: compile one kernel file for the CPU, build the kernel's
 * arguments from the command line, launch it, and report its arrays.
 *
 * Approach: the argument block is laid out exactly as the lowering's
 * wp_args_<kernel> (WlParam offsets); each parameter is filled by walking
 * its type: scalars and vector-like values parse from `--arg NAME=VALUE`
 * text (comma lists for vectors, matrices, quaternions, transforms),
 * structs by their fields (`--arg s.field=VALUE`, nested with more dots),
 * arrays from .npy files laid out as Warp's numpy interop (a trailing
 * dimension per vector/matrix component) or allocated with a shape and
 * filled deterministically from --seed.  Every array (also inside structs)
 * is remembered, and after the launch written as NAME.npy and summarised
 * with an FNV-1a checksum of its bytes.  Errors name the argument and
 * exit with status 1 (2 for a usage error).
 *
 * Objects: a uint64 parameter given as `KIND:SPEC` (`hashgrid:...`) gets
 * the id of a Warp object built on the host (a table of kinds, obj_kinds);
 * objects are built after every array, since a spec may name an array
 * argument, and freed after the launch. */
#include "runtime/runtime.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char run_usage[] =
    "usage: wpc run FILE.py --kernel NAME --dim N[,M[,K[,L]]] [--arg NAME=VALUE]... [--seed S] [--out DIR]\n"
    "               [--threads T] [--fill] [--no-bounds-check] [--device cpu] [--warp-version V]\n"
    "\n"
    "Compiles FILE.py for the CPU (LLVM), launches kernel NAME over the grid and prints one line per\n"
    "array argument: name, shape, dtype and an FNV-1a checksum of its bytes.\n"
    "  --arg n=5 / a=0.5 / flag=1     scalars; v=1,2,3 vectors, matrices (row-major), quaternions, transforms\n"
    "  --arg s.field=VALUE            struct fields (nested with more dots)\n"
    "  --arg x=@x.npy                 an array from a .npy file (vec3 arrays: float32 shape (N, 3))\n"
    "  --arg x=N[,M...]               an array of that shape, filled from the seed\n"
    "  --arg g=hashgrid:DX,DY,DZ,W,P[,G]  a wp.HashGrid id (uint64): DX*DY*DZ cells of width W over the\n"
    "                                 points P (a vec3 array argument's name, or @P.npy of shape (N, 3));\n"
    "                                 G: int32 groups (Warp 1.16), an array argument or @G.npy\n"
    "  --arg m=mesh:P,I[,V][,groups=G][,leaf=N][,winding=1]  a wp.Mesh id: points P (vec3), indices I\n"
    "                                 (int32 or vec3i), velocities V (vec3); arrays as for hashgrid\n"
    "  --arg b=bvh:LO,HI[,groups=G][,leaf=N]  a wp.Bvh id over the boxes LO..HI (vec3 arrays)\n"
    "  --arg v=volume:S,D[,bg=B][,origin=X:Y:Z][,index|onindex]  a wp.Volume id: D's elements (@D.npy or a\n"
    "                                 3-d array argument) the active voxels, voxel size S (or SX:SY:SZ)\n"
    "  arrays not given               shape from the grid, filled from the seed (see README)\n"
    "  --seed S                       seed of the filled arrays (default 0)\n"
    "  --fill                         also fill missing scalar/vector/struct arguments from the seed\n"
    "  --out DIR                      write every array to DIR/NAME.npy after the launch\n"
    "  --threads T                    run on T threads (atomics become atomic; default 1, as Warp's CPU)\n"
    "  --no-bounds-check              no bounds checks on array accesses (out of bounds is then undefined)\n";

typedef struct Spec {
    const char *name, *value;
    int used;
} Spec;

typedef struct ArrOut {
    char *label;
    IrType dtype;      /* element type */
    int ndim;          /* array dims */
    WlArray *arr;      /* inside the argument block */
    void *mem;
} ArrOut;

/* an object argument (KIND:SPEC), built once the arrays exist */
typedef struct Obj {
    const struct ObjKind *kind;
    char *label;
    const char *spec;  /* after "KIND:" */
    unsigned char *p;  /* the uint64 in the argument block */
    uint64_t id;
} Obj;

typedef struct Run {
    const IrModule *m;
    int warp_minor;
    Spec *specs;
    int nspecs;
    uint64_t seed;
    int fill;
    const int64_t *dims;
    int ndims;
    uint64_t launch_size;
    ArrOut *arrs;
    int narrs, caparrs;
    int arr_index;     /* order of arrays, for the fill rule */
    Obj *objs;
    int nobjs;
    char err[1024];
} Run;

static const char *tname(const IrModule *m, IrType t, char *buf, size_t n) {
    Buf b = {0};
    ir_type_repr(m, t, &b);
    buf_put(&b, "", 1);
    snprintf(buf, n, "%s", b.data);
    buf_free(&b);
    return buf;
}

static Spec *find_spec(Run *r, const char *name) {
    for (int i = 0; i < r->nspecs; i++)
        if (!strcmp(r->specs[i].name, name)) {
            r->specs[i].used = 1;
            return &r->specs[i];
        }
    return NULL;
}

/* ---- deterministic fill (documented in README) ---- */
static uint64_t splitmix(uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

static uint16_t f32_to_f16(float f) {
    uint32_t x;
    memcpy(&x, &f, 4);
    uint32_t sign = (x >> 16) & 0x8000, exp = (x >> 23) & 0xff, man = x & 0x7fffff;
    if (exp == 0xff)
        return (uint16_t)(sign | 0x7c00 | (man ? 0x200 | (man >> 13) : 0));
    int e = (int)exp - 127 + 15;
    if (e >= 31)
        return (uint16_t)(sign | 0x7c00);
    if (e <= 0) {
        if (e < -10)
            return (uint16_t)sign;
        man |= 0x800000;
        int shift = 14 - e;
        uint32_t h = man >> shift, rem = man & ((1u << shift) - 1), half = 1u << (shift - 1);
        if (rem > half || (rem == half && (h & 1)))
            h++;
        return (uint16_t)(sign | h);
    }
    uint32_t h = (uint32_t)e << 10 | man >> 13, rem = man & 0x1fff;
    if (rem > 0x1000 || (rem == 0x1000 && (h & 1)))
        h++;
    return (uint16_t)(sign | h);
}

/* store a double / integer as scalar s at p */
static void put_scalar(IrScalar s, void *p, double f, int64_t i, int is_float) {
    if (is_float && !ir_scalar_is_float(s))
        i = (int64_t)f;
    if (!is_float)
        f = (double)i;
    switch (s) {
    case SC_BOOL: *(uint8_t *)p = is_float ? f != 0 : i != 0; break;
    case SC_INT8: case SC_UINT8: *(uint8_t *)p = (uint8_t)i; break;
    case SC_INT16: case SC_UINT16: { uint16_t v = (uint16_t)i; memcpy(p, &v, 2); break; }
    case SC_INT32: case SC_UINT32: { uint32_t v = (uint32_t)i; memcpy(p, &v, 4); break; }
    case SC_INT64: case SC_UINT64: memcpy(p, &i, 8); break;
    case SC_FLOAT16: { uint16_t v = f32_to_f16((float)f); memcpy(p, &v, 2); break; }
    case SC_FLOAT32: { float v = (float)f; memcpy(p, &v, 4); break; }
    case SC_FLOAT64: memcpy(p, &f, 8); break;
    default: break;
    }
}

/* element k of filled array number a: floats uniform in [-1, 1) on a 2^-24
 * grid, integers uniform in [0, L) with L the launch size (so they index
 * arrays of the grid's size), bools 0/1 */
static void fill_scalar(Run *r, IrScalar s, void *p, int a, uint64_t k) {
    uint64_t h = splitmix(splitmix(r->seed * 0x100000001B3ull + (uint64_t)a) ^ k);
    if (ir_scalar_is_float(s)) {
        double u = (double)(h >> 40) / 16777216.0;
        put_scalar(s, p, u * 2.0 - 1.0, 0, 1);
    } else if (s == SC_BOOL) {
        put_scalar(s, p, 0, (int64_t)(h & 1), 0);
    } else {
        uint64_t lim = r->launch_size ? r->launch_size : 1;
        if (lim > 2147483647u)
            lim = 2147483647u;
        put_scalar(s, p, 0, (int64_t)(h % lim), 0);
    }
}

/* fills a value of type t at p from the seed (struct fields, vectors...) */
static void fill_value(Run *r, IrType t, unsigned char *p, int a, uint64_t *k) {
    const IrTypeInfo *x = ir_type_info(r->m, t);
    if (x->kind == TY_SCALAR) {
        fill_scalar(r, x->scalar, p, a, (*k)++);
        return;
    }
    if (x->kind == TY_STRUCT) {
        const IrStruct *st = r->m->structs[x->strct];
        for (int i = 0; i < st->nfields; i++)
            fill_value(r, st->fields[i].type, p + llvm_field_offset(r->m, x->strct, i), a, k);
        return;
    }
    uint64_t al, sz = llvm_type_size(r->m, t, &al);
    int n = x->kind == TY_VEC ? x->rows : x->kind == TY_MAT ? x->rows * x->cols : x->kind == TY_QUAT ? 4
          : x->kind == TY_TRANSFORM ? 7 : 0;
    if (n) {
        size_t es = sz / (uint64_t)n;
        for (int i = 0; i < n; i++)
            fill_scalar(r, x->scalar, p + (size_t)i * es, a, (*k)++);
    }
}

/* ---- parsing values ---- */
static int parse_scalar(Run *r, const char *what, IrScalar s, const char *txt, void *p) {
    const char *t = txt;
    while (*t == ' ')
        t++;
    if (s == SC_BOOL) {
        int v;
        if (!strcmp(t, "1") || !strcmp(t, "true") || !strcmp(t, "True"))
            v = 1;
        else if (!strcmp(t, "0") || !strcmp(t, "false") || !strcmp(t, "False"))
            v = 0;
        else {
            snprintf(r->err, sizeof r->err, "argument '%s' expects a bool (0/1/true/false), got '%s'", what, txt);
            return -1;
        }
        put_scalar(s, p, 0, v, 0);
        return 0;
    }
    char *e;
    errno = 0;
    if (ir_scalar_is_float(s)) {
        double v = strtod(t, &e);
        if (e == t || *e) {
            snprintf(r->err, sizeof r->err, "argument '%s' expects a %s number, got '%s'", what, ir_scalar_name(s), txt);
            return -1;
        }
        put_scalar(s, p, v, 0, 1);
        return 0;
    }
    int neg = *t == '-';
    int64_t v;
    if (s == SC_UINT64 && !neg)
        v = (int64_t)strtoull(t, &e, 0);
    else
        v = strtoll(t, &e, 0);
    if (e == t || *e || errno == ERANGE) {
        snprintf(r->err, sizeof r->err, "argument '%s' expects an integer (%s), got '%s'", what, ir_scalar_name(s), txt);
        return -1;
    }
    int bits = ir_scalar_bits(s);
    int sg = ir_scalar_is_signed(s);
    if (bits < 64) {
        int64_t lo = sg ? -((int64_t)1 << (bits - 1)) : 0;
        int64_t hi = sg ? ((int64_t)1 << (bits - 1)) - 1 : ((int64_t)1 << bits) - 1;
        if (v < lo || v > hi) {
            snprintf(r->err, sizeof r->err, "argument '%s': %s does not fit %s", what, txt, ir_scalar_name(s));
            return -1;
        }
    } else if (!sg && neg) {
        snprintf(r->err, sizeof r->err, "argument '%s': %s does not fit %s", what, txt, ir_scalar_name(s));
        return -1;
    }
    put_scalar(s, p, 0, v, 0);
    return 0;
}

static int parse_list(Run *r, const char *what, IrScalar s, int n, size_t es, const char *txt, unsigned char *p) {
    char *copy = strdup(txt), *save = NULL;
    int k = 0;
    for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        if (k >= n) {
            k++;
            break;
        }
        char sub[256];
        snprintf(sub, sizeof sub, "%s[%d]", what, k);
        if (parse_scalar(r, sub, s, tok, p + (size_t)k * es)) {
            free(copy);
            return -1;
        }
        k++;
    }
    free(copy);
    if (k != n) {
        snprintf(r->err, sizeof r->err, "argument '%s' expects %d comma-separated values, got '%s'", what, n, txt);
        return -1;
    }
    return 0;
}

/* ---- arrays ---- */
static void comp_shape(const IrTypeInfo *e, int64_t *shape, int *n) {
    if (e->kind == TY_VEC)
        shape[(*n)++] = e->rows;
    else if (e->kind == TY_MAT)
        shape[(*n)++] = e->rows, shape[(*n)++] = e->cols;
    else if (e->kind == TY_QUAT)
        shape[(*n)++] = 4;
    else if (e->kind == TY_TRANSFORM)
        shape[(*n)++] = 7;
}

static void npy_descr_of(const IrModule *m, IrType et, char *out, size_t n) {
    const IrTypeInfo *e = ir_type_info(m, et);
    if (e->kind == TY_STRUCT) {
        uint64_t a;
        snprintf(out, n, "|V%llu", (unsigned long long)llvm_type_size(m, et, &a));
    } else {
        const char *d = wpc_npy_descr((IrScalar)e->scalar);
        snprintf(out, n, "%s", d ? d : "|V1");
    }
}

static int make_array(Run *r, const char *label, IrType t, WlArray *arr) {
    const IrTypeInfo *x = ir_type_info(r->m, t);
    IrType et = x->elem;
    const IrTypeInfo *e = ir_type_info(r->m, et);
    uint64_t align, esz = llvm_type_size(r->m, et, &align);
    char tb[128];
    if (!esz || e->kind == TY_ARRAY) {
        snprintf(r->err, sizeof r->err, "array argument '%s' of %s is not supported", label, tname(r->m, t, tb, sizeof tb));
        return -1;
    }
    int nd = x->ndim;
    int64_t shape[4] = {0, 0, 0, 0};
    void *mem = NULL;
    Spec *sp = find_spec(r, label);
    int a = r->arr_index++;
    if (sp && sp->value[0] == '@') {
        WpcNpy npy;
        if (wpc_npy_read(sp->value + 1, &npy, r->err, sizeof r->err))
            return -1;
        int64_t cs[3];
        int nc = 0;
        comp_shape(e, cs, &nc);
        char want[32];
        npy_descr_of(r->m, et, want, sizeof want);
        int ok_type = e->kind == TY_STRUCT ? !strcmp(npy.descr + 1, want + 1) && npy.descr[0] == '|'
                                           : wpc_npy_scalar(npy.descr) == (IrScalar)e->scalar;
        if (!ok_type) {
            snprintf(r->err, sizeof r->err, "argument '%s': %s has dtype '%s', the parameter is %s (dtype '%s')", label,
                     sp->value + 1, npy.descr, tname(r->m, t, tb, sizeof tb), want);
            wpc_npy_free(&npy);
            return -1;
        }
        int ok_shape = npy.ndim == nd + nc;
        for (int i = 0; i < nc && ok_shape; i++)
            ok_shape = npy.shape[nd + i] == cs[i];
        if (!ok_shape) {
            char got[128] = "(", exp[128] = "(";
            for (int i = 0; i < npy.ndim; i++)
                snprintf(got + strlen(got), sizeof got - strlen(got), "%s%lld", i ? ", " : "", (long long)npy.shape[i]);
            for (int i = 0; i < nd; i++)
                snprintf(exp + strlen(exp), sizeof exp - strlen(exp), "%sN%d", i ? ", " : "", i);
            for (int i = 0; i < nc; i++)
                snprintf(exp + strlen(exp), sizeof exp - strlen(exp), ", %lld", (long long)cs[i]);
            snprintf(r->err, sizeof r->err, "argument '%s': %s has shape %s), the parameter %s needs %s)", label,
                     sp->value + 1, got, tname(r->m, t, tb, sizeof tb), exp);
            wpc_npy_free(&npy);
            return -1;
        }
        for (int i = 0; i < nd; i++)
            shape[i] = npy.shape[i];
        mem = npy.data;
    } else {
        if (sp) {
            /* a shape: N[,M...] or NxM */
            char *copy = strdup(sp->value), *save = NULL;
            int k = 0, bad = 0;
            for (char *tok = strtok_r(copy, ",x", &save); tok; tok = strtok_r(NULL, ",x", &save)) {
                char *end;
                long long v = strtoll(tok, &end, 10);
                if (*end || v < 0 || k >= nd)
                    bad = 1;
                else
                    shape[k] = v;
                k++;
            }
            free(copy);
            if (bad || k != nd) {
                snprintf(r->err, sizeof r->err,
                         "argument '%s' is a %dD array: give @FILE.npy or a shape of %d extents, not '%s'", label, nd, nd,
                         sp->value);
                return -1;
            }
        } else {
            /* the grid's extents; further dimensions repeat the last */
            for (int i = 0; i < nd; i++)
                shape[i] = r->dims[i < r->ndims ? i : r->ndims - 1];
        }
        uint64_t count = 1;
        for (int i = 0; i < nd; i++)
            count *= (uint64_t)shape[i];
        mem = calloc(count ? count : 1, esz);
        if (!mem) {
            snprintf(r->err, sizeof r->err, "argument '%s': out of memory", label);
            return -1;
        }
        uint64_t k = 0;
        for (uint64_t i = 0; i < count; i++)
            fill_value(r, et, (unsigned char *)mem + i * esz, a, &k);
    }
    memset(arr, 0, sizeof *arr);
    arr->data = mem;
    arr->ndim = (uint16_t)nd;
    int64_t st = (int64_t)esz;
    for (int i = nd - 1; i >= 0; i--) {
        if (shape[i] > 2147483647 || st > 2147483647) {
            snprintf(r->err, sizeof r->err, "argument '%s': array too large", label);
            free(mem);
            return -1;
        }
        arr->shape[i] = (int32_t)shape[i];
        arr->strides[i] = (int32_t)st;
        st *= shape[i];
    }
    if (r->narrs == r->caparrs) {
        r->caparrs = r->caparrs ? r->caparrs * 2 : 8;
        r->arrs = realloc(r->arrs, sizeof *r->arrs * (size_t)r->caparrs);
    }
    r->arrs[r->narrs++] = (ArrOut){strdup(label), et, nd, arr, mem};
    return 0;
}

/* ---- objects ---- */
/* the points of an object spec: the elements of an array argument named
 * `what`, or of @FILE.npy; *mem is set when the caller must free the data */
static int obj_array(Run *r, const char *label, const char *what, const char *role, int vec3, IrScalar *sc,
                     const void **data, int64_t *n, void **mem) {
    *mem = NULL;
    if (what[0] == '@') {
        WpcNpy npy;
        if (wpc_npy_read(what + 1, &npy, r->err, sizeof r->err))
            return -1;
        IrScalar s = wpc_npy_scalar(npy.descr);
        int ok = vec3 ? (s == SC_FLOAT16 || s == SC_FLOAT32 || s == SC_FLOAT64) && npy.ndim == 2 && npy.shape[1] == 3
                      : s == SC_INT32 && npy.ndim == 1;
        if (!ok) {
            snprintf(r->err, sizeof r->err, "argument '%s': %s %s must be %s", label, role, what + 1,
                     vec3 ? "float16/32/64 of shape (N, 3)" : "int32 of shape (N,)");
            wpc_npy_free(&npy);
            return -1;
        }
        *sc = s;
        *data = *mem = npy.data;
        *n = npy.shape[0];
        return 0;
    }
    for (int i = 0; i < r->narrs; i++) {
        ArrOut *a = &r->arrs[i];
        if (strcmp(a->label, what))
            continue;
        const IrTypeInfo *e = ir_type_info(r->m, a->dtype);
        int ok = vec3 ? e->kind == TY_VEC && e->rows == 3 && ir_scalar_is_float((IrScalar)e->scalar)
                      : e->kind == TY_SCALAR && e->scalar == SC_INT32;
        if (!ok) {
            char tb[128];
            snprintf(r->err, sizeof r->err, "argument '%s': %s '%s' is an array of %s, not of %s", label, role, what,
                     tname(r->m, a->dtype, tb, sizeof tb), vec3 ? "vec3 (float16/32/64)" : "int32");
            return -1;
        }
        *sc = (IrScalar)e->scalar;
        *data = a->mem;
        *n = 1;
        for (int d = 0; d < a->ndim; d++)
            *n *= a->arr->shape[d];
        return 0;
    }
    snprintf(r->err, sizeof r->err, "argument '%s': %s '%s' is neither an array argument of the kernel nor @FILE.npy",
             label, role, what);
    return -1;
}

/* volume:VOXEL_SIZE,DENSE[,bg=B][,origin=X:Y:Z][,index|onindex]: a NanoVDB
 * grid (runtime/volume.c) of DENSE's elements, each an active voxel at
 * index (i, j, k) = its position in DENSE, world = origin + voxel size *
 * index; the value type from DENSE's: float32/64, int32/64, uint32 3-d
 * arrays, float32/64 4-d arrays of trailing dimension 3 or 4 (vec3, vec4).
 * index/onindex: an index grid whose active voxels are DENSE's nonzero
 * elements.  The volumes built here, with their dense box: reported after
 * the launch as arrays are. */
static uint64_t fnv1a(const void *p, size_t n);

typedef struct VolBox {
    uint64_t id;
    int gt, ncomp;
    int64_t shape[3];
} VolBox;
static VolBox vol_boxes[64];
static int nvol_boxes;

/* grid type of a dense array of scalar s with trailing dimension nc (1: none) */
static int vol_dense_type(IrScalar s, int nc) {
    if (nc == 1)
        return s == SC_FLOAT32 ? WPC_VOLUME_FLOAT : s == SC_FLOAT64 ? WPC_VOLUME_DOUBLE : s == SC_INT32 ? WPC_VOLUME_INT32
             : s == SC_INT64 ? WPC_VOLUME_INT64 : s == SC_UINT32 ? WPC_VOLUME_UINT32 : 0;
    if (nc == 3)
        return s == SC_FLOAT32 ? WPC_VOLUME_VEC3F : s == SC_FLOAT64 ? WPC_VOLUME_VEC3D : 0;
    if (nc == 4)
        return s == SC_FLOAT32 ? WPC_VOLUME_VEC4F : s == SC_FLOAT64 ? WPC_VOLUME_VEC4D : 0;
    return 0;
}

/* n numbers separated by ':' (one: all n the same when `fill`) */
static int vol_numbers(const char *txt, double *v, int n, int fill) {
    char *copy = strdup(txt), *save = NULL, *e;
    int k = 0, ok = 1;
    for (char *t = strtok_r(copy, ":", &save); t && ok; t = strtok_r(NULL, ":", &save)) {
        if (k < n)
            v[k] = strtod(t, &e);
        ok = k < n && e != t && !*e;
        k++;
    }
    free(copy);
    if (ok && k == 1 && fill)
        for (k = 1; k < n; k++)
            v[k] = v[0];
    return ok && k == n ? 0 : -1;
}

static uint64_t build_volume(Run *r, const char *label, const char *spec) {
    static const char usage[] = "volume:VOXEL_SIZE,DENSE[,bg=B][,origin=X:Y:Z][,index|onindex] (VOXEL_SIZE: S or "
                                "SX:SY:SZ; DENSE: @FILE.npy or a 3-d array argument of the kernel)";
    char *copy = strdup(spec), *save = NULL, *pos[2], *bgtxt = NULL;
    int npos = 0, bad = 0, index_type = 0;
    double vsz[3] = {0, 0, 0}, origin[3] = {0, 0, 0};
    for (char *t = strtok_r(copy, ",", &save); t && !bad; t = strtok_r(NULL, ",", &save)) {
        if (!strncmp(t, "bg=", 3) && t[3])
            bgtxt = t + 3;
        else if (!strncmp(t, "origin=", 7))
            bad = vol_numbers(t + 7, origin, 3, 0);
        else if (!strcmp(t, "index") || !strcmp(t, "onindex"))
            index_type = t[0] == 'i' ? WPC_VOLUME_INDEX : WPC_VOLUME_ONINDEX;
        else if (!strchr(t, '=') && npos < 2)
            pos[npos++] = t;
        else
            bad = 1;
    }
    if (!bad && npos == 2)
        bad = vol_numbers(pos[0], vsz, 3, 1);
    if (bad || npos != 2) {
        snprintf(r->err, sizeof r->err, "argument '%s': bad volume 'volume:%s': expected %s", label, spec, usage);
        free(copy);
        return 0;
    }
    /* the dense array: its data, scalar, shape and trailing dimension */
    const void *data = NULL;
    void *mem = NULL;
    IrScalar s = SC_NONE;
    int64_t shape[3] = {0, 0, 0};
    int nc = 1, ok = 0;
    const char *dense = pos[1];
    uint64_t id = 0;
    if (dense[0] == '@') {
        WpcNpy npy;
        if (wpc_npy_read(dense + 1, &npy, r->err, sizeof r->err))
            goto out;
        s = wpc_npy_scalar(npy.descr);
        nc = npy.ndim == 4 ? (int)npy.shape[3] : 1;
        ok = npy.ndim == 3 || npy.ndim == 4;
        memcpy(shape, npy.shape, sizeof shape);
        data = mem = npy.data;
    } else {
        for (int i = 0; i < r->narrs && !data; i++) {
            ArrOut *a = &r->arrs[i];
            if (strcmp(a->label, dense))
                continue;
            const IrTypeInfo *e = ir_type_info(r->m, a->dtype);
            s = (IrScalar)e->scalar;
            nc = e->kind == TY_VEC ? e->rows : e->kind == TY_SCALAR ? 1 : 0;
            ok = a->ndim == 3 && nc;
            for (int d = 0; d < 3 && d < a->ndim; d++)
                shape[d] = a->arr->shape[d];
            data = a->mem;
        }
        if (!data) {
            snprintf(r->err, sizeof r->err,
                     "argument '%s': volume values '%s' are neither an array argument of the kernel nor @FILE.npy", label,
                     dense);
            goto out;
        }
    }
    int gt = index_type ? index_type : vol_dense_type(s, nc);
    if (!ok || !gt || s == SC_NONE) {
        snprintf(r->err, sizeof r->err,
                 "argument '%s': volume values %s must be a 3-d array of float32, float64, int32, int64 or uint32, or "
                 "of vec3/vec4 of float32/float64 (a .npy file: a 4th dimension of 3 or 4)%s",
                 label, dense, index_type ? " (index grids: any of these, nonzero elements active)" : "");
        goto out;
    }
    int64_t n = shape[0] * shape[1] * shape[2];
    if (shape[0] > (1 << 20) || shape[1] > (1 << 20) || shape[2] > (1 << 20) || n > (1 << 26)) {
        snprintf(r->err, sizeof r->err, "argument '%s': volume values %s: too many voxels", label, dense);
        goto out;
    }
    unsigned char bg[32] = {0};
    if (bgtxt) {
        char *bcopy = strdup(bgtxt), *bs = NULL;
        int k = 0, vs = ir_scalar_bits(s) / 8;
        for (char *t = strtok_r(bcopy, ":", &bs); t && !index_type; t = strtok_r(NULL, ":", &bs), k++) {
            char what[256];
            snprintf(what, sizeof what, "%s (volume background)", label);
            if (k >= nc || parse_scalar(r, what, s, t, bg + k * vs)) {
                if (k >= nc)
                    snprintf(r->err, sizeof r->err, "argument '%s': the volume background needs %d value%s (B0:B1:...)",
                             label, nc, nc > 1 ? "s" : "");
                free(bcopy);
                goto out;
            }
        }
        free(bcopy);
        if (index_type || k != nc) {
            if (index_type)
                snprintf(r->err, sizeof r->err, "argument '%s': an index grid has no background value", label);
            else
                snprintf(r->err, sizeof r->err, "argument '%s': the volume background needs %d value%s (B0:B1:...)",
                         label, nc, nc > 1 ? "s" : "");
            goto out;
        }
    }
    char err[512];
    int32_t org[3] = {0, 0, 0};
    if (!index_type) {
        id = wpc_volume_from_dense(gt, data, shape, org, bg, vsz, origin, err, sizeof err);
    } else {
        /* the nonzero elements */
        size_t es = (size_t)ir_scalar_bits(s) / 8 * (size_t)nc;
        int32_t *ijk = malloc(sizeof *ijk * 3 * (size_t)(n ? n : 1));
        int64_t m = 0;
        for (int64_t q = 0; q < n; q++) {
            const unsigned char *p = (const unsigned char *)data + (size_t)q * es;
            int nz = 0;
            for (size_t b = 0; b < es && !nz; b++)
                nz = p[b] != 0;
            if (nz) {
                ijk[3 * m] = (int32_t)(q / (shape[1] * shape[2]));
                ijk[3 * m + 1] = (int32_t)(q / shape[2] % shape[1]);
                ijk[3 * m + 2] = (int32_t)(q % shape[2]);
                m++;
            }
        }
        WpcVolumeSpec vs = {gt, m, ijk, NULL, NULL, {vsz[0], vsz[1], vsz[2]}, {origin[0], origin[1], origin[2]}};
        id = wpc_volume_build(&vs, err, sizeof err);
        free(ijk);
    }
    if (!id)
        snprintf(r->err, sizeof r->err, "argument '%s': %s", label, err);
    else if (!index_type && nvol_boxes < 64)
        vol_boxes[nvol_boxes++] = (VolBox){id, gt, nc, {shape[0], shape[1], shape[2]}};
out:
    free(mem);
    free(copy);
    return id;
}

/* a volume built from a dense array after the launch: its values over the
 * dense box, reported (and written to DIR/NAME.npy) as an array */
static int report_volume(Run *r, const char *label, uint64_t id, const char *outdir) {
    const VolBox *v = NULL;
    for (int i = 0; i < nvol_boxes && !v; i++)
        if (vol_boxes[i].id == id)
            v = &vol_boxes[i];
    if (!v)
        return 0;
    size_t vs = (size_t)wpc_volume_value_size(v->gt);
    int64_t n = v->shape[0] * v->shape[1] * v->shape[2];
    unsigned char *mem = malloc(vs * (size_t)(n ? n : 1));
    int64_t q = 0;
    for (int32_t i = 0; i < v->shape[0]; i++)
        for (int32_t j = 0; j < v->shape[1]; j++)
            for (int32_t k = 0; k < v->shape[2]; k++, q++) {
                int32_t c[3] = {i, j, k};
                wpc_volume_read(id, c, mem + (size_t)q * vs);
            }
    IrScalar s = v->gt == WPC_VOLUME_FLOAT || v->gt == WPC_VOLUME_VEC3F || v->gt == WPC_VOLUME_VEC4F ? SC_FLOAT32
               : v->gt == WPC_VOLUME_INT32 ? SC_INT32 : v->gt == WPC_VOLUME_INT64 ? SC_INT64
               : v->gt == WPC_VOLUME_UINT32 ? SC_UINT32 : SC_FLOAT64;
    int64_t shape[4] = {v->shape[0], v->shape[1], v->shape[2], v->ncomp};
    int ns = v->ncomp > 1 ? 4 : 3;
    char shp[128];
    if (ns == 4)
        snprintf(shp, sizeof shp, "(%lld, %lld, %lld, %lld)", (long long)shape[0], (long long)shape[1],
                 (long long)shape[2], (long long)shape[3]);
    else
        snprintf(shp, sizeof shp, "(%lld, %lld, %lld)", (long long)shape[0], (long long)shape[1], (long long)shape[2]);
    printf("%s shape=%s dtype=%s fnv1a=%016llx\n", label, shp, ir_scalar_name(s),
           (unsigned long long)fnv1a(mem, vs * (size_t)n));
    int rc = 0;
    if (outdir) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.npy", outdir, label);
        rc = wpc_npy_write(path, wpc_npy_descr(s), shape, ns, mem, vs * (size_t)n, r->err, sizeof r->err);
    }
    free(mem);
    return rc;
}

/* hashgrid:DIM_X,DIM_Y,DIM_Z,CELL_WIDTH,POINTS[,GROUPS] */
static uint64_t build_hashgrid(Run *r, const char *label, const char *spec) {
    char *copy = strdup(spec), *save = NULL, *tok[8];
    int nt = 0;
    for (char *t = strtok_r(copy, ",", &save); t && nt < 8; t = strtok_r(NULL, ",", &save))
        tok[nt++] = t;
    long dims[3];
    double w = 0;
    int ok = nt == 5 || nt == 6;
    for (int i = 0; i < 3 && ok; i++) {
        char *e;
        dims[i] = strtol(tok[i], &e, 10);
        ok = e != tok[i] && !*e && dims[i] > 0 && dims[i] <= 2147483647;
    }
    if (ok) {
        char *e;
        w = strtod(tok[3], &e);
        ok = e != tok[3] && !*e;
    }
    uint64_t id = 0;
    if (!ok) {
        snprintf(r->err, sizeof r->err,
                 "argument '%s': bad hash grid 'hashgrid:%s': expected hashgrid:DIM_X,DIM_Y,DIM_Z,CELL_WIDTH,POINTS[,GROUPS] "
                 "(positive dimensions, a cell width, POINTS an array argument of vec3 or @FILE.npy)",
                 label, spec);
        free(copy);
        return 0;
    }
    IrScalar ps, gs;
    const void *pts, *grp = NULL;
    int64_t np, ng = 0;
    void *pmem = NULL, *gmem = NULL;
    if (obj_array(r, label, tok[4], "points", 1, &ps, &pts, &np, &pmem) ||
        (nt == 6 && obj_array(r, label, tok[5], "groups", 0, &gs, &grp, &ng, &gmem)))
        goto out;
    if (grp && ng != np) {
        snprintf(r->err, sizeof r->err, "argument '%s': groups must have the same length as points (%lld, not %lld)",
                 label, (long long)np, (long long)ng);
        goto out;
    }
    if (np > 2147483647) {
        snprintf(r->err, sizeof r->err, "argument '%s': too many points", label);
        goto out;
    }
    char err[512];
    id = wpc_hashgrid_build(r->warp_minor, ps, (int)dims[0], (int)dims[1], (int)dims[2], w, pts, (int)np,
                            3 * (ir_scalar_bits(ps) / 8), grp, 4, err, sizeof err);
    if (!id)
        snprintf(r->err, sizeof r->err, "argument '%s': %s", label, err);
out:
    free(pmem);
    free(gmem);
    free(copy);
    return id;
}

/* the data of a mesh / BVH spec's array: an array argument named `what` or
 * @FILE.npy, of vec3 float32 (want 3: n vec3s) or int32 (want 1: int32
 * or vec3i elements, n ints; .npy: int32 of shape (N,) or (N, 3)); *mem
 * is set when the caller must free the data */
static int mesh_array(Run *r, const char *label, const char *what, const char *role, int want, const void **data,
                      int64_t *n, void **mem) {
    *mem = NULL;
    const char *need = want == 3 ? "vec3 (float32)" : "int32 (or vec3i)";
    if (what[0] == '@') {
        WpcNpy npy;
        if (wpc_npy_read(what + 1, &npy, r->err, sizeof r->err))
            return -1;
        IrScalar s = wpc_npy_scalar(npy.descr);
        int ok = want == 3 ? s == SC_FLOAT32 && npy.ndim == 2 && npy.shape[1] == 3
                           : s == SC_INT32 && (npy.ndim == 1 || (npy.ndim == 2 && npy.shape[1] == 3));
        if (!ok) {
            snprintf(r->err, sizeof r->err, "argument '%s': %s %s must be %s", label, role, what + 1,
                     want == 3 ? "float32 of shape (N, 3)" : "int32 of shape (N,) or (N, 3)");
            wpc_npy_free(&npy);
            return -1;
        }
        *data = *mem = npy.data;
        *n = npy.ndim == 2 && want == 1 ? npy.shape[0] * 3 : npy.shape[0];
        return 0;
    }
    for (int i = 0; i < r->narrs; i++) {
        ArrOut *a = &r->arrs[i];
        if (strcmp(a->label, what))
            continue;
        const IrTypeInfo *e = ir_type_info(r->m, a->dtype);
        int vec3i = e->kind == TY_VEC && e->rows == 3 && e->scalar == SC_INT32;
        int ok = want == 3 ? e->kind == TY_VEC && e->rows == 3 && e->scalar == SC_FLOAT32
                           : (e->kind == TY_SCALAR && e->scalar == SC_INT32) || vec3i;
        if (!ok) {
            char tb[128];
            snprintf(r->err, sizeof r->err, "argument '%s': %s '%s' is an array of %s, not of %s", label, role, what,
                     tname(r->m, a->dtype, tb, sizeof tb), need);
            return -1;
        }
        *data = a->mem;
        *n = vec3i ? 3 : 1;
        for (int d = 0; d < a->ndim; d++)
            *n *= a->arr->shape[d];
        return 0;
    }
    snprintf(r->err, sizeof r->err, "argument '%s': %s '%s' is neither an array argument of the kernel nor @FILE.npy",
             label, role, what);
    return -1;
}

/* mesh:POINTS,INDICES[,VELOCITIES][,groups=G][,leaf=N][,winding=0|1] and
 * bvh:LOWERS,UPPERS[,groups=G][,leaf=N]: positional arrays, then options */
static uint64_t build_mesh_or_bvh(Run *r, const char *label, const char *spec, int is_mesh) {
    const char *kind = is_mesh ? "mesh" : "bvh";
    const char *usage = is_mesh ? "mesh:POINTS,INDICES[,VELOCITIES][,groups=G][,leaf=N][,winding=0|1]"
                                : "bvh:LOWERS,UPPERS[,groups=G][,leaf=N]";
    char *copy = strdup(spec), *save = NULL, *pos[4], *groups = NULL;
    int np = 0, bad = 0, maxpos = is_mesh ? 3 : 2;
    long leaf = 0, winding = 0;
    for (char *t = strtok_r(copy, ",", &save); t && !bad; t = strtok_r(NULL, ",", &save)) {
        char *e;
        if (!strncmp(t, "groups=", 7) && t[7])
            groups = t + 7;
        else if (!strncmp(t, "leaf=", 5)) {
            leaf = strtol(t + 5, &e, 10);
            bad = e == t + 5 || *e || leaf < 1 || leaf > 1000000;
        } else if (is_mesh && !strncmp(t, "winding=", 8)) {
            winding = strtol(t + 8, &e, 10);
            bad = e == t + 8 || *e || (winding != 0 && winding != 1);
        } else if (!strchr(t, '=') && np < maxpos)
            pos[np++] = t;
        else
            bad = 1;
    }
    uint64_t id = 0;
    if (bad || np < 2) {
        snprintf(r->err, sizeof r->err,
                 "argument '%s': bad %s '%s:%s': expected %s (arrays: array arguments of the kernel or @FILE.npy)",
                 label, kind, kind, spec, usage);
        free(copy);
        return 0;
    }
    const void *d[4] = {NULL, NULL, NULL, NULL};
    int64_t n[4] = {0, 0, 0, 0};
    void *mem[4] = {NULL, NULL, NULL, NULL};
    static const char *const mroles[3] = {"points", "indices", "velocities"}, *const broles[2] = {"lowers", "uppers"};
    for (int i = 0; i < np; i++)
        if (mesh_array(r, label, pos[i], is_mesh ? mroles[i] : broles[i], is_mesh && i == 1 ? 1 : 3, &d[i], &n[i],
                       &mem[i]))
            goto out;
    if (groups && mesh_array(r, label, groups, "groups", 1, &d[3], &n[3], &mem[3]))
        goto out;
    for (int i = 0; i < 4; i++)
        if (n[i] > (1 << 28)) {
            snprintf(r->err, sizeof r->err, "argument '%s': %s: too many elements", label, kind);
            goto out;
        }
    char err[512];
    if (is_mesh) {
        WpcMeshDesc md = {d[0], (int)n[0], d[1], (int)n[1], d[2], (int)n[2], d[3], (int)n[3], (int)leaf, (int)winding};
        id = wpc_mesh_build(r->warp_minor, &md, err, sizeof err);
    } else if (n[0] != n[1]) {
        snprintf(err, sizeof err, "lowers and uppers differ in length (%lld, %lld)", (long long)n[0], (long long)n[1]);
    } else if (d[3] && n[3] != n[0]) {
        snprintf(err, sizeof err, "groups: %lld, not one per item (%lld)", (long long)n[3], (long long)n[0]);
    } else {
        WpcBvhDesc bd = {d[0], d[1], (int)n[0], d[3], (int)leaf};
        id = wpc_bvh_build(r->warp_minor, &bd, err, sizeof err);
    }
    if (!id)
        snprintf(r->err, sizeof r->err, "argument '%s': %s", label, err);
out:
    for (int i = 0; i < 4; i++)
        free(mem[i]);
    free(copy);
    return id;
}

static uint64_t build_mesh(Run *r, const char *label, const char *spec) { return build_mesh_or_bvh(r, label, spec, 1); }
static uint64_t build_bvh(Run *r, const char *label, const char *spec) { return build_mesh_or_bvh(r, label, spec, 0); }

/* the kinds of objects: a spec prefix, its builder, its destructor */
typedef struct ObjKind {
    const char *name;
    uint64_t (*build)(Run *r, const char *label, const char *spec);
    void (*destroy)(uint64_t id);
} ObjKind;

static const ObjKind obj_kinds[] = {
    {"hashgrid", build_hashgrid, wpc_hashgrid_free},
    {"volume", build_volume, wpc_volume_free},
    {"mesh", build_mesh, wpc_mesh_free},
    {"bvh", build_bvh, wpc_bvh_free},
};

/* the kind of a `KIND:SPEC` value, or NULL */
static const ObjKind *obj_kind_of(const char *value) {
    for (size_t i = 0; i < sizeof obj_kinds / sizeof obj_kinds[0]; i++) {
        size_t n = strlen(obj_kinds[i].name);
        if (!strncmp(value, obj_kinds[i].name, n) && value[n] == ':')
            return &obj_kinds[i];
    }
    return NULL;
}

/* fills one value of type t at p: name is its argument path */
static int build_value(Run *r, const char *name, IrType t, unsigned char *p) {
    const IrTypeInfo *x = ir_type_info(r->m, t);
    char tb[128];
    if (x->kind == TY_ARRAY)
        return make_array(r, name, t, (WlArray *)p);
    if (x->kind == TY_STRUCT) {
        Spec *sp = find_spec(r, name);
        if (sp) {
            snprintf(r->err, sizeof r->err, "argument '%s' is a struct (%s): give its fields as %s.FIELD=VALUE", name,
                     tname(r->m, t, tb, sizeof tb), name);
            return -1;
        }
        const IrStruct *st = r->m->structs[x->strct];
        for (int i = 0; i < st->nfields; i++) {
            char sub[256];
            snprintf(sub, sizeof sub, "%s.%s", name, st->fields[i].name);
            if (build_value(r, sub, st->fields[i].type, p + llvm_field_offset(r->m, x->strct, i)))
                return -1;
        }
        return 0;
    }
    int n = x->kind == TY_SCALAR ? 1 : x->kind == TY_VEC ? x->rows : x->kind == TY_MAT ? x->rows * x->cols
          : x->kind == TY_QUAT ? 4 : x->kind == TY_TRANSFORM ? 7 : 0;
    if (!n) {
        snprintf(r->err, sizeof r->err, "argument '%s' of type %s is not supported by wpc run", name,
                 tname(r->m, t, tb, sizeof tb));
        return -1;
    }
    Spec *sp = find_spec(r, name);
    if (!sp) {
        if (r->fill) {
            uint64_t k = 0;
            fill_value(r, t, p, 1000 + r->arr_index++, &k);
            return 0;
        }
        snprintf(r->err, sizeof r->err, "missing argument '%s' (%s): give --arg %s=VALUE", name,
                 tname(r->m, t, tb, sizeof tb), name);
        return -1;
    }
    if (sp->value[0] == '@') {
        snprintf(r->err, sizeof r->err, "argument '%s' is a %s, not an array", name, tname(r->m, t, tb, sizeof tb));
        return -1;
    }
    const ObjKind *ok = obj_kind_of(sp->value);
    if (ok) {
        if (x->kind != TY_SCALAR || x->scalar != SC_UINT64) {
            snprintf(r->err, sizeof r->err, "argument '%s' is a %s: a %s is given to a uint64 argument (its id)", name,
                     tname(r->m, t, tb, sizeof tb), ok->name);
            return -1;
        }
        r->objs = realloc(r->objs, sizeof *r->objs * (size_t)(r->nobjs + 1));
        r->objs[r->nobjs++] = (Obj){ok, strdup(name), sp->value + strlen(ok->name) + 1, p, 0};
        return 0;
    }
    if (x->kind == TY_SCALAR)
        return parse_scalar(r, name, x->scalar, sp->value, p);
    uint64_t al, sz = llvm_type_size(r->m, t, &al);
    return parse_list(r, name, x->scalar, n, sz / (uint64_t)n, sp->value, p);
}

static uint64_t fnv1a(const void *p, size_t n) {
    const unsigned char *c = p;
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ c[i]) * 0x100000001b3ull;
    return h;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    for (;;) {
        if (n + 1 >= cap)
            b = realloc(b, cap *= 2);
        size_t k = fread(b + n, 1, cap - n - 1, f);
        n += k;
        if (!k)
            break;
    }
    fclose(f);
    b[n] = 0;
    *len = n;
    return b;
}

int wpc_run_main(int argc, char **argv) {
    const char *file = NULL, *kname = NULL, *dimstr = NULL, *outdir = NULL, *source_name = NULL;
    int threads = 1, bounds = 1, warp_minor = 16;
    Run r;
    memset(&r, 0, sizeof r);
    r.specs = calloc((size_t)argc + 1, sizeof *r.specs);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define NEEDV()                                                                              \
    do {                                                                                     \
        if (!v) {                                                                            \
            fprintf(stderr, "wpc run: option '%s' needs a value\n%s", a, run_usage);         \
            return 2;                                                                        \
        }                                                                                    \
        i++;                                                                                 \
    } while (0)
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(run_usage, stdout);
            return 0;
        } else if (!strcmp(a, "--kernel")) {
            NEEDV();
            kname = v;
        } else if (!strcmp(a, "--dim")) {
            NEEDV();
            dimstr = v;
        } else if (!strcmp(a, "--arg")) {
            NEEDV();
            const char *eq = strchr(v, '=');
            if (!eq || eq == v) {
                fprintf(stderr, "wpc run: --arg expects NAME=VALUE, got '%s'\n", v);
                return 2;
            }
            r.specs[r.nspecs].name = strndup(v, (size_t)(eq - v));
            r.specs[r.nspecs].value = eq + 1;
            r.nspecs++;
        } else if (!strcmp(a, "--seed")) {
            NEEDV();
            char *e;
            r.seed = strtoull(v, &e, 0);
            if (*e) {
                fprintf(stderr, "wpc run: --seed expects an integer, got '%s'\n", v);
                return 2;
            }
        } else if (!strcmp(a, "--out")) {
            NEEDV();
            outdir = v;
        } else if (!strcmp(a, "--threads")) {
            NEEDV();
            threads = atoi(v);
            if (threads < 1 || threads > 256) {
                fprintf(stderr, "wpc run: --threads expects 1..256\n");
                return 2;
            }
        } else if (!strcmp(a, "--device")) {
            NEEDV();
            if (strcmp(v, "cpu")) {
                fprintf(stderr, "wpc run: device '%s' is not supported yet (only cpu)\n", v);
                return 2;
            }
        } else if (!strcmp(a, "--warp-version")) {
            NEEDV();
            if (!(warp_minor = wpc_parse_warp_version(v))) {
                fprintf(stderr, "wpc run: unsupported Warp version '%s'\n", v);
                return 2;
            }
        } else if (!strcmp(a, "--source-name")) {
            NEEDV();
            source_name = v;
        } else if (!strcmp(a, "--fill")) {
            r.fill = 1;
        } else if (!strcmp(a, "--no-bounds-check")) {
            bounds = 0;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "wpc run: unknown option '%s'\n%s", a, run_usage);
            return 2;
        } else if (file) {
            fprintf(stderr, "wpc run: more than one input file\n");
            return 2;
        } else {
            file = a;
        }
#undef NEEDV
    }
    if (!file || !kname || !dimstr) {
        fprintf(stderr, "wpc run: %s\n%s", !file ? "no input file" : !kname ? "no --kernel" : "no --dim", run_usage);
        return 2;
    }
    int64_t dims[8];
    int nd = 0;
    {
        char *copy = strdup(dimstr), *save = NULL;
        for (char *tok = strtok_r(copy, ",x", &save); tok; tok = strtok_r(NULL, ",x", &save)) {
            char *e;
            long long v = strtoll(tok, &e, 10);
            if (*e || v < 0 || nd >= 4) {
                fprintf(stderr, "wpc run: --dim expects 1 to 4 non-negative extents, got '%s'\n", dimstr);
                free(copy);
                return 2;
            }
            dims[nd++] = v;
        }
        free(copy);
        if (!nd) {
            fprintf(stderr, "wpc run: --dim expects 1 to 4 non-negative extents, got '%s'\n", dimstr);
            return 2;
        }
    }
    size_t len;
    char *src = read_file(file, &len);
    if (!src) {
        fprintf(stderr, "wpc run: cannot open '%s': %s\n", file, strerror(errno));
        return 1;
    }
    WpcJob job = {source_name ? source_name : file, warp_minor, WPC_EMIT_CPP, WPC_CPU_BLOCK_DIM};
    Arena *arena = arena_new();
    IrModule *m;
    Diag d = {0};
    int rc = 1;
    WpcJit *jit = NULL;
    unsigned char *block = NULL;
    if (wpc_build_ir(&job, src, len, arena, &m, &d)) {
        fprintf(stderr, "%s:%d:%d: error: %s\n", file, d.loc.line, d.loc.col, d.msg ? d.msg : "error");
        goto done;
    }
    r.m = m;
    r.warp_minor = warp_minor;
    /* the kernel by its Python name, or by its native name (name_hash: one
     * wp.overload instance of a generic kernel) */
    const IrFunc *kf = NULL;
    int nmatch = 0;
    for (int i = 0; i < m->nfuncs; i++)
        if (m->funcs[i]->kind == IRK_KERNEL &&
            (!strcmp(m->funcs[i]->name, kname) || (m->funcs[i]->native && !strcmp(m->funcs[i]->native, kname)))) {
            kf = m->funcs[i];
            nmatch++;
        }
    if (!kf || nmatch > 1) {
        fprintf(stderr, "wpc run: %s kernel '%s' in %s (kernels:", kf ? "more than one" : "no", kname, file);
        for (int i = 0; i < m->nfuncs; i++)
            if (m->funcs[i]->kind == IRK_KERNEL)
                fprintf(stderr, " %s", nmatch > 1 ? m->funcs[i]->native : m->funcs[i]->name);
        fprintf(stderr, ")%s\n", nmatch > 1 ? ": name one by its native name" : "");
        goto done;
    }
    char err[1024];
    jit = wpc_jit_new((threads > 1 ? WPC_JIT_ATOMIC : 0) | (bounds ? WPC_JIT_BOUNDS_CHECK : 0), err, sizeof err);
    if (!jit) {
        fprintf(stderr, "wpc run: %s\n", err);
        goto done;
    }
    WlKernel *ks;
    int nk;
    if (wpc_jit_add(jit, m, arena, &ks, &nk, err, sizeof err) || wpc_jit_compile(jit, err, sizeof err)) {
        fprintf(stderr, "%s: error: %s\n", file, err);
        goto done;
    }
    const WlKernel *k = NULL;
    for (int i = 0; i < nk; i++)
        if (ks[i].f == kf)
            k = &ks[i];
    WlEntryFn fn = k ? wpc_jit_entry(jit, k, err, sizeof err) : NULL;
    if (!fn) {
        fprintf(stderr, "%s: error: %s\n", file, k ? err : "kernel not lowered");
        goto done;
    }
    /* the argument block */
    r.dims = dims;
    r.ndims = nd;
    r.launch_size = 1;
    for (int i = 0; i < nd; i++)
        r.launch_size *= (uint64_t)dims[i];
    size_t bsz = k->args_size ? k->args_size : 1;
    block = aligned_alloc(64, (bsz + 63) / 64 * 64);
    memset(block, 0, (bsz + 63) / 64 * 64);
    for (int i = 0; i < k->nparams; i++)
        if (build_value(&r, k->params[i].name, k->params[i].type, block + k->params[i].offset)) {
            fprintf(stderr, "wpc run: %s\n", r.err);
            goto done;
        }
    for (int i = 0; i < r.nspecs; i++)
        if (!r.specs[i].used) {
            fprintf(stderr, "wpc run: kernel '%s' has no argument '%s' (arguments:", kname, r.specs[i].name);
            for (int j = 0; j < k->nparams; j++)
                fprintf(stderr, " %s", k->params[j].name);
            fprintf(stderr, ")\n");
            goto done;
        }
    for (int i = 0; i < r.nobjs; i++) {
        Obj *o = &r.objs[i];
        if (!(o->id = o->kind->build(&r, o->label, o->spec))) {
            fprintf(stderr, "wpc run: %s\n", r.err);
            goto done;
        }
        memcpy(o->p, &o->id, 8);
    }
    wpc_rt_oob_count = 0;
    wpc_launch(fn, k, block, dims, nd, threads);
    fflush(stdout);
    if (wpc_rt_oob_count)
        fprintf(stderr, "wpc run: warning: %llu out-of-bounds array accesses (redirected to a scratch block)\n",
                (unsigned long long)wpc_rt_oob_count);
    if (outdir) {
        struct stat sb;
        if (stat(outdir, &sb) && mkdir(outdir, 0777)) {
            fprintf(stderr, "wpc run: cannot create '%s': %s\n", outdir, strerror(errno));
            goto done;
        }
    }
    for (int i = 0; i < r.narrs; i++) {
        ArrOut *a = &r.arrs[i];
        const IrTypeInfo *e = ir_type_info(m, a->dtype);
        int64_t shape[8];
        int ns = 0;
        uint64_t count = 1, al, esz = llvm_type_size(m, a->dtype, &al);
        for (int d2 = 0; d2 < a->ndim; d2++) {
            shape[ns++] = a->arr->shape[d2];
            count *= (uint64_t)a->arr->shape[d2];
        }
        comp_shape(e, shape, &ns);
        char descr[32];
        npy_descr_of(m, a->dtype, descr, sizeof descr);
        size_t nbytes = (size_t)(count * esz);
        char shp[128] = "(";
        for (int d2 = 0; d2 < ns; d2++)
            snprintf(shp + strlen(shp), sizeof shp - strlen(shp), "%s%lld", d2 ? ", " : "", (long long)shape[d2]);
        const char *dt = e->kind == TY_STRUCT ? descr : ir_scalar_name((IrScalar)e->scalar);
        printf("%s shape=%s%s) dtype=%s fnv1a=%016llx\n", a->label, shp, ns == 1 ? "," : "", dt,
               (unsigned long long)fnv1a(a->mem, nbytes));
        if (outdir) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s.npy", outdir, a->label);
            if (wpc_npy_write(path, descr, shape, ns, a->mem, nbytes, err, sizeof err)) {
                fprintf(stderr, "wpc run: %s\n", err);
                goto done;
            }
        }
    }
    for (int i = 0; i < r.nobjs; i++)
        if (r.objs[i].kind->build == build_volume && report_volume(&r, r.objs[i].label, r.objs[i].id, outdir)) {
            fprintf(stderr, "wpc run: %s\n", r.err);
            goto done;
        }
    rc = 0;
done:
    fflush(stdout);
    for (int i = 0; i < r.narrs; i++) {
        free(r.arrs[i].label);
        free(r.arrs[i].mem);
    }
    free(r.arrs);
    for (int i = 0; i < r.nobjs; i++) {
        if (r.objs[i].id)
            r.objs[i].kind->destroy(r.objs[i].id);
        free(r.objs[i].label);
    }
    free(r.objs);
    for (int i = 0; i < r.nspecs; i++)
        free((char *)r.specs[i].name);
    free(r.specs);
    free(block);
    wpc_jit_free(jit);
    arena_free(arena);
    free(src);
    return rc;
}
