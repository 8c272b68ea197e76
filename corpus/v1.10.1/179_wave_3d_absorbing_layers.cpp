
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


// corpus/179_wave_3d_absorbing_layers.py:9
static wp::float32 damping_profile_0(
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
    wp::int32 var_6;
    bool var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
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
    var_5 = wp::where(var_3, var_4, var_1);
    if (!var_3) {
        // elif i >= n - PML_WIDTH:                                                           <L 14>
        var_6 = wp::sub(var_n, var_2);
        var_7 = (var_i >= var_6);
        if (var_7) {
            // d = i - (n - PML_WIDTH - 1)                                                    <L 15>
            var_8 = wp::sub(var_n, var_2);
            var_10 = wp::sub(var_8, var_9);
            var_11 = wp::sub(var_i, var_10);
        }
        var_12 = wp::where(var_7, var_11, var_5);
    }
    var_13 = wp::where(var_3, var_5, var_12);
    // x = float(d) / float(PML_WIDTH)                                                        <L 16>
    var_14 = wp::float(var_13);
    var_15 = wp::float(var_2);
    var_16 = wp::div(var_14, var_15);
    // return strength * x * x                                                                <L 17>
    var_17 = wp::mul(var_strength, var_16);
    var_18 = wp::mul(var_17, var_16);
    return var_18;
}


// corpus/179_wave_3d_absorbing_layers.py:20
static wp::float32 lap7_0(
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
static void adj_damping_profile_0(
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
    wp::int32 var_6;
    bool var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
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
    var_5 = wp::where(var_3, var_4, var_1);
    if (!var_3) {
        // elif i >= n - PML_WIDTH:                                                           <L 14>
        var_6 = wp::sub(var_n, var_2);
        var_7 = (var_i >= var_6);
        if (var_7) {
            // d = i - (n - PML_WIDTH - 1)                                                    <L 15>
            var_8 = wp::sub(var_n, var_2);
            var_10 = wp::sub(var_8, var_9);
            var_11 = wp::sub(var_i, var_10);
        }
        var_12 = wp::where(var_7, var_11, var_5);
    }
    var_13 = wp::where(var_3, var_5, var_12);
    // x = float(d) / float(PML_WIDTH)                                                        <L 16>
    var_14 = wp::float(var_13);
    var_15 = wp::float(var_2);
    var_16 = wp::div(var_14, var_15);
    // return strength * x * x                                                                <L 17>
    var_17 = wp::mul(var_strength, var_16);
    var_18 = wp::mul(var_17, var_16);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_18 += adj_ret;
    wp::adj_mul(var_17, var_16, adj_17, adj_16, adj_18);
    wp::adj_mul(var_strength, var_16, adj_strength, adj_16, adj_17);
    // adj: return strength * x * x                                                           <L 17>
    wp::adj_div(var_14, var_15, var_16, adj_14, adj_15, adj_16);
    wp::adj_float(var_2, adj_2, adj_15);
    wp::adj_float(var_13, adj_13, adj_14);
    // adj: x = float(d) / float(PML_WIDTH)                                                   <L 16>
    wp::adj_where(var_3, var_5, var_12, adj_3, adj_5, adj_12, adj_13);
    if (!var_3) {
        wp::adj_where(var_7, var_11, var_5, adj_7, adj_11, adj_5, adj_12);
        if (var_7) {
            wp::adj_sub(var_i, var_10, adj_i, adj_10, adj_11);
            wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
            wp::adj_sub(var_n, var_2, adj_n, adj_2, adj_8);
            // adj: d = i - (n - PML_WIDTH - 1)                                               <L 15>
        }
        wp::adj_sub(var_n, var_2, adj_n, adj_2, adj_6);
        // adj: elif i >= n - PML_WIDTH:                                                      <L 14>
    }
    wp::adj_where(var_3, var_4, var_1, adj_3, adj_4, adj_1, adj_5);
    if (var_3) {
        wp::adj_sub(var_2, var_i, adj_2, adj_i, adj_4);
        // adj: d = PML_WIDTH - i                                                             <L 13>
    }
    // adj: if i < PML_WIDTH:                                                                 <L 12>
    wp::adj_int(var_0, adj_0, adj_1);
    // adj: d = int(0)                                                                        <L 11>
    // adj: def damping_profile(i: int, n: int, strength: float) -> float:                    <L 10>
    return;
}


// corpus/179_wave_3d_absorbing_layers.py:20
static void adj_lap7_0(
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

struct wp_args_wave_step_952e18b1 {
    wp::array_t<wp::float32> u_prev;
    wp::array_t<wp::float32> u;
    wp::array_t<wp::float32> u_next;
    wp::array_t<wp::float32> speed;
    wp::float32 dt;
    wp::float32 h;
    wp::float32 strength;
};


void wave_step_952e18b1_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_wave_step_952e18b1 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u_prev = _wp_args->u_prev;
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_u_next = _wp_args->u_next;
    wp::array_t<wp::float32> var_speed = _wp_args->speed;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_h = _wp_args->h;
    wp::float32 var_strength = _wp_args->strength;
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
    const wp::int32 var_15 = 0;
    bool var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    bool var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    bool var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    bool var_29;
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
    var_16 = (var_0 == var_15);
    var_18 = (var_1 == var_17);
    var_20 = (var_2 == var_19);
    var_22 = wp::sub(var_5, var_21);
    var_23 = (var_0 == var_22);
    var_25 = wp::sub(var_9, var_24);
    var_26 = (var_1 == var_25);
    var_28 = wp::sub(var_13, var_27);
    var_29 = (var_2 == var_28);
    var_30 = var_16 || var_18 || var_20 || var_23 || var_26 || var_29;
    if (var_30) {
        // u_next[i, j, k] = 0.0                                                              <L 32>
        wp::array_store(var_u_next, var_0, var_1, var_2, var_31);
        // return                                                                             <L 33>
        return;
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



void wave_step_952e18b1_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_wave_step_952e18b1 *_wp_args,
    wp_args_wave_step_952e18b1 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u_prev = _wp_args->u_prev;
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_u_next = _wp_args->u_next;
    wp::array_t<wp::float32> var_speed = _wp_args->speed;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_h = _wp_args->h;
    wp::float32 var_strength = _wp_args->strength;
    wp::array_t<wp::float32> adj_u_prev = _wp_adj_args->u_prev;
    wp::array_t<wp::float32> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_u_next = _wp_adj_args->u_next;
    wp::array_t<wp::float32> adj_speed = _wp_adj_args->speed;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_h = _wp_adj_args->h;
    wp::float32 adj_strength = _wp_adj_args->strength;
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
    const wp::int32 var_15 = 0;
    bool var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    bool var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    bool var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    bool var_29;
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
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    bool adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    bool adj_29 = {};
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
    var_16 = (var_0 == var_15);
    var_18 = (var_1 == var_17);
    var_20 = (var_2 == var_19);
    var_22 = wp::sub(var_5, var_21);
    var_23 = (var_0 == var_22);
    var_25 = wp::sub(var_9, var_24);
    var_26 = (var_1 == var_25);
    var_28 = wp::sub(var_13, var_27);
    var_29 = (var_2 == var_28);
    var_30 = var_16 || var_18 || var_20 || var_23 || var_26 || var_29;
    if (var_30) {
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
    if (var_30) {
        label0:;
        // adj: return                                                                        <L 33>
        wp::adj_array_store(var_u_next, var_0, var_1, var_2, var_31, adj_u_next, adj_0, adj_1, adj_2, adj_31);
        // adj: u_next[i, j, k] = 0.0                                                         <L 32>
    }
    wp::adj_sub(var_13, var_27, adj_13, adj_27, adj_28);
    wp::adj_sub(var_9, var_24, adj_9, adj_24, adj_25);
    wp::adj_sub(var_5, var_21, adj_5, adj_21, adj_22);
    // adj: if i == 0 or j == 0 or k == 0 or i == nx - 1 or j == ny - 1 or k == nz - 1:       <L 31>
    wp::adj_extract(var_14, var_12, adj_11, adj_12, adj_13);
    adj_u.shape = adj_11;
    // adj: nz = u.shape[2]                                                                   <L 30>
    wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
    adj_u.shape = adj_7;
    // adj: ny = u.shape[1]                                                                   <L 29>
    wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
    adj_u.shape = adj_3;
    // adj: nx = u.shape[0]                                                                   <L 28>
    // adj: i, j, k = wp.tid()                                                                <L 27>
    // adj: def wave_step(u_prev: wp.array3d(dtype=float), u: wp.array3d(dtype=float), u_next: wp.array3d(dtype=float), speed: wp.array3d(dtype=float), dt: float, h: float, strength: float):  <L 26>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void wave_step_952e18b1_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_wave_step_952e18b1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        wave_step_952e18b1_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void wave_step_952e18b1_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_wave_step_952e18b1 *_wp_args,
    wp_args_wave_step_952e18b1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        wave_step_952e18b1_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_inject_ricker_a60bcfb0 {
    wp::array_t<wp::float32> u;
    wp::vec_t<3, wp::int32> src;
    wp::float32 t;
    wp::float32 f0;
    wp::float32 amp;
};


void inject_ricker_a60bcfb0_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_inject_ricker_a60bcfb0 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::vec_t<3, wp::int32> var_src = _wp_args->src;
    wp::float32 var_t = _wp_args->t;
    wp::float32 var_f0 = _wp_args->f0;
    wp::float32 var_amp = _wp_args->amp;
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



void inject_ricker_a60bcfb0_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_inject_ricker_a60bcfb0 *_wp_args,
    wp_args_inject_ricker_a60bcfb0 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::vec_t<3, wp::int32> var_src = _wp_args->src;
    wp::float32 var_t = _wp_args->t;
    wp::float32 var_f0 = _wp_args->f0;
    wp::float32 var_amp = _wp_args->amp;
    wp::array_t<wp::float32> adj_u = _wp_adj_args->u;
    wp::vec_t<3, wp::int32> adj_src = _wp_adj_args->src;
    wp::float32 adj_t = _wp_adj_args->t;
    wp::float32 adj_f0 = _wp_adj_args->f0;
    wp::float32 adj_amp = _wp_adj_args->amp;
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void inject_ricker_a60bcfb0_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_inject_ricker_a60bcfb0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        inject_ricker_a60bcfb0_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void inject_ricker_a60bcfb0_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_inject_ricker_a60bcfb0 *_wp_args,
    wp_args_inject_ricker_a60bcfb0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        inject_ricker_a60bcfb0_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_record_receivers_11461d6f {
    wp::array_t<wp::float32> u;
    wp::array_t<wp::vec_t<3, wp::int32>> receivers;
    wp::int32 step;
    wp::array_t<wp::float32> traces;
};


void record_receivers_11461d6f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_record_receivers_11461d6f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::array_t<wp::vec_t<3, wp::int32>> var_receivers = _wp_args->receivers;
    wp::int32 var_step = _wp_args->step;
    wp::array_t<wp::float32> var_traces = _wp_args->traces;
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
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 2;
    wp::int32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 0;
    wp::int32 var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::int32 var_34;
    const wp::int32 var_35 = 2;
    wp::int32 var_36;
    wp::float32* var_37;
    const wp::int32 var_38 = 0;
    wp::int32 var_39;
    wp::int32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    wp::int32 var_43;
    const wp::int32 var_44 = 2;
    wp::int32 var_45;
    wp::float32* var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 1;
    const wp::int32 var_50 = 0;
    wp::int32 var_51;
    wp::int32 var_52;
    const wp::int32 var_53 = 1;
    wp::int32 var_54;
    wp::int32 var_55;
    const wp::int32 var_56 = 2;
    wp::int32 var_57;
    wp::float32* var_58;
    const wp::int32 var_59 = 0;
    wp::int32 var_60;
    wp::int32 var_61;
    const wp::int32 var_62 = 1;
    wp::int32 var_63;
    wp::int32 var_64;
    const wp::int32 var_65 = 2;
    wp::int32 var_66;
    wp::float32* var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::int32 var_70 = 0;
    const wp::int32 var_71 = -1;
    const wp::int32 var_72 = 0;
    wp::int32 var_73;
    wp::int32 var_74;
    const wp::int32 var_75 = 1;
    wp::int32 var_76;
    wp::int32 var_77;
    const wp::int32 var_78 = 2;
    wp::int32 var_79;
    wp::float32* var_80;
    const wp::int32 var_81 = 0;
    wp::int32 var_82;
    wp::int32 var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    wp::int32 var_86;
    const wp::int32 var_87 = 2;
    wp::int32 var_88;
    wp::float32* var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    const wp::int32 var_92 = 0;
    const wp::int32 var_93 = 0;
    wp::int32 var_94;
    wp::int32 var_95;
    const wp::int32 var_96 = 1;
    wp::int32 var_97;
    wp::int32 var_98;
    const wp::int32 var_99 = 2;
    wp::int32 var_100;
    wp::float32* var_101;
    const wp::int32 var_102 = 0;
    wp::int32 var_103;
    wp::int32 var_104;
    const wp::int32 var_105 = 1;
    wp::int32 var_106;
    wp::int32 var_107;
    const wp::int32 var_108 = 2;
    wp::int32 var_109;
    wp::float32* var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    const wp::int32 var_113 = 1;
    const wp::int32 var_114 = 0;
    wp::int32 var_115;
    wp::int32 var_116;
    const wp::int32 var_117 = 1;
    wp::int32 var_118;
    wp::int32 var_119;
    const wp::int32 var_120 = 2;
    wp::int32 var_121;
    wp::float32* var_122;
    const wp::int32 var_123 = 0;
    wp::int32 var_124;
    wp::int32 var_125;
    const wp::int32 var_126 = 1;
    wp::int32 var_127;
    wp::int32 var_128;
    const wp::int32 var_129 = 2;
    wp::int32 var_130;
    wp::float32* var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    const wp::int32 var_134 = 1;
    const wp::int32 var_135 = -1;
    const wp::int32 var_136 = 0;
    wp::int32 var_137;
    wp::int32 var_138;
    const wp::int32 var_139 = 1;
    wp::int32 var_140;
    wp::int32 var_141;
    const wp::int32 var_142 = 2;
    wp::int32 var_143;
    wp::float32* var_144;
    const wp::int32 var_145 = 0;
    wp::int32 var_146;
    wp::int32 var_147;
    const wp::int32 var_148 = 1;
    wp::int32 var_149;
    wp::int32 var_150;
    const wp::int32 var_151 = 2;
    wp::int32 var_152;
    wp::float32* var_153;
    wp::float32 var_154;
    wp::float32 var_155;
    const wp::int32 var_156 = 0;
    const wp::int32 var_157 = 0;
    wp::int32 var_158;
    wp::int32 var_159;
    const wp::int32 var_160 = 1;
    wp::int32 var_161;
    wp::int32 var_162;
    const wp::int32 var_163 = 2;
    wp::int32 var_164;
    wp::float32* var_165;
    const wp::int32 var_166 = 0;
    wp::int32 var_167;
    wp::int32 var_168;
    const wp::int32 var_169 = 1;
    wp::int32 var_170;
    wp::int32 var_171;
    const wp::int32 var_172 = 2;
    wp::int32 var_173;
    wp::float32* var_174;
    wp::float32 var_175;
    wp::float32 var_176;
    const wp::int32 var_177 = 1;
    const wp::int32 var_178 = 0;
    wp::int32 var_179;
    wp::int32 var_180;
    const wp::int32 var_181 = 1;
    wp::int32 var_182;
    wp::int32 var_183;
    const wp::int32 var_184 = 2;
    wp::int32 var_185;
    wp::float32* var_186;
    const wp::int32 var_187 = 0;
    wp::int32 var_188;
    wp::int32 var_189;
    const wp::int32 var_190 = 1;
    wp::int32 var_191;
    wp::int32 var_192;
    const wp::int32 var_193 = 2;
    wp::int32 var_194;
    wp::float32* var_195;
    wp::float32 var_196;
    wp::float32 var_197;
    const wp::float32 var_198 = 9.0;
    wp::float32 var_199;
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
    var_18 = wp::extract(var_2, var_17);
    var_19 = wp::add(var_18, var_6);
    var_21 = wp::extract(var_2, var_20);
    var_22 = wp::add(var_21, var_7);
    var_24 = wp::extract(var_2, var_23);
    var_25 = wp::address(var_u, var_19, var_22, var_24);
    var_27 = wp::load(var_25);
    var_26 = wp::add(var_5, var_27);
    var_30 = wp::extract(var_2, var_29);
    var_31 = wp::add(var_30, var_6);
    var_33 = wp::extract(var_2, var_32);
    var_34 = wp::add(var_33, var_28);
    var_36 = wp::extract(var_2, var_35);
    var_37 = wp::address(var_u, var_31, var_34, var_36);
    var_39 = wp::extract(var_2, var_38);
    var_40 = wp::add(var_39, var_6);
    var_42 = wp::extract(var_2, var_41);
    var_43 = wp::add(var_42, var_28);
    var_45 = wp::extract(var_2, var_44);
    var_46 = wp::address(var_u, var_40, var_43, var_45);
    var_48 = wp::load(var_46);
    var_47 = wp::add(var_26, var_48);
    var_51 = wp::extract(var_2, var_50);
    var_52 = wp::add(var_51, var_6);
    var_54 = wp::extract(var_2, var_53);
    var_55 = wp::add(var_54, var_49);
    var_57 = wp::extract(var_2, var_56);
    var_58 = wp::address(var_u, var_52, var_55, var_57);
    var_60 = wp::extract(var_2, var_59);
    var_61 = wp::add(var_60, var_6);
    var_63 = wp::extract(var_2, var_62);
    var_64 = wp::add(var_63, var_49);
    var_66 = wp::extract(var_2, var_65);
    var_67 = wp::address(var_u, var_61, var_64, var_66);
    var_69 = wp::load(var_67);
    var_68 = wp::add(var_47, var_69);
    // for dj in range(-1, 2):                                                                <L 54>
    // s += u[p[0] + di, p[1] + dj, p[2]]                                                     <L 55>
    var_73 = wp::extract(var_2, var_72);
    var_74 = wp::add(var_73, var_70);
    var_76 = wp::extract(var_2, var_75);
    var_77 = wp::add(var_76, var_71);
    var_79 = wp::extract(var_2, var_78);
    var_80 = wp::address(var_u, var_74, var_77, var_79);
    var_82 = wp::extract(var_2, var_81);
    var_83 = wp::add(var_82, var_70);
    var_85 = wp::extract(var_2, var_84);
    var_86 = wp::add(var_85, var_71);
    var_88 = wp::extract(var_2, var_87);
    var_89 = wp::address(var_u, var_83, var_86, var_88);
    var_91 = wp::load(var_89);
    var_90 = wp::add(var_68, var_91);
    var_94 = wp::extract(var_2, var_93);
    var_95 = wp::add(var_94, var_70);
    var_97 = wp::extract(var_2, var_96);
    var_98 = wp::add(var_97, var_92);
    var_100 = wp::extract(var_2, var_99);
    var_101 = wp::address(var_u, var_95, var_98, var_100);
    var_103 = wp::extract(var_2, var_102);
    var_104 = wp::add(var_103, var_70);
    var_106 = wp::extract(var_2, var_105);
    var_107 = wp::add(var_106, var_92);
    var_109 = wp::extract(var_2, var_108);
    var_110 = wp::address(var_u, var_104, var_107, var_109);
    var_112 = wp::load(var_110);
    var_111 = wp::add(var_90, var_112);
    var_115 = wp::extract(var_2, var_114);
    var_116 = wp::add(var_115, var_70);
    var_118 = wp::extract(var_2, var_117);
    var_119 = wp::add(var_118, var_113);
    var_121 = wp::extract(var_2, var_120);
    var_122 = wp::address(var_u, var_116, var_119, var_121);
    var_124 = wp::extract(var_2, var_123);
    var_125 = wp::add(var_124, var_70);
    var_127 = wp::extract(var_2, var_126);
    var_128 = wp::add(var_127, var_113);
    var_130 = wp::extract(var_2, var_129);
    var_131 = wp::address(var_u, var_125, var_128, var_130);
    var_133 = wp::load(var_131);
    var_132 = wp::add(var_111, var_133);
    // for dj in range(-1, 2):                                                                <L 54>
    // s += u[p[0] + di, p[1] + dj, p[2]]                                                     <L 55>
    var_137 = wp::extract(var_2, var_136);
    var_138 = wp::add(var_137, var_134);
    var_140 = wp::extract(var_2, var_139);
    var_141 = wp::add(var_140, var_135);
    var_143 = wp::extract(var_2, var_142);
    var_144 = wp::address(var_u, var_138, var_141, var_143);
    var_146 = wp::extract(var_2, var_145);
    var_147 = wp::add(var_146, var_134);
    var_149 = wp::extract(var_2, var_148);
    var_150 = wp::add(var_149, var_135);
    var_152 = wp::extract(var_2, var_151);
    var_153 = wp::address(var_u, var_147, var_150, var_152);
    var_155 = wp::load(var_153);
    var_154 = wp::add(var_132, var_155);
    var_158 = wp::extract(var_2, var_157);
    var_159 = wp::add(var_158, var_134);
    var_161 = wp::extract(var_2, var_160);
    var_162 = wp::add(var_161, var_156);
    var_164 = wp::extract(var_2, var_163);
    var_165 = wp::address(var_u, var_159, var_162, var_164);
    var_167 = wp::extract(var_2, var_166);
    var_168 = wp::add(var_167, var_134);
    var_170 = wp::extract(var_2, var_169);
    var_171 = wp::add(var_170, var_156);
    var_173 = wp::extract(var_2, var_172);
    var_174 = wp::address(var_u, var_168, var_171, var_173);
    var_176 = wp::load(var_174);
    var_175 = wp::add(var_154, var_176);
    var_179 = wp::extract(var_2, var_178);
    var_180 = wp::add(var_179, var_134);
    var_182 = wp::extract(var_2, var_181);
    var_183 = wp::add(var_182, var_177);
    var_185 = wp::extract(var_2, var_184);
    var_186 = wp::address(var_u, var_180, var_183, var_185);
    var_188 = wp::extract(var_2, var_187);
    var_189 = wp::add(var_188, var_134);
    var_191 = wp::extract(var_2, var_190);
    var_192 = wp::add(var_191, var_177);
    var_194 = wp::extract(var_2, var_193);
    var_195 = wp::address(var_u, var_189, var_192, var_194);
    var_197 = wp::load(var_195);
    var_196 = wp::add(var_175, var_197);
    // traces[r, step] = s / 9.0                                                              <L 56>
    var_199 = wp::div(var_196, var_198);
    wp::array_store(var_traces, var_0, var_step, var_199);
}



void record_receivers_11461d6f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_record_receivers_11461d6f *_wp_args,
    wp_args_record_receivers_11461d6f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::array_t<wp::vec_t<3, wp::int32>> var_receivers = _wp_args->receivers;
    wp::int32 var_step = _wp_args->step;
    wp::array_t<wp::float32> var_traces = _wp_args->traces;
    wp::array_t<wp::float32> adj_u = _wp_adj_args->u;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_receivers = _wp_adj_args->receivers;
    wp::int32 adj_step = _wp_adj_args->step;
    wp::array_t<wp::float32> adj_traces = _wp_adj_args->traces;
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
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 2;
    wp::int32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 0;
    wp::int32 var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::int32 var_34;
    const wp::int32 var_35 = 2;
    wp::int32 var_36;
    wp::float32* var_37;
    const wp::int32 var_38 = 0;
    wp::int32 var_39;
    wp::int32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    wp::int32 var_43;
    const wp::int32 var_44 = 2;
    wp::int32 var_45;
    wp::float32* var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 1;
    const wp::int32 var_50 = 0;
    wp::int32 var_51;
    wp::int32 var_52;
    const wp::int32 var_53 = 1;
    wp::int32 var_54;
    wp::int32 var_55;
    const wp::int32 var_56 = 2;
    wp::int32 var_57;
    wp::float32* var_58;
    const wp::int32 var_59 = 0;
    wp::int32 var_60;
    wp::int32 var_61;
    const wp::int32 var_62 = 1;
    wp::int32 var_63;
    wp::int32 var_64;
    const wp::int32 var_65 = 2;
    wp::int32 var_66;
    wp::float32* var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::int32 var_70 = 0;
    const wp::int32 var_71 = -1;
    const wp::int32 var_72 = 0;
    wp::int32 var_73;
    wp::int32 var_74;
    const wp::int32 var_75 = 1;
    wp::int32 var_76;
    wp::int32 var_77;
    const wp::int32 var_78 = 2;
    wp::int32 var_79;
    wp::float32* var_80;
    const wp::int32 var_81 = 0;
    wp::int32 var_82;
    wp::int32 var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    wp::int32 var_86;
    const wp::int32 var_87 = 2;
    wp::int32 var_88;
    wp::float32* var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    const wp::int32 var_92 = 0;
    const wp::int32 var_93 = 0;
    wp::int32 var_94;
    wp::int32 var_95;
    const wp::int32 var_96 = 1;
    wp::int32 var_97;
    wp::int32 var_98;
    const wp::int32 var_99 = 2;
    wp::int32 var_100;
    wp::float32* var_101;
    const wp::int32 var_102 = 0;
    wp::int32 var_103;
    wp::int32 var_104;
    const wp::int32 var_105 = 1;
    wp::int32 var_106;
    wp::int32 var_107;
    const wp::int32 var_108 = 2;
    wp::int32 var_109;
    wp::float32* var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    const wp::int32 var_113 = 1;
    const wp::int32 var_114 = 0;
    wp::int32 var_115;
    wp::int32 var_116;
    const wp::int32 var_117 = 1;
    wp::int32 var_118;
    wp::int32 var_119;
    const wp::int32 var_120 = 2;
    wp::int32 var_121;
    wp::float32* var_122;
    const wp::int32 var_123 = 0;
    wp::int32 var_124;
    wp::int32 var_125;
    const wp::int32 var_126 = 1;
    wp::int32 var_127;
    wp::int32 var_128;
    const wp::int32 var_129 = 2;
    wp::int32 var_130;
    wp::float32* var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    const wp::int32 var_134 = 1;
    const wp::int32 var_135 = -1;
    const wp::int32 var_136 = 0;
    wp::int32 var_137;
    wp::int32 var_138;
    const wp::int32 var_139 = 1;
    wp::int32 var_140;
    wp::int32 var_141;
    const wp::int32 var_142 = 2;
    wp::int32 var_143;
    wp::float32* var_144;
    const wp::int32 var_145 = 0;
    wp::int32 var_146;
    wp::int32 var_147;
    const wp::int32 var_148 = 1;
    wp::int32 var_149;
    wp::int32 var_150;
    const wp::int32 var_151 = 2;
    wp::int32 var_152;
    wp::float32* var_153;
    wp::float32 var_154;
    wp::float32 var_155;
    const wp::int32 var_156 = 0;
    const wp::int32 var_157 = 0;
    wp::int32 var_158;
    wp::int32 var_159;
    const wp::int32 var_160 = 1;
    wp::int32 var_161;
    wp::int32 var_162;
    const wp::int32 var_163 = 2;
    wp::int32 var_164;
    wp::float32* var_165;
    const wp::int32 var_166 = 0;
    wp::int32 var_167;
    wp::int32 var_168;
    const wp::int32 var_169 = 1;
    wp::int32 var_170;
    wp::int32 var_171;
    const wp::int32 var_172 = 2;
    wp::int32 var_173;
    wp::float32* var_174;
    wp::float32 var_175;
    wp::float32 var_176;
    const wp::int32 var_177 = 1;
    const wp::int32 var_178 = 0;
    wp::int32 var_179;
    wp::int32 var_180;
    const wp::int32 var_181 = 1;
    wp::int32 var_182;
    wp::int32 var_183;
    const wp::int32 var_184 = 2;
    wp::int32 var_185;
    wp::float32* var_186;
    const wp::int32 var_187 = 0;
    wp::int32 var_188;
    wp::int32 var_189;
    const wp::int32 var_190 = 1;
    wp::int32 var_191;
    wp::int32 var_192;
    const wp::int32 var_193 = 2;
    wp::int32 var_194;
    wp::float32* var_195;
    wp::float32 var_196;
    wp::float32 var_197;
    const wp::float32 var_198 = 9.0;
    wp::float32 var_199;
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
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
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
    wp::float32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    wp::int32 adj_85 = {};
    wp::int32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::int32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::int32 adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::int32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::int32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::int32 adj_108 = {};
    wp::int32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::int32 adj_113 = {};
    wp::int32 adj_114 = {};
    wp::int32 adj_115 = {};
    wp::int32 adj_116 = {};
    wp::int32 adj_117 = {};
    wp::int32 adj_118 = {};
    wp::int32 adj_119 = {};
    wp::int32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::int32 adj_124 = {};
    wp::int32 adj_125 = {};
    wp::int32 adj_126 = {};
    wp::int32 adj_127 = {};
    wp::int32 adj_128 = {};
    wp::int32 adj_129 = {};
    wp::int32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float32 adj_133 = {};
    wp::int32 adj_134 = {};
    wp::int32 adj_135 = {};
    wp::int32 adj_136 = {};
    wp::int32 adj_137 = {};
    wp::int32 adj_138 = {};
    wp::int32 adj_139 = {};
    wp::int32 adj_140 = {};
    wp::int32 adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    wp::float32 adj_144 = {};
    wp::int32 adj_145 = {};
    wp::int32 adj_146 = {};
    wp::int32 adj_147 = {};
    wp::int32 adj_148 = {};
    wp::int32 adj_149 = {};
    wp::int32 adj_150 = {};
    wp::int32 adj_151 = {};
    wp::int32 adj_152 = {};
    wp::float32 adj_153 = {};
    wp::float32 adj_154 = {};
    wp::float32 adj_155 = {};
    wp::int32 adj_156 = {};
    wp::int32 adj_157 = {};
    wp::int32 adj_158 = {};
    wp::int32 adj_159 = {};
    wp::int32 adj_160 = {};
    wp::int32 adj_161 = {};
    wp::int32 adj_162 = {};
    wp::int32 adj_163 = {};
    wp::int32 adj_164 = {};
    wp::float32 adj_165 = {};
    wp::int32 adj_166 = {};
    wp::int32 adj_167 = {};
    wp::int32 adj_168 = {};
    wp::int32 adj_169 = {};
    wp::int32 adj_170 = {};
    wp::int32 adj_171 = {};
    wp::int32 adj_172 = {};
    wp::int32 adj_173 = {};
    wp::float32 adj_174 = {};
    wp::float32 adj_175 = {};
    wp::float32 adj_176 = {};
    wp::int32 adj_177 = {};
    wp::int32 adj_178 = {};
    wp::int32 adj_179 = {};
    wp::int32 adj_180 = {};
    wp::int32 adj_181 = {};
    wp::int32 adj_182 = {};
    wp::int32 adj_183 = {};
    wp::int32 adj_184 = {};
    wp::int32 adj_185 = {};
    wp::float32 adj_186 = {};
    wp::int32 adj_187 = {};
    wp::int32 adj_188 = {};
    wp::int32 adj_189 = {};
    wp::int32 adj_190 = {};
    wp::int32 adj_191 = {};
    wp::int32 adj_192 = {};
    wp::int32 adj_193 = {};
    wp::int32 adj_194 = {};
    wp::float32 adj_195 = {};
    wp::float32 adj_196 = {};
    wp::float32 adj_197 = {};
    wp::float32 adj_198 = {};
    wp::float32 adj_199 = {};
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
    var_18 = wp::extract(var_2, var_17);
    var_19 = wp::add(var_18, var_6);
    var_21 = wp::extract(var_2, var_20);
    var_22 = wp::add(var_21, var_7);
    var_24 = wp::extract(var_2, var_23);
    var_25 = wp::address(var_u, var_19, var_22, var_24);
    var_27 = wp::load(var_25);
    var_26 = wp::add(var_5, var_27);
    var_30 = wp::extract(var_2, var_29);
    var_31 = wp::add(var_30, var_6);
    var_33 = wp::extract(var_2, var_32);
    var_34 = wp::add(var_33, var_28);
    var_36 = wp::extract(var_2, var_35);
    var_37 = wp::address(var_u, var_31, var_34, var_36);
    var_39 = wp::extract(var_2, var_38);
    var_40 = wp::add(var_39, var_6);
    var_42 = wp::extract(var_2, var_41);
    var_43 = wp::add(var_42, var_28);
    var_45 = wp::extract(var_2, var_44);
    var_46 = wp::address(var_u, var_40, var_43, var_45);
    var_48 = wp::load(var_46);
    var_47 = wp::add(var_26, var_48);
    var_51 = wp::extract(var_2, var_50);
    var_52 = wp::add(var_51, var_6);
    var_54 = wp::extract(var_2, var_53);
    var_55 = wp::add(var_54, var_49);
    var_57 = wp::extract(var_2, var_56);
    var_58 = wp::address(var_u, var_52, var_55, var_57);
    var_60 = wp::extract(var_2, var_59);
    var_61 = wp::add(var_60, var_6);
    var_63 = wp::extract(var_2, var_62);
    var_64 = wp::add(var_63, var_49);
    var_66 = wp::extract(var_2, var_65);
    var_67 = wp::address(var_u, var_61, var_64, var_66);
    var_69 = wp::load(var_67);
    var_68 = wp::add(var_47, var_69);
    // for dj in range(-1, 2):                                                                <L 54>
    // s += u[p[0] + di, p[1] + dj, p[2]]                                                     <L 55>
    var_73 = wp::extract(var_2, var_72);
    var_74 = wp::add(var_73, var_70);
    var_76 = wp::extract(var_2, var_75);
    var_77 = wp::add(var_76, var_71);
    var_79 = wp::extract(var_2, var_78);
    var_80 = wp::address(var_u, var_74, var_77, var_79);
    var_82 = wp::extract(var_2, var_81);
    var_83 = wp::add(var_82, var_70);
    var_85 = wp::extract(var_2, var_84);
    var_86 = wp::add(var_85, var_71);
    var_88 = wp::extract(var_2, var_87);
    var_89 = wp::address(var_u, var_83, var_86, var_88);
    var_91 = wp::load(var_89);
    var_90 = wp::add(var_68, var_91);
    var_94 = wp::extract(var_2, var_93);
    var_95 = wp::add(var_94, var_70);
    var_97 = wp::extract(var_2, var_96);
    var_98 = wp::add(var_97, var_92);
    var_100 = wp::extract(var_2, var_99);
    var_101 = wp::address(var_u, var_95, var_98, var_100);
    var_103 = wp::extract(var_2, var_102);
    var_104 = wp::add(var_103, var_70);
    var_106 = wp::extract(var_2, var_105);
    var_107 = wp::add(var_106, var_92);
    var_109 = wp::extract(var_2, var_108);
    var_110 = wp::address(var_u, var_104, var_107, var_109);
    var_112 = wp::load(var_110);
    var_111 = wp::add(var_90, var_112);
    var_115 = wp::extract(var_2, var_114);
    var_116 = wp::add(var_115, var_70);
    var_118 = wp::extract(var_2, var_117);
    var_119 = wp::add(var_118, var_113);
    var_121 = wp::extract(var_2, var_120);
    var_122 = wp::address(var_u, var_116, var_119, var_121);
    var_124 = wp::extract(var_2, var_123);
    var_125 = wp::add(var_124, var_70);
    var_127 = wp::extract(var_2, var_126);
    var_128 = wp::add(var_127, var_113);
    var_130 = wp::extract(var_2, var_129);
    var_131 = wp::address(var_u, var_125, var_128, var_130);
    var_133 = wp::load(var_131);
    var_132 = wp::add(var_111, var_133);
    // for dj in range(-1, 2):                                                                <L 54>
    // s += u[p[0] + di, p[1] + dj, p[2]]                                                     <L 55>
    var_137 = wp::extract(var_2, var_136);
    var_138 = wp::add(var_137, var_134);
    var_140 = wp::extract(var_2, var_139);
    var_141 = wp::add(var_140, var_135);
    var_143 = wp::extract(var_2, var_142);
    var_144 = wp::address(var_u, var_138, var_141, var_143);
    var_146 = wp::extract(var_2, var_145);
    var_147 = wp::add(var_146, var_134);
    var_149 = wp::extract(var_2, var_148);
    var_150 = wp::add(var_149, var_135);
    var_152 = wp::extract(var_2, var_151);
    var_153 = wp::address(var_u, var_147, var_150, var_152);
    var_155 = wp::load(var_153);
    var_154 = wp::add(var_132, var_155);
    var_158 = wp::extract(var_2, var_157);
    var_159 = wp::add(var_158, var_134);
    var_161 = wp::extract(var_2, var_160);
    var_162 = wp::add(var_161, var_156);
    var_164 = wp::extract(var_2, var_163);
    var_165 = wp::address(var_u, var_159, var_162, var_164);
    var_167 = wp::extract(var_2, var_166);
    var_168 = wp::add(var_167, var_134);
    var_170 = wp::extract(var_2, var_169);
    var_171 = wp::add(var_170, var_156);
    var_173 = wp::extract(var_2, var_172);
    var_174 = wp::address(var_u, var_168, var_171, var_173);
    var_176 = wp::load(var_174);
    var_175 = wp::add(var_154, var_176);
    var_179 = wp::extract(var_2, var_178);
    var_180 = wp::add(var_179, var_134);
    var_182 = wp::extract(var_2, var_181);
    var_183 = wp::add(var_182, var_177);
    var_185 = wp::extract(var_2, var_184);
    var_186 = wp::address(var_u, var_180, var_183, var_185);
    var_188 = wp::extract(var_2, var_187);
    var_189 = wp::add(var_188, var_134);
    var_191 = wp::extract(var_2, var_190);
    var_192 = wp::add(var_191, var_177);
    var_194 = wp::extract(var_2, var_193);
    var_195 = wp::address(var_u, var_189, var_192, var_194);
    var_197 = wp::load(var_195);
    var_196 = wp::add(var_175, var_197);
    // traces[r, step] = s / 9.0                                                              <L 56>
    var_199 = wp::div(var_196, var_198);
    // wp::array_store(var_traces, var_0, var_step, var_199);
    //---------
    // reverse
    wp::adj_array_store(var_traces, var_0, var_step, var_199, adj_traces, adj_0, adj_step, adj_199);
    wp::adj_div(var_196, var_198, var_199, adj_196, adj_198, adj_199);
    // adj: traces[r, step] = s / 9.0                                                         <L 56>
    wp::adj_add(var_175, var_197, adj_175, adj_195, adj_196);
    wp::adj_address(var_u, var_189, var_192, var_194, adj_u, adj_189, adj_192, adj_194, adj_195);
    wp::adj_extract(var_2, var_193, adj_2, adj_193, adj_194);
    wp::adj_add(var_191, var_177, adj_191, adj_177, adj_192);
    wp::adj_extract(var_2, var_190, adj_2, adj_190, adj_191);
    wp::adj_add(var_188, var_134, adj_188, adj_134, adj_189);
    wp::adj_extract(var_2, var_187, adj_2, adj_187, adj_188);
    wp::adj_address(var_u, var_180, var_183, var_185, adj_u, adj_180, adj_183, adj_185, adj_186);
    wp::adj_extract(var_2, var_184, adj_2, adj_184, adj_185);
    wp::adj_add(var_182, var_177, adj_182, adj_177, adj_183);
    wp::adj_extract(var_2, var_181, adj_2, adj_181, adj_182);
    wp::adj_add(var_179, var_134, adj_179, adj_134, adj_180);
    wp::adj_extract(var_2, var_178, adj_2, adj_178, adj_179);
    wp::adj_add(var_154, var_176, adj_154, adj_174, adj_175);
    wp::adj_address(var_u, var_168, var_171, var_173, adj_u, adj_168, adj_171, adj_173, adj_174);
    wp::adj_extract(var_2, var_172, adj_2, adj_172, adj_173);
    wp::adj_add(var_170, var_156, adj_170, adj_156, adj_171);
    wp::adj_extract(var_2, var_169, adj_2, adj_169, adj_170);
    wp::adj_add(var_167, var_134, adj_167, adj_134, adj_168);
    wp::adj_extract(var_2, var_166, adj_2, adj_166, adj_167);
    wp::adj_address(var_u, var_159, var_162, var_164, adj_u, adj_159, adj_162, adj_164, adj_165);
    wp::adj_extract(var_2, var_163, adj_2, adj_163, adj_164);
    wp::adj_add(var_161, var_156, adj_161, adj_156, adj_162);
    wp::adj_extract(var_2, var_160, adj_2, adj_160, adj_161);
    wp::adj_add(var_158, var_134, adj_158, adj_134, adj_159);
    wp::adj_extract(var_2, var_157, adj_2, adj_157, adj_158);
    wp::adj_add(var_132, var_155, adj_132, adj_153, adj_154);
    wp::adj_address(var_u, var_147, var_150, var_152, adj_u, adj_147, adj_150, adj_152, adj_153);
    wp::adj_extract(var_2, var_151, adj_2, adj_151, adj_152);
    wp::adj_add(var_149, var_135, adj_149, adj_135, adj_150);
    wp::adj_extract(var_2, var_148, adj_2, adj_148, adj_149);
    wp::adj_add(var_146, var_134, adj_146, adj_134, adj_147);
    wp::adj_extract(var_2, var_145, adj_2, adj_145, adj_146);
    wp::adj_address(var_u, var_138, var_141, var_143, adj_u, adj_138, adj_141, adj_143, adj_144);
    wp::adj_extract(var_2, var_142, adj_2, adj_142, adj_143);
    wp::adj_add(var_140, var_135, adj_140, adj_135, adj_141);
    wp::adj_extract(var_2, var_139, adj_2, adj_139, adj_140);
    wp::adj_add(var_137, var_134, adj_137, adj_134, adj_138);
    wp::adj_extract(var_2, var_136, adj_2, adj_136, adj_137);
    // adj: s += u[p[0] + di, p[1] + dj, p[2]]                                                <L 55>
    // adj: for dj in range(-1, 2):                                                           <L 54>
    wp::adj_add(var_111, var_133, adj_111, adj_131, adj_132);
    wp::adj_address(var_u, var_125, var_128, var_130, adj_u, adj_125, adj_128, adj_130, adj_131);
    wp::adj_extract(var_2, var_129, adj_2, adj_129, adj_130);
    wp::adj_add(var_127, var_113, adj_127, adj_113, adj_128);
    wp::adj_extract(var_2, var_126, adj_2, adj_126, adj_127);
    wp::adj_add(var_124, var_70, adj_124, adj_70, adj_125);
    wp::adj_extract(var_2, var_123, adj_2, adj_123, adj_124);
    wp::adj_address(var_u, var_116, var_119, var_121, adj_u, adj_116, adj_119, adj_121, adj_122);
    wp::adj_extract(var_2, var_120, adj_2, adj_120, adj_121);
    wp::adj_add(var_118, var_113, adj_118, adj_113, adj_119);
    wp::adj_extract(var_2, var_117, adj_2, adj_117, adj_118);
    wp::adj_add(var_115, var_70, adj_115, adj_70, adj_116);
    wp::adj_extract(var_2, var_114, adj_2, adj_114, adj_115);
    wp::adj_add(var_90, var_112, adj_90, adj_110, adj_111);
    wp::adj_address(var_u, var_104, var_107, var_109, adj_u, adj_104, adj_107, adj_109, adj_110);
    wp::adj_extract(var_2, var_108, adj_2, adj_108, adj_109);
    wp::adj_add(var_106, var_92, adj_106, adj_92, adj_107);
    wp::adj_extract(var_2, var_105, adj_2, adj_105, adj_106);
    wp::adj_add(var_103, var_70, adj_103, adj_70, adj_104);
    wp::adj_extract(var_2, var_102, adj_2, adj_102, adj_103);
    wp::adj_address(var_u, var_95, var_98, var_100, adj_u, adj_95, adj_98, adj_100, adj_101);
    wp::adj_extract(var_2, var_99, adj_2, adj_99, adj_100);
    wp::adj_add(var_97, var_92, adj_97, adj_92, adj_98);
    wp::adj_extract(var_2, var_96, adj_2, adj_96, adj_97);
    wp::adj_add(var_94, var_70, adj_94, adj_70, adj_95);
    wp::adj_extract(var_2, var_93, adj_2, adj_93, adj_94);
    wp::adj_add(var_68, var_91, adj_68, adj_89, adj_90);
    wp::adj_address(var_u, var_83, var_86, var_88, adj_u, adj_83, adj_86, adj_88, adj_89);
    wp::adj_extract(var_2, var_87, adj_2, adj_87, adj_88);
    wp::adj_add(var_85, var_71, adj_85, adj_71, adj_86);
    wp::adj_extract(var_2, var_84, adj_2, adj_84, adj_85);
    wp::adj_add(var_82, var_70, adj_82, adj_70, adj_83);
    wp::adj_extract(var_2, var_81, adj_2, adj_81, adj_82);
    wp::adj_address(var_u, var_74, var_77, var_79, adj_u, adj_74, adj_77, adj_79, adj_80);
    wp::adj_extract(var_2, var_78, adj_2, adj_78, adj_79);
    wp::adj_add(var_76, var_71, adj_76, adj_71, adj_77);
    wp::adj_extract(var_2, var_75, adj_2, adj_75, adj_76);
    wp::adj_add(var_73, var_70, adj_73, adj_70, adj_74);
    wp::adj_extract(var_2, var_72, adj_2, adj_72, adj_73);
    // adj: s += u[p[0] + di, p[1] + dj, p[2]]                                                <L 55>
    // adj: for dj in range(-1, 2):                                                           <L 54>
    wp::adj_add(var_47, var_69, adj_47, adj_67, adj_68);
    wp::adj_address(var_u, var_61, var_64, var_66, adj_u, adj_61, adj_64, adj_66, adj_67);
    wp::adj_extract(var_2, var_65, adj_2, adj_65, adj_66);
    wp::adj_add(var_63, var_49, adj_63, adj_49, adj_64);
    wp::adj_extract(var_2, var_62, adj_2, adj_62, adj_63);
    wp::adj_add(var_60, var_6, adj_60, adj_6, adj_61);
    wp::adj_extract(var_2, var_59, adj_2, adj_59, adj_60);
    wp::adj_address(var_u, var_52, var_55, var_57, adj_u, adj_52, adj_55, adj_57, adj_58);
    wp::adj_extract(var_2, var_56, adj_2, adj_56, adj_57);
    wp::adj_add(var_54, var_49, adj_54, adj_49, adj_55);
    wp::adj_extract(var_2, var_53, adj_2, adj_53, adj_54);
    wp::adj_add(var_51, var_6, adj_51, adj_6, adj_52);
    wp::adj_extract(var_2, var_50, adj_2, adj_50, adj_51);
    wp::adj_add(var_26, var_48, adj_26, adj_46, adj_47);
    wp::adj_address(var_u, var_40, var_43, var_45, adj_u, adj_40, adj_43, adj_45, adj_46);
    wp::adj_extract(var_2, var_44, adj_2, adj_44, adj_45);
    wp::adj_add(var_42, var_28, adj_42, adj_28, adj_43);
    wp::adj_extract(var_2, var_41, adj_2, adj_41, adj_42);
    wp::adj_add(var_39, var_6, adj_39, adj_6, adj_40);
    wp::adj_extract(var_2, var_38, adj_2, adj_38, adj_39);
    wp::adj_address(var_u, var_31, var_34, var_36, adj_u, adj_31, adj_34, adj_36, adj_37);
    wp::adj_extract(var_2, var_35, adj_2, adj_35, adj_36);
    wp::adj_add(var_33, var_28, adj_33, adj_28, adj_34);
    wp::adj_extract(var_2, var_32, adj_2, adj_32, adj_33);
    wp::adj_add(var_30, var_6, adj_30, adj_6, adj_31);
    wp::adj_extract(var_2, var_29, adj_2, adj_29, adj_30);
    wp::adj_add(var_5, var_27, adj_5, adj_25, adj_26);
    wp::adj_address(var_u, var_19, var_22, var_24, adj_u, adj_19, adj_22, adj_24, adj_25);
    wp::adj_extract(var_2, var_23, adj_2, adj_23, adj_24);
    wp::adj_add(var_21, var_7, adj_21, adj_7, adj_22);
    wp::adj_extract(var_2, var_20, adj_2, adj_20, adj_21);
    wp::adj_add(var_18, var_6, adj_18, adj_6, adj_19);
    wp::adj_extract(var_2, var_17, adj_2, adj_17, adj_18);
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void record_receivers_11461d6f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_record_receivers_11461d6f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        record_receivers_11461d6f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void record_receivers_11461d6f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_record_receivers_11461d6f *_wp_args,
    wp_args_record_receivers_11461d6f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        record_receivers_11461d6f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_energy_density_cc912343 {
    wp::array_t<wp::float32> u_prev;
    wp::array_t<wp::float32> u;
    wp::float32 dt;
    wp::array_t<wp::float32> total;
};


void energy_density_cc912343_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_energy_density_cc912343 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u_prev = _wp_args->u_prev;
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_total = _wp_args->total;
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



void energy_density_cc912343_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_energy_density_cc912343 *_wp_args,
    wp_args_energy_density_cc912343 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u_prev = _wp_args->u_prev;
    wp::array_t<wp::float32> var_u = _wp_args->u;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::float32> adj_u_prev = _wp_adj_args->u_prev;
    wp::array_t<wp::float32> adj_u = _wp_adj_args->u;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float32> adj_total = _wp_adj_args->total;
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
    return;
}



extern "C" {

// Python CPU entry points
WP_API void energy_density_cc912343_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_energy_density_cc912343 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        energy_density_cc912343_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void energy_density_cc912343_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_energy_density_cc912343 *_wp_args,
    wp_args_energy_density_cc912343 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        energy_density_cc912343_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

