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


// corpus/078_nbody_softened.py:7
static CUDA_CALLABLE void body_accel_0(
    wp::vec_t<3, wp::float32> var_pi,
    wp::vec_t<3, wp::float32> var_pj,
    wp::float32 var_mj,
    wp::float32 var_eps2,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = -1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def body_accel(pi: wp.vec3, pj: wp.vec3, mj: float, eps2: float):                      <L 8>
    // r = pj - pi                                                                            <L 9>
    var_0 = wp::sub(var_pj, var_pi);
    // d2 = wp.dot(r, r) + eps2                                                               <L 10>
    var_1 = wp::dot(var_0, var_0);
    var_2 = wp::add(var_1, var_eps2);
    // inv_d = 1.0 / wp.sqrt(d2)                                                              <L 11>
    var_4 = wp::sqrt(var_2);
    var_5 = wp::div(var_3, var_4);
    // inv_d3 = inv_d * inv_d * inv_d                                                         <L 12>
    var_6 = wp::mul(var_5, var_5);
    var_7 = wp::mul(var_6, var_5);
    // return r * (G_CONST * mj * inv_d3), -G_CONST * mj * inv_d                              <L 13>
    var_9 = wp::mul(var_8, var_mj);
    var_10 = wp::mul(var_9, var_7);
    var_11 = wp::mul(var_0, var_10);
    var_13 = wp::mul(var_12, var_mj);
    var_14 = wp::mul(var_13, var_5);
    ret_0 = var_11;
    ret_1 = var_14;
    return;
}


// corpus/078_nbody_softened.py:7
static CUDA_CALLABLE void adj_body_accel_0(
    wp::vec_t<3, wp::float32> var_pi,
    wp::vec_t<3, wp::float32> var_pj,
    wp::float32 var_mj,
    wp::float32 var_eps2,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_pi,
    wp::vec_t<3, wp::float32> & adj_pj,
    wp::float32 & adj_mj,
    wp::float32 & adj_eps2,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = -1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
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
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def body_accel(pi: wp.vec3, pj: wp.vec3, mj: float, eps2: float):                      <L 8>
    // r = pj - pi                                                                            <L 9>
    var_0 = wp::sub(var_pj, var_pi);
    // d2 = wp.dot(r, r) + eps2                                                               <L 10>
    var_1 = wp::dot(var_0, var_0);
    var_2 = wp::add(var_1, var_eps2);
    // inv_d = 1.0 / wp.sqrt(d2)                                                              <L 11>
    var_4 = wp::sqrt(var_2);
    var_5 = wp::div(var_3, var_4);
    // inv_d3 = inv_d * inv_d * inv_d                                                         <L 12>
    var_6 = wp::mul(var_5, var_5);
    var_7 = wp::mul(var_6, var_5);
    // return r * (G_CONST * mj * inv_d3), -G_CONST * mj * inv_d                              <L 13>
    var_9 = wp::mul(var_8, var_mj);
    var_10 = wp::mul(var_9, var_7);
    var_11 = wp::mul(var_0, var_10);
    var_13 = wp::mul(var_12, var_mj);
    var_14 = wp::mul(var_13, var_5);
    ret_0 = var_11;
    ret_1 = var_14;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret_1;
    adj_11 += adj_ret_0;
    wp::adj_mul(var_13, var_5, adj_13, adj_5, adj_14);
    wp::adj_mul(var_12, var_mj, adj_12, adj_mj, adj_13);
    wp::adj_mul(var_0, var_10, adj_0, adj_10, adj_11);
    wp::adj_mul(var_9, var_7, adj_9, adj_7, adj_10);
    wp::adj_mul(var_8, var_mj, adj_8, adj_mj, adj_9);
    // adj: return r * (G_CONST * mj * inv_d3), -G_CONST * mj * inv_d                         <L 13>
    wp::adj_mul(var_6, var_5, adj_6, adj_5, adj_7);
    wp::adj_mul(var_5, var_5, adj_5, adj_5, adj_6);
    // adj: inv_d3 = inv_d * inv_d * inv_d                                                    <L 12>
    wp::adj_div(var_3, var_4, var_5, adj_3, adj_4, adj_5);
    wp::adj_sqrt(var_2, var_4, adj_2, adj_4);
    // adj: inv_d = 1.0 / wp.sqrt(d2)                                                         <L 11>
    wp::adj_add(var_1, var_eps2, adj_1, adj_eps2, adj_2);
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_1);
    // adj: d2 = wp.dot(r, r) + eps2                                                          <L 10>
    wp::adj_sub(var_pj, var_pi, adj_pj, adj_pi, adj_0);
    // adj: r = pj - pi                                                                       <L 9>
    // adj: def body_accel(pi: wp.vec3, pj: wp.vec3, mj: float, eps2: float):                 <L 8>
    return;
}



extern "C" __global__ void nbody_blocked_a329a002_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::float32> var_mass,
    wp::float32 var_eps,
    wp::array_t<wp::vec_t<3, wp::float32>> var_acc,
    wp::array_t<wp::float32> var_potential)
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
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 8;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 8;
        wp::range_t var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        bool var_24;
        bool var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::float32* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        //---------
        // forward
        // def nbody_blocked(pos: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), eps: float, acc: wp.array(dtype=wp.vec3), potential: wp.array(dtype=float)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // n = pos.shape[0]                                                                       <L 19>
        var_1 = &(var_pos.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // pi = pos[i]                                                                            <L 20>
        var_5 = wp::address(var_pos, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // a = wp.vec3()                                                                          <L 21>
        var_8 = wp::vec_t<3, wp::float32>();
        // phi = float(0.0)                                                                       <L 22>
        var_10 = wp::float(var_9);
        // eps2 = eps * eps                                                                       <L 23>
        var_11 = wp::mul(var_eps, var_eps);
        // num_blocks = (n + BLOCK_SIZE - 1) // BLOCK_SIZE                                        <L 24>
        var_13 = wp::add(var_3, var_12);
        var_15 = wp::sub(var_13, var_14);
        var_16 = wp::floordiv(var_15, var_12);
        // for b in range(num_blocks):                                                            <L 25>
        var_17 = wp::range(var_16);
        start_for_0:;
            if (iter_cmp(var_17) == 0) goto end_for_0;
            var_18 = wp::iter_next(var_17);
            // base = b * BLOCK_SIZE                                                              <L 26>
            var_19 = wp::mul(var_18, var_12);
            // for k in range(BLOCK_SIZE):                                                        <L 27>
            var_21 = wp::range(var_20);
            start_for_2:;
                if (iter_cmp(var_21) == 0) goto end_for_2;
                var_22 = wp::iter_next(var_21);
                // j = base + k                                                                   <L 28>
                var_23 = wp::add(var_19, var_22);
                // if j >= n:                                                                     <L 29>
                var_24 = (var_23 >= var_3);
                if (var_24) {
                    // break                                                                      <L 30>
                    goto end_for_2;
                }
                // if j == i:                                                                     <L 31>
                var_25 = (var_23 == var_0);
                if (var_25) {
                    // continue                                                                   <L 32>
                    goto start_for_2;
                }
                // da, dphi = body_accel(pi, pos[j], mass[j], eps2)                               <L 33>
                var_26 = wp::address(var_pos, var_23);
                var_27 = wp::address(var_mass, var_23);
                var_30 = wp::load(var_26);
                var_31 = wp::load(var_27);
                body_accel_0(var_6, var_30, var_31, var_11, var_28, var_29);
                // a += da                                                                        <L 34>
                var_32 = wp::add(var_8, var_28);
                // phi += dphi                                                                    <L 35>
                var_33 = wp::add(var_10, var_29);
                wp::assign(var_8, var_32);
                wp::assign(var_10, var_33);
                goto start_for_2;
            end_for_2:;
            goto start_for_0;
        end_for_0:;
        // acc[i] = a                                                                             <L 36>
        wp::array_store(var_acc, var_0, var_8);
        // potential[i] = phi * mass[i]                                                           <L 37>
        var_34 = wp::address(var_mass, var_0);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_10, var_36);
        wp::array_store(var_potential, var_0, var_35);
    }
}



extern "C" __global__ void nbody_blocked_a329a002_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::float32> var_mass,
    wp::float32 var_eps,
    wp::array_t<wp::vec_t<3, wp::float32>> var_acc,
    wp::array_t<wp::float32> var_potential,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::float32> adj_mass,
    wp::float32 adj_eps,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_acc,
    wp::array_t<wp::float32> adj_potential)
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
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 8;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 8;
        wp::range_t var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        bool var_24;
        bool var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::float32* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::range_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::range_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        bool adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        //---------
        // forward
        // def nbody_blocked(pos: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), eps: float, acc: wp.array(dtype=wp.vec3), potential: wp.array(dtype=float)):       <L 17>
        // i = wp.tid()                                                                           <L 18>
        var_0 = builtin_tid1d();
        // n = pos.shape[0]                                                                       <L 19>
        var_1 = &(var_pos.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // pi = pos[i]                                                                            <L 20>
        var_5 = wp::address(var_pos, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // a = wp.vec3()                                                                          <L 21>
        var_8 = wp::vec_t<3, wp::float32>();
        // phi = float(0.0)                                                                       <L 22>
        var_10 = wp::float(var_9);
        // eps2 = eps * eps                                                                       <L 23>
        var_11 = wp::mul(var_eps, var_eps);
        // num_blocks = (n + BLOCK_SIZE - 1) // BLOCK_SIZE                                        <L 24>
        var_13 = wp::add(var_3, var_12);
        var_15 = wp::sub(var_13, var_14);
        var_16 = wp::floordiv(var_15, var_12);
        // for b in range(num_blocks):                                                            <L 25>
        var_17 = wp::range(var_16);
        // acc[i] = a                                                                             <L 36>
        // wp::array_store(var_acc, var_0, var_8);
        // potential[i] = phi * mass[i]                                                           <L 37>
        var_34 = wp::address(var_mass, var_0);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_10, var_36);
        // wp::array_store(var_potential, var_0, var_35);
        //---------
        // reverse
        wp::adj_array_store(var_potential, var_0, var_35, adj_potential, adj_0, adj_35);
        wp::adj_mul(var_10, var_36, adj_10, adj_34, adj_35);
        wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_34);
        // adj: potential[i] = phi * mass[i]                                                      <L 37>
        wp::adj_array_store(var_acc, var_0, var_8, adj_acc, adj_0, adj_8);
        // adj: acc[i] = a                                                                        <L 36>
        var_17 = wp::iter_reverse(var_17);
        start_for_0:;
            if (iter_cmp(var_17) == 0) goto end_for_0;
            var_18 = wp::iter_next(var_17);
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
            // base = b * BLOCK_SIZE                                                              <L 26>
            var_19 = wp::mul(var_18, var_12);
            // for k in range(BLOCK_SIZE):                                                        <L 27>
            var_21 = wp::range(var_20);
            var_21 = wp::iter_reverse(var_21);
            start_for_2:;
                if (iter_cmp(var_21) == 0) goto end_for_2;
                var_22 = wp::iter_next(var_21);
            	adj_23 = {};
            	adj_24 = {};
            	adj_25 = {};
            	adj_26 = {};
            	adj_27 = {};
            	adj_28 = {};
            	adj_29 = {};
            	adj_30 = {};
            	adj_31 = {};
            	adj_32 = {};
            	adj_33 = {};
                // j = base + k                                                                   <L 28>
                var_23 = wp::add(var_19, var_22);
                // if j >= n:                                                                     <L 29>
                var_24 = (var_23 >= var_3);
                if (var_24) {
                    // break                                                                      <L 30>
                    goto end_for_2;
                }
                // if j == i:                                                                     <L 31>
                var_25 = (var_23 == var_0);
                if (var_25) {
                    // continue                                                                   <L 32>
                    goto start_for_2;
                }
                // da, dphi = body_accel(pi, pos[j], mass[j], eps2)                               <L 33>
                var_26 = wp::address(var_pos, var_23);
                var_27 = wp::address(var_mass, var_23);
                var_30 = wp::load(var_26);
                var_31 = wp::load(var_27);
                body_accel_0(var_6, var_30, var_31, var_11, var_28, var_29);
                // a += da                                                                        <L 34>
                var_32 = wp::add(var_8, var_28);
                // phi += dphi                                                                    <L 35>
                var_33 = wp::add(var_10, var_29);
                wp::assign(var_8, var_32);
                wp::assign(var_10, var_33);
                wp::adj_assign(var_10, var_33, adj_10, adj_33);
                wp::adj_assign(var_8, var_32, adj_8, adj_32);
                wp::adj_add(var_10, var_29, adj_10, adj_29, adj_33);
                // adj: phi += dphi                                                               <L 35>
                wp::adj_add(var_8, var_28, adj_8, adj_28, adj_32);
                // adj: a += da                                                                   <L 34>
                adj_body_accel_0(var_6, var_30, var_31, var_11, var_28, var_29, adj_6, adj_26, adj_27, adj_11, adj_28, adj_29);
                wp::adj_address(var_mass, var_23, adj_mass, adj_23, adj_27);
                wp::adj_address(var_pos, var_23, adj_pos, adj_23, adj_26);
                // adj: da, dphi = body_accel(pi, pos[j], mass[j], eps2)                          <L 33>
                if (var_25) {
                    // adj: continue                                                              <L 32>
                }
                // adj: if j == i:                                                                <L 31>
                if (var_24) {
                    // adj: break                                                                 <L 30>
                }
                // adj: if j >= n:                                                                <L 29>
                wp::adj_add(var_19, var_22, adj_19, adj_22, adj_23);
                // adj: j = base + k                                                              <L 28>
            	goto start_for_2;
            end_for_2:;
            // adj: for k in range(BLOCK_SIZE):                                                   <L 27>
            wp::adj_mul(var_18, var_12, adj_18, adj_12, adj_19);
            // adj: base = b * BLOCK_SIZE                                                         <L 26>
        	goto start_for_0;
        end_for_0:;
        // adj: for b in range(num_blocks):                                                       <L 25>
        wp::adj_sub(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_add(var_3, var_12, adj_3, adj_12, adj_13);
        // adj: num_blocks = (n + BLOCK_SIZE - 1) // BLOCK_SIZE                                   <L 24>
        wp::adj_mul(var_eps, var_eps, adj_eps, adj_eps, adj_11);
        // adj: eps2 = eps * eps                                                                  <L 23>
        wp::adj_float(var_9, adj_9, adj_10);
        // adj: phi = float(0.0)                                                                  <L 22>
        // adj: a = wp.vec3()                                                                     <L 21>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_5);
        // adj: pi = pos[i]                                                                       <L 20>
        adj_pos.shape = adj_1;
        // adj: n = pos.shape[0]                                                                  <L 19>
        // adj: i = wp.tid()                                                                      <L 18>
        // adj: def nbody_blocked(pos: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), eps: float, acc: wp.array(dtype=wp.vec3), potential: wp.array(dtype=float)):  <L 17>
        continue;
    }
}



extern "C" __global__ void leapfrog_a9826005_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_acc,
    wp::float32 var_dt,
    bool var_first)
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
        wp::vec_t<3, wp::float32>* var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // forward
        // def leapfrog(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), acc: wp.array(dtype=wp.vec3), dt: float, first: bool):       <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // if first:                                                                              <L 43>
        if (var_first) {
            // vel[i] = vel[i] + acc[i] * (0.5 * dt)                                              <L 44>
            var_1 = wp::address(var_vel, var_0);
            var_2 = wp::address(var_acc, var_0);
            var_4 = wp::mul(var_3, var_dt);
            var_6 = wp::load(var_2);
            var_5 = wp::mul(var_6, var_4);
            var_8 = wp::load(var_1);
            var_7 = wp::add(var_8, var_5);
            wp::array_store(var_vel, var_0, var_7);
        }
        if (!var_first) {
            // vel[i] = vel[i] + acc[i] * dt                                                      <L 46>
            var_9 = wp::address(var_vel, var_0);
            var_10 = wp::address(var_acc, var_0);
            var_12 = wp::load(var_10);
            var_11 = wp::mul(var_12, var_dt);
            var_14 = wp::load(var_9);
            var_13 = wp::add(var_14, var_11);
            wp::array_store(var_vel, var_0, var_13);
        }
        // pos[i] = pos[i] + vel[i] * dt                                                          <L 47>
        var_15 = wp::address(var_pos, var_0);
        var_16 = wp::address(var_vel, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::mul(var_18, var_dt);
        var_20 = wp::load(var_15);
        var_19 = wp::add(var_20, var_17);
        wp::array_store(var_pos, var_0, var_19);
    }
}



extern "C" __global__ void leapfrog_a9826005_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_acc,
    wp::float32 var_dt,
    bool var_first,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_acc,
    wp::float32 adj_dt,
    bool adj_first)
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
        wp::vec_t<3, wp::float32>* var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        //---------
        // forward
        // def leapfrog(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), acc: wp.array(dtype=wp.vec3), dt: float, first: bool):       <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // if first:                                                                              <L 43>
        if (var_first) {
            // vel[i] = vel[i] + acc[i] * (0.5 * dt)                                              <L 44>
            var_1 = wp::address(var_vel, var_0);
            var_2 = wp::address(var_acc, var_0);
            var_4 = wp::mul(var_3, var_dt);
            var_6 = wp::load(var_2);
            var_5 = wp::mul(var_6, var_4);
            var_8 = wp::load(var_1);
            var_7 = wp::add(var_8, var_5);
            // wp::array_store(var_vel, var_0, var_7);
        }
        if (!var_first) {
            // vel[i] = vel[i] + acc[i] * dt                                                      <L 46>
            var_9 = wp::address(var_vel, var_0);
            var_10 = wp::address(var_acc, var_0);
            var_12 = wp::load(var_10);
            var_11 = wp::mul(var_12, var_dt);
            var_14 = wp::load(var_9);
            var_13 = wp::add(var_14, var_11);
            // wp::array_store(var_vel, var_0, var_13);
        }
        // pos[i] = pos[i] + vel[i] * dt                                                          <L 47>
        var_15 = wp::address(var_pos, var_0);
        var_16 = wp::address(var_vel, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::mul(var_18, var_dt);
        var_20 = wp::load(var_15);
        var_19 = wp::add(var_20, var_17);
        // wp::array_store(var_pos, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_pos, var_0, var_19, adj_pos, adj_0, adj_19);
        wp::adj_add(var_20, var_17, adj_15, adj_17, adj_19);
        wp::adj_mul(var_18, var_dt, adj_16, adj_dt, adj_17);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_16);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_15);
        // adj: pos[i] = pos[i] + vel[i] * dt                                                     <L 47>
        if (!var_first) {
            wp::adj_array_store(var_vel, var_0, var_13, adj_vel, adj_0, adj_13);
            wp::adj_add(var_14, var_11, adj_9, adj_11, adj_13);
            wp::adj_mul(var_12, var_dt, adj_10, adj_dt, adj_11);
            wp::adj_address(var_acc, var_0, adj_acc, adj_0, adj_10);
            wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_9);
            // adj: vel[i] = vel[i] + acc[i] * dt                                                 <L 46>
        }
        if (var_first) {
            wp::adj_array_store(var_vel, var_0, var_7, adj_vel, adj_0, adj_7);
            wp::adj_add(var_8, var_5, adj_1, adj_5, adj_7);
            wp::adj_mul(var_6, var_4, adj_2, adj_4, adj_5);
            wp::adj_mul(var_3, var_dt, adj_3, adj_dt, adj_4);
            wp::adj_address(var_acc, var_0, adj_acc, adj_0, adj_2);
            wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_1);
            // adj: vel[i] = vel[i] + acc[i] * (0.5 * dt)                                         <L 44>
        }
        // adj: if first:                                                                         <L 43>
        // adj: i = wp.tid()                                                                      <L 42>
        // adj: def leapfrog(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), acc: wp.array(dtype=wp.vec3), dt: float, first: bool):  <L 41>
        continue;
    }
}



extern "C" __global__ void energy_momentum_f2598444_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_mass,
    wp::array_t<wp::float32> var_potential,
    wp::array_t<wp::float32> var_kinetic,
    wp::array_t<wp::float32> var_pot_total,
    wp::array_t<wp::vec_t<3, wp::float32>> var_momentum,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ang_mom)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        const wp::float32 var_8 = 0.5;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        const wp::float32 var_14 = 0.5;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 0;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 0;
        wp::vec_t<3, wp::float32>* var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // forward
        // def energy_momentum(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), potential: wp.array(dtype=float), kinetic: wp.array(dtype=float), pot_total: wp.array(dtype=float), momentum: wp.array(dtype=wp.vec3), ang_mom: wp.array(dtype=wp.vec3)):       <L 51>
        // i = wp.tid()                                                                           <L 52>
        var_0 = builtin_tid1d();
        // m = mass[i]                                                                            <L 53>
        var_1 = wp::address(var_mass, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = vel[i]                                                                             <L 54>
        var_4 = wp::address(var_vel, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(kinetic, 0, 0.5 * m * wp.dot(v, v))                                      <L 55>
        var_9 = wp::mul(var_8, var_2);
        var_10 = wp::dot(var_5, var_5);
        var_11 = wp::mul(var_9, var_10);
        var_12 = wp::atomic_add(var_kinetic, var_7, var_11);
        // wp.atomic_add(pot_total, 0, 0.5 * potential[i])                                        <L 56>
        var_15 = wp::address(var_potential, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_14, var_17);
        var_18 = wp::atomic_add(var_pot_total, var_13, var_16);
        // wp.atomic_add(momentum, 0, v * m)                                                      <L 57>
        var_20 = wp::mul(var_5, var_2);
        var_21 = wp::atomic_add(var_momentum, var_19, var_20);
        // wp.atomic_add(ang_mom, 0, wp.cross(pos[i], v * m))                                     <L 58>
        var_23 = wp::address(var_pos, var_0);
        var_24 = wp::mul(var_5, var_2);
        var_26 = wp::load(var_23);
        var_25 = wp::cross(var_26, var_24);
        var_27 = wp::atomic_add(var_ang_mom, var_22, var_25);
    }
}



extern "C" __global__ void energy_momentum_f2598444_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_mass,
    wp::array_t<wp::float32> var_potential,
    wp::array_t<wp::float32> var_kinetic,
    wp::array_t<wp::float32> var_pot_total,
    wp::array_t<wp::vec_t<3, wp::float32>> var_momentum,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ang_mom,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::float32> adj_mass,
    wp::array_t<wp::float32> adj_potential,
    wp::array_t<wp::float32> adj_kinetic,
    wp::array_t<wp::float32> adj_pot_total,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_momentum,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ang_mom)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        const wp::float32 var_8 = 0.5;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        const wp::float32 var_14 = 0.5;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 0;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 0;
        wp::vec_t<3, wp::float32>* var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
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
        wp::int32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        //---------
        // forward
        // def energy_momentum(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), potential: wp.array(dtype=float), kinetic: wp.array(dtype=float), pot_total: wp.array(dtype=float), momentum: wp.array(dtype=wp.vec3), ang_mom: wp.array(dtype=wp.vec3)):       <L 51>
        // i = wp.tid()                                                                           <L 52>
        var_0 = builtin_tid1d();
        // m = mass[i]                                                                            <L 53>
        var_1 = wp::address(var_mass, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = vel[i]                                                                             <L 54>
        var_4 = wp::address(var_vel, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(kinetic, 0, 0.5 * m * wp.dot(v, v))                                      <L 55>
        var_9 = wp::mul(var_8, var_2);
        var_10 = wp::dot(var_5, var_5);
        var_11 = wp::mul(var_9, var_10);
        // var_12 = wp::atomic_add(var_kinetic, var_7, var_11);
        // wp.atomic_add(pot_total, 0, 0.5 * potential[i])                                        <L 56>
        var_15 = wp::address(var_potential, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_14, var_17);
        // var_18 = wp::atomic_add(var_pot_total, var_13, var_16);
        // wp.atomic_add(momentum, 0, v * m)                                                      <L 57>
        var_20 = wp::mul(var_5, var_2);
        // var_21 = wp::atomic_add(var_momentum, var_19, var_20);
        // wp.atomic_add(ang_mom, 0, wp.cross(pos[i], v * m))                                     <L 58>
        var_23 = wp::address(var_pos, var_0);
        var_24 = wp::mul(var_5, var_2);
        var_26 = wp::load(var_23);
        var_25 = wp::cross(var_26, var_24);
        // var_27 = wp::atomic_add(var_ang_mom, var_22, var_25);
        //---------
        // reverse
        wp::adj_atomic_add(var_ang_mom, var_22, var_25, adj_ang_mom, adj_22, adj_25, adj_27);
        wp::adj_cross(var_26, var_24, adj_23, adj_24, adj_25);
        wp::adj_mul(var_5, var_2, adj_5, adj_2, adj_24);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_23);
        // adj: wp.atomic_add(ang_mom, 0, wp.cross(pos[i], v * m))                                <L 58>
        wp::adj_atomic_add(var_momentum, var_19, var_20, adj_momentum, adj_19, adj_20, adj_21);
        wp::adj_mul(var_5, var_2, adj_5, adj_2, adj_20);
        // adj: wp.atomic_add(momentum, 0, v * m)                                                 <L 57>
        wp::adj_atomic_add(var_pot_total, var_13, var_16, adj_pot_total, adj_13, adj_16, adj_18);
        wp::adj_mul(var_14, var_17, adj_14, adj_15, adj_16);
        wp::adj_address(var_potential, var_0, adj_potential, adj_0, adj_15);
        // adj: wp.atomic_add(pot_total, 0, 0.5 * potential[i])                                   <L 56>
        wp::adj_atomic_add(var_kinetic, var_7, var_11, adj_kinetic, adj_7, adj_11, adj_12);
        wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_dot(var_5, var_5, adj_5, adj_5, adj_10);
        wp::adj_mul(var_8, var_2, adj_8, adj_2, adj_9);
        // adj: wp.atomic_add(kinetic, 0, 0.5 * m * wp.dot(v, v))                                 <L 55>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_4);
        // adj: v = vel[i]                                                                        <L 54>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_mass, var_0, adj_mass, adj_0, adj_1);
        // adj: m = mass[i]                                                                       <L 53>
        // adj: i = wp.tid()                                                                      <L 52>
        // adj: def energy_momentum(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), mass: wp.array(dtype=float), potential: wp.array(dtype=float), kinetic: wp.array(dtype=float), pot_total: wp.array(dtype=float), momentum: wp.array(dtype=wp.vec3), ang_mom: wp.array(dtype=wp.vec3)):  <L 51>
        continue;
    }
}



extern "C" __global__ void adaptive_timestep_4eed4b46_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_acc,
    wp::float32 var_eps,
    wp::float32 var_eta,
    wp::array_t<wp::float32> var_dt_min)
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
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        //---------
        // forward
        // def adaptive_timestep(acc: wp.array(dtype=wp.vec3), eps: float, eta: float, dt_min: wp.array(dtype=float)):       <L 62>
        // i = wp.tid()                                                                           <L 63>
        var_0 = builtin_tid1d();
        // a = wp.length(acc[i])                                                                  <L 64>
        var_1 = wp::address(var_acc, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::length(var_3);
        // if a <= 0.0:                                                                           <L 65>
        var_5 = (var_2 <= var_4);
        if (var_5) {
            // return                                                                             <L 66>
            continue;
        }
        // dt = eta * wp.sqrt(eps / a)                                                            <L 67>
        var_6 = wp::div(var_eps, var_2);
        var_7 = wp::sqrt(var_6);
        var_8 = wp::mul(var_eta, var_7);
        // wp.atomic_min(dt_min, 0, dt)                                                           <L 68>
        var_10 = wp::atomic_min(var_dt_min, var_9, var_8);
    }
}



extern "C" __global__ void adaptive_timestep_4eed4b46_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_acc,
    wp::float32 var_eps,
    wp::float32 var_eta,
    wp::array_t<wp::float32> var_dt_min,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_acc,
    wp::float32 adj_eps,
    wp::float32 adj_eta,
    wp::array_t<wp::float32> adj_dt_min)
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
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        //---------
        // forward
        // def adaptive_timestep(acc: wp.array(dtype=wp.vec3), eps: float, eta: float, dt_min: wp.array(dtype=float)):       <L 62>
        // i = wp.tid()                                                                           <L 63>
        var_0 = builtin_tid1d();
        // a = wp.length(acc[i])                                                                  <L 64>
        var_1 = wp::address(var_acc, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::length(var_3);
        // if a <= 0.0:                                                                           <L 65>
        var_5 = (var_2 <= var_4);
        if (var_5) {
            // return                                                                             <L 66>
            goto label0;
        }
        // dt = eta * wp.sqrt(eps / a)                                                            <L 67>
        var_6 = wp::div(var_eps, var_2);
        var_7 = wp::sqrt(var_6);
        var_8 = wp::mul(var_eta, var_7);
        // wp.atomic_min(dt_min, 0, dt)                                                           <L 68>
        // var_10 = wp::atomic_min(var_dt_min, var_9, var_8);
        //---------
        // reverse
        wp::adj_atomic_min(var_dt_min, var_9, var_8, adj_dt_min, adj_9, adj_8, adj_10);
        // adj: wp.atomic_min(dt_min, 0, dt)                                                      <L 68>
        wp::adj_mul(var_eta, var_7, adj_eta, adj_7, adj_8);
        wp::adj_sqrt(var_6, var_7, adj_6, adj_7);
        wp::adj_div(var_eps, var_2, var_6, adj_eps, adj_2, adj_6);
        // adj: dt = eta * wp.sqrt(eps / a)                                                       <L 67>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 66>
        }
        // adj: if a <= 0.0:                                                                      <L 65>
        wp::adj_length(var_3, var_2, adj_1, adj_2);
        wp::adj_address(var_acc, var_0, adj_acc, adj_0, adj_1);
        // adj: a = wp.length(acc[i])                                                             <L 64>
        // adj: i = wp.tid()                                                                      <L 63>
        // adj: def adaptive_timestep(acc: wp.array(dtype=wp.vec3), eps: float, eta: float, dt_min: wp.array(dtype=float)):  <L 62>
        continue;
    }
}

