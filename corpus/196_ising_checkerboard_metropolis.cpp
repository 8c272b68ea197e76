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


// corpus/196_ising_checkerboard_metropolis.py:4
static wp::int32 neighbor_sum_0(
    wp::array_t<wp::int8> var_s,
    wp::int32 var_i,
    wp::int32 var_j)
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
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int8* var_11;
    wp::int32 var_12;
    wp::int8 var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    wp::int8* var_18;
    wp::int32 var_19;
    wp::int8 var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int8* var_25;
    wp::int32 var_26;
    wp::int8 var_27;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int8* var_33;
    wp::int32 var_34;
    wp::int8 var_35;
    wp::int32 var_36;
    //---------
    // forward
    // def neighbor_sum(s: wp.array2d(dtype=wp.int8), i: int, j: int) -> int:                 <L 5>
    // n = s.shape[0]                                                                         <L 6>
    var_0 = &(var_s.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // m = s.shape[1]                                                                         <L 7>
    var_4 = &(var_s.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // return int(s[(i + 1) % n, j]) + int(s[(i - 1 + n) % n, j]) + int(s[i, (j + 1) % m]) + int(s[i, (j - 1 + m) % m])       <L 8>
    var_9 = wp::add(var_i, var_8);
    var_10 = wp::mod(var_9, var_2);
    var_11 = wp::address(var_s, var_10, var_j);
    var_13 = wp::load(var_11);
    var_12 = wp::int(var_13);
    var_15 = wp::sub(var_i, var_14);
    var_16 = wp::add(var_15, var_2);
    var_17 = wp::mod(var_16, var_2);
    var_18 = wp::address(var_s, var_17, var_j);
    var_20 = wp::load(var_18);
    var_19 = wp::int(var_20);
    var_21 = wp::add(var_12, var_19);
    var_23 = wp::add(var_j, var_22);
    var_24 = wp::mod(var_23, var_6);
    var_25 = wp::address(var_s, var_i, var_24);
    var_27 = wp::load(var_25);
    var_26 = wp::int(var_27);
    var_28 = wp::add(var_21, var_26);
    var_30 = wp::sub(var_j, var_29);
    var_31 = wp::add(var_30, var_6);
    var_32 = wp::mod(var_31, var_6);
    var_33 = wp::address(var_s, var_i, var_32);
    var_35 = wp::load(var_33);
    var_34 = wp::int(var_35);
    var_36 = wp::add(var_28, var_34);
    return var_36;
}


// corpus/196_ising_checkerboard_metropolis.py:4
static void adj_neighbor_sum_0(
    wp::array_t<wp::int8> var_s,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::array_t<wp::int8> & adj_s,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_ret)
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
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int8* var_11;
    wp::int32 var_12;
    wp::int8 var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    wp::int8* var_18;
    wp::int32 var_19;
    wp::int8 var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int8* var_25;
    wp::int32 var_26;
    wp::int8 var_27;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int8* var_33;
    wp::int32 var_34;
    wp::int8 var_35;
    wp::int32 var_36;
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
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int8 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int8 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int8 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int8 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int8 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int8 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int8 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int8 adj_35 = {};
    wp::int32 adj_36 = {};
    //---------
    // forward
    // def neighbor_sum(s: wp.array2d(dtype=wp.int8), i: int, j: int) -> int:                 <L 5>
    // n = s.shape[0]                                                                         <L 6>
    var_0 = &(var_s.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // m = s.shape[1]                                                                         <L 7>
    var_4 = &(var_s.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // return int(s[(i + 1) % n, j]) + int(s[(i - 1 + n) % n, j]) + int(s[i, (j + 1) % m]) + int(s[i, (j - 1 + m) % m])       <L 8>
    var_9 = wp::add(var_i, var_8);
    var_10 = wp::mod(var_9, var_2);
    var_11 = wp::address(var_s, var_10, var_j);
    var_13 = wp::load(var_11);
    var_12 = wp::int(var_13);
    var_15 = wp::sub(var_i, var_14);
    var_16 = wp::add(var_15, var_2);
    var_17 = wp::mod(var_16, var_2);
    var_18 = wp::address(var_s, var_17, var_j);
    var_20 = wp::load(var_18);
    var_19 = wp::int(var_20);
    var_21 = wp::add(var_12, var_19);
    var_23 = wp::add(var_j, var_22);
    var_24 = wp::mod(var_23, var_6);
    var_25 = wp::address(var_s, var_i, var_24);
    var_27 = wp::load(var_25);
    var_26 = wp::int(var_27);
    var_28 = wp::add(var_21, var_26);
    var_30 = wp::sub(var_j, var_29);
    var_31 = wp::add(var_30, var_6);
    var_32 = wp::mod(var_31, var_6);
    var_33 = wp::address(var_s, var_i, var_32);
    var_35 = wp::load(var_33);
    var_34 = wp::int(var_35);
    var_36 = wp::add(var_28, var_34);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_36 += adj_ret;
    wp::adj_add(var_28, var_34, adj_28, adj_34, adj_36);
    wp::adj_address(var_s, var_i, var_32, adj_s, adj_i, adj_32, adj_33);
    wp::adj_mod(var_31, var_6, adj_31, adj_6, adj_32);
    wp::adj_add(var_30, var_6, adj_30, adj_6, adj_31);
    wp::adj_sub(var_j, var_29, adj_j, adj_29, adj_30);
    wp::adj_add(var_21, var_26, adj_21, adj_26, adj_28);
    wp::adj_address(var_s, var_i, var_24, adj_s, adj_i, adj_24, adj_25);
    wp::adj_mod(var_23, var_6, adj_23, adj_6, adj_24);
    wp::adj_add(var_j, var_22, adj_j, adj_22, adj_23);
    wp::adj_add(var_12, var_19, adj_12, adj_19, adj_21);
    wp::adj_address(var_s, var_17, var_j, adj_s, adj_17, adj_j, adj_18);
    wp::adj_mod(var_16, var_2, adj_16, adj_2, adj_17);
    wp::adj_add(var_15, var_2, adj_15, adj_2, adj_16);
    wp::adj_sub(var_i, var_14, adj_i, adj_14, adj_15);
    wp::adj_address(var_s, var_10, var_j, adj_s, adj_10, adj_j, adj_11);
    wp::adj_mod(var_9, var_2, adj_9, adj_2, adj_10);
    wp::adj_add(var_i, var_8, adj_i, adj_8, adj_9);
    // adj: return int(s[(i + 1) % n, j]) + int(s[(i - 1 + n) % n, j]) + int(s[i, (j + 1) % m]) + int(s[i, (j - 1 + m) % m])  <L 8>
    adj_s.shape = adj_4;
    // adj: m = s.shape[1]                                                                    <L 7>
    adj_s.shape = adj_0;
    // adj: n = s.shape[0]                                                                    <L 6>
    // adj: def neighbor_sum(s: wp.array2d(dtype=wp.int8), i: int, j: int) -> int:            <L 5>
    return;
}

struct wp_args_metropolis_sweep_3116627d {
    wp::array_t<wp::int8> spins;
    wp::float32 beta;
    wp::float32 field;
    wp::int32 color;
    wp::int32 seed;
    wp::int32 step;
    wp::array_t<wp::int32> accepted;
};


void metropolis_sweep_3116627d_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_metropolis_sweep_3116627d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_spins = _wp_args->spins;
    wp::float32 var_beta = _wp_args->beta;
    wp::float32 var_field = _wp_args->field;
    wp::int32 var_color = _wp_args->color;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_step = _wp_args->step;
    wp::array_t<wp::int32> var_accepted = _wp_args->accepted;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 2;
    wp::int32 var_4;
    bool var_5;
    wp::int8* var_6;
    wp::int32 var_7;
    wp::int8 var_8;
    wp::int32 var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::shape_t var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::shape_t var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::uint32 var_28;
    bool var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    bool var_36;
    wp::int32 var_37;
    wp::int8 var_38;
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    //---------
    // forward
    // def metropolis_sweep(spins: wp.array2d(dtype=wp.int8), beta: float, field: float, color: int, seed: int, step: int, accepted: wp.array(dtype=int)):       <L 12>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // if (i + j) % 2 != color:                                                               <L 14>
    var_2 = wp::add(var_0, var_1);
    var_4 = wp::mod(var_2, var_3);
    var_5 = (var_4 != var_color);
    if (var_5) {
        // return                                                                             <L 15>
        return;
    }
    // s = int(spins[i, j])                                                                   <L 16>
    var_6 = wp::address(var_spins, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::int(var_8);
    // nb = neighbor_sum(spins, i, j)                                                         <L 17>
    var_9 = neighbor_sum_0(var_spins, var_0, var_1);
    // dE = 2.0 * float(s) * (float(nb) + field)                                              <L 18>
    var_11 = wp::float(var_7);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::float(var_9);
    var_14 = wp::add(var_13, var_field);
    var_15 = wp::mul(var_12, var_14);
    // state = wp.rand_init(seed, (step * spins.shape[0] + i) * spins.shape[1] + j)           <L 19>
    var_16 = &(var_spins.shape);
    var_19 = wp::load(var_16);
    var_18 = wp::extract(var_19, var_17);
    var_20 = wp::mul(var_step, var_18);
    var_21 = wp::add(var_20, var_0);
    var_22 = &(var_spins.shape);
    var_25 = wp::load(var_22);
    var_24 = wp::extract(var_25, var_23);
    var_26 = wp::mul(var_21, var_24);
    var_27 = wp::add(var_26, var_1);
    var_28 = wp::rand_init(var_seed, var_27);
    // if dE <= 0.0 or wp.randf(state) < wp.exp(-beta * dE):                                  <L 20>
    var_31 = (var_15 <= var_30);
    var_29 = var_31;
    if (!var_29) {
        var_32 = wp::randf(var_28);
        var_33 = wp::neg(var_beta);
        var_34 = wp::mul(var_33, var_15);
        var_35 = wp::exp(var_34);
        var_36 = (var_32 < var_35);
        var_29 = var_29 || var_36;
    }
    if (var_29) {
        // spins[i, j] = wp.int8(-s)                                                          <L 21>
        var_37 = wp::neg(var_7);
        var_38 = wp::int8(var_37);
        wp::array_store(var_spins, var_0, var_1, var_38);
        // wp.atomic_add(accepted, 0, 1)                                                      <L 22>
        var_41 = wp::atomic_add(var_accepted, var_39, var_40);
    }
}



void metropolis_sweep_3116627d_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_metropolis_sweep_3116627d *_wp_args,
    wp_args_metropolis_sweep_3116627d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_spins = _wp_args->spins;
    wp::float32 var_beta = _wp_args->beta;
    wp::float32 var_field = _wp_args->field;
    wp::int32 var_color = _wp_args->color;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_step = _wp_args->step;
    wp::array_t<wp::int32> var_accepted = _wp_args->accepted;
    wp::array_t<wp::int8> adj_spins = _wp_adj_args->spins;
    wp::float32 adj_beta = _wp_adj_args->beta;
    wp::float32 adj_field = _wp_adj_args->field;
    wp::int32 adj_color = _wp_adj_args->color;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::int32 adj_step = _wp_adj_args->step;
    wp::array_t<wp::int32> adj_accepted = _wp_adj_args->accepted;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 2;
    wp::int32 var_4;
    bool var_5;
    wp::int8* var_6;
    wp::int32 var_7;
    wp::int8 var_8;
    wp::int32 var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::shape_t var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::shape_t var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::uint32 var_28;
    bool var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    bool var_36;
    wp::int32 var_37;
    wp::int8 var_38;
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int8 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int8 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::shape_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::shape_t adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::shape_t adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::shape_t adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::uint32 adj_28 = {};
    bool adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    bool adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int8 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    //---------
    // forward
    // def metropolis_sweep(spins: wp.array2d(dtype=wp.int8), beta: float, field: float, color: int, seed: int, step: int, accepted: wp.array(dtype=int)):       <L 12>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // if (i + j) % 2 != color:                                                               <L 14>
    var_2 = wp::add(var_0, var_1);
    var_4 = wp::mod(var_2, var_3);
    var_5 = (var_4 != var_color);
    if (var_5) {
        // return                                                                             <L 15>
        goto label0;
    }
    // s = int(spins[i, j])                                                                   <L 16>
    var_6 = wp::address(var_spins, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::int(var_8);
    // nb = neighbor_sum(spins, i, j)                                                         <L 17>
    var_9 = neighbor_sum_0(var_spins, var_0, var_1);
    // dE = 2.0 * float(s) * (float(nb) + field)                                              <L 18>
    var_11 = wp::float(var_7);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::float(var_9);
    var_14 = wp::add(var_13, var_field);
    var_15 = wp::mul(var_12, var_14);
    // state = wp.rand_init(seed, (step * spins.shape[0] + i) * spins.shape[1] + j)           <L 19>
    var_16 = &(var_spins.shape);
    var_19 = wp::load(var_16);
    var_18 = wp::extract(var_19, var_17);
    var_20 = wp::mul(var_step, var_18);
    var_21 = wp::add(var_20, var_0);
    var_22 = &(var_spins.shape);
    var_25 = wp::load(var_22);
    var_24 = wp::extract(var_25, var_23);
    var_26 = wp::mul(var_21, var_24);
    var_27 = wp::add(var_26, var_1);
    var_28 = wp::rand_init(var_seed, var_27);
    // if dE <= 0.0 or wp.randf(state) < wp.exp(-beta * dE):                                  <L 20>
    var_31 = (var_15 <= var_30);
    var_29 = var_31;
    if (!var_29) {
        var_32 = wp::randf(var_28);
        var_33 = wp::neg(var_beta);
        var_34 = wp::mul(var_33, var_15);
        var_35 = wp::exp(var_34);
        var_36 = (var_32 < var_35);
        var_29 = var_29 || var_36;
    }
    if (var_29) {
        // spins[i, j] = wp.int8(-s)                                                          <L 21>
        var_37 = wp::neg(var_7);
        var_38 = wp::int8(var_37);
        // wp::array_store(var_spins, var_0, var_1, var_38);
        // wp.atomic_add(accepted, 0, 1)                                                      <L 22>
        // var_41 = wp::atomic_add(var_accepted, var_39, var_40);
    }
    //---------
    // reverse
    if (var_29) {
        wp::adj_atomic_add(var_accepted, var_39, var_40, adj_accepted, adj_39, adj_40, adj_41);
        // adj: wp.atomic_add(accepted, 0, 1)                                                 <L 22>
        wp::adj_array_store(var_spins, var_0, var_1, var_38, adj_spins, adj_0, adj_1, adj_38);
        wp::adj_neg(var_7, adj_7, adj_37);
        // adj: spins[i, j] = wp.int8(-s)                                                     <L 21>
    }
    if (!var_29) {
        wp::adj_exp(var_34, var_35, adj_34, adj_35);
        wp::adj_mul(var_33, var_15, adj_33, adj_15, adj_34);
        wp::adj_neg(var_beta, adj_beta, adj_33);
    }
    // adj: if dE <= 0.0 or wp.randf(state) < wp.exp(-beta * dE):                             <L 20>
    wp::adj_add(var_26, var_1, adj_26, adj_1, adj_27);
    wp::adj_mul(var_21, var_24, adj_21, adj_24, adj_26);
    adj_spins.shape = adj_22;
    wp::adj_add(var_20, var_0, adj_20, adj_0, adj_21);
    wp::adj_mul(var_step, var_18, adj_step, adj_18, adj_20);
    adj_spins.shape = adj_16;
    // adj: state = wp.rand_init(seed, (step * spins.shape[0] + i) * spins.shape[1] + j)      <L 19>
    wp::adj_mul(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_add(var_13, var_field, adj_13, adj_field, adj_14);
    wp::adj_float(var_9, adj_9, adj_13);
    wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_float(var_7, adj_7, adj_11);
    // adj: dE = 2.0 * float(s) * (float(nb) + field)                                         <L 18>
    adj_neighbor_sum_0(var_spins, var_0, var_1, adj_spins, adj_0, adj_1, adj_9);
    // adj: nb = neighbor_sum(spins, i, j)                                                    <L 17>
    wp::adj_address(var_spins, var_0, var_1, adj_spins, adj_0, adj_1, adj_6);
    // adj: s = int(spins[i, j])                                                              <L 16>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 15>
    }
    wp::adj_mod(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: if (i + j) % 2 != color:                                                          <L 14>
    // adj: i, j = wp.tid()                                                                   <L 13>
    // adj: def metropolis_sweep(spins: wp.array2d(dtype=wp.int8), beta: float, field: float, color: int, seed: int, step: int, accepted: wp.array(dtype=int)):  <L 12>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void metropolis_sweep_3116627d_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_metropolis_sweep_3116627d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        metropolis_sweep_3116627d_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void metropolis_sweep_3116627d_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_metropolis_sweep_3116627d *_wp_args,
    wp_args_metropolis_sweep_3116627d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        metropolis_sweep_3116627d_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_observables_d6601aeb {
    wp::array_t<wp::int8> spins;
    wp::float32 field;
    wp::array_t<wp::int64> mag;
    wp::array_t<wp::float32> energy;
};


void observables_d6601aeb_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_observables_d6601aeb *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_spins = _wp_args->spins;
    wp::float32 var_field = _wp_args->field;
    wp::array_t<wp::int64> var_mag = _wp_args->mag;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int8* var_2;
    wp::int32 var_3;
    wp::int8 var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::int8* var_16;
    wp::int32 var_17;
    wp::int8 var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int8* var_22;
    wp::int32 var_23;
    wp::int8 var_24;
    const wp::int32 var_25 = 0;
    wp::int64 var_26;
    wp::int64 var_27;
    const wp::int32 var_28 = 0;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    //---------
    // forward
    // def observables(spins: wp.array2d(dtype=wp.int8), field: float, mag: wp.array(dtype=wp.int64), energy: wp.array(dtype=float)):       <L 26>
    // i, j = wp.tid()                                                                        <L 27>
    builtin_tid2d(var_0, var_1);
    // s = int(spins[i, j])                                                                   <L 28>
    var_2 = wp::address(var_spins, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    // n = spins.shape[0]                                                                     <L 29>
    var_5 = &(var_spins.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    // m = spins.shape[1]                                                                     <L 30>
    var_9 = &(var_spins.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    // right = int(spins[i, (j + 1) % m])                                                     <L 31>
    var_14 = wp::add(var_1, var_13);
    var_15 = wp::mod(var_14, var_11);
    var_16 = wp::address(var_spins, var_0, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::int(var_18);
    // down = int(spins[(i + 1) % n, j])                                                      <L 32>
    var_20 = wp::add(var_0, var_19);
    var_21 = wp::mod(var_20, var_7);
    var_22 = wp::address(var_spins, var_21, var_1);
    var_24 = wp::load(var_22);
    var_23 = wp::int(var_24);
    // wp.atomic_add(mag, 0, wp.int64(s))                                                     <L 33>
    var_26 = wp::int64(var_3);
    var_27 = wp::atomic_add(var_mag, var_25, var_26);
    // wp.atomic_add(energy, 0, -float(s * (right + down)) - field * float(s))                <L 34>
    var_29 = wp::add(var_17, var_23);
    var_30 = wp::mul(var_3, var_29);
    var_31 = wp::float(var_30);
    var_32 = wp::neg(var_31);
    var_33 = wp::float(var_3);
    var_34 = wp::mul(var_field, var_33);
    var_35 = wp::sub(var_32, var_34);
    var_36 = wp::atomic_add(var_energy, var_28, var_35);
}



void observables_d6601aeb_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_observables_d6601aeb *_wp_args,
    wp_args_observables_d6601aeb *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_spins = _wp_args->spins;
    wp::float32 var_field = _wp_args->field;
    wp::array_t<wp::int64> var_mag = _wp_args->mag;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::int8> adj_spins = _wp_adj_args->spins;
    wp::float32 adj_field = _wp_adj_args->field;
    wp::array_t<wp::int64> adj_mag = _wp_adj_args->mag;
    wp::array_t<wp::float32> adj_energy = _wp_adj_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int8* var_2;
    wp::int32 var_3;
    wp::int8 var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::int8* var_16;
    wp::int32 var_17;
    wp::int8 var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int8* var_22;
    wp::int32 var_23;
    wp::int8 var_24;
    const wp::int32 var_25 = 0;
    wp::int64 var_26;
    wp::int64 var_27;
    const wp::int32 var_28 = 0;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int8 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int8 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int8 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int8 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int8 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int8 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int64 adj_26 = {};
    wp::int64 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    //---------
    // forward
    // def observables(spins: wp.array2d(dtype=wp.int8), field: float, mag: wp.array(dtype=wp.int64), energy: wp.array(dtype=float)):       <L 26>
    // i, j = wp.tid()                                                                        <L 27>
    builtin_tid2d(var_0, var_1);
    // s = int(spins[i, j])                                                                   <L 28>
    var_2 = wp::address(var_spins, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    // n = spins.shape[0]                                                                     <L 29>
    var_5 = &(var_spins.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    // m = spins.shape[1]                                                                     <L 30>
    var_9 = &(var_spins.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    // right = int(spins[i, (j + 1) % m])                                                     <L 31>
    var_14 = wp::add(var_1, var_13);
    var_15 = wp::mod(var_14, var_11);
    var_16 = wp::address(var_spins, var_0, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::int(var_18);
    // down = int(spins[(i + 1) % n, j])                                                      <L 32>
    var_20 = wp::add(var_0, var_19);
    var_21 = wp::mod(var_20, var_7);
    var_22 = wp::address(var_spins, var_21, var_1);
    var_24 = wp::load(var_22);
    var_23 = wp::int(var_24);
    // wp.atomic_add(mag, 0, wp.int64(s))                                                     <L 33>
    var_26 = wp::int64(var_3);
    // var_27 = wp::atomic_add(var_mag, var_25, var_26);
    // wp.atomic_add(energy, 0, -float(s * (right + down)) - field * float(s))                <L 34>
    var_29 = wp::add(var_17, var_23);
    var_30 = wp::mul(var_3, var_29);
    var_31 = wp::float(var_30);
    var_32 = wp::neg(var_31);
    var_33 = wp::float(var_3);
    var_34 = wp::mul(var_field, var_33);
    var_35 = wp::sub(var_32, var_34);
    // var_36 = wp::atomic_add(var_energy, var_28, var_35);
    //---------
    // reverse
    wp::adj_atomic_add(var_energy, var_28, var_35, adj_energy, adj_28, adj_35, adj_36);
    wp::adj_sub(var_32, var_34, adj_32, adj_34, adj_35);
    wp::adj_mul(var_field, var_33, adj_field, adj_33, adj_34);
    wp::adj_float(var_3, adj_3, adj_33);
    wp::adj_neg(var_31, adj_31, adj_32);
    wp::adj_float(var_30, adj_30, adj_31);
    wp::adj_mul(var_3, var_29, adj_3, adj_29, adj_30);
    wp::adj_add(var_17, var_23, adj_17, adj_23, adj_29);
    // adj: wp.atomic_add(energy, 0, -float(s * (right + down)) - field * float(s))           <L 34>
    wp::adj_atomic_add(var_mag, var_25, var_26, adj_mag, adj_25, adj_26, adj_27);
    // adj: wp.atomic_add(mag, 0, wp.int64(s))                                                <L 33>
    wp::adj_address(var_spins, var_21, var_1, adj_spins, adj_21, adj_1, adj_22);
    wp::adj_mod(var_20, var_7, adj_20, adj_7, adj_21);
    wp::adj_add(var_0, var_19, adj_0, adj_19, adj_20);
    // adj: down = int(spins[(i + 1) % n, j])                                                 <L 32>
    wp::adj_address(var_spins, var_0, var_15, adj_spins, adj_0, adj_15, adj_16);
    wp::adj_mod(var_14, var_11, adj_14, adj_11, adj_15);
    wp::adj_add(var_1, var_13, adj_1, adj_13, adj_14);
    // adj: right = int(spins[i, (j + 1) % m])                                                <L 31>
    adj_spins.shape = adj_9;
    // adj: m = spins.shape[1]                                                                <L 30>
    adj_spins.shape = adj_5;
    // adj: n = spins.shape[0]                                                                <L 29>
    wp::adj_address(var_spins, var_0, var_1, adj_spins, adj_0, adj_1, adj_2);
    // adj: s = int(spins[i, j])                                                              <L 28>
    // adj: i, j = wp.tid()                                                                   <L 27>
    // adj: def observables(spins: wp.array2d(dtype=wp.int8), field: float, mag: wp.array(dtype=wp.int64), energy: wp.array(dtype=float)):  <L 26>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void observables_d6601aeb_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_observables_d6601aeb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        observables_d6601aeb_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void observables_d6601aeb_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_observables_d6601aeb *_wp_args,
    wp_args_observables_d6601aeb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        observables_d6601aeb_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_random_spins_8057403d {
    wp::array_t<wp::int8> spins;
    wp::int32 seed;
    wp::float32 p_up;
};


void random_spins_8057403d_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_random_spins_8057403d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_spins = _wp_args->spins;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_p_up = _wp_args->p_up;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::uint32 var_8;
    wp::float32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::int8 var_12;
    const wp::int32 var_13 = -1;
    wp::int8 var_14;
    wp::int8 var_15;
    //---------
    // forward
    // def random_spins(spins: wp.array2d(dtype=wp.int8), seed: int, p_up: float):            <L 38>
    // i, j = wp.tid()                                                                        <L 39>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed, i * spins.shape[1] + j)                                     <L 40>
    var_2 = &(var_spins.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::mul(var_0, var_4);
    var_7 = wp::add(var_6, var_1);
    var_8 = wp::rand_init(var_seed, var_7);
    // spins[i, j] = wp.where(wp.randf(state) < p_up, wp.int8(1), wp.int8(-1))                <L 41>
    var_9 = wp::randf(var_8);
    var_10 = (var_9 < var_p_up);
    var_12 = wp::int8(var_11);
    var_14 = wp::int8(var_13);
    var_15 = wp::where(var_10, var_12, var_14);
    wp::array_store(var_spins, var_0, var_1, var_15);
}



void random_spins_8057403d_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_random_spins_8057403d *_wp_args,
    wp_args_random_spins_8057403d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_spins = _wp_args->spins;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_p_up = _wp_args->p_up;
    wp::array_t<wp::int8> adj_spins = _wp_adj_args->spins;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_p_up = _wp_adj_args->p_up;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::uint32 var_8;
    wp::float32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::int8 var_12;
    const wp::int32 var_13 = -1;
    wp::int8 var_14;
    wp::int8 var_15;
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
    wp::uint32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int8 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int8 adj_14 = {};
    wp::int8 adj_15 = {};
    //---------
    // forward
    // def random_spins(spins: wp.array2d(dtype=wp.int8), seed: int, p_up: float):            <L 38>
    // i, j = wp.tid()                                                                        <L 39>
    builtin_tid2d(var_0, var_1);
    // state = wp.rand_init(seed, i * spins.shape[1] + j)                                     <L 40>
    var_2 = &(var_spins.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::mul(var_0, var_4);
    var_7 = wp::add(var_6, var_1);
    var_8 = wp::rand_init(var_seed, var_7);
    // spins[i, j] = wp.where(wp.randf(state) < p_up, wp.int8(1), wp.int8(-1))                <L 41>
    var_9 = wp::randf(var_8);
    var_10 = (var_9 < var_p_up);
    var_12 = wp::int8(var_11);
    var_14 = wp::int8(var_13);
    var_15 = wp::where(var_10, var_12, var_14);
    // wp::array_store(var_spins, var_0, var_1, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_spins, var_0, var_1, var_15, adj_spins, adj_0, adj_1, adj_15);
    wp::adj_where(var_10, var_12, var_14, adj_10, adj_12, adj_14, adj_15);
    // adj: spins[i, j] = wp.where(wp.randf(state) < p_up, wp.int8(1), wp.int8(-1))           <L 41>
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_7);
    wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_6);
    adj_spins.shape = adj_2;
    // adj: state = wp.rand_init(seed, i * spins.shape[1] + j)                                <L 40>
    // adj: i, j = wp.tid()                                                                   <L 39>
    // adj: def random_spins(spins: wp.array2d(dtype=wp.int8), seed: int, p_up: float):       <L 38>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void random_spins_8057403d_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_random_spins_8057403d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        random_spins_8057403d_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void random_spins_8057403d_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_random_spins_8057403d *_wp_args,
    wp_args_random_spins_8057403d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        random_spins_8057403d_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_correlation_648efcc3 {
    wp::array_t<wp::int8> spins;
    wp::int32 max_r;
    wp::array_t<wp::float32> corr;
};


void correlation_648efcc3_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_correlation_648efcc3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_spins = _wp_args->spins;
    wp::int32 var_max_r = _wp_args->max_r;
    wp::array_t<wp::float32> var_corr = _wp_args->corr;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::int8* var_6;
    wp::float32 var_7;
    wp::int8 var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int8* var_13;
    wp::float32 var_14;
    wp::int8 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def correlation(spins: wp.array2d(dtype=wp.int8), max_r: int, corr: wp.array(dtype=float)):       <L 45>
    // i, j = wp.tid()                                                                        <L 46>
    builtin_tid2d(var_0, var_1);
    // m = spins.shape[1]                                                                     <L 47>
    var_2 = &(var_spins.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // s0 = float(spins[i, j])                                                                <L 48>
    var_6 = wp::address(var_spins, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::float(var_8);
    // for r in range(max_r):                                                                 <L 49>
    var_9 = wp::range(var_max_r);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // wp.atomic_add(corr, r, s0 * float(spins[i, (j + r) % m]))                          <L 50>
        var_11 = wp::add(var_1, var_10);
        var_12 = wp::mod(var_11, var_4);
        var_13 = wp::address(var_spins, var_0, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::float(var_15);
        var_16 = wp::mul(var_7, var_14);
        var_17 = wp::atomic_add(var_corr, var_10, var_16);
        goto start_for_0;
    end_for_0:;
}



void correlation_648efcc3_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_correlation_648efcc3 *_wp_args,
    wp_args_correlation_648efcc3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_spins = _wp_args->spins;
    wp::int32 var_max_r = _wp_args->max_r;
    wp::array_t<wp::float32> var_corr = _wp_args->corr;
    wp::array_t<wp::int8> adj_spins = _wp_adj_args->spins;
    wp::int32 adj_max_r = _wp_adj_args->max_r;
    wp::array_t<wp::float32> adj_corr = _wp_adj_args->corr;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::int8* var_6;
    wp::float32 var_7;
    wp::int8 var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int8* var_13;
    wp::float32 var_14;
    wp::int8 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int8 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int8 adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int8 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int8 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def correlation(spins: wp.array2d(dtype=wp.int8), max_r: int, corr: wp.array(dtype=float)):       <L 45>
    // i, j = wp.tid()                                                                        <L 46>
    builtin_tid2d(var_0, var_1);
    // m = spins.shape[1]                                                                     <L 47>
    var_2 = &(var_spins.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // s0 = float(spins[i, j])                                                                <L 48>
    var_6 = wp::address(var_spins, var_0, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::float(var_8);
    // for r in range(max_r):                                                                 <L 49>
    var_9 = wp::range(var_max_r);
    //---------
    // reverse
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
        // wp.atomic_add(corr, r, s0 * float(spins[i, (j + r) % m]))                          <L 50>
        var_11 = wp::add(var_1, var_10);
        var_12 = wp::mod(var_11, var_4);
        var_13 = wp::address(var_spins, var_0, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::float(var_15);
        var_16 = wp::mul(var_7, var_14);
        // var_17 = wp::atomic_add(var_corr, var_10, var_16);
        wp::adj_atomic_add(var_corr, var_10, var_16, adj_corr, adj_10, adj_16, adj_17);
        wp::adj_mul(var_7, var_14, adj_7, adj_14, adj_16);
        wp::adj_float(var_15, adj_13, adj_14);
        wp::adj_address(var_spins, var_0, var_12, adj_spins, adj_0, adj_12, adj_13);
        wp::adj_mod(var_11, var_4, adj_11, adj_4, adj_12);
        wp::adj_add(var_1, var_10, adj_1, adj_10, adj_11);
        // adj: wp.atomic_add(corr, r, s0 * float(spins[i, (j + r) % m]))                     <L 50>
    	goto start_for_0;
    end_for_0:;
    // adj: for r in range(max_r):                                                            <L 49>
    wp::adj_float(var_8, adj_6, adj_7);
    wp::adj_address(var_spins, var_0, var_1, adj_spins, adj_0, adj_1, adj_6);
    // adj: s0 = float(spins[i, j])                                                           <L 48>
    adj_spins.shape = adj_2;
    // adj: m = spins.shape[1]                                                                <L 47>
    // adj: i, j = wp.tid()                                                                   <L 46>
    // adj: def correlation(spins: wp.array2d(dtype=wp.int8), max_r: int, corr: wp.array(dtype=float)):  <L 45>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void correlation_648efcc3_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_correlation_648efcc3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        correlation_648efcc3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void correlation_648efcc3_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_correlation_648efcc3 *_wp_args,
    wp_args_correlation_648efcc3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        correlation_648efcc3_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

