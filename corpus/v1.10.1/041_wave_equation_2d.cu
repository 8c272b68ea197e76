
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


// corpus/041_wave_equation_2d.py:4
static CUDA_CALLABLE wp::float32 sample_or_zero_0(
    wp::array_t<wp::float32> var_f,
    wp::int32 var_i,
    wp::int32 var_j)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    bool var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    bool var_13;
    bool var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def sample_or_zero(f: wp.array2d(dtype=float), i: int, j: int) -> float:               <L 5>
    // if i < 0 or j < 0 or i >= f.shape[0] or j >= f.shape[1]:                               <L 6>
    var_1 = (var_i < var_0);
    var_3 = (var_j < var_2);
    var_4 = &(var_f.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = (var_i >= var_6);
    var_9 = &(var_f.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = (var_j >= var_11);
    var_14 = var_1 || var_3 || var_8 || var_13;
    if (var_14) {
        // return 0.0                                                                         <L 7>
        return var_15;
    }
    // return f[i, j]                                                                         <L 8>
    var_16 = wp::address(var_f, var_i, var_j);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    return var_17;
}


// corpus/041_wave_equation_2d.py:11
static CUDA_CALLABLE wp::float32 absorbing_factor_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_nx,
    wp::int32 var_ny,
    wp::int32 var_width,
    wp::float32 var_strength)
{
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    bool var_9;
    const wp::float32 var_10 = 1.0;
    wp::int32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def absorbing_factor(i: int, j: int, nx: int, ny: int, width: int, strength: float) -> float:       <L 12>
    // d = wp.min(wp.min(i, j), wp.min(nx - 1 - i, ny - 1 - j))                               <L 13>
    var_0 = wp::min(var_i, var_j);
    var_2 = wp::sub(var_nx, var_1);
    var_3 = wp::sub(var_2, var_i);
    var_5 = wp::sub(var_ny, var_4);
    var_6 = wp::sub(var_5, var_j);
    var_7 = wp::min(var_3, var_6);
    var_8 = wp::min(var_0, var_7);
    // if d >= width:                                                                         <L 14>
    var_9 = (var_8 >= var_width);
    if (var_9) {
        // return 1.0                                                                         <L 15>
        return var_10;
    }
    // t = float(width - d) / float(width)                                                    <L 16>
    var_11 = wp::sub(var_width, var_8);
    var_12 = wp::float(var_11);
    var_13 = wp::float(var_width);
    var_14 = wp::div(var_12, var_13);
    // return 1.0 - strength * t * t                                                          <L 17>
    var_16 = wp::mul(var_strength, var_14);
    var_17 = wp::mul(var_16, var_14);
    var_18 = wp::sub(var_15, var_17);
    return var_18;
}


// corpus/041_wave_equation_2d.py:4
static CUDA_CALLABLE void adj_sample_or_zero_0(
    wp::array_t<wp::float32> var_f,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::array_t<wp::float32> & adj_f,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    bool var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    bool var_13;
    bool var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    bool adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    bool adj_13 = {};
    bool adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def sample_or_zero(f: wp.array2d(dtype=float), i: int, j: int) -> float:               <L 5>
    // if i < 0 or j < 0 or i >= f.shape[0] or j >= f.shape[1]:                               <L 6>
    var_1 = (var_i < var_0);
    var_3 = (var_j < var_2);
    var_4 = &(var_f.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = (var_i >= var_6);
    var_9 = &(var_f.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = (var_j >= var_11);
    var_14 = var_1 || var_3 || var_8 || var_13;
    if (var_14) {
        // return 0.0                                                                         <L 7>
        goto label0;
    }
    // return f[i, j]                                                                         <L 8>
    var_16 = wp::address(var_f, var_i, var_j);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_17 += adj_ret;
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_f, var_i, var_j, adj_f, adj_i, adj_j, adj_16);
    // adj: return f[i, j]                                                                    <L 8>
    if (var_14) {
        label0:;
        adj_15 += adj_ret;
        // adj: return 0.0                                                                    <L 7>
    }
    wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
    adj_f.shape = adj_9;
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_f.shape = adj_4;
    // adj: if i < 0 or j < 0 or i >= f.shape[0] or j >= f.shape[1]:                          <L 6>
    // adj: def sample_or_zero(f: wp.array2d(dtype=float), i: int, j: int) -> float:          <L 5>
    return;
}


// corpus/041_wave_equation_2d.py:11
static CUDA_CALLABLE void adj_absorbing_factor_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_nx,
    wp::int32 var_ny,
    wp::int32 var_width,
    wp::float32 var_strength,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_nx,
    wp::int32 & adj_ny,
    wp::int32 & adj_width,
    wp::float32 & adj_strength,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    bool var_9;
    const wp::float32 var_10 = 1.0;
    wp::int32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
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
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def absorbing_factor(i: int, j: int, nx: int, ny: int, width: int, strength: float) -> float:       <L 12>
    // d = wp.min(wp.min(i, j), wp.min(nx - 1 - i, ny - 1 - j))                               <L 13>
    var_0 = wp::min(var_i, var_j);
    var_2 = wp::sub(var_nx, var_1);
    var_3 = wp::sub(var_2, var_i);
    var_5 = wp::sub(var_ny, var_4);
    var_6 = wp::sub(var_5, var_j);
    var_7 = wp::min(var_3, var_6);
    var_8 = wp::min(var_0, var_7);
    // if d >= width:                                                                         <L 14>
    var_9 = (var_8 >= var_width);
    if (var_9) {
        // return 1.0                                                                         <L 15>
        goto label0;
    }
    // t = float(width - d) / float(width)                                                    <L 16>
    var_11 = wp::sub(var_width, var_8);
    var_12 = wp::float(var_11);
    var_13 = wp::float(var_width);
    var_14 = wp::div(var_12, var_13);
    // return 1.0 - strength * t * t                                                          <L 17>
    var_16 = wp::mul(var_strength, var_14);
    var_17 = wp::mul(var_16, var_14);
    var_18 = wp::sub(var_15, var_17);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_18 += adj_ret;
    wp::adj_sub(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_mul(var_16, var_14, adj_16, adj_14, adj_17);
    wp::adj_mul(var_strength, var_14, adj_strength, adj_14, adj_16);
    // adj: return 1.0 - strength * t * t                                                     <L 17>
    wp::adj_div(var_12, var_13, var_14, adj_12, adj_13, adj_14);
    wp::adj_float(var_width, adj_width, adj_13);
    wp::adj_float(var_11, adj_11, adj_12);
    wp::adj_sub(var_width, var_8, adj_width, adj_8, adj_11);
    // adj: t = float(width - d) / float(width)                                               <L 16>
    if (var_9) {
        label0:;
        adj_10 += adj_ret;
        // adj: return 1.0                                                                    <L 15>
    }
    // adj: if d >= width:                                                                    <L 14>
    wp::adj_min(var_0, var_7, adj_0, adj_7, adj_8);
    wp::adj_min(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_sub(var_5, var_j, adj_5, adj_j, adj_6);
    wp::adj_sub(var_ny, var_4, adj_ny, adj_4, adj_5);
    wp::adj_sub(var_2, var_i, adj_2, adj_i, adj_3);
    wp::adj_sub(var_nx, var_1, adj_nx, adj_1, adj_2);
    wp::adj_min(var_i, var_j, adj_i, adj_j, adj_0);
    // adj: d = wp.min(wp.min(i, j), wp.min(nx - 1 - i, ny - 1 - j))                          <L 13>
    // adj: def absorbing_factor(i: int, j: int, nx: int, ny: int, width: int, strength: float) -> float:  <L 12>
    return;
}



extern "C" __global__ void wave_step_07ff8b31_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_u_prev,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_u_next,
    wp::array_t<wp::float32> var_speed,
    wp::float32 var_dt,
    wp::float32 var_h,
    wp::int32 var_sponge_width,
    wp::float32 var_sponge_strength)
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
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 4.0;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 2.0;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        //---------
        // forward
        // def wave_step(                                                                         <L 21>
        // i, j = wp.tid()                                                                        <L 31>
        builtin_tid2d(var_0, var_1);
        // nx = u.shape[0]                                                                        <L 32>
        var_2 = &(var_u.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = u.shape[1]                                                                        <L 33>
        var_6 = &(var_u.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // c = speed[i, j]                                                                        <L 34>
        var_10 = wp::address(var_speed, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // lap = sample_or_zero(u, i - 1, j) + sample_or_zero(u, i + 1, j) + sample_or_zero(u, i, j - 1) + sample_or_zero(u, i, j + 1) - 4.0 * u[i, j]       <L 35>
        var_14 = wp::sub(var_0, var_13);
        var_15 = sample_or_zero_0(var_u, var_14, var_1);
        var_17 = wp::add(var_0, var_16);
        var_18 = sample_or_zero_0(var_u, var_17, var_1);
        var_19 = wp::add(var_15, var_18);
        var_21 = wp::sub(var_1, var_20);
        var_22 = sample_or_zero_0(var_u, var_0, var_21);
        var_23 = wp::add(var_19, var_22);
        var_25 = wp::add(var_1, var_24);
        var_26 = sample_or_zero_0(var_u, var_0, var_25);
        var_27 = wp::add(var_23, var_26);
        var_29 = wp::address(var_u, var_0, var_1);
        var_31 = wp::load(var_29);
        var_30 = wp::mul(var_28, var_31);
        var_32 = wp::sub(var_27, var_30);
        // k = c * dt / h                                                                         <L 36>
        var_33 = wp::mul(var_11, var_dt);
        var_34 = wp::div(var_33, var_h);
        // val = 2.0 * u[i, j] - u_prev[i, j] + k * k * lap                                       <L 37>
        var_36 = wp::address(var_u, var_0, var_1);
        var_38 = wp::load(var_36);
        var_37 = wp::mul(var_35, var_38);
        var_39 = wp::address(var_u_prev, var_0, var_1);
        var_41 = wp::load(var_39);
        var_40 = wp::sub(var_37, var_41);
        var_42 = wp::mul(var_34, var_34);
        var_43 = wp::mul(var_42, var_32);
        var_44 = wp::add(var_40, var_43);
        // val = val * absorbing_factor(i, j, nx, ny, sponge_width, sponge_strength)              <L 38>
        var_45 = absorbing_factor_0(var_0, var_1, var_4, var_8, var_sponge_width, var_sponge_strength);
        var_46 = wp::mul(var_44, var_45);
        // u_next[i, j] = val                                                                     <L 39>
        wp::array_store(var_u_next, var_0, var_1, var_46);
    }
}



extern "C" __global__ void wave_step_07ff8b31_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_u_prev,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_u_next,
    wp::array_t<wp::float32> var_speed,
    wp::float32 var_dt,
    wp::float32 var_h,
    wp::int32 var_sponge_width,
    wp::float32 var_sponge_strength,
    wp::array_t<wp::float32> adj_u_prev,
    wp::array_t<wp::float32> adj_u,
    wp::array_t<wp::float32> adj_u_next,
    wp::array_t<wp::float32> adj_speed,
    wp::float32 adj_dt,
    wp::float32 adj_h,
    wp::int32 adj_sponge_width,
    wp::float32 adj_sponge_strength)
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
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 4.0;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 2.0;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
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
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
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
        //---------
        // forward
        // def wave_step(                                                                         <L 21>
        // i, j = wp.tid()                                                                        <L 31>
        builtin_tid2d(var_0, var_1);
        // nx = u.shape[0]                                                                        <L 32>
        var_2 = &(var_u.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = u.shape[1]                                                                        <L 33>
        var_6 = &(var_u.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // c = speed[i, j]                                                                        <L 34>
        var_10 = wp::address(var_speed, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // lap = sample_or_zero(u, i - 1, j) + sample_or_zero(u, i + 1, j) + sample_or_zero(u, i, j - 1) + sample_or_zero(u, i, j + 1) - 4.0 * u[i, j]       <L 35>
        var_14 = wp::sub(var_0, var_13);
        var_15 = sample_or_zero_0(var_u, var_14, var_1);
        var_17 = wp::add(var_0, var_16);
        var_18 = sample_or_zero_0(var_u, var_17, var_1);
        var_19 = wp::add(var_15, var_18);
        var_21 = wp::sub(var_1, var_20);
        var_22 = sample_or_zero_0(var_u, var_0, var_21);
        var_23 = wp::add(var_19, var_22);
        var_25 = wp::add(var_1, var_24);
        var_26 = sample_or_zero_0(var_u, var_0, var_25);
        var_27 = wp::add(var_23, var_26);
        var_29 = wp::address(var_u, var_0, var_1);
        var_31 = wp::load(var_29);
        var_30 = wp::mul(var_28, var_31);
        var_32 = wp::sub(var_27, var_30);
        // k = c * dt / h                                                                         <L 36>
        var_33 = wp::mul(var_11, var_dt);
        var_34 = wp::div(var_33, var_h);
        // val = 2.0 * u[i, j] - u_prev[i, j] + k * k * lap                                       <L 37>
        var_36 = wp::address(var_u, var_0, var_1);
        var_38 = wp::load(var_36);
        var_37 = wp::mul(var_35, var_38);
        var_39 = wp::address(var_u_prev, var_0, var_1);
        var_41 = wp::load(var_39);
        var_40 = wp::sub(var_37, var_41);
        var_42 = wp::mul(var_34, var_34);
        var_43 = wp::mul(var_42, var_32);
        var_44 = wp::add(var_40, var_43);
        // val = val * absorbing_factor(i, j, nx, ny, sponge_width, sponge_strength)              <L 38>
        var_45 = absorbing_factor_0(var_0, var_1, var_4, var_8, var_sponge_width, var_sponge_strength);
        var_46 = wp::mul(var_44, var_45);
        // u_next[i, j] = val                                                                     <L 39>
        // wp::array_store(var_u_next, var_0, var_1, var_46);
        //---------
        // reverse
        wp::adj_array_store(var_u_next, var_0, var_1, var_46, adj_u_next, adj_0, adj_1, adj_46);
        // adj: u_next[i, j] = val                                                                <L 39>
        wp::adj_mul(var_44, var_45, adj_44, adj_45, adj_46);
        adj_absorbing_factor_0(var_0, var_1, var_4, var_8, var_sponge_width, var_sponge_strength, adj_0, adj_1, adj_4, adj_8, adj_sponge_width, adj_sponge_strength, adj_45);
        // adj: val = val * absorbing_factor(i, j, nx, ny, sponge_width, sponge_strength)         <L 38>
        wp::adj_add(var_40, var_43, adj_40, adj_43, adj_44);
        wp::adj_mul(var_42, var_32, adj_42, adj_32, adj_43);
        wp::adj_mul(var_34, var_34, adj_34, adj_34, adj_42);
        wp::adj_sub(var_37, var_41, adj_37, adj_39, adj_40);
        wp::adj_address(var_u_prev, var_0, var_1, adj_u_prev, adj_0, adj_1, adj_39);
        wp::adj_mul(var_35, var_38, adj_35, adj_36, adj_37);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_36);
        // adj: val = 2.0 * u[i, j] - u_prev[i, j] + k * k * lap                                  <L 37>
        wp::adj_div(var_33, var_h, var_34, adj_33, adj_h, adj_34);
        wp::adj_mul(var_11, var_dt, adj_11, adj_dt, adj_33);
        // adj: k = c * dt / h                                                                    <L 36>
        wp::adj_sub(var_27, var_30, adj_27, adj_30, adj_32);
        wp::adj_mul(var_28, var_31, adj_28, adj_29, adj_30);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_29);
        wp::adj_add(var_23, var_26, adj_23, adj_26, adj_27);
        adj_sample_or_zero_0(var_u, var_0, var_25, adj_u, adj_0, adj_25, adj_26);
        wp::adj_add(var_1, var_24, adj_1, adj_24, adj_25);
        wp::adj_add(var_19, var_22, adj_19, adj_22, adj_23);
        adj_sample_or_zero_0(var_u, var_0, var_21, adj_u, adj_0, adj_21, adj_22);
        wp::adj_sub(var_1, var_20, adj_1, adj_20, adj_21);
        wp::adj_add(var_15, var_18, adj_15, adj_18, adj_19);
        adj_sample_or_zero_0(var_u, var_17, var_1, adj_u, adj_17, adj_1, adj_18);
        wp::adj_add(var_0, var_16, adj_0, adj_16, adj_17);
        adj_sample_or_zero_0(var_u, var_14, var_1, adj_u, adj_14, adj_1, adj_15);
        wp::adj_sub(var_0, var_13, adj_0, adj_13, adj_14);
        // adj: lap = sample_or_zero(u, i - 1, j) + sample_or_zero(u, i + 1, j) + sample_or_zero(u, i, j - 1) + sample_or_zero(u, i, j + 1) - 4.0 * u[i, j]  <L 35>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_speed, var_0, var_1, adj_speed, adj_0, adj_1, adj_10);
        // adj: c = speed[i, j]                                                                   <L 34>
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        adj_u.shape = adj_6;
        // adj: ny = u.shape[1]                                                                   <L 33>
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        adj_u.shape = adj_2;
        // adj: nx = u.shape[0]                                                                   <L 32>
        // adj: i, j = wp.tid()                                                                   <L 31>
        // adj: def wave_step(                                                                    <L 21>
        continue;
    }
}



extern "C" __global__ void add_sources_d6305976_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::int32> var_src_i,
    wp::array_t<wp::int32> var_src_j,
    wp::float32 var_freq,
    wp::float32 var_t,
    wp::float32 var_amplitude)
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
        const wp::float32 var_1 = 3.141592653589793;
        wp::float32 var_2;
        const wp::float32 var_3 = 1.0;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        const wp::float32 var_9 = 2.0;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32* var_16;
        wp::int32* var_17;
        wp::float32 var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        //---------
        // forward
        // def add_sources(u: wp.array2d(dtype=float), src_i: wp.array(dtype=int), src_j: wp.array(dtype=int), freq: float, t: float, amplitude: float):       <L 43>
        // s = wp.tid()                                                                           <L 44>
        var_0 = builtin_tid1d();
        // a = wp.pi * freq * (t - 1.0 / freq)                                                    <L 46>
        var_2 = wp::mul(var_1, var_freq);
        var_4 = wp::div(var_3, var_freq);
        var_5 = wp::sub(var_t, var_4);
        var_6 = wp::mul(var_2, var_5);
        // a2 = a * a                                                                             <L 47>
        var_7 = wp::mul(var_6, var_6);
        // w = (1.0 - 2.0 * a2) * wp.exp(-a2)                                                     <L 48>
        var_10 = wp::mul(var_9, var_7);
        var_11 = wp::sub(var_8, var_10);
        var_12 = wp::neg(var_7);
        var_13 = wp::exp(var_12);
        var_14 = wp::mul(var_11, var_13);
        // u[src_i[s], src_j[s]] += amplitude * w                                                 <L 49>
        var_15 = wp::mul(var_amplitude, var_14);
        var_16 = wp::address(var_src_i, var_0);
        var_17 = wp::address(var_src_j, var_0);
        var_19 = wp::load(var_16);
        var_20 = wp::load(var_17);
        var_18 = wp::atomic_add(var_u, var_19, var_20, var_15);
    }
}



extern "C" __global__ void add_sources_d6305976_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::int32> var_src_i,
    wp::array_t<wp::int32> var_src_j,
    wp::float32 var_freq,
    wp::float32 var_t,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> adj_u,
    wp::array_t<wp::int32> adj_src_i,
    wp::array_t<wp::int32> adj_src_j,
    wp::float32 adj_freq,
    wp::float32 adj_t,
    wp::float32 adj_amplitude)
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
        const wp::float32 var_1 = 3.141592653589793;
        wp::float32 var_2;
        const wp::float32 var_3 = 1.0;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        const wp::float32 var_9 = 2.0;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32* var_16;
        wp::int32* var_17;
        wp::float32 var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
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
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        //---------
        // forward
        // def add_sources(u: wp.array2d(dtype=float), src_i: wp.array(dtype=int), src_j: wp.array(dtype=int), freq: float, t: float, amplitude: float):       <L 43>
        // s = wp.tid()                                                                           <L 44>
        var_0 = builtin_tid1d();
        // a = wp.pi * freq * (t - 1.0 / freq)                                                    <L 46>
        var_2 = wp::mul(var_1, var_freq);
        var_4 = wp::div(var_3, var_freq);
        var_5 = wp::sub(var_t, var_4);
        var_6 = wp::mul(var_2, var_5);
        // a2 = a * a                                                                             <L 47>
        var_7 = wp::mul(var_6, var_6);
        // w = (1.0 - 2.0 * a2) * wp.exp(-a2)                                                     <L 48>
        var_10 = wp::mul(var_9, var_7);
        var_11 = wp::sub(var_8, var_10);
        var_12 = wp::neg(var_7);
        var_13 = wp::exp(var_12);
        var_14 = wp::mul(var_11, var_13);
        // u[src_i[s], src_j[s]] += amplitude * w                                                 <L 49>
        var_15 = wp::mul(var_amplitude, var_14);
        var_16 = wp::address(var_src_i, var_0);
        var_17 = wp::address(var_src_j, var_0);
        var_19 = wp::load(var_16);
        var_20 = wp::load(var_17);
        // var_18 = wp::atomic_add(var_u, var_19, var_20, var_15);
        //---------
        // reverse
        wp::adj_atomic_add(var_u, var_19, var_20, var_15, adj_u, adj_16, adj_17, adj_15, adj_18);
        wp::adj_address(var_src_j, var_0, adj_src_j, adj_0, adj_17);
        wp::adj_address(var_src_i, var_0, adj_src_i, adj_0, adj_16);
        wp::adj_mul(var_amplitude, var_14, adj_amplitude, adj_14, adj_15);
        // adj: u[src_i[s], src_j[s]] += amplitude * w                                            <L 49>
        wp::adj_mul(var_11, var_13, adj_11, adj_13, adj_14);
        wp::adj_exp(var_12, var_13, adj_12, adj_13);
        wp::adj_neg(var_7, adj_7, adj_12);
        wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
        wp::adj_mul(var_9, var_7, adj_9, adj_7, adj_10);
        // adj: w = (1.0 - 2.0 * a2) * wp.exp(-a2)                                                <L 48>
        wp::adj_mul(var_6, var_6, adj_6, adj_6, adj_7);
        // adj: a2 = a * a                                                                        <L 47>
        wp::adj_mul(var_2, var_5, adj_2, adj_5, adj_6);
        wp::adj_sub(var_t, var_4, adj_t, adj_4, adj_5);
        wp::adj_div(var_3, var_freq, var_4, adj_3, adj_freq, adj_4);
        wp::adj_mul(var_1, var_freq, adj_1, adj_freq, adj_2);
        // adj: a = wp.pi * freq * (t - 1.0 / freq)                                               <L 46>
        // adj: s = wp.tid()                                                                      <L 44>
        // adj: def add_sources(u: wp.array2d(dtype=float), src_i: wp.array(dtype=int), src_j: wp.array(dtype=int), freq: float, t: float, amplitude: float):  <L 43>
        continue;
    }
}



extern "C" __global__ void record_receivers_840be7b8_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::int32> var_rec_i,
    wp::array_t<wp::int32> var_rec_j,
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
        wp::int32* var_1;
        wp::int32* var_2;
        wp::float32* var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def record_receivers(u: wp.array2d(dtype=float), rec_i: wp.array(dtype=int), rec_j: wp.array(dtype=int), step: int, traces: wp.array2d(dtype=float)):       <L 53>
        // r = wp.tid()                                                                           <L 54>
        var_0 = builtin_tid1d();
        // traces[r, step] = u[rec_i[r], rec_j[r]]                                                <L 55>
        var_1 = wp::address(var_rec_i, var_0);
        var_2 = wp::address(var_rec_j, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::address(var_u, var_4, var_5);
        var_6 = wp::load(var_3);
        wp::array_store(var_traces, var_0, var_step, var_6);
    }
}



extern "C" __global__ void record_receivers_840be7b8_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::int32> var_rec_i,
    wp::array_t<wp::int32> var_rec_j,
    wp::int32 var_step,
    wp::array_t<wp::float32> var_traces,
    wp::array_t<wp::float32> adj_u,
    wp::array_t<wp::int32> adj_rec_i,
    wp::array_t<wp::int32> adj_rec_j,
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
        wp::int32* var_1;
        wp::int32* var_2;
        wp::float32* var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def record_receivers(u: wp.array2d(dtype=float), rec_i: wp.array(dtype=int), rec_j: wp.array(dtype=int), step: int, traces: wp.array2d(dtype=float)):       <L 53>
        // r = wp.tid()                                                                           <L 54>
        var_0 = builtin_tid1d();
        // traces[r, step] = u[rec_i[r], rec_j[r]]                                                <L 55>
        var_1 = wp::address(var_rec_i, var_0);
        var_2 = wp::address(var_rec_j, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::address(var_u, var_4, var_5);
        var_6 = wp::load(var_3);
        // wp::array_store(var_traces, var_0, var_step, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_traces, var_0, var_step, var_6, adj_traces, adj_0, adj_step, adj_3);
        wp::adj_address(var_u, var_4, var_5, adj_u, adj_1, adj_2, adj_3);
        wp::adj_address(var_rec_j, var_0, adj_rec_j, adj_0, adj_2);
        wp::adj_address(var_rec_i, var_0, adj_rec_i, adj_0, adj_1);
        // adj: traces[r, step] = u[rec_i[r], rec_j[r]]                                           <L 55>
        // adj: r = wp.tid()                                                                      <L 54>
        // adj: def record_receivers(u: wp.array2d(dtype=float), rec_i: wp.array(dtype=int), rec_j: wp.array(dtype=int), step: int, traces: wp.array2d(dtype=float)):  <L 53>
        continue;
    }
}



extern "C" __global__ void wave_energy_c255d7c1_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_u_prev,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_speed,
    wp::float32 var_dt,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_energy)
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
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.5;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 0;
        wp::float32 var_37;
        //---------
        // forward
        // def wave_energy(u_prev: wp.array2d(dtype=float), u: wp.array2d(dtype=float), speed: wp.array2d(dtype=float), dt: float, h: float, energy: wp.array(dtype=float)):       <L 59>
        // i, j = wp.tid()                                                                        <L 60>
        builtin_tid2d(var_0, var_1);
        // ut = (u[i, j] - u_prev[i, j]) / dt                                                     <L 61>
        var_2 = wp::address(var_u, var_0, var_1);
        var_3 = wp::address(var_u_prev, var_0, var_1);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::sub(var_5, var_6);
        var_7 = wp::div(var_4, var_dt);
        // gx = (sample_or_zero(u, i + 1, j) - u[i, j]) / h                                       <L 62>
        var_9 = wp::add(var_0, var_8);
        var_10 = sample_or_zero_0(var_u, var_9, var_1);
        var_11 = wp::address(var_u, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::sub(var_10, var_13);
        var_14 = wp::div(var_12, var_h);
        // gy = (sample_or_zero(u, i, j + 1) - u[i, j]) / h                                       <L 63>
        var_16 = wp::add(var_1, var_15);
        var_17 = sample_or_zero_0(var_u, var_0, var_16);
        var_18 = wp::address(var_u, var_0, var_1);
        var_20 = wp::load(var_18);
        var_19 = wp::sub(var_17, var_20);
        var_21 = wp::div(var_19, var_h);
        // c = speed[i, j]                                                                        <L 64>
        var_22 = wp::address(var_speed, var_0, var_1);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // e = 0.5 * (ut * ut + c * c * (gx * gx + gy * gy)) * h * h                              <L 65>
        var_26 = wp::mul(var_7, var_7);
        var_27 = wp::mul(var_23, var_23);
        var_28 = wp::mul(var_14, var_14);
        var_29 = wp::mul(var_21, var_21);
        var_30 = wp::add(var_28, var_29);
        var_31 = wp::mul(var_27, var_30);
        var_32 = wp::add(var_26, var_31);
        var_33 = wp::mul(var_25, var_32);
        var_34 = wp::mul(var_33, var_h);
        var_35 = wp::mul(var_34, var_h);
        // wp.atomic_add(energy, 0, e)                                                            <L 66>
        var_37 = wp::atomic_add(var_energy, var_36, var_35);
    }
}



extern "C" __global__ void wave_energy_c255d7c1_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_u_prev,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_speed,
    wp::float32 var_dt,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_energy,
    wp::array_t<wp::float32> adj_u_prev,
    wp::array_t<wp::float32> adj_u,
    wp::array_t<wp::float32> adj_speed,
    wp::float32 adj_dt,
    wp::float32 adj_h,
    wp::array_t<wp::float32> adj_energy)
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
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.5;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 0;
        wp::float32 var_37;
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
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
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
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        //---------
        // forward
        // def wave_energy(u_prev: wp.array2d(dtype=float), u: wp.array2d(dtype=float), speed: wp.array2d(dtype=float), dt: float, h: float, energy: wp.array(dtype=float)):       <L 59>
        // i, j = wp.tid()                                                                        <L 60>
        builtin_tid2d(var_0, var_1);
        // ut = (u[i, j] - u_prev[i, j]) / dt                                                     <L 61>
        var_2 = wp::address(var_u, var_0, var_1);
        var_3 = wp::address(var_u_prev, var_0, var_1);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::sub(var_5, var_6);
        var_7 = wp::div(var_4, var_dt);
        // gx = (sample_or_zero(u, i + 1, j) - u[i, j]) / h                                       <L 62>
        var_9 = wp::add(var_0, var_8);
        var_10 = sample_or_zero_0(var_u, var_9, var_1);
        var_11 = wp::address(var_u, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::sub(var_10, var_13);
        var_14 = wp::div(var_12, var_h);
        // gy = (sample_or_zero(u, i, j + 1) - u[i, j]) / h                                       <L 63>
        var_16 = wp::add(var_1, var_15);
        var_17 = sample_or_zero_0(var_u, var_0, var_16);
        var_18 = wp::address(var_u, var_0, var_1);
        var_20 = wp::load(var_18);
        var_19 = wp::sub(var_17, var_20);
        var_21 = wp::div(var_19, var_h);
        // c = speed[i, j]                                                                        <L 64>
        var_22 = wp::address(var_speed, var_0, var_1);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // e = 0.5 * (ut * ut + c * c * (gx * gx + gy * gy)) * h * h                              <L 65>
        var_26 = wp::mul(var_7, var_7);
        var_27 = wp::mul(var_23, var_23);
        var_28 = wp::mul(var_14, var_14);
        var_29 = wp::mul(var_21, var_21);
        var_30 = wp::add(var_28, var_29);
        var_31 = wp::mul(var_27, var_30);
        var_32 = wp::add(var_26, var_31);
        var_33 = wp::mul(var_25, var_32);
        var_34 = wp::mul(var_33, var_h);
        var_35 = wp::mul(var_34, var_h);
        // wp.atomic_add(energy, 0, e)                                                            <L 66>
        // var_37 = wp::atomic_add(var_energy, var_36, var_35);
        //---------
        // reverse
        wp::adj_atomic_add(var_energy, var_36, var_35, adj_energy, adj_36, adj_35, adj_37);
        // adj: wp.atomic_add(energy, 0, e)                                                       <L 66>
        wp::adj_mul(var_34, var_h, adj_34, adj_h, adj_35);
        wp::adj_mul(var_33, var_h, adj_33, adj_h, adj_34);
        wp::adj_mul(var_25, var_32, adj_25, adj_32, adj_33);
        wp::adj_add(var_26, var_31, adj_26, adj_31, adj_32);
        wp::adj_mul(var_27, var_30, adj_27, adj_30, adj_31);
        wp::adj_add(var_28, var_29, adj_28, adj_29, adj_30);
        wp::adj_mul(var_21, var_21, adj_21, adj_21, adj_29);
        wp::adj_mul(var_14, var_14, adj_14, adj_14, adj_28);
        wp::adj_mul(var_23, var_23, adj_23, adj_23, adj_27);
        wp::adj_mul(var_7, var_7, adj_7, adj_7, adj_26);
        // adj: e = 0.5 * (ut * ut + c * c * (gx * gx + gy * gy)) * h * h                         <L 65>
        wp::adj_copy(var_24, adj_22, adj_23);
        wp::adj_address(var_speed, var_0, var_1, adj_speed, adj_0, adj_1, adj_22);
        // adj: c = speed[i, j]                                                                   <L 64>
        wp::adj_div(var_19, var_h, var_21, adj_19, adj_h, adj_21);
        wp::adj_sub(var_17, var_20, adj_17, adj_18, adj_19);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_18);
        adj_sample_or_zero_0(var_u, var_0, var_16, adj_u, adj_0, adj_16, adj_17);
        wp::adj_add(var_1, var_15, adj_1, adj_15, adj_16);
        // adj: gy = (sample_or_zero(u, i, j + 1) - u[i, j]) / h                                  <L 63>
        wp::adj_div(var_12, var_h, var_14, adj_12, adj_h, adj_14);
        wp::adj_sub(var_10, var_13, adj_10, adj_11, adj_12);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_11);
        adj_sample_or_zero_0(var_u, var_9, var_1, adj_u, adj_9, adj_1, adj_10);
        wp::adj_add(var_0, var_8, adj_0, adj_8, adj_9);
        // adj: gx = (sample_or_zero(u, i + 1, j) - u[i, j]) / h                                  <L 62>
        wp::adj_div(var_4, var_dt, var_7, adj_4, adj_dt, adj_7);
        wp::adj_sub(var_5, var_6, adj_2, adj_3, adj_4);
        wp::adj_address(var_u_prev, var_0, var_1, adj_u_prev, adj_0, adj_1, adj_3);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_2);
        // adj: ut = (u[i, j] - u_prev[i, j]) / dt                                                <L 61>
        // adj: i, j = wp.tid()                                                                   <L 60>
        // adj: def wave_energy(u_prev: wp.array2d(dtype=float), u: wp.array2d(dtype=float), speed: wp.array2d(dtype=float), dt: float, h: float, energy: wp.array(dtype=float)):  <L 59>
        continue;
    }
}

