
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

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


struct Spring_7068644f
{
    wp::int32 i;
    wp::int32 j;
    wp::float32 rest;
    wp::float32 stiffness;


    Spring_7068644f() = default;
    CUDA_CALLABLE Spring_7068644f(wp::int32 const& i,
    wp::int32 const& j = {},
    wp::float32 const& rest = {},
    wp::float32 const& stiffness = {})
        : i{i}
        , j{j}
        , rest{rest}
        , stiffness{stiffness}

    {
    }

    CUDA_CALLABLE Spring_7068644f& operator += (const Spring_7068644f& rhs)
    {    i += rhs.i;
    j += rhs.j;
    rest += rhs.rest;
    stiffness += rhs.stiffness;

        return *this;}

};

static CUDA_CALLABLE void adj_Spring_7068644f(wp::int32 const&,
    wp::int32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float32 & adj_rest,
    wp::float32 & adj_stiffness,
    Spring_7068644f & adj_ret)
{
    adj_i += adj_ret.i;
    adj_j += adj_ret.j;
    adj_rest += adj_ret.rest;
    adj_stiffness += adj_ret.stiffness;
}

// Required when compiling adjoints.
CUDA_CALLABLE Spring_7068644f add(const Spring_7068644f& a, const Spring_7068644f& b)
{
    return Spring_7068644f();
}

CUDA_CALLABLE void adj_atomic_add(Spring_7068644f* p, Spring_7068644f t)
{
    wp::adj_atomic_add(&p->i, t.i);
    wp::adj_atomic_add(&p->j, t.j);
    wp::adj_atomic_add(&p->rest, t.rest);
    wp::adj_atomic_add(&p->stiffness, t.stiffness);
}



// corpus/176_plain_import_warp_springs.py:12
static wp::vec_t<3, wp::float32> spring_force_0(
    wp::vec_t<3, wp::float32> var_xi,
    wp::vec_t<3, wp::float32> var_xj,
    wp::vec_t<3, wp::float32> var_vi,
    wp::vec_t<3, wp::float32> var_vj,
    Spring_7068644f var_s,
    wp::float32 var_damping)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1e-09;
    bool var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    //---------
    // forward
    // def spring_force(xi: warp.vec3, xj: warp.vec3, vi: warp.vec3, vj: warp.vec3, s: Spring, damping: float) -> warp.vec3:       <L 13>
    // d = xj - xi                                                                            <L 14>
    var_0 = wp::sub(var_xj, var_xi);
    // l = warp.length(d)                                                                     <L 15>
    var_1 = wp::length(var_0);
    // if l < 1.0e-9:                                                                         <L 16>
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return warp.vec3()                                                                 <L 17>
        var_4 = wp::vec_t<3, wp::float32>();
        return var_4;
    }
    // n = d / l                                                                              <L 18>
    var_5 = wp::div(var_0, var_1);
    // c = l - s.rest                                                                         <L 19>
    var_6 = &(var_s.rest);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_1, var_8);
    // rel = warp.dot(vj - vi, n)                                                             <L 20>
    var_9 = wp::sub(var_vj, var_vi);
    var_10 = wp::dot(var_9, var_5);
    // return n * (s.stiffness * c + damping * rel)                                           <L 21>
    var_11 = &(var_s.stiffness);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_13, var_7);
    var_14 = wp::mul(var_damping, var_10);
    var_15 = wp::add(var_12, var_14);
    var_16 = wp::mul(var_5, var_15);
    return var_16;
}


// corpus/176_plain_import_warp_springs.py:12
static void adj_spring_force_0(
    wp::vec_t<3, wp::float32> var_xi,
    wp::vec_t<3, wp::float32> var_xj,
    wp::vec_t<3, wp::float32> var_vi,
    wp::vec_t<3, wp::float32> var_vj,
    Spring_7068644f var_s,
    wp::float32 var_damping,
    wp::vec_t<3, wp::float32> & adj_xi,
    wp::vec_t<3, wp::float32> & adj_xj,
    wp::vec_t<3, wp::float32> & adj_vi,
    wp::vec_t<3, wp::float32> & adj_vj,
    Spring_7068644f & adj_s,
    wp::float32 & adj_damping,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1e-09;
    bool var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    //---------
    // forward
    // def spring_force(xi: warp.vec3, xj: warp.vec3, vi: warp.vec3, vj: warp.vec3, s: Spring, damping: float) -> warp.vec3:       <L 13>
    // d = xj - xi                                                                            <L 14>
    var_0 = wp::sub(var_xj, var_xi);
    // l = warp.length(d)                                                                     <L 15>
    var_1 = wp::length(var_0);
    // if l < 1.0e-9:                                                                         <L 16>
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return warp.vec3()                                                                 <L 17>
        var_4 = wp::vec_t<3, wp::float32>();
        goto label0;
    }
    // n = d / l                                                                              <L 18>
    var_5 = wp::div(var_0, var_1);
    // c = l - s.rest                                                                         <L 19>
    var_6 = &(var_s.rest);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_1, var_8);
    // rel = warp.dot(vj - vi, n)                                                             <L 20>
    var_9 = wp::sub(var_vj, var_vi);
    var_10 = wp::dot(var_9, var_5);
    // return n * (s.stiffness * c + damping * rel)                                           <L 21>
    var_11 = &(var_s.stiffness);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_13, var_7);
    var_14 = wp::mul(var_damping, var_10);
    var_15 = wp::add(var_12, var_14);
    var_16 = wp::mul(var_5, var_15);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_16 += adj_ret;
    wp::adj_mul(var_5, var_15, adj_5, adj_15, adj_16);
    wp::adj_add(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_mul(var_damping, var_10, adj_damping, adj_10, adj_14);
    wp::adj_mul(var_13, var_7, adj_11, adj_7, adj_12);
    adj_s.stiffness += adj_11;
    // adj: return n * (s.stiffness * c + damping * rel)                                      <L 21>
    wp::adj_dot(var_9, var_5, adj_9, adj_5, adj_10);
    wp::adj_sub(var_vj, var_vi, adj_vj, adj_vi, adj_9);
    // adj: rel = warp.dot(vj - vi, n)                                                        <L 20>
    wp::adj_sub(var_1, var_8, adj_1, adj_6, adj_7);
    adj_s.rest += adj_6;
    // adj: c = l - s.rest                                                                    <L 19>
    wp::adj_div(var_0, var_1, adj_0, adj_1, adj_5);
    // adj: n = d / l                                                                         <L 18>
    if (var_3) {
        label0:;
        adj_4 += adj_ret;
        // adj: return warp.vec3()                                                            <L 17>
    }
    // adj: if l < 1.0e-9:                                                                    <L 16>
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    // adj: l = warp.length(d)                                                                <L 15>
    wp::adj_sub(var_xj, var_xi, adj_xj, adj_xi, adj_0);
    // adj: d = xj - xi                                                                       <L 14>
    // adj: def spring_force(xi: warp.vec3, xj: warp.vec3, vi: warp.vec3, vj: warp.vec3, s: Spring, damping: float) -> warp.vec3:  <L 13>
    return;
}

struct wp_args_eval_springs_6d92dd9f {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<Spring_7068644f> springs;
    wp::float32 damping;
    wp::array_t<wp::vec_t<3, wp::float32>> f;
};


void eval_springs_6d92dd9f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_eval_springs_6d92dd9f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<Spring_7068644f> var_springs = _wp_args->springs;
    wp::float32 var_damping = _wp_args->damping;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    Spring_7068644f* var_1;
    Spring_7068644f var_2;
    Spring_7068644f var_3;
    wp::int32* var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::int32 var_9;
    wp::int32* var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::int32 var_12;
    wp::int32* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::int32* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::int32 var_23;
    wp::int32* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::int32 var_26;
    //---------
    // forward
    // def eval_springs(x: warp.array(dtype=warp.vec3), v: warp.array(dtype=warp.vec3), springs: warp.array(dtype=Spring), damping: float, f: warp.array(dtype=warp.vec3)):       <L 25>
    // tid = warp.tid()                                                                       <L 26>
    var_0 = builtin_tid1d();
    // s = springs[tid]                                                                       <L 27>
    var_1 = wp::address(var_springs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // fs = spring_force(x[s.i], x[s.j], v[s.i], v[s.j], s, damping)                          <L 28>
    var_4 = &(var_2.i);
    var_6 = wp::load(var_4);
    var_5 = wp::address(var_x, var_6);
    var_7 = &(var_2.j);
    var_9 = wp::load(var_7);
    var_8 = wp::address(var_x, var_9);
    var_10 = &(var_2.i);
    var_12 = wp::load(var_10);
    var_11 = wp::address(var_v, var_12);
    var_13 = &(var_2.j);
    var_15 = wp::load(var_13);
    var_14 = wp::address(var_v, var_15);
    var_17 = wp::load(var_5);
    var_18 = wp::load(var_8);
    var_19 = wp::load(var_11);
    var_20 = wp::load(var_14);
    var_16 = spring_force_0(var_17, var_18, var_19, var_20, var_2, var_damping);
    // warp.atomic_add(f, s.i, fs)                                                            <L 29>
    var_21 = &(var_2.i);
    var_23 = wp::load(var_21);
    var_22 = wp::atomic_add(var_f, var_23, var_16);
    // warp.atomic_sub(f, s.j, fs)                                                            <L 30>
    var_24 = &(var_2.j);
    var_26 = wp::load(var_24);
    var_25 = wp::atomic_sub(var_f, var_26, var_16);
}



void eval_springs_6d92dd9f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_eval_springs_6d92dd9f *_wp_args,
    wp_args_eval_springs_6d92dd9f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<Spring_7068644f> var_springs = _wp_args->springs;
    wp::float32 var_damping = _wp_args->damping;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<Spring_7068644f> adj_springs = _wp_adj_args->springs;
    wp::float32 adj_damping = _wp_adj_args->damping;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f = _wp_adj_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    Spring_7068644f* var_1;
    Spring_7068644f var_2;
    Spring_7068644f var_3;
    wp::int32* var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::int32 var_9;
    wp::int32* var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::int32 var_12;
    wp::int32* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::int32* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::int32 var_23;
    wp::int32* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::int32 var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Spring_7068644f adj_1 = {};
    Spring_7068644f adj_2 = {};
    Spring_7068644f adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    //---------
    // forward
    // def eval_springs(x: warp.array(dtype=warp.vec3), v: warp.array(dtype=warp.vec3), springs: warp.array(dtype=Spring), damping: float, f: warp.array(dtype=warp.vec3)):       <L 25>
    // tid = warp.tid()                                                                       <L 26>
    var_0 = builtin_tid1d();
    // s = springs[tid]                                                                       <L 27>
    var_1 = wp::address(var_springs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // fs = spring_force(x[s.i], x[s.j], v[s.i], v[s.j], s, damping)                          <L 28>
    var_4 = &(var_2.i);
    var_6 = wp::load(var_4);
    var_5 = wp::address(var_x, var_6);
    var_7 = &(var_2.j);
    var_9 = wp::load(var_7);
    var_8 = wp::address(var_x, var_9);
    var_10 = &(var_2.i);
    var_12 = wp::load(var_10);
    var_11 = wp::address(var_v, var_12);
    var_13 = &(var_2.j);
    var_15 = wp::load(var_13);
    var_14 = wp::address(var_v, var_15);
    var_17 = wp::load(var_5);
    var_18 = wp::load(var_8);
    var_19 = wp::load(var_11);
    var_20 = wp::load(var_14);
    var_16 = spring_force_0(var_17, var_18, var_19, var_20, var_2, var_damping);
    // warp.atomic_add(f, s.i, fs)                                                            <L 29>
    var_21 = &(var_2.i);
    var_23 = wp::load(var_21);
    // var_22 = wp::atomic_add(var_f, var_23, var_16);
    // warp.atomic_sub(f, s.j, fs)                                                            <L 30>
    var_24 = &(var_2.j);
    var_26 = wp::load(var_24);
    // var_25 = wp::atomic_sub(var_f, var_26, var_16);
    //---------
    // reverse
    wp::adj_atomic_sub(var_f, var_26, var_16, adj_f, adj_24, adj_16, adj_25);
    adj_2.j = adj_24;
    // adj: warp.atomic_sub(f, s.j, fs)                                                       <L 30>
    wp::adj_atomic_add(var_f, var_23, var_16, adj_f, adj_21, adj_16, adj_22);
    adj_2.i = adj_21;
    // adj: warp.atomic_add(f, s.i, fs)                                                       <L 29>
    adj_spring_force_0(var_17, var_18, var_19, var_20, var_2, var_damping, adj_5, adj_8, adj_11, adj_14, adj_2, adj_damping, adj_16);
    wp::adj_address(var_v, var_15, adj_v, adj_13, adj_14);
    adj_2.j = adj_13;
    wp::adj_address(var_v, var_12, adj_v, adj_10, adj_11);
    adj_2.i = adj_10;
    wp::adj_address(var_x, var_9, adj_x, adj_7, adj_8);
    adj_2.j = adj_7;
    wp::adj_address(var_x, var_6, adj_x, adj_4, adj_5);
    adj_2.i = adj_4;
    // adj: fs = spring_force(x[s.i], x[s.j], v[s.i], v[s.j], s, damping)                     <L 28>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_springs, var_0, adj_springs, adj_0, adj_1);
    // adj: s = springs[tid]                                                                  <L 27>
    // adj: tid = warp.tid()                                                                  <L 26>
    // adj: def eval_springs(x: warp.array(dtype=warp.vec3), v: warp.array(dtype=warp.vec3), springs: warp.array(dtype=Spring), damping: float, f: warp.array(dtype=warp.vec3)):  <L 25>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void eval_springs_6d92dd9f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_eval_springs_6d92dd9f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        eval_springs_6d92dd9f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void eval_springs_6d92dd9f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_eval_springs_6d92dd9f *_wp_args,
    wp_args_eval_springs_6d92dd9f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        eval_springs_6d92dd9f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_symplectic_euler_7c1b4c19 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> f;
    wp::array_t<wp::float32> inv_mass;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 dt;
};


void symplectic_euler_7c1b4c19_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_symplectic_euler_7c1b4c19 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    //---------
    // forward
    // def symplectic_euler(x: warp.array(dtype=warp.vec3), v: warp.array(dtype=warp.vec3), f: warp.array(dtype=warp.vec3), inv_mass: warp.array(dtype=float), gravity: warp.vec3, dt: float):       <L 34>
    // tid = warp.tid()                                                                       <L 35>
    var_0 = builtin_tid1d();
    // w = inv_mass[tid]                                                                      <L 36>
    var_1 = wp::address(var_inv_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if w > 0.0:                                                                            <L 37>
    var_5 = (var_2 > var_4);
    if (var_5) {
        // v[tid] = v[tid] + (f[tid] * w + gravity) * dt                                      <L 38>
        var_6 = wp::address(var_v, var_0);
        var_7 = wp::address(var_f, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_9, var_2);
        var_10 = wp::add(var_8, var_gravity);
        var_11 = wp::mul(var_10, var_dt);
        var_13 = wp::load(var_6);
        var_12 = wp::add(var_13, var_11);
        wp::array_store(var_v, var_0, var_12);
        // x[tid] = x[tid] + v[tid] * dt                                                      <L 39>
        var_14 = wp::address(var_x, var_0);
        var_15 = wp::address(var_v, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_17, var_dt);
        var_19 = wp::load(var_14);
        var_18 = wp::add(var_19, var_16);
        wp::array_store(var_x, var_0, var_18);
    }
    // f[tid] = warp.vec3()                                                                   <L 40>
    var_20 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_f, var_0, var_20);
}



void symplectic_euler_7c1b4c19_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_symplectic_euler_7c1b4c19 *_wp_args,
    wp_args_symplectic_euler_7c1b4c19 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f = _wp_adj_args->f;
    wp::array_t<wp::float32> adj_inv_mass = _wp_adj_args->inv_mass;
    wp::vec_t<3, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
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
    //---------
    // forward
    // def symplectic_euler(x: warp.array(dtype=warp.vec3), v: warp.array(dtype=warp.vec3), f: warp.array(dtype=warp.vec3), inv_mass: warp.array(dtype=float), gravity: warp.vec3, dt: float):       <L 34>
    // tid = warp.tid()                                                                       <L 35>
    var_0 = builtin_tid1d();
    // w = inv_mass[tid]                                                                      <L 36>
    var_1 = wp::address(var_inv_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if w > 0.0:                                                                            <L 37>
    var_5 = (var_2 > var_4);
    if (var_5) {
        // v[tid] = v[tid] + (f[tid] * w + gravity) * dt                                      <L 38>
        var_6 = wp::address(var_v, var_0);
        var_7 = wp::address(var_f, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_9, var_2);
        var_10 = wp::add(var_8, var_gravity);
        var_11 = wp::mul(var_10, var_dt);
        var_13 = wp::load(var_6);
        var_12 = wp::add(var_13, var_11);
        // wp::array_store(var_v, var_0, var_12);
        // x[tid] = x[tid] + v[tid] * dt                                                      <L 39>
        var_14 = wp::address(var_x, var_0);
        var_15 = wp::address(var_v, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_17, var_dt);
        var_19 = wp::load(var_14);
        var_18 = wp::add(var_19, var_16);
        // wp::array_store(var_x, var_0, var_18);
    }
    // f[tid] = warp.vec3()                                                                   <L 40>
    var_20 = wp::vec_t<3, wp::float32>();
    // wp::array_store(var_f, var_0, var_20);
    //---------
    // reverse
    wp::adj_array_store(var_f, var_0, var_20, adj_f, adj_0, adj_20);
    // adj: f[tid] = warp.vec3()                                                              <L 40>
    if (var_5) {
        wp::adj_array_store(var_x, var_0, var_18, adj_x, adj_0, adj_18);
        wp::adj_add(var_19, var_16, adj_14, adj_16, adj_18);
        wp::adj_mul(var_17, var_dt, adj_15, adj_dt, adj_16);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_15);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_14);
        // adj: x[tid] = x[tid] + v[tid] * dt                                                 <L 39>
        wp::adj_array_store(var_v, var_0, var_12, adj_v, adj_0, adj_12);
        wp::adj_add(var_13, var_11, adj_6, adj_11, adj_12);
        wp::adj_mul(var_10, var_dt, adj_10, adj_dt, adj_11);
        wp::adj_add(var_8, var_gravity, adj_8, adj_gravity, adj_10);
        wp::adj_mul(var_9, var_2, adj_7, adj_2, adj_8);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_7);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_6);
        // adj: v[tid] = v[tid] + (f[tid] * w + gravity) * dt                                 <L 38>
    }
    // adj: if w > 0.0:                                                                       <L 37>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_1);
    // adj: w = inv_mass[tid]                                                                 <L 36>
    // adj: tid = warp.tid()                                                                  <L 35>
    // adj: def symplectic_euler(x: warp.array(dtype=warp.vec3), v: warp.array(dtype=warp.vec3), f: warp.array(dtype=warp.vec3), inv_mass: warp.array(dtype=float), gravity: warp.vec3, dt: float):  <L 34>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void symplectic_euler_7c1b4c19_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_symplectic_euler_7c1b4c19 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        symplectic_euler_7c1b4c19_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void symplectic_euler_7c1b4c19_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_symplectic_euler_7c1b4c19 *_wp_args,
    wp_args_symplectic_euler_7c1b4c19 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        symplectic_euler_7c1b4c19_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_spring_lengths_6ad1348c {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<Spring_7068644f> springs;
    wp::array_t<wp::float32> strain;
    wp::array_t<wp::float32> max_strain;
};


void spring_lengths_6ad1348c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_spring_lengths_6ad1348c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<Spring_7068644f> var_springs = _wp_args->springs;
    wp::array_t<wp::float32> var_strain = _wp_args->strain;
    wp::array_t<wp::float32> var_max_strain = _wp_args->max_strain;
    //---------
    // primal vars
    wp::int32 var_0;
    Spring_7068644f* var_1;
    Spring_7068644f var_2;
    Spring_7068644f var_3;
    wp::int32* var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // forward
    // def spring_lengths(x: warp.array(dtype=warp.vec3), springs: warp.array(dtype=Spring), strain: warp.array(dtype=float), max_strain: warp.array(dtype=float)):       <L 44>
    // tid = warp.tid()                                                                       <L 45>
    var_0 = builtin_tid1d();
    // s = springs[tid]                                                                       <L 46>
    var_1 = wp::address(var_springs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // l = warp.length(x[s.j] - x[s.i])                                                       <L 47>
    var_4 = &(var_2.j);
    var_6 = wp::load(var_4);
    var_5 = wp::address(var_x, var_6);
    var_7 = &(var_2.i);
    var_9 = wp::load(var_7);
    var_8 = wp::address(var_x, var_9);
    var_11 = wp::load(var_5);
    var_12 = wp::load(var_8);
    var_10 = wp::sub(var_11, var_12);
    var_13 = wp::length(var_10);
    // e = (l - s.rest) / s.rest                                                              <L 48>
    var_14 = &(var_2.rest);
    var_16 = wp::load(var_14);
    var_15 = wp::sub(var_13, var_16);
    var_17 = &(var_2.rest);
    var_19 = wp::load(var_17);
    var_18 = wp::div(var_15, var_19);
    // strain[tid] = e                                                                        <L 49>
    wp::array_store(var_strain, var_0, var_18);
    // warp.atomic_max(max_strain, 0, warp.abs(e))                                            <L 50>
    var_21 = wp::abs(var_18);
    var_22 = wp::atomic_max(var_max_strain, var_20, var_21);
}



extern "C" {

// Python CPU entry points
WP_API void spring_lengths_6ad1348c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_spring_lengths_6ad1348c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        spring_lengths_6ad1348c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_tear_springs_7b2dc35a {
    wp::array_t<Spring_7068644f> springs;
    wp::array_t<wp::float32> strain;
    wp::float32 limit;
    wp::array_t<wp::int32> torn;
};


void tear_springs_7b2dc35a_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_tear_springs_7b2dc35a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Spring_7068644f> var_springs = _wp_args->springs;
    wp::array_t<wp::float32> var_strain = _wp_args->strain;
    wp::float32 var_limit = _wp_args->limit;
    wp::array_t<wp::int32> var_torn = _wp_args->torn;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    bool var_2;
    wp::float32 var_3;
    Spring_7068644f* var_4;
    Spring_7068644f var_5;
    Spring_7068644f var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32* var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // forward
    // def tear_springs(springs: warp.array(dtype=Spring), strain: warp.array(dtype=float), limit: float, torn: warp.array(dtype=int)):       <L 54>
    // tid = warp.tid()                                                                       <L 55>
    var_0 = builtin_tid1d();
    // if strain[tid] > limit:                                                                <L 56>
    var_1 = wp::address(var_strain, var_0);
    var_3 = wp::load(var_1);
    var_2 = (var_3 > var_limit);
    if (var_2) {
        // s = springs[tid]                                                                   <L 57>
        var_4 = wp::address(var_springs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // s.stiffness = 0.0                                                                  <L 58>
        var_8 = &(var_5.stiffness);
        wp::store(var_8, var_7);
        // springs[tid] = s                                                                   <L 59>
        wp::array_store(var_springs, var_0, var_5);
        // warp.atomic_add(torn, 0, 1)                                                        <L 60>
        var_11 = wp::atomic_add(var_torn, var_9, var_10);
    }
}



void tear_springs_7b2dc35a_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_tear_springs_7b2dc35a *_wp_args,
    wp_args_tear_springs_7b2dc35a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Spring_7068644f> var_springs = _wp_args->springs;
    wp::array_t<wp::float32> var_strain = _wp_args->strain;
    wp::float32 var_limit = _wp_args->limit;
    wp::array_t<wp::int32> var_torn = _wp_args->torn;
    wp::array_t<Spring_7068644f> adj_springs = _wp_adj_args->springs;
    wp::array_t<wp::float32> adj_strain = _wp_adj_args->strain;
    wp::float32 adj_limit = _wp_adj_args->limit;
    wp::array_t<wp::int32> adj_torn = _wp_adj_args->torn;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    bool var_2;
    wp::float32 var_3;
    Spring_7068644f* var_4;
    Spring_7068644f var_5;
    Spring_7068644f var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32* var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    Spring_7068644f adj_4 = {};
    Spring_7068644f adj_5 = {};
    Spring_7068644f adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    //---------
    // forward
    // def tear_springs(springs: warp.array(dtype=Spring), strain: warp.array(dtype=float), limit: float, torn: warp.array(dtype=int)):       <L 54>
    // tid = warp.tid()                                                                       <L 55>
    var_0 = builtin_tid1d();
    // if strain[tid] > limit:                                                                <L 56>
    var_1 = wp::address(var_strain, var_0);
    var_3 = wp::load(var_1);
    var_2 = (var_3 > var_limit);
    if (var_2) {
        // s = springs[tid]                                                                   <L 57>
        var_4 = wp::address(var_springs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // s.stiffness = 0.0                                                                  <L 58>
        var_8 = &(var_5.stiffness);
        // wp::store(var_8, var_7);
        // springs[tid] = s                                                                   <L 59>
        // wp::array_store(var_springs, var_0, var_5);
        // warp.atomic_add(torn, 0, 1)                                                        <L 60>
        // var_11 = wp::atomic_add(var_torn, var_9, var_10);
    }
    //---------
    // reverse
    if (var_2) {
        wp::adj_atomic_add(var_torn, var_9, var_10, adj_torn, adj_9, adj_10, adj_11);
        // adj: warp.atomic_add(torn, 0, 1)                                                   <L 60>
        wp::adj_array_store(var_springs, var_0, var_5, adj_springs, adj_0, adj_5);
        // adj: springs[tid] = s                                                              <L 59>
        adj_5.stiffness += adj_8;
        // adj: s.stiffness = 0.0                                                             <L 58>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_springs, var_0, adj_springs, adj_0, adj_4);
        // adj: s = springs[tid]                                                              <L 57>
    }
    wp::adj_address(var_strain, var_0, adj_strain, adj_0, adj_1);
    // adj: if strain[tid] > limit:                                                           <L 56>
    // adj: tid = warp.tid()                                                                  <L 55>
    // adj: def tear_springs(springs: warp.array(dtype=Spring), strain: warp.array(dtype=float), limit: float, torn: warp.array(dtype=int)):  <L 54>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void tear_springs_7b2dc35a_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_tear_springs_7b2dc35a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        tear_springs_7b2dc35a_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void tear_springs_7b2dc35a_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_tear_springs_7b2dc35a *_wp_args,
    wp_args_tear_springs_7b2dc35a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        tear_springs_7b2dc35a_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

