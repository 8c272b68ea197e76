#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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


// corpus/006_heat_diffusion_2d.py:6
static wp::float32 sample_clamped_0(
    wp::array_t<wp::float32> var_field,
    wp::int32 var_i,
    wp::int32 var_j)
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
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def sample_clamped(field: wp.array2d(dtype=float), i: int, j: int) -> float:           <L 7>
    // ni = wp.clamp(i, 0, field.shape[0] - 1)                                                <L 8>
    var_1 = &(var_field.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_i, var_0, var_6);
    // nj = wp.clamp(j, 0, field.shape[1] - 1)                                                <L 9>
    var_9 = &(var_field.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_j, var_8, var_14);
    // return field[ni, nj]                                                                   <L 10>
    var_16 = wp::address(var_field, var_7, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    return var_17;
}


// corpus/006_heat_diffusion_2d.py:13
static wp::float32 laplacian5_0(
    wp::array_t<wp::float32> var_field,
    wp::int32 var_i,
    wp::int32 var_j)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 4.0;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // forward
    // def laplacian5(field: wp.array2d(dtype=float), i: int, j: int) -> float:               <L 14>
    // c = field[i, j]                                                                        <L 15>
    var_0 = wp::address(var_field, var_i, var_j);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // l = sample_clamped(field, i - 1, j)                                                    <L 16>
    var_4 = wp::sub(var_i, var_3);
    var_5 = sample_clamped_0(var_field, var_4, var_j);
    // r = sample_clamped(field, i + 1, j)                                                    <L 17>
    var_7 = wp::add(var_i, var_6);
    var_8 = sample_clamped_0(var_field, var_7, var_j);
    // d = sample_clamped(field, i, j - 1)                                                    <L 18>
    var_10 = wp::sub(var_j, var_9);
    var_11 = sample_clamped_0(var_field, var_i, var_10);
    // u = sample_clamped(field, i, j + 1)                                                    <L 19>
    var_13 = wp::add(var_j, var_12);
    var_14 = sample_clamped_0(var_field, var_i, var_13);
    // return l + r + d + u - 4.0 * c                                                         <L 20>
    var_15 = wp::add(var_5, var_8);
    var_16 = wp::add(var_15, var_11);
    var_17 = wp::add(var_16, var_14);
    var_19 = wp::mul(var_18, var_1);
    var_20 = wp::sub(var_17, var_19);
    return var_20;
}


// corpus/006_heat_diffusion_2d.py:6
static void adj_sample_clamped_0(
    wp::array_t<wp::float32> var_field,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::array_t<wp::float32> & adj_field,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
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
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
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
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def sample_clamped(field: wp.array2d(dtype=float), i: int, j: int) -> float:           <L 7>
    // ni = wp.clamp(i, 0, field.shape[0] - 1)                                                <L 8>
    var_1 = &(var_field.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_i, var_0, var_6);
    // nj = wp.clamp(j, 0, field.shape[1] - 1)                                                <L 9>
    var_9 = &(var_field.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_j, var_8, var_14);
    // return field[ni, nj]                                                                   <L 10>
    var_16 = wp::address(var_field, var_7, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_17 += adj_ret;
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_field, var_7, var_15, adj_field, adj_7, adj_15, adj_16);
    // adj: return field[ni, nj]                                                              <L 10>
    wp::adj_clamp(var_j, var_8, var_14, adj_j, adj_8, adj_14, adj_15);
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    adj_field.shape = adj_9;
    // adj: nj = wp.clamp(j, 0, field.shape[1] - 1)                                           <L 9>
    wp::adj_clamp(var_i, var_0, var_6, adj_i, adj_0, adj_6, adj_7);
    wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
    adj_field.shape = adj_1;
    // adj: ni = wp.clamp(i, 0, field.shape[0] - 1)                                           <L 8>
    // adj: def sample_clamped(field: wp.array2d(dtype=float), i: int, j: int) -> float:      <L 7>
    return;
}


// corpus/006_heat_diffusion_2d.py:13
static void adj_laplacian5_0(
    wp::array_t<wp::float32> var_field,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::array_t<wp::float32> & adj_field,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 4.0;
    wp::float32 var_19;
    wp::float32 var_20;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    //---------
    // forward
    // def laplacian5(field: wp.array2d(dtype=float), i: int, j: int) -> float:               <L 14>
    // c = field[i, j]                                                                        <L 15>
    var_0 = wp::address(var_field, var_i, var_j);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // l = sample_clamped(field, i - 1, j)                                                    <L 16>
    var_4 = wp::sub(var_i, var_3);
    var_5 = sample_clamped_0(var_field, var_4, var_j);
    // r = sample_clamped(field, i + 1, j)                                                    <L 17>
    var_7 = wp::add(var_i, var_6);
    var_8 = sample_clamped_0(var_field, var_7, var_j);
    // d = sample_clamped(field, i, j - 1)                                                    <L 18>
    var_10 = wp::sub(var_j, var_9);
    var_11 = sample_clamped_0(var_field, var_i, var_10);
    // u = sample_clamped(field, i, j + 1)                                                    <L 19>
    var_13 = wp::add(var_j, var_12);
    var_14 = sample_clamped_0(var_field, var_i, var_13);
    // return l + r + d + u - 4.0 * c                                                         <L 20>
    var_15 = wp::add(var_5, var_8);
    var_16 = wp::add(var_15, var_11);
    var_17 = wp::add(var_16, var_14);
    var_19 = wp::mul(var_18, var_1);
    var_20 = wp::sub(var_17, var_19);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_20 += adj_ret;
    wp::adj_sub(var_17, var_19, adj_17, adj_19, adj_20);
    wp::adj_mul(var_18, var_1, adj_18, adj_1, adj_19);
    wp::adj_add(var_16, var_14, adj_16, adj_14, adj_17);
    wp::adj_add(var_15, var_11, adj_15, adj_11, adj_16);
    wp::adj_add(var_5, var_8, adj_5, adj_8, adj_15);
    // adj: return l + r + d + u - 4.0 * c                                                    <L 20>
    adj_sample_clamped_0(var_field, var_i, var_13, adj_field, adj_i, adj_13, adj_14);
    wp::adj_add(var_j, var_12, adj_j, adj_12, adj_13);
    // adj: u = sample_clamped(field, i, j + 1)                                               <L 19>
    adj_sample_clamped_0(var_field, var_i, var_10, adj_field, adj_i, adj_10, adj_11);
    wp::adj_sub(var_j, var_9, adj_j, adj_9, adj_10);
    // adj: d = sample_clamped(field, i, j - 1)                                               <L 18>
    adj_sample_clamped_0(var_field, var_7, var_j, adj_field, adj_7, adj_j, adj_8);
    wp::adj_add(var_i, var_6, adj_i, adj_6, adj_7);
    // adj: r = sample_clamped(field, i + 1, j)                                               <L 17>
    adj_sample_clamped_0(var_field, var_4, var_j, adj_field, adj_4, adj_j, adj_5);
    wp::adj_sub(var_i, var_3, adj_i, adj_3, adj_4);
    // adj: l = sample_clamped(field, i - 1, j)                                               <L 16>
    wp::adj_copy(var_2, adj_0, adj_1);
    wp::adj_address(var_field, var_i, var_j, adj_field, adj_i, adj_j, adj_0);
    // adj: c = field[i, j]                                                                   <L 15>
    // adj: def laplacian5(field: wp.array2d(dtype=float), i: int, j: int) -> float:          <L 14>
    return;
}

struct wp_args_diffuse_step_aed79502 {
    wp::array_t<wp::float32> src;
    wp::array_t<wp::float32> dst;
    wp::array_t<wp::float32> conductivity;
    wp::array_t<wp::float32> heat_sources;
    wp::float32 dt;
    wp::float32 ambient;
    wp::float32 cooling;
};


void diffuse_step_aed79502_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_diffuse_step_aed79502 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::array_t<wp::float32> var_conductivity = _wp_args->conductivity;
    wp::array_t<wp::float32> var_heat_sources = _wp_args->heat_sources;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_ambient = _wp_args->ambient;
    wp::float32 var_cooling = _wp_args->cooling;
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
    bool var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    const wp::int32 var_16 = 0;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    bool var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.24;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 100.0;
    wp::float32 var_42;
    bool var_43;
    const wp::float32 var_44 = 100.0;
    wp::float32 var_45;
    const wp::float32 var_46 = 5000.0;
    bool var_47;
    const wp::float32 var_48 = 5000.0;
    wp::float32 var_49;
    wp::float32 var_50;
    //---------
    // forward
    // def diffuse_step(                                                                      <L 24>
    // i, j = wp.tid()                                                                        <L 33>
    builtin_tid2d(var_0, var_1);
    // rows = src.shape[0]                                                                    <L 34>
    var_2 = &(var_src.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // cols = src.shape[1]                                                                    <L 35>
    var_6 = &(var_src.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // t = src[i, j]                                                                          <L 36>
    var_10 = wp::address(var_src, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // if i == 0 or j == 0 or i == rows - 1 or j == cols - 1:                                 <L 39>
    var_15 = (var_0 == var_14);
    var_13 = var_15;
    if (!var_13) {
        var_17 = (var_1 == var_16);
        var_13 = var_13 || var_17;
    }
    if (!var_13) {
        var_19 = wp::sub(var_4, var_18);
        var_20 = (var_0 == var_19);
        var_13 = var_13 || var_20;
    }
    if (!var_13) {
        var_22 = wp::sub(var_8, var_21);
        var_23 = (var_1 == var_22);
        var_13 = var_13 || var_23;
    }
    if (var_13) {
        // dst[i, j] = ambient                                                                <L 40>
        wp::array_store(var_dst, var_0, var_1, var_ambient);
        // return                                                                             <L 41>
        return;
    }
    // k = conductivity[i, j]                                                                 <L 43>
    var_24 = wp::address(var_conductivity, var_0, var_1);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // lap = laplacian5(src, i, j)                                                            <L 44>
    var_27 = laplacian5_0(var_src, var_0, var_1);
    // q = heat_sources[i, j]                                                                 <L 45>
    var_28 = wp::address(var_heat_sources, var_0, var_1);
    var_30 = wp::load(var_28);
    var_29 = wp::copy(var_30);
    // t_new = t + ALPHA * k * lap + q * dt                                                   <L 46>
    var_32 = wp::mul(var_31, var_25);
    var_33 = wp::mul(var_32, var_27);
    var_34 = wp::add(var_11, var_33);
    var_35 = wp::mul(var_29, var_dt);
    var_36 = wp::add(var_34, var_35);
    // t_new = t_new - cooling * (t_new - ambient) * dt                                       <L 47>
    var_37 = wp::sub(var_36, var_ambient);
    var_38 = wp::mul(var_cooling, var_37);
    var_39 = wp::mul(var_38, var_dt);
    var_40 = wp::sub(var_36, var_39);
    // if t_new < ambient - 100.0:                                                            <L 48>
    var_42 = wp::sub(var_ambient, var_41);
    var_43 = (var_40 < var_42);
    if (var_43) {
        // t_new = ambient - 100.0                                                            <L 49>
        var_45 = wp::sub(var_ambient, var_44);
    }
    if (!var_43) {
        // elif t_new > 5000.0:                                                               <L 50>
        var_47 = (var_40 > var_46);
        if (var_47) {
            // t_new = 5000.0                                                                 <L 51>
        }
        var_49 = wp::where(var_47, var_48, var_40);
    }
    var_50 = wp::where(var_43, var_45, var_49);
    // dst[i, j] = t_new                                                                      <L 52>
    wp::array_store(var_dst, var_0, var_1, var_50);
}



void diffuse_step_aed79502_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_diffuse_step_aed79502 *_wp_args,
    wp_args_diffuse_step_aed79502 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_src = _wp_args->src;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::array_t<wp::float32> var_conductivity = _wp_args->conductivity;
    wp::array_t<wp::float32> var_heat_sources = _wp_args->heat_sources;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_ambient = _wp_args->ambient;
    wp::float32 var_cooling = _wp_args->cooling;
    wp::array_t<wp::float32> adj_src = _wp_adj_args->src;
    wp::array_t<wp::float32> adj_dst = _wp_adj_args->dst;
    wp::array_t<wp::float32> adj_conductivity = _wp_adj_args->conductivity;
    wp::array_t<wp::float32> adj_heat_sources = _wp_adj_args->heat_sources;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_ambient = _wp_adj_args->ambient;
    wp::float32 adj_cooling = _wp_adj_args->cooling;
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
    bool var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    const wp::int32 var_16 = 0;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    bool var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.24;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 100.0;
    wp::float32 var_42;
    bool var_43;
    const wp::float32 var_44 = 100.0;
    wp::float32 var_45;
    const wp::float32 var_46 = 5000.0;
    bool var_47;
    const wp::float32 var_48 = 5000.0;
    wp::float32 var_49;
    wp::float32 var_50;
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
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
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
    bool adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    bool adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    //---------
    // forward
    // def diffuse_step(                                                                      <L 24>
    // i, j = wp.tid()                                                                        <L 33>
    builtin_tid2d(var_0, var_1);
    // rows = src.shape[0]                                                                    <L 34>
    var_2 = &(var_src.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // cols = src.shape[1]                                                                    <L 35>
    var_6 = &(var_src.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // t = src[i, j]                                                                          <L 36>
    var_10 = wp::address(var_src, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // if i == 0 or j == 0 or i == rows - 1 or j == cols - 1:                                 <L 39>
    var_15 = (var_0 == var_14);
    var_13 = var_15;
    if (!var_13) {
        var_17 = (var_1 == var_16);
        var_13 = var_13 || var_17;
    }
    if (!var_13) {
        var_19 = wp::sub(var_4, var_18);
        var_20 = (var_0 == var_19);
        var_13 = var_13 || var_20;
    }
    if (!var_13) {
        var_22 = wp::sub(var_8, var_21);
        var_23 = (var_1 == var_22);
        var_13 = var_13 || var_23;
    }
    if (var_13) {
        // dst[i, j] = ambient                                                                <L 40>
        // wp::array_store(var_dst, var_0, var_1, var_ambient);
        // return                                                                             <L 41>
        goto label0;
    }
    // k = conductivity[i, j]                                                                 <L 43>
    var_24 = wp::address(var_conductivity, var_0, var_1);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // lap = laplacian5(src, i, j)                                                            <L 44>
    var_27 = laplacian5_0(var_src, var_0, var_1);
    // q = heat_sources[i, j]                                                                 <L 45>
    var_28 = wp::address(var_heat_sources, var_0, var_1);
    var_30 = wp::load(var_28);
    var_29 = wp::copy(var_30);
    // t_new = t + ALPHA * k * lap + q * dt                                                   <L 46>
    var_32 = wp::mul(var_31, var_25);
    var_33 = wp::mul(var_32, var_27);
    var_34 = wp::add(var_11, var_33);
    var_35 = wp::mul(var_29, var_dt);
    var_36 = wp::add(var_34, var_35);
    // t_new = t_new - cooling * (t_new - ambient) * dt                                       <L 47>
    var_37 = wp::sub(var_36, var_ambient);
    var_38 = wp::mul(var_cooling, var_37);
    var_39 = wp::mul(var_38, var_dt);
    var_40 = wp::sub(var_36, var_39);
    // if t_new < ambient - 100.0:                                                            <L 48>
    var_42 = wp::sub(var_ambient, var_41);
    var_43 = (var_40 < var_42);
    if (var_43) {
        // t_new = ambient - 100.0                                                            <L 49>
        var_45 = wp::sub(var_ambient, var_44);
    }
    if (!var_43) {
        // elif t_new > 5000.0:                                                               <L 50>
        var_47 = (var_40 > var_46);
        if (var_47) {
            // t_new = 5000.0                                                                 <L 51>
        }
        var_49 = wp::where(var_47, var_48, var_40);
    }
    var_50 = wp::where(var_43, var_45, var_49);
    // dst[i, j] = t_new                                                                      <L 52>
    // wp::array_store(var_dst, var_0, var_1, var_50);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_50, adj_dst, adj_0, adj_1, adj_50);
    // adj: dst[i, j] = t_new                                                                 <L 52>
    wp::adj_where(var_43, var_45, var_49, adj_43, adj_45, adj_49, adj_50);
    if (!var_43) {
        wp::adj_where(var_47, var_48, var_40, adj_47, adj_48, adj_40, adj_49);
        if (var_47) {
            // adj: t_new = 5000.0                                                            <L 51>
        }
        // adj: elif t_new > 5000.0:                                                          <L 50>
    }
    if (var_43) {
        wp::adj_sub(var_ambient, var_44, adj_ambient, adj_44, adj_45);
        // adj: t_new = ambient - 100.0                                                       <L 49>
    }
    wp::adj_sub(var_ambient, var_41, adj_ambient, adj_41, adj_42);
    // adj: if t_new < ambient - 100.0:                                                       <L 48>
    wp::adj_sub(var_36, var_39, adj_36, adj_39, adj_40);
    wp::adj_mul(var_38, var_dt, adj_38, adj_dt, adj_39);
    wp::adj_mul(var_cooling, var_37, adj_cooling, adj_37, adj_38);
    wp::adj_sub(var_36, var_ambient, adj_36, adj_ambient, adj_37);
    // adj: t_new = t_new - cooling * (t_new - ambient) * dt                                  <L 47>
    wp::adj_add(var_34, var_35, adj_34, adj_35, adj_36);
    wp::adj_mul(var_29, var_dt, adj_29, adj_dt, adj_35);
    wp::adj_add(var_11, var_33, adj_11, adj_33, adj_34);
    wp::adj_mul(var_32, var_27, adj_32, adj_27, adj_33);
    wp::adj_mul(var_31, var_25, adj_31, adj_25, adj_32);
    // adj: t_new = t + ALPHA * k * lap + q * dt                                              <L 46>
    wp::adj_copy(var_30, adj_28, adj_29);
    wp::adj_address(var_heat_sources, var_0, var_1, adj_heat_sources, adj_0, adj_1, adj_28);
    // adj: q = heat_sources[i, j]                                                            <L 45>
    adj_laplacian5_0(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_27);
    // adj: lap = laplacian5(src, i, j)                                                       <L 44>
    wp::adj_copy(var_26, adj_24, adj_25);
    wp::adj_address(var_conductivity, var_0, var_1, adj_conductivity, adj_0, adj_1, adj_24);
    // adj: k = conductivity[i, j]                                                            <L 43>
    if (var_13) {
        label0:;
        // adj: return                                                                        <L 41>
        wp::adj_array_store(var_dst, var_0, var_1, var_ambient, adj_dst, adj_0, adj_1, adj_ambient);
        // adj: dst[i, j] = ambient                                                           <L 40>
    }
    if (!var_13) {
        wp::adj_sub(var_8, var_21, adj_8, adj_21, adj_22);
    }
    if (!var_13) {
        wp::adj_sub(var_4, var_18, adj_4, adj_18, adj_19);
    }
    if (!var_13) {
    }
    // adj: if i == 0 or j == 0 or i == rows - 1 or j == cols - 1:                            <L 39>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_10);
    // adj: t = src[i, j]                                                                     <L 36>
    adj_src.shape = adj_6;
    // adj: cols = src.shape[1]                                                               <L 35>
    adj_src.shape = adj_2;
    // adj: rows = src.shape[0]                                                               <L 34>
    // adj: i, j = wp.tid()                                                                   <L 33>
    // adj: def diffuse_step(                                                                 <L 24>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void diffuse_step_aed79502_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_diffuse_step_aed79502 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        diffuse_step_aed79502_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void diffuse_step_aed79502_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_diffuse_step_aed79502 *_wp_args,
    wp_args_diffuse_step_aed79502 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        diffuse_step_aed79502_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_residual_norm_37ada06e {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> out;
};


void residual_norm_37ada06e_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_residual_norm_37ada06e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def residual_norm(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), out: wp.array(dtype=float)):       <L 56>
    // i, j = wp.tid()                                                                        <L 57>
    builtin_tid2d(var_0, var_1);
    // d = a[i, j] - b[i, j]                                                                  <L 58>
    var_2 = wp::address(var_a, var_0, var_1);
    var_3 = wp::address(var_b, var_0, var_1);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::sub(var_5, var_6);
    // wp.atomic_add(out, 0, d * d)                                                           <L 59>
    var_8 = wp::mul(var_4, var_4);
    var_9 = wp::atomic_add(var_out, var_7, var_8);
    // wp.atomic_max(out, 1, wp.abs(d))                                                       <L 60>
    var_11 = wp::abs(var_4);
    var_12 = wp::atomic_max(var_out, var_10, var_11);
}



void residual_norm_37ada06e_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_residual_norm_37ada06e *_wp_args,
    wp_args_residual_norm_37ada06e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def residual_norm(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), out: wp.array(dtype=float)):       <L 56>
    // i, j = wp.tid()                                                                        <L 57>
    builtin_tid2d(var_0, var_1);
    // d = a[i, j] - b[i, j]                                                                  <L 58>
    var_2 = wp::address(var_a, var_0, var_1);
    var_3 = wp::address(var_b, var_0, var_1);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::sub(var_5, var_6);
    // wp.atomic_add(out, 0, d * d)                                                           <L 59>
    var_8 = wp::mul(var_4, var_4);
    // var_9 = wp::atomic_add(var_out, var_7, var_8);
    // wp.atomic_max(out, 1, wp.abs(d))                                                       <L 60>
    var_11 = wp::abs(var_4);
    // var_12 = wp::atomic_max(var_out, var_10, var_11);
    //---------
    // reverse
    wp::adj_atomic_max(var_out, var_10, var_11, adj_out, adj_10, adj_11, adj_12);
    wp::adj_abs(var_4, adj_4, adj_11);
    // adj: wp.atomic_max(out, 1, wp.abs(d))                                                  <L 60>
    wp::adj_atomic_add(var_out, var_7, var_8, adj_out, adj_7, adj_8, adj_9);
    wp::adj_mul(var_4, var_4, adj_4, adj_4, adj_8);
    // adj: wp.atomic_add(out, 0, d * d)                                                      <L 59>
    wp::adj_sub(var_5, var_6, adj_2, adj_3, adj_4);
    wp::adj_address(var_b, var_0, var_1, adj_b, adj_0, adj_1, adj_3);
    wp::adj_address(var_a, var_0, var_1, adj_a, adj_0, adj_1, adj_2);
    // adj: d = a[i, j] - b[i, j]                                                             <L 58>
    // adj: i, j = wp.tid()                                                                   <L 57>
    // adj: def residual_norm(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), out: wp.array(dtype=float)):  <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void residual_norm_37ada06e_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_residual_norm_37ada06e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        residual_norm_37ada06e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void residual_norm_37ada06e_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_residual_norm_37ada06e *_wp_args,
    wp_args_residual_norm_37ada06e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        residual_norm_37ada06e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_paint_disc_50a2009e {
    wp::array_t<wp::float32> field;
    wp::float32 cx;
    wp::float32 cy;
    wp::float32 radius;
    wp::float32 value;
};


void paint_disc_50a2009e_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_paint_disc_50a2009e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::float32 var_cx = _wp_args->cx;
    wp::float32 var_cy = _wp_args->cy;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_value = _wp_args->value;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 0.8;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def paint_disc(field: wp.array2d(dtype=float), cx: float, cy: float, radius: float, value: float):       <L 64>
    // i, j = wp.tid()                                                                        <L 65>
    builtin_tid2d(var_0, var_1);
    // dx = float(i) - cx                                                                     <L 66>
    var_2 = wp::float(var_0);
    var_3 = wp::sub(var_2, var_cx);
    // dy = float(j) - cy                                                                     <L 67>
    var_4 = wp::float(var_1);
    var_5 = wp::sub(var_4, var_cy);
    // r = wp.sqrt(dx * dx + dy * dy)                                                         <L 68>
    var_6 = wp::mul(var_3, var_3);
    var_7 = wp::mul(var_5, var_5);
    var_8 = wp::add(var_6, var_7);
    var_9 = wp::sqrt(var_8);
    // w = 1.0 - wp.smoothstep(radius * 0.8, radius, r)                                       <L 69>
    var_12 = wp::mul(var_radius, var_11);
    var_13 = wp::smoothstep(var_12, var_radius, var_9);
    var_14 = wp::sub(var_10, var_13);
    // field[i, j] = wp.lerp(field[i, j], value, w)                                           <L 70>
    var_15 = wp::address(var_field, var_0, var_1);
    var_17 = wp::load(var_15);
    var_16 = wp::lerp(var_17, var_value, var_14);
    wp::array_store(var_field, var_0, var_1, var_16);
}



void paint_disc_50a2009e_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_paint_disc_50a2009e *_wp_args,
    wp_args_paint_disc_50a2009e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::float32 var_cx = _wp_args->cx;
    wp::float32 var_cy = _wp_args->cy;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 var_value = _wp_args->value;
    wp::array_t<wp::float32> adj_field = _wp_adj_args->field;
    wp::float32 adj_cx = _wp_adj_args->cx;
    wp::float32 adj_cy = _wp_adj_args->cy;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::float32 adj_value = _wp_adj_args->value;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    const wp::float32 var_11 = 0.8;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
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
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def paint_disc(field: wp.array2d(dtype=float), cx: float, cy: float, radius: float, value: float):       <L 64>
    // i, j = wp.tid()                                                                        <L 65>
    builtin_tid2d(var_0, var_1);
    // dx = float(i) - cx                                                                     <L 66>
    var_2 = wp::float(var_0);
    var_3 = wp::sub(var_2, var_cx);
    // dy = float(j) - cy                                                                     <L 67>
    var_4 = wp::float(var_1);
    var_5 = wp::sub(var_4, var_cy);
    // r = wp.sqrt(dx * dx + dy * dy)                                                         <L 68>
    var_6 = wp::mul(var_3, var_3);
    var_7 = wp::mul(var_5, var_5);
    var_8 = wp::add(var_6, var_7);
    var_9 = wp::sqrt(var_8);
    // w = 1.0 - wp.smoothstep(radius * 0.8, radius, r)                                       <L 69>
    var_12 = wp::mul(var_radius, var_11);
    var_13 = wp::smoothstep(var_12, var_radius, var_9);
    var_14 = wp::sub(var_10, var_13);
    // field[i, j] = wp.lerp(field[i, j], value, w)                                           <L 70>
    var_15 = wp::address(var_field, var_0, var_1);
    var_17 = wp::load(var_15);
    var_16 = wp::lerp(var_17, var_value, var_14);
    // wp::array_store(var_field, var_0, var_1, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_field, var_0, var_1, var_16, adj_field, adj_0, adj_1, adj_16);
    wp::adj_lerp(var_17, var_value, var_14, adj_15, adj_value, adj_14, adj_16);
    wp::adj_address(var_field, var_0, var_1, adj_field, adj_0, adj_1, adj_15);
    // adj: field[i, j] = wp.lerp(field[i, j], value, w)                                      <L 70>
    wp::adj_sub(var_10, var_13, adj_10, adj_13, adj_14);
    wp::adj_smoothstep(var_12, var_radius, var_9, adj_12, adj_radius, adj_9, adj_13);
    wp::adj_mul(var_radius, var_11, adj_radius, adj_11, adj_12);
    // adj: w = 1.0 - wp.smoothstep(radius * 0.8, radius, r)                                  <L 69>
    wp::adj_sqrt(var_8, var_9, adj_8, adj_9);
    wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_mul(var_5, var_5, adj_5, adj_5, adj_7);
    wp::adj_mul(var_3, var_3, adj_3, adj_3, adj_6);
    // adj: r = wp.sqrt(dx * dx + dy * dy)                                                    <L 68>
    wp::adj_sub(var_4, var_cy, adj_4, adj_cy, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    // adj: dy = float(j) - cy                                                                <L 67>
    wp::adj_sub(var_2, var_cx, adj_2, adj_cx, adj_3);
    wp::adj_float(var_0, adj_0, adj_2);
    // adj: dx = float(i) - cx                                                                <L 66>
    // adj: i, j = wp.tid()                                                                   <L 65>
    // adj: def paint_disc(field: wp.array2d(dtype=float), cx: float, cy: float, radius: float, value: float):  <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void paint_disc_50a2009e_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_paint_disc_50a2009e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        paint_disc_50a2009e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void paint_disc_50a2009e_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_paint_disc_50a2009e *_wp_args,
    wp_args_paint_disc_50a2009e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        paint_disc_50a2009e_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_row_profiles_18e863bc {
    wp::array_t<wp::float32> field;
    wp::array_t<wp::float32> mean;
    wp::array_t<wp::float32> peak;
};


void row_profiles_18e863bc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_row_profiles_18e863bc *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::array_t<wp::float32> var_mean = _wp_args->mean;
    wp::array_t<wp::float32> var_peak = _wp_args->peak;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    const wp::float32 var_7 = -1e+30;
    wp::float32 var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def row_profiles(field: wp.array2d(dtype=float), mean: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 74>
    // i = wp.tid()                                                                           <L 75>
    var_0 = builtin_tid1d();
    // cols = field.shape[1]                                                                  <L 76>
    var_1 = &(var_field.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // s = float(0.0)                                                                         <L 77>
    var_6 = wp::float(var_5);
    // m = float(-1.0e30)                                                                     <L 78>
    var_8 = wp::float(var_7);
    // for j in range(cols):                                                                  <L 79>
    var_9 = wp::range(var_3);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // v = field[i, j]                                                                    <L 80>
        var_11 = wp::address(var_field, var_0, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // s += v                                                                             <L 81>
        var_14 = wp::add(var_6, var_12);
        // m = wp.max(m, v)                                                                   <L 82>
        var_15 = wp::max(var_8, var_12);
        wp::assign(var_6, var_14);
        wp::assign(var_8, var_15);
        goto start_for_0;
    end_for_0:;
    // mean[i] = s / float(cols)                                                              <L 83>
    var_16 = wp::float(var_3);
    var_17 = wp::div(var_6, var_16);
    wp::array_store(var_mean, var_0, var_17);
    // peak[i] = m                                                                            <L 84>
    wp::array_store(var_peak, var_0, var_8);
}



void row_profiles_18e863bc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_row_profiles_18e863bc *_wp_args,
    wp_args_row_profiles_18e863bc *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::array_t<wp::float32> var_mean = _wp_args->mean;
    wp::array_t<wp::float32> var_peak = _wp_args->peak;
    wp::array_t<wp::float32> adj_field = _wp_adj_args->field;
    wp::array_t<wp::float32> adj_mean = _wp_adj_args->mean;
    wp::array_t<wp::float32> adj_peak = _wp_adj_args->peak;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    const wp::float32 var_7 = -1e+30;
    wp::float32 var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def row_profiles(field: wp.array2d(dtype=float), mean: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 74>
    // i = wp.tid()                                                                           <L 75>
    var_0 = builtin_tid1d();
    // cols = field.shape[1]                                                                  <L 76>
    var_1 = &(var_field.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // s = float(0.0)                                                                         <L 77>
    var_6 = wp::float(var_5);
    // m = float(-1.0e30)                                                                     <L 78>
    var_8 = wp::float(var_7);
    // for j in range(cols):                                                                  <L 79>
    var_9 = wp::range(var_3);
    // mean[i] = s / float(cols)                                                              <L 83>
    var_16 = wp::float(var_3);
    var_17 = wp::div(var_6, var_16);
    // wp::array_store(var_mean, var_0, var_17);
    // peak[i] = m                                                                            <L 84>
    // wp::array_store(var_peak, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_peak, var_0, var_8, adj_peak, adj_0, adj_8);
    // adj: peak[i] = m                                                                       <L 84>
    wp::adj_array_store(var_mean, var_0, var_17, adj_mean, adj_0, adj_17);
    wp::adj_div(var_6, var_16, var_17, adj_6, adj_16, adj_17);
    wp::adj_float(var_3, adj_3, adj_16);
    // adj: mean[i] = s / float(cols)                                                         <L 83>
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
        // v = field[i, j]                                                                    <L 80>
        var_11 = wp::address(var_field, var_0, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // s += v                                                                             <L 81>
        var_14 = wp::add(var_6, var_12);
        // m = wp.max(m, v)                                                                   <L 82>
        var_15 = wp::max(var_8, var_12);
        wp::assign(var_6, var_14);
        wp::assign(var_8, var_15);
        wp::adj_assign(var_8, var_15, adj_8, adj_15);
        wp::adj_assign(var_6, var_14, adj_6, adj_14);
        wp::adj_max(var_8, var_12, adj_8, adj_12, adj_15);
        // adj: m = wp.max(m, v)                                                              <L 82>
        wp::adj_add(var_6, var_12, adj_6, adj_12, adj_14);
        // adj: s += v                                                                        <L 81>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_field, var_0, var_10, adj_field, adj_0, adj_10, adj_11);
        // adj: v = field[i, j]                                                               <L 80>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in range(cols):                                                             <L 79>
    wp::adj_float(var_7, adj_7, adj_8);
    // adj: m = float(-1.0e30)                                                                <L 78>
    wp::adj_float(var_5, adj_5, adj_6);
    // adj: s = float(0.0)                                                                    <L 77>
    adj_field.shape = adj_1;
    // adj: cols = field.shape[1]                                                             <L 76>
    // adj: i = wp.tid()                                                                      <L 75>
    // adj: def row_profiles(field: wp.array2d(dtype=float), mean: wp.array(dtype=float), peak: wp.array(dtype=float)):  <L 74>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void row_profiles_18e863bc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_row_profiles_18e863bc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        row_profiles_18e863bc_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void row_profiles_18e863bc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_row_profiles_18e863bc *_wp_args,
    wp_args_row_profiles_18e863bc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        row_profiles_18e863bc_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

