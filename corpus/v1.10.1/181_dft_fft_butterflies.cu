
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


// corpus/181_dft_fft_butterflies.py:11
static CUDA_CALLABLE wp::vec_t<2, wp::float32> cexp_0(
    wp::float32 var_theta)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<2, wp::float32> var_2;
    //---------
    // forward
    // def cexp(theta: float) -> wp.vec2:                                                     <L 12>
    // return wp.vec2(wp.cos(theta), wp.sin(theta))                                           <L 13>
    var_0 = wp::cos(var_theta);
    var_1 = wp::sin(var_theta);
    var_2 = wp::vec_t<2, wp::float32>(var_0, var_1);
    return var_2;
}


// corpus/181_dft_fft_butterflies.py:6
static CUDA_CALLABLE wp::vec_t<2, wp::float32> cmul_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    //---------
    // forward
    // def cmul(a: wp.vec2, b: wp.vec2) -> wp.vec2:                                           <L 7>
    // return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])                   <L 8>
    var_1 = wp::extract(var_a, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::sub(var_4, var_9);
    var_12 = wp::extract(var_a, var_11);
    var_14 = wp::extract(var_b, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_17 = wp::extract(var_a, var_16);
    var_19 = wp::extract(var_b, var_18);
    var_20 = wp::mul(var_17, var_19);
    var_21 = wp::add(var_15, var_20);
    var_22 = wp::vec_t<2, wp::float32>(var_10, var_21);
    return var_22;
}


// corpus/181_dft_fft_butterflies.py:16
static CUDA_CALLABLE wp::int32 bit_reverse_0(
    wp::int32 var_x,
    wp::int32 var_bits)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // forward
    // def bit_reverse(x: int, bits: int) -> int:                                             <L 17>
    // r = int(0)                                                                             <L 18>
    var_1 = wp::int(var_0);
    // v = x                                                                                  <L 19>
    var_2 = wp::copy(var_x);
    // for b in range(bits):                                                                  <L 20>
    var_3 = wp::range(var_bits);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
        // r = (r << 1) | (v & 1)                                                             <L 21>
        var_6 = wp::lshift(var_1, var_5);
        var_8 = wp::bit_and(var_2, var_7);
        var_9 = wp::bit_or(var_6, var_8);
        // v = v >> 1                                                                         <L 22>
        var_11 = wp::rshift(var_2, var_10);
        wp::assign(var_1, var_9);
        wp::assign(var_2, var_11);
        goto start_for_0;
    end_for_0:;
    // return r                                                                               <L 23>
    return var_1;
}


// corpus/181_dft_fft_butterflies.py:11
static CUDA_CALLABLE void adj_cexp_0(
    wp::float32 var_theta,
    wp::float32 & adj_theta,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<2, wp::float32> var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    //---------
    // forward
    // def cexp(theta: float) -> wp.vec2:                                                     <L 12>
    // return wp.vec2(wp.cos(theta), wp.sin(theta))                                           <L 13>
    var_0 = wp::cos(var_theta);
    var_1 = wp::sin(var_theta);
    var_2 = wp::vec_t<2, wp::float32>(var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_vec_t(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_sin(var_theta, adj_theta, adj_1);
    wp::adj_cos(var_theta, adj_theta, adj_0);
    // adj: return wp.vec2(wp.cos(theta), wp.sin(theta))                                      <L 13>
    // adj: def cexp(theta: float) -> wp.vec2:                                                <L 12>
    return;
}


// corpus/181_dft_fft_butterflies.py:6
static CUDA_CALLABLE void adj_cmul_0(
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b,
    wp::vec_t<2, wp::float32> & adj_a,
    wp::vec_t<2, wp::float32> & adj_b,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    //---------
    // forward
    // def cmul(a: wp.vec2, b: wp.vec2) -> wp.vec2:                                           <L 7>
    // return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])                   <L 8>
    var_1 = wp::extract(var_a, var_0);
    var_3 = wp::extract(var_b, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_6 = wp::extract(var_a, var_5);
    var_8 = wp::extract(var_b, var_7);
    var_9 = wp::mul(var_6, var_8);
    var_10 = wp::sub(var_4, var_9);
    var_12 = wp::extract(var_a, var_11);
    var_14 = wp::extract(var_b, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_17 = wp::extract(var_a, var_16);
    var_19 = wp::extract(var_b, var_18);
    var_20 = wp::mul(var_17, var_19);
    var_21 = wp::add(var_15, var_20);
    var_22 = wp::vec_t<2, wp::float32>(var_10, var_21);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_22 += adj_ret;
    wp::adj_vec_t(var_10, var_21, adj_10, adj_21, adj_22);
    wp::adj_add(var_15, var_20, adj_15, adj_20, adj_21);
    wp::adj_mul(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_extract(var_b, var_18, adj_b, adj_18, adj_19);
    wp::adj_extract(var_a, var_16, adj_a, adj_16, adj_17);
    wp::adj_mul(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_extract(var_b, var_13, adj_b, adj_13, adj_14);
    wp::adj_extract(var_a, var_11, adj_a, adj_11, adj_12);
    wp::adj_sub(var_4, var_9, adj_4, adj_9, adj_10);
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_extract(var_b, var_7, adj_b, adj_7, adj_8);
    wp::adj_extract(var_a, var_5, adj_a, adj_5, adj_6);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_b, var_2, adj_b, adj_2, adj_3);
    wp::adj_extract(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: return wp.vec2(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])              <L 8>
    // adj: def cmul(a: wp.vec2, b: wp.vec2) -> wp.vec2:                                      <L 7>
    return;
}


// corpus/181_dft_fft_butterflies.py:16
static CUDA_CALLABLE void adj_bit_reverse_0(
    wp::int32 var_x,
    wp::int32 var_bits,
    wp::int32 & adj_x,
    wp::int32 & adj_bits,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::range_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    //---------
    // forward
    // def bit_reverse(x: int, bits: int) -> int:                                             <L 17>
    // r = int(0)                                                                             <L 18>
    var_1 = wp::int(var_0);
    // v = x                                                                                  <L 19>
    var_2 = wp::copy(var_x);
    // for b in range(bits):                                                                  <L 20>
    var_3 = wp::range(var_bits);
    // return r                                                                               <L 23>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return r                                                                          <L 23>
    var_3 = wp::iter_reverse(var_3);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
        // r = (r << 1) | (v & 1)                                                             <L 21>
        var_6 = wp::lshift(var_1, var_5);
        var_8 = wp::bit_and(var_2, var_7);
        var_9 = wp::bit_or(var_6, var_8);
        // v = v >> 1                                                                         <L 22>
        var_11 = wp::rshift(var_2, var_10);
        wp::assign(var_1, var_9);
        wp::assign(var_2, var_11);
        wp::adj_assign(var_2, var_11, adj_2, adj_11);
        wp::adj_assign(var_1, var_9, adj_1, adj_9);
        // adj: v = v >> 1                                                                    <L 22>
        // adj: r = (r << 1) | (v & 1)                                                        <L 21>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_bits, adj_bits, adj_3);
    // adj: for b in range(bits):                                                             <L 20>
    wp::adj_copy(var_x, adj_x, adj_2);
    // adj: v = x                                                                             <L 19>
    wp::adj_int(var_0, adj_0, adj_1);
    // adj: r = int(0)                                                                        <L 18>
    // adj: def bit_reverse(x: int, bits: int) -> int:                                        <L 17>
    return;
}



extern "C" __global__ void naive_dft_14accb91_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_X,
    wp::int32 var_inverse)
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
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = -1.0;
        const wp::int32 var_8 = 0;
        bool var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::vec_t<2, wp::float32>* var_15;
        const wp::float32 var_16 = 6.283185307179586;
        wp::float32 var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<2, wp::float32> var_23;
        wp::vec_t<2, wp::float32> var_24;
        wp::vec_t<2, wp::float32> var_25;
        wp::vec_t<2, wp::float32>* var_26;
        wp::float32 var_27;
        wp::int32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::vec_t<2, wp::float32> var_33;
        wp::vec_t<2, wp::float32> var_34;
        wp::vec_t<2, wp::float32> var_35;
        wp::vec_t<2, wp::float32> var_36;
        const wp::int32 var_37 = 0;
        bool var_38;
        wp::float32 var_39;
        wp::vec_t<2, wp::float32> var_40;
        wp::vec_t<2, wp::float32> var_41;
        //---------
        // forward
        // def naive_dft(x: wp.array2d(dtype=wp.vec2), X: wp.array2d(dtype=wp.vec2), inverse: int):       <L 27>
        // row, k = wp.tid()                                                                      <L 28>
        builtin_tid2d(var_0, var_1);
        // n = x.shape[1]                                                                         <L 29>
        var_2 = &(var_x.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // sign = -1.0                                                                            <L 30>
        // if inverse != 0:                                                                       <L 31>
        var_9 = (var_inverse != var_8);
        if (var_9) {
            // sign = 1.0                                                                         <L 32>
        }
        var_11 = wp::where(var_9, var_10, var_7);
        // acc = wp.vec2()                                                                        <L 33>
        var_12 = wp::vec_t<2, wp::float32>();
        // for j in range(n):                                                                     <L 34>
        var_13 = wp::range(var_4);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
            // acc += cmul(x[row, j], cexp(sign * TWO_PI * float(j * k) / float(n)))              <L 35>
            var_15 = wp::address(var_x, var_0, var_14);
            var_17 = wp::mul(var_11, var_16);
            var_18 = wp::mul(var_14, var_1);
            var_19 = wp::float(var_18);
            var_20 = wp::mul(var_17, var_19);
            var_21 = wp::float(var_4);
            var_22 = wp::div(var_20, var_21);
            var_23 = cexp_0(var_22);
            var_25 = wp::load(var_15);
            var_24 = cmul_0(var_25, var_23);
            var_26 = wp::address(var_x, var_0, var_14);
            var_27 = wp::mul(var_11, var_16);
            var_28 = wp::mul(var_14, var_1);
            var_29 = wp::float(var_28);
            var_30 = wp::mul(var_27, var_29);
            var_31 = wp::float(var_4);
            var_32 = wp::div(var_30, var_31);
            var_33 = cexp_0(var_32);
            var_35 = wp::load(var_26);
            var_34 = cmul_0(var_35, var_33);
            var_36 = wp::add(var_12, var_34);
            wp::assign(var_12, var_36);
            goto start_for_0;
        end_for_0:;
        // if inverse != 0:                                                                       <L 36>
        var_38 = (var_inverse != var_37);
        if (var_38) {
            // acc = acc / float(n)                                                               <L 37>
            var_39 = wp::float(var_4);
            var_40 = wp::div(var_12, var_39);
        }
        var_41 = wp::where(var_38, var_40, var_12);
        // X[row, k] = acc                                                                        <L 38>
        wp::array_store(var_X, var_0, var_1, var_41);
    }
}



extern "C" __global__ void naive_dft_14accb91_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_X,
    wp::int32 var_inverse,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_X,
    wp::int32 adj_inverse)
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
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = -1.0;
        const wp::int32 var_8 = 0;
        bool var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::vec_t<2, wp::float32>* var_15;
        const wp::float32 var_16 = 6.283185307179586;
        wp::float32 var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<2, wp::float32> var_23;
        wp::vec_t<2, wp::float32> var_24;
        wp::vec_t<2, wp::float32> var_25;
        wp::vec_t<2, wp::float32>* var_26;
        wp::float32 var_27;
        wp::int32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::vec_t<2, wp::float32> var_33;
        wp::vec_t<2, wp::float32> var_34;
        wp::vec_t<2, wp::float32> var_35;
        wp::vec_t<2, wp::float32> var_36;
        const wp::int32 var_37 = 0;
        bool var_38;
        wp::float32 var_39;
        wp::vec_t<2, wp::float32> var_40;
        wp::vec_t<2, wp::float32> var_41;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::range_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<2, wp::float32> adj_23 = {};
        wp::vec_t<2, wp::float32> adj_24 = {};
        wp::vec_t<2, wp::float32> adj_25 = {};
        wp::vec_t<2, wp::float32> adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::vec_t<2, wp::float32> adj_33 = {};
        wp::vec_t<2, wp::float32> adj_34 = {};
        wp::vec_t<2, wp::float32> adj_35 = {};
        wp::vec_t<2, wp::float32> adj_36 = {};
        wp::int32 adj_37 = {};
        bool adj_38 = {};
        wp::float32 adj_39 = {};
        wp::vec_t<2, wp::float32> adj_40 = {};
        wp::vec_t<2, wp::float32> adj_41 = {};
        //---------
        // forward
        // def naive_dft(x: wp.array2d(dtype=wp.vec2), X: wp.array2d(dtype=wp.vec2), inverse: int):       <L 27>
        // row, k = wp.tid()                                                                      <L 28>
        builtin_tid2d(var_0, var_1);
        // n = x.shape[1]                                                                         <L 29>
        var_2 = &(var_x.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // sign = -1.0                                                                            <L 30>
        // if inverse != 0:                                                                       <L 31>
        var_9 = (var_inverse != var_8);
        if (var_9) {
            // sign = 1.0                                                                         <L 32>
        }
        var_11 = wp::where(var_9, var_10, var_7);
        // acc = wp.vec2()                                                                        <L 33>
        var_12 = wp::vec_t<2, wp::float32>();
        // for j in range(n):                                                                     <L 34>
        var_13 = wp::range(var_4);
        // if inverse != 0:                                                                       <L 36>
        var_38 = (var_inverse != var_37);
        if (var_38) {
            // acc = acc / float(n)                                                               <L 37>
            var_39 = wp::float(var_4);
            var_40 = wp::div(var_12, var_39);
        }
        var_41 = wp::where(var_38, var_40, var_12);
        // X[row, k] = acc                                                                        <L 38>
        // wp::array_store(var_X, var_0, var_1, var_41);
        //---------
        // reverse
        wp::adj_array_store(var_X, var_0, var_1, var_41, adj_X, adj_0, adj_1, adj_41);
        // adj: X[row, k] = acc                                                                   <L 38>
        wp::adj_where(var_38, var_40, var_12, adj_38, adj_40, adj_12, adj_41);
        if (var_38) {
            wp::adj_div(var_12, var_39, adj_12, adj_39, adj_40);
            wp::adj_float(var_4, adj_4, adj_39);
            // adj: acc = acc / float(n)                                                          <L 37>
        }
        // adj: if inverse != 0:                                                                  <L 36>
        var_13 = wp::iter_reverse(var_13);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
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
            // acc += cmul(x[row, j], cexp(sign * TWO_PI * float(j * k) / float(n)))              <L 35>
            var_15 = wp::address(var_x, var_0, var_14);
            var_17 = wp::mul(var_11, var_16);
            var_18 = wp::mul(var_14, var_1);
            var_19 = wp::float(var_18);
            var_20 = wp::mul(var_17, var_19);
            var_21 = wp::float(var_4);
            var_22 = wp::div(var_20, var_21);
            var_23 = cexp_0(var_22);
            var_25 = wp::load(var_15);
            var_24 = cmul_0(var_25, var_23);
            var_26 = wp::address(var_x, var_0, var_14);
            var_27 = wp::mul(var_11, var_16);
            var_28 = wp::mul(var_14, var_1);
            var_29 = wp::float(var_28);
            var_30 = wp::mul(var_27, var_29);
            var_31 = wp::float(var_4);
            var_32 = wp::div(var_30, var_31);
            var_33 = cexp_0(var_32);
            var_35 = wp::load(var_26);
            var_34 = cmul_0(var_35, var_33);
            var_36 = wp::add(var_12, var_34);
            wp::assign(var_12, var_36);
            wp::adj_assign(var_12, var_36, adj_12, adj_36);
            wp::adj_add(var_12, var_34, adj_12, adj_34, adj_36);
            adj_cmul_0(var_35, var_33, adj_26, adj_33, adj_34);
            adj_cexp_0(var_32, adj_32, adj_33);
            wp::adj_div(var_30, var_31, var_32, adj_30, adj_31, adj_32);
            wp::adj_float(var_4, adj_4, adj_31);
            wp::adj_mul(var_27, var_29, adj_27, adj_29, adj_30);
            wp::adj_float(var_28, adj_28, adj_29);
            wp::adj_mul(var_14, var_1, adj_14, adj_1, adj_28);
            wp::adj_mul(var_11, var_16, adj_11, adj_16, adj_27);
            wp::adj_address(var_x, var_0, var_14, adj_x, adj_0, adj_14, adj_26);
            adj_cmul_0(var_25, var_23, adj_15, adj_23, adj_24);
            adj_cexp_0(var_22, adj_22, adj_23);
            wp::adj_div(var_20, var_21, var_22, adj_20, adj_21, adj_22);
            wp::adj_float(var_4, adj_4, adj_21);
            wp::adj_mul(var_17, var_19, adj_17, adj_19, adj_20);
            wp::adj_float(var_18, adj_18, adj_19);
            wp::adj_mul(var_14, var_1, adj_14, adj_1, adj_18);
            wp::adj_mul(var_11, var_16, adj_11, adj_16, adj_17);
            wp::adj_address(var_x, var_0, var_14, adj_x, adj_0, adj_14, adj_15);
            // adj: acc += cmul(x[row, j], cexp(sign * TWO_PI * float(j * k) / float(n)))         <L 35>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_4, adj_4, adj_13);
        // adj: for j in range(n):                                                                <L 34>
        // adj: acc = wp.vec2()                                                                   <L 33>
        wp::adj_where(var_9, var_10, var_7, adj_9, adj_10, adj_7, adj_11);
        if (var_9) {
            // adj: sign = 1.0                                                                    <L 32>
        }
        // adj: if inverse != 0:                                                                  <L 31>
        // adj: sign = -1.0                                                                       <L 30>
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        adj_x.shape = adj_2;
        // adj: n = x.shape[1]                                                                    <L 29>
        // adj: row, k = wp.tid()                                                                 <L 28>
        // adj: def naive_dft(x: wp.array2d(dtype=wp.vec2), X: wp.array2d(dtype=wp.vec2), inverse: int):  <L 27>
        continue;
    }
}



extern "C" __global__ void permute_3877967f_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_y,
    wp::int32 var_bits)
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
        wp::int32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        wp::int32 var_3;
        wp::vec_t<2, wp::float32> var_4;
        //---------
        // forward
        // def permute(x: wp.array2d(dtype=wp.vec2), y: wp.array2d(dtype=wp.vec2), bits: int):       <L 42>
        // row, i = wp.tid()                                                                      <L 43>
        builtin_tid2d(var_0, var_1);
        // y[row, bit_reverse(i, bits)] = x[row, i]                                               <L 44>
        var_2 = wp::address(var_x, var_0, var_1);
        var_3 = bit_reverse_0(var_1, var_bits);
        var_4 = wp::load(var_2);
        wp::array_store(var_y, var_0, var_3, var_4);
    }
}



extern "C" __global__ void permute_3877967f_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_y,
    wp::int32 var_bits,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_y,
    wp::int32 adj_bits)
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
        wp::int32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        wp::int32 var_3;
        wp::vec_t<2, wp::float32> var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        //---------
        // forward
        // def permute(x: wp.array2d(dtype=wp.vec2), y: wp.array2d(dtype=wp.vec2), bits: int):       <L 42>
        // row, i = wp.tid()                                                                      <L 43>
        builtin_tid2d(var_0, var_1);
        // y[row, bit_reverse(i, bits)] = x[row, i]                                               <L 44>
        var_2 = wp::address(var_x, var_0, var_1);
        var_3 = bit_reverse_0(var_1, var_bits);
        var_4 = wp::load(var_2);
        // wp::array_store(var_y, var_0, var_3, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_3, var_4, adj_y, adj_0, adj_3, adj_2);
        adj_bit_reverse_0(var_1, var_bits, adj_1, adj_bits, adj_3);
        wp::adj_address(var_x, var_0, var_1, adj_x, adj_0, adj_1, adj_2);
        // adj: y[row, bit_reverse(i, bits)] = x[row, i]                                          <L 44>
        // adj: row, i = wp.tid()                                                                 <L 43>
        // adj: def permute(x: wp.array2d(dtype=wp.vec2), y: wp.array2d(dtype=wp.vec2), bits: int):  <L 42>
        continue;
    }
}



extern "C" __global__ void butterfly_72d2ea09_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_y,
    wp::int32 var_half)
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
        wp::int32 var_1;
        const wp::int32 var_2 = 2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::float32 var_9 = 6.283185307179586;
        const wp::float32 var_10 = -6.283185307179586;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32>* var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::vec_t<2, wp::float32>* var_19;
        wp::vec_t<2, wp::float32> var_20;
        wp::vec_t<2, wp::float32> var_21;
        wp::vec_t<2, wp::float32> var_22;
        wp::vec_t<2, wp::float32> var_23;
        //---------
        // forward
        // def butterfly(y: wp.array2d(dtype=wp.vec2), half: int):                                <L 48>
        // row, t = wp.tid()                                                                      <L 49>
        builtin_tid2d(var_0, var_1);
        // size = half * 2                                                                        <L 50>
        var_3 = wp::mul(var_half, var_2);
        // group = t / half                                                                       <L 51>
        var_4 = wp::div(var_1, var_half);
        // pos = t % half                                                                         <L 52>
        var_5 = wp::mod(var_1, var_half);
        // i = group * size + pos                                                                 <L 53>
        var_6 = wp::mul(var_4, var_3);
        var_7 = wp::add(var_6, var_5);
        // j = i + half                                                                           <L 54>
        var_8 = wp::add(var_7, var_half);
        // w = cexp(-TWO_PI * float(pos) / float(size))                                           <L 55>
        var_11 = wp::float(var_5);
        var_12 = wp::mul(var_10, var_11);
        var_13 = wp::float(var_3);
        var_14 = wp::div(var_12, var_13);
        var_15 = cexp_0(var_14);
        // a = y[row, i]                                                                          <L 56>
        var_16 = wp::address(var_y, var_0, var_7);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // b = cmul(y[row, j], w)                                                                 <L 57>
        var_19 = wp::address(var_y, var_0, var_8);
        var_21 = wp::load(var_19);
        var_20 = cmul_0(var_21, var_15);
        // y[row, i] = a + b                                                                      <L 58>
        var_22 = wp::add(var_17, var_20);
        wp::array_store(var_y, var_0, var_7, var_22);
        // y[row, j] = a - b                                                                      <L 59>
        var_23 = wp::sub(var_17, var_20);
        wp::array_store(var_y, var_0, var_8, var_23);
    }
}



extern "C" __global__ void butterfly_72d2ea09_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_y,
    wp::int32 var_half,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_y,
    wp::int32 adj_half)
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
        wp::int32 var_1;
        const wp::int32 var_2 = 2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::float32 var_9 = 6.283185307179586;
        const wp::float32 var_10 = -6.283185307179586;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32>* var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::vec_t<2, wp::float32>* var_19;
        wp::vec_t<2, wp::float32> var_20;
        wp::vec_t<2, wp::float32> var_21;
        wp::vec_t<2, wp::float32> var_22;
        wp::vec_t<2, wp::float32> var_23;
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
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::vec_t<2, wp::float32> adj_19 = {};
        wp::vec_t<2, wp::float32> adj_20 = {};
        wp::vec_t<2, wp::float32> adj_21 = {};
        wp::vec_t<2, wp::float32> adj_22 = {};
        wp::vec_t<2, wp::float32> adj_23 = {};
        //---------
        // forward
        // def butterfly(y: wp.array2d(dtype=wp.vec2), half: int):                                <L 48>
        // row, t = wp.tid()                                                                      <L 49>
        builtin_tid2d(var_0, var_1);
        // size = half * 2                                                                        <L 50>
        var_3 = wp::mul(var_half, var_2);
        // group = t / half                                                                       <L 51>
        var_4 = wp::div(var_1, var_half);
        // pos = t % half                                                                         <L 52>
        var_5 = wp::mod(var_1, var_half);
        // i = group * size + pos                                                                 <L 53>
        var_6 = wp::mul(var_4, var_3);
        var_7 = wp::add(var_6, var_5);
        // j = i + half                                                                           <L 54>
        var_8 = wp::add(var_7, var_half);
        // w = cexp(-TWO_PI * float(pos) / float(size))                                           <L 55>
        var_11 = wp::float(var_5);
        var_12 = wp::mul(var_10, var_11);
        var_13 = wp::float(var_3);
        var_14 = wp::div(var_12, var_13);
        var_15 = cexp_0(var_14);
        // a = y[row, i]                                                                          <L 56>
        var_16 = wp::address(var_y, var_0, var_7);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // b = cmul(y[row, j], w)                                                                 <L 57>
        var_19 = wp::address(var_y, var_0, var_8);
        var_21 = wp::load(var_19);
        var_20 = cmul_0(var_21, var_15);
        // y[row, i] = a + b                                                                      <L 58>
        var_22 = wp::add(var_17, var_20);
        // wp::array_store(var_y, var_0, var_7, var_22);
        // y[row, j] = a - b                                                                      <L 59>
        var_23 = wp::sub(var_17, var_20);
        // wp::array_store(var_y, var_0, var_8, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_8, var_23, adj_y, adj_0, adj_8, adj_23);
        wp::adj_sub(var_17, var_20, adj_17, adj_20, adj_23);
        // adj: y[row, j] = a - b                                                                 <L 59>
        wp::adj_array_store(var_y, var_0, var_7, var_22, adj_y, adj_0, adj_7, adj_22);
        wp::adj_add(var_17, var_20, adj_17, adj_20, adj_22);
        // adj: y[row, i] = a + b                                                                 <L 58>
        adj_cmul_0(var_21, var_15, adj_19, adj_15, adj_20);
        wp::adj_address(var_y, var_0, var_8, adj_y, adj_0, adj_8, adj_19);
        // adj: b = cmul(y[row, j], w)                                                            <L 57>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_y, var_0, var_7, adj_y, adj_0, adj_7, adj_16);
        // adj: a = y[row, i]                                                                     <L 56>
        adj_cexp_0(var_14, adj_14, adj_15);
        wp::adj_div(var_12, var_13, var_14, adj_12, adj_13, adj_14);
        wp::adj_float(var_3, adj_3, adj_13);
        wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_float(var_5, adj_5, adj_11);
        // adj: w = cexp(-TWO_PI * float(pos) / float(size))                                      <L 55>
        wp::adj_add(var_7, var_half, adj_7, adj_half, adj_8);
        // adj: j = i + half                                                                      <L 54>
        wp::adj_add(var_6, var_5, adj_6, adj_5, adj_7);
        wp::adj_mul(var_4, var_3, adj_4, adj_3, adj_6);
        // adj: i = group * size + pos                                                            <L 53>
        wp::adj_mod(var_1, var_half, adj_1, adj_half, adj_5);
        // adj: pos = t % half                                                                    <L 52>
        wp::adj_div(var_1, var_half, var_4, adj_1, adj_half, adj_4);
        // adj: group = t / half                                                                  <L 51>
        wp::adj_mul(var_half, var_2, adj_half, adj_2, adj_3);
        // adj: size = half * 2                                                                   <L 50>
        // adj: row, t = wp.tid()                                                                 <L 49>
        // adj: def butterfly(y: wp.array2d(dtype=wp.vec2), half: int):                           <L 48>
        continue;
    }
}



extern "C" __global__ void power_spectrum_2a8ab02a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_X,
    wp::array_t<wp::float32> var_p,
    wp::array_t<wp::int32> var_peak)
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
        wp::int32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 10.0;
        const wp::float32 var_7 = 1e-12;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        wp::shape_t* var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::shape_t var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        bool var_19;
        bool var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::vec_t<2, wp::float32>* var_23;
        wp::vec_t<2, wp::float32> var_24;
        wp::vec_t<2, wp::float32> var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::vec_t<2, wp::float32>* var_28;
        wp::vec_t<2, wp::float32> var_29;
        wp::vec_t<2, wp::float32> var_30;
        wp::float32 var_31;
        bool var_32;
        wp::float32 var_33;
        bool var_34;
        bool var_35;
        wp::int32 var_36;
        //---------
        // forward
        // def power_spectrum(X: wp.array2d(dtype=wp.vec2), p: wp.array2d(dtype=float), peak: wp.array(dtype=int)):       <L 63>
        // row, k = wp.tid()                                                                      <L 64>
        builtin_tid2d(var_0, var_1);
        // v = X[row, k]                                                                          <L 65>
        var_2 = wp::address(var_X, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // m = wp.dot(v, v)                                                                       <L 66>
        var_5 = wp::dot(var_3, var_3);
        // p[row, k] = 10.0 * wp.log10(m + 1.0e-12)                                               <L 67>
        var_8 = wp::add(var_5, var_7);
        var_9 = wp::log10(var_8);
        var_10 = wp::mul(var_6, var_9);
        wp::array_store(var_p, var_0, var_1, var_10);
        // if k > 0 and k < X.shape[1] - 1:                                                       <L 68>
        var_12 = (var_1 > var_11);
        var_13 = &(var_X.shape);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_18 = wp::sub(var_15, var_17);
        var_19 = (var_1 < var_18);
        var_20 = var_12 && var_19;
        if (var_20) {
            // a = X[row, k - 1]                                                                  <L 69>
            var_22 = wp::sub(var_1, var_21);
            var_23 = wp::address(var_X, var_0, var_22);
            var_25 = wp::load(var_23);
            var_24 = wp::copy(var_25);
            // b = X[row, k + 1]                                                                  <L 70>
            var_27 = wp::add(var_1, var_26);
            var_28 = wp::address(var_X, var_0, var_27);
            var_30 = wp::load(var_28);
            var_29 = wp::copy(var_30);
            // if m > wp.dot(a, a) and m > wp.dot(b, b):                                          <L 71>
            var_31 = wp::dot(var_24, var_24);
            var_32 = (var_5 > var_31);
            var_33 = wp::dot(var_29, var_29);
            var_34 = (var_5 > var_33);
            var_35 = var_32 && var_34;
            if (var_35) {
                // wp.atomic_max(peak, row, k)                                                    <L 72>
                var_36 = wp::atomic_max(var_peak, var_0, var_1);
            }
        }
    }
}



extern "C" __global__ void power_spectrum_2a8ab02a_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_X,
    wp::array_t<wp::float32> var_p,
    wp::array_t<wp::int32> var_peak,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_X,
    wp::array_t<wp::float32> adj_p,
    wp::array_t<wp::int32> adj_peak)
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
        wp::int32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 10.0;
        const wp::float32 var_7 = 1e-12;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        wp::shape_t* var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::shape_t var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        bool var_19;
        bool var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::vec_t<2, wp::float32>* var_23;
        wp::vec_t<2, wp::float32> var_24;
        wp::vec_t<2, wp::float32> var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::vec_t<2, wp::float32>* var_28;
        wp::vec_t<2, wp::float32> var_29;
        wp::vec_t<2, wp::float32> var_30;
        wp::float32 var_31;
        bool var_32;
        wp::float32 var_33;
        bool var_34;
        bool var_35;
        wp::int32 var_36;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::shape_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::shape_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        bool adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::vec_t<2, wp::float32> adj_23 = {};
        wp::vec_t<2, wp::float32> adj_24 = {};
        wp::vec_t<2, wp::float32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::vec_t<2, wp::float32> adj_28 = {};
        wp::vec_t<2, wp::float32> adj_29 = {};
        wp::vec_t<2, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        bool adj_32 = {};
        wp::float32 adj_33 = {};
        bool adj_34 = {};
        bool adj_35 = {};
        wp::int32 adj_36 = {};
        //---------
        // forward
        // def power_spectrum(X: wp.array2d(dtype=wp.vec2), p: wp.array2d(dtype=float), peak: wp.array(dtype=int)):       <L 63>
        // row, k = wp.tid()                                                                      <L 64>
        builtin_tid2d(var_0, var_1);
        // v = X[row, k]                                                                          <L 65>
        var_2 = wp::address(var_X, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // m = wp.dot(v, v)                                                                       <L 66>
        var_5 = wp::dot(var_3, var_3);
        // p[row, k] = 10.0 * wp.log10(m + 1.0e-12)                                               <L 67>
        var_8 = wp::add(var_5, var_7);
        var_9 = wp::log10(var_8);
        var_10 = wp::mul(var_6, var_9);
        // wp::array_store(var_p, var_0, var_1, var_10);
        // if k > 0 and k < X.shape[1] - 1:                                                       <L 68>
        var_12 = (var_1 > var_11);
        var_13 = &(var_X.shape);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_18 = wp::sub(var_15, var_17);
        var_19 = (var_1 < var_18);
        var_20 = var_12 && var_19;
        if (var_20) {
            // a = X[row, k - 1]                                                                  <L 69>
            var_22 = wp::sub(var_1, var_21);
            var_23 = wp::address(var_X, var_0, var_22);
            var_25 = wp::load(var_23);
            var_24 = wp::copy(var_25);
            // b = X[row, k + 1]                                                                  <L 70>
            var_27 = wp::add(var_1, var_26);
            var_28 = wp::address(var_X, var_0, var_27);
            var_30 = wp::load(var_28);
            var_29 = wp::copy(var_30);
            // if m > wp.dot(a, a) and m > wp.dot(b, b):                                          <L 71>
            var_31 = wp::dot(var_24, var_24);
            var_32 = (var_5 > var_31);
            var_33 = wp::dot(var_29, var_29);
            var_34 = (var_5 > var_33);
            var_35 = var_32 && var_34;
            if (var_35) {
                // wp.atomic_max(peak, row, k)                                                    <L 72>
                // var_36 = wp::atomic_max(var_peak, var_0, var_1);
            }
        }
        //---------
        // reverse
        if (var_20) {
            if (var_35) {
                wp::adj_atomic_max(var_peak, var_0, var_1, adj_peak, adj_0, adj_1, adj_36);
                // adj: wp.atomic_max(peak, row, k)                                               <L 72>
            }
            wp::adj_dot(var_29, var_29, adj_29, adj_29, adj_33);
            wp::adj_dot(var_24, var_24, adj_24, adj_24, adj_31);
            // adj: if m > wp.dot(a, a) and m > wp.dot(b, b):                                     <L 71>
            wp::adj_copy(var_30, adj_28, adj_29);
            wp::adj_address(var_X, var_0, var_27, adj_X, adj_0, adj_27, adj_28);
            wp::adj_add(var_1, var_26, adj_1, adj_26, adj_27);
            // adj: b = X[row, k + 1]                                                             <L 70>
            wp::adj_copy(var_25, adj_23, adj_24);
            wp::adj_address(var_X, var_0, var_22, adj_X, adj_0, adj_22, adj_23);
            wp::adj_sub(var_1, var_21, adj_1, adj_21, adj_22);
            // adj: a = X[row, k - 1]                                                             <L 69>
        }
        wp::adj_sub(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_extract(var_16, var_14, adj_13, adj_14, adj_15);
        adj_X.shape = adj_13;
        // adj: if k > 0 and k < X.shape[1] - 1:                                                  <L 68>
        wp::adj_array_store(var_p, var_0, var_1, var_10, adj_p, adj_0, adj_1, adj_10);
        wp::adj_mul(var_6, var_9, adj_6, adj_9, adj_10);
        wp::adj_log10(var_8, adj_8, adj_9);
        wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
        // adj: p[row, k] = 10.0 * wp.log10(m + 1.0e-12)                                          <L 67>
        wp::adj_dot(var_3, var_3, adj_3, adj_3, adj_5);
        // adj: m = wp.dot(v, v)                                                                  <L 66>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_X, var_0, var_1, adj_X, adj_0, adj_1, adj_2);
        // adj: v = X[row, k]                                                                     <L 65>
        // adj: row, k = wp.tid()                                                                 <L 64>
        // adj: def power_spectrum(X: wp.array2d(dtype=wp.vec2), p: wp.array2d(dtype=float), peak: wp.array(dtype=int)):  <L 63>
        continue;
    }
}

