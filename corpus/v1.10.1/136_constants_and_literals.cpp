
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


// corpus/136_constants_and_literals.py:24
static wp::int32 bin_of_0(
    wp::float32 var_x,
    wp::float32 var_lo,
    wp::float32 var_hi)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 32;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    //---------
    // forward
    // def bin_of(x: float, lo: float, hi: float) -> int:                                     <L 25>
    // t = (x - lo) / (hi - lo)                                                               <L 26>
    var_0 = wp::sub(var_x, var_lo);
    var_1 = wp::sub(var_hi, var_lo);
    var_2 = wp::div(var_0, var_1);
    // b = int(t * float(N_BINS))                                                             <L 27>
    var_4 = wp::float(var_3);
    var_5 = wp::mul(var_2, var_4);
    var_6 = wp::int(var_5);
    // return wp.clamp(b, 0, N_BINS - 1)                                                      <L 28>
    var_9 = wp::sub(var_3, var_8);
    var_10 = wp::clamp(var_6, var_7, var_9);
    return var_10;
}


// corpus/136_constants_and_literals.py:24
static void adj_bin_of_0(
    wp::float32 var_x,
    wp::float32 var_lo,
    wp::float32 var_hi,
    wp::float32 & adj_x,
    wp::float32 & adj_lo,
    wp::float32 & adj_hi,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 32;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    //---------
    // forward
    // def bin_of(x: float, lo: float, hi: float) -> int:                                     <L 25>
    // t = (x - lo) / (hi - lo)                                                               <L 26>
    var_0 = wp::sub(var_x, var_lo);
    var_1 = wp::sub(var_hi, var_lo);
    var_2 = wp::div(var_0, var_1);
    // b = int(t * float(N_BINS))                                                             <L 27>
    var_4 = wp::float(var_3);
    var_5 = wp::mul(var_2, var_4);
    var_6 = wp::int(var_5);
    // return wp.clamp(b, 0, N_BINS - 1)                                                      <L 28>
    var_9 = wp::sub(var_3, var_8);
    var_10 = wp::clamp(var_6, var_7, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_clamp(var_6, var_7, var_9, adj_6, adj_7, adj_9, adj_10);
    wp::adj_sub(var_3, var_8, adj_3, adj_8, adj_9);
    // adj: return wp.clamp(b, 0, N_BINS - 1)                                                 <L 28>
    wp::adj_int(var_5, adj_5, adj_6);
    wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_float(var_3, adj_3, adj_4);
    // adj: b = int(t * float(N_BINS))                                                        <L 27>
    wp::adj_div(var_0, var_1, var_2, adj_0, adj_1, adj_2);
    wp::adj_sub(var_hi, var_lo, adj_hi, adj_lo, adj_1);
    wp::adj_sub(var_x, var_lo, adj_x, adj_lo, adj_0);
    // adj: t = (x - lo) / (hi - lo)                                                          <L 26>
    // adj: def bin_of(x: float, lo: float, hi: float) -> int:                                <L 25>
    return;
}

struct wp_args_use_constants_74d758dd {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::int32> bins;
};


void use_constants_74d758dd_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_use_constants_74d758dd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_bins = _wp_args->bins;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.3333333333333333;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.30000000000000004;
    wp::float32 var_7;
    const wp::float32 var_8 = -1e-30;
    wp::float32 var_9;
    const wp::float32 var_10 = 3.4e+38;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.17549435e-38;
    wp::float32 var_13;
    const wp::float32 var_14 = 123.456;
    const wp::float32 var_15 = 1.4142135623730951;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.7071067811865475;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 1099511627776;
    const wp::int32 var_23 = 1000;
    wp::int32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1000;
    wp::int32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 3.141592653589793;
    const wp::float32 var_31 = 0.0;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 6.283185307179586;
    wp::float32 var_35;
    const wp::float32 var_36 = 1.5707963267948966;
    wp::float32 var_37;
    const wp::float32 var_38 = 2.718281828459045;
    wp::float32 var_39;
    const wp::float32 var_40 = 1.0;
    const wp::float32 var_41 = -1.0;
    const wp::float32 var_42 = 1.0;
    wp::int32 var_43;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    //---------
    // forward
    // def use_constants(x: wp.array(dtype=float), out: wp.array(dtype=float), bins: wp.array(dtype=int)):       <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 34>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = v * THIRD + TENTH_SUM - NEG_SMALL                                                  <L 35>
    var_5 = wp::mul(var_2, var_4);
    var_7 = wp::add(var_5, var_6);
    var_9 = wp::sub(var_7, var_8);
    // y = wp.min(y, HUGE)                                                                    <L 36>
    var_11 = wp::min(var_9, var_10);
    // y = wp.max(y, TINY)                                                                    <L 37>
    var_13 = wp::max(var_11, var_12);
    // y += K_SPRING * SQRT2 * INV_SQRT2                                                      <L 38>
    var_16 = wp::mul(var_14, var_15);
    var_18 = wp::mul(var_16, var_17);
    var_19 = wp::mul(var_14, var_15);
    var_20 = wp::mul(var_19, var_17);
    var_21 = wp::add(var_13, var_20);
    // y += float(BIG_INT % 1000)                                                             <L 39>
    var_24 = wp::mod(var_22, var_23);
    var_25 = wp::float(var_24);
    var_27 = wp::mod(var_22, var_26);
    var_28 = wp::float(var_27);
    var_29 = wp::add(var_21, var_28);
    // out[i] = y + wp.pi * 0.0 + wp.tau - wp.half_pi + wp.e                                  <L 40>
    var_32 = wp::mul(var_30, var_31);
    var_33 = wp::add(var_29, var_32);
    var_35 = wp::add(var_33, var_34);
    var_37 = wp::sub(var_35, var_36);
    var_39 = wp::add(var_37, var_38);
    wp::array_store(var_out, var_0, var_39);
    // wp.atomic_add(bins, bin_of(v, -1.0, 1.0), 1)                                           <L 41>
    var_43 = bin_of_0(var_2, var_41, var_42);
    var_45 = wp::atomic_add(var_bins, var_43, var_44);
}



void use_constants_74d758dd_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_use_constants_74d758dd *_wp_args,
    wp_args_use_constants_74d758dd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_bins = _wp_args->bins;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::int32> adj_bins = _wp_adj_args->bins;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.3333333333333333;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.30000000000000004;
    wp::float32 var_7;
    const wp::float32 var_8 = -1e-30;
    wp::float32 var_9;
    const wp::float32 var_10 = 3.4e+38;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.17549435e-38;
    wp::float32 var_13;
    const wp::float32 var_14 = 123.456;
    const wp::float32 var_15 = 1.4142135623730951;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.7071067811865475;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 1099511627776;
    const wp::int32 var_23 = 1000;
    wp::int32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1000;
    wp::int32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 3.141592653589793;
    const wp::float32 var_31 = 0.0;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 6.283185307179586;
    wp::float32 var_35;
    const wp::float32 var_36 = 1.5707963267948966;
    wp::float32 var_37;
    const wp::float32 var_38 = 2.718281828459045;
    wp::float32 var_39;
    const wp::float32 var_40 = 1.0;
    const wp::float32 var_41 = -1.0;
    const wp::float32 var_42 = 1.0;
    wp::int32 var_43;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
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
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    //---------
    // forward
    // def use_constants(x: wp.array(dtype=float), out: wp.array(dtype=float), bins: wp.array(dtype=int)):       <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 34>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = v * THIRD + TENTH_SUM - NEG_SMALL                                                  <L 35>
    var_5 = wp::mul(var_2, var_4);
    var_7 = wp::add(var_5, var_6);
    var_9 = wp::sub(var_7, var_8);
    // y = wp.min(y, HUGE)                                                                    <L 36>
    var_11 = wp::min(var_9, var_10);
    // y = wp.max(y, TINY)                                                                    <L 37>
    var_13 = wp::max(var_11, var_12);
    // y += K_SPRING * SQRT2 * INV_SQRT2                                                      <L 38>
    var_16 = wp::mul(var_14, var_15);
    var_18 = wp::mul(var_16, var_17);
    var_19 = wp::mul(var_14, var_15);
    var_20 = wp::mul(var_19, var_17);
    var_21 = wp::add(var_13, var_20);
    // y += float(BIG_INT % 1000)                                                             <L 39>
    var_24 = wp::mod(var_22, var_23);
    var_25 = wp::float(var_24);
    var_27 = wp::mod(var_22, var_26);
    var_28 = wp::float(var_27);
    var_29 = wp::add(var_21, var_28);
    // out[i] = y + wp.pi * 0.0 + wp.tau - wp.half_pi + wp.e                                  <L 40>
    var_32 = wp::mul(var_30, var_31);
    var_33 = wp::add(var_29, var_32);
    var_35 = wp::add(var_33, var_34);
    var_37 = wp::sub(var_35, var_36);
    var_39 = wp::add(var_37, var_38);
    // wp::array_store(var_out, var_0, var_39);
    // wp.atomic_add(bins, bin_of(v, -1.0, 1.0), 1)                                           <L 41>
    var_43 = bin_of_0(var_2, var_41, var_42);
    // var_45 = wp::atomic_add(var_bins, var_43, var_44);
    //---------
    // reverse
    wp::adj_atomic_add(var_bins, var_43, var_44, adj_bins, adj_43, adj_44, adj_45);
    adj_bin_of_0(var_2, var_41, var_42, adj_2, adj_41, adj_42, adj_43);
    // adj: wp.atomic_add(bins, bin_of(v, -1.0, 1.0), 1)                                      <L 41>
    wp::adj_array_store(var_out, var_0, var_39, adj_out, adj_0, adj_39);
    wp::adj_add(var_37, var_38, adj_37, adj_38, adj_39);
    wp::adj_sub(var_35, var_36, adj_35, adj_36, adj_37);
    wp::adj_add(var_33, var_34, adj_33, adj_34, adj_35);
    wp::adj_add(var_29, var_32, adj_29, adj_32, adj_33);
    wp::adj_mul(var_30, var_31, adj_30, adj_31, adj_32);
    // adj: out[i] = y + wp.pi * 0.0 + wp.tau - wp.half_pi + wp.e                             <L 40>
    wp::adj_add(var_21, var_28, adj_21, adj_28, adj_29);
    wp::adj_float(var_27, adj_27, adj_28);
    wp::adj_mod(var_22, var_26, adj_22, adj_26, adj_27);
    wp::adj_float(var_24, adj_24, adj_25);
    wp::adj_mod(var_22, var_23, adj_22, adj_23, adj_24);
    // adj: y += float(BIG_INT % 1000)                                                        <L 39>
    wp::adj_add(var_13, var_20, adj_13, adj_20, adj_21);
    wp::adj_mul(var_19, var_17, adj_19, adj_17, adj_20);
    wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_19);
    wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
    // adj: y += K_SPRING * SQRT2 * INV_SQRT2                                                 <L 38>
    wp::adj_max(var_11, var_12, adj_11, adj_12, adj_13);
    // adj: y = wp.max(y, TINY)                                                               <L 37>
    wp::adj_min(var_9, var_10, adj_9, adj_10, adj_11);
    // adj: y = wp.min(y, HUGE)                                                               <L 36>
    wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: y = v * THIRD + TENTH_SUM - NEG_SMALL                                             <L 35>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: v = x[i]                                                                          <L 34>
    // adj: i = wp.tid()                                                                      <L 33>
    // adj: def use_constants(x: wp.array(dtype=float), out: wp.array(dtype=float), bins: wp.array(dtype=int)):  <L 32>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void use_constants_74d758dd_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_use_constants_74d758dd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        use_constants_74d758dd_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void use_constants_74d758dd_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_use_constants_74d758dd *_wp_args,
    wp_args_use_constants_74d758dd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        use_constants_74d758dd_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_use_vec_constants_475ddbc4 {
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::quat_t<wp::float32>> q;
    wp::array_t<wp::vec_t<2, wp::float32>> d;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


void use_vec_constants_475ddbc4_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_use_vec_constants_475ddbc4 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<2, wp::float32>> var_d = _wp_args->d;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::vec_t<3, wp::float32> var_2 = wp::initializer_array<3,wp::float32>{0.0, 0.0, 0.0};
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::vec_t<3, wp::float32> var_5 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
    wp::float32 var_6;
    wp::quat_t<wp::float32>* var_7;
    const wp::quat_t<wp::float32> var_8 = wp::initializer_array<4,wp::float32>{0.0, 0.0, 0.0, 1.0};
    wp::quat_t<wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::mat_t<2, 2, wp::float32> var_12 = wp::initializer_array<4,wp::float32>{0.0, -1.0, 1.0, 0.0};
    wp::vec_t<2, wp::float32>* var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    //---------
    // forward
    // def use_vec_constants(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), d: wp.array(dtype=wp.vec2), out: wp.array(dtype=wp.vec3)):       <L 45>
    // i = wp.tid()                                                                           <L 46>
    var_0 = builtin_tid1d();
    // rel = p[i] - ORIGIN                                                                    <L 47>
    var_1 = wp::address(var_p, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::sub(var_4, var_2);
    // h = wp.dot(rel, UP)                                                                    <L 48>
    var_6 = wp::dot(var_3, var_5);
    // r = wp.quat_rotate(q[i] * QID, rel)                                                    <L 49>
    var_7 = wp::address(var_q, var_0);
    var_10 = wp::load(var_7);
    var_9 = wp::mul(var_10, var_8);
    var_11 = wp::quat_rotate(var_9, var_3);
    // e = ROT90 * d[i]                                                                       <L 50>
    var_13 = wp::address(var_d, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_12, var_15);
    // out[i] = r + UP * h + wp.vec3(e[0], e[1], 0.0)                                         <L 51>
    var_16 = wp::mul(var_5, var_6);
    var_17 = wp::add(var_11, var_16);
    var_19 = wp::extract(var_14, var_18);
    var_21 = wp::extract(var_14, var_20);
    var_23 = wp::vec_t<3, wp::float32>(var_19, var_21, var_22);
    var_24 = wp::add(var_17, var_23);
    wp::array_store(var_out, var_0, var_24);
}



void use_vec_constants_475ddbc4_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_use_vec_constants_475ddbc4 *_wp_args,
    wp_args_use_vec_constants_475ddbc4 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<2, wp::float32>> var_d = _wp_args->d;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_d = _wp_adj_args->d;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    const wp::vec_t<3, wp::float32> var_2 = wp::initializer_array<3,wp::float32>{0.0, 0.0, 0.0};
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::vec_t<3, wp::float32> var_5 = wp::initializer_array<3,wp::float32>{0.0, 1.0, 0.0};
    wp::float32 var_6;
    wp::quat_t<wp::float32>* var_7;
    const wp::quat_t<wp::float32> var_8 = wp::initializer_array<4,wp::float32>{0.0, 0.0, 0.0, 1.0};
    wp::quat_t<wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::mat_t<2, 2, wp::float32> var_12 = wp::initializer_array<4,wp::float32>{0.0, -1.0, 1.0, 0.0};
    wp::vec_t<2, wp::float32>* var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::quat_t<wp::float32> adj_7 = {};
    wp::quat_t<wp::float32> adj_8 = {};
    wp::quat_t<wp::float32> adj_9 = {};
    wp::quat_t<wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::mat_t<2, 2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    //---------
    // forward
    // def use_vec_constants(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), d: wp.array(dtype=wp.vec2), out: wp.array(dtype=wp.vec3)):       <L 45>
    // i = wp.tid()                                                                           <L 46>
    var_0 = builtin_tid1d();
    // rel = p[i] - ORIGIN                                                                    <L 47>
    var_1 = wp::address(var_p, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::sub(var_4, var_2);
    // h = wp.dot(rel, UP)                                                                    <L 48>
    var_6 = wp::dot(var_3, var_5);
    // r = wp.quat_rotate(q[i] * QID, rel)                                                    <L 49>
    var_7 = wp::address(var_q, var_0);
    var_10 = wp::load(var_7);
    var_9 = wp::mul(var_10, var_8);
    var_11 = wp::quat_rotate(var_9, var_3);
    // e = ROT90 * d[i]                                                                       <L 50>
    var_13 = wp::address(var_d, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_12, var_15);
    // out[i] = r + UP * h + wp.vec3(e[0], e[1], 0.0)                                         <L 51>
    var_16 = wp::mul(var_5, var_6);
    var_17 = wp::add(var_11, var_16);
    var_19 = wp::extract(var_14, var_18);
    var_21 = wp::extract(var_14, var_20);
    var_23 = wp::vec_t<3, wp::float32>(var_19, var_21, var_22);
    var_24 = wp::add(var_17, var_23);
    // wp::array_store(var_out, var_0, var_24);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_24, adj_out, adj_0, adj_24);
    wp::adj_add(var_17, var_23, adj_17, adj_23, adj_24);
    wp::adj_vec_t(var_19, var_21, var_22, adj_19, adj_21, adj_22, adj_23);
    wp::adj_extract(var_14, var_20, adj_14, adj_20, adj_21);
    wp::adj_extract(var_14, var_18, adj_14, adj_18, adj_19);
    wp::adj_add(var_11, var_16, adj_11, adj_16, adj_17);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_16);
    // adj: out[i] = r + UP * h + wp.vec3(e[0], e[1], 0.0)                                    <L 51>
    wp::adj_mul(var_12, var_15, adj_12, adj_13, adj_14);
    wp::adj_address(var_d, var_0, adj_d, adj_0, adj_13);
    // adj: e = ROT90 * d[i]                                                                  <L 50>
    wp::adj_quat_rotate(var_9, var_3, adj_9, adj_3, adj_11);
    wp::adj_mul(var_10, var_8, adj_7, adj_8, adj_9);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_7);
    // adj: r = wp.quat_rotate(q[i] * QID, rel)                                               <L 49>
    wp::adj_dot(var_3, var_5, adj_3, adj_5, adj_6);
    // adj: h = wp.dot(rel, UP)                                                               <L 48>
    wp::adj_sub(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: rel = p[i] - ORIGIN                                                               <L 47>
    // adj: i = wp.tid()                                                                      <L 46>
    // adj: def use_vec_constants(p: wp.array(dtype=wp.vec3), q: wp.array(dtype=wp.quat), d: wp.array(dtype=wp.vec2), out: wp.array(dtype=wp.vec3)):  <L 45>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void use_vec_constants_475ddbc4_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_use_vec_constants_475ddbc4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        use_vec_constants_475ddbc4_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void use_vec_constants_475ddbc4_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_use_vec_constants_475ddbc4 *_wp_args,
    wp_args_use_vec_constants_475ddbc4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        use_vec_constants_475ddbc4_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_use_typed_constants_4aa20c86 {
    wp::array_t<wp::uint64> a;
    wp::array_t<wp::float16> h;
    wp::array_t<wp::float64> d;
};


void use_typed_constants_4aa20c86_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_use_typed_constants_4aa20c86 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint64> var_a = _wp_args->a;
    wp::array_t<wp::float16> var_h = _wp_args->h;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint64* var_1;
    const wp::uint64 var_2 = 18446744073709551615;
    wp::uint64 var_3;
    wp::uint64 var_4;
    wp::float16* var_5;
    const wp::float16 var_6 = 0.5;
    wp::float16 var_7;
    wp::float16 var_8;
    const wp::float32 var_9 = 1.0;
    wp::float16 var_10;
    wp::float16 var_11;
    wp::float64* var_12;
    const wp::float64 var_13 = 3.141592653589793;
    wp::float64 var_14;
    wp::float64 var_15;
    const wp::float32 var_16 = 0.3333333333333333;
    wp::float64 var_17;
    wp::float64 var_18;
    //---------
    // forward
    // def use_typed_constants(a: wp.array(dtype=wp.uint64), h: wp.array(dtype=wp.float16), d: wp.array(dtype=wp.float64)):       <L 55>
    // i = wp.tid()                                                                           <L 56>
    var_0 = builtin_tid1d();
    // a[i] = a[i] ^ MASK64                                                                   <L 57>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::bit_xor(var_4, var_2);
    wp::array_store(var_a, var_0, var_3);
    // h[i] = h[i] * HALF16 + wp.float16(1.0)                                                 <L 58>
    var_5 = wp::address(var_h, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_10 = wp::float16(var_9);
    var_11 = wp::add(var_7, var_10);
    wp::array_store(var_h, var_0, var_11);
    // d[i] = d[i] * DPI + wp.float64(THIRD)                                                  <L 59>
    var_12 = wp::address(var_d, var_0);
    var_15 = wp::load(var_12);
    var_14 = wp::mul(var_15, var_13);
    var_17 = wp::float64(var_16);
    var_18 = wp::add(var_14, var_17);
    wp::array_store(var_d, var_0, var_18);
}



void use_typed_constants_4aa20c86_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_use_typed_constants_4aa20c86 *_wp_args,
    wp_args_use_typed_constants_4aa20c86 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint64> var_a = _wp_args->a;
    wp::array_t<wp::float16> var_h = _wp_args->h;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::uint64> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float16> adj_h = _wp_adj_args->h;
    wp::array_t<wp::float64> adj_d = _wp_adj_args->d;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint64* var_1;
    const wp::uint64 var_2 = 18446744073709551615;
    wp::uint64 var_3;
    wp::uint64 var_4;
    wp::float16* var_5;
    const wp::float16 var_6 = 0.5;
    wp::float16 var_7;
    wp::float16 var_8;
    const wp::float32 var_9 = 1.0;
    wp::float16 var_10;
    wp::float16 var_11;
    wp::float64* var_12;
    const wp::float64 var_13 = 3.141592653589793;
    wp::float64 var_14;
    wp::float64 var_15;
    const wp::float32 var_16 = 0.3333333333333333;
    wp::float64 var_17;
    wp::float64 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint64 adj_1 = {};
    wp::uint64 adj_2 = {};
    wp::uint64 adj_3 = {};
    wp::uint64 adj_4 = {};
    wp::float16 adj_5 = {};
    wp::float16 adj_6 = {};
    wp::float16 adj_7 = {};
    wp::float16 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float16 adj_10 = {};
    wp::float16 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    //---------
    // forward
    // def use_typed_constants(a: wp.array(dtype=wp.uint64), h: wp.array(dtype=wp.float16), d: wp.array(dtype=wp.float64)):       <L 55>
    // i = wp.tid()                                                                           <L 56>
    var_0 = builtin_tid1d();
    // a[i] = a[i] ^ MASK64                                                                   <L 57>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::bit_xor(var_4, var_2);
    // wp::array_store(var_a, var_0, var_3);
    // h[i] = h[i] * HALF16 + wp.float16(1.0)                                                 <L 58>
    var_5 = wp::address(var_h, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_10 = wp::float16(var_9);
    var_11 = wp::add(var_7, var_10);
    // wp::array_store(var_h, var_0, var_11);
    // d[i] = d[i] * DPI + wp.float64(THIRD)                                                  <L 59>
    var_12 = wp::address(var_d, var_0);
    var_15 = wp::load(var_12);
    var_14 = wp::mul(var_15, var_13);
    var_17 = wp::float64(var_16);
    var_18 = wp::add(var_14, var_17);
    // wp::array_store(var_d, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_d, var_0, var_18, adj_d, adj_0, adj_18);
    wp::adj_add(var_14, var_17, adj_14, adj_17, adj_18);
    wp::adj_float64(var_16, adj_16, adj_17);
    wp::adj_mul(var_15, var_13, adj_12, adj_13, adj_14);
    wp::adj_address(var_d, var_0, adj_d, adj_0, adj_12);
    // adj: d[i] = d[i] * DPI + wp.float64(THIRD)                                             <L 59>
    wp::adj_array_store(var_h, var_0, var_11, adj_h, adj_0, adj_11);
    wp::adj_add(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_float16(var_9, adj_9, adj_10);
    wp::adj_mul(var_8, var_6, adj_5, adj_6, adj_7);
    wp::adj_address(var_h, var_0, adj_h, adj_0, adj_5);
    // adj: h[i] = h[i] * HALF16 + wp.float16(1.0)                                            <L 58>
    wp::adj_array_store(var_a, var_0, var_3, adj_a, adj_0, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = a[i] ^ MASK64                                                              <L 57>
    // adj: i = wp.tid()                                                                      <L 56>
    // adj: def use_typed_constants(a: wp.array(dtype=wp.uint64), h: wp.array(dtype=wp.float16), d: wp.array(dtype=wp.float64)):  <L 55>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void use_typed_constants_4aa20c86_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_use_typed_constants_4aa20c86 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        use_typed_constants_4aa20c86_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void use_typed_constants_4aa20c86_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_use_typed_constants_4aa20c86 *_wp_args,
    wp_args_use_typed_constants_4aa20c86 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        use_typed_constants_4aa20c86_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_literal_forms_de7389bc {
    wp::array_t<wp::float32> out;
    wp::array_t<wp::int32> iout;
    wp::array_t<wp::uint32> u;
};


void literal_forms_de7389bc_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_literal_forms_de7389bc *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_iout = _wp_args->iout;
    wp::array_t<wp::uint32> var_u = _wp_args->u;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.001;
    const wp::float32 var_2 = 250.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0001;
    wp::float32 var_5;
    const wp::float32 var_6 = 100000000.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.5e-07;
    wp::float32 var_9;
    const wp::float32 var_10 = 123456789.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.3333333333;
    wp::float32 var_13;
    const wp::float32 var_14 = 70000000000.0;
    wp::float32 var_15;
    const wp::int32 var_16 = 2147483647;
    const wp::int32 var_17 = 15;
    wp::int32 var_18;
    const wp::int32 var_19 = 11;
    wp::int32 var_20;
    const wp::int32 var_21 = 1000000;
    wp::int32 var_22;
    const wp::int32 var_23 = 3735928559;
    wp::uint32 var_24;
    const wp::int32 var_25 = 4294967295;
    wp::uint32 var_26;
    wp::uint32 var_27;
    //---------
    // forward
    // def literal_forms(out: wp.array(dtype=float), iout: wp.array(dtype=int), u: wp.array(dtype=wp.uint32)):       <L 63>
    // i = wp.tid()                                                                           <L 64>
    var_0 = builtin_tid1d();
    // out[i] = 1e-3 + 2.5e+2 + 0.0001 + 100000000.0 + 1.5e-7 + 123456789.0 + 0.3333333333 + 7e10       <L 65>
    var_3 = wp::add(var_1, var_2);
    var_5 = wp::add(var_3, var_4);
    var_7 = wp::add(var_5, var_6);
    var_9 = wp::add(var_7, var_8);
    var_11 = wp::add(var_9, var_10);
    var_13 = wp::add(var_11, var_12);
    var_15 = wp::add(var_13, var_14);
    wp::array_store(var_out, var_0, var_15);
    // iout[i] = 0x7FFFFFFF - 0o17 + 0b1011 + 1_000_000                                       <L 66>
    var_18 = wp::sub(var_16, var_17);
    var_20 = wp::add(var_18, var_19);
    var_22 = wp::add(var_20, var_21);
    wp::array_store(var_iout, var_0, var_22);
    // u[i] = wp.uint32(0xDEADBEEF) + wp.uint32(4294967295)                                   <L 67>
    var_24 = wp::uint32(var_23);
    var_26 = wp::uint32(var_25);
    var_27 = wp::add(var_24, var_26);
    wp::array_store(var_u, var_0, var_27);
}



void literal_forms_de7389bc_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_literal_forms_de7389bc *_wp_args,
    wp_args_literal_forms_de7389bc *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_iout = _wp_args->iout;
    wp::array_t<wp::uint32> var_u = _wp_args->u;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::int32> adj_iout = _wp_adj_args->iout;
    wp::array_t<wp::uint32> adj_u = _wp_adj_args->u;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.001;
    const wp::float32 var_2 = 250.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0001;
    wp::float32 var_5;
    const wp::float32 var_6 = 100000000.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.5e-07;
    wp::float32 var_9;
    const wp::float32 var_10 = 123456789.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.3333333333;
    wp::float32 var_13;
    const wp::float32 var_14 = 70000000000.0;
    wp::float32 var_15;
    const wp::int32 var_16 = 2147483647;
    const wp::int32 var_17 = 15;
    wp::int32 var_18;
    const wp::int32 var_19 = 11;
    wp::int32 var_20;
    const wp::int32 var_21 = 1000000;
    wp::int32 var_22;
    const wp::int32 var_23 = 3735928559;
    wp::uint32 var_24;
    const wp::int32 var_25 = 4294967295;
    wp::uint32 var_26;
    wp::uint32 var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
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
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::uint32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::uint32 adj_26 = {};
    wp::uint32 adj_27 = {};
    //---------
    // forward
    // def literal_forms(out: wp.array(dtype=float), iout: wp.array(dtype=int), u: wp.array(dtype=wp.uint32)):       <L 63>
    // i = wp.tid()                                                                           <L 64>
    var_0 = builtin_tid1d();
    // out[i] = 1e-3 + 2.5e+2 + 0.0001 + 100000000.0 + 1.5e-7 + 123456789.0 + 0.3333333333 + 7e10       <L 65>
    var_3 = wp::add(var_1, var_2);
    var_5 = wp::add(var_3, var_4);
    var_7 = wp::add(var_5, var_6);
    var_9 = wp::add(var_7, var_8);
    var_11 = wp::add(var_9, var_10);
    var_13 = wp::add(var_11, var_12);
    var_15 = wp::add(var_13, var_14);
    // wp::array_store(var_out, var_0, var_15);
    // iout[i] = 0x7FFFFFFF - 0o17 + 0b1011 + 1_000_000                                       <L 66>
    var_18 = wp::sub(var_16, var_17);
    var_20 = wp::add(var_18, var_19);
    var_22 = wp::add(var_20, var_21);
    // wp::array_store(var_iout, var_0, var_22);
    // u[i] = wp.uint32(0xDEADBEEF) + wp.uint32(4294967295)                                   <L 67>
    var_24 = wp::uint32(var_23);
    var_26 = wp::uint32(var_25);
    var_27 = wp::add(var_24, var_26);
    // wp::array_store(var_u, var_0, var_27);
    //---------
    // reverse
    wp::adj_array_store(var_u, var_0, var_27, adj_u, adj_0, adj_27);
    wp::adj_add(var_24, var_26, adj_24, adj_26, adj_27);
    wp::adj_uint32(var_25, adj_25, adj_26);
    wp::adj_uint32(var_23, adj_23, adj_24);
    // adj: u[i] = wp.uint32(0xDEADBEEF) + wp.uint32(4294967295)                              <L 67>
    wp::adj_array_store(var_iout, var_0, var_22, adj_iout, adj_0, adj_22);
    wp::adj_add(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_add(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_sub(var_16, var_17, adj_16, adj_17, adj_18);
    // adj: iout[i] = 0x7FFFFFFF - 0o17 + 0b1011 + 1_000_000                                  <L 66>
    wp::adj_array_store(var_out, var_0, var_15, adj_out, adj_0, adj_15);
    wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
    // adj: out[i] = 1e-3 + 2.5e+2 + 0.0001 + 100000000.0 + 1.5e-7 + 123456789.0 + 0.3333333333 + 7e10  <L 65>
    // adj: i = wp.tid()                                                                      <L 64>
    // adj: def literal_forms(out: wp.array(dtype=float), iout: wp.array(dtype=int), u: wp.array(dtype=wp.uint32)):  <L 63>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void literal_forms_de7389bc_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_literal_forms_de7389bc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        literal_forms_de7389bc_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void literal_forms_de7389bc_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_literal_forms_de7389bc *_wp_args,
    wp_args_literal_forms_de7389bc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        literal_forms_de7389bc_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

