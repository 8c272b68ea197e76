
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


// corpus/040_lennard_jones.py:6
static CUDA_CALLABLE wp::vec_t<3, wp::float32> minimum_image_0(
    wp::vec_t<3, wp::float32> var_d,
    wp::float32 var_box)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    bool var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    bool var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    bool var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    bool var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    //---------
    // forward
    // def minimum_image(d: wp.vec3, box: float) -> wp.vec3:                                  <L 7>
    // r = d                                                                                  <L 8>
    var_0 = wp::copy(var_d);
    // half = box * 0.5                                                                       <L 9>
    var_2 = wp::mul(var_box, var_1);
    // for k in range(3):                                                                     <L 10>
    // if r[k] > half:                                                                        <L 11>
    var_4 = wp::extract(var_0, var_3);
    var_5 = (var_4 > var_2);
    if (var_5) {
        // r[k] = r[k] - box                                                                  <L 12>
        var_6 = wp::extract(var_0, var_3);
        var_7 = wp::sub(var_6, var_box);
        wp::assign_inplace(var_0, var_3, var_7);
    }
    if (!var_5) {
        // elif r[k] < -half:                                                                 <L 13>
        var_8 = wp::extract(var_0, var_3);
        var_9 = wp::neg(var_2);
        var_10 = (var_8 < var_9);
        if (var_10) {
            // r[k] = r[k] + box                                                              <L 14>
            var_11 = wp::extract(var_0, var_3);
            var_12 = wp::add(var_11, var_box);
            wp::assign_inplace(var_0, var_3, var_12);
        }
    }
    // if r[k] > half:                                                                        <L 11>
    var_14 = wp::extract(var_0, var_13);
    var_15 = (var_14 > var_2);
    if (var_15) {
        // r[k] = r[k] - box                                                                  <L 12>
        var_16 = wp::extract(var_0, var_13);
        var_17 = wp::sub(var_16, var_box);
        wp::assign_inplace(var_0, var_13, var_17);
    }
    if (!var_15) {
        // elif r[k] < -half:                                                                 <L 13>
        var_18 = wp::extract(var_0, var_13);
        var_19 = wp::neg(var_2);
        var_20 = (var_18 < var_19);
        if (var_20) {
            // r[k] = r[k] + box                                                              <L 14>
            var_21 = wp::extract(var_0, var_13);
            var_22 = wp::add(var_21, var_box);
            wp::assign_inplace(var_0, var_13, var_22);
        }
    }
    // if r[k] > half:                                                                        <L 11>
    var_24 = wp::extract(var_0, var_23);
    var_25 = (var_24 > var_2);
    if (var_25) {
        // r[k] = r[k] - box                                                                  <L 12>
        var_26 = wp::extract(var_0, var_23);
        var_27 = wp::sub(var_26, var_box);
        wp::assign_inplace(var_0, var_23, var_27);
    }
    if (!var_25) {
        // elif r[k] < -half:                                                                 <L 13>
        var_28 = wp::extract(var_0, var_23);
        var_29 = wp::neg(var_2);
        var_30 = (var_28 < var_29);
        if (var_30) {
            // r[k] = r[k] + box                                                              <L 14>
            var_31 = wp::extract(var_0, var_23);
            var_32 = wp::add(var_31, var_box);
            wp::assign_inplace(var_0, var_23, var_32);
        }
    }
    // return r                                                                               <L 15>
    return var_0;
}


// corpus/040_lennard_jones.py:18
static CUDA_CALLABLE void lj_force_energy_0(
    wp::float32 var_r2,
    wp::float32 var_eps,
    wp::float32 var_sigma,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 4.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 24.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 2.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def lj_force_energy(r2: float, eps: float, sigma: float):                              <L 19>
    // s2 = sigma * sigma / r2                                                                <L 20>
    var_0 = wp::mul(var_sigma, var_sigma);
    var_1 = wp::div(var_0, var_r2);
    // s6 = s2 * s2 * s2                                                                      <L 21>
    var_2 = wp::mul(var_1, var_1);
    var_3 = wp::mul(var_2, var_1);
    // s12 = s6 * s6                                                                          <L 22>
    var_4 = wp::mul(var_3, var_3);
    // e = 4.0 * eps * (s12 - s6)                                                             <L 23>
    var_6 = wp::mul(var_5, var_eps);
    var_7 = wp::sub(var_4, var_3);
    var_8 = wp::mul(var_6, var_7);
    // fmag = 24.0 * eps * (2.0 * s12 - s6) / r2                                              <L 24>
    var_10 = wp::mul(var_9, var_eps);
    var_12 = wp::mul(var_11, var_4);
    var_13 = wp::sub(var_12, var_3);
    var_14 = wp::mul(var_10, var_13);
    var_15 = wp::div(var_14, var_r2);
    // return fmag, e                                                                         <L 25>
    ret_0 = var_15;
    ret_1 = var_8;
    return;
}


// corpus/040_lennard_jones.py:6
static CUDA_CALLABLE void adj_minimum_image_0(
    wp::vec_t<3, wp::float32> var_d,
    wp::float32 var_box,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::float32 & adj_box,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    bool var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    bool var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    bool var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    bool var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    //---------
    // forward
    // def minimum_image(d: wp.vec3, box: float) -> wp.vec3:                                  <L 7>
    // r = d                                                                                  <L 8>
    var_0 = wp::copy(var_d);
    // half = box * 0.5                                                                       <L 9>
    var_2 = wp::mul(var_box, var_1);
    // for k in range(3):                                                                     <L 10>
    // if r[k] > half:                                                                        <L 11>
    var_4 = wp::extract(var_0, var_3);
    var_5 = (var_4 > var_2);
    if (var_5) {
        // r[k] = r[k] - box                                                                  <L 12>
        var_6 = wp::extract(var_0, var_3);
        var_7 = wp::sub(var_6, var_box);
        wp::assign_inplace(var_0, var_3, var_7);
    }
    if (!var_5) {
        // elif r[k] < -half:                                                                 <L 13>
        var_8 = wp::extract(var_0, var_3);
        var_9 = wp::neg(var_2);
        var_10 = (var_8 < var_9);
        if (var_10) {
            // r[k] = r[k] + box                                                              <L 14>
            var_11 = wp::extract(var_0, var_3);
            var_12 = wp::add(var_11, var_box);
            wp::assign_inplace(var_0, var_3, var_12);
        }
    }
    // if r[k] > half:                                                                        <L 11>
    var_14 = wp::extract(var_0, var_13);
    var_15 = (var_14 > var_2);
    if (var_15) {
        // r[k] = r[k] - box                                                                  <L 12>
        var_16 = wp::extract(var_0, var_13);
        var_17 = wp::sub(var_16, var_box);
        wp::assign_inplace(var_0, var_13, var_17);
    }
    if (!var_15) {
        // elif r[k] < -half:                                                                 <L 13>
        var_18 = wp::extract(var_0, var_13);
        var_19 = wp::neg(var_2);
        var_20 = (var_18 < var_19);
        if (var_20) {
            // r[k] = r[k] + box                                                              <L 14>
            var_21 = wp::extract(var_0, var_13);
            var_22 = wp::add(var_21, var_box);
            wp::assign_inplace(var_0, var_13, var_22);
        }
    }
    // if r[k] > half:                                                                        <L 11>
    var_24 = wp::extract(var_0, var_23);
    var_25 = (var_24 > var_2);
    if (var_25) {
        // r[k] = r[k] - box                                                                  <L 12>
        var_26 = wp::extract(var_0, var_23);
        var_27 = wp::sub(var_26, var_box);
        wp::assign_inplace(var_0, var_23, var_27);
    }
    if (!var_25) {
        // elif r[k] < -half:                                                                 <L 13>
        var_28 = wp::extract(var_0, var_23);
        var_29 = wp::neg(var_2);
        var_30 = (var_28 < var_29);
        if (var_30) {
            // r[k] = r[k] + box                                                              <L 14>
            var_31 = wp::extract(var_0, var_23);
            var_32 = wp::add(var_31, var_box);
            wp::assign_inplace(var_0, var_23, var_32);
        }
    }
    // return r                                                                               <L 15>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return r                                                                          <L 15>
    if (!var_25) {
        if (var_30) {
            wp::adj_assign_inplace(var_0, var_23, var_32, adj_0, adj_23, adj_32);
            wp::adj_add(var_31, var_box, adj_31, adj_box, adj_32);
            wp::adj_extract(var_0, var_23, adj_0, adj_23, adj_31);
            // adj: r[k] = r[k] + box                                                         <L 14>
        }
        wp::adj_neg(var_2, adj_2, adj_29);
        wp::adj_extract(var_0, var_23, adj_0, adj_23, adj_28);
        // adj: elif r[k] < -half:                                                            <L 13>
    }
    if (var_25) {
        wp::adj_assign_inplace(var_0, var_23, var_27, adj_0, adj_23, adj_27);
        wp::adj_sub(var_26, var_box, adj_26, adj_box, adj_27);
        wp::adj_extract(var_0, var_23, adj_0, adj_23, adj_26);
        // adj: r[k] = r[k] - box                                                             <L 12>
    }
    wp::adj_extract(var_0, var_23, adj_0, adj_23, adj_24);
    // adj: if r[k] > half:                                                                   <L 11>
    if (!var_15) {
        if (var_20) {
            wp::adj_assign_inplace(var_0, var_13, var_22, adj_0, adj_13, adj_22);
            wp::adj_add(var_21, var_box, adj_21, adj_box, adj_22);
            wp::adj_extract(var_0, var_13, adj_0, adj_13, adj_21);
            // adj: r[k] = r[k] + box                                                         <L 14>
        }
        wp::adj_neg(var_2, adj_2, adj_19);
        wp::adj_extract(var_0, var_13, adj_0, adj_13, adj_18);
        // adj: elif r[k] < -half:                                                            <L 13>
    }
    if (var_15) {
        wp::adj_assign_inplace(var_0, var_13, var_17, adj_0, adj_13, adj_17);
        wp::adj_sub(var_16, var_box, adj_16, adj_box, adj_17);
        wp::adj_extract(var_0, var_13, adj_0, adj_13, adj_16);
        // adj: r[k] = r[k] - box                                                             <L 12>
    }
    wp::adj_extract(var_0, var_13, adj_0, adj_13, adj_14);
    // adj: if r[k] > half:                                                                   <L 11>
    if (!var_5) {
        if (var_10) {
            wp::adj_assign_inplace(var_0, var_3, var_12, adj_0, adj_3, adj_12);
            wp::adj_add(var_11, var_box, adj_11, adj_box, adj_12);
            wp::adj_extract(var_0, var_3, adj_0, adj_3, adj_11);
            // adj: r[k] = r[k] + box                                                         <L 14>
        }
        wp::adj_neg(var_2, adj_2, adj_9);
        wp::adj_extract(var_0, var_3, adj_0, adj_3, adj_8);
        // adj: elif r[k] < -half:                                                            <L 13>
    }
    if (var_5) {
        wp::adj_assign_inplace(var_0, var_3, var_7, adj_0, adj_3, adj_7);
        wp::adj_sub(var_6, var_box, adj_6, adj_box, adj_7);
        wp::adj_extract(var_0, var_3, adj_0, adj_3, adj_6);
        // adj: r[k] = r[k] - box                                                             <L 12>
    }
    wp::adj_extract(var_0, var_3, adj_0, adj_3, adj_4);
    // adj: if r[k] > half:                                                                   <L 11>
    // adj: for k in range(3):                                                                <L 10>
    wp::adj_mul(var_box, var_1, adj_box, adj_1, adj_2);
    // adj: half = box * 0.5                                                                  <L 9>
    wp::adj_copy(var_d, adj_d, adj_0);
    // adj: r = d                                                                             <L 8>
    // adj: def minimum_image(d: wp.vec3, box: float) -> wp.vec3:                             <L 7>
    return;
}


// corpus/040_lennard_jones.py:18
static CUDA_CALLABLE void adj_lj_force_energy_0(
    wp::float32 var_r2,
    wp::float32 var_eps,
    wp::float32 var_sigma,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & adj_r2,
    wp::float32 & adj_eps,
    wp::float32 & adj_sigma,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 4.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 24.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 2.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
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
    //---------
    // forward
    // def lj_force_energy(r2: float, eps: float, sigma: float):                              <L 19>
    // s2 = sigma * sigma / r2                                                                <L 20>
    var_0 = wp::mul(var_sigma, var_sigma);
    var_1 = wp::div(var_0, var_r2);
    // s6 = s2 * s2 * s2                                                                      <L 21>
    var_2 = wp::mul(var_1, var_1);
    var_3 = wp::mul(var_2, var_1);
    // s12 = s6 * s6                                                                          <L 22>
    var_4 = wp::mul(var_3, var_3);
    // e = 4.0 * eps * (s12 - s6)                                                             <L 23>
    var_6 = wp::mul(var_5, var_eps);
    var_7 = wp::sub(var_4, var_3);
    var_8 = wp::mul(var_6, var_7);
    // fmag = 24.0 * eps * (2.0 * s12 - s6) / r2                                              <L 24>
    var_10 = wp::mul(var_9, var_eps);
    var_12 = wp::mul(var_11, var_4);
    var_13 = wp::sub(var_12, var_3);
    var_14 = wp::mul(var_10, var_13);
    var_15 = wp::div(var_14, var_r2);
    // return fmag, e                                                                         <L 25>
    ret_0 = var_15;
    ret_1 = var_8;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret_1;
    adj_15 += adj_ret_0;
    // adj: return fmag, e                                                                    <L 25>
    wp::adj_div(var_14, var_r2, var_15, adj_14, adj_r2, adj_15);
    wp::adj_mul(var_10, var_13, adj_10, adj_13, adj_14);
    wp::adj_sub(var_12, var_3, adj_12, adj_3, adj_13);
    wp::adj_mul(var_11, var_4, adj_11, adj_4, adj_12);
    wp::adj_mul(var_9, var_eps, adj_9, adj_eps, adj_10);
    // adj: fmag = 24.0 * eps * (2.0 * s12 - s6) / r2                                         <L 24>
    wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_sub(var_4, var_3, adj_4, adj_3, adj_7);
    wp::adj_mul(var_5, var_eps, adj_5, adj_eps, adj_6);
    // adj: e = 4.0 * eps * (s12 - s6)                                                        <L 23>
    wp::adj_mul(var_3, var_3, adj_3, adj_3, adj_4);
    // adj: s12 = s6 * s6                                                                     <L 22>
    wp::adj_mul(var_2, var_1, adj_2, adj_1, adj_3);
    wp::adj_mul(var_1, var_1, adj_1, adj_1, adj_2);
    // adj: s6 = s2 * s2 * s2                                                                 <L 21>
    wp::adj_div(var_0, var_r2, var_1, adj_0, adj_r2, adj_1);
    wp::adj_mul(var_sigma, var_sigma, adj_sigma, adj_sigma, adj_0);
    // adj: s2 = sigma * sigma / r2                                                           <L 20>
    // adj: def lj_force_energy(r2: float, eps: float, sigma: float):                         <L 19>
    return;
}



extern "C" __global__ void lj_forces_2258f186_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::float32 var_box,
    wp::float32 var_eps,
    wp::float32 var_sigma,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::float32> var_potential,
    wp::array_t<wp::float32> var_virial)
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
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 2.5;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::shape_t* var_13;
        const wp::int32 var_14 = 0;
        wp::int32 var_15;
        wp::shape_t var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        bool var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        bool var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::float32 var_31 = 0.5;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.5;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::float32 var_36 = 0.5;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.5;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 0;
        wp::float32 var_44;
        const wp::int32 var_45 = 0;
        wp::float32 var_46;
        //---------
        // forward
        // def lj_forces(                                                                         <L 29>
        // i = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // pi = pos[i]                                                                            <L 39>
        var_1 = wp::address(var_pos, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // f = wp.vec3()                                                                          <L 40>
        var_4 = wp::vec_t<3, wp::float32>();
        // e_sum = float(0.0)                                                                     <L 41>
        var_6 = wp::float(var_5);
        // w_sum = float(0.0)                                                                     <L 42>
        var_8 = wp::float(var_7);
        // rc2 = CUTOFF * CUTOFF * sigma * sigma                                                  <L 43>
        var_10 = wp::mul(var_9, var_9);
        var_11 = wp::mul(var_10, var_sigma);
        var_12 = wp::mul(var_11, var_sigma);
        // for j in range(pos.shape[0]):                                                          <L 44>
        var_13 = &(var_pos.shape);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_17 = wp::range(var_15);
        start_for_0:;
            if (iter_cmp(var_17) == 0) goto end_for_0;
            var_18 = wp::iter_next(var_17);
            // if i == j:                                                                         <L 45>
            var_19 = (var_0 == var_18);
            if (var_19) {
                // continue                                                                       <L 46>
                goto start_for_0;
            }
            // d = minimum_image(pi - pos[j], box)                                                <L 47>
            var_20 = wp::address(var_pos, var_18);
            var_22 = wp::load(var_20);
            var_21 = wp::sub(var_2, var_22);
            var_23 = minimum_image_0(var_21, var_box);
            // r2 = wp.dot(d, d)                                                                  <L 48>
            var_24 = wp::dot(var_23, var_23);
            // if r2 >= rc2:                                                                      <L 49>
            var_25 = (var_24 >= var_12);
            if (var_25) {
                // continue                                                                       <L 50>
                goto start_for_0;
            }
            // fmag, e = lj_force_energy(r2, eps, sigma)                                          <L 51>
            lj_force_energy_0(var_24, var_eps, var_sigma, var_26, var_27);
            // f += d * fmag                                                                      <L 52>
            var_28 = wp::mul(var_23, var_26);
            var_29 = wp::mul(var_23, var_26);
            var_30 = wp::add(var_4, var_29);
            // e_sum += 0.5 * e                                                                   <L 53>
            var_32 = wp::mul(var_31, var_27);
            var_34 = wp::mul(var_33, var_27);
            var_35 = wp::add(var_6, var_34);
            // w_sum += 0.5 * fmag * r2                                                           <L 54>
            var_37 = wp::mul(var_36, var_26);
            var_38 = wp::mul(var_37, var_24);
            var_40 = wp::mul(var_39, var_26);
            var_41 = wp::mul(var_40, var_24);
            var_42 = wp::add(var_8, var_41);
            wp::assign(var_4, var_30);
            wp::assign(var_6, var_35);
            wp::assign(var_8, var_42);
            goto start_for_0;
        end_for_0:;
        // forces[i] = f                                                                          <L 55>
        wp::array_store(var_forces, var_0, var_4);
        // wp.atomic_add(potential, 0, e_sum)                                                     <L 56>
        var_44 = wp::atomic_add(var_potential, var_43, var_6);
        // wp.atomic_add(virial, 0, w_sum)                                                        <L 57>
        var_46 = wp::atomic_add(var_virial, var_45, var_8);
    }
}



extern "C" __global__ void lj_forces_2258f186_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::float32 var_box,
    wp::float32 var_eps,
    wp::float32 var_sigma,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::float32> var_potential,
    wp::array_t<wp::float32> var_virial,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::float32 adj_box,
    wp::float32 adj_eps,
    wp::float32 adj_sigma,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces,
    wp::array_t<wp::float32> adj_potential,
    wp::array_t<wp::float32> adj_virial)
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
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 2.5;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::shape_t* var_13;
        const wp::int32 var_14 = 0;
        wp::int32 var_15;
        wp::shape_t var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        bool var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        bool var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::float32 var_31 = 0.5;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.5;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::float32 var_36 = 0.5;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.5;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 0;
        wp::float32 var_44;
        const wp::int32 var_45 = 0;
        wp::float32 var_46;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::shape_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::shape_t adj_16 = {};
        wp::range_t adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
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
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        //---------
        // forward
        // def lj_forces(                                                                         <L 29>
        // i = wp.tid()                                                                           <L 38>
        var_0 = builtin_tid1d();
        // pi = pos[i]                                                                            <L 39>
        var_1 = wp::address(var_pos, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // f = wp.vec3()                                                                          <L 40>
        var_4 = wp::vec_t<3, wp::float32>();
        // e_sum = float(0.0)                                                                     <L 41>
        var_6 = wp::float(var_5);
        // w_sum = float(0.0)                                                                     <L 42>
        var_8 = wp::float(var_7);
        // rc2 = CUTOFF * CUTOFF * sigma * sigma                                                  <L 43>
        var_10 = wp::mul(var_9, var_9);
        var_11 = wp::mul(var_10, var_sigma);
        var_12 = wp::mul(var_11, var_sigma);
        // for j in range(pos.shape[0]):                                                          <L 44>
        var_13 = &(var_pos.shape);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_17 = wp::range(var_15);
        // forces[i] = f                                                                          <L 55>
        // wp::array_store(var_forces, var_0, var_4);
        // wp.atomic_add(potential, 0, e_sum)                                                     <L 56>
        // var_44 = wp::atomic_add(var_potential, var_43, var_6);
        // wp.atomic_add(virial, 0, w_sum)                                                        <L 57>
        // var_46 = wp::atomic_add(var_virial, var_45, var_8);
        //---------
        // reverse
        wp::adj_atomic_add(var_virial, var_45, var_8, adj_virial, adj_45, adj_8, adj_46);
        // adj: wp.atomic_add(virial, 0, w_sum)                                                   <L 57>
        wp::adj_atomic_add(var_potential, var_43, var_6, adj_potential, adj_43, adj_6, adj_44);
        // adj: wp.atomic_add(potential, 0, e_sum)                                                <L 56>
        wp::adj_array_store(var_forces, var_0, var_4, adj_forces, adj_0, adj_4);
        // adj: forces[i] = f                                                                     <L 55>
        var_17 = wp::iter_reverse(var_17);
        start_for_0:;
            if (iter_cmp(var_17) == 0) goto end_for_0;
            var_18 = wp::iter_next(var_17);
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
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
            // if i == j:                                                                         <L 45>
            var_19 = (var_0 == var_18);
            if (var_19) {
                // continue                                                                       <L 46>
                goto start_for_0;
            }
            // d = minimum_image(pi - pos[j], box)                                                <L 47>
            var_20 = wp::address(var_pos, var_18);
            var_22 = wp::load(var_20);
            var_21 = wp::sub(var_2, var_22);
            var_23 = minimum_image_0(var_21, var_box);
            // r2 = wp.dot(d, d)                                                                  <L 48>
            var_24 = wp::dot(var_23, var_23);
            // if r2 >= rc2:                                                                      <L 49>
            var_25 = (var_24 >= var_12);
            if (var_25) {
                // continue                                                                       <L 50>
                goto start_for_0;
            }
            // fmag, e = lj_force_energy(r2, eps, sigma)                                          <L 51>
            lj_force_energy_0(var_24, var_eps, var_sigma, var_26, var_27);
            // f += d * fmag                                                                      <L 52>
            var_28 = wp::mul(var_23, var_26);
            var_29 = wp::mul(var_23, var_26);
            var_30 = wp::add(var_4, var_29);
            // e_sum += 0.5 * e                                                                   <L 53>
            var_32 = wp::mul(var_31, var_27);
            var_34 = wp::mul(var_33, var_27);
            var_35 = wp::add(var_6, var_34);
            // w_sum += 0.5 * fmag * r2                                                           <L 54>
            var_37 = wp::mul(var_36, var_26);
            var_38 = wp::mul(var_37, var_24);
            var_40 = wp::mul(var_39, var_26);
            var_41 = wp::mul(var_40, var_24);
            var_42 = wp::add(var_8, var_41);
            wp::assign(var_4, var_30);
            wp::assign(var_6, var_35);
            wp::assign(var_8, var_42);
            wp::adj_assign(var_8, var_42, adj_8, adj_42);
            wp::adj_assign(var_6, var_35, adj_6, adj_35);
            wp::adj_assign(var_4, var_30, adj_4, adj_30);
            wp::adj_add(var_8, var_41, adj_8, adj_41, adj_42);
            wp::adj_mul(var_40, var_24, adj_40, adj_24, adj_41);
            wp::adj_mul(var_39, var_26, adj_39, adj_26, adj_40);
            wp::adj_mul(var_37, var_24, adj_37, adj_24, adj_38);
            wp::adj_mul(var_36, var_26, adj_36, adj_26, adj_37);
            // adj: w_sum += 0.5 * fmag * r2                                                      <L 54>
            wp::adj_add(var_6, var_34, adj_6, adj_34, adj_35);
            wp::adj_mul(var_33, var_27, adj_33, adj_27, adj_34);
            wp::adj_mul(var_31, var_27, adj_31, adj_27, adj_32);
            // adj: e_sum += 0.5 * e                                                              <L 53>
            wp::adj_add(var_4, var_29, adj_4, adj_29, adj_30);
            wp::adj_mul(var_23, var_26, adj_23, adj_26, adj_29);
            wp::adj_mul(var_23, var_26, adj_23, adj_26, adj_28);
            // adj: f += d * fmag                                                                 <L 52>
            adj_lj_force_energy_0(var_24, var_eps, var_sigma, var_26, var_27, adj_24, adj_eps, adj_sigma, adj_26, adj_27);
            // adj: fmag, e = lj_force_energy(r2, eps, sigma)                                     <L 51>
            if (var_25) {
                // adj: continue                                                                  <L 50>
            }
            // adj: if r2 >= rc2:                                                                 <L 49>
            wp::adj_dot(var_23, var_23, adj_23, adj_23, adj_24);
            // adj: r2 = wp.dot(d, d)                                                             <L 48>
            adj_minimum_image_0(var_21, var_box, adj_21, adj_box, adj_23);
            wp::adj_sub(var_2, var_22, adj_2, adj_20, adj_21);
            wp::adj_address(var_pos, var_18, adj_pos, adj_18, adj_20);
            // adj: d = minimum_image(pi - pos[j], box)                                           <L 47>
            if (var_19) {
                // adj: continue                                                                  <L 46>
            }
            // adj: if i == j:                                                                    <L 45>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_15, adj_15, adj_17);
        wp::adj_extract(var_16, var_14, adj_13, adj_14, adj_15);
        adj_pos.shape = adj_13;
        // adj: for j in range(pos.shape[0]):                                                     <L 44>
        wp::adj_mul(var_11, var_sigma, adj_11, adj_sigma, adj_12);
        wp::adj_mul(var_10, var_sigma, adj_10, adj_sigma, adj_11);
        wp::adj_mul(var_9, var_9, adj_9, adj_9, adj_10);
        // adj: rc2 = CUTOFF * CUTOFF * sigma * sigma                                             <L 43>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: w_sum = float(0.0)                                                                <L 42>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: e_sum = float(0.0)                                                                <L 41>
        // adj: f = wp.vec3()                                                                     <L 40>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_1);
        // adj: pi = pos[i]                                                                       <L 39>
        // adj: i = wp.tid()                                                                      <L 38>
        // adj: def lj_forces(                                                                    <L 29>
        continue;
    }
}



extern "C" __global__ void velocity_verlet_1_b7bc58c4_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::float32 var_mass,
    wp::float32 var_dt,
    wp::float32 var_box)
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
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 2;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        //---------
        // forward
        // def velocity_verlet_1(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), forces: wp.array(dtype=wp.vec3), mass: float, dt: float, box: float):       <L 61>
        // i = wp.tid()                                                                           <L 62>
        var_0 = builtin_tid1d();
        // v = vel[i] + forces[i] * (0.5 * dt / mass)                                             <L 63>
        var_1 = wp::address(var_vel, var_0);
        var_2 = wp::address(var_forces, var_0);
        var_4 = wp::mul(var_3, var_dt);
        var_5 = wp::div(var_4, var_mass);
        var_7 = wp::load(var_2);
        var_6 = wp::mul(var_7, var_5);
        var_9 = wp::load(var_1);
        var_8 = wp::add(var_9, var_6);
        // p = pos[i] + v * dt                                                                    <L 64>
        var_10 = wp::address(var_pos, var_0);
        var_11 = wp::mul(var_8, var_dt);
        var_13 = wp::load(var_10);
        var_12 = wp::add(var_13, var_11);
        // for k in range(3):                                                                     <L 65>
        // p[k] = p[k] - box * wp.floor(p[k] / box)                                               <L 66>
        var_15 = wp::extract(var_12, var_14);
        var_16 = wp::extract(var_12, var_14);
        var_17 = wp::div(var_16, var_box);
        var_18 = wp::floor(var_17);
        var_19 = wp::mul(var_box, var_18);
        var_20 = wp::sub(var_15, var_19);
        wp::assign_inplace(var_12, var_14, var_20);
        var_22 = wp::extract(var_12, var_21);
        var_23 = wp::extract(var_12, var_21);
        var_24 = wp::div(var_23, var_box);
        var_25 = wp::floor(var_24);
        var_26 = wp::mul(var_box, var_25);
        var_27 = wp::sub(var_22, var_26);
        wp::assign_inplace(var_12, var_21, var_27);
        var_29 = wp::extract(var_12, var_28);
        var_30 = wp::extract(var_12, var_28);
        var_31 = wp::div(var_30, var_box);
        var_32 = wp::floor(var_31);
        var_33 = wp::mul(var_box, var_32);
        var_34 = wp::sub(var_29, var_33);
        wp::assign_inplace(var_12, var_28, var_34);
        // pos[i] = p                                                                             <L 67>
        wp::array_store(var_pos, var_0, var_12);
        // vel[i] = v                                                                             <L 68>
        wp::array_store(var_vel, var_0, var_8);
    }
}



extern "C" __global__ void velocity_verlet_1_b7bc58c4_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::float32 var_mass,
    wp::float32 var_dt,
    wp::float32 var_box,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces,
    wp::float32 adj_mass,
    wp::float32 adj_dt,
    wp::float32 adj_box)
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
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 2;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        //---------
        // forward
        // def velocity_verlet_1(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), forces: wp.array(dtype=wp.vec3), mass: float, dt: float, box: float):       <L 61>
        // i = wp.tid()                                                                           <L 62>
        var_0 = builtin_tid1d();
        // v = vel[i] + forces[i] * (0.5 * dt / mass)                                             <L 63>
        var_1 = wp::address(var_vel, var_0);
        var_2 = wp::address(var_forces, var_0);
        var_4 = wp::mul(var_3, var_dt);
        var_5 = wp::div(var_4, var_mass);
        var_7 = wp::load(var_2);
        var_6 = wp::mul(var_7, var_5);
        var_9 = wp::load(var_1);
        var_8 = wp::add(var_9, var_6);
        // p = pos[i] + v * dt                                                                    <L 64>
        var_10 = wp::address(var_pos, var_0);
        var_11 = wp::mul(var_8, var_dt);
        var_13 = wp::load(var_10);
        var_12 = wp::add(var_13, var_11);
        // for k in range(3):                                                                     <L 65>
        // p[k] = p[k] - box * wp.floor(p[k] / box)                                               <L 66>
        var_15 = wp::extract(var_12, var_14);
        var_16 = wp::extract(var_12, var_14);
        var_17 = wp::div(var_16, var_box);
        var_18 = wp::floor(var_17);
        var_19 = wp::mul(var_box, var_18);
        var_20 = wp::sub(var_15, var_19);
        wp::assign_inplace(var_12, var_14, var_20);
        var_22 = wp::extract(var_12, var_21);
        var_23 = wp::extract(var_12, var_21);
        var_24 = wp::div(var_23, var_box);
        var_25 = wp::floor(var_24);
        var_26 = wp::mul(var_box, var_25);
        var_27 = wp::sub(var_22, var_26);
        wp::assign_inplace(var_12, var_21, var_27);
        var_29 = wp::extract(var_12, var_28);
        var_30 = wp::extract(var_12, var_28);
        var_31 = wp::div(var_30, var_box);
        var_32 = wp::floor(var_31);
        var_33 = wp::mul(var_box, var_32);
        var_34 = wp::sub(var_29, var_33);
        wp::assign_inplace(var_12, var_28, var_34);
        // pos[i] = p                                                                             <L 67>
        // wp::array_store(var_pos, var_0, var_12);
        // vel[i] = v                                                                             <L 68>
        // wp::array_store(var_vel, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_vel, var_0, var_8, adj_vel, adj_0, adj_8);
        // adj: vel[i] = v                                                                        <L 68>
        wp::adj_array_store(var_pos, var_0, var_12, adj_pos, adj_0, adj_12);
        // adj: pos[i] = p                                                                        <L 67>
        wp::adj_assign_inplace(var_12, var_28, var_34, adj_12, adj_28, adj_34);
        wp::adj_sub(var_29, var_33, adj_29, adj_33, adj_34);
        wp::adj_mul(var_box, var_32, adj_box, adj_32, adj_33);
        wp::adj_div(var_30, var_box, var_31, adj_30, adj_box, adj_31);
        wp::adj_extract(var_12, var_28, adj_12, adj_28, adj_30);
        wp::adj_extract(var_12, var_28, adj_12, adj_28, adj_29);
        wp::adj_assign_inplace(var_12, var_21, var_27, adj_12, adj_21, adj_27);
        wp::adj_sub(var_22, var_26, adj_22, adj_26, adj_27);
        wp::adj_mul(var_box, var_25, adj_box, adj_25, adj_26);
        wp::adj_div(var_23, var_box, var_24, adj_23, adj_box, adj_24);
        wp::adj_extract(var_12, var_21, adj_12, adj_21, adj_23);
        wp::adj_extract(var_12, var_21, adj_12, adj_21, adj_22);
        wp::adj_assign_inplace(var_12, var_14, var_20, adj_12, adj_14, adj_20);
        wp::adj_sub(var_15, var_19, adj_15, adj_19, adj_20);
        wp::adj_mul(var_box, var_18, adj_box, adj_18, adj_19);
        wp::adj_div(var_16, var_box, var_17, adj_16, adj_box, adj_17);
        wp::adj_extract(var_12, var_14, adj_12, adj_14, adj_16);
        wp::adj_extract(var_12, var_14, adj_12, adj_14, adj_15);
        // adj: p[k] = p[k] - box * wp.floor(p[k] / box)                                          <L 66>
        // adj: for k in range(3):                                                                <L 65>
        wp::adj_add(var_13, var_11, adj_10, adj_11, adj_12);
        wp::adj_mul(var_8, var_dt, adj_8, adj_dt, adj_11);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_10);
        // adj: p = pos[i] + v * dt                                                               <L 64>
        wp::adj_add(var_9, var_6, adj_1, adj_6, adj_8);
        wp::adj_mul(var_7, var_5, adj_2, adj_5, adj_6);
        wp::adj_div(var_4, var_mass, var_5, adj_4, adj_mass, adj_5);
        wp::adj_mul(var_3, var_dt, adj_3, adj_dt, adj_4);
        wp::adj_address(var_forces, var_0, adj_forces, adj_0, adj_2);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_1);
        // adj: v = vel[i] + forces[i] * (0.5 * dt / mass)                                        <L 63>
        // adj: i = wp.tid()                                                                      <L 62>
        // adj: def velocity_verlet_1(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), forces: wp.array(dtype=wp.vec3), mass: float, dt: float, box: float):  <L 61>
        continue;
    }
}



extern "C" __global__ void velocity_verlet_2_2be88495_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::float32 var_mass,
    wp::float32 var_dt,
    wp::array_t<wp::float32> var_kinetic)
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
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        //---------
        // forward
        // def velocity_verlet_2(vel: wp.array(dtype=wp.vec3), forces: wp.array(dtype=wp.vec3), mass: float, dt: float, kinetic: wp.array(dtype=float)):       <L 72>
        // i = wp.tid()                                                                           <L 73>
        var_0 = builtin_tid1d();
        // v = vel[i] + forces[i] * (0.5 * dt / mass)                                             <L 74>
        var_1 = wp::address(var_vel, var_0);
        var_2 = wp::address(var_forces, var_0);
        var_4 = wp::mul(var_3, var_dt);
        var_5 = wp::div(var_4, var_mass);
        var_7 = wp::load(var_2);
        var_6 = wp::mul(var_7, var_5);
        var_9 = wp::load(var_1);
        var_8 = wp::add(var_9, var_6);
        // vel[i] = v                                                                             <L 75>
        wp::array_store(var_vel, var_0, var_8);
        // wp.atomic_add(kinetic, 0, 0.5 * mass * wp.dot(v, v))                                   <L 76>
        var_12 = wp::mul(var_11, var_mass);
        var_13 = wp::dot(var_8, var_8);
        var_14 = wp::mul(var_12, var_13);
        var_15 = wp::atomic_add(var_kinetic, var_10, var_14);
    }
}



extern "C" __global__ void velocity_verlet_2_2be88495_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::float32 var_mass,
    wp::float32 var_dt,
    wp::array_t<wp::float32> var_kinetic,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces,
    wp::float32 adj_mass,
    wp::float32 adj_dt,
    wp::array_t<wp::float32> adj_kinetic)
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
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        //---------
        // forward
        // def velocity_verlet_2(vel: wp.array(dtype=wp.vec3), forces: wp.array(dtype=wp.vec3), mass: float, dt: float, kinetic: wp.array(dtype=float)):       <L 72>
        // i = wp.tid()                                                                           <L 73>
        var_0 = builtin_tid1d();
        // v = vel[i] + forces[i] * (0.5 * dt / mass)                                             <L 74>
        var_1 = wp::address(var_vel, var_0);
        var_2 = wp::address(var_forces, var_0);
        var_4 = wp::mul(var_3, var_dt);
        var_5 = wp::div(var_4, var_mass);
        var_7 = wp::load(var_2);
        var_6 = wp::mul(var_7, var_5);
        var_9 = wp::load(var_1);
        var_8 = wp::add(var_9, var_6);
        // vel[i] = v                                                                             <L 75>
        // wp::array_store(var_vel, var_0, var_8);
        // wp.atomic_add(kinetic, 0, 0.5 * mass * wp.dot(v, v))                                   <L 76>
        var_12 = wp::mul(var_11, var_mass);
        var_13 = wp::dot(var_8, var_8);
        var_14 = wp::mul(var_12, var_13);
        // var_15 = wp::atomic_add(var_kinetic, var_10, var_14);
        //---------
        // reverse
        wp::adj_atomic_add(var_kinetic, var_10, var_14, adj_kinetic, adj_10, adj_14, adj_15);
        wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_dot(var_8, var_8, adj_8, adj_8, adj_13);
        wp::adj_mul(var_11, var_mass, adj_11, adj_mass, adj_12);
        // adj: wp.atomic_add(kinetic, 0, 0.5 * mass * wp.dot(v, v))                              <L 76>
        wp::adj_array_store(var_vel, var_0, var_8, adj_vel, adj_0, adj_8);
        // adj: vel[i] = v                                                                        <L 75>
        wp::adj_add(var_9, var_6, adj_1, adj_6, adj_8);
        wp::adj_mul(var_7, var_5, adj_2, adj_5, adj_6);
        wp::adj_div(var_4, var_mass, var_5, adj_4, adj_mass, adj_5);
        wp::adj_mul(var_3, var_dt, adj_3, adj_dt, adj_4);
        wp::adj_address(var_forces, var_0, adj_forces, adj_0, adj_2);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_1);
        // adj: v = vel[i] + forces[i] * (0.5 * dt / mass)                                        <L 74>
        // adj: i = wp.tid()                                                                      <L 73>
        // adj: def velocity_verlet_2(vel: wp.array(dtype=wp.vec3), forces: wp.array(dtype=wp.vec3), mass: float, dt: float, kinetic: wp.array(dtype=float)):  <L 72>
        continue;
    }
}



extern "C" __global__ void berendsen_thermostat_b7a7325b_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_kinetic,
    wp::int32 var_n,
    wp::float32 var_target_temp,
    wp::float32 var_tau,
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
        const wp::float32 var_1 = 2.0;
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 3.0;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        bool var_11;
        const wp::float32 var_12 = 1.0;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        const wp::float32 var_21 = 0.8;
        const wp::float32 var_22 = 1.25;
        wp::float32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // forward
        // def berendsen_thermostat(vel: wp.array(dtype=wp.vec3), kinetic: wp.array(dtype=float), n: int, target_temp: float, tau: float, dt: float):       <L 80>
        // i = wp.tid()                                                                           <L 81>
        var_0 = builtin_tid1d();
        // temp = 2.0 * kinetic[0] / (3.0 * float(n))                                             <L 82>
        var_3 = wp::address(var_kinetic, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::mul(var_1, var_5);
        var_7 = wp::float(var_n);
        var_8 = wp::mul(var_6, var_7);
        var_9 = wp::div(var_4, var_8);
        // if temp <= 0.0:                                                                        <L 83>
        var_11 = (var_9 <= var_10);
        if (var_11) {
            // return                                                                             <L 84>
            continue;
        }
        // lam = wp.sqrt(1.0 + dt / tau * (target_temp / temp - 1.0))                             <L 85>
        var_13 = wp::div(var_dt, var_tau);
        var_14 = wp::div(var_target_temp, var_9);
        var_16 = wp::sub(var_14, var_15);
        var_17 = wp::mul(var_13, var_16);
        var_18 = wp::add(var_12, var_17);
        var_19 = wp::sqrt(var_18);
        // vel[i] = vel[i] * wp.clamp(lam, 0.8, 1.25)                                             <L 86>
        var_20 = wp::address(var_vel, var_0);
        var_23 = wp::clamp(var_19, var_21, var_22);
        var_25 = wp::load(var_20);
        var_24 = wp::mul(var_25, var_23);
        wp::array_store(var_vel, var_0, var_24);
    }
}



extern "C" __global__ void berendsen_thermostat_b7a7325b_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_kinetic,
    wp::int32 var_n,
    wp::float32 var_target_temp,
    wp::float32 var_tau,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::float32> adj_kinetic,
    wp::int32 adj_n,
    wp::float32 adj_target_temp,
    wp::float32 adj_tau,
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
        const wp::float32 var_1 = 2.0;
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 3.0;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        bool var_11;
        const wp::float32 var_12 = 1.0;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        const wp::float32 var_21 = 0.8;
        const wp::float32 var_22 = 1.25;
        wp::float32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        //---------
        // forward
        // def berendsen_thermostat(vel: wp.array(dtype=wp.vec3), kinetic: wp.array(dtype=float), n: int, target_temp: float, tau: float, dt: float):       <L 80>
        // i = wp.tid()                                                                           <L 81>
        var_0 = builtin_tid1d();
        // temp = 2.0 * kinetic[0] / (3.0 * float(n))                                             <L 82>
        var_3 = wp::address(var_kinetic, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::mul(var_1, var_5);
        var_7 = wp::float(var_n);
        var_8 = wp::mul(var_6, var_7);
        var_9 = wp::div(var_4, var_8);
        // if temp <= 0.0:                                                                        <L 83>
        var_11 = (var_9 <= var_10);
        if (var_11) {
            // return                                                                             <L 84>
            goto label0;
        }
        // lam = wp.sqrt(1.0 + dt / tau * (target_temp / temp - 1.0))                             <L 85>
        var_13 = wp::div(var_dt, var_tau);
        var_14 = wp::div(var_target_temp, var_9);
        var_16 = wp::sub(var_14, var_15);
        var_17 = wp::mul(var_13, var_16);
        var_18 = wp::add(var_12, var_17);
        var_19 = wp::sqrt(var_18);
        // vel[i] = vel[i] * wp.clamp(lam, 0.8, 1.25)                                             <L 86>
        var_20 = wp::address(var_vel, var_0);
        var_23 = wp::clamp(var_19, var_21, var_22);
        var_25 = wp::load(var_20);
        var_24 = wp::mul(var_25, var_23);
        // wp::array_store(var_vel, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_vel, var_0, var_24, adj_vel, adj_0, adj_24);
        wp::adj_mul(var_25, var_23, adj_20, adj_23, adj_24);
        wp::adj_clamp(var_19, var_21, var_22, adj_19, adj_21, adj_22, adj_23);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_20);
        // adj: vel[i] = vel[i] * wp.clamp(lam, 0.8, 1.25)                                        <L 86>
        wp::adj_sqrt(var_18, var_19, adj_18, adj_19);
        wp::adj_add(var_12, var_17, adj_12, adj_17, adj_18);
        wp::adj_mul(var_13, var_16, adj_13, adj_16, adj_17);
        wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_div(var_target_temp, var_9, var_14, adj_target_temp, adj_9, adj_14);
        wp::adj_div(var_dt, var_tau, var_13, adj_dt, adj_tau, adj_13);
        // adj: lam = wp.sqrt(1.0 + dt / tau * (target_temp / temp - 1.0))                        <L 85>
        if (var_11) {
            label0:;
            // adj: return                                                                        <L 84>
        }
        // adj: if temp <= 0.0:                                                                   <L 83>
        wp::adj_div(var_4, var_8, var_9, adj_4, adj_8, adj_9);
        wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_float(var_n, adj_n, adj_7);
        wp::adj_mul(var_1, var_5, adj_1, adj_3, adj_4);
        wp::adj_address(var_kinetic, var_2, adj_kinetic, adj_2, adj_3);
        // adj: temp = 2.0 * kinetic[0] / (3.0 * float(n))                                        <L 82>
        // adj: i = wp.tid()                                                                      <L 81>
        // adj: def berendsen_thermostat(vel: wp.array(dtype=wp.vec3), kinetic: wp.array(dtype=float), n: int, target_temp: float, tau: float, dt: float):  <L 80>
        continue;
    }
}



extern "C" __global__ void radial_distribution_77bb5f04_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::float32 var_box,
    wp::float32 var_dr,
    wp::array_t<wp::int32> var_hist)
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
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::int32 var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        wp::shape_t var_15;
        bool var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        //---------
        // forward
        // def radial_distribution(pos: wp.array(dtype=wp.vec3), box: float, dr: float, hist: wp.array(dtype=int)):       <L 90>
        // i, j = wp.tid()                                                                        <L 91>
        builtin_tid2d(var_0, var_1);
        // if j <= i:                                                                             <L 92>
        var_2 = (var_1 <= var_0);
        if (var_2) {
            // return                                                                             <L 93>
            continue;
        }
        // d = minimum_image(pos[i] - pos[j], box)                                                <L 94>
        var_3 = wp::address(var_pos, var_0);
        var_4 = wp::address(var_pos, var_1);
        var_6 = wp::load(var_3);
        var_7 = wp::load(var_4);
        var_5 = wp::sub(var_6, var_7);
        var_8 = minimum_image_0(var_5, var_box);
        // r = wp.length(d)                                                                       <L 95>
        var_9 = wp::length(var_8);
        // b = int(r / dr)                                                                        <L 96>
        var_10 = wp::div(var_9, var_dr);
        var_11 = wp::int(var_10);
        // if b < hist.shape[0]:                                                                  <L 97>
        var_12 = &(var_hist.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_16 = (var_11 < var_14);
        if (var_16) {
            // wp.atomic_add(hist, b, 2)                                                          <L 98>
            var_18 = wp::atomic_add(var_hist, var_11, var_17);
        }
    }
}



extern "C" __global__ void radial_distribution_77bb5f04_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::float32 var_box,
    wp::float32 var_dr,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::float32 adj_box,
    wp::float32 adj_dr,
    wp::array_t<wp::int32> adj_hist)
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
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::int32 var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        wp::shape_t var_15;
        bool var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::shape_t adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        //---------
        // forward
        // def radial_distribution(pos: wp.array(dtype=wp.vec3), box: float, dr: float, hist: wp.array(dtype=int)):       <L 90>
        // i, j = wp.tid()                                                                        <L 91>
        builtin_tid2d(var_0, var_1);
        // if j <= i:                                                                             <L 92>
        var_2 = (var_1 <= var_0);
        if (var_2) {
            // return                                                                             <L 93>
            goto label0;
        }
        // d = minimum_image(pos[i] - pos[j], box)                                                <L 94>
        var_3 = wp::address(var_pos, var_0);
        var_4 = wp::address(var_pos, var_1);
        var_6 = wp::load(var_3);
        var_7 = wp::load(var_4);
        var_5 = wp::sub(var_6, var_7);
        var_8 = minimum_image_0(var_5, var_box);
        // r = wp.length(d)                                                                       <L 95>
        var_9 = wp::length(var_8);
        // b = int(r / dr)                                                                        <L 96>
        var_10 = wp::div(var_9, var_dr);
        var_11 = wp::int(var_10);
        // if b < hist.shape[0]:                                                                  <L 97>
        var_12 = &(var_hist.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_16 = (var_11 < var_14);
        if (var_16) {
            // wp.atomic_add(hist, b, 2)                                                          <L 98>
            // var_18 = wp::atomic_add(var_hist, var_11, var_17);
        }
        //---------
        // reverse
        if (var_16) {
            wp::adj_atomic_add(var_hist, var_11, var_17, adj_hist, adj_11, adj_17, adj_18);
            // adj: wp.atomic_add(hist, b, 2)                                                     <L 98>
        }
        wp::adj_extract(var_15, var_13, adj_12, adj_13, adj_14);
        adj_hist.shape = adj_12;
        // adj: if b < hist.shape[0]:                                                             <L 97>
        wp::adj_int(var_10, adj_10, adj_11);
        wp::adj_div(var_9, var_dr, var_10, adj_9, adj_dr, adj_10);
        // adj: b = int(r / dr)                                                                   <L 96>
        wp::adj_length(var_8, var_9, adj_8, adj_9);
        // adj: r = wp.length(d)                                                                  <L 95>
        adj_minimum_image_0(var_5, var_box, adj_5, adj_box, adj_8);
        wp::adj_sub(var_6, var_7, adj_3, adj_4, adj_5);
        wp::adj_address(var_pos, var_1, adj_pos, adj_1, adj_4);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_3);
        // adj: d = minimum_image(pos[i] - pos[j], box)                                           <L 94>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 93>
        }
        // adj: if j <= i:                                                                        <L 92>
        // adj: i, j = wp.tid()                                                                   <L 91>
        // adj: def radial_distribution(pos: wp.array(dtype=wp.vec3), box: float, dr: float, hist: wp.array(dtype=int)):  <L 90>
        continue;
    }
}

