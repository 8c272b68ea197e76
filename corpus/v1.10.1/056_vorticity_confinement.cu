
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


// corpus/056_vorticity_confinement.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> fetch_vec_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 0;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::shape_t var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // forward
    // def fetch_vec(f: wp.array3d(dtype=wp.vec3), i: int, j: int, k: int) -> wp.vec3:        <L 5>
    // ii = wp.clamp(i, 0, f.shape[0] - 1)                                                    <L 6>
    var_1 = &(var_f.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_i, var_0, var_6);
    // jj = wp.clamp(j, 0, f.shape[1] - 1)                                                    <L 7>
    var_9 = &(var_f.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_j, var_8, var_14);
    // kk = wp.clamp(k, 0, f.shape[2] - 1)                                                    <L 8>
    var_17 = &(var_f.shape);
    var_20 = wp::load(var_17);
    var_19 = wp::extract(var_20, var_18);
    var_22 = wp::sub(var_19, var_21);
    var_23 = wp::clamp(var_k, var_16, var_22);
    // return f[ii, jj, kk]                                                                   <L 9>
    var_24 = wp::address(var_f, var_7, var_15, var_23);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    return var_25;
}


// corpus/056_vorticity_confinement.py:12
static CUDA_CALLABLE wp::float32 fetch_scalar_0(
    wp::array_t<wp::float32> var_f,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 0;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::shape_t var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    //---------
    // forward
    // def fetch_scalar(f: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:         <L 13>
    // ii = wp.clamp(i, 0, f.shape[0] - 1)                                                    <L 14>
    var_1 = &(var_f.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_i, var_0, var_6);
    // jj = wp.clamp(j, 0, f.shape[1] - 1)                                                    <L 15>
    var_9 = &(var_f.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_j, var_8, var_14);
    // kk = wp.clamp(k, 0, f.shape[2] - 1)                                                    <L 16>
    var_17 = &(var_f.shape);
    var_20 = wp::load(var_17);
    var_19 = wp::extract(var_20, var_18);
    var_22 = wp::sub(var_19, var_21);
    var_23 = wp::clamp(var_k, var_16, var_22);
    // return f[ii, jj, kk]                                                                   <L 17>
    var_24 = wp::address(var_f, var_7, var_15, var_23);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    return var_25;
}


// corpus/056_vorticity_confinement.py:4
static CUDA_CALLABLE void adj_fetch_vec_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_f,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 0;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::shape_t var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::shape_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    //---------
    // forward
    // def fetch_vec(f: wp.array3d(dtype=wp.vec3), i: int, j: int, k: int) -> wp.vec3:        <L 5>
    // ii = wp.clamp(i, 0, f.shape[0] - 1)                                                    <L 6>
    var_1 = &(var_f.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_i, var_0, var_6);
    // jj = wp.clamp(j, 0, f.shape[1] - 1)                                                    <L 7>
    var_9 = &(var_f.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_j, var_8, var_14);
    // kk = wp.clamp(k, 0, f.shape[2] - 1)                                                    <L 8>
    var_17 = &(var_f.shape);
    var_20 = wp::load(var_17);
    var_19 = wp::extract(var_20, var_18);
    var_22 = wp::sub(var_19, var_21);
    var_23 = wp::clamp(var_k, var_16, var_22);
    // return f[ii, jj, kk]                                                                   <L 9>
    var_24 = wp::address(var_f, var_7, var_15, var_23);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_25 += adj_ret;
    wp::adj_copy(var_26, adj_24, adj_25);
    wp::adj_address(var_f, var_7, var_15, var_23, adj_f, adj_7, adj_15, adj_23, adj_24);
    // adj: return f[ii, jj, kk]                                                              <L 9>
    wp::adj_clamp(var_k, var_16, var_22, adj_k, adj_16, adj_22, adj_23);
    wp::adj_sub(var_19, var_21, adj_19, adj_21, adj_22);
    wp::adj_extract(var_20, var_18, adj_17, adj_18, adj_19);
    adj_f.shape = adj_17;
    // adj: kk = wp.clamp(k, 0, f.shape[2] - 1)                                               <L 8>
    wp::adj_clamp(var_j, var_8, var_14, adj_j, adj_8, adj_14, adj_15);
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
    adj_f.shape = adj_9;
    // adj: jj = wp.clamp(j, 0, f.shape[1] - 1)                                               <L 7>
    wp::adj_clamp(var_i, var_0, var_6, adj_i, adj_0, adj_6, adj_7);
    wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_f.shape = adj_1;
    // adj: ii = wp.clamp(i, 0, f.shape[0] - 1)                                               <L 6>
    // adj: def fetch_vec(f: wp.array3d(dtype=wp.vec3), i: int, j: int, k: int) -> wp.vec3:   <L 5>
    return;
}


// corpus/056_vorticity_confinement.py:12
static CUDA_CALLABLE void adj_fetch_scalar_0(
    wp::array_t<wp::float32> var_f,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::array_t<wp::float32> & adj_f,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 0;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::shape_t var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::shape_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    //---------
    // forward
    // def fetch_scalar(f: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:         <L 13>
    // ii = wp.clamp(i, 0, f.shape[0] - 1)                                                    <L 14>
    var_1 = &(var_f.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_i, var_0, var_6);
    // jj = wp.clamp(j, 0, f.shape[1] - 1)                                                    <L 15>
    var_9 = &(var_f.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_j, var_8, var_14);
    // kk = wp.clamp(k, 0, f.shape[2] - 1)                                                    <L 16>
    var_17 = &(var_f.shape);
    var_20 = wp::load(var_17);
    var_19 = wp::extract(var_20, var_18);
    var_22 = wp::sub(var_19, var_21);
    var_23 = wp::clamp(var_k, var_16, var_22);
    // return f[ii, jj, kk]                                                                   <L 17>
    var_24 = wp::address(var_f, var_7, var_15, var_23);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_25 += adj_ret;
    wp::adj_copy(var_26, adj_24, adj_25);
    wp::adj_address(var_f, var_7, var_15, var_23, adj_f, adj_7, adj_15, adj_23, adj_24);
    // adj: return f[ii, jj, kk]                                                              <L 17>
    wp::adj_clamp(var_k, var_16, var_22, adj_k, adj_16, adj_22, adj_23);
    wp::adj_sub(var_19, var_21, adj_19, adj_21, adj_22);
    wp::adj_extract(var_20, var_18, adj_17, adj_18, adj_19);
    adj_f.shape = adj_17;
    // adj: kk = wp.clamp(k, 0, f.shape[2] - 1)                                               <L 16>
    wp::adj_clamp(var_j, var_8, var_14, adj_j, adj_8, adj_14, adj_15);
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
    adj_f.shape = adj_9;
    // adj: jj = wp.clamp(j, 0, f.shape[1] - 1)                                               <L 15>
    wp::adj_clamp(var_i, var_0, var_6, adj_i, adj_0, adj_6, adj_7);
    wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    adj_f.shape = adj_1;
    // adj: ii = wp.clamp(i, 0, f.shape[0] - 1)                                               <L 14>
    // adj: def fetch_scalar(f: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:    <L 13>
    return;
}



extern "C" __global__ void compute_curl_f472e54c_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::float32 var_inv_2h,
    wp::array_t<wp::vec_t<3, wp::float32>> var_curl,
    wp::array_t<wp::float32> var_curl_mag)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        const wp::int32 var_23 = 0;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        const wp::int32 var_30 = 1;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        const wp::int32 var_35 = 1;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        const wp::int32 var_42 = 1;
        wp::float32 var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        wp::vec_t<3, wp::float32> var_46;
        const wp::int32 var_47 = 1;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        wp::vec_t<3, wp::float32> var_53;
        const wp::int32 var_54 = 2;
        wp::float32 var_55;
        const wp::int32 var_56 = 1;
        wp::int32 var_57;
        wp::vec_t<3, wp::float32> var_58;
        const wp::int32 var_59 = 2;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 1;
        wp::int32 var_64;
        wp::vec_t<3, wp::float32> var_65;
        const wp::int32 var_66 = 2;
        wp::float32 var_67;
        const wp::int32 var_68 = 1;
        wp::int32 var_69;
        wp::vec_t<3, wp::float32> var_70;
        const wp::int32 var_71 = 2;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::float32 var_79;
        //---------
        // forward
        // def compute_curl(vel: wp.array3d(dtype=wp.vec3), inv_2h: float, curl: wp.array3d(dtype=wp.vec3), curl_mag: wp.array3d(dtype=float)):       <L 21>
        // i, j, k = wp.tid()                                                                     <L 22>
        builtin_tid3d(var_0, var_1, var_2);
        // dvx_dy = (fetch_vec(vel, i, j + 1, k)[0] - fetch_vec(vel, i, j - 1, k)[0]) * inv_2h       <L 23>
        var_4 = wp::add(var_1, var_3);
        var_5 = fetch_vec_0(var_vel, var_0, var_4, var_2);
        var_7 = wp::extract(var_5, var_6);
        var_9 = wp::sub(var_1, var_8);
        var_10 = fetch_vec_0(var_vel, var_0, var_9, var_2);
        var_12 = wp::extract(var_10, var_11);
        var_13 = wp::sub(var_7, var_12);
        var_14 = wp::mul(var_13, var_inv_2h);
        // dvx_dz = (fetch_vec(vel, i, j, k + 1)[0] - fetch_vec(vel, i, j, k - 1)[0]) * inv_2h       <L 24>
        var_16 = wp::add(var_2, var_15);
        var_17 = fetch_vec_0(var_vel, var_0, var_1, var_16);
        var_19 = wp::extract(var_17, var_18);
        var_21 = wp::sub(var_2, var_20);
        var_22 = fetch_vec_0(var_vel, var_0, var_1, var_21);
        var_24 = wp::extract(var_22, var_23);
        var_25 = wp::sub(var_19, var_24);
        var_26 = wp::mul(var_25, var_inv_2h);
        // dvy_dx = (fetch_vec(vel, i + 1, j, k)[1] - fetch_vec(vel, i - 1, j, k)[1]) * inv_2h       <L 25>
        var_28 = wp::add(var_0, var_27);
        var_29 = fetch_vec_0(var_vel, var_28, var_1, var_2);
        var_31 = wp::extract(var_29, var_30);
        var_33 = wp::sub(var_0, var_32);
        var_34 = fetch_vec_0(var_vel, var_33, var_1, var_2);
        var_36 = wp::extract(var_34, var_35);
        var_37 = wp::sub(var_31, var_36);
        var_38 = wp::mul(var_37, var_inv_2h);
        // dvy_dz = (fetch_vec(vel, i, j, k + 1)[1] - fetch_vec(vel, i, j, k - 1)[1]) * inv_2h       <L 26>
        var_40 = wp::add(var_2, var_39);
        var_41 = fetch_vec_0(var_vel, var_0, var_1, var_40);
        var_43 = wp::extract(var_41, var_42);
        var_45 = wp::sub(var_2, var_44);
        var_46 = fetch_vec_0(var_vel, var_0, var_1, var_45);
        var_48 = wp::extract(var_46, var_47);
        var_49 = wp::sub(var_43, var_48);
        var_50 = wp::mul(var_49, var_inv_2h);
        // dvz_dx = (fetch_vec(vel, i + 1, j, k)[2] - fetch_vec(vel, i - 1, j, k)[2]) * inv_2h       <L 27>
        var_52 = wp::add(var_0, var_51);
        var_53 = fetch_vec_0(var_vel, var_52, var_1, var_2);
        var_55 = wp::extract(var_53, var_54);
        var_57 = wp::sub(var_0, var_56);
        var_58 = fetch_vec_0(var_vel, var_57, var_1, var_2);
        var_60 = wp::extract(var_58, var_59);
        var_61 = wp::sub(var_55, var_60);
        var_62 = wp::mul(var_61, var_inv_2h);
        // dvz_dy = (fetch_vec(vel, i, j + 1, k)[2] - fetch_vec(vel, i, j - 1, k)[2]) * inv_2h       <L 28>
        var_64 = wp::add(var_1, var_63);
        var_65 = fetch_vec_0(var_vel, var_0, var_64, var_2);
        var_67 = wp::extract(var_65, var_66);
        var_69 = wp::sub(var_1, var_68);
        var_70 = fetch_vec_0(var_vel, var_0, var_69, var_2);
        var_72 = wp::extract(var_70, var_71);
        var_73 = wp::sub(var_67, var_72);
        var_74 = wp::mul(var_73, var_inv_2h);
        // w = wp.vec3(dvz_dy - dvy_dz, dvx_dz - dvz_dx, dvy_dx - dvx_dy)                         <L 29>
        var_75 = wp::sub(var_74, var_50);
        var_76 = wp::sub(var_26, var_62);
        var_77 = wp::sub(var_38, var_14);
        var_78 = wp::vec_t<3, wp::float32>(var_75, var_76, var_77);
        // curl[i, j, k] = w                                                                      <L 30>
        wp::array_store(var_curl, var_0, var_1, var_2, var_78);
        // curl_mag[i, j, k] = wp.length(w)                                                       <L 31>
        var_79 = wp::length(var_78);
        wp::array_store(var_curl_mag, var_0, var_1, var_2, var_79);
    }
}



extern "C" __global__ void compute_curl_f472e54c_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::float32 var_inv_2h,
    wp::array_t<wp::vec_t<3, wp::float32>> var_curl,
    wp::array_t<wp::float32> var_curl_mag,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::float32 adj_inv_2h,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_curl,
    wp::array_t<wp::float32> adj_curl_mag)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        const wp::int32 var_23 = 0;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        const wp::int32 var_30 = 1;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        const wp::int32 var_35 = 1;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        const wp::int32 var_42 = 1;
        wp::float32 var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        wp::vec_t<3, wp::float32> var_46;
        const wp::int32 var_47 = 1;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        wp::vec_t<3, wp::float32> var_53;
        const wp::int32 var_54 = 2;
        wp::float32 var_55;
        const wp::int32 var_56 = 1;
        wp::int32 var_57;
        wp::vec_t<3, wp::float32> var_58;
        const wp::int32 var_59 = 2;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 1;
        wp::int32 var_64;
        wp::vec_t<3, wp::float32> var_65;
        const wp::int32 var_66 = 2;
        wp::float32 var_67;
        const wp::int32 var_68 = 1;
        wp::int32 var_69;
        wp::vec_t<3, wp::float32> var_70;
        const wp::int32 var_71 = 2;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::float32 var_79;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::int32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::int32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::vec_t<3, wp::float32> adj_65 = {};
        wp::int32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::int32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::float32 adj_79 = {};
        //---------
        // forward
        // def compute_curl(vel: wp.array3d(dtype=wp.vec3), inv_2h: float, curl: wp.array3d(dtype=wp.vec3), curl_mag: wp.array3d(dtype=float)):       <L 21>
        // i, j, k = wp.tid()                                                                     <L 22>
        builtin_tid3d(var_0, var_1, var_2);
        // dvx_dy = (fetch_vec(vel, i, j + 1, k)[0] - fetch_vec(vel, i, j - 1, k)[0]) * inv_2h       <L 23>
        var_4 = wp::add(var_1, var_3);
        var_5 = fetch_vec_0(var_vel, var_0, var_4, var_2);
        var_7 = wp::extract(var_5, var_6);
        var_9 = wp::sub(var_1, var_8);
        var_10 = fetch_vec_0(var_vel, var_0, var_9, var_2);
        var_12 = wp::extract(var_10, var_11);
        var_13 = wp::sub(var_7, var_12);
        var_14 = wp::mul(var_13, var_inv_2h);
        // dvx_dz = (fetch_vec(vel, i, j, k + 1)[0] - fetch_vec(vel, i, j, k - 1)[0]) * inv_2h       <L 24>
        var_16 = wp::add(var_2, var_15);
        var_17 = fetch_vec_0(var_vel, var_0, var_1, var_16);
        var_19 = wp::extract(var_17, var_18);
        var_21 = wp::sub(var_2, var_20);
        var_22 = fetch_vec_0(var_vel, var_0, var_1, var_21);
        var_24 = wp::extract(var_22, var_23);
        var_25 = wp::sub(var_19, var_24);
        var_26 = wp::mul(var_25, var_inv_2h);
        // dvy_dx = (fetch_vec(vel, i + 1, j, k)[1] - fetch_vec(vel, i - 1, j, k)[1]) * inv_2h       <L 25>
        var_28 = wp::add(var_0, var_27);
        var_29 = fetch_vec_0(var_vel, var_28, var_1, var_2);
        var_31 = wp::extract(var_29, var_30);
        var_33 = wp::sub(var_0, var_32);
        var_34 = fetch_vec_0(var_vel, var_33, var_1, var_2);
        var_36 = wp::extract(var_34, var_35);
        var_37 = wp::sub(var_31, var_36);
        var_38 = wp::mul(var_37, var_inv_2h);
        // dvy_dz = (fetch_vec(vel, i, j, k + 1)[1] - fetch_vec(vel, i, j, k - 1)[1]) * inv_2h       <L 26>
        var_40 = wp::add(var_2, var_39);
        var_41 = fetch_vec_0(var_vel, var_0, var_1, var_40);
        var_43 = wp::extract(var_41, var_42);
        var_45 = wp::sub(var_2, var_44);
        var_46 = fetch_vec_0(var_vel, var_0, var_1, var_45);
        var_48 = wp::extract(var_46, var_47);
        var_49 = wp::sub(var_43, var_48);
        var_50 = wp::mul(var_49, var_inv_2h);
        // dvz_dx = (fetch_vec(vel, i + 1, j, k)[2] - fetch_vec(vel, i - 1, j, k)[2]) * inv_2h       <L 27>
        var_52 = wp::add(var_0, var_51);
        var_53 = fetch_vec_0(var_vel, var_52, var_1, var_2);
        var_55 = wp::extract(var_53, var_54);
        var_57 = wp::sub(var_0, var_56);
        var_58 = fetch_vec_0(var_vel, var_57, var_1, var_2);
        var_60 = wp::extract(var_58, var_59);
        var_61 = wp::sub(var_55, var_60);
        var_62 = wp::mul(var_61, var_inv_2h);
        // dvz_dy = (fetch_vec(vel, i, j + 1, k)[2] - fetch_vec(vel, i, j - 1, k)[2]) * inv_2h       <L 28>
        var_64 = wp::add(var_1, var_63);
        var_65 = fetch_vec_0(var_vel, var_0, var_64, var_2);
        var_67 = wp::extract(var_65, var_66);
        var_69 = wp::sub(var_1, var_68);
        var_70 = fetch_vec_0(var_vel, var_0, var_69, var_2);
        var_72 = wp::extract(var_70, var_71);
        var_73 = wp::sub(var_67, var_72);
        var_74 = wp::mul(var_73, var_inv_2h);
        // w = wp.vec3(dvz_dy - dvy_dz, dvx_dz - dvz_dx, dvy_dx - dvx_dy)                         <L 29>
        var_75 = wp::sub(var_74, var_50);
        var_76 = wp::sub(var_26, var_62);
        var_77 = wp::sub(var_38, var_14);
        var_78 = wp::vec_t<3, wp::float32>(var_75, var_76, var_77);
        // curl[i, j, k] = w                                                                      <L 30>
        // wp::array_store(var_curl, var_0, var_1, var_2, var_78);
        // curl_mag[i, j, k] = wp.length(w)                                                       <L 31>
        var_79 = wp::length(var_78);
        // wp::array_store(var_curl_mag, var_0, var_1, var_2, var_79);
        //---------
        // reverse
        wp::adj_array_store(var_curl_mag, var_0, var_1, var_2, var_79, adj_curl_mag, adj_0, adj_1, adj_2, adj_79);
        wp::adj_length(var_78, var_79, adj_78, adj_79);
        // adj: curl_mag[i, j, k] = wp.length(w)                                                  <L 31>
        wp::adj_array_store(var_curl, var_0, var_1, var_2, var_78, adj_curl, adj_0, adj_1, adj_2, adj_78);
        // adj: curl[i, j, k] = w                                                                 <L 30>
        wp::adj_vec_t(var_75, var_76, var_77, adj_75, adj_76, adj_77, adj_78);
        wp::adj_sub(var_38, var_14, adj_38, adj_14, adj_77);
        wp::adj_sub(var_26, var_62, adj_26, adj_62, adj_76);
        wp::adj_sub(var_74, var_50, adj_74, adj_50, adj_75);
        // adj: w = wp.vec3(dvz_dy - dvy_dz, dvx_dz - dvz_dx, dvy_dx - dvx_dy)                    <L 29>
        wp::adj_mul(var_73, var_inv_2h, adj_73, adj_inv_2h, adj_74);
        wp::adj_sub(var_67, var_72, adj_67, adj_72, adj_73);
        wp::adj_extract(var_70, var_71, adj_70, adj_71, adj_72);
        adj_fetch_vec_0(var_vel, var_0, var_69, var_2, adj_vel, adj_0, adj_69, adj_2, adj_70);
        wp::adj_sub(var_1, var_68, adj_1, adj_68, adj_69);
        wp::adj_extract(var_65, var_66, adj_65, adj_66, adj_67);
        adj_fetch_vec_0(var_vel, var_0, var_64, var_2, adj_vel, adj_0, adj_64, adj_2, adj_65);
        wp::adj_add(var_1, var_63, adj_1, adj_63, adj_64);
        // adj: dvz_dy = (fetch_vec(vel, i, j + 1, k)[2] - fetch_vec(vel, i, j - 1, k)[2]) * inv_2h  <L 28>
        wp::adj_mul(var_61, var_inv_2h, adj_61, adj_inv_2h, adj_62);
        wp::adj_sub(var_55, var_60, adj_55, adj_60, adj_61);
        wp::adj_extract(var_58, var_59, adj_58, adj_59, adj_60);
        adj_fetch_vec_0(var_vel, var_57, var_1, var_2, adj_vel, adj_57, adj_1, adj_2, adj_58);
        wp::adj_sub(var_0, var_56, adj_0, adj_56, adj_57);
        wp::adj_extract(var_53, var_54, adj_53, adj_54, adj_55);
        adj_fetch_vec_0(var_vel, var_52, var_1, var_2, adj_vel, adj_52, adj_1, adj_2, adj_53);
        wp::adj_add(var_0, var_51, adj_0, adj_51, adj_52);
        // adj: dvz_dx = (fetch_vec(vel, i + 1, j, k)[2] - fetch_vec(vel, i - 1, j, k)[2]) * inv_2h  <L 27>
        wp::adj_mul(var_49, var_inv_2h, adj_49, adj_inv_2h, adj_50);
        wp::adj_sub(var_43, var_48, adj_43, adj_48, adj_49);
        wp::adj_extract(var_46, var_47, adj_46, adj_47, adj_48);
        adj_fetch_vec_0(var_vel, var_0, var_1, var_45, adj_vel, adj_0, adj_1, adj_45, adj_46);
        wp::adj_sub(var_2, var_44, adj_2, adj_44, adj_45);
        wp::adj_extract(var_41, var_42, adj_41, adj_42, adj_43);
        adj_fetch_vec_0(var_vel, var_0, var_1, var_40, adj_vel, adj_0, adj_1, adj_40, adj_41);
        wp::adj_add(var_2, var_39, adj_2, adj_39, adj_40);
        // adj: dvy_dz = (fetch_vec(vel, i, j, k + 1)[1] - fetch_vec(vel, i, j, k - 1)[1]) * inv_2h  <L 26>
        wp::adj_mul(var_37, var_inv_2h, adj_37, adj_inv_2h, adj_38);
        wp::adj_sub(var_31, var_36, adj_31, adj_36, adj_37);
        wp::adj_extract(var_34, var_35, adj_34, adj_35, adj_36);
        adj_fetch_vec_0(var_vel, var_33, var_1, var_2, adj_vel, adj_33, adj_1, adj_2, adj_34);
        wp::adj_sub(var_0, var_32, adj_0, adj_32, adj_33);
        wp::adj_extract(var_29, var_30, adj_29, adj_30, adj_31);
        adj_fetch_vec_0(var_vel, var_28, var_1, var_2, adj_vel, adj_28, adj_1, adj_2, adj_29);
        wp::adj_add(var_0, var_27, adj_0, adj_27, adj_28);
        // adj: dvy_dx = (fetch_vec(vel, i + 1, j, k)[1] - fetch_vec(vel, i - 1, j, k)[1]) * inv_2h  <L 25>
        wp::adj_mul(var_25, var_inv_2h, adj_25, adj_inv_2h, adj_26);
        wp::adj_sub(var_19, var_24, adj_19, adj_24, adj_25);
        wp::adj_extract(var_22, var_23, adj_22, adj_23, adj_24);
        adj_fetch_vec_0(var_vel, var_0, var_1, var_21, adj_vel, adj_0, adj_1, adj_21, adj_22);
        wp::adj_sub(var_2, var_20, adj_2, adj_20, adj_21);
        wp::adj_extract(var_17, var_18, adj_17, adj_18, adj_19);
        adj_fetch_vec_0(var_vel, var_0, var_1, var_16, adj_vel, adj_0, adj_1, adj_16, adj_17);
        wp::adj_add(var_2, var_15, adj_2, adj_15, adj_16);
        // adj: dvx_dz = (fetch_vec(vel, i, j, k + 1)[0] - fetch_vec(vel, i, j, k - 1)[0]) * inv_2h  <L 24>
        wp::adj_mul(var_13, var_inv_2h, adj_13, adj_inv_2h, adj_14);
        wp::adj_sub(var_7, var_12, adj_7, adj_12, adj_13);
        wp::adj_extract(var_10, var_11, adj_10, adj_11, adj_12);
        adj_fetch_vec_0(var_vel, var_0, var_9, var_2, adj_vel, adj_0, adj_9, adj_2, adj_10);
        wp::adj_sub(var_1, var_8, adj_1, adj_8, adj_9);
        wp::adj_extract(var_5, var_6, adj_5, adj_6, adj_7);
        adj_fetch_vec_0(var_vel, var_0, var_4, var_2, adj_vel, adj_0, adj_4, adj_2, adj_5);
        wp::adj_add(var_1, var_3, adj_1, adj_3, adj_4);
        // adj: dvx_dy = (fetch_vec(vel, i, j + 1, k)[0] - fetch_vec(vel, i, j - 1, k)[0]) * inv_2h  <L 23>
        // adj: i, j, k = wp.tid()                                                                <L 22>
        // adj: def compute_curl(vel: wp.array3d(dtype=wp.vec3), inv_2h: float, curl: wp.array3d(dtype=wp.vec3), curl_mag: wp.array3d(dtype=float)):  <L 21>
        continue;
    }
}



extern "C" __global__ void confinement_force_1db95c59_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_curl,
    wp::array_t<wp::float32> var_curl_mag,
    wp::float32 var_epsilon,
    wp::float32 var_h,
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
        wp::int32 var_1;
        wp::int32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 1e-09;
        bool var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32>* var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        //---------
        // forward
        // def confinement_force(vel: wp.array3d(dtype=wp.vec3), curl: wp.array3d(dtype=wp.vec3), curl_mag: wp.array3d(dtype=float), epsilon: float, h: float, dt: float):       <L 35>
        // i, j, k = wp.tid()                                                                     <L 36>
        builtin_tid3d(var_0, var_1, var_2);
        // inv_2h = 0.5 / h                                                                       <L 37>
        var_4 = wp::div(var_3, var_h);
        // gx = (fetch_scalar(curl_mag, i + 1, j, k) - fetch_scalar(curl_mag, i - 1, j, k)) * inv_2h       <L 38>
        var_6 = wp::add(var_0, var_5);
        var_7 = fetch_scalar_0(var_curl_mag, var_6, var_1, var_2);
        var_9 = wp::sub(var_0, var_8);
        var_10 = fetch_scalar_0(var_curl_mag, var_9, var_1, var_2);
        var_11 = wp::sub(var_7, var_10);
        var_12 = wp::mul(var_11, var_4);
        // gy = (fetch_scalar(curl_mag, i, j + 1, k) - fetch_scalar(curl_mag, i, j - 1, k)) * inv_2h       <L 39>
        var_14 = wp::add(var_1, var_13);
        var_15 = fetch_scalar_0(var_curl_mag, var_0, var_14, var_2);
        var_17 = wp::sub(var_1, var_16);
        var_18 = fetch_scalar_0(var_curl_mag, var_0, var_17, var_2);
        var_19 = wp::sub(var_15, var_18);
        var_20 = wp::mul(var_19, var_4);
        // gz = (fetch_scalar(curl_mag, i, j, k + 1) - fetch_scalar(curl_mag, i, j, k - 1)) * inv_2h       <L 40>
        var_22 = wp::add(var_2, var_21);
        var_23 = fetch_scalar_0(var_curl_mag, var_0, var_1, var_22);
        var_25 = wp::sub(var_2, var_24);
        var_26 = fetch_scalar_0(var_curl_mag, var_0, var_1, var_25);
        var_27 = wp::sub(var_23, var_26);
        var_28 = wp::mul(var_27, var_4);
        // g = wp.vec3(gx, gy, gz)                                                                <L 41>
        var_29 = wp::vec_t<3, wp::float32>(var_12, var_20, var_28);
        // gl = wp.length(g)                                                                      <L 42>
        var_30 = wp::length(var_29);
        // if gl < 1.0e-9:                                                                        <L 43>
        var_32 = (var_30 < var_31);
        if (var_32) {
            // return                                                                             <L 44>
            continue;
        }
        // N = g / gl                                                                             <L 45>
        var_33 = wp::div(var_29, var_30);
        // f = wp.cross(N, curl[i, j, k]) * (epsilon * h)                                         <L 46>
        var_34 = wp::address(var_curl, var_0, var_1, var_2);
        var_36 = wp::load(var_34);
        var_35 = wp::cross(var_33, var_36);
        var_37 = wp::mul(var_epsilon, var_h);
        var_38 = wp::mul(var_35, var_37);
        // vel[i, j, k] = vel[i, j, k] + f * dt                                                   <L 47>
        var_39 = wp::address(var_vel, var_0, var_1, var_2);
        var_40 = wp::mul(var_38, var_dt);
        var_42 = wp::load(var_39);
        var_41 = wp::add(var_42, var_40);
        wp::array_store(var_vel, var_0, var_1, var_2, var_41);
    }
}



extern "C" __global__ void confinement_force_1db95c59_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_curl,
    wp::array_t<wp::float32> var_curl_mag,
    wp::float32 var_epsilon,
    wp::float32 var_h,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_curl,
    wp::array_t<wp::float32> adj_curl_mag,
    wp::float32 adj_epsilon,
    wp::float32 adj_h,
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
        wp::int32 var_1;
        wp::int32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 1e-09;
        bool var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32>* var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        bool adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        //---------
        // forward
        // def confinement_force(vel: wp.array3d(dtype=wp.vec3), curl: wp.array3d(dtype=wp.vec3), curl_mag: wp.array3d(dtype=float), epsilon: float, h: float, dt: float):       <L 35>
        // i, j, k = wp.tid()                                                                     <L 36>
        builtin_tid3d(var_0, var_1, var_2);
        // inv_2h = 0.5 / h                                                                       <L 37>
        var_4 = wp::div(var_3, var_h);
        // gx = (fetch_scalar(curl_mag, i + 1, j, k) - fetch_scalar(curl_mag, i - 1, j, k)) * inv_2h       <L 38>
        var_6 = wp::add(var_0, var_5);
        var_7 = fetch_scalar_0(var_curl_mag, var_6, var_1, var_2);
        var_9 = wp::sub(var_0, var_8);
        var_10 = fetch_scalar_0(var_curl_mag, var_9, var_1, var_2);
        var_11 = wp::sub(var_7, var_10);
        var_12 = wp::mul(var_11, var_4);
        // gy = (fetch_scalar(curl_mag, i, j + 1, k) - fetch_scalar(curl_mag, i, j - 1, k)) * inv_2h       <L 39>
        var_14 = wp::add(var_1, var_13);
        var_15 = fetch_scalar_0(var_curl_mag, var_0, var_14, var_2);
        var_17 = wp::sub(var_1, var_16);
        var_18 = fetch_scalar_0(var_curl_mag, var_0, var_17, var_2);
        var_19 = wp::sub(var_15, var_18);
        var_20 = wp::mul(var_19, var_4);
        // gz = (fetch_scalar(curl_mag, i, j, k + 1) - fetch_scalar(curl_mag, i, j, k - 1)) * inv_2h       <L 40>
        var_22 = wp::add(var_2, var_21);
        var_23 = fetch_scalar_0(var_curl_mag, var_0, var_1, var_22);
        var_25 = wp::sub(var_2, var_24);
        var_26 = fetch_scalar_0(var_curl_mag, var_0, var_1, var_25);
        var_27 = wp::sub(var_23, var_26);
        var_28 = wp::mul(var_27, var_4);
        // g = wp.vec3(gx, gy, gz)                                                                <L 41>
        var_29 = wp::vec_t<3, wp::float32>(var_12, var_20, var_28);
        // gl = wp.length(g)                                                                      <L 42>
        var_30 = wp::length(var_29);
        // if gl < 1.0e-9:                                                                        <L 43>
        var_32 = (var_30 < var_31);
        if (var_32) {
            // return                                                                             <L 44>
            goto label0;
        }
        // N = g / gl                                                                             <L 45>
        var_33 = wp::div(var_29, var_30);
        // f = wp.cross(N, curl[i, j, k]) * (epsilon * h)                                         <L 46>
        var_34 = wp::address(var_curl, var_0, var_1, var_2);
        var_36 = wp::load(var_34);
        var_35 = wp::cross(var_33, var_36);
        var_37 = wp::mul(var_epsilon, var_h);
        var_38 = wp::mul(var_35, var_37);
        // vel[i, j, k] = vel[i, j, k] + f * dt                                                   <L 47>
        var_39 = wp::address(var_vel, var_0, var_1, var_2);
        var_40 = wp::mul(var_38, var_dt);
        var_42 = wp::load(var_39);
        var_41 = wp::add(var_42, var_40);
        // wp::array_store(var_vel, var_0, var_1, var_2, var_41);
        //---------
        // reverse
        wp::adj_array_store(var_vel, var_0, var_1, var_2, var_41, adj_vel, adj_0, adj_1, adj_2, adj_41);
        wp::adj_add(var_42, var_40, adj_39, adj_40, adj_41);
        wp::adj_mul(var_38, var_dt, adj_38, adj_dt, adj_40);
        wp::adj_address(var_vel, var_0, var_1, var_2, adj_vel, adj_0, adj_1, adj_2, adj_39);
        // adj: vel[i, j, k] = vel[i, j, k] + f * dt                                              <L 47>
        wp::adj_mul(var_35, var_37, adj_35, adj_37, adj_38);
        wp::adj_mul(var_epsilon, var_h, adj_epsilon, adj_h, adj_37);
        wp::adj_cross(var_33, var_36, adj_33, adj_34, adj_35);
        wp::adj_address(var_curl, var_0, var_1, var_2, adj_curl, adj_0, adj_1, adj_2, adj_34);
        // adj: f = wp.cross(N, curl[i, j, k]) * (epsilon * h)                                    <L 46>
        wp::adj_div(var_29, var_30, adj_29, adj_30, adj_33);
        // adj: N = g / gl                                                                        <L 45>
        if (var_32) {
            label0:;
            // adj: return                                                                        <L 44>
        }
        // adj: if gl < 1.0e-9:                                                                   <L 43>
        wp::adj_length(var_29, var_30, adj_29, adj_30);
        // adj: gl = wp.length(g)                                                                 <L 42>
        wp::adj_vec_t(var_12, var_20, var_28, adj_12, adj_20, adj_28, adj_29);
        // adj: g = wp.vec3(gx, gy, gz)                                                           <L 41>
        wp::adj_mul(var_27, var_4, adj_27, adj_4, adj_28);
        wp::adj_sub(var_23, var_26, adj_23, adj_26, adj_27);
        adj_fetch_scalar_0(var_curl_mag, var_0, var_1, var_25, adj_curl_mag, adj_0, adj_1, adj_25, adj_26);
        wp::adj_sub(var_2, var_24, adj_2, adj_24, adj_25);
        adj_fetch_scalar_0(var_curl_mag, var_0, var_1, var_22, adj_curl_mag, adj_0, adj_1, adj_22, adj_23);
        wp::adj_add(var_2, var_21, adj_2, adj_21, adj_22);
        // adj: gz = (fetch_scalar(curl_mag, i, j, k + 1) - fetch_scalar(curl_mag, i, j, k - 1)) * inv_2h  <L 40>
        wp::adj_mul(var_19, var_4, adj_19, adj_4, adj_20);
        wp::adj_sub(var_15, var_18, adj_15, adj_18, adj_19);
        adj_fetch_scalar_0(var_curl_mag, var_0, var_17, var_2, adj_curl_mag, adj_0, adj_17, adj_2, adj_18);
        wp::adj_sub(var_1, var_16, adj_1, adj_16, adj_17);
        adj_fetch_scalar_0(var_curl_mag, var_0, var_14, var_2, adj_curl_mag, adj_0, adj_14, adj_2, adj_15);
        wp::adj_add(var_1, var_13, adj_1, adj_13, adj_14);
        // adj: gy = (fetch_scalar(curl_mag, i, j + 1, k) - fetch_scalar(curl_mag, i, j - 1, k)) * inv_2h  <L 39>
        wp::adj_mul(var_11, var_4, adj_11, adj_4, adj_12);
        wp::adj_sub(var_7, var_10, adj_7, adj_10, adj_11);
        adj_fetch_scalar_0(var_curl_mag, var_9, var_1, var_2, adj_curl_mag, adj_9, adj_1, adj_2, adj_10);
        wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
        adj_fetch_scalar_0(var_curl_mag, var_6, var_1, var_2, adj_curl_mag, adj_6, adj_1, adj_2, adj_7);
        wp::adj_add(var_0, var_5, adj_0, adj_5, adj_6);
        // adj: gx = (fetch_scalar(curl_mag, i + 1, j, k) - fetch_scalar(curl_mag, i - 1, j, k)) * inv_2h  <L 38>
        wp::adj_div(var_3, var_h, var_4, adj_3, adj_h, adj_4);
        // adj: inv_2h = 0.5 / h                                                                  <L 37>
        // adj: i, j, k = wp.tid()                                                                <L 36>
        // adj: def confinement_force(vel: wp.array3d(dtype=wp.vec3), curl: wp.array3d(dtype=wp.vec3), curl_mag: wp.array3d(dtype=float), epsilon: float, h: float, dt: float):  <L 35>
        continue;
    }
}



extern "C" __global__ void enstrophy_9d4a46d3_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_curl_mag,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::float32> var_peak)
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
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        //---------
        // forward
        // def enstrophy(curl_mag: wp.array3d(dtype=float), h: float, total: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 51>
        // i, j, k = wp.tid()                                                                     <L 52>
        builtin_tid3d(var_0, var_1, var_2);
        // w = curl_mag[i, j, k]                                                                  <L 53>
        var_3 = wp::address(var_curl_mag, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // wp.atomic_add(total, 0, 0.5 * w * w * h * h * h)                                       <L 54>
        var_8 = wp::mul(var_7, var_4);
        var_9 = wp::mul(var_8, var_4);
        var_10 = wp::mul(var_9, var_h);
        var_11 = wp::mul(var_10, var_h);
        var_12 = wp::mul(var_11, var_h);
        var_13 = wp::atomic_add(var_total, var_6, var_12);
        // wp.atomic_max(peak, 0, w)                                                              <L 55>
        var_15 = wp::atomic_max(var_peak, var_14, var_4);
    }
}



extern "C" __global__ void enstrophy_9d4a46d3_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_curl_mag,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::float32> var_peak,
    wp::array_t<wp::float32> adj_curl_mag,
    wp::float32 adj_h,
    wp::array_t<wp::float32> adj_total,
    wp::array_t<wp::float32> adj_peak)
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
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        //---------
        // forward
        // def enstrophy(curl_mag: wp.array3d(dtype=float), h: float, total: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 51>
        // i, j, k = wp.tid()                                                                     <L 52>
        builtin_tid3d(var_0, var_1, var_2);
        // w = curl_mag[i, j, k]                                                                  <L 53>
        var_3 = wp::address(var_curl_mag, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // wp.atomic_add(total, 0, 0.5 * w * w * h * h * h)                                       <L 54>
        var_8 = wp::mul(var_7, var_4);
        var_9 = wp::mul(var_8, var_4);
        var_10 = wp::mul(var_9, var_h);
        var_11 = wp::mul(var_10, var_h);
        var_12 = wp::mul(var_11, var_h);
        // var_13 = wp::atomic_add(var_total, var_6, var_12);
        // wp.atomic_max(peak, 0, w)                                                              <L 55>
        // var_15 = wp::atomic_max(var_peak, var_14, var_4);
        //---------
        // reverse
        wp::adj_atomic_max(var_peak, var_14, var_4, adj_peak, adj_14, adj_4, adj_15);
        // adj: wp.atomic_max(peak, 0, w)                                                         <L 55>
        wp::adj_atomic_add(var_total, var_6, var_12, adj_total, adj_6, adj_12, adj_13);
        wp::adj_mul(var_11, var_h, adj_11, adj_h, adj_12);
        wp::adj_mul(var_10, var_h, adj_10, adj_h, adj_11);
        wp::adj_mul(var_9, var_h, adj_9, adj_h, adj_10);
        wp::adj_mul(var_8, var_4, adj_8, adj_4, adj_9);
        wp::adj_mul(var_7, var_4, adj_7, adj_4, adj_8);
        // adj: wp.atomic_add(total, 0, 0.5 * w * w * h * h * h)                                  <L 54>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_curl_mag, var_0, var_1, var_2, adj_curl_mag, adj_0, adj_1, adj_2, adj_3);
        // adj: w = curl_mag[i, j, k]                                                             <L 53>
        // adj: i, j, k = wp.tid()                                                                <L 52>
        // adj: def enstrophy(curl_mag: wp.array3d(dtype=float), h: float, total: wp.array(dtype=float), peak: wp.array(dtype=float)):  <L 51>
        continue;
    }
}



extern "C" __global__ void swirl_init_41509c3e_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_h,
    wp::float32 var_strength,
    wp::float32 var_core)
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
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 2;
        wp::float32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 2;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        //---------
        // forward
        // def swirl_init(vel: wp.array3d(dtype=wp.vec3), center: wp.vec3, h: float, strength: float, core: float):       <L 59>
        // i, j, k = wp.tid()                                                                     <L 60>
        builtin_tid3d(var_0, var_1, var_2);
        // p = wp.vec3(float(i), float(j), float(k)) * h - center                                 <L 61>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::float(var_2);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::mul(var_6, var_h);
        var_8 = wp::sub(var_7, var_center);
        // r2 = p[0] * p[0] + p[2] * p[2]                                                         <L 62>
        var_10 = wp::extract(var_8, var_9);
        var_12 = wp::extract(var_8, var_11);
        var_13 = wp::mul(var_10, var_12);
        var_15 = wp::extract(var_8, var_14);
        var_17 = wp::extract(var_8, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_19 = wp::add(var_13, var_18);
        // fall = wp.exp(-r2 / (core * core))                                                     <L 63>
        var_20 = wp::neg(var_19);
        var_21 = wp::mul(var_core, var_core);
        var_22 = wp::div(var_20, var_21);
        var_23 = wp::exp(var_22);
        // vel[i, j, k] = wp.vec3(-p[2], 0.0, p[0]) * (strength * fall)                           <L 64>
        var_25 = wp::extract(var_8, var_24);
        var_26 = wp::neg(var_25);
        var_29 = wp::extract(var_8, var_28);
        var_30 = wp::vec_t<3, wp::float32>(var_26, var_27, var_29);
        var_31 = wp::mul(var_strength, var_23);
        var_32 = wp::mul(var_30, var_31);
        wp::array_store(var_vel, var_0, var_1, var_2, var_32);
    }
}



extern "C" __global__ void swirl_init_41509c3e_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_h,
    wp::float32 var_strength,
    wp::float32 var_core,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::vec_t<3, wp::float32> adj_center,
    wp::float32 adj_h,
    wp::float32 adj_strength,
    wp::float32 adj_core)
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
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 2;
        wp::float32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 2;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
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
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        //---------
        // forward
        // def swirl_init(vel: wp.array3d(dtype=wp.vec3), center: wp.vec3, h: float, strength: float, core: float):       <L 59>
        // i, j, k = wp.tid()                                                                     <L 60>
        builtin_tid3d(var_0, var_1, var_2);
        // p = wp.vec3(float(i), float(j), float(k)) * h - center                                 <L 61>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::float(var_2);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::mul(var_6, var_h);
        var_8 = wp::sub(var_7, var_center);
        // r2 = p[0] * p[0] + p[2] * p[2]                                                         <L 62>
        var_10 = wp::extract(var_8, var_9);
        var_12 = wp::extract(var_8, var_11);
        var_13 = wp::mul(var_10, var_12);
        var_15 = wp::extract(var_8, var_14);
        var_17 = wp::extract(var_8, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_19 = wp::add(var_13, var_18);
        // fall = wp.exp(-r2 / (core * core))                                                     <L 63>
        var_20 = wp::neg(var_19);
        var_21 = wp::mul(var_core, var_core);
        var_22 = wp::div(var_20, var_21);
        var_23 = wp::exp(var_22);
        // vel[i, j, k] = wp.vec3(-p[2], 0.0, p[0]) * (strength * fall)                           <L 64>
        var_25 = wp::extract(var_8, var_24);
        var_26 = wp::neg(var_25);
        var_29 = wp::extract(var_8, var_28);
        var_30 = wp::vec_t<3, wp::float32>(var_26, var_27, var_29);
        var_31 = wp::mul(var_strength, var_23);
        var_32 = wp::mul(var_30, var_31);
        // wp::array_store(var_vel, var_0, var_1, var_2, var_32);
        //---------
        // reverse
        wp::adj_array_store(var_vel, var_0, var_1, var_2, var_32, adj_vel, adj_0, adj_1, adj_2, adj_32);
        wp::adj_mul(var_30, var_31, adj_30, adj_31, adj_32);
        wp::adj_mul(var_strength, var_23, adj_strength, adj_23, adj_31);
        wp::adj_vec_t(var_26, var_27, var_29, adj_26, adj_27, adj_29, adj_30);
        wp::adj_extract(var_8, var_28, adj_8, adj_28, adj_29);
        wp::adj_neg(var_25, adj_25, adj_26);
        wp::adj_extract(var_8, var_24, adj_8, adj_24, adj_25);
        // adj: vel[i, j, k] = wp.vec3(-p[2], 0.0, p[0]) * (strength * fall)                      <L 64>
        wp::adj_exp(var_22, var_23, adj_22, adj_23);
        wp::adj_div(var_20, var_21, var_22, adj_20, adj_21, adj_22);
        wp::adj_mul(var_core, var_core, adj_core, adj_core, adj_21);
        wp::adj_neg(var_19, adj_19, adj_20);
        // adj: fall = wp.exp(-r2 / (core * core))                                                <L 63>
        wp::adj_add(var_13, var_18, adj_13, adj_18, adj_19);
        wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_extract(var_8, var_16, adj_8, adj_16, adj_17);
        wp::adj_extract(var_8, var_14, adj_8, adj_14, adj_15);
        wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_13);
        wp::adj_extract(var_8, var_11, adj_8, adj_11, adj_12);
        wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: r2 = p[0] * p[0] + p[2] * p[2]                                                    <L 62>
        wp::adj_sub(var_7, var_center, adj_7, adj_center, adj_8);
        wp::adj_mul(var_6, var_h, adj_6, adj_h, adj_7);
        wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
        wp::adj_float(var_2, adj_2, adj_5);
        wp::adj_float(var_1, adj_1, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: p = wp.vec3(float(i), float(j), float(k)) * h - center                            <L 61>
        // adj: i, j, k = wp.tid()                                                                <L 60>
        // adj: def swirl_init(vel: wp.array3d(dtype=wp.vec3), center: wp.vec3, h: float, strength: float, core: float):  <L 59>
        continue;
    }
}

