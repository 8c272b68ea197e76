
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


// corpus/080_electrostatics.py:7
static CUDA_CALLABLE wp::vec_t<3, wp::float32> coulomb_field_0(
    wp::float32 var_q,
    wp::vec_t<3, wp::float32> var_src,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_soft)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 8987551792.3;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def coulomb_field(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> wp.vec3:         <L 8>
    // r = p - src                                                                            <L 9>
    var_0 = wp::sub(var_p, var_src);
    // d2 = wp.dot(r, r) + soft * soft                                                        <L 10>
    var_1 = wp::dot(var_0, var_0);
    var_2 = wp::mul(var_soft, var_soft);
    var_3 = wp::add(var_1, var_2);
    // return r * (COULOMB_K * q / (d2 * wp.sqrt(d2)))                                        <L 11>
    var_5 = wp::mul(var_4, var_q);
    var_6 = wp::sqrt(var_3);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::div(var_5, var_7);
    var_9 = wp::mul(var_0, var_8);
    return var_9;
}


// corpus/080_electrostatics.py:14
static CUDA_CALLABLE wp::float32 coulomb_potential_0(
    wp::float32 var_q,
    wp::vec_t<3, wp::float32> var_src,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_soft)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::float32 var_1 = 8987551792.3;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def coulomb_potential(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> float:       <L 15>
    // r = p - src                                                                            <L 16>
    var_0 = wp::sub(var_p, var_src);
    // return COULOMB_K * q / wp.sqrt(wp.dot(r, r) + soft * soft)                             <L 17>
    var_2 = wp::mul(var_1, var_q);
    var_3 = wp::dot(var_0, var_0);
    var_4 = wp::mul(var_soft, var_soft);
    var_5 = wp::add(var_3, var_4);
    var_6 = wp::sqrt(var_5);
    var_7 = wp::div(var_2, var_6);
    return var_7;
}


// corpus/080_electrostatics.py:7
static CUDA_CALLABLE void adj_coulomb_field_0(
    wp::float32 var_q,
    wp::vec_t<3, wp::float32> var_src,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_soft,
    wp::float32 & adj_q,
    wp::vec_t<3, wp::float32> & adj_src,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_soft,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 8987551792.3;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
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
    wp::vec_t<3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def coulomb_field(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> wp.vec3:         <L 8>
    // r = p - src                                                                            <L 9>
    var_0 = wp::sub(var_p, var_src);
    // d2 = wp.dot(r, r) + soft * soft                                                        <L 10>
    var_1 = wp::dot(var_0, var_0);
    var_2 = wp::mul(var_soft, var_soft);
    var_3 = wp::add(var_1, var_2);
    // return r * (COULOMB_K * q / (d2 * wp.sqrt(d2)))                                        <L 11>
    var_5 = wp::mul(var_4, var_q);
    var_6 = wp::sqrt(var_3);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::div(var_5, var_7);
    var_9 = wp::mul(var_0, var_8);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_mul(var_0, var_8, adj_0, adj_8, adj_9);
    wp::adj_div(var_5, var_7, var_8, adj_5, adj_7, adj_8);
    wp::adj_mul(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_sqrt(var_3, var_6, adj_3, adj_6);
    wp::adj_mul(var_4, var_q, adj_4, adj_q, adj_5);
    // adj: return r * (COULOMB_K * q / (d2 * wp.sqrt(d2)))                                   <L 11>
    wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_mul(var_soft, var_soft, adj_soft, adj_soft, adj_2);
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_1);
    // adj: d2 = wp.dot(r, r) + soft * soft                                                   <L 10>
    wp::adj_sub(var_p, var_src, adj_p, adj_src, adj_0);
    // adj: r = p - src                                                                       <L 9>
    // adj: def coulomb_field(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> wp.vec3:    <L 8>
    return;
}


// corpus/080_electrostatics.py:14
static CUDA_CALLABLE void adj_coulomb_potential_0(
    wp::float32 var_q,
    wp::vec_t<3, wp::float32> var_src,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_soft,
    wp::float32 & adj_q,
    wp::vec_t<3, wp::float32> & adj_src,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_soft,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::float32 var_1 = 8987551792.3;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
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
    //---------
    // forward
    // def coulomb_potential(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> float:       <L 15>
    // r = p - src                                                                            <L 16>
    var_0 = wp::sub(var_p, var_src);
    // return COULOMB_K * q / wp.sqrt(wp.dot(r, r) + soft * soft)                             <L 17>
    var_2 = wp::mul(var_1, var_q);
    var_3 = wp::dot(var_0, var_0);
    var_4 = wp::mul(var_soft, var_soft);
    var_5 = wp::add(var_3, var_4);
    var_6 = wp::sqrt(var_5);
    var_7 = wp::div(var_2, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_div(var_2, var_6, var_7, adj_2, adj_6, adj_7);
    wp::adj_sqrt(var_5, var_6, adj_5, adj_6);
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_mul(var_soft, var_soft, adj_soft, adj_soft, adj_4);
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_3);
    wp::adj_mul(var_1, var_q, adj_1, adj_q, adj_2);
    // adj: return COULOMB_K * q / wp.sqrt(wp.dot(r, r) + soft * soft)                        <L 17>
    wp::adj_sub(var_p, var_src, adj_p, adj_src, adj_0);
    // adj: r = p - src                                                                       <L 16>
    // adj: def coulomb_potential(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> float:  <L 15>
    return;
}



extern "C" __global__ void field_on_grid_a1ef8616_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_charges,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_origin,
    wp::float32 var_spacing,
    wp::float32 var_soft,
    wp::array_t<wp::vec_t<3, wp::float32>> var_E,
    wp::array_t<wp::float32> var_V)
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
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        wp::shape_t var_15;
        wp::range_t var_16;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32* var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32* var_34;
        wp::vec_t<3, wp::float32>* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::float32 var_39;
        //---------
        // forward
        // def field_on_grid(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), origin: wp.vec3, spacing: float, soft: float, E: wp.array3d(dtype=wp.vec3), V: wp.array3d(dtype=float)):       <L 21>
        // i, j, k = wp.tid()                                                                     <L 22>
        builtin_tid3d(var_0, var_1, var_2);
        // p = origin + wp.vec3(float(i), float(j), float(k)) * spacing                           <L 23>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::float(var_2);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::mul(var_6, var_spacing);
        var_8 = wp::add(var_origin, var_7);
        // e = wp.vec3()                                                                          <L 24>
        var_9 = wp::vec_t<3, wp::float32>();
        // v = float(0.0)                                                                         <L 25>
        var_11 = wp::float(var_10);
        // for c in range(charges.shape[0]):                                                      <L 26>
        var_12 = &(var_charges.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_16 = wp::range(var_14);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
            // e += coulomb_field(charges[c], positions[c], p, soft)                              <L 27>
            var_18 = wp::address(var_charges, var_17);
            var_19 = wp::address(var_positions, var_17);
            var_21 = wp::load(var_18);
            var_22 = wp::load(var_19);
            var_20 = coulomb_field_0(var_21, var_22, var_8, var_soft);
            var_23 = wp::address(var_charges, var_17);
            var_24 = wp::address(var_positions, var_17);
            var_26 = wp::load(var_23);
            var_27 = wp::load(var_24);
            var_25 = coulomb_field_0(var_26, var_27, var_8, var_soft);
            var_28 = wp::add(var_9, var_25);
            // v += coulomb_potential(charges[c], positions[c], p, soft)                          <L 28>
            var_29 = wp::address(var_charges, var_17);
            var_30 = wp::address(var_positions, var_17);
            var_32 = wp::load(var_29);
            var_33 = wp::load(var_30);
            var_31 = coulomb_potential_0(var_32, var_33, var_8, var_soft);
            var_34 = wp::address(var_charges, var_17);
            var_35 = wp::address(var_positions, var_17);
            var_37 = wp::load(var_34);
            var_38 = wp::load(var_35);
            var_36 = coulomb_potential_0(var_37, var_38, var_8, var_soft);
            var_39 = wp::add(var_11, var_36);
            wp::assign(var_9, var_28);
            wp::assign(var_11, var_39);
            goto start_for_0;
        end_for_0:;
        // E[i, j, k] = e                                                                         <L 29>
        wp::array_store(var_E, var_0, var_1, var_2, var_9);
        // V[i, j, k] = v                                                                         <L 30>
        wp::array_store(var_V, var_0, var_1, var_2, var_11);
    }
}



extern "C" __global__ void field_on_grid_a1ef8616_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_charges,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_origin,
    wp::float32 var_spacing,
    wp::float32 var_soft,
    wp::array_t<wp::vec_t<3, wp::float32>> var_E,
    wp::array_t<wp::float32> var_V,
    wp::array_t<wp::float32> adj_charges,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::vec_t<3, wp::float32> adj_origin,
    wp::float32 adj_spacing,
    wp::float32 adj_soft,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_E,
    wp::array_t<wp::float32> adj_V)
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
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        wp::shape_t var_15;
        wp::range_t var_16;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32* var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32* var_34;
        wp::vec_t<3, wp::float32>* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::float32 var_39;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::shape_t adj_15 = {};
        wp::range_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::float32 adj_39 = {};
        //---------
        // forward
        // def field_on_grid(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), origin: wp.vec3, spacing: float, soft: float, E: wp.array3d(dtype=wp.vec3), V: wp.array3d(dtype=float)):       <L 21>
        // i, j, k = wp.tid()                                                                     <L 22>
        builtin_tid3d(var_0, var_1, var_2);
        // p = origin + wp.vec3(float(i), float(j), float(k)) * spacing                           <L 23>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::float(var_2);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::mul(var_6, var_spacing);
        var_8 = wp::add(var_origin, var_7);
        // e = wp.vec3()                                                                          <L 24>
        var_9 = wp::vec_t<3, wp::float32>();
        // v = float(0.0)                                                                         <L 25>
        var_11 = wp::float(var_10);
        // for c in range(charges.shape[0]):                                                      <L 26>
        var_12 = &(var_charges.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_16 = wp::range(var_14);
        // E[i, j, k] = e                                                                         <L 29>
        // wp::array_store(var_E, var_0, var_1, var_2, var_9);
        // V[i, j, k] = v                                                                         <L 30>
        // wp::array_store(var_V, var_0, var_1, var_2, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_V, var_0, var_1, var_2, var_11, adj_V, adj_0, adj_1, adj_2, adj_11);
        // adj: V[i, j, k] = v                                                                    <L 30>
        wp::adj_array_store(var_E, var_0, var_1, var_2, var_9, adj_E, adj_0, adj_1, adj_2, adj_9);
        // adj: E[i, j, k] = e                                                                    <L 29>
        var_16 = wp::iter_reverse(var_16);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
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
            // e += coulomb_field(charges[c], positions[c], p, soft)                              <L 27>
            var_18 = wp::address(var_charges, var_17);
            var_19 = wp::address(var_positions, var_17);
            var_21 = wp::load(var_18);
            var_22 = wp::load(var_19);
            var_20 = coulomb_field_0(var_21, var_22, var_8, var_soft);
            var_23 = wp::address(var_charges, var_17);
            var_24 = wp::address(var_positions, var_17);
            var_26 = wp::load(var_23);
            var_27 = wp::load(var_24);
            var_25 = coulomb_field_0(var_26, var_27, var_8, var_soft);
            var_28 = wp::add(var_9, var_25);
            // v += coulomb_potential(charges[c], positions[c], p, soft)                          <L 28>
            var_29 = wp::address(var_charges, var_17);
            var_30 = wp::address(var_positions, var_17);
            var_32 = wp::load(var_29);
            var_33 = wp::load(var_30);
            var_31 = coulomb_potential_0(var_32, var_33, var_8, var_soft);
            var_34 = wp::address(var_charges, var_17);
            var_35 = wp::address(var_positions, var_17);
            var_37 = wp::load(var_34);
            var_38 = wp::load(var_35);
            var_36 = coulomb_potential_0(var_37, var_38, var_8, var_soft);
            var_39 = wp::add(var_11, var_36);
            wp::assign(var_9, var_28);
            wp::assign(var_11, var_39);
            wp::adj_assign(var_11, var_39, adj_11, adj_39);
            wp::adj_assign(var_9, var_28, adj_9, adj_28);
            wp::adj_add(var_11, var_36, adj_11, adj_36, adj_39);
            adj_coulomb_potential_0(var_37, var_38, var_8, var_soft, adj_34, adj_35, adj_8, adj_soft, adj_36);
            wp::adj_address(var_positions, var_17, adj_positions, adj_17, adj_35);
            wp::adj_address(var_charges, var_17, adj_charges, adj_17, adj_34);
            adj_coulomb_potential_0(var_32, var_33, var_8, var_soft, adj_29, adj_30, adj_8, adj_soft, adj_31);
            wp::adj_address(var_positions, var_17, adj_positions, adj_17, adj_30);
            wp::adj_address(var_charges, var_17, adj_charges, adj_17, adj_29);
            // adj: v += coulomb_potential(charges[c], positions[c], p, soft)                     <L 28>
            wp::adj_add(var_9, var_25, adj_9, adj_25, adj_28);
            adj_coulomb_field_0(var_26, var_27, var_8, var_soft, adj_23, adj_24, adj_8, adj_soft, adj_25);
            wp::adj_address(var_positions, var_17, adj_positions, adj_17, adj_24);
            wp::adj_address(var_charges, var_17, adj_charges, adj_17, adj_23);
            adj_coulomb_field_0(var_21, var_22, var_8, var_soft, adj_18, adj_19, adj_8, adj_soft, adj_20);
            wp::adj_address(var_positions, var_17, adj_positions, adj_17, adj_19);
            wp::adj_address(var_charges, var_17, adj_charges, adj_17, adj_18);
            // adj: e += coulomb_field(charges[c], positions[c], p, soft)                         <L 27>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_14, adj_14, adj_16);
        wp::adj_extract(var_15, var_13, adj_12, adj_13, adj_14);
        adj_charges.shape = adj_12;
        // adj: for c in range(charges.shape[0]):                                                 <L 26>
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: v = float(0.0)                                                                    <L 25>
        // adj: e = wp.vec3()                                                                     <L 24>
        wp::adj_add(var_origin, var_7, adj_origin, adj_7, adj_8);
        wp::adj_mul(var_6, var_spacing, adj_6, adj_spacing, adj_7);
        wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
        wp::adj_float(var_2, adj_2, adj_5);
        wp::adj_float(var_1, adj_1, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: p = origin + wp.vec3(float(i), float(j), float(k)) * spacing                      <L 23>
        // adj: i, j, k = wp.tid()                                                                <L 22>
        // adj: def field_on_grid(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), origin: wp.vec3, spacing: float, soft: float, E: wp.array3d(dtype=wp.vec3), V: wp.array3d(dtype=float)):  <L 21>
        continue;
    }
}



extern "C" __global__ void trace_field_lines_73046241_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_seeds,
    wp::array_t<wp::float32> var_charges,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::float32 var_step,
    wp::float32 var_soft,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lines,
    wp::array_t<wp::int32> var_lengths)
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
        wp::shape_t* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::shape_t var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        bool var_10;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::shape_t* var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::shape_t var_18;
        wp::range_t var_19;
        wp::int32 var_20;
        wp::float32* var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32* var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 1e-12;
        bool var_34;
        wp::int32 var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        const bool var_39 = false;
        bool var_40;
        wp::shape_t* var_41;
        const wp::int32 var_42 = 0;
        wp::int32 var_43;
        wp::shape_t var_44;
        wp::range_t var_45;
        wp::int32 var_46;
        wp::float32* var_47;
        const wp::float32 var_48 = 0.0;
        bool var_49;
        wp::float32 var_50;
        wp::vec_t<3, wp::float32>* var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        bool var_55;
        bool var_56;
        const bool var_57 = true;
        bool var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::int32 var_60;
        //---------
        // forward
        // def trace_field_lines(seeds: wp.array(dtype=wp.vec3), charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), step: float, soft: float, lines: wp.array2d(dtype=wp.vec3), lengths: wp.array(dtype=int)):       <L 34>
        // s = wp.tid()                                                                           <L 35>
        var_0 = builtin_tid1d();
        // p = seeds[s]                                                                           <L 36>
        var_1 = wp::address(var_seeds, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // max_pts = lines.shape[1]                                                               <L 37>
        var_4 = &(var_lines.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // n = int(0)                                                                             <L 38>
        var_9 = wp::int(var_8);
        // while n < max_pts:                                                                     <L 39>
        start_while_0:;
        var_10 = (var_9 < var_6);
        if ((var_10) == false) goto end_while_0;
            // lines[s, n] = p                                                                    <L 40>
            wp::array_store(var_lines, var_0, var_9, var_2);
            // n += 1                                                                             <L 41>
            var_13 = wp::add(var_9, var_12);
            // e = wp.vec3()                                                                      <L 42>
            var_14 = wp::vec_t<3, wp::float32>();
            // for c in range(charges.shape[0]):                                                  <L 43>
            var_15 = &(var_charges.shape);
            var_18 = wp::load(var_15);
            var_17 = wp::extract(var_18, var_16);
            var_19 = wp::range(var_17);
            start_for_2:;
                if (iter_cmp(var_19) == 0) goto end_for_2;
                var_20 = wp::iter_next(var_19);
                // e += coulomb_field(charges[c], positions[c], p, soft)                          <L 44>
                var_21 = wp::address(var_charges, var_20);
                var_22 = wp::address(var_positions, var_20);
                var_24 = wp::load(var_21);
                var_25 = wp::load(var_22);
                var_23 = coulomb_field_0(var_24, var_25, var_2, var_soft);
                var_26 = wp::address(var_charges, var_20);
                var_27 = wp::address(var_positions, var_20);
                var_29 = wp::load(var_26);
                var_30 = wp::load(var_27);
                var_28 = coulomb_field_0(var_29, var_30, var_2, var_soft);
                var_31 = wp::add(var_14, var_28);
                wp::assign(var_14, var_31);
                goto start_for_2;
            end_for_2:;
            // el = wp.length(e)                                                                  <L 45>
            var_32 = wp::length(var_14);
            // if el < 1.0e-12:                                                                   <L 46>
            var_34 = (var_32 < var_33);
            if (var_34) {
                // break                                                                          <L 47>
                wp::assign(var_9, var_13);
                goto end_while_0;
            }
            var_35 = wp::where(var_34, var_9, var_13);
            // p = p + e * (step / el)                                                            <L 48>
            var_36 = wp::div(var_step, var_32);
            var_37 = wp::mul(var_14, var_36);
            var_38 = wp::add(var_2, var_37);
            // hit_sink = bool(False)                                                             <L 49>
            var_40 = bool(var_39);
            // for c in range(charges.shape[0]):                                                  <L 50>
            var_41 = &(var_charges.shape);
            var_44 = wp::load(var_41);
            var_43 = wp::extract(var_44, var_42);
            var_45 = wp::range(var_43);
            start_for_4:;
                if (iter_cmp(var_45) == 0) goto end_for_4;
                var_46 = wp::iter_next(var_45);
                // if charges[c] < 0.0 and wp.length(p - positions[c]) < step:                    <L 51>
                var_47 = wp::address(var_charges, var_46);
                var_50 = wp::load(var_47);
                var_49 = (var_50 < var_48);
                var_51 = wp::address(var_positions, var_46);
                var_53 = wp::load(var_51);
                var_52 = wp::sub(var_38, var_53);
                var_54 = wp::length(var_52);
                var_55 = (var_54 < var_step);
                var_56 = var_49 && var_55;
                if (var_56) {
                    // hit_sink = True                                                            <L 52>
                }
                var_58 = wp::where(var_56, var_57, var_40);
                wp::assign(var_40, var_58);
                goto start_for_4;
            end_for_4:;
            // if hit_sink:                                                                       <L 53>
            if (var_40) {
                // break                                                                          <L 54>
                wp::assign(var_2, var_38);
                wp::assign(var_9, var_35);
                goto end_while_0;
            }
            var_59 = wp::where(var_40, var_2, var_38);
            var_60 = wp::where(var_40, var_9, var_35);
            wp::assign(var_2, var_59);
            wp::assign(var_9, var_60);
        goto start_while_0;
        end_while_0:;
        // lengths[s] = n                                                                         <L 55>
        wp::array_store(var_lengths, var_0, var_9);
    }
}



extern "C" __global__ void trace_field_lines_73046241_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_seeds,
    wp::array_t<wp::float32> var_charges,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::float32 var_step,
    wp::float32 var_soft,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lines,
    wp::array_t<wp::int32> var_lengths,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_seeds,
    wp::array_t<wp::float32> adj_charges,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::float32 adj_step,
    wp::float32 adj_soft,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lines,
    wp::array_t<wp::int32> adj_lengths)
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
        wp::shape_t* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::shape_t var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        bool var_10;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::shape_t* var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        wp::shape_t var_18;
        wp::range_t var_19;
        wp::int32 var_20;
        wp::float32* var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32* var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 1e-12;
        bool var_34;
        wp::int32 var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        const bool var_39 = false;
        bool var_40;
        wp::shape_t* var_41;
        const wp::int32 var_42 = 0;
        wp::int32 var_43;
        wp::shape_t var_44;
        wp::range_t var_45;
        wp::int32 var_46;
        wp::float32* var_47;
        const wp::float32 var_48 = 0.0;
        bool var_49;
        wp::float32 var_50;
        wp::vec_t<3, wp::float32>* var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        bool var_55;
        bool var_56;
        const bool var_57 = true;
        bool var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::int32 var_60;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::shape_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::shape_t adj_18 = {};
        wp::range_t adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        bool adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        bool adj_39 = {};
        bool adj_40 = {};
        wp::shape_t adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::shape_t adj_44 = {};
        wp::range_t adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        bool adj_49 = {};
        wp::float32 adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::float32 adj_54 = {};
        bool adj_55 = {};
        bool adj_56 = {};
        bool adj_57 = {};
        bool adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::int32 adj_60 = {};
        //---------
        // forward
        // def trace_field_lines(seeds: wp.array(dtype=wp.vec3), charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), step: float, soft: float, lines: wp.array2d(dtype=wp.vec3), lengths: wp.array(dtype=int)):       <L 34>
        // s = wp.tid()                                                                           <L 35>
        var_0 = builtin_tid1d();
        // p = seeds[s]                                                                           <L 36>
        var_1 = wp::address(var_seeds, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // max_pts = lines.shape[1]                                                               <L 37>
        var_4 = &(var_lines.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // n = int(0)                                                                             <L 38>
        var_9 = wp::int(var_8);
        // while n < max_pts:                                                                     <L 39>
        // lengths[s] = n                                                                         <L 55>
        // wp::array_store(var_lengths, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_lengths, var_0, var_9, adj_lengths, adj_0, adj_9);
        // adj: lengths[s] = n                                                                    <L 55>
        start_while_0:;
        var_10 = (var_9 < var_6);
        if ((var_10) == false) goto end_while_0;
        adj_11 = {};
        adj_12 = {};
        adj_13 = {};
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
        adj_18 = {};
        adj_19 = {};
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
        adj_59 = {};
        adj_60 = {};
            // lines[s, n] = p                                                                    <L 40>
            // wp::array_store(var_lines, var_0, var_9, var_2);
            // n += 1                                                                             <L 41>
            var_13 = wp::add(var_9, var_12);
            // e = wp.vec3()                                                                      <L 42>
            var_14 = wp::vec_t<3, wp::float32>();
            // for c in range(charges.shape[0]):                                                  <L 43>
            var_15 = &(var_charges.shape);
            var_18 = wp::load(var_15);
            var_17 = wp::extract(var_18, var_16);
            var_19 = wp::range(var_17);
            // el = wp.length(e)                                                                  <L 45>
            var_32 = wp::length(var_14);
            // if el < 1.0e-12:                                                                   <L 46>
            var_34 = (var_32 < var_33);
            if (var_34) {
                // break                                                                          <L 47>
                wp::assign(var_9, var_13);
                goto end_while_0;
            }
            var_35 = wp::where(var_34, var_9, var_13);
            // p = p + e * (step / el)                                                            <L 48>
            var_36 = wp::div(var_step, var_32);
            var_37 = wp::mul(var_14, var_36);
            var_38 = wp::add(var_2, var_37);
            // hit_sink = bool(False)                                                             <L 49>
            var_40 = bool(var_39);
            // for c in range(charges.shape[0]):                                                  <L 50>
            var_41 = &(var_charges.shape);
            var_44 = wp::load(var_41);
            var_43 = wp::extract(var_44, var_42);
            var_45 = wp::range(var_43);
            // if hit_sink:                                                                       <L 53>
            if (var_40) {
                // break                                                                          <L 54>
                wp::assign(var_2, var_38);
                wp::assign(var_9, var_35);
                goto end_while_0;
            }
            var_59 = wp::where(var_40, var_2, var_38);
            var_60 = wp::where(var_40, var_9, var_35);
            wp::assign(var_2, var_59);
            wp::assign(var_9, var_60);
            wp::adj_assign(var_9, var_60, adj_9, adj_60);
            wp::adj_assign(var_2, var_59, adj_2, adj_59);
            wp::adj_where(var_40, var_9, var_35, adj_40, adj_9, adj_35, adj_60);
            wp::adj_where(var_40, var_2, var_38, adj_40, adj_2, adj_38, adj_59);
            if (var_40) {
                wp::adj_assign(var_9, var_35, adj_9, adj_35);
                wp::adj_assign(var_2, var_38, adj_2, adj_38);
                // adj: break                                                                     <L 54>
            }
            // adj: if hit_sink:                                                                  <L 53>
            var_45 = wp::iter_reverse(var_45);
            start_for_4:;
                if (iter_cmp(var_45) == 0) goto end_for_4;
                var_46 = wp::iter_next(var_45);
            	adj_47 = {};
            	adj_48 = {};
            	adj_49 = {};
            	adj_50 = {};
            	adj_51 = {};
            	adj_52 = {};
            	adj_53 = {};
            	adj_54 = {};
            	adj_55 = {};
            	adj_56 = {};
            	adj_57 = {};
            	adj_58 = {};
                // if charges[c] < 0.0 and wp.length(p - positions[c]) < step:                    <L 51>
                var_47 = wp::address(var_charges, var_46);
                var_50 = wp::load(var_47);
                var_49 = (var_50 < var_48);
                var_51 = wp::address(var_positions, var_46);
                var_53 = wp::load(var_51);
                var_52 = wp::sub(var_38, var_53);
                var_54 = wp::length(var_52);
                var_55 = (var_54 < var_step);
                var_56 = var_49 && var_55;
                if (var_56) {
                    // hit_sink = True                                                            <L 52>
                }
                var_58 = wp::where(var_56, var_57, var_40);
                wp::assign(var_40, var_58);
                wp::adj_assign(var_40, var_58, adj_40, adj_58);
                wp::adj_where(var_56, var_57, var_40, adj_56, adj_57, adj_40, adj_58);
                if (var_56) {
                    // adj: hit_sink = True                                                       <L 52>
                }
                wp::adj_length(var_52, var_54, adj_52, adj_54);
                wp::adj_sub(var_38, var_53, adj_38, adj_51, adj_52);
                wp::adj_address(var_positions, var_46, adj_positions, adj_46, adj_51);
                wp::adj_address(var_charges, var_46, adj_charges, adj_46, adj_47);
                // adj: if charges[c] < 0.0 and wp.length(p - positions[c]) < step:               <L 51>
            	goto start_for_4;
            end_for_4:;
            wp::adj_range(var_43, adj_43, adj_45);
            wp::adj_extract(var_44, var_42, adj_41, adj_42, adj_43);
            adj_charges.shape = adj_41;
            // adj: for c in range(charges.shape[0]):                                             <L 50>
            adj_bool(var_39, adj_39, adj_40);
            // adj: hit_sink = bool(False)                                                        <L 49>
            wp::adj_add(var_2, var_37, adj_2, adj_37, adj_38);
            wp::adj_mul(var_14, var_36, adj_14, adj_36, adj_37);
            wp::adj_div(var_step, var_32, var_36, adj_step, adj_32, adj_36);
            // adj: p = p + e * (step / el)                                                       <L 48>
            wp::adj_where(var_34, var_9, var_13, adj_34, adj_9, adj_13, adj_35);
            if (var_34) {
                wp::adj_assign(var_9, var_13, adj_9, adj_13);
                // adj: break                                                                     <L 47>
            }
            // adj: if el < 1.0e-12:                                                              <L 46>
            wp::adj_length(var_14, var_32, adj_14, adj_32);
            // adj: el = wp.length(e)                                                             <L 45>
            var_19 = wp::iter_reverse(var_19);
            start_for_2:;
                if (iter_cmp(var_19) == 0) goto end_for_2;
                var_20 = wp::iter_next(var_19);
            	adj_21 = {};
            	adj_22 = {};
            	adj_23 = {};
            	adj_24 = {};
            	adj_25 = {};
            	adj_26 = {};
            	adj_27 = {};
            	adj_28 = {};
            	adj_29 = {};
            	adj_30 = {};
            	adj_31 = {};
                // e += coulomb_field(charges[c], positions[c], p, soft)                          <L 44>
                var_21 = wp::address(var_charges, var_20);
                var_22 = wp::address(var_positions, var_20);
                var_24 = wp::load(var_21);
                var_25 = wp::load(var_22);
                var_23 = coulomb_field_0(var_24, var_25, var_2, var_soft);
                var_26 = wp::address(var_charges, var_20);
                var_27 = wp::address(var_positions, var_20);
                var_29 = wp::load(var_26);
                var_30 = wp::load(var_27);
                var_28 = coulomb_field_0(var_29, var_30, var_2, var_soft);
                var_31 = wp::add(var_14, var_28);
                wp::assign(var_14, var_31);
                wp::adj_assign(var_14, var_31, adj_14, adj_31);
                wp::adj_add(var_14, var_28, adj_14, adj_28, adj_31);
                adj_coulomb_field_0(var_29, var_30, var_2, var_soft, adj_26, adj_27, adj_2, adj_soft, adj_28);
                wp::adj_address(var_positions, var_20, adj_positions, adj_20, adj_27);
                wp::adj_address(var_charges, var_20, adj_charges, adj_20, adj_26);
                adj_coulomb_field_0(var_24, var_25, var_2, var_soft, adj_21, adj_22, adj_2, adj_soft, adj_23);
                wp::adj_address(var_positions, var_20, adj_positions, adj_20, adj_22);
                wp::adj_address(var_charges, var_20, adj_charges, adj_20, adj_21);
                // adj: e += coulomb_field(charges[c], positions[c], p, soft)                     <L 44>
            	goto start_for_2;
            end_for_2:;
            wp::adj_range(var_17, adj_17, adj_19);
            wp::adj_extract(var_18, var_16, adj_15, adj_16, adj_17);
            adj_charges.shape = adj_15;
            // adj: for c in range(charges.shape[0]):                                             <L 43>
            // adj: e = wp.vec3()                                                                 <L 42>
            wp::adj_add(var_9, var_12, adj_9, adj_12, adj_13);
            // adj: n += 1                                                                        <L 41>
            wp::adj_array_store(var_lines, var_0, var_9, var_2, adj_lines, adj_0, adj_9, adj_2);
            // adj: lines[s, n] = p                                                               <L 40>
        goto start_while_0;
        end_while_0:;
        // adj: while n < max_pts:                                                                <L 39>
        wp::adj_int(var_8, adj_8, adj_9);
        // adj: n = int(0)                                                                        <L 38>
        wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
        adj_lines.shape = adj_4;
        // adj: max_pts = lines.shape[1]                                                          <L 37>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_seeds, var_0, adj_seeds, adj_0, adj_1);
        // adj: p = seeds[s]                                                                      <L 36>
        // adj: s = wp.tid()                                                                      <L 35>
        // adj: def trace_field_lines(seeds: wp.array(dtype=wp.vec3), charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), step: float, soft: float, lines: wp.array2d(dtype=wp.vec3), lengths: wp.array(dtype=int)):  <L 34>
        continue;
    }
}



extern "C" __global__ void pairwise_energy_03179982_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_charges,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::float32 var_soft,
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
        wp::int32 var_1;
        bool var_2;
        wp::float32* var_3;
        wp::float32* var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        //---------
        // forward
        // def pairwise_energy(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), soft: float, energy: wp.array(dtype=float)):       <L 59>
        // i, j = wp.tid()                                                                        <L 60>
        builtin_tid2d(var_0, var_1);
        // if j <= i:                                                                             <L 61>
        var_2 = (var_1 <= var_0);
        if (var_2) {
            // return                                                                             <L 62>
            continue;
        }
        // u = charges[i] * coulomb_potential(charges[j], positions[j], positions[i], soft)       <L 63>
        var_3 = wp::address(var_charges, var_0);
        var_4 = wp::address(var_charges, var_1);
        var_5 = wp::address(var_positions, var_1);
        var_6 = wp::address(var_positions, var_0);
        var_8 = wp::load(var_4);
        var_9 = wp::load(var_5);
        var_10 = wp::load(var_6);
        var_7 = coulomb_potential_0(var_8, var_9, var_10, var_soft);
        var_12 = wp::load(var_3);
        var_11 = wp::mul(var_12, var_7);
        // wp.atomic_add(energy, 0, u)                                                            <L 64>
        var_14 = wp::atomic_add(var_energy, var_13, var_11);
    }
}



extern "C" __global__ void pairwise_energy_03179982_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_charges,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::float32 var_soft,
    wp::array_t<wp::float32> var_energy,
    wp::array_t<wp::float32> adj_charges,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::float32 adj_soft,
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
        wp::int32 var_1;
        bool var_2;
        wp::float32* var_3;
        wp::float32* var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        //---------
        // forward
        // def pairwise_energy(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), soft: float, energy: wp.array(dtype=float)):       <L 59>
        // i, j = wp.tid()                                                                        <L 60>
        builtin_tid2d(var_0, var_1);
        // if j <= i:                                                                             <L 61>
        var_2 = (var_1 <= var_0);
        if (var_2) {
            // return                                                                             <L 62>
            goto label0;
        }
        // u = charges[i] * coulomb_potential(charges[j], positions[j], positions[i], soft)       <L 63>
        var_3 = wp::address(var_charges, var_0);
        var_4 = wp::address(var_charges, var_1);
        var_5 = wp::address(var_positions, var_1);
        var_6 = wp::address(var_positions, var_0);
        var_8 = wp::load(var_4);
        var_9 = wp::load(var_5);
        var_10 = wp::load(var_6);
        var_7 = coulomb_potential_0(var_8, var_9, var_10, var_soft);
        var_12 = wp::load(var_3);
        var_11 = wp::mul(var_12, var_7);
        // wp.atomic_add(energy, 0, u)                                                            <L 64>
        // var_14 = wp::atomic_add(var_energy, var_13, var_11);
        //---------
        // reverse
        wp::adj_atomic_add(var_energy, var_13, var_11, adj_energy, adj_13, adj_11, adj_14);
        // adj: wp.atomic_add(energy, 0, u)                                                       <L 64>
        wp::adj_mul(var_12, var_7, adj_3, adj_7, adj_11);
        adj_coulomb_potential_0(var_8, var_9, var_10, var_soft, adj_4, adj_5, adj_6, adj_soft, adj_7);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_6);
        wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_5);
        wp::adj_address(var_charges, var_1, adj_charges, adj_1, adj_4);
        wp::adj_address(var_charges, var_0, adj_charges, adj_0, adj_3);
        // adj: u = charges[i] * coulomb_potential(charges[j], positions[j], positions[i], soft)  <L 63>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 62>
        }
        // adj: if j <= i:                                                                        <L 61>
        // adj: i, j = wp.tid()                                                                   <L 60>
        // adj: def pairwise_energy(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), soft: float, energy: wp.array(dtype=float)):  <L 59>
        continue;
    }
}



extern "C" __global__ void gauss_flux_06a61ffb_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_E,
    wp::float32 var_spacing,
    wp::array_t<wp::float32> var_flux)
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
        wp::shape_t* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::shape_t* var_11;
        const wp::int32 var_12 = 2;
        wp::int32 var_13;
        wp::shape_t var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        bool var_19;
        wp::vec_t<3, wp::float32>* var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32>* var_25;
        const wp::int32 var_26 = 0;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        bool var_34;
        wp::vec_t<3, wp::float32>* var_35;
        const wp::int32 var_36 = 0;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32>* var_40;
        const wp::int32 var_41 = 0;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        const wp::int32 var_47 = 0;
        bool var_48;
        wp::vec_t<3, wp::float32>* var_49;
        const wp::int32 var_50 = 1;
        wp::float32 var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::float32 var_53;
        wp::vec_t<3, wp::float32>* var_54;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        bool var_63;
        wp::vec_t<3, wp::float32>* var_64;
        const wp::int32 var_65 = 1;
        wp::float32 var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32 var_68;
        wp::vec_t<3, wp::float32>* var_69;
        const wp::int32 var_70 = 1;
        wp::float32 var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        const wp::int32 var_76 = 0;
        bool var_77;
        wp::vec_t<3, wp::float32>* var_78;
        const wp::int32 var_79 = 2;
        wp::float32 var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::float32 var_82;
        wp::vec_t<3, wp::float32>* var_83;
        const wp::int32 var_84 = 2;
        wp::float32 var_85;
        wp::vec_t<3, wp::float32> var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        const wp::int32 var_90 = 1;
        wp::int32 var_91;
        bool var_92;
        wp::vec_t<3, wp::float32>* var_93;
        const wp::int32 var_94 = 2;
        wp::float32 var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::float32 var_97;
        wp::vec_t<3, wp::float32>* var_98;
        const wp::int32 var_99 = 2;
        wp::float32 var_100;
        wp::vec_t<3, wp::float32> var_101;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        const wp::float32 var_105 = 0.0;
        bool var_106;
        const wp::int32 var_107 = 0;
        const wp::float32 var_108 = 8.8541878128e-12;
        wp::float32 var_109;
        wp::float32 var_110;
        //---------
        // forward
        // def gauss_flux(E: wp.array3d(dtype=wp.vec3), spacing: float, flux: wp.array(dtype=float)):       <L 68>
        // i, j, k = wp.tid()                                                                     <L 69>
        builtin_tid3d(var_0, var_1, var_2);
        // nx = E.shape[0]                                                                        <L 70>
        var_3 = &(var_E.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // ny = E.shape[1]                                                                        <L 71>
        var_7 = &(var_E.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        // nz = E.shape[2]                                                                        <L 72>
        var_11 = &(var_E.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        // a = spacing * spacing                                                                  <L 73>
        var_15 = wp::mul(var_spacing, var_spacing);
        // f = float(0.0)                                                                         <L 74>
        var_17 = wp::float(var_16);
        // if i == 0:                                                                             <L 75>
        var_19 = (var_0 == var_18);
        if (var_19) {
            // f -= E[i, j, k][0] * a                                                             <L 76>
            var_20 = wp::address(var_E, var_0, var_1, var_2);
            var_23 = wp::load(var_20);
            var_22 = wp::extract(var_23, var_21);
            var_24 = wp::mul(var_22, var_15);
            var_25 = wp::address(var_E, var_0, var_1, var_2);
            var_28 = wp::load(var_25);
            var_27 = wp::extract(var_28, var_26);
            var_29 = wp::mul(var_27, var_15);
            var_30 = wp::sub(var_17, var_29);
        }
        var_31 = wp::where(var_19, var_30, var_17);
        // if i == nx - 1:                                                                        <L 77>
        var_33 = wp::sub(var_5, var_32);
        var_34 = (var_0 == var_33);
        if (var_34) {
            // f += E[i, j, k][0] * a                                                             <L 78>
            var_35 = wp::address(var_E, var_0, var_1, var_2);
            var_38 = wp::load(var_35);
            var_37 = wp::extract(var_38, var_36);
            var_39 = wp::mul(var_37, var_15);
            var_40 = wp::address(var_E, var_0, var_1, var_2);
            var_43 = wp::load(var_40);
            var_42 = wp::extract(var_43, var_41);
            var_44 = wp::mul(var_42, var_15);
            var_45 = wp::add(var_31, var_44);
        }
        var_46 = wp::where(var_34, var_45, var_31);
        // if j == 0:                                                                             <L 79>
        var_48 = (var_1 == var_47);
        if (var_48) {
            // f -= E[i, j, k][1] * a                                                             <L 80>
            var_49 = wp::address(var_E, var_0, var_1, var_2);
            var_52 = wp::load(var_49);
            var_51 = wp::extract(var_52, var_50);
            var_53 = wp::mul(var_51, var_15);
            var_54 = wp::address(var_E, var_0, var_1, var_2);
            var_57 = wp::load(var_54);
            var_56 = wp::extract(var_57, var_55);
            var_58 = wp::mul(var_56, var_15);
            var_59 = wp::sub(var_46, var_58);
        }
        var_60 = wp::where(var_48, var_59, var_46);
        // if j == ny - 1:                                                                        <L 81>
        var_62 = wp::sub(var_9, var_61);
        var_63 = (var_1 == var_62);
        if (var_63) {
            // f += E[i, j, k][1] * a                                                             <L 82>
            var_64 = wp::address(var_E, var_0, var_1, var_2);
            var_67 = wp::load(var_64);
            var_66 = wp::extract(var_67, var_65);
            var_68 = wp::mul(var_66, var_15);
            var_69 = wp::address(var_E, var_0, var_1, var_2);
            var_72 = wp::load(var_69);
            var_71 = wp::extract(var_72, var_70);
            var_73 = wp::mul(var_71, var_15);
            var_74 = wp::add(var_60, var_73);
        }
        var_75 = wp::where(var_63, var_74, var_60);
        // if k == 0:                                                                             <L 83>
        var_77 = (var_2 == var_76);
        if (var_77) {
            // f -= E[i, j, k][2] * a                                                             <L 84>
            var_78 = wp::address(var_E, var_0, var_1, var_2);
            var_81 = wp::load(var_78);
            var_80 = wp::extract(var_81, var_79);
            var_82 = wp::mul(var_80, var_15);
            var_83 = wp::address(var_E, var_0, var_1, var_2);
            var_86 = wp::load(var_83);
            var_85 = wp::extract(var_86, var_84);
            var_87 = wp::mul(var_85, var_15);
            var_88 = wp::sub(var_75, var_87);
        }
        var_89 = wp::where(var_77, var_88, var_75);
        // if k == nz - 1:                                                                        <L 85>
        var_91 = wp::sub(var_13, var_90);
        var_92 = (var_2 == var_91);
        if (var_92) {
            // f += E[i, j, k][2] * a                                                             <L 86>
            var_93 = wp::address(var_E, var_0, var_1, var_2);
            var_96 = wp::load(var_93);
            var_95 = wp::extract(var_96, var_94);
            var_97 = wp::mul(var_95, var_15);
            var_98 = wp::address(var_E, var_0, var_1, var_2);
            var_101 = wp::load(var_98);
            var_100 = wp::extract(var_101, var_99);
            var_102 = wp::mul(var_100, var_15);
            var_103 = wp::add(var_89, var_102);
        }
        var_104 = wp::where(var_92, var_103, var_89);
        // if f != 0.0:                                                                           <L 87>
        var_106 = (var_104 != var_105);
        if (var_106) {
            // wp.atomic_add(flux, 0, f * EPS0)                                                   <L 88>
            var_109 = wp::mul(var_104, var_108);
            var_110 = wp::atomic_add(var_flux, var_107, var_109);
        }
    }
}



extern "C" __global__ void gauss_flux_06a61ffb_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_E,
    wp::float32 var_spacing,
    wp::array_t<wp::float32> var_flux,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_E,
    wp::float32 adj_spacing,
    wp::array_t<wp::float32> adj_flux)
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
        wp::shape_t* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::shape_t* var_11;
        const wp::int32 var_12 = 2;
        wp::int32 var_13;
        wp::shape_t var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        bool var_19;
        wp::vec_t<3, wp::float32>* var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32>* var_25;
        const wp::int32 var_26 = 0;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        bool var_34;
        wp::vec_t<3, wp::float32>* var_35;
        const wp::int32 var_36 = 0;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32>* var_40;
        const wp::int32 var_41 = 0;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        const wp::int32 var_47 = 0;
        bool var_48;
        wp::vec_t<3, wp::float32>* var_49;
        const wp::int32 var_50 = 1;
        wp::float32 var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::float32 var_53;
        wp::vec_t<3, wp::float32>* var_54;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        bool var_63;
        wp::vec_t<3, wp::float32>* var_64;
        const wp::int32 var_65 = 1;
        wp::float32 var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32 var_68;
        wp::vec_t<3, wp::float32>* var_69;
        const wp::int32 var_70 = 1;
        wp::float32 var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        const wp::int32 var_76 = 0;
        bool var_77;
        wp::vec_t<3, wp::float32>* var_78;
        const wp::int32 var_79 = 2;
        wp::float32 var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::float32 var_82;
        wp::vec_t<3, wp::float32>* var_83;
        const wp::int32 var_84 = 2;
        wp::float32 var_85;
        wp::vec_t<3, wp::float32> var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        const wp::int32 var_90 = 1;
        wp::int32 var_91;
        bool var_92;
        wp::vec_t<3, wp::float32>* var_93;
        const wp::int32 var_94 = 2;
        wp::float32 var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::float32 var_97;
        wp::vec_t<3, wp::float32>* var_98;
        const wp::int32 var_99 = 2;
        wp::float32 var_100;
        wp::vec_t<3, wp::float32> var_101;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        const wp::float32 var_105 = 0.0;
        bool var_106;
        const wp::int32 var_107 = 0;
        const wp::float32 var_108 = 8.8541878128e-12;
        wp::float32 var_109;
        wp::float32 var_110;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::shape_t adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        bool adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::float32 adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        bool adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::int32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::float32 adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        bool adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::int32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::float32 adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::int32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::int32 adj_76 = {};
        bool adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::int32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::vec_t<3, wp::float32> adj_81 = {};
        wp::float32 adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::int32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::vec_t<3, wp::float32> adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        bool adj_92 = {};
        wp::vec_t<3, wp::float32> adj_93 = {};
        wp::int32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::vec_t<3, wp::float32> adj_96 = {};
        wp::float32 adj_97 = {};
        wp::vec_t<3, wp::float32> adj_98 = {};
        wp::int32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::vec_t<3, wp::float32> adj_101 = {};
        wp::float32 adj_102 = {};
        wp::float32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::float32 adj_105 = {};
        bool adj_106 = {};
        wp::int32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        //---------
        // forward
        // def gauss_flux(E: wp.array3d(dtype=wp.vec3), spacing: float, flux: wp.array(dtype=float)):       <L 68>
        // i, j, k = wp.tid()                                                                     <L 69>
        builtin_tid3d(var_0, var_1, var_2);
        // nx = E.shape[0]                                                                        <L 70>
        var_3 = &(var_E.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // ny = E.shape[1]                                                                        <L 71>
        var_7 = &(var_E.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        // nz = E.shape[2]                                                                        <L 72>
        var_11 = &(var_E.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        // a = spacing * spacing                                                                  <L 73>
        var_15 = wp::mul(var_spacing, var_spacing);
        // f = float(0.0)                                                                         <L 74>
        var_17 = wp::float(var_16);
        // if i == 0:                                                                             <L 75>
        var_19 = (var_0 == var_18);
        if (var_19) {
            // f -= E[i, j, k][0] * a                                                             <L 76>
            var_20 = wp::address(var_E, var_0, var_1, var_2);
            var_23 = wp::load(var_20);
            var_22 = wp::extract(var_23, var_21);
            var_24 = wp::mul(var_22, var_15);
            var_25 = wp::address(var_E, var_0, var_1, var_2);
            var_28 = wp::load(var_25);
            var_27 = wp::extract(var_28, var_26);
            var_29 = wp::mul(var_27, var_15);
            var_30 = wp::sub(var_17, var_29);
        }
        var_31 = wp::where(var_19, var_30, var_17);
        // if i == nx - 1:                                                                        <L 77>
        var_33 = wp::sub(var_5, var_32);
        var_34 = (var_0 == var_33);
        if (var_34) {
            // f += E[i, j, k][0] * a                                                             <L 78>
            var_35 = wp::address(var_E, var_0, var_1, var_2);
            var_38 = wp::load(var_35);
            var_37 = wp::extract(var_38, var_36);
            var_39 = wp::mul(var_37, var_15);
            var_40 = wp::address(var_E, var_0, var_1, var_2);
            var_43 = wp::load(var_40);
            var_42 = wp::extract(var_43, var_41);
            var_44 = wp::mul(var_42, var_15);
            var_45 = wp::add(var_31, var_44);
        }
        var_46 = wp::where(var_34, var_45, var_31);
        // if j == 0:                                                                             <L 79>
        var_48 = (var_1 == var_47);
        if (var_48) {
            // f -= E[i, j, k][1] * a                                                             <L 80>
            var_49 = wp::address(var_E, var_0, var_1, var_2);
            var_52 = wp::load(var_49);
            var_51 = wp::extract(var_52, var_50);
            var_53 = wp::mul(var_51, var_15);
            var_54 = wp::address(var_E, var_0, var_1, var_2);
            var_57 = wp::load(var_54);
            var_56 = wp::extract(var_57, var_55);
            var_58 = wp::mul(var_56, var_15);
            var_59 = wp::sub(var_46, var_58);
        }
        var_60 = wp::where(var_48, var_59, var_46);
        // if j == ny - 1:                                                                        <L 81>
        var_62 = wp::sub(var_9, var_61);
        var_63 = (var_1 == var_62);
        if (var_63) {
            // f += E[i, j, k][1] * a                                                             <L 82>
            var_64 = wp::address(var_E, var_0, var_1, var_2);
            var_67 = wp::load(var_64);
            var_66 = wp::extract(var_67, var_65);
            var_68 = wp::mul(var_66, var_15);
            var_69 = wp::address(var_E, var_0, var_1, var_2);
            var_72 = wp::load(var_69);
            var_71 = wp::extract(var_72, var_70);
            var_73 = wp::mul(var_71, var_15);
            var_74 = wp::add(var_60, var_73);
        }
        var_75 = wp::where(var_63, var_74, var_60);
        // if k == 0:                                                                             <L 83>
        var_77 = (var_2 == var_76);
        if (var_77) {
            // f -= E[i, j, k][2] * a                                                             <L 84>
            var_78 = wp::address(var_E, var_0, var_1, var_2);
            var_81 = wp::load(var_78);
            var_80 = wp::extract(var_81, var_79);
            var_82 = wp::mul(var_80, var_15);
            var_83 = wp::address(var_E, var_0, var_1, var_2);
            var_86 = wp::load(var_83);
            var_85 = wp::extract(var_86, var_84);
            var_87 = wp::mul(var_85, var_15);
            var_88 = wp::sub(var_75, var_87);
        }
        var_89 = wp::where(var_77, var_88, var_75);
        // if k == nz - 1:                                                                        <L 85>
        var_91 = wp::sub(var_13, var_90);
        var_92 = (var_2 == var_91);
        if (var_92) {
            // f += E[i, j, k][2] * a                                                             <L 86>
            var_93 = wp::address(var_E, var_0, var_1, var_2);
            var_96 = wp::load(var_93);
            var_95 = wp::extract(var_96, var_94);
            var_97 = wp::mul(var_95, var_15);
            var_98 = wp::address(var_E, var_0, var_1, var_2);
            var_101 = wp::load(var_98);
            var_100 = wp::extract(var_101, var_99);
            var_102 = wp::mul(var_100, var_15);
            var_103 = wp::add(var_89, var_102);
        }
        var_104 = wp::where(var_92, var_103, var_89);
        // if f != 0.0:                                                                           <L 87>
        var_106 = (var_104 != var_105);
        if (var_106) {
            // wp.atomic_add(flux, 0, f * EPS0)                                                   <L 88>
            var_109 = wp::mul(var_104, var_108);
            // var_110 = wp::atomic_add(var_flux, var_107, var_109);
        }
        //---------
        // reverse
        if (var_106) {
            wp::adj_atomic_add(var_flux, var_107, var_109, adj_flux, adj_107, adj_109, adj_110);
            wp::adj_mul(var_104, var_108, adj_104, adj_108, adj_109);
            // adj: wp.atomic_add(flux, 0, f * EPS0)                                              <L 88>
        }
        // adj: if f != 0.0:                                                                      <L 87>
        wp::adj_where(var_92, var_103, var_89, adj_92, adj_103, adj_89, adj_104);
        if (var_92) {
            wp::adj_add(var_89, var_102, adj_89, adj_102, adj_103);
            wp::adj_mul(var_100, var_15, adj_100, adj_15, adj_102);
            wp::adj_extract(var_101, var_99, adj_98, adj_99, adj_100);
            wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_98);
            wp::adj_mul(var_95, var_15, adj_95, adj_15, adj_97);
            wp::adj_extract(var_96, var_94, adj_93, adj_94, adj_95);
            wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_93);
            // adj: f += E[i, j, k][2] * a                                                        <L 86>
        }
        wp::adj_sub(var_13, var_90, adj_13, adj_90, adj_91);
        // adj: if k == nz - 1:                                                                   <L 85>
        wp::adj_where(var_77, var_88, var_75, adj_77, adj_88, adj_75, adj_89);
        if (var_77) {
            wp::adj_sub(var_75, var_87, adj_75, adj_87, adj_88);
            wp::adj_mul(var_85, var_15, adj_85, adj_15, adj_87);
            wp::adj_extract(var_86, var_84, adj_83, adj_84, adj_85);
            wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_83);
            wp::adj_mul(var_80, var_15, adj_80, adj_15, adj_82);
            wp::adj_extract(var_81, var_79, adj_78, adj_79, adj_80);
            wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_78);
            // adj: f -= E[i, j, k][2] * a                                                        <L 84>
        }
        // adj: if k == 0:                                                                        <L 83>
        wp::adj_where(var_63, var_74, var_60, adj_63, adj_74, adj_60, adj_75);
        if (var_63) {
            wp::adj_add(var_60, var_73, adj_60, adj_73, adj_74);
            wp::adj_mul(var_71, var_15, adj_71, adj_15, adj_73);
            wp::adj_extract(var_72, var_70, adj_69, adj_70, adj_71);
            wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_69);
            wp::adj_mul(var_66, var_15, adj_66, adj_15, adj_68);
            wp::adj_extract(var_67, var_65, adj_64, adj_65, adj_66);
            wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_64);
            // adj: f += E[i, j, k][1] * a                                                        <L 82>
        }
        wp::adj_sub(var_9, var_61, adj_9, adj_61, adj_62);
        // adj: if j == ny - 1:                                                                   <L 81>
        wp::adj_where(var_48, var_59, var_46, adj_48, adj_59, adj_46, adj_60);
        if (var_48) {
            wp::adj_sub(var_46, var_58, adj_46, adj_58, adj_59);
            wp::adj_mul(var_56, var_15, adj_56, adj_15, adj_58);
            wp::adj_extract(var_57, var_55, adj_54, adj_55, adj_56);
            wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_54);
            wp::adj_mul(var_51, var_15, adj_51, adj_15, adj_53);
            wp::adj_extract(var_52, var_50, adj_49, adj_50, adj_51);
            wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_49);
            // adj: f -= E[i, j, k][1] * a                                                        <L 80>
        }
        // adj: if j == 0:                                                                        <L 79>
        wp::adj_where(var_34, var_45, var_31, adj_34, adj_45, adj_31, adj_46);
        if (var_34) {
            wp::adj_add(var_31, var_44, adj_31, adj_44, adj_45);
            wp::adj_mul(var_42, var_15, adj_42, adj_15, adj_44);
            wp::adj_extract(var_43, var_41, adj_40, adj_41, adj_42);
            wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_40);
            wp::adj_mul(var_37, var_15, adj_37, adj_15, adj_39);
            wp::adj_extract(var_38, var_36, adj_35, adj_36, adj_37);
            wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_35);
            // adj: f += E[i, j, k][0] * a                                                        <L 78>
        }
        wp::adj_sub(var_5, var_32, adj_5, adj_32, adj_33);
        // adj: if i == nx - 1:                                                                   <L 77>
        wp::adj_where(var_19, var_30, var_17, adj_19, adj_30, adj_17, adj_31);
        if (var_19) {
            wp::adj_sub(var_17, var_29, adj_17, adj_29, adj_30);
            wp::adj_mul(var_27, var_15, adj_27, adj_15, adj_29);
            wp::adj_extract(var_28, var_26, adj_25, adj_26, adj_27);
            wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_25);
            wp::adj_mul(var_22, var_15, adj_22, adj_15, adj_24);
            wp::adj_extract(var_23, var_21, adj_20, adj_21, adj_22);
            wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_20);
            // adj: f -= E[i, j, k][0] * a                                                        <L 76>
        }
        // adj: if i == 0:                                                                        <L 75>
        wp::adj_float(var_16, adj_16, adj_17);
        // adj: f = float(0.0)                                                                    <L 74>
        wp::adj_mul(var_spacing, var_spacing, adj_spacing, adj_spacing, adj_15);
        // adj: a = spacing * spacing                                                             <L 73>
        wp::adj_extract(var_14, var_12, adj_11, adj_12, adj_13);
        adj_E.shape = adj_11;
        // adj: nz = E.shape[2]                                                                   <L 72>
        wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
        adj_E.shape = adj_7;
        // adj: ny = E.shape[1]                                                                   <L 71>
        wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
        adj_E.shape = adj_3;
        // adj: nx = E.shape[0]                                                                   <L 70>
        // adj: i, j, k = wp.tid()                                                                <L 69>
        // adj: def gauss_flux(E: wp.array3d(dtype=wp.vec3), spacing: float, flux: wp.array(dtype=float)):  <L 68>
        continue;
    }
}

