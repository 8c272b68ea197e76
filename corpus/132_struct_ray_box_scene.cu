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


struct Ray_e44f1385
{
    wp::vec_t<3, wp::float32> origin;
    wp::vec_t<3, wp::float32> dir;
    wp::float32 tmax;


    Ray_e44f1385() = default;
    CUDA_CALLABLE Ray_e44f1385(wp::vec_t<3, wp::float32> const& origin,
    wp::vec_t<3, wp::float32> const& dir = {},
    wp::float32 const& tmax = {})
        : origin{origin}
        , dir{dir}
        , tmax{tmax}

    {
    }

    CUDA_CALLABLE Ray_e44f1385& operator += (const Ray_e44f1385& rhs)
    {    origin += rhs.origin;
    dir += rhs.dir;
    tmax += rhs.tmax;

        return *this;}

};

static CUDA_CALLABLE void adj_Ray_e44f1385(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_origin,
    wp::vec_t<3, wp::float32> & adj_dir,
    wp::float32 & adj_tmax,
    Ray_e44f1385 & adj_ret)
{
    adj_origin += adj_ret.origin;
    adj_dir += adj_ret.dir;
    adj_tmax += adj_ret.tmax;
}

// Required when compiling adjoints.
CUDA_CALLABLE Ray_e44f1385 add(const Ray_e44f1385& a, const Ray_e44f1385& b)
{
    return Ray_e44f1385();
}

CUDA_CALLABLE void adj_atomic_add(Ray_e44f1385* p, Ray_e44f1385 t)
{
    wp::adj_atomic_add(&p->origin, t.origin);
    wp::adj_atomic_add(&p->dir, t.dir);
    wp::adj_atomic_add(&p->tmax, t.tmax);
}




struct Hit_6a8614b0
{
    wp::float32 t;
    wp::int32 prim;
    wp::vec_t<3, wp::float32> normal;
    bool valid;


    Hit_6a8614b0() = default;
    CUDA_CALLABLE Hit_6a8614b0(wp::float32 const& t,
    wp::int32 const& prim = {},
    wp::vec_t<3, wp::float32> const& normal = {},
    bool const& valid = {})
        : t{t}
        , prim{prim}
        , normal{normal}
        , valid{valid}

    {
    }

    CUDA_CALLABLE Hit_6a8614b0& operator += (const Hit_6a8614b0& rhs)
    {    t += rhs.t;
    prim += rhs.prim;
    normal += rhs.normal;

        return *this;}

};

static CUDA_CALLABLE void adj_Hit_6a8614b0(wp::float32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> const&,
    bool const&,
    wp::float32 & adj_t,
    wp::int32 & adj_prim,
    wp::vec_t<3, wp::float32> & adj_normal,
    bool & adj_valid,
    Hit_6a8614b0 & adj_ret)
{
    adj_t += adj_ret.t;
    adj_prim += adj_ret.prim;
    adj_normal += adj_ret.normal;
    adj_valid += adj_ret.valid;
}

// Required when compiling adjoints.
CUDA_CALLABLE Hit_6a8614b0 add(const Hit_6a8614b0& a, const Hit_6a8614b0& b)
{
    return Hit_6a8614b0();
}

CUDA_CALLABLE void adj_atomic_add(Hit_6a8614b0* p, Hit_6a8614b0 t)
{
    wp::adj_atomic_add(&p->t, t.t);
    wp::adj_atomic_add(&p->prim, t.prim);
    wp::adj_atomic_add(&p->normal, t.normal);
    wp::adj_atomic_add(&p->valid, t.valid);
}




struct AABB_7ee30858
{
    wp::vec_t<3, wp::float32> lower;
    wp::vec_t<3, wp::float32> upper;


    AABB_7ee30858() = default;
    CUDA_CALLABLE AABB_7ee30858(wp::vec_t<3, wp::float32> const& lower,
    wp::vec_t<3, wp::float32> const& upper = {})
        : lower{lower}
        , upper{upper}

    {
    }

    CUDA_CALLABLE AABB_7ee30858& operator += (const AABB_7ee30858& rhs)
    {    lower += rhs.lower;
    upper += rhs.upper;

        return *this;}

};

static CUDA_CALLABLE void adj_AABB_7ee30858(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_lower,
    wp::vec_t<3, wp::float32> & adj_upper,
    AABB_7ee30858 & adj_ret)
{
    adj_lower += adj_ret.lower;
    adj_upper += adj_ret.upper;
}

// Required when compiling adjoints.
CUDA_CALLABLE AABB_7ee30858 add(const AABB_7ee30858& a, const AABB_7ee30858& b)
{
    return AABB_7ee30858();
}

CUDA_CALLABLE void adj_atomic_add(AABB_7ee30858* p, AABB_7ee30858 t)
{
    wp::adj_atomic_add(&p->lower, t.lower);
    wp::adj_atomic_add(&p->upper, t.upper);
}




struct Scene_9e53bb3d
{
    wp::array_t<AABB_7ee30858> boxes;
    wp::array_t<wp::vec_t<4, wp::float32>> colors;
    wp::vec_t<4, wp::float32> background;
    AABB_7ee30858 bounds;


    Scene_9e53bb3d() = default;
    CUDA_CALLABLE Scene_9e53bb3d(wp::array_t<AABB_7ee30858> const& boxes,
    wp::array_t<wp::vec_t<4, wp::float32>> const& colors = {},
    wp::vec_t<4, wp::float32> const& background = {},
    AABB_7ee30858 const& bounds = {})
        : boxes{boxes}
        , colors{colors}
        , background{background}
        , bounds{bounds}

    {
    }

    CUDA_CALLABLE Scene_9e53bb3d& operator += (const Scene_9e53bb3d& rhs)
    {    background += rhs.background;
    bounds += rhs.bounds;

        return *this;}

};

static CUDA_CALLABLE void adj_Scene_9e53bb3d(wp::array_t<AABB_7ee30858> const&,
    wp::array_t<wp::vec_t<4, wp::float32>> const&,
    wp::vec_t<4, wp::float32> const&,
    AABB_7ee30858 const&,
    wp::array_t<AABB_7ee30858> & adj_boxes,
    wp::array_t<wp::vec_t<4, wp::float32>> & adj_colors,
    wp::vec_t<4, wp::float32> & adj_background,
    AABB_7ee30858 & adj_bounds,
    Scene_9e53bb3d & adj_ret)
{
    adj_boxes = adj_ret.boxes;
    adj_colors = adj_ret.colors;
    adj_background += adj_ret.background;
    adj_bounds += adj_ret.bounds;
}

// Required when compiling adjoints.
CUDA_CALLABLE Scene_9e53bb3d add(const Scene_9e53bb3d& a, const Scene_9e53bb3d& b)
{
    return Scene_9e53bb3d();
}

CUDA_CALLABLE void adj_atomic_add(Scene_9e53bb3d* p, Scene_9e53bb3d t)
{
    wp::adj_atomic_add(&p->boxes, t.boxes);
    wp::adj_atomic_add(&p->colors, t.colors);
    wp::adj_atomic_add(&p->background, t.background);
    adj_atomic_add(&p->bounds, t.bounds);
}




// corpus/132_struct_ray_box_scene.py:33
static CUDA_CALLABLE Ray_e44f1385 make_ray_0(
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d)
{
    //---------
    // primal vars
    Ray_e44f1385 var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::float32 var_2 = 1e+20;
    //---------
    // forward
    // def make_ray(o: wp.vec3, d: wp.vec3) -> Ray:                                           <L 34>
    // r = Ray()                                                                              <L 35>
    var_0 = Ray_e44f1385();
    // r.origin = o                                                                           <L 36>
    var_0.origin = var_o;
    // r.dir = wp.normalize(d)                                                                <L 37>
    var_1 = wp::normalize(var_d);
    var_0.dir = var_1;
    // r.tmax = 1.0e20                                                                        <L 38>
    var_0.tmax = var_2;
    // return r                                                                               <L 39>
    return var_0;
}


// corpus/132_struct_ray_box_scene.py:42
static CUDA_CALLABLE Hit_6a8614b0 miss_0(
    )
{
    //---------
    // primal vars
    Hit_6a8614b0 var_0;
    const wp::float32 var_1 = 1e+20;
    const wp::int32 var_2 = -1;
    const bool var_3 = false;
    //---------
    // forward
    // def miss() -> Hit:                                                                     <L 43>
    // h = Hit()                                                                              <L 44>
    var_0 = Hit_6a8614b0();
    // h.t = 1.0e20                                                                           <L 45>
    var_0.t = var_1;
    // h.prim = -1                                                                            <L 46>
    var_0.prim = var_2;
    // h.valid = False                                                                        <L 47>
    var_0.valid = var_3;
    // return h                                                                               <L 48>
    return var_0;
}


// corpus/132_struct_ray_box_scene.py:56
static CUDA_CALLABLE void intersect_box_0(
    Ray_e44f1385 var_r,
    AABB_7ee30858 var_b,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    const wp::int32 var_31 = 2;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    //---------
    // forward
    // def intersect_box(r: Ray, b: AABB):                                                    <L 57>
    // inv = wp.cw_div(wp.vec3(1.0), r.dir)                                                   <L 58>
    var_1 = wp::vec_t<3, wp::float32>(var_0);
    var_2 = &((var_r).dir);
    var_4 = wp::load(var_2);
    var_3 = wp::cw_div(var_1, var_4);
    // t0 = wp.cw_mul(b.lower - r.origin, inv)                                                <L 59>
    var_5 = &((var_b).lower);
    var_6 = &((var_r).origin);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_9);
    var_10 = wp::cw_mul(var_7, var_3);
    // t1 = wp.cw_mul(b.upper - r.origin, inv)                                                <L 60>
    var_11 = &((var_b).upper);
    var_12 = &((var_r).origin);
    var_14 = wp::load(var_11);
    var_15 = wp::load(var_12);
    var_13 = wp::sub(var_14, var_15);
    var_16 = wp::cw_mul(var_13, var_3);
    // tmin = wp.min(t0, t1)                                                                  <L 61>
    var_17 = wp::min(var_10, var_16);
    // tmax = wp.max(t0, t1)                                                                  <L 62>
    var_18 = wp::max(var_10, var_16);
    // enter = wp.max(tmin[0], wp.max(tmin[1], tmin[2]))                                      <L 63>
    var_20 = wp::extract(var_17, var_19);
    var_22 = wp::extract(var_17, var_21);
    var_24 = wp::extract(var_17, var_23);
    var_25 = wp::max(var_22, var_24);
    var_26 = wp::max(var_20, var_25);
    // leave = wp.min(tmax[0], wp.min(tmax[1], tmax[2]))                                      <L 64>
    var_28 = wp::extract(var_18, var_27);
    var_30 = wp::extract(var_18, var_29);
    var_32 = wp::extract(var_18, var_31);
    var_33 = wp::min(var_30, var_32);
    var_34 = wp::min(var_28, var_33);
    // return enter, leave                                                                    <L 65>
    ret_0 = var_26;
    ret_1 = var_34;
    return;
}


// corpus/132_struct_ray_box_scene.py:51
static CUDA_CALLABLE wp::vec_t<3, wp::float32> box_center_0(
    AABB_7ee30858 var_b)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // forward
    // def box_center(b: AABB) -> wp.vec3:                                                    <L 52>
    // return (b.lower + b.upper) * 0.5                                                       <L 53>
    var_0 = &((var_b).lower);
    var_1 = &((var_b).upper);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::add(var_3, var_4);
    var_6 = wp::mul(var_2, var_5);
    return var_6;
}


// corpus/132_struct_ray_box_scene.py:68
static CUDA_CALLABLE wp::vec_t<3, wp::float32> box_normal_0(
    AABB_7ee30858 var_b,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.5;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = -1.0;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    bool var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    bool var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 2;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    bool var_41;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::float32 var_47;
    //---------
    // forward
    // def box_normal(b: AABB, p: wp.vec3) -> wp.vec3:                                        <L 69>
    // c = box_center(b)                                                                      <L 70>
    var_0 = box_center_0(var_b);
    // d = p - c                                                                              <L 71>
    var_1 = wp::sub(var_p, var_0);
    // e = (b.upper - b.lower) * 0.5                                                          <L 72>
    var_2 = &((var_b).upper);
    var_3 = &((var_b).lower);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::sub(var_5, var_6);
    var_8 = wp::mul(var_4, var_7);
    // n = wp.vec3()                                                                          <L 73>
    var_9 = wp::vec_t<3, wp::float32>();
    // best = float(-1.0)                                                                     <L 74>
    var_11 = wp::float(var_10);
    // for k in range(3):                                                                     <L 75>
    // s = wp.abs(d[k]) / e[k]                                                                <L 76>
    var_13 = wp::extract(var_1, var_12);
    var_14 = wp::abs(var_13);
    var_15 = wp::extract(var_8, var_12);
    var_16 = wp::div(var_14, var_15);
    // if s > best:                                                                           <L 77>
    var_17 = (var_16 > var_11);
    if (var_17) {
        // best = s                                                                           <L 78>
        var_18 = wp::copy(var_16);
        // n = wp.vec3()                                                                      <L 79>
        var_19 = wp::vec_t<3, wp::float32>();
        // n[k] = wp.sign(d[k])                                                               <L 80>
        var_20 = wp::extract(var_1, var_12);
        var_21 = wp::sign(var_20);
        wp::assign_inplace(var_19, var_12, var_21);
    }
    var_22 = wp::where(var_17, var_19, var_9);
    var_23 = wp::where(var_17, var_18, var_11);
    // s = wp.abs(d[k]) / e[k]                                                                <L 76>
    var_25 = wp::extract(var_1, var_24);
    var_26 = wp::abs(var_25);
    var_27 = wp::extract(var_8, var_24);
    var_28 = wp::div(var_26, var_27);
    // if s > best:                                                                           <L 77>
    var_29 = (var_28 > var_23);
    if (var_29) {
        // best = s                                                                           <L 78>
        var_30 = wp::copy(var_28);
        // n = wp.vec3()                                                                      <L 79>
        var_31 = wp::vec_t<3, wp::float32>();
        // n[k] = wp.sign(d[k])                                                               <L 80>
        var_32 = wp::extract(var_1, var_24);
        var_33 = wp::sign(var_32);
        wp::assign_inplace(var_31, var_24, var_33);
    }
    var_34 = wp::where(var_29, var_31, var_22);
    var_35 = wp::where(var_29, var_30, var_23);
    // s = wp.abs(d[k]) / e[k]                                                                <L 76>
    var_37 = wp::extract(var_1, var_36);
    var_38 = wp::abs(var_37);
    var_39 = wp::extract(var_8, var_36);
    var_40 = wp::div(var_38, var_39);
    // if s > best:                                                                           <L 77>
    var_41 = (var_40 > var_35);
    if (var_41) {
        // best = s                                                                           <L 78>
        var_42 = wp::copy(var_40);
        // n = wp.vec3()                                                                      <L 79>
        var_43 = wp::vec_t<3, wp::float32>();
        // n[k] = wp.sign(d[k])                                                               <L 80>
        var_44 = wp::extract(var_1, var_36);
        var_45 = wp::sign(var_44);
        wp::assign_inplace(var_43, var_36, var_45);
    }
    var_46 = wp::where(var_41, var_43, var_34);
    var_47 = wp::where(var_41, var_42, var_35);
    // return n                                                                               <L 81>
    return var_46;
}


// corpus/132_struct_ray_box_scene.py:84
static CUDA_CALLABLE Hit_6a8614b0 trace_0(
    Scene_9e53bb3d var_scene,
    Ray_e44f1385 var_r)
{
    //---------
    // primal vars
    Hit_6a8614b0 var_0;
    wp::array_t<AABB_7ee30858>* var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::array_t<AABB_7ee30858>* var_8;
    AABB_7ee30858* var_9;
    wp::array_t<AABB_7ee30858> var_10;
    AABB_7ee30858 var_11;
    AABB_7ee30858 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    bool var_15;
    bool var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    wp::float32* var_19;
    bool var_20;
    wp::float32 var_21;
    const bool var_22 = true;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // forward
    // def trace(scene: Scene, r: Ray) -> Hit:                                                <L 85>
    // h = miss()                                                                             <L 86>
    var_0 = miss_0();
    // for i in range(scene.boxes.shape[0]):                                                  <L 87>
    var_1 = &((var_scene).boxes);
    var_2 = &(var_1->shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::range(var_4);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // b = scene.boxes[i]                                                                 <L 88>
        var_8 = &((var_scene).boxes);
        var_10 = wp::load(var_8);
        var_9 = wp::address(var_10, var_7);
        var_12 = wp::load(var_9);
        var_11 = wp::copy(var_12);
        // t0, t1 = intersect_box(r, b)                                                       <L 89>
        intersect_box_0(var_r, var_11, var_13, var_14);
        // if t1 >= t0 and t1 > 0.0 and t0 < h.t:                                             <L 90>
        var_16 = (var_14 >= var_13);
        var_15 = var_16;
        if (var_15) {
            var_18 = (var_14 > var_17);
            var_15 = var_15 && var_18;
        }
        if (var_15) {
            var_19 = &((var_0).t);
            var_21 = wp::load(var_19);
            var_20 = (var_13 < var_21);
            var_15 = var_15 && var_20;
        }
        if (var_15) {
            // h.t = t0                                                                       <L 91>
            var_0.t = var_13;
            // h.prim = i                                                                     <L 92>
            var_0.prim = var_7;
            // h.valid = True                                                                 <L 93>
            var_0.valid = var_22;
            // h.normal = box_normal(b, r.origin + r.dir * t0)                                <L 94>
            var_23 = &((var_r).origin);
            var_24 = &((var_r).dir);
            var_26 = wp::load(var_24);
            var_25 = wp::mul(var_26, var_13);
            var_28 = wp::load(var_23);
            var_27 = wp::add(var_28, var_25);
            var_29 = box_normal_0(var_11, var_27);
            var_0.normal = var_29;
        }
        goto start_for_0;
    end_for_0:;
    // return h                                                                               <L 95>
    return var_0;
}


// corpus/132_struct_ray_box_scene.py:33
static CUDA_CALLABLE void adj_make_ray_0(
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> & adj_o,
    wp::vec_t<3, wp::float32> & adj_d,
    Ray_e44f1385 & adj_ret)
{
    //---------
    // primal vars
    Ray_e44f1385 var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::float32 var_2 = 1e+20;
    //---------
    // dual vars
    Ray_e44f1385 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def make_ray(o: wp.vec3, d: wp.vec3) -> Ray:                                           <L 34>
    // r = Ray()                                                                              <L 35>
    var_0 = Ray_e44f1385();
    // r.origin = o                                                                           <L 36>
    var_0.origin = var_o;
    // r.dir = wp.normalize(d)                                                                <L 37>
    var_1 = wp::normalize(var_d);
    var_0.dir = var_1;
    // r.tmax = 1.0e20                                                                        <L 38>
    var_0.tmax = var_2;
    // return r                                                                               <L 39>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return r                                                                          <L 39>
    adj_2 += adj_0.tmax;
    adj_0.tmax = {};
    // adj: r.tmax = 1.0e20                                                                   <L 38>
    adj_1 += adj_0.dir;
    adj_0.dir = {};
    wp::adj_normalize(var_d, var_1, adj_d, adj_1);
    // adj: r.dir = wp.normalize(d)                                                           <L 37>
    adj_o += adj_0.origin;
    adj_0.origin = {};
    // adj: r.origin = o                                                                      <L 36>
    // adj: r = Ray()                                                                         <L 35>
    // adj: def make_ray(o: wp.vec3, d: wp.vec3) -> Ray:                                      <L 34>
    return;
}


// corpus/132_struct_ray_box_scene.py:42
static CUDA_CALLABLE void adj_miss_0(
    Hit_6a8614b0 & adj_ret)
{
    //---------
    // primal vars
    Hit_6a8614b0 var_0;
    const wp::float32 var_1 = 1e+20;
    const wp::int32 var_2 = -1;
    const bool var_3 = false;
    //---------
    // dual vars
    Hit_6a8614b0 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    //---------
    // forward
    // def miss() -> Hit:                                                                     <L 43>
    // h = Hit()                                                                              <L 44>
    var_0 = Hit_6a8614b0();
    // h.t = 1.0e20                                                                           <L 45>
    var_0.t = var_1;
    // h.prim = -1                                                                            <L 46>
    var_0.prim = var_2;
    // h.valid = False                                                                        <L 47>
    var_0.valid = var_3;
    // return h                                                                               <L 48>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return h                                                                          <L 48>
    adj_0.valid = {};
    // adj: h.valid = False                                                                   <L 47>
    adj_0.prim = {};
    // adj: h.prim = -1                                                                       <L 46>
    adj_1 += adj_0.t;
    adj_0.t = {};
    // adj: h.t = 1.0e20                                                                      <L 45>
    // adj: h = Hit()                                                                         <L 44>
    // adj: def miss() -> Hit:                                                                <L 43>
    return;
}


// corpus/132_struct_ray_box_scene.py:56
static CUDA_CALLABLE void adj_intersect_box_0(
    Ray_e44f1385 var_r,
    AABB_7ee30858 var_b,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    Ray_e44f1385 & adj_r,
    AABB_7ee30858 & adj_b,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::float32 var_30;
    const wp::int32 var_31 = 2;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    //---------
    // forward
    // def intersect_box(r: Ray, b: AABB):                                                    <L 57>
    // inv = wp.cw_div(wp.vec3(1.0), r.dir)                                                   <L 58>
    var_1 = wp::vec_t<3, wp::float32>(var_0);
    var_2 = &((var_r).dir);
    var_4 = wp::load(var_2);
    var_3 = wp::cw_div(var_1, var_4);
    // t0 = wp.cw_mul(b.lower - r.origin, inv)                                                <L 59>
    var_5 = &((var_b).lower);
    var_6 = &((var_r).origin);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_9);
    var_10 = wp::cw_mul(var_7, var_3);
    // t1 = wp.cw_mul(b.upper - r.origin, inv)                                                <L 60>
    var_11 = &((var_b).upper);
    var_12 = &((var_r).origin);
    var_14 = wp::load(var_11);
    var_15 = wp::load(var_12);
    var_13 = wp::sub(var_14, var_15);
    var_16 = wp::cw_mul(var_13, var_3);
    // tmin = wp.min(t0, t1)                                                                  <L 61>
    var_17 = wp::min(var_10, var_16);
    // tmax = wp.max(t0, t1)                                                                  <L 62>
    var_18 = wp::max(var_10, var_16);
    // enter = wp.max(tmin[0], wp.max(tmin[1], tmin[2]))                                      <L 63>
    var_20 = wp::extract(var_17, var_19);
    var_22 = wp::extract(var_17, var_21);
    var_24 = wp::extract(var_17, var_23);
    var_25 = wp::max(var_22, var_24);
    var_26 = wp::max(var_20, var_25);
    // leave = wp.min(tmax[0], wp.min(tmax[1], tmax[2]))                                      <L 64>
    var_28 = wp::extract(var_18, var_27);
    var_30 = wp::extract(var_18, var_29);
    var_32 = wp::extract(var_18, var_31);
    var_33 = wp::min(var_30, var_32);
    var_34 = wp::min(var_28, var_33);
    // return enter, leave                                                                    <L 65>
    ret_0 = var_26;
    ret_1 = var_34;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_34 += adj_ret_1;
    adj_26 += adj_ret_0;
    // adj: return enter, leave                                                               <L 65>
    wp::adj_min(var_28, var_33, adj_28, adj_33, adj_34);
    wp::adj_min(var_30, var_32, adj_30, adj_32, adj_33);
    wp::adj_extract(var_18, var_31, adj_18, adj_31, adj_32);
    wp::adj_extract(var_18, var_29, adj_18, adj_29, adj_30);
    wp::adj_extract(var_18, var_27, adj_18, adj_27, adj_28);
    // adj: leave = wp.min(tmax[0], wp.min(tmax[1], tmax[2]))                                 <L 64>
    wp::adj_max(var_20, var_25, adj_20, adj_25, adj_26);
    wp::adj_max(var_22, var_24, adj_22, adj_24, adj_25);
    wp::adj_extract(var_17, var_23, adj_17, adj_23, adj_24);
    wp::adj_extract(var_17, var_21, adj_17, adj_21, adj_22);
    wp::adj_extract(var_17, var_19, adj_17, adj_19, adj_20);
    // adj: enter = wp.max(tmin[0], wp.max(tmin[1], tmin[2]))                                 <L 63>
    wp::adj_max(var_10, var_16, adj_10, adj_16, adj_18);
    // adj: tmax = wp.max(t0, t1)                                                             <L 62>
    wp::adj_min(var_10, var_16, adj_10, adj_16, adj_17);
    // adj: tmin = wp.min(t0, t1)                                                             <L 61>
    wp::adj_cw_mul(var_13, var_3, adj_13, adj_3, adj_16);
    wp::adj_sub(var_14, var_15, adj_11, adj_12, adj_13);
    adj_r.origin += adj_12;
    adj_b.upper += adj_11;
    // adj: t1 = wp.cw_mul(b.upper - r.origin, inv)                                           <L 60>
    wp::adj_cw_mul(var_7, var_3, adj_7, adj_3, adj_10);
    wp::adj_sub(var_8, var_9, adj_5, adj_6, adj_7);
    adj_r.origin += adj_6;
    adj_b.lower += adj_5;
    // adj: t0 = wp.cw_mul(b.lower - r.origin, inv)                                           <L 59>
    wp::adj_cw_div(var_1, var_4, var_3, adj_1, adj_2, adj_3);
    adj_r.dir += adj_2;
    wp::adj_vec_t(var_0, adj_0, adj_1);
    // adj: inv = wp.cw_div(wp.vec3(1.0), r.dir)                                              <L 58>
    // adj: def intersect_box(r: Ray, b: AABB):                                               <L 57>
    return;
}


// corpus/132_struct_ray_box_scene.py:51
static CUDA_CALLABLE void adj_box_center_0(
    AABB_7ee30858 var_b,
    AABB_7ee30858 & adj_b,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    //---------
    // forward
    // def box_center(b: AABB) -> wp.vec3:                                                    <L 52>
    // return (b.lower + b.upper) * 0.5                                                       <L 53>
    var_0 = &((var_b).lower);
    var_1 = &((var_b).upper);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::add(var_3, var_4);
    var_6 = wp::mul(var_2, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_mul(var_2, var_5, adj_2, adj_5, adj_6);
    wp::adj_add(var_3, var_4, adj_0, adj_1, adj_2);
    adj_b.upper += adj_1;
    adj_b.lower += adj_0;
    // adj: return (b.lower + b.upper) * 0.5                                                  <L 53>
    // adj: def box_center(b: AABB) -> wp.vec3:                                               <L 52>
    return;
}


// corpus/132_struct_ray_box_scene.py:68
static CUDA_CALLABLE void adj_box_normal_0(
    AABB_7ee30858 var_b,
    wp::vec_t<3, wp::float32> var_p,
    AABB_7ee30858 & adj_b,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.5;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = -1.0;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    bool var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    bool var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 2;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    bool var_41;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::float32 var_47;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    bool adj_41 = {};
    wp::float32 adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::float32 adj_47 = {};
    //---------
    // forward
    // def box_normal(b: AABB, p: wp.vec3) -> wp.vec3:                                        <L 69>
    // c = box_center(b)                                                                      <L 70>
    var_0 = box_center_0(var_b);
    // d = p - c                                                                              <L 71>
    var_1 = wp::sub(var_p, var_0);
    // e = (b.upper - b.lower) * 0.5                                                          <L 72>
    var_2 = &((var_b).upper);
    var_3 = &((var_b).lower);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::sub(var_5, var_6);
    var_8 = wp::mul(var_4, var_7);
    // n = wp.vec3()                                                                          <L 73>
    var_9 = wp::vec_t<3, wp::float32>();
    // best = float(-1.0)                                                                     <L 74>
    var_11 = wp::float(var_10);
    // for k in range(3):                                                                     <L 75>
    // s = wp.abs(d[k]) / e[k]                                                                <L 76>
    var_13 = wp::extract(var_1, var_12);
    var_14 = wp::abs(var_13);
    var_15 = wp::extract(var_8, var_12);
    var_16 = wp::div(var_14, var_15);
    // if s > best:                                                                           <L 77>
    var_17 = (var_16 > var_11);
    if (var_17) {
        // best = s                                                                           <L 78>
        var_18 = wp::copy(var_16);
        // n = wp.vec3()                                                                      <L 79>
        var_19 = wp::vec_t<3, wp::float32>();
        // n[k] = wp.sign(d[k])                                                               <L 80>
        var_20 = wp::extract(var_1, var_12);
        var_21 = wp::sign(var_20);
        wp::assign_inplace(var_19, var_12, var_21);
    }
    var_22 = wp::where(var_17, var_19, var_9);
    var_23 = wp::where(var_17, var_18, var_11);
    // s = wp.abs(d[k]) / e[k]                                                                <L 76>
    var_25 = wp::extract(var_1, var_24);
    var_26 = wp::abs(var_25);
    var_27 = wp::extract(var_8, var_24);
    var_28 = wp::div(var_26, var_27);
    // if s > best:                                                                           <L 77>
    var_29 = (var_28 > var_23);
    if (var_29) {
        // best = s                                                                           <L 78>
        var_30 = wp::copy(var_28);
        // n = wp.vec3()                                                                      <L 79>
        var_31 = wp::vec_t<3, wp::float32>();
        // n[k] = wp.sign(d[k])                                                               <L 80>
        var_32 = wp::extract(var_1, var_24);
        var_33 = wp::sign(var_32);
        wp::assign_inplace(var_31, var_24, var_33);
    }
    var_34 = wp::where(var_29, var_31, var_22);
    var_35 = wp::where(var_29, var_30, var_23);
    // s = wp.abs(d[k]) / e[k]                                                                <L 76>
    var_37 = wp::extract(var_1, var_36);
    var_38 = wp::abs(var_37);
    var_39 = wp::extract(var_8, var_36);
    var_40 = wp::div(var_38, var_39);
    // if s > best:                                                                           <L 77>
    var_41 = (var_40 > var_35);
    if (var_41) {
        // best = s                                                                           <L 78>
        var_42 = wp::copy(var_40);
        // n = wp.vec3()                                                                      <L 79>
        var_43 = wp::vec_t<3, wp::float32>();
        // n[k] = wp.sign(d[k])                                                               <L 80>
        var_44 = wp::extract(var_1, var_36);
        var_45 = wp::sign(var_44);
        wp::assign_inplace(var_43, var_36, var_45);
    }
    var_46 = wp::where(var_41, var_43, var_34);
    var_47 = wp::where(var_41, var_42, var_35);
    // return n                                                                               <L 81>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_46 += adj_ret;
    // adj: return n                                                                          <L 81>
    wp::adj_where(var_41, var_42, var_35, adj_41, adj_42, adj_35, adj_47);
    wp::adj_where(var_41, var_43, var_34, adj_41, adj_43, adj_34, adj_46);
    if (var_41) {
        wp::adj_assign_inplace(var_43, var_36, var_45, adj_43, adj_36, adj_45);
        wp::adj_extract(var_1, var_36, adj_1, adj_36, adj_44);
        // adj: n[k] = wp.sign(d[k])                                                          <L 80>
        // adj: n = wp.vec3()                                                                 <L 79>
        wp::adj_copy(var_40, adj_40, adj_42);
        // adj: best = s                                                                      <L 78>
    }
    // adj: if s > best:                                                                      <L 77>
    wp::adj_div(var_38, var_39, var_40, adj_38, adj_39, adj_40);
    wp::adj_extract(var_8, var_36, adj_8, adj_36, adj_39);
    wp::adj_abs(var_37, adj_37, adj_38);
    wp::adj_extract(var_1, var_36, adj_1, adj_36, adj_37);
    // adj: s = wp.abs(d[k]) / e[k]                                                           <L 76>
    wp::adj_where(var_29, var_30, var_23, adj_29, adj_30, adj_23, adj_35);
    wp::adj_where(var_29, var_31, var_22, adj_29, adj_31, adj_22, adj_34);
    if (var_29) {
        wp::adj_assign_inplace(var_31, var_24, var_33, adj_31, adj_24, adj_33);
        wp::adj_extract(var_1, var_24, adj_1, adj_24, adj_32);
        // adj: n[k] = wp.sign(d[k])                                                          <L 80>
        // adj: n = wp.vec3()                                                                 <L 79>
        wp::adj_copy(var_28, adj_28, adj_30);
        // adj: best = s                                                                      <L 78>
    }
    // adj: if s > best:                                                                      <L 77>
    wp::adj_div(var_26, var_27, var_28, adj_26, adj_27, adj_28);
    wp::adj_extract(var_8, var_24, adj_8, adj_24, adj_27);
    wp::adj_abs(var_25, adj_25, adj_26);
    wp::adj_extract(var_1, var_24, adj_1, adj_24, adj_25);
    // adj: s = wp.abs(d[k]) / e[k]                                                           <L 76>
    wp::adj_where(var_17, var_18, var_11, adj_17, adj_18, adj_11, adj_23);
    wp::adj_where(var_17, var_19, var_9, adj_17, adj_19, adj_9, adj_22);
    if (var_17) {
        wp::adj_assign_inplace(var_19, var_12, var_21, adj_19, adj_12, adj_21);
        wp::adj_extract(var_1, var_12, adj_1, adj_12, adj_20);
        // adj: n[k] = wp.sign(d[k])                                                          <L 80>
        // adj: n = wp.vec3()                                                                 <L 79>
        wp::adj_copy(var_16, adj_16, adj_18);
        // adj: best = s                                                                      <L 78>
    }
    // adj: if s > best:                                                                      <L 77>
    wp::adj_div(var_14, var_15, var_16, adj_14, adj_15, adj_16);
    wp::adj_extract(var_8, var_12, adj_8, adj_12, adj_15);
    wp::adj_abs(var_13, adj_13, adj_14);
    wp::adj_extract(var_1, var_12, adj_1, adj_12, adj_13);
    // adj: s = wp.abs(d[k]) / e[k]                                                           <L 76>
    // adj: for k in range(3):                                                                <L 75>
    wp::adj_float(var_10, adj_10, adj_11);
    // adj: best = float(-1.0)                                                                <L 74>
    // adj: n = wp.vec3()                                                                     <L 73>
    wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_sub(var_5, var_6, adj_2, adj_3, adj_4);
    adj_b.lower += adj_3;
    adj_b.upper += adj_2;
    // adj: e = (b.upper - b.lower) * 0.5                                                     <L 72>
    wp::adj_sub(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: d = p - c                                                                         <L 71>
    adj_box_center_0(var_b, adj_b, adj_0);
    // adj: c = box_center(b)                                                                 <L 70>
    // adj: def box_normal(b: AABB, p: wp.vec3) -> wp.vec3:                                   <L 69>
    return;
}


// corpus/132_struct_ray_box_scene.py:84
static CUDA_CALLABLE void adj_trace_0(
    Scene_9e53bb3d var_scene,
    Ray_e44f1385 var_r,
    Scene_9e53bb3d & adj_scene,
    Ray_e44f1385 & adj_r,
    Hit_6a8614b0 & adj_ret)
{
    //---------
    // primal vars
    Hit_6a8614b0 var_0;
    wp::array_t<AABB_7ee30858>* var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::array_t<AABB_7ee30858>* var_8;
    AABB_7ee30858* var_9;
    wp::array_t<AABB_7ee30858> var_10;
    AABB_7ee30858 var_11;
    AABB_7ee30858 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    bool var_15;
    bool var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    wp::float32* var_19;
    bool var_20;
    wp::float32 var_21;
    const bool var_22 = true;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // dual vars
    Hit_6a8614b0 adj_0 = {};
    wp::array_t<AABB_7ee30858> adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::array_t<AABB_7ee30858> adj_8 = {};
    AABB_7ee30858 adj_9 = {};
    wp::array_t<AABB_7ee30858> adj_10 = {};
    AABB_7ee30858 adj_11 = {};
    AABB_7ee30858 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    //---------
    // forward
    // def trace(scene: Scene, r: Ray) -> Hit:                                                <L 85>
    // h = miss()                                                                             <L 86>
    var_0 = miss_0();
    // for i in range(scene.boxes.shape[0]):                                                  <L 87>
    var_1 = &((var_scene).boxes);
    var_2 = &(var_1->shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::range(var_4);
    // return h                                                                               <L 95>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_0 += adj_ret;
    // adj: return h                                                                          <L 95>
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
        // b = scene.boxes[i]                                                                 <L 88>
        var_8 = &((var_scene).boxes);
        var_10 = wp::load(var_8);
        var_9 = wp::address(var_10, var_7);
        var_12 = wp::load(var_9);
        var_11 = wp::copy(var_12);
        // t0, t1 = intersect_box(r, b)                                                       <L 89>
        intersect_box_0(var_r, var_11, var_13, var_14);
        // if t1 >= t0 and t1 > 0.0 and t0 < h.t:                                             <L 90>
        var_16 = (var_14 >= var_13);
        var_15 = var_16;
        if (var_15) {
            var_18 = (var_14 > var_17);
            var_15 = var_15 && var_18;
        }
        if (var_15) {
            var_19 = &((var_0).t);
            var_21 = wp::load(var_19);
            var_20 = (var_13 < var_21);
            var_15 = var_15 && var_20;
        }
        if (var_15) {
            // h.t = t0                                                                       <L 91>
            var_0.t = var_13;
            // h.prim = i                                                                     <L 92>
            var_0.prim = var_7;
            // h.valid = True                                                                 <L 93>
            var_0.valid = var_22;
            // h.normal = box_normal(b, r.origin + r.dir * t0)                                <L 94>
            var_23 = &((var_r).origin);
            var_24 = &((var_r).dir);
            var_26 = wp::load(var_24);
            var_25 = wp::mul(var_26, var_13);
            var_28 = wp::load(var_23);
            var_27 = wp::add(var_28, var_25);
            var_29 = box_normal_0(var_11, var_27);
            var_0.normal = var_29;
        }
        if (var_15) {
            adj_29 += adj_0.normal;
            adj_0.normal = {};
            adj_box_normal_0(var_11, var_27, adj_11, adj_27, adj_29);
            wp::adj_add(var_28, var_25, adj_23, adj_25, adj_27);
            wp::adj_mul(var_26, var_13, adj_24, adj_13, adj_25);
            adj_r.dir += adj_24;
            adj_r.origin += adj_23;
            // adj: h.normal = box_normal(b, r.origin + r.dir * t0)                           <L 94>
            adj_0.valid = {};
            // adj: h.valid = True                                                            <L 93>
            adj_0.prim = {};
            // adj: h.prim = i                                                                <L 92>
            adj_13 += adj_0.t;
            adj_0.t = {};
            // adj: h.t = t0                                                                  <L 91>
        }
        if (var_15) {
            adj_0.t += adj_19;
        }
        if (var_15) {
        }
        // adj: if t1 >= t0 and t1 > 0.0 and t0 < h.t:                                        <L 90>
        adj_intersect_box_0(var_r, var_11, var_13, var_14, adj_r, adj_11, adj_13, adj_14);
        // adj: t0, t1 = intersect_box(r, b)                                                  <L 89>
        wp::adj_copy(var_12, adj_9, adj_11);
        wp::adj_address(var_10, var_7, adj_8, adj_7, adj_9);
        adj_scene.boxes = adj_8;
        // adj: b = scene.boxes[i]                                                            <L 88>
    	goto start_for_0;
    end_for_0:;
    adj_1.shape = adj_2;
    adj_scene.boxes = adj_1;
    // adj: for i in range(scene.boxes.shape[0]):                                             <L 87>
    // adj: h = miss()                                                                        <L 86>
    // adj: def trace(scene: Scene, r: Ray) -> Hit:                                           <L 85>
    return;
}



extern "C" __global__ void render_e8e07bbb_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    Scene_9e53bb3d var_scene,
    wp::vec_t<3, wp::float32> var_eye,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::array_t<wp::vec_t<4, wp::float32>> var_img,
    wp::array_t<wp::float32> var_depth)
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
        wp::float32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 2.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 2.0;
        wp::float32 var_17;
        const wp::float32 var_18 = 1.0;
        wp::float32 var_19;
        const wp::float32 var_20 = -1.0;
        wp::vec_t<3, wp::float32> var_21;
        Ray_e44f1385 var_22;
        Hit_6a8614b0 var_23;
        bool* var_24;
        bool var_25;
        bool var_26;
        wp::vec_t<4, wp::float32>* var_27;
        wp::vec_t<4, wp::float32> var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 1.0;
        const wp::float32 var_32 = 1.0;
        const wp::float32 var_33 = 1.0;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        const wp::float32 var_39 = 0.0;
        wp::float32 var_40;
        wp::array_t<wp::vec_t<4, wp::float32>>* var_41;
        wp::int32* var_42;
        wp::vec_t<4, wp::float32>* var_43;
        wp::array_t<wp::vec_t<4, wp::float32>> var_44;
        wp::int32 var_45;
        wp::vec_t<4, wp::float32> var_46;
        wp::vec_t<4, wp::float32> var_47;
        const wp::int32 var_48 = 0;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 1;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::int32 var_54 = 2;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::int32 var_57 = 3;
        wp::float32 var_58;
        wp::vec_t<4, wp::float32> var_59;
        wp::float32* var_60;
        wp::float32 var_61;
        //---------
        // forward
        // def render(scene: Scene, eye: wp.vec3, width: int, height: int, img: wp.array2d(dtype=wp.vec4), depth: wp.array2d(dtype=float)):       <L 99>
        // y, x = wp.tid()                                                                        <L 100>
        builtin_tid2d(var_0, var_1);
        // u = (float(x) + 0.5) / float(width) * 2.0 - 1.0                                        <L 101>
        var_2 = wp::float(var_1);
        var_4 = wp::add(var_2, var_3);
        var_5 = wp::float(var_width);
        var_6 = wp::div(var_4, var_5);
        var_8 = wp::mul(var_6, var_7);
        var_10 = wp::sub(var_8, var_9);
        // v = (float(y) + 0.5) / float(height) * 2.0 - 1.0                                       <L 102>
        var_11 = wp::float(var_0);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::float(var_height);
        var_15 = wp::div(var_13, var_14);
        var_17 = wp::mul(var_15, var_16);
        var_19 = wp::sub(var_17, var_18);
        // r = make_ray(eye, wp.vec3(u, v, -1.0))                                                 <L 103>
        var_21 = wp::vec_t<3, wp::float32>(var_10, var_19, var_20);
        var_22 = make_ray_0(var_eye, var_21);
        // h = trace(scene, r)                                                                    <L 104>
        var_23 = trace_0(var_scene, var_22);
        // if not h.valid:                                                                        <L 105>
        var_24 = &((var_23).valid);
        var_26 = wp::load(var_24);
        var_25 = wp::unot(var_26);
        if (var_25) {
            // img[y, x] = scene.background                                                       <L 106>
            var_27 = &((var_scene).background);
            var_28 = wp::load(var_27);
            wp::array_store(var_img, var_0, var_1, var_28);
            // depth[y, x] = r.tmax                                                               <L 107>
            var_29 = &((var_22).tmax);
            var_30 = wp::load(var_29);
            wp::array_store(var_depth, var_0, var_1, var_30);
            // return                                                                             <L 108>
            continue;
        }
        // light = wp.normalize(wp.vec3(1.0, 1.0, 1.0))                                           <L 109>
        var_34 = wp::vec_t<3, wp::float32>(var_31, var_32, var_33);
        var_35 = wp::normalize(var_34);
        // ndl = wp.max(wp.dot(h.normal, light), 0.0)                                             <L 110>
        var_36 = &((var_23).normal);
        var_38 = wp::load(var_36);
        var_37 = wp::dot(var_38, var_35);
        var_40 = wp::max(var_37, var_39);
        // c = scene.colors[h.prim]                                                               <L 111>
        var_41 = &((var_scene).colors);
        var_42 = &((var_23).prim);
        var_44 = wp::load(var_41);
        var_45 = wp::load(var_42);
        var_43 = wp::address(var_44, var_45);
        var_47 = wp::load(var_43);
        var_46 = wp::copy(var_47);
        // img[y, x] = wp.vec4(c[0] * ndl, c[1] * ndl, c[2] * ndl, c[3])                          <L 112>
        var_49 = wp::extract(var_46, var_48);
        var_50 = wp::mul(var_49, var_40);
        var_52 = wp::extract(var_46, var_51);
        var_53 = wp::mul(var_52, var_40);
        var_55 = wp::extract(var_46, var_54);
        var_56 = wp::mul(var_55, var_40);
        var_58 = wp::extract(var_46, var_57);
        var_59 = wp::vec_t<4, wp::float32>(var_50, var_53, var_56, var_58);
        wp::array_store(var_img, var_0, var_1, var_59);
        // depth[y, x] = h.t                                                                      <L 113>
        var_60 = &((var_23).t);
        var_61 = wp::load(var_60);
        wp::array_store(var_depth, var_0, var_1, var_61);
    }
}



extern "C" __global__ void render_e8e07bbb_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    Scene_9e53bb3d var_scene,
    wp::vec_t<3, wp::float32> var_eye,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::array_t<wp::vec_t<4, wp::float32>> var_img,
    wp::array_t<wp::float32> var_depth,
    Scene_9e53bb3d adj_scene,
    wp::vec_t<3, wp::float32> adj_eye,
    wp::int32 adj_width,
    wp::int32 adj_height,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_img,
    wp::array_t<wp::float32> adj_depth)
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
        wp::float32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 2.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 2.0;
        wp::float32 var_17;
        const wp::float32 var_18 = 1.0;
        wp::float32 var_19;
        const wp::float32 var_20 = -1.0;
        wp::vec_t<3, wp::float32> var_21;
        Ray_e44f1385 var_22;
        Hit_6a8614b0 var_23;
        bool* var_24;
        bool var_25;
        bool var_26;
        wp::vec_t<4, wp::float32>* var_27;
        wp::vec_t<4, wp::float32> var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 1.0;
        const wp::float32 var_32 = 1.0;
        const wp::float32 var_33 = 1.0;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        const wp::float32 var_39 = 0.0;
        wp::float32 var_40;
        wp::array_t<wp::vec_t<4, wp::float32>>* var_41;
        wp::int32* var_42;
        wp::vec_t<4, wp::float32>* var_43;
        wp::array_t<wp::vec_t<4, wp::float32>> var_44;
        wp::int32 var_45;
        wp::vec_t<4, wp::float32> var_46;
        wp::vec_t<4, wp::float32> var_47;
        const wp::int32 var_48 = 0;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 1;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::int32 var_54 = 2;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::int32 var_57 = 3;
        wp::float32 var_58;
        wp::vec_t<4, wp::float32> var_59;
        wp::float32* var_60;
        wp::float32 var_61;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
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
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        Ray_e44f1385 adj_22 = {};
        Hit_6a8614b0 adj_23 = {};
        bool adj_24 = {};
        bool adj_25 = {};
        bool adj_26 = {};
        wp::vec_t<4, wp::float32> adj_27 = {};
        wp::vec_t<4, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::array_t<wp::vec_t<4, wp::float32>> adj_41 = {};
        wp::int32 adj_42 = {};
        wp::vec_t<4, wp::float32> adj_43 = {};
        wp::array_t<wp::vec_t<4, wp::float32>> adj_44 = {};
        wp::int32 adj_45 = {};
        wp::vec_t<4, wp::float32> adj_46 = {};
        wp::vec_t<4, wp::float32> adj_47 = {};
        wp::int32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::vec_t<4, wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        //---------
        // forward
        // def render(scene: Scene, eye: wp.vec3, width: int, height: int, img: wp.array2d(dtype=wp.vec4), depth: wp.array2d(dtype=float)):       <L 99>
        // y, x = wp.tid()                                                                        <L 100>
        builtin_tid2d(var_0, var_1);
        // u = (float(x) + 0.5) / float(width) * 2.0 - 1.0                                        <L 101>
        var_2 = wp::float(var_1);
        var_4 = wp::add(var_2, var_3);
        var_5 = wp::float(var_width);
        var_6 = wp::div(var_4, var_5);
        var_8 = wp::mul(var_6, var_7);
        var_10 = wp::sub(var_8, var_9);
        // v = (float(y) + 0.5) / float(height) * 2.0 - 1.0                                       <L 102>
        var_11 = wp::float(var_0);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::float(var_height);
        var_15 = wp::div(var_13, var_14);
        var_17 = wp::mul(var_15, var_16);
        var_19 = wp::sub(var_17, var_18);
        // r = make_ray(eye, wp.vec3(u, v, -1.0))                                                 <L 103>
        var_21 = wp::vec_t<3, wp::float32>(var_10, var_19, var_20);
        var_22 = make_ray_0(var_eye, var_21);
        // h = trace(scene, r)                                                                    <L 104>
        var_23 = trace_0(var_scene, var_22);
        // if not h.valid:                                                                        <L 105>
        var_24 = &((var_23).valid);
        var_26 = wp::load(var_24);
        var_25 = wp::unot(var_26);
        if (var_25) {
            // img[y, x] = scene.background                                                       <L 106>
            var_27 = &((var_scene).background);
            var_28 = wp::load(var_27);
            // wp::array_store(var_img, var_0, var_1, var_28);
            // depth[y, x] = r.tmax                                                               <L 107>
            var_29 = &((var_22).tmax);
            var_30 = wp::load(var_29);
            // wp::array_store(var_depth, var_0, var_1, var_30);
            // return                                                                             <L 108>
            goto label0;
        }
        // light = wp.normalize(wp.vec3(1.0, 1.0, 1.0))                                           <L 109>
        var_34 = wp::vec_t<3, wp::float32>(var_31, var_32, var_33);
        var_35 = wp::normalize(var_34);
        // ndl = wp.max(wp.dot(h.normal, light), 0.0)                                             <L 110>
        var_36 = &((var_23).normal);
        var_38 = wp::load(var_36);
        var_37 = wp::dot(var_38, var_35);
        var_40 = wp::max(var_37, var_39);
        // c = scene.colors[h.prim]                                                               <L 111>
        var_41 = &((var_scene).colors);
        var_42 = &((var_23).prim);
        var_44 = wp::load(var_41);
        var_45 = wp::load(var_42);
        var_43 = wp::address(var_44, var_45);
        var_47 = wp::load(var_43);
        var_46 = wp::copy(var_47);
        // img[y, x] = wp.vec4(c[0] * ndl, c[1] * ndl, c[2] * ndl, c[3])                          <L 112>
        var_49 = wp::extract(var_46, var_48);
        var_50 = wp::mul(var_49, var_40);
        var_52 = wp::extract(var_46, var_51);
        var_53 = wp::mul(var_52, var_40);
        var_55 = wp::extract(var_46, var_54);
        var_56 = wp::mul(var_55, var_40);
        var_58 = wp::extract(var_46, var_57);
        var_59 = wp::vec_t<4, wp::float32>(var_50, var_53, var_56, var_58);
        // wp::array_store(var_img, var_0, var_1, var_59);
        // depth[y, x] = h.t                                                                      <L 113>
        var_60 = &((var_23).t);
        var_61 = wp::load(var_60);
        // wp::array_store(var_depth, var_0, var_1, var_61);
        //---------
        // reverse
        wp::adj_array_store(var_depth, var_0, var_1, var_61, adj_depth, adj_0, adj_1, adj_60);
        adj_23.t += adj_60;
        // adj: depth[y, x] = h.t                                                                 <L 113>
        wp::adj_array_store(var_img, var_0, var_1, var_59, adj_img, adj_0, adj_1, adj_59);
        wp::adj_vec_t(var_50, var_53, var_56, var_58, adj_50, adj_53, adj_56, adj_58, adj_59);
        wp::adj_extract(var_46, var_57, adj_46, adj_57, adj_58);
        wp::adj_mul(var_55, var_40, adj_55, adj_40, adj_56);
        wp::adj_extract(var_46, var_54, adj_46, adj_54, adj_55);
        wp::adj_mul(var_52, var_40, adj_52, adj_40, adj_53);
        wp::adj_extract(var_46, var_51, adj_46, adj_51, adj_52);
        wp::adj_mul(var_49, var_40, adj_49, adj_40, adj_50);
        wp::adj_extract(var_46, var_48, adj_46, adj_48, adj_49);
        // adj: img[y, x] = wp.vec4(c[0] * ndl, c[1] * ndl, c[2] * ndl, c[3])                     <L 112>
        wp::adj_copy(var_47, adj_43, adj_46);
        wp::adj_address(var_44, var_45, adj_41, adj_42, adj_43);
        adj_23.prim = adj_42;
        adj_scene.colors = adj_41;
        // adj: c = scene.colors[h.prim]                                                          <L 111>
        wp::adj_max(var_37, var_39, adj_37, adj_39, adj_40);
        wp::adj_dot(var_38, var_35, adj_36, adj_35, adj_37);
        adj_23.normal += adj_36;
        // adj: ndl = wp.max(wp.dot(h.normal, light), 0.0)                                        <L 110>
        wp::adj_normalize(var_34, var_35, adj_34, adj_35);
        wp::adj_vec_t(var_31, var_32, var_33, adj_31, adj_32, adj_33, adj_34);
        // adj: light = wp.normalize(wp.vec3(1.0, 1.0, 1.0))                                      <L 109>
        if (var_25) {
            label0:;
            // adj: return                                                                        <L 108>
            wp::adj_array_store(var_depth, var_0, var_1, var_30, adj_depth, adj_0, adj_1, adj_29);
            adj_22.tmax += adj_29;
            // adj: depth[y, x] = r.tmax                                                          <L 107>
            wp::adj_array_store(var_img, var_0, var_1, var_28, adj_img, adj_0, adj_1, adj_27);
            adj_scene.background += adj_27;
            // adj: img[y, x] = scene.background                                                  <L 106>
        }
        adj_23.valid = adj_24;
        // adj: if not h.valid:                                                                   <L 105>
        adj_trace_0(var_scene, var_22, adj_scene, adj_22, adj_23);
        // adj: h = trace(scene, r)                                                               <L 104>
        adj_make_ray_0(var_eye, var_21, adj_eye, adj_21, adj_22);
        wp::adj_vec_t(var_10, var_19, var_20, adj_10, adj_19, adj_20, adj_21);
        // adj: r = make_ray(eye, wp.vec3(u, v, -1.0))                                            <L 103>
        wp::adj_sub(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_mul(var_15, var_16, adj_15, adj_16, adj_17);
        wp::adj_div(var_13, var_14, var_15, adj_13, adj_14, adj_15);
        wp::adj_float(var_height, adj_height, adj_14);
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_float(var_0, adj_0, adj_11);
        // adj: v = (float(y) + 0.5) / float(height) * 2.0 - 1.0                                  <L 102>
        wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
        wp::adj_float(var_width, adj_width, adj_5);
        wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: u = (float(x) + 0.5) / float(width) * 2.0 - 1.0                                   <L 101>
        // adj: y, x = wp.tid()                                                                   <L 100>
        // adj: def render(scene: Scene, eye: wp.vec3, width: int, height: int, img: wp.array2d(dtype=wp.vec4), depth: wp.array2d(dtype=float)):  <L 99>
        continue;
    }
}



extern "C" __global__ void compute_bounds_3033abd1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    Scene_9e53bb3d var_scene,
    wp::array_t<AABB_7ee30858> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers)
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
        wp::array_t<AABB_7ee30858>* var_1;
        AABB_7ee30858* var_2;
        wp::array_t<AABB_7ee30858> var_3;
        AABB_7ee30858 var_4;
        AABB_7ee30858 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        AABB_7ee30858* var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32>* var_12;
        AABB_7ee30858* var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        AABB_7ee30858 var_18;
        wp::vec_t<3, wp::float32> var_19;
        //---------
        // forward
        // def compute_bounds(scene: Scene, out: wp.array(dtype=AABB), centers: wp.array(dtype=wp.vec3)):       <L 117>
        // i = wp.tid()                                                                           <L 118>
        var_0 = builtin_tid1d();
        // b = scene.boxes[i]                                                                     <L 119>
        var_1 = &((var_scene).boxes);
        var_3 = wp::load(var_1);
        var_2 = wp::address(var_3, var_0);
        var_5 = wp::load(var_2);
        var_4 = wp::copy(var_5);
        // lo = wp.max(b.lower, scene.bounds.lower)                                               <L 120>
        var_6 = &((var_4).lower);
        var_7 = &((var_scene).bounds);
        var_8 = &(((var_scene).bounds).lower);
        var_10 = wp::load(var_6);
        var_11 = wp::load(var_8);
        var_9 = wp::max(var_10, var_11);
        // hi = wp.min(b.upper, scene.bounds.upper)                                               <L 121>
        var_12 = &((var_4).upper);
        var_13 = &((var_scene).bounds);
        var_14 = &(((var_scene).bounds).upper);
        var_16 = wp::load(var_12);
        var_17 = wp::load(var_14);
        var_15 = wp::min(var_16, var_17);
        // clipped = AABB()                                                                       <L 122>
        var_18 = AABB_7ee30858();
        // clipped.lower = lo                                                                     <L 123>
        var_18.lower = var_9;
        // clipped.upper = hi                                                                     <L 124>
        var_18.upper = var_15;
        // out[i] = clipped                                                                       <L 125>
        wp::array_store(var_out, var_0, var_18);
        // centers[i] = box_center(clipped)                                                       <L 126>
        var_19 = box_center_0(var_18);
        wp::array_store(var_centers, var_0, var_19);
    }
}



extern "C" __global__ void compute_bounds_3033abd1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    Scene_9e53bb3d var_scene,
    wp::array_t<AABB_7ee30858> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    Scene_9e53bb3d adj_scene,
    wp::array_t<AABB_7ee30858> adj_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers)
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
        wp::array_t<AABB_7ee30858>* var_1;
        AABB_7ee30858* var_2;
        wp::array_t<AABB_7ee30858> var_3;
        AABB_7ee30858 var_4;
        AABB_7ee30858 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        AABB_7ee30858* var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32>* var_12;
        AABB_7ee30858* var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        AABB_7ee30858 var_18;
        wp::vec_t<3, wp::float32> var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::array_t<AABB_7ee30858> adj_1 = {};
        AABB_7ee30858 adj_2 = {};
        wp::array_t<AABB_7ee30858> adj_3 = {};
        AABB_7ee30858 adj_4 = {};
        AABB_7ee30858 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        AABB_7ee30858 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        AABB_7ee30858 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        AABB_7ee30858 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        //---------
        // forward
        // def compute_bounds(scene: Scene, out: wp.array(dtype=AABB), centers: wp.array(dtype=wp.vec3)):       <L 117>
        // i = wp.tid()                                                                           <L 118>
        var_0 = builtin_tid1d();
        // b = scene.boxes[i]                                                                     <L 119>
        var_1 = &((var_scene).boxes);
        var_3 = wp::load(var_1);
        var_2 = wp::address(var_3, var_0);
        var_5 = wp::load(var_2);
        var_4 = wp::copy(var_5);
        // lo = wp.max(b.lower, scene.bounds.lower)                                               <L 120>
        var_6 = &((var_4).lower);
        var_7 = &((var_scene).bounds);
        var_8 = &(((var_scene).bounds).lower);
        var_10 = wp::load(var_6);
        var_11 = wp::load(var_8);
        var_9 = wp::max(var_10, var_11);
        // hi = wp.min(b.upper, scene.bounds.upper)                                               <L 121>
        var_12 = &((var_4).upper);
        var_13 = &((var_scene).bounds);
        var_14 = &(((var_scene).bounds).upper);
        var_16 = wp::load(var_12);
        var_17 = wp::load(var_14);
        var_15 = wp::min(var_16, var_17);
        // clipped = AABB()                                                                       <L 122>
        var_18 = AABB_7ee30858();
        // clipped.lower = lo                                                                     <L 123>
        var_18.lower = var_9;
        // clipped.upper = hi                                                                     <L 124>
        var_18.upper = var_15;
        // out[i] = clipped                                                                       <L 125>
        // wp::array_store(var_out, var_0, var_18);
        // centers[i] = box_center(clipped)                                                       <L 126>
        var_19 = box_center_0(var_18);
        // wp::array_store(var_centers, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_centers, var_0, var_19, adj_centers, adj_0, adj_19);
        adj_box_center_0(var_18, adj_18, adj_19);
        // adj: centers[i] = box_center(clipped)                                                  <L 126>
        wp::adj_array_store(var_out, var_0, var_18, adj_out, adj_0, adj_18);
        // adj: out[i] = clipped                                                                  <L 125>
        adj_15 += adj_18.upper;
        adj_18.upper = {};
        // adj: clipped.upper = hi                                                                <L 124>
        adj_9 += adj_18.lower;
        adj_18.lower = {};
        // adj: clipped.lower = lo                                                                <L 123>
        // adj: clipped = AABB()                                                                  <L 122>
        wp::adj_min(var_16, var_17, adj_12, adj_14, adj_15);
        adj_13.upper += adj_14;
        adj_scene.bounds += adj_13;
        adj_4.upper += adj_12;
        // adj: hi = wp.min(b.upper, scene.bounds.upper)                                          <L 121>
        wp::adj_max(var_10, var_11, adj_6, adj_8, adj_9);
        adj_7.lower += adj_8;
        adj_scene.bounds += adj_7;
        adj_4.lower += adj_6;
        // adj: lo = wp.max(b.lower, scene.bounds.lower)                                          <L 120>
        wp::adj_copy(var_5, adj_2, adj_4);
        wp::adj_address(var_3, var_0, adj_1, adj_0, adj_2);
        adj_scene.boxes = adj_1;
        // adj: b = scene.boxes[i]                                                                <L 119>
        // adj: i = wp.tid()                                                                      <L 118>
        // adj: def compute_bounds(scene: Scene, out: wp.array(dtype=AABB), centers: wp.array(dtype=wp.vec3)):  <L 117>
        continue;
    }
}



extern "C" __global__ void hits_to_array_c21e864b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Ray_e44f1385> var_rays,
    Scene_9e53bb3d var_scene,
    wp::array_t<Hit_6a8614b0> var_hits,
    wp::array_t<wp::int32> var_count)
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
        Ray_e44f1385* var_1;
        Hit_6a8614b0 var_2;
        Ray_e44f1385 var_3;
        bool* var_4;
        bool var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::int32 var_9;
        bool var_10;
        //---------
        // forward
        // def hits_to_array(rays: wp.array(dtype=Ray), scene: Scene, hits: wp.array(dtype=Hit), count: wp.array(dtype=int)):       <L 130>
        // i = wp.tid()                                                                           <L 131>
        var_0 = builtin_tid1d();
        // h = trace(scene, rays[i])                                                              <L 132>
        var_1 = wp::address(var_rays, var_0);
        var_3 = wp::load(var_1);
        var_2 = trace_0(var_scene, var_3);
        // hits[i] = h                                                                            <L 133>
        wp::array_store(var_hits, var_0, var_2);
        // if h.valid:                                                                            <L 134>
        var_4 = &((var_2).valid);
        var_5 = wp::load(var_4);
        if (var_5) {
            // wp.atomic_add(count, h.prim, 1)                                                    <L 135>
            var_6 = &((var_2).prim);
            var_9 = wp::load(var_6);
            var_8 = wp::atomic_add(var_count, var_9, var_7);
        }
        var_10 = wp::load(var_4);
    }
}



extern "C" __global__ void hits_to_array_c21e864b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Ray_e44f1385> var_rays,
    Scene_9e53bb3d var_scene,
    wp::array_t<Hit_6a8614b0> var_hits,
    wp::array_t<wp::int32> var_count,
    wp::array_t<Ray_e44f1385> adj_rays,
    Scene_9e53bb3d adj_scene,
    wp::array_t<Hit_6a8614b0> adj_hits,
    wp::array_t<wp::int32> adj_count)
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
        Ray_e44f1385* var_1;
        Hit_6a8614b0 var_2;
        Ray_e44f1385 var_3;
        bool* var_4;
        bool var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::int32 var_9;
        bool var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Ray_e44f1385 adj_1 = {};
        Hit_6a8614b0 adj_2 = {};
        Ray_e44f1385 adj_3 = {};
        bool adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        //---------
        // forward
        // def hits_to_array(rays: wp.array(dtype=Ray), scene: Scene, hits: wp.array(dtype=Hit), count: wp.array(dtype=int)):       <L 130>
        // i = wp.tid()                                                                           <L 131>
        var_0 = builtin_tid1d();
        // h = trace(scene, rays[i])                                                              <L 132>
        var_1 = wp::address(var_rays, var_0);
        var_3 = wp::load(var_1);
        var_2 = trace_0(var_scene, var_3);
        // hits[i] = h                                                                            <L 133>
        // wp::array_store(var_hits, var_0, var_2);
        // if h.valid:                                                                            <L 134>
        var_4 = &((var_2).valid);
        var_5 = wp::load(var_4);
        if (var_5) {
            // wp.atomic_add(count, h.prim, 1)                                                    <L 135>
            var_6 = &((var_2).prim);
            var_9 = wp::load(var_6);
            // var_8 = wp::atomic_add(var_count, var_9, var_7);
        }
        var_10 = wp::load(var_4);
        //---------
        // reverse
        if (var_10) {
            wp::adj_atomic_add(var_count, var_9, var_7, adj_count, adj_6, adj_7, adj_8);
            adj_2.prim = adj_6;
            // adj: wp.atomic_add(count, h.prim, 1)                                               <L 135>
        }
        adj_2.valid = adj_4;
        // adj: if h.valid:                                                                       <L 134>
        wp::adj_array_store(var_hits, var_0, var_2, adj_hits, adj_0, adj_2);
        // adj: hits[i] = h                                                                       <L 133>
        adj_trace_0(var_scene, var_3, adj_scene, adj_1, adj_2);
        wp::adj_address(var_rays, var_0, adj_rays, adj_0, adj_1);
        // adj: h = trace(scene, rays[i])                                                         <L 132>
        // adj: i = wp.tid()                                                                      <L 131>
        // adj: def hits_to_array(rays: wp.array(dtype=Ray), scene: Scene, hits: wp.array(dtype=Hit), count: wp.array(dtype=int)):  <L 130>
        continue;
    }
}

