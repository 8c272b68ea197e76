#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


struct HitRecord_1772b104
{
    wp::float32 t;
    wp::vec_t<3, wp::float32> normal;
    wp::int32 prim;
    wp::float32 u;
    wp::float32 v;


    HitRecord_1772b104() = default;
    CUDA_CALLABLE HitRecord_1772b104(wp::float32 const& t,
    wp::vec_t<3, wp::float32> const& normal = {},
    wp::int32 const& prim = {},
    wp::float32 const& u = {},
    wp::float32 const& v = {})
        : t{t}
        , normal{normal}
        , prim{prim}
        , u{u}
        , v{v}

    {
    }

    CUDA_CALLABLE HitRecord_1772b104& operator += (const HitRecord_1772b104& rhs)
    {    t += rhs.t;
    normal += rhs.normal;
    prim += rhs.prim;
    u += rhs.u;
    v += rhs.v;

        return *this;}

};

static CUDA_CALLABLE void adj_HitRecord_1772b104(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::int32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_t,
    wp::vec_t<3, wp::float32> & adj_normal,
    wp::int32 & adj_prim,
    wp::float32 & adj_u,
    wp::float32 & adj_v,
    HitRecord_1772b104 & adj_ret)
{
    adj_t += adj_ret.t;
    adj_normal += adj_ret.normal;
    adj_prim += adj_ret.prim;
    adj_u += adj_ret.u;
    adj_v += adj_ret.v;
}

// Required when compiling adjoints.
CUDA_CALLABLE HitRecord_1772b104 add(const HitRecord_1772b104& a, const HitRecord_1772b104& b)
{
    return HitRecord_1772b104();
}

CUDA_CALLABLE void adj_atomic_add(HitRecord_1772b104* p, HitRecord_1772b104 t)
{
    wp::adj_atomic_add(&p->t, t.t);
    wp::adj_atomic_add(&p->normal, t.normal);
    wp::adj_atomic_add(&p->prim, t.prim);
    wp::adj_atomic_add(&p->u, t.u);
    wp::adj_atomic_add(&p->v, t.v);
}




struct Ray_86e75750
{
    wp::vec_t<3, wp::float32> origin;
    wp::vec_t<3, wp::float32> direction;
    wp::float32 t_max;


    Ray_86e75750() = default;
    CUDA_CALLABLE Ray_86e75750(wp::vec_t<3, wp::float32> const& origin,
    wp::vec_t<3, wp::float32> const& direction = {},
    wp::float32 const& t_max = {})
        : origin{origin}
        , direction{direction}
        , t_max{t_max}

    {
    }

    CUDA_CALLABLE Ray_86e75750& operator += (const Ray_86e75750& rhs)
    {    origin += rhs.origin;
    direction += rhs.direction;
    t_max += rhs.t_max;

        return *this;}

};

static CUDA_CALLABLE void adj_Ray_86e75750(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_origin,
    wp::vec_t<3, wp::float32> & adj_direction,
    wp::float32 & adj_t_max,
    Ray_86e75750 & adj_ret)
{
    adj_origin += adj_ret.origin;
    adj_direction += adj_ret.direction;
    adj_t_max += adj_ret.t_max;
}

// Required when compiling adjoints.
CUDA_CALLABLE Ray_86e75750 add(const Ray_86e75750& a, const Ray_86e75750& b)
{
    return Ray_86e75750();
}

CUDA_CALLABLE void adj_atomic_add(Ray_86e75750* p, Ray_86e75750 t)
{
    wp::adj_atomic_add(&p->origin, t.origin);
    wp::adj_atomic_add(&p->direction, t.direction);
    wp::adj_atomic_add(&p->t_max, t.t_max);
}




// corpus/005_ray_primitives.py:23
static void ray_sphere_0(
    Ray_86e75750 var_r,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    bool & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const bool var_13 = false;
    const wp::float32 var_14 = 1e+20;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    bool var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    const wp::float32 var_24 = 0.0;
    bool var_25;
    wp::float32* var_26;
    bool var_27;
    wp::float32 var_28;
    const bool var_29 = false;
    const bool var_30 = true;
    //---------
    // forward
    // def ray_sphere(r: Ray, center: wp.vec3, radius: float):                                <L 24>
    // oc = r.origin - center                                                                 <L 25>
    var_0 = &((var_r).origin);
    var_2 = wp::load(var_0);
    var_1 = wp::sub(var_2, var_center);
    // b = wp.dot(oc, r.direction)                                                            <L 26>
    var_3 = &((var_r).direction);
    var_5 = wp::load(var_3);
    var_4 = wp::dot(var_1, var_5);
    // c = wp.dot(oc, oc) - radius * radius                                                   <L 27>
    var_6 = wp::dot(var_1, var_1);
    var_7 = wp::mul(var_radius, var_radius);
    var_8 = wp::sub(var_6, var_7);
    // disc = b * b - c                                                                       <L 28>
    var_9 = wp::mul(var_4, var_4);
    var_10 = wp::sub(var_9, var_8);
    // if disc < 0.0:                                                                         <L 29>
    var_12 = (var_10 < var_11);
    if (var_12) {
        // return False, NO_HIT                                                               <L 30>
        ret_0 = var_13;
        ret_1 = var_14;
        return;
    }
    // s = wp.sqrt(disc)                                                                      <L 31>
    var_15 = wp::sqrt(var_10);
    // t = -b - s                                                                             <L 32>
    var_16 = wp::neg(var_4);
    var_17 = wp::sub(var_16, var_15);
    // if t < 0.0:                                                                            <L 33>
    var_19 = (var_17 < var_18);
    if (var_19) {
        // t = -b + s                                                                         <L 34>
        var_20 = wp::neg(var_4);
        var_21 = wp::add(var_20, var_15);
    }
    var_22 = wp::where(var_19, var_21, var_17);
    // if t < 0.0 or t > r.t_max:                                                             <L 35>
    var_25 = (var_22 < var_24);
    var_23 = var_25;
    if (!var_23) {
        var_26 = &((var_r).t_max);
        var_28 = wp::load(var_26);
        var_27 = (var_22 > var_28);
        var_23 = var_23 || var_27;
    }
    if (var_23) {
        // return False, NO_HIT                                                               <L 36>
        ret_0 = var_29;
        ret_1 = var_14;
        return;
    }
    // return True, t                                                                         <L 37>
    ret_0 = var_30;
    ret_1 = var_22;
    return;
}


// corpus/005_ray_primitives.py:49
static void ray_triangle_0(
    Ray_86e75750 var_r,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1e-07;
    bool var_8;
    const wp::float32 var_9 = 1e+20;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    bool var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    const wp::float32 var_22 = 1.0;
    bool var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 0.0;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32 var_30;
    bool var_31;
    const wp::float32 var_32 = 0.0;
    bool var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 1.0;
    bool var_36;
    const wp::float32 var_37 = 0.0;
    const wp::float32 var_38 = 0.0;
    wp::float32 var_39;
    wp::float32 var_40;
    bool var_41;
    const wp::float32 var_42 = 0.0;
    const wp::float32 var_43 = 0.0;
    //---------
    // forward
    // def ray_triangle(r: Ray, a: wp.vec3, b: wp.vec3, c: wp.vec3):                          <L 50>
    // e1 = b - a                                                                             <L 51>
    var_0 = wp::sub(var_b, var_a);
    // e2 = c - a                                                                             <L 52>
    var_1 = wp::sub(var_c, var_a);
    // pvec = wp.cross(r.direction, e2)                                                       <L 53>
    var_2 = &((var_r).direction);
    var_4 = wp::load(var_2);
    var_3 = wp::cross(var_4, var_1);
    // det = wp.dot(e1, pvec)                                                                 <L 54>
    var_5 = wp::dot(var_0, var_3);
    // if wp.abs(det) < EPSILON:                                                              <L 55>
    var_6 = wp::abs(var_5);
    var_8 = (var_6 < var_7);
    if (var_8) {
        // return NO_HIT, 0.0, 0.0                                                            <L 56>
        ret_0 = var_9;
        ret_1 = var_10;
        ret_2 = var_11;
        return;
    }
    // inv_det = 1.0 / det                                                                    <L 57>
    var_13 = wp::div(var_12, var_5);
    // tvec = r.origin - a                                                                    <L 58>
    var_14 = &((var_r).origin);
    var_16 = wp::load(var_14);
    var_15 = wp::sub(var_16, var_a);
    // u = wp.dot(tvec, pvec) * inv_det                                                       <L 59>
    var_17 = wp::dot(var_15, var_3);
    var_18 = wp::mul(var_17, var_13);
    // if u < 0.0 or u > 1.0:                                                                 <L 60>
    var_21 = (var_18 < var_20);
    var_19 = var_21;
    if (!var_19) {
        var_23 = (var_18 > var_22);
        var_19 = var_19 || var_23;
    }
    if (var_19) {
        // return NO_HIT, 0.0, 0.0                                                            <L 61>
        ret_0 = var_9;
        ret_1 = var_24;
        ret_2 = var_25;
        return;
    }
    // qvec = wp.cross(tvec, e1)                                                              <L 62>
    var_26 = wp::cross(var_15, var_0);
    // v = wp.dot(r.direction, qvec) * inv_det                                                <L 63>
    var_27 = &((var_r).direction);
    var_29 = wp::load(var_27);
    var_28 = wp::dot(var_29, var_26);
    var_30 = wp::mul(var_28, var_13);
    // if v < 0.0 or u + v > 1.0:                                                             <L 64>
    var_33 = (var_30 < var_32);
    var_31 = var_33;
    if (!var_31) {
        var_34 = wp::add(var_18, var_30);
        var_36 = (var_34 > var_35);
        var_31 = var_31 || var_36;
    }
    if (var_31) {
        // return NO_HIT, 0.0, 0.0                                                            <L 65>
        ret_0 = var_9;
        ret_1 = var_37;
        ret_2 = var_38;
        return;
    }
    // t = wp.dot(e2, qvec) * inv_det                                                         <L 66>
    var_39 = wp::dot(var_1, var_26);
    var_40 = wp::mul(var_39, var_13);
    // if t <= EPSILON:                                                                       <L 67>
    var_41 = (var_40 <= var_7);
    if (var_41) {
        // return NO_HIT, 0.0, 0.0                                                            <L 68>
        ret_0 = var_9;
        ret_1 = var_42;
        ret_2 = var_43;
        return;
    }
    // return t, u, v                                                                         <L 69>
    ret_0 = var_40;
    ret_1 = var_18;
    ret_2 = var_30;
    return;
}


// corpus/005_ray_primitives.py:40
static void ray_plane_0(
    Ray_86e75750 var_r,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_d,
    bool & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-07;
    bool var_5;
    const bool var_6 = false;
    const wp::float32 var_7 = 1e+20;
    wp::vec_t<3, wp::float32>* var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    bool var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    wp::float32* var_17;
    bool var_18;
    wp::float32 var_19;
    //---------
    // forward
    // def ray_plane(r: Ray, n: wp.vec3, d: float):                                           <L 41>
    // denom = wp.dot(n, r.direction)                                                         <L 42>
    var_0 = &((var_r).direction);
    var_2 = wp::load(var_0);
    var_1 = wp::dot(var_n, var_2);
    // if wp.abs(denom) < EPSILON:                                                            <L 43>
    var_3 = wp::abs(var_1);
    var_5 = (var_3 < var_4);
    if (var_5) {
        // return False, NO_HIT                                                               <L 44>
        ret_0 = var_6;
        ret_1 = var_7;
        return;
    }
    // t = -(wp.dot(n, r.origin) + d) / denom                                                 <L 45>
    var_8 = &((var_r).origin);
    var_10 = wp::load(var_8);
    var_9 = wp::dot(var_n, var_10);
    var_11 = wp::add(var_9, var_d);
    var_12 = wp::neg(var_11);
    var_13 = wp::div(var_12, var_1);
    // return t > 0.0 and t < r.t_max, t                                                      <L 46>
    var_16 = (var_13 > var_15);
    var_14 = var_16;
    if (var_14) {
        var_17 = &((var_r).t_max);
        var_19 = wp::load(var_17);
        var_18 = (var_13 < var_19);
        var_14 = var_14 && var_18;
    }
    ret_0 = var_14;
    ret_1 = var_13;
    return;
}


// corpus/005_ray_primitives.py:23
static void adj_ray_sphere_0(
    Ray_86e75750 var_r,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    bool & ret_0,
    wp::float32 & ret_1,
    Ray_86e75750 & adj_r,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    bool & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const bool var_13 = false;
    const wp::float32 var_14 = 1e+20;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    bool var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    const wp::float32 var_24 = 0.0;
    bool var_25;
    wp::float32* var_26;
    bool var_27;
    wp::float32 var_28;
    const bool var_29 = false;
    const bool var_30 = true;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    bool adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    bool adj_30 = {};
    //---------
    // forward
    // def ray_sphere(r: Ray, center: wp.vec3, radius: float):                                <L 24>
    // oc = r.origin - center                                                                 <L 25>
    var_0 = &((var_r).origin);
    var_2 = wp::load(var_0);
    var_1 = wp::sub(var_2, var_center);
    // b = wp.dot(oc, r.direction)                                                            <L 26>
    var_3 = &((var_r).direction);
    var_5 = wp::load(var_3);
    var_4 = wp::dot(var_1, var_5);
    // c = wp.dot(oc, oc) - radius * radius                                                   <L 27>
    var_6 = wp::dot(var_1, var_1);
    var_7 = wp::mul(var_radius, var_radius);
    var_8 = wp::sub(var_6, var_7);
    // disc = b * b - c                                                                       <L 28>
    var_9 = wp::mul(var_4, var_4);
    var_10 = wp::sub(var_9, var_8);
    // if disc < 0.0:                                                                         <L 29>
    var_12 = (var_10 < var_11);
    if (var_12) {
        // return False, NO_HIT                                                               <L 30>
        ret_0 = var_13;
        ret_1 = var_14;
        goto label0;
    }
    // s = wp.sqrt(disc)                                                                      <L 31>
    var_15 = wp::sqrt(var_10);
    // t = -b - s                                                                             <L 32>
    var_16 = wp::neg(var_4);
    var_17 = wp::sub(var_16, var_15);
    // if t < 0.0:                                                                            <L 33>
    var_19 = (var_17 < var_18);
    if (var_19) {
        // t = -b + s                                                                         <L 34>
        var_20 = wp::neg(var_4);
        var_21 = wp::add(var_20, var_15);
    }
    var_22 = wp::where(var_19, var_21, var_17);
    // if t < 0.0 or t > r.t_max:                                                             <L 35>
    var_25 = (var_22 < var_24);
    var_23 = var_25;
    if (!var_23) {
        var_26 = &((var_r).t_max);
        var_28 = wp::load(var_26);
        var_27 = (var_22 > var_28);
        var_23 = var_23 || var_27;
    }
    if (var_23) {
        // return False, NO_HIT                                                               <L 36>
        ret_0 = var_29;
        ret_1 = var_14;
        goto label1;
    }
    // return True, t                                                                         <L 37>
    ret_0 = var_30;
    ret_1 = var_22;
    goto label2;
    //---------
    // reverse
    label2:;
    adj_22 += adj_ret_1;
    adj_30 += adj_ret_0;
    // adj: return True, t                                                                    <L 37>
    if (var_23) {
        label1:;
        adj_14 += adj_ret_1;
        adj_29 += adj_ret_0;
        // adj: return False, NO_HIT                                                          <L 36>
    }
    if (!var_23) {
        adj_r.t_max += adj_26;
    }
    // adj: if t < 0.0 or t > r.t_max:                                                        <L 35>
    wp::adj_where(var_19, var_21, var_17, adj_19, adj_21, adj_17, adj_22);
    if (var_19) {
        wp::adj_add(var_20, var_15, adj_20, adj_15, adj_21);
        wp::adj_neg(var_4, adj_4, adj_20);
        // adj: t = -b + s                                                                    <L 34>
    }
    // adj: if t < 0.0:                                                                       <L 33>
    wp::adj_sub(var_16, var_15, adj_16, adj_15, adj_17);
    wp::adj_neg(var_4, adj_4, adj_16);
    // adj: t = -b - s                                                                        <L 32>
    wp::adj_sqrt(var_10, var_15, adj_10, adj_15);
    // adj: s = wp.sqrt(disc)                                                                 <L 31>
    if (var_12) {
        label0:;
        adj_14 += adj_ret_1;
        adj_13 += adj_ret_0;
        // adj: return False, NO_HIT                                                          <L 30>
    }
    // adj: if disc < 0.0:                                                                    <L 29>
    wp::adj_sub(var_9, var_8, adj_9, adj_8, adj_10);
    wp::adj_mul(var_4, var_4, adj_4, adj_4, adj_9);
    // adj: disc = b * b - c                                                                  <L 28>
    wp::adj_sub(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_mul(var_radius, var_radius, adj_radius, adj_radius, adj_7);
    wp::adj_dot(var_1, var_1, adj_1, adj_1, adj_6);
    // adj: c = wp.dot(oc, oc) - radius * radius                                              <L 27>
    wp::adj_dot(var_1, var_5, adj_1, adj_3, adj_4);
    adj_r.direction += adj_3;
    // adj: b = wp.dot(oc, r.direction)                                                       <L 26>
    wp::adj_sub(var_2, var_center, adj_0, adj_center, adj_1);
    adj_r.origin += adj_0;
    // adj: oc = r.origin - center                                                            <L 25>
    // adj: def ray_sphere(r: Ray, center: wp.vec3, radius: float):                           <L 24>
    return;
}


// corpus/005_ray_primitives.py:49
static void adj_ray_triangle_0(
    Ray_86e75750 var_r,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & ret_2,
    Ray_86e75750 & adj_r,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1,
    wp::float32 & adj_ret_2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1e-07;
    bool var_8;
    const wp::float32 var_9 = 1e+20;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    bool var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    const wp::float32 var_22 = 1.0;
    bool var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 0.0;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32 var_30;
    bool var_31;
    const wp::float32 var_32 = 0.0;
    bool var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 1.0;
    bool var_36;
    const wp::float32 var_37 = 0.0;
    const wp::float32 var_38 = 0.0;
    wp::float32 var_39;
    wp::float32 var_40;
    bool var_41;
    const wp::float32 var_42 = 0.0;
    const wp::float32 var_43 = 0.0;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    bool adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    bool adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    //---------
    // forward
    // def ray_triangle(r: Ray, a: wp.vec3, b: wp.vec3, c: wp.vec3):                          <L 50>
    // e1 = b - a                                                                             <L 51>
    var_0 = wp::sub(var_b, var_a);
    // e2 = c - a                                                                             <L 52>
    var_1 = wp::sub(var_c, var_a);
    // pvec = wp.cross(r.direction, e2)                                                       <L 53>
    var_2 = &((var_r).direction);
    var_4 = wp::load(var_2);
    var_3 = wp::cross(var_4, var_1);
    // det = wp.dot(e1, pvec)                                                                 <L 54>
    var_5 = wp::dot(var_0, var_3);
    // if wp.abs(det) < EPSILON:                                                              <L 55>
    var_6 = wp::abs(var_5);
    var_8 = (var_6 < var_7);
    if (var_8) {
        // return NO_HIT, 0.0, 0.0                                                            <L 56>
        ret_0 = var_9;
        ret_1 = var_10;
        ret_2 = var_11;
        goto label0;
    }
    // inv_det = 1.0 / det                                                                    <L 57>
    var_13 = wp::div(var_12, var_5);
    // tvec = r.origin - a                                                                    <L 58>
    var_14 = &((var_r).origin);
    var_16 = wp::load(var_14);
    var_15 = wp::sub(var_16, var_a);
    // u = wp.dot(tvec, pvec) * inv_det                                                       <L 59>
    var_17 = wp::dot(var_15, var_3);
    var_18 = wp::mul(var_17, var_13);
    // if u < 0.0 or u > 1.0:                                                                 <L 60>
    var_21 = (var_18 < var_20);
    var_19 = var_21;
    if (!var_19) {
        var_23 = (var_18 > var_22);
        var_19 = var_19 || var_23;
    }
    if (var_19) {
        // return NO_HIT, 0.0, 0.0                                                            <L 61>
        ret_0 = var_9;
        ret_1 = var_24;
        ret_2 = var_25;
        goto label1;
    }
    // qvec = wp.cross(tvec, e1)                                                              <L 62>
    var_26 = wp::cross(var_15, var_0);
    // v = wp.dot(r.direction, qvec) * inv_det                                                <L 63>
    var_27 = &((var_r).direction);
    var_29 = wp::load(var_27);
    var_28 = wp::dot(var_29, var_26);
    var_30 = wp::mul(var_28, var_13);
    // if v < 0.0 or u + v > 1.0:                                                             <L 64>
    var_33 = (var_30 < var_32);
    var_31 = var_33;
    if (!var_31) {
        var_34 = wp::add(var_18, var_30);
        var_36 = (var_34 > var_35);
        var_31 = var_31 || var_36;
    }
    if (var_31) {
        // return NO_HIT, 0.0, 0.0                                                            <L 65>
        ret_0 = var_9;
        ret_1 = var_37;
        ret_2 = var_38;
        goto label2;
    }
    // t = wp.dot(e2, qvec) * inv_det                                                         <L 66>
    var_39 = wp::dot(var_1, var_26);
    var_40 = wp::mul(var_39, var_13);
    // if t <= EPSILON:                                                                       <L 67>
    var_41 = (var_40 <= var_7);
    if (var_41) {
        // return NO_HIT, 0.0, 0.0                                                            <L 68>
        ret_0 = var_9;
        ret_1 = var_42;
        ret_2 = var_43;
        goto label3;
    }
    // return t, u, v                                                                         <L 69>
    ret_0 = var_40;
    ret_1 = var_18;
    ret_2 = var_30;
    goto label4;
    //---------
    // reverse
    label4:;
    adj_30 += adj_ret_2;
    adj_18 += adj_ret_1;
    adj_40 += adj_ret_0;
    // adj: return t, u, v                                                                    <L 69>
    if (var_41) {
        label3:;
        adj_43 += adj_ret_2;
        adj_42 += adj_ret_1;
        adj_9 += adj_ret_0;
        // adj: return NO_HIT, 0.0, 0.0                                                       <L 68>
    }
    // adj: if t <= EPSILON:                                                                  <L 67>
    wp::adj_mul(var_39, var_13, adj_39, adj_13, adj_40);
    wp::adj_dot(var_1, var_26, adj_1, adj_26, adj_39);
    // adj: t = wp.dot(e2, qvec) * inv_det                                                    <L 66>
    if (var_31) {
        label2:;
        adj_38 += adj_ret_2;
        adj_37 += adj_ret_1;
        adj_9 += adj_ret_0;
        // adj: return NO_HIT, 0.0, 0.0                                                       <L 65>
    }
    if (!var_31) {
        wp::adj_add(var_18, var_30, adj_18, adj_30, adj_34);
    }
    // adj: if v < 0.0 or u + v > 1.0:                                                        <L 64>
    wp::adj_mul(var_28, var_13, adj_28, adj_13, adj_30);
    wp::adj_dot(var_29, var_26, adj_27, adj_26, adj_28);
    adj_r.direction += adj_27;
    // adj: v = wp.dot(r.direction, qvec) * inv_det                                           <L 63>
    wp::adj_cross(var_15, var_0, adj_15, adj_0, adj_26);
    // adj: qvec = wp.cross(tvec, e1)                                                         <L 62>
    if (var_19) {
        label1:;
        adj_25 += adj_ret_2;
        adj_24 += adj_ret_1;
        adj_9 += adj_ret_0;
        // adj: return NO_HIT, 0.0, 0.0                                                       <L 61>
    }
    if (!var_19) {
    }
    // adj: if u < 0.0 or u > 1.0:                                                            <L 60>
    wp::adj_mul(var_17, var_13, adj_17, adj_13, adj_18);
    wp::adj_dot(var_15, var_3, adj_15, adj_3, adj_17);
    // adj: u = wp.dot(tvec, pvec) * inv_det                                                  <L 59>
    wp::adj_sub(var_16, var_a, adj_14, adj_a, adj_15);
    adj_r.origin += adj_14;
    // adj: tvec = r.origin - a                                                               <L 58>
    wp::adj_div(var_12, var_5, var_13, adj_12, adj_5, adj_13);
    // adj: inv_det = 1.0 / det                                                               <L 57>
    if (var_8) {
        label0:;
        adj_11 += adj_ret_2;
        adj_10 += adj_ret_1;
        adj_9 += adj_ret_0;
        // adj: return NO_HIT, 0.0, 0.0                                                       <L 56>
    }
    wp::adj_abs(var_5, adj_5, adj_6);
    // adj: if wp.abs(det) < EPSILON:                                                         <L 55>
    wp::adj_dot(var_0, var_3, adj_0, adj_3, adj_5);
    // adj: det = wp.dot(e1, pvec)                                                            <L 54>
    wp::adj_cross(var_4, var_1, adj_2, adj_1, adj_3);
    adj_r.direction += adj_2;
    // adj: pvec = wp.cross(r.direction, e2)                                                  <L 53>
    wp::adj_sub(var_c, var_a, adj_c, adj_a, adj_1);
    // adj: e2 = c - a                                                                        <L 52>
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: e1 = b - a                                                                        <L 51>
    // adj: def ray_triangle(r: Ray, a: wp.vec3, b: wp.vec3, c: wp.vec3):                     <L 50>
    return;
}


// corpus/005_ray_primitives.py:40
static void adj_ray_plane_0(
    Ray_86e75750 var_r,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_d,
    bool & ret_0,
    wp::float32 & ret_1,
    Ray_86e75750 & adj_r,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::float32 & adj_d,
    bool & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-07;
    bool var_5;
    const bool var_6 = false;
    const wp::float32 var_7 = 1e+20;
    wp::vec_t<3, wp::float32>* var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    bool var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    wp::float32* var_17;
    bool var_18;
    wp::float32 var_19;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    bool adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    //---------
    // forward
    // def ray_plane(r: Ray, n: wp.vec3, d: float):                                           <L 41>
    // denom = wp.dot(n, r.direction)                                                         <L 42>
    var_0 = &((var_r).direction);
    var_2 = wp::load(var_0);
    var_1 = wp::dot(var_n, var_2);
    // if wp.abs(denom) < EPSILON:                                                            <L 43>
    var_3 = wp::abs(var_1);
    var_5 = (var_3 < var_4);
    if (var_5) {
        // return False, NO_HIT                                                               <L 44>
        ret_0 = var_6;
        ret_1 = var_7;
        goto label0;
    }
    // t = -(wp.dot(n, r.origin) + d) / denom                                                 <L 45>
    var_8 = &((var_r).origin);
    var_10 = wp::load(var_8);
    var_9 = wp::dot(var_n, var_10);
    var_11 = wp::add(var_9, var_d);
    var_12 = wp::neg(var_11);
    var_13 = wp::div(var_12, var_1);
    // return t > 0.0 and t < r.t_max, t                                                      <L 46>
    var_16 = (var_13 > var_15);
    var_14 = var_16;
    if (var_14) {
        var_17 = &((var_r).t_max);
        var_19 = wp::load(var_17);
        var_18 = (var_13 < var_19);
        var_14 = var_14 && var_18;
    }
    ret_0 = var_14;
    ret_1 = var_13;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_13 += adj_ret_1;
    adj_14 += adj_ret_0;
    if (var_14) {
        adj_r.t_max += adj_17;
    }
    // adj: return t > 0.0 and t < r.t_max, t                                                 <L 46>
    wp::adj_div(var_12, var_1, var_13, adj_12, adj_1, adj_13);
    wp::adj_neg(var_11, adj_11, adj_12);
    wp::adj_add(var_9, var_d, adj_9, adj_d, adj_11);
    wp::adj_dot(var_n, var_10, adj_n, adj_8, adj_9);
    adj_r.origin += adj_8;
    // adj: t = -(wp.dot(n, r.origin) + d) / denom                                            <L 45>
    if (var_5) {
        label0:;
        adj_7 += adj_ret_1;
        adj_6 += adj_ret_0;
        // adj: return False, NO_HIT                                                          <L 44>
    }
    wp::adj_abs(var_1, adj_1, adj_3);
    // adj: if wp.abs(denom) < EPSILON:                                                       <L 43>
    wp::adj_dot(var_n, var_2, adj_n, adj_0, adj_1);
    adj_r.direction += adj_0;
    // adj: denom = wp.dot(n, r.direction)                                                    <L 42>
    // adj: def ray_plane(r: Ray, n: wp.vec3, d: float):                                      <L 41>
    return;
}

struct wp_args_trace_spheres_b8f2d23a {
    wp::array_t<Ray_86e75750> rays;
    wp::array_t<wp::vec_t<3, wp::float32>> centers;
    wp::array_t<wp::float32> radii;
    wp::array_t<HitRecord_1772b104> hits;
};


void trace_spheres_b8f2d23a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_trace_spheres_b8f2d23a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Ray_86e75750> var_rays = _wp_args->rays;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers = _wp_args->centers;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<HitRecord_1772b104> var_hits = _wp_args->hits;
    //---------
    // primal vars
    wp::int32 var_0;
    Ray_86e75750* var_1;
    Ray_86e75750 var_2;
    Ray_86e75750 var_3;
    HitRecord_1772b104 var_4;
    const wp::float32 var_5 = 1e+20;
    const wp::int32 var_6 = -1;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::float32* var_14;
    bool var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    bool var_19;
    wp::float32* var_20;
    bool var_21;
    wp::float32 var_22;
    wp::int32* var_23;
    const wp::int32 var_24 = 0;
    bool var_25;
    wp::int32 var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::float32* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::int32* var_35;
    wp::vec_t<3, wp::float32>* var_36;
    wp::int32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    //---------
    // forward
    // def trace_spheres(                                                                     <L 73>
    // tid = wp.tid()                                                                         <L 79>
    var_0 = builtin_tid1d();
    // r = rays[tid]                                                                          <L 80>
    var_1 = wp::address(var_rays, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rec = HitRecord()                                                                      <L 81>
    var_4 = HitRecord_1772b104();
    // rec.t = NO_HIT                                                                         <L 82>
    var_4.t = var_5;
    // rec.prim = -1                                                                          <L 83>
    var_4.prim = var_6;
    // for s in range(centers.shape[0]):                                                      <L 84>
    var_7 = &(var_centers.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_11 = wp::range(var_9);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
        // ok, t = ray_sphere(r, centers[s], radii[s])                                        <L 85>
        var_13 = wp::address(var_centers, var_12);
        var_14 = wp::address(var_radii, var_12);
        var_17 = wp::load(var_13);
        var_18 = wp::load(var_14);
        ray_sphere_0(var_2, var_17, var_18, var_15, var_16);
        // if ok and t < rec.t:                                                               <L 86>
        var_19 = var_15;
        if (var_19) {
            var_20 = &((var_4).t);
            var_22 = wp::load(var_20);
            var_21 = (var_16 < var_22);
            var_19 = var_19 && var_21;
        }
        if (var_19) {
            // rec.t = t                                                                      <L 87>
            var_4.t = var_16;
            // rec.prim = s                                                                   <L 88>
            var_4.prim = var_12;
        }
        goto start_for_0;
    end_for_0:;
    // if rec.prim >= 0:                                                                      <L 89>
    var_23 = &((var_4).prim);
    var_26 = wp::load(var_23);
    var_25 = (var_26 >= var_24);
    if (var_25) {
        // p = r.origin + r.direction * rec.t                                                 <L 90>
        var_27 = &((var_2).origin);
        var_28 = &((var_2).direction);
        var_29 = &((var_4).t);
        var_31 = wp::load(var_28);
        var_32 = wp::load(var_29);
        var_30 = wp::mul(var_31, var_32);
        var_34 = wp::load(var_27);
        var_33 = wp::add(var_34, var_30);
        // rec.normal = wp.normalize(p - centers[rec.prim])                                   <L 91>
        var_35 = &((var_4).prim);
        var_37 = wp::load(var_35);
        var_36 = wp::address(var_centers, var_37);
        var_39 = wp::load(var_36);
        var_38 = wp::sub(var_33, var_39);
        var_40 = wp::normalize(var_38);
        var_4.normal = var_40;
    }
    // hits[tid] = rec                                                                        <L 92>
    wp::array_store(var_hits, var_0, var_4);
}



void trace_spheres_b8f2d23a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_trace_spheres_b8f2d23a *_wp_args,
    wp_args_trace_spheres_b8f2d23a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Ray_86e75750> var_rays = _wp_args->rays;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers = _wp_args->centers;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<HitRecord_1772b104> var_hits = _wp_args->hits;
    wp::array_t<Ray_86e75750> adj_rays = _wp_adj_args->rays;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers = _wp_adj_args->centers;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<HitRecord_1772b104> adj_hits = _wp_adj_args->hits;
    //---------
    // primal vars
    wp::int32 var_0;
    Ray_86e75750* var_1;
    Ray_86e75750 var_2;
    Ray_86e75750 var_3;
    HitRecord_1772b104 var_4;
    const wp::float32 var_5 = 1e+20;
    const wp::int32 var_6 = -1;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::float32* var_14;
    bool var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    bool var_19;
    wp::float32* var_20;
    bool var_21;
    wp::float32 var_22;
    wp::int32* var_23;
    const wp::int32 var_24 = 0;
    bool var_25;
    wp::int32 var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::float32* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::int32* var_35;
    wp::vec_t<3, wp::float32>* var_36;
    wp::int32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Ray_86e75750 adj_1 = {};
    Ray_86e75750 adj_2 = {};
    Ray_86e75750 adj_3 = {};
    HitRecord_1772b104 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::range_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    bool adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::int32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    //---------
    // forward
    // def trace_spheres(                                                                     <L 73>
    // tid = wp.tid()                                                                         <L 79>
    var_0 = builtin_tid1d();
    // r = rays[tid]                                                                          <L 80>
    var_1 = wp::address(var_rays, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rec = HitRecord()                                                                      <L 81>
    var_4 = HitRecord_1772b104();
    // rec.t = NO_HIT                                                                         <L 82>
    var_4.t = var_5;
    // rec.prim = -1                                                                          <L 83>
    var_4.prim = var_6;
    // for s in range(centers.shape[0]):                                                      <L 84>
    var_7 = &(var_centers.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_11 = wp::range(var_9);
    // if rec.prim >= 0:                                                                      <L 89>
    var_23 = &((var_4).prim);
    var_26 = wp::load(var_23);
    var_25 = (var_26 >= var_24);
    if (var_25) {
        // p = r.origin + r.direction * rec.t                                                 <L 90>
        var_27 = &((var_2).origin);
        var_28 = &((var_2).direction);
        var_29 = &((var_4).t);
        var_31 = wp::load(var_28);
        var_32 = wp::load(var_29);
        var_30 = wp::mul(var_31, var_32);
        var_34 = wp::load(var_27);
        var_33 = wp::add(var_34, var_30);
        // rec.normal = wp.normalize(p - centers[rec.prim])                                   <L 91>
        var_35 = &((var_4).prim);
        var_37 = wp::load(var_35);
        var_36 = wp::address(var_centers, var_37);
        var_39 = wp::load(var_36);
        var_38 = wp::sub(var_33, var_39);
        var_40 = wp::normalize(var_38);
        var_4.normal = var_40;
    }
    // hits[tid] = rec                                                                        <L 92>
    // wp::array_store(var_hits, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_hits, var_0, var_4, adj_hits, adj_0, adj_4);
    // adj: hits[tid] = rec                                                                   <L 92>
    if (var_25) {
        adj_40 += adj_4.normal;
        adj_4.normal = {};
        wp::adj_normalize(var_38, var_40, adj_38, adj_40);
        wp::adj_sub(var_33, var_39, adj_33, adj_36, adj_38);
        wp::adj_address(var_centers, var_37, adj_centers, adj_35, adj_36);
        adj_4.prim = adj_35;
        // adj: rec.normal = wp.normalize(p - centers[rec.prim])                              <L 91>
        wp::adj_add(var_34, var_30, adj_27, adj_30, adj_33);
        wp::adj_mul(var_31, var_32, adj_28, adj_29, adj_30);
        adj_4.t += adj_29;
        adj_2.direction += adj_28;
        adj_2.origin += adj_27;
        // adj: p = r.origin + r.direction * rec.t                                            <L 90>
    }
    adj_4.prim = adj_23;
    // adj: if rec.prim >= 0:                                                                 <L 89>
    var_11 = wp::iter_reverse(var_11);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
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
        // ok, t = ray_sphere(r, centers[s], radii[s])                                        <L 85>
        var_13 = wp::address(var_centers, var_12);
        var_14 = wp::address(var_radii, var_12);
        var_17 = wp::load(var_13);
        var_18 = wp::load(var_14);
        ray_sphere_0(var_2, var_17, var_18, var_15, var_16);
        // if ok and t < rec.t:                                                               <L 86>
        var_19 = var_15;
        if (var_19) {
            var_20 = &((var_4).t);
            var_22 = wp::load(var_20);
            var_21 = (var_16 < var_22);
            var_19 = var_19 && var_21;
        }
        if (var_19) {
            // rec.t = t                                                                      <L 87>
            var_4.t = var_16;
            // rec.prim = s                                                                   <L 88>
            var_4.prim = var_12;
        }
        if (var_19) {
            adj_4.prim = {};
            // adj: rec.prim = s                                                              <L 88>
            adj_16 += adj_4.t;
            adj_4.t = {};
            // adj: rec.t = t                                                                 <L 87>
        }
        if (var_19) {
            adj_4.t += adj_20;
        }
        // adj: if ok and t < rec.t:                                                          <L 86>
        adj_ray_sphere_0(var_2, var_17, var_18, var_15, var_16, adj_2, adj_13, adj_14, adj_15, adj_16);
        wp::adj_address(var_radii, var_12, adj_radii, adj_12, adj_14);
        wp::adj_address(var_centers, var_12, adj_centers, adj_12, adj_13);
        // adj: ok, t = ray_sphere(r, centers[s], radii[s])                                   <L 85>
    	goto start_for_0;
    end_for_0:;
    adj_centers.shape = adj_7;
    // adj: for s in range(centers.shape[0]):                                                 <L 84>
    adj_4.prim = {};
    // adj: rec.prim = -1                                                                     <L 83>
    adj_5 += adj_4.t;
    adj_4.t = {};
    // adj: rec.t = NO_HIT                                                                    <L 82>
    // adj: rec = HitRecord()                                                                 <L 81>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_rays, var_0, adj_rays, adj_0, adj_1);
    // adj: r = rays[tid]                                                                     <L 80>
    // adj: tid = wp.tid()                                                                    <L 79>
    // adj: def trace_spheres(                                                                <L 73>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void trace_spheres_b8f2d23a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_trace_spheres_b8f2d23a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        trace_spheres_b8f2d23a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void trace_spheres_b8f2d23a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_trace_spheres_b8f2d23a *_wp_args,
    wp_args_trace_spheres_b8f2d23a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        trace_spheres_b8f2d23a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_trace_mesh_c9ae72e6 {
    wp::array_t<Ray_86e75750> rays;
    wp::array_t<wp::vec_t<3, wp::float32>> vertices;
    wp::array_t<wp::int32> indices;
    wp::int32 num_tris;
    wp::vec_t<3, wp::float32> ground_normal;
    wp::float32 ground_offset;
    wp::array_t<HitRecord_1772b104> hits;
};


void trace_mesh_c9ae72e6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_trace_mesh_c9ae72e6 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Ray_86e75750> var_rays = _wp_args->rays;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vertices = _wp_args->vertices;
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::int32 var_num_tris = _wp_args->num_tris;
    wp::vec_t<3, wp::float32> var_ground_normal = _wp_args->ground_normal;
    wp::float32 var_ground_offset = _wp_args->ground_offset;
    wp::array_t<HitRecord_1772b104> var_hits = _wp_args->hits;
    //---------
    // primal vars
    wp::int32 var_0;
    Ray_86e75750* var_1;
    Ray_86e75750 var_2;
    Ray_86e75750 var_3;
    const wp::float32 var_4 = 1e+20;
    wp::float32 var_5;
    const wp::int32 var_6 = -1;
    wp::int32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 0.0;
    wp::vec_t<3, wp::float32> var_15;
    wp::range_t var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 3;
    wp::int32 var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
    wp::int32* var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::int32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    const wp::int32 var_27 = 3;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::int32* var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::int32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    const wp::int32 var_36 = 3;
    wp::int32 var_37;
    const wp::int32 var_38 = 2;
    wp::int32 var_39;
    wp::int32* var_40;
    wp::vec_t<3, wp::float32>* var_41;
    wp::int32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    bool var_48;
    bool var_49;
    wp::float32* var_50;
    bool var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::int32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::float32 var_61;
    wp::int32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    bool var_66;
    wp::float32 var_67;
    bool var_68;
    bool var_69;
    wp::float32 var_70;
    wp::int32 var_71;
    wp::vec_t<3, wp::float32> var_72;
    const wp::float32 var_73 = 0.0;
    const wp::float32 var_74 = 0.0;
    wp::float32 var_75;
    wp::int32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::vec_t<3, wp::float32> var_79;
    HitRecord_1772b104 var_80;
    //---------
    // forward
    // def trace_mesh(                                                                        <L 96>
    // tid = wp.tid()                                                                         <L 105>
    var_0 = builtin_tid1d();
    // r = rays[tid]                                                                          <L 106>
    var_1 = wp::address(var_rays, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // best_t = float(NO_HIT)                                                                 <L 107>
    var_5 = wp::float(var_4);
    // best_prim = int(-1)                                                                    <L 108>
    var_7 = wp::int(var_6);
    // best_u = float(0.0)                                                                    <L 109>
    var_9 = wp::float(var_8);
    // best_v = float(0.0)                                                                    <L 110>
    var_11 = wp::float(var_10);
    // best_n = wp.vec3(0.0, 0.0, 0.0)                                                        <L 111>
    var_15 = wp::vec_t<3, wp::float32>(var_12, var_13, var_14);
    // for f in range(num_tris):                                                              <L 112>
    var_16 = wp::range(var_num_tris);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
        // a = vertices[indices[f * 3 + 0]]                                                   <L 113>
        var_19 = wp::mul(var_17, var_18);
        var_21 = wp::add(var_19, var_20);
        var_22 = wp::address(var_indices, var_21);
        var_24 = wp::load(var_22);
        var_23 = wp::address(var_vertices, var_24);
        var_26 = wp::load(var_23);
        var_25 = wp::copy(var_26);
        // b = vertices[indices[f * 3 + 1]]                                                   <L 114>
        var_28 = wp::mul(var_17, var_27);
        var_30 = wp::add(var_28, var_29);
        var_31 = wp::address(var_indices, var_30);
        var_33 = wp::load(var_31);
        var_32 = wp::address(var_vertices, var_33);
        var_35 = wp::load(var_32);
        var_34 = wp::copy(var_35);
        // c = vertices[indices[f * 3 + 2]]                                                   <L 115>
        var_37 = wp::mul(var_17, var_36);
        var_39 = wp::add(var_37, var_38);
        var_40 = wp::address(var_indices, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::address(var_vertices, var_42);
        var_44 = wp::load(var_41);
        var_43 = wp::copy(var_44);
        // t, u, v = ray_triangle(r, a, b, c)                                                 <L 116>
        ray_triangle_0(var_2, var_25, var_34, var_43, var_45, var_46, var_47);
        // if t < best_t and t < r.t_max:                                                     <L 117>
        var_49 = (var_45 < var_5);
        var_48 = var_49;
        if (var_48) {
            var_50 = &((var_2).t_max);
            var_52 = wp::load(var_50);
            var_51 = (var_45 < var_52);
            var_48 = var_48 && var_51;
        }
        if (var_48) {
            // best_t = t                                                                     <L 118>
            var_53 = wp::copy(var_45);
            // best_prim = f                                                                  <L 119>
            var_54 = wp::copy(var_17);
            // best_u = u                                                                     <L 120>
            var_55 = wp::copy(var_46);
            // best_v = v                                                                     <L 121>
            var_56 = wp::copy(var_47);
            // best_n = wp.normalize(wp.cross(b - a, c - a))                                  <L 122>
            var_57 = wp::sub(var_34, var_25);
            var_58 = wp::sub(var_43, var_25);
            var_59 = wp::cross(var_57, var_58);
            var_60 = wp::normalize(var_59);
        }
        var_61 = wp::where(var_48, var_53, var_5);
        var_62 = wp::where(var_48, var_54, var_7);
        var_63 = wp::where(var_48, var_55, var_9);
        var_64 = wp::where(var_48, var_56, var_11);
        var_65 = wp::where(var_48, var_60, var_15);
        wp::assign(var_5, var_61);
        wp::assign(var_7, var_62);
        wp::assign(var_9, var_63);
        wp::assign(var_11, var_64);
        wp::assign(var_15, var_65);
        goto start_for_0;
    end_for_0:;
    // hit_ground, tg = ray_plane(r, ground_normal, ground_offset)                            <L 123>
    ray_plane_0(var_2, var_ground_normal, var_ground_offset, var_66, var_67);
    // if hit_ground and tg < best_t:                                                         <L 124>
    var_68 = var_66;
    if (var_68) {
        var_69 = (var_67 < var_5);
        var_68 = var_68 && var_69;
    }
    if (var_68) {
        // best_t = tg                                                                        <L 125>
        var_70 = wp::copy(var_67);
        // best_prim = num_tris                                                               <L 126>
        var_71 = wp::copy(var_num_tris);
        // best_n = ground_normal                                                             <L 127>
        var_72 = wp::copy(var_ground_normal);
        // best_u = 0.0                                                                       <L 128>
        // best_v = 0.0                                                                       <L 129>
    }
    var_75 = wp::where(var_68, var_70, var_5);
    var_76 = wp::where(var_68, var_71, var_7);
    var_77 = wp::where(var_68, var_73, var_9);
    var_78 = wp::where(var_68, var_74, var_11);
    var_79 = wp::where(var_68, var_72, var_15);
    // rec = HitRecord()                                                                      <L 130>
    var_80 = HitRecord_1772b104();
    // rec.t = best_t                                                                         <L 131>
    var_80.t = var_75;
    // rec.normal = best_n                                                                    <L 132>
    var_80.normal = var_79;
    // rec.prim = best_prim                                                                   <L 133>
    var_80.prim = var_76;
    // rec.u = best_u                                                                         <L 134>
    var_80.u = var_77;
    // rec.v = best_v                                                                         <L 135>
    var_80.v = var_78;
    // hits[tid] = rec                                                                        <L 136>
    wp::array_store(var_hits, var_0, var_80);
}



void trace_mesh_c9ae72e6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_trace_mesh_c9ae72e6 *_wp_args,
    wp_args_trace_mesh_c9ae72e6 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Ray_86e75750> var_rays = _wp_args->rays;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vertices = _wp_args->vertices;
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::int32 var_num_tris = _wp_args->num_tris;
    wp::vec_t<3, wp::float32> var_ground_normal = _wp_args->ground_normal;
    wp::float32 var_ground_offset = _wp_args->ground_offset;
    wp::array_t<HitRecord_1772b104> var_hits = _wp_args->hits;
    wp::array_t<Ray_86e75750> adj_rays = _wp_adj_args->rays;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vertices = _wp_adj_args->vertices;
    wp::array_t<wp::int32> adj_indices = _wp_adj_args->indices;
    wp::int32 adj_num_tris = _wp_adj_args->num_tris;
    wp::vec_t<3, wp::float32> adj_ground_normal = _wp_adj_args->ground_normal;
    wp::float32 adj_ground_offset = _wp_adj_args->ground_offset;
    wp::array_t<HitRecord_1772b104> adj_hits = _wp_adj_args->hits;
    //---------
    // primal vars
    wp::int32 var_0;
    Ray_86e75750* var_1;
    Ray_86e75750 var_2;
    Ray_86e75750 var_3;
    const wp::float32 var_4 = 1e+20;
    wp::float32 var_5;
    const wp::int32 var_6 = -1;
    wp::int32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 0.0;
    wp::vec_t<3, wp::float32> var_15;
    wp::range_t var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 3;
    wp::int32 var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
    wp::int32* var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::int32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    const wp::int32 var_27 = 3;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::int32* var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::int32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    const wp::int32 var_36 = 3;
    wp::int32 var_37;
    const wp::int32 var_38 = 2;
    wp::int32 var_39;
    wp::int32* var_40;
    wp::vec_t<3, wp::float32>* var_41;
    wp::int32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    bool var_48;
    bool var_49;
    wp::float32* var_50;
    bool var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::int32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::float32 var_61;
    wp::int32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    bool var_66;
    wp::float32 var_67;
    bool var_68;
    bool var_69;
    wp::float32 var_70;
    wp::int32 var_71;
    wp::vec_t<3, wp::float32> var_72;
    const wp::float32 var_73 = 0.0;
    const wp::float32 var_74 = 0.0;
    wp::float32 var_75;
    wp::int32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::vec_t<3, wp::float32> var_79;
    HitRecord_1772b104 var_80;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Ray_86e75750 adj_1 = {};
    Ray_86e75750 adj_2 = {};
    Ray_86e75750 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::range_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::int32 adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    bool adj_48 = {};
    bool adj_49 = {};
    wp::float32 adj_50 = {};
    bool adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::vec_t<3, wp::float32> adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::float32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    bool adj_66 = {};
    wp::float32 adj_67 = {};
    bool adj_68 = {};
    bool adj_69 = {};
    wp::float32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    HitRecord_1772b104 adj_80 = {};
    //---------
    // forward
    // def trace_mesh(                                                                        <L 96>
    // tid = wp.tid()                                                                         <L 105>
    var_0 = builtin_tid1d();
    // r = rays[tid]                                                                          <L 106>
    var_1 = wp::address(var_rays, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // best_t = float(NO_HIT)                                                                 <L 107>
    var_5 = wp::float(var_4);
    // best_prim = int(-1)                                                                    <L 108>
    var_7 = wp::int(var_6);
    // best_u = float(0.0)                                                                    <L 109>
    var_9 = wp::float(var_8);
    // best_v = float(0.0)                                                                    <L 110>
    var_11 = wp::float(var_10);
    // best_n = wp.vec3(0.0, 0.0, 0.0)                                                        <L 111>
    var_15 = wp::vec_t<3, wp::float32>(var_12, var_13, var_14);
    // for f in range(num_tris):                                                              <L 112>
    var_16 = wp::range(var_num_tris);
    // hit_ground, tg = ray_plane(r, ground_normal, ground_offset)                            <L 123>
    ray_plane_0(var_2, var_ground_normal, var_ground_offset, var_66, var_67);
    // if hit_ground and tg < best_t:                                                         <L 124>
    var_68 = var_66;
    if (var_68) {
        var_69 = (var_67 < var_5);
        var_68 = var_68 && var_69;
    }
    if (var_68) {
        // best_t = tg                                                                        <L 125>
        var_70 = wp::copy(var_67);
        // best_prim = num_tris                                                               <L 126>
        var_71 = wp::copy(var_num_tris);
        // best_n = ground_normal                                                             <L 127>
        var_72 = wp::copy(var_ground_normal);
        // best_u = 0.0                                                                       <L 128>
        // best_v = 0.0                                                                       <L 129>
    }
    var_75 = wp::where(var_68, var_70, var_5);
    var_76 = wp::where(var_68, var_71, var_7);
    var_77 = wp::where(var_68, var_73, var_9);
    var_78 = wp::where(var_68, var_74, var_11);
    var_79 = wp::where(var_68, var_72, var_15);
    // rec = HitRecord()                                                                      <L 130>
    var_80 = HitRecord_1772b104();
    // rec.t = best_t                                                                         <L 131>
    var_80.t = var_75;
    // rec.normal = best_n                                                                    <L 132>
    var_80.normal = var_79;
    // rec.prim = best_prim                                                                   <L 133>
    var_80.prim = var_76;
    // rec.u = best_u                                                                         <L 134>
    var_80.u = var_77;
    // rec.v = best_v                                                                         <L 135>
    var_80.v = var_78;
    // hits[tid] = rec                                                                        <L 136>
    // wp::array_store(var_hits, var_0, var_80);
    //---------
    // reverse
    wp::adj_array_store(var_hits, var_0, var_80, adj_hits, adj_0, adj_80);
    // adj: hits[tid] = rec                                                                   <L 136>
    adj_78 += adj_80.v;
    adj_80.v = {};
    // adj: rec.v = best_v                                                                    <L 135>
    adj_77 += adj_80.u;
    adj_80.u = {};
    // adj: rec.u = best_u                                                                    <L 134>
    adj_80.prim = {};
    // adj: rec.prim = best_prim                                                              <L 133>
    adj_79 += adj_80.normal;
    adj_80.normal = {};
    // adj: rec.normal = best_n                                                               <L 132>
    adj_75 += adj_80.t;
    adj_80.t = {};
    // adj: rec.t = best_t                                                                    <L 131>
    // adj: rec = HitRecord()                                                                 <L 130>
    wp::adj_where(var_68, var_72, var_15, adj_68, adj_72, adj_15, adj_79);
    wp::adj_where(var_68, var_74, var_11, adj_68, adj_74, adj_11, adj_78);
    wp::adj_where(var_68, var_73, var_9, adj_68, adj_73, adj_9, adj_77);
    wp::adj_where(var_68, var_71, var_7, adj_68, adj_71, adj_7, adj_76);
    wp::adj_where(var_68, var_70, var_5, adj_68, adj_70, adj_5, adj_75);
    if (var_68) {
        // adj: best_v = 0.0                                                                  <L 129>
        // adj: best_u = 0.0                                                                  <L 128>
        wp::adj_copy(var_ground_normal, adj_ground_normal, adj_72);
        // adj: best_n = ground_normal                                                        <L 127>
        wp::adj_copy(var_num_tris, adj_num_tris, adj_71);
        // adj: best_prim = num_tris                                                          <L 126>
        wp::adj_copy(var_67, adj_67, adj_70);
        // adj: best_t = tg                                                                   <L 125>
    }
    if (var_68) {
    }
    // adj: if hit_ground and tg < best_t:                                                    <L 124>
    adj_ray_plane_0(var_2, var_ground_normal, var_ground_offset, var_66, var_67, adj_2, adj_ground_normal, adj_ground_offset, adj_66, adj_67);
    // adj: hit_ground, tg = ray_plane(r, ground_normal, ground_offset)                       <L 123>
    var_16 = wp::iter_reverse(var_16);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
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
        // a = vertices[indices[f * 3 + 0]]                                                   <L 113>
        var_19 = wp::mul(var_17, var_18);
        var_21 = wp::add(var_19, var_20);
        var_22 = wp::address(var_indices, var_21);
        var_24 = wp::load(var_22);
        var_23 = wp::address(var_vertices, var_24);
        var_26 = wp::load(var_23);
        var_25 = wp::copy(var_26);
        // b = vertices[indices[f * 3 + 1]]                                                   <L 114>
        var_28 = wp::mul(var_17, var_27);
        var_30 = wp::add(var_28, var_29);
        var_31 = wp::address(var_indices, var_30);
        var_33 = wp::load(var_31);
        var_32 = wp::address(var_vertices, var_33);
        var_35 = wp::load(var_32);
        var_34 = wp::copy(var_35);
        // c = vertices[indices[f * 3 + 2]]                                                   <L 115>
        var_37 = wp::mul(var_17, var_36);
        var_39 = wp::add(var_37, var_38);
        var_40 = wp::address(var_indices, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::address(var_vertices, var_42);
        var_44 = wp::load(var_41);
        var_43 = wp::copy(var_44);
        // t, u, v = ray_triangle(r, a, b, c)                                                 <L 116>
        ray_triangle_0(var_2, var_25, var_34, var_43, var_45, var_46, var_47);
        // if t < best_t and t < r.t_max:                                                     <L 117>
        var_49 = (var_45 < var_5);
        var_48 = var_49;
        if (var_48) {
            var_50 = &((var_2).t_max);
            var_52 = wp::load(var_50);
            var_51 = (var_45 < var_52);
            var_48 = var_48 && var_51;
        }
        if (var_48) {
            // best_t = t                                                                     <L 118>
            var_53 = wp::copy(var_45);
            // best_prim = f                                                                  <L 119>
            var_54 = wp::copy(var_17);
            // best_u = u                                                                     <L 120>
            var_55 = wp::copy(var_46);
            // best_v = v                                                                     <L 121>
            var_56 = wp::copy(var_47);
            // best_n = wp.normalize(wp.cross(b - a, c - a))                                  <L 122>
            var_57 = wp::sub(var_34, var_25);
            var_58 = wp::sub(var_43, var_25);
            var_59 = wp::cross(var_57, var_58);
            var_60 = wp::normalize(var_59);
        }
        var_61 = wp::where(var_48, var_53, var_5);
        var_62 = wp::where(var_48, var_54, var_7);
        var_63 = wp::where(var_48, var_55, var_9);
        var_64 = wp::where(var_48, var_56, var_11);
        var_65 = wp::where(var_48, var_60, var_15);
        wp::assign(var_5, var_61);
        wp::assign(var_7, var_62);
        wp::assign(var_9, var_63);
        wp::assign(var_11, var_64);
        wp::assign(var_15, var_65);
        wp::adj_assign(var_15, var_65, adj_15, adj_65);
        wp::adj_assign(var_11, var_64, adj_11, adj_64);
        wp::adj_assign(var_9, var_63, adj_9, adj_63);
        wp::adj_assign(var_7, var_62, adj_7, adj_62);
        wp::adj_assign(var_5, var_61, adj_5, adj_61);
        wp::adj_where(var_48, var_60, var_15, adj_48, adj_60, adj_15, adj_65);
        wp::adj_where(var_48, var_56, var_11, adj_48, adj_56, adj_11, adj_64);
        wp::adj_where(var_48, var_55, var_9, adj_48, adj_55, adj_9, adj_63);
        wp::adj_where(var_48, var_54, var_7, adj_48, adj_54, adj_7, adj_62);
        wp::adj_where(var_48, var_53, var_5, adj_48, adj_53, adj_5, adj_61);
        if (var_48) {
            wp::adj_normalize(var_59, var_60, adj_59, adj_60);
            wp::adj_cross(var_57, var_58, adj_57, adj_58, adj_59);
            wp::adj_sub(var_43, var_25, adj_43, adj_25, adj_58);
            wp::adj_sub(var_34, var_25, adj_34, adj_25, adj_57);
            // adj: best_n = wp.normalize(wp.cross(b - a, c - a))                             <L 122>
            wp::adj_copy(var_47, adj_47, adj_56);
            // adj: best_v = v                                                                <L 121>
            wp::adj_copy(var_46, adj_46, adj_55);
            // adj: best_u = u                                                                <L 120>
            wp::adj_copy(var_17, adj_17, adj_54);
            // adj: best_prim = f                                                             <L 119>
            wp::adj_copy(var_45, adj_45, adj_53);
            // adj: best_t = t                                                                <L 118>
        }
        if (var_48) {
            adj_2.t_max += adj_50;
        }
        // adj: if t < best_t and t < r.t_max:                                                <L 117>
        adj_ray_triangle_0(var_2, var_25, var_34, var_43, var_45, var_46, var_47, adj_2, adj_25, adj_34, adj_43, adj_45, adj_46, adj_47);
        // adj: t, u, v = ray_triangle(r, a, b, c)                                            <L 116>
        wp::adj_copy(var_44, adj_41, adj_43);
        wp::adj_address(var_vertices, var_42, adj_vertices, adj_40, adj_41);
        wp::adj_address(var_indices, var_39, adj_indices, adj_39, adj_40);
        wp::adj_add(var_37, var_38, adj_37, adj_38, adj_39);
        wp::adj_mul(var_17, var_36, adj_17, adj_36, adj_37);
        // adj: c = vertices[indices[f * 3 + 2]]                                              <L 115>
        wp::adj_copy(var_35, adj_32, adj_34);
        wp::adj_address(var_vertices, var_33, adj_vertices, adj_31, adj_32);
        wp::adj_address(var_indices, var_30, adj_indices, adj_30, adj_31);
        wp::adj_add(var_28, var_29, adj_28, adj_29, adj_30);
        wp::adj_mul(var_17, var_27, adj_17, adj_27, adj_28);
        // adj: b = vertices[indices[f * 3 + 1]]                                              <L 114>
        wp::adj_copy(var_26, adj_23, adj_25);
        wp::adj_address(var_vertices, var_24, adj_vertices, adj_22, adj_23);
        wp::adj_address(var_indices, var_21, adj_indices, adj_21, adj_22);
        wp::adj_add(var_19, var_20, adj_19, adj_20, adj_21);
        wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
        // adj: a = vertices[indices[f * 3 + 0]]                                              <L 113>
    	goto start_for_0;
    end_for_0:;
    // adj: for f in range(num_tris):                                                         <L 112>
    wp::adj_vec_t(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_15);
    // adj: best_n = wp.vec3(0.0, 0.0, 0.0)                                                   <L 111>
    wp::adj_float(var_10, adj_10, adj_11);
    // adj: best_v = float(0.0)                                                               <L 110>
    wp::adj_float(var_8, adj_8, adj_9);
    // adj: best_u = float(0.0)                                                               <L 109>
    // adj: best_prim = int(-1)                                                               <L 108>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: best_t = float(NO_HIT)                                                            <L 107>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_rays, var_0, adj_rays, adj_0, adj_1);
    // adj: r = rays[tid]                                                                     <L 106>
    // adj: tid = wp.tid()                                                                    <L 105>
    // adj: def trace_mesh(                                                                   <L 96>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void trace_mesh_c9ae72e6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_trace_mesh_c9ae72e6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        trace_mesh_c9ae72e6_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void trace_mesh_c9ae72e6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_trace_mesh_c9ae72e6 *_wp_args,
    wp_args_trace_mesh_c9ae72e6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        trace_mesh_c9ae72e6_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_shade_hits_d09fb49d {
    wp::array_t<Ray_86e75750> rays;
    wp::array_t<HitRecord_1772b104> hits;
    wp::vec_t<3, wp::float32> light_dir;
    wp::array_t<wp::vec_t<3, wp::float32>> image;
};


void shade_hits_d09fb49d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shade_hits_d09fb49d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Ray_86e75750> var_rays = _wp_args->rays;
    wp::array_t<HitRecord_1772b104> var_hits = _wp_args->hits;
    wp::vec_t<3, wp::float32> var_light_dir = _wp_args->light_dir;
    wp::array_t<wp::vec_t<3, wp::float32>> var_image = _wp_args->image;
    //---------
    // primal vars
    wp::int32 var_0;
    HitRecord_1772b104* var_1;
    HitRecord_1772b104 var_2;
    HitRecord_1772b104 var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32 var_7;
    const wp::float32 var_8 = 0.2;
    const wp::float32 var_9 = 0.3;
    const wp::float32 var_10 = 0.5;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    const wp::float32 var_16 = 0.0;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32* var_19;
    const wp::float32 var_20 = 1.0;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.1;
    const wp::float32 var_31 = 0.9;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    //---------
    // forward
    // def shade_hits(rays: wp.array(dtype=Ray), hits: wp.array(dtype=HitRecord), light_dir: wp.vec3, image: wp.array(dtype=wp.vec3)):       <L 140>
    // tid = wp.tid()                                                                         <L 141>
    var_0 = builtin_tid1d();
    // h = hits[tid]                                                                          <L 142>
    var_1 = wp::address(var_hits, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if h.prim < 0:                                                                         <L 143>
    var_4 = &((var_2).prim);
    var_7 = wp::load(var_4);
    var_6 = (var_7 < var_5);
    if (var_6) {
        // image[tid] = wp.vec3(0.2, 0.3, 0.5)                                                <L 144>
        var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
        wp::array_store(var_image, var_0, var_11);
        // return                                                                             <L 145>
        return;
    }
    // lambert = wp.max(wp.dot(h.normal, -light_dir), 0.0)                                    <L 146>
    var_12 = &((var_2).normal);
    var_13 = wp::neg(var_light_dir);
    var_15 = wp::load(var_12);
    var_14 = wp::dot(var_15, var_13);
    var_17 = wp::max(var_14, var_16);
    // base = wp.vec3(h.u, h.v, 1.0 - h.u - h.v)                                              <L 147>
    var_18 = &((var_2).u);
    var_19 = &((var_2).v);
    var_21 = &((var_2).u);
    var_23 = wp::load(var_21);
    var_22 = wp::sub(var_20, var_23);
    var_24 = &((var_2).v);
    var_26 = wp::load(var_24);
    var_25 = wp::sub(var_22, var_26);
    var_28 = wp::load(var_18);
    var_29 = wp::load(var_19);
    var_27 = wp::vec_t<3, wp::float32>(var_28, var_29, var_25);
    // image[tid] = base * (0.1 + 0.9 * lambert)                                              <L 148>
    var_32 = wp::mul(var_31, var_17);
    var_33 = wp::add(var_30, var_32);
    var_34 = wp::mul(var_27, var_33);
    wp::array_store(var_image, var_0, var_34);
}



void shade_hits_d09fb49d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shade_hits_d09fb49d *_wp_args,
    wp_args_shade_hits_d09fb49d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Ray_86e75750> var_rays = _wp_args->rays;
    wp::array_t<HitRecord_1772b104> var_hits = _wp_args->hits;
    wp::vec_t<3, wp::float32> var_light_dir = _wp_args->light_dir;
    wp::array_t<wp::vec_t<3, wp::float32>> var_image = _wp_args->image;
    wp::array_t<Ray_86e75750> adj_rays = _wp_adj_args->rays;
    wp::array_t<HitRecord_1772b104> adj_hits = _wp_adj_args->hits;
    wp::vec_t<3, wp::float32> adj_light_dir = _wp_adj_args->light_dir;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_image = _wp_adj_args->image;
    //---------
    // primal vars
    wp::int32 var_0;
    HitRecord_1772b104* var_1;
    HitRecord_1772b104 var_2;
    HitRecord_1772b104 var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32 var_7;
    const wp::float32 var_8 = 0.2;
    const wp::float32 var_9 = 0.3;
    const wp::float32 var_10 = 0.5;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    const wp::float32 var_16 = 0.0;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32* var_19;
    const wp::float32 var_20 = 1.0;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.1;
    const wp::float32 var_31 = 0.9;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    HitRecord_1772b104 adj_1 = {};
    HitRecord_1772b104 adj_2 = {};
    HitRecord_1772b104 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
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
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    //---------
    // forward
    // def shade_hits(rays: wp.array(dtype=Ray), hits: wp.array(dtype=HitRecord), light_dir: wp.vec3, image: wp.array(dtype=wp.vec3)):       <L 140>
    // tid = wp.tid()                                                                         <L 141>
    var_0 = builtin_tid1d();
    // h = hits[tid]                                                                          <L 142>
    var_1 = wp::address(var_hits, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if h.prim < 0:                                                                         <L 143>
    var_4 = &((var_2).prim);
    var_7 = wp::load(var_4);
    var_6 = (var_7 < var_5);
    if (var_6) {
        // image[tid] = wp.vec3(0.2, 0.3, 0.5)                                                <L 144>
        var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
        // wp::array_store(var_image, var_0, var_11);
        // return                                                                             <L 145>
        goto label0;
    }
    // lambert = wp.max(wp.dot(h.normal, -light_dir), 0.0)                                    <L 146>
    var_12 = &((var_2).normal);
    var_13 = wp::neg(var_light_dir);
    var_15 = wp::load(var_12);
    var_14 = wp::dot(var_15, var_13);
    var_17 = wp::max(var_14, var_16);
    // base = wp.vec3(h.u, h.v, 1.0 - h.u - h.v)                                              <L 147>
    var_18 = &((var_2).u);
    var_19 = &((var_2).v);
    var_21 = &((var_2).u);
    var_23 = wp::load(var_21);
    var_22 = wp::sub(var_20, var_23);
    var_24 = &((var_2).v);
    var_26 = wp::load(var_24);
    var_25 = wp::sub(var_22, var_26);
    var_28 = wp::load(var_18);
    var_29 = wp::load(var_19);
    var_27 = wp::vec_t<3, wp::float32>(var_28, var_29, var_25);
    // image[tid] = base * (0.1 + 0.9 * lambert)                                              <L 148>
    var_32 = wp::mul(var_31, var_17);
    var_33 = wp::add(var_30, var_32);
    var_34 = wp::mul(var_27, var_33);
    // wp::array_store(var_image, var_0, var_34);
    //---------
    // reverse
    wp::adj_array_store(var_image, var_0, var_34, adj_image, adj_0, adj_34);
    wp::adj_mul(var_27, var_33, adj_27, adj_33, adj_34);
    wp::adj_add(var_30, var_32, adj_30, adj_32, adj_33);
    wp::adj_mul(var_31, var_17, adj_31, adj_17, adj_32);
    // adj: image[tid] = base * (0.1 + 0.9 * lambert)                                         <L 148>
    wp::adj_vec_t(var_28, var_29, var_25, adj_18, adj_19, adj_25, adj_27);
    wp::adj_sub(var_22, var_26, adj_22, adj_24, adj_25);
    adj_2.v += adj_24;
    wp::adj_sub(var_20, var_23, adj_20, adj_21, adj_22);
    adj_2.u += adj_21;
    adj_2.v += adj_19;
    adj_2.u += adj_18;
    // adj: base = wp.vec3(h.u, h.v, 1.0 - h.u - h.v)                                         <L 147>
    wp::adj_max(var_14, var_16, adj_14, adj_16, adj_17);
    wp::adj_dot(var_15, var_13, adj_12, adj_13, adj_14);
    wp::adj_neg(var_light_dir, adj_light_dir, adj_13);
    adj_2.normal += adj_12;
    // adj: lambert = wp.max(wp.dot(h.normal, -light_dir), 0.0)                               <L 146>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 145>
        wp::adj_array_store(var_image, var_0, var_11, adj_image, adj_0, adj_11);
        wp::adj_vec_t(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
        // adj: image[tid] = wp.vec3(0.2, 0.3, 0.5)                                           <L 144>
    }
    adj_2.prim = adj_4;
    // adj: if h.prim < 0:                                                                    <L 143>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_hits, var_0, adj_hits, adj_0, adj_1);
    // adj: h = hits[tid]                                                                     <L 142>
    // adj: tid = wp.tid()                                                                    <L 141>
    // adj: def shade_hits(rays: wp.array(dtype=Ray), hits: wp.array(dtype=HitRecord), light_dir: wp.vec3, image: wp.array(dtype=wp.vec3)):  <L 140>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void shade_hits_d09fb49d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shade_hits_d09fb49d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        shade_hits_d09fb49d_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void shade_hits_d09fb49d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shade_hits_d09fb49d *_wp_args,
    wp_args_shade_hits_d09fb49d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        shade_hits_d09fb49d_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

