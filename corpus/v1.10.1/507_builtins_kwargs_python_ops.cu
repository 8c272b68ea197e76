
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

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


// corpus/507_builtins_kwargs_python_ops.py:4
static CUDA_CALLABLE wp::float32 blend_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_t)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def blend(a: float, b: float, t: float):                                               <L 5>
    // return a * (1.0 - t) + b * t                                                           <L 6>
    var_1 = wp::sub(var_0, var_t);
    var_2 = wp::mul(var_a, var_1);
    var_3 = wp::mul(var_b, var_t);
    var_4 = wp::add(var_2, var_3);
    return var_4;
}


// corpus/507_builtins_kwargs_python_ops.py:4
static CUDA_CALLABLE void adj_blend_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 var_t,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_t,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def blend(a: float, b: float, t: float):                                               <L 5>
    // return a * (1.0 - t) + b * t                                                           <L 6>
    var_1 = wp::sub(var_0, var_t);
    var_2 = wp::mul(var_a, var_1);
    var_3 = wp::mul(var_b, var_t);
    var_4 = wp::add(var_2, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_mul(var_b, var_t, adj_b, adj_t, adj_3);
    wp::adj_mul(var_a, var_1, adj_a, adj_1, adj_2);
    wp::adj_sub(var_0, var_t, adj_0, adj_t, adj_1);
    // adj: return a * (1.0 - t) + b * t                                                      <L 6>
    // adj: def blend(a: float, b: float, t: float):                                          <L 5>
    return;
}



extern "C" __global__ void misc_fb826f68_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::int32> var_n,
    wp::array_t<wp::float32> var_out)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 2.0;
        const wp::float32 var_5 = 0.25;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 2.0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 7;
        wp::int32 var_20;
        wp::int32* var_21;
        const wp::int32 var_22 = 3;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::int32* var_26;
        const wp::int32 var_27 = 2;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 3.0;
        wp::float32 var_33;
        const wp::float32 var_34 = 2.0;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32>* var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32>* var_40;
        bool var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::int32* var_43;
        bool var_44;
        wp::int32 var_45;
        bool var_46;
        const wp::float32 var_47 = 1.0;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::int32* var_50;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        wp::int32 var_53;
        bool var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.0;
        bool var_58;
        const wp::float32 var_59 = 1.0;
        const wp::float32 var_60 = 1.0;
        const wp::float32 var_61 = -1.0;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        //---------
        // forward
        // def misc(x: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // a = x[i]                                                                               <L 12>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // b = blend(a, 2.0, t=0.25)                                                              <L 13>
        var_6 = blend_0(var_2, var_4, var_5);
        // c = blend(t=0.5, a=a, b=b)                                                             <L 14>
        var_8 = blend_0(var_2, var_6, var_7);
        // d = abs(a) + min(a, b) + max(b, c) + a ** 2.0                                          <L 15>
        var_9 = wp::abs(var_2);
        var_10 = wp::min(var_2, var_6);
        var_11 = wp::add(var_9, var_10);
        var_12 = wp::max(var_6, var_8);
        var_13 = wp::add(var_11, var_12);
        var_15 = wp::pow(var_2, var_14);
        var_16 = wp::add(var_13, var_15);
        // e = int(wp.floor(d)) % 7 + n[i] // 3 + n[i] / 2                                        <L 16>
        var_17 = wp::floor(var_16);
        var_18 = wp::int(var_17);
        var_20 = wp::mod(var_18, var_19);
        var_21 = wp::address(var_n, var_0);
        var_24 = wp::load(var_21);
        var_23 = wp::floordiv(var_24, var_22);
        var_25 = wp::add(var_20, var_23);
        var_26 = wp::address(var_n, var_0);
        var_29 = wp::load(var_26);
        var_28 = wp::div(var_29, var_27);
        var_30 = wp::add(var_25, var_28);
        // f = float(e) % 3.0 + d // 2.0                                                          <L 17>
        var_31 = wp::float(var_30);
        var_33 = wp::mod(var_31, var_32);
        var_35 = wp::floordiv(var_16, var_34);
        var_36 = wp::add(var_33, var_35);
        // w = -v[i]                                                                              <L 18>
        var_37 = wp::address(var_v, var_0);
        var_39 = wp::load(var_37);
        var_38 = wp::neg(var_39);
        // if w == v[i] or not n[i]:                                                              <L 19>
        var_40 = wp::address(var_v, var_0);
        var_42 = wp::load(var_40);
        var_41 = (var_38 == var_42);
        var_43 = wp::address(var_n, var_0);
        var_45 = wp::load(var_43);
        var_44 = wp::unot(var_45);
        var_46 = var_41 || var_44;
        if (var_46) {
            // f = f + 1.0                                                                        <L 20>
            var_48 = wp::add(var_36, var_47);
        }
        var_49 = wp::where(var_46, var_48, var_36);
        // g = bool(n[i] & 1)                                                                     <L 21>
        var_50 = wp::address(var_n, var_0);
        var_53 = wp::load(var_50);
        var_52 = wp::bit_and(var_53, var_51);
        var_54 = bool(var_52);
        // if g:                                                                                  <L 22>
        if (var_54) {
            // f = -f                                                                             <L 23>
            var_55 = wp::neg(var_49);
        }
        var_56 = wp::where(var_54, var_55, var_49);
        // out[i] = f + wp.where(f > 0.0, 1.0, -1.0) + wp.length(w)                               <L 24>
        var_58 = (var_56 > var_57);
        var_62 = wp::where(var_58, var_59, var_61);
        var_63 = wp::add(var_56, var_62);
        var_64 = wp::length(var_38);
        var_65 = wp::add(var_63, var_64);
        wp::array_store(var_out, var_0, var_65);
    }
}



extern "C" __global__ void misc_fb826f68_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::int32> var_n,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::int32> adj_n,
    wp::array_t<wp::float32> adj_out)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 2.0;
        const wp::float32 var_5 = 0.25;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 2.0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 7;
        wp::int32 var_20;
        wp::int32* var_21;
        const wp::int32 var_22 = 3;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::int32* var_26;
        const wp::int32 var_27 = 2;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 3.0;
        wp::float32 var_33;
        const wp::float32 var_34 = 2.0;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32>* var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32>* var_40;
        bool var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::int32* var_43;
        bool var_44;
        wp::int32 var_45;
        bool var_46;
        const wp::float32 var_47 = 1.0;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::int32* var_50;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        wp::int32 var_53;
        bool var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.0;
        bool var_58;
        const wp::float32 var_59 = 1.0;
        const wp::float32 var_60 = 1.0;
        const wp::float32 var_61 = -1.0;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
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
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        bool adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::int32 adj_43 = {};
        bool adj_44 = {};
        wp::int32 adj_45 = {};
        bool adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        bool adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        bool adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        //---------
        // forward
        // def misc(x: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // a = x[i]                                                                               <L 12>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // b = blend(a, 2.0, t=0.25)                                                              <L 13>
        var_6 = blend_0(var_2, var_4, var_5);
        // c = blend(t=0.5, a=a, b=b)                                                             <L 14>
        var_8 = blend_0(var_2, var_6, var_7);
        // d = abs(a) + min(a, b) + max(b, c) + a ** 2.0                                          <L 15>
        var_9 = wp::abs(var_2);
        var_10 = wp::min(var_2, var_6);
        var_11 = wp::add(var_9, var_10);
        var_12 = wp::max(var_6, var_8);
        var_13 = wp::add(var_11, var_12);
        var_15 = wp::pow(var_2, var_14);
        var_16 = wp::add(var_13, var_15);
        // e = int(wp.floor(d)) % 7 + n[i] // 3 + n[i] / 2                                        <L 16>
        var_17 = wp::floor(var_16);
        var_18 = wp::int(var_17);
        var_20 = wp::mod(var_18, var_19);
        var_21 = wp::address(var_n, var_0);
        var_24 = wp::load(var_21);
        var_23 = wp::floordiv(var_24, var_22);
        var_25 = wp::add(var_20, var_23);
        var_26 = wp::address(var_n, var_0);
        var_29 = wp::load(var_26);
        var_28 = wp::div(var_29, var_27);
        var_30 = wp::add(var_25, var_28);
        // f = float(e) % 3.0 + d // 2.0                                                          <L 17>
        var_31 = wp::float(var_30);
        var_33 = wp::mod(var_31, var_32);
        var_35 = wp::floordiv(var_16, var_34);
        var_36 = wp::add(var_33, var_35);
        // w = -v[i]                                                                              <L 18>
        var_37 = wp::address(var_v, var_0);
        var_39 = wp::load(var_37);
        var_38 = wp::neg(var_39);
        // if w == v[i] or not n[i]:                                                              <L 19>
        var_40 = wp::address(var_v, var_0);
        var_42 = wp::load(var_40);
        var_41 = (var_38 == var_42);
        var_43 = wp::address(var_n, var_0);
        var_45 = wp::load(var_43);
        var_44 = wp::unot(var_45);
        var_46 = var_41 || var_44;
        if (var_46) {
            // f = f + 1.0                                                                        <L 20>
            var_48 = wp::add(var_36, var_47);
        }
        var_49 = wp::where(var_46, var_48, var_36);
        // g = bool(n[i] & 1)                                                                     <L 21>
        var_50 = wp::address(var_n, var_0);
        var_53 = wp::load(var_50);
        var_52 = wp::bit_and(var_53, var_51);
        var_54 = bool(var_52);
        // if g:                                                                                  <L 22>
        if (var_54) {
            // f = -f                                                                             <L 23>
            var_55 = wp::neg(var_49);
        }
        var_56 = wp::where(var_54, var_55, var_49);
        // out[i] = f + wp.where(f > 0.0, 1.0, -1.0) + wp.length(w)                               <L 24>
        var_58 = (var_56 > var_57);
        var_62 = wp::where(var_58, var_59, var_61);
        var_63 = wp::add(var_56, var_62);
        var_64 = wp::length(var_38);
        var_65 = wp::add(var_63, var_64);
        // wp::array_store(var_out, var_0, var_65);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_65, adj_out, adj_0, adj_65);
        wp::adj_add(var_63, var_64, adj_63, adj_64, adj_65);
        wp::adj_length(var_38, var_64, adj_38, adj_64);
        wp::adj_add(var_56, var_62, adj_56, adj_62, adj_63);
        wp::adj_where(var_58, var_59, var_61, adj_58, adj_59, adj_61, adj_62);
        // adj: out[i] = f + wp.where(f > 0.0, 1.0, -1.0) + wp.length(w)                          <L 24>
        wp::adj_where(var_54, var_55, var_49, adj_54, adj_55, adj_49, adj_56);
        if (var_54) {
            wp::adj_neg(var_49, adj_49, adj_55);
            // adj: f = -f                                                                        <L 23>
        }
        // adj: if g:                                                                             <L 22>
        adj_bool(var_52, adj_52, adj_54);
        wp::adj_address(var_n, var_0, adj_n, adj_0, adj_50);
        // adj: g = bool(n[i] & 1)                                                                <L 21>
        wp::adj_where(var_46, var_48, var_36, adj_46, adj_48, adj_36, adj_49);
        if (var_46) {
            wp::adj_add(var_36, var_47, adj_36, adj_47, adj_48);
            // adj: f = f + 1.0                                                                   <L 20>
        }
        wp::adj_address(var_n, var_0, adj_n, adj_0, adj_43);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_40);
        // adj: if w == v[i] or not n[i]:                                                         <L 19>
        wp::adj_neg(var_39, adj_37, adj_38);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_37);
        // adj: w = -v[i]                                                                         <L 18>
        wp::adj_add(var_33, var_35, adj_33, adj_35, adj_36);
        wp::adj_mod(var_31, var_32, adj_31, adj_32, adj_33);
        wp::adj_float(var_30, adj_30, adj_31);
        // adj: f = float(e) % 3.0 + d // 2.0                                                     <L 17>
        wp::adj_add(var_25, var_28, adj_25, adj_28, adj_30);
        wp::adj_div(var_29, var_27, var_28, adj_26, adj_27, adj_28);
        wp::adj_address(var_n, var_0, adj_n, adj_0, adj_26);
        wp::adj_add(var_20, var_23, adj_20, adj_23, adj_25);
        wp::adj_address(var_n, var_0, adj_n, adj_0, adj_21);
        wp::adj_mod(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_int(var_17, adj_17, adj_18);
        // adj: e = int(wp.floor(d)) % 7 + n[i] // 3 + n[i] / 2                                   <L 16>
        wp::adj_add(var_13, var_15, adj_13, adj_15, adj_16);
        wp::adj_pow(var_2, var_14, var_15, adj_2, adj_14, adj_15);
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_max(var_6, var_8, adj_6, adj_8, adj_12);
        wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_min(var_2, var_6, adj_2, adj_6, adj_10);
        wp::adj_abs(var_2, adj_2, adj_9);
        // adj: d = abs(a) + min(a, b) + max(b, c) + a ** 2.0                                     <L 15>
        adj_blend_0(var_2, var_6, var_7, adj_2, adj_6, adj_7, adj_8);
        // adj: c = blend(t=0.5, a=a, b=b)                                                        <L 14>
        adj_blend_0(var_2, var_4, var_5, adj_2, adj_4, adj_5, adj_6);
        // adj: b = blend(a, 2.0, t=0.25)                                                         <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: a = x[i]                                                                          <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def misc(x: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int), out: wp.array(dtype=float)):  <L 10>
        continue;
    }
}

