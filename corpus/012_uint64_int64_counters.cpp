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


// corpus/012_uint64_int64_counters.py:20
static wp::int64 abs64_0(
    wp::int64 var_x)
{
    //---------
    // primal vars
    wp::int64 var_0;
    bool var_1;
    wp::int64 var_2;
    //---------
    // forward
    // def abs64(x: wp.int64) -> wp.int64:                                                    <L 21>
    // if x < wp.int64(0):                                                                    <L 22>
    var_0 = 0ll;
    var_1 = (var_x < var_0);
    if (var_1) {
        // return -x                                                                          <L 23>
        var_2 = wp::neg(var_x);
        return var_2;
    }
    // return x                                                                               <L 24>
    return var_x;
}


// corpus/012_uint64_int64_counters.py:6
static wp::uint64 splitmix64_0(
    wp::uint64 var_x)
{
    //---------
    // primal vars
    const wp::uint64 var_0 = 11400714819323198485ull;
    wp::uint64 var_1;
    wp::uint64 var_2;
    wp::uint64 var_3;
    wp::uint64 var_4;
    wp::uint64 var_5;
    wp::uint64 var_6;
    wp::uint64 var_7;
    wp::uint64 var_8;
    wp::uint64 var_9;
    wp::uint64 var_10;
    wp::uint64 var_11;
    wp::uint64 var_12;
    wp::uint64 var_13;
    wp::uint64 var_14;
    //---------
    // forward
    // def splitmix64(x: wp.uint64) -> wp.uint64:                                             <L 7>
    // z = x + GOLDEN_GAMMA                                                                   <L 8>
    var_1 = wp::add(var_x, var_0);
    // z = (z ^ (z >> wp.uint64(30))) * wp.uint64(0xBF58476D1CE4E5B9)                         <L 9>
    var_2 = 30ull;
    var_3 = wp::rshift(var_1, var_2);
    var_4 = wp::bit_xor(var_1, var_3);
    var_5 = 13787848793156543929ull;
    var_6 = wp::mul(var_4, var_5);
    // z = (z ^ (z >> wp.uint64(27))) * wp.uint64(0x94D049BB133111EB)                         <L 10>
    var_7 = 27ull;
    var_8 = wp::rshift(var_6, var_7);
    var_9 = wp::bit_xor(var_6, var_8);
    var_10 = 10723151780598845931ull;
    var_11 = wp::mul(var_9, var_10);
    // return z ^ (z >> wp.uint64(31))                                                        <L 11>
    var_12 = 31ull;
    var_13 = wp::rshift(var_11, var_12);
    var_14 = wp::bit_xor(var_11, var_13);
    return var_14;
}


// corpus/012_uint64_int64_counters.py:14
static wp::float64 to_unit_double_0(
    wp::uint64 var_x)
{
    //---------
    // primal vars
    wp::uint64 var_0;
    wp::uint64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    //---------
    // forward
    // def to_unit_double(x: wp.uint64) -> wp.float64:                                        <L 15>
    // top = x >> wp.uint64(11)                                                               <L 16>
    var_0 = 11ull;
    var_1 = wp::rshift(var_x, var_0);
    // return wp.float64(top) * wp.float64(1.1102230246251565e-16)                            <L 17>
    var_2 = wp::float64(var_1);
    var_3 = 1.1102230246251565e-16;
    var_4 = wp::mul(var_2, var_3);
    return var_4;
}


// corpus/012_uint64_int64_counters.py:20
static void adj_abs64_0(
    wp::int64 var_x,
    wp::int64 & adj_x,
    wp::int64 & adj_ret)
{
    //---------
    // primal vars
    wp::int64 var_0;
    bool var_1;
    wp::int64 var_2;
    //---------
    // dual vars
    wp::int64 adj_0 = {};
    bool adj_1 = {};
    wp::int64 adj_2 = {};
    //---------
    // forward
    // def abs64(x: wp.int64) -> wp.int64:                                                    <L 21>
    // if x < wp.int64(0):                                                                    <L 22>
    var_0 = 0ll;
    var_1 = (var_x < var_0);
    if (var_1) {
        // return -x                                                                          <L 23>
        var_2 = wp::neg(var_x);
        goto label0;
    }
    // return x                                                                               <L 24>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_x += adj_ret;
    // adj: return x                                                                          <L 24>
    if (var_1) {
        label0:;
        adj_2 += adj_ret;
        wp::adj_neg(var_x, adj_x, adj_2);
        // adj: return -x                                                                     <L 23>
    }
    // adj: if x < wp.int64(0):                                                               <L 22>
    // adj: def abs64(x: wp.int64) -> wp.int64:                                               <L 21>
    return;
}


// corpus/012_uint64_int64_counters.py:6
static void adj_splitmix64_0(
    wp::uint64 var_x,
    wp::uint64 & adj_x,
    wp::uint64 & adj_ret)
{
    //---------
    // primal vars
    const wp::uint64 var_0 = 11400714819323198485ull;
    wp::uint64 var_1;
    wp::uint64 var_2;
    wp::uint64 var_3;
    wp::uint64 var_4;
    wp::uint64 var_5;
    wp::uint64 var_6;
    wp::uint64 var_7;
    wp::uint64 var_8;
    wp::uint64 var_9;
    wp::uint64 var_10;
    wp::uint64 var_11;
    wp::uint64 var_12;
    wp::uint64 var_13;
    wp::uint64 var_14;
    //---------
    // dual vars
    wp::uint64 adj_0 = {};
    wp::uint64 adj_1 = {};
    wp::uint64 adj_2 = {};
    wp::uint64 adj_3 = {};
    wp::uint64 adj_4 = {};
    wp::uint64 adj_5 = {};
    wp::uint64 adj_6 = {};
    wp::uint64 adj_7 = {};
    wp::uint64 adj_8 = {};
    wp::uint64 adj_9 = {};
    wp::uint64 adj_10 = {};
    wp::uint64 adj_11 = {};
    wp::uint64 adj_12 = {};
    wp::uint64 adj_13 = {};
    wp::uint64 adj_14 = {};
    //---------
    // forward
    // def splitmix64(x: wp.uint64) -> wp.uint64:                                             <L 7>
    // z = x + GOLDEN_GAMMA                                                                   <L 8>
    var_1 = wp::add(var_x, var_0);
    // z = (z ^ (z >> wp.uint64(30))) * wp.uint64(0xBF58476D1CE4E5B9)                         <L 9>
    var_2 = 30ull;
    var_3 = wp::rshift(var_1, var_2);
    var_4 = wp::bit_xor(var_1, var_3);
    var_5 = 13787848793156543929ull;
    var_6 = wp::mul(var_4, var_5);
    // z = (z ^ (z >> wp.uint64(27))) * wp.uint64(0x94D049BB133111EB)                         <L 10>
    var_7 = 27ull;
    var_8 = wp::rshift(var_6, var_7);
    var_9 = wp::bit_xor(var_6, var_8);
    var_10 = 10723151780598845931ull;
    var_11 = wp::mul(var_9, var_10);
    // return z ^ (z >> wp.uint64(31))                                                        <L 11>
    var_12 = 31ull;
    var_13 = wp::rshift(var_11, var_12);
    var_14 = wp::bit_xor(var_11, var_13);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret;
    // adj: return z ^ (z >> wp.uint64(31))                                                   <L 11>
    wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
    // adj: z = (z ^ (z >> wp.uint64(27))) * wp.uint64(0x94D049BB133111EB)                    <L 10>
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    // adj: z = (z ^ (z >> wp.uint64(30))) * wp.uint64(0xBF58476D1CE4E5B9)                    <L 9>
    wp::adj_add(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: z = x + GOLDEN_GAMMA                                                              <L 8>
    // adj: def splitmix64(x: wp.uint64) -> wp.uint64:                                        <L 7>
    return;
}


// corpus/012_uint64_int64_counters.py:14
static void adj_to_unit_double_0(
    wp::uint64 var_x,
    wp::uint64 & adj_x,
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    wp::uint64 var_0;
    wp::uint64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    //---------
    // dual vars
    wp::uint64 adj_0 = {};
    wp::uint64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    //---------
    // forward
    // def to_unit_double(x: wp.uint64) -> wp.float64:                                        <L 15>
    // top = x >> wp.uint64(11)                                                               <L 16>
    var_0 = 11ull;
    var_1 = wp::rshift(var_x, var_0);
    // return wp.float64(top) * wp.float64(1.1102230246251565e-16)                            <L 17>
    var_2 = wp::float64(var_1);
    var_3 = 1.1102230246251565e-16;
    var_4 = wp::mul(var_2, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_float64(var_1, adj_1, adj_2);
    // adj: return wp.float64(top) * wp.float64(1.1102230246251565e-16)                       <L 17>
    // adj: top = x >> wp.uint64(11)                                                          <L 16>
    // adj: def to_unit_double(x: wp.uint64) -> wp.float64:                                   <L 15>
    return;
}

struct wp_args_timestamps_delta_ac185edb {
    wp::array_t<wp::int64> stamps;
    wp::array_t<wp::int64> deltas;
    wp::array_t<wp::int64> max_gap;
    wp::array_t<wp::int64> total;
};


void timestamps_delta_ac185edb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_timestamps_delta_ac185edb *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int64> var_stamps = _wp_args->stamps;
    wp::array_t<wp::int64> var_deltas = _wp_args->deltas;
    wp::array_t<wp::int64> var_max_gap = _wp_args->max_gap;
    wp::array_t<wp::int64> var_total = _wp_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::int64 var_3;
    wp::int64* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int64* var_7;
    wp::int64 var_8;
    wp::int64 var_9;
    wp::int64 var_10;
    const wp::int32 var_11 = 0;
    wp::int64 var_12;
    wp::int64 var_13;
    const wp::int32 var_14 = 0;
    wp::int64 var_15;
    //---------
    // forward
    // def timestamps_delta(stamps: wp.array(dtype=wp.int64), deltas: wp.array(dtype=wp.int64), max_gap: wp.array(dtype=wp.int64), total: wp.array(dtype=wp.int64)):       <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // if i == 0:                                                                             <L 30>
    var_2 = (var_0 == var_1);
    if (var_2) {
        // deltas[i] = wp.int64(0)                                                            <L 31>
        var_3 = 0ll;
        wp::array_store(var_deltas, var_0, var_3);
        // return                                                                             <L 32>
        return;
    }
    // d = stamps[i] - stamps[i - 1]                                                          <L 33>
    var_4 = wp::address(var_stamps, var_0);
    var_6 = wp::sub(var_0, var_5);
    var_7 = wp::address(var_stamps, var_6);
    var_9 = wp::load(var_4);
    var_10 = wp::load(var_7);
    var_8 = wp::sub(var_9, var_10);
    // deltas[i] = d                                                                          <L 34>
    wp::array_store(var_deltas, var_0, var_8);
    // wp.atomic_max(max_gap, 0, abs64(d))                                                    <L 35>
    var_12 = abs64_0(var_8);
    var_13 = wp::atomic_max(var_max_gap, var_11, var_12);
    // wp.atomic_add(total, 0, d)                                                             <L 36>
    var_15 = wp::atomic_add(var_total, var_14, var_8);
}



void timestamps_delta_ac185edb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_timestamps_delta_ac185edb *_wp_args,
    wp_args_timestamps_delta_ac185edb *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int64> var_stamps = _wp_args->stamps;
    wp::array_t<wp::int64> var_deltas = _wp_args->deltas;
    wp::array_t<wp::int64> var_max_gap = _wp_args->max_gap;
    wp::array_t<wp::int64> var_total = _wp_args->total;
    wp::array_t<wp::int64> adj_stamps = _wp_adj_args->stamps;
    wp::array_t<wp::int64> adj_deltas = _wp_adj_args->deltas;
    wp::array_t<wp::int64> adj_max_gap = _wp_adj_args->max_gap;
    wp::array_t<wp::int64> adj_total = _wp_adj_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::int64 var_3;
    wp::int64* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int64* var_7;
    wp::int64 var_8;
    wp::int64 var_9;
    wp::int64 var_10;
    const wp::int32 var_11 = 0;
    wp::int64 var_12;
    wp::int64 var_13;
    const wp::int32 var_14 = 0;
    wp::int64 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int64 adj_3 = {};
    wp::int64 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int64 adj_7 = {};
    wp::int64 adj_8 = {};
    wp::int64 adj_9 = {};
    wp::int64 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int64 adj_12 = {};
    wp::int64 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int64 adj_15 = {};
    //---------
    // forward
    // def timestamps_delta(stamps: wp.array(dtype=wp.int64), deltas: wp.array(dtype=wp.int64), max_gap: wp.array(dtype=wp.int64), total: wp.array(dtype=wp.int64)):       <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // if i == 0:                                                                             <L 30>
    var_2 = (var_0 == var_1);
    if (var_2) {
        // deltas[i] = wp.int64(0)                                                            <L 31>
        var_3 = 0ll;
        // wp::array_store(var_deltas, var_0, var_3);
        // return                                                                             <L 32>
        goto label0;
    }
    // d = stamps[i] - stamps[i - 1]                                                          <L 33>
    var_4 = wp::address(var_stamps, var_0);
    var_6 = wp::sub(var_0, var_5);
    var_7 = wp::address(var_stamps, var_6);
    var_9 = wp::load(var_4);
    var_10 = wp::load(var_7);
    var_8 = wp::sub(var_9, var_10);
    // deltas[i] = d                                                                          <L 34>
    // wp::array_store(var_deltas, var_0, var_8);
    // wp.atomic_max(max_gap, 0, abs64(d))                                                    <L 35>
    var_12 = abs64_0(var_8);
    // var_13 = wp::atomic_max(var_max_gap, var_11, var_12);
    // wp.atomic_add(total, 0, d)                                                             <L 36>
    // var_15 = wp::atomic_add(var_total, var_14, var_8);
    //---------
    // reverse
    wp::adj_atomic_add(var_total, var_14, var_8, adj_total, adj_14, adj_8, adj_15);
    // adj: wp.atomic_add(total, 0, d)                                                        <L 36>
    wp::adj_atomic_max(var_max_gap, var_11, var_12, adj_max_gap, adj_11, adj_12, adj_13);
    adj_abs64_0(var_8, adj_8, adj_12);
    // adj: wp.atomic_max(max_gap, 0, abs64(d))                                               <L 35>
    wp::adj_array_store(var_deltas, var_0, var_8, adj_deltas, adj_0, adj_8);
    // adj: deltas[i] = d                                                                     <L 34>
    wp::adj_sub(var_9, var_10, adj_4, adj_7, adj_8);
    wp::adj_address(var_stamps, var_6, adj_stamps, adj_6, adj_7);
    wp::adj_sub(var_0, var_5, adj_0, adj_5, adj_6);
    wp::adj_address(var_stamps, var_0, adj_stamps, adj_0, adj_4);
    // adj: d = stamps[i] - stamps[i - 1]                                                     <L 33>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 32>
        wp::adj_array_store(var_deltas, var_0, var_3, adj_deltas, adj_0, adj_3);
        // adj: deltas[i] = wp.int64(0)                                                       <L 31>
    }
    // adj: if i == 0:                                                                        <L 30>
    // adj: i = wp.tid()                                                                      <L 29>
    // adj: def timestamps_delta(stamps: wp.array(dtype=wp.int64), deltas: wp.array(dtype=wp.int64), max_gap: wp.array(dtype=wp.int64), total: wp.array(dtype=wp.int64)):  <L 28>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void timestamps_delta_ac185edb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_timestamps_delta_ac185edb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        timestamps_delta_ac185edb_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void timestamps_delta_ac185edb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_timestamps_delta_ac185edb *_wp_args,
    wp_args_timestamps_delta_ac185edb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        timestamps_delta_ac185edb_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_random_doubles_f127d7e2 {
    wp::uint64 seed;
    wp::array_t<wp::float64> out;
    wp::array_t<wp::float64> sums;
};


void random_doubles_f127d7e2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_random_doubles_f127d7e2 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_seed = _wp_args->seed;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::array_t<wp::float64> var_sums = _wp_args->sums;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint64 var_1;
    wp::uint64 var_2;
    wp::uint64 var_3;
    wp::float64 var_4;
    wp::uint64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    const wp::int32 var_14 = 0;
    wp::float64 var_15;
    //---------
    // forward
    // def random_doubles(seed: wp.uint64, out: wp.array(dtype=wp.float64), sums: wp.array(dtype=wp.float64)):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // s = splitmix64(seed + wp.uint64(i))                                                    <L 42>
    var_1 = wp::uint64(var_0);
    var_2 = wp::add(var_seed, var_1);
    var_3 = splitmix64_0(var_2);
    // u = to_unit_double(s)                                                                  <L 43>
    var_4 = to_unit_double_0(var_3);
    // s = splitmix64(s)                                                                      <L 44>
    var_5 = splitmix64_0(var_3);
    // v = to_unit_double(s)                                                                  <L 45>
    var_6 = to_unit_double_0(var_5);
    // out[i] = u * wp.float64(2.0) - wp.float64(1.0) + v * wp.float64(1.0e-3)                <L 46>
    var_7 = 2.0;
    var_8 = wp::mul(var_4, var_7);
    var_9 = 1.0;
    var_10 = wp::sub(var_8, var_9);
    var_11 = 0.001;
    var_12 = wp::mul(var_6, var_11);
    var_13 = wp::add(var_10, var_12);
    wp::array_store(var_out, var_0, var_13);
    // wp.atomic_add(sums, 0, u)                                                              <L 47>
    var_15 = wp::atomic_add(var_sums, var_14, var_4);
}



void random_doubles_f127d7e2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_random_doubles_f127d7e2 *_wp_args,
    wp_args_random_doubles_f127d7e2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_seed = _wp_args->seed;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::array_t<wp::float64> var_sums = _wp_args->sums;
    wp::uint64 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::float64> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float64> adj_sums = _wp_adj_args->sums;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint64 var_1;
    wp::uint64 var_2;
    wp::uint64 var_3;
    wp::float64 var_4;
    wp::uint64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    const wp::int32 var_14 = 0;
    wp::float64 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint64 adj_1 = {};
    wp::uint64 adj_2 = {};
    wp::uint64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::uint64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float64 adj_15 = {};
    //---------
    // forward
    // def random_doubles(seed: wp.uint64, out: wp.array(dtype=wp.float64), sums: wp.array(dtype=wp.float64)):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // s = splitmix64(seed + wp.uint64(i))                                                    <L 42>
    var_1 = wp::uint64(var_0);
    var_2 = wp::add(var_seed, var_1);
    var_3 = splitmix64_0(var_2);
    // u = to_unit_double(s)                                                                  <L 43>
    var_4 = to_unit_double_0(var_3);
    // s = splitmix64(s)                                                                      <L 44>
    var_5 = splitmix64_0(var_3);
    // v = to_unit_double(s)                                                                  <L 45>
    var_6 = to_unit_double_0(var_5);
    // out[i] = u * wp.float64(2.0) - wp.float64(1.0) + v * wp.float64(1.0e-3)                <L 46>
    var_7 = 2.0;
    var_8 = wp::mul(var_4, var_7);
    var_9 = 1.0;
    var_10 = wp::sub(var_8, var_9);
    var_11 = 0.001;
    var_12 = wp::mul(var_6, var_11);
    var_13 = wp::add(var_10, var_12);
    // wp::array_store(var_out, var_0, var_13);
    // wp.atomic_add(sums, 0, u)                                                              <L 47>
    // var_15 = wp::atomic_add(var_sums, var_14, var_4);
    //---------
    // reverse
    wp::adj_atomic_add(var_sums, var_14, var_4, adj_sums, adj_14, adj_4, adj_15);
    // adj: wp.atomic_add(sums, 0, u)                                                         <L 47>
    wp::adj_array_store(var_out, var_0, var_13, adj_out, adj_0, adj_13);
    wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_mul(var_6, var_11, adj_6, adj_11, adj_12);
    wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_8);
    // adj: out[i] = u * wp.float64(2.0) - wp.float64(1.0) + v * wp.float64(1.0e-3)           <L 46>
    adj_to_unit_double_0(var_5, adj_5, adj_6);
    // adj: v = to_unit_double(s)                                                             <L 45>
    adj_splitmix64_0(var_3, adj_3, adj_5);
    // adj: s = splitmix64(s)                                                                 <L 44>
    adj_to_unit_double_0(var_3, adj_3, adj_4);
    // adj: u = to_unit_double(s)                                                             <L 43>
    adj_splitmix64_0(var_2, adj_2, adj_3);
    wp::adj_add(var_seed, var_1, adj_seed, adj_1, adj_2);
    // adj: s = splitmix64(seed + wp.uint64(i))                                               <L 42>
    // adj: i = wp.tid()                                                                      <L 41>
    // adj: def random_doubles(seed: wp.uint64, out: wp.array(dtype=wp.float64), sums: wp.array(dtype=wp.float64)):  <L 40>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void random_doubles_f127d7e2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_random_doubles_f127d7e2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        random_doubles_f127d7e2_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void random_doubles_f127d7e2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_random_doubles_f127d7e2 *_wp_args,
    wp_args_random_doubles_f127d7e2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        random_doubles_f127d7e2_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_count_events_4f9ad269 {
    wp::array_t<wp::uint64> event_ids;
    wp::int32 num_buckets;
    wp::array_t<wp::uint64> counts;
    wp::array_t<wp::int64> bytes_per_bucket;
    wp::array_t<wp::int32> sizes;
};


void count_events_4f9ad269_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_events_4f9ad269 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint64> var_event_ids = _wp_args->event_ids;
    wp::int32 var_num_buckets = _wp_args->num_buckets;
    wp::array_t<wp::uint64> var_counts = _wp_args->counts;
    wp::array_t<wp::int64> var_bytes_per_bucket = _wp_args->bytes_per_bucket;
    wp::array_t<wp::int32> var_sizes = _wp_args->sizes;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint64* var_1;
    wp::uint64 var_2;
    wp::uint64 var_3;
    wp::uint64 var_4;
    wp::uint64 var_5;
    wp::int32 var_6;
    wp::uint64 var_7;
    wp::uint64 var_8;
    wp::int32* var_9;
    wp::int64 var_10;
    wp::int32 var_11;
    wp::int64 var_12;
    //---------
    // forward
    // def count_events(                                                                      <L 51>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // h = splitmix64(event_ids[i])                                                           <L 59>
    var_1 = wp::address(var_event_ids, var_0);
    var_3 = wp::load(var_1);
    var_2 = splitmix64_0(var_3);
    // b = int(h % wp.uint64(num_buckets))                                                    <L 60>
    var_4 = wp::uint64(var_num_buckets);
    var_5 = wp::mod(var_2, var_4);
    var_6 = wp::int(var_5);
    // wp.atomic_add(counts, b, wp.uint64(1))                                                 <L 61>
    var_7 = 1ull;
    var_8 = wp::atomic_add(var_counts, var_6, var_7);
    // wp.atomic_add(bytes_per_bucket, b, wp.int64(sizes[i]))                                 <L 62>
    var_9 = wp::address(var_sizes, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::int64(var_11);
    var_12 = wp::atomic_add(var_bytes_per_bucket, var_6, var_10);
}



void count_events_4f9ad269_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_events_4f9ad269 *_wp_args,
    wp_args_count_events_4f9ad269 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint64> var_event_ids = _wp_args->event_ids;
    wp::int32 var_num_buckets = _wp_args->num_buckets;
    wp::array_t<wp::uint64> var_counts = _wp_args->counts;
    wp::array_t<wp::int64> var_bytes_per_bucket = _wp_args->bytes_per_bucket;
    wp::array_t<wp::int32> var_sizes = _wp_args->sizes;
    wp::array_t<wp::uint64> adj_event_ids = _wp_adj_args->event_ids;
    wp::int32 adj_num_buckets = _wp_adj_args->num_buckets;
    wp::array_t<wp::uint64> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::int64> adj_bytes_per_bucket = _wp_adj_args->bytes_per_bucket;
    wp::array_t<wp::int32> adj_sizes = _wp_adj_args->sizes;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint64* var_1;
    wp::uint64 var_2;
    wp::uint64 var_3;
    wp::uint64 var_4;
    wp::uint64 var_5;
    wp::int32 var_6;
    wp::uint64 var_7;
    wp::uint64 var_8;
    wp::int32* var_9;
    wp::int64 var_10;
    wp::int32 var_11;
    wp::int64 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint64 adj_1 = {};
    wp::uint64 adj_2 = {};
    wp::uint64 adj_3 = {};
    wp::uint64 adj_4 = {};
    wp::uint64 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::uint64 adj_7 = {};
    wp::uint64 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int64 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int64 adj_12 = {};
    //---------
    // forward
    // def count_events(                                                                      <L 51>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // h = splitmix64(event_ids[i])                                                           <L 59>
    var_1 = wp::address(var_event_ids, var_0);
    var_3 = wp::load(var_1);
    var_2 = splitmix64_0(var_3);
    // b = int(h % wp.uint64(num_buckets))                                                    <L 60>
    var_4 = wp::uint64(var_num_buckets);
    var_5 = wp::mod(var_2, var_4);
    var_6 = wp::int(var_5);
    // wp.atomic_add(counts, b, wp.uint64(1))                                                 <L 61>
    var_7 = 1ull;
    // var_8 = wp::atomic_add(var_counts, var_6, var_7);
    // wp.atomic_add(bytes_per_bucket, b, wp.int64(sizes[i]))                                 <L 62>
    var_9 = wp::address(var_sizes, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::int64(var_11);
    // var_12 = wp::atomic_add(var_bytes_per_bucket, var_6, var_10);
    //---------
    // reverse
    wp::adj_atomic_add(var_bytes_per_bucket, var_6, var_10, adj_bytes_per_bucket, adj_6, adj_10, adj_12);
    wp::adj_address(var_sizes, var_0, adj_sizes, adj_0, adj_9);
    // adj: wp.atomic_add(bytes_per_bucket, b, wp.int64(sizes[i]))                            <L 62>
    wp::adj_atomic_add(var_counts, var_6, var_7, adj_counts, adj_6, adj_7, adj_8);
    // adj: wp.atomic_add(counts, b, wp.uint64(1))                                            <L 61>
    wp::adj_mod(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: b = int(h % wp.uint64(num_buckets))                                               <L 60>
    adj_splitmix64_0(var_3, adj_1, adj_2);
    wp::adj_address(var_event_ids, var_0, adj_event_ids, adj_0, adj_1);
    // adj: h = splitmix64(event_ids[i])                                                      <L 59>
    // adj: i = wp.tid()                                                                      <L 58>
    // adj: def count_events(                                                                 <L 51>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void count_events_4f9ad269_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_events_4f9ad269 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_events_4f9ad269_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void count_events_4f9ad269_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_events_4f9ad269 *_wp_args,
    wp_args_count_events_4f9ad269 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_events_4f9ad269_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_fixed_point_accumulate_a66fcdf2 {
    wp::array_t<wp::float32> values;
    wp::float32 scale;
    wp::array_t<wp::int64> acc;
    wp::array_t<wp::int64> lo;
    wp::array_t<wp::int64> hi;
};


void fixed_point_accumulate_a66fcdf2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fixed_point_accumulate_a66fcdf2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_scale = _wp_args->scale;
    wp::array_t<wp::int64> var_acc = _wp_args->acc;
    wp::array_t<wp::int64> var_lo = _wp_args->lo;
    wp::array_t<wp::int64> var_hi = _wp_args->hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int64 var_4;
    const wp::int32 var_5 = 0;
    wp::int64 var_6;
    const wp::int32 var_7 = 0;
    wp::int64 var_8;
    const wp::int32 var_9 = 0;
    wp::int64 var_10;
    //---------
    // forward
    // def fixed_point_accumulate(values: wp.array(dtype=float), scale: float, acc: wp.array(dtype=wp.int64), lo: wp.array(dtype=wp.int64), hi: wp.array(dtype=wp.int64)):       <L 66>
    // i = wp.tid()                                                                           <L 67>
    var_0 = builtin_tid1d();
    // q = wp.int64(values[i] * scale)                                                        <L 68>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_3, var_scale);
    var_4 = wp::int64(var_2);
    // wp.atomic_add(acc, 0, q)                                                               <L 69>
    var_6 = wp::atomic_add(var_acc, var_5, var_4);
    // wp.atomic_min(lo, 0, q)                                                                <L 70>
    var_8 = wp::atomic_min(var_lo, var_7, var_4);
    // wp.atomic_max(hi, 0, q)                                                                <L 71>
    var_10 = wp::atomic_max(var_hi, var_9, var_4);
}



void fixed_point_accumulate_a66fcdf2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_fixed_point_accumulate_a66fcdf2 *_wp_args,
    wp_args_fixed_point_accumulate_a66fcdf2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_scale = _wp_args->scale;
    wp::array_t<wp::int64> var_acc = _wp_args->acc;
    wp::array_t<wp::int64> var_lo = _wp_args->lo;
    wp::array_t<wp::int64> var_hi = _wp_args->hi;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::float32 adj_scale = _wp_adj_args->scale;
    wp::array_t<wp::int64> adj_acc = _wp_adj_args->acc;
    wp::array_t<wp::int64> adj_lo = _wp_adj_args->lo;
    wp::array_t<wp::int64> adj_hi = _wp_adj_args->hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int64 var_4;
    const wp::int32 var_5 = 0;
    wp::int64 var_6;
    const wp::int32 var_7 = 0;
    wp::int64 var_8;
    const wp::int32 var_9 = 0;
    wp::int64 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int64 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int64 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int64 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int64 adj_10 = {};
    //---------
    // forward
    // def fixed_point_accumulate(values: wp.array(dtype=float), scale: float, acc: wp.array(dtype=wp.int64), lo: wp.array(dtype=wp.int64), hi: wp.array(dtype=wp.int64)):       <L 66>
    // i = wp.tid()                                                                           <L 67>
    var_0 = builtin_tid1d();
    // q = wp.int64(values[i] * scale)                                                        <L 68>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_3, var_scale);
    var_4 = wp::int64(var_2);
    // wp.atomic_add(acc, 0, q)                                                               <L 69>
    // var_6 = wp::atomic_add(var_acc, var_5, var_4);
    // wp.atomic_min(lo, 0, q)                                                                <L 70>
    // var_8 = wp::atomic_min(var_lo, var_7, var_4);
    // wp.atomic_max(hi, 0, q)                                                                <L 71>
    // var_10 = wp::atomic_max(var_hi, var_9, var_4);
    //---------
    // reverse
    wp::adj_atomic_max(var_hi, var_9, var_4, adj_hi, adj_9, adj_4, adj_10);
    // adj: wp.atomic_max(hi, 0, q)                                                           <L 71>
    wp::adj_atomic_min(var_lo, var_7, var_4, adj_lo, adj_7, adj_4, adj_8);
    // adj: wp.atomic_min(lo, 0, q)                                                           <L 70>
    wp::adj_atomic_add(var_acc, var_5, var_4, adj_acc, adj_5, adj_4, adj_6);
    // adj: wp.atomic_add(acc, 0, q)                                                          <L 69>
    wp::adj_mul(var_3, var_scale, adj_1, adj_scale, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: q = wp.int64(values[i] * scale)                                                   <L 68>
    // adj: i = wp.tid()                                                                      <L 67>
    // adj: def fixed_point_accumulate(values: wp.array(dtype=float), scale: float, acc: wp.array(dtype=wp.int64), lo: wp.array(dtype=wp.int64), hi: wp.array(dtype=wp.int64)):  <L 66>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void fixed_point_accumulate_a66fcdf2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fixed_point_accumulate_a66fcdf2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fixed_point_accumulate_a66fcdf2_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void fixed_point_accumulate_a66fcdf2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_fixed_point_accumulate_a66fcdf2 *_wp_args,
    wp_args_fixed_point_accumulate_a66fcdf2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fixed_point_accumulate_a66fcdf2_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_mix_bits_0a200d41 {
    wp::array_t<wp::uint64> a;
    wp::array_t<wp::uint64> b;
    wp::array_t<wp::uint64> out;
    wp::int32 rounds;
};


void mix_bits_0a200d41_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mix_bits_0a200d41 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint64> var_a = _wp_args->a;
    wp::array_t<wp::uint64> var_b = _wp_args->b;
    wp::array_t<wp::uint64> var_out = _wp_args->out;
    wp::int32 var_rounds = _wp_args->rounds;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint64* var_1;
    wp::uint64 var_2;
    wp::uint64 var_3;
    wp::uint64* var_4;
    wp::uint64 var_5;
    wp::uint64 var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::uint64 var_9;
    wp::uint64 var_10;
    wp::uint64 var_11;
    wp::uint64 var_12;
    wp::uint64 var_13;
    wp::uint64 var_14;
    wp::uint64 var_15;
    wp::uint64 var_16;
    wp::uint64 var_17;
    wp::uint64 var_18;
    wp::uint64 var_19;
    wp::uint64 var_20;
    wp::uint64 var_21;
    //---------
    // forward
    // def mix_bits(a: wp.array(dtype=wp.uint64), b: wp.array(dtype=wp.uint64), out: wp.array(dtype=wp.uint64), rounds: int):       <L 75>
    // i = wp.tid()                                                                           <L 76>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 77>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 78>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // for r in range(rounds):                                                                <L 79>
    var_7 = wp::range(var_rounds);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
        // x = x + y                                                                          <L 80>
        var_9 = wp::add(var_2, var_5);
        // y = (y << wp.uint64(13)) | (y >> wp.uint64(51))                                    <L 81>
        var_10 = 13ull;
        var_11 = wp::lshift(var_5, var_10);
        var_12 = 51ull;
        var_13 = wp::rshift(var_5, var_12);
        var_14 = wp::bit_or(var_11, var_13);
        // y = y ^ x                                                                          <L 82>
        var_15 = wp::bit_xor(var_14, var_9);
        // x = (x << wp.uint64(32)) | (x >> wp.uint64(32))                                    <L 83>
        var_16 = 32ull;
        var_17 = wp::lshift(var_9, var_16);
        var_18 = 32ull;
        var_19 = wp::rshift(var_9, var_18);
        var_20 = wp::bit_or(var_17, var_19);
        wp::assign(var_2, var_20);
        wp::assign(var_5, var_15);
        goto start_for_0;
    end_for_0:;
    // out[i] = x ^ y                                                                         <L 84>
    var_21 = wp::bit_xor(var_2, var_5);
    wp::array_store(var_out, var_0, var_21);
}



void mix_bits_0a200d41_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mix_bits_0a200d41 *_wp_args,
    wp_args_mix_bits_0a200d41 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint64> var_a = _wp_args->a;
    wp::array_t<wp::uint64> var_b = _wp_args->b;
    wp::array_t<wp::uint64> var_out = _wp_args->out;
    wp::int32 var_rounds = _wp_args->rounds;
    wp::array_t<wp::uint64> adj_a = _wp_adj_args->a;
    wp::array_t<wp::uint64> adj_b = _wp_adj_args->b;
    wp::array_t<wp::uint64> adj_out = _wp_adj_args->out;
    wp::int32 adj_rounds = _wp_adj_args->rounds;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint64* var_1;
    wp::uint64 var_2;
    wp::uint64 var_3;
    wp::uint64* var_4;
    wp::uint64 var_5;
    wp::uint64 var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::uint64 var_9;
    wp::uint64 var_10;
    wp::uint64 var_11;
    wp::uint64 var_12;
    wp::uint64 var_13;
    wp::uint64 var_14;
    wp::uint64 var_15;
    wp::uint64 var_16;
    wp::uint64 var_17;
    wp::uint64 var_18;
    wp::uint64 var_19;
    wp::uint64 var_20;
    wp::uint64 var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint64 adj_1 = {};
    wp::uint64 adj_2 = {};
    wp::uint64 adj_3 = {};
    wp::uint64 adj_4 = {};
    wp::uint64 adj_5 = {};
    wp::uint64 adj_6 = {};
    wp::range_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::uint64 adj_9 = {};
    wp::uint64 adj_10 = {};
    wp::uint64 adj_11 = {};
    wp::uint64 adj_12 = {};
    wp::uint64 adj_13 = {};
    wp::uint64 adj_14 = {};
    wp::uint64 adj_15 = {};
    wp::uint64 adj_16 = {};
    wp::uint64 adj_17 = {};
    wp::uint64 adj_18 = {};
    wp::uint64 adj_19 = {};
    wp::uint64 adj_20 = {};
    wp::uint64 adj_21 = {};
    //---------
    // forward
    // def mix_bits(a: wp.array(dtype=wp.uint64), b: wp.array(dtype=wp.uint64), out: wp.array(dtype=wp.uint64), rounds: int):       <L 75>
    // i = wp.tid()                                                                           <L 76>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 77>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 78>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // for r in range(rounds):                                                                <L 79>
    var_7 = wp::range(var_rounds);
    // out[i] = x ^ y                                                                         <L 84>
    var_21 = wp::bit_xor(var_2, var_5);
    // wp::array_store(var_out, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
    // adj: out[i] = x ^ y                                                                    <L 84>
    var_7 = wp::iter_reverse(var_7);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
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
        // x = x + y                                                                          <L 80>
        var_9 = wp::add(var_2, var_5);
        // y = (y << wp.uint64(13)) | (y >> wp.uint64(51))                                    <L 81>
        var_10 = 13ull;
        var_11 = wp::lshift(var_5, var_10);
        var_12 = 51ull;
        var_13 = wp::rshift(var_5, var_12);
        var_14 = wp::bit_or(var_11, var_13);
        // y = y ^ x                                                                          <L 82>
        var_15 = wp::bit_xor(var_14, var_9);
        // x = (x << wp.uint64(32)) | (x >> wp.uint64(32))                                    <L 83>
        var_16 = 32ull;
        var_17 = wp::lshift(var_9, var_16);
        var_18 = 32ull;
        var_19 = wp::rshift(var_9, var_18);
        var_20 = wp::bit_or(var_17, var_19);
        wp::assign(var_2, var_20);
        wp::assign(var_5, var_15);
        wp::adj_assign(var_5, var_15, adj_5, adj_15);
        wp::adj_assign(var_2, var_20, adj_2, adj_20);
        // adj: x = (x << wp.uint64(32)) | (x >> wp.uint64(32))                               <L 83>
        // adj: y = y ^ x                                                                     <L 82>
        // adj: y = (y << wp.uint64(13)) | (y >> wp.uint64(51))                               <L 81>
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_9);
        // adj: x = x + y                                                                     <L 80>
    	goto start_for_0;
    end_for_0:;
    // adj: for r in range(rounds):                                                           <L 79>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: y = b[i]                                                                          <L 78>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 77>
    // adj: i = wp.tid()                                                                      <L 76>
    // adj: def mix_bits(a: wp.array(dtype=wp.uint64), b: wp.array(dtype=wp.uint64), out: wp.array(dtype=wp.uint64), rounds: int):  <L 75>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mix_bits_0a200d41_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mix_bits_0a200d41 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mix_bits_0a200d41_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mix_bits_0a200d41_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mix_bits_0a200d41 *_wp_args,
    wp_args_mix_bits_0a200d41 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mix_bits_0a200d41_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

