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


// corpus/017_mat33_inertia.py:4
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> box_inertia_0(
    wp::float32 var_mass,
    wp::vec_t<3, wp::float32> var_size)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 12.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 0.0;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 0.0;
    const wp::float32 var_26 = 0.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    //---------
    // forward
    // def box_inertia(mass: float, size: wp.vec3) -> wp.mat33:                               <L 5>
    // x2 = size[0] * size[0]                                                                 <L 6>
    var_1 = wp::extract(var_size, var_0);
    var_3 = wp::extract(var_size, var_2);
    var_4 = wp::mul(var_1, var_3);
    // y2 = size[1] * size[1]                                                                 <L 7>
    var_6 = wp::extract(var_size, var_5);
    var_8 = wp::extract(var_size, var_7);
    var_9 = wp::mul(var_6, var_8);
    // z2 = size[2] * size[2]                                                                 <L 8>
    var_11 = wp::extract(var_size, var_10);
    var_13 = wp::extract(var_size, var_12);
    var_14 = wp::mul(var_11, var_13);
    // k = mass / 12.0                                                                        <L 9>
    var_16 = wp::div(var_mass, var_15);
    // return wp.mat33(k * (y2 + z2), 0.0, 0.0, 0.0, k * (x2 + z2), 0.0, 0.0, 0.0, k * (x2 + y2))       <L 10>
    var_17 = wp::add(var_9, var_14);
    var_18 = wp::mul(var_16, var_17);
    var_22 = wp::add(var_4, var_14);
    var_23 = wp::mul(var_16, var_22);
    var_27 = wp::add(var_4, var_9);
    var_28 = wp::mul(var_16, var_27);
    var_29 = wp::mat_t<3, 3, wp::float32>(var_18, var_19, var_20, var_21, var_23, var_24, var_25, var_26, var_28);
    return var_29;
}


// corpus/017_mat33_inertia.py:13
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> sphere_inertia_0(
    wp::float32 var_mass,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.4;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    //---------
    // forward
    // def sphere_inertia(mass: float, radius: float) -> wp.mat33:                            <L 14>
    // i = 0.4 * mass * radius * radius                                                       <L 15>
    var_1 = wp::mul(var_0, var_mass);
    var_2 = wp::mul(var_1, var_radius);
    var_3 = wp::mul(var_2, var_radius);
    // return wp.diag(wp.vec3(i, i, i))                                                       <L 16>
    var_4 = wp::vec_t<3, wp::float32>(var_3, var_3, var_3);
    var_5 = wp::diag(var_4);
    return var_5;
}


// corpus/017_mat33_inertia.py:26
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> rotate_inertia_0(
    wp::mat_t<3, 3, wp::float32> var_I,
    wp::mat_t<3, 3, wp::float32> var_R)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    //---------
    // forward
    // def rotate_inertia(I: wp.mat33, R: wp.mat33) -> wp.mat33:                              <L 27>
    // return R * I * wp.transpose(R)                                                         <L 28>
    var_0 = wp::mul(var_R, var_I);
    var_1 = wp::transpose(var_R);
    var_2 = wp::mul(var_0, var_1);
    return var_2;
}


// corpus/017_mat33_inertia.py:19
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> parallel_axis_0(
    wp::mat_t<3, 3, wp::float32> var_I,
    wp::float32 var_mass,
    wp::vec_t<3, wp::float32> var_offset)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::int32 var_1 = 3;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    //---------
    // forward
    // def parallel_axis(I: wp.mat33, mass: float, offset: wp.vec3) -> wp.mat33:              <L 20>
    // d2 = wp.dot(offset, offset)                                                            <L 21>
    var_0 = wp::dot(var_offset, var_offset);
    // eye = wp.identity(n=3, dtype=float)                                                    <L 22>
    var_2 = wp::identity<3, wp::float32>();
    // return I + (eye * d2 - wp.outer(offset, offset)) * mass                                <L 23>
    var_3 = wp::mul(var_2, var_0);
    var_4 = wp::outer(var_offset, var_offset);
    var_5 = wp::sub(var_3, var_4);
    var_6 = wp::mul(var_5, var_mass);
    var_7 = wp::add(var_I, var_6);
    return var_7;
}


// corpus/017_mat33_inertia.py:4
static CUDA_CALLABLE void adj_box_inertia_0(
    wp::float32 var_mass,
    wp::vec_t<3, wp::float32> var_size,
    wp::float32 & adj_mass,
    wp::vec_t<3, wp::float32> & adj_size,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    const wp::int32 var_12 = 2;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 12.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 0.0;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 0.0;
    const wp::float32 var_26 = 0.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
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
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    //---------
    // forward
    // def box_inertia(mass: float, size: wp.vec3) -> wp.mat33:                               <L 5>
    // x2 = size[0] * size[0]                                                                 <L 6>
    var_1 = wp::extract(var_size, var_0);
    var_3 = wp::extract(var_size, var_2);
    var_4 = wp::mul(var_1, var_3);
    // y2 = size[1] * size[1]                                                                 <L 7>
    var_6 = wp::extract(var_size, var_5);
    var_8 = wp::extract(var_size, var_7);
    var_9 = wp::mul(var_6, var_8);
    // z2 = size[2] * size[2]                                                                 <L 8>
    var_11 = wp::extract(var_size, var_10);
    var_13 = wp::extract(var_size, var_12);
    var_14 = wp::mul(var_11, var_13);
    // k = mass / 12.0                                                                        <L 9>
    var_16 = wp::div(var_mass, var_15);
    // return wp.mat33(k * (y2 + z2), 0.0, 0.0, 0.0, k * (x2 + z2), 0.0, 0.0, 0.0, k * (x2 + y2))       <L 10>
    var_17 = wp::add(var_9, var_14);
    var_18 = wp::mul(var_16, var_17);
    var_22 = wp::add(var_4, var_14);
    var_23 = wp::mul(var_16, var_22);
    var_27 = wp::add(var_4, var_9);
    var_28 = wp::mul(var_16, var_27);
    var_29 = wp::mat_t<3, 3, wp::float32>(var_18, var_19, var_20, var_21, var_23, var_24, var_25, var_26, var_28);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_29 += adj_ret;
    wp::adj_mat_t(var_18, var_19, var_20, var_21, var_23, var_24, var_25, var_26, var_28, adj_18, adj_19, adj_20, adj_21, adj_23, adj_24, adj_25, adj_26, adj_28, adj_29);
    wp::adj_mul(var_16, var_27, adj_16, adj_27, adj_28);
    wp::adj_add(var_4, var_9, adj_4, adj_9, adj_27);
    wp::adj_mul(var_16, var_22, adj_16, adj_22, adj_23);
    wp::adj_add(var_4, var_14, adj_4, adj_14, adj_22);
    wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_add(var_9, var_14, adj_9, adj_14, adj_17);
    // adj: return wp.mat33(k * (y2 + z2), 0.0, 0.0, 0.0, k * (x2 + z2), 0.0, 0.0, 0.0, k * (x2 + y2))  <L 10>
    wp::adj_div(var_mass, var_15, var_16, adj_mass, adj_15, adj_16);
    // adj: k = mass / 12.0                                                                   <L 9>
    wp::adj_mul(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_extract(var_size, var_12, adj_size, adj_12, adj_13);
    wp::adj_extract(var_size, var_10, adj_size, adj_10, adj_11);
    // adj: z2 = size[2] * size[2]                                                            <L 8>
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_extract(var_size, var_7, adj_size, adj_7, adj_8);
    wp::adj_extract(var_size, var_5, adj_size, adj_5, adj_6);
    // adj: y2 = size[1] * size[1]                                                            <L 7>
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_size, var_2, adj_size, adj_2, adj_3);
    wp::adj_extract(var_size, var_0, adj_size, adj_0, adj_1);
    // adj: x2 = size[0] * size[0]                                                            <L 6>
    // adj: def box_inertia(mass: float, size: wp.vec3) -> wp.mat33:                          <L 5>
    return;
}


// corpus/017_mat33_inertia.py:13
static CUDA_CALLABLE void adj_sphere_inertia_0(
    wp::float32 var_mass,
    wp::float32 var_radius,
    wp::float32 & adj_mass,
    wp::float32 & adj_radius,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.4;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def sphere_inertia(mass: float, radius: float) -> wp.mat33:                            <L 14>
    // i = 0.4 * mass * radius * radius                                                       <L 15>
    var_1 = wp::mul(var_0, var_mass);
    var_2 = wp::mul(var_1, var_radius);
    var_3 = wp::mul(var_2, var_radius);
    // return wp.diag(wp.vec3(i, i, i))                                                       <L 16>
    var_4 = wp::vec_t<3, wp::float32>(var_3, var_3, var_3);
    var_5 = wp::diag(var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_diag(var_4, adj_4, adj_5);
    wp::adj_vec_t(var_3, var_3, var_3, adj_3, adj_3, adj_3, adj_4);
    // adj: return wp.diag(wp.vec3(i, i, i))                                                  <L 16>
    wp::adj_mul(var_2, var_radius, adj_2, adj_radius, adj_3);
    wp::adj_mul(var_1, var_radius, adj_1, adj_radius, adj_2);
    wp::adj_mul(var_0, var_mass, adj_0, adj_mass, adj_1);
    // adj: i = 0.4 * mass * radius * radius                                                  <L 15>
    // adj: def sphere_inertia(mass: float, radius: float) -> wp.mat33:                       <L 14>
    return;
}


// corpus/017_mat33_inertia.py:26
static CUDA_CALLABLE void adj_rotate_inertia_0(
    wp::mat_t<3, 3, wp::float32> var_I,
    wp::mat_t<3, 3, wp::float32> var_R,
    wp::mat_t<3, 3, wp::float32> & adj_I,
    wp::mat_t<3, 3, wp::float32> & adj_R,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def rotate_inertia(I: wp.mat33, R: wp.mat33) -> wp.mat33:                              <L 27>
    // return R * I * wp.transpose(R)                                                         <L 28>
    var_0 = wp::mul(var_R, var_I);
    var_1 = wp::transpose(var_R);
    var_2 = wp::mul(var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_transpose(var_R, adj_R, adj_1);
    wp::adj_mul(var_R, var_I, adj_R, adj_I, adj_0);
    // adj: return R * I * wp.transpose(R)                                                    <L 28>
    // adj: def rotate_inertia(I: wp.mat33, R: wp.mat33) -> wp.mat33:                         <L 27>
    return;
}


// corpus/017_mat33_inertia.py:19
static CUDA_CALLABLE void adj_parallel_axis_0(
    wp::mat_t<3, 3, wp::float32> var_I,
    wp::float32 var_mass,
    wp::vec_t<3, wp::float32> var_offset,
    wp::mat_t<3, 3, wp::float32> & adj_I,
    wp::float32 & adj_mass,
    wp::vec_t<3, wp::float32> & adj_offset,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::int32 var_1 = 3;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def parallel_axis(I: wp.mat33, mass: float, offset: wp.vec3) -> wp.mat33:              <L 20>
    // d2 = wp.dot(offset, offset)                                                            <L 21>
    var_0 = wp::dot(var_offset, var_offset);
    // eye = wp.identity(n=3, dtype=float)                                                    <L 22>
    var_2 = wp::identity<3, wp::float32>();
    // return I + (eye * d2 - wp.outer(offset, offset)) * mass                                <L 23>
    var_3 = wp::mul(var_2, var_0);
    var_4 = wp::outer(var_offset, var_offset);
    var_5 = wp::sub(var_3, var_4);
    var_6 = wp::mul(var_5, var_mass);
    var_7 = wp::add(var_I, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_add(var_I, var_6, adj_I, adj_6, adj_7);
    wp::adj_mul(var_5, var_mass, adj_5, adj_mass, adj_6);
    wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_outer(var_offset, var_offset, adj_offset, adj_offset, adj_4);
    wp::adj_mul(var_2, var_0, adj_2, adj_0, adj_3);
    // adj: return I + (eye * d2 - wp.outer(offset, offset)) * mass                           <L 23>
    // adj: eye = wp.identity(n=3, dtype=float)                                               <L 22>
    wp::adj_dot(var_offset, var_offset, adj_offset, adj_offset, adj_0);
    // adj: d2 = wp.dot(offset, offset)                                                       <L 21>
    // adj: def parallel_axis(I: wp.mat33, mass: float, offset: wp.vec3) -> wp.mat33:         <L 20>
    return;
}



extern "C" __global__ void compound_inertia_1f8e0e62_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_shape_type,
    wp::array_t<wp::float32> var_shape_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_size,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_offset,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_shape_rot,
    wp::array_t<wp::int32> var_shape_body,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia,
    wp::array_t<wp::float32> var_body_mass)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = 1;
        bool var_14;
        wp::vec_t<3, wp::float32>* var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::mat_t<3, 3, wp::float32> var_19;
        wp::vec_t<3, wp::float32>* var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32>* var_24;
        const wp::int32 var_25 = 1;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        const wp::float32 var_28 = 3.0;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 12.0;
        wp::float32 var_35;
        const wp::float32 var_36 = 0.5;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 0.0;
        const wp::float32 var_41 = 0.0;
        const wp::float32 var_42 = 0.0;
        const wp::float32 var_43 = 0.0;
        const wp::float32 var_44 = 0.0;
        const wp::float32 var_45 = 0.0;
        wp::mat_t<3, 3, wp::float32> var_46;
        wp::mat_t<3, 3, wp::float32> var_47;
        wp::mat_t<3, 3, wp::float32> var_48;
        wp::mat_t<3, 3, wp::float32>* var_49;
        wp::mat_t<3, 3, wp::float32> var_50;
        wp::mat_t<3, 3, wp::float32> var_51;
        wp::vec_t<3, wp::float32>* var_52;
        wp::mat_t<3, 3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::int32* var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        wp::mat_t<3, 3, wp::float32> var_58;
        wp::float32 var_59;
        //---------
        // forward
        // def compound_inertia(                                                                  <L 32>
        // s = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // t = shape_type[s]                                                                      <L 43>
        var_1 = wp::address(var_shape_type, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // m = shape_mass[s]                                                                      <L 44>
        var_4 = wp::address(var_shape_mass, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // I = wp.mat33()                                                                         <L 45>
        var_7 = wp::mat_t<3, 3, wp::float32>();
        // if t == 0:                                                                             <L 46>
        var_9 = (var_2 == var_8);
        if (var_9) {
            // I = box_inertia(m, shape_size[s])                                                  <L 47>
            var_10 = wp::address(var_shape_size, var_0);
            var_12 = wp::load(var_10);
            var_11 = box_inertia_0(var_5, var_12);
        }
        if (!var_9) {
            // elif t == 1:                                                                       <L 48>
            var_14 = (var_2 == var_13);
            if (var_14) {
                // I = sphere_inertia(m, shape_size[s][0])                                        <L 49>
                var_15 = wp::address(var_shape_size, var_0);
                var_18 = wp::load(var_15);
                var_17 = wp::extract(var_18, var_16);
                var_19 = sphere_inertia_0(var_5, var_17);
            }
            if (!var_14) {
                // r = shape_size[s][0]                                                           <L 51>
                var_20 = wp::address(var_shape_size, var_0);
                var_23 = wp::load(var_20);
                var_22 = wp::extract(var_23, var_21);
                // h = shape_size[s][1]                                                           <L 52>
                var_24 = wp::address(var_shape_size, var_0);
                var_27 = wp::load(var_24);
                var_26 = wp::extract(var_27, var_25);
                // ixx = m * (3.0 * r * r + h * h) / 12.0                                         <L 53>
                var_29 = wp::mul(var_28, var_22);
                var_30 = wp::mul(var_29, var_22);
                var_31 = wp::mul(var_26, var_26);
                var_32 = wp::add(var_30, var_31);
                var_33 = wp::mul(var_5, var_32);
                var_35 = wp::div(var_33, var_34);
                // iyy = 0.5 * m * r * r                                                          <L 54>
                var_37 = wp::mul(var_36, var_5);
                var_38 = wp::mul(var_37, var_22);
                var_39 = wp::mul(var_38, var_22);
                // I = wp.mat33(ixx, 0.0, 0.0, 0.0, iyy, 0.0, 0.0, 0.0, ixx)                      <L 55>
                var_46 = wp::mat_t<3, 3, wp::float32>(var_35, var_40, var_41, var_42, var_39, var_43, var_44, var_45, var_35);
            }
            var_47 = wp::where(var_14, var_19, var_46);
        }
        var_48 = wp::where(var_9, var_11, var_47);
        // I = rotate_inertia(I, shape_rot[s])                                                    <L 56>
        var_49 = wp::address(var_shape_rot, var_0);
        var_51 = wp::load(var_49);
        var_50 = rotate_inertia_0(var_48, var_51);
        // I = parallel_axis(I, m, shape_offset[s])                                               <L 57>
        var_52 = wp::address(var_shape_offset, var_0);
        var_54 = wp::load(var_52);
        var_53 = parallel_axis_0(var_50, var_5, var_54);
        // b = shape_body[s]                                                                      <L 58>
        var_55 = wp::address(var_shape_body, var_0);
        var_57 = wp::load(var_55);
        var_56 = wp::copy(var_57);
        // wp.atomic_add(body_inertia, b, I)                                                      <L 59>
        var_58 = wp::atomic_add(var_body_inertia, var_56, var_53);
        // wp.atomic_add(body_mass, b, m)                                                         <L 60>
        var_59 = wp::atomic_add(var_body_mass, var_56, var_5);
    }
}



extern "C" __global__ void compound_inertia_1f8e0e62_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_shape_type,
    wp::array_t<wp::float32> var_shape_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_size,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_offset,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_shape_rot,
    wp::array_t<wp::int32> var_shape_body,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia,
    wp::array_t<wp::float32> var_body_mass,
    wp::array_t<wp::int32> adj_shape_type,
    wp::array_t<wp::float32> adj_shape_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_shape_size,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_shape_offset,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_shape_rot,
    wp::array_t<wp::int32> adj_shape_body,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inertia,
    wp::array_t<wp::float32> adj_body_mass)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = 1;
        bool var_14;
        wp::vec_t<3, wp::float32>* var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::mat_t<3, 3, wp::float32> var_19;
        wp::vec_t<3, wp::float32>* var_20;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32>* var_24;
        const wp::int32 var_25 = 1;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        const wp::float32 var_28 = 3.0;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 12.0;
        wp::float32 var_35;
        const wp::float32 var_36 = 0.5;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 0.0;
        const wp::float32 var_41 = 0.0;
        const wp::float32 var_42 = 0.0;
        const wp::float32 var_43 = 0.0;
        const wp::float32 var_44 = 0.0;
        const wp::float32 var_45 = 0.0;
        wp::mat_t<3, 3, wp::float32> var_46;
        wp::mat_t<3, 3, wp::float32> var_47;
        wp::mat_t<3, 3, wp::float32> var_48;
        wp::mat_t<3, 3, wp::float32>* var_49;
        wp::mat_t<3, 3, wp::float32> var_50;
        wp::mat_t<3, 3, wp::float32> var_51;
        wp::vec_t<3, wp::float32>* var_52;
        wp::mat_t<3, 3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::int32* var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        wp::mat_t<3, 3, wp::float32> var_58;
        wp::float32 var_59;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::mat_t<3, 3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::mat_t<3, 3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
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
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::mat_t<3, 3, wp::float32> adj_46 = {};
        wp::mat_t<3, 3, wp::float32> adj_47 = {};
        wp::mat_t<3, 3, wp::float32> adj_48 = {};
        wp::mat_t<3, 3, wp::float32> adj_49 = {};
        wp::mat_t<3, 3, wp::float32> adj_50 = {};
        wp::mat_t<3, 3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::mat_t<3, 3, wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::mat_t<3, 3, wp::float32> adj_58 = {};
        wp::float32 adj_59 = {};
        //---------
        // forward
        // def compound_inertia(                                                                  <L 32>
        // s = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // t = shape_type[s]                                                                      <L 43>
        var_1 = wp::address(var_shape_type, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // m = shape_mass[s]                                                                      <L 44>
        var_4 = wp::address(var_shape_mass, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // I = wp.mat33()                                                                         <L 45>
        var_7 = wp::mat_t<3, 3, wp::float32>();
        // if t == 0:                                                                             <L 46>
        var_9 = (var_2 == var_8);
        if (var_9) {
            // I = box_inertia(m, shape_size[s])                                                  <L 47>
            var_10 = wp::address(var_shape_size, var_0);
            var_12 = wp::load(var_10);
            var_11 = box_inertia_0(var_5, var_12);
        }
        if (!var_9) {
            // elif t == 1:                                                                       <L 48>
            var_14 = (var_2 == var_13);
            if (var_14) {
                // I = sphere_inertia(m, shape_size[s][0])                                        <L 49>
                var_15 = wp::address(var_shape_size, var_0);
                var_18 = wp::load(var_15);
                var_17 = wp::extract(var_18, var_16);
                var_19 = sphere_inertia_0(var_5, var_17);
            }
            if (!var_14) {
                // r = shape_size[s][0]                                                           <L 51>
                var_20 = wp::address(var_shape_size, var_0);
                var_23 = wp::load(var_20);
                var_22 = wp::extract(var_23, var_21);
                // h = shape_size[s][1]                                                           <L 52>
                var_24 = wp::address(var_shape_size, var_0);
                var_27 = wp::load(var_24);
                var_26 = wp::extract(var_27, var_25);
                // ixx = m * (3.0 * r * r + h * h) / 12.0                                         <L 53>
                var_29 = wp::mul(var_28, var_22);
                var_30 = wp::mul(var_29, var_22);
                var_31 = wp::mul(var_26, var_26);
                var_32 = wp::add(var_30, var_31);
                var_33 = wp::mul(var_5, var_32);
                var_35 = wp::div(var_33, var_34);
                // iyy = 0.5 * m * r * r                                                          <L 54>
                var_37 = wp::mul(var_36, var_5);
                var_38 = wp::mul(var_37, var_22);
                var_39 = wp::mul(var_38, var_22);
                // I = wp.mat33(ixx, 0.0, 0.0, 0.0, iyy, 0.0, 0.0, 0.0, ixx)                      <L 55>
                var_46 = wp::mat_t<3, 3, wp::float32>(var_35, var_40, var_41, var_42, var_39, var_43, var_44, var_45, var_35);
            }
            var_47 = wp::where(var_14, var_19, var_46);
        }
        var_48 = wp::where(var_9, var_11, var_47);
        // I = rotate_inertia(I, shape_rot[s])                                                    <L 56>
        var_49 = wp::address(var_shape_rot, var_0);
        var_51 = wp::load(var_49);
        var_50 = rotate_inertia_0(var_48, var_51);
        // I = parallel_axis(I, m, shape_offset[s])                                               <L 57>
        var_52 = wp::address(var_shape_offset, var_0);
        var_54 = wp::load(var_52);
        var_53 = parallel_axis_0(var_50, var_5, var_54);
        // b = shape_body[s]                                                                      <L 58>
        var_55 = wp::address(var_shape_body, var_0);
        var_57 = wp::load(var_55);
        var_56 = wp::copy(var_57);
        // wp.atomic_add(body_inertia, b, I)                                                      <L 59>
        // var_58 = wp::atomic_add(var_body_inertia, var_56, var_53);
        // wp.atomic_add(body_mass, b, m)                                                         <L 60>
        // var_59 = wp::atomic_add(var_body_mass, var_56, var_5);
        //---------
        // reverse
        wp::adj_atomic_add(var_body_mass, var_56, var_5, adj_body_mass, adj_56, adj_5, adj_59);
        // adj: wp.atomic_add(body_mass, b, m)                                                    <L 60>
        wp::adj_atomic_add(var_body_inertia, var_56, var_53, adj_body_inertia, adj_56, adj_53, adj_58);
        // adj: wp.atomic_add(body_inertia, b, I)                                                 <L 59>
        wp::adj_copy(var_57, adj_55, adj_56);
        wp::adj_address(var_shape_body, var_0, adj_shape_body, adj_0, adj_55);
        // adj: b = shape_body[s]                                                                 <L 58>
        adj_parallel_axis_0(var_50, var_5, var_54, adj_50, adj_5, adj_52, adj_53);
        wp::adj_address(var_shape_offset, var_0, adj_shape_offset, adj_0, adj_52);
        // adj: I = parallel_axis(I, m, shape_offset[s])                                          <L 57>
        adj_rotate_inertia_0(var_48, var_51, adj_48, adj_49, adj_50);
        wp::adj_address(var_shape_rot, var_0, adj_shape_rot, adj_0, adj_49);
        // adj: I = rotate_inertia(I, shape_rot[s])                                               <L 56>
        wp::adj_where(var_9, var_11, var_47, adj_9, adj_11, adj_47, adj_48);
        if (!var_9) {
            wp::adj_where(var_14, var_19, var_46, adj_14, adj_19, adj_46, adj_47);
            if (!var_14) {
                wp::adj_mat_t(var_35, var_40, var_41, var_42, var_39, var_43, var_44, var_45, var_35, adj_35, adj_40, adj_41, adj_42, adj_39, adj_43, adj_44, adj_45, adj_35, adj_46);
                // adj: I = wp.mat33(ixx, 0.0, 0.0, 0.0, iyy, 0.0, 0.0, 0.0, ixx)                 <L 55>
                wp::adj_mul(var_38, var_22, adj_38, adj_22, adj_39);
                wp::adj_mul(var_37, var_22, adj_37, adj_22, adj_38);
                wp::adj_mul(var_36, var_5, adj_36, adj_5, adj_37);
                // adj: iyy = 0.5 * m * r * r                                                     <L 54>
                wp::adj_div(var_33, var_34, var_35, adj_33, adj_34, adj_35);
                wp::adj_mul(var_5, var_32, adj_5, adj_32, adj_33);
                wp::adj_add(var_30, var_31, adj_30, adj_31, adj_32);
                wp::adj_mul(var_26, var_26, adj_26, adj_26, adj_31);
                wp::adj_mul(var_29, var_22, adj_29, adj_22, adj_30);
                wp::adj_mul(var_28, var_22, adj_28, adj_22, adj_29);
                // adj: ixx = m * (3.0 * r * r + h * h) / 12.0                                    <L 53>
                wp::adj_extract(var_27, var_25, adj_24, adj_25, adj_26);
                wp::adj_address(var_shape_size, var_0, adj_shape_size, adj_0, adj_24);
                // adj: h = shape_size[s][1]                                                      <L 52>
                wp::adj_extract(var_23, var_21, adj_20, adj_21, adj_22);
                wp::adj_address(var_shape_size, var_0, adj_shape_size, adj_0, adj_20);
                // adj: r = shape_size[s][0]                                                      <L 51>
            }
            if (var_14) {
                adj_sphere_inertia_0(var_5, var_17, adj_5, adj_17, adj_19);
                wp::adj_extract(var_18, var_16, adj_15, adj_16, adj_17);
                wp::adj_address(var_shape_size, var_0, adj_shape_size, adj_0, adj_15);
                // adj: I = sphere_inertia(m, shape_size[s][0])                                   <L 49>
            }
            // adj: elif t == 1:                                                                  <L 48>
        }
        if (var_9) {
            adj_box_inertia_0(var_5, var_12, adj_5, adj_10, adj_11);
            wp::adj_address(var_shape_size, var_0, adj_shape_size, adj_0, adj_10);
            // adj: I = box_inertia(m, shape_size[s])                                             <L 47>
        }
        // adj: if t == 0:                                                                        <L 46>
        // adj: I = wp.mat33()                                                                    <L 45>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_shape_mass, var_0, adj_shape_mass, adj_0, adj_4);
        // adj: m = shape_mass[s]                                                                 <L 44>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_shape_type, var_0, adj_shape_type, adj_0, adj_1);
        // adj: t = shape_type[s]                                                                 <L 43>
        // adj: s = wp.tid()                                                                      <L 42>
        // adj: def compound_inertia(                                                             <L 32>
        continue;
    }
}



extern "C" __global__ void invert_inertia_6757e769_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inv_inertia,
    wp::array_t<wp::int32> var_singular)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 1e-12;
        bool var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        //---------
        // forward
        // def invert_inertia(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), singular: wp.array(dtype=int)):       <L 64>
        // i = wp.tid()                                                                           <L 65>
        var_0 = builtin_tid1d();
        // I = inertia[i]                                                                         <L 66>
        var_1 = wp::address(var_inertia, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // det = wp.determinant(I)                                                                <L 67>
        var_4 = wp::determinant(var_2);
        // if wp.abs(det) < 1.0e-12:                                                              <L 68>
        var_5 = wp::abs(var_4);
        var_7 = (var_5 < var_6);
        if (var_7) {
            // inv_inertia[i] = wp.mat33()                                                        <L 69>
            var_8 = wp::mat_t<3, 3, wp::float32>();
            wp::array_store(var_inv_inertia, var_0, var_8);
            // wp.atomic_add(singular, 0, 1)                                                      <L 70>
            var_11 = wp::atomic_add(var_singular, var_9, var_10);
            // return                                                                             <L 71>
            continue;
        }
        // inv_inertia[i] = wp.inverse(I)                                                         <L 72>
        var_12 = wp::inverse(var_2);
        wp::array_store(var_inv_inertia, var_0, var_12);
    }
}



extern "C" __global__ void invert_inertia_6757e769_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inv_inertia,
    wp::array_t<wp::int32> var_singular,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inertia,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inv_inertia,
    wp::array_t<wp::int32> adj_singular)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 1e-12;
        bool var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::mat_t<3, 3, wp::float32> adj_12 = {};
        //---------
        // forward
        // def invert_inertia(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), singular: wp.array(dtype=int)):       <L 64>
        // i = wp.tid()                                                                           <L 65>
        var_0 = builtin_tid1d();
        // I = inertia[i]                                                                         <L 66>
        var_1 = wp::address(var_inertia, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // det = wp.determinant(I)                                                                <L 67>
        var_4 = wp::determinant(var_2);
        // if wp.abs(det) < 1.0e-12:                                                              <L 68>
        var_5 = wp::abs(var_4);
        var_7 = (var_5 < var_6);
        if (var_7) {
            // inv_inertia[i] = wp.mat33()                                                        <L 69>
            var_8 = wp::mat_t<3, 3, wp::float32>();
            // wp::array_store(var_inv_inertia, var_0, var_8);
            // wp.atomic_add(singular, 0, 1)                                                      <L 70>
            // var_11 = wp::atomic_add(var_singular, var_9, var_10);
            // return                                                                             <L 71>
            goto label0;
        }
        // inv_inertia[i] = wp.inverse(I)                                                         <L 72>
        var_12 = wp::inverse(var_2);
        // wp::array_store(var_inv_inertia, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_inv_inertia, var_0, var_12, adj_inv_inertia, adj_0, adj_12);
        wp::adj_inverse(var_2, var_12, adj_2, adj_12);
        // adj: inv_inertia[i] = wp.inverse(I)                                                    <L 72>
        if (var_7) {
            label0:;
            // adj: return                                                                        <L 71>
            wp::adj_atomic_add(var_singular, var_9, var_10, adj_singular, adj_9, adj_10, adj_11);
            // adj: wp.atomic_add(singular, 0, 1)                                                 <L 70>
            wp::adj_array_store(var_inv_inertia, var_0, var_8, adj_inv_inertia, adj_0, adj_8);
            // adj: inv_inertia[i] = wp.mat33()                                                   <L 69>
        }
        wp::adj_abs(var_4, adj_4, adj_5);
        // adj: if wp.abs(det) < 1.0e-12:                                                         <L 68>
        wp::adj_determinant(var_2, adj_2, adj_4);
        // adj: det = wp.determinant(I)                                                           <L 67>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_inertia, var_0, adj_inertia, adj_0, adj_1);
        // adj: I = inertia[i]                                                                    <L 66>
        // adj: i = wp.tid()                                                                      <L 65>
        // adj: def invert_inertia(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), singular: wp.array(dtype=int)):  <L 64>
        continue;
    }
}



extern "C" __global__ void angular_momentum_b9a395af_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rot,
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega,
    wp::array_t<wp::vec_t<3, wp::float32>> var_L,
    wp::array_t<wp::vec_t<3, wp::float32>> var_total)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // forward
        // def angular_momentum(inertia: wp.array(dtype=wp.mat33), rot: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), L: wp.array(dtype=wp.vec3), total: wp.array(dtype=wp.vec3)):       <L 76>
        // i = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // R = rot[i]                                                                             <L 78>
        var_1 = wp::address(var_rot, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // Iw = rotate_inertia(inertia[i], R)                                                     <L 79>
        var_4 = wp::address(var_inertia, var_0);
        var_6 = wp::load(var_4);
        var_5 = rotate_inertia_0(var_6, var_2);
        // l = Iw * omega[i]                                                                      <L 80>
        var_7 = wp::address(var_omega, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_5, var_9);
        // L[i] = l                                                                               <L 81>
        wp::array_store(var_L, var_0, var_8);
        // wp.atomic_add(total, 0, l)                                                             <L 82>
        var_11 = wp::atomic_add(var_total, var_10, var_8);
    }
}



extern "C" __global__ void angular_momentum_b9a395af_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rot,
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega,
    wp::array_t<wp::vec_t<3, wp::float32>> var_L,
    wp::array_t<wp::vec_t<3, wp::float32>> var_total,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inertia,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_rot,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_omega,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_L,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_total)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        //---------
        // forward
        // def angular_momentum(inertia: wp.array(dtype=wp.mat33), rot: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), L: wp.array(dtype=wp.vec3), total: wp.array(dtype=wp.vec3)):       <L 76>
        // i = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // R = rot[i]                                                                             <L 78>
        var_1 = wp::address(var_rot, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // Iw = rotate_inertia(inertia[i], R)                                                     <L 79>
        var_4 = wp::address(var_inertia, var_0);
        var_6 = wp::load(var_4);
        var_5 = rotate_inertia_0(var_6, var_2);
        // l = Iw * omega[i]                                                                      <L 80>
        var_7 = wp::address(var_omega, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_5, var_9);
        // L[i] = l                                                                               <L 81>
        // wp::array_store(var_L, var_0, var_8);
        // wp.atomic_add(total, 0, l)                                                             <L 82>
        // var_11 = wp::atomic_add(var_total, var_10, var_8);
        //---------
        // reverse
        wp::adj_atomic_add(var_total, var_10, var_8, adj_total, adj_10, adj_8, adj_11);
        // adj: wp.atomic_add(total, 0, l)                                                        <L 82>
        wp::adj_array_store(var_L, var_0, var_8, adj_L, adj_0, adj_8);
        // adj: L[i] = l                                                                          <L 81>
        wp::adj_mul(var_5, var_9, adj_5, adj_7, adj_8);
        wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_7);
        // adj: l = Iw * omega[i]                                                                 <L 80>
        adj_rotate_inertia_0(var_6, var_2, adj_4, adj_2, adj_5);
        wp::adj_address(var_inertia, var_0, adj_inertia, adj_0, adj_4);
        // adj: Iw = rotate_inertia(inertia[i], R)                                                <L 79>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_rot, var_0, adj_rot, adj_0, adj_1);
        // adj: R = rot[i]                                                                        <L 78>
        // adj: i = wp.tid()                                                                      <L 77>
        // adj: def angular_momentum(inertia: wp.array(dtype=wp.mat33), rot: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), L: wp.array(dtype=wp.vec3), total: wp.array(dtype=wp.vec3)):  <L 76>
        continue;
    }
}



extern "C" __global__ void gyroscopic_step_817c76d1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inv_inertia,
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega,
    wp::array_t<wp::vec_t<3, wp::float32>> var_torque,
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
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::int32 var_17 = 0;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 2;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 100.0;
        bool var_29;
        const wp::float32 var_30 = 100.0;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        //---------
        // forward
        // def gyroscopic_step(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), dt: float):       <L 86>
        // i = wp.tid()                                                                           <L 87>
        var_0 = builtin_tid1d();
        // w = omega[i]                                                                           <L 88>
        var_1 = wp::address(var_omega, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // I = inertia[i]                                                                         <L 89>
        var_4 = wp::address(var_inertia, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // gyro = wp.cross(w, I * w)                                                              <L 90>
        var_7 = wp::mul(var_5, var_2);
        var_8 = wp::cross(var_2, var_7);
        // dw = inv_inertia[i] * (torque[i] - gyro)                                               <L 91>
        var_9 = wp::address(var_inv_inertia, var_0);
        var_10 = wp::address(var_torque, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_8);
        var_14 = wp::load(var_9);
        var_13 = wp::mul(var_14, var_11);
        // w = w + dw * dt                                                                        <L 92>
        var_15 = wp::mul(var_13, var_dt);
        var_16 = wp::add(var_2, var_15);
        // m = wp.max(wp.max(wp.abs(w[0]), wp.abs(w[1])), wp.abs(w[2]))                           <L 93>
        var_18 = wp::extract(var_16, var_17);
        var_19 = wp::abs(var_18);
        var_21 = wp::extract(var_16, var_20);
        var_22 = wp::abs(var_21);
        var_23 = wp::max(var_19, var_22);
        var_25 = wp::extract(var_16, var_24);
        var_26 = wp::abs(var_25);
        var_27 = wp::max(var_23, var_26);
        // if m > 100.0:                                                                          <L 94>
        var_29 = (var_27 > var_28);
        if (var_29) {
            // w = w * (100.0 / m)                                                                <L 95>
            var_31 = wp::div(var_30, var_27);
            var_32 = wp::mul(var_16, var_31);
        }
        var_33 = wp::where(var_29, var_32, var_16);
        // omega[i] = w                                                                           <L 96>
        wp::array_store(var_omega, var_0, var_33);
    }
}



extern "C" __global__ void gyroscopic_step_817c76d1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertia,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inv_inertia,
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega,
    wp::array_t<wp::vec_t<3, wp::float32>> var_torque,
    wp::float32 var_dt,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inertia,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inv_inertia,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_omega,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_torque,
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
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::int32 var_17 = 0;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 2;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 100.0;
        bool var_29;
        const wp::float32 var_30 = 100.0;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::mat_t<3, 3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        bool adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        //---------
        // forward
        // def gyroscopic_step(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), dt: float):       <L 86>
        // i = wp.tid()                                                                           <L 87>
        var_0 = builtin_tid1d();
        // w = omega[i]                                                                           <L 88>
        var_1 = wp::address(var_omega, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // I = inertia[i]                                                                         <L 89>
        var_4 = wp::address(var_inertia, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // gyro = wp.cross(w, I * w)                                                              <L 90>
        var_7 = wp::mul(var_5, var_2);
        var_8 = wp::cross(var_2, var_7);
        // dw = inv_inertia[i] * (torque[i] - gyro)                                               <L 91>
        var_9 = wp::address(var_inv_inertia, var_0);
        var_10 = wp::address(var_torque, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_8);
        var_14 = wp::load(var_9);
        var_13 = wp::mul(var_14, var_11);
        // w = w + dw * dt                                                                        <L 92>
        var_15 = wp::mul(var_13, var_dt);
        var_16 = wp::add(var_2, var_15);
        // m = wp.max(wp.max(wp.abs(w[0]), wp.abs(w[1])), wp.abs(w[2]))                           <L 93>
        var_18 = wp::extract(var_16, var_17);
        var_19 = wp::abs(var_18);
        var_21 = wp::extract(var_16, var_20);
        var_22 = wp::abs(var_21);
        var_23 = wp::max(var_19, var_22);
        var_25 = wp::extract(var_16, var_24);
        var_26 = wp::abs(var_25);
        var_27 = wp::max(var_23, var_26);
        // if m > 100.0:                                                                          <L 94>
        var_29 = (var_27 > var_28);
        if (var_29) {
            // w = w * (100.0 / m)                                                                <L 95>
            var_31 = wp::div(var_30, var_27);
            var_32 = wp::mul(var_16, var_31);
        }
        var_33 = wp::where(var_29, var_32, var_16);
        // omega[i] = w                                                                           <L 96>
        // wp::array_store(var_omega, var_0, var_33);
        //---------
        // reverse
        wp::adj_array_store(var_omega, var_0, var_33, adj_omega, adj_0, adj_33);
        // adj: omega[i] = w                                                                      <L 96>
        wp::adj_where(var_29, var_32, var_16, adj_29, adj_32, adj_16, adj_33);
        if (var_29) {
            wp::adj_mul(var_16, var_31, adj_16, adj_31, adj_32);
            wp::adj_div(var_30, var_27, var_31, adj_30, adj_27, adj_31);
            // adj: w = w * (100.0 / m)                                                           <L 95>
        }
        // adj: if m > 100.0:                                                                     <L 94>
        wp::adj_max(var_23, var_26, adj_23, adj_26, adj_27);
        wp::adj_abs(var_25, adj_25, adj_26);
        wp::adj_extract(var_16, var_24, adj_16, adj_24, adj_25);
        wp::adj_max(var_19, var_22, adj_19, adj_22, adj_23);
        wp::adj_abs(var_21, adj_21, adj_22);
        wp::adj_extract(var_16, var_20, adj_16, adj_20, adj_21);
        wp::adj_abs(var_18, adj_18, adj_19);
        wp::adj_extract(var_16, var_17, adj_16, adj_17, adj_18);
        // adj: m = wp.max(wp.max(wp.abs(w[0]), wp.abs(w[1])), wp.abs(w[2]))                      <L 93>
        wp::adj_add(var_2, var_15, adj_2, adj_15, adj_16);
        wp::adj_mul(var_13, var_dt, adj_13, adj_dt, adj_15);
        // adj: w = w + dw * dt                                                                   <L 92>
        wp::adj_mul(var_14, var_11, adj_9, adj_11, adj_13);
        wp::adj_sub(var_12, var_8, adj_10, adj_8, adj_11);
        wp::adj_address(var_torque, var_0, adj_torque, adj_0, adj_10);
        wp::adj_address(var_inv_inertia, var_0, adj_inv_inertia, adj_0, adj_9);
        // adj: dw = inv_inertia[i] * (torque[i] - gyro)                                          <L 91>
        wp::adj_cross(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_mul(var_5, var_2, adj_5, adj_2, adj_7);
        // adj: gyro = wp.cross(w, I * w)                                                         <L 90>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_inertia, var_0, adj_inertia, adj_0, adj_4);
        // adj: I = inertia[i]                                                                    <L 89>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_1);
        // adj: w = omega[i]                                                                      <L 88>
        // adj: i = wp.tid()                                                                      <L 87>
        // adj: def gyroscopic_step(inertia: wp.array(dtype=wp.mat33), inv_inertia: wp.array(dtype=wp.mat33), omega: wp.array(dtype=wp.vec3), torque: wp.array(dtype=wp.vec3), dt: float):  <L 86>
        continue;
    }
}

