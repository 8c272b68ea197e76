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

struct wp_args_rnd_39b60de9 {
    wp::int32 seed;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::int32> iout;
};


void rnd_39b60de9_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_rnd_39b60de9 *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_iout = _wp_args->iout;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    const wp::int32 var_3 = 16;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_5 = 16;
    wp::tuple_t<wp::int32> var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 10;
    const wp::str var_9 = "shared";
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_10 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 10;
    const wp::int32 var_13 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_15 = 16;
    wp::tuple_t<wp::int32> var_16;
    const wp::float32 var_17 = -1.0;
    const wp::float32 var_18 = 1.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::float32 var_20 = -1.0;
    const wp::float32 var_21 = 1.0;
    const wp::int32 var_22 = 16;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_23 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,false>();
    const wp::float32 var_24 = 1.5;
    const wp::int32 var_25 = 8;
    bool var_26;
    const wp::float32 var_27 = 2.5;
    const bool var_28 = true;
    const bool var_29 = false;
    const wp::int32 var_30 = 4;
    const wp::int32 var_31 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_32;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_33 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,false>();
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 3;
    const wp::int32 var_36 = 2;
    bool var_37;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_38 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_39 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_40 = 0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_41 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_42 = 0;
    //---------
    // forward
    // def rnd(seed: int, out: wp.array(dtype=float), iout: wp.array(dtype=int)):             <L 10>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // rng = wp.rand_init(seed, i)                                                            <L 12>
    var_2 = wp::rand_init(var_seed, var_0);
    // a = wp.tile_randi(shape=16, rng=rng)                                                   <L 13>
    var_4 = wp::tile_randi<16>(var_2);
    // b = wp.tile_randi(shape=(16,), rng=rng, min=0, max=10, storage="shared")               <L 14>
    var_6 = wp::tuple(var_5);
    var_10 = wp::tile_randi<16>(var_2, var_11, var_12);
    // c = wp.tile_randf(shape=16, rng=rng)                                                   <L 15>
    var_14 = wp::tile_randf<16>(var_2);
    // d = wp.tile_randf(shape=(16,), rng=rng, min=-1.0, max=1.0)                             <L 16>
    var_16 = wp::tuple(var_15);
    var_19 = wp::tile_randf<16>(var_2, var_20, var_21);
    // t = wp.tile_zeros(shape=16, dtype=float)                                               <L 17>
    var_23 = wp::tile_zeros<float, 16>();
    // wp.tile_scatter_add(t, j, 1.5, j < 8)                                                  <L 18>
    var_26 = (var_1 < var_25);
    wp::tile_scatter_add(var_23, var_1, var_24, var_26);
    // wp.tile_scatter_add(t, j, 2.5, True, atomic=False)                                     <L 19>
    wp::tile_scatter_add<false>(var_23, var_1, var_27, var_28);
    // u = wp.tile_zeros(shape=(4, 4), dtype=int)                                             <L 20>
    var_32 = wp::tuple(var_30, var_31);
    var_33 = wp::tile_zeros<int, 4, 4>();
    // wp.tile_scatter_masked(u, j, 0, 3, j > 2)                                              <L 21>
    var_37 = (var_1 > var_36);
    wp::tile_scatter_masked(var_33, var_1, var_34, var_35, var_37);
    // wp.tile_store(out, c + d + t)                                                          <L 22>
    var_38 = wp::tile_add(var_14, var_19);
    var_39 = wp::tile_add(var_38, var_23);
    wp::tile_store<wp::float32, true, false>(var_out, var_40, var_39);
    // wp.tile_store(iout, a + b)                                                             <L 23>
    var_41 = wp::tile_add(var_4, var_10);
    wp::tile_store<wp::int32, true, false>(var_iout, var_42, var_41);
}



void rnd_39b60de9_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_rnd_39b60de9 *_wp_args,
    wp_args_rnd_39b60de9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_iout = _wp_args->iout;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::int32> adj_iout = _wp_adj_args->iout;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    const wp::int32 var_3 = 16;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_5 = 16;
    wp::tuple_t<wp::int32> var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 10;
    const wp::str var_9 = "shared";
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_10 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 10;
    const wp::int32 var_13 = 16;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_15 = 16;
    wp::tuple_t<wp::int32> var_16;
    const wp::float32 var_17 = -1.0;
    const wp::float32 var_18 = 1.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::float32 var_20 = -1.0;
    const wp::float32 var_21 = 1.0;
    const wp::int32 var_22 = 16;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true> var_23 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16>,wp::tile_stride_t<1>,true>();
    const wp::float32 var_24 = 1.5;
    const wp::int32 var_25 = 8;
    bool var_26;
    const wp::float32 var_27 = 2.5;
    const bool var_28 = true;
    const bool var_29 = false;
    const wp::int32 var_30 = 4;
    const wp::int32 var_31 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_32;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true> var_33 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<4,4>,wp::tile_stride_t<4,1>,true>();
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 3;
    const wp::int32 var_36 = 2;
    bool var_37;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_38 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_39 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_40 = 0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_41 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_42 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_4{};
    wp::int32 adj_5 = {};
    wp::tuple_t<wp::int32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::str adj_9 = {};
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_10 = var_10;
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_14{};
    wp::int32 adj_15 = {};
    wp::tuple_t<wp::int32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_19{};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, true>& adj_23 = var_23;
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    bool adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_32 = {};
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4,4>, wp::tile_stride_t<4,1>>, true>& adj_33 = var_33;
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_38{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_39{};
    wp::int32 adj_40 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_41{};
    wp::int32 adj_42 = {};
    //---------
    // forward
    // def rnd(seed: int, out: wp.array(dtype=float), iout: wp.array(dtype=int)):             <L 10>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // rng = wp.rand_init(seed, i)                                                            <L 12>
    var_2 = wp::rand_init(var_seed, var_0);
    // a = wp.tile_randi(shape=16, rng=rng)                                                   <L 13>
    var_4 = wp::tile_randi<16>(var_2);
    // b = wp.tile_randi(shape=(16,), rng=rng, min=0, max=10, storage="shared")               <L 14>
    var_6 = wp::tuple(var_5);
    var_10 = wp::tile_randi<16>(var_2, var_11, var_12);
    // c = wp.tile_randf(shape=16, rng=rng)                                                   <L 15>
    var_14 = wp::tile_randf<16>(var_2);
    // d = wp.tile_randf(shape=(16,), rng=rng, min=-1.0, max=1.0)                             <L 16>
    var_16 = wp::tuple(var_15);
    var_19 = wp::tile_randf<16>(var_2, var_20, var_21);
    // t = wp.tile_zeros(shape=16, dtype=float)                                               <L 17>
    var_23 = wp::tile_zeros<float, 16>();
    // wp.tile_scatter_add(t, j, 1.5, j < 8)                                                  <L 18>
    var_26 = (var_1 < var_25);
    wp::tile_scatter_add(var_23, var_1, var_24, var_26);
    // wp.tile_scatter_add(t, j, 2.5, True, atomic=False)                                     <L 19>
    wp::tile_scatter_add<false>(var_23, var_1, var_27, var_28);
    // u = wp.tile_zeros(shape=(4, 4), dtype=int)                                             <L 20>
    var_32 = wp::tuple(var_30, var_31);
    var_33 = wp::tile_zeros<int, 4, 4>();
    // wp.tile_scatter_masked(u, j, 0, 3, j > 2)                                              <L 21>
    var_37 = (var_1 > var_36);
    wp::tile_scatter_masked(var_33, var_1, var_34, var_35, var_37);
    // wp.tile_store(out, c + d + t)                                                          <L 22>
    var_38 = wp::tile_add(var_14, var_19);
    var_39 = wp::tile_add(var_38, var_23);
    // wp::tile_store<wp::float32, true, false>(var_out, var_40, var_39);
    // wp.tile_store(iout, a + b)                                                             <L 23>
    var_41 = wp::tile_add(var_4, var_10);
    // wp::tile_store<wp::int32, true, false>(var_iout, var_42, var_41);
    //---------
    // reverse
    wp::adj_tile_store(var_iout, var_42, var_41, adj_iout, adj_42, adj_41);
    wp::adj_tile_add(var_4, var_10, adj_4, adj_10, adj_41);
    // adj: wp.tile_store(iout, a + b)                                                        <L 23>
    wp::adj_tile_store(var_out, var_40, var_39, adj_out, adj_40, adj_39);
    wp::adj_tile_add(var_38, var_23, adj_38, adj_23, adj_39);
    wp::adj_tile_add(var_14, var_19, adj_14, adj_19, adj_38);
    // adj: wp.tile_store(out, c + d + t)                                                     <L 22>
    wp::adj_tile_scatter_masked(var_33, var_1, var_34, var_35, var_37, adj_33, adj_1, adj_34, adj_35, adj_37);
    // adj: wp.tile_scatter_masked(u, j, 0, 3, j > 2)                                         <L 21>
    // adj: u = wp.tile_zeros(shape=(4, 4), dtype=int)                                        <L 20>
    wp::adj_tile_scatter_add(var_23, var_1, var_27, var_28, adj_23, adj_1, adj_27, adj_28);
    // adj: wp.tile_scatter_add(t, j, 2.5, True, atomic=False)                                <L 19>
    wp::adj_tile_scatter_add(var_23, var_1, var_24, var_26, adj_23, adj_1, adj_24, adj_26);
    // adj: wp.tile_scatter_add(t, j, 1.5, j < 8)                                             <L 18>
    // adj: t = wp.tile_zeros(shape=16, dtype=float)                                          <L 17>
    // adj: d = wp.tile_randf(shape=(16,), rng=rng, min=-1.0, max=1.0)                        <L 16>
    // adj: c = wp.tile_randf(shape=16, rng=rng)                                              <L 15>
    // adj: b = wp.tile_randi(shape=(16,), rng=rng, min=0, max=10, storage="shared")          <L 14>
    // adj: a = wp.tile_randi(shape=16, rng=rng)                                              <L 13>
    // adj: rng = wp.rand_init(seed, i)                                                       <L 12>
    // adj: i, j = wp.tid()                                                                   <L 11>
    // adj: def rnd(seed: int, out: wp.array(dtype=float), iout: wp.array(dtype=int)):        <L 10>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void rnd_39b60de9_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_rnd_39b60de9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rnd_39b60de9_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void rnd_39b60de9_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_rnd_39b60de9 *_wp_args,
    wp_args_rnd_39b60de9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rnd_39b60de9_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_stacks_86f45a99 {
    wp::array_t<wp::int32> a;
    wp::array_t<wp::int32> out;
};


void stacks_86f45a99_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_stacks_86f45a99 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 64;
    wp::tile_stack_t<wp::int32, 64> var_3 = wp::tile_stack_alloc<wp::int32, 64>();
    wp::int32* var_4;
    wp::int32* var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 8;
    wp::tile_stack_t<wp::float32, 8> var_16 = wp::tile_stack_alloc<wp::float32, 8>();
    const wp::float32 var_17 = 1.0;
    const bool var_18 = true;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 8;
    wp::tile_stack_t<wp::float32, 8> var_22 = wp::tile_stack_alloc<wp::float32, 8>();
    const wp::float32 var_23 = 1.0;
    const bool var_24 = true;
    wp::int32 var_25;
    const wp::int32 var_26 = 2;
    const wp::int32 var_27 = 8;
    wp::tile_stack_t<wp::float32, 8> var_28 = wp::tile_stack_alloc<wp::float32, 8>();
    const wp::float32 var_29 = 1.0;
    const bool var_30 = true;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    //---------
    // forward
    // def stacks(a: wp.array(dtype=int), out: wp.array(dtype=int)):                          <L 27>
    // i, j = wp.tid()                                                                        <L 28>
    builtin_tid2d(var_0, var_1);
    // s = wp.tile_stack(capacity=64, dtype=int)                                              <L 29>
    var_3 = wp::tile_stack_init<int, 64>();
    // n = wp.tile_stack_push(s, a[j], a[j] > 0)                                              <L 30>
    var_4 = wp::address(var_a, var_1);
    var_5 = wp::address(var_a, var_1);
    var_8 = wp::load(var_5);
    var_7 = (var_8 > var_6);
    var_10 = wp::load(var_4);
    var_9 = wp::tile_stack_push(var_3, var_10, var_7);
    // v, ok = wp.tile_stack_pop(s)                                                           <L 31>
    wp::tile_stack_pop(var_3, var_11, var_12);
    // c = wp.tile_stack_count(s)                                                             <L 32>
    var_13 = wp::tile_stack_count(var_3);
    // wp.tile_stack_clear(s)                                                                 <L 33>
    wp::tile_stack_clear(var_3);
    // for k in range(3):                                                                     <L 34>
    // s2 = wp.tile_stack(capacity=8, dtype=float)                                            <L 35>
    var_16 = wp::tile_stack_init<float, 8>();
    // wp.tile_stack_push(s2, 1.0, True)                                                      <L 36>
    var_19 = wp::tile_stack_push(var_16, var_17, var_18);
    // s2 = wp.tile_stack(capacity=8, dtype=float)                                            <L 35>
    var_22 = wp::tile_stack_init<float, 8>();
    // wp.tile_stack_push(s2, 1.0, True)                                                      <L 36>
    var_25 = wp::tile_stack_push(var_22, var_23, var_24);
    // s2 = wp.tile_stack(capacity=8, dtype=float)                                            <L 35>
    var_28 = wp::tile_stack_init<float, 8>();
    // wp.tile_stack_push(s2, 1.0, True)                                                      <L 36>
    var_31 = wp::tile_stack_push(var_28, var_29, var_30);
    // out[j] = v + c + n                                                                     <L 37>
    var_32 = wp::add(var_11, var_13);
    var_33 = wp::add(var_32, var_9);
    wp::array_store(var_out, var_1, var_33);
}



void stacks_86f45a99_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_stacks_86f45a99 *_wp_args,
    wp_args_stacks_86f45a99 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 64;
    wp::tile_stack_t<wp::int32, 64> var_3 = wp::tile_stack_alloc<wp::int32, 64>();
    wp::int32* var_4;
    wp::int32* var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 8;
    wp::tile_stack_t<wp::float32, 8> var_16 = wp::tile_stack_alloc<wp::float32, 8>();
    const wp::float32 var_17 = 1.0;
    const bool var_18 = true;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 8;
    wp::tile_stack_t<wp::float32, 8> var_22 = wp::tile_stack_alloc<wp::float32, 8>();
    const wp::float32 var_23 = 1.0;
    const bool var_24 = true;
    wp::int32 var_25;
    const wp::int32 var_26 = 2;
    const wp::int32 var_27 = 8;
    wp::tile_stack_t<wp::float32, 8> var_28 = wp::tile_stack_alloc<wp::float32, 8>();
    const wp::float32 var_29 = 1.0;
    const bool var_30 = true;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tile_stack_t<wp::int32, 64> adj_3;
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::tile_stack_t<wp::float32, 8> adj_16;
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::tile_stack_t<wp::float32, 8> adj_22;
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::tile_stack_t<wp::float32, 8> adj_28;
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    //---------
    // forward
    // def stacks(a: wp.array(dtype=int), out: wp.array(dtype=int)):                          <L 27>
    // i, j = wp.tid()                                                                        <L 28>
    builtin_tid2d(var_0, var_1);
    // s = wp.tile_stack(capacity=64, dtype=int)                                              <L 29>
    var_3 = wp::tile_stack_init<int, 64>();
    // n = wp.tile_stack_push(s, a[j], a[j] > 0)                                              <L 30>
    var_4 = wp::address(var_a, var_1);
    var_5 = wp::address(var_a, var_1);
    var_8 = wp::load(var_5);
    var_7 = (var_8 > var_6);
    var_10 = wp::load(var_4);
    var_9 = wp::tile_stack_push(var_3, var_10, var_7);
    // v, ok = wp.tile_stack_pop(s)                                                           <L 31>
    wp::tile_stack_pop(var_3, var_11, var_12);
    // c = wp.tile_stack_count(s)                                                             <L 32>
    var_13 = wp::tile_stack_count(var_3);
    // wp.tile_stack_clear(s)                                                                 <L 33>
    wp::tile_stack_clear(var_3);
    // for k in range(3):                                                                     <L 34>
    // s2 = wp.tile_stack(capacity=8, dtype=float)                                            <L 35>
    var_16 = wp::tile_stack_init<float, 8>();
    // wp.tile_stack_push(s2, 1.0, True)                                                      <L 36>
    var_19 = wp::tile_stack_push(var_16, var_17, var_18);
    // s2 = wp.tile_stack(capacity=8, dtype=float)                                            <L 35>
    var_22 = wp::tile_stack_init<float, 8>();
    // wp.tile_stack_push(s2, 1.0, True)                                                      <L 36>
    var_25 = wp::tile_stack_push(var_22, var_23, var_24);
    // s2 = wp.tile_stack(capacity=8, dtype=float)                                            <L 35>
    var_28 = wp::tile_stack_init<float, 8>();
    // wp.tile_stack_push(s2, 1.0, True)                                                      <L 36>
    var_31 = wp::tile_stack_push(var_28, var_29, var_30);
    // out[j] = v + c + n                                                                     <L 37>
    var_32 = wp::add(var_11, var_13);
    var_33 = wp::add(var_32, var_9);
    // wp::array_store(var_out, var_1, var_33);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_1, var_33, adj_out, adj_1, adj_33);
    wp::adj_add(var_32, var_9, adj_32, adj_9, adj_33);
    wp::adj_add(var_11, var_13, adj_11, adj_13, adj_32);
    // adj: out[j] = v + c + n                                                                <L 37>
    // adj: wp.tile_stack_push(s2, 1.0, True)                                                 <L 36>
    // adj: s2 = wp.tile_stack(capacity=8, dtype=float)                                       <L 35>
    // adj: wp.tile_stack_push(s2, 1.0, True)                                                 <L 36>
    // adj: s2 = wp.tile_stack(capacity=8, dtype=float)                                       <L 35>
    // adj: wp.tile_stack_push(s2, 1.0, True)                                                 <L 36>
    // adj: s2 = wp.tile_stack(capacity=8, dtype=float)                                       <L 35>
    // adj: for k in range(3):                                                                <L 34>
    // adj: wp.tile_stack_clear(s)                                                            <L 33>
    // adj: c = wp.tile_stack_count(s)                                                        <L 32>
    // adj: v, ok = wp.tile_stack_pop(s)                                                      <L 31>
    wp::adj_address(var_a, var_1, adj_a, adj_1, adj_5);
    wp::adj_address(var_a, var_1, adj_a, adj_1, adj_4);
    // adj: n = wp.tile_stack_push(s, a[j], a[j] > 0)                                         <L 30>
    // adj: s = wp.tile_stack(capacity=64, dtype=int)                                         <L 29>
    // adj: i, j = wp.tid()                                                                   <L 28>
    // adj: def stacks(a: wp.array(dtype=int), out: wp.array(dtype=int)):                     <L 27>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void stacks_86f45a99_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_stacks_86f45a99 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stacks_86f45a99_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void stacks_86f45a99_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_stacks_86f45a99 *_wp_args,
    wp_args_stacks_86f45a99 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stacks_86f45a99_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_gather_e95ea1e1 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::int32> idx;
    wp::array_t<wp::float32> out;
};


void gather_e95ea1e1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gather_e95ea1e1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_idx = _wp_args->idx;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    const wp::int32 var_1 = 16;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 4;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_8 = 0;
    wp::slice_t var_9;
    const wp::int32 var_10 = 2147483647;
    const wp::int32 var_11 = -2147483648;
    const wp::int32 var_12 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>>{};
    const wp::int32 var_14 = 0;
    wp::slice_t var_15;
    const wp::int32 var_16 = 2147483647;
    const wp::int32 var_17 = -2147483648;
    const wp::int32 var_18 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
    //---------
    // forward
    // def gather(a: wp.array2d(dtype=float), idx: wp.array(dtype=int), out: wp.array2d(dtype=float)):       <L 41>
    // t = wp.tile_load(a, shape=(8, 16))                                                     <L 42>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 8, 16>(var_a, var_4, var_5);
    // ix = wp.tile_load(idx, shape=4)                                                        <L 43>
    var_7 = wp::tile_load<wp::int32, true, false, 4>(var_idx, var_8);
    // g = t[ix, :]                                                                           <L 44>
    var_9 = wp::slice_t(var_10, var_11, var_12);
    var_13 = wp::tile_slice_indexed<4, 16>(var_3, var_7, var_14);
    // h = t[:, ix]                                                                           <L 45>
    var_15 = wp::slice_t(var_16, var_17, var_18);
    var_19 = wp::tile_slice_indexed<8, 4>(var_3, var_7, var_20);
    // wp.tile_store(out, g)                                                                  <L 46>
    wp::tile_store<wp::float32, true, false>(var_out, var_21, var_22, var_13);
    // wp.tile_store(out, h)                                                                  <L 47>
    wp::tile_store<wp::float32, true, false>(var_out, var_23, var_24, var_19);
}



void gather_e95ea1e1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gather_e95ea1e1 *_wp_args,
    wp_args_gather_e95ea1e1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_idx = _wp_args->idx;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_idx = _wp_adj_args->idx;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    const wp::int32 var_1 = 16;
    wp::tuple_t<wp::int32, wp::int32> var_2;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
    const wp::int32 var_4 = 0;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 4;
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<4>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_8 = 0;
    wp::slice_t var_9;
    const wp::int32 var_10 = 2147483647;
    const wp::int32 var_11 = -2147483648;
    const wp::int32 var_12 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>>{};
    const wp::int32 var_14 = 0;
    wp::slice_t var_15;
    const wp::int32 var_16 = 2147483647;
    const wp::int32 var_17 = -2147483648;
    const wp::int32 var_18 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    const wp::int32 var_20 = 1;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_3 = var_3;
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true>& adj_7 = var_7;
    wp::int32 adj_8 = {};
    wp::slice_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4,16>>> adj_13{};
    wp::int32 adj_14 = {};
    wp::slice_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_19{};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    //---------
    // forward
    // def gather(a: wp.array2d(dtype=float), idx: wp.array(dtype=int), out: wp.array2d(dtype=float)):       <L 41>
    // t = wp.tile_load(a, shape=(8, 16))                                                     <L 42>
    var_2 = wp::tuple(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 8, 16>(var_a, var_4, var_5);
    // ix = wp.tile_load(idx, shape=4)                                                        <L 43>
    var_7 = wp::tile_load<wp::int32, true, false, 4>(var_idx, var_8);
    // g = t[ix, :]                                                                           <L 44>
    var_9 = wp::slice_t(var_10, var_11, var_12);
    var_13 = wp::tile_slice_indexed<4, 16>(var_3, var_7, var_14);
    // h = t[:, ix]                                                                           <L 45>
    var_15 = wp::slice_t(var_16, var_17, var_18);
    var_19 = wp::tile_slice_indexed<8, 4>(var_3, var_7, var_20);
    // wp.tile_store(out, g)                                                                  <L 46>
    // wp::tile_store<wp::float32, true, false>(var_out, var_21, var_22, var_13);
    // wp.tile_store(out, h)                                                                  <L 47>
    // wp::tile_store<wp::float32, true, false>(var_out, var_23, var_24, var_19);
    //---------
    // reverse
    wp::adj_tile_store(var_out, var_23, var_24, var_19, adj_out, adj_23, adj_24, adj_19);
    // adj: wp.tile_store(out, h)                                                             <L 47>
    wp::adj_tile_store(var_out, var_21, var_22, var_13, adj_out, adj_21, adj_22, adj_13);
    // adj: wp.tile_store(out, g)                                                             <L 46>
    wp::adj_tile_slice_indexed(var_3, var_7, var_20, adj_3, adj_7, adj_20, adj_19);
    // adj: h = t[:, ix]                                                                      <L 45>
    wp::adj_tile_slice_indexed(var_3, var_7, var_14, adj_3, adj_7, adj_14, adj_13);
    // adj: g = t[ix, :]                                                                      <L 44>
    wp::adj_tile_load(var_idx, var_8, adj_idx, adj_8, adj_7);
    // adj: ix = wp.tile_load(idx, shape=4)                                                   <L 43>
    wp::adj_tile_load(var_a, var_4, var_5, adj_a, adj_4, adj_5, adj_3);
    // adj: t = wp.tile_load(a, shape=(8, 16))                                                <L 42>
    // adj: def gather(a: wp.array2d(dtype=float), idx: wp.array(dtype=int), out: wp.array2d(dtype=float)):  <L 41>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void gather_e95ea1e1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_e95ea1e1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gather_e95ea1e1_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void gather_e95ea1e1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_e95ea1e1 *_wp_args,
    wp_args_gather_e95ea1e1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gather_e95ea1e1_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

