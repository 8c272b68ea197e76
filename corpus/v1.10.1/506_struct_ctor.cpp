
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


struct Hit_0b5d32d6
{
    wp::float32 t;
    wp::vec_t<3, wp::float32> normal;
    bool valid;


    Hit_0b5d32d6() = default;
    CUDA_CALLABLE Hit_0b5d32d6(wp::float32 const& t,
    wp::vec_t<3, wp::float32> const& normal = {},
    bool const& valid = {})
        : t{t}
        , normal{normal}
        , valid{valid}

    {
    }

    CUDA_CALLABLE Hit_0b5d32d6& operator += (const Hit_0b5d32d6& rhs)
    {    t += rhs.t;
    normal += rhs.normal;
    valid += rhs.valid;

        return *this;}

};

static CUDA_CALLABLE void adj_Hit_0b5d32d6(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    bool const&,
    wp::float32 & adj_t,
    wp::vec_t<3, wp::float32> & adj_normal,
    bool & adj_valid,
    Hit_0b5d32d6 & adj_ret)
{
    adj_t += adj_ret.t;
    adj_normal += adj_ret.normal;
    adj_valid += adj_ret.valid;
}

// Required when compiling adjoints.
CUDA_CALLABLE Hit_0b5d32d6 add(const Hit_0b5d32d6& a, const Hit_0b5d32d6& b)
{
    return Hit_0b5d32d6();
}

CUDA_CALLABLE void adj_atomic_add(Hit_0b5d32d6* p, Hit_0b5d32d6 t)
{
    wp::adj_atomic_add(&p->t, t.t);
    wp::adj_atomic_add(&p->normal, t.normal);
    wp::adj_atomic_add(&p->valid, t.valid);
}



// corpus/506_struct_ctor.py:11
static Hit_0b5d32d6 make_hit_0(
    wp::float32 var_t,
    wp::vec_t<3, wp::float32> var_n)
{
    //---------
    // primal vars
    const bool var_0 = true;
    Hit_0b5d32d6 var_1;
    //---------
    // forward
    // def make_hit(t: float, n: wp.vec3) -> Hit:                                             <L 12>
    // return Hit(t, n, True)                                                                 <L 13>
    var_1 = Hit_0b5d32d6(var_t, var_n, var_0);
    return var_1;
}


// corpus/506_struct_ctor.py:11
static void adj_make_hit_0(
    wp::float32 var_t,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 & adj_t,
    wp::vec_t<3, wp::float32> & adj_n,
    Hit_0b5d32d6 & adj_ret)
{
    //---------
    // primal vars
    const bool var_0 = true;
    Hit_0b5d32d6 var_1;
    //---------
    // dual vars
    bool adj_0 = {};
    Hit_0b5d32d6 adj_1 = {};
    //---------
    // forward
    // def make_hit(t: float, n: wp.vec3) -> Hit:                                             <L 12>
    // return Hit(t, n, True)                                                                 <L 13>
    var_1 = Hit_0b5d32d6(var_t, var_n, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    adj_Hit_0b5d32d6(var_t, var_n, var_0, adj_t, adj_n, adj_0, adj_1);
    // adj: return Hit(t, n, True)                                                            <L 13>
    // adj: def make_hit(t: float, n: wp.vec3) -> Hit:                                        <L 12>
    return;
}

struct wp_args_ctor_df38da37 {
    wp::array_t<wp::float32> ts;
    wp::array_t<Hit_0b5d32d6> out;
};


void ctor_df38da37_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_ctor_df38da37 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_ts = _wp_args->ts;
    wp::array_t<Hit_0b5d32d6> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 1.0;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    Hit_0b5d32d6 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.0;
    const wp::float32 var_9 = 1.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    const bool var_13 = false;
    Hit_0b5d32d6 var_14;
    wp::float32* var_15;
    wp::float32* var_16;
    bool var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    //---------
    // forward
    // def ctor(ts: wp.array(dtype=float), out: wp.array(dtype=Hit)):                         <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // h = make_hit(ts[i], wp.vec3(0.0, 1.0, 0.0))                                            <L 19>
    var_1 = wp::address(var_ts, var_0);
    var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
    var_7 = wp::load(var_1);
    var_6 = make_hit_0(var_7, var_5);
    // h2 = Hit(t=2.0, normal=wp.vec3(1.0, 0.0, 0.0), valid=False)                            <L 20>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    var_14 = Hit_0b5d32d6(var_8, var_12, var_13);
    // if h.t > h2.t:                                                                         <L 21>
    var_15 = &(var_6.t);
    var_16 = &(var_14.t);
    var_18 = wp::load(var_15);
    var_19 = wp::load(var_16);
    var_17 = (var_18 > var_19);
    if (var_17) {
        // out[i] = h                                                                         <L 22>
        wp::array_store(var_out, var_0, var_6);
    }
    if (!var_17) {
        // out[i] = h2                                                                        <L 24>
        wp::array_store(var_out, var_0, var_14);
    }
}



void ctor_df38da37_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_ctor_df38da37 *_wp_args,
    wp_args_ctor_df38da37 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_ts = _wp_args->ts;
    wp::array_t<Hit_0b5d32d6> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_ts = _wp_adj_args->ts;
    wp::array_t<Hit_0b5d32d6> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    const wp::float32 var_3 = 1.0;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    Hit_0b5d32d6 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.0;
    const wp::float32 var_9 = 1.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    const bool var_13 = false;
    Hit_0b5d32d6 var_14;
    wp::float32* var_15;
    wp::float32* var_16;
    bool var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    Hit_0b5d32d6 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    bool adj_13 = {};
    Hit_0b5d32d6 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    //---------
    // forward
    // def ctor(ts: wp.array(dtype=float), out: wp.array(dtype=Hit)):                         <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // h = make_hit(ts[i], wp.vec3(0.0, 1.0, 0.0))                                            <L 19>
    var_1 = wp::address(var_ts, var_0);
    var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
    var_7 = wp::load(var_1);
    var_6 = make_hit_0(var_7, var_5);
    // h2 = Hit(t=2.0, normal=wp.vec3(1.0, 0.0, 0.0), valid=False)                            <L 20>
    var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
    var_14 = Hit_0b5d32d6(var_8, var_12, var_13);
    // if h.t > h2.t:                                                                         <L 21>
    var_15 = &(var_6.t);
    var_16 = &(var_14.t);
    var_18 = wp::load(var_15);
    var_19 = wp::load(var_16);
    var_17 = (var_18 > var_19);
    if (var_17) {
        // out[i] = h                                                                         <L 22>
        // wp::array_store(var_out, var_0, var_6);
    }
    if (!var_17) {
        // out[i] = h2                                                                        <L 24>
        // wp::array_store(var_out, var_0, var_14);
    }
    //---------
    // reverse
    if (!var_17) {
        wp::adj_array_store(var_out, var_0, var_14, adj_out, adj_0, adj_14);
        // adj: out[i] = h2                                                                   <L 24>
    }
    if (var_17) {
        wp::adj_array_store(var_out, var_0, var_6, adj_out, adj_0, adj_6);
        // adj: out[i] = h                                                                    <L 22>
    }
    adj_14.t += adj_16;
    adj_6.t += adj_15;
    // adj: if h.t > h2.t:                                                                    <L 21>
    adj_Hit_0b5d32d6(var_8, var_12, var_13, adj_8, adj_12, adj_13, adj_14);
    wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
    // adj: h2 = Hit(t=2.0, normal=wp.vec3(1.0, 0.0, 0.0), valid=False)                       <L 20>
    adj_make_hit_0(var_7, var_5, adj_1, adj_5, adj_6);
    wp::adj_vec_t(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
    wp::adj_address(var_ts, var_0, adj_ts, adj_0, adj_1);
    // adj: h = make_hit(ts[i], wp.vec3(0.0, 1.0, 0.0))                                       <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def ctor(ts: wp.array(dtype=float), out: wp.array(dtype=Hit)):                    <L 17>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void ctor_df38da37_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_ctor_df38da37 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        ctor_df38da37_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void ctor_df38da37_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_ctor_df38da37 *_wp_args,
    wp_args_ctor_df38da37 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        ctor_df38da37_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

