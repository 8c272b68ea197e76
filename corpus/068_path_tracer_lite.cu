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


struct Material_ac6623c4
{
    wp::vec_t<3, wp::float32> albedo;
    wp::vec_t<3, wp::float32> emission;
    wp::float32 roughness;
    wp::float32 metallic;


    Material_ac6623c4() = default;
    CUDA_CALLABLE Material_ac6623c4(wp::vec_t<3, wp::float32> const& albedo,
    wp::vec_t<3, wp::float32> const& emission = {},
    wp::float32 const& roughness = {},
    wp::float32 const& metallic = {})
        : albedo{albedo}
        , emission{emission}
        , roughness{roughness}
        , metallic{metallic}

    {
    }

    CUDA_CALLABLE Material_ac6623c4& operator += (const Material_ac6623c4& rhs)
    {    albedo += rhs.albedo;
    emission += rhs.emission;
    roughness += rhs.roughness;
    metallic += rhs.metallic;

        return *this;}

};

static CUDA_CALLABLE void adj_Material_ac6623c4(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_albedo,
    wp::vec_t<3, wp::float32> & adj_emission,
    wp::float32 & adj_roughness,
    wp::float32 & adj_metallic,
    Material_ac6623c4 & adj_ret)
{
    adj_albedo += adj_ret.albedo;
    adj_emission += adj_ret.emission;
    adj_roughness += adj_ret.roughness;
    adj_metallic += adj_ret.metallic;
}

// Required when compiling adjoints.
CUDA_CALLABLE Material_ac6623c4 add(const Material_ac6623c4& a, const Material_ac6623c4& b)
{
    return Material_ac6623c4();
}

CUDA_CALLABLE void adj_atomic_add(Material_ac6623c4* p, Material_ac6623c4 t)
{
    wp::adj_atomic_add(&p->albedo, t.albedo);
    wp::adj_atomic_add(&p->emission, t.emission);
    wp::adj_atomic_add(&p->roughness, t.roughness);
    wp::adj_atomic_add(&p->metallic, t.metallic);
}




struct SphereObj_fabcb807
{
    wp::vec_t<3, wp::float32> center;
    wp::float32 radius;
    Material_ac6623c4 material;


    SphereObj_fabcb807() = default;
    CUDA_CALLABLE SphereObj_fabcb807(wp::vec_t<3, wp::float32> const& center,
    wp::float32 const& radius = {},
    Material_ac6623c4 const& material = {})
        : center{center}
        , radius{radius}
        , material{material}

    {
    }

    CUDA_CALLABLE SphereObj_fabcb807& operator += (const SphereObj_fabcb807& rhs)
    {    center += rhs.center;
    radius += rhs.radius;
    material += rhs.material;

        return *this;}

};

static CUDA_CALLABLE void adj_SphereObj_fabcb807(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    Material_ac6623c4 const&,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    Material_ac6623c4 & adj_material,
    SphereObj_fabcb807 & adj_ret)
{
    adj_center += adj_ret.center;
    adj_radius += adj_ret.radius;
    adj_material += adj_ret.material;
}

// Required when compiling adjoints.
CUDA_CALLABLE SphereObj_fabcb807 add(const SphereObj_fabcb807& a, const SphereObj_fabcb807& b)
{
    return SphereObj_fabcb807();
}

CUDA_CALLABLE void adj_atomic_add(SphereObj_fabcb807* p, SphereObj_fabcb807 t)
{
    wp::adj_atomic_add(&p->center, t.center);
    wp::adj_atomic_add(&p->radius, t.radius);
    adj_atomic_add(&p->material, t.material);
}




// corpus/068_path_tracer_lite.py:21
static CUDA_CALLABLE void intersect_0(
    wp::vec_t<3, wp::float32> var_ro,
    wp::vec_t<3, wp::float32> var_rd,
    wp::array_t<SphereObj_fabcb807> var_spheres,
    wp::int32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1e+20;
    wp::float32 var_1;
    const wp::int32 var_2 = -1;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    SphereObj_fabcb807* var_10;
    SphereObj_fabcb807 var_11;
    SphereObj_fabcb807 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.0001;
    bool var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    bool var_36;
    const wp::float32 var_37 = 0.0001;
    bool var_38;
    bool var_39;
    wp::float32 var_40;
    wp::int32 var_41;
    wp::float32 var_42;
    wp::int32 var_43;
    //---------
    // forward
    // def intersect(ro: wp.vec3, rd: wp.vec3, spheres: wp.array(dtype=SphereObj)):           <L 22>
    // best_t = float(1.0e20)                                                                 <L 23>
    var_1 = wp::float(var_0);
    // best_i = int(-1)                                                                       <L 24>
    var_3 = wp::int(var_2);
    // for s in range(spheres.shape[0]):                                                      <L 25>
    var_4 = &(var_spheres.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::range(var_6);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
        // sp = spheres[s]                                                                    <L 26>
        var_10 = wp::address(var_spheres, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // oc = ro - sp.center                                                                <L 27>
        var_13 = &((var_11).center);
        var_15 = wp::load(var_13);
        var_14 = wp::sub(var_ro, var_15);
        // b = wp.dot(oc, rd)                                                                 <L 28>
        var_16 = wp::dot(var_14, var_rd);
        // c = wp.dot(oc, oc) - sp.radius * sp.radius                                         <L 29>
        var_17 = wp::dot(var_14, var_14);
        var_18 = &((var_11).radius);
        var_19 = &((var_11).radius);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::mul(var_21, var_22);
        var_23 = wp::sub(var_17, var_20);
        // disc = b * b - c                                                                   <L 30>
        var_24 = wp::mul(var_16, var_16);
        var_25 = wp::sub(var_24, var_23);
        // if disc < 0.0:                                                                     <L 31>
        var_27 = (var_25 < var_26);
        if (var_27) {
            // continue                                                                       <L 32>
            goto start_for_0;
        }
        // sq = wp.sqrt(disc)                                                                 <L 33>
        var_28 = wp::sqrt(var_25);
        // t = -b - sq                                                                        <L 34>
        var_29 = wp::neg(var_16);
        var_30 = wp::sub(var_29, var_28);
        // if t < 1.0e-4:                                                                     <L 35>
        var_32 = (var_30 < var_31);
        if (var_32) {
            // t = -b + sq                                                                    <L 36>
            var_33 = wp::neg(var_16);
            var_34 = wp::add(var_33, var_28);
        }
        var_35 = wp::where(var_32, var_34, var_30);
        // if t > 1.0e-4 and t < best_t:                                                      <L 37>
        var_38 = (var_35 > var_37);
        var_36 = var_38;
        if (var_36) {
            var_39 = (var_35 < var_1);
            var_36 = var_36 && var_39;
        }
        if (var_36) {
            // best_t = t                                                                     <L 38>
            var_40 = wp::copy(var_35);
            // best_i = s                                                                     <L 39>
            var_41 = wp::copy(var_9);
        }
        var_42 = wp::where(var_36, var_40, var_1);
        var_43 = wp::where(var_36, var_41, var_3);
        wp::assign(var_1, var_42);
        wp::assign(var_3, var_43);
        goto start_for_0;
    end_for_0:;
    // return best_i, best_t                                                                  <L 40>
    ret_0 = var_3;
    ret_1 = var_1;
    return;
}


// corpus/068_path_tracer_lite.py:56
static CUDA_CALLABLE wp::vec_t<3, wp::float32> reflect_0(
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> var_n)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def reflect(d: wp.vec3, n: wp.vec3) -> wp.vec3:                                        <L 57>
    // return d - n * (2.0 * wp.dot(d, n))                                                    <L 58>
    var_1 = wp::dot(var_d, var_n);
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::mul(var_n, var_2);
    var_4 = wp::sub(var_d, var_3);
    return var_4;
}


// corpus/068_path_tracer_lite.py:43
static CUDA_CALLABLE wp::vec_t<3, wp::float32> cosine_hemisphere_0(
    wp::vec_t<3, wp::float32> var_n,
    wp::uint32 var_state)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.141592653589793;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 0.0;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 0.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 1e-06;
    bool var_20;
    const wp::float32 var_21 = 1.0;
    const wp::float32 var_22 = 0.0;
    const wp::float32 var_23 = 0.0;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.0;
    const wp::float32 var_35 = 1.0;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    //---------
    // forward
    // def cosine_hemisphere(n: wp.vec3, state: wp.uint32) -> wp.vec3:                        <L 44>
    // u1 = wp.randf(state)                                                                   <L 45>
    var_0 = wp::randf(var_state);
    // u2 = wp.randf(state)                                                                   <L 46>
    var_1 = wp::randf(var_state);
    // r = wp.sqrt(u1)                                                                        <L 47>
    var_2 = wp::sqrt(var_0);
    // phi = 2.0 * wp.pi * u2                                                                 <L 48>
    var_5 = wp::mul(var_3, var_4);
    var_6 = wp::mul(var_5, var_1);
    // t = wp.normalize(wp.cross(n, wp.vec3(0.0, 1.0, 0.0)))                                  <L 49>
    var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
    var_11 = wp::cross(var_n, var_10);
    var_12 = wp::normalize(var_11);
    // if wp.length_sq(wp.cross(n, wp.vec3(0.0, 1.0, 0.0))) < 1.0e-6:                         <L 50>
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
    var_17 = wp::cross(var_n, var_16);
    var_18 = wp::length_sq(var_17);
    var_20 = (var_18 < var_19);
    if (var_20) {
        // t = wp.vec3(1.0, 0.0, 0.0)                                                         <L 51>
        var_24 = wp::vec_t<3, wp::float32>(var_21, var_22, var_23);
    }
    var_25 = wp::where(var_20, var_24, var_12);
    // b = wp.cross(n, t)                                                                     <L 52>
    var_26 = wp::cross(var_n, var_25);
    // return wp.normalize(t * (r * wp.cos(phi)) + b * (r * wp.sin(phi)) + n * wp.sqrt(wp.max(0.0, 1.0 - u1)))       <L 53>
    var_27 = wp::cos(var_6);
    var_28 = wp::mul(var_2, var_27);
    var_29 = wp::mul(var_25, var_28);
    var_30 = wp::sin(var_6);
    var_31 = wp::mul(var_2, var_30);
    var_32 = wp::mul(var_26, var_31);
    var_33 = wp::add(var_29, var_32);
    var_36 = wp::sub(var_35, var_0);
    var_37 = wp::max(var_34, var_36);
    var_38 = wp::sqrt(var_37);
    var_39 = wp::mul(var_n, var_38);
    var_40 = wp::add(var_33, var_39);
    var_41 = wp::normalize(var_40);
    return var_41;
}


// corpus/068_path_tracer_lite.py:21
static CUDA_CALLABLE void adj_intersect_0(
    wp::vec_t<3, wp::float32> var_ro,
    wp::vec_t<3, wp::float32> var_rd,
    wp::array_t<SphereObj_fabcb807> var_spheres,
    wp::int32 & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_ro,
    wp::vec_t<3, wp::float32> & adj_rd,
    wp::array_t<SphereObj_fabcb807> & adj_spheres,
    wp::int32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1e+20;
    wp::float32 var_1;
    const wp::int32 var_2 = -1;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    SphereObj_fabcb807* var_10;
    SphereObj_fabcb807 var_11;
    SphereObj_fabcb807 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.0001;
    bool var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    bool var_36;
    const wp::float32 var_37 = 0.0001;
    bool var_38;
    bool var_39;
    wp::float32 var_40;
    wp::int32 var_41;
    wp::float32 var_42;
    wp::int32 var_43;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::range_t adj_8 = {};
    wp::int32 adj_9 = {};
    SphereObj_fabcb807 adj_10 = {};
    SphereObj_fabcb807 adj_11 = {};
    SphereObj_fabcb807 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
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
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    bool adj_36 = {};
    wp::float32 adj_37 = {};
    bool adj_38 = {};
    bool adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    //---------
    // forward
    // def intersect(ro: wp.vec3, rd: wp.vec3, spheres: wp.array(dtype=SphereObj)):           <L 22>
    // best_t = float(1.0e20)                                                                 <L 23>
    var_1 = wp::float(var_0);
    // best_i = int(-1)                                                                       <L 24>
    var_3 = wp::int(var_2);
    // for s in range(spheres.shape[0]):                                                      <L 25>
    var_4 = &(var_spheres.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::range(var_6);
    // return best_i, best_t                                                                  <L 40>
    ret_0 = var_3;
    ret_1 = var_1;
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret_1;
    adj_3 += adj_ret_0;
    // adj: return best_i, best_t                                                             <L 40>
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
        // sp = spheres[s]                                                                    <L 26>
        var_10 = wp::address(var_spheres, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // oc = ro - sp.center                                                                <L 27>
        var_13 = &((var_11).center);
        var_15 = wp::load(var_13);
        var_14 = wp::sub(var_ro, var_15);
        // b = wp.dot(oc, rd)                                                                 <L 28>
        var_16 = wp::dot(var_14, var_rd);
        // c = wp.dot(oc, oc) - sp.radius * sp.radius                                         <L 29>
        var_17 = wp::dot(var_14, var_14);
        var_18 = &((var_11).radius);
        var_19 = &((var_11).radius);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::mul(var_21, var_22);
        var_23 = wp::sub(var_17, var_20);
        // disc = b * b - c                                                                   <L 30>
        var_24 = wp::mul(var_16, var_16);
        var_25 = wp::sub(var_24, var_23);
        // if disc < 0.0:                                                                     <L 31>
        var_27 = (var_25 < var_26);
        if (var_27) {
            // continue                                                                       <L 32>
            goto start_for_0;
        }
        // sq = wp.sqrt(disc)                                                                 <L 33>
        var_28 = wp::sqrt(var_25);
        // t = -b - sq                                                                        <L 34>
        var_29 = wp::neg(var_16);
        var_30 = wp::sub(var_29, var_28);
        // if t < 1.0e-4:                                                                     <L 35>
        var_32 = (var_30 < var_31);
        if (var_32) {
            // t = -b + sq                                                                    <L 36>
            var_33 = wp::neg(var_16);
            var_34 = wp::add(var_33, var_28);
        }
        var_35 = wp::where(var_32, var_34, var_30);
        // if t > 1.0e-4 and t < best_t:                                                      <L 37>
        var_38 = (var_35 > var_37);
        var_36 = var_38;
        if (var_36) {
            var_39 = (var_35 < var_1);
            var_36 = var_36 && var_39;
        }
        if (var_36) {
            // best_t = t                                                                     <L 38>
            var_40 = wp::copy(var_35);
            // best_i = s                                                                     <L 39>
            var_41 = wp::copy(var_9);
        }
        var_42 = wp::where(var_36, var_40, var_1);
        var_43 = wp::where(var_36, var_41, var_3);
        wp::assign(var_1, var_42);
        wp::assign(var_3, var_43);
        wp::adj_assign(var_3, var_43, adj_3, adj_43);
        wp::adj_assign(var_1, var_42, adj_1, adj_42);
        wp::adj_where(var_36, var_41, var_3, adj_36, adj_41, adj_3, adj_43);
        wp::adj_where(var_36, var_40, var_1, adj_36, adj_40, adj_1, adj_42);
        if (var_36) {
            wp::adj_copy(var_9, adj_9, adj_41);
            // adj: best_i = s                                                                <L 39>
            wp::adj_copy(var_35, adj_35, adj_40);
            // adj: best_t = t                                                                <L 38>
        }
        if (var_36) {
        }
        // adj: if t > 1.0e-4 and t < best_t:                                                 <L 37>
        wp::adj_where(var_32, var_34, var_30, adj_32, adj_34, adj_30, adj_35);
        if (var_32) {
            wp::adj_add(var_33, var_28, adj_33, adj_28, adj_34);
            wp::adj_neg(var_16, adj_16, adj_33);
            // adj: t = -b + sq                                                               <L 36>
        }
        // adj: if t < 1.0e-4:                                                                <L 35>
        wp::adj_sub(var_29, var_28, adj_29, adj_28, adj_30);
        wp::adj_neg(var_16, adj_16, adj_29);
        // adj: t = -b - sq                                                                   <L 34>
        wp::adj_sqrt(var_25, var_28, adj_25, adj_28);
        // adj: sq = wp.sqrt(disc)                                                            <L 33>
        if (var_27) {
            // adj: continue                                                                  <L 32>
        }
        // adj: if disc < 0.0:                                                                <L 31>
        wp::adj_sub(var_24, var_23, adj_24, adj_23, adj_25);
        wp::adj_mul(var_16, var_16, adj_16, adj_16, adj_24);
        // adj: disc = b * b - c                                                              <L 30>
        wp::adj_sub(var_17, var_20, adj_17, adj_20, adj_23);
        wp::adj_mul(var_21, var_22, adj_18, adj_19, adj_20);
        adj_11.radius += adj_19;
        adj_11.radius += adj_18;
        wp::adj_dot(var_14, var_14, adj_14, adj_14, adj_17);
        // adj: c = wp.dot(oc, oc) - sp.radius * sp.radius                                    <L 29>
        wp::adj_dot(var_14, var_rd, adj_14, adj_rd, adj_16);
        // adj: b = wp.dot(oc, rd)                                                            <L 28>
        wp::adj_sub(var_ro, var_15, adj_ro, adj_13, adj_14);
        adj_11.center += adj_13;
        // adj: oc = ro - sp.center                                                           <L 27>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_spheres, var_9, adj_spheres, adj_9, adj_10);
        // adj: sp = spheres[s]                                                               <L 26>
    	goto start_for_0;
    end_for_0:;
    adj_spheres.shape = adj_4;
    // adj: for s in range(spheres.shape[0]):                                                 <L 25>
    // adj: best_i = int(-1)                                                                  <L 24>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: best_t = float(1.0e20)                                                            <L 23>
    // adj: def intersect(ro: wp.vec3, rd: wp.vec3, spheres: wp.array(dtype=SphereObj)):      <L 22>
    return;
}


// corpus/068_path_tracer_lite.py:56
static CUDA_CALLABLE void adj_reflect_0(
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def reflect(d: wp.vec3, n: wp.vec3) -> wp.vec3:                                        <L 57>
    // return d - n * (2.0 * wp.dot(d, n))                                                    <L 58>
    var_1 = wp::dot(var_d, var_n);
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::mul(var_n, var_2);
    var_4 = wp::sub(var_d, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_sub(var_d, var_3, adj_d, adj_3, adj_4);
    wp::adj_mul(var_n, var_2, adj_n, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_dot(var_d, var_n, adj_d, adj_n, adj_1);
    // adj: return d - n * (2.0 * wp.dot(d, n))                                               <L 58>
    // adj: def reflect(d: wp.vec3, n: wp.vec3) -> wp.vec3:                                   <L 57>
    return;
}


// corpus/068_path_tracer_lite.py:43
static CUDA_CALLABLE void adj_cosine_hemisphere_0(
    wp::vec_t<3, wp::float32> var_n,
    wp::uint32 var_state,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::uint32 & adj_state,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.141592653589793;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 0.0;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 0.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 1e-06;
    bool var_20;
    const wp::float32 var_21 = 1.0;
    const wp::float32 var_22 = 0.0;
    const wp::float32 var_23 = 0.0;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::float32 var_34 = 0.0;
    const wp::float32 var_35 = 1.0;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    //---------
    // forward
    // def cosine_hemisphere(n: wp.vec3, state: wp.uint32) -> wp.vec3:                        <L 44>
    // u1 = wp.randf(state)                                                                   <L 45>
    var_0 = wp::randf(var_state);
    // u2 = wp.randf(state)                                                                   <L 46>
    var_1 = wp::randf(var_state);
    // r = wp.sqrt(u1)                                                                        <L 47>
    var_2 = wp::sqrt(var_0);
    // phi = 2.0 * wp.pi * u2                                                                 <L 48>
    var_5 = wp::mul(var_3, var_4);
    var_6 = wp::mul(var_5, var_1);
    // t = wp.normalize(wp.cross(n, wp.vec3(0.0, 1.0, 0.0)))                                  <L 49>
    var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
    var_11 = wp::cross(var_n, var_10);
    var_12 = wp::normalize(var_11);
    // if wp.length_sq(wp.cross(n, wp.vec3(0.0, 1.0, 0.0))) < 1.0e-6:                         <L 50>
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
    var_17 = wp::cross(var_n, var_16);
    var_18 = wp::length_sq(var_17);
    var_20 = (var_18 < var_19);
    if (var_20) {
        // t = wp.vec3(1.0, 0.0, 0.0)                                                         <L 51>
        var_24 = wp::vec_t<3, wp::float32>(var_21, var_22, var_23);
    }
    var_25 = wp::where(var_20, var_24, var_12);
    // b = wp.cross(n, t)                                                                     <L 52>
    var_26 = wp::cross(var_n, var_25);
    // return wp.normalize(t * (r * wp.cos(phi)) + b * (r * wp.sin(phi)) + n * wp.sqrt(wp.max(0.0, 1.0 - u1)))       <L 53>
    var_27 = wp::cos(var_6);
    var_28 = wp::mul(var_2, var_27);
    var_29 = wp::mul(var_25, var_28);
    var_30 = wp::sin(var_6);
    var_31 = wp::mul(var_2, var_30);
    var_32 = wp::mul(var_26, var_31);
    var_33 = wp::add(var_29, var_32);
    var_36 = wp::sub(var_35, var_0);
    var_37 = wp::max(var_34, var_36);
    var_38 = wp::sqrt(var_37);
    var_39 = wp::mul(var_n, var_38);
    var_40 = wp::add(var_33, var_39);
    var_41 = wp::normalize(var_40);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_41 += adj_ret;
    wp::adj_normalize(var_40, var_41, adj_40, adj_41);
    wp::adj_add(var_33, var_39, adj_33, adj_39, adj_40);
    wp::adj_mul(var_n, var_38, adj_n, adj_38, adj_39);
    wp::adj_sqrt(var_37, var_38, adj_37, adj_38);
    wp::adj_max(var_34, var_36, adj_34, adj_36, adj_37);
    wp::adj_sub(var_35, var_0, adj_35, adj_0, adj_36);
    wp::adj_add(var_29, var_32, adj_29, adj_32, adj_33);
    wp::adj_mul(var_26, var_31, adj_26, adj_31, adj_32);
    wp::adj_mul(var_2, var_30, adj_2, adj_30, adj_31);
    wp::adj_sin(var_6, adj_6, adj_30);
    wp::adj_mul(var_25, var_28, adj_25, adj_28, adj_29);
    wp::adj_mul(var_2, var_27, adj_2, adj_27, adj_28);
    wp::adj_cos(var_6, adj_6, adj_27);
    // adj: return wp.normalize(t * (r * wp.cos(phi)) + b * (r * wp.sin(phi)) + n * wp.sqrt(wp.max(0.0, 1.0 - u1)))  <L 53>
    wp::adj_cross(var_n, var_25, adj_n, adj_25, adj_26);
    // adj: b = wp.cross(n, t)                                                                <L 52>
    wp::adj_where(var_20, var_24, var_12, adj_20, adj_24, adj_12, adj_25);
    if (var_20) {
        wp::adj_vec_t(var_21, var_22, var_23, adj_21, adj_22, adj_23, adj_24);
        // adj: t = wp.vec3(1.0, 0.0, 0.0)                                                    <L 51>
    }
    wp::adj_length_sq(var_17, adj_17, adj_18);
    wp::adj_cross(var_n, var_16, adj_n, adj_16, adj_17);
    wp::adj_vec_t(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
    // adj: if wp.length_sq(wp.cross(n, wp.vec3(0.0, 1.0, 0.0))) < 1.0e-6:                    <L 50>
    wp::adj_normalize(var_11, var_12, adj_11, adj_12);
    wp::adj_cross(var_n, var_10, adj_n, adj_10, adj_11);
    wp::adj_vec_t(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
    // adj: t = wp.normalize(wp.cross(n, wp.vec3(0.0, 1.0, 0.0)))                             <L 49>
    wp::adj_mul(var_5, var_1, adj_5, adj_1, adj_6);
    wp::adj_mul(var_3, var_4, adj_3, adj_4, adj_5);
    // adj: phi = 2.0 * wp.pi * u2                                                            <L 48>
    wp::adj_sqrt(var_0, var_2, adj_0, adj_2);
    // adj: r = wp.sqrt(u1)                                                                   <L 47>
    // adj: u2 = wp.randf(state)                                                              <L 46>
    // adj: u1 = wp.randf(state)                                                              <L 45>
    // adj: def cosine_hemisphere(n: wp.vec3, state: wp.uint32) -> wp.vec3:                   <L 44>
    return;
}



extern "C" __global__ void trace_paths_58357bc4_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<SphereObj_fabcb807> var_spheres,
    wp::vec_t<3, wp::float32> var_cam_pos,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::int32 var_spp,
    wp::int32 var_seed,
    wp::vec_t<3, wp::float32> var_sky,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image)
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
        wp::uint32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::range_t var_6;
        wp::int32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 2.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 2.0;
        wp::float32 var_23;
        const wp::float32 var_24 = 1.0;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = -1.5;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::float32 var_31 = 1.0;
        const wp::float32 var_32 = 1.0;
        const wp::float32 var_33 = 1.0;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        const wp::int32 var_36 = 4;
        wp::range_t var_37;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 0;
        bool var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        SphereObj_fabcb807* var_45;
        SphereObj_fabcb807 var_46;
        SphereObj_fabcb807 var_47;
        Material_ac6623c4* var_48;
        Material_ac6623c4 var_49;
        Material_ac6623c4 var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32>* var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32>* var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::float32 var_61;
        wp::float32* var_62;
        bool var_63;
        wp::float32 var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::float32* var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::float32 var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::vec_t<3, wp::float32> var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32>* var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        const wp::float32 var_77 = 0.001;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        const wp::int32 var_80 = 0;
        wp::float32 var_81;
        const wp::int32 var_82 = 1;
        wp::float32 var_83;
        const wp::int32 var_84 = 2;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        const wp::float32 var_88 = 0.01;
        bool var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::float32 var_95;
        wp::vec_t<3, wp::float32> var_96;
        //---------
        // forward
        // def trace_paths(                                                                       <L 62>
        // y, x = wp.tid()                                                                        <L 72>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed, y * width + x)                                              <L 73>
        var_2 = wp::mul(var_0, var_width);
        var_3 = wp::add(var_2, var_1);
        var_4 = wp::rand_init(var_seed, var_3);
        // color = wp.vec3()                                                                      <L 74>
        var_5 = wp::vec_t<3, wp::float32>();
        // for s in range(spp):                                                                   <L 75>
        var_6 = wp::range(var_spp);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // u = (float(x) + wp.randf(state)) / float(width) * 2.0 - 1.0                        <L 76>
            var_8 = wp::float(var_1);
            var_9 = wp::randf(var_4);
            var_10 = wp::add(var_8, var_9);
            var_11 = wp::float(var_width);
            var_12 = wp::div(var_10, var_11);
            var_14 = wp::mul(var_12, var_13);
            var_16 = wp::sub(var_14, var_15);
            // v = (float(y) + wp.randf(state)) / float(height) * 2.0 - 1.0                       <L 77>
            var_17 = wp::float(var_0);
            var_18 = wp::randf(var_4);
            var_19 = wp::add(var_17, var_18);
            var_20 = wp::float(var_height);
            var_21 = wp::div(var_19, var_20);
            var_23 = wp::mul(var_21, var_22);
            var_25 = wp::sub(var_23, var_24);
            // ro = cam_pos                                                                       <L 78>
            var_26 = wp::copy(var_cam_pos);
            // rd = wp.normalize(wp.vec3(u, -v, -1.5))                                            <L 79>
            var_27 = wp::neg(var_25);
            var_29 = wp::vec_t<3, wp::float32>(var_16, var_27, var_28);
            var_30 = wp::normalize(var_29);
            // throughput = wp.vec3(1.0, 1.0, 1.0)                                                <L 80>
            var_34 = wp::vec_t<3, wp::float32>(var_31, var_32, var_33);
            // radiance = wp.vec3()                                                               <L 81>
            var_35 = wp::vec_t<3, wp::float32>();
            // for bounce in range(MAX_BOUNCES):                                                  <L 82>
            var_37 = wp::range(var_36);
            start_for_2:;
                if (iter_cmp(var_37) == 0) goto end_for_2;
                var_38 = wp::iter_next(var_37);
                // hit, t = intersect(ro, rd, spheres)                                            <L 83>
                intersect_0(var_26, var_30, var_spheres, var_39, var_40);
                // if hit < 0:                                                                    <L 84>
                var_42 = (var_39 < var_41);
                if (var_42) {
                    // radiance += wp.cw_mul(throughput, sky)                                     <L 85>
                    var_43 = wp::cw_mul(var_34, var_sky);
                    var_44 = wp::add(var_35, var_43);
                    // break                                                                      <L 86>
                    wp::assign(var_35, var_44);
                    goto end_for_2;
                }
                // sp = spheres[hit]                                                              <L 87>
                var_45 = wp::address(var_spheres, var_39);
                var_47 = wp::load(var_45);
                var_46 = wp::copy(var_47);
                // m = sp.material                                                                <L 88>
                var_48 = &((var_46).material);
                var_50 = wp::load(var_48);
                var_49 = wp::copy(var_50);
                // p = ro + rd * t                                                                <L 89>
                var_51 = wp::mul(var_30, var_40);
                var_52 = wp::add(var_26, var_51);
                // n = wp.normalize(p - sp.center)                                                <L 90>
                var_53 = &((var_46).center);
                var_55 = wp::load(var_53);
                var_54 = wp::sub(var_52, var_55);
                var_56 = wp::normalize(var_54);
                // radiance += wp.cw_mul(throughput, m.emission)                                  <L 91>
                var_57 = &((var_49).emission);
                var_59 = wp::load(var_57);
                var_58 = wp::cw_mul(var_34, var_59);
                var_60 = wp::add(var_35, var_58);
                // if wp.randf(state) < m.metallic:                                               <L 92>
                var_61 = wp::randf(var_4);
                var_62 = &((var_49).metallic);
                var_64 = wp::load(var_62);
                var_63 = (var_61 < var_64);
                if (var_63) {
                    // rd = wp.normalize(reflect(rd, n) + cosine_hemisphere(n, state) * m.roughness)       <L 93>
                    var_65 = reflect_0(var_30, var_56);
                    var_66 = cosine_hemisphere_0(var_56, var_4);
                    var_67 = &((var_49).roughness);
                    var_69 = wp::load(var_67);
                    var_68 = wp::mul(var_66, var_69);
                    var_70 = wp::add(var_65, var_68);
                    var_71 = wp::normalize(var_70);
                }
                if (!var_63) {
                    // rd = cosine_hemisphere(n, state)                                           <L 95>
                    var_72 = cosine_hemisphere_0(var_56, var_4);
                }
                var_73 = wp::where(var_63, var_71, var_72);
                // throughput = wp.cw_mul(throughput, m.albedo)                                   <L 96>
                var_74 = &((var_49).albedo);
                var_76 = wp::load(var_74);
                var_75 = wp::cw_mul(var_34, var_76);
                // ro = p + n * 1.0e-3                                                            <L 97>
                var_78 = wp::mul(var_56, var_77);
                var_79 = wp::add(var_52, var_78);
                // pmax = wp.max(throughput[0], wp.max(throughput[1], throughput[2]))             <L 98>
                var_81 = wp::extract(var_75, var_80);
                var_83 = wp::extract(var_75, var_82);
                var_85 = wp::extract(var_75, var_84);
                var_86 = wp::max(var_83, var_85);
                var_87 = wp::max(var_81, var_86);
                // if pmax < 0.01:                                                                <L 99>
                var_89 = (var_87 < var_88);
                if (var_89) {
                    // break                                                                      <L 100>
                    wp::assign(var_26, var_79);
                    wp::assign(var_30, var_73);
                    wp::assign(var_34, var_75);
                    wp::assign(var_35, var_60);
                    goto end_for_2;
                }
                var_90 = wp::where(var_89, var_26, var_79);
                var_91 = wp::where(var_89, var_30, var_73);
                var_92 = wp::where(var_89, var_34, var_75);
                var_93 = wp::where(var_89, var_35, var_60);
                wp::assign(var_26, var_90);
                wp::assign(var_30, var_91);
                wp::assign(var_34, var_92);
                wp::assign(var_35, var_93);
                goto start_for_2;
            end_for_2:;
            // color += radiance                                                                  <L 101>
            var_94 = wp::add(var_5, var_35);
            wp::assign(var_5, var_94);
            goto start_for_0;
        end_for_0:;
        // image[y, x] = color / float(spp)                                                       <L 102>
        var_95 = wp::float(var_spp);
        var_96 = wp::div(var_5, var_95);
        wp::array_store(var_image, var_0, var_1, var_96);
    }
}



extern "C" __global__ void trace_paths_58357bc4_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<SphereObj_fabcb807> var_spheres,
    wp::vec_t<3, wp::float32> var_cam_pos,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::int32 var_spp,
    wp::int32 var_seed,
    wp::vec_t<3, wp::float32> var_sky,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image,
    wp::array_t<SphereObj_fabcb807> adj_spheres,
    wp::vec_t<3, wp::float32> adj_cam_pos,
    wp::int32 adj_width,
    wp::int32 adj_height,
    wp::int32 adj_spp,
    wp::int32 adj_seed,
    wp::vec_t<3, wp::float32> adj_sky,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_image)
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
        wp::uint32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::range_t var_6;
        wp::int32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 2.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 2.0;
        wp::float32 var_23;
        const wp::float32 var_24 = 1.0;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = -1.5;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::float32 var_31 = 1.0;
        const wp::float32 var_32 = 1.0;
        const wp::float32 var_33 = 1.0;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        const wp::int32 var_36 = 4;
        wp::range_t var_37;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 0;
        bool var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        SphereObj_fabcb807* var_45;
        SphereObj_fabcb807 var_46;
        SphereObj_fabcb807 var_47;
        Material_ac6623c4* var_48;
        Material_ac6623c4 var_49;
        Material_ac6623c4 var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32>* var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32>* var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::float32 var_61;
        wp::float32* var_62;
        bool var_63;
        wp::float32 var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::float32* var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::float32 var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::vec_t<3, wp::float32> var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32>* var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        const wp::float32 var_77 = 0.001;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        const wp::int32 var_80 = 0;
        wp::float32 var_81;
        const wp::int32 var_82 = 1;
        wp::float32 var_83;
        const wp::int32 var_84 = 2;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        const wp::float32 var_88 = 0.01;
        bool var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::float32 var_95;
        wp::vec_t<3, wp::float32> var_96;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::uint32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::range_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
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
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::int32 adj_36 = {};
        wp::range_t adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        bool adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        SphereObj_fabcb807 adj_45 = {};
        SphereObj_fabcb807 adj_46 = {};
        SphereObj_fabcb807 adj_47 = {};
        Material_ac6623c4 adj_48 = {};
        Material_ac6623c4 adj_49 = {};
        Material_ac6623c4 adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        bool adj_63 = {};
        wp::float32 adj_64 = {};
        wp::vec_t<3, wp::float32> adj_65 = {};
        wp::vec_t<3, wp::float32> adj_66 = {};
        wp::float32 adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::float32 adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::vec_t<3, wp::float32> adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::vec_t<3, wp::float32> adj_76 = {};
        wp::float32 adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::int32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        bool adj_89 = {};
        wp::vec_t<3, wp::float32> adj_90 = {};
        wp::vec_t<3, wp::float32> adj_91 = {};
        wp::vec_t<3, wp::float32> adj_92 = {};
        wp::vec_t<3, wp::float32> adj_93 = {};
        wp::vec_t<3, wp::float32> adj_94 = {};
        wp::float32 adj_95 = {};
        wp::vec_t<3, wp::float32> adj_96 = {};
        //---------
        // forward
        // def trace_paths(                                                                       <L 62>
        // y, x = wp.tid()                                                                        <L 72>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed, y * width + x)                                              <L 73>
        var_2 = wp::mul(var_0, var_width);
        var_3 = wp::add(var_2, var_1);
        var_4 = wp::rand_init(var_seed, var_3);
        // color = wp.vec3()                                                                      <L 74>
        var_5 = wp::vec_t<3, wp::float32>();
        // for s in range(spp):                                                                   <L 75>
        var_6 = wp::range(var_spp);
        // image[y, x] = color / float(spp)                                                       <L 102>
        var_95 = wp::float(var_spp);
        var_96 = wp::div(var_5, var_95);
        // wp::array_store(var_image, var_0, var_1, var_96);
        //---------
        // reverse
        wp::adj_array_store(var_image, var_0, var_1, var_96, adj_image, adj_0, adj_1, adj_96);
        wp::adj_div(var_5, var_95, adj_5, adj_95, adj_96);
        wp::adj_float(var_spp, adj_spp, adj_95);
        // adj: image[y, x] = color / float(spp)                                                  <L 102>
        var_6 = wp::iter_reverse(var_6);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
        	adj_8 = {};
        	adj_9 = {};
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
        	adj_94 = {};
            // u = (float(x) + wp.randf(state)) / float(width) * 2.0 - 1.0                        <L 76>
            var_8 = wp::float(var_1);
            var_9 = wp::randf(var_4);
            var_10 = wp::add(var_8, var_9);
            var_11 = wp::float(var_width);
            var_12 = wp::div(var_10, var_11);
            var_14 = wp::mul(var_12, var_13);
            var_16 = wp::sub(var_14, var_15);
            // v = (float(y) + wp.randf(state)) / float(height) * 2.0 - 1.0                       <L 77>
            var_17 = wp::float(var_0);
            var_18 = wp::randf(var_4);
            var_19 = wp::add(var_17, var_18);
            var_20 = wp::float(var_height);
            var_21 = wp::div(var_19, var_20);
            var_23 = wp::mul(var_21, var_22);
            var_25 = wp::sub(var_23, var_24);
            // ro = cam_pos                                                                       <L 78>
            var_26 = wp::copy(var_cam_pos);
            // rd = wp.normalize(wp.vec3(u, -v, -1.5))                                            <L 79>
            var_27 = wp::neg(var_25);
            var_29 = wp::vec_t<3, wp::float32>(var_16, var_27, var_28);
            var_30 = wp::normalize(var_29);
            // throughput = wp.vec3(1.0, 1.0, 1.0)                                                <L 80>
            var_34 = wp::vec_t<3, wp::float32>(var_31, var_32, var_33);
            // radiance = wp.vec3()                                                               <L 81>
            var_35 = wp::vec_t<3, wp::float32>();
            // for bounce in range(MAX_BOUNCES):                                                  <L 82>
            var_37 = wp::range(var_36);
            // color += radiance                                                                  <L 101>
            var_94 = wp::add(var_5, var_35);
            wp::assign(var_5, var_94);
            wp::adj_assign(var_5, var_94, adj_5, adj_94);
            wp::adj_add(var_5, var_35, adj_5, adj_35, adj_94);
            // adj: color += radiance                                                             <L 101>
            var_37 = wp::iter_reverse(var_37);
            start_for_2:;
                if (iter_cmp(var_37) == 0) goto end_for_2;
                var_38 = wp::iter_next(var_37);
            	adj_39 = {};
            	adj_40 = {};
            	adj_41 = {};
            	adj_42 = {};
            	adj_43 = {};
            	adj_44 = {};
            	adj_45 = {};
            	adj_46 = {};
            	adj_47 = {};
            	adj_48 = {};
            	adj_49 = {};
            	adj_50 = {};
            	adj_51 = {};
            	adj_52 = {};
            	adj_53 = {};
            	adj_54 = {};
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
            	adj_90 = {};
            	adj_91 = {};
            	adj_92 = {};
            	adj_93 = {};
                // hit, t = intersect(ro, rd, spheres)                                            <L 83>
                intersect_0(var_26, var_30, var_spheres, var_39, var_40);
                // if hit < 0:                                                                    <L 84>
                var_42 = (var_39 < var_41);
                if (var_42) {
                    // radiance += wp.cw_mul(throughput, sky)                                     <L 85>
                    var_43 = wp::cw_mul(var_34, var_sky);
                    var_44 = wp::add(var_35, var_43);
                    // break                                                                      <L 86>
                    wp::assign(var_35, var_44);
                    goto end_for_2;
                }
                // sp = spheres[hit]                                                              <L 87>
                var_45 = wp::address(var_spheres, var_39);
                var_47 = wp::load(var_45);
                var_46 = wp::copy(var_47);
                // m = sp.material                                                                <L 88>
                var_48 = &((var_46).material);
                var_50 = wp::load(var_48);
                var_49 = wp::copy(var_50);
                // p = ro + rd * t                                                                <L 89>
                var_51 = wp::mul(var_30, var_40);
                var_52 = wp::add(var_26, var_51);
                // n = wp.normalize(p - sp.center)                                                <L 90>
                var_53 = &((var_46).center);
                var_55 = wp::load(var_53);
                var_54 = wp::sub(var_52, var_55);
                var_56 = wp::normalize(var_54);
                // radiance += wp.cw_mul(throughput, m.emission)                                  <L 91>
                var_57 = &((var_49).emission);
                var_59 = wp::load(var_57);
                var_58 = wp::cw_mul(var_34, var_59);
                var_60 = wp::add(var_35, var_58);
                // if wp.randf(state) < m.metallic:                                               <L 92>
                var_61 = wp::randf(var_4);
                var_62 = &((var_49).metallic);
                var_64 = wp::load(var_62);
                var_63 = (var_61 < var_64);
                if (var_63) {
                    // rd = wp.normalize(reflect(rd, n) + cosine_hemisphere(n, state) * m.roughness)       <L 93>
                    var_65 = reflect_0(var_30, var_56);
                    var_66 = cosine_hemisphere_0(var_56, var_4);
                    var_67 = &((var_49).roughness);
                    var_69 = wp::load(var_67);
                    var_68 = wp::mul(var_66, var_69);
                    var_70 = wp::add(var_65, var_68);
                    var_71 = wp::normalize(var_70);
                }
                if (!var_63) {
                    // rd = cosine_hemisphere(n, state)                                           <L 95>
                    var_72 = cosine_hemisphere_0(var_56, var_4);
                }
                var_73 = wp::where(var_63, var_71, var_72);
                // throughput = wp.cw_mul(throughput, m.albedo)                                   <L 96>
                var_74 = &((var_49).albedo);
                var_76 = wp::load(var_74);
                var_75 = wp::cw_mul(var_34, var_76);
                // ro = p + n * 1.0e-3                                                            <L 97>
                var_78 = wp::mul(var_56, var_77);
                var_79 = wp::add(var_52, var_78);
                // pmax = wp.max(throughput[0], wp.max(throughput[1], throughput[2]))             <L 98>
                var_81 = wp::extract(var_75, var_80);
                var_83 = wp::extract(var_75, var_82);
                var_85 = wp::extract(var_75, var_84);
                var_86 = wp::max(var_83, var_85);
                var_87 = wp::max(var_81, var_86);
                // if pmax < 0.01:                                                                <L 99>
                var_89 = (var_87 < var_88);
                if (var_89) {
                    // break                                                                      <L 100>
                    wp::assign(var_26, var_79);
                    wp::assign(var_30, var_73);
                    wp::assign(var_34, var_75);
                    wp::assign(var_35, var_60);
                    goto end_for_2;
                }
                var_90 = wp::where(var_89, var_26, var_79);
                var_91 = wp::where(var_89, var_30, var_73);
                var_92 = wp::where(var_89, var_34, var_75);
                var_93 = wp::where(var_89, var_35, var_60);
                wp::assign(var_26, var_90);
                wp::assign(var_30, var_91);
                wp::assign(var_34, var_92);
                wp::assign(var_35, var_93);
                wp::adj_assign(var_35, var_93, adj_35, adj_93);
                wp::adj_assign(var_34, var_92, adj_34, adj_92);
                wp::adj_assign(var_30, var_91, adj_30, adj_91);
                wp::adj_assign(var_26, var_90, adj_26, adj_90);
                wp::adj_where(var_89, var_35, var_60, adj_89, adj_35, adj_60, adj_93);
                wp::adj_where(var_89, var_34, var_75, adj_89, adj_34, adj_75, adj_92);
                wp::adj_where(var_89, var_30, var_73, adj_89, adj_30, adj_73, adj_91);
                wp::adj_where(var_89, var_26, var_79, adj_89, adj_26, adj_79, adj_90);
                if (var_89) {
                    wp::adj_assign(var_35, var_60, adj_35, adj_60);
                    wp::adj_assign(var_34, var_75, adj_34, adj_75);
                    wp::adj_assign(var_30, var_73, adj_30, adj_73);
                    wp::adj_assign(var_26, var_79, adj_26, adj_79);
                    // adj: break                                                                 <L 100>
                }
                // adj: if pmax < 0.01:                                                           <L 99>
                wp::adj_max(var_81, var_86, adj_81, adj_86, adj_87);
                wp::adj_max(var_83, var_85, adj_83, adj_85, adj_86);
                wp::adj_extract(var_75, var_84, adj_75, adj_84, adj_85);
                wp::adj_extract(var_75, var_82, adj_75, adj_82, adj_83);
                wp::adj_extract(var_75, var_80, adj_75, adj_80, adj_81);
                // adj: pmax = wp.max(throughput[0], wp.max(throughput[1], throughput[2]))        <L 98>
                wp::adj_add(var_52, var_78, adj_52, adj_78, adj_79);
                wp::adj_mul(var_56, var_77, adj_56, adj_77, adj_78);
                // adj: ro = p + n * 1.0e-3                                                       <L 97>
                wp::adj_cw_mul(var_34, var_76, adj_34, adj_74, adj_75);
                adj_49.albedo += adj_74;
                // adj: throughput = wp.cw_mul(throughput, m.albedo)                              <L 96>
                wp::adj_where(var_63, var_71, var_72, adj_63, adj_71, adj_72, adj_73);
                if (!var_63) {
                    adj_cosine_hemisphere_0(var_56, var_4, adj_56, adj_4, adj_72);
                    // adj: rd = cosine_hemisphere(n, state)                                      <L 95>
                }
                if (var_63) {
                    wp::adj_normalize(var_70, var_71, adj_70, adj_71);
                    wp::adj_add(var_65, var_68, adj_65, adj_68, adj_70);
                    wp::adj_mul(var_66, var_69, adj_66, adj_67, adj_68);
                    adj_49.roughness += adj_67;
                    adj_cosine_hemisphere_0(var_56, var_4, adj_56, adj_4, adj_66);
                    adj_reflect_0(var_30, var_56, adj_30, adj_56, adj_65);
                    // adj: rd = wp.normalize(reflect(rd, n) + cosine_hemisphere(n, state) * m.roughness)  <L 93>
                }
                adj_49.metallic += adj_62;
                // adj: if wp.randf(state) < m.metallic:                                          <L 92>
                wp::adj_add(var_35, var_58, adj_35, adj_58, adj_60);
                wp::adj_cw_mul(var_34, var_59, adj_34, adj_57, adj_58);
                adj_49.emission += adj_57;
                // adj: radiance += wp.cw_mul(throughput, m.emission)                             <L 91>
                wp::adj_normalize(var_54, var_56, adj_54, adj_56);
                wp::adj_sub(var_52, var_55, adj_52, adj_53, adj_54);
                adj_46.center += adj_53;
                // adj: n = wp.normalize(p - sp.center)                                           <L 90>
                wp::adj_add(var_26, var_51, adj_26, adj_51, adj_52);
                wp::adj_mul(var_30, var_40, adj_30, adj_40, adj_51);
                // adj: p = ro + rd * t                                                           <L 89>
                wp::adj_copy(var_50, adj_48, adj_49);
                adj_46.material += adj_48;
                // adj: m = sp.material                                                           <L 88>
                wp::adj_copy(var_47, adj_45, adj_46);
                wp::adj_address(var_spheres, var_39, adj_spheres, adj_39, adj_45);
                // adj: sp = spheres[hit]                                                         <L 87>
                if (var_42) {
                    wp::adj_assign(var_35, var_44, adj_35, adj_44);
                    // adj: break                                                                 <L 86>
                    wp::adj_add(var_35, var_43, adj_35, adj_43, adj_44);
                    wp::adj_cw_mul(var_34, var_sky, adj_34, adj_sky, adj_43);
                    // adj: radiance += wp.cw_mul(throughput, sky)                                <L 85>
                }
                // adj: if hit < 0:                                                               <L 84>
                adj_intersect_0(var_26, var_30, var_spheres, var_39, var_40, adj_26, adj_30, adj_spheres, adj_39, adj_40);
                // adj: hit, t = intersect(ro, rd, spheres)                                       <L 83>
            	goto start_for_2;
            end_for_2:;
            // adj: for bounce in range(MAX_BOUNCES):                                             <L 82>
            // adj: radiance = wp.vec3()                                                          <L 81>
            wp::adj_vec_t(var_31, var_32, var_33, adj_31, adj_32, adj_33, adj_34);
            // adj: throughput = wp.vec3(1.0, 1.0, 1.0)                                           <L 80>
            wp::adj_normalize(var_29, var_30, adj_29, adj_30);
            wp::adj_vec_t(var_16, var_27, var_28, adj_16, adj_27, adj_28, adj_29);
            wp::adj_neg(var_25, adj_25, adj_27);
            // adj: rd = wp.normalize(wp.vec3(u, -v, -1.5))                                       <L 79>
            wp::adj_copy(var_cam_pos, adj_cam_pos, adj_26);
            // adj: ro = cam_pos                                                                  <L 78>
            wp::adj_sub(var_23, var_24, adj_23, adj_24, adj_25);
            wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
            wp::adj_div(var_19, var_20, var_21, adj_19, adj_20, adj_21);
            wp::adj_float(var_height, adj_height, adj_20);
            wp::adj_add(var_17, var_18, adj_17, adj_18, adj_19);
            wp::adj_float(var_0, adj_0, adj_17);
            // adj: v = (float(y) + wp.randf(state)) / float(height) * 2.0 - 1.0                  <L 77>
            wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
            wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
            wp::adj_div(var_10, var_11, var_12, adj_10, adj_11, adj_12);
            wp::adj_float(var_width, adj_width, adj_11);
            wp::adj_add(var_8, var_9, adj_8, adj_9, adj_10);
            wp::adj_float(var_1, adj_1, adj_8);
            // adj: u = (float(x) + wp.randf(state)) / float(width) * 2.0 - 1.0                   <L 76>
        	goto start_for_0;
        end_for_0:;
        // adj: for s in range(spp):                                                              <L 75>
        // adj: color = wp.vec3()                                                                 <L 74>
        wp::adj_add(var_2, var_1, adj_2, adj_1, adj_3);
        wp::adj_mul(var_0, var_width, adj_0, adj_width, adj_2);
        // adj: state = wp.rand_init(seed, y * width + x)                                         <L 73>
        // adj: y, x = wp.tid()                                                                   <L 72>
        // adj: def trace_paths(                                                                  <L 62>
        continue;
    }
}



extern "C" __global__ void tonemap_aces_28df0b28_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hdr,
    wp::float32 var_exposure,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ldr)
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
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 2.51;
        const wp::float32 var_6 = 0.03;
        const wp::float32 var_7 = 2.43;
        const wp::float32 var_8 = 0.59;
        const wp::float32 var_9 = 0.14;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        const wp::float32 var_22 = 1.0;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 0.0;
        const wp::float32 var_35 = 1.0;
        wp::float32 var_36;
        const wp::int32 var_37 = 2;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        const wp::float32 var_47 = 0.0;
        const wp::float32 var_48 = 1.0;
        wp::float32 var_49;
        //---------
        // forward
        // def tonemap_aces(hdr: wp.array2d(dtype=wp.vec3), exposure: float, ldr: wp.array2d(dtype=wp.vec3)):       <L 106>
        // y, x = wp.tid()                                                                        <L 107>
        builtin_tid2d(var_0, var_1);
        // c = hdr[y, x] * exposure                                                               <L 108>
        var_2 = wp::address(var_hdr, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_exposure);
        // a = 2.51                                                                               <L 109>
        // b = 0.03                                                                               <L 110>
        // cc = 2.43                                                                              <L 111>
        // d = 0.59                                                                               <L 112>
        // e = 0.14                                                                               <L 113>
        // out = wp.vec3()                                                                        <L 114>
        var_10 = wp::vec_t<3, wp::float32>();
        // for k in range(3):                                                                     <L 115>
        // v = c[k]                                                                               <L 116>
        var_12 = wp::extract(var_3, var_11);
        // out[k] = wp.clamp((v * (a * v + b)) / (v * (cc * v + d) + e), 0.0, 1.0)                <L 117>
        var_13 = wp::mul(var_5, var_12);
        var_14 = wp::add(var_13, var_6);
        var_15 = wp::mul(var_12, var_14);
        var_16 = wp::mul(var_7, var_12);
        var_17 = wp::add(var_16, var_8);
        var_18 = wp::mul(var_12, var_17);
        var_19 = wp::add(var_18, var_9);
        var_20 = wp::div(var_15, var_19);
        var_23 = wp::clamp(var_20, var_21, var_22);
        wp::assign_inplace(var_10, var_11, var_23);
        // v = c[k]                                                                               <L 116>
        var_25 = wp::extract(var_3, var_24);
        // out[k] = wp.clamp((v * (a * v + b)) / (v * (cc * v + d) + e), 0.0, 1.0)                <L 117>
        var_26 = wp::mul(var_5, var_25);
        var_27 = wp::add(var_26, var_6);
        var_28 = wp::mul(var_25, var_27);
        var_29 = wp::mul(var_7, var_25);
        var_30 = wp::add(var_29, var_8);
        var_31 = wp::mul(var_25, var_30);
        var_32 = wp::add(var_31, var_9);
        var_33 = wp::div(var_28, var_32);
        var_36 = wp::clamp(var_33, var_34, var_35);
        wp::assign_inplace(var_10, var_24, var_36);
        // v = c[k]                                                                               <L 116>
        var_38 = wp::extract(var_3, var_37);
        // out[k] = wp.clamp((v * (a * v + b)) / (v * (cc * v + d) + e), 0.0, 1.0)                <L 117>
        var_39 = wp::mul(var_5, var_38);
        var_40 = wp::add(var_39, var_6);
        var_41 = wp::mul(var_38, var_40);
        var_42 = wp::mul(var_7, var_38);
        var_43 = wp::add(var_42, var_8);
        var_44 = wp::mul(var_38, var_43);
        var_45 = wp::add(var_44, var_9);
        var_46 = wp::div(var_41, var_45);
        var_49 = wp::clamp(var_46, var_47, var_48);
        wp::assign_inplace(var_10, var_37, var_49);
        // ldr[y, x] = out                                                                        <L 118>
        wp::array_store(var_ldr, var_0, var_1, var_10);
    }
}



extern "C" __global__ void tonemap_aces_28df0b28_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hdr,
    wp::float32 var_exposure,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ldr,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hdr,
    wp::float32 adj_exposure,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ldr)
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
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 2.51;
        const wp::float32 var_6 = 0.03;
        const wp::float32 var_7 = 2.43;
        const wp::float32 var_8 = 0.59;
        const wp::float32 var_9 = 0.14;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        const wp::float32 var_22 = 1.0;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 0.0;
        const wp::float32 var_35 = 1.0;
        wp::float32 var_36;
        const wp::int32 var_37 = 2;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        const wp::float32 var_47 = 0.0;
        const wp::float32 var_48 = 1.0;
        wp::float32 var_49;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
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
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        //---------
        // forward
        // def tonemap_aces(hdr: wp.array2d(dtype=wp.vec3), exposure: float, ldr: wp.array2d(dtype=wp.vec3)):       <L 106>
        // y, x = wp.tid()                                                                        <L 107>
        builtin_tid2d(var_0, var_1);
        // c = hdr[y, x] * exposure                                                               <L 108>
        var_2 = wp::address(var_hdr, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_exposure);
        // a = 2.51                                                                               <L 109>
        // b = 0.03                                                                               <L 110>
        // cc = 2.43                                                                              <L 111>
        // d = 0.59                                                                               <L 112>
        // e = 0.14                                                                               <L 113>
        // out = wp.vec3()                                                                        <L 114>
        var_10 = wp::vec_t<3, wp::float32>();
        // for k in range(3):                                                                     <L 115>
        // v = c[k]                                                                               <L 116>
        var_12 = wp::extract(var_3, var_11);
        // out[k] = wp.clamp((v * (a * v + b)) / (v * (cc * v + d) + e), 0.0, 1.0)                <L 117>
        var_13 = wp::mul(var_5, var_12);
        var_14 = wp::add(var_13, var_6);
        var_15 = wp::mul(var_12, var_14);
        var_16 = wp::mul(var_7, var_12);
        var_17 = wp::add(var_16, var_8);
        var_18 = wp::mul(var_12, var_17);
        var_19 = wp::add(var_18, var_9);
        var_20 = wp::div(var_15, var_19);
        var_23 = wp::clamp(var_20, var_21, var_22);
        wp::assign_inplace(var_10, var_11, var_23);
        // v = c[k]                                                                               <L 116>
        var_25 = wp::extract(var_3, var_24);
        // out[k] = wp.clamp((v * (a * v + b)) / (v * (cc * v + d) + e), 0.0, 1.0)                <L 117>
        var_26 = wp::mul(var_5, var_25);
        var_27 = wp::add(var_26, var_6);
        var_28 = wp::mul(var_25, var_27);
        var_29 = wp::mul(var_7, var_25);
        var_30 = wp::add(var_29, var_8);
        var_31 = wp::mul(var_25, var_30);
        var_32 = wp::add(var_31, var_9);
        var_33 = wp::div(var_28, var_32);
        var_36 = wp::clamp(var_33, var_34, var_35);
        wp::assign_inplace(var_10, var_24, var_36);
        // v = c[k]                                                                               <L 116>
        var_38 = wp::extract(var_3, var_37);
        // out[k] = wp.clamp((v * (a * v + b)) / (v * (cc * v + d) + e), 0.0, 1.0)                <L 117>
        var_39 = wp::mul(var_5, var_38);
        var_40 = wp::add(var_39, var_6);
        var_41 = wp::mul(var_38, var_40);
        var_42 = wp::mul(var_7, var_38);
        var_43 = wp::add(var_42, var_8);
        var_44 = wp::mul(var_38, var_43);
        var_45 = wp::add(var_44, var_9);
        var_46 = wp::div(var_41, var_45);
        var_49 = wp::clamp(var_46, var_47, var_48);
        wp::assign_inplace(var_10, var_37, var_49);
        // ldr[y, x] = out                                                                        <L 118>
        // wp::array_store(var_ldr, var_0, var_1, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_ldr, var_0, var_1, var_10, adj_ldr, adj_0, adj_1, adj_10);
        // adj: ldr[y, x] = out                                                                   <L 118>
        wp::adj_assign_inplace(var_10, var_37, var_49, adj_10, adj_37, adj_49);
        wp::adj_clamp(var_46, var_47, var_48, adj_46, adj_47, adj_48, adj_49);
        wp::adj_div(var_41, var_45, var_46, adj_41, adj_45, adj_46);
        wp::adj_add(var_44, var_9, adj_44, adj_9, adj_45);
        wp::adj_mul(var_38, var_43, adj_38, adj_43, adj_44);
        wp::adj_add(var_42, var_8, adj_42, adj_8, adj_43);
        wp::adj_mul(var_7, var_38, adj_7, adj_38, adj_42);
        wp::adj_mul(var_38, var_40, adj_38, adj_40, adj_41);
        wp::adj_add(var_39, var_6, adj_39, adj_6, adj_40);
        wp::adj_mul(var_5, var_38, adj_5, adj_38, adj_39);
        // adj: out[k] = wp.clamp((v * (a * v + b)) / (v * (cc * v + d) + e), 0.0, 1.0)           <L 117>
        wp::adj_extract(var_3, var_37, adj_3, adj_37, adj_38);
        // adj: v = c[k]                                                                          <L 116>
        wp::adj_assign_inplace(var_10, var_24, var_36, adj_10, adj_24, adj_36);
        wp::adj_clamp(var_33, var_34, var_35, adj_33, adj_34, adj_35, adj_36);
        wp::adj_div(var_28, var_32, var_33, adj_28, adj_32, adj_33);
        wp::adj_add(var_31, var_9, adj_31, adj_9, adj_32);
        wp::adj_mul(var_25, var_30, adj_25, adj_30, adj_31);
        wp::adj_add(var_29, var_8, adj_29, adj_8, adj_30);
        wp::adj_mul(var_7, var_25, adj_7, adj_25, adj_29);
        wp::adj_mul(var_25, var_27, adj_25, adj_27, adj_28);
        wp::adj_add(var_26, var_6, adj_26, adj_6, adj_27);
        wp::adj_mul(var_5, var_25, adj_5, adj_25, adj_26);
        // adj: out[k] = wp.clamp((v * (a * v + b)) / (v * (cc * v + d) + e), 0.0, 1.0)           <L 117>
        wp::adj_extract(var_3, var_24, adj_3, adj_24, adj_25);
        // adj: v = c[k]                                                                          <L 116>
        wp::adj_assign_inplace(var_10, var_11, var_23, adj_10, adj_11, adj_23);
        wp::adj_clamp(var_20, var_21, var_22, adj_20, adj_21, adj_22, adj_23);
        wp::adj_div(var_15, var_19, var_20, adj_15, adj_19, adj_20);
        wp::adj_add(var_18, var_9, adj_18, adj_9, adj_19);
        wp::adj_mul(var_12, var_17, adj_12, adj_17, adj_18);
        wp::adj_add(var_16, var_8, adj_16, adj_8, adj_17);
        wp::adj_mul(var_7, var_12, adj_7, adj_12, adj_16);
        wp::adj_mul(var_12, var_14, adj_12, adj_14, adj_15);
        wp::adj_add(var_13, var_6, adj_13, adj_6, adj_14);
        wp::adj_mul(var_5, var_12, adj_5, adj_12, adj_13);
        // adj: out[k] = wp.clamp((v * (a * v + b)) / (v * (cc * v + d) + e), 0.0, 1.0)           <L 117>
        wp::adj_extract(var_3, var_11, adj_3, adj_11, adj_12);
        // adj: v = c[k]                                                                          <L 116>
        // adj: for k in range(3):                                                                <L 115>
        // adj: out = wp.vec3()                                                                   <L 114>
        // adj: e = 0.14                                                                          <L 113>
        // adj: d = 0.59                                                                          <L 112>
        // adj: cc = 2.43                                                                         <L 111>
        // adj: b = 0.03                                                                          <L 110>
        // adj: a = 2.51                                                                          <L 109>
        wp::adj_mul(var_4, var_exposure, adj_2, adj_exposure, adj_3);
        wp::adj_address(var_hdr, var_0, var_1, adj_hdr, adj_0, adj_1, adj_2);
        // adj: c = hdr[y, x] * exposure                                                          <L 108>
        // adj: y, x = wp.tid()                                                                   <L 107>
        // adj: def tonemap_aces(hdr: wp.array2d(dtype=wp.vec3), exposure: float, ldr: wp.array2d(dtype=wp.vec3)):  <L 106>
        continue;
    }
}

