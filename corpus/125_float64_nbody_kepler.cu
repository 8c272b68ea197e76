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


// corpus/125_float64_nbody_kepler.py:7
static CUDA_CALLABLE wp::vec_t<3, wp::float64> accel_0(
    wp::vec_t<3, wp::float64> var_p,
    wp::vec_t<3, wp::float64> var_q,
    wp::float64 var_mass)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    wp::float64 var_1;
    const wp::float64 var_2 = 1000.0;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::vec_t<3, wp::float64> var_13;
    //---------
    // forward
    // def accel(p: wp.vec3d, q: wp.vec3d, mass: wp.float64) -> wp.vec3d:                     <L 8>
    // d = q - p                                                                              <L 9>
    var_0 = wp::sub(var_q, var_p);
    // r2 = wp.dot(d, d) + SOFTENING * SOFTENING                                              <L 10>
    var_1 = wp::dot(var_0, var_0);
    var_3 = wp::mul(var_2, var_2);
    var_4 = wp::add(var_1, var_3);
    // inv = wp.float64(1.0) / wp.sqrt(r2)                                                    <L 11>
    var_5 = 1.0;
    var_6 = wp::sqrt(var_4);
    var_7 = wp::div(var_5, var_6);
    // return d * (wp.float64(G) * mass * inv * inv * inv)                                    <L 12>
    var_8 = 6.674e-11;
    var_9 = wp::mul(var_8, var_mass);
    var_10 = wp::mul(var_9, var_7);
    var_11 = wp::mul(var_10, var_7);
    var_12 = wp::mul(var_11, var_7);
    var_13 = wp::mul(var_0, var_12);
    return var_13;
}


// corpus/125_float64_nbody_kepler.py:15
static CUDA_CALLABLE wp::float64 kinetic_0(
    wp::vec_t<3, wp::float64> var_v,
    wp::float64 var_m)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    //---------
    // forward
    // def kinetic(v: wp.vec3d, m: wp.float64) -> wp.float64:                                 <L 16>
    // return wp.float64(0.5) * m * wp.dot(v, v)                                              <L 17>
    var_0 = 0.5;
    var_1 = wp::mul(var_0, var_m);
    var_2 = wp::dot(var_v, var_v);
    var_3 = wp::mul(var_1, var_2);
    return var_3;
}


// corpus/125_float64_nbody_kepler.py:7
static CUDA_CALLABLE void adj_accel_0(
    wp::vec_t<3, wp::float64> var_p,
    wp::vec_t<3, wp::float64> var_q,
    wp::float64 var_mass,
    wp::vec_t<3, wp::float64> & adj_p,
    wp::vec_t<3, wp::float64> & adj_q,
    wp::float64 & adj_mass,
    wp::vec_t<3, wp::float64> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    wp::float64 var_1;
    const wp::float64 var_2 = 1000.0;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::vec_t<3, wp::float64> var_13;
    //---------
    // dual vars
    wp::vec_t<3, wp::float64> adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::vec_t<3, wp::float64> adj_13 = {};
    //---------
    // forward
    // def accel(p: wp.vec3d, q: wp.vec3d, mass: wp.float64) -> wp.vec3d:                     <L 8>
    // d = q - p                                                                              <L 9>
    var_0 = wp::sub(var_q, var_p);
    // r2 = wp.dot(d, d) + SOFTENING * SOFTENING                                              <L 10>
    var_1 = wp::dot(var_0, var_0);
    var_3 = wp::mul(var_2, var_2);
    var_4 = wp::add(var_1, var_3);
    // inv = wp.float64(1.0) / wp.sqrt(r2)                                                    <L 11>
    var_5 = 1.0;
    var_6 = wp::sqrt(var_4);
    var_7 = wp::div(var_5, var_6);
    // return d * (wp.float64(G) * mass * inv * inv * inv)                                    <L 12>
    var_8 = 6.674e-11;
    var_9 = wp::mul(var_8, var_mass);
    var_10 = wp::mul(var_9, var_7);
    var_11 = wp::mul(var_10, var_7);
    var_12 = wp::mul(var_11, var_7);
    var_13 = wp::mul(var_0, var_12);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret;
    wp::adj_mul(var_0, var_12, adj_0, adj_12, adj_13);
    wp::adj_mul(var_11, var_7, adj_11, adj_7, adj_12);
    wp::adj_mul(var_10, var_7, adj_10, adj_7, adj_11);
    wp::adj_mul(var_9, var_7, adj_9, adj_7, adj_10);
    wp::adj_mul(var_8, var_mass, adj_8, adj_mass, adj_9);
    // adj: return d * (wp.float64(G) * mass * inv * inv * inv)                               <L 12>
    wp::adj_div(var_5, var_6, var_7, adj_5, adj_6, adj_7);
    wp::adj_sqrt(var_4, var_6, adj_4, adj_6);
    // adj: inv = wp.float64(1.0) / wp.sqrt(r2)                                               <L 11>
    wp::adj_add(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_mul(var_2, var_2, adj_2, adj_2, adj_3);
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_1);
    // adj: r2 = wp.dot(d, d) + SOFTENING * SOFTENING                                         <L 10>
    wp::adj_sub(var_q, var_p, adj_q, adj_p, adj_0);
    // adj: d = q - p                                                                         <L 9>
    // adj: def accel(p: wp.vec3d, q: wp.vec3d, mass: wp.float64) -> wp.vec3d:                <L 8>
    return;
}


// corpus/125_float64_nbody_kepler.py:15
static CUDA_CALLABLE void adj_kinetic_0(
    wp::vec_t<3, wp::float64> var_v,
    wp::float64 var_m,
    wp::vec_t<3, wp::float64> & adj_v,
    wp::float64 & adj_m,
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    wp::float64 var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    //---------
    // forward
    // def kinetic(v: wp.vec3d, m: wp.float64) -> wp.float64:                                 <L 16>
    // return wp.float64(0.5) * m * wp.dot(v, v)                                              <L 17>
    var_0 = 0.5;
    var_1 = wp::mul(var_0, var_m);
    var_2 = wp::dot(var_v, var_v);
    var_3 = wp::mul(var_1, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_dot(var_v, var_v, adj_v, adj_v, adj_2);
    wp::adj_mul(var_0, var_m, adj_0, adj_m, adj_1);
    // adj: return wp.float64(0.5) * m * wp.dot(v, v)                                         <L 17>
    // adj: def kinetic(v: wp.vec3d, m: wp.float64) -> wp.float64:                            <L 16>
    return;
}



extern "C" __global__ void gravity_all_pairs_71bc26a7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos,
    wp::array_t<wp::float64> var_mass,
    wp::array_t<wp::vec_t<3, wp::float64>> var_acc)
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
        wp::vec_t<3, wp::float64> var_5;
        wp::vec_t<3, wp::float64>* var_6;
        wp::vec_t<3, wp::float64> var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        bool var_11;
        wp::vec_t<3, wp::float64>* var_12;
        wp::float64* var_13;
        wp::vec_t<3, wp::float64> var_14;
        wp::vec_t<3, wp::float64> var_15;
        wp::float64 var_16;
        wp::vec_t<3, wp::float64> var_17;
        //---------
        // forward
        // def gravity_all_pairs(                                                                 <L 21>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // n = pos.shape[0]                                                                       <L 27>
        var_1 = &(var_pos.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // a = wp.vec3d()                                                                         <L 28>
        var_5 = wp::vec_t<3, wp::float64>();
        // p = pos[i]                                                                             <L 29>
        var_6 = wp::address(var_pos, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // for j in range(n):                                                                     <L 30>
        var_9 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // if j == i:                                                                         <L 31>
            var_11 = (var_10 == var_0);
            if (var_11) {
                // continue                                                                       <L 32>
                goto start_for_0;
            }
            // a = a + accel(p, pos[j], mass[j])                                                  <L 33>
            var_12 = wp::address(var_pos, var_10);
            var_13 = wp::address(var_mass, var_10);
            var_15 = wp::load(var_12);
            var_16 = wp::load(var_13);
            var_14 = accel_0(var_7, var_15, var_16);
            var_17 = wp::add(var_5, var_14);
            wp::assign(var_5, var_17);
            goto start_for_0;
        end_for_0:;
        // acc[i] = a                                                                             <L 34>
        wp::array_store(var_acc, var_0, var_5);
    }
}



extern "C" __global__ void gravity_all_pairs_71bc26a7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos,
    wp::array_t<wp::float64> var_mass,
    wp::array_t<wp::vec_t<3, wp::float64>> var_acc,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_pos,
    wp::array_t<wp::float64> adj_mass,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_acc)
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
        wp::vec_t<3, wp::float64> var_5;
        wp::vec_t<3, wp::float64>* var_6;
        wp::vec_t<3, wp::float64> var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        bool var_11;
        wp::vec_t<3, wp::float64>* var_12;
        wp::float64* var_13;
        wp::vec_t<3, wp::float64> var_14;
        wp::vec_t<3, wp::float64> var_15;
        wp::float64 var_16;
        wp::vec_t<3, wp::float64> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::vec_t<3, wp::float64> adj_5 = {};
        wp::vec_t<3, wp::float64> adj_6 = {};
        wp::vec_t<3, wp::float64> adj_7 = {};
        wp::vec_t<3, wp::float64> adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::vec_t<3, wp::float64> adj_12 = {};
        wp::float64 adj_13 = {};
        wp::vec_t<3, wp::float64> adj_14 = {};
        wp::vec_t<3, wp::float64> adj_15 = {};
        wp::float64 adj_16 = {};
        wp::vec_t<3, wp::float64> adj_17 = {};
        //---------
        // forward
        // def gravity_all_pairs(                                                                 <L 21>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // n = pos.shape[0]                                                                       <L 27>
        var_1 = &(var_pos.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // a = wp.vec3d()                                                                         <L 28>
        var_5 = wp::vec_t<3, wp::float64>();
        // p = pos[i]                                                                             <L 29>
        var_6 = wp::address(var_pos, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // for j in range(n):                                                                     <L 30>
        var_9 = wp::range(var_3);
        // acc[i] = a                                                                             <L 34>
        // wp::array_store(var_acc, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_acc, var_0, var_5, adj_acc, adj_0, adj_5);
        // adj: acc[i] = a                                                                        <L 34>
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
            // if j == i:                                                                         <L 31>
            var_11 = (var_10 == var_0);
            if (var_11) {
                // continue                                                                       <L 32>
                goto start_for_0;
            }
            // a = a + accel(p, pos[j], mass[j])                                                  <L 33>
            var_12 = wp::address(var_pos, var_10);
            var_13 = wp::address(var_mass, var_10);
            var_15 = wp::load(var_12);
            var_16 = wp::load(var_13);
            var_14 = accel_0(var_7, var_15, var_16);
            var_17 = wp::add(var_5, var_14);
            wp::assign(var_5, var_17);
            wp::adj_assign(var_5, var_17, adj_5, adj_17);
            wp::adj_add(var_5, var_14, adj_5, adj_14, adj_17);
            adj_accel_0(var_7, var_15, var_16, adj_7, adj_12, adj_13, adj_14);
            wp::adj_address(var_mass, var_10, adj_mass, adj_10, adj_13);
            wp::adj_address(var_pos, var_10, adj_pos, adj_10, adj_12);
            // adj: a = a + accel(p, pos[j], mass[j])                                             <L 33>
            if (var_11) {
                // adj: continue                                                                  <L 32>
            }
            // adj: if j == i:                                                                    <L 31>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in range(n):                                                                <L 30>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_6);
        // adj: p = pos[i]                                                                        <L 29>
        // adj: a = wp.vec3d()                                                                    <L 28>
        adj_pos.shape = adj_1;
        // adj: n = pos.shape[0]                                                                  <L 27>
        // adj: i = wp.tid()                                                                      <L 26>
        // adj: def gravity_all_pairs(                                                            <L 21>
        continue;
    }
}



extern "C" __global__ void leapfrog_7f20a085_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float64>> var_acc,
    wp::float64 var_dt,
    bool var_half_step)
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
        wp::vec_t<3, wp::float64>* var_1;
        wp::vec_t<3, wp::float64>* var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        wp::vec_t<3, wp::float64> var_5;
        wp::vec_t<3, wp::float64> var_6;
        wp::vec_t<3, wp::float64> var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::vec_t<3, wp::float64>* var_9;
        wp::vec_t<3, wp::float64>* var_10;
        wp::vec_t<3, wp::float64> var_11;
        wp::vec_t<3, wp::float64> var_12;
        wp::vec_t<3, wp::float64> var_13;
        wp::vec_t<3, wp::float64> var_14;
        //---------
        // forward
        // def leapfrog(                                                                          <L 38>
        // i = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // if half_step:                                                                          <L 46>
        if (var_half_step) {
            // vel[i] = vel[i] + acc[i] * (dt * wp.float64(0.5))                                  <L 47>
            var_1 = wp::address(var_vel, var_0);
            var_2 = wp::address(var_acc, var_0);
            var_3 = 0.5;
            var_4 = wp::mul(var_dt, var_3);
            var_6 = wp::load(var_2);
            var_5 = wp::mul(var_6, var_4);
            var_8 = wp::load(var_1);
            var_7 = wp::add(var_8, var_5);
            wp::array_store(var_vel, var_0, var_7);
        }
        if (!var_half_step) {
            // pos[i] = pos[i] + vel[i] * dt                                                      <L 49>
            var_9 = wp::address(var_pos, var_0);
            var_10 = wp::address(var_vel, var_0);
            var_12 = wp::load(var_10);
            var_11 = wp::mul(var_12, var_dt);
            var_14 = wp::load(var_9);
            var_13 = wp::add(var_14, var_11);
            wp::array_store(var_pos, var_0, var_13);
        }
    }
}



extern "C" __global__ void leapfrog_7f20a085_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float64>> var_acc,
    wp::float64 var_dt,
    bool var_half_step,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_vel,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_acc,
    wp::float64 adj_dt,
    bool adj_half_step)
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
        wp::vec_t<3, wp::float64>* var_1;
        wp::vec_t<3, wp::float64>* var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        wp::vec_t<3, wp::float64> var_5;
        wp::vec_t<3, wp::float64> var_6;
        wp::vec_t<3, wp::float64> var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::vec_t<3, wp::float64>* var_9;
        wp::vec_t<3, wp::float64>* var_10;
        wp::vec_t<3, wp::float64> var_11;
        wp::vec_t<3, wp::float64> var_12;
        wp::vec_t<3, wp::float64> var_13;
        wp::vec_t<3, wp::float64> var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float64> adj_1 = {};
        wp::vec_t<3, wp::float64> adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float64 adj_4 = {};
        wp::vec_t<3, wp::float64> adj_5 = {};
        wp::vec_t<3, wp::float64> adj_6 = {};
        wp::vec_t<3, wp::float64> adj_7 = {};
        wp::vec_t<3, wp::float64> adj_8 = {};
        wp::vec_t<3, wp::float64> adj_9 = {};
        wp::vec_t<3, wp::float64> adj_10 = {};
        wp::vec_t<3, wp::float64> adj_11 = {};
        wp::vec_t<3, wp::float64> adj_12 = {};
        wp::vec_t<3, wp::float64> adj_13 = {};
        wp::vec_t<3, wp::float64> adj_14 = {};
        //---------
        // forward
        // def leapfrog(                                                                          <L 38>
        // i = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // if half_step:                                                                          <L 46>
        if (var_half_step) {
            // vel[i] = vel[i] + acc[i] * (dt * wp.float64(0.5))                                  <L 47>
            var_1 = wp::address(var_vel, var_0);
            var_2 = wp::address(var_acc, var_0);
            var_3 = 0.5;
            var_4 = wp::mul(var_dt, var_3);
            var_6 = wp::load(var_2);
            var_5 = wp::mul(var_6, var_4);
            var_8 = wp::load(var_1);
            var_7 = wp::add(var_8, var_5);
            // wp::array_store(var_vel, var_0, var_7);
        }
        if (!var_half_step) {
            // pos[i] = pos[i] + vel[i] * dt                                                      <L 49>
            var_9 = wp::address(var_pos, var_0);
            var_10 = wp::address(var_vel, var_0);
            var_12 = wp::load(var_10);
            var_11 = wp::mul(var_12, var_dt);
            var_14 = wp::load(var_9);
            var_13 = wp::add(var_14, var_11);
            // wp::array_store(var_pos, var_0, var_13);
        }
        //---------
        // reverse
        if (!var_half_step) {
            wp::adj_array_store(var_pos, var_0, var_13, adj_pos, adj_0, adj_13);
            wp::adj_add(var_14, var_11, adj_9, adj_11, adj_13);
            wp::adj_mul(var_12, var_dt, adj_10, adj_dt, adj_11);
            wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_10);
            wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_9);
            // adj: pos[i] = pos[i] + vel[i] * dt                                                 <L 49>
        }
        if (var_half_step) {
            wp::adj_array_store(var_vel, var_0, var_7, adj_vel, adj_0, adj_7);
            wp::adj_add(var_8, var_5, adj_1, adj_5, adj_7);
            wp::adj_mul(var_6, var_4, adj_2, adj_4, adj_5);
            wp::adj_mul(var_dt, var_3, adj_dt, adj_3, adj_4);
            wp::adj_address(var_acc, var_0, adj_acc, adj_0, adj_2);
            wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_1);
            // adj: vel[i] = vel[i] + acc[i] * (dt * wp.float64(0.5))                             <L 47>
        }
        // adj: if half_step:                                                                     <L 46>
        // adj: i = wp.tid()                                                                      <L 45>
        // adj: def leapfrog(                                                                     <L 38>
        continue;
    }
}



extern "C" __global__ void energy_69497241_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel,
    wp::array_t<wp::float64> var_mass,
    wp::array_t<wp::float64> var_e)
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
        wp::vec_t<3, wp::float64>* var_5;
        wp::float64* var_6;
        wp::float64 var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::vec_t<3, wp::float64>* var_15;
        wp::vec_t<3, wp::float64>* var_16;
        wp::vec_t<3, wp::float64> var_17;
        wp::vec_t<3, wp::float64> var_18;
        wp::vec_t<3, wp::float64> var_19;
        wp::float64 var_20;
        wp::float64 var_21;
        wp::float64* var_22;
        wp::float64 var_23;
        wp::float64 var_24;
        wp::float64* var_25;
        wp::float64 var_26;
        wp::float64 var_27;
        wp::float64 var_28;
        wp::float64 var_29;
        const wp::int32 var_30 = 0;
        wp::float64 var_31;
        wp::float64 var_32;
        //---------
        // forward
        // def energy(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), e: wp.array(dtype=wp.float64)):       <L 53>
        // i = wp.tid()                                                                           <L 54>
        var_0 = builtin_tid1d();
        // n = pos.shape[0]                                                                       <L 55>
        var_1 = &(var_pos.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // ke = kinetic(vel[i], mass[i])                                                          <L 56>
        var_5 = wp::address(var_vel, var_0);
        var_6 = wp::address(var_mass, var_0);
        var_8 = wp::load(var_5);
        var_9 = wp::load(var_6);
        var_7 = kinetic_0(var_8, var_9);
        // pe = wp.float64(0.0)                                                                   <L 57>
        var_10 = 0.0;
        // for j in range(i + 1, n):                                                              <L 58>
        var_12 = wp::add(var_0, var_11);
        var_13 = wp::range(var_12, var_3);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
            // r = wp.length(pos[j] - pos[i])                                                     <L 59>
            var_15 = wp::address(var_pos, var_14);
            var_16 = wp::address(var_pos, var_0);
            var_18 = wp::load(var_15);
            var_19 = wp::load(var_16);
            var_17 = wp::sub(var_18, var_19);
            var_20 = wp::length(var_17);
            // pe = pe - wp.float64(G) * mass[i] * mass[j] / r                                    <L 60>
            var_21 = 6.674e-11;
            var_22 = wp::address(var_mass, var_0);
            var_24 = wp::load(var_22);
            var_23 = wp::mul(var_21, var_24);
            var_25 = wp::address(var_mass, var_14);
            var_27 = wp::load(var_25);
            var_26 = wp::mul(var_23, var_27);
            var_28 = wp::div(var_26, var_20);
            var_29 = wp::sub(var_10, var_28);
            wp::assign(var_10, var_29);
            goto start_for_0;
        end_for_0:;
        // wp.atomic_add(e, 0, ke + pe)                                                           <L 61>
        var_31 = wp::add(var_7, var_10);
        var_32 = wp::atomic_add(var_e, var_30, var_31);
    }
}



extern "C" __global__ void energy_69497241_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float64>> var_vel,
    wp::array_t<wp::float64> var_mass,
    wp::array_t<wp::float64> var_e,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_vel,
    wp::array_t<wp::float64> adj_mass,
    wp::array_t<wp::float64> adj_e)
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
        wp::vec_t<3, wp::float64>* var_5;
        wp::float64* var_6;
        wp::float64 var_7;
        wp::vec_t<3, wp::float64> var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::vec_t<3, wp::float64>* var_15;
        wp::vec_t<3, wp::float64>* var_16;
        wp::vec_t<3, wp::float64> var_17;
        wp::vec_t<3, wp::float64> var_18;
        wp::vec_t<3, wp::float64> var_19;
        wp::float64 var_20;
        wp::float64 var_21;
        wp::float64* var_22;
        wp::float64 var_23;
        wp::float64 var_24;
        wp::float64* var_25;
        wp::float64 var_26;
        wp::float64 var_27;
        wp::float64 var_28;
        wp::float64 var_29;
        const wp::int32 var_30 = 0;
        wp::float64 var_31;
        wp::float64 var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::vec_t<3, wp::float64> adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::vec_t<3, wp::float64> adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float64 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::range_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::vec_t<3, wp::float64> adj_15 = {};
        wp::vec_t<3, wp::float64> adj_16 = {};
        wp::vec_t<3, wp::float64> adj_17 = {};
        wp::vec_t<3, wp::float64> adj_18 = {};
        wp::vec_t<3, wp::float64> adj_19 = {};
        wp::float64 adj_20 = {};
        wp::float64 adj_21 = {};
        wp::float64 adj_22 = {};
        wp::float64 adj_23 = {};
        wp::float64 adj_24 = {};
        wp::float64 adj_25 = {};
        wp::float64 adj_26 = {};
        wp::float64 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::float64 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float64 adj_31 = {};
        wp::float64 adj_32 = {};
        //---------
        // forward
        // def energy(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), e: wp.array(dtype=wp.float64)):       <L 53>
        // i = wp.tid()                                                                           <L 54>
        var_0 = builtin_tid1d();
        // n = pos.shape[0]                                                                       <L 55>
        var_1 = &(var_pos.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // ke = kinetic(vel[i], mass[i])                                                          <L 56>
        var_5 = wp::address(var_vel, var_0);
        var_6 = wp::address(var_mass, var_0);
        var_8 = wp::load(var_5);
        var_9 = wp::load(var_6);
        var_7 = kinetic_0(var_8, var_9);
        // pe = wp.float64(0.0)                                                                   <L 57>
        var_10 = 0.0;
        // for j in range(i + 1, n):                                                              <L 58>
        var_12 = wp::add(var_0, var_11);
        var_13 = wp::range(var_12, var_3);
        // wp.atomic_add(e, 0, ke + pe)                                                           <L 61>
        var_31 = wp::add(var_7, var_10);
        // var_32 = wp::atomic_add(var_e, var_30, var_31);
        //---------
        // reverse
        wp::adj_atomic_add(var_e, var_30, var_31, adj_e, adj_30, adj_31, adj_32);
        wp::adj_add(var_7, var_10, adj_7, adj_10, adj_31);
        // adj: wp.atomic_add(e, 0, ke + pe)                                                      <L 61>
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
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
            // r = wp.length(pos[j] - pos[i])                                                     <L 59>
            var_15 = wp::address(var_pos, var_14);
            var_16 = wp::address(var_pos, var_0);
            var_18 = wp::load(var_15);
            var_19 = wp::load(var_16);
            var_17 = wp::sub(var_18, var_19);
            var_20 = wp::length(var_17);
            // pe = pe - wp.float64(G) * mass[i] * mass[j] / r                                    <L 60>
            var_21 = 6.674e-11;
            var_22 = wp::address(var_mass, var_0);
            var_24 = wp::load(var_22);
            var_23 = wp::mul(var_21, var_24);
            var_25 = wp::address(var_mass, var_14);
            var_27 = wp::load(var_25);
            var_26 = wp::mul(var_23, var_27);
            var_28 = wp::div(var_26, var_20);
            var_29 = wp::sub(var_10, var_28);
            wp::assign(var_10, var_29);
            wp::adj_assign(var_10, var_29, adj_10, adj_29);
            wp::adj_sub(var_10, var_28, adj_10, adj_28, adj_29);
            wp::adj_div(var_26, var_20, var_28, adj_26, adj_20, adj_28);
            wp::adj_mul(var_23, var_27, adj_23, adj_25, adj_26);
            wp::adj_address(var_mass, var_14, adj_mass, adj_14, adj_25);
            wp::adj_mul(var_21, var_24, adj_21, adj_22, adj_23);
            wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_22);
            // adj: pe = pe - wp.float64(G) * mass[i] * mass[j] / r                               <L 60>
            wp::adj_length(var_17, var_20, adj_17, adj_20);
            wp::adj_sub(var_18, var_19, adj_15, adj_16, adj_17);
            wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_16);
            wp::adj_address(var_pos, var_14, adj_pos, adj_14, adj_15);
            // adj: r = wp.length(pos[j] - pos[i])                                                <L 59>
        	goto start_for_0;
        end_for_0:;
        wp::adj_add(var_0, var_11, adj_0, adj_11, adj_12);
        // adj: for j in range(i + 1, n):                                                         <L 58>
        // adj: pe = wp.float64(0.0)                                                              <L 57>
        adj_kinetic_0(var_8, var_9, adj_5, adj_6, adj_7);
        wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_6);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_5);
        // adj: ke = kinetic(vel[i], mass[i])                                                     <L 56>
        adj_pos.shape = adj_1;
        // adj: n = pos.shape[0]                                                                  <L 55>
        // adj: i = wp.tid()                                                                      <L 54>
        // adj: def energy(pos: wp.array(dtype=wp.vec3d), vel: wp.array(dtype=wp.vec3d), mass: wp.array(dtype=wp.float64), e: wp.array(dtype=wp.float64)):  <L 53>
        continue;
    }
}



extern "C" __global__ void kepler_solve_52b566bd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_mean_anom,
    wp::array_t<wp::float64> var_ecc,
    wp::array_t<wp::float64> var_ecc_anom,
    wp::float64 var_tol)
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
        wp::float64* var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        wp::float64* var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        const wp::int32 var_10 = 50;
        bool var_11;
        wp::float64 var_12;
        wp::float64 var_13;
        wp::float64 var_14;
        wp::float64 var_15;
        wp::float64 var_16;
        wp::float64 var_17;
        wp::float64 var_18;
        wp::float64 var_19;
        wp::float64 var_20;
        wp::float64 var_21;
        wp::float64 var_22;
        bool var_23;
        wp::float64 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        //---------
        // forward
        // def kepler_solve(mean_anom: wp.array(dtype=wp.float64), ecc: wp.array(dtype=wp.float64), ecc_anom: wp.array(dtype=wp.float64), tol: wp.float64):       <L 65>
        // i = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // M = mean_anom[i]                                                                       <L 67>
        var_1 = wp::address(var_mean_anom, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // e = ecc[i]                                                                             <L 68>
        var_4 = wp::address(var_ecc, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // E = M                                                                                  <L 69>
        var_7 = wp::copy(var_2);
        // it = int(0)                                                                            <L 70>
        var_9 = wp::int(var_8);
        // while it < 50:                                                                         <L 71>
        start_while_0:;
        var_11 = (var_9 < var_10);
        if ((var_11) == false) goto end_while_0;
            // f = E - e * wp.sin(E) - M                                                          <L 72>
            var_12 = wp::sin(var_7);
            var_13 = wp::mul(var_5, var_12);
            var_14 = wp::sub(var_7, var_13);
            var_15 = wp::sub(var_14, var_2);
            // fp = wp.float64(1.0) - e * wp.cos(E)                                               <L 73>
            var_16 = 1.0;
            var_17 = wp::cos(var_7);
            var_18 = wp::mul(var_5, var_17);
            var_19 = wp::sub(var_16, var_18);
            // dE = f / fp                                                                        <L 74>
            var_20 = wp::div(var_15, var_19);
            // E = E - dE                                                                         <L 75>
            var_21 = wp::sub(var_7, var_20);
            // if wp.abs(dE) < tol:                                                               <L 76>
            var_22 = wp::abs(var_20);
            var_23 = (var_22 < var_tol);
            if (var_23) {
                // break                                                                          <L 77>
                wp::assign(var_7, var_21);
                goto end_while_0;
            }
            var_24 = wp::where(var_23, var_7, var_21);
            // it += 1                                                                            <L 78>
            var_26 = wp::add(var_9, var_25);
            wp::assign(var_7, var_24);
            wp::assign(var_9, var_26);
        goto start_while_0;
        end_while_0:;
        // ecc_anom[i] = E                                                                        <L 79>
        wp::array_store(var_ecc_anom, var_0, var_7);
    }
}



extern "C" __global__ void kepler_solve_52b566bd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float64> var_mean_anom,
    wp::array_t<wp::float64> var_ecc,
    wp::array_t<wp::float64> var_ecc_anom,
    wp::float64 var_tol,
    wp::array_t<wp::float64> adj_mean_anom,
    wp::array_t<wp::float64> adj_ecc,
    wp::array_t<wp::float64> adj_ecc_anom,
    wp::float64 adj_tol)
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
        wp::float64* var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        wp::float64* var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        const wp::int32 var_10 = 50;
        bool var_11;
        wp::float64 var_12;
        wp::float64 var_13;
        wp::float64 var_14;
        wp::float64 var_15;
        wp::float64 var_16;
        wp::float64 var_17;
        wp::float64 var_18;
        wp::float64 var_19;
        wp::float64 var_20;
        wp::float64 var_21;
        wp::float64 var_22;
        bool var_23;
        wp::float64 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float64 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float64 adj_4 = {};
        wp::float64 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::float64 adj_12 = {};
        wp::float64 adj_13 = {};
        wp::float64 adj_14 = {};
        wp::float64 adj_15 = {};
        wp::float64 adj_16 = {};
        wp::float64 adj_17 = {};
        wp::float64 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::float64 adj_20 = {};
        wp::float64 adj_21 = {};
        wp::float64 adj_22 = {};
        bool adj_23 = {};
        wp::float64 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        //---------
        // forward
        // def kepler_solve(mean_anom: wp.array(dtype=wp.float64), ecc: wp.array(dtype=wp.float64), ecc_anom: wp.array(dtype=wp.float64), tol: wp.float64):       <L 65>
        // i = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // M = mean_anom[i]                                                                       <L 67>
        var_1 = wp::address(var_mean_anom, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // e = ecc[i]                                                                             <L 68>
        var_4 = wp::address(var_ecc, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // E = M                                                                                  <L 69>
        var_7 = wp::copy(var_2);
        // it = int(0)                                                                            <L 70>
        var_9 = wp::int(var_8);
        // while it < 50:                                                                         <L 71>
        // ecc_anom[i] = E                                                                        <L 79>
        // wp::array_store(var_ecc_anom, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_ecc_anom, var_0, var_7, adj_ecc_anom, adj_0, adj_7);
        // adj: ecc_anom[i] = E                                                                   <L 79>
        start_while_0:;
        var_11 = (var_9 < var_10);
        if ((var_11) == false) goto end_while_0;
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
            // f = E - e * wp.sin(E) - M                                                          <L 72>
            var_12 = wp::sin(var_7);
            var_13 = wp::mul(var_5, var_12);
            var_14 = wp::sub(var_7, var_13);
            var_15 = wp::sub(var_14, var_2);
            // fp = wp.float64(1.0) - e * wp.cos(E)                                               <L 73>
            var_16 = 1.0;
            var_17 = wp::cos(var_7);
            var_18 = wp::mul(var_5, var_17);
            var_19 = wp::sub(var_16, var_18);
            // dE = f / fp                                                                        <L 74>
            var_20 = wp::div(var_15, var_19);
            // E = E - dE                                                                         <L 75>
            var_21 = wp::sub(var_7, var_20);
            // if wp.abs(dE) < tol:                                                               <L 76>
            var_22 = wp::abs(var_20);
            var_23 = (var_22 < var_tol);
            if (var_23) {
                // break                                                                          <L 77>
                wp::assign(var_7, var_21);
                goto end_while_0;
            }
            var_24 = wp::where(var_23, var_7, var_21);
            // it += 1                                                                            <L 78>
            var_26 = wp::add(var_9, var_25);
            wp::assign(var_7, var_24);
            wp::assign(var_9, var_26);
            wp::adj_assign(var_9, var_26, adj_9, adj_26);
            wp::adj_assign(var_7, var_24, adj_7, adj_24);
            wp::adj_add(var_9, var_25, adj_9, adj_25, adj_26);
            // adj: it += 1                                                                       <L 78>
            wp::adj_where(var_23, var_7, var_21, adj_23, adj_7, adj_21, adj_24);
            if (var_23) {
                wp::adj_assign(var_7, var_21, adj_7, adj_21);
                // adj: break                                                                     <L 77>
            }
            wp::adj_abs(var_20, adj_20, adj_22);
            // adj: if wp.abs(dE) < tol:                                                          <L 76>
            wp::adj_sub(var_7, var_20, adj_7, adj_20, adj_21);
            // adj: E = E - dE                                                                    <L 75>
            wp::adj_div(var_15, var_19, var_20, adj_15, adj_19, adj_20);
            // adj: dE = f / fp                                                                   <L 74>
            wp::adj_sub(var_16, var_18, adj_16, adj_18, adj_19);
            wp::adj_mul(var_5, var_17, adj_5, adj_17, adj_18);
            wp::adj_cos(var_7, adj_7, adj_17);
            // adj: fp = wp.float64(1.0) - e * wp.cos(E)                                          <L 73>
            wp::adj_sub(var_14, var_2, adj_14, adj_2, adj_15);
            wp::adj_sub(var_7, var_13, adj_7, adj_13, adj_14);
            wp::adj_mul(var_5, var_12, adj_5, adj_12, adj_13);
            wp::adj_sin(var_7, adj_7, adj_12);
            // adj: f = E - e * wp.sin(E) - M                                                     <L 72>
        goto start_while_0;
        end_while_0:;
        // adj: while it < 50:                                                                    <L 71>
        // adj: it = int(0)                                                                       <L 70>
        wp::adj_copy(var_2, adj_2, adj_7);
        // adj: E = M                                                                             <L 69>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_ecc, var_0, adj_ecc, adj_0, adj_4);
        // adj: e = ecc[i]                                                                        <L 68>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_mean_anom, var_0, adj_mean_anom, adj_0, adj_1);
        // adj: M = mean_anom[i]                                                                  <L 67>
        // adj: i = wp.tid()                                                                      <L 66>
        // adj: def kepler_solve(mean_anom: wp.array(dtype=wp.float64), ecc: wp.array(dtype=wp.float64), ecc_anom: wp.array(dtype=wp.float64), tol: wp.float64):  <L 65>
        continue;
    }
}

