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


// corpus/080_electrostatics.py:7
static wp::vec_t<3, wp::float32> coulomb_field_0(
    wp::float32 var_q,
    wp::vec_t<3, wp::float32> var_src,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_soft)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 8987551792.3;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def coulomb_field(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> wp.vec3:         <L 8>
    // r = p - src                                                                            <L 9>
    var_0 = wp::sub(var_p, var_src);
    // d2 = wp.dot(r, r) + soft * soft                                                        <L 10>
    var_1 = wp::dot(var_0, var_0);
    var_2 = wp::mul(var_soft, var_soft);
    var_3 = wp::add(var_1, var_2);
    // return r * (COULOMB_K * q / (d2 * wp.sqrt(d2)))                                        <L 11>
    var_5 = wp::mul(var_4, var_q);
    var_6 = wp::sqrt(var_3);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::div(var_5, var_7);
    var_9 = wp::mul(var_0, var_8);
    return var_9;
}


// corpus/080_electrostatics.py:14
static wp::float32 coulomb_potential_0(
    wp::float32 var_q,
    wp::vec_t<3, wp::float32> var_src,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_soft)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::float32 var_1 = 8987551792.3;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def coulomb_potential(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> float:       <L 15>
    // r = p - src                                                                            <L 16>
    var_0 = wp::sub(var_p, var_src);
    // return COULOMB_K * q / wp.sqrt(wp.dot(r, r) + soft * soft)                             <L 17>
    var_2 = wp::mul(var_1, var_q);
    var_3 = wp::dot(var_0, var_0);
    var_4 = wp::mul(var_soft, var_soft);
    var_5 = wp::add(var_3, var_4);
    var_6 = wp::sqrt(var_5);
    var_7 = wp::div(var_2, var_6);
    return var_7;
}


// corpus/080_electrostatics.py:7
static void adj_coulomb_field_0(
    wp::float32 var_q,
    wp::vec_t<3, wp::float32> var_src,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_soft,
    wp::float32 & adj_q,
    wp::vec_t<3, wp::float32> & adj_src,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_soft,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 8987551792.3;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def coulomb_field(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> wp.vec3:         <L 8>
    // r = p - src                                                                            <L 9>
    var_0 = wp::sub(var_p, var_src);
    // d2 = wp.dot(r, r) + soft * soft                                                        <L 10>
    var_1 = wp::dot(var_0, var_0);
    var_2 = wp::mul(var_soft, var_soft);
    var_3 = wp::add(var_1, var_2);
    // return r * (COULOMB_K * q / (d2 * wp.sqrt(d2)))                                        <L 11>
    var_5 = wp::mul(var_4, var_q);
    var_6 = wp::sqrt(var_3);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::div(var_5, var_7);
    var_9 = wp::mul(var_0, var_8);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_mul(var_0, var_8, adj_0, adj_8, adj_9);
    wp::adj_div(var_5, var_7, var_8, adj_5, adj_7, adj_8);
    wp::adj_mul(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_sqrt(var_3, var_6, adj_3, adj_6);
    wp::adj_mul(var_4, var_q, adj_4, adj_q, adj_5);
    // adj: return r * (COULOMB_K * q / (d2 * wp.sqrt(d2)))                                   <L 11>
    wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_mul(var_soft, var_soft, adj_soft, adj_soft, adj_2);
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_1);
    // adj: d2 = wp.dot(r, r) + soft * soft                                                   <L 10>
    wp::adj_sub(var_p, var_src, adj_p, adj_src, adj_0);
    // adj: r = p - src                                                                       <L 9>
    // adj: def coulomb_field(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> wp.vec3:    <L 8>
    return;
}


// corpus/080_electrostatics.py:14
static void adj_coulomb_potential_0(
    wp::float32 var_q,
    wp::vec_t<3, wp::float32> var_src,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_soft,
    wp::float32 & adj_q,
    wp::vec_t<3, wp::float32> & adj_src,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_soft,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::float32 var_1 = 8987551792.3;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def coulomb_potential(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> float:       <L 15>
    // r = p - src                                                                            <L 16>
    var_0 = wp::sub(var_p, var_src);
    // return COULOMB_K * q / wp.sqrt(wp.dot(r, r) + soft * soft)                             <L 17>
    var_2 = wp::mul(var_1, var_q);
    var_3 = wp::dot(var_0, var_0);
    var_4 = wp::mul(var_soft, var_soft);
    var_5 = wp::add(var_3, var_4);
    var_6 = wp::sqrt(var_5);
    var_7 = wp::div(var_2, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_div(var_2, var_6, var_7, adj_2, adj_6, adj_7);
    wp::adj_sqrt(var_5, var_6, adj_5, adj_6);
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_mul(var_soft, var_soft, adj_soft, adj_soft, adj_4);
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_3);
    wp::adj_mul(var_1, var_q, adj_1, adj_q, adj_2);
    // adj: return COULOMB_K * q / wp.sqrt(wp.dot(r, r) + soft * soft)                        <L 17>
    wp::adj_sub(var_p, var_src, adj_p, adj_src, adj_0);
    // adj: r = p - src                                                                       <L 16>
    // adj: def coulomb_potential(q: float, src: wp.vec3, p: wp.vec3, soft: float) -> float:  <L 15>
    return;
}

struct wp_args_field_on_grid_a1ef8616 {
    wp::array_t<wp::float32> charges;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::vec_t<3, wp::float32> origin;
    wp::float32 spacing;
    wp::float32 soft;
    wp::array_t<wp::vec_t<3, wp::float32>> E;
    wp::array_t<wp::float32> V;
};


void field_on_grid_a1ef8616_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_field_on_grid_a1ef8616 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_charges = _wp_args->charges;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_origin = _wp_args->origin;
    wp::float32 var_spacing = _wp_args->spacing;
    wp::float32 var_soft = _wp_args->soft;
    wp::array_t<wp::vec_t<3, wp::float32>> var_E = _wp_args->E;
    wp::array_t<wp::float32> var_V = _wp_args->V;
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
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::range_t var_16;
    wp::int32 var_17;
    wp::float32* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    //---------
    // forward
    // def field_on_grid(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), origin: wp.vec3, spacing: float, soft: float, E: wp.array3d(dtype=wp.vec3), V: wp.array3d(dtype=float)):       <L 21>
    // i, j, k = wp.tid()                                                                     <L 22>
    builtin_tid3d(var_0, var_1, var_2);
    // p = origin + wp.vec3(float(i), float(j), float(k)) * spacing                           <L 23>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::float(var_2);
    var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
    var_7 = wp::mul(var_6, var_spacing);
    var_8 = wp::add(var_origin, var_7);
    // e = wp.vec3()                                                                          <L 24>
    var_9 = wp::vec_t<3, wp::float32>();
    // v = float(0.0)                                                                         <L 25>
    var_11 = wp::float(var_10);
    // for c in range(charges.shape[0]):                                                      <L 26>
    var_12 = &(var_charges.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    var_16 = wp::range(var_14);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
        // e += coulomb_field(charges[c], positions[c], p, soft)                              <L 27>
        var_18 = wp::address(var_charges, var_17);
        var_19 = wp::address(var_positions, var_17);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = coulomb_field_0(var_21, var_22, var_8, var_soft);
        var_23 = wp::add(var_9, var_20);
        // v += coulomb_potential(charges[c], positions[c], p, soft)                          <L 28>
        var_24 = wp::address(var_charges, var_17);
        var_25 = wp::address(var_positions, var_17);
        var_27 = wp::load(var_24);
        var_28 = wp::load(var_25);
        var_26 = coulomb_potential_0(var_27, var_28, var_8, var_soft);
        var_29 = wp::add(var_11, var_26);
        wp::assign(var_9, var_23);
        wp::assign(var_11, var_29);
        goto start_for_0;
    end_for_0:;
    // E[i, j, k] = e                                                                         <L 29>
    wp::array_store(var_E, var_0, var_1, var_2, var_9);
    // V[i, j, k] = v                                                                         <L 30>
    wp::array_store(var_V, var_0, var_1, var_2, var_11);
}



void field_on_grid_a1ef8616_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_field_on_grid_a1ef8616 *_wp_args,
    wp_args_field_on_grid_a1ef8616 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_charges = _wp_args->charges;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_origin = _wp_args->origin;
    wp::float32 var_spacing = _wp_args->spacing;
    wp::float32 var_soft = _wp_args->soft;
    wp::array_t<wp::vec_t<3, wp::float32>> var_E = _wp_args->E;
    wp::array_t<wp::float32> var_V = _wp_args->V;
    wp::array_t<wp::float32> adj_charges = _wp_adj_args->charges;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::vec_t<3, wp::float32> adj_origin = _wp_adj_args->origin;
    wp::float32 adj_spacing = _wp_adj_args->spacing;
    wp::float32 adj_soft = _wp_adj_args->soft;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_E = _wp_adj_args->E;
    wp::array_t<wp::float32> adj_V = _wp_adj_args->V;
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
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::range_t var_16;
    wp::int32 var_17;
    wp::float32* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32* var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
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
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::range_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    //---------
    // forward
    // def field_on_grid(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), origin: wp.vec3, spacing: float, soft: float, E: wp.array3d(dtype=wp.vec3), V: wp.array3d(dtype=float)):       <L 21>
    // i, j, k = wp.tid()                                                                     <L 22>
    builtin_tid3d(var_0, var_1, var_2);
    // p = origin + wp.vec3(float(i), float(j), float(k)) * spacing                           <L 23>
    var_3 = wp::float(var_0);
    var_4 = wp::float(var_1);
    var_5 = wp::float(var_2);
    var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
    var_7 = wp::mul(var_6, var_spacing);
    var_8 = wp::add(var_origin, var_7);
    // e = wp.vec3()                                                                          <L 24>
    var_9 = wp::vec_t<3, wp::float32>();
    // v = float(0.0)                                                                         <L 25>
    var_11 = wp::float(var_10);
    // for c in range(charges.shape[0]):                                                      <L 26>
    var_12 = &(var_charges.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    var_16 = wp::range(var_14);
    // E[i, j, k] = e                                                                         <L 29>
    // wp::array_store(var_E, var_0, var_1, var_2, var_9);
    // V[i, j, k] = v                                                                         <L 30>
    // wp::array_store(var_V, var_0, var_1, var_2, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_V, var_0, var_1, var_2, var_11, adj_V, adj_0, adj_1, adj_2, adj_11);
    // adj: V[i, j, k] = v                                                                    <L 30>
    wp::adj_array_store(var_E, var_0, var_1, var_2, var_9, adj_E, adj_0, adj_1, adj_2, adj_9);
    // adj: E[i, j, k] = e                                                                    <L 29>
    var_16 = wp::iter_reverse(var_16);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
        // e += coulomb_field(charges[c], positions[c], p, soft)                              <L 27>
        var_18 = wp::address(var_charges, var_17);
        var_19 = wp::address(var_positions, var_17);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = coulomb_field_0(var_21, var_22, var_8, var_soft);
        var_23 = wp::add(var_9, var_20);
        // v += coulomb_potential(charges[c], positions[c], p, soft)                          <L 28>
        var_24 = wp::address(var_charges, var_17);
        var_25 = wp::address(var_positions, var_17);
        var_27 = wp::load(var_24);
        var_28 = wp::load(var_25);
        var_26 = coulomb_potential_0(var_27, var_28, var_8, var_soft);
        var_29 = wp::add(var_11, var_26);
        wp::assign(var_9, var_23);
        wp::assign(var_11, var_29);
        wp::adj_assign(var_11, var_29, adj_11, adj_29);
        wp::adj_assign(var_9, var_23, adj_9, adj_23);
        wp::adj_add(var_11, var_26, adj_11, adj_26, adj_29);
        adj_coulomb_potential_0(var_27, var_28, var_8, var_soft, adj_24, adj_25, adj_8, adj_soft, adj_26);
        wp::adj_address(var_positions, var_17, adj_positions, adj_17, adj_25);
        wp::adj_address(var_charges, var_17, adj_charges, adj_17, adj_24);
        // adj: v += coulomb_potential(charges[c], positions[c], p, soft)                     <L 28>
        wp::adj_add(var_9, var_20, adj_9, adj_20, adj_23);
        adj_coulomb_field_0(var_21, var_22, var_8, var_soft, adj_18, adj_19, adj_8, adj_soft, adj_20);
        wp::adj_address(var_positions, var_17, adj_positions, adj_17, adj_19);
        wp::adj_address(var_charges, var_17, adj_charges, adj_17, adj_18);
        // adj: e += coulomb_field(charges[c], positions[c], p, soft)                         <L 27>
    	goto start_for_0;
    end_for_0:;
    adj_charges.shape = adj_12;
    // adj: for c in range(charges.shape[0]):                                                 <L 26>
    wp::adj_float(var_10, adj_10, adj_11);
    // adj: v = float(0.0)                                                                    <L 25>
    // adj: e = wp.vec3()                                                                     <L 24>
    wp::adj_add(var_origin, var_7, adj_origin, adj_7, adj_8);
    wp::adj_mul(var_6, var_spacing, adj_6, adj_spacing, adj_7);
    wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
    wp::adj_float(var_2, adj_2, adj_5);
    wp::adj_float(var_1, adj_1, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: p = origin + wp.vec3(float(i), float(j), float(k)) * spacing                      <L 23>
    // adj: i, j, k = wp.tid()                                                                <L 22>
    // adj: def field_on_grid(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), origin: wp.vec3, spacing: float, soft: float, E: wp.array3d(dtype=wp.vec3), V: wp.array3d(dtype=float)):  <L 21>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void field_on_grid_a1ef8616_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_field_on_grid_a1ef8616 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        field_on_grid_a1ef8616_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void field_on_grid_a1ef8616_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_field_on_grid_a1ef8616 *_wp_args,
    wp_args_field_on_grid_a1ef8616 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        field_on_grid_a1ef8616_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_trace_field_lines_73046241 {
    wp::array_t<wp::vec_t<3, wp::float32>> seeds;
    wp::array_t<wp::float32> charges;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::float32 step;
    wp::float32 soft;
    wp::array_t<wp::vec_t<3, wp::float32>> lines;
    wp::array_t<wp::int32> lengths;
};


void trace_field_lines_73046241_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_trace_field_lines_73046241 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_seeds = _wp_args->seeds;
    wp::array_t<wp::float32> var_charges = _wp_args->charges;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_step = _wp_args->step;
    wp::float32 var_soft = _wp_args->soft;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lines = _wp_args->lines;
    wp::array_t<wp::int32> var_lengths = _wp_args->lengths;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::shape_t* var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::shape_t var_17;
    wp::range_t var_18;
    wp::int32 var_19;
    wp::float32* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 1e-12;
    bool var_28;
    wp::int32 var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    const bool var_33 = false;
    bool var_34;
    wp::shape_t* var_35;
    const wp::int32 var_36 = 0;
    wp::int32 var_37;
    wp::shape_t var_38;
    wp::range_t var_39;
    wp::int32 var_40;
    bool var_41;
    wp::float32* var_42;
    const wp::float32 var_43 = 0.0;
    bool var_44;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32>* var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::float32 var_49;
    bool var_50;
    const bool var_51 = true;
    bool var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::int32 var_54;
    //---------
    // forward
    // def trace_field_lines(seeds: wp.array(dtype=wp.vec3), charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), step: float, soft: float, lines: wp.array2d(dtype=wp.vec3), lengths: wp.array(dtype=int)):       <L 34>
    // s = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // p = seeds[s]                                                                           <L 36>
    var_1 = wp::address(var_seeds, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // max_pts = lines.shape[1]                                                               <L 37>
    var_4 = &(var_lines.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // n = int(0)                                                                             <L 38>
    var_9 = wp::int(var_8);
    // while n < max_pts:                                                                     <L 39>
    start_while_0:;
    var_10 = (var_9 < var_6);
    if ((var_10) == false) goto end_while_0;
        // lines[s, n] = p                                                                    <L 40>
        wp::array_store(var_lines, var_0, var_9, var_2);
        // n += 1                                                                             <L 41>
        var_12 = wp::add(var_9, var_11);
        // e = wp.vec3()                                                                      <L 42>
        var_13 = wp::vec_t<3, wp::float32>();
        // for c in range(charges.shape[0]):                                                  <L 43>
        var_14 = &(var_charges.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_18 = wp::range(var_16);
        start_for_2:;
            if (iter_cmp(var_18) == 0) goto end_for_2;
            var_19 = wp::iter_next(var_18);
            // e += coulomb_field(charges[c], positions[c], p, soft)                          <L 44>
            var_20 = wp::address(var_charges, var_19);
            var_21 = wp::address(var_positions, var_19);
            var_23 = wp::load(var_20);
            var_24 = wp::load(var_21);
            var_22 = coulomb_field_0(var_23, var_24, var_2, var_soft);
            var_25 = wp::add(var_13, var_22);
            wp::assign(var_13, var_25);
            goto start_for_2;
        end_for_2:;
        // el = wp.length(e)                                                                  <L 45>
        var_26 = wp::length(var_13);
        // if el < 1.0e-12:                                                                   <L 46>
        var_28 = (var_26 < var_27);
        if (var_28) {
            // break                                                                          <L 47>
            wp::assign(var_9, var_12);
            goto end_while_0;
        }
        var_29 = wp::where(var_28, var_9, var_12);
        // p = p + e * (step / el)                                                            <L 48>
        var_30 = wp::div(var_step, var_26);
        var_31 = wp::mul(var_13, var_30);
        var_32 = wp::add(var_2, var_31);
        // hit_sink = bool(False)                                                             <L 49>
        var_34 = bool(var_33);
        // for c in range(charges.shape[0]):                                                  <L 50>
        var_35 = &(var_charges.shape);
        var_38 = wp::load(var_35);
        var_37 = wp::extract(var_38, var_36);
        var_39 = wp::range(var_37);
        start_for_4:;
            if (iter_cmp(var_39) == 0) goto end_for_4;
            var_40 = wp::iter_next(var_39);
            // if charges[c] < 0.0 and wp.length(p - positions[c]) < step:                    <L 51>
            var_42 = wp::address(var_charges, var_40);
            var_45 = wp::load(var_42);
            var_44 = (var_45 < var_43);
            var_41 = var_44;
            if (var_41) {
                var_46 = wp::address(var_positions, var_40);
                var_48 = wp::load(var_46);
                var_47 = wp::sub(var_32, var_48);
                var_49 = wp::length(var_47);
                var_50 = (var_49 < var_step);
                var_41 = var_41 && var_50;
            }
            if (var_41) {
                // hit_sink = True                                                            <L 52>
            }
            var_52 = wp::where(var_41, var_51, var_34);
            wp::assign(var_34, var_52);
            goto start_for_4;
        end_for_4:;
        // if hit_sink:                                                                       <L 53>
        if (var_34) {
            // break                                                                          <L 54>
            wp::assign(var_2, var_32);
            wp::assign(var_9, var_29);
            goto end_while_0;
        }
        var_53 = wp::where(var_34, var_2, var_32);
        var_54 = wp::where(var_34, var_9, var_29);
        wp::assign(var_2, var_53);
        wp::assign(var_9, var_54);
    goto start_while_0;
    end_while_0:;
    // lengths[s] = n                                                                         <L 55>
    wp::array_store(var_lengths, var_0, var_9);
}



void trace_field_lines_73046241_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_trace_field_lines_73046241 *_wp_args,
    wp_args_trace_field_lines_73046241 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_seeds = _wp_args->seeds;
    wp::array_t<wp::float32> var_charges = _wp_args->charges;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_step = _wp_args->step;
    wp::float32 var_soft = _wp_args->soft;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lines = _wp_args->lines;
    wp::array_t<wp::int32> var_lengths = _wp_args->lengths;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_seeds = _wp_adj_args->seeds;
    wp::array_t<wp::float32> adj_charges = _wp_adj_args->charges;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::float32 adj_step = _wp_adj_args->step;
    wp::float32 adj_soft = _wp_adj_args->soft;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lines = _wp_adj_args->lines;
    wp::array_t<wp::int32> adj_lengths = _wp_adj_args->lengths;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::shape_t* var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::shape_t var_17;
    wp::range_t var_18;
    wp::int32 var_19;
    wp::float32* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 1e-12;
    bool var_28;
    wp::int32 var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    const bool var_33 = false;
    bool var_34;
    wp::shape_t* var_35;
    const wp::int32 var_36 = 0;
    wp::int32 var_37;
    wp::shape_t var_38;
    wp::range_t var_39;
    wp::int32 var_40;
    bool var_41;
    wp::float32* var_42;
    const wp::float32 var_43 = 0.0;
    bool var_44;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32>* var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::float32 var_49;
    bool var_50;
    const bool var_51 = true;
    bool var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::int32 var_54;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::shape_t adj_17 = {};
    wp::range_t adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    bool adj_33 = {};
    bool adj_34 = {};
    wp::shape_t adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::shape_t adj_38 = {};
    wp::range_t adj_39 = {};
    wp::int32 adj_40 = {};
    bool adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    bool adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::float32 adj_49 = {};
    bool adj_50 = {};
    bool adj_51 = {};
    bool adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::int32 adj_54 = {};
    //---------
    // forward
    // def trace_field_lines(seeds: wp.array(dtype=wp.vec3), charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), step: float, soft: float, lines: wp.array2d(dtype=wp.vec3), lengths: wp.array(dtype=int)):       <L 34>
    // s = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // p = seeds[s]                                                                           <L 36>
    var_1 = wp::address(var_seeds, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // max_pts = lines.shape[1]                                                               <L 37>
    var_4 = &(var_lines.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // n = int(0)                                                                             <L 38>
    var_9 = wp::int(var_8);
    // while n < max_pts:                                                                     <L 39>
    // lengths[s] = n                                                                         <L 55>
    // wp::array_store(var_lengths, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_lengths, var_0, var_9, adj_lengths, adj_0, adj_9);
    // adj: lengths[s] = n                                                                    <L 55>
    start_while_0:;
    var_10 = (var_9 < var_6);
    if ((var_10) == false) goto end_while_0;
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
    adj_14 = {};
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_26 = {};
    adj_27 = {};
    adj_28 = {};
    adj_29 = {};
    adj_30 = {};
    adj_31 = {};
    adj_32 = {};
    adj_33 = {};
    adj_34 = {};
    adj_35 = {};
    adj_36 = {};
    adj_37 = {};
    adj_38 = {};
    adj_39 = {};
    adj_53 = {};
    adj_54 = {};
        // lines[s, n] = p                                                                    <L 40>
        // wp::array_store(var_lines, var_0, var_9, var_2);
        // n += 1                                                                             <L 41>
        var_12 = wp::add(var_9, var_11);
        // e = wp.vec3()                                                                      <L 42>
        var_13 = wp::vec_t<3, wp::float32>();
        // for c in range(charges.shape[0]):                                                  <L 43>
        var_14 = &(var_charges.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_18 = wp::range(var_16);
        // el = wp.length(e)                                                                  <L 45>
        var_26 = wp::length(var_13);
        // if el < 1.0e-12:                                                                   <L 46>
        var_28 = (var_26 < var_27);
        if (var_28) {
            // break                                                                          <L 47>
            wp::assign(var_9, var_12);
            goto end_while_0;
        }
        var_29 = wp::where(var_28, var_9, var_12);
        // p = p + e * (step / el)                                                            <L 48>
        var_30 = wp::div(var_step, var_26);
        var_31 = wp::mul(var_13, var_30);
        var_32 = wp::add(var_2, var_31);
        // hit_sink = bool(False)                                                             <L 49>
        var_34 = bool(var_33);
        // for c in range(charges.shape[0]):                                                  <L 50>
        var_35 = &(var_charges.shape);
        var_38 = wp::load(var_35);
        var_37 = wp::extract(var_38, var_36);
        var_39 = wp::range(var_37);
        // if hit_sink:                                                                       <L 53>
        if (var_34) {
            // break                                                                          <L 54>
            wp::assign(var_2, var_32);
            wp::assign(var_9, var_29);
            goto end_while_0;
        }
        var_53 = wp::where(var_34, var_2, var_32);
        var_54 = wp::where(var_34, var_9, var_29);
        wp::assign(var_2, var_53);
        wp::assign(var_9, var_54);
        wp::adj_assign(var_9, var_54, adj_9, adj_54);
        wp::adj_assign(var_2, var_53, adj_2, adj_53);
        wp::adj_where(var_34, var_9, var_29, adj_34, adj_9, adj_29, adj_54);
        wp::adj_where(var_34, var_2, var_32, adj_34, adj_2, adj_32, adj_53);
        if (var_34) {
            wp::adj_assign(var_9, var_29, adj_9, adj_29);
            wp::adj_assign(var_2, var_32, adj_2, adj_32);
            // adj: break                                                                     <L 54>
        }
        // adj: if hit_sink:                                                                  <L 53>
        var_39 = wp::iter_reverse(var_39);
        start_for_4:;
            if (iter_cmp(var_39) == 0) goto end_for_4;
            var_40 = wp::iter_next(var_39);
        	adj_41 = {};
        	adj_42 = {};
        	adj_43 = {};
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
        	adj_49 = {};
        	adj_50 = {};
        	adj_51 = {};
        	adj_52 = {};
            // if charges[c] < 0.0 and wp.length(p - positions[c]) < step:                    <L 51>
            var_42 = wp::address(var_charges, var_40);
            var_45 = wp::load(var_42);
            var_44 = (var_45 < var_43);
            var_41 = var_44;
            if (var_41) {
                var_46 = wp::address(var_positions, var_40);
                var_48 = wp::load(var_46);
                var_47 = wp::sub(var_32, var_48);
                var_49 = wp::length(var_47);
                var_50 = (var_49 < var_step);
                var_41 = var_41 && var_50;
            }
            if (var_41) {
                // hit_sink = True                                                            <L 52>
            }
            var_52 = wp::where(var_41, var_51, var_34);
            wp::assign(var_34, var_52);
            wp::adj_assign(var_34, var_52, adj_34, adj_52);
            wp::adj_where(var_41, var_51, var_34, adj_41, adj_51, adj_34, adj_52);
            if (var_41) {
                // adj: hit_sink = True                                                       <L 52>
            }
            if (var_41) {
                wp::adj_length(var_47, var_49, adj_47, adj_49);
                wp::adj_sub(var_32, var_48, adj_32, adj_46, adj_47);
                wp::adj_address(var_positions, var_40, adj_positions, adj_40, adj_46);
            }
            wp::adj_address(var_charges, var_40, adj_charges, adj_40, adj_42);
            // adj: if charges[c] < 0.0 and wp.length(p - positions[c]) < step:               <L 51>
        	goto start_for_4;
        end_for_4:;
        adj_charges.shape = adj_35;
        // adj: for c in range(charges.shape[0]):                                             <L 50>
        // adj: hit_sink = bool(False)                                                        <L 49>
        wp::adj_add(var_2, var_31, adj_2, adj_31, adj_32);
        wp::adj_mul(var_13, var_30, adj_13, adj_30, adj_31);
        wp::adj_div(var_step, var_26, var_30, adj_step, adj_26, adj_30);
        // adj: p = p + e * (step / el)                                                       <L 48>
        wp::adj_where(var_28, var_9, var_12, adj_28, adj_9, adj_12, adj_29);
        if (var_28) {
            wp::adj_assign(var_9, var_12, adj_9, adj_12);
            // adj: break                                                                     <L 47>
        }
        // adj: if el < 1.0e-12:                                                              <L 46>
        wp::adj_length(var_13, var_26, adj_13, adj_26);
        // adj: el = wp.length(e)                                                             <L 45>
        var_18 = wp::iter_reverse(var_18);
        start_for_2:;
            if (iter_cmp(var_18) == 0) goto end_for_2;
            var_19 = wp::iter_next(var_18);
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
            // e += coulomb_field(charges[c], positions[c], p, soft)                          <L 44>
            var_20 = wp::address(var_charges, var_19);
            var_21 = wp::address(var_positions, var_19);
            var_23 = wp::load(var_20);
            var_24 = wp::load(var_21);
            var_22 = coulomb_field_0(var_23, var_24, var_2, var_soft);
            var_25 = wp::add(var_13, var_22);
            wp::assign(var_13, var_25);
            wp::adj_assign(var_13, var_25, adj_13, adj_25);
            wp::adj_add(var_13, var_22, adj_13, adj_22, adj_25);
            adj_coulomb_field_0(var_23, var_24, var_2, var_soft, adj_20, adj_21, adj_2, adj_soft, adj_22);
            wp::adj_address(var_positions, var_19, adj_positions, adj_19, adj_21);
            wp::adj_address(var_charges, var_19, adj_charges, adj_19, adj_20);
            // adj: e += coulomb_field(charges[c], positions[c], p, soft)                     <L 44>
        	goto start_for_2;
        end_for_2:;
        adj_charges.shape = adj_14;
        // adj: for c in range(charges.shape[0]):                                             <L 43>
        // adj: e = wp.vec3()                                                                 <L 42>
        wp::adj_add(var_9, var_11, adj_9, adj_11, adj_12);
        // adj: n += 1                                                                        <L 41>
        wp::adj_array_store(var_lines, var_0, var_9, var_2, adj_lines, adj_0, adj_9, adj_2);
        // adj: lines[s, n] = p                                                               <L 40>
    goto start_while_0;
    end_while_0:;
    // adj: while n < max_pts:                                                                <L 39>
    // adj: n = int(0)                                                                        <L 38>
    adj_lines.shape = adj_4;
    // adj: max_pts = lines.shape[1]                                                          <L 37>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_seeds, var_0, adj_seeds, adj_0, adj_1);
    // adj: p = seeds[s]                                                                      <L 36>
    // adj: s = wp.tid()                                                                      <L 35>
    // adj: def trace_field_lines(seeds: wp.array(dtype=wp.vec3), charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), step: float, soft: float, lines: wp.array2d(dtype=wp.vec3), lengths: wp.array(dtype=int)):  <L 34>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void trace_field_lines_73046241_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_trace_field_lines_73046241 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        trace_field_lines_73046241_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void trace_field_lines_73046241_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_trace_field_lines_73046241 *_wp_args,
    wp_args_trace_field_lines_73046241 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        trace_field_lines_73046241_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_pairwise_energy_03179982 {
    wp::array_t<wp::float32> charges;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::float32 soft;
    wp::array_t<wp::float32> energy;
};


void pairwise_energy_03179982_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_pairwise_energy_03179982 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_charges = _wp_args->charges;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_soft = _wp_args->soft;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::float32* var_3;
    wp::float32* var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    //---------
    // forward
    // def pairwise_energy(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), soft: float, energy: wp.array(dtype=float)):       <L 59>
    // i, j = wp.tid()                                                                        <L 60>
    builtin_tid2d(var_0, var_1);
    // if j <= i:                                                                             <L 61>
    var_2 = (var_1 <= var_0);
    if (var_2) {
        // return                                                                             <L 62>
        return;
    }
    // u = charges[i] * coulomb_potential(charges[j], positions[j], positions[i], soft)       <L 63>
    var_3 = wp::address(var_charges, var_0);
    var_4 = wp::address(var_charges, var_1);
    var_5 = wp::address(var_positions, var_1);
    var_6 = wp::address(var_positions, var_0);
    var_8 = wp::load(var_4);
    var_9 = wp::load(var_5);
    var_10 = wp::load(var_6);
    var_7 = coulomb_potential_0(var_8, var_9, var_10, var_soft);
    var_12 = wp::load(var_3);
    var_11 = wp::mul(var_12, var_7);
    // wp.atomic_add(energy, 0, u)                                                            <L 64>
    var_14 = wp::atomic_add(var_energy, var_13, var_11);
}



void pairwise_energy_03179982_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_pairwise_energy_03179982 *_wp_args,
    wp_args_pairwise_energy_03179982 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_charges = _wp_args->charges;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_soft = _wp_args->soft;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::float32> adj_charges = _wp_adj_args->charges;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::float32 adj_soft = _wp_adj_args->soft;
    wp::array_t<wp::float32> adj_energy = _wp_adj_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::float32* var_3;
    wp::float32* var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def pairwise_energy(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), soft: float, energy: wp.array(dtype=float)):       <L 59>
    // i, j = wp.tid()                                                                        <L 60>
    builtin_tid2d(var_0, var_1);
    // if j <= i:                                                                             <L 61>
    var_2 = (var_1 <= var_0);
    if (var_2) {
        // return                                                                             <L 62>
        goto label0;
    }
    // u = charges[i] * coulomb_potential(charges[j], positions[j], positions[i], soft)       <L 63>
    var_3 = wp::address(var_charges, var_0);
    var_4 = wp::address(var_charges, var_1);
    var_5 = wp::address(var_positions, var_1);
    var_6 = wp::address(var_positions, var_0);
    var_8 = wp::load(var_4);
    var_9 = wp::load(var_5);
    var_10 = wp::load(var_6);
    var_7 = coulomb_potential_0(var_8, var_9, var_10, var_soft);
    var_12 = wp::load(var_3);
    var_11 = wp::mul(var_12, var_7);
    // wp.atomic_add(energy, 0, u)                                                            <L 64>
    // var_14 = wp::atomic_add(var_energy, var_13, var_11);
    //---------
    // reverse
    wp::adj_atomic_add(var_energy, var_13, var_11, adj_energy, adj_13, adj_11, adj_14);
    // adj: wp.atomic_add(energy, 0, u)                                                       <L 64>
    wp::adj_mul(var_12, var_7, adj_3, adj_7, adj_11);
    adj_coulomb_potential_0(var_8, var_9, var_10, var_soft, adj_4, adj_5, adj_6, adj_soft, adj_7);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_6);
    wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_5);
    wp::adj_address(var_charges, var_1, adj_charges, adj_1, adj_4);
    wp::adj_address(var_charges, var_0, adj_charges, adj_0, adj_3);
    // adj: u = charges[i] * coulomb_potential(charges[j], positions[j], positions[i], soft)  <L 63>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 62>
    }
    // adj: if j <= i:                                                                        <L 61>
    // adj: i, j = wp.tid()                                                                   <L 60>
    // adj: def pairwise_energy(charges: wp.array(dtype=float), positions: wp.array(dtype=wp.vec3), soft: float, energy: wp.array(dtype=float)):  <L 59>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void pairwise_energy_03179982_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_pairwise_energy_03179982 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        pairwise_energy_03179982_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void pairwise_energy_03179982_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_pairwise_energy_03179982 *_wp_args,
    wp_args_pairwise_energy_03179982 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        pairwise_energy_03179982_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_gauss_flux_06a61ffb {
    wp::array_t<wp::vec_t<3, wp::float32>> E;
    wp::float32 spacing;
    wp::array_t<wp::float32> flux;
};


void gauss_flux_06a61ffb_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_gauss_flux_06a61ffb *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_E = _wp_args->E;
    wp::float32 var_spacing = _wp_args->spacing;
    wp::array_t<wp::float32> var_flux = _wp_args->flux;
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
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    bool var_19;
    wp::vec_t<3, wp::float32>* var_20;
    const wp::int32 var_21 = 0;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    bool var_29;
    wp::vec_t<3, wp::float32>* var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 0;
    bool var_38;
    wp::vec_t<3, wp::float32>* var_39;
    const wp::int32 var_40 = 1;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    bool var_48;
    wp::vec_t<3, wp::float32>* var_49;
    const wp::int32 var_50 = 1;
    wp::float32 var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::int32 var_56 = 0;
    bool var_57;
    wp::vec_t<3, wp::float32>* var_58;
    const wp::int32 var_59 = 2;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    bool var_67;
    wp::vec_t<3, wp::float32>* var_68;
    const wp::int32 var_69 = 2;
    wp::float32 var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    const wp::float32 var_75 = 0.0;
    bool var_76;
    const wp::int32 var_77 = 0;
    const wp::float32 var_78 = 8.8541878128e-12;
    wp::float32 var_79;
    wp::float32 var_80;
    //---------
    // forward
    // def gauss_flux(E: wp.array3d(dtype=wp.vec3), spacing: float, flux: wp.array(dtype=float)):       <L 68>
    // i, j, k = wp.tid()                                                                     <L 69>
    builtin_tid3d(var_0, var_1, var_2);
    // nx = E.shape[0]                                                                        <L 70>
    var_3 = &(var_E.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // ny = E.shape[1]                                                                        <L 71>
    var_7 = &(var_E.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // nz = E.shape[2]                                                                        <L 72>
    var_11 = &(var_E.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    // a = spacing * spacing                                                                  <L 73>
    var_15 = wp::mul(var_spacing, var_spacing);
    // f = float(0.0)                                                                         <L 74>
    var_17 = wp::float(var_16);
    // if i == 0:                                                                             <L 75>
    var_19 = (var_0 == var_18);
    if (var_19) {
        // f -= E[i, j, k][0] * a                                                             <L 76>
        var_20 = wp::address(var_E, var_0, var_1, var_2);
        var_23 = wp::load(var_20);
        var_22 = wp::extract(var_23, var_21);
        var_24 = wp::mul(var_22, var_15);
        var_25 = wp::sub(var_17, var_24);
    }
    var_26 = wp::where(var_19, var_25, var_17);
    // if i == nx - 1:                                                                        <L 77>
    var_28 = wp::sub(var_5, var_27);
    var_29 = (var_0 == var_28);
    if (var_29) {
        // f += E[i, j, k][0] * a                                                             <L 78>
        var_30 = wp::address(var_E, var_0, var_1, var_2);
        var_33 = wp::load(var_30);
        var_32 = wp::extract(var_33, var_31);
        var_34 = wp::mul(var_32, var_15);
        var_35 = wp::add(var_26, var_34);
    }
    var_36 = wp::where(var_29, var_35, var_26);
    // if j == 0:                                                                             <L 79>
    var_38 = (var_1 == var_37);
    if (var_38) {
        // f -= E[i, j, k][1] * a                                                             <L 80>
        var_39 = wp::address(var_E, var_0, var_1, var_2);
        var_42 = wp::load(var_39);
        var_41 = wp::extract(var_42, var_40);
        var_43 = wp::mul(var_41, var_15);
        var_44 = wp::sub(var_36, var_43);
    }
    var_45 = wp::where(var_38, var_44, var_36);
    // if j == ny - 1:                                                                        <L 81>
    var_47 = wp::sub(var_9, var_46);
    var_48 = (var_1 == var_47);
    if (var_48) {
        // f += E[i, j, k][1] * a                                                             <L 82>
        var_49 = wp::address(var_E, var_0, var_1, var_2);
        var_52 = wp::load(var_49);
        var_51 = wp::extract(var_52, var_50);
        var_53 = wp::mul(var_51, var_15);
        var_54 = wp::add(var_45, var_53);
    }
    var_55 = wp::where(var_48, var_54, var_45);
    // if k == 0:                                                                             <L 83>
    var_57 = (var_2 == var_56);
    if (var_57) {
        // f -= E[i, j, k][2] * a                                                             <L 84>
        var_58 = wp::address(var_E, var_0, var_1, var_2);
        var_61 = wp::load(var_58);
        var_60 = wp::extract(var_61, var_59);
        var_62 = wp::mul(var_60, var_15);
        var_63 = wp::sub(var_55, var_62);
    }
    var_64 = wp::where(var_57, var_63, var_55);
    // if k == nz - 1:                                                                        <L 85>
    var_66 = wp::sub(var_13, var_65);
    var_67 = (var_2 == var_66);
    if (var_67) {
        // f += E[i, j, k][2] * a                                                             <L 86>
        var_68 = wp::address(var_E, var_0, var_1, var_2);
        var_71 = wp::load(var_68);
        var_70 = wp::extract(var_71, var_69);
        var_72 = wp::mul(var_70, var_15);
        var_73 = wp::add(var_64, var_72);
    }
    var_74 = wp::where(var_67, var_73, var_64);
    // if f != 0.0:                                                                           <L 87>
    var_76 = (var_74 != var_75);
    if (var_76) {
        // wp.atomic_add(flux, 0, f * EPS0)                                                   <L 88>
        var_79 = wp::mul(var_74, var_78);
        var_80 = wp::atomic_add(var_flux, var_77, var_79);
    }
}



void gauss_flux_06a61ffb_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_gauss_flux_06a61ffb *_wp_args,
    wp_args_gauss_flux_06a61ffb *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_E = _wp_args->E;
    wp::float32 var_spacing = _wp_args->spacing;
    wp::array_t<wp::float32> var_flux = _wp_args->flux;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_E = _wp_adj_args->E;
    wp::float32 adj_spacing = _wp_adj_args->spacing;
    wp::array_t<wp::float32> adj_flux = _wp_adj_args->flux;
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
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    bool var_19;
    wp::vec_t<3, wp::float32>* var_20;
    const wp::int32 var_21 = 0;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    bool var_29;
    wp::vec_t<3, wp::float32>* var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 0;
    bool var_38;
    wp::vec_t<3, wp::float32>* var_39;
    const wp::int32 var_40 = 1;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    bool var_48;
    wp::vec_t<3, wp::float32>* var_49;
    const wp::int32 var_50 = 1;
    wp::float32 var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::int32 var_56 = 0;
    bool var_57;
    wp::vec_t<3, wp::float32>* var_58;
    const wp::int32 var_59 = 2;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    bool var_67;
    wp::vec_t<3, wp::float32>* var_68;
    const wp::int32 var_69 = 2;
    wp::float32 var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    const wp::float32 var_75 = 0.0;
    bool var_76;
    const wp::int32 var_77 = 0;
    const wp::float32 var_78 = 8.8541878128e-12;
    wp::float32 var_79;
    wp::float32 var_80;
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
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    bool adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    bool adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    bool adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    bool adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::int32 adj_56 = {};
    bool adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    bool adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::int32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    bool adj_76 = {};
    wp::int32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    //---------
    // forward
    // def gauss_flux(E: wp.array3d(dtype=wp.vec3), spacing: float, flux: wp.array(dtype=float)):       <L 68>
    // i, j, k = wp.tid()                                                                     <L 69>
    builtin_tid3d(var_0, var_1, var_2);
    // nx = E.shape[0]                                                                        <L 70>
    var_3 = &(var_E.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // ny = E.shape[1]                                                                        <L 71>
    var_7 = &(var_E.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // nz = E.shape[2]                                                                        <L 72>
    var_11 = &(var_E.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    // a = spacing * spacing                                                                  <L 73>
    var_15 = wp::mul(var_spacing, var_spacing);
    // f = float(0.0)                                                                         <L 74>
    var_17 = wp::float(var_16);
    // if i == 0:                                                                             <L 75>
    var_19 = (var_0 == var_18);
    if (var_19) {
        // f -= E[i, j, k][0] * a                                                             <L 76>
        var_20 = wp::address(var_E, var_0, var_1, var_2);
        var_23 = wp::load(var_20);
        var_22 = wp::extract(var_23, var_21);
        var_24 = wp::mul(var_22, var_15);
        var_25 = wp::sub(var_17, var_24);
    }
    var_26 = wp::where(var_19, var_25, var_17);
    // if i == nx - 1:                                                                        <L 77>
    var_28 = wp::sub(var_5, var_27);
    var_29 = (var_0 == var_28);
    if (var_29) {
        // f += E[i, j, k][0] * a                                                             <L 78>
        var_30 = wp::address(var_E, var_0, var_1, var_2);
        var_33 = wp::load(var_30);
        var_32 = wp::extract(var_33, var_31);
        var_34 = wp::mul(var_32, var_15);
        var_35 = wp::add(var_26, var_34);
    }
    var_36 = wp::where(var_29, var_35, var_26);
    // if j == 0:                                                                             <L 79>
    var_38 = (var_1 == var_37);
    if (var_38) {
        // f -= E[i, j, k][1] * a                                                             <L 80>
        var_39 = wp::address(var_E, var_0, var_1, var_2);
        var_42 = wp::load(var_39);
        var_41 = wp::extract(var_42, var_40);
        var_43 = wp::mul(var_41, var_15);
        var_44 = wp::sub(var_36, var_43);
    }
    var_45 = wp::where(var_38, var_44, var_36);
    // if j == ny - 1:                                                                        <L 81>
    var_47 = wp::sub(var_9, var_46);
    var_48 = (var_1 == var_47);
    if (var_48) {
        // f += E[i, j, k][1] * a                                                             <L 82>
        var_49 = wp::address(var_E, var_0, var_1, var_2);
        var_52 = wp::load(var_49);
        var_51 = wp::extract(var_52, var_50);
        var_53 = wp::mul(var_51, var_15);
        var_54 = wp::add(var_45, var_53);
    }
    var_55 = wp::where(var_48, var_54, var_45);
    // if k == 0:                                                                             <L 83>
    var_57 = (var_2 == var_56);
    if (var_57) {
        // f -= E[i, j, k][2] * a                                                             <L 84>
        var_58 = wp::address(var_E, var_0, var_1, var_2);
        var_61 = wp::load(var_58);
        var_60 = wp::extract(var_61, var_59);
        var_62 = wp::mul(var_60, var_15);
        var_63 = wp::sub(var_55, var_62);
    }
    var_64 = wp::where(var_57, var_63, var_55);
    // if k == nz - 1:                                                                        <L 85>
    var_66 = wp::sub(var_13, var_65);
    var_67 = (var_2 == var_66);
    if (var_67) {
        // f += E[i, j, k][2] * a                                                             <L 86>
        var_68 = wp::address(var_E, var_0, var_1, var_2);
        var_71 = wp::load(var_68);
        var_70 = wp::extract(var_71, var_69);
        var_72 = wp::mul(var_70, var_15);
        var_73 = wp::add(var_64, var_72);
    }
    var_74 = wp::where(var_67, var_73, var_64);
    // if f != 0.0:                                                                           <L 87>
    var_76 = (var_74 != var_75);
    if (var_76) {
        // wp.atomic_add(flux, 0, f * EPS0)                                                   <L 88>
        var_79 = wp::mul(var_74, var_78);
        // var_80 = wp::atomic_add(var_flux, var_77, var_79);
    }
    //---------
    // reverse
    if (var_76) {
        wp::adj_atomic_add(var_flux, var_77, var_79, adj_flux, adj_77, adj_79, adj_80);
        wp::adj_mul(var_74, var_78, adj_74, adj_78, adj_79);
        // adj: wp.atomic_add(flux, 0, f * EPS0)                                              <L 88>
    }
    // adj: if f != 0.0:                                                                      <L 87>
    wp::adj_where(var_67, var_73, var_64, adj_67, adj_73, adj_64, adj_74);
    if (var_67) {
        wp::adj_add(var_64, var_72, adj_64, adj_72, adj_73);
        wp::adj_mul(var_70, var_15, adj_70, adj_15, adj_72);
        wp::adj_extract(var_71, var_69, adj_68, adj_69, adj_70);
        wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_68);
        // adj: f += E[i, j, k][2] * a                                                        <L 86>
    }
    wp::adj_sub(var_13, var_65, adj_13, adj_65, adj_66);
    // adj: if k == nz - 1:                                                                   <L 85>
    wp::adj_where(var_57, var_63, var_55, adj_57, adj_63, adj_55, adj_64);
    if (var_57) {
        wp::adj_sub(var_55, var_62, adj_55, adj_62, adj_63);
        wp::adj_mul(var_60, var_15, adj_60, adj_15, adj_62);
        wp::adj_extract(var_61, var_59, adj_58, adj_59, adj_60);
        wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_58);
        // adj: f -= E[i, j, k][2] * a                                                        <L 84>
    }
    // adj: if k == 0:                                                                        <L 83>
    wp::adj_where(var_48, var_54, var_45, adj_48, adj_54, adj_45, adj_55);
    if (var_48) {
        wp::adj_add(var_45, var_53, adj_45, adj_53, adj_54);
        wp::adj_mul(var_51, var_15, adj_51, adj_15, adj_53);
        wp::adj_extract(var_52, var_50, adj_49, adj_50, adj_51);
        wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_49);
        // adj: f += E[i, j, k][1] * a                                                        <L 82>
    }
    wp::adj_sub(var_9, var_46, adj_9, adj_46, adj_47);
    // adj: if j == ny - 1:                                                                   <L 81>
    wp::adj_where(var_38, var_44, var_36, adj_38, adj_44, adj_36, adj_45);
    if (var_38) {
        wp::adj_sub(var_36, var_43, adj_36, adj_43, adj_44);
        wp::adj_mul(var_41, var_15, adj_41, adj_15, adj_43);
        wp::adj_extract(var_42, var_40, adj_39, adj_40, adj_41);
        wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_39);
        // adj: f -= E[i, j, k][1] * a                                                        <L 80>
    }
    // adj: if j == 0:                                                                        <L 79>
    wp::adj_where(var_29, var_35, var_26, adj_29, adj_35, adj_26, adj_36);
    if (var_29) {
        wp::adj_add(var_26, var_34, adj_26, adj_34, adj_35);
        wp::adj_mul(var_32, var_15, adj_32, adj_15, adj_34);
        wp::adj_extract(var_33, var_31, adj_30, adj_31, adj_32);
        wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_30);
        // adj: f += E[i, j, k][0] * a                                                        <L 78>
    }
    wp::adj_sub(var_5, var_27, adj_5, adj_27, adj_28);
    // adj: if i == nx - 1:                                                                   <L 77>
    wp::adj_where(var_19, var_25, var_17, adj_19, adj_25, adj_17, adj_26);
    if (var_19) {
        wp::adj_sub(var_17, var_24, adj_17, adj_24, adj_25);
        wp::adj_mul(var_22, var_15, adj_22, adj_15, adj_24);
        wp::adj_extract(var_23, var_21, adj_20, adj_21, adj_22);
        wp::adj_address(var_E, var_0, var_1, var_2, adj_E, adj_0, adj_1, adj_2, adj_20);
        // adj: f -= E[i, j, k][0] * a                                                        <L 76>
    }
    // adj: if i == 0:                                                                        <L 75>
    wp::adj_float(var_16, adj_16, adj_17);
    // adj: f = float(0.0)                                                                    <L 74>
    wp::adj_mul(var_spacing, var_spacing, adj_spacing, adj_spacing, adj_15);
    // adj: a = spacing * spacing                                                             <L 73>
    adj_E.shape = adj_11;
    // adj: nz = E.shape[2]                                                                   <L 72>
    adj_E.shape = adj_7;
    // adj: ny = E.shape[1]                                                                   <L 71>
    adj_E.shape = adj_3;
    // adj: nx = E.shape[0]                                                                   <L 70>
    // adj: i, j, k = wp.tid()                                                                <L 69>
    // adj: def gauss_flux(E: wp.array3d(dtype=wp.vec3), spacing: float, flux: wp.array(dtype=float)):  <L 68>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void gauss_flux_06a61ffb_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_gauss_flux_06a61ffb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gauss_flux_06a61ffb_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void gauss_flux_06a61ffb_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_gauss_flux_06a61ffb *_wp_args,
    wp_args_gauss_flux_06a61ffb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gauss_flux_06a61ffb_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

