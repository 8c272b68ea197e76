
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


// corpus/013_float16_activations.py:4
static CUDA_CALLABLE wp::float16 relu_h_0(
    wp::float16 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float16 var_1;
    wp::float16 var_2;
    //---------
    // forward
    // def relu_h(x: wp.float16) -> wp.float16:                                               <L 5>
    // return wp.max(x, wp.float16(0.0))                                                      <L 6>
    var_1 = wp::float16(var_0);
    var_2 = wp::max(var_x, var_1);
    return var_2;
}


// corpus/013_float16_activations.py:9
static CUDA_CALLABLE wp::float16 leaky_relu_h_0(
    wp::float16 var_x,
    wp::float16 var_slope)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float16 var_1;
    bool var_2;
    wp::float16 var_3;
    //---------
    // forward
    // def leaky_relu_h(x: wp.float16, slope: wp.float16) -> wp.float16:                      <L 10>
    // if x > wp.float16(0.0):                                                                <L 11>
    var_1 = wp::float16(var_0);
    var_2 = (var_x > var_1);
    if (var_2) {
        // return x                                                                           <L 12>
        return var_x;
    }
    // return x * slope                                                                       <L 13>
    var_3 = wp::mul(var_x, var_slope);
    return var_3;
}


// corpus/013_float16_activations.py:16
static CUDA_CALLABLE wp::float16 sigmoid_h_0(
    wp::float16 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float16 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float16 var_3;
    wp::float16 var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    wp::float16 var_7;
    //---------
    // forward
    // def sigmoid_h(x: wp.float16) -> wp.float16:                                            <L 17>
    // return wp.float16(1.0) / (wp.float16(1.0) + wp.exp(-x))                                <L 18>
    var_1 = wp::float16(var_0);
    var_3 = wp::float16(var_2);
    var_4 = wp::neg(var_x);
    var_5 = wp::exp(var_4);
    var_6 = wp::add(var_3, var_5);
    var_7 = wp::div(var_1, var_6);
    return var_7;
}


// corpus/013_float16_activations.py:21
static CUDA_CALLABLE wp::float32 gelu_approx_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.7978845608;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    const wp::float32 var_4 = 0.044715;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def gelu_approx(x: float) -> float:                                                    <L 22>
    // c = 0.7978845608                                                                       <L 23>
    // return 0.5 * x * (1.0 + wp.tanh(c * (x + 0.044715 * x * x * x)))                       <L 24>
    var_2 = wp::mul(var_1, var_x);
    var_5 = wp::mul(var_4, var_x);
    var_6 = wp::mul(var_5, var_x);
    var_7 = wp::mul(var_6, var_x);
    var_8 = wp::add(var_x, var_7);
    var_9 = wp::mul(var_0, var_8);
    var_10 = wp::tanh(var_9);
    var_11 = wp::add(var_3, var_10);
    var_12 = wp::mul(var_2, var_11);
    return var_12;
}


// corpus/013_float16_activations.py:4
static CUDA_CALLABLE void adj_relu_h_0(
    wp::float16 var_x,
    wp::float16 & adj_x,
    wp::float16 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float16 var_1;
    wp::float16 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float16 adj_1 = {};
    wp::float16 adj_2 = {};
    //---------
    // forward
    // def relu_h(x: wp.float16) -> wp.float16:                                               <L 5>
    // return wp.max(x, wp.float16(0.0))                                                      <L 6>
    var_1 = wp::float16(var_0);
    var_2 = wp::max(var_x, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_max(var_x, var_1, adj_x, adj_1, adj_2);
    wp::adj_float16(var_0, adj_0, adj_1);
    // adj: return wp.max(x, wp.float16(0.0))                                                 <L 6>
    // adj: def relu_h(x: wp.float16) -> wp.float16:                                          <L 5>
    return;
}


// corpus/013_float16_activations.py:9
static CUDA_CALLABLE void adj_leaky_relu_h_0(
    wp::float16 var_x,
    wp::float16 var_slope,
    wp::float16 & adj_x,
    wp::float16 & adj_slope,
    wp::float16 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float16 var_1;
    bool var_2;
    wp::float16 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float16 adj_1 = {};
    bool adj_2 = {};
    wp::float16 adj_3 = {};
    //---------
    // forward
    // def leaky_relu_h(x: wp.float16, slope: wp.float16) -> wp.float16:                      <L 10>
    // if x > wp.float16(0.0):                                                                <L 11>
    var_1 = wp::float16(var_0);
    var_2 = (var_x > var_1);
    if (var_2) {
        // return x                                                                           <L 12>
        goto label0;
    }
    // return x * slope                                                                       <L 13>
    var_3 = wp::mul(var_x, var_slope);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_3 += adj_ret;
    wp::adj_mul(var_x, var_slope, adj_x, adj_slope, adj_3);
    // adj: return x * slope                                                                  <L 13>
    if (var_2) {
        label0:;
        adj_x += adj_ret;
        // adj: return x                                                                      <L 12>
    }
    wp::adj_float16(var_0, adj_0, adj_1);
    // adj: if x > wp.float16(0.0):                                                           <L 11>
    // adj: def leaky_relu_h(x: wp.float16, slope: wp.float16) -> wp.float16:                 <L 10>
    return;
}


// corpus/013_float16_activations.py:16
static CUDA_CALLABLE void adj_sigmoid_h_0(
    wp::float16 var_x,
    wp::float16 & adj_x,
    wp::float16 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float16 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float16 var_3;
    wp::float16 var_4;
    wp::float16 var_5;
    wp::float16 var_6;
    wp::float16 var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float16 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float16 adj_3 = {};
    wp::float16 adj_4 = {};
    wp::float16 adj_5 = {};
    wp::float16 adj_6 = {};
    wp::float16 adj_7 = {};
    //---------
    // forward
    // def sigmoid_h(x: wp.float16) -> wp.float16:                                            <L 17>
    // return wp.float16(1.0) / (wp.float16(1.0) + wp.exp(-x))                                <L 18>
    var_1 = wp::float16(var_0);
    var_3 = wp::float16(var_2);
    var_4 = wp::neg(var_x);
    var_5 = wp::exp(var_4);
    var_6 = wp::add(var_3, var_5);
    var_7 = wp::div(var_1, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_div(var_1, var_6, var_7, adj_1, adj_6, adj_7);
    wp::adj_add(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_exp(var_4, var_5, adj_4, adj_5);
    wp::adj_neg(var_x, adj_x, adj_4);
    wp::adj_float16(var_2, adj_2, adj_3);
    wp::adj_float16(var_0, adj_0, adj_1);
    // adj: return wp.float16(1.0) / (wp.float16(1.0) + wp.exp(-x))                           <L 18>
    // adj: def sigmoid_h(x: wp.float16) -> wp.float16:                                       <L 17>
    return;
}


// corpus/013_float16_activations.py:21
static CUDA_CALLABLE void adj_gelu_approx_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.7978845608;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    const wp::float32 var_4 = 0.044715;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
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
    //---------
    // forward
    // def gelu_approx(x: float) -> float:                                                    <L 22>
    // c = 0.7978845608                                                                       <L 23>
    // return 0.5 * x * (1.0 + wp.tanh(c * (x + 0.044715 * x * x * x)))                       <L 24>
    var_2 = wp::mul(var_1, var_x);
    var_5 = wp::mul(var_4, var_x);
    var_6 = wp::mul(var_5, var_x);
    var_7 = wp::mul(var_6, var_x);
    var_8 = wp::add(var_x, var_7);
    var_9 = wp::mul(var_0, var_8);
    var_10 = wp::tanh(var_9);
    var_11 = wp::add(var_3, var_10);
    var_12 = wp::mul(var_2, var_11);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    wp::adj_mul(var_2, var_11, adj_2, adj_11, adj_12);
    wp::adj_add(var_3, var_10, adj_3, adj_10, adj_11);
    wp::adj_tanh(var_9, var_10, adj_9, adj_10);
    wp::adj_mul(var_0, var_8, adj_0, adj_8, adj_9);
    wp::adj_add(var_x, var_7, adj_x, adj_7, adj_8);
    wp::adj_mul(var_6, var_x, adj_6, adj_x, adj_7);
    wp::adj_mul(var_5, var_x, adj_5, adj_x, adj_6);
    wp::adj_mul(var_4, var_x, adj_4, adj_x, adj_5);
    wp::adj_mul(var_1, var_x, adj_1, adj_x, adj_2);
    // adj: return 0.5 * x * (1.0 + wp.tanh(c * (x + 0.044715 * x * x * x)))                  <L 24>
    // adj: c = 0.7978845608                                                                  <L 23>
    // adj: def gelu_approx(x: float) -> float:                                               <L 22>
    return;
}



extern "C" __global__ void dense_half_fda56188_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float16> var_x,
    wp::array_t<wp::float16> var_w,
    wp::array_t<wp::float16> var_bias,
    wp::array_t<wp::float16> var_y,
    wp::int32 var_activation)
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
        const wp::int32 var_31 = 1;
        bool var_32;
        wp::float16 var_33;
        const wp::int32 var_34 = 2;
        bool var_35;
        const wp::float32 var_36 = 0.01;
        wp::float16 var_37;
        wp::float16 var_38;
        const wp::int32 var_39 = 3;
        bool var_40;
        wp::float16 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float16 var_44;
        //---------
        // forward
        // def dense_half(                                                                        <L 28>
        // row, col = wp.tid()                                                                    <L 35>
        builtin_tid2d(var_0, var_1);
        // k_dim = x.shape[1]                                                                     <L 36>
        var_2 = &(var_x.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // acc = float(0.0)                                                                       <L 37>
        var_7 = wp::float(var_6);
        // for k in range(k_dim):                                                                 <L 38>
        var_8 = wp::range(var_4);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
            // acc += float(x[row, k]) * float(w[k, col])                                         <L 39>
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
        // h = wp.float16(acc) + bias[col]                                                        <L 40>
        var_25 = wp::float16(var_7);
        var_26 = wp::address(var_bias, var_1);
        var_28 = wp::load(var_26);
        var_27 = wp::add(var_25, var_28);
        // if activation == 0:                                                                    <L 41>
        var_30 = (var_activation == var_29);
        if (var_30) {
            // y[row, col] = h                                                                    <L 42>
            wp::array_store(var_y, var_0, var_1, var_27);
        }
        if (!var_30) {
            // elif activation == 1:                                                              <L 43>
            var_32 = (var_activation == var_31);
            if (var_32) {
                // y[row, col] = relu_h(h)                                                        <L 44>
                var_33 = relu_h_0(var_27);
                wp::array_store(var_y, var_0, var_1, var_33);
            }
            if (!var_32) {
                // elif activation == 2:                                                          <L 45>
                var_35 = (var_activation == var_34);
                if (var_35) {
                    // y[row, col] = leaky_relu_h(h, wp.float16(0.01))                            <L 46>
                    var_37 = wp::float16(var_36);
                    var_38 = leaky_relu_h_0(var_27, var_37);
                    wp::array_store(var_y, var_0, var_1, var_38);
                }
                if (!var_35) {
                    // elif activation == 3:                                                      <L 47>
                    var_40 = (var_activation == var_39);
                    if (var_40) {
                        // y[row, col] = sigmoid_h(h)                                             <L 48>
                        var_41 = sigmoid_h_0(var_27);
                        wp::array_store(var_y, var_0, var_1, var_41);
                    }
                    if (!var_40) {
                        // y[row, col] = wp.float16(gelu_approx(float(h)))                        <L 50>
                        var_42 = wp::float(var_27);
                        var_43 = gelu_approx_0(var_42);
                        var_44 = wp::float16(var_43);
                        wp::array_store(var_y, var_0, var_1, var_44);
                    }
                }
            }
        }
    }
}



extern "C" __global__ void dense_half_fda56188_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float16> var_x,
    wp::array_t<wp::float16> var_w,
    wp::array_t<wp::float16> var_bias,
    wp::array_t<wp::float16> var_y,
    wp::int32 var_activation,
    wp::array_t<wp::float16> adj_x,
    wp::array_t<wp::float16> adj_w,
    wp::array_t<wp::float16> adj_bias,
    wp::array_t<wp::float16> adj_y,
    wp::int32 adj_activation)
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
        const wp::int32 var_31 = 1;
        bool var_32;
        wp::float16 var_33;
        const wp::int32 var_34 = 2;
        bool var_35;
        const wp::float32 var_36 = 0.01;
        wp::float16 var_37;
        wp::float16 var_38;
        const wp::int32 var_39 = 3;
        bool var_40;
        wp::float16 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float16 var_44;
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
        wp::int32 adj_31 = {};
        bool adj_32 = {};
        wp::float16 adj_33 = {};
        wp::int32 adj_34 = {};
        bool adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float16 adj_37 = {};
        wp::float16 adj_38 = {};
        wp::int32 adj_39 = {};
        bool adj_40 = {};
        wp::float16 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float16 adj_44 = {};
        //---------
        // forward
        // def dense_half(                                                                        <L 28>
        // row, col = wp.tid()                                                                    <L 35>
        builtin_tid2d(var_0, var_1);
        // k_dim = x.shape[1]                                                                     <L 36>
        var_2 = &(var_x.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // acc = float(0.0)                                                                       <L 37>
        var_7 = wp::float(var_6);
        // for k in range(k_dim):                                                                 <L 38>
        var_8 = wp::range(var_4);
        // h = wp.float16(acc) + bias[col]                                                        <L 40>
        var_25 = wp::float16(var_7);
        var_26 = wp::address(var_bias, var_1);
        var_28 = wp::load(var_26);
        var_27 = wp::add(var_25, var_28);
        // if activation == 0:                                                                    <L 41>
        var_30 = (var_activation == var_29);
        if (var_30) {
            // y[row, col] = h                                                                    <L 42>
            // wp::array_store(var_y, var_0, var_1, var_27);
        }
        if (!var_30) {
            // elif activation == 1:                                                              <L 43>
            var_32 = (var_activation == var_31);
            if (var_32) {
                // y[row, col] = relu_h(h)                                                        <L 44>
                var_33 = relu_h_0(var_27);
                // wp::array_store(var_y, var_0, var_1, var_33);
            }
            if (!var_32) {
                // elif activation == 2:                                                          <L 45>
                var_35 = (var_activation == var_34);
                if (var_35) {
                    // y[row, col] = leaky_relu_h(h, wp.float16(0.01))                            <L 46>
                    var_37 = wp::float16(var_36);
                    var_38 = leaky_relu_h_0(var_27, var_37);
                    // wp::array_store(var_y, var_0, var_1, var_38);
                }
                if (!var_35) {
                    // elif activation == 3:                                                      <L 47>
                    var_40 = (var_activation == var_39);
                    if (var_40) {
                        // y[row, col] = sigmoid_h(h)                                             <L 48>
                        var_41 = sigmoid_h_0(var_27);
                        // wp::array_store(var_y, var_0, var_1, var_41);
                    }
                    if (!var_40) {
                        // y[row, col] = wp.float16(gelu_approx(float(h)))                        <L 50>
                        var_42 = wp::float(var_27);
                        var_43 = gelu_approx_0(var_42);
                        var_44 = wp::float16(var_43);
                        // wp::array_store(var_y, var_0, var_1, var_44);
                    }
                }
            }
        }
        //---------
        // reverse
        if (!var_30) {
            if (!var_32) {
                if (!var_35) {
                    if (!var_40) {
                        wp::adj_array_store(var_y, var_0, var_1, var_44, adj_y, adj_0, adj_1, adj_44);
                        wp::adj_float16(var_43, adj_43, adj_44);
                        adj_gelu_approx_0(var_42, adj_42, adj_43);
                        wp::adj_float(var_27, adj_27, adj_42);
                        // adj: y[row, col] = wp.float16(gelu_approx(float(h)))                   <L 50>
                    }
                    if (var_40) {
                        wp::adj_array_store(var_y, var_0, var_1, var_41, adj_y, adj_0, adj_1, adj_41);
                        adj_sigmoid_h_0(var_27, adj_27, adj_41);
                        // adj: y[row, col] = sigmoid_h(h)                                        <L 48>
                    }
                    // adj: elif activation == 3:                                                 <L 47>
                }
                if (var_35) {
                    wp::adj_array_store(var_y, var_0, var_1, var_38, adj_y, adj_0, adj_1, adj_38);
                    adj_leaky_relu_h_0(var_27, var_37, adj_27, adj_37, adj_38);
                    wp::adj_float16(var_36, adj_36, adj_37);
                    // adj: y[row, col] = leaky_relu_h(h, wp.float16(0.01))                       <L 46>
                }
                // adj: elif activation == 2:                                                     <L 45>
            }
            if (var_32) {
                wp::adj_array_store(var_y, var_0, var_1, var_33, adj_y, adj_0, adj_1, adj_33);
                adj_relu_h_0(var_27, adj_27, adj_33);
                // adj: y[row, col] = relu_h(h)                                                   <L 44>
            }
            // adj: elif activation == 1:                                                         <L 43>
        }
        if (var_30) {
            wp::adj_array_store(var_y, var_0, var_1, var_27, adj_y, adj_0, adj_1, adj_27);
            // adj: y[row, col] = h                                                               <L 42>
        }
        // adj: if activation == 0:                                                               <L 41>
        wp::adj_add(var_25, var_28, adj_25, adj_26, adj_27);
        wp::adj_address(var_bias, var_1, adj_bias, adj_1, adj_26);
        wp::adj_float16(var_7, adj_7, adj_25);
        // adj: h = wp.float16(acc) + bias[col]                                                   <L 40>
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
            // acc += float(x[row, k]) * float(w[k, col])                                         <L 39>
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
            // adj: acc += float(x[row, k]) * float(w[k, col])                                    <L 39>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_4, adj_4, adj_8);
        // adj: for k in range(k_dim):                                                            <L 38>
        wp::adj_float(var_6, adj_6, adj_7);
        // adj: acc = float(0.0)                                                                  <L 37>
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        adj_x.shape = adj_2;
        // adj: k_dim = x.shape[1]                                                                <L 36>
        // adj: row, col = wp.tid()                                                               <L 35>
        // adj: def dense_half(                                                                   <L 28>
        continue;
    }
}



extern "C" __global__ void layer_norm_half_692b515f_cuda_kernel_forward(
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
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 1.0;
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
        // def layer_norm_half(x: wp.array2d(dtype=wp.float16), gamma: wp.array(dtype=wp.float16), beta: wp.array(dtype=wp.float16), y: wp.array2d(dtype=wp.float16), eps: float):       <L 54>
        // row = wp.tid()                                                                         <L 55>
        var_0 = builtin_tid1d();
        // n = x.shape[1]                                                                         <L 56>
        var_1 = &(var_x.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // mean = float(0.0)                                                                      <L 57>
        var_6 = wp::float(var_5);
        // for j in range(n):                                                                     <L 58>
        var_7 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
            // mean += float(x[row, j])                                                           <L 59>
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
        // mean = mean / float(n)                                                                 <L 60>
        var_16 = wp::float(var_3);
        var_17 = wp::div(var_6, var_16);
        // var = float(0.0)                                                                       <L 61>
        var_19 = wp::float(var_18);
        // for j in range(n):                                                                     <L 62>
        var_20 = wp::range(var_3);
        start_for_2:;
            if (iter_cmp(var_20) == 0) goto end_for_2;
            var_21 = wp::iter_next(var_20);
            // d = float(x[row, j]) - mean                                                        <L 63>
            var_22 = wp::address(var_x, var_0, var_21);
            var_24 = wp::load(var_22);
            var_23 = wp::float(var_24);
            var_25 = wp::sub(var_23, var_17);
            // var += d * d                                                                       <L 64>
            var_26 = wp::mul(var_25, var_25);
            var_27 = wp::mul(var_25, var_25);
            var_28 = wp::add(var_19, var_27);
            wp::assign(var_19, var_28);
            goto start_for_2;
        end_for_2:;
        // var = var / float(n)                                                                   <L 65>
        var_29 = wp::float(var_3);
        var_30 = wp::div(var_19, var_29);
        // inv_std = 1.0 / wp.sqrt(var + eps)                                                     <L 66>
        var_32 = wp::add(var_30, var_eps);
        var_33 = wp::sqrt(var_32);
        var_34 = wp::div(var_31, var_33);
        // for j in range(n):                                                                     <L 67>
        var_35 = wp::range(var_3);
        start_for_4:;
            if (iter_cmp(var_35) == 0) goto end_for_4;
            var_36 = wp::iter_next(var_35);
            // z = (float(x[row, j]) - mean) * inv_std                                            <L 68>
            var_37 = wp::address(var_x, var_0, var_36);
            var_39 = wp::load(var_37);
            var_38 = wp::float(var_39);
            var_40 = wp::sub(var_38, var_17);
            var_41 = wp::mul(var_40, var_34);
            // y[row, j] = wp.float16(z) * gamma[j] + beta[j]                                     <L 69>
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



extern "C" __global__ void layer_norm_half_692b515f_cuda_kernel_backward(
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
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 1.0;
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
        // def layer_norm_half(x: wp.array2d(dtype=wp.float16), gamma: wp.array(dtype=wp.float16), beta: wp.array(dtype=wp.float16), y: wp.array2d(dtype=wp.float16), eps: float):       <L 54>
        // row = wp.tid()                                                                         <L 55>
        var_0 = builtin_tid1d();
        // n = x.shape[1]                                                                         <L 56>
        var_1 = &(var_x.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // mean = float(0.0)                                                                      <L 57>
        var_6 = wp::float(var_5);
        // for j in range(n):                                                                     <L 58>
        var_7 = wp::range(var_3);
        // mean = mean / float(n)                                                                 <L 60>
        var_16 = wp::float(var_3);
        var_17 = wp::div(var_6, var_16);
        // var = float(0.0)                                                                       <L 61>
        var_19 = wp::float(var_18);
        // for j in range(n):                                                                     <L 62>
        var_20 = wp::range(var_3);
        // var = var / float(n)                                                                   <L 65>
        var_29 = wp::float(var_3);
        var_30 = wp::div(var_19, var_29);
        // inv_std = 1.0 / wp.sqrt(var + eps)                                                     <L 66>
        var_32 = wp::add(var_30, var_eps);
        var_33 = wp::sqrt(var_32);
        var_34 = wp::div(var_31, var_33);
        // for j in range(n):                                                                     <L 67>
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
            // z = (float(x[row, j]) - mean) * inv_std                                            <L 68>
            var_37 = wp::address(var_x, var_0, var_36);
            var_39 = wp::load(var_37);
            var_38 = wp::float(var_39);
            var_40 = wp::sub(var_38, var_17);
            var_41 = wp::mul(var_40, var_34);
            // y[row, j] = wp.float16(z) * gamma[j] + beta[j]                                     <L 69>
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
            // adj: y[row, j] = wp.float16(z) * gamma[j] + beta[j]                                <L 69>
            wp::adj_mul(var_40, var_34, adj_40, adj_34, adj_41);
            wp::adj_sub(var_38, var_17, adj_38, adj_17, adj_40);
            wp::adj_float(var_39, adj_37, adj_38);
            wp::adj_address(var_x, var_0, var_36, adj_x, adj_0, adj_36, adj_37);
            // adj: z = (float(x[row, j]) - mean) * inv_std                                       <L 68>
        	goto start_for_4;
        end_for_4:;
        wp::adj_range(var_3, adj_3, adj_35);
        // adj: for j in range(n):                                                                <L 67>
        wp::adj_div(var_31, var_33, var_34, adj_31, adj_33, adj_34);
        wp::adj_sqrt(var_32, var_33, adj_32, adj_33);
        wp::adj_add(var_30, var_eps, adj_30, adj_eps, adj_32);
        // adj: inv_std = 1.0 / wp.sqrt(var + eps)                                                <L 66>
        wp::adj_div(var_19, var_29, var_30, adj_19, adj_29, adj_30);
        wp::adj_float(var_3, adj_3, adj_29);
        // adj: var = var / float(n)                                                              <L 65>
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
            // d = float(x[row, j]) - mean                                                        <L 63>
            var_22 = wp::address(var_x, var_0, var_21);
            var_24 = wp::load(var_22);
            var_23 = wp::float(var_24);
            var_25 = wp::sub(var_23, var_17);
            // var += d * d                                                                       <L 64>
            var_26 = wp::mul(var_25, var_25);
            var_27 = wp::mul(var_25, var_25);
            var_28 = wp::add(var_19, var_27);
            wp::assign(var_19, var_28);
            wp::adj_assign(var_19, var_28, adj_19, adj_28);
            wp::adj_add(var_19, var_27, adj_19, adj_27, adj_28);
            wp::adj_mul(var_25, var_25, adj_25, adj_25, adj_27);
            wp::adj_mul(var_25, var_25, adj_25, adj_25, adj_26);
            // adj: var += d * d                                                                  <L 64>
            wp::adj_sub(var_23, var_17, adj_23, adj_17, adj_25);
            wp::adj_float(var_24, adj_22, adj_23);
            wp::adj_address(var_x, var_0, var_21, adj_x, adj_0, adj_21, adj_22);
            // adj: d = float(x[row, j]) - mean                                                   <L 63>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_3, adj_3, adj_20);
        // adj: for j in range(n):                                                                <L 62>
        wp::adj_float(var_18, adj_18, adj_19);
        // adj: var = float(0.0)                                                                  <L 61>
        wp::adj_div(var_6, var_16, var_17, adj_6, adj_16, adj_17);
        wp::adj_float(var_3, adj_3, adj_16);
        // adj: mean = mean / float(n)                                                            <L 60>
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
            // mean += float(x[row, j])                                                           <L 59>
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
            // adj: mean += float(x[row, j])                                                      <L 59>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_3, adj_3, adj_7);
        // adj: for j in range(n):                                                                <L 58>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: mean = float(0.0)                                                                 <L 57>
        wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
        adj_x.shape = adj_1;
        // adj: n = x.shape[1]                                                                    <L 56>
        // adj: row = wp.tid()                                                                    <L 55>
        // adj: def layer_norm_half(x: wp.array2d(dtype=wp.float16), gamma: wp.array(dtype=wp.float16), beta: wp.array(dtype=wp.float16), y: wp.array2d(dtype=wp.float16), eps: float):  <L 54>
        continue;
    }
}



extern "C" __global__ void half_vector_ops_431ce6a6_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float16>> var_a,
    wp::array_t<wp::vec_t<3, wp::float16>> var_b,
    wp::array_t<wp::float16> var_out,
    wp::array_t<wp::vec_t<3, wp::float16>> var_scaled)
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
        wp::float16 var_10;
        const wp::float32 var_11 = 0.5;
        wp::float16 var_12;
        wp::vec_t<3, wp::float16> var_13;
        const wp::float32 var_14 = 1.0;
        wp::float16 var_15;
        wp::float16 var_16;
        wp::vec_t<3, wp::float16> var_17;
        wp::vec_t<3, wp::float16> var_18;
        //---------
        // forward
        // def half_vector_ops(a: wp.array(dtype=wp.vec3h), b: wp.array(dtype=wp.vec3h), out: wp.array(dtype=wp.float16), scaled: wp.array(dtype=wp.vec3h)):       <L 73>
        // i = wp.tid()                                                                           <L 74>
        var_0 = builtin_tid1d();
        // u = a[i]                                                                               <L 75>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = b[i]                                                                               <L 76>
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // d = wp.dot(u, v)                                                                       <L 77>
        var_7 = wp::dot(var_2, var_5);
        // c = wp.cross(u, v)                                                                     <L 78>
        var_8 = wp::cross(var_2, var_5);
        // out[i] = d + wp.length(c)                                                              <L 79>
        var_9 = wp::length(var_8);
        var_10 = wp::add(var_7, var_9);
        wp::array_store(var_out, var_0, var_10);
        // s = wp.float16(0.5)                                                                    <L 80>
        var_12 = wp::float16(var_11);
        // scaled[i] = u * s + v * (wp.float16(1.0) - s)                                          <L 81>
        var_13 = wp::mul(var_2, var_12);
        var_15 = wp::float16(var_14);
        var_16 = wp::sub(var_15, var_12);
        var_17 = wp::mul(var_5, var_16);
        var_18 = wp::add(var_13, var_17);
        wp::array_store(var_scaled, var_0, var_18);
    }
}



extern "C" __global__ void half_vector_ops_431ce6a6_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float16>> var_a,
    wp::array_t<wp::vec_t<3, wp::float16>> var_b,
    wp::array_t<wp::float16> var_out,
    wp::array_t<wp::vec_t<3, wp::float16>> var_scaled,
    wp::array_t<wp::vec_t<3, wp::float16>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float16>> adj_b,
    wp::array_t<wp::float16> adj_out,
    wp::array_t<wp::vec_t<3, wp::float16>> adj_scaled)
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
        wp::float16 var_10;
        const wp::float32 var_11 = 0.5;
        wp::float16 var_12;
        wp::vec_t<3, wp::float16> var_13;
        const wp::float32 var_14 = 1.0;
        wp::float16 var_15;
        wp::float16 var_16;
        wp::vec_t<3, wp::float16> var_17;
        wp::vec_t<3, wp::float16> var_18;
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
        wp::float16 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float16 adj_12 = {};
        wp::vec_t<3, wp::float16> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float16 adj_15 = {};
        wp::float16 adj_16 = {};
        wp::vec_t<3, wp::float16> adj_17 = {};
        wp::vec_t<3, wp::float16> adj_18 = {};
        //---------
        // forward
        // def half_vector_ops(a: wp.array(dtype=wp.vec3h), b: wp.array(dtype=wp.vec3h), out: wp.array(dtype=wp.float16), scaled: wp.array(dtype=wp.vec3h)):       <L 73>
        // i = wp.tid()                                                                           <L 74>
        var_0 = builtin_tid1d();
        // u = a[i]                                                                               <L 75>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = b[i]                                                                               <L 76>
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // d = wp.dot(u, v)                                                                       <L 77>
        var_7 = wp::dot(var_2, var_5);
        // c = wp.cross(u, v)                                                                     <L 78>
        var_8 = wp::cross(var_2, var_5);
        // out[i] = d + wp.length(c)                                                              <L 79>
        var_9 = wp::length(var_8);
        var_10 = wp::add(var_7, var_9);
        // wp::array_store(var_out, var_0, var_10);
        // s = wp.float16(0.5)                                                                    <L 80>
        var_12 = wp::float16(var_11);
        // scaled[i] = u * s + v * (wp.float16(1.0) - s)                                          <L 81>
        var_13 = wp::mul(var_2, var_12);
        var_15 = wp::float16(var_14);
        var_16 = wp::sub(var_15, var_12);
        var_17 = wp::mul(var_5, var_16);
        var_18 = wp::add(var_13, var_17);
        // wp::array_store(var_scaled, var_0, var_18);
        //---------
        // reverse
        wp::adj_array_store(var_scaled, var_0, var_18, adj_scaled, adj_0, adj_18);
        wp::adj_add(var_13, var_17, adj_13, adj_17, adj_18);
        wp::adj_mul(var_5, var_16, adj_5, adj_16, adj_17);
        wp::adj_sub(var_15, var_12, adj_15, adj_12, adj_16);
        wp::adj_float16(var_14, adj_14, adj_15);
        wp::adj_mul(var_2, var_12, adj_2, adj_12, adj_13);
        // adj: scaled[i] = u * s + v * (wp.float16(1.0) - s)                                     <L 81>
        wp::adj_float16(var_11, adj_11, adj_12);
        // adj: s = wp.float16(0.5)                                                               <L 80>
        wp::adj_array_store(var_out, var_0, var_10, adj_out, adj_0, adj_10);
        wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
        wp::adj_length(var_8, var_9, adj_8, adj_9);
        // adj: out[i] = d + wp.length(c)                                                         <L 79>
        wp::adj_cross(var_2, var_5, adj_2, adj_5, adj_8);
        // adj: c = wp.cross(u, v)                                                                <L 78>
        wp::adj_dot(var_2, var_5, adj_2, adj_5, adj_7);
        // adj: d = wp.dot(u, v)                                                                  <L 77>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
        // adj: v = b[i]                                                                          <L 76>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: u = a[i]                                                                          <L 75>
        // adj: i = wp.tid()                                                                      <L 74>
        // adj: def half_vector_ops(a: wp.array(dtype=wp.vec3h), b: wp.array(dtype=wp.vec3h), out: wp.array(dtype=wp.float16), scaled: wp.array(dtype=wp.vec3h)):  <L 73>
        continue;
    }
}



extern "C" __global__ void half_clamp_cast_97e9f7f9_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float16> var_y,
    wp::float16 var_lo,
    wp::float16 var_hi)
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
        wp::float16 var_2;
        wp::float32 var_3;
        wp::float16 var_4;
        wp::float16 var_5;
        const wp::float32 var_6 = 0.25;
        wp::float16 var_7;
        wp::float16 var_8;
        wp::float16 var_9;
        wp::float16 var_10;
        wp::float16 var_11;
        wp::float16 var_12;
        wp::float16 var_13;
        wp::float16 var_14;
        //---------
        // forward
        // def half_clamp_cast(x: wp.array(dtype=float), y: wp.array(dtype=wp.float16), lo: wp.float16, hi: wp.float16):       <L 85>
        // i = wp.tid()                                                                           <L 86>
        var_0 = builtin_tid1d();
        // h = wp.float16(x[i])                                                                   <L 87>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float16(var_3);
        // h = wp.clamp(h, lo, hi)                                                                <L 88>
        var_4 = wp::clamp(var_2, var_lo, var_hi);
        // h = h * h - wp.float16(0.25) * wp.abs(h)                                               <L 89>
        var_5 = wp::mul(var_4, var_4);
        var_7 = wp::float16(var_6);
        var_8 = wp::abs(var_4);
        var_9 = wp::mul(var_7, var_8);
        var_10 = wp::sub(var_5, var_9);
        // y[i] = wp.sqrt(wp.abs(h)) + wp.floor(h)                                                <L 90>
        var_11 = wp::abs(var_10);
        var_12 = wp::sqrt(var_11);
        var_13 = wp::floor(var_10);
        var_14 = wp::add(var_12, var_13);
        wp::array_store(var_y, var_0, var_14);
    }
}



extern "C" __global__ void half_clamp_cast_97e9f7f9_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float16> var_y,
    wp::float16 var_lo,
    wp::float16 var_hi,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float16> adj_y,
    wp::float16 adj_lo,
    wp::float16 adj_hi)
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
        wp::float16 var_2;
        wp::float32 var_3;
        wp::float16 var_4;
        wp::float16 var_5;
        const wp::float32 var_6 = 0.25;
        wp::float16 var_7;
        wp::float16 var_8;
        wp::float16 var_9;
        wp::float16 var_10;
        wp::float16 var_11;
        wp::float16 var_12;
        wp::float16 var_13;
        wp::float16 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float16 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float16 adj_4 = {};
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
        //---------
        // forward
        // def half_clamp_cast(x: wp.array(dtype=float), y: wp.array(dtype=wp.float16), lo: wp.float16, hi: wp.float16):       <L 85>
        // i = wp.tid()                                                                           <L 86>
        var_0 = builtin_tid1d();
        // h = wp.float16(x[i])                                                                   <L 87>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float16(var_3);
        // h = wp.clamp(h, lo, hi)                                                                <L 88>
        var_4 = wp::clamp(var_2, var_lo, var_hi);
        // h = h * h - wp.float16(0.25) * wp.abs(h)                                               <L 89>
        var_5 = wp::mul(var_4, var_4);
        var_7 = wp::float16(var_6);
        var_8 = wp::abs(var_4);
        var_9 = wp::mul(var_7, var_8);
        var_10 = wp::sub(var_5, var_9);
        // y[i] = wp.sqrt(wp.abs(h)) + wp.floor(h)                                                <L 90>
        var_11 = wp::abs(var_10);
        var_12 = wp::sqrt(var_11);
        var_13 = wp::floor(var_10);
        var_14 = wp::add(var_12, var_13);
        // wp::array_store(var_y, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_14, adj_y, adj_0, adj_14);
        wp::adj_add(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_sqrt(var_11, var_12, adj_11, adj_12);
        wp::adj_abs(var_10, adj_10, adj_11);
        // adj: y[i] = wp.sqrt(wp.abs(h)) + wp.floor(h)                                           <L 90>
        wp::adj_sub(var_5, var_9, adj_5, adj_9, adj_10);
        wp::adj_mul(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_abs(var_4, adj_4, adj_8);
        wp::adj_float16(var_6, adj_6, adj_7);
        wp::adj_mul(var_4, var_4, adj_4, adj_4, adj_5);
        // adj: h = h * h - wp.float16(0.25) * wp.abs(h)                                          <L 89>
        wp::adj_clamp(var_2, var_lo, var_hi, adj_2, adj_lo, adj_hi, adj_4);
        // adj: h = wp.clamp(h, lo, hi)                                                           <L 88>
        wp::adj_float16(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: h = wp.float16(x[i])                                                              <L 87>
        // adj: i = wp.tid()                                                                      <L 86>
        // adj: def half_clamp_cast(x: wp.array(dtype=float), y: wp.array(dtype=wp.float16), lo: wp.float16, hi: wp.float16):  <L 85>
        continue;
    }
}



extern "C" __global__ void attention_head_half_be0b7d03_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float16> var_q,
    wp::array_t<wp::float16> var_k,
    wp::array_t<wp::float16> var_v,
    bool var_causal,
    wp::float32 var_scale,
    wp::array_t<wp::float16> var_out,
    wp::array_t<wp::float32> var_lse)
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
        wp::shape_t* var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t var_8;
        const wp::float32 var_9 = 1e+30;
        const wp::float32 var_10 = -1e+30;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.0;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.0;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        wp::float32 var_21;
        wp::range_t var_22;
        wp::int32 var_23;
        bool var_24;
        bool var_25;
        const wp::float32 var_26 = 0.0;
        wp::float32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float16* var_30;
        wp::float32 var_31;
        wp::float16 var_32;
        wp::float16* var_33;
        wp::float32 var_34;
        wp::float16 var_35;
        wp::float32 var_36;
        wp::float16* var_37;
        wp::float32 var_38;
        wp::float16 var_39;
        wp::float16* var_40;
        wp::float32 var_41;
        wp::float16 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::int32 var_54 = 0;
        wp::float16* var_55;
        wp::float32 var_56;
        wp::float16 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 1;
        bool var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 1;
        wp::float16* var_64;
        wp::float32 var_65;
        wp::float16 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        const wp::int32 var_70 = 2;
        bool var_71;
        wp::float32 var_72;
        const wp::int32 var_73 = 2;
        wp::float16* var_74;
        wp::float32 var_75;
        wp::float16 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        const wp::int32 var_80 = 3;
        bool var_81;
        wp::float32 var_82;
        const wp::int32 var_83 = 3;
        wp::float16* var_84;
        wp::float32 var_85;
        wp::float16 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        const wp::float32 var_91 = 0.0;
        bool var_92;
        wp::range_t var_93;
        wp::int32 var_94;
        const wp::float32 var_95 = 0.0;
        wp::float16 var_96;
        const wp::float32 var_97 = 1e+30;
        const wp::float32 var_98 = -1e+30;
        wp::int32 var_99;
        const wp::float32 var_100 = 1.0;
        wp::float32 var_101;
        wp::float32 var_102;
        wp::float16 var_103;
        const wp::int32 var_104 = 0;
        const wp::int32 var_105 = 1;
        bool var_106;
        wp::float32 var_107;
        wp::float16 var_108;
        const wp::int32 var_109 = 1;
        const wp::int32 var_110 = 2;
        bool var_111;
        wp::float32 var_112;
        wp::float16 var_113;
        const wp::int32 var_114 = 2;
        const wp::int32 var_115 = 3;
        bool var_116;
        wp::float32 var_117;
        wp::float16 var_118;
        const wp::int32 var_119 = 3;
        wp::float32 var_120;
        wp::float32 var_121;
        //---------
        // forward
        // def attention_head_half(                                                               <L 94>
        // row = wp.tid()                                                                         <L 103>
        var_0 = builtin_tid1d();
        // seq = k.shape[0]                                                                       <L 104>
        var_1 = &(var_k.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // d = q.shape[1]                                                                         <L 105>
        var_5 = &(var_q.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        // m = float(-1.0e30)                                                                     <L 107>
        var_11 = wp::float(var_10);
        // s = float(0.0)                                                                         <L 108>
        var_13 = wp::float(var_12);
        // acc0 = float(0.0)                                                                      <L 109>
        var_15 = wp::float(var_14);
        // acc1 = float(0.0)                                                                      <L 110>
        var_17 = wp::float(var_16);
        // acc2 = float(0.0)                                                                      <L 111>
        var_19 = wp::float(var_18);
        // acc3 = float(0.0)                                                                      <L 112>
        var_21 = wp::float(var_20);
        // for j in range(seq):                                                                   <L 113>
        var_22 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_22) == 0) goto end_for_0;
            var_23 = wp::iter_next(var_22);
            // if causal and j > row:                                                             <L 114>
            var_24 = (var_23 > var_0);
            var_25 = var_causal && var_24;
            if (var_25) {
                // break                                                                          <L 115>
                goto end_for_0;
            }
            // dot = float(0.0)                                                                   <L 116>
            var_27 = wp::float(var_26);
            // for c in range(d):                                                                 <L 117>
            var_28 = wp::range(var_7);
            start_for_2:;
                if (iter_cmp(var_28) == 0) goto end_for_2;
                var_29 = wp::iter_next(var_28);
                // dot += float(q[row, c]) * float(k[j, c])                                       <L 118>
                var_30 = wp::address(var_q, var_0, var_29);
                var_32 = wp::load(var_30);
                var_31 = wp::float(var_32);
                var_33 = wp::address(var_k, var_23, var_29);
                var_35 = wp::load(var_33);
                var_34 = wp::float(var_35);
                var_36 = wp::mul(var_31, var_34);
                var_37 = wp::address(var_q, var_0, var_29);
                var_39 = wp::load(var_37);
                var_38 = wp::float(var_39);
                var_40 = wp::address(var_k, var_23, var_29);
                var_42 = wp::load(var_40);
                var_41 = wp::float(var_42);
                var_43 = wp::mul(var_38, var_41);
                var_44 = wp::add(var_27, var_43);
                wp::assign(var_27, var_44);
                goto start_for_2;
            end_for_2:;
            // logit = dot * scale                                                                <L 119>
            var_45 = wp::mul(var_27, var_scale);
            // m_new = wp.max(m, logit)                                                           <L 120>
            var_46 = wp::max(var_11, var_45);
            // corr = wp.exp(m - m_new)                                                           <L 121>
            var_47 = wp::sub(var_11, var_46);
            var_48 = wp::exp(var_47);
            // p = wp.exp(logit - m_new)                                                          <L 122>
            var_49 = wp::sub(var_45, var_46);
            var_50 = wp::exp(var_49);
            // s = s * corr + p                                                                   <L 123>
            var_51 = wp::mul(var_13, var_48);
            var_52 = wp::add(var_51, var_50);
            // acc0 = acc0 * corr + p * float(v[j, 0])                                            <L 124>
            var_53 = wp::mul(var_15, var_48);
            var_55 = wp::address(var_v, var_23, var_54);
            var_57 = wp::load(var_55);
            var_56 = wp::float(var_57);
            var_58 = wp::mul(var_50, var_56);
            var_59 = wp::add(var_53, var_58);
            // if d > 1:                                                                          <L 125>
            var_61 = (var_7 > var_60);
            if (var_61) {
                // acc1 = acc1 * corr + p * float(v[j, 1])                                        <L 126>
                var_62 = wp::mul(var_17, var_48);
                var_64 = wp::address(var_v, var_23, var_63);
                var_66 = wp::load(var_64);
                var_65 = wp::float(var_66);
                var_67 = wp::mul(var_50, var_65);
                var_68 = wp::add(var_62, var_67);
            }
            var_69 = wp::where(var_61, var_68, var_17);
            // if d > 2:                                                                          <L 127>
            var_71 = (var_7 > var_70);
            if (var_71) {
                // acc2 = acc2 * corr + p * float(v[j, 2])                                        <L 128>
                var_72 = wp::mul(var_19, var_48);
                var_74 = wp::address(var_v, var_23, var_73);
                var_76 = wp::load(var_74);
                var_75 = wp::float(var_76);
                var_77 = wp::mul(var_50, var_75);
                var_78 = wp::add(var_72, var_77);
            }
            var_79 = wp::where(var_71, var_78, var_19);
            // if d > 3:                                                                          <L 129>
            var_81 = (var_7 > var_80);
            if (var_81) {
                // acc3 = acc3 * corr + p * float(v[j, 3])                                        <L 130>
                var_82 = wp::mul(var_21, var_48);
                var_84 = wp::address(var_v, var_23, var_83);
                var_86 = wp::load(var_84);
                var_85 = wp::float(var_86);
                var_87 = wp::mul(var_50, var_85);
                var_88 = wp::add(var_82, var_87);
            }
            var_89 = wp::where(var_81, var_88, var_21);
            // m = m_new                                                                          <L 131>
            var_90 = wp::copy(var_46);
            wp::assign(var_11, var_90);
            wp::assign(var_13, var_52);
            wp::assign(var_15, var_59);
            wp::assign(var_17, var_69);
            wp::assign(var_19, var_79);
            wp::assign(var_21, var_89);
            goto start_for_0;
        end_for_0:;
        // if s <= 0.0:                                                                           <L 132>
        var_92 = (var_13 <= var_91);
        if (var_92) {
            // for c in range(d):                                                                 <L 133>
            var_93 = wp::range(var_7);
            start_for_4:;
                if (iter_cmp(var_93) == 0) goto end_for_4;
                var_94 = wp::iter_next(var_93);
                // out[row, c] = wp.float16(0.0)                                                  <L 134>
                var_96 = wp::float16(var_95);
                wp::array_store(var_out, var_0, var_94, var_96);
                goto start_for_4;
            end_for_4:;
            // lse[row] = -1.0e30                                                                 <L 135>
            wp::array_store(var_lse, var_0, var_98);
            // return                                                                             <L 136>
            continue;
        }
        var_99 = wp::where(var_92, var_94, var_29);
        // inv = 1.0 / s                                                                          <L 137>
        var_101 = wp::div(var_100, var_13);
        // out[row, 0] = wp.float16(acc0 * inv)                                                   <L 138>
        var_102 = wp::mul(var_15, var_101);
        var_103 = wp::float16(var_102);
        wp::array_store(var_out, var_0, var_104, var_103);
        // if d > 1:                                                                              <L 139>
        var_106 = (var_7 > var_105);
        if (var_106) {
            // out[row, 1] = wp.float16(acc1 * inv)                                               <L 140>
            var_107 = wp::mul(var_17, var_101);
            var_108 = wp::float16(var_107);
            wp::array_store(var_out, var_0, var_109, var_108);
        }
        // if d > 2:                                                                              <L 141>
        var_111 = (var_7 > var_110);
        if (var_111) {
            // out[row, 2] = wp.float16(acc2 * inv)                                               <L 142>
            var_112 = wp::mul(var_19, var_101);
            var_113 = wp::float16(var_112);
            wp::array_store(var_out, var_0, var_114, var_113);
        }
        // if d > 3:                                                                              <L 143>
        var_116 = (var_7 > var_115);
        if (var_116) {
            // out[row, 3] = wp.float16(acc3 * inv)                                               <L 144>
            var_117 = wp::mul(var_21, var_101);
            var_118 = wp::float16(var_117);
            wp::array_store(var_out, var_0, var_119, var_118);
        }
        // lse[row] = m + wp.log(s)                                                               <L 145>
        var_120 = wp::log(var_13);
        var_121 = wp::add(var_11, var_120);
        wp::array_store(var_lse, var_0, var_121);
    }
}



extern "C" __global__ void attention_head_half_be0b7d03_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float16> var_q,
    wp::array_t<wp::float16> var_k,
    wp::array_t<wp::float16> var_v,
    bool var_causal,
    wp::float32 var_scale,
    wp::array_t<wp::float16> var_out,
    wp::array_t<wp::float32> var_lse,
    wp::array_t<wp::float16> adj_q,
    wp::array_t<wp::float16> adj_k,
    wp::array_t<wp::float16> adj_v,
    bool adj_causal,
    wp::float32 adj_scale,
    wp::array_t<wp::float16> adj_out,
    wp::array_t<wp::float32> adj_lse)
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
        wp::shape_t* var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t var_8;
        const wp::float32 var_9 = 1e+30;
        const wp::float32 var_10 = -1e+30;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.0;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.0;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        wp::float32 var_21;
        wp::range_t var_22;
        wp::int32 var_23;
        bool var_24;
        bool var_25;
        const wp::float32 var_26 = 0.0;
        wp::float32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float16* var_30;
        wp::float32 var_31;
        wp::float16 var_32;
        wp::float16* var_33;
        wp::float32 var_34;
        wp::float16 var_35;
        wp::float32 var_36;
        wp::float16* var_37;
        wp::float32 var_38;
        wp::float16 var_39;
        wp::float16* var_40;
        wp::float32 var_41;
        wp::float16 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        const wp::int32 var_54 = 0;
        wp::float16* var_55;
        wp::float32 var_56;
        wp::float16 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 1;
        bool var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 1;
        wp::float16* var_64;
        wp::float32 var_65;
        wp::float16 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        const wp::int32 var_70 = 2;
        bool var_71;
        wp::float32 var_72;
        const wp::int32 var_73 = 2;
        wp::float16* var_74;
        wp::float32 var_75;
        wp::float16 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        const wp::int32 var_80 = 3;
        bool var_81;
        wp::float32 var_82;
        const wp::int32 var_83 = 3;
        wp::float16* var_84;
        wp::float32 var_85;
        wp::float16 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        const wp::float32 var_91 = 0.0;
        bool var_92;
        wp::range_t var_93;
        wp::int32 var_94;
        const wp::float32 var_95 = 0.0;
        wp::float16 var_96;
        const wp::float32 var_97 = 1e+30;
        const wp::float32 var_98 = -1e+30;
        wp::int32 var_99;
        const wp::float32 var_100 = 1.0;
        wp::float32 var_101;
        wp::float32 var_102;
        wp::float16 var_103;
        const wp::int32 var_104 = 0;
        const wp::int32 var_105 = 1;
        bool var_106;
        wp::float32 var_107;
        wp::float16 var_108;
        const wp::int32 var_109 = 1;
        const wp::int32 var_110 = 2;
        bool var_111;
        wp::float32 var_112;
        wp::float16 var_113;
        const wp::int32 var_114 = 2;
        const wp::int32 var_115 = 3;
        bool var_116;
        wp::float32 var_117;
        wp::float16 var_118;
        const wp::int32 var_119 = 3;
        wp::float32 var_120;
        wp::float32 var_121;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::shape_t adj_8 = {};
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
        wp::range_t adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        bool adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::range_t adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float16 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float16 adj_32 = {};
        wp::float16 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float16 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float16 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float16 adj_39 = {};
        wp::float16 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float16 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::float16 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float16 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        bool adj_61 = {};
        wp::float32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::float16 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float16 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::int32 adj_70 = {};
        bool adj_71 = {};
        wp::float32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::float16 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float16 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::int32 adj_80 = {};
        bool adj_81 = {};
        wp::float32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::float16 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float16 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        bool adj_92 = {};
        wp::range_t adj_93 = {};
        wp::int32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float16 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::float32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::float16 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        bool adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float16 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        bool adj_111 = {};
        wp::float32 adj_112 = {};
        wp::float16 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        bool adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float16 adj_118 = {};
        wp::int32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::float32 adj_121 = {};
        //---------
        // forward
        // def attention_head_half(                                                               <L 94>
        // row = wp.tid()                                                                         <L 103>
        var_0 = builtin_tid1d();
        // seq = k.shape[0]                                                                       <L 104>
        var_1 = &(var_k.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // d = q.shape[1]                                                                         <L 105>
        var_5 = &(var_q.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        // m = float(-1.0e30)                                                                     <L 107>
        var_11 = wp::float(var_10);
        // s = float(0.0)                                                                         <L 108>
        var_13 = wp::float(var_12);
        // acc0 = float(0.0)                                                                      <L 109>
        var_15 = wp::float(var_14);
        // acc1 = float(0.0)                                                                      <L 110>
        var_17 = wp::float(var_16);
        // acc2 = float(0.0)                                                                      <L 111>
        var_19 = wp::float(var_18);
        // acc3 = float(0.0)                                                                      <L 112>
        var_21 = wp::float(var_20);
        // for j in range(seq):                                                                   <L 113>
        var_22 = wp::range(var_3);
        // if s <= 0.0:                                                                           <L 132>
        var_92 = (var_13 <= var_91);
        if (var_92) {
            // for c in range(d):                                                                 <L 133>
            var_93 = wp::range(var_7);
            // lse[row] = -1.0e30                                                                 <L 135>
            // wp::array_store(var_lse, var_0, var_98);
            // return                                                                             <L 136>
            goto label6;
        }
        var_99 = wp::where(var_92, var_94, var_29);
        // inv = 1.0 / s                                                                          <L 137>
        var_101 = wp::div(var_100, var_13);
        // out[row, 0] = wp.float16(acc0 * inv)                                                   <L 138>
        var_102 = wp::mul(var_15, var_101);
        var_103 = wp::float16(var_102);
        // wp::array_store(var_out, var_0, var_104, var_103);
        // if d > 1:                                                                              <L 139>
        var_106 = (var_7 > var_105);
        if (var_106) {
            // out[row, 1] = wp.float16(acc1 * inv)                                               <L 140>
            var_107 = wp::mul(var_17, var_101);
            var_108 = wp::float16(var_107);
            // wp::array_store(var_out, var_0, var_109, var_108);
        }
        // if d > 2:                                                                              <L 141>
        var_111 = (var_7 > var_110);
        if (var_111) {
            // out[row, 2] = wp.float16(acc2 * inv)                                               <L 142>
            var_112 = wp::mul(var_19, var_101);
            var_113 = wp::float16(var_112);
            // wp::array_store(var_out, var_0, var_114, var_113);
        }
        // if d > 3:                                                                              <L 143>
        var_116 = (var_7 > var_115);
        if (var_116) {
            // out[row, 3] = wp.float16(acc3 * inv)                                               <L 144>
            var_117 = wp::mul(var_21, var_101);
            var_118 = wp::float16(var_117);
            // wp::array_store(var_out, var_0, var_119, var_118);
        }
        // lse[row] = m + wp.log(s)                                                               <L 145>
        var_120 = wp::log(var_13);
        var_121 = wp::add(var_11, var_120);
        // wp::array_store(var_lse, var_0, var_121);
        //---------
        // reverse
        wp::adj_array_store(var_lse, var_0, var_121, adj_lse, adj_0, adj_121);
        wp::adj_add(var_11, var_120, adj_11, adj_120, adj_121);
        wp::adj_log(var_13, adj_13, adj_120);
        // adj: lse[row] = m + wp.log(s)                                                          <L 145>
        if (var_116) {
            wp::adj_array_store(var_out, var_0, var_119, var_118, adj_out, adj_0, adj_119, adj_118);
            wp::adj_float16(var_117, adj_117, adj_118);
            wp::adj_mul(var_21, var_101, adj_21, adj_101, adj_117);
            // adj: out[row, 3] = wp.float16(acc3 * inv)                                          <L 144>
        }
        // adj: if d > 3:                                                                         <L 143>
        if (var_111) {
            wp::adj_array_store(var_out, var_0, var_114, var_113, adj_out, adj_0, adj_114, adj_113);
            wp::adj_float16(var_112, adj_112, adj_113);
            wp::adj_mul(var_19, var_101, adj_19, adj_101, adj_112);
            // adj: out[row, 2] = wp.float16(acc2 * inv)                                          <L 142>
        }
        // adj: if d > 2:                                                                         <L 141>
        if (var_106) {
            wp::adj_array_store(var_out, var_0, var_109, var_108, adj_out, adj_0, adj_109, adj_108);
            wp::adj_float16(var_107, adj_107, adj_108);
            wp::adj_mul(var_17, var_101, adj_17, adj_101, adj_107);
            // adj: out[row, 1] = wp.float16(acc1 * inv)                                          <L 140>
        }
        // adj: if d > 1:                                                                         <L 139>
        wp::adj_array_store(var_out, var_0, var_104, var_103, adj_out, adj_0, adj_104, adj_103);
        wp::adj_float16(var_102, adj_102, adj_103);
        wp::adj_mul(var_15, var_101, adj_15, adj_101, adj_102);
        // adj: out[row, 0] = wp.float16(acc0 * inv)                                              <L 138>
        wp::adj_div(var_100, var_13, var_101, adj_100, adj_13, adj_101);
        // adj: inv = 1.0 / s                                                                     <L 137>
        wp::adj_where(var_92, var_94, var_29, adj_92, adj_94, adj_29, adj_99);
        if (var_92) {
            label6:;
            // adj: return                                                                        <L 136>
            wp::adj_array_store(var_lse, var_0, var_98, adj_lse, adj_0, adj_98);
            // adj: lse[row] = -1.0e30                                                            <L 135>
            var_93 = wp::iter_reverse(var_93);
            start_for_4:;
                if (iter_cmp(var_93) == 0) goto end_for_4;
                var_94 = wp::iter_next(var_93);
            	adj_95 = {};
            	adj_96 = {};
                // out[row, c] = wp.float16(0.0)                                                  <L 134>
                var_96 = wp::float16(var_95);
                // wp::array_store(var_out, var_0, var_94, var_96);
                wp::adj_array_store(var_out, var_0, var_94, var_96, adj_out, adj_0, adj_94, adj_96);
                wp::adj_float16(var_95, adj_95, adj_96);
                // adj: out[row, c] = wp.float16(0.0)                                             <L 134>
            	goto start_for_4;
            end_for_4:;
            wp::adj_range(var_7, adj_7, adj_93);
            // adj: for c in range(d):                                                            <L 133>
        }
        // adj: if s <= 0.0:                                                                      <L 132>
        var_22 = wp::iter_reverse(var_22);
        start_for_0:;
            if (iter_cmp(var_22) == 0) goto end_for_0;
            var_23 = wp::iter_next(var_22);
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_45 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
        	adj_49 = {};
        	adj_50 = {};
        	adj_51 = {};
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
        	adj_56 = {};
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
        	adj_66 = {};
        	adj_67 = {};
        	adj_68 = {};
        	adj_69 = {};
        	adj_70 = {};
        	adj_71 = {};
        	adj_72 = {};
        	adj_73 = {};
        	adj_74 = {};
        	adj_75 = {};
        	adj_76 = {};
        	adj_77 = {};
        	adj_78 = {};
        	adj_79 = {};
        	adj_80 = {};
        	adj_81 = {};
        	adj_82 = {};
        	adj_83 = {};
        	adj_84 = {};
        	adj_85 = {};
        	adj_86 = {};
        	adj_87 = {};
        	adj_88 = {};
        	adj_89 = {};
        	adj_90 = {};
            // if causal and j > row:                                                             <L 114>
            var_24 = (var_23 > var_0);
            var_25 = var_causal && var_24;
            if (var_25) {
                // break                                                                          <L 115>
                goto end_for_0;
            }
            // dot = float(0.0)                                                                   <L 116>
            var_27 = wp::float(var_26);
            // for c in range(d):                                                                 <L 117>
            var_28 = wp::range(var_7);
            // logit = dot * scale                                                                <L 119>
            var_45 = wp::mul(var_27, var_scale);
            // m_new = wp.max(m, logit)                                                           <L 120>
            var_46 = wp::max(var_11, var_45);
            // corr = wp.exp(m - m_new)                                                           <L 121>
            var_47 = wp::sub(var_11, var_46);
            var_48 = wp::exp(var_47);
            // p = wp.exp(logit - m_new)                                                          <L 122>
            var_49 = wp::sub(var_45, var_46);
            var_50 = wp::exp(var_49);
            // s = s * corr + p                                                                   <L 123>
            var_51 = wp::mul(var_13, var_48);
            var_52 = wp::add(var_51, var_50);
            // acc0 = acc0 * corr + p * float(v[j, 0])                                            <L 124>
            var_53 = wp::mul(var_15, var_48);
            var_55 = wp::address(var_v, var_23, var_54);
            var_57 = wp::load(var_55);
            var_56 = wp::float(var_57);
            var_58 = wp::mul(var_50, var_56);
            var_59 = wp::add(var_53, var_58);
            // if d > 1:                                                                          <L 125>
            var_61 = (var_7 > var_60);
            if (var_61) {
                // acc1 = acc1 * corr + p * float(v[j, 1])                                        <L 126>
                var_62 = wp::mul(var_17, var_48);
                var_64 = wp::address(var_v, var_23, var_63);
                var_66 = wp::load(var_64);
                var_65 = wp::float(var_66);
                var_67 = wp::mul(var_50, var_65);
                var_68 = wp::add(var_62, var_67);
            }
            var_69 = wp::where(var_61, var_68, var_17);
            // if d > 2:                                                                          <L 127>
            var_71 = (var_7 > var_70);
            if (var_71) {
                // acc2 = acc2 * corr + p * float(v[j, 2])                                        <L 128>
                var_72 = wp::mul(var_19, var_48);
                var_74 = wp::address(var_v, var_23, var_73);
                var_76 = wp::load(var_74);
                var_75 = wp::float(var_76);
                var_77 = wp::mul(var_50, var_75);
                var_78 = wp::add(var_72, var_77);
            }
            var_79 = wp::where(var_71, var_78, var_19);
            // if d > 3:                                                                          <L 129>
            var_81 = (var_7 > var_80);
            if (var_81) {
                // acc3 = acc3 * corr + p * float(v[j, 3])                                        <L 130>
                var_82 = wp::mul(var_21, var_48);
                var_84 = wp::address(var_v, var_23, var_83);
                var_86 = wp::load(var_84);
                var_85 = wp::float(var_86);
                var_87 = wp::mul(var_50, var_85);
                var_88 = wp::add(var_82, var_87);
            }
            var_89 = wp::where(var_81, var_88, var_21);
            // m = m_new                                                                          <L 131>
            var_90 = wp::copy(var_46);
            wp::assign(var_11, var_90);
            wp::assign(var_13, var_52);
            wp::assign(var_15, var_59);
            wp::assign(var_17, var_69);
            wp::assign(var_19, var_79);
            wp::assign(var_21, var_89);
            wp::adj_assign(var_21, var_89, adj_21, adj_89);
            wp::adj_assign(var_19, var_79, adj_19, adj_79);
            wp::adj_assign(var_17, var_69, adj_17, adj_69);
            wp::adj_assign(var_15, var_59, adj_15, adj_59);
            wp::adj_assign(var_13, var_52, adj_13, adj_52);
            wp::adj_assign(var_11, var_90, adj_11, adj_90);
            wp::adj_copy(var_46, adj_46, adj_90);
            // adj: m = m_new                                                                     <L 131>
            wp::adj_where(var_81, var_88, var_21, adj_81, adj_88, adj_21, adj_89);
            if (var_81) {
                wp::adj_add(var_82, var_87, adj_82, adj_87, adj_88);
                wp::adj_mul(var_50, var_85, adj_50, adj_85, adj_87);
                wp::adj_float(var_86, adj_84, adj_85);
                wp::adj_address(var_v, var_23, var_83, adj_v, adj_23, adj_83, adj_84);
                wp::adj_mul(var_21, var_48, adj_21, adj_48, adj_82);
                // adj: acc3 = acc3 * corr + p * float(v[j, 3])                                   <L 130>
            }
            // adj: if d > 3:                                                                     <L 129>
            wp::adj_where(var_71, var_78, var_19, adj_71, adj_78, adj_19, adj_79);
            if (var_71) {
                wp::adj_add(var_72, var_77, adj_72, adj_77, adj_78);
                wp::adj_mul(var_50, var_75, adj_50, adj_75, adj_77);
                wp::adj_float(var_76, adj_74, adj_75);
                wp::adj_address(var_v, var_23, var_73, adj_v, adj_23, adj_73, adj_74);
                wp::adj_mul(var_19, var_48, adj_19, adj_48, adj_72);
                // adj: acc2 = acc2 * corr + p * float(v[j, 2])                                   <L 128>
            }
            // adj: if d > 2:                                                                     <L 127>
            wp::adj_where(var_61, var_68, var_17, adj_61, adj_68, adj_17, adj_69);
            if (var_61) {
                wp::adj_add(var_62, var_67, adj_62, adj_67, adj_68);
                wp::adj_mul(var_50, var_65, adj_50, adj_65, adj_67);
                wp::adj_float(var_66, adj_64, adj_65);
                wp::adj_address(var_v, var_23, var_63, adj_v, adj_23, adj_63, adj_64);
                wp::adj_mul(var_17, var_48, adj_17, adj_48, adj_62);
                // adj: acc1 = acc1 * corr + p * float(v[j, 1])                                   <L 126>
            }
            // adj: if d > 1:                                                                     <L 125>
            wp::adj_add(var_53, var_58, adj_53, adj_58, adj_59);
            wp::adj_mul(var_50, var_56, adj_50, adj_56, adj_58);
            wp::adj_float(var_57, adj_55, adj_56);
            wp::adj_address(var_v, var_23, var_54, adj_v, adj_23, adj_54, adj_55);
            wp::adj_mul(var_15, var_48, adj_15, adj_48, adj_53);
            // adj: acc0 = acc0 * corr + p * float(v[j, 0])                                       <L 124>
            wp::adj_add(var_51, var_50, adj_51, adj_50, adj_52);
            wp::adj_mul(var_13, var_48, adj_13, adj_48, adj_51);
            // adj: s = s * corr + p                                                              <L 123>
            wp::adj_exp(var_49, var_50, adj_49, adj_50);
            wp::adj_sub(var_45, var_46, adj_45, adj_46, adj_49);
            // adj: p = wp.exp(logit - m_new)                                                     <L 122>
            wp::adj_exp(var_47, var_48, adj_47, adj_48);
            wp::adj_sub(var_11, var_46, adj_11, adj_46, adj_47);
            // adj: corr = wp.exp(m - m_new)                                                      <L 121>
            wp::adj_max(var_11, var_45, adj_11, adj_45, adj_46);
            // adj: m_new = wp.max(m, logit)                                                      <L 120>
            wp::adj_mul(var_27, var_scale, adj_27, adj_scale, adj_45);
            // adj: logit = dot * scale                                                           <L 119>
            var_28 = wp::iter_reverse(var_28);
            start_for_2:;
                if (iter_cmp(var_28) == 0) goto end_for_2;
                var_29 = wp::iter_next(var_28);
            	adj_30 = {};
            	adj_31 = {};
            	adj_32 = {};
            	adj_33 = {};
            	adj_34 = {};
            	adj_35 = {};
            	adj_36 = {};
            	adj_37 = {};
            	adj_38 = {};
            	adj_39 = {};
            	adj_40 = {};
            	adj_41 = {};
            	adj_42 = {};
            	adj_43 = {};
            	adj_44 = {};
                // dot += float(q[row, c]) * float(k[j, c])                                       <L 118>
                var_30 = wp::address(var_q, var_0, var_29);
                var_32 = wp::load(var_30);
                var_31 = wp::float(var_32);
                var_33 = wp::address(var_k, var_23, var_29);
                var_35 = wp::load(var_33);
                var_34 = wp::float(var_35);
                var_36 = wp::mul(var_31, var_34);
                var_37 = wp::address(var_q, var_0, var_29);
                var_39 = wp::load(var_37);
                var_38 = wp::float(var_39);
                var_40 = wp::address(var_k, var_23, var_29);
                var_42 = wp::load(var_40);
                var_41 = wp::float(var_42);
                var_43 = wp::mul(var_38, var_41);
                var_44 = wp::add(var_27, var_43);
                wp::assign(var_27, var_44);
                wp::adj_assign(var_27, var_44, adj_27, adj_44);
                wp::adj_add(var_27, var_43, adj_27, adj_43, adj_44);
                wp::adj_mul(var_38, var_41, adj_38, adj_41, adj_43);
                wp::adj_float(var_42, adj_40, adj_41);
                wp::adj_address(var_k, var_23, var_29, adj_k, adj_23, adj_29, adj_40);
                wp::adj_float(var_39, adj_37, adj_38);
                wp::adj_address(var_q, var_0, var_29, adj_q, adj_0, adj_29, adj_37);
                wp::adj_mul(var_31, var_34, adj_31, adj_34, adj_36);
                wp::adj_float(var_35, adj_33, adj_34);
                wp::adj_address(var_k, var_23, var_29, adj_k, adj_23, adj_29, adj_33);
                wp::adj_float(var_32, adj_30, adj_31);
                wp::adj_address(var_q, var_0, var_29, adj_q, adj_0, adj_29, adj_30);
                // adj: dot += float(q[row, c]) * float(k[j, c])                                  <L 118>
            	goto start_for_2;
            end_for_2:;
            wp::adj_range(var_7, adj_7, adj_28);
            // adj: for c in range(d):                                                            <L 117>
            wp::adj_float(var_26, adj_26, adj_27);
            // adj: dot = float(0.0)                                                              <L 116>
            if (var_25) {
                // adj: break                                                                     <L 115>
            }
            // adj: if causal and j > row:                                                        <L 114>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_3, adj_3, adj_22);
        // adj: for j in range(seq):                                                              <L 113>
        wp::adj_float(var_20, adj_20, adj_21);
        // adj: acc3 = float(0.0)                                                                 <L 112>
        wp::adj_float(var_18, adj_18, adj_19);
        // adj: acc2 = float(0.0)                                                                 <L 111>
        wp::adj_float(var_16, adj_16, adj_17);
        // adj: acc1 = float(0.0)                                                                 <L 110>
        wp::adj_float(var_14, adj_14, adj_15);
        // adj: acc0 = float(0.0)                                                                 <L 109>
        wp::adj_float(var_12, adj_12, adj_13);
        // adj: s = float(0.0)                                                                    <L 108>
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: m = float(-1.0e30)                                                                <L 107>
        wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
        adj_q.shape = adj_5;
        // adj: d = q.shape[1]                                                                    <L 105>
        wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
        adj_k.shape = adj_1;
        // adj: seq = k.shape[0]                                                                  <L 104>
        // adj: row = wp.tid()                                                                    <L 103>
        // adj: def attention_head_half(                                                          <L 94>
        continue;
    }
}

