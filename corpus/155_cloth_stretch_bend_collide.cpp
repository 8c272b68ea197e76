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


struct ClothParams_c973f98f
{
    wp::float32 stretch_k;
    wp::float32 bend_k;
    wp::float32 damping;
    wp::float32 thickness;
    wp::vec_t<3, wp::float32> gravity;


    ClothParams_c973f98f() = default;
    CUDA_CALLABLE ClothParams_c973f98f(wp::float32 const& stretch_k,
    wp::float32 const& bend_k = {},
    wp::float32 const& damping = {},
    wp::float32 const& thickness = {},
    wp::vec_t<3, wp::float32> const& gravity = {})
        : stretch_k{stretch_k}
        , bend_k{bend_k}
        , damping{damping}
        , thickness{thickness}
        , gravity{gravity}

    {
    }

    CUDA_CALLABLE ClothParams_c973f98f& operator += (const ClothParams_c973f98f& rhs)
    {    stretch_k += rhs.stretch_k;
    bend_k += rhs.bend_k;
    damping += rhs.damping;
    thickness += rhs.thickness;
    gravity += rhs.gravity;

        return *this;}

};

static CUDA_CALLABLE void adj_ClothParams_c973f98f(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 & adj_stretch_k,
    wp::float32 & adj_bend_k,
    wp::float32 & adj_damping,
    wp::float32 & adj_thickness,
    wp::vec_t<3, wp::float32> & adj_gravity,
    ClothParams_c973f98f & adj_ret)
{
    adj_stretch_k += adj_ret.stretch_k;
    adj_bend_k += adj_ret.bend_k;
    adj_damping += adj_ret.damping;
    adj_thickness += adj_ret.thickness;
    adj_gravity += adj_ret.gravity;
}

// Required when compiling adjoints.
CUDA_CALLABLE ClothParams_c973f98f add(const ClothParams_c973f98f& a, const ClothParams_c973f98f& b)
{
    return ClothParams_c973f98f();
}

CUDA_CALLABLE void adj_atomic_add(ClothParams_c973f98f* p, ClothParams_c973f98f t)
{
    wp::adj_atomic_add(&p->stretch_k, t.stretch_k);
    wp::adj_atomic_add(&p->bend_k, t.bend_k);
    wp::adj_atomic_add(&p->damping, t.damping);
    wp::adj_atomic_add(&p->thickness, t.thickness);
    wp::adj_atomic_add(&p->gravity, t.gravity);
}




// corpus/155_cloth_stretch_bend_collide.py:13
static void tri_area_normal_0(
    wp::vec_t<3, wp::float32> var_x0,
    wp::vec_t<3, wp::float32> var_x1,
    wp::vec_t<3, wp::float32> var_x2,
    wp::float32 & ret_0,
    wp::vec_t<3, wp::float32> & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const wp::float32 var_6 = 0.5;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 0.0;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def tri_area_normal(x0: wp.vec3, x1: wp.vec3, x2: wp.vec3):                            <L 14>
    // n = wp.cross(x1 - x0, x2 - x0)                                                         <L 15>
    var_0 = wp::sub(var_x1, var_x0);
    var_1 = wp::sub(var_x2, var_x0);
    var_2 = wp::cross(var_0, var_1);
    // a = wp.length(n)                                                                       <L 16>
    var_3 = wp::length(var_2);
    // if a > 0.0:                                                                            <L 17>
    var_5 = (var_3 > var_4);
    if (var_5) {
        // return 0.5 * a, n / a                                                              <L 18>
        var_7 = wp::mul(var_6, var_3);
        var_8 = wp::div(var_2, var_3);
        ret_0 = var_7;
        ret_1 = var_8;
        return;
    }
    // return 0.0, wp.vec3(0.0, 1.0, 0.0)                                                     <L 19>
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    ret_0 = var_9;
    ret_1 = var_13;
    return;
}


// corpus/155_cloth_stretch_bend_collide.py:22
static wp::float32 dihedral_angle_0(
    wp::vec_t<3, wp::float32> var_n1,
    wp::vec_t<3, wp::float32> var_n2,
    wp::vec_t<3, wp::float32> var_e)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = -1.0;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e: wp.vec3) -> float:                     <L 23>
    // c = wp.clamp(wp.dot(n1, n2), -1.0, 1.0)                                                <L 24>
    var_0 = wp::dot(var_n1, var_n2);
    var_3 = wp::clamp(var_0, var_1, var_2);
    // s = wp.dot(wp.cross(n1, n2), wp.normalize(e))                                          <L 25>
    var_4 = wp::cross(var_n1, var_n2);
    var_5 = wp::normalize(var_e);
    var_6 = wp::dot(var_4, var_5);
    // return wp.atan2(s, c)                                                                  <L 26>
    var_7 = wp::atan2(var_6, var_3);
    return var_7;
}


// corpus/155_cloth_stretch_bend_collide.py:13
static void adj_tri_area_normal_0(
    wp::vec_t<3, wp::float32> var_x0,
    wp::vec_t<3, wp::float32> var_x1,
    wp::vec_t<3, wp::float32> var_x2,
    wp::float32 & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & adj_x0,
    wp::vec_t<3, wp::float32> & adj_x1,
    wp::vec_t<3, wp::float32> & adj_x2,
    wp::float32 & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const wp::float32 var_6 = 0.5;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 0.0;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def tri_area_normal(x0: wp.vec3, x1: wp.vec3, x2: wp.vec3):                            <L 14>
    // n = wp.cross(x1 - x0, x2 - x0)                                                         <L 15>
    var_0 = wp::sub(var_x1, var_x0);
    var_1 = wp::sub(var_x2, var_x0);
    var_2 = wp::cross(var_0, var_1);
    // a = wp.length(n)                                                                       <L 16>
    var_3 = wp::length(var_2);
    // if a > 0.0:                                                                            <L 17>
    var_5 = (var_3 > var_4);
    if (var_5) {
        // return 0.5 * a, n / a                                                              <L 18>
        var_7 = wp::mul(var_6, var_3);
        var_8 = wp::div(var_2, var_3);
        ret_0 = var_7;
        ret_1 = var_8;
        goto label0;
    }
    // return 0.0, wp.vec3(0.0, 1.0, 0.0)                                                     <L 19>
    var_13 = wp::vec_t<3, wp::float32>(var_10, var_11, var_12);
    ret_0 = var_9;
    ret_1 = var_13;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_13 += adj_ret_1;
    adj_9 += adj_ret_0;
    wp::adj_vec_t(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
    // adj: return 0.0, wp.vec3(0.0, 1.0, 0.0)                                                <L 19>
    if (var_5) {
        label0:;
        adj_8 += adj_ret_1;
        adj_7 += adj_ret_0;
        wp::adj_div(var_2, var_3, adj_2, adj_3, adj_8);
        wp::adj_mul(var_6, var_3, adj_6, adj_3, adj_7);
        // adj: return 0.5 * a, n / a                                                         <L 18>
    }
    // adj: if a > 0.0:                                                                       <L 17>
    wp::adj_length(var_2, var_3, adj_2, adj_3);
    // adj: a = wp.length(n)                                                                  <L 16>
    wp::adj_cross(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_sub(var_x2, var_x0, adj_x2, adj_x0, adj_1);
    wp::adj_sub(var_x1, var_x0, adj_x1, adj_x0, adj_0);
    // adj: n = wp.cross(x1 - x0, x2 - x0)                                                    <L 15>
    // adj: def tri_area_normal(x0: wp.vec3, x1: wp.vec3, x2: wp.vec3):                       <L 14>
    return;
}


// corpus/155_cloth_stretch_bend_collide.py:22
static void adj_dihedral_angle_0(
    wp::vec_t<3, wp::float32> var_n1,
    wp::vec_t<3, wp::float32> var_n2,
    wp::vec_t<3, wp::float32> var_e,
    wp::vec_t<3, wp::float32> & adj_n1,
    wp::vec_t<3, wp::float32> & adj_n2,
    wp::vec_t<3, wp::float32> & adj_e,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = -1.0;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e: wp.vec3) -> float:                     <L 23>
    // c = wp.clamp(wp.dot(n1, n2), -1.0, 1.0)                                                <L 24>
    var_0 = wp::dot(var_n1, var_n2);
    var_3 = wp::clamp(var_0, var_1, var_2);
    // s = wp.dot(wp.cross(n1, n2), wp.normalize(e))                                          <L 25>
    var_4 = wp::cross(var_n1, var_n2);
    var_5 = wp::normalize(var_e);
    var_6 = wp::dot(var_4, var_5);
    // return wp.atan2(s, c)                                                                  <L 26>
    var_7 = wp::atan2(var_6, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_atan2(var_6, var_3, adj_6, adj_3, adj_7);
    // adj: return wp.atan2(s, c)                                                             <L 26>
    wp::adj_dot(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_normalize(var_e, var_5, adj_e, adj_5);
    wp::adj_cross(var_n1, var_n2, adj_n1, adj_n2, adj_4);
    // adj: s = wp.dot(wp.cross(n1, n2), wp.normalize(e))                                     <L 25>
    wp::adj_clamp(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    wp::adj_dot(var_n1, var_n2, adj_n1, adj_n2, adj_0);
    // adj: c = wp.clamp(wp.dot(n1, n2), -1.0, 1.0)                                           <L 24>
    // adj: def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e: wp.vec3) -> float:                <L 23>
    return;
}

struct wp_args_stretch_forces_f3a44492 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<2, wp::int32>> edges;
    wp::array_t<wp::float32> rest;
    ClothParams_c973f98f params;
    wp::array_t<wp::vec_t<3, wp::float32>> f;
};


void stretch_forces_f3a44492_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_stretch_forces_f3a44492 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::int32>> var_edges = _wp_args->edges;
    wp::array_t<wp::float32> var_rest = _wp_args->rest;
    ClothParams_c973f98f var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::int32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1e-08;
    bool var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32 var_22;
    wp::float32* var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    //---------
    // forward
    // def stretch_forces(                                                                    <L 30>
    // e = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // ij = edges[e]                                                                          <L 39>
    var_1 = wp::address(var_edges, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // i = ij[0]                                                                              <L 40>
    var_5 = wp::extract(var_2, var_4);
    // j = ij[1]                                                                              <L 41>
    var_7 = wp::extract(var_2, var_6);
    // d = x[j] - x[i]                                                                        <L 42>
    var_8 = wp::address(var_x, var_7);
    var_9 = wp::address(var_x, var_5);
    var_11 = wp::load(var_8);
    var_12 = wp::load(var_9);
    var_10 = wp::sub(var_11, var_12);
    // l = wp.length(d)                                                                       <L 43>
    var_13 = wp::length(var_10);
    // if l < 1.0e-8:                                                                         <L 44>
    var_15 = (var_13 < var_14);
    if (var_15) {
        // return                                                                             <L 45>
        return;
    }
    // n = d / l                                                                              <L 46>
    var_16 = wp::div(var_10, var_13);
    // rel_v = wp.dot(v[j] - v[i], n)                                                         <L 47>
    var_17 = wp::address(var_v, var_7);
    var_18 = wp::address(var_v, var_5);
    var_20 = wp::load(var_17);
    var_21 = wp::load(var_18);
    var_19 = wp::sub(var_20, var_21);
    var_22 = wp::dot(var_19, var_16);
    // fs = n * (params.stretch_k * (l - rest[e]) + params.damping * rel_v)                   <L 48>
    var_23 = &((var_params).stretch_k);
    var_24 = wp::address(var_rest, var_0);
    var_26 = wp::load(var_24);
    var_25 = wp::sub(var_13, var_26);
    var_28 = wp::load(var_23);
    var_27 = wp::mul(var_28, var_25);
    var_29 = &((var_params).damping);
    var_31 = wp::load(var_29);
    var_30 = wp::mul(var_31, var_22);
    var_32 = wp::add(var_27, var_30);
    var_33 = wp::mul(var_16, var_32);
    // wp.atomic_add(f, i, fs)                                                                <L 49>
    var_34 = wp::atomic_add(var_f, var_5, var_33);
    // wp.atomic_sub(f, j, fs)                                                                <L 50>
    var_35 = wp::atomic_sub(var_f, var_7, var_33);
}



void stretch_forces_f3a44492_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_stretch_forces_f3a44492 *_wp_args,
    wp_args_stretch_forces_f3a44492 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::int32>> var_edges = _wp_args->edges;
    wp::array_t<wp::float32> var_rest = _wp_args->rest;
    ClothParams_c973f98f var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_edges = _wp_adj_args->edges;
    wp::array_t<wp::float32> adj_rest = _wp_adj_args->rest;
    ClothParams_c973f98f adj_params = _wp_adj_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f = _wp_adj_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::int32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1e-08;
    bool var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32 var_22;
    wp::float32* var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::int32> adj_1 = {};
    wp::vec_t<2, wp::int32> adj_2 = {};
    wp::vec_t<2, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    //---------
    // forward
    // def stretch_forces(                                                                    <L 30>
    // e = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // ij = edges[e]                                                                          <L 39>
    var_1 = wp::address(var_edges, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // i = ij[0]                                                                              <L 40>
    var_5 = wp::extract(var_2, var_4);
    // j = ij[1]                                                                              <L 41>
    var_7 = wp::extract(var_2, var_6);
    // d = x[j] - x[i]                                                                        <L 42>
    var_8 = wp::address(var_x, var_7);
    var_9 = wp::address(var_x, var_5);
    var_11 = wp::load(var_8);
    var_12 = wp::load(var_9);
    var_10 = wp::sub(var_11, var_12);
    // l = wp.length(d)                                                                       <L 43>
    var_13 = wp::length(var_10);
    // if l < 1.0e-8:                                                                         <L 44>
    var_15 = (var_13 < var_14);
    if (var_15) {
        // return                                                                             <L 45>
        goto label0;
    }
    // n = d / l                                                                              <L 46>
    var_16 = wp::div(var_10, var_13);
    // rel_v = wp.dot(v[j] - v[i], n)                                                         <L 47>
    var_17 = wp::address(var_v, var_7);
    var_18 = wp::address(var_v, var_5);
    var_20 = wp::load(var_17);
    var_21 = wp::load(var_18);
    var_19 = wp::sub(var_20, var_21);
    var_22 = wp::dot(var_19, var_16);
    // fs = n * (params.stretch_k * (l - rest[e]) + params.damping * rel_v)                   <L 48>
    var_23 = &((var_params).stretch_k);
    var_24 = wp::address(var_rest, var_0);
    var_26 = wp::load(var_24);
    var_25 = wp::sub(var_13, var_26);
    var_28 = wp::load(var_23);
    var_27 = wp::mul(var_28, var_25);
    var_29 = &((var_params).damping);
    var_31 = wp::load(var_29);
    var_30 = wp::mul(var_31, var_22);
    var_32 = wp::add(var_27, var_30);
    var_33 = wp::mul(var_16, var_32);
    // wp.atomic_add(f, i, fs)                                                                <L 49>
    // var_34 = wp::atomic_add(var_f, var_5, var_33);
    // wp.atomic_sub(f, j, fs)                                                                <L 50>
    // var_35 = wp::atomic_sub(var_f, var_7, var_33);
    //---------
    // reverse
    wp::adj_atomic_sub(var_f, var_7, var_33, adj_f, adj_7, adj_33, adj_35);
    // adj: wp.atomic_sub(f, j, fs)                                                           <L 50>
    wp::adj_atomic_add(var_f, var_5, var_33, adj_f, adj_5, adj_33, adj_34);
    // adj: wp.atomic_add(f, i, fs)                                                           <L 49>
    wp::adj_mul(var_16, var_32, adj_16, adj_32, adj_33);
    wp::adj_add(var_27, var_30, adj_27, adj_30, adj_32);
    wp::adj_mul(var_31, var_22, adj_29, adj_22, adj_30);
    adj_params.damping += adj_29;
    wp::adj_mul(var_28, var_25, adj_23, adj_25, adj_27);
    wp::adj_sub(var_13, var_26, adj_13, adj_24, adj_25);
    wp::adj_address(var_rest, var_0, adj_rest, adj_0, adj_24);
    adj_params.stretch_k += adj_23;
    // adj: fs = n * (params.stretch_k * (l - rest[e]) + params.damping * rel_v)              <L 48>
    wp::adj_dot(var_19, var_16, adj_19, adj_16, adj_22);
    wp::adj_sub(var_20, var_21, adj_17, adj_18, adj_19);
    wp::adj_address(var_v, var_5, adj_v, adj_5, adj_18);
    wp::adj_address(var_v, var_7, adj_v, adj_7, adj_17);
    // adj: rel_v = wp.dot(v[j] - v[i], n)                                                    <L 47>
    wp::adj_div(var_10, var_13, adj_10, adj_13, adj_16);
    // adj: n = d / l                                                                         <L 46>
    if (var_15) {
        label0:;
        // adj: return                                                                        <L 45>
    }
    // adj: if l < 1.0e-8:                                                                    <L 44>
    wp::adj_length(var_10, var_13, adj_10, adj_13);
    // adj: l = wp.length(d)                                                                  <L 43>
    wp::adj_sub(var_11, var_12, adj_8, adj_9, adj_10);
    wp::adj_address(var_x, var_5, adj_x, adj_5, adj_9);
    wp::adj_address(var_x, var_7, adj_x, adj_7, adj_8);
    // adj: d = x[j] - x[i]                                                                   <L 42>
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    // adj: j = ij[1]                                                                         <L 41>
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: i = ij[0]                                                                         <L 40>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_edges, var_0, adj_edges, adj_0, adj_1);
    // adj: ij = edges[e]                                                                     <L 39>
    // adj: e = wp.tid()                                                                      <L 38>
    // adj: def stretch_forces(                                                               <L 30>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void stretch_forces_f3a44492_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_stretch_forces_f3a44492 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stretch_forces_f3a44492_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void stretch_forces_f3a44492_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_stretch_forces_f3a44492 *_wp_args,
    wp_args_stretch_forces_f3a44492 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stretch_forces_f3a44492_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_bending_forces_17e1fd39 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<4, wp::int32>> quads;
    wp::array_t<wp::float32> rest_angle;
    ClothParams_c973f98f params;
    wp::array_t<wp::vec_t<3, wp::float32>> f;
};


void bending_forces_17e1fd39_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bending_forces_17e1fd39 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<4, wp::int32>> var_quads = _wp_args->quads;
    wp::array_t<wp::float32> var_rest_angle = _wp_args->rest_angle;
    ClothParams_c973f98f var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::int32>* var_1;
    wp::vec_t<4, wp::int32> var_2;
    wp::vec_t<4, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::int32 var_19 = 3;
    wp::int32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    bool var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    const wp::float32 var_31 = 0.0;
    bool var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::float32 var_46 = 2.0;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 2.0;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::vec_t<3, wp::float32> var_54;
    const wp::int32 var_55 = 2;
    wp::int32 var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    const wp::int32 var_59 = 3;
    wp::int32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    const wp::int32 var_63 = 0;
    wp::int32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    const wp::float32 var_66 = 0.5;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    const wp::int32 var_69 = 1;
    wp::int32 var_70;
    wp::vec_t<3, wp::float32> var_71;
    const wp::float32 var_72 = 0.5;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    //---------
    // forward
    // def bending_forces(                                                                    <L 54>
    // q = wp.tid()                                                                           <L 61>
    var_0 = builtin_tid1d();
    // idx = quads[q]                                                                         <L 62>
    var_1 = wp::address(var_quads, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x0 = x[idx[0]]                                                                         <L 63>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_x, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // x1 = x[idx[1]]                                                                         <L 64>
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::address(var_x, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // x2 = x[idx[2]]                                                                         <L 65>
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::address(var_x, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // x3 = x[idx[3]]                                                                         <L 66>
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::address(var_x, var_20);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // a1, n1 = tri_area_normal(x0, x1, x2)                                                   <L 67>
    tri_area_normal_0(var_7, var_12, var_17, var_24, var_25);
    // a2, n2 = tri_area_normal(x1, x0, x3)                                                   <L 68>
    tri_area_normal_0(var_12, var_7, var_22, var_26, var_27);
    // if a1 == 0.0 or a2 == 0.0:                                                             <L 69>
    var_30 = (var_24 == var_29);
    var_28 = var_30;
    if (!var_28) {
        var_32 = (var_26 == var_31);
        var_28 = var_28 || var_32;
    }
    if (var_28) {
        // return                                                                             <L 70>
        return;
    }
    // e = x1 - x0                                                                            <L 71>
    var_33 = wp::sub(var_12, var_7);
    // theta = dihedral_angle(n1, n2, e)                                                      <L 72>
    var_34 = dihedral_angle_0(var_25, var_27, var_33);
    // el = wp.length(e)                                                                      <L 73>
    var_35 = wp::length(var_33);
    // c = params.bend_k * (theta - rest_angle[q]) * el / (a1 + a2)                           <L 74>
    var_36 = &((var_params).bend_k);
    var_37 = wp::address(var_rest_angle, var_0);
    var_39 = wp::load(var_37);
    var_38 = wp::sub(var_34, var_39);
    var_41 = wp::load(var_36);
    var_40 = wp::mul(var_41, var_38);
    var_42 = wp::mul(var_40, var_35);
    var_43 = wp::add(var_24, var_26);
    var_44 = wp::div(var_42, var_43);
    // f2 = n1 * (c * el / (2.0 * a1))                                                        <L 75>
    var_45 = wp::mul(var_44, var_35);
    var_47 = wp::mul(var_46, var_24);
    var_48 = wp::div(var_45, var_47);
    var_49 = wp::mul(var_25, var_48);
    // f3 = n2 * (c * el / (2.0 * a2))                                                        <L 76>
    var_50 = wp::mul(var_44, var_35);
    var_52 = wp::mul(var_51, var_26);
    var_53 = wp::div(var_50, var_52);
    var_54 = wp::mul(var_27, var_53);
    // wp.atomic_add(f, idx[2], -f2)                                                          <L 77>
    var_56 = wp::extract(var_2, var_55);
    var_57 = wp::neg(var_49);
    var_58 = wp::atomic_add(var_f, var_56, var_57);
    // wp.atomic_add(f, idx[3], -f3)                                                          <L 78>
    var_60 = wp::extract(var_2, var_59);
    var_61 = wp::neg(var_54);
    var_62 = wp::atomic_add(var_f, var_60, var_61);
    // wp.atomic_add(f, idx[0], (f2 + f3) * 0.5)                                              <L 79>
    var_64 = wp::extract(var_2, var_63);
    var_65 = wp::add(var_49, var_54);
    var_67 = wp::mul(var_65, var_66);
    var_68 = wp::atomic_add(var_f, var_64, var_67);
    // wp.atomic_add(f, idx[1], (f2 + f3) * 0.5)                                              <L 80>
    var_70 = wp::extract(var_2, var_69);
    var_71 = wp::add(var_49, var_54);
    var_73 = wp::mul(var_71, var_72);
    var_74 = wp::atomic_add(var_f, var_70, var_73);
}



void bending_forces_17e1fd39_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bending_forces_17e1fd39 *_wp_args,
    wp_args_bending_forces_17e1fd39 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<4, wp::int32>> var_quads = _wp_args->quads;
    wp::array_t<wp::float32> var_rest_angle = _wp_args->rest_angle;
    ClothParams_c973f98f var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_quads = _wp_adj_args->quads;
    wp::array_t<wp::float32> adj_rest_angle = _wp_adj_args->rest_angle;
    ClothParams_c973f98f adj_params = _wp_adj_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f = _wp_adj_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::int32>* var_1;
    wp::vec_t<4, wp::int32> var_2;
    wp::vec_t<4, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 2;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::int32 var_19 = 3;
    wp::int32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    bool var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    const wp::float32 var_31 = 0.0;
    bool var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::float32 var_46 = 2.0;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 2.0;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::vec_t<3, wp::float32> var_54;
    const wp::int32 var_55 = 2;
    wp::int32 var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    const wp::int32 var_59 = 3;
    wp::int32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    const wp::int32 var_63 = 0;
    wp::int32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    const wp::float32 var_66 = 0.5;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    const wp::int32 var_69 = 1;
    wp::int32 var_70;
    wp::vec_t<3, wp::float32> var_71;
    const wp::float32 var_72 = 0.5;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::int32> adj_1 = {};
    wp::vec_t<4, wp::int32> adj_2 = {};
    wp::vec_t<4, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
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
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::vec_t<3, wp::float32> adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::float32 adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::float32 adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    //---------
    // forward
    // def bending_forces(                                                                    <L 54>
    // q = wp.tid()                                                                           <L 61>
    var_0 = builtin_tid1d();
    // idx = quads[q]                                                                         <L 62>
    var_1 = wp::address(var_quads, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x0 = x[idx[0]]                                                                         <L 63>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::address(var_x, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // x1 = x[idx[1]]                                                                         <L 64>
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::address(var_x, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // x2 = x[idx[2]]                                                                         <L 65>
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::address(var_x, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // x3 = x[idx[3]]                                                                         <L 66>
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::address(var_x, var_20);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // a1, n1 = tri_area_normal(x0, x1, x2)                                                   <L 67>
    tri_area_normal_0(var_7, var_12, var_17, var_24, var_25);
    // a2, n2 = tri_area_normal(x1, x0, x3)                                                   <L 68>
    tri_area_normal_0(var_12, var_7, var_22, var_26, var_27);
    // if a1 == 0.0 or a2 == 0.0:                                                             <L 69>
    var_30 = (var_24 == var_29);
    var_28 = var_30;
    if (!var_28) {
        var_32 = (var_26 == var_31);
        var_28 = var_28 || var_32;
    }
    if (var_28) {
        // return                                                                             <L 70>
        goto label0;
    }
    // e = x1 - x0                                                                            <L 71>
    var_33 = wp::sub(var_12, var_7);
    // theta = dihedral_angle(n1, n2, e)                                                      <L 72>
    var_34 = dihedral_angle_0(var_25, var_27, var_33);
    // el = wp.length(e)                                                                      <L 73>
    var_35 = wp::length(var_33);
    // c = params.bend_k * (theta - rest_angle[q]) * el / (a1 + a2)                           <L 74>
    var_36 = &((var_params).bend_k);
    var_37 = wp::address(var_rest_angle, var_0);
    var_39 = wp::load(var_37);
    var_38 = wp::sub(var_34, var_39);
    var_41 = wp::load(var_36);
    var_40 = wp::mul(var_41, var_38);
    var_42 = wp::mul(var_40, var_35);
    var_43 = wp::add(var_24, var_26);
    var_44 = wp::div(var_42, var_43);
    // f2 = n1 * (c * el / (2.0 * a1))                                                        <L 75>
    var_45 = wp::mul(var_44, var_35);
    var_47 = wp::mul(var_46, var_24);
    var_48 = wp::div(var_45, var_47);
    var_49 = wp::mul(var_25, var_48);
    // f3 = n2 * (c * el / (2.0 * a2))                                                        <L 76>
    var_50 = wp::mul(var_44, var_35);
    var_52 = wp::mul(var_51, var_26);
    var_53 = wp::div(var_50, var_52);
    var_54 = wp::mul(var_27, var_53);
    // wp.atomic_add(f, idx[2], -f2)                                                          <L 77>
    var_56 = wp::extract(var_2, var_55);
    var_57 = wp::neg(var_49);
    // var_58 = wp::atomic_add(var_f, var_56, var_57);
    // wp.atomic_add(f, idx[3], -f3)                                                          <L 78>
    var_60 = wp::extract(var_2, var_59);
    var_61 = wp::neg(var_54);
    // var_62 = wp::atomic_add(var_f, var_60, var_61);
    // wp.atomic_add(f, idx[0], (f2 + f3) * 0.5)                                              <L 79>
    var_64 = wp::extract(var_2, var_63);
    var_65 = wp::add(var_49, var_54);
    var_67 = wp::mul(var_65, var_66);
    // var_68 = wp::atomic_add(var_f, var_64, var_67);
    // wp.atomic_add(f, idx[1], (f2 + f3) * 0.5)                                              <L 80>
    var_70 = wp::extract(var_2, var_69);
    var_71 = wp::add(var_49, var_54);
    var_73 = wp::mul(var_71, var_72);
    // var_74 = wp::atomic_add(var_f, var_70, var_73);
    //---------
    // reverse
    wp::adj_atomic_add(var_f, var_70, var_73, adj_f, adj_70, adj_73, adj_74);
    wp::adj_mul(var_71, var_72, adj_71, adj_72, adj_73);
    wp::adj_add(var_49, var_54, adj_49, adj_54, adj_71);
    wp::adj_extract(var_2, var_69, adj_2, adj_69, adj_70);
    // adj: wp.atomic_add(f, idx[1], (f2 + f3) * 0.5)                                         <L 80>
    wp::adj_atomic_add(var_f, var_64, var_67, adj_f, adj_64, adj_67, adj_68);
    wp::adj_mul(var_65, var_66, adj_65, adj_66, adj_67);
    wp::adj_add(var_49, var_54, adj_49, adj_54, adj_65);
    wp::adj_extract(var_2, var_63, adj_2, adj_63, adj_64);
    // adj: wp.atomic_add(f, idx[0], (f2 + f3) * 0.5)                                         <L 79>
    wp::adj_atomic_add(var_f, var_60, var_61, adj_f, adj_60, adj_61, adj_62);
    wp::adj_neg(var_54, adj_54, adj_61);
    wp::adj_extract(var_2, var_59, adj_2, adj_59, adj_60);
    // adj: wp.atomic_add(f, idx[3], -f3)                                                     <L 78>
    wp::adj_atomic_add(var_f, var_56, var_57, adj_f, adj_56, adj_57, adj_58);
    wp::adj_neg(var_49, adj_49, adj_57);
    wp::adj_extract(var_2, var_55, adj_2, adj_55, adj_56);
    // adj: wp.atomic_add(f, idx[2], -f2)                                                     <L 77>
    wp::adj_mul(var_27, var_53, adj_27, adj_53, adj_54);
    wp::adj_div(var_50, var_52, var_53, adj_50, adj_52, adj_53);
    wp::adj_mul(var_51, var_26, adj_51, adj_26, adj_52);
    wp::adj_mul(var_44, var_35, adj_44, adj_35, adj_50);
    // adj: f3 = n2 * (c * el / (2.0 * a2))                                                   <L 76>
    wp::adj_mul(var_25, var_48, adj_25, adj_48, adj_49);
    wp::adj_div(var_45, var_47, var_48, adj_45, adj_47, adj_48);
    wp::adj_mul(var_46, var_24, adj_46, adj_24, adj_47);
    wp::adj_mul(var_44, var_35, adj_44, adj_35, adj_45);
    // adj: f2 = n1 * (c * el / (2.0 * a1))                                                   <L 75>
    wp::adj_div(var_42, var_43, var_44, adj_42, adj_43, adj_44);
    wp::adj_add(var_24, var_26, adj_24, adj_26, adj_43);
    wp::adj_mul(var_40, var_35, adj_40, adj_35, adj_42);
    wp::adj_mul(var_41, var_38, adj_36, adj_38, adj_40);
    wp::adj_sub(var_34, var_39, adj_34, adj_37, adj_38);
    wp::adj_address(var_rest_angle, var_0, adj_rest_angle, adj_0, adj_37);
    adj_params.bend_k += adj_36;
    // adj: c = params.bend_k * (theta - rest_angle[q]) * el / (a1 + a2)                      <L 74>
    wp::adj_length(var_33, var_35, adj_33, adj_35);
    // adj: el = wp.length(e)                                                                 <L 73>
    adj_dihedral_angle_0(var_25, var_27, var_33, adj_25, adj_27, adj_33, adj_34);
    // adj: theta = dihedral_angle(n1, n2, e)                                                 <L 72>
    wp::adj_sub(var_12, var_7, adj_12, adj_7, adj_33);
    // adj: e = x1 - x0                                                                       <L 71>
    if (var_28) {
        label0:;
        // adj: return                                                                        <L 70>
    }
    if (!var_28) {
    }
    // adj: if a1 == 0.0 or a2 == 0.0:                                                        <L 69>
    adj_tri_area_normal_0(var_12, var_7, var_22, var_26, var_27, adj_12, adj_7, adj_22, adj_26, adj_27);
    // adj: a2, n2 = tri_area_normal(x1, x0, x3)                                              <L 68>
    adj_tri_area_normal_0(var_7, var_12, var_17, var_24, var_25, adj_7, adj_12, adj_17, adj_24, adj_25);
    // adj: a1, n1 = tri_area_normal(x0, x1, x2)                                              <L 67>
    wp::adj_copy(var_23, adj_21, adj_22);
    wp::adj_address(var_x, var_20, adj_x, adj_20, adj_21);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
    // adj: x3 = x[idx[3]]                                                                    <L 66>
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_x, var_15, adj_x, adj_15, adj_16);
    wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
    // adj: x2 = x[idx[2]]                                                                    <L 65>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_x, var_10, adj_x, adj_10, adj_11);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    // adj: x1 = x[idx[1]]                                                                    <L 64>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_x, var_5, adj_x, adj_5, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: x0 = x[idx[0]]                                                                    <L 63>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_quads, var_0, adj_quads, adj_0, adj_1);
    // adj: idx = quads[q]                                                                    <L 62>
    // adj: q = wp.tid()                                                                      <L 61>
    // adj: def bending_forces(                                                               <L 54>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void bending_forces_17e1fd39_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bending_forces_17e1fd39 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bending_forces_17e1fd39_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void bending_forces_17e1fd39_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bending_forces_17e1fd39 *_wp_args,
    wp_args_bending_forces_17e1fd39 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bending_forces_17e1fd39_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_integrate_cloth_0c0acbd5 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> f;
    wp::array_t<wp::float32> inv_m;
    ClothParams_c973f98f params;
    wp::float32 dt;
};


void integrate_cloth_0c0acbd5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_cloth_0c0acbd5 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_inv_m = _wp_args->inv_m;
    ClothParams_c973f98f var_params = _wp_args->params;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32* var_23;
    bool var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    wp::float32* var_28;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 0;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.9;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    const wp::float32 var_39 = 0.0;
    wp::float32 var_40;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    const wp::float32 var_43 = 0.9;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    //---------
    // forward
    // def integrate_cloth(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), inv_m: wp.array(dtype=float), params: ClothParams, dt: float):       <L 84>
    // i = wp.tid()                                                                           <L 85>
    var_0 = builtin_tid1d();
    // w = inv_m[i]                                                                           <L 86>
    var_1 = wp::address(var_inv_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if w == 0.0:                                                                           <L 87>
    var_5 = (var_2 == var_4);
    if (var_5) {
        // f[i] = wp.vec3()                                                                   <L 88>
        var_6 = wp::vec_t<3, wp::float32>();
        wp::array_store(var_f, var_0, var_6);
        // return                                                                             <L 89>
        return;
    }
    // vel = v[i] + (f[i] * w + params.gravity) * dt                                          <L 90>
    var_7 = wp::address(var_v, var_0);
    var_8 = wp::address(var_f, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_2);
    var_11 = &((var_params).gravity);
    var_13 = wp::load(var_11);
    var_12 = wp::add(var_9, var_13);
    var_14 = wp::mul(var_12, var_dt);
    var_16 = wp::load(var_7);
    var_15 = wp::add(var_16, var_14);
    // pos = x[i] + vel * dt                                                                  <L 91>
    var_17 = wp::address(var_x, var_0);
    var_18 = wp::mul(var_15, var_dt);
    var_20 = wp::load(var_17);
    var_19 = wp::add(var_20, var_18);
    // if pos[1] < params.thickness:                                                          <L 92>
    var_22 = wp::extract(var_19, var_21);
    var_23 = &((var_params).thickness);
    var_25 = wp::load(var_23);
    var_24 = (var_22 < var_25);
    if (var_24) {
        // pos = wp.vec3(pos[0], params.thickness, pos[2])                                    <L 93>
        var_27 = wp::extract(var_19, var_26);
        var_28 = &((var_params).thickness);
        var_30 = wp::extract(var_19, var_29);
        var_32 = wp::load(var_28);
        var_31 = wp::vec_t<3, wp::float32>(var_27, var_32, var_30);
        // vel = wp.vec3(vel[0] * 0.9, wp.max(vel[1], 0.0), vel[2] * 0.9)                     <L 94>
        var_34 = wp::extract(var_15, var_33);
        var_36 = wp::mul(var_34, var_35);
        var_38 = wp::extract(var_15, var_37);
        var_40 = wp::max(var_38, var_39);
        var_42 = wp::extract(var_15, var_41);
        var_44 = wp::mul(var_42, var_43);
        var_45 = wp::vec_t<3, wp::float32>(var_36, var_40, var_44);
    }
    var_46 = wp::where(var_24, var_45, var_15);
    var_47 = wp::where(var_24, var_31, var_19);
    // x[i] = pos                                                                             <L 95>
    wp::array_store(var_x, var_0, var_47);
    // v[i] = vel                                                                             <L 96>
    wp::array_store(var_v, var_0, var_46);
    // f[i] = wp.vec3()                                                                       <L 97>
    var_48 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_f, var_0, var_48);
}



void integrate_cloth_0c0acbd5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_cloth_0c0acbd5 *_wp_args,
    wp_args_integrate_cloth_0c0acbd5 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_inv_m = _wp_args->inv_m;
    ClothParams_c973f98f var_params = _wp_args->params;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f = _wp_adj_args->f;
    wp::array_t<wp::float32> adj_inv_m = _wp_adj_args->inv_m;
    ClothParams_c973f98f adj_params = _wp_adj_args->params;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32* var_23;
    bool var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    wp::float32* var_28;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 0;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.9;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    const wp::float32 var_39 = 0.0;
    wp::float32 var_40;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    const wp::float32 var_43 = 0.9;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
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
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    //---------
    // forward
    // def integrate_cloth(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), inv_m: wp.array(dtype=float), params: ClothParams, dt: float):       <L 84>
    // i = wp.tid()                                                                           <L 85>
    var_0 = builtin_tid1d();
    // w = inv_m[i]                                                                           <L 86>
    var_1 = wp::address(var_inv_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if w == 0.0:                                                                           <L 87>
    var_5 = (var_2 == var_4);
    if (var_5) {
        // f[i] = wp.vec3()                                                                   <L 88>
        var_6 = wp::vec_t<3, wp::float32>();
        // wp::array_store(var_f, var_0, var_6);
        // return                                                                             <L 89>
        goto label0;
    }
    // vel = v[i] + (f[i] * w + params.gravity) * dt                                          <L 90>
    var_7 = wp::address(var_v, var_0);
    var_8 = wp::address(var_f, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_2);
    var_11 = &((var_params).gravity);
    var_13 = wp::load(var_11);
    var_12 = wp::add(var_9, var_13);
    var_14 = wp::mul(var_12, var_dt);
    var_16 = wp::load(var_7);
    var_15 = wp::add(var_16, var_14);
    // pos = x[i] + vel * dt                                                                  <L 91>
    var_17 = wp::address(var_x, var_0);
    var_18 = wp::mul(var_15, var_dt);
    var_20 = wp::load(var_17);
    var_19 = wp::add(var_20, var_18);
    // if pos[1] < params.thickness:                                                          <L 92>
    var_22 = wp::extract(var_19, var_21);
    var_23 = &((var_params).thickness);
    var_25 = wp::load(var_23);
    var_24 = (var_22 < var_25);
    if (var_24) {
        // pos = wp.vec3(pos[0], params.thickness, pos[2])                                    <L 93>
        var_27 = wp::extract(var_19, var_26);
        var_28 = &((var_params).thickness);
        var_30 = wp::extract(var_19, var_29);
        var_32 = wp::load(var_28);
        var_31 = wp::vec_t<3, wp::float32>(var_27, var_32, var_30);
        // vel = wp.vec3(vel[0] * 0.9, wp.max(vel[1], 0.0), vel[2] * 0.9)                     <L 94>
        var_34 = wp::extract(var_15, var_33);
        var_36 = wp::mul(var_34, var_35);
        var_38 = wp::extract(var_15, var_37);
        var_40 = wp::max(var_38, var_39);
        var_42 = wp::extract(var_15, var_41);
        var_44 = wp::mul(var_42, var_43);
        var_45 = wp::vec_t<3, wp::float32>(var_36, var_40, var_44);
    }
    var_46 = wp::where(var_24, var_45, var_15);
    var_47 = wp::where(var_24, var_31, var_19);
    // x[i] = pos                                                                             <L 95>
    // wp::array_store(var_x, var_0, var_47);
    // v[i] = vel                                                                             <L 96>
    // wp::array_store(var_v, var_0, var_46);
    // f[i] = wp.vec3()                                                                       <L 97>
    var_48 = wp::vec_t<3, wp::float32>();
    // wp::array_store(var_f, var_0, var_48);
    //---------
    // reverse
    wp::adj_array_store(var_f, var_0, var_48, adj_f, adj_0, adj_48);
    // adj: f[i] = wp.vec3()                                                                  <L 97>
    wp::adj_array_store(var_v, var_0, var_46, adj_v, adj_0, adj_46);
    // adj: v[i] = vel                                                                        <L 96>
    wp::adj_array_store(var_x, var_0, var_47, adj_x, adj_0, adj_47);
    // adj: x[i] = pos                                                                        <L 95>
    wp::adj_where(var_24, var_31, var_19, adj_24, adj_31, adj_19, adj_47);
    wp::adj_where(var_24, var_45, var_15, adj_24, adj_45, adj_15, adj_46);
    if (var_24) {
        wp::adj_vec_t(var_36, var_40, var_44, adj_36, adj_40, adj_44, adj_45);
        wp::adj_mul(var_42, var_43, adj_42, adj_43, adj_44);
        wp::adj_extract(var_15, var_41, adj_15, adj_41, adj_42);
        wp::adj_max(var_38, var_39, adj_38, adj_39, adj_40);
        wp::adj_extract(var_15, var_37, adj_15, adj_37, adj_38);
        wp::adj_mul(var_34, var_35, adj_34, adj_35, adj_36);
        wp::adj_extract(var_15, var_33, adj_15, adj_33, adj_34);
        // adj: vel = wp.vec3(vel[0] * 0.9, wp.max(vel[1], 0.0), vel[2] * 0.9)                <L 94>
        wp::adj_vec_t(var_27, var_32, var_30, adj_27, adj_28, adj_30, adj_31);
        wp::adj_extract(var_19, var_29, adj_19, adj_29, adj_30);
        adj_params.thickness += adj_28;
        wp::adj_extract(var_19, var_26, adj_19, adj_26, adj_27);
        // adj: pos = wp.vec3(pos[0], params.thickness, pos[2])                               <L 93>
    }
    adj_params.thickness += adj_23;
    wp::adj_extract(var_19, var_21, adj_19, adj_21, adj_22);
    // adj: if pos[1] < params.thickness:                                                     <L 92>
    wp::adj_add(var_20, var_18, adj_17, adj_18, adj_19);
    wp::adj_mul(var_15, var_dt, adj_15, adj_dt, adj_18);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_17);
    // adj: pos = x[i] + vel * dt                                                             <L 91>
    wp::adj_add(var_16, var_14, adj_7, adj_14, adj_15);
    wp::adj_mul(var_12, var_dt, adj_12, adj_dt, adj_14);
    wp::adj_add(var_9, var_13, adj_9, adj_11, adj_12);
    adj_params.gravity += adj_11;
    wp::adj_mul(var_10, var_2, adj_8, adj_2, adj_9);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_8);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_7);
    // adj: vel = v[i] + (f[i] * w + params.gravity) * dt                                     <L 90>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 89>
        wp::adj_array_store(var_f, var_0, var_6, adj_f, adj_0, adj_6);
        // adj: f[i] = wp.vec3()                                                              <L 88>
    }
    // adj: if w == 0.0:                                                                      <L 87>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_inv_m, var_0, adj_inv_m, adj_0, adj_1);
    // adj: w = inv_m[i]                                                                      <L 86>
    // adj: i = wp.tid()                                                                      <L 85>
    // adj: def integrate_cloth(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), inv_m: wp.array(dtype=float), params: ClothParams, dt: float):  <L 84>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void integrate_cloth_0c0acbd5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_cloth_0c0acbd5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_cloth_0c0acbd5_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_cloth_0c0acbd5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_cloth_0c0acbd5 *_wp_args,
    wp_args_integrate_cloth_0c0acbd5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_cloth_0c0acbd5_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_self_collide_brute_e9f302d9 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    ClothParams_c973f98f params;
    wp::array_t<wp::vec_t<3, wp::float32>> dx;
};


void self_collide_brute_e9f302d9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_self_collide_brute_e9f302d9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    ClothParams_c973f98f var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx = _wp_args->dx;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    bool var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    bool var_19;
    bool var_20;
    const wp::float32 var_21 = 1e-09;
    bool var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.5;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // forward
    // def self_collide_brute(x: wp.array(dtype=wp.vec3), params: ClothParams, dx: wp.array(dtype=wp.vec3)):       <L 101>
    // i = wp.tid()                                                                           <L 102>
    var_0 = builtin_tid1d();
    // n = x.shape[0]                                                                         <L 103>
    var_1 = &(var_x.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // d2 = 2.0 * params.thickness                                                            <L 104>
    var_6 = &((var_params).thickness);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    // corr = wp.vec3()                                                                       <L 105>
    var_9 = wp::vec_t<3, wp::float32>();
    // for j in range(n):                                                                     <L 106>
    var_10 = wp::range(var_3);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // if j == i:                                                                         <L 107>
        var_12 = (var_11 == var_0);
        if (var_12) {
            // continue                                                                       <L 108>
            goto start_for_0;
        }
        // r = x[i] - x[j]                                                                    <L 109>
        var_13 = wp::address(var_x, var_0);
        var_14 = wp::address(var_x, var_11);
        var_16 = wp::load(var_13);
        var_17 = wp::load(var_14);
        var_15 = wp::sub(var_16, var_17);
        // l = wp.length(r)                                                                   <L 110>
        var_18 = wp::length(var_15);
        // if l < d2 and l > 1.0e-9:                                                          <L 111>
        var_20 = (var_18 < var_7);
        var_19 = var_20;
        if (var_19) {
            var_22 = (var_18 > var_21);
            var_19 = var_19 && var_22;
        }
        if (var_19) {
            // corr += r * ((d2 - l) / l * 0.5)                                               <L 112>
            var_23 = wp::sub(var_7, var_18);
            var_24 = wp::div(var_23, var_18);
            var_26 = wp::mul(var_24, var_25);
            var_27 = wp::mul(var_15, var_26);
            var_28 = wp::add(var_9, var_27);
        }
        var_29 = wp::where(var_19, var_28, var_9);
        wp::assign(var_9, var_29);
        goto start_for_0;
    end_for_0:;
    // dx[i] = corr                                                                           <L 113>
    wp::array_store(var_dx, var_0, var_9);
}



void self_collide_brute_e9f302d9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_self_collide_brute_e9f302d9 *_wp_args,
    wp_args_self_collide_brute_e9f302d9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    ClothParams_c973f98f var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx = _wp_args->dx;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    ClothParams_c973f98f adj_params = _wp_adj_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dx = _wp_adj_args->dx;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    bool var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    bool var_19;
    bool var_20;
    const wp::float32 var_21 = 1e-09;
    bool var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.5;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    //---------
    // forward
    // def self_collide_brute(x: wp.array(dtype=wp.vec3), params: ClothParams, dx: wp.array(dtype=wp.vec3)):       <L 101>
    // i = wp.tid()                                                                           <L 102>
    var_0 = builtin_tid1d();
    // n = x.shape[0]                                                                         <L 103>
    var_1 = &(var_x.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // d2 = 2.0 * params.thickness                                                            <L 104>
    var_6 = &((var_params).thickness);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    // corr = wp.vec3()                                                                       <L 105>
    var_9 = wp::vec_t<3, wp::float32>();
    // for j in range(n):                                                                     <L 106>
    var_10 = wp::range(var_3);
    // dx[i] = corr                                                                           <L 113>
    // wp::array_store(var_dx, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_dx, var_0, var_9, adj_dx, adj_0, adj_9);
    // adj: dx[i] = corr                                                                      <L 113>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
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
        // if j == i:                                                                         <L 107>
        var_12 = (var_11 == var_0);
        if (var_12) {
            // continue                                                                       <L 108>
            goto start_for_0;
        }
        // r = x[i] - x[j]                                                                    <L 109>
        var_13 = wp::address(var_x, var_0);
        var_14 = wp::address(var_x, var_11);
        var_16 = wp::load(var_13);
        var_17 = wp::load(var_14);
        var_15 = wp::sub(var_16, var_17);
        // l = wp.length(r)                                                                   <L 110>
        var_18 = wp::length(var_15);
        // if l < d2 and l > 1.0e-9:                                                          <L 111>
        var_20 = (var_18 < var_7);
        var_19 = var_20;
        if (var_19) {
            var_22 = (var_18 > var_21);
            var_19 = var_19 && var_22;
        }
        if (var_19) {
            // corr += r * ((d2 - l) / l * 0.5)                                               <L 112>
            var_23 = wp::sub(var_7, var_18);
            var_24 = wp::div(var_23, var_18);
            var_26 = wp::mul(var_24, var_25);
            var_27 = wp::mul(var_15, var_26);
            var_28 = wp::add(var_9, var_27);
        }
        var_29 = wp::where(var_19, var_28, var_9);
        wp::assign(var_9, var_29);
        wp::adj_assign(var_9, var_29, adj_9, adj_29);
        wp::adj_where(var_19, var_28, var_9, adj_19, adj_28, adj_9, adj_29);
        if (var_19) {
            wp::adj_add(var_9, var_27, adj_9, adj_27, adj_28);
            wp::adj_mul(var_15, var_26, adj_15, adj_26, adj_27);
            wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
            wp::adj_div(var_23, var_18, var_24, adj_23, adj_18, adj_24);
            wp::adj_sub(var_7, var_18, adj_7, adj_18, adj_23);
            // adj: corr += r * ((d2 - l) / l * 0.5)                                          <L 112>
        }
        if (var_19) {
        }
        // adj: if l < d2 and l > 1.0e-9:                                                     <L 111>
        wp::adj_length(var_15, var_18, adj_15, adj_18);
        // adj: l = wp.length(r)                                                              <L 110>
        wp::adj_sub(var_16, var_17, adj_13, adj_14, adj_15);
        wp::adj_address(var_x, var_11, adj_x, adj_11, adj_14);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_13);
        // adj: r = x[i] - x[j]                                                               <L 109>
        if (var_12) {
            // adj: continue                                                                  <L 108>
        }
        // adj: if j == i:                                                                    <L 107>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in range(n):                                                                <L 106>
    // adj: corr = wp.vec3()                                                                  <L 105>
    wp::adj_mul(var_5, var_8, adj_5, adj_6, adj_7);
    adj_params.thickness += adj_6;
    // adj: d2 = 2.0 * params.thickness                                                       <L 104>
    adj_x.shape = adj_1;
    // adj: n = x.shape[0]                                                                    <L 103>
    // adj: i = wp.tid()                                                                      <L 102>
    // adj: def self_collide_brute(x: wp.array(dtype=wp.vec3), params: ClothParams, dx: wp.array(dtype=wp.vec3)):  <L 101>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void self_collide_brute_e9f302d9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_self_collide_brute_e9f302d9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        self_collide_brute_e9f302d9_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void self_collide_brute_e9f302d9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_self_collide_brute_e9f302d9 *_wp_args,
    wp_args_self_collide_brute_e9f302d9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        self_collide_brute_e9f302d9_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

