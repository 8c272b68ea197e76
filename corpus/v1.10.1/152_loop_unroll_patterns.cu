
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


// corpus/152_loop_unroll_patterns.py:8
static CUDA_CALLABLE wp::float32 tap_weight_0(
    wp::int32 var_k)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def tap_weight(k: int) -> float:                                                       <L 9>
    // return 1.0 / float(k + 1)                                                              <L 10>
    var_2 = wp::add(var_k, var_1);
    var_3 = wp::float(var_2);
    var_4 = wp::div(var_0, var_3);
    return var_4;
}


// corpus/152_loop_unroll_patterns.py:8
static CUDA_CALLABLE void adj_tap_weight_0(
    wp::int32 var_k,
    wp::int32 & adj_k,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def tap_weight(k: int) -> float:                                                       <L 9>
    // return 1.0 / float(k + 1)                                                              <L 10>
    var_2 = wp::add(var_k, var_1);
    var_3 = wp::float(var_2);
    var_4 = wp::div(var_0, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_div(var_0, var_3, var_4, adj_0, adj_3, adj_4);
    wp::adj_float(var_2, adj_2, adj_3);
    wp::adj_add(var_k, var_1, adj_k, adj_1, adj_2);
    // adj: return 1.0 / float(k + 1)                                                         <L 10>
    // adj: def tap_weight(k: int) -> float:                                                  <L 9>
    return;
}



extern "C" __global__ void fir_filter_e0665b57_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::float32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::float32 var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        wp::int32 var_36;
        const wp::int32 var_37 = 0;
        bool var_38;
        wp::float32 var_39;
        wp::float32* var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32* var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 3;
        wp::int32 var_50;
        const wp::int32 var_51 = 0;
        bool var_52;
        wp::float32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32* var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 4;
        wp::int32 var_64;
        const wp::int32 var_65 = 0;
        bool var_66;
        wp::float32 var_67;
        wp::float32* var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32* var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        //---------
        // forward
        // def fir_filter(x: wp.array(dtype=float), y: wp.array(dtype=float)):                    <L 14>
        // i = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // n = x.shape[0]                                                                         <L 16>
        var_1 = &(var_x.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // acc = float(0.0)                                                                       <L 17>
        var_6 = wp::float(var_5);
        // for k in range(N_TAPS):                                                                <L 18>
        // j = i - k                                                                              <L 19>
        var_8 = wp::sub(var_0, var_7);
        // if j >= 0:                                                                             <L 20>
        var_10 = (var_8 >= var_9);
        if (var_10) {
            // acc += tap_weight(k) * x[j]                                                        <L 21>
            var_11 = tap_weight_0(var_7);
            var_12 = wp::address(var_x, var_8);
            var_14 = wp::load(var_12);
            var_13 = wp::mul(var_11, var_14);
            var_15 = tap_weight_0(var_7);
            var_16 = wp::address(var_x, var_8);
            var_18 = wp::load(var_16);
            var_17 = wp::mul(var_15, var_18);
            var_19 = wp::add(var_6, var_17);
        }
        var_20 = wp::where(var_10, var_19, var_6);
        // j = i - k                                                                              <L 19>
        var_22 = wp::sub(var_0, var_21);
        // if j >= 0:                                                                             <L 20>
        var_24 = (var_22 >= var_23);
        if (var_24) {
            // acc += tap_weight(k) * x[j]                                                        <L 21>
            var_25 = tap_weight_0(var_21);
            var_26 = wp::address(var_x, var_22);
            var_28 = wp::load(var_26);
            var_27 = wp::mul(var_25, var_28);
            var_29 = tap_weight_0(var_21);
            var_30 = wp::address(var_x, var_22);
            var_32 = wp::load(var_30);
            var_31 = wp::mul(var_29, var_32);
            var_33 = wp::add(var_20, var_31);
        }
        var_34 = wp::where(var_24, var_33, var_20);
        // j = i - k                                                                              <L 19>
        var_36 = wp::sub(var_0, var_35);
        // if j >= 0:                                                                             <L 20>
        var_38 = (var_36 >= var_37);
        if (var_38) {
            // acc += tap_weight(k) * x[j]                                                        <L 21>
            var_39 = tap_weight_0(var_35);
            var_40 = wp::address(var_x, var_36);
            var_42 = wp::load(var_40);
            var_41 = wp::mul(var_39, var_42);
            var_43 = tap_weight_0(var_35);
            var_44 = wp::address(var_x, var_36);
            var_46 = wp::load(var_44);
            var_45 = wp::mul(var_43, var_46);
            var_47 = wp::add(var_34, var_45);
        }
        var_48 = wp::where(var_38, var_47, var_34);
        // j = i - k                                                                              <L 19>
        var_50 = wp::sub(var_0, var_49);
        // if j >= 0:                                                                             <L 20>
        var_52 = (var_50 >= var_51);
        if (var_52) {
            // acc += tap_weight(k) * x[j]                                                        <L 21>
            var_53 = tap_weight_0(var_49);
            var_54 = wp::address(var_x, var_50);
            var_56 = wp::load(var_54);
            var_55 = wp::mul(var_53, var_56);
            var_57 = tap_weight_0(var_49);
            var_58 = wp::address(var_x, var_50);
            var_60 = wp::load(var_58);
            var_59 = wp::mul(var_57, var_60);
            var_61 = wp::add(var_48, var_59);
        }
        var_62 = wp::where(var_52, var_61, var_48);
        // j = i - k                                                                              <L 19>
        var_64 = wp::sub(var_0, var_63);
        // if j >= 0:                                                                             <L 20>
        var_66 = (var_64 >= var_65);
        if (var_66) {
            // acc += tap_weight(k) * x[j]                                                        <L 21>
            var_67 = tap_weight_0(var_63);
            var_68 = wp::address(var_x, var_64);
            var_70 = wp::load(var_68);
            var_69 = wp::mul(var_67, var_70);
            var_71 = tap_weight_0(var_63);
            var_72 = wp::address(var_x, var_64);
            var_74 = wp::load(var_72);
            var_73 = wp::mul(var_71, var_74);
            var_75 = wp::add(var_62, var_73);
        }
        var_76 = wp::where(var_66, var_75, var_62);
        // y[i] = acc                                                                             <L 22>
        wp::array_store(var_y, var_0, var_76);
    }
}



extern "C" __global__ void fir_filter_e0665b57_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_y)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::float32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::float32 var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        wp::int32 var_36;
        const wp::int32 var_37 = 0;
        bool var_38;
        wp::float32 var_39;
        wp::float32* var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32* var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 3;
        wp::int32 var_50;
        const wp::int32 var_51 = 0;
        bool var_52;
        wp::float32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32* var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 4;
        wp::int32 var_64;
        const wp::int32 var_65 = 0;
        bool var_66;
        wp::float32 var_67;
        wp::float32* var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32* var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
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
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        bool adj_38 = {};
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
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        bool adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        bool adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        //---------
        // forward
        // def fir_filter(x: wp.array(dtype=float), y: wp.array(dtype=float)):                    <L 14>
        // i = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // n = x.shape[0]                                                                         <L 16>
        var_1 = &(var_x.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // acc = float(0.0)                                                                       <L 17>
        var_6 = wp::float(var_5);
        // for k in range(N_TAPS):                                                                <L 18>
        // j = i - k                                                                              <L 19>
        var_8 = wp::sub(var_0, var_7);
        // if j >= 0:                                                                             <L 20>
        var_10 = (var_8 >= var_9);
        if (var_10) {
            // acc += tap_weight(k) * x[j]                                                        <L 21>
            var_11 = tap_weight_0(var_7);
            var_12 = wp::address(var_x, var_8);
            var_14 = wp::load(var_12);
            var_13 = wp::mul(var_11, var_14);
            var_15 = tap_weight_0(var_7);
            var_16 = wp::address(var_x, var_8);
            var_18 = wp::load(var_16);
            var_17 = wp::mul(var_15, var_18);
            var_19 = wp::add(var_6, var_17);
        }
        var_20 = wp::where(var_10, var_19, var_6);
        // j = i - k                                                                              <L 19>
        var_22 = wp::sub(var_0, var_21);
        // if j >= 0:                                                                             <L 20>
        var_24 = (var_22 >= var_23);
        if (var_24) {
            // acc += tap_weight(k) * x[j]                                                        <L 21>
            var_25 = tap_weight_0(var_21);
            var_26 = wp::address(var_x, var_22);
            var_28 = wp::load(var_26);
            var_27 = wp::mul(var_25, var_28);
            var_29 = tap_weight_0(var_21);
            var_30 = wp::address(var_x, var_22);
            var_32 = wp::load(var_30);
            var_31 = wp::mul(var_29, var_32);
            var_33 = wp::add(var_20, var_31);
        }
        var_34 = wp::where(var_24, var_33, var_20);
        // j = i - k                                                                              <L 19>
        var_36 = wp::sub(var_0, var_35);
        // if j >= 0:                                                                             <L 20>
        var_38 = (var_36 >= var_37);
        if (var_38) {
            // acc += tap_weight(k) * x[j]                                                        <L 21>
            var_39 = tap_weight_0(var_35);
            var_40 = wp::address(var_x, var_36);
            var_42 = wp::load(var_40);
            var_41 = wp::mul(var_39, var_42);
            var_43 = tap_weight_0(var_35);
            var_44 = wp::address(var_x, var_36);
            var_46 = wp::load(var_44);
            var_45 = wp::mul(var_43, var_46);
            var_47 = wp::add(var_34, var_45);
        }
        var_48 = wp::where(var_38, var_47, var_34);
        // j = i - k                                                                              <L 19>
        var_50 = wp::sub(var_0, var_49);
        // if j >= 0:                                                                             <L 20>
        var_52 = (var_50 >= var_51);
        if (var_52) {
            // acc += tap_weight(k) * x[j]                                                        <L 21>
            var_53 = tap_weight_0(var_49);
            var_54 = wp::address(var_x, var_50);
            var_56 = wp::load(var_54);
            var_55 = wp::mul(var_53, var_56);
            var_57 = tap_weight_0(var_49);
            var_58 = wp::address(var_x, var_50);
            var_60 = wp::load(var_58);
            var_59 = wp::mul(var_57, var_60);
            var_61 = wp::add(var_48, var_59);
        }
        var_62 = wp::where(var_52, var_61, var_48);
        // j = i - k                                                                              <L 19>
        var_64 = wp::sub(var_0, var_63);
        // if j >= 0:                                                                             <L 20>
        var_66 = (var_64 >= var_65);
        if (var_66) {
            // acc += tap_weight(k) * x[j]                                                        <L 21>
            var_67 = tap_weight_0(var_63);
            var_68 = wp::address(var_x, var_64);
            var_70 = wp::load(var_68);
            var_69 = wp::mul(var_67, var_70);
            var_71 = tap_weight_0(var_63);
            var_72 = wp::address(var_x, var_64);
            var_74 = wp::load(var_72);
            var_73 = wp::mul(var_71, var_74);
            var_75 = wp::add(var_62, var_73);
        }
        var_76 = wp::where(var_66, var_75, var_62);
        // y[i] = acc                                                                             <L 22>
        // wp::array_store(var_y, var_0, var_76);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_76, adj_y, adj_0, adj_76);
        // adj: y[i] = acc                                                                        <L 22>
        wp::adj_where(var_66, var_75, var_62, adj_66, adj_75, adj_62, adj_76);
        if (var_66) {
            wp::adj_add(var_62, var_73, adj_62, adj_73, adj_75);
            wp::adj_mul(var_71, var_74, adj_71, adj_72, adj_73);
            wp::adj_address(var_x, var_64, adj_x, adj_64, adj_72);
            adj_tap_weight_0(var_63, adj_63, adj_71);
            wp::adj_mul(var_67, var_70, adj_67, adj_68, adj_69);
            wp::adj_address(var_x, var_64, adj_x, adj_64, adj_68);
            adj_tap_weight_0(var_63, adj_63, adj_67);
            // adj: acc += tap_weight(k) * x[j]                                                   <L 21>
        }
        // adj: if j >= 0:                                                                        <L 20>
        wp::adj_sub(var_0, var_63, adj_0, adj_63, adj_64);
        // adj: j = i - k                                                                         <L 19>
        wp::adj_where(var_52, var_61, var_48, adj_52, adj_61, adj_48, adj_62);
        if (var_52) {
            wp::adj_add(var_48, var_59, adj_48, adj_59, adj_61);
            wp::adj_mul(var_57, var_60, adj_57, adj_58, adj_59);
            wp::adj_address(var_x, var_50, adj_x, adj_50, adj_58);
            adj_tap_weight_0(var_49, adj_49, adj_57);
            wp::adj_mul(var_53, var_56, adj_53, adj_54, adj_55);
            wp::adj_address(var_x, var_50, adj_x, adj_50, adj_54);
            adj_tap_weight_0(var_49, adj_49, adj_53);
            // adj: acc += tap_weight(k) * x[j]                                                   <L 21>
        }
        // adj: if j >= 0:                                                                        <L 20>
        wp::adj_sub(var_0, var_49, adj_0, adj_49, adj_50);
        // adj: j = i - k                                                                         <L 19>
        wp::adj_where(var_38, var_47, var_34, adj_38, adj_47, adj_34, adj_48);
        if (var_38) {
            wp::adj_add(var_34, var_45, adj_34, adj_45, adj_47);
            wp::adj_mul(var_43, var_46, adj_43, adj_44, adj_45);
            wp::adj_address(var_x, var_36, adj_x, adj_36, adj_44);
            adj_tap_weight_0(var_35, adj_35, adj_43);
            wp::adj_mul(var_39, var_42, adj_39, adj_40, adj_41);
            wp::adj_address(var_x, var_36, adj_x, adj_36, adj_40);
            adj_tap_weight_0(var_35, adj_35, adj_39);
            // adj: acc += tap_weight(k) * x[j]                                                   <L 21>
        }
        // adj: if j >= 0:                                                                        <L 20>
        wp::adj_sub(var_0, var_35, adj_0, adj_35, adj_36);
        // adj: j = i - k                                                                         <L 19>
        wp::adj_where(var_24, var_33, var_20, adj_24, adj_33, adj_20, adj_34);
        if (var_24) {
            wp::adj_add(var_20, var_31, adj_20, adj_31, adj_33);
            wp::adj_mul(var_29, var_32, adj_29, adj_30, adj_31);
            wp::adj_address(var_x, var_22, adj_x, adj_22, adj_30);
            adj_tap_weight_0(var_21, adj_21, adj_29);
            wp::adj_mul(var_25, var_28, adj_25, adj_26, adj_27);
            wp::adj_address(var_x, var_22, adj_x, adj_22, adj_26);
            adj_tap_weight_0(var_21, adj_21, adj_25);
            // adj: acc += tap_weight(k) * x[j]                                                   <L 21>
        }
        // adj: if j >= 0:                                                                        <L 20>
        wp::adj_sub(var_0, var_21, adj_0, adj_21, adj_22);
        // adj: j = i - k                                                                         <L 19>
        wp::adj_where(var_10, var_19, var_6, adj_10, adj_19, adj_6, adj_20);
        if (var_10) {
            wp::adj_add(var_6, var_17, adj_6, adj_17, adj_19);
            wp::adj_mul(var_15, var_18, adj_15, adj_16, adj_17);
            wp::adj_address(var_x, var_8, adj_x, adj_8, adj_16);
            adj_tap_weight_0(var_7, adj_7, adj_15);
            wp::adj_mul(var_11, var_14, adj_11, adj_12, adj_13);
            wp::adj_address(var_x, var_8, adj_x, adj_8, adj_12);
            adj_tap_weight_0(var_7, adj_7, adj_11);
            // adj: acc += tap_weight(k) * x[j]                                                   <L 21>
        }
        // adj: if j >= 0:                                                                        <L 20>
        wp::adj_sub(var_0, var_7, adj_0, adj_7, adj_8);
        // adj: j = i - k                                                                         <L 19>
        // adj: for k in range(N_TAPS):                                                           <L 18>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: acc = float(0.0)                                                                  <L 17>
        wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
        adj_x.shape = adj_1;
        // adj: n = x.shape[0]                                                                    <L 16>
        // adj: i = wp.tid()                                                                      <L 15>
        // adj: def fir_filter(x: wp.array(dtype=float), y: wp.array(dtype=float)):               <L 14>
        continue;
    }
}



extern "C" __global__ void big_loop_7043be11_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        const wp::int32 var_3 = 24;
        wp::range_t var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::int32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        wp::shape_t* var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        wp::shape_t var_20;
        wp::int32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        //---------
        // forward
        // def big_loop(x: wp.array(dtype=float), y: wp.array(dtype=float)):                      <L 26>
        // i = wp.tid()                                                                           <L 27>
        var_0 = builtin_tid1d();
        // acc = float(0.0)                                                                       <L 28>
        var_2 = wp::float(var_1);
        // for k in range(N_BIG):                                                                 <L 29>
        var_4 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_4) == 0) goto end_for_0;
            var_5 = wp::iter_next(var_4);
            // acc += x[(i + k) % x.shape[0]] * float(k)                                          <L 30>
            var_6 = wp::add(var_0, var_5);
            var_7 = &(var_x.shape);
            var_10 = wp::load(var_7);
            var_9 = wp::extract(var_10, var_8);
            var_11 = wp::mod(var_6, var_9);
            var_12 = wp::address(var_x, var_11);
            var_13 = wp::float(var_5);
            var_15 = wp::load(var_12);
            var_14 = wp::mul(var_15, var_13);
            var_16 = wp::add(var_0, var_5);
            var_17 = &(var_x.shape);
            var_20 = wp::load(var_17);
            var_19 = wp::extract(var_20, var_18);
            var_21 = wp::mod(var_16, var_19);
            var_22 = wp::address(var_x, var_21);
            var_23 = wp::float(var_5);
            var_25 = wp::load(var_22);
            var_24 = wp::mul(var_25, var_23);
            var_26 = wp::add(var_2, var_24);
            wp::assign(var_2, var_26);
            goto start_for_0;
        end_for_0:;
        // y[i] = acc                                                                             <L 31>
        wp::array_store(var_y, var_0, var_2);
    }
}



extern "C" __global__ void big_loop_7043be11_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_y)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        const wp::int32 var_3 = 24;
        wp::range_t var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::int32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        wp::shape_t* var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        wp::shape_t var_20;
        wp::int32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::range_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::shape_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::shape_t adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        //---------
        // forward
        // def big_loop(x: wp.array(dtype=float), y: wp.array(dtype=float)):                      <L 26>
        // i = wp.tid()                                                                           <L 27>
        var_0 = builtin_tid1d();
        // acc = float(0.0)                                                                       <L 28>
        var_2 = wp::float(var_1);
        // for k in range(N_BIG):                                                                 <L 29>
        var_4 = wp::range(var_3);
        // y[i] = acc                                                                             <L 31>
        // wp::array_store(var_y, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_2, adj_y, adj_0, adj_2);
        // adj: y[i] = acc                                                                        <L 31>
        var_4 = wp::iter_reverse(var_4);
        start_for_0:;
            if (iter_cmp(var_4) == 0) goto end_for_0;
            var_5 = wp::iter_next(var_4);
        	adj_6 = {};
        	adj_7 = {};
        	adj_8 = {};
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
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
            // acc += x[(i + k) % x.shape[0]] * float(k)                                          <L 30>
            var_6 = wp::add(var_0, var_5);
            var_7 = &(var_x.shape);
            var_10 = wp::load(var_7);
            var_9 = wp::extract(var_10, var_8);
            var_11 = wp::mod(var_6, var_9);
            var_12 = wp::address(var_x, var_11);
            var_13 = wp::float(var_5);
            var_15 = wp::load(var_12);
            var_14 = wp::mul(var_15, var_13);
            var_16 = wp::add(var_0, var_5);
            var_17 = &(var_x.shape);
            var_20 = wp::load(var_17);
            var_19 = wp::extract(var_20, var_18);
            var_21 = wp::mod(var_16, var_19);
            var_22 = wp::address(var_x, var_21);
            var_23 = wp::float(var_5);
            var_25 = wp::load(var_22);
            var_24 = wp::mul(var_25, var_23);
            var_26 = wp::add(var_2, var_24);
            wp::assign(var_2, var_26);
            wp::adj_assign(var_2, var_26, adj_2, adj_26);
            wp::adj_add(var_2, var_24, adj_2, adj_24, adj_26);
            wp::adj_mul(var_25, var_23, adj_22, adj_23, adj_24);
            wp::adj_float(var_5, adj_5, adj_23);
            wp::adj_address(var_x, var_21, adj_x, adj_21, adj_22);
            wp::adj_mod(var_16, var_19, adj_16, adj_19, adj_21);
            wp::adj_extract(var_20, var_18, adj_17, adj_18, adj_19);
            adj_x.shape = adj_17;
            wp::adj_add(var_0, var_5, adj_0, adj_5, adj_16);
            wp::adj_mul(var_15, var_13, adj_12, adj_13, adj_14);
            wp::adj_float(var_5, adj_5, adj_13);
            wp::adj_address(var_x, var_11, adj_x, adj_11, adj_12);
            wp::adj_mod(var_6, var_9, adj_6, adj_9, adj_11);
            wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
            adj_x.shape = adj_7;
            wp::adj_add(var_0, var_5, adj_0, adj_5, adj_6);
            // adj: acc += x[(i + k) % x.shape[0]] * float(k)                                     <L 30>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_3, adj_3, adj_4);
        // adj: for k in range(N_BIG):                                                            <L 29>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: acc = float(0.0)                                                                  <L 28>
        // adj: i = wp.tid()                                                                      <L 27>
        // adj: def big_loop(x: wp.array(dtype=float), y: wp.array(dtype=float)):                 <L 26>
        continue;
    }
}



extern "C" __global__ void stepped_loops_fdff76c2_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        const wp::int32 var_3 = 0;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::int32 var_7 = 3;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 6;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 9;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 10;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.5;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.5;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 8;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.5;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.5;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 6;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.5;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 0.5;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 4;
        wp::float32 var_44;
        const wp::float32 var_45 = 0.5;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.5;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 2;
        wp::float32 var_52;
        const wp::float32 var_53 = 0.5;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::float32 var_56 = 0.5;
        wp::float32 var_57;
        wp::float32 var_58;
        const wp::int32 var_59 = 2;
        const wp::float32 var_60 = 1.0;
        const wp::float32 var_61 = 0.1;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        const wp::float32 var_65 = 1.0;
        const wp::float32 var_66 = 0.1;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::int32 var_71 = 3;
        const wp::float32 var_72 = 1.0;
        const wp::float32 var_73 = 0.1;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        const wp::float32 var_77 = 1.0;
        const wp::float32 var_78 = 0.1;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        const wp::int32 var_83 = 4;
        const wp::float32 var_84 = 1.0;
        const wp::float32 var_85 = 0.1;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        const wp::float32 var_89 = 1.0;
        const wp::float32 var_90 = 0.1;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::float32* var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        //---------
        // forward
        // def stepped_loops(x: wp.array(dtype=float), y: wp.array(dtype=float)):                 <L 35>
        // i = wp.tid()                                                                           <L 36>
        var_0 = builtin_tid1d();
        // acc = float(0.0)                                                                       <L 37>
        var_2 = wp::float(var_1);
        // for k in range(0, 10, STEP):                                                           <L 38>
        // acc += float(k)                                                                        <L 39>
        var_4 = wp::float(var_3);
        var_5 = wp::float(var_3);
        var_6 = wp::add(var_2, var_5);
        var_8 = wp::float(var_7);
        var_9 = wp::float(var_7);
        var_10 = wp::add(var_6, var_9);
        var_12 = wp::float(var_11);
        var_13 = wp::float(var_11);
        var_14 = wp::add(var_10, var_13);
        var_16 = wp::float(var_15);
        var_17 = wp::float(var_15);
        var_18 = wp::add(var_14, var_17);
        // for k in range(10, 0, -2):                                                             <L 40>
        // acc -= float(k) * 0.5                                                                  <L 41>
        var_20 = wp::float(var_19);
        var_22 = wp::mul(var_20, var_21);
        var_23 = wp::float(var_19);
        var_25 = wp::mul(var_23, var_24);
        var_26 = wp::sub(var_18, var_25);
        var_28 = wp::float(var_27);
        var_30 = wp::mul(var_28, var_29);
        var_31 = wp::float(var_27);
        var_33 = wp::mul(var_31, var_32);
        var_34 = wp::sub(var_26, var_33);
        var_36 = wp::float(var_35);
        var_38 = wp::mul(var_36, var_37);
        var_39 = wp::float(var_35);
        var_41 = wp::mul(var_39, var_40);
        var_42 = wp::sub(var_34, var_41);
        var_44 = wp::float(var_43);
        var_46 = wp::mul(var_44, var_45);
        var_47 = wp::float(var_43);
        var_49 = wp::mul(var_47, var_48);
        var_50 = wp::sub(var_42, var_49);
        var_52 = wp::float(var_51);
        var_54 = wp::mul(var_52, var_53);
        var_55 = wp::float(var_51);
        var_57 = wp::mul(var_55, var_56);
        var_58 = wp::sub(var_50, var_57);
        // for k in range(2, 5):                                                                  <L 42>
        // acc *= 1.0 + 0.1 * float(k)                                                            <L 43>
        var_62 = wp::float(var_59);
        var_63 = wp::mul(var_61, var_62);
        var_64 = wp::add(var_60, var_63);
        var_67 = wp::float(var_59);
        var_68 = wp::mul(var_66, var_67);
        var_69 = wp::add(var_65, var_68);
        var_70 = wp::mul(var_58, var_69);
        var_74 = wp::float(var_71);
        var_75 = wp::mul(var_73, var_74);
        var_76 = wp::add(var_72, var_75);
        var_79 = wp::float(var_71);
        var_80 = wp::mul(var_78, var_79);
        var_81 = wp::add(var_77, var_80);
        var_82 = wp::mul(var_70, var_81);
        var_86 = wp::float(var_83);
        var_87 = wp::mul(var_85, var_86);
        var_88 = wp::add(var_84, var_87);
        var_91 = wp::float(var_83);
        var_92 = wp::mul(var_90, var_91);
        var_93 = wp::add(var_89, var_92);
        var_94 = wp::mul(var_82, var_93);
        // y[i] = x[i] + acc                                                                      <L 44>
        var_95 = wp::address(var_x, var_0);
        var_97 = wp::load(var_95);
        var_96 = wp::add(var_97, var_94);
        wp::array_store(var_y, var_0, var_96);
    }
}



extern "C" __global__ void stepped_loops_fdff76c2_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_y)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        const wp::int32 var_3 = 0;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::int32 var_7 = 3;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 6;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 9;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 10;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.5;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.5;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 8;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.5;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.5;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 6;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.5;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 0.5;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 4;
        wp::float32 var_44;
        const wp::float32 var_45 = 0.5;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.5;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 2;
        wp::float32 var_52;
        const wp::float32 var_53 = 0.5;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::float32 var_56 = 0.5;
        wp::float32 var_57;
        wp::float32 var_58;
        const wp::int32 var_59 = 2;
        const wp::float32 var_60 = 1.0;
        const wp::float32 var_61 = 0.1;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        const wp::float32 var_65 = 1.0;
        const wp::float32 var_66 = 0.1;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::int32 var_71 = 3;
        const wp::float32 var_72 = 1.0;
        const wp::float32 var_73 = 0.1;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        const wp::float32 var_77 = 1.0;
        const wp::float32 var_78 = 0.1;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        const wp::int32 var_83 = 4;
        const wp::float32 var_84 = 1.0;
        const wp::float32 var_85 = 0.1;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        const wp::float32 var_89 = 1.0;
        const wp::float32 var_90 = 0.1;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::float32* var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        //---------
        // forward
        // def stepped_loops(x: wp.array(dtype=float), y: wp.array(dtype=float)):                 <L 35>
        // i = wp.tid()                                                                           <L 36>
        var_0 = builtin_tid1d();
        // acc = float(0.0)                                                                       <L 37>
        var_2 = wp::float(var_1);
        // for k in range(0, 10, STEP):                                                           <L 38>
        // acc += float(k)                                                                        <L 39>
        var_4 = wp::float(var_3);
        var_5 = wp::float(var_3);
        var_6 = wp::add(var_2, var_5);
        var_8 = wp::float(var_7);
        var_9 = wp::float(var_7);
        var_10 = wp::add(var_6, var_9);
        var_12 = wp::float(var_11);
        var_13 = wp::float(var_11);
        var_14 = wp::add(var_10, var_13);
        var_16 = wp::float(var_15);
        var_17 = wp::float(var_15);
        var_18 = wp::add(var_14, var_17);
        // for k in range(10, 0, -2):                                                             <L 40>
        // acc -= float(k) * 0.5                                                                  <L 41>
        var_20 = wp::float(var_19);
        var_22 = wp::mul(var_20, var_21);
        var_23 = wp::float(var_19);
        var_25 = wp::mul(var_23, var_24);
        var_26 = wp::sub(var_18, var_25);
        var_28 = wp::float(var_27);
        var_30 = wp::mul(var_28, var_29);
        var_31 = wp::float(var_27);
        var_33 = wp::mul(var_31, var_32);
        var_34 = wp::sub(var_26, var_33);
        var_36 = wp::float(var_35);
        var_38 = wp::mul(var_36, var_37);
        var_39 = wp::float(var_35);
        var_41 = wp::mul(var_39, var_40);
        var_42 = wp::sub(var_34, var_41);
        var_44 = wp::float(var_43);
        var_46 = wp::mul(var_44, var_45);
        var_47 = wp::float(var_43);
        var_49 = wp::mul(var_47, var_48);
        var_50 = wp::sub(var_42, var_49);
        var_52 = wp::float(var_51);
        var_54 = wp::mul(var_52, var_53);
        var_55 = wp::float(var_51);
        var_57 = wp::mul(var_55, var_56);
        var_58 = wp::sub(var_50, var_57);
        // for k in range(2, 5):                                                                  <L 42>
        // acc *= 1.0 + 0.1 * float(k)                                                            <L 43>
        var_62 = wp::float(var_59);
        var_63 = wp::mul(var_61, var_62);
        var_64 = wp::add(var_60, var_63);
        var_67 = wp::float(var_59);
        var_68 = wp::mul(var_66, var_67);
        var_69 = wp::add(var_65, var_68);
        var_70 = wp::mul(var_58, var_69);
        var_74 = wp::float(var_71);
        var_75 = wp::mul(var_73, var_74);
        var_76 = wp::add(var_72, var_75);
        var_79 = wp::float(var_71);
        var_80 = wp::mul(var_78, var_79);
        var_81 = wp::add(var_77, var_80);
        var_82 = wp::mul(var_70, var_81);
        var_86 = wp::float(var_83);
        var_87 = wp::mul(var_85, var_86);
        var_88 = wp::add(var_84, var_87);
        var_91 = wp::float(var_83);
        var_92 = wp::mul(var_90, var_91);
        var_93 = wp::add(var_89, var_92);
        var_94 = wp::mul(var_82, var_93);
        // y[i] = x[i] + acc                                                                      <L 44>
        var_95 = wp::address(var_x, var_0);
        var_97 = wp::load(var_95);
        var_96 = wp::add(var_97, var_94);
        // wp::array_store(var_y, var_0, var_96);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_96, adj_y, adj_0, adj_96);
        wp::adj_add(var_97, var_94, adj_95, adj_94, adj_96);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_95);
        // adj: y[i] = x[i] + acc                                                                 <L 44>
        wp::adj_mul(var_82, var_93, adj_82, adj_93, adj_94);
        wp::adj_add(var_89, var_92, adj_89, adj_92, adj_93);
        wp::adj_mul(var_90, var_91, adj_90, adj_91, adj_92);
        wp::adj_float(var_83, adj_83, adj_91);
        wp::adj_add(var_84, var_87, adj_84, adj_87, adj_88);
        wp::adj_mul(var_85, var_86, adj_85, adj_86, adj_87);
        wp::adj_float(var_83, adj_83, adj_86);
        wp::adj_mul(var_70, var_81, adj_70, adj_81, adj_82);
        wp::adj_add(var_77, var_80, adj_77, adj_80, adj_81);
        wp::adj_mul(var_78, var_79, adj_78, adj_79, adj_80);
        wp::adj_float(var_71, adj_71, adj_79);
        wp::adj_add(var_72, var_75, adj_72, adj_75, adj_76);
        wp::adj_mul(var_73, var_74, adj_73, adj_74, adj_75);
        wp::adj_float(var_71, adj_71, adj_74);
        wp::adj_mul(var_58, var_69, adj_58, adj_69, adj_70);
        wp::adj_add(var_65, var_68, adj_65, adj_68, adj_69);
        wp::adj_mul(var_66, var_67, adj_66, adj_67, adj_68);
        wp::adj_float(var_59, adj_59, adj_67);
        wp::adj_add(var_60, var_63, adj_60, adj_63, adj_64);
        wp::adj_mul(var_61, var_62, adj_61, adj_62, adj_63);
        wp::adj_float(var_59, adj_59, adj_62);
        // adj: acc *= 1.0 + 0.1 * float(k)                                                       <L 43>
        // adj: for k in range(2, 5):                                                             <L 42>
        wp::adj_sub(var_50, var_57, adj_50, adj_57, adj_58);
        wp::adj_mul(var_55, var_56, adj_55, adj_56, adj_57);
        wp::adj_float(var_51, adj_51, adj_55);
        wp::adj_mul(var_52, var_53, adj_52, adj_53, adj_54);
        wp::adj_float(var_51, adj_51, adj_52);
        wp::adj_sub(var_42, var_49, adj_42, adj_49, adj_50);
        wp::adj_mul(var_47, var_48, adj_47, adj_48, adj_49);
        wp::adj_float(var_43, adj_43, adj_47);
        wp::adj_mul(var_44, var_45, adj_44, adj_45, adj_46);
        wp::adj_float(var_43, adj_43, adj_44);
        wp::adj_sub(var_34, var_41, adj_34, adj_41, adj_42);
        wp::adj_mul(var_39, var_40, adj_39, adj_40, adj_41);
        wp::adj_float(var_35, adj_35, adj_39);
        wp::adj_mul(var_36, var_37, adj_36, adj_37, adj_38);
        wp::adj_float(var_35, adj_35, adj_36);
        wp::adj_sub(var_26, var_33, adj_26, adj_33, adj_34);
        wp::adj_mul(var_31, var_32, adj_31, adj_32, adj_33);
        wp::adj_float(var_27, adj_27, adj_31);
        wp::adj_mul(var_28, var_29, adj_28, adj_29, adj_30);
        wp::adj_float(var_27, adj_27, adj_28);
        wp::adj_sub(var_18, var_25, adj_18, adj_25, adj_26);
        wp::adj_mul(var_23, var_24, adj_23, adj_24, adj_25);
        wp::adj_float(var_19, adj_19, adj_23);
        wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
        wp::adj_float(var_19, adj_19, adj_20);
        // adj: acc -= float(k) * 0.5                                                             <L 41>
        // adj: for k in range(10, 0, -2):                                                        <L 40>
        wp::adj_add(var_14, var_17, adj_14, adj_17, adj_18);
        wp::adj_float(var_15, adj_15, adj_17);
        wp::adj_float(var_15, adj_15, adj_16);
        wp::adj_add(var_10, var_13, adj_10, adj_13, adj_14);
        wp::adj_float(var_11, adj_11, adj_13);
        wp::adj_float(var_11, adj_11, adj_12);
        wp::adj_add(var_6, var_9, adj_6, adj_9, adj_10);
        wp::adj_float(var_7, adj_7, adj_9);
        wp::adj_float(var_7, adj_7, adj_8);
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_6);
        wp::adj_float(var_3, adj_3, adj_5);
        wp::adj_float(var_3, adj_3, adj_4);
        // adj: acc += float(k)                                                                   <L 39>
        // adj: for k in range(0, 10, STEP):                                                      <L 38>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: acc = float(0.0)                                                                  <L 37>
        // adj: i = wp.tid()                                                                      <L 36>
        // adj: def stepped_loops(x: wp.array(dtype=float), y: wp.array(dtype=float)):            <L 35>
        continue;
    }
}



extern "C" __global__ void unrolled_with_break_8b413439_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::int32> var_y)
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
        const wp::int32 var_1 = 1;
        const wp::int32 var_2 = -1;
        wp::int32 var_3;
        const wp::int32 var_4 = 8;
        wp::range_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::int32 var_12;
        wp::float32* var_13;
        const wp::float32 var_14 = 0.5;
        bool var_15;
        wp::float32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        const wp::int32 var_20 = 6;
        wp::range_t var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 2;
        bool var_24;
        wp::int32 var_25;
        wp::shape_t* var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        wp::shape_t var_29;
        wp::int32 var_30;
        wp::float32* var_31;
        const wp::float32 var_32 = 0.0;
        bool var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::int32 var_38;
        const wp::int32 var_39 = 100;
        wp::int32 var_40;
        wp::int32 var_41;
        //---------
        // forward
        // def unrolled_with_break(x: wp.array(dtype=float), y: wp.array(dtype=int)):             <L 48>
        // i = wp.tid()                                                                           <L 49>
        var_0 = builtin_tid1d();
        // found = int(-1)                                                                        <L 50>
        var_3 = wp::int(var_2);
        // for k in range(8):                                                                     <L 51>
        var_5 = wp::range(var_4);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_6 = wp::iter_next(var_5);
            // if x[(i + k) % x.shape[0]] > 0.5:                                                  <L 52>
            var_7 = wp::add(var_0, var_6);
            var_8 = &(var_x.shape);
            var_11 = wp::load(var_8);
            var_10 = wp::extract(var_11, var_9);
            var_12 = wp::mod(var_7, var_10);
            var_13 = wp::address(var_x, var_12);
            var_16 = wp::load(var_13);
            var_15 = (var_16 > var_14);
            if (var_15) {
                // found = k                                                                      <L 53>
                var_17 = wp::copy(var_6);
                // break                                                                          <L 54>
                wp::assign(var_3, var_17);
                goto end_for_0;
            }
            goto start_for_0;
        end_for_0:;
        // count = int(0)                                                                         <L 55>
        var_19 = wp::int(var_18);
        // for k in range(6):                                                                     <L 56>
        var_21 = wp::range(var_20);
        start_for_2:;
            if (iter_cmp(var_21) == 0) goto end_for_2;
            var_22 = wp::iter_next(var_21);
            // if k == 2:                                                                         <L 57>
            var_24 = (var_22 == var_23);
            if (var_24) {
                // continue                                                                       <L 58>
                goto start_for_2;
            }
            // if x[(i * k) % x.shape[0]] < 0.0:                                                  <L 59>
            var_25 = wp::mul(var_0, var_22);
            var_26 = &(var_x.shape);
            var_29 = wp::load(var_26);
            var_28 = wp::extract(var_29, var_27);
            var_30 = wp::mod(var_25, var_28);
            var_31 = wp::address(var_x, var_30);
            var_34 = wp::load(var_31);
            var_33 = (var_34 < var_32);
            if (var_33) {
                // count += 1                                                                     <L 60>
                var_37 = wp::add(var_19, var_36);
            }
            var_38 = wp::where(var_33, var_37, var_19);
            wp::assign(var_19, var_38);
            goto start_for_2;
        end_for_2:;
        // y[i] = found * 100 + count                                                             <L 61>
        var_40 = wp::mul(var_3, var_39);
        var_41 = wp::add(var_40, var_19);
        wp::array_store(var_y, var_0, var_41);
    }
}



extern "C" __global__ void unrolled_with_break_8b413439_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::int32> var_y,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::int32> adj_y)
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
        const wp::int32 var_1 = 1;
        const wp::int32 var_2 = -1;
        wp::int32 var_3;
        const wp::int32 var_4 = 8;
        wp::range_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::int32 var_12;
        wp::float32* var_13;
        const wp::float32 var_14 = 0.5;
        bool var_15;
        wp::float32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        const wp::int32 var_20 = 6;
        wp::range_t var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 2;
        bool var_24;
        wp::int32 var_25;
        wp::shape_t* var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        wp::shape_t var_29;
        wp::int32 var_30;
        wp::float32* var_31;
        const wp::float32 var_32 = 0.0;
        bool var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::int32 var_38;
        const wp::int32 var_39 = 100;
        wp::int32 var_40;
        wp::int32 var_41;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::range_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::range_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::shape_t adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::shape_t adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        bool adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        //---------
        // forward
        // def unrolled_with_break(x: wp.array(dtype=float), y: wp.array(dtype=int)):             <L 48>
        // i = wp.tid()                                                                           <L 49>
        var_0 = builtin_tid1d();
        // found = int(-1)                                                                        <L 50>
        var_3 = wp::int(var_2);
        // for k in range(8):                                                                     <L 51>
        var_5 = wp::range(var_4);
        // count = int(0)                                                                         <L 55>
        var_19 = wp::int(var_18);
        // for k in range(6):                                                                     <L 56>
        var_21 = wp::range(var_20);
        // y[i] = found * 100 + count                                                             <L 61>
        var_40 = wp::mul(var_3, var_39);
        var_41 = wp::add(var_40, var_19);
        // wp::array_store(var_y, var_0, var_41);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_41, adj_y, adj_0, adj_41);
        wp::adj_add(var_40, var_19, adj_40, adj_19, adj_41);
        wp::adj_mul(var_3, var_39, adj_3, adj_39, adj_40);
        // adj: y[i] = found * 100 + count                                                        <L 61>
        var_21 = wp::iter_reverse(var_21);
        start_for_2:;
            if (iter_cmp(var_21) == 0) goto end_for_2;
            var_22 = wp::iter_next(var_21);
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
            // if k == 2:                                                                         <L 57>
            var_24 = (var_22 == var_23);
            if (var_24) {
                // continue                                                                       <L 58>
                goto start_for_2;
            }
            // if x[(i * k) % x.shape[0]] < 0.0:                                                  <L 59>
            var_25 = wp::mul(var_0, var_22);
            var_26 = &(var_x.shape);
            var_29 = wp::load(var_26);
            var_28 = wp::extract(var_29, var_27);
            var_30 = wp::mod(var_25, var_28);
            var_31 = wp::address(var_x, var_30);
            var_34 = wp::load(var_31);
            var_33 = (var_34 < var_32);
            if (var_33) {
                // count += 1                                                                     <L 60>
                var_37 = wp::add(var_19, var_36);
            }
            var_38 = wp::where(var_33, var_37, var_19);
            wp::assign(var_19, var_38);
            wp::adj_assign(var_19, var_38, adj_19, adj_38);
            wp::adj_where(var_33, var_37, var_19, adj_33, adj_37, adj_19, adj_38);
            if (var_33) {
                wp::adj_add(var_19, var_36, adj_19, adj_36, adj_37);
                // adj: count += 1                                                                <L 60>
            }
            wp::adj_address(var_x, var_30, adj_x, adj_30, adj_31);
            wp::adj_mod(var_25, var_28, adj_25, adj_28, adj_30);
            wp::adj_extract(var_29, var_27, adj_26, adj_27, adj_28);
            adj_x.shape = adj_26;
            wp::adj_mul(var_0, var_22, adj_0, adj_22, adj_25);
            // adj: if x[(i * k) % x.shape[0]] < 0.0:                                             <L 59>
            if (var_24) {
                // adj: continue                                                                  <L 58>
            }
            // adj: if k == 2:                                                                    <L 57>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_20, adj_20, adj_21);
        // adj: for k in range(6):                                                                <L 56>
        wp::adj_int(var_18, adj_18, adj_19);
        // adj: count = int(0)                                                                    <L 55>
        var_5 = wp::iter_reverse(var_5);
        start_for_0:;
            if (iter_cmp(var_5) == 0) goto end_for_0;
            var_6 = wp::iter_next(var_5);
        	adj_7 = {};
        	adj_8 = {};
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
            // if x[(i + k) % x.shape[0]] > 0.5:                                                  <L 52>
            var_7 = wp::add(var_0, var_6);
            var_8 = &(var_x.shape);
            var_11 = wp::load(var_8);
            var_10 = wp::extract(var_11, var_9);
            var_12 = wp::mod(var_7, var_10);
            var_13 = wp::address(var_x, var_12);
            var_16 = wp::load(var_13);
            var_15 = (var_16 > var_14);
            if (var_15) {
                // found = k                                                                      <L 53>
                var_17 = wp::copy(var_6);
                // break                                                                          <L 54>
                wp::assign(var_3, var_17);
                goto end_for_0;
            }
            if (var_15) {
                wp::adj_assign(var_3, var_17, adj_3, adj_17);
                // adj: break                                                                     <L 54>
                wp::adj_copy(var_6, adj_6, adj_17);
                // adj: found = k                                                                 <L 53>
            }
            wp::adj_address(var_x, var_12, adj_x, adj_12, adj_13);
            wp::adj_mod(var_7, var_10, adj_7, adj_10, adj_12);
            wp::adj_extract(var_11, var_9, adj_8, adj_9, adj_10);
            adj_x.shape = adj_8;
            wp::adj_add(var_0, var_6, adj_0, adj_6, adj_7);
            // adj: if x[(i + k) % x.shape[0]] > 0.5:                                             <L 52>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_4, adj_4, adj_5);
        // adj: for k in range(8):                                                                <L 51>
        wp::adj_int(var_2, adj_2, adj_3);
        // adj: found = int(-1)                                                                   <L 50>
        // adj: i = wp.tid()                                                                      <L 49>
        // adj: def unrolled_with_break(x: wp.array(dtype=float), y: wp.array(dtype=int)):        <L 48>
        continue;
    }
}



extern "C" __global__ void nested_unrolled_445b8c4c_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_m,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_out)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::mat_t<4, 4, wp::float32> var_2;
        wp::mat_t<4, 4, wp::float32> var_3;
        wp::mat_t<4, 4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 2;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 3;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 1;
        const wp::float32 var_42 = 0.0;
        wp::float32 var_43;
        const wp::int32 var_44 = 0;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        const wp::int32 var_68 = 3;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        const wp::int32 var_76 = 2;
        const wp::float32 var_77 = 0.0;
        wp::float32 var_78;
        const wp::int32 var_79 = 0;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        const wp::int32 var_87 = 1;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        const wp::int32 var_95 = 2;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        wp::float32 var_101;
        wp::float32 var_102;
        const wp::int32 var_103 = 3;
        wp::float32 var_104;
        wp::float32 var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        const wp::int32 var_111 = 3;
        const wp::float32 var_112 = 0.0;
        wp::float32 var_113;
        const wp::int32 var_114 = 0;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32 var_121;
        const wp::int32 var_122 = 1;
        wp::float32 var_123;
        wp::float32 var_124;
        wp::float32 var_125;
        wp::float32 var_126;
        wp::float32 var_127;
        wp::float32 var_128;
        wp::float32 var_129;
        const wp::int32 var_130 = 2;
        wp::float32 var_131;
        wp::float32 var_132;
        wp::float32 var_133;
        wp::float32 var_134;
        wp::float32 var_135;
        wp::float32 var_136;
        wp::float32 var_137;
        const wp::int32 var_138 = 3;
        wp::float32 var_139;
        wp::float32 var_140;
        wp::float32 var_141;
        wp::float32 var_142;
        wp::float32 var_143;
        wp::float32 var_144;
        wp::float32 var_145;
        const wp::int32 var_146 = 1;
        const wp::int32 var_147 = 0;
        const wp::float32 var_148 = 0.0;
        wp::float32 var_149;
        const wp::int32 var_150 = 0;
        wp::float32 var_151;
        wp::float32 var_152;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::float32 var_155;
        wp::float32 var_156;
        wp::float32 var_157;
        const wp::int32 var_158 = 1;
        wp::float32 var_159;
        wp::float32 var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        wp::float32 var_165;
        const wp::int32 var_166 = 2;
        wp::float32 var_167;
        wp::float32 var_168;
        wp::float32 var_169;
        wp::float32 var_170;
        wp::float32 var_171;
        wp::float32 var_172;
        wp::float32 var_173;
        const wp::int32 var_174 = 3;
        wp::float32 var_175;
        wp::float32 var_176;
        wp::float32 var_177;
        wp::float32 var_178;
        wp::float32 var_179;
        wp::float32 var_180;
        wp::float32 var_181;
        const wp::int32 var_182 = 1;
        const wp::float32 var_183 = 0.0;
        wp::float32 var_184;
        const wp::int32 var_185 = 0;
        wp::float32 var_186;
        wp::float32 var_187;
        wp::float32 var_188;
        wp::float32 var_189;
        wp::float32 var_190;
        wp::float32 var_191;
        wp::float32 var_192;
        const wp::int32 var_193 = 1;
        wp::float32 var_194;
        wp::float32 var_195;
        wp::float32 var_196;
        wp::float32 var_197;
        wp::float32 var_198;
        wp::float32 var_199;
        wp::float32 var_200;
        const wp::int32 var_201 = 2;
        wp::float32 var_202;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::float32 var_206;
        wp::float32 var_207;
        wp::float32 var_208;
        const wp::int32 var_209 = 3;
        wp::float32 var_210;
        wp::float32 var_211;
        wp::float32 var_212;
        wp::float32 var_213;
        wp::float32 var_214;
        wp::float32 var_215;
        wp::float32 var_216;
        const wp::int32 var_217 = 2;
        const wp::float32 var_218 = 0.0;
        wp::float32 var_219;
        const wp::int32 var_220 = 0;
        wp::float32 var_221;
        wp::float32 var_222;
        wp::float32 var_223;
        wp::float32 var_224;
        wp::float32 var_225;
        wp::float32 var_226;
        wp::float32 var_227;
        const wp::int32 var_228 = 1;
        wp::float32 var_229;
        wp::float32 var_230;
        wp::float32 var_231;
        wp::float32 var_232;
        wp::float32 var_233;
        wp::float32 var_234;
        wp::float32 var_235;
        const wp::int32 var_236 = 2;
        wp::float32 var_237;
        wp::float32 var_238;
        wp::float32 var_239;
        wp::float32 var_240;
        wp::float32 var_241;
        wp::float32 var_242;
        wp::float32 var_243;
        const wp::int32 var_244 = 3;
        wp::float32 var_245;
        wp::float32 var_246;
        wp::float32 var_247;
        wp::float32 var_248;
        wp::float32 var_249;
        wp::float32 var_250;
        wp::float32 var_251;
        const wp::int32 var_252 = 3;
        const wp::float32 var_253 = 0.0;
        wp::float32 var_254;
        const wp::int32 var_255 = 0;
        wp::float32 var_256;
        wp::float32 var_257;
        wp::float32 var_258;
        wp::float32 var_259;
        wp::float32 var_260;
        wp::float32 var_261;
        wp::float32 var_262;
        const wp::int32 var_263 = 1;
        wp::float32 var_264;
        wp::float32 var_265;
        wp::float32 var_266;
        wp::float32 var_267;
        wp::float32 var_268;
        wp::float32 var_269;
        wp::float32 var_270;
        const wp::int32 var_271 = 2;
        wp::float32 var_272;
        wp::float32 var_273;
        wp::float32 var_274;
        wp::float32 var_275;
        wp::float32 var_276;
        wp::float32 var_277;
        wp::float32 var_278;
        const wp::int32 var_279 = 3;
        wp::float32 var_280;
        wp::float32 var_281;
        wp::float32 var_282;
        wp::float32 var_283;
        wp::float32 var_284;
        wp::float32 var_285;
        wp::float32 var_286;
        const wp::int32 var_287 = 2;
        const wp::int32 var_288 = 0;
        const wp::float32 var_289 = 0.0;
        wp::float32 var_290;
        const wp::int32 var_291 = 0;
        wp::float32 var_292;
        wp::float32 var_293;
        wp::float32 var_294;
        wp::float32 var_295;
        wp::float32 var_296;
        wp::float32 var_297;
        wp::float32 var_298;
        const wp::int32 var_299 = 1;
        wp::float32 var_300;
        wp::float32 var_301;
        wp::float32 var_302;
        wp::float32 var_303;
        wp::float32 var_304;
        wp::float32 var_305;
        wp::float32 var_306;
        const wp::int32 var_307 = 2;
        wp::float32 var_308;
        wp::float32 var_309;
        wp::float32 var_310;
        wp::float32 var_311;
        wp::float32 var_312;
        wp::float32 var_313;
        wp::float32 var_314;
        const wp::int32 var_315 = 3;
        wp::float32 var_316;
        wp::float32 var_317;
        wp::float32 var_318;
        wp::float32 var_319;
        wp::float32 var_320;
        wp::float32 var_321;
        wp::float32 var_322;
        const wp::int32 var_323 = 1;
        const wp::float32 var_324 = 0.0;
        wp::float32 var_325;
        const wp::int32 var_326 = 0;
        wp::float32 var_327;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32 var_330;
        wp::float32 var_331;
        wp::float32 var_332;
        wp::float32 var_333;
        const wp::int32 var_334 = 1;
        wp::float32 var_335;
        wp::float32 var_336;
        wp::float32 var_337;
        wp::float32 var_338;
        wp::float32 var_339;
        wp::float32 var_340;
        wp::float32 var_341;
        const wp::int32 var_342 = 2;
        wp::float32 var_343;
        wp::float32 var_344;
        wp::float32 var_345;
        wp::float32 var_346;
        wp::float32 var_347;
        wp::float32 var_348;
        wp::float32 var_349;
        const wp::int32 var_350 = 3;
        wp::float32 var_351;
        wp::float32 var_352;
        wp::float32 var_353;
        wp::float32 var_354;
        wp::float32 var_355;
        wp::float32 var_356;
        wp::float32 var_357;
        const wp::int32 var_358 = 2;
        const wp::float32 var_359 = 0.0;
        wp::float32 var_360;
        const wp::int32 var_361 = 0;
        wp::float32 var_362;
        wp::float32 var_363;
        wp::float32 var_364;
        wp::float32 var_365;
        wp::float32 var_366;
        wp::float32 var_367;
        wp::float32 var_368;
        const wp::int32 var_369 = 1;
        wp::float32 var_370;
        wp::float32 var_371;
        wp::float32 var_372;
        wp::float32 var_373;
        wp::float32 var_374;
        wp::float32 var_375;
        wp::float32 var_376;
        const wp::int32 var_377 = 2;
        wp::float32 var_378;
        wp::float32 var_379;
        wp::float32 var_380;
        wp::float32 var_381;
        wp::float32 var_382;
        wp::float32 var_383;
        wp::float32 var_384;
        const wp::int32 var_385 = 3;
        wp::float32 var_386;
        wp::float32 var_387;
        wp::float32 var_388;
        wp::float32 var_389;
        wp::float32 var_390;
        wp::float32 var_391;
        wp::float32 var_392;
        const wp::int32 var_393 = 3;
        const wp::float32 var_394 = 0.0;
        wp::float32 var_395;
        const wp::int32 var_396 = 0;
        wp::float32 var_397;
        wp::float32 var_398;
        wp::float32 var_399;
        wp::float32 var_400;
        wp::float32 var_401;
        wp::float32 var_402;
        wp::float32 var_403;
        const wp::int32 var_404 = 1;
        wp::float32 var_405;
        wp::float32 var_406;
        wp::float32 var_407;
        wp::float32 var_408;
        wp::float32 var_409;
        wp::float32 var_410;
        wp::float32 var_411;
        const wp::int32 var_412 = 2;
        wp::float32 var_413;
        wp::float32 var_414;
        wp::float32 var_415;
        wp::float32 var_416;
        wp::float32 var_417;
        wp::float32 var_418;
        wp::float32 var_419;
        const wp::int32 var_420 = 3;
        wp::float32 var_421;
        wp::float32 var_422;
        wp::float32 var_423;
        wp::float32 var_424;
        wp::float32 var_425;
        wp::float32 var_426;
        wp::float32 var_427;
        const wp::int32 var_428 = 3;
        const wp::int32 var_429 = 0;
        const wp::float32 var_430 = 0.0;
        wp::float32 var_431;
        const wp::int32 var_432 = 0;
        wp::float32 var_433;
        wp::float32 var_434;
        wp::float32 var_435;
        wp::float32 var_436;
        wp::float32 var_437;
        wp::float32 var_438;
        wp::float32 var_439;
        const wp::int32 var_440 = 1;
        wp::float32 var_441;
        wp::float32 var_442;
        wp::float32 var_443;
        wp::float32 var_444;
        wp::float32 var_445;
        wp::float32 var_446;
        wp::float32 var_447;
        const wp::int32 var_448 = 2;
        wp::float32 var_449;
        wp::float32 var_450;
        wp::float32 var_451;
        wp::float32 var_452;
        wp::float32 var_453;
        wp::float32 var_454;
        wp::float32 var_455;
        const wp::int32 var_456 = 3;
        wp::float32 var_457;
        wp::float32 var_458;
        wp::float32 var_459;
        wp::float32 var_460;
        wp::float32 var_461;
        wp::float32 var_462;
        wp::float32 var_463;
        const wp::int32 var_464 = 1;
        const wp::float32 var_465 = 0.0;
        wp::float32 var_466;
        const wp::int32 var_467 = 0;
        wp::float32 var_468;
        wp::float32 var_469;
        wp::float32 var_470;
        wp::float32 var_471;
        wp::float32 var_472;
        wp::float32 var_473;
        wp::float32 var_474;
        const wp::int32 var_475 = 1;
        wp::float32 var_476;
        wp::float32 var_477;
        wp::float32 var_478;
        wp::float32 var_479;
        wp::float32 var_480;
        wp::float32 var_481;
        wp::float32 var_482;
        const wp::int32 var_483 = 2;
        wp::float32 var_484;
        wp::float32 var_485;
        wp::float32 var_486;
        wp::float32 var_487;
        wp::float32 var_488;
        wp::float32 var_489;
        wp::float32 var_490;
        const wp::int32 var_491 = 3;
        wp::float32 var_492;
        wp::float32 var_493;
        wp::float32 var_494;
        wp::float32 var_495;
        wp::float32 var_496;
        wp::float32 var_497;
        wp::float32 var_498;
        const wp::int32 var_499 = 2;
        const wp::float32 var_500 = 0.0;
        wp::float32 var_501;
        const wp::int32 var_502 = 0;
        wp::float32 var_503;
        wp::float32 var_504;
        wp::float32 var_505;
        wp::float32 var_506;
        wp::float32 var_507;
        wp::float32 var_508;
        wp::float32 var_509;
        const wp::int32 var_510 = 1;
        wp::float32 var_511;
        wp::float32 var_512;
        wp::float32 var_513;
        wp::float32 var_514;
        wp::float32 var_515;
        wp::float32 var_516;
        wp::float32 var_517;
        const wp::int32 var_518 = 2;
        wp::float32 var_519;
        wp::float32 var_520;
        wp::float32 var_521;
        wp::float32 var_522;
        wp::float32 var_523;
        wp::float32 var_524;
        wp::float32 var_525;
        const wp::int32 var_526 = 3;
        wp::float32 var_527;
        wp::float32 var_528;
        wp::float32 var_529;
        wp::float32 var_530;
        wp::float32 var_531;
        wp::float32 var_532;
        wp::float32 var_533;
        const wp::int32 var_534 = 3;
        const wp::float32 var_535 = 0.0;
        wp::float32 var_536;
        const wp::int32 var_537 = 0;
        wp::float32 var_538;
        wp::float32 var_539;
        wp::float32 var_540;
        wp::float32 var_541;
        wp::float32 var_542;
        wp::float32 var_543;
        wp::float32 var_544;
        const wp::int32 var_545 = 1;
        wp::float32 var_546;
        wp::float32 var_547;
        wp::float32 var_548;
        wp::float32 var_549;
        wp::float32 var_550;
        wp::float32 var_551;
        wp::float32 var_552;
        const wp::int32 var_553 = 2;
        wp::float32 var_554;
        wp::float32 var_555;
        wp::float32 var_556;
        wp::float32 var_557;
        wp::float32 var_558;
        wp::float32 var_559;
        wp::float32 var_560;
        const wp::int32 var_561 = 3;
        wp::float32 var_562;
        wp::float32 var_563;
        wp::float32 var_564;
        wp::float32 var_565;
        wp::float32 var_566;
        wp::float32 var_567;
        wp::float32 var_568;
        //---------
        // forward
        // def nested_unrolled(m: wp.array(dtype=wp.mat44), out: wp.array(dtype=wp.mat44)):       <L 65>
        // i = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // A = m[i]                                                                               <L 67>
        var_1 = wp::address(var_m, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // B = wp.mat44()                                                                         <L 68>
        var_4 = wp::mat_t<4, 4, wp::float32>();
        // for r in range(4):                                                                     <L 69>
        // for c in range(4):                                                                     <L 70>
        // s = float(0.0)                                                                         <L 71>
        var_8 = wp::float(var_7);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_10 = wp::extract(var_2, var_5, var_9);
        var_11 = wp::extract(var_2, var_9, var_6);
        var_12 = wp::mul(var_10, var_11);
        var_13 = wp::extract(var_2, var_5, var_9);
        var_14 = wp::extract(var_2, var_9, var_6);
        var_15 = wp::mul(var_13, var_14);
        var_16 = wp::add(var_8, var_15);
        var_18 = wp::extract(var_2, var_5, var_17);
        var_19 = wp::extract(var_2, var_17, var_6);
        var_20 = wp::mul(var_18, var_19);
        var_21 = wp::extract(var_2, var_5, var_17);
        var_22 = wp::extract(var_2, var_17, var_6);
        var_23 = wp::mul(var_21, var_22);
        var_24 = wp::add(var_16, var_23);
        var_26 = wp::extract(var_2, var_5, var_25);
        var_27 = wp::extract(var_2, var_25, var_6);
        var_28 = wp::mul(var_26, var_27);
        var_29 = wp::extract(var_2, var_5, var_25);
        var_30 = wp::extract(var_2, var_25, var_6);
        var_31 = wp::mul(var_29, var_30);
        var_32 = wp::add(var_24, var_31);
        var_34 = wp::extract(var_2, var_5, var_33);
        var_35 = wp::extract(var_2, var_33, var_6);
        var_36 = wp::mul(var_34, var_35);
        var_37 = wp::extract(var_2, var_5, var_33);
        var_38 = wp::extract(var_2, var_33, var_6);
        var_39 = wp::mul(var_37, var_38);
        var_40 = wp::add(var_32, var_39);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_5, var_6, var_40);
        // s = float(0.0)                                                                         <L 71>
        var_43 = wp::float(var_42);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_45 = wp::extract(var_2, var_5, var_44);
        var_46 = wp::extract(var_2, var_44, var_41);
        var_47 = wp::mul(var_45, var_46);
        var_48 = wp::extract(var_2, var_5, var_44);
        var_49 = wp::extract(var_2, var_44, var_41);
        var_50 = wp::mul(var_48, var_49);
        var_51 = wp::add(var_43, var_50);
        var_53 = wp::extract(var_2, var_5, var_52);
        var_54 = wp::extract(var_2, var_52, var_41);
        var_55 = wp::mul(var_53, var_54);
        var_56 = wp::extract(var_2, var_5, var_52);
        var_57 = wp::extract(var_2, var_52, var_41);
        var_58 = wp::mul(var_56, var_57);
        var_59 = wp::add(var_51, var_58);
        var_61 = wp::extract(var_2, var_5, var_60);
        var_62 = wp::extract(var_2, var_60, var_41);
        var_63 = wp::mul(var_61, var_62);
        var_64 = wp::extract(var_2, var_5, var_60);
        var_65 = wp::extract(var_2, var_60, var_41);
        var_66 = wp::mul(var_64, var_65);
        var_67 = wp::add(var_59, var_66);
        var_69 = wp::extract(var_2, var_5, var_68);
        var_70 = wp::extract(var_2, var_68, var_41);
        var_71 = wp::mul(var_69, var_70);
        var_72 = wp::extract(var_2, var_5, var_68);
        var_73 = wp::extract(var_2, var_68, var_41);
        var_74 = wp::mul(var_72, var_73);
        var_75 = wp::add(var_67, var_74);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_5, var_41, var_75);
        // s = float(0.0)                                                                         <L 71>
        var_78 = wp::float(var_77);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_80 = wp::extract(var_2, var_5, var_79);
        var_81 = wp::extract(var_2, var_79, var_76);
        var_82 = wp::mul(var_80, var_81);
        var_83 = wp::extract(var_2, var_5, var_79);
        var_84 = wp::extract(var_2, var_79, var_76);
        var_85 = wp::mul(var_83, var_84);
        var_86 = wp::add(var_78, var_85);
        var_88 = wp::extract(var_2, var_5, var_87);
        var_89 = wp::extract(var_2, var_87, var_76);
        var_90 = wp::mul(var_88, var_89);
        var_91 = wp::extract(var_2, var_5, var_87);
        var_92 = wp::extract(var_2, var_87, var_76);
        var_93 = wp::mul(var_91, var_92);
        var_94 = wp::add(var_86, var_93);
        var_96 = wp::extract(var_2, var_5, var_95);
        var_97 = wp::extract(var_2, var_95, var_76);
        var_98 = wp::mul(var_96, var_97);
        var_99 = wp::extract(var_2, var_5, var_95);
        var_100 = wp::extract(var_2, var_95, var_76);
        var_101 = wp::mul(var_99, var_100);
        var_102 = wp::add(var_94, var_101);
        var_104 = wp::extract(var_2, var_5, var_103);
        var_105 = wp::extract(var_2, var_103, var_76);
        var_106 = wp::mul(var_104, var_105);
        var_107 = wp::extract(var_2, var_5, var_103);
        var_108 = wp::extract(var_2, var_103, var_76);
        var_109 = wp::mul(var_107, var_108);
        var_110 = wp::add(var_102, var_109);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_5, var_76, var_110);
        // s = float(0.0)                                                                         <L 71>
        var_113 = wp::float(var_112);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_115 = wp::extract(var_2, var_5, var_114);
        var_116 = wp::extract(var_2, var_114, var_111);
        var_117 = wp::mul(var_115, var_116);
        var_118 = wp::extract(var_2, var_5, var_114);
        var_119 = wp::extract(var_2, var_114, var_111);
        var_120 = wp::mul(var_118, var_119);
        var_121 = wp::add(var_113, var_120);
        var_123 = wp::extract(var_2, var_5, var_122);
        var_124 = wp::extract(var_2, var_122, var_111);
        var_125 = wp::mul(var_123, var_124);
        var_126 = wp::extract(var_2, var_5, var_122);
        var_127 = wp::extract(var_2, var_122, var_111);
        var_128 = wp::mul(var_126, var_127);
        var_129 = wp::add(var_121, var_128);
        var_131 = wp::extract(var_2, var_5, var_130);
        var_132 = wp::extract(var_2, var_130, var_111);
        var_133 = wp::mul(var_131, var_132);
        var_134 = wp::extract(var_2, var_5, var_130);
        var_135 = wp::extract(var_2, var_130, var_111);
        var_136 = wp::mul(var_134, var_135);
        var_137 = wp::add(var_129, var_136);
        var_139 = wp::extract(var_2, var_5, var_138);
        var_140 = wp::extract(var_2, var_138, var_111);
        var_141 = wp::mul(var_139, var_140);
        var_142 = wp::extract(var_2, var_5, var_138);
        var_143 = wp::extract(var_2, var_138, var_111);
        var_144 = wp::mul(var_142, var_143);
        var_145 = wp::add(var_137, var_144);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_5, var_111, var_145);
        // for c in range(4):                                                                     <L 70>
        // s = float(0.0)                                                                         <L 71>
        var_149 = wp::float(var_148);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_151 = wp::extract(var_2, var_146, var_150);
        var_152 = wp::extract(var_2, var_150, var_147);
        var_153 = wp::mul(var_151, var_152);
        var_154 = wp::extract(var_2, var_146, var_150);
        var_155 = wp::extract(var_2, var_150, var_147);
        var_156 = wp::mul(var_154, var_155);
        var_157 = wp::add(var_149, var_156);
        var_159 = wp::extract(var_2, var_146, var_158);
        var_160 = wp::extract(var_2, var_158, var_147);
        var_161 = wp::mul(var_159, var_160);
        var_162 = wp::extract(var_2, var_146, var_158);
        var_163 = wp::extract(var_2, var_158, var_147);
        var_164 = wp::mul(var_162, var_163);
        var_165 = wp::add(var_157, var_164);
        var_167 = wp::extract(var_2, var_146, var_166);
        var_168 = wp::extract(var_2, var_166, var_147);
        var_169 = wp::mul(var_167, var_168);
        var_170 = wp::extract(var_2, var_146, var_166);
        var_171 = wp::extract(var_2, var_166, var_147);
        var_172 = wp::mul(var_170, var_171);
        var_173 = wp::add(var_165, var_172);
        var_175 = wp::extract(var_2, var_146, var_174);
        var_176 = wp::extract(var_2, var_174, var_147);
        var_177 = wp::mul(var_175, var_176);
        var_178 = wp::extract(var_2, var_146, var_174);
        var_179 = wp::extract(var_2, var_174, var_147);
        var_180 = wp::mul(var_178, var_179);
        var_181 = wp::add(var_173, var_180);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_146, var_147, var_181);
        // s = float(0.0)                                                                         <L 71>
        var_184 = wp::float(var_183);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_186 = wp::extract(var_2, var_146, var_185);
        var_187 = wp::extract(var_2, var_185, var_182);
        var_188 = wp::mul(var_186, var_187);
        var_189 = wp::extract(var_2, var_146, var_185);
        var_190 = wp::extract(var_2, var_185, var_182);
        var_191 = wp::mul(var_189, var_190);
        var_192 = wp::add(var_184, var_191);
        var_194 = wp::extract(var_2, var_146, var_193);
        var_195 = wp::extract(var_2, var_193, var_182);
        var_196 = wp::mul(var_194, var_195);
        var_197 = wp::extract(var_2, var_146, var_193);
        var_198 = wp::extract(var_2, var_193, var_182);
        var_199 = wp::mul(var_197, var_198);
        var_200 = wp::add(var_192, var_199);
        var_202 = wp::extract(var_2, var_146, var_201);
        var_203 = wp::extract(var_2, var_201, var_182);
        var_204 = wp::mul(var_202, var_203);
        var_205 = wp::extract(var_2, var_146, var_201);
        var_206 = wp::extract(var_2, var_201, var_182);
        var_207 = wp::mul(var_205, var_206);
        var_208 = wp::add(var_200, var_207);
        var_210 = wp::extract(var_2, var_146, var_209);
        var_211 = wp::extract(var_2, var_209, var_182);
        var_212 = wp::mul(var_210, var_211);
        var_213 = wp::extract(var_2, var_146, var_209);
        var_214 = wp::extract(var_2, var_209, var_182);
        var_215 = wp::mul(var_213, var_214);
        var_216 = wp::add(var_208, var_215);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_146, var_182, var_216);
        // s = float(0.0)                                                                         <L 71>
        var_219 = wp::float(var_218);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_221 = wp::extract(var_2, var_146, var_220);
        var_222 = wp::extract(var_2, var_220, var_217);
        var_223 = wp::mul(var_221, var_222);
        var_224 = wp::extract(var_2, var_146, var_220);
        var_225 = wp::extract(var_2, var_220, var_217);
        var_226 = wp::mul(var_224, var_225);
        var_227 = wp::add(var_219, var_226);
        var_229 = wp::extract(var_2, var_146, var_228);
        var_230 = wp::extract(var_2, var_228, var_217);
        var_231 = wp::mul(var_229, var_230);
        var_232 = wp::extract(var_2, var_146, var_228);
        var_233 = wp::extract(var_2, var_228, var_217);
        var_234 = wp::mul(var_232, var_233);
        var_235 = wp::add(var_227, var_234);
        var_237 = wp::extract(var_2, var_146, var_236);
        var_238 = wp::extract(var_2, var_236, var_217);
        var_239 = wp::mul(var_237, var_238);
        var_240 = wp::extract(var_2, var_146, var_236);
        var_241 = wp::extract(var_2, var_236, var_217);
        var_242 = wp::mul(var_240, var_241);
        var_243 = wp::add(var_235, var_242);
        var_245 = wp::extract(var_2, var_146, var_244);
        var_246 = wp::extract(var_2, var_244, var_217);
        var_247 = wp::mul(var_245, var_246);
        var_248 = wp::extract(var_2, var_146, var_244);
        var_249 = wp::extract(var_2, var_244, var_217);
        var_250 = wp::mul(var_248, var_249);
        var_251 = wp::add(var_243, var_250);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_146, var_217, var_251);
        // s = float(0.0)                                                                         <L 71>
        var_254 = wp::float(var_253);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_256 = wp::extract(var_2, var_146, var_255);
        var_257 = wp::extract(var_2, var_255, var_252);
        var_258 = wp::mul(var_256, var_257);
        var_259 = wp::extract(var_2, var_146, var_255);
        var_260 = wp::extract(var_2, var_255, var_252);
        var_261 = wp::mul(var_259, var_260);
        var_262 = wp::add(var_254, var_261);
        var_264 = wp::extract(var_2, var_146, var_263);
        var_265 = wp::extract(var_2, var_263, var_252);
        var_266 = wp::mul(var_264, var_265);
        var_267 = wp::extract(var_2, var_146, var_263);
        var_268 = wp::extract(var_2, var_263, var_252);
        var_269 = wp::mul(var_267, var_268);
        var_270 = wp::add(var_262, var_269);
        var_272 = wp::extract(var_2, var_146, var_271);
        var_273 = wp::extract(var_2, var_271, var_252);
        var_274 = wp::mul(var_272, var_273);
        var_275 = wp::extract(var_2, var_146, var_271);
        var_276 = wp::extract(var_2, var_271, var_252);
        var_277 = wp::mul(var_275, var_276);
        var_278 = wp::add(var_270, var_277);
        var_280 = wp::extract(var_2, var_146, var_279);
        var_281 = wp::extract(var_2, var_279, var_252);
        var_282 = wp::mul(var_280, var_281);
        var_283 = wp::extract(var_2, var_146, var_279);
        var_284 = wp::extract(var_2, var_279, var_252);
        var_285 = wp::mul(var_283, var_284);
        var_286 = wp::add(var_278, var_285);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_146, var_252, var_286);
        // for c in range(4):                                                                     <L 70>
        // s = float(0.0)                                                                         <L 71>
        var_290 = wp::float(var_289);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_292 = wp::extract(var_2, var_287, var_291);
        var_293 = wp::extract(var_2, var_291, var_288);
        var_294 = wp::mul(var_292, var_293);
        var_295 = wp::extract(var_2, var_287, var_291);
        var_296 = wp::extract(var_2, var_291, var_288);
        var_297 = wp::mul(var_295, var_296);
        var_298 = wp::add(var_290, var_297);
        var_300 = wp::extract(var_2, var_287, var_299);
        var_301 = wp::extract(var_2, var_299, var_288);
        var_302 = wp::mul(var_300, var_301);
        var_303 = wp::extract(var_2, var_287, var_299);
        var_304 = wp::extract(var_2, var_299, var_288);
        var_305 = wp::mul(var_303, var_304);
        var_306 = wp::add(var_298, var_305);
        var_308 = wp::extract(var_2, var_287, var_307);
        var_309 = wp::extract(var_2, var_307, var_288);
        var_310 = wp::mul(var_308, var_309);
        var_311 = wp::extract(var_2, var_287, var_307);
        var_312 = wp::extract(var_2, var_307, var_288);
        var_313 = wp::mul(var_311, var_312);
        var_314 = wp::add(var_306, var_313);
        var_316 = wp::extract(var_2, var_287, var_315);
        var_317 = wp::extract(var_2, var_315, var_288);
        var_318 = wp::mul(var_316, var_317);
        var_319 = wp::extract(var_2, var_287, var_315);
        var_320 = wp::extract(var_2, var_315, var_288);
        var_321 = wp::mul(var_319, var_320);
        var_322 = wp::add(var_314, var_321);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_287, var_288, var_322);
        // s = float(0.0)                                                                         <L 71>
        var_325 = wp::float(var_324);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_327 = wp::extract(var_2, var_287, var_326);
        var_328 = wp::extract(var_2, var_326, var_323);
        var_329 = wp::mul(var_327, var_328);
        var_330 = wp::extract(var_2, var_287, var_326);
        var_331 = wp::extract(var_2, var_326, var_323);
        var_332 = wp::mul(var_330, var_331);
        var_333 = wp::add(var_325, var_332);
        var_335 = wp::extract(var_2, var_287, var_334);
        var_336 = wp::extract(var_2, var_334, var_323);
        var_337 = wp::mul(var_335, var_336);
        var_338 = wp::extract(var_2, var_287, var_334);
        var_339 = wp::extract(var_2, var_334, var_323);
        var_340 = wp::mul(var_338, var_339);
        var_341 = wp::add(var_333, var_340);
        var_343 = wp::extract(var_2, var_287, var_342);
        var_344 = wp::extract(var_2, var_342, var_323);
        var_345 = wp::mul(var_343, var_344);
        var_346 = wp::extract(var_2, var_287, var_342);
        var_347 = wp::extract(var_2, var_342, var_323);
        var_348 = wp::mul(var_346, var_347);
        var_349 = wp::add(var_341, var_348);
        var_351 = wp::extract(var_2, var_287, var_350);
        var_352 = wp::extract(var_2, var_350, var_323);
        var_353 = wp::mul(var_351, var_352);
        var_354 = wp::extract(var_2, var_287, var_350);
        var_355 = wp::extract(var_2, var_350, var_323);
        var_356 = wp::mul(var_354, var_355);
        var_357 = wp::add(var_349, var_356);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_287, var_323, var_357);
        // s = float(0.0)                                                                         <L 71>
        var_360 = wp::float(var_359);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_362 = wp::extract(var_2, var_287, var_361);
        var_363 = wp::extract(var_2, var_361, var_358);
        var_364 = wp::mul(var_362, var_363);
        var_365 = wp::extract(var_2, var_287, var_361);
        var_366 = wp::extract(var_2, var_361, var_358);
        var_367 = wp::mul(var_365, var_366);
        var_368 = wp::add(var_360, var_367);
        var_370 = wp::extract(var_2, var_287, var_369);
        var_371 = wp::extract(var_2, var_369, var_358);
        var_372 = wp::mul(var_370, var_371);
        var_373 = wp::extract(var_2, var_287, var_369);
        var_374 = wp::extract(var_2, var_369, var_358);
        var_375 = wp::mul(var_373, var_374);
        var_376 = wp::add(var_368, var_375);
        var_378 = wp::extract(var_2, var_287, var_377);
        var_379 = wp::extract(var_2, var_377, var_358);
        var_380 = wp::mul(var_378, var_379);
        var_381 = wp::extract(var_2, var_287, var_377);
        var_382 = wp::extract(var_2, var_377, var_358);
        var_383 = wp::mul(var_381, var_382);
        var_384 = wp::add(var_376, var_383);
        var_386 = wp::extract(var_2, var_287, var_385);
        var_387 = wp::extract(var_2, var_385, var_358);
        var_388 = wp::mul(var_386, var_387);
        var_389 = wp::extract(var_2, var_287, var_385);
        var_390 = wp::extract(var_2, var_385, var_358);
        var_391 = wp::mul(var_389, var_390);
        var_392 = wp::add(var_384, var_391);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_287, var_358, var_392);
        // s = float(0.0)                                                                         <L 71>
        var_395 = wp::float(var_394);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_397 = wp::extract(var_2, var_287, var_396);
        var_398 = wp::extract(var_2, var_396, var_393);
        var_399 = wp::mul(var_397, var_398);
        var_400 = wp::extract(var_2, var_287, var_396);
        var_401 = wp::extract(var_2, var_396, var_393);
        var_402 = wp::mul(var_400, var_401);
        var_403 = wp::add(var_395, var_402);
        var_405 = wp::extract(var_2, var_287, var_404);
        var_406 = wp::extract(var_2, var_404, var_393);
        var_407 = wp::mul(var_405, var_406);
        var_408 = wp::extract(var_2, var_287, var_404);
        var_409 = wp::extract(var_2, var_404, var_393);
        var_410 = wp::mul(var_408, var_409);
        var_411 = wp::add(var_403, var_410);
        var_413 = wp::extract(var_2, var_287, var_412);
        var_414 = wp::extract(var_2, var_412, var_393);
        var_415 = wp::mul(var_413, var_414);
        var_416 = wp::extract(var_2, var_287, var_412);
        var_417 = wp::extract(var_2, var_412, var_393);
        var_418 = wp::mul(var_416, var_417);
        var_419 = wp::add(var_411, var_418);
        var_421 = wp::extract(var_2, var_287, var_420);
        var_422 = wp::extract(var_2, var_420, var_393);
        var_423 = wp::mul(var_421, var_422);
        var_424 = wp::extract(var_2, var_287, var_420);
        var_425 = wp::extract(var_2, var_420, var_393);
        var_426 = wp::mul(var_424, var_425);
        var_427 = wp::add(var_419, var_426);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_287, var_393, var_427);
        // for c in range(4):                                                                     <L 70>
        // s = float(0.0)                                                                         <L 71>
        var_431 = wp::float(var_430);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_433 = wp::extract(var_2, var_428, var_432);
        var_434 = wp::extract(var_2, var_432, var_429);
        var_435 = wp::mul(var_433, var_434);
        var_436 = wp::extract(var_2, var_428, var_432);
        var_437 = wp::extract(var_2, var_432, var_429);
        var_438 = wp::mul(var_436, var_437);
        var_439 = wp::add(var_431, var_438);
        var_441 = wp::extract(var_2, var_428, var_440);
        var_442 = wp::extract(var_2, var_440, var_429);
        var_443 = wp::mul(var_441, var_442);
        var_444 = wp::extract(var_2, var_428, var_440);
        var_445 = wp::extract(var_2, var_440, var_429);
        var_446 = wp::mul(var_444, var_445);
        var_447 = wp::add(var_439, var_446);
        var_449 = wp::extract(var_2, var_428, var_448);
        var_450 = wp::extract(var_2, var_448, var_429);
        var_451 = wp::mul(var_449, var_450);
        var_452 = wp::extract(var_2, var_428, var_448);
        var_453 = wp::extract(var_2, var_448, var_429);
        var_454 = wp::mul(var_452, var_453);
        var_455 = wp::add(var_447, var_454);
        var_457 = wp::extract(var_2, var_428, var_456);
        var_458 = wp::extract(var_2, var_456, var_429);
        var_459 = wp::mul(var_457, var_458);
        var_460 = wp::extract(var_2, var_428, var_456);
        var_461 = wp::extract(var_2, var_456, var_429);
        var_462 = wp::mul(var_460, var_461);
        var_463 = wp::add(var_455, var_462);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_428, var_429, var_463);
        // s = float(0.0)                                                                         <L 71>
        var_466 = wp::float(var_465);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_468 = wp::extract(var_2, var_428, var_467);
        var_469 = wp::extract(var_2, var_467, var_464);
        var_470 = wp::mul(var_468, var_469);
        var_471 = wp::extract(var_2, var_428, var_467);
        var_472 = wp::extract(var_2, var_467, var_464);
        var_473 = wp::mul(var_471, var_472);
        var_474 = wp::add(var_466, var_473);
        var_476 = wp::extract(var_2, var_428, var_475);
        var_477 = wp::extract(var_2, var_475, var_464);
        var_478 = wp::mul(var_476, var_477);
        var_479 = wp::extract(var_2, var_428, var_475);
        var_480 = wp::extract(var_2, var_475, var_464);
        var_481 = wp::mul(var_479, var_480);
        var_482 = wp::add(var_474, var_481);
        var_484 = wp::extract(var_2, var_428, var_483);
        var_485 = wp::extract(var_2, var_483, var_464);
        var_486 = wp::mul(var_484, var_485);
        var_487 = wp::extract(var_2, var_428, var_483);
        var_488 = wp::extract(var_2, var_483, var_464);
        var_489 = wp::mul(var_487, var_488);
        var_490 = wp::add(var_482, var_489);
        var_492 = wp::extract(var_2, var_428, var_491);
        var_493 = wp::extract(var_2, var_491, var_464);
        var_494 = wp::mul(var_492, var_493);
        var_495 = wp::extract(var_2, var_428, var_491);
        var_496 = wp::extract(var_2, var_491, var_464);
        var_497 = wp::mul(var_495, var_496);
        var_498 = wp::add(var_490, var_497);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_428, var_464, var_498);
        // s = float(0.0)                                                                         <L 71>
        var_501 = wp::float(var_500);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_503 = wp::extract(var_2, var_428, var_502);
        var_504 = wp::extract(var_2, var_502, var_499);
        var_505 = wp::mul(var_503, var_504);
        var_506 = wp::extract(var_2, var_428, var_502);
        var_507 = wp::extract(var_2, var_502, var_499);
        var_508 = wp::mul(var_506, var_507);
        var_509 = wp::add(var_501, var_508);
        var_511 = wp::extract(var_2, var_428, var_510);
        var_512 = wp::extract(var_2, var_510, var_499);
        var_513 = wp::mul(var_511, var_512);
        var_514 = wp::extract(var_2, var_428, var_510);
        var_515 = wp::extract(var_2, var_510, var_499);
        var_516 = wp::mul(var_514, var_515);
        var_517 = wp::add(var_509, var_516);
        var_519 = wp::extract(var_2, var_428, var_518);
        var_520 = wp::extract(var_2, var_518, var_499);
        var_521 = wp::mul(var_519, var_520);
        var_522 = wp::extract(var_2, var_428, var_518);
        var_523 = wp::extract(var_2, var_518, var_499);
        var_524 = wp::mul(var_522, var_523);
        var_525 = wp::add(var_517, var_524);
        var_527 = wp::extract(var_2, var_428, var_526);
        var_528 = wp::extract(var_2, var_526, var_499);
        var_529 = wp::mul(var_527, var_528);
        var_530 = wp::extract(var_2, var_428, var_526);
        var_531 = wp::extract(var_2, var_526, var_499);
        var_532 = wp::mul(var_530, var_531);
        var_533 = wp::add(var_525, var_532);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_428, var_499, var_533);
        // s = float(0.0)                                                                         <L 71>
        var_536 = wp::float(var_535);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_538 = wp::extract(var_2, var_428, var_537);
        var_539 = wp::extract(var_2, var_537, var_534);
        var_540 = wp::mul(var_538, var_539);
        var_541 = wp::extract(var_2, var_428, var_537);
        var_542 = wp::extract(var_2, var_537, var_534);
        var_543 = wp::mul(var_541, var_542);
        var_544 = wp::add(var_536, var_543);
        var_546 = wp::extract(var_2, var_428, var_545);
        var_547 = wp::extract(var_2, var_545, var_534);
        var_548 = wp::mul(var_546, var_547);
        var_549 = wp::extract(var_2, var_428, var_545);
        var_550 = wp::extract(var_2, var_545, var_534);
        var_551 = wp::mul(var_549, var_550);
        var_552 = wp::add(var_544, var_551);
        var_554 = wp::extract(var_2, var_428, var_553);
        var_555 = wp::extract(var_2, var_553, var_534);
        var_556 = wp::mul(var_554, var_555);
        var_557 = wp::extract(var_2, var_428, var_553);
        var_558 = wp::extract(var_2, var_553, var_534);
        var_559 = wp::mul(var_557, var_558);
        var_560 = wp::add(var_552, var_559);
        var_562 = wp::extract(var_2, var_428, var_561);
        var_563 = wp::extract(var_2, var_561, var_534);
        var_564 = wp::mul(var_562, var_563);
        var_565 = wp::extract(var_2, var_428, var_561);
        var_566 = wp::extract(var_2, var_561, var_534);
        var_567 = wp::mul(var_565, var_566);
        var_568 = wp::add(var_560, var_567);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_428, var_534, var_568);
        // out[i] = B                                                                             <L 75>
        wp::array_store(var_out, var_0, var_4);
    }
}



extern "C" __global__ void nested_unrolled_445b8c4c_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_m,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_out,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_m,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_out)
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
        wp::mat_t<4, 4, wp::float32>* var_1;
        wp::mat_t<4, 4, wp::float32> var_2;
        wp::mat_t<4, 4, wp::float32> var_3;
        wp::mat_t<4, 4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 2;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::int32 var_33 = 3;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 1;
        const wp::float32 var_42 = 0.0;
        wp::float32 var_43;
        const wp::int32 var_44 = 0;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        const wp::int32 var_68 = 3;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        const wp::int32 var_76 = 2;
        const wp::float32 var_77 = 0.0;
        wp::float32 var_78;
        const wp::int32 var_79 = 0;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        const wp::int32 var_87 = 1;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        const wp::int32 var_95 = 2;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        wp::float32 var_101;
        wp::float32 var_102;
        const wp::int32 var_103 = 3;
        wp::float32 var_104;
        wp::float32 var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        const wp::int32 var_111 = 3;
        const wp::float32 var_112 = 0.0;
        wp::float32 var_113;
        const wp::int32 var_114 = 0;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32 var_121;
        const wp::int32 var_122 = 1;
        wp::float32 var_123;
        wp::float32 var_124;
        wp::float32 var_125;
        wp::float32 var_126;
        wp::float32 var_127;
        wp::float32 var_128;
        wp::float32 var_129;
        const wp::int32 var_130 = 2;
        wp::float32 var_131;
        wp::float32 var_132;
        wp::float32 var_133;
        wp::float32 var_134;
        wp::float32 var_135;
        wp::float32 var_136;
        wp::float32 var_137;
        const wp::int32 var_138 = 3;
        wp::float32 var_139;
        wp::float32 var_140;
        wp::float32 var_141;
        wp::float32 var_142;
        wp::float32 var_143;
        wp::float32 var_144;
        wp::float32 var_145;
        const wp::int32 var_146 = 1;
        const wp::int32 var_147 = 0;
        const wp::float32 var_148 = 0.0;
        wp::float32 var_149;
        const wp::int32 var_150 = 0;
        wp::float32 var_151;
        wp::float32 var_152;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::float32 var_155;
        wp::float32 var_156;
        wp::float32 var_157;
        const wp::int32 var_158 = 1;
        wp::float32 var_159;
        wp::float32 var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        wp::float32 var_165;
        const wp::int32 var_166 = 2;
        wp::float32 var_167;
        wp::float32 var_168;
        wp::float32 var_169;
        wp::float32 var_170;
        wp::float32 var_171;
        wp::float32 var_172;
        wp::float32 var_173;
        const wp::int32 var_174 = 3;
        wp::float32 var_175;
        wp::float32 var_176;
        wp::float32 var_177;
        wp::float32 var_178;
        wp::float32 var_179;
        wp::float32 var_180;
        wp::float32 var_181;
        const wp::int32 var_182 = 1;
        const wp::float32 var_183 = 0.0;
        wp::float32 var_184;
        const wp::int32 var_185 = 0;
        wp::float32 var_186;
        wp::float32 var_187;
        wp::float32 var_188;
        wp::float32 var_189;
        wp::float32 var_190;
        wp::float32 var_191;
        wp::float32 var_192;
        const wp::int32 var_193 = 1;
        wp::float32 var_194;
        wp::float32 var_195;
        wp::float32 var_196;
        wp::float32 var_197;
        wp::float32 var_198;
        wp::float32 var_199;
        wp::float32 var_200;
        const wp::int32 var_201 = 2;
        wp::float32 var_202;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::float32 var_206;
        wp::float32 var_207;
        wp::float32 var_208;
        const wp::int32 var_209 = 3;
        wp::float32 var_210;
        wp::float32 var_211;
        wp::float32 var_212;
        wp::float32 var_213;
        wp::float32 var_214;
        wp::float32 var_215;
        wp::float32 var_216;
        const wp::int32 var_217 = 2;
        const wp::float32 var_218 = 0.0;
        wp::float32 var_219;
        const wp::int32 var_220 = 0;
        wp::float32 var_221;
        wp::float32 var_222;
        wp::float32 var_223;
        wp::float32 var_224;
        wp::float32 var_225;
        wp::float32 var_226;
        wp::float32 var_227;
        const wp::int32 var_228 = 1;
        wp::float32 var_229;
        wp::float32 var_230;
        wp::float32 var_231;
        wp::float32 var_232;
        wp::float32 var_233;
        wp::float32 var_234;
        wp::float32 var_235;
        const wp::int32 var_236 = 2;
        wp::float32 var_237;
        wp::float32 var_238;
        wp::float32 var_239;
        wp::float32 var_240;
        wp::float32 var_241;
        wp::float32 var_242;
        wp::float32 var_243;
        const wp::int32 var_244 = 3;
        wp::float32 var_245;
        wp::float32 var_246;
        wp::float32 var_247;
        wp::float32 var_248;
        wp::float32 var_249;
        wp::float32 var_250;
        wp::float32 var_251;
        const wp::int32 var_252 = 3;
        const wp::float32 var_253 = 0.0;
        wp::float32 var_254;
        const wp::int32 var_255 = 0;
        wp::float32 var_256;
        wp::float32 var_257;
        wp::float32 var_258;
        wp::float32 var_259;
        wp::float32 var_260;
        wp::float32 var_261;
        wp::float32 var_262;
        const wp::int32 var_263 = 1;
        wp::float32 var_264;
        wp::float32 var_265;
        wp::float32 var_266;
        wp::float32 var_267;
        wp::float32 var_268;
        wp::float32 var_269;
        wp::float32 var_270;
        const wp::int32 var_271 = 2;
        wp::float32 var_272;
        wp::float32 var_273;
        wp::float32 var_274;
        wp::float32 var_275;
        wp::float32 var_276;
        wp::float32 var_277;
        wp::float32 var_278;
        const wp::int32 var_279 = 3;
        wp::float32 var_280;
        wp::float32 var_281;
        wp::float32 var_282;
        wp::float32 var_283;
        wp::float32 var_284;
        wp::float32 var_285;
        wp::float32 var_286;
        const wp::int32 var_287 = 2;
        const wp::int32 var_288 = 0;
        const wp::float32 var_289 = 0.0;
        wp::float32 var_290;
        const wp::int32 var_291 = 0;
        wp::float32 var_292;
        wp::float32 var_293;
        wp::float32 var_294;
        wp::float32 var_295;
        wp::float32 var_296;
        wp::float32 var_297;
        wp::float32 var_298;
        const wp::int32 var_299 = 1;
        wp::float32 var_300;
        wp::float32 var_301;
        wp::float32 var_302;
        wp::float32 var_303;
        wp::float32 var_304;
        wp::float32 var_305;
        wp::float32 var_306;
        const wp::int32 var_307 = 2;
        wp::float32 var_308;
        wp::float32 var_309;
        wp::float32 var_310;
        wp::float32 var_311;
        wp::float32 var_312;
        wp::float32 var_313;
        wp::float32 var_314;
        const wp::int32 var_315 = 3;
        wp::float32 var_316;
        wp::float32 var_317;
        wp::float32 var_318;
        wp::float32 var_319;
        wp::float32 var_320;
        wp::float32 var_321;
        wp::float32 var_322;
        const wp::int32 var_323 = 1;
        const wp::float32 var_324 = 0.0;
        wp::float32 var_325;
        const wp::int32 var_326 = 0;
        wp::float32 var_327;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32 var_330;
        wp::float32 var_331;
        wp::float32 var_332;
        wp::float32 var_333;
        const wp::int32 var_334 = 1;
        wp::float32 var_335;
        wp::float32 var_336;
        wp::float32 var_337;
        wp::float32 var_338;
        wp::float32 var_339;
        wp::float32 var_340;
        wp::float32 var_341;
        const wp::int32 var_342 = 2;
        wp::float32 var_343;
        wp::float32 var_344;
        wp::float32 var_345;
        wp::float32 var_346;
        wp::float32 var_347;
        wp::float32 var_348;
        wp::float32 var_349;
        const wp::int32 var_350 = 3;
        wp::float32 var_351;
        wp::float32 var_352;
        wp::float32 var_353;
        wp::float32 var_354;
        wp::float32 var_355;
        wp::float32 var_356;
        wp::float32 var_357;
        const wp::int32 var_358 = 2;
        const wp::float32 var_359 = 0.0;
        wp::float32 var_360;
        const wp::int32 var_361 = 0;
        wp::float32 var_362;
        wp::float32 var_363;
        wp::float32 var_364;
        wp::float32 var_365;
        wp::float32 var_366;
        wp::float32 var_367;
        wp::float32 var_368;
        const wp::int32 var_369 = 1;
        wp::float32 var_370;
        wp::float32 var_371;
        wp::float32 var_372;
        wp::float32 var_373;
        wp::float32 var_374;
        wp::float32 var_375;
        wp::float32 var_376;
        const wp::int32 var_377 = 2;
        wp::float32 var_378;
        wp::float32 var_379;
        wp::float32 var_380;
        wp::float32 var_381;
        wp::float32 var_382;
        wp::float32 var_383;
        wp::float32 var_384;
        const wp::int32 var_385 = 3;
        wp::float32 var_386;
        wp::float32 var_387;
        wp::float32 var_388;
        wp::float32 var_389;
        wp::float32 var_390;
        wp::float32 var_391;
        wp::float32 var_392;
        const wp::int32 var_393 = 3;
        const wp::float32 var_394 = 0.0;
        wp::float32 var_395;
        const wp::int32 var_396 = 0;
        wp::float32 var_397;
        wp::float32 var_398;
        wp::float32 var_399;
        wp::float32 var_400;
        wp::float32 var_401;
        wp::float32 var_402;
        wp::float32 var_403;
        const wp::int32 var_404 = 1;
        wp::float32 var_405;
        wp::float32 var_406;
        wp::float32 var_407;
        wp::float32 var_408;
        wp::float32 var_409;
        wp::float32 var_410;
        wp::float32 var_411;
        const wp::int32 var_412 = 2;
        wp::float32 var_413;
        wp::float32 var_414;
        wp::float32 var_415;
        wp::float32 var_416;
        wp::float32 var_417;
        wp::float32 var_418;
        wp::float32 var_419;
        const wp::int32 var_420 = 3;
        wp::float32 var_421;
        wp::float32 var_422;
        wp::float32 var_423;
        wp::float32 var_424;
        wp::float32 var_425;
        wp::float32 var_426;
        wp::float32 var_427;
        const wp::int32 var_428 = 3;
        const wp::int32 var_429 = 0;
        const wp::float32 var_430 = 0.0;
        wp::float32 var_431;
        const wp::int32 var_432 = 0;
        wp::float32 var_433;
        wp::float32 var_434;
        wp::float32 var_435;
        wp::float32 var_436;
        wp::float32 var_437;
        wp::float32 var_438;
        wp::float32 var_439;
        const wp::int32 var_440 = 1;
        wp::float32 var_441;
        wp::float32 var_442;
        wp::float32 var_443;
        wp::float32 var_444;
        wp::float32 var_445;
        wp::float32 var_446;
        wp::float32 var_447;
        const wp::int32 var_448 = 2;
        wp::float32 var_449;
        wp::float32 var_450;
        wp::float32 var_451;
        wp::float32 var_452;
        wp::float32 var_453;
        wp::float32 var_454;
        wp::float32 var_455;
        const wp::int32 var_456 = 3;
        wp::float32 var_457;
        wp::float32 var_458;
        wp::float32 var_459;
        wp::float32 var_460;
        wp::float32 var_461;
        wp::float32 var_462;
        wp::float32 var_463;
        const wp::int32 var_464 = 1;
        const wp::float32 var_465 = 0.0;
        wp::float32 var_466;
        const wp::int32 var_467 = 0;
        wp::float32 var_468;
        wp::float32 var_469;
        wp::float32 var_470;
        wp::float32 var_471;
        wp::float32 var_472;
        wp::float32 var_473;
        wp::float32 var_474;
        const wp::int32 var_475 = 1;
        wp::float32 var_476;
        wp::float32 var_477;
        wp::float32 var_478;
        wp::float32 var_479;
        wp::float32 var_480;
        wp::float32 var_481;
        wp::float32 var_482;
        const wp::int32 var_483 = 2;
        wp::float32 var_484;
        wp::float32 var_485;
        wp::float32 var_486;
        wp::float32 var_487;
        wp::float32 var_488;
        wp::float32 var_489;
        wp::float32 var_490;
        const wp::int32 var_491 = 3;
        wp::float32 var_492;
        wp::float32 var_493;
        wp::float32 var_494;
        wp::float32 var_495;
        wp::float32 var_496;
        wp::float32 var_497;
        wp::float32 var_498;
        const wp::int32 var_499 = 2;
        const wp::float32 var_500 = 0.0;
        wp::float32 var_501;
        const wp::int32 var_502 = 0;
        wp::float32 var_503;
        wp::float32 var_504;
        wp::float32 var_505;
        wp::float32 var_506;
        wp::float32 var_507;
        wp::float32 var_508;
        wp::float32 var_509;
        const wp::int32 var_510 = 1;
        wp::float32 var_511;
        wp::float32 var_512;
        wp::float32 var_513;
        wp::float32 var_514;
        wp::float32 var_515;
        wp::float32 var_516;
        wp::float32 var_517;
        const wp::int32 var_518 = 2;
        wp::float32 var_519;
        wp::float32 var_520;
        wp::float32 var_521;
        wp::float32 var_522;
        wp::float32 var_523;
        wp::float32 var_524;
        wp::float32 var_525;
        const wp::int32 var_526 = 3;
        wp::float32 var_527;
        wp::float32 var_528;
        wp::float32 var_529;
        wp::float32 var_530;
        wp::float32 var_531;
        wp::float32 var_532;
        wp::float32 var_533;
        const wp::int32 var_534 = 3;
        const wp::float32 var_535 = 0.0;
        wp::float32 var_536;
        const wp::int32 var_537 = 0;
        wp::float32 var_538;
        wp::float32 var_539;
        wp::float32 var_540;
        wp::float32 var_541;
        wp::float32 var_542;
        wp::float32 var_543;
        wp::float32 var_544;
        const wp::int32 var_545 = 1;
        wp::float32 var_546;
        wp::float32 var_547;
        wp::float32 var_548;
        wp::float32 var_549;
        wp::float32 var_550;
        wp::float32 var_551;
        wp::float32 var_552;
        const wp::int32 var_553 = 2;
        wp::float32 var_554;
        wp::float32 var_555;
        wp::float32 var_556;
        wp::float32 var_557;
        wp::float32 var_558;
        wp::float32 var_559;
        wp::float32 var_560;
        const wp::int32 var_561 = 3;
        wp::float32 var_562;
        wp::float32 var_563;
        wp::float32 var_564;
        wp::float32 var_565;
        wp::float32 var_566;
        wp::float32 var_567;
        wp::float32 var_568;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<4, 4, wp::float32> adj_1 = {};
        wp::mat_t<4, 4, wp::float32> adj_2 = {};
        wp::mat_t<4, 4, wp::float32> adj_3 = {};
        wp::mat_t<4, 4, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::float32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::float32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::float32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::float32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::float32 adj_129 = {};
        wp::int32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::float32 adj_132 = {};
        wp::float32 adj_133 = {};
        wp::float32 adj_134 = {};
        wp::float32 adj_135 = {};
        wp::float32 adj_136 = {};
        wp::float32 adj_137 = {};
        wp::int32 adj_138 = {};
        wp::float32 adj_139 = {};
        wp::float32 adj_140 = {};
        wp::float32 adj_141 = {};
        wp::float32 adj_142 = {};
        wp::float32 adj_143 = {};
        wp::float32 adj_144 = {};
        wp::float32 adj_145 = {};
        wp::int32 adj_146 = {};
        wp::int32 adj_147 = {};
        wp::float32 adj_148 = {};
        wp::float32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::float32 adj_151 = {};
        wp::float32 adj_152 = {};
        wp::float32 adj_153 = {};
        wp::float32 adj_154 = {};
        wp::float32 adj_155 = {};
        wp::float32 adj_156 = {};
        wp::float32 adj_157 = {};
        wp::int32 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::float32 adj_160 = {};
        wp::float32 adj_161 = {};
        wp::float32 adj_162 = {};
        wp::float32 adj_163 = {};
        wp::float32 adj_164 = {};
        wp::float32 adj_165 = {};
        wp::int32 adj_166 = {};
        wp::float32 adj_167 = {};
        wp::float32 adj_168 = {};
        wp::float32 adj_169 = {};
        wp::float32 adj_170 = {};
        wp::float32 adj_171 = {};
        wp::float32 adj_172 = {};
        wp::float32 adj_173 = {};
        wp::int32 adj_174 = {};
        wp::float32 adj_175 = {};
        wp::float32 adj_176 = {};
        wp::float32 adj_177 = {};
        wp::float32 adj_178 = {};
        wp::float32 adj_179 = {};
        wp::float32 adj_180 = {};
        wp::float32 adj_181 = {};
        wp::int32 adj_182 = {};
        wp::float32 adj_183 = {};
        wp::float32 adj_184 = {};
        wp::int32 adj_185 = {};
        wp::float32 adj_186 = {};
        wp::float32 adj_187 = {};
        wp::float32 adj_188 = {};
        wp::float32 adj_189 = {};
        wp::float32 adj_190 = {};
        wp::float32 adj_191 = {};
        wp::float32 adj_192 = {};
        wp::int32 adj_193 = {};
        wp::float32 adj_194 = {};
        wp::float32 adj_195 = {};
        wp::float32 adj_196 = {};
        wp::float32 adj_197 = {};
        wp::float32 adj_198 = {};
        wp::float32 adj_199 = {};
        wp::float32 adj_200 = {};
        wp::int32 adj_201 = {};
        wp::float32 adj_202 = {};
        wp::float32 adj_203 = {};
        wp::float32 adj_204 = {};
        wp::float32 adj_205 = {};
        wp::float32 adj_206 = {};
        wp::float32 adj_207 = {};
        wp::float32 adj_208 = {};
        wp::int32 adj_209 = {};
        wp::float32 adj_210 = {};
        wp::float32 adj_211 = {};
        wp::float32 adj_212 = {};
        wp::float32 adj_213 = {};
        wp::float32 adj_214 = {};
        wp::float32 adj_215 = {};
        wp::float32 adj_216 = {};
        wp::int32 adj_217 = {};
        wp::float32 adj_218 = {};
        wp::float32 adj_219 = {};
        wp::int32 adj_220 = {};
        wp::float32 adj_221 = {};
        wp::float32 adj_222 = {};
        wp::float32 adj_223 = {};
        wp::float32 adj_224 = {};
        wp::float32 adj_225 = {};
        wp::float32 adj_226 = {};
        wp::float32 adj_227 = {};
        wp::int32 adj_228 = {};
        wp::float32 adj_229 = {};
        wp::float32 adj_230 = {};
        wp::float32 adj_231 = {};
        wp::float32 adj_232 = {};
        wp::float32 adj_233 = {};
        wp::float32 adj_234 = {};
        wp::float32 adj_235 = {};
        wp::int32 adj_236 = {};
        wp::float32 adj_237 = {};
        wp::float32 adj_238 = {};
        wp::float32 adj_239 = {};
        wp::float32 adj_240 = {};
        wp::float32 adj_241 = {};
        wp::float32 adj_242 = {};
        wp::float32 adj_243 = {};
        wp::int32 adj_244 = {};
        wp::float32 adj_245 = {};
        wp::float32 adj_246 = {};
        wp::float32 adj_247 = {};
        wp::float32 adj_248 = {};
        wp::float32 adj_249 = {};
        wp::float32 adj_250 = {};
        wp::float32 adj_251 = {};
        wp::int32 adj_252 = {};
        wp::float32 adj_253 = {};
        wp::float32 adj_254 = {};
        wp::int32 adj_255 = {};
        wp::float32 adj_256 = {};
        wp::float32 adj_257 = {};
        wp::float32 adj_258 = {};
        wp::float32 adj_259 = {};
        wp::float32 adj_260 = {};
        wp::float32 adj_261 = {};
        wp::float32 adj_262 = {};
        wp::int32 adj_263 = {};
        wp::float32 adj_264 = {};
        wp::float32 adj_265 = {};
        wp::float32 adj_266 = {};
        wp::float32 adj_267 = {};
        wp::float32 adj_268 = {};
        wp::float32 adj_269 = {};
        wp::float32 adj_270 = {};
        wp::int32 adj_271 = {};
        wp::float32 adj_272 = {};
        wp::float32 adj_273 = {};
        wp::float32 adj_274 = {};
        wp::float32 adj_275 = {};
        wp::float32 adj_276 = {};
        wp::float32 adj_277 = {};
        wp::float32 adj_278 = {};
        wp::int32 adj_279 = {};
        wp::float32 adj_280 = {};
        wp::float32 adj_281 = {};
        wp::float32 adj_282 = {};
        wp::float32 adj_283 = {};
        wp::float32 adj_284 = {};
        wp::float32 adj_285 = {};
        wp::float32 adj_286 = {};
        wp::int32 adj_287 = {};
        wp::int32 adj_288 = {};
        wp::float32 adj_289 = {};
        wp::float32 adj_290 = {};
        wp::int32 adj_291 = {};
        wp::float32 adj_292 = {};
        wp::float32 adj_293 = {};
        wp::float32 adj_294 = {};
        wp::float32 adj_295 = {};
        wp::float32 adj_296 = {};
        wp::float32 adj_297 = {};
        wp::float32 adj_298 = {};
        wp::int32 adj_299 = {};
        wp::float32 adj_300 = {};
        wp::float32 adj_301 = {};
        wp::float32 adj_302 = {};
        wp::float32 adj_303 = {};
        wp::float32 adj_304 = {};
        wp::float32 adj_305 = {};
        wp::float32 adj_306 = {};
        wp::int32 adj_307 = {};
        wp::float32 adj_308 = {};
        wp::float32 adj_309 = {};
        wp::float32 adj_310 = {};
        wp::float32 adj_311 = {};
        wp::float32 adj_312 = {};
        wp::float32 adj_313 = {};
        wp::float32 adj_314 = {};
        wp::int32 adj_315 = {};
        wp::float32 adj_316 = {};
        wp::float32 adj_317 = {};
        wp::float32 adj_318 = {};
        wp::float32 adj_319 = {};
        wp::float32 adj_320 = {};
        wp::float32 adj_321 = {};
        wp::float32 adj_322 = {};
        wp::int32 adj_323 = {};
        wp::float32 adj_324 = {};
        wp::float32 adj_325 = {};
        wp::int32 adj_326 = {};
        wp::float32 adj_327 = {};
        wp::float32 adj_328 = {};
        wp::float32 adj_329 = {};
        wp::float32 adj_330 = {};
        wp::float32 adj_331 = {};
        wp::float32 adj_332 = {};
        wp::float32 adj_333 = {};
        wp::int32 adj_334 = {};
        wp::float32 adj_335 = {};
        wp::float32 adj_336 = {};
        wp::float32 adj_337 = {};
        wp::float32 adj_338 = {};
        wp::float32 adj_339 = {};
        wp::float32 adj_340 = {};
        wp::float32 adj_341 = {};
        wp::int32 adj_342 = {};
        wp::float32 adj_343 = {};
        wp::float32 adj_344 = {};
        wp::float32 adj_345 = {};
        wp::float32 adj_346 = {};
        wp::float32 adj_347 = {};
        wp::float32 adj_348 = {};
        wp::float32 adj_349 = {};
        wp::int32 adj_350 = {};
        wp::float32 adj_351 = {};
        wp::float32 adj_352 = {};
        wp::float32 adj_353 = {};
        wp::float32 adj_354 = {};
        wp::float32 adj_355 = {};
        wp::float32 adj_356 = {};
        wp::float32 adj_357 = {};
        wp::int32 adj_358 = {};
        wp::float32 adj_359 = {};
        wp::float32 adj_360 = {};
        wp::int32 adj_361 = {};
        wp::float32 adj_362 = {};
        wp::float32 adj_363 = {};
        wp::float32 adj_364 = {};
        wp::float32 adj_365 = {};
        wp::float32 adj_366 = {};
        wp::float32 adj_367 = {};
        wp::float32 adj_368 = {};
        wp::int32 adj_369 = {};
        wp::float32 adj_370 = {};
        wp::float32 adj_371 = {};
        wp::float32 adj_372 = {};
        wp::float32 adj_373 = {};
        wp::float32 adj_374 = {};
        wp::float32 adj_375 = {};
        wp::float32 adj_376 = {};
        wp::int32 adj_377 = {};
        wp::float32 adj_378 = {};
        wp::float32 adj_379 = {};
        wp::float32 adj_380 = {};
        wp::float32 adj_381 = {};
        wp::float32 adj_382 = {};
        wp::float32 adj_383 = {};
        wp::float32 adj_384 = {};
        wp::int32 adj_385 = {};
        wp::float32 adj_386 = {};
        wp::float32 adj_387 = {};
        wp::float32 adj_388 = {};
        wp::float32 adj_389 = {};
        wp::float32 adj_390 = {};
        wp::float32 adj_391 = {};
        wp::float32 adj_392 = {};
        wp::int32 adj_393 = {};
        wp::float32 adj_394 = {};
        wp::float32 adj_395 = {};
        wp::int32 adj_396 = {};
        wp::float32 adj_397 = {};
        wp::float32 adj_398 = {};
        wp::float32 adj_399 = {};
        wp::float32 adj_400 = {};
        wp::float32 adj_401 = {};
        wp::float32 adj_402 = {};
        wp::float32 adj_403 = {};
        wp::int32 adj_404 = {};
        wp::float32 adj_405 = {};
        wp::float32 adj_406 = {};
        wp::float32 adj_407 = {};
        wp::float32 adj_408 = {};
        wp::float32 adj_409 = {};
        wp::float32 adj_410 = {};
        wp::float32 adj_411 = {};
        wp::int32 adj_412 = {};
        wp::float32 adj_413 = {};
        wp::float32 adj_414 = {};
        wp::float32 adj_415 = {};
        wp::float32 adj_416 = {};
        wp::float32 adj_417 = {};
        wp::float32 adj_418 = {};
        wp::float32 adj_419 = {};
        wp::int32 adj_420 = {};
        wp::float32 adj_421 = {};
        wp::float32 adj_422 = {};
        wp::float32 adj_423 = {};
        wp::float32 adj_424 = {};
        wp::float32 adj_425 = {};
        wp::float32 adj_426 = {};
        wp::float32 adj_427 = {};
        wp::int32 adj_428 = {};
        wp::int32 adj_429 = {};
        wp::float32 adj_430 = {};
        wp::float32 adj_431 = {};
        wp::int32 adj_432 = {};
        wp::float32 adj_433 = {};
        wp::float32 adj_434 = {};
        wp::float32 adj_435 = {};
        wp::float32 adj_436 = {};
        wp::float32 adj_437 = {};
        wp::float32 adj_438 = {};
        wp::float32 adj_439 = {};
        wp::int32 adj_440 = {};
        wp::float32 adj_441 = {};
        wp::float32 adj_442 = {};
        wp::float32 adj_443 = {};
        wp::float32 adj_444 = {};
        wp::float32 adj_445 = {};
        wp::float32 adj_446 = {};
        wp::float32 adj_447 = {};
        wp::int32 adj_448 = {};
        wp::float32 adj_449 = {};
        wp::float32 adj_450 = {};
        wp::float32 adj_451 = {};
        wp::float32 adj_452 = {};
        wp::float32 adj_453 = {};
        wp::float32 adj_454 = {};
        wp::float32 adj_455 = {};
        wp::int32 adj_456 = {};
        wp::float32 adj_457 = {};
        wp::float32 adj_458 = {};
        wp::float32 adj_459 = {};
        wp::float32 adj_460 = {};
        wp::float32 adj_461 = {};
        wp::float32 adj_462 = {};
        wp::float32 adj_463 = {};
        wp::int32 adj_464 = {};
        wp::float32 adj_465 = {};
        wp::float32 adj_466 = {};
        wp::int32 adj_467 = {};
        wp::float32 adj_468 = {};
        wp::float32 adj_469 = {};
        wp::float32 adj_470 = {};
        wp::float32 adj_471 = {};
        wp::float32 adj_472 = {};
        wp::float32 adj_473 = {};
        wp::float32 adj_474 = {};
        wp::int32 adj_475 = {};
        wp::float32 adj_476 = {};
        wp::float32 adj_477 = {};
        wp::float32 adj_478 = {};
        wp::float32 adj_479 = {};
        wp::float32 adj_480 = {};
        wp::float32 adj_481 = {};
        wp::float32 adj_482 = {};
        wp::int32 adj_483 = {};
        wp::float32 adj_484 = {};
        wp::float32 adj_485 = {};
        wp::float32 adj_486 = {};
        wp::float32 adj_487 = {};
        wp::float32 adj_488 = {};
        wp::float32 adj_489 = {};
        wp::float32 adj_490 = {};
        wp::int32 adj_491 = {};
        wp::float32 adj_492 = {};
        wp::float32 adj_493 = {};
        wp::float32 adj_494 = {};
        wp::float32 adj_495 = {};
        wp::float32 adj_496 = {};
        wp::float32 adj_497 = {};
        wp::float32 adj_498 = {};
        wp::int32 adj_499 = {};
        wp::float32 adj_500 = {};
        wp::float32 adj_501 = {};
        wp::int32 adj_502 = {};
        wp::float32 adj_503 = {};
        wp::float32 adj_504 = {};
        wp::float32 adj_505 = {};
        wp::float32 adj_506 = {};
        wp::float32 adj_507 = {};
        wp::float32 adj_508 = {};
        wp::float32 adj_509 = {};
        wp::int32 adj_510 = {};
        wp::float32 adj_511 = {};
        wp::float32 adj_512 = {};
        wp::float32 adj_513 = {};
        wp::float32 adj_514 = {};
        wp::float32 adj_515 = {};
        wp::float32 adj_516 = {};
        wp::float32 adj_517 = {};
        wp::int32 adj_518 = {};
        wp::float32 adj_519 = {};
        wp::float32 adj_520 = {};
        wp::float32 adj_521 = {};
        wp::float32 adj_522 = {};
        wp::float32 adj_523 = {};
        wp::float32 adj_524 = {};
        wp::float32 adj_525 = {};
        wp::int32 adj_526 = {};
        wp::float32 adj_527 = {};
        wp::float32 adj_528 = {};
        wp::float32 adj_529 = {};
        wp::float32 adj_530 = {};
        wp::float32 adj_531 = {};
        wp::float32 adj_532 = {};
        wp::float32 adj_533 = {};
        wp::int32 adj_534 = {};
        wp::float32 adj_535 = {};
        wp::float32 adj_536 = {};
        wp::int32 adj_537 = {};
        wp::float32 adj_538 = {};
        wp::float32 adj_539 = {};
        wp::float32 adj_540 = {};
        wp::float32 adj_541 = {};
        wp::float32 adj_542 = {};
        wp::float32 adj_543 = {};
        wp::float32 adj_544 = {};
        wp::int32 adj_545 = {};
        wp::float32 adj_546 = {};
        wp::float32 adj_547 = {};
        wp::float32 adj_548 = {};
        wp::float32 adj_549 = {};
        wp::float32 adj_550 = {};
        wp::float32 adj_551 = {};
        wp::float32 adj_552 = {};
        wp::int32 adj_553 = {};
        wp::float32 adj_554 = {};
        wp::float32 adj_555 = {};
        wp::float32 adj_556 = {};
        wp::float32 adj_557 = {};
        wp::float32 adj_558 = {};
        wp::float32 adj_559 = {};
        wp::float32 adj_560 = {};
        wp::int32 adj_561 = {};
        wp::float32 adj_562 = {};
        wp::float32 adj_563 = {};
        wp::float32 adj_564 = {};
        wp::float32 adj_565 = {};
        wp::float32 adj_566 = {};
        wp::float32 adj_567 = {};
        wp::float32 adj_568 = {};
        //---------
        // forward
        // def nested_unrolled(m: wp.array(dtype=wp.mat44), out: wp.array(dtype=wp.mat44)):       <L 65>
        // i = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // A = m[i]                                                                               <L 67>
        var_1 = wp::address(var_m, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // B = wp.mat44()                                                                         <L 68>
        var_4 = wp::mat_t<4, 4, wp::float32>();
        // for r in range(4):                                                                     <L 69>
        // for c in range(4):                                                                     <L 70>
        // s = float(0.0)                                                                         <L 71>
        var_8 = wp::float(var_7);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_10 = wp::extract(var_2, var_5, var_9);
        var_11 = wp::extract(var_2, var_9, var_6);
        var_12 = wp::mul(var_10, var_11);
        var_13 = wp::extract(var_2, var_5, var_9);
        var_14 = wp::extract(var_2, var_9, var_6);
        var_15 = wp::mul(var_13, var_14);
        var_16 = wp::add(var_8, var_15);
        var_18 = wp::extract(var_2, var_5, var_17);
        var_19 = wp::extract(var_2, var_17, var_6);
        var_20 = wp::mul(var_18, var_19);
        var_21 = wp::extract(var_2, var_5, var_17);
        var_22 = wp::extract(var_2, var_17, var_6);
        var_23 = wp::mul(var_21, var_22);
        var_24 = wp::add(var_16, var_23);
        var_26 = wp::extract(var_2, var_5, var_25);
        var_27 = wp::extract(var_2, var_25, var_6);
        var_28 = wp::mul(var_26, var_27);
        var_29 = wp::extract(var_2, var_5, var_25);
        var_30 = wp::extract(var_2, var_25, var_6);
        var_31 = wp::mul(var_29, var_30);
        var_32 = wp::add(var_24, var_31);
        var_34 = wp::extract(var_2, var_5, var_33);
        var_35 = wp::extract(var_2, var_33, var_6);
        var_36 = wp::mul(var_34, var_35);
        var_37 = wp::extract(var_2, var_5, var_33);
        var_38 = wp::extract(var_2, var_33, var_6);
        var_39 = wp::mul(var_37, var_38);
        var_40 = wp::add(var_32, var_39);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_5, var_6, var_40);
        // s = float(0.0)                                                                         <L 71>
        var_43 = wp::float(var_42);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_45 = wp::extract(var_2, var_5, var_44);
        var_46 = wp::extract(var_2, var_44, var_41);
        var_47 = wp::mul(var_45, var_46);
        var_48 = wp::extract(var_2, var_5, var_44);
        var_49 = wp::extract(var_2, var_44, var_41);
        var_50 = wp::mul(var_48, var_49);
        var_51 = wp::add(var_43, var_50);
        var_53 = wp::extract(var_2, var_5, var_52);
        var_54 = wp::extract(var_2, var_52, var_41);
        var_55 = wp::mul(var_53, var_54);
        var_56 = wp::extract(var_2, var_5, var_52);
        var_57 = wp::extract(var_2, var_52, var_41);
        var_58 = wp::mul(var_56, var_57);
        var_59 = wp::add(var_51, var_58);
        var_61 = wp::extract(var_2, var_5, var_60);
        var_62 = wp::extract(var_2, var_60, var_41);
        var_63 = wp::mul(var_61, var_62);
        var_64 = wp::extract(var_2, var_5, var_60);
        var_65 = wp::extract(var_2, var_60, var_41);
        var_66 = wp::mul(var_64, var_65);
        var_67 = wp::add(var_59, var_66);
        var_69 = wp::extract(var_2, var_5, var_68);
        var_70 = wp::extract(var_2, var_68, var_41);
        var_71 = wp::mul(var_69, var_70);
        var_72 = wp::extract(var_2, var_5, var_68);
        var_73 = wp::extract(var_2, var_68, var_41);
        var_74 = wp::mul(var_72, var_73);
        var_75 = wp::add(var_67, var_74);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_5, var_41, var_75);
        // s = float(0.0)                                                                         <L 71>
        var_78 = wp::float(var_77);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_80 = wp::extract(var_2, var_5, var_79);
        var_81 = wp::extract(var_2, var_79, var_76);
        var_82 = wp::mul(var_80, var_81);
        var_83 = wp::extract(var_2, var_5, var_79);
        var_84 = wp::extract(var_2, var_79, var_76);
        var_85 = wp::mul(var_83, var_84);
        var_86 = wp::add(var_78, var_85);
        var_88 = wp::extract(var_2, var_5, var_87);
        var_89 = wp::extract(var_2, var_87, var_76);
        var_90 = wp::mul(var_88, var_89);
        var_91 = wp::extract(var_2, var_5, var_87);
        var_92 = wp::extract(var_2, var_87, var_76);
        var_93 = wp::mul(var_91, var_92);
        var_94 = wp::add(var_86, var_93);
        var_96 = wp::extract(var_2, var_5, var_95);
        var_97 = wp::extract(var_2, var_95, var_76);
        var_98 = wp::mul(var_96, var_97);
        var_99 = wp::extract(var_2, var_5, var_95);
        var_100 = wp::extract(var_2, var_95, var_76);
        var_101 = wp::mul(var_99, var_100);
        var_102 = wp::add(var_94, var_101);
        var_104 = wp::extract(var_2, var_5, var_103);
        var_105 = wp::extract(var_2, var_103, var_76);
        var_106 = wp::mul(var_104, var_105);
        var_107 = wp::extract(var_2, var_5, var_103);
        var_108 = wp::extract(var_2, var_103, var_76);
        var_109 = wp::mul(var_107, var_108);
        var_110 = wp::add(var_102, var_109);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_5, var_76, var_110);
        // s = float(0.0)                                                                         <L 71>
        var_113 = wp::float(var_112);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_115 = wp::extract(var_2, var_5, var_114);
        var_116 = wp::extract(var_2, var_114, var_111);
        var_117 = wp::mul(var_115, var_116);
        var_118 = wp::extract(var_2, var_5, var_114);
        var_119 = wp::extract(var_2, var_114, var_111);
        var_120 = wp::mul(var_118, var_119);
        var_121 = wp::add(var_113, var_120);
        var_123 = wp::extract(var_2, var_5, var_122);
        var_124 = wp::extract(var_2, var_122, var_111);
        var_125 = wp::mul(var_123, var_124);
        var_126 = wp::extract(var_2, var_5, var_122);
        var_127 = wp::extract(var_2, var_122, var_111);
        var_128 = wp::mul(var_126, var_127);
        var_129 = wp::add(var_121, var_128);
        var_131 = wp::extract(var_2, var_5, var_130);
        var_132 = wp::extract(var_2, var_130, var_111);
        var_133 = wp::mul(var_131, var_132);
        var_134 = wp::extract(var_2, var_5, var_130);
        var_135 = wp::extract(var_2, var_130, var_111);
        var_136 = wp::mul(var_134, var_135);
        var_137 = wp::add(var_129, var_136);
        var_139 = wp::extract(var_2, var_5, var_138);
        var_140 = wp::extract(var_2, var_138, var_111);
        var_141 = wp::mul(var_139, var_140);
        var_142 = wp::extract(var_2, var_5, var_138);
        var_143 = wp::extract(var_2, var_138, var_111);
        var_144 = wp::mul(var_142, var_143);
        var_145 = wp::add(var_137, var_144);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_5, var_111, var_145);
        // for c in range(4):                                                                     <L 70>
        // s = float(0.0)                                                                         <L 71>
        var_149 = wp::float(var_148);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_151 = wp::extract(var_2, var_146, var_150);
        var_152 = wp::extract(var_2, var_150, var_147);
        var_153 = wp::mul(var_151, var_152);
        var_154 = wp::extract(var_2, var_146, var_150);
        var_155 = wp::extract(var_2, var_150, var_147);
        var_156 = wp::mul(var_154, var_155);
        var_157 = wp::add(var_149, var_156);
        var_159 = wp::extract(var_2, var_146, var_158);
        var_160 = wp::extract(var_2, var_158, var_147);
        var_161 = wp::mul(var_159, var_160);
        var_162 = wp::extract(var_2, var_146, var_158);
        var_163 = wp::extract(var_2, var_158, var_147);
        var_164 = wp::mul(var_162, var_163);
        var_165 = wp::add(var_157, var_164);
        var_167 = wp::extract(var_2, var_146, var_166);
        var_168 = wp::extract(var_2, var_166, var_147);
        var_169 = wp::mul(var_167, var_168);
        var_170 = wp::extract(var_2, var_146, var_166);
        var_171 = wp::extract(var_2, var_166, var_147);
        var_172 = wp::mul(var_170, var_171);
        var_173 = wp::add(var_165, var_172);
        var_175 = wp::extract(var_2, var_146, var_174);
        var_176 = wp::extract(var_2, var_174, var_147);
        var_177 = wp::mul(var_175, var_176);
        var_178 = wp::extract(var_2, var_146, var_174);
        var_179 = wp::extract(var_2, var_174, var_147);
        var_180 = wp::mul(var_178, var_179);
        var_181 = wp::add(var_173, var_180);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_146, var_147, var_181);
        // s = float(0.0)                                                                         <L 71>
        var_184 = wp::float(var_183);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_186 = wp::extract(var_2, var_146, var_185);
        var_187 = wp::extract(var_2, var_185, var_182);
        var_188 = wp::mul(var_186, var_187);
        var_189 = wp::extract(var_2, var_146, var_185);
        var_190 = wp::extract(var_2, var_185, var_182);
        var_191 = wp::mul(var_189, var_190);
        var_192 = wp::add(var_184, var_191);
        var_194 = wp::extract(var_2, var_146, var_193);
        var_195 = wp::extract(var_2, var_193, var_182);
        var_196 = wp::mul(var_194, var_195);
        var_197 = wp::extract(var_2, var_146, var_193);
        var_198 = wp::extract(var_2, var_193, var_182);
        var_199 = wp::mul(var_197, var_198);
        var_200 = wp::add(var_192, var_199);
        var_202 = wp::extract(var_2, var_146, var_201);
        var_203 = wp::extract(var_2, var_201, var_182);
        var_204 = wp::mul(var_202, var_203);
        var_205 = wp::extract(var_2, var_146, var_201);
        var_206 = wp::extract(var_2, var_201, var_182);
        var_207 = wp::mul(var_205, var_206);
        var_208 = wp::add(var_200, var_207);
        var_210 = wp::extract(var_2, var_146, var_209);
        var_211 = wp::extract(var_2, var_209, var_182);
        var_212 = wp::mul(var_210, var_211);
        var_213 = wp::extract(var_2, var_146, var_209);
        var_214 = wp::extract(var_2, var_209, var_182);
        var_215 = wp::mul(var_213, var_214);
        var_216 = wp::add(var_208, var_215);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_146, var_182, var_216);
        // s = float(0.0)                                                                         <L 71>
        var_219 = wp::float(var_218);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_221 = wp::extract(var_2, var_146, var_220);
        var_222 = wp::extract(var_2, var_220, var_217);
        var_223 = wp::mul(var_221, var_222);
        var_224 = wp::extract(var_2, var_146, var_220);
        var_225 = wp::extract(var_2, var_220, var_217);
        var_226 = wp::mul(var_224, var_225);
        var_227 = wp::add(var_219, var_226);
        var_229 = wp::extract(var_2, var_146, var_228);
        var_230 = wp::extract(var_2, var_228, var_217);
        var_231 = wp::mul(var_229, var_230);
        var_232 = wp::extract(var_2, var_146, var_228);
        var_233 = wp::extract(var_2, var_228, var_217);
        var_234 = wp::mul(var_232, var_233);
        var_235 = wp::add(var_227, var_234);
        var_237 = wp::extract(var_2, var_146, var_236);
        var_238 = wp::extract(var_2, var_236, var_217);
        var_239 = wp::mul(var_237, var_238);
        var_240 = wp::extract(var_2, var_146, var_236);
        var_241 = wp::extract(var_2, var_236, var_217);
        var_242 = wp::mul(var_240, var_241);
        var_243 = wp::add(var_235, var_242);
        var_245 = wp::extract(var_2, var_146, var_244);
        var_246 = wp::extract(var_2, var_244, var_217);
        var_247 = wp::mul(var_245, var_246);
        var_248 = wp::extract(var_2, var_146, var_244);
        var_249 = wp::extract(var_2, var_244, var_217);
        var_250 = wp::mul(var_248, var_249);
        var_251 = wp::add(var_243, var_250);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_146, var_217, var_251);
        // s = float(0.0)                                                                         <L 71>
        var_254 = wp::float(var_253);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_256 = wp::extract(var_2, var_146, var_255);
        var_257 = wp::extract(var_2, var_255, var_252);
        var_258 = wp::mul(var_256, var_257);
        var_259 = wp::extract(var_2, var_146, var_255);
        var_260 = wp::extract(var_2, var_255, var_252);
        var_261 = wp::mul(var_259, var_260);
        var_262 = wp::add(var_254, var_261);
        var_264 = wp::extract(var_2, var_146, var_263);
        var_265 = wp::extract(var_2, var_263, var_252);
        var_266 = wp::mul(var_264, var_265);
        var_267 = wp::extract(var_2, var_146, var_263);
        var_268 = wp::extract(var_2, var_263, var_252);
        var_269 = wp::mul(var_267, var_268);
        var_270 = wp::add(var_262, var_269);
        var_272 = wp::extract(var_2, var_146, var_271);
        var_273 = wp::extract(var_2, var_271, var_252);
        var_274 = wp::mul(var_272, var_273);
        var_275 = wp::extract(var_2, var_146, var_271);
        var_276 = wp::extract(var_2, var_271, var_252);
        var_277 = wp::mul(var_275, var_276);
        var_278 = wp::add(var_270, var_277);
        var_280 = wp::extract(var_2, var_146, var_279);
        var_281 = wp::extract(var_2, var_279, var_252);
        var_282 = wp::mul(var_280, var_281);
        var_283 = wp::extract(var_2, var_146, var_279);
        var_284 = wp::extract(var_2, var_279, var_252);
        var_285 = wp::mul(var_283, var_284);
        var_286 = wp::add(var_278, var_285);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_146, var_252, var_286);
        // for c in range(4):                                                                     <L 70>
        // s = float(0.0)                                                                         <L 71>
        var_290 = wp::float(var_289);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_292 = wp::extract(var_2, var_287, var_291);
        var_293 = wp::extract(var_2, var_291, var_288);
        var_294 = wp::mul(var_292, var_293);
        var_295 = wp::extract(var_2, var_287, var_291);
        var_296 = wp::extract(var_2, var_291, var_288);
        var_297 = wp::mul(var_295, var_296);
        var_298 = wp::add(var_290, var_297);
        var_300 = wp::extract(var_2, var_287, var_299);
        var_301 = wp::extract(var_2, var_299, var_288);
        var_302 = wp::mul(var_300, var_301);
        var_303 = wp::extract(var_2, var_287, var_299);
        var_304 = wp::extract(var_2, var_299, var_288);
        var_305 = wp::mul(var_303, var_304);
        var_306 = wp::add(var_298, var_305);
        var_308 = wp::extract(var_2, var_287, var_307);
        var_309 = wp::extract(var_2, var_307, var_288);
        var_310 = wp::mul(var_308, var_309);
        var_311 = wp::extract(var_2, var_287, var_307);
        var_312 = wp::extract(var_2, var_307, var_288);
        var_313 = wp::mul(var_311, var_312);
        var_314 = wp::add(var_306, var_313);
        var_316 = wp::extract(var_2, var_287, var_315);
        var_317 = wp::extract(var_2, var_315, var_288);
        var_318 = wp::mul(var_316, var_317);
        var_319 = wp::extract(var_2, var_287, var_315);
        var_320 = wp::extract(var_2, var_315, var_288);
        var_321 = wp::mul(var_319, var_320);
        var_322 = wp::add(var_314, var_321);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_287, var_288, var_322);
        // s = float(0.0)                                                                         <L 71>
        var_325 = wp::float(var_324);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_327 = wp::extract(var_2, var_287, var_326);
        var_328 = wp::extract(var_2, var_326, var_323);
        var_329 = wp::mul(var_327, var_328);
        var_330 = wp::extract(var_2, var_287, var_326);
        var_331 = wp::extract(var_2, var_326, var_323);
        var_332 = wp::mul(var_330, var_331);
        var_333 = wp::add(var_325, var_332);
        var_335 = wp::extract(var_2, var_287, var_334);
        var_336 = wp::extract(var_2, var_334, var_323);
        var_337 = wp::mul(var_335, var_336);
        var_338 = wp::extract(var_2, var_287, var_334);
        var_339 = wp::extract(var_2, var_334, var_323);
        var_340 = wp::mul(var_338, var_339);
        var_341 = wp::add(var_333, var_340);
        var_343 = wp::extract(var_2, var_287, var_342);
        var_344 = wp::extract(var_2, var_342, var_323);
        var_345 = wp::mul(var_343, var_344);
        var_346 = wp::extract(var_2, var_287, var_342);
        var_347 = wp::extract(var_2, var_342, var_323);
        var_348 = wp::mul(var_346, var_347);
        var_349 = wp::add(var_341, var_348);
        var_351 = wp::extract(var_2, var_287, var_350);
        var_352 = wp::extract(var_2, var_350, var_323);
        var_353 = wp::mul(var_351, var_352);
        var_354 = wp::extract(var_2, var_287, var_350);
        var_355 = wp::extract(var_2, var_350, var_323);
        var_356 = wp::mul(var_354, var_355);
        var_357 = wp::add(var_349, var_356);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_287, var_323, var_357);
        // s = float(0.0)                                                                         <L 71>
        var_360 = wp::float(var_359);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_362 = wp::extract(var_2, var_287, var_361);
        var_363 = wp::extract(var_2, var_361, var_358);
        var_364 = wp::mul(var_362, var_363);
        var_365 = wp::extract(var_2, var_287, var_361);
        var_366 = wp::extract(var_2, var_361, var_358);
        var_367 = wp::mul(var_365, var_366);
        var_368 = wp::add(var_360, var_367);
        var_370 = wp::extract(var_2, var_287, var_369);
        var_371 = wp::extract(var_2, var_369, var_358);
        var_372 = wp::mul(var_370, var_371);
        var_373 = wp::extract(var_2, var_287, var_369);
        var_374 = wp::extract(var_2, var_369, var_358);
        var_375 = wp::mul(var_373, var_374);
        var_376 = wp::add(var_368, var_375);
        var_378 = wp::extract(var_2, var_287, var_377);
        var_379 = wp::extract(var_2, var_377, var_358);
        var_380 = wp::mul(var_378, var_379);
        var_381 = wp::extract(var_2, var_287, var_377);
        var_382 = wp::extract(var_2, var_377, var_358);
        var_383 = wp::mul(var_381, var_382);
        var_384 = wp::add(var_376, var_383);
        var_386 = wp::extract(var_2, var_287, var_385);
        var_387 = wp::extract(var_2, var_385, var_358);
        var_388 = wp::mul(var_386, var_387);
        var_389 = wp::extract(var_2, var_287, var_385);
        var_390 = wp::extract(var_2, var_385, var_358);
        var_391 = wp::mul(var_389, var_390);
        var_392 = wp::add(var_384, var_391);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_287, var_358, var_392);
        // s = float(0.0)                                                                         <L 71>
        var_395 = wp::float(var_394);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_397 = wp::extract(var_2, var_287, var_396);
        var_398 = wp::extract(var_2, var_396, var_393);
        var_399 = wp::mul(var_397, var_398);
        var_400 = wp::extract(var_2, var_287, var_396);
        var_401 = wp::extract(var_2, var_396, var_393);
        var_402 = wp::mul(var_400, var_401);
        var_403 = wp::add(var_395, var_402);
        var_405 = wp::extract(var_2, var_287, var_404);
        var_406 = wp::extract(var_2, var_404, var_393);
        var_407 = wp::mul(var_405, var_406);
        var_408 = wp::extract(var_2, var_287, var_404);
        var_409 = wp::extract(var_2, var_404, var_393);
        var_410 = wp::mul(var_408, var_409);
        var_411 = wp::add(var_403, var_410);
        var_413 = wp::extract(var_2, var_287, var_412);
        var_414 = wp::extract(var_2, var_412, var_393);
        var_415 = wp::mul(var_413, var_414);
        var_416 = wp::extract(var_2, var_287, var_412);
        var_417 = wp::extract(var_2, var_412, var_393);
        var_418 = wp::mul(var_416, var_417);
        var_419 = wp::add(var_411, var_418);
        var_421 = wp::extract(var_2, var_287, var_420);
        var_422 = wp::extract(var_2, var_420, var_393);
        var_423 = wp::mul(var_421, var_422);
        var_424 = wp::extract(var_2, var_287, var_420);
        var_425 = wp::extract(var_2, var_420, var_393);
        var_426 = wp::mul(var_424, var_425);
        var_427 = wp::add(var_419, var_426);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_287, var_393, var_427);
        // for c in range(4):                                                                     <L 70>
        // s = float(0.0)                                                                         <L 71>
        var_431 = wp::float(var_430);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_433 = wp::extract(var_2, var_428, var_432);
        var_434 = wp::extract(var_2, var_432, var_429);
        var_435 = wp::mul(var_433, var_434);
        var_436 = wp::extract(var_2, var_428, var_432);
        var_437 = wp::extract(var_2, var_432, var_429);
        var_438 = wp::mul(var_436, var_437);
        var_439 = wp::add(var_431, var_438);
        var_441 = wp::extract(var_2, var_428, var_440);
        var_442 = wp::extract(var_2, var_440, var_429);
        var_443 = wp::mul(var_441, var_442);
        var_444 = wp::extract(var_2, var_428, var_440);
        var_445 = wp::extract(var_2, var_440, var_429);
        var_446 = wp::mul(var_444, var_445);
        var_447 = wp::add(var_439, var_446);
        var_449 = wp::extract(var_2, var_428, var_448);
        var_450 = wp::extract(var_2, var_448, var_429);
        var_451 = wp::mul(var_449, var_450);
        var_452 = wp::extract(var_2, var_428, var_448);
        var_453 = wp::extract(var_2, var_448, var_429);
        var_454 = wp::mul(var_452, var_453);
        var_455 = wp::add(var_447, var_454);
        var_457 = wp::extract(var_2, var_428, var_456);
        var_458 = wp::extract(var_2, var_456, var_429);
        var_459 = wp::mul(var_457, var_458);
        var_460 = wp::extract(var_2, var_428, var_456);
        var_461 = wp::extract(var_2, var_456, var_429);
        var_462 = wp::mul(var_460, var_461);
        var_463 = wp::add(var_455, var_462);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_428, var_429, var_463);
        // s = float(0.0)                                                                         <L 71>
        var_466 = wp::float(var_465);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_468 = wp::extract(var_2, var_428, var_467);
        var_469 = wp::extract(var_2, var_467, var_464);
        var_470 = wp::mul(var_468, var_469);
        var_471 = wp::extract(var_2, var_428, var_467);
        var_472 = wp::extract(var_2, var_467, var_464);
        var_473 = wp::mul(var_471, var_472);
        var_474 = wp::add(var_466, var_473);
        var_476 = wp::extract(var_2, var_428, var_475);
        var_477 = wp::extract(var_2, var_475, var_464);
        var_478 = wp::mul(var_476, var_477);
        var_479 = wp::extract(var_2, var_428, var_475);
        var_480 = wp::extract(var_2, var_475, var_464);
        var_481 = wp::mul(var_479, var_480);
        var_482 = wp::add(var_474, var_481);
        var_484 = wp::extract(var_2, var_428, var_483);
        var_485 = wp::extract(var_2, var_483, var_464);
        var_486 = wp::mul(var_484, var_485);
        var_487 = wp::extract(var_2, var_428, var_483);
        var_488 = wp::extract(var_2, var_483, var_464);
        var_489 = wp::mul(var_487, var_488);
        var_490 = wp::add(var_482, var_489);
        var_492 = wp::extract(var_2, var_428, var_491);
        var_493 = wp::extract(var_2, var_491, var_464);
        var_494 = wp::mul(var_492, var_493);
        var_495 = wp::extract(var_2, var_428, var_491);
        var_496 = wp::extract(var_2, var_491, var_464);
        var_497 = wp::mul(var_495, var_496);
        var_498 = wp::add(var_490, var_497);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_428, var_464, var_498);
        // s = float(0.0)                                                                         <L 71>
        var_501 = wp::float(var_500);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_503 = wp::extract(var_2, var_428, var_502);
        var_504 = wp::extract(var_2, var_502, var_499);
        var_505 = wp::mul(var_503, var_504);
        var_506 = wp::extract(var_2, var_428, var_502);
        var_507 = wp::extract(var_2, var_502, var_499);
        var_508 = wp::mul(var_506, var_507);
        var_509 = wp::add(var_501, var_508);
        var_511 = wp::extract(var_2, var_428, var_510);
        var_512 = wp::extract(var_2, var_510, var_499);
        var_513 = wp::mul(var_511, var_512);
        var_514 = wp::extract(var_2, var_428, var_510);
        var_515 = wp::extract(var_2, var_510, var_499);
        var_516 = wp::mul(var_514, var_515);
        var_517 = wp::add(var_509, var_516);
        var_519 = wp::extract(var_2, var_428, var_518);
        var_520 = wp::extract(var_2, var_518, var_499);
        var_521 = wp::mul(var_519, var_520);
        var_522 = wp::extract(var_2, var_428, var_518);
        var_523 = wp::extract(var_2, var_518, var_499);
        var_524 = wp::mul(var_522, var_523);
        var_525 = wp::add(var_517, var_524);
        var_527 = wp::extract(var_2, var_428, var_526);
        var_528 = wp::extract(var_2, var_526, var_499);
        var_529 = wp::mul(var_527, var_528);
        var_530 = wp::extract(var_2, var_428, var_526);
        var_531 = wp::extract(var_2, var_526, var_499);
        var_532 = wp::mul(var_530, var_531);
        var_533 = wp::add(var_525, var_532);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_428, var_499, var_533);
        // s = float(0.0)                                                                         <L 71>
        var_536 = wp::float(var_535);
        // for k in range(4):                                                                     <L 72>
        // s += A[r, k] * A[k, c]                                                                 <L 73>
        var_538 = wp::extract(var_2, var_428, var_537);
        var_539 = wp::extract(var_2, var_537, var_534);
        var_540 = wp::mul(var_538, var_539);
        var_541 = wp::extract(var_2, var_428, var_537);
        var_542 = wp::extract(var_2, var_537, var_534);
        var_543 = wp::mul(var_541, var_542);
        var_544 = wp::add(var_536, var_543);
        var_546 = wp::extract(var_2, var_428, var_545);
        var_547 = wp::extract(var_2, var_545, var_534);
        var_548 = wp::mul(var_546, var_547);
        var_549 = wp::extract(var_2, var_428, var_545);
        var_550 = wp::extract(var_2, var_545, var_534);
        var_551 = wp::mul(var_549, var_550);
        var_552 = wp::add(var_544, var_551);
        var_554 = wp::extract(var_2, var_428, var_553);
        var_555 = wp::extract(var_2, var_553, var_534);
        var_556 = wp::mul(var_554, var_555);
        var_557 = wp::extract(var_2, var_428, var_553);
        var_558 = wp::extract(var_2, var_553, var_534);
        var_559 = wp::mul(var_557, var_558);
        var_560 = wp::add(var_552, var_559);
        var_562 = wp::extract(var_2, var_428, var_561);
        var_563 = wp::extract(var_2, var_561, var_534);
        var_564 = wp::mul(var_562, var_563);
        var_565 = wp::extract(var_2, var_428, var_561);
        var_566 = wp::extract(var_2, var_561, var_534);
        var_567 = wp::mul(var_565, var_566);
        var_568 = wp::add(var_560, var_567);
        // B[r, c] = s                                                                            <L 74>
        wp::assign_inplace(var_4, var_428, var_534, var_568);
        // out[i] = B                                                                             <L 75>
        // wp::array_store(var_out, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_4, adj_out, adj_0, adj_4);
        // adj: out[i] = B                                                                        <L 75>
        wp::adj_assign_inplace(var_4, var_428, var_534, var_568, adj_4, adj_428, adj_534, adj_568);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_560, var_567, adj_560, adj_567, adj_568);
        wp::adj_mul(var_565, var_566, adj_565, adj_566, adj_567);
        wp::adj_extract(var_2, var_561, var_534, adj_2, adj_561, adj_534, adj_566);
        wp::adj_extract(var_2, var_428, var_561, adj_2, adj_428, adj_561, adj_565);
        wp::adj_mul(var_562, var_563, adj_562, adj_563, adj_564);
        wp::adj_extract(var_2, var_561, var_534, adj_2, adj_561, adj_534, adj_563);
        wp::adj_extract(var_2, var_428, var_561, adj_2, adj_428, adj_561, adj_562);
        wp::adj_add(var_552, var_559, adj_552, adj_559, adj_560);
        wp::adj_mul(var_557, var_558, adj_557, adj_558, adj_559);
        wp::adj_extract(var_2, var_553, var_534, adj_2, adj_553, adj_534, adj_558);
        wp::adj_extract(var_2, var_428, var_553, adj_2, adj_428, adj_553, adj_557);
        wp::adj_mul(var_554, var_555, adj_554, adj_555, adj_556);
        wp::adj_extract(var_2, var_553, var_534, adj_2, adj_553, adj_534, adj_555);
        wp::adj_extract(var_2, var_428, var_553, adj_2, adj_428, adj_553, adj_554);
        wp::adj_add(var_544, var_551, adj_544, adj_551, adj_552);
        wp::adj_mul(var_549, var_550, adj_549, adj_550, adj_551);
        wp::adj_extract(var_2, var_545, var_534, adj_2, adj_545, adj_534, adj_550);
        wp::adj_extract(var_2, var_428, var_545, adj_2, adj_428, adj_545, adj_549);
        wp::adj_mul(var_546, var_547, adj_546, adj_547, adj_548);
        wp::adj_extract(var_2, var_545, var_534, adj_2, adj_545, adj_534, adj_547);
        wp::adj_extract(var_2, var_428, var_545, adj_2, adj_428, adj_545, adj_546);
        wp::adj_add(var_536, var_543, adj_536, adj_543, adj_544);
        wp::adj_mul(var_541, var_542, adj_541, adj_542, adj_543);
        wp::adj_extract(var_2, var_537, var_534, adj_2, adj_537, adj_534, adj_542);
        wp::adj_extract(var_2, var_428, var_537, adj_2, adj_428, adj_537, adj_541);
        wp::adj_mul(var_538, var_539, adj_538, adj_539, adj_540);
        wp::adj_extract(var_2, var_537, var_534, adj_2, adj_537, adj_534, adj_539);
        wp::adj_extract(var_2, var_428, var_537, adj_2, adj_428, adj_537, adj_538);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_535, adj_535, adj_536);
        // adj: s = float(0.0)                                                                    <L 71>
        wp::adj_assign_inplace(var_4, var_428, var_499, var_533, adj_4, adj_428, adj_499, adj_533);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_525, var_532, adj_525, adj_532, adj_533);
        wp::adj_mul(var_530, var_531, adj_530, adj_531, adj_532);
        wp::adj_extract(var_2, var_526, var_499, adj_2, adj_526, adj_499, adj_531);
        wp::adj_extract(var_2, var_428, var_526, adj_2, adj_428, adj_526, adj_530);
        wp::adj_mul(var_527, var_528, adj_527, adj_528, adj_529);
        wp::adj_extract(var_2, var_526, var_499, adj_2, adj_526, adj_499, adj_528);
        wp::adj_extract(var_2, var_428, var_526, adj_2, adj_428, adj_526, adj_527);
        wp::adj_add(var_517, var_524, adj_517, adj_524, adj_525);
        wp::adj_mul(var_522, var_523, adj_522, adj_523, adj_524);
        wp::adj_extract(var_2, var_518, var_499, adj_2, adj_518, adj_499, adj_523);
        wp::adj_extract(var_2, var_428, var_518, adj_2, adj_428, adj_518, adj_522);
        wp::adj_mul(var_519, var_520, adj_519, adj_520, adj_521);
        wp::adj_extract(var_2, var_518, var_499, adj_2, adj_518, adj_499, adj_520);
        wp::adj_extract(var_2, var_428, var_518, adj_2, adj_428, adj_518, adj_519);
        wp::adj_add(var_509, var_516, adj_509, adj_516, adj_517);
        wp::adj_mul(var_514, var_515, adj_514, adj_515, adj_516);
        wp::adj_extract(var_2, var_510, var_499, adj_2, adj_510, adj_499, adj_515);
        wp::adj_extract(var_2, var_428, var_510, adj_2, adj_428, adj_510, adj_514);
        wp::adj_mul(var_511, var_512, adj_511, adj_512, adj_513);
        wp::adj_extract(var_2, var_510, var_499, adj_2, adj_510, adj_499, adj_512);
        wp::adj_extract(var_2, var_428, var_510, adj_2, adj_428, adj_510, adj_511);
        wp::adj_add(var_501, var_508, adj_501, adj_508, adj_509);
        wp::adj_mul(var_506, var_507, adj_506, adj_507, adj_508);
        wp::adj_extract(var_2, var_502, var_499, adj_2, adj_502, adj_499, adj_507);
        wp::adj_extract(var_2, var_428, var_502, adj_2, adj_428, adj_502, adj_506);
        wp::adj_mul(var_503, var_504, adj_503, adj_504, adj_505);
        wp::adj_extract(var_2, var_502, var_499, adj_2, adj_502, adj_499, adj_504);
        wp::adj_extract(var_2, var_428, var_502, adj_2, adj_428, adj_502, adj_503);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_500, adj_500, adj_501);
        // adj: s = float(0.0)                                                                    <L 71>
        wp::adj_assign_inplace(var_4, var_428, var_464, var_498, adj_4, adj_428, adj_464, adj_498);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_490, var_497, adj_490, adj_497, adj_498);
        wp::adj_mul(var_495, var_496, adj_495, adj_496, adj_497);
        wp::adj_extract(var_2, var_491, var_464, adj_2, adj_491, adj_464, adj_496);
        wp::adj_extract(var_2, var_428, var_491, adj_2, adj_428, adj_491, adj_495);
        wp::adj_mul(var_492, var_493, adj_492, adj_493, adj_494);
        wp::adj_extract(var_2, var_491, var_464, adj_2, adj_491, adj_464, adj_493);
        wp::adj_extract(var_2, var_428, var_491, adj_2, adj_428, adj_491, adj_492);
        wp::adj_add(var_482, var_489, adj_482, adj_489, adj_490);
        wp::adj_mul(var_487, var_488, adj_487, adj_488, adj_489);
        wp::adj_extract(var_2, var_483, var_464, adj_2, adj_483, adj_464, adj_488);
        wp::adj_extract(var_2, var_428, var_483, adj_2, adj_428, adj_483, adj_487);
        wp::adj_mul(var_484, var_485, adj_484, adj_485, adj_486);
        wp::adj_extract(var_2, var_483, var_464, adj_2, adj_483, adj_464, adj_485);
        wp::adj_extract(var_2, var_428, var_483, adj_2, adj_428, adj_483, adj_484);
        wp::adj_add(var_474, var_481, adj_474, adj_481, adj_482);
        wp::adj_mul(var_479, var_480, adj_479, adj_480, adj_481);
        wp::adj_extract(var_2, var_475, var_464, adj_2, adj_475, adj_464, adj_480);
        wp::adj_extract(var_2, var_428, var_475, adj_2, adj_428, adj_475, adj_479);
        wp::adj_mul(var_476, var_477, adj_476, adj_477, adj_478);
        wp::adj_extract(var_2, var_475, var_464, adj_2, adj_475, adj_464, adj_477);
        wp::adj_extract(var_2, var_428, var_475, adj_2, adj_428, adj_475, adj_476);
        wp::adj_add(var_466, var_473, adj_466, adj_473, adj_474);
        wp::adj_mul(var_471, var_472, adj_471, adj_472, adj_473);
        wp::adj_extract(var_2, var_467, var_464, adj_2, adj_467, adj_464, adj_472);
        wp::adj_extract(var_2, var_428, var_467, adj_2, adj_428, adj_467, adj_471);
        wp::adj_mul(var_468, var_469, adj_468, adj_469, adj_470);
        wp::adj_extract(var_2, var_467, var_464, adj_2, adj_467, adj_464, adj_469);
        wp::adj_extract(var_2, var_428, var_467, adj_2, adj_428, adj_467, adj_468);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_465, adj_465, adj_466);
        // adj: s = float(0.0)                                                                    <L 71>
        wp::adj_assign_inplace(var_4, var_428, var_429, var_463, adj_4, adj_428, adj_429, adj_463);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_455, var_462, adj_455, adj_462, adj_463);
        wp::adj_mul(var_460, var_461, adj_460, adj_461, adj_462);
        wp::adj_extract(var_2, var_456, var_429, adj_2, adj_456, adj_429, adj_461);
        wp::adj_extract(var_2, var_428, var_456, adj_2, adj_428, adj_456, adj_460);
        wp::adj_mul(var_457, var_458, adj_457, adj_458, adj_459);
        wp::adj_extract(var_2, var_456, var_429, adj_2, adj_456, adj_429, adj_458);
        wp::adj_extract(var_2, var_428, var_456, adj_2, adj_428, adj_456, adj_457);
        wp::adj_add(var_447, var_454, adj_447, adj_454, adj_455);
        wp::adj_mul(var_452, var_453, adj_452, adj_453, adj_454);
        wp::adj_extract(var_2, var_448, var_429, adj_2, adj_448, adj_429, adj_453);
        wp::adj_extract(var_2, var_428, var_448, adj_2, adj_428, adj_448, adj_452);
        wp::adj_mul(var_449, var_450, adj_449, adj_450, adj_451);
        wp::adj_extract(var_2, var_448, var_429, adj_2, adj_448, adj_429, adj_450);
        wp::adj_extract(var_2, var_428, var_448, adj_2, adj_428, adj_448, adj_449);
        wp::adj_add(var_439, var_446, adj_439, adj_446, adj_447);
        wp::adj_mul(var_444, var_445, adj_444, adj_445, adj_446);
        wp::adj_extract(var_2, var_440, var_429, adj_2, adj_440, adj_429, adj_445);
        wp::adj_extract(var_2, var_428, var_440, adj_2, adj_428, adj_440, adj_444);
        wp::adj_mul(var_441, var_442, adj_441, adj_442, adj_443);
        wp::adj_extract(var_2, var_440, var_429, adj_2, adj_440, adj_429, adj_442);
        wp::adj_extract(var_2, var_428, var_440, adj_2, adj_428, adj_440, adj_441);
        wp::adj_add(var_431, var_438, adj_431, adj_438, adj_439);
        wp::adj_mul(var_436, var_437, adj_436, adj_437, adj_438);
        wp::adj_extract(var_2, var_432, var_429, adj_2, adj_432, adj_429, adj_437);
        wp::adj_extract(var_2, var_428, var_432, adj_2, adj_428, adj_432, adj_436);
        wp::adj_mul(var_433, var_434, adj_433, adj_434, adj_435);
        wp::adj_extract(var_2, var_432, var_429, adj_2, adj_432, adj_429, adj_434);
        wp::adj_extract(var_2, var_428, var_432, adj_2, adj_428, adj_432, adj_433);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_430, adj_430, adj_431);
        // adj: s = float(0.0)                                                                    <L 71>
        // adj: for c in range(4):                                                                <L 70>
        wp::adj_assign_inplace(var_4, var_287, var_393, var_427, adj_4, adj_287, adj_393, adj_427);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_419, var_426, adj_419, adj_426, adj_427);
        wp::adj_mul(var_424, var_425, adj_424, adj_425, adj_426);
        wp::adj_extract(var_2, var_420, var_393, adj_2, adj_420, adj_393, adj_425);
        wp::adj_extract(var_2, var_287, var_420, adj_2, adj_287, adj_420, adj_424);
        wp::adj_mul(var_421, var_422, adj_421, adj_422, adj_423);
        wp::adj_extract(var_2, var_420, var_393, adj_2, adj_420, adj_393, adj_422);
        wp::adj_extract(var_2, var_287, var_420, adj_2, adj_287, adj_420, adj_421);
        wp::adj_add(var_411, var_418, adj_411, adj_418, adj_419);
        wp::adj_mul(var_416, var_417, adj_416, adj_417, adj_418);
        wp::adj_extract(var_2, var_412, var_393, adj_2, adj_412, adj_393, adj_417);
        wp::adj_extract(var_2, var_287, var_412, adj_2, adj_287, adj_412, adj_416);
        wp::adj_mul(var_413, var_414, adj_413, adj_414, adj_415);
        wp::adj_extract(var_2, var_412, var_393, adj_2, adj_412, adj_393, adj_414);
        wp::adj_extract(var_2, var_287, var_412, adj_2, adj_287, adj_412, adj_413);
        wp::adj_add(var_403, var_410, adj_403, adj_410, adj_411);
        wp::adj_mul(var_408, var_409, adj_408, adj_409, adj_410);
        wp::adj_extract(var_2, var_404, var_393, adj_2, adj_404, adj_393, adj_409);
        wp::adj_extract(var_2, var_287, var_404, adj_2, adj_287, adj_404, adj_408);
        wp::adj_mul(var_405, var_406, adj_405, adj_406, adj_407);
        wp::adj_extract(var_2, var_404, var_393, adj_2, adj_404, adj_393, adj_406);
        wp::adj_extract(var_2, var_287, var_404, adj_2, adj_287, adj_404, adj_405);
        wp::adj_add(var_395, var_402, adj_395, adj_402, adj_403);
        wp::adj_mul(var_400, var_401, adj_400, adj_401, adj_402);
        wp::adj_extract(var_2, var_396, var_393, adj_2, adj_396, adj_393, adj_401);
        wp::adj_extract(var_2, var_287, var_396, adj_2, adj_287, adj_396, adj_400);
        wp::adj_mul(var_397, var_398, adj_397, adj_398, adj_399);
        wp::adj_extract(var_2, var_396, var_393, adj_2, adj_396, adj_393, adj_398);
        wp::adj_extract(var_2, var_287, var_396, adj_2, adj_287, adj_396, adj_397);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_394, adj_394, adj_395);
        // adj: s = float(0.0)                                                                    <L 71>
        wp::adj_assign_inplace(var_4, var_287, var_358, var_392, adj_4, adj_287, adj_358, adj_392);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_384, var_391, adj_384, adj_391, adj_392);
        wp::adj_mul(var_389, var_390, adj_389, adj_390, adj_391);
        wp::adj_extract(var_2, var_385, var_358, adj_2, adj_385, adj_358, adj_390);
        wp::adj_extract(var_2, var_287, var_385, adj_2, adj_287, adj_385, adj_389);
        wp::adj_mul(var_386, var_387, adj_386, adj_387, adj_388);
        wp::adj_extract(var_2, var_385, var_358, adj_2, adj_385, adj_358, adj_387);
        wp::adj_extract(var_2, var_287, var_385, adj_2, adj_287, adj_385, adj_386);
        wp::adj_add(var_376, var_383, adj_376, adj_383, adj_384);
        wp::adj_mul(var_381, var_382, adj_381, adj_382, adj_383);
        wp::adj_extract(var_2, var_377, var_358, adj_2, adj_377, adj_358, adj_382);
        wp::adj_extract(var_2, var_287, var_377, adj_2, adj_287, adj_377, adj_381);
        wp::adj_mul(var_378, var_379, adj_378, adj_379, adj_380);
        wp::adj_extract(var_2, var_377, var_358, adj_2, adj_377, adj_358, adj_379);
        wp::adj_extract(var_2, var_287, var_377, adj_2, adj_287, adj_377, adj_378);
        wp::adj_add(var_368, var_375, adj_368, adj_375, adj_376);
        wp::adj_mul(var_373, var_374, adj_373, adj_374, adj_375);
        wp::adj_extract(var_2, var_369, var_358, adj_2, adj_369, adj_358, adj_374);
        wp::adj_extract(var_2, var_287, var_369, adj_2, adj_287, adj_369, adj_373);
        wp::adj_mul(var_370, var_371, adj_370, adj_371, adj_372);
        wp::adj_extract(var_2, var_369, var_358, adj_2, adj_369, adj_358, adj_371);
        wp::adj_extract(var_2, var_287, var_369, adj_2, adj_287, adj_369, adj_370);
        wp::adj_add(var_360, var_367, adj_360, adj_367, adj_368);
        wp::adj_mul(var_365, var_366, adj_365, adj_366, adj_367);
        wp::adj_extract(var_2, var_361, var_358, adj_2, adj_361, adj_358, adj_366);
        wp::adj_extract(var_2, var_287, var_361, adj_2, adj_287, adj_361, adj_365);
        wp::adj_mul(var_362, var_363, adj_362, adj_363, adj_364);
        wp::adj_extract(var_2, var_361, var_358, adj_2, adj_361, adj_358, adj_363);
        wp::adj_extract(var_2, var_287, var_361, adj_2, adj_287, adj_361, adj_362);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_359, adj_359, adj_360);
        // adj: s = float(0.0)                                                                    <L 71>
        wp::adj_assign_inplace(var_4, var_287, var_323, var_357, adj_4, adj_287, adj_323, adj_357);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_349, var_356, adj_349, adj_356, adj_357);
        wp::adj_mul(var_354, var_355, adj_354, adj_355, adj_356);
        wp::adj_extract(var_2, var_350, var_323, adj_2, adj_350, adj_323, adj_355);
        wp::adj_extract(var_2, var_287, var_350, adj_2, adj_287, adj_350, adj_354);
        wp::adj_mul(var_351, var_352, adj_351, adj_352, adj_353);
        wp::adj_extract(var_2, var_350, var_323, adj_2, adj_350, adj_323, adj_352);
        wp::adj_extract(var_2, var_287, var_350, adj_2, adj_287, adj_350, adj_351);
        wp::adj_add(var_341, var_348, adj_341, adj_348, adj_349);
        wp::adj_mul(var_346, var_347, adj_346, adj_347, adj_348);
        wp::adj_extract(var_2, var_342, var_323, adj_2, adj_342, adj_323, adj_347);
        wp::adj_extract(var_2, var_287, var_342, adj_2, adj_287, adj_342, adj_346);
        wp::adj_mul(var_343, var_344, adj_343, adj_344, adj_345);
        wp::adj_extract(var_2, var_342, var_323, adj_2, adj_342, adj_323, adj_344);
        wp::adj_extract(var_2, var_287, var_342, adj_2, adj_287, adj_342, adj_343);
        wp::adj_add(var_333, var_340, adj_333, adj_340, adj_341);
        wp::adj_mul(var_338, var_339, adj_338, adj_339, adj_340);
        wp::adj_extract(var_2, var_334, var_323, adj_2, adj_334, adj_323, adj_339);
        wp::adj_extract(var_2, var_287, var_334, adj_2, adj_287, adj_334, adj_338);
        wp::adj_mul(var_335, var_336, adj_335, adj_336, adj_337);
        wp::adj_extract(var_2, var_334, var_323, adj_2, adj_334, adj_323, adj_336);
        wp::adj_extract(var_2, var_287, var_334, adj_2, adj_287, adj_334, adj_335);
        wp::adj_add(var_325, var_332, adj_325, adj_332, adj_333);
        wp::adj_mul(var_330, var_331, adj_330, adj_331, adj_332);
        wp::adj_extract(var_2, var_326, var_323, adj_2, adj_326, adj_323, adj_331);
        wp::adj_extract(var_2, var_287, var_326, adj_2, adj_287, adj_326, adj_330);
        wp::adj_mul(var_327, var_328, adj_327, adj_328, adj_329);
        wp::adj_extract(var_2, var_326, var_323, adj_2, adj_326, adj_323, adj_328);
        wp::adj_extract(var_2, var_287, var_326, adj_2, adj_287, adj_326, adj_327);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_324, adj_324, adj_325);
        // adj: s = float(0.0)                                                                    <L 71>
        wp::adj_assign_inplace(var_4, var_287, var_288, var_322, adj_4, adj_287, adj_288, adj_322);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_314, var_321, adj_314, adj_321, adj_322);
        wp::adj_mul(var_319, var_320, adj_319, adj_320, adj_321);
        wp::adj_extract(var_2, var_315, var_288, adj_2, adj_315, adj_288, adj_320);
        wp::adj_extract(var_2, var_287, var_315, adj_2, adj_287, adj_315, adj_319);
        wp::adj_mul(var_316, var_317, adj_316, adj_317, adj_318);
        wp::adj_extract(var_2, var_315, var_288, adj_2, adj_315, adj_288, adj_317);
        wp::adj_extract(var_2, var_287, var_315, adj_2, adj_287, adj_315, adj_316);
        wp::adj_add(var_306, var_313, adj_306, adj_313, adj_314);
        wp::adj_mul(var_311, var_312, adj_311, adj_312, adj_313);
        wp::adj_extract(var_2, var_307, var_288, adj_2, adj_307, adj_288, adj_312);
        wp::adj_extract(var_2, var_287, var_307, adj_2, adj_287, adj_307, adj_311);
        wp::adj_mul(var_308, var_309, adj_308, adj_309, adj_310);
        wp::adj_extract(var_2, var_307, var_288, adj_2, adj_307, adj_288, adj_309);
        wp::adj_extract(var_2, var_287, var_307, adj_2, adj_287, adj_307, adj_308);
        wp::adj_add(var_298, var_305, adj_298, adj_305, adj_306);
        wp::adj_mul(var_303, var_304, adj_303, adj_304, adj_305);
        wp::adj_extract(var_2, var_299, var_288, adj_2, adj_299, adj_288, adj_304);
        wp::adj_extract(var_2, var_287, var_299, adj_2, adj_287, adj_299, adj_303);
        wp::adj_mul(var_300, var_301, adj_300, adj_301, adj_302);
        wp::adj_extract(var_2, var_299, var_288, adj_2, adj_299, adj_288, adj_301);
        wp::adj_extract(var_2, var_287, var_299, adj_2, adj_287, adj_299, adj_300);
        wp::adj_add(var_290, var_297, adj_290, adj_297, adj_298);
        wp::adj_mul(var_295, var_296, adj_295, adj_296, adj_297);
        wp::adj_extract(var_2, var_291, var_288, adj_2, adj_291, adj_288, adj_296);
        wp::adj_extract(var_2, var_287, var_291, adj_2, adj_287, adj_291, adj_295);
        wp::adj_mul(var_292, var_293, adj_292, adj_293, adj_294);
        wp::adj_extract(var_2, var_291, var_288, adj_2, adj_291, adj_288, adj_293);
        wp::adj_extract(var_2, var_287, var_291, adj_2, adj_287, adj_291, adj_292);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_289, adj_289, adj_290);
        // adj: s = float(0.0)                                                                    <L 71>
        // adj: for c in range(4):                                                                <L 70>
        wp::adj_assign_inplace(var_4, var_146, var_252, var_286, adj_4, adj_146, adj_252, adj_286);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_278, var_285, adj_278, adj_285, adj_286);
        wp::adj_mul(var_283, var_284, adj_283, adj_284, adj_285);
        wp::adj_extract(var_2, var_279, var_252, adj_2, adj_279, adj_252, adj_284);
        wp::adj_extract(var_2, var_146, var_279, adj_2, adj_146, adj_279, adj_283);
        wp::adj_mul(var_280, var_281, adj_280, adj_281, adj_282);
        wp::adj_extract(var_2, var_279, var_252, adj_2, adj_279, adj_252, adj_281);
        wp::adj_extract(var_2, var_146, var_279, adj_2, adj_146, adj_279, adj_280);
        wp::adj_add(var_270, var_277, adj_270, adj_277, adj_278);
        wp::adj_mul(var_275, var_276, adj_275, adj_276, adj_277);
        wp::adj_extract(var_2, var_271, var_252, adj_2, adj_271, adj_252, adj_276);
        wp::adj_extract(var_2, var_146, var_271, adj_2, adj_146, adj_271, adj_275);
        wp::adj_mul(var_272, var_273, adj_272, adj_273, adj_274);
        wp::adj_extract(var_2, var_271, var_252, adj_2, adj_271, adj_252, adj_273);
        wp::adj_extract(var_2, var_146, var_271, adj_2, adj_146, adj_271, adj_272);
        wp::adj_add(var_262, var_269, adj_262, adj_269, adj_270);
        wp::adj_mul(var_267, var_268, adj_267, adj_268, adj_269);
        wp::adj_extract(var_2, var_263, var_252, adj_2, adj_263, adj_252, adj_268);
        wp::adj_extract(var_2, var_146, var_263, adj_2, adj_146, adj_263, adj_267);
        wp::adj_mul(var_264, var_265, adj_264, adj_265, adj_266);
        wp::adj_extract(var_2, var_263, var_252, adj_2, adj_263, adj_252, adj_265);
        wp::adj_extract(var_2, var_146, var_263, adj_2, adj_146, adj_263, adj_264);
        wp::adj_add(var_254, var_261, adj_254, adj_261, adj_262);
        wp::adj_mul(var_259, var_260, adj_259, adj_260, adj_261);
        wp::adj_extract(var_2, var_255, var_252, adj_2, adj_255, adj_252, adj_260);
        wp::adj_extract(var_2, var_146, var_255, adj_2, adj_146, adj_255, adj_259);
        wp::adj_mul(var_256, var_257, adj_256, adj_257, adj_258);
        wp::adj_extract(var_2, var_255, var_252, adj_2, adj_255, adj_252, adj_257);
        wp::adj_extract(var_2, var_146, var_255, adj_2, adj_146, adj_255, adj_256);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_253, adj_253, adj_254);
        // adj: s = float(0.0)                                                                    <L 71>
        wp::adj_assign_inplace(var_4, var_146, var_217, var_251, adj_4, adj_146, adj_217, adj_251);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_243, var_250, adj_243, adj_250, adj_251);
        wp::adj_mul(var_248, var_249, adj_248, adj_249, adj_250);
        wp::adj_extract(var_2, var_244, var_217, adj_2, adj_244, adj_217, adj_249);
        wp::adj_extract(var_2, var_146, var_244, adj_2, adj_146, adj_244, adj_248);
        wp::adj_mul(var_245, var_246, adj_245, adj_246, adj_247);
        wp::adj_extract(var_2, var_244, var_217, adj_2, adj_244, adj_217, adj_246);
        wp::adj_extract(var_2, var_146, var_244, adj_2, adj_146, adj_244, adj_245);
        wp::adj_add(var_235, var_242, adj_235, adj_242, adj_243);
        wp::adj_mul(var_240, var_241, adj_240, adj_241, adj_242);
        wp::adj_extract(var_2, var_236, var_217, adj_2, adj_236, adj_217, adj_241);
        wp::adj_extract(var_2, var_146, var_236, adj_2, adj_146, adj_236, adj_240);
        wp::adj_mul(var_237, var_238, adj_237, adj_238, adj_239);
        wp::adj_extract(var_2, var_236, var_217, adj_2, adj_236, adj_217, adj_238);
        wp::adj_extract(var_2, var_146, var_236, adj_2, adj_146, adj_236, adj_237);
        wp::adj_add(var_227, var_234, adj_227, adj_234, adj_235);
        wp::adj_mul(var_232, var_233, adj_232, adj_233, adj_234);
        wp::adj_extract(var_2, var_228, var_217, adj_2, adj_228, adj_217, adj_233);
        wp::adj_extract(var_2, var_146, var_228, adj_2, adj_146, adj_228, adj_232);
        wp::adj_mul(var_229, var_230, adj_229, adj_230, adj_231);
        wp::adj_extract(var_2, var_228, var_217, adj_2, adj_228, adj_217, adj_230);
        wp::adj_extract(var_2, var_146, var_228, adj_2, adj_146, adj_228, adj_229);
        wp::adj_add(var_219, var_226, adj_219, adj_226, adj_227);
        wp::adj_mul(var_224, var_225, adj_224, adj_225, adj_226);
        wp::adj_extract(var_2, var_220, var_217, adj_2, adj_220, adj_217, adj_225);
        wp::adj_extract(var_2, var_146, var_220, adj_2, adj_146, adj_220, adj_224);
        wp::adj_mul(var_221, var_222, adj_221, adj_222, adj_223);
        wp::adj_extract(var_2, var_220, var_217, adj_2, adj_220, adj_217, adj_222);
        wp::adj_extract(var_2, var_146, var_220, adj_2, adj_146, adj_220, adj_221);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_218, adj_218, adj_219);
        // adj: s = float(0.0)                                                                    <L 71>
        wp::adj_assign_inplace(var_4, var_146, var_182, var_216, adj_4, adj_146, adj_182, adj_216);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_208, var_215, adj_208, adj_215, adj_216);
        wp::adj_mul(var_213, var_214, adj_213, adj_214, adj_215);
        wp::adj_extract(var_2, var_209, var_182, adj_2, adj_209, adj_182, adj_214);
        wp::adj_extract(var_2, var_146, var_209, adj_2, adj_146, adj_209, adj_213);
        wp::adj_mul(var_210, var_211, adj_210, adj_211, adj_212);
        wp::adj_extract(var_2, var_209, var_182, adj_2, adj_209, adj_182, adj_211);
        wp::adj_extract(var_2, var_146, var_209, adj_2, adj_146, adj_209, adj_210);
        wp::adj_add(var_200, var_207, adj_200, adj_207, adj_208);
        wp::adj_mul(var_205, var_206, adj_205, adj_206, adj_207);
        wp::adj_extract(var_2, var_201, var_182, adj_2, adj_201, adj_182, adj_206);
        wp::adj_extract(var_2, var_146, var_201, adj_2, adj_146, adj_201, adj_205);
        wp::adj_mul(var_202, var_203, adj_202, adj_203, adj_204);
        wp::adj_extract(var_2, var_201, var_182, adj_2, adj_201, adj_182, adj_203);
        wp::adj_extract(var_2, var_146, var_201, adj_2, adj_146, adj_201, adj_202);
        wp::adj_add(var_192, var_199, adj_192, adj_199, adj_200);
        wp::adj_mul(var_197, var_198, adj_197, adj_198, adj_199);
        wp::adj_extract(var_2, var_193, var_182, adj_2, adj_193, adj_182, adj_198);
        wp::adj_extract(var_2, var_146, var_193, adj_2, adj_146, adj_193, adj_197);
        wp::adj_mul(var_194, var_195, adj_194, adj_195, adj_196);
        wp::adj_extract(var_2, var_193, var_182, adj_2, adj_193, adj_182, adj_195);
        wp::adj_extract(var_2, var_146, var_193, adj_2, adj_146, adj_193, adj_194);
        wp::adj_add(var_184, var_191, adj_184, adj_191, adj_192);
        wp::adj_mul(var_189, var_190, adj_189, adj_190, adj_191);
        wp::adj_extract(var_2, var_185, var_182, adj_2, adj_185, adj_182, adj_190);
        wp::adj_extract(var_2, var_146, var_185, adj_2, adj_146, adj_185, adj_189);
        wp::adj_mul(var_186, var_187, adj_186, adj_187, adj_188);
        wp::adj_extract(var_2, var_185, var_182, adj_2, adj_185, adj_182, adj_187);
        wp::adj_extract(var_2, var_146, var_185, adj_2, adj_146, adj_185, adj_186);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_183, adj_183, adj_184);
        // adj: s = float(0.0)                                                                    <L 71>
        wp::adj_assign_inplace(var_4, var_146, var_147, var_181, adj_4, adj_146, adj_147, adj_181);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_173, var_180, adj_173, adj_180, adj_181);
        wp::adj_mul(var_178, var_179, adj_178, adj_179, adj_180);
        wp::adj_extract(var_2, var_174, var_147, adj_2, adj_174, adj_147, adj_179);
        wp::adj_extract(var_2, var_146, var_174, adj_2, adj_146, adj_174, adj_178);
        wp::adj_mul(var_175, var_176, adj_175, adj_176, adj_177);
        wp::adj_extract(var_2, var_174, var_147, adj_2, adj_174, adj_147, adj_176);
        wp::adj_extract(var_2, var_146, var_174, adj_2, adj_146, adj_174, adj_175);
        wp::adj_add(var_165, var_172, adj_165, adj_172, adj_173);
        wp::adj_mul(var_170, var_171, adj_170, adj_171, adj_172);
        wp::adj_extract(var_2, var_166, var_147, adj_2, adj_166, adj_147, adj_171);
        wp::adj_extract(var_2, var_146, var_166, adj_2, adj_146, adj_166, adj_170);
        wp::adj_mul(var_167, var_168, adj_167, adj_168, adj_169);
        wp::adj_extract(var_2, var_166, var_147, adj_2, adj_166, adj_147, adj_168);
        wp::adj_extract(var_2, var_146, var_166, adj_2, adj_146, adj_166, adj_167);
        wp::adj_add(var_157, var_164, adj_157, adj_164, adj_165);
        wp::adj_mul(var_162, var_163, adj_162, adj_163, adj_164);
        wp::adj_extract(var_2, var_158, var_147, adj_2, adj_158, adj_147, adj_163);
        wp::adj_extract(var_2, var_146, var_158, adj_2, adj_146, adj_158, adj_162);
        wp::adj_mul(var_159, var_160, adj_159, adj_160, adj_161);
        wp::adj_extract(var_2, var_158, var_147, adj_2, adj_158, adj_147, adj_160);
        wp::adj_extract(var_2, var_146, var_158, adj_2, adj_146, adj_158, adj_159);
        wp::adj_add(var_149, var_156, adj_149, adj_156, adj_157);
        wp::adj_mul(var_154, var_155, adj_154, adj_155, adj_156);
        wp::adj_extract(var_2, var_150, var_147, adj_2, adj_150, adj_147, adj_155);
        wp::adj_extract(var_2, var_146, var_150, adj_2, adj_146, adj_150, adj_154);
        wp::adj_mul(var_151, var_152, adj_151, adj_152, adj_153);
        wp::adj_extract(var_2, var_150, var_147, adj_2, adj_150, adj_147, adj_152);
        wp::adj_extract(var_2, var_146, var_150, adj_2, adj_146, adj_150, adj_151);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_148, adj_148, adj_149);
        // adj: s = float(0.0)                                                                    <L 71>
        // adj: for c in range(4):                                                                <L 70>
        wp::adj_assign_inplace(var_4, var_5, var_111, var_145, adj_4, adj_5, adj_111, adj_145);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_137, var_144, adj_137, adj_144, adj_145);
        wp::adj_mul(var_142, var_143, adj_142, adj_143, adj_144);
        wp::adj_extract(var_2, var_138, var_111, adj_2, adj_138, adj_111, adj_143);
        wp::adj_extract(var_2, var_5, var_138, adj_2, adj_5, adj_138, adj_142);
        wp::adj_mul(var_139, var_140, adj_139, adj_140, adj_141);
        wp::adj_extract(var_2, var_138, var_111, adj_2, adj_138, adj_111, adj_140);
        wp::adj_extract(var_2, var_5, var_138, adj_2, adj_5, adj_138, adj_139);
        wp::adj_add(var_129, var_136, adj_129, adj_136, adj_137);
        wp::adj_mul(var_134, var_135, adj_134, adj_135, adj_136);
        wp::adj_extract(var_2, var_130, var_111, adj_2, adj_130, adj_111, adj_135);
        wp::adj_extract(var_2, var_5, var_130, adj_2, adj_5, adj_130, adj_134);
        wp::adj_mul(var_131, var_132, adj_131, adj_132, adj_133);
        wp::adj_extract(var_2, var_130, var_111, adj_2, adj_130, adj_111, adj_132);
        wp::adj_extract(var_2, var_5, var_130, adj_2, adj_5, adj_130, adj_131);
        wp::adj_add(var_121, var_128, adj_121, adj_128, adj_129);
        wp::adj_mul(var_126, var_127, adj_126, adj_127, adj_128);
        wp::adj_extract(var_2, var_122, var_111, adj_2, adj_122, adj_111, adj_127);
        wp::adj_extract(var_2, var_5, var_122, adj_2, adj_5, adj_122, adj_126);
        wp::adj_mul(var_123, var_124, adj_123, adj_124, adj_125);
        wp::adj_extract(var_2, var_122, var_111, adj_2, adj_122, adj_111, adj_124);
        wp::adj_extract(var_2, var_5, var_122, adj_2, adj_5, adj_122, adj_123);
        wp::adj_add(var_113, var_120, adj_113, adj_120, adj_121);
        wp::adj_mul(var_118, var_119, adj_118, adj_119, adj_120);
        wp::adj_extract(var_2, var_114, var_111, adj_2, adj_114, adj_111, adj_119);
        wp::adj_extract(var_2, var_5, var_114, adj_2, adj_5, adj_114, adj_118);
        wp::adj_mul(var_115, var_116, adj_115, adj_116, adj_117);
        wp::adj_extract(var_2, var_114, var_111, adj_2, adj_114, adj_111, adj_116);
        wp::adj_extract(var_2, var_5, var_114, adj_2, adj_5, adj_114, adj_115);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_112, adj_112, adj_113);
        // adj: s = float(0.0)                                                                    <L 71>
        wp::adj_assign_inplace(var_4, var_5, var_76, var_110, adj_4, adj_5, adj_76, adj_110);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_102, var_109, adj_102, adj_109, adj_110);
        wp::adj_mul(var_107, var_108, adj_107, adj_108, adj_109);
        wp::adj_extract(var_2, var_103, var_76, adj_2, adj_103, adj_76, adj_108);
        wp::adj_extract(var_2, var_5, var_103, adj_2, adj_5, adj_103, adj_107);
        wp::adj_mul(var_104, var_105, adj_104, adj_105, adj_106);
        wp::adj_extract(var_2, var_103, var_76, adj_2, adj_103, adj_76, adj_105);
        wp::adj_extract(var_2, var_5, var_103, adj_2, adj_5, adj_103, adj_104);
        wp::adj_add(var_94, var_101, adj_94, adj_101, adj_102);
        wp::adj_mul(var_99, var_100, adj_99, adj_100, adj_101);
        wp::adj_extract(var_2, var_95, var_76, adj_2, adj_95, adj_76, adj_100);
        wp::adj_extract(var_2, var_5, var_95, adj_2, adj_5, adj_95, adj_99);
        wp::adj_mul(var_96, var_97, adj_96, adj_97, adj_98);
        wp::adj_extract(var_2, var_95, var_76, adj_2, adj_95, adj_76, adj_97);
        wp::adj_extract(var_2, var_5, var_95, adj_2, adj_5, adj_95, adj_96);
        wp::adj_add(var_86, var_93, adj_86, adj_93, adj_94);
        wp::adj_mul(var_91, var_92, adj_91, adj_92, adj_93);
        wp::adj_extract(var_2, var_87, var_76, adj_2, adj_87, adj_76, adj_92);
        wp::adj_extract(var_2, var_5, var_87, adj_2, adj_5, adj_87, adj_91);
        wp::adj_mul(var_88, var_89, adj_88, adj_89, adj_90);
        wp::adj_extract(var_2, var_87, var_76, adj_2, adj_87, adj_76, adj_89);
        wp::adj_extract(var_2, var_5, var_87, adj_2, adj_5, adj_87, adj_88);
        wp::adj_add(var_78, var_85, adj_78, adj_85, adj_86);
        wp::adj_mul(var_83, var_84, adj_83, adj_84, adj_85);
        wp::adj_extract(var_2, var_79, var_76, adj_2, adj_79, adj_76, adj_84);
        wp::adj_extract(var_2, var_5, var_79, adj_2, adj_5, adj_79, adj_83);
        wp::adj_mul(var_80, var_81, adj_80, adj_81, adj_82);
        wp::adj_extract(var_2, var_79, var_76, adj_2, adj_79, adj_76, adj_81);
        wp::adj_extract(var_2, var_5, var_79, adj_2, adj_5, adj_79, adj_80);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_77, adj_77, adj_78);
        // adj: s = float(0.0)                                                                    <L 71>
        wp::adj_assign_inplace(var_4, var_5, var_41, var_75, adj_4, adj_5, adj_41, adj_75);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_67, var_74, adj_67, adj_74, adj_75);
        wp::adj_mul(var_72, var_73, adj_72, adj_73, adj_74);
        wp::adj_extract(var_2, var_68, var_41, adj_2, adj_68, adj_41, adj_73);
        wp::adj_extract(var_2, var_5, var_68, adj_2, adj_5, adj_68, adj_72);
        wp::adj_mul(var_69, var_70, adj_69, adj_70, adj_71);
        wp::adj_extract(var_2, var_68, var_41, adj_2, adj_68, adj_41, adj_70);
        wp::adj_extract(var_2, var_5, var_68, adj_2, adj_5, adj_68, adj_69);
        wp::adj_add(var_59, var_66, adj_59, adj_66, adj_67);
        wp::adj_mul(var_64, var_65, adj_64, adj_65, adj_66);
        wp::adj_extract(var_2, var_60, var_41, adj_2, adj_60, adj_41, adj_65);
        wp::adj_extract(var_2, var_5, var_60, adj_2, adj_5, adj_60, adj_64);
        wp::adj_mul(var_61, var_62, adj_61, adj_62, adj_63);
        wp::adj_extract(var_2, var_60, var_41, adj_2, adj_60, adj_41, adj_62);
        wp::adj_extract(var_2, var_5, var_60, adj_2, adj_5, adj_60, adj_61);
        wp::adj_add(var_51, var_58, adj_51, adj_58, adj_59);
        wp::adj_mul(var_56, var_57, adj_56, adj_57, adj_58);
        wp::adj_extract(var_2, var_52, var_41, adj_2, adj_52, adj_41, adj_57);
        wp::adj_extract(var_2, var_5, var_52, adj_2, adj_5, adj_52, adj_56);
        wp::adj_mul(var_53, var_54, adj_53, adj_54, adj_55);
        wp::adj_extract(var_2, var_52, var_41, adj_2, adj_52, adj_41, adj_54);
        wp::adj_extract(var_2, var_5, var_52, adj_2, adj_5, adj_52, adj_53);
        wp::adj_add(var_43, var_50, adj_43, adj_50, adj_51);
        wp::adj_mul(var_48, var_49, adj_48, adj_49, adj_50);
        wp::adj_extract(var_2, var_44, var_41, adj_2, adj_44, adj_41, adj_49);
        wp::adj_extract(var_2, var_5, var_44, adj_2, adj_5, adj_44, adj_48);
        wp::adj_mul(var_45, var_46, adj_45, adj_46, adj_47);
        wp::adj_extract(var_2, var_44, var_41, adj_2, adj_44, adj_41, adj_46);
        wp::adj_extract(var_2, var_5, var_44, adj_2, adj_5, adj_44, adj_45);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_42, adj_42, adj_43);
        // adj: s = float(0.0)                                                                    <L 71>
        wp::adj_assign_inplace(var_4, var_5, var_6, var_40, adj_4, adj_5, adj_6, adj_40);
        // adj: B[r, c] = s                                                                       <L 74>
        wp::adj_add(var_32, var_39, adj_32, adj_39, adj_40);
        wp::adj_mul(var_37, var_38, adj_37, adj_38, adj_39);
        wp::adj_extract(var_2, var_33, var_6, adj_2, adj_33, adj_6, adj_38);
        wp::adj_extract(var_2, var_5, var_33, adj_2, adj_5, adj_33, adj_37);
        wp::adj_mul(var_34, var_35, adj_34, adj_35, adj_36);
        wp::adj_extract(var_2, var_33, var_6, adj_2, adj_33, adj_6, adj_35);
        wp::adj_extract(var_2, var_5, var_33, adj_2, adj_5, adj_33, adj_34);
        wp::adj_add(var_24, var_31, adj_24, adj_31, adj_32);
        wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
        wp::adj_extract(var_2, var_25, var_6, adj_2, adj_25, adj_6, adj_30);
        wp::adj_extract(var_2, var_5, var_25, adj_2, adj_5, adj_25, adj_29);
        wp::adj_mul(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_extract(var_2, var_25, var_6, adj_2, adj_25, adj_6, adj_27);
        wp::adj_extract(var_2, var_5, var_25, adj_2, adj_5, adj_25, adj_26);
        wp::adj_add(var_16, var_23, adj_16, adj_23, adj_24);
        wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_extract(var_2, var_17, var_6, adj_2, adj_17, adj_6, adj_22);
        wp::adj_extract(var_2, var_5, var_17, adj_2, adj_5, adj_17, adj_21);
        wp::adj_mul(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_extract(var_2, var_17, var_6, adj_2, adj_17, adj_6, adj_19);
        wp::adj_extract(var_2, var_5, var_17, adj_2, adj_5, adj_17, adj_18);
        wp::adj_add(var_8, var_15, adj_8, adj_15, adj_16);
        wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_extract(var_2, var_9, var_6, adj_2, adj_9, adj_6, adj_14);
        wp::adj_extract(var_2, var_5, var_9, adj_2, adj_5, adj_9, adj_13);
        wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_extract(var_2, var_9, var_6, adj_2, adj_9, adj_6, adj_11);
        wp::adj_extract(var_2, var_5, var_9, adj_2, adj_5, adj_9, adj_10);
        // adj: s += A[r, k] * A[k, c]                                                            <L 73>
        // adj: for k in range(4):                                                                <L 72>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: s = float(0.0)                                                                    <L 71>
        // adj: for c in range(4):                                                                <L 70>
        // adj: for r in range(4):                                                                <L 69>
        // adj: B = wp.mat44()                                                                    <L 68>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_1);
        // adj: A = m[i]                                                                          <L 67>
        // adj: i = wp.tid()                                                                      <L 66>
        // adj: def nested_unrolled(m: wp.array(dtype=wp.mat44), out: wp.array(dtype=wp.mat44)):  <L 65>
        continue;
    }
}



extern "C" __global__ void loop_var_after_d127024a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        const wp::int32 var_3 = 0;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 2;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 3;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::shape_t var_26;
        wp::range_t var_27;
        wp::int32 var_28;
        wp::float32* var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        //---------
        // forward
        // def loop_var_after(x: wp.array(dtype=float), y: wp.array(dtype=float)):                <L 79>
        // i = wp.tid()                                                                           <L 80>
        var_0 = builtin_tid1d();
        // last = float(0.0)                                                                      <L 81>
        var_2 = wp::float(var_1);
        // for k in range(4):                                                                     <L 82>
        // last = x[i] * float(k)                                                                 <L 83>
        var_4 = wp::address(var_x, var_0);
        var_5 = wp::float(var_3);
        var_7 = wp::load(var_4);
        var_6 = wp::mul(var_7, var_5);
        var_9 = wp::address(var_x, var_0);
        var_10 = wp::float(var_8);
        var_12 = wp::load(var_9);
        var_11 = wp::mul(var_12, var_10);
        var_14 = wp::address(var_x, var_0);
        var_15 = wp::float(var_13);
        var_17 = wp::load(var_14);
        var_16 = wp::mul(var_17, var_15);
        var_19 = wp::address(var_x, var_0);
        var_20 = wp::float(var_18);
        var_22 = wp::load(var_19);
        var_21 = wp::mul(var_22, var_20);
        // n = x.shape[0]                                                                         <L 84>
        var_23 = &(var_x.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        // for k in range(n):                                                                     <L 85>
        var_27 = wp::range(var_25);
        start_for_0:;
            if (iter_cmp(var_27) == 0) goto end_for_0;
            var_28 = wp::iter_next(var_27);
            // last += x[k]                                                                       <L 86>
            var_29 = wp::address(var_x, var_28);
            var_30 = wp::address(var_x, var_28);
            var_32 = wp::load(var_30);
            var_31 = wp::add(var_21, var_32);
            wp::assign(var_21, var_31);
            goto start_for_0;
        end_for_0:;
        // y[i] = last                                                                            <L 87>
        wp::array_store(var_y, var_0, var_21);
    }
}



extern "C" __global__ void loop_var_after_d127024a_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_y)
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        const wp::int32 var_3 = 0;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 2;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 3;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::shape_t var_26;
        wp::range_t var_27;
        wp::int32 var_28;
        wp::float32* var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::shape_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::shape_t adj_26 = {};
        wp::range_t adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        //---------
        // forward
        // def loop_var_after(x: wp.array(dtype=float), y: wp.array(dtype=float)):                <L 79>
        // i = wp.tid()                                                                           <L 80>
        var_0 = builtin_tid1d();
        // last = float(0.0)                                                                      <L 81>
        var_2 = wp::float(var_1);
        // for k in range(4):                                                                     <L 82>
        // last = x[i] * float(k)                                                                 <L 83>
        var_4 = wp::address(var_x, var_0);
        var_5 = wp::float(var_3);
        var_7 = wp::load(var_4);
        var_6 = wp::mul(var_7, var_5);
        var_9 = wp::address(var_x, var_0);
        var_10 = wp::float(var_8);
        var_12 = wp::load(var_9);
        var_11 = wp::mul(var_12, var_10);
        var_14 = wp::address(var_x, var_0);
        var_15 = wp::float(var_13);
        var_17 = wp::load(var_14);
        var_16 = wp::mul(var_17, var_15);
        var_19 = wp::address(var_x, var_0);
        var_20 = wp::float(var_18);
        var_22 = wp::load(var_19);
        var_21 = wp::mul(var_22, var_20);
        // n = x.shape[0]                                                                         <L 84>
        var_23 = &(var_x.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        // for k in range(n):                                                                     <L 85>
        var_27 = wp::range(var_25);
        // y[i] = last                                                                            <L 87>
        // wp::array_store(var_y, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_21, adj_y, adj_0, adj_21);
        // adj: y[i] = last                                                                       <L 87>
        var_27 = wp::iter_reverse(var_27);
        start_for_0:;
            if (iter_cmp(var_27) == 0) goto end_for_0;
            var_28 = wp::iter_next(var_27);
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
            // last += x[k]                                                                       <L 86>
            var_29 = wp::address(var_x, var_28);
            var_30 = wp::address(var_x, var_28);
            var_32 = wp::load(var_30);
            var_31 = wp::add(var_21, var_32);
            wp::assign(var_21, var_31);
            wp::adj_assign(var_21, var_31, adj_21, adj_31);
            wp::adj_add(var_21, var_32, adj_21, adj_30, adj_31);
            wp::adj_address(var_x, var_28, adj_x, adj_28, adj_30);
            wp::adj_address(var_x, var_28, adj_x, adj_28, adj_29);
            // adj: last += x[k]                                                                  <L 86>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_25, adj_25, adj_27);
        // adj: for k in range(n):                                                                <L 85>
        wp::adj_extract(var_26, var_24, adj_23, adj_24, adj_25);
        adj_x.shape = adj_23;
        // adj: n = x.shape[0]                                                                    <L 84>
        wp::adj_mul(var_22, var_20, adj_19, adj_20, adj_21);
        wp::adj_float(var_18, adj_18, adj_20);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_19);
        wp::adj_mul(var_17, var_15, adj_14, adj_15, adj_16);
        wp::adj_float(var_13, adj_13, adj_15);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_14);
        wp::adj_mul(var_12, var_10, adj_9, adj_10, adj_11);
        wp::adj_float(var_8, adj_8, adj_10);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_9);
        wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
        wp::adj_float(var_3, adj_3, adj_5);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_4);
        // adj: last = x[i] * float(k)                                                            <L 83>
        // adj: for k in range(4):                                                                <L 82>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: last = float(0.0)                                                                 <L 81>
        // adj: i = wp.tid()                                                                      <L 80>
        // adj: def loop_var_after(x: wp.array(dtype=float), y: wp.array(dtype=float)):           <L 79>
        continue;
    }
}

