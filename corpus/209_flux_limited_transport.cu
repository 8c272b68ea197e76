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


// corpus/209_flux_limited_transport.py:13
static CUDA_CALLABLE wp::float32 superbee_0(
    wp::float32 var_r)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 2.0;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def superbee(r: float) -> float:                                                       <L 14>
    // return wp.max(0.0, wp.max(wp.min(2.0 * r, 1.0), wp.min(r, 2.0)))                       <L 15>
    var_2 = wp::mul(var_1, var_r);
    var_4 = wp::min(var_2, var_3);
    var_6 = wp::min(var_r, var_5);
    var_7 = wp::max(var_4, var_6);
    var_8 = wp::max(var_0, var_7);
    return var_8;
}


// corpus/209_flux_limited_transport.py:18
static CUDA_CALLABLE wp::float32 flux_limited_0(
    wp::float32 var_qm,
    wp::float32 var_q0,
    wp::float32 var_qp,
    wp::float32 var_u)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.5;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    bool var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.5;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    //---------
    // forward
    // def flux_limited(qm: float, q0: float, qp: float, u: float) -> float:                  <L 19>
    // if u >= 0.0:                                                                           <L 20>
    var_1 = (var_u >= var_0);
    if (var_1) {
        // d = q0 - qm                                                                        <L 21>
        var_2 = wp::sub(var_q0, var_qm);
        // r = float(0.0)                                                                     <L 22>
        var_4 = wp::float(var_3);
        // if d != 0.0:                                                                       <L 23>
        var_6 = (var_2 != var_5);
        if (var_6) {
            // r = (qp - q0) / d                                                              <L 24>
            var_7 = wp::sub(var_qp, var_q0);
            var_8 = wp::div(var_7, var_2);
        }
        var_9 = wp::where(var_6, var_8, var_4);
        // return u * (q0 + 0.5 * superbee(r) * d)                                            <L 25>
        var_11 = superbee_0(var_9);
        var_12 = wp::mul(var_10, var_11);
        var_13 = wp::mul(var_12, var_2);
        var_14 = wp::add(var_q0, var_13);
        var_15 = wp::mul(var_u, var_14);
        return var_15;
    }
    // d = qp - q0                                                                            <L 26>
    var_16 = wp::sub(var_qp, var_q0);
    // r = float(0.0)                                                                         <L 27>
    var_18 = wp::float(var_17);
    // if d != 0.0:                                                                           <L 28>
    var_20 = (var_16 != var_19);
    if (var_20) {
        // r = (q0 - qm) / d                                                                  <L 29>
        var_21 = wp::sub(var_q0, var_qm);
        var_22 = wp::div(var_21, var_16);
    }
    var_23 = wp::where(var_20, var_22, var_18);
    // return u * (qp - 0.5 * superbee(r) * d)                                                <L 30>
    var_25 = superbee_0(var_23);
    var_26 = wp::mul(var_24, var_25);
    var_27 = wp::mul(var_26, var_16);
    var_28 = wp::sub(var_qp, var_27);
    var_29 = wp::mul(var_u, var_28);
    return var_29;
}


// corpus/209_flux_limited_transport.py:4
static CUDA_CALLABLE wp::float32 minmod_0(
    wp::float32 var_a,
    wp::float32 var_b)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    wp::float32 var_5;
    bool var_6;
    //---------
    // forward
    // def minmod(a: float, b: float) -> float:                                               <L 5>
    // if a * b <= 0.0:                                                                       <L 6>
    var_0 = wp::mul(var_a, var_b);
    var_2 = (var_0 <= var_1);
    if (var_2) {
        // return 0.0                                                                         <L 7>
        return var_3;
    }
    // if wp.abs(a) < wp.abs(b):                                                              <L 8>
    var_4 = wp::abs(var_a);
    var_5 = wp::abs(var_b);
    var_6 = (var_4 < var_5);
    if (var_6) {
        // return a                                                                           <L 9>
        return var_a;
    }
    // return b                                                                               <L 10>
    return var_b;
}


// corpus/209_flux_limited_transport.py:13
static CUDA_CALLABLE void adj_superbee_0(
    wp::float32 var_r,
    wp::float32 & adj_r,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 2.0;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
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
    //---------
    // forward
    // def superbee(r: float) -> float:                                                       <L 14>
    // return wp.max(0.0, wp.max(wp.min(2.0 * r, 1.0), wp.min(r, 2.0)))                       <L 15>
    var_2 = wp::mul(var_1, var_r);
    var_4 = wp::min(var_2, var_3);
    var_6 = wp::min(var_r, var_5);
    var_7 = wp::max(var_4, var_6);
    var_8 = wp::max(var_0, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_max(var_0, var_7, adj_0, adj_7, adj_8);
    wp::adj_max(var_4, var_6, adj_4, adj_6, adj_7);
    wp::adj_min(var_r, var_5, adj_r, adj_5, adj_6);
    wp::adj_min(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_mul(var_1, var_r, adj_1, adj_r, adj_2);
    // adj: return wp.max(0.0, wp.max(wp.min(2.0 * r, 1.0), wp.min(r, 2.0)))                  <L 15>
    // adj: def superbee(r: float) -> float:                                                  <L 14>
    return;
}


// corpus/209_flux_limited_transport.py:18
static CUDA_CALLABLE void adj_flux_limited_0(
    wp::float32 var_qm,
    wp::float32 var_q0,
    wp::float32 var_qp,
    wp::float32 var_u,
    wp::float32 & adj_qm,
    wp::float32 & adj_q0,
    wp::float32 & adj_qp,
    wp::float32 & adj_u,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.5;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    bool var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.5;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
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
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    //---------
    // forward
    // def flux_limited(qm: float, q0: float, qp: float, u: float) -> float:                  <L 19>
    // if u >= 0.0:                                                                           <L 20>
    var_1 = (var_u >= var_0);
    if (var_1) {
        // d = q0 - qm                                                                        <L 21>
        var_2 = wp::sub(var_q0, var_qm);
        // r = float(0.0)                                                                     <L 22>
        var_4 = wp::float(var_3);
        // if d != 0.0:                                                                       <L 23>
        var_6 = (var_2 != var_5);
        if (var_6) {
            // r = (qp - q0) / d                                                              <L 24>
            var_7 = wp::sub(var_qp, var_q0);
            var_8 = wp::div(var_7, var_2);
        }
        var_9 = wp::where(var_6, var_8, var_4);
        // return u * (q0 + 0.5 * superbee(r) * d)                                            <L 25>
        var_11 = superbee_0(var_9);
        var_12 = wp::mul(var_10, var_11);
        var_13 = wp::mul(var_12, var_2);
        var_14 = wp::add(var_q0, var_13);
        var_15 = wp::mul(var_u, var_14);
        goto label0;
    }
    // d = qp - q0                                                                            <L 26>
    var_16 = wp::sub(var_qp, var_q0);
    // r = float(0.0)                                                                         <L 27>
    var_18 = wp::float(var_17);
    // if d != 0.0:                                                                           <L 28>
    var_20 = (var_16 != var_19);
    if (var_20) {
        // r = (q0 - qm) / d                                                                  <L 29>
        var_21 = wp::sub(var_q0, var_qm);
        var_22 = wp::div(var_21, var_16);
    }
    var_23 = wp::where(var_20, var_22, var_18);
    // return u * (qp - 0.5 * superbee(r) * d)                                                <L 30>
    var_25 = superbee_0(var_23);
    var_26 = wp::mul(var_24, var_25);
    var_27 = wp::mul(var_26, var_16);
    var_28 = wp::sub(var_qp, var_27);
    var_29 = wp::mul(var_u, var_28);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_29 += adj_ret;
    wp::adj_mul(var_u, var_28, adj_u, adj_28, adj_29);
    wp::adj_sub(var_qp, var_27, adj_qp, adj_27, adj_28);
    wp::adj_mul(var_26, var_16, adj_26, adj_16, adj_27);
    wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
    adj_superbee_0(var_23, adj_23, adj_25);
    // adj: return u * (qp - 0.5 * superbee(r) * d)                                           <L 30>
    wp::adj_where(var_20, var_22, var_18, adj_20, adj_22, adj_18, adj_23);
    if (var_20) {
        wp::adj_div(var_21, var_16, var_22, adj_21, adj_16, adj_22);
        wp::adj_sub(var_q0, var_qm, adj_q0, adj_qm, adj_21);
        // adj: r = (q0 - qm) / d                                                             <L 29>
    }
    // adj: if d != 0.0:                                                                      <L 28>
    wp::adj_float(var_17, adj_17, adj_18);
    // adj: r = float(0.0)                                                                    <L 27>
    wp::adj_sub(var_qp, var_q0, adj_qp, adj_q0, adj_16);
    // adj: d = qp - q0                                                                       <L 26>
    if (var_1) {
        label0:;
        adj_15 += adj_ret;
        wp::adj_mul(var_u, var_14, adj_u, adj_14, adj_15);
        wp::adj_add(var_q0, var_13, adj_q0, adj_13, adj_14);
        wp::adj_mul(var_12, var_2, adj_12, adj_2, adj_13);
        wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
        adj_superbee_0(var_9, adj_9, adj_11);
        // adj: return u * (q0 + 0.5 * superbee(r) * d)                                       <L 25>
        wp::adj_where(var_6, var_8, var_4, adj_6, adj_8, adj_4, adj_9);
        if (var_6) {
            wp::adj_div(var_7, var_2, var_8, adj_7, adj_2, adj_8);
            wp::adj_sub(var_qp, var_q0, adj_qp, adj_q0, adj_7);
            // adj: r = (qp - q0) / d                                                         <L 24>
        }
        // adj: if d != 0.0:                                                                  <L 23>
        wp::adj_float(var_3, adj_3, adj_4);
        // adj: r = float(0.0)                                                                <L 22>
        wp::adj_sub(var_q0, var_qm, adj_q0, adj_qm, adj_2);
        // adj: d = q0 - qm                                                                   <L 21>
    }
    // adj: if u >= 0.0:                                                                      <L 20>
    // adj: def flux_limited(qm: float, q0: float, qp: float, u: float) -> float:             <L 19>
    return;
}


// corpus/209_flux_limited_transport.py:4
static CUDA_CALLABLE void adj_minmod_0(
    wp::float32 var_a,
    wp::float32 var_b,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    wp::float32 var_5;
    bool var_6;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    //---------
    // forward
    // def minmod(a: float, b: float) -> float:                                               <L 5>
    // if a * b <= 0.0:                                                                       <L 6>
    var_0 = wp::mul(var_a, var_b);
    var_2 = (var_0 <= var_1);
    if (var_2) {
        // return 0.0                                                                         <L 7>
        goto label0;
    }
    // if wp.abs(a) < wp.abs(b):                                                              <L 8>
    var_4 = wp::abs(var_a);
    var_5 = wp::abs(var_b);
    var_6 = (var_4 < var_5);
    if (var_6) {
        // return a                                                                           <L 9>
        goto label1;
    }
    // return b                                                                               <L 10>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_b += adj_ret;
    // adj: return b                                                                          <L 10>
    if (var_6) {
        label1:;
        adj_a += adj_ret;
        // adj: return a                                                                      <L 9>
    }
    wp::adj_abs(var_b, adj_b, adj_5);
    wp::adj_abs(var_a, adj_a, adj_4);
    // adj: if wp.abs(a) < wp.abs(b):                                                         <L 8>
    if (var_2) {
        label0:;
        adj_3 += adj_ret;
        // adj: return 0.0                                                                    <L 7>
    }
    wp::adj_mul(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: if a * b <= 0.0:                                                                  <L 6>
    // adj: def minmod(a: float, b: float) -> float:                                          <L 5>
    return;
}



extern "C" __global__ void advect_1d_rows_77d90881_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_q,
    wp::array_t<wp::float32> var_u,
    wp::float32 var_dt,
    wp::float32 var_dx,
    wp::array_t<wp::float32> var_q_out)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 2;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::float32* var_20;
        wp::float32* var_21;
        wp::float32* var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32* var_29;
        wp::float32* var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        //---------
        // forward
        // def advect_1d_rows(q: wp.array2d(dtype=float), u: wp.array(dtype=float), dt: float, dx: float, q_out: wp.array2d(dtype=float)):       <L 34>
        // row, i = wp.tid()                                                                      <L 35>
        builtin_tid2d(var_0, var_1);
        // n = q.shape[1]                                                                         <L 36>
        var_2 = &(var_q.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // im2 = (i - 2 + n) % n                                                                  <L 37>
        var_7 = wp::sub(var_1, var_6);
        var_8 = wp::add(var_7, var_4);
        var_9 = wp::mod(var_8, var_4);
        // im1 = (i - 1 + n) % n                                                                  <L 38>
        var_11 = wp::sub(var_1, var_10);
        var_12 = wp::add(var_11, var_4);
        var_13 = wp::mod(var_12, var_4);
        // ip1 = (i + 1) % n                                                                      <L 39>
        var_15 = wp::add(var_1, var_14);
        var_16 = wp::mod(var_15, var_4);
        // ip2 = (i + 2) % n                                                                      <L 40>
        var_18 = wp::add(var_1, var_17);
        var_19 = wp::mod(var_18, var_4);
        // f_right = flux_limited(q[row, im1], q[row, i], q[row, ip1], u[row])                    <L 41>
        var_20 = wp::address(var_q, var_0, var_13);
        var_21 = wp::address(var_q, var_0, var_1);
        var_22 = wp::address(var_q, var_0, var_16);
        var_23 = wp::address(var_u, var_0);
        var_25 = wp::load(var_20);
        var_26 = wp::load(var_21);
        var_27 = wp::load(var_22);
        var_28 = wp::load(var_23);
        var_24 = flux_limited_0(var_25, var_26, var_27, var_28);
        // f_left = flux_limited(q[row, im2], q[row, im1], q[row, i], u[row])                     <L 42>
        var_29 = wp::address(var_q, var_0, var_9);
        var_30 = wp::address(var_q, var_0, var_13);
        var_31 = wp::address(var_q, var_0, var_1);
        var_32 = wp::address(var_u, var_0);
        var_34 = wp::load(var_29);
        var_35 = wp::load(var_30);
        var_36 = wp::load(var_31);
        var_37 = wp::load(var_32);
        var_33 = flux_limited_0(var_34, var_35, var_36, var_37);
        // q_out[row, i] = q[row, i] - dt / dx * (f_right - f_left)                               <L 43>
        var_38 = wp::address(var_q, var_0, var_1);
        var_39 = wp::div(var_dt, var_dx);
        var_40 = wp::sub(var_24, var_33);
        var_41 = wp::mul(var_39, var_40);
        var_43 = wp::load(var_38);
        var_42 = wp::sub(var_43, var_41);
        wp::array_store(var_q_out, var_0, var_1, var_42);
    }
}



extern "C" __global__ void advect_1d_rows_77d90881_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_q,
    wp::array_t<wp::float32> var_u,
    wp::float32 var_dt,
    wp::float32 var_dx,
    wp::array_t<wp::float32> var_q_out,
    wp::array_t<wp::float32> adj_q,
    wp::array_t<wp::float32> adj_u,
    wp::float32 adj_dt,
    wp::float32 adj_dx,
    wp::array_t<wp::float32> adj_q_out)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 2;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::float32* var_20;
        wp::float32* var_21;
        wp::float32* var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32* var_29;
        wp::float32* var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
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
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        //---------
        // forward
        // def advect_1d_rows(q: wp.array2d(dtype=float), u: wp.array(dtype=float), dt: float, dx: float, q_out: wp.array2d(dtype=float)):       <L 34>
        // row, i = wp.tid()                                                                      <L 35>
        builtin_tid2d(var_0, var_1);
        // n = q.shape[1]                                                                         <L 36>
        var_2 = &(var_q.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // im2 = (i - 2 + n) % n                                                                  <L 37>
        var_7 = wp::sub(var_1, var_6);
        var_8 = wp::add(var_7, var_4);
        var_9 = wp::mod(var_8, var_4);
        // im1 = (i - 1 + n) % n                                                                  <L 38>
        var_11 = wp::sub(var_1, var_10);
        var_12 = wp::add(var_11, var_4);
        var_13 = wp::mod(var_12, var_4);
        // ip1 = (i + 1) % n                                                                      <L 39>
        var_15 = wp::add(var_1, var_14);
        var_16 = wp::mod(var_15, var_4);
        // ip2 = (i + 2) % n                                                                      <L 40>
        var_18 = wp::add(var_1, var_17);
        var_19 = wp::mod(var_18, var_4);
        // f_right = flux_limited(q[row, im1], q[row, i], q[row, ip1], u[row])                    <L 41>
        var_20 = wp::address(var_q, var_0, var_13);
        var_21 = wp::address(var_q, var_0, var_1);
        var_22 = wp::address(var_q, var_0, var_16);
        var_23 = wp::address(var_u, var_0);
        var_25 = wp::load(var_20);
        var_26 = wp::load(var_21);
        var_27 = wp::load(var_22);
        var_28 = wp::load(var_23);
        var_24 = flux_limited_0(var_25, var_26, var_27, var_28);
        // f_left = flux_limited(q[row, im2], q[row, im1], q[row, i], u[row])                     <L 42>
        var_29 = wp::address(var_q, var_0, var_9);
        var_30 = wp::address(var_q, var_0, var_13);
        var_31 = wp::address(var_q, var_0, var_1);
        var_32 = wp::address(var_u, var_0);
        var_34 = wp::load(var_29);
        var_35 = wp::load(var_30);
        var_36 = wp::load(var_31);
        var_37 = wp::load(var_32);
        var_33 = flux_limited_0(var_34, var_35, var_36, var_37);
        // q_out[row, i] = q[row, i] - dt / dx * (f_right - f_left)                               <L 43>
        var_38 = wp::address(var_q, var_0, var_1);
        var_39 = wp::div(var_dt, var_dx);
        var_40 = wp::sub(var_24, var_33);
        var_41 = wp::mul(var_39, var_40);
        var_43 = wp::load(var_38);
        var_42 = wp::sub(var_43, var_41);
        // wp::array_store(var_q_out, var_0, var_1, var_42);
        //---------
        // reverse
        wp::adj_array_store(var_q_out, var_0, var_1, var_42, adj_q_out, adj_0, adj_1, adj_42);
        wp::adj_sub(var_43, var_41, adj_38, adj_41, adj_42);
        wp::adj_mul(var_39, var_40, adj_39, adj_40, adj_41);
        wp::adj_sub(var_24, var_33, adj_24, adj_33, adj_40);
        wp::adj_div(var_dt, var_dx, var_39, adj_dt, adj_dx, adj_39);
        wp::adj_address(var_q, var_0, var_1, adj_q, adj_0, adj_1, adj_38);
        // adj: q_out[row, i] = q[row, i] - dt / dx * (f_right - f_left)                          <L 43>
        adj_flux_limited_0(var_34, var_35, var_36, var_37, adj_29, adj_30, adj_31, adj_32, adj_33);
        wp::adj_address(var_u, var_0, adj_u, adj_0, adj_32);
        wp::adj_address(var_q, var_0, var_1, adj_q, adj_0, adj_1, adj_31);
        wp::adj_address(var_q, var_0, var_13, adj_q, adj_0, adj_13, adj_30);
        wp::adj_address(var_q, var_0, var_9, adj_q, adj_0, adj_9, adj_29);
        // adj: f_left = flux_limited(q[row, im2], q[row, im1], q[row, i], u[row])                <L 42>
        adj_flux_limited_0(var_25, var_26, var_27, var_28, adj_20, adj_21, adj_22, adj_23, adj_24);
        wp::adj_address(var_u, var_0, adj_u, adj_0, adj_23);
        wp::adj_address(var_q, var_0, var_16, adj_q, adj_0, adj_16, adj_22);
        wp::adj_address(var_q, var_0, var_1, adj_q, adj_0, adj_1, adj_21);
        wp::adj_address(var_q, var_0, var_13, adj_q, adj_0, adj_13, adj_20);
        // adj: f_right = flux_limited(q[row, im1], q[row, i], q[row, ip1], u[row])               <L 41>
        wp::adj_mod(var_18, var_4, adj_18, adj_4, adj_19);
        wp::adj_add(var_1, var_17, adj_1, adj_17, adj_18);
        // adj: ip2 = (i + 2) % n                                                                 <L 40>
        wp::adj_mod(var_15, var_4, adj_15, adj_4, adj_16);
        wp::adj_add(var_1, var_14, adj_1, adj_14, adj_15);
        // adj: ip1 = (i + 1) % n                                                                 <L 39>
        wp::adj_mod(var_12, var_4, adj_12, adj_4, adj_13);
        wp::adj_add(var_11, var_4, adj_11, adj_4, adj_12);
        wp::adj_sub(var_1, var_10, adj_1, adj_10, adj_11);
        // adj: im1 = (i - 1 + n) % n                                                             <L 38>
        wp::adj_mod(var_8, var_4, adj_8, adj_4, adj_9);
        wp::adj_add(var_7, var_4, adj_7, adj_4, adj_8);
        wp::adj_sub(var_1, var_6, adj_1, adj_6, adj_7);
        // adj: im2 = (i - 2 + n) % n                                                             <L 37>
        adj_q.shape = adj_2;
        // adj: n = q.shape[1]                                                                    <L 36>
        // adj: row, i = wp.tid()                                                                 <L 35>
        // adj: def advect_1d_rows(q: wp.array2d(dtype=float), u: wp.array(dtype=float), dt: float, dx: float, q_out: wp.array2d(dtype=float)):  <L 34>
        continue;
    }
}



extern "C" __global__ void muscl_slopes_46c809fb_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_q,
    wp::array_t<wp::float32> var_slopes)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::float32* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        //---------
        // forward
        // def muscl_slopes(q: wp.array2d(dtype=float), slopes: wp.array2d(dtype=float)):         <L 47>
        // row, i = wp.tid()                                                                      <L 48>
        builtin_tid2d(var_0, var_1);
        // n = q.shape[1]                                                                         <L 49>
        var_2 = &(var_q.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // a = q[row, i] - q[row, (i - 1 + n) % n]                                                <L 50>
        var_6 = wp::address(var_q, var_0, var_1);
        var_8 = wp::sub(var_1, var_7);
        var_9 = wp::add(var_8, var_4);
        var_10 = wp::mod(var_9, var_4);
        var_11 = wp::address(var_q, var_0, var_10);
        var_13 = wp::load(var_6);
        var_14 = wp::load(var_11);
        var_12 = wp::sub(var_13, var_14);
        // b = q[row, (i + 1) % n] - q[row, i]                                                    <L 51>
        var_16 = wp::add(var_1, var_15);
        var_17 = wp::mod(var_16, var_4);
        var_18 = wp::address(var_q, var_0, var_17);
        var_19 = wp::address(var_q, var_0, var_1);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::sub(var_21, var_22);
        // slopes[row, i] = minmod(a, b)                                                          <L 52>
        var_23 = minmod_0(var_12, var_20);
        wp::array_store(var_slopes, var_0, var_1, var_23);
    }
}



extern "C" __global__ void muscl_slopes_46c809fb_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_q,
    wp::array_t<wp::float32> var_slopes,
    wp::array_t<wp::float32> adj_q,
    wp::array_t<wp::float32> adj_slopes)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::float32* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        //---------
        // forward
        // def muscl_slopes(q: wp.array2d(dtype=float), slopes: wp.array2d(dtype=float)):         <L 47>
        // row, i = wp.tid()                                                                      <L 48>
        builtin_tid2d(var_0, var_1);
        // n = q.shape[1]                                                                         <L 49>
        var_2 = &(var_q.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // a = q[row, i] - q[row, (i - 1 + n) % n]                                                <L 50>
        var_6 = wp::address(var_q, var_0, var_1);
        var_8 = wp::sub(var_1, var_7);
        var_9 = wp::add(var_8, var_4);
        var_10 = wp::mod(var_9, var_4);
        var_11 = wp::address(var_q, var_0, var_10);
        var_13 = wp::load(var_6);
        var_14 = wp::load(var_11);
        var_12 = wp::sub(var_13, var_14);
        // b = q[row, (i + 1) % n] - q[row, i]                                                    <L 51>
        var_16 = wp::add(var_1, var_15);
        var_17 = wp::mod(var_16, var_4);
        var_18 = wp::address(var_q, var_0, var_17);
        var_19 = wp::address(var_q, var_0, var_1);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::sub(var_21, var_22);
        // slopes[row, i] = minmod(a, b)                                                          <L 52>
        var_23 = minmod_0(var_12, var_20);
        // wp::array_store(var_slopes, var_0, var_1, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_slopes, var_0, var_1, var_23, adj_slopes, adj_0, adj_1, adj_23);
        adj_minmod_0(var_12, var_20, adj_12, adj_20, adj_23);
        // adj: slopes[row, i] = minmod(a, b)                                                     <L 52>
        wp::adj_sub(var_21, var_22, adj_18, adj_19, adj_20);
        wp::adj_address(var_q, var_0, var_1, adj_q, adj_0, adj_1, adj_19);
        wp::adj_address(var_q, var_0, var_17, adj_q, adj_0, adj_17, adj_18);
        wp::adj_mod(var_16, var_4, adj_16, adj_4, adj_17);
        wp::adj_add(var_1, var_15, adj_1, adj_15, adj_16);
        // adj: b = q[row, (i + 1) % n] - q[row, i]                                               <L 51>
        wp::adj_sub(var_13, var_14, adj_6, adj_11, adj_12);
        wp::adj_address(var_q, var_0, var_10, adj_q, adj_0, adj_10, adj_11);
        wp::adj_mod(var_9, var_4, adj_9, adj_4, adj_10);
        wp::adj_add(var_8, var_4, adj_8, adj_4, adj_9);
        wp::adj_sub(var_1, var_7, adj_1, adj_7, adj_8);
        wp::adj_address(var_q, var_0, var_1, adj_q, adj_0, adj_1, adj_6);
        // adj: a = q[row, i] - q[row, (i - 1 + n) % n]                                           <L 50>
        adj_q.shape = adj_2;
        // adj: n = q.shape[1]                                                                    <L 49>
        // adj: row, i = wp.tid()                                                                 <L 48>
        // adj: def muscl_slopes(q: wp.array2d(dtype=float), slopes: wp.array2d(dtype=float)):    <L 47>
        continue;
    }
}



extern "C" __global__ void total_variation_7cc82dd5_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_q,
    wp::array_t<wp::float32> var_tv,
    wp::array_t<wp::float32> var_mass)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        //---------
        // forward
        // def total_variation(q: wp.array2d(dtype=float), tv: wp.array(dtype=float), mass: wp.array(dtype=float)):       <L 56>
        // row, i = wp.tid()                                                                      <L 57>
        builtin_tid2d(var_0, var_1);
        // n = q.shape[1]                                                                         <L 58>
        var_2 = &(var_q.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // wp.atomic_add(tv, row, wp.abs(q[row, (i + 1) % n] - q[row, i]))                        <L 59>
        var_7 = wp::add(var_1, var_6);
        var_8 = wp::mod(var_7, var_4);
        var_9 = wp::address(var_q, var_0, var_8);
        var_10 = wp::address(var_q, var_0, var_1);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        var_14 = wp::abs(var_11);
        var_15 = wp::atomic_add(var_tv, var_0, var_14);
        // wp.atomic_add(mass, row, q[row, i])                                                    <L 60>
        var_16 = wp::address(var_q, var_0, var_1);
        var_18 = wp::load(var_16);
        var_17 = wp::atomic_add(var_mass, var_0, var_18);
    }
}



extern "C" __global__ void total_variation_7cc82dd5_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_q,
    wp::array_t<wp::float32> var_tv,
    wp::array_t<wp::float32> var_mass,
    wp::array_t<wp::float32> adj_q,
    wp::array_t<wp::float32> adj_tv,
    wp::array_t<wp::float32> adj_mass)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
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
        //---------
        // forward
        // def total_variation(q: wp.array2d(dtype=float), tv: wp.array(dtype=float), mass: wp.array(dtype=float)):       <L 56>
        // row, i = wp.tid()                                                                      <L 57>
        builtin_tid2d(var_0, var_1);
        // n = q.shape[1]                                                                         <L 58>
        var_2 = &(var_q.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // wp.atomic_add(tv, row, wp.abs(q[row, (i + 1) % n] - q[row, i]))                        <L 59>
        var_7 = wp::add(var_1, var_6);
        var_8 = wp::mod(var_7, var_4);
        var_9 = wp::address(var_q, var_0, var_8);
        var_10 = wp::address(var_q, var_0, var_1);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        var_14 = wp::abs(var_11);
        // var_15 = wp::atomic_add(var_tv, var_0, var_14);
        // wp.atomic_add(mass, row, q[row, i])                                                    <L 60>
        var_16 = wp::address(var_q, var_0, var_1);
        var_18 = wp::load(var_16);
        // var_17 = wp::atomic_add(var_mass, var_0, var_18);
        //---------
        // reverse
        wp::adj_atomic_add(var_mass, var_0, var_18, adj_mass, adj_0, adj_16, adj_17);
        wp::adj_address(var_q, var_0, var_1, adj_q, adj_0, adj_1, adj_16);
        // adj: wp.atomic_add(mass, row, q[row, i])                                               <L 60>
        wp::adj_atomic_add(var_tv, var_0, var_14, adj_tv, adj_0, adj_14, adj_15);
        wp::adj_abs(var_11, adj_11, adj_14);
        wp::adj_sub(var_12, var_13, adj_9, adj_10, adj_11);
        wp::adj_address(var_q, var_0, var_1, adj_q, adj_0, adj_1, adj_10);
        wp::adj_address(var_q, var_0, var_8, adj_q, adj_0, adj_8, adj_9);
        wp::adj_mod(var_7, var_4, adj_7, adj_4, adj_8);
        wp::adj_add(var_1, var_6, adj_1, adj_6, adj_7);
        // adj: wp.atomic_add(tv, row, wp.abs(q[row, (i + 1) % n] - q[row, i]))                   <L 59>
        adj_q.shape = adj_2;
        // adj: n = q.shape[1]                                                                    <L 58>
        // adj: row, i = wp.tid()                                                                 <L 57>
        // adj: def total_variation(q: wp.array2d(dtype=float), tv: wp.array(dtype=float), mass: wp.array(dtype=float)):  <L 56>
        continue;
    }
}



extern "C" __global__ void cfl_dt_e72bc767_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_u,
    wp::float32 var_dx,
    wp::float32 var_cfl,
    wp::array_t<wp::float32> var_dt)
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
        const wp::float32 var_4 = 0.0;
        bool var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def cfl_dt(u: wp.array(dtype=float), dx: float, cfl: float, dt: wp.array(dtype=float)):       <L 64>
        // row = wp.tid()                                                                         <L 65>
        var_0 = builtin_tid1d();
        // s = wp.abs(u[row])                                                                     <L 66>
        var_1 = wp::address(var_u, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::abs(var_3);
        // if s > 0.0:                                                                            <L 67>
        var_5 = (var_2 > var_4);
        if (var_5) {
            // wp.atomic_min(dt, 0, cfl * dx / s)                                                 <L 68>
            var_7 = wp::mul(var_cfl, var_dx);
            var_8 = wp::div(var_7, var_2);
            var_9 = wp::atomic_min(var_dt, var_6, var_8);
        }
    }
}



extern "C" __global__ void cfl_dt_e72bc767_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_u,
    wp::float32 var_dx,
    wp::float32 var_cfl,
    wp::array_t<wp::float32> var_dt,
    wp::array_t<wp::float32> adj_u,
    wp::float32 adj_dx,
    wp::float32 adj_cfl,
    wp::array_t<wp::float32> adj_dt)
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
        const wp::float32 var_4 = 0.0;
        bool var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def cfl_dt(u: wp.array(dtype=float), dx: float, cfl: float, dt: wp.array(dtype=float)):       <L 64>
        // row = wp.tid()                                                                         <L 65>
        var_0 = builtin_tid1d();
        // s = wp.abs(u[row])                                                                     <L 66>
        var_1 = wp::address(var_u, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::abs(var_3);
        // if s > 0.0:                                                                            <L 67>
        var_5 = (var_2 > var_4);
        if (var_5) {
            // wp.atomic_min(dt, 0, cfl * dx / s)                                                 <L 68>
            var_7 = wp::mul(var_cfl, var_dx);
            var_8 = wp::div(var_7, var_2);
            // var_9 = wp::atomic_min(var_dt, var_6, var_8);
        }
        //---------
        // reverse
        if (var_5) {
            wp::adj_atomic_min(var_dt, var_6, var_8, adj_dt, adj_6, adj_8, adj_9);
            wp::adj_div(var_7, var_2, var_8, adj_7, adj_2, adj_8);
            wp::adj_mul(var_cfl, var_dx, adj_cfl, adj_dx, adj_7);
            // adj: wp.atomic_min(dt, 0, cfl * dx / s)                                            <L 68>
        }
        // adj: if s > 0.0:                                                                       <L 67>
        wp::adj_abs(var_3, adj_1, adj_2);
        wp::adj_address(var_u, var_0, adj_u, adj_0, adj_1);
        // adj: s = wp.abs(u[row])                                                                <L 66>
        // adj: row = wp.tid()                                                                    <L 65>
        // adj: def cfl_dt(u: wp.array(dtype=float), dx: float, cfl: float, dt: wp.array(dtype=float)):  <L 64>
        continue;
    }
}

