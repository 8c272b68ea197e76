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


// corpus/816_noise_variants.py:81
static CUDA_CALLABLE wp::float32 fbm4_0(
    wp::uint32 var_state,
    wp::vec_t<4, wp::float32> var_p,
    wp::int32 var_octaves)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::vec_t<4, wp::float32> var_4;
    wp::range_t var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 4;
    const wp::int32 var_8 = 4;
    const wp::int32 var_9 = 4;
    const wp::int32 var_10 = 4;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 2.0;
    wp::vec_t<4, wp::float32> var_15;
    const wp::float32 var_16 = 0.5;
    wp::float32 var_17;
    //---------
    // forward
    // def fbm4(state: wp.uint32, p: wp.vec4, octaves: int) -> float:                         <L 82>
    // s = float(0.0)                                                                         <L 83>
    var_1 = wp::float(var_0);
    // amp = float(1.0)                                                                       <L 84>
    var_3 = wp::float(var_2);
    // q = p                                                                                  <L 85>
    var_4 = wp::copy(var_p);
    // for o in range(octaves):                                                               <L 86>
    var_5 = wp::range(var_octaves);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
        // s += amp * wp.pnoise(state, q, 4, 4, 4, 4)                                         <L 87>
        var_11 = wp::pnoise(var_state, var_4, var_7, var_8, var_9, var_10);
        var_12 = wp::mul(var_3, var_11);
        var_13 = wp::add(var_1, var_12);
        // q = q * 2.0                                                                        <L 88>
        var_15 = wp::mul(var_4, var_14);
        // amp *= 0.5                                                                         <L 89>
        var_17 = wp::mul(var_3, var_16);
        wp::assign(var_1, var_13);
        wp::assign(var_3, var_17);
        wp::assign(var_4, var_15);
        goto start_for_0;
    end_for_0:;
    // return s                                                                               <L 90>
    return var_1;
}


// corpus/816_noise_variants.py:81
static CUDA_CALLABLE void adj_fbm4_0(
    wp::uint32 var_state,
    wp::vec_t<4, wp::float32> var_p,
    wp::int32 var_octaves,
    wp::uint32 & adj_state,
    wp::vec_t<4, wp::float32> & adj_p,
    wp::int32 & adj_octaves,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::vec_t<4, wp::float32> var_4;
    wp::range_t var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 4;
    const wp::int32 var_8 = 4;
    const wp::int32 var_9 = 4;
    const wp::int32 var_10 = 4;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 2.0;
    wp::vec_t<4, wp::float32> var_15;
    const wp::float32 var_16 = 0.5;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<4, wp::float32> adj_4 = {};
    wp::range_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<4, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def fbm4(state: wp.uint32, p: wp.vec4, octaves: int) -> float:                         <L 82>
    // s = float(0.0)                                                                         <L 83>
    var_1 = wp::float(var_0);
    // amp = float(1.0)                                                                       <L 84>
    var_3 = wp::float(var_2);
    // q = p                                                                                  <L 85>
    var_4 = wp::copy(var_p);
    // for o in range(octaves):                                                               <L 86>
    var_5 = wp::range(var_octaves);
    // return s                                                                               <L 90>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return s                                                                          <L 90>
    var_5 = wp::iter_reverse(var_5);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
    	adj_7 = {};
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
        // s += amp * wp.pnoise(state, q, 4, 4, 4, 4)                                         <L 87>
        var_11 = wp::pnoise(var_state, var_4, var_7, var_8, var_9, var_10);
        var_12 = wp::mul(var_3, var_11);
        var_13 = wp::add(var_1, var_12);
        // q = q * 2.0                                                                        <L 88>
        var_15 = wp::mul(var_4, var_14);
        // amp *= 0.5                                                                         <L 89>
        var_17 = wp::mul(var_3, var_16);
        wp::assign(var_1, var_13);
        wp::assign(var_3, var_17);
        wp::assign(var_4, var_15);
        wp::adj_assign(var_4, var_15, adj_4, adj_15);
        wp::adj_assign(var_3, var_17, adj_3, adj_17);
        wp::adj_assign(var_1, var_13, adj_1, adj_13);
        wp::adj_mul(var_3, var_16, adj_3, adj_16, adj_17);
        // adj: amp *= 0.5                                                                    <L 89>
        wp::adj_mul(var_4, var_14, adj_4, adj_14, adj_15);
        // adj: q = q * 2.0                                                                   <L 88>
        wp::adj_add(var_1, var_12, adj_1, adj_12, adj_13);
        wp::adj_mul(var_3, var_11, adj_3, adj_11, adj_12);
        wp::adj_pnoise(var_state, var_4, var_7, var_8, var_9, var_10, adj_state, adj_4, adj_7, adj_8, adj_9, adj_10, adj_11);
        // adj: s += amp * wp.pnoise(state, q, 4, 4, 4, 4)                                    <L 87>
    	goto start_for_0;
    end_for_0:;
    // adj: for o in range(octaves):                                                          <L 86>
    wp::adj_copy(var_p, adj_p, adj_4);
    // adj: q = p                                                                             <L 85>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: amp = float(1.0)                                                                  <L 84>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 83>
    // adj: def fbm4(state: wp.uint32, p: wp.vec4, octaves: int) -> float:                    <L 82>
    return;
}



extern "C" __global__ void noise_dims_8fa3b398_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pts,
    wp::float32 var_scale,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<4, wp::float32> var_23;
        //---------
        // forward
        // def noise_dims(seed: int, pts: wp.array(dtype=wp.vec4), scale: float, out: wp.array(dtype=wp.vec4)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 7>
        var_1 = wp::rand_init(var_seed, var_0);
        // p = pts[i] * scale                                                                     <L 8>
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_scale);
        // n1 = wp.noise(state, p[0])                                                             <L 9>
        var_6 = wp::extract(var_3, var_5);
        var_7 = wp::noise(var_1, var_6);
        // n2 = wp.noise(state, wp.vec2(p[0], p[1]))                                              <L 10>
        var_9 = wp::extract(var_3, var_8);
        var_11 = wp::extract(var_3, var_10);
        var_12 = wp::vec_t<2, wp::float32>(var_9, var_11);
        var_13 = wp::noise(var_1, var_12);
        // n3 = wp.noise(state, wp.vec3(p[0], p[1], p[2]))                                        <L 11>
        var_15 = wp::extract(var_3, var_14);
        var_17 = wp::extract(var_3, var_16);
        var_19 = wp::extract(var_3, var_18);
        var_20 = wp::vec_t<3, wp::float32>(var_15, var_17, var_19);
        var_21 = wp::noise(var_1, var_20);
        // n4 = wp.noise(state, p)                                                                <L 12>
        var_22 = wp::noise(var_1, var_3);
        // out[i] = wp.vec4(n1, n2, n3, n4)                                                       <L 13>
        var_23 = wp::vec_t<4, wp::float32>(var_7, var_13, var_21, var_22);
        wp::array_store(var_out, var_0, var_23);
    }
}



extern "C" __global__ void noise_dims_8fa3b398_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pts,
    wp::float32 var_scale,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_pts,
    wp::float32 adj_scale,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<4, wp::float32> var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::vec_t<4, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<4, wp::float32> adj_23 = {};
        //---------
        // forward
        // def noise_dims(seed: int, pts: wp.array(dtype=wp.vec4), scale: float, out: wp.array(dtype=wp.vec4)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 7>
        var_1 = wp::rand_init(var_seed, var_0);
        // p = pts[i] * scale                                                                     <L 8>
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_scale);
        // n1 = wp.noise(state, p[0])                                                             <L 9>
        var_6 = wp::extract(var_3, var_5);
        var_7 = wp::noise(var_1, var_6);
        // n2 = wp.noise(state, wp.vec2(p[0], p[1]))                                              <L 10>
        var_9 = wp::extract(var_3, var_8);
        var_11 = wp::extract(var_3, var_10);
        var_12 = wp::vec_t<2, wp::float32>(var_9, var_11);
        var_13 = wp::noise(var_1, var_12);
        // n3 = wp.noise(state, wp.vec3(p[0], p[1], p[2]))                                        <L 11>
        var_15 = wp::extract(var_3, var_14);
        var_17 = wp::extract(var_3, var_16);
        var_19 = wp::extract(var_3, var_18);
        var_20 = wp::vec_t<3, wp::float32>(var_15, var_17, var_19);
        var_21 = wp::noise(var_1, var_20);
        // n4 = wp.noise(state, p)                                                                <L 12>
        var_22 = wp::noise(var_1, var_3);
        // out[i] = wp.vec4(n1, n2, n3, n4)                                                       <L 13>
        var_23 = wp::vec_t<4, wp::float32>(var_7, var_13, var_21, var_22);
        // wp::array_store(var_out, var_0, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_23, adj_out, adj_0, adj_23);
        wp::adj_vec_t(var_7, var_13, var_21, var_22, adj_7, adj_13, adj_21, adj_22, adj_23);
        // adj: out[i] = wp.vec4(n1, n2, n3, n4)                                                  <L 13>
        wp::adj_noise(var_1, var_3, adj_1, adj_3, adj_22);
        // adj: n4 = wp.noise(state, p)                                                           <L 12>
        wp::adj_noise(var_1, var_20, adj_1, adj_20, adj_21);
        wp::adj_vec_t(var_15, var_17, var_19, adj_15, adj_17, adj_19, adj_20);
        wp::adj_extract(var_3, var_18, adj_3, adj_18, adj_19);
        wp::adj_extract(var_3, var_16, adj_3, adj_16, adj_17);
        wp::adj_extract(var_3, var_14, adj_3, adj_14, adj_15);
        // adj: n3 = wp.noise(state, wp.vec3(p[0], p[1], p[2]))                                   <L 11>
        wp::adj_noise(var_1, var_12, adj_1, adj_12, adj_13);
        wp::adj_vec_t(var_9, var_11, adj_9, adj_11, adj_12);
        wp::adj_extract(var_3, var_10, adj_3, adj_10, adj_11);
        wp::adj_extract(var_3, var_8, adj_3, adj_8, adj_9);
        // adj: n2 = wp.noise(state, wp.vec2(p[0], p[1]))                                         <L 10>
        wp::adj_noise(var_1, var_6, adj_1, adj_6, adj_7);
        wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
        // adj: n1 = wp.noise(state, p[0])                                                        <L 9>
        wp::adj_mul(var_4, var_scale, adj_2, adj_scale, adj_3);
        wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_2);
        // adj: p = pts[i] * scale                                                                <L 8>
        // adj: state = wp.rand_init(seed, i)                                                     <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def noise_dims(seed: int, pts: wp.array(dtype=wp.vec4), scale: float, out: wp.array(dtype=wp.vec4)):  <L 5>
        continue;
    }
}



extern "C" __global__ void noise_negative_and_large_7522b3b1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pts,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 9.5;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.25;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 13.0;
        wp::float32 var_18;
        const wp::float32 var_19 = -3.75;
        const wp::int32 var_20 = 2;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 3;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 100.5;
        wp::float32 var_28;
        wp::vec_t<4, wp::float32> var_29;
        const wp::float32 var_30 = 4096.0;
        wp::vec_t<4, wp::float32> var_31;
        const wp::float32 var_32 = 100000.0;
        const wp::float32 var_33 = -250000.0;
        const wp::float32 var_34 = 70000.0;
        const wp::float32 var_35 = -33000.0;
        wp::vec_t<4, wp::float32> var_36;
        wp::vec_t<4, wp::float32> var_37;
        const wp::int32 var_38 = 0;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 0;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 0;
        wp::float32 var_46;
        const wp::int32 var_47 = 1;
        wp::float32 var_48;
        wp::vec_t<2, wp::float32> var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 0;
        wp::float32 var_52;
        const wp::int32 var_53 = 1;
        wp::float32 var_54;
        wp::vec_t<2, wp::float32> var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 0;
        wp::float32 var_59;
        const wp::int32 var_60 = 1;
        wp::float32 var_61;
        const wp::int32 var_62 = 2;
        wp::float32 var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::float32 var_65;
        const wp::int32 var_66 = 0;
        wp::float32 var_67;
        const wp::int32 var_68 = 1;
        wp::float32 var_69;
        const wp::int32 var_70 = 2;
        wp::float32 var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        const wp::float32 var_76 = 2.0;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::vec_t<4, wp::float32> var_80;
        //---------
        // forward
        // def noise_negative_and_large(seed: int, pts: wp.array(dtype=wp.vec4), out: wp.array(dtype=wp.vec4)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed)                                                             <L 19>
        var_1 = wp::rand_init(var_seed);
        // q = pts[i]                                                                             <L 20>
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // neg = wp.vec4(-wp.abs(q[0]) * 9.5 - 0.25, -wp.abs(q[1]) * 13.0, -3.75 + q[2], -wp.abs(q[3]) - 100.5)       <L 21>
        var_6 = wp::extract(var_3, var_5);
        var_7 = wp::abs(var_6);
        var_8 = wp::neg(var_7);
        var_10 = wp::mul(var_8, var_9);
        var_12 = wp::sub(var_10, var_11);
        var_14 = wp::extract(var_3, var_13);
        var_15 = wp::abs(var_14);
        var_16 = wp::neg(var_15);
        var_18 = wp::mul(var_16, var_17);
        var_21 = wp::extract(var_3, var_20);
        var_22 = wp::add(var_19, var_21);
        var_24 = wp::extract(var_3, var_23);
        var_25 = wp::abs(var_24);
        var_26 = wp::neg(var_25);
        var_28 = wp::sub(var_26, var_27);
        var_29 = wp::vec_t<4, wp::float32>(var_12, var_18, var_22, var_28);
        // big = q * 4096.0 + wp.vec4(1.0e5, -2.5e5, 7.0e4, -3.3e4)                               <L 22>
        var_31 = wp::mul(var_3, var_30);
        var_36 = wp::vec_t<4, wp::float32>(var_32, var_33, var_34, var_35);
        var_37 = wp::add(var_31, var_36);
        // a = wp.noise(state, neg[0]) + wp.noise(state, big[0])                                  <L 23>
        var_39 = wp::extract(var_29, var_38);
        var_40 = wp::noise(var_1, var_39);
        var_42 = wp::extract(var_37, var_41);
        var_43 = wp::noise(var_1, var_42);
        var_44 = wp::add(var_40, var_43);
        // b = wp.noise(state, wp.vec2(neg[0], neg[1])) - wp.noise(state, wp.vec2(big[0], big[1]))       <L 24>
        var_46 = wp::extract(var_29, var_45);
        var_48 = wp::extract(var_29, var_47);
        var_49 = wp::vec_t<2, wp::float32>(var_46, var_48);
        var_50 = wp::noise(var_1, var_49);
        var_52 = wp::extract(var_37, var_51);
        var_54 = wp::extract(var_37, var_53);
        var_55 = wp::vec_t<2, wp::float32>(var_52, var_54);
        var_56 = wp::noise(var_1, var_55);
        var_57 = wp::sub(var_50, var_56);
        // c = wp.noise(state, wp.vec3(neg[0], neg[1], neg[2])) * wp.noise(state, wp.vec3(big[0], big[1], big[2]))       <L 25>
        var_59 = wp::extract(var_29, var_58);
        var_61 = wp::extract(var_29, var_60);
        var_63 = wp::extract(var_29, var_62);
        var_64 = wp::vec_t<3, wp::float32>(var_59, var_61, var_63);
        var_65 = wp::noise(var_1, var_64);
        var_67 = wp::extract(var_37, var_66);
        var_69 = wp::extract(var_37, var_68);
        var_71 = wp::extract(var_37, var_70);
        var_72 = wp::vec_t<3, wp::float32>(var_67, var_69, var_71);
        var_73 = wp::noise(var_1, var_72);
        var_74 = wp::mul(var_65, var_73);
        // d = wp.noise(state, neg) + 2.0 * wp.noise(state, big)                                  <L 26>
        var_75 = wp::noise(var_1, var_29);
        var_77 = wp::noise(var_1, var_37);
        var_78 = wp::mul(var_76, var_77);
        var_79 = wp::add(var_75, var_78);
        // out[i] = wp.vec4(a, b, c, d)                                                           <L 27>
        var_80 = wp::vec_t<4, wp::float32>(var_44, var_57, var_74, var_79);
        wp::array_store(var_out, var_0, var_80);
    }
}



extern "C" __global__ void noise_negative_and_large_7522b3b1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pts,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_pts,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 9.5;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.25;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 13.0;
        wp::float32 var_18;
        const wp::float32 var_19 = -3.75;
        const wp::int32 var_20 = 2;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 3;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 100.5;
        wp::float32 var_28;
        wp::vec_t<4, wp::float32> var_29;
        const wp::float32 var_30 = 4096.0;
        wp::vec_t<4, wp::float32> var_31;
        const wp::float32 var_32 = 100000.0;
        const wp::float32 var_33 = -250000.0;
        const wp::float32 var_34 = 70000.0;
        const wp::float32 var_35 = -33000.0;
        wp::vec_t<4, wp::float32> var_36;
        wp::vec_t<4, wp::float32> var_37;
        const wp::int32 var_38 = 0;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 0;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 0;
        wp::float32 var_46;
        const wp::int32 var_47 = 1;
        wp::float32 var_48;
        wp::vec_t<2, wp::float32> var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 0;
        wp::float32 var_52;
        const wp::int32 var_53 = 1;
        wp::float32 var_54;
        wp::vec_t<2, wp::float32> var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 0;
        wp::float32 var_59;
        const wp::int32 var_60 = 1;
        wp::float32 var_61;
        const wp::int32 var_62 = 2;
        wp::float32 var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::float32 var_65;
        const wp::int32 var_66 = 0;
        wp::float32 var_67;
        const wp::int32 var_68 = 1;
        wp::float32 var_69;
        const wp::int32 var_70 = 2;
        wp::float32 var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        const wp::float32 var_76 = 2.0;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::vec_t<4, wp::float32> var_80;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::vec_t<4, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<4, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<4, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<4, wp::float32> adj_36 = {};
        wp::vec_t<4, wp::float32> adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::vec_t<2, wp::float32> adj_49 = {};
        wp::float32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::vec_t<2, wp::float32> adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::float32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::vec_t<4, wp::float32> adj_80 = {};
        //---------
        // forward
        // def noise_negative_and_large(seed: int, pts: wp.array(dtype=wp.vec4), out: wp.array(dtype=wp.vec4)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed)                                                             <L 19>
        var_1 = wp::rand_init(var_seed);
        // q = pts[i]                                                                             <L 20>
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // neg = wp.vec4(-wp.abs(q[0]) * 9.5 - 0.25, -wp.abs(q[1]) * 13.0, -3.75 + q[2], -wp.abs(q[3]) - 100.5)       <L 21>
        var_6 = wp::extract(var_3, var_5);
        var_7 = wp::abs(var_6);
        var_8 = wp::neg(var_7);
        var_10 = wp::mul(var_8, var_9);
        var_12 = wp::sub(var_10, var_11);
        var_14 = wp::extract(var_3, var_13);
        var_15 = wp::abs(var_14);
        var_16 = wp::neg(var_15);
        var_18 = wp::mul(var_16, var_17);
        var_21 = wp::extract(var_3, var_20);
        var_22 = wp::add(var_19, var_21);
        var_24 = wp::extract(var_3, var_23);
        var_25 = wp::abs(var_24);
        var_26 = wp::neg(var_25);
        var_28 = wp::sub(var_26, var_27);
        var_29 = wp::vec_t<4, wp::float32>(var_12, var_18, var_22, var_28);
        // big = q * 4096.0 + wp.vec4(1.0e5, -2.5e5, 7.0e4, -3.3e4)                               <L 22>
        var_31 = wp::mul(var_3, var_30);
        var_36 = wp::vec_t<4, wp::float32>(var_32, var_33, var_34, var_35);
        var_37 = wp::add(var_31, var_36);
        // a = wp.noise(state, neg[0]) + wp.noise(state, big[0])                                  <L 23>
        var_39 = wp::extract(var_29, var_38);
        var_40 = wp::noise(var_1, var_39);
        var_42 = wp::extract(var_37, var_41);
        var_43 = wp::noise(var_1, var_42);
        var_44 = wp::add(var_40, var_43);
        // b = wp.noise(state, wp.vec2(neg[0], neg[1])) - wp.noise(state, wp.vec2(big[0], big[1]))       <L 24>
        var_46 = wp::extract(var_29, var_45);
        var_48 = wp::extract(var_29, var_47);
        var_49 = wp::vec_t<2, wp::float32>(var_46, var_48);
        var_50 = wp::noise(var_1, var_49);
        var_52 = wp::extract(var_37, var_51);
        var_54 = wp::extract(var_37, var_53);
        var_55 = wp::vec_t<2, wp::float32>(var_52, var_54);
        var_56 = wp::noise(var_1, var_55);
        var_57 = wp::sub(var_50, var_56);
        // c = wp.noise(state, wp.vec3(neg[0], neg[1], neg[2])) * wp.noise(state, wp.vec3(big[0], big[1], big[2]))       <L 25>
        var_59 = wp::extract(var_29, var_58);
        var_61 = wp::extract(var_29, var_60);
        var_63 = wp::extract(var_29, var_62);
        var_64 = wp::vec_t<3, wp::float32>(var_59, var_61, var_63);
        var_65 = wp::noise(var_1, var_64);
        var_67 = wp::extract(var_37, var_66);
        var_69 = wp::extract(var_37, var_68);
        var_71 = wp::extract(var_37, var_70);
        var_72 = wp::vec_t<3, wp::float32>(var_67, var_69, var_71);
        var_73 = wp::noise(var_1, var_72);
        var_74 = wp::mul(var_65, var_73);
        // d = wp.noise(state, neg) + 2.0 * wp.noise(state, big)                                  <L 26>
        var_75 = wp::noise(var_1, var_29);
        var_77 = wp::noise(var_1, var_37);
        var_78 = wp::mul(var_76, var_77);
        var_79 = wp::add(var_75, var_78);
        // out[i] = wp.vec4(a, b, c, d)                                                           <L 27>
        var_80 = wp::vec_t<4, wp::float32>(var_44, var_57, var_74, var_79);
        // wp::array_store(var_out, var_0, var_80);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_80, adj_out, adj_0, adj_80);
        wp::adj_vec_t(var_44, var_57, var_74, var_79, adj_44, adj_57, adj_74, adj_79, adj_80);
        // adj: out[i] = wp.vec4(a, b, c, d)                                                      <L 27>
        wp::adj_add(var_75, var_78, adj_75, adj_78, adj_79);
        wp::adj_mul(var_76, var_77, adj_76, adj_77, adj_78);
        wp::adj_noise(var_1, var_37, adj_1, adj_37, adj_77);
        wp::adj_noise(var_1, var_29, adj_1, adj_29, adj_75);
        // adj: d = wp.noise(state, neg) + 2.0 * wp.noise(state, big)                             <L 26>
        wp::adj_mul(var_65, var_73, adj_65, adj_73, adj_74);
        wp::adj_noise(var_1, var_72, adj_1, adj_72, adj_73);
        wp::adj_vec_t(var_67, var_69, var_71, adj_67, adj_69, adj_71, adj_72);
        wp::adj_extract(var_37, var_70, adj_37, adj_70, adj_71);
        wp::adj_extract(var_37, var_68, adj_37, adj_68, adj_69);
        wp::adj_extract(var_37, var_66, adj_37, adj_66, adj_67);
        wp::adj_noise(var_1, var_64, adj_1, adj_64, adj_65);
        wp::adj_vec_t(var_59, var_61, var_63, adj_59, adj_61, adj_63, adj_64);
        wp::adj_extract(var_29, var_62, adj_29, adj_62, adj_63);
        wp::adj_extract(var_29, var_60, adj_29, adj_60, adj_61);
        wp::adj_extract(var_29, var_58, adj_29, adj_58, adj_59);
        // adj: c = wp.noise(state, wp.vec3(neg[0], neg[1], neg[2])) * wp.noise(state, wp.vec3(big[0], big[1], big[2]))  <L 25>
        wp::adj_sub(var_50, var_56, adj_50, adj_56, adj_57);
        wp::adj_noise(var_1, var_55, adj_1, adj_55, adj_56);
        wp::adj_vec_t(var_52, var_54, adj_52, adj_54, adj_55);
        wp::adj_extract(var_37, var_53, adj_37, adj_53, adj_54);
        wp::adj_extract(var_37, var_51, adj_37, adj_51, adj_52);
        wp::adj_noise(var_1, var_49, adj_1, adj_49, adj_50);
        wp::adj_vec_t(var_46, var_48, adj_46, adj_48, adj_49);
        wp::adj_extract(var_29, var_47, adj_29, adj_47, adj_48);
        wp::adj_extract(var_29, var_45, adj_29, adj_45, adj_46);
        // adj: b = wp.noise(state, wp.vec2(neg[0], neg[1])) - wp.noise(state, wp.vec2(big[0], big[1]))  <L 24>
        wp::adj_add(var_40, var_43, adj_40, adj_43, adj_44);
        wp::adj_noise(var_1, var_42, adj_1, adj_42, adj_43);
        wp::adj_extract(var_37, var_41, adj_37, adj_41, adj_42);
        wp::adj_noise(var_1, var_39, adj_1, adj_39, adj_40);
        wp::adj_extract(var_29, var_38, adj_29, adj_38, adj_39);
        // adj: a = wp.noise(state, neg[0]) + wp.noise(state, big[0])                             <L 23>
        wp::adj_add(var_31, var_36, adj_31, adj_36, adj_37);
        wp::adj_vec_t(var_32, var_33, var_34, var_35, adj_32, adj_33, adj_34, adj_35, adj_36);
        wp::adj_mul(var_3, var_30, adj_3, adj_30, adj_31);
        // adj: big = q * 4096.0 + wp.vec4(1.0e5, -2.5e5, 7.0e4, -3.3e4)                          <L 22>
        wp::adj_vec_t(var_12, var_18, var_22, var_28, adj_12, adj_18, adj_22, adj_28, adj_29);
        wp::adj_sub(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_neg(var_25, adj_25, adj_26);
        wp::adj_abs(var_24, adj_24, adj_25);
        wp::adj_extract(var_3, var_23, adj_3, adj_23, adj_24);
        wp::adj_add(var_19, var_21, adj_19, adj_21, adj_22);
        wp::adj_extract(var_3, var_20, adj_3, adj_20, adj_21);
        wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_neg(var_15, adj_15, adj_16);
        wp::adj_abs(var_14, adj_14, adj_15);
        wp::adj_extract(var_3, var_13, adj_3, adj_13, adj_14);
        wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_neg(var_7, adj_7, adj_8);
        wp::adj_abs(var_6, adj_6, adj_7);
        wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
        // adj: neg = wp.vec4(-wp.abs(q[0]) * 9.5 - 0.25, -wp.abs(q[1]) * 13.0, -3.75 + q[2], -wp.abs(q[3]) - 100.5)  <L 21>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_2);
        // adj: q = pts[i]                                                                        <L 20>
        // adj: state = wp.rand_init(seed)                                                        <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def noise_negative_and_large(seed: int, pts: wp.array(dtype=wp.vec4), out: wp.array(dtype=wp.vec4)):  <L 17>
        continue;
    }
}



extern "C" __global__ void pnoise_periods_42f5104a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pts,
    wp::float32 var_scale,
    wp::int32 var_px,
    wp::int32 var_py,
    wp::int32 var_pz,
    wp::int32 var_pt,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out1,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out2)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<4, wp::float32> var_23;
        const wp::int32 var_24 = 3;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::float32 var_29;
        const wp::int32 var_30 = 2;
        wp::float32 var_31;
        wp::vec_t<2, wp::float32> var_32;
        const wp::float32 var_33 = 7.0;
        wp::vec_t<2, wp::float32> var_34;
        const wp::int32 var_35 = 3;
        const wp::int32 var_36 = 16;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::float32 var_39;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        wp::float32 var_43;
        wp::vec_t<3, wp::float32> var_44;
        const wp::float32 var_45 = 40.0;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        const wp::int32 var_48 = 256;
        const wp::int32 var_49 = 5;
        const wp::int32 var_50 = 2;
        wp::float32 var_51;
        const wp::float32 var_52 = 11.0;
        wp::vec_t<4, wp::float32> var_53;
        const wp::float32 var_54 = 10000.0;
        wp::vec_t<4, wp::float32> var_55;
        wp::vec_t<4, wp::float32> var_56;
        const wp::int32 var_57 = 8;
        const wp::int32 var_58 = 1;
        const wp::int32 var_59 = 33;
        const wp::int32 var_60 = 4;
        wp::float32 var_61;
        wp::vec_t<4, wp::float32> var_62;
        //---------
        // forward
        // def pnoise_periods(                                                                    <L 31>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 43>
        var_1 = wp::rand_init(var_seed, var_0);
        // p = pts[i] * scale                                                                     <L 44>
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_scale);
        // out1[i] = wp.vec4(                                                                     <L 45>
        // wp.pnoise(state, p[0], px),                                                            <L 46>
        var_6 = wp::extract(var_3, var_5);
        var_7 = wp::pnoise(var_1, var_6, var_px);
        // wp.pnoise(state, wp.vec2(p[0], p[1]), px, py),                                         <L 47>
        var_9 = wp::extract(var_3, var_8);
        var_11 = wp::extract(var_3, var_10);
        var_12 = wp::vec_t<2, wp::float32>(var_9, var_11);
        var_13 = wp::pnoise(var_1, var_12, var_px, var_py);
        // wp.pnoise(state, wp.vec3(p[0], p[1], p[2]), px, py, pz),                               <L 48>
        var_15 = wp::extract(var_3, var_14);
        var_17 = wp::extract(var_3, var_16);
        var_19 = wp::extract(var_3, var_18);
        var_20 = wp::vec_t<3, wp::float32>(var_15, var_17, var_19);
        var_21 = wp::pnoise(var_1, var_20, var_px, var_py, var_pz);
        // wp.pnoise(state, p, px, py, pz, pt),                                                   <L 49>
        var_22 = wp::pnoise(var_1, var_3, var_px, var_py, var_pz, var_pt);
        var_23 = wp::vec_t<4, wp::float32>(var_7, var_13, var_21, var_22);
        // out1[i] = wp.vec4(                                                                     <L 45>
        wp::array_store(var_out1, var_0, var_23);
        // out2[i] = wp.vec4(                                                                     <L 51>
        // wp.pnoise(state, p[3], 1),                                                             <L 52>
        var_25 = wp::extract(var_3, var_24);
        var_27 = wp::pnoise(var_1, var_25, var_26);
        // wp.pnoise(state, wp.vec2(p[1], p[2]) * 7.0, 3, 16),                                    <L 53>
        var_29 = wp::extract(var_3, var_28);
        var_31 = wp::extract(var_3, var_30);
        var_32 = wp::vec_t<2, wp::float32>(var_29, var_31);
        var_34 = wp::mul(var_32, var_33);
        var_37 = wp::pnoise(var_1, var_34, var_35, var_36);
        // wp.pnoise(state, wp.vec3(p[2], p[0], p[1]) - wp.vec3(40.0), 256, 5, 2),                <L 54>
        var_39 = wp::extract(var_3, var_38);
        var_41 = wp::extract(var_3, var_40);
        var_43 = wp::extract(var_3, var_42);
        var_44 = wp::vec_t<3, wp::float32>(var_39, var_41, var_43);
        var_46 = wp::vec_t<3, wp::float32>(var_45);
        var_47 = wp::sub(var_44, var_46);
        var_51 = wp::pnoise(var_1, var_47, var_48, var_49, var_50);
        // wp.pnoise(state, p * 11.0 + wp.vec4(1.0e4), 8, 1, 33, 4),                              <L 55>
        var_53 = wp::mul(var_3, var_52);
        var_55 = wp::vec_t<4, wp::float32>(var_54);
        var_56 = wp::add(var_53, var_55);
        var_61 = wp::pnoise(var_1, var_56, var_57, var_58, var_59, var_60);
        var_62 = wp::vec_t<4, wp::float32>(var_27, var_37, var_51, var_61);
        // out2[i] = wp.vec4(                                                                     <L 51>
        wp::array_store(var_out2, var_0, var_62);
    }
}



extern "C" __global__ void pnoise_periods_42f5104a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pts,
    wp::float32 var_scale,
    wp::int32 var_px,
    wp::int32 var_py,
    wp::int32 var_pz,
    wp::int32 var_pt,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out1,
    wp::array_t<wp::vec_t<4, wp::float32>> var_out2,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_pts,
    wp::float32 adj_scale,
    wp::int32 adj_px,
    wp::int32 adj_py,
    wp::int32 adj_pz,
    wp::int32 adj_pt,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out1,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out2)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<4, wp::float32> var_23;
        const wp::int32 var_24 = 3;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::float32 var_29;
        const wp::int32 var_30 = 2;
        wp::float32 var_31;
        wp::vec_t<2, wp::float32> var_32;
        const wp::float32 var_33 = 7.0;
        wp::vec_t<2, wp::float32> var_34;
        const wp::int32 var_35 = 3;
        const wp::int32 var_36 = 16;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::float32 var_39;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        wp::float32 var_43;
        wp::vec_t<3, wp::float32> var_44;
        const wp::float32 var_45 = 40.0;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        const wp::int32 var_48 = 256;
        const wp::int32 var_49 = 5;
        const wp::int32 var_50 = 2;
        wp::float32 var_51;
        const wp::float32 var_52 = 11.0;
        wp::vec_t<4, wp::float32> var_53;
        const wp::float32 var_54 = 10000.0;
        wp::vec_t<4, wp::float32> var_55;
        wp::vec_t<4, wp::float32> var_56;
        const wp::int32 var_57 = 8;
        const wp::int32 var_58 = 1;
        const wp::int32 var_59 = 33;
        const wp::int32 var_60 = 4;
        wp::float32 var_61;
        wp::vec_t<4, wp::float32> var_62;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::vec_t<4, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<4, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<2, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<2, wp::float32> adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::float32 adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::vec_t<4, wp::float32> adj_53 = {};
        wp::float32 adj_54 = {};
        wp::vec_t<4, wp::float32> adj_55 = {};
        wp::vec_t<4, wp::float32> adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::vec_t<4, wp::float32> adj_62 = {};
        //---------
        // forward
        // def pnoise_periods(                                                                    <L 31>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 43>
        var_1 = wp::rand_init(var_seed, var_0);
        // p = pts[i] * scale                                                                     <L 44>
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_scale);
        // out1[i] = wp.vec4(                                                                     <L 45>
        // wp.pnoise(state, p[0], px),                                                            <L 46>
        var_6 = wp::extract(var_3, var_5);
        var_7 = wp::pnoise(var_1, var_6, var_px);
        // wp.pnoise(state, wp.vec2(p[0], p[1]), px, py),                                         <L 47>
        var_9 = wp::extract(var_3, var_8);
        var_11 = wp::extract(var_3, var_10);
        var_12 = wp::vec_t<2, wp::float32>(var_9, var_11);
        var_13 = wp::pnoise(var_1, var_12, var_px, var_py);
        // wp.pnoise(state, wp.vec3(p[0], p[1], p[2]), px, py, pz),                               <L 48>
        var_15 = wp::extract(var_3, var_14);
        var_17 = wp::extract(var_3, var_16);
        var_19 = wp::extract(var_3, var_18);
        var_20 = wp::vec_t<3, wp::float32>(var_15, var_17, var_19);
        var_21 = wp::pnoise(var_1, var_20, var_px, var_py, var_pz);
        // wp.pnoise(state, p, px, py, pz, pt),                                                   <L 49>
        var_22 = wp::pnoise(var_1, var_3, var_px, var_py, var_pz, var_pt);
        var_23 = wp::vec_t<4, wp::float32>(var_7, var_13, var_21, var_22);
        // out1[i] = wp.vec4(                                                                     <L 45>
        // wp::array_store(var_out1, var_0, var_23);
        // out2[i] = wp.vec4(                                                                     <L 51>
        // wp.pnoise(state, p[3], 1),                                                             <L 52>
        var_25 = wp::extract(var_3, var_24);
        var_27 = wp::pnoise(var_1, var_25, var_26);
        // wp.pnoise(state, wp.vec2(p[1], p[2]) * 7.0, 3, 16),                                    <L 53>
        var_29 = wp::extract(var_3, var_28);
        var_31 = wp::extract(var_3, var_30);
        var_32 = wp::vec_t<2, wp::float32>(var_29, var_31);
        var_34 = wp::mul(var_32, var_33);
        var_37 = wp::pnoise(var_1, var_34, var_35, var_36);
        // wp.pnoise(state, wp.vec3(p[2], p[0], p[1]) - wp.vec3(40.0), 256, 5, 2),                <L 54>
        var_39 = wp::extract(var_3, var_38);
        var_41 = wp::extract(var_3, var_40);
        var_43 = wp::extract(var_3, var_42);
        var_44 = wp::vec_t<3, wp::float32>(var_39, var_41, var_43);
        var_46 = wp::vec_t<3, wp::float32>(var_45);
        var_47 = wp::sub(var_44, var_46);
        var_51 = wp::pnoise(var_1, var_47, var_48, var_49, var_50);
        // wp.pnoise(state, p * 11.0 + wp.vec4(1.0e4), 8, 1, 33, 4),                              <L 55>
        var_53 = wp::mul(var_3, var_52);
        var_55 = wp::vec_t<4, wp::float32>(var_54);
        var_56 = wp::add(var_53, var_55);
        var_61 = wp::pnoise(var_1, var_56, var_57, var_58, var_59, var_60);
        var_62 = wp::vec_t<4, wp::float32>(var_27, var_37, var_51, var_61);
        // out2[i] = wp.vec4(                                                                     <L 51>
        // wp::array_store(var_out2, var_0, var_62);
        //---------
        // reverse
        wp::adj_array_store(var_out2, var_0, var_62, adj_out2, adj_0, adj_62);
        // adj: out2[i] = wp.vec4(                                                                <L 51>
        wp::adj_vec_t(var_27, var_37, var_51, var_61, adj_27, adj_37, adj_51, adj_61, adj_62);
        wp::adj_pnoise(var_1, var_56, var_57, var_58, var_59, var_60, adj_1, adj_56, adj_57, adj_58, adj_59, adj_60, adj_61);
        wp::adj_add(var_53, var_55, adj_53, adj_55, adj_56);
        wp::adj_vec_t(var_54, adj_54, adj_55);
        wp::adj_mul(var_3, var_52, adj_3, adj_52, adj_53);
        // adj: wp.pnoise(state, p * 11.0 + wp.vec4(1.0e4), 8, 1, 33, 4),                         <L 55>
        wp::adj_pnoise(var_1, var_47, var_48, var_49, var_50, adj_1, adj_47, adj_48, adj_49, adj_50, adj_51);
        wp::adj_sub(var_44, var_46, adj_44, adj_46, adj_47);
        wp::adj_vec_t(var_45, adj_45, adj_46);
        wp::adj_vec_t(var_39, var_41, var_43, adj_39, adj_41, adj_43, adj_44);
        wp::adj_extract(var_3, var_42, adj_3, adj_42, adj_43);
        wp::adj_extract(var_3, var_40, adj_3, adj_40, adj_41);
        wp::adj_extract(var_3, var_38, adj_3, adj_38, adj_39);
        // adj: wp.pnoise(state, wp.vec3(p[2], p[0], p[1]) - wp.vec3(40.0), 256, 5, 2),           <L 54>
        wp::adj_pnoise(var_1, var_34, var_35, var_36, adj_1, adj_34, adj_35, adj_36, adj_37);
        wp::adj_mul(var_32, var_33, adj_32, adj_33, adj_34);
        wp::adj_vec_t(var_29, var_31, adj_29, adj_31, adj_32);
        wp::adj_extract(var_3, var_30, adj_3, adj_30, adj_31);
        wp::adj_extract(var_3, var_28, adj_3, adj_28, adj_29);
        // adj: wp.pnoise(state, wp.vec2(p[1], p[2]) * 7.0, 3, 16),                               <L 53>
        wp::adj_pnoise(var_1, var_25, var_26, adj_1, adj_25, adj_26, adj_27);
        wp::adj_extract(var_3, var_24, adj_3, adj_24, adj_25);
        // adj: wp.pnoise(state, p[3], 1),                                                        <L 52>
        // adj: out2[i] = wp.vec4(                                                                <L 51>
        wp::adj_array_store(var_out1, var_0, var_23, adj_out1, adj_0, adj_23);
        // adj: out1[i] = wp.vec4(                                                                <L 45>
        wp::adj_vec_t(var_7, var_13, var_21, var_22, adj_7, adj_13, adj_21, adj_22, adj_23);
        wp::adj_pnoise(var_1, var_3, var_px, var_py, var_pz, var_pt, adj_1, adj_3, adj_px, adj_py, adj_pz, adj_pt, adj_22);
        // adj: wp.pnoise(state, p, px, py, pz, pt),                                              <L 49>
        wp::adj_pnoise(var_1, var_20, var_px, var_py, var_pz, adj_1, adj_20, adj_px, adj_py, adj_pz, adj_21);
        wp::adj_vec_t(var_15, var_17, var_19, adj_15, adj_17, adj_19, adj_20);
        wp::adj_extract(var_3, var_18, adj_3, adj_18, adj_19);
        wp::adj_extract(var_3, var_16, adj_3, adj_16, adj_17);
        wp::adj_extract(var_3, var_14, adj_3, adj_14, adj_15);
        // adj: wp.pnoise(state, wp.vec3(p[0], p[1], p[2]), px, py, pz),                          <L 48>
        wp::adj_pnoise(var_1, var_12, var_px, var_py, adj_1, adj_12, adj_px, adj_py, adj_13);
        wp::adj_vec_t(var_9, var_11, adj_9, adj_11, adj_12);
        wp::adj_extract(var_3, var_10, adj_3, adj_10, adj_11);
        wp::adj_extract(var_3, var_8, adj_3, adj_8, adj_9);
        // adj: wp.pnoise(state, wp.vec2(p[0], p[1]), px, py),                                    <L 47>
        wp::adj_pnoise(var_1, var_6, var_px, adj_1, adj_6, adj_px, adj_7);
        wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
        // adj: wp.pnoise(state, p[0], px),                                                       <L 46>
        // adj: out1[i] = wp.vec4(                                                                <L 45>
        wp::adj_mul(var_4, var_scale, adj_2, adj_scale, adj_3);
        wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_2);
        // adj: p = pts[i] * scale                                                                <L 44>
        // adj: state = wp.rand_init(seed, i)                                                     <L 43>
        // adj: i = wp.tid()                                                                      <L 42>
        // adj: def pnoise_periods(                                                               <L 31>
        continue;
    }
}



extern "C" __global__ void curl_default_49ac7b22_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pts,
    wp::float32 var_scale,
    wp::array_t<wp::vec_t<2, wp::float32>> var_c2,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c3,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c4)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        const wp::uint32 var_11 = 1u;
        const wp::float32 var_12 = 2.0;
        const wp::float32 var_13 = 0.5;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::uint32 var_22 = 1u;
        const wp::float32 var_23 = 2.0;
        const wp::float32 var_24 = 0.5;
        wp::vec_t<3, wp::float32> var_25;
        const wp::uint32 var_26 = 1u;
        const wp::float32 var_27 = 2.0;
        const wp::float32 var_28 = 0.5;
        //---------
        // forward
        // def curl_default(seed: int, pts: wp.array(dtype=wp.vec4), scale: float, c2: wp.array(dtype=wp.vec2),       <L 60>
        // i = wp.tid()                                                                           <L 62>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 63>
        var_1 = wp::rand_init(var_seed, var_0);
        // p = pts[i] * scale                                                                     <L 64>
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_scale);
        // c2[i] = wp.curlnoise(state, wp.vec2(p[0], p[1]))                                       <L 65>
        var_6 = wp::extract(var_3, var_5);
        var_8 = wp::extract(var_3, var_7);
        var_9 = wp::vec_t<2, wp::float32>(var_6, var_8);
        var_10 = wp::curlnoise(var_1, var_9, var_11, var_12, var_13);
        wp::array_store(var_c2, var_0, var_10);
        // c3[i] = wp.curlnoise(state, wp.vec3(p[0], p[1], p[2]))                                 <L 66>
        var_15 = wp::extract(var_3, var_14);
        var_17 = wp::extract(var_3, var_16);
        var_19 = wp::extract(var_3, var_18);
        var_20 = wp::vec_t<3, wp::float32>(var_15, var_17, var_19);
        var_21 = wp::curlnoise(var_1, var_20, var_22, var_23, var_24);
        wp::array_store(var_c3, var_0, var_21);
        // c4[i] = wp.curlnoise(state, p)                                                         <L 67>
        var_25 = wp::curlnoise(var_1, var_3, var_26, var_27, var_28);
        wp::array_store(var_c4, var_0, var_25);
    }
}



extern "C" __global__ void curl_default_49ac7b22_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pts,
    wp::float32 var_scale,
    wp::array_t<wp::vec_t<2, wp::float32>> var_c2,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c3,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c4,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_pts,
    wp::float32 adj_scale,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_c2,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c3,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c4)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        const wp::uint32 var_11 = 1u;
        const wp::float32 var_12 = 2.0;
        const wp::float32 var_13 = 0.5;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::uint32 var_22 = 1u;
        const wp::float32 var_23 = 2.0;
        const wp::float32 var_24 = 0.5;
        wp::vec_t<3, wp::float32> var_25;
        const wp::uint32 var_26 = 1u;
        const wp::float32 var_27 = 2.0;
        const wp::float32 var_28 = 0.5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::vec_t<4, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::uint32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::uint32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::uint32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        //---------
        // forward
        // def curl_default(seed: int, pts: wp.array(dtype=wp.vec4), scale: float, c2: wp.array(dtype=wp.vec2),       <L 60>
        // i = wp.tid()                                                                           <L 62>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 63>
        var_1 = wp::rand_init(var_seed, var_0);
        // p = pts[i] * scale                                                                     <L 64>
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_scale);
        // c2[i] = wp.curlnoise(state, wp.vec2(p[0], p[1]))                                       <L 65>
        var_6 = wp::extract(var_3, var_5);
        var_8 = wp::extract(var_3, var_7);
        var_9 = wp::vec_t<2, wp::float32>(var_6, var_8);
        var_10 = wp::curlnoise(var_1, var_9, var_11, var_12, var_13);
        // wp::array_store(var_c2, var_0, var_10);
        // c3[i] = wp.curlnoise(state, wp.vec3(p[0], p[1], p[2]))                                 <L 66>
        var_15 = wp::extract(var_3, var_14);
        var_17 = wp::extract(var_3, var_16);
        var_19 = wp::extract(var_3, var_18);
        var_20 = wp::vec_t<3, wp::float32>(var_15, var_17, var_19);
        var_21 = wp::curlnoise(var_1, var_20, var_22, var_23, var_24);
        // wp::array_store(var_c3, var_0, var_21);
        // c4[i] = wp.curlnoise(state, p)                                                         <L 67>
        var_25 = wp::curlnoise(var_1, var_3, var_26, var_27, var_28);
        // wp::array_store(var_c4, var_0, var_25);
        //---------
        // reverse
        wp::adj_array_store(var_c4, var_0, var_25, adj_c4, adj_0, adj_25);
        wp::adj_curlnoise(var_1, var_3, var_26, var_27, var_28, adj_1, adj_3, adj_26, adj_27, adj_28, adj_25);
        // adj: c4[i] = wp.curlnoise(state, p)                                                    <L 67>
        wp::adj_array_store(var_c3, var_0, var_21, adj_c3, adj_0, adj_21);
        wp::adj_curlnoise(var_1, var_20, var_22, var_23, var_24, adj_1, adj_20, adj_22, adj_23, adj_24, adj_21);
        wp::adj_vec_t(var_15, var_17, var_19, adj_15, adj_17, adj_19, adj_20);
        wp::adj_extract(var_3, var_18, adj_3, adj_18, adj_19);
        wp::adj_extract(var_3, var_16, adj_3, adj_16, adj_17);
        wp::adj_extract(var_3, var_14, adj_3, adj_14, adj_15);
        // adj: c3[i] = wp.curlnoise(state, wp.vec3(p[0], p[1], p[2]))                            <L 66>
        wp::adj_array_store(var_c2, var_0, var_10, adj_c2, adj_0, adj_10);
        wp::adj_curlnoise(var_1, var_9, var_11, var_12, var_13, adj_1, adj_9, adj_11, adj_12, adj_13, adj_10);
        wp::adj_vec_t(var_6, var_8, adj_6, adj_8, adj_9);
        wp::adj_extract(var_3, var_7, adj_3, adj_7, adj_8);
        wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
        // adj: c2[i] = wp.curlnoise(state, wp.vec2(p[0], p[1]))                                  <L 65>
        wp::adj_mul(var_4, var_scale, adj_2, adj_scale, adj_3);
        wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_2);
        // adj: p = pts[i] * scale                                                                <L 64>
        // adj: state = wp.rand_init(seed, i)                                                     <L 63>
        // adj: i = wp.tid()                                                                      <L 62>
        // adj: def curl_default(seed: int, pts: wp.array(dtype=wp.vec4), scale: float, c2: wp.array(dtype=wp.vec2),  <L 60>
        continue;
    }
}



extern "C" __global__ void curl_octaves_ce960d56_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pts,
    wp::uint32 var_octaves,
    wp::array_t<wp::vec_t<2, wp::float32>> var_c2,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c3,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c4)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        const wp::float32 var_10 = 1.5;
        const wp::float32 var_11 = 0.6;
        wp::vec_t<2, wp::float32> var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 4;
        wp::uint32 var_21;
        const wp::float32 var_22 = 2.5;
        const wp::float32 var_23 = 0.4;
        wp::vec_t<3, wp::float32> var_24;
        const wp::float32 var_25 = 3.5;
        const wp::float32 var_26 = 0.0;
        const wp::float32 var_27 = -2.0;
        const wp::float32 var_28 = 1000.0;
        wp::vec_t<4, wp::float32> var_29;
        wp::vec_t<4, wp::float32> var_30;
        const wp::int32 var_31 = 3;
        wp::uint32 var_32;
        const wp::float32 var_33 = 1.9;
        wp::vec_t<3, wp::float32> var_34;
        const wp::float32 var_35 = 0.5;
        //---------
        // forward
        // def curl_octaves(seed: int, pts: wp.array(dtype=wp.vec4), octaves: wp.uint32, c2: wp.array(dtype=wp.vec2),       <L 71>
        // i = wp.tid()                                                                           <L 73>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed)                                                             <L 74>
        var_1 = wp::rand_init(var_seed);
        // p = pts[i]                                                                             <L 75>
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // c2[i] = wp.curlnoise(state, wp.vec2(p[0], p[1]), octaves, 1.5, 0.6)                    <L 76>
        var_6 = wp::extract(var_3, var_5);
        var_8 = wp::extract(var_3, var_7);
        var_9 = wp::vec_t<2, wp::float32>(var_6, var_8);
        var_12 = wp::curlnoise(var_1, var_9, var_octaves, var_10, var_11);
        wp::array_store(var_c2, var_0, var_12);
        // c3[i] = wp.curlnoise(state, wp.vec3(p[0], p[1], p[2]), octaves=wp.uint32(4), lacunarity=2.5, gain=0.4)       <L 77>
        var_14 = wp::extract(var_3, var_13);
        var_16 = wp::extract(var_3, var_15);
        var_18 = wp::extract(var_3, var_17);
        var_19 = wp::vec_t<3, wp::float32>(var_14, var_16, var_18);
        var_21 = wp::uint32(var_20);
        var_24 = wp::curlnoise(var_1, var_19, var_21, var_22, var_23);
        wp::array_store(var_c3, var_0, var_24);
        // c4[i] = wp.curlnoise(state, p - wp.vec4(3.5, 0.0, -2.0, 1.0e3), wp.uint32(3), lacunarity=1.9)       <L 78>
        var_29 = wp::vec_t<4, wp::float32>(var_25, var_26, var_27, var_28);
        var_30 = wp::sub(var_3, var_29);
        var_32 = wp::uint32(var_31);
        var_34 = wp::curlnoise(var_1, var_30, var_32, var_33, var_35);
        wp::array_store(var_c4, var_0, var_34);
    }
}



extern "C" __global__ void curl_octaves_ce960d56_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pts,
    wp::uint32 var_octaves,
    wp::array_t<wp::vec_t<2, wp::float32>> var_c2,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c3,
    wp::array_t<wp::vec_t<3, wp::float32>> var_c4,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_pts,
    wp::uint32 adj_octaves,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_c2,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c3,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c4)
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
        wp::vec_t<4, wp::float32>* var_2;
        wp::vec_t<4, wp::float32> var_3;
        wp::vec_t<4, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        const wp::float32 var_10 = 1.5;
        const wp::float32 var_11 = 0.6;
        wp::vec_t<2, wp::float32> var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 4;
        wp::uint32 var_21;
        const wp::float32 var_22 = 2.5;
        const wp::float32 var_23 = 0.4;
        wp::vec_t<3, wp::float32> var_24;
        const wp::float32 var_25 = 3.5;
        const wp::float32 var_26 = 0.0;
        const wp::float32 var_27 = -2.0;
        const wp::float32 var_28 = 1000.0;
        wp::vec_t<4, wp::float32> var_29;
        wp::vec_t<4, wp::float32> var_30;
        const wp::int32 var_31 = 3;
        wp::uint32 var_32;
        const wp::float32 var_33 = 1.9;
        wp::vec_t<3, wp::float32> var_34;
        const wp::float32 var_35 = 0.5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::vec_t<4, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::uint32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<4, wp::float32> adj_29 = {};
        wp::vec_t<4, wp::float32> adj_30 = {};
        wp::int32 adj_31 = {};
        wp::uint32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        //---------
        // forward
        // def curl_octaves(seed: int, pts: wp.array(dtype=wp.vec4), octaves: wp.uint32, c2: wp.array(dtype=wp.vec2),       <L 71>
        // i = wp.tid()                                                                           <L 73>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed)                                                             <L 74>
        var_1 = wp::rand_init(var_seed);
        // p = pts[i]                                                                             <L 75>
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // c2[i] = wp.curlnoise(state, wp.vec2(p[0], p[1]), octaves, 1.5, 0.6)                    <L 76>
        var_6 = wp::extract(var_3, var_5);
        var_8 = wp::extract(var_3, var_7);
        var_9 = wp::vec_t<2, wp::float32>(var_6, var_8);
        var_12 = wp::curlnoise(var_1, var_9, var_octaves, var_10, var_11);
        // wp::array_store(var_c2, var_0, var_12);
        // c3[i] = wp.curlnoise(state, wp.vec3(p[0], p[1], p[2]), octaves=wp.uint32(4), lacunarity=2.5, gain=0.4)       <L 77>
        var_14 = wp::extract(var_3, var_13);
        var_16 = wp::extract(var_3, var_15);
        var_18 = wp::extract(var_3, var_17);
        var_19 = wp::vec_t<3, wp::float32>(var_14, var_16, var_18);
        var_21 = wp::uint32(var_20);
        var_24 = wp::curlnoise(var_1, var_19, var_21, var_22, var_23);
        // wp::array_store(var_c3, var_0, var_24);
        // c4[i] = wp.curlnoise(state, p - wp.vec4(3.5, 0.0, -2.0, 1.0e3), wp.uint32(3), lacunarity=1.9)       <L 78>
        var_29 = wp::vec_t<4, wp::float32>(var_25, var_26, var_27, var_28);
        var_30 = wp::sub(var_3, var_29);
        var_32 = wp::uint32(var_31);
        var_34 = wp::curlnoise(var_1, var_30, var_32, var_33, var_35);
        // wp::array_store(var_c4, var_0, var_34);
        //---------
        // reverse
        wp::adj_array_store(var_c4, var_0, var_34, adj_c4, adj_0, adj_34);
        wp::adj_curlnoise(var_1, var_30, var_32, var_33, var_35, adj_1, adj_30, adj_32, adj_33, adj_35, adj_34);
        wp::adj_sub(var_3, var_29, adj_3, adj_29, adj_30);
        wp::adj_vec_t(var_25, var_26, var_27, var_28, adj_25, adj_26, adj_27, adj_28, adj_29);
        // adj: c4[i] = wp.curlnoise(state, p - wp.vec4(3.5, 0.0, -2.0, 1.0e3), wp.uint32(3), lacunarity=1.9)  <L 78>
        wp::adj_array_store(var_c3, var_0, var_24, adj_c3, adj_0, adj_24);
        wp::adj_curlnoise(var_1, var_19, var_21, var_22, var_23, adj_1, adj_19, adj_21, adj_22, adj_23, adj_24);
        wp::adj_vec_t(var_14, var_16, var_18, adj_14, adj_16, adj_18, adj_19);
        wp::adj_extract(var_3, var_17, adj_3, adj_17, adj_18);
        wp::adj_extract(var_3, var_15, adj_3, adj_15, adj_16);
        wp::adj_extract(var_3, var_13, adj_3, adj_13, adj_14);
        // adj: c3[i] = wp.curlnoise(state, wp.vec3(p[0], p[1], p[2]), octaves=wp.uint32(4), lacunarity=2.5, gain=0.4)  <L 77>
        wp::adj_array_store(var_c2, var_0, var_12, adj_c2, adj_0, adj_12);
        wp::adj_curlnoise(var_1, var_9, var_octaves, var_10, var_11, adj_1, adj_9, adj_octaves, adj_10, adj_11, adj_12);
        wp::adj_vec_t(var_6, var_8, adj_6, adj_8, adj_9);
        wp::adj_extract(var_3, var_7, adj_3, adj_7, adj_8);
        wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
        // adj: c2[i] = wp.curlnoise(state, wp.vec2(p[0], p[1]), octaves, 1.5, 0.6)               <L 76>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_2);
        // adj: p = pts[i]                                                                        <L 75>
        // adj: state = wp.rand_init(seed)                                                        <L 74>
        // adj: i = wp.tid()                                                                      <L 73>
        // adj: def curl_octaves(seed: int, pts: wp.array(dtype=wp.vec4), octaves: wp.uint32, c2: wp.array(dtype=wp.vec2),  <L 71>
        continue;
    }
}



extern "C" __global__ void noise_in_func_80c7c485_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pts,
    wp::int32 var_octaves,
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
        const wp::int32 var_1 = 17;
        wp::uint32 var_2;
        wp::vec_t<4, wp::float32>* var_3;
        const wp::float32 var_4 = 3.0;
        wp::vec_t<4, wp::float32> var_5;
        wp::vec_t<4, wp::float32> var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def noise_in_func(seed: int, pts: wp.array(dtype=wp.vec4), octaves: int, out: wp.array(dtype=float)):       <L 94>
        // i = wp.tid()                                                                           <L 95>
        var_0 = builtin_tid1d();
        // out[i] = fbm4(wp.rand_init(seed, 17), pts[i] * 3.0, octaves)                           <L 96>
        var_2 = wp::rand_init(var_seed, var_1);
        var_3 = wp::address(var_pts, var_0);
        var_6 = wp::load(var_3);
        var_5 = wp::mul(var_6, var_4);
        var_7 = fbm4_0(var_2, var_5, var_octaves);
        wp::array_store(var_out, var_0, var_7);
    }
}



extern "C" __global__ void noise_in_func_80c7c485_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pts,
    wp::int32 var_octaves,
    wp::array_t<wp::float32> var_out,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_pts,
    wp::int32 adj_octaves,
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
        const wp::int32 var_1 = 17;
        wp::uint32 var_2;
        wp::vec_t<4, wp::float32>* var_3;
        const wp::float32 var_4 = 3.0;
        wp::vec_t<4, wp::float32> var_5;
        wp::vec_t<4, wp::float32> var_6;
        wp::float32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<4, wp::float32> adj_5 = {};
        wp::vec_t<4, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def noise_in_func(seed: int, pts: wp.array(dtype=wp.vec4), octaves: int, out: wp.array(dtype=float)):       <L 94>
        // i = wp.tid()                                                                           <L 95>
        var_0 = builtin_tid1d();
        // out[i] = fbm4(wp.rand_init(seed, 17), pts[i] * 3.0, octaves)                           <L 96>
        var_2 = wp::rand_init(var_seed, var_1);
        var_3 = wp::address(var_pts, var_0);
        var_6 = wp::load(var_3);
        var_5 = wp::mul(var_6, var_4);
        var_7 = fbm4_0(var_2, var_5, var_octaves);
        // wp::array_store(var_out, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_7, adj_out, adj_0, adj_7);
        adj_fbm4_0(var_2, var_5, var_octaves, adj_2, adj_5, adj_octaves, adj_7);
        wp::adj_mul(var_6, var_4, adj_3, adj_4, adj_5);
        wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_3);
        // adj: out[i] = fbm4(wp.rand_init(seed, 17), pts[i] * 3.0, octaves)                      <L 96>
        // adj: i = wp.tid()                                                                      <L 95>
        // adj: def noise_in_func(seed: int, pts: wp.array(dtype=wp.vec4), octaves: int, out: wp.array(dtype=float)):  <L 94>
        continue;
    }
}

