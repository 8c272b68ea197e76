#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif


struct Sphere_4ec6b69f
{
    wp::vec_t<3, wp::float32> center;
    wp::float32 radius;
    wp::vec_t<3, wp::float32> albedo;
    wp::vec_t<3, wp::float32> emission;
    bool metal;


    Sphere_4ec6b69f() = default;
    CUDA_CALLABLE Sphere_4ec6b69f(wp::vec_t<3, wp::float32> const& center,
    wp::float32 const& radius = {},
    wp::vec_t<3, wp::float32> const& albedo = {},
    wp::vec_t<3, wp::float32> const& emission = {},
    bool const& metal = {})
        : center{center}
        , radius{radius}
        , albedo{albedo}
        , emission{emission}
        , metal{metal}

    {
    }

    CUDA_CALLABLE Sphere_4ec6b69f& operator += (const Sphere_4ec6b69f& rhs)
    {    center += rhs.center;
    radius += rhs.radius;
    albedo += rhs.albedo;
    emission += rhs.emission;

        return *this;}

};

static CUDA_CALLABLE void adj_Sphere_4ec6b69f(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    bool const&,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    wp::vec_t<3, wp::float32> & adj_albedo,
    wp::vec_t<3, wp::float32> & adj_emission,
    bool & adj_metal,
    Sphere_4ec6b69f & adj_ret)
{
    adj_center += adj_ret.center;
    adj_radius += adj_ret.radius;
    adj_albedo += adj_ret.albedo;
    adj_emission += adj_ret.emission;
    adj_metal += adj_ret.metal;
}

// Required when compiling adjoints.
CUDA_CALLABLE Sphere_4ec6b69f add(const Sphere_4ec6b69f& a, const Sphere_4ec6b69f& b)
{
    return Sphere_4ec6b69f();
}

CUDA_CALLABLE void adj_atomic_add(Sphere_4ec6b69f* p, Sphere_4ec6b69f t)
{
    wp::adj_atomic_add(&p->center, t.center);
    wp::adj_atomic_add(&p->radius, t.radius);
    wp::adj_atomic_add(&p->albedo, t.albedo);
    wp::adj_atomic_add(&p->emission, t.emission);
    wp::adj_atomic_add(&p->metal, t.metal);
}




// corpus/186_path_tracer_spheres.py:15
static CUDA_CALLABLE wp::float32 hit_sphere_0(
    Sphere_4ec6b69f var_s,
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::float32 var_tmin,
    wp::float32 var_tmax)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    bool var_14;
    const wp::float32 var_15 = -1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    bool var_19;
    bool var_20;
    bool var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    bool var_24;
    bool var_25;
    bool var_26;
    const wp::float32 var_27 = -1.0;
    wp::float32 var_28;
    //---------
    // forward
    // def hit_sphere(s: Sphere, o: wp.vec3, d: wp.vec3, tmin: float, tmax: float) -> float:       <L 16>
    // oc = o - s.center                                                                      <L 17>
    var_0 = &((var_s).center);
    var_2 = wp::load(var_0);
    var_1 = wp::sub(var_o, var_2);
    // b = wp.dot(oc, d)                                                                      <L 18>
    var_3 = wp::dot(var_1, var_d);
    // c = wp.dot(oc, oc) - s.radius * s.radius                                               <L 19>
    var_4 = wp::dot(var_1, var_1);
    var_5 = &((var_s).radius);
    var_6 = &((var_s).radius);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::mul(var_8, var_9);
    var_10 = wp::sub(var_4, var_7);
    // disc = b * b - c                                                                       <L 20>
    var_11 = wp::mul(var_3, var_3);
    var_12 = wp::sub(var_11, var_10);
    // if disc < 0.0:                                                                         <L 21>
    var_14 = (var_12 < var_13);
    if (var_14) {
        // return -1.0                                                                        <L 22>
        return var_15;
    }
    // sq = wp.sqrt(disc)                                                                     <L 23>
    var_16 = wp::sqrt(var_12);
    // t = -b - sq                                                                            <L 24>
    var_17 = wp::neg(var_3);
    var_18 = wp::sub(var_17, var_16);
    // if t < tmin or t > tmax:                                                               <L 25>
    var_20 = (var_18 < var_tmin);
    var_19 = var_20;
    if (!var_19) {
        var_21 = (var_18 > var_tmax);
        var_19 = var_19 || var_21;
    }
    if (var_19) {
        // t = -b + sq                                                                        <L 26>
        var_22 = wp::neg(var_3);
        var_23 = wp::add(var_22, var_16);
        // if t < tmin or t > tmax:                                                           <L 27>
        var_25 = (var_23 < var_tmin);
        var_24 = var_25;
        if (!var_24) {
            var_26 = (var_23 > var_tmax);
            var_24 = var_24 || var_26;
        }
        if (var_24) {
            // return -1.0                                                                    <L 28>
            return var_27;
        }
    }
    var_28 = wp::where(var_19, var_23, var_18);
    // return t                                                                               <L 29>
    return var_28;
}


// corpus/186_path_tracer_spheres.py:40
static CUDA_CALLABLE wp::vec_t<3, wp::float32> sky_0(
    wp::vec_t<3, wp::float32> var_d)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = 1.0;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.5;
    const wp::float32 var_11 = 0.7;
    const wp::float32 var_12 = 1.0;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // forward
    // def sky(d: wp.vec3) -> wp.vec3:                                                        <L 41>
    // t = 0.5 * (d[1] + 1.0)                                                                 <L 42>
    var_2 = wp::extract(var_d, var_1);
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::mul(var_0, var_4);
    // return wp.lerp(wp.vec3(1.0, 1.0, 1.0), wp.vec3(0.5, 0.7, 1.0), t)                      <L 43>
    var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_14 = wp::lerp(var_9, var_13, var_5);
    return var_14;
}


// corpus/186_path_tracer_spheres.py:32
static CUDA_CALLABLE wp::vec_t<3, wp::float32> scatter_dir_0(
    wp::uint32 var_state,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_d,
    bool var_metal)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 0.05;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // forward
    // def scatter_dir(state: wp.uint32, n: wp.vec3, d: wp.vec3, metal: bool) -> wp.vec3:       <L 33>
    // if metal:                                                                              <L 34>
    if (var_metal) {
        // r = d - n * (2.0 * wp.dot(d, n))                                                   <L 35>
        var_1 = wp::dot(var_d, var_n);
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::mul(var_n, var_2);
        var_4 = wp::sub(var_d, var_3);
        // return wp.normalize(r + wp.sample_unit_sphere(state) * 0.05)                       <L 36>
        var_5 = wp::sample_unit_sphere(var_state);
        var_7 = wp::mul(var_5, var_6);
        var_8 = wp::add(var_4, var_7);
        var_9 = wp::normalize(var_8);
        return var_9;
    }
    // return wp.normalize(n + wp.sample_unit_sphere_surface(state))                          <L 37>
    var_10 = wp::sample_unit_sphere_surface(var_state);
    var_11 = wp::add(var_n, var_10);
    var_12 = wp::normalize(var_11);
    return var_12;
}


// corpus/186_path_tracer_spheres.py:15
static CUDA_CALLABLE void adj_hit_sphere_0(
    Sphere_4ec6b69f var_s,
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::float32 var_tmin,
    wp::float32 var_tmax,
    Sphere_4ec6b69f & adj_s,
    wp::vec_t<3, wp::float32> & adj_o,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::float32 & adj_tmin,
    wp::float32 & adj_tmax,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    bool var_14;
    const wp::float32 var_15 = -1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    bool var_19;
    bool var_20;
    bool var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    bool var_24;
    bool var_25;
    bool var_26;
    const wp::float32 var_27 = -1.0;
    wp::float32 var_28;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    bool adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    bool adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    bool adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    //---------
    // forward
    // def hit_sphere(s: Sphere, o: wp.vec3, d: wp.vec3, tmin: float, tmax: float) -> float:       <L 16>
    // oc = o - s.center                                                                      <L 17>
    var_0 = &((var_s).center);
    var_2 = wp::load(var_0);
    var_1 = wp::sub(var_o, var_2);
    // b = wp.dot(oc, d)                                                                      <L 18>
    var_3 = wp::dot(var_1, var_d);
    // c = wp.dot(oc, oc) - s.radius * s.radius                                               <L 19>
    var_4 = wp::dot(var_1, var_1);
    var_5 = &((var_s).radius);
    var_6 = &((var_s).radius);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::mul(var_8, var_9);
    var_10 = wp::sub(var_4, var_7);
    // disc = b * b - c                                                                       <L 20>
    var_11 = wp::mul(var_3, var_3);
    var_12 = wp::sub(var_11, var_10);
    // if disc < 0.0:                                                                         <L 21>
    var_14 = (var_12 < var_13);
    if (var_14) {
        // return -1.0                                                                        <L 22>
        goto label0;
    }
    // sq = wp.sqrt(disc)                                                                     <L 23>
    var_16 = wp::sqrt(var_12);
    // t = -b - sq                                                                            <L 24>
    var_17 = wp::neg(var_3);
    var_18 = wp::sub(var_17, var_16);
    // if t < tmin or t > tmax:                                                               <L 25>
    var_20 = (var_18 < var_tmin);
    var_19 = var_20;
    if (!var_19) {
        var_21 = (var_18 > var_tmax);
        var_19 = var_19 || var_21;
    }
    if (var_19) {
        // t = -b + sq                                                                        <L 26>
        var_22 = wp::neg(var_3);
        var_23 = wp::add(var_22, var_16);
        // if t < tmin or t > tmax:                                                           <L 27>
        var_25 = (var_23 < var_tmin);
        var_24 = var_25;
        if (!var_24) {
            var_26 = (var_23 > var_tmax);
            var_24 = var_24 || var_26;
        }
        if (var_24) {
            // return -1.0                                                                    <L 28>
            goto label1;
        }
    }
    var_28 = wp::where(var_19, var_23, var_18);
    // return t                                                                               <L 29>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_28 += adj_ret;
    // adj: return t                                                                          <L 29>
    wp::adj_where(var_19, var_23, var_18, adj_19, adj_23, adj_18, adj_28);
    if (var_19) {
        if (var_24) {
            label1:;
            adj_27 += adj_ret;
            // adj: return -1.0                                                               <L 28>
        }
        if (!var_24) {
        }
        // adj: if t < tmin or t > tmax:                                                      <L 27>
        wp::adj_add(var_22, var_16, adj_22, adj_16, adj_23);
        wp::adj_neg(var_3, adj_3, adj_22);
        // adj: t = -b + sq                                                                   <L 26>
    }
    if (!var_19) {
    }
    // adj: if t < tmin or t > tmax:                                                          <L 25>
    wp::adj_sub(var_17, var_16, adj_17, adj_16, adj_18);
    wp::adj_neg(var_3, adj_3, adj_17);
    // adj: t = -b - sq                                                                       <L 24>
    wp::adj_sqrt(var_12, var_16, adj_12, adj_16);
    // adj: sq = wp.sqrt(disc)                                                                <L 23>
    if (var_14) {
        label0:;
        adj_15 += adj_ret;
        // adj: return -1.0                                                                   <L 22>
    }
    // adj: if disc < 0.0:                                                                    <L 21>
    wp::adj_sub(var_11, var_10, adj_11, adj_10, adj_12);
    wp::adj_mul(var_3, var_3, adj_3, adj_3, adj_11);
    // adj: disc = b * b - c                                                                  <L 20>
    wp::adj_sub(var_4, var_7, adj_4, adj_7, adj_10);
    wp::adj_mul(var_8, var_9, adj_5, adj_6, adj_7);
    adj_s.radius += adj_6;
    adj_s.radius += adj_5;
    wp::adj_dot(var_1, var_1, adj_1, adj_1, adj_4);
    // adj: c = wp.dot(oc, oc) - s.radius * s.radius                                          <L 19>
    wp::adj_dot(var_1, var_d, adj_1, adj_d, adj_3);
    // adj: b = wp.dot(oc, d)                                                                 <L 18>
    wp::adj_sub(var_o, var_2, adj_o, adj_0, adj_1);
    adj_s.center += adj_0;
    // adj: oc = o - s.center                                                                 <L 17>
    // adj: def hit_sphere(s: Sphere, o: wp.vec3, d: wp.vec3, tmin: float, tmax: float) -> float:  <L 16>
    return;
}


// corpus/186_path_tracer_spheres.py:40
static CUDA_CALLABLE void adj_sky_0(
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 1.0;
    const wp::float32 var_8 = 1.0;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.5;
    const wp::float32 var_11 = 0.7;
    const wp::float32 var_12 = 1.0;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    //---------
    // forward
    // def sky(d: wp.vec3) -> wp.vec3:                                                        <L 41>
    // t = 0.5 * (d[1] + 1.0)                                                                 <L 42>
    var_2 = wp::extract(var_d, var_1);
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::mul(var_0, var_4);
    // return wp.lerp(wp.vec3(1.0, 1.0, 1.0), wp.vec3(0.5, 0.7, 1.0), t)                      <L 43>
    var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    var_14 = wp::lerp(var_9, var_13, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret;
    wp::adj_lerp(var_9, var_13, var_5, adj_9, adj_13, adj_5, adj_14);
    wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    wp::adj_vec_t(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
    // adj: return wp.lerp(wp.vec3(1.0, 1.0, 1.0), wp.vec3(0.5, 0.7, 1.0), t)                 <L 43>
    wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_extract(var_d, var_1, adj_d, adj_1, adj_2);
    // adj: t = 0.5 * (d[1] + 1.0)                                                            <L 42>
    // adj: def sky(d: wp.vec3) -> wp.vec3:                                                   <L 41>
    return;
}


// corpus/186_path_tracer_spheres.py:32
static CUDA_CALLABLE void adj_scatter_dir_0(
    wp::uint32 var_state,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_d,
    bool var_metal,
    wp::uint32 & adj_state,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_d,
    bool & adj_metal,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 0.05;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def scatter_dir(state: wp.uint32, n: wp.vec3, d: wp.vec3, metal: bool) -> wp.vec3:       <L 33>
    // if metal:                                                                              <L 34>
    if (var_metal) {
        // r = d - n * (2.0 * wp.dot(d, n))                                                   <L 35>
        var_1 = wp::dot(var_d, var_n);
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::mul(var_n, var_2);
        var_4 = wp::sub(var_d, var_3);
        // return wp.normalize(r + wp.sample_unit_sphere(state) * 0.05)                       <L 36>
        var_5 = wp::sample_unit_sphere(var_state);
        var_7 = wp::mul(var_5, var_6);
        var_8 = wp::add(var_4, var_7);
        var_9 = wp::normalize(var_8);
        goto label0;
    }
    // return wp.normalize(n + wp.sample_unit_sphere_surface(state))                          <L 37>
    var_10 = wp::sample_unit_sphere_surface(var_state);
    var_11 = wp::add(var_n, var_10);
    var_12 = wp::normalize(var_11);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_12 += adj_ret;
    wp::adj_normalize(var_11, var_12, adj_11, adj_12);
    wp::adj_add(var_n, var_10, adj_n, adj_10, adj_11);
    // adj: return wp.normalize(n + wp.sample_unit_sphere_surface(state))                     <L 37>
    if (var_metal) {
        label0:;
        adj_9 += adj_ret;
        wp::adj_normalize(var_8, var_9, adj_8, adj_9);
        wp::adj_add(var_4, var_7, adj_4, adj_7, adj_8);
        wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
        // adj: return wp.normalize(r + wp.sample_unit_sphere(state) * 0.05)                  <L 36>
        wp::adj_sub(var_d, var_3, adj_d, adj_3, adj_4);
        wp::adj_mul(var_n, var_2, adj_n, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        wp::adj_dot(var_d, var_n, adj_d, adj_n, adj_1);
        // adj: r = d - n * (2.0 * wp.dot(d, n))                                              <L 35>
    }
    // adj: if metal:                                                                         <L 34>
    // adj: def scatter_dir(state: wp.uint32, n: wp.vec3, d: wp.vec3, metal: bool) -> wp.vec3:  <L 33>
    return;
}



extern "C" __global__ void render_c3e5ef37_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<Sphere_4ec6b69f> var_spheres,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::int32 var_spp,
    wp::int32 var_seed,
    wp::int32 var_frame,
    wp::array_t<wp::vec_t<3, wp::float32>> var_accum)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::uint32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 2.0;
        wp::float32 var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 2.0;
        wp::float32 var_25;
        const wp::float32 var_26 = 1.0;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 0.0;
        const wp::float32 var_30 = 3.0;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::float32 var_36 = -1.5;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        const wp::float32 var_39 = 1.0;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        const wp::int32 var_42 = 4;
        wp::range_t var_43;
        wp::int32 var_44;
        const wp::float32 var_45 = 1e+20;
        wp::float32 var_46;
        const wp::int32 var_47 = -1;
        wp::int32 var_48;
        wp::shape_t* var_49;
        const wp::int32 var_50 = 0;
        wp::int32 var_51;
        wp::shape_t var_52;
        wp::range_t var_53;
        wp::int32 var_54;
        Sphere_4ec6b69f* var_55;
        const wp::float32 var_56 = 0.001;
        wp::float32 var_57;
        Sphere_4ec6b69f var_58;
        const wp::float32 var_59 = 0.0;
        bool var_60;
        wp::float32 var_61;
        wp::int32 var_62;
        wp::float32 var_63;
        wp::int32 var_64;
        const wp::int32 var_65 = 0;
        bool var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        Sphere_4ec6b69f* var_70;
        Sphere_4ec6b69f var_71;
        Sphere_4ec6b69f var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32>* var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32>* var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::vec_t<3, wp::float32>* var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::vec_t<3, wp::float32> var_86;
        bool* var_87;
        wp::vec_t<3, wp::float32> var_88;
        bool var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32>* var_91;
        wp::float32 var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32> var_95;
        //---------
        // forward
        // def render(spheres: wp.array(dtype=Sphere), width: int, height: int, spp: int, seed: int, frame: int, accum: wp.array2d(dtype=wp.vec3)):       <L 47>
        // y, x = wp.tid()                                                                        <L 48>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed, (frame * height + y) * width + x)                           <L 49>
        var_2 = wp::mul(var_frame, var_height);
        var_3 = wp::add(var_2, var_0);
        var_4 = wp::mul(var_3, var_width);
        var_5 = wp::add(var_4, var_1);
        var_6 = wp::rand_init(var_seed, var_5);
        // color = wp.vec3()                                                                      <L 50>
        var_7 = wp::vec_t<3, wp::float32>();
        // for s in range(spp):                                                                   <L 51>
        var_8 = wp::range(var_spp);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
            // u = (float(x) + wp.randf(state)) / float(width) * 2.0 - 1.0                        <L 52>
            var_10 = wp::float(var_1);
            var_11 = wp::randf(var_6);
            var_12 = wp::add(var_10, var_11);
            var_13 = wp::float(var_width);
            var_14 = wp::div(var_12, var_13);
            var_16 = wp::mul(var_14, var_15);
            var_18 = wp::sub(var_16, var_17);
            // v = (float(y) + wp.randf(state)) / float(height) * 2.0 - 1.0                       <L 53>
            var_19 = wp::float(var_0);
            var_20 = wp::randf(var_6);
            var_21 = wp::add(var_19, var_20);
            var_22 = wp::float(var_height);
            var_23 = wp::div(var_21, var_22);
            var_25 = wp::mul(var_23, var_24);
            var_27 = wp::sub(var_25, var_26);
            // o = wp.vec3(0.0, 0.0, 3.0)                                                         <L 54>
            var_31 = wp::vec_t<3, wp::float32>(var_28, var_29, var_30);
            // d = wp.normalize(wp.vec3(u * float(width) / float(height), v, -1.5))               <L 55>
            var_32 = wp::float(var_width);
            var_33 = wp::mul(var_18, var_32);
            var_34 = wp::float(var_height);
            var_35 = wp::div(var_33, var_34);
            var_37 = wp::vec_t<3, wp::float32>(var_35, var_27, var_36);
            var_38 = wp::normalize(var_37);
            // throughput = wp.vec3(1.0)                                                          <L 56>
            var_40 = wp::vec_t<3, wp::float32>(var_39);
            // radiance = wp.vec3()                                                               <L 57>
            var_41 = wp::vec_t<3, wp::float32>();
            // for bounce in range(MAX_BOUNCES):                                                  <L 58>
            var_43 = wp::range(var_42);
            start_for_2:;
                if (iter_cmp(var_43) == 0) goto end_for_2;
                var_44 = wp::iter_next(var_43);
                // best = float(1.0e20)                                                           <L 59>
                var_46 = wp::float(var_45);
                // hit = int(-1)                                                                  <L 60>
                var_48 = wp::int(var_47);
                // for k in range(spheres.shape[0]):                                              <L 61>
                var_49 = &(var_spheres.shape);
                var_52 = wp::load(var_49);
                var_51 = wp::extract(var_52, var_50);
                var_53 = wp::range(var_51);
                start_for_4:;
                    if (iter_cmp(var_53) == 0) goto end_for_4;
                    var_54 = wp::iter_next(var_53);
                    // t = hit_sphere(spheres[k], o, d, 1.0e-3, best)                             <L 62>
                    var_55 = wp::address(var_spheres, var_54);
                    var_58 = wp::load(var_55);
                    var_57 = hit_sphere_0(var_58, var_31, var_38, var_56, var_46);
                    // if t > 0.0:                                                                <L 63>
                    var_60 = (var_57 > var_59);
                    if (var_60) {
                        // best = t                                                               <L 64>
                        var_61 = wp::copy(var_57);
                        // hit = k                                                                <L 65>
                        var_62 = wp::copy(var_54);
                    }
                    var_63 = wp::where(var_60, var_61, var_46);
                    var_64 = wp::where(var_60, var_62, var_48);
                    wp::assign(var_46, var_63);
                    wp::assign(var_48, var_64);
                    goto start_for_4;
                end_for_4:;
                // if hit < 0:                                                                    <L 66>
                var_66 = (var_48 < var_65);
                if (var_66) {
                    // radiance += wp.cw_mul(throughput, sky(d))                                  <L 67>
                    var_67 = sky_0(var_38);
                    var_68 = wp::cw_mul(var_40, var_67);
                    var_69 = wp::add(var_41, var_68);
                    // break                                                                      <L 68>
                    wp::assign(var_41, var_69);
                    goto end_for_2;
                }
                // sp = spheres[hit]                                                              <L 69>
                var_70 = wp::address(var_spheres, var_48);
                var_72 = wp::load(var_70);
                var_71 = wp::copy(var_72);
                // p = o + d * best                                                               <L 70>
                var_73 = wp::mul(var_38, var_46);
                var_74 = wp::add(var_31, var_73);
                // n = wp.normalize(p - sp.center)                                                <L 71>
                var_75 = &((var_71).center);
                var_77 = wp::load(var_75);
                var_76 = wp::sub(var_74, var_77);
                var_78 = wp::normalize(var_76);
                // radiance += wp.cw_mul(throughput, sp.emission)                                 <L 72>
                var_79 = &((var_71).emission);
                var_81 = wp::load(var_79);
                var_80 = wp::cw_mul(var_40, var_81);
                var_82 = wp::add(var_41, var_80);
                // throughput = wp.cw_mul(throughput, sp.albedo)                                  <L 73>
                var_83 = &((var_71).albedo);
                var_85 = wp::load(var_83);
                var_84 = wp::cw_mul(var_40, var_85);
                // o = p                                                                          <L 74>
                var_86 = wp::copy(var_74);
                // d = scatter_dir(state, n, d, sp.metal)                                         <L 75>
                var_87 = &((var_71).metal);
                var_89 = wp::load(var_87);
                var_88 = scatter_dir_0(var_6, var_78, var_38, var_89);
                wp::assign(var_31, var_86);
                wp::assign(var_38, var_88);
                wp::assign(var_40, var_84);
                wp::assign(var_41, var_82);
                goto start_for_2;
            end_for_2:;
            // color += radiance                                                                  <L 76>
            var_90 = wp::add(var_7, var_41);
            wp::assign(var_7, var_90);
            goto start_for_0;
        end_for_0:;
        // accum[y, x] = accum[y, x] + color / float(spp)                                         <L 77>
        var_91 = wp::address(var_accum, var_0, var_1);
        var_92 = wp::float(var_spp);
        var_93 = wp::div(var_7, var_92);
        var_95 = wp::load(var_91);
        var_94 = wp::add(var_95, var_93);
        wp::array_store(var_accum, var_0, var_1, var_94);
    }
}



extern "C" __global__ void render_c3e5ef37_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<Sphere_4ec6b69f> var_spheres,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::int32 var_spp,
    wp::int32 var_seed,
    wp::int32 var_frame,
    wp::array_t<wp::vec_t<3, wp::float32>> var_accum,
    wp::array_t<Sphere_4ec6b69f> adj_spheres,
    wp::int32 adj_width,
    wp::int32 adj_height,
    wp::int32 adj_spp,
    wp::int32 adj_seed,
    wp::int32 adj_frame,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_accum)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::uint32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 2.0;
        wp::float32 var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 2.0;
        wp::float32 var_25;
        const wp::float32 var_26 = 1.0;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 0.0;
        const wp::float32 var_30 = 3.0;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::float32 var_36 = -1.5;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        const wp::float32 var_39 = 1.0;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        const wp::int32 var_42 = 4;
        wp::range_t var_43;
        wp::int32 var_44;
        const wp::float32 var_45 = 1e+20;
        wp::float32 var_46;
        const wp::int32 var_47 = -1;
        wp::int32 var_48;
        wp::shape_t* var_49;
        const wp::int32 var_50 = 0;
        wp::int32 var_51;
        wp::shape_t var_52;
        wp::range_t var_53;
        wp::int32 var_54;
        Sphere_4ec6b69f* var_55;
        const wp::float32 var_56 = 0.001;
        wp::float32 var_57;
        Sphere_4ec6b69f var_58;
        const wp::float32 var_59 = 0.0;
        bool var_60;
        wp::float32 var_61;
        wp::int32 var_62;
        wp::float32 var_63;
        wp::int32 var_64;
        const wp::int32 var_65 = 0;
        bool var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        Sphere_4ec6b69f* var_70;
        Sphere_4ec6b69f var_71;
        Sphere_4ec6b69f var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32>* var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32>* var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::vec_t<3, wp::float32>* var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::vec_t<3, wp::float32> var_86;
        bool* var_87;
        wp::vec_t<3, wp::float32> var_88;
        bool var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32>* var_91;
        wp::float32 var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32> var_95;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::uint32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::range_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::float32 adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::int32 adj_42 = {};
        wp::range_t adj_43 = {};
        wp::int32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::shape_t adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::shape_t adj_52 = {};
        wp::range_t adj_53 = {};
        wp::int32 adj_54 = {};
        Sphere_4ec6b69f adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        Sphere_4ec6b69f adj_58 = {};
        wp::float32 adj_59 = {};
        bool adj_60 = {};
        wp::float32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        bool adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        Sphere_4ec6b69f adj_70 = {};
        Sphere_4ec6b69f adj_71 = {};
        Sphere_4ec6b69f adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::vec_t<3, wp::float32> adj_76 = {};
        wp::vec_t<3, wp::float32> adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::vec_t<3, wp::float32> adj_80 = {};
        wp::vec_t<3, wp::float32> adj_81 = {};
        wp::vec_t<3, wp::float32> adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::vec_t<3, wp::float32> adj_86 = {};
        bool adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        bool adj_89 = {};
        wp::vec_t<3, wp::float32> adj_90 = {};
        wp::vec_t<3, wp::float32> adj_91 = {};
        wp::float32 adj_92 = {};
        wp::vec_t<3, wp::float32> adj_93 = {};
        wp::vec_t<3, wp::float32> adj_94 = {};
        wp::vec_t<3, wp::float32> adj_95 = {};
        //---------
        // forward
        // def render(spheres: wp.array(dtype=Sphere), width: int, height: int, spp: int, seed: int, frame: int, accum: wp.array2d(dtype=wp.vec3)):       <L 47>
        // y, x = wp.tid()                                                                        <L 48>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed, (frame * height + y) * width + x)                           <L 49>
        var_2 = wp::mul(var_frame, var_height);
        var_3 = wp::add(var_2, var_0);
        var_4 = wp::mul(var_3, var_width);
        var_5 = wp::add(var_4, var_1);
        var_6 = wp::rand_init(var_seed, var_5);
        // color = wp.vec3()                                                                      <L 50>
        var_7 = wp::vec_t<3, wp::float32>();
        // for s in range(spp):                                                                   <L 51>
        var_8 = wp::range(var_spp);
        // accum[y, x] = accum[y, x] + color / float(spp)                                         <L 77>
        var_91 = wp::address(var_accum, var_0, var_1);
        var_92 = wp::float(var_spp);
        var_93 = wp::div(var_7, var_92);
        var_95 = wp::load(var_91);
        var_94 = wp::add(var_95, var_93);
        // wp::array_store(var_accum, var_0, var_1, var_94);
        //---------
        // reverse
        wp::adj_array_store(var_accum, var_0, var_1, var_94, adj_accum, adj_0, adj_1, adj_94);
        wp::adj_add(var_95, var_93, adj_91, adj_93, adj_94);
        wp::adj_div(var_7, var_92, adj_7, adj_92, adj_93);
        wp::adj_float(var_spp, adj_spp, adj_92);
        wp::adj_address(var_accum, var_0, var_1, adj_accum, adj_0, adj_1, adj_91);
        // adj: accum[y, x] = accum[y, x] + color / float(spp)                                    <L 77>
        var_8 = wp::iter_reverse(var_8);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
        	adj_43 = {};
        	adj_90 = {};
            // u = (float(x) + wp.randf(state)) / float(width) * 2.0 - 1.0                        <L 52>
            var_10 = wp::float(var_1);
            var_11 = wp::randf(var_6);
            var_12 = wp::add(var_10, var_11);
            var_13 = wp::float(var_width);
            var_14 = wp::div(var_12, var_13);
            var_16 = wp::mul(var_14, var_15);
            var_18 = wp::sub(var_16, var_17);
            // v = (float(y) + wp.randf(state)) / float(height) * 2.0 - 1.0                       <L 53>
            var_19 = wp::float(var_0);
            var_20 = wp::randf(var_6);
            var_21 = wp::add(var_19, var_20);
            var_22 = wp::float(var_height);
            var_23 = wp::div(var_21, var_22);
            var_25 = wp::mul(var_23, var_24);
            var_27 = wp::sub(var_25, var_26);
            // o = wp.vec3(0.0, 0.0, 3.0)                                                         <L 54>
            var_31 = wp::vec_t<3, wp::float32>(var_28, var_29, var_30);
            // d = wp.normalize(wp.vec3(u * float(width) / float(height), v, -1.5))               <L 55>
            var_32 = wp::float(var_width);
            var_33 = wp::mul(var_18, var_32);
            var_34 = wp::float(var_height);
            var_35 = wp::div(var_33, var_34);
            var_37 = wp::vec_t<3, wp::float32>(var_35, var_27, var_36);
            var_38 = wp::normalize(var_37);
            // throughput = wp.vec3(1.0)                                                          <L 56>
            var_40 = wp::vec_t<3, wp::float32>(var_39);
            // radiance = wp.vec3()                                                               <L 57>
            var_41 = wp::vec_t<3, wp::float32>();
            // for bounce in range(MAX_BOUNCES):                                                  <L 58>
            var_43 = wp::range(var_42);
            // color += radiance                                                                  <L 76>
            var_90 = wp::add(var_7, var_41);
            wp::assign(var_7, var_90);
            wp::adj_assign(var_7, var_90, adj_7, adj_90);
            wp::adj_add(var_7, var_41, adj_7, adj_41, adj_90);
            // adj: color += radiance                                                             <L 76>
            var_43 = wp::iter_reverse(var_43);
            start_for_2:;
                if (iter_cmp(var_43) == 0) goto end_for_2;
                var_44 = wp::iter_next(var_43);
            	adj_45 = {};
            	adj_46 = {};
            	adj_47 = {};
            	adj_48 = {};
            	adj_49 = {};
            	adj_50 = {};
            	adj_51 = {};
            	adj_52 = {};
            	adj_53 = {};
            	adj_65 = {};
            	adj_66 = {};
            	adj_67 = {};
            	adj_68 = {};
            	adj_69 = {};
            	adj_70 = {};
            	adj_71 = {};
            	adj_72 = {};
            	adj_73 = {};
            	adj_74 = {};
            	adj_75 = {};
            	adj_76 = {};
            	adj_77 = {};
            	adj_78 = {};
            	adj_79 = {};
            	adj_80 = {};
            	adj_81 = {};
            	adj_82 = {};
            	adj_83 = {};
            	adj_84 = {};
            	adj_85 = {};
            	adj_86 = {};
            	adj_87 = {};
            	adj_88 = {};
            	adj_89 = {};
                // best = float(1.0e20)                                                           <L 59>
                var_46 = wp::float(var_45);
                // hit = int(-1)                                                                  <L 60>
                var_48 = wp::int(var_47);
                // for k in range(spheres.shape[0]):                                              <L 61>
                var_49 = &(var_spheres.shape);
                var_52 = wp::load(var_49);
                var_51 = wp::extract(var_52, var_50);
                var_53 = wp::range(var_51);
                // if hit < 0:                                                                    <L 66>
                var_66 = (var_48 < var_65);
                if (var_66) {
                    // radiance += wp.cw_mul(throughput, sky(d))                                  <L 67>
                    var_67 = sky_0(var_38);
                    var_68 = wp::cw_mul(var_40, var_67);
                    var_69 = wp::add(var_41, var_68);
                    // break                                                                      <L 68>
                    wp::assign(var_41, var_69);
                    goto end_for_2;
                }
                // sp = spheres[hit]                                                              <L 69>
                var_70 = wp::address(var_spheres, var_48);
                var_72 = wp::load(var_70);
                var_71 = wp::copy(var_72);
                // p = o + d * best                                                               <L 70>
                var_73 = wp::mul(var_38, var_46);
                var_74 = wp::add(var_31, var_73);
                // n = wp.normalize(p - sp.center)                                                <L 71>
                var_75 = &((var_71).center);
                var_77 = wp::load(var_75);
                var_76 = wp::sub(var_74, var_77);
                var_78 = wp::normalize(var_76);
                // radiance += wp.cw_mul(throughput, sp.emission)                                 <L 72>
                var_79 = &((var_71).emission);
                var_81 = wp::load(var_79);
                var_80 = wp::cw_mul(var_40, var_81);
                var_82 = wp::add(var_41, var_80);
                // throughput = wp.cw_mul(throughput, sp.albedo)                                  <L 73>
                var_83 = &((var_71).albedo);
                var_85 = wp::load(var_83);
                var_84 = wp::cw_mul(var_40, var_85);
                // o = p                                                                          <L 74>
                var_86 = wp::copy(var_74);
                // d = scatter_dir(state, n, d, sp.metal)                                         <L 75>
                var_87 = &((var_71).metal);
                var_89 = wp::load(var_87);
                var_88 = scatter_dir_0(var_6, var_78, var_38, var_89);
                wp::assign(var_31, var_86);
                wp::assign(var_38, var_88);
                wp::assign(var_40, var_84);
                wp::assign(var_41, var_82);
                wp::adj_assign(var_41, var_82, adj_41, adj_82);
                wp::adj_assign(var_40, var_84, adj_40, adj_84);
                wp::adj_assign(var_38, var_88, adj_38, adj_88);
                wp::adj_assign(var_31, var_86, adj_31, adj_86);
                adj_scatter_dir_0(var_6, var_78, var_38, var_89, adj_6, adj_78, adj_38, adj_87, adj_88);
                adj_71.metal = adj_87;
                // adj: d = scatter_dir(state, n, d, sp.metal)                                    <L 75>
                wp::adj_copy(var_74, adj_74, adj_86);
                // adj: o = p                                                                     <L 74>
                wp::adj_cw_mul(var_40, var_85, adj_40, adj_83, adj_84);
                adj_71.albedo += adj_83;
                // adj: throughput = wp.cw_mul(throughput, sp.albedo)                             <L 73>
                wp::adj_add(var_41, var_80, adj_41, adj_80, adj_82);
                wp::adj_cw_mul(var_40, var_81, adj_40, adj_79, adj_80);
                adj_71.emission += adj_79;
                // adj: radiance += wp.cw_mul(throughput, sp.emission)                            <L 72>
                wp::adj_normalize(var_76, var_78, adj_76, adj_78);
                wp::adj_sub(var_74, var_77, adj_74, adj_75, adj_76);
                adj_71.center += adj_75;
                // adj: n = wp.normalize(p - sp.center)                                           <L 71>
                wp::adj_add(var_31, var_73, adj_31, adj_73, adj_74);
                wp::adj_mul(var_38, var_46, adj_38, adj_46, adj_73);
                // adj: p = o + d * best                                                          <L 70>
                wp::adj_copy(var_72, adj_70, adj_71);
                wp::adj_address(var_spheres, var_48, adj_spheres, adj_48, adj_70);
                // adj: sp = spheres[hit]                                                         <L 69>
                if (var_66) {
                    wp::adj_assign(var_41, var_69, adj_41, adj_69);
                    // adj: break                                                                 <L 68>
                    wp::adj_add(var_41, var_68, adj_41, adj_68, adj_69);
                    wp::adj_cw_mul(var_40, var_67, adj_40, adj_67, adj_68);
                    adj_sky_0(var_38, adj_38, adj_67);
                    // adj: radiance += wp.cw_mul(throughput, sky(d))                             <L 67>
                }
                // adj: if hit < 0:                                                               <L 66>
                var_53 = wp::iter_reverse(var_53);
                start_for_4:;
                    if (iter_cmp(var_53) == 0) goto end_for_4;
                    var_54 = wp::iter_next(var_53);
                	adj_55 = {};
                	adj_56 = {};
                	adj_57 = {};
                	adj_58 = {};
                	adj_59 = {};
                	adj_60 = {};
                	adj_61 = {};
                	adj_62 = {};
                	adj_63 = {};
                	adj_64 = {};
                    // t = hit_sphere(spheres[k], o, d, 1.0e-3, best)                             <L 62>
                    var_55 = wp::address(var_spheres, var_54);
                    var_58 = wp::load(var_55);
                    var_57 = hit_sphere_0(var_58, var_31, var_38, var_56, var_46);
                    // if t > 0.0:                                                                <L 63>
                    var_60 = (var_57 > var_59);
                    if (var_60) {
                        // best = t                                                               <L 64>
                        var_61 = wp::copy(var_57);
                        // hit = k                                                                <L 65>
                        var_62 = wp::copy(var_54);
                    }
                    var_63 = wp::where(var_60, var_61, var_46);
                    var_64 = wp::where(var_60, var_62, var_48);
                    wp::assign(var_46, var_63);
                    wp::assign(var_48, var_64);
                    wp::adj_assign(var_48, var_64, adj_48, adj_64);
                    wp::adj_assign(var_46, var_63, adj_46, adj_63);
                    wp::adj_where(var_60, var_62, var_48, adj_60, adj_62, adj_48, adj_64);
                    wp::adj_where(var_60, var_61, var_46, adj_60, adj_61, adj_46, adj_63);
                    if (var_60) {
                        wp::adj_copy(var_54, adj_54, adj_62);
                        // adj: hit = k                                                           <L 65>
                        wp::adj_copy(var_57, adj_57, adj_61);
                        // adj: best = t                                                          <L 64>
                    }
                    // adj: if t > 0.0:                                                           <L 63>
                    adj_hit_sphere_0(var_58, var_31, var_38, var_56, var_46, adj_55, adj_31, adj_38, adj_56, adj_46, adj_57);
                    wp::adj_address(var_spheres, var_54, adj_spheres, adj_54, adj_55);
                    // adj: t = hit_sphere(spheres[k], o, d, 1.0e-3, best)                        <L 62>
                	goto start_for_4;
                end_for_4:;
                adj_spheres.shape = adj_49;
                // adj: for k in range(spheres.shape[0]):                                         <L 61>
                // adj: hit = int(-1)                                                             <L 60>
                wp::adj_float(var_45, adj_45, adj_46);
                // adj: best = float(1.0e20)                                                      <L 59>
            	goto start_for_2;
            end_for_2:;
            // adj: for bounce in range(MAX_BOUNCES):                                             <L 58>
            // adj: radiance = wp.vec3()                                                          <L 57>
            wp::adj_vec_t(var_39, adj_39, adj_40);
            // adj: throughput = wp.vec3(1.0)                                                     <L 56>
            wp::adj_normalize(var_37, var_38, adj_37, adj_38);
            wp::adj_vec_t(var_35, var_27, var_36, adj_35, adj_27, adj_36, adj_37);
            wp::adj_div(var_33, var_34, var_35, adj_33, adj_34, adj_35);
            wp::adj_float(var_height, adj_height, adj_34);
            wp::adj_mul(var_18, var_32, adj_18, adj_32, adj_33);
            wp::adj_float(var_width, adj_width, adj_32);
            // adj: d = wp.normalize(wp.vec3(u * float(width) / float(height), v, -1.5))          <L 55>
            wp::adj_vec_t(var_28, var_29, var_30, adj_28, adj_29, adj_30, adj_31);
            // adj: o = wp.vec3(0.0, 0.0, 3.0)                                                    <L 54>
            wp::adj_sub(var_25, var_26, adj_25, adj_26, adj_27);
            wp::adj_mul(var_23, var_24, adj_23, adj_24, adj_25);
            wp::adj_div(var_21, var_22, var_23, adj_21, adj_22, adj_23);
            wp::adj_float(var_height, adj_height, adj_22);
            wp::adj_add(var_19, var_20, adj_19, adj_20, adj_21);
            wp::adj_float(var_0, adj_0, adj_19);
            // adj: v = (float(y) + wp.randf(state)) / float(height) * 2.0 - 1.0                  <L 53>
            wp::adj_sub(var_16, var_17, adj_16, adj_17, adj_18);
            wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
            wp::adj_div(var_12, var_13, var_14, adj_12, adj_13, adj_14);
            wp::adj_float(var_width, adj_width, adj_13);
            wp::adj_add(var_10, var_11, adj_10, adj_11, adj_12);
            wp::adj_float(var_1, adj_1, adj_10);
            // adj: u = (float(x) + wp.randf(state)) / float(width) * 2.0 - 1.0                   <L 52>
        	goto start_for_0;
        end_for_0:;
        // adj: for s in range(spp):                                                              <L 51>
        // adj: color = wp.vec3()                                                                 <L 50>
        wp::adj_add(var_4, var_1, adj_4, adj_1, adj_5);
        wp::adj_mul(var_3, var_width, adj_3, adj_width, adj_4);
        wp::adj_add(var_2, var_0, adj_2, adj_0, adj_3);
        wp::adj_mul(var_frame, var_height, adj_frame, adj_height, adj_2);
        // adj: state = wp.rand_init(seed, (frame * height + y) * width + x)                      <L 49>
        // adj: y, x = wp.tid()                                                                   <L 48>
        // adj: def render(spheres: wp.array(dtype=Sphere), width: int, height: int, spp: int, seed: int, frame: int, accum: wp.array2d(dtype=wp.vec3)):  <L 47>
        continue;
    }
}



extern "C" __global__ void tonemap_9bc4feb5_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_accum,
    wp::int32 var_frames,
    wp::float32 var_exposure,
    wp::array_t<wp::vec_t<4, wp::uint8>> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 1.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = 2.2;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        const wp::float32 var_19 = 1.0;
        const wp::float32 var_20 = 2.2;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 2;
        wp::float32 var_24;
        const wp::float32 var_25 = 1.0;
        const wp::float32 var_26 = 2.2;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 255.0;
        wp::float32 var_30;
        wp::uint8 var_31;
        const wp::float32 var_32 = 255.0;
        wp::float32 var_33;
        wp::uint8 var_34;
        const wp::float32 var_35 = 255.0;
        wp::float32 var_36;
        wp::uint8 var_37;
        const wp::int32 var_38 = 255;
        wp::uint8 var_39;
        wp::vec_t<4, wp::uint8> var_40;
        //---------
        // forward
        // def tonemap(accum: wp.array2d(dtype=wp.vec3), frames: int, exposure: float, out: wp.array2d(dtype=wp.vec4ub)):       <L 81>
        // y, x = wp.tid()                                                                        <L 82>
        builtin_tid2d(var_0, var_1);
        // c = accum[y, x] * (exposure / float(frames))                                           <L 83>
        var_2 = wp::address(var_accum, var_0, var_1);
        var_3 = wp::float(var_frames);
        var_4 = wp::div(var_exposure, var_3);
        var_6 = wp::load(var_2);
        var_5 = wp::mul(var_6, var_4);
        // c = wp.cw_div(c, c + wp.vec3(1.0))                                                     <L 84>
        var_8 = wp::vec_t<3, wp::float32>(var_7);
        var_9 = wp::add(var_5, var_8);
        var_10 = wp::cw_div(var_5, var_9);
        // r = wp.pow(c[0], 1.0 / 2.2)                                                            <L 85>
        var_12 = wp::extract(var_10, var_11);
        var_15 = wp::div(var_13, var_14);
        var_16 = wp::pow(var_12, var_15);
        // g = wp.pow(c[1], 1.0 / 2.2)                                                            <L 86>
        var_18 = wp::extract(var_10, var_17);
        var_21 = wp::div(var_19, var_20);
        var_22 = wp::pow(var_18, var_21);
        // b = wp.pow(c[2], 1.0 / 2.2)                                                            <L 87>
        var_24 = wp::extract(var_10, var_23);
        var_27 = wp::div(var_25, var_26);
        var_28 = wp::pow(var_24, var_27);
        // out[y, x] = wp.vec4ub(wp.uint8(r * 255.0), wp.uint8(g * 255.0), wp.uint8(b * 255.0), wp.uint8(255))       <L 88>
        var_30 = wp::mul(var_16, var_29);
        var_31 = wp::uint8(var_30);
        var_33 = wp::mul(var_22, var_32);
        var_34 = wp::uint8(var_33);
        var_36 = wp::mul(var_28, var_35);
        var_37 = wp::uint8(var_36);
        var_39 = wp::uint8(var_38);
        var_40 = wp::vec_t<4, wp::uint8>(var_31, var_34, var_37, var_39);
        wp::array_store(var_out, var_0, var_1, var_40);
    }
}



extern "C" __global__ void tonemap_9bc4feb5_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_accum,
    wp::int32 var_frames,
    wp::float32 var_exposure,
    wp::array_t<wp::vec_t<4, wp::uint8>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_accum,
    wp::int32 adj_frames,
    wp::float32 adj_exposure,
    wp::array_t<wp::vec_t<4, wp::uint8>> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 1.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = 2.2;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        const wp::float32 var_19 = 1.0;
        const wp::float32 var_20 = 2.2;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 2;
        wp::float32 var_24;
        const wp::float32 var_25 = 1.0;
        const wp::float32 var_26 = 2.2;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 255.0;
        wp::float32 var_30;
        wp::uint8 var_31;
        const wp::float32 var_32 = 255.0;
        wp::float32 var_33;
        wp::uint8 var_34;
        const wp::float32 var_35 = 255.0;
        wp::float32 var_36;
        wp::uint8 var_37;
        const wp::int32 var_38 = 255;
        wp::uint8 var_39;
        wp::vec_t<4, wp::uint8> var_40;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::uint8 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::uint8 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::uint8 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::uint8 adj_39 = {};
        wp::vec_t<4, wp::uint8> adj_40 = {};
        //---------
        // forward
        // def tonemap(accum: wp.array2d(dtype=wp.vec3), frames: int, exposure: float, out: wp.array2d(dtype=wp.vec4ub)):       <L 81>
        // y, x = wp.tid()                                                                        <L 82>
        builtin_tid2d(var_0, var_1);
        // c = accum[y, x] * (exposure / float(frames))                                           <L 83>
        var_2 = wp::address(var_accum, var_0, var_1);
        var_3 = wp::float(var_frames);
        var_4 = wp::div(var_exposure, var_3);
        var_6 = wp::load(var_2);
        var_5 = wp::mul(var_6, var_4);
        // c = wp.cw_div(c, c + wp.vec3(1.0))                                                     <L 84>
        var_8 = wp::vec_t<3, wp::float32>(var_7);
        var_9 = wp::add(var_5, var_8);
        var_10 = wp::cw_div(var_5, var_9);
        // r = wp.pow(c[0], 1.0 / 2.2)                                                            <L 85>
        var_12 = wp::extract(var_10, var_11);
        var_15 = wp::div(var_13, var_14);
        var_16 = wp::pow(var_12, var_15);
        // g = wp.pow(c[1], 1.0 / 2.2)                                                            <L 86>
        var_18 = wp::extract(var_10, var_17);
        var_21 = wp::div(var_19, var_20);
        var_22 = wp::pow(var_18, var_21);
        // b = wp.pow(c[2], 1.0 / 2.2)                                                            <L 87>
        var_24 = wp::extract(var_10, var_23);
        var_27 = wp::div(var_25, var_26);
        var_28 = wp::pow(var_24, var_27);
        // out[y, x] = wp.vec4ub(wp.uint8(r * 255.0), wp.uint8(g * 255.0), wp.uint8(b * 255.0), wp.uint8(255))       <L 88>
        var_30 = wp::mul(var_16, var_29);
        var_31 = wp::uint8(var_30);
        var_33 = wp::mul(var_22, var_32);
        var_34 = wp::uint8(var_33);
        var_36 = wp::mul(var_28, var_35);
        var_37 = wp::uint8(var_36);
        var_39 = wp::uint8(var_38);
        var_40 = wp::vec_t<4, wp::uint8>(var_31, var_34, var_37, var_39);
        // wp::array_store(var_out, var_0, var_1, var_40);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_40, adj_out, adj_0, adj_1, adj_40);
        wp::adj_vec_t(var_31, var_34, var_37, var_39, adj_31, adj_34, adj_37, adj_39, adj_40);
        wp::adj_mul(var_28, var_35, adj_28, adj_35, adj_36);
        wp::adj_mul(var_22, var_32, adj_22, adj_32, adj_33);
        wp::adj_mul(var_16, var_29, adj_16, adj_29, adj_30);
        // adj: out[y, x] = wp.vec4ub(wp.uint8(r * 255.0), wp.uint8(g * 255.0), wp.uint8(b * 255.0), wp.uint8(255))  <L 88>
        wp::adj_pow(var_24, var_27, var_28, adj_24, adj_27, adj_28);
        wp::adj_div(var_25, var_26, var_27, adj_25, adj_26, adj_27);
        wp::adj_extract(var_10, var_23, adj_10, adj_23, adj_24);
        // adj: b = wp.pow(c[2], 1.0 / 2.2)                                                       <L 87>
        wp::adj_pow(var_18, var_21, var_22, adj_18, adj_21, adj_22);
        wp::adj_div(var_19, var_20, var_21, adj_19, adj_20, adj_21);
        wp::adj_extract(var_10, var_17, adj_10, adj_17, adj_18);
        // adj: g = wp.pow(c[1], 1.0 / 2.2)                                                       <L 86>
        wp::adj_pow(var_12, var_15, var_16, adj_12, adj_15, adj_16);
        wp::adj_div(var_13, var_14, var_15, adj_13, adj_14, adj_15);
        wp::adj_extract(var_10, var_11, adj_10, adj_11, adj_12);
        // adj: r = wp.pow(c[0], 1.0 / 2.2)                                                       <L 85>
        wp::adj_cw_div(var_5, var_9, var_10, adj_5, adj_9, adj_10);
        wp::adj_add(var_5, var_8, adj_5, adj_8, adj_9);
        wp::adj_vec_t(var_7, adj_7, adj_8);
        // adj: c = wp.cw_div(c, c + wp.vec3(1.0))                                                <L 84>
        wp::adj_mul(var_6, var_4, adj_2, adj_4, adj_5);
        wp::adj_div(var_exposure, var_3, var_4, adj_exposure, adj_3, adj_4);
        wp::adj_float(var_frames, adj_frames, adj_3);
        wp::adj_address(var_accum, var_0, var_1, adj_accum, adj_0, adj_1, adj_2);
        // adj: c = accum[y, x] * (exposure / float(frames))                                      <L 83>
        // adj: y, x = wp.tid()                                                                   <L 82>
        // adj: def tonemap(accum: wp.array2d(dtype=wp.vec3), frames: int, exposure: float, out: wp.array2d(dtype=wp.vec4ub)):  <L 81>
        continue;
    }
}

