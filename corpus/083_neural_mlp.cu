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
    wp::launch_bounds_t<2> dim,
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
        wp::float32 var_16;
        wp::float32 var_17;
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
            var_16 = wp::add(var_3, var_13);
            wp::assign(var_3, var_16);
            goto start_for_0;
        end_for_0:;
        // y[n, o] = activation(acc, kind)                                                        <L 34>
        var_17 = activation_0(var_3, var_kind);
        wp::array_store(var_y, var_0, var_1, var_17);
    }
}



extern "C" __global__ void dense_forward_cf5ca816_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
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
        wp::float32 var_16;
        wp::float32 var_17;
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
        var_17 = activation_0(var_3, var_kind);
        // wp::array_store(var_y, var_0, var_1, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_1, var_17, adj_y, adj_0, adj_1, adj_17);
        adj_activation_0(var_3, var_kind, adj_3, adj_kind, adj_17);
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
            // acc += x[n, i] * W[o, i]                                                           <L 33>
            var_11 = wp::address(var_x, var_0, var_10);
            var_12 = wp::address(var_W, var_1, var_10);
            var_14 = wp::load(var_11);
            var_15 = wp::load(var_12);
            var_13 = wp::mul(var_14, var_15);
            var_16 = wp::add(var_3, var_13);
            wp::assign(var_3, var_16);
            wp::adj_assign(var_3, var_16, adj_3, adj_16);
            wp::adj_add(var_3, var_13, adj_3, adj_13, adj_16);
            wp::adj_mul(var_14, var_15, adj_11, adj_12, adj_13);
            wp::adj_address(var_W, var_1, var_10, adj_W, adj_1, adj_10, adj_12);
            wp::adj_address(var_x, var_0, var_10, adj_x, adj_0, adj_10, adj_11);
            // adj: acc += x[n, i] * W[o, i]                                                      <L 33>
        	goto start_for_0;
        end_for_0:;
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
    wp::launch_bounds_t<1> dim,
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
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        wp::float32* var_40;
        const wp::int32 var_41 = 0;
        wp::float32* var_42;
        const wp::int32 var_43 = 0;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 1;
        wp::float32* var_50;
        const wp::int32 var_51 = 1;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::int32 var_56 = 2;
        wp::float32* var_57;
        const wp::int32 var_58 = 2;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 1;
        wp::float32 var_64;
        const wp::int32 var_65 = 0;
        wp::float32* var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        const wp::int32 var_70 = 2;
        wp::float32* var_71;
        const wp::int32 var_72 = 0;
        wp::float32* var_73;
        const wp::int32 var_74 = 0;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        const wp::int32 var_80 = 1;
        wp::float32* var_81;
        const wp::int32 var_82 = 1;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        const wp::int32 var_87 = 2;
        wp::float32* var_88;
        const wp::int32 var_89 = 2;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        const wp::int32 var_94 = 1;
        wp::float32 var_95;
        const wp::int32 var_96 = 0;
        wp::float32* var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 3;
        wp::float32* var_102;
        const wp::int32 var_103 = 0;
        wp::float32* var_104;
        const wp::int32 var_105 = 0;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        const wp::int32 var_111 = 1;
        wp::float32* var_112;
        const wp::int32 var_113 = 1;
        wp::float32 var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        const wp::int32 var_118 = 2;
        wp::float32* var_119;
        const wp::int32 var_120 = 2;
        wp::float32 var_121;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::float32 var_124;
        const wp::int32 var_125 = 1;
        wp::float32 var_126;
        const wp::int32 var_127 = 0;
        wp::float32* var_128;
        wp::float32 var_129;
        wp::float32 var_130;
        wp::float32 var_131;
        const wp::int32 var_132 = 4;
        wp::float32* var_133;
        const wp::int32 var_134 = 0;
        wp::float32* var_135;
        const wp::int32 var_136 = 0;
        wp::float32 var_137;
        wp::float32 var_138;
        wp::float32 var_139;
        wp::float32 var_140;
        wp::float32 var_141;
        const wp::int32 var_142 = 1;
        wp::float32* var_143;
        const wp::int32 var_144 = 1;
        wp::float32 var_145;
        wp::float32 var_146;
        wp::float32 var_147;
        wp::float32 var_148;
        const wp::int32 var_149 = 2;
        wp::float32* var_150;
        const wp::int32 var_151 = 2;
        wp::float32 var_152;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::float32 var_155;
        const wp::int32 var_156 = 1;
        wp::float32 var_157;
        const wp::int32 var_158 = 0;
        wp::float32* var_159;
        wp::float32 var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        const wp::int32 var_163 = 5;
        wp::float32* var_164;
        const wp::int32 var_165 = 0;
        wp::float32* var_166;
        const wp::int32 var_167 = 0;
        wp::float32 var_168;
        wp::float32 var_169;
        wp::float32 var_170;
        wp::float32 var_171;
        wp::float32 var_172;
        const wp::int32 var_173 = 1;
        wp::float32* var_174;
        const wp::int32 var_175 = 1;
        wp::float32 var_176;
        wp::float32 var_177;
        wp::float32 var_178;
        wp::float32 var_179;
        const wp::int32 var_180 = 2;
        wp::float32* var_181;
        const wp::int32 var_182 = 2;
        wp::float32 var_183;
        wp::float32 var_184;
        wp::float32 var_185;
        wp::float32 var_186;
        const wp::int32 var_187 = 1;
        wp::float32 var_188;
        const wp::int32 var_189 = 0;
        wp::float32* var_190;
        wp::float32 var_191;
        wp::float32 var_192;
        wp::float32 var_193;
        const wp::int32 var_194 = 6;
        wp::float32* var_195;
        const wp::int32 var_196 = 0;
        wp::float32* var_197;
        const wp::int32 var_198 = 0;
        wp::float32 var_199;
        wp::float32 var_200;
        wp::float32 var_201;
        wp::float32 var_202;
        wp::float32 var_203;
        const wp::int32 var_204 = 1;
        wp::float32* var_205;
        const wp::int32 var_206 = 1;
        wp::float32 var_207;
        wp::float32 var_208;
        wp::float32 var_209;
        wp::float32 var_210;
        const wp::int32 var_211 = 2;
        wp::float32* var_212;
        const wp::int32 var_213 = 2;
        wp::float32 var_214;
        wp::float32 var_215;
        wp::float32 var_216;
        wp::float32 var_217;
        const wp::int32 var_218 = 1;
        wp::float32 var_219;
        const wp::int32 var_220 = 0;
        wp::float32* var_221;
        wp::float32 var_222;
        wp::float32 var_223;
        wp::float32 var_224;
        const wp::int32 var_225 = 7;
        wp::float32* var_226;
        const wp::int32 var_227 = 0;
        wp::float32* var_228;
        const wp::int32 var_229 = 0;
        wp::float32 var_230;
        wp::float32 var_231;
        wp::float32 var_232;
        wp::float32 var_233;
        wp::float32 var_234;
        const wp::int32 var_235 = 1;
        wp::float32* var_236;
        const wp::int32 var_237 = 1;
        wp::float32 var_238;
        wp::float32 var_239;
        wp::float32 var_240;
        wp::float32 var_241;
        const wp::int32 var_242 = 2;
        wp::float32* var_243;
        const wp::int32 var_244 = 2;
        wp::float32 var_245;
        wp::float32 var_246;
        wp::float32 var_247;
        wp::float32 var_248;
        const wp::int32 var_249 = 1;
        wp::float32 var_250;
        const wp::int32 var_251 = 0;
        wp::float32* var_252;
        wp::float32 var_253;
        wp::float32 var_254;
        wp::float32 var_255;
        const wp::int32 var_256 = 8;
        wp::float32* var_257;
        const wp::int32 var_258 = 0;
        wp::float32* var_259;
        const wp::int32 var_260 = 0;
        wp::float32 var_261;
        wp::float32 var_262;
        wp::float32 var_263;
        wp::float32 var_264;
        wp::float32 var_265;
        const wp::int32 var_266 = 1;
        wp::float32* var_267;
        const wp::int32 var_268 = 1;
        wp::float32 var_269;
        wp::float32 var_270;
        wp::float32 var_271;
        wp::float32 var_272;
        const wp::int32 var_273 = 2;
        wp::float32* var_274;
        const wp::int32 var_275 = 2;
        wp::float32 var_276;
        wp::float32 var_277;
        wp::float32 var_278;
        wp::float32 var_279;
        const wp::int32 var_280 = 1;
        wp::float32 var_281;
        const wp::int32 var_282 = 0;
        wp::float32* var_283;
        wp::float32 var_284;
        wp::float32 var_285;
        wp::float32 var_286;
        const wp::int32 var_287 = 9;
        wp::float32* var_288;
        const wp::int32 var_289 = 0;
        wp::float32* var_290;
        const wp::int32 var_291 = 0;
        wp::float32 var_292;
        wp::float32 var_293;
        wp::float32 var_294;
        wp::float32 var_295;
        wp::float32 var_296;
        const wp::int32 var_297 = 1;
        wp::float32* var_298;
        const wp::int32 var_299 = 1;
        wp::float32 var_300;
        wp::float32 var_301;
        wp::float32 var_302;
        wp::float32 var_303;
        const wp::int32 var_304 = 2;
        wp::float32* var_305;
        const wp::int32 var_306 = 2;
        wp::float32 var_307;
        wp::float32 var_308;
        wp::float32 var_309;
        wp::float32 var_310;
        const wp::int32 var_311 = 1;
        wp::float32 var_312;
        const wp::int32 var_313 = 0;
        wp::float32* var_314;
        wp::float32 var_315;
        wp::float32 var_316;
        wp::float32 var_317;
        const wp::int32 var_318 = 10;
        wp::float32* var_319;
        const wp::int32 var_320 = 0;
        wp::float32* var_321;
        const wp::int32 var_322 = 0;
        wp::float32 var_323;
        wp::float32 var_324;
        wp::float32 var_325;
        wp::float32 var_326;
        wp::float32 var_327;
        const wp::int32 var_328 = 1;
        wp::float32* var_329;
        const wp::int32 var_330 = 1;
        wp::float32 var_331;
        wp::float32 var_332;
        wp::float32 var_333;
        wp::float32 var_334;
        const wp::int32 var_335 = 2;
        wp::float32* var_336;
        const wp::int32 var_337 = 2;
        wp::float32 var_338;
        wp::float32 var_339;
        wp::float32 var_340;
        wp::float32 var_341;
        const wp::int32 var_342 = 1;
        wp::float32 var_343;
        const wp::int32 var_344 = 0;
        wp::float32* var_345;
        wp::float32 var_346;
        wp::float32 var_347;
        wp::float32 var_348;
        const wp::int32 var_349 = 11;
        wp::float32* var_350;
        const wp::int32 var_351 = 0;
        wp::float32* var_352;
        const wp::int32 var_353 = 0;
        wp::float32 var_354;
        wp::float32 var_355;
        wp::float32 var_356;
        wp::float32 var_357;
        wp::float32 var_358;
        const wp::int32 var_359 = 1;
        wp::float32* var_360;
        const wp::int32 var_361 = 1;
        wp::float32 var_362;
        wp::float32 var_363;
        wp::float32 var_364;
        wp::float32 var_365;
        const wp::int32 var_366 = 2;
        wp::float32* var_367;
        const wp::int32 var_368 = 2;
        wp::float32 var_369;
        wp::float32 var_370;
        wp::float32 var_371;
        wp::float32 var_372;
        const wp::int32 var_373 = 1;
        wp::float32 var_374;
        const wp::int32 var_375 = 0;
        wp::float32* var_376;
        wp::float32 var_377;
        wp::float32 var_378;
        wp::float32 var_379;
        const wp::int32 var_380 = 12;
        wp::float32* var_381;
        const wp::int32 var_382 = 0;
        wp::float32* var_383;
        const wp::int32 var_384 = 0;
        wp::float32 var_385;
        wp::float32 var_386;
        wp::float32 var_387;
        wp::float32 var_388;
        wp::float32 var_389;
        const wp::int32 var_390 = 1;
        wp::float32* var_391;
        const wp::int32 var_392 = 1;
        wp::float32 var_393;
        wp::float32 var_394;
        wp::float32 var_395;
        wp::float32 var_396;
        const wp::int32 var_397 = 2;
        wp::float32* var_398;
        const wp::int32 var_399 = 2;
        wp::float32 var_400;
        wp::float32 var_401;
        wp::float32 var_402;
        wp::float32 var_403;
        const wp::int32 var_404 = 1;
        wp::float32 var_405;
        const wp::int32 var_406 = 0;
        wp::float32* var_407;
        wp::float32 var_408;
        wp::float32 var_409;
        wp::float32 var_410;
        const wp::int32 var_411 = 13;
        wp::float32* var_412;
        const wp::int32 var_413 = 0;
        wp::float32* var_414;
        const wp::int32 var_415 = 0;
        wp::float32 var_416;
        wp::float32 var_417;
        wp::float32 var_418;
        wp::float32 var_419;
        wp::float32 var_420;
        const wp::int32 var_421 = 1;
        wp::float32* var_422;
        const wp::int32 var_423 = 1;
        wp::float32 var_424;
        wp::float32 var_425;
        wp::float32 var_426;
        wp::float32 var_427;
        const wp::int32 var_428 = 2;
        wp::float32* var_429;
        const wp::int32 var_430 = 2;
        wp::float32 var_431;
        wp::float32 var_432;
        wp::float32 var_433;
        wp::float32 var_434;
        const wp::int32 var_435 = 1;
        wp::float32 var_436;
        const wp::int32 var_437 = 0;
        wp::float32* var_438;
        wp::float32 var_439;
        wp::float32 var_440;
        wp::float32 var_441;
        const wp::int32 var_442 = 14;
        wp::float32* var_443;
        const wp::int32 var_444 = 0;
        wp::float32* var_445;
        const wp::int32 var_446 = 0;
        wp::float32 var_447;
        wp::float32 var_448;
        wp::float32 var_449;
        wp::float32 var_450;
        wp::float32 var_451;
        const wp::int32 var_452 = 1;
        wp::float32* var_453;
        const wp::int32 var_454 = 1;
        wp::float32 var_455;
        wp::float32 var_456;
        wp::float32 var_457;
        wp::float32 var_458;
        const wp::int32 var_459 = 2;
        wp::float32* var_460;
        const wp::int32 var_461 = 2;
        wp::float32 var_462;
        wp::float32 var_463;
        wp::float32 var_464;
        wp::float32 var_465;
        const wp::int32 var_466 = 1;
        wp::float32 var_467;
        const wp::int32 var_468 = 0;
        wp::float32* var_469;
        wp::float32 var_470;
        wp::float32 var_471;
        wp::float32 var_472;
        const wp::int32 var_473 = 15;
        wp::float32* var_474;
        const wp::int32 var_475 = 0;
        wp::float32* var_476;
        const wp::int32 var_477 = 0;
        wp::float32 var_478;
        wp::float32 var_479;
        wp::float32 var_480;
        wp::float32 var_481;
        wp::float32 var_482;
        const wp::int32 var_483 = 1;
        wp::float32* var_484;
        const wp::int32 var_485 = 1;
        wp::float32 var_486;
        wp::float32 var_487;
        wp::float32 var_488;
        wp::float32 var_489;
        const wp::int32 var_490 = 2;
        wp::float32* var_491;
        const wp::int32 var_492 = 2;
        wp::float32 var_493;
        wp::float32 var_494;
        wp::float32 var_495;
        wp::float32 var_496;
        const wp::int32 var_497 = 1;
        wp::float32 var_498;
        const wp::int32 var_499 = 0;
        wp::float32* var_500;
        wp::float32 var_501;
        wp::float32 var_502;
        wp::float32 var_503;
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
        var_38 = wp::add(var_6, var_36);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_40 = wp::address(var_b1, var_39);
        var_42 = wp::address(var_W1, var_39, var_41);
        var_44 = wp::extract(var_2, var_43);
        var_46 = wp::load(var_42);
        var_45 = wp::mul(var_46, var_44);
        var_48 = wp::load(var_40);
        var_47 = wp::add(var_48, var_45);
        var_50 = wp::address(var_W1, var_39, var_49);
        var_52 = wp::extract(var_2, var_51);
        var_54 = wp::load(var_50);
        var_53 = wp::mul(var_54, var_52);
        var_55 = wp::add(var_47, var_53);
        var_57 = wp::address(var_W1, var_39, var_56);
        var_59 = wp::extract(var_2, var_58);
        var_61 = wp::load(var_57);
        var_60 = wp::mul(var_61, var_59);
        var_62 = wp::add(var_55, var_60);
        // a = activation(z, 1)                                                                   <L 44>
        var_64 = activation_0(var_62, var_63);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_66 = wp::address(var_W2, var_65, var_39);
        var_68 = wp::load(var_66);
        var_67 = wp::mul(var_68, var_64);
        var_69 = wp::add(var_38, var_67);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_71 = wp::address(var_b1, var_70);
        var_73 = wp::address(var_W1, var_70, var_72);
        var_75 = wp::extract(var_2, var_74);
        var_77 = wp::load(var_73);
        var_76 = wp::mul(var_77, var_75);
        var_79 = wp::load(var_71);
        var_78 = wp::add(var_79, var_76);
        var_81 = wp::address(var_W1, var_70, var_80);
        var_83 = wp::extract(var_2, var_82);
        var_85 = wp::load(var_81);
        var_84 = wp::mul(var_85, var_83);
        var_86 = wp::add(var_78, var_84);
        var_88 = wp::address(var_W1, var_70, var_87);
        var_90 = wp::extract(var_2, var_89);
        var_92 = wp::load(var_88);
        var_91 = wp::mul(var_92, var_90);
        var_93 = wp::add(var_86, var_91);
        // a = activation(z, 1)                                                                   <L 44>
        var_95 = activation_0(var_93, var_94);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_97 = wp::address(var_W2, var_96, var_70);
        var_99 = wp::load(var_97);
        var_98 = wp::mul(var_99, var_95);
        var_100 = wp::add(var_69, var_98);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_102 = wp::address(var_b1, var_101);
        var_104 = wp::address(var_W1, var_101, var_103);
        var_106 = wp::extract(var_2, var_105);
        var_108 = wp::load(var_104);
        var_107 = wp::mul(var_108, var_106);
        var_110 = wp::load(var_102);
        var_109 = wp::add(var_110, var_107);
        var_112 = wp::address(var_W1, var_101, var_111);
        var_114 = wp::extract(var_2, var_113);
        var_116 = wp::load(var_112);
        var_115 = wp::mul(var_116, var_114);
        var_117 = wp::add(var_109, var_115);
        var_119 = wp::address(var_W1, var_101, var_118);
        var_121 = wp::extract(var_2, var_120);
        var_123 = wp::load(var_119);
        var_122 = wp::mul(var_123, var_121);
        var_124 = wp::add(var_117, var_122);
        // a = activation(z, 1)                                                                   <L 44>
        var_126 = activation_0(var_124, var_125);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_128 = wp::address(var_W2, var_127, var_101);
        var_130 = wp::load(var_128);
        var_129 = wp::mul(var_130, var_126);
        var_131 = wp::add(var_100, var_129);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_133 = wp::address(var_b1, var_132);
        var_135 = wp::address(var_W1, var_132, var_134);
        var_137 = wp::extract(var_2, var_136);
        var_139 = wp::load(var_135);
        var_138 = wp::mul(var_139, var_137);
        var_141 = wp::load(var_133);
        var_140 = wp::add(var_141, var_138);
        var_143 = wp::address(var_W1, var_132, var_142);
        var_145 = wp::extract(var_2, var_144);
        var_147 = wp::load(var_143);
        var_146 = wp::mul(var_147, var_145);
        var_148 = wp::add(var_140, var_146);
        var_150 = wp::address(var_W1, var_132, var_149);
        var_152 = wp::extract(var_2, var_151);
        var_154 = wp::load(var_150);
        var_153 = wp::mul(var_154, var_152);
        var_155 = wp::add(var_148, var_153);
        // a = activation(z, 1)                                                                   <L 44>
        var_157 = activation_0(var_155, var_156);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_159 = wp::address(var_W2, var_158, var_132);
        var_161 = wp::load(var_159);
        var_160 = wp::mul(var_161, var_157);
        var_162 = wp::add(var_131, var_160);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_164 = wp::address(var_b1, var_163);
        var_166 = wp::address(var_W1, var_163, var_165);
        var_168 = wp::extract(var_2, var_167);
        var_170 = wp::load(var_166);
        var_169 = wp::mul(var_170, var_168);
        var_172 = wp::load(var_164);
        var_171 = wp::add(var_172, var_169);
        var_174 = wp::address(var_W1, var_163, var_173);
        var_176 = wp::extract(var_2, var_175);
        var_178 = wp::load(var_174);
        var_177 = wp::mul(var_178, var_176);
        var_179 = wp::add(var_171, var_177);
        var_181 = wp::address(var_W1, var_163, var_180);
        var_183 = wp::extract(var_2, var_182);
        var_185 = wp::load(var_181);
        var_184 = wp::mul(var_185, var_183);
        var_186 = wp::add(var_179, var_184);
        // a = activation(z, 1)                                                                   <L 44>
        var_188 = activation_0(var_186, var_187);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_190 = wp::address(var_W2, var_189, var_163);
        var_192 = wp::load(var_190);
        var_191 = wp::mul(var_192, var_188);
        var_193 = wp::add(var_162, var_191);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_195 = wp::address(var_b1, var_194);
        var_197 = wp::address(var_W1, var_194, var_196);
        var_199 = wp::extract(var_2, var_198);
        var_201 = wp::load(var_197);
        var_200 = wp::mul(var_201, var_199);
        var_203 = wp::load(var_195);
        var_202 = wp::add(var_203, var_200);
        var_205 = wp::address(var_W1, var_194, var_204);
        var_207 = wp::extract(var_2, var_206);
        var_209 = wp::load(var_205);
        var_208 = wp::mul(var_209, var_207);
        var_210 = wp::add(var_202, var_208);
        var_212 = wp::address(var_W1, var_194, var_211);
        var_214 = wp::extract(var_2, var_213);
        var_216 = wp::load(var_212);
        var_215 = wp::mul(var_216, var_214);
        var_217 = wp::add(var_210, var_215);
        // a = activation(z, 1)                                                                   <L 44>
        var_219 = activation_0(var_217, var_218);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_221 = wp::address(var_W2, var_220, var_194);
        var_223 = wp::load(var_221);
        var_222 = wp::mul(var_223, var_219);
        var_224 = wp::add(var_193, var_222);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_226 = wp::address(var_b1, var_225);
        var_228 = wp::address(var_W1, var_225, var_227);
        var_230 = wp::extract(var_2, var_229);
        var_232 = wp::load(var_228);
        var_231 = wp::mul(var_232, var_230);
        var_234 = wp::load(var_226);
        var_233 = wp::add(var_234, var_231);
        var_236 = wp::address(var_W1, var_225, var_235);
        var_238 = wp::extract(var_2, var_237);
        var_240 = wp::load(var_236);
        var_239 = wp::mul(var_240, var_238);
        var_241 = wp::add(var_233, var_239);
        var_243 = wp::address(var_W1, var_225, var_242);
        var_245 = wp::extract(var_2, var_244);
        var_247 = wp::load(var_243);
        var_246 = wp::mul(var_247, var_245);
        var_248 = wp::add(var_241, var_246);
        // a = activation(z, 1)                                                                   <L 44>
        var_250 = activation_0(var_248, var_249);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_252 = wp::address(var_W2, var_251, var_225);
        var_254 = wp::load(var_252);
        var_253 = wp::mul(var_254, var_250);
        var_255 = wp::add(var_224, var_253);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_257 = wp::address(var_b1, var_256);
        var_259 = wp::address(var_W1, var_256, var_258);
        var_261 = wp::extract(var_2, var_260);
        var_263 = wp::load(var_259);
        var_262 = wp::mul(var_263, var_261);
        var_265 = wp::load(var_257);
        var_264 = wp::add(var_265, var_262);
        var_267 = wp::address(var_W1, var_256, var_266);
        var_269 = wp::extract(var_2, var_268);
        var_271 = wp::load(var_267);
        var_270 = wp::mul(var_271, var_269);
        var_272 = wp::add(var_264, var_270);
        var_274 = wp::address(var_W1, var_256, var_273);
        var_276 = wp::extract(var_2, var_275);
        var_278 = wp::load(var_274);
        var_277 = wp::mul(var_278, var_276);
        var_279 = wp::add(var_272, var_277);
        // a = activation(z, 1)                                                                   <L 44>
        var_281 = activation_0(var_279, var_280);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_283 = wp::address(var_W2, var_282, var_256);
        var_285 = wp::load(var_283);
        var_284 = wp::mul(var_285, var_281);
        var_286 = wp::add(var_255, var_284);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_288 = wp::address(var_b1, var_287);
        var_290 = wp::address(var_W1, var_287, var_289);
        var_292 = wp::extract(var_2, var_291);
        var_294 = wp::load(var_290);
        var_293 = wp::mul(var_294, var_292);
        var_296 = wp::load(var_288);
        var_295 = wp::add(var_296, var_293);
        var_298 = wp::address(var_W1, var_287, var_297);
        var_300 = wp::extract(var_2, var_299);
        var_302 = wp::load(var_298);
        var_301 = wp::mul(var_302, var_300);
        var_303 = wp::add(var_295, var_301);
        var_305 = wp::address(var_W1, var_287, var_304);
        var_307 = wp::extract(var_2, var_306);
        var_309 = wp::load(var_305);
        var_308 = wp::mul(var_309, var_307);
        var_310 = wp::add(var_303, var_308);
        // a = activation(z, 1)                                                                   <L 44>
        var_312 = activation_0(var_310, var_311);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_314 = wp::address(var_W2, var_313, var_287);
        var_316 = wp::load(var_314);
        var_315 = wp::mul(var_316, var_312);
        var_317 = wp::add(var_286, var_315);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_319 = wp::address(var_b1, var_318);
        var_321 = wp::address(var_W1, var_318, var_320);
        var_323 = wp::extract(var_2, var_322);
        var_325 = wp::load(var_321);
        var_324 = wp::mul(var_325, var_323);
        var_327 = wp::load(var_319);
        var_326 = wp::add(var_327, var_324);
        var_329 = wp::address(var_W1, var_318, var_328);
        var_331 = wp::extract(var_2, var_330);
        var_333 = wp::load(var_329);
        var_332 = wp::mul(var_333, var_331);
        var_334 = wp::add(var_326, var_332);
        var_336 = wp::address(var_W1, var_318, var_335);
        var_338 = wp::extract(var_2, var_337);
        var_340 = wp::load(var_336);
        var_339 = wp::mul(var_340, var_338);
        var_341 = wp::add(var_334, var_339);
        // a = activation(z, 1)                                                                   <L 44>
        var_343 = activation_0(var_341, var_342);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_345 = wp::address(var_W2, var_344, var_318);
        var_347 = wp::load(var_345);
        var_346 = wp::mul(var_347, var_343);
        var_348 = wp::add(var_317, var_346);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_350 = wp::address(var_b1, var_349);
        var_352 = wp::address(var_W1, var_349, var_351);
        var_354 = wp::extract(var_2, var_353);
        var_356 = wp::load(var_352);
        var_355 = wp::mul(var_356, var_354);
        var_358 = wp::load(var_350);
        var_357 = wp::add(var_358, var_355);
        var_360 = wp::address(var_W1, var_349, var_359);
        var_362 = wp::extract(var_2, var_361);
        var_364 = wp::load(var_360);
        var_363 = wp::mul(var_364, var_362);
        var_365 = wp::add(var_357, var_363);
        var_367 = wp::address(var_W1, var_349, var_366);
        var_369 = wp::extract(var_2, var_368);
        var_371 = wp::load(var_367);
        var_370 = wp::mul(var_371, var_369);
        var_372 = wp::add(var_365, var_370);
        // a = activation(z, 1)                                                                   <L 44>
        var_374 = activation_0(var_372, var_373);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_376 = wp::address(var_W2, var_375, var_349);
        var_378 = wp::load(var_376);
        var_377 = wp::mul(var_378, var_374);
        var_379 = wp::add(var_348, var_377);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_381 = wp::address(var_b1, var_380);
        var_383 = wp::address(var_W1, var_380, var_382);
        var_385 = wp::extract(var_2, var_384);
        var_387 = wp::load(var_383);
        var_386 = wp::mul(var_387, var_385);
        var_389 = wp::load(var_381);
        var_388 = wp::add(var_389, var_386);
        var_391 = wp::address(var_W1, var_380, var_390);
        var_393 = wp::extract(var_2, var_392);
        var_395 = wp::load(var_391);
        var_394 = wp::mul(var_395, var_393);
        var_396 = wp::add(var_388, var_394);
        var_398 = wp::address(var_W1, var_380, var_397);
        var_400 = wp::extract(var_2, var_399);
        var_402 = wp::load(var_398);
        var_401 = wp::mul(var_402, var_400);
        var_403 = wp::add(var_396, var_401);
        // a = activation(z, 1)                                                                   <L 44>
        var_405 = activation_0(var_403, var_404);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_407 = wp::address(var_W2, var_406, var_380);
        var_409 = wp::load(var_407);
        var_408 = wp::mul(var_409, var_405);
        var_410 = wp::add(var_379, var_408);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_412 = wp::address(var_b1, var_411);
        var_414 = wp::address(var_W1, var_411, var_413);
        var_416 = wp::extract(var_2, var_415);
        var_418 = wp::load(var_414);
        var_417 = wp::mul(var_418, var_416);
        var_420 = wp::load(var_412);
        var_419 = wp::add(var_420, var_417);
        var_422 = wp::address(var_W1, var_411, var_421);
        var_424 = wp::extract(var_2, var_423);
        var_426 = wp::load(var_422);
        var_425 = wp::mul(var_426, var_424);
        var_427 = wp::add(var_419, var_425);
        var_429 = wp::address(var_W1, var_411, var_428);
        var_431 = wp::extract(var_2, var_430);
        var_433 = wp::load(var_429);
        var_432 = wp::mul(var_433, var_431);
        var_434 = wp::add(var_427, var_432);
        // a = activation(z, 1)                                                                   <L 44>
        var_436 = activation_0(var_434, var_435);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_438 = wp::address(var_W2, var_437, var_411);
        var_440 = wp::load(var_438);
        var_439 = wp::mul(var_440, var_436);
        var_441 = wp::add(var_410, var_439);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_443 = wp::address(var_b1, var_442);
        var_445 = wp::address(var_W1, var_442, var_444);
        var_447 = wp::extract(var_2, var_446);
        var_449 = wp::load(var_445);
        var_448 = wp::mul(var_449, var_447);
        var_451 = wp::load(var_443);
        var_450 = wp::add(var_451, var_448);
        var_453 = wp::address(var_W1, var_442, var_452);
        var_455 = wp::extract(var_2, var_454);
        var_457 = wp::load(var_453);
        var_456 = wp::mul(var_457, var_455);
        var_458 = wp::add(var_450, var_456);
        var_460 = wp::address(var_W1, var_442, var_459);
        var_462 = wp::extract(var_2, var_461);
        var_464 = wp::load(var_460);
        var_463 = wp::mul(var_464, var_462);
        var_465 = wp::add(var_458, var_463);
        // a = activation(z, 1)                                                                   <L 44>
        var_467 = activation_0(var_465, var_466);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_469 = wp::address(var_W2, var_468, var_442);
        var_471 = wp::load(var_469);
        var_470 = wp::mul(var_471, var_467);
        var_472 = wp::add(var_441, var_470);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_474 = wp::address(var_b1, var_473);
        var_476 = wp::address(var_W1, var_473, var_475);
        var_478 = wp::extract(var_2, var_477);
        var_480 = wp::load(var_476);
        var_479 = wp::mul(var_480, var_478);
        var_482 = wp::load(var_474);
        var_481 = wp::add(var_482, var_479);
        var_484 = wp::address(var_W1, var_473, var_483);
        var_486 = wp::extract(var_2, var_485);
        var_488 = wp::load(var_484);
        var_487 = wp::mul(var_488, var_486);
        var_489 = wp::add(var_481, var_487);
        var_491 = wp::address(var_W1, var_473, var_490);
        var_493 = wp::extract(var_2, var_492);
        var_495 = wp::load(var_491);
        var_494 = wp::mul(var_495, var_493);
        var_496 = wp::add(var_489, var_494);
        // a = activation(z, 1)                                                                   <L 44>
        var_498 = activation_0(var_496, var_497);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_500 = wp::address(var_W2, var_499, var_473);
        var_502 = wp::load(var_500);
        var_501 = wp::mul(var_502, var_498);
        var_503 = wp::add(var_472, var_501);
        // out[n] = acc_out                                                                       <L 46>
        wp::array_store(var_out, var_0, var_503);
    }
}



extern "C" __global__ void mlp_small_f6b2b0cf_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        wp::float32* var_40;
        const wp::int32 var_41 = 0;
        wp::float32* var_42;
        const wp::int32 var_43 = 0;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 1;
        wp::float32* var_50;
        const wp::int32 var_51 = 1;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::int32 var_56 = 2;
        wp::float32* var_57;
        const wp::int32 var_58 = 2;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 1;
        wp::float32 var_64;
        const wp::int32 var_65 = 0;
        wp::float32* var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        const wp::int32 var_70 = 2;
        wp::float32* var_71;
        const wp::int32 var_72 = 0;
        wp::float32* var_73;
        const wp::int32 var_74 = 0;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        const wp::int32 var_80 = 1;
        wp::float32* var_81;
        const wp::int32 var_82 = 1;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        const wp::int32 var_87 = 2;
        wp::float32* var_88;
        const wp::int32 var_89 = 2;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        const wp::int32 var_94 = 1;
        wp::float32 var_95;
        const wp::int32 var_96 = 0;
        wp::float32* var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 3;
        wp::float32* var_102;
        const wp::int32 var_103 = 0;
        wp::float32* var_104;
        const wp::int32 var_105 = 0;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        const wp::int32 var_111 = 1;
        wp::float32* var_112;
        const wp::int32 var_113 = 1;
        wp::float32 var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        const wp::int32 var_118 = 2;
        wp::float32* var_119;
        const wp::int32 var_120 = 2;
        wp::float32 var_121;
        wp::float32 var_122;
        wp::float32 var_123;
        wp::float32 var_124;
        const wp::int32 var_125 = 1;
        wp::float32 var_126;
        const wp::int32 var_127 = 0;
        wp::float32* var_128;
        wp::float32 var_129;
        wp::float32 var_130;
        wp::float32 var_131;
        const wp::int32 var_132 = 4;
        wp::float32* var_133;
        const wp::int32 var_134 = 0;
        wp::float32* var_135;
        const wp::int32 var_136 = 0;
        wp::float32 var_137;
        wp::float32 var_138;
        wp::float32 var_139;
        wp::float32 var_140;
        wp::float32 var_141;
        const wp::int32 var_142 = 1;
        wp::float32* var_143;
        const wp::int32 var_144 = 1;
        wp::float32 var_145;
        wp::float32 var_146;
        wp::float32 var_147;
        wp::float32 var_148;
        const wp::int32 var_149 = 2;
        wp::float32* var_150;
        const wp::int32 var_151 = 2;
        wp::float32 var_152;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::float32 var_155;
        const wp::int32 var_156 = 1;
        wp::float32 var_157;
        const wp::int32 var_158 = 0;
        wp::float32* var_159;
        wp::float32 var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        const wp::int32 var_163 = 5;
        wp::float32* var_164;
        const wp::int32 var_165 = 0;
        wp::float32* var_166;
        const wp::int32 var_167 = 0;
        wp::float32 var_168;
        wp::float32 var_169;
        wp::float32 var_170;
        wp::float32 var_171;
        wp::float32 var_172;
        const wp::int32 var_173 = 1;
        wp::float32* var_174;
        const wp::int32 var_175 = 1;
        wp::float32 var_176;
        wp::float32 var_177;
        wp::float32 var_178;
        wp::float32 var_179;
        const wp::int32 var_180 = 2;
        wp::float32* var_181;
        const wp::int32 var_182 = 2;
        wp::float32 var_183;
        wp::float32 var_184;
        wp::float32 var_185;
        wp::float32 var_186;
        const wp::int32 var_187 = 1;
        wp::float32 var_188;
        const wp::int32 var_189 = 0;
        wp::float32* var_190;
        wp::float32 var_191;
        wp::float32 var_192;
        wp::float32 var_193;
        const wp::int32 var_194 = 6;
        wp::float32* var_195;
        const wp::int32 var_196 = 0;
        wp::float32* var_197;
        const wp::int32 var_198 = 0;
        wp::float32 var_199;
        wp::float32 var_200;
        wp::float32 var_201;
        wp::float32 var_202;
        wp::float32 var_203;
        const wp::int32 var_204 = 1;
        wp::float32* var_205;
        const wp::int32 var_206 = 1;
        wp::float32 var_207;
        wp::float32 var_208;
        wp::float32 var_209;
        wp::float32 var_210;
        const wp::int32 var_211 = 2;
        wp::float32* var_212;
        const wp::int32 var_213 = 2;
        wp::float32 var_214;
        wp::float32 var_215;
        wp::float32 var_216;
        wp::float32 var_217;
        const wp::int32 var_218 = 1;
        wp::float32 var_219;
        const wp::int32 var_220 = 0;
        wp::float32* var_221;
        wp::float32 var_222;
        wp::float32 var_223;
        wp::float32 var_224;
        const wp::int32 var_225 = 7;
        wp::float32* var_226;
        const wp::int32 var_227 = 0;
        wp::float32* var_228;
        const wp::int32 var_229 = 0;
        wp::float32 var_230;
        wp::float32 var_231;
        wp::float32 var_232;
        wp::float32 var_233;
        wp::float32 var_234;
        const wp::int32 var_235 = 1;
        wp::float32* var_236;
        const wp::int32 var_237 = 1;
        wp::float32 var_238;
        wp::float32 var_239;
        wp::float32 var_240;
        wp::float32 var_241;
        const wp::int32 var_242 = 2;
        wp::float32* var_243;
        const wp::int32 var_244 = 2;
        wp::float32 var_245;
        wp::float32 var_246;
        wp::float32 var_247;
        wp::float32 var_248;
        const wp::int32 var_249 = 1;
        wp::float32 var_250;
        const wp::int32 var_251 = 0;
        wp::float32* var_252;
        wp::float32 var_253;
        wp::float32 var_254;
        wp::float32 var_255;
        const wp::int32 var_256 = 8;
        wp::float32* var_257;
        const wp::int32 var_258 = 0;
        wp::float32* var_259;
        const wp::int32 var_260 = 0;
        wp::float32 var_261;
        wp::float32 var_262;
        wp::float32 var_263;
        wp::float32 var_264;
        wp::float32 var_265;
        const wp::int32 var_266 = 1;
        wp::float32* var_267;
        const wp::int32 var_268 = 1;
        wp::float32 var_269;
        wp::float32 var_270;
        wp::float32 var_271;
        wp::float32 var_272;
        const wp::int32 var_273 = 2;
        wp::float32* var_274;
        const wp::int32 var_275 = 2;
        wp::float32 var_276;
        wp::float32 var_277;
        wp::float32 var_278;
        wp::float32 var_279;
        const wp::int32 var_280 = 1;
        wp::float32 var_281;
        const wp::int32 var_282 = 0;
        wp::float32* var_283;
        wp::float32 var_284;
        wp::float32 var_285;
        wp::float32 var_286;
        const wp::int32 var_287 = 9;
        wp::float32* var_288;
        const wp::int32 var_289 = 0;
        wp::float32* var_290;
        const wp::int32 var_291 = 0;
        wp::float32 var_292;
        wp::float32 var_293;
        wp::float32 var_294;
        wp::float32 var_295;
        wp::float32 var_296;
        const wp::int32 var_297 = 1;
        wp::float32* var_298;
        const wp::int32 var_299 = 1;
        wp::float32 var_300;
        wp::float32 var_301;
        wp::float32 var_302;
        wp::float32 var_303;
        const wp::int32 var_304 = 2;
        wp::float32* var_305;
        const wp::int32 var_306 = 2;
        wp::float32 var_307;
        wp::float32 var_308;
        wp::float32 var_309;
        wp::float32 var_310;
        const wp::int32 var_311 = 1;
        wp::float32 var_312;
        const wp::int32 var_313 = 0;
        wp::float32* var_314;
        wp::float32 var_315;
        wp::float32 var_316;
        wp::float32 var_317;
        const wp::int32 var_318 = 10;
        wp::float32* var_319;
        const wp::int32 var_320 = 0;
        wp::float32* var_321;
        const wp::int32 var_322 = 0;
        wp::float32 var_323;
        wp::float32 var_324;
        wp::float32 var_325;
        wp::float32 var_326;
        wp::float32 var_327;
        const wp::int32 var_328 = 1;
        wp::float32* var_329;
        const wp::int32 var_330 = 1;
        wp::float32 var_331;
        wp::float32 var_332;
        wp::float32 var_333;
        wp::float32 var_334;
        const wp::int32 var_335 = 2;
        wp::float32* var_336;
        const wp::int32 var_337 = 2;
        wp::float32 var_338;
        wp::float32 var_339;
        wp::float32 var_340;
        wp::float32 var_341;
        const wp::int32 var_342 = 1;
        wp::float32 var_343;
        const wp::int32 var_344 = 0;
        wp::float32* var_345;
        wp::float32 var_346;
        wp::float32 var_347;
        wp::float32 var_348;
        const wp::int32 var_349 = 11;
        wp::float32* var_350;
        const wp::int32 var_351 = 0;
        wp::float32* var_352;
        const wp::int32 var_353 = 0;
        wp::float32 var_354;
        wp::float32 var_355;
        wp::float32 var_356;
        wp::float32 var_357;
        wp::float32 var_358;
        const wp::int32 var_359 = 1;
        wp::float32* var_360;
        const wp::int32 var_361 = 1;
        wp::float32 var_362;
        wp::float32 var_363;
        wp::float32 var_364;
        wp::float32 var_365;
        const wp::int32 var_366 = 2;
        wp::float32* var_367;
        const wp::int32 var_368 = 2;
        wp::float32 var_369;
        wp::float32 var_370;
        wp::float32 var_371;
        wp::float32 var_372;
        const wp::int32 var_373 = 1;
        wp::float32 var_374;
        const wp::int32 var_375 = 0;
        wp::float32* var_376;
        wp::float32 var_377;
        wp::float32 var_378;
        wp::float32 var_379;
        const wp::int32 var_380 = 12;
        wp::float32* var_381;
        const wp::int32 var_382 = 0;
        wp::float32* var_383;
        const wp::int32 var_384 = 0;
        wp::float32 var_385;
        wp::float32 var_386;
        wp::float32 var_387;
        wp::float32 var_388;
        wp::float32 var_389;
        const wp::int32 var_390 = 1;
        wp::float32* var_391;
        const wp::int32 var_392 = 1;
        wp::float32 var_393;
        wp::float32 var_394;
        wp::float32 var_395;
        wp::float32 var_396;
        const wp::int32 var_397 = 2;
        wp::float32* var_398;
        const wp::int32 var_399 = 2;
        wp::float32 var_400;
        wp::float32 var_401;
        wp::float32 var_402;
        wp::float32 var_403;
        const wp::int32 var_404 = 1;
        wp::float32 var_405;
        const wp::int32 var_406 = 0;
        wp::float32* var_407;
        wp::float32 var_408;
        wp::float32 var_409;
        wp::float32 var_410;
        const wp::int32 var_411 = 13;
        wp::float32* var_412;
        const wp::int32 var_413 = 0;
        wp::float32* var_414;
        const wp::int32 var_415 = 0;
        wp::float32 var_416;
        wp::float32 var_417;
        wp::float32 var_418;
        wp::float32 var_419;
        wp::float32 var_420;
        const wp::int32 var_421 = 1;
        wp::float32* var_422;
        const wp::int32 var_423 = 1;
        wp::float32 var_424;
        wp::float32 var_425;
        wp::float32 var_426;
        wp::float32 var_427;
        const wp::int32 var_428 = 2;
        wp::float32* var_429;
        const wp::int32 var_430 = 2;
        wp::float32 var_431;
        wp::float32 var_432;
        wp::float32 var_433;
        wp::float32 var_434;
        const wp::int32 var_435 = 1;
        wp::float32 var_436;
        const wp::int32 var_437 = 0;
        wp::float32* var_438;
        wp::float32 var_439;
        wp::float32 var_440;
        wp::float32 var_441;
        const wp::int32 var_442 = 14;
        wp::float32* var_443;
        const wp::int32 var_444 = 0;
        wp::float32* var_445;
        const wp::int32 var_446 = 0;
        wp::float32 var_447;
        wp::float32 var_448;
        wp::float32 var_449;
        wp::float32 var_450;
        wp::float32 var_451;
        const wp::int32 var_452 = 1;
        wp::float32* var_453;
        const wp::int32 var_454 = 1;
        wp::float32 var_455;
        wp::float32 var_456;
        wp::float32 var_457;
        wp::float32 var_458;
        const wp::int32 var_459 = 2;
        wp::float32* var_460;
        const wp::int32 var_461 = 2;
        wp::float32 var_462;
        wp::float32 var_463;
        wp::float32 var_464;
        wp::float32 var_465;
        const wp::int32 var_466 = 1;
        wp::float32 var_467;
        const wp::int32 var_468 = 0;
        wp::float32* var_469;
        wp::float32 var_470;
        wp::float32 var_471;
        wp::float32 var_472;
        const wp::int32 var_473 = 15;
        wp::float32* var_474;
        const wp::int32 var_475 = 0;
        wp::float32* var_476;
        const wp::int32 var_477 = 0;
        wp::float32 var_478;
        wp::float32 var_479;
        wp::float32 var_480;
        wp::float32 var_481;
        wp::float32 var_482;
        const wp::int32 var_483 = 1;
        wp::float32* var_484;
        const wp::int32 var_485 = 1;
        wp::float32 var_486;
        wp::float32 var_487;
        wp::float32 var_488;
        wp::float32 var_489;
        const wp::int32 var_490 = 2;
        wp::float32* var_491;
        const wp::int32 var_492 = 2;
        wp::float32 var_493;
        wp::float32 var_494;
        wp::float32 var_495;
        wp::float32 var_496;
        const wp::int32 var_497 = 1;
        wp::float32 var_498;
        const wp::int32 var_499 = 0;
        wp::float32* var_500;
        wp::float32 var_501;
        wp::float32 var_502;
        wp::float32 var_503;
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
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::int32 adj_120 = {};
        wp::float32 adj_121 = {};
        wp::float32 adj_122 = {};
        wp::float32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::int32 adj_125 = {};
        wp::float32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::float32 adj_129 = {};
        wp::float32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::float32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::float32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::float32 adj_137 = {};
        wp::float32 adj_138 = {};
        wp::float32 adj_139 = {};
        wp::float32 adj_140 = {};
        wp::float32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::float32 adj_143 = {};
        wp::int32 adj_144 = {};
        wp::float32 adj_145 = {};
        wp::float32 adj_146 = {};
        wp::float32 adj_147 = {};
        wp::float32 adj_148 = {};
        wp::int32 adj_149 = {};
        wp::float32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::float32 adj_152 = {};
        wp::float32 adj_153 = {};
        wp::float32 adj_154 = {};
        wp::float32 adj_155 = {};
        wp::int32 adj_156 = {};
        wp::float32 adj_157 = {};
        wp::int32 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::float32 adj_160 = {};
        wp::float32 adj_161 = {};
        wp::float32 adj_162 = {};
        wp::int32 adj_163 = {};
        wp::float32 adj_164 = {};
        wp::int32 adj_165 = {};
        wp::float32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::float32 adj_168 = {};
        wp::float32 adj_169 = {};
        wp::float32 adj_170 = {};
        wp::float32 adj_171 = {};
        wp::float32 adj_172 = {};
        wp::int32 adj_173 = {};
        wp::float32 adj_174 = {};
        wp::int32 adj_175 = {};
        wp::float32 adj_176 = {};
        wp::float32 adj_177 = {};
        wp::float32 adj_178 = {};
        wp::float32 adj_179 = {};
        wp::int32 adj_180 = {};
        wp::float32 adj_181 = {};
        wp::int32 adj_182 = {};
        wp::float32 adj_183 = {};
        wp::float32 adj_184 = {};
        wp::float32 adj_185 = {};
        wp::float32 adj_186 = {};
        wp::int32 adj_187 = {};
        wp::float32 adj_188 = {};
        wp::int32 adj_189 = {};
        wp::float32 adj_190 = {};
        wp::float32 adj_191 = {};
        wp::float32 adj_192 = {};
        wp::float32 adj_193 = {};
        wp::int32 adj_194 = {};
        wp::float32 adj_195 = {};
        wp::int32 adj_196 = {};
        wp::float32 adj_197 = {};
        wp::int32 adj_198 = {};
        wp::float32 adj_199 = {};
        wp::float32 adj_200 = {};
        wp::float32 adj_201 = {};
        wp::float32 adj_202 = {};
        wp::float32 adj_203 = {};
        wp::int32 adj_204 = {};
        wp::float32 adj_205 = {};
        wp::int32 adj_206 = {};
        wp::float32 adj_207 = {};
        wp::float32 adj_208 = {};
        wp::float32 adj_209 = {};
        wp::float32 adj_210 = {};
        wp::int32 adj_211 = {};
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
        wp::float32 adj_222 = {};
        wp::float32 adj_223 = {};
        wp::float32 adj_224 = {};
        wp::int32 adj_225 = {};
        wp::float32 adj_226 = {};
        wp::int32 adj_227 = {};
        wp::float32 adj_228 = {};
        wp::int32 adj_229 = {};
        wp::float32 adj_230 = {};
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
        wp::float32 adj_248 = {};
        wp::int32 adj_249 = {};
        wp::float32 adj_250 = {};
        wp::int32 adj_251 = {};
        wp::float32 adj_252 = {};
        wp::float32 adj_253 = {};
        wp::float32 adj_254 = {};
        wp::float32 adj_255 = {};
        wp::int32 adj_256 = {};
        wp::float32 adj_257 = {};
        wp::int32 adj_258 = {};
        wp::float32 adj_259 = {};
        wp::int32 adj_260 = {};
        wp::float32 adj_261 = {};
        wp::float32 adj_262 = {};
        wp::float32 adj_263 = {};
        wp::float32 adj_264 = {};
        wp::float32 adj_265 = {};
        wp::int32 adj_266 = {};
        wp::float32 adj_267 = {};
        wp::int32 adj_268 = {};
        wp::float32 adj_269 = {};
        wp::float32 adj_270 = {};
        wp::float32 adj_271 = {};
        wp::float32 adj_272 = {};
        wp::int32 adj_273 = {};
        wp::float32 adj_274 = {};
        wp::int32 adj_275 = {};
        wp::float32 adj_276 = {};
        wp::float32 adj_277 = {};
        wp::float32 adj_278 = {};
        wp::float32 adj_279 = {};
        wp::int32 adj_280 = {};
        wp::float32 adj_281 = {};
        wp::int32 adj_282 = {};
        wp::float32 adj_283 = {};
        wp::float32 adj_284 = {};
        wp::float32 adj_285 = {};
        wp::float32 adj_286 = {};
        wp::int32 adj_287 = {};
        wp::float32 adj_288 = {};
        wp::int32 adj_289 = {};
        wp::float32 adj_290 = {};
        wp::int32 adj_291 = {};
        wp::float32 adj_292 = {};
        wp::float32 adj_293 = {};
        wp::float32 adj_294 = {};
        wp::float32 adj_295 = {};
        wp::float32 adj_296 = {};
        wp::int32 adj_297 = {};
        wp::float32 adj_298 = {};
        wp::int32 adj_299 = {};
        wp::float32 adj_300 = {};
        wp::float32 adj_301 = {};
        wp::float32 adj_302 = {};
        wp::float32 adj_303 = {};
        wp::int32 adj_304 = {};
        wp::float32 adj_305 = {};
        wp::int32 adj_306 = {};
        wp::float32 adj_307 = {};
        wp::float32 adj_308 = {};
        wp::float32 adj_309 = {};
        wp::float32 adj_310 = {};
        wp::int32 adj_311 = {};
        wp::float32 adj_312 = {};
        wp::int32 adj_313 = {};
        wp::float32 adj_314 = {};
        wp::float32 adj_315 = {};
        wp::float32 adj_316 = {};
        wp::float32 adj_317 = {};
        wp::int32 adj_318 = {};
        wp::float32 adj_319 = {};
        wp::int32 adj_320 = {};
        wp::float32 adj_321 = {};
        wp::int32 adj_322 = {};
        wp::float32 adj_323 = {};
        wp::float32 adj_324 = {};
        wp::float32 adj_325 = {};
        wp::float32 adj_326 = {};
        wp::float32 adj_327 = {};
        wp::int32 adj_328 = {};
        wp::float32 adj_329 = {};
        wp::int32 adj_330 = {};
        wp::float32 adj_331 = {};
        wp::float32 adj_332 = {};
        wp::float32 adj_333 = {};
        wp::float32 adj_334 = {};
        wp::int32 adj_335 = {};
        wp::float32 adj_336 = {};
        wp::int32 adj_337 = {};
        wp::float32 adj_338 = {};
        wp::float32 adj_339 = {};
        wp::float32 adj_340 = {};
        wp::float32 adj_341 = {};
        wp::int32 adj_342 = {};
        wp::float32 adj_343 = {};
        wp::int32 adj_344 = {};
        wp::float32 adj_345 = {};
        wp::float32 adj_346 = {};
        wp::float32 adj_347 = {};
        wp::float32 adj_348 = {};
        wp::int32 adj_349 = {};
        wp::float32 adj_350 = {};
        wp::int32 adj_351 = {};
        wp::float32 adj_352 = {};
        wp::int32 adj_353 = {};
        wp::float32 adj_354 = {};
        wp::float32 adj_355 = {};
        wp::float32 adj_356 = {};
        wp::float32 adj_357 = {};
        wp::float32 adj_358 = {};
        wp::int32 adj_359 = {};
        wp::float32 adj_360 = {};
        wp::int32 adj_361 = {};
        wp::float32 adj_362 = {};
        wp::float32 adj_363 = {};
        wp::float32 adj_364 = {};
        wp::float32 adj_365 = {};
        wp::int32 adj_366 = {};
        wp::float32 adj_367 = {};
        wp::int32 adj_368 = {};
        wp::float32 adj_369 = {};
        wp::float32 adj_370 = {};
        wp::float32 adj_371 = {};
        wp::float32 adj_372 = {};
        wp::int32 adj_373 = {};
        wp::float32 adj_374 = {};
        wp::int32 adj_375 = {};
        wp::float32 adj_376 = {};
        wp::float32 adj_377 = {};
        wp::float32 adj_378 = {};
        wp::float32 adj_379 = {};
        wp::int32 adj_380 = {};
        wp::float32 adj_381 = {};
        wp::int32 adj_382 = {};
        wp::float32 adj_383 = {};
        wp::int32 adj_384 = {};
        wp::float32 adj_385 = {};
        wp::float32 adj_386 = {};
        wp::float32 adj_387 = {};
        wp::float32 adj_388 = {};
        wp::float32 adj_389 = {};
        wp::int32 adj_390 = {};
        wp::float32 adj_391 = {};
        wp::int32 adj_392 = {};
        wp::float32 adj_393 = {};
        wp::float32 adj_394 = {};
        wp::float32 adj_395 = {};
        wp::float32 adj_396 = {};
        wp::int32 adj_397 = {};
        wp::float32 adj_398 = {};
        wp::int32 adj_399 = {};
        wp::float32 adj_400 = {};
        wp::float32 adj_401 = {};
        wp::float32 adj_402 = {};
        wp::float32 adj_403 = {};
        wp::int32 adj_404 = {};
        wp::float32 adj_405 = {};
        wp::int32 adj_406 = {};
        wp::float32 adj_407 = {};
        wp::float32 adj_408 = {};
        wp::float32 adj_409 = {};
        wp::float32 adj_410 = {};
        wp::int32 adj_411 = {};
        wp::float32 adj_412 = {};
        wp::int32 adj_413 = {};
        wp::float32 adj_414 = {};
        wp::int32 adj_415 = {};
        wp::float32 adj_416 = {};
        wp::float32 adj_417 = {};
        wp::float32 adj_418 = {};
        wp::float32 adj_419 = {};
        wp::float32 adj_420 = {};
        wp::int32 adj_421 = {};
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
        wp::float32 adj_432 = {};
        wp::float32 adj_433 = {};
        wp::float32 adj_434 = {};
        wp::int32 adj_435 = {};
        wp::float32 adj_436 = {};
        wp::int32 adj_437 = {};
        wp::float32 adj_438 = {};
        wp::float32 adj_439 = {};
        wp::float32 adj_440 = {};
        wp::float32 adj_441 = {};
        wp::int32 adj_442 = {};
        wp::float32 adj_443 = {};
        wp::int32 adj_444 = {};
        wp::float32 adj_445 = {};
        wp::int32 adj_446 = {};
        wp::float32 adj_447 = {};
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
        wp::float32 adj_458 = {};
        wp::int32 adj_459 = {};
        wp::float32 adj_460 = {};
        wp::int32 adj_461 = {};
        wp::float32 adj_462 = {};
        wp::float32 adj_463 = {};
        wp::float32 adj_464 = {};
        wp::float32 adj_465 = {};
        wp::int32 adj_466 = {};
        wp::float32 adj_467 = {};
        wp::int32 adj_468 = {};
        wp::float32 adj_469 = {};
        wp::float32 adj_470 = {};
        wp::float32 adj_471 = {};
        wp::float32 adj_472 = {};
        wp::int32 adj_473 = {};
        wp::float32 adj_474 = {};
        wp::int32 adj_475 = {};
        wp::float32 adj_476 = {};
        wp::int32 adj_477 = {};
        wp::float32 adj_478 = {};
        wp::float32 adj_479 = {};
        wp::float32 adj_480 = {};
        wp::float32 adj_481 = {};
        wp::float32 adj_482 = {};
        wp::int32 adj_483 = {};
        wp::float32 adj_484 = {};
        wp::int32 adj_485 = {};
        wp::float32 adj_486 = {};
        wp::float32 adj_487 = {};
        wp::float32 adj_488 = {};
        wp::float32 adj_489 = {};
        wp::int32 adj_490 = {};
        wp::float32 adj_491 = {};
        wp::int32 adj_492 = {};
        wp::float32 adj_493 = {};
        wp::float32 adj_494 = {};
        wp::float32 adj_495 = {};
        wp::float32 adj_496 = {};
        wp::int32 adj_497 = {};
        wp::float32 adj_498 = {};
        wp::int32 adj_499 = {};
        wp::float32 adj_500 = {};
        wp::float32 adj_501 = {};
        wp::float32 adj_502 = {};
        wp::float32 adj_503 = {};
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
        var_38 = wp::add(var_6, var_36);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_40 = wp::address(var_b1, var_39);
        var_42 = wp::address(var_W1, var_39, var_41);
        var_44 = wp::extract(var_2, var_43);
        var_46 = wp::load(var_42);
        var_45 = wp::mul(var_46, var_44);
        var_48 = wp::load(var_40);
        var_47 = wp::add(var_48, var_45);
        var_50 = wp::address(var_W1, var_39, var_49);
        var_52 = wp::extract(var_2, var_51);
        var_54 = wp::load(var_50);
        var_53 = wp::mul(var_54, var_52);
        var_55 = wp::add(var_47, var_53);
        var_57 = wp::address(var_W1, var_39, var_56);
        var_59 = wp::extract(var_2, var_58);
        var_61 = wp::load(var_57);
        var_60 = wp::mul(var_61, var_59);
        var_62 = wp::add(var_55, var_60);
        // a = activation(z, 1)                                                                   <L 44>
        var_64 = activation_0(var_62, var_63);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_66 = wp::address(var_W2, var_65, var_39);
        var_68 = wp::load(var_66);
        var_67 = wp::mul(var_68, var_64);
        var_69 = wp::add(var_38, var_67);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_71 = wp::address(var_b1, var_70);
        var_73 = wp::address(var_W1, var_70, var_72);
        var_75 = wp::extract(var_2, var_74);
        var_77 = wp::load(var_73);
        var_76 = wp::mul(var_77, var_75);
        var_79 = wp::load(var_71);
        var_78 = wp::add(var_79, var_76);
        var_81 = wp::address(var_W1, var_70, var_80);
        var_83 = wp::extract(var_2, var_82);
        var_85 = wp::load(var_81);
        var_84 = wp::mul(var_85, var_83);
        var_86 = wp::add(var_78, var_84);
        var_88 = wp::address(var_W1, var_70, var_87);
        var_90 = wp::extract(var_2, var_89);
        var_92 = wp::load(var_88);
        var_91 = wp::mul(var_92, var_90);
        var_93 = wp::add(var_86, var_91);
        // a = activation(z, 1)                                                                   <L 44>
        var_95 = activation_0(var_93, var_94);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_97 = wp::address(var_W2, var_96, var_70);
        var_99 = wp::load(var_97);
        var_98 = wp::mul(var_99, var_95);
        var_100 = wp::add(var_69, var_98);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_102 = wp::address(var_b1, var_101);
        var_104 = wp::address(var_W1, var_101, var_103);
        var_106 = wp::extract(var_2, var_105);
        var_108 = wp::load(var_104);
        var_107 = wp::mul(var_108, var_106);
        var_110 = wp::load(var_102);
        var_109 = wp::add(var_110, var_107);
        var_112 = wp::address(var_W1, var_101, var_111);
        var_114 = wp::extract(var_2, var_113);
        var_116 = wp::load(var_112);
        var_115 = wp::mul(var_116, var_114);
        var_117 = wp::add(var_109, var_115);
        var_119 = wp::address(var_W1, var_101, var_118);
        var_121 = wp::extract(var_2, var_120);
        var_123 = wp::load(var_119);
        var_122 = wp::mul(var_123, var_121);
        var_124 = wp::add(var_117, var_122);
        // a = activation(z, 1)                                                                   <L 44>
        var_126 = activation_0(var_124, var_125);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_128 = wp::address(var_W2, var_127, var_101);
        var_130 = wp::load(var_128);
        var_129 = wp::mul(var_130, var_126);
        var_131 = wp::add(var_100, var_129);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_133 = wp::address(var_b1, var_132);
        var_135 = wp::address(var_W1, var_132, var_134);
        var_137 = wp::extract(var_2, var_136);
        var_139 = wp::load(var_135);
        var_138 = wp::mul(var_139, var_137);
        var_141 = wp::load(var_133);
        var_140 = wp::add(var_141, var_138);
        var_143 = wp::address(var_W1, var_132, var_142);
        var_145 = wp::extract(var_2, var_144);
        var_147 = wp::load(var_143);
        var_146 = wp::mul(var_147, var_145);
        var_148 = wp::add(var_140, var_146);
        var_150 = wp::address(var_W1, var_132, var_149);
        var_152 = wp::extract(var_2, var_151);
        var_154 = wp::load(var_150);
        var_153 = wp::mul(var_154, var_152);
        var_155 = wp::add(var_148, var_153);
        // a = activation(z, 1)                                                                   <L 44>
        var_157 = activation_0(var_155, var_156);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_159 = wp::address(var_W2, var_158, var_132);
        var_161 = wp::load(var_159);
        var_160 = wp::mul(var_161, var_157);
        var_162 = wp::add(var_131, var_160);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_164 = wp::address(var_b1, var_163);
        var_166 = wp::address(var_W1, var_163, var_165);
        var_168 = wp::extract(var_2, var_167);
        var_170 = wp::load(var_166);
        var_169 = wp::mul(var_170, var_168);
        var_172 = wp::load(var_164);
        var_171 = wp::add(var_172, var_169);
        var_174 = wp::address(var_W1, var_163, var_173);
        var_176 = wp::extract(var_2, var_175);
        var_178 = wp::load(var_174);
        var_177 = wp::mul(var_178, var_176);
        var_179 = wp::add(var_171, var_177);
        var_181 = wp::address(var_W1, var_163, var_180);
        var_183 = wp::extract(var_2, var_182);
        var_185 = wp::load(var_181);
        var_184 = wp::mul(var_185, var_183);
        var_186 = wp::add(var_179, var_184);
        // a = activation(z, 1)                                                                   <L 44>
        var_188 = activation_0(var_186, var_187);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_190 = wp::address(var_W2, var_189, var_163);
        var_192 = wp::load(var_190);
        var_191 = wp::mul(var_192, var_188);
        var_193 = wp::add(var_162, var_191);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_195 = wp::address(var_b1, var_194);
        var_197 = wp::address(var_W1, var_194, var_196);
        var_199 = wp::extract(var_2, var_198);
        var_201 = wp::load(var_197);
        var_200 = wp::mul(var_201, var_199);
        var_203 = wp::load(var_195);
        var_202 = wp::add(var_203, var_200);
        var_205 = wp::address(var_W1, var_194, var_204);
        var_207 = wp::extract(var_2, var_206);
        var_209 = wp::load(var_205);
        var_208 = wp::mul(var_209, var_207);
        var_210 = wp::add(var_202, var_208);
        var_212 = wp::address(var_W1, var_194, var_211);
        var_214 = wp::extract(var_2, var_213);
        var_216 = wp::load(var_212);
        var_215 = wp::mul(var_216, var_214);
        var_217 = wp::add(var_210, var_215);
        // a = activation(z, 1)                                                                   <L 44>
        var_219 = activation_0(var_217, var_218);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_221 = wp::address(var_W2, var_220, var_194);
        var_223 = wp::load(var_221);
        var_222 = wp::mul(var_223, var_219);
        var_224 = wp::add(var_193, var_222);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_226 = wp::address(var_b1, var_225);
        var_228 = wp::address(var_W1, var_225, var_227);
        var_230 = wp::extract(var_2, var_229);
        var_232 = wp::load(var_228);
        var_231 = wp::mul(var_232, var_230);
        var_234 = wp::load(var_226);
        var_233 = wp::add(var_234, var_231);
        var_236 = wp::address(var_W1, var_225, var_235);
        var_238 = wp::extract(var_2, var_237);
        var_240 = wp::load(var_236);
        var_239 = wp::mul(var_240, var_238);
        var_241 = wp::add(var_233, var_239);
        var_243 = wp::address(var_W1, var_225, var_242);
        var_245 = wp::extract(var_2, var_244);
        var_247 = wp::load(var_243);
        var_246 = wp::mul(var_247, var_245);
        var_248 = wp::add(var_241, var_246);
        // a = activation(z, 1)                                                                   <L 44>
        var_250 = activation_0(var_248, var_249);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_252 = wp::address(var_W2, var_251, var_225);
        var_254 = wp::load(var_252);
        var_253 = wp::mul(var_254, var_250);
        var_255 = wp::add(var_224, var_253);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_257 = wp::address(var_b1, var_256);
        var_259 = wp::address(var_W1, var_256, var_258);
        var_261 = wp::extract(var_2, var_260);
        var_263 = wp::load(var_259);
        var_262 = wp::mul(var_263, var_261);
        var_265 = wp::load(var_257);
        var_264 = wp::add(var_265, var_262);
        var_267 = wp::address(var_W1, var_256, var_266);
        var_269 = wp::extract(var_2, var_268);
        var_271 = wp::load(var_267);
        var_270 = wp::mul(var_271, var_269);
        var_272 = wp::add(var_264, var_270);
        var_274 = wp::address(var_W1, var_256, var_273);
        var_276 = wp::extract(var_2, var_275);
        var_278 = wp::load(var_274);
        var_277 = wp::mul(var_278, var_276);
        var_279 = wp::add(var_272, var_277);
        // a = activation(z, 1)                                                                   <L 44>
        var_281 = activation_0(var_279, var_280);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_283 = wp::address(var_W2, var_282, var_256);
        var_285 = wp::load(var_283);
        var_284 = wp::mul(var_285, var_281);
        var_286 = wp::add(var_255, var_284);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_288 = wp::address(var_b1, var_287);
        var_290 = wp::address(var_W1, var_287, var_289);
        var_292 = wp::extract(var_2, var_291);
        var_294 = wp::load(var_290);
        var_293 = wp::mul(var_294, var_292);
        var_296 = wp::load(var_288);
        var_295 = wp::add(var_296, var_293);
        var_298 = wp::address(var_W1, var_287, var_297);
        var_300 = wp::extract(var_2, var_299);
        var_302 = wp::load(var_298);
        var_301 = wp::mul(var_302, var_300);
        var_303 = wp::add(var_295, var_301);
        var_305 = wp::address(var_W1, var_287, var_304);
        var_307 = wp::extract(var_2, var_306);
        var_309 = wp::load(var_305);
        var_308 = wp::mul(var_309, var_307);
        var_310 = wp::add(var_303, var_308);
        // a = activation(z, 1)                                                                   <L 44>
        var_312 = activation_0(var_310, var_311);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_314 = wp::address(var_W2, var_313, var_287);
        var_316 = wp::load(var_314);
        var_315 = wp::mul(var_316, var_312);
        var_317 = wp::add(var_286, var_315);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_319 = wp::address(var_b1, var_318);
        var_321 = wp::address(var_W1, var_318, var_320);
        var_323 = wp::extract(var_2, var_322);
        var_325 = wp::load(var_321);
        var_324 = wp::mul(var_325, var_323);
        var_327 = wp::load(var_319);
        var_326 = wp::add(var_327, var_324);
        var_329 = wp::address(var_W1, var_318, var_328);
        var_331 = wp::extract(var_2, var_330);
        var_333 = wp::load(var_329);
        var_332 = wp::mul(var_333, var_331);
        var_334 = wp::add(var_326, var_332);
        var_336 = wp::address(var_W1, var_318, var_335);
        var_338 = wp::extract(var_2, var_337);
        var_340 = wp::load(var_336);
        var_339 = wp::mul(var_340, var_338);
        var_341 = wp::add(var_334, var_339);
        // a = activation(z, 1)                                                                   <L 44>
        var_343 = activation_0(var_341, var_342);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_345 = wp::address(var_W2, var_344, var_318);
        var_347 = wp::load(var_345);
        var_346 = wp::mul(var_347, var_343);
        var_348 = wp::add(var_317, var_346);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_350 = wp::address(var_b1, var_349);
        var_352 = wp::address(var_W1, var_349, var_351);
        var_354 = wp::extract(var_2, var_353);
        var_356 = wp::load(var_352);
        var_355 = wp::mul(var_356, var_354);
        var_358 = wp::load(var_350);
        var_357 = wp::add(var_358, var_355);
        var_360 = wp::address(var_W1, var_349, var_359);
        var_362 = wp::extract(var_2, var_361);
        var_364 = wp::load(var_360);
        var_363 = wp::mul(var_364, var_362);
        var_365 = wp::add(var_357, var_363);
        var_367 = wp::address(var_W1, var_349, var_366);
        var_369 = wp::extract(var_2, var_368);
        var_371 = wp::load(var_367);
        var_370 = wp::mul(var_371, var_369);
        var_372 = wp::add(var_365, var_370);
        // a = activation(z, 1)                                                                   <L 44>
        var_374 = activation_0(var_372, var_373);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_376 = wp::address(var_W2, var_375, var_349);
        var_378 = wp::load(var_376);
        var_377 = wp::mul(var_378, var_374);
        var_379 = wp::add(var_348, var_377);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_381 = wp::address(var_b1, var_380);
        var_383 = wp::address(var_W1, var_380, var_382);
        var_385 = wp::extract(var_2, var_384);
        var_387 = wp::load(var_383);
        var_386 = wp::mul(var_387, var_385);
        var_389 = wp::load(var_381);
        var_388 = wp::add(var_389, var_386);
        var_391 = wp::address(var_W1, var_380, var_390);
        var_393 = wp::extract(var_2, var_392);
        var_395 = wp::load(var_391);
        var_394 = wp::mul(var_395, var_393);
        var_396 = wp::add(var_388, var_394);
        var_398 = wp::address(var_W1, var_380, var_397);
        var_400 = wp::extract(var_2, var_399);
        var_402 = wp::load(var_398);
        var_401 = wp::mul(var_402, var_400);
        var_403 = wp::add(var_396, var_401);
        // a = activation(z, 1)                                                                   <L 44>
        var_405 = activation_0(var_403, var_404);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_407 = wp::address(var_W2, var_406, var_380);
        var_409 = wp::load(var_407);
        var_408 = wp::mul(var_409, var_405);
        var_410 = wp::add(var_379, var_408);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_412 = wp::address(var_b1, var_411);
        var_414 = wp::address(var_W1, var_411, var_413);
        var_416 = wp::extract(var_2, var_415);
        var_418 = wp::load(var_414);
        var_417 = wp::mul(var_418, var_416);
        var_420 = wp::load(var_412);
        var_419 = wp::add(var_420, var_417);
        var_422 = wp::address(var_W1, var_411, var_421);
        var_424 = wp::extract(var_2, var_423);
        var_426 = wp::load(var_422);
        var_425 = wp::mul(var_426, var_424);
        var_427 = wp::add(var_419, var_425);
        var_429 = wp::address(var_W1, var_411, var_428);
        var_431 = wp::extract(var_2, var_430);
        var_433 = wp::load(var_429);
        var_432 = wp::mul(var_433, var_431);
        var_434 = wp::add(var_427, var_432);
        // a = activation(z, 1)                                                                   <L 44>
        var_436 = activation_0(var_434, var_435);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_438 = wp::address(var_W2, var_437, var_411);
        var_440 = wp::load(var_438);
        var_439 = wp::mul(var_440, var_436);
        var_441 = wp::add(var_410, var_439);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_443 = wp::address(var_b1, var_442);
        var_445 = wp::address(var_W1, var_442, var_444);
        var_447 = wp::extract(var_2, var_446);
        var_449 = wp::load(var_445);
        var_448 = wp::mul(var_449, var_447);
        var_451 = wp::load(var_443);
        var_450 = wp::add(var_451, var_448);
        var_453 = wp::address(var_W1, var_442, var_452);
        var_455 = wp::extract(var_2, var_454);
        var_457 = wp::load(var_453);
        var_456 = wp::mul(var_457, var_455);
        var_458 = wp::add(var_450, var_456);
        var_460 = wp::address(var_W1, var_442, var_459);
        var_462 = wp::extract(var_2, var_461);
        var_464 = wp::load(var_460);
        var_463 = wp::mul(var_464, var_462);
        var_465 = wp::add(var_458, var_463);
        // a = activation(z, 1)                                                                   <L 44>
        var_467 = activation_0(var_465, var_466);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_469 = wp::address(var_W2, var_468, var_442);
        var_471 = wp::load(var_469);
        var_470 = wp::mul(var_471, var_467);
        var_472 = wp::add(var_441, var_470);
        // z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]                  <L 43>
        var_474 = wp::address(var_b1, var_473);
        var_476 = wp::address(var_W1, var_473, var_475);
        var_478 = wp::extract(var_2, var_477);
        var_480 = wp::load(var_476);
        var_479 = wp::mul(var_480, var_478);
        var_482 = wp::load(var_474);
        var_481 = wp::add(var_482, var_479);
        var_484 = wp::address(var_W1, var_473, var_483);
        var_486 = wp::extract(var_2, var_485);
        var_488 = wp::load(var_484);
        var_487 = wp::mul(var_488, var_486);
        var_489 = wp::add(var_481, var_487);
        var_491 = wp::address(var_W1, var_473, var_490);
        var_493 = wp::extract(var_2, var_492);
        var_495 = wp::load(var_491);
        var_494 = wp::mul(var_495, var_493);
        var_496 = wp::add(var_489, var_494);
        // a = activation(z, 1)                                                                   <L 44>
        var_498 = activation_0(var_496, var_497);
        // acc_out += W2[0, h] * a                                                                <L 45>
        var_500 = wp::address(var_W2, var_499, var_473);
        var_502 = wp::load(var_500);
        var_501 = wp::mul(var_502, var_498);
        var_503 = wp::add(var_472, var_501);
        // out[n] = acc_out                                                                       <L 46>
        // wp::array_store(var_out, var_0, var_503);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_503, adj_out, adj_0, adj_503);
        // adj: out[n] = acc_out                                                                  <L 46>
        wp::adj_add(var_472, var_501, adj_472, adj_501, adj_503);
        wp::adj_mul(var_502, var_498, adj_500, adj_498, adj_501);
        wp::adj_address(var_W2, var_499, var_473, adj_W2, adj_499, adj_473, adj_500);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_496, var_497, adj_496, adj_497, adj_498);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_489, var_494, adj_489, adj_494, adj_496);
        wp::adj_mul(var_495, var_493, adj_491, adj_493, adj_494);
        wp::adj_extract(var_2, var_492, adj_2, adj_492, adj_493);
        wp::adj_address(var_W1, var_473, var_490, adj_W1, adj_473, adj_490, adj_491);
        wp::adj_add(var_481, var_487, adj_481, adj_487, adj_489);
        wp::adj_mul(var_488, var_486, adj_484, adj_486, adj_487);
        wp::adj_extract(var_2, var_485, adj_2, adj_485, adj_486);
        wp::adj_address(var_W1, var_473, var_483, adj_W1, adj_473, adj_483, adj_484);
        wp::adj_add(var_482, var_479, adj_474, adj_479, adj_481);
        wp::adj_mul(var_480, var_478, adj_476, adj_478, adj_479);
        wp::adj_extract(var_2, var_477, adj_2, adj_477, adj_478);
        wp::adj_address(var_W1, var_473, var_475, adj_W1, adj_473, adj_475, adj_476);
        wp::adj_address(var_b1, var_473, adj_b1, adj_473, adj_474);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_441, var_470, adj_441, adj_470, adj_472);
        wp::adj_mul(var_471, var_467, adj_469, adj_467, adj_470);
        wp::adj_address(var_W2, var_468, var_442, adj_W2, adj_468, adj_442, adj_469);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_465, var_466, adj_465, adj_466, adj_467);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_458, var_463, adj_458, adj_463, adj_465);
        wp::adj_mul(var_464, var_462, adj_460, adj_462, adj_463);
        wp::adj_extract(var_2, var_461, adj_2, adj_461, adj_462);
        wp::adj_address(var_W1, var_442, var_459, adj_W1, adj_442, adj_459, adj_460);
        wp::adj_add(var_450, var_456, adj_450, adj_456, adj_458);
        wp::adj_mul(var_457, var_455, adj_453, adj_455, adj_456);
        wp::adj_extract(var_2, var_454, adj_2, adj_454, adj_455);
        wp::adj_address(var_W1, var_442, var_452, adj_W1, adj_442, adj_452, adj_453);
        wp::adj_add(var_451, var_448, adj_443, adj_448, adj_450);
        wp::adj_mul(var_449, var_447, adj_445, adj_447, adj_448);
        wp::adj_extract(var_2, var_446, adj_2, adj_446, adj_447);
        wp::adj_address(var_W1, var_442, var_444, adj_W1, adj_442, adj_444, adj_445);
        wp::adj_address(var_b1, var_442, adj_b1, adj_442, adj_443);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_410, var_439, adj_410, adj_439, adj_441);
        wp::adj_mul(var_440, var_436, adj_438, adj_436, adj_439);
        wp::adj_address(var_W2, var_437, var_411, adj_W2, adj_437, adj_411, adj_438);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_434, var_435, adj_434, adj_435, adj_436);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_427, var_432, adj_427, adj_432, adj_434);
        wp::adj_mul(var_433, var_431, adj_429, adj_431, adj_432);
        wp::adj_extract(var_2, var_430, adj_2, adj_430, adj_431);
        wp::adj_address(var_W1, var_411, var_428, adj_W1, adj_411, adj_428, adj_429);
        wp::adj_add(var_419, var_425, adj_419, adj_425, adj_427);
        wp::adj_mul(var_426, var_424, adj_422, adj_424, adj_425);
        wp::adj_extract(var_2, var_423, adj_2, adj_423, adj_424);
        wp::adj_address(var_W1, var_411, var_421, adj_W1, adj_411, adj_421, adj_422);
        wp::adj_add(var_420, var_417, adj_412, adj_417, adj_419);
        wp::adj_mul(var_418, var_416, adj_414, adj_416, adj_417);
        wp::adj_extract(var_2, var_415, adj_2, adj_415, adj_416);
        wp::adj_address(var_W1, var_411, var_413, adj_W1, adj_411, adj_413, adj_414);
        wp::adj_address(var_b1, var_411, adj_b1, adj_411, adj_412);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_379, var_408, adj_379, adj_408, adj_410);
        wp::adj_mul(var_409, var_405, adj_407, adj_405, adj_408);
        wp::adj_address(var_W2, var_406, var_380, adj_W2, adj_406, adj_380, adj_407);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_403, var_404, adj_403, adj_404, adj_405);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_396, var_401, adj_396, adj_401, adj_403);
        wp::adj_mul(var_402, var_400, adj_398, adj_400, adj_401);
        wp::adj_extract(var_2, var_399, adj_2, adj_399, adj_400);
        wp::adj_address(var_W1, var_380, var_397, adj_W1, adj_380, adj_397, adj_398);
        wp::adj_add(var_388, var_394, adj_388, adj_394, adj_396);
        wp::adj_mul(var_395, var_393, adj_391, adj_393, adj_394);
        wp::adj_extract(var_2, var_392, adj_2, adj_392, adj_393);
        wp::adj_address(var_W1, var_380, var_390, adj_W1, adj_380, adj_390, adj_391);
        wp::adj_add(var_389, var_386, adj_381, adj_386, adj_388);
        wp::adj_mul(var_387, var_385, adj_383, adj_385, adj_386);
        wp::adj_extract(var_2, var_384, adj_2, adj_384, adj_385);
        wp::adj_address(var_W1, var_380, var_382, adj_W1, adj_380, adj_382, adj_383);
        wp::adj_address(var_b1, var_380, adj_b1, adj_380, adj_381);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_348, var_377, adj_348, adj_377, adj_379);
        wp::adj_mul(var_378, var_374, adj_376, adj_374, adj_377);
        wp::adj_address(var_W2, var_375, var_349, adj_W2, adj_375, adj_349, adj_376);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_372, var_373, adj_372, adj_373, adj_374);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_365, var_370, adj_365, adj_370, adj_372);
        wp::adj_mul(var_371, var_369, adj_367, adj_369, adj_370);
        wp::adj_extract(var_2, var_368, adj_2, adj_368, adj_369);
        wp::adj_address(var_W1, var_349, var_366, adj_W1, adj_349, adj_366, adj_367);
        wp::adj_add(var_357, var_363, adj_357, adj_363, adj_365);
        wp::adj_mul(var_364, var_362, adj_360, adj_362, adj_363);
        wp::adj_extract(var_2, var_361, adj_2, adj_361, adj_362);
        wp::adj_address(var_W1, var_349, var_359, adj_W1, adj_349, adj_359, adj_360);
        wp::adj_add(var_358, var_355, adj_350, adj_355, adj_357);
        wp::adj_mul(var_356, var_354, adj_352, adj_354, adj_355);
        wp::adj_extract(var_2, var_353, adj_2, adj_353, adj_354);
        wp::adj_address(var_W1, var_349, var_351, adj_W1, adj_349, adj_351, adj_352);
        wp::adj_address(var_b1, var_349, adj_b1, adj_349, adj_350);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_317, var_346, adj_317, adj_346, adj_348);
        wp::adj_mul(var_347, var_343, adj_345, adj_343, adj_346);
        wp::adj_address(var_W2, var_344, var_318, adj_W2, adj_344, adj_318, adj_345);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_341, var_342, adj_341, adj_342, adj_343);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_334, var_339, adj_334, adj_339, adj_341);
        wp::adj_mul(var_340, var_338, adj_336, adj_338, adj_339);
        wp::adj_extract(var_2, var_337, adj_2, adj_337, adj_338);
        wp::adj_address(var_W1, var_318, var_335, adj_W1, adj_318, adj_335, adj_336);
        wp::adj_add(var_326, var_332, adj_326, adj_332, adj_334);
        wp::adj_mul(var_333, var_331, adj_329, adj_331, adj_332);
        wp::adj_extract(var_2, var_330, adj_2, adj_330, adj_331);
        wp::adj_address(var_W1, var_318, var_328, adj_W1, adj_318, adj_328, adj_329);
        wp::adj_add(var_327, var_324, adj_319, adj_324, adj_326);
        wp::adj_mul(var_325, var_323, adj_321, adj_323, adj_324);
        wp::adj_extract(var_2, var_322, adj_2, adj_322, adj_323);
        wp::adj_address(var_W1, var_318, var_320, adj_W1, adj_318, adj_320, adj_321);
        wp::adj_address(var_b1, var_318, adj_b1, adj_318, adj_319);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_286, var_315, adj_286, adj_315, adj_317);
        wp::adj_mul(var_316, var_312, adj_314, adj_312, adj_315);
        wp::adj_address(var_W2, var_313, var_287, adj_W2, adj_313, adj_287, adj_314);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_310, var_311, adj_310, adj_311, adj_312);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_303, var_308, adj_303, adj_308, adj_310);
        wp::adj_mul(var_309, var_307, adj_305, adj_307, adj_308);
        wp::adj_extract(var_2, var_306, adj_2, adj_306, adj_307);
        wp::adj_address(var_W1, var_287, var_304, adj_W1, adj_287, adj_304, adj_305);
        wp::adj_add(var_295, var_301, adj_295, adj_301, adj_303);
        wp::adj_mul(var_302, var_300, adj_298, adj_300, adj_301);
        wp::adj_extract(var_2, var_299, adj_2, adj_299, adj_300);
        wp::adj_address(var_W1, var_287, var_297, adj_W1, adj_287, adj_297, adj_298);
        wp::adj_add(var_296, var_293, adj_288, adj_293, adj_295);
        wp::adj_mul(var_294, var_292, adj_290, adj_292, adj_293);
        wp::adj_extract(var_2, var_291, adj_2, adj_291, adj_292);
        wp::adj_address(var_W1, var_287, var_289, adj_W1, adj_287, adj_289, adj_290);
        wp::adj_address(var_b1, var_287, adj_b1, adj_287, adj_288);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_255, var_284, adj_255, adj_284, adj_286);
        wp::adj_mul(var_285, var_281, adj_283, adj_281, adj_284);
        wp::adj_address(var_W2, var_282, var_256, adj_W2, adj_282, adj_256, adj_283);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_279, var_280, adj_279, adj_280, adj_281);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_272, var_277, adj_272, adj_277, adj_279);
        wp::adj_mul(var_278, var_276, adj_274, adj_276, adj_277);
        wp::adj_extract(var_2, var_275, adj_2, adj_275, adj_276);
        wp::adj_address(var_W1, var_256, var_273, adj_W1, adj_256, adj_273, adj_274);
        wp::adj_add(var_264, var_270, adj_264, adj_270, adj_272);
        wp::adj_mul(var_271, var_269, adj_267, adj_269, adj_270);
        wp::adj_extract(var_2, var_268, adj_2, adj_268, adj_269);
        wp::adj_address(var_W1, var_256, var_266, adj_W1, adj_256, adj_266, adj_267);
        wp::adj_add(var_265, var_262, adj_257, adj_262, adj_264);
        wp::adj_mul(var_263, var_261, adj_259, adj_261, adj_262);
        wp::adj_extract(var_2, var_260, adj_2, adj_260, adj_261);
        wp::adj_address(var_W1, var_256, var_258, adj_W1, adj_256, adj_258, adj_259);
        wp::adj_address(var_b1, var_256, adj_b1, adj_256, adj_257);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_224, var_253, adj_224, adj_253, adj_255);
        wp::adj_mul(var_254, var_250, adj_252, adj_250, adj_253);
        wp::adj_address(var_W2, var_251, var_225, adj_W2, adj_251, adj_225, adj_252);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_248, var_249, adj_248, adj_249, adj_250);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_241, var_246, adj_241, adj_246, adj_248);
        wp::adj_mul(var_247, var_245, adj_243, adj_245, adj_246);
        wp::adj_extract(var_2, var_244, adj_2, adj_244, adj_245);
        wp::adj_address(var_W1, var_225, var_242, adj_W1, adj_225, adj_242, adj_243);
        wp::adj_add(var_233, var_239, adj_233, adj_239, adj_241);
        wp::adj_mul(var_240, var_238, adj_236, adj_238, adj_239);
        wp::adj_extract(var_2, var_237, adj_2, adj_237, adj_238);
        wp::adj_address(var_W1, var_225, var_235, adj_W1, adj_225, adj_235, adj_236);
        wp::adj_add(var_234, var_231, adj_226, adj_231, adj_233);
        wp::adj_mul(var_232, var_230, adj_228, adj_230, adj_231);
        wp::adj_extract(var_2, var_229, adj_2, adj_229, adj_230);
        wp::adj_address(var_W1, var_225, var_227, adj_W1, adj_225, adj_227, adj_228);
        wp::adj_address(var_b1, var_225, adj_b1, adj_225, adj_226);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_193, var_222, adj_193, adj_222, adj_224);
        wp::adj_mul(var_223, var_219, adj_221, adj_219, adj_222);
        wp::adj_address(var_W2, var_220, var_194, adj_W2, adj_220, adj_194, adj_221);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_217, var_218, adj_217, adj_218, adj_219);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_210, var_215, adj_210, adj_215, adj_217);
        wp::adj_mul(var_216, var_214, adj_212, adj_214, adj_215);
        wp::adj_extract(var_2, var_213, adj_2, adj_213, adj_214);
        wp::adj_address(var_W1, var_194, var_211, adj_W1, adj_194, adj_211, adj_212);
        wp::adj_add(var_202, var_208, adj_202, adj_208, adj_210);
        wp::adj_mul(var_209, var_207, adj_205, adj_207, adj_208);
        wp::adj_extract(var_2, var_206, adj_2, adj_206, adj_207);
        wp::adj_address(var_W1, var_194, var_204, adj_W1, adj_194, adj_204, adj_205);
        wp::adj_add(var_203, var_200, adj_195, adj_200, adj_202);
        wp::adj_mul(var_201, var_199, adj_197, adj_199, adj_200);
        wp::adj_extract(var_2, var_198, adj_2, adj_198, adj_199);
        wp::adj_address(var_W1, var_194, var_196, adj_W1, adj_194, adj_196, adj_197);
        wp::adj_address(var_b1, var_194, adj_b1, adj_194, adj_195);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_162, var_191, adj_162, adj_191, adj_193);
        wp::adj_mul(var_192, var_188, adj_190, adj_188, adj_191);
        wp::adj_address(var_W2, var_189, var_163, adj_W2, adj_189, adj_163, adj_190);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_186, var_187, adj_186, adj_187, adj_188);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_179, var_184, adj_179, adj_184, adj_186);
        wp::adj_mul(var_185, var_183, adj_181, adj_183, adj_184);
        wp::adj_extract(var_2, var_182, adj_2, adj_182, adj_183);
        wp::adj_address(var_W1, var_163, var_180, adj_W1, adj_163, adj_180, adj_181);
        wp::adj_add(var_171, var_177, adj_171, adj_177, adj_179);
        wp::adj_mul(var_178, var_176, adj_174, adj_176, adj_177);
        wp::adj_extract(var_2, var_175, adj_2, adj_175, adj_176);
        wp::adj_address(var_W1, var_163, var_173, adj_W1, adj_163, adj_173, adj_174);
        wp::adj_add(var_172, var_169, adj_164, adj_169, adj_171);
        wp::adj_mul(var_170, var_168, adj_166, adj_168, adj_169);
        wp::adj_extract(var_2, var_167, adj_2, adj_167, adj_168);
        wp::adj_address(var_W1, var_163, var_165, adj_W1, adj_163, adj_165, adj_166);
        wp::adj_address(var_b1, var_163, adj_b1, adj_163, adj_164);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_131, var_160, adj_131, adj_160, adj_162);
        wp::adj_mul(var_161, var_157, adj_159, adj_157, adj_160);
        wp::adj_address(var_W2, var_158, var_132, adj_W2, adj_158, adj_132, adj_159);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_155, var_156, adj_155, adj_156, adj_157);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_148, var_153, adj_148, adj_153, adj_155);
        wp::adj_mul(var_154, var_152, adj_150, adj_152, adj_153);
        wp::adj_extract(var_2, var_151, adj_2, adj_151, adj_152);
        wp::adj_address(var_W1, var_132, var_149, adj_W1, adj_132, adj_149, adj_150);
        wp::adj_add(var_140, var_146, adj_140, adj_146, adj_148);
        wp::adj_mul(var_147, var_145, adj_143, adj_145, adj_146);
        wp::adj_extract(var_2, var_144, adj_2, adj_144, adj_145);
        wp::adj_address(var_W1, var_132, var_142, adj_W1, adj_132, adj_142, adj_143);
        wp::adj_add(var_141, var_138, adj_133, adj_138, adj_140);
        wp::adj_mul(var_139, var_137, adj_135, adj_137, adj_138);
        wp::adj_extract(var_2, var_136, adj_2, adj_136, adj_137);
        wp::adj_address(var_W1, var_132, var_134, adj_W1, adj_132, adj_134, adj_135);
        wp::adj_address(var_b1, var_132, adj_b1, adj_132, adj_133);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_100, var_129, adj_100, adj_129, adj_131);
        wp::adj_mul(var_130, var_126, adj_128, adj_126, adj_129);
        wp::adj_address(var_W2, var_127, var_101, adj_W2, adj_127, adj_101, adj_128);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_124, var_125, adj_124, adj_125, adj_126);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_117, var_122, adj_117, adj_122, adj_124);
        wp::adj_mul(var_123, var_121, adj_119, adj_121, adj_122);
        wp::adj_extract(var_2, var_120, adj_2, adj_120, adj_121);
        wp::adj_address(var_W1, var_101, var_118, adj_W1, adj_101, adj_118, adj_119);
        wp::adj_add(var_109, var_115, adj_109, adj_115, adj_117);
        wp::adj_mul(var_116, var_114, adj_112, adj_114, adj_115);
        wp::adj_extract(var_2, var_113, adj_2, adj_113, adj_114);
        wp::adj_address(var_W1, var_101, var_111, adj_W1, adj_101, adj_111, adj_112);
        wp::adj_add(var_110, var_107, adj_102, adj_107, adj_109);
        wp::adj_mul(var_108, var_106, adj_104, adj_106, adj_107);
        wp::adj_extract(var_2, var_105, adj_2, adj_105, adj_106);
        wp::adj_address(var_W1, var_101, var_103, adj_W1, adj_101, adj_103, adj_104);
        wp::adj_address(var_b1, var_101, adj_b1, adj_101, adj_102);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_69, var_98, adj_69, adj_98, adj_100);
        wp::adj_mul(var_99, var_95, adj_97, adj_95, adj_98);
        wp::adj_address(var_W2, var_96, var_70, adj_W2, adj_96, adj_70, adj_97);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_93, var_94, adj_93, adj_94, adj_95);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_86, var_91, adj_86, adj_91, adj_93);
        wp::adj_mul(var_92, var_90, adj_88, adj_90, adj_91);
        wp::adj_extract(var_2, var_89, adj_2, adj_89, adj_90);
        wp::adj_address(var_W1, var_70, var_87, adj_W1, adj_70, adj_87, adj_88);
        wp::adj_add(var_78, var_84, adj_78, adj_84, adj_86);
        wp::adj_mul(var_85, var_83, adj_81, adj_83, adj_84);
        wp::adj_extract(var_2, var_82, adj_2, adj_82, adj_83);
        wp::adj_address(var_W1, var_70, var_80, adj_W1, adj_70, adj_80, adj_81);
        wp::adj_add(var_79, var_76, adj_71, adj_76, adj_78);
        wp::adj_mul(var_77, var_75, adj_73, adj_75, adj_76);
        wp::adj_extract(var_2, var_74, adj_2, adj_74, adj_75);
        wp::adj_address(var_W1, var_70, var_72, adj_W1, adj_70, adj_72, adj_73);
        wp::adj_address(var_b1, var_70, adj_b1, adj_70, adj_71);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_38, var_67, adj_38, adj_67, adj_69);
        wp::adj_mul(var_68, var_64, adj_66, adj_64, adj_67);
        wp::adj_address(var_W2, var_65, var_39, adj_W2, adj_65, adj_39, adj_66);
        // adj: acc_out += W2[0, h] * a                                                           <L 45>
        adj_activation_0(var_62, var_63, adj_62, adj_63, adj_64);
        // adj: a = activation(z, 1)                                                              <L 44>
        wp::adj_add(var_55, var_60, adj_55, adj_60, adj_62);
        wp::adj_mul(var_61, var_59, adj_57, adj_59, adj_60);
        wp::adj_extract(var_2, var_58, adj_2, adj_58, adj_59);
        wp::adj_address(var_W1, var_39, var_56, adj_W1, adj_39, adj_56, adj_57);
        wp::adj_add(var_47, var_53, adj_47, adj_53, adj_55);
        wp::adj_mul(var_54, var_52, adj_50, adj_52, adj_53);
        wp::adj_extract(var_2, var_51, adj_2, adj_51, adj_52);
        wp::adj_address(var_W1, var_39, var_49, adj_W1, adj_39, adj_49, adj_50);
        wp::adj_add(var_48, var_45, adj_40, adj_45, adj_47);
        wp::adj_mul(var_46, var_44, adj_42, adj_44, adj_45);
        wp::adj_extract(var_2, var_43, adj_2, adj_43, adj_44);
        wp::adj_address(var_W1, var_39, var_41, adj_W1, adj_39, adj_41, adj_42);
        wp::adj_address(var_b1, var_39, adj_b1, adj_39, adj_40);
        // adj: z = b1[h] + W1[h, 0] * inp[0] + W1[h, 1] * inp[1] + W1[h, 2] * inp[2]             <L 43>
        wp::adj_add(var_6, var_36, adj_6, adj_36, adj_38);
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
    wp::launch_bounds_t<2> dim,
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
    wp::launch_bounds_t<2> dim,
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
    wp::launch_bounds_t<2> dim,
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
    wp::launch_bounds_t<2> dim,
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
        adj_pred.shape = adj_7;
        adj_pred.shape = adj_3;
        // adj: scale = 1.0 / float(pred.shape[0] * pred.shape[1])                                <L 62>
        // adj: n, o = wp.tid()                                                                   <L 61>
        // adj: def mse_loss(pred: wp.array2d(dtype=float), target: wp.array2d(dtype=float), grad: wp.array2d(dtype=float), loss: wp.array(dtype=float)):  <L 60>
        continue;
    }
}

