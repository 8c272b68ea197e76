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

struct wp_args_poisson_rates_ab082748 {
    wp::int32 seed;
    wp::array_t<wp::float32> lam;
    wp::array_t<wp::uint32> small;
    wp::array_t<wp::uint32> large;
    wp::array_t<wp::uint32> fixed;
    wp::array_t<wp::uint32> states;
};


void poisson_rates_ab082748_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_poisson_rates_ab082748 *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_lam = _wp_args->lam;
    wp::array_t<wp::uint32> var_small = _wp_args->small;
    wp::array_t<wp::uint32> var_large = _wp_args->large;
    wp::array_t<wp::uint32> var_fixed = _wp_args->fixed;
    wp::array_t<wp::uint32> var_states = _wp_args->states;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::uint32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 9.0;
    wp::float32 var_8;
    wp::uint32 var_9;
    wp::uint32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 40.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 10.0;
    wp::float32 var_15;
    wp::uint32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::uint32 var_18;
    const wp::float32 var_19 = 10.0;
    wp::uint32 var_20;
    const wp::float32 var_21 = 9.99;
    wp::uint32 var_22;
    const wp::float32 var_23 = 100000.0;
    wp::uint32 var_24;
    const wp::int32 var_25 = 1000003;
    wp::uint32 var_26;
    wp::uint32 var_27;
    const wp::int32 var_28 = 10007;
    wp::uint32 var_29;
    wp::uint32 var_30;
    wp::uint32 var_31;
    const wp::int32 var_32 = 101;
    wp::uint32 var_33;
    wp::uint32 var_34;
    wp::uint32 var_35;
    wp::uint32 var_36;
    //---------
    // forward
    // def poisson_rates(                                                                     <L 5>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 14>
    var_1 = wp::rand_init(var_seed, var_0);
    // x = lam[i]                                                                             <L 15>
    var_2 = wp::address(var_lam, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // small[i] = wp.poisson(state, x) + wp.poisson(state, wp.abs(x) * 9.0)                   <L 16>
    var_5 = wp::poisson(var_1, var_3);
    var_6 = wp::abs(var_3);
    var_8 = wp::mul(var_6, var_7);
    var_9 = wp::poisson(var_1, var_8);
    var_10 = wp::add(var_5, var_9);
    wp::array_store(var_small, var_0, var_10);
    // large[i] = wp.poisson(state, wp.abs(x) * 40.0 + 10.0)                                  <L 17>
    var_11 = wp::abs(var_3);
    var_13 = wp::mul(var_11, var_12);
    var_15 = wp::add(var_13, var_14);
    var_16 = wp::poisson(var_1, var_15);
    wp::array_store(var_large, var_0, var_16);
    // c0 = wp.poisson(state, 0.0)                                                            <L 18>
    var_18 = wp::poisson(var_1, var_17);
    // c1 = wp.poisson(state, 10.0)                                                           <L 19>
    var_20 = wp::poisson(var_1, var_19);
    // c2 = wp.poisson(state, 9.99)                                                           <L 20>
    var_22 = wp::poisson(var_1, var_21);
    // c3 = wp.poisson(state, 1.0e5)                                                          <L 21>
    var_24 = wp::poisson(var_1, var_23);
    // fixed[i] = c0 * wp.uint32(1000003) + c1 * wp.uint32(10007) + c2 * wp.uint32(101) + c3       <L 22>
    var_26 = wp::uint32(var_25);
    var_27 = wp::mul(var_18, var_26);
    var_29 = wp::uint32(var_28);
    var_30 = wp::mul(var_20, var_29);
    var_31 = wp::add(var_27, var_30);
    var_33 = wp::uint32(var_32);
    var_34 = wp::mul(var_22, var_33);
    var_35 = wp::add(var_31, var_34);
    var_36 = wp::add(var_35, var_24);
    wp::array_store(var_fixed, var_0, var_36);
    // states[i] = state                                                                      <L 23>
    wp::array_store(var_states, var_0, var_1);
}



void poisson_rates_ab082748_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_poisson_rates_ab082748 *_wp_args,
    wp_args_poisson_rates_ab082748 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_lam = _wp_args->lam;
    wp::array_t<wp::uint32> var_small = _wp_args->small;
    wp::array_t<wp::uint32> var_large = _wp_args->large;
    wp::array_t<wp::uint32> var_fixed = _wp_args->fixed;
    wp::array_t<wp::uint32> var_states = _wp_args->states;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::float32> adj_lam = _wp_adj_args->lam;
    wp::array_t<wp::uint32> adj_small = _wp_adj_args->small;
    wp::array_t<wp::uint32> adj_large = _wp_adj_args->large;
    wp::array_t<wp::uint32> adj_fixed = _wp_adj_args->fixed;
    wp::array_t<wp::uint32> adj_states = _wp_adj_args->states;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::uint32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 9.0;
    wp::float32 var_8;
    wp::uint32 var_9;
    wp::uint32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 40.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 10.0;
    wp::float32 var_15;
    wp::uint32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::uint32 var_18;
    const wp::float32 var_19 = 10.0;
    wp::uint32 var_20;
    const wp::float32 var_21 = 9.99;
    wp::uint32 var_22;
    const wp::float32 var_23 = 100000.0;
    wp::uint32 var_24;
    const wp::int32 var_25 = 1000003;
    wp::uint32 var_26;
    wp::uint32 var_27;
    const wp::int32 var_28 = 10007;
    wp::uint32 var_29;
    wp::uint32 var_30;
    wp::uint32 var_31;
    const wp::int32 var_32 = 101;
    wp::uint32 var_33;
    wp::uint32 var_34;
    wp::uint32 var_35;
    wp::uint32 var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::uint32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::uint32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::uint32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::uint32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::uint32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::uint32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::uint32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::uint32 adj_26 = {};
    wp::uint32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::uint32 adj_29 = {};
    wp::uint32 adj_30 = {};
    wp::uint32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::uint32 adj_33 = {};
    wp::uint32 adj_34 = {};
    wp::uint32 adj_35 = {};
    wp::uint32 adj_36 = {};
    //---------
    // forward
    // def poisson_rates(                                                                     <L 5>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 14>
    var_1 = wp::rand_init(var_seed, var_0);
    // x = lam[i]                                                                             <L 15>
    var_2 = wp::address(var_lam, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // small[i] = wp.poisson(state, x) + wp.poisson(state, wp.abs(x) * 9.0)                   <L 16>
    var_5 = wp::poisson(var_1, var_3);
    var_6 = wp::abs(var_3);
    var_8 = wp::mul(var_6, var_7);
    var_9 = wp::poisson(var_1, var_8);
    var_10 = wp::add(var_5, var_9);
    // wp::array_store(var_small, var_0, var_10);
    // large[i] = wp.poisson(state, wp.abs(x) * 40.0 + 10.0)                                  <L 17>
    var_11 = wp::abs(var_3);
    var_13 = wp::mul(var_11, var_12);
    var_15 = wp::add(var_13, var_14);
    var_16 = wp::poisson(var_1, var_15);
    // wp::array_store(var_large, var_0, var_16);
    // c0 = wp.poisson(state, 0.0)                                                            <L 18>
    var_18 = wp::poisson(var_1, var_17);
    // c1 = wp.poisson(state, 10.0)                                                           <L 19>
    var_20 = wp::poisson(var_1, var_19);
    // c2 = wp.poisson(state, 9.99)                                                           <L 20>
    var_22 = wp::poisson(var_1, var_21);
    // c3 = wp.poisson(state, 1.0e5)                                                          <L 21>
    var_24 = wp::poisson(var_1, var_23);
    // fixed[i] = c0 * wp.uint32(1000003) + c1 * wp.uint32(10007) + c2 * wp.uint32(101) + c3       <L 22>
    var_26 = wp::uint32(var_25);
    var_27 = wp::mul(var_18, var_26);
    var_29 = wp::uint32(var_28);
    var_30 = wp::mul(var_20, var_29);
    var_31 = wp::add(var_27, var_30);
    var_33 = wp::uint32(var_32);
    var_34 = wp::mul(var_22, var_33);
    var_35 = wp::add(var_31, var_34);
    var_36 = wp::add(var_35, var_24);
    // wp::array_store(var_fixed, var_0, var_36);
    // states[i] = state                                                                      <L 23>
    // wp::array_store(var_states, var_0, var_1);
    //---------
    // reverse
    wp::adj_array_store(var_states, var_0, var_1, adj_states, adj_0, adj_1);
    // adj: states[i] = state                                                                 <L 23>
    wp::adj_array_store(var_fixed, var_0, var_36, adj_fixed, adj_0, adj_36);
    wp::adj_add(var_35, var_24, adj_35, adj_24, adj_36);
    wp::adj_add(var_31, var_34, adj_31, adj_34, adj_35);
    wp::adj_mul(var_22, var_33, adj_22, adj_33, adj_34);
    wp::adj_add(var_27, var_30, adj_27, adj_30, adj_31);
    wp::adj_mul(var_20, var_29, adj_20, adj_29, adj_30);
    wp::adj_mul(var_18, var_26, adj_18, adj_26, adj_27);
    // adj: fixed[i] = c0 * wp.uint32(1000003) + c1 * wp.uint32(10007) + c2 * wp.uint32(101) + c3  <L 22>
    // adj: c3 = wp.poisson(state, 1.0e5)                                                     <L 21>
    // adj: c2 = wp.poisson(state, 9.99)                                                      <L 20>
    // adj: c1 = wp.poisson(state, 10.0)                                                      <L 19>
    // adj: c0 = wp.poisson(state, 0.0)                                                       <L 18>
    wp::adj_array_store(var_large, var_0, var_16, adj_large, adj_0, adj_16);
    wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_abs(var_3, adj_3, adj_11);
    // adj: large[i] = wp.poisson(state, wp.abs(x) * 40.0 + 10.0)                             <L 17>
    wp::adj_array_store(var_small, var_0, var_10, adj_small, adj_0, adj_10);
    wp::adj_add(var_5, var_9, adj_5, adj_9, adj_10);
    wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_abs(var_3, adj_3, adj_6);
    // adj: small[i] = wp.poisson(state, x) + wp.poisson(state, wp.abs(x) * 9.0)              <L 16>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_lam, var_0, adj_lam, adj_0, adj_2);
    // adj: x = lam[i]                                                                        <L 15>
    // adj: state = wp.rand_init(seed, i)                                                     <L 14>
    // adj: i = wp.tid()                                                                      <L 13>
    // adj: def poisson_rates(                                                                <L 5>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void poisson_rates_ab082748_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_poisson_rates_ab082748 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        poisson_rates_ab082748_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void poisson_rates_ab082748_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_poisson_rates_ab082748 *_wp_args,
    wp_args_poisson_rates_ab082748 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        poisson_rates_ab082748_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_poisson_loop_60b62f20 {
    wp::int32 seed;
    wp::float32 lam;
    wp::int32 n;
    wp::array_t<wp::int32> hist;
    wp::array_t<wp::uint32> states;
};


void poisson_loop_60b62f20_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_poisson_loop_60b62f20 *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_lam = _wp_args->lam;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::int32> var_hist = _wp_args->hist;
    wp::array_t<wp::uint32> var_states = _wp_args->states;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.5;
    wp::float32 var_5;
    const wp::float32 var_6 = 10.5;
    wp::float32 var_7;
    const wp::int32 var_8 = 5;
    wp::int32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::uint32 var_12;
    const wp::int32 var_13 = 20;
    wp::uint32 var_14;
    wp::uint32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    //---------
    // forward
    // def poisson_loop(seed: int, lam: float, n: int, hist: wp.array(dtype=int), states: wp.array(dtype=wp.uint32)):       <L 27>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed + i)                                                         <L 29>
    var_1 = wp::add(var_seed, var_0);
    var_2 = wp::rand_init(var_1);
    // rate = wp.abs(lam) * 0.5 + 10.5                                                        <L 30>
    var_3 = wp::abs(var_lam);
    var_5 = wp::mul(var_3, var_4);
    var_7 = wp::add(var_5, var_6);
    // for k in range(n * 5):                                                                 <L 31>
    var_9 = wp::mul(var_n, var_8);
    var_10 = wp::range(var_9);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // c = wp.poisson(state, rate)                                                        <L 32>
        var_12 = wp::poisson(var_2, var_7);
        // wp.atomic_add(hist, int(c % wp.uint32(20)), 1)                                     <L 33>
        var_14 = wp::uint32(var_13);
        var_15 = wp::mod(var_12, var_14);
        var_16 = wp::int(var_15);
        var_18 = wp::atomic_add(var_hist, var_16, var_17);
        goto start_for_0;
    end_for_0:;
    // states[i] = state                                                                      <L 34>
    wp::array_store(var_states, var_0, var_2);
}



void poisson_loop_60b62f20_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_poisson_loop_60b62f20 *_wp_args,
    wp_args_poisson_loop_60b62f20 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_lam = _wp_args->lam;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::int32> var_hist = _wp_args->hist;
    wp::array_t<wp::uint32> var_states = _wp_args->states;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_lam = _wp_adj_args->lam;
    wp::int32 adj_n = _wp_adj_args->n;
    wp::array_t<wp::int32> adj_hist = _wp_adj_args->hist;
    wp::array_t<wp::uint32> adj_states = _wp_adj_args->states;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.5;
    wp::float32 var_5;
    const wp::float32 var_6 = 10.5;
    wp::float32 var_7;
    const wp::int32 var_8 = 5;
    wp::int32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::uint32 var_12;
    const wp::int32 var_13 = 20;
    wp::uint32 var_14;
    wp::uint32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::uint32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::uint32 adj_14 = {};
    wp::uint32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    //---------
    // forward
    // def poisson_loop(seed: int, lam: float, n: int, hist: wp.array(dtype=int), states: wp.array(dtype=wp.uint32)):       <L 27>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed + i)                                                         <L 29>
    var_1 = wp::add(var_seed, var_0);
    var_2 = wp::rand_init(var_1);
    // rate = wp.abs(lam) * 0.5 + 10.5                                                        <L 30>
    var_3 = wp::abs(var_lam);
    var_5 = wp::mul(var_3, var_4);
    var_7 = wp::add(var_5, var_6);
    // for k in range(n * 5):                                                                 <L 31>
    var_9 = wp::mul(var_n, var_8);
    var_10 = wp::range(var_9);
    // states[i] = state                                                                      <L 34>
    // wp::array_store(var_states, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_states, var_0, var_2, adj_states, adj_0, adj_2);
    // adj: states[i] = state                                                                 <L 34>
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
        // c = wp.poisson(state, rate)                                                        <L 32>
        var_12 = wp::poisson(var_2, var_7);
        // wp.atomic_add(hist, int(c % wp.uint32(20)), 1)                                     <L 33>
        var_14 = wp::uint32(var_13);
        var_15 = wp::mod(var_12, var_14);
        var_16 = wp::int(var_15);
        // var_18 = wp::atomic_add(var_hist, var_16, var_17);
        wp::adj_atomic_add(var_hist, var_16, var_17, adj_hist, adj_16, adj_17, adj_18);
        wp::adj_mod(var_12, var_14, adj_12, adj_14, adj_15);
        // adj: wp.atomic_add(hist, int(c % wp.uint32(20)), 1)                                <L 33>
        // adj: c = wp.poisson(state, rate)                                                   <L 32>
    	goto start_for_0;
    end_for_0:;
    wp::adj_mul(var_n, var_8, adj_n, adj_8, adj_9);
    // adj: for k in range(n * 5):                                                            <L 31>
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_mul(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_abs(var_lam, adj_lam, adj_3);
    // adj: rate = wp.abs(lam) * 0.5 + 10.5                                                   <L 30>
    wp::adj_add(var_seed, var_0, adj_seed, adj_0, adj_1);
    // adj: state = wp.rand_init(seed + i)                                                    <L 29>
    // adj: i = wp.tid()                                                                      <L 28>
    // adj: def poisson_loop(seed: int, lam: float, n: int, hist: wp.array(dtype=int), states: wp.array(dtype=wp.uint32)):  <L 27>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void poisson_loop_60b62f20_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_poisson_loop_60b62f20 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        poisson_loop_60b62f20_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void poisson_loop_60b62f20_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_poisson_loop_60b62f20 *_wp_args,
    wp_args_poisson_loop_60b62f20 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        poisson_loop_60b62f20_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

