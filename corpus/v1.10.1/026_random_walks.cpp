
#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// corpus/026_random_walks.py:6
static wp::vec_t<3, wp::float32> reflect_into_box_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_lo,
    wp::float32 var_hi)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    bool var_3;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    bool var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    bool var_16;
    const wp::float32 var_17 = 2.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    bool var_22;
    const wp::float32 var_23 = 2.0;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 2;
    wp::float32 var_28;
    bool var_29;
    const wp::float32 var_30 = 2.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    bool var_35;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    //---------
    // forward
    // def reflect_into_box(p: wp.vec3, lo: float, hi: float) -> wp.vec3:                     <L 7>
    // r = p                                                                                  <L 8>
    var_0 = wp::copy(var_p);
    // for k in range(3):                                                                     <L 9>
    // if r[k] < lo:                                                                          <L 10>
    var_2 = wp::extract(var_0, var_1);
    var_3 = (var_2 < var_lo);
    if (var_3) {
        // r[k] = 2.0 * lo - r[k]                                                             <L 11>
        var_5 = wp::mul(var_4, var_lo);
        var_6 = wp::extract(var_0, var_1);
        var_7 = wp::sub(var_5, var_6);
        wp::assign_inplace(var_0, var_1, var_7);
    }
    if (!var_3) {
        // elif r[k] > hi:                                                                    <L 12>
        var_8 = wp::extract(var_0, var_1);
        var_9 = (var_8 > var_hi);
        if (var_9) {
            // r[k] = 2.0 * hi - r[k]                                                         <L 13>
            var_11 = wp::mul(var_10, var_hi);
            var_12 = wp::extract(var_0, var_1);
            var_13 = wp::sub(var_11, var_12);
            wp::assign_inplace(var_0, var_1, var_13);
        }
    }
    // if r[k] < lo:                                                                          <L 10>
    var_15 = wp::extract(var_0, var_14);
    var_16 = (var_15 < var_lo);
    if (var_16) {
        // r[k] = 2.0 * lo - r[k]                                                             <L 11>
        var_18 = wp::mul(var_17, var_lo);
        var_19 = wp::extract(var_0, var_14);
        var_20 = wp::sub(var_18, var_19);
        wp::assign_inplace(var_0, var_14, var_20);
    }
    if (!var_16) {
        // elif r[k] > hi:                                                                    <L 12>
        var_21 = wp::extract(var_0, var_14);
        var_22 = (var_21 > var_hi);
        if (var_22) {
            // r[k] = 2.0 * hi - r[k]                                                         <L 13>
            var_24 = wp::mul(var_23, var_hi);
            var_25 = wp::extract(var_0, var_14);
            var_26 = wp::sub(var_24, var_25);
            wp::assign_inplace(var_0, var_14, var_26);
        }
    }
    // if r[k] < lo:                                                                          <L 10>
    var_28 = wp::extract(var_0, var_27);
    var_29 = (var_28 < var_lo);
    if (var_29) {
        // r[k] = 2.0 * lo - r[k]                                                             <L 11>
        var_31 = wp::mul(var_30, var_lo);
        var_32 = wp::extract(var_0, var_27);
        var_33 = wp::sub(var_31, var_32);
        wp::assign_inplace(var_0, var_27, var_33);
    }
    if (!var_29) {
        // elif r[k] > hi:                                                                    <L 12>
        var_34 = wp::extract(var_0, var_27);
        var_35 = (var_34 > var_hi);
        if (var_35) {
            // r[k] = 2.0 * hi - r[k]                                                         <L 13>
            var_37 = wp::mul(var_36, var_hi);
            var_38 = wp::extract(var_0, var_27);
            var_39 = wp::sub(var_37, var_38);
            wp::assign_inplace(var_0, var_27, var_39);
        }
    }
    // return r                                                                               <L 14>
    return var_0;
}


// corpus/026_random_walks.py:6
static void adj_reflect_into_box_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_lo,
    wp::float32 var_hi,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_lo,
    wp::float32 & adj_hi,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    bool var_3;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    bool var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    bool var_16;
    const wp::float32 var_17 = 2.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    bool var_22;
    const wp::float32 var_23 = 2.0;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 2;
    wp::float32 var_28;
    bool var_29;
    const wp::float32 var_30 = 2.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    bool var_35;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    //---------
    // forward
    // def reflect_into_box(p: wp.vec3, lo: float, hi: float) -> wp.vec3:                     <L 7>
    // r = p                                                                                  <L 8>
    var_0 = wp::copy(var_p);
    // for k in range(3):                                                                     <L 9>
    // if r[k] < lo:                                                                          <L 10>
    var_2 = wp::extract(var_0, var_1);
    var_3 = (var_2 < var_lo);
    if (var_3) {
        // r[k] = 2.0 * lo - r[k]                                                             <L 11>
        var_5 = wp::mul(var_4, var_lo);
        var_6 = wp::extract(var_0, var_1);
        var_7 = wp::sub(var_5, var_6);
        wp::assign_inplace(var_0, var_1, var_7);
    }
    if (!var_3) {
        // elif r[k] > hi:                                                                    <L 12>
        var_8 = wp::extract(var_0, var_1);
        var_9 = (var_8 > var_hi);
        if (var_9) {
            // r[k] = 2.0 * hi - r[k]                                                         <L 13>
            var_11 = wp::mul(var_10, var_hi);
            var_12 = wp::extract(var_0, var_1);
            var_13 = wp::sub(var_11, var_12);
            wp::assign_inplace(var_0, var_1, var_13);
        }
    }
    // if r[k] < lo:                                                                          <L 10>
    var_15 = wp::extract(var_0, var_14);
    var_16 = (var_15 < var_lo);
    if (var_16) {
        // r[k] = 2.0 * lo - r[k]                                                             <L 11>
        var_18 = wp::mul(var_17, var_lo);
        var_19 = wp::extract(var_0, var_14);
        var_20 = wp::sub(var_18, var_19);
        wp::assign_inplace(var_0, var_14, var_20);
    }
    if (!var_16) {
        // elif r[k] > hi:                                                                    <L 12>
        var_21 = wp::extract(var_0, var_14);
        var_22 = (var_21 > var_hi);
        if (var_22) {
            // r[k] = 2.0 * hi - r[k]                                                         <L 13>
            var_24 = wp::mul(var_23, var_hi);
            var_25 = wp::extract(var_0, var_14);
            var_26 = wp::sub(var_24, var_25);
            wp::assign_inplace(var_0, var_14, var_26);
        }
    }
    // if r[k] < lo:                                                                          <L 10>
    var_28 = wp::extract(var_0, var_27);
    var_29 = (var_28 < var_lo);
    if (var_29) {
        // r[k] = 2.0 * lo - r[k]                                                             <L 11>
        var_31 = wp::mul(var_30, var_lo);
        var_32 = wp::extract(var_0, var_27);
        var_33 = wp::sub(var_31, var_32);
        wp::assign_inplace(var_0, var_27, var_33);
    }
    if (!var_29) {
        // elif r[k] > hi:                                                                    <L 12>
        var_34 = wp::extract(var_0, var_27);
        var_35 = (var_34 > var_hi);
        if (var_35) {
            // r[k] = 2.0 * hi - r[k]                                                         <L 13>
            var_37 = wp::mul(var_36, var_hi);
            var_38 = wp::extract(var_0, var_27);
            var_39 = wp::sub(var_37, var_38);
            wp::assign_inplace(var_0, var_27, var_39);
        }
    }
    // return r                                                                               <L 14>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return r                                                                          <L 14>
    if (!var_29) {
        if (var_35) {
            wp::adj_assign_inplace(var_0, var_27, var_39, adj_0, adj_27, adj_39);
            wp::adj_sub(var_37, var_38, adj_37, adj_38, adj_39);
            wp::adj_extract(var_0, var_27, adj_0, adj_27, adj_38);
            wp::adj_mul(var_36, var_hi, adj_36, adj_hi, adj_37);
            // adj: r[k] = 2.0 * hi - r[k]                                                    <L 13>
        }
        wp::adj_extract(var_0, var_27, adj_0, adj_27, adj_34);
        // adj: elif r[k] > hi:                                                               <L 12>
    }
    if (var_29) {
        wp::adj_assign_inplace(var_0, var_27, var_33, adj_0, adj_27, adj_33);
        wp::adj_sub(var_31, var_32, adj_31, adj_32, adj_33);
        wp::adj_extract(var_0, var_27, adj_0, adj_27, adj_32);
        wp::adj_mul(var_30, var_lo, adj_30, adj_lo, adj_31);
        // adj: r[k] = 2.0 * lo - r[k]                                                        <L 11>
    }
    wp::adj_extract(var_0, var_27, adj_0, adj_27, adj_28);
    // adj: if r[k] < lo:                                                                     <L 10>
    if (!var_16) {
        if (var_22) {
            wp::adj_assign_inplace(var_0, var_14, var_26, adj_0, adj_14, adj_26);
            wp::adj_sub(var_24, var_25, adj_24, adj_25, adj_26);
            wp::adj_extract(var_0, var_14, adj_0, adj_14, adj_25);
            wp::adj_mul(var_23, var_hi, adj_23, adj_hi, adj_24);
            // adj: r[k] = 2.0 * hi - r[k]                                                    <L 13>
        }
        wp::adj_extract(var_0, var_14, adj_0, adj_14, adj_21);
        // adj: elif r[k] > hi:                                                               <L 12>
    }
    if (var_16) {
        wp::adj_assign_inplace(var_0, var_14, var_20, adj_0, adj_14, adj_20);
        wp::adj_sub(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_extract(var_0, var_14, adj_0, adj_14, adj_19);
        wp::adj_mul(var_17, var_lo, adj_17, adj_lo, adj_18);
        // adj: r[k] = 2.0 * lo - r[k]                                                        <L 11>
    }
    wp::adj_extract(var_0, var_14, adj_0, adj_14, adj_15);
    // adj: if r[k] < lo:                                                                     <L 10>
    if (!var_3) {
        if (var_9) {
            wp::adj_assign_inplace(var_0, var_1, var_13, adj_0, adj_1, adj_13);
            wp::adj_sub(var_11, var_12, adj_11, adj_12, adj_13);
            wp::adj_extract(var_0, var_1, adj_0, adj_1, adj_12);
            wp::adj_mul(var_10, var_hi, adj_10, adj_hi, adj_11);
            // adj: r[k] = 2.0 * hi - r[k]                                                    <L 13>
        }
        wp::adj_extract(var_0, var_1, adj_0, adj_1, adj_8);
        // adj: elif r[k] > hi:                                                               <L 12>
    }
    if (var_3) {
        wp::adj_assign_inplace(var_0, var_1, var_7, adj_0, adj_1, adj_7);
        wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_extract(var_0, var_1, adj_0, adj_1, adj_6);
        wp::adj_mul(var_4, var_lo, adj_4, adj_lo, adj_5);
        // adj: r[k] = 2.0 * lo - r[k]                                                        <L 11>
    }
    wp::adj_extract(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: if r[k] < lo:                                                                     <L 10>
    // adj: for k in range(3):                                                                <L 9>
    wp::adj_copy(var_p, adj_p, adj_0);
    // adj: r = p                                                                             <L 8>
    // adj: def reflect_into_box(p: wp.vec3, lo: float, hi: float) -> wp.vec3:                <L 7>
    return;
}

struct wp_args_brownian_motion_80c0a6cd {
    wp::int32 seed;
    wp::array_t<wp::vec_t<3, wp::float32>> pos;
    wp::float32 sigma;
    wp::float32 lo;
    wp::float32 hi;
    wp::array_t<wp::float32> msd;
};


void brownian_motion_80c0a6cd_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_brownian_motion_80c0a6cd *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos = _wp_args->pos;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::float32 var_lo = _wp_args->lo;
    wp::float32 var_hi = _wp_args->hi;
    wp::array_t<wp::float32> var_msd = _wp_args->msd;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 32;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 0;
    wp::float32 var_18;
    wp::float32 var_19;
    //---------
    // forward
    // def brownian_motion(seed: int, pos: wp.array(dtype=wp.vec3), sigma: float, lo: float, hi: float, msd: wp.array(dtype=float)):       <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 20>
    var_1 = wp::rand_init(var_seed, var_0);
    // p0 = pos[i]                                                                            <L 21>
    var_2 = wp::address(var_pos, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // p = p0                                                                                 <L 22>
    var_5 = wp::copy(var_3);
    // for s in range(NUM_STEPS):                                                             <L 23>
    var_7 = wp::range(var_6);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
        // step = wp.vec3(wp.randn(state), wp.randn(state), wp.randn(state)) * sigma          <L 24>
        var_9 = wp::randn(var_1);
        var_10 = wp::randn(var_1);
        var_11 = wp::randn(var_1);
        var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
        var_13 = wp::mul(var_12, var_sigma);
        // p = reflect_into_box(p + step, lo, hi)                                             <L 25>
        var_14 = wp::add(var_5, var_13);
        var_15 = reflect_into_box_0(var_14, var_lo, var_hi);
        wp::assign(var_5, var_15);
        goto start_for_0;
    end_for_0:;
    // pos[i] = p                                                                             <L 26>
    wp::array_store(var_pos, var_0, var_5);
    // d = p - p0                                                                             <L 27>
    var_16 = wp::sub(var_5, var_3);
    // wp.atomic_add(msd, 0, wp.dot(d, d))                                                    <L 28>
    var_18 = wp::dot(var_16, var_16);
    var_19 = wp::atomic_add(var_msd, var_17, var_18);
}



void brownian_motion_80c0a6cd_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_brownian_motion_80c0a6cd *_wp_args,
    wp_args_brownian_motion_80c0a6cd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos = _wp_args->pos;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::float32 var_lo = _wp_args->lo;
    wp::float32 var_hi = _wp_args->hi;
    wp::array_t<wp::float32> var_msd = _wp_args->msd;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos = _wp_adj_args->pos;
    wp::float32 adj_sigma = _wp_adj_args->sigma;
    wp::float32 adj_lo = _wp_adj_args->lo;
    wp::float32 adj_hi = _wp_adj_args->hi;
    wp::array_t<wp::float32> adj_msd = _wp_adj_args->msd;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 32;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 0;
    wp::float32 var_18;
    wp::float32 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::range_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    //---------
    // forward
    // def brownian_motion(seed: int, pos: wp.array(dtype=wp.vec3), sigma: float, lo: float, hi: float, msd: wp.array(dtype=float)):       <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 20>
    var_1 = wp::rand_init(var_seed, var_0);
    // p0 = pos[i]                                                                            <L 21>
    var_2 = wp::address(var_pos, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // p = p0                                                                                 <L 22>
    var_5 = wp::copy(var_3);
    // for s in range(NUM_STEPS):                                                             <L 23>
    var_7 = wp::range(var_6);
    // pos[i] = p                                                                             <L 26>
    // wp::array_store(var_pos, var_0, var_5);
    // d = p - p0                                                                             <L 27>
    var_16 = wp::sub(var_5, var_3);
    // wp.atomic_add(msd, 0, wp.dot(d, d))                                                    <L 28>
    var_18 = wp::dot(var_16, var_16);
    // var_19 = wp::atomic_add(var_msd, var_17, var_18);
    //---------
    // reverse
    wp::adj_atomic_add(var_msd, var_17, var_18, adj_msd, adj_17, adj_18, adj_19);
    wp::adj_dot(var_16, var_16, adj_16, adj_16, adj_18);
    // adj: wp.atomic_add(msd, 0, wp.dot(d, d))                                               <L 28>
    wp::adj_sub(var_5, var_3, adj_5, adj_3, adj_16);
    // adj: d = p - p0                                                                        <L 27>
    wp::adj_array_store(var_pos, var_0, var_5, adj_pos, adj_0, adj_5);
    // adj: pos[i] = p                                                                        <L 26>
    var_7 = wp::iter_reverse(var_7);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
        // step = wp.vec3(wp.randn(state), wp.randn(state), wp.randn(state)) * sigma          <L 24>
        var_9 = wp::randn(var_1);
        var_10 = wp::randn(var_1);
        var_11 = wp::randn(var_1);
        var_12 = wp::vec_t<3, wp::float32>(var_9, var_10, var_11);
        var_13 = wp::mul(var_12, var_sigma);
        // p = reflect_into_box(p + step, lo, hi)                                             <L 25>
        var_14 = wp::add(var_5, var_13);
        var_15 = reflect_into_box_0(var_14, var_lo, var_hi);
        wp::assign(var_5, var_15);
        wp::adj_assign(var_5, var_15, adj_5, adj_15);
        adj_reflect_into_box_0(var_14, var_lo, var_hi, adj_14, adj_lo, adj_hi, adj_15);
        wp::adj_add(var_5, var_13, adj_5, adj_13, adj_14);
        // adj: p = reflect_into_box(p + step, lo, hi)                                        <L 25>
        wp::adj_mul(var_12, var_sigma, adj_12, adj_sigma, adj_13);
        wp::adj_vec_t(var_9, var_10, var_11, adj_9, adj_10, adj_11, adj_12);
        // adj: step = wp.vec3(wp.randn(state), wp.randn(state), wp.randn(state)) * sigma     <L 24>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_6, adj_6, adj_7);
    // adj: for s in range(NUM_STEPS):                                                        <L 23>
    wp::adj_copy(var_3, adj_3, adj_5);
    // adj: p = p0                                                                            <L 22>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_2);
    // adj: p0 = pos[i]                                                                       <L 21>
    // adj: state = wp.rand_init(seed, i)                                                     <L 20>
    // adj: i = wp.tid()                                                                      <L 19>
    // adj: def brownian_motion(seed: int, pos: wp.array(dtype=wp.vec3), sigma: float, lo: float, hi: float, msd: wp.array(dtype=float)):  <L 18>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void brownian_motion_80c0a6cd_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_brownian_motion_80c0a6cd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        brownian_motion_80c0a6cd_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void brownian_motion_80c0a6cd_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_brownian_motion_80c0a6cd *_wp_args,
    wp_args_brownian_motion_80c0a6cd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        brownian_motion_80c0a6cd_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_lattice_walk_e810623f {
    wp::int32 seed;
    wp::int32 width;
    wp::int32 height;
    wp::int32 steps;
    wp::array_t<wp::int32> visits;
    wp::array_t<wp::vec_t<2, wp::int32>> final;
};


void lattice_walk_e810623f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_lattice_walk_e810623f *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_width = _wp_args->width;
    wp::int32 var_height = _wp_args->height;
    wp::int32 var_steps = _wp_args->steps;
    wp::array_t<wp::int32> var_visits = _wp_args->visits;
    wp::array_t<wp::vec_t<2, wp::int32>> var_final = _wp_args->final;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 2;
    wp::int32 var_3;
    const wp::int32 var_4 = 2;
    wp::int32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 4;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    bool var_12;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    bool var_18;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 2;
    bool var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::int32 var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::vec_t<2, wp::int32> var_42;
    //---------
    // forward
    // def lattice_walk(seed: int, width: int, height: int, steps: int, visits: wp.array2d(dtype=int), final: wp.array(dtype=wp.vec2i)):       <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 34>
    var_1 = wp::rand_init(var_seed, var_0);
    // x = width // 2                                                                         <L 35>
    var_3 = wp::floordiv(var_width, var_2);
    // y = height // 2                                                                        <L 36>
    var_5 = wp::floordiv(var_height, var_4);
    // for s in range(steps):                                                                 <L 37>
    var_6 = wp::range(var_steps);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // dir = wp.randi(state, 0, 4)                                                        <L 38>
        var_10 = wp::randi(var_1, var_8, var_9);
        // if dir == 0:                                                                       <L 39>
        var_12 = (var_10 == var_11);
        if (var_12) {
            // x += 1                                                                         <L 40>
            var_15 = wp::add(var_3, var_14);
        }
        var_16 = wp::where(var_12, var_15, var_3);
        if (!var_12) {
            // elif dir == 1:                                                                 <L 41>
            var_18 = (var_10 == var_17);
            if (var_18) {
                // x -= 1                                                                     <L 42>
                var_21 = wp::sub(var_16, var_20);
            }
            var_22 = wp::where(var_18, var_21, var_16);
            if (!var_18) {
                // elif dir == 2:                                                             <L 43>
                var_24 = (var_10 == var_23);
                if (var_24) {
                    // y += 1                                                                 <L 44>
                    var_27 = wp::add(var_5, var_26);
                }
                var_28 = wp::where(var_24, var_27, var_5);
                if (!var_24) {
                    // y -= 1                                                                 <L 46>
                    var_31 = wp::sub(var_28, var_30);
                }
                var_32 = wp::where(var_24, var_28, var_31);
            }
            var_33 = wp::where(var_18, var_5, var_32);
        }
        var_34 = wp::where(var_12, var_16, var_22);
        var_35 = wp::where(var_12, var_5, var_33);
        // x = (x + width) % width                                                            <L 47>
        var_36 = wp::add(var_34, var_width);
        var_37 = wp::mod(var_36, var_width);
        // y = (y + height) % height                                                          <L 48>
        var_38 = wp::add(var_35, var_height);
        var_39 = wp::mod(var_38, var_height);
        // wp.atomic_add(visits, y, x, 1)                                                     <L 49>
        var_41 = wp::atomic_add(var_visits, var_39, var_37, var_40);
        wp::assign(var_3, var_37);
        wp::assign(var_5, var_39);
        goto start_for_0;
    end_for_0:;
    // final[i] = wp.vec2i(x, y)                                                              <L 50>
    var_42 = wp::vec_t<2, wp::int32>(var_3, var_5);
    wp::array_store(var_final, var_0, var_42);
}



void lattice_walk_e810623f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_lattice_walk_e810623f *_wp_args,
    wp_args_lattice_walk_e810623f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_width = _wp_args->width;
    wp::int32 var_height = _wp_args->height;
    wp::int32 var_steps = _wp_args->steps;
    wp::array_t<wp::int32> var_visits = _wp_args->visits;
    wp::array_t<wp::vec_t<2, wp::int32>> var_final = _wp_args->final;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::int32 adj_width = _wp_adj_args->width;
    wp::int32 adj_height = _wp_adj_args->height;
    wp::int32 adj_steps = _wp_adj_args->steps;
    wp::array_t<wp::int32> adj_visits = _wp_adj_args->visits;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_final = _wp_adj_args->final;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 2;
    wp::int32 var_3;
    const wp::int32 var_4 = 2;
    wp::int32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 4;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    bool var_12;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    bool var_18;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 2;
    bool var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::int32 var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::vec_t<2, wp::int32> var_42;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::vec_t<2, wp::int32> adj_42 = {};
    //---------
    // forward
    // def lattice_walk(seed: int, width: int, height: int, steps: int, visits: wp.array2d(dtype=int), final: wp.array(dtype=wp.vec2i)):       <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 34>
    var_1 = wp::rand_init(var_seed, var_0);
    // x = width // 2                                                                         <L 35>
    var_3 = wp::floordiv(var_width, var_2);
    // y = height // 2                                                                        <L 36>
    var_5 = wp::floordiv(var_height, var_4);
    // for s in range(steps):                                                                 <L 37>
    var_6 = wp::range(var_steps);
    // final[i] = wp.vec2i(x, y)                                                              <L 50>
    var_42 = wp::vec_t<2, wp::int32>(var_3, var_5);
    // wp::array_store(var_final, var_0, var_42);
    //---------
    // reverse
    wp::adj_array_store(var_final, var_0, var_42, adj_final, adj_0, adj_42);
    wp::adj_vec_t(var_3, var_5, adj_3, adj_5, adj_42);
    // adj: final[i] = wp.vec2i(x, y)                                                         <L 50>
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
        // dir = wp.randi(state, 0, 4)                                                        <L 38>
        var_10 = wp::randi(var_1, var_8, var_9);
        // if dir == 0:                                                                       <L 39>
        var_12 = (var_10 == var_11);
        if (var_12) {
            // x += 1                                                                         <L 40>
            var_15 = wp::add(var_3, var_14);
        }
        var_16 = wp::where(var_12, var_15, var_3);
        if (!var_12) {
            // elif dir == 1:                                                                 <L 41>
            var_18 = (var_10 == var_17);
            if (var_18) {
                // x -= 1                                                                     <L 42>
                var_21 = wp::sub(var_16, var_20);
            }
            var_22 = wp::where(var_18, var_21, var_16);
            if (!var_18) {
                // elif dir == 2:                                                             <L 43>
                var_24 = (var_10 == var_23);
                if (var_24) {
                    // y += 1                                                                 <L 44>
                    var_27 = wp::add(var_5, var_26);
                }
                var_28 = wp::where(var_24, var_27, var_5);
                if (!var_24) {
                    // y -= 1                                                                 <L 46>
                    var_31 = wp::sub(var_28, var_30);
                }
                var_32 = wp::where(var_24, var_28, var_31);
            }
            var_33 = wp::where(var_18, var_5, var_32);
        }
        var_34 = wp::where(var_12, var_16, var_22);
        var_35 = wp::where(var_12, var_5, var_33);
        // x = (x + width) % width                                                            <L 47>
        var_36 = wp::add(var_34, var_width);
        var_37 = wp::mod(var_36, var_width);
        // y = (y + height) % height                                                          <L 48>
        var_38 = wp::add(var_35, var_height);
        var_39 = wp::mod(var_38, var_height);
        // wp.atomic_add(visits, y, x, 1)                                                     <L 49>
        // var_41 = wp::atomic_add(var_visits, var_39, var_37, var_40);
        wp::assign(var_3, var_37);
        wp::assign(var_5, var_39);
        wp::adj_assign(var_5, var_39, adj_5, adj_39);
        wp::adj_assign(var_3, var_37, adj_3, adj_37);
        wp::adj_atomic_add(var_visits, var_39, var_37, var_40, adj_visits, adj_39, adj_37, adj_40, adj_41);
        // adj: wp.atomic_add(visits, y, x, 1)                                                <L 49>
        wp::adj_mod(var_38, var_height, adj_38, adj_height, adj_39);
        wp::adj_add(var_35, var_height, adj_35, adj_height, adj_38);
        // adj: y = (y + height) % height                                                     <L 48>
        wp::adj_mod(var_36, var_width, adj_36, adj_width, adj_37);
        wp::adj_add(var_34, var_width, adj_34, adj_width, adj_36);
        // adj: x = (x + width) % width                                                       <L 47>
        wp::adj_where(var_12, var_5, var_33, adj_12, adj_5, adj_33, adj_35);
        wp::adj_where(var_12, var_16, var_22, adj_12, adj_16, adj_22, adj_34);
        if (!var_12) {
            wp::adj_where(var_18, var_5, var_32, adj_18, adj_5, adj_32, adj_33);
            if (!var_18) {
                wp::adj_where(var_24, var_28, var_31, adj_24, adj_28, adj_31, adj_32);
                if (!var_24) {
                    wp::adj_sub(var_28, var_30, adj_28, adj_30, adj_31);
                    // adj: y -= 1                                                            <L 46>
                }
                wp::adj_where(var_24, var_27, var_5, adj_24, adj_27, adj_5, adj_28);
                if (var_24) {
                    wp::adj_add(var_5, var_26, adj_5, adj_26, adj_27);
                    // adj: y += 1                                                            <L 44>
                }
                // adj: elif dir == 2:                                                        <L 43>
            }
            wp::adj_where(var_18, var_21, var_16, adj_18, adj_21, adj_16, adj_22);
            if (var_18) {
                wp::adj_sub(var_16, var_20, adj_16, adj_20, adj_21);
                // adj: x -= 1                                                                <L 42>
            }
            // adj: elif dir == 1:                                                            <L 41>
        }
        wp::adj_where(var_12, var_15, var_3, adj_12, adj_15, adj_3, adj_16);
        if (var_12) {
            wp::adj_add(var_3, var_14, adj_3, adj_14, adj_15);
            // adj: x += 1                                                                    <L 40>
        }
        // adj: if dir == 0:                                                                  <L 39>
        // adj: dir = wp.randi(state, 0, 4)                                                   <L 38>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_steps, adj_steps, adj_6);
    // adj: for s in range(steps):                                                            <L 37>
    // adj: y = height // 2                                                                   <L 36>
    // adj: x = width // 2                                                                    <L 35>
    // adj: state = wp.rand_init(seed, i)                                                     <L 34>
    // adj: i = wp.tid()                                                                      <L 33>
    // adj: def lattice_walk(seed: int, width: int, height: int, steps: int, visits: wp.array2d(dtype=int), final: wp.array(dtype=wp.vec2i)):  <L 32>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void lattice_walk_e810623f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_lattice_walk_e810623f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        lattice_walk_e810623f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void lattice_walk_e810623f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_lattice_walk_e810623f *_wp_args,
    wp_args_lattice_walk_e810623f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        lattice_walk_e810623f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_levy_flight_d01ffbe8 {
    wp::int32 seed;
    wp::array_t<wp::vec_t<2, wp::float32>> pos;
    wp::float32 alpha;
    wp::float32 scale;
    wp::float32 max_step;
};


void levy_flight_d01ffbe8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_levy_flight_d01ffbe8 *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<2, wp::float32>> var_pos = _wp_args->pos;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::float32 var_scale = _wp_args->scale;
    wp::float32 var_max_step = _wp_args->max_step;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 3;
    wp::int32 var_2;
    const wp::int32 var_3 = 11;
    wp::int32 var_4;
    wp::uint32 var_5;
    const wp::float32 var_6 = 1e-06;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 2.0;
    const wp::float32 var_11 = 3.141592653589793;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = -1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<2, wp::float32>* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::vec_t<2, wp::float32> var_26;
    //---------
    // forward
    // def levy_flight(seed: int, pos: wp.array(dtype=wp.vec2), alpha: float, scale: float, max_step: float):       <L 54>
    // i = wp.tid()                                                                           <L 55>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i * 3 + 11)                                                 <L 56>
    var_2 = wp::mul(var_0, var_1);
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::rand_init(var_seed, var_4);
    // u = wp.randf(state, 1.0e-6, 1.0)                                                       <L 57>
    var_8 = wp::randf(var_5, var_6, var_7);
    // angle = wp.randf(state, 0.0, 2.0 * wp.pi)                                              <L 58>
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::randf(var_5, var_9, var_12);
    // length = wp.min(scale * wp.pow(u, -1.0 / alpha), max_step)                             <L 59>
    var_16 = wp::div(var_15, var_alpha);
    var_17 = wp::pow(var_8, var_16);
    var_18 = wp::mul(var_scale, var_17);
    var_19 = wp::min(var_18, var_max_step);
    // pos[i] = pos[i] + wp.vec2(wp.cos(angle), wp.sin(angle)) * length                       <L 60>
    var_20 = wp::address(var_pos, var_0);
    var_21 = wp::cos(var_13);
    var_22 = wp::sin(var_13);
    var_23 = wp::vec_t<2, wp::float32>(var_21, var_22);
    var_24 = wp::mul(var_23, var_19);
    var_26 = wp::load(var_20);
    var_25 = wp::add(var_26, var_24);
    wp::array_store(var_pos, var_0, var_25);
}



void levy_flight_d01ffbe8_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_levy_flight_d01ffbe8 *_wp_args,
    wp_args_levy_flight_d01ffbe8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<2, wp::float32>> var_pos = _wp_args->pos;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::float32 var_scale = _wp_args->scale;
    wp::float32 var_max_step = _wp_args->max_step;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_pos = _wp_adj_args->pos;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    wp::float32 adj_scale = _wp_adj_args->scale;
    wp::float32 adj_max_step = _wp_adj_args->max_step;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 3;
    wp::int32 var_2;
    const wp::int32 var_3 = 11;
    wp::int32 var_4;
    wp::uint32 var_5;
    const wp::float32 var_6 = 1e-06;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 2.0;
    const wp::float32 var_11 = 3.141592653589793;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = -1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<2, wp::float32>* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::vec_t<2, wp::float32> var_26;
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
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    wp::vec_t<2, wp::float32> adj_25 = {};
    wp::vec_t<2, wp::float32> adj_26 = {};
    //---------
    // forward
    // def levy_flight(seed: int, pos: wp.array(dtype=wp.vec2), alpha: float, scale: float, max_step: float):       <L 54>
    // i = wp.tid()                                                                           <L 55>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i * 3 + 11)                                                 <L 56>
    var_2 = wp::mul(var_0, var_1);
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::rand_init(var_seed, var_4);
    // u = wp.randf(state, 1.0e-6, 1.0)                                                       <L 57>
    var_8 = wp::randf(var_5, var_6, var_7);
    // angle = wp.randf(state, 0.0, 2.0 * wp.pi)                                              <L 58>
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::randf(var_5, var_9, var_12);
    // length = wp.min(scale * wp.pow(u, -1.0 / alpha), max_step)                             <L 59>
    var_16 = wp::div(var_15, var_alpha);
    var_17 = wp::pow(var_8, var_16);
    var_18 = wp::mul(var_scale, var_17);
    var_19 = wp::min(var_18, var_max_step);
    // pos[i] = pos[i] + wp.vec2(wp.cos(angle), wp.sin(angle)) * length                       <L 60>
    var_20 = wp::address(var_pos, var_0);
    var_21 = wp::cos(var_13);
    var_22 = wp::sin(var_13);
    var_23 = wp::vec_t<2, wp::float32>(var_21, var_22);
    var_24 = wp::mul(var_23, var_19);
    var_26 = wp::load(var_20);
    var_25 = wp::add(var_26, var_24);
    // wp::array_store(var_pos, var_0, var_25);
    //---------
    // reverse
    wp::adj_array_store(var_pos, var_0, var_25, adj_pos, adj_0, adj_25);
    wp::adj_add(var_26, var_24, adj_20, adj_24, adj_25);
    wp::adj_mul(var_23, var_19, adj_23, adj_19, adj_24);
    wp::adj_vec_t(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_sin(var_13, adj_13, adj_22);
    wp::adj_cos(var_13, adj_13, adj_21);
    wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_20);
    // adj: pos[i] = pos[i] + wp.vec2(wp.cos(angle), wp.sin(angle)) * length                  <L 60>
    wp::adj_min(var_18, var_max_step, adj_18, adj_max_step, adj_19);
    wp::adj_mul(var_scale, var_17, adj_scale, adj_17, adj_18);
    wp::adj_pow(var_8, var_16, var_17, adj_8, adj_16, adj_17);
    wp::adj_div(var_15, var_alpha, var_16, adj_15, adj_alpha, adj_16);
    // adj: length = wp.min(scale * wp.pow(u, -1.0 / alpha), max_step)                        <L 59>
    wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
    // adj: angle = wp.randf(state, 0.0, 2.0 * wp.pi)                                         <L 58>
    // adj: u = wp.randf(state, 1.0e-6, 1.0)                                                  <L 57>
    wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: state = wp.rand_init(seed, i * 3 + 11)                                            <L 56>
    // adj: i = wp.tid()                                                                      <L 55>
    // adj: def levy_flight(seed: int, pos: wp.array(dtype=wp.vec2), alpha: float, scale: float, max_step: float):  <L 54>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void levy_flight_d01ffbe8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_levy_flight_d01ffbe8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        levy_flight_d01ffbe8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void levy_flight_d01ffbe8_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_levy_flight_d01ffbe8 *_wp_args,
    wp_args_levy_flight_d01ffbe8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        levy_flight_d01ffbe8_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_ornstein_uhlenbeck_4e52b37c {
    wp::int32 seed;
    wp::array_t<wp::float32> x;
    wp::float32 theta;
    wp::float32 mu;
    wp::float32 sigma;
    wp::float32 dt;
    wp::int32 steps;
};


void ornstein_uhlenbeck_4e52b37c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_ornstein_uhlenbeck_4e52b37c *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::float32 var_theta = _wp_args->theta;
    wp::float32 var_mu = _wp_args->mu;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_steps = _wp_args->steps;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def ornstein_uhlenbeck(seed: int, x: wp.array(dtype=float), theta: float, mu: float, sigma: float, dt: float, steps: int):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 66>
    var_1 = wp::rand_init(var_seed, var_0);
    // v = x[i]                                                                               <L 67>
    var_2 = wp::address(var_x, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // sq = wp.sqrt(dt)                                                                       <L 68>
    var_5 = wp::sqrt(var_dt);
    // for s in range(steps):                                                                 <L 69>
    var_6 = wp::range(var_steps);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // v = v + theta * (mu - v) * dt + sigma * sq * wp.randn(state)                       <L 70>
        var_8 = wp::sub(var_mu, var_3);
        var_9 = wp::mul(var_theta, var_8);
        var_10 = wp::mul(var_9, var_dt);
        var_11 = wp::add(var_3, var_10);
        var_12 = wp::mul(var_sigma, var_5);
        var_13 = wp::randn(var_1);
        var_14 = wp::mul(var_12, var_13);
        var_15 = wp::add(var_11, var_14);
        wp::assign(var_3, var_15);
        goto start_for_0;
    end_for_0:;
    // x[i] = v                                                                               <L 71>
    wp::array_store(var_x, var_0, var_3);
}



void ornstein_uhlenbeck_4e52b37c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_ornstein_uhlenbeck_4e52b37c *_wp_args,
    wp_args_ornstein_uhlenbeck_4e52b37c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::float32 var_theta = _wp_args->theta;
    wp::float32 var_mu = _wp_args->mu;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_steps = _wp_args->steps;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::float32 adj_theta = _wp_adj_args->theta;
    wp::float32 adj_mu = _wp_adj_args->mu;
    wp::float32 adj_sigma = _wp_adj_args->sigma;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::int32 adj_steps = _wp_adj_args->steps;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::range_t adj_6 = {};
    wp::int32 adj_7 = {};
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
    // def ornstein_uhlenbeck(seed: int, x: wp.array(dtype=float), theta: float, mu: float, sigma: float, dt: float, steps: int):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 66>
    var_1 = wp::rand_init(var_seed, var_0);
    // v = x[i]                                                                               <L 67>
    var_2 = wp::address(var_x, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // sq = wp.sqrt(dt)                                                                       <L 68>
    var_5 = wp::sqrt(var_dt);
    // for s in range(steps):                                                                 <L 69>
    var_6 = wp::range(var_steps);
    // x[i] = v                                                                               <L 71>
    // wp::array_store(var_x, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_3, adj_x, adj_0, adj_3);
    // adj: x[i] = v                                                                          <L 71>
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
        // v = v + theta * (mu - v) * dt + sigma * sq * wp.randn(state)                       <L 70>
        var_8 = wp::sub(var_mu, var_3);
        var_9 = wp::mul(var_theta, var_8);
        var_10 = wp::mul(var_9, var_dt);
        var_11 = wp::add(var_3, var_10);
        var_12 = wp::mul(var_sigma, var_5);
        var_13 = wp::randn(var_1);
        var_14 = wp::mul(var_12, var_13);
        var_15 = wp::add(var_11, var_14);
        wp::assign(var_3, var_15);
        wp::adj_assign(var_3, var_15, adj_3, adj_15);
        wp::adj_add(var_11, var_14, adj_11, adj_14, adj_15);
        wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_mul(var_sigma, var_5, adj_sigma, adj_5, adj_12);
        wp::adj_add(var_3, var_10, adj_3, adj_10, adj_11);
        wp::adj_mul(var_9, var_dt, adj_9, adj_dt, adj_10);
        wp::adj_mul(var_theta, var_8, adj_theta, adj_8, adj_9);
        wp::adj_sub(var_mu, var_3, adj_mu, adj_3, adj_8);
        // adj: v = v + theta * (mu - v) * dt + sigma * sq * wp.randn(state)                  <L 70>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_steps, adj_steps, adj_6);
    // adj: for s in range(steps):                                                            <L 69>
    wp::adj_sqrt(var_dt, var_5, adj_dt, adj_5);
    // adj: sq = wp.sqrt(dt)                                                                  <L 68>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
    // adj: v = x[i]                                                                          <L 67>
    // adj: state = wp.rand_init(seed, i)                                                     <L 66>
    // adj: i = wp.tid()                                                                      <L 65>
    // adj: def ornstein_uhlenbeck(seed: int, x: wp.array(dtype=float), theta: float, mu: float, sigma: float, dt: float, steps: int):  <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void ornstein_uhlenbeck_4e52b37c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_ornstein_uhlenbeck_4e52b37c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        ornstein_uhlenbeck_4e52b37c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void ornstein_uhlenbeck_4e52b37c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_ornstein_uhlenbeck_4e52b37c *_wp_args,
    wp_args_ornstein_uhlenbeck_4e52b37c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        ornstein_uhlenbeck_4e52b37c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_gillespie_birth_death_1e0b6ced {
    wp::int32 seed;
    wp::float32 birth_rate;
    wp::float32 death_rate;
    wp::float32 immigration;
    wp::float32 t_end;
    wp::int32 max_events;
    wp::int32 initial;
    wp::array_t<wp::int32> final_pop;
    wp::array_t<wp::int32> events;
    wp::array_t<wp::int32> peak_pop;
    wp::array_t<wp::int32> extinct;
};


void gillespie_birth_death_1e0b6ced_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_gillespie_birth_death_1e0b6ced *_wp_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_birth_rate = _wp_args->birth_rate;
    wp::float32 var_death_rate = _wp_args->death_rate;
    wp::float32 var_immigration = _wp_args->immigration;
    wp::float32 var_t_end = _wp_args->t_end;
    wp::int32 var_max_events = _wp_args->max_events;
    wp::int32 var_initial = _wp_args->initial;
    wp::array_t<wp::int32> var_final_pop = _wp_args->final_pop;
    wp::array_t<wp::int32> var_events = _wp_args->events;
    wp::array_t<wp::int32> var_peak_pop = _wp_args->peak_pop;
    wp::array_t<wp::int32> var_extinct = _wp_args->extinct;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::int32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::int32 var_7;
    bool var_8;
    bool var_9;
    bool var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    bool var_19;
    const wp::float32 var_20 = 1e-07;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    bool var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    bool var_31;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::float32 var_36;
    bool var_37;
    const wp::int32 var_38 = 1;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::int32 var_41;
    const wp::int32 var_42 = 1;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::int32 var_45;
    wp::int32 var_46;
    const wp::int32 var_47 = 1;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    bool var_50;
    wp::int32 var_51;
    wp::int32 var_52;
    const wp::int32 var_53 = 0;
    bool var_54;
    const wp::float32 var_55 = 0.0;
    bool var_56;
    bool var_57;
    const wp::int32 var_58 = 0;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::float32 var_62;
    wp::int32 var_63;
    wp::int32 var_64;
    //---------
    // forward
    // def gillespie_birth_death(                                                             <L 75>
    // i = wp.tid()                                                                           <L 88>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 89>
    var_1 = wp::rand_init(var_seed, var_0);
    // n = initial                                                                            <L 90>
    var_2 = wp::copy(var_initial);
    // t = float(0.0)                                                                         <L 91>
    var_4 = wp::float(var_3);
    // count = int(0)                                                                         <L 92>
    var_6 = wp::int(var_5);
    // peak = n                                                                               <L 93>
    var_7 = wp::copy(var_2);
    // while t < t_end and count < max_events:                                                <L 94>
    start_while_0:;
    var_8 = (var_4 < var_t_end);
    var_9 = (var_6 < var_max_events);
    var_10 = var_8 && var_9;
    if ((var_10) == false) goto end_while_0;
        // a_birth = birth_rate * float(n)                                                    <L 95>
        var_11 = wp::float(var_2);
        var_12 = wp::mul(var_birth_rate, var_11);
        // a_death = death_rate * float(n)                                                    <L 96>
        var_13 = wp::float(var_2);
        var_14 = wp::mul(var_death_rate, var_13);
        // a_imm = immigration                                                                <L 97>
        var_15 = wp::copy(var_immigration);
        // a0 = a_birth + a_death + a_imm                                                     <L 98>
        var_16 = wp::add(var_12, var_14);
        var_17 = wp::add(var_16, var_15);
        // if a0 <= 0.0:                                                                      <L 99>
        var_19 = (var_17 <= var_18);
        if (var_19) {
            // break                                                                          <L 100>
            goto end_while_0;
        }
        // u1 = wp.randf(state, 1.0e-7, 1.0)                                                  <L 102>
        var_22 = wp::randf(var_1, var_20, var_21);
        // tau = -wp.log(u1) / a0                                                             <L 103>
        var_23 = wp::log(var_22);
        var_24 = wp::neg(var_23);
        var_25 = wp::div(var_24, var_17);
        // t += tau                                                                           <L 104>
        var_26 = wp::add(var_4, var_25);
        // if t > t_end:                                                                      <L 105>
        var_27 = (var_26 > var_t_end);
        if (var_27) {
            // break                                                                          <L 106>
            wp::assign(var_4, var_26);
            goto end_while_0;
        }
        var_28 = wp::where(var_27, var_4, var_26);
        // r = wp.randf(state) * a0                                                           <L 108>
        var_29 = wp::randf(var_1);
        var_30 = wp::mul(var_29, var_17);
        // if r < a_birth:                                                                    <L 109>
        var_31 = (var_30 < var_12);
        if (var_31) {
            // n += 1                                                                         <L 110>
            var_34 = wp::add(var_2, var_33);
        }
        var_35 = wp::where(var_31, var_34, var_2);
        if (!var_31) {
            // elif r < a_birth + a_death:                                                    <L 111>
            var_36 = wp::add(var_12, var_14);
            var_37 = (var_30 < var_36);
            if (var_37) {
                // n -= 1                                                                     <L 112>
                var_40 = wp::sub(var_35, var_39);
            }
            var_41 = wp::where(var_37, var_40, var_35);
            if (!var_37) {
                // n += 1                                                                     <L 114>
                var_44 = wp::add(var_41, var_43);
            }
            var_45 = wp::where(var_37, var_41, var_44);
        }
        var_46 = wp::where(var_31, var_35, var_45);
        // count += 1                                                                         <L 115>
        var_49 = wp::add(var_6, var_48);
        // if n > peak:                                                                       <L 116>
        var_50 = (var_46 > var_7);
        if (var_50) {
            // peak = n                                                                       <L 117>
            var_51 = wp::copy(var_46);
        }
        var_52 = wp::where(var_50, var_51, var_7);
        // if n == 0 and immigration == 0.0:                                                  <L 118>
        var_54 = (var_46 == var_53);
        var_56 = (var_immigration == var_55);
        var_57 = var_54 && var_56;
        if (var_57) {
            // wp.atomic_add(extinct, 0, 1)                                                   <L 119>
            var_60 = wp::atomic_add(var_extinct, var_58, var_59);
            // break                                                                          <L 120>
            wp::assign(var_2, var_46);
            wp::assign(var_4, var_28);
            wp::assign(var_6, var_49);
            wp::assign(var_7, var_52);
            goto end_while_0;
        }
        var_61 = wp::where(var_57, var_2, var_46);
        var_62 = wp::where(var_57, var_4, var_28);
        var_63 = wp::where(var_57, var_6, var_49);
        var_64 = wp::where(var_57, var_7, var_52);
        wp::assign(var_2, var_61);
        wp::assign(var_4, var_62);
        wp::assign(var_6, var_63);
        wp::assign(var_7, var_64);
    goto start_while_0;
    end_while_0:;
    // final_pop[i] = n                                                                       <L 121>
    wp::array_store(var_final_pop, var_0, var_2);
    // events[i] = count                                                                      <L 122>
    wp::array_store(var_events, var_0, var_6);
    // peak_pop[i] = peak                                                                     <L 123>
    wp::array_store(var_peak_pop, var_0, var_7);
}



void gillespie_birth_death_1e0b6ced_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_gillespie_birth_death_1e0b6ced *_wp_args,
    wp_args_gillespie_birth_death_1e0b6ced *_wp_adj_args)
{
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_birth_rate = _wp_args->birth_rate;
    wp::float32 var_death_rate = _wp_args->death_rate;
    wp::float32 var_immigration = _wp_args->immigration;
    wp::float32 var_t_end = _wp_args->t_end;
    wp::int32 var_max_events = _wp_args->max_events;
    wp::int32 var_initial = _wp_args->initial;
    wp::array_t<wp::int32> var_final_pop = _wp_args->final_pop;
    wp::array_t<wp::int32> var_events = _wp_args->events;
    wp::array_t<wp::int32> var_peak_pop = _wp_args->peak_pop;
    wp::array_t<wp::int32> var_extinct = _wp_args->extinct;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_birth_rate = _wp_adj_args->birth_rate;
    wp::float32 adj_death_rate = _wp_adj_args->death_rate;
    wp::float32 adj_immigration = _wp_adj_args->immigration;
    wp::float32 adj_t_end = _wp_adj_args->t_end;
    wp::int32 adj_max_events = _wp_adj_args->max_events;
    wp::int32 adj_initial = _wp_adj_args->initial;
    wp::array_t<wp::int32> adj_final_pop = _wp_adj_args->final_pop;
    wp::array_t<wp::int32> adj_events = _wp_adj_args->events;
    wp::array_t<wp::int32> adj_peak_pop = _wp_adj_args->peak_pop;
    wp::array_t<wp::int32> adj_extinct = _wp_adj_args->extinct;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::int32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::int32 var_7;
    bool var_8;
    bool var_9;
    bool var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    bool var_19;
    const wp::float32 var_20 = 1e-07;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    bool var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    bool var_31;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::float32 var_36;
    bool var_37;
    const wp::int32 var_38 = 1;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::int32 var_41;
    const wp::int32 var_42 = 1;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::int32 var_45;
    wp::int32 var_46;
    const wp::int32 var_47 = 1;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    bool var_50;
    wp::int32 var_51;
    wp::int32 var_52;
    const wp::int32 var_53 = 0;
    bool var_54;
    const wp::float32 var_55 = 0.0;
    bool var_56;
    bool var_57;
    const wp::int32 var_58 = 0;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::float32 var_62;
    wp::int32 var_63;
    wp::int32 var_64;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    bool adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    bool adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    bool adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    bool adj_54 = {};
    wp::float32 adj_55 = {};
    bool adj_56 = {};
    bool adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    //---------
    // forward
    // def gillespie_birth_death(                                                             <L 75>
    // i = wp.tid()                                                                           <L 88>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 89>
    var_1 = wp::rand_init(var_seed, var_0);
    // n = initial                                                                            <L 90>
    var_2 = wp::copy(var_initial);
    // t = float(0.0)                                                                         <L 91>
    var_4 = wp::float(var_3);
    // count = int(0)                                                                         <L 92>
    var_6 = wp::int(var_5);
    // peak = n                                                                               <L 93>
    var_7 = wp::copy(var_2);
    // while t < t_end and count < max_events:                                                <L 94>
    // final_pop[i] = n                                                                       <L 121>
    // wp::array_store(var_final_pop, var_0, var_2);
    // events[i] = count                                                                      <L 122>
    // wp::array_store(var_events, var_0, var_6);
    // peak_pop[i] = peak                                                                     <L 123>
    // wp::array_store(var_peak_pop, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_peak_pop, var_0, var_7, adj_peak_pop, adj_0, adj_7);
    // adj: peak_pop[i] = peak                                                                <L 123>
    wp::adj_array_store(var_events, var_0, var_6, adj_events, adj_0, adj_6);
    // adj: events[i] = count                                                                 <L 122>
    wp::adj_array_store(var_final_pop, var_0, var_2, adj_final_pop, adj_0, adj_2);
    // adj: final_pop[i] = n                                                                  <L 121>
    start_while_0:;
    var_8 = (var_4 < var_t_end);
    var_9 = (var_6 < var_max_events);
    var_10 = var_8 && var_9;
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
    adj_43 = {};
    adj_44 = {};
    adj_45 = {};
    adj_46 = {};
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
    adj_59 = {};
    adj_60 = {};
    adj_61 = {};
    adj_62 = {};
    adj_63 = {};
    adj_64 = {};
        // a_birth = birth_rate * float(n)                                                    <L 95>
        var_11 = wp::float(var_2);
        var_12 = wp::mul(var_birth_rate, var_11);
        // a_death = death_rate * float(n)                                                    <L 96>
        var_13 = wp::float(var_2);
        var_14 = wp::mul(var_death_rate, var_13);
        // a_imm = immigration                                                                <L 97>
        var_15 = wp::copy(var_immigration);
        // a0 = a_birth + a_death + a_imm                                                     <L 98>
        var_16 = wp::add(var_12, var_14);
        var_17 = wp::add(var_16, var_15);
        // if a0 <= 0.0:                                                                      <L 99>
        var_19 = (var_17 <= var_18);
        if (var_19) {
            // break                                                                          <L 100>
            goto end_while_0;
        }
        // u1 = wp.randf(state, 1.0e-7, 1.0)                                                  <L 102>
        var_22 = wp::randf(var_1, var_20, var_21);
        // tau = -wp.log(u1) / a0                                                             <L 103>
        var_23 = wp::log(var_22);
        var_24 = wp::neg(var_23);
        var_25 = wp::div(var_24, var_17);
        // t += tau                                                                           <L 104>
        var_26 = wp::add(var_4, var_25);
        // if t > t_end:                                                                      <L 105>
        var_27 = (var_26 > var_t_end);
        if (var_27) {
            // break                                                                          <L 106>
            wp::assign(var_4, var_26);
            goto end_while_0;
        }
        var_28 = wp::where(var_27, var_4, var_26);
        // r = wp.randf(state) * a0                                                           <L 108>
        var_29 = wp::randf(var_1);
        var_30 = wp::mul(var_29, var_17);
        // if r < a_birth:                                                                    <L 109>
        var_31 = (var_30 < var_12);
        if (var_31) {
            // n += 1                                                                         <L 110>
            var_34 = wp::add(var_2, var_33);
        }
        var_35 = wp::where(var_31, var_34, var_2);
        if (!var_31) {
            // elif r < a_birth + a_death:                                                    <L 111>
            var_36 = wp::add(var_12, var_14);
            var_37 = (var_30 < var_36);
            if (var_37) {
                // n -= 1                                                                     <L 112>
                var_40 = wp::sub(var_35, var_39);
            }
            var_41 = wp::where(var_37, var_40, var_35);
            if (!var_37) {
                // n += 1                                                                     <L 114>
                var_44 = wp::add(var_41, var_43);
            }
            var_45 = wp::where(var_37, var_41, var_44);
        }
        var_46 = wp::where(var_31, var_35, var_45);
        // count += 1                                                                         <L 115>
        var_49 = wp::add(var_6, var_48);
        // if n > peak:                                                                       <L 116>
        var_50 = (var_46 > var_7);
        if (var_50) {
            // peak = n                                                                       <L 117>
            var_51 = wp::copy(var_46);
        }
        var_52 = wp::where(var_50, var_51, var_7);
        // if n == 0 and immigration == 0.0:                                                  <L 118>
        var_54 = (var_46 == var_53);
        var_56 = (var_immigration == var_55);
        var_57 = var_54 && var_56;
        if (var_57) {
            // wp.atomic_add(extinct, 0, 1)                                                   <L 119>
            // var_60 = wp::atomic_add(var_extinct, var_58, var_59);
            // break                                                                          <L 120>
            wp::assign(var_2, var_46);
            wp::assign(var_4, var_28);
            wp::assign(var_6, var_49);
            wp::assign(var_7, var_52);
            goto end_while_0;
        }
        var_61 = wp::where(var_57, var_2, var_46);
        var_62 = wp::where(var_57, var_4, var_28);
        var_63 = wp::where(var_57, var_6, var_49);
        var_64 = wp::where(var_57, var_7, var_52);
        wp::assign(var_2, var_61);
        wp::assign(var_4, var_62);
        wp::assign(var_6, var_63);
        wp::assign(var_7, var_64);
        wp::adj_assign(var_7, var_64, adj_7, adj_64);
        wp::adj_assign(var_6, var_63, adj_6, adj_63);
        wp::adj_assign(var_4, var_62, adj_4, adj_62);
        wp::adj_assign(var_2, var_61, adj_2, adj_61);
        wp::adj_where(var_57, var_7, var_52, adj_57, adj_7, adj_52, adj_64);
        wp::adj_where(var_57, var_6, var_49, adj_57, adj_6, adj_49, adj_63);
        wp::adj_where(var_57, var_4, var_28, adj_57, adj_4, adj_28, adj_62);
        wp::adj_where(var_57, var_2, var_46, adj_57, adj_2, adj_46, adj_61);
        if (var_57) {
            wp::adj_assign(var_7, var_52, adj_7, adj_52);
            wp::adj_assign(var_6, var_49, adj_6, adj_49);
            wp::adj_assign(var_4, var_28, adj_4, adj_28);
            wp::adj_assign(var_2, var_46, adj_2, adj_46);
            // adj: break                                                                     <L 120>
            wp::adj_atomic_add(var_extinct, var_58, var_59, adj_extinct, adj_58, adj_59, adj_60);
            // adj: wp.atomic_add(extinct, 0, 1)                                              <L 119>
        }
        // adj: if n == 0 and immigration == 0.0:                                             <L 118>
        wp::adj_where(var_50, var_51, var_7, adj_50, adj_51, adj_7, adj_52);
        if (var_50) {
            wp::adj_copy(var_46, adj_46, adj_51);
            // adj: peak = n                                                                  <L 117>
        }
        // adj: if n > peak:                                                                  <L 116>
        wp::adj_add(var_6, var_48, adj_6, adj_48, adj_49);
        // adj: count += 1                                                                    <L 115>
        wp::adj_where(var_31, var_35, var_45, adj_31, adj_35, adj_45, adj_46);
        if (!var_31) {
            wp::adj_where(var_37, var_41, var_44, adj_37, adj_41, adj_44, adj_45);
            if (!var_37) {
                wp::adj_add(var_41, var_43, adj_41, adj_43, adj_44);
                // adj: n += 1                                                                <L 114>
            }
            wp::adj_where(var_37, var_40, var_35, adj_37, adj_40, adj_35, adj_41);
            if (var_37) {
                wp::adj_sub(var_35, var_39, adj_35, adj_39, adj_40);
                // adj: n -= 1                                                                <L 112>
            }
            wp::adj_add(var_12, var_14, adj_12, adj_14, adj_36);
            // adj: elif r < a_birth + a_death:                                               <L 111>
        }
        wp::adj_where(var_31, var_34, var_2, adj_31, adj_34, adj_2, adj_35);
        if (var_31) {
            wp::adj_add(var_2, var_33, adj_2, adj_33, adj_34);
            // adj: n += 1                                                                    <L 110>
        }
        // adj: if r < a_birth:                                                               <L 109>
        wp::adj_mul(var_29, var_17, adj_29, adj_17, adj_30);
        // adj: r = wp.randf(state) * a0                                                      <L 108>
        wp::adj_where(var_27, var_4, var_26, adj_27, adj_4, adj_26, adj_28);
        if (var_27) {
            wp::adj_assign(var_4, var_26, adj_4, adj_26);
            // adj: break                                                                     <L 106>
        }
        // adj: if t > t_end:                                                                 <L 105>
        wp::adj_add(var_4, var_25, adj_4, adj_25, adj_26);
        // adj: t += tau                                                                      <L 104>
        wp::adj_div(var_24, var_17, var_25, adj_24, adj_17, adj_25);
        wp::adj_neg(var_23, adj_23, adj_24);
        wp::adj_log(var_22, adj_22, adj_23);
        // adj: tau = -wp.log(u1) / a0                                                        <L 103>
        // adj: u1 = wp.randf(state, 1.0e-7, 1.0)                                             <L 102>
        if (var_19) {
            // adj: break                                                                     <L 100>
        }
        // adj: if a0 <= 0.0:                                                                 <L 99>
        wp::adj_add(var_16, var_15, adj_16, adj_15, adj_17);
        wp::adj_add(var_12, var_14, adj_12, adj_14, adj_16);
        // adj: a0 = a_birth + a_death + a_imm                                                <L 98>
        wp::adj_copy(var_immigration, adj_immigration, adj_15);
        // adj: a_imm = immigration                                                           <L 97>
        wp::adj_mul(var_death_rate, var_13, adj_death_rate, adj_13, adj_14);
        wp::adj_float(var_2, adj_2, adj_13);
        // adj: a_death = death_rate * float(n)                                               <L 96>
        wp::adj_mul(var_birth_rate, var_11, adj_birth_rate, adj_11, adj_12);
        wp::adj_float(var_2, adj_2, adj_11);
        // adj: a_birth = birth_rate * float(n)                                               <L 95>
    goto start_while_0;
    end_while_0:;
    // adj: while t < t_end and count < max_events:                                           <L 94>
    wp::adj_copy(var_2, adj_2, adj_7);
    // adj: peak = n                                                                          <L 93>
    wp::adj_int(var_5, adj_5, adj_6);
    // adj: count = int(0)                                                                    <L 92>
    wp::adj_float(var_3, adj_3, adj_4);
    // adj: t = float(0.0)                                                                    <L 91>
    wp::adj_copy(var_initial, adj_initial, adj_2);
    // adj: n = initial                                                                       <L 90>
    // adj: state = wp.rand_init(seed, i)                                                     <L 89>
    // adj: i = wp.tid()                                                                      <L 88>
    // adj: def gillespie_birth_death(                                                        <L 75>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void gillespie_birth_death_1e0b6ced_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_gillespie_birth_death_1e0b6ced *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gillespie_birth_death_1e0b6ced_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void gillespie_birth_death_1e0b6ced_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_gillespie_birth_death_1e0b6ced *_wp_args,
    wp_args_gillespie_birth_death_1e0b6ced *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gillespie_birth_death_1e0b6ced_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

