#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif


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
    wp::launch_bounds_t<2> dim,
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
        wp::float32 var_17;
        wp::float16 var_18;
        wp::float16* var_19;
        wp::float16 var_20;
        wp::float16 var_21;
        const wp::int32 var_22 = 0;
        bool var_23;
        const wp::int32 var_24 = 1;
        bool var_25;
        wp::float16 var_26;
        const wp::int32 var_27 = 2;
        bool var_28;
        const wp::float32 var_29 = 0.01;
        wp::float16 var_30;
        wp::float16 var_31;
        const wp::int32 var_32 = 3;
        bool var_33;
        wp::float16 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float16 var_37;
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
            var_17 = wp::add(var_7, var_16);
            wp::assign(var_7, var_17);
            goto start_for_0;
        end_for_0:;
        // h = wp.float16(acc) + bias[col]                                                        <L 40>
        var_18 = wp::float16(var_7);
        var_19 = wp::address(var_bias, var_1);
        var_21 = wp::load(var_19);
        var_20 = wp::add(var_18, var_21);
        // if activation == 0:                                                                    <L 41>
        var_23 = (var_activation == var_22);
        if (var_23) {
            // y[row, col] = h                                                                    <L 42>
            wp::array_store(var_y, var_0, var_1, var_20);
        }
        if (!var_23) {
            // elif activation == 1:                                                              <L 43>
            var_25 = (var_activation == var_24);
            if (var_25) {
                // y[row, col] = relu_h(h)                                                        <L 44>
                var_26 = relu_h_0(var_20);
                wp::array_store(var_y, var_0, var_1, var_26);
            }
            if (!var_25) {
                // elif activation == 2:                                                          <L 45>
                var_28 = (var_activation == var_27);
                if (var_28) {
                    // y[row, col] = leaky_relu_h(h, wp.float16(0.01))                            <L 46>
                    var_30 = wp::float16(var_29);
                    var_31 = leaky_relu_h_0(var_20, var_30);
                    wp::array_store(var_y, var_0, var_1, var_31);
                }
                if (!var_28) {
                    // elif activation == 3:                                                      <L 47>
                    var_33 = (var_activation == var_32);
                    if (var_33) {
                        // y[row, col] = sigmoid_h(h)                                             <L 48>
                        var_34 = sigmoid_h_0(var_20);
                        wp::array_store(var_y, var_0, var_1, var_34);
                    }
                    if (!var_33) {
                        // y[row, col] = wp.float16(gelu_approx(float(h)))                        <L 50>
                        var_35 = wp::float(var_20);
                        var_36 = gelu_approx_0(var_35);
                        var_37 = wp::float16(var_36);
                        wp::array_store(var_y, var_0, var_1, var_37);
                    }
                }
            }
        }
    }
}



extern "C" __global__ void dense_half_fda56188_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
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
        wp::float32 var_17;
        wp::float16 var_18;
        wp::float16* var_19;
        wp::float16 var_20;
        wp::float16 var_21;
        const wp::int32 var_22 = 0;
        bool var_23;
        const wp::int32 var_24 = 1;
        bool var_25;
        wp::float16 var_26;
        const wp::int32 var_27 = 2;
        bool var_28;
        const wp::float32 var_29 = 0.01;
        wp::float16 var_30;
        wp::float16 var_31;
        const wp::int32 var_32 = 3;
        bool var_33;
        wp::float16 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
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
        wp::float32 adj_17 = {};
        wp::float16 adj_18 = {};
        wp::float16 adj_19 = {};
        wp::float16 adj_20 = {};
        wp::float16 adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        wp::float16 adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float16 adj_30 = {};
        wp::float16 adj_31 = {};
        wp::int32 adj_32 = {};
        bool adj_33 = {};
        wp::float16 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float16 adj_37 = {};
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
        var_18 = wp::float16(var_7);
        var_19 = wp::address(var_bias, var_1);
        var_21 = wp::load(var_19);
        var_20 = wp::add(var_18, var_21);
        // if activation == 0:                                                                    <L 41>
        var_23 = (var_activation == var_22);
        if (var_23) {
            // y[row, col] = h                                                                    <L 42>
            // wp::array_store(var_y, var_0, var_1, var_20);
        }
        if (!var_23) {
            // elif activation == 1:                                                              <L 43>
            var_25 = (var_activation == var_24);
            if (var_25) {
                // y[row, col] = relu_h(h)                                                        <L 44>
                var_26 = relu_h_0(var_20);
                // wp::array_store(var_y, var_0, var_1, var_26);
            }
            if (!var_25) {
                // elif activation == 2:                                                          <L 45>
                var_28 = (var_activation == var_27);
                if (var_28) {
                    // y[row, col] = leaky_relu_h(h, wp.float16(0.01))                            <L 46>
                    var_30 = wp::float16(var_29);
                    var_31 = leaky_relu_h_0(var_20, var_30);
                    // wp::array_store(var_y, var_0, var_1, var_31);
                }
                if (!var_28) {
                    // elif activation == 3:                                                      <L 47>
                    var_33 = (var_activation == var_32);
                    if (var_33) {
                        // y[row, col] = sigmoid_h(h)                                             <L 48>
                        var_34 = sigmoid_h_0(var_20);
                        // wp::array_store(var_y, var_0, var_1, var_34);
                    }
                    if (!var_33) {
                        // y[row, col] = wp.float16(gelu_approx(float(h)))                        <L 50>
                        var_35 = wp::float(var_20);
                        var_36 = gelu_approx_0(var_35);
                        var_37 = wp::float16(var_36);
                        // wp::array_store(var_y, var_0, var_1, var_37);
                    }
                }
            }
        }
        //---------
        // reverse
        if (!var_23) {
            if (!var_25) {
                if (!var_28) {
                    if (!var_33) {
                        wp::adj_array_store(var_y, var_0, var_1, var_37, adj_y, adj_0, adj_1, adj_37);
                        wp::adj_float16(var_36, adj_36, adj_37);
                        adj_gelu_approx_0(var_35, adj_35, adj_36);
                        wp::adj_float(var_20, adj_20, adj_35);
                        // adj: y[row, col] = wp.float16(gelu_approx(float(h)))                   <L 50>
                    }
                    if (var_33) {
                        wp::adj_array_store(var_y, var_0, var_1, var_34, adj_y, adj_0, adj_1, adj_34);
                        adj_sigmoid_h_0(var_20, adj_20, adj_34);
                        // adj: y[row, col] = sigmoid_h(h)                                        <L 48>
                    }
                    // adj: elif activation == 3:                                                 <L 47>
                }
                if (var_28) {
                    wp::adj_array_store(var_y, var_0, var_1, var_31, adj_y, adj_0, adj_1, adj_31);
                    adj_leaky_relu_h_0(var_20, var_30, adj_20, adj_30, adj_31);
                    wp::adj_float16(var_29, adj_29, adj_30);
                    // adj: y[row, col] = leaky_relu_h(h, wp.float16(0.01))                       <L 46>
                }
                // adj: elif activation == 2:                                                     <L 45>
            }
            if (var_25) {
                wp::adj_array_store(var_y, var_0, var_1, var_26, adj_y, adj_0, adj_1, adj_26);
                adj_relu_h_0(var_20, adj_20, adj_26);
                // adj: y[row, col] = relu_h(h)                                                   <L 44>
            }
            // adj: elif activation == 1:                                                         <L 43>
        }
        if (var_23) {
            wp::adj_array_store(var_y, var_0, var_1, var_20, adj_y, adj_0, adj_1, adj_20);
            // adj: y[row, col] = h                                                               <L 42>
        }
        // adj: if activation == 0:                                                               <L 41>
        wp::adj_add(var_18, var_21, adj_18, adj_19, adj_20);
        wp::adj_address(var_bias, var_1, adj_bias, adj_1, adj_19);
        wp::adj_float16(var_7, adj_7, adj_18);
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
            // acc += float(x[row, k]) * float(w[k, col])                                         <L 39>
            var_10 = wp::address(var_x, var_0, var_9);
            var_12 = wp::load(var_10);
            var_11 = wp::float(var_12);
            var_13 = wp::address(var_w, var_9, var_1);
            var_15 = wp::load(var_13);
            var_14 = wp::float(var_15);
            var_16 = wp::mul(var_11, var_14);
            var_17 = wp::add(var_7, var_16);
            wp::assign(var_7, var_17);
            wp::adj_assign(var_7, var_17, adj_7, adj_17);
            wp::adj_add(var_7, var_16, adj_7, adj_16, adj_17);
            wp::adj_mul(var_11, var_14, adj_11, adj_14, adj_16);
            wp::adj_float(var_15, adj_13, adj_14);
            wp::adj_address(var_w, var_9, var_1, adj_w, adj_9, adj_1, adj_13);
            wp::adj_float(var_12, adj_10, adj_11);
            wp::adj_address(var_x, var_0, var_9, adj_x, adj_0, adj_9, adj_10);
            // adj: acc += float(x[row, k]) * float(w[k, col])                                    <L 39>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(k_dim):                                                            <L 38>
        wp::adj_float(var_6, adj_6, adj_7);
        // adj: acc = float(0.0)                                                                  <L 37>
        adj_x.shape = adj_2;
        // adj: k_dim = x.shape[1]                                                                <L 36>
        // adj: row, col = wp.tid()                                                               <L 35>
        // adj: def dense_half(                                                                   <L 28>
        continue;
    }
}



extern "C" __global__ void layer_norm_half_692b515f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::float16* var_19;
        wp::float32 var_20;
        wp::float16 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 1.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::range_t var_31;
        wp::int32 var_32;
        wp::float16* var_33;
        wp::float32 var_34;
        wp::float16 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float16 var_38;
        wp::float16* var_39;
        wp::float16 var_40;
        wp::float16 var_41;
        wp::float16* var_42;
        wp::float16 var_43;
        wp::float16 var_44;
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
            var_12 = wp::add(var_6, var_10);
            wp::assign(var_6, var_12);
            goto start_for_0;
        end_for_0:;
        // mean = mean / float(n)                                                                 <L 60>
        var_13 = wp::float(var_3);
        var_14 = wp::div(var_6, var_13);
        // var = float(0.0)                                                                       <L 61>
        var_16 = wp::float(var_15);
        // for j in range(n):                                                                     <L 62>
        var_17 = wp::range(var_3);
        start_for_2:;
            if (iter_cmp(var_17) == 0) goto end_for_2;
            var_18 = wp::iter_next(var_17);
            // d = float(x[row, j]) - mean                                                        <L 63>
            var_19 = wp::address(var_x, var_0, var_18);
            var_21 = wp::load(var_19);
            var_20 = wp::float(var_21);
            var_22 = wp::sub(var_20, var_14);
            // var += d * d                                                                       <L 64>
            var_23 = wp::mul(var_22, var_22);
            var_24 = wp::add(var_16, var_23);
            wp::assign(var_16, var_24);
            goto start_for_2;
        end_for_2:;
        // var = var / float(n)                                                                   <L 65>
        var_25 = wp::float(var_3);
        var_26 = wp::div(var_16, var_25);
        // inv_std = 1.0 / wp.sqrt(var + eps)                                                     <L 66>
        var_28 = wp::add(var_26, var_eps);
        var_29 = wp::sqrt(var_28);
        var_30 = wp::div(var_27, var_29);
        // for j in range(n):                                                                     <L 67>
        var_31 = wp::range(var_3);
        start_for_4:;
            if (iter_cmp(var_31) == 0) goto end_for_4;
            var_32 = wp::iter_next(var_31);
            // z = (float(x[row, j]) - mean) * inv_std                                            <L 68>
            var_33 = wp::address(var_x, var_0, var_32);
            var_35 = wp::load(var_33);
            var_34 = wp::float(var_35);
            var_36 = wp::sub(var_34, var_14);
            var_37 = wp::mul(var_36, var_30);
            // y[row, j] = wp.float16(z) * gamma[j] + beta[j]                                     <L 69>
            var_38 = wp::float16(var_37);
            var_39 = wp::address(var_gamma, var_32);
            var_41 = wp::load(var_39);
            var_40 = wp::mul(var_38, var_41);
            var_42 = wp::address(var_beta, var_32);
            var_44 = wp::load(var_42);
            var_43 = wp::add(var_40, var_44);
            wp::array_store(var_y, var_0, var_32, var_43);
            goto start_for_4;
        end_for_4:;
    }
}



extern "C" __global__ void layer_norm_half_692b515f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::float16* var_19;
        wp::float32 var_20;
        wp::float16 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 1.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::range_t var_31;
        wp::int32 var_32;
        wp::float16* var_33;
        wp::float32 var_34;
        wp::float16 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float16 var_38;
        wp::float16* var_39;
        wp::float16 var_40;
        wp::float16 var_41;
        wp::float16* var_42;
        wp::float16 var_43;
        wp::float16 var_44;
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
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::range_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float16 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float16 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::range_t adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float16 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float16 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float16 adj_38 = {};
        wp::float16 adj_39 = {};
        wp::float16 adj_40 = {};
        wp::float16 adj_41 = {};
        wp::float16 adj_42 = {};
        wp::float16 adj_43 = {};
        wp::float16 adj_44 = {};
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
        var_13 = wp::float(var_3);
        var_14 = wp::div(var_6, var_13);
        // var = float(0.0)                                                                       <L 61>
        var_16 = wp::float(var_15);
        // for j in range(n):                                                                     <L 62>
        var_17 = wp::range(var_3);
        // var = var / float(n)                                                                   <L 65>
        var_25 = wp::float(var_3);
        var_26 = wp::div(var_16, var_25);
        // inv_std = 1.0 / wp.sqrt(var + eps)                                                     <L 66>
        var_28 = wp::add(var_26, var_eps);
        var_29 = wp::sqrt(var_28);
        var_30 = wp::div(var_27, var_29);
        // for j in range(n):                                                                     <L 67>
        var_31 = wp::range(var_3);
        //---------
        // reverse
        var_31 = wp::iter_reverse(var_31);
        start_for_4:;
            if (iter_cmp(var_31) == 0) goto end_for_4;
            var_32 = wp::iter_next(var_31);
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
            // z = (float(x[row, j]) - mean) * inv_std                                            <L 68>
            var_33 = wp::address(var_x, var_0, var_32);
            var_35 = wp::load(var_33);
            var_34 = wp::float(var_35);
            var_36 = wp::sub(var_34, var_14);
            var_37 = wp::mul(var_36, var_30);
            // y[row, j] = wp.float16(z) * gamma[j] + beta[j]                                     <L 69>
            var_38 = wp::float16(var_37);
            var_39 = wp::address(var_gamma, var_32);
            var_41 = wp::load(var_39);
            var_40 = wp::mul(var_38, var_41);
            var_42 = wp::address(var_beta, var_32);
            var_44 = wp::load(var_42);
            var_43 = wp::add(var_40, var_44);
            // wp::array_store(var_y, var_0, var_32, var_43);
            wp::adj_array_store(var_y, var_0, var_32, var_43, adj_y, adj_0, adj_32, adj_43);
            wp::adj_add(var_40, var_44, adj_40, adj_42, adj_43);
            wp::adj_address(var_beta, var_32, adj_beta, adj_32, adj_42);
            wp::adj_mul(var_38, var_41, adj_38, adj_39, adj_40);
            wp::adj_address(var_gamma, var_32, adj_gamma, adj_32, adj_39);
            wp::adj_float16(var_37, adj_37, adj_38);
            // adj: y[row, j] = wp.float16(z) * gamma[j] + beta[j]                                <L 69>
            wp::adj_mul(var_36, var_30, adj_36, adj_30, adj_37);
            wp::adj_sub(var_34, var_14, adj_34, adj_14, adj_36);
            wp::adj_float(var_35, adj_33, adj_34);
            wp::adj_address(var_x, var_0, var_32, adj_x, adj_0, adj_32, adj_33);
            // adj: z = (float(x[row, j]) - mean) * inv_std                                       <L 68>
        	goto start_for_4;
        end_for_4:;
        // adj: for j in range(n):                                                                <L 67>
        wp::adj_div(var_27, var_29, var_30, adj_27, adj_29, adj_30);
        wp::adj_sqrt(var_28, var_29, adj_28, adj_29);
        wp::adj_add(var_26, var_eps, adj_26, adj_eps, adj_28);
        // adj: inv_std = 1.0 / wp.sqrt(var + eps)                                                <L 66>
        wp::adj_div(var_16, var_25, var_26, adj_16, adj_25, adj_26);
        wp::adj_float(var_3, adj_3, adj_25);
        // adj: var = var / float(n)                                                              <L 65>
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
            // d = float(x[row, j]) - mean                                                        <L 63>
            var_19 = wp::address(var_x, var_0, var_18);
            var_21 = wp::load(var_19);
            var_20 = wp::float(var_21);
            var_22 = wp::sub(var_20, var_14);
            // var += d * d                                                                       <L 64>
            var_23 = wp::mul(var_22, var_22);
            var_24 = wp::add(var_16, var_23);
            wp::assign(var_16, var_24);
            wp::adj_assign(var_16, var_24, adj_16, adj_24);
            wp::adj_add(var_16, var_23, adj_16, adj_23, adj_24);
            wp::adj_mul(var_22, var_22, adj_22, adj_22, adj_23);
            // adj: var += d * d                                                                  <L 64>
            wp::adj_sub(var_20, var_14, adj_20, adj_14, adj_22);
            wp::adj_float(var_21, adj_19, adj_20);
            wp::adj_address(var_x, var_0, var_18, adj_x, adj_0, adj_18, adj_19);
            // adj: d = float(x[row, j]) - mean                                                   <L 63>
        	goto start_for_2;
        end_for_2:;
        // adj: for j in range(n):                                                                <L 62>
        wp::adj_float(var_15, adj_15, adj_16);
        // adj: var = float(0.0)                                                                  <L 61>
        wp::adj_div(var_6, var_13, var_14, adj_6, adj_13, adj_14);
        wp::adj_float(var_3, adj_3, adj_13);
        // adj: mean = mean / float(n)                                                            <L 60>
        var_7 = wp::iter_reverse(var_7);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
            // mean += float(x[row, j])                                                           <L 59>
            var_9 = wp::address(var_x, var_0, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::float(var_11);
            var_12 = wp::add(var_6, var_10);
            wp::assign(var_6, var_12);
            wp::adj_assign(var_6, var_12, adj_6, adj_12);
            wp::adj_add(var_6, var_10, adj_6, adj_10, adj_12);
            wp::adj_float(var_11, adj_9, adj_10);
            wp::adj_address(var_x, var_0, var_8, adj_x, adj_0, adj_8, adj_9);
            // adj: mean += float(x[row, j])                                                      <L 59>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in range(n):                                                                <L 58>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: mean = float(0.0)                                                                 <L 57>
        adj_x.shape = adj_1;
        // adj: n = x.shape[1]                                                                    <L 56>
        // adj: row = wp.tid()                                                                    <L 55>
        // adj: def layer_norm_half(x: wp.array2d(dtype=wp.float16), gamma: wp.array(dtype=wp.float16), beta: wp.array(dtype=wp.float16), y: wp.array2d(dtype=wp.float16), eps: float):  <L 54>
        continue;
    }
}



extern "C" __global__ void half_vector_ops_431ce6a6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
        const wp::float32 var_9 = -1e+30;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.0;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        wp::float32 var_20;
        wp::range_t var_21;
        wp::int32 var_22;
        bool var_23;
        bool var_24;
        const wp::float32 var_25 = 0.0;
        wp::float32 var_26;
        wp::range_t var_27;
        wp::int32 var_28;
        wp::float16* var_29;
        wp::float32 var_30;
        wp::float16 var_31;
        wp::float16* var_32;
        wp::float32 var_33;
        wp::float16 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 0;
        wp::float16* var_47;
        wp::float32 var_48;
        wp::float16 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        bool var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 1;
        wp::float16* var_56;
        wp::float32 var_57;
        wp::float16 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        const wp::int32 var_62 = 2;
        bool var_63;
        wp::float32 var_64;
        const wp::int32 var_65 = 2;
        wp::float16* var_66;
        wp::float32 var_67;
        wp::float16 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        const wp::int32 var_72 = 3;
        bool var_73;
        wp::float32 var_74;
        const wp::int32 var_75 = 3;
        wp::float16* var_76;
        wp::float32 var_77;
        wp::float16 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        const wp::float32 var_83 = 0.0;
        bool var_84;
        wp::range_t var_85;
        wp::int32 var_86;
        const wp::float32 var_87 = 0.0;
        wp::float16 var_88;
        const wp::float32 var_89 = -1e+30;
        wp::int32 var_90;
        const wp::float32 var_91 = 1.0;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float16 var_94;
        const wp::int32 var_95 = 0;
        const wp::int32 var_96 = 1;
        bool var_97;
        wp::float32 var_98;
        wp::float16 var_99;
        const wp::int32 var_100 = 1;
        const wp::int32 var_101 = 2;
        bool var_102;
        wp::float32 var_103;
        wp::float16 var_104;
        const wp::int32 var_105 = 2;
        const wp::int32 var_106 = 3;
        bool var_107;
        wp::float32 var_108;
        wp::float16 var_109;
        const wp::int32 var_110 = 3;
        wp::float32 var_111;
        wp::float32 var_112;
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
        var_10 = wp::float(var_9);
        // s = float(0.0)                                                                         <L 108>
        var_12 = wp::float(var_11);
        // acc0 = float(0.0)                                                                      <L 109>
        var_14 = wp::float(var_13);
        // acc1 = float(0.0)                                                                      <L 110>
        var_16 = wp::float(var_15);
        // acc2 = float(0.0)                                                                      <L 111>
        var_18 = wp::float(var_17);
        // acc3 = float(0.0)                                                                      <L 112>
        var_20 = wp::float(var_19);
        // for j in range(seq):                                                                   <L 113>
        var_21 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_21) == 0) goto end_for_0;
            var_22 = wp::iter_next(var_21);
            // if causal and j > row:                                                             <L 114>
            var_23 = var_causal;
            if (var_23) {
                var_24 = (var_22 > var_0);
                var_23 = var_23 && var_24;
            }
            if (var_23) {
                // break                                                                          <L 115>
                goto end_for_0;
            }
            // dot = float(0.0)                                                                   <L 116>
            var_26 = wp::float(var_25);
            // for c in range(d):                                                                 <L 117>
            var_27 = wp::range(var_7);
            start_for_2:;
                if (iter_cmp(var_27) == 0) goto end_for_2;
                var_28 = wp::iter_next(var_27);
                // dot += float(q[row, c]) * float(k[j, c])                                       <L 118>
                var_29 = wp::address(var_q, var_0, var_28);
                var_31 = wp::load(var_29);
                var_30 = wp::float(var_31);
                var_32 = wp::address(var_k, var_22, var_28);
                var_34 = wp::load(var_32);
                var_33 = wp::float(var_34);
                var_35 = wp::mul(var_30, var_33);
                var_36 = wp::add(var_26, var_35);
                wp::assign(var_26, var_36);
                goto start_for_2;
            end_for_2:;
            // logit = dot * scale                                                                <L 119>
            var_37 = wp::mul(var_26, var_scale);
            // m_new = wp.max(m, logit)                                                           <L 120>
            var_38 = wp::max(var_10, var_37);
            // corr = wp.exp(m - m_new)                                                           <L 121>
            var_39 = wp::sub(var_10, var_38);
            var_40 = wp::exp(var_39);
            // p = wp.exp(logit - m_new)                                                          <L 122>
            var_41 = wp::sub(var_37, var_38);
            var_42 = wp::exp(var_41);
            // s = s * corr + p                                                                   <L 123>
            var_43 = wp::mul(var_12, var_40);
            var_44 = wp::add(var_43, var_42);
            // acc0 = acc0 * corr + p * float(v[j, 0])                                            <L 124>
            var_45 = wp::mul(var_14, var_40);
            var_47 = wp::address(var_v, var_22, var_46);
            var_49 = wp::load(var_47);
            var_48 = wp::float(var_49);
            var_50 = wp::mul(var_42, var_48);
            var_51 = wp::add(var_45, var_50);
            // if d > 1:                                                                          <L 125>
            var_53 = (var_7 > var_52);
            if (var_53) {
                // acc1 = acc1 * corr + p * float(v[j, 1])                                        <L 126>
                var_54 = wp::mul(var_16, var_40);
                var_56 = wp::address(var_v, var_22, var_55);
                var_58 = wp::load(var_56);
                var_57 = wp::float(var_58);
                var_59 = wp::mul(var_42, var_57);
                var_60 = wp::add(var_54, var_59);
            }
            var_61 = wp::where(var_53, var_60, var_16);
            // if d > 2:                                                                          <L 127>
            var_63 = (var_7 > var_62);
            if (var_63) {
                // acc2 = acc2 * corr + p * float(v[j, 2])                                        <L 128>
                var_64 = wp::mul(var_18, var_40);
                var_66 = wp::address(var_v, var_22, var_65);
                var_68 = wp::load(var_66);
                var_67 = wp::float(var_68);
                var_69 = wp::mul(var_42, var_67);
                var_70 = wp::add(var_64, var_69);
            }
            var_71 = wp::where(var_63, var_70, var_18);
            // if d > 3:                                                                          <L 129>
            var_73 = (var_7 > var_72);
            if (var_73) {
                // acc3 = acc3 * corr + p * float(v[j, 3])                                        <L 130>
                var_74 = wp::mul(var_20, var_40);
                var_76 = wp::address(var_v, var_22, var_75);
                var_78 = wp::load(var_76);
                var_77 = wp::float(var_78);
                var_79 = wp::mul(var_42, var_77);
                var_80 = wp::add(var_74, var_79);
            }
            var_81 = wp::where(var_73, var_80, var_20);
            // m = m_new                                                                          <L 131>
            var_82 = wp::copy(var_38);
            wp::assign(var_10, var_82);
            wp::assign(var_12, var_44);
            wp::assign(var_14, var_51);
            wp::assign(var_16, var_61);
            wp::assign(var_18, var_71);
            wp::assign(var_20, var_81);
            goto start_for_0;
        end_for_0:;
        // if s <= 0.0:                                                                           <L 132>
        var_84 = (var_12 <= var_83);
        if (var_84) {
            // for c in range(d):                                                                 <L 133>
            var_85 = wp::range(var_7);
            start_for_4:;
                if (iter_cmp(var_85) == 0) goto end_for_4;
                var_86 = wp::iter_next(var_85);
                // out[row, c] = wp.float16(0.0)                                                  <L 134>
                var_88 = wp::float16(var_87);
                wp::array_store(var_out, var_0, var_86, var_88);
                goto start_for_4;
            end_for_4:;
            // lse[row] = -1.0e30                                                                 <L 135>
            wp::array_store(var_lse, var_0, var_89);
            // return                                                                             <L 136>
            continue;
        }
        var_90 = wp::where(var_84, var_86, var_28);
        // inv = 1.0 / s                                                                          <L 137>
        var_92 = wp::div(var_91, var_12);
        // out[row, 0] = wp.float16(acc0 * inv)                                                   <L 138>
        var_93 = wp::mul(var_14, var_92);
        var_94 = wp::float16(var_93);
        wp::array_store(var_out, var_0, var_95, var_94);
        // if d > 1:                                                                              <L 139>
        var_97 = (var_7 > var_96);
        if (var_97) {
            // out[row, 1] = wp.float16(acc1 * inv)                                               <L 140>
            var_98 = wp::mul(var_16, var_92);
            var_99 = wp::float16(var_98);
            wp::array_store(var_out, var_0, var_100, var_99);
        }
        // if d > 2:                                                                              <L 141>
        var_102 = (var_7 > var_101);
        if (var_102) {
            // out[row, 2] = wp.float16(acc2 * inv)                                               <L 142>
            var_103 = wp::mul(var_18, var_92);
            var_104 = wp::float16(var_103);
            wp::array_store(var_out, var_0, var_105, var_104);
        }
        // if d > 3:                                                                              <L 143>
        var_107 = (var_7 > var_106);
        if (var_107) {
            // out[row, 3] = wp.float16(acc3 * inv)                                               <L 144>
            var_108 = wp::mul(var_20, var_92);
            var_109 = wp::float16(var_108);
            wp::array_store(var_out, var_0, var_110, var_109);
        }
        // lse[row] = m + wp.log(s)                                                               <L 145>
        var_111 = wp::log(var_12);
        var_112 = wp::add(var_10, var_111);
        wp::array_store(var_lse, var_0, var_112);
    }
}



extern "C" __global__ void attention_head_half_be0b7d03_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
        const wp::float32 var_9 = -1e+30;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.0;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        wp::float32 var_20;
        wp::range_t var_21;
        wp::int32 var_22;
        bool var_23;
        bool var_24;
        const wp::float32 var_25 = 0.0;
        wp::float32 var_26;
        wp::range_t var_27;
        wp::int32 var_28;
        wp::float16* var_29;
        wp::float32 var_30;
        wp::float16 var_31;
        wp::float16* var_32;
        wp::float32 var_33;
        wp::float16 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::int32 var_46 = 0;
        wp::float16* var_47;
        wp::float32 var_48;
        wp::float16 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        bool var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 1;
        wp::float16* var_56;
        wp::float32 var_57;
        wp::float16 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        const wp::int32 var_62 = 2;
        bool var_63;
        wp::float32 var_64;
        const wp::int32 var_65 = 2;
        wp::float16* var_66;
        wp::float32 var_67;
        wp::float16 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        const wp::int32 var_72 = 3;
        bool var_73;
        wp::float32 var_74;
        const wp::int32 var_75 = 3;
        wp::float16* var_76;
        wp::float32 var_77;
        wp::float16 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        const wp::float32 var_83 = 0.0;
        bool var_84;
        wp::range_t var_85;
        wp::int32 var_86;
        const wp::float32 var_87 = 0.0;
        wp::float16 var_88;
        const wp::float32 var_89 = -1e+30;
        wp::int32 var_90;
        const wp::float32 var_91 = 1.0;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float16 var_94;
        const wp::int32 var_95 = 0;
        const wp::int32 var_96 = 1;
        bool var_97;
        wp::float32 var_98;
        wp::float16 var_99;
        const wp::int32 var_100 = 1;
        const wp::int32 var_101 = 2;
        bool var_102;
        wp::float32 var_103;
        wp::float16 var_104;
        const wp::int32 var_105 = 2;
        const wp::int32 var_106 = 3;
        bool var_107;
        wp::float32 var_108;
        wp::float16 var_109;
        const wp::int32 var_110 = 3;
        wp::float32 var_111;
        wp::float32 var_112;
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
        wp::range_t adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        bool adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::range_t adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float16 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float16 adj_31 = {};
        wp::float16 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float16 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float16 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float16 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        bool adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float16 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float16 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::int32 adj_62 = {};
        bool adj_63 = {};
        wp::float32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::float16 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float16 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::int32 adj_72 = {};
        bool adj_73 = {};
        wp::float32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::float16 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float16 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        bool adj_84 = {};
        wp::range_t adj_85 = {};
        wp::int32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float16 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float16 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        bool adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float16 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::int32 adj_101 = {};
        bool adj_102 = {};
        wp::float32 adj_103 = {};
        wp::float16 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::int32 adj_106 = {};
        bool adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float16 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::float32 adj_112 = {};
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
        var_10 = wp::float(var_9);
        // s = float(0.0)                                                                         <L 108>
        var_12 = wp::float(var_11);
        // acc0 = float(0.0)                                                                      <L 109>
        var_14 = wp::float(var_13);
        // acc1 = float(0.0)                                                                      <L 110>
        var_16 = wp::float(var_15);
        // acc2 = float(0.0)                                                                      <L 111>
        var_18 = wp::float(var_17);
        // acc3 = float(0.0)                                                                      <L 112>
        var_20 = wp::float(var_19);
        // for j in range(seq):                                                                   <L 113>
        var_21 = wp::range(var_3);
        // if s <= 0.0:                                                                           <L 132>
        var_84 = (var_12 <= var_83);
        if (var_84) {
            // for c in range(d):                                                                 <L 133>
            var_85 = wp::range(var_7);
            // lse[row] = -1.0e30                                                                 <L 135>
            // wp::array_store(var_lse, var_0, var_89);
            // return                                                                             <L 136>
            goto label6;
        }
        var_90 = wp::where(var_84, var_86, var_28);
        // inv = 1.0 / s                                                                          <L 137>
        var_92 = wp::div(var_91, var_12);
        // out[row, 0] = wp.float16(acc0 * inv)                                                   <L 138>
        var_93 = wp::mul(var_14, var_92);
        var_94 = wp::float16(var_93);
        // wp::array_store(var_out, var_0, var_95, var_94);
        // if d > 1:                                                                              <L 139>
        var_97 = (var_7 > var_96);
        if (var_97) {
            // out[row, 1] = wp.float16(acc1 * inv)                                               <L 140>
            var_98 = wp::mul(var_16, var_92);
            var_99 = wp::float16(var_98);
            // wp::array_store(var_out, var_0, var_100, var_99);
        }
        // if d > 2:                                                                              <L 141>
        var_102 = (var_7 > var_101);
        if (var_102) {
            // out[row, 2] = wp.float16(acc2 * inv)                                               <L 142>
            var_103 = wp::mul(var_18, var_92);
            var_104 = wp::float16(var_103);
            // wp::array_store(var_out, var_0, var_105, var_104);
        }
        // if d > 3:                                                                              <L 143>
        var_107 = (var_7 > var_106);
        if (var_107) {
            // out[row, 3] = wp.float16(acc3 * inv)                                               <L 144>
            var_108 = wp::mul(var_20, var_92);
            var_109 = wp::float16(var_108);
            // wp::array_store(var_out, var_0, var_110, var_109);
        }
        // lse[row] = m + wp.log(s)                                                               <L 145>
        var_111 = wp::log(var_12);
        var_112 = wp::add(var_10, var_111);
        // wp::array_store(var_lse, var_0, var_112);
        //---------
        // reverse
        wp::adj_array_store(var_lse, var_0, var_112, adj_lse, adj_0, adj_112);
        wp::adj_add(var_10, var_111, adj_10, adj_111, adj_112);
        wp::adj_log(var_12, adj_12, adj_111);
        // adj: lse[row] = m + wp.log(s)                                                          <L 145>
        if (var_107) {
            wp::adj_array_store(var_out, var_0, var_110, var_109, adj_out, adj_0, adj_110, adj_109);
            wp::adj_float16(var_108, adj_108, adj_109);
            wp::adj_mul(var_20, var_92, adj_20, adj_92, adj_108);
            // adj: out[row, 3] = wp.float16(acc3 * inv)                                          <L 144>
        }
        // adj: if d > 3:                                                                         <L 143>
        if (var_102) {
            wp::adj_array_store(var_out, var_0, var_105, var_104, adj_out, adj_0, adj_105, adj_104);
            wp::adj_float16(var_103, adj_103, adj_104);
            wp::adj_mul(var_18, var_92, adj_18, adj_92, adj_103);
            // adj: out[row, 2] = wp.float16(acc2 * inv)                                          <L 142>
        }
        // adj: if d > 2:                                                                         <L 141>
        if (var_97) {
            wp::adj_array_store(var_out, var_0, var_100, var_99, adj_out, adj_0, adj_100, adj_99);
            wp::adj_float16(var_98, adj_98, adj_99);
            wp::adj_mul(var_16, var_92, adj_16, adj_92, adj_98);
            // adj: out[row, 1] = wp.float16(acc1 * inv)                                          <L 140>
        }
        // adj: if d > 1:                                                                         <L 139>
        wp::adj_array_store(var_out, var_0, var_95, var_94, adj_out, adj_0, adj_95, adj_94);
        wp::adj_float16(var_93, adj_93, adj_94);
        wp::adj_mul(var_14, var_92, adj_14, adj_92, adj_93);
        // adj: out[row, 0] = wp.float16(acc0 * inv)                                              <L 138>
        wp::adj_div(var_91, var_12, var_92, adj_91, adj_12, adj_92);
        // adj: inv = 1.0 / s                                                                     <L 137>
        wp::adj_where(var_84, var_86, var_28, adj_84, adj_86, adj_28, adj_90);
        if (var_84) {
            label6:;
            // adj: return                                                                        <L 136>
            wp::adj_array_store(var_lse, var_0, var_89, adj_lse, adj_0, adj_89);
            // adj: lse[row] = -1.0e30                                                            <L 135>
            var_85 = wp::iter_reverse(var_85);
            start_for_4:;
                if (iter_cmp(var_85) == 0) goto end_for_4;
                var_86 = wp::iter_next(var_85);
            	adj_87 = {};
            	adj_88 = {};
                // out[row, c] = wp.float16(0.0)                                                  <L 134>
                var_88 = wp::float16(var_87);
                // wp::array_store(var_out, var_0, var_86, var_88);
                wp::adj_array_store(var_out, var_0, var_86, var_88, adj_out, adj_0, adj_86, adj_88);
                wp::adj_float16(var_87, adj_87, adj_88);
                // adj: out[row, c] = wp.float16(0.0)                                             <L 134>
            	goto start_for_4;
            end_for_4:;
            // adj: for c in range(d):                                                            <L 133>
        }
        // adj: if s <= 0.0:                                                                      <L 132>
        var_21 = wp::iter_reverse(var_21);
        start_for_0:;
            if (iter_cmp(var_21) == 0) goto end_for_0;
            var_22 = wp::iter_next(var_21);
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
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
            // if causal and j > row:                                                             <L 114>
            var_23 = var_causal;
            if (var_23) {
                var_24 = (var_22 > var_0);
                var_23 = var_23 && var_24;
            }
            if (var_23) {
                // break                                                                          <L 115>
                goto end_for_0;
            }
            // dot = float(0.0)                                                                   <L 116>
            var_26 = wp::float(var_25);
            // for c in range(d):                                                                 <L 117>
            var_27 = wp::range(var_7);
            // logit = dot * scale                                                                <L 119>
            var_37 = wp::mul(var_26, var_scale);
            // m_new = wp.max(m, logit)                                                           <L 120>
            var_38 = wp::max(var_10, var_37);
            // corr = wp.exp(m - m_new)                                                           <L 121>
            var_39 = wp::sub(var_10, var_38);
            var_40 = wp::exp(var_39);
            // p = wp.exp(logit - m_new)                                                          <L 122>
            var_41 = wp::sub(var_37, var_38);
            var_42 = wp::exp(var_41);
            // s = s * corr + p                                                                   <L 123>
            var_43 = wp::mul(var_12, var_40);
            var_44 = wp::add(var_43, var_42);
            // acc0 = acc0 * corr + p * float(v[j, 0])                                            <L 124>
            var_45 = wp::mul(var_14, var_40);
            var_47 = wp::address(var_v, var_22, var_46);
            var_49 = wp::load(var_47);
            var_48 = wp::float(var_49);
            var_50 = wp::mul(var_42, var_48);
            var_51 = wp::add(var_45, var_50);
            // if d > 1:                                                                          <L 125>
            var_53 = (var_7 > var_52);
            if (var_53) {
                // acc1 = acc1 * corr + p * float(v[j, 1])                                        <L 126>
                var_54 = wp::mul(var_16, var_40);
                var_56 = wp::address(var_v, var_22, var_55);
                var_58 = wp::load(var_56);
                var_57 = wp::float(var_58);
                var_59 = wp::mul(var_42, var_57);
                var_60 = wp::add(var_54, var_59);
            }
            var_61 = wp::where(var_53, var_60, var_16);
            // if d > 2:                                                                          <L 127>
            var_63 = (var_7 > var_62);
            if (var_63) {
                // acc2 = acc2 * corr + p * float(v[j, 2])                                        <L 128>
                var_64 = wp::mul(var_18, var_40);
                var_66 = wp::address(var_v, var_22, var_65);
                var_68 = wp::load(var_66);
                var_67 = wp::float(var_68);
                var_69 = wp::mul(var_42, var_67);
                var_70 = wp::add(var_64, var_69);
            }
            var_71 = wp::where(var_63, var_70, var_18);
            // if d > 3:                                                                          <L 129>
            var_73 = (var_7 > var_72);
            if (var_73) {
                // acc3 = acc3 * corr + p * float(v[j, 3])                                        <L 130>
                var_74 = wp::mul(var_20, var_40);
                var_76 = wp::address(var_v, var_22, var_75);
                var_78 = wp::load(var_76);
                var_77 = wp::float(var_78);
                var_79 = wp::mul(var_42, var_77);
                var_80 = wp::add(var_74, var_79);
            }
            var_81 = wp::where(var_73, var_80, var_20);
            // m = m_new                                                                          <L 131>
            var_82 = wp::copy(var_38);
            wp::assign(var_10, var_82);
            wp::assign(var_12, var_44);
            wp::assign(var_14, var_51);
            wp::assign(var_16, var_61);
            wp::assign(var_18, var_71);
            wp::assign(var_20, var_81);
            wp::adj_assign(var_20, var_81, adj_20, adj_81);
            wp::adj_assign(var_18, var_71, adj_18, adj_71);
            wp::adj_assign(var_16, var_61, adj_16, adj_61);
            wp::adj_assign(var_14, var_51, adj_14, adj_51);
            wp::adj_assign(var_12, var_44, adj_12, adj_44);
            wp::adj_assign(var_10, var_82, adj_10, adj_82);
            wp::adj_copy(var_38, adj_38, adj_82);
            // adj: m = m_new                                                                     <L 131>
            wp::adj_where(var_73, var_80, var_20, adj_73, adj_80, adj_20, adj_81);
            if (var_73) {
                wp::adj_add(var_74, var_79, adj_74, adj_79, adj_80);
                wp::adj_mul(var_42, var_77, adj_42, adj_77, adj_79);
                wp::adj_float(var_78, adj_76, adj_77);
                wp::adj_address(var_v, var_22, var_75, adj_v, adj_22, adj_75, adj_76);
                wp::adj_mul(var_20, var_40, adj_20, adj_40, adj_74);
                // adj: acc3 = acc3 * corr + p * float(v[j, 3])                                   <L 130>
            }
            // adj: if d > 3:                                                                     <L 129>
            wp::adj_where(var_63, var_70, var_18, adj_63, adj_70, adj_18, adj_71);
            if (var_63) {
                wp::adj_add(var_64, var_69, adj_64, adj_69, adj_70);
                wp::adj_mul(var_42, var_67, adj_42, adj_67, adj_69);
                wp::adj_float(var_68, adj_66, adj_67);
                wp::adj_address(var_v, var_22, var_65, adj_v, adj_22, adj_65, adj_66);
                wp::adj_mul(var_18, var_40, adj_18, adj_40, adj_64);
                // adj: acc2 = acc2 * corr + p * float(v[j, 2])                                   <L 128>
            }
            // adj: if d > 2:                                                                     <L 127>
            wp::adj_where(var_53, var_60, var_16, adj_53, adj_60, adj_16, adj_61);
            if (var_53) {
                wp::adj_add(var_54, var_59, adj_54, adj_59, adj_60);
                wp::adj_mul(var_42, var_57, adj_42, adj_57, adj_59);
                wp::adj_float(var_58, adj_56, adj_57);
                wp::adj_address(var_v, var_22, var_55, adj_v, adj_22, adj_55, adj_56);
                wp::adj_mul(var_16, var_40, adj_16, adj_40, adj_54);
                // adj: acc1 = acc1 * corr + p * float(v[j, 1])                                   <L 126>
            }
            // adj: if d > 1:                                                                     <L 125>
            wp::adj_add(var_45, var_50, adj_45, adj_50, adj_51);
            wp::adj_mul(var_42, var_48, adj_42, adj_48, adj_50);
            wp::adj_float(var_49, adj_47, adj_48);
            wp::adj_address(var_v, var_22, var_46, adj_v, adj_22, adj_46, adj_47);
            wp::adj_mul(var_14, var_40, adj_14, adj_40, adj_45);
            // adj: acc0 = acc0 * corr + p * float(v[j, 0])                                       <L 124>
            wp::adj_add(var_43, var_42, adj_43, adj_42, adj_44);
            wp::adj_mul(var_12, var_40, adj_12, adj_40, adj_43);
            // adj: s = s * corr + p                                                              <L 123>
            wp::adj_exp(var_41, var_42, adj_41, adj_42);
            wp::adj_sub(var_37, var_38, adj_37, adj_38, adj_41);
            // adj: p = wp.exp(logit - m_new)                                                     <L 122>
            wp::adj_exp(var_39, var_40, adj_39, adj_40);
            wp::adj_sub(var_10, var_38, adj_10, adj_38, adj_39);
            // adj: corr = wp.exp(m - m_new)                                                      <L 121>
            wp::adj_max(var_10, var_37, adj_10, adj_37, adj_38);
            // adj: m_new = wp.max(m, logit)                                                      <L 120>
            wp::adj_mul(var_26, var_scale, adj_26, adj_scale, adj_37);
            // adj: logit = dot * scale                                                           <L 119>
            var_27 = wp::iter_reverse(var_27);
            start_for_2:;
                if (iter_cmp(var_27) == 0) goto end_for_2;
                var_28 = wp::iter_next(var_27);
            	adj_29 = {};
            	adj_30 = {};
            	adj_31 = {};
            	adj_32 = {};
            	adj_33 = {};
            	adj_34 = {};
            	adj_35 = {};
            	adj_36 = {};
                // dot += float(q[row, c]) * float(k[j, c])                                       <L 118>
                var_29 = wp::address(var_q, var_0, var_28);
                var_31 = wp::load(var_29);
                var_30 = wp::float(var_31);
                var_32 = wp::address(var_k, var_22, var_28);
                var_34 = wp::load(var_32);
                var_33 = wp::float(var_34);
                var_35 = wp::mul(var_30, var_33);
                var_36 = wp::add(var_26, var_35);
                wp::assign(var_26, var_36);
                wp::adj_assign(var_26, var_36, adj_26, adj_36);
                wp::adj_add(var_26, var_35, adj_26, adj_35, adj_36);
                wp::adj_mul(var_30, var_33, adj_30, adj_33, adj_35);
                wp::adj_float(var_34, adj_32, adj_33);
                wp::adj_address(var_k, var_22, var_28, adj_k, adj_22, adj_28, adj_32);
                wp::adj_float(var_31, adj_29, adj_30);
                wp::adj_address(var_q, var_0, var_28, adj_q, adj_0, adj_28, adj_29);
                // adj: dot += float(q[row, c]) * float(k[j, c])                                  <L 118>
            	goto start_for_2;
            end_for_2:;
            // adj: for c in range(d):                                                            <L 117>
            wp::adj_float(var_25, adj_25, adj_26);
            // adj: dot = float(0.0)                                                              <L 116>
            if (var_23) {
                // adj: break                                                                     <L 115>
            }
            if (var_23) {
            }
            // adj: if causal and j > row:                                                        <L 114>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in range(seq):                                                              <L 113>
        wp::adj_float(var_19, adj_19, adj_20);
        // adj: acc3 = float(0.0)                                                                 <L 112>
        wp::adj_float(var_17, adj_17, adj_18);
        // adj: acc2 = float(0.0)                                                                 <L 111>
        wp::adj_float(var_15, adj_15, adj_16);
        // adj: acc1 = float(0.0)                                                                 <L 110>
        wp::adj_float(var_13, adj_13, adj_14);
        // adj: acc0 = float(0.0)                                                                 <L 109>
        wp::adj_float(var_11, adj_11, adj_12);
        // adj: s = float(0.0)                                                                    <L 108>
        wp::adj_float(var_9, adj_9, adj_10);
        // adj: m = float(-1.0e30)                                                                <L 107>
        adj_q.shape = adj_5;
        // adj: d = q.shape[1]                                                                    <L 105>
        adj_k.shape = adj_1;
        // adj: seq = k.shape[0]                                                                  <L 104>
        // adj: row = wp.tid()                                                                    <L 103>
        // adj: def attention_head_half(                                                          <L 94>
        continue;
    }
}

