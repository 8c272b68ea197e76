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


struct Intrinsics_9863b931
{
    wp::mat_t<3, 3, wp::float32> K;
    wp::vec_t<4, wp::float32> dist;
    wp::int32 width;
    wp::int32 height;


    Intrinsics_9863b931() = default;
    CUDA_CALLABLE Intrinsics_9863b931(wp::mat_t<3, 3, wp::float32> const& K,
    wp::vec_t<4, wp::float32> const& dist = {},
    wp::int32 const& width = {},
    wp::int32 const& height = {})
        : K{K}
        , dist{dist}
        , width{width}
        , height{height}

    {
    }

    CUDA_CALLABLE Intrinsics_9863b931& operator += (const Intrinsics_9863b931& rhs)
    {    K += rhs.K;
    dist += rhs.dist;
    width += rhs.width;
    height += rhs.height;

        return *this;}

};

static CUDA_CALLABLE void adj_Intrinsics_9863b931(wp::mat_t<3, 3, wp::float32> const&,
    wp::vec_t<4, wp::float32> const&,
    wp::int32 const&,
    wp::int32 const&,
    wp::mat_t<3, 3, wp::float32> & adj_K,
    wp::vec_t<4, wp::float32> & adj_dist,
    wp::int32 & adj_width,
    wp::int32 & adj_height,
    Intrinsics_9863b931 & adj_ret)
{
    adj_K += adj_ret.K;
    adj_dist += adj_ret.dist;
    adj_width += adj_ret.width;
    adj_height += adj_ret.height;
}

// Required when compiling adjoints.
CUDA_CALLABLE Intrinsics_9863b931 add(const Intrinsics_9863b931& a, const Intrinsics_9863b931& b)
{
    return Intrinsics_9863b931();
}

CUDA_CALLABLE void adj_atomic_add(Intrinsics_9863b931* p, Intrinsics_9863b931 t)
{
    wp::adj_atomic_add(&p->K, t.K);
    wp::adj_atomic_add(&p->dist, t.dist);
    wp::adj_atomic_add(&p->width, t.width);
    wp::adj_atomic_add(&p->height, t.height);
}




// corpus/190_camera_distortion_projection.py:12
static CUDA_CALLABLE wp::vec_t<2, wp::float32> distort_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::vec_t<4, wp::float32> var_d)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    const wp::float32 var_15 = 2.0;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 3;
    wp::float32 var_22;
    const wp::float32 var_23 = 2.0;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    const wp::float32 var_31 = 2.0;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 2.0;
    const wp::int32 var_37 = 3;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::vec_t<2, wp::float32> var_47;
    //---------
    // forward
    // def distort(p: wp.vec2, d: wp.vec4) -> wp.vec2:                                        <L 13>
    // r2 = wp.dot(p, p)                                                                      <L 14>
    var_0 = wp::dot(var_p, var_p);
    // radial = 1.0 + d[0] * r2 + d[1] * r2 * r2                                              <L 15>
    var_3 = wp::extract(var_d, var_2);
    var_4 = wp::mul(var_3, var_0);
    var_5 = wp::add(var_1, var_4);
    var_7 = wp::extract(var_d, var_6);
    var_8 = wp::mul(var_7, var_0);
    var_9 = wp::mul(var_8, var_0);
    var_10 = wp::add(var_5, var_9);
    // x = p[0]                                                                               <L 16>
    var_12 = wp::extract(var_p, var_11);
    // y = p[1]                                                                               <L 17>
    var_14 = wp::extract(var_p, var_13);
    // tx = 2.0 * d[2] * x * y + d[3] * (r2 + 2.0 * x * x)                                    <L 18>
    var_17 = wp::extract(var_d, var_16);
    var_18 = wp::mul(var_15, var_17);
    var_19 = wp::mul(var_18, var_12);
    var_20 = wp::mul(var_19, var_14);
    var_22 = wp::extract(var_d, var_21);
    var_24 = wp::mul(var_23, var_12);
    var_25 = wp::mul(var_24, var_12);
    var_26 = wp::add(var_0, var_25);
    var_27 = wp::mul(var_22, var_26);
    var_28 = wp::add(var_20, var_27);
    // ty = d[2] * (r2 + 2.0 * y * y) + 2.0 * d[3] * x * y                                    <L 19>
    var_30 = wp::extract(var_d, var_29);
    var_32 = wp::mul(var_31, var_14);
    var_33 = wp::mul(var_32, var_14);
    var_34 = wp::add(var_0, var_33);
    var_35 = wp::mul(var_30, var_34);
    var_38 = wp::extract(var_d, var_37);
    var_39 = wp::mul(var_36, var_38);
    var_40 = wp::mul(var_39, var_12);
    var_41 = wp::mul(var_40, var_14);
    var_42 = wp::add(var_35, var_41);
    // return wp.vec2(x * radial + tx, y * radial + ty)                                       <L 20>
    var_43 = wp::mul(var_12, var_10);
    var_44 = wp::add(var_43, var_28);
    var_45 = wp::mul(var_14, var_10);
    var_46 = wp::add(var_45, var_42);
    var_47 = wp::vec_t<2, wp::float32>(var_44, var_46);
    return var_47;
}


// corpus/190_camera_distortion_projection.py:32
static CUDA_CALLABLE void project_0(
    wp::mat_t<3, 3, wp::float32> var_K,
    wp::vec_t<4, wp::float32> var_d,
    wp::vec_t<3, wp::float32> var_pc,
    bool & ret_0,
    wp::vec_t<2, wp::float32> & ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    wp::float32 var_1;
    const wp::float32 var_2 = 1e-06;
    bool var_3;
    const bool var_4 = false;
    wp::vec_t<2, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const bool var_25 = true;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::float32 var_29;
    wp::vec_t<2, wp::float32> var_30;
    //---------
    // forward
    // def project(K: wp.mat33, d: wp.vec4, pc: wp.vec3):                                     <L 33>
    // if pc[2] <= 1.0e-6:                                                                    <L 34>
    var_1 = wp::extract(var_pc, var_0);
    var_3 = (var_1 <= var_2);
    if (var_3) {
        // return False, wp.vec2()                                                            <L 35>
        var_5 = wp::vec_t<2, wp::float32>();
        ret_0 = var_4;
        ret_1 = var_5;
        return;
    }
    // n = wp.vec2(pc[0] / pc[2], pc[1] / pc[2])                                              <L 36>
    var_7 = wp::extract(var_pc, var_6);
    var_9 = wp::extract(var_pc, var_8);
    var_10 = wp::div(var_7, var_9);
    var_12 = wp::extract(var_pc, var_11);
    var_14 = wp::extract(var_pc, var_13);
    var_15 = wp::div(var_12, var_14);
    var_16 = wp::vec_t<2, wp::float32>(var_10, var_15);
    // nd = distort(n, d)                                                                     <L 37>
    var_17 = distort_0(var_16, var_d);
    // uv = K * wp.vec3(nd[0], nd[1], 1.0)                                                    <L 38>
    var_19 = wp::extract(var_17, var_18);
    var_21 = wp::extract(var_17, var_20);
    var_23 = wp::vec_t<3, wp::float32>(var_19, var_21, var_22);
    var_24 = wp::mul(var_K, var_23);
    // return True, wp.vec2(uv[0], uv[1])                                                     <L 39>
    var_27 = wp::extract(var_24, var_26);
    var_29 = wp::extract(var_24, var_28);
    var_30 = wp::vec_t<2, wp::float32>(var_27, var_29);
    ret_0 = var_25;
    ret_1 = var_30;
    return;
}


// corpus/190_camera_distortion_projection.py:23
static CUDA_CALLABLE wp::vec_t<2, wp::float32> undistort_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::vec_t<4, wp::float32> var_d,
    wp::int32 var_iters)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    wp::range_t var_1;
    wp::int32 var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    //---------
    // forward
    // def undistort(p: wp.vec2, d: wp.vec4, iters: int) -> wp.vec2:                          <L 24>
    // q = p                                                                                  <L 25>
    var_0 = wp::copy(var_p);
    // for it in range(iters):                                                                <L 26>
    var_1 = wp::range(var_iters);
    start_for_0:;
        if (iter_cmp(var_1) == 0) goto end_for_0;
        var_2 = wp::iter_next(var_1);
        // e = distort(q, d) - p                                                              <L 27>
        var_3 = distort_0(var_0, var_d);
        var_4 = wp::sub(var_3, var_p);
        // q = q - e                                                                          <L 28>
        var_5 = wp::sub(var_0, var_4);
        wp::assign(var_0, var_5);
        goto start_for_0;
    end_for_0:;
    // return q                                                                               <L 29>
    return var_0;
}


// corpus/190_camera_distortion_projection.py:12
static CUDA_CALLABLE void adj_distort_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::vec_t<4, wp::float32> var_d,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::vec_t<4, wp::float32> & adj_d,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    const wp::float32 var_15 = 2.0;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 3;
    wp::float32 var_22;
    const wp::float32 var_23 = 2.0;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    const wp::float32 var_31 = 2.0;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 2.0;
    const wp::int32 var_37 = 3;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::vec_t<2, wp::float32> var_47;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
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
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::vec_t<2, wp::float32> adj_47 = {};
    //---------
    // forward
    // def distort(p: wp.vec2, d: wp.vec4) -> wp.vec2:                                        <L 13>
    // r2 = wp.dot(p, p)                                                                      <L 14>
    var_0 = wp::dot(var_p, var_p);
    // radial = 1.0 + d[0] * r2 + d[1] * r2 * r2                                              <L 15>
    var_3 = wp::extract(var_d, var_2);
    var_4 = wp::mul(var_3, var_0);
    var_5 = wp::add(var_1, var_4);
    var_7 = wp::extract(var_d, var_6);
    var_8 = wp::mul(var_7, var_0);
    var_9 = wp::mul(var_8, var_0);
    var_10 = wp::add(var_5, var_9);
    // x = p[0]                                                                               <L 16>
    var_12 = wp::extract(var_p, var_11);
    // y = p[1]                                                                               <L 17>
    var_14 = wp::extract(var_p, var_13);
    // tx = 2.0 * d[2] * x * y + d[3] * (r2 + 2.0 * x * x)                                    <L 18>
    var_17 = wp::extract(var_d, var_16);
    var_18 = wp::mul(var_15, var_17);
    var_19 = wp::mul(var_18, var_12);
    var_20 = wp::mul(var_19, var_14);
    var_22 = wp::extract(var_d, var_21);
    var_24 = wp::mul(var_23, var_12);
    var_25 = wp::mul(var_24, var_12);
    var_26 = wp::add(var_0, var_25);
    var_27 = wp::mul(var_22, var_26);
    var_28 = wp::add(var_20, var_27);
    // ty = d[2] * (r2 + 2.0 * y * y) + 2.0 * d[3] * x * y                                    <L 19>
    var_30 = wp::extract(var_d, var_29);
    var_32 = wp::mul(var_31, var_14);
    var_33 = wp::mul(var_32, var_14);
    var_34 = wp::add(var_0, var_33);
    var_35 = wp::mul(var_30, var_34);
    var_38 = wp::extract(var_d, var_37);
    var_39 = wp::mul(var_36, var_38);
    var_40 = wp::mul(var_39, var_12);
    var_41 = wp::mul(var_40, var_14);
    var_42 = wp::add(var_35, var_41);
    // return wp.vec2(x * radial + tx, y * radial + ty)                                       <L 20>
    var_43 = wp::mul(var_12, var_10);
    var_44 = wp::add(var_43, var_28);
    var_45 = wp::mul(var_14, var_10);
    var_46 = wp::add(var_45, var_42);
    var_47 = wp::vec_t<2, wp::float32>(var_44, var_46);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_47 += adj_ret;
    wp::adj_vec_t(var_44, var_46, adj_44, adj_46, adj_47);
    wp::adj_add(var_45, var_42, adj_45, adj_42, adj_46);
    wp::adj_mul(var_14, var_10, adj_14, adj_10, adj_45);
    wp::adj_add(var_43, var_28, adj_43, adj_28, adj_44);
    wp::adj_mul(var_12, var_10, adj_12, adj_10, adj_43);
    // adj: return wp.vec2(x * radial + tx, y * radial + ty)                                  <L 20>
    wp::adj_add(var_35, var_41, adj_35, adj_41, adj_42);
    wp::adj_mul(var_40, var_14, adj_40, adj_14, adj_41);
    wp::adj_mul(var_39, var_12, adj_39, adj_12, adj_40);
    wp::adj_mul(var_36, var_38, adj_36, adj_38, adj_39);
    wp::adj_extract(var_d, var_37, adj_d, adj_37, adj_38);
    wp::adj_mul(var_30, var_34, adj_30, adj_34, adj_35);
    wp::adj_add(var_0, var_33, adj_0, adj_33, adj_34);
    wp::adj_mul(var_32, var_14, adj_32, adj_14, adj_33);
    wp::adj_mul(var_31, var_14, adj_31, adj_14, adj_32);
    wp::adj_extract(var_d, var_29, adj_d, adj_29, adj_30);
    // adj: ty = d[2] * (r2 + 2.0 * y * y) + 2.0 * d[3] * x * y                               <L 19>
    wp::adj_add(var_20, var_27, adj_20, adj_27, adj_28);
    wp::adj_mul(var_22, var_26, adj_22, adj_26, adj_27);
    wp::adj_add(var_0, var_25, adj_0, adj_25, adj_26);
    wp::adj_mul(var_24, var_12, adj_24, adj_12, adj_25);
    wp::adj_mul(var_23, var_12, adj_23, adj_12, adj_24);
    wp::adj_extract(var_d, var_21, adj_d, adj_21, adj_22);
    wp::adj_mul(var_19, var_14, adj_19, adj_14, adj_20);
    wp::adj_mul(var_18, var_12, adj_18, adj_12, adj_19);
    wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_extract(var_d, var_16, adj_d, adj_16, adj_17);
    // adj: tx = 2.0 * d[2] * x * y + d[3] * (r2 + 2.0 * x * x)                               <L 18>
    wp::adj_extract(var_p, var_13, adj_p, adj_13, adj_14);
    // adj: y = p[1]                                                                          <L 17>
    wp::adj_extract(var_p, var_11, adj_p, adj_11, adj_12);
    // adj: x = p[0]                                                                          <L 16>
    wp::adj_add(var_5, var_9, adj_5, adj_9, adj_10);
    wp::adj_mul(var_8, var_0, adj_8, adj_0, adj_9);
    wp::adj_mul(var_7, var_0, adj_7, adj_0, adj_8);
    wp::adj_extract(var_d, var_6, adj_d, adj_6, adj_7);
    wp::adj_add(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_mul(var_3, var_0, adj_3, adj_0, adj_4);
    wp::adj_extract(var_d, var_2, adj_d, adj_2, adj_3);
    // adj: radial = 1.0 + d[0] * r2 + d[1] * r2 * r2                                         <L 15>
    wp::adj_dot(var_p, var_p, adj_p, adj_p, adj_0);
    // adj: r2 = wp.dot(p, p)                                                                 <L 14>
    // adj: def distort(p: wp.vec2, d: wp.vec4) -> wp.vec2:                                   <L 13>
    return;
}


// corpus/190_camera_distortion_projection.py:32
static CUDA_CALLABLE void adj_project_0(
    wp::mat_t<3, 3, wp::float32> var_K,
    wp::vec_t<4, wp::float32> var_d,
    wp::vec_t<3, wp::float32> var_pc,
    bool & ret_0,
    wp::vec_t<2, wp::float32> & ret_1,
    wp::mat_t<3, 3, wp::float32> & adj_K,
    wp::vec_t<4, wp::float32> & adj_d,
    wp::vec_t<3, wp::float32> & adj_pc,
    bool & adj_ret_0,
    wp::vec_t<2, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    wp::float32 var_1;
    const wp::float32 var_2 = 1e-06;
    bool var_3;
    const bool var_4 = false;
    wp::vec_t<2, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const bool var_25 = true;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::float32 var_29;
    wp::vec_t<2, wp::float32> var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    bool adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    bool adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<2, wp::float32> adj_30 = {};
    //---------
    // forward
    // def project(K: wp.mat33, d: wp.vec4, pc: wp.vec3):                                     <L 33>
    // if pc[2] <= 1.0e-6:                                                                    <L 34>
    var_1 = wp::extract(var_pc, var_0);
    var_3 = (var_1 <= var_2);
    if (var_3) {
        // return False, wp.vec2()                                                            <L 35>
        var_5 = wp::vec_t<2, wp::float32>();
        ret_0 = var_4;
        ret_1 = var_5;
        goto label0;
    }
    // n = wp.vec2(pc[0] / pc[2], pc[1] / pc[2])                                              <L 36>
    var_7 = wp::extract(var_pc, var_6);
    var_9 = wp::extract(var_pc, var_8);
    var_10 = wp::div(var_7, var_9);
    var_12 = wp::extract(var_pc, var_11);
    var_14 = wp::extract(var_pc, var_13);
    var_15 = wp::div(var_12, var_14);
    var_16 = wp::vec_t<2, wp::float32>(var_10, var_15);
    // nd = distort(n, d)                                                                     <L 37>
    var_17 = distort_0(var_16, var_d);
    // uv = K * wp.vec3(nd[0], nd[1], 1.0)                                                    <L 38>
    var_19 = wp::extract(var_17, var_18);
    var_21 = wp::extract(var_17, var_20);
    var_23 = wp::vec_t<3, wp::float32>(var_19, var_21, var_22);
    var_24 = wp::mul(var_K, var_23);
    // return True, wp.vec2(uv[0], uv[1])                                                     <L 39>
    var_27 = wp::extract(var_24, var_26);
    var_29 = wp::extract(var_24, var_28);
    var_30 = wp::vec_t<2, wp::float32>(var_27, var_29);
    ret_0 = var_25;
    ret_1 = var_30;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_30 += adj_ret_1;
    adj_25 += adj_ret_0;
    wp::adj_vec_t(var_27, var_29, adj_27, adj_29, adj_30);
    wp::adj_extract(var_24, var_28, adj_24, adj_28, adj_29);
    wp::adj_extract(var_24, var_26, adj_24, adj_26, adj_27);
    // adj: return True, wp.vec2(uv[0], uv[1])                                                <L 39>
    wp::adj_mul(var_K, var_23, adj_K, adj_23, adj_24);
    wp::adj_vec_t(var_19, var_21, var_22, adj_19, adj_21, adj_22, adj_23);
    wp::adj_extract(var_17, var_20, adj_17, adj_20, adj_21);
    wp::adj_extract(var_17, var_18, adj_17, adj_18, adj_19);
    // adj: uv = K * wp.vec3(nd[0], nd[1], 1.0)                                               <L 38>
    adj_distort_0(var_16, var_d, adj_16, adj_d, adj_17);
    // adj: nd = distort(n, d)                                                                <L 37>
    wp::adj_vec_t(var_10, var_15, adj_10, adj_15, adj_16);
    wp::adj_div(var_12, var_14, var_15, adj_12, adj_14, adj_15);
    wp::adj_extract(var_pc, var_13, adj_pc, adj_13, adj_14);
    wp::adj_extract(var_pc, var_11, adj_pc, adj_11, adj_12);
    wp::adj_div(var_7, var_9, var_10, adj_7, adj_9, adj_10);
    wp::adj_extract(var_pc, var_8, adj_pc, adj_8, adj_9);
    wp::adj_extract(var_pc, var_6, adj_pc, adj_6, adj_7);
    // adj: n = wp.vec2(pc[0] / pc[2], pc[1] / pc[2])                                         <L 36>
    if (var_3) {
        label0:;
        adj_5 += adj_ret_1;
        adj_4 += adj_ret_0;
        // adj: return False, wp.vec2()                                                       <L 35>
    }
    wp::adj_extract(var_pc, var_0, adj_pc, adj_0, adj_1);
    // adj: if pc[2] <= 1.0e-6:                                                               <L 34>
    // adj: def project(K: wp.mat33, d: wp.vec4, pc: wp.vec3):                                <L 33>
    return;
}


// corpus/190_camera_distortion_projection.py:23
static CUDA_CALLABLE void adj_undistort_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::vec_t<4, wp::float32> var_d,
    wp::int32 var_iters,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::vec_t<4, wp::float32> & adj_d,
    wp::int32 & adj_iters,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    wp::range_t var_1;
    wp::int32 var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    //---------
    // dual vars
    wp::vec_t<2, wp::float32> adj_0 = {};
    wp::range_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    //---------
    // forward
    // def undistort(p: wp.vec2, d: wp.vec4, iters: int) -> wp.vec2:                          <L 24>
    // q = p                                                                                  <L 25>
    var_0 = wp::copy(var_p);
    // for it in range(iters):                                                                <L 26>
    var_1 = wp::range(var_iters);
    // return q                                                                               <L 29>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_0 += adj_ret;
    // adj: return q                                                                          <L 29>
    var_1 = wp::iter_reverse(var_1);
    start_for_0:;
        if (iter_cmp(var_1) == 0) goto end_for_0;
        var_2 = wp::iter_next(var_1);
    	adj_3 = {};
    	adj_4 = {};
    	adj_5 = {};
        // e = distort(q, d) - p                                                              <L 27>
        var_3 = distort_0(var_0, var_d);
        var_4 = wp::sub(var_3, var_p);
        // q = q - e                                                                          <L 28>
        var_5 = wp::sub(var_0, var_4);
        wp::assign(var_0, var_5);
        wp::adj_assign(var_0, var_5, adj_0, adj_5);
        wp::adj_sub(var_0, var_4, adj_0, adj_4, adj_5);
        // adj: q = q - e                                                                     <L 28>
        wp::adj_sub(var_3, var_p, adj_3, adj_p, adj_4);
        adj_distort_0(var_0, var_d, adj_0, adj_d, adj_3);
        // adj: e = distort(q, d) - p                                                         <L 27>
    	goto start_for_0;
    end_for_0:;
    // adj: for it in range(iters):                                                           <L 26>
    wp::adj_copy(var_p, adj_p, adj_0);
    // adj: q = p                                                                             <L 25>
    // adj: def undistort(p: wp.vec2, d: wp.vec4, iters: int) -> wp.vec2:                     <L 24>
    return;
}



extern "C" __global__ void project_points_b5a08c60_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts,
    wp::transform_t<wp::float32> var_world_to_cam,
    Intrinsics_9863b931 var_intr,
    wp::array_t<wp::vec_t<2, wp::float32>> var_uv,
    wp::array_t<bool> var_valid,
    wp::array_t<wp::float32> var_depth_img)
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
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::vec_t<4, wp::float32>* var_5;
        bool var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::vec_t<4, wp::float32> var_9;
        bool var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        bool var_18;
        const wp::int32 var_19 = 0;
        wp::float32 var_20;
        wp::int32* var_21;
        wp::float32 var_22;
        wp::int32 var_23;
        bool var_24;
        const wp::int32 var_25 = 1;
        wp::float32 var_26;
        wp::int32* var_27;
        wp::float32 var_28;
        wp::int32 var_29;
        bool var_30;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        wp::int32 var_33;
        const wp::int32 var_34 = 0;
        wp::float32 var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 2;
        wp::float32 var_38;
        wp::float32 var_39;
        //---------
        // forward
        // def project_points(pts: wp.array(dtype=wp.vec3), world_to_cam: wp.transform, intr: Intrinsics, uv: wp.array(dtype=wp.vec2), valid: wp.array(dtype=wp.bool), depth_img: wp.array2d(dtype=float)):       <L 43>
        // i = wp.tid()                                                                           <L 44>
        var_0 = builtin_tid1d();
        // pc = wp.transform_point(world_to_cam, pts[i])                                          <L 45>
        var_1 = wp::address(var_pts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::transform_point(var_world_to_cam, var_3);
        // ok, p = project(intr.K, intr.dist, pc)                                                 <L 46>
        var_4 = &((var_intr).K);
        var_5 = &((var_intr).dist);
        var_8 = wp::load(var_4);
        var_9 = wp::load(var_5);
        project_0(var_8, var_9, var_2, var_6, var_7);
        // uv[i] = p                                                                              <L 47>
        wp::array_store(var_uv, var_0, var_7);
        // inside = ok and p[0] >= 0.0 and p[1] >= 0.0 and p[0] < float(intr.width) and p[1] < float(intr.height)       <L 48>
        var_10 = var_6;
        if (var_10) {
            var_12 = wp::extract(var_7, var_11);
            var_14 = (var_12 >= var_13);
            var_10 = var_10 && var_14;
        }
        if (var_10) {
            var_16 = wp::extract(var_7, var_15);
            var_18 = (var_16 >= var_17);
            var_10 = var_10 && var_18;
        }
        if (var_10) {
            var_20 = wp::extract(var_7, var_19);
            var_21 = &((var_intr).width);
            var_23 = wp::load(var_21);
            var_22 = wp::float(var_23);
            var_24 = (var_20 < var_22);
            var_10 = var_10 && var_24;
        }
        if (var_10) {
            var_26 = wp::extract(var_7, var_25);
            var_27 = &((var_intr).height);
            var_29 = wp::load(var_27);
            var_28 = wp::float(var_29);
            var_30 = (var_26 < var_28);
            var_10 = var_10 && var_30;
        }
        // valid[i] = inside                                                                      <L 49>
        wp::array_store(var_valid, var_0, var_10);
        // if inside:                                                                             <L 50>
        if (var_10) {
            // wp.atomic_min(depth_img, int(p[1]), int(p[0]), pc[2])                              <L 51>
            var_32 = wp::extract(var_7, var_31);
            var_33 = wp::int(var_32);
            var_35 = wp::extract(var_7, var_34);
            var_36 = wp::int(var_35);
            var_38 = wp::extract(var_2, var_37);
            var_39 = wp::atomic_min(var_depth_img, var_33, var_36, var_38);
        }
    }
}



extern "C" __global__ void project_points_b5a08c60_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts,
    wp::transform_t<wp::float32> var_world_to_cam,
    Intrinsics_9863b931 var_intr,
    wp::array_t<wp::vec_t<2, wp::float32>> var_uv,
    wp::array_t<bool> var_valid,
    wp::array_t<wp::float32> var_depth_img,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pts,
    wp::transform_t<wp::float32> adj_world_to_cam,
    Intrinsics_9863b931 adj_intr,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_uv,
    wp::array_t<bool> adj_valid,
    wp::array_t<wp::float32> adj_depth_img)
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
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::vec_t<4, wp::float32>* var_5;
        bool var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::vec_t<4, wp::float32> var_9;
        bool var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        bool var_18;
        const wp::int32 var_19 = 0;
        wp::float32 var_20;
        wp::int32* var_21;
        wp::float32 var_22;
        wp::int32 var_23;
        bool var_24;
        const wp::int32 var_25 = 1;
        wp::float32 var_26;
        wp::int32* var_27;
        wp::float32 var_28;
        wp::int32 var_29;
        bool var_30;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        wp::int32 var_33;
        const wp::int32 var_34 = 0;
        wp::float32 var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 2;
        wp::float32 var_38;
        wp::float32 var_39;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::vec_t<4, wp::float32> adj_5 = {};
        bool adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::vec_t<4, wp::float32> adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        bool adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        //---------
        // forward
        // def project_points(pts: wp.array(dtype=wp.vec3), world_to_cam: wp.transform, intr: Intrinsics, uv: wp.array(dtype=wp.vec2), valid: wp.array(dtype=wp.bool), depth_img: wp.array2d(dtype=float)):       <L 43>
        // i = wp.tid()                                                                           <L 44>
        var_0 = builtin_tid1d();
        // pc = wp.transform_point(world_to_cam, pts[i])                                          <L 45>
        var_1 = wp::address(var_pts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::transform_point(var_world_to_cam, var_3);
        // ok, p = project(intr.K, intr.dist, pc)                                                 <L 46>
        var_4 = &((var_intr).K);
        var_5 = &((var_intr).dist);
        var_8 = wp::load(var_4);
        var_9 = wp::load(var_5);
        project_0(var_8, var_9, var_2, var_6, var_7);
        // uv[i] = p                                                                              <L 47>
        // wp::array_store(var_uv, var_0, var_7);
        // inside = ok and p[0] >= 0.0 and p[1] >= 0.0 and p[0] < float(intr.width) and p[1] < float(intr.height)       <L 48>
        var_10 = var_6;
        if (var_10) {
            var_12 = wp::extract(var_7, var_11);
            var_14 = (var_12 >= var_13);
            var_10 = var_10 && var_14;
        }
        if (var_10) {
            var_16 = wp::extract(var_7, var_15);
            var_18 = (var_16 >= var_17);
            var_10 = var_10 && var_18;
        }
        if (var_10) {
            var_20 = wp::extract(var_7, var_19);
            var_21 = &((var_intr).width);
            var_23 = wp::load(var_21);
            var_22 = wp::float(var_23);
            var_24 = (var_20 < var_22);
            var_10 = var_10 && var_24;
        }
        if (var_10) {
            var_26 = wp::extract(var_7, var_25);
            var_27 = &((var_intr).height);
            var_29 = wp::load(var_27);
            var_28 = wp::float(var_29);
            var_30 = (var_26 < var_28);
            var_10 = var_10 && var_30;
        }
        // valid[i] = inside                                                                      <L 49>
        // wp::array_store(var_valid, var_0, var_10);
        // if inside:                                                                             <L 50>
        if (var_10) {
            // wp.atomic_min(depth_img, int(p[1]), int(p[0]), pc[2])                              <L 51>
            var_32 = wp::extract(var_7, var_31);
            var_33 = wp::int(var_32);
            var_35 = wp::extract(var_7, var_34);
            var_36 = wp::int(var_35);
            var_38 = wp::extract(var_2, var_37);
            // var_39 = wp::atomic_min(var_depth_img, var_33, var_36, var_38);
        }
        //---------
        // reverse
        if (var_10) {
            wp::adj_atomic_min(var_depth_img, var_33, var_36, var_38, adj_depth_img, adj_33, adj_36, adj_38, adj_39);
            wp::adj_extract(var_2, var_37, adj_2, adj_37, adj_38);
            wp::adj_extract(var_7, var_34, adj_7, adj_34, adj_35);
            wp::adj_extract(var_7, var_31, adj_7, adj_31, adj_32);
            // adj: wp.atomic_min(depth_img, int(p[1]), int(p[0]), pc[2])                         <L 51>
        }
        // adj: if inside:                                                                        <L 50>
        wp::adj_array_store(var_valid, var_0, var_10, adj_valid, adj_0, adj_10);
        // adj: valid[i] = inside                                                                 <L 49>
        if (var_10) {
            wp::adj_float(var_29, adj_27, adj_28);
            adj_intr.height = adj_27;
            wp::adj_extract(var_7, var_25, adj_7, adj_25, adj_26);
        }
        if (var_10) {
            wp::adj_float(var_23, adj_21, adj_22);
            adj_intr.width = adj_21;
            wp::adj_extract(var_7, var_19, adj_7, adj_19, adj_20);
        }
        if (var_10) {
            wp::adj_extract(var_7, var_15, adj_7, adj_15, adj_16);
        }
        if (var_10) {
            wp::adj_extract(var_7, var_11, adj_7, adj_11, adj_12);
        }
        // adj: inside = ok and p[0] >= 0.0 and p[1] >= 0.0 and p[0] < float(intr.width) and p[1] < float(intr.height)  <L 48>
        wp::adj_array_store(var_uv, var_0, var_7, adj_uv, adj_0, adj_7);
        // adj: uv[i] = p                                                                         <L 47>
        adj_project_0(var_8, var_9, var_2, var_6, var_7, adj_4, adj_5, adj_2, adj_6, adj_7);
        adj_intr.dist += adj_5;
        adj_intr.K += adj_4;
        // adj: ok, p = project(intr.K, intr.dist, pc)                                            <L 46>
        wp::adj_transform_point(var_world_to_cam, var_3, adj_world_to_cam, adj_1, adj_2);
        wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_1);
        // adj: pc = wp.transform_point(world_to_cam, pts[i])                                     <L 45>
        // adj: i = wp.tid()                                                                      <L 44>
        // adj: def project_points(pts: wp.array(dtype=wp.vec3), world_to_cam: wp.transform, intr: Intrinsics, uv: wp.array(dtype=wp.vec2), valid: wp.array(dtype=wp.bool), depth_img: wp.array2d(dtype=float)):  <L 43>
        continue;
    }
}



extern "C" __global__ void backproject_b2b70a68_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_depth,
    Intrinsics_9863b931 var_intr,
    wp::transform_t<wp::float32> var_cam_to_world,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::mat_t<3, 3, wp::float32>* var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.5;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        const wp::float32 var_14 = 1.0;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::int32 var_17 = 0;
        wp::float32 var_18;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::vec_t<2, wp::float32> var_21;
        wp::vec_t<4, wp::float32>* var_22;
        const wp::int32 var_23 = 5;
        wp::vec_t<2, wp::float32> var_24;
        wp::vec_t<4, wp::float32> var_25;
        const wp::int32 var_26 = 0;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 1;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        //---------
        // forward
        // def backproject(depth: wp.array2d(dtype=float), intr: Intrinsics, cam_to_world: wp.transform, pts: wp.array2d(dtype=wp.vec3)):       <L 55>
        // v, u = wp.tid()                                                                        <L 56>
        builtin_tid2d(var_0, var_1);
        // z = depth[v, u]                                                                        <L 57>
        var_2 = wp::address(var_depth, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // Kinv = wp.inverse(intr.K)                                                              <L 58>
        var_5 = &((var_intr).K);
        var_7 = wp::load(var_5);
        var_6 = wp::inverse(var_7);
        // h = Kinv * wp.vec3(float(u) + 0.5, float(v) + 0.5, 1.0)                                <L 59>
        var_8 = wp::float(var_1);
        var_10 = wp::add(var_8, var_9);
        var_11 = wp::float(var_0);
        var_13 = wp::add(var_11, var_12);
        var_15 = wp::vec_t<3, wp::float32>(var_10, var_13, var_14);
        var_16 = wp::mul(var_6, var_15);
        // n = undistort(wp.vec2(h[0], h[1]), intr.dist, 5)                                       <L 60>
        var_18 = wp::extract(var_16, var_17);
        var_20 = wp::extract(var_16, var_19);
        var_21 = wp::vec_t<2, wp::float32>(var_18, var_20);
        var_22 = &((var_intr).dist);
        var_25 = wp::load(var_22);
        var_24 = undistort_0(var_21, var_25, var_23);
        // pts[v, u] = wp.transform_point(cam_to_world, wp.vec3(n[0] * z, n[1] * z, z))           <L 61>
        var_27 = wp::extract(var_24, var_26);
        var_28 = wp::mul(var_27, var_3);
        var_30 = wp::extract(var_24, var_29);
        var_31 = wp::mul(var_30, var_3);
        var_32 = wp::vec_t<3, wp::float32>(var_28, var_31, var_3);
        var_33 = wp::transform_point(var_cam_to_world, var_32);
        wp::array_store(var_pts, var_0, var_1, var_33);
    }
}



extern "C" __global__ void backproject_b2b70a68_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_depth,
    Intrinsics_9863b931 var_intr,
    wp::transform_t<wp::float32> var_cam_to_world,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts,
    wp::array_t<wp::float32> adj_depth,
    Intrinsics_9863b931 adj_intr,
    wp::transform_t<wp::float32> adj_cam_to_world,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pts)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::mat_t<3, 3, wp::float32>* var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.5;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        const wp::float32 var_14 = 1.0;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::int32 var_17 = 0;
        wp::float32 var_18;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::vec_t<2, wp::float32> var_21;
        wp::vec_t<4, wp::float32>* var_22;
        const wp::int32 var_23 = 5;
        wp::vec_t<2, wp::float32> var_24;
        wp::vec_t<4, wp::float32> var_25;
        const wp::int32 var_26 = 0;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 1;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<2, wp::float32> adj_21 = {};
        wp::vec_t<4, wp::float32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::vec_t<2, wp::float32> adj_24 = {};
        wp::vec_t<4, wp::float32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        //---------
        // forward
        // def backproject(depth: wp.array2d(dtype=float), intr: Intrinsics, cam_to_world: wp.transform, pts: wp.array2d(dtype=wp.vec3)):       <L 55>
        // v, u = wp.tid()                                                                        <L 56>
        builtin_tid2d(var_0, var_1);
        // z = depth[v, u]                                                                        <L 57>
        var_2 = wp::address(var_depth, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // Kinv = wp.inverse(intr.K)                                                              <L 58>
        var_5 = &((var_intr).K);
        var_7 = wp::load(var_5);
        var_6 = wp::inverse(var_7);
        // h = Kinv * wp.vec3(float(u) + 0.5, float(v) + 0.5, 1.0)                                <L 59>
        var_8 = wp::float(var_1);
        var_10 = wp::add(var_8, var_9);
        var_11 = wp::float(var_0);
        var_13 = wp::add(var_11, var_12);
        var_15 = wp::vec_t<3, wp::float32>(var_10, var_13, var_14);
        var_16 = wp::mul(var_6, var_15);
        // n = undistort(wp.vec2(h[0], h[1]), intr.dist, 5)                                       <L 60>
        var_18 = wp::extract(var_16, var_17);
        var_20 = wp::extract(var_16, var_19);
        var_21 = wp::vec_t<2, wp::float32>(var_18, var_20);
        var_22 = &((var_intr).dist);
        var_25 = wp::load(var_22);
        var_24 = undistort_0(var_21, var_25, var_23);
        // pts[v, u] = wp.transform_point(cam_to_world, wp.vec3(n[0] * z, n[1] * z, z))           <L 61>
        var_27 = wp::extract(var_24, var_26);
        var_28 = wp::mul(var_27, var_3);
        var_30 = wp::extract(var_24, var_29);
        var_31 = wp::mul(var_30, var_3);
        var_32 = wp::vec_t<3, wp::float32>(var_28, var_31, var_3);
        var_33 = wp::transform_point(var_cam_to_world, var_32);
        // wp::array_store(var_pts, var_0, var_1, var_33);
        //---------
        // reverse
        wp::adj_array_store(var_pts, var_0, var_1, var_33, adj_pts, adj_0, adj_1, adj_33);
        wp::adj_transform_point(var_cam_to_world, var_32, adj_cam_to_world, adj_32, adj_33);
        wp::adj_vec_t(var_28, var_31, var_3, adj_28, adj_31, adj_3, adj_32);
        wp::adj_mul(var_30, var_3, adj_30, adj_3, adj_31);
        wp::adj_extract(var_24, var_29, adj_24, adj_29, adj_30);
        wp::adj_mul(var_27, var_3, adj_27, adj_3, adj_28);
        wp::adj_extract(var_24, var_26, adj_24, adj_26, adj_27);
        // adj: pts[v, u] = wp.transform_point(cam_to_world, wp.vec3(n[0] * z, n[1] * z, z))      <L 61>
        adj_undistort_0(var_21, var_25, var_23, adj_21, adj_22, adj_23, adj_24);
        adj_intr.dist += adj_22;
        wp::adj_vec_t(var_18, var_20, adj_18, adj_20, adj_21);
        wp::adj_extract(var_16, var_19, adj_16, adj_19, adj_20);
        wp::adj_extract(var_16, var_17, adj_16, adj_17, adj_18);
        // adj: n = undistort(wp.vec2(h[0], h[1]), intr.dist, 5)                                  <L 60>
        wp::adj_mul(var_6, var_15, adj_6, adj_15, adj_16);
        wp::adj_vec_t(var_10, var_13, var_14, adj_10, adj_13, adj_14, adj_15);
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_float(var_0, adj_0, adj_11);
        wp::adj_add(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_float(var_1, adj_1, adj_8);
        // adj: h = Kinv * wp.vec3(float(u) + 0.5, float(v) + 0.5, 1.0)                           <L 59>
        wp::adj_inverse(var_7, var_6, adj_5, adj_6);
        adj_intr.K += adj_5;
        // adj: Kinv = wp.inverse(intr.K)                                                         <L 58>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_depth, var_0, var_1, adj_depth, adj_0, adj_1, adj_2);
        // adj: z = depth[v, u]                                                                   <L 57>
        // adj: v, u = wp.tid()                                                                   <L 56>
        // adj: def backproject(depth: wp.array2d(dtype=float), intr: Intrinsics, cam_to_world: wp.transform, pts: wp.array2d(dtype=wp.vec3)):  <L 55>
        continue;
    }
}



extern "C" __global__ void reprojection_error_96da8c9b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_obs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts,
    wp::transform_t<wp::float32> var_world_to_cam,
    Intrinsics_9863b931 var_intr,
    wp::array_t<wp::float32> var_err)
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
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::vec_t<4, wp::float32>* var_5;
        bool var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::vec_t<4, wp::float32> var_9;
        bool var_10;
        wp::vec_t<2, wp::float32>* var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        //---------
        // forward
        // def reprojection_error(obs: wp.array(dtype=wp.vec2), pts: wp.array(dtype=wp.vec3), world_to_cam: wp.transform, intr: Intrinsics, err: wp.array(dtype=float)):       <L 65>
        // i = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // pc = wp.transform_point(world_to_cam, pts[i])                                          <L 67>
        var_1 = wp::address(var_pts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::transform_point(var_world_to_cam, var_3);
        // ok, p = project(intr.K, intr.dist, pc)                                                 <L 68>
        var_4 = &((var_intr).K);
        var_5 = &((var_intr).dist);
        var_8 = wp::load(var_4);
        var_9 = wp::load(var_5);
        project_0(var_8, var_9, var_2, var_6, var_7);
        // if not ok:                                                                             <L 69>
        var_10 = wp::unot(var_6);
        if (var_10) {
            // return                                                                             <L 70>
            continue;
        }
        // e = wp.length(p - obs[i])                                                              <L 71>
        var_11 = wp::address(var_obs, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::sub(var_7, var_13);
        var_14 = wp::length(var_12);
        // wp.atomic_add(err, 0, e * e)                                                           <L 72>
        var_16 = wp::mul(var_14, var_14);
        var_17 = wp::atomic_add(var_err, var_15, var_16);
        // wp.atomic_max(err, 1, e)                                                               <L 73>
        var_19 = wp::atomic_max(var_err, var_18, var_14);
    }
}



extern "C" __global__ void reprojection_error_96da8c9b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_obs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts,
    wp::transform_t<wp::float32> var_world_to_cam,
    Intrinsics_9863b931 var_intr,
    wp::array_t<wp::float32> var_err,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_obs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pts,
    wp::transform_t<wp::float32> adj_world_to_cam,
    Intrinsics_9863b931 adj_intr,
    wp::array_t<wp::float32> adj_err)
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
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::vec_t<4, wp::float32>* var_5;
        bool var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::vec_t<4, wp::float32> var_9;
        bool var_10;
        wp::vec_t<2, wp::float32>* var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::vec_t<4, wp::float32> adj_5 = {};
        bool adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::vec_t<4, wp::float32> adj_9 = {};
        bool adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        //---------
        // forward
        // def reprojection_error(obs: wp.array(dtype=wp.vec2), pts: wp.array(dtype=wp.vec3), world_to_cam: wp.transform, intr: Intrinsics, err: wp.array(dtype=float)):       <L 65>
        // i = wp.tid()                                                                           <L 66>
        var_0 = builtin_tid1d();
        // pc = wp.transform_point(world_to_cam, pts[i])                                          <L 67>
        var_1 = wp::address(var_pts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::transform_point(var_world_to_cam, var_3);
        // ok, p = project(intr.K, intr.dist, pc)                                                 <L 68>
        var_4 = &((var_intr).K);
        var_5 = &((var_intr).dist);
        var_8 = wp::load(var_4);
        var_9 = wp::load(var_5);
        project_0(var_8, var_9, var_2, var_6, var_7);
        // if not ok:                                                                             <L 69>
        var_10 = wp::unot(var_6);
        if (var_10) {
            // return                                                                             <L 70>
            goto label0;
        }
        // e = wp.length(p - obs[i])                                                              <L 71>
        var_11 = wp::address(var_obs, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::sub(var_7, var_13);
        var_14 = wp::length(var_12);
        // wp.atomic_add(err, 0, e * e)                                                           <L 72>
        var_16 = wp::mul(var_14, var_14);
        // var_17 = wp::atomic_add(var_err, var_15, var_16);
        // wp.atomic_max(err, 1, e)                                                               <L 73>
        // var_19 = wp::atomic_max(var_err, var_18, var_14);
        //---------
        // reverse
        wp::adj_atomic_max(var_err, var_18, var_14, adj_err, adj_18, adj_14, adj_19);
        // adj: wp.atomic_max(err, 1, e)                                                          <L 73>
        wp::adj_atomic_add(var_err, var_15, var_16, adj_err, adj_15, adj_16, adj_17);
        wp::adj_mul(var_14, var_14, adj_14, adj_14, adj_16);
        // adj: wp.atomic_add(err, 0, e * e)                                                      <L 72>
        wp::adj_length(var_12, var_14, adj_12, adj_14);
        wp::adj_sub(var_7, var_13, adj_7, adj_11, adj_12);
        wp::adj_address(var_obs, var_0, adj_obs, adj_0, adj_11);
        // adj: e = wp.length(p - obs[i])                                                         <L 71>
        if (var_10) {
            label0:;
            // adj: return                                                                        <L 70>
        }
        // adj: if not ok:                                                                        <L 69>
        adj_project_0(var_8, var_9, var_2, var_6, var_7, adj_4, adj_5, adj_2, adj_6, adj_7);
        adj_intr.dist += adj_5;
        adj_intr.K += adj_4;
        // adj: ok, p = project(intr.K, intr.dist, pc)                                            <L 68>
        wp::adj_transform_point(var_world_to_cam, var_3, adj_world_to_cam, adj_1, adj_2);
        wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_1);
        // adj: pc = wp.transform_point(world_to_cam, pts[i])                                     <L 67>
        // adj: i = wp.tid()                                                                      <L 66>
        // adj: def reprojection_error(obs: wp.array(dtype=wp.vec2), pts: wp.array(dtype=wp.vec3), world_to_cam: wp.transform, intr: Intrinsics, err: wp.array(dtype=float)):  <L 65>
        continue;
    }
}

