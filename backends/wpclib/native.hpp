// native.hpp: the C++ environment in which wpc's CPU runtime compiles
// @wp.func_native snippets (written for wpc; Warp's own headers are not
// needed).  A snippet sees what it sees in a module Warp generates: the
// wp:: value types with the memory layout the LLVM lowering gives them
// (vectors and matrices as arrays of components, array_t as Warp's
// array_t), element access on vectors, matrices and arrays (operator[],
// index(), address()), the arithmetic operators on vectors and matrices,
// atomic_add/min/max on addresses (atomic: launches may be
// multithreaded), the C math library in wp:: and globally, and Warp's
// float()/int() cast macros; tiles as references with element access and
// tile_extract.  Anything else a snippet names (CUDA intrinsics, Warp's
// other builtins and tile functions) is a C++ compile error reported for the
// kernels that call it.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <type_traits>

#define CUDA_CALLABLE
#define CUDA_CALLABLE_DEVICE
#define WP_TILE_BLOCK_DIM 1

namespace wp {

typedef int8_t int8;
typedef uint8_t uint8;
typedef int16_t int16;
typedef uint16_t uint16;
typedef int32_t int32;
typedef uint32_t uint32;
typedef int64_t int64;
typedef uint64_t uint64;
typedef float float32;
typedef double float64;

// float16: storage only, converted through _Float16 (round to nearest even)
struct half {
    uint16_t u;
    half() : u(0) {}
    half(float f) { _Float16 h = (_Float16)f; std::memcpy(&u, &h, 2); }
    operator float() const { _Float16 h; std::memcpy(&h, &u, 2); return (float)h; }
};
typedef half float16;

template <unsigned N, typename T> struct vec_t {
    T c[N];
    vec_t() : c() {}
    explicit vec_t(T s) { for (unsigned i = 0; i < N; i++) c[i] = s; }
    template <typename... A, typename = typename std::enable_if<sizeof...(A) == N && (N > 1)>::type>
    vec_t(A... a) : c{T(a)...} {}
    T &operator[](int i) { return c[i]; }
    const T &operator[](int i) const { return c[i]; }
};

template <unsigned R, unsigned C, typename T> struct mat_t {
    T data[R][C];
    mat_t() : data() {}
    vec_t<C, T> &operator[](int i) { return *reinterpret_cast<vec_t<C, T> *>(data[i]); }
    const vec_t<C, T> &operator[](int i) const { return *reinterpret_cast<const vec_t<C, T> *>(data[i]); }
    T &operator()(int i, int j) { return data[i][j]; }
    const T &operator()(int i, int j) const { return data[i][j]; }
};

template <typename T> struct quat_t {
    T x, y, z, w;
};
template <typename T> struct transform_t {
    vec_t<3, T> p;
    quat_t<T> q;
};

typedef vec_t<2, float32> vec2;
typedef vec_t<3, float32> vec3;
typedef vec_t<4, float32> vec4;
typedef mat_t<2, 2, float32> mat22;
typedef mat_t<3, 3, float32> mat33;
typedef mat_t<4, 4, float32> mat44;
typedef quat_t<float32> quat;
typedef transform_t<float32> transform;

// component-wise arithmetic
#define WPC_NATIVE_CW(OP)                                                                                          \
    template <unsigned N, typename T> vec_t<N, T> operator OP(const vec_t<N, T> &a, const vec_t<N, T> &b) {      \
        vec_t<N, T> r;                                                                                             \
        for (unsigned i = 0; i < N; i++) r.c[i] = a.c[i] OP b.c[i];                                                \
        return r;                                                                                                  \
    }                                                                                                              \
    template <unsigned N, typename T> vec_t<N, T> &operator OP##=(vec_t<N, T> &a, const vec_t<N, T> &b) {        \
        return a = a OP b;                                                                                         \
    }                                                                                                              \
    template <unsigned R, unsigned C, typename T>                                                                  \
    mat_t<R, C, T> operator OP(const mat_t<R, C, T> &a, const mat_t<R, C, T> &b) {                                \
        mat_t<R, C, T> r;                                                                                          \
        for (unsigned i = 0; i < R; i++)                                                                           \
            for (unsigned j = 0; j < C; j++) r.data[i][j] = a.data[i][j] OP b.data[i][j];                           \
        return r;                                                                                                  \
    }
WPC_NATIVE_CW(+)
WPC_NATIVE_CW(-)
#undef WPC_NATIVE_CW

template <unsigned N, typename T> vec_t<N, T> operator-(const vec_t<N, T> &a) {
    vec_t<N, T> r;
    for (unsigned i = 0; i < N; i++) r.c[i] = -a.c[i];
    return r;
}
template <unsigned N, typename T> vec_t<N, T> operator*(const vec_t<N, T> &a, T s) {
    vec_t<N, T> r;
    for (unsigned i = 0; i < N; i++) r.c[i] = a.c[i] * s;
    return r;
}
template <unsigned N, typename T> vec_t<N, T> operator*(T s, const vec_t<N, T> &a) { return a * s; }
template <unsigned N, typename T> vec_t<N, T> operator/(const vec_t<N, T> &a, T s) {
    vec_t<N, T> r;
    for (unsigned i = 0; i < N; i++) r.c[i] = a.c[i] / s;
    return r;
}
template <unsigned R, unsigned C, typename T> mat_t<R, C, T> operator*(const mat_t<R, C, T> &a, T s) {
    mat_t<R, C, T> r;
    for (unsigned i = 0; i < R; i++)
        for (unsigned j = 0; j < C; j++) r.data[i][j] = a.data[i][j] * s;
    return r;
}
template <unsigned R, unsigned C, typename T> vec_t<R, T> operator*(const mat_t<R, C, T> &a, const vec_t<C, T> &v) {
    vec_t<R, T> r;
    for (unsigned i = 0; i < R; i++)
        for (unsigned j = 0; j < C; j++) r.c[i] += a.data[i][j] * v.c[j];
    return r;
}
template <unsigned R, unsigned K, unsigned C, typename T>
mat_t<R, C, T> operator*(const mat_t<R, K, T> &a, const mat_t<K, C, T> &b) {
    mat_t<R, C, T> r;
    for (unsigned i = 0; i < R; i++)
        for (unsigned j = 0; j < C; j++)
            for (unsigned k = 0; k < K; k++) r.data[i][j] += a.data[i][k] * b.data[k][j];
    return r;
}
template <unsigned N, typename T> T dot(const vec_t<N, T> &a, const vec_t<N, T> &b) {
    T s = T(0);
    for (unsigned i = 0; i < N; i++) s += a.c[i] * b.c[i];
    return s;
}
template <typename T> vec_t<3, T> cross(const vec_t<3, T> &a, const vec_t<3, T> &b) {
    return vec_t<3, T>(a.c[1] * b.c[2] - a.c[2] * b.c[1], a.c[2] * b.c[0] - a.c[0] * b.c[2],
                       a.c[0] * b.c[1] - a.c[1] * b.c[0]);
}
template <unsigned N, typename T> T length(const vec_t<N, T> &a) { return std::sqrt(dot(a, a)); }

// arrays: Warp's array_t (strides in bytes)
struct shape_t {
    int dims[4];
};
template <typename T> struct array_t {
    T *data;
    T *grad;
    shape_t shape;
    int strides[4];
    uint16_t ndim;
    uint16_t flags;
    T &operator[](int i) { return *reinterpret_cast<T *>(reinterpret_cast<char *>(data) + (int64_t)i * strides[0]); }
    const T &operator[](int i) const {
        return *reinterpret_cast<const T *>(reinterpret_cast<const char *>(data) + (int64_t)i * strides[0]);
    }
};
template <typename T> T *address(const array_t<T> &a, int i, int j = 0, int k = 0, int l = 0) {
    return reinterpret_cast<T *>(reinterpret_cast<char *>(a.data) + (int64_t)i * a.strides[0] +
                                 (int64_t)j * (a.ndim > 1 ? a.strides[1] : 0) +
                                 (int64_t)k * (a.ndim > 2 ? a.strides[2] : 0) +
                                 (int64_t)l * (a.ndim > 3 ? a.strides[3] : 0));
}
template <typename T, typename... I> T &index(const array_t<T> &a, I... i) { return *address(a, i...); }

// tiles, by reference to the lowering's storage (strides in elements):
// element access and tile_extract
template <typename T> struct tile_ref {
    T *data;
    int ndim;
    int shape[4];
    int strides[4];
    T &operator()(int i, int j = 0, int k = 0, int l = 0) const {
        return data[i * strides[0] + j * strides[1] + k * strides[2] + l * strides[3]];
    }
};
template <typename T, typename... I> T tile_extract(const tile_ref<T> &t, I... i) { return t(i...); }

// atomics on scalars and, component by component, on vectors
template <typename T> T atomic_add(T *p, T v) {
    T old, next;
    __atomic_load(p, &old, __ATOMIC_RELAXED);
    do
        next = T(old + v);
    while (!__atomic_compare_exchange(p, &old, &next, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED));
    return old;
}
template <typename T> T atomic_min(T *p, T v) {
    T old;
    __atomic_load(p, &old, __ATOMIC_RELAXED);
    while (v < old && !__atomic_compare_exchange(p, &old, &v, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
    }
    return old;
}
template <typename T> T atomic_max(T *p, T v) {
    T old;
    __atomic_load(p, &old, __ATOMIC_RELAXED);
    while (v > old && !__atomic_compare_exchange(p, &old, &v, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
    }
    return old;
}
template <unsigned N, typename T> vec_t<N, T> atomic_add(vec_t<N, T> *p, vec_t<N, T> v) {
    vec_t<N, T> old;
    for (unsigned i = 0; i < N; i++) old.c[i] = atomic_add(&p->c[i], v.c[i]);
    return old;
}

using std::abs;
using std::acos;
using std::asin;
using std::atan;
using std::atan2;
using std::ceil;
using std::cos;
using std::cosh;
using std::exp;
using std::floor;
using std::log;
using std::pow;
using std::round;
using std::sin;
using std::sinh;
using std::sqrt;
using std::tan;
using std::tanh;
template <typename T> T min(T a, T b) { return a < b ? a : b; }
template <typename T> T max(T a, T b) { return a > b ? a : b; }
template <typename T> T clamp(T x, T a, T b) { return min(max(x, a), b); }

template <typename T> float32 cast_float(T x) { return (float32)x; }
template <typename T> int32 cast_int(T x) { return (int32)x; }

}  // namespace wp

// as in the module Warp generates (float(x) of a built-in type then does
// not compile, as in Warp)
#define float(x) cast_float(x)
#define int(x) cast_int(x)
