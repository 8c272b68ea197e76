
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


// corpus/083_neural_mlp.py:6
static CUDA_CALLABLE wp::float32 activation_0(
    wp::float32 var_x,
    wp::int32 var_kind)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    bool var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 2;
    bool var_8;
    const wp::float32 var_9 = 1.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def activation(x: float, kind: int) -> float:                                          <L 7>
    // if kind == 0:                                                                          <L 8>
    var_1 = (var_kind == var_0);
    if (var_1) {
        // return wp.max(x, 0.0)                                                              <L 9>
        var_3 = wp::max(var_x, var_2);
        return var_3;
    }
    if (!var_1) {
        // elif kind == 1:                                                                    <L 10>
        var_5 = (var_kind == var_4);
        if (var_5) {
            // return wp.tanh(x)                                                              <L 11>
            var_6 = wp::tanh(var_x);
            return var_6;
        }
        if (!var_5) {
            // elif kind == 2:                                                                <L 12>
            var_8 = (var_kind == var_7);
            if (var_8) {
                // return 1.0 / (1.0 + wp.exp(-x))                                            <L 13>
                var_11 = wp::neg(var_x);
                var_12 = wp::exp(var_11);
                var_13 = wp::add(var_10, var_12);
                var_14 = wp::div(var_9, var_13);
                return var_14;
            }
        }
    }
    // return x                                                                               <L 14>
    return var_x;
}


// corpus/083_neural_mlp.py:17
static CUDA_CALLABLE wp::float32 activation_grad_0(
    wp::float32 var_y,
    wp::int32 var_kind)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    bool var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    bool var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    //---------
    // forward
    // def activation_grad(y: float, kind: int) -> float:                                     <L 18>
    // if kind == 0:                                                                          <L 19>
    var_1 = (var_kind == var_0);
    if (var_1) {
        // return wp.where(y > 0.0, 1.0, 0.0)                                                 <L 20>
        var_3 = (var_y > var_2);
        var_6 = wp::where(var_3, var_4, var_5);
        return var_6;
    }
    if (!var_1) {
        // elif kind == 1:                                                                    <L 21>
        var_8 = (var_kind == var_7);
        if (var_8) {
            // return 1.0 - y * y                                                             <L 22>
            var_10 = wp::mul(var_y, var_y);
            var_11 = wp::sub(var_9, var_10);
            return var_11;
        }
        if (!var_8) {
            // elif kind == 2:                                                                <L 23>
            var_13 = (var_kind == var_12);
            if (var_13) {
                // return y * (1.0 - y)                                                       <L 24>
                var_15 = wp::sub(var_14, var_y);
                var_16 = wp::mul(var_y, var_15);
                return var_16;
            }
        }
    }
    // return 1.0                                                                             <L 25>
    return var_17;
}


// corpus/083_neural_mlp.py:6
static CUDA_CALLABLE void adj_activation_0(
    wp::float32 var_x,
    wp::int32 var_kind,
    wp::float32 & adj_x,
    wp::int32 & adj_kind,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    bool var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 2;
    bool var_8;
    const wp::float32 var_9 = 1.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def activation(x: float, kind: int) -> float:                                          <L 7>
    // if kind == 0:                                                                          <L 8>
    var_1 = (var_kind == var_0);
    if (var_1) {
        // return wp.max(x, 0.0)                                                              <L 9>
        var_3 = wp::max(var_x, var_2);
        goto label0;
    }
    if (!var_1) {
        // elif kind == 1:                                                                    <L 10>
        var_5 = (var_kind == var_4);
        if (var_5) {
            // return wp.tanh(x)                                                              <L 11>
            var_6 = wp::tanh(var_x);
            goto label1;
        }
        if (!var_5) {
            // elif kind == 2:                                                                <L 12>
            var_8 = (var_kind == var_7);
            if (var_8) {
                // return 1.0 / (1.0 + wp.exp(-x))                                            <L 13>
                var_11 = wp::neg(var_x);
                var_12 = wp::exp(var_11);
                var_13 = wp::add(var_10, var_12);
                var_14 = wp::div(var_9, var_13);
                goto label2;
            }
        }
    }
    // return x                                                                               <L 14>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_x += adj_ret;
    // adj: return x                                                                          <L 14>
    if (!var_1) {
        if (!var_5) {
            if (var_8) {
                label2:;
                adj_14 += adj_ret;
                wp::adj_div(var_9, var_13, var_14, adj_9, adj_13, adj_14);
                wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
                wp::adj_exp(var_11, var_12, adj_11, adj_12);
                wp::adj_neg(var_x, adj_x, adj_11);
                // adj: return 1.0 / (1.0 + wp.exp(-x))                                       <L 13>
            }
            // adj: elif kind == 2:                                                           <L 12>
        }
        if (var_5) {
            label1:;
            adj_6 += adj_ret;
            wp::adj_tanh(var_x, var_6, adj_x, adj_6);
            // adj: return wp.tanh(x)                                                         <L 11>
        }
        // adj: elif kind == 1:                                                               <L 10>
    }
    if (var_1) {
        label0:;
        adj_3 += adj_ret;
        wp::adj_max(var_x, var_2, adj_x, adj_2, adj_3);
        // adj: return wp.max(x, 0.0)                                                         <L 9>
    }
    // adj: if kind == 0:                                                                     <L 8>
    // adj: def activation(x: float, kind: int) -> float:                                     <L 7>
    return;
}


// corpus/083_neural_mlp.py:17
static CUDA_CALLABLE void adj_activation_grad_0(
    wp::float32 var_y,
    wp::int32 var_kind,
    wp::float32 & adj_y,
    wp::int32 & adj_kind,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    bool var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    bool var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def activation_grad(y: float, kind: int) -> float:                                     <L 18>
    // if kind == 0:                                                                          <L 19>
    var_1 = (var_kind == var_0);
    if (var_1) {
        // return wp.where(y > 0.0, 1.0, 0.0)                                                 <L 20>
        var_3 = (var_y > var_2);
        var_6 = wp::where(var_3, var_4, var_5);
        goto label0;
    }
    if (!var_1) {
        // elif kind == 1:                                                                    <L 21>
        var_8 = (var_kind == var_7);
        if (var_8) {
            // return 1.0 - y * y                                                             <L 22>
            var_10 = wp::mul(var_y, var_y);
            var_11 = wp::sub(var_9, var_10);
            goto label1;
        }
        if (!var_8) {
            // elif kind == 2:                                                                <L 23>
            var_13 = (var_kind == var_12);
            if (var_13) {
                // return y * (1.0 - y)                                                       <L 24>
                var_15 = wp::sub(var_14, var_y);
                var_16 = wp::mul(var_y, var_15);
                goto label2;
            }
        }
    }
    // return 1.0                                                                             <L 25>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_17 += adj_ret;
    // adj: return 1.0                                                                        <L 25>
    if (!var_1) {
        if (!var_8) {
            if (var_13) {
                label2:;
                adj_16 += adj_ret;
                wp::adj_mul(var_y, var_15, adj_y, adj_15, adj_16);
                wp::adj_sub(var_14, var_y, adj_14, adj_y, adj_15);
                // adj: return y * (1.0 - y)                                                  <L 24>
            }
            // adj: elif kind == 2:                                                           <L 23>
        }
        if (var_8) {
            label1:;
            adj_11 += adj_ret;
            wp::adj_sub(var_9, var_10, adj_9, adj_10, adj_11);
            wp::adj_mul(var_y, var_y, adj_y, adj_y, adj_10);
            // adj: return 1.0 - y * y                                                        <L 22>
        }
        // adj: elif kind == 1:                                                               <L 21>
    }
    if (var_1) {
        label0:;
        adj_6 += adj_ret;
        wp::adj_where(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
        // adj: return wp.where(y > 0.0, 1.0, 0.0)                                            <L 20>
    }
    // adj: if kind == 0:                                                                     <L 19>
    // adj: def activation_grad(y: float, kind: int) -> float:                                <L 18>
    return;
}



extern "C" __global__ void dense_forward_cf5ca816_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_W,
    wp::array_t<wp::float32> var_b,
    wp::int32 var_kind,
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::shape_t* var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        //---------
        // forward
        // def dense_forward(x: wp.array2d(dtype=float), W: wp.array2d(dtype=float), b: wp.array(dtype=float), kind: int, y: wp.array2d(dtype=float)):       <L 29>
        // n, o = wp.tid()                                                                        <L 30>
        builtin_tid2d(var_0, var_1);
        // acc = b[o]                                                                             <L 31>
        var_2 = wp::address(var_b, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // for i in range(x.shape[1]):                                                            <L 32>
        var_5 = &(var_x.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = wp::range(var_7);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // acc += x[n, i] * W[o, i]                                                           <L 33>
            var_11 = wp::address(var_x, var_0, var_10);
            var_12 = wp::address(var_W, var_1, var_10);
            var_14 = wp::load(var_11);
            var_15 = wp::load(var_12);
            var_13 = wp::mul(var_14, var_15);
            var_16 = wp::address(var_x, var_0, var_10);
            var_17 = wp::address(var_W, var_1, var_10);
            var_19 = wp::load(var_16);
            var_20 = wp::load(var_17);
            var_18 = wp::mul(var_19, var_20);
            var_21 = wp::add(var_3, var_18);
            wp::assign(var_3, var_21);
            goto start_for_0;
        end_for_0:;
        // y[n, o] = activation(acc, kind)                                                        <L 34>
        var_22 = activation_0(var_3, var_kind);
        wp::array_store(var_y, var_0, var_1, var_22);
    }
}



extern "C" __global__ void dense_forward_cf5ca816_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_W,
    wp::array_t<wp::float32> var_b,
    wp::int32 var_kind,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_W,
    wp::array_t<wp::float32> adj_b,
    wp::int32 adj_kind,
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::shape_t* var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
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
        //---------
        // forward
        // def dense_forward(x: wp.array2d(dtype=float), W: wp.array2d(dtype=float), b: wp.array(dtype=float), kind: int, y: wp.array2d(dtype=float)):       <L 29>
        // n, o = wp.tid()                                                                        <L 30>
        builtin_tid2d(var_0, var_1);
        // acc = b[o]                                                                             <L 31>
        var_2 = wp::address(var_b, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // for i in range(x.shape[1]):                                                            <L 32>
        var_5 = &(var_x.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = wp::range(var_7);
        // y[n, o] = activation(acc, kind)                                                        <L 34>
        var_22 = activation_0(var_3, var_kind);
        // wp::array_store(var_y, var_0, var_1, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_1, var_22, adj_y, adj_0, adj_1, adj_22);
        adj_activation_0(var_3, var_kind, adj_3, adj_kind, adj_22);
        // adj: y[n, o] = activation(acc, kind)                                                   <L 34>
        var_9 = wp::iter_reverse(var_9);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
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
            // acc += x[n, i] * W[o, i]                                                           <L 33>
            var_11 = wp::address(var_x, var_0, var_10);
            var_12 = wp::address(var_W, var_1, var_10);
            var_14 = wp::load(var_11);
            var_15 = wp::load(var_12);
            var_13 = wp::mul(var_14, var_15);
            var_16 = wp::address(var_x, var_0, var_10);
            var_17 = wp::address(var_W, var_1, var_10);
            var_19 = wp::load(var_16);
            var_20 = wp::load(var_17);
            var_18 = wp::mul(var_19, var_20);
            var_21 = wp::add(var_3, var_18);
            wp::assign(var_3, var_21);
            wp::adj_assign(var_3, var_21, adj_3, adj_21);
            wp::adj_add(var_3, var_18, adj_3, adj_18, adj_21);
            wp::adj_mul(var_19, var_20, adj_16, adj_17, adj_18);
            wp::adj_address(var_W, var_1, var_10, adj_W, adj_1, adj_10, adj_17);
            wp::adj_address(var_x, var_0, var_10, adj_x, adj_0, adj_10, adj_16);
            wp::adj_mul(var_14, var_15, adj_11, adj_12, adj_13);
            wp::adj_address(var_W, var_1, var_10, adj_W, adj_1, adj_10, adj_12);
            wp::adj_address(var_x, var_0, var_10, adj_x, adj_0, adj_10, adj_11);
            // adj: acc += x[n, i] * W[o, i]                                                      <L 33>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_7, adj_7, adj_9);
        wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
        adj_x.shape = adj_5;
        // adj: for i in range(x.shape[1]):                                                       <L 32>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_b, var_1, adj_b, adj_1, adj_2);
        // adj: acc = b[o]                                                                        <L 31>
        // adj: n, o = wp.tid()                                                                   <L 30>
        // adj: def dense_forward(x: wp.array2d(dtype=float), W: wp.array2d(dtype=float), b: wp.array(dtype=float), kind: int, y: wp.array2d(dtype=float)):  <L 29>
        continue;
    }
}



extern "C" __global__ void mlp_small_f6b2b0cf_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_W1,
    wp::array_t<wp::float32> var_b1,
    wp::array_t<wp::float32> var_W2,
    wp::array_t<wp::float32> var_b2,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::float32* var_9;
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        wp::float32* var_19;
        const wp::int32 var_20 = 1;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 2;
        wp::float32* var_26;
        const wp::int32 var_27 = 2;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        const wp::int32 var_34 = 0;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 0;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 1;
        wp::float32* var_44;
        const wp::int32 var_45 = 0;
        wp::float32* var_46;
        const wp::int32 var_47 = 0;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        const wp::int32 var_53 = 1;
        wp::float32* var_54;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        wp::float32* var_61;
        const wp::int32 var_62 = 2;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        const wp::int32 var_67 = 1;
        wp::float32 var_68;
        const wp::int32 var_69 = 0;
        wp::float32* var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        const wp::int32 var_73 = 0;
        wp::float32* var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::int32 var_78 = 2;
        wp::float32* var_79;
        const wp::int32 var_80 = 0;
        wp::float32* var_81;
        const wp::int32 var_82 = 0;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        const wp::int32 var_88 = 1;
        wp::float32* var_89;
        const wp::int32 var_90 = 1;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        const wp::int32 var_95 = 2;
        wp::float32* var_96;
        const wp::int32 var_97 = 2;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        wp::float32 var_101;
        const wp::int32 var_102 = 1;
        wp::float32 var_103;
        const wp::int32 var_104 = 0;
        wp::float32* var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        const wp::int32 var_108 = 0;
        wp::float32* var_109;
        wp::float32 var_110;
        wp::float32 var_111;
        wp::float32 var_112;
        const wp::int32 var_113 = 3;
        wp::float32* var_114;
        const wp::int32 var_115 = 0;
        wp::float32* var_116;
        const wp::int32 var_117 = 0;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32 var_121;
        wp::float32 var_122;
        const wp::int32 var_123 = 1;
        wp::float32* var_124;
        const wp::int32 var_125 = 1;
        wp::float32 var_126;
        wp::float32 var_127;
        wp::float32 var_128;
        wp::float32 var_129;
        const wp::int32 var_130 = 2;
        wp::float32* var_131;
        const wp::int32 var_132 = 2;
        wp::float32 var_133;
        wp::float32 var_134;
        wp::float32 var_135;
        wp::float32 var_136;
        const wp::int32 var_137 = 1;
        wp::float32 var_138;
        const wp::int32 var_139 = 0;
        wp::float32* var_140;
        wp::float32 var_141;
        wp::float32 var_142;
        const wp::int32 var_143 = 0;
        wp::float32* var_144;
        wp::float32 var_145;
        wp::float32 var_146;
        wp::float32 var_147;
        const wp::int32 var_148 = 4;
        wp::float32* var_149;
        const wp::int32 var_150 = 0;
        wp::float32* var_151;
        const wp::int32 var_152 = 0;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::float32 var_155;
        wp::float32 var_156;
        wp::float32 var_157;
        const wp::int32 var_158 = 1;
        wp::float32* var_159;
        const wp::int32 var_160 = 1;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 2;
        wp::float32* var_166;
        const wp::int32 var_167 = 2;
        wp::float32 var_168;
        wp::float32 var_169;
        wp::float32 var_170;
        wp::float32 var_171;
        const wp::int32 var_172 = 1;
        wp::float32 var_173;
        const wp::int32 var_174 = 0;
        wp::float32* var_175;
        wp::float32 var_176;
        wp::float32 var_177;
        const wp::int32 var_178 = 0;
        wp::float32* var_179;
        wp::float32 var_180;
        wp::float32 var_181;
        wp::float32 var_182;
        const wp::int32 var_183 = 5;
        wp::float32* var_184;
        const wp::int32 var_185 = 0;
        wp::float32* var_186;
        const wp::int32 var_187 = 0;
        wp::float32 var_188;
        wp::float32 var_189;
        wp::float32 var_190;
        wp::float32 var_191;
        wp::float32 var_192;
        const wp::int32 var_193 = 1;
        wp::float32* var_194;
        const wp::int32 var_195 = 1;
        wp::float32 var_196;
        wp::float32 var_197;
        wp::float32 var_198;
        wp::float32 var_199;
        const wp::int32 var_200 = 2;
        wp::float32* var_201;
        const wp::int32 var_202 = 2;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::float32 var_206;
        const wp::int32 var_207 = 1;
        wp::float32 var_208;
        const wp::int32 var_209 = 0;
        wp::float32* var_210;
        wp::float32 var_211;
        wp::float32 var_212;
        const wp::int32 var_213 = 0;
        wp::float32* var_214;
        wp::float32 var_215;
        wp::float32 var_216;
        wp::float32 var_217;
        const wp::int32 var_218 = 6;
        wp::float32* var_219;
        const wp::int32 var_220 = 0;
        wp::float32* var_221;
        const wp::int32 var_222 = 0;
        wp::float32 var_223;
        wp::float32 var_224;
        wp::float32 var_225;
        wp::float32 var_226;
        wp::float32 var_227;
        const wp::int32 var_228 = 1;
        wp::float32* var_229;
        const wp::int32 var_230 = 1;
        wp::float32 var_231;
        wp::float32 var_232;
        wp::float32 var_233;
        wp::float32 var_234;
        const wp::int32 var_235 = 2;
        wp::float32* var_236;
        const wp::int32 var_237 = 2;
        wp::float32 var_238;
        wp::float32 var_239;
        wp::float32 var_240;
        wp::float32 var_241;
        const wp::int32 var_242 = 1;
        wp::float32 var_243;
        const wp::int32 var_244 = 0;
        wp::float32* var_245;
        wp::float32 var_246;
        wp::float32 var_247;
        const wp::int32 var_248 = 0;
        wp::float32* var_249;
        wp::float32 var_250;
        wp::float32 var_251;
        wp::float32 var_252;
        const wp::int32 var_253 = 7;
        wp::float32* var_254;
        const wp::int32 var_255 = 0;
        wp::float32* var_256;
        const wp::int32 var_257 = 0;
        wp::float32 var_258;
        wp::float32 var_259;
        wp::float32 var_260;
        wp::float32 var_261;
        wp::float32 var_262;
        const wp::int32 var_263 = 1;
        wp::float32* var_264;
        const wp::int32 var_265 = 1;
        wp::float32 var_266;
        wp::float32 var_267;
        wp::float32 var_268;
        wp::float32 var_269;
        const wp::int32 var_270 = 2;
        wp::float32* var_271;
        const wp::int32 var_272 = 2;
        wp::float32 var_273;
        wp::float32 var_274;
        wp::float32 var_275;
        wp::float32 var_276;
        const wp::int32 var_277 = 1;
        wp::float32 var_278;
        const wp::int32 var_279 = 0;
        wp::float32* var_280;
        wp::float32 var_281;
        wp::float32 var_282;
        const wp::int32 var_283 = 0;
        wp::float32* var_284;
        wp::float32 var_285;
        wp::float32 var_286;
        wp::float32 var_287;
        const wp::int32 var_288 = 8;
        wp::float32* var_289;
        const wp::int32 var_290 = 0;
        wp::float32* var_291;
        const wp::int32 var_292 = 0;
        wp::float32 var_293;
        wp::float32 var_294;
        wp::float32 var_295;
        wp::float32 var_296;
        wp::float32 var_297;
        const wp::int32 var_298 = 1;
        wp::float32* var_299;
        const wp::int32 var_300 = 1;
        wp::float32 var_301;
        wp::float32 var_302;
        wp::float32 var_303;
        wp::float32 var_304;
        const wp::int32 var_305 = 2;
        wp::float32* var_306;
        const wp::int32 var_307 = 2;
        wp::float32 var_308;
        wp::float32 var_309;
        wp::float32 var_310;
        wp::float32 var_311;
        const wp::int32 var_312 = 1;
        wp::float32 var_313;
        const wp::int32 var_314 = 0;
        wp::float32* var_315;
        wp::float32 var_316;
        wp::float32 var_317;
        const wp::int32 var_318 = 0;
        wp::float32* var_319;
        wp::float32 var_320;
        wp::float32 var_321;
        wp::float32 var_322;
        const wp::int32 var_323 = 9;
        wp::float32* var_324;
        const wp::int32 var_325 = 0;
        wp::float32* var_326;
        const wp::int32 var_327 = 0;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32 var_330;
        wp::float32 var_331;
        wp::float32 var_332;
        const wp::int32 var_333 = 1;
        wp::float32* var_334;
        const wp::int32 var_335 = 1;
        wp::float32 var_336;
        wp::float32 var_337;
        wp::float32 var_338;
        wp::float32 var_339;
        const wp::int32 var_340 = 2;
        wp::float32* var_341;
        const wp::int32 var_342 = 2;
        wp::float32 var_343;
        wp::float32 var_344;
        wp::float32 var_345;
        wp::float32 var_346;
        const wp::int32 var_347 = 1;
        wp::float32 var_348;
        const wp::int32 var_349 = 0;
        wp::float32* var_350;
        wp::float32 var_351;
        wp::float32 var_352;
        const wp::int32 var_353 = 0;
        wp::float32* var_354;
        wp::float32 var_355;
        wp::float32 var_356;
        wp::float32 var_357;
        const wp::int32 var_358 = 10;
        wp::float32* var_359;
        const wp::int32 var_360 = 0;
        wp::float32* var_361;
        const wp::int32 var_362 = 0;
        wp::float32 var_363;
        wp::float32 var_364;
        wp::float32 var_365;
        wp::float32 var_366;
        wp::float32 var_367;
        const wp::int32 var_368 = 1;
        wp::float32* var_369;
        const wp::int32 var_370 = 1;
        wp::float32 var_371;
        wp::float32 var_372;
        wp::float32 var_373;
        wp::float32 var_374;
        const wp::int32 var_375 = 2;
        wp::float32* var_376;
        const wp::int32 var_377 = 2;
        wp::float32 var_378;
        wp::float32 var_379;
        wp::float32 var_380;
        wp::float32 var_381;
        const wp::int32 var_382 = 1;
        wp::float32 var_383;
        const wp::int32 var_384 = 0;
        wp::float32* var_385;
        wp::float32 var_386;
        wp::float32 var_387;
        const wp::int32 var_388 = 0;
        wp::float32* var_389;
        wp::float32 var_390;
        wp::float32 var_391;
        wp::float32 var_392;
        const wp::int32 var_393 = 11;
        wp::float32* var_394;
        const wp::int32 var_395 = 0;
        wp::float32* var_396;
        const wp::int32 var_397 = 0;
        wp::float32 var_398;
        wp::float32 var_399;
        wp::float32 var_400;
        wp::float32 var_401;
        wp::float32 var_402;
        const wp::int32 var_403 = 1;
        wp::float32* var_404;
        const wp::int32 var_405 = 1;
        wp::float32 var_406;
        wp::float32 var_407;
        wp::float32 var_408;
        wp::float32 var_409;
        const wp::int32 var_410 = 2;
        wp::float32* var_411;
        const wp::int32 var_412 = 2;
        wp::float32 var_413;
        wp::float32 var_414;
        wp::float32 var_415;
        wp::float32 var_416;
        const wp::int32 var_417 = 1;
        wp::float32 var_418;
        const wp::int32 var_419 = 0;
        wp::float32* var_420;
        wp::float32 var_421;
        wp::float32 var_422;
        const wp::int32 var_423 = 0;
        wp::float32* var_424;
        wp::float32 var_425;
        wp::float32 var_426;
        wp::float32 var_427;
        const wp::int32 var_428 = 12;
        wp::float32* var_429;
        const wp::int32 var_430 = 0;
        wp::float32* var_431;
        const wp::int32 var_432 = 0;
        wp::float32 var_433;
        wp::float32 var_434;
        wp::float32 var_435;
        wp::float32 var_436;
        wp::float32 var_437;
        const wp::int32 var_438 = 1;
        wp::float32* var_439;
        const wp::int32 var_440 = 1;
        wp::float32 var_441;
        wp::float32 var_442;
        wp::float32 var_443;
        wp::float32 var_444;
        const wp::int32 var_445 = 2;
        wp::float32* var_446;
        const wp::int32 var_447 = 2;
        wp::float32 var_448;
        wp::float32 var_449;
        wp::float32 var_450;
        wp::float32 var_451;
        const wp::int32 var_452 = 1;
        wp::float32 var_453;
        const wp::int32 var_454 = 0;
        wp::float32* var_455;
        wp::float32 var_456;
        wp::float32 var_457;
        const wp::int32 var_458 = 0;
        wp::float32* var_459;
        wp::float32 var_460;
        wp::float32 var_461;
        wp::float32 var_462;
        const wp::int32 var_463 = 13;
        wp::float32* var_464;
        const wp::int32 var_465 = 0;
        wp::float32* var_466;
        const wp::int32 var_467 = 0;
        wp::float32 var_468;
        wp::float32 var_469;
        wp::float32 var_470;
        wp::float32 var_471;
        wp::float32 var_472;
        const wp::int32 var_473 = 1;
        wp::float32* var_474;
        const wp::int32 var_475 = 1;
        wp::float32 var_476;
        wp::float32 var_477;
        wp::float32 var_478;
        wp::float32 var_479;
        const wp::int32 var_480 = 2;
        wp::float32* var_481;
        const wp::int32 var_482 = 2;
        wp::float32 var_483;
        wp::float32 var_484;
        wp::float32 var_485;
        wp::float32 var_486;
        const wp::int32 var_487 = 1;
        wp::float32 var_488;
        const wp::int32 var_489 = 0;
        wp::float32* var_490;
        wp::float32 var_491;
        wp::float32 var_492;
        const wp::int32 var_493 = 0;
        wp::float32* var_494;
        wp::float32 var_495;
        wp::float32 var_496;
        wp::float32 var_497;
        const wp::int32 var_498 = 14;
        wp::float32* var_499;
        const wp::int32 var_500 = 0;
        wp::float32* var_501;
        const wp::int32 var_502 = 0;
        wp::float32 var_503;
        wp::float32 var_504;
        wp::float32 var_505;
        wp::float32 var_506;
        wp::float32 var_507;
        const wp::int32 var_508 = 1;
        wp::float32* var_509;
        const wp::int32 var_510 = 1;
        wp::float32 var_511;
        wp::float32 var_512;
        wp::float32 var_513;
        wp::float32 var_514;
        const wp::int32 var_515 = 2;
        wp::float32* var_516;
        const wp::int32 var_517 = 2;
        wp::float32 var_518;
        wp::float32 var_519;
        wp::float32 var_520;
        wp::float32 var_521;
        const wp::int32 var_522 = 1;
        wp::float32 var_523;
        const wp::int32 var_524 = 0;
        wp::float32* var_525;
        wp::float32 var_526;
        wp::float32 var_527;
        const wp::int32 var_528 = 0;
        wp::float32* var_529;
        wp::float32 var_530;
        wp::float32 var_531;
        wp::float32 var_532;
        const wp::int32 var_533 = 15;
        wp::float32* var_534;
        const wp::int32 var_535 = 0;
        wp::float32* var_536;
        const wp::int32 var_537 = 0;
        wp::float32 var_538;
        wp::float32 var_539;
        wp::float32 var_540;
        wp::float32 var_541;
        wp::float32 var_542;
        const wp::int32 var_543 = 1;
        wp::float32* var_544;
        const wp::int32 var_545 = 1;
        wp::float32 var_546;
        wp::float32 var_547;
        wp::float32 var_548;
        wp::float32 var_549;
        const wp::int32 var_550 = 2;
        wp::float32* var_551;
        const wp::int32 var_552 = 2;
        wp::float32 var_553;
        wp::float32 var_554;
        wp::float32 var_555;
        wp::float32 var_556;
        const wp::int32 var_557 = 1;
        wp::float32 var_558;
        const wp::int32 var_559 = 0;
        wp::float32* var_560;
        wp::float32 var_561;
        wp::float32 var_562;
        const wp::int32 var_563 = 0;
        wp::float32* var_564;
        wp::float32 var_565;
        wp::float32 var_566;
        wp::float32 var_567;
        //---------
        // forward
        // def mlp_small(x: wp.array(dtype=wp.vec3), W1: wp.array2d(dtype=float), b1: wp.array(dtype=float), W2: wp.array2d(dtype=float), b2: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 38>
        // n = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // inp = x[n]                                                                             <L 40>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // acc_out = b2[0]                                                                        <L 41>
        var_5 = wp::address(var_b2, var_4);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // for h in range(HIDDEN):                                                                <L 42>
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_9 = wp::address(var_b1, var_8);
        var_11 = wp::address(var_W1, var_8, var_10);
        var_13 = wp::extract(var_2, var_12);
        var_15 = wp::load(var_11);
        var_14 = wp::mul(var_15, var_13);
        var_17 = wp::load(var_9);
        var_16 = wp::add(var_17, var_14);
        var_19 = wp::address(var_W1, var_8, var_18);
        var_21 = wp::extract(var_2, var_20);
        var_23 = wp::load(var_19);
        var_22 = wp::mul(var_23, var_21);
        var_24 = wp::add(var_16, var_22);
        var_26 = wp::address(var_W1, var_8, var_25);
        var_28 = wp::extract(var_2, var_27);
        var_30 = wp::load(var_26);
        var_29 = wp::mul(var_30, var_28);
        var_31 = wp::add(var_24, var_29);
        // a = activation(z, 1)                                                                   <L 44>
        var_33 = activation_0(var_31, var_32);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_35 = wp::address(var_W2, var_34, var_8);
        var_37 = wp::load(var_35);
        var_36 = wp::mul(var_37, var_33);
        var_39 = wp::address(var_W2, var_38, var_8);
        var_41 = wp::load(var_39);
        var_40 = wp::mul(var_41, var_33);
        var_42 = wp::add(var_6, var_40);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_44 = wp::address(var_b1, var_43);
        var_46 = wp::address(var_W1, var_43, var_45);
        var_48 = wp::extract(var_2, var_47);
        var_50 = wp::load(var_46);
        var_49 = wp::mul(var_50, var_48);
        var_52 = wp::load(var_44);
        var_51 = wp::add(var_52, var_49);
        var_54 = wp::address(var_W1, var_43, var_53);
        var_56 = wp::extract(var_2, var_55);
        var_58 = wp::load(var_54);
        var_57 = wp::mul(var_58, var_56);
        var_59 = wp::add(var_51, var_57);
        var_61 = wp::address(var_W1, var_43, var_60);
        var_63 = wp::extract(var_2, var_62);
        var_65 = wp::load(var_61);
        var_64 = wp::mul(var_65, var_63);
        var_66 = wp::add(var_59, var_64);
        // a = activation(z, 1)                                                                   <L 44>
        var_68 = activation_0(var_66, var_67);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_70 = wp::address(var_W2, var_69, var_43);
        var_72 = wp::load(var_70);
        var_71 = wp::mul(var_72, var_68);
        var_74 = wp::address(var_W2, var_73, var_43);
        var_76 = wp::load(var_74);
        var_75 = wp::mul(var_76, var_68);
        var_77 = wp::add(var_42, var_75);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_79 = wp::address(var_b1, var_78);
        var_81 = wp::address(var_W1, var_78, var_80);
        var_83 = wp::extract(var_2, var_82);
        var_85 = wp::load(var_81);
        var_84 = wp::mul(var_85, var_83);
        var_87 = wp::load(var_79);
        var_86 = wp::add(var_87, var_84);
        var_89 = wp::address(var_W1, var_78, var_88);
        var_91 = wp::extract(var_2, var_90);
        var_93 = wp::load(var_89);
        var_92 = wp::mul(var_93, var_91);
        var_94 = wp::add(var_86, var_92);
        var_96 = wp::address(var_W1, var_78, var_95);
        var_98 = wp::extract(var_2, var_97);
        var_100 = wp::load(var_96);
        var_99 = wp::mul(var_100, var_98);
        var_101 = wp::add(var_94, var_99);
        // a = activation(z, 1)                                                                   <L 44>
        var_103 = activation_0(var_101, var_102);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_105 = wp::address(var_W2, var_104, var_78);
        var_107 = wp::load(var_105);
        var_106 = wp::mul(var_107, var_103);
        var_109 = wp::address(var_W2, var_108, var_78);
        var_111 = wp::load(var_109);
        var_110 = wp::mul(var_111, var_103);
        var_112 = wp::add(var_77, var_110);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_114 = wp::address(var_b1, var_113);
        var_116 = wp::address(var_W1, var_113, var_115);
        var_118 = wp::extract(var_2, var_117);
        var_120 = wp::load(var_116);
        var_119 = wp::mul(var_120, var_118);
        var_122 = wp::load(var_114);
        var_121 = wp::add(var_122, var_119);
        var_124 = wp::address(var_W1, var_113, var_123);
        var_126 = wp::extract(var_2, var_125);
        var_128 = wp::load(var_124);
        var_127 = wp::mul(var_128, var_126);
        var_129 = wp::add(var_121, var_127);
        var_131 = wp::address(var_W1, var_113, var_130);
        var_133 = wp::extract(var_2, var_132);
        var_135 = wp::load(var_131);
        var_134 = wp::mul(var_135, var_133);
        var_136 = wp::add(var_129, var_134);
        // a = activation(z, 1)                                                                   <L 44>
        var_138 = activation_0(var_136, var_137);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_140 = wp::address(var_W2, var_139, var_113);
        var_142 = wp::load(var_140);
        var_141 = wp::mul(var_142, var_138);
        var_144 = wp::address(var_W2, var_143, var_113);
        var_146 = wp::load(var_144);
        var_145 = wp::mul(var_146, var_138);
        var_147 = wp::add(var_112, var_145);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_149 = wp::address(var_b1, var_148);
        var_151 = wp::address(var_W1, var_148, var_150);
        var_153 = wp::extract(var_2, var_152);
        var_155 = wp::load(var_151);
        var_154 = wp::mul(var_155, var_153);
        var_157 = wp::load(var_149);
        var_156 = wp::add(var_157, var_154);
        var_159 = wp::address(var_W1, var_148, var_158);
        var_161 = wp::extract(var_2, var_160);
        var_163 = wp::load(var_159);
        var_162 = wp::mul(var_163, var_161);
        var_164 = wp::add(var_156, var_162);
        var_166 = wp::address(var_W1, var_148, var_165);
        var_168 = wp::extract(var_2, var_167);
        var_170 = wp::load(var_166);
        var_169 = wp::mul(var_170, var_168);
        var_171 = wp::add(var_164, var_169);
        // a = activation(z, 1)                                                                   <L 44>
        var_173 = activation_0(var_171, var_172);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_175 = wp::address(var_W2, var_174, var_148);
        var_177 = wp::load(var_175);
        var_176 = wp::mul(var_177, var_173);
        var_179 = wp::address(var_W2, var_178, var_148);
        var_181 = wp::load(var_179);
        var_180 = wp::mul(var_181, var_173);
        var_182 = wp::add(var_147, var_180);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_184 = wp::address(var_b1, var_183);
        var_186 = wp::address(var_W1, var_183, var_185);
        var_188 = wp::extract(var_2, var_187);
        var_190 = wp::load(var_186);
        var_189 = wp::mul(var_190, var_188);
        var_192 = wp::load(var_184);
        var_191 = wp::add(var_192, var_189);
        var_194 = wp::address(var_W1, var_183, var_193);
        var_196 = wp::extract(var_2, var_195);
        var_198 = wp::load(var_194);
        var_197 = wp::mul(var_198, var_196);
        var_199 = wp::add(var_191, var_197);
        var_201 = wp::address(var_W1, var_183, var_200);
        var_203 = wp::extract(var_2, var_202);
        var_205 = wp::load(var_201);
        var_204 = wp::mul(var_205, var_203);
        var_206 = wp::add(var_199, var_204);
        // a = activation(z, 1)                                                                   <L 44>
        var_208 = activation_0(var_206, var_207);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_210 = wp::address(var_W2, var_209, var_183);
        var_212 = wp::load(var_210);
        var_211 = wp::mul(var_212, var_208);
        var_214 = wp::address(var_W2, var_213, var_183);
        var_216 = wp::load(var_214);
        var_215 = wp::mul(var_216, var_208);
        var_217 = wp::add(var_182, var_215);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_219 = wp::address(var_b1, var_218);
        var_221 = wp::address(var_W1, var_218, var_220);
        var_223 = wp::extract(var_2, var_222);
        var_225 = wp::load(var_221);
        var_224 = wp::mul(var_225, var_223);
        var_227 = wp::load(var_219);
        var_226 = wp::add(var_227, var_224);
        var_229 = wp::address(var_W1, var_218, var_228);
        var_231 = wp::extract(var_2, var_230);
        var_233 = wp::load(var_229);
        var_232 = wp::mul(var_233, var_231);
        var_234 = wp::add(var_226, var_232);
        var_236 = wp::address(var_W1, var_218, var_235);
        var_238 = wp::extract(var_2, var_237);
        var_240 = wp::load(var_236);
        var_239 = wp::mul(var_240, var_238);
        var_241 = wp::add(var_234, var_239);
        // a = activation(z, 1)                                                                   <L 44>
        var_243 = activation_0(var_241, var_242);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_245 = wp::address(var_W2, var_244, var_218);
        var_247 = wp::load(var_245);
        var_246 = wp::mul(var_247, var_243);
        var_249 = wp::address(var_W2, var_248, var_218);
        var_251 = wp::load(var_249);
        var_250 = wp::mul(var_251, var_243);
        var_252 = wp::add(var_217, var_250);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_254 = wp::address(var_b1, var_253);
        var_256 = wp::address(var_W1, var_253, var_255);
        var_258 = wp::extract(var_2, var_257);
        var_260 = wp::load(var_256);
        var_259 = wp::mul(var_260, var_258);
        var_262 = wp::load(var_254);
        var_261 = wp::add(var_262, var_259);
        var_264 = wp::address(var_W1, var_253, var_263);
        var_266 = wp::extract(var_2, var_265);
        var_268 = wp::load(var_264);
        var_267 = wp::mul(var_268, var_266);
        var_269 = wp::add(var_261, var_267);
        var_271 = wp::address(var_W1, var_253, var_270);
        var_273 = wp::extract(var_2, var_272);
        var_275 = wp::load(var_271);
        var_274 = wp::mul(var_275, var_273);
        var_276 = wp::add(var_269, var_274);
        // a = activation(z, 1)                                                                   <L 44>
        var_278 = activation_0(var_276, var_277);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_280 = wp::address(var_W2, var_279, var_253);
        var_282 = wp::load(var_280);
        var_281 = wp::mul(var_282, var_278);
        var_284 = wp::address(var_W2, var_283, var_253);
        var_286 = wp::load(var_284);
        var_285 = wp::mul(var_286, var_278);
        var_287 = wp::add(var_252, var_285);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_289 = wp::address(var_b1, var_288);
        var_291 = wp::address(var_W1, var_288, var_290);
        var_293 = wp::extract(var_2, var_292);
        var_295 = wp::load(var_291);
        var_294 = wp::mul(var_295, var_293);
        var_297 = wp::load(var_289);
        var_296 = wp::add(var_297, var_294);
        var_299 = wp::address(var_W1, var_288, var_298);
        var_301 = wp::extract(var_2, var_300);
        var_303 = wp::load(var_299);
        var_302 = wp::mul(var_303, var_301);
        var_304 = wp::add(var_296, var_302);
        var_306 = wp::address(var_W1, var_288, var_305);
        var_308 = wp::extract(var_2, var_307);
        var_310 = wp::load(var_306);
        var_309 = wp::mul(var_310, var_308);
        var_311 = wp::add(var_304, var_309);
        // a = activation(z, 1)                                                                   <L 44>
        var_313 = activation_0(var_311, var_312);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_315 = wp::address(var_W2, var_314, var_288);
        var_317 = wp::load(var_315);
        var_316 = wp::mul(var_317, var_313);
        var_319 = wp::address(var_W2, var_318, var_288);
        var_321 = wp::load(var_319);
        var_320 = wp::mul(var_321, var_313);
        var_322 = wp::add(var_287, var_320);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_324 = wp::address(var_b1, var_323);
        var_326 = wp::address(var_W1, var_323, var_325);
        var_328 = wp::extract(var_2, var_327);
        var_330 = wp::load(var_326);
        var_329 = wp::mul(var_330, var_328);
        var_332 = wp::load(var_324);
        var_331 = wp::add(var_332, var_329);
        var_334 = wp::address(var_W1, var_323, var_333);
        var_336 = wp::extract(var_2, var_335);
        var_338 = wp::load(var_334);
        var_337 = wp::mul(var_338, var_336);
        var_339 = wp::add(var_331, var_337);
        var_341 = wp::address(var_W1, var_323, var_340);
        var_343 = wp::extract(var_2, var_342);
        var_345 = wp::load(var_341);
        var_344 = wp::mul(var_345, var_343);
        var_346 = wp::add(var_339, var_344);
        // a = activation(z, 1)                                                                   <L 44>
        var_348 = activation_0(var_346, var_347);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_350 = wp::address(var_W2, var_349, var_323);
        var_352 = wp::load(var_350);
        var_351 = wp::mul(var_352, var_348);
        var_354 = wp::address(var_W2, var_353, var_323);
        var_356 = wp::load(var_354);
        var_355 = wp::mul(var_356, var_348);
        var_357 = wp::add(var_322, var_355);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_359 = wp::address(var_b1, var_358);
        var_361 = wp::address(var_W1, var_358, var_360);
        var_363 = wp::extract(var_2, var_362);
        var_365 = wp::load(var_361);
        var_364 = wp::mul(var_365, var_363);
        var_367 = wp::load(var_359);
        var_366 = wp::add(var_367, var_364);
        var_369 = wp::address(var_W1, var_358, var_368);
        var_371 = wp::extract(var_2, var_370);
        var_373 = wp::load(var_369);
        var_372 = wp::mul(var_373, var_371);
        var_374 = wp::add(var_366, var_372);
        var_376 = wp::address(var_W1, var_358, var_375);
        var_378 = wp::extract(var_2, var_377);
        var_380 = wp::load(var_376);
        var_379 = wp::mul(var_380, var_378);
        var_381 = wp::add(var_374, var_379);
        // a = activation(z, 1)                                                                   <L 44>
        var_383 = activation_0(var_381, var_382);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_385 = wp::address(var_W2, var_384, var_358);
        var_387 = wp::load(var_385);
        var_386 = wp::mul(var_387, var_383);
        var_389 = wp::address(var_W2, var_388, var_358);
        var_391 = wp::load(var_389);
        var_390 = wp::mul(var_391, var_383);
        var_392 = wp::add(var_357, var_390);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_394 = wp::address(var_b1, var_393);
        var_396 = wp::address(var_W1, var_393, var_395);
        var_398 = wp::extract(var_2, var_397);
        var_400 = wp::load(var_396);
        var_399 = wp::mul(var_400, var_398);
        var_402 = wp::load(var_394);
        var_401 = wp::add(var_402, var_399);
        var_404 = wp::address(var_W1, var_393, var_403);
        var_406 = wp::extract(var_2, var_405);
        var_408 = wp::load(var_404);
        var_407 = wp::mul(var_408, var_406);
        var_409 = wp::add(var_401, var_407);
        var_411 = wp::address(var_W1, var_393, var_410);
        var_413 = wp::extract(var_2, var_412);
        var_415 = wp::load(var_411);
        var_414 = wp::mul(var_415, var_413);
        var_416 = wp::add(var_409, var_414);
        // a = activation(z, 1)                                                                   <L 44>
        var_418 = activation_0(var_416, var_417);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_420 = wp::address(var_W2, var_419, var_393);
        var_422 = wp::load(var_420);
        var_421 = wp::mul(var_422, var_418);
        var_424 = wp::address(var_W2, var_423, var_393);
        var_426 = wp::load(var_424);
        var_425 = wp::mul(var_426, var_418);
        var_427 = wp::add(var_392, var_425);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_429 = wp::address(var_b1, var_428);
        var_431 = wp::address(var_W1, var_428, var_430);
        var_433 = wp::extract(var_2, var_432);
        var_435 = wp::load(var_431);
        var_434 = wp::mul(var_435, var_433);
        var_437 = wp::load(var_429);
        var_436 = wp::add(var_437, var_434);
        var_439 = wp::address(var_W1, var_428, var_438);
        var_441 = wp::extract(var_2, var_440);
        var_443 = wp::load(var_439);
        var_442 = wp::mul(var_443, var_441);
        var_444 = wp::add(var_436, var_442);
        var_446 = wp::address(var_W1, var_428, var_445);
        var_448 = wp::extract(var_2, var_447);
        var_450 = wp::load(var_446);
        var_449 = wp::mul(var_450, var_448);
        var_451 = wp::add(var_444, var_449);
        // a = activation(z, 1)                                                                   <L 44>
        var_453 = activation_0(var_451, var_452);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_455 = wp::address(var_W2, var_454, var_428);
        var_457 = wp::load(var_455);
        var_456 = wp::mul(var_457, var_453);
        var_459 = wp::address(var_W2, var_458, var_428);
        var_461 = wp::load(var_459);
        var_460 = wp::mul(var_461, var_453);
        var_462 = wp::add(var_427, var_460);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_464 = wp::address(var_b1, var_463);
        var_466 = wp::address(var_W1, var_463, var_465);
        var_468 = wp::extract(var_2, var_467);
        var_470 = wp::load(var_466);
        var_469 = wp::mul(var_470, var_468);
        var_472 = wp::load(var_464);
        var_471 = wp::add(var_472, var_469);
        var_474 = wp::address(var_W1, var_463, var_473);
        var_476 = wp::extract(var_2, var_475);
        var_478 = wp::load(var_474);
        var_477 = wp::mul(var_478, var_476);
        var_479 = wp::add(var_471, var_477);
        var_481 = wp::address(var_W1, var_463, var_480);
        var_483 = wp::extract(var_2, var_482);
        var_485 = wp::load(var_481);
        var_484 = wp::mul(var_485, var_483);
        var_486 = wp::add(var_479, var_484);
        // a = activation(z, 1)                                                                   <L 44>
        var_488 = activation_0(var_486, var_487);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_490 = wp::address(var_W2, var_489, var_463);
        var_492 = wp::load(var_490);
        var_491 = wp::mul(var_492, var_488);
        var_494 = wp::address(var_W2, var_493, var_463);
        var_496 = wp::load(var_494);
        var_495 = wp::mul(var_496, var_488);
        var_497 = wp::add(var_462, var_495);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_499 = wp::address(var_b1, var_498);
        var_501 = wp::address(var_W1, var_498, var_500);
        var_503 = wp::extract(var_2, var_502);
        var_505 = wp::load(var_501);
        var_504 = wp::mul(var_505, var_503);
        var_507 = wp::load(var_499);
        var_506 = wp::add(var_507, var_504);
        var_509 = wp::address(var_W1, var_498, var_508);
        var_511 = wp::extract(var_2, var_510);
        var_513 = wp::load(var_509);
        var_512 = wp::mul(var_513, var_511);
        var_514 = wp::add(var_506, var_512);
        var_516 = wp::address(var_W1, var_498, var_515);
        var_518 = wp::extract(var_2, var_517);
        var_520 = wp::load(var_516);
        var_519 = wp::mul(var_520, var_518);
        var_521 = wp::add(var_514, var_519);
        // a = activation(z, 1)                                                                   <L 44>
        var_523 = activation_0(var_521, var_522);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_525 = wp::address(var_W2, var_524, var_498);
        var_527 = wp::load(var_525);
        var_526 = wp::mul(var_527, var_523);
        var_529 = wp::address(var_W2, var_528, var_498);
        var_531 = wp::load(var_529);
        var_530 = wp::mul(var_531, var_523);
        var_532 = wp::add(var_497, var_530);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_534 = wp::address(var_b1, var_533);
        var_536 = wp::address(var_W1, var_533, var_535);
        var_538 = wp::extract(var_2, var_537);
        var_540 = wp::load(var_536);
        var_539 = wp::mul(var_540, var_538);
        var_542 = wp::load(var_534);
        var_541 = wp::add(var_542, var_539);
        var_544 = wp::address(var_W1, var_533, var_543);
        var_546 = wp::extract(var_2, var_545);
        var_548 = wp::load(var_544);
        var_547 = wp::mul(var_548, var_546);
        var_549 = wp::add(var_541, var_547);
        var_551 = wp::address(var_W1, var_533, var_550);
        var_553 = wp::extract(var_2, var_552);
        var_555 = wp::load(var_551);
        var_554 = wp::mul(var_555, var_553);
        var_556 = wp::add(var_549, var_554);
        // a = activation(z, 1)                                                                   <L 44>
        var_558 = activation_0(var_556, var_557);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_560 = wp::address(var_W2, var_559, var_533);
        var_562 = wp::load(var_560);
        var_561 = wp::mul(var_562, var_558);
        var_564 = wp::address(var_W2, var_563, var_533);
        var_566 = wp::load(var_564);
        var_565 = wp::mul(var_566, var_558);
        var_567 = wp::add(var_532, var_565);
        // out[n] = acc_out                                                                       <L 46>
        wp::array_store(var_out, var_0, var_567);
    }
}



extern "C" __global__ void mlp_small_f6b2b0cf_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_W1,
    wp::array_t<wp::float32> var_b1,
    wp::array_t<wp::float32> var_W2,
    wp::array_t<wp::float32> var_b2,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_W1,
    wp::array_t<wp::float32> adj_b1,
    wp::array_t<wp::float32> adj_W2,
    wp::array_t<wp::float32> adj_b2,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::float32* var_9;
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        wp::float32* var_19;
        const wp::int32 var_20 = 1;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = 2;
        wp::float32* var_26;
        const wp::int32 var_27 = 2;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        const wp::int32 var_34 = 0;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 0;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 1;
        wp::float32* var_44;
        const wp::int32 var_45 = 0;
        wp::float32* var_46;
        const wp::int32 var_47 = 0;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        const wp::int32 var_53 = 1;
        wp::float32* var_54;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        wp::float32* var_61;
        const wp::int32 var_62 = 2;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        const wp::int32 var_67 = 1;
        wp::float32 var_68;
        const wp::int32 var_69 = 0;
        wp::float32* var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        const wp::int32 var_73 = 0;
        wp::float32* var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::int32 var_78 = 2;
        wp::float32* var_79;
        const wp::int32 var_80 = 0;
        wp::float32* var_81;
        const wp::int32 var_82 = 0;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        const wp::int32 var_88 = 1;
        wp::float32* var_89;
        const wp::int32 var_90 = 1;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        const wp::int32 var_95 = 2;
        wp::float32* var_96;
        const wp::int32 var_97 = 2;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        wp::float32 var_101;
        const wp::int32 var_102 = 1;
        wp::float32 var_103;
        const wp::int32 var_104 = 0;
        wp::float32* var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        const wp::int32 var_108 = 0;
        wp::float32* var_109;
        wp::float32 var_110;
        wp::float32 var_111;
        wp::float32 var_112;
        const wp::int32 var_113 = 3;
        wp::float32* var_114;
        const wp::int32 var_115 = 0;
        wp::float32* var_116;
        const wp::int32 var_117 = 0;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32 var_121;
        wp::float32 var_122;
        const wp::int32 var_123 = 1;
        wp::float32* var_124;
        const wp::int32 var_125 = 1;
        wp::float32 var_126;
        wp::float32 var_127;
        wp::float32 var_128;
        wp::float32 var_129;
        const wp::int32 var_130 = 2;
        wp::float32* var_131;
        const wp::int32 var_132 = 2;
        wp::float32 var_133;
        wp::float32 var_134;
        wp::float32 var_135;
        wp::float32 var_136;
        const wp::int32 var_137 = 1;
        wp::float32 var_138;
        const wp::int32 var_139 = 0;
        wp::float32* var_140;
        wp::float32 var_141;
        wp::float32 var_142;
        const wp::int32 var_143 = 0;
        wp::float32* var_144;
        wp::float32 var_145;
        wp::float32 var_146;
        wp::float32 var_147;
        const wp::int32 var_148 = 4;
        wp::float32* var_149;
        const wp::int32 var_150 = 0;
        wp::float32* var_151;
        const wp::int32 var_152 = 0;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::float32 var_155;
        wp::float32 var_156;
        wp::float32 var_157;
        const wp::int32 var_158 = 1;
        wp::float32* var_159;
        const wp::int32 var_160 = 1;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 2;
        wp::float32* var_166;
        const wp::int32 var_167 = 2;
        wp::float32 var_168;
        wp::float32 var_169;
        wp::float32 var_170;
        wp::float32 var_171;
        const wp::int32 var_172 = 1;
        wp::float32 var_173;
        const wp::int32 var_174 = 0;
        wp::float32* var_175;
        wp::float32 var_176;
        wp::float32 var_177;
        const wp::int32 var_178 = 0;
        wp::float32* var_179;
        wp::float32 var_180;
        wp::float32 var_181;
        wp::float32 var_182;
        const wp::int32 var_183 = 5;
        wp::float32* var_184;
        const wp::int32 var_185 = 0;
        wp::float32* var_186;
        const wp::int32 var_187 = 0;
        wp::float32 var_188;
        wp::float32 var_189;
        wp::float32 var_190;
        wp::float32 var_191;
        wp::float32 var_192;
        const wp::int32 var_193 = 1;
        wp::float32* var_194;
        const wp::int32 var_195 = 1;
        wp::float32 var_196;
        wp::float32 var_197;
        wp::float32 var_198;
        wp::float32 var_199;
        const wp::int32 var_200 = 2;
        wp::float32* var_201;
        const wp::int32 var_202 = 2;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::float32 var_206;
        const wp::int32 var_207 = 1;
        wp::float32 var_208;
        const wp::int32 var_209 = 0;
        wp::float32* var_210;
        wp::float32 var_211;
        wp::float32 var_212;
        const wp::int32 var_213 = 0;
        wp::float32* var_214;
        wp::float32 var_215;
        wp::float32 var_216;
        wp::float32 var_217;
        const wp::int32 var_218 = 6;
        wp::float32* var_219;
        const wp::int32 var_220 = 0;
        wp::float32* var_221;
        const wp::int32 var_222 = 0;
        wp::float32 var_223;
        wp::float32 var_224;
        wp::float32 var_225;
        wp::float32 var_226;
        wp::float32 var_227;
        const wp::int32 var_228 = 1;
        wp::float32* var_229;
        const wp::int32 var_230 = 1;
        wp::float32 var_231;
        wp::float32 var_232;
        wp::float32 var_233;
        wp::float32 var_234;
        const wp::int32 var_235 = 2;
        wp::float32* var_236;
        const wp::int32 var_237 = 2;
        wp::float32 var_238;
        wp::float32 var_239;
        wp::float32 var_240;
        wp::float32 var_241;
        const wp::int32 var_242 = 1;
        wp::float32 var_243;
        const wp::int32 var_244 = 0;
        wp::float32* var_245;
        wp::float32 var_246;
        wp::float32 var_247;
        const wp::int32 var_248 = 0;
        wp::float32* var_249;
        wp::float32 var_250;
        wp::float32 var_251;
        wp::float32 var_252;
        const wp::int32 var_253 = 7;
        wp::float32* var_254;
        const wp::int32 var_255 = 0;
        wp::float32* var_256;
        const wp::int32 var_257 = 0;
        wp::float32 var_258;
        wp::float32 var_259;
        wp::float32 var_260;
        wp::float32 var_261;
        wp::float32 var_262;
        const wp::int32 var_263 = 1;
        wp::float32* var_264;
        const wp::int32 var_265 = 1;
        wp::float32 var_266;
        wp::float32 var_267;
        wp::float32 var_268;
        wp::float32 var_269;
        const wp::int32 var_270 = 2;
        wp::float32* var_271;
        const wp::int32 var_272 = 2;
        wp::float32 var_273;
        wp::float32 var_274;
        wp::float32 var_275;
        wp::float32 var_276;
        const wp::int32 var_277 = 1;
        wp::float32 var_278;
        const wp::int32 var_279 = 0;
        wp::float32* var_280;
        wp::float32 var_281;
        wp::float32 var_282;
        const wp::int32 var_283 = 0;
        wp::float32* var_284;
        wp::float32 var_285;
        wp::float32 var_286;
        wp::float32 var_287;
        const wp::int32 var_288 = 8;
        wp::float32* var_289;
        const wp::int32 var_290 = 0;
        wp::float32* var_291;
        const wp::int32 var_292 = 0;
        wp::float32 var_293;
        wp::float32 var_294;
        wp::float32 var_295;
        wp::float32 var_296;
        wp::float32 var_297;
        const wp::int32 var_298 = 1;
        wp::float32* var_299;
        const wp::int32 var_300 = 1;
        wp::float32 var_301;
        wp::float32 var_302;
        wp::float32 var_303;
        wp::float32 var_304;
        const wp::int32 var_305 = 2;
        wp::float32* var_306;
        const wp::int32 var_307 = 2;
        wp::float32 var_308;
        wp::float32 var_309;
        wp::float32 var_310;
        wp::float32 var_311;
        const wp::int32 var_312 = 1;
        wp::float32 var_313;
        const wp::int32 var_314 = 0;
        wp::float32* var_315;
        wp::float32 var_316;
        wp::float32 var_317;
        const wp::int32 var_318 = 0;
        wp::float32* var_319;
        wp::float32 var_320;
        wp::float32 var_321;
        wp::float32 var_322;
        const wp::int32 var_323 = 9;
        wp::float32* var_324;
        const wp::int32 var_325 = 0;
        wp::float32* var_326;
        const wp::int32 var_327 = 0;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32 var_330;
        wp::float32 var_331;
        wp::float32 var_332;
        const wp::int32 var_333 = 1;
        wp::float32* var_334;
        const wp::int32 var_335 = 1;
        wp::float32 var_336;
        wp::float32 var_337;
        wp::float32 var_338;
        wp::float32 var_339;
        const wp::int32 var_340 = 2;
        wp::float32* var_341;
        const wp::int32 var_342 = 2;
        wp::float32 var_343;
        wp::float32 var_344;
        wp::float32 var_345;
        wp::float32 var_346;
        const wp::int32 var_347 = 1;
        wp::float32 var_348;
        const wp::int32 var_349 = 0;
        wp::float32* var_350;
        wp::float32 var_351;
        wp::float32 var_352;
        const wp::int32 var_353 = 0;
        wp::float32* var_354;
        wp::float32 var_355;
        wp::float32 var_356;
        wp::float32 var_357;
        const wp::int32 var_358 = 10;
        wp::float32* var_359;
        const wp::int32 var_360 = 0;
        wp::float32* var_361;
        const wp::int32 var_362 = 0;
        wp::float32 var_363;
        wp::float32 var_364;
        wp::float32 var_365;
        wp::float32 var_366;
        wp::float32 var_367;
        const wp::int32 var_368 = 1;
        wp::float32* var_369;
        const wp::int32 var_370 = 1;
        wp::float32 var_371;
        wp::float32 var_372;
        wp::float32 var_373;
        wp::float32 var_374;
        const wp::int32 var_375 = 2;
        wp::float32* var_376;
        const wp::int32 var_377 = 2;
        wp::float32 var_378;
        wp::float32 var_379;
        wp::float32 var_380;
        wp::float32 var_381;
        const wp::int32 var_382 = 1;
        wp::float32 var_383;
        const wp::int32 var_384 = 0;
        wp::float32* var_385;
        wp::float32 var_386;
        wp::float32 var_387;
        const wp::int32 var_388 = 0;
        wp::float32* var_389;
        wp::float32 var_390;
        wp::float32 var_391;
        wp::float32 var_392;
        const wp::int32 var_393 = 11;
        wp::float32* var_394;
        const wp::int32 var_395 = 0;
        wp::float32* var_396;
        const wp::int32 var_397 = 0;
        wp::float32 var_398;
        wp::float32 var_399;
        wp::float32 var_400;
        wp::float32 var_401;
        wp::float32 var_402;
        const wp::int32 var_403 = 1;
        wp::float32* var_404;
        const wp::int32 var_405 = 1;
        wp::float32 var_406;
        wp::float32 var_407;
        wp::float32 var_408;
        wp::float32 var_409;
        const wp::int32 var_410 = 2;
        wp::float32* var_411;
        const wp::int32 var_412 = 2;
        wp::float32 var_413;
        wp::float32 var_414;
        wp::float32 var_415;
        wp::float32 var_416;
        const wp::int32 var_417 = 1;
        wp::float32 var_418;
        const wp::int32 var_419 = 0;
        wp::float32* var_420;
        wp::float32 var_421;
        wp::float32 var_422;
        const wp::int32 var_423 = 0;
        wp::float32* var_424;
        wp::float32 var_425;
        wp::float32 var_426;
        wp::float32 var_427;
        const wp::int32 var_428 = 12;
        wp::float32* var_429;
        const wp::int32 var_430 = 0;
        wp::float32* var_431;
        const wp::int32 var_432 = 0;
        wp::float32 var_433;
        wp::float32 var_434;
        wp::float32 var_435;
        wp::float32 var_436;
        wp::float32 var_437;
        const wp::int32 var_438 = 1;
        wp::float32* var_439;
        const wp::int32 var_440 = 1;
        wp::float32 var_441;
        wp::float32 var_442;
        wp::float32 var_443;
        wp::float32 var_444;
        const wp::int32 var_445 = 2;
        wp::float32* var_446;
        const wp::int32 var_447 = 2;
        wp::float32 var_448;
        wp::float32 var_449;
        wp::float32 var_450;
        wp::float32 var_451;
        const wp::int32 var_452 = 1;
        wp::float32 var_453;
        const wp::int32 var_454 = 0;
        wp::float32* var_455;
        wp::float32 var_456;
        wp::float32 var_457;
        const wp::int32 var_458 = 0;
        wp::float32* var_459;
        wp::float32 var_460;
        wp::float32 var_461;
        wp::float32 var_462;
        const wp::int32 var_463 = 13;
        wp::float32* var_464;
        const wp::int32 var_465 = 0;
        wp::float32* var_466;
        const wp::int32 var_467 = 0;
        wp::float32 var_468;
        wp::float32 var_469;
        wp::float32 var_470;
        wp::float32 var_471;
        wp::float32 var_472;
        const wp::int32 var_473 = 1;
        wp::float32* var_474;
        const wp::int32 var_475 = 1;
        wp::float32 var_476;
        wp::float32 var_477;
        wp::float32 var_478;
        wp::float32 var_479;
        const wp::int32 var_480 = 2;
        wp::float32* var_481;
        const wp::int32 var_482 = 2;
        wp::float32 var_483;
        wp::float32 var_484;
        wp::float32 var_485;
        wp::float32 var_486;
        const wp::int32 var_487 = 1;
        wp::float32 var_488;
        const wp::int32 var_489 = 0;
        wp::float32* var_490;
        wp::float32 var_491;
        wp::float32 var_492;
        const wp::int32 var_493 = 0;
        wp::float32* var_494;
        wp::float32 var_495;
        wp::float32 var_496;
        wp::float32 var_497;
        const wp::int32 var_498 = 14;
        wp::float32* var_499;
        const wp::int32 var_500 = 0;
        wp::float32* var_501;
        const wp::int32 var_502 = 0;
        wp::float32 var_503;
        wp::float32 var_504;
        wp::float32 var_505;
        wp::float32 var_506;
        wp::float32 var_507;
        const wp::int32 var_508 = 1;
        wp::float32* var_509;
        const wp::int32 var_510 = 1;
        wp::float32 var_511;
        wp::float32 var_512;
        wp::float32 var_513;
        wp::float32 var_514;
        const wp::int32 var_515 = 2;
        wp::float32* var_516;
        const wp::int32 var_517 = 2;
        wp::float32 var_518;
        wp::float32 var_519;
        wp::float32 var_520;
        wp::float32 var_521;
        const wp::int32 var_522 = 1;
        wp::float32 var_523;
        const wp::int32 var_524 = 0;
        wp::float32* var_525;
        wp::float32 var_526;
        wp::float32 var_527;
        const wp::int32 var_528 = 0;
        wp::float32* var_529;
        wp::float32 var_530;
        wp::float32 var_531;
        wp::float32 var_532;
        const wp::int32 var_533 = 15;
        wp::float32* var_534;
        const wp::int32 var_535 = 0;
        wp::float32* var_536;
        const wp::int32 var_537 = 0;
        wp::float32 var_538;
        wp::float32 var_539;
        wp::float32 var_540;
        wp::float32 var_541;
        wp::float32 var_542;
        const wp::int32 var_543 = 1;
        wp::float32* var_544;
        const wp::int32 var_545 = 1;
        wp::float32 var_546;
        wp::float32 var_547;
        wp::float32 var_548;
        wp::float32 var_549;
        const wp::int32 var_550 = 2;
        wp::float32* var_551;
        const wp::int32 var_552 = 2;
        wp::float32 var_553;
        wp::float32 var_554;
        wp::float32 var_555;
        wp::float32 var_556;
        const wp::int32 var_557 = 1;
        wp::float32 var_558;
        const wp::int32 var_559 = 0;
        wp::float32* var_560;
        wp::float32 var_561;
        wp::float32 var_562;
        const wp::int32 var_563 = 0;
        wp::float32* var_564;
        wp::float32 var_565;
        wp::float32 var_566;
        wp::float32 var_567;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
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
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::float32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::float32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::int32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::int32 adj_117 = {};
        wp::float32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::float32 adj_121 = {};
        wp::float32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::int32 adj_125 = {};
        wp::float32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::float32 adj_129 = {};
        wp::int32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::float32 adj_133 = {};
        wp::float32 adj_134 = {};
        wp::float32 adj_135 = {};
        wp::float32 adj_136 = {};
        wp::int32 adj_137 = {};
        wp::float32 adj_138 = {};
        wp::int32 adj_139 = {};
        wp::float32 adj_140 = {};
        wp::float32 adj_141 = {};
        wp::float32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::float32 adj_144 = {};
        wp::float32 adj_145 = {};
        wp::float32 adj_146 = {};
        wp::float32 adj_147 = {};
        wp::int32 adj_148 = {};
        wp::float32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::float32 adj_151 = {};
        wp::int32 adj_152 = {};
        wp::float32 adj_153 = {};
        wp::float32 adj_154 = {};
        wp::float32 adj_155 = {};
        wp::float32 adj_156 = {};
        wp::float32 adj_157 = {};
        wp::int32 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::int32 adj_160 = {};
        wp::float32 adj_161 = {};
        wp::float32 adj_162 = {};
        wp::float32 adj_163 = {};
        wp::float32 adj_164 = {};
        wp::int32 adj_165 = {};
        wp::float32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::float32 adj_168 = {};
        wp::float32 adj_169 = {};
        wp::float32 adj_170 = {};
        wp::float32 adj_171 = {};
        wp::int32 adj_172 = {};
        wp::float32 adj_173 = {};
        wp::int32 adj_174 = {};
        wp::float32 adj_175 = {};
        wp::float32 adj_176 = {};
        wp::float32 adj_177 = {};
        wp::int32 adj_178 = {};
        wp::float32 adj_179 = {};
        wp::float32 adj_180 = {};
        wp::float32 adj_181 = {};
        wp::float32 adj_182 = {};
        wp::int32 adj_183 = {};
        wp::float32 adj_184 = {};
        wp::int32 adj_185 = {};
        wp::float32 adj_186 = {};
        wp::int32 adj_187 = {};
        wp::float32 adj_188 = {};
        wp::float32 adj_189 = {};
        wp::float32 adj_190 = {};
        wp::float32 adj_191 = {};
        wp::float32 adj_192 = {};
        wp::int32 adj_193 = {};
        wp::float32 adj_194 = {};
        wp::int32 adj_195 = {};
        wp::float32 adj_196 = {};
        wp::float32 adj_197 = {};
        wp::float32 adj_198 = {};
        wp::float32 adj_199 = {};
        wp::int32 adj_200 = {};
        wp::float32 adj_201 = {};
        wp::int32 adj_202 = {};
        wp::float32 adj_203 = {};
        wp::float32 adj_204 = {};
        wp::float32 adj_205 = {};
        wp::float32 adj_206 = {};
        wp::int32 adj_207 = {};
        wp::float32 adj_208 = {};
        wp::int32 adj_209 = {};
        wp::float32 adj_210 = {};
        wp::float32 adj_211 = {};
        wp::float32 adj_212 = {};
        wp::int32 adj_213 = {};
        wp::float32 adj_214 = {};
        wp::float32 adj_215 = {};
        wp::float32 adj_216 = {};
        wp::float32 adj_217 = {};
        wp::int32 adj_218 = {};
        wp::float32 adj_219 = {};
        wp::int32 adj_220 = {};
        wp::float32 adj_221 = {};
        wp::int32 adj_222 = {};
        wp::float32 adj_223 = {};
        wp::float32 adj_224 = {};
        wp::float32 adj_225 = {};
        wp::float32 adj_226 = {};
        wp::float32 adj_227 = {};
        wp::int32 adj_228 = {};
        wp::float32 adj_229 = {};
        wp::int32 adj_230 = {};
        wp::float32 adj_231 = {};
        wp::float32 adj_232 = {};
        wp::float32 adj_233 = {};
        wp::float32 adj_234 = {};
        wp::int32 adj_235 = {};
        wp::float32 adj_236 = {};
        wp::int32 adj_237 = {};
        wp::float32 adj_238 = {};
        wp::float32 adj_239 = {};
        wp::float32 adj_240 = {};
        wp::float32 adj_241 = {};
        wp::int32 adj_242 = {};
        wp::float32 adj_243 = {};
        wp::int32 adj_244 = {};
        wp::float32 adj_245 = {};
        wp::float32 adj_246 = {};
        wp::float32 adj_247 = {};
        wp::int32 adj_248 = {};
        wp::float32 adj_249 = {};
        wp::float32 adj_250 = {};
        wp::float32 adj_251 = {};
        wp::float32 adj_252 = {};
        wp::int32 adj_253 = {};
        wp::float32 adj_254 = {};
        wp::int32 adj_255 = {};
        wp::float32 adj_256 = {};
        wp::int32 adj_257 = {};
        wp::float32 adj_258 = {};
        wp::float32 adj_259 = {};
        wp::float32 adj_260 = {};
        wp::float32 adj_261 = {};
        wp::float32 adj_262 = {};
        wp::int32 adj_263 = {};
        wp::float32 adj_264 = {};
        wp::int32 adj_265 = {};
        wp::float32 adj_266 = {};
        wp::float32 adj_267 = {};
        wp::float32 adj_268 = {};
        wp::float32 adj_269 = {};
        wp::int32 adj_270 = {};
        wp::float32 adj_271 = {};
        wp::int32 adj_272 = {};
        wp::float32 adj_273 = {};
        wp::float32 adj_274 = {};
        wp::float32 adj_275 = {};
        wp::float32 adj_276 = {};
        wp::int32 adj_277 = {};
        wp::float32 adj_278 = {};
        wp::int32 adj_279 = {};
        wp::float32 adj_280 = {};
        wp::float32 adj_281 = {};
        wp::float32 adj_282 = {};
        wp::int32 adj_283 = {};
        wp::float32 adj_284 = {};
        wp::float32 adj_285 = {};
        wp::float32 adj_286 = {};
        wp::float32 adj_287 = {};
        wp::int32 adj_288 = {};
        wp::float32 adj_289 = {};
        wp::int32 adj_290 = {};
        wp::float32 adj_291 = {};
        wp::int32 adj_292 = {};
        wp::float32 adj_293 = {};
        wp::float32 adj_294 = {};
        wp::float32 adj_295 = {};
        wp::float32 adj_296 = {};
        wp::float32 adj_297 = {};
        wp::int32 adj_298 = {};
        wp::float32 adj_299 = {};
        wp::int32 adj_300 = {};
        wp::float32 adj_301 = {};
        wp::float32 adj_302 = {};
        wp::float32 adj_303 = {};
        wp::float32 adj_304 = {};
        wp::int32 adj_305 = {};
        wp::float32 adj_306 = {};
        wp::int32 adj_307 = {};
        wp::float32 adj_308 = {};
        wp::float32 adj_309 = {};
        wp::float32 adj_310 = {};
        wp::float32 adj_311 = {};
        wp::int32 adj_312 = {};
        wp::float32 adj_313 = {};
        wp::int32 adj_314 = {};
        wp::float32 adj_315 = {};
        wp::float32 adj_316 = {};
        wp::float32 adj_317 = {};
        wp::int32 adj_318 = {};
        wp::float32 adj_319 = {};
        wp::float32 adj_320 = {};
        wp::float32 adj_321 = {};
        wp::float32 adj_322 = {};
        wp::int32 adj_323 = {};
        wp::float32 adj_324 = {};
        wp::int32 adj_325 = {};
        wp::float32 adj_326 = {};
        wp::int32 adj_327 = {};
        wp::float32 adj_328 = {};
        wp::float32 adj_329 = {};
        wp::float32 adj_330 = {};
        wp::float32 adj_331 = {};
        wp::float32 adj_332 = {};
        wp::int32 adj_333 = {};
        wp::float32 adj_334 = {};
        wp::int32 adj_335 = {};
        wp::float32 adj_336 = {};
        wp::float32 adj_337 = {};
        wp::float32 adj_338 = {};
        wp::float32 adj_339 = {};
        wp::int32 adj_340 = {};
        wp::float32 adj_341 = {};
        wp::int32 adj_342 = {};
        wp::float32 adj_343 = {};
        wp::float32 adj_344 = {};
        wp::float32 adj_345 = {};
        wp::float32 adj_346 = {};
        wp::int32 adj_347 = {};
        wp::float32 adj_348 = {};
        wp::int32 adj_349 = {};
        wp::float32 adj_350 = {};
        wp::float32 adj_351 = {};
        wp::float32 adj_352 = {};
        wp::int32 adj_353 = {};
        wp::float32 adj_354 = {};
        wp::float32 adj_355 = {};
        wp::float32 adj_356 = {};
        wp::float32 adj_357 = {};
        wp::int32 adj_358 = {};
        wp::float32 adj_359 = {};
        wp::int32 adj_360 = {};
        wp::float32 adj_361 = {};
        wp::int32 adj_362 = {};
        wp::float32 adj_363 = {};
        wp::float32 adj_364 = {};
        wp::float32 adj_365 = {};
        wp::float32 adj_366 = {};
        wp::float32 adj_367 = {};
        wp::int32 adj_368 = {};
        wp::float32 adj_369 = {};
        wp::int32 adj_370 = {};
        wp::float32 adj_371 = {};
        wp::float32 adj_372 = {};
        wp::float32 adj_373 = {};
        wp::float32 adj_374 = {};
        wp::int32 adj_375 = {};
        wp::float32 adj_376 = {};
        wp::int32 adj_377 = {};
        wp::float32 adj_378 = {};
        wp::float32 adj_379 = {};
        wp::float32 adj_380 = {};
        wp::float32 adj_381 = {};
        wp::int32 adj_382 = {};
        wp::float32 adj_383 = {};
        wp::int32 adj_384 = {};
        wp::float32 adj_385 = {};
        wp::float32 adj_386 = {};
        wp::float32 adj_387 = {};
        wp::int32 adj_388 = {};
        wp::float32 adj_389 = {};
        wp::float32 adj_390 = {};
        wp::float32 adj_391 = {};
        wp::float32 adj_392 = {};
        wp::int32 adj_393 = {};
        wp::float32 adj_394 = {};
        wp::int32 adj_395 = {};
        wp::float32 adj_396 = {};
        wp::int32 adj_397 = {};
        wp::float32 adj_398 = {};
        wp::float32 adj_399 = {};
        wp::float32 adj_400 = {};
        wp::float32 adj_401 = {};
        wp::float32 adj_402 = {};
        wp::int32 adj_403 = {};
        wp::float32 adj_404 = {};
        wp::int32 adj_405 = {};
        wp::float32 adj_406 = {};
        wp::float32 adj_407 = {};
        wp::float32 adj_408 = {};
        wp::float32 adj_409 = {};
        wp::int32 adj_410 = {};
        wp::float32 adj_411 = {};
        wp::int32 adj_412 = {};
        wp::float32 adj_413 = {};
        wp::float32 adj_414 = {};
        wp::float32 adj_415 = {};
        wp::float32 adj_416 = {};
        wp::int32 adj_417 = {};
        wp::float32 adj_418 = {};
        wp::int32 adj_419 = {};
        wp::float32 adj_420 = {};
        wp::float32 adj_421 = {};
        wp::float32 adj_422 = {};
        wp::int32 adj_423 = {};
        wp::float32 adj_424 = {};
        wp::float32 adj_425 = {};
        wp::float32 adj_426 = {};
        wp::float32 adj_427 = {};
        wp::int32 adj_428 = {};
        wp::float32 adj_429 = {};
        wp::int32 adj_430 = {};
        wp::float32 adj_431 = {};
        wp::int32 adj_432 = {};
        wp::float32 adj_433 = {};
        wp::float32 adj_434 = {};
        wp::float32 adj_435 = {};
        wp::float32 adj_436 = {};
        wp::float32 adj_437 = {};
        wp::int32 adj_438 = {};
        wp::float32 adj_439 = {};
        wp::int32 adj_440 = {};
        wp::float32 adj_441 = {};
        wp::float32 adj_442 = {};
        wp::float32 adj_443 = {};
        wp::float32 adj_444 = {};
        wp::int32 adj_445 = {};
        wp::float32 adj_446 = {};
        wp::int32 adj_447 = {};
        wp::float32 adj_448 = {};
        wp::float32 adj_449 = {};
        wp::float32 adj_450 = {};
        wp::float32 adj_451 = {};
        wp::int32 adj_452 = {};
        wp::float32 adj_453 = {};
        wp::int32 adj_454 = {};
        wp::float32 adj_455 = {};
        wp::float32 adj_456 = {};
        wp::float32 adj_457 = {};
        wp::int32 adj_458 = {};
        wp::float32 adj_459 = {};
        wp::float32 adj_460 = {};
        wp::float32 adj_461 = {};
        wp::float32 adj_462 = {};
        wp::int32 adj_463 = {};
        wp::float32 adj_464 = {};
        wp::int32 adj_465 = {};
        wp::float32 adj_466 = {};
        wp::int32 adj_467 = {};
        wp::float32 adj_468 = {};
        wp::float32 adj_469 = {};
        wp::float32 adj_470 = {};
        wp::float32 adj_471 = {};
        wp::float32 adj_472 = {};
        wp::int32 adj_473 = {};
        wp::float32 adj_474 = {};
        wp::int32 adj_475 = {};
        wp::float32 adj_476 = {};
        wp::float32 adj_477 = {};
        wp::float32 adj_478 = {};
        wp::float32 adj_479 = {};
        wp::int32 adj_480 = {};
        wp::float32 adj_481 = {};
        wp::int32 adj_482 = {};
        wp::float32 adj_483 = {};
        wp::float32 adj_484 = {};
        wp::float32 adj_485 = {};
        wp::float32 adj_486 = {};
        wp::int32 adj_487 = {};
        wp::float32 adj_488 = {};
        wp::int32 adj_489 = {};
        wp::float32 adj_490 = {};
        wp::float32 adj_491 = {};
        wp::float32 adj_492 = {};
        wp::int32 adj_493 = {};
        wp::float32 adj_494 = {};
        wp::float32 adj_495 = {};
        wp::float32 adj_496 = {};
        wp::float32 adj_497 = {};
        wp::int32 adj_498 = {};
        wp::float32 adj_499 = {};
        wp::int32 adj_500 = {};
        wp::float32 adj_501 = {};
        wp::int32 adj_502 = {};
        wp::float32 adj_503 = {};
        wp::float32 adj_504 = {};
        wp::float32 adj_505 = {};
        wp::float32 adj_506 = {};
        wp::float32 adj_507 = {};
        wp::int32 adj_508 = {};
        wp::float32 adj_509 = {};
        wp::int32 adj_510 = {};
        wp::float32 adj_511 = {};
        wp::float32 adj_512 = {};
        wp::float32 adj_513 = {};
        wp::float32 adj_514 = {};
        wp::int32 adj_515 = {};
        wp::float32 adj_516 = {};
        wp::int32 adj_517 = {};
        wp::float32 adj_518 = {};
        wp::float32 adj_519 = {};
        wp::float32 adj_520 = {};
        wp::float32 adj_521 = {};
        wp::int32 adj_522 = {};
        wp::float32 adj_523 = {};
        wp::int32 adj_524 = {};
        wp::float32 adj_525 = {};
        wp::float32 adj_526 = {};
        wp::float32 adj_527 = {};
        wp::int32 adj_528 = {};
        wp::float32 adj_529 = {};
        wp::float32 adj_530 = {};
        wp::float32 adj_531 = {};
        wp::float32 adj_532 = {};
        wp::int32 adj_533 = {};
        wp::float32 adj_534 = {};
        wp::int32 adj_535 = {};
        wp::float32 adj_536 = {};
        wp::int32 adj_537 = {};
        wp::float32 adj_538 = {};
        wp::float32 adj_539 = {};
        wp::float32 adj_540 = {};
        wp::float32 adj_541 = {};
        wp::float32 adj_542 = {};
        wp::int32 adj_543 = {};
        wp::float32 adj_544 = {};
        wp::int32 adj_545 = {};
        wp::float32 adj_546 = {};
        wp::float32 adj_547 = {};
        wp::float32 adj_548 = {};
        wp::float32 adj_549 = {};
        wp::int32 adj_550 = {};
        wp::float32 adj_551 = {};
        wp::int32 adj_552 = {};
        wp::float32 adj_553 = {};
        wp::float32 adj_554 = {};
        wp::float32 adj_555 = {};
        wp::float32 adj_556 = {};
        wp::int32 adj_557 = {};
        wp::float32 adj_558 = {};
        wp::int32 adj_559 = {};
        wp::float32 adj_560 = {};
        wp::float32 adj_561 = {};
        wp::float32 adj_562 = {};
        wp::int32 adj_563 = {};
        wp::float32 adj_564 = {};
        wp::float32 adj_565 = {};
        wp::float32 adj_566 = {};
        wp::float32 adj_567 = {};
        //---------
        // forward
        // def mlp_small(x: wp.array(dtype=wp.vec3), W1: wp.array2d(dtype=float), b1: wp.array(dtype=float), W2: wp.array2d(dtype=float), b2: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 38>
        // n = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // inp = x[n]                                                                             <L 40>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // acc_out = b2[0]                                                                        <L 41>
        var_5 = wp::address(var_b2, var_4);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // for h in range(HIDDEN):                                                                <L 42>
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_9 = wp::address(var_b1, var_8);
        var_11 = wp::address(var_W1, var_8, var_10);
        var_13 = wp::extract(var_2, var_12);
        var_15 = wp::load(var_11);
        var_14 = wp::mul(var_15, var_13);
        var_17 = wp::load(var_9);
        var_16 = wp::add(var_17, var_14);
        var_19 = wp::address(var_W1, var_8, var_18);
        var_21 = wp::extract(var_2, var_20);
        var_23 = wp::load(var_19);
        var_22 = wp::mul(var_23, var_21);
        var_24 = wp::add(var_16, var_22);
        var_26 = wp::address(var_W1, var_8, var_25);
        var_28 = wp::extract(var_2, var_27);
        var_30 = wp::load(var_26);
        var_29 = wp::mul(var_30, var_28);
        var_31 = wp::add(var_24, var_29);
        // a = activation(z, 1)                                                                   <L 44>
        var_33 = activation_0(var_31, var_32);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_35 = wp::address(var_W2, var_34, var_8);
        var_37 = wp::load(var_35);
        var_36 = wp::mul(var_37, var_33);
        var_39 = wp::address(var_W2, var_38, var_8);
        var_41 = wp::load(var_39);
        var_40 = wp::mul(var_41, var_33);
        var_42 = wp::add(var_6, var_40);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_44 = wp::address(var_b1, var_43);
        var_46 = wp::address(var_W1, var_43, var_45);
        var_48 = wp::extract(var_2, var_47);
        var_50 = wp::load(var_46);
        var_49 = wp::mul(var_50, var_48);
        var_52 = wp::load(var_44);
        var_51 = wp::add(var_52, var_49);
        var_54 = wp::address(var_W1, var_43, var_53);
        var_56 = wp::extract(var_2, var_55);
        var_58 = wp::load(var_54);
        var_57 = wp::mul(var_58, var_56);
        var_59 = wp::add(var_51, var_57);
        var_61 = wp::address(var_W1, var_43, var_60);
        var_63 = wp::extract(var_2, var_62);
        var_65 = wp::load(var_61);
        var_64 = wp::mul(var_65, var_63);
        var_66 = wp::add(var_59, var_64);
        // a = activation(z, 1)                                                                   <L 44>
        var_68 = activation_0(var_66, var_67);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_70 = wp::address(var_W2, var_69, var_43);
        var_72 = wp::load(var_70);
        var_71 = wp::mul(var_72, var_68);
        var_74 = wp::address(var_W2, var_73, var_43);
        var_76 = wp::load(var_74);
        var_75 = wp::mul(var_76, var_68);
        var_77 = wp::add(var_42, var_75);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_79 = wp::address(var_b1, var_78);
        var_81 = wp::address(var_W1, var_78, var_80);
        var_83 = wp::extract(var_2, var_82);
        var_85 = wp::load(var_81);
        var_84 = wp::mul(var_85, var_83);
        var_87 = wp::load(var_79);
        var_86 = wp::add(var_87, var_84);
        var_89 = wp::address(var_W1, var_78, var_88);
        var_91 = wp::extract(var_2, var_90);
        var_93 = wp::load(var_89);
        var_92 = wp::mul(var_93, var_91);
        var_94 = wp::add(var_86, var_92);
        var_96 = wp::address(var_W1, var_78, var_95);
        var_98 = wp::extract(var_2, var_97);
        var_100 = wp::load(var_96);
        var_99 = wp::mul(var_100, var_98);
        var_101 = wp::add(var_94, var_99);
        // a = activation(z, 1)                                                                   <L 44>
        var_103 = activation_0(var_101, var_102);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_105 = wp::address(var_W2, var_104, var_78);
        var_107 = wp::load(var_105);
        var_106 = wp::mul(var_107, var_103);
        var_109 = wp::address(var_W2, var_108, var_78);
        var_111 = wp::load(var_109);
        var_110 = wp::mul(var_111, var_103);
        var_112 = wp::add(var_77, var_110);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_114 = wp::address(var_b1, var_113);
        var_116 = wp::address(var_W1, var_113, var_115);
        var_118 = wp::extract(var_2, var_117);
        var_120 = wp::load(var_116);
        var_119 = wp::mul(var_120, var_118);
        var_122 = wp::load(var_114);
        var_121 = wp::add(var_122, var_119);
        var_124 = wp::address(var_W1, var_113, var_123);
        var_126 = wp::extract(var_2, var_125);
        var_128 = wp::load(var_124);
        var_127 = wp::mul(var_128, var_126);
        var_129 = wp::add(var_121, var_127);
        var_131 = wp::address(var_W1, var_113, var_130);
        var_133 = wp::extract(var_2, var_132);
        var_135 = wp::load(var_131);
        var_134 = wp::mul(var_135, var_133);
        var_136 = wp::add(var_129, var_134);
        // a = activation(z, 1)                                                                   <L 44>
        var_138 = activation_0(var_136, var_137);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_140 = wp::address(var_W2, var_139, var_113);
        var_142 = wp::load(var_140);
        var_141 = wp::mul(var_142, var_138);
        var_144 = wp::address(var_W2, var_143, var_113);
        var_146 = wp::load(var_144);
        var_145 = wp::mul(var_146, var_138);
        var_147 = wp::add(var_112, var_145);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_149 = wp::address(var_b1, var_148);
        var_151 = wp::address(var_W1, var_148, var_150);
        var_153 = wp::extract(var_2, var_152);
        var_155 = wp::load(var_151);
        var_154 = wp::mul(var_155, var_153);
        var_157 = wp::load(var_149);
        var_156 = wp::add(var_157, var_154);
        var_159 = wp::address(var_W1, var_148, var_158);
        var_161 = wp::extract(var_2, var_160);
        var_163 = wp::load(var_159);
        var_162 = wp::mul(var_163, var_161);
        var_164 = wp::add(var_156, var_162);
        var_166 = wp::address(var_W1, var_148, var_165);
        var_168 = wp::extract(var_2, var_167);
        var_170 = wp::load(var_166);
        var_169 = wp::mul(var_170, var_168);
        var_171 = wp::add(var_164, var_169);
        // a = activation(z, 1)                                                                   <L 44>
        var_173 = activation_0(var_171, var_172);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_175 = wp::address(var_W2, var_174, var_148);
        var_177 = wp::load(var_175);
        var_176 = wp::mul(var_177, var_173);
        var_179 = wp::address(var_W2, var_178, var_148);
        var_181 = wp::load(var_179);
        var_180 = wp::mul(var_181, var_173);
        var_182 = wp::add(var_147, var_180);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_184 = wp::address(var_b1, var_183);
        var_186 = wp::address(var_W1, var_183, var_185);
        var_188 = wp::extract(var_2, var_187);
        var_190 = wp::load(var_186);
        var_189 = wp::mul(var_190, var_188);
        var_192 = wp::load(var_184);
        var_191 = wp::add(var_192, var_189);
        var_194 = wp::address(var_W1, var_183, var_193);
        var_196 = wp::extract(var_2, var_195);
        var_198 = wp::load(var_194);
        var_197 = wp::mul(var_198, var_196);
        var_199 = wp::add(var_191, var_197);
        var_201 = wp::address(var_W1, var_183, var_200);
        var_203 = wp::extract(var_2, var_202);
        var_205 = wp::load(var_201);
        var_204 = wp::mul(var_205, var_203);
        var_206 = wp::add(var_199, var_204);
        // a = activation(z, 1)                                                                   <L 44>
        var_208 = activation_0(var_206, var_207);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_210 = wp::address(var_W2, var_209, var_183);
        var_212 = wp::load(var_210);
        var_211 = wp::mul(var_212, var_208);
        var_214 = wp::address(var_W2, var_213, var_183);
        var_216 = wp::load(var_214);
        var_215 = wp::mul(var_216, var_208);
        var_217 = wp::add(var_182, var_215);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_219 = wp::address(var_b1, var_218);
        var_221 = wp::address(var_W1, var_218, var_220);
        var_223 = wp::extract(var_2, var_222);
        var_225 = wp::load(var_221);
        var_224 = wp::mul(var_225, var_223);
        var_227 = wp::load(var_219);
        var_226 = wp::add(var_227, var_224);
        var_229 = wp::address(var_W1, var_218, var_228);
        var_231 = wp::extract(var_2, var_230);
        var_233 = wp::load(var_229);
        var_232 = wp::mul(var_233, var_231);
        var_234 = wp::add(var_226, var_232);
        var_236 = wp::address(var_W1, var_218, var_235);
        var_238 = wp::extract(var_2, var_237);
        var_240 = wp::load(var_236);
        var_239 = wp::mul(var_240, var_238);
        var_241 = wp::add(var_234, var_239);
        // a = activation(z, 1)                                                                   <L 44>
        var_243 = activation_0(var_241, var_242);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_245 = wp::address(var_W2, var_244, var_218);
        var_247 = wp::load(var_245);
        var_246 = wp::mul(var_247, var_243);
        var_249 = wp::address(var_W2, var_248, var_218);
        var_251 = wp::load(var_249);
        var_250 = wp::mul(var_251, var_243);
        var_252 = wp::add(var_217, var_250);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_254 = wp::address(var_b1, var_253);
        var_256 = wp::address(var_W1, var_253, var_255);
        var_258 = wp::extract(var_2, var_257);
        var_260 = wp::load(var_256);
        var_259 = wp::mul(var_260, var_258);
        var_262 = wp::load(var_254);
        var_261 = wp::add(var_262, var_259);
        var_264 = wp::address(var_W1, var_253, var_263);
        var_266 = wp::extract(var_2, var_265);
        var_268 = wp::load(var_264);
        var_267 = wp::mul(var_268, var_266);
        var_269 = wp::add(var_261, var_267);
        var_271 = wp::address(var_W1, var_253, var_270);
        var_273 = wp::extract(var_2, var_272);
        var_275 = wp::load(var_271);
        var_274 = wp::mul(var_275, var_273);
        var_276 = wp::add(var_269, var_274);
        // a = activation(z, 1)                                                                   <L 44>
        var_278 = activation_0(var_276, var_277);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_280 = wp::address(var_W2, var_279, var_253);
        var_282 = wp::load(var_280);
        var_281 = wp::mul(var_282, var_278);
        var_284 = wp::address(var_W2, var_283, var_253);
        var_286 = wp::load(var_284);
        var_285 = wp::mul(var_286, var_278);
        var_287 = wp::add(var_252, var_285);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_289 = wp::address(var_b1, var_288);
        var_291 = wp::address(var_W1, var_288, var_290);
        var_293 = wp::extract(var_2, var_292);
        var_295 = wp::load(var_291);
        var_294 = wp::mul(var_295, var_293);
        var_297 = wp::load(var_289);
        var_296 = wp::add(var_297, var_294);
        var_299 = wp::address(var_W1, var_288, var_298);
        var_301 = wp::extract(var_2, var_300);
        var_303 = wp::load(var_299);
        var_302 = wp::mul(var_303, var_301);
        var_304 = wp::add(var_296, var_302);
        var_306 = wp::address(var_W1, var_288, var_305);
        var_308 = wp::extract(var_2, var_307);
        var_310 = wp::load(var_306);
        var_309 = wp::mul(var_310, var_308);
        var_311 = wp::add(var_304, var_309);
        // a = activation(z, 1)                                                                   <L 44>
        var_313 = activation_0(var_311, var_312);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_315 = wp::address(var_W2, var_314, var_288);
        var_317 = wp::load(var_315);
        var_316 = wp::mul(var_317, var_313);
        var_319 = wp::address(var_W2, var_318, var_288);
        var_321 = wp::load(var_319);
        var_320 = wp::mul(var_321, var_313);
        var_322 = wp::add(var_287, var_320);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_324 = wp::address(var_b1, var_323);
        var_326 = wp::address(var_W1, var_323, var_325);
        var_328 = wp::extract(var_2, var_327);
        var_330 = wp::load(var_326);
        var_329 = wp::mul(var_330, var_328);
        var_332 = wp::load(var_324);
        var_331 = wp::add(var_332, var_329);
        var_334 = wp::address(var_W1, var_323, var_333);
        var_336 = wp::extract(var_2, var_335);
        var_338 = wp::load(var_334);
        var_337 = wp::mul(var_338, var_336);
        var_339 = wp::add(var_331, var_337);
        var_341 = wp::address(var_W1, var_323, var_340);
        var_343 = wp::extract(var_2, var_342);
        var_345 = wp::load(var_341);
        var_344 = wp::mul(var_345, var_343);
        var_346 = wp::add(var_339, var_344);
        // a = activation(z, 1)                                                                   <L 44>
        var_348 = activation_0(var_346, var_347);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_350 = wp::address(var_W2, var_349, var_323);
        var_352 = wp::load(var_350);
        var_351 = wp::mul(var_352, var_348);
        var_354 = wp::address(var_W2, var_353, var_323);
        var_356 = wp::load(var_354);
        var_355 = wp::mul(var_356, var_348);
        var_357 = wp::add(var_322, var_355);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_359 = wp::address(var_b1, var_358);
        var_361 = wp::address(var_W1, var_358, var_360);
        var_363 = wp::extract(var_2, var_362);
        var_365 = wp::load(var_361);
        var_364 = wp::mul(var_365, var_363);
        var_367 = wp::load(var_359);
        var_366 = wp::add(var_367, var_364);
        var_369 = wp::address(var_W1, var_358, var_368);
        var_371 = wp::extract(var_2, var_370);
        var_373 = wp::load(var_369);
        var_372 = wp::mul(var_373, var_371);
        var_374 = wp::add(var_366, var_372);
        var_376 = wp::address(var_W1, var_358, var_375);
        var_378 = wp::extract(var_2, var_377);
        var_380 = wp::load(var_376);
        var_379 = wp::mul(var_380, var_378);
        var_381 = wp::add(var_374, var_379);
        // a = activation(z, 1)                                                                   <L 44>
        var_383 = activation_0(var_381, var_382);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_385 = wp::address(var_W2, var_384, var_358);
        var_387 = wp::load(var_385);
        var_386 = wp::mul(var_387, var_383);
        var_389 = wp::address(var_W2, var_388, var_358);
        var_391 = wp::load(var_389);
        var_390 = wp::mul(var_391, var_383);
        var_392 = wp::add(var_357, var_390);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_394 = wp::address(var_b1, var_393);
        var_396 = wp::address(var_W1, var_393, var_395);
        var_398 = wp::extract(var_2, var_397);
        var_400 = wp::load(var_396);
        var_399 = wp::mul(var_400, var_398);
        var_402 = wp::load(var_394);
        var_401 = wp::add(var_402, var_399);
        var_404 = wp::address(var_W1, var_393, var_403);
        var_406 = wp::extract(var_2, var_405);
        var_408 = wp::load(var_404);
        var_407 = wp::mul(var_408, var_406);
        var_409 = wp::add(var_401, var_407);
        var_411 = wp::address(var_W1, var_393, var_410);
        var_413 = wp::extract(var_2, var_412);
        var_415 = wp::load(var_411);
        var_414 = wp::mul(var_415, var_413);
        var_416 = wp::add(var_409, var_414);
        // a = activation(z, 1)                                                                   <L 44>
        var_418 = activation_0(var_416, var_417);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_420 = wp::address(var_W2, var_419, var_393);
        var_422 = wp::load(var_420);
        var_421 = wp::mul(var_422, var_418);
        var_424 = wp::address(var_W2, var_423, var_393);
        var_426 = wp::load(var_424);
        var_425 = wp::mul(var_426, var_418);
        var_427 = wp::add(var_392, var_425);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_429 = wp::address(var_b1, var_428);
        var_431 = wp::address(var_W1, var_428, var_430);
        var_433 = wp::extract(var_2, var_432);
        var_435 = wp::load(var_431);
        var_434 = wp::mul(var_435, var_433);
        var_437 = wp::load(var_429);
        var_436 = wp::add(var_437, var_434);
        var_439 = wp::address(var_W1, var_428, var_438);
        var_441 = wp::extract(var_2, var_440);
        var_443 = wp::load(var_439);
        var_442 = wp::mul(var_443, var_441);
        var_444 = wp::add(var_436, var_442);
        var_446 = wp::address(var_W1, var_428, var_445);
        var_448 = wp::extract(var_2, var_447);
        var_450 = wp::load(var_446);
        var_449 = wp::mul(var_450, var_448);
        var_451 = wp::add(var_444, var_449);
        // a = activation(z, 1)                                                                   <L 44>
        var_453 = activation_0(var_451, var_452);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_455 = wp::address(var_W2, var_454, var_428);
        var_457 = wp::load(var_455);
        var_456 = wp::mul(var_457, var_453);
        var_459 = wp::address(var_W2, var_458, var_428);
        var_461 = wp::load(var_459);
        var_460 = wp::mul(var_461, var_453);
        var_462 = wp::add(var_427, var_460);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_464 = wp::address(var_b1, var_463);
        var_466 = wp::address(var_W1, var_463, var_465);
        var_468 = wp::extract(var_2, var_467);
        var_470 = wp::load(var_466);
        var_469 = wp::mul(var_470, var_468);
        var_472 = wp::load(var_464);
        var_471 = wp::add(var_472, var_469);
        var_474 = wp::address(var_W1, var_463, var_473);
        var_476 = wp::extract(var_2, var_475);
        var_478 = wp::load(var_474);
        var_477 = wp::mul(var_478, var_476);
        var_479 = wp::add(var_471, var_477);
        var_481 = wp::address(var_W1, var_463, var_480);
        var_483 = wp::extract(var_2, var_482);
        var_485 = wp::load(var_481);
        var_484 = wp::mul(var_485, var_483);
        var_486 = wp::add(var_479, var_484);
        // a = activation(z, 1)                                                                   <L 44>
        var_488 = activation_0(var_486, var_487);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_490 = wp::address(var_W2, var_489, var_463);
        var_492 = wp::load(var_490);
        var_491 = wp::mul(var_492, var_488);
        var_494 = wp::address(var_W2, var_493, var_463);
        var_496 = wp::load(var_494);
        var_495 = wp::mul(var_496, var_488);
        var_497 = wp::add(var_462, var_495);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_499 = wp::address(var_b1, var_498);
        var_501 = wp::address(var_W1, var_498, var_500);
        var_503 = wp::extract(var_2, var_502);
        var_505 = wp::load(var_501);
        var_504 = wp::mul(var_505, var_503);
        var_507 = wp::load(var_499);
        var_506 = wp::add(var_507, var_504);
        var_509 = wp::address(var_W1, var_498, var_508);
        var_511 = wp::extract(var_2, var_510);
        var_513 = wp::load(var_509);
        var_512 = wp::mul(var_513, var_511);
        var_514 = wp::add(var_506, var_512);
        var_516 = wp::address(var_W1, var_498, var_515);
        var_518 = wp::extract(var_2, var_517);
        var_520 = wp::load(var_516);
        var_519 = wp::mul(var_520, var_518);
        var_521 = wp::add(var_514, var_519);
        // a = activation(z, 1)                                                                   <L 44>
        var_523 = activation_0(var_521, var_522);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_525 = wp::address(var_W2, var_524, var_498);
        var_527 = wp::load(var_525);
        var_526 = wp::mul(var_527, var_523);
        var_529 = wp::address(var_W2, var_528, var_498);
        var_531 = wp::load(var_529);
        var_530 = wp::mul(var_531, var_523);
        var_532 = wp::add(var_497, var_530);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_534 = wp::address(var_b1, var_533);
        var_536 = wp::address(var_W1, var_533, var_535);
        var_538 = wp::extract(var_2, var_537);
        var_540 = wp::load(var_536);
        var_539 = wp::mul(var_540, var_538);
        var_542 = wp::load(var_534);
        var_541 = wp::add(var_542, var_539);
        var_544 = wp::address(var_W1, var_533, var_543);
        var_546 = wp::extract(var_2, var_545);
        var_548 = wp::load(var_544);
        var_547 = wp::mul(var_548, var_546);
        var_549 = wp::add(var_541, var_547);
        var_551 = wp::address(var_W1, var_533, var_550);
        var_553 = wp::extract(var_2, var_552);
        var_555 = wp::load(var_551);
        var_554 = wp::mul(var_555, var_553);
        var_556 = wp::add(var_549, var_554);
        // a = activation(z, 1)                                                                   <L 44>
        var_558 = activation_0(var_556, var_557);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_560 = wp::address(var_W2, var_559, var_533);
        var_562 = wp::load(var_560);
        var_561 = wp::mul(var_562, var_558);
        var_564 = wp::address(var_W2, var_563, var_533);
        var_566 = wp::load(var_564);
        var_565 = wp::mul(var_566, var_558);
        var_567 = wp::add(var_532, var_565);
        // out[n] = acc_out                                                                       <L 46>
        // wp::array_store(var_out, var_0, var_567);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_567, adj_out, adj_0, adj_567);
        // adj: out[n] = acc_out                                                                  <L 46>
        wp::adj_add(var_532, var_565, adj_532, adj_565, adj_567);
        wp::adj_mul(var_566, var_558, adj_564, adj_558, adj_565);
        wp::adj_address(var_W2, var_563, var_533, adj_W2, adj_563, adj_533, adj_564);
        wp::adj_mul(var_562, var_558, adj_560, adj_558, adj_561);
        wp::adj_address(var_W2, var_559, var_533, adj_W2, adj_559, adj_533, adj_560);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_556, var_557, adj_556, adj_557, adj_558);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_549, var_554, adj_549, adj_554, adj_556);
        wp::adj_mul(var_555, var_553, adj_551, adj_553, adj_554);
        wp::adj_extract(var_2, var_552, adj_2, adj_552, adj_553);
        wp::adj_address(var_W1, var_533, var_550, adj_W1, adj_533, adj_550, adj_551);
        wp::adj_add(var_541, var_547, adj_541, adj_547, adj_549);
        wp::adj_mul(var_548, var_546, adj_544, adj_546, adj_547);
        wp::adj_extract(var_2, var_545, adj_2, adj_545, adj_546);
        wp::adj_address(var_W1, var_533, var_543, adj_W1, adj_533, adj_543, adj_544);
        wp::adj_add(var_542, var_539, adj_534, adj_539, adj_541);
        wp::adj_mul(var_540, var_538, adj_536, adj_538, adj_539);
        wp::adj_extract(var_2, var_537, adj_2, adj_537, adj_538);
        wp::adj_address(var_W1, var_533, var_535, adj_W1, adj_533, adj_535, adj_536);
        wp::adj_address(var_b1, var_533, adj_b1, adj_533, adj_534);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_497, var_530, adj_497, adj_530, adj_532);
        wp::adj_mul(var_531, var_523, adj_529, adj_523, adj_530);
        wp::adj_address(var_W2, var_528, var_498, adj_W2, adj_528, adj_498, adj_529);
        wp::adj_mul(var_527, var_523, adj_525, adj_523, adj_526);
        wp::adj_address(var_W2, var_524, var_498, adj_W2, adj_524, adj_498, adj_525);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_521, var_522, adj_521, adj_522, adj_523);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_514, var_519, adj_514, adj_519, adj_521);
        wp::adj_mul(var_520, var_518, adj_516, adj_518, adj_519);
        wp::adj_extract(var_2, var_517, adj_2, adj_517, adj_518);
        wp::adj_address(var_W1, var_498, var_515, adj_W1, adj_498, adj_515, adj_516);
        wp::adj_add(var_506, var_512, adj_506, adj_512, adj_514);
        wp::adj_mul(var_513, var_511, adj_509, adj_511, adj_512);
        wp::adj_extract(var_2, var_510, adj_2, adj_510, adj_511);
        wp::adj_address(var_W1, var_498, var_508, adj_W1, adj_498, adj_508, adj_509);
        wp::adj_add(var_507, var_504, adj_499, adj_504, adj_506);
        wp::adj_mul(var_505, var_503, adj_501, adj_503, adj_504);
        wp::adj_extract(var_2, var_502, adj_2, adj_502, adj_503);
        wp::adj_address(var_W1, var_498, var_500, adj_W1, adj_498, adj_500, adj_501);
        wp::adj_address(var_b1, var_498, adj_b1, adj_498, adj_499);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_462, var_495, adj_462, adj_495, adj_497);
        wp::adj_mul(var_496, var_488, adj_494, adj_488, adj_495);
        wp::adj_address(var_W2, var_493, var_463, adj_W2, adj_493, adj_463, adj_494);
        wp::adj_mul(var_492, var_488, adj_490, adj_488, adj_491);
        wp::adj_address(var_W2, var_489, var_463, adj_W2, adj_489, adj_463, adj_490);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_486, var_487, adj_486, adj_487, adj_488);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_479, var_484, adj_479, adj_484, adj_486);
        wp::adj_mul(var_485, var_483, adj_481, adj_483, adj_484);
        wp::adj_extract(var_2, var_482, adj_2, adj_482, adj_483);
        wp::adj_address(var_W1, var_463, var_480, adj_W1, adj_463, adj_480, adj_481);
        wp::adj_add(var_471, var_477, adj_471, adj_477, adj_479);
        wp::adj_mul(var_478, var_476, adj_474, adj_476, adj_477);
        wp::adj_extract(var_2, var_475, adj_2, adj_475, adj_476);
        wp::adj_address(var_W1, var_463, var_473, adj_W1, adj_463, adj_473, adj_474);
        wp::adj_add(var_472, var_469, adj_464, adj_469, adj_471);
        wp::adj_mul(var_470, var_468, adj_466, adj_468, adj_469);
        wp::adj_extract(var_2, var_467, adj_2, adj_467, adj_468);
        wp::adj_address(var_W1, var_463, var_465, adj_W1, adj_463, adj_465, adj_466);
        wp::adj_address(var_b1, var_463, adj_b1, adj_463, adj_464);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_427, var_460, adj_427, adj_460, adj_462);
        wp::adj_mul(var_461, var_453, adj_459, adj_453, adj_460);
        wp::adj_address(var_W2, var_458, var_428, adj_W2, adj_458, adj_428, adj_459);
        wp::adj_mul(var_457, var_453, adj_455, adj_453, adj_456);
        wp::adj_address(var_W2, var_454, var_428, adj_W2, adj_454, adj_428, adj_455);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_451, var_452, adj_451, adj_452, adj_453);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_444, var_449, adj_444, adj_449, adj_451);
        wp::adj_mul(var_450, var_448, adj_446, adj_448, adj_449);
        wp::adj_extract(var_2, var_447, adj_2, adj_447, adj_448);
        wp::adj_address(var_W1, var_428, var_445, adj_W1, adj_428, adj_445, adj_446);
        wp::adj_add(var_436, var_442, adj_436, adj_442, adj_444);
        wp::adj_mul(var_443, var_441, adj_439, adj_441, adj_442);
        wp::adj_extract(var_2, var_440, adj_2, adj_440, adj_441);
        wp::adj_address(var_W1, var_428, var_438, adj_W1, adj_428, adj_438, adj_439);
        wp::adj_add(var_437, var_434, adj_429, adj_434, adj_436);
        wp::adj_mul(var_435, var_433, adj_431, adj_433, adj_434);
        wp::adj_extract(var_2, var_432, adj_2, adj_432, adj_433);
        wp::adj_address(var_W1, var_428, var_430, adj_W1, adj_428, adj_430, adj_431);
        wp::adj_address(var_b1, var_428, adj_b1, adj_428, adj_429);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_392, var_425, adj_392, adj_425, adj_427);
        wp::adj_mul(var_426, var_418, adj_424, adj_418, adj_425);
        wp::adj_address(var_W2, var_423, var_393, adj_W2, adj_423, adj_393, adj_424);
        wp::adj_mul(var_422, var_418, adj_420, adj_418, adj_421);
        wp::adj_address(var_W2, var_419, var_393, adj_W2, adj_419, adj_393, adj_420);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_416, var_417, adj_416, adj_417, adj_418);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_409, var_414, adj_409, adj_414, adj_416);
        wp::adj_mul(var_415, var_413, adj_411, adj_413, adj_414);
        wp::adj_extract(var_2, var_412, adj_2, adj_412, adj_413);
        wp::adj_address(var_W1, var_393, var_410, adj_W1, adj_393, adj_410, adj_411);
        wp::adj_add(var_401, var_407, adj_401, adj_407, adj_409);
        wp::adj_mul(var_408, var_406, adj_404, adj_406, adj_407);
        wp::adj_extract(var_2, var_405, adj_2, adj_405, adj_406);
        wp::adj_address(var_W1, var_393, var_403, adj_W1, adj_393, adj_403, adj_404);
        wp::adj_add(var_402, var_399, adj_394, adj_399, adj_401);
        wp::adj_mul(var_400, var_398, adj_396, adj_398, adj_399);
        wp::adj_extract(var_2, var_397, adj_2, adj_397, adj_398);
        wp::adj_address(var_W1, var_393, var_395, adj_W1, adj_393, adj_395, adj_396);
        wp::adj_address(var_b1, var_393, adj_b1, adj_393, adj_394);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_357, var_390, adj_357, adj_390, adj_392);
        wp::adj_mul(var_391, var_383, adj_389, adj_383, adj_390);
        wp::adj_address(var_W2, var_388, var_358, adj_W2, adj_388, adj_358, adj_389);
        wp::adj_mul(var_387, var_383, adj_385, adj_383, adj_386);
        wp::adj_address(var_W2, var_384, var_358, adj_W2, adj_384, adj_358, adj_385);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_381, var_382, adj_381, adj_382, adj_383);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_374, var_379, adj_374, adj_379, adj_381);
        wp::adj_mul(var_380, var_378, adj_376, adj_378, adj_379);
        wp::adj_extract(var_2, var_377, adj_2, adj_377, adj_378);
        wp::adj_address(var_W1, var_358, var_375, adj_W1, adj_358, adj_375, adj_376);
        wp::adj_add(var_366, var_372, adj_366, adj_372, adj_374);
        wp::adj_mul(var_373, var_371, adj_369, adj_371, adj_372);
        wp::adj_extract(var_2, var_370, adj_2, adj_370, adj_371);
        wp::adj_address(var_W1, var_358, var_368, adj_W1, adj_358, adj_368, adj_369);
        wp::adj_add(var_367, var_364, adj_359, adj_364, adj_366);
        wp::adj_mul(var_365, var_363, adj_361, adj_363, adj_364);
        wp::adj_extract(var_2, var_362, adj_2, adj_362, adj_363);
        wp::adj_address(var_W1, var_358, var_360, adj_W1, adj_358, adj_360, adj_361);
        wp::adj_address(var_b1, var_358, adj_b1, adj_358, adj_359);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_322, var_355, adj_322, adj_355, adj_357);
        wp::adj_mul(var_356, var_348, adj_354, adj_348, adj_355);
        wp::adj_address(var_W2, var_353, var_323, adj_W2, adj_353, adj_323, adj_354);
        wp::adj_mul(var_352, var_348, adj_350, adj_348, adj_351);
        wp::adj_address(var_W2, var_349, var_323, adj_W2, adj_349, adj_323, adj_350);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_346, var_347, adj_346, adj_347, adj_348);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_339, var_344, adj_339, adj_344, adj_346);
        wp::adj_mul(var_345, var_343, adj_341, adj_343, adj_344);
        wp::adj_extract(var_2, var_342, adj_2, adj_342, adj_343);
        wp::adj_address(var_W1, var_323, var_340, adj_W1, adj_323, adj_340, adj_341);
        wp::adj_add(var_331, var_337, adj_331, adj_337, adj_339);
        wp::adj_mul(var_338, var_336, adj_334, adj_336, adj_337);
        wp::adj_extract(var_2, var_335, adj_2, adj_335, adj_336);
        wp::adj_address(var_W1, var_323, var_333, adj_W1, adj_323, adj_333, adj_334);
        wp::adj_add(var_332, var_329, adj_324, adj_329, adj_331);
        wp::adj_mul(var_330, var_328, adj_326, adj_328, adj_329);
        wp::adj_extract(var_2, var_327, adj_2, adj_327, adj_328);
        wp::adj_address(var_W1, var_323, var_325, adj_W1, adj_323, adj_325, adj_326);
        wp::adj_address(var_b1, var_323, adj_b1, adj_323, adj_324);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_287, var_320, adj_287, adj_320, adj_322);
        wp::adj_mul(var_321, var_313, adj_319, adj_313, adj_320);
        wp::adj_address(var_W2, var_318, var_288, adj_W2, adj_318, adj_288, adj_319);
        wp::adj_mul(var_317, var_313, adj_315, adj_313, adj_316);
        wp::adj_address(var_W2, var_314, var_288, adj_W2, adj_314, adj_288, adj_315);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_311, var_312, adj_311, adj_312, adj_313);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_304, var_309, adj_304, adj_309, adj_311);
        wp::adj_mul(var_310, var_308, adj_306, adj_308, adj_309);
        wp::adj_extract(var_2, var_307, adj_2, adj_307, adj_308);
        wp::adj_address(var_W1, var_288, var_305, adj_W1, adj_288, adj_305, adj_306);
        wp::adj_add(var_296, var_302, adj_296, adj_302, adj_304);
        wp::adj_mul(var_303, var_301, adj_299, adj_301, adj_302);
        wp::adj_extract(var_2, var_300, adj_2, adj_300, adj_301);
        wp::adj_address(var_W1, var_288, var_298, adj_W1, adj_288, adj_298, adj_299);
        wp::adj_add(var_297, var_294, adj_289, adj_294, adj_296);
        wp::adj_mul(var_295, var_293, adj_291, adj_293, adj_294);
        wp::adj_extract(var_2, var_292, adj_2, adj_292, adj_293);
        wp::adj_address(var_W1, var_288, var_290, adj_W1, adj_288, adj_290, adj_291);
        wp::adj_address(var_b1, var_288, adj_b1, adj_288, adj_289);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_252, var_285, adj_252, adj_285, adj_287);
        wp::adj_mul(var_286, var_278, adj_284, adj_278, adj_285);
        wp::adj_address(var_W2, var_283, var_253, adj_W2, adj_283, adj_253, adj_284);
        wp::adj_mul(var_282, var_278, adj_280, adj_278, adj_281);
        wp::adj_address(var_W2, var_279, var_253, adj_W2, adj_279, adj_253, adj_280);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_276, var_277, adj_276, adj_277, adj_278);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_269, var_274, adj_269, adj_274, adj_276);
        wp::adj_mul(var_275, var_273, adj_271, adj_273, adj_274);
        wp::adj_extract(var_2, var_272, adj_2, adj_272, adj_273);
        wp::adj_address(var_W1, var_253, var_270, adj_W1, adj_253, adj_270, adj_271);
        wp::adj_add(var_261, var_267, adj_261, adj_267, adj_269);
        wp::adj_mul(var_268, var_266, adj_264, adj_266, adj_267);
        wp::adj_extract(var_2, var_265, adj_2, adj_265, adj_266);
        wp::adj_address(var_W1, var_253, var_263, adj_W1, adj_253, adj_263, adj_264);
        wp::adj_add(var_262, var_259, adj_254, adj_259, adj_261);
        wp::adj_mul(var_260, var_258, adj_256, adj_258, adj_259);
        wp::adj_extract(var_2, var_257, adj_2, adj_257, adj_258);
        wp::adj_address(var_W1, var_253, var_255, adj_W1, adj_253, adj_255, adj_256);
        wp::adj_address(var_b1, var_253, adj_b1, adj_253, adj_254);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_217, var_250, adj_217, adj_250, adj_252);
        wp::adj_mul(var_251, var_243, adj_249, adj_243, adj_250);
        wp::adj_address(var_W2, var_248, var_218, adj_W2, adj_248, adj_218, adj_249);
        wp::adj_mul(var_247, var_243, adj_245, adj_243, adj_246);
        wp::adj_address(var_W2, var_244, var_218, adj_W2, adj_244, adj_218, adj_245);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_241, var_242, adj_241, adj_242, adj_243);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_234, var_239, adj_234, adj_239, adj_241);
        wp::adj_mul(var_240, var_238, adj_236, adj_238, adj_239);
        wp::adj_extract(var_2, var_237, adj_2, adj_237, adj_238);
        wp::adj_address(var_W1, var_218, var_235, adj_W1, adj_218, adj_235, adj_236);
        wp::adj_add(var_226, var_232, adj_226, adj_232, adj_234);
        wp::adj_mul(var_233, var_231, adj_229, adj_231, adj_232);
        wp::adj_extract(var_2, var_230, adj_2, adj_230, adj_231);
        wp::adj_address(var_W1, var_218, var_228, adj_W1, adj_218, adj_228, adj_229);
        wp::adj_add(var_227, var_224, adj_219, adj_224, adj_226);
        wp::adj_mul(var_225, var_223, adj_221, adj_223, adj_224);
        wp::adj_extract(var_2, var_222, adj_2, adj_222, adj_223);
        wp::adj_address(var_W1, var_218, var_220, adj_W1, adj_218, adj_220, adj_221);
        wp::adj_address(var_b1, var_218, adj_b1, adj_218, adj_219);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_182, var_215, adj_182, adj_215, adj_217);
        wp::adj_mul(var_216, var_208, adj_214, adj_208, adj_215);
        wp::adj_address(var_W2, var_213, var_183, adj_W2, adj_213, adj_183, adj_214);
        wp::adj_mul(var_212, var_208, adj_210, adj_208, adj_211);
        wp::adj_address(var_W2, var_209, var_183, adj_W2, adj_209, adj_183, adj_210);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_206, var_207, adj_206, adj_207, adj_208);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_199, var_204, adj_199, adj_204, adj_206);
        wp::adj_mul(var_205, var_203, adj_201, adj_203, adj_204);
        wp::adj_extract(var_2, var_202, adj_2, adj_202, adj_203);
        wp::adj_address(var_W1, var_183, var_200, adj_W1, adj_183, adj_200, adj_201);
        wp::adj_add(var_191, var_197, adj_191, adj_197, adj_199);
        wp::adj_mul(var_198, var_196, adj_194, adj_196, adj_197);
        wp::adj_extract(var_2, var_195, adj_2, adj_195, adj_196);
        wp::adj_address(var_W1, var_183, var_193, adj_W1, adj_183, adj_193, adj_194);
        wp::adj_add(var_192, var_189, adj_184, adj_189, adj_191);
        wp::adj_mul(var_190, var_188, adj_186, adj_188, adj_189);
        wp::adj_extract(var_2, var_187, adj_2, adj_187, adj_188);
        wp::adj_address(var_W1, var_183, var_185, adj_W1, adj_183, adj_185, adj_186);
        wp::adj_address(var_b1, var_183, adj_b1, adj_183, adj_184);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_147, var_180, adj_147, adj_180, adj_182);
        wp::adj_mul(var_181, var_173, adj_179, adj_173, adj_180);
        wp::adj_address(var_W2, var_178, var_148, adj_W2, adj_178, adj_148, adj_179);
        wp::adj_mul(var_177, var_173, adj_175, adj_173, adj_176);
        wp::adj_address(var_W2, var_174, var_148, adj_W2, adj_174, adj_148, adj_175);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_171, var_172, adj_171, adj_172, adj_173);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_164, var_169, adj_164, adj_169, adj_171);
        wp::adj_mul(var_170, var_168, adj_166, adj_168, adj_169);
        wp::adj_extract(var_2, var_167, adj_2, adj_167, adj_168);
        wp::adj_address(var_W1, var_148, var_165, adj_W1, adj_148, adj_165, adj_166);
        wp::adj_add(var_156, var_162, adj_156, adj_162, adj_164);
        wp::adj_mul(var_163, var_161, adj_159, adj_161, adj_162);
        wp::adj_extract(var_2, var_160, adj_2, adj_160, adj_161);
        wp::adj_address(var_W1, var_148, var_158, adj_W1, adj_148, adj_158, adj_159);
        wp::adj_add(var_157, var_154, adj_149, adj_154, adj_156);
        wp::adj_mul(var_155, var_153, adj_151, adj_153, adj_154);
        wp::adj_extract(var_2, var_152, adj_2, adj_152, adj_153);
        wp::adj_address(var_W1, var_148, var_150, adj_W1, adj_148, adj_150, adj_151);
        wp::adj_address(var_b1, var_148, adj_b1, adj_148, adj_149);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_112, var_145, adj_112, adj_145, adj_147);
        wp::adj_mul(var_146, var_138, adj_144, adj_138, adj_145);
        wp::adj_address(var_W2, var_143, var_113, adj_W2, adj_143, adj_113, adj_144);
        wp::adj_mul(var_142, var_138, adj_140, adj_138, adj_141);
        wp::adj_address(var_W2, var_139, var_113, adj_W2, adj_139, adj_113, adj_140);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_136, var_137, adj_136, adj_137, adj_138);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_129, var_134, adj_129, adj_134, adj_136);
        wp::adj_mul(var_135, var_133, adj_131, adj_133, adj_134);
        wp::adj_extract(var_2, var_132, adj_2, adj_132, adj_133);
        wp::adj_address(var_W1, var_113, var_130, adj_W1, adj_113, adj_130, adj_131);
        wp::adj_add(var_121, var_127, adj_121, adj_127, adj_129);
        wp::adj_mul(var_128, var_126, adj_124, adj_126, adj_127);
        wp::adj_extract(var_2, var_125, adj_2, adj_125, adj_126);
        wp::adj_address(var_W1, var_113, var_123, adj_W1, adj_113, adj_123, adj_124);
        wp::adj_add(var_122, var_119, adj_114, adj_119, adj_121);
        wp::adj_mul(var_120, var_118, adj_116, adj_118, adj_119);
        wp::adj_extract(var_2, var_117, adj_2, adj_117, adj_118);
        wp::adj_address(var_W1, var_113, var_115, adj_W1, adj_113, adj_115, adj_116);
        wp::adj_address(var_b1, var_113, adj_b1, adj_113, adj_114);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_77, var_110, adj_77, adj_110, adj_112);
        wp::adj_mul(var_111, var_103, adj_109, adj_103, adj_110);
        wp::adj_address(var_W2, var_108, var_78, adj_W2, adj_108, adj_78, adj_109);
        wp::adj_mul(var_107, var_103, adj_105, adj_103, adj_106);
        wp::adj_address(var_W2, var_104, var_78, adj_W2, adj_104, adj_78, adj_105);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_101, var_102, adj_101, adj_102, adj_103);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_94, var_99, adj_94, adj_99, adj_101);
        wp::adj_mul(var_100, var_98, adj_96, adj_98, adj_99);
        wp::adj_extract(var_2, var_97, adj_2, adj_97, adj_98);
        wp::adj_address(var_W1, var_78, var_95, adj_W1, adj_78, adj_95, adj_96);
        wp::adj_add(var_86, var_92, adj_86, adj_92, adj_94);
        wp::adj_mul(var_93, var_91, adj_89, adj_91, adj_92);
        wp::adj_extract(var_2, var_90, adj_2, adj_90, adj_91);
        wp::adj_address(var_W1, var_78, var_88, adj_W1, adj_78, adj_88, adj_89);
        wp::adj_add(var_87, var_84, adj_79, adj_84, adj_86);
        wp::adj_mul(var_85, var_83, adj_81, adj_83, adj_84);
        wp::adj_extract(var_2, var_82, adj_2, adj_82, adj_83);
        wp::adj_address(var_W1, var_78, var_80, adj_W1, adj_78, adj_80, adj_81);
        wp::adj_address(var_b1, var_78, adj_b1, adj_78, adj_79);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_42, var_75, adj_42, adj_75, adj_77);
        wp::adj_mul(var_76, var_68, adj_74, adj_68, adj_75);
        wp::adj_address(var_W2, var_73, var_43, adj_W2, adj_73, adj_43, adj_74);
        wp::adj_mul(var_72, var_68, adj_70, adj_68, adj_71);
        wp::adj_address(var_W2, var_69, var_43, adj_W2, adj_69, adj_43, adj_70);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_66, var_67, adj_66, adj_67, adj_68);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_59, var_64, adj_59, adj_64, adj_66);
        wp::adj_mul(var_65, var_63, adj_61, adj_63, adj_64);
        wp::adj_extract(var_2, var_62, adj_2, adj_62, adj_63);
        wp::adj_address(var_W1, var_43, var_60, adj_W1, adj_43, adj_60, adj_61);
        wp::adj_add(var_51, var_57, adj_51, adj_57, adj_59);
        wp::adj_mul(var_58, var_56, adj_54, adj_56, adj_57);
        wp::adj_extract(var_2, var_55, adj_2, adj_55, adj_56);
        wp::adj_address(var_W1, var_43, var_53, adj_W1, adj_43, adj_53, adj_54);
        wp::adj_add(var_52, var_49, adj_44, adj_49, adj_51);
        wp::adj_mul(var_50, var_48, adj_46, adj_48, adj_49);
        wp::adj_extract(var_2, var_47, adj_2, adj_47, adj_48);
        wp::adj_address(var_W1, var_43, var_45, adj_W1, adj_43, adj_45, adj_46);
        wp::adj_address(var_b1, var_43, adj_b1, adj_43, adj_44);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_6, var_40, adj_6, adj_40, adj_42);
        wp::adj_mul(var_41, var_33, adj_39, adj_33, adj_40);
        wp::adj_address(var_W2, var_38, var_8, adj_W2, adj_38, adj_8, adj_39);
        wp::adj_mul(var_37, var_33, adj_35, adj_33, adj_36);
        wp::adj_address(var_W2, var_34, var_8, adj_W2, adj_34, adj_8, adj_35);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_31, var_32, adj_31, adj_32, adj_33);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_24, var_29, adj_24, adj_29, adj_31);
        wp::adj_mul(var_30, var_28, adj_26, adj_28, adj_29);
        wp::adj_extract(var_2, var_27, adj_2, adj_27, adj_28);
        wp::adj_address(var_W1, var_8, var_25, adj_W1, adj_8, adj_25, adj_26);
        wp::adj_add(var_16, var_22, adj_16, adj_22, adj_24);
        wp::adj_mul(var_23, var_21, adj_19, adj_21, adj_22);
        wp::adj_extract(var_2, var_20, adj_2, adj_20, adj_21);
        wp::adj_address(var_W1, var_8, var_18, adj_W1, adj_8, adj_18, adj_19);
        wp::adj_add(var_17, var_14, adj_9, adj_14, adj_16);
        wp::adj_mul(var_15, var_13, adj_11, adj_13, adj_14);
        wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_13);
        wp::adj_address(var_W1, var_8, var_10, adj_W1, adj_8, adj_10, adj_11);
        wp::adj_address(var_b1, var_8, adj_b1, adj_8, adj_9);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        // adj: for h in range(HIDDEN):                                                           <L 42>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_b2, var_4, adj_b2, adj_4, adj_5);
        // adj: acc_out = b2[0]                                                                   <L 41>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: inp = x[n]                                                                        <L 40>
        // adj: n = wp.tid()                                                                      <L 39>
        // adj: def mlp_small(x: wp.array(dtype=wp.vec3), W1: wp.array2d(dtype=float), b1: wp.array(dtype=float), W2: wp.array2d(dtype=float), b2: wp.array(dtype=float), out: wp.array(dtype=float)):  <L 38>
        continue;
    }
}



extern "C" __global__ void dense_backward_1fedebe7_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> var_dy,
    wp::array_t<wp::float32> var_W,
    wp::int32 var_kind,
    wp::array_t<wp::float32> var_dW,
    wp::array_t<wp::float32> var_db,
    wp::array_t<wp::float32> var_dx)
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
        wp::float32* var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::shape_t var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        //---------
        // forward
        // def dense_backward(x: wp.array2d(dtype=float), y: wp.array2d(dtype=float), dy: wp.array2d(dtype=float), W: wp.array2d(dtype=float), kind: int, dW: wp.array2d(dtype=float), db: wp.array(dtype=float), dx: wp.array2d(dtype=float)):       <L 50>
        // n, o = wp.tid()                                                                        <L 51>
        builtin_tid2d(var_0, var_1);
        // g = dy[n, o] * activation_grad(y[n, o], kind)                                          <L 52>
        var_2 = wp::address(var_dy, var_0, var_1);
        var_3 = wp::address(var_y, var_0, var_1);
        var_5 = wp::load(var_3);
        var_4 = activation_grad_0(var_5, var_kind);
        var_7 = wp::load(var_2);
        var_6 = wp::mul(var_7, var_4);
        // wp.atomic_add(db, o, g)                                                                <L 53>
        var_8 = wp::atomic_add(var_db, var_1, var_6);
        // for i in range(x.shape[1]):                                                            <L 54>
        var_9 = &(var_x.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_13 = wp::range(var_11);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
            // wp.atomic_add(dW, o, i, g * x[n, i])                                               <L 55>
            var_15 = wp::address(var_x, var_0, var_14);
            var_17 = wp::load(var_15);
            var_16 = wp::mul(var_6, var_17);
            var_18 = wp::atomic_add(var_dW, var_1, var_14, var_16);
            // wp.atomic_add(dx, n, i, g * W[o, i])                                               <L 56>
            var_19 = wp::address(var_W, var_1, var_14);
            var_21 = wp::load(var_19);
            var_20 = wp::mul(var_6, var_21);
            var_22 = wp::atomic_add(var_dx, var_0, var_14, var_20);
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void dense_backward_1fedebe7_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> var_dy,
    wp::array_t<wp::float32> var_W,
    wp::int32 var_kind,
    wp::array_t<wp::float32> var_dW,
    wp::array_t<wp::float32> var_db,
    wp::array_t<wp::float32> var_dx,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_y,
    wp::array_t<wp::float32> adj_dy,
    wp::array_t<wp::float32> adj_W,
    wp::int32 adj_kind,
    wp::array_t<wp::float32> adj_dW,
    wp::array_t<wp::float32> adj_db,
    wp::array_t<wp::float32> adj_dx)
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
        wp::float32* var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::shape_t var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::range_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        //---------
        // forward
        // def dense_backward(x: wp.array2d(dtype=float), y: wp.array2d(dtype=float), dy: wp.array2d(dtype=float), W: wp.array2d(dtype=float), kind: int, dW: wp.array2d(dtype=float), db: wp.array(dtype=float), dx: wp.array2d(dtype=float)):       <L 50>
        // n, o = wp.tid()                                                                        <L 51>
        builtin_tid2d(var_0, var_1);
        // g = dy[n, o] * activation_grad(y[n, o], kind)                                          <L 52>
        var_2 = wp::address(var_dy, var_0, var_1);
        var_3 = wp::address(var_y, var_0, var_1);
        var_5 = wp::load(var_3);
        var_4 = activation_grad_0(var_5, var_kind);
        var_7 = wp::load(var_2);
        var_6 = wp::mul(var_7, var_4);
        // wp.atomic_add(db, o, g)                                                                <L 53>
        // var_8 = wp::atomic_add(var_db, var_1, var_6);
        // for i in range(x.shape[1]):                                                            <L 54>
        var_9 = &(var_x.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_13 = wp::range(var_11);
        //---------
        // reverse
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
            // wp.atomic_add(dW, o, i, g * x[n, i])                                               <L 55>
            var_15 = wp::address(var_x, var_0, var_14);
            var_17 = wp::load(var_15);
            var_16 = wp::mul(var_6, var_17);
            // var_18 = wp::atomic_add(var_dW, var_1, var_14, var_16);
            // wp.atomic_add(dx, n, i, g * W[o, i])                                               <L 56>
            var_19 = wp::address(var_W, var_1, var_14);
            var_21 = wp::load(var_19);
            var_20 = wp::mul(var_6, var_21);
            // var_22 = wp::atomic_add(var_dx, var_0, var_14, var_20);
            wp::adj_atomic_add(var_dx, var_0, var_14, var_20, adj_dx, adj_0, adj_14, adj_20, adj_22);
            wp::adj_mul(var_6, var_21, adj_6, adj_19, adj_20);
            wp::adj_address(var_W, var_1, var_14, adj_W, adj_1, adj_14, adj_19);
            // adj: wp.atomic_add(dx, n, i, g * W[o, i])                                          <L 56>
            wp::adj_atomic_add(var_dW, var_1, var_14, var_16, adj_dW, adj_1, adj_14, adj_16, adj_18);
            wp::adj_mul(var_6, var_17, adj_6, adj_15, adj_16);
            wp::adj_address(var_x, var_0, var_14, adj_x, adj_0, adj_14, adj_15);
            // adj: wp.atomic_add(dW, o, i, g * x[n, i])                                          <L 55>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_11, adj_11, adj_13);
        wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
        adj_x.shape = adj_9;
        // adj: for i in range(x.shape[1]):                                                       <L 54>
        wp::adj_atomic_add(var_db, var_1, var_6, adj_db, adj_1, adj_6, adj_8);
        // adj: wp.atomic_add(db, o, g)                                                           <L 53>
        wp::adj_mul(var_7, var_4, adj_2, adj_4, adj_6);
        adj_activation_grad_0(var_5, var_kind, adj_3, adj_kind, adj_4);
        wp::adj_address(var_y, var_0, var_1, adj_y, adj_0, adj_1, adj_3);
        wp::adj_address(var_dy, var_0, var_1, adj_dy, adj_0, adj_1, adj_2);
        // adj: g = dy[n, o] * activation_grad(y[n, o], kind)                                     <L 52>
        // adj: n, o = wp.tid()                                                                   <L 51>
        // adj: def dense_backward(x: wp.array2d(dtype=float), y: wp.array2d(dtype=float), dy: wp.array2d(dtype=float), W: wp.array2d(dtype=float), kind: int, dW: wp.array2d(dtype=float), db: wp.array(dtype=float), dx: wp.array2d(dtype=float)):  <L 50>
        continue;
    }
}



extern "C" __global__ void mse_loss_5f626133_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_pred,
    wp::array_t<wp::float32> var_target,
    wp::array_t<wp::float32> var_grad,
    wp::array_t<wp::float32> var_loss)
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
        const wp::float32 var_2 = 1.0;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::int32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 2.0;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 0;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        //---------
        // forward
        // def mse_loss(pred: wp.array2d(dtype=float), target: wp.array2d(dtype=float), grad: wp.array2d(dtype=float), loss: wp.array(dtype=float)):       <L 60>
        // n, o = wp.tid()                                                                        <L 61>
        builtin_tid2d(var_0, var_1);
        // scale = 1.0 / float(pred.shape[0] * pred.shape[1])                                     <L 62>
        var_3 = &(var_pred.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = &(var_pred.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::mul(var_5, var_9);
        var_12 = wp::float(var_11);
        var_13 = wp::div(var_2, var_12);
        // d = pred[n, o] - target[n, o]                                                          <L 63>
        var_14 = wp::address(var_pred, var_0, var_1);
        var_15 = wp::address(var_target, var_0, var_1);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_18);
        // grad[n, o] = 2.0 * d * scale                                                           <L 64>
        var_20 = wp::mul(var_19, var_16);
        var_21 = wp::mul(var_20, var_13);
        wp::array_store(var_grad, var_0, var_1, var_21);
        // wp.atomic_add(loss, 0, d * d * scale)                                                  <L 65>
        var_23 = wp::mul(var_16, var_16);
        var_24 = wp::mul(var_23, var_13);
        var_25 = wp::atomic_add(var_loss, var_22, var_24);
    }
}



extern "C" __global__ void mse_loss_5f626133_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_pred,
    wp::array_t<wp::float32> var_target,
    wp::array_t<wp::float32> var_grad,
    wp::array_t<wp::float32> var_loss,
    wp::array_t<wp::float32> adj_pred,
    wp::array_t<wp::float32> adj_target,
    wp::array_t<wp::float32> adj_grad,
    wp::array_t<wp::float32> adj_loss)
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
        const wp::float32 var_2 = 1.0;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::int32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 2.0;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 0;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
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
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        //---------
        // forward
        // def mse_loss(pred: wp.array2d(dtype=float), target: wp.array2d(dtype=float), grad: wp.array2d(dtype=float), loss: wp.array(dtype=float)):       <L 60>
        // n, o = wp.tid()                                                                        <L 61>
        builtin_tid2d(var_0, var_1);
        // scale = 1.0 / float(pred.shape[0] * pred.shape[1])                                     <L 62>
        var_3 = &(var_pred.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = &(var_pred.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::mul(var_5, var_9);
        var_12 = wp::float(var_11);
        var_13 = wp::div(var_2, var_12);
        // d = pred[n, o] - target[n, o]                                                          <L 63>
        var_14 = wp::address(var_pred, var_0, var_1);
        var_15 = wp::address(var_target, var_0, var_1);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_18);
        // grad[n, o] = 2.0 * d * scale                                                           <L 64>
        var_20 = wp::mul(var_19, var_16);
        var_21 = wp::mul(var_20, var_13);
        // wp::array_store(var_grad, var_0, var_1, var_21);
        // wp.atomic_add(loss, 0, d * d * scale)                                                  <L 65>
        var_23 = wp::mul(var_16, var_16);
        var_24 = wp::mul(var_23, var_13);
        // var_25 = wp::atomic_add(var_loss, var_22, var_24);
        //---------
        // reverse
        wp::adj_atomic_add(var_loss, var_22, var_24, adj_loss, adj_22, adj_24, adj_25);
        wp::adj_mul(var_23, var_13, adj_23, adj_13, adj_24);
        wp::adj_mul(var_16, var_16, adj_16, adj_16, adj_23);
        // adj: wp.atomic_add(loss, 0, d * d * scale)                                             <L 65>
        wp::adj_array_store(var_grad, var_0, var_1, var_21, adj_grad, adj_0, adj_1, adj_21);
        wp::adj_mul(var_20, var_13, adj_20, adj_13, adj_21);
        wp::adj_mul(var_19, var_16, adj_19, adj_16, adj_20);
        // adj: grad[n, o] = 2.0 * d * scale                                                      <L 64>
        wp::adj_sub(var_17, var_18, adj_14, adj_15, adj_16);
        wp::adj_address(var_target, var_0, var_1, adj_target, adj_0, adj_1, adj_15);
        wp::adj_address(var_pred, var_0, var_1, adj_pred, adj_0, adj_1, adj_14);
        // adj: d = pred[n, o] - target[n, o]                                                     <L 63>
        wp::adj_div(var_2, var_12, var_13, adj_2, adj_12, adj_13);
        wp::adj_float(var_11, adj_11, adj_12);
        wp::adj_mul(var_5, var_9, adj_5, adj_9, adj_11);
        wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
        adj_pred.shape = adj_7;
        wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
        adj_pred.shape = adj_3;
        // adj: scale = 1.0 / float(pred.shape[0] * pred.shape[1])                                <L 62>
        // adj: n, o = wp.tid()                                                                   <L 61>
        // adj: def mse_loss(pred: wp.array2d(dtype=float), target: wp.array2d(dtype=float), grad: wp.array2d(dtype=float), loss: wp.array(dtype=float)):  <L 60>
        continue;
    }
}

