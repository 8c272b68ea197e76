
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


// corpus/025_monte_carlo_integration.py:12
static CUDA_CALLABLE wp::float32 integrand_0(
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 3.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 3.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def integrand(x: float, y: float) -> float:                                            <L 13>
    // return wp.exp(-(x * x + y * y)) * wp.cos(3.0 * x) * wp.cos(3.0 * x)                    <L 14>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::mul(var_y, var_y);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::neg(var_2);
    var_4 = wp::exp(var_3);
    var_6 = wp::mul(var_5, var_x);
    var_7 = wp::cos(var_6);
    var_8 = wp::mul(var_4, var_7);
    var_10 = wp::mul(var_9, var_x);
    var_11 = wp::cos(var_10);
    var_12 = wp::mul(var_8, var_11);
    return var_12;
}


// corpus/025_monte_carlo_integration.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> sample_sphere_surface_0(
    wp::uint32 var_state)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = -1.0;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 2.0;
    const wp::float32 var_6 = 3.141592653589793;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // forward
    // def sample_sphere_surface(state: wp.uint32):                                           <L 5>
    // z = wp.randf(state, -1.0, 1.0)                                                         <L 6>
    var_3 = wp::randf(var_state, var_1, var_2);
    // phi = wp.randf(state, 0.0, 2.0 * wp.pi)                                                <L 7>
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::randf(var_state, var_4, var_7);
    // r = wp.sqrt(wp.max(1.0 - z * z, 0.0))                                                  <L 8>
    var_10 = wp::mul(var_3, var_3);
    var_11 = wp::sub(var_9, var_10);
    var_13 = wp::max(var_11, var_12);
    var_14 = wp::sqrt(var_13);
    // return wp.vec3(r * wp.cos(phi), r * wp.sin(phi), z)                                    <L 9>
    var_15 = wp::cos(var_8);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::sin(var_8);
    var_18 = wp::mul(var_14, var_17);
    var_19 = wp::vec_t<3, wp::float32>(var_16, var_18, var_3);
    return var_19;
}


// corpus/025_monte_carlo_integration.py:12
static CUDA_CALLABLE void adj_integrand_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 3.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 3.0;
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
    // def integrand(x: float, y: float) -> float:                                            <L 13>
    // return wp.exp(-(x * x + y * y)) * wp.cos(3.0 * x) * wp.cos(3.0 * x)                    <L 14>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::mul(var_y, var_y);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::neg(var_2);
    var_4 = wp::exp(var_3);
    var_6 = wp::mul(var_5, var_x);
    var_7 = wp::cos(var_6);
    var_8 = wp::mul(var_4, var_7);
    var_10 = wp::mul(var_9, var_x);
    var_11 = wp::cos(var_10);
    var_12 = wp::mul(var_8, var_11);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    wp::adj_mul(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_cos(var_10, adj_10, adj_11);
    wp::adj_mul(var_9, var_x, adj_9, adj_x, adj_10);
    wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_cos(var_6, adj_6, adj_7);
    wp::adj_mul(var_5, var_x, adj_5, adj_x, adj_6);
    wp::adj_exp(var_3, var_4, adj_3, adj_4);
    wp::adj_neg(var_2, adj_2, adj_3);
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_mul(var_y, var_y, adj_y, adj_y, adj_1);
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return wp.exp(-(x * x + y * y)) * wp.cos(3.0 * x) * wp.cos(3.0 * x)               <L 14>
    // adj: def integrand(x: float, y: float) -> float:                                       <L 13>
    return;
}


// corpus/025_monte_carlo_integration.py:4
static CUDA_CALLABLE void adj_sample_sphere_surface_0(
    wp::uint32 var_state,
    wp::uint32 & adj_state,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = -1.0;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 2.0;
    const wp::float32 var_6 = 3.141592653589793;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
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
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    //---------
    // forward
    // def sample_sphere_surface(state: wp.uint32):                                           <L 5>
    // z = wp.randf(state, -1.0, 1.0)                                                         <L 6>
    var_3 = wp::randf(var_state, var_1, var_2);
    // phi = wp.randf(state, 0.0, 2.0 * wp.pi)                                                <L 7>
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::randf(var_state, var_4, var_7);
    // r = wp.sqrt(wp.max(1.0 - z * z, 0.0))                                                  <L 8>
    var_10 = wp::mul(var_3, var_3);
    var_11 = wp::sub(var_9, var_10);
    var_13 = wp::max(var_11, var_12);
    var_14 = wp::sqrt(var_13);
    // return wp.vec3(r * wp.cos(phi), r * wp.sin(phi), z)                                    <L 9>
    var_15 = wp::cos(var_8);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::sin(var_8);
    var_18 = wp::mul(var_14, var_17);
    var_19 = wp::vec_t<3, wp::float32>(var_16, var_18, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_19 += adj_ret;
    wp::adj_vec_t(var_16, var_18, var_3, adj_16, adj_18, adj_3, adj_19);
    wp::adj_mul(var_14, var_17, adj_14, adj_17, adj_18);
    wp::adj_sin(var_8, adj_8, adj_17);
    wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_cos(var_8, adj_8, adj_15);
    // adj: return wp.vec3(r * wp.cos(phi), r * wp.sin(phi), z)                               <L 9>
    wp::adj_sqrt(var_13, var_14, adj_13, adj_14);
    wp::adj_max(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_sub(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_mul(var_3, var_3, adj_3, adj_3, adj_10);
    // adj: r = wp.sqrt(wp.max(1.0 - z * z, 0.0))                                             <L 8>
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: phi = wp.randf(state, 0.0, 2.0 * wp.pi)                                           <L 7>
    // adj: z = wp.randf(state, -1.0, 1.0)                                                    <L 6>
    // adj: def sample_sphere_surface(state: wp.uint32):                                      <L 5>
    return;
}



extern "C" __global__ void estimate_pi_3bb57450_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::int32 var_samples_per_thread,
    wp::array_t<wp::int32> var_inside)
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
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::range_t var_4;
        wp::int32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        bool var_12;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        //---------
        // forward
        // def estimate_pi(seed: int, samples_per_thread: int, inside: wp.array(dtype=int)):       <L 18>
        // tid = wp.tid()                                                                         <L 19>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 20>
        var_1 = wp::rand_init(var_seed, var_0);
        // count = int(0)                                                                         <L 21>
        var_3 = wp::int(var_2);
        // for s in range(samples_per_thread):                                                    <L 22>
        var_4 = wp::range(var_samples_per_thread);
        start_for_0:;
            if (iter_cmp(var_4) == 0) goto end_for_0;
            var_5 = wp::iter_next(var_4);
            // x = wp.randf(state)                                                                <L 23>
            var_6 = wp::randf(var_1);
            // y = wp.randf(state)                                                                <L 24>
            var_7 = wp::randf(var_1);
            // if x * x + y * y <= 1.0:                                                           <L 25>
            var_8 = wp::mul(var_6, var_6);
            var_9 = wp::mul(var_7, var_7);
            var_10 = wp::add(var_8, var_9);
            var_12 = (var_10 <= var_11);
            if (var_12) {
                // count += 1                                                                     <L 26>
                var_15 = wp::add(var_3, var_14);
            }
            var_16 = wp::where(var_12, var_15, var_3);
            wp::assign(var_3, var_16);
            goto start_for_0;
        end_for_0:;
        // wp.atomic_add(inside, 0, count)                                                        <L 27>
        var_18 = wp::atomic_add(var_inside, var_17, var_3);
    }
}



extern "C" __global__ void estimate_pi_3bb57450_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::int32 var_samples_per_thread,
    wp::array_t<wp::int32> var_inside,
    wp::int32 adj_seed,
    wp::int32 adj_samples_per_thread,
    wp::array_t<wp::int32> adj_inside)
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
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::range_t var_4;
        wp::int32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        bool var_12;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::range_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        //---------
        // forward
        // def estimate_pi(seed: int, samples_per_thread: int, inside: wp.array(dtype=int)):       <L 18>
        // tid = wp.tid()                                                                         <L 19>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 20>
        var_1 = wp::rand_init(var_seed, var_0);
        // count = int(0)                                                                         <L 21>
        var_3 = wp::int(var_2);
        // for s in range(samples_per_thread):                                                    <L 22>
        var_4 = wp::range(var_samples_per_thread);
        // wp.atomic_add(inside, 0, count)                                                        <L 27>
        // var_18 = wp::atomic_add(var_inside, var_17, var_3);
        //---------
        // reverse
        wp::adj_atomic_add(var_inside, var_17, var_3, adj_inside, adj_17, adj_3, adj_18);
        // adj: wp.atomic_add(inside, 0, count)                                                   <L 27>
        var_4 = wp::iter_reverse(var_4);
        start_for_0:;
            if (iter_cmp(var_4) == 0) goto end_for_0;
            var_5 = wp::iter_next(var_4);
        	adj_6 = {};
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
            // x = wp.randf(state)                                                                <L 23>
            var_6 = wp::randf(var_1);
            // y = wp.randf(state)                                                                <L 24>
            var_7 = wp::randf(var_1);
            // if x * x + y * y <= 1.0:                                                           <L 25>
            var_8 = wp::mul(var_6, var_6);
            var_9 = wp::mul(var_7, var_7);
            var_10 = wp::add(var_8, var_9);
            var_12 = (var_10 <= var_11);
            if (var_12) {
                // count += 1                                                                     <L 26>
                var_15 = wp::add(var_3, var_14);
            }
            var_16 = wp::where(var_12, var_15, var_3);
            wp::assign(var_3, var_16);
            wp::adj_assign(var_3, var_16, adj_3, adj_16);
            wp::adj_where(var_12, var_15, var_3, adj_12, adj_15, adj_3, adj_16);
            if (var_12) {
                wp::adj_add(var_3, var_14, adj_3, adj_14, adj_15);
                // adj: count += 1                                                                <L 26>
            }
            wp::adj_add(var_8, var_9, adj_8, adj_9, adj_10);
            wp::adj_mul(var_7, var_7, adj_7, adj_7, adj_9);
            wp::adj_mul(var_6, var_6, adj_6, adj_6, adj_8);
            // adj: if x * x + y * y <= 1.0:                                                      <L 25>
            // adj: y = wp.randf(state)                                                           <L 24>
            // adj: x = wp.randf(state)                                                           <L 23>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_samples_per_thread, adj_samples_per_thread, adj_4);
        // adj: for s in range(samples_per_thread):                                               <L 22>
        wp::adj_int(var_2, adj_2, adj_3);
        // adj: count = int(0)                                                                    <L 21>
        // adj: state = wp.rand_init(seed, tid)                                                   <L 20>
        // adj: tid = wp.tid()                                                                    <L 19>
        // adj: def estimate_pi(seed: int, samples_per_thread: int, inside: wp.array(dtype=int)):  <L 18>
        continue;
    }
}



extern "C" __global__ void integrate_2d_a8f22a44_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::int32 var_samples,
    wp::float32 var_lo,
    wp::float32 var_hi,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::float32> var_sq_sums)
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
        const wp::float32 var_2 = 0.0;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 0;
        wp::float32 var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        //---------
        // forward
        // def integrate_2d(seed: int, samples: int, lo: float, hi: float, sums: wp.array(dtype=float), sq_sums: wp.array(dtype=float)):       <L 31>
        // tid = wp.tid()                                                                         <L 32>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 33>
        var_1 = wp::rand_init(var_seed, var_0);
        // s = float(0.0)                                                                         <L 34>
        var_3 = wp::float(var_2);
        // s2 = float(0.0)                                                                        <L 35>
        var_5 = wp::float(var_4);
        // area = (hi - lo) * (hi - lo)                                                           <L 36>
        var_6 = wp::sub(var_hi, var_lo);
        var_7 = wp::sub(var_hi, var_lo);
        var_8 = wp::mul(var_6, var_7);
        // for k in range(samples):                                                               <L 37>
        var_9 = wp::range(var_samples);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // x = wp.randf(state, lo, hi)                                                        <L 38>
            var_11 = wp::randf(var_1, var_lo, var_hi);
            // y = wp.randf(state, lo, hi)                                                        <L 39>
            var_12 = wp::randf(var_1, var_lo, var_hi);
            // f = integrand(x, y) * area                                                         <L 40>
            var_13 = integrand_0(var_11, var_12);
            var_14 = wp::mul(var_13, var_8);
            // s += f                                                                             <L 41>
            var_15 = wp::add(var_3, var_14);
            // s2 += f * f                                                                        <L 42>
            var_16 = wp::mul(var_14, var_14);
            var_17 = wp::mul(var_14, var_14);
            var_18 = wp::add(var_5, var_17);
            wp::assign(var_3, var_15);
            wp::assign(var_5, var_18);
            goto start_for_0;
        end_for_0:;
        // wp.atomic_add(sums, 0, s)                                                              <L 43>
        var_20 = wp::atomic_add(var_sums, var_19, var_3);
        // wp.atomic_add(sq_sums, 0, s2)                                                          <L 44>
        var_22 = wp::atomic_add(var_sq_sums, var_21, var_5);
    }
}



extern "C" __global__ void integrate_2d_a8f22a44_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::int32 var_samples,
    wp::float32 var_lo,
    wp::float32 var_hi,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::float32> var_sq_sums,
    wp::int32 adj_seed,
    wp::int32 adj_samples,
    wp::float32 adj_lo,
    wp::float32 adj_hi,
    wp::array_t<wp::float32> adj_sums,
    wp::array_t<wp::float32> adj_sq_sums)
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
        const wp::float32 var_2 = 0.0;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 0;
        wp::float32 var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
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
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        //---------
        // forward
        // def integrate_2d(seed: int, samples: int, lo: float, hi: float, sums: wp.array(dtype=float), sq_sums: wp.array(dtype=float)):       <L 31>
        // tid = wp.tid()                                                                         <L 32>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 33>
        var_1 = wp::rand_init(var_seed, var_0);
        // s = float(0.0)                                                                         <L 34>
        var_3 = wp::float(var_2);
        // s2 = float(0.0)                                                                        <L 35>
        var_5 = wp::float(var_4);
        // area = (hi - lo) * (hi - lo)                                                           <L 36>
        var_6 = wp::sub(var_hi, var_lo);
        var_7 = wp::sub(var_hi, var_lo);
        var_8 = wp::mul(var_6, var_7);
        // for k in range(samples):                                                               <L 37>
        var_9 = wp::range(var_samples);
        // wp.atomic_add(sums, 0, s)                                                              <L 43>
        // var_20 = wp::atomic_add(var_sums, var_19, var_3);
        // wp.atomic_add(sq_sums, 0, s2)                                                          <L 44>
        // var_22 = wp::atomic_add(var_sq_sums, var_21, var_5);
        //---------
        // reverse
        wp::adj_atomic_add(var_sq_sums, var_21, var_5, adj_sq_sums, adj_21, adj_5, adj_22);
        // adj: wp.atomic_add(sq_sums, 0, s2)                                                     <L 44>
        wp::adj_atomic_add(var_sums, var_19, var_3, adj_sums, adj_19, adj_3, adj_20);
        // adj: wp.atomic_add(sums, 0, s)                                                         <L 43>
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
            // x = wp.randf(state, lo, hi)                                                        <L 38>
            var_11 = wp::randf(var_1, var_lo, var_hi);
            // y = wp.randf(state, lo, hi)                                                        <L 39>
            var_12 = wp::randf(var_1, var_lo, var_hi);
            // f = integrand(x, y) * area                                                         <L 40>
            var_13 = integrand_0(var_11, var_12);
            var_14 = wp::mul(var_13, var_8);
            // s += f                                                                             <L 41>
            var_15 = wp::add(var_3, var_14);
            // s2 += f * f                                                                        <L 42>
            var_16 = wp::mul(var_14, var_14);
            var_17 = wp::mul(var_14, var_14);
            var_18 = wp::add(var_5, var_17);
            wp::assign(var_3, var_15);
            wp::assign(var_5, var_18);
            wp::adj_assign(var_5, var_18, adj_5, adj_18);
            wp::adj_assign(var_3, var_15, adj_3, adj_15);
            wp::adj_add(var_5, var_17, adj_5, adj_17, adj_18);
            wp::adj_mul(var_14, var_14, adj_14, adj_14, adj_17);
            wp::adj_mul(var_14, var_14, adj_14, adj_14, adj_16);
            // adj: s2 += f * f                                                                   <L 42>
            wp::adj_add(var_3, var_14, adj_3, adj_14, adj_15);
            // adj: s += f                                                                        <L 41>
            wp::adj_mul(var_13, var_8, adj_13, adj_8, adj_14);
            adj_integrand_0(var_11, var_12, adj_11, adj_12, adj_13);
            // adj: f = integrand(x, y) * area                                                    <L 40>
            // adj: y = wp.randf(state, lo, hi)                                                   <L 39>
            // adj: x = wp.randf(state, lo, hi)                                                   <L 38>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_samples, adj_samples, adj_9);
        // adj: for k in range(samples):                                                          <L 37>
        wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_sub(var_hi, var_lo, adj_hi, adj_lo, adj_7);
        wp::adj_sub(var_hi, var_lo, adj_hi, adj_lo, adj_6);
        // adj: area = (hi - lo) * (hi - lo)                                                      <L 36>
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: s2 = float(0.0)                                                                   <L 35>
        wp::adj_float(var_2, adj_2, adj_3);
        // adj: s = float(0.0)                                                                    <L 34>
        // adj: state = wp.rand_init(seed, tid)                                                   <L 33>
        // adj: tid = wp.tid()                                                                    <L 32>
        // adj: def integrate_2d(seed: int, samples: int, lo: float, hi: float, sums: wp.array(dtype=float), sq_sums: wp.array(dtype=float)):  <L 31>
        continue;
    }
}



extern "C" __global__ void ambient_occlusion_8b9ac0c5_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sphere_centers,
    wp::array_t<wp::float32> var_sphere_radii,
    wp::int32 var_num_rays,
    wp::float32 var_max_dist,
    wp::array_t<wp::float32> var_ao)
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
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        bool var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::float32 var_18 = 0.001;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const bool var_21 = false;
        bool var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::shape_t var_26;
        wp::range_t var_27;
        wp::int32 var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 0.0;
        bool var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        const wp::float32 var_47 = 0.0;
        bool var_48;
        bool var_49;
        bool var_50;
        const bool var_51 = true;
        const wp::int32 var_52 = 1;
        const wp::int32 var_53 = 1;
        wp::int32 var_54;
        wp::int32 var_55;
        const wp::float32 var_56 = 1.0;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        //---------
        // forward
        // def ambient_occlusion(                                                                 <L 48>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 59>
        var_1 = wp::rand_init(var_seed, var_0);
        // p = points[i]                                                                          <L 60>
        var_2 = wp::address(var_points, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // n = normals[i]                                                                         <L 61>
        var_5 = wp::address(var_normals, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // occluded = int(0)                                                                      <L 62>
        var_9 = wp::int(var_8);
        // for r in range(num_rays):                                                              <L 63>
        var_10 = wp::range(var_num_rays);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
            // d = sample_sphere_surface(state)                                                   <L 64>
            var_12 = sample_sphere_surface_0(var_1);
            // if wp.dot(d, n) < 0.0:                                                             <L 65>
            var_13 = wp::dot(var_12, var_6);
            var_15 = (var_13 < var_14);
            if (var_15) {
                // d = -d                                                                         <L 66>
                var_16 = wp::neg(var_12);
            }
            var_17 = wp::where(var_15, var_16, var_12);
            // origin = p + n * 1.0e-3                                                            <L 67>
            var_19 = wp::mul(var_6, var_18);
            var_20 = wp::add(var_3, var_19);
            // hit = bool(False)                                                                  <L 68>
            var_22 = bool(var_21);
            // for s in range(sphere_centers.shape[0]):                                           <L 69>
            var_23 = &(var_sphere_centers.shape);
            var_26 = wp::load(var_23);
            var_25 = wp::extract(var_26, var_24);
            var_27 = wp::range(var_25);
            start_for_2:;
                if (iter_cmp(var_27) == 0) goto end_for_2;
                var_28 = wp::iter_next(var_27);
                // oc = origin - sphere_centers[s]                                                <L 70>
                var_29 = wp::address(var_sphere_centers, var_28);
                var_31 = wp::load(var_29);
                var_30 = wp::sub(var_20, var_31);
                // b = wp.dot(oc, d)                                                              <L 71>
                var_32 = wp::dot(var_30, var_17);
                // c = wp.dot(oc, oc) - sphere_radii[s] * sphere_radii[s]                         <L 72>
                var_33 = wp::dot(var_30, var_30);
                var_34 = wp::address(var_sphere_radii, var_28);
                var_35 = wp::address(var_sphere_radii, var_28);
                var_37 = wp::load(var_34);
                var_38 = wp::load(var_35);
                var_36 = wp::mul(var_37, var_38);
                var_39 = wp::sub(var_33, var_36);
                // disc = b * b - c                                                               <L 73>
                var_40 = wp::mul(var_32, var_32);
                var_41 = wp::sub(var_40, var_39);
                // if disc >= 0.0:                                                                <L 74>
                var_43 = (var_41 >= var_42);
                if (var_43) {
                    // t = -b - wp.sqrt(disc)                                                     <L 75>
                    var_44 = wp::neg(var_32);
                    var_45 = wp::sqrt(var_41);
                    var_46 = wp::sub(var_44, var_45);
                    // if t > 0.0 and t < max_dist:                                               <L 76>
                    var_48 = (var_46 > var_47);
                    var_49 = (var_46 < var_max_dist);
                    var_50 = var_48 && var_49;
                    if (var_50) {
                        // hit = True                                                             <L 77>
                        // break                                                                  <L 78>
                        wp::assign(var_22, var_51);
                        goto end_for_2;
                    }
                }
                goto start_for_2;
            end_for_2:;
            // if hit:                                                                            <L 79>
            if (var_22) {
                // occluded += 1                                                                  <L 80>
                var_54 = wp::add(var_9, var_53);
            }
            var_55 = wp::where(var_22, var_54, var_9);
            wp::assign(var_9, var_55);
            goto start_for_0;
        end_for_0:;
        // ao[i] = 1.0 - float(occluded) / float(num_rays)                                        <L 81>
        var_57 = wp::float(var_9);
        var_58 = wp::float(var_num_rays);
        var_59 = wp::div(var_57, var_58);
        var_60 = wp::sub(var_56, var_59);
        wp::array_store(var_ao, var_0, var_60);
    }
}



extern "C" __global__ void ambient_occlusion_8b9ac0c5_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sphere_centers,
    wp::array_t<wp::float32> var_sphere_radii,
    wp::int32 var_num_rays,
    wp::float32 var_max_dist,
    wp::array_t<wp::float32> var_ao,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sphere_centers,
    wp::array_t<wp::float32> adj_sphere_radii,
    wp::int32 adj_num_rays,
    wp::float32 adj_max_dist,
    wp::array_t<wp::float32> adj_ao)
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
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        bool var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::float32 var_18 = 0.001;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const bool var_21 = false;
        bool var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::shape_t var_26;
        wp::range_t var_27;
        wp::int32 var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 0.0;
        bool var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        const wp::float32 var_47 = 0.0;
        bool var_48;
        bool var_49;
        bool var_50;
        const bool var_51 = true;
        const wp::int32 var_52 = 1;
        const wp::int32 var_53 = 1;
        wp::int32 var_54;
        wp::int32 var_55;
        const wp::float32 var_56 = 1.0;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::range_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        bool adj_21 = {};
        bool adj_22 = {};
        wp::shape_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::shape_t adj_26 = {};
        wp::range_t adj_27 = {};
        wp::int32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        bool adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        bool adj_48 = {};
        bool adj_49 = {};
        bool adj_50 = {};
        bool adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        //---------
        // forward
        // def ambient_occlusion(                                                                 <L 48>
        // i = wp.tid()                                                                           <L 58>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 59>
        var_1 = wp::rand_init(var_seed, var_0);
        // p = points[i]                                                                          <L 60>
        var_2 = wp::address(var_points, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // n = normals[i]                                                                         <L 61>
        var_5 = wp::address(var_normals, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // occluded = int(0)                                                                      <L 62>
        var_9 = wp::int(var_8);
        // for r in range(num_rays):                                                              <L 63>
        var_10 = wp::range(var_num_rays);
        // ao[i] = 1.0 - float(occluded) / float(num_rays)                                        <L 81>
        var_57 = wp::float(var_9);
        var_58 = wp::float(var_num_rays);
        var_59 = wp::div(var_57, var_58);
        var_60 = wp::sub(var_56, var_59);
        // wp::array_store(var_ao, var_0, var_60);
        //---------
        // reverse
        wp::adj_array_store(var_ao, var_0, var_60, adj_ao, adj_0, adj_60);
        wp::adj_sub(var_56, var_59, adj_56, adj_59, adj_60);
        wp::adj_div(var_57, var_58, var_59, adj_57, adj_58, adj_59);
        wp::adj_float(var_num_rays, adj_num_rays, adj_58);
        wp::adj_float(var_9, adj_9, adj_57);
        // adj: ao[i] = 1.0 - float(occluded) / float(num_rays)                                   <L 81>
        var_10 = wp::iter_reverse(var_10);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
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
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
            // d = sample_sphere_surface(state)                                                   <L 64>
            var_12 = sample_sphere_surface_0(var_1);
            // if wp.dot(d, n) < 0.0:                                                             <L 65>
            var_13 = wp::dot(var_12, var_6);
            var_15 = (var_13 < var_14);
            if (var_15) {
                // d = -d                                                                         <L 66>
                var_16 = wp::neg(var_12);
            }
            var_17 = wp::where(var_15, var_16, var_12);
            // origin = p + n * 1.0e-3                                                            <L 67>
            var_19 = wp::mul(var_6, var_18);
            var_20 = wp::add(var_3, var_19);
            // hit = bool(False)                                                                  <L 68>
            var_22 = bool(var_21);
            // for s in range(sphere_centers.shape[0]):                                           <L 69>
            var_23 = &(var_sphere_centers.shape);
            var_26 = wp::load(var_23);
            var_25 = wp::extract(var_26, var_24);
            var_27 = wp::range(var_25);
            // if hit:                                                                            <L 79>
            if (var_22) {
                // occluded += 1                                                                  <L 80>
                var_54 = wp::add(var_9, var_53);
            }
            var_55 = wp::where(var_22, var_54, var_9);
            wp::assign(var_9, var_55);
            wp::adj_assign(var_9, var_55, adj_9, adj_55);
            wp::adj_where(var_22, var_54, var_9, adj_22, adj_54, adj_9, adj_55);
            if (var_22) {
                wp::adj_add(var_9, var_53, adj_9, adj_53, adj_54);
                // adj: occluded += 1                                                             <L 80>
            }
            // adj: if hit:                                                                       <L 79>
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
                // oc = origin - sphere_centers[s]                                                <L 70>
                var_29 = wp::address(var_sphere_centers, var_28);
                var_31 = wp::load(var_29);
                var_30 = wp::sub(var_20, var_31);
                // b = wp.dot(oc, d)                                                              <L 71>
                var_32 = wp::dot(var_30, var_17);
                // c = wp.dot(oc, oc) - sphere_radii[s] * sphere_radii[s]                         <L 72>
                var_33 = wp::dot(var_30, var_30);
                var_34 = wp::address(var_sphere_radii, var_28);
                var_35 = wp::address(var_sphere_radii, var_28);
                var_37 = wp::load(var_34);
                var_38 = wp::load(var_35);
                var_36 = wp::mul(var_37, var_38);
                var_39 = wp::sub(var_33, var_36);
                // disc = b * b - c                                                               <L 73>
                var_40 = wp::mul(var_32, var_32);
                var_41 = wp::sub(var_40, var_39);
                // if disc >= 0.0:                                                                <L 74>
                var_43 = (var_41 >= var_42);
                if (var_43) {
                    // t = -b - wp.sqrt(disc)                                                     <L 75>
                    var_44 = wp::neg(var_32);
                    var_45 = wp::sqrt(var_41);
                    var_46 = wp::sub(var_44, var_45);
                    // if t > 0.0 and t < max_dist:                                               <L 76>
                    var_48 = (var_46 > var_47);
                    var_49 = (var_46 < var_max_dist);
                    var_50 = var_48 && var_49;
                    if (var_50) {
                        // hit = True                                                             <L 77>
                        // break                                                                  <L 78>
                        wp::assign(var_22, var_51);
                        goto end_for_2;
                    }
                }
                if (var_43) {
                    if (var_50) {
                        wp::adj_assign(var_22, var_51, adj_22, adj_51);
                        // adj: break                                                             <L 78>
                        // adj: hit = True                                                        <L 77>
                    }
                    // adj: if t > 0.0 and t < max_dist:                                          <L 76>
                    wp::adj_sub(var_44, var_45, adj_44, adj_45, adj_46);
                    wp::adj_sqrt(var_41, var_45, adj_41, adj_45);
                    wp::adj_neg(var_32, adj_32, adj_44);
                    // adj: t = -b - wp.sqrt(disc)                                                <L 75>
                }
                // adj: if disc >= 0.0:                                                           <L 74>
                wp::adj_sub(var_40, var_39, adj_40, adj_39, adj_41);
                wp::adj_mul(var_32, var_32, adj_32, adj_32, adj_40);
                // adj: disc = b * b - c                                                          <L 73>
                wp::adj_sub(var_33, var_36, adj_33, adj_36, adj_39);
                wp::adj_mul(var_37, var_38, adj_34, adj_35, adj_36);
                wp::adj_address(var_sphere_radii, var_28, adj_sphere_radii, adj_28, adj_35);
                wp::adj_address(var_sphere_radii, var_28, adj_sphere_radii, adj_28, adj_34);
                wp::adj_dot(var_30, var_30, adj_30, adj_30, adj_33);
                // adj: c = wp.dot(oc, oc) - sphere_radii[s] * sphere_radii[s]                    <L 72>
                wp::adj_dot(var_30, var_17, adj_30, adj_17, adj_32);
                // adj: b = wp.dot(oc, d)                                                         <L 71>
                wp::adj_sub(var_20, var_31, adj_20, adj_29, adj_30);
                wp::adj_address(var_sphere_centers, var_28, adj_sphere_centers, adj_28, adj_29);
                // adj: oc = origin - sphere_centers[s]                                           <L 70>
            	goto start_for_2;
            end_for_2:;
            wp::adj_range(var_25, adj_25, adj_27);
            wp::adj_extract(var_26, var_24, adj_23, adj_24, adj_25);
            adj_sphere_centers.shape = adj_23;
            // adj: for s in range(sphere_centers.shape[0]):                                      <L 69>
            adj_bool(var_21, adj_21, adj_22);
            // adj: hit = bool(False)                                                             <L 68>
            wp::adj_add(var_3, var_19, adj_3, adj_19, adj_20);
            wp::adj_mul(var_6, var_18, adj_6, adj_18, adj_19);
            // adj: origin = p + n * 1.0e-3                                                       <L 67>
            wp::adj_where(var_15, var_16, var_12, adj_15, adj_16, adj_12, adj_17);
            if (var_15) {
                wp::adj_neg(var_12, adj_12, adj_16);
                // adj: d = -d                                                                    <L 66>
            }
            wp::adj_dot(var_12, var_6, adj_12, adj_6, adj_13);
            // adj: if wp.dot(d, n) < 0.0:                                                        <L 65>
            adj_sample_sphere_surface_0(var_1, adj_1, adj_12);
            // adj: d = sample_sphere_surface(state)                                              <L 64>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_num_rays, adj_num_rays, adj_10);
        // adj: for r in range(num_rays):                                                         <L 63>
        wp::adj_int(var_8, adj_8, adj_9);
        // adj: occluded = int(0)                                                                 <L 62>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_5);
        // adj: n = normals[i]                                                                    <L 61>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_2);
        // adj: p = points[i]                                                                     <L 60>
        // adj: state = wp.rand_init(seed, i)                                                     <L 59>
        // adj: i = wp.tid()                                                                      <L 58>
        // adj: def ambient_occlusion(                                                            <L 48>
        continue;
    }
}



extern "C" __global__ void importance_exponential_2d893833_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::float32 var_rate,
    wp::array_t<wp::float32> var_samples,
    wp::array_t<wp::float32> var_weights)
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
        const wp::int32 var_1 = 7;
        wp::int32 var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::uint32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.0;
        wp::float32 var_23;
        //---------
        // forward
        // def importance_exponential(seed: int, rate: float, samples: wp.array(dtype=float), weights: wp.array(dtype=float)):       <L 85>
        // i = wp.tid()                                                                           <L 86>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i * 7 + 1)                                                  <L 87>
        var_2 = wp::mul(var_0, var_1);
        var_4 = wp::add(var_2, var_3);
        var_5 = wp::rand_init(var_seed, var_4);
        // u = wp.randf(state)                                                                    <L 88>
        var_6 = wp::randf(var_5);
        // x = -wp.log(1.0 - u) / rate                                                            <L 89>
        var_8 = wp::sub(var_7, var_6);
        var_9 = wp::log(var_8);
        var_10 = wp::neg(var_9);
        var_11 = wp::div(var_10, var_rate);
        // samples[i] = x                                                                         <L 90>
        wp::array_store(var_samples, var_0, var_11);
        // pdf = rate * wp.exp(-rate * x)                                                         <L 91>
        var_12 = wp::neg(var_rate);
        var_13 = wp::mul(var_12, var_11);
        var_14 = wp::exp(var_13);
        var_15 = wp::mul(var_rate, var_14);
        // weights[i] = wp.where(pdf > 0.0, wp.sin(x) * wp.sin(x) / pdf, 0.0)                     <L 92>
        var_17 = (var_15 > var_16);
        var_18 = wp::sin(var_11);
        var_19 = wp::sin(var_11);
        var_20 = wp::mul(var_18, var_19);
        var_21 = wp::div(var_20, var_15);
        var_23 = wp::where(var_17, var_21, var_22);
        wp::array_store(var_weights, var_0, var_23);
    }
}



extern "C" __global__ void importance_exponential_2d893833_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::float32 var_rate,
    wp::array_t<wp::float32> var_samples,
    wp::array_t<wp::float32> var_weights,
    wp::int32 adj_seed,
    wp::float32 adj_rate,
    wp::array_t<wp::float32> adj_samples,
    wp::array_t<wp::float32> adj_weights)
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
        const wp::int32 var_1 = 7;
        wp::int32 var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::uint32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.0;
        wp::float32 var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::uint32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        bool adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        //---------
        // forward
        // def importance_exponential(seed: int, rate: float, samples: wp.array(dtype=float), weights: wp.array(dtype=float)):       <L 85>
        // i = wp.tid()                                                                           <L 86>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i * 7 + 1)                                                  <L 87>
        var_2 = wp::mul(var_0, var_1);
        var_4 = wp::add(var_2, var_3);
        var_5 = wp::rand_init(var_seed, var_4);
        // u = wp.randf(state)                                                                    <L 88>
        var_6 = wp::randf(var_5);
        // x = -wp.log(1.0 - u) / rate                                                            <L 89>
        var_8 = wp::sub(var_7, var_6);
        var_9 = wp::log(var_8);
        var_10 = wp::neg(var_9);
        var_11 = wp::div(var_10, var_rate);
        // samples[i] = x                                                                         <L 90>
        // wp::array_store(var_samples, var_0, var_11);
        // pdf = rate * wp.exp(-rate * x)                                                         <L 91>
        var_12 = wp::neg(var_rate);
        var_13 = wp::mul(var_12, var_11);
        var_14 = wp::exp(var_13);
        var_15 = wp::mul(var_rate, var_14);
        // weights[i] = wp.where(pdf > 0.0, wp.sin(x) * wp.sin(x) / pdf, 0.0)                     <L 92>
        var_17 = (var_15 > var_16);
        var_18 = wp::sin(var_11);
        var_19 = wp::sin(var_11);
        var_20 = wp::mul(var_18, var_19);
        var_21 = wp::div(var_20, var_15);
        var_23 = wp::where(var_17, var_21, var_22);
        // wp::array_store(var_weights, var_0, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_weights, var_0, var_23, adj_weights, adj_0, adj_23);
        wp::adj_where(var_17, var_21, var_22, adj_17, adj_21, adj_22, adj_23);
        wp::adj_div(var_20, var_15, var_21, adj_20, adj_15, adj_21);
        wp::adj_mul(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_sin(var_11, adj_11, adj_19);
        wp::adj_sin(var_11, adj_11, adj_18);
        // adj: weights[i] = wp.where(pdf > 0.0, wp.sin(x) * wp.sin(x) / pdf, 0.0)                <L 92>
        wp::adj_mul(var_rate, var_14, adj_rate, adj_14, adj_15);
        wp::adj_exp(var_13, var_14, adj_13, adj_14);
        wp::adj_mul(var_12, var_11, adj_12, adj_11, adj_13);
        wp::adj_neg(var_rate, adj_rate, adj_12);
        // adj: pdf = rate * wp.exp(-rate * x)                                                    <L 91>
        wp::adj_array_store(var_samples, var_0, var_11, adj_samples, adj_0, adj_11);
        // adj: samples[i] = x                                                                    <L 90>
        wp::adj_div(var_10, var_rate, var_11, adj_10, adj_rate, adj_11);
        wp::adj_neg(var_9, adj_9, adj_10);
        wp::adj_log(var_8, adj_8, adj_9);
        wp::adj_sub(var_7, var_6, adj_7, adj_6, adj_8);
        // adj: x = -wp.log(1.0 - u) / rate                                                       <L 89>
        // adj: u = wp.randf(state)                                                               <L 88>
        wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: state = wp.rand_init(seed, i * 7 + 1)                                             <L 87>
        // adj: i = wp.tid()                                                                      <L 86>
        // adj: def importance_exponential(seed: int, rate: float, samples: wp.array(dtype=float), weights: wp.array(dtype=float)):  <L 85>
        continue;
    }
}

