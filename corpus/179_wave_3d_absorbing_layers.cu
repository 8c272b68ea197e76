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


// corpus/179_wave_3d_absorbing_layers.py:9
static CUDA_CALLABLE wp::float32 damping_profile_0(
    wp::int32 var_i,
    wp::int32 var_n,
    wp::float32 var_strength)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 6;
    bool var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    bool var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def damping_profile(i: int, n: int, strength: float) -> float:                         <L 10>
    // d = int(0)                                                                             <L 11>
    var_1 = wp::int(var_0);
    // if i < PML_WIDTH:                                                                      <L 12>
    var_3 = (var_i < var_2);
    if (var_3) {
        // d = PML_WIDTH - i                                                                  <L 13>
        var_4 = wp::sub(var_2, var_i);
    }
    if (!var_3) {
        // elif i >= n - PML_WIDTH:                                                           <L 14>
        var_5 = wp::sub(var_n, var_2);
        var_6 = (var_i >= var_5);
        if (var_6) {
            // d = i - (n - PML_WIDTH - 1)                                                    <L 15>
            var_7 = wp::sub(var_n, var_2);
            var_9 = wp::sub(var_7, var_8);
            var_10 = wp::sub(var_i, var_9);
        }
        var_11 = wp::where(var_6, var_10, var_1);
    }
    var_12 = wp::where(var_3, var_4, var_11);
    // x = float(d) / float(PML_WIDTH)                                                        <L 16>
    var_13 = wp::float(var_12);
    var_14 = wp::float(var_2);
    var_15 = wp::div(var_13, var_14);
    // return strength * x * x                                                                <L 17>
    var_16 = wp::mul(var_strength, var_15);
    var_17 = wp::mul(var_16, var_15);
    return var_17;
}


// corpus/179_wave_3d_absorbing_layers.py:20
static CUDA_CALLABLE wp::float32 lap7_0(
    wp::array_t<wp::float32> var_u,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    wp::float32* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 6.0;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    //---------
    // forward
    // def lap7(u: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:                 <L 21>
    // return u[i - 1, j, k] + u[i + 1, j, k] + u[i, j - 1, k] + u[i, j + 1, k] + u[i, j, k - 1] + u[i, j, k + 1] - 6.0 * u[i, j, k]       <L 22>
    var_1 = wp::sub(var_i, var_0);
    var_2 = wp::address(var_u, var_1, var_j, var_k);
    var_4 = wp::add(var_i, var_3);
    var_5 = wp::address(var_u, var_4, var_j, var_k);
    var_7 = wp::load(var_2);
    var_8 = wp::load(var_5);
    var_6 = wp::add(var_7, var_8);
    var_10 = wp::sub(var_j, var_9);
    var_11 = wp::address(var_u, var_i, var_10, var_k);
    var_13 = wp::load(var_11);
    var_12 = wp::add(var_6, var_13);
    var_15 = wp::add(var_j, var_14);
    var_16 = wp::address(var_u, var_i, var_15, var_k);
    var_18 = wp::load(var_16);
    var_17 = wp::add(var_12, var_18);
    var_20 = wp::sub(var_k, var_19);
    var_21 = wp::address(var_u, var_i, var_j, var_20);
    var_23 = wp::load(var_21);
    var_22 = wp::add(var_17, var_23);
    var_25 = wp::add(var_k, var_24);
    var_26 = wp::address(var_u, var_i, var_j, var_25);
    var_28 = wp::load(var_26);
    var_27 = wp::add(var_22, var_28);
    var_30 = wp::address(var_u, var_i, var_j, var_k);
    var_32 = wp::load(var_30);
    var_31 = wp::mul(var_29, var_32);
    var_33 = wp::sub(var_27, var_31);
    return var_33;
}


// corpus/179_wave_3d_absorbing_layers.py:9
static CUDA_CALLABLE void adj_damping_profile_0(
    wp::int32 var_i,
    wp::int32 var_n,
    wp::float32 var_strength,
    wp::int32 & adj_i,
    wp::int32 & adj_n,
    wp::float32 & adj_strength,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 6;
    bool var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    bool var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def damping_profile(i: int, n: int, strength: float) -> float:                         <L 10>
    // d = int(0)                                                                             <L 11>
    var_1 = wp::int(var_0);
    // if i < PML_WIDTH:                                                                      <L 12>
    var_3 = (var_i < var_2);
    if (var_3) {
        // d = PML_WIDTH - i                                                                  <L 13>
        var_4 = wp::sub(var_2, var_i);
    }
    if (!var_3) {
        // elif i >= n - PML_WIDTH:                                                           <L 14>
        var_5 = wp::sub(var_n, var_2);
        var_6 = (var_i >= var_5);
        if (var_6) {
            // d = i - (n - PML_WIDTH - 1)                                                    <L 15>
            var_7 = wp::sub(var_n, var_2);
            var_9 = wp::sub(var_7, var_8);
            var_10 = wp::sub(var_i, var_9);
        }
        var_11 = wp::where(var_6, var_10, var_1);
    }
    var_12 = wp::where(var_3, var_4, var_11);
    // x = float(d) / float(PML_WIDTH)                                                        <L 16>
    var_13 = wp::float(var_12);
    var_14 = wp::float(var_2);
    var_15 = wp::div(var_13, var_14);
    // return strength * x * x                                                                <L 17>
    var_16 = wp::mul(var_strength, var_15);
    var_17 = wp::mul(var_16, var_15);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_17 += adj_ret;
    wp::adj_mul(var_16, var_15, adj_16, adj_15, adj_17);
    wp::adj_mul(var_strength, var_15, adj_strength, adj_15, adj_16);
    // adj: return strength * x * x                                                           <L 17>
    wp::adj_div(var_13, var_14, var_15, adj_13, adj_14, adj_15);
    wp::adj_float(var_2, adj_2, adj_14);
    wp::adj_float(var_12, adj_12, adj_13);
    // adj: x = float(d) / float(PML_WIDTH)                                                   <L 16>
    wp::adj_where(var_3, var_4, var_11, adj_3, adj_4, adj_11, adj_12);
    if (!var_3) {
        wp::adj_where(var_6, var_10, var_1, adj_6, adj_10, adj_1, adj_11);
        if (var_6) {
            wp::adj_sub(var_i, var_9, adj_i, adj_9, adj_10);
            wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
            wp::adj_sub(var_n, var_2, adj_n, adj_2, adj_7);
            // adj: d = i - (n - PML_WIDTH - 1)                                               <L 15>
        }
        wp::adj_sub(var_n, var_2, adj_n, adj_2, adj_5);
        // adj: elif i >= n - PML_WIDTH:                                                      <L 14>
    }
    if (var_3) {
        wp::adj_sub(var_2, var_i, adj_2, adj_i, adj_4);
        // adj: d = PML_WIDTH - i                                                             <L 13>
    }
    // adj: if i < PML_WIDTH:                                                                 <L 12>
    // adj: d = int(0)                                                                        <L 11>
    // adj: def damping_profile(i: int, n: int, strength: float) -> float:                    <L 10>
    return;
}


// corpus/179_wave_3d_absorbing_layers.py:20
static CUDA_CALLABLE void adj_lap7_0(
    wp::array_t<wp::float32> var_u,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::array_t<wp::float32> & adj_u,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    wp::float32* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 6.0;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
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
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    //---------
    // forward
    // def lap7(u: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:                 <L 21>
    // return u[i - 1, j, k] + u[i + 1, j, k] + u[i, j - 1, k] + u[i, j + 1, k] + u[i, j, k - 1] + u[i, j, k + 1] - 6.0 * u[i, j, k]       <L 22>
    var_1 = wp::sub(var_i, var_0);
    var_2 = wp::address(var_u, var_1, var_j, var_k);
    var_4 = wp::add(var_i, var_3);
    var_5 = wp::address(var_u, var_4, var_j, var_k);
    var_7 = wp::load(var_2);
    var_8 = wp::load(var_5);
    var_6 = wp::add(var_7, var_8);
    var_10 = wp::sub(var_j, var_9);
    var_11 = wp::address(var_u, var_i, var_10, var_k);
    var_13 = wp::load(var_11);
    var_12 = wp::add(var_6, var_13);
    var_15 = wp::add(var_j, var_14);
    var_16 = wp::address(var_u, var_i, var_15, var_k);
    var_18 = wp::load(var_16);
    var_17 = wp::add(var_12, var_18);
    var_20 = wp::sub(var_k, var_19);
    var_21 = wp::address(var_u, var_i, var_j, var_20);
    var_23 = wp::load(var_21);
    var_22 = wp::add(var_17, var_23);
    var_25 = wp::add(var_k, var_24);
    var_26 = wp::address(var_u, var_i, var_j, var_25);
    var_28 = wp::load(var_26);
    var_27 = wp::add(var_22, var_28);
    var_30 = wp::address(var_u, var_i, var_j, var_k);
    var_32 = wp::load(var_30);
    var_31 = wp::mul(var_29, var_32);
    var_33 = wp::sub(var_27, var_31);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_33 += adj_ret;
    wp::adj_sub(var_27, var_31, adj_27, adj_31, adj_33);
    wp::adj_mul(var_29, var_32, adj_29, adj_30, adj_31);
    wp::adj_address(var_u, var_i, var_j, var_k, adj_u, adj_i, adj_j, adj_k, adj_30);
    wp::adj_add(var_22, var_28, adj_22, adj_26, adj_27);
    wp::adj_address(var_u, var_i, var_j, var_25, adj_u, adj_i, adj_j, adj_25, adj_26);
    wp::adj_add(var_k, var_24, adj_k, adj_24, adj_25);
    wp::adj_add(var_17, var_23, adj_17, adj_21, adj_22);
    wp::adj_address(var_u, var_i, var_j, var_20, adj_u, adj_i, adj_j, adj_20, adj_21);
    wp::adj_sub(var_k, var_19, adj_k, adj_19, adj_20);
    wp::adj_add(var_12, var_18, adj_12, adj_16, adj_17);
    wp::adj_address(var_u, var_i, var_15, var_k, adj_u, adj_i, adj_15, adj_k, adj_16);
    wp::adj_add(var_j, var_14, adj_j, adj_14, adj_15);
    wp::adj_add(var_6, var_13, adj_6, adj_11, adj_12);
    wp::adj_address(var_u, var_i, var_10, var_k, adj_u, adj_i, adj_10, adj_k, adj_11);
    wp::adj_sub(var_j, var_9, adj_j, adj_9, adj_10);
    wp::adj_add(var_7, var_8, adj_2, adj_5, adj_6);
    wp::adj_address(var_u, var_4, var_j, var_k, adj_u, adj_4, adj_j, adj_k, adj_5);
    wp::adj_add(var_i, var_3, adj_i, adj_3, adj_4);
    wp::adj_address(var_u, var_1, var_j, var_k, adj_u, adj_1, adj_j, adj_k, adj_2);
    wp::adj_sub(var_i, var_0, adj_i, adj_0, adj_1);
    // adj: return u[i - 1, j, k] + u[i + 1, j, k] + u[i, j - 1, k] + u[i, j + 1, k] + u[i, j, k - 1] + u[i, j, k + 1] - 6.0 * u[i, j, k]  <L 22>
    // adj: def lap7(u: wp.array3d(dtype=float), i: int, j: int, k: int) -> float:            <L 21>
    return;
}



extern "C" __global__ void wave_step_952e18b1_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_u_prev,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_u_next,
    wp::array_t<wp::float32> var_speed,
    wp::float32 var_dt,
    wp::float32 var_h,
    wp::float32 var_strength)
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
        bool var_15;
        const wp::int32 var_16 = 0;
        bool var_17;
        const wp::int32 var_18 = 0;
        bool var_19;
        const wp::int32 var_20 = 0;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        bool var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        bool var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        bool var_30;
        const wp::float32 var_31 = 0.0;
        wp::float32* var_32;
        const wp::float32 var_33 = 1.0;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 1.0;
        const wp::float32 var_47 = 1.0;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = 2.0;
        wp::float32* var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::float32 var_55 = 1.0;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32* var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        //---------
        // forward
        // def wave_step(u_prev: wp.array3d(dtype=float), u: wp.array3d(dtype=float), u_next: wp.array3d(dtype=float), speed: wp.array3d(dtype=float), dt: float, h: float, strength: float):       <L 26>
        // i, j, k = wp.tid()                                                                     <L 27>
        builtin_tid3d(var_0, var_1, var_2);
        // nx = u.shape[0]                                                                        <L 28>
        var_3 = &(var_u.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // ny = u.shape[1]                                                                        <L 29>
        var_7 = &(var_u.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        // nz = u.shape[2]                                                                        <L 30>
        var_11 = &(var_u.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        // if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:            <L 31>
        var_17 = (var_0 == var_16);
        var_15 = var_17;
        if (!var_15) {
            var_19 = (var_1 == var_18);
            var_15 = var_15 || var_19;
        }
        if (!var_15) {
            var_21 = (var_2 == var_20);
            var_15 = var_15 || var_21;
        }
        if (!var_15) {
            var_23 = wp::sub(var_5, var_22);
            var_24 = (var_0 == var_23);
            var_15 = var_15 || var_24;
        }
        if (!var_15) {
            var_26 = wp::sub(var_9, var_25);
            var_27 = (var_1 == var_26);
            var_15 = var_15 || var_27;
        }
        if (!var_15) {
            var_29 = wp::sub(var_13, var_28);
            var_30 = (var_2 == var_29);
            var_15 = var_15 || var_30;
        }
        if (var_15) {
            // u_next[i, j, k] = 0.0                                                              <L 32>
            wp::array_store(var_u_next, var_0, var_1, var_2, var_31);
            // return                                                                             <L 33>
            continue;
        }
        // c = speed[i, j, k] * C0                                                                <L 34>
        var_32 = wp::address(var_speed, var_0, var_1, var_2);
        var_35 = wp::load(var_32);
        var_34 = wp::mul(var_35, var_33);
        // sigma = damping_profile(i, nx, strength) + damping_profile(j, ny, strength) + damping_profile(k, nz, strength)       <L 35>
        var_36 = damping_profile_0(var_0, var_5, var_strength);
        var_37 = damping_profile_0(var_1, var_9, var_strength);
        var_38 = wp::add(var_36, var_37);
        var_39 = damping_profile_0(var_2, var_13, var_strength);
        var_40 = wp::add(var_38, var_39);
        // r = c * c * dt * dt / (h * h)                                                          <L 36>
        var_41 = wp::mul(var_34, var_34);
        var_42 = wp::mul(var_41, var_dt);
        var_43 = wp::mul(var_42, var_dt);
        var_44 = wp::mul(var_h, var_h);
        var_45 = wp::div(var_43, var_44);
        // a = 1.0 / (1.0 + sigma * dt)                                                           <L 37>
        var_48 = wp::mul(var_40, var_dt);
        var_49 = wp::add(var_47, var_48);
        var_50 = wp::div(var_46, var_49);
        // u_next[i, j, k] = a * (2.0 * u[i, j, k] - (1.0 - sigma * dt) * u_prev[i, j, k] + r * lap7(u, i, j, k))       <L 38>
        var_52 = wp::address(var_u, var_0, var_1, var_2);
        var_54 = wp::load(var_52);
        var_53 = wp::mul(var_51, var_54);
        var_56 = wp::mul(var_40, var_dt);
        var_57 = wp::sub(var_55, var_56);
        var_58 = wp::address(var_u_prev, var_0, var_1, var_2);
        var_60 = wp::load(var_58);
        var_59 = wp::mul(var_57, var_60);
        var_61 = wp::sub(var_53, var_59);
        var_62 = lap7_0(var_u, var_0, var_1, var_2);
        var_63 = wp::mul(var_45, var_62);
        var_64 = wp::add(var_61, var_63);
        var_65 = wp::mul(var_50, var_64);
        wp::array_store(var_u_next, var_0, var_1, var_2, var_65);
    }
}



extern "C" __global__ void wave_step_952e18b1_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_u_prev,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_u_next,
    wp::array_t<wp::float32> var_speed,
    wp::float32 var_dt,
    wp::float32 var_h,
    wp::float32 var_strength,
    wp::array_t<wp::float32> adj_u_prev,
    wp::array_t<wp::float32> adj_u,
    wp::array_t<wp::float32> adj_u_next,
    wp::array_t<wp::float32> adj_speed,
    wp::float32 adj_dt,
    wp::float32 adj_h,
    wp::float32 adj_strength)
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
        bool var_15;
        const wp::int32 var_16 = 0;
        bool var_17;
        const wp::int32 var_18 = 0;
        bool var_19;
        const wp::int32 var_20 = 0;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        bool var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        bool var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        bool var_30;
        const wp::float32 var_31 = 0.0;
        wp::float32* var_32;
        const wp::float32 var_33 = 1.0;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 1.0;
        const wp::float32 var_47 = 1.0;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = 2.0;
        wp::float32* var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::float32 var_55 = 1.0;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32* var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
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
        bool adj_15 = {};
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        bool adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        bool adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        bool adj_30 = {};
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
        //---------
        // forward
        // def wave_step(u_prev: wp.array3d(dtype=float), u: wp.array3d(dtype=float), u_next: wp.array3d(dtype=float), speed: wp.array3d(dtype=float), dt: float, h: float, strength: float):       <L 26>
        // i, j, k = wp.tid()                                                                     <L 27>
        builtin_tid3d(var_0, var_1, var_2);
        // nx = u.shape[0]                                                                        <L 28>
        var_3 = &(var_u.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // ny = u.shape[1]                                                                        <L 29>
        var_7 = &(var_u.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        // nz = u.shape[2]                                                                        <L 30>
        var_11 = &(var_u.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        // if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:            <L 31>
        var_17 = (var_0 == var_16);
        var_15 = var_17;
        if (!var_15) {
            var_19 = (var_1 == var_18);
            var_15 = var_15 || var_19;
        }
        if (!var_15) {
            var_21 = (var_2 == var_20);
            var_15 = var_15 || var_21;
        }
        if (!var_15) {
            var_23 = wp::sub(var_5, var_22);
            var_24 = (var_0 == var_23);
            var_15 = var_15 || var_24;
        }
        if (!var_15) {
            var_26 = wp::sub(var_9, var_25);
            var_27 = (var_1 == var_26);
            var_15 = var_15 || var_27;
        }
        if (!var_15) {
            var_29 = wp::sub(var_13, var_28);
            var_30 = (var_2 == var_29);
            var_15 = var_15 || var_30;
        }
        if (var_15) {
            // u_next[i, j, k] = 0.0                                                              <L 32>
            // wp::array_store(var_u_next, var_0, var_1, var_2, var_31);
            // return                                                                             <L 33>
            goto label0;
        }
        // c = speed[i, j, k] * C0                                                                <L 34>
        var_32 = wp::address(var_speed, var_0, var_1, var_2);
        var_35 = wp::load(var_32);
        var_34 = wp::mul(var_35, var_33);
        // sigma = damping_profile(i, nx, strength) + damping_profile(j, ny, strength) + damping_profile(k, nz, strength)       <L 35>
        var_36 = damping_profile_0(var_0, var_5, var_strength);
        var_37 = damping_profile_0(var_1, var_9, var_strength);
        var_38 = wp::add(var_36, var_37);
        var_39 = damping_profile_0(var_2, var_13, var_strength);
        var_40 = wp::add(var_38, var_39);
        // r = c * c * dt * dt / (h * h)                                                          <L 36>
        var_41 = wp::mul(var_34, var_34);
        var_42 = wp::mul(var_41, var_dt);
        var_43 = wp::mul(var_42, var_dt);
        var_44 = wp::mul(var_h, var_h);
        var_45 = wp::div(var_43, var_44);
        // a = 1.0 / (1.0 + sigma * dt)                                                           <L 37>
        var_48 = wp::mul(var_40, var_dt);
        var_49 = wp::add(var_47, var_48);
        var_50 = wp::div(var_46, var_49);
        // u_next[i, j, k] = a * (2.0 * u[i, j, k] - (1.0 - sigma * dt) * u_prev[i, j, k] + r * lap7(u, i, j, k))       <L 38>
        var_52 = wp::address(var_u, var_0, var_1, var_2);
        var_54 = wp::load(var_52);
        var_53 = wp::mul(var_51, var_54);
        var_56 = wp::mul(var_40, var_dt);
        var_57 = wp::sub(var_55, var_56);
        var_58 = wp::address(var_u_prev, var_0, var_1, var_2);
        var_60 = wp::load(var_58);
        var_59 = wp::mul(var_57, var_60);
        var_61 = wp::sub(var_53, var_59);
        var_62 = lap7_0(var_u, var_0, var_1, var_2);
        var_63 = wp::mul(var_45, var_62);
        var_64 = wp::add(var_61, var_63);
        var_65 = wp::mul(var_50, var_64);
        // wp::array_store(var_u_next, var_0, var_1, var_2, var_65);
        //---------
        // reverse
        wp::adj_array_store(var_u_next, var_0, var_1, var_2, var_65, adj_u_next, adj_0, adj_1, adj_2, adj_65);
        wp::adj_mul(var_50, var_64, adj_50, adj_64, adj_65);
        wp::adj_add(var_61, var_63, adj_61, adj_63, adj_64);
        wp::adj_mul(var_45, var_62, adj_45, adj_62, adj_63);
        adj_lap7_0(var_u, var_0, var_1, var_2, adj_u, adj_0, adj_1, adj_2, adj_62);
        wp::adj_sub(var_53, var_59, adj_53, adj_59, adj_61);
        wp::adj_mul(var_57, var_60, adj_57, adj_58, adj_59);
        wp::adj_address(var_u_prev, var_0, var_1, var_2, adj_u_prev, adj_0, adj_1, adj_2, adj_58);
        wp::adj_sub(var_55, var_56, adj_55, adj_56, adj_57);
        wp::adj_mul(var_40, var_dt, adj_40, adj_dt, adj_56);
        wp::adj_mul(var_51, var_54, adj_51, adj_52, adj_53);
        wp::adj_address(var_u, var_0, var_1, var_2, adj_u, adj_0, adj_1, adj_2, adj_52);
        // adj: u_next[i, j, k] = a * (2.0 * u[i, j, k] - (1.0 - sigma * dt) * u_prev[i, j, k] + r * lap7(u, i, j, k))  <L 38>
        wp::adj_div(var_46, var_49, var_50, adj_46, adj_49, adj_50);
        wp::adj_add(var_47, var_48, adj_47, adj_48, adj_49);
        wp::adj_mul(var_40, var_dt, adj_40, adj_dt, adj_48);
        // adj: a = 1.0 / (1.0 + sigma * dt)                                                      <L 37>
        wp::adj_div(var_43, var_44, var_45, adj_43, adj_44, adj_45);
        wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_44);
        wp::adj_mul(var_42, var_dt, adj_42, adj_dt, adj_43);
        wp::adj_mul(var_41, var_dt, adj_41, adj_dt, adj_42);
        wp::adj_mul(var_34, var_34, adj_34, adj_34, adj_41);
        // adj: r = c * c * dt * dt / (h * h)                                                     <L 36>
        wp::adj_add(var_38, var_39, adj_38, adj_39, adj_40);
        adj_damping_profile_0(var_2, var_13, var_strength, adj_2, adj_13, adj_strength, adj_39);
        wp::adj_add(var_36, var_37, adj_36, adj_37, adj_38);
        adj_damping_profile_0(var_1, var_9, var_strength, adj_1, adj_9, adj_strength, adj_37);
        adj_damping_profile_0(var_0, var_5, var_strength, adj_0, adj_5, adj_strength, adj_36);
        // adj: sigma = damping_profile(i, nx, strength) + damping_profile(j, ny, strength) + damping_profile(k, nz, strength)  <L 35>
        wp::adj_mul(var_35, var_33, adj_32, adj_33, adj_34);
        wp::adj_address(var_speed, var_0, var_1, var_2, adj_speed, adj_0, adj_1, adj_2, adj_32);
        // adj: c = speed[i, j, k] * C0                                                           <L 34>
        if (var_15) {
            label0:;
            // adj: return                                                                        <L 33>
            wp::adj_array_store(var_u_next, var_0, var_1, var_2, var_31, adj_u_next, adj_0, adj_1, adj_2, adj_31);
            // adj: u_next[i, j, k] = 0.0                                                         <L 32>
        }
        if (!var_15) {
            wp::adj_sub(var_13, var_28, adj_13, adj_28, adj_29);
        }
        if (!var_15) {
            wp::adj_sub(var_9, var_25, adj_9, adj_25, adj_26);
        }
        if (!var_15) {
            wp::adj_sub(var_5, var_22, adj_5, adj_22, adj_23);
        }
        if (!var_15) {
        }
        if (!var_15) {
        }
        // adj: if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:       <L 31>
        adj_u.shape = adj_11;
        // adj: nz = u.shape[2]                                                                   <L 30>
        adj_u.shape = adj_7;
        // adj: ny = u.shape[1]                                                                   <L 29>
        adj_u.shape = adj_3;
        // adj: nx = u.shape[0]                                                                   <L 28>
        // adj: i, j, k = wp.tid()                                                                <L 27>
        // adj: def wave_step(u_prev: wp.array3d(dtype=float), u: wp.array3d(dtype=float), u_next: wp.array3d(dtype=float), speed: wp.array3d(dtype=float), dt: float, h: float, strength: float):  <L 26>
        continue;
    }
}



extern "C" __global__ void inject_ricker_a60bcfb0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_u,
    wp::vec_t<3, wp::int32> var_src,
    wp::float32 var_t,
    wp::float32 var_f0,
    wp::float32 var_amp)
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
        const wp::float32 var_0 = 3.141592653589793;
        wp::float32 var_1;
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 3.141592653589793;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = 2.0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        const wp::int32 var_25 = 2;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::int32 var_30 = 0;
        wp::int32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        const wp::int32 var_34 = 2;
        wp::int32 var_35;
        //---------
        // forward
        // def inject_ricker(u: wp.array3d(dtype=float), src: wp.vec3i, t: float, f0: float, amp: float):       <L 42>
        // a = (wp.pi * f0 * (t - 1.0 / f0)) * (wp.pi * f0 * (t - 1.0 / f0))                      <L 43>
        var_1 = wp::mul(var_0, var_f0);
        var_3 = wp::div(var_2, var_f0);
        var_4 = wp::sub(var_t, var_3);
        var_5 = wp::mul(var_1, var_4);
        var_7 = wp::mul(var_6, var_f0);
        var_9 = wp::div(var_8, var_f0);
        var_10 = wp::sub(var_t, var_9);
        var_11 = wp::mul(var_7, var_10);
        var_12 = wp::mul(var_5, var_11);
        // w = amp * (1.0 - 2.0 * a) * wp.exp(-a)                                                 <L 44>
        var_15 = wp::mul(var_14, var_12);
        var_16 = wp::sub(var_13, var_15);
        var_17 = wp::mul(var_amp, var_16);
        var_18 = wp::neg(var_12);
        var_19 = wp::exp(var_18);
        var_20 = wp::mul(var_17, var_19);
        // u[src[0], src[1], src[2]] = u[src[0], src[1], src[2]] + w                              <L 45>
        var_22 = wp::extract(var_src, var_21);
        var_24 = wp::extract(var_src, var_23);
        var_26 = wp::extract(var_src, var_25);
        var_27 = wp::address(var_u, var_22, var_24, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::add(var_29, var_20);
        var_31 = wp::extract(var_src, var_30);
        var_33 = wp::extract(var_src, var_32);
        var_35 = wp::extract(var_src, var_34);
        wp::array_store(var_u, var_31, var_33, var_35, var_28);
    }
}



extern "C" __global__ void inject_ricker_a60bcfb0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_u,
    wp::vec_t<3, wp::int32> var_src,
    wp::float32 var_t,
    wp::float32 var_f0,
    wp::float32 var_amp,
    wp::array_t<wp::float32> adj_u,
    wp::vec_t<3, wp::int32> adj_src,
    wp::float32 adj_t,
    wp::float32 adj_f0,
    wp::float32 adj_amp)
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
        const wp::float32 var_0 = 3.141592653589793;
        wp::float32 var_1;
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 3.141592653589793;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = 2.0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        const wp::int32 var_25 = 2;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::int32 var_30 = 0;
        wp::int32 var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        const wp::int32 var_34 = 2;
        wp::int32 var_35;
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
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        //---------
        // forward
        // def inject_ricker(u: wp.array3d(dtype=float), src: wp.vec3i, t: float, f0: float, amp: float):       <L 42>
        // a = (wp.pi * f0 * (t - 1.0 / f0)) * (wp.pi * f0 * (t - 1.0 / f0))                      <L 43>
        var_1 = wp::mul(var_0, var_f0);
        var_3 = wp::div(var_2, var_f0);
        var_4 = wp::sub(var_t, var_3);
        var_5 = wp::mul(var_1, var_4);
        var_7 = wp::mul(var_6, var_f0);
        var_9 = wp::div(var_8, var_f0);
        var_10 = wp::sub(var_t, var_9);
        var_11 = wp::mul(var_7, var_10);
        var_12 = wp::mul(var_5, var_11);
        // w = amp * (1.0 - 2.0 * a) * wp.exp(-a)                                                 <L 44>
        var_15 = wp::mul(var_14, var_12);
        var_16 = wp::sub(var_13, var_15);
        var_17 = wp::mul(var_amp, var_16);
        var_18 = wp::neg(var_12);
        var_19 = wp::exp(var_18);
        var_20 = wp::mul(var_17, var_19);
        // u[src[0], src[1], src[2]] = u[src[0], src[1], src[2]] + w                              <L 45>
        var_22 = wp::extract(var_src, var_21);
        var_24 = wp::extract(var_src, var_23);
        var_26 = wp::extract(var_src, var_25);
        var_27 = wp::address(var_u, var_22, var_24, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::add(var_29, var_20);
        var_31 = wp::extract(var_src, var_30);
        var_33 = wp::extract(var_src, var_32);
        var_35 = wp::extract(var_src, var_34);
        // wp::array_store(var_u, var_31, var_33, var_35, var_28);
        //---------
        // reverse
        wp::adj_array_store(var_u, var_31, var_33, var_35, var_28, adj_u, adj_31, adj_33, adj_35, adj_28);
        wp::adj_extract(var_src, var_34, adj_src, adj_34, adj_35);
        wp::adj_extract(var_src, var_32, adj_src, adj_32, adj_33);
        wp::adj_extract(var_src, var_30, adj_src, adj_30, adj_31);
        wp::adj_add(var_29, var_20, adj_27, adj_20, adj_28);
        wp::adj_address(var_u, var_22, var_24, var_26, adj_u, adj_22, adj_24, adj_26, adj_27);
        wp::adj_extract(var_src, var_25, adj_src, adj_25, adj_26);
        wp::adj_extract(var_src, var_23, adj_src, adj_23, adj_24);
        wp::adj_extract(var_src, var_21, adj_src, adj_21, adj_22);
        // adj: u[src[0], src[1], src[2]] = u[src[0], src[1], src[2]] + w                         <L 45>
        wp::adj_mul(var_17, var_19, adj_17, adj_19, adj_20);
        wp::adj_exp(var_18, var_19, adj_18, adj_19);
        wp::adj_neg(var_12, adj_12, adj_18);
        wp::adj_mul(var_amp, var_16, adj_amp, adj_16, adj_17);
        wp::adj_sub(var_13, var_15, adj_13, adj_15, adj_16);
        wp::adj_mul(var_14, var_12, adj_14, adj_12, adj_15);
        // adj: w = amp * (1.0 - 2.0 * a) * wp.exp(-a)                                            <L 44>
        wp::adj_mul(var_5, var_11, adj_5, adj_11, adj_12);
        wp::adj_mul(var_7, var_10, adj_7, adj_10, adj_11);
        wp::adj_sub(var_t, var_9, adj_t, adj_9, adj_10);
        wp::adj_div(var_8, var_f0, var_9, adj_8, adj_f0, adj_9);
        wp::adj_mul(var_6, var_f0, adj_6, adj_f0, adj_7);
        wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_5);
        wp::adj_sub(var_t, var_3, adj_t, adj_3, adj_4);
        wp::adj_div(var_2, var_f0, var_3, adj_2, adj_f0, adj_3);
        wp::adj_mul(var_0, var_f0, adj_0, adj_f0, adj_1);
        // adj: a = (wp.pi * f0 * (t - 1.0 / f0)) * (wp.pi * f0 * (t - 1.0 / f0))                 <L 43>
        // adj: def inject_ricker(u: wp.array3d(dtype=float), src: wp.vec3i, t: float, f0: float, amp: float):  <L 42>
        continue;
    }
}



extern "C" __global__ void record_receivers_11461d6f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::vec_t<3, wp::int32>> var_receivers,
    wp::int32 var_step,
    wp::array_t<wp::float32> var_traces)
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
        wp::vec_t<3, wp::int32>* var_1;
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::int32> var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        const wp::int32 var_6 = -1;
        const wp::int32 var_7 = -1;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 0;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 2;
        wp::int32 var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        const wp::int32 var_32 = 0;
        wp::int32 var_33;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 2;
        wp::int32 var_39;
        wp::float32* var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 0;
        const wp::int32 var_44 = -1;
        const wp::int32 var_45 = 0;
        wp::int32 var_46;
        wp::int32 var_47;
        const wp::int32 var_48 = 1;
        wp::int32 var_49;
        wp::int32 var_50;
        const wp::int32 var_51 = 2;
        wp::int32 var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::int32 var_56 = 0;
        const wp::int32 var_57 = 0;
        wp::int32 var_58;
        wp::int32 var_59;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        wp::int32 var_62;
        const wp::int32 var_63 = 2;
        wp::int32 var_64;
        wp::float32* var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        const wp::int32 var_68 = 1;
        const wp::int32 var_69 = 0;
        wp::int32 var_70;
        wp::int32 var_71;
        const wp::int32 var_72 = 1;
        wp::int32 var_73;
        wp::int32 var_74;
        const wp::int32 var_75 = 2;
        wp::int32 var_76;
        wp::float32* var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        const wp::int32 var_80 = 1;
        const wp::int32 var_81 = -1;
        const wp::int32 var_82 = 0;
        wp::int32 var_83;
        wp::int32 var_84;
        const wp::int32 var_85 = 1;
        wp::int32 var_86;
        wp::int32 var_87;
        const wp::int32 var_88 = 2;
        wp::int32 var_89;
        wp::float32* var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        const wp::int32 var_93 = 0;
        const wp::int32 var_94 = 0;
        wp::int32 var_95;
        wp::int32 var_96;
        const wp::int32 var_97 = 1;
        wp::int32 var_98;
        wp::int32 var_99;
        const wp::int32 var_100 = 2;
        wp::int32 var_101;
        wp::float32* var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        const wp::int32 var_105 = 1;
        const wp::int32 var_106 = 0;
        wp::int32 var_107;
        wp::int32 var_108;
        const wp::int32 var_109 = 1;
        wp::int32 var_110;
        wp::int32 var_111;
        const wp::int32 var_112 = 2;
        wp::int32 var_113;
        wp::float32* var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        const wp::float32 var_117 = 9.0;
        wp::float32 var_118;
        //---------
        // forward
        // def record_receivers(u: wp.array3d(dtype=float), receivers: wp.array(dtype=wp.vec3i), step: int, traces: wp.array2d(dtype=float)):       <L 49>
        // r = wp.tid()                                                                           <L 50>
        var_0 = builtin_tid1d();
        // p = receivers[r]                                                                       <L 51>
        var_1 = wp::address(var_receivers, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // s = float(0.0)                                                                         <L 52>
        var_5 = wp::float(var_4);
        // for di in range(-1, 2):                                                                <L 53>
        // for dj in range(-1, 2):                                                                <L 54>
        // s += u[p[0] + di, p[1] + dj, p[2]]                                                     <L 55>
        var_9 = wp::extract(var_2, var_8);
        var_10 = wp::add(var_9, var_6);
        var_12 = wp::extract(var_2, var_11);
        var_13 = wp::add(var_12, var_7);
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_u, var_10, var_13, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::add(var_5, var_18);
        var_21 = wp::extract(var_2, var_20);
        var_22 = wp::add(var_21, var_6);
        var_24 = wp::extract(var_2, var_23);
        var_25 = wp::add(var_24, var_19);
        var_27 = wp::extract(var_2, var_26);
        var_28 = wp::address(var_u, var_22, var_25, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::add(var_17, var_30);
        var_33 = wp::extract(var_2, var_32);
        var_34 = wp::add(var_33, var_6);
        var_36 = wp::extract(var_2, var_35);
        var_37 = wp::add(var_36, var_31);
        var_39 = wp::extract(var_2, var_38);
        var_40 = wp::address(var_u, var_34, var_37, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::add(var_29, var_42);
        // for dj in range(-1, 2):                                                                <L 54>
        // s += u[p[0] + di, p[1] + dj, p[2]]                                                     <L 55>
        var_46 = wp::extract(var_2, var_45);
        var_47 = wp::add(var_46, var_43);
        var_49 = wp::extract(var_2, var_48);
        var_50 = wp::add(var_49, var_44);
        var_52 = wp::extract(var_2, var_51);
        var_53 = wp::address(var_u, var_47, var_50, var_52);
        var_55 = wp::load(var_53);
        var_54 = wp::add(var_41, var_55);
        var_58 = wp::extract(var_2, var_57);
        var_59 = wp::add(var_58, var_43);
        var_61 = wp::extract(var_2, var_60);
        var_62 = wp::add(var_61, var_56);
        var_64 = wp::extract(var_2, var_63);
        var_65 = wp::address(var_u, var_59, var_62, var_64);
        var_67 = wp::load(var_65);
        var_66 = wp::add(var_54, var_67);
        var_70 = wp::extract(var_2, var_69);
        var_71 = wp::add(var_70, var_43);
        var_73 = wp::extract(var_2, var_72);
        var_74 = wp::add(var_73, var_68);
        var_76 = wp::extract(var_2, var_75);
        var_77 = wp::address(var_u, var_71, var_74, var_76);
        var_79 = wp::load(var_77);
        var_78 = wp::add(var_66, var_79);
        // for dj in range(-1, 2):                                                                <L 54>
        // s += u[p[0] + di, p[1] + dj, p[2]]                                                     <L 55>
        var_83 = wp::extract(var_2, var_82);
        var_84 = wp::add(var_83, var_80);
        var_86 = wp::extract(var_2, var_85);
        var_87 = wp::add(var_86, var_81);
        var_89 = wp::extract(var_2, var_88);
        var_90 = wp::address(var_u, var_84, var_87, var_89);
        var_92 = wp::load(var_90);
        var_91 = wp::add(var_78, var_92);
        var_95 = wp::extract(var_2, var_94);
        var_96 = wp::add(var_95, var_80);
        var_98 = wp::extract(var_2, var_97);
        var_99 = wp::add(var_98, var_93);
        var_101 = wp::extract(var_2, var_100);
        var_102 = wp::address(var_u, var_96, var_99, var_101);
        var_104 = wp::load(var_102);
        var_103 = wp::add(var_91, var_104);
        var_107 = wp::extract(var_2, var_106);
        var_108 = wp::add(var_107, var_80);
        var_110 = wp::extract(var_2, var_109);
        var_111 = wp::add(var_110, var_105);
        var_113 = wp::extract(var_2, var_112);
        var_114 = wp::address(var_u, var_108, var_111, var_113);
        var_116 = wp::load(var_114);
        var_115 = wp::add(var_103, var_116);
        // traces[r, step] = s / 9.0                                                              <L 56>
        var_118 = wp::div(var_115, var_117);
        wp::array_store(var_traces, var_0, var_step, var_118);
    }
}



extern "C" __global__ void record_receivers_11461d6f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::vec_t<3, wp::int32>> var_receivers,
    wp::int32 var_step,
    wp::array_t<wp::float32> var_traces,
    wp::array_t<wp::float32> adj_u,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_receivers,
    wp::int32 adj_step,
    wp::array_t<wp::float32> adj_traces)
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
        wp::vec_t<3, wp::int32>* var_1;
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::int32> var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        const wp::int32 var_6 = -1;
        const wp::int32 var_7 = -1;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 0;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 2;
        wp::int32 var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        const wp::int32 var_32 = 0;
        wp::int32 var_33;
        wp::int32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 2;
        wp::int32 var_39;
        wp::float32* var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 0;
        const wp::int32 var_44 = -1;
        const wp::int32 var_45 = 0;
        wp::int32 var_46;
        wp::int32 var_47;
        const wp::int32 var_48 = 1;
        wp::int32 var_49;
        wp::int32 var_50;
        const wp::int32 var_51 = 2;
        wp::int32 var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::int32 var_56 = 0;
        const wp::int32 var_57 = 0;
        wp::int32 var_58;
        wp::int32 var_59;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        wp::int32 var_62;
        const wp::int32 var_63 = 2;
        wp::int32 var_64;
        wp::float32* var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        const wp::int32 var_68 = 1;
        const wp::int32 var_69 = 0;
        wp::int32 var_70;
        wp::int32 var_71;
        const wp::int32 var_72 = 1;
        wp::int32 var_73;
        wp::int32 var_74;
        const wp::int32 var_75 = 2;
        wp::int32 var_76;
        wp::float32* var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        const wp::int32 var_80 = 1;
        const wp::int32 var_81 = -1;
        const wp::int32 var_82 = 0;
        wp::int32 var_83;
        wp::int32 var_84;
        const wp::int32 var_85 = 1;
        wp::int32 var_86;
        wp::int32 var_87;
        const wp::int32 var_88 = 2;
        wp::int32 var_89;
        wp::float32* var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        const wp::int32 var_93 = 0;
        const wp::int32 var_94 = 0;
        wp::int32 var_95;
        wp::int32 var_96;
        const wp::int32 var_97 = 1;
        wp::int32 var_98;
        wp::int32 var_99;
        const wp::int32 var_100 = 2;
        wp::int32 var_101;
        wp::float32* var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        const wp::int32 var_105 = 1;
        const wp::int32 var_106 = 0;
        wp::int32 var_107;
        wp::int32 var_108;
        const wp::int32 var_109 = 1;
        wp::int32 var_110;
        wp::int32 var_111;
        const wp::int32 var_112 = 2;
        wp::int32 var_113;
        wp::float32* var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        const wp::float32 var_117 = 9.0;
        wp::float32 var_118;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::int32> adj_1 = {};
        wp::vec_t<3, wp::int32> adj_2 = {};
        wp::vec_t<3, wp::int32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
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
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::float32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::int32 adj_107 = {};
        wp::int32 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float32 adj_118 = {};
        //---------
        // forward
        // def record_receivers(u: wp.array3d(dtype=float), receivers: wp.array(dtype=wp.vec3i), step: int, traces: wp.array2d(dtype=float)):       <L 49>
        // r = wp.tid()                                                                           <L 50>
        var_0 = builtin_tid1d();
        // p = receivers[r]                                                                       <L 51>
        var_1 = wp::address(var_receivers, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // s = float(0.0)                                                                         <L 52>
        var_5 = wp::float(var_4);
        // for di in range(-1, 2):                                                                <L 53>
        // for dj in range(-1, 2):                                                                <L 54>
        // s += u[p[0] + di, p[1] + dj, p[2]]                                                     <L 55>
        var_9 = wp::extract(var_2, var_8);
        var_10 = wp::add(var_9, var_6);
        var_12 = wp::extract(var_2, var_11);
        var_13 = wp::add(var_12, var_7);
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_u, var_10, var_13, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::add(var_5, var_18);
        var_21 = wp::extract(var_2, var_20);
        var_22 = wp::add(var_21, var_6);
        var_24 = wp::extract(var_2, var_23);
        var_25 = wp::add(var_24, var_19);
        var_27 = wp::extract(var_2, var_26);
        var_28 = wp::address(var_u, var_22, var_25, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::add(var_17, var_30);
        var_33 = wp::extract(var_2, var_32);
        var_34 = wp::add(var_33, var_6);
        var_36 = wp::extract(var_2, var_35);
        var_37 = wp::add(var_36, var_31);
        var_39 = wp::extract(var_2, var_38);
        var_40 = wp::address(var_u, var_34, var_37, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::add(var_29, var_42);
        // for dj in range(-1, 2):                                                                <L 54>
        // s += u[p[0] + di, p[1] + dj, p[2]]                                                     <L 55>
        var_46 = wp::extract(var_2, var_45);
        var_47 = wp::add(var_46, var_43);
        var_49 = wp::extract(var_2, var_48);
        var_50 = wp::add(var_49, var_44);
        var_52 = wp::extract(var_2, var_51);
        var_53 = wp::address(var_u, var_47, var_50, var_52);
        var_55 = wp::load(var_53);
        var_54 = wp::add(var_41, var_55);
        var_58 = wp::extract(var_2, var_57);
        var_59 = wp::add(var_58, var_43);
        var_61 = wp::extract(var_2, var_60);
        var_62 = wp::add(var_61, var_56);
        var_64 = wp::extract(var_2, var_63);
        var_65 = wp::address(var_u, var_59, var_62, var_64);
        var_67 = wp::load(var_65);
        var_66 = wp::add(var_54, var_67);
        var_70 = wp::extract(var_2, var_69);
        var_71 = wp::add(var_70, var_43);
        var_73 = wp::extract(var_2, var_72);
        var_74 = wp::add(var_73, var_68);
        var_76 = wp::extract(var_2, var_75);
        var_77 = wp::address(var_u, var_71, var_74, var_76);
        var_79 = wp::load(var_77);
        var_78 = wp::add(var_66, var_79);
        // for dj in range(-1, 2):                                                                <L 54>
        // s += u[p[0] + di, p[1] + dj, p[2]]                                                     <L 55>
        var_83 = wp::extract(var_2, var_82);
        var_84 = wp::add(var_83, var_80);
        var_86 = wp::extract(var_2, var_85);
        var_87 = wp::add(var_86, var_81);
        var_89 = wp::extract(var_2, var_88);
        var_90 = wp::address(var_u, var_84, var_87, var_89);
        var_92 = wp::load(var_90);
        var_91 = wp::add(var_78, var_92);
        var_95 = wp::extract(var_2, var_94);
        var_96 = wp::add(var_95, var_80);
        var_98 = wp::extract(var_2, var_97);
        var_99 = wp::add(var_98, var_93);
        var_101 = wp::extract(var_2, var_100);
        var_102 = wp::address(var_u, var_96, var_99, var_101);
        var_104 = wp::load(var_102);
        var_103 = wp::add(var_91, var_104);
        var_107 = wp::extract(var_2, var_106);
        var_108 = wp::add(var_107, var_80);
        var_110 = wp::extract(var_2, var_109);
        var_111 = wp::add(var_110, var_105);
        var_113 = wp::extract(var_2, var_112);
        var_114 = wp::address(var_u, var_108, var_111, var_113);
        var_116 = wp::load(var_114);
        var_115 = wp::add(var_103, var_116);
        // traces[r, step] = s / 9.0                                                              <L 56>
        var_118 = wp::div(var_115, var_117);
        // wp::array_store(var_traces, var_0, var_step, var_118);
        //---------
        // reverse
        wp::adj_array_store(var_traces, var_0, var_step, var_118, adj_traces, adj_0, adj_step, adj_118);
        wp::adj_div(var_115, var_117, var_118, adj_115, adj_117, adj_118);
        // adj: traces[r, step] = s / 9.0                                                         <L 56>
        wp::adj_add(var_103, var_116, adj_103, adj_114, adj_115);
        wp::adj_address(var_u, var_108, var_111, var_113, adj_u, adj_108, adj_111, adj_113, adj_114);
        wp::adj_extract(var_2, var_112, adj_2, adj_112, adj_113);
        wp::adj_add(var_110, var_105, adj_110, adj_105, adj_111);
        wp::adj_extract(var_2, var_109, adj_2, adj_109, adj_110);
        wp::adj_add(var_107, var_80, adj_107, adj_80, adj_108);
        wp::adj_extract(var_2, var_106, adj_2, adj_106, adj_107);
        wp::adj_add(var_91, var_104, adj_91, adj_102, adj_103);
        wp::adj_address(var_u, var_96, var_99, var_101, adj_u, adj_96, adj_99, adj_101, adj_102);
        wp::adj_extract(var_2, var_100, adj_2, adj_100, adj_101);
        wp::adj_add(var_98, var_93, adj_98, adj_93, adj_99);
        wp::adj_extract(var_2, var_97, adj_2, adj_97, adj_98);
        wp::adj_add(var_95, var_80, adj_95, adj_80, adj_96);
        wp::adj_extract(var_2, var_94, adj_2, adj_94, adj_95);
        wp::adj_add(var_78, var_92, adj_78, adj_90, adj_91);
        wp::adj_address(var_u, var_84, var_87, var_89, adj_u, adj_84, adj_87, adj_89, adj_90);
        wp::adj_extract(var_2, var_88, adj_2, adj_88, adj_89);
        wp::adj_add(var_86, var_81, adj_86, adj_81, adj_87);
        wp::adj_extract(var_2, var_85, adj_2, adj_85, adj_86);
        wp::adj_add(var_83, var_80, adj_83, adj_80, adj_84);
        wp::adj_extract(var_2, var_82, adj_2, adj_82, adj_83);
        // adj: s += u[p[0] + di, p[1] + dj, p[2]]                                                <L 55>
        // adj: for dj in range(-1, 2):                                                           <L 54>
        wp::adj_add(var_66, var_79, adj_66, adj_77, adj_78);
        wp::adj_address(var_u, var_71, var_74, var_76, adj_u, adj_71, adj_74, adj_76, adj_77);
        wp::adj_extract(var_2, var_75, adj_2, adj_75, adj_76);
        wp::adj_add(var_73, var_68, adj_73, adj_68, adj_74);
        wp::adj_extract(var_2, var_72, adj_2, adj_72, adj_73);
        wp::adj_add(var_70, var_43, adj_70, adj_43, adj_71);
        wp::adj_extract(var_2, var_69, adj_2, adj_69, adj_70);
        wp::adj_add(var_54, var_67, adj_54, adj_65, adj_66);
        wp::adj_address(var_u, var_59, var_62, var_64, adj_u, adj_59, adj_62, adj_64, adj_65);
        wp::adj_extract(var_2, var_63, adj_2, adj_63, adj_64);
        wp::adj_add(var_61, var_56, adj_61, adj_56, adj_62);
        wp::adj_extract(var_2, var_60, adj_2, adj_60, adj_61);
        wp::adj_add(var_58, var_43, adj_58, adj_43, adj_59);
        wp::adj_extract(var_2, var_57, adj_2, adj_57, adj_58);
        wp::adj_add(var_41, var_55, adj_41, adj_53, adj_54);
        wp::adj_address(var_u, var_47, var_50, var_52, adj_u, adj_47, adj_50, adj_52, adj_53);
        wp::adj_extract(var_2, var_51, adj_2, adj_51, adj_52);
        wp::adj_add(var_49, var_44, adj_49, adj_44, adj_50);
        wp::adj_extract(var_2, var_48, adj_2, adj_48, adj_49);
        wp::adj_add(var_46, var_43, adj_46, adj_43, adj_47);
        wp::adj_extract(var_2, var_45, adj_2, adj_45, adj_46);
        // adj: s += u[p[0] + di, p[1] + dj, p[2]]                                                <L 55>
        // adj: for dj in range(-1, 2):                                                           <L 54>
        wp::adj_add(var_29, var_42, adj_29, adj_40, adj_41);
        wp::adj_address(var_u, var_34, var_37, var_39, adj_u, adj_34, adj_37, adj_39, adj_40);
        wp::adj_extract(var_2, var_38, adj_2, adj_38, adj_39);
        wp::adj_add(var_36, var_31, adj_36, adj_31, adj_37);
        wp::adj_extract(var_2, var_35, adj_2, adj_35, adj_36);
        wp::adj_add(var_33, var_6, adj_33, adj_6, adj_34);
        wp::adj_extract(var_2, var_32, adj_2, adj_32, adj_33);
        wp::adj_add(var_17, var_30, adj_17, adj_28, adj_29);
        wp::adj_address(var_u, var_22, var_25, var_27, adj_u, adj_22, adj_25, adj_27, adj_28);
        wp::adj_extract(var_2, var_26, adj_2, adj_26, adj_27);
        wp::adj_add(var_24, var_19, adj_24, adj_19, adj_25);
        wp::adj_extract(var_2, var_23, adj_2, adj_23, adj_24);
        wp::adj_add(var_21, var_6, adj_21, adj_6, adj_22);
        wp::adj_extract(var_2, var_20, adj_2, adj_20, adj_21);
        wp::adj_add(var_5, var_18, adj_5, adj_16, adj_17);
        wp::adj_address(var_u, var_10, var_13, var_15, adj_u, adj_10, adj_13, adj_15, adj_16);
        wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
        wp::adj_add(var_12, var_7, adj_12, adj_7, adj_13);
        wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
        wp::adj_add(var_9, var_6, adj_9, adj_6, adj_10);
        wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
        // adj: s += u[p[0] + di, p[1] + dj, p[2]]                                                <L 55>
        // adj: for dj in range(-1, 2):                                                           <L 54>
        // adj: for di in range(-1, 2):                                                           <L 53>
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: s = float(0.0)                                                                    <L 52>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_receivers, var_0, adj_receivers, adj_0, adj_1);
        // adj: p = receivers[r]                                                                  <L 51>
        // adj: r = wp.tid()                                                                      <L 50>
        // adj: def record_receivers(u: wp.array3d(dtype=float), receivers: wp.array(dtype=wp.vec3i), step: int, traces: wp.array2d(dtype=float)):  <L 49>
        continue;
    }
}



extern "C" __global__ void energy_density_cc912343_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_u_prev,
    wp::array_t<wp::float32> var_u,
    wp::float32 var_dt,
    wp::array_t<wp::float32> var_total)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        const wp::float32 var_10 = 0.5;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        //---------
        // forward
        // def energy_density(u_prev: wp.array3d(dtype=float), u: wp.array3d(dtype=float), dt: float, total: wp.array(dtype=float)):       <L 60>
        // i, j, k = wp.tid()                                                                     <L 61>
        builtin_tid3d(var_0, var_1, var_2);
        // v = (u[i, j, k] - u_prev[i, j, k]) / dt                                                <L 62>
        var_3 = wp::address(var_u, var_0, var_1, var_2);
        var_4 = wp::address(var_u_prev, var_0, var_1, var_2);
        var_6 = wp::load(var_3);
        var_7 = wp::load(var_4);
        var_5 = wp::sub(var_6, var_7);
        var_8 = wp::div(var_5, var_dt);
        // wp.atomic_add(total, 0, 0.5 * v * v)                                                   <L 63>
        var_11 = wp::mul(var_10, var_8);
        var_12 = wp::mul(var_11, var_8);
        var_13 = wp::atomic_add(var_total, var_9, var_12);
    }
}



extern "C" __global__ void energy_density_cc912343_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_u_prev,
    wp::array_t<wp::float32> var_u,
    wp::float32 var_dt,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::float32> adj_u_prev,
    wp::array_t<wp::float32> adj_u,
    wp::float32 adj_dt,
    wp::array_t<wp::float32> adj_total)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        const wp::float32 var_10 = 0.5;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
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
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        //---------
        // forward
        // def energy_density(u_prev: wp.array3d(dtype=float), u: wp.array3d(dtype=float), dt: float, total: wp.array(dtype=float)):       <L 60>
        // i, j, k = wp.tid()                                                                     <L 61>
        builtin_tid3d(var_0, var_1, var_2);
        // v = (u[i, j, k] - u_prev[i, j, k]) / dt                                                <L 62>
        var_3 = wp::address(var_u, var_0, var_1, var_2);
        var_4 = wp::address(var_u_prev, var_0, var_1, var_2);
        var_6 = wp::load(var_3);
        var_7 = wp::load(var_4);
        var_5 = wp::sub(var_6, var_7);
        var_8 = wp::div(var_5, var_dt);
        // wp.atomic_add(total, 0, 0.5 * v * v)                                                   <L 63>
        var_11 = wp::mul(var_10, var_8);
        var_12 = wp::mul(var_11, var_8);
        // var_13 = wp::atomic_add(var_total, var_9, var_12);
        //---------
        // reverse
        wp::adj_atomic_add(var_total, var_9, var_12, adj_total, adj_9, adj_12, adj_13);
        wp::adj_mul(var_11, var_8, adj_11, adj_8, adj_12);
        wp::adj_mul(var_10, var_8, adj_10, adj_8, adj_11);
        // adj: wp.atomic_add(total, 0, 0.5 * v * v)                                              <L 63>
        wp::adj_div(var_5, var_dt, var_8, adj_5, adj_dt, adj_8);
        wp::adj_sub(var_6, var_7, adj_3, adj_4, adj_5);
        wp::adj_address(var_u_prev, var_0, var_1, var_2, adj_u_prev, adj_0, adj_1, adj_2, adj_4);
        wp::adj_address(var_u, var_0, var_1, var_2, adj_u, adj_0, adj_1, adj_2, adj_3);
        // adj: v = (u[i, j, k] - u_prev[i, j, k]) / dt                                           <L 62>
        // adj: i, j, k = wp.tid()                                                                <L 61>
        // adj: def energy_density(u_prev: wp.array3d(dtype=float), u: wp.array3d(dtype=float), dt: float, total: wp.array(dtype=float)):  <L 60>
        continue;
    }
}

