
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


// corpus/131_augmented_assign_all_ops.py:7
static CUDA_CALLABLE wp::uint32 lcg_0(
    wp::uint32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1103515245;
    wp::uint32 var_1;
    wp::uint32 var_2;
    const wp::int32 var_3 = 12345;
    wp::uint32 var_4;
    wp::uint32 var_5;
    //---------
    // forward
    // def lcg(x: wp.uint32) -> wp.uint32:                                                    <L 8>
    // return x * wp.uint32(SEED_MULT) + wp.uint32(SEED_ADD)                                  <L 9>
    var_1 = wp::uint32(var_0);
    var_2 = wp::mul(var_x, var_1);
    var_4 = wp::uint32(var_3);
    var_5 = wp::add(var_2, var_4);
    return var_5;
}


// corpus/131_augmented_assign_all_ops.py:7
static CUDA_CALLABLE void adj_lcg_0(
    wp::uint32 var_x,
    wp::uint32 & adj_x,
    wp::uint32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1103515245;
    wp::uint32 var_1;
    wp::uint32 var_2;
    const wp::int32 var_3 = 12345;
    wp::uint32 var_4;
    wp::uint32 var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::uint32 adj_4 = {};
    wp::uint32 adj_5 = {};
    //---------
    // forward
    // def lcg(x: wp.uint32) -> wp.uint32:                                                    <L 8>
    // return x * wp.uint32(SEED_MULT) + wp.uint32(SEED_ADD)                                  <L 9>
    var_1 = wp::uint32(var_0);
    var_2 = wp::mul(var_x, var_1);
    var_4 = wp::uint32(var_3);
    var_5 = wp::add(var_2, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_uint32(var_3, adj_3, adj_4);
    wp::adj_mul(var_x, var_1, adj_x, adj_1, adj_2);
    wp::adj_uint32(var_0, adj_0, adj_1);
    // adj: return x * wp.uint32(SEED_MULT) + wp.uint32(SEED_ADD)                             <L 9>
    // adj: def lcg(x: wp.uint32) -> wp.uint32:                                               <L 8>
    return;
}



extern "C" __global__ void int_aug_300dd655_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::array_t<wp::int32> var_out)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 3;
        const wp::int32 var_10 = 3;
        wp::int32 var_11;
        const wp::int32 var_12 = 2;
        const wp::int32 var_13 = 2;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 97;
        const wp::int32 var_17 = 97;
        wp::int32 var_18;
        const wp::int32 var_19 = 2;
        const wp::int32 var_20 = 2;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        const wp::int32 var_25 = 65535;
        const wp::int32 var_26 = 65535;
        wp::int32 var_27;
        const wp::int32 var_28 = 16;
        const wp::int32 var_29 = 16;
        wp::int32 var_30;
        wp::int32 var_31;
        //---------
        // forward
        // def int_aug(a: wp.array(dtype=int), b: wp.array(dtype=int), out: wp.array(dtype=int)):       <L 13>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 15>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // y = b[i] | 1                                                                           <L 16>
        var_4 = wp::address(var_b, var_0);
        var_7 = wp::load(var_4);
        var_6 = wp::bit_or(var_7, var_5);
        // x += y                                                                                 <L 17>
        var_8 = wp::add(var_2, var_6);
        // x -= 3                                                                                 <L 18>
        var_11 = wp::sub(var_8, var_10);
        // x *= 2                                                                                 <L 19>
        var_14 = wp::mul(var_11, var_13);
        // x //= y                                                                                <L 20>
        var_15 = wp::floordiv(var_14, var_6);
        // x %= 97                                                                                <L 21>
        var_18 = wp::mod(var_15, var_17);
        // x <<= 2                                                                                <L 22>
        var_21 = wp::lshift(var_18, var_20);
        // x >>= 1                                                                                <L 23>
        var_24 = wp::rshift(var_21, var_23);
        // x &= 0xFFFF                                                                            <L 24>
        var_27 = wp::bit_and(var_24, var_26);
        // x |= 0x10                                                                              <L 25>
        var_30 = wp::bit_or(var_27, var_29);
        // x ^= y                                                                                 <L 26>
        var_31 = wp::bit_xor(var_30, var_6);
        // out[i] = x                                                                             <L 27>
        wp::array_store(var_out, var_0, var_31);
    }
}



extern "C" __global__ void int_aug_300dd655_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_b,
    wp::array_t<wp::int32> var_out,
    wp::array_t<wp::int32> adj_a,
    wp::array_t<wp::int32> adj_b,
    wp::array_t<wp::int32> adj_out)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 3;
        const wp::int32 var_10 = 3;
        wp::int32 var_11;
        const wp::int32 var_12 = 2;
        const wp::int32 var_13 = 2;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 97;
        const wp::int32 var_17 = 97;
        wp::int32 var_18;
        const wp::int32 var_19 = 2;
        const wp::int32 var_20 = 2;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        const wp::int32 var_25 = 65535;
        const wp::int32 var_26 = 65535;
        wp::int32 var_27;
        const wp::int32 var_28 = 16;
        const wp::int32 var_29 = 16;
        wp::int32 var_30;
        wp::int32 var_31;
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
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        //---------
        // forward
        // def int_aug(a: wp.array(dtype=int), b: wp.array(dtype=int), out: wp.array(dtype=int)):       <L 13>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 15>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // y = b[i] | 1                                                                           <L 16>
        var_4 = wp::address(var_b, var_0);
        var_7 = wp::load(var_4);
        var_6 = wp::bit_or(var_7, var_5);
        // x += y                                                                                 <L 17>
        var_8 = wp::add(var_2, var_6);
        // x -= 3                                                                                 <L 18>
        var_11 = wp::sub(var_8, var_10);
        // x *= 2                                                                                 <L 19>
        var_14 = wp::mul(var_11, var_13);
        // x //= y                                                                                <L 20>
        var_15 = wp::floordiv(var_14, var_6);
        // x %= 97                                                                                <L 21>
        var_18 = wp::mod(var_15, var_17);
        // x <<= 2                                                                                <L 22>
        var_21 = wp::lshift(var_18, var_20);
        // x >>= 1                                                                                <L 23>
        var_24 = wp::rshift(var_21, var_23);
        // x &= 0xFFFF                                                                            <L 24>
        var_27 = wp::bit_and(var_24, var_26);
        // x |= 0x10                                                                              <L 25>
        var_30 = wp::bit_or(var_27, var_29);
        // x ^= y                                                                                 <L 26>
        var_31 = wp::bit_xor(var_30, var_6);
        // out[i] = x                                                                             <L 27>
        // wp::array_store(var_out, var_0, var_31);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_31, adj_out, adj_0, adj_31);
        // adj: out[i] = x                                                                        <L 27>
        // adj: x ^= y                                                                            <L 26>
        // adj: x |= 0x10                                                                         <L 25>
        // adj: x &= 0xFFFF                                                                       <L 24>
        // adj: x >>= 1                                                                           <L 23>
        // adj: x <<= 2                                                                           <L 22>
        wp::adj_mod(var_15, var_17, adj_15, adj_17, adj_18);
        // adj: x %= 97                                                                           <L 21>
        // adj: x //= y                                                                           <L 20>
        wp::adj_mul(var_11, var_13, adj_11, adj_13, adj_14);
        // adj: x *= 2                                                                            <L 19>
        wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
        // adj: x -= 3                                                                            <L 18>
        wp::adj_add(var_2, var_6, adj_2, adj_6, adj_8);
        // adj: x += y                                                                            <L 17>
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
        // adj: y = b[i] | 1                                                                      <L 16>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i]                                                                          <L 15>
        // adj: i = wp.tid()                                                                      <L 14>
        // adj: def int_aug(a: wp.array(dtype=int), b: wp.array(dtype=int), out: wp.array(dtype=int)):  <L 13>
        continue;
    }
}



extern "C" __global__ void uint_aug_fd3f547d_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_a,
    wp::array_t<wp::uint32> var_out)
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
        wp::uint32* var_1;
        wp::uint32 var_2;
        wp::uint32 var_3;
        const wp::int32 var_4 = 0;
        wp::uint32 var_5;
        const wp::int32 var_6 = 16;
        wp::uint32 var_7;
        wp::uint32 var_8;
        const wp::int32 var_9 = 16;
        wp::uint32 var_10;
        wp::uint32 var_11;
        wp::uint32 var_12;
        const wp::int32 var_13 = 2246822507;
        wp::uint32 var_14;
        const wp::int32 var_15 = 2246822507;
        wp::uint32 var_16;
        wp::uint32 var_17;
        const wp::int32 var_18 = 13;
        wp::uint32 var_19;
        wp::uint32 var_20;
        const wp::int32 var_21 = 13;
        wp::uint32 var_22;
        wp::uint32 var_23;
        wp::uint32 var_24;
        const wp::int32 var_25 = 1;
        wp::uint32 var_26;
        const wp::int32 var_27 = 16;
        wp::uint32 var_28;
        wp::uint32 var_29;
        const wp::int32 var_30 = 16;
        wp::uint32 var_31;
        wp::uint32 var_32;
        wp::uint32 var_33;
        const wp::int32 var_34 = 2246822507;
        wp::uint32 var_35;
        const wp::int32 var_36 = 2246822507;
        wp::uint32 var_37;
        wp::uint32 var_38;
        const wp::int32 var_39 = 13;
        wp::uint32 var_40;
        wp::uint32 var_41;
        const wp::int32 var_42 = 13;
        wp::uint32 var_43;
        wp::uint32 var_44;
        wp::uint32 var_45;
        const wp::int32 var_46 = 2;
        wp::uint32 var_47;
        const wp::int32 var_48 = 16;
        wp::uint32 var_49;
        wp::uint32 var_50;
        const wp::int32 var_51 = 16;
        wp::uint32 var_52;
        wp::uint32 var_53;
        wp::uint32 var_54;
        const wp::int32 var_55 = 2246822507;
        wp::uint32 var_56;
        const wp::int32 var_57 = 2246822507;
        wp::uint32 var_58;
        wp::uint32 var_59;
        const wp::int32 var_60 = 13;
        wp::uint32 var_61;
        wp::uint32 var_62;
        const wp::int32 var_63 = 13;
        wp::uint32 var_64;
        wp::uint32 var_65;
        wp::uint32 var_66;
        const wp::int32 var_67 = 3;
        wp::uint32 var_68;
        const wp::int32 var_69 = 16;
        wp::uint32 var_70;
        wp::uint32 var_71;
        const wp::int32 var_72 = 16;
        wp::uint32 var_73;
        wp::uint32 var_74;
        wp::uint32 var_75;
        const wp::int32 var_76 = 2246822507;
        wp::uint32 var_77;
        const wp::int32 var_78 = 2246822507;
        wp::uint32 var_79;
        wp::uint32 var_80;
        const wp::int32 var_81 = 13;
        wp::uint32 var_82;
        wp::uint32 var_83;
        const wp::int32 var_84 = 13;
        wp::uint32 var_85;
        wp::uint32 var_86;
        wp::uint32 var_87;
        //---------
        // forward
        // def uint_aug(a: wp.array(dtype=wp.uint32), out: wp.array(dtype=wp.uint32)):            <L 31>
        // i = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // s = a[i]                                                                               <L 33>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for k in range(4):                                                                     <L 34>
        // s = lcg(s)                                                                             <L 35>
        var_5 = lcg_0(var_2);
        // s ^= s >> wp.uint32(16)                                                                <L 36>
        var_7 = wp::uint32(var_6);
        var_8 = wp::rshift(var_5, var_7);
        var_10 = wp::uint32(var_9);
        var_11 = wp::rshift(var_5, var_10);
        var_12 = wp::bit_xor(var_5, var_11);
        // s *= wp.uint32(0x85EBCA6B)                                                             <L 37>
        var_14 = wp::uint32(var_13);
        var_16 = wp::uint32(var_15);
        var_17 = wp::mul(var_12, var_16);
        // s ^= s >> wp.uint32(13)                                                                <L 38>
        var_19 = wp::uint32(var_18);
        var_20 = wp::rshift(var_17, var_19);
        var_22 = wp::uint32(var_21);
        var_23 = wp::rshift(var_17, var_22);
        var_24 = wp::bit_xor(var_17, var_23);
        // s = lcg(s)                                                                             <L 35>
        var_26 = lcg_0(var_24);
        // s ^= s >> wp.uint32(16)                                                                <L 36>
        var_28 = wp::uint32(var_27);
        var_29 = wp::rshift(var_26, var_28);
        var_31 = wp::uint32(var_30);
        var_32 = wp::rshift(var_26, var_31);
        var_33 = wp::bit_xor(var_26, var_32);
        // s *= wp.uint32(0x85EBCA6B)                                                             <L 37>
        var_35 = wp::uint32(var_34);
        var_37 = wp::uint32(var_36);
        var_38 = wp::mul(var_33, var_37);
        // s ^= s >> wp.uint32(13)                                                                <L 38>
        var_40 = wp::uint32(var_39);
        var_41 = wp::rshift(var_38, var_40);
        var_43 = wp::uint32(var_42);
        var_44 = wp::rshift(var_38, var_43);
        var_45 = wp::bit_xor(var_38, var_44);
        // s = lcg(s)                                                                             <L 35>
        var_47 = lcg_0(var_45);
        // s ^= s >> wp.uint32(16)                                                                <L 36>
        var_49 = wp::uint32(var_48);
        var_50 = wp::rshift(var_47, var_49);
        var_52 = wp::uint32(var_51);
        var_53 = wp::rshift(var_47, var_52);
        var_54 = wp::bit_xor(var_47, var_53);
        // s *= wp.uint32(0x85EBCA6B)                                                             <L 37>
        var_56 = wp::uint32(var_55);
        var_58 = wp::uint32(var_57);
        var_59 = wp::mul(var_54, var_58);
        // s ^= s >> wp.uint32(13)                                                                <L 38>
        var_61 = wp::uint32(var_60);
        var_62 = wp::rshift(var_59, var_61);
        var_64 = wp::uint32(var_63);
        var_65 = wp::rshift(var_59, var_64);
        var_66 = wp::bit_xor(var_59, var_65);
        // s = lcg(s)                                                                             <L 35>
        var_68 = lcg_0(var_66);
        // s ^= s >> wp.uint32(16)                                                                <L 36>
        var_70 = wp::uint32(var_69);
        var_71 = wp::rshift(var_68, var_70);
        var_73 = wp::uint32(var_72);
        var_74 = wp::rshift(var_68, var_73);
        var_75 = wp::bit_xor(var_68, var_74);
        // s *= wp.uint32(0x85EBCA6B)                                                             <L 37>
        var_77 = wp::uint32(var_76);
        var_79 = wp::uint32(var_78);
        var_80 = wp::mul(var_75, var_79);
        // s ^= s >> wp.uint32(13)                                                                <L 38>
        var_82 = wp::uint32(var_81);
        var_83 = wp::rshift(var_80, var_82);
        var_85 = wp::uint32(var_84);
        var_86 = wp::rshift(var_80, var_85);
        var_87 = wp::bit_xor(var_80, var_86);
        // out[i] = s                                                                             <L 39>
        wp::array_store(var_out, var_0, var_87);
    }
}



extern "C" __global__ void uint_aug_fd3f547d_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_a,
    wp::array_t<wp::uint32> var_out,
    wp::array_t<wp::uint32> adj_a,
    wp::array_t<wp::uint32> adj_out)
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
        wp::uint32* var_1;
        wp::uint32 var_2;
        wp::uint32 var_3;
        const wp::int32 var_4 = 0;
        wp::uint32 var_5;
        const wp::int32 var_6 = 16;
        wp::uint32 var_7;
        wp::uint32 var_8;
        const wp::int32 var_9 = 16;
        wp::uint32 var_10;
        wp::uint32 var_11;
        wp::uint32 var_12;
        const wp::int32 var_13 = 2246822507;
        wp::uint32 var_14;
        const wp::int32 var_15 = 2246822507;
        wp::uint32 var_16;
        wp::uint32 var_17;
        const wp::int32 var_18 = 13;
        wp::uint32 var_19;
        wp::uint32 var_20;
        const wp::int32 var_21 = 13;
        wp::uint32 var_22;
        wp::uint32 var_23;
        wp::uint32 var_24;
        const wp::int32 var_25 = 1;
        wp::uint32 var_26;
        const wp::int32 var_27 = 16;
        wp::uint32 var_28;
        wp::uint32 var_29;
        const wp::int32 var_30 = 16;
        wp::uint32 var_31;
        wp::uint32 var_32;
        wp::uint32 var_33;
        const wp::int32 var_34 = 2246822507;
        wp::uint32 var_35;
        const wp::int32 var_36 = 2246822507;
        wp::uint32 var_37;
        wp::uint32 var_38;
        const wp::int32 var_39 = 13;
        wp::uint32 var_40;
        wp::uint32 var_41;
        const wp::int32 var_42 = 13;
        wp::uint32 var_43;
        wp::uint32 var_44;
        wp::uint32 var_45;
        const wp::int32 var_46 = 2;
        wp::uint32 var_47;
        const wp::int32 var_48 = 16;
        wp::uint32 var_49;
        wp::uint32 var_50;
        const wp::int32 var_51 = 16;
        wp::uint32 var_52;
        wp::uint32 var_53;
        wp::uint32 var_54;
        const wp::int32 var_55 = 2246822507;
        wp::uint32 var_56;
        const wp::int32 var_57 = 2246822507;
        wp::uint32 var_58;
        wp::uint32 var_59;
        const wp::int32 var_60 = 13;
        wp::uint32 var_61;
        wp::uint32 var_62;
        const wp::int32 var_63 = 13;
        wp::uint32 var_64;
        wp::uint32 var_65;
        wp::uint32 var_66;
        const wp::int32 var_67 = 3;
        wp::uint32 var_68;
        const wp::int32 var_69 = 16;
        wp::uint32 var_70;
        wp::uint32 var_71;
        const wp::int32 var_72 = 16;
        wp::uint32 var_73;
        wp::uint32 var_74;
        wp::uint32 var_75;
        const wp::int32 var_76 = 2246822507;
        wp::uint32 var_77;
        const wp::int32 var_78 = 2246822507;
        wp::uint32 var_79;
        wp::uint32 var_80;
        const wp::int32 var_81 = 13;
        wp::uint32 var_82;
        wp::uint32 var_83;
        const wp::int32 var_84 = 13;
        wp::uint32 var_85;
        wp::uint32 var_86;
        wp::uint32 var_87;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::uint32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::uint32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::uint32 adj_7 = {};
        wp::uint32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::uint32 adj_10 = {};
        wp::uint32 adj_11 = {};
        wp::uint32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::uint32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::uint32 adj_16 = {};
        wp::uint32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::uint32 adj_19 = {};
        wp::uint32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::uint32 adj_22 = {};
        wp::uint32 adj_23 = {};
        wp::uint32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::uint32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::uint32 adj_28 = {};
        wp::uint32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::uint32 adj_31 = {};
        wp::uint32 adj_32 = {};
        wp::uint32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::uint32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::uint32 adj_37 = {};
        wp::uint32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::uint32 adj_40 = {};
        wp::uint32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::uint32 adj_43 = {};
        wp::uint32 adj_44 = {};
        wp::uint32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::uint32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::uint32 adj_49 = {};
        wp::uint32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::uint32 adj_52 = {};
        wp::uint32 adj_53 = {};
        wp::uint32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::uint32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::uint32 adj_58 = {};
        wp::uint32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::uint32 adj_61 = {};
        wp::uint32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::uint32 adj_64 = {};
        wp::uint32 adj_65 = {};
        wp::uint32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::uint32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::uint32 adj_70 = {};
        wp::uint32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::uint32 adj_73 = {};
        wp::uint32 adj_74 = {};
        wp::uint32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::uint32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::uint32 adj_79 = {};
        wp::uint32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::uint32 adj_82 = {};
        wp::uint32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::uint32 adj_85 = {};
        wp::uint32 adj_86 = {};
        wp::uint32 adj_87 = {};
        //---------
        // forward
        // def uint_aug(a: wp.array(dtype=wp.uint32), out: wp.array(dtype=wp.uint32)):            <L 31>
        // i = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // s = a[i]                                                                               <L 33>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for k in range(4):                                                                     <L 34>
        // s = lcg(s)                                                                             <L 35>
        var_5 = lcg_0(var_2);
        // s ^= s >> wp.uint32(16)                                                                <L 36>
        var_7 = wp::uint32(var_6);
        var_8 = wp::rshift(var_5, var_7);
        var_10 = wp::uint32(var_9);
        var_11 = wp::rshift(var_5, var_10);
        var_12 = wp::bit_xor(var_5, var_11);
        // s *= wp.uint32(0x85EBCA6B)                                                             <L 37>
        var_14 = wp::uint32(var_13);
        var_16 = wp::uint32(var_15);
        var_17 = wp::mul(var_12, var_16);
        // s ^= s >> wp.uint32(13)                                                                <L 38>
        var_19 = wp::uint32(var_18);
        var_20 = wp::rshift(var_17, var_19);
        var_22 = wp::uint32(var_21);
        var_23 = wp::rshift(var_17, var_22);
        var_24 = wp::bit_xor(var_17, var_23);
        // s = lcg(s)                                                                             <L 35>
        var_26 = lcg_0(var_24);
        // s ^= s >> wp.uint32(16)                                                                <L 36>
        var_28 = wp::uint32(var_27);
        var_29 = wp::rshift(var_26, var_28);
        var_31 = wp::uint32(var_30);
        var_32 = wp::rshift(var_26, var_31);
        var_33 = wp::bit_xor(var_26, var_32);
        // s *= wp.uint32(0x85EBCA6B)                                                             <L 37>
        var_35 = wp::uint32(var_34);
        var_37 = wp::uint32(var_36);
        var_38 = wp::mul(var_33, var_37);
        // s ^= s >> wp.uint32(13)                                                                <L 38>
        var_40 = wp::uint32(var_39);
        var_41 = wp::rshift(var_38, var_40);
        var_43 = wp::uint32(var_42);
        var_44 = wp::rshift(var_38, var_43);
        var_45 = wp::bit_xor(var_38, var_44);
        // s = lcg(s)                                                                             <L 35>
        var_47 = lcg_0(var_45);
        // s ^= s >> wp.uint32(16)                                                                <L 36>
        var_49 = wp::uint32(var_48);
        var_50 = wp::rshift(var_47, var_49);
        var_52 = wp::uint32(var_51);
        var_53 = wp::rshift(var_47, var_52);
        var_54 = wp::bit_xor(var_47, var_53);
        // s *= wp.uint32(0x85EBCA6B)                                                             <L 37>
        var_56 = wp::uint32(var_55);
        var_58 = wp::uint32(var_57);
        var_59 = wp::mul(var_54, var_58);
        // s ^= s >> wp.uint32(13)                                                                <L 38>
        var_61 = wp::uint32(var_60);
        var_62 = wp::rshift(var_59, var_61);
        var_64 = wp::uint32(var_63);
        var_65 = wp::rshift(var_59, var_64);
        var_66 = wp::bit_xor(var_59, var_65);
        // s = lcg(s)                                                                             <L 35>
        var_68 = lcg_0(var_66);
        // s ^= s >> wp.uint32(16)                                                                <L 36>
        var_70 = wp::uint32(var_69);
        var_71 = wp::rshift(var_68, var_70);
        var_73 = wp::uint32(var_72);
        var_74 = wp::rshift(var_68, var_73);
        var_75 = wp::bit_xor(var_68, var_74);
        // s *= wp.uint32(0x85EBCA6B)                                                             <L 37>
        var_77 = wp::uint32(var_76);
        var_79 = wp::uint32(var_78);
        var_80 = wp::mul(var_75, var_79);
        // s ^= s >> wp.uint32(13)                                                                <L 38>
        var_82 = wp::uint32(var_81);
        var_83 = wp::rshift(var_80, var_82);
        var_85 = wp::uint32(var_84);
        var_86 = wp::rshift(var_80, var_85);
        var_87 = wp::bit_xor(var_80, var_86);
        // out[i] = s                                                                             <L 39>
        // wp::array_store(var_out, var_0, var_87);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_87, adj_out, adj_0, adj_87);
        // adj: out[i] = s                                                                        <L 39>
        wp::adj_uint32(var_84, adj_84, adj_85);
        wp::adj_uint32(var_81, adj_81, adj_82);
        // adj: s ^= s >> wp.uint32(13)                                                           <L 38>
        wp::adj_mul(var_75, var_79, adj_75, adj_79, adj_80);
        wp::adj_uint32(var_78, adj_78, adj_79);
        wp::adj_uint32(var_76, adj_76, adj_77);
        // adj: s *= wp.uint32(0x85EBCA6B)                                                        <L 37>
        wp::adj_uint32(var_72, adj_72, adj_73);
        wp::adj_uint32(var_69, adj_69, adj_70);
        // adj: s ^= s >> wp.uint32(16)                                                           <L 36>
        adj_lcg_0(var_66, adj_66, adj_68);
        // adj: s = lcg(s)                                                                        <L 35>
        wp::adj_uint32(var_63, adj_63, adj_64);
        wp::adj_uint32(var_60, adj_60, adj_61);
        // adj: s ^= s >> wp.uint32(13)                                                           <L 38>
        wp::adj_mul(var_54, var_58, adj_54, adj_58, adj_59);
        wp::adj_uint32(var_57, adj_57, adj_58);
        wp::adj_uint32(var_55, adj_55, adj_56);
        // adj: s *= wp.uint32(0x85EBCA6B)                                                        <L 37>
        wp::adj_uint32(var_51, adj_51, adj_52);
        wp::adj_uint32(var_48, adj_48, adj_49);
        // adj: s ^= s >> wp.uint32(16)                                                           <L 36>
        adj_lcg_0(var_45, adj_45, adj_47);
        // adj: s = lcg(s)                                                                        <L 35>
        wp::adj_uint32(var_42, adj_42, adj_43);
        wp::adj_uint32(var_39, adj_39, adj_40);
        // adj: s ^= s >> wp.uint32(13)                                                           <L 38>
        wp::adj_mul(var_33, var_37, adj_33, adj_37, adj_38);
        wp::adj_uint32(var_36, adj_36, adj_37);
        wp::adj_uint32(var_34, adj_34, adj_35);
        // adj: s *= wp.uint32(0x85EBCA6B)                                                        <L 37>
        wp::adj_uint32(var_30, adj_30, adj_31);
        wp::adj_uint32(var_27, adj_27, adj_28);
        // adj: s ^= s >> wp.uint32(16)                                                           <L 36>
        adj_lcg_0(var_24, adj_24, adj_26);
        // adj: s = lcg(s)                                                                        <L 35>
        wp::adj_uint32(var_21, adj_21, adj_22);
        wp::adj_uint32(var_18, adj_18, adj_19);
        // adj: s ^= s >> wp.uint32(13)                                                           <L 38>
        wp::adj_mul(var_12, var_16, adj_12, adj_16, adj_17);
        wp::adj_uint32(var_15, adj_15, adj_16);
        wp::adj_uint32(var_13, adj_13, adj_14);
        // adj: s *= wp.uint32(0x85EBCA6B)                                                        <L 37>
        wp::adj_uint32(var_9, adj_9, adj_10);
        wp::adj_uint32(var_6, adj_6, adj_7);
        // adj: s ^= s >> wp.uint32(16)                                                           <L 36>
        adj_lcg_0(var_2, adj_2, adj_5);
        // adj: s = lcg(s)                                                                        <L 35>
        // adj: for k in range(4):                                                                <L 34>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: s = a[i]                                                                          <L 33>
        // adj: i = wp.tid()                                                                      <L 32>
        // adj: def uint_aug(a: wp.array(dtype=wp.uint32), out: wp.array(dtype=wp.uint32)):       <L 31>
        continue;
    }
}



extern "C" __global__ void float_aug_2fc26a8b_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
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
        const wp::float32 var_4 = 1.5;
        const wp::float32 var_5 = 1.5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.25;
        const wp::float32 var_8 = 0.25;
        wp::float32 var_9;
        const wp::float32 var_10 = 3.0;
        const wp::float32 var_11 = 3.0;
        wp::float32 var_12;
        const wp::float32 var_13 = 7.0;
        const wp::float32 var_14 = 7.0;
        wp::float32 var_15;
        const wp::float32 var_16 = 2.0;
        const wp::float32 var_17 = 2.0;
        wp::float32 var_18;
        const wp::float32 var_19 = 5.0;
        const wp::float32 var_20 = 5.0;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.5;
        wp::float32* var_26;
        const wp::float32 var_27 = 0.5;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 3.0;
        wp::float32* var_31;
        const wp::float32 var_32 = 3.0;
        wp::float32 var_33;
        wp::float32 var_34;
        //---------
        // forward
        // def float_aug(a: wp.array(dtype=float), out: wp.array(dtype=float)):                   <L 43>
        // i = wp.tid()                                                                           <L 44>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 45>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x += 1.5                                                                               <L 46>
        var_6 = wp::add(var_2, var_5);
        // x -= 0.25                                                                              <L 47>
        var_9 = wp::sub(var_6, var_8);
        // x *= 3.0                                                                               <L 48>
        var_12 = wp::mul(var_9, var_11);
        // x /= 7.0                                                                               <L 49>
        var_15 = wp::div(var_12, var_14);
        // x **= 2.0                                                                              <L 50>
        var_18 = wp::pow(var_15, var_17);
        // x %= 5.0                                                                               <L 51>
        var_21 = wp::mod(var_18, var_20);
        // out[i] = x                                                                             <L 52>
        wp::array_store(var_out, var_0, var_21);
        // out[i] += x                                                                            <L 53>
        var_22 = wp::atomic_add(var_out, var_0, var_21);
        // out[i] -= 1.0                                                                          <L 54>
        var_24 = wp::atomic_sub(var_out, var_0, var_23);
        // out[i] *= 0.5                                                                          <L 55>
        var_26 = wp::address(var_out, var_0);
        var_29 = wp::load(var_26);
        var_28 = wp::mul(var_29, var_27);
        wp::array_store(var_out, var_0, var_28);
        // out[i] /= 3.0                                                                          <L 56>
        var_31 = wp::address(var_out, var_0);
        var_34 = wp::load(var_31);
        var_33 = wp::div(var_34, var_32);
        wp::array_store(var_out, var_0, var_33);
    }
}



extern "C" __global__ void float_aug_2fc26a8b_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
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
        const wp::float32 var_4 = 1.5;
        const wp::float32 var_5 = 1.5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.25;
        const wp::float32 var_8 = 0.25;
        wp::float32 var_9;
        const wp::float32 var_10 = 3.0;
        const wp::float32 var_11 = 3.0;
        wp::float32 var_12;
        const wp::float32 var_13 = 7.0;
        const wp::float32 var_14 = 7.0;
        wp::float32 var_15;
        const wp::float32 var_16 = 2.0;
        const wp::float32 var_17 = 2.0;
        wp::float32 var_18;
        const wp::float32 var_19 = 5.0;
        const wp::float32 var_20 = 5.0;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.5;
        wp::float32* var_26;
        const wp::float32 var_27 = 0.5;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 3.0;
        wp::float32* var_31;
        const wp::float32 var_32 = 3.0;
        wp::float32 var_33;
        wp::float32 var_34;
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
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
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
        //---------
        // forward
        // def float_aug(a: wp.array(dtype=float), out: wp.array(dtype=float)):                   <L 43>
        // i = wp.tid()                                                                           <L 44>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 45>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x += 1.5                                                                               <L 46>
        var_6 = wp::add(var_2, var_5);
        // x -= 0.25                                                                              <L 47>
        var_9 = wp::sub(var_6, var_8);
        // x *= 3.0                                                                               <L 48>
        var_12 = wp::mul(var_9, var_11);
        // x /= 7.0                                                                               <L 49>
        var_15 = wp::div(var_12, var_14);
        // x **= 2.0                                                                              <L 50>
        var_18 = wp::pow(var_15, var_17);
        // x %= 5.0                                                                               <L 51>
        var_21 = wp::mod(var_18, var_20);
        // out[i] = x                                                                             <L 52>
        // wp::array_store(var_out, var_0, var_21);
        // out[i] += x                                                                            <L 53>
        // var_22 = wp::atomic_add(var_out, var_0, var_21);
        // out[i] -= 1.0                                                                          <L 54>
        // var_24 = wp::atomic_sub(var_out, var_0, var_23);
        // out[i] *= 0.5                                                                          <L 55>
        var_26 = wp::address(var_out, var_0);
        var_29 = wp::load(var_26);
        var_28 = wp::mul(var_29, var_27);
        // wp::array_store(var_out, var_0, var_28);
        // out[i] /= 3.0                                                                          <L 56>
        var_31 = wp::address(var_out, var_0);
        var_34 = wp::load(var_31);
        var_33 = wp::div(var_34, var_32);
        // wp::array_store(var_out, var_0, var_33);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_33, adj_out, adj_0, adj_33);
        wp::adj_div(var_34, var_32, var_33, adj_31, adj_32, adj_33);
        wp::adj_address(var_out, var_0, adj_out, adj_0, adj_31);
        // adj: out[i] /= 3.0                                                                     <L 56>
        wp::adj_array_store(var_out, var_0, var_28, adj_out, adj_0, adj_28);
        wp::adj_mul(var_29, var_27, adj_26, adj_27, adj_28);
        wp::adj_address(var_out, var_0, adj_out, adj_0, adj_26);
        // adj: out[i] *= 0.5                                                                     <L 55>
        wp::adj_atomic_sub(var_out, var_0, var_23, adj_out, adj_0, adj_23, adj_24);
        // adj: out[i] -= 1.0                                                                     <L 54>
        wp::adj_atomic_add(var_out, var_0, var_21, adj_out, adj_0, adj_21, adj_22);
        // adj: out[i] += x                                                                       <L 53>
        wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
        // adj: out[i] = x                                                                        <L 52>
        wp::adj_mod(var_18, var_20, adj_18, adj_20, adj_21);
        // adj: x %= 5.0                                                                          <L 51>
        wp::adj_pow(var_15, var_17, var_18, adj_15, adj_17, adj_18);
        // adj: x **= 2.0                                                                         <L 50>
        wp::adj_div(var_12, var_14, var_15, adj_12, adj_14, adj_15);
        // adj: x /= 7.0                                                                          <L 49>
        wp::adj_mul(var_9, var_11, adj_9, adj_11, adj_12);
        // adj: x *= 3.0                                                                          <L 48>
        wp::adj_sub(var_6, var_8, adj_6, adj_8, adj_9);
        // adj: x -= 0.25                                                                         <L 47>
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_6);
        // adj: x += 1.5                                                                          <L 46>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i]                                                                          <L 45>
        // adj: i = wp.tid()                                                                      <L 44>
        // adj: def float_aug(a: wp.array(dtype=float), out: wp.array(dtype=float)):              <L 43>
        continue;
    }
}



extern "C" __global__ void vec_aug_b6808677_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out_m)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 1.0;
        const wp::float32 var_5 = 2.0;
        const wp::float32 var_6 = 3.0;
        wp::vec_t<3, wp::float32> var_7;
        const wp::float32 var_8 = 1.0;
        const wp::float32 var_9 = 2.0;
        const wp::float32 var_10 = 3.0;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::float32 var_13 = 0.5;
        wp::vec_t<3, wp::float32> var_14;
        const wp::float32 var_15 = 0.5;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::float32 var_18 = 2.0;
        const wp::float32 var_19 = 2.0;
        wp::vec_t<3, wp::float32> var_20;
        const wp::float32 var_21 = 4.0;
        const wp::float32 var_22 = 4.0;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 1.0;
        const wp::int32 var_25 = 0;
        const wp::float32 var_26 = 3.0;
        const wp::int32 var_27 = 1;
        const wp::int32 var_28 = 1;
        wp::float32 var_29;
        const wp::float32 var_30 = 3.0;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        const wp::float32 var_33 = 2.0;
        const wp::int32 var_34 = 2;
        wp::float32 var_35;
        const wp::float32 var_36 = 2.0;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::mat_t<3, 3, wp::float32>* var_39;
        wp::mat_t<3, 3, wp::float32> var_40;
        wp::mat_t<3, 3, wp::float32> var_41;
        const wp::int32 var_42 = 3;
        wp::mat_t<3, 3, wp::float32> var_43;
        const wp::int32 var_44 = 3;
        wp::mat_t<3, 3, wp::float32> var_45;
        wp::mat_t<3, 3, wp::float32> var_46;
        const wp::float32 var_47 = 0.5;
        const wp::float32 var_48 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_49;
        const wp::float32 var_50 = 1.0;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 0;
        const wp::int32 var_53 = 0;
        wp::float32 var_54;
        const wp::int32 var_55 = 2;
        const wp::int32 var_56 = 1;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::mat_t<3, 3, wp::float32> var_59;
        wp::mat_t<3, 3, wp::float32> var_60;
        //---------
        // forward
        // def vec_aug(v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), out_v: wp.array(dtype=wp.vec3), out_m: wp.array(dtype=wp.mat33)):       <L 60>
        // i = wp.tid()                                                                           <L 61>
        var_0 = builtin_tid1d();
        // a = v[i]                                                                               <L 62>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a += wp.vec3(1.0, 2.0, 3.0)                                                            <L 63>
        var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
        var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
        var_12 = wp::add(var_2, var_11);
        // a -= wp.vec3(0.5)                                                                      <L 64>
        var_14 = wp::vec_t<3, wp::float32>(var_13);
        var_16 = wp::vec_t<3, wp::float32>(var_15);
        var_17 = wp::sub(var_12, var_16);
        // a *= 2.0                                                                               <L 65>
        var_20 = wp::mul(var_17, var_19);
        // a /= 4.0                                                                               <L 66>
        var_23 = wp::div(var_20, var_22);
        // a[0] += 1.0                                                                            <L 67>
        wp::add_inplace(var_23, var_25, var_24);
        // a[1] *= 3.0                                                                            <L 68>
        var_29 = wp::extract(var_23, var_28);
        var_31 = wp::mul(var_29, var_30);
        wp::assign_inplace(var_23, var_32, var_31);
        // a.z -= 2.0                                                                             <L 69>
        var_35 = wp::extract(var_23, var_34);
        var_37 = wp::sub(var_35, var_36);
        wp::assign_inplace(var_23, var_38, var_37);
        // b = m[i]                                                                               <L 70>
        var_39 = wp::address(var_m, var_0);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // b += wp.identity(n=3, dtype=float)                                                     <L 71>
        var_43 = wp::identity<3, wp::float32>();
        var_45 = wp::identity<3, wp::float32>();
        var_46 = wp::add(var_40, var_45);
        // b *= 0.5                                                                               <L 72>
        var_49 = wp::mul(var_46, var_48);
        // b[0, 0] -= 1.0                                                                         <L 73>
        wp::sub_inplace(var_49, var_51, var_52, var_50);
        // b[2, 1] += a[0]                                                                        <L 74>
        var_54 = wp::extract(var_23, var_53);
        wp::add_inplace(var_49, var_55, var_56, var_54);
        // out_v[i] = a                                                                           <L 75>
        wp::array_store(var_out_v, var_0, var_23);
        // out_m[i] = b                                                                           <L 76>
        wp::array_store(var_out_m, var_0, var_49);
        // out_v[i] += b * a                                                                      <L 77>
        var_57 = wp::mul(var_49, var_23);
        var_58 = wp::atomic_add(var_out_v, var_0, var_57);
        // out_m[i] -= wp.outer(a, a)                                                             <L 78>
        var_59 = wp::outer(var_23, var_23);
        var_60 = wp::atomic_sub(var_out_m, var_0, var_59);
    }
}



extern "C" __global__ void vec_aug_b6808677_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out_m,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_v,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_out_m)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 1.0;
        const wp::float32 var_5 = 2.0;
        const wp::float32 var_6 = 3.0;
        wp::vec_t<3, wp::float32> var_7;
        const wp::float32 var_8 = 1.0;
        const wp::float32 var_9 = 2.0;
        const wp::float32 var_10 = 3.0;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::float32 var_13 = 0.5;
        wp::vec_t<3, wp::float32> var_14;
        const wp::float32 var_15 = 0.5;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::float32 var_18 = 2.0;
        const wp::float32 var_19 = 2.0;
        wp::vec_t<3, wp::float32> var_20;
        const wp::float32 var_21 = 4.0;
        const wp::float32 var_22 = 4.0;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 1.0;
        const wp::int32 var_25 = 0;
        const wp::float32 var_26 = 3.0;
        const wp::int32 var_27 = 1;
        const wp::int32 var_28 = 1;
        wp::float32 var_29;
        const wp::float32 var_30 = 3.0;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        const wp::float32 var_33 = 2.0;
        const wp::int32 var_34 = 2;
        wp::float32 var_35;
        const wp::float32 var_36 = 2.0;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::mat_t<3, 3, wp::float32>* var_39;
        wp::mat_t<3, 3, wp::float32> var_40;
        wp::mat_t<3, 3, wp::float32> var_41;
        const wp::int32 var_42 = 3;
        wp::mat_t<3, 3, wp::float32> var_43;
        const wp::int32 var_44 = 3;
        wp::mat_t<3, 3, wp::float32> var_45;
        wp::mat_t<3, 3, wp::float32> var_46;
        const wp::float32 var_47 = 0.5;
        const wp::float32 var_48 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_49;
        const wp::float32 var_50 = 1.0;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 0;
        const wp::int32 var_53 = 0;
        wp::float32 var_54;
        const wp::int32 var_55 = 2;
        const wp::int32 var_56 = 1;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::mat_t<3, 3, wp::float32> var_59;
        wp::mat_t<3, 3, wp::float32> var_60;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::mat_t<3, 3, wp::float32> adj_39 = {};
        wp::mat_t<3, 3, wp::float32> adj_40 = {};
        wp::mat_t<3, 3, wp::float32> adj_41 = {};
        wp::int32 adj_42 = {};
        wp::mat_t<3, 3, wp::float32> adj_43 = {};
        wp::int32 adj_44 = {};
        wp::mat_t<3, 3, wp::float32> adj_45 = {};
        wp::mat_t<3, 3, wp::float32> adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::mat_t<3, 3, wp::float32> adj_49 = {};
        wp::float32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::mat_t<3, 3, wp::float32> adj_59 = {};
        wp::mat_t<3, 3, wp::float32> adj_60 = {};
        //---------
        // forward
        // def vec_aug(v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), out_v: wp.array(dtype=wp.vec3), out_m: wp.array(dtype=wp.mat33)):       <L 60>
        // i = wp.tid()                                                                           <L 61>
        var_0 = builtin_tid1d();
        // a = v[i]                                                                               <L 62>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a += wp.vec3(1.0, 2.0, 3.0)                                                            <L 63>
        var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
        var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
        var_12 = wp::add(var_2, var_11);
        // a -= wp.vec3(0.5)                                                                      <L 64>
        var_14 = wp::vec_t<3, wp::float32>(var_13);
        var_16 = wp::vec_t<3, wp::float32>(var_15);
        var_17 = wp::sub(var_12, var_16);
        // a *= 2.0                                                                               <L 65>
        var_20 = wp::mul(var_17, var_19);
        // a /= 4.0                                                                               <L 66>
        var_23 = wp::div(var_20, var_22);
        // a[0] += 1.0                                                                            <L 67>
        wp::add_inplace(var_23, var_25, var_24);
        // a[1] *= 3.0                                                                            <L 68>
        var_29 = wp::extract(var_23, var_28);
        var_31 = wp::mul(var_29, var_30);
        wp::assign_inplace(var_23, var_32, var_31);
        // a.z -= 2.0                                                                             <L 69>
        var_35 = wp::extract(var_23, var_34);
        var_37 = wp::sub(var_35, var_36);
        wp::assign_inplace(var_23, var_38, var_37);
        // b = m[i]                                                                               <L 70>
        var_39 = wp::address(var_m, var_0);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // b += wp.identity(n=3, dtype=float)                                                     <L 71>
        var_43 = wp::identity<3, wp::float32>();
        var_45 = wp::identity<3, wp::float32>();
        var_46 = wp::add(var_40, var_45);
        // b *= 0.5                                                                               <L 72>
        var_49 = wp::mul(var_46, var_48);
        // b[0, 0] -= 1.0                                                                         <L 73>
        wp::sub_inplace(var_49, var_51, var_52, var_50);
        // b[2, 1] += a[0]                                                                        <L 74>
        var_54 = wp::extract(var_23, var_53);
        wp::add_inplace(var_49, var_55, var_56, var_54);
        // out_v[i] = a                                                                           <L 75>
        // wp::array_store(var_out_v, var_0, var_23);
        // out_m[i] = b                                                                           <L 76>
        // wp::array_store(var_out_m, var_0, var_49);
        // out_v[i] += b * a                                                                      <L 77>
        var_57 = wp::mul(var_49, var_23);
        // var_58 = wp::atomic_add(var_out_v, var_0, var_57);
        // out_m[i] -= wp.outer(a, a)                                                             <L 78>
        var_59 = wp::outer(var_23, var_23);
        // var_60 = wp::atomic_sub(var_out_m, var_0, var_59);
        //---------
        // reverse
        wp::adj_atomic_sub(var_out_m, var_0, var_59, adj_out_m, adj_0, adj_59, adj_60);
        wp::adj_outer(var_23, var_23, adj_23, adj_23, adj_59);
        // adj: out_m[i] -= wp.outer(a, a)                                                        <L 78>
        wp::adj_atomic_add(var_out_v, var_0, var_57, adj_out_v, adj_0, adj_57, adj_58);
        wp::adj_mul(var_49, var_23, adj_49, adj_23, adj_57);
        // adj: out_v[i] += b * a                                                                 <L 77>
        wp::adj_array_store(var_out_m, var_0, var_49, adj_out_m, adj_0, adj_49);
        // adj: out_m[i] = b                                                                      <L 76>
        wp::adj_array_store(var_out_v, var_0, var_23, adj_out_v, adj_0, adj_23);
        // adj: out_v[i] = a                                                                      <L 75>
        wp::adj_add_inplace(var_49, var_55, var_56, var_54, adj_49, adj_55, adj_56, adj_54);
        wp::adj_extract(var_23, var_53, adj_23, adj_53, adj_54);
        // adj: b[2, 1] += a[0]                                                                   <L 74>
        wp::adj_sub_inplace(var_49, var_51, var_52, var_50, adj_49, adj_51, adj_52, adj_50);
        // adj: b[0, 0] -= 1.0                                                                    <L 73>
        wp::adj_mul(var_46, var_48, adj_46, adj_48, adj_49);
        // adj: b *= 0.5                                                                          <L 72>
        wp::adj_add(var_40, var_45, adj_40, adj_45, adj_46);
        // adj: b += wp.identity(n=3, dtype=float)                                                <L 71>
        wp::adj_copy(var_41, adj_39, adj_40);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_39);
        // adj: b = m[i]                                                                          <L 70>
        wp::adj_assign_inplace(var_23, var_38, var_37, adj_23, adj_38, adj_37);
        wp::adj_sub(var_35, var_36, adj_35, adj_36, adj_37);
        wp::adj_extract(var_23, var_34, adj_23, adj_34, adj_35);
        // adj: a.z -= 2.0                                                                        <L 69>
        wp::adj_assign_inplace(var_23, var_32, var_31, adj_23, adj_32, adj_31);
        wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
        wp::adj_extract(var_23, var_28, adj_23, adj_28, adj_29);
        // adj: a[1] *= 3.0                                                                       <L 68>
        wp::adj_add_inplace(var_23, var_25, var_24, adj_23, adj_25, adj_24);
        // adj: a[0] += 1.0                                                                       <L 67>
        wp::adj_div(var_20, var_22, adj_20, adj_22, adj_23);
        // adj: a /= 4.0                                                                          <L 66>
        wp::adj_mul(var_17, var_19, adj_17, adj_19, adj_20);
        // adj: a *= 2.0                                                                          <L 65>
        wp::adj_sub(var_12, var_16, adj_12, adj_16, adj_17);
        wp::adj_vec_t(var_15, adj_15, adj_16);
        wp::adj_vec_t(var_13, adj_13, adj_14);
        // adj: a -= wp.vec3(0.5)                                                                 <L 64>
        wp::adj_add(var_2, var_11, adj_2, adj_11, adj_12);
        wp::adj_vec_t(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
        wp::adj_vec_t(var_4, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
        // adj: a += wp.vec3(1.0, 2.0, 3.0)                                                       <L 63>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: a = v[i]                                                                          <L 62>
        // adj: i = wp.tid()                                                                      <L 61>
        // adj: def vec_aug(v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat33), out_v: wp.array(dtype=wp.vec3), out_m: wp.array(dtype=wp.mat33)):  <L 60>
        continue;
    }
}



extern "C" __global__ void int64_aug_524ae20a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int64> var_a,
    wp::array_t<wp::int64> var_out)
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
        wp::int64* var_1;
        wp::int64 var_2;
        wp::int64 var_3;
        const wp::int32 var_4 = 1;
        wp::int64 var_5;
        const wp::int32 var_6 = 40;
        wp::int64 var_7;
        wp::int64 var_8;
        const wp::int32 var_9 = 1;
        wp::int64 var_10;
        const wp::int32 var_11 = 40;
        wp::int64 var_12;
        wp::int64 var_13;
        wp::int64 var_14;
        const wp::int32 var_15 = 3;
        wp::int64 var_16;
        const wp::int32 var_17 = 3;
        wp::int64 var_18;
        wp::int64 var_19;
        const wp::int32 var_20 = 1000000007;
        wp::int64 var_21;
        const wp::int32 var_22 = 1000000007;
        wp::int64 var_23;
        wp::int64 var_24;
        const wp::int32 var_25 = 31;
        wp::int64 var_26;
        const wp::int32 var_27 = 31;
        wp::int64 var_28;
        wp::int64 var_29;
        const wp::int32 var_30 = 2;
        wp::int64 var_31;
        const wp::int32 var_32 = 2;
        wp::int64 var_33;
        wp::int64 var_34;
        const wp::int32 var_35 = 0;
        wp::int64 var_36;
        //---------
        // forward
        // def int64_aug(a: wp.array(dtype=wp.int64), out: wp.array(dtype=wp.int64)):             <L 82>
        // i = wp.tid()                                                                           <L 83>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 84>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x += wp.int64(1) << wp.int64(40)                                                       <L 85>
        var_5 = wp::int64(var_4);
        var_7 = wp::int64(var_6);
        var_8 = wp::lshift(var_5, var_7);
        var_10 = wp::int64(var_9);
        var_12 = wp::int64(var_11);
        var_13 = wp::lshift(var_10, var_12);
        var_14 = wp::add(var_2, var_13);
        // x //= wp.int64(3)                                                                      <L 86>
        var_16 = wp::int64(var_15);
        var_18 = wp::int64(var_17);
        var_19 = wp::floordiv(var_14, var_18);
        // x %= wp.int64(1000000007)                                                              <L 87>
        var_21 = wp::int64(var_20);
        var_23 = wp::int64(var_22);
        var_24 = wp::mod(var_19, var_23);
        // x *= wp.int64(31)                                                                      <L 88>
        var_26 = wp::int64(var_25);
        var_28 = wp::int64(var_27);
        var_29 = wp::mul(var_24, var_28);
        // x >>= wp.int64(2)                                                                      <L 89>
        var_31 = wp::int64(var_30);
        var_33 = wp::int64(var_32);
        var_34 = wp::rshift(var_29, var_33);
        // out[i] = x                                                                             <L 90>
        wp::array_store(var_out, var_0, var_34);
        // wp.atomic_add(out, 0, x)                                                               <L 91>
        var_36 = wp::atomic_add(var_out, var_35, var_34);
    }
}



extern "C" __global__ void int64_aug_524ae20a_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int64> var_a,
    wp::array_t<wp::int64> var_out,
    wp::array_t<wp::int64> adj_a,
    wp::array_t<wp::int64> adj_out)
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
        wp::int64* var_1;
        wp::int64 var_2;
        wp::int64 var_3;
        const wp::int32 var_4 = 1;
        wp::int64 var_5;
        const wp::int32 var_6 = 40;
        wp::int64 var_7;
        wp::int64 var_8;
        const wp::int32 var_9 = 1;
        wp::int64 var_10;
        const wp::int32 var_11 = 40;
        wp::int64 var_12;
        wp::int64 var_13;
        wp::int64 var_14;
        const wp::int32 var_15 = 3;
        wp::int64 var_16;
        const wp::int32 var_17 = 3;
        wp::int64 var_18;
        wp::int64 var_19;
        const wp::int32 var_20 = 1000000007;
        wp::int64 var_21;
        const wp::int32 var_22 = 1000000007;
        wp::int64 var_23;
        wp::int64 var_24;
        const wp::int32 var_25 = 31;
        wp::int64 var_26;
        const wp::int32 var_27 = 31;
        wp::int64 var_28;
        wp::int64 var_29;
        const wp::int32 var_30 = 2;
        wp::int64 var_31;
        const wp::int32 var_32 = 2;
        wp::int64 var_33;
        wp::int64 var_34;
        const wp::int32 var_35 = 0;
        wp::int64 var_36;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int64 adj_1 = {};
        wp::int64 adj_2 = {};
        wp::int64 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int64 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int64 adj_7 = {};
        wp::int64 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int64 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int64 adj_12 = {};
        wp::int64 adj_13 = {};
        wp::int64 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int64 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int64 adj_18 = {};
        wp::int64 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int64 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int64 adj_23 = {};
        wp::int64 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int64 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int64 adj_28 = {};
        wp::int64 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int64 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int64 adj_33 = {};
        wp::int64 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int64 adj_36 = {};
        //---------
        // forward
        // def int64_aug(a: wp.array(dtype=wp.int64), out: wp.array(dtype=wp.int64)):             <L 82>
        // i = wp.tid()                                                                           <L 83>
        var_0 = builtin_tid1d();
        // x = a[i]                                                                               <L 84>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x += wp.int64(1) << wp.int64(40)                                                       <L 85>
        var_5 = wp::int64(var_4);
        var_7 = wp::int64(var_6);
        var_8 = wp::lshift(var_5, var_7);
        var_10 = wp::int64(var_9);
        var_12 = wp::int64(var_11);
        var_13 = wp::lshift(var_10, var_12);
        var_14 = wp::add(var_2, var_13);
        // x //= wp.int64(3)                                                                      <L 86>
        var_16 = wp::int64(var_15);
        var_18 = wp::int64(var_17);
        var_19 = wp::floordiv(var_14, var_18);
        // x %= wp.int64(1000000007)                                                              <L 87>
        var_21 = wp::int64(var_20);
        var_23 = wp::int64(var_22);
        var_24 = wp::mod(var_19, var_23);
        // x *= wp.int64(31)                                                                      <L 88>
        var_26 = wp::int64(var_25);
        var_28 = wp::int64(var_27);
        var_29 = wp::mul(var_24, var_28);
        // x >>= wp.int64(2)                                                                      <L 89>
        var_31 = wp::int64(var_30);
        var_33 = wp::int64(var_32);
        var_34 = wp::rshift(var_29, var_33);
        // out[i] = x                                                                             <L 90>
        // wp::array_store(var_out, var_0, var_34);
        // wp.atomic_add(out, 0, x)                                                               <L 91>
        // var_36 = wp::atomic_add(var_out, var_35, var_34);
        //---------
        // reverse
        wp::adj_atomic_add(var_out, var_35, var_34, adj_out, adj_35, adj_34, adj_36);
        // adj: wp.atomic_add(out, 0, x)                                                          <L 91>
        wp::adj_array_store(var_out, var_0, var_34, adj_out, adj_0, adj_34);
        // adj: out[i] = x                                                                        <L 90>
        wp::adj_int64(var_32, adj_32, adj_33);
        wp::adj_int64(var_30, adj_30, adj_31);
        // adj: x >>= wp.int64(2)                                                                 <L 89>
        wp::adj_mul(var_24, var_28, adj_24, adj_28, adj_29);
        wp::adj_int64(var_27, adj_27, adj_28);
        wp::adj_int64(var_25, adj_25, adj_26);
        // adj: x *= wp.int64(31)                                                                 <L 88>
        wp::adj_mod(var_19, var_23, adj_19, adj_23, adj_24);
        wp::adj_int64(var_22, adj_22, adj_23);
        wp::adj_int64(var_20, adj_20, adj_21);
        // adj: x %= wp.int64(1000000007)                                                         <L 87>
        wp::adj_int64(var_17, adj_17, adj_18);
        wp::adj_int64(var_15, adj_15, adj_16);
        // adj: x //= wp.int64(3)                                                                 <L 86>
        wp::adj_add(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_int64(var_11, adj_11, adj_12);
        wp::adj_int64(var_9, adj_9, adj_10);
        wp::adj_int64(var_6, adj_6, adj_7);
        wp::adj_int64(var_4, adj_4, adj_5);
        // adj: x += wp.int64(1) << wp.int64(40)                                                  <L 85>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i]                                                                          <L 84>
        // adj: i = wp.tid()                                                                      <L 83>
        // adj: def int64_aug(a: wp.array(dtype=wp.int64), out: wp.array(dtype=wp.int64)):        <L 82>
        continue;
    }
}

