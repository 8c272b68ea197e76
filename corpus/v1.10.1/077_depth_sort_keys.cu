
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


// corpus/077_depth_sort_keys.py:6
static CUDA_CALLABLE wp::float32 view_depth_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_eye,
    wp::vec_t<3, wp::float32> var_forward)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def view_depth(p: wp.vec3, eye: wp.vec3, forward: wp.vec3) -> float:                   <L 7>
    // return wp.dot(p - eye, forward)                                                        <L 8>
    var_0 = wp::sub(var_p, var_eye);
    var_1 = wp::dot(var_0, var_forward);
    return var_1;
}


// corpus/077_depth_sort_keys.py:11
static CUDA_CALLABLE wp::uint32 depth_key_0(
    wp::float32 var_d,
    wp::float32 var_near,
    wp::float32 var_far)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 16777215.0;
    wp::float32 var_9;
    wp::int32 var_10;
    wp::uint32 var_11;
    //---------
    // forward
    // def depth_key(d: float, near: float, far: float) -> wp.uint32:                         <L 12>
    // t = wp.clamp((d - near) / (far - near), 0.0, 1.0)                                      <L 13>
    var_0 = wp::sub(var_d, var_near);
    var_1 = wp::sub(var_far, var_near);
    var_2 = wp::div(var_0, var_1);
    var_5 = wp::clamp(var_2, var_3, var_4);
    // return wp.uint32(int((1.0 - t) * 16777215.0))                                          <L 15>
    var_7 = wp::sub(var_6, var_5);
    var_9 = wp::mul(var_7, var_8);
    var_10 = wp::int(var_9);
    var_11 = wp::uint32(var_10);
    return var_11;
}


// corpus/077_depth_sort_keys.py:6
static CUDA_CALLABLE void adj_view_depth_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_eye,
    wp::vec_t<3, wp::float32> var_forward,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_eye,
    wp::vec_t<3, wp::float32> & adj_forward,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/077_depth_sort_keys.py:11
static CUDA_CALLABLE void adj_depth_key_0(
    wp::float32 var_d,
    wp::float32 var_near,
    wp::float32 var_far,
    wp::float32 & adj_d,
    wp::float32 & adj_near,
    wp::float32 & adj_far,
    wp::uint32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void compute_keys_4e3308ef_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::vec_t<3, wp::float32> var_eye,
    wp::vec_t<3, wp::float32> var_forward,
    wp::float32 var_near,
    wp::float32 var_far,
    wp::array_t<wp::uint32> var_keys,
    wp::array_t<wp::int32> var_order,
    wp::array_t<wp::int32> var_culled)
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
        wp::float32 var_2;
        wp::vec_t<3, wp::float32> var_3;
        bool var_4;
        bool var_5;
        bool var_6;
        const wp::int32 var_7 = 4294967295;
        wp::uint32 var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::uint32 var_12;
        //---------
        // forward
        // def compute_keys(points: wp.array(dtype=wp.vec3), eye: wp.vec3, forward: wp.vec3, near: float, far: float, keys: wp.array(dtype=wp.uint32), order: wp.array(dtype=int), culled: wp.array(dtype=int)):       <L 19>
        // i = wp.tid()                                                                           <L 20>
        var_0 = builtin_tid1d();
        // d = view_depth(points[i], eye, forward)                                                <L 21>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = view_depth_0(var_3, var_eye, var_forward);
        // order[i] = i                                                                           <L 22>
        wp::array_store(var_order, var_0, var_0);
        // if d < near or d > far:                                                                <L 23>
        var_4 = (var_2 < var_near);
        var_5 = (var_2 > var_far);
        var_6 = var_4 || var_5;
        if (var_6) {
            // keys[i] = wp.uint32(0xFFFFFFFF)                                                    <L 24>
            var_8 = wp::uint32(var_7);
            wp::array_store(var_keys, var_0, var_8);
            // wp.atomic_add(culled, 0, 1)                                                        <L 25>
            var_11 = wp::atomic_add(var_culled, var_9, var_10);
        }
        if (!var_6) {
            // keys[i] = depth_key(d, near, far)                                                  <L 27>
            var_12 = depth_key_0(var_2, var_near, var_far);
            wp::array_store(var_keys, var_0, var_12);
        }
    }
}



extern "C" __global__ void merge_sorted_runs_197ac8fb_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::uint32> var_keys,
    wp::array_t<wp::int32> var_vals,
    wp::int32 var_width,
    wp::array_t<wp::uint32> var_keys_out,
    wp::array_t<wp::int32> var_vals_out)
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
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        wp::int32 var_7;
        bool var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        bool var_18;
        const bool var_19 = false;
        bool var_20;
        bool var_21;
        bool var_22;
        wp::uint32* var_23;
        wp::uint32* var_24;
        bool var_25;
        wp::uint32 var_26;
        wp::uint32 var_27;
        bool var_28;
        bool var_29;
        const bool var_30 = true;
        bool var_31;
        bool var_32;
        wp::uint32* var_33;
        wp::uint32 var_34;
        wp::int32* var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 1;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::int32 var_40;
        wp::uint32* var_41;
        wp::uint32 var_42;
        wp::int32* var_43;
        wp::int32 var_44;
        const wp::int32 var_45 = 1;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        wp::int32 var_48;
        const wp::int32 var_49 = 1;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        //---------
        // forward
        // def merge_sorted_runs(keys: wp.array(dtype=wp.uint32), vals: wp.array(dtype=int), width: int, keys_out: wp.array(dtype=wp.uint32), vals_out: wp.array(dtype=int)):       <L 31>
        // r = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // n = keys.shape[0]                                                                      <L 33>
        var_1 = &(var_keys.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // start = r * 2 * width                                                                  <L 34>
        var_6 = wp::mul(var_0, var_5);
        var_7 = wp::mul(var_6, var_width);
        // if start >= n:                                                                         <L 35>
        var_8 = (var_7 >= var_3);
        if (var_8) {
            // return                                                                             <L 36>
            continue;
        }
        // mid = wp.min(start + width, n)                                                         <L 37>
        var_9 = wp::add(var_7, var_width);
        var_10 = wp::min(var_9, var_3);
        // end = wp.min(start + 2 * width, n)                                                     <L 38>
        var_12 = wp::mul(var_11, var_width);
        var_13 = wp::add(var_7, var_12);
        var_14 = wp::min(var_13, var_3);
        // i = start                                                                              <L 39>
        var_15 = wp::copy(var_7);
        // j = mid                                                                                <L 40>
        var_16 = wp::copy(var_10);
        // k = start                                                                              <L 41>
        var_17 = wp::copy(var_7);
        // while k < end:                                                                         <L 42>
        start_while_1:;
        var_18 = (var_17 < var_14);
        if ((var_18) == false) goto end_while_1;
            // take_left = False                                                                  <L 43>
            // if i < mid and j < end:                                                            <L 44>
            var_20 = (var_15 < var_10);
            var_21 = (var_16 < var_14);
            var_22 = var_20 && var_21;
            if (var_22) {
                // take_left = keys[i] <= keys[j]                                                 <L 45>
                var_23 = wp::address(var_keys, var_15);
                var_24 = wp::address(var_keys, var_16);
                var_26 = wp::load(var_23);
                var_27 = wp::load(var_24);
                var_25 = (var_26 <= var_27);
            }
            var_28 = wp::where(var_22, var_25, var_19);
            if (!var_22) {
                // elif i < mid:                                                                  <L 46>
                var_29 = (var_15 < var_10);
                if (var_29) {
                    // take_left = True                                                           <L 47>
                }
                var_31 = wp::where(var_29, var_30, var_28);
            }
            var_32 = wp::where(var_22, var_28, var_31);
            // if take_left:                                                                      <L 48>
            if (var_32) {
                // keys_out[k] = keys[i]                                                          <L 49>
                var_33 = wp::address(var_keys, var_15);
                var_34 = wp::load(var_33);
                wp::array_store(var_keys_out, var_17, var_34);
                // vals_out[k] = vals[i]                                                          <L 50>
                var_35 = wp::address(var_vals, var_15);
                var_36 = wp::load(var_35);
                wp::array_store(var_vals_out, var_17, var_36);
                // i += 1                                                                         <L 51>
                var_39 = wp::add(var_15, var_38);
            }
            var_40 = wp::where(var_32, var_39, var_15);
            if (!var_32) {
                // keys_out[k] = keys[j]                                                          <L 53>
                var_41 = wp::address(var_keys, var_16);
                var_42 = wp::load(var_41);
                wp::array_store(var_keys_out, var_17, var_42);
                // vals_out[k] = vals[j]                                                          <L 54>
                var_43 = wp::address(var_vals, var_16);
                var_44 = wp::load(var_43);
                wp::array_store(var_vals_out, var_17, var_44);
                // j += 1                                                                         <L 55>
                var_47 = wp::add(var_16, var_46);
            }
            var_48 = wp::where(var_32, var_16, var_47);
            // k += 1                                                                             <L 56>
            var_51 = wp::add(var_17, var_50);
            wp::assign(var_15, var_40);
            wp::assign(var_16, var_48);
            wp::assign(var_17, var_51);
        goto start_while_1;
        end_while_1:;
    }
}



extern "C" __global__ void gather_sorted_3f99f281_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_order,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src_pos,
    wp::array_t<wp::vec_t<4, wp::float32>> var_src_col,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst_pos,
    wp::array_t<wp::vec_t<4, wp::float32>> var_dst_col)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<4, wp::float32>* var_6;
        wp::vec_t<4, wp::float32> var_7;
        //---------
        // forward
        // def gather_sorted(order: wp.array(dtype=int), src_pos: wp.array(dtype=wp.vec3), src_col: wp.array(dtype=wp.vec4), dst_pos: wp.array(dtype=wp.vec3), dst_col: wp.array(dtype=wp.vec4)):       <L 60>
        // i = wp.tid()                                                                           <L 61>
        var_0 = builtin_tid1d();
        // j = order[i]                                                                           <L 62>
        var_1 = wp::address(var_order, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // dst_pos[i] = src_pos[j]                                                                <L 63>
        var_4 = wp::address(var_src_pos, var_2);
        var_5 = wp::load(var_4);
        wp::array_store(var_dst_pos, var_0, var_5);
        // dst_col[i] = src_col[j]                                                                <L 64>
        var_6 = wp::address(var_src_col, var_2);
        var_7 = wp::load(var_6);
        wp::array_store(var_dst_col, var_0, var_7);
    }
}

