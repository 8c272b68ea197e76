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


// corpus/067_heightfield_raycast.py:4
static CUDA_CALLABLE wp::float32 sample_height_0(
    wp::array_t<wp::float32> var_h,
    wp::float32 var_x,
    wp::float32 var_z,
    wp::float32 var_spacing)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    bool var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const wp::float32 var_13 = 0.0;
    bool var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::float32 var_17;
    bool var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::float32 var_21;
    bool var_22;
    const wp::float32 var_23 = -10000000000.0;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::float32* var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    wp::float32* var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    //---------
    // forward
    // def sample_height(h: wp.array2d(dtype=float), x: float, z: float, spacing: float) -> float:       <L 5>
    // fx = x / spacing                                                                       <L 6>
    var_0 = wp::div(var_x, var_spacing);
    // fz = z / spacing                                                                       <L 7>
    var_1 = wp::div(var_z, var_spacing);
    // nx = h.shape[0]                                                                        <L 8>
    var_2 = &(var_h.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // nz = h.shape[1]                                                                        <L 9>
    var_6 = &(var_h.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if fx < 0.0 or fz < 0.0 or fx >= float(nx - 1) or fz >= float(nz - 1):                 <L 10>
    var_12 = (var_0 < var_11);
    var_10 = var_12;
    if (!var_10) {
        var_14 = (var_1 < var_13);
        var_10 = var_10 || var_14;
    }
    if (!var_10) {
        var_16 = wp::sub(var_4, var_15);
        var_17 = wp::float(var_16);
        var_18 = (var_0 >= var_17);
        var_10 = var_10 || var_18;
    }
    if (!var_10) {
        var_20 = wp::sub(var_8, var_19);
        var_21 = wp::float(var_20);
        var_22 = (var_1 >= var_21);
        var_10 = var_10 || var_22;
    }
    if (var_10) {
        // return -1.0e10                                                                     <L 11>
        return var_23;
    }
    // i = int(fx)                                                                            <L 12>
    var_24 = wp::int(var_0);
    // j = int(fz)                                                                            <L 13>
    var_25 = wp::int(var_1);
    // tx = fx - float(i)                                                                     <L 14>
    var_26 = wp::float(var_24);
    var_27 = wp::sub(var_0, var_26);
    // tz = fz - float(j)                                                                     <L 15>
    var_28 = wp::float(var_25);
    var_29 = wp::sub(var_1, var_28);
    // a = wp.lerp(h[i, j], h[i + 1, j], tx)                                                  <L 16>
    var_30 = wp::address(var_h, var_24, var_25);
    var_32 = wp::add(var_24, var_31);
    var_33 = wp::address(var_h, var_32, var_25);
    var_35 = wp::load(var_30);
    var_36 = wp::load(var_33);
    var_34 = wp::lerp(var_35, var_36, var_27);
    // b = wp.lerp(h[i, j + 1], h[i + 1, j + 1], tx)                                          <L 17>
    var_38 = wp::add(var_25, var_37);
    var_39 = wp::address(var_h, var_24, var_38);
    var_41 = wp::add(var_24, var_40);
    var_43 = wp::add(var_25, var_42);
    var_44 = wp::address(var_h, var_41, var_43);
    var_46 = wp::load(var_39);
    var_47 = wp::load(var_44);
    var_45 = wp::lerp(var_46, var_47, var_27);
    // return wp.lerp(a, b, tz)                                                               <L 18>
    var_48 = wp::lerp(var_34, var_45, var_29);
    return var_48;
}


// corpus/067_heightfield_raycast.py:21
static CUDA_CALLABLE void march_0(
    wp::array_t<wp::float32> var_h,
    wp::float32 var_spacing,
    wp::vec_t<3, wp::float32> var_ro,
    wp::vec_t<3, wp::float32> var_rd,
    wp::float32 var_t_max,
    wp::float32 var_step,
    bool & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    bool var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    bool var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const bool var_28 = true;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const bool var_34 = false;
    //---------
    // forward
    // def march(h: wp.array2d(dtype=float), spacing: float, ro: wp.vec3, rd: wp.vec3, t_max: float, step: float):       <L 22>
    // t = float(0.0)                                                                         <L 23>
    var_1 = wp::float(var_0);
    // prev_t = float(0.0)                                                                    <L 24>
    var_3 = wp::float(var_2);
    // prev_gap = ro[1] - sample_height(h, ro[0], ro[2], spacing)                             <L 25>
    var_5 = wp::extract(var_ro, var_4);
    var_7 = wp::extract(var_ro, var_6);
    var_9 = wp::extract(var_ro, var_8);
    var_10 = sample_height_0(var_h, var_7, var_9, var_spacing);
    var_11 = wp::sub(var_5, var_10);
    // while t < t_max:                                                                       <L 26>
    start_while_0:;
    var_12 = (var_1 < var_t_max);
    if ((var_12) == false) goto end_while_0;
        // t += step                                                                          <L 27>
        var_13 = wp::add(var_1, var_step);
        // p = ro + rd * t                                                                    <L 28>
        var_14 = wp::mul(var_rd, var_13);
        var_15 = wp::add(var_ro, var_14);
        // gap = p[1] - sample_height(h, p[0], p[2], spacing)                                 <L 29>
        var_17 = wp::extract(var_15, var_16);
        var_19 = wp::extract(var_15, var_18);
        var_21 = wp::extract(var_15, var_20);
        var_22 = sample_height_0(var_h, var_19, var_21, var_spacing);
        var_23 = wp::sub(var_17, var_22);
        // if gap < 0.0:                                                                      <L 30>
        var_25 = (var_23 < var_24);
        if (var_25) {
            // w = prev_gap / (prev_gap - gap)                                                <L 32>
            var_26 = wp::sub(var_11, var_23);
            var_27 = wp::div(var_11, var_26);
            // return True, prev_t + (t - prev_t) * w                                         <L 33>
            var_29 = wp::sub(var_13, var_3);
            var_30 = wp::mul(var_29, var_27);
            var_31 = wp::add(var_3, var_30);
            ret_0 = var_28;
            ret_1 = var_31;
            return;
        }
        // prev_t = t                                                                         <L 34>
        var_32 = wp::copy(var_13);
        // prev_gap = gap                                                                     <L 35>
        var_33 = wp::copy(var_23);
        wp::assign(var_1, var_13);
        wp::assign(var_3, var_32);
        wp::assign(var_11, var_33);
    goto start_while_0;
    end_while_0:;
    // return False, t_max                                                                    <L 36>
    ret_0 = var_34;
    ret_1 = var_t_max;
    return;
}


// corpus/067_heightfield_raycast.py:4
static CUDA_CALLABLE void adj_sample_height_0(
    wp::array_t<wp::float32> var_h,
    wp::float32 var_x,
    wp::float32 var_z,
    wp::float32 var_spacing,
    wp::array_t<wp::float32> & adj_h,
    wp::float32 & adj_x,
    wp::float32 & adj_z,
    wp::float32 & adj_spacing,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    bool var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const wp::float32 var_13 = 0.0;
    bool var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::float32 var_17;
    bool var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::float32 var_21;
    bool var_22;
    const wp::float32 var_23 = -10000000000.0;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::float32* var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    wp::float32* var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    //---------
    // forward
    // def sample_height(h: wp.array2d(dtype=float), x: float, z: float, spacing: float) -> float:       <L 5>
    // fx = x / spacing                                                                       <L 6>
    var_0 = wp::div(var_x, var_spacing);
    // fz = z / spacing                                                                       <L 7>
    var_1 = wp::div(var_z, var_spacing);
    // nx = h.shape[0]                                                                        <L 8>
    var_2 = &(var_h.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // nz = h.shape[1]                                                                        <L 9>
    var_6 = &(var_h.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if fx < 0.0 or fz < 0.0 or fx >= float(nx - 1) or fz >= float(nz - 1):                 <L 10>
    var_12 = (var_0 < var_11);
    var_10 = var_12;
    if (!var_10) {
        var_14 = (var_1 < var_13);
        var_10 = var_10 || var_14;
    }
    if (!var_10) {
        var_16 = wp::sub(var_4, var_15);
        var_17 = wp::float(var_16);
        var_18 = (var_0 >= var_17);
        var_10 = var_10 || var_18;
    }
    if (!var_10) {
        var_20 = wp::sub(var_8, var_19);
        var_21 = wp::float(var_20);
        var_22 = (var_1 >= var_21);
        var_10 = var_10 || var_22;
    }
    if (var_10) {
        // return -1.0e10                                                                     <L 11>
        goto label0;
    }
    // i = int(fx)                                                                            <L 12>
    var_24 = wp::int(var_0);
    // j = int(fz)                                                                            <L 13>
    var_25 = wp::int(var_1);
    // tx = fx - float(i)                                                                     <L 14>
    var_26 = wp::float(var_24);
    var_27 = wp::sub(var_0, var_26);
    // tz = fz - float(j)                                                                     <L 15>
    var_28 = wp::float(var_25);
    var_29 = wp::sub(var_1, var_28);
    // a = wp.lerp(h[i, j], h[i + 1, j], tx)                                                  <L 16>
    var_30 = wp::address(var_h, var_24, var_25);
    var_32 = wp::add(var_24, var_31);
    var_33 = wp::address(var_h, var_32, var_25);
    var_35 = wp::load(var_30);
    var_36 = wp::load(var_33);
    var_34 = wp::lerp(var_35, var_36, var_27);
    // b = wp.lerp(h[i, j + 1], h[i + 1, j + 1], tx)                                          <L 17>
    var_38 = wp::add(var_25, var_37);
    var_39 = wp::address(var_h, var_24, var_38);
    var_41 = wp::add(var_24, var_40);
    var_43 = wp::add(var_25, var_42);
    var_44 = wp::address(var_h, var_41, var_43);
    var_46 = wp::load(var_39);
    var_47 = wp::load(var_44);
    var_45 = wp::lerp(var_46, var_47, var_27);
    // return wp.lerp(a, b, tz)                                                               <L 18>
    var_48 = wp::lerp(var_34, var_45, var_29);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_48 += adj_ret;
    wp::adj_lerp(var_34, var_45, var_29, adj_34, adj_45, adj_29, adj_48);
    // adj: return wp.lerp(a, b, tz)                                                          <L 18>
    wp::adj_lerp(var_46, var_47, var_27, adj_39, adj_44, adj_27, adj_45);
    wp::adj_address(var_h, var_41, var_43, adj_h, adj_41, adj_43, adj_44);
    wp::adj_add(var_25, var_42, adj_25, adj_42, adj_43);
    wp::adj_add(var_24, var_40, adj_24, adj_40, adj_41);
    wp::adj_address(var_h, var_24, var_38, adj_h, adj_24, adj_38, adj_39);
    wp::adj_add(var_25, var_37, adj_25, adj_37, adj_38);
    // adj: b = wp.lerp(h[i, j + 1], h[i + 1, j + 1], tx)                                     <L 17>
    wp::adj_lerp(var_35, var_36, var_27, adj_30, adj_33, adj_27, adj_34);
    wp::adj_address(var_h, var_32, var_25, adj_h, adj_32, adj_25, adj_33);
    wp::adj_add(var_24, var_31, adj_24, adj_31, adj_32);
    wp::adj_address(var_h, var_24, var_25, adj_h, adj_24, adj_25, adj_30);
    // adj: a = wp.lerp(h[i, j], h[i + 1, j], tx)                                             <L 16>
    wp::adj_sub(var_1, var_28, adj_1, adj_28, adj_29);
    wp::adj_float(var_25, adj_25, adj_28);
    // adj: tz = fz - float(j)                                                                <L 15>
    wp::adj_sub(var_0, var_26, adj_0, adj_26, adj_27);
    wp::adj_float(var_24, adj_24, adj_26);
    // adj: tx = fx - float(i)                                                                <L 14>
    // adj: j = int(fz)                                                                       <L 13>
    // adj: i = int(fx)                                                                       <L 12>
    if (var_10) {
        label0:;
        adj_23 += adj_ret;
        // adj: return -1.0e10                                                                <L 11>
    }
    if (!var_10) {
        wp::adj_float(var_20, adj_20, adj_21);
        wp::adj_sub(var_8, var_19, adj_8, adj_19, adj_20);
    }
    if (!var_10) {
        wp::adj_float(var_16, adj_16, adj_17);
        wp::adj_sub(var_4, var_15, adj_4, adj_15, adj_16);
    }
    if (!var_10) {
    }
    // adj: if fx < 0.0 or fz < 0.0 or fx >= float(nx - 1) or fz >= float(nz - 1):            <L 10>
    adj_h.shape = adj_6;
    // adj: nz = h.shape[1]                                                                   <L 9>
    adj_h.shape = adj_2;
    // adj: nx = h.shape[0]                                                                   <L 8>
    wp::adj_div(var_z, var_spacing, var_1, adj_z, adj_spacing, adj_1);
    // adj: fz = z / spacing                                                                  <L 7>
    wp::adj_div(var_x, var_spacing, var_0, adj_x, adj_spacing, adj_0);
    // adj: fx = x / spacing                                                                  <L 6>
    // adj: def sample_height(h: wp.array2d(dtype=float), x: float, z: float, spacing: float) -> float:  <L 5>
    return;
}


// corpus/067_heightfield_raycast.py:21
static CUDA_CALLABLE void adj_march_0(
    wp::array_t<wp::float32> var_h,
    wp::float32 var_spacing,
    wp::vec_t<3, wp::float32> var_ro,
    wp::vec_t<3, wp::float32> var_rd,
    wp::float32 var_t_max,
    wp::float32 var_step,
    bool & ret_0,
    wp::float32 & ret_1,
    wp::array_t<wp::float32> & adj_h,
    wp::float32 & adj_spacing,
    wp::vec_t<3, wp::float32> & adj_ro,
    wp::vec_t<3, wp::float32> & adj_rd,
    wp::float32 & adj_t_max,
    wp::float32 & adj_step,
    bool & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    bool var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    bool var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const bool var_28 = true;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const bool var_34 = false;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    bool adj_34 = {};
    //---------
    // forward
    // def march(h: wp.array2d(dtype=float), spacing: float, ro: wp.vec3, rd: wp.vec3, t_max: float, step: float):       <L 22>
    // t = float(0.0)                                                                         <L 23>
    var_1 = wp::float(var_0);
    // prev_t = float(0.0)                                                                    <L 24>
    var_3 = wp::float(var_2);
    // prev_gap = ro[1] - sample_height(h, ro[0], ro[2], spacing)                             <L 25>
    var_5 = wp::extract(var_ro, var_4);
    var_7 = wp::extract(var_ro, var_6);
    var_9 = wp::extract(var_ro, var_8);
    var_10 = sample_height_0(var_h, var_7, var_9, var_spacing);
    var_11 = wp::sub(var_5, var_10);
    // while t < t_max:                                                                       <L 26>
    // return False, t_max                                                                    <L 36>
    ret_0 = var_34;
    ret_1 = var_t_max;
    goto label3;
    //---------
    // reverse
    label3:;
    adj_t_max += adj_ret_1;
    adj_34 += adj_ret_0;
    // adj: return False, t_max                                                               <L 36>
    start_while_0:;
    var_12 = (var_1 < var_t_max);
    if ((var_12) == false) goto end_while_0;
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
        // t += step                                                                          <L 27>
        var_13 = wp::add(var_1, var_step);
        // p = ro + rd * t                                                                    <L 28>
        var_14 = wp::mul(var_rd, var_13);
        var_15 = wp::add(var_ro, var_14);
        // gap = p[1] - sample_height(h, p[0], p[2], spacing)                                 <L 29>
        var_17 = wp::extract(var_15, var_16);
        var_19 = wp::extract(var_15, var_18);
        var_21 = wp::extract(var_15, var_20);
        var_22 = sample_height_0(var_h, var_19, var_21, var_spacing);
        var_23 = wp::sub(var_17, var_22);
        // if gap < 0.0:                                                                      <L 30>
        var_25 = (var_23 < var_24);
        if (var_25) {
            // w = prev_gap / (prev_gap - gap)                                                <L 32>
            var_26 = wp::sub(var_11, var_23);
            var_27 = wp::div(var_11, var_26);
            // return True, prev_t + (t - prev_t) * w                                         <L 33>
            var_29 = wp::sub(var_13, var_3);
            var_30 = wp::mul(var_29, var_27);
            var_31 = wp::add(var_3, var_30);
            ret_0 = var_28;
            ret_1 = var_31;
            goto label2;
        }
        // prev_t = t                                                                         <L 34>
        var_32 = wp::copy(var_13);
        // prev_gap = gap                                                                     <L 35>
        var_33 = wp::copy(var_23);
        wp::assign(var_1, var_13);
        wp::assign(var_3, var_32);
        wp::assign(var_11, var_33);
        wp::adj_assign(var_11, var_33, adj_11, adj_33);
        wp::adj_assign(var_3, var_32, adj_3, adj_32);
        wp::adj_assign(var_1, var_13, adj_1, adj_13);
        wp::adj_copy(var_23, adj_23, adj_33);
        // adj: prev_gap = gap                                                                <L 35>
        wp::adj_copy(var_13, adj_13, adj_32);
        // adj: prev_t = t                                                                    <L 34>
        if (var_25) {
            label2:;
            adj_31 += adj_ret_1;
            adj_28 += adj_ret_0;
            wp::adj_add(var_3, var_30, adj_3, adj_30, adj_31);
            wp::adj_mul(var_29, var_27, adj_29, adj_27, adj_30);
            wp::adj_sub(var_13, var_3, adj_13, adj_3, adj_29);
            // adj: return True, prev_t + (t - prev_t) * w                                    <L 33>
            wp::adj_div(var_11, var_26, var_27, adj_11, adj_26, adj_27);
            wp::adj_sub(var_11, var_23, adj_11, adj_23, adj_26);
            // adj: w = prev_gap / (prev_gap - gap)                                           <L 32>
        }
        // adj: if gap < 0.0:                                                                 <L 30>
        wp::adj_sub(var_17, var_22, adj_17, adj_22, adj_23);
        adj_sample_height_0(var_h, var_19, var_21, var_spacing, adj_h, adj_19, adj_21, adj_spacing, adj_22);
        wp::adj_extract(var_15, var_20, adj_15, adj_20, adj_21);
        wp::adj_extract(var_15, var_18, adj_15, adj_18, adj_19);
        wp::adj_extract(var_15, var_16, adj_15, adj_16, adj_17);
        // adj: gap = p[1] - sample_height(h, p[0], p[2], spacing)                            <L 29>
        wp::adj_add(var_ro, var_14, adj_ro, adj_14, adj_15);
        wp::adj_mul(var_rd, var_13, adj_rd, adj_13, adj_14);
        // adj: p = ro + rd * t                                                               <L 28>
        wp::adj_add(var_1, var_step, adj_1, adj_step, adj_13);
        // adj: t += step                                                                     <L 27>
    goto start_while_0;
    end_while_0:;
    // adj: while t < t_max:                                                                  <L 26>
    wp::adj_sub(var_5, var_10, adj_5, adj_10, adj_11);
    adj_sample_height_0(var_h, var_7, var_9, var_spacing, adj_h, adj_7, adj_9, adj_spacing, adj_10);
    wp::adj_extract(var_ro, var_8, adj_ro, adj_8, adj_9);
    wp::adj_extract(var_ro, var_6, adj_ro, adj_6, adj_7);
    wp::adj_extract(var_ro, var_4, adj_ro, adj_4, adj_5);
    // adj: prev_gap = ro[1] - sample_height(h, ro[0], ro[2], spacing)                        <L 25>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: prev_t = float(0.0)                                                               <L 24>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: t = float(0.0)                                                                    <L 23>
    // adj: def march(h: wp.array2d(dtype=float), spacing: float, ro: wp.vec3, rd: wp.vec3, t_max: float, step: float):  <L 22>
    return;
}



extern "C" __global__ void render_terrain_9f5cef3c_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_h,
    wp::float32 var_spacing,
    wp::vec_t<3, wp::float32> var_cam_pos,
    wp::mat_t<3, 3, wp::float32> var_cam_rot,
    wp::float32 var_fov,
    wp::vec_t<3, wp::float32> var_sun_dir,
    wp::float32 var_t_max,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image,
    wp::array_t<wp::float32> var_depth)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 2.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.5;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 1.0;
        const wp::float32 var_28 = 2.0;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::float32 var_36 = 0.5;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = -1.0;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::float32 var_44 = 0.5;
        wp::float32 var_45;
        bool var_46;
        wp::float32 var_47;
        bool var_48;
        const wp::float32 var_49 = 0.5;
        const wp::float32 var_50 = 0.7;
        const wp::float32 var_51 = 1.0;
        wp::vec_t<3, wp::float32> var_52;
        const wp::float32 var_53 = 0.6;
        const wp::float32 var_54 = 0.4;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.0;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::float32 var_64;
        const wp::int32 var_65 = 0;
        wp::float32 var_66;
        wp::float32 var_67;
        const wp::int32 var_68 = 2;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::int32 var_71 = 0;
        wp::float32 var_72;
        wp::float32 var_73;
        const wp::int32 var_74 = 2;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::int32 var_78 = 0;
        wp::float32 var_79;
        const wp::int32 var_80 = 2;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        const wp::int32 var_84 = 0;
        wp::float32 var_85;
        const wp::int32 var_86 = 2;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        const wp::float32 var_92 = 2.0;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::float32 var_97;
        const wp::float32 var_98 = 0.0;
        wp::float32 var_99;
        const wp::float32 var_100 = 0.3;
        const wp::float32 var_101 = 0.5;
        const wp::float32 var_102 = 0.2;
        wp::vec_t<3, wp::float32> var_103;
        const wp::int32 var_104 = 1;
        wp::float32 var_105;
        const wp::float32 var_106 = 5.0;
        bool var_107;
        const wp::float32 var_108 = 0.9;
        const wp::float32 var_109 = 0.9;
        const wp::float32 var_110 = 0.95;
        wp::vec_t<3, wp::float32> var_111;
        const wp::int32 var_112 = 1;
        wp::float32 var_113;
        const wp::float32 var_114 = 0.7;
        bool var_115;
        const wp::float32 var_116 = 0.45;
        const wp::float32 var_117 = 0.4;
        const wp::float32 var_118 = 0.35;
        wp::vec_t<3, wp::float32> var_119;
        wp::vec_t<3, wp::float32> var_120;
        wp::vec_t<3, wp::float32> var_121;
        const wp::float32 var_122 = -0.002;
        wp::float32 var_123;
        wp::float32 var_124;
        const wp::float32 var_125 = 0.15;
        const wp::float32 var_126 = 0.85;
        wp::float32 var_127;
        wp::float32 var_128;
        wp::vec_t<3, wp::float32> var_129;
        wp::vec_t<3, wp::float32> var_130;
        const wp::float32 var_131 = 0.6;
        const wp::float32 var_132 = 0.7;
        const wp::float32 var_133 = 0.8;
        wp::vec_t<3, wp::float32> var_134;
        const wp::float32 var_135 = 1.0;
        wp::float32 var_136;
        wp::vec_t<3, wp::float32> var_137;
        wp::vec_t<3, wp::float32> var_138;
        //---------
        // forward
        // def render_terrain(                                                                    <L 40>
        // y, x = wp.tid()                                                                        <L 51>
        builtin_tid2d(var_0, var_1);
        // height = image.shape[0]                                                                <L 52>
        var_2 = &(var_image.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // width = image.shape[1]                                                                 <L 53>
        var_6 = &(var_image.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // aspect = float(width) / float(height)                                                  <L 54>
        var_10 = wp::float(var_8);
        var_11 = wp::float(var_4);
        var_12 = wp::div(var_10, var_11);
        // sx = (2.0 * (float(x) + 0.5) / float(width) - 1.0) * wp.tan(fov * 0.5) * aspect        <L 55>
        var_14 = wp::float(var_1);
        var_16 = wp::add(var_14, var_15);
        var_17 = wp::mul(var_13, var_16);
        var_18 = wp::float(var_8);
        var_19 = wp::div(var_17, var_18);
        var_21 = wp::sub(var_19, var_20);
        var_23 = wp::mul(var_fov, var_22);
        var_24 = wp::tan(var_23);
        var_25 = wp::mul(var_21, var_24);
        var_26 = wp::mul(var_25, var_12);
        // sy = (1.0 - 2.0 * (float(y) + 0.5) / float(height)) * wp.tan(fov * 0.5)                <L 56>
        var_29 = wp::float(var_0);
        var_31 = wp::add(var_29, var_30);
        var_32 = wp::mul(var_28, var_31);
        var_33 = wp::float(var_4);
        var_34 = wp::div(var_32, var_33);
        var_35 = wp::sub(var_27, var_34);
        var_37 = wp::mul(var_fov, var_36);
        var_38 = wp::tan(var_37);
        var_39 = wp::mul(var_35, var_38);
        // rd = wp.normalize(cam_rot * wp.vec3(sx, sy, -1.0))                                     <L 57>
        var_41 = wp::vec_t<3, wp::float32>(var_26, var_39, var_40);
        var_42 = wp::mul(var_cam_rot, var_41);
        var_43 = wp::normalize(var_42);
        // hit, t = march(h, spacing, cam_pos, rd, t_max, spacing * 0.5)                          <L 58>
        var_45 = wp::mul(var_spacing, var_44);
        march_0(var_h, var_spacing, var_cam_pos, var_43, var_t_max, var_45, var_46, var_47);
        // if not hit:                                                                            <L 59>
        var_48 = wp::unot(var_46);
        if (var_48) {
            // sky = wp.vec3(0.5, 0.7, 1.0) * (0.6 + 0.4 * wp.max(rd[1], 0.0))                    <L 60>
            var_52 = wp::vec_t<3, wp::float32>(var_49, var_50, var_51);
            var_56 = wp::extract(var_43, var_55);
            var_58 = wp::max(var_56, var_57);
            var_59 = wp::mul(var_54, var_58);
            var_60 = wp::add(var_53, var_59);
            var_61 = wp::mul(var_52, var_60);
            // image[y, x] = sky                                                                  <L 61>
            wp::array_store(var_image, var_0, var_1, var_61);
            // depth[y, x] = t_max                                                                <L 62>
            wp::array_store(var_depth, var_0, var_1, var_t_max);
            // return                                                                             <L 63>
            continue;
        }
        // p = cam_pos + rd * t                                                                   <L 64>
        var_62 = wp::mul(var_43, var_47);
        var_63 = wp::add(var_cam_pos, var_62);
        // e = spacing                                                                            <L 65>
        var_64 = wp::copy(var_spacing);
        // hx = sample_height(h, p[0] + e, p[2], spacing) - sample_height(h, p[0] - e, p[2], spacing)       <L 66>
        var_66 = wp::extract(var_63, var_65);
        var_67 = wp::add(var_66, var_64);
        var_69 = wp::extract(var_63, var_68);
        var_70 = sample_height_0(var_h, var_67, var_69, var_spacing);
        var_72 = wp::extract(var_63, var_71);
        var_73 = wp::sub(var_72, var_64);
        var_75 = wp::extract(var_63, var_74);
        var_76 = sample_height_0(var_h, var_73, var_75, var_spacing);
        var_77 = wp::sub(var_70, var_76);
        // hz = sample_height(h, p[0], p[2] + e, spacing) - sample_height(h, p[0], p[2] - e, spacing)       <L 67>
        var_79 = wp::extract(var_63, var_78);
        var_81 = wp::extract(var_63, var_80);
        var_82 = wp::add(var_81, var_64);
        var_83 = sample_height_0(var_h, var_79, var_82, var_spacing);
        var_85 = wp::extract(var_63, var_84);
        var_87 = wp::extract(var_63, var_86);
        var_88 = wp::sub(var_87, var_64);
        var_89 = sample_height_0(var_h, var_85, var_88, var_spacing);
        var_90 = wp::sub(var_83, var_89);
        // n = wp.normalize(wp.vec3(-hx, 2.0 * e, -hz))                                           <L 68>
        var_91 = wp::neg(var_77);
        var_93 = wp::mul(var_92, var_64);
        var_94 = wp::neg(var_90);
        var_95 = wp::vec_t<3, wp::float32>(var_91, var_93, var_94);
        var_96 = wp::normalize(var_95);
        // diffuse = wp.max(wp.dot(n, sun_dir), 0.0)                                              <L 69>
        var_97 = wp::dot(var_96, var_sun_dir);
        var_99 = wp::max(var_97, var_98);
        // albedo = wp.vec3(0.3, 0.5, 0.2)                                                        <L 70>
        var_103 = wp::vec_t<3, wp::float32>(var_100, var_101, var_102);
        // if p[1] > 5.0:                                                                         <L 71>
        var_105 = wp::extract(var_63, var_104);
        var_107 = (var_105 > var_106);
        if (var_107) {
            // albedo = wp.vec3(0.9, 0.9, 0.95)                                                   <L 72>
            var_111 = wp::vec_t<3, wp::float32>(var_108, var_109, var_110);
        }
        if (!var_107) {
            // elif n[1] < 0.7:                                                                   <L 73>
            var_113 = wp::extract(var_96, var_112);
            var_115 = (var_113 < var_114);
            if (var_115) {
                // albedo = wp.vec3(0.45, 0.4, 0.35)                                              <L 74>
                var_119 = wp::vec_t<3, wp::float32>(var_116, var_117, var_118);
            }
            var_120 = wp::where(var_115, var_119, var_103);
        }
        var_121 = wp::where(var_107, var_111, var_120);
        // fog = wp.exp(-0.002 * t)                                                               <L 75>
        var_123 = wp::mul(var_122, var_47);
        var_124 = wp::exp(var_123);
        // col = albedo * (0.15 + 0.85 * diffuse)                                                 <L 76>
        var_127 = wp::mul(var_126, var_99);
        var_128 = wp::add(var_125, var_127);
        var_129 = wp::mul(var_121, var_128);
        // image[y, x] = col * fog + wp.vec3(0.6, 0.7, 0.8) * (1.0 - fog)                         <L 77>
        var_130 = wp::mul(var_129, var_124);
        var_134 = wp::vec_t<3, wp::float32>(var_131, var_132, var_133);
        var_136 = wp::sub(var_135, var_124);
        var_137 = wp::mul(var_134, var_136);
        var_138 = wp::add(var_130, var_137);
        wp::array_store(var_image, var_0, var_1, var_138);
        // depth[y, x] = t                                                                        <L 78>
        wp::array_store(var_depth, var_0, var_1, var_47);
    }
}



extern "C" __global__ void render_terrain_9f5cef3c_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_h,
    wp::float32 var_spacing,
    wp::vec_t<3, wp::float32> var_cam_pos,
    wp::mat_t<3, 3, wp::float32> var_cam_rot,
    wp::float32 var_fov,
    wp::vec_t<3, wp::float32> var_sun_dir,
    wp::float32 var_t_max,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image,
    wp::array_t<wp::float32> var_depth,
    wp::array_t<wp::float32> adj_h,
    wp::float32 adj_spacing,
    wp::vec_t<3, wp::float32> adj_cam_pos,
    wp::mat_t<3, 3, wp::float32> adj_cam_rot,
    wp::float32 adj_fov,
    wp::vec_t<3, wp::float32> adj_sun_dir,
    wp::float32 adj_t_max,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_image,
    wp::array_t<wp::float32> adj_depth)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 2.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.5;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 1.0;
        const wp::float32 var_28 = 2.0;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::float32 var_36 = 0.5;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = -1.0;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::float32 var_44 = 0.5;
        wp::float32 var_45;
        bool var_46;
        wp::float32 var_47;
        bool var_48;
        const wp::float32 var_49 = 0.5;
        const wp::float32 var_50 = 0.7;
        const wp::float32 var_51 = 1.0;
        wp::vec_t<3, wp::float32> var_52;
        const wp::float32 var_53 = 0.6;
        const wp::float32 var_54 = 0.4;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.0;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::float32 var_64;
        const wp::int32 var_65 = 0;
        wp::float32 var_66;
        wp::float32 var_67;
        const wp::int32 var_68 = 2;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::int32 var_71 = 0;
        wp::float32 var_72;
        wp::float32 var_73;
        const wp::int32 var_74 = 2;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::int32 var_78 = 0;
        wp::float32 var_79;
        const wp::int32 var_80 = 2;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        const wp::int32 var_84 = 0;
        wp::float32 var_85;
        const wp::int32 var_86 = 2;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        const wp::float32 var_92 = 2.0;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::float32 var_97;
        const wp::float32 var_98 = 0.0;
        wp::float32 var_99;
        const wp::float32 var_100 = 0.3;
        const wp::float32 var_101 = 0.5;
        const wp::float32 var_102 = 0.2;
        wp::vec_t<3, wp::float32> var_103;
        const wp::int32 var_104 = 1;
        wp::float32 var_105;
        const wp::float32 var_106 = 5.0;
        bool var_107;
        const wp::float32 var_108 = 0.9;
        const wp::float32 var_109 = 0.9;
        const wp::float32 var_110 = 0.95;
        wp::vec_t<3, wp::float32> var_111;
        const wp::int32 var_112 = 1;
        wp::float32 var_113;
        const wp::float32 var_114 = 0.7;
        bool var_115;
        const wp::float32 var_116 = 0.45;
        const wp::float32 var_117 = 0.4;
        const wp::float32 var_118 = 0.35;
        wp::vec_t<3, wp::float32> var_119;
        wp::vec_t<3, wp::float32> var_120;
        wp::vec_t<3, wp::float32> var_121;
        const wp::float32 var_122 = -0.002;
        wp::float32 var_123;
        wp::float32 var_124;
        const wp::float32 var_125 = 0.15;
        const wp::float32 var_126 = 0.85;
        wp::float32 var_127;
        wp::float32 var_128;
        wp::vec_t<3, wp::float32> var_129;
        wp::vec_t<3, wp::float32> var_130;
        const wp::float32 var_131 = 0.6;
        const wp::float32 var_132 = 0.7;
        const wp::float32 var_133 = 0.8;
        wp::vec_t<3, wp::float32> var_134;
        const wp::float32 var_135 = 1.0;
        wp::float32 var_136;
        wp::vec_t<3, wp::float32> var_137;
        wp::vec_t<3, wp::float32> var_138;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
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
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
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
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        bool adj_46 = {};
        wp::float32 adj_47 = {};
        bool adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::float32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::vec_t<3, wp::float32> adj_95 = {};
        wp::vec_t<3, wp::float32> adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::float32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::vec_t<3, wp::float32> adj_103 = {};
        wp::int32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::float32 adj_106 = {};
        bool adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::vec_t<3, wp::float32> adj_111 = {};
        wp::int32 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::float32 adj_114 = {};
        bool adj_115 = {};
        wp::float32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float32 adj_118 = {};
        wp::vec_t<3, wp::float32> adj_119 = {};
        wp::vec_t<3, wp::float32> adj_120 = {};
        wp::vec_t<3, wp::float32> adj_121 = {};
        wp::float32 adj_122 = {};
        wp::float32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::float32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::vec_t<3, wp::float32> adj_129 = {};
        wp::vec_t<3, wp::float32> adj_130 = {};
        wp::float32 adj_131 = {};
        wp::float32 adj_132 = {};
        wp::float32 adj_133 = {};
        wp::vec_t<3, wp::float32> adj_134 = {};
        wp::float32 adj_135 = {};
        wp::float32 adj_136 = {};
        wp::vec_t<3, wp::float32> adj_137 = {};
        wp::vec_t<3, wp::float32> adj_138 = {};
        //---------
        // forward
        // def render_terrain(                                                                    <L 40>
        // y, x = wp.tid()                                                                        <L 51>
        builtin_tid2d(var_0, var_1);
        // height = image.shape[0]                                                                <L 52>
        var_2 = &(var_image.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // width = image.shape[1]                                                                 <L 53>
        var_6 = &(var_image.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // aspect = float(width) / float(height)                                                  <L 54>
        var_10 = wp::float(var_8);
        var_11 = wp::float(var_4);
        var_12 = wp::div(var_10, var_11);
        // sx = (2.0 * (float(x) + 0.5) / float(width) - 1.0) * wp.tan(fov * 0.5) * aspect        <L 55>
        var_14 = wp::float(var_1);
        var_16 = wp::add(var_14, var_15);
        var_17 = wp::mul(var_13, var_16);
        var_18 = wp::float(var_8);
        var_19 = wp::div(var_17, var_18);
        var_21 = wp::sub(var_19, var_20);
        var_23 = wp::mul(var_fov, var_22);
        var_24 = wp::tan(var_23);
        var_25 = wp::mul(var_21, var_24);
        var_26 = wp::mul(var_25, var_12);
        // sy = (1.0 - 2.0 * (float(y) + 0.5) / float(height)) * wp.tan(fov * 0.5)                <L 56>
        var_29 = wp::float(var_0);
        var_31 = wp::add(var_29, var_30);
        var_32 = wp::mul(var_28, var_31);
        var_33 = wp::float(var_4);
        var_34 = wp::div(var_32, var_33);
        var_35 = wp::sub(var_27, var_34);
        var_37 = wp::mul(var_fov, var_36);
        var_38 = wp::tan(var_37);
        var_39 = wp::mul(var_35, var_38);
        // rd = wp.normalize(cam_rot * wp.vec3(sx, sy, -1.0))                                     <L 57>
        var_41 = wp::vec_t<3, wp::float32>(var_26, var_39, var_40);
        var_42 = wp::mul(var_cam_rot, var_41);
        var_43 = wp::normalize(var_42);
        // hit, t = march(h, spacing, cam_pos, rd, t_max, spacing * 0.5)                          <L 58>
        var_45 = wp::mul(var_spacing, var_44);
        march_0(var_h, var_spacing, var_cam_pos, var_43, var_t_max, var_45, var_46, var_47);
        // if not hit:                                                                            <L 59>
        var_48 = wp::unot(var_46);
        if (var_48) {
            // sky = wp.vec3(0.5, 0.7, 1.0) * (0.6 + 0.4 * wp.max(rd[1], 0.0))                    <L 60>
            var_52 = wp::vec_t<3, wp::float32>(var_49, var_50, var_51);
            var_56 = wp::extract(var_43, var_55);
            var_58 = wp::max(var_56, var_57);
            var_59 = wp::mul(var_54, var_58);
            var_60 = wp::add(var_53, var_59);
            var_61 = wp::mul(var_52, var_60);
            // image[y, x] = sky                                                                  <L 61>
            // wp::array_store(var_image, var_0, var_1, var_61);
            // depth[y, x] = t_max                                                                <L 62>
            // wp::array_store(var_depth, var_0, var_1, var_t_max);
            // return                                                                             <L 63>
            goto label0;
        }
        // p = cam_pos + rd * t                                                                   <L 64>
        var_62 = wp::mul(var_43, var_47);
        var_63 = wp::add(var_cam_pos, var_62);
        // e = spacing                                                                            <L 65>
        var_64 = wp::copy(var_spacing);
        // hx = sample_height(h, p[0] + e, p[2], spacing) - sample_height(h, p[0] - e, p[2], spacing)       <L 66>
        var_66 = wp::extract(var_63, var_65);
        var_67 = wp::add(var_66, var_64);
        var_69 = wp::extract(var_63, var_68);
        var_70 = sample_height_0(var_h, var_67, var_69, var_spacing);
        var_72 = wp::extract(var_63, var_71);
        var_73 = wp::sub(var_72, var_64);
        var_75 = wp::extract(var_63, var_74);
        var_76 = sample_height_0(var_h, var_73, var_75, var_spacing);
        var_77 = wp::sub(var_70, var_76);
        // hz = sample_height(h, p[0], p[2] + e, spacing) - sample_height(h, p[0], p[2] - e, spacing)       <L 67>
        var_79 = wp::extract(var_63, var_78);
        var_81 = wp::extract(var_63, var_80);
        var_82 = wp::add(var_81, var_64);
        var_83 = sample_height_0(var_h, var_79, var_82, var_spacing);
        var_85 = wp::extract(var_63, var_84);
        var_87 = wp::extract(var_63, var_86);
        var_88 = wp::sub(var_87, var_64);
        var_89 = sample_height_0(var_h, var_85, var_88, var_spacing);
        var_90 = wp::sub(var_83, var_89);
        // n = wp.normalize(wp.vec3(-hx, 2.0 * e, -hz))                                           <L 68>
        var_91 = wp::neg(var_77);
        var_93 = wp::mul(var_92, var_64);
        var_94 = wp::neg(var_90);
        var_95 = wp::vec_t<3, wp::float32>(var_91, var_93, var_94);
        var_96 = wp::normalize(var_95);
        // diffuse = wp.max(wp.dot(n, sun_dir), 0.0)                                              <L 69>
        var_97 = wp::dot(var_96, var_sun_dir);
        var_99 = wp::max(var_97, var_98);
        // albedo = wp.vec3(0.3, 0.5, 0.2)                                                        <L 70>
        var_103 = wp::vec_t<3, wp::float32>(var_100, var_101, var_102);
        // if p[1] > 5.0:                                                                         <L 71>
        var_105 = wp::extract(var_63, var_104);
        var_107 = (var_105 > var_106);
        if (var_107) {
            // albedo = wp.vec3(0.9, 0.9, 0.95)                                                   <L 72>
            var_111 = wp::vec_t<3, wp::float32>(var_108, var_109, var_110);
        }
        if (!var_107) {
            // elif n[1] < 0.7:                                                                   <L 73>
            var_113 = wp::extract(var_96, var_112);
            var_115 = (var_113 < var_114);
            if (var_115) {
                // albedo = wp.vec3(0.45, 0.4, 0.35)                                              <L 74>
                var_119 = wp::vec_t<3, wp::float32>(var_116, var_117, var_118);
            }
            var_120 = wp::where(var_115, var_119, var_103);
        }
        var_121 = wp::where(var_107, var_111, var_120);
        // fog = wp.exp(-0.002 * t)                                                               <L 75>
        var_123 = wp::mul(var_122, var_47);
        var_124 = wp::exp(var_123);
        // col = albedo * (0.15 + 0.85 * diffuse)                                                 <L 76>
        var_127 = wp::mul(var_126, var_99);
        var_128 = wp::add(var_125, var_127);
        var_129 = wp::mul(var_121, var_128);
        // image[y, x] = col * fog + wp.vec3(0.6, 0.7, 0.8) * (1.0 - fog)                         <L 77>
        var_130 = wp::mul(var_129, var_124);
        var_134 = wp::vec_t<3, wp::float32>(var_131, var_132, var_133);
        var_136 = wp::sub(var_135, var_124);
        var_137 = wp::mul(var_134, var_136);
        var_138 = wp::add(var_130, var_137);
        // wp::array_store(var_image, var_0, var_1, var_138);
        // depth[y, x] = t                                                                        <L 78>
        // wp::array_store(var_depth, var_0, var_1, var_47);
        //---------
        // reverse
        wp::adj_array_store(var_depth, var_0, var_1, var_47, adj_depth, adj_0, adj_1, adj_47);
        // adj: depth[y, x] = t                                                                   <L 78>
        wp::adj_array_store(var_image, var_0, var_1, var_138, adj_image, adj_0, adj_1, adj_138);
        wp::adj_add(var_130, var_137, adj_130, adj_137, adj_138);
        wp::adj_mul(var_134, var_136, adj_134, adj_136, adj_137);
        wp::adj_sub(var_135, var_124, adj_135, adj_124, adj_136);
        wp::adj_vec_t(var_131, var_132, var_133, adj_131, adj_132, adj_133, adj_134);
        wp::adj_mul(var_129, var_124, adj_129, adj_124, adj_130);
        // adj: image[y, x] = col * fog + wp.vec3(0.6, 0.7, 0.8) * (1.0 - fog)                    <L 77>
        wp::adj_mul(var_121, var_128, adj_121, adj_128, adj_129);
        wp::adj_add(var_125, var_127, adj_125, adj_127, adj_128);
        wp::adj_mul(var_126, var_99, adj_126, adj_99, adj_127);
        // adj: col = albedo * (0.15 + 0.85 * diffuse)                                            <L 76>
        wp::adj_exp(var_123, var_124, adj_123, adj_124);
        wp::adj_mul(var_122, var_47, adj_122, adj_47, adj_123);
        // adj: fog = wp.exp(-0.002 * t)                                                          <L 75>
        wp::adj_where(var_107, var_111, var_120, adj_107, adj_111, adj_120, adj_121);
        if (!var_107) {
            wp::adj_where(var_115, var_119, var_103, adj_115, adj_119, adj_103, adj_120);
            if (var_115) {
                wp::adj_vec_t(var_116, var_117, var_118, adj_116, adj_117, adj_118, adj_119);
                // adj: albedo = wp.vec3(0.45, 0.4, 0.35)                                         <L 74>
            }
            wp::adj_extract(var_96, var_112, adj_96, adj_112, adj_113);
            // adj: elif n[1] < 0.7:                                                              <L 73>
        }
        if (var_107) {
            wp::adj_vec_t(var_108, var_109, var_110, adj_108, adj_109, adj_110, adj_111);
            // adj: albedo = wp.vec3(0.9, 0.9, 0.95)                                              <L 72>
        }
        wp::adj_extract(var_63, var_104, adj_63, adj_104, adj_105);
        // adj: if p[1] > 5.0:                                                                    <L 71>
        wp::adj_vec_t(var_100, var_101, var_102, adj_100, adj_101, adj_102, adj_103);
        // adj: albedo = wp.vec3(0.3, 0.5, 0.2)                                                   <L 70>
        wp::adj_max(var_97, var_98, adj_97, adj_98, adj_99);
        wp::adj_dot(var_96, var_sun_dir, adj_96, adj_sun_dir, adj_97);
        // adj: diffuse = wp.max(wp.dot(n, sun_dir), 0.0)                                         <L 69>
        wp::adj_normalize(var_95, var_96, adj_95, adj_96);
        wp::adj_vec_t(var_91, var_93, var_94, adj_91, adj_93, adj_94, adj_95);
        wp::adj_neg(var_90, adj_90, adj_94);
        wp::adj_mul(var_92, var_64, adj_92, adj_64, adj_93);
        wp::adj_neg(var_77, adj_77, adj_91);
        // adj: n = wp.normalize(wp.vec3(-hx, 2.0 * e, -hz))                                      <L 68>
        wp::adj_sub(var_83, var_89, adj_83, adj_89, adj_90);
        adj_sample_height_0(var_h, var_85, var_88, var_spacing, adj_h, adj_85, adj_88, adj_spacing, adj_89);
        wp::adj_sub(var_87, var_64, adj_87, adj_64, adj_88);
        wp::adj_extract(var_63, var_86, adj_63, adj_86, adj_87);
        wp::adj_extract(var_63, var_84, adj_63, adj_84, adj_85);
        adj_sample_height_0(var_h, var_79, var_82, var_spacing, adj_h, adj_79, adj_82, adj_spacing, adj_83);
        wp::adj_add(var_81, var_64, adj_81, adj_64, adj_82);
        wp::adj_extract(var_63, var_80, adj_63, adj_80, adj_81);
        wp::adj_extract(var_63, var_78, adj_63, adj_78, adj_79);
        // adj: hz = sample_height(h, p[0], p[2] + e, spacing) - sample_height(h, p[0], p[2] - e, spacing)  <L 67>
        wp::adj_sub(var_70, var_76, adj_70, adj_76, adj_77);
        adj_sample_height_0(var_h, var_73, var_75, var_spacing, adj_h, adj_73, adj_75, adj_spacing, adj_76);
        wp::adj_extract(var_63, var_74, adj_63, adj_74, adj_75);
        wp::adj_sub(var_72, var_64, adj_72, adj_64, adj_73);
        wp::adj_extract(var_63, var_71, adj_63, adj_71, adj_72);
        adj_sample_height_0(var_h, var_67, var_69, var_spacing, adj_h, adj_67, adj_69, adj_spacing, adj_70);
        wp::adj_extract(var_63, var_68, adj_63, adj_68, adj_69);
        wp::adj_add(var_66, var_64, adj_66, adj_64, adj_67);
        wp::adj_extract(var_63, var_65, adj_63, adj_65, adj_66);
        // adj: hx = sample_height(h, p[0] + e, p[2], spacing) - sample_height(h, p[0] - e, p[2], spacing)  <L 66>
        wp::adj_copy(var_spacing, adj_spacing, adj_64);
        // adj: e = spacing                                                                       <L 65>
        wp::adj_add(var_cam_pos, var_62, adj_cam_pos, adj_62, adj_63);
        wp::adj_mul(var_43, var_47, adj_43, adj_47, adj_62);
        // adj: p = cam_pos + rd * t                                                              <L 64>
        if (var_48) {
            label0:;
            // adj: return                                                                        <L 63>
            wp::adj_array_store(var_depth, var_0, var_1, var_t_max, adj_depth, adj_0, adj_1, adj_t_max);
            // adj: depth[y, x] = t_max                                                           <L 62>
            wp::adj_array_store(var_image, var_0, var_1, var_61, adj_image, adj_0, adj_1, adj_61);
            // adj: image[y, x] = sky                                                             <L 61>
            wp::adj_mul(var_52, var_60, adj_52, adj_60, adj_61);
            wp::adj_add(var_53, var_59, adj_53, adj_59, adj_60);
            wp::adj_mul(var_54, var_58, adj_54, adj_58, adj_59);
            wp::adj_max(var_56, var_57, adj_56, adj_57, adj_58);
            wp::adj_extract(var_43, var_55, adj_43, adj_55, adj_56);
            wp::adj_vec_t(var_49, var_50, var_51, adj_49, adj_50, adj_51, adj_52);
            // adj: sky = wp.vec3(0.5, 0.7, 1.0) * (0.6 + 0.4 * wp.max(rd[1], 0.0))               <L 60>
        }
        // adj: if not hit:                                                                       <L 59>
        adj_march_0(var_h, var_spacing, var_cam_pos, var_43, var_t_max, var_45, var_46, var_47, adj_h, adj_spacing, adj_cam_pos, adj_43, adj_t_max, adj_45, adj_46, adj_47);
        wp::adj_mul(var_spacing, var_44, adj_spacing, adj_44, adj_45);
        // adj: hit, t = march(h, spacing, cam_pos, rd, t_max, spacing * 0.5)                     <L 58>
        wp::adj_normalize(var_42, var_43, adj_42, adj_43);
        wp::adj_mul(var_cam_rot, var_41, adj_cam_rot, adj_41, adj_42);
        wp::adj_vec_t(var_26, var_39, var_40, adj_26, adj_39, adj_40, adj_41);
        // adj: rd = wp.normalize(cam_rot * wp.vec3(sx, sy, -1.0))                                <L 57>
        wp::adj_mul(var_35, var_38, adj_35, adj_38, adj_39);
        wp::adj_tan(var_37, adj_37, adj_38);
        wp::adj_mul(var_fov, var_36, adj_fov, adj_36, adj_37);
        wp::adj_sub(var_27, var_34, adj_27, adj_34, adj_35);
        wp::adj_div(var_32, var_33, var_34, adj_32, adj_33, adj_34);
        wp::adj_float(var_4, adj_4, adj_33);
        wp::adj_mul(var_28, var_31, adj_28, adj_31, adj_32);
        wp::adj_add(var_29, var_30, adj_29, adj_30, adj_31);
        wp::adj_float(var_0, adj_0, adj_29);
        // adj: sy = (1.0 - 2.0 * (float(y) + 0.5) / float(height)) * wp.tan(fov * 0.5)           <L 56>
        wp::adj_mul(var_25, var_12, adj_25, adj_12, adj_26);
        wp::adj_mul(var_21, var_24, adj_21, adj_24, adj_25);
        wp::adj_tan(var_23, adj_23, adj_24);
        wp::adj_mul(var_fov, var_22, adj_fov, adj_22, adj_23);
        wp::adj_sub(var_19, var_20, adj_19, adj_20, adj_21);
        wp::adj_div(var_17, var_18, var_19, adj_17, adj_18, adj_19);
        wp::adj_float(var_8, adj_8, adj_18);
        wp::adj_mul(var_13, var_16, adj_13, adj_16, adj_17);
        wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_float(var_1, adj_1, adj_14);
        // adj: sx = (2.0 * (float(x) + 0.5) / float(width) - 1.0) * wp.tan(fov * 0.5) * aspect   <L 55>
        wp::adj_div(var_10, var_11, var_12, adj_10, adj_11, adj_12);
        wp::adj_float(var_4, adj_4, adj_11);
        wp::adj_float(var_8, adj_8, adj_10);
        // adj: aspect = float(width) / float(height)                                             <L 54>
        adj_image.shape = adj_6;
        // adj: width = image.shape[1]                                                            <L 53>
        adj_image.shape = adj_2;
        // adj: height = image.shape[0]                                                           <L 52>
        // adj: y, x = wp.tid()                                                                   <L 51>
        // adj: def render_terrain(                                                               <L 40>
        continue;
    }
}



extern "C" __global__ void shadow_mask_68f85370_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_h,
    wp::float32 var_spacing,
    wp::vec_t<3, wp::float32> var_sun_dir,
    wp::float32 var_t_max,
    wp::array_t<wp::float32> var_shadow)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        const wp::float32 var_5 = 0.001;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        bool var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.3;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        //---------
        // forward
        // def shadow_mask(h: wp.array2d(dtype=float), spacing: float, sun_dir: wp.vec3, t_max: float, shadow: wp.array2d(dtype=float)):       <L 82>
        // i, j = wp.tid()                                                                        <L 83>
        builtin_tid2d(var_0, var_1);
        // p = wp.vec3(float(i) * spacing, h[i, j] + 1.0e-3, float(j) * spacing)                  <L 84>
        var_2 = wp::float(var_0);
        var_3 = wp::mul(var_2, var_spacing);
        var_4 = wp::address(var_h, var_0, var_1);
        var_7 = wp::load(var_4);
        var_6 = wp::add(var_7, var_5);
        var_8 = wp::float(var_1);
        var_9 = wp::mul(var_8, var_spacing);
        var_10 = wp::vec_t<3, wp::float32>(var_3, var_6, var_9);
        // hit, t = march(h, spacing, p, sun_dir, t_max, spacing)                                 <L 85>
        march_0(var_h, var_spacing, var_10, var_sun_dir, var_t_max, var_spacing, var_11, var_12);
        // shadow[i, j] = wp.where(hit, 0.3, 1.0)                                                 <L 86>
        var_15 = wp::where(var_11, var_13, var_14);
        wp::array_store(var_shadow, var_0, var_1, var_15);
    }
}



extern "C" __global__ void shadow_mask_68f85370_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_h,
    wp::float32 var_spacing,
    wp::vec_t<3, wp::float32> var_sun_dir,
    wp::float32 var_t_max,
    wp::array_t<wp::float32> var_shadow,
    wp::array_t<wp::float32> adj_h,
    wp::float32 adj_spacing,
    wp::vec_t<3, wp::float32> adj_sun_dir,
    wp::float32 adj_t_max,
    wp::array_t<wp::float32> adj_shadow)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        const wp::float32 var_5 = 0.001;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        bool var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.3;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        //---------
        // forward
        // def shadow_mask(h: wp.array2d(dtype=float), spacing: float, sun_dir: wp.vec3, t_max: float, shadow: wp.array2d(dtype=float)):       <L 82>
        // i, j = wp.tid()                                                                        <L 83>
        builtin_tid2d(var_0, var_1);
        // p = wp.vec3(float(i) * spacing, h[i, j] + 1.0e-3, float(j) * spacing)                  <L 84>
        var_2 = wp::float(var_0);
        var_3 = wp::mul(var_2, var_spacing);
        var_4 = wp::address(var_h, var_0, var_1);
        var_7 = wp::load(var_4);
        var_6 = wp::add(var_7, var_5);
        var_8 = wp::float(var_1);
        var_9 = wp::mul(var_8, var_spacing);
        var_10 = wp::vec_t<3, wp::float32>(var_3, var_6, var_9);
        // hit, t = march(h, spacing, p, sun_dir, t_max, spacing)                                 <L 85>
        march_0(var_h, var_spacing, var_10, var_sun_dir, var_t_max, var_spacing, var_11, var_12);
        // shadow[i, j] = wp.where(hit, 0.3, 1.0)                                                 <L 86>
        var_15 = wp::where(var_11, var_13, var_14);
        // wp::array_store(var_shadow, var_0, var_1, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_shadow, var_0, var_1, var_15, adj_shadow, adj_0, adj_1, adj_15);
        wp::adj_where(var_11, var_13, var_14, adj_11, adj_13, adj_14, adj_15);
        // adj: shadow[i, j] = wp.where(hit, 0.3, 1.0)                                            <L 86>
        adj_march_0(var_h, var_spacing, var_10, var_sun_dir, var_t_max, var_spacing, var_11, var_12, adj_h, adj_spacing, adj_10, adj_sun_dir, adj_t_max, adj_spacing, adj_11, adj_12);
        // adj: hit, t = march(h, spacing, p, sun_dir, t_max, spacing)                            <L 85>
        wp::adj_vec_t(var_3, var_6, var_9, adj_3, adj_6, adj_9, adj_10);
        wp::adj_mul(var_8, var_spacing, adj_8, adj_spacing, adj_9);
        wp::adj_float(var_1, adj_1, adj_8);
        wp::adj_add(var_7, var_5, adj_4, adj_5, adj_6);
        wp::adj_address(var_h, var_0, var_1, adj_h, adj_0, adj_1, adj_4);
        wp::adj_mul(var_2, var_spacing, adj_2, adj_spacing, adj_3);
        wp::adj_float(var_0, adj_0, adj_2);
        // adj: p = wp.vec3(float(i) * spacing, h[i, j] + 1.0e-3, float(j) * spacing)             <L 84>
        // adj: i, j = wp.tid()                                                                   <L 83>
        // adj: def shadow_mask(h: wp.array2d(dtype=float), spacing: float, sun_dir: wp.vec3, t_max: float, shadow: wp.array2d(dtype=float)):  <L 82>
        continue;
    }
}

