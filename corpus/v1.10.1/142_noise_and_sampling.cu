
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


// corpus/142_noise_and_sampling.py:4
static CUDA_CALLABLE wp::float32 fbm_0(
    wp::uint32 var_state,
    wp::vec_t<3, wp::float32> var_p,
    wp::int32 var_octaves)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    const wp::float32 var_16 = 0.5;
    wp::float32 var_17;
    const wp::float32 var_18 = 2.0;
    const wp::float32 var_19 = 2.0;
    wp::float32 var_20;
    //---------
    // forward
    // def fbm(state: wp.uint32, p: wp.vec3, octaves: int) -> float:                          <L 5>
    // amp = float(0.5)                                                                       <L 6>
    var_1 = wp::float(var_0);
    // freq = float(1.0)                                                                      <L 7>
    var_3 = wp::float(var_2);
    // s = float(0.0)                                                                         <L 8>
    var_5 = wp::float(var_4);
    // for o in range(octaves):                                                               <L 9>
    var_6 = wp::range(var_octaves);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // s += amp * wp.noise(state, p * freq)                                               <L 10>
        var_8 = wp::mul(var_p, var_3);
        var_9 = wp::noise(var_state, var_8);
        var_10 = wp::mul(var_1, var_9);
        var_11 = wp::mul(var_p, var_3);
        var_12 = wp::noise(var_state, var_11);
        var_13 = wp::mul(var_1, var_12);
        var_14 = wp::add(var_5, var_13);
        // amp *= 0.5                                                                         <L 11>
        var_17 = wp::mul(var_1, var_16);
        // freq *= 2.0                                                                        <L 12>
        var_20 = wp::mul(var_3, var_19);
        wp::assign(var_1, var_17);
        wp::assign(var_3, var_20);
        wp::assign(var_5, var_14);
        goto start_for_0;
    end_for_0:;
    // return s                                                                               <L 13>
    return var_5;
}


// corpus/142_noise_and_sampling.py:4
static CUDA_CALLABLE void adj_fbm_0(
    wp::uint32 var_state,
    wp::vec_t<3, wp::float32> var_p,
    wp::int32 var_octaves,
    wp::uint32 & adj_state,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::int32 & adj_octaves,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    const wp::float32 var_16 = 0.5;
    wp::float32 var_17;
    const wp::float32 var_18 = 2.0;
    const wp::float32 var_19 = 2.0;
    wp::float32 var_20;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    //---------
    // forward
    // def fbm(state: wp.uint32, p: wp.vec3, octaves: int) -> float:                          <L 5>
    // amp = float(0.5)                                                                       <L 6>
    var_1 = wp::float(var_0);
    // freq = float(1.0)                                                                      <L 7>
    var_3 = wp::float(var_2);
    // s = float(0.0)                                                                         <L 8>
    var_5 = wp::float(var_4);
    // for o in range(octaves):                                                               <L 9>
    var_6 = wp::range(var_octaves);
    // return s                                                                               <L 13>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_5 += adj_ret;
    // adj: return s                                                                          <L 13>
    var_6 = wp::iter_reverse(var_6);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
    	adj_8 = {};
    	adj_9 = {};
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
        // s += amp * wp.noise(state, p * freq)                                               <L 10>
        var_8 = wp::mul(var_p, var_3);
        var_9 = wp::noise(var_state, var_8);
        var_10 = wp::mul(var_1, var_9);
        var_11 = wp::mul(var_p, var_3);
        var_12 = wp::noise(var_state, var_11);
        var_13 = wp::mul(var_1, var_12);
        var_14 = wp::add(var_5, var_13);
        // amp *= 0.5                                                                         <L 11>
        var_17 = wp::mul(var_1, var_16);
        // freq *= 2.0                                                                        <L 12>
        var_20 = wp::mul(var_3, var_19);
        wp::assign(var_1, var_17);
        wp::assign(var_3, var_20);
        wp::assign(var_5, var_14);
        wp::adj_assign(var_5, var_14, adj_5, adj_14);
        wp::adj_assign(var_3, var_20, adj_3, adj_20);
        wp::adj_assign(var_1, var_17, adj_1, adj_17);
        wp::adj_mul(var_3, var_19, adj_3, adj_19, adj_20);
        // adj: freq *= 2.0                                                                   <L 12>
        wp::adj_mul(var_1, var_16, adj_1, adj_16, adj_17);
        // adj: amp *= 0.5                                                                    <L 11>
        wp::adj_add(var_5, var_13, adj_5, adj_13, adj_14);
        wp::adj_mul(var_1, var_12, adj_1, adj_12, adj_13);
        wp::adj_noise(var_state, var_11, adj_state, adj_11, adj_12);
        wp::adj_mul(var_p, var_3, adj_p, adj_3, adj_11);
        wp::adj_mul(var_1, var_9, adj_1, adj_9, adj_10);
        wp::adj_noise(var_state, var_8, adj_state, adj_8, adj_9);
        wp::adj_mul(var_p, var_3, adj_p, adj_3, adj_8);
        // adj: s += amp * wp.noise(state, p * freq)                                          <L 10>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_octaves, adj_octaves, adj_6);
    // adj: for o in range(octaves):                                                          <L 9>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: s = float(0.0)                                                                    <L 8>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: freq = float(1.0)                                                                 <L 7>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: amp = float(0.5)                                                                  <L 6>
    // adj: def fbm(state: wp.uint32, p: wp.vec3, octaves: int) -> float:                     <L 5>
    return;
}



extern "C" __global__ void terrain_b79d97ca_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_heights,
    wp::float32 var_scale,
    wp::int32 var_octaves)
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
        wp::uint32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def terrain(seed: int, heights: wp.array2d(dtype=float), scale: float, octaves: int):       <L 17>
        // y, x = wp.tid()                                                                        <L 18>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 19>
        var_2 = wp::rand_init(var_seed);
        // p = wp.vec3(float(x) * scale, float(y) * scale, 0.0)                                   <L 20>
        var_3 = wp::float(var_1);
        var_4 = wp::mul(var_3, var_scale);
        var_5 = wp::float(var_0);
        var_6 = wp::mul(var_5, var_scale);
        var_8 = wp::vec_t<3, wp::float32>(var_4, var_6, var_7);
        // heights[y, x] = fbm(state, p, octaves)                                                 <L 21>
        var_9 = fbm_0(var_2, var_8, var_octaves);
        wp::array_store(var_heights, var_0, var_1, var_9);
    }
}



extern "C" __global__ void terrain_b79d97ca_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_heights,
    wp::float32 var_scale,
    wp::int32 var_octaves,
    wp::int32 adj_seed,
    wp::array_t<wp::float32> adj_heights,
    wp::float32 adj_scale,
    wp::int32 adj_octaves)
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
        wp::uint32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def terrain(seed: int, heights: wp.array2d(dtype=float), scale: float, octaves: int):       <L 17>
        // y, x = wp.tid()                                                                        <L 18>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 19>
        var_2 = wp::rand_init(var_seed);
        // p = wp.vec3(float(x) * scale, float(y) * scale, 0.0)                                   <L 20>
        var_3 = wp::float(var_1);
        var_4 = wp::mul(var_3, var_scale);
        var_5 = wp::float(var_0);
        var_6 = wp::mul(var_5, var_scale);
        var_8 = wp::vec_t<3, wp::float32>(var_4, var_6, var_7);
        // heights[y, x] = fbm(state, p, octaves)                                                 <L 21>
        var_9 = fbm_0(var_2, var_8, var_octaves);
        // wp::array_store(var_heights, var_0, var_1, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_heights, var_0, var_1, var_9, adj_heights, adj_0, adj_1, adj_9);
        adj_fbm_0(var_2, var_8, var_octaves, adj_2, adj_8, adj_octaves, adj_9);
        // adj: heights[y, x] = fbm(state, p, octaves)                                            <L 21>
        wp::adj_vec_t(var_4, var_6, var_7, adj_4, adj_6, adj_7, adj_8);
        wp::adj_mul(var_5, var_scale, adj_5, adj_scale, adj_6);
        wp::adj_float(var_0, adj_0, adj_5);
        wp::adj_mul(var_3, var_scale, adj_3, adj_scale, adj_4);
        wp::adj_float(var_1, adj_1, adj_3);
        // adj: p = wp.vec3(float(x) * scale, float(y) * scale, 0.0)                              <L 20>
        // adj: state = wp.rand_init(seed)                                                        <L 19>
        // adj: y, x = wp.tid()                                                                   <L 18>
        // adj: def terrain(seed: int, heights: wp.array2d(dtype=float), scale: float, octaves: int):  <L 17>
        continue;
    }
}



extern "C" __global__ void noise_variants_b5ba0ba6_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<2, wp::float32>> var_pts,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_curl)
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
        wp::uint32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 4;
        const wp::int32 var_10 = 4;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.5;
        const wp::float32 var_17 = 0.25;
        wp::vec_t<4, wp::float32> var_18;
        wp::float32 var_19;
        wp::vec_t<4, wp::float32> var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        const wp::uint32 var_28 = 1;
        const wp::float32 var_29 = 2.0;
        const wp::float32 var_30 = 0.5;
        //---------
        // forward
        // def noise_variants(seed: int, pts: wp.array(dtype=wp.vec2), out: wp.array(dtype=wp.vec4), curl: wp.array(dtype=wp.vec3)):       <L 25>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed)                                                             <L 27>
        var_1 = wp::rand_init(var_seed);
        // p = pts[i]                                                                             <L 28>
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // n1 = wp.noise(state, p[0])                                                             <L 29>
        var_6 = wp::extract(var_3, var_5);
        var_7 = wp::noise(var_1, var_6);
        // n2 = wp.noise(state, p)                                                                <L 30>
        var_8 = wp::noise(var_1, var_3);
        // n3 = wp.pnoise(state, p, 4, 4)                                                         <L 31>
        var_11 = wp::pnoise(var_1, var_3, var_9, var_10);
        // n4 = wp.noise(state, wp.vec4(p[0], p[1], 0.5, 0.25))                                   <L 32>
        var_13 = wp::extract(var_3, var_12);
        var_15 = wp::extract(var_3, var_14);
        var_18 = wp::vec_t<4, wp::float32>(var_13, var_15, var_16, var_17);
        var_19 = wp::noise(var_1, var_18);
        // out[i] = wp.vec4(n1, n2, n3, n4)                                                       <L 33>
        var_20 = wp::vec_t<4, wp::float32>(var_7, var_8, var_11, var_19);
        wp::array_store(var_out, var_0, var_20);
        // curl[i] = wp.curlnoise(state, wp.vec3(p[0], p[1], 0.0))                                <L 34>
        var_22 = wp::extract(var_3, var_21);
        var_24 = wp::extract(var_3, var_23);
        var_26 = wp::vec_t<3, wp::float32>(var_22, var_24, var_25);
        var_27 = wp::curlnoise(var_1, var_26, var_28, var_29, var_30);
        wp::array_store(var_curl, var_0, var_27);
    }
}



extern "C" __global__ void noise_variants_b5ba0ba6_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<2, wp::float32>> var_pts,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_curl,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_pts,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_curl)
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
        wp::uint32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 4;
        const wp::int32 var_10 = 4;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.5;
        const wp::float32 var_17 = 0.25;
        wp::vec_t<4, wp::float32> var_18;
        wp::float32 var_19;
        wp::vec_t<4, wp::float32> var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        const wp::uint32 var_28 = 1;
        const wp::float32 var_29 = 2.0;
        const wp::float32 var_30 = 0.5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<4, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<4, wp::float32> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::uint32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        //---------
        // forward
        // def noise_variants(seed: int, pts: wp.array(dtype=wp.vec2), out: wp.array(dtype=wp.vec4), curl: wp.array(dtype=wp.vec3)):       <L 25>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed)                                                             <L 27>
        var_1 = wp::rand_init(var_seed);
        // p = pts[i]                                                                             <L 28>
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // n1 = wp.noise(state, p[0])                                                             <L 29>
        var_6 = wp::extract(var_3, var_5);
        var_7 = wp::noise(var_1, var_6);
        // n2 = wp.noise(state, p)                                                                <L 30>
        var_8 = wp::noise(var_1, var_3);
        // n3 = wp.pnoise(state, p, 4, 4)                                                         <L 31>
        var_11 = wp::pnoise(var_1, var_3, var_9, var_10);
        // n4 = wp.noise(state, wp.vec4(p[0], p[1], 0.5, 0.25))                                   <L 32>
        var_13 = wp::extract(var_3, var_12);
        var_15 = wp::extract(var_3, var_14);
        var_18 = wp::vec_t<4, wp::float32>(var_13, var_15, var_16, var_17);
        var_19 = wp::noise(var_1, var_18);
        // out[i] = wp.vec4(n1, n2, n3, n4)                                                       <L 33>
        var_20 = wp::vec_t<4, wp::float32>(var_7, var_8, var_11, var_19);
        // wp::array_store(var_out, var_0, var_20);
        // curl[i] = wp.curlnoise(state, wp.vec3(p[0], p[1], 0.0))                                <L 34>
        var_22 = wp::extract(var_3, var_21);
        var_24 = wp::extract(var_3, var_23);
        var_26 = wp::vec_t<3, wp::float32>(var_22, var_24, var_25);
        var_27 = wp::curlnoise(var_1, var_26, var_28, var_29, var_30);
        // wp::array_store(var_curl, var_0, var_27);
        //---------
        // reverse
        wp::adj_array_store(var_curl, var_0, var_27, adj_curl, adj_0, adj_27);
        wp::adj_vec_t(var_22, var_24, var_25, adj_22, adj_24, adj_25, adj_26);
        wp::adj_extract(var_3, var_23, adj_3, adj_23, adj_24);
        wp::adj_extract(var_3, var_21, adj_3, adj_21, adj_22);
        // adj: curl[i] = wp.curlnoise(state, wp.vec3(p[0], p[1], 0.0))                           <L 34>
        wp::adj_array_store(var_out, var_0, var_20, adj_out, adj_0, adj_20);
        wp::adj_vec_t(var_7, var_8, var_11, var_19, adj_7, adj_8, adj_11, adj_19, adj_20);
        // adj: out[i] = wp.vec4(n1, n2, n3, n4)                                                  <L 33>
        wp::adj_noise(var_1, var_18, adj_1, adj_18, adj_19);
        wp::adj_vec_t(var_13, var_15, var_16, var_17, adj_13, adj_15, adj_16, adj_17, adj_18);
        wp::adj_extract(var_3, var_14, adj_3, adj_14, adj_15);
        wp::adj_extract(var_3, var_12, adj_3, adj_12, adj_13);
        // adj: n4 = wp.noise(state, wp.vec4(p[0], p[1], 0.5, 0.25))                              <L 32>
        wp::adj_pnoise(var_1, var_3, var_9, var_10, adj_1, adj_3, adj_9, adj_10, adj_11);
        // adj: n3 = wp.pnoise(state, p, 4, 4)                                                    <L 31>
        wp::adj_noise(var_1, var_3, adj_1, adj_3, adj_8);
        // adj: n2 = wp.noise(state, p)                                                           <L 30>
        wp::adj_noise(var_1, var_6, adj_1, adj_6, adj_7);
        wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
        // adj: n1 = wp.noise(state, p[0])                                                        <L 29>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_2);
        // adj: p = pts[i]                                                                        <L 28>
        // adj: state = wp.rand_init(seed)                                                        <L 27>
        // adj: i = wp.tid()                                                                      <L 26>
        // adj: def noise_variants(seed: int, pts: wp.array(dtype=wp.vec2), out: wp.array(dtype=wp.vec4), curl: wp.array(dtype=wp.vec3)):  <L 25>
        continue;
    }
}



extern "C" __global__ void sampling_5d1e183f_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_cdf,
    wp::array_t<wp::vec_t<2, wp::float32>> var_tri,
    wp::array_t<wp::vec_t<2, wp::float32>> var_square,
    wp::array_t<wp::vec_t<3, wp::float32>> var_cube,
    wp::array_t<wp::uint32> var_counts,
    wp::array_t<wp::int32> var_bins)
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
        wp::uint32 var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 3.5;
        wp::uint32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        //---------
        // forward
        // def sampling(seed: int, cdf: wp.array(dtype=float), tri: wp.array(dtype=wp.vec2), square: wp.array(dtype=wp.vec2), cube: wp.array(dtype=wp.vec3), counts: wp.array(dtype=wp.uint32), bins: wp.array(dtype=int)):       <L 38>
        // i = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 40>
        var_1 = wp::rand_init(var_seed, var_0);
        // tri[i] = wp.sample_triangle(state)                                                     <L 41>
        var_2 = wp::sample_triangle(var_1);
        wp::array_store(var_tri, var_0, var_2);
        // square[i] = wp.sample_unit_square(state)                                               <L 42>
        var_3 = wp::sample_unit_square(var_1);
        wp::array_store(var_square, var_0, var_3);
        // cube[i] = wp.sample_unit_cube(state) + wp.sample_unit_hemisphere_surface(state)        <L 43>
        var_4 = wp::sample_unit_cube(var_1);
        var_5 = wp::sample_unit_hemisphere_surface(var_1);
        var_6 = wp::add(var_4, var_5);
        wp::array_store(var_cube, var_0, var_6);
        // counts[i] = wp.poisson(state, 3.5)                                                     <L 44>
        var_8 = wp::poisson(var_1, var_7);
        wp::array_store(var_counts, var_0, var_8);
        // b = wp.sample_cdf(state, cdf)                                                          <L 45>
        var_9 = wp::sample_cdf(var_1, var_cdf);
        // wp.atomic_add(bins, b, 1)                                                              <L 46>
        var_11 = wp::atomic_add(var_bins, var_9, var_10);
    }
}



extern "C" __global__ void sampling_5d1e183f_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_cdf,
    wp::array_t<wp::vec_t<2, wp::float32>> var_tri,
    wp::array_t<wp::vec_t<2, wp::float32>> var_square,
    wp::array_t<wp::vec_t<3, wp::float32>> var_cube,
    wp::array_t<wp::uint32> var_counts,
    wp::array_t<wp::int32> var_bins,
    wp::int32 adj_seed,
    wp::array_t<wp::float32> adj_cdf,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_tri,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_square,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_cube,
    wp::array_t<wp::uint32> adj_counts,
    wp::array_t<wp::int32> adj_bins)
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
        wp::uint32 var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 3.5;
        wp::uint32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::uint32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        //---------
        // forward
        // def sampling(seed: int, cdf: wp.array(dtype=float), tri: wp.array(dtype=wp.vec2), square: wp.array(dtype=wp.vec2), cube: wp.array(dtype=wp.vec3), counts: wp.array(dtype=wp.uint32), bins: wp.array(dtype=int)):       <L 38>
        // i = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 40>
        var_1 = wp::rand_init(var_seed, var_0);
        // tri[i] = wp.sample_triangle(state)                                                     <L 41>
        var_2 = wp::sample_triangle(var_1);
        // wp::array_store(var_tri, var_0, var_2);
        // square[i] = wp.sample_unit_square(state)                                               <L 42>
        var_3 = wp::sample_unit_square(var_1);
        // wp::array_store(var_square, var_0, var_3);
        // cube[i] = wp.sample_unit_cube(state) + wp.sample_unit_hemisphere_surface(state)        <L 43>
        var_4 = wp::sample_unit_cube(var_1);
        var_5 = wp::sample_unit_hemisphere_surface(var_1);
        var_6 = wp::add(var_4, var_5);
        // wp::array_store(var_cube, var_0, var_6);
        // counts[i] = wp.poisson(state, 3.5)                                                     <L 44>
        var_8 = wp::poisson(var_1, var_7);
        // wp::array_store(var_counts, var_0, var_8);
        // b = wp.sample_cdf(state, cdf)                                                          <L 45>
        var_9 = wp::sample_cdf(var_1, var_cdf);
        // wp.atomic_add(bins, b, 1)                                                              <L 46>
        // var_11 = wp::atomic_add(var_bins, var_9, var_10);
        //---------
        // reverse
        wp::adj_atomic_add(var_bins, var_9, var_10, adj_bins, adj_9, adj_10, adj_11);
        // adj: wp.atomic_add(bins, b, 1)                                                         <L 46>
        // adj: b = wp.sample_cdf(state, cdf)                                                     <L 45>
        wp::adj_array_store(var_counts, var_0, var_8, adj_counts, adj_0, adj_8);
        // adj: counts[i] = wp.poisson(state, 3.5)                                                <L 44>
        wp::adj_array_store(var_cube, var_0, var_6, adj_cube, adj_0, adj_6);
        wp::adj_add(var_4, var_5, adj_4, adj_5, adj_6);
        // adj: cube[i] = wp.sample_unit_cube(state) + wp.sample_unit_hemisphere_surface(state)   <L 43>
        wp::adj_array_store(var_square, var_0, var_3, adj_square, adj_0, adj_3);
        // adj: square[i] = wp.sample_unit_square(state)                                          <L 42>
        wp::adj_array_store(var_tri, var_0, var_2, adj_tri, adj_0, adj_2);
        // adj: tri[i] = wp.sample_triangle(state)                                                <L 41>
        // adj: state = wp.rand_init(seed, i)                                                     <L 40>
        // adj: i = wp.tid()                                                                      <L 39>
        // adj: def sampling(seed: int, cdf: wp.array(dtype=float), tri: wp.array(dtype=wp.vec2), square: wp.array(dtype=wp.vec2), cube: wp.array(dtype=wp.vec3), counts: wp.array(dtype=wp.uint32), bins: wp.array(dtype=int)):  <L 38>
        continue;
    }
}



extern "C" __global__ void advect_by_curl_8cbdc892_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::float32 var_dt,
    wp::float32 var_t)
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
        wp::uint32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        const wp::int32 var_9 = 2;
        wp::float32 var_10;
        wp::vec_t<4, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::uint32 var_13 = 1;
        const wp::float32 var_14 = 2.0;
        const wp::float32 var_15 = 0.5;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // forward
        // def advect_by_curl(seed: int, x: wp.array(dtype=wp.vec3), dt: float, t: float):        <L 50>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed)                                                             <L 52>
        var_1 = wp::rand_init(var_seed);
        // p = x[i]                                                                               <L 53>
        var_2 = wp::address(var_x, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // v = wp.curlnoise(state, wp.vec4(p[0], p[1], p[2], t))                                  <L 54>
        var_6 = wp::extract(var_3, var_5);
        var_8 = wp::extract(var_3, var_7);
        var_10 = wp::extract(var_3, var_9);
        var_11 = wp::vec_t<4, wp::float32>(var_6, var_8, var_10, var_t);
        var_12 = wp::curlnoise(var_1, var_11, var_13, var_14, var_15);
        // x[i] = p + v * dt                                                                      <L 55>
        var_16 = wp::mul(var_12, var_dt);
        var_17 = wp::add(var_3, var_16);
        wp::array_store(var_x, var_0, var_17);
    }
}



extern "C" __global__ void advect_by_curl_8cbdc892_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::float32 var_dt,
    wp::float32 var_t,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::float32 adj_dt,
    wp::float32 adj_t)
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
        wp::uint32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        const wp::int32 var_9 = 2;
        wp::float32 var_10;
        wp::vec_t<4, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::uint32 var_13 = 1;
        const wp::float32 var_14 = 2.0;
        const wp::float32 var_15 = 0.5;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<4, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::uint32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        //---------
        // forward
        // def advect_by_curl(seed: int, x: wp.array(dtype=wp.vec3), dt: float, t: float):        <L 50>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed)                                                             <L 52>
        var_1 = wp::rand_init(var_seed);
        // p = x[i]                                                                               <L 53>
        var_2 = wp::address(var_x, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // v = wp.curlnoise(state, wp.vec4(p[0], p[1], p[2], t))                                  <L 54>
        var_6 = wp::extract(var_3, var_5);
        var_8 = wp::extract(var_3, var_7);
        var_10 = wp::extract(var_3, var_9);
        var_11 = wp::vec_t<4, wp::float32>(var_6, var_8, var_10, var_t);
        var_12 = wp::curlnoise(var_1, var_11, var_13, var_14, var_15);
        // x[i] = p + v * dt                                                                      <L 55>
        var_16 = wp::mul(var_12, var_dt);
        var_17 = wp::add(var_3, var_16);
        // wp::array_store(var_x, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_x, var_0, var_17, adj_x, adj_0, adj_17);
        wp::adj_add(var_3, var_16, adj_3, adj_16, adj_17);
        wp::adj_mul(var_12, var_dt, adj_12, adj_dt, adj_16);
        // adj: x[i] = p + v * dt                                                                 <L 55>
        wp::adj_vec_t(var_6, var_8, var_10, var_t, adj_6, adj_8, adj_10, adj_t, adj_11);
        wp::adj_extract(var_3, var_9, adj_3, adj_9, adj_10);
        wp::adj_extract(var_3, var_7, adj_3, adj_7, adj_8);
        wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
        // adj: v = wp.curlnoise(state, wp.vec4(p[0], p[1], p[2], t))                             <L 54>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
        // adj: p = x[i]                                                                          <L 53>
        // adj: state = wp.rand_init(seed)                                                        <L 52>
        // adj: i = wp.tid()                                                                      <L 51>
        // adj: def advect_by_curl(seed: int, x: wp.array(dtype=wp.vec3), dt: float, t: float):   <L 50>
        continue;
    }
}

