
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


// corpus/124_float16_mlp_layers.py:4
static CUDA_CALLABLE wp::float16 gelu_h_0(
    wp::float16 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.7978845608;
    wp::float16 var_1;
    const wp::float32 var_2 = 0.044715;
    wp::float16 var_3;
    const wp::float32 var_4 = 0.5;
    wp::float16 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float16 var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    wp::float16 var_10;
    wp::float16 var_11;
    wp::float16 var_12;
    wp::float16 var_13;
    wp::float16 var_14;
    wp::float16 var_15;
    wp::float16 var_16;
    //---------
    // forward
    // def gelu_h(x: wp.float16) -> wp.float16:                                               <L 5>
    // c = wp.float16(0.7978845608)                                                           <L 6>
    var_1 = wp::float16(var_0);
    // k = wp.float16(0.044715)                                                               <L 7>
    var_3 = wp::float16(var_2);
    // half = wp.float16(0.5)                                                                 <L 8>
    var_5 = wp::float16(var_4);
    // one = wp.float16(1.0)                                                                  <L 9>
    var_7 = wp::float16(var_6);
    // return half * x * (one + wp.tanh(c * (x + k * x * x * x)))                             <L 10>
    var_8 = wp::mul(var_5, var_x);
    var_9 = wp::mul(var_3, var_x);
    var_10 = wp::mul(var_9, var_x);
    var_11 = wp::mul(var_10, var_x);
    var_12 = wp::add(var_x, var_11);
    var_13 = wp::mul(var_1, var_12);
    var_14 = wp::tanh(var_13);
    var_15 = wp::add(var_7, var_14);
    var_16 = wp::mul(var_8, var_15);
    return var_16;
}


// corpus/124_float16_mlp_layers.py:13
static CUDA_CALLABLE wp::float16 silu_h_0(
    wp::float16 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float16 var_1;
    wp::float16 var_2;
    wp::float16 var_3;
    wp::float16 var_4;
    wp::float16 var_5;
    //---------
    // forward
    // def silu_h(x: wp.float16) -> wp.float16:                                               <L 14>
    // return x / (wp.float16(1.0) + wp.exp(-x))                                              <L 15>
    var_1 = wp::float16(var_0);
    var_2 = wp::neg(var_x);
    var_3 = wp::exp(var_2);
    var_4 = wp::add(var_1, var_3);
    var_5 = wp::div(var_x, var_4);
    return var_5;
}


// corpus/124_float16_mlp_layers.py:4
static CUDA_CALLABLE void adj_gelu_h_0(
    wp::float16 var_x,
    wp::float16 & adj_x,
    wp::float16 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.7978845608;
    wp::float16 var_1;
    const wp::float32 var_2 = 0.044715;
    wp::float16 var_3;
    const wp::float32 var_4 = 0.5;
    wp::float16 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float16 var_7;
    wp::float16 var_8;
    wp::float16 var_9;
    wp::float16 var_10;
    wp::float16 var_11;
    wp::float16 var_12;
    wp::float16 var_13;
    wp::float16 var_14;
    wp::float16 var_15;
    wp::float16 var_16;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float16 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float16 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float16 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float16 adj_7 = {};
    wp::float16 adj_8 = {};
    wp::float16 adj_9 = {};
    wp::float16 adj_10 = {};
    wp::float16 adj_11 = {};
    wp::float16 adj_12 = {};
    wp::float16 adj_13 = {};
    wp::float16 adj_14 = {};
    wp::float16 adj_15 = {};
    wp::float16 adj_16 = {};
    //---------
    // forward
    // def gelu_h(x: wp.float16) -> wp.float16:                                               <L 5>
    // c = wp.float16(0.7978845608)                                                           <L 6>
    var_1 = wp::float16(var_0);
    // k = wp.float16(0.044715)                                                               <L 7>
    var_3 = wp::float16(var_2);
    // half = wp.float16(0.5)                                                                 <L 8>
    var_5 = wp::float16(var_4);
    // one = wp.float16(1.0)                                                                  <L 9>
    var_7 = wp::float16(var_6);
    // return half * x * (one + wp.tanh(c * (x + k * x * x * x)))                             <L 10>
    var_8 = wp::mul(var_5, var_x);
    var_9 = wp::mul(var_3, var_x);
    var_10 = wp::mul(var_9, var_x);
    var_11 = wp::mul(var_10, var_x);
    var_12 = wp::add(var_x, var_11);
    var_13 = wp::mul(var_1, var_12);
    var_14 = wp::tanh(var_13);
    var_15 = wp::add(var_7, var_14);
    var_16 = wp::mul(var_8, var_15);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_16 += adj_ret;
    wp::adj_mul(var_8, var_15, adj_8, adj_15, adj_16);
    wp::adj_add(var_7, var_14, adj_7, adj_14, adj_15);
    wp::adj_tanh(var_13, var_14, adj_13, adj_14);
    wp::adj_mul(var_1, var_12, adj_1, adj_12, adj_13);
    wp::adj_add(var_x, var_11, adj_x, adj_11, adj_12);
    wp::adj_mul(var_10, var_x, adj_10, adj_x, adj_11);
    wp::adj_mul(var_9, var_x, adj_9, adj_x, adj_10);
    wp::adj_mul(var_3, var_x, adj_3, adj_x, adj_9);
    wp::adj_mul(var_5, var_x, adj_5, adj_x, adj_8);
    // adj: return half * x * (one + wp.tanh(c * (x + k * x * x * x)))                        <L 10>
    wp::adj_float16(var_6, adj_6, adj_7);
    // adj: one = wp.float16(1.0)                                                             <L 9>
    wp::adj_float16(var_4, adj_4, adj_5);
    // adj: half = wp.float16(0.5)                                                            <L 8>
    wp::adj_float16(var_2, adj_2, adj_3);
    // adj: k = wp.float16(0.044715)                                                          <L 7>
    wp::adj_float16(var_0, adj_0, adj_1);
    // adj: c = wp.float16(0.7978845608)                                                      <L 6>
    // adj: def gelu_h(x: wp.float16) -> wp.float16:                                          <L 5>
    return;
}


// corpus/124_float16_mlp_layers.py:13
static CUDA_CALLABLE void adj_silu_h_0(
    wp::float16 var_x,
    wp::float16 & adj_x,
    wp::float16 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float16 var_1;
    wp::float16 var_2;
    wp::float16 var_3;
    wp::float16 var_4;
    wp::float16 var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float16 adj_1 = {};
    wp::float16 adj_2 = {};
    wp::float16 adj_3 = {};
    wp::float16 adj_4 = {};
    wp::float16 adj_5 = {};
    //---------
    // forward
    // def silu_h(x: wp.float16) -> wp.float16:                                               <L 14>
    // return x / (wp.float16(1.0) + wp.exp(-x))                                              <L 15>
    var_1 = wp::float16(var_0);
    var_2 = wp::neg(var_x);
    var_3 = wp::exp(var_2);
    var_4 = wp::add(var_1, var_3);
    var_5 = wp::div(var_x, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_div(var_x, var_4, var_5, adj_x, adj_4, adj_5);
    wp::adj_add(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_exp(var_2, var_3, adj_2, adj_3);
    wp::adj_neg(var_x, adj_x, adj_2);
    wp::adj_float16(var_0, adj_0, adj_1);
    // adj: return x / (wp.float16(1.0) + wp.exp(-x))                                         <L 15>
    // adj: def silu_h(x: wp.float16) -> wp.float16:                                          <L 14>
    return;
}



extern "C" __global__ void dense_fp16_6292917b_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float16> var_x,
    wp::array_t<wp::float16> var_w,
    wp::array_t<wp::float16> var_b,
    wp::array_t<wp::float16> var_y,
    wp::int32 var_act)
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
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::float16* var_10;
        wp::float32 var_11;
        wp::float16 var_12;
        wp::float16* var_13;
        wp::float32 var_14;
        wp::float16 var_15;
        wp::float32 var_16;
        wp::float16* var_17;
        wp::float32 var_18;
        wp::float16 var_19;
        wp::float16* var_20;
        wp::float32 var_21;
        wp::float16 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float16 var_25;
        wp::float16* var_26;
        wp::float16 var_27;
        wp::float16 var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        const wp::float32 var_31 = 0.0;
        wp::float16 var_32;
        wp::float16 var_33;
        const wp::int32 var_34 = 1;
        bool var_35;
        wp::float16 var_36;
        wp::float16 var_37;
        //---------
        // forward
        // def dense_fp16(                                                                        <L 19>
        // row, col = wp.tid()                                                                    <L 26>
        builtin_tid2d(var_0, var_1);
        // k_dim = x.shape[1]                                                                     <L 27>
        var_2 = &(var_x.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // acc = float(0.0)                                                                       <L 28>
        var_7 = wp::float(var_6);
        // for k in range(k_dim):                                                                 <L 29>
        var_8 = wp::range(var_4);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
            // acc += float(x[row, k]) * float(w[k, col])                                         <L 30>
            var_10 = wp::address(var_x, var_0, var_9);
            var_12 = wp::load(var_10);
            var_11 = wp::float(var_12);
            var_13 = wp::address(var_w, var_9, var_1);
            var_15 = wp::load(var_13);
            var_14 = wp::float(var_15);
            var_16 = wp::mul(var_11, var_14);
            var_17 = wp::address(var_x, var_0, var_9);
            var_19 = wp::load(var_17);
            var_18 = wp::float(var_19);
            var_20 = wp::address(var_w, var_9, var_1);
            var_22 = wp::load(var_20);
            var_21 = wp::float(var_22);
            var_23 = wp::mul(var_18, var_21);
            var_24 = wp::add(var_7, var_23);
            wp::assign(var_7, var_24);
            goto start_for_0;
        end_for_0:;
        // h = wp.float16(acc) + b[col]                                                           <L 31>
        var_25 = wp::float16(var_7);
        var_26 = wp::address(var_b, var_1);
        var_28 = wp::load(var_26);
        var_27 = wp::add(var_25, var_28);
        // if act == 0:                                                                           <L 32>
        var_30 = (var_act == var_29);
        if (var_30) {
            // y[row, col] = wp.max(h, wp.float16(0.0))                                           <L 33>
            var_32 = wp::float16(var_31);
            var_33 = wp::max(var_27, var_32);
            wp::array_store(var_y, var_0, var_1, var_33);
        }
        if (!var_30) {
            // elif act == 1:                                                                     <L 34>
            var_35 = (var_act == var_34);
            if (var_35) {
                // y[row, col] = gelu_h(h)                                                        <L 35>
                var_36 = gelu_h_0(var_27);
                wp::array_store(var_y, var_0, var_1, var_36);
            }
            if (!var_35) {
                // y[row, col] = silu_h(h)                                                        <L 37>
                var_37 = silu_h_0(var_27);
                wp::array_store(var_y, var_0, var_1, var_37);
            }
        }
    }
}



extern "C" __global__ void dense_fp16_6292917b_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float16> var_x,
    wp::array_t<wp::float16> var_w,
    wp::array_t<wp::float16> var_b,
    wp::array_t<wp::float16> var_y,
    wp::int32 var_act,
    wp::array_t<wp::float16> adj_x,
    wp::array_t<wp::float16> adj_w,
    wp::array_t<wp::float16> adj_b,
    wp::array_t<wp::float16> adj_y,
    wp::int32 adj_act)
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
        const wp::float32 var_6 = 0.0;
        wp::float32 var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::float16* var_10;
        wp::float32 var_11;
        wp::float16 var_12;
        wp::float16* var_13;
        wp::float32 var_14;
        wp::float16 var_15;
        wp::float32 var_16;
        wp::float16* var_17;
        wp::float32 var_18;
        wp::float16 var_19;
        wp::float16* var_20;
        wp::float32 var_21;
        wp::float16 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float16 var_25;
        wp::float16* var_26;
        wp::float16 var_27;
        wp::float16 var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        const wp::float32 var_31 = 0.0;
        wp::float16 var_32;
        wp::float16 var_33;
        const wp::int32 var_34 = 1;
        bool var_35;
        wp::float16 var_36;
        wp::float16 var_37;
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
        wp::range_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float16 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float16 adj_12 = {};
        wp::float16 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float16 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float16 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float16 adj_19 = {};
        wp::float16 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float16 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float16 adj_25 = {};
        wp::float16 adj_26 = {};
        wp::float16 adj_27 = {};
        wp::float16 adj_28 = {};
        wp::int32 adj_29 = {};
        bool adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float16 adj_32 = {};
        wp::float16 adj_33 = {};
        wp::int32 adj_34 = {};
        bool adj_35 = {};
        wp::float16 adj_36 = {};
        wp::float16 adj_37 = {};
        //---------
        // forward
        // def dense_fp16(                                                                        <L 19>
        // row, col = wp.tid()                                                                    <L 26>
        builtin_tid2d(var_0, var_1);
        // k_dim = x.shape[1]                                                                     <L 27>
        var_2 = &(var_x.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // acc = float(0.0)                                                                       <L 28>
        var_7 = wp::float(var_6);
        // for k in range(k_dim):                                                                 <L 29>
        var_8 = wp::range(var_4);
        // h = wp.float16(acc) + b[col]                                                           <L 31>
        var_25 = wp::float16(var_7);
        var_26 = wp::address(var_b, var_1);
        var_28 = wp::load(var_26);
        var_27 = wp::add(var_25, var_28);
        // if act == 0:                                                                           <L 32>
        var_30 = (var_act == var_29);
        if (var_30) {
            // y[row, col] = wp.max(h, wp.float16(0.0))                                           <L 33>
            var_32 = wp::float16(var_31);
            var_33 = wp::max(var_27, var_32);
            // wp::array_store(var_y, var_0, var_1, var_33);
        }
        if (!var_30) {
            // elif act == 1:                                                                     <L 34>
            var_35 = (var_act == var_34);
            if (var_35) {
                // y[row, col] = gelu_h(h)                                                        <L 35>
                var_36 = gelu_h_0(var_27);
                // wp::array_store(var_y, var_0, var_1, var_36);
            }
            if (!var_35) {
                // y[row, col] = silu_h(h)                                                        <L 37>
                var_37 = silu_h_0(var_27);
                // wp::array_store(var_y, var_0, var_1, var_37);
            }
        }
        //---------
        // reverse
        if (!var_30) {
            if (!var_35) {
                wp::adj_array_store(var_y, var_0, var_1, var_37, adj_y, adj_0, adj_1, adj_37);
                adj_silu_h_0(var_27, adj_27, adj_37);
                // adj: y[row, col] = silu_h(h)                                                   <L 37>
            }
            if (var_35) {
                wp::adj_array_store(var_y, var_0, var_1, var_36, adj_y, adj_0, adj_1, adj_36);
                adj_gelu_h_0(var_27, adj_27, adj_36);
                // adj: y[row, col] = gelu_h(h)                                                   <L 35>
            }
            // adj: elif act == 1:                                                                <L 34>
        }
        if (var_30) {
            wp::adj_array_store(var_y, var_0, var_1, var_33, adj_y, adj_0, adj_1, adj_33);
            wp::adj_max(var_27, var_32, adj_27, adj_32, adj_33);
            wp::adj_float16(var_31, adj_31, adj_32);
            // adj: y[row, col] = wp.max(h, wp.float16(0.0))                                      <L 33>
        }
        // adj: if act == 0:                                                                      <L 32>
        wp::adj_add(var_25, var_28, adj_25, adj_26, adj_27);
        wp::adj_address(var_b, var_1, adj_b, adj_1, adj_26);
        wp::adj_float16(var_7, adj_7, adj_25);
        // adj: h = wp.float16(acc) + b[col]                                                      <L 31>
        var_8 = wp::iter_reverse(var_8);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
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
            // acc += float(x[row, k]) * float(w[k, col])                                         <L 30>
            var_10 = wp::address(var_x, var_0, var_9);
            var_12 = wp::load(var_10);
            var_11 = wp::float(var_12);
            var_13 = wp::address(var_w, var_9, var_1);
            var_15 = wp::load(var_13);
            var_14 = wp::float(var_15);
            var_16 = wp::mul(var_11, var_14);
            var_17 = wp::address(var_x, var_0, var_9);
            var_19 = wp::load(var_17);
            var_18 = wp::float(var_19);
            var_20 = wp::address(var_w, var_9, var_1);
            var_22 = wp::load(var_20);
            var_21 = wp::float(var_22);
            var_23 = wp::mul(var_18, var_21);
            var_24 = wp::add(var_7, var_23);
            wp::assign(var_7, var_24);
            wp::adj_assign(var_7, var_24, adj_7, adj_24);
            wp::adj_add(var_7, var_23, adj_7, adj_23, adj_24);
            wp::adj_mul(var_18, var_21, adj_18, adj_21, adj_23);
            wp::adj_float(var_22, adj_20, adj_21);
            wp::adj_address(var_w, var_9, var_1, adj_w, adj_9, adj_1, adj_20);
            wp::adj_float(var_19, adj_17, adj_18);
            wp::adj_address(var_x, var_0, var_9, adj_x, adj_0, adj_9, adj_17);
            wp::adj_mul(var_11, var_14, adj_11, adj_14, adj_16);
            wp::adj_float(var_15, adj_13, adj_14);
            wp::adj_address(var_w, var_9, var_1, adj_w, adj_9, adj_1, adj_13);
            wp::adj_float(var_12, adj_10, adj_11);
            wp::adj_address(var_x, var_0, var_9, adj_x, adj_0, adj_9, adj_10);
            // adj: acc += float(x[row, k]) * float(w[k, col])                                    <L 30>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_4, adj_4, adj_8);
        // adj: for k in range(k_dim):                                                            <L 29>
        wp::adj_float(var_6, adj_6, adj_7);
        // adj: acc = float(0.0)                                                                  <L 28>
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        adj_x.shape = adj_2;
        // adj: k_dim = x.shape[1]                                                                <L 27>
        // adj: row, col = wp.tid()                                                               <L 26>
        // adj: def dense_fp16(                                                                   <L 19>
        continue;
    }
}



extern "C" __global__ void layer_norm_fp16_2ff10bcc_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float16> var_x,
    wp::array_t<wp::float16> var_gamma,
    wp::array_t<wp::float16> var_beta,
    wp::array_t<wp::float16> var_y,
    wp::float32 var_eps)
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
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::float16* var_9;
        wp::float32 var_10;
        wp::float16 var_11;
        wp::float16* var_12;
        wp::float32 var_13;
        wp::float16 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.0;
        wp::float32 var_19;
        wp::range_t var_20;
        wp::int32 var_21;
        wp::float16* var_22;
        wp::float32 var_23;
        wp::float16 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 1.0;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::range_t var_35;
        wp::int32 var_36;
        wp::float16* var_37;
        wp::float32 var_38;
        wp::float16 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float16 var_42;
        wp::float16* var_43;
        wp::float16 var_44;
        wp::float16 var_45;
        wp::float16* var_46;
        wp::float16 var_47;
        wp::float16 var_48;
        //---------
        // forward
        // def layer_norm_fp16(x: wp.array2d(dtype=wp.float16), gamma: wp.array(dtype=wp.float16), beta: wp.array(dtype=wp.float16), y: wp.array2d(dtype=wp.float16), eps: float):       <L 41>
        // row = wp.tid()                                                                         <L 42>
        var_0 = builtin_tid1d();
        // n = x.shape[1]                                                                         <L 43>
        var_1 = &(var_x.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // mean = float(0.0)                                                                      <L 44>
        var_6 = wp::float(var_5);
        // for j in range(n):                                                                     <L 45>
        var_7 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
            // mean += float(x[row, j])                                                           <L 46>
            var_9 = wp::address(var_x, var_0, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::float(var_11);
            var_12 = wp::address(var_x, var_0, var_8);
            var_14 = wp::load(var_12);
            var_13 = wp::float(var_14);
            var_15 = wp::add(var_6, var_13);
            wp::assign(var_6, var_15);
            goto start_for_0;
        end_for_0:;
        // mean = mean / float(n)                                                                 <L 47>
        var_16 = wp::float(var_3);
        var_17 = wp::div(var_6, var_16);
        // var = float(0.0)                                                                       <L 48>
        var_19 = wp::float(var_18);
        // for j in range(n):                                                                     <L 49>
        var_20 = wp::range(var_3);
        start_for_2:;
            if (iter_cmp(var_20) == 0) goto end_for_2;
            var_21 = wp::iter_next(var_20);
            // d = float(x[row, j]) - mean                                                        <L 50>
            var_22 = wp::address(var_x, var_0, var_21);
            var_24 = wp::load(var_22);
            var_23 = wp::float(var_24);
            var_25 = wp::sub(var_23, var_17);
            // var += d * d                                                                       <L 51>
            var_26 = wp::mul(var_25, var_25);
            var_27 = wp::mul(var_25, var_25);
            var_28 = wp::add(var_19, var_27);
            wp::assign(var_19, var_28);
            goto start_for_2;
        end_for_2:;
        // inv = 1.0 / wp.sqrt(var / float(n) + eps)                                              <L 52>
        var_30 = wp::float(var_3);
        var_31 = wp::div(var_19, var_30);
        var_32 = wp::add(var_31, var_eps);
        var_33 = wp::sqrt(var_32);
        var_34 = wp::div(var_29, var_33);
        // for j in range(n):                                                                     <L 53>
        var_35 = wp::range(var_3);
        start_for_4:;
            if (iter_cmp(var_35) == 0) goto end_for_4;
            var_36 = wp::iter_next(var_35);
            // v = (float(x[row, j]) - mean) * inv                                                <L 54>
            var_37 = wp::address(var_x, var_0, var_36);
            var_39 = wp::load(var_37);
            var_38 = wp::float(var_39);
            var_40 = wp::sub(var_38, var_17);
            var_41 = wp::mul(var_40, var_34);
            // y[row, j] = wp.float16(v) * gamma[j] + beta[j]                                     <L 55>
            var_42 = wp::float16(var_41);
            var_43 = wp::address(var_gamma, var_36);
            var_45 = wp::load(var_43);
            var_44 = wp::mul(var_42, var_45);
            var_46 = wp::address(var_beta, var_36);
            var_48 = wp::load(var_46);
            var_47 = wp::add(var_44, var_48);
            wp::array_store(var_y, var_0, var_36, var_47);
            goto start_for_4;
        end_for_4:;
    }
}



extern "C" __global__ void layer_norm_fp16_2ff10bcc_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float16> var_x,
    wp::array_t<wp::float16> var_gamma,
    wp::array_t<wp::float16> var_beta,
    wp::array_t<wp::float16> var_y,
    wp::float32 var_eps,
    wp::array_t<wp::float16> adj_x,
    wp::array_t<wp::float16> adj_gamma,
    wp::array_t<wp::float16> adj_beta,
    wp::array_t<wp::float16> adj_y,
    wp::float32 adj_eps)
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
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::float16* var_9;
        wp::float32 var_10;
        wp::float16 var_11;
        wp::float16* var_12;
        wp::float32 var_13;
        wp::float16 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.0;
        wp::float32 var_19;
        wp::range_t var_20;
        wp::int32 var_21;
        wp::float16* var_22;
        wp::float32 var_23;
        wp::float16 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 1.0;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::range_t var_35;
        wp::int32 var_36;
        wp::float16* var_37;
        wp::float32 var_38;
        wp::float16 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float16 var_42;
        wp::float16* var_43;
        wp::float16 var_44;
        wp::float16 var_45;
        wp::float16* var_46;
        wp::float16 var_47;
        wp::float16 var_48;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::range_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float16 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float16 adj_11 = {};
        wp::float16 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float16 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::range_t adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float16 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float16 adj_24 = {};
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
        wp::range_t adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float16 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float16 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float16 adj_42 = {};
        wp::float16 adj_43 = {};
        wp::float16 adj_44 = {};
        wp::float16 adj_45 = {};
        wp::float16 adj_46 = {};
        wp::float16 adj_47 = {};
        wp::float16 adj_48 = {};
        //---------
        // forward
        // def layer_norm_fp16(x: wp.array2d(dtype=wp.float16), gamma: wp.array(dtype=wp.float16), beta: wp.array(dtype=wp.float16), y: wp.array2d(dtype=wp.float16), eps: float):       <L 41>
        // row = wp.tid()                                                                         <L 42>
        var_0 = builtin_tid1d();
        // n = x.shape[1]                                                                         <L 43>
        var_1 = &(var_x.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // mean = float(0.0)                                                                      <L 44>
        var_6 = wp::float(var_5);
        // for j in range(n):                                                                     <L 45>
        var_7 = wp::range(var_3);
        // mean = mean / float(n)                                                                 <L 47>
        var_16 = wp::float(var_3);
        var_17 = wp::div(var_6, var_16);
        // var = float(0.0)                                                                       <L 48>
        var_19 = wp::float(var_18);
        // for j in range(n):                                                                     <L 49>
        var_20 = wp::range(var_3);
        // inv = 1.0 / wp.sqrt(var / float(n) + eps)                                              <L 52>
        var_30 = wp::float(var_3);
        var_31 = wp::div(var_19, var_30);
        var_32 = wp::add(var_31, var_eps);
        var_33 = wp::sqrt(var_32);
        var_34 = wp::div(var_29, var_33);
        // for j in range(n):                                                                     <L 53>
        var_35 = wp::range(var_3);
        //---------
        // reverse
        var_35 = wp::iter_reverse(var_35);
        start_for_4:;
            if (iter_cmp(var_35) == 0) goto end_for_4;
            var_36 = wp::iter_next(var_35);
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
        	adj_43 = {};
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
            // v = (float(x[row, j]) - mean) * inv                                                <L 54>
            var_37 = wp::address(var_x, var_0, var_36);
            var_39 = wp::load(var_37);
            var_38 = wp::float(var_39);
            var_40 = wp::sub(var_38, var_17);
            var_41 = wp::mul(var_40, var_34);
            // y[row, j] = wp.float16(v) * gamma[j] + beta[j]                                     <L 55>
            var_42 = wp::float16(var_41);
            var_43 = wp::address(var_gamma, var_36);
            var_45 = wp::load(var_43);
            var_44 = wp::mul(var_42, var_45);
            var_46 = wp::address(var_beta, var_36);
            var_48 = wp::load(var_46);
            var_47 = wp::add(var_44, var_48);
            // wp::array_store(var_y, var_0, var_36, var_47);
            wp::adj_array_store(var_y, var_0, var_36, var_47, adj_y, adj_0, adj_36, adj_47);
            wp::adj_add(var_44, var_48, adj_44, adj_46, adj_47);
            wp::adj_address(var_beta, var_36, adj_beta, adj_36, adj_46);
            wp::adj_mul(var_42, var_45, adj_42, adj_43, adj_44);
            wp::adj_address(var_gamma, var_36, adj_gamma, adj_36, adj_43);
            wp::adj_float16(var_41, adj_41, adj_42);
            // adj: y[row, j] = wp.float16(v) * gamma[j] + beta[j]                                <L 55>
            wp::adj_mul(var_40, var_34, adj_40, adj_34, adj_41);
            wp::adj_sub(var_38, var_17, adj_38, adj_17, adj_40);
            wp::adj_float(var_39, adj_37, adj_38);
            wp::adj_address(var_x, var_0, var_36, adj_x, adj_0, adj_36, adj_37);
            // adj: v = (float(x[row, j]) - mean) * inv                                           <L 54>
        	goto start_for_4;
        end_for_4:;
        wp::adj_range(var_3, adj_3, adj_35);
        // adj: for j in range(n):                                                                <L 53>
        wp::adj_div(var_29, var_33, var_34, adj_29, adj_33, adj_34);
        wp::adj_sqrt(var_32, var_33, adj_32, adj_33);
        wp::adj_add(var_31, var_eps, adj_31, adj_eps, adj_32);
        wp::adj_div(var_19, var_30, var_31, adj_19, adj_30, adj_31);
        wp::adj_float(var_3, adj_3, adj_30);
        // adj: inv = 1.0 / wp.sqrt(var / float(n) + eps)                                         <L 52>
        var_20 = wp::iter_reverse(var_20);
        start_for_2:;
            if (iter_cmp(var_20) == 0) goto end_for_2;
            var_21 = wp::iter_next(var_20);
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
            // d = float(x[row, j]) - mean                                                        <L 50>
            var_22 = wp::address(var_x, var_0, var_21);
            var_24 = wp::load(var_22);
            var_23 = wp::float(var_24);
            var_25 = wp::sub(var_23, var_17);
            // var += d * d                                                                       <L 51>
            var_26 = wp::mul(var_25, var_25);
            var_27 = wp::mul(var_25, var_25);
            var_28 = wp::add(var_19, var_27);
            wp::assign(var_19, var_28);
            wp::adj_assign(var_19, var_28, adj_19, adj_28);
            wp::adj_add(var_19, var_27, adj_19, adj_27, adj_28);
            wp::adj_mul(var_25, var_25, adj_25, adj_25, adj_27);
            wp::adj_mul(var_25, var_25, adj_25, adj_25, adj_26);
            // adj: var += d * d                                                                  <L 51>
            wp::adj_sub(var_23, var_17, adj_23, adj_17, adj_25);
            wp::adj_float(var_24, adj_22, adj_23);
            wp::adj_address(var_x, var_0, var_21, adj_x, adj_0, adj_21, adj_22);
            // adj: d = float(x[row, j]) - mean                                                   <L 50>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_3, adj_3, adj_20);
        // adj: for j in range(n):                                                                <L 49>
        wp::adj_float(var_18, adj_18, adj_19);
        // adj: var = float(0.0)                                                                  <L 48>
        wp::adj_div(var_6, var_16, var_17, adj_6, adj_16, adj_17);
        wp::adj_float(var_3, adj_3, adj_16);
        // adj: mean = mean / float(n)                                                            <L 47>
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
            // mean += float(x[row, j])                                                           <L 46>
            var_9 = wp::address(var_x, var_0, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::float(var_11);
            var_12 = wp::address(var_x, var_0, var_8);
            var_14 = wp::load(var_12);
            var_13 = wp::float(var_14);
            var_15 = wp::add(var_6, var_13);
            wp::assign(var_6, var_15);
            wp::adj_assign(var_6, var_15, adj_6, adj_15);
            wp::adj_add(var_6, var_13, adj_6, adj_13, adj_15);
            wp::adj_float(var_14, adj_12, adj_13);
            wp::adj_address(var_x, var_0, var_8, adj_x, adj_0, adj_8, adj_12);
            wp::adj_float(var_11, adj_9, adj_10);
            wp::adj_address(var_x, var_0, var_8, adj_x, adj_0, adj_8, adj_9);
            // adj: mean += float(x[row, j])                                                      <L 46>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_3, adj_3, adj_7);
        // adj: for j in range(n):                                                                <L 45>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: mean = float(0.0)                                                                 <L 44>
        wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
        adj_x.shape = adj_1;
        // adj: n = x.shape[1]                                                                    <L 43>
        // adj: row = wp.tid()                                                                    <L 42>
        // adj: def layer_norm_fp16(x: wp.array2d(dtype=wp.float16), gamma: wp.array(dtype=wp.float16), beta: wp.array(dtype=wp.float16), y: wp.array2d(dtype=wp.float16), eps: float):  <L 41>
        continue;
    }
}



extern "C" __global__ void softmax_rows_210ac8b0_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_logits,
    wp::array_t<wp::float16> var_probs)
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
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::int32 var_5 = 0;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 1;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float16 var_35;
        //---------
        // forward
        // def softmax_rows(logits: wp.array2d(dtype=float), probs: wp.array2d(dtype=wp.float16)):       <L 59>
        // row = wp.tid()                                                                         <L 60>
        var_0 = builtin_tid1d();
        // n = logits.shape[1]                                                                    <L 61>
        var_1 = &(var_logits.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // m = logits[row, 0]                                                                     <L 62>
        var_6 = wp::address(var_logits, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // for j in range(1, n):                                                                  <L 63>
        var_10 = wp::range(var_9, var_3);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
            // m = wp.max(m, logits[row, j])                                                      <L 64>
            var_12 = wp::address(var_logits, var_0, var_11);
            var_14 = wp::load(var_12);
            var_13 = wp::max(var_7, var_14);
            wp::assign(var_7, var_13);
            goto start_for_0;
        end_for_0:;
        // s = float(0.0)                                                                         <L 65>
        var_16 = wp::float(var_15);
        // for j in range(n):                                                                     <L 66>
        var_17 = wp::range(var_3);
        start_for_2:;
            if (iter_cmp(var_17) == 0) goto end_for_2;
            var_18 = wp::iter_next(var_17);
            // s += wp.exp(logits[row, j] - m)                                                    <L 67>
            var_19 = wp::address(var_logits, var_0, var_18);
            var_21 = wp::load(var_19);
            var_20 = wp::sub(var_21, var_7);
            var_22 = wp::exp(var_20);
            var_23 = wp::address(var_logits, var_0, var_18);
            var_25 = wp::load(var_23);
            var_24 = wp::sub(var_25, var_7);
            var_26 = wp::exp(var_24);
            var_27 = wp::add(var_16, var_26);
            wp::assign(var_16, var_27);
            goto start_for_2;
        end_for_2:;
        // for j in range(n):                                                                     <L 68>
        var_28 = wp::range(var_3);
        start_for_4:;
            if (iter_cmp(var_28) == 0) goto end_for_4;
            var_29 = wp::iter_next(var_28);
            // probs[row, j] = wp.float16(wp.exp(logits[row, j] - m) / s)                         <L 69>
            var_30 = wp::address(var_logits, var_0, var_29);
            var_32 = wp::load(var_30);
            var_31 = wp::sub(var_32, var_7);
            var_33 = wp::exp(var_31);
            var_34 = wp::div(var_33, var_16);
            var_35 = wp::float16(var_34);
            wp::array_store(var_probs, var_0, var_29, var_35);
            goto start_for_4;
        end_for_4:;
    }
}



extern "C" __global__ void softmax_rows_210ac8b0_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_logits,
    wp::array_t<wp::float16> var_probs,
    wp::array_t<wp::float32> adj_logits,
    wp::array_t<wp::float16> adj_probs)
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
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::int32 var_5 = 0;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 1;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float16 var_35;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::range_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::range_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::range_t adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float16 adj_35 = {};
        //---------
        // forward
        // def softmax_rows(logits: wp.array2d(dtype=float), probs: wp.array2d(dtype=wp.float16)):       <L 59>
        // row = wp.tid()                                                                         <L 60>
        var_0 = builtin_tid1d();
        // n = logits.shape[1]                                                                    <L 61>
        var_1 = &(var_logits.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // m = logits[row, 0]                                                                     <L 62>
        var_6 = wp::address(var_logits, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // for j in range(1, n):                                                                  <L 63>
        var_10 = wp::range(var_9, var_3);
        // s = float(0.0)                                                                         <L 65>
        var_16 = wp::float(var_15);
        // for j in range(n):                                                                     <L 66>
        var_17 = wp::range(var_3);
        // for j in range(n):                                                                     <L 68>
        var_28 = wp::range(var_3);
        //---------
        // reverse
        var_28 = wp::iter_reverse(var_28);
        start_for_4:;
            if (iter_cmp(var_28) == 0) goto end_for_4;
            var_29 = wp::iter_next(var_28);
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
            // probs[row, j] = wp.float16(wp.exp(logits[row, j] - m) / s)                         <L 69>
            var_30 = wp::address(var_logits, var_0, var_29);
            var_32 = wp::load(var_30);
            var_31 = wp::sub(var_32, var_7);
            var_33 = wp::exp(var_31);
            var_34 = wp::div(var_33, var_16);
            var_35 = wp::float16(var_34);
            // wp::array_store(var_probs, var_0, var_29, var_35);
            wp::adj_array_store(var_probs, var_0, var_29, var_35, adj_probs, adj_0, adj_29, adj_35);
            wp::adj_float16(var_34, adj_34, adj_35);
            wp::adj_div(var_33, var_16, var_34, adj_33, adj_16, adj_34);
            wp::adj_exp(var_31, var_33, adj_31, adj_33);
            wp::adj_sub(var_32, var_7, adj_30, adj_7, adj_31);
            wp::adj_address(var_logits, var_0, var_29, adj_logits, adj_0, adj_29, adj_30);
            // adj: probs[row, j] = wp.float16(wp.exp(logits[row, j] - m) / s)                    <L 69>
        	goto start_for_4;
        end_for_4:;
        wp::adj_range(var_3, adj_3, adj_28);
        // adj: for j in range(n):                                                                <L 68>
        var_17 = wp::iter_reverse(var_17);
        start_for_2:;
            if (iter_cmp(var_17) == 0) goto end_for_2;
            var_18 = wp::iter_next(var_17);
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
            // s += wp.exp(logits[row, j] - m)                                                    <L 67>
            var_19 = wp::address(var_logits, var_0, var_18);
            var_21 = wp::load(var_19);
            var_20 = wp::sub(var_21, var_7);
            var_22 = wp::exp(var_20);
            var_23 = wp::address(var_logits, var_0, var_18);
            var_25 = wp::load(var_23);
            var_24 = wp::sub(var_25, var_7);
            var_26 = wp::exp(var_24);
            var_27 = wp::add(var_16, var_26);
            wp::assign(var_16, var_27);
            wp::adj_assign(var_16, var_27, adj_16, adj_27);
            wp::adj_add(var_16, var_26, adj_16, adj_26, adj_27);
            wp::adj_exp(var_24, var_26, adj_24, adj_26);
            wp::adj_sub(var_25, var_7, adj_23, adj_7, adj_24);
            wp::adj_address(var_logits, var_0, var_18, adj_logits, adj_0, adj_18, adj_23);
            wp::adj_exp(var_20, var_22, adj_20, adj_22);
            wp::adj_sub(var_21, var_7, adj_19, adj_7, adj_20);
            wp::adj_address(var_logits, var_0, var_18, adj_logits, adj_0, adj_18, adj_19);
            // adj: s += wp.exp(logits[row, j] - m)                                               <L 67>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_3, adj_3, adj_17);
        // adj: for j in range(n):                                                                <L 66>
        wp::adj_float(var_15, adj_15, adj_16);
        // adj: s = float(0.0)                                                                    <L 65>
        var_10 = wp::iter_reverse(var_10);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
            // m = wp.max(m, logits[row, j])                                                      <L 64>
            var_12 = wp::address(var_logits, var_0, var_11);
            var_14 = wp::load(var_12);
            var_13 = wp::max(var_7, var_14);
            wp::assign(var_7, var_13);
            wp::adj_assign(var_7, var_13, adj_7, adj_13);
            wp::adj_max(var_7, var_14, adj_7, adj_12, adj_13);
            wp::adj_address(var_logits, var_0, var_11, adj_logits, adj_0, adj_11, adj_12);
            // adj: m = wp.max(m, logits[row, j])                                                 <L 64>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_9, var_3, adj_9, adj_3, adj_10);
        // adj: for j in range(1, n):                                                             <L 63>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_logits, var_0, var_5, adj_logits, adj_0, adj_5, adj_6);
        // adj: m = logits[row, 0]                                                                <L 62>
        wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
        adj_logits.shape = adj_1;
        // adj: n = logits.shape[1]                                                               <L 61>
        // adj: row = wp.tid()                                                                    <L 60>
        // adj: def softmax_rows(logits: wp.array2d(dtype=float), probs: wp.array2d(dtype=wp.float16)):  <L 59>
        continue;
    }
}



extern "C" __global__ void half_vec_ops_58495a0d_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float16>> var_a,
    wp::array_t<wp::vec_t<3, wp::float16>> var_b,
    wp::array_t<wp::float16> var_out)
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
        wp::vec_t<3, wp::float16>* var_1;
        wp::vec_t<3, wp::float16> var_2;
        wp::vec_t<3, wp::float16> var_3;
        wp::vec_t<3, wp::float16>* var_4;
        wp::vec_t<3, wp::float16> var_5;
        wp::vec_t<3, wp::float16> var_6;
        wp::float16 var_7;
        wp::vec_t<3, wp::float16> var_8;
        wp::float16 var_9;
        const wp::float32 var_10 = 0.25;
        wp::float16 var_11;
        wp::float16 var_12;
        wp::float16 var_13;
        const wp::int32 var_14 = 0;
        wp::float16 var_15;
        wp::float16 var_16;
        wp::float16 var_17;
        //---------
        // forward
        // def half_vec_ops(a: wp.array(dtype=wp.vec3h), b: wp.array(dtype=wp.vec3h), out: wp.array(dtype=wp.float16)):       <L 73>
        // i = wp.tid()                                                                           <L 74>
        var_0 = builtin_tid1d();
        // va = a[i]                                                                              <L 75>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // vb = b[i]                                                                              <L 76>
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // d = wp.dot(va, vb)                                                                     <L 77>
        var_7 = wp::dot(var_2, var_5);
        // l = wp.length(va + vb)                                                                 <L 78>
        var_8 = wp::add(var_2, var_5);
        var_9 = wp::length(var_8);
        // out[i] = d + l * wp.float16(0.25) - wp.abs(va[0])                                      <L 79>
        var_11 = wp::float16(var_10);
        var_12 = wp::mul(var_9, var_11);
        var_13 = wp::add(var_7, var_12);
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::abs(var_15);
        var_17 = wp::sub(var_13, var_16);
        wp::array_store(var_out, var_0, var_17);
    }
}



extern "C" __global__ void half_vec_ops_58495a0d_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float16>> var_a,
    wp::array_t<wp::vec_t<3, wp::float16>> var_b,
    wp::array_t<wp::float16> var_out,
    wp::array_t<wp::vec_t<3, wp::float16>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float16>> adj_b,
    wp::array_t<wp::float16> adj_out)
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
        wp::vec_t<3, wp::float16>* var_1;
        wp::vec_t<3, wp::float16> var_2;
        wp::vec_t<3, wp::float16> var_3;
        wp::vec_t<3, wp::float16>* var_4;
        wp::vec_t<3, wp::float16> var_5;
        wp::vec_t<3, wp::float16> var_6;
        wp::float16 var_7;
        wp::vec_t<3, wp::float16> var_8;
        wp::float16 var_9;
        const wp::float32 var_10 = 0.25;
        wp::float16 var_11;
        wp::float16 var_12;
        wp::float16 var_13;
        const wp::int32 var_14 = 0;
        wp::float16 var_15;
        wp::float16 var_16;
        wp::float16 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float16> adj_1 = {};
        wp::vec_t<3, wp::float16> adj_2 = {};
        wp::vec_t<3, wp::float16> adj_3 = {};
        wp::vec_t<3, wp::float16> adj_4 = {};
        wp::vec_t<3, wp::float16> adj_5 = {};
        wp::vec_t<3, wp::float16> adj_6 = {};
        wp::float16 adj_7 = {};
        wp::vec_t<3, wp::float16> adj_8 = {};
        wp::float16 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float16 adj_11 = {};
        wp::float16 adj_12 = {};
        wp::float16 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float16 adj_15 = {};
        wp::float16 adj_16 = {};
        wp::float16 adj_17 = {};
        //---------
        // forward
        // def half_vec_ops(a: wp.array(dtype=wp.vec3h), b: wp.array(dtype=wp.vec3h), out: wp.array(dtype=wp.float16)):       <L 73>
        // i = wp.tid()                                                                           <L 74>
        var_0 = builtin_tid1d();
        // va = a[i]                                                                              <L 75>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // vb = b[i]                                                                              <L 76>
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // d = wp.dot(va, vb)                                                                     <L 77>
        var_7 = wp::dot(var_2, var_5);
        // l = wp.length(va + vb)                                                                 <L 78>
        var_8 = wp::add(var_2, var_5);
        var_9 = wp::length(var_8);
        // out[i] = d + l * wp.float16(0.25) - wp.abs(va[0])                                      <L 79>
        var_11 = wp::float16(var_10);
        var_12 = wp::mul(var_9, var_11);
        var_13 = wp::add(var_7, var_12);
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::abs(var_15);
        var_17 = wp::sub(var_13, var_16);
        // wp::array_store(var_out, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_17);
        wp::adj_sub(var_13, var_16, adj_13, adj_16, adj_17);
        wp::adj_abs(var_15, adj_15, adj_16);
        wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
        wp::adj_add(var_7, var_12, adj_7, adj_12, adj_13);
        wp::adj_mul(var_9, var_11, adj_9, adj_11, adj_12);
        wp::adj_float16(var_10, adj_10, adj_11);
        // adj: out[i] = d + l * wp.float16(0.25) - wp.abs(va[0])                                 <L 79>
        wp::adj_length(var_8, var_9, adj_8, adj_9);
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_8);
        // adj: l = wp.length(va + vb)                                                            <L 78>
        wp::adj_dot(var_2, var_5, adj_2, adj_5, adj_7);
        // adj: d = wp.dot(va, vb)                                                                <L 77>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
        // adj: vb = b[i]                                                                         <L 76>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: va = a[i]                                                                         <L 75>
        // adj: i = wp.tid()                                                                      <L 74>
        // adj: def half_vec_ops(a: wp.array(dtype=wp.vec3h), b: wp.array(dtype=wp.vec3h), out: wp.array(dtype=wp.float16)):  <L 73>
        continue;
    }
}

