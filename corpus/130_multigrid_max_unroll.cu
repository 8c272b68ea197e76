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


// corpus/130_multigrid_max_unroll.py:6
static CUDA_CALLABLE wp::int32 idx_clamp_0(
    wp::int32 var_i,
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    //---------
    // forward
    // def idx_clamp(i: int, n: int) -> int:                                                  <L 7>
    // return wp.clamp(i, 0, n - 1)                                                           <L 8>
    var_2 = wp::sub(var_n, var_1);
    var_3 = wp::clamp(var_i, var_0, var_2);
    return var_3;
}


// corpus/130_multigrid_max_unroll.py:11
static CUDA_CALLABLE wp::float32 laplacian3_0(
    wp::array_t<wp::float32> var_u,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::float32 var_inv_h2)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::float32* var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::float32* var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    wp::int32 var_43;
    wp::float32* var_44;
    const wp::int32 var_45 = 1;
    wp::int32 var_46;
    wp::int32 var_47;
    wp::float32* var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    const wp::float32 var_53 = 6.0;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    //---------
    // forward
    // def laplacian3(u: wp.array3d(dtype=float), i: int, j: int, k: int, inv_h2: float) -> float:       <L 12>
    // nx = u.shape[0]                                                                        <L 13>
    var_0 = &(var_u.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = u.shape[1]                                                                        <L 14>
    var_4 = &(var_u.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // nz = u.shape[2]                                                                        <L 15>
    var_8 = &(var_u.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // c = u[i, j, k]                                                                         <L 16>
    var_12 = wp::address(var_u, var_i, var_j, var_k);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // s = float(0.0)                                                                         <L 17>
    var_16 = wp::float(var_15);
    // s += u[idx_clamp(i - 1, nx), j, k] + u[idx_clamp(i + 1, nx), j, k]                     <L 18>
    var_18 = wp::sub(var_i, var_17);
    var_19 = idx_clamp_0(var_18, var_2);
    var_20 = wp::address(var_u, var_19, var_j, var_k);
    var_22 = wp::add(var_i, var_21);
    var_23 = idx_clamp_0(var_22, var_2);
    var_24 = wp::address(var_u, var_23, var_j, var_k);
    var_26 = wp::load(var_20);
    var_27 = wp::load(var_24);
    var_25 = wp::add(var_26, var_27);
    var_28 = wp::add(var_16, var_25);
    // s += u[i, idx_clamp(j - 1, ny), k] + u[i, idx_clamp(j + 1, ny), k]                     <L 19>
    var_30 = wp::sub(var_j, var_29);
    var_31 = idx_clamp_0(var_30, var_6);
    var_32 = wp::address(var_u, var_i, var_31, var_k);
    var_34 = wp::add(var_j, var_33);
    var_35 = idx_clamp_0(var_34, var_6);
    var_36 = wp::address(var_u, var_i, var_35, var_k);
    var_38 = wp::load(var_32);
    var_39 = wp::load(var_36);
    var_37 = wp::add(var_38, var_39);
    var_40 = wp::add(var_28, var_37);
    // s += u[i, j, idx_clamp(k - 1, nz)] + u[i, j, idx_clamp(k + 1, nz)]                     <L 20>
    var_42 = wp::sub(var_k, var_41);
    var_43 = idx_clamp_0(var_42, var_10);
    var_44 = wp::address(var_u, var_i, var_j, var_43);
    var_46 = wp::add(var_k, var_45);
    var_47 = idx_clamp_0(var_46, var_10);
    var_48 = wp::address(var_u, var_i, var_j, var_47);
    var_50 = wp::load(var_44);
    var_51 = wp::load(var_48);
    var_49 = wp::add(var_50, var_51);
    var_52 = wp::add(var_40, var_49);
    // return (s - 6.0 * c) * inv_h2                                                          <L 21>
    var_54 = wp::mul(var_53, var_13);
    var_55 = wp::sub(var_52, var_54);
    var_56 = wp::mul(var_55, var_inv_h2);
    return var_56;
}


// corpus/130_multigrid_max_unroll.py:6
static CUDA_CALLABLE void adj_idx_clamp_0(
    wp::int32 var_i,
    wp::int32 var_n,
    wp::int32 & adj_i,
    wp::int32 & adj_n,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    //---------
    // forward
    // def idx_clamp(i: int, n: int) -> int:                                                  <L 7>
    // return wp.clamp(i, 0, n - 1)                                                           <L 8>
    var_2 = wp::sub(var_n, var_1);
    var_3 = wp::clamp(var_i, var_0, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_clamp(var_i, var_0, var_2, adj_i, adj_0, adj_2, adj_3);
    wp::adj_sub(var_n, var_1, adj_n, adj_1, adj_2);
    // adj: return wp.clamp(i, 0, n - 1)                                                      <L 8>
    // adj: def idx_clamp(i: int, n: int) -> int:                                             <L 7>
    return;
}


// corpus/130_multigrid_max_unroll.py:11
static CUDA_CALLABLE void adj_laplacian3_0(
    wp::array_t<wp::float32> var_u,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::float32 var_inv_h2,
    wp::array_t<wp::float32> & adj_u,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::float32 & adj_inv_h2,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    wp::shape_t var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::float32* var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::float32* var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    wp::int32 var_43;
    wp::float32* var_44;
    const wp::int32 var_45 = 1;
    wp::int32 var_46;
    wp::int32 var_47;
    wp::float32* var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    const wp::float32 var_53 = 6.0;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    //---------
    // dual vars
    wp::shape_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    //---------
    // forward
    // def laplacian3(u: wp.array3d(dtype=float), i: int, j: int, k: int, inv_h2: float) -> float:       <L 12>
    // nx = u.shape[0]                                                                        <L 13>
    var_0 = &(var_u.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = u.shape[1]                                                                        <L 14>
    var_4 = &(var_u.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // nz = u.shape[2]                                                                        <L 15>
    var_8 = &(var_u.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // c = u[i, j, k]                                                                         <L 16>
    var_12 = wp::address(var_u, var_i, var_j, var_k);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // s = float(0.0)                                                                         <L 17>
    var_16 = wp::float(var_15);
    // s += u[idx_clamp(i - 1, nx), j, k] + u[idx_clamp(i + 1, nx), j, k]                     <L 18>
    var_18 = wp::sub(var_i, var_17);
    var_19 = idx_clamp_0(var_18, var_2);
    var_20 = wp::address(var_u, var_19, var_j, var_k);
    var_22 = wp::add(var_i, var_21);
    var_23 = idx_clamp_0(var_22, var_2);
    var_24 = wp::address(var_u, var_23, var_j, var_k);
    var_26 = wp::load(var_20);
    var_27 = wp::load(var_24);
    var_25 = wp::add(var_26, var_27);
    var_28 = wp::add(var_16, var_25);
    // s += u[i, idx_clamp(j - 1, ny), k] + u[i, idx_clamp(j + 1, ny), k]                     <L 19>
    var_30 = wp::sub(var_j, var_29);
    var_31 = idx_clamp_0(var_30, var_6);
    var_32 = wp::address(var_u, var_i, var_31, var_k);
    var_34 = wp::add(var_j, var_33);
    var_35 = idx_clamp_0(var_34, var_6);
    var_36 = wp::address(var_u, var_i, var_35, var_k);
    var_38 = wp::load(var_32);
    var_39 = wp::load(var_36);
    var_37 = wp::add(var_38, var_39);
    var_40 = wp::add(var_28, var_37);
    // s += u[i, j, idx_clamp(k - 1, nz)] + u[i, j, idx_clamp(k + 1, nz)]                     <L 20>
    var_42 = wp::sub(var_k, var_41);
    var_43 = idx_clamp_0(var_42, var_10);
    var_44 = wp::address(var_u, var_i, var_j, var_43);
    var_46 = wp::add(var_k, var_45);
    var_47 = idx_clamp_0(var_46, var_10);
    var_48 = wp::address(var_u, var_i, var_j, var_47);
    var_50 = wp::load(var_44);
    var_51 = wp::load(var_48);
    var_49 = wp::add(var_50, var_51);
    var_52 = wp::add(var_40, var_49);
    // return (s - 6.0 * c) * inv_h2                                                          <L 21>
    var_54 = wp::mul(var_53, var_13);
    var_55 = wp::sub(var_52, var_54);
    var_56 = wp::mul(var_55, var_inv_h2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_56 += adj_ret;
    wp::adj_mul(var_55, var_inv_h2, adj_55, adj_inv_h2, adj_56);
    wp::adj_sub(var_52, var_54, adj_52, adj_54, adj_55);
    wp::adj_mul(var_53, var_13, adj_53, adj_13, adj_54);
    // adj: return (s - 6.0 * c) * inv_h2                                                     <L 21>
    wp::adj_add(var_40, var_49, adj_40, adj_49, adj_52);
    wp::adj_add(var_50, var_51, adj_44, adj_48, adj_49);
    wp::adj_address(var_u, var_i, var_j, var_47, adj_u, adj_i, adj_j, adj_47, adj_48);
    adj_idx_clamp_0(var_46, var_10, adj_46, adj_10, adj_47);
    wp::adj_add(var_k, var_45, adj_k, adj_45, adj_46);
    wp::adj_address(var_u, var_i, var_j, var_43, adj_u, adj_i, adj_j, adj_43, adj_44);
    adj_idx_clamp_0(var_42, var_10, adj_42, adj_10, adj_43);
    wp::adj_sub(var_k, var_41, adj_k, adj_41, adj_42);
    // adj: s += u[i, j, idx_clamp(k - 1, nz)] + u[i, j, idx_clamp(k + 1, nz)]                <L 20>
    wp::adj_add(var_28, var_37, adj_28, adj_37, adj_40);
    wp::adj_add(var_38, var_39, adj_32, adj_36, adj_37);
    wp::adj_address(var_u, var_i, var_35, var_k, adj_u, adj_i, adj_35, adj_k, adj_36);
    adj_idx_clamp_0(var_34, var_6, adj_34, adj_6, adj_35);
    wp::adj_add(var_j, var_33, adj_j, adj_33, adj_34);
    wp::adj_address(var_u, var_i, var_31, var_k, adj_u, adj_i, adj_31, adj_k, adj_32);
    adj_idx_clamp_0(var_30, var_6, adj_30, adj_6, adj_31);
    wp::adj_sub(var_j, var_29, adj_j, adj_29, adj_30);
    // adj: s += u[i, idx_clamp(j - 1, ny), k] + u[i, idx_clamp(j + 1, ny), k]                <L 19>
    wp::adj_add(var_16, var_25, adj_16, adj_25, adj_28);
    wp::adj_add(var_26, var_27, adj_20, adj_24, adj_25);
    wp::adj_address(var_u, var_23, var_j, var_k, adj_u, adj_23, adj_j, adj_k, adj_24);
    adj_idx_clamp_0(var_22, var_2, adj_22, adj_2, adj_23);
    wp::adj_add(var_i, var_21, adj_i, adj_21, adj_22);
    wp::adj_address(var_u, var_19, var_j, var_k, adj_u, adj_19, adj_j, adj_k, adj_20);
    adj_idx_clamp_0(var_18, var_2, adj_18, adj_2, adj_19);
    wp::adj_sub(var_i, var_17, adj_i, adj_17, adj_18);
    // adj: s += u[idx_clamp(i - 1, nx), j, k] + u[idx_clamp(i + 1, nx), j, k]                <L 18>
    wp::adj_float(var_15, adj_15, adj_16);
    // adj: s = float(0.0)                                                                    <L 17>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_u, var_i, var_j, var_k, adj_u, adj_i, adj_j, adj_k, adj_12);
    // adj: c = u[i, j, k]                                                                    <L 16>
    adj_u.shape = adj_8;
    // adj: nz = u.shape[2]                                                                   <L 15>
    adj_u.shape = adj_4;
    // adj: ny = u.shape[1]                                                                   <L 14>
    adj_u.shape = adj_0;
    // adj: nx = u.shape[0]                                                                   <L 13>
    // adj: def laplacian3(u: wp.array3d(dtype=float), i: int, j: int, k: int, inv_h2: float) -> float:  <L 12>
    return;
}



extern "C" __global__ void smooth_rbgs_73eed53d_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_f,
    wp::float32 var_h,
    wp::int32 var_color)
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
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        bool var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::shape_t var_15;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        wp::shape_t var_19;
        bool var_20;
        const wp::int32 var_21 = 0;
        bool var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        const wp::int32 var_25 = 0;
        bool var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        bool var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        bool var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        bool var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::float32* var_38;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::float32* var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::float32* var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32* var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        const wp::float32 var_70 = 6.0;
        wp::float32 var_71;
        //---------
        // forward
        // def smooth_rbgs(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, color: int):       <L 25>
        // i, j, k = wp.tid()                                                                     <L 26>
        builtin_tid3d(var_0, var_1, var_2);
        // if (i + j + k) % 2 != color:                                                           <L 27>
        var_3 = wp::add(var_0, var_1);
        var_4 = wp::add(var_3, var_2);
        var_6 = wp::mod(var_4, var_5);
        var_7 = (var_6 != var_color);
        if (var_7) {
            // return                                                                             <L 28>
            continue;
        }
        // nx = u.shape[0]                                                                        <L 29>
        var_8 = &(var_u.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // ny = u.shape[1]                                                                        <L 30>
        var_12 = &(var_u.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        // nz = u.shape[2]                                                                        <L 31>
        var_16 = &(var_u.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        // if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:            <L 32>
        var_22 = (var_0 == var_21);
        var_20 = var_22;
        if (!var_20) {
            var_24 = (var_1 == var_23);
            var_20 = var_20 || var_24;
        }
        if (!var_20) {
            var_26 = (var_2 == var_25);
            var_20 = var_20 || var_26;
        }
        if (!var_20) {
            var_28 = wp::sub(var_10, var_27);
            var_29 = (var_0 == var_28);
            var_20 = var_20 || var_29;
        }
        if (!var_20) {
            var_31 = wp::sub(var_14, var_30);
            var_32 = (var_1 == var_31);
            var_20 = var_20 || var_32;
        }
        if (!var_20) {
            var_34 = wp::sub(var_18, var_33);
            var_35 = (var_2 == var_34);
            var_20 = var_20 || var_35;
        }
        if (var_20) {
            // return                                                                             <L 33>
            continue;
        }
        // s = u[i - 1, j, k] + u[i + 1, j, k] + u[i, j - 1, k] + u[i, j + 1, k] + u[i, j, k - 1] + u[i, j, k + 1]       <L 34>
        var_37 = wp::sub(var_0, var_36);
        var_38 = wp::address(var_u, var_37, var_1, var_2);
        var_40 = wp::add(var_0, var_39);
        var_41 = wp::address(var_u, var_40, var_1, var_2);
        var_43 = wp::load(var_38);
        var_44 = wp::load(var_41);
        var_42 = wp::add(var_43, var_44);
        var_46 = wp::sub(var_1, var_45);
        var_47 = wp::address(var_u, var_0, var_46, var_2);
        var_49 = wp::load(var_47);
        var_48 = wp::add(var_42, var_49);
        var_51 = wp::add(var_1, var_50);
        var_52 = wp::address(var_u, var_0, var_51, var_2);
        var_54 = wp::load(var_52);
        var_53 = wp::add(var_48, var_54);
        var_56 = wp::sub(var_2, var_55);
        var_57 = wp::address(var_u, var_0, var_1, var_56);
        var_59 = wp::load(var_57);
        var_58 = wp::add(var_53, var_59);
        var_61 = wp::add(var_2, var_60);
        var_62 = wp::address(var_u, var_0, var_1, var_61);
        var_64 = wp::load(var_62);
        var_63 = wp::add(var_58, var_64);
        // u[i, j, k] = (s - h * h * f[i, j, k]) / 6.0                                            <L 35>
        var_65 = wp::mul(var_h, var_h);
        var_66 = wp::address(var_f, var_0, var_1, var_2);
        var_68 = wp::load(var_66);
        var_67 = wp::mul(var_65, var_68);
        var_69 = wp::sub(var_63, var_67);
        var_71 = wp::div(var_69, var_70);
        wp::array_store(var_u, var_0, var_1, var_2, var_71);
    }
}



extern "C" __global__ void smooth_rbgs_73eed53d_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_f,
    wp::float32 var_h,
    wp::int32 var_color,
    wp::array_t<wp::float32> adj_u,
    wp::array_t<wp::float32> adj_f,
    wp::float32 adj_h,
    wp::int32 adj_color)
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
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        bool var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::shape_t var_15;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        wp::shape_t var_19;
        bool var_20;
        const wp::int32 var_21 = 0;
        bool var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        const wp::int32 var_25 = 0;
        bool var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        bool var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        bool var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        bool var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::float32* var_38;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::float32* var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::int32 var_55 = 1;
        wp::int32 var_56;
        wp::float32* var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32* var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        const wp::float32 var_70 = 6.0;
        wp::float32 var_71;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        bool adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::shape_t adj_15 = {};
        wp::shape_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::shape_t adj_19 = {};
        bool adj_20 = {};
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        bool adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        bool adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        bool adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        //---------
        // forward
        // def smooth_rbgs(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, color: int):       <L 25>
        // i, j, k = wp.tid()                                                                     <L 26>
        builtin_tid3d(var_0, var_1, var_2);
        // if (i + j + k) % 2 != color:                                                           <L 27>
        var_3 = wp::add(var_0, var_1);
        var_4 = wp::add(var_3, var_2);
        var_6 = wp::mod(var_4, var_5);
        var_7 = (var_6 != var_color);
        if (var_7) {
            // return                                                                             <L 28>
            goto label0;
        }
        // nx = u.shape[0]                                                                        <L 29>
        var_8 = &(var_u.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // ny = u.shape[1]                                                                        <L 30>
        var_12 = &(var_u.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        // nz = u.shape[2]                                                                        <L 31>
        var_16 = &(var_u.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        // if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:            <L 32>
        var_22 = (var_0 == var_21);
        var_20 = var_22;
        if (!var_20) {
            var_24 = (var_1 == var_23);
            var_20 = var_20 || var_24;
        }
        if (!var_20) {
            var_26 = (var_2 == var_25);
            var_20 = var_20 || var_26;
        }
        if (!var_20) {
            var_28 = wp::sub(var_10, var_27);
            var_29 = (var_0 == var_28);
            var_20 = var_20 || var_29;
        }
        if (!var_20) {
            var_31 = wp::sub(var_14, var_30);
            var_32 = (var_1 == var_31);
            var_20 = var_20 || var_32;
        }
        if (!var_20) {
            var_34 = wp::sub(var_18, var_33);
            var_35 = (var_2 == var_34);
            var_20 = var_20 || var_35;
        }
        if (var_20) {
            // return                                                                             <L 33>
            goto label1;
        }
        // s = u[i - 1, j, k] + u[i + 1, j, k] + u[i, j - 1, k] + u[i, j + 1, k] + u[i, j, k - 1] + u[i, j, k + 1]       <L 34>
        var_37 = wp::sub(var_0, var_36);
        var_38 = wp::address(var_u, var_37, var_1, var_2);
        var_40 = wp::add(var_0, var_39);
        var_41 = wp::address(var_u, var_40, var_1, var_2);
        var_43 = wp::load(var_38);
        var_44 = wp::load(var_41);
        var_42 = wp::add(var_43, var_44);
        var_46 = wp::sub(var_1, var_45);
        var_47 = wp::address(var_u, var_0, var_46, var_2);
        var_49 = wp::load(var_47);
        var_48 = wp::add(var_42, var_49);
        var_51 = wp::add(var_1, var_50);
        var_52 = wp::address(var_u, var_0, var_51, var_2);
        var_54 = wp::load(var_52);
        var_53 = wp::add(var_48, var_54);
        var_56 = wp::sub(var_2, var_55);
        var_57 = wp::address(var_u, var_0, var_1, var_56);
        var_59 = wp::load(var_57);
        var_58 = wp::add(var_53, var_59);
        var_61 = wp::add(var_2, var_60);
        var_62 = wp::address(var_u, var_0, var_1, var_61);
        var_64 = wp::load(var_62);
        var_63 = wp::add(var_58, var_64);
        // u[i, j, k] = (s - h * h * f[i, j, k]) / 6.0                                            <L 35>
        var_65 = wp::mul(var_h, var_h);
        var_66 = wp::address(var_f, var_0, var_1, var_2);
        var_68 = wp::load(var_66);
        var_67 = wp::mul(var_65, var_68);
        var_69 = wp::sub(var_63, var_67);
        var_71 = wp::div(var_69, var_70);
        // wp::array_store(var_u, var_0, var_1, var_2, var_71);
        //---------
        // reverse
        wp::adj_array_store(var_u, var_0, var_1, var_2, var_71, adj_u, adj_0, adj_1, adj_2, adj_71);
        wp::adj_div(var_69, var_70, var_71, adj_69, adj_70, adj_71);
        wp::adj_sub(var_63, var_67, adj_63, adj_67, adj_69);
        wp::adj_mul(var_65, var_68, adj_65, adj_66, adj_67);
        wp::adj_address(var_f, var_0, var_1, var_2, adj_f, adj_0, adj_1, adj_2, adj_66);
        wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_65);
        // adj: u[i, j, k] = (s - h * h * f[i, j, k]) / 6.0                                       <L 35>
        wp::adj_add(var_58, var_64, adj_58, adj_62, adj_63);
        wp::adj_address(var_u, var_0, var_1, var_61, adj_u, adj_0, adj_1, adj_61, adj_62);
        wp::adj_add(var_2, var_60, adj_2, adj_60, adj_61);
        wp::adj_add(var_53, var_59, adj_53, adj_57, adj_58);
        wp::adj_address(var_u, var_0, var_1, var_56, adj_u, adj_0, adj_1, adj_56, adj_57);
        wp::adj_sub(var_2, var_55, adj_2, adj_55, adj_56);
        wp::adj_add(var_48, var_54, adj_48, adj_52, adj_53);
        wp::adj_address(var_u, var_0, var_51, var_2, adj_u, adj_0, adj_51, adj_2, adj_52);
        wp::adj_add(var_1, var_50, adj_1, adj_50, adj_51);
        wp::adj_add(var_42, var_49, adj_42, adj_47, adj_48);
        wp::adj_address(var_u, var_0, var_46, var_2, adj_u, adj_0, adj_46, adj_2, adj_47);
        wp::adj_sub(var_1, var_45, adj_1, adj_45, adj_46);
        wp::adj_add(var_43, var_44, adj_38, adj_41, adj_42);
        wp::adj_address(var_u, var_40, var_1, var_2, adj_u, adj_40, adj_1, adj_2, adj_41);
        wp::adj_add(var_0, var_39, adj_0, adj_39, adj_40);
        wp::adj_address(var_u, var_37, var_1, var_2, adj_u, adj_37, adj_1, adj_2, adj_38);
        wp::adj_sub(var_0, var_36, adj_0, adj_36, adj_37);
        // adj: s = u[i - 1, j, k] + u[i + 1, j, k] + u[i, j - 1, k] + u[i, j + 1, k] + u[i, j, k - 1] + u[i, j, k + 1]  <L 34>
        if (var_20) {
            label1:;
            // adj: return                                                                        <L 33>
        }
        if (!var_20) {
            wp::adj_sub(var_18, var_33, adj_18, adj_33, adj_34);
        }
        if (!var_20) {
            wp::adj_sub(var_14, var_30, adj_14, adj_30, adj_31);
        }
        if (!var_20) {
            wp::adj_sub(var_10, var_27, adj_10, adj_27, adj_28);
        }
        if (!var_20) {
        }
        if (!var_20) {
        }
        // adj: if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:       <L 32>
        adj_u.shape = adj_16;
        // adj: nz = u.shape[2]                                                                   <L 31>
        adj_u.shape = adj_12;
        // adj: ny = u.shape[1]                                                                   <L 30>
        adj_u.shape = adj_8;
        // adj: nx = u.shape[0]                                                                   <L 29>
        if (var_7) {
            label0:;
            // adj: return                                                                        <L 28>
        }
        wp::adj_mod(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_add(var_3, var_2, adj_3, adj_2, adj_4);
        wp::adj_add(var_0, var_1, adj_0, adj_1, adj_3);
        // adj: if (i + j + k) % 2 != color:                                                      <L 27>
        // adj: i, j, k = wp.tid()                                                                <L 26>
        // adj: def smooth_rbgs(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, color: int):  <L 25>
        continue;
    }
}



extern "C" __global__ void residual_914694db_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_f,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_norm)
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
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def residual(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, r: wp.array3d(dtype=float), norm: wp.array(dtype=float)):       <L 39>
        // i, j, k = wp.tid()                                                                     <L 40>
        builtin_tid3d(var_0, var_1, var_2);
        // res = f[i, j, k] - laplacian3(u, i, j, k, 1.0 / (h * h))                               <L 41>
        var_3 = wp::address(var_f, var_0, var_1, var_2);
        var_5 = wp::mul(var_h, var_h);
        var_6 = wp::div(var_4, var_5);
        var_7 = laplacian3_0(var_u, var_0, var_1, var_2, var_6);
        var_9 = wp::load(var_3);
        var_8 = wp::sub(var_9, var_7);
        // r[i, j, k] = res                                                                       <L 42>
        wp::array_store(var_r, var_0, var_1, var_2, var_8);
        // wp.atomic_add(norm, 0, res * res)                                                      <L 43>
        var_11 = wp::mul(var_8, var_8);
        var_12 = wp::atomic_add(var_norm, var_10, var_11);
    }
}



extern "C" __global__ void residual_914694db_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_f,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_r,
    wp::array_t<wp::float32> var_norm,
    wp::array_t<wp::float32> adj_u,
    wp::array_t<wp::float32> adj_f,
    wp::float32 adj_h,
    wp::array_t<wp::float32> adj_r,
    wp::array_t<wp::float32> adj_norm)
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
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def residual(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, r: wp.array3d(dtype=float), norm: wp.array(dtype=float)):       <L 39>
        // i, j, k = wp.tid()                                                                     <L 40>
        builtin_tid3d(var_0, var_1, var_2);
        // res = f[i, j, k] - laplacian3(u, i, j, k, 1.0 / (h * h))                               <L 41>
        var_3 = wp::address(var_f, var_0, var_1, var_2);
        var_5 = wp::mul(var_h, var_h);
        var_6 = wp::div(var_4, var_5);
        var_7 = laplacian3_0(var_u, var_0, var_1, var_2, var_6);
        var_9 = wp::load(var_3);
        var_8 = wp::sub(var_9, var_7);
        // r[i, j, k] = res                                                                       <L 42>
        // wp::array_store(var_r, var_0, var_1, var_2, var_8);
        // wp.atomic_add(norm, 0, res * res)                                                      <L 43>
        var_11 = wp::mul(var_8, var_8);
        // var_12 = wp::atomic_add(var_norm, var_10, var_11);
        //---------
        // reverse
        wp::adj_atomic_add(var_norm, var_10, var_11, adj_norm, adj_10, adj_11, adj_12);
        wp::adj_mul(var_8, var_8, adj_8, adj_8, adj_11);
        // adj: wp.atomic_add(norm, 0, res * res)                                                 <L 43>
        wp::adj_array_store(var_r, var_0, var_1, var_2, var_8, adj_r, adj_0, adj_1, adj_2, adj_8);
        // adj: r[i, j, k] = res                                                                  <L 42>
        wp::adj_sub(var_9, var_7, adj_3, adj_7, adj_8);
        adj_laplacian3_0(var_u, var_0, var_1, var_2, var_6, adj_u, adj_0, adj_1, adj_2, adj_6, adj_7);
        wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
        wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_5);
        wp::adj_address(var_f, var_0, var_1, var_2, adj_f, adj_0, adj_1, adj_2, adj_3);
        // adj: res = f[i, j, k] - laplacian3(u, i, j, k, 1.0 / (h * h))                          <L 41>
        // adj: i, j, k = wp.tid()                                                                <L 40>
        // adj: def residual(u: wp.array3d(dtype=float), f: wp.array3d(dtype=float), h: float, r: wp.array3d(dtype=float), norm: wp.array(dtype=float)):  <L 39>
        continue;
    }
}



extern "C" __global__ void restrict_full_weight_bbd22170_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_fine,
    wp::array_t<wp::float32> var_coarse)
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
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = -1;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = -1;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 3;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 2;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::shape_t var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::shape_t* var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::shape_t var_34;
        wp::int32 var_35;
        const wp::int32 var_36 = 2;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::shape_t* var_39;
        const wp::int32 var_40 = 2;
        wp::int32 var_41;
        wp::shape_t var_42;
        wp::int32 var_43;
        wp::float32* var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 0;
        const wp::int32 var_50 = 1;
        const wp::int32 var_51 = 3;
        wp::int32 var_52;
        wp::int32 var_53;
        wp::int32 var_54;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        wp::int32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        wp::int32 var_61;
        wp::int32 var_62;
        wp::shape_t* var_63;
        const wp::int32 var_64 = 0;
        wp::int32 var_65;
        wp::shape_t var_66;
        wp::int32 var_67;
        const wp::int32 var_68 = 2;
        wp::int32 var_69;
        wp::int32 var_70;
        wp::shape_t* var_71;
        const wp::int32 var_72 = 1;
        wp::int32 var_73;
        wp::shape_t var_74;
        wp::int32 var_75;
        const wp::int32 var_76 = 2;
        wp::int32 var_77;
        wp::int32 var_78;
        wp::shape_t* var_79;
        const wp::int32 var_80 = 2;
        wp::int32 var_81;
        wp::shape_t var_82;
        wp::int32 var_83;
        wp::float32* var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        const wp::int32 var_89 = 1;
        const wp::int32 var_90 = 1;
        const wp::int32 var_91 = 3;
        wp::int32 var_92;
        wp::int32 var_93;
        wp::int32 var_94;
        wp::int32 var_95;
        wp::int32 var_96;
        wp::int32 var_97;
        wp::int32 var_98;
        wp::float32 var_99;
        const wp::int32 var_100 = 2;
        wp::int32 var_101;
        wp::int32 var_102;
        wp::shape_t* var_103;
        const wp::int32 var_104 = 0;
        wp::int32 var_105;
        wp::shape_t var_106;
        wp::int32 var_107;
        const wp::int32 var_108 = 2;
        wp::int32 var_109;
        wp::int32 var_110;
        wp::shape_t* var_111;
        const wp::int32 var_112 = 1;
        wp::int32 var_113;
        wp::shape_t var_114;
        wp::int32 var_115;
        const wp::int32 var_116 = 2;
        wp::int32 var_117;
        wp::int32 var_118;
        wp::shape_t* var_119;
        const wp::int32 var_120 = 2;
        wp::int32 var_121;
        wp::shape_t var_122;
        wp::int32 var_123;
        wp::float32* var_124;
        wp::float32 var_125;
        wp::float32 var_126;
        wp::float32 var_127;
        wp::float32 var_128;
        const wp::int32 var_129 = 0;
        const wp::int32 var_130 = -1;
        const wp::int32 var_131 = 1;
        const wp::int32 var_132 = 3;
        wp::int32 var_133;
        wp::int32 var_134;
        wp::int32 var_135;
        wp::int32 var_136;
        wp::int32 var_137;
        wp::int32 var_138;
        wp::int32 var_139;
        wp::float32 var_140;
        const wp::int32 var_141 = 2;
        wp::int32 var_142;
        wp::int32 var_143;
        wp::shape_t* var_144;
        const wp::int32 var_145 = 0;
        wp::int32 var_146;
        wp::shape_t var_147;
        wp::int32 var_148;
        const wp::int32 var_149 = 2;
        wp::int32 var_150;
        wp::int32 var_151;
        wp::shape_t* var_152;
        const wp::int32 var_153 = 1;
        wp::int32 var_154;
        wp::shape_t var_155;
        wp::int32 var_156;
        const wp::int32 var_157 = 2;
        wp::int32 var_158;
        wp::int32 var_159;
        wp::shape_t* var_160;
        const wp::int32 var_161 = 2;
        wp::int32 var_162;
        wp::shape_t var_163;
        wp::int32 var_164;
        wp::float32* var_165;
        wp::float32 var_166;
        wp::float32 var_167;
        wp::float32 var_168;
        wp::float32 var_169;
        const wp::int32 var_170 = 0;
        const wp::int32 var_171 = 1;
        const wp::int32 var_172 = 3;
        wp::int32 var_173;
        wp::int32 var_174;
        wp::int32 var_175;
        wp::int32 var_176;
        wp::int32 var_177;
        wp::int32 var_178;
        wp::int32 var_179;
        wp::float32 var_180;
        const wp::int32 var_181 = 2;
        wp::int32 var_182;
        wp::int32 var_183;
        wp::shape_t* var_184;
        const wp::int32 var_185 = 0;
        wp::int32 var_186;
        wp::shape_t var_187;
        wp::int32 var_188;
        const wp::int32 var_189 = 2;
        wp::int32 var_190;
        wp::int32 var_191;
        wp::shape_t* var_192;
        const wp::int32 var_193 = 1;
        wp::int32 var_194;
        wp::shape_t var_195;
        wp::int32 var_196;
        const wp::int32 var_197 = 2;
        wp::int32 var_198;
        wp::int32 var_199;
        wp::shape_t* var_200;
        const wp::int32 var_201 = 2;
        wp::int32 var_202;
        wp::shape_t var_203;
        wp::int32 var_204;
        wp::float32* var_205;
        wp::float32 var_206;
        wp::float32 var_207;
        wp::float32 var_208;
        wp::float32 var_209;
        const wp::int32 var_210 = 1;
        const wp::int32 var_211 = 1;
        const wp::int32 var_212 = 3;
        wp::int32 var_213;
        wp::int32 var_214;
        wp::int32 var_215;
        wp::int32 var_216;
        wp::int32 var_217;
        wp::int32 var_218;
        wp::int32 var_219;
        wp::float32 var_220;
        const wp::int32 var_221 = 2;
        wp::int32 var_222;
        wp::int32 var_223;
        wp::shape_t* var_224;
        const wp::int32 var_225 = 0;
        wp::int32 var_226;
        wp::shape_t var_227;
        wp::int32 var_228;
        const wp::int32 var_229 = 2;
        wp::int32 var_230;
        wp::int32 var_231;
        wp::shape_t* var_232;
        const wp::int32 var_233 = 1;
        wp::int32 var_234;
        wp::shape_t var_235;
        wp::int32 var_236;
        const wp::int32 var_237 = 2;
        wp::int32 var_238;
        wp::int32 var_239;
        wp::shape_t* var_240;
        const wp::int32 var_241 = 2;
        wp::int32 var_242;
        wp::shape_t var_243;
        wp::int32 var_244;
        wp::float32* var_245;
        wp::float32 var_246;
        wp::float32 var_247;
        wp::float32 var_248;
        wp::float32 var_249;
        const wp::int32 var_250 = 1;
        const wp::int32 var_251 = -1;
        const wp::int32 var_252 = 1;
        const wp::int32 var_253 = 3;
        wp::int32 var_254;
        wp::int32 var_255;
        wp::int32 var_256;
        wp::int32 var_257;
        wp::int32 var_258;
        wp::int32 var_259;
        wp::int32 var_260;
        wp::float32 var_261;
        const wp::int32 var_262 = 2;
        wp::int32 var_263;
        wp::int32 var_264;
        wp::shape_t* var_265;
        const wp::int32 var_266 = 0;
        wp::int32 var_267;
        wp::shape_t var_268;
        wp::int32 var_269;
        const wp::int32 var_270 = 2;
        wp::int32 var_271;
        wp::int32 var_272;
        wp::shape_t* var_273;
        const wp::int32 var_274 = 1;
        wp::int32 var_275;
        wp::shape_t var_276;
        wp::int32 var_277;
        const wp::int32 var_278 = 2;
        wp::int32 var_279;
        wp::int32 var_280;
        wp::shape_t* var_281;
        const wp::int32 var_282 = 2;
        wp::int32 var_283;
        wp::shape_t var_284;
        wp::int32 var_285;
        wp::float32* var_286;
        wp::float32 var_287;
        wp::float32 var_288;
        wp::float32 var_289;
        wp::float32 var_290;
        const wp::int32 var_291 = 0;
        const wp::int32 var_292 = 1;
        const wp::int32 var_293 = 3;
        wp::int32 var_294;
        wp::int32 var_295;
        wp::int32 var_296;
        wp::int32 var_297;
        wp::int32 var_298;
        wp::int32 var_299;
        wp::int32 var_300;
        wp::float32 var_301;
        const wp::int32 var_302 = 2;
        wp::int32 var_303;
        wp::int32 var_304;
        wp::shape_t* var_305;
        const wp::int32 var_306 = 0;
        wp::int32 var_307;
        wp::shape_t var_308;
        wp::int32 var_309;
        const wp::int32 var_310 = 2;
        wp::int32 var_311;
        wp::int32 var_312;
        wp::shape_t* var_313;
        const wp::int32 var_314 = 1;
        wp::int32 var_315;
        wp::shape_t var_316;
        wp::int32 var_317;
        const wp::int32 var_318 = 2;
        wp::int32 var_319;
        wp::int32 var_320;
        wp::shape_t* var_321;
        const wp::int32 var_322 = 2;
        wp::int32 var_323;
        wp::shape_t var_324;
        wp::int32 var_325;
        wp::float32* var_326;
        wp::float32 var_327;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32 var_330;
        const wp::int32 var_331 = 1;
        const wp::int32 var_332 = 1;
        const wp::int32 var_333 = 3;
        wp::int32 var_334;
        wp::int32 var_335;
        wp::int32 var_336;
        wp::int32 var_337;
        wp::int32 var_338;
        wp::int32 var_339;
        wp::int32 var_340;
        wp::float32 var_341;
        const wp::int32 var_342 = 2;
        wp::int32 var_343;
        wp::int32 var_344;
        wp::shape_t* var_345;
        const wp::int32 var_346 = 0;
        wp::int32 var_347;
        wp::shape_t var_348;
        wp::int32 var_349;
        const wp::int32 var_350 = 2;
        wp::int32 var_351;
        wp::int32 var_352;
        wp::shape_t* var_353;
        const wp::int32 var_354 = 1;
        wp::int32 var_355;
        wp::shape_t var_356;
        wp::int32 var_357;
        const wp::int32 var_358 = 2;
        wp::int32 var_359;
        wp::int32 var_360;
        wp::shape_t* var_361;
        const wp::int32 var_362 = 2;
        wp::int32 var_363;
        wp::shape_t var_364;
        wp::int32 var_365;
        wp::float32* var_366;
        wp::float32 var_367;
        wp::float32 var_368;
        wp::float32 var_369;
        wp::float32 var_370;
        const wp::int32 var_371 = 0;
        const wp::int32 var_372 = -1;
        const wp::int32 var_373 = -1;
        const wp::int32 var_374 = 1;
        const wp::int32 var_375 = 3;
        wp::int32 var_376;
        wp::int32 var_377;
        wp::int32 var_378;
        wp::int32 var_379;
        wp::int32 var_380;
        wp::int32 var_381;
        wp::int32 var_382;
        wp::float32 var_383;
        const wp::int32 var_384 = 2;
        wp::int32 var_385;
        wp::int32 var_386;
        wp::shape_t* var_387;
        const wp::int32 var_388 = 0;
        wp::int32 var_389;
        wp::shape_t var_390;
        wp::int32 var_391;
        const wp::int32 var_392 = 2;
        wp::int32 var_393;
        wp::int32 var_394;
        wp::shape_t* var_395;
        const wp::int32 var_396 = 1;
        wp::int32 var_397;
        wp::shape_t var_398;
        wp::int32 var_399;
        const wp::int32 var_400 = 2;
        wp::int32 var_401;
        wp::int32 var_402;
        wp::shape_t* var_403;
        const wp::int32 var_404 = 2;
        wp::int32 var_405;
        wp::shape_t var_406;
        wp::int32 var_407;
        wp::float32* var_408;
        wp::float32 var_409;
        wp::float32 var_410;
        wp::float32 var_411;
        wp::float32 var_412;
        const wp::int32 var_413 = 0;
        const wp::int32 var_414 = 1;
        const wp::int32 var_415 = 3;
        wp::int32 var_416;
        wp::int32 var_417;
        wp::int32 var_418;
        wp::int32 var_419;
        wp::int32 var_420;
        wp::int32 var_421;
        wp::int32 var_422;
        wp::float32 var_423;
        const wp::int32 var_424 = 2;
        wp::int32 var_425;
        wp::int32 var_426;
        wp::shape_t* var_427;
        const wp::int32 var_428 = 0;
        wp::int32 var_429;
        wp::shape_t var_430;
        wp::int32 var_431;
        const wp::int32 var_432 = 2;
        wp::int32 var_433;
        wp::int32 var_434;
        wp::shape_t* var_435;
        const wp::int32 var_436 = 1;
        wp::int32 var_437;
        wp::shape_t var_438;
        wp::int32 var_439;
        const wp::int32 var_440 = 2;
        wp::int32 var_441;
        wp::int32 var_442;
        wp::shape_t* var_443;
        const wp::int32 var_444 = 2;
        wp::int32 var_445;
        wp::shape_t var_446;
        wp::int32 var_447;
        wp::float32* var_448;
        wp::float32 var_449;
        wp::float32 var_450;
        wp::float32 var_451;
        wp::float32 var_452;
        const wp::int32 var_453 = 1;
        const wp::int32 var_454 = 1;
        const wp::int32 var_455 = 3;
        wp::int32 var_456;
        wp::int32 var_457;
        wp::int32 var_458;
        wp::int32 var_459;
        wp::int32 var_460;
        wp::int32 var_461;
        wp::int32 var_462;
        wp::float32 var_463;
        const wp::int32 var_464 = 2;
        wp::int32 var_465;
        wp::int32 var_466;
        wp::shape_t* var_467;
        const wp::int32 var_468 = 0;
        wp::int32 var_469;
        wp::shape_t var_470;
        wp::int32 var_471;
        const wp::int32 var_472 = 2;
        wp::int32 var_473;
        wp::int32 var_474;
        wp::shape_t* var_475;
        const wp::int32 var_476 = 1;
        wp::int32 var_477;
        wp::shape_t var_478;
        wp::int32 var_479;
        const wp::int32 var_480 = 2;
        wp::int32 var_481;
        wp::int32 var_482;
        wp::shape_t* var_483;
        const wp::int32 var_484 = 2;
        wp::int32 var_485;
        wp::shape_t var_486;
        wp::int32 var_487;
        wp::float32* var_488;
        wp::float32 var_489;
        wp::float32 var_490;
        wp::float32 var_491;
        wp::float32 var_492;
        const wp::int32 var_493 = 0;
        const wp::int32 var_494 = -1;
        const wp::int32 var_495 = 1;
        const wp::int32 var_496 = 3;
        wp::int32 var_497;
        wp::int32 var_498;
        wp::int32 var_499;
        wp::int32 var_500;
        wp::int32 var_501;
        wp::int32 var_502;
        wp::int32 var_503;
        wp::float32 var_504;
        const wp::int32 var_505 = 2;
        wp::int32 var_506;
        wp::int32 var_507;
        wp::shape_t* var_508;
        const wp::int32 var_509 = 0;
        wp::int32 var_510;
        wp::shape_t var_511;
        wp::int32 var_512;
        const wp::int32 var_513 = 2;
        wp::int32 var_514;
        wp::int32 var_515;
        wp::shape_t* var_516;
        const wp::int32 var_517 = 1;
        wp::int32 var_518;
        wp::shape_t var_519;
        wp::int32 var_520;
        const wp::int32 var_521 = 2;
        wp::int32 var_522;
        wp::int32 var_523;
        wp::shape_t* var_524;
        const wp::int32 var_525 = 2;
        wp::int32 var_526;
        wp::shape_t var_527;
        wp::int32 var_528;
        wp::float32* var_529;
        wp::float32 var_530;
        wp::float32 var_531;
        wp::float32 var_532;
        wp::float32 var_533;
        const wp::int32 var_534 = 0;
        const wp::int32 var_535 = 1;
        const wp::int32 var_536 = 3;
        wp::int32 var_537;
        wp::int32 var_538;
        wp::int32 var_539;
        wp::int32 var_540;
        wp::int32 var_541;
        wp::int32 var_542;
        wp::int32 var_543;
        wp::float32 var_544;
        const wp::int32 var_545 = 2;
        wp::int32 var_546;
        wp::int32 var_547;
        wp::shape_t* var_548;
        const wp::int32 var_549 = 0;
        wp::int32 var_550;
        wp::shape_t var_551;
        wp::int32 var_552;
        const wp::int32 var_553 = 2;
        wp::int32 var_554;
        wp::int32 var_555;
        wp::shape_t* var_556;
        const wp::int32 var_557 = 1;
        wp::int32 var_558;
        wp::shape_t var_559;
        wp::int32 var_560;
        const wp::int32 var_561 = 2;
        wp::int32 var_562;
        wp::int32 var_563;
        wp::shape_t* var_564;
        const wp::int32 var_565 = 2;
        wp::int32 var_566;
        wp::shape_t var_567;
        wp::int32 var_568;
        wp::float32* var_569;
        wp::float32 var_570;
        wp::float32 var_571;
        wp::float32 var_572;
        wp::float32 var_573;
        const wp::int32 var_574 = 1;
        const wp::int32 var_575 = 1;
        const wp::int32 var_576 = 3;
        wp::int32 var_577;
        wp::int32 var_578;
        wp::int32 var_579;
        wp::int32 var_580;
        wp::int32 var_581;
        wp::int32 var_582;
        wp::int32 var_583;
        wp::float32 var_584;
        const wp::int32 var_585 = 2;
        wp::int32 var_586;
        wp::int32 var_587;
        wp::shape_t* var_588;
        const wp::int32 var_589 = 0;
        wp::int32 var_590;
        wp::shape_t var_591;
        wp::int32 var_592;
        const wp::int32 var_593 = 2;
        wp::int32 var_594;
        wp::int32 var_595;
        wp::shape_t* var_596;
        const wp::int32 var_597 = 1;
        wp::int32 var_598;
        wp::shape_t var_599;
        wp::int32 var_600;
        const wp::int32 var_601 = 2;
        wp::int32 var_602;
        wp::int32 var_603;
        wp::shape_t* var_604;
        const wp::int32 var_605 = 2;
        wp::int32 var_606;
        wp::shape_t var_607;
        wp::int32 var_608;
        wp::float32* var_609;
        wp::float32 var_610;
        wp::float32 var_611;
        wp::float32 var_612;
        wp::float32 var_613;
        const wp::int32 var_614 = 1;
        const wp::int32 var_615 = -1;
        const wp::int32 var_616 = 1;
        const wp::int32 var_617 = 3;
        wp::int32 var_618;
        wp::int32 var_619;
        wp::int32 var_620;
        wp::int32 var_621;
        wp::int32 var_622;
        wp::int32 var_623;
        wp::int32 var_624;
        wp::float32 var_625;
        const wp::int32 var_626 = 2;
        wp::int32 var_627;
        wp::int32 var_628;
        wp::shape_t* var_629;
        const wp::int32 var_630 = 0;
        wp::int32 var_631;
        wp::shape_t var_632;
        wp::int32 var_633;
        const wp::int32 var_634 = 2;
        wp::int32 var_635;
        wp::int32 var_636;
        wp::shape_t* var_637;
        const wp::int32 var_638 = 1;
        wp::int32 var_639;
        wp::shape_t var_640;
        wp::int32 var_641;
        const wp::int32 var_642 = 2;
        wp::int32 var_643;
        wp::int32 var_644;
        wp::shape_t* var_645;
        const wp::int32 var_646 = 2;
        wp::int32 var_647;
        wp::shape_t var_648;
        wp::int32 var_649;
        wp::float32* var_650;
        wp::float32 var_651;
        wp::float32 var_652;
        wp::float32 var_653;
        wp::float32 var_654;
        const wp::int32 var_655 = 0;
        const wp::int32 var_656 = 1;
        const wp::int32 var_657 = 3;
        wp::int32 var_658;
        wp::int32 var_659;
        wp::int32 var_660;
        wp::int32 var_661;
        wp::int32 var_662;
        wp::int32 var_663;
        wp::int32 var_664;
        wp::float32 var_665;
        const wp::int32 var_666 = 2;
        wp::int32 var_667;
        wp::int32 var_668;
        wp::shape_t* var_669;
        const wp::int32 var_670 = 0;
        wp::int32 var_671;
        wp::shape_t var_672;
        wp::int32 var_673;
        const wp::int32 var_674 = 2;
        wp::int32 var_675;
        wp::int32 var_676;
        wp::shape_t* var_677;
        const wp::int32 var_678 = 1;
        wp::int32 var_679;
        wp::shape_t var_680;
        wp::int32 var_681;
        const wp::int32 var_682 = 2;
        wp::int32 var_683;
        wp::int32 var_684;
        wp::shape_t* var_685;
        const wp::int32 var_686 = 2;
        wp::int32 var_687;
        wp::shape_t var_688;
        wp::int32 var_689;
        wp::float32* var_690;
        wp::float32 var_691;
        wp::float32 var_692;
        wp::float32 var_693;
        wp::float32 var_694;
        const wp::int32 var_695 = 1;
        const wp::int32 var_696 = 1;
        const wp::int32 var_697 = 3;
        wp::int32 var_698;
        wp::int32 var_699;
        wp::int32 var_700;
        wp::int32 var_701;
        wp::int32 var_702;
        wp::int32 var_703;
        wp::int32 var_704;
        wp::float32 var_705;
        const wp::int32 var_706 = 2;
        wp::int32 var_707;
        wp::int32 var_708;
        wp::shape_t* var_709;
        const wp::int32 var_710 = 0;
        wp::int32 var_711;
        wp::shape_t var_712;
        wp::int32 var_713;
        const wp::int32 var_714 = 2;
        wp::int32 var_715;
        wp::int32 var_716;
        wp::shape_t* var_717;
        const wp::int32 var_718 = 1;
        wp::int32 var_719;
        wp::shape_t var_720;
        wp::int32 var_721;
        const wp::int32 var_722 = 2;
        wp::int32 var_723;
        wp::int32 var_724;
        wp::shape_t* var_725;
        const wp::int32 var_726 = 2;
        wp::int32 var_727;
        wp::shape_t var_728;
        wp::int32 var_729;
        wp::float32* var_730;
        wp::float32 var_731;
        wp::float32 var_732;
        wp::float32 var_733;
        wp::float32 var_734;
        const wp::int32 var_735 = 1;
        const wp::int32 var_736 = -1;
        const wp::int32 var_737 = -1;
        const wp::int32 var_738 = 1;
        const wp::int32 var_739 = 3;
        wp::int32 var_740;
        wp::int32 var_741;
        wp::int32 var_742;
        wp::int32 var_743;
        wp::int32 var_744;
        wp::int32 var_745;
        wp::int32 var_746;
        wp::float32 var_747;
        const wp::int32 var_748 = 2;
        wp::int32 var_749;
        wp::int32 var_750;
        wp::shape_t* var_751;
        const wp::int32 var_752 = 0;
        wp::int32 var_753;
        wp::shape_t var_754;
        wp::int32 var_755;
        const wp::int32 var_756 = 2;
        wp::int32 var_757;
        wp::int32 var_758;
        wp::shape_t* var_759;
        const wp::int32 var_760 = 1;
        wp::int32 var_761;
        wp::shape_t var_762;
        wp::int32 var_763;
        const wp::int32 var_764 = 2;
        wp::int32 var_765;
        wp::int32 var_766;
        wp::shape_t* var_767;
        const wp::int32 var_768 = 2;
        wp::int32 var_769;
        wp::shape_t var_770;
        wp::int32 var_771;
        wp::float32* var_772;
        wp::float32 var_773;
        wp::float32 var_774;
        wp::float32 var_775;
        wp::float32 var_776;
        const wp::int32 var_777 = 0;
        const wp::int32 var_778 = 1;
        const wp::int32 var_779 = 3;
        wp::int32 var_780;
        wp::int32 var_781;
        wp::int32 var_782;
        wp::int32 var_783;
        wp::int32 var_784;
        wp::int32 var_785;
        wp::int32 var_786;
        wp::float32 var_787;
        const wp::int32 var_788 = 2;
        wp::int32 var_789;
        wp::int32 var_790;
        wp::shape_t* var_791;
        const wp::int32 var_792 = 0;
        wp::int32 var_793;
        wp::shape_t var_794;
        wp::int32 var_795;
        const wp::int32 var_796 = 2;
        wp::int32 var_797;
        wp::int32 var_798;
        wp::shape_t* var_799;
        const wp::int32 var_800 = 1;
        wp::int32 var_801;
        wp::shape_t var_802;
        wp::int32 var_803;
        const wp::int32 var_804 = 2;
        wp::int32 var_805;
        wp::int32 var_806;
        wp::shape_t* var_807;
        const wp::int32 var_808 = 2;
        wp::int32 var_809;
        wp::shape_t var_810;
        wp::int32 var_811;
        wp::float32* var_812;
        wp::float32 var_813;
        wp::float32 var_814;
        wp::float32 var_815;
        wp::float32 var_816;
        const wp::int32 var_817 = 1;
        const wp::int32 var_818 = 1;
        const wp::int32 var_819 = 3;
        wp::int32 var_820;
        wp::int32 var_821;
        wp::int32 var_822;
        wp::int32 var_823;
        wp::int32 var_824;
        wp::int32 var_825;
        wp::int32 var_826;
        wp::float32 var_827;
        const wp::int32 var_828 = 2;
        wp::int32 var_829;
        wp::int32 var_830;
        wp::shape_t* var_831;
        const wp::int32 var_832 = 0;
        wp::int32 var_833;
        wp::shape_t var_834;
        wp::int32 var_835;
        const wp::int32 var_836 = 2;
        wp::int32 var_837;
        wp::int32 var_838;
        wp::shape_t* var_839;
        const wp::int32 var_840 = 1;
        wp::int32 var_841;
        wp::shape_t var_842;
        wp::int32 var_843;
        const wp::int32 var_844 = 2;
        wp::int32 var_845;
        wp::int32 var_846;
        wp::shape_t* var_847;
        const wp::int32 var_848 = 2;
        wp::int32 var_849;
        wp::shape_t var_850;
        wp::int32 var_851;
        wp::float32* var_852;
        wp::float32 var_853;
        wp::float32 var_854;
        wp::float32 var_855;
        wp::float32 var_856;
        const wp::int32 var_857 = 0;
        const wp::int32 var_858 = -1;
        const wp::int32 var_859 = 1;
        const wp::int32 var_860 = 3;
        wp::int32 var_861;
        wp::int32 var_862;
        wp::int32 var_863;
        wp::int32 var_864;
        wp::int32 var_865;
        wp::int32 var_866;
        wp::int32 var_867;
        wp::float32 var_868;
        const wp::int32 var_869 = 2;
        wp::int32 var_870;
        wp::int32 var_871;
        wp::shape_t* var_872;
        const wp::int32 var_873 = 0;
        wp::int32 var_874;
        wp::shape_t var_875;
        wp::int32 var_876;
        const wp::int32 var_877 = 2;
        wp::int32 var_878;
        wp::int32 var_879;
        wp::shape_t* var_880;
        const wp::int32 var_881 = 1;
        wp::int32 var_882;
        wp::shape_t var_883;
        wp::int32 var_884;
        const wp::int32 var_885 = 2;
        wp::int32 var_886;
        wp::int32 var_887;
        wp::shape_t* var_888;
        const wp::int32 var_889 = 2;
        wp::int32 var_890;
        wp::shape_t var_891;
        wp::int32 var_892;
        wp::float32* var_893;
        wp::float32 var_894;
        wp::float32 var_895;
        wp::float32 var_896;
        wp::float32 var_897;
        const wp::int32 var_898 = 0;
        const wp::int32 var_899 = 1;
        const wp::int32 var_900 = 3;
        wp::int32 var_901;
        wp::int32 var_902;
        wp::int32 var_903;
        wp::int32 var_904;
        wp::int32 var_905;
        wp::int32 var_906;
        wp::int32 var_907;
        wp::float32 var_908;
        const wp::int32 var_909 = 2;
        wp::int32 var_910;
        wp::int32 var_911;
        wp::shape_t* var_912;
        const wp::int32 var_913 = 0;
        wp::int32 var_914;
        wp::shape_t var_915;
        wp::int32 var_916;
        const wp::int32 var_917 = 2;
        wp::int32 var_918;
        wp::int32 var_919;
        wp::shape_t* var_920;
        const wp::int32 var_921 = 1;
        wp::int32 var_922;
        wp::shape_t var_923;
        wp::int32 var_924;
        const wp::int32 var_925 = 2;
        wp::int32 var_926;
        wp::int32 var_927;
        wp::shape_t* var_928;
        const wp::int32 var_929 = 2;
        wp::int32 var_930;
        wp::shape_t var_931;
        wp::int32 var_932;
        wp::float32* var_933;
        wp::float32 var_934;
        wp::float32 var_935;
        wp::float32 var_936;
        wp::float32 var_937;
        const wp::int32 var_938 = 1;
        const wp::int32 var_939 = 1;
        const wp::int32 var_940 = 3;
        wp::int32 var_941;
        wp::int32 var_942;
        wp::int32 var_943;
        wp::int32 var_944;
        wp::int32 var_945;
        wp::int32 var_946;
        wp::int32 var_947;
        wp::float32 var_948;
        const wp::int32 var_949 = 2;
        wp::int32 var_950;
        wp::int32 var_951;
        wp::shape_t* var_952;
        const wp::int32 var_953 = 0;
        wp::int32 var_954;
        wp::shape_t var_955;
        wp::int32 var_956;
        const wp::int32 var_957 = 2;
        wp::int32 var_958;
        wp::int32 var_959;
        wp::shape_t* var_960;
        const wp::int32 var_961 = 1;
        wp::int32 var_962;
        wp::shape_t var_963;
        wp::int32 var_964;
        const wp::int32 var_965 = 2;
        wp::int32 var_966;
        wp::int32 var_967;
        wp::shape_t* var_968;
        const wp::int32 var_969 = 2;
        wp::int32 var_970;
        wp::shape_t var_971;
        wp::int32 var_972;
        wp::float32* var_973;
        wp::float32 var_974;
        wp::float32 var_975;
        wp::float32 var_976;
        wp::float32 var_977;
        const wp::int32 var_978 = 1;
        const wp::int32 var_979 = -1;
        const wp::int32 var_980 = 1;
        const wp::int32 var_981 = 3;
        wp::int32 var_982;
        wp::int32 var_983;
        wp::int32 var_984;
        wp::int32 var_985;
        wp::int32 var_986;
        wp::int32 var_987;
        wp::int32 var_988;
        wp::float32 var_989;
        const wp::int32 var_990 = 2;
        wp::int32 var_991;
        wp::int32 var_992;
        wp::shape_t* var_993;
        const wp::int32 var_994 = 0;
        wp::int32 var_995;
        wp::shape_t var_996;
        wp::int32 var_997;
        const wp::int32 var_998 = 2;
        wp::int32 var_999;
        wp::int32 var_1000;
        wp::shape_t* var_1001;
        const wp::int32 var_1002 = 1;
        wp::int32 var_1003;
        wp::shape_t var_1004;
        wp::int32 var_1005;
        const wp::int32 var_1006 = 2;
        wp::int32 var_1007;
        wp::int32 var_1008;
        wp::shape_t* var_1009;
        const wp::int32 var_1010 = 2;
        wp::int32 var_1011;
        wp::shape_t var_1012;
        wp::int32 var_1013;
        wp::float32* var_1014;
        wp::float32 var_1015;
        wp::float32 var_1016;
        wp::float32 var_1017;
        wp::float32 var_1018;
        const wp::int32 var_1019 = 0;
        const wp::int32 var_1020 = 1;
        const wp::int32 var_1021 = 3;
        wp::int32 var_1022;
        wp::int32 var_1023;
        wp::int32 var_1024;
        wp::int32 var_1025;
        wp::int32 var_1026;
        wp::int32 var_1027;
        wp::int32 var_1028;
        wp::float32 var_1029;
        const wp::int32 var_1030 = 2;
        wp::int32 var_1031;
        wp::int32 var_1032;
        wp::shape_t* var_1033;
        const wp::int32 var_1034 = 0;
        wp::int32 var_1035;
        wp::shape_t var_1036;
        wp::int32 var_1037;
        const wp::int32 var_1038 = 2;
        wp::int32 var_1039;
        wp::int32 var_1040;
        wp::shape_t* var_1041;
        const wp::int32 var_1042 = 1;
        wp::int32 var_1043;
        wp::shape_t var_1044;
        wp::int32 var_1045;
        const wp::int32 var_1046 = 2;
        wp::int32 var_1047;
        wp::int32 var_1048;
        wp::shape_t* var_1049;
        const wp::int32 var_1050 = 2;
        wp::int32 var_1051;
        wp::shape_t var_1052;
        wp::int32 var_1053;
        wp::float32* var_1054;
        wp::float32 var_1055;
        wp::float32 var_1056;
        wp::float32 var_1057;
        wp::float32 var_1058;
        const wp::int32 var_1059 = 1;
        const wp::int32 var_1060 = 1;
        const wp::int32 var_1061 = 3;
        wp::int32 var_1062;
        wp::int32 var_1063;
        wp::int32 var_1064;
        wp::int32 var_1065;
        wp::int32 var_1066;
        wp::int32 var_1067;
        wp::int32 var_1068;
        wp::float32 var_1069;
        const wp::int32 var_1070 = 2;
        wp::int32 var_1071;
        wp::int32 var_1072;
        wp::shape_t* var_1073;
        const wp::int32 var_1074 = 0;
        wp::int32 var_1075;
        wp::shape_t var_1076;
        wp::int32 var_1077;
        const wp::int32 var_1078 = 2;
        wp::int32 var_1079;
        wp::int32 var_1080;
        wp::shape_t* var_1081;
        const wp::int32 var_1082 = 1;
        wp::int32 var_1083;
        wp::shape_t var_1084;
        wp::int32 var_1085;
        const wp::int32 var_1086 = 2;
        wp::int32 var_1087;
        wp::int32 var_1088;
        wp::shape_t* var_1089;
        const wp::int32 var_1090 = 2;
        wp::int32 var_1091;
        wp::shape_t var_1092;
        wp::int32 var_1093;
        wp::float32* var_1094;
        wp::float32 var_1095;
        wp::float32 var_1096;
        wp::float32 var_1097;
        wp::float32 var_1098;
        wp::float32 var_1099;
        //---------
        // forward
        // def restrict_full_weight(fine: wp.array3d(dtype=float), coarse: wp.array3d(dtype=float)):       <L 47>
        // i, j, k = wp.tid()                                                                     <L 48>
        builtin_tid3d(var_0, var_1, var_2);
        // acc = float(0.0)                                                                       <L 49>
        var_4 = wp::float(var_3);
        // wsum = float(0.0)                                                                      <L 50>
        var_6 = wp::float(var_5);
        // for di in range(-1, 2):                                                                <L 51>
        // for dj in range(-1, 2):                                                                <L 52>
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_12 = wp::abs(var_7);
        var_13 = wp::abs(var_8);
        var_14 = wp::add(var_12, var_13);
        var_15 = wp::abs(var_9);
        var_16 = wp::add(var_14, var_15);
        var_17 = wp::sub(var_11, var_16);
        var_18 = wp::lshift(var_10, var_17);
        var_19 = wp::float(var_18);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_21 = wp::mul(var_20, var_0);
        var_22 = wp::add(var_21, var_7);
        var_23 = &(var_fine.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_27 = idx_clamp_0(var_22, var_25);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_29 = wp::mul(var_28, var_1);
        var_30 = wp::add(var_29, var_8);
        var_31 = &(var_fine.shape);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        var_35 = idx_clamp_0(var_30, var_33);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_37 = wp::mul(var_36, var_2);
        var_38 = wp::add(var_37, var_9);
        var_39 = &(var_fine.shape);
        var_42 = wp::load(var_39);
        var_41 = wp::extract(var_42, var_40);
        var_43 = idx_clamp_0(var_38, var_41);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_44 = wp::address(var_fine, var_27, var_35, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::mul(var_19, var_46);
        var_47 = wp::add(var_4, var_45);
        // wsum += w                                                                              <L 59>
        var_48 = wp::add(var_6, var_19);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_52 = wp::abs(var_7);
        var_53 = wp::abs(var_8);
        var_54 = wp::add(var_52, var_53);
        var_55 = wp::abs(var_49);
        var_56 = wp::add(var_54, var_55);
        var_57 = wp::sub(var_51, var_56);
        var_58 = wp::lshift(var_50, var_57);
        var_59 = wp::float(var_58);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_61 = wp::mul(var_60, var_0);
        var_62 = wp::add(var_61, var_7);
        var_63 = &(var_fine.shape);
        var_66 = wp::load(var_63);
        var_65 = wp::extract(var_66, var_64);
        var_67 = idx_clamp_0(var_62, var_65);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_69 = wp::mul(var_68, var_1);
        var_70 = wp::add(var_69, var_8);
        var_71 = &(var_fine.shape);
        var_74 = wp::load(var_71);
        var_73 = wp::extract(var_74, var_72);
        var_75 = idx_clamp_0(var_70, var_73);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_77 = wp::mul(var_76, var_2);
        var_78 = wp::add(var_77, var_49);
        var_79 = &(var_fine.shape);
        var_82 = wp::load(var_79);
        var_81 = wp::extract(var_82, var_80);
        var_83 = idx_clamp_0(var_78, var_81);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_84 = wp::address(var_fine, var_67, var_75, var_83);
        var_86 = wp::load(var_84);
        var_85 = wp::mul(var_59, var_86);
        var_87 = wp::add(var_47, var_85);
        // wsum += w                                                                              <L 59>
        var_88 = wp::add(var_48, var_59);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_92 = wp::abs(var_7);
        var_93 = wp::abs(var_8);
        var_94 = wp::add(var_92, var_93);
        var_95 = wp::abs(var_89);
        var_96 = wp::add(var_94, var_95);
        var_97 = wp::sub(var_91, var_96);
        var_98 = wp::lshift(var_90, var_97);
        var_99 = wp::float(var_98);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_101 = wp::mul(var_100, var_0);
        var_102 = wp::add(var_101, var_7);
        var_103 = &(var_fine.shape);
        var_106 = wp::load(var_103);
        var_105 = wp::extract(var_106, var_104);
        var_107 = idx_clamp_0(var_102, var_105);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_109 = wp::mul(var_108, var_1);
        var_110 = wp::add(var_109, var_8);
        var_111 = &(var_fine.shape);
        var_114 = wp::load(var_111);
        var_113 = wp::extract(var_114, var_112);
        var_115 = idx_clamp_0(var_110, var_113);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_117 = wp::mul(var_116, var_2);
        var_118 = wp::add(var_117, var_89);
        var_119 = &(var_fine.shape);
        var_122 = wp::load(var_119);
        var_121 = wp::extract(var_122, var_120);
        var_123 = idx_clamp_0(var_118, var_121);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_124 = wp::address(var_fine, var_107, var_115, var_123);
        var_126 = wp::load(var_124);
        var_125 = wp::mul(var_99, var_126);
        var_127 = wp::add(var_87, var_125);
        // wsum += w                                                                              <L 59>
        var_128 = wp::add(var_88, var_99);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_133 = wp::abs(var_7);
        var_134 = wp::abs(var_129);
        var_135 = wp::add(var_133, var_134);
        var_136 = wp::abs(var_130);
        var_137 = wp::add(var_135, var_136);
        var_138 = wp::sub(var_132, var_137);
        var_139 = wp::lshift(var_131, var_138);
        var_140 = wp::float(var_139);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_142 = wp::mul(var_141, var_0);
        var_143 = wp::add(var_142, var_7);
        var_144 = &(var_fine.shape);
        var_147 = wp::load(var_144);
        var_146 = wp::extract(var_147, var_145);
        var_148 = idx_clamp_0(var_143, var_146);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_150 = wp::mul(var_149, var_1);
        var_151 = wp::add(var_150, var_129);
        var_152 = &(var_fine.shape);
        var_155 = wp::load(var_152);
        var_154 = wp::extract(var_155, var_153);
        var_156 = idx_clamp_0(var_151, var_154);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_158 = wp::mul(var_157, var_2);
        var_159 = wp::add(var_158, var_130);
        var_160 = &(var_fine.shape);
        var_163 = wp::load(var_160);
        var_162 = wp::extract(var_163, var_161);
        var_164 = idx_clamp_0(var_159, var_162);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_165 = wp::address(var_fine, var_148, var_156, var_164);
        var_167 = wp::load(var_165);
        var_166 = wp::mul(var_140, var_167);
        var_168 = wp::add(var_127, var_166);
        // wsum += w                                                                              <L 59>
        var_169 = wp::add(var_128, var_140);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_173 = wp::abs(var_7);
        var_174 = wp::abs(var_129);
        var_175 = wp::add(var_173, var_174);
        var_176 = wp::abs(var_170);
        var_177 = wp::add(var_175, var_176);
        var_178 = wp::sub(var_172, var_177);
        var_179 = wp::lshift(var_171, var_178);
        var_180 = wp::float(var_179);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_182 = wp::mul(var_181, var_0);
        var_183 = wp::add(var_182, var_7);
        var_184 = &(var_fine.shape);
        var_187 = wp::load(var_184);
        var_186 = wp::extract(var_187, var_185);
        var_188 = idx_clamp_0(var_183, var_186);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_190 = wp::mul(var_189, var_1);
        var_191 = wp::add(var_190, var_129);
        var_192 = &(var_fine.shape);
        var_195 = wp::load(var_192);
        var_194 = wp::extract(var_195, var_193);
        var_196 = idx_clamp_0(var_191, var_194);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_198 = wp::mul(var_197, var_2);
        var_199 = wp::add(var_198, var_170);
        var_200 = &(var_fine.shape);
        var_203 = wp::load(var_200);
        var_202 = wp::extract(var_203, var_201);
        var_204 = idx_clamp_0(var_199, var_202);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_205 = wp::address(var_fine, var_188, var_196, var_204);
        var_207 = wp::load(var_205);
        var_206 = wp::mul(var_180, var_207);
        var_208 = wp::add(var_168, var_206);
        // wsum += w                                                                              <L 59>
        var_209 = wp::add(var_169, var_180);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_213 = wp::abs(var_7);
        var_214 = wp::abs(var_129);
        var_215 = wp::add(var_213, var_214);
        var_216 = wp::abs(var_210);
        var_217 = wp::add(var_215, var_216);
        var_218 = wp::sub(var_212, var_217);
        var_219 = wp::lshift(var_211, var_218);
        var_220 = wp::float(var_219);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_222 = wp::mul(var_221, var_0);
        var_223 = wp::add(var_222, var_7);
        var_224 = &(var_fine.shape);
        var_227 = wp::load(var_224);
        var_226 = wp::extract(var_227, var_225);
        var_228 = idx_clamp_0(var_223, var_226);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_230 = wp::mul(var_229, var_1);
        var_231 = wp::add(var_230, var_129);
        var_232 = &(var_fine.shape);
        var_235 = wp::load(var_232);
        var_234 = wp::extract(var_235, var_233);
        var_236 = idx_clamp_0(var_231, var_234);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_238 = wp::mul(var_237, var_2);
        var_239 = wp::add(var_238, var_210);
        var_240 = &(var_fine.shape);
        var_243 = wp::load(var_240);
        var_242 = wp::extract(var_243, var_241);
        var_244 = idx_clamp_0(var_239, var_242);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_245 = wp::address(var_fine, var_228, var_236, var_244);
        var_247 = wp::load(var_245);
        var_246 = wp::mul(var_220, var_247);
        var_248 = wp::add(var_208, var_246);
        // wsum += w                                                                              <L 59>
        var_249 = wp::add(var_209, var_220);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_254 = wp::abs(var_7);
        var_255 = wp::abs(var_250);
        var_256 = wp::add(var_254, var_255);
        var_257 = wp::abs(var_251);
        var_258 = wp::add(var_256, var_257);
        var_259 = wp::sub(var_253, var_258);
        var_260 = wp::lshift(var_252, var_259);
        var_261 = wp::float(var_260);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_263 = wp::mul(var_262, var_0);
        var_264 = wp::add(var_263, var_7);
        var_265 = &(var_fine.shape);
        var_268 = wp::load(var_265);
        var_267 = wp::extract(var_268, var_266);
        var_269 = idx_clamp_0(var_264, var_267);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_271 = wp::mul(var_270, var_1);
        var_272 = wp::add(var_271, var_250);
        var_273 = &(var_fine.shape);
        var_276 = wp::load(var_273);
        var_275 = wp::extract(var_276, var_274);
        var_277 = idx_clamp_0(var_272, var_275);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_279 = wp::mul(var_278, var_2);
        var_280 = wp::add(var_279, var_251);
        var_281 = &(var_fine.shape);
        var_284 = wp::load(var_281);
        var_283 = wp::extract(var_284, var_282);
        var_285 = idx_clamp_0(var_280, var_283);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_286 = wp::address(var_fine, var_269, var_277, var_285);
        var_288 = wp::load(var_286);
        var_287 = wp::mul(var_261, var_288);
        var_289 = wp::add(var_248, var_287);
        // wsum += w                                                                              <L 59>
        var_290 = wp::add(var_249, var_261);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_294 = wp::abs(var_7);
        var_295 = wp::abs(var_250);
        var_296 = wp::add(var_294, var_295);
        var_297 = wp::abs(var_291);
        var_298 = wp::add(var_296, var_297);
        var_299 = wp::sub(var_293, var_298);
        var_300 = wp::lshift(var_292, var_299);
        var_301 = wp::float(var_300);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_303 = wp::mul(var_302, var_0);
        var_304 = wp::add(var_303, var_7);
        var_305 = &(var_fine.shape);
        var_308 = wp::load(var_305);
        var_307 = wp::extract(var_308, var_306);
        var_309 = idx_clamp_0(var_304, var_307);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_311 = wp::mul(var_310, var_1);
        var_312 = wp::add(var_311, var_250);
        var_313 = &(var_fine.shape);
        var_316 = wp::load(var_313);
        var_315 = wp::extract(var_316, var_314);
        var_317 = idx_clamp_0(var_312, var_315);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_319 = wp::mul(var_318, var_2);
        var_320 = wp::add(var_319, var_291);
        var_321 = &(var_fine.shape);
        var_324 = wp::load(var_321);
        var_323 = wp::extract(var_324, var_322);
        var_325 = idx_clamp_0(var_320, var_323);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_326 = wp::address(var_fine, var_309, var_317, var_325);
        var_328 = wp::load(var_326);
        var_327 = wp::mul(var_301, var_328);
        var_329 = wp::add(var_289, var_327);
        // wsum += w                                                                              <L 59>
        var_330 = wp::add(var_290, var_301);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_334 = wp::abs(var_7);
        var_335 = wp::abs(var_250);
        var_336 = wp::add(var_334, var_335);
        var_337 = wp::abs(var_331);
        var_338 = wp::add(var_336, var_337);
        var_339 = wp::sub(var_333, var_338);
        var_340 = wp::lshift(var_332, var_339);
        var_341 = wp::float(var_340);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_343 = wp::mul(var_342, var_0);
        var_344 = wp::add(var_343, var_7);
        var_345 = &(var_fine.shape);
        var_348 = wp::load(var_345);
        var_347 = wp::extract(var_348, var_346);
        var_349 = idx_clamp_0(var_344, var_347);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_351 = wp::mul(var_350, var_1);
        var_352 = wp::add(var_351, var_250);
        var_353 = &(var_fine.shape);
        var_356 = wp::load(var_353);
        var_355 = wp::extract(var_356, var_354);
        var_357 = idx_clamp_0(var_352, var_355);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_359 = wp::mul(var_358, var_2);
        var_360 = wp::add(var_359, var_331);
        var_361 = &(var_fine.shape);
        var_364 = wp::load(var_361);
        var_363 = wp::extract(var_364, var_362);
        var_365 = idx_clamp_0(var_360, var_363);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_366 = wp::address(var_fine, var_349, var_357, var_365);
        var_368 = wp::load(var_366);
        var_367 = wp::mul(var_341, var_368);
        var_369 = wp::add(var_329, var_367);
        // wsum += w                                                                              <L 59>
        var_370 = wp::add(var_330, var_341);
        // for dj in range(-1, 2):                                                                <L 52>
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_376 = wp::abs(var_371);
        var_377 = wp::abs(var_372);
        var_378 = wp::add(var_376, var_377);
        var_379 = wp::abs(var_373);
        var_380 = wp::add(var_378, var_379);
        var_381 = wp::sub(var_375, var_380);
        var_382 = wp::lshift(var_374, var_381);
        var_383 = wp::float(var_382);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_385 = wp::mul(var_384, var_0);
        var_386 = wp::add(var_385, var_371);
        var_387 = &(var_fine.shape);
        var_390 = wp::load(var_387);
        var_389 = wp::extract(var_390, var_388);
        var_391 = idx_clamp_0(var_386, var_389);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_393 = wp::mul(var_392, var_1);
        var_394 = wp::add(var_393, var_372);
        var_395 = &(var_fine.shape);
        var_398 = wp::load(var_395);
        var_397 = wp::extract(var_398, var_396);
        var_399 = idx_clamp_0(var_394, var_397);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_401 = wp::mul(var_400, var_2);
        var_402 = wp::add(var_401, var_373);
        var_403 = &(var_fine.shape);
        var_406 = wp::load(var_403);
        var_405 = wp::extract(var_406, var_404);
        var_407 = idx_clamp_0(var_402, var_405);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_408 = wp::address(var_fine, var_391, var_399, var_407);
        var_410 = wp::load(var_408);
        var_409 = wp::mul(var_383, var_410);
        var_411 = wp::add(var_369, var_409);
        // wsum += w                                                                              <L 59>
        var_412 = wp::add(var_370, var_383);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_416 = wp::abs(var_371);
        var_417 = wp::abs(var_372);
        var_418 = wp::add(var_416, var_417);
        var_419 = wp::abs(var_413);
        var_420 = wp::add(var_418, var_419);
        var_421 = wp::sub(var_415, var_420);
        var_422 = wp::lshift(var_414, var_421);
        var_423 = wp::float(var_422);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_425 = wp::mul(var_424, var_0);
        var_426 = wp::add(var_425, var_371);
        var_427 = &(var_fine.shape);
        var_430 = wp::load(var_427);
        var_429 = wp::extract(var_430, var_428);
        var_431 = idx_clamp_0(var_426, var_429);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_433 = wp::mul(var_432, var_1);
        var_434 = wp::add(var_433, var_372);
        var_435 = &(var_fine.shape);
        var_438 = wp::load(var_435);
        var_437 = wp::extract(var_438, var_436);
        var_439 = idx_clamp_0(var_434, var_437);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_441 = wp::mul(var_440, var_2);
        var_442 = wp::add(var_441, var_413);
        var_443 = &(var_fine.shape);
        var_446 = wp::load(var_443);
        var_445 = wp::extract(var_446, var_444);
        var_447 = idx_clamp_0(var_442, var_445);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_448 = wp::address(var_fine, var_431, var_439, var_447);
        var_450 = wp::load(var_448);
        var_449 = wp::mul(var_423, var_450);
        var_451 = wp::add(var_411, var_449);
        // wsum += w                                                                              <L 59>
        var_452 = wp::add(var_412, var_423);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_456 = wp::abs(var_371);
        var_457 = wp::abs(var_372);
        var_458 = wp::add(var_456, var_457);
        var_459 = wp::abs(var_453);
        var_460 = wp::add(var_458, var_459);
        var_461 = wp::sub(var_455, var_460);
        var_462 = wp::lshift(var_454, var_461);
        var_463 = wp::float(var_462);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_465 = wp::mul(var_464, var_0);
        var_466 = wp::add(var_465, var_371);
        var_467 = &(var_fine.shape);
        var_470 = wp::load(var_467);
        var_469 = wp::extract(var_470, var_468);
        var_471 = idx_clamp_0(var_466, var_469);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_473 = wp::mul(var_472, var_1);
        var_474 = wp::add(var_473, var_372);
        var_475 = &(var_fine.shape);
        var_478 = wp::load(var_475);
        var_477 = wp::extract(var_478, var_476);
        var_479 = idx_clamp_0(var_474, var_477);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_481 = wp::mul(var_480, var_2);
        var_482 = wp::add(var_481, var_453);
        var_483 = &(var_fine.shape);
        var_486 = wp::load(var_483);
        var_485 = wp::extract(var_486, var_484);
        var_487 = idx_clamp_0(var_482, var_485);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_488 = wp::address(var_fine, var_471, var_479, var_487);
        var_490 = wp::load(var_488);
        var_489 = wp::mul(var_463, var_490);
        var_491 = wp::add(var_451, var_489);
        // wsum += w                                                                              <L 59>
        var_492 = wp::add(var_452, var_463);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_497 = wp::abs(var_371);
        var_498 = wp::abs(var_493);
        var_499 = wp::add(var_497, var_498);
        var_500 = wp::abs(var_494);
        var_501 = wp::add(var_499, var_500);
        var_502 = wp::sub(var_496, var_501);
        var_503 = wp::lshift(var_495, var_502);
        var_504 = wp::float(var_503);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_506 = wp::mul(var_505, var_0);
        var_507 = wp::add(var_506, var_371);
        var_508 = &(var_fine.shape);
        var_511 = wp::load(var_508);
        var_510 = wp::extract(var_511, var_509);
        var_512 = idx_clamp_0(var_507, var_510);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_514 = wp::mul(var_513, var_1);
        var_515 = wp::add(var_514, var_493);
        var_516 = &(var_fine.shape);
        var_519 = wp::load(var_516);
        var_518 = wp::extract(var_519, var_517);
        var_520 = idx_clamp_0(var_515, var_518);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_522 = wp::mul(var_521, var_2);
        var_523 = wp::add(var_522, var_494);
        var_524 = &(var_fine.shape);
        var_527 = wp::load(var_524);
        var_526 = wp::extract(var_527, var_525);
        var_528 = idx_clamp_0(var_523, var_526);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_529 = wp::address(var_fine, var_512, var_520, var_528);
        var_531 = wp::load(var_529);
        var_530 = wp::mul(var_504, var_531);
        var_532 = wp::add(var_491, var_530);
        // wsum += w                                                                              <L 59>
        var_533 = wp::add(var_492, var_504);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_537 = wp::abs(var_371);
        var_538 = wp::abs(var_493);
        var_539 = wp::add(var_537, var_538);
        var_540 = wp::abs(var_534);
        var_541 = wp::add(var_539, var_540);
        var_542 = wp::sub(var_536, var_541);
        var_543 = wp::lshift(var_535, var_542);
        var_544 = wp::float(var_543);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_546 = wp::mul(var_545, var_0);
        var_547 = wp::add(var_546, var_371);
        var_548 = &(var_fine.shape);
        var_551 = wp::load(var_548);
        var_550 = wp::extract(var_551, var_549);
        var_552 = idx_clamp_0(var_547, var_550);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_554 = wp::mul(var_553, var_1);
        var_555 = wp::add(var_554, var_493);
        var_556 = &(var_fine.shape);
        var_559 = wp::load(var_556);
        var_558 = wp::extract(var_559, var_557);
        var_560 = idx_clamp_0(var_555, var_558);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_562 = wp::mul(var_561, var_2);
        var_563 = wp::add(var_562, var_534);
        var_564 = &(var_fine.shape);
        var_567 = wp::load(var_564);
        var_566 = wp::extract(var_567, var_565);
        var_568 = idx_clamp_0(var_563, var_566);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_569 = wp::address(var_fine, var_552, var_560, var_568);
        var_571 = wp::load(var_569);
        var_570 = wp::mul(var_544, var_571);
        var_572 = wp::add(var_532, var_570);
        // wsum += w                                                                              <L 59>
        var_573 = wp::add(var_533, var_544);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_577 = wp::abs(var_371);
        var_578 = wp::abs(var_493);
        var_579 = wp::add(var_577, var_578);
        var_580 = wp::abs(var_574);
        var_581 = wp::add(var_579, var_580);
        var_582 = wp::sub(var_576, var_581);
        var_583 = wp::lshift(var_575, var_582);
        var_584 = wp::float(var_583);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_586 = wp::mul(var_585, var_0);
        var_587 = wp::add(var_586, var_371);
        var_588 = &(var_fine.shape);
        var_591 = wp::load(var_588);
        var_590 = wp::extract(var_591, var_589);
        var_592 = idx_clamp_0(var_587, var_590);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_594 = wp::mul(var_593, var_1);
        var_595 = wp::add(var_594, var_493);
        var_596 = &(var_fine.shape);
        var_599 = wp::load(var_596);
        var_598 = wp::extract(var_599, var_597);
        var_600 = idx_clamp_0(var_595, var_598);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_602 = wp::mul(var_601, var_2);
        var_603 = wp::add(var_602, var_574);
        var_604 = &(var_fine.shape);
        var_607 = wp::load(var_604);
        var_606 = wp::extract(var_607, var_605);
        var_608 = idx_clamp_0(var_603, var_606);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_609 = wp::address(var_fine, var_592, var_600, var_608);
        var_611 = wp::load(var_609);
        var_610 = wp::mul(var_584, var_611);
        var_612 = wp::add(var_572, var_610);
        // wsum += w                                                                              <L 59>
        var_613 = wp::add(var_573, var_584);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_618 = wp::abs(var_371);
        var_619 = wp::abs(var_614);
        var_620 = wp::add(var_618, var_619);
        var_621 = wp::abs(var_615);
        var_622 = wp::add(var_620, var_621);
        var_623 = wp::sub(var_617, var_622);
        var_624 = wp::lshift(var_616, var_623);
        var_625 = wp::float(var_624);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_627 = wp::mul(var_626, var_0);
        var_628 = wp::add(var_627, var_371);
        var_629 = &(var_fine.shape);
        var_632 = wp::load(var_629);
        var_631 = wp::extract(var_632, var_630);
        var_633 = idx_clamp_0(var_628, var_631);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_635 = wp::mul(var_634, var_1);
        var_636 = wp::add(var_635, var_614);
        var_637 = &(var_fine.shape);
        var_640 = wp::load(var_637);
        var_639 = wp::extract(var_640, var_638);
        var_641 = idx_clamp_0(var_636, var_639);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_643 = wp::mul(var_642, var_2);
        var_644 = wp::add(var_643, var_615);
        var_645 = &(var_fine.shape);
        var_648 = wp::load(var_645);
        var_647 = wp::extract(var_648, var_646);
        var_649 = idx_clamp_0(var_644, var_647);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_650 = wp::address(var_fine, var_633, var_641, var_649);
        var_652 = wp::load(var_650);
        var_651 = wp::mul(var_625, var_652);
        var_653 = wp::add(var_612, var_651);
        // wsum += w                                                                              <L 59>
        var_654 = wp::add(var_613, var_625);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_658 = wp::abs(var_371);
        var_659 = wp::abs(var_614);
        var_660 = wp::add(var_658, var_659);
        var_661 = wp::abs(var_655);
        var_662 = wp::add(var_660, var_661);
        var_663 = wp::sub(var_657, var_662);
        var_664 = wp::lshift(var_656, var_663);
        var_665 = wp::float(var_664);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_667 = wp::mul(var_666, var_0);
        var_668 = wp::add(var_667, var_371);
        var_669 = &(var_fine.shape);
        var_672 = wp::load(var_669);
        var_671 = wp::extract(var_672, var_670);
        var_673 = idx_clamp_0(var_668, var_671);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_675 = wp::mul(var_674, var_1);
        var_676 = wp::add(var_675, var_614);
        var_677 = &(var_fine.shape);
        var_680 = wp::load(var_677);
        var_679 = wp::extract(var_680, var_678);
        var_681 = idx_clamp_0(var_676, var_679);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_683 = wp::mul(var_682, var_2);
        var_684 = wp::add(var_683, var_655);
        var_685 = &(var_fine.shape);
        var_688 = wp::load(var_685);
        var_687 = wp::extract(var_688, var_686);
        var_689 = idx_clamp_0(var_684, var_687);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_690 = wp::address(var_fine, var_673, var_681, var_689);
        var_692 = wp::load(var_690);
        var_691 = wp::mul(var_665, var_692);
        var_693 = wp::add(var_653, var_691);
        // wsum += w                                                                              <L 59>
        var_694 = wp::add(var_654, var_665);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_698 = wp::abs(var_371);
        var_699 = wp::abs(var_614);
        var_700 = wp::add(var_698, var_699);
        var_701 = wp::abs(var_695);
        var_702 = wp::add(var_700, var_701);
        var_703 = wp::sub(var_697, var_702);
        var_704 = wp::lshift(var_696, var_703);
        var_705 = wp::float(var_704);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_707 = wp::mul(var_706, var_0);
        var_708 = wp::add(var_707, var_371);
        var_709 = &(var_fine.shape);
        var_712 = wp::load(var_709);
        var_711 = wp::extract(var_712, var_710);
        var_713 = idx_clamp_0(var_708, var_711);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_715 = wp::mul(var_714, var_1);
        var_716 = wp::add(var_715, var_614);
        var_717 = &(var_fine.shape);
        var_720 = wp::load(var_717);
        var_719 = wp::extract(var_720, var_718);
        var_721 = idx_clamp_0(var_716, var_719);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_723 = wp::mul(var_722, var_2);
        var_724 = wp::add(var_723, var_695);
        var_725 = &(var_fine.shape);
        var_728 = wp::load(var_725);
        var_727 = wp::extract(var_728, var_726);
        var_729 = idx_clamp_0(var_724, var_727);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_730 = wp::address(var_fine, var_713, var_721, var_729);
        var_732 = wp::load(var_730);
        var_731 = wp::mul(var_705, var_732);
        var_733 = wp::add(var_693, var_731);
        // wsum += w                                                                              <L 59>
        var_734 = wp::add(var_694, var_705);
        // for dj in range(-1, 2):                                                                <L 52>
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_740 = wp::abs(var_735);
        var_741 = wp::abs(var_736);
        var_742 = wp::add(var_740, var_741);
        var_743 = wp::abs(var_737);
        var_744 = wp::add(var_742, var_743);
        var_745 = wp::sub(var_739, var_744);
        var_746 = wp::lshift(var_738, var_745);
        var_747 = wp::float(var_746);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_749 = wp::mul(var_748, var_0);
        var_750 = wp::add(var_749, var_735);
        var_751 = &(var_fine.shape);
        var_754 = wp::load(var_751);
        var_753 = wp::extract(var_754, var_752);
        var_755 = idx_clamp_0(var_750, var_753);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_757 = wp::mul(var_756, var_1);
        var_758 = wp::add(var_757, var_736);
        var_759 = &(var_fine.shape);
        var_762 = wp::load(var_759);
        var_761 = wp::extract(var_762, var_760);
        var_763 = idx_clamp_0(var_758, var_761);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_765 = wp::mul(var_764, var_2);
        var_766 = wp::add(var_765, var_737);
        var_767 = &(var_fine.shape);
        var_770 = wp::load(var_767);
        var_769 = wp::extract(var_770, var_768);
        var_771 = idx_clamp_0(var_766, var_769);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_772 = wp::address(var_fine, var_755, var_763, var_771);
        var_774 = wp::load(var_772);
        var_773 = wp::mul(var_747, var_774);
        var_775 = wp::add(var_733, var_773);
        // wsum += w                                                                              <L 59>
        var_776 = wp::add(var_734, var_747);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_780 = wp::abs(var_735);
        var_781 = wp::abs(var_736);
        var_782 = wp::add(var_780, var_781);
        var_783 = wp::abs(var_777);
        var_784 = wp::add(var_782, var_783);
        var_785 = wp::sub(var_779, var_784);
        var_786 = wp::lshift(var_778, var_785);
        var_787 = wp::float(var_786);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_789 = wp::mul(var_788, var_0);
        var_790 = wp::add(var_789, var_735);
        var_791 = &(var_fine.shape);
        var_794 = wp::load(var_791);
        var_793 = wp::extract(var_794, var_792);
        var_795 = idx_clamp_0(var_790, var_793);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_797 = wp::mul(var_796, var_1);
        var_798 = wp::add(var_797, var_736);
        var_799 = &(var_fine.shape);
        var_802 = wp::load(var_799);
        var_801 = wp::extract(var_802, var_800);
        var_803 = idx_clamp_0(var_798, var_801);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_805 = wp::mul(var_804, var_2);
        var_806 = wp::add(var_805, var_777);
        var_807 = &(var_fine.shape);
        var_810 = wp::load(var_807);
        var_809 = wp::extract(var_810, var_808);
        var_811 = idx_clamp_0(var_806, var_809);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_812 = wp::address(var_fine, var_795, var_803, var_811);
        var_814 = wp::load(var_812);
        var_813 = wp::mul(var_787, var_814);
        var_815 = wp::add(var_775, var_813);
        // wsum += w                                                                              <L 59>
        var_816 = wp::add(var_776, var_787);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_820 = wp::abs(var_735);
        var_821 = wp::abs(var_736);
        var_822 = wp::add(var_820, var_821);
        var_823 = wp::abs(var_817);
        var_824 = wp::add(var_822, var_823);
        var_825 = wp::sub(var_819, var_824);
        var_826 = wp::lshift(var_818, var_825);
        var_827 = wp::float(var_826);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_829 = wp::mul(var_828, var_0);
        var_830 = wp::add(var_829, var_735);
        var_831 = &(var_fine.shape);
        var_834 = wp::load(var_831);
        var_833 = wp::extract(var_834, var_832);
        var_835 = idx_clamp_0(var_830, var_833);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_837 = wp::mul(var_836, var_1);
        var_838 = wp::add(var_837, var_736);
        var_839 = &(var_fine.shape);
        var_842 = wp::load(var_839);
        var_841 = wp::extract(var_842, var_840);
        var_843 = idx_clamp_0(var_838, var_841);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_845 = wp::mul(var_844, var_2);
        var_846 = wp::add(var_845, var_817);
        var_847 = &(var_fine.shape);
        var_850 = wp::load(var_847);
        var_849 = wp::extract(var_850, var_848);
        var_851 = idx_clamp_0(var_846, var_849);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_852 = wp::address(var_fine, var_835, var_843, var_851);
        var_854 = wp::load(var_852);
        var_853 = wp::mul(var_827, var_854);
        var_855 = wp::add(var_815, var_853);
        // wsum += w                                                                              <L 59>
        var_856 = wp::add(var_816, var_827);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_861 = wp::abs(var_735);
        var_862 = wp::abs(var_857);
        var_863 = wp::add(var_861, var_862);
        var_864 = wp::abs(var_858);
        var_865 = wp::add(var_863, var_864);
        var_866 = wp::sub(var_860, var_865);
        var_867 = wp::lshift(var_859, var_866);
        var_868 = wp::float(var_867);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_870 = wp::mul(var_869, var_0);
        var_871 = wp::add(var_870, var_735);
        var_872 = &(var_fine.shape);
        var_875 = wp::load(var_872);
        var_874 = wp::extract(var_875, var_873);
        var_876 = idx_clamp_0(var_871, var_874);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_878 = wp::mul(var_877, var_1);
        var_879 = wp::add(var_878, var_857);
        var_880 = &(var_fine.shape);
        var_883 = wp::load(var_880);
        var_882 = wp::extract(var_883, var_881);
        var_884 = idx_clamp_0(var_879, var_882);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_886 = wp::mul(var_885, var_2);
        var_887 = wp::add(var_886, var_858);
        var_888 = &(var_fine.shape);
        var_891 = wp::load(var_888);
        var_890 = wp::extract(var_891, var_889);
        var_892 = idx_clamp_0(var_887, var_890);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_893 = wp::address(var_fine, var_876, var_884, var_892);
        var_895 = wp::load(var_893);
        var_894 = wp::mul(var_868, var_895);
        var_896 = wp::add(var_855, var_894);
        // wsum += w                                                                              <L 59>
        var_897 = wp::add(var_856, var_868);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_901 = wp::abs(var_735);
        var_902 = wp::abs(var_857);
        var_903 = wp::add(var_901, var_902);
        var_904 = wp::abs(var_898);
        var_905 = wp::add(var_903, var_904);
        var_906 = wp::sub(var_900, var_905);
        var_907 = wp::lshift(var_899, var_906);
        var_908 = wp::float(var_907);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_910 = wp::mul(var_909, var_0);
        var_911 = wp::add(var_910, var_735);
        var_912 = &(var_fine.shape);
        var_915 = wp::load(var_912);
        var_914 = wp::extract(var_915, var_913);
        var_916 = idx_clamp_0(var_911, var_914);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_918 = wp::mul(var_917, var_1);
        var_919 = wp::add(var_918, var_857);
        var_920 = &(var_fine.shape);
        var_923 = wp::load(var_920);
        var_922 = wp::extract(var_923, var_921);
        var_924 = idx_clamp_0(var_919, var_922);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_926 = wp::mul(var_925, var_2);
        var_927 = wp::add(var_926, var_898);
        var_928 = &(var_fine.shape);
        var_931 = wp::load(var_928);
        var_930 = wp::extract(var_931, var_929);
        var_932 = idx_clamp_0(var_927, var_930);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_933 = wp::address(var_fine, var_916, var_924, var_932);
        var_935 = wp::load(var_933);
        var_934 = wp::mul(var_908, var_935);
        var_936 = wp::add(var_896, var_934);
        // wsum += w                                                                              <L 59>
        var_937 = wp::add(var_897, var_908);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_941 = wp::abs(var_735);
        var_942 = wp::abs(var_857);
        var_943 = wp::add(var_941, var_942);
        var_944 = wp::abs(var_938);
        var_945 = wp::add(var_943, var_944);
        var_946 = wp::sub(var_940, var_945);
        var_947 = wp::lshift(var_939, var_946);
        var_948 = wp::float(var_947);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_950 = wp::mul(var_949, var_0);
        var_951 = wp::add(var_950, var_735);
        var_952 = &(var_fine.shape);
        var_955 = wp::load(var_952);
        var_954 = wp::extract(var_955, var_953);
        var_956 = idx_clamp_0(var_951, var_954);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_958 = wp::mul(var_957, var_1);
        var_959 = wp::add(var_958, var_857);
        var_960 = &(var_fine.shape);
        var_963 = wp::load(var_960);
        var_962 = wp::extract(var_963, var_961);
        var_964 = idx_clamp_0(var_959, var_962);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_966 = wp::mul(var_965, var_2);
        var_967 = wp::add(var_966, var_938);
        var_968 = &(var_fine.shape);
        var_971 = wp::load(var_968);
        var_970 = wp::extract(var_971, var_969);
        var_972 = idx_clamp_0(var_967, var_970);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_973 = wp::address(var_fine, var_956, var_964, var_972);
        var_975 = wp::load(var_973);
        var_974 = wp::mul(var_948, var_975);
        var_976 = wp::add(var_936, var_974);
        // wsum += w                                                                              <L 59>
        var_977 = wp::add(var_937, var_948);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_982 = wp::abs(var_735);
        var_983 = wp::abs(var_978);
        var_984 = wp::add(var_982, var_983);
        var_985 = wp::abs(var_979);
        var_986 = wp::add(var_984, var_985);
        var_987 = wp::sub(var_981, var_986);
        var_988 = wp::lshift(var_980, var_987);
        var_989 = wp::float(var_988);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_991 = wp::mul(var_990, var_0);
        var_992 = wp::add(var_991, var_735);
        var_993 = &(var_fine.shape);
        var_996 = wp::load(var_993);
        var_995 = wp::extract(var_996, var_994);
        var_997 = idx_clamp_0(var_992, var_995);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_999 = wp::mul(var_998, var_1);
        var_1000 = wp::add(var_999, var_978);
        var_1001 = &(var_fine.shape);
        var_1004 = wp::load(var_1001);
        var_1003 = wp::extract(var_1004, var_1002);
        var_1005 = idx_clamp_0(var_1000, var_1003);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1007 = wp::mul(var_1006, var_2);
        var_1008 = wp::add(var_1007, var_979);
        var_1009 = &(var_fine.shape);
        var_1012 = wp::load(var_1009);
        var_1011 = wp::extract(var_1012, var_1010);
        var_1013 = idx_clamp_0(var_1008, var_1011);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1014 = wp::address(var_fine, var_997, var_1005, var_1013);
        var_1016 = wp::load(var_1014);
        var_1015 = wp::mul(var_989, var_1016);
        var_1017 = wp::add(var_976, var_1015);
        // wsum += w                                                                              <L 59>
        var_1018 = wp::add(var_977, var_989);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_1022 = wp::abs(var_735);
        var_1023 = wp::abs(var_978);
        var_1024 = wp::add(var_1022, var_1023);
        var_1025 = wp::abs(var_1019);
        var_1026 = wp::add(var_1024, var_1025);
        var_1027 = wp::sub(var_1021, var_1026);
        var_1028 = wp::lshift(var_1020, var_1027);
        var_1029 = wp::float(var_1028);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_1031 = wp::mul(var_1030, var_0);
        var_1032 = wp::add(var_1031, var_735);
        var_1033 = &(var_fine.shape);
        var_1036 = wp::load(var_1033);
        var_1035 = wp::extract(var_1036, var_1034);
        var_1037 = idx_clamp_0(var_1032, var_1035);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_1039 = wp::mul(var_1038, var_1);
        var_1040 = wp::add(var_1039, var_978);
        var_1041 = &(var_fine.shape);
        var_1044 = wp::load(var_1041);
        var_1043 = wp::extract(var_1044, var_1042);
        var_1045 = idx_clamp_0(var_1040, var_1043);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1047 = wp::mul(var_1046, var_2);
        var_1048 = wp::add(var_1047, var_1019);
        var_1049 = &(var_fine.shape);
        var_1052 = wp::load(var_1049);
        var_1051 = wp::extract(var_1052, var_1050);
        var_1053 = idx_clamp_0(var_1048, var_1051);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1054 = wp::address(var_fine, var_1037, var_1045, var_1053);
        var_1056 = wp::load(var_1054);
        var_1055 = wp::mul(var_1029, var_1056);
        var_1057 = wp::add(var_1017, var_1055);
        // wsum += w                                                                              <L 59>
        var_1058 = wp::add(var_1018, var_1029);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_1062 = wp::abs(var_735);
        var_1063 = wp::abs(var_978);
        var_1064 = wp::add(var_1062, var_1063);
        var_1065 = wp::abs(var_1059);
        var_1066 = wp::add(var_1064, var_1065);
        var_1067 = wp::sub(var_1061, var_1066);
        var_1068 = wp::lshift(var_1060, var_1067);
        var_1069 = wp::float(var_1068);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_1071 = wp::mul(var_1070, var_0);
        var_1072 = wp::add(var_1071, var_735);
        var_1073 = &(var_fine.shape);
        var_1076 = wp::load(var_1073);
        var_1075 = wp::extract(var_1076, var_1074);
        var_1077 = idx_clamp_0(var_1072, var_1075);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_1079 = wp::mul(var_1078, var_1);
        var_1080 = wp::add(var_1079, var_978);
        var_1081 = &(var_fine.shape);
        var_1084 = wp::load(var_1081);
        var_1083 = wp::extract(var_1084, var_1082);
        var_1085 = idx_clamp_0(var_1080, var_1083);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1087 = wp::mul(var_1086, var_2);
        var_1088 = wp::add(var_1087, var_1059);
        var_1089 = &(var_fine.shape);
        var_1092 = wp::load(var_1089);
        var_1091 = wp::extract(var_1092, var_1090);
        var_1093 = idx_clamp_0(var_1088, var_1091);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1094 = wp::address(var_fine, var_1077, var_1085, var_1093);
        var_1096 = wp::load(var_1094);
        var_1095 = wp::mul(var_1069, var_1096);
        var_1097 = wp::add(var_1057, var_1095);
        // wsum += w                                                                              <L 59>
        var_1098 = wp::add(var_1058, var_1069);
        // coarse[i, j, k] = acc / wsum                                                           <L 60>
        var_1099 = wp::div(var_1097, var_1098);
        wp::array_store(var_coarse, var_0, var_1, var_2, var_1099);
    }
}



extern "C" __global__ void restrict_full_weight_bbd22170_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_fine,
    wp::array_t<wp::float32> var_coarse,
    wp::array_t<wp::float32> adj_fine,
    wp::array_t<wp::float32> adj_coarse)
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
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = -1;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = -1;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 3;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 2;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::shape_t var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::shape_t* var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::shape_t var_34;
        wp::int32 var_35;
        const wp::int32 var_36 = 2;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::shape_t* var_39;
        const wp::int32 var_40 = 2;
        wp::int32 var_41;
        wp::shape_t var_42;
        wp::int32 var_43;
        wp::float32* var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 0;
        const wp::int32 var_50 = 1;
        const wp::int32 var_51 = 3;
        wp::int32 var_52;
        wp::int32 var_53;
        wp::int32 var_54;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::int32 var_57;
        wp::int32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        wp::int32 var_61;
        wp::int32 var_62;
        wp::shape_t* var_63;
        const wp::int32 var_64 = 0;
        wp::int32 var_65;
        wp::shape_t var_66;
        wp::int32 var_67;
        const wp::int32 var_68 = 2;
        wp::int32 var_69;
        wp::int32 var_70;
        wp::shape_t* var_71;
        const wp::int32 var_72 = 1;
        wp::int32 var_73;
        wp::shape_t var_74;
        wp::int32 var_75;
        const wp::int32 var_76 = 2;
        wp::int32 var_77;
        wp::int32 var_78;
        wp::shape_t* var_79;
        const wp::int32 var_80 = 2;
        wp::int32 var_81;
        wp::shape_t var_82;
        wp::int32 var_83;
        wp::float32* var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        const wp::int32 var_89 = 1;
        const wp::int32 var_90 = 1;
        const wp::int32 var_91 = 3;
        wp::int32 var_92;
        wp::int32 var_93;
        wp::int32 var_94;
        wp::int32 var_95;
        wp::int32 var_96;
        wp::int32 var_97;
        wp::int32 var_98;
        wp::float32 var_99;
        const wp::int32 var_100 = 2;
        wp::int32 var_101;
        wp::int32 var_102;
        wp::shape_t* var_103;
        const wp::int32 var_104 = 0;
        wp::int32 var_105;
        wp::shape_t var_106;
        wp::int32 var_107;
        const wp::int32 var_108 = 2;
        wp::int32 var_109;
        wp::int32 var_110;
        wp::shape_t* var_111;
        const wp::int32 var_112 = 1;
        wp::int32 var_113;
        wp::shape_t var_114;
        wp::int32 var_115;
        const wp::int32 var_116 = 2;
        wp::int32 var_117;
        wp::int32 var_118;
        wp::shape_t* var_119;
        const wp::int32 var_120 = 2;
        wp::int32 var_121;
        wp::shape_t var_122;
        wp::int32 var_123;
        wp::float32* var_124;
        wp::float32 var_125;
        wp::float32 var_126;
        wp::float32 var_127;
        wp::float32 var_128;
        const wp::int32 var_129 = 0;
        const wp::int32 var_130 = -1;
        const wp::int32 var_131 = 1;
        const wp::int32 var_132 = 3;
        wp::int32 var_133;
        wp::int32 var_134;
        wp::int32 var_135;
        wp::int32 var_136;
        wp::int32 var_137;
        wp::int32 var_138;
        wp::int32 var_139;
        wp::float32 var_140;
        const wp::int32 var_141 = 2;
        wp::int32 var_142;
        wp::int32 var_143;
        wp::shape_t* var_144;
        const wp::int32 var_145 = 0;
        wp::int32 var_146;
        wp::shape_t var_147;
        wp::int32 var_148;
        const wp::int32 var_149 = 2;
        wp::int32 var_150;
        wp::int32 var_151;
        wp::shape_t* var_152;
        const wp::int32 var_153 = 1;
        wp::int32 var_154;
        wp::shape_t var_155;
        wp::int32 var_156;
        const wp::int32 var_157 = 2;
        wp::int32 var_158;
        wp::int32 var_159;
        wp::shape_t* var_160;
        const wp::int32 var_161 = 2;
        wp::int32 var_162;
        wp::shape_t var_163;
        wp::int32 var_164;
        wp::float32* var_165;
        wp::float32 var_166;
        wp::float32 var_167;
        wp::float32 var_168;
        wp::float32 var_169;
        const wp::int32 var_170 = 0;
        const wp::int32 var_171 = 1;
        const wp::int32 var_172 = 3;
        wp::int32 var_173;
        wp::int32 var_174;
        wp::int32 var_175;
        wp::int32 var_176;
        wp::int32 var_177;
        wp::int32 var_178;
        wp::int32 var_179;
        wp::float32 var_180;
        const wp::int32 var_181 = 2;
        wp::int32 var_182;
        wp::int32 var_183;
        wp::shape_t* var_184;
        const wp::int32 var_185 = 0;
        wp::int32 var_186;
        wp::shape_t var_187;
        wp::int32 var_188;
        const wp::int32 var_189 = 2;
        wp::int32 var_190;
        wp::int32 var_191;
        wp::shape_t* var_192;
        const wp::int32 var_193 = 1;
        wp::int32 var_194;
        wp::shape_t var_195;
        wp::int32 var_196;
        const wp::int32 var_197 = 2;
        wp::int32 var_198;
        wp::int32 var_199;
        wp::shape_t* var_200;
        const wp::int32 var_201 = 2;
        wp::int32 var_202;
        wp::shape_t var_203;
        wp::int32 var_204;
        wp::float32* var_205;
        wp::float32 var_206;
        wp::float32 var_207;
        wp::float32 var_208;
        wp::float32 var_209;
        const wp::int32 var_210 = 1;
        const wp::int32 var_211 = 1;
        const wp::int32 var_212 = 3;
        wp::int32 var_213;
        wp::int32 var_214;
        wp::int32 var_215;
        wp::int32 var_216;
        wp::int32 var_217;
        wp::int32 var_218;
        wp::int32 var_219;
        wp::float32 var_220;
        const wp::int32 var_221 = 2;
        wp::int32 var_222;
        wp::int32 var_223;
        wp::shape_t* var_224;
        const wp::int32 var_225 = 0;
        wp::int32 var_226;
        wp::shape_t var_227;
        wp::int32 var_228;
        const wp::int32 var_229 = 2;
        wp::int32 var_230;
        wp::int32 var_231;
        wp::shape_t* var_232;
        const wp::int32 var_233 = 1;
        wp::int32 var_234;
        wp::shape_t var_235;
        wp::int32 var_236;
        const wp::int32 var_237 = 2;
        wp::int32 var_238;
        wp::int32 var_239;
        wp::shape_t* var_240;
        const wp::int32 var_241 = 2;
        wp::int32 var_242;
        wp::shape_t var_243;
        wp::int32 var_244;
        wp::float32* var_245;
        wp::float32 var_246;
        wp::float32 var_247;
        wp::float32 var_248;
        wp::float32 var_249;
        const wp::int32 var_250 = 1;
        const wp::int32 var_251 = -1;
        const wp::int32 var_252 = 1;
        const wp::int32 var_253 = 3;
        wp::int32 var_254;
        wp::int32 var_255;
        wp::int32 var_256;
        wp::int32 var_257;
        wp::int32 var_258;
        wp::int32 var_259;
        wp::int32 var_260;
        wp::float32 var_261;
        const wp::int32 var_262 = 2;
        wp::int32 var_263;
        wp::int32 var_264;
        wp::shape_t* var_265;
        const wp::int32 var_266 = 0;
        wp::int32 var_267;
        wp::shape_t var_268;
        wp::int32 var_269;
        const wp::int32 var_270 = 2;
        wp::int32 var_271;
        wp::int32 var_272;
        wp::shape_t* var_273;
        const wp::int32 var_274 = 1;
        wp::int32 var_275;
        wp::shape_t var_276;
        wp::int32 var_277;
        const wp::int32 var_278 = 2;
        wp::int32 var_279;
        wp::int32 var_280;
        wp::shape_t* var_281;
        const wp::int32 var_282 = 2;
        wp::int32 var_283;
        wp::shape_t var_284;
        wp::int32 var_285;
        wp::float32* var_286;
        wp::float32 var_287;
        wp::float32 var_288;
        wp::float32 var_289;
        wp::float32 var_290;
        const wp::int32 var_291 = 0;
        const wp::int32 var_292 = 1;
        const wp::int32 var_293 = 3;
        wp::int32 var_294;
        wp::int32 var_295;
        wp::int32 var_296;
        wp::int32 var_297;
        wp::int32 var_298;
        wp::int32 var_299;
        wp::int32 var_300;
        wp::float32 var_301;
        const wp::int32 var_302 = 2;
        wp::int32 var_303;
        wp::int32 var_304;
        wp::shape_t* var_305;
        const wp::int32 var_306 = 0;
        wp::int32 var_307;
        wp::shape_t var_308;
        wp::int32 var_309;
        const wp::int32 var_310 = 2;
        wp::int32 var_311;
        wp::int32 var_312;
        wp::shape_t* var_313;
        const wp::int32 var_314 = 1;
        wp::int32 var_315;
        wp::shape_t var_316;
        wp::int32 var_317;
        const wp::int32 var_318 = 2;
        wp::int32 var_319;
        wp::int32 var_320;
        wp::shape_t* var_321;
        const wp::int32 var_322 = 2;
        wp::int32 var_323;
        wp::shape_t var_324;
        wp::int32 var_325;
        wp::float32* var_326;
        wp::float32 var_327;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32 var_330;
        const wp::int32 var_331 = 1;
        const wp::int32 var_332 = 1;
        const wp::int32 var_333 = 3;
        wp::int32 var_334;
        wp::int32 var_335;
        wp::int32 var_336;
        wp::int32 var_337;
        wp::int32 var_338;
        wp::int32 var_339;
        wp::int32 var_340;
        wp::float32 var_341;
        const wp::int32 var_342 = 2;
        wp::int32 var_343;
        wp::int32 var_344;
        wp::shape_t* var_345;
        const wp::int32 var_346 = 0;
        wp::int32 var_347;
        wp::shape_t var_348;
        wp::int32 var_349;
        const wp::int32 var_350 = 2;
        wp::int32 var_351;
        wp::int32 var_352;
        wp::shape_t* var_353;
        const wp::int32 var_354 = 1;
        wp::int32 var_355;
        wp::shape_t var_356;
        wp::int32 var_357;
        const wp::int32 var_358 = 2;
        wp::int32 var_359;
        wp::int32 var_360;
        wp::shape_t* var_361;
        const wp::int32 var_362 = 2;
        wp::int32 var_363;
        wp::shape_t var_364;
        wp::int32 var_365;
        wp::float32* var_366;
        wp::float32 var_367;
        wp::float32 var_368;
        wp::float32 var_369;
        wp::float32 var_370;
        const wp::int32 var_371 = 0;
        const wp::int32 var_372 = -1;
        const wp::int32 var_373 = -1;
        const wp::int32 var_374 = 1;
        const wp::int32 var_375 = 3;
        wp::int32 var_376;
        wp::int32 var_377;
        wp::int32 var_378;
        wp::int32 var_379;
        wp::int32 var_380;
        wp::int32 var_381;
        wp::int32 var_382;
        wp::float32 var_383;
        const wp::int32 var_384 = 2;
        wp::int32 var_385;
        wp::int32 var_386;
        wp::shape_t* var_387;
        const wp::int32 var_388 = 0;
        wp::int32 var_389;
        wp::shape_t var_390;
        wp::int32 var_391;
        const wp::int32 var_392 = 2;
        wp::int32 var_393;
        wp::int32 var_394;
        wp::shape_t* var_395;
        const wp::int32 var_396 = 1;
        wp::int32 var_397;
        wp::shape_t var_398;
        wp::int32 var_399;
        const wp::int32 var_400 = 2;
        wp::int32 var_401;
        wp::int32 var_402;
        wp::shape_t* var_403;
        const wp::int32 var_404 = 2;
        wp::int32 var_405;
        wp::shape_t var_406;
        wp::int32 var_407;
        wp::float32* var_408;
        wp::float32 var_409;
        wp::float32 var_410;
        wp::float32 var_411;
        wp::float32 var_412;
        const wp::int32 var_413 = 0;
        const wp::int32 var_414 = 1;
        const wp::int32 var_415 = 3;
        wp::int32 var_416;
        wp::int32 var_417;
        wp::int32 var_418;
        wp::int32 var_419;
        wp::int32 var_420;
        wp::int32 var_421;
        wp::int32 var_422;
        wp::float32 var_423;
        const wp::int32 var_424 = 2;
        wp::int32 var_425;
        wp::int32 var_426;
        wp::shape_t* var_427;
        const wp::int32 var_428 = 0;
        wp::int32 var_429;
        wp::shape_t var_430;
        wp::int32 var_431;
        const wp::int32 var_432 = 2;
        wp::int32 var_433;
        wp::int32 var_434;
        wp::shape_t* var_435;
        const wp::int32 var_436 = 1;
        wp::int32 var_437;
        wp::shape_t var_438;
        wp::int32 var_439;
        const wp::int32 var_440 = 2;
        wp::int32 var_441;
        wp::int32 var_442;
        wp::shape_t* var_443;
        const wp::int32 var_444 = 2;
        wp::int32 var_445;
        wp::shape_t var_446;
        wp::int32 var_447;
        wp::float32* var_448;
        wp::float32 var_449;
        wp::float32 var_450;
        wp::float32 var_451;
        wp::float32 var_452;
        const wp::int32 var_453 = 1;
        const wp::int32 var_454 = 1;
        const wp::int32 var_455 = 3;
        wp::int32 var_456;
        wp::int32 var_457;
        wp::int32 var_458;
        wp::int32 var_459;
        wp::int32 var_460;
        wp::int32 var_461;
        wp::int32 var_462;
        wp::float32 var_463;
        const wp::int32 var_464 = 2;
        wp::int32 var_465;
        wp::int32 var_466;
        wp::shape_t* var_467;
        const wp::int32 var_468 = 0;
        wp::int32 var_469;
        wp::shape_t var_470;
        wp::int32 var_471;
        const wp::int32 var_472 = 2;
        wp::int32 var_473;
        wp::int32 var_474;
        wp::shape_t* var_475;
        const wp::int32 var_476 = 1;
        wp::int32 var_477;
        wp::shape_t var_478;
        wp::int32 var_479;
        const wp::int32 var_480 = 2;
        wp::int32 var_481;
        wp::int32 var_482;
        wp::shape_t* var_483;
        const wp::int32 var_484 = 2;
        wp::int32 var_485;
        wp::shape_t var_486;
        wp::int32 var_487;
        wp::float32* var_488;
        wp::float32 var_489;
        wp::float32 var_490;
        wp::float32 var_491;
        wp::float32 var_492;
        const wp::int32 var_493 = 0;
        const wp::int32 var_494 = -1;
        const wp::int32 var_495 = 1;
        const wp::int32 var_496 = 3;
        wp::int32 var_497;
        wp::int32 var_498;
        wp::int32 var_499;
        wp::int32 var_500;
        wp::int32 var_501;
        wp::int32 var_502;
        wp::int32 var_503;
        wp::float32 var_504;
        const wp::int32 var_505 = 2;
        wp::int32 var_506;
        wp::int32 var_507;
        wp::shape_t* var_508;
        const wp::int32 var_509 = 0;
        wp::int32 var_510;
        wp::shape_t var_511;
        wp::int32 var_512;
        const wp::int32 var_513 = 2;
        wp::int32 var_514;
        wp::int32 var_515;
        wp::shape_t* var_516;
        const wp::int32 var_517 = 1;
        wp::int32 var_518;
        wp::shape_t var_519;
        wp::int32 var_520;
        const wp::int32 var_521 = 2;
        wp::int32 var_522;
        wp::int32 var_523;
        wp::shape_t* var_524;
        const wp::int32 var_525 = 2;
        wp::int32 var_526;
        wp::shape_t var_527;
        wp::int32 var_528;
        wp::float32* var_529;
        wp::float32 var_530;
        wp::float32 var_531;
        wp::float32 var_532;
        wp::float32 var_533;
        const wp::int32 var_534 = 0;
        const wp::int32 var_535 = 1;
        const wp::int32 var_536 = 3;
        wp::int32 var_537;
        wp::int32 var_538;
        wp::int32 var_539;
        wp::int32 var_540;
        wp::int32 var_541;
        wp::int32 var_542;
        wp::int32 var_543;
        wp::float32 var_544;
        const wp::int32 var_545 = 2;
        wp::int32 var_546;
        wp::int32 var_547;
        wp::shape_t* var_548;
        const wp::int32 var_549 = 0;
        wp::int32 var_550;
        wp::shape_t var_551;
        wp::int32 var_552;
        const wp::int32 var_553 = 2;
        wp::int32 var_554;
        wp::int32 var_555;
        wp::shape_t* var_556;
        const wp::int32 var_557 = 1;
        wp::int32 var_558;
        wp::shape_t var_559;
        wp::int32 var_560;
        const wp::int32 var_561 = 2;
        wp::int32 var_562;
        wp::int32 var_563;
        wp::shape_t* var_564;
        const wp::int32 var_565 = 2;
        wp::int32 var_566;
        wp::shape_t var_567;
        wp::int32 var_568;
        wp::float32* var_569;
        wp::float32 var_570;
        wp::float32 var_571;
        wp::float32 var_572;
        wp::float32 var_573;
        const wp::int32 var_574 = 1;
        const wp::int32 var_575 = 1;
        const wp::int32 var_576 = 3;
        wp::int32 var_577;
        wp::int32 var_578;
        wp::int32 var_579;
        wp::int32 var_580;
        wp::int32 var_581;
        wp::int32 var_582;
        wp::int32 var_583;
        wp::float32 var_584;
        const wp::int32 var_585 = 2;
        wp::int32 var_586;
        wp::int32 var_587;
        wp::shape_t* var_588;
        const wp::int32 var_589 = 0;
        wp::int32 var_590;
        wp::shape_t var_591;
        wp::int32 var_592;
        const wp::int32 var_593 = 2;
        wp::int32 var_594;
        wp::int32 var_595;
        wp::shape_t* var_596;
        const wp::int32 var_597 = 1;
        wp::int32 var_598;
        wp::shape_t var_599;
        wp::int32 var_600;
        const wp::int32 var_601 = 2;
        wp::int32 var_602;
        wp::int32 var_603;
        wp::shape_t* var_604;
        const wp::int32 var_605 = 2;
        wp::int32 var_606;
        wp::shape_t var_607;
        wp::int32 var_608;
        wp::float32* var_609;
        wp::float32 var_610;
        wp::float32 var_611;
        wp::float32 var_612;
        wp::float32 var_613;
        const wp::int32 var_614 = 1;
        const wp::int32 var_615 = -1;
        const wp::int32 var_616 = 1;
        const wp::int32 var_617 = 3;
        wp::int32 var_618;
        wp::int32 var_619;
        wp::int32 var_620;
        wp::int32 var_621;
        wp::int32 var_622;
        wp::int32 var_623;
        wp::int32 var_624;
        wp::float32 var_625;
        const wp::int32 var_626 = 2;
        wp::int32 var_627;
        wp::int32 var_628;
        wp::shape_t* var_629;
        const wp::int32 var_630 = 0;
        wp::int32 var_631;
        wp::shape_t var_632;
        wp::int32 var_633;
        const wp::int32 var_634 = 2;
        wp::int32 var_635;
        wp::int32 var_636;
        wp::shape_t* var_637;
        const wp::int32 var_638 = 1;
        wp::int32 var_639;
        wp::shape_t var_640;
        wp::int32 var_641;
        const wp::int32 var_642 = 2;
        wp::int32 var_643;
        wp::int32 var_644;
        wp::shape_t* var_645;
        const wp::int32 var_646 = 2;
        wp::int32 var_647;
        wp::shape_t var_648;
        wp::int32 var_649;
        wp::float32* var_650;
        wp::float32 var_651;
        wp::float32 var_652;
        wp::float32 var_653;
        wp::float32 var_654;
        const wp::int32 var_655 = 0;
        const wp::int32 var_656 = 1;
        const wp::int32 var_657 = 3;
        wp::int32 var_658;
        wp::int32 var_659;
        wp::int32 var_660;
        wp::int32 var_661;
        wp::int32 var_662;
        wp::int32 var_663;
        wp::int32 var_664;
        wp::float32 var_665;
        const wp::int32 var_666 = 2;
        wp::int32 var_667;
        wp::int32 var_668;
        wp::shape_t* var_669;
        const wp::int32 var_670 = 0;
        wp::int32 var_671;
        wp::shape_t var_672;
        wp::int32 var_673;
        const wp::int32 var_674 = 2;
        wp::int32 var_675;
        wp::int32 var_676;
        wp::shape_t* var_677;
        const wp::int32 var_678 = 1;
        wp::int32 var_679;
        wp::shape_t var_680;
        wp::int32 var_681;
        const wp::int32 var_682 = 2;
        wp::int32 var_683;
        wp::int32 var_684;
        wp::shape_t* var_685;
        const wp::int32 var_686 = 2;
        wp::int32 var_687;
        wp::shape_t var_688;
        wp::int32 var_689;
        wp::float32* var_690;
        wp::float32 var_691;
        wp::float32 var_692;
        wp::float32 var_693;
        wp::float32 var_694;
        const wp::int32 var_695 = 1;
        const wp::int32 var_696 = 1;
        const wp::int32 var_697 = 3;
        wp::int32 var_698;
        wp::int32 var_699;
        wp::int32 var_700;
        wp::int32 var_701;
        wp::int32 var_702;
        wp::int32 var_703;
        wp::int32 var_704;
        wp::float32 var_705;
        const wp::int32 var_706 = 2;
        wp::int32 var_707;
        wp::int32 var_708;
        wp::shape_t* var_709;
        const wp::int32 var_710 = 0;
        wp::int32 var_711;
        wp::shape_t var_712;
        wp::int32 var_713;
        const wp::int32 var_714 = 2;
        wp::int32 var_715;
        wp::int32 var_716;
        wp::shape_t* var_717;
        const wp::int32 var_718 = 1;
        wp::int32 var_719;
        wp::shape_t var_720;
        wp::int32 var_721;
        const wp::int32 var_722 = 2;
        wp::int32 var_723;
        wp::int32 var_724;
        wp::shape_t* var_725;
        const wp::int32 var_726 = 2;
        wp::int32 var_727;
        wp::shape_t var_728;
        wp::int32 var_729;
        wp::float32* var_730;
        wp::float32 var_731;
        wp::float32 var_732;
        wp::float32 var_733;
        wp::float32 var_734;
        const wp::int32 var_735 = 1;
        const wp::int32 var_736 = -1;
        const wp::int32 var_737 = -1;
        const wp::int32 var_738 = 1;
        const wp::int32 var_739 = 3;
        wp::int32 var_740;
        wp::int32 var_741;
        wp::int32 var_742;
        wp::int32 var_743;
        wp::int32 var_744;
        wp::int32 var_745;
        wp::int32 var_746;
        wp::float32 var_747;
        const wp::int32 var_748 = 2;
        wp::int32 var_749;
        wp::int32 var_750;
        wp::shape_t* var_751;
        const wp::int32 var_752 = 0;
        wp::int32 var_753;
        wp::shape_t var_754;
        wp::int32 var_755;
        const wp::int32 var_756 = 2;
        wp::int32 var_757;
        wp::int32 var_758;
        wp::shape_t* var_759;
        const wp::int32 var_760 = 1;
        wp::int32 var_761;
        wp::shape_t var_762;
        wp::int32 var_763;
        const wp::int32 var_764 = 2;
        wp::int32 var_765;
        wp::int32 var_766;
        wp::shape_t* var_767;
        const wp::int32 var_768 = 2;
        wp::int32 var_769;
        wp::shape_t var_770;
        wp::int32 var_771;
        wp::float32* var_772;
        wp::float32 var_773;
        wp::float32 var_774;
        wp::float32 var_775;
        wp::float32 var_776;
        const wp::int32 var_777 = 0;
        const wp::int32 var_778 = 1;
        const wp::int32 var_779 = 3;
        wp::int32 var_780;
        wp::int32 var_781;
        wp::int32 var_782;
        wp::int32 var_783;
        wp::int32 var_784;
        wp::int32 var_785;
        wp::int32 var_786;
        wp::float32 var_787;
        const wp::int32 var_788 = 2;
        wp::int32 var_789;
        wp::int32 var_790;
        wp::shape_t* var_791;
        const wp::int32 var_792 = 0;
        wp::int32 var_793;
        wp::shape_t var_794;
        wp::int32 var_795;
        const wp::int32 var_796 = 2;
        wp::int32 var_797;
        wp::int32 var_798;
        wp::shape_t* var_799;
        const wp::int32 var_800 = 1;
        wp::int32 var_801;
        wp::shape_t var_802;
        wp::int32 var_803;
        const wp::int32 var_804 = 2;
        wp::int32 var_805;
        wp::int32 var_806;
        wp::shape_t* var_807;
        const wp::int32 var_808 = 2;
        wp::int32 var_809;
        wp::shape_t var_810;
        wp::int32 var_811;
        wp::float32* var_812;
        wp::float32 var_813;
        wp::float32 var_814;
        wp::float32 var_815;
        wp::float32 var_816;
        const wp::int32 var_817 = 1;
        const wp::int32 var_818 = 1;
        const wp::int32 var_819 = 3;
        wp::int32 var_820;
        wp::int32 var_821;
        wp::int32 var_822;
        wp::int32 var_823;
        wp::int32 var_824;
        wp::int32 var_825;
        wp::int32 var_826;
        wp::float32 var_827;
        const wp::int32 var_828 = 2;
        wp::int32 var_829;
        wp::int32 var_830;
        wp::shape_t* var_831;
        const wp::int32 var_832 = 0;
        wp::int32 var_833;
        wp::shape_t var_834;
        wp::int32 var_835;
        const wp::int32 var_836 = 2;
        wp::int32 var_837;
        wp::int32 var_838;
        wp::shape_t* var_839;
        const wp::int32 var_840 = 1;
        wp::int32 var_841;
        wp::shape_t var_842;
        wp::int32 var_843;
        const wp::int32 var_844 = 2;
        wp::int32 var_845;
        wp::int32 var_846;
        wp::shape_t* var_847;
        const wp::int32 var_848 = 2;
        wp::int32 var_849;
        wp::shape_t var_850;
        wp::int32 var_851;
        wp::float32* var_852;
        wp::float32 var_853;
        wp::float32 var_854;
        wp::float32 var_855;
        wp::float32 var_856;
        const wp::int32 var_857 = 0;
        const wp::int32 var_858 = -1;
        const wp::int32 var_859 = 1;
        const wp::int32 var_860 = 3;
        wp::int32 var_861;
        wp::int32 var_862;
        wp::int32 var_863;
        wp::int32 var_864;
        wp::int32 var_865;
        wp::int32 var_866;
        wp::int32 var_867;
        wp::float32 var_868;
        const wp::int32 var_869 = 2;
        wp::int32 var_870;
        wp::int32 var_871;
        wp::shape_t* var_872;
        const wp::int32 var_873 = 0;
        wp::int32 var_874;
        wp::shape_t var_875;
        wp::int32 var_876;
        const wp::int32 var_877 = 2;
        wp::int32 var_878;
        wp::int32 var_879;
        wp::shape_t* var_880;
        const wp::int32 var_881 = 1;
        wp::int32 var_882;
        wp::shape_t var_883;
        wp::int32 var_884;
        const wp::int32 var_885 = 2;
        wp::int32 var_886;
        wp::int32 var_887;
        wp::shape_t* var_888;
        const wp::int32 var_889 = 2;
        wp::int32 var_890;
        wp::shape_t var_891;
        wp::int32 var_892;
        wp::float32* var_893;
        wp::float32 var_894;
        wp::float32 var_895;
        wp::float32 var_896;
        wp::float32 var_897;
        const wp::int32 var_898 = 0;
        const wp::int32 var_899 = 1;
        const wp::int32 var_900 = 3;
        wp::int32 var_901;
        wp::int32 var_902;
        wp::int32 var_903;
        wp::int32 var_904;
        wp::int32 var_905;
        wp::int32 var_906;
        wp::int32 var_907;
        wp::float32 var_908;
        const wp::int32 var_909 = 2;
        wp::int32 var_910;
        wp::int32 var_911;
        wp::shape_t* var_912;
        const wp::int32 var_913 = 0;
        wp::int32 var_914;
        wp::shape_t var_915;
        wp::int32 var_916;
        const wp::int32 var_917 = 2;
        wp::int32 var_918;
        wp::int32 var_919;
        wp::shape_t* var_920;
        const wp::int32 var_921 = 1;
        wp::int32 var_922;
        wp::shape_t var_923;
        wp::int32 var_924;
        const wp::int32 var_925 = 2;
        wp::int32 var_926;
        wp::int32 var_927;
        wp::shape_t* var_928;
        const wp::int32 var_929 = 2;
        wp::int32 var_930;
        wp::shape_t var_931;
        wp::int32 var_932;
        wp::float32* var_933;
        wp::float32 var_934;
        wp::float32 var_935;
        wp::float32 var_936;
        wp::float32 var_937;
        const wp::int32 var_938 = 1;
        const wp::int32 var_939 = 1;
        const wp::int32 var_940 = 3;
        wp::int32 var_941;
        wp::int32 var_942;
        wp::int32 var_943;
        wp::int32 var_944;
        wp::int32 var_945;
        wp::int32 var_946;
        wp::int32 var_947;
        wp::float32 var_948;
        const wp::int32 var_949 = 2;
        wp::int32 var_950;
        wp::int32 var_951;
        wp::shape_t* var_952;
        const wp::int32 var_953 = 0;
        wp::int32 var_954;
        wp::shape_t var_955;
        wp::int32 var_956;
        const wp::int32 var_957 = 2;
        wp::int32 var_958;
        wp::int32 var_959;
        wp::shape_t* var_960;
        const wp::int32 var_961 = 1;
        wp::int32 var_962;
        wp::shape_t var_963;
        wp::int32 var_964;
        const wp::int32 var_965 = 2;
        wp::int32 var_966;
        wp::int32 var_967;
        wp::shape_t* var_968;
        const wp::int32 var_969 = 2;
        wp::int32 var_970;
        wp::shape_t var_971;
        wp::int32 var_972;
        wp::float32* var_973;
        wp::float32 var_974;
        wp::float32 var_975;
        wp::float32 var_976;
        wp::float32 var_977;
        const wp::int32 var_978 = 1;
        const wp::int32 var_979 = -1;
        const wp::int32 var_980 = 1;
        const wp::int32 var_981 = 3;
        wp::int32 var_982;
        wp::int32 var_983;
        wp::int32 var_984;
        wp::int32 var_985;
        wp::int32 var_986;
        wp::int32 var_987;
        wp::int32 var_988;
        wp::float32 var_989;
        const wp::int32 var_990 = 2;
        wp::int32 var_991;
        wp::int32 var_992;
        wp::shape_t* var_993;
        const wp::int32 var_994 = 0;
        wp::int32 var_995;
        wp::shape_t var_996;
        wp::int32 var_997;
        const wp::int32 var_998 = 2;
        wp::int32 var_999;
        wp::int32 var_1000;
        wp::shape_t* var_1001;
        const wp::int32 var_1002 = 1;
        wp::int32 var_1003;
        wp::shape_t var_1004;
        wp::int32 var_1005;
        const wp::int32 var_1006 = 2;
        wp::int32 var_1007;
        wp::int32 var_1008;
        wp::shape_t* var_1009;
        const wp::int32 var_1010 = 2;
        wp::int32 var_1011;
        wp::shape_t var_1012;
        wp::int32 var_1013;
        wp::float32* var_1014;
        wp::float32 var_1015;
        wp::float32 var_1016;
        wp::float32 var_1017;
        wp::float32 var_1018;
        const wp::int32 var_1019 = 0;
        const wp::int32 var_1020 = 1;
        const wp::int32 var_1021 = 3;
        wp::int32 var_1022;
        wp::int32 var_1023;
        wp::int32 var_1024;
        wp::int32 var_1025;
        wp::int32 var_1026;
        wp::int32 var_1027;
        wp::int32 var_1028;
        wp::float32 var_1029;
        const wp::int32 var_1030 = 2;
        wp::int32 var_1031;
        wp::int32 var_1032;
        wp::shape_t* var_1033;
        const wp::int32 var_1034 = 0;
        wp::int32 var_1035;
        wp::shape_t var_1036;
        wp::int32 var_1037;
        const wp::int32 var_1038 = 2;
        wp::int32 var_1039;
        wp::int32 var_1040;
        wp::shape_t* var_1041;
        const wp::int32 var_1042 = 1;
        wp::int32 var_1043;
        wp::shape_t var_1044;
        wp::int32 var_1045;
        const wp::int32 var_1046 = 2;
        wp::int32 var_1047;
        wp::int32 var_1048;
        wp::shape_t* var_1049;
        const wp::int32 var_1050 = 2;
        wp::int32 var_1051;
        wp::shape_t var_1052;
        wp::int32 var_1053;
        wp::float32* var_1054;
        wp::float32 var_1055;
        wp::float32 var_1056;
        wp::float32 var_1057;
        wp::float32 var_1058;
        const wp::int32 var_1059 = 1;
        const wp::int32 var_1060 = 1;
        const wp::int32 var_1061 = 3;
        wp::int32 var_1062;
        wp::int32 var_1063;
        wp::int32 var_1064;
        wp::int32 var_1065;
        wp::int32 var_1066;
        wp::int32 var_1067;
        wp::int32 var_1068;
        wp::float32 var_1069;
        const wp::int32 var_1070 = 2;
        wp::int32 var_1071;
        wp::int32 var_1072;
        wp::shape_t* var_1073;
        const wp::int32 var_1074 = 0;
        wp::int32 var_1075;
        wp::shape_t var_1076;
        wp::int32 var_1077;
        const wp::int32 var_1078 = 2;
        wp::int32 var_1079;
        wp::int32 var_1080;
        wp::shape_t* var_1081;
        const wp::int32 var_1082 = 1;
        wp::int32 var_1083;
        wp::shape_t var_1084;
        wp::int32 var_1085;
        const wp::int32 var_1086 = 2;
        wp::int32 var_1087;
        wp::int32 var_1088;
        wp::shape_t* var_1089;
        const wp::int32 var_1090 = 2;
        wp::int32 var_1091;
        wp::shape_t var_1092;
        wp::int32 var_1093;
        wp::float32* var_1094;
        wp::float32 var_1095;
        wp::float32 var_1096;
        wp::float32 var_1097;
        wp::float32 var_1098;
        wp::float32 var_1099;
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
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::shape_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::shape_t adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::shape_t adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::shape_t adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::shape_t adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::shape_t adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::shape_t adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::shape_t adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::shape_t adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::shape_t adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::shape_t adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::shape_t adj_82 = {};
        wp::int32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::shape_t adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::shape_t adj_106 = {};
        wp::int32 adj_107 = {};
        wp::int32 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::shape_t adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::shape_t adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::int32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::shape_t adj_119 = {};
        wp::int32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::shape_t adj_122 = {};
        wp::int32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::float32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::int32 adj_129 = {};
        wp::int32 adj_130 = {};
        wp::int32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::int32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::int32 adj_137 = {};
        wp::int32 adj_138 = {};
        wp::int32 adj_139 = {};
        wp::float32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::shape_t adj_144 = {};
        wp::int32 adj_145 = {};
        wp::int32 adj_146 = {};
        wp::shape_t adj_147 = {};
        wp::int32 adj_148 = {};
        wp::int32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::shape_t adj_152 = {};
        wp::int32 adj_153 = {};
        wp::int32 adj_154 = {};
        wp::shape_t adj_155 = {};
        wp::int32 adj_156 = {};
        wp::int32 adj_157 = {};
        wp::int32 adj_158 = {};
        wp::int32 adj_159 = {};
        wp::shape_t adj_160 = {};
        wp::int32 adj_161 = {};
        wp::int32 adj_162 = {};
        wp::shape_t adj_163 = {};
        wp::int32 adj_164 = {};
        wp::float32 adj_165 = {};
        wp::float32 adj_166 = {};
        wp::float32 adj_167 = {};
        wp::float32 adj_168 = {};
        wp::float32 adj_169 = {};
        wp::int32 adj_170 = {};
        wp::int32 adj_171 = {};
        wp::int32 adj_172 = {};
        wp::int32 adj_173 = {};
        wp::int32 adj_174 = {};
        wp::int32 adj_175 = {};
        wp::int32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::int32 adj_178 = {};
        wp::int32 adj_179 = {};
        wp::float32 adj_180 = {};
        wp::int32 adj_181 = {};
        wp::int32 adj_182 = {};
        wp::int32 adj_183 = {};
        wp::shape_t adj_184 = {};
        wp::int32 adj_185 = {};
        wp::int32 adj_186 = {};
        wp::shape_t adj_187 = {};
        wp::int32 adj_188 = {};
        wp::int32 adj_189 = {};
        wp::int32 adj_190 = {};
        wp::int32 adj_191 = {};
        wp::shape_t adj_192 = {};
        wp::int32 adj_193 = {};
        wp::int32 adj_194 = {};
        wp::shape_t adj_195 = {};
        wp::int32 adj_196 = {};
        wp::int32 adj_197 = {};
        wp::int32 adj_198 = {};
        wp::int32 adj_199 = {};
        wp::shape_t adj_200 = {};
        wp::int32 adj_201 = {};
        wp::int32 adj_202 = {};
        wp::shape_t adj_203 = {};
        wp::int32 adj_204 = {};
        wp::float32 adj_205 = {};
        wp::float32 adj_206 = {};
        wp::float32 adj_207 = {};
        wp::float32 adj_208 = {};
        wp::float32 adj_209 = {};
        wp::int32 adj_210 = {};
        wp::int32 adj_211 = {};
        wp::int32 adj_212 = {};
        wp::int32 adj_213 = {};
        wp::int32 adj_214 = {};
        wp::int32 adj_215 = {};
        wp::int32 adj_216 = {};
        wp::int32 adj_217 = {};
        wp::int32 adj_218 = {};
        wp::int32 adj_219 = {};
        wp::float32 adj_220 = {};
        wp::int32 adj_221 = {};
        wp::int32 adj_222 = {};
        wp::int32 adj_223 = {};
        wp::shape_t adj_224 = {};
        wp::int32 adj_225 = {};
        wp::int32 adj_226 = {};
        wp::shape_t adj_227 = {};
        wp::int32 adj_228 = {};
        wp::int32 adj_229 = {};
        wp::int32 adj_230 = {};
        wp::int32 adj_231 = {};
        wp::shape_t adj_232 = {};
        wp::int32 adj_233 = {};
        wp::int32 adj_234 = {};
        wp::shape_t adj_235 = {};
        wp::int32 adj_236 = {};
        wp::int32 adj_237 = {};
        wp::int32 adj_238 = {};
        wp::int32 adj_239 = {};
        wp::shape_t adj_240 = {};
        wp::int32 adj_241 = {};
        wp::int32 adj_242 = {};
        wp::shape_t adj_243 = {};
        wp::int32 adj_244 = {};
        wp::float32 adj_245 = {};
        wp::float32 adj_246 = {};
        wp::float32 adj_247 = {};
        wp::float32 adj_248 = {};
        wp::float32 adj_249 = {};
        wp::int32 adj_250 = {};
        wp::int32 adj_251 = {};
        wp::int32 adj_252 = {};
        wp::int32 adj_253 = {};
        wp::int32 adj_254 = {};
        wp::int32 adj_255 = {};
        wp::int32 adj_256 = {};
        wp::int32 adj_257 = {};
        wp::int32 adj_258 = {};
        wp::int32 adj_259 = {};
        wp::int32 adj_260 = {};
        wp::float32 adj_261 = {};
        wp::int32 adj_262 = {};
        wp::int32 adj_263 = {};
        wp::int32 adj_264 = {};
        wp::shape_t adj_265 = {};
        wp::int32 adj_266 = {};
        wp::int32 adj_267 = {};
        wp::shape_t adj_268 = {};
        wp::int32 adj_269 = {};
        wp::int32 adj_270 = {};
        wp::int32 adj_271 = {};
        wp::int32 adj_272 = {};
        wp::shape_t adj_273 = {};
        wp::int32 adj_274 = {};
        wp::int32 adj_275 = {};
        wp::shape_t adj_276 = {};
        wp::int32 adj_277 = {};
        wp::int32 adj_278 = {};
        wp::int32 adj_279 = {};
        wp::int32 adj_280 = {};
        wp::shape_t adj_281 = {};
        wp::int32 adj_282 = {};
        wp::int32 adj_283 = {};
        wp::shape_t adj_284 = {};
        wp::int32 adj_285 = {};
        wp::float32 adj_286 = {};
        wp::float32 adj_287 = {};
        wp::float32 adj_288 = {};
        wp::float32 adj_289 = {};
        wp::float32 adj_290 = {};
        wp::int32 adj_291 = {};
        wp::int32 adj_292 = {};
        wp::int32 adj_293 = {};
        wp::int32 adj_294 = {};
        wp::int32 adj_295 = {};
        wp::int32 adj_296 = {};
        wp::int32 adj_297 = {};
        wp::int32 adj_298 = {};
        wp::int32 adj_299 = {};
        wp::int32 adj_300 = {};
        wp::float32 adj_301 = {};
        wp::int32 adj_302 = {};
        wp::int32 adj_303 = {};
        wp::int32 adj_304 = {};
        wp::shape_t adj_305 = {};
        wp::int32 adj_306 = {};
        wp::int32 adj_307 = {};
        wp::shape_t adj_308 = {};
        wp::int32 adj_309 = {};
        wp::int32 adj_310 = {};
        wp::int32 adj_311 = {};
        wp::int32 adj_312 = {};
        wp::shape_t adj_313 = {};
        wp::int32 adj_314 = {};
        wp::int32 adj_315 = {};
        wp::shape_t adj_316 = {};
        wp::int32 adj_317 = {};
        wp::int32 adj_318 = {};
        wp::int32 adj_319 = {};
        wp::int32 adj_320 = {};
        wp::shape_t adj_321 = {};
        wp::int32 adj_322 = {};
        wp::int32 adj_323 = {};
        wp::shape_t adj_324 = {};
        wp::int32 adj_325 = {};
        wp::float32 adj_326 = {};
        wp::float32 adj_327 = {};
        wp::float32 adj_328 = {};
        wp::float32 adj_329 = {};
        wp::float32 adj_330 = {};
        wp::int32 adj_331 = {};
        wp::int32 adj_332 = {};
        wp::int32 adj_333 = {};
        wp::int32 adj_334 = {};
        wp::int32 adj_335 = {};
        wp::int32 adj_336 = {};
        wp::int32 adj_337 = {};
        wp::int32 adj_338 = {};
        wp::int32 adj_339 = {};
        wp::int32 adj_340 = {};
        wp::float32 adj_341 = {};
        wp::int32 adj_342 = {};
        wp::int32 adj_343 = {};
        wp::int32 adj_344 = {};
        wp::shape_t adj_345 = {};
        wp::int32 adj_346 = {};
        wp::int32 adj_347 = {};
        wp::shape_t adj_348 = {};
        wp::int32 adj_349 = {};
        wp::int32 adj_350 = {};
        wp::int32 adj_351 = {};
        wp::int32 adj_352 = {};
        wp::shape_t adj_353 = {};
        wp::int32 adj_354 = {};
        wp::int32 adj_355 = {};
        wp::shape_t adj_356 = {};
        wp::int32 adj_357 = {};
        wp::int32 adj_358 = {};
        wp::int32 adj_359 = {};
        wp::int32 adj_360 = {};
        wp::shape_t adj_361 = {};
        wp::int32 adj_362 = {};
        wp::int32 adj_363 = {};
        wp::shape_t adj_364 = {};
        wp::int32 adj_365 = {};
        wp::float32 adj_366 = {};
        wp::float32 adj_367 = {};
        wp::float32 adj_368 = {};
        wp::float32 adj_369 = {};
        wp::float32 adj_370 = {};
        wp::int32 adj_371 = {};
        wp::int32 adj_372 = {};
        wp::int32 adj_373 = {};
        wp::int32 adj_374 = {};
        wp::int32 adj_375 = {};
        wp::int32 adj_376 = {};
        wp::int32 adj_377 = {};
        wp::int32 adj_378 = {};
        wp::int32 adj_379 = {};
        wp::int32 adj_380 = {};
        wp::int32 adj_381 = {};
        wp::int32 adj_382 = {};
        wp::float32 adj_383 = {};
        wp::int32 adj_384 = {};
        wp::int32 adj_385 = {};
        wp::int32 adj_386 = {};
        wp::shape_t adj_387 = {};
        wp::int32 adj_388 = {};
        wp::int32 adj_389 = {};
        wp::shape_t adj_390 = {};
        wp::int32 adj_391 = {};
        wp::int32 adj_392 = {};
        wp::int32 adj_393 = {};
        wp::int32 adj_394 = {};
        wp::shape_t adj_395 = {};
        wp::int32 adj_396 = {};
        wp::int32 adj_397 = {};
        wp::shape_t adj_398 = {};
        wp::int32 adj_399 = {};
        wp::int32 adj_400 = {};
        wp::int32 adj_401 = {};
        wp::int32 adj_402 = {};
        wp::shape_t adj_403 = {};
        wp::int32 adj_404 = {};
        wp::int32 adj_405 = {};
        wp::shape_t adj_406 = {};
        wp::int32 adj_407 = {};
        wp::float32 adj_408 = {};
        wp::float32 adj_409 = {};
        wp::float32 adj_410 = {};
        wp::float32 adj_411 = {};
        wp::float32 adj_412 = {};
        wp::int32 adj_413 = {};
        wp::int32 adj_414 = {};
        wp::int32 adj_415 = {};
        wp::int32 adj_416 = {};
        wp::int32 adj_417 = {};
        wp::int32 adj_418 = {};
        wp::int32 adj_419 = {};
        wp::int32 adj_420 = {};
        wp::int32 adj_421 = {};
        wp::int32 adj_422 = {};
        wp::float32 adj_423 = {};
        wp::int32 adj_424 = {};
        wp::int32 adj_425 = {};
        wp::int32 adj_426 = {};
        wp::shape_t adj_427 = {};
        wp::int32 adj_428 = {};
        wp::int32 adj_429 = {};
        wp::shape_t adj_430 = {};
        wp::int32 adj_431 = {};
        wp::int32 adj_432 = {};
        wp::int32 adj_433 = {};
        wp::int32 adj_434 = {};
        wp::shape_t adj_435 = {};
        wp::int32 adj_436 = {};
        wp::int32 adj_437 = {};
        wp::shape_t adj_438 = {};
        wp::int32 adj_439 = {};
        wp::int32 adj_440 = {};
        wp::int32 adj_441 = {};
        wp::int32 adj_442 = {};
        wp::shape_t adj_443 = {};
        wp::int32 adj_444 = {};
        wp::int32 adj_445 = {};
        wp::shape_t adj_446 = {};
        wp::int32 adj_447 = {};
        wp::float32 adj_448 = {};
        wp::float32 adj_449 = {};
        wp::float32 adj_450 = {};
        wp::float32 adj_451 = {};
        wp::float32 adj_452 = {};
        wp::int32 adj_453 = {};
        wp::int32 adj_454 = {};
        wp::int32 adj_455 = {};
        wp::int32 adj_456 = {};
        wp::int32 adj_457 = {};
        wp::int32 adj_458 = {};
        wp::int32 adj_459 = {};
        wp::int32 adj_460 = {};
        wp::int32 adj_461 = {};
        wp::int32 adj_462 = {};
        wp::float32 adj_463 = {};
        wp::int32 adj_464 = {};
        wp::int32 adj_465 = {};
        wp::int32 adj_466 = {};
        wp::shape_t adj_467 = {};
        wp::int32 adj_468 = {};
        wp::int32 adj_469 = {};
        wp::shape_t adj_470 = {};
        wp::int32 adj_471 = {};
        wp::int32 adj_472 = {};
        wp::int32 adj_473 = {};
        wp::int32 adj_474 = {};
        wp::shape_t adj_475 = {};
        wp::int32 adj_476 = {};
        wp::int32 adj_477 = {};
        wp::shape_t adj_478 = {};
        wp::int32 adj_479 = {};
        wp::int32 adj_480 = {};
        wp::int32 adj_481 = {};
        wp::int32 adj_482 = {};
        wp::shape_t adj_483 = {};
        wp::int32 adj_484 = {};
        wp::int32 adj_485 = {};
        wp::shape_t adj_486 = {};
        wp::int32 adj_487 = {};
        wp::float32 adj_488 = {};
        wp::float32 adj_489 = {};
        wp::float32 adj_490 = {};
        wp::float32 adj_491 = {};
        wp::float32 adj_492 = {};
        wp::int32 adj_493 = {};
        wp::int32 adj_494 = {};
        wp::int32 adj_495 = {};
        wp::int32 adj_496 = {};
        wp::int32 adj_497 = {};
        wp::int32 adj_498 = {};
        wp::int32 adj_499 = {};
        wp::int32 adj_500 = {};
        wp::int32 adj_501 = {};
        wp::int32 adj_502 = {};
        wp::int32 adj_503 = {};
        wp::float32 adj_504 = {};
        wp::int32 adj_505 = {};
        wp::int32 adj_506 = {};
        wp::int32 adj_507 = {};
        wp::shape_t adj_508 = {};
        wp::int32 adj_509 = {};
        wp::int32 adj_510 = {};
        wp::shape_t adj_511 = {};
        wp::int32 adj_512 = {};
        wp::int32 adj_513 = {};
        wp::int32 adj_514 = {};
        wp::int32 adj_515 = {};
        wp::shape_t adj_516 = {};
        wp::int32 adj_517 = {};
        wp::int32 adj_518 = {};
        wp::shape_t adj_519 = {};
        wp::int32 adj_520 = {};
        wp::int32 adj_521 = {};
        wp::int32 adj_522 = {};
        wp::int32 adj_523 = {};
        wp::shape_t adj_524 = {};
        wp::int32 adj_525 = {};
        wp::int32 adj_526 = {};
        wp::shape_t adj_527 = {};
        wp::int32 adj_528 = {};
        wp::float32 adj_529 = {};
        wp::float32 adj_530 = {};
        wp::float32 adj_531 = {};
        wp::float32 adj_532 = {};
        wp::float32 adj_533 = {};
        wp::int32 adj_534 = {};
        wp::int32 adj_535 = {};
        wp::int32 adj_536 = {};
        wp::int32 adj_537 = {};
        wp::int32 adj_538 = {};
        wp::int32 adj_539 = {};
        wp::int32 adj_540 = {};
        wp::int32 adj_541 = {};
        wp::int32 adj_542 = {};
        wp::int32 adj_543 = {};
        wp::float32 adj_544 = {};
        wp::int32 adj_545 = {};
        wp::int32 adj_546 = {};
        wp::int32 adj_547 = {};
        wp::shape_t adj_548 = {};
        wp::int32 adj_549 = {};
        wp::int32 adj_550 = {};
        wp::shape_t adj_551 = {};
        wp::int32 adj_552 = {};
        wp::int32 adj_553 = {};
        wp::int32 adj_554 = {};
        wp::int32 adj_555 = {};
        wp::shape_t adj_556 = {};
        wp::int32 adj_557 = {};
        wp::int32 adj_558 = {};
        wp::shape_t adj_559 = {};
        wp::int32 adj_560 = {};
        wp::int32 adj_561 = {};
        wp::int32 adj_562 = {};
        wp::int32 adj_563 = {};
        wp::shape_t adj_564 = {};
        wp::int32 adj_565 = {};
        wp::int32 adj_566 = {};
        wp::shape_t adj_567 = {};
        wp::int32 adj_568 = {};
        wp::float32 adj_569 = {};
        wp::float32 adj_570 = {};
        wp::float32 adj_571 = {};
        wp::float32 adj_572 = {};
        wp::float32 adj_573 = {};
        wp::int32 adj_574 = {};
        wp::int32 adj_575 = {};
        wp::int32 adj_576 = {};
        wp::int32 adj_577 = {};
        wp::int32 adj_578 = {};
        wp::int32 adj_579 = {};
        wp::int32 adj_580 = {};
        wp::int32 adj_581 = {};
        wp::int32 adj_582 = {};
        wp::int32 adj_583 = {};
        wp::float32 adj_584 = {};
        wp::int32 adj_585 = {};
        wp::int32 adj_586 = {};
        wp::int32 adj_587 = {};
        wp::shape_t adj_588 = {};
        wp::int32 adj_589 = {};
        wp::int32 adj_590 = {};
        wp::shape_t adj_591 = {};
        wp::int32 adj_592 = {};
        wp::int32 adj_593 = {};
        wp::int32 adj_594 = {};
        wp::int32 adj_595 = {};
        wp::shape_t adj_596 = {};
        wp::int32 adj_597 = {};
        wp::int32 adj_598 = {};
        wp::shape_t adj_599 = {};
        wp::int32 adj_600 = {};
        wp::int32 adj_601 = {};
        wp::int32 adj_602 = {};
        wp::int32 adj_603 = {};
        wp::shape_t adj_604 = {};
        wp::int32 adj_605 = {};
        wp::int32 adj_606 = {};
        wp::shape_t adj_607 = {};
        wp::int32 adj_608 = {};
        wp::float32 adj_609 = {};
        wp::float32 adj_610 = {};
        wp::float32 adj_611 = {};
        wp::float32 adj_612 = {};
        wp::float32 adj_613 = {};
        wp::int32 adj_614 = {};
        wp::int32 adj_615 = {};
        wp::int32 adj_616 = {};
        wp::int32 adj_617 = {};
        wp::int32 adj_618 = {};
        wp::int32 adj_619 = {};
        wp::int32 adj_620 = {};
        wp::int32 adj_621 = {};
        wp::int32 adj_622 = {};
        wp::int32 adj_623 = {};
        wp::int32 adj_624 = {};
        wp::float32 adj_625 = {};
        wp::int32 adj_626 = {};
        wp::int32 adj_627 = {};
        wp::int32 adj_628 = {};
        wp::shape_t adj_629 = {};
        wp::int32 adj_630 = {};
        wp::int32 adj_631 = {};
        wp::shape_t adj_632 = {};
        wp::int32 adj_633 = {};
        wp::int32 adj_634 = {};
        wp::int32 adj_635 = {};
        wp::int32 adj_636 = {};
        wp::shape_t adj_637 = {};
        wp::int32 adj_638 = {};
        wp::int32 adj_639 = {};
        wp::shape_t adj_640 = {};
        wp::int32 adj_641 = {};
        wp::int32 adj_642 = {};
        wp::int32 adj_643 = {};
        wp::int32 adj_644 = {};
        wp::shape_t adj_645 = {};
        wp::int32 adj_646 = {};
        wp::int32 adj_647 = {};
        wp::shape_t adj_648 = {};
        wp::int32 adj_649 = {};
        wp::float32 adj_650 = {};
        wp::float32 adj_651 = {};
        wp::float32 adj_652 = {};
        wp::float32 adj_653 = {};
        wp::float32 adj_654 = {};
        wp::int32 adj_655 = {};
        wp::int32 adj_656 = {};
        wp::int32 adj_657 = {};
        wp::int32 adj_658 = {};
        wp::int32 adj_659 = {};
        wp::int32 adj_660 = {};
        wp::int32 adj_661 = {};
        wp::int32 adj_662 = {};
        wp::int32 adj_663 = {};
        wp::int32 adj_664 = {};
        wp::float32 adj_665 = {};
        wp::int32 adj_666 = {};
        wp::int32 adj_667 = {};
        wp::int32 adj_668 = {};
        wp::shape_t adj_669 = {};
        wp::int32 adj_670 = {};
        wp::int32 adj_671 = {};
        wp::shape_t adj_672 = {};
        wp::int32 adj_673 = {};
        wp::int32 adj_674 = {};
        wp::int32 adj_675 = {};
        wp::int32 adj_676 = {};
        wp::shape_t adj_677 = {};
        wp::int32 adj_678 = {};
        wp::int32 adj_679 = {};
        wp::shape_t adj_680 = {};
        wp::int32 adj_681 = {};
        wp::int32 adj_682 = {};
        wp::int32 adj_683 = {};
        wp::int32 adj_684 = {};
        wp::shape_t adj_685 = {};
        wp::int32 adj_686 = {};
        wp::int32 adj_687 = {};
        wp::shape_t adj_688 = {};
        wp::int32 adj_689 = {};
        wp::float32 adj_690 = {};
        wp::float32 adj_691 = {};
        wp::float32 adj_692 = {};
        wp::float32 adj_693 = {};
        wp::float32 adj_694 = {};
        wp::int32 adj_695 = {};
        wp::int32 adj_696 = {};
        wp::int32 adj_697 = {};
        wp::int32 adj_698 = {};
        wp::int32 adj_699 = {};
        wp::int32 adj_700 = {};
        wp::int32 adj_701 = {};
        wp::int32 adj_702 = {};
        wp::int32 adj_703 = {};
        wp::int32 adj_704 = {};
        wp::float32 adj_705 = {};
        wp::int32 adj_706 = {};
        wp::int32 adj_707 = {};
        wp::int32 adj_708 = {};
        wp::shape_t adj_709 = {};
        wp::int32 adj_710 = {};
        wp::int32 adj_711 = {};
        wp::shape_t adj_712 = {};
        wp::int32 adj_713 = {};
        wp::int32 adj_714 = {};
        wp::int32 adj_715 = {};
        wp::int32 adj_716 = {};
        wp::shape_t adj_717 = {};
        wp::int32 adj_718 = {};
        wp::int32 adj_719 = {};
        wp::shape_t adj_720 = {};
        wp::int32 adj_721 = {};
        wp::int32 adj_722 = {};
        wp::int32 adj_723 = {};
        wp::int32 adj_724 = {};
        wp::shape_t adj_725 = {};
        wp::int32 adj_726 = {};
        wp::int32 adj_727 = {};
        wp::shape_t adj_728 = {};
        wp::int32 adj_729 = {};
        wp::float32 adj_730 = {};
        wp::float32 adj_731 = {};
        wp::float32 adj_732 = {};
        wp::float32 adj_733 = {};
        wp::float32 adj_734 = {};
        wp::int32 adj_735 = {};
        wp::int32 adj_736 = {};
        wp::int32 adj_737 = {};
        wp::int32 adj_738 = {};
        wp::int32 adj_739 = {};
        wp::int32 adj_740 = {};
        wp::int32 adj_741 = {};
        wp::int32 adj_742 = {};
        wp::int32 adj_743 = {};
        wp::int32 adj_744 = {};
        wp::int32 adj_745 = {};
        wp::int32 adj_746 = {};
        wp::float32 adj_747 = {};
        wp::int32 adj_748 = {};
        wp::int32 adj_749 = {};
        wp::int32 adj_750 = {};
        wp::shape_t adj_751 = {};
        wp::int32 adj_752 = {};
        wp::int32 adj_753 = {};
        wp::shape_t adj_754 = {};
        wp::int32 adj_755 = {};
        wp::int32 adj_756 = {};
        wp::int32 adj_757 = {};
        wp::int32 adj_758 = {};
        wp::shape_t adj_759 = {};
        wp::int32 adj_760 = {};
        wp::int32 adj_761 = {};
        wp::shape_t adj_762 = {};
        wp::int32 adj_763 = {};
        wp::int32 adj_764 = {};
        wp::int32 adj_765 = {};
        wp::int32 adj_766 = {};
        wp::shape_t adj_767 = {};
        wp::int32 adj_768 = {};
        wp::int32 adj_769 = {};
        wp::shape_t adj_770 = {};
        wp::int32 adj_771 = {};
        wp::float32 adj_772 = {};
        wp::float32 adj_773 = {};
        wp::float32 adj_774 = {};
        wp::float32 adj_775 = {};
        wp::float32 adj_776 = {};
        wp::int32 adj_777 = {};
        wp::int32 adj_778 = {};
        wp::int32 adj_779 = {};
        wp::int32 adj_780 = {};
        wp::int32 adj_781 = {};
        wp::int32 adj_782 = {};
        wp::int32 adj_783 = {};
        wp::int32 adj_784 = {};
        wp::int32 adj_785 = {};
        wp::int32 adj_786 = {};
        wp::float32 adj_787 = {};
        wp::int32 adj_788 = {};
        wp::int32 adj_789 = {};
        wp::int32 adj_790 = {};
        wp::shape_t adj_791 = {};
        wp::int32 adj_792 = {};
        wp::int32 adj_793 = {};
        wp::shape_t adj_794 = {};
        wp::int32 adj_795 = {};
        wp::int32 adj_796 = {};
        wp::int32 adj_797 = {};
        wp::int32 adj_798 = {};
        wp::shape_t adj_799 = {};
        wp::int32 adj_800 = {};
        wp::int32 adj_801 = {};
        wp::shape_t adj_802 = {};
        wp::int32 adj_803 = {};
        wp::int32 adj_804 = {};
        wp::int32 adj_805 = {};
        wp::int32 adj_806 = {};
        wp::shape_t adj_807 = {};
        wp::int32 adj_808 = {};
        wp::int32 adj_809 = {};
        wp::shape_t adj_810 = {};
        wp::int32 adj_811 = {};
        wp::float32 adj_812 = {};
        wp::float32 adj_813 = {};
        wp::float32 adj_814 = {};
        wp::float32 adj_815 = {};
        wp::float32 adj_816 = {};
        wp::int32 adj_817 = {};
        wp::int32 adj_818 = {};
        wp::int32 adj_819 = {};
        wp::int32 adj_820 = {};
        wp::int32 adj_821 = {};
        wp::int32 adj_822 = {};
        wp::int32 adj_823 = {};
        wp::int32 adj_824 = {};
        wp::int32 adj_825 = {};
        wp::int32 adj_826 = {};
        wp::float32 adj_827 = {};
        wp::int32 adj_828 = {};
        wp::int32 adj_829 = {};
        wp::int32 adj_830 = {};
        wp::shape_t adj_831 = {};
        wp::int32 adj_832 = {};
        wp::int32 adj_833 = {};
        wp::shape_t adj_834 = {};
        wp::int32 adj_835 = {};
        wp::int32 adj_836 = {};
        wp::int32 adj_837 = {};
        wp::int32 adj_838 = {};
        wp::shape_t adj_839 = {};
        wp::int32 adj_840 = {};
        wp::int32 adj_841 = {};
        wp::shape_t adj_842 = {};
        wp::int32 adj_843 = {};
        wp::int32 adj_844 = {};
        wp::int32 adj_845 = {};
        wp::int32 adj_846 = {};
        wp::shape_t adj_847 = {};
        wp::int32 adj_848 = {};
        wp::int32 adj_849 = {};
        wp::shape_t adj_850 = {};
        wp::int32 adj_851 = {};
        wp::float32 adj_852 = {};
        wp::float32 adj_853 = {};
        wp::float32 adj_854 = {};
        wp::float32 adj_855 = {};
        wp::float32 adj_856 = {};
        wp::int32 adj_857 = {};
        wp::int32 adj_858 = {};
        wp::int32 adj_859 = {};
        wp::int32 adj_860 = {};
        wp::int32 adj_861 = {};
        wp::int32 adj_862 = {};
        wp::int32 adj_863 = {};
        wp::int32 adj_864 = {};
        wp::int32 adj_865 = {};
        wp::int32 adj_866 = {};
        wp::int32 adj_867 = {};
        wp::float32 adj_868 = {};
        wp::int32 adj_869 = {};
        wp::int32 adj_870 = {};
        wp::int32 adj_871 = {};
        wp::shape_t adj_872 = {};
        wp::int32 adj_873 = {};
        wp::int32 adj_874 = {};
        wp::shape_t adj_875 = {};
        wp::int32 adj_876 = {};
        wp::int32 adj_877 = {};
        wp::int32 adj_878 = {};
        wp::int32 adj_879 = {};
        wp::shape_t adj_880 = {};
        wp::int32 adj_881 = {};
        wp::int32 adj_882 = {};
        wp::shape_t adj_883 = {};
        wp::int32 adj_884 = {};
        wp::int32 adj_885 = {};
        wp::int32 adj_886 = {};
        wp::int32 adj_887 = {};
        wp::shape_t adj_888 = {};
        wp::int32 adj_889 = {};
        wp::int32 adj_890 = {};
        wp::shape_t adj_891 = {};
        wp::int32 adj_892 = {};
        wp::float32 adj_893 = {};
        wp::float32 adj_894 = {};
        wp::float32 adj_895 = {};
        wp::float32 adj_896 = {};
        wp::float32 adj_897 = {};
        wp::int32 adj_898 = {};
        wp::int32 adj_899 = {};
        wp::int32 adj_900 = {};
        wp::int32 adj_901 = {};
        wp::int32 adj_902 = {};
        wp::int32 adj_903 = {};
        wp::int32 adj_904 = {};
        wp::int32 adj_905 = {};
        wp::int32 adj_906 = {};
        wp::int32 adj_907 = {};
        wp::float32 adj_908 = {};
        wp::int32 adj_909 = {};
        wp::int32 adj_910 = {};
        wp::int32 adj_911 = {};
        wp::shape_t adj_912 = {};
        wp::int32 adj_913 = {};
        wp::int32 adj_914 = {};
        wp::shape_t adj_915 = {};
        wp::int32 adj_916 = {};
        wp::int32 adj_917 = {};
        wp::int32 adj_918 = {};
        wp::int32 adj_919 = {};
        wp::shape_t adj_920 = {};
        wp::int32 adj_921 = {};
        wp::int32 adj_922 = {};
        wp::shape_t adj_923 = {};
        wp::int32 adj_924 = {};
        wp::int32 adj_925 = {};
        wp::int32 adj_926 = {};
        wp::int32 adj_927 = {};
        wp::shape_t adj_928 = {};
        wp::int32 adj_929 = {};
        wp::int32 adj_930 = {};
        wp::shape_t adj_931 = {};
        wp::int32 adj_932 = {};
        wp::float32 adj_933 = {};
        wp::float32 adj_934 = {};
        wp::float32 adj_935 = {};
        wp::float32 adj_936 = {};
        wp::float32 adj_937 = {};
        wp::int32 adj_938 = {};
        wp::int32 adj_939 = {};
        wp::int32 adj_940 = {};
        wp::int32 adj_941 = {};
        wp::int32 adj_942 = {};
        wp::int32 adj_943 = {};
        wp::int32 adj_944 = {};
        wp::int32 adj_945 = {};
        wp::int32 adj_946 = {};
        wp::int32 adj_947 = {};
        wp::float32 adj_948 = {};
        wp::int32 adj_949 = {};
        wp::int32 adj_950 = {};
        wp::int32 adj_951 = {};
        wp::shape_t adj_952 = {};
        wp::int32 adj_953 = {};
        wp::int32 adj_954 = {};
        wp::shape_t adj_955 = {};
        wp::int32 adj_956 = {};
        wp::int32 adj_957 = {};
        wp::int32 adj_958 = {};
        wp::int32 adj_959 = {};
        wp::shape_t adj_960 = {};
        wp::int32 adj_961 = {};
        wp::int32 adj_962 = {};
        wp::shape_t adj_963 = {};
        wp::int32 adj_964 = {};
        wp::int32 adj_965 = {};
        wp::int32 adj_966 = {};
        wp::int32 adj_967 = {};
        wp::shape_t adj_968 = {};
        wp::int32 adj_969 = {};
        wp::int32 adj_970 = {};
        wp::shape_t adj_971 = {};
        wp::int32 adj_972 = {};
        wp::float32 adj_973 = {};
        wp::float32 adj_974 = {};
        wp::float32 adj_975 = {};
        wp::float32 adj_976 = {};
        wp::float32 adj_977 = {};
        wp::int32 adj_978 = {};
        wp::int32 adj_979 = {};
        wp::int32 adj_980 = {};
        wp::int32 adj_981 = {};
        wp::int32 adj_982 = {};
        wp::int32 adj_983 = {};
        wp::int32 adj_984 = {};
        wp::int32 adj_985 = {};
        wp::int32 adj_986 = {};
        wp::int32 adj_987 = {};
        wp::int32 adj_988 = {};
        wp::float32 adj_989 = {};
        wp::int32 adj_990 = {};
        wp::int32 adj_991 = {};
        wp::int32 adj_992 = {};
        wp::shape_t adj_993 = {};
        wp::int32 adj_994 = {};
        wp::int32 adj_995 = {};
        wp::shape_t adj_996 = {};
        wp::int32 adj_997 = {};
        wp::int32 adj_998 = {};
        wp::int32 adj_999 = {};
        wp::int32 adj_1000 = {};
        wp::shape_t adj_1001 = {};
        wp::int32 adj_1002 = {};
        wp::int32 adj_1003 = {};
        wp::shape_t adj_1004 = {};
        wp::int32 adj_1005 = {};
        wp::int32 adj_1006 = {};
        wp::int32 adj_1007 = {};
        wp::int32 adj_1008 = {};
        wp::shape_t adj_1009 = {};
        wp::int32 adj_1010 = {};
        wp::int32 adj_1011 = {};
        wp::shape_t adj_1012 = {};
        wp::int32 adj_1013 = {};
        wp::float32 adj_1014 = {};
        wp::float32 adj_1015 = {};
        wp::float32 adj_1016 = {};
        wp::float32 adj_1017 = {};
        wp::float32 adj_1018 = {};
        wp::int32 adj_1019 = {};
        wp::int32 adj_1020 = {};
        wp::int32 adj_1021 = {};
        wp::int32 adj_1022 = {};
        wp::int32 adj_1023 = {};
        wp::int32 adj_1024 = {};
        wp::int32 adj_1025 = {};
        wp::int32 adj_1026 = {};
        wp::int32 adj_1027 = {};
        wp::int32 adj_1028 = {};
        wp::float32 adj_1029 = {};
        wp::int32 adj_1030 = {};
        wp::int32 adj_1031 = {};
        wp::int32 adj_1032 = {};
        wp::shape_t adj_1033 = {};
        wp::int32 adj_1034 = {};
        wp::int32 adj_1035 = {};
        wp::shape_t adj_1036 = {};
        wp::int32 adj_1037 = {};
        wp::int32 adj_1038 = {};
        wp::int32 adj_1039 = {};
        wp::int32 adj_1040 = {};
        wp::shape_t adj_1041 = {};
        wp::int32 adj_1042 = {};
        wp::int32 adj_1043 = {};
        wp::shape_t adj_1044 = {};
        wp::int32 adj_1045 = {};
        wp::int32 adj_1046 = {};
        wp::int32 adj_1047 = {};
        wp::int32 adj_1048 = {};
        wp::shape_t adj_1049 = {};
        wp::int32 adj_1050 = {};
        wp::int32 adj_1051 = {};
        wp::shape_t adj_1052 = {};
        wp::int32 adj_1053 = {};
        wp::float32 adj_1054 = {};
        wp::float32 adj_1055 = {};
        wp::float32 adj_1056 = {};
        wp::float32 adj_1057 = {};
        wp::float32 adj_1058 = {};
        wp::int32 adj_1059 = {};
        wp::int32 adj_1060 = {};
        wp::int32 adj_1061 = {};
        wp::int32 adj_1062 = {};
        wp::int32 adj_1063 = {};
        wp::int32 adj_1064 = {};
        wp::int32 adj_1065 = {};
        wp::int32 adj_1066 = {};
        wp::int32 adj_1067 = {};
        wp::int32 adj_1068 = {};
        wp::float32 adj_1069 = {};
        wp::int32 adj_1070 = {};
        wp::int32 adj_1071 = {};
        wp::int32 adj_1072 = {};
        wp::shape_t adj_1073 = {};
        wp::int32 adj_1074 = {};
        wp::int32 adj_1075 = {};
        wp::shape_t adj_1076 = {};
        wp::int32 adj_1077 = {};
        wp::int32 adj_1078 = {};
        wp::int32 adj_1079 = {};
        wp::int32 adj_1080 = {};
        wp::shape_t adj_1081 = {};
        wp::int32 adj_1082 = {};
        wp::int32 adj_1083 = {};
        wp::shape_t adj_1084 = {};
        wp::int32 adj_1085 = {};
        wp::int32 adj_1086 = {};
        wp::int32 adj_1087 = {};
        wp::int32 adj_1088 = {};
        wp::shape_t adj_1089 = {};
        wp::int32 adj_1090 = {};
        wp::int32 adj_1091 = {};
        wp::shape_t adj_1092 = {};
        wp::int32 adj_1093 = {};
        wp::float32 adj_1094 = {};
        wp::float32 adj_1095 = {};
        wp::float32 adj_1096 = {};
        wp::float32 adj_1097 = {};
        wp::float32 adj_1098 = {};
        wp::float32 adj_1099 = {};
        //---------
        // forward
        // def restrict_full_weight(fine: wp.array3d(dtype=float), coarse: wp.array3d(dtype=float)):       <L 47>
        // i, j, k = wp.tid()                                                                     <L 48>
        builtin_tid3d(var_0, var_1, var_2);
        // acc = float(0.0)                                                                       <L 49>
        var_4 = wp::float(var_3);
        // wsum = float(0.0)                                                                      <L 50>
        var_6 = wp::float(var_5);
        // for di in range(-1, 2):                                                                <L 51>
        // for dj in range(-1, 2):                                                                <L 52>
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_12 = wp::abs(var_7);
        var_13 = wp::abs(var_8);
        var_14 = wp::add(var_12, var_13);
        var_15 = wp::abs(var_9);
        var_16 = wp::add(var_14, var_15);
        var_17 = wp::sub(var_11, var_16);
        var_18 = wp::lshift(var_10, var_17);
        var_19 = wp::float(var_18);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_21 = wp::mul(var_20, var_0);
        var_22 = wp::add(var_21, var_7);
        var_23 = &(var_fine.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_27 = idx_clamp_0(var_22, var_25);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_29 = wp::mul(var_28, var_1);
        var_30 = wp::add(var_29, var_8);
        var_31 = &(var_fine.shape);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        var_35 = idx_clamp_0(var_30, var_33);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_37 = wp::mul(var_36, var_2);
        var_38 = wp::add(var_37, var_9);
        var_39 = &(var_fine.shape);
        var_42 = wp::load(var_39);
        var_41 = wp::extract(var_42, var_40);
        var_43 = idx_clamp_0(var_38, var_41);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_44 = wp::address(var_fine, var_27, var_35, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::mul(var_19, var_46);
        var_47 = wp::add(var_4, var_45);
        // wsum += w                                                                              <L 59>
        var_48 = wp::add(var_6, var_19);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_52 = wp::abs(var_7);
        var_53 = wp::abs(var_8);
        var_54 = wp::add(var_52, var_53);
        var_55 = wp::abs(var_49);
        var_56 = wp::add(var_54, var_55);
        var_57 = wp::sub(var_51, var_56);
        var_58 = wp::lshift(var_50, var_57);
        var_59 = wp::float(var_58);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_61 = wp::mul(var_60, var_0);
        var_62 = wp::add(var_61, var_7);
        var_63 = &(var_fine.shape);
        var_66 = wp::load(var_63);
        var_65 = wp::extract(var_66, var_64);
        var_67 = idx_clamp_0(var_62, var_65);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_69 = wp::mul(var_68, var_1);
        var_70 = wp::add(var_69, var_8);
        var_71 = &(var_fine.shape);
        var_74 = wp::load(var_71);
        var_73 = wp::extract(var_74, var_72);
        var_75 = idx_clamp_0(var_70, var_73);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_77 = wp::mul(var_76, var_2);
        var_78 = wp::add(var_77, var_49);
        var_79 = &(var_fine.shape);
        var_82 = wp::load(var_79);
        var_81 = wp::extract(var_82, var_80);
        var_83 = idx_clamp_0(var_78, var_81);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_84 = wp::address(var_fine, var_67, var_75, var_83);
        var_86 = wp::load(var_84);
        var_85 = wp::mul(var_59, var_86);
        var_87 = wp::add(var_47, var_85);
        // wsum += w                                                                              <L 59>
        var_88 = wp::add(var_48, var_59);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_92 = wp::abs(var_7);
        var_93 = wp::abs(var_8);
        var_94 = wp::add(var_92, var_93);
        var_95 = wp::abs(var_89);
        var_96 = wp::add(var_94, var_95);
        var_97 = wp::sub(var_91, var_96);
        var_98 = wp::lshift(var_90, var_97);
        var_99 = wp::float(var_98);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_101 = wp::mul(var_100, var_0);
        var_102 = wp::add(var_101, var_7);
        var_103 = &(var_fine.shape);
        var_106 = wp::load(var_103);
        var_105 = wp::extract(var_106, var_104);
        var_107 = idx_clamp_0(var_102, var_105);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_109 = wp::mul(var_108, var_1);
        var_110 = wp::add(var_109, var_8);
        var_111 = &(var_fine.shape);
        var_114 = wp::load(var_111);
        var_113 = wp::extract(var_114, var_112);
        var_115 = idx_clamp_0(var_110, var_113);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_117 = wp::mul(var_116, var_2);
        var_118 = wp::add(var_117, var_89);
        var_119 = &(var_fine.shape);
        var_122 = wp::load(var_119);
        var_121 = wp::extract(var_122, var_120);
        var_123 = idx_clamp_0(var_118, var_121);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_124 = wp::address(var_fine, var_107, var_115, var_123);
        var_126 = wp::load(var_124);
        var_125 = wp::mul(var_99, var_126);
        var_127 = wp::add(var_87, var_125);
        // wsum += w                                                                              <L 59>
        var_128 = wp::add(var_88, var_99);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_133 = wp::abs(var_7);
        var_134 = wp::abs(var_129);
        var_135 = wp::add(var_133, var_134);
        var_136 = wp::abs(var_130);
        var_137 = wp::add(var_135, var_136);
        var_138 = wp::sub(var_132, var_137);
        var_139 = wp::lshift(var_131, var_138);
        var_140 = wp::float(var_139);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_142 = wp::mul(var_141, var_0);
        var_143 = wp::add(var_142, var_7);
        var_144 = &(var_fine.shape);
        var_147 = wp::load(var_144);
        var_146 = wp::extract(var_147, var_145);
        var_148 = idx_clamp_0(var_143, var_146);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_150 = wp::mul(var_149, var_1);
        var_151 = wp::add(var_150, var_129);
        var_152 = &(var_fine.shape);
        var_155 = wp::load(var_152);
        var_154 = wp::extract(var_155, var_153);
        var_156 = idx_clamp_0(var_151, var_154);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_158 = wp::mul(var_157, var_2);
        var_159 = wp::add(var_158, var_130);
        var_160 = &(var_fine.shape);
        var_163 = wp::load(var_160);
        var_162 = wp::extract(var_163, var_161);
        var_164 = idx_clamp_0(var_159, var_162);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_165 = wp::address(var_fine, var_148, var_156, var_164);
        var_167 = wp::load(var_165);
        var_166 = wp::mul(var_140, var_167);
        var_168 = wp::add(var_127, var_166);
        // wsum += w                                                                              <L 59>
        var_169 = wp::add(var_128, var_140);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_173 = wp::abs(var_7);
        var_174 = wp::abs(var_129);
        var_175 = wp::add(var_173, var_174);
        var_176 = wp::abs(var_170);
        var_177 = wp::add(var_175, var_176);
        var_178 = wp::sub(var_172, var_177);
        var_179 = wp::lshift(var_171, var_178);
        var_180 = wp::float(var_179);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_182 = wp::mul(var_181, var_0);
        var_183 = wp::add(var_182, var_7);
        var_184 = &(var_fine.shape);
        var_187 = wp::load(var_184);
        var_186 = wp::extract(var_187, var_185);
        var_188 = idx_clamp_0(var_183, var_186);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_190 = wp::mul(var_189, var_1);
        var_191 = wp::add(var_190, var_129);
        var_192 = &(var_fine.shape);
        var_195 = wp::load(var_192);
        var_194 = wp::extract(var_195, var_193);
        var_196 = idx_clamp_0(var_191, var_194);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_198 = wp::mul(var_197, var_2);
        var_199 = wp::add(var_198, var_170);
        var_200 = &(var_fine.shape);
        var_203 = wp::load(var_200);
        var_202 = wp::extract(var_203, var_201);
        var_204 = idx_clamp_0(var_199, var_202);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_205 = wp::address(var_fine, var_188, var_196, var_204);
        var_207 = wp::load(var_205);
        var_206 = wp::mul(var_180, var_207);
        var_208 = wp::add(var_168, var_206);
        // wsum += w                                                                              <L 59>
        var_209 = wp::add(var_169, var_180);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_213 = wp::abs(var_7);
        var_214 = wp::abs(var_129);
        var_215 = wp::add(var_213, var_214);
        var_216 = wp::abs(var_210);
        var_217 = wp::add(var_215, var_216);
        var_218 = wp::sub(var_212, var_217);
        var_219 = wp::lshift(var_211, var_218);
        var_220 = wp::float(var_219);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_222 = wp::mul(var_221, var_0);
        var_223 = wp::add(var_222, var_7);
        var_224 = &(var_fine.shape);
        var_227 = wp::load(var_224);
        var_226 = wp::extract(var_227, var_225);
        var_228 = idx_clamp_0(var_223, var_226);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_230 = wp::mul(var_229, var_1);
        var_231 = wp::add(var_230, var_129);
        var_232 = &(var_fine.shape);
        var_235 = wp::load(var_232);
        var_234 = wp::extract(var_235, var_233);
        var_236 = idx_clamp_0(var_231, var_234);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_238 = wp::mul(var_237, var_2);
        var_239 = wp::add(var_238, var_210);
        var_240 = &(var_fine.shape);
        var_243 = wp::load(var_240);
        var_242 = wp::extract(var_243, var_241);
        var_244 = idx_clamp_0(var_239, var_242);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_245 = wp::address(var_fine, var_228, var_236, var_244);
        var_247 = wp::load(var_245);
        var_246 = wp::mul(var_220, var_247);
        var_248 = wp::add(var_208, var_246);
        // wsum += w                                                                              <L 59>
        var_249 = wp::add(var_209, var_220);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_254 = wp::abs(var_7);
        var_255 = wp::abs(var_250);
        var_256 = wp::add(var_254, var_255);
        var_257 = wp::abs(var_251);
        var_258 = wp::add(var_256, var_257);
        var_259 = wp::sub(var_253, var_258);
        var_260 = wp::lshift(var_252, var_259);
        var_261 = wp::float(var_260);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_263 = wp::mul(var_262, var_0);
        var_264 = wp::add(var_263, var_7);
        var_265 = &(var_fine.shape);
        var_268 = wp::load(var_265);
        var_267 = wp::extract(var_268, var_266);
        var_269 = idx_clamp_0(var_264, var_267);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_271 = wp::mul(var_270, var_1);
        var_272 = wp::add(var_271, var_250);
        var_273 = &(var_fine.shape);
        var_276 = wp::load(var_273);
        var_275 = wp::extract(var_276, var_274);
        var_277 = idx_clamp_0(var_272, var_275);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_279 = wp::mul(var_278, var_2);
        var_280 = wp::add(var_279, var_251);
        var_281 = &(var_fine.shape);
        var_284 = wp::load(var_281);
        var_283 = wp::extract(var_284, var_282);
        var_285 = idx_clamp_0(var_280, var_283);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_286 = wp::address(var_fine, var_269, var_277, var_285);
        var_288 = wp::load(var_286);
        var_287 = wp::mul(var_261, var_288);
        var_289 = wp::add(var_248, var_287);
        // wsum += w                                                                              <L 59>
        var_290 = wp::add(var_249, var_261);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_294 = wp::abs(var_7);
        var_295 = wp::abs(var_250);
        var_296 = wp::add(var_294, var_295);
        var_297 = wp::abs(var_291);
        var_298 = wp::add(var_296, var_297);
        var_299 = wp::sub(var_293, var_298);
        var_300 = wp::lshift(var_292, var_299);
        var_301 = wp::float(var_300);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_303 = wp::mul(var_302, var_0);
        var_304 = wp::add(var_303, var_7);
        var_305 = &(var_fine.shape);
        var_308 = wp::load(var_305);
        var_307 = wp::extract(var_308, var_306);
        var_309 = idx_clamp_0(var_304, var_307);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_311 = wp::mul(var_310, var_1);
        var_312 = wp::add(var_311, var_250);
        var_313 = &(var_fine.shape);
        var_316 = wp::load(var_313);
        var_315 = wp::extract(var_316, var_314);
        var_317 = idx_clamp_0(var_312, var_315);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_319 = wp::mul(var_318, var_2);
        var_320 = wp::add(var_319, var_291);
        var_321 = &(var_fine.shape);
        var_324 = wp::load(var_321);
        var_323 = wp::extract(var_324, var_322);
        var_325 = idx_clamp_0(var_320, var_323);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_326 = wp::address(var_fine, var_309, var_317, var_325);
        var_328 = wp::load(var_326);
        var_327 = wp::mul(var_301, var_328);
        var_329 = wp::add(var_289, var_327);
        // wsum += w                                                                              <L 59>
        var_330 = wp::add(var_290, var_301);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_334 = wp::abs(var_7);
        var_335 = wp::abs(var_250);
        var_336 = wp::add(var_334, var_335);
        var_337 = wp::abs(var_331);
        var_338 = wp::add(var_336, var_337);
        var_339 = wp::sub(var_333, var_338);
        var_340 = wp::lshift(var_332, var_339);
        var_341 = wp::float(var_340);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_343 = wp::mul(var_342, var_0);
        var_344 = wp::add(var_343, var_7);
        var_345 = &(var_fine.shape);
        var_348 = wp::load(var_345);
        var_347 = wp::extract(var_348, var_346);
        var_349 = idx_clamp_0(var_344, var_347);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_351 = wp::mul(var_350, var_1);
        var_352 = wp::add(var_351, var_250);
        var_353 = &(var_fine.shape);
        var_356 = wp::load(var_353);
        var_355 = wp::extract(var_356, var_354);
        var_357 = idx_clamp_0(var_352, var_355);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_359 = wp::mul(var_358, var_2);
        var_360 = wp::add(var_359, var_331);
        var_361 = &(var_fine.shape);
        var_364 = wp::load(var_361);
        var_363 = wp::extract(var_364, var_362);
        var_365 = idx_clamp_0(var_360, var_363);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_366 = wp::address(var_fine, var_349, var_357, var_365);
        var_368 = wp::load(var_366);
        var_367 = wp::mul(var_341, var_368);
        var_369 = wp::add(var_329, var_367);
        // wsum += w                                                                              <L 59>
        var_370 = wp::add(var_330, var_341);
        // for dj in range(-1, 2):                                                                <L 52>
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_376 = wp::abs(var_371);
        var_377 = wp::abs(var_372);
        var_378 = wp::add(var_376, var_377);
        var_379 = wp::abs(var_373);
        var_380 = wp::add(var_378, var_379);
        var_381 = wp::sub(var_375, var_380);
        var_382 = wp::lshift(var_374, var_381);
        var_383 = wp::float(var_382);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_385 = wp::mul(var_384, var_0);
        var_386 = wp::add(var_385, var_371);
        var_387 = &(var_fine.shape);
        var_390 = wp::load(var_387);
        var_389 = wp::extract(var_390, var_388);
        var_391 = idx_clamp_0(var_386, var_389);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_393 = wp::mul(var_392, var_1);
        var_394 = wp::add(var_393, var_372);
        var_395 = &(var_fine.shape);
        var_398 = wp::load(var_395);
        var_397 = wp::extract(var_398, var_396);
        var_399 = idx_clamp_0(var_394, var_397);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_401 = wp::mul(var_400, var_2);
        var_402 = wp::add(var_401, var_373);
        var_403 = &(var_fine.shape);
        var_406 = wp::load(var_403);
        var_405 = wp::extract(var_406, var_404);
        var_407 = idx_clamp_0(var_402, var_405);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_408 = wp::address(var_fine, var_391, var_399, var_407);
        var_410 = wp::load(var_408);
        var_409 = wp::mul(var_383, var_410);
        var_411 = wp::add(var_369, var_409);
        // wsum += w                                                                              <L 59>
        var_412 = wp::add(var_370, var_383);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_416 = wp::abs(var_371);
        var_417 = wp::abs(var_372);
        var_418 = wp::add(var_416, var_417);
        var_419 = wp::abs(var_413);
        var_420 = wp::add(var_418, var_419);
        var_421 = wp::sub(var_415, var_420);
        var_422 = wp::lshift(var_414, var_421);
        var_423 = wp::float(var_422);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_425 = wp::mul(var_424, var_0);
        var_426 = wp::add(var_425, var_371);
        var_427 = &(var_fine.shape);
        var_430 = wp::load(var_427);
        var_429 = wp::extract(var_430, var_428);
        var_431 = idx_clamp_0(var_426, var_429);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_433 = wp::mul(var_432, var_1);
        var_434 = wp::add(var_433, var_372);
        var_435 = &(var_fine.shape);
        var_438 = wp::load(var_435);
        var_437 = wp::extract(var_438, var_436);
        var_439 = idx_clamp_0(var_434, var_437);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_441 = wp::mul(var_440, var_2);
        var_442 = wp::add(var_441, var_413);
        var_443 = &(var_fine.shape);
        var_446 = wp::load(var_443);
        var_445 = wp::extract(var_446, var_444);
        var_447 = idx_clamp_0(var_442, var_445);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_448 = wp::address(var_fine, var_431, var_439, var_447);
        var_450 = wp::load(var_448);
        var_449 = wp::mul(var_423, var_450);
        var_451 = wp::add(var_411, var_449);
        // wsum += w                                                                              <L 59>
        var_452 = wp::add(var_412, var_423);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_456 = wp::abs(var_371);
        var_457 = wp::abs(var_372);
        var_458 = wp::add(var_456, var_457);
        var_459 = wp::abs(var_453);
        var_460 = wp::add(var_458, var_459);
        var_461 = wp::sub(var_455, var_460);
        var_462 = wp::lshift(var_454, var_461);
        var_463 = wp::float(var_462);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_465 = wp::mul(var_464, var_0);
        var_466 = wp::add(var_465, var_371);
        var_467 = &(var_fine.shape);
        var_470 = wp::load(var_467);
        var_469 = wp::extract(var_470, var_468);
        var_471 = idx_clamp_0(var_466, var_469);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_473 = wp::mul(var_472, var_1);
        var_474 = wp::add(var_473, var_372);
        var_475 = &(var_fine.shape);
        var_478 = wp::load(var_475);
        var_477 = wp::extract(var_478, var_476);
        var_479 = idx_clamp_0(var_474, var_477);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_481 = wp::mul(var_480, var_2);
        var_482 = wp::add(var_481, var_453);
        var_483 = &(var_fine.shape);
        var_486 = wp::load(var_483);
        var_485 = wp::extract(var_486, var_484);
        var_487 = idx_clamp_0(var_482, var_485);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_488 = wp::address(var_fine, var_471, var_479, var_487);
        var_490 = wp::load(var_488);
        var_489 = wp::mul(var_463, var_490);
        var_491 = wp::add(var_451, var_489);
        // wsum += w                                                                              <L 59>
        var_492 = wp::add(var_452, var_463);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_497 = wp::abs(var_371);
        var_498 = wp::abs(var_493);
        var_499 = wp::add(var_497, var_498);
        var_500 = wp::abs(var_494);
        var_501 = wp::add(var_499, var_500);
        var_502 = wp::sub(var_496, var_501);
        var_503 = wp::lshift(var_495, var_502);
        var_504 = wp::float(var_503);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_506 = wp::mul(var_505, var_0);
        var_507 = wp::add(var_506, var_371);
        var_508 = &(var_fine.shape);
        var_511 = wp::load(var_508);
        var_510 = wp::extract(var_511, var_509);
        var_512 = idx_clamp_0(var_507, var_510);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_514 = wp::mul(var_513, var_1);
        var_515 = wp::add(var_514, var_493);
        var_516 = &(var_fine.shape);
        var_519 = wp::load(var_516);
        var_518 = wp::extract(var_519, var_517);
        var_520 = idx_clamp_0(var_515, var_518);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_522 = wp::mul(var_521, var_2);
        var_523 = wp::add(var_522, var_494);
        var_524 = &(var_fine.shape);
        var_527 = wp::load(var_524);
        var_526 = wp::extract(var_527, var_525);
        var_528 = idx_clamp_0(var_523, var_526);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_529 = wp::address(var_fine, var_512, var_520, var_528);
        var_531 = wp::load(var_529);
        var_530 = wp::mul(var_504, var_531);
        var_532 = wp::add(var_491, var_530);
        // wsum += w                                                                              <L 59>
        var_533 = wp::add(var_492, var_504);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_537 = wp::abs(var_371);
        var_538 = wp::abs(var_493);
        var_539 = wp::add(var_537, var_538);
        var_540 = wp::abs(var_534);
        var_541 = wp::add(var_539, var_540);
        var_542 = wp::sub(var_536, var_541);
        var_543 = wp::lshift(var_535, var_542);
        var_544 = wp::float(var_543);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_546 = wp::mul(var_545, var_0);
        var_547 = wp::add(var_546, var_371);
        var_548 = &(var_fine.shape);
        var_551 = wp::load(var_548);
        var_550 = wp::extract(var_551, var_549);
        var_552 = idx_clamp_0(var_547, var_550);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_554 = wp::mul(var_553, var_1);
        var_555 = wp::add(var_554, var_493);
        var_556 = &(var_fine.shape);
        var_559 = wp::load(var_556);
        var_558 = wp::extract(var_559, var_557);
        var_560 = idx_clamp_0(var_555, var_558);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_562 = wp::mul(var_561, var_2);
        var_563 = wp::add(var_562, var_534);
        var_564 = &(var_fine.shape);
        var_567 = wp::load(var_564);
        var_566 = wp::extract(var_567, var_565);
        var_568 = idx_clamp_0(var_563, var_566);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_569 = wp::address(var_fine, var_552, var_560, var_568);
        var_571 = wp::load(var_569);
        var_570 = wp::mul(var_544, var_571);
        var_572 = wp::add(var_532, var_570);
        // wsum += w                                                                              <L 59>
        var_573 = wp::add(var_533, var_544);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_577 = wp::abs(var_371);
        var_578 = wp::abs(var_493);
        var_579 = wp::add(var_577, var_578);
        var_580 = wp::abs(var_574);
        var_581 = wp::add(var_579, var_580);
        var_582 = wp::sub(var_576, var_581);
        var_583 = wp::lshift(var_575, var_582);
        var_584 = wp::float(var_583);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_586 = wp::mul(var_585, var_0);
        var_587 = wp::add(var_586, var_371);
        var_588 = &(var_fine.shape);
        var_591 = wp::load(var_588);
        var_590 = wp::extract(var_591, var_589);
        var_592 = idx_clamp_0(var_587, var_590);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_594 = wp::mul(var_593, var_1);
        var_595 = wp::add(var_594, var_493);
        var_596 = &(var_fine.shape);
        var_599 = wp::load(var_596);
        var_598 = wp::extract(var_599, var_597);
        var_600 = idx_clamp_0(var_595, var_598);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_602 = wp::mul(var_601, var_2);
        var_603 = wp::add(var_602, var_574);
        var_604 = &(var_fine.shape);
        var_607 = wp::load(var_604);
        var_606 = wp::extract(var_607, var_605);
        var_608 = idx_clamp_0(var_603, var_606);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_609 = wp::address(var_fine, var_592, var_600, var_608);
        var_611 = wp::load(var_609);
        var_610 = wp::mul(var_584, var_611);
        var_612 = wp::add(var_572, var_610);
        // wsum += w                                                                              <L 59>
        var_613 = wp::add(var_573, var_584);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_618 = wp::abs(var_371);
        var_619 = wp::abs(var_614);
        var_620 = wp::add(var_618, var_619);
        var_621 = wp::abs(var_615);
        var_622 = wp::add(var_620, var_621);
        var_623 = wp::sub(var_617, var_622);
        var_624 = wp::lshift(var_616, var_623);
        var_625 = wp::float(var_624);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_627 = wp::mul(var_626, var_0);
        var_628 = wp::add(var_627, var_371);
        var_629 = &(var_fine.shape);
        var_632 = wp::load(var_629);
        var_631 = wp::extract(var_632, var_630);
        var_633 = idx_clamp_0(var_628, var_631);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_635 = wp::mul(var_634, var_1);
        var_636 = wp::add(var_635, var_614);
        var_637 = &(var_fine.shape);
        var_640 = wp::load(var_637);
        var_639 = wp::extract(var_640, var_638);
        var_641 = idx_clamp_0(var_636, var_639);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_643 = wp::mul(var_642, var_2);
        var_644 = wp::add(var_643, var_615);
        var_645 = &(var_fine.shape);
        var_648 = wp::load(var_645);
        var_647 = wp::extract(var_648, var_646);
        var_649 = idx_clamp_0(var_644, var_647);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_650 = wp::address(var_fine, var_633, var_641, var_649);
        var_652 = wp::load(var_650);
        var_651 = wp::mul(var_625, var_652);
        var_653 = wp::add(var_612, var_651);
        // wsum += w                                                                              <L 59>
        var_654 = wp::add(var_613, var_625);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_658 = wp::abs(var_371);
        var_659 = wp::abs(var_614);
        var_660 = wp::add(var_658, var_659);
        var_661 = wp::abs(var_655);
        var_662 = wp::add(var_660, var_661);
        var_663 = wp::sub(var_657, var_662);
        var_664 = wp::lshift(var_656, var_663);
        var_665 = wp::float(var_664);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_667 = wp::mul(var_666, var_0);
        var_668 = wp::add(var_667, var_371);
        var_669 = &(var_fine.shape);
        var_672 = wp::load(var_669);
        var_671 = wp::extract(var_672, var_670);
        var_673 = idx_clamp_0(var_668, var_671);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_675 = wp::mul(var_674, var_1);
        var_676 = wp::add(var_675, var_614);
        var_677 = &(var_fine.shape);
        var_680 = wp::load(var_677);
        var_679 = wp::extract(var_680, var_678);
        var_681 = idx_clamp_0(var_676, var_679);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_683 = wp::mul(var_682, var_2);
        var_684 = wp::add(var_683, var_655);
        var_685 = &(var_fine.shape);
        var_688 = wp::load(var_685);
        var_687 = wp::extract(var_688, var_686);
        var_689 = idx_clamp_0(var_684, var_687);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_690 = wp::address(var_fine, var_673, var_681, var_689);
        var_692 = wp::load(var_690);
        var_691 = wp::mul(var_665, var_692);
        var_693 = wp::add(var_653, var_691);
        // wsum += w                                                                              <L 59>
        var_694 = wp::add(var_654, var_665);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_698 = wp::abs(var_371);
        var_699 = wp::abs(var_614);
        var_700 = wp::add(var_698, var_699);
        var_701 = wp::abs(var_695);
        var_702 = wp::add(var_700, var_701);
        var_703 = wp::sub(var_697, var_702);
        var_704 = wp::lshift(var_696, var_703);
        var_705 = wp::float(var_704);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_707 = wp::mul(var_706, var_0);
        var_708 = wp::add(var_707, var_371);
        var_709 = &(var_fine.shape);
        var_712 = wp::load(var_709);
        var_711 = wp::extract(var_712, var_710);
        var_713 = idx_clamp_0(var_708, var_711);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_715 = wp::mul(var_714, var_1);
        var_716 = wp::add(var_715, var_614);
        var_717 = &(var_fine.shape);
        var_720 = wp::load(var_717);
        var_719 = wp::extract(var_720, var_718);
        var_721 = idx_clamp_0(var_716, var_719);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_723 = wp::mul(var_722, var_2);
        var_724 = wp::add(var_723, var_695);
        var_725 = &(var_fine.shape);
        var_728 = wp::load(var_725);
        var_727 = wp::extract(var_728, var_726);
        var_729 = idx_clamp_0(var_724, var_727);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_730 = wp::address(var_fine, var_713, var_721, var_729);
        var_732 = wp::load(var_730);
        var_731 = wp::mul(var_705, var_732);
        var_733 = wp::add(var_693, var_731);
        // wsum += w                                                                              <L 59>
        var_734 = wp::add(var_694, var_705);
        // for dj in range(-1, 2):                                                                <L 52>
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_740 = wp::abs(var_735);
        var_741 = wp::abs(var_736);
        var_742 = wp::add(var_740, var_741);
        var_743 = wp::abs(var_737);
        var_744 = wp::add(var_742, var_743);
        var_745 = wp::sub(var_739, var_744);
        var_746 = wp::lshift(var_738, var_745);
        var_747 = wp::float(var_746);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_749 = wp::mul(var_748, var_0);
        var_750 = wp::add(var_749, var_735);
        var_751 = &(var_fine.shape);
        var_754 = wp::load(var_751);
        var_753 = wp::extract(var_754, var_752);
        var_755 = idx_clamp_0(var_750, var_753);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_757 = wp::mul(var_756, var_1);
        var_758 = wp::add(var_757, var_736);
        var_759 = &(var_fine.shape);
        var_762 = wp::load(var_759);
        var_761 = wp::extract(var_762, var_760);
        var_763 = idx_clamp_0(var_758, var_761);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_765 = wp::mul(var_764, var_2);
        var_766 = wp::add(var_765, var_737);
        var_767 = &(var_fine.shape);
        var_770 = wp::load(var_767);
        var_769 = wp::extract(var_770, var_768);
        var_771 = idx_clamp_0(var_766, var_769);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_772 = wp::address(var_fine, var_755, var_763, var_771);
        var_774 = wp::load(var_772);
        var_773 = wp::mul(var_747, var_774);
        var_775 = wp::add(var_733, var_773);
        // wsum += w                                                                              <L 59>
        var_776 = wp::add(var_734, var_747);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_780 = wp::abs(var_735);
        var_781 = wp::abs(var_736);
        var_782 = wp::add(var_780, var_781);
        var_783 = wp::abs(var_777);
        var_784 = wp::add(var_782, var_783);
        var_785 = wp::sub(var_779, var_784);
        var_786 = wp::lshift(var_778, var_785);
        var_787 = wp::float(var_786);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_789 = wp::mul(var_788, var_0);
        var_790 = wp::add(var_789, var_735);
        var_791 = &(var_fine.shape);
        var_794 = wp::load(var_791);
        var_793 = wp::extract(var_794, var_792);
        var_795 = idx_clamp_0(var_790, var_793);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_797 = wp::mul(var_796, var_1);
        var_798 = wp::add(var_797, var_736);
        var_799 = &(var_fine.shape);
        var_802 = wp::load(var_799);
        var_801 = wp::extract(var_802, var_800);
        var_803 = idx_clamp_0(var_798, var_801);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_805 = wp::mul(var_804, var_2);
        var_806 = wp::add(var_805, var_777);
        var_807 = &(var_fine.shape);
        var_810 = wp::load(var_807);
        var_809 = wp::extract(var_810, var_808);
        var_811 = idx_clamp_0(var_806, var_809);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_812 = wp::address(var_fine, var_795, var_803, var_811);
        var_814 = wp::load(var_812);
        var_813 = wp::mul(var_787, var_814);
        var_815 = wp::add(var_775, var_813);
        // wsum += w                                                                              <L 59>
        var_816 = wp::add(var_776, var_787);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_820 = wp::abs(var_735);
        var_821 = wp::abs(var_736);
        var_822 = wp::add(var_820, var_821);
        var_823 = wp::abs(var_817);
        var_824 = wp::add(var_822, var_823);
        var_825 = wp::sub(var_819, var_824);
        var_826 = wp::lshift(var_818, var_825);
        var_827 = wp::float(var_826);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_829 = wp::mul(var_828, var_0);
        var_830 = wp::add(var_829, var_735);
        var_831 = &(var_fine.shape);
        var_834 = wp::load(var_831);
        var_833 = wp::extract(var_834, var_832);
        var_835 = idx_clamp_0(var_830, var_833);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_837 = wp::mul(var_836, var_1);
        var_838 = wp::add(var_837, var_736);
        var_839 = &(var_fine.shape);
        var_842 = wp::load(var_839);
        var_841 = wp::extract(var_842, var_840);
        var_843 = idx_clamp_0(var_838, var_841);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_845 = wp::mul(var_844, var_2);
        var_846 = wp::add(var_845, var_817);
        var_847 = &(var_fine.shape);
        var_850 = wp::load(var_847);
        var_849 = wp::extract(var_850, var_848);
        var_851 = idx_clamp_0(var_846, var_849);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_852 = wp::address(var_fine, var_835, var_843, var_851);
        var_854 = wp::load(var_852);
        var_853 = wp::mul(var_827, var_854);
        var_855 = wp::add(var_815, var_853);
        // wsum += w                                                                              <L 59>
        var_856 = wp::add(var_816, var_827);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_861 = wp::abs(var_735);
        var_862 = wp::abs(var_857);
        var_863 = wp::add(var_861, var_862);
        var_864 = wp::abs(var_858);
        var_865 = wp::add(var_863, var_864);
        var_866 = wp::sub(var_860, var_865);
        var_867 = wp::lshift(var_859, var_866);
        var_868 = wp::float(var_867);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_870 = wp::mul(var_869, var_0);
        var_871 = wp::add(var_870, var_735);
        var_872 = &(var_fine.shape);
        var_875 = wp::load(var_872);
        var_874 = wp::extract(var_875, var_873);
        var_876 = idx_clamp_0(var_871, var_874);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_878 = wp::mul(var_877, var_1);
        var_879 = wp::add(var_878, var_857);
        var_880 = &(var_fine.shape);
        var_883 = wp::load(var_880);
        var_882 = wp::extract(var_883, var_881);
        var_884 = idx_clamp_0(var_879, var_882);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_886 = wp::mul(var_885, var_2);
        var_887 = wp::add(var_886, var_858);
        var_888 = &(var_fine.shape);
        var_891 = wp::load(var_888);
        var_890 = wp::extract(var_891, var_889);
        var_892 = idx_clamp_0(var_887, var_890);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_893 = wp::address(var_fine, var_876, var_884, var_892);
        var_895 = wp::load(var_893);
        var_894 = wp::mul(var_868, var_895);
        var_896 = wp::add(var_855, var_894);
        // wsum += w                                                                              <L 59>
        var_897 = wp::add(var_856, var_868);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_901 = wp::abs(var_735);
        var_902 = wp::abs(var_857);
        var_903 = wp::add(var_901, var_902);
        var_904 = wp::abs(var_898);
        var_905 = wp::add(var_903, var_904);
        var_906 = wp::sub(var_900, var_905);
        var_907 = wp::lshift(var_899, var_906);
        var_908 = wp::float(var_907);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_910 = wp::mul(var_909, var_0);
        var_911 = wp::add(var_910, var_735);
        var_912 = &(var_fine.shape);
        var_915 = wp::load(var_912);
        var_914 = wp::extract(var_915, var_913);
        var_916 = idx_clamp_0(var_911, var_914);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_918 = wp::mul(var_917, var_1);
        var_919 = wp::add(var_918, var_857);
        var_920 = &(var_fine.shape);
        var_923 = wp::load(var_920);
        var_922 = wp::extract(var_923, var_921);
        var_924 = idx_clamp_0(var_919, var_922);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_926 = wp::mul(var_925, var_2);
        var_927 = wp::add(var_926, var_898);
        var_928 = &(var_fine.shape);
        var_931 = wp::load(var_928);
        var_930 = wp::extract(var_931, var_929);
        var_932 = idx_clamp_0(var_927, var_930);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_933 = wp::address(var_fine, var_916, var_924, var_932);
        var_935 = wp::load(var_933);
        var_934 = wp::mul(var_908, var_935);
        var_936 = wp::add(var_896, var_934);
        // wsum += w                                                                              <L 59>
        var_937 = wp::add(var_897, var_908);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_941 = wp::abs(var_735);
        var_942 = wp::abs(var_857);
        var_943 = wp::add(var_941, var_942);
        var_944 = wp::abs(var_938);
        var_945 = wp::add(var_943, var_944);
        var_946 = wp::sub(var_940, var_945);
        var_947 = wp::lshift(var_939, var_946);
        var_948 = wp::float(var_947);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_950 = wp::mul(var_949, var_0);
        var_951 = wp::add(var_950, var_735);
        var_952 = &(var_fine.shape);
        var_955 = wp::load(var_952);
        var_954 = wp::extract(var_955, var_953);
        var_956 = idx_clamp_0(var_951, var_954);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_958 = wp::mul(var_957, var_1);
        var_959 = wp::add(var_958, var_857);
        var_960 = &(var_fine.shape);
        var_963 = wp::load(var_960);
        var_962 = wp::extract(var_963, var_961);
        var_964 = idx_clamp_0(var_959, var_962);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_966 = wp::mul(var_965, var_2);
        var_967 = wp::add(var_966, var_938);
        var_968 = &(var_fine.shape);
        var_971 = wp::load(var_968);
        var_970 = wp::extract(var_971, var_969);
        var_972 = idx_clamp_0(var_967, var_970);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_973 = wp::address(var_fine, var_956, var_964, var_972);
        var_975 = wp::load(var_973);
        var_974 = wp::mul(var_948, var_975);
        var_976 = wp::add(var_936, var_974);
        // wsum += w                                                                              <L 59>
        var_977 = wp::add(var_937, var_948);
        // for dk in range(-1, 2):                                                                <L 53>
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_982 = wp::abs(var_735);
        var_983 = wp::abs(var_978);
        var_984 = wp::add(var_982, var_983);
        var_985 = wp::abs(var_979);
        var_986 = wp::add(var_984, var_985);
        var_987 = wp::sub(var_981, var_986);
        var_988 = wp::lshift(var_980, var_987);
        var_989 = wp::float(var_988);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_991 = wp::mul(var_990, var_0);
        var_992 = wp::add(var_991, var_735);
        var_993 = &(var_fine.shape);
        var_996 = wp::load(var_993);
        var_995 = wp::extract(var_996, var_994);
        var_997 = idx_clamp_0(var_992, var_995);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_999 = wp::mul(var_998, var_1);
        var_1000 = wp::add(var_999, var_978);
        var_1001 = &(var_fine.shape);
        var_1004 = wp::load(var_1001);
        var_1003 = wp::extract(var_1004, var_1002);
        var_1005 = idx_clamp_0(var_1000, var_1003);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1007 = wp::mul(var_1006, var_2);
        var_1008 = wp::add(var_1007, var_979);
        var_1009 = &(var_fine.shape);
        var_1012 = wp::load(var_1009);
        var_1011 = wp::extract(var_1012, var_1010);
        var_1013 = idx_clamp_0(var_1008, var_1011);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1014 = wp::address(var_fine, var_997, var_1005, var_1013);
        var_1016 = wp::load(var_1014);
        var_1015 = wp::mul(var_989, var_1016);
        var_1017 = wp::add(var_976, var_1015);
        // wsum += w                                                                              <L 59>
        var_1018 = wp::add(var_977, var_989);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_1022 = wp::abs(var_735);
        var_1023 = wp::abs(var_978);
        var_1024 = wp::add(var_1022, var_1023);
        var_1025 = wp::abs(var_1019);
        var_1026 = wp::add(var_1024, var_1025);
        var_1027 = wp::sub(var_1021, var_1026);
        var_1028 = wp::lshift(var_1020, var_1027);
        var_1029 = wp::float(var_1028);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_1031 = wp::mul(var_1030, var_0);
        var_1032 = wp::add(var_1031, var_735);
        var_1033 = &(var_fine.shape);
        var_1036 = wp::load(var_1033);
        var_1035 = wp::extract(var_1036, var_1034);
        var_1037 = idx_clamp_0(var_1032, var_1035);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_1039 = wp::mul(var_1038, var_1);
        var_1040 = wp::add(var_1039, var_978);
        var_1041 = &(var_fine.shape);
        var_1044 = wp::load(var_1041);
        var_1043 = wp::extract(var_1044, var_1042);
        var_1045 = idx_clamp_0(var_1040, var_1043);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1047 = wp::mul(var_1046, var_2);
        var_1048 = wp::add(var_1047, var_1019);
        var_1049 = &(var_fine.shape);
        var_1052 = wp::load(var_1049);
        var_1051 = wp::extract(var_1052, var_1050);
        var_1053 = idx_clamp_0(var_1048, var_1051);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1054 = wp::address(var_fine, var_1037, var_1045, var_1053);
        var_1056 = wp::load(var_1054);
        var_1055 = wp::mul(var_1029, var_1056);
        var_1057 = wp::add(var_1017, var_1055);
        // wsum += w                                                                              <L 59>
        var_1058 = wp::add(var_1018, var_1029);
        // w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                           <L 54>
        var_1062 = wp::abs(var_735);
        var_1063 = wp::abs(var_978);
        var_1064 = wp::add(var_1062, var_1063);
        var_1065 = wp::abs(var_1059);
        var_1066 = wp::add(var_1064, var_1065);
        var_1067 = wp::sub(var_1061, var_1066);
        var_1068 = wp::lshift(var_1060, var_1067);
        var_1069 = wp::float(var_1068);
        // fi = idx_clamp(2 * i + di, fine.shape[0])                                              <L 55>
        var_1071 = wp::mul(var_1070, var_0);
        var_1072 = wp::add(var_1071, var_735);
        var_1073 = &(var_fine.shape);
        var_1076 = wp::load(var_1073);
        var_1075 = wp::extract(var_1076, var_1074);
        var_1077 = idx_clamp_0(var_1072, var_1075);
        // fj = idx_clamp(2 * j + dj, fine.shape[1])                                              <L 56>
        var_1079 = wp::mul(var_1078, var_1);
        var_1080 = wp::add(var_1079, var_978);
        var_1081 = &(var_fine.shape);
        var_1084 = wp::load(var_1081);
        var_1083 = wp::extract(var_1084, var_1082);
        var_1085 = idx_clamp_0(var_1080, var_1083);
        // fk = idx_clamp(2 * k + dk, fine.shape[2])                                              <L 57>
        var_1087 = wp::mul(var_1086, var_2);
        var_1088 = wp::add(var_1087, var_1059);
        var_1089 = &(var_fine.shape);
        var_1092 = wp::load(var_1089);
        var_1091 = wp::extract(var_1092, var_1090);
        var_1093 = idx_clamp_0(var_1088, var_1091);
        // acc += w * fine[fi, fj, fk]                                                            <L 58>
        var_1094 = wp::address(var_fine, var_1077, var_1085, var_1093);
        var_1096 = wp::load(var_1094);
        var_1095 = wp::mul(var_1069, var_1096);
        var_1097 = wp::add(var_1057, var_1095);
        // wsum += w                                                                              <L 59>
        var_1098 = wp::add(var_1058, var_1069);
        // coarse[i, j, k] = acc / wsum                                                           <L 60>
        var_1099 = wp::div(var_1097, var_1098);
        // wp::array_store(var_coarse, var_0, var_1, var_2, var_1099);
        //---------
        // reverse
        wp::adj_array_store(var_coarse, var_0, var_1, var_2, var_1099, adj_coarse, adj_0, adj_1, adj_2, adj_1099);
        wp::adj_div(var_1097, var_1098, var_1099, adj_1097, adj_1098, adj_1099);
        // adj: coarse[i, j, k] = acc / wsum                                                      <L 60>
        wp::adj_add(var_1058, var_1069, adj_1058, adj_1069, adj_1098);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_1057, var_1095, adj_1057, adj_1095, adj_1097);
        wp::adj_mul(var_1069, var_1096, adj_1069, adj_1094, adj_1095);
        wp::adj_address(var_fine, var_1077, var_1085, var_1093, adj_fine, adj_1077, adj_1085, adj_1093, adj_1094);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_1088, var_1091, adj_1088, adj_1091, adj_1093);
        adj_fine.shape = adj_1089;
        wp::adj_add(var_1087, var_1059, adj_1087, adj_1059, adj_1088);
        wp::adj_mul(var_1086, var_2, adj_1086, adj_2, adj_1087);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_1080, var_1083, adj_1080, adj_1083, adj_1085);
        adj_fine.shape = adj_1081;
        wp::adj_add(var_1079, var_978, adj_1079, adj_978, adj_1080);
        wp::adj_mul(var_1078, var_1, adj_1078, adj_1, adj_1079);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_1072, var_1075, adj_1072, adj_1075, adj_1077);
        adj_fine.shape = adj_1073;
        wp::adj_add(var_1071, var_735, adj_1071, adj_735, adj_1072);
        wp::adj_mul(var_1070, var_0, adj_1070, adj_0, adj_1071);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_1068, adj_1068, adj_1069);
        wp::adj_sub(var_1061, var_1066, adj_1061, adj_1066, adj_1067);
        wp::adj_add(var_1064, var_1065, adj_1064, adj_1065, adj_1066);
        wp::adj_abs(var_1059, adj_1059, adj_1065);
        wp::adj_add(var_1062, var_1063, adj_1062, adj_1063, adj_1064);
        wp::adj_abs(var_978, adj_978, adj_1063);
        wp::adj_abs(var_735, adj_735, adj_1062);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_1018, var_1029, adj_1018, adj_1029, adj_1058);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_1017, var_1055, adj_1017, adj_1055, adj_1057);
        wp::adj_mul(var_1029, var_1056, adj_1029, adj_1054, adj_1055);
        wp::adj_address(var_fine, var_1037, var_1045, var_1053, adj_fine, adj_1037, adj_1045, adj_1053, adj_1054);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_1048, var_1051, adj_1048, adj_1051, adj_1053);
        adj_fine.shape = adj_1049;
        wp::adj_add(var_1047, var_1019, adj_1047, adj_1019, adj_1048);
        wp::adj_mul(var_1046, var_2, adj_1046, adj_2, adj_1047);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_1040, var_1043, adj_1040, adj_1043, adj_1045);
        adj_fine.shape = adj_1041;
        wp::adj_add(var_1039, var_978, adj_1039, adj_978, adj_1040);
        wp::adj_mul(var_1038, var_1, adj_1038, adj_1, adj_1039);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_1032, var_1035, adj_1032, adj_1035, adj_1037);
        adj_fine.shape = adj_1033;
        wp::adj_add(var_1031, var_735, adj_1031, adj_735, adj_1032);
        wp::adj_mul(var_1030, var_0, adj_1030, adj_0, adj_1031);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_1028, adj_1028, adj_1029);
        wp::adj_sub(var_1021, var_1026, adj_1021, adj_1026, adj_1027);
        wp::adj_add(var_1024, var_1025, adj_1024, adj_1025, adj_1026);
        wp::adj_abs(var_1019, adj_1019, adj_1025);
        wp::adj_add(var_1022, var_1023, adj_1022, adj_1023, adj_1024);
        wp::adj_abs(var_978, adj_978, adj_1023);
        wp::adj_abs(var_735, adj_735, adj_1022);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_977, var_989, adj_977, adj_989, adj_1018);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_976, var_1015, adj_976, adj_1015, adj_1017);
        wp::adj_mul(var_989, var_1016, adj_989, adj_1014, adj_1015);
        wp::adj_address(var_fine, var_997, var_1005, var_1013, adj_fine, adj_997, adj_1005, adj_1013, adj_1014);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_1008, var_1011, adj_1008, adj_1011, adj_1013);
        adj_fine.shape = adj_1009;
        wp::adj_add(var_1007, var_979, adj_1007, adj_979, adj_1008);
        wp::adj_mul(var_1006, var_2, adj_1006, adj_2, adj_1007);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_1000, var_1003, adj_1000, adj_1003, adj_1005);
        adj_fine.shape = adj_1001;
        wp::adj_add(var_999, var_978, adj_999, adj_978, adj_1000);
        wp::adj_mul(var_998, var_1, adj_998, adj_1, adj_999);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_992, var_995, adj_992, adj_995, adj_997);
        adj_fine.shape = adj_993;
        wp::adj_add(var_991, var_735, adj_991, adj_735, adj_992);
        wp::adj_mul(var_990, var_0, adj_990, adj_0, adj_991);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_988, adj_988, adj_989);
        wp::adj_sub(var_981, var_986, adj_981, adj_986, adj_987);
        wp::adj_add(var_984, var_985, adj_984, adj_985, adj_986);
        wp::adj_abs(var_979, adj_979, adj_985);
        wp::adj_add(var_982, var_983, adj_982, adj_983, adj_984);
        wp::adj_abs(var_978, adj_978, adj_983);
        wp::adj_abs(var_735, adj_735, adj_982);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        wp::adj_add(var_937, var_948, adj_937, adj_948, adj_977);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_936, var_974, adj_936, adj_974, adj_976);
        wp::adj_mul(var_948, var_975, adj_948, adj_973, adj_974);
        wp::adj_address(var_fine, var_956, var_964, var_972, adj_fine, adj_956, adj_964, adj_972, adj_973);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_967, var_970, adj_967, adj_970, adj_972);
        adj_fine.shape = adj_968;
        wp::adj_add(var_966, var_938, adj_966, adj_938, adj_967);
        wp::adj_mul(var_965, var_2, adj_965, adj_2, adj_966);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_959, var_962, adj_959, adj_962, adj_964);
        adj_fine.shape = adj_960;
        wp::adj_add(var_958, var_857, adj_958, adj_857, adj_959);
        wp::adj_mul(var_957, var_1, adj_957, adj_1, adj_958);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_951, var_954, adj_951, adj_954, adj_956);
        adj_fine.shape = adj_952;
        wp::adj_add(var_950, var_735, adj_950, adj_735, adj_951);
        wp::adj_mul(var_949, var_0, adj_949, adj_0, adj_950);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_947, adj_947, adj_948);
        wp::adj_sub(var_940, var_945, adj_940, adj_945, adj_946);
        wp::adj_add(var_943, var_944, adj_943, adj_944, adj_945);
        wp::adj_abs(var_938, adj_938, adj_944);
        wp::adj_add(var_941, var_942, adj_941, adj_942, adj_943);
        wp::adj_abs(var_857, adj_857, adj_942);
        wp::adj_abs(var_735, adj_735, adj_941);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_897, var_908, adj_897, adj_908, adj_937);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_896, var_934, adj_896, adj_934, adj_936);
        wp::adj_mul(var_908, var_935, adj_908, adj_933, adj_934);
        wp::adj_address(var_fine, var_916, var_924, var_932, adj_fine, adj_916, adj_924, adj_932, adj_933);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_927, var_930, adj_927, adj_930, adj_932);
        adj_fine.shape = adj_928;
        wp::adj_add(var_926, var_898, adj_926, adj_898, adj_927);
        wp::adj_mul(var_925, var_2, adj_925, adj_2, adj_926);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_919, var_922, adj_919, adj_922, adj_924);
        adj_fine.shape = adj_920;
        wp::adj_add(var_918, var_857, adj_918, adj_857, adj_919);
        wp::adj_mul(var_917, var_1, adj_917, adj_1, adj_918);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_911, var_914, adj_911, adj_914, adj_916);
        adj_fine.shape = adj_912;
        wp::adj_add(var_910, var_735, adj_910, adj_735, adj_911);
        wp::adj_mul(var_909, var_0, adj_909, adj_0, adj_910);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_907, adj_907, adj_908);
        wp::adj_sub(var_900, var_905, adj_900, adj_905, adj_906);
        wp::adj_add(var_903, var_904, adj_903, adj_904, adj_905);
        wp::adj_abs(var_898, adj_898, adj_904);
        wp::adj_add(var_901, var_902, adj_901, adj_902, adj_903);
        wp::adj_abs(var_857, adj_857, adj_902);
        wp::adj_abs(var_735, adj_735, adj_901);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_856, var_868, adj_856, adj_868, adj_897);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_855, var_894, adj_855, adj_894, adj_896);
        wp::adj_mul(var_868, var_895, adj_868, adj_893, adj_894);
        wp::adj_address(var_fine, var_876, var_884, var_892, adj_fine, adj_876, adj_884, adj_892, adj_893);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_887, var_890, adj_887, adj_890, adj_892);
        adj_fine.shape = adj_888;
        wp::adj_add(var_886, var_858, adj_886, adj_858, adj_887);
        wp::adj_mul(var_885, var_2, adj_885, adj_2, adj_886);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_879, var_882, adj_879, adj_882, adj_884);
        adj_fine.shape = adj_880;
        wp::adj_add(var_878, var_857, adj_878, adj_857, adj_879);
        wp::adj_mul(var_877, var_1, adj_877, adj_1, adj_878);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_871, var_874, adj_871, adj_874, adj_876);
        adj_fine.shape = adj_872;
        wp::adj_add(var_870, var_735, adj_870, adj_735, adj_871);
        wp::adj_mul(var_869, var_0, adj_869, adj_0, adj_870);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_867, adj_867, adj_868);
        wp::adj_sub(var_860, var_865, adj_860, adj_865, adj_866);
        wp::adj_add(var_863, var_864, adj_863, adj_864, adj_865);
        wp::adj_abs(var_858, adj_858, adj_864);
        wp::adj_add(var_861, var_862, adj_861, adj_862, adj_863);
        wp::adj_abs(var_857, adj_857, adj_862);
        wp::adj_abs(var_735, adj_735, adj_861);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        wp::adj_add(var_816, var_827, adj_816, adj_827, adj_856);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_815, var_853, adj_815, adj_853, adj_855);
        wp::adj_mul(var_827, var_854, adj_827, adj_852, adj_853);
        wp::adj_address(var_fine, var_835, var_843, var_851, adj_fine, adj_835, adj_843, adj_851, adj_852);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_846, var_849, adj_846, adj_849, adj_851);
        adj_fine.shape = adj_847;
        wp::adj_add(var_845, var_817, adj_845, adj_817, adj_846);
        wp::adj_mul(var_844, var_2, adj_844, adj_2, adj_845);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_838, var_841, adj_838, adj_841, adj_843);
        adj_fine.shape = adj_839;
        wp::adj_add(var_837, var_736, adj_837, adj_736, adj_838);
        wp::adj_mul(var_836, var_1, adj_836, adj_1, adj_837);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_830, var_833, adj_830, adj_833, adj_835);
        adj_fine.shape = adj_831;
        wp::adj_add(var_829, var_735, adj_829, adj_735, adj_830);
        wp::adj_mul(var_828, var_0, adj_828, adj_0, adj_829);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_826, adj_826, adj_827);
        wp::adj_sub(var_819, var_824, adj_819, adj_824, adj_825);
        wp::adj_add(var_822, var_823, adj_822, adj_823, adj_824);
        wp::adj_abs(var_817, adj_817, adj_823);
        wp::adj_add(var_820, var_821, adj_820, adj_821, adj_822);
        wp::adj_abs(var_736, adj_736, adj_821);
        wp::adj_abs(var_735, adj_735, adj_820);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_776, var_787, adj_776, adj_787, adj_816);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_775, var_813, adj_775, adj_813, adj_815);
        wp::adj_mul(var_787, var_814, adj_787, adj_812, adj_813);
        wp::adj_address(var_fine, var_795, var_803, var_811, adj_fine, adj_795, adj_803, adj_811, adj_812);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_806, var_809, adj_806, adj_809, adj_811);
        adj_fine.shape = adj_807;
        wp::adj_add(var_805, var_777, adj_805, adj_777, adj_806);
        wp::adj_mul(var_804, var_2, adj_804, adj_2, adj_805);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_798, var_801, adj_798, adj_801, adj_803);
        adj_fine.shape = adj_799;
        wp::adj_add(var_797, var_736, adj_797, adj_736, adj_798);
        wp::adj_mul(var_796, var_1, adj_796, adj_1, adj_797);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_790, var_793, adj_790, adj_793, adj_795);
        adj_fine.shape = adj_791;
        wp::adj_add(var_789, var_735, adj_789, adj_735, adj_790);
        wp::adj_mul(var_788, var_0, adj_788, adj_0, adj_789);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_786, adj_786, adj_787);
        wp::adj_sub(var_779, var_784, adj_779, adj_784, adj_785);
        wp::adj_add(var_782, var_783, adj_782, adj_783, adj_784);
        wp::adj_abs(var_777, adj_777, adj_783);
        wp::adj_add(var_780, var_781, adj_780, adj_781, adj_782);
        wp::adj_abs(var_736, adj_736, adj_781);
        wp::adj_abs(var_735, adj_735, adj_780);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_734, var_747, adj_734, adj_747, adj_776);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_733, var_773, adj_733, adj_773, adj_775);
        wp::adj_mul(var_747, var_774, adj_747, adj_772, adj_773);
        wp::adj_address(var_fine, var_755, var_763, var_771, adj_fine, adj_755, adj_763, adj_771, adj_772);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_766, var_769, adj_766, adj_769, adj_771);
        adj_fine.shape = adj_767;
        wp::adj_add(var_765, var_737, adj_765, adj_737, adj_766);
        wp::adj_mul(var_764, var_2, adj_764, adj_2, adj_765);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_758, var_761, adj_758, adj_761, adj_763);
        adj_fine.shape = adj_759;
        wp::adj_add(var_757, var_736, adj_757, adj_736, adj_758);
        wp::adj_mul(var_756, var_1, adj_756, adj_1, adj_757);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_750, var_753, adj_750, adj_753, adj_755);
        adj_fine.shape = adj_751;
        wp::adj_add(var_749, var_735, adj_749, adj_735, adj_750);
        wp::adj_mul(var_748, var_0, adj_748, adj_0, adj_749);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_746, adj_746, adj_747);
        wp::adj_sub(var_739, var_744, adj_739, adj_744, adj_745);
        wp::adj_add(var_742, var_743, adj_742, adj_743, adj_744);
        wp::adj_abs(var_737, adj_737, adj_743);
        wp::adj_add(var_740, var_741, adj_740, adj_741, adj_742);
        wp::adj_abs(var_736, adj_736, adj_741);
        wp::adj_abs(var_735, adj_735, adj_740);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        // adj: for dj in range(-1, 2):                                                           <L 52>
        wp::adj_add(var_694, var_705, adj_694, adj_705, adj_734);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_693, var_731, adj_693, adj_731, adj_733);
        wp::adj_mul(var_705, var_732, adj_705, adj_730, adj_731);
        wp::adj_address(var_fine, var_713, var_721, var_729, adj_fine, adj_713, adj_721, adj_729, adj_730);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_724, var_727, adj_724, adj_727, adj_729);
        adj_fine.shape = adj_725;
        wp::adj_add(var_723, var_695, adj_723, adj_695, adj_724);
        wp::adj_mul(var_722, var_2, adj_722, adj_2, adj_723);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_716, var_719, adj_716, adj_719, adj_721);
        adj_fine.shape = adj_717;
        wp::adj_add(var_715, var_614, adj_715, adj_614, adj_716);
        wp::adj_mul(var_714, var_1, adj_714, adj_1, adj_715);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_708, var_711, adj_708, adj_711, adj_713);
        adj_fine.shape = adj_709;
        wp::adj_add(var_707, var_371, adj_707, adj_371, adj_708);
        wp::adj_mul(var_706, var_0, adj_706, adj_0, adj_707);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_704, adj_704, adj_705);
        wp::adj_sub(var_697, var_702, adj_697, adj_702, adj_703);
        wp::adj_add(var_700, var_701, adj_700, adj_701, adj_702);
        wp::adj_abs(var_695, adj_695, adj_701);
        wp::adj_add(var_698, var_699, adj_698, adj_699, adj_700);
        wp::adj_abs(var_614, adj_614, adj_699);
        wp::adj_abs(var_371, adj_371, adj_698);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_654, var_665, adj_654, adj_665, adj_694);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_653, var_691, adj_653, adj_691, adj_693);
        wp::adj_mul(var_665, var_692, adj_665, adj_690, adj_691);
        wp::adj_address(var_fine, var_673, var_681, var_689, adj_fine, adj_673, adj_681, adj_689, adj_690);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_684, var_687, adj_684, adj_687, adj_689);
        adj_fine.shape = adj_685;
        wp::adj_add(var_683, var_655, adj_683, adj_655, adj_684);
        wp::adj_mul(var_682, var_2, adj_682, adj_2, adj_683);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_676, var_679, adj_676, adj_679, adj_681);
        adj_fine.shape = adj_677;
        wp::adj_add(var_675, var_614, adj_675, adj_614, adj_676);
        wp::adj_mul(var_674, var_1, adj_674, adj_1, adj_675);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_668, var_671, adj_668, adj_671, adj_673);
        adj_fine.shape = adj_669;
        wp::adj_add(var_667, var_371, adj_667, adj_371, adj_668);
        wp::adj_mul(var_666, var_0, adj_666, adj_0, adj_667);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_664, adj_664, adj_665);
        wp::adj_sub(var_657, var_662, adj_657, adj_662, adj_663);
        wp::adj_add(var_660, var_661, adj_660, adj_661, adj_662);
        wp::adj_abs(var_655, adj_655, adj_661);
        wp::adj_add(var_658, var_659, adj_658, adj_659, adj_660);
        wp::adj_abs(var_614, adj_614, adj_659);
        wp::adj_abs(var_371, adj_371, adj_658);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_613, var_625, adj_613, adj_625, adj_654);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_612, var_651, adj_612, adj_651, adj_653);
        wp::adj_mul(var_625, var_652, adj_625, adj_650, adj_651);
        wp::adj_address(var_fine, var_633, var_641, var_649, adj_fine, adj_633, adj_641, adj_649, adj_650);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_644, var_647, adj_644, adj_647, adj_649);
        adj_fine.shape = adj_645;
        wp::adj_add(var_643, var_615, adj_643, adj_615, adj_644);
        wp::adj_mul(var_642, var_2, adj_642, adj_2, adj_643);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_636, var_639, adj_636, adj_639, adj_641);
        adj_fine.shape = adj_637;
        wp::adj_add(var_635, var_614, adj_635, adj_614, adj_636);
        wp::adj_mul(var_634, var_1, adj_634, adj_1, adj_635);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_628, var_631, adj_628, adj_631, adj_633);
        adj_fine.shape = adj_629;
        wp::adj_add(var_627, var_371, adj_627, adj_371, adj_628);
        wp::adj_mul(var_626, var_0, adj_626, adj_0, adj_627);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_624, adj_624, adj_625);
        wp::adj_sub(var_617, var_622, adj_617, adj_622, adj_623);
        wp::adj_add(var_620, var_621, adj_620, adj_621, adj_622);
        wp::adj_abs(var_615, adj_615, adj_621);
        wp::adj_add(var_618, var_619, adj_618, adj_619, adj_620);
        wp::adj_abs(var_614, adj_614, adj_619);
        wp::adj_abs(var_371, adj_371, adj_618);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        wp::adj_add(var_573, var_584, adj_573, adj_584, adj_613);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_572, var_610, adj_572, adj_610, adj_612);
        wp::adj_mul(var_584, var_611, adj_584, adj_609, adj_610);
        wp::adj_address(var_fine, var_592, var_600, var_608, adj_fine, adj_592, adj_600, adj_608, adj_609);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_603, var_606, adj_603, adj_606, adj_608);
        adj_fine.shape = adj_604;
        wp::adj_add(var_602, var_574, adj_602, adj_574, adj_603);
        wp::adj_mul(var_601, var_2, adj_601, adj_2, adj_602);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_595, var_598, adj_595, adj_598, adj_600);
        adj_fine.shape = adj_596;
        wp::adj_add(var_594, var_493, adj_594, adj_493, adj_595);
        wp::adj_mul(var_593, var_1, adj_593, adj_1, adj_594);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_587, var_590, adj_587, adj_590, adj_592);
        adj_fine.shape = adj_588;
        wp::adj_add(var_586, var_371, adj_586, adj_371, adj_587);
        wp::adj_mul(var_585, var_0, adj_585, adj_0, adj_586);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_583, adj_583, adj_584);
        wp::adj_sub(var_576, var_581, adj_576, adj_581, adj_582);
        wp::adj_add(var_579, var_580, adj_579, adj_580, adj_581);
        wp::adj_abs(var_574, adj_574, adj_580);
        wp::adj_add(var_577, var_578, adj_577, adj_578, adj_579);
        wp::adj_abs(var_493, adj_493, adj_578);
        wp::adj_abs(var_371, adj_371, adj_577);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_533, var_544, adj_533, adj_544, adj_573);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_532, var_570, adj_532, adj_570, adj_572);
        wp::adj_mul(var_544, var_571, adj_544, adj_569, adj_570);
        wp::adj_address(var_fine, var_552, var_560, var_568, adj_fine, adj_552, adj_560, adj_568, adj_569);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_563, var_566, adj_563, adj_566, adj_568);
        adj_fine.shape = adj_564;
        wp::adj_add(var_562, var_534, adj_562, adj_534, adj_563);
        wp::adj_mul(var_561, var_2, adj_561, adj_2, adj_562);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_555, var_558, adj_555, adj_558, adj_560);
        adj_fine.shape = adj_556;
        wp::adj_add(var_554, var_493, adj_554, adj_493, adj_555);
        wp::adj_mul(var_553, var_1, adj_553, adj_1, adj_554);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_547, var_550, adj_547, adj_550, adj_552);
        adj_fine.shape = adj_548;
        wp::adj_add(var_546, var_371, adj_546, adj_371, adj_547);
        wp::adj_mul(var_545, var_0, adj_545, adj_0, adj_546);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_543, adj_543, adj_544);
        wp::adj_sub(var_536, var_541, adj_536, adj_541, adj_542);
        wp::adj_add(var_539, var_540, adj_539, adj_540, adj_541);
        wp::adj_abs(var_534, adj_534, adj_540);
        wp::adj_add(var_537, var_538, adj_537, adj_538, adj_539);
        wp::adj_abs(var_493, adj_493, adj_538);
        wp::adj_abs(var_371, adj_371, adj_537);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_492, var_504, adj_492, adj_504, adj_533);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_491, var_530, adj_491, adj_530, adj_532);
        wp::adj_mul(var_504, var_531, adj_504, adj_529, adj_530);
        wp::adj_address(var_fine, var_512, var_520, var_528, adj_fine, adj_512, adj_520, adj_528, adj_529);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_523, var_526, adj_523, adj_526, adj_528);
        adj_fine.shape = adj_524;
        wp::adj_add(var_522, var_494, adj_522, adj_494, adj_523);
        wp::adj_mul(var_521, var_2, adj_521, adj_2, adj_522);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_515, var_518, adj_515, adj_518, adj_520);
        adj_fine.shape = adj_516;
        wp::adj_add(var_514, var_493, adj_514, adj_493, adj_515);
        wp::adj_mul(var_513, var_1, adj_513, adj_1, adj_514);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_507, var_510, adj_507, adj_510, adj_512);
        adj_fine.shape = adj_508;
        wp::adj_add(var_506, var_371, adj_506, adj_371, adj_507);
        wp::adj_mul(var_505, var_0, adj_505, adj_0, adj_506);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_503, adj_503, adj_504);
        wp::adj_sub(var_496, var_501, adj_496, adj_501, adj_502);
        wp::adj_add(var_499, var_500, adj_499, adj_500, adj_501);
        wp::adj_abs(var_494, adj_494, adj_500);
        wp::adj_add(var_497, var_498, adj_497, adj_498, adj_499);
        wp::adj_abs(var_493, adj_493, adj_498);
        wp::adj_abs(var_371, adj_371, adj_497);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        wp::adj_add(var_452, var_463, adj_452, adj_463, adj_492);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_451, var_489, adj_451, adj_489, adj_491);
        wp::adj_mul(var_463, var_490, adj_463, adj_488, adj_489);
        wp::adj_address(var_fine, var_471, var_479, var_487, adj_fine, adj_471, adj_479, adj_487, adj_488);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_482, var_485, adj_482, adj_485, adj_487);
        adj_fine.shape = adj_483;
        wp::adj_add(var_481, var_453, adj_481, adj_453, adj_482);
        wp::adj_mul(var_480, var_2, adj_480, adj_2, adj_481);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_474, var_477, adj_474, adj_477, adj_479);
        adj_fine.shape = adj_475;
        wp::adj_add(var_473, var_372, adj_473, adj_372, adj_474);
        wp::adj_mul(var_472, var_1, adj_472, adj_1, adj_473);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_466, var_469, adj_466, adj_469, adj_471);
        adj_fine.shape = adj_467;
        wp::adj_add(var_465, var_371, adj_465, adj_371, adj_466);
        wp::adj_mul(var_464, var_0, adj_464, adj_0, adj_465);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_462, adj_462, adj_463);
        wp::adj_sub(var_455, var_460, adj_455, adj_460, adj_461);
        wp::adj_add(var_458, var_459, adj_458, adj_459, adj_460);
        wp::adj_abs(var_453, adj_453, adj_459);
        wp::adj_add(var_456, var_457, adj_456, adj_457, adj_458);
        wp::adj_abs(var_372, adj_372, adj_457);
        wp::adj_abs(var_371, adj_371, adj_456);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_412, var_423, adj_412, adj_423, adj_452);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_411, var_449, adj_411, adj_449, adj_451);
        wp::adj_mul(var_423, var_450, adj_423, adj_448, adj_449);
        wp::adj_address(var_fine, var_431, var_439, var_447, adj_fine, adj_431, adj_439, adj_447, adj_448);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_442, var_445, adj_442, adj_445, adj_447);
        adj_fine.shape = adj_443;
        wp::adj_add(var_441, var_413, adj_441, adj_413, adj_442);
        wp::adj_mul(var_440, var_2, adj_440, adj_2, adj_441);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_434, var_437, adj_434, adj_437, adj_439);
        adj_fine.shape = adj_435;
        wp::adj_add(var_433, var_372, adj_433, adj_372, adj_434);
        wp::adj_mul(var_432, var_1, adj_432, adj_1, adj_433);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_426, var_429, adj_426, adj_429, adj_431);
        adj_fine.shape = adj_427;
        wp::adj_add(var_425, var_371, adj_425, adj_371, adj_426);
        wp::adj_mul(var_424, var_0, adj_424, adj_0, adj_425);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_422, adj_422, adj_423);
        wp::adj_sub(var_415, var_420, adj_415, adj_420, adj_421);
        wp::adj_add(var_418, var_419, adj_418, adj_419, adj_420);
        wp::adj_abs(var_413, adj_413, adj_419);
        wp::adj_add(var_416, var_417, adj_416, adj_417, adj_418);
        wp::adj_abs(var_372, adj_372, adj_417);
        wp::adj_abs(var_371, adj_371, adj_416);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_370, var_383, adj_370, adj_383, adj_412);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_369, var_409, adj_369, adj_409, adj_411);
        wp::adj_mul(var_383, var_410, adj_383, adj_408, adj_409);
        wp::adj_address(var_fine, var_391, var_399, var_407, adj_fine, adj_391, adj_399, adj_407, adj_408);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_402, var_405, adj_402, adj_405, adj_407);
        adj_fine.shape = adj_403;
        wp::adj_add(var_401, var_373, adj_401, adj_373, adj_402);
        wp::adj_mul(var_400, var_2, adj_400, adj_2, adj_401);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_394, var_397, adj_394, adj_397, adj_399);
        adj_fine.shape = adj_395;
        wp::adj_add(var_393, var_372, adj_393, adj_372, adj_394);
        wp::adj_mul(var_392, var_1, adj_392, adj_1, adj_393);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_386, var_389, adj_386, adj_389, adj_391);
        adj_fine.shape = adj_387;
        wp::adj_add(var_385, var_371, adj_385, adj_371, adj_386);
        wp::adj_mul(var_384, var_0, adj_384, adj_0, adj_385);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_382, adj_382, adj_383);
        wp::adj_sub(var_375, var_380, adj_375, adj_380, adj_381);
        wp::adj_add(var_378, var_379, adj_378, adj_379, adj_380);
        wp::adj_abs(var_373, adj_373, adj_379);
        wp::adj_add(var_376, var_377, adj_376, adj_377, adj_378);
        wp::adj_abs(var_372, adj_372, adj_377);
        wp::adj_abs(var_371, adj_371, adj_376);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        // adj: for dj in range(-1, 2):                                                           <L 52>
        wp::adj_add(var_330, var_341, adj_330, adj_341, adj_370);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_329, var_367, adj_329, adj_367, adj_369);
        wp::adj_mul(var_341, var_368, adj_341, adj_366, adj_367);
        wp::adj_address(var_fine, var_349, var_357, var_365, adj_fine, adj_349, adj_357, adj_365, adj_366);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_360, var_363, adj_360, adj_363, adj_365);
        adj_fine.shape = adj_361;
        wp::adj_add(var_359, var_331, adj_359, adj_331, adj_360);
        wp::adj_mul(var_358, var_2, adj_358, adj_2, adj_359);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_352, var_355, adj_352, adj_355, adj_357);
        adj_fine.shape = adj_353;
        wp::adj_add(var_351, var_250, adj_351, adj_250, adj_352);
        wp::adj_mul(var_350, var_1, adj_350, adj_1, adj_351);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_344, var_347, adj_344, adj_347, adj_349);
        adj_fine.shape = adj_345;
        wp::adj_add(var_343, var_7, adj_343, adj_7, adj_344);
        wp::adj_mul(var_342, var_0, adj_342, adj_0, adj_343);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_340, adj_340, adj_341);
        wp::adj_sub(var_333, var_338, adj_333, adj_338, adj_339);
        wp::adj_add(var_336, var_337, adj_336, adj_337, adj_338);
        wp::adj_abs(var_331, adj_331, adj_337);
        wp::adj_add(var_334, var_335, adj_334, adj_335, adj_336);
        wp::adj_abs(var_250, adj_250, adj_335);
        wp::adj_abs(var_7, adj_7, adj_334);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_290, var_301, adj_290, adj_301, adj_330);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_289, var_327, adj_289, adj_327, adj_329);
        wp::adj_mul(var_301, var_328, adj_301, adj_326, adj_327);
        wp::adj_address(var_fine, var_309, var_317, var_325, adj_fine, adj_309, adj_317, adj_325, adj_326);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_320, var_323, adj_320, adj_323, adj_325);
        adj_fine.shape = adj_321;
        wp::adj_add(var_319, var_291, adj_319, adj_291, adj_320);
        wp::adj_mul(var_318, var_2, adj_318, adj_2, adj_319);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_312, var_315, adj_312, adj_315, adj_317);
        adj_fine.shape = adj_313;
        wp::adj_add(var_311, var_250, adj_311, adj_250, adj_312);
        wp::adj_mul(var_310, var_1, adj_310, adj_1, adj_311);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_304, var_307, adj_304, adj_307, adj_309);
        adj_fine.shape = adj_305;
        wp::adj_add(var_303, var_7, adj_303, adj_7, adj_304);
        wp::adj_mul(var_302, var_0, adj_302, adj_0, adj_303);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_300, adj_300, adj_301);
        wp::adj_sub(var_293, var_298, adj_293, adj_298, adj_299);
        wp::adj_add(var_296, var_297, adj_296, adj_297, adj_298);
        wp::adj_abs(var_291, adj_291, adj_297);
        wp::adj_add(var_294, var_295, adj_294, adj_295, adj_296);
        wp::adj_abs(var_250, adj_250, adj_295);
        wp::adj_abs(var_7, adj_7, adj_294);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_249, var_261, adj_249, adj_261, adj_290);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_248, var_287, adj_248, adj_287, adj_289);
        wp::adj_mul(var_261, var_288, adj_261, adj_286, adj_287);
        wp::adj_address(var_fine, var_269, var_277, var_285, adj_fine, adj_269, adj_277, adj_285, adj_286);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_280, var_283, adj_280, adj_283, adj_285);
        adj_fine.shape = adj_281;
        wp::adj_add(var_279, var_251, adj_279, adj_251, adj_280);
        wp::adj_mul(var_278, var_2, adj_278, adj_2, adj_279);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_272, var_275, adj_272, adj_275, adj_277);
        adj_fine.shape = adj_273;
        wp::adj_add(var_271, var_250, adj_271, adj_250, adj_272);
        wp::adj_mul(var_270, var_1, adj_270, adj_1, adj_271);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_264, var_267, adj_264, adj_267, adj_269);
        adj_fine.shape = adj_265;
        wp::adj_add(var_263, var_7, adj_263, adj_7, adj_264);
        wp::adj_mul(var_262, var_0, adj_262, adj_0, adj_263);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_260, adj_260, adj_261);
        wp::adj_sub(var_253, var_258, adj_253, adj_258, adj_259);
        wp::adj_add(var_256, var_257, adj_256, adj_257, adj_258);
        wp::adj_abs(var_251, adj_251, adj_257);
        wp::adj_add(var_254, var_255, adj_254, adj_255, adj_256);
        wp::adj_abs(var_250, adj_250, adj_255);
        wp::adj_abs(var_7, adj_7, adj_254);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        wp::adj_add(var_209, var_220, adj_209, adj_220, adj_249);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_208, var_246, adj_208, adj_246, adj_248);
        wp::adj_mul(var_220, var_247, adj_220, adj_245, adj_246);
        wp::adj_address(var_fine, var_228, var_236, var_244, adj_fine, adj_228, adj_236, adj_244, adj_245);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_239, var_242, adj_239, adj_242, adj_244);
        adj_fine.shape = adj_240;
        wp::adj_add(var_238, var_210, adj_238, adj_210, adj_239);
        wp::adj_mul(var_237, var_2, adj_237, adj_2, adj_238);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_231, var_234, adj_231, adj_234, adj_236);
        adj_fine.shape = adj_232;
        wp::adj_add(var_230, var_129, adj_230, adj_129, adj_231);
        wp::adj_mul(var_229, var_1, adj_229, adj_1, adj_230);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_223, var_226, adj_223, adj_226, adj_228);
        adj_fine.shape = adj_224;
        wp::adj_add(var_222, var_7, adj_222, adj_7, adj_223);
        wp::adj_mul(var_221, var_0, adj_221, adj_0, adj_222);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_219, adj_219, adj_220);
        wp::adj_sub(var_212, var_217, adj_212, adj_217, adj_218);
        wp::adj_add(var_215, var_216, adj_215, adj_216, adj_217);
        wp::adj_abs(var_210, adj_210, adj_216);
        wp::adj_add(var_213, var_214, adj_213, adj_214, adj_215);
        wp::adj_abs(var_129, adj_129, adj_214);
        wp::adj_abs(var_7, adj_7, adj_213);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_169, var_180, adj_169, adj_180, adj_209);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_168, var_206, adj_168, adj_206, adj_208);
        wp::adj_mul(var_180, var_207, adj_180, adj_205, adj_206);
        wp::adj_address(var_fine, var_188, var_196, var_204, adj_fine, adj_188, adj_196, adj_204, adj_205);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_199, var_202, adj_199, adj_202, adj_204);
        adj_fine.shape = adj_200;
        wp::adj_add(var_198, var_170, adj_198, adj_170, adj_199);
        wp::adj_mul(var_197, var_2, adj_197, adj_2, adj_198);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_191, var_194, adj_191, adj_194, adj_196);
        adj_fine.shape = adj_192;
        wp::adj_add(var_190, var_129, adj_190, adj_129, adj_191);
        wp::adj_mul(var_189, var_1, adj_189, adj_1, adj_190);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_183, var_186, adj_183, adj_186, adj_188);
        adj_fine.shape = adj_184;
        wp::adj_add(var_182, var_7, adj_182, adj_7, adj_183);
        wp::adj_mul(var_181, var_0, adj_181, adj_0, adj_182);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_179, adj_179, adj_180);
        wp::adj_sub(var_172, var_177, adj_172, adj_177, adj_178);
        wp::adj_add(var_175, var_176, adj_175, adj_176, adj_177);
        wp::adj_abs(var_170, adj_170, adj_176);
        wp::adj_add(var_173, var_174, adj_173, adj_174, adj_175);
        wp::adj_abs(var_129, adj_129, adj_174);
        wp::adj_abs(var_7, adj_7, adj_173);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_128, var_140, adj_128, adj_140, adj_169);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_127, var_166, adj_127, adj_166, adj_168);
        wp::adj_mul(var_140, var_167, adj_140, adj_165, adj_166);
        wp::adj_address(var_fine, var_148, var_156, var_164, adj_fine, adj_148, adj_156, adj_164, adj_165);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_159, var_162, adj_159, adj_162, adj_164);
        adj_fine.shape = adj_160;
        wp::adj_add(var_158, var_130, adj_158, adj_130, adj_159);
        wp::adj_mul(var_157, var_2, adj_157, adj_2, adj_158);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_151, var_154, adj_151, adj_154, adj_156);
        adj_fine.shape = adj_152;
        wp::adj_add(var_150, var_129, adj_150, adj_129, adj_151);
        wp::adj_mul(var_149, var_1, adj_149, adj_1, adj_150);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_143, var_146, adj_143, adj_146, adj_148);
        adj_fine.shape = adj_144;
        wp::adj_add(var_142, var_7, adj_142, adj_7, adj_143);
        wp::adj_mul(var_141, var_0, adj_141, adj_0, adj_142);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_139, adj_139, adj_140);
        wp::adj_sub(var_132, var_137, adj_132, adj_137, adj_138);
        wp::adj_add(var_135, var_136, adj_135, adj_136, adj_137);
        wp::adj_abs(var_130, adj_130, adj_136);
        wp::adj_add(var_133, var_134, adj_133, adj_134, adj_135);
        wp::adj_abs(var_129, adj_129, adj_134);
        wp::adj_abs(var_7, adj_7, adj_133);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        wp::adj_add(var_88, var_99, adj_88, adj_99, adj_128);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_87, var_125, adj_87, adj_125, adj_127);
        wp::adj_mul(var_99, var_126, adj_99, adj_124, adj_125);
        wp::adj_address(var_fine, var_107, var_115, var_123, adj_fine, adj_107, adj_115, adj_123, adj_124);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_118, var_121, adj_118, adj_121, adj_123);
        adj_fine.shape = adj_119;
        wp::adj_add(var_117, var_89, adj_117, adj_89, adj_118);
        wp::adj_mul(var_116, var_2, adj_116, adj_2, adj_117);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_110, var_113, adj_110, adj_113, adj_115);
        adj_fine.shape = adj_111;
        wp::adj_add(var_109, var_8, adj_109, adj_8, adj_110);
        wp::adj_mul(var_108, var_1, adj_108, adj_1, adj_109);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_102, var_105, adj_102, adj_105, adj_107);
        adj_fine.shape = adj_103;
        wp::adj_add(var_101, var_7, adj_101, adj_7, adj_102);
        wp::adj_mul(var_100, var_0, adj_100, adj_0, adj_101);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_98, adj_98, adj_99);
        wp::adj_sub(var_91, var_96, adj_91, adj_96, adj_97);
        wp::adj_add(var_94, var_95, adj_94, adj_95, adj_96);
        wp::adj_abs(var_89, adj_89, adj_95);
        wp::adj_add(var_92, var_93, adj_92, adj_93, adj_94);
        wp::adj_abs(var_8, adj_8, adj_93);
        wp::adj_abs(var_7, adj_7, adj_92);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_48, var_59, adj_48, adj_59, adj_88);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_47, var_85, adj_47, adj_85, adj_87);
        wp::adj_mul(var_59, var_86, adj_59, adj_84, adj_85);
        wp::adj_address(var_fine, var_67, var_75, var_83, adj_fine, adj_67, adj_75, adj_83, adj_84);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_78, var_81, adj_78, adj_81, adj_83);
        adj_fine.shape = adj_79;
        wp::adj_add(var_77, var_49, adj_77, adj_49, adj_78);
        wp::adj_mul(var_76, var_2, adj_76, adj_2, adj_77);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_70, var_73, adj_70, adj_73, adj_75);
        adj_fine.shape = adj_71;
        wp::adj_add(var_69, var_8, adj_69, adj_8, adj_70);
        wp::adj_mul(var_68, var_1, adj_68, adj_1, adj_69);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_62, var_65, adj_62, adj_65, adj_67);
        adj_fine.shape = adj_63;
        wp::adj_add(var_61, var_7, adj_61, adj_7, adj_62);
        wp::adj_mul(var_60, var_0, adj_60, adj_0, adj_61);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_58, adj_58, adj_59);
        wp::adj_sub(var_51, var_56, adj_51, adj_56, adj_57);
        wp::adj_add(var_54, var_55, adj_54, adj_55, adj_56);
        wp::adj_abs(var_49, adj_49, adj_55);
        wp::adj_add(var_52, var_53, adj_52, adj_53, adj_54);
        wp::adj_abs(var_8, adj_8, adj_53);
        wp::adj_abs(var_7, adj_7, adj_52);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        wp::adj_add(var_6, var_19, adj_6, adj_19, adj_48);
        // adj: wsum += w                                                                         <L 59>
        wp::adj_add(var_4, var_45, adj_4, adj_45, adj_47);
        wp::adj_mul(var_19, var_46, adj_19, adj_44, adj_45);
        wp::adj_address(var_fine, var_27, var_35, var_43, adj_fine, adj_27, adj_35, adj_43, adj_44);
        // adj: acc += w * fine[fi, fj, fk]                                                       <L 58>
        adj_idx_clamp_0(var_38, var_41, adj_38, adj_41, adj_43);
        adj_fine.shape = adj_39;
        wp::adj_add(var_37, var_9, adj_37, adj_9, adj_38);
        wp::adj_mul(var_36, var_2, adj_36, adj_2, adj_37);
        // adj: fk = idx_clamp(2 * k + dk, fine.shape[2])                                         <L 57>
        adj_idx_clamp_0(var_30, var_33, adj_30, adj_33, adj_35);
        adj_fine.shape = adj_31;
        wp::adj_add(var_29, var_8, adj_29, adj_8, adj_30);
        wp::adj_mul(var_28, var_1, adj_28, adj_1, adj_29);
        // adj: fj = idx_clamp(2 * j + dj, fine.shape[1])                                         <L 56>
        adj_idx_clamp_0(var_22, var_25, adj_22, adj_25, adj_27);
        adj_fine.shape = adj_23;
        wp::adj_add(var_21, var_7, adj_21, adj_7, adj_22);
        wp::adj_mul(var_20, var_0, adj_20, adj_0, adj_21);
        // adj: fi = idx_clamp(2 * i + di, fine.shape[0])                                         <L 55>
        wp::adj_float(var_18, adj_18, adj_19);
        wp::adj_sub(var_11, var_16, adj_11, adj_16, adj_17);
        wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_abs(var_9, adj_9, adj_15);
        wp::adj_add(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_abs(var_8, adj_8, adj_13);
        wp::adj_abs(var_7, adj_7, adj_12);
        // adj: w = float(1 << (3 - (wp.abs(di) + wp.abs(dj) + wp.abs(dk))))                      <L 54>
        // adj: for dk in range(-1, 2):                                                           <L 53>
        // adj: for dj in range(-1, 2):                                                           <L 52>
        // adj: for di in range(-1, 2):                                                           <L 51>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: wsum = float(0.0)                                                                 <L 50>
        wp::adj_float(var_3, adj_3, adj_4);
        // adj: acc = float(0.0)                                                                  <L 49>
        // adj: i, j, k = wp.tid()                                                                <L 48>
        // adj: def restrict_full_weight(fine: wp.array3d(dtype=float), coarse: wp.array3d(dtype=float)):  <L 47>
        continue;
    }
}



extern "C" __global__ void prolong_add_44126e0b_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_coarse,
    wp::array_t<wp::float32> var_fine)
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
        const wp::int32 var_3 = 2;
        wp::int32 var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        const wp::int32 var_7 = 2;
        wp::int32 var_8;
        const wp::int32 var_9 = 2;
        wp::int32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.5;
        wp::float32 var_18;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::shape_t* var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        wp::shape_t var_29;
        wp::int32 var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::shape_t* var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::shape_t var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::shape_t* var_40;
        const wp::int32 var_41 = 2;
        wp::int32 var_42;
        wp::shape_t var_43;
        wp::int32 var_44;
        wp::float32* var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32* var_55;
        wp::float32* var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32* var_60;
        wp::float32* var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        //---------
        // forward
        // def prolong_add(coarse: wp.array3d(dtype=float), fine: wp.array3d(dtype=float)):       <L 64>
        // i, j, k = wp.tid()                                                                     <L 65>
        builtin_tid3d(var_0, var_1, var_2);
        // ci = i // 2                                                                            <L 66>
        var_4 = wp::floordiv(var_0, var_3);
        // cj = j // 2                                                                            <L 67>
        var_6 = wp::floordiv(var_1, var_5);
        // ck = k // 2                                                                            <L 68>
        var_8 = wp::floordiv(var_2, var_7);
        // fx = float(i % 2) * 0.5                                                                <L 69>
        var_10 = wp::mod(var_0, var_9);
        var_11 = wp::float(var_10);
        var_13 = wp::mul(var_11, var_12);
        // fy = float(j % 2) * 0.5                                                                <L 70>
        var_15 = wp::mod(var_1, var_14);
        var_16 = wp::float(var_15);
        var_18 = wp::mul(var_16, var_17);
        // fz = float(k % 2) * 0.5                                                                <L 71>
        var_20 = wp::mod(var_2, var_19);
        var_21 = wp::float(var_20);
        var_23 = wp::mul(var_21, var_22);
        // ci1 = idx_clamp(ci + 1, coarse.shape[0])                                               <L 72>
        var_25 = wp::add(var_4, var_24);
        var_26 = &(var_coarse.shape);
        var_29 = wp::load(var_26);
        var_28 = wp::extract(var_29, var_27);
        var_30 = idx_clamp_0(var_25, var_28);
        // cj1 = idx_clamp(cj + 1, coarse.shape[1])                                               <L 73>
        var_32 = wp::add(var_6, var_31);
        var_33 = &(var_coarse.shape);
        var_36 = wp::load(var_33);
        var_35 = wp::extract(var_36, var_34);
        var_37 = idx_clamp_0(var_32, var_35);
        // ck1 = idx_clamp(ck + 1, coarse.shape[2])                                               <L 74>
        var_39 = wp::add(var_8, var_38);
        var_40 = &(var_coarse.shape);
        var_43 = wp::load(var_40);
        var_42 = wp::extract(var_43, var_41);
        var_44 = idx_clamp_0(var_39, var_42);
        // c00 = wp.lerp(coarse[ci, cj, ck], coarse[ci1, cj, ck], fx)                             <L 75>
        var_45 = wp::address(var_coarse, var_4, var_6, var_8);
        var_46 = wp::address(var_coarse, var_30, var_6, var_8);
        var_48 = wp::load(var_45);
        var_49 = wp::load(var_46);
        var_47 = wp::lerp(var_48, var_49, var_13);
        // c10 = wp.lerp(coarse[ci, cj1, ck], coarse[ci1, cj1, ck], fx)                           <L 76>
        var_50 = wp::address(var_coarse, var_4, var_37, var_8);
        var_51 = wp::address(var_coarse, var_30, var_37, var_8);
        var_53 = wp::load(var_50);
        var_54 = wp::load(var_51);
        var_52 = wp::lerp(var_53, var_54, var_13);
        // c01 = wp.lerp(coarse[ci, cj, ck1], coarse[ci1, cj, ck1], fx)                           <L 77>
        var_55 = wp::address(var_coarse, var_4, var_6, var_44);
        var_56 = wp::address(var_coarse, var_30, var_6, var_44);
        var_58 = wp::load(var_55);
        var_59 = wp::load(var_56);
        var_57 = wp::lerp(var_58, var_59, var_13);
        // c11 = wp.lerp(coarse[ci, cj1, ck1], coarse[ci1, cj1, ck1], fx)                         <L 78>
        var_60 = wp::address(var_coarse, var_4, var_37, var_44);
        var_61 = wp::address(var_coarse, var_30, var_37, var_44);
        var_63 = wp::load(var_60);
        var_64 = wp::load(var_61);
        var_62 = wp::lerp(var_63, var_64, var_13);
        // v = wp.lerp(wp.lerp(c00, c10, fy), wp.lerp(c01, c11, fy), fz)                          <L 79>
        var_65 = wp::lerp(var_47, var_52, var_18);
        var_66 = wp::lerp(var_57, var_62, var_18);
        var_67 = wp::lerp(var_65, var_66, var_23);
        // fine[i, j, k] += v                                                                     <L 80>
        var_68 = wp::atomic_add(var_fine, var_0, var_1, var_2, var_67);
    }
}



extern "C" __global__ void prolong_add_44126e0b_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_coarse,
    wp::array_t<wp::float32> var_fine,
    wp::array_t<wp::float32> adj_coarse,
    wp::array_t<wp::float32> adj_fine)
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
        const wp::int32 var_3 = 2;
        wp::int32 var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        const wp::int32 var_7 = 2;
        wp::int32 var_8;
        const wp::int32 var_9 = 2;
        wp::int32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.5;
        wp::float32 var_18;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::shape_t* var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        wp::shape_t var_29;
        wp::int32 var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::shape_t* var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::shape_t var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::shape_t* var_40;
        const wp::int32 var_41 = 2;
        wp::int32 var_42;
        wp::shape_t var_43;
        wp::int32 var_44;
        wp::float32* var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32* var_55;
        wp::float32* var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32* var_60;
        wp::float32* var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
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
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::shape_t adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::shape_t adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::shape_t adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::shape_t adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::shape_t adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::shape_t adj_43 = {};
        wp::int32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        //---------
        // forward
        // def prolong_add(coarse: wp.array3d(dtype=float), fine: wp.array3d(dtype=float)):       <L 64>
        // i, j, k = wp.tid()                                                                     <L 65>
        builtin_tid3d(var_0, var_1, var_2);
        // ci = i // 2                                                                            <L 66>
        var_4 = wp::floordiv(var_0, var_3);
        // cj = j // 2                                                                            <L 67>
        var_6 = wp::floordiv(var_1, var_5);
        // ck = k // 2                                                                            <L 68>
        var_8 = wp::floordiv(var_2, var_7);
        // fx = float(i % 2) * 0.5                                                                <L 69>
        var_10 = wp::mod(var_0, var_9);
        var_11 = wp::float(var_10);
        var_13 = wp::mul(var_11, var_12);
        // fy = float(j % 2) * 0.5                                                                <L 70>
        var_15 = wp::mod(var_1, var_14);
        var_16 = wp::float(var_15);
        var_18 = wp::mul(var_16, var_17);
        // fz = float(k % 2) * 0.5                                                                <L 71>
        var_20 = wp::mod(var_2, var_19);
        var_21 = wp::float(var_20);
        var_23 = wp::mul(var_21, var_22);
        // ci1 = idx_clamp(ci + 1, coarse.shape[0])                                               <L 72>
        var_25 = wp::add(var_4, var_24);
        var_26 = &(var_coarse.shape);
        var_29 = wp::load(var_26);
        var_28 = wp::extract(var_29, var_27);
        var_30 = idx_clamp_0(var_25, var_28);
        // cj1 = idx_clamp(cj + 1, coarse.shape[1])                                               <L 73>
        var_32 = wp::add(var_6, var_31);
        var_33 = &(var_coarse.shape);
        var_36 = wp::load(var_33);
        var_35 = wp::extract(var_36, var_34);
        var_37 = idx_clamp_0(var_32, var_35);
        // ck1 = idx_clamp(ck + 1, coarse.shape[2])                                               <L 74>
        var_39 = wp::add(var_8, var_38);
        var_40 = &(var_coarse.shape);
        var_43 = wp::load(var_40);
        var_42 = wp::extract(var_43, var_41);
        var_44 = idx_clamp_0(var_39, var_42);
        // c00 = wp.lerp(coarse[ci, cj, ck], coarse[ci1, cj, ck], fx)                             <L 75>
        var_45 = wp::address(var_coarse, var_4, var_6, var_8);
        var_46 = wp::address(var_coarse, var_30, var_6, var_8);
        var_48 = wp::load(var_45);
        var_49 = wp::load(var_46);
        var_47 = wp::lerp(var_48, var_49, var_13);
        // c10 = wp.lerp(coarse[ci, cj1, ck], coarse[ci1, cj1, ck], fx)                           <L 76>
        var_50 = wp::address(var_coarse, var_4, var_37, var_8);
        var_51 = wp::address(var_coarse, var_30, var_37, var_8);
        var_53 = wp::load(var_50);
        var_54 = wp::load(var_51);
        var_52 = wp::lerp(var_53, var_54, var_13);
        // c01 = wp.lerp(coarse[ci, cj, ck1], coarse[ci1, cj, ck1], fx)                           <L 77>
        var_55 = wp::address(var_coarse, var_4, var_6, var_44);
        var_56 = wp::address(var_coarse, var_30, var_6, var_44);
        var_58 = wp::load(var_55);
        var_59 = wp::load(var_56);
        var_57 = wp::lerp(var_58, var_59, var_13);
        // c11 = wp.lerp(coarse[ci, cj1, ck1], coarse[ci1, cj1, ck1], fx)                         <L 78>
        var_60 = wp::address(var_coarse, var_4, var_37, var_44);
        var_61 = wp::address(var_coarse, var_30, var_37, var_44);
        var_63 = wp::load(var_60);
        var_64 = wp::load(var_61);
        var_62 = wp::lerp(var_63, var_64, var_13);
        // v = wp.lerp(wp.lerp(c00, c10, fy), wp.lerp(c01, c11, fy), fz)                          <L 79>
        var_65 = wp::lerp(var_47, var_52, var_18);
        var_66 = wp::lerp(var_57, var_62, var_18);
        var_67 = wp::lerp(var_65, var_66, var_23);
        // fine[i, j, k] += v                                                                     <L 80>
        // var_68 = wp::atomic_add(var_fine, var_0, var_1, var_2, var_67);
        //---------
        // reverse
        wp::adj_atomic_add(var_fine, var_0, var_1, var_2, var_67, adj_fine, adj_0, adj_1, adj_2, adj_67, adj_68);
        // adj: fine[i, j, k] += v                                                                <L 80>
        wp::adj_lerp(var_65, var_66, var_23, adj_65, adj_66, adj_23, adj_67);
        wp::adj_lerp(var_57, var_62, var_18, adj_57, adj_62, adj_18, adj_66);
        wp::adj_lerp(var_47, var_52, var_18, adj_47, adj_52, adj_18, adj_65);
        // adj: v = wp.lerp(wp.lerp(c00, c10, fy), wp.lerp(c01, c11, fy), fz)                     <L 79>
        wp::adj_lerp(var_63, var_64, var_13, adj_60, adj_61, adj_13, adj_62);
        wp::adj_address(var_coarse, var_30, var_37, var_44, adj_coarse, adj_30, adj_37, adj_44, adj_61);
        wp::adj_address(var_coarse, var_4, var_37, var_44, adj_coarse, adj_4, adj_37, adj_44, adj_60);
        // adj: c11 = wp.lerp(coarse[ci, cj1, ck1], coarse[ci1, cj1, ck1], fx)                    <L 78>
        wp::adj_lerp(var_58, var_59, var_13, adj_55, adj_56, adj_13, adj_57);
        wp::adj_address(var_coarse, var_30, var_6, var_44, adj_coarse, adj_30, adj_6, adj_44, adj_56);
        wp::adj_address(var_coarse, var_4, var_6, var_44, adj_coarse, adj_4, adj_6, adj_44, adj_55);
        // adj: c01 = wp.lerp(coarse[ci, cj, ck1], coarse[ci1, cj, ck1], fx)                      <L 77>
        wp::adj_lerp(var_53, var_54, var_13, adj_50, adj_51, adj_13, adj_52);
        wp::adj_address(var_coarse, var_30, var_37, var_8, adj_coarse, adj_30, adj_37, adj_8, adj_51);
        wp::adj_address(var_coarse, var_4, var_37, var_8, adj_coarse, adj_4, adj_37, adj_8, adj_50);
        // adj: c10 = wp.lerp(coarse[ci, cj1, ck], coarse[ci1, cj1, ck], fx)                      <L 76>
        wp::adj_lerp(var_48, var_49, var_13, adj_45, adj_46, adj_13, adj_47);
        wp::adj_address(var_coarse, var_30, var_6, var_8, adj_coarse, adj_30, adj_6, adj_8, adj_46);
        wp::adj_address(var_coarse, var_4, var_6, var_8, adj_coarse, adj_4, adj_6, adj_8, adj_45);
        // adj: c00 = wp.lerp(coarse[ci, cj, ck], coarse[ci1, cj, ck], fx)                        <L 75>
        adj_idx_clamp_0(var_39, var_42, adj_39, adj_42, adj_44);
        adj_coarse.shape = adj_40;
        wp::adj_add(var_8, var_38, adj_8, adj_38, adj_39);
        // adj: ck1 = idx_clamp(ck + 1, coarse.shape[2])                                          <L 74>
        adj_idx_clamp_0(var_32, var_35, adj_32, adj_35, adj_37);
        adj_coarse.shape = adj_33;
        wp::adj_add(var_6, var_31, adj_6, adj_31, adj_32);
        // adj: cj1 = idx_clamp(cj + 1, coarse.shape[1])                                          <L 73>
        adj_idx_clamp_0(var_25, var_28, adj_25, adj_28, adj_30);
        adj_coarse.shape = adj_26;
        wp::adj_add(var_4, var_24, adj_4, adj_24, adj_25);
        // adj: ci1 = idx_clamp(ci + 1, coarse.shape[0])                                          <L 72>
        wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
        wp::adj_float(var_20, adj_20, adj_21);
        wp::adj_mod(var_2, var_19, adj_2, adj_19, adj_20);
        // adj: fz = float(k % 2) * 0.5                                                           <L 71>
        wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_float(var_15, adj_15, adj_16);
        wp::adj_mod(var_1, var_14, adj_1, adj_14, adj_15);
        // adj: fy = float(j % 2) * 0.5                                                           <L 70>
        wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_float(var_10, adj_10, adj_11);
        wp::adj_mod(var_0, var_9, adj_0, adj_9, adj_10);
        // adj: fx = float(i % 2) * 0.5                                                           <L 69>
        // adj: ck = k // 2                                                                       <L 68>
        // adj: cj = j // 2                                                                       <L 67>
        // adj: ci = i // 2                                                                       <L 66>
        // adj: i, j, k = wp.tid()                                                                <L 65>
        // adj: def prolong_add(coarse: wp.array3d(dtype=float), fine: wp.array3d(dtype=float)):  <L 64>
        continue;
    }
}



extern "C" __global__ void unrolled_stencil_99339061_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 2;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 8;
        wp::range_t var_32;
        wp::int32 var_33;
        const wp::float32 var_34 = 0.01;
        wp::int32 var_35;
        const wp::int32 var_36 = 4;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        //---------
        // forward
        // def unrolled_stencil(src: wp.array(dtype=float), dst: wp.array(dtype=float)):          <L 84>
        // i = wp.tid()                                                                           <L 85>
        var_0 = builtin_tid1d();
        // n = src.shape[0]                                                                       <L 86>
        var_1 = &(var_src.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // acc = float(0.0)                                                                       <L 87>
        var_6 = wp::float(var_5);
        // for k in range(3):                                                                     <L 88>
        // acc += src[idx_clamp(i + k - 1, n)]                                                    <L 89>
        var_8 = wp::add(var_0, var_7);
        var_10 = wp::sub(var_8, var_9);
        var_11 = idx_clamp_0(var_10, var_3);
        var_12 = wp::address(var_src, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::add(var_6, var_14);
        var_16 = wp::add(var_0, var_15);
        var_18 = wp::sub(var_16, var_17);
        var_19 = idx_clamp_0(var_18, var_3);
        var_20 = wp::address(var_src, var_19);
        var_22 = wp::load(var_20);
        var_21 = wp::add(var_13, var_22);
        var_24 = wp::add(var_0, var_23);
        var_26 = wp::sub(var_24, var_25);
        var_27 = idx_clamp_0(var_26, var_3);
        var_28 = wp::address(var_src, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::add(var_21, var_30);
        // for k in range(8):                                                                     <L 90>
        var_32 = wp::range(var_31);
        start_for_0:;
            if (iter_cmp(var_32) == 0) goto end_for_0;
            var_33 = wp::iter_next(var_32);
            // acc += 0.01 * src[idx_clamp(i + k - 4, n)]                                         <L 91>
            var_35 = wp::add(var_0, var_33);
            var_37 = wp::sub(var_35, var_36);
            var_38 = idx_clamp_0(var_37, var_3);
            var_39 = wp::address(var_src, var_38);
            var_41 = wp::load(var_39);
            var_40 = wp::mul(var_34, var_41);
            var_42 = wp::add(var_29, var_40);
            wp::assign(var_29, var_42);
            goto start_for_0;
        end_for_0:;
        // dst[i] = acc                                                                           <L 92>
        wp::array_store(var_dst, var_0, var_29);
    }
}



extern "C" __global__ void unrolled_stencil_99339061_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::float32> adj_dst)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 2;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 8;
        wp::range_t var_32;
        wp::int32 var_33;
        const wp::float32 var_34 = 0.01;
        wp::int32 var_35;
        const wp::int32 var_36 = 4;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::range_t adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        //---------
        // forward
        // def unrolled_stencil(src: wp.array(dtype=float), dst: wp.array(dtype=float)):          <L 84>
        // i = wp.tid()                                                                           <L 85>
        var_0 = builtin_tid1d();
        // n = src.shape[0]                                                                       <L 86>
        var_1 = &(var_src.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // acc = float(0.0)                                                                       <L 87>
        var_6 = wp::float(var_5);
        // for k in range(3):                                                                     <L 88>
        // acc += src[idx_clamp(i + k - 1, n)]                                                    <L 89>
        var_8 = wp::add(var_0, var_7);
        var_10 = wp::sub(var_8, var_9);
        var_11 = idx_clamp_0(var_10, var_3);
        var_12 = wp::address(var_src, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::add(var_6, var_14);
        var_16 = wp::add(var_0, var_15);
        var_18 = wp::sub(var_16, var_17);
        var_19 = idx_clamp_0(var_18, var_3);
        var_20 = wp::address(var_src, var_19);
        var_22 = wp::load(var_20);
        var_21 = wp::add(var_13, var_22);
        var_24 = wp::add(var_0, var_23);
        var_26 = wp::sub(var_24, var_25);
        var_27 = idx_clamp_0(var_26, var_3);
        var_28 = wp::address(var_src, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::add(var_21, var_30);
        // for k in range(8):                                                                     <L 90>
        var_32 = wp::range(var_31);
        // dst[i] = acc                                                                           <L 92>
        // wp::array_store(var_dst, var_0, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_29, adj_dst, adj_0, adj_29);
        // adj: dst[i] = acc                                                                      <L 92>
        var_32 = wp::iter_reverse(var_32);
        start_for_0:;
            if (iter_cmp(var_32) == 0) goto end_for_0;
            var_33 = wp::iter_next(var_32);
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
            // acc += 0.01 * src[idx_clamp(i + k - 4, n)]                                         <L 91>
            var_35 = wp::add(var_0, var_33);
            var_37 = wp::sub(var_35, var_36);
            var_38 = idx_clamp_0(var_37, var_3);
            var_39 = wp::address(var_src, var_38);
            var_41 = wp::load(var_39);
            var_40 = wp::mul(var_34, var_41);
            var_42 = wp::add(var_29, var_40);
            wp::assign(var_29, var_42);
            wp::adj_assign(var_29, var_42, adj_29, adj_42);
            wp::adj_add(var_29, var_40, adj_29, adj_40, adj_42);
            wp::adj_mul(var_34, var_41, adj_34, adj_39, adj_40);
            wp::adj_address(var_src, var_38, adj_src, adj_38, adj_39);
            adj_idx_clamp_0(var_37, var_3, adj_37, adj_3, adj_38);
            wp::adj_sub(var_35, var_36, adj_35, adj_36, adj_37);
            wp::adj_add(var_0, var_33, adj_0, adj_33, adj_35);
            // adj: acc += 0.01 * src[idx_clamp(i + k - 4, n)]                                    <L 91>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(8):                                                                <L 90>
        wp::adj_add(var_21, var_30, adj_21, adj_28, adj_29);
        wp::adj_address(var_src, var_27, adj_src, adj_27, adj_28);
        adj_idx_clamp_0(var_26, var_3, adj_26, adj_3, adj_27);
        wp::adj_sub(var_24, var_25, adj_24, adj_25, adj_26);
        wp::adj_add(var_0, var_23, adj_0, adj_23, adj_24);
        wp::adj_add(var_13, var_22, adj_13, adj_20, adj_21);
        wp::adj_address(var_src, var_19, adj_src, adj_19, adj_20);
        adj_idx_clamp_0(var_18, var_3, adj_18, adj_3, adj_19);
        wp::adj_sub(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_add(var_0, var_15, adj_0, adj_15, adj_16);
        wp::adj_add(var_6, var_14, adj_6, adj_12, adj_13);
        wp::adj_address(var_src, var_11, adj_src, adj_11, adj_12);
        adj_idx_clamp_0(var_10, var_3, adj_10, adj_3, adj_11);
        wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_add(var_0, var_7, adj_0, adj_7, adj_8);
        // adj: acc += src[idx_clamp(i + k - 1, n)]                                               <L 89>
        // adj: for k in range(3):                                                                <L 88>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: acc = float(0.0)                                                                  <L 87>
        adj_src.shape = adj_1;
        // adj: n = src.shape[0]                                                                  <L 86>
        // adj: i = wp.tid()                                                                      <L 85>
        // adj: def unrolled_stencil(src: wp.array(dtype=float), dst: wp.array(dtype=float)):     <L 84>
        continue;
    }
}

