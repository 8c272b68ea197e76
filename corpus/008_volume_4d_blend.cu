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


// corpus/008_volume_4d_blend.py:4
static CUDA_CALLABLE wp::float32 tent_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    //---------
    // forward
    // def tent(x: float) -> float:                                                           <L 5>
    // return wp.max(1.0 - wp.abs(x), 0.0)                                                    <L 6>
    var_1 = wp::abs(var_x);
    var_2 = wp::sub(var_0, var_1);
    var_4 = wp::max(var_2, var_3);
    return var_4;
}


// corpus/008_volume_4d_blend.py:9
static CUDA_CALLABLE wp::float32 time_weight_0(
    wp::int32 var_t,
    wp::float32 var_t_center,
    wp::float32 var_width)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def time_weight(t: int, t_center: float, width: float) -> float:                       <L 10>
    // return tent((float(t) - t_center) / width)                                             <L 11>
    var_0 = wp::float(var_t);
    var_1 = wp::sub(var_0, var_t_center);
    var_2 = wp::div(var_1, var_width);
    var_3 = tent_0(var_2);
    return var_3;
}


// corpus/008_volume_4d_blend.py:4
static CUDA_CALLABLE void adj_tent_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
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
    // def tent(x: float) -> float:                                                           <L 5>
    // return wp.max(1.0 - wp.abs(x), 0.0)                                                    <L 6>
    var_1 = wp::abs(var_x);
    var_2 = wp::sub(var_0, var_1);
    var_4 = wp::max(var_2, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_max(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_sub(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_abs(var_x, adj_x, adj_1);
    // adj: return wp.max(1.0 - wp.abs(x), 0.0)                                               <L 6>
    // adj: def tent(x: float) -> float:                                                      <L 5>
    return;
}


// corpus/008_volume_4d_blend.py:9
static CUDA_CALLABLE void adj_time_weight_0(
    wp::int32 var_t,
    wp::float32 var_t_center,
    wp::float32 var_width,
    wp::int32 & adj_t,
    wp::float32 & adj_t_center,
    wp::float32 & adj_width,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def time_weight(t: int, t_center: float, width: float) -> float:                       <L 10>
    // return tent((float(t) - t_center) / width)                                             <L 11>
    var_0 = wp::float(var_t);
    var_1 = wp::sub(var_0, var_t_center);
    var_2 = wp::div(var_1, var_width);
    var_3 = tent_0(var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    adj_tent_0(var_2, adj_2, adj_3);
    wp::adj_div(var_1, var_width, var_2, adj_1, adj_width, adj_2);
    wp::adj_sub(var_0, var_t_center, adj_0, adj_t_center, adj_1);
    wp::adj_float(var_t, adj_t, adj_0);
    // adj: return tent((float(t) - t_center) / width)                                        <L 11>
    // adj: def time_weight(t: int, t_center: float, width: float) -> float:                  <L 10>
    return;
}



extern "C" __global__ void blend_frames_b6a12308_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_frames,
    wp::array_t<wp::float32> var_out,
    wp::float32 var_t_center,
    wp::float32 var_width)
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
        wp::int32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        wp::range_t var_11;
        wp::int32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        bool var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        bool var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        //---------
        // forward
        // def blend_frames(                                                                      <L 15>
        // x, y, z = wp.tid()                                                                     <L 21>
        builtin_tid3d(var_0, var_1, var_2);
        // nt = frames.shape[0]                                                                   <L 22>
        var_3 = &(var_frames.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // acc = float(0.0)                                                                       <L 23>
        var_8 = wp::float(var_7);
        // wsum = float(0.0)                                                                      <L 24>
        var_10 = wp::float(var_9);
        // for t in range(nt):                                                                    <L 25>
        var_11 = wp::range(var_5);
        start_for_0:;
            if (iter_cmp(var_11) == 0) goto end_for_0;
            var_12 = wp::iter_next(var_11);
            // w = time_weight(t, t_center, width)                                                <L 26>
            var_13 = time_weight_0(var_12, var_t_center, var_width);
            // if w > 0.0:                                                                        <L 27>
            var_15 = (var_13 > var_14);
            if (var_15) {
                // acc += w * frames[t, x, y, z]                                                  <L 28>
                var_16 = wp::address(var_frames, var_12, var_0, var_1, var_2);
                var_18 = wp::load(var_16);
                var_17 = wp::mul(var_13, var_18);
                var_19 = wp::add(var_8, var_17);
                // wsum += w                                                                      <L 29>
                var_20 = wp::add(var_10, var_13);
            }
            var_21 = wp::where(var_15, var_19, var_8);
            var_22 = wp::where(var_15, var_20, var_10);
            wp::assign(var_8, var_21);
            wp::assign(var_10, var_22);
            goto start_for_0;
        end_for_0:;
        // if wsum > 0.0:                                                                         <L 30>
        var_24 = (var_10 > var_23);
        if (var_24) {
            // out[x, y, z] = acc / wsum                                                          <L 31>
            var_25 = wp::div(var_8, var_10);
            wp::array_store(var_out, var_0, var_1, var_2, var_25);
        }
        if (!var_24) {
            // out[x, y, z] = 0.0                                                                 <L 33>
            wp::array_store(var_out, var_0, var_1, var_2, var_26);
        }
    }
}



extern "C" __global__ void blend_frames_b6a12308_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_frames,
    wp::array_t<wp::float32> var_out,
    wp::float32 var_t_center,
    wp::float32 var_width,
    wp::array_t<wp::float32> adj_frames,
    wp::array_t<wp::float32> adj_out,
    wp::float32 adj_t_center,
    wp::float32 adj_width)
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
        wp::int32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        wp::range_t var_11;
        wp::int32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        bool var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        bool var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::range_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        bool adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        //---------
        // forward
        // def blend_frames(                                                                      <L 15>
        // x, y, z = wp.tid()                                                                     <L 21>
        builtin_tid3d(var_0, var_1, var_2);
        // nt = frames.shape[0]                                                                   <L 22>
        var_3 = &(var_frames.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // acc = float(0.0)                                                                       <L 23>
        var_8 = wp::float(var_7);
        // wsum = float(0.0)                                                                      <L 24>
        var_10 = wp::float(var_9);
        // for t in range(nt):                                                                    <L 25>
        var_11 = wp::range(var_5);
        // if wsum > 0.0:                                                                         <L 30>
        var_24 = (var_10 > var_23);
        if (var_24) {
            // out[x, y, z] = acc / wsum                                                          <L 31>
            var_25 = wp::div(var_8, var_10);
            // wp::array_store(var_out, var_0, var_1, var_2, var_25);
        }
        if (!var_24) {
            // out[x, y, z] = 0.0                                                                 <L 33>
            // wp::array_store(var_out, var_0, var_1, var_2, var_26);
        }
        //---------
        // reverse
        if (!var_24) {
            wp::adj_array_store(var_out, var_0, var_1, var_2, var_26, adj_out, adj_0, adj_1, adj_2, adj_26);
            // adj: out[x, y, z] = 0.0                                                            <L 33>
        }
        if (var_24) {
            wp::adj_array_store(var_out, var_0, var_1, var_2, var_25, adj_out, adj_0, adj_1, adj_2, adj_25);
            wp::adj_div(var_8, var_10, var_25, adj_8, adj_10, adj_25);
            // adj: out[x, y, z] = acc / wsum                                                     <L 31>
        }
        // adj: if wsum > 0.0:                                                                    <L 30>
        var_11 = wp::iter_reverse(var_11);
        start_for_0:;
            if (iter_cmp(var_11) == 0) goto end_for_0;
            var_12 = wp::iter_next(var_11);
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
            // w = time_weight(t, t_center, width)                                                <L 26>
            var_13 = time_weight_0(var_12, var_t_center, var_width);
            // if w > 0.0:                                                                        <L 27>
            var_15 = (var_13 > var_14);
            if (var_15) {
                // acc += w * frames[t, x, y, z]                                                  <L 28>
                var_16 = wp::address(var_frames, var_12, var_0, var_1, var_2);
                var_18 = wp::load(var_16);
                var_17 = wp::mul(var_13, var_18);
                var_19 = wp::add(var_8, var_17);
                // wsum += w                                                                      <L 29>
                var_20 = wp::add(var_10, var_13);
            }
            var_21 = wp::where(var_15, var_19, var_8);
            var_22 = wp::where(var_15, var_20, var_10);
            wp::assign(var_8, var_21);
            wp::assign(var_10, var_22);
            wp::adj_assign(var_10, var_22, adj_10, adj_22);
            wp::adj_assign(var_8, var_21, adj_8, adj_21);
            wp::adj_where(var_15, var_20, var_10, adj_15, adj_20, adj_10, adj_22);
            wp::adj_where(var_15, var_19, var_8, adj_15, adj_19, adj_8, adj_21);
            if (var_15) {
                wp::adj_add(var_10, var_13, adj_10, adj_13, adj_20);
                // adj: wsum += w                                                                 <L 29>
                wp::adj_add(var_8, var_17, adj_8, adj_17, adj_19);
                wp::adj_mul(var_13, var_18, adj_13, adj_16, adj_17);
                wp::adj_address(var_frames, var_12, var_0, var_1, var_2, adj_frames, adj_12, adj_0, adj_1, adj_2, adj_16);
                // adj: acc += w * frames[t, x, y, z]                                             <L 28>
            }
            // adj: if w > 0.0:                                                                   <L 27>
            adj_time_weight_0(var_12, var_t_center, var_width, adj_12, adj_t_center, adj_width, adj_13);
            // adj: w = time_weight(t, t_center, width)                                           <L 26>
        	goto start_for_0;
        end_for_0:;
        // adj: for t in range(nt):                                                               <L 25>
        wp::adj_float(var_9, adj_9, adj_10);
        // adj: wsum = float(0.0)                                                                 <L 24>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: acc = float(0.0)                                                                  <L 23>
        adj_frames.shape = adj_3;
        // adj: nt = frames.shape[0]                                                              <L 22>
        // adj: x, y, z = wp.tid()                                                                <L 21>
        // adj: def blend_frames(                                                                 <L 15>
        continue;
    }
}



extern "C" __global__ void temporal_derivative_f2b9e22e_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_frames,
    wp::float32 var_dt,
    wp::array_t<wp::float32> var_deriv)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        const wp::int32 var_8 = 2;
        bool var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        const wp::int32 var_12 = 1;
        wp::float32* var_13;
        const wp::int32 var_14 = 0;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        bool var_22;
        wp::float32* var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::float32* var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 2.0;
        wp::float32 var_41;
        wp::float32 var_42;
        //---------
        // forward
        // def temporal_derivative(frames: wp.array4d(dtype=float), dt: float, deriv: wp.array4d(dtype=float)):       <L 37>
        // t, x, y, z = wp.tid()                                                                  <L 38>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // nt = frames.shape[0]                                                                   <L 39>
        var_4 = &(var_frames.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // if nt < 2:                                                                             <L 40>
        var_9 = (var_6 < var_8);
        if (var_9) {
            // return                                                                             <L 41>
            continue;
        }
        // if t == 0:                                                                             <L 42>
        var_11 = (var_0 == var_10);
        if (var_11) {
            // deriv[t, x, y, z] = (frames[1, x, y, z] - frames[0, x, y, z]) / dt                 <L 43>
            var_13 = wp::address(var_frames, var_12, var_1, var_2, var_3);
            var_15 = wp::address(var_frames, var_14, var_1, var_2, var_3);
            var_17 = wp::load(var_13);
            var_18 = wp::load(var_15);
            var_16 = wp::sub(var_17, var_18);
            var_19 = wp::div(var_16, var_dt);
            wp::array_store(var_deriv, var_0, var_1, var_2, var_3, var_19);
        }
        if (!var_11) {
            // elif t == nt - 1:                                                                  <L 44>
            var_21 = wp::sub(var_6, var_20);
            var_22 = (var_0 == var_21);
            if (var_22) {
                // deriv[t, x, y, z] = (frames[t, x, y, z] - frames[t - 1, x, y, z]) / dt         <L 45>
                var_23 = wp::address(var_frames, var_0, var_1, var_2, var_3);
                var_25 = wp::sub(var_0, var_24);
                var_26 = wp::address(var_frames, var_25, var_1, var_2, var_3);
                var_28 = wp::load(var_23);
                var_29 = wp::load(var_26);
                var_27 = wp::sub(var_28, var_29);
                var_30 = wp::div(var_27, var_dt);
                wp::array_store(var_deriv, var_0, var_1, var_2, var_3, var_30);
            }
            if (!var_22) {
                // deriv[t, x, y, z] = (frames[t + 1, x, y, z] - frames[t - 1, x, y, z]) / (2.0 * dt)       <L 47>
                var_32 = wp::add(var_0, var_31);
                var_33 = wp::address(var_frames, var_32, var_1, var_2, var_3);
                var_35 = wp::sub(var_0, var_34);
                var_36 = wp::address(var_frames, var_35, var_1, var_2, var_3);
                var_38 = wp::load(var_33);
                var_39 = wp::load(var_36);
                var_37 = wp::sub(var_38, var_39);
                var_41 = wp::mul(var_40, var_dt);
                var_42 = wp::div(var_37, var_41);
                wp::array_store(var_deriv, var_0, var_1, var_2, var_3, var_42);
            }
        }
    }
}



extern "C" __global__ void temporal_derivative_f2b9e22e_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_frames,
    wp::float32 var_dt,
    wp::array_t<wp::float32> var_deriv,
    wp::array_t<wp::float32> adj_frames,
    wp::float32 adj_dt,
    wp::array_t<wp::float32> adj_deriv)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        const wp::int32 var_8 = 2;
        bool var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        const wp::int32 var_12 = 1;
        wp::float32* var_13;
        const wp::int32 var_14 = 0;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        bool var_22;
        wp::float32* var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::float32* var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 2.0;
        wp::float32 var_41;
        wp::float32 var_42;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        //---------
        // forward
        // def temporal_derivative(frames: wp.array4d(dtype=float), dt: float, deriv: wp.array4d(dtype=float)):       <L 37>
        // t, x, y, z = wp.tid()                                                                  <L 38>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // nt = frames.shape[0]                                                                   <L 39>
        var_4 = &(var_frames.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // if nt < 2:                                                                             <L 40>
        var_9 = (var_6 < var_8);
        if (var_9) {
            // return                                                                             <L 41>
            goto label0;
        }
        // if t == 0:                                                                             <L 42>
        var_11 = (var_0 == var_10);
        if (var_11) {
            // deriv[t, x, y, z] = (frames[1, x, y, z] - frames[0, x, y, z]) / dt                 <L 43>
            var_13 = wp::address(var_frames, var_12, var_1, var_2, var_3);
            var_15 = wp::address(var_frames, var_14, var_1, var_2, var_3);
            var_17 = wp::load(var_13);
            var_18 = wp::load(var_15);
            var_16 = wp::sub(var_17, var_18);
            var_19 = wp::div(var_16, var_dt);
            // wp::array_store(var_deriv, var_0, var_1, var_2, var_3, var_19);
        }
        if (!var_11) {
            // elif t == nt - 1:                                                                  <L 44>
            var_21 = wp::sub(var_6, var_20);
            var_22 = (var_0 == var_21);
            if (var_22) {
                // deriv[t, x, y, z] = (frames[t, x, y, z] - frames[t - 1, x, y, z]) / dt         <L 45>
                var_23 = wp::address(var_frames, var_0, var_1, var_2, var_3);
                var_25 = wp::sub(var_0, var_24);
                var_26 = wp::address(var_frames, var_25, var_1, var_2, var_3);
                var_28 = wp::load(var_23);
                var_29 = wp::load(var_26);
                var_27 = wp::sub(var_28, var_29);
                var_30 = wp::div(var_27, var_dt);
                // wp::array_store(var_deriv, var_0, var_1, var_2, var_3, var_30);
            }
            if (!var_22) {
                // deriv[t, x, y, z] = (frames[t + 1, x, y, z] - frames[t - 1, x, y, z]) / (2.0 * dt)       <L 47>
                var_32 = wp::add(var_0, var_31);
                var_33 = wp::address(var_frames, var_32, var_1, var_2, var_3);
                var_35 = wp::sub(var_0, var_34);
                var_36 = wp::address(var_frames, var_35, var_1, var_2, var_3);
                var_38 = wp::load(var_33);
                var_39 = wp::load(var_36);
                var_37 = wp::sub(var_38, var_39);
                var_41 = wp::mul(var_40, var_dt);
                var_42 = wp::div(var_37, var_41);
                // wp::array_store(var_deriv, var_0, var_1, var_2, var_3, var_42);
            }
        }
        //---------
        // reverse
        if (!var_11) {
            if (!var_22) {
                wp::adj_array_store(var_deriv, var_0, var_1, var_2, var_3, var_42, adj_deriv, adj_0, adj_1, adj_2, adj_3, adj_42);
                wp::adj_div(var_37, var_41, var_42, adj_37, adj_41, adj_42);
                wp::adj_mul(var_40, var_dt, adj_40, adj_dt, adj_41);
                wp::adj_sub(var_38, var_39, adj_33, adj_36, adj_37);
                wp::adj_address(var_frames, var_35, var_1, var_2, var_3, adj_frames, adj_35, adj_1, adj_2, adj_3, adj_36);
                wp::adj_sub(var_0, var_34, adj_0, adj_34, adj_35);
                wp::adj_address(var_frames, var_32, var_1, var_2, var_3, adj_frames, adj_32, adj_1, adj_2, adj_3, adj_33);
                wp::adj_add(var_0, var_31, adj_0, adj_31, adj_32);
                // adj: deriv[t, x, y, z] = (frames[t + 1, x, y, z] - frames[t - 1, x, y, z]) / (2.0 * dt)  <L 47>
            }
            if (var_22) {
                wp::adj_array_store(var_deriv, var_0, var_1, var_2, var_3, var_30, adj_deriv, adj_0, adj_1, adj_2, adj_3, adj_30);
                wp::adj_div(var_27, var_dt, var_30, adj_27, adj_dt, adj_30);
                wp::adj_sub(var_28, var_29, adj_23, adj_26, adj_27);
                wp::adj_address(var_frames, var_25, var_1, var_2, var_3, adj_frames, adj_25, adj_1, adj_2, adj_3, adj_26);
                wp::adj_sub(var_0, var_24, adj_0, adj_24, adj_25);
                wp::adj_address(var_frames, var_0, var_1, var_2, var_3, adj_frames, adj_0, adj_1, adj_2, adj_3, adj_23);
                // adj: deriv[t, x, y, z] = (frames[t, x, y, z] - frames[t - 1, x, y, z]) / dt    <L 45>
            }
            wp::adj_sub(var_6, var_20, adj_6, adj_20, adj_21);
            // adj: elif t == nt - 1:                                                             <L 44>
        }
        if (var_11) {
            wp::adj_array_store(var_deriv, var_0, var_1, var_2, var_3, var_19, adj_deriv, adj_0, adj_1, adj_2, adj_3, adj_19);
            wp::adj_div(var_16, var_dt, var_19, adj_16, adj_dt, adj_19);
            wp::adj_sub(var_17, var_18, adj_13, adj_15, adj_16);
            wp::adj_address(var_frames, var_14, var_1, var_2, var_3, adj_frames, adj_14, adj_1, adj_2, adj_3, adj_15);
            wp::adj_address(var_frames, var_12, var_1, var_2, var_3, adj_frames, adj_12, adj_1, adj_2, adj_3, adj_13);
            // adj: deriv[t, x, y, z] = (frames[1, x, y, z] - frames[0, x, y, z]) / dt            <L 43>
        }
        // adj: if t == 0:                                                                        <L 42>
        if (var_9) {
            label0:;
            // adj: return                                                                        <L 41>
        }
        // adj: if nt < 2:                                                                        <L 40>
        adj_frames.shape = adj_4;
        // adj: nt = frames.shape[0]                                                              <L 39>
        // adj: t, x, y, z = wp.tid()                                                             <L 38>
        // adj: def temporal_derivative(frames: wp.array4d(dtype=float), dt: float, deriv: wp.array4d(dtype=float)):  <L 37>
        continue;
    }
}



extern "C" __global__ void vector_volume_4d_fef0e7c4_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_field,
    wp::float32 var_scale,
    wp::array_t<wp::float32> var_mags,
    wp::array_t<wp::int32> var_count)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        bool var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        //---------
        // forward
        // def vector_volume_4d(field: wp.array4d(dtype=wp.vec3), scale: float, mags: wp.array4d(dtype=float), count: wp.array(dtype=int)):       <L 51>
        // a, b, c, d = wp.tid()                                                                  <L 52>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // v = field[a, b, c, d] * scale                                                          <L 53>
        var_4 = wp::address(var_field, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_scale);
        // m = wp.length(v)                                                                       <L 54>
        var_7 = wp::length(var_5);
        // mags[a, b, c, d] = m                                                                   <L 55>
        wp::array_store(var_mags, var_0, var_1, var_2, var_3, var_7);
        // if m > 1.0:                                                                            <L 56>
        var_9 = (var_7 > var_8);
        if (var_9) {
            // field[a, b, c, d] = v / m                                                          <L 57>
            var_10 = wp::div(var_5, var_7);
            wp::array_store(var_field, var_0, var_1, var_2, var_3, var_10);
            // wp.atomic_add(count, 0, 1)                                                         <L 58>
            var_13 = wp::atomic_add(var_count, var_11, var_12);
        }
        if (!var_9) {
            // field[a, b, c, d] = v                                                              <L 60>
            wp::array_store(var_field, var_0, var_1, var_2, var_3, var_5);
        }
    }
}



extern "C" __global__ void vector_volume_4d_fef0e7c4_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_field,
    wp::float32 var_scale,
    wp::array_t<wp::float32> var_mags,
    wp::array_t<wp::int32> var_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_field,
    wp::float32 adj_scale,
    wp::array_t<wp::float32> adj_mags,
    wp::array_t<wp::int32> adj_count)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        bool var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        bool adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        //---------
        // forward
        // def vector_volume_4d(field: wp.array4d(dtype=wp.vec3), scale: float, mags: wp.array4d(dtype=float), count: wp.array(dtype=int)):       <L 51>
        // a, b, c, d = wp.tid()                                                                  <L 52>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // v = field[a, b, c, d] * scale                                                          <L 53>
        var_4 = wp::address(var_field, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_scale);
        // m = wp.length(v)                                                                       <L 54>
        var_7 = wp::length(var_5);
        // mags[a, b, c, d] = m                                                                   <L 55>
        // wp::array_store(var_mags, var_0, var_1, var_2, var_3, var_7);
        // if m > 1.0:                                                                            <L 56>
        var_9 = (var_7 > var_8);
        if (var_9) {
            // field[a, b, c, d] = v / m                                                          <L 57>
            var_10 = wp::div(var_5, var_7);
            // wp::array_store(var_field, var_0, var_1, var_2, var_3, var_10);
            // wp.atomic_add(count, 0, 1)                                                         <L 58>
            // var_13 = wp::atomic_add(var_count, var_11, var_12);
        }
        if (!var_9) {
            // field[a, b, c, d] = v                                                              <L 60>
            // wp::array_store(var_field, var_0, var_1, var_2, var_3, var_5);
        }
        //---------
        // reverse
        if (!var_9) {
            wp::adj_array_store(var_field, var_0, var_1, var_2, var_3, var_5, adj_field, adj_0, adj_1, adj_2, adj_3, adj_5);
            // adj: field[a, b, c, d] = v                                                         <L 60>
        }
        if (var_9) {
            wp::adj_atomic_add(var_count, var_11, var_12, adj_count, adj_11, adj_12, adj_13);
            // adj: wp.atomic_add(count, 0, 1)                                                    <L 58>
            wp::adj_array_store(var_field, var_0, var_1, var_2, var_3, var_10, adj_field, adj_0, adj_1, adj_2, adj_3, adj_10);
            wp::adj_div(var_5, var_7, adj_5, adj_7, adj_10);
            // adj: field[a, b, c, d] = v / m                                                     <L 57>
        }
        // adj: if m > 1.0:                                                                       <L 56>
        wp::adj_array_store(var_mags, var_0, var_1, var_2, var_3, var_7, adj_mags, adj_0, adj_1, adj_2, adj_3, adj_7);
        // adj: mags[a, b, c, d] = m                                                              <L 55>
        wp::adj_length(var_5, var_7, adj_5, adj_7);
        // adj: m = wp.length(v)                                                                  <L 54>
        wp::adj_mul(var_6, var_scale, adj_4, adj_scale, adj_5);
        wp::adj_address(var_field, var_0, var_1, var_2, var_3, adj_field, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: v = field[a, b, c, d] * scale                                                     <L 53>
        // adj: a, b, c, d = wp.tid()                                                             <L 52>
        // adj: def vector_volume_4d(field: wp.array4d(dtype=wp.vec3), scale: float, mags: wp.array4d(dtype=float), count: wp.array(dtype=int)):  <L 51>
        continue;
    }
}



extern "C" __global__ void max_projection_42dbcd79_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_frames,
    wp::array_t<wp::float32> var_proj,
    wp::array_t<wp::int32> var_argmax)
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
        wp::int32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 3;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::float32 var_7 = -1e+30;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::range_t var_11;
        wp::int32 var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        bool var_16;
        wp::float32 var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        wp::int32 var_20;
        //---------
        // forward
        // def max_projection(frames: wp.array4d(dtype=float), proj: wp.array3d(dtype=float), argmax: wp.array3d(dtype=int)):       <L 64>
        // t, x, y = wp.tid()                                                                     <L 65>
        builtin_tid3d(var_0, var_1, var_2);
        // nz = frames.shape[3]                                                                   <L 66>
        var_3 = &(var_frames.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // best = float(-1.0e30)                                                                  <L 67>
        var_8 = wp::float(var_7);
        // best_z = int(0)                                                                        <L 68>
        var_10 = wp::int(var_9);
        // for z in range(nz):                                                                    <L 69>
        var_11 = wp::range(var_5);
        start_for_0:;
            if (iter_cmp(var_11) == 0) goto end_for_0;
            var_12 = wp::iter_next(var_11);
            // v = frames[t, x, y, z]                                                             <L 70>
            var_13 = wp::address(var_frames, var_0, var_1, var_2, var_12);
            var_15 = wp::load(var_13);
            var_14 = wp::copy(var_15);
            // if v > best:                                                                       <L 71>
            var_16 = (var_14 > var_8);
            if (var_16) {
                // best = v                                                                       <L 72>
                var_17 = wp::copy(var_14);
                // best_z = z                                                                     <L 73>
                var_18 = wp::copy(var_12);
            }
            var_19 = wp::where(var_16, var_17, var_8);
            var_20 = wp::where(var_16, var_18, var_10);
            wp::assign(var_8, var_19);
            wp::assign(var_10, var_20);
            goto start_for_0;
        end_for_0:;
        // proj[t, x, y] = best                                                                   <L 74>
        wp::array_store(var_proj, var_0, var_1, var_2, var_8);
        // argmax[t, x, y] = best_z                                                               <L 75>
        wp::array_store(var_argmax, var_0, var_1, var_2, var_10);
    }
}



extern "C" __global__ void max_projection_42dbcd79_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_frames,
    wp::array_t<wp::float32> var_proj,
    wp::array_t<wp::int32> var_argmax,
    wp::array_t<wp::float32> adj_frames,
    wp::array_t<wp::float32> adj_proj,
    wp::array_t<wp::int32> adj_argmax)
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
        wp::int32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 3;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::float32 var_7 = -1e+30;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::range_t var_11;
        wp::int32 var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        bool var_16;
        wp::float32 var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        wp::int32 var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::range_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        //---------
        // forward
        // def max_projection(frames: wp.array4d(dtype=float), proj: wp.array3d(dtype=float), argmax: wp.array3d(dtype=int)):       <L 64>
        // t, x, y = wp.tid()                                                                     <L 65>
        builtin_tid3d(var_0, var_1, var_2);
        // nz = frames.shape[3]                                                                   <L 66>
        var_3 = &(var_frames.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // best = float(-1.0e30)                                                                  <L 67>
        var_8 = wp::float(var_7);
        // best_z = int(0)                                                                        <L 68>
        var_10 = wp::int(var_9);
        // for z in range(nz):                                                                    <L 69>
        var_11 = wp::range(var_5);
        // proj[t, x, y] = best                                                                   <L 74>
        // wp::array_store(var_proj, var_0, var_1, var_2, var_8);
        // argmax[t, x, y] = best_z                                                               <L 75>
        // wp::array_store(var_argmax, var_0, var_1, var_2, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_argmax, var_0, var_1, var_2, var_10, adj_argmax, adj_0, adj_1, adj_2, adj_10);
        // adj: argmax[t, x, y] = best_z                                                          <L 75>
        wp::adj_array_store(var_proj, var_0, var_1, var_2, var_8, adj_proj, adj_0, adj_1, adj_2, adj_8);
        // adj: proj[t, x, y] = best                                                              <L 74>
        var_11 = wp::iter_reverse(var_11);
        start_for_0:;
            if (iter_cmp(var_11) == 0) goto end_for_0;
            var_12 = wp::iter_next(var_11);
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
            // v = frames[t, x, y, z]                                                             <L 70>
            var_13 = wp::address(var_frames, var_0, var_1, var_2, var_12);
            var_15 = wp::load(var_13);
            var_14 = wp::copy(var_15);
            // if v > best:                                                                       <L 71>
            var_16 = (var_14 > var_8);
            if (var_16) {
                // best = v                                                                       <L 72>
                var_17 = wp::copy(var_14);
                // best_z = z                                                                     <L 73>
                var_18 = wp::copy(var_12);
            }
            var_19 = wp::where(var_16, var_17, var_8);
            var_20 = wp::where(var_16, var_18, var_10);
            wp::assign(var_8, var_19);
            wp::assign(var_10, var_20);
            wp::adj_assign(var_10, var_20, adj_10, adj_20);
            wp::adj_assign(var_8, var_19, adj_8, adj_19);
            wp::adj_where(var_16, var_18, var_10, adj_16, adj_18, adj_10, adj_20);
            wp::adj_where(var_16, var_17, var_8, adj_16, adj_17, adj_8, adj_19);
            if (var_16) {
                wp::adj_copy(var_12, adj_12, adj_18);
                // adj: best_z = z                                                                <L 73>
                wp::adj_copy(var_14, adj_14, adj_17);
                // adj: best = v                                                                  <L 72>
            }
            // adj: if v > best:                                                                  <L 71>
            wp::adj_copy(var_15, adj_13, adj_14);
            wp::adj_address(var_frames, var_0, var_1, var_2, var_12, adj_frames, adj_0, adj_1, adj_2, adj_12, adj_13);
            // adj: v = frames[t, x, y, z]                                                        <L 70>
        	goto start_for_0;
        end_for_0:;
        // adj: for z in range(nz):                                                               <L 69>
        // adj: best_z = int(0)                                                                   <L 68>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: best = float(-1.0e30)                                                             <L 67>
        adj_frames.shape = adj_3;
        // adj: nz = frames.shape[3]                                                              <L 66>
        // adj: t, x, y = wp.tid()                                                                <L 65>
        // adj: def max_projection(frames: wp.array4d(dtype=float), proj: wp.array3d(dtype=float), argmax: wp.array3d(dtype=int)):  <L 64>
        continue;
    }
}

