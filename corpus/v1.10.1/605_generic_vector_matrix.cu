
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


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE wp::vec_t<3, wp::float32> rotate_all_0(
    wp::quat_t<wp::float32> var_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts,
    wp::int32 var_i)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // forward
    // def rotate_all(q: wp.types.quaternion(dtype=wp.Float), pts: wp.array(dtype=Any), i: int):       <L 1>
    // return wp.quat_rotate(q, pts[i])                                                       <L 2>
    var_0 = wp::address(var_pts, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::quat_rotate(var_q, var_2);
    return var_1;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE wp::vec_t<3, wp::float32> safe_normalize_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    bool var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def safe_normalize(v: wp.types.vector(length=3, dtype=wp.Float)):                      <L 1>
    // n = wp.length(v)                                                                       <L 2>
    var_0 = wp::length(var_v);
    // if n > type(n)(0.0):                                                                   <L 3>
    var_2 = wp::float32(var_1);
    var_3 = (var_0 > var_2);
    if (var_3) {
        // return v / n                                                                       <L 4>
        var_4 = wp::div(var_v, var_0);
        return var_4;
    }
    // return v                                                                               <L 5>
    return var_v;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE wp::vec_t<3, wp::float64> safe_normalize_0(
    wp::vec_t<3, wp::float64> var_v)
{
    //---------
    // primal vars
    wp::float64 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float64 var_2;
    bool var_3;
    wp::vec_t<3, wp::float64> var_4;
    //---------
    // forward
    // def safe_normalize(v: wp.types.vector(length=3, dtype=wp.Float)):                      <L 1>
    // n = wp.length(v)                                                                       <L 2>
    var_0 = wp::length(var_v);
    // if n > type(n)(0.0):                                                                   <L 3>
    var_2 = wp::float64(var_1);
    var_3 = (var_0 > var_2);
    if (var_3) {
        // return v / n                                                                       <L 4>
        var_4 = wp::div(var_v, var_0);
        return var_4;
    }
    // return v                                                                               <L 5>
    return var_v;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE wp::float32 component_sum_0(
    wp::vec_t<4, wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 4;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 2;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 3;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def component_sum(v: wp.types.vector(length=Any, dtype=wp.Scalar)):                    <L 1>
    // s = v[0]                                                                               <L 2>
    var_1 = wp::extract(var_v, var_0);
    // for i in range(1, len(v)):                                                             <L 3>
    // s += v[i]                                                                              <L 4>
    var_4 = wp::extract(var_v, var_3);
    var_5 = wp::extract(var_v, var_3);
    var_6 = wp::add(var_1, var_5);
    var_8 = wp::extract(var_v, var_7);
    var_9 = wp::extract(var_v, var_7);
    var_10 = wp::add(var_6, var_9);
    var_12 = wp::extract(var_v, var_11);
    var_13 = wp::extract(var_v, var_11);
    var_14 = wp::add(var_10, var_13);
    // return s                                                                               <L 5>
    return var_14;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE wp::float32 frobenius2_0(
    wp::mat_t<3, 3, wp::float32> var_m)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def frobenius2(m: wp.types.matrix(shape=(Any, Any), dtype=wp.Float)):                  <L 1>
    // return wp.ddot(m, m)                                                                   <L 2>
    var_0 = wp::ddot(var_m, var_m);
    return var_0;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE wp::float32 frobenius2_0(
    wp::mat_t<2, 2, wp::float32> var_m)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def frobenius2(m: wp.types.matrix(shape=(Any, Any), dtype=wp.Float)):                  <L 1>
    // return wp.ddot(m, m)                                                                   <L 2>
    var_0 = wp::ddot(var_m, var_m);
    return var_0;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE wp::int32 component_sum_0(
    wp::vec_t<3, wp::int32> var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 3;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 2;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    //---------
    // forward
    // def component_sum(v: wp.types.vector(length=Any, dtype=wp.Scalar)):                    <L 1>
    // s = v[0]                                                                               <L 2>
    var_1 = wp::extract(var_v, var_0);
    // for i in range(1, len(v)):                                                             <L 3>
    // s += v[i]                                                                              <L 4>
    var_4 = wp::extract(var_v, var_3);
    var_5 = wp::extract(var_v, var_3);
    var_6 = wp::add(var_1, var_5);
    var_8 = wp::extract(var_v, var_7);
    var_9 = wp::extract(var_v, var_7);
    var_10 = wp::add(var_6, var_9);
    // return s                                                                               <L 5>
    return var_10;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE void adj_rotate_all_0(
    wp::quat_t<wp::float32> var_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts,
    wp::int32 var_i,
    wp::quat_t<wp::float32> & adj_q,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_pts,
    wp::int32 & adj_i,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def rotate_all(q: wp.types.quaternion(dtype=wp.Float), pts: wp.array(dtype=Any), i: int):       <L 1>
    // return wp.quat_rotate(q, pts[i])                                                       <L 2>
    var_0 = wp::address(var_pts, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::quat_rotate(var_q, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_quat_rotate(var_q, var_2, adj_q, adj_0, adj_1);
    wp::adj_address(var_pts, var_i, adj_pts, adj_i, adj_0);
    // adj: return wp.quat_rotate(q, pts[i])                                                  <L 2>
    // adj: def rotate_all(q: wp.types.quaternion(dtype=wp.Float), pts: wp.array(dtype=Any), i: int):  <L 1>
    return;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE void adj_safe_normalize_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    bool var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def safe_normalize(v: wp.types.vector(length=3, dtype=wp.Float)):                      <L 1>
    // n = wp.length(v)                                                                       <L 2>
    var_0 = wp::length(var_v);
    // if n > type(n)(0.0):                                                                   <L 3>
    var_2 = wp::float32(var_1);
    var_3 = (var_0 > var_2);
    if (var_3) {
        // return v / n                                                                       <L 4>
        var_4 = wp::div(var_v, var_0);
        goto label0;
    }
    // return v                                                                               <L 5>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_v += adj_ret;
    // adj: return v                                                                          <L 5>
    if (var_3) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_div(var_v, var_0, adj_v, adj_0, adj_4);
        // adj: return v / n                                                                  <L 4>
    }
    wp::adj_float32(var_1, adj_1, adj_2);
    // adj: if n > type(n)(0.0):                                                              <L 3>
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: n = wp.length(v)                                                                  <L 2>
    // adj: def safe_normalize(v: wp.types.vector(length=3, dtype=wp.Float)):                 <L 1>
    return;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE void adj_safe_normalize_0(
    wp::vec_t<3, wp::float64> var_v,
    wp::vec_t<3, wp::float64> & adj_v,
    wp::vec_t<3, wp::float64> & adj_ret)
{
    //---------
    // primal vars
    wp::float64 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float64 var_2;
    bool var_3;
    wp::vec_t<3, wp::float64> var_4;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float64 adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float64> adj_4 = {};
    //---------
    // forward
    // def safe_normalize(v: wp.types.vector(length=3, dtype=wp.Float)):                      <L 1>
    // n = wp.length(v)                                                                       <L 2>
    var_0 = wp::length(var_v);
    // if n > type(n)(0.0):                                                                   <L 3>
    var_2 = wp::float64(var_1);
    var_3 = (var_0 > var_2);
    if (var_3) {
        // return v / n                                                                       <L 4>
        var_4 = wp::div(var_v, var_0);
        goto label0;
    }
    // return v                                                                               <L 5>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_v += adj_ret;
    // adj: return v                                                                          <L 5>
    if (var_3) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_div(var_v, var_0, adj_v, adj_0, adj_4);
        // adj: return v / n                                                                  <L 4>
    }
    wp::adj_float64(var_1, adj_1, adj_2);
    // adj: if n > type(n)(0.0):                                                              <L 3>
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: n = wp.length(v)                                                                  <L 2>
    // adj: def safe_normalize(v: wp.types.vector(length=3, dtype=wp.Float)):                 <L 1>
    return;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE void adj_component_sum_0(
    wp::vec_t<4, wp::float32> var_v,
    wp::vec_t<4, wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 4;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 2;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 3;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def component_sum(v: wp.types.vector(length=Any, dtype=wp.Scalar)):                    <L 1>
    // s = v[0]                                                                               <L 2>
    var_1 = wp::extract(var_v, var_0);
    // for i in range(1, len(v)):                                                             <L 3>
    // s += v[i]                                                                              <L 4>
    var_4 = wp::extract(var_v, var_3);
    var_5 = wp::extract(var_v, var_3);
    var_6 = wp::add(var_1, var_5);
    var_8 = wp::extract(var_v, var_7);
    var_9 = wp::extract(var_v, var_7);
    var_10 = wp::add(var_6, var_9);
    var_12 = wp::extract(var_v, var_11);
    var_13 = wp::extract(var_v, var_11);
    var_14 = wp::add(var_10, var_13);
    // return s                                                                               <L 5>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_14 += adj_ret;
    // adj: return s                                                                          <L 5>
    wp::adj_add(var_10, var_13, adj_10, adj_13, adj_14);
    wp::adj_extract(var_v, var_11, adj_v, adj_11, adj_13);
    wp::adj_extract(var_v, var_11, adj_v, adj_11, adj_12);
    wp::adj_add(var_6, var_9, adj_6, adj_9, adj_10);
    wp::adj_extract(var_v, var_7, adj_v, adj_7, adj_9);
    wp::adj_extract(var_v, var_7, adj_v, adj_7, adj_8);
    wp::adj_add(var_1, var_5, adj_1, adj_5, adj_6);
    wp::adj_extract(var_v, var_3, adj_v, adj_3, adj_5);
    wp::adj_extract(var_v, var_3, adj_v, adj_3, adj_4);
    // adj: s += v[i]                                                                         <L 4>
    // adj: for i in range(1, len(v)):                                                        <L 3>
    wp::adj_extract(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: s = v[0]                                                                          <L 2>
    // adj: def component_sum(v: wp.types.vector(length=Any, dtype=wp.Scalar)):               <L 1>
    return;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE void adj_frobenius2_0(
    wp::mat_t<3, 3, wp::float32> var_m,
    wp::mat_t<3, 3, wp::float32> & adj_m,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def frobenius2(m: wp.types.matrix(shape=(Any, Any), dtype=wp.Float)):                  <L 1>
    // return wp.ddot(m, m)                                                                   <L 2>
    var_0 = wp::ddot(var_m, var_m);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_ddot(var_m, var_m, adj_m, adj_m, adj_0);
    // adj: return wp.ddot(m, m)                                                              <L 2>
    // adj: def frobenius2(m: wp.types.matrix(shape=(Any, Any), dtype=wp.Float)):             <L 1>
    return;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE void adj_frobenius2_0(
    wp::mat_t<2, 2, wp::float32> var_m,
    wp::mat_t<2, 2, wp::float32> & adj_m,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def frobenius2(m: wp.types.matrix(shape=(Any, Any), dtype=wp.Float)):                  <L 1>
    // return wp.ddot(m, m)                                                                   <L 2>
    var_0 = wp::ddot(var_m, var_m);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_ddot(var_m, var_m, adj_m, adj_m, adj_0);
    // adj: return wp.ddot(m, m)                                                              <L 2>
    // adj: def frobenius2(m: wp.types.matrix(shape=(Any, Any), dtype=wp.Float)):             <L 1>
    return;
}


// corpus/605_generic_vector_matrix.py:0
static CUDA_CALLABLE void adj_component_sum_0(
    wp::vec_t<3, wp::int32> var_v,
    wp::vec_t<3, wp::int32> & adj_v,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 3;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 2;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    //---------
    // forward
    // def component_sum(v: wp.types.vector(length=Any, dtype=wp.Scalar)):                    <L 1>
    // s = v[0]                                                                               <L 2>
    var_1 = wp::extract(var_v, var_0);
    // for i in range(1, len(v)):                                                             <L 3>
    // s += v[i]                                                                              <L 4>
    var_4 = wp::extract(var_v, var_3);
    var_5 = wp::extract(var_v, var_3);
    var_6 = wp::add(var_1, var_5);
    var_8 = wp::extract(var_v, var_7);
    var_9 = wp::extract(var_v, var_7);
    var_10 = wp::add(var_6, var_9);
    // return s                                                                               <L 5>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    // adj: return s                                                                          <L 5>
    wp::adj_add(var_6, var_9, adj_6, adj_9, adj_10);
    wp::adj_extract(var_v, var_7, adj_v, adj_7, adj_9);
    wp::adj_extract(var_v, var_7, adj_v, adj_7, adj_8);
    wp::adj_add(var_1, var_5, adj_1, adj_5, adj_6);
    wp::adj_extract(var_v, var_3, adj_v, adj_3, adj_5);
    wp::adj_extract(var_v, var_3, adj_v, adj_3, adj_4);
    // adj: s += v[i]                                                                         <L 4>
    // adj: for i in range(1, len(v)):                                                        <L 3>
    wp::adj_extract(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: s = v[0]                                                                          <L 2>
    // adj: def component_sum(v: wp.types.vector(length=Any, dtype=wp.Scalar)):               <L 1>
    return;
}



extern "C" __global__ void analyze_70dd6ff3_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float64>> var_normals64,
    wp::array_t<wp::vec_t<4, wp::float32>> var_colors,
    wp::array_t<wp::vec_t<3, wp::int32>> var_counts,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_stress,
    wp::array_t<wp::quat_t<wp::float32>> var_frames,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_n,
    wp::array_t<wp::vec_t<3, wp::float64>> var_out_n64,
    wp::array_t<wp::float32> var_out_s,
    wp::array_t<wp::int32> var_out_c)
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
        wp::quat_t<wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float64>* var_8;
        wp::vec_t<3, wp::float64> var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::vec_t<4, wp::float32>* var_11;
        wp::float32 var_12;
        wp::vec_t<4, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32>* var_14;
        wp::float32 var_15;
        wp::mat_t<3, 3, wp::float32> var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 1.0;
        const wp::float32 var_19 = 0.0;
        const wp::float32 var_20 = 0.0;
        const wp::float32 var_21 = 1.0;
        wp::mat_t<2, 2, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::int32>* var_25;
        wp::int32 var_26;
        wp::vec_t<3, wp::int32> var_27;
        //---------
        // forward
        // def analyze(                                                                           <L 33>
        // i = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // out_n[i] = rotate_all(frames[i], normals, i) + safe_normalize(normals[i])              <L 46>
        var_1 = wp::address(var_frames, var_0);
        var_3 = wp::load(var_1);
        var_2 = rotate_all_0(var_3, var_normals, var_0);
        var_4 = wp::address(var_normals, var_0);
        var_6 = wp::load(var_4);
        var_5 = safe_normalize_0(var_6);
        var_7 = wp::add(var_2, var_5);
        wp::array_store(var_out_n, var_0, var_7);
        // out_n64[i] = safe_normalize(normals64[i])                                              <L 47>
        var_8 = wp::address(var_normals64, var_0);
        var_10 = wp::load(var_8);
        var_9 = safe_normalize_0(var_10);
        wp::array_store(var_out_n64, var_0, var_9);
        // out_s[i] = component_sum(colors[i]) + frobenius2(stress[i]) + frobenius2(wp.mat22(1.0, 0.0, 0.0, 1.0))       <L 48>
        var_11 = wp::address(var_colors, var_0);
        var_13 = wp::load(var_11);
        var_12 = component_sum_0(var_13);
        var_14 = wp::address(var_stress, var_0);
        var_16 = wp::load(var_14);
        var_15 = frobenius2_0(var_16);
        var_17 = wp::add(var_12, var_15);
        var_22 = wp::mat_t<2, 2, wp::float32>(var_18, var_19, var_20, var_21);
        var_23 = frobenius2_0(var_22);
        var_24 = wp::add(var_17, var_23);
        wp::array_store(var_out_s, var_0, var_24);
        // out_c[i] = component_sum(counts[i])                                                    <L 49>
        var_25 = wp::address(var_counts, var_0);
        var_27 = wp::load(var_25);
        var_26 = component_sum_0(var_27);
        wp::array_store(var_out_c, var_0, var_26);
    }
}



extern "C" __global__ void analyze_70dd6ff3_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float64>> var_normals64,
    wp::array_t<wp::vec_t<4, wp::float32>> var_colors,
    wp::array_t<wp::vec_t<3, wp::int32>> var_counts,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_stress,
    wp::array_t<wp::quat_t<wp::float32>> var_frames,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_n,
    wp::array_t<wp::vec_t<3, wp::float64>> var_out_n64,
    wp::array_t<wp::float32> var_out_s,
    wp::array_t<wp::int32> var_out_c,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_normals64,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_colors,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_counts,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_stress,
    wp::array_t<wp::quat_t<wp::float32>> adj_frames,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_n,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_out_n64,
    wp::array_t<wp::float32> adj_out_s,
    wp::array_t<wp::int32> adj_out_c)
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
        wp::quat_t<wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float64>* var_8;
        wp::vec_t<3, wp::float64> var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::vec_t<4, wp::float32>* var_11;
        wp::float32 var_12;
        wp::vec_t<4, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32>* var_14;
        wp::float32 var_15;
        wp::mat_t<3, 3, wp::float32> var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 1.0;
        const wp::float32 var_19 = 0.0;
        const wp::float32 var_20 = 0.0;
        const wp::float32 var_21 = 1.0;
        wp::mat_t<2, 2, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::int32>* var_25;
        wp::int32 var_26;
        wp::vec_t<3, wp::int32> var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::quat_t<wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::quat_t<wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float64> adj_8 = {};
        wp::vec_t<3, wp::float64> adj_9 = {};
        wp::vec_t<3, wp::float64> adj_10 = {};
        wp::vec_t<4, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<4, wp::float32> adj_13 = {};
        wp::mat_t<3, 3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::mat_t<3, 3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::mat_t<2, 2, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::int32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::vec_t<3, wp::int32> adj_27 = {};
        //---------
        // forward
        // def analyze(                                                                           <L 33>
        // i = wp.tid()                                                                           <L 45>
        var_0 = builtin_tid1d();
        // out_n[i] = rotate_all(frames[i], normals, i) + safe_normalize(normals[i])              <L 46>
        var_1 = wp::address(var_frames, var_0);
        var_3 = wp::load(var_1);
        var_2 = rotate_all_0(var_3, var_normals, var_0);
        var_4 = wp::address(var_normals, var_0);
        var_6 = wp::load(var_4);
        var_5 = safe_normalize_0(var_6);
        var_7 = wp::add(var_2, var_5);
        // wp::array_store(var_out_n, var_0, var_7);
        // out_n64[i] = safe_normalize(normals64[i])                                              <L 47>
        var_8 = wp::address(var_normals64, var_0);
        var_10 = wp::load(var_8);
        var_9 = safe_normalize_0(var_10);
        // wp::array_store(var_out_n64, var_0, var_9);
        // out_s[i] = component_sum(colors[i]) + frobenius2(stress[i]) + frobenius2(wp.mat22(1.0, 0.0, 0.0, 1.0))       <L 48>
        var_11 = wp::address(var_colors, var_0);
        var_13 = wp::load(var_11);
        var_12 = component_sum_0(var_13);
        var_14 = wp::address(var_stress, var_0);
        var_16 = wp::load(var_14);
        var_15 = frobenius2_0(var_16);
        var_17 = wp::add(var_12, var_15);
        var_22 = wp::mat_t<2, 2, wp::float32>(var_18, var_19, var_20, var_21);
        var_23 = frobenius2_0(var_22);
        var_24 = wp::add(var_17, var_23);
        // wp::array_store(var_out_s, var_0, var_24);
        // out_c[i] = component_sum(counts[i])                                                    <L 49>
        var_25 = wp::address(var_counts, var_0);
        var_27 = wp::load(var_25);
        var_26 = component_sum_0(var_27);
        // wp::array_store(var_out_c, var_0, var_26);
        //---------
        // reverse
        wp::adj_array_store(var_out_c, var_0, var_26, adj_out_c, adj_0, adj_26);
        adj_component_sum_0(var_27, adj_25, adj_26);
        wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_25);
        // adj: out_c[i] = component_sum(counts[i])                                               <L 49>
        wp::adj_array_store(var_out_s, var_0, var_24, adj_out_s, adj_0, adj_24);
        wp::adj_add(var_17, var_23, adj_17, adj_23, adj_24);
        adj_frobenius2_0(var_22, adj_22, adj_23);
        wp::adj_mat_t(var_18, var_19, var_20, var_21, adj_18, adj_19, adj_20, adj_21, adj_22);
        wp::adj_add(var_12, var_15, adj_12, adj_15, adj_17);
        adj_frobenius2_0(var_16, adj_14, adj_15);
        wp::adj_address(var_stress, var_0, adj_stress, adj_0, adj_14);
        adj_component_sum_0(var_13, adj_11, adj_12);
        wp::adj_address(var_colors, var_0, adj_colors, adj_0, adj_11);
        // adj: out_s[i] = component_sum(colors[i]) + frobenius2(stress[i]) + frobenius2(wp.mat22(1.0, 0.0, 0.0, 1.0))  <L 48>
        wp::adj_array_store(var_out_n64, var_0, var_9, adj_out_n64, adj_0, adj_9);
        adj_safe_normalize_0(var_10, adj_8, adj_9);
        wp::adj_address(var_normals64, var_0, adj_normals64, adj_0, adj_8);
        // adj: out_n64[i] = safe_normalize(normals64[i])                                         <L 47>
        wp::adj_array_store(var_out_n, var_0, var_7, adj_out_n, adj_0, adj_7);
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
        adj_safe_normalize_0(var_6, adj_4, adj_5);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_4);
        adj_rotate_all_0(var_3, var_normals, var_0, adj_1, adj_normals, adj_0, adj_2);
        wp::adj_address(var_frames, var_0, adj_frames, adj_0, adj_1);
        // adj: out_n[i] = rotate_all(frames[i], normals, i) + safe_normalize(normals[i])         <L 46>
        // adj: i = wp.tid()                                                                      <L 45>
        // adj: def analyze(                                                                      <L 33>
        continue;
    }
}

