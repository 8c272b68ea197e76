/* unit_builtins.c: standalone checks of the type spellings and the builtin
 * resolver against what Warp 1.16.0 and 1.10.1 themselves produce.
 *
 * Every expectation below was taken from Warp's own output for small
 * kernels (the C++ it writes to its kernel cache, or the error it raises),
 * generated with tools/warp-ref for both versions.  Build and run with
 * tests/unit_build.sh; prints "unit_builtins: N passed, N failed" and exits
 * non-zero on a failure. */
#include "ir/ir.h"

#include <stdio.h>
#include <string.h>

static int npass, nfail;

static void check(int ok, const char *what, int line) {
    if (ok) {
        npass++;
    } else {
        nfail++;
        printf("FAIL line %d: %s\n", line, what);
    }
}

#define CHECK(cond) check(!!(cond), #cond, __LINE__)

static void check_str(const char *got, const char *want, int line) {
    if (!strcmp(got, want)) {
        npass++;
    } else {
        nfail++;
        printf("FAIL line %d: got \"%s\"\n                want \"%s\"\n", line, got, want);
    }
}
#define CHECK_STR(got, want) check_str((got), (want), __LINE__)

static IrModule *M16, *M10;

/* ---- type spellings --------------------------------------------------------- */
static const char *spell(IrModule *m, IrType t, int which) {
    static char out[8][256];
    static int slot;
    Buf b = {0};
    if (which == 0) ir_type_ctype(m, t, &b);
    else if (which == 1) ir_type_code(m, t, &b);
    else ir_type_repr(m, t, &b);
    char *o = out[slot++ & 7];
    snprintf(o, 256, "%s", b.data ? b.data : "");
    buf_free(&b);
    return o;
}
#define CTYPE(t) spell(M16, (t), 0)
#define CODE(t) spell(M16, (t), 1)
#define REPR(t) spell(M16, (t), 2)
#define REPR10(t) spell(M10, (t), 2)

static void test_types(void) {
    IrModule *m = M16;
    IrType f32 = ir_type_scalar(m, SC_FLOAT32), vec3f = ir_type_vec(m, 3, SC_FLOAT32);
    CHECK(ir_type_scalar(m, SC_FLOAT32) == f32); /* interned */
    CHECK(ir_type_vec(m, 3, SC_FLOAT32) == vec3f);
    CHECK(ir_type_vec(m, 3, SC_FLOAT64) != vec3f);
    CHECK(ir_type_strip_ref(m, ir_type_ref(m, f32)) == f32);

    CHECK_STR(CTYPE(f32), "wp::float32");
    CHECK_STR(CTYPE(ir_type_scalar(m, SC_BOOL)), "bool");
    CHECK_STR(CTYPE(ir_type_scalar(m, SC_FLOAT16)), "wp::float16");
    CHECK_STR(CTYPE(ir_type_scalar(m, SC_UINT64)), "wp::uint64");
    CHECK_STR(CTYPE(vec3f), "wp::vec_t<3, wp::float32>");
    CHECK_STR(CTYPE(ir_type_mat(m, 3, 3, SC_FLOAT32)), "wp::mat_t<3, 3, wp::float32>");
    CHECK_STR(CTYPE(ir_type_quat(m, SC_FLOAT32)), "wp::quat_t<wp::float32>");
    CHECK_STR(CTYPE(ir_type_transform(m, SC_FLOAT64)), "wp::transform_t<wp::float64>");
    CHECK_STR(CTYPE(ir_type_array(m, f32, 1)), "wp::array_t<wp::float32>");
    CHECK_STR(CTYPE(ir_type_array(m, vec3f, 2)), "wp::array_t<wp::vec_t<3, wp::float32>>");
    CHECK_STR(CTYPE(ir_type_ref(m, vec3f)), "wp::vec_t<3, wp::float32>*");
    CHECK_STR(CTYPE(ir_type_simple(m, TY_RANGE)), "wp::range_t");
    CHECK_STR(CTYPE(ir_type_simple(m, TY_SHAPE)), "wp::shape_t");
    CHECK_STR(CTYPE(ir_type_simple(m, TY_STRING)), "wp::str");

    CHECK_STR(CODE(f32), "f4");
    CHECK_STR(CODE(ir_type_scalar(m, SC_FLOAT64)), "f8");
    CHECK_STR(CODE(ir_type_scalar(m, SC_FLOAT16)), "f2");
    CHECK_STR(CODE(ir_type_scalar(m, SC_INT8)), "i1");
    CHECK_STR(CODE(ir_type_scalar(m, SC_UINT64)), "u8");
    CHECK_STR(CODE(ir_type_scalar(m, SC_BOOL)), "b");
    CHECK_STR(CODE(vec3f), "v3f4");
    CHECK_STR(CODE(ir_type_mat(m, 3, 3, SC_FLOAT32)), "m33f4");
    CHECK_STR(CODE(ir_type_quat(m, SC_FLOAT32)), "qf4");
    CHECK_STR(CODE(ir_type_transform(m, SC_FLOAT64)), "tf8");
    CHECK_STR(CODE(ir_type_array(m, f32, 1)), "a1f4");
    CHECK_STR(CODE(ir_type_array(m, vec3f, 2)), "a2v3f4");

    CHECK_STR(REPR(f32), "float32");
    CHECK_STR(REPR(ir_type_scalar(m, SC_BOOL)), "warp._src.types.bool");
    CHECK_STR(REPR(vec3f), "vec3f");
    CHECK_STR(REPR(ir_type_vec(m, 2, SC_INT32)), "vec2i");
    CHECK_STR(REPR(ir_type_vec(m, 4, SC_UINT8)), "vec4ub");
    CHECK_STR(REPR(ir_type_vec(m, 6, SC_FLOAT32)), "vector(length=6, dtype=float32)");
    CHECK_STR(REPR(ir_type_vec(m, 3, SC_BOOL)), "vector(length=3, dtype=warp._src.types.bool)");
    CHECK_STR(REPR(ir_type_mat(m, 3, 3, SC_FLOAT32)), "mat33f");
    CHECK_STR(REPR10(ir_type_mat(M10, 3, 3, SC_FLOAT32)), "mat33(f)");
    CHECK_STR(REPR(ir_type_mat(m, 2, 3, SC_FLOAT32)), "mat23f");
    CHECK_STR(REPR(ir_type_mat(m, 6, 6, SC_FLOAT32)), "matrix(shape=(6, 6), dtype=float32)");
    CHECK_STR(REPR(ir_type_quat(m, SC_FLOAT16)), "quath");
    CHECK_STR(REPR(ir_type_transform(m, SC_FLOAT64)), "transformd");
    CHECK_STR(REPR(ir_type_array(m, f32, 1)), "array(ndim=1, dtype=float32)");
    CHECK_STR(REPR(ir_type_array(m, vec3f, 2)), "array(ndim=2, dtype=vec3f)");
}

/* ---- resolution --------------------------------------------------------------- */
static IrCallArg V(IrType t) {
    IrCallArg a = {0};
    a.type = t;
    return a;
}

static IrConst K_f(double f) {
    IrConst k = {0};
    k.is_float = 1;
    k.f = f;
    return k;
}

static IrConst K_i(int64_t i) {
    IrConst k = {0};
    k.i = i;
    return k;
}

static IrCallArg C(IrType t, const IrConst *k) {
    IrCallArg a = {0};
    a.type = t;
    a.value = k;
    return a;
}

static IrCallArg T(IrType t) {
    IrCallArg a = {0};
    a.type_value = t;
    return a;
}

static IrCallArg KW(const char *kw, IrCallArg a) {
    a.kw = kw;
    return a;
}

static char err[512];
static IrBuiltinCall call;

static int R(int minor, const char *key, IrCallArg *args, int n, const IrTypeArgs *ta, int minout) {
    IrModule *m = minor >= 16 ? M16 : M10;
    err[0] = 0;
    return ir_builtin_resolve(m, key, minor, args, n, ta, minout, &call, err, sizeof err);
}

#define A(...) ((IrCallArg[]){__VA_ARGS__}), (int)(sizeof((IrCallArg[]){__VA_ARGS__}) / sizeof(IrCallArg))
#define NOARGS NULL, 0

static int argmap_is(const int *want, int n) {
    if (call.ncargs != n)
        return 0;
    for (int k = 0; k < n; k++)
        if (call.argmap[k] != want[k])
            return 0;
    return 1;
}
#define ARGMAP(...) argmap_is((int[]){__VA_ARGS__}, (int)(sizeof((int[]){__VA_ARGS__}) / sizeof(int)))

static void test_resolve(int minor) {
    IrModule *m = minor >= 16 ? M16 : M10;
    IrType f32 = ir_type_scalar(m, SC_FLOAT32), f64 = ir_type_scalar(m, SC_FLOAT64);
    IrType i32 = ir_type_scalar(m, SC_INT32), u32 = ir_type_scalar(m, SC_UINT32);
    IrType bln = ir_type_scalar(m, SC_BOOL);
    IrType vec3f = ir_type_vec(m, 3, SC_FLOAT32), vec2f = ir_type_vec(m, 2, SC_FLOAT32);
    IrType vec3d = ir_type_vec(m, 3, SC_FLOAT64);
    IrType mat33f = ir_type_mat(m, 3, 3, SC_FLOAT32), quatf = ir_type_quat(m, SC_FLOAT32);
    IrType arrf = ir_type_array(m, f32, 1), arri = ir_type_array(m, i32, 1);
    IrType rng = ir_type_simple(m, TY_RANGE);
    const char *v = minor >= 16 ? "v16" : "v10";
    IrConst one = K_f(1.0), two = K_f(2.0), three = K_f(3.0), four = K_f(4.0);
    IrConst i1 = K_i(1), i2 = K_i(2), i3 = K_i(3);
    (void)v;

    /* arithmetic */
    CHECK(R(minor, "add", A(V(f32), V(f32)), NULL, 0) == 0);
    CHECK_STR(ir_builtin_native(call.id), "add");
    CHECK(call.nout == 1 && call.out[0] == f32 && ARGMAP(0, 1) && !call.template_args[0]);
    CHECK(R(minor, "add", A(V(f32), V(i32)), NULL, 0) != 0);
    CHECK_STR(err, "Input types must be the same, got ['float32', 'int32']");
    CHECK(R(minor, "mul", A(V(mat33f), V(vec3f)), NULL, 0) == 0 && call.out[0] == vec3f);
    CHECK(R(minor, "mul", A(V(mat33f), V(vec2f)), NULL, 0) != 0);
    CHECK_STR(err, "Can't multiply matrix of shape (3, 3) and vector with length 2");
    CHECK(R(minor, "mul", A(V(vec3f), V(i32)), NULL, 0) != 0);
    CHECK_STR(err, "Object and coefficient must have the same scalar type when multiplying by scalar");
    CHECK(R(minor, "mul", A(V(f32), V(vec3f)), NULL, 0) == 0 && call.out[0] == vec3f);
    CHECK(R(minor, "bit_and", A(V(f32), V(f32)), NULL, 0) != 0);
    CHECK_STR(err, "Couldn't find function overload for 'bit_and' that matched inputs with types: [float32, float32]");
    CHECK(R(minor, "rshift", A(V(i32), V(i32)), NULL, 0) == 0 && call.out[0] == i32);
    CHECK(R(minor, "floordiv", A(V(i32), V(i32)), NULL, 0) == 0 && call.out[0] == i32);
    CHECK(R(minor, "div", A(V(f32), V(f32)), NULL, 0) == 0 && (ir_builtin_flags(call.id) & BF_ORIG_OUT));
    CHECK(R(minor, "neg", A(V(vec3f)), NULL, 0) == 0 && call.out[0] == vec3f);
    CHECK(R(minor, "dot", A(V(vec3f), V(vec3d)), NULL, 0) != 0);
    CHECK_STR(err, "Input types must be exactly the same, got ['vec3f', 'vec3d']");

    /* math */
    CHECK(R(minor, "length", A(V(vec3f)), NULL, 0) == 0 && call.out[0] == f32);
    CHECK(ir_builtin_flags(call.id) & BF_ORIG_OUT);
    CHECK(R(minor, "length", A(V(mat33f)), NULL, 0) != 0);
    CHECK_STR(err, minor >= 16 ? "Couldn't find function overload for 'length' that matched inputs with types: [mat33f]"
                               : "Couldn't find function overload for 'length' that matched inputs with types: [mat33(f)]");
    CHECK(R(minor, "sin", A(V(bln)), NULL, 0) != 0);
    CHECK_STR(err, "Couldn't find function overload for 'sin' that matched inputs with types: [warp._src.types.bool]");
    /* Scalar matches bool in 1.10 only */
    CHECK((R(minor, "abs", A(V(bln)), NULL, 0) == 0) == (minor < 16));
    CHECK(R(minor, "min", A(V(vec3f)), NULL, 0) == 0 && call.out[0] == f32);
    CHECK(R(minor, "max", A(V(vec3f), V(vec3f)), NULL, 0) == 0 && call.out[0] == vec3f);
    CHECK(R(minor, "determinant", A(V(mat33f)), NULL, 0) == 0 && call.out[0] == f32);
    CHECK(R(minor, "transpose", A(V(ir_type_mat(m, 2, 3, SC_FLOAT32))), NULL, 0) == 0 &&
          call.out[0] == ir_type_mat(m, 3, 2, SC_FLOAT32));
    CHECK(R(minor, "clamp", A(V(f32), C(f32, &one), C(f32, &two)), NULL, 0) == 0 && call.out[0] == f32);
    CHECK(R(minor, "lerp", A(V(vec3f), V(vec3f), V(i32)), NULL, 0) != 0);
    CHECK_STR(err, "Couldn't find function overload for 'lerp' that matched inputs with types: [vec3f, vec3f, int32]");
    CHECK(R(minor, "cross", A(V(vec3f), V(vec3d)), NULL, 0) != 0);
    CHECK_STR(err, "Input types must be the same, got ['vec3f', 'vec3d']");

    /* casts */
    CHECK(R(minor, "float", A(V(i32)), NULL, 0) == 0 && call.out[0] == f32);
    CHECK_STR(ir_builtin_native(call.id), "float");
    CHECK(R(minor, "int", A(V(f32)), NULL, 0) == 0 && call.out[0] == i32);
    CHECK_STR(ir_builtin_native(call.id), "int");
    CHECK(R(minor, "float64", A(V(f32)), NULL, 0) == 0 && call.out[0] == f64);
    CHECK(R(minor, "bool", A(V(i32)), NULL, 0) == 0 && (ir_builtin_flags(call.id) & BF_NONS));
    CHECK(R(minor, "float", A(V(vec3f)), NULL, 0) != 0);
    CHECK_STR(err, "Couldn't find function overload for 'float' that matched inputs with types: [vec3f]");

    /* tid and its output counts */
    CHECK(R(minor, "tid", NOARGS, NULL, 0) == 0 && call.nout == 1);
    CHECK_STR(ir_builtin_native(call.id), "builtin_tid1d");
    CHECK(ir_builtin_flags(call.id) & BF_NONS);
    for (int k = 2; k <= 4; k++) {
        char want[32];
        snprintf(want, sizeof want, "builtin_tid%dd", k);
        CHECK(R(minor, "tid", NOARGS, NULL, k) == 0 && call.nout == k && call.out[k - 1] == i32);
        CHECK_STR(ir_builtin_native(call.id), want);
    }
    CHECK(R(minor, "tid", NOARGS, NULL, 5) != 0);
    CHECK_STR(err, "Couldn't find function overload for 'tid' that matched inputs with types: []");

    /* constructors */
    IrTypeArgs t_vec3 = {1, 3, 0, 0, SC_FLOAT32};
    CHECK(R(minor, "vector", A(V(f32), V(f32), V(f32)), &t_vec3, 0) == 0);
    CHECK(call.out[0] == vec3f && ARGMAP(0, 1, 2) && !call.initializer_list);
    CHECK_STR(ir_builtin_native(call.id), "vec_t");
    CHECK_STR(call.template_args, "3, wp::float32");
    CHECK(R(minor, "vector", A(V(f32), V(f32)), &t_vec3, 0) != 0);
    CHECK_STR(err, "incompatible number of values given (2) when constructing a vector of length 3");
    CHECK(R(minor, "vector", A(V(vec3f), KW("length", C(i32, &i2))), &t_vec3, 0) != 0);
    CHECK_STR(err, "Remove the extraneous `length` parameter when calling the templated version of `wp.vec_t()`");
    CHECK(R(minor, "vector", A(V(f32), V(f32), V(f32), V(f32), V(f32)), NULL, 0) == 0);
    CHECK(call.out[0] == ir_type_vec(m, 5, SC_FLOAT32) && call.initializer_list);
    CHECK_STR(call.template_args, "5, wp::float32");
    CHECK(R(minor, "vector", A(V(i32), V(f32), V(f32)), &t_vec3, 0) != 0);
    CHECK_STR(err, minor >= 16 ? "all values used to initialize this vector are expected to be of the type `float32`"
                               : "all values given when constructing a vector must have the same type");
    /* wp.vec3(1, 2, 3): 1.16 casts the int constants to new float32 constants */
    int rc = R(minor, "vector", A(C(i32, &i1), C(i32, &i2), C(i32, &i3)), &t_vec3, 0);
    if (minor >= 16) {
        CHECK(rc == 0 && ARGMAP(-1, -2, -3) && call.ndefaults == 3);
        CHECK(call.defaults[0].type == f32 && !call.defaults[0].is_float && call.defaults[2].i == 3);
    } else {
        CHECK(rc != 0);
        CHECK_STR(err, "all values used to initialize this vector are expected to be of the type `float32`");
    }
    /* wp.quatd(1.0, 2.0, 3.0, 4.0) */
    IrTypeArgs t_d = {1, 0, 0, 0, SC_FLOAT64};
    rc = R(minor, "quaternion", A(C(f32, &one), C(f32, &two), C(f32, &three), C(f32, &four)), &t_d, 0);
    if (minor >= 16) {
        CHECK(rc == 0 && call.out[0] == ir_type_quat(m, SC_FLOAT64) && ARGMAP(-1, -2, -3, -4));
        CHECK(call.defaults[3].type == f64 && call.defaults[3].is_float && call.defaults[3].f == 4.0);
        CHECK_STR(call.template_args, "wp::float64");
    } else {
        CHECK(rc != 0);
        CHECK_STR(err, "all values used to initialize this quaternion are expected to be of the type `float64`");
    }
    IrTypeArgs t_m22 = {1, 0, 2, 2, SC_FLOAT32};
    CHECK(R(minor, "matrix", A(C(f32, &one), C(f32, &two), C(f32, &three), C(f32, &four)), &t_m22, 0) == 0);
    CHECK(call.out[0] == ir_type_mat(m, 2, 2, SC_FLOAT32) && ARGMAP(0, 1, 2, 3) && !call.initializer_list);
    CHECK_STR(call.template_args, "2, 2, wp::float32");
    IrTypeArgs t_m33 = {1, 0, 3, 3, SC_FLOAT32};
    rc = R(minor, "matrix", A(V(vec3f), V(vec3f), V(vec3f)), &t_m33, 0);
    if (minor >= 16) {
        CHECK(rc != 0);
        CHECK_STR(err, "Passing vectors to `wp.matrix()` isn't supported, use `wp.matrix_from_rows()` or "
                       "`wp.matrix_from_cols()` instead.");
    } else {
        CHECK(rc == 0 && call.out[0] == mat33f && ARGMAP(0, 1, 2));
    }
    CHECK(R(minor, "matrix_from_cols", A(V(vec3f), V(vec3f)), NULL, 0) == 0);
    CHECK(call.out[0] == ir_type_mat(m, 3, 2, SC_FLOAT32) && call.initializer_list);
    CHECK_STR(call.template_args, "3, 2, wp::float32");
    CHECK(R(minor, "identity", A(KW("n", C(i32, &i3)), KW("dtype", T(f32))), NULL, 0) == 0);
    CHECK(call.out[0] == mat33f && call.ncargs == 0);
    CHECK_STR(call.template_args, "3, wp::float32");
    CHECK(R(minor, "quat_identity", NOARGS, NULL, 0) == 0 && call.out[0] == quatf && call.ncargs == 0);
    CHECK_STR(call.template_args, "wp::float32");
    CHECK(R(minor, "transform_identity", A(KW("dtype", T(f64))), NULL, 0) == 0);
    CHECK(call.out[0] == ir_type_transform(m, SC_FLOAT64) && call.ncargs == 0);
    CHECK_STR(call.template_args, "wp::float64");
    IrTypeArgs t_f = {1, 0, 0, 0, SC_FLOAT32};
    CHECK(R(minor, "transformation", A(V(vec3f), V(quatf)), &t_f, 0) == 0);
    CHECK(call.out[0] == ir_type_transform(m, SC_FLOAT32) && ARGMAP(0, 1));
    CHECK_STR(ir_builtin_native(call.id), "transform_t");
    CHECK_STR(call.template_args, "wp::float32");
    CHECK(R(minor, "transformation", A(V(vec3f)), &t_f, 0) == 0 && ARGMAP(0, -1));
    CHECK(call.defaults[0].type == quatf && call.defaults[0].n == 4 && call.defaults[0].v[3] == 1.0);
    CHECK(R(minor, "transformation", A(V(vec3f), V(quatf), KW("dtype", T(f64))), &t_f, 0) != 0);
    CHECK_STR(err, "Remove the extraneous `dtype` parameter when calling the templated version of `wp.transform_t()`");
    CHECK(R(minor, "transformation", A(V(f32), V(f32), V(f32), V(f32), V(f32), V(f32), V(f32)), NULL, 0) == 0);
    CHECK(call.initializer_list && call.ncargs == 7);
    CHECK(R(minor, "spatial_vector", A(V(f32), V(f32), V(f32), V(f32), V(f32), V(f32)), &t_vec3, 0) == 0);
    CHECK(call.out[0] == ir_type_vec(m, 6, SC_FLOAT32) && call.initializer_list && call.ncargs == 6);
    CHECK_STR(call.template_args, "6, wp::float32");
    CHECK(R(minor, "spatial_vector", A(V(vec3f), V(vec3f)), NULL, 0) == 0 && !call.initializer_list && ARGMAP(0, 1));
    CHECK(R(minor, "quaternion", A(V(vec3f), V(f32)), NULL, 0) == 0 && call.out[0] == quatf);

    /* where / select */
    CHECK(R(minor, "where", A(V(bln), V(f32), V(f32)), NULL, 0) == 0 && call.out[0] == f32 && ARGMAP(0, 1, 2));
    CHECK(R(minor, "where", A(V(i32), V(f32), V(f32)), NULL, 0) == 0 && call.out[0] == f32);
    CHECK(R(minor, "where", A(V(bln), V(f32), V(i32)), NULL, 0) != 0);
    CHECK_STR(err, "where() true value type (<class 'warp._src.types.float32'>) must be of the same type as the "
                   "false type (<class 'warp._src.types.int32'>)");
    CHECK(R(minor, "select", A(V(bln), V(f32), V(f32)), NULL, 0) != 0);
    CHECK_STR(err, "wp.select() has been removed. Use wp.where(cond, value_if_true, value_if_false) instead.");

    /* arrays, references, atomics */
    CHECK(R(minor, "address", A(V(arrf), V(i32)), NULL, 0) == 0 && call.out[0] == ir_type_ref(m, f32));
    CHECK(ARGMAP(0, 1)); /* the None defaults j, k, l are not passed */
    CHECK(R(minor, "load", A(V(ir_type_ref(m, f32))), NULL, 0) == 0 && call.out[0] == f32);
    CHECK(ir_builtin_arg_noload(call.id, 0));
    CHECK(R(minor, "array_store", A(V(arrf), V(i32), V(f32)), NULL, 0) == 0 && call.nout == 0);
    CHECK(ir_builtin_flags(call.id) & BF_SKIP_REPLAY);
    CHECK(R(minor, "atomic_add", A(V(arrf), V(i32), V(f32)), NULL, 0) == 0 && call.out[0] == f32);
    CHECK(ARGMAP(0, 1, 2) && (ir_builtin_flags(call.id) & BF_SKIP_REPLAY));
    CHECK(R(minor, "atomic_add", A(V(arri), V(i32), V(f32)), NULL, 0) != 0);
    CHECK_STR(err, "atomic_add() value argument type (float32) must be of the same type as the array (int32)");
    CHECK(R(minor, "atomic_min", A(V(arrf), V(i32), V(f32)), NULL, 0) == 0);
    CHECK(R(minor, "extract", A(V(vec3f), C(i32, &i1)), NULL, 0) == 0 && call.out[0] == f32);
    CHECK(R(minor, "assign_inplace", A(V(vec3f), V(i32), V(f32)), NULL, 0) == 0 && call.nout == 0);
    CHECK(R(minor, "assign_inplace", A(V(mat33f), V(i32), V(i32), V(f32)), NULL, 0) == 0 && call.ncargs == 4);
    CHECK(R(minor, "assign_inplace", A(V(mat33f), V(i32), V(vec3f)), NULL, 0) == 0 && call.ncargs == 3);
    CHECK(R(minor, "assign_inplace", A(V(vec3f), V(i32), V(i32)), NULL, 0) != 0);
    CHECK_STR(err, "The provided value is expected to be a scalar of type float32.");

    /* random numbers, defaults and keywords */
    CHECK(R(minor, "rand_init", A(V(i32)), NULL, 0) == 0 && call.out[0] == u32);
    CHECK(R(minor, "randf", A(V(u32)), NULL, 0) == 0 && call.out[0] == f32 && ARGMAP(0));
    CHECK(R(minor, "randf", A(V(u32), C(f32, &one), C(f32, &two)), NULL, 0) == 0 && ARGMAP(0, 1, 2));
    CHECK(R(minor, "randf", A(V(u32), KW("high", C(f32, &two)), KW("low", C(f32, &one))), NULL, 0) == 0);
    CHECK(ARGMAP(0, 2, 1)); /* bound in signature order */
    CHECK(R(minor, "randf", A(V(u32), V(f32)), NULL, 0) != 0);
    CHECK_STR(err, "Couldn't find function overload for 'randf' that matched inputs with types: [uint32, float32]");
    CHECK(R(minor, "randf", A(V(u32), KW("lo", V(f32))), NULL, 0) != 0);
    CHECK_STR(err, "Couldn't find function overload for 'randf' that matched inputs with types: [uint32, float32]");
    CHECK(R(minor, "curlnoise", A(V(u32), V(vec2f)), NULL, 0) == 0 && call.out[0] == vec2f);
    CHECK(ARGMAP(0, 1, -1, -2, -3) && call.ndefaults == 3);
    CHECK(call.defaults[0].type == u32 && call.defaults[0].i == 1);
    CHECK(!call.defaults[1].type && call.defaults[1].is_float && call.defaults[1].f == 2.0);
    CHECK(call.defaults[2].f == 0.5);
    CHECK(R(minor, "expect_near", A(V(f32), V(f32)), NULL, 0) == 0 && call.nout == 0 && ARGMAP(0, 1, -1));
    CHECK(call.defaults[0].is_float && call.defaults[0].f == 1e-06);

    /* len() folds to a constant */
    CHECK(R(minor, "len", A(V(vec3f)), NULL, 0) == 0 && ir_builtin_folds(call.id));
    CHECK(call.nout == 1 && call.out[0] == i32 && call.ncargs == 0 && call.defaults[0].i == 3);
    CHECK(R(minor, "len", A(V(arrf)), NULL, 0) == 0 && !ir_builtin_folds(call.id) && call.out[0] == i32);

    /* loops, printing, multiple results */
    CHECK(R(minor, "range", A(V(i32)), NULL, 0) == 0 && call.out[0] == rng);
    CHECK(R(minor, "iter_next", A(V(rng)), NULL, 0) == 0 && call.out[0] == i32);
    CHECK(R(minor, "reversed", A(V(rng)), NULL, 0) == 0 && call.out[0] == rng);
    CHECK_STR(ir_builtin_native(call.id), "iter_reverse");
    CHECK(R(minor, "print", A(V(f32)), NULL, 0) == 0 && call.nout == 0);
    CHECK(R(minor, "printf", A(V(ir_type_simple(m, TY_STRING)), V(f32), V(i32)), NULL, 0) == 0 && ARGMAP(0, 1, 2));
    CHECK(ir_builtin_flags(call.id) & BF_NONS);
    CHECK(R(minor, "svd3", A(V(mat33f)), NULL, 3) == 0 && call.nout == 3 && call.out[1] == vec3f);
    CHECK(R(minor, "quat_to_axis_angle", A(V(quatf)), NULL, 2) == 0 && call.out[0] == vec3f && call.out[1] == f32);

    /* version-specific rows */
    CHECK(ir_builtin_exists("copysign", 16) && !ir_builtin_exists("copysign", 10));
    CHECK(ir_builtin_exists("where", 10) && ir_builtin_exists("where", 16));
    CHECK(!ir_builtin_exists("no_such_builtin", 16));
}

/* ---- spatial queries: opaque query types, their spellings and builtins ----------- */
static void test_queries(int minor) {
    IrModule *m = minor >= 16 ? M16 : M10;
    IrType u64 = ir_type_scalar(m, SC_UINT64), i32 = ir_type_scalar(m, SC_INT32), f32 = ir_type_scalar(m, SC_FLOAT32);
    IrType f64 = ir_type_scalar(m, SC_FLOAT64), vec3f = ir_type_vec(m, 3, SC_FLOAT32), vec3d = ir_type_vec(m, 3, SC_FLOAT64);
    IrType hgq = ir_type_opaque(m, OQ_HASH_GRID_QUERY, SC_FLOAT32), hgqd = ir_type_opaque(m, OQ_HASH_GRID_QUERY, SC_FLOAT64);
    IrType mqp = ir_type_opaque(m, OQ_MESH_QUERY_POINT, SC_NONE), mqr = ir_type_opaque(m, OQ_MESH_QUERY_RAY, SC_NONE);
    IrType mesh = ir_type_opaque(m, OQ_MESH, SC_NONE);
    IrConst one = K_i(1);
    CHECK_STR(spell(m, hgq, 0), minor >= 16 ? "wp::hash_grid_query_f" : "wp::hash_grid_query_t");
    CHECK_STR(spell(m, hgq, 1), "hgq");
    CHECK_STR(spell(m, hgq, 2), "warp._src.types.HashGridQuery");
    CHECK_STR(spell(m, mqr, 0), "wp::mesh_query_ray_t");
    CHECK_STR(spell(m, mqp, 1), "mqp");
    CHECK_STR(spell(m, mesh, 0), "wp::Mesh");
    CHECK(ir_type_opaque_field(m, mqr, "normal") == vec3f && ir_type_opaque_field(m, mqp, "face") == i32);
    CHECK(ir_type_opaque_field(m, mqp, "t") == 0 && ir_type_opaque_field(m, hgq, "index") == 0);
    CHECK(ir_type_opaque_field(m, mesh, "indices") == ir_type_array(m, i32, 1));

    CHECK(R(minor, "hash_grid_query", A(V(u64), V(vec3f), V(f32)), NULL, 0) == 0 && call.out[0] == hgq);
    CHECK(ir_builtin_flags(call.id) & BF_NODIFF);
    CHECK(R(minor, "hash_grid_query_next", A(V(hgq), V(i32)), NULL, 0) == 0 && call.out[0] == ir_type_scalar(m, SC_BOOL));
    CHECK(R(minor, "iter_next", A(V(hgq)), NULL, 0) == 0 && call.out[0] == i32);
    CHECK((R(minor, "hash_grid_query", A(V(u64), V(vec3d), V(f64)), NULL, 0) == 0) == (minor >= 16));
    if (minor >= 16)
        CHECK(call.out[0] == hgqd && !strcmp(spell(m, hgqd, 0), "wp::hash_grid_query_d"));
    CHECK(R(minor, "hash_grid_query_next", A(V(hgq), V(f32)), NULL, 0) != 0);
    CHECK_STR(err, "Couldn't find function overload for 'hash_grid_query_next' that matched inputs with types: "
                   "[warp._src.types.HashGridQuery, float32]");
    CHECK(R(minor, "mesh_query_point", A(V(u64), V(vec3f), V(f32)), NULL, 0) == 0 && call.out[0] == mqp);
    CHECK(ir_builtin_flags(call.id) & BF_ORIG_OUT);
    /* 1.16's root=-1 default becomes a constant argument */
    CHECK(R(minor, "bvh_query_aabb", A(V(u64), V(vec3f), V(vec3f)), NULL, 0) == 0);
    CHECK(minor >= 16 ? ARGMAP(0, 1, 2, -1) && call.defaults[0].i == -1 : ARGMAP(0, 1, 2));
    /* volumes: dtype is the template argument, not a C++ argument */
    CHECK(R(minor, "volume_sample", A(V(u64), V(vec3f), C(i32, &one), KW("dtype", T(vec3f))), NULL, 0) == 0);
    CHECK(call.out[0] == vec3f && ARGMAP(0, 1, 2));
    CHECK_STR(call.template_args, "wp::vec_t<3, wp::float32>");
    CHECK(R(minor, "volume_sample", A(V(u64), V(vec3f), C(i32, &one), KW("dtype", T(ir_type_vec(m, 2, SC_FLOAT32)))),
            NULL, 0) != 0);
    CHECK_STR(err, "unsupported volume type `vec2f`");
}

int main(void) {
    Arena *a = arena_new();
    M16 = ir_module_new(a, 16);
    M10 = ir_module_new(a, 10);
    char *s = arena_printf(a, "%d-%s", 7, "x");
    CHECK_STR(s, "7-x");
    CHECK(((uintptr_t)arena_alloc(a, 3) & 15) == 0);
    test_types();
    test_resolve(16);
    test_resolve(10);
    test_queries(16);
    test_queries(10);
    /* every row parses and a lookup of each key works */
    for (IrBuiltinId id = 1; id <= ir_builtin_count(); id++)
        CHECK(ir_builtin_key(id)[0] && ir_builtin_native(id)[0]);
    arena_free(a);
    printf("unit_builtins: %d passed, %d failed\n", npass, nfail);
    return nfail ? 1 : 0;
}
