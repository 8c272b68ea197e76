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


// corpus/081_magnetic_dipoles.py:6
static CUDA_CALLABLE wp::vec_t<3, wp::float32> dipole_field_0(
    wp::vec_t<3, wp::float32> var_m,
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_soft)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 3.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 1e-07;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def dipole_field(m: wp.vec3, r: wp.vec3, soft: float) -> wp.vec3:                      <L 7>
    // d2 = wp.dot(r, r) + soft * soft                                                        <L 8>
    var_0 = wp::dot(var_r, var_r);
    var_1 = wp::mul(var_soft, var_soft);
    var_2 = wp::add(var_0, var_1);
    // d = wp.sqrt(d2)                                                                        <L 9>
    var_3 = wp::sqrt(var_2);
    // rhat = r / d                                                                           <L 10>
    var_4 = wp::div(var_r, var_3);
    // return (rhat * (3.0 * wp.dot(m, rhat)) - m) * (MU0_OVER_4PI / (d2 * d))                <L 11>
    var_6 = wp::dot(var_m, var_4);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::mul(var_4, var_7);
    var_9 = wp::sub(var_8, var_m);
    var_11 = wp::mul(var_2, var_3);
    var_12 = wp::div(var_10, var_11);
    var_13 = wp::mul(var_9, var_12);
    return var_13;
}


// corpus/081_magnetic_dipoles.py:14
static CUDA_CALLABLE wp::vec_t<3, wp::float32> dipole_torque_0(
    wp::vec_t<3, wp::float32> var_m,
    wp::vec_t<3, wp::float32> var_B)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // forward
    // def dipole_torque(m: wp.vec3, B: wp.vec3) -> wp.vec3:                                  <L 15>
    // return wp.cross(m, B)                                                                  <L 16>
    var_0 = wp::cross(var_m, var_B);
    return var_0;
}


// corpus/081_magnetic_dipoles.py:6
static CUDA_CALLABLE void adj_dipole_field_0(
    wp::vec_t<3, wp::float32> var_m,
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_soft,
    wp::vec_t<3, wp::float32> & adj_m,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::float32 & adj_soft,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 3.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 1e-07;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def dipole_field(m: wp.vec3, r: wp.vec3, soft: float) -> wp.vec3:                      <L 7>
    // d2 = wp.dot(r, r) + soft * soft                                                        <L 8>
    var_0 = wp::dot(var_r, var_r);
    var_1 = wp::mul(var_soft, var_soft);
    var_2 = wp::add(var_0, var_1);
    // d = wp.sqrt(d2)                                                                        <L 9>
    var_3 = wp::sqrt(var_2);
    // rhat = r / d                                                                           <L 10>
    var_4 = wp::div(var_r, var_3);
    // return (rhat * (3.0 * wp.dot(m, rhat)) - m) * (MU0_OVER_4PI / (d2 * d))                <L 11>
    var_6 = wp::dot(var_m, var_4);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::mul(var_4, var_7);
    var_9 = wp::sub(var_8, var_m);
    var_11 = wp::mul(var_2, var_3);
    var_12 = wp::div(var_10, var_11);
    var_13 = wp::mul(var_9, var_12);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret;
    wp::adj_mul(var_9, var_12, adj_9, adj_12, adj_13);
    wp::adj_div(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_11);
    wp::adj_sub(var_8, var_m, adj_8, adj_m, adj_9);
    wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_dot(var_m, var_4, adj_m, adj_4, adj_6);
    // adj: return (rhat * (3.0 * wp.dot(m, rhat)) - m) * (MU0_OVER_4PI / (d2 * d))           <L 11>
    wp::adj_div(var_r, var_3, adj_r, adj_3, adj_4);
    // adj: rhat = r / d                                                                      <L 10>
    wp::adj_sqrt(var_2, var_3, adj_2, adj_3);
    // adj: d = wp.sqrt(d2)                                                                   <L 9>
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_mul(var_soft, var_soft, adj_soft, adj_soft, adj_1);
    wp::adj_dot(var_r, var_r, adj_r, adj_r, adj_0);
    // adj: d2 = wp.dot(r, r) + soft * soft                                                   <L 8>
    // adj: def dipole_field(m: wp.vec3, r: wp.vec3, soft: float) -> wp.vec3:                 <L 7>
    return;
}


// corpus/081_magnetic_dipoles.py:14
static CUDA_CALLABLE void adj_dipole_torque_0(
    wp::vec_t<3, wp::float32> var_m,
    wp::vec_t<3, wp::float32> var_B,
    wp::vec_t<3, wp::float32> & adj_m,
    wp::vec_t<3, wp::float32> & adj_B,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    //---------
    // forward
    // def dipole_torque(m: wp.vec3, B: wp.vec3) -> wp.vec3:                                  <L 15>
    // return wp.cross(m, B)                                                                  <L 16>
    var_0 = wp::cross(var_m, var_B);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_cross(var_m, var_B, adj_m, adj_B, adj_0);
    // adj: return wp.cross(m, B)                                                             <L 16>
    // adj: def dipole_torque(m: wp.vec3, B: wp.vec3) -> wp.vec3:                             <L 15>
    return;
}



extern "C" __global__ void dipole_interactions_73201976_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment,
    wp::float32 var_soft,
    wp::vec_t<3, wp::float32> var_B_ext,
    wp::array_t<wp::vec_t<3, wp::float32>> var_field,
    wp::array_t<wp::vec_t<3, wp::float32>> var_torque,
    wp::array_t<wp::float32> var_energy)
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
        wp::vec_t<3, wp::float32> var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::range_t var_6;
        wp::int32 var_7;
        bool var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const wp::int32 var_21 = 0;
        const wp::float32 var_22 = -0.5;
        wp::vec_t<3, wp::float32>* var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        //---------
        // forward
        // def dipole_interactions(pos: wp.array(dtype=wp.vec3), moment: wp.array(dtype=wp.vec3), soft: float, B_ext: wp.vec3, field: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), energy: wp.array(dtype=float)):       <L 20>
        // i = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // B = B_ext                                                                              <L 22>
        var_1 = wp::copy(var_B_ext);
        // for j in range(pos.shape[0]):                                                          <L 23>
        var_2 = &(var_pos.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = wp::range(var_4);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // if j == i:                                                                         <L 24>
            var_8 = (var_7 == var_0);
            if (var_8) {
                // continue                                                                       <L 25>
                goto start_for_0;
            }
            // B = B + dipole_field(moment[j], pos[i] - pos[j], soft)                             <L 26>
            var_9 = wp::address(var_moment, var_7);
            var_10 = wp::address(var_pos, var_0);
            var_11 = wp::address(var_pos, var_7);
            var_13 = wp::load(var_10);
            var_14 = wp::load(var_11);
            var_12 = wp::sub(var_13, var_14);
            var_16 = wp::load(var_9);
            var_15 = dipole_field_0(var_16, var_12, var_soft);
            var_17 = wp::add(var_1, var_15);
            wp::assign(var_1, var_17);
            goto start_for_0;
        end_for_0:;
        // field[i] = B                                                                           <L 27>
        wp::array_store(var_field, var_0, var_1);
        // torque[i] = dipole_torque(moment[i], B)                                                <L 28>
        var_18 = wp::address(var_moment, var_0);
        var_20 = wp::load(var_18);
        var_19 = dipole_torque_0(var_20, var_1);
        wp::array_store(var_torque, var_0, var_19);
        // wp.atomic_add(energy, 0, -0.5 * wp.dot(moment[i], B))                                  <L 29>
        var_23 = wp::address(var_moment, var_0);
        var_25 = wp::load(var_23);
        var_24 = wp::dot(var_25, var_1);
        var_26 = wp::mul(var_22, var_24);
        var_27 = wp::atomic_add(var_energy, var_21, var_26);
    }
}



extern "C" __global__ void dipole_interactions_73201976_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment,
    wp::float32 var_soft,
    wp::vec_t<3, wp::float32> var_B_ext,
    wp::array_t<wp::vec_t<3, wp::float32>> var_field,
    wp::array_t<wp::vec_t<3, wp::float32>> var_torque,
    wp::array_t<wp::float32> var_energy,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_moment,
    wp::float32 adj_soft,
    wp::vec_t<3, wp::float32> adj_B_ext,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_field,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_torque,
    wp::array_t<wp::float32> adj_energy)
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
        wp::vec_t<3, wp::float32> var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::range_t var_6;
        wp::int32 var_7;
        bool var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const wp::int32 var_21 = 0;
        const wp::float32 var_22 = -0.5;
        wp::vec_t<3, wp::float32>* var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::range_t adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
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
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        //---------
        // forward
        // def dipole_interactions(pos: wp.array(dtype=wp.vec3), moment: wp.array(dtype=wp.vec3), soft: float, B_ext: wp.vec3, field: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), energy: wp.array(dtype=float)):       <L 20>
        // i = wp.tid()                                                                           <L 21>
        var_0 = builtin_tid1d();
        // B = B_ext                                                                              <L 22>
        var_1 = wp::copy(var_B_ext);
        // for j in range(pos.shape[0]):                                                          <L 23>
        var_2 = &(var_pos.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = wp::range(var_4);
        // field[i] = B                                                                           <L 27>
        // wp::array_store(var_field, var_0, var_1);
        // torque[i] = dipole_torque(moment[i], B)                                                <L 28>
        var_18 = wp::address(var_moment, var_0);
        var_20 = wp::load(var_18);
        var_19 = dipole_torque_0(var_20, var_1);
        // wp::array_store(var_torque, var_0, var_19);
        // wp.atomic_add(energy, 0, -0.5 * wp.dot(moment[i], B))                                  <L 29>
        var_23 = wp::address(var_moment, var_0);
        var_25 = wp::load(var_23);
        var_24 = wp::dot(var_25, var_1);
        var_26 = wp::mul(var_22, var_24);
        // var_27 = wp::atomic_add(var_energy, var_21, var_26);
        //---------
        // reverse
        wp::adj_atomic_add(var_energy, var_21, var_26, adj_energy, adj_21, adj_26, adj_27);
        wp::adj_mul(var_22, var_24, adj_22, adj_24, adj_26);
        wp::adj_dot(var_25, var_1, adj_23, adj_1, adj_24);
        wp::adj_address(var_moment, var_0, adj_moment, adj_0, adj_23);
        // adj: wp.atomic_add(energy, 0, -0.5 * wp.dot(moment[i], B))                             <L 29>
        wp::adj_array_store(var_torque, var_0, var_19, adj_torque, adj_0, adj_19);
        adj_dipole_torque_0(var_20, var_1, adj_18, adj_1, adj_19);
        wp::adj_address(var_moment, var_0, adj_moment, adj_0, adj_18);
        // adj: torque[i] = dipole_torque(moment[i], B)                                           <L 28>
        wp::adj_array_store(var_field, var_0, var_1, adj_field, adj_0, adj_1);
        // adj: field[i] = B                                                                      <L 27>
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
            // if j == i:                                                                         <L 24>
            var_8 = (var_7 == var_0);
            if (var_8) {
                // continue                                                                       <L 25>
                goto start_for_0;
            }
            // B = B + dipole_field(moment[j], pos[i] - pos[j], soft)                             <L 26>
            var_9 = wp::address(var_moment, var_7);
            var_10 = wp::address(var_pos, var_0);
            var_11 = wp::address(var_pos, var_7);
            var_13 = wp::load(var_10);
            var_14 = wp::load(var_11);
            var_12 = wp::sub(var_13, var_14);
            var_16 = wp::load(var_9);
            var_15 = dipole_field_0(var_16, var_12, var_soft);
            var_17 = wp::add(var_1, var_15);
            wp::assign(var_1, var_17);
            wp::adj_assign(var_1, var_17, adj_1, adj_17);
            wp::adj_add(var_1, var_15, adj_1, adj_15, adj_17);
            adj_dipole_field_0(var_16, var_12, var_soft, adj_9, adj_12, adj_soft, adj_15);
            wp::adj_sub(var_13, var_14, adj_10, adj_11, adj_12);
            wp::adj_address(var_pos, var_7, adj_pos, adj_7, adj_11);
            wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_10);
            wp::adj_address(var_moment, var_7, adj_moment, adj_7, adj_9);
            // adj: B = B + dipole_field(moment[j], pos[i] - pos[j], soft)                        <L 26>
            if (var_8) {
                // adj: continue                                                                  <L 25>
            }
            // adj: if j == i:                                                                    <L 24>
        	goto start_for_0;
        end_for_0:;
        adj_pos.shape = adj_2;
        // adj: for j in range(pos.shape[0]):                                                     <L 23>
        wp::adj_copy(var_B_ext, adj_B_ext, adj_1);
        // adj: B = B_ext                                                                         <L 22>
        // adj: i = wp.tid()                                                                      <L 21>
        // adj: def dipole_interactions(pos: wp.array(dtype=wp.vec3), moment: wp.array(dtype=wp.vec3), soft: float, B_ext: wp.vec3, field: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), energy: wp.array(dtype=float)):  <L 20>
        continue;
    }
}



extern "C" __global__ void align_moments_4dcec9f6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment,
    wp::array_t<wp::vec_t<3, wp::float32>> var_torque,
    wp::float32 var_inertia,
    wp::float32 var_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega,
    wp::float32 var_dt)
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
        wp::float32 var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 1e-09;
        bool var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::quat_t<wp::float32> var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // forward
        // def align_moments(moment: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), inertia: float, damping: float, omega: wp.array(dtype=wp.vec3), dt: float):       <L 33>
        // i = wp.tid()                                                                           <L 34>
        var_0 = builtin_tid1d();
        // w = omega[i] + torque[i] * (dt / inertia)                                              <L 35>
        var_1 = wp::address(var_omega, var_0);
        var_2 = wp::address(var_torque, var_0);
        var_3 = wp::div(var_dt, var_inertia);
        var_5 = wp::load(var_2);
        var_4 = wp::mul(var_5, var_3);
        var_7 = wp::load(var_1);
        var_6 = wp::add(var_7, var_4);
        // w = w * (1.0 - damping * dt)                                                           <L 36>
        var_9 = wp::mul(var_damping, var_dt);
        var_10 = wp::sub(var_8, var_9);
        var_11 = wp::mul(var_6, var_10);
        // omega[i] = w                                                                           <L 37>
        wp::array_store(var_omega, var_0, var_11);
        // angle = wp.length(w) * dt                                                              <L 38>
        var_12 = wp::length(var_11);
        var_13 = wp::mul(var_12, var_dt);
        // if angle < 1.0e-9:                                                                     <L 39>
        var_15 = (var_13 < var_14);
        if (var_15) {
            // return                                                                             <L 40>
            continue;
        }
        // q = wp.quat_from_axis_angle(wp.normalize(w), angle)                                    <L 41>
        var_16 = wp::normalize(var_11);
        var_17 = wp::quat_from_axis_angle(var_16, var_13);
        // m = wp.quat_rotate(q, moment[i])                                                       <L 42>
        var_18 = wp::address(var_moment, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::quat_rotate(var_17, var_20);
        // moment[i] = m                                                                          <L 43>
        wp::array_store(var_moment, var_0, var_19);
    }
}



extern "C" __global__ void align_moments_4dcec9f6_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment,
    wp::array_t<wp::vec_t<3, wp::float32>> var_torque,
    wp::float32 var_inertia,
    wp::float32 var_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_moment,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_torque,
    wp::float32 adj_inertia,
    wp::float32 adj_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_omega,
    wp::float32 adj_dt)
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
        wp::float32 var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 1e-09;
        bool var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::quat_t<wp::float32> var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::quat_t<wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        //---------
        // forward
        // def align_moments(moment: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), inertia: float, damping: float, omega: wp.array(dtype=wp.vec3), dt: float):       <L 33>
        // i = wp.tid()                                                                           <L 34>
        var_0 = builtin_tid1d();
        // w = omega[i] + torque[i] * (dt / inertia)                                              <L 35>
        var_1 = wp::address(var_omega, var_0);
        var_2 = wp::address(var_torque, var_0);
        var_3 = wp::div(var_dt, var_inertia);
        var_5 = wp::load(var_2);
        var_4 = wp::mul(var_5, var_3);
        var_7 = wp::load(var_1);
        var_6 = wp::add(var_7, var_4);
        // w = w * (1.0 - damping * dt)                                                           <L 36>
        var_9 = wp::mul(var_damping, var_dt);
        var_10 = wp::sub(var_8, var_9);
        var_11 = wp::mul(var_6, var_10);
        // omega[i] = w                                                                           <L 37>
        // wp::array_store(var_omega, var_0, var_11);
        // angle = wp.length(w) * dt                                                              <L 38>
        var_12 = wp::length(var_11);
        var_13 = wp::mul(var_12, var_dt);
        // if angle < 1.0e-9:                                                                     <L 39>
        var_15 = (var_13 < var_14);
        if (var_15) {
            // return                                                                             <L 40>
            goto label0;
        }
        // q = wp.quat_from_axis_angle(wp.normalize(w), angle)                                    <L 41>
        var_16 = wp::normalize(var_11);
        var_17 = wp::quat_from_axis_angle(var_16, var_13);
        // m = wp.quat_rotate(q, moment[i])                                                       <L 42>
        var_18 = wp::address(var_moment, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::quat_rotate(var_17, var_20);
        // moment[i] = m                                                                          <L 43>
        // wp::array_store(var_moment, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_moment, var_0, var_19, adj_moment, adj_0, adj_19);
        // adj: moment[i] = m                                                                     <L 43>
        wp::adj_quat_rotate(var_17, var_20, adj_17, adj_18, adj_19);
        wp::adj_address(var_moment, var_0, adj_moment, adj_0, adj_18);
        // adj: m = wp.quat_rotate(q, moment[i])                                                  <L 42>
        wp::adj_quat_from_axis_angle(var_16, var_13, adj_16, adj_13, adj_17);
        wp::adj_normalize(var_11, var_16, adj_11, adj_16);
        // adj: q = wp.quat_from_axis_angle(wp.normalize(w), angle)                               <L 41>
        if (var_15) {
            label0:;
            // adj: return                                                                        <L 40>
        }
        // adj: if angle < 1.0e-9:                                                                <L 39>
        wp::adj_mul(var_12, var_dt, adj_12, adj_dt, adj_13);
        wp::adj_length(var_11, var_12, adj_11, adj_12);
        // adj: angle = wp.length(w) * dt                                                         <L 38>
        wp::adj_array_store(var_omega, var_0, var_11, adj_omega, adj_0, adj_11);
        // adj: omega[i] = w                                                                      <L 37>
        wp::adj_mul(var_6, var_10, adj_6, adj_10, adj_11);
        wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_mul(var_damping, var_dt, adj_damping, adj_dt, adj_9);
        // adj: w = w * (1.0 - damping * dt)                                                      <L 36>
        wp::adj_add(var_7, var_4, adj_1, adj_4, adj_6);
        wp::adj_mul(var_5, var_3, adj_2, adj_3, adj_4);
        wp::adj_div(var_dt, var_inertia, var_3, adj_dt, adj_inertia, adj_3);
        wp::adj_address(var_torque, var_0, adj_torque, adj_0, adj_2);
        wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_1);
        // adj: w = omega[i] + torque[i] * (dt / inertia)                                         <L 35>
        // adj: i = wp.tid()                                                                      <L 34>
        // adj: def align_moments(moment: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), inertia: float, damping: float, omega: wp.array(dtype=wp.vec3), dt: float):  <L 33>
        continue;
    }
}



extern "C" __global__ void field_slice_cd58cf40_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment,
    wp::float32 var_z,
    wp::vec_t<2, wp::float32> var_origin,
    wp::float32 var_spacing,
    wp::float32 var_soft,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::float32> var_mag)
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
        const wp::int32 var_2 = 0;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::shape_t* var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::shape_t var_17;
        wp::range_t var_18;
        wp::int32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::float32 var_27;
        //---------
        // forward
        // def field_slice(pos: wp.array(dtype=wp.vec3), moment: wp.array(dtype=wp.vec3), z: float, origin: wp.vec2, spacing: float, soft: float, out: wp.array2d(dtype=wp.vec3), mag: wp.array2d(dtype=float)):       <L 47>
        // i, j = wp.tid()                                                                        <L 48>
        builtin_tid2d(var_0, var_1);
        // p = wp.vec3(origin[0] + float(i) * spacing, origin[1] + float(j) * spacing, z)         <L 49>
        var_3 = wp::extract(var_origin, var_2);
        var_4 = wp::float(var_0);
        var_5 = wp::mul(var_4, var_spacing);
        var_6 = wp::add(var_3, var_5);
        var_8 = wp::extract(var_origin, var_7);
        var_9 = wp::float(var_1);
        var_10 = wp::mul(var_9, var_spacing);
        var_11 = wp::add(var_8, var_10);
        var_12 = wp::vec_t<3, wp::float32>(var_6, var_11, var_z);
        // B = wp.vec3()                                                                          <L 50>
        var_13 = wp::vec_t<3, wp::float32>();
        // for k in range(pos.shape[0]):                                                          <L 51>
        var_14 = &(var_pos.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_18 = wp::range(var_16);
        start_for_0:;
            if (iter_cmp(var_18) == 0) goto end_for_0;
            var_19 = wp::iter_next(var_18);
            // B = B + dipole_field(moment[k], p - pos[k], soft)                                  <L 52>
            var_20 = wp::address(var_moment, var_19);
            var_21 = wp::address(var_pos, var_19);
            var_23 = wp::load(var_21);
            var_22 = wp::sub(var_12, var_23);
            var_25 = wp::load(var_20);
            var_24 = dipole_field_0(var_25, var_22, var_soft);
            var_26 = wp::add(var_13, var_24);
            wp::assign(var_13, var_26);
            goto start_for_0;
        end_for_0:;
        // out[i, j] = B                                                                          <L 53>
        wp::array_store(var_out, var_0, var_1, var_13);
        // mag[i, j] = wp.length(B)                                                               <L 54>
        var_27 = wp::length(var_13);
        wp::array_store(var_mag, var_0, var_1, var_27);
    }
}



extern "C" __global__ void field_slice_cd58cf40_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment,
    wp::float32 var_z,
    wp::vec_t<2, wp::float32> var_origin,
    wp::float32 var_spacing,
    wp::float32 var_soft,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::float32> var_mag,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_moment,
    wp::float32 adj_z,
    wp::vec_t<2, wp::float32> adj_origin,
    wp::float32 adj_spacing,
    wp::float32 adj_soft,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out,
    wp::array_t<wp::float32> adj_mag)
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
        const wp::int32 var_2 = 0;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::shape_t* var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::shape_t var_17;
        wp::range_t var_18;
        wp::int32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::float32 var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::shape_t adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::shape_t adj_17 = {};
        wp::range_t adj_18 = {};
        wp::int32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::float32 adj_27 = {};
        //---------
        // forward
        // def field_slice(pos: wp.array(dtype=wp.vec3), moment: wp.array(dtype=wp.vec3), z: float, origin: wp.vec2, spacing: float, soft: float, out: wp.array2d(dtype=wp.vec3), mag: wp.array2d(dtype=float)):       <L 47>
        // i, j = wp.tid()                                                                        <L 48>
        builtin_tid2d(var_0, var_1);
        // p = wp.vec3(origin[0] + float(i) * spacing, origin[1] + float(j) * spacing, z)         <L 49>
        var_3 = wp::extract(var_origin, var_2);
        var_4 = wp::float(var_0);
        var_5 = wp::mul(var_4, var_spacing);
        var_6 = wp::add(var_3, var_5);
        var_8 = wp::extract(var_origin, var_7);
        var_9 = wp::float(var_1);
        var_10 = wp::mul(var_9, var_spacing);
        var_11 = wp::add(var_8, var_10);
        var_12 = wp::vec_t<3, wp::float32>(var_6, var_11, var_z);
        // B = wp.vec3()                                                                          <L 50>
        var_13 = wp::vec_t<3, wp::float32>();
        // for k in range(pos.shape[0]):                                                          <L 51>
        var_14 = &(var_pos.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_18 = wp::range(var_16);
        // out[i, j] = B                                                                          <L 53>
        // wp::array_store(var_out, var_0, var_1, var_13);
        // mag[i, j] = wp.length(B)                                                               <L 54>
        var_27 = wp::length(var_13);
        // wp::array_store(var_mag, var_0, var_1, var_27);
        //---------
        // reverse
        wp::adj_array_store(var_mag, var_0, var_1, var_27, adj_mag, adj_0, adj_1, adj_27);
        wp::adj_length(var_13, var_27, adj_13, adj_27);
        // adj: mag[i, j] = wp.length(B)                                                          <L 54>
        wp::adj_array_store(var_out, var_0, var_1, var_13, adj_out, adj_0, adj_1, adj_13);
        // adj: out[i, j] = B                                                                     <L 53>
        var_18 = wp::iter_reverse(var_18);
        start_for_0:;
            if (iter_cmp(var_18) == 0) goto end_for_0;
            var_19 = wp::iter_next(var_18);
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
            // B = B + dipole_field(moment[k], p - pos[k], soft)                                  <L 52>
            var_20 = wp::address(var_moment, var_19);
            var_21 = wp::address(var_pos, var_19);
            var_23 = wp::load(var_21);
            var_22 = wp::sub(var_12, var_23);
            var_25 = wp::load(var_20);
            var_24 = dipole_field_0(var_25, var_22, var_soft);
            var_26 = wp::add(var_13, var_24);
            wp::assign(var_13, var_26);
            wp::adj_assign(var_13, var_26, adj_13, adj_26);
            wp::adj_add(var_13, var_24, adj_13, adj_24, adj_26);
            adj_dipole_field_0(var_25, var_22, var_soft, adj_20, adj_22, adj_soft, adj_24);
            wp::adj_sub(var_12, var_23, adj_12, adj_21, adj_22);
            wp::adj_address(var_pos, var_19, adj_pos, adj_19, adj_21);
            wp::adj_address(var_moment, var_19, adj_moment, adj_19, adj_20);
            // adj: B = B + dipole_field(moment[k], p - pos[k], soft)                             <L 52>
        	goto start_for_0;
        end_for_0:;
        adj_pos.shape = adj_14;
        // adj: for k in range(pos.shape[0]):                                                     <L 51>
        // adj: B = wp.vec3()                                                                     <L 50>
        wp::adj_vec_t(var_6, var_11, var_z, adj_6, adj_11, adj_z, adj_12);
        wp::adj_add(var_8, var_10, adj_8, adj_10, adj_11);
        wp::adj_mul(var_9, var_spacing, adj_9, adj_spacing, adj_10);
        wp::adj_float(var_1, adj_1, adj_9);
        wp::adj_extract(var_origin, var_7, adj_origin, adj_7, adj_8);
        wp::adj_add(var_3, var_5, adj_3, adj_5, adj_6);
        wp::adj_mul(var_4, var_spacing, adj_4, adj_spacing, adj_5);
        wp::adj_float(var_0, adj_0, adj_4);
        wp::adj_extract(var_origin, var_2, adj_origin, adj_2, adj_3);
        // adj: p = wp.vec3(origin[0] + float(i) * spacing, origin[1] + float(j) * spacing, z)    <L 49>
        // adj: i, j = wp.tid()                                                                   <L 48>
        // adj: def field_slice(pos: wp.array(dtype=wp.vec3), moment: wp.array(dtype=wp.vec3), z: float, origin: wp.vec2, spacing: float, soft: float, out: wp.array2d(dtype=wp.vec3), mag: wp.array2d(dtype=float)):  <L 47>
        continue;
    }
}



extern "C" __global__ void magnetization_66884eb8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment,
    wp::array_t<wp::vec_t<3, wp::float32>> var_total,
    wp::array_t<wp::float32> var_order,
    wp::vec_t<3, wp::float32> var_axis)
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
        wp::vec_t<3, wp::float32> var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        bool var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        const wp::float32 var_12 = 1.5;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.5;
        wp::float32 var_16;
        wp::float32 var_17;
        //---------
        // forward
        // def magnetization(moment: wp.array(dtype=wp.vec3), total: wp.array(dtype=wp.vec3), order: wp.array(dtype=float), axis: wp.vec3):       <L 58>
        // i = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // m = moment[i]                                                                          <L 60>
        var_1 = wp::address(var_moment, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_add(total, 0, m)                                                             <L 61>
        var_5 = wp::atomic_add(var_total, var_4, var_2);
        // l = wp.length(m)                                                                       <L 62>
        var_6 = wp::length(var_2);
        // if l > 0.0:                                                                            <L 63>
        var_8 = (var_6 > var_7);
        if (var_8) {
            // c = wp.dot(m / l, axis)                                                            <L 64>
            var_9 = wp::div(var_2, var_6);
            var_10 = wp::dot(var_9, var_axis);
            // wp.atomic_add(order, 0, 1.5 * c * c - 0.5)                                         <L 65>
            var_13 = wp::mul(var_12, var_10);
            var_14 = wp::mul(var_13, var_10);
            var_16 = wp::sub(var_14, var_15);
            var_17 = wp::atomic_add(var_order, var_11, var_16);
        }
    }
}



extern "C" __global__ void magnetization_66884eb8_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment,
    wp::array_t<wp::vec_t<3, wp::float32>> var_total,
    wp::array_t<wp::float32> var_order,
    wp::vec_t<3, wp::float32> var_axis,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_moment,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_total,
    wp::array_t<wp::float32> adj_order,
    wp::vec_t<3, wp::float32> adj_axis)
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
        wp::vec_t<3, wp::float32> var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        bool var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        const wp::float32 var_12 = 1.5;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.5;
        wp::float32 var_16;
        wp::float32 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        bool adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        //---------
        // forward
        // def magnetization(moment: wp.array(dtype=wp.vec3), total: wp.array(dtype=wp.vec3), order: wp.array(dtype=float), axis: wp.vec3):       <L 58>
        // i = wp.tid()                                                                           <L 59>
        var_0 = builtin_tid1d();
        // m = moment[i]                                                                          <L 60>
        var_1 = wp::address(var_moment, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_add(total, 0, m)                                                             <L 61>
        // var_5 = wp::atomic_add(var_total, var_4, var_2);
        // l = wp.length(m)                                                                       <L 62>
        var_6 = wp::length(var_2);
        // if l > 0.0:                                                                            <L 63>
        var_8 = (var_6 > var_7);
        if (var_8) {
            // c = wp.dot(m / l, axis)                                                            <L 64>
            var_9 = wp::div(var_2, var_6);
            var_10 = wp::dot(var_9, var_axis);
            // wp.atomic_add(order, 0, 1.5 * c * c - 0.5)                                         <L 65>
            var_13 = wp::mul(var_12, var_10);
            var_14 = wp::mul(var_13, var_10);
            var_16 = wp::sub(var_14, var_15);
            // var_17 = wp::atomic_add(var_order, var_11, var_16);
        }
        //---------
        // reverse
        if (var_8) {
            wp::adj_atomic_add(var_order, var_11, var_16, adj_order, adj_11, adj_16, adj_17);
            wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
            wp::adj_mul(var_13, var_10, adj_13, adj_10, adj_14);
            wp::adj_mul(var_12, var_10, adj_12, adj_10, adj_13);
            // adj: wp.atomic_add(order, 0, 1.5 * c * c - 0.5)                                    <L 65>
            wp::adj_dot(var_9, var_axis, adj_9, adj_axis, adj_10);
            wp::adj_div(var_2, var_6, adj_2, adj_6, adj_9);
            // adj: c = wp.dot(m / l, axis)                                                       <L 64>
        }
        // adj: if l > 0.0:                                                                       <L 63>
        wp::adj_length(var_2, var_6, adj_2, adj_6);
        // adj: l = wp.length(m)                                                                  <L 62>
        wp::adj_atomic_add(var_total, var_4, var_2, adj_total, adj_4, adj_2, adj_5);
        // adj: wp.atomic_add(total, 0, m)                                                        <L 61>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_moment, var_0, adj_moment, adj_0, adj_1);
        // adj: m = moment[i]                                                                     <L 60>
        // adj: i = wp.tid()                                                                      <L 59>
        // adj: def magnetization(moment: wp.array(dtype=wp.vec3), total: wp.array(dtype=wp.vec3), order: wp.array(dtype=float), axis: wp.vec3):  <L 58>
        continue;
    }
}

