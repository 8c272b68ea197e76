
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



extern "C" __global__ void int64_inplace_41285324_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int64> var_a,
    wp::array_t<wp::vec_t<2, wp::int64>> var_vl,
    wp::array_t<wp::int64> var_m)
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
        wp::int64 var_1;
        const wp::int32 var_2 = 3;
        wp::int64 var_3;
        wp::int64 var_4;
        wp::int64* var_5;
        wp::int64 var_6;
        const wp::int32 var_7 = 3;
        wp::int64 var_8;
        wp::int64 var_9;
        wp::int64 var_10;
        wp::int64 var_11;
        const wp::int32 var_12 = 2;
        wp::int64 var_13;
        wp::int64* var_14;
        const wp::int32 var_15 = 2;
        wp::int64 var_16;
        wp::int64 var_17;
        wp::int64 var_18;
        const wp::int32 var_19 = 1;
        wp::int64 var_20;
        wp::int64 var_21;
        wp::vec_t<2, wp::int64> var_22;
        wp::vec_t<2, wp::int64>* var_23;
        const wp::int32 var_24 = 1;
        wp::int64 var_25;
        wp::int64 var_26;
        wp::vec_t<2, wp::int64> var_27;
        wp::vec_t<2, wp::int64> var_28;
        wp::vec_t<2, wp::int64> var_29;
        wp::int64 var_30;
        const wp::int32 var_31 = 4;
        const wp::int32 var_32 = -4;
        wp::int64 var_33;
        wp::vec_t<2, wp::int64> var_34;
        wp::vec_t<2, wp::int64>* var_35;
        wp::int64 var_36;
        const wp::int32 var_37 = 4;
        const wp::int32 var_38 = -4;
        wp::int64 var_39;
        wp::vec_t<2, wp::int64> var_40;
        wp::vec_t<2, wp::int64> var_41;
        wp::vec_t<2, wp::int64> var_42;
        wp::int64 var_43;
        wp::int64* var_44;
        wp::int64 var_45;
        wp::int64 var_46;
        wp::int64 var_47;
        const wp::int32 var_48 = 32767;
        wp::int64 var_49;
        wp::int64* var_50;
        const wp::int32 var_51 = 32767;
        wp::int64 var_52;
        wp::int64 var_53;
        wp::int64 var_54;
        const wp::int32 var_55 = 5;
        wp::int64 var_56;
        wp::int64* var_57;
        const wp::int32 var_58 = 5;
        wp::int64 var_59;
        wp::int64 var_60;
        wp::int64 var_61;
        //---------
        // forward
        // def int64_inplace(a: wp.array(dtype=wp.int64), vl: wp.array(dtype=wp.vec2l), m: wp.array(dtype=wp.int64)):       <L 9>
        // i = wp.tid()                                                                           <L 10>
        var_0 = builtin_tid1d();
        // a[i] += wp.int64(i) * wp.int64(3)                                                      <L 11>
        var_1 = wp::int64(var_0);
        var_3 = wp::int64(var_2);
        var_4 = wp::mul(var_1, var_3);
        var_5 = wp::address(var_a, var_0);
        var_6 = wp::int64(var_0);
        var_8 = wp::int64(var_7);
        var_9 = wp::mul(var_6, var_8);
        var_11 = wp::load(var_5);
        var_10 = wp::add(var_11, var_9);
        wp::array_store(var_a, var_0, var_10);
        // a[i] -= wp.int64(2)                                                                    <L 12>
        var_13 = wp::int64(var_12);
        var_14 = wp::address(var_a, var_0);
        var_16 = wp::int64(var_15);
        var_18 = wp::load(var_14);
        var_17 = wp::sub(var_18, var_16);
        wp::array_store(var_a, var_0, var_17);
        // vl[i] += wp.vec2l(wp.int64(1), wp.int64(i))                                            <L 13>
        var_20 = wp::int64(var_19);
        var_21 = wp::int64(var_0);
        var_22 = wp::vec_t<2, wp::int64>(var_20, var_21);
        var_23 = wp::address(var_vl, var_0);
        var_25 = wp::int64(var_24);
        var_26 = wp::int64(var_0);
        var_27 = wp::vec_t<2, wp::int64>(var_25, var_26);
        var_29 = wp::load(var_23);
        var_28 = wp::add(var_29, var_27);
        wp::array_store(var_vl, var_0, var_28);
        // vl[i] -= wp.vec2l(wp.int64(i), wp.int64(-4))                                           <L 14>
        var_30 = wp::int64(var_0);
        var_33 = wp::int64(var_32);
        var_34 = wp::vec_t<2, wp::int64>(var_30, var_33);
        var_35 = wp::address(var_vl, var_0);
        var_36 = wp::int64(var_0);
        var_39 = wp::int64(var_38);
        var_40 = wp::vec_t<2, wp::int64>(var_36, var_39);
        var_42 = wp::load(var_35);
        var_41 = wp::sub(var_42, var_40);
        wp::array_store(var_vl, var_0, var_41);
        // m[i] |= wp.int64(i)                                                                    <L 15>
        var_43 = wp::int64(var_0);
        var_44 = wp::address(var_m, var_0);
        var_45 = wp::int64(var_0);
        var_47 = wp::load(var_44);
        var_46 = wp::bit_or(var_47, var_45);
        wp::array_store(var_m, var_0, var_46);
        // m[i] &= wp.int64(0x7FFF)                                                               <L 16>
        var_49 = wp::int64(var_48);
        var_50 = wp::address(var_m, var_0);
        var_52 = wp::int64(var_51);
        var_54 = wp::load(var_50);
        var_53 = wp::bit_and(var_54, var_52);
        wp::array_store(var_m, var_0, var_53);
        // m[i] ^= wp.int64(5)                                                                    <L 17>
        var_56 = wp::int64(var_55);
        var_57 = wp::address(var_m, var_0);
        var_59 = wp::int64(var_58);
        var_61 = wp::load(var_57);
        var_60 = wp::bit_xor(var_61, var_59);
        wp::array_store(var_m, var_0, var_60);
    }
}



extern "C" __global__ void int64_inplace_41285324_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int64> var_a,
    wp::array_t<wp::vec_t<2, wp::int64>> var_vl,
    wp::array_t<wp::int64> var_m,
    wp::array_t<wp::int64> adj_a,
    wp::array_t<wp::vec_t<2, wp::int64>> adj_vl,
    wp::array_t<wp::int64> adj_m)
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
        wp::int64 var_1;
        const wp::int32 var_2 = 3;
        wp::int64 var_3;
        wp::int64 var_4;
        wp::int64* var_5;
        wp::int64 var_6;
        const wp::int32 var_7 = 3;
        wp::int64 var_8;
        wp::int64 var_9;
        wp::int64 var_10;
        wp::int64 var_11;
        const wp::int32 var_12 = 2;
        wp::int64 var_13;
        wp::int64* var_14;
        const wp::int32 var_15 = 2;
        wp::int64 var_16;
        wp::int64 var_17;
        wp::int64 var_18;
        const wp::int32 var_19 = 1;
        wp::int64 var_20;
        wp::int64 var_21;
        wp::vec_t<2, wp::int64> var_22;
        wp::vec_t<2, wp::int64>* var_23;
        const wp::int32 var_24 = 1;
        wp::int64 var_25;
        wp::int64 var_26;
        wp::vec_t<2, wp::int64> var_27;
        wp::vec_t<2, wp::int64> var_28;
        wp::vec_t<2, wp::int64> var_29;
        wp::int64 var_30;
        const wp::int32 var_31 = 4;
        const wp::int32 var_32 = -4;
        wp::int64 var_33;
        wp::vec_t<2, wp::int64> var_34;
        wp::vec_t<2, wp::int64>* var_35;
        wp::int64 var_36;
        const wp::int32 var_37 = 4;
        const wp::int32 var_38 = -4;
        wp::int64 var_39;
        wp::vec_t<2, wp::int64> var_40;
        wp::vec_t<2, wp::int64> var_41;
        wp::vec_t<2, wp::int64> var_42;
        wp::int64 var_43;
        wp::int64* var_44;
        wp::int64 var_45;
        wp::int64 var_46;
        wp::int64 var_47;
        const wp::int32 var_48 = 32767;
        wp::int64 var_49;
        wp::int64* var_50;
        const wp::int32 var_51 = 32767;
        wp::int64 var_52;
        wp::int64 var_53;
        wp::int64 var_54;
        const wp::int32 var_55 = 5;
        wp::int64 var_56;
        wp::int64* var_57;
        const wp::int32 var_58 = 5;
        wp::int64 var_59;
        wp::int64 var_60;
        wp::int64 var_61;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int64 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int64 adj_3 = {};
        wp::int64 adj_4 = {};
        wp::int64 adj_5 = {};
        wp::int64 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int64 adj_8 = {};
        wp::int64 adj_9 = {};
        wp::int64 adj_10 = {};
        wp::int64 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int64 adj_13 = {};
        wp::int64 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int64 adj_16 = {};
        wp::int64 adj_17 = {};
        wp::int64 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int64 adj_20 = {};
        wp::int64 adj_21 = {};
        wp::vec_t<2, wp::int64> adj_22 = {};
        wp::vec_t<2, wp::int64> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int64 adj_25 = {};
        wp::int64 adj_26 = {};
        wp::vec_t<2, wp::int64> adj_27 = {};
        wp::vec_t<2, wp::int64> adj_28 = {};
        wp::vec_t<2, wp::int64> adj_29 = {};
        wp::int64 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int64 adj_33 = {};
        wp::vec_t<2, wp::int64> adj_34 = {};
        wp::vec_t<2, wp::int64> adj_35 = {};
        wp::int64 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int64 adj_39 = {};
        wp::vec_t<2, wp::int64> adj_40 = {};
        wp::vec_t<2, wp::int64> adj_41 = {};
        wp::vec_t<2, wp::int64> adj_42 = {};
        wp::int64 adj_43 = {};
        wp::int64 adj_44 = {};
        wp::int64 adj_45 = {};
        wp::int64 adj_46 = {};
        wp::int64 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int64 adj_49 = {};
        wp::int64 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int64 adj_52 = {};
        wp::int64 adj_53 = {};
        wp::int64 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int64 adj_56 = {};
        wp::int64 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int64 adj_59 = {};
        wp::int64 adj_60 = {};
        wp::int64 adj_61 = {};
        //---------
        // forward
        // def int64_inplace(a: wp.array(dtype=wp.int64), vl: wp.array(dtype=wp.vec2l), m: wp.array(dtype=wp.int64)):       <L 9>
        // i = wp.tid()                                                                           <L 10>
        var_0 = builtin_tid1d();
        // a[i] += wp.int64(i) * wp.int64(3)                                                      <L 11>
        var_1 = wp::int64(var_0);
        var_3 = wp::int64(var_2);
        var_4 = wp::mul(var_1, var_3);
        var_5 = wp::address(var_a, var_0);
        var_6 = wp::int64(var_0);
        var_8 = wp::int64(var_7);
        var_9 = wp::mul(var_6, var_8);
        var_11 = wp::load(var_5);
        var_10 = wp::add(var_11, var_9);
        // wp::array_store(var_a, var_0, var_10);
        // a[i] -= wp.int64(2)                                                                    <L 12>
        var_13 = wp::int64(var_12);
        var_14 = wp::address(var_a, var_0);
        var_16 = wp::int64(var_15);
        var_18 = wp::load(var_14);
        var_17 = wp::sub(var_18, var_16);
        // wp::array_store(var_a, var_0, var_17);
        // vl[i] += wp.vec2l(wp.int64(1), wp.int64(i))                                            <L 13>
        var_20 = wp::int64(var_19);
        var_21 = wp::int64(var_0);
        var_22 = wp::vec_t<2, wp::int64>(var_20, var_21);
        var_23 = wp::address(var_vl, var_0);
        var_25 = wp::int64(var_24);
        var_26 = wp::int64(var_0);
        var_27 = wp::vec_t<2, wp::int64>(var_25, var_26);
        var_29 = wp::load(var_23);
        var_28 = wp::add(var_29, var_27);
        // wp::array_store(var_vl, var_0, var_28);
        // vl[i] -= wp.vec2l(wp.int64(i), wp.int64(-4))                                           <L 14>
        var_30 = wp::int64(var_0);
        var_33 = wp::int64(var_32);
        var_34 = wp::vec_t<2, wp::int64>(var_30, var_33);
        var_35 = wp::address(var_vl, var_0);
        var_36 = wp::int64(var_0);
        var_39 = wp::int64(var_38);
        var_40 = wp::vec_t<2, wp::int64>(var_36, var_39);
        var_42 = wp::load(var_35);
        var_41 = wp::sub(var_42, var_40);
        // wp::array_store(var_vl, var_0, var_41);
        // m[i] |= wp.int64(i)                                                                    <L 15>
        var_43 = wp::int64(var_0);
        var_44 = wp::address(var_m, var_0);
        var_45 = wp::int64(var_0);
        var_47 = wp::load(var_44);
        var_46 = wp::bit_or(var_47, var_45);
        // wp::array_store(var_m, var_0, var_46);
        // m[i] &= wp.int64(0x7FFF)                                                               <L 16>
        var_49 = wp::int64(var_48);
        var_50 = wp::address(var_m, var_0);
        var_52 = wp::int64(var_51);
        var_54 = wp::load(var_50);
        var_53 = wp::bit_and(var_54, var_52);
        // wp::array_store(var_m, var_0, var_53);
        // m[i] ^= wp.int64(5)                                                                    <L 17>
        var_56 = wp::int64(var_55);
        var_57 = wp::address(var_m, var_0);
        var_59 = wp::int64(var_58);
        var_61 = wp::load(var_57);
        var_60 = wp::bit_xor(var_61, var_59);
        // wp::array_store(var_m, var_0, var_60);
        //---------
        // reverse
        wp::adj_array_store(var_m, var_0, var_60, adj_m, adj_0, adj_60);
        wp::adj_int64(var_58, adj_58, adj_59);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_57);
        wp::adj_int64(var_55, adj_55, adj_56);
        // adj: m[i] ^= wp.int64(5)                                                               <L 17>
        wp::adj_array_store(var_m, var_0, var_53, adj_m, adj_0, adj_53);
        wp::adj_int64(var_51, adj_51, adj_52);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_50);
        wp::adj_int64(var_48, adj_48, adj_49);
        // adj: m[i] &= wp.int64(0x7FFF)                                                          <L 16>
        wp::adj_array_store(var_m, var_0, var_46, adj_m, adj_0, adj_46);
        wp::adj_int64(var_0, adj_0, adj_45);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_44);
        wp::adj_int64(var_0, adj_0, adj_43);
        // adj: m[i] |= wp.int64(i)                                                               <L 15>
        wp::adj_array_store(var_vl, var_0, var_41, adj_vl, adj_0, adj_41);
        wp::adj_sub(var_42, var_40, adj_35, adj_40, adj_41);
        wp::adj_vec_t(var_36, var_39, adj_36, adj_39, adj_40);
        wp::adj_int64(var_38, adj_38, adj_39);
        wp::adj_int64(var_0, adj_0, adj_36);
        wp::adj_address(var_vl, var_0, adj_vl, adj_0, adj_35);
        wp::adj_vec_t(var_30, var_33, adj_30, adj_33, adj_34);
        wp::adj_int64(var_32, adj_32, adj_33);
        wp::adj_int64(var_0, adj_0, adj_30);
        // adj: vl[i] -= wp.vec2l(wp.int64(i), wp.int64(-4))                                      <L 14>
        wp::adj_array_store(var_vl, var_0, var_28, adj_vl, adj_0, adj_28);
        wp::adj_add(var_29, var_27, adj_23, adj_27, adj_28);
        wp::adj_vec_t(var_25, var_26, adj_25, adj_26, adj_27);
        wp::adj_int64(var_0, adj_0, adj_26);
        wp::adj_int64(var_24, adj_24, adj_25);
        wp::adj_address(var_vl, var_0, adj_vl, adj_0, adj_23);
        wp::adj_vec_t(var_20, var_21, adj_20, adj_21, adj_22);
        wp::adj_int64(var_0, adj_0, adj_21);
        wp::adj_int64(var_19, adj_19, adj_20);
        // adj: vl[i] += wp.vec2l(wp.int64(1), wp.int64(i))                                       <L 13>
        wp::adj_array_store(var_a, var_0, var_17, adj_a, adj_0, adj_17);
        wp::adj_sub(var_18, var_16, adj_14, adj_16, adj_17);
        wp::adj_int64(var_15, adj_15, adj_16);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_14);
        wp::adj_int64(var_12, adj_12, adj_13);
        // adj: a[i] -= wp.int64(2)                                                               <L 12>
        wp::adj_array_store(var_a, var_0, var_10, adj_a, adj_0, adj_10);
        wp::adj_add(var_11, var_9, adj_5, adj_9, adj_10);
        wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
        wp::adj_int64(var_7, adj_7, adj_8);
        wp::adj_int64(var_0, adj_0, adj_6);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
        wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
        wp::adj_int64(var_2, adj_2, adj_3);
        wp::adj_int64(var_0, adj_0, adj_1);
        // adj: a[i] += wp.int64(i) * wp.int64(3)                                                 <L 11>
        // adj: i = wp.tid()                                                                      <L 10>
        // adj: def int64_inplace(a: wp.array(dtype=wp.int64), vl: wp.array(dtype=wp.vec2l), m: wp.array(dtype=wp.int64)):  <L 9>
        continue;
    }
}

