
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


// corpus/141_math_builtins_wide.py:4
static wp::float32 safe_log_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1e-20;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def safe_log(x: float) -> float:                                                       <L 5>
    // return wp.log(wp.max(x, 1.0e-20))                                                      <L 6>
    var_1 = wp::max(var_x, var_0);
    var_2 = wp::log(var_1);
    return var_2;
}


// corpus/141_math_builtins_wide.py:4
static void adj_safe_log_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_scalar_math_387a77a0 {
    wp::array_t<wp::float32> x;
    wp::array_t<wp::float32> out;
};


void scalar_math_387a77a0_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_scalar_math_387a77a0 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    const wp::float32 var_19 = 1.0;
    const wp::float32 var_20 = -1.0;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 1.0;
    const wp::float32 var_25 = -1.0;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::int32 var_44 = 3;
    const wp::float32 var_45 = 0.75;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    const wp::int32 var_53 = 4;
    const wp::float32 var_54 = 0.0;
    const wp::float32 var_55 = 1.0;
    wp::float32 var_56;
    const wp::float32 var_57 = 1.0;
    const wp::float32 var_58 = -1.0;
    const wp::float32 var_59 = 1.0;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    const wp::int32 var_64 = 5;
    wp::float32 var_65;
    wp::float32 var_66;
    const wp::float32 var_67 = 1.5;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    const wp::float32 var_72 = 1.0;
    wp::float32 var_73;
    wp::float32 var_74;
    const wp::int32 var_75 = 6;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    const wp::float32 var_79 = 0.5;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    const wp::int32 var_85 = 7;
    //---------
    // forward
    // def scalar_math(x: wp.array(dtype=float), out: wp.array2d(dtype=float)):               <L 10>
    // i = wp.tid()                                                                           <L 11>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 12>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = wp.abs(v) + 0.5                                                                    <L 13>
    var_4 = wp::abs(var_2);
    var_6 = wp::add(var_4, var_5);
    // out[i, 0] = wp.log2(a) + wp.log10(a) + safe_log(a)                                     <L 14>
    var_7 = wp::log2(var_6);
    var_8 = wp::log10(var_6);
    var_9 = wp::add(var_7, var_8);
    var_10 = safe_log_0(var_6);
    var_11 = wp::add(var_9, var_10);
    wp::array_store(var_out, var_0, var_12, var_11);
    // out[i, 1] = wp.sinh(v) + wp.cosh(v) + wp.tanh(v)                                       <L 15>
    var_13 = wp::sinh(var_2);
    var_14 = wp::cosh(var_2);
    var_15 = wp::add(var_13, var_14);
    var_16 = wp::tanh(var_2);
    var_17 = wp::add(var_15, var_16);
    wp::array_store(var_out, var_0, var_18, var_17);
    // out[i, 2] = wp.asin(wp.clamp(v, -1.0, 1.0)) + wp.acos(wp.clamp(v, -1.0, 1.0)) + wp.atan(v)       <L 16>
    var_22 = wp::clamp(var_2, var_20, var_21);
    var_23 = wp::asin(var_22);
    var_27 = wp::clamp(var_2, var_25, var_26);
    var_28 = wp::acos(var_27);
    var_29 = wp::add(var_23, var_28);
    var_30 = wp::atan(var_2);
    var_31 = wp::add(var_29, var_30);
    wp::array_store(var_out, var_0, var_32, var_31);
    // out[i, 3] = wp.floor(v) + wp.ceil(v) + wp.round(v) + wp.rint(v) + wp.trunc(v) + wp.frac(v)       <L 17>
    var_33 = wp::floor(var_2);
    var_34 = wp::ceil(var_2);
    var_35 = wp::add(var_33, var_34);
    var_36 = wp::round(var_2);
    var_37 = wp::add(var_35, var_36);
    var_38 = wp::rint(var_2);
    var_39 = wp::add(var_37, var_38);
    var_40 = wp::trunc(var_2);
    var_41 = wp::add(var_39, var_40);
    var_42 = wp::frac(var_2);
    var_43 = wp::add(var_41, var_42);
    wp::array_store(var_out, var_0, var_44, var_43);
    // out[i, 4] = wp.mod(v, 0.75) + wp.step(v) + wp.nonzero(v) + wp.sign(v)                  <L 18>
    var_46 = wp::mod(var_2, var_45);
    var_47 = wp::step(var_2);
    var_48 = wp::add(var_46, var_47);
    var_49 = wp::nonzero(var_2);
    var_50 = wp::add(var_48, var_49);
    var_51 = wp::sign(var_2);
    var_52 = wp::add(var_50, var_51);
    wp::array_store(var_out, var_0, var_53, var_52);
    // out[i, 5] = wp.smoothstep(0.0, 1.0, v) + wp.lerp(-1.0, 1.0, a) + wp.cbrt(v)            <L 19>
    var_56 = wp::smoothstep(var_54, var_55, var_2);
    var_60 = wp::lerp(var_58, var_59, var_6);
    var_61 = wp::add(var_56, var_60);
    var_62 = wp::cbrt(var_2);
    var_63 = wp::add(var_61, var_62);
    wp::array_store(var_out, var_0, var_64, var_63);
    // out[i, 6] = wp.exp(-a) + wp.pow(a, 1.5) + wp.sqrt(a) + 1.0 / a                         <L 20>
    var_65 = wp::neg(var_6);
    var_66 = wp::exp(var_65);
    var_68 = wp::pow(var_6, var_67);
    var_69 = wp::add(var_66, var_68);
    var_70 = wp::sqrt(var_6);
    var_71 = wp::add(var_69, var_70);
    var_73 = wp::div(var_72, var_6);
    var_74 = wp::add(var_71, var_73);
    wp::array_store(var_out, var_0, var_75, var_74);
    // out[i, 7] = wp.radians(v) + wp.degrees(v) + wp.tan(v * 0.5) + wp.atan2(v, a)           <L 21>
    var_76 = wp::radians(var_2);
    var_77 = wp::degrees(var_2);
    var_78 = wp::add(var_76, var_77);
    var_80 = wp::mul(var_2, var_79);
    var_81 = wp::tan(var_80);
    var_82 = wp::add(var_78, var_81);
    var_83 = wp::atan2(var_2, var_6);
    var_84 = wp::add(var_82, var_83);
    wp::array_store(var_out, var_0, var_85, var_84);
}



extern "C" {

// Python CPU entry points
WP_API void scalar_math_387a77a0_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_scalar_math_387a77a0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        scalar_math_387a77a0_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_vector_reductions_95537099 {
    wp::array_t<wp::vec_t<3, wp::float32>> v3;
    wp::array_t<wp::vec_t<4, wp::float32>> v4;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::int32> idx;
};


void vector_reductions_95537099_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_vector_reductions_95537099 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v3 = _wp_args->v3;
    wp::array_t<wp::vec_t<4, wp::float32>> var_v4 = _wp_args->v4;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_idx = _wp_args->idx;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<4, wp::float32>* var_4;
    wp::vec_t<4, wp::float32> var_5;
    wp::vec_t<4, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::uint32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 10;
    wp::int32 var_17;
    wp::uint32 var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    //---------
    // forward
    // def vector_reductions(v3: wp.array(dtype=wp.vec3), v4: wp.array(dtype=wp.vec4), out: wp.array(dtype=float), idx: wp.array(dtype=int)):       <L 25>
    // i = wp.tid()                                                                           <L 26>
    var_0 = builtin_tid1d();
    // a = v3[i]                                                                              <L 27>
    var_1 = wp::address(var_v3, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = v4[i]                                                                              <L 28>
    var_4 = wp::address(var_v4, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // out[i] = wp.min(a) + wp.max(b) + wp.length(a) + wp.length_sq(b)                        <L 29>
    var_7 = wp::min(var_2);
    var_8 = wp::max(var_5);
    var_9 = wp::add(var_7, var_8);
    var_10 = wp::length(var_2);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::length_sq(var_5);
    var_13 = wp::add(var_11, var_12);
    wp::array_store(var_out, var_0, var_13);
    // idx[i] = int(wp.argmin(a)) * 10 + int(wp.argmax(b))                                    <L 30>
    var_14 = wp::argmin(var_2);
    var_15 = wp::int(var_14);
    var_17 = wp::mul(var_15, var_16);
    var_18 = wp::argmax(var_5);
    var_19 = wp::int(var_18);
    var_20 = wp::add(var_17, var_19);
    wp::array_store(var_idx, var_0, var_20);
}



void vector_reductions_95537099_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_vector_reductions_95537099 *_wp_args,
    wp_args_vector_reductions_95537099 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v3 = _wp_args->v3;
    wp::array_t<wp::vec_t<4, wp::float32>> var_v4 = _wp_args->v4;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_idx = _wp_args->idx;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v3 = _wp_adj_args->v3;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_v4 = _wp_adj_args->v4;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::int32> adj_idx = _wp_adj_args->idx;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<4, wp::float32>* var_4;
    wp::vec_t<4, wp::float32> var_5;
    wp::vec_t<4, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::uint32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 10;
    wp::int32 var_17;
    wp::uint32 var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<4, wp::float32> adj_4 = {};
    wp::vec_t<4, wp::float32> adj_5 = {};
    wp::vec_t<4, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::uint32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::uint32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    //---------
    // forward
    // def vector_reductions(v3: wp.array(dtype=wp.vec3), v4: wp.array(dtype=wp.vec4), out: wp.array(dtype=float), idx: wp.array(dtype=int)):       <L 25>
    // i = wp.tid()                                                                           <L 26>
    var_0 = builtin_tid1d();
    // a = v3[i]                                                                              <L 27>
    var_1 = wp::address(var_v3, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = v4[i]                                                                              <L 28>
    var_4 = wp::address(var_v4, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // out[i] = wp.min(a) + wp.max(b) + wp.length(a) + wp.length_sq(b)                        <L 29>
    var_7 = wp::min(var_2);
    var_8 = wp::max(var_5);
    var_9 = wp::add(var_7, var_8);
    var_10 = wp::length(var_2);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::length_sq(var_5);
    var_13 = wp::add(var_11, var_12);
    // wp::array_store(var_out, var_0, var_13);
    // idx[i] = int(wp.argmin(a)) * 10 + int(wp.argmax(b))                                    <L 30>
    var_14 = wp::argmin(var_2);
    var_15 = wp::int(var_14);
    var_17 = wp::mul(var_15, var_16);
    var_18 = wp::argmax(var_5);
    var_19 = wp::int(var_18);
    var_20 = wp::add(var_17, var_19);
    // wp::array_store(var_idx, var_0, var_20);
    //---------
    // reverse
    wp::adj_array_store(var_idx, var_0, var_20, adj_idx, adj_0, adj_20);
    wp::adj_add(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_int(var_18, adj_18, adj_19);
    wp::adj_mul(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_int(var_14, adj_14, adj_15);
    // adj: idx[i] = int(wp.argmin(a)) * 10 + int(wp.argmax(b))                               <L 30>
    wp::adj_array_store(var_out, var_0, var_13, adj_out, adj_0, adj_13);
    wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_length_sq(var_5, adj_5, adj_12);
    wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_length(var_2, var_10, adj_2, adj_10);
    wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_max(var_5, adj_5, adj_8);
    wp::adj_min(var_2, adj_2, adj_7);
    // adj: out[i] = wp.min(a) + wp.max(b) + wp.length(a) + wp.length_sq(b)                   <L 29>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_v4, var_0, adj_v4, adj_0, adj_4);
    // adj: b = v4[i]                                                                         <L 28>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_v3, var_0, adj_v3, adj_0, adj_1);
    // adj: a = v3[i]                                                                         <L 27>
    // adj: i = wp.tid()                                                                      <L 26>
    // adj: def vector_reductions(v3: wp.array(dtype=wp.vec3), v4: wp.array(dtype=wp.vec4), out: wp.array(dtype=float), idx: wp.array(dtype=int)):  <L 25>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void vector_reductions_95537099_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_vector_reductions_95537099 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        vector_reductions_95537099_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void vector_reductions_95537099_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_vector_reductions_95537099 *_wp_args,
    wp_args_vector_reductions_95537099 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        vector_reductions_95537099_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_vector_elementwise_00cc1e37 {
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> m;
};


void vector_elementwise_00cc1e37_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_vector_elementwise_00cc1e37 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 1.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::float32 var_17 = 10.0;
    const wp::float32 var_18 = -10.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::float32 var_26 = 0.25;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    wp::mat_t<3, 3, wp::float32> var_35;
    wp::mat_t<3, 3, wp::float32> var_36;
    //---------
    // forward
    // def vector_elementwise(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 36>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 37>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // z = wp.cw_mul(x, y) + wp.cw_div(x, y + wp.vec3(1.0))                                   <L 38>
    var_7 = wp::cw_mul(var_2, var_5);
    var_9 = wp::vec_t<3, wp::float32>(var_8);
    var_10 = wp::add(var_5, var_9);
    var_11 = wp::cw_div(var_2, var_10);
    var_12 = wp::add(var_7, var_11);
    // z = z + wp.abs(x) - wp.sign(y)                                                         <L 39>
    var_13 = wp::abs(var_2);
    var_14 = wp::add(var_12, var_13);
    var_15 = wp::sign(var_5);
    var_16 = wp::sub(var_14, var_15);
    // z = wp.max(z, wp.vec3(-10.0)) + wp.min(x, y)                                           <L 40>
    var_19 = wp::vec_t<3, wp::float32>(var_18);
    var_20 = wp::max(var_16, var_19);
    var_21 = wp::min(var_2, var_5);
    var_22 = wp::add(var_20, var_21);
    // out[i] = wp.normalize(z) * wp.length_sq(x) + wp.lerp(x, y, 0.25)                       <L 41>
    var_23 = wp::normalize(var_22);
    var_24 = wp::length_sq(var_2);
    var_25 = wp::mul(var_23, var_24);
    var_27 = wp::lerp(var_2, var_5, var_26);
    var_28 = wp::add(var_25, var_27);
    wp::array_store(var_out, var_0, var_28);
    // M = wp.matrix_from_cols(x, y, z)                                                       <L 42>
    var_29 = wp::matrix_from_cols<wp::float32>(var_2, var_5, var_22);
    // N = wp.matrix_from_rows(x, y, z)                                                       <L 43>
    var_30 = wp::matrix_from_rows<wp::float32>(var_2, var_5, var_22);
    // m[i] = M * N + wp.diag(wp.get_diag(M)) + wp.skew(x)                                    <L 44>
    var_31 = wp::mul(var_29, var_30);
    var_32 = wp::get_diag(var_29);
    var_33 = wp::diag(var_32);
    var_34 = wp::add(var_31, var_33);
    var_35 = wp::skew(var_2);
    var_36 = wp::add(var_34, var_35);
    wp::array_store(var_m, var_0, var_36);
}



void vector_elementwise_00cc1e37_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_vector_elementwise_00cc1e37 *_wp_args,
    wp_args_vector_elementwise_00cc1e37 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m = _wp_adj_args->m;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 1.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::float32 var_17 = 10.0;
    const wp::float32 var_18 = -10.0;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::float32 var_26 = 0.25;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    wp::mat_t<3, 3, wp::float32> var_35;
    wp::mat_t<3, 3, wp::float32> var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    wp::mat_t<3, 3, wp::float32> adj_30 = {};
    wp::mat_t<3, 3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::mat_t<3, 3, wp::float32> adj_33 = {};
    wp::mat_t<3, 3, wp::float32> adj_34 = {};
    wp::mat_t<3, 3, wp::float32> adj_35 = {};
    wp::mat_t<3, 3, wp::float32> adj_36 = {};
    //---------
    // forward
    // def vector_elementwise(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 36>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 37>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // z = wp.cw_mul(x, y) + wp.cw_div(x, y + wp.vec3(1.0))                                   <L 38>
    var_7 = wp::cw_mul(var_2, var_5);
    var_9 = wp::vec_t<3, wp::float32>(var_8);
    var_10 = wp::add(var_5, var_9);
    var_11 = wp::cw_div(var_2, var_10);
    var_12 = wp::add(var_7, var_11);
    // z = z + wp.abs(x) - wp.sign(y)                                                         <L 39>
    var_13 = wp::abs(var_2);
    var_14 = wp::add(var_12, var_13);
    var_15 = wp::sign(var_5);
    var_16 = wp::sub(var_14, var_15);
    // z = wp.max(z, wp.vec3(-10.0)) + wp.min(x, y)                                           <L 40>
    var_19 = wp::vec_t<3, wp::float32>(var_18);
    var_20 = wp::max(var_16, var_19);
    var_21 = wp::min(var_2, var_5);
    var_22 = wp::add(var_20, var_21);
    // out[i] = wp.normalize(z) * wp.length_sq(x) + wp.lerp(x, y, 0.25)                       <L 41>
    var_23 = wp::normalize(var_22);
    var_24 = wp::length_sq(var_2);
    var_25 = wp::mul(var_23, var_24);
    var_27 = wp::lerp(var_2, var_5, var_26);
    var_28 = wp::add(var_25, var_27);
    // wp::array_store(var_out, var_0, var_28);
    // M = wp.matrix_from_cols(x, y, z)                                                       <L 42>
    var_29 = wp::matrix_from_cols<wp::float32>(var_2, var_5, var_22);
    // N = wp.matrix_from_rows(x, y, z)                                                       <L 43>
    var_30 = wp::matrix_from_rows<wp::float32>(var_2, var_5, var_22);
    // m[i] = M * N + wp.diag(wp.get_diag(M)) + wp.skew(x)                                    <L 44>
    var_31 = wp::mul(var_29, var_30);
    var_32 = wp::get_diag(var_29);
    var_33 = wp::diag(var_32);
    var_34 = wp::add(var_31, var_33);
    var_35 = wp::skew(var_2);
    var_36 = wp::add(var_34, var_35);
    // wp::array_store(var_m, var_0, var_36);
    //---------
    // reverse
    wp::adj_array_store(var_m, var_0, var_36, adj_m, adj_0, adj_36);
    wp::adj_add(var_34, var_35, adj_34, adj_35, adj_36);
    wp::adj_skew(var_2, adj_2, adj_35);
    wp::adj_add(var_31, var_33, adj_31, adj_33, adj_34);
    wp::adj_diag(var_32, adj_32, adj_33);
    wp::adj_get_diag(var_29, adj_29, adj_32);
    wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
    // adj: m[i] = M * N + wp.diag(wp.get_diag(M)) + wp.skew(x)                               <L 44>
    wp::adj_matrix_from_rows(var_2, var_5, var_22, adj_2, adj_5, adj_22, adj_30);
    // adj: N = wp.matrix_from_rows(x, y, z)                                                  <L 43>
    wp::adj_matrix_from_cols(var_2, var_5, var_22, adj_2, adj_5, adj_22, adj_29);
    // adj: M = wp.matrix_from_cols(x, y, z)                                                  <L 42>
    wp::adj_array_store(var_out, var_0, var_28, adj_out, adj_0, adj_28);
    wp::adj_add(var_25, var_27, adj_25, adj_27, adj_28);
    wp::adj_lerp(var_2, var_5, var_26, adj_2, adj_5, adj_26, adj_27);
    wp::adj_mul(var_23, var_24, adj_23, adj_24, adj_25);
    wp::adj_length_sq(var_2, adj_2, adj_24);
    wp::adj_normalize(var_22, var_23, adj_22, adj_23);
    // adj: out[i] = wp.normalize(z) * wp.length_sq(x) + wp.lerp(x, y, 0.25)                  <L 41>
    wp::adj_add(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_min(var_2, var_5, adj_2, adj_5, adj_21);
    wp::adj_max(var_16, var_19, adj_16, adj_19, adj_20);
    wp::adj_vec_t(var_18, adj_18, adj_19);
    // adj: z = wp.max(z, wp.vec3(-10.0)) + wp.min(x, y)                                      <L 40>
    wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_sign(var_5, adj_5, adj_15);
    wp::adj_add(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_abs(var_2, adj_2, adj_13);
    // adj: z = z + wp.abs(x) - wp.sign(y)                                                    <L 39>
    wp::adj_add(var_7, var_11, adj_7, adj_11, adj_12);
    wp::adj_cw_div(var_2, var_10, var_11, adj_2, adj_10, adj_11);
    wp::adj_add(var_5, var_9, adj_5, adj_9, adj_10);
    wp::adj_vec_t(var_8, adj_8, adj_9);
    wp::adj_cw_mul(var_2, var_5, adj_2, adj_5, adj_7);
    // adj: z = wp.cw_mul(x, y) + wp.cw_div(x, y + wp.vec3(1.0))                              <L 38>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: y = b[i]                                                                          <L 37>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 36>
    // adj: i = wp.tid()                                                                      <L 35>
    // adj: def vector_elementwise(a: wp.array(dtype=wp.vec3), b: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33)):  <L 34>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void vector_elementwise_00cc1e37_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_vector_elementwise_00cc1e37 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        vector_elementwise_00cc1e37_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void vector_elementwise_00cc1e37_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_vector_elementwise_00cc1e37 *_wp_args,
    wp_args_vector_elementwise_00cc1e37 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        vector_elementwise_00cc1e37_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_int_math_7d6308f9 {
    wp::array_t<wp::int32> a;
    wp::array_t<wp::int32> b;
    wp::array_t<wp::int32> out;
};


void int_math_7d6308f9_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_int_math_7d6308f9 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32* var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 5;
    const wp::int32 var_15 = -5;
    const wp::int32 var_16 = 5;
    wp::int32 var_17;
    const wp::int32 var_18 = 5;
    const wp::int32 var_19 = -5;
    const wp::int32 var_20 = 5;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    bool var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    //---------
    // forward
    // def int_math(a: wp.array(dtype=int), b: wp.array(dtype=int), out: wp.array(dtype=int)):       <L 48>
    // i = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 50>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 51>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // r = wp.abs(x) + wp.sign(y) + wp.min(x, y) * wp.max(x, y)                               <L 52>
    var_7 = wp::abs(var_2);
    var_8 = wp::sign(var_5);
    var_9 = wp::add(var_7, var_8);
    var_10 = wp::min(var_2, var_5);
    var_11 = wp::max(var_2, var_5);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::add(var_9, var_12);
    // r += wp.clamp(x, -5, 5)                                                                <L 53>
    var_17 = wp::clamp(var_2, var_15, var_16);
    var_21 = wp::clamp(var_2, var_19, var_20);
    var_22 = wp::add(var_13, var_21);
    // if y != 0:                                                                             <L 54>
    var_24 = (var_5 != var_23);
    if (var_24) {
        // r += x // y + x % y                                                                <L 55>
        var_25 = wp::floordiv(var_2, var_5);
        var_26 = wp::mod(var_2, var_5);
        var_27 = wp::add(var_25, var_26);
        var_28 = wp::floordiv(var_2, var_5);
        var_29 = wp::mod(var_2, var_5);
        var_30 = wp::add(var_28, var_29);
        var_31 = wp::add(var_22, var_30);
    }
    var_32 = wp::where(var_24, var_31, var_22);
    // out[i] = r                                                                             <L 56>
    wp::array_store(var_out, var_0, var_32);
}



void int_math_7d6308f9_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_int_math_7d6308f9 *_wp_args,
    wp_args_int_math_7d6308f9 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::int32> var_b = _wp_args->b;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::int32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::int32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32* var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 5;
    const wp::int32 var_15 = -5;
    const wp::int32 var_16 = 5;
    wp::int32 var_17;
    const wp::int32 var_18 = 5;
    const wp::int32 var_19 = -5;
    const wp::int32 var_20 = 5;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    bool var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    //---------
    // forward
    // def int_math(a: wp.array(dtype=int), b: wp.array(dtype=int), out: wp.array(dtype=int)):       <L 48>
    // i = wp.tid()                                                                           <L 49>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 50>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = b[i]                                                                               <L 51>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // r = wp.abs(x) + wp.sign(y) + wp.min(x, y) * wp.max(x, y)                               <L 52>
    var_7 = wp::abs(var_2);
    var_8 = wp::sign(var_5);
    var_9 = wp::add(var_7, var_8);
    var_10 = wp::min(var_2, var_5);
    var_11 = wp::max(var_2, var_5);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::add(var_9, var_12);
    // r += wp.clamp(x, -5, 5)                                                                <L 53>
    var_17 = wp::clamp(var_2, var_15, var_16);
    var_21 = wp::clamp(var_2, var_19, var_20);
    var_22 = wp::add(var_13, var_21);
    // if y != 0:                                                                             <L 54>
    var_24 = (var_5 != var_23);
    if (var_24) {
        // r += x // y + x % y                                                                <L 55>
        var_25 = wp::floordiv(var_2, var_5);
        var_26 = wp::mod(var_2, var_5);
        var_27 = wp::add(var_25, var_26);
        var_28 = wp::floordiv(var_2, var_5);
        var_29 = wp::mod(var_2, var_5);
        var_30 = wp::add(var_28, var_29);
        var_31 = wp::add(var_22, var_30);
    }
    var_32 = wp::where(var_24, var_31, var_22);
    // out[i] = r                                                                             <L 56>
    // wp::array_store(var_out, var_0, var_32);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_32, adj_out, adj_0, adj_32);
    // adj: out[i] = r                                                                        <L 56>
    wp::adj_where(var_24, var_31, var_22, adj_24, adj_31, adj_22, adj_32);
    if (var_24) {
        wp::adj_add(var_22, var_30, adj_22, adj_30, adj_31);
        wp::adj_add(var_28, var_29, adj_28, adj_29, adj_30);
        wp::adj_mod(var_2, var_5, adj_2, adj_5, adj_29);
        wp::adj_add(var_25, var_26, adj_25, adj_26, adj_27);
        wp::adj_mod(var_2, var_5, adj_2, adj_5, adj_26);
        // adj: r += x // y + x % y                                                           <L 55>
    }
    // adj: if y != 0:                                                                        <L 54>
    wp::adj_add(var_13, var_21, adj_13, adj_21, adj_22);
    wp::adj_clamp(var_2, var_19, var_20, adj_2, adj_19, adj_20, adj_21);
    wp::adj_clamp(var_2, var_15, var_16, adj_2, adj_15, adj_16, adj_17);
    // adj: r += wp.clamp(x, -5, 5)                                                           <L 53>
    wp::adj_add(var_9, var_12, adj_9, adj_12, adj_13);
    wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_max(var_2, var_5, adj_2, adj_5, adj_11);
    wp::adj_min(var_2, var_5, adj_2, adj_5, adj_10);
    wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_abs(var_2, adj_2, adj_7);
    // adj: r = wp.abs(x) + wp.sign(y) + wp.min(x, y) * wp.max(x, y)                          <L 52>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: y = b[i]                                                                          <L 51>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 50>
    // adj: i = wp.tid()                                                                      <L 49>
    // adj: def int_math(a: wp.array(dtype=int), b: wp.array(dtype=int), out: wp.array(dtype=int)):  <L 48>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void int_math_7d6308f9_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_int_math_7d6308f9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        int_math_7d6308f9_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void int_math_7d6308f9_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_int_math_7d6308f9 *_wp_args,
    wp_args_int_math_7d6308f9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        int_math_7d6308f9_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_double_math_abb28b08 {
    wp::array_t<wp::float64> a;
    wp::array_t<wp::float64> out;
};


void double_math_abb28b08_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_double_math_abb28b08 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    const wp::float32 var_16 = 1.0;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    const wp::float32 var_21 = 2.0;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    const wp::float32 var_27 = 1.0;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    const wp::float32 var_32 = 2.0;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    wp::float64 var_37;
    const wp::float32 var_38 = 0.3;
    wp::float64 var_39;
    wp::float64 var_40;
    const wp::float32 var_41 = 3.141592653589793;
    const wp::float32 var_42 = 3.141592653589793;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    const wp::float32 var_46 = 0.3;
    wp::float64 var_47;
    wp::float64 var_48;
    const wp::float32 var_49 = 3.141592653589793;
    const wp::float32 var_50 = 3.141592653589793;
    wp::float64 var_51;
    wp::float64 var_52;
    wp::float64 var_53;
    const wp::float32 var_54 = 100.0;
    const wp::float32 var_55 = -100.0;
    wp::float64 var_56;
    const wp::float32 var_57 = 100.0;
    wp::float64 var_58;
    wp::float64 var_59;
    //---------
    // forward
    // def double_math(a: wp.array(dtype=wp.float64), out: wp.array(dtype=wp.float64)):       <L 60>
    // i = wp.tid()                                                                           <L 61>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 62>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = wp.sin(x) * wp.cos(x) + wp.exp(-wp.abs(x)) + wp.sqrt(wp.abs(x))                    <L 63>
    var_4 = wp::sin(var_2);
    var_5 = wp::cos(var_2);
    var_6 = wp::mul(var_4, var_5);
    var_7 = wp::abs(var_2);
    var_8 = wp::neg(var_7);
    var_9 = wp::exp(var_8);
    var_10 = wp::add(var_6, var_9);
    var_11 = wp::abs(var_2);
    var_12 = wp::sqrt(var_11);
    var_13 = wp::add(var_10, var_12);
    // y += wp.floor(x) + wp.log(wp.abs(x) + wp.float64(1.0)) + wp.atan2(x, wp.float64(2.0))       <L 64>
    var_14 = wp::floor(var_2);
    var_15 = wp::abs(var_2);
    var_17 = wp::float64(var_16);
    var_18 = wp::add(var_15, var_17);
    var_19 = wp::log(var_18);
    var_20 = wp::add(var_14, var_19);
    var_22 = wp::float64(var_21);
    var_23 = wp::atan2(var_2, var_22);
    var_24 = wp::add(var_20, var_23);
    var_25 = wp::floor(var_2);
    var_26 = wp::abs(var_2);
    var_28 = wp::float64(var_27);
    var_29 = wp::add(var_26, var_28);
    var_30 = wp::log(var_29);
    var_31 = wp::add(var_25, var_30);
    var_33 = wp::float64(var_32);
    var_34 = wp::atan2(var_2, var_33);
    var_35 = wp::add(var_31, var_34);
    var_36 = wp::add(var_13, var_35);
    // y += wp.pow(wp.abs(x), wp.float64(0.3)) + wp.float64(wp.pi)                            <L 65>
    var_37 = wp::abs(var_2);
    var_39 = wp::float64(var_38);
    var_40 = wp::pow(var_37, var_39);
    var_43 = wp::float64(var_42);
    var_44 = wp::add(var_40, var_43);
    var_45 = wp::abs(var_2);
    var_47 = wp::float64(var_46);
    var_48 = wp::pow(var_45, var_47);
    var_51 = wp::float64(var_50);
    var_52 = wp::add(var_48, var_51);
    var_53 = wp::add(var_36, var_52);
    // out[i] = wp.clamp(y, wp.float64(-100.0), wp.float64(100.0))                            <L 66>
    var_56 = wp::float64(var_55);
    var_58 = wp::float64(var_57);
    var_59 = wp::clamp(var_53, var_56, var_58);
    wp::array_store(var_out, var_0, var_59);
}



void double_math_abb28b08_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_double_math_abb28b08 *_wp_args,
    wp_args_double_math_abb28b08 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::array_t<wp::float64> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float64> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    const wp::float32 var_16 = 1.0;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    const wp::float32 var_21 = 2.0;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    const wp::float32 var_27 = 1.0;
    wp::float64 var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    const wp::float32 var_32 = 2.0;
    wp::float64 var_33;
    wp::float64 var_34;
    wp::float64 var_35;
    wp::float64 var_36;
    wp::float64 var_37;
    const wp::float32 var_38 = 0.3;
    wp::float64 var_39;
    wp::float64 var_40;
    const wp::float32 var_41 = 3.141592653589793;
    const wp::float32 var_42 = 3.141592653589793;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    const wp::float32 var_46 = 0.3;
    wp::float64 var_47;
    wp::float64 var_48;
    const wp::float32 var_49 = 3.141592653589793;
    const wp::float32 var_50 = 3.141592653589793;
    wp::float64 var_51;
    wp::float64 var_52;
    wp::float64 var_53;
    const wp::float32 var_54 = 100.0;
    const wp::float32 var_55 = -100.0;
    wp::float64 var_56;
    const wp::float32 var_57 = 100.0;
    wp::float64 var_58;
    wp::float64 var_59;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::float64 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::float64 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float64 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::float64 adj_36 = {};
    wp::float64 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float64 adj_39 = {};
    wp::float64 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float64 adj_43 = {};
    wp::float64 adj_44 = {};
    wp::float64 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float64 adj_47 = {};
    wp::float64 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float64 adj_51 = {};
    wp::float64 adj_52 = {};
    wp::float64 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float64 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float64 adj_58 = {};
    wp::float64 adj_59 = {};
    //---------
    // forward
    // def double_math(a: wp.array(dtype=wp.float64), out: wp.array(dtype=wp.float64)):       <L 60>
    // i = wp.tid()                                                                           <L 61>
    var_0 = builtin_tid1d();
    // x = a[i]                                                                               <L 62>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = wp.sin(x) * wp.cos(x) + wp.exp(-wp.abs(x)) + wp.sqrt(wp.abs(x))                    <L 63>
    var_4 = wp::sin(var_2);
    var_5 = wp::cos(var_2);
    var_6 = wp::mul(var_4, var_5);
    var_7 = wp::abs(var_2);
    var_8 = wp::neg(var_7);
    var_9 = wp::exp(var_8);
    var_10 = wp::add(var_6, var_9);
    var_11 = wp::abs(var_2);
    var_12 = wp::sqrt(var_11);
    var_13 = wp::add(var_10, var_12);
    // y += wp.floor(x) + wp.log(wp.abs(x) + wp.float64(1.0)) + wp.atan2(x, wp.float64(2.0))       <L 64>
    var_14 = wp::floor(var_2);
    var_15 = wp::abs(var_2);
    var_17 = wp::float64(var_16);
    var_18 = wp::add(var_15, var_17);
    var_19 = wp::log(var_18);
    var_20 = wp::add(var_14, var_19);
    var_22 = wp::float64(var_21);
    var_23 = wp::atan2(var_2, var_22);
    var_24 = wp::add(var_20, var_23);
    var_25 = wp::floor(var_2);
    var_26 = wp::abs(var_2);
    var_28 = wp::float64(var_27);
    var_29 = wp::add(var_26, var_28);
    var_30 = wp::log(var_29);
    var_31 = wp::add(var_25, var_30);
    var_33 = wp::float64(var_32);
    var_34 = wp::atan2(var_2, var_33);
    var_35 = wp::add(var_31, var_34);
    var_36 = wp::add(var_13, var_35);
    // y += wp.pow(wp.abs(x), wp.float64(0.3)) + wp.float64(wp.pi)                            <L 65>
    var_37 = wp::abs(var_2);
    var_39 = wp::float64(var_38);
    var_40 = wp::pow(var_37, var_39);
    var_43 = wp::float64(var_42);
    var_44 = wp::add(var_40, var_43);
    var_45 = wp::abs(var_2);
    var_47 = wp::float64(var_46);
    var_48 = wp::pow(var_45, var_47);
    var_51 = wp::float64(var_50);
    var_52 = wp::add(var_48, var_51);
    var_53 = wp::add(var_36, var_52);
    // out[i] = wp.clamp(y, wp.float64(-100.0), wp.float64(100.0))                            <L 66>
    var_56 = wp::float64(var_55);
    var_58 = wp::float64(var_57);
    var_59 = wp::clamp(var_53, var_56, var_58);
    // wp::array_store(var_out, var_0, var_59);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_59, adj_out, adj_0, adj_59);
    wp::adj_clamp(var_53, var_56, var_58, adj_53, adj_56, adj_58, adj_59);
    wp::adj_float64(var_57, adj_57, adj_58);
    wp::adj_float64(var_55, adj_55, adj_56);
    // adj: out[i] = wp.clamp(y, wp.float64(-100.0), wp.float64(100.0))                       <L 66>
    wp::adj_add(var_36, var_52, adj_36, adj_52, adj_53);
    wp::adj_add(var_48, var_51, adj_48, adj_51, adj_52);
    wp::adj_float64(var_50, adj_50, adj_51);
    wp::adj_pow(var_45, var_47, var_48, adj_45, adj_47, adj_48);
    wp::adj_float64(var_46, adj_46, adj_47);
    wp::adj_abs(var_2, adj_2, adj_45);
    wp::adj_add(var_40, var_43, adj_40, adj_43, adj_44);
    wp::adj_float64(var_42, adj_42, adj_43);
    wp::adj_pow(var_37, var_39, var_40, adj_37, adj_39, adj_40);
    wp::adj_float64(var_38, adj_38, adj_39);
    wp::adj_abs(var_2, adj_2, adj_37);
    // adj: y += wp.pow(wp.abs(x), wp.float64(0.3)) + wp.float64(wp.pi)                       <L 65>
    wp::adj_add(var_13, var_35, adj_13, adj_35, adj_36);
    wp::adj_add(var_31, var_34, adj_31, adj_34, adj_35);
    wp::adj_atan2(var_2, var_33, adj_2, adj_33, adj_34);
    wp::adj_float64(var_32, adj_32, adj_33);
    wp::adj_add(var_25, var_30, adj_25, adj_30, adj_31);
    wp::adj_log(var_29, adj_29, adj_30);
    wp::adj_add(var_26, var_28, adj_26, adj_28, adj_29);
    wp::adj_float64(var_27, adj_27, adj_28);
    wp::adj_abs(var_2, adj_2, adj_26);
    wp::adj_add(var_20, var_23, adj_20, adj_23, adj_24);
    wp::adj_atan2(var_2, var_22, adj_2, adj_22, adj_23);
    wp::adj_float64(var_21, adj_21, adj_22);
    wp::adj_add(var_14, var_19, adj_14, adj_19, adj_20);
    wp::adj_log(var_18, adj_18, adj_19);
    wp::adj_add(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_float64(var_16, adj_16, adj_17);
    wp::adj_abs(var_2, adj_2, adj_15);
    // adj: y += wp.floor(x) + wp.log(wp.abs(x) + wp.float64(1.0)) + wp.atan2(x, wp.float64(2.0))  <L 64>
    wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_sqrt(var_11, var_12, adj_11, adj_12);
    wp::adj_abs(var_2, adj_2, adj_11);
    wp::adj_add(var_6, var_9, adj_6, adj_9, adj_10);
    wp::adj_exp(var_8, var_9, adj_8, adj_9);
    wp::adj_neg(var_7, adj_7, adj_8);
    wp::adj_abs(var_2, adj_2, adj_7);
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_cos(var_2, adj_2, adj_5);
    wp::adj_sin(var_2, adj_2, adj_4);
    // adj: y = wp.sin(x) * wp.cos(x) + wp.exp(-wp.abs(x)) + wp.sqrt(wp.abs(x))               <L 63>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i]                                                                          <L 62>
    // adj: i = wp.tid()                                                                      <L 61>
    // adj: def double_math(a: wp.array(dtype=wp.float64), out: wp.array(dtype=wp.float64)):  <L 60>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void double_math_abb28b08_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_double_math_abb28b08 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        double_math_abb28b08_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void double_math_abb28b08_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_double_math_abb28b08 *_wp_args,
    wp_args_double_math_abb28b08 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        double_math_abb28b08_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

