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


struct BoidParams_b6a4232b
{
    wp::float32 view_radius;
    wp::float32 separation_radius;
    wp::float32 w_align;
    wp::float32 w_cohesion;
    wp::float32 w_separation;
    wp::float32 max_speed;
    wp::float32 max_force;
    wp::float32 cell;
    wp::vec_t<2, wp::int32> dims;


    BoidParams_b6a4232b() = default;
    CUDA_CALLABLE BoidParams_b6a4232b(wp::float32 const& view_radius,
    wp::float32 const& separation_radius = {},
    wp::float32 const& w_align = {},
    wp::float32 const& w_cohesion = {},
    wp::float32 const& w_separation = {},
    wp::float32 const& max_speed = {},
    wp::float32 const& max_force = {},
    wp::float32 const& cell = {},
    wp::vec_t<2, wp::int32> const& dims = {})
        : view_radius{view_radius}
        , separation_radius{separation_radius}
        , w_align{w_align}
        , w_cohesion{w_cohesion}
        , w_separation{w_separation}
        , max_speed{max_speed}
        , max_force{max_force}
        , cell{cell}
        , dims{dims}

    {
    }

    CUDA_CALLABLE BoidParams_b6a4232b& operator += (const BoidParams_b6a4232b& rhs)
    {    view_radius += rhs.view_radius;
    separation_radius += rhs.separation_radius;
    w_align += rhs.w_align;
    w_cohesion += rhs.w_cohesion;
    w_separation += rhs.w_separation;
    max_speed += rhs.max_speed;
    max_force += rhs.max_force;
    cell += rhs.cell;
    dims += rhs.dims;

        return *this;}

};

static CUDA_CALLABLE void adj_BoidParams_b6a4232b(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<2, wp::int32> const&,
    wp::float32 & adj_view_radius,
    wp::float32 & adj_separation_radius,
    wp::float32 & adj_w_align,
    wp::float32 & adj_w_cohesion,
    wp::float32 & adj_w_separation,
    wp::float32 & adj_max_speed,
    wp::float32 & adj_max_force,
    wp::float32 & adj_cell,
    wp::vec_t<2, wp::int32> & adj_dims,
    BoidParams_b6a4232b & adj_ret)
{
    adj_view_radius += adj_ret.view_radius;
    adj_separation_radius += adj_ret.separation_radius;
    adj_w_align += adj_ret.w_align;
    adj_w_cohesion += adj_ret.w_cohesion;
    adj_w_separation += adj_ret.w_separation;
    adj_max_speed += adj_ret.max_speed;
    adj_max_force += adj_ret.max_force;
    adj_cell += adj_ret.cell;
    adj_dims += adj_ret.dims;
}

// Required when compiling adjoints.
CUDA_CALLABLE BoidParams_b6a4232b add(const BoidParams_b6a4232b& a, const BoidParams_b6a4232b& b)
{
    return BoidParams_b6a4232b();
}

CUDA_CALLABLE void adj_atomic_add(BoidParams_b6a4232b* p, BoidParams_b6a4232b t)
{
    wp::adj_atomic_add(&p->view_radius, t.view_radius);
    wp::adj_atomic_add(&p->separation_radius, t.separation_radius);
    wp::adj_atomic_add(&p->w_align, t.w_align);
    wp::adj_atomic_add(&p->w_cohesion, t.w_cohesion);
    wp::adj_atomic_add(&p->w_separation, t.w_separation);
    wp::adj_atomic_add(&p->max_speed, t.max_speed);
    wp::adj_atomic_add(&p->max_force, t.max_force);
    wp::adj_atomic_add(&p->cell, t.cell);
    wp::adj_atomic_add(&p->dims, t.dims);
}




// corpus/204_boids_uniform_grid.py:19
static wp::vec_t<2, wp::int32> cell_coords_0(
    wp::vec_t<2, wp::float32> var_p,
    BoidParams_b6a4232b var_prm)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::vec_t<2, wp::int32>* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::vec_t<2, wp::int32> var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 0;
    wp::vec_t<2, wp::int32>* var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::vec_t<2, wp::int32> var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::vec_t<2, wp::int32> var_28;
    //---------
    // forward
    // def cell_coords(p: wp.vec2, prm: BoidParams) -> wp.vec2i:                              <L 20>
    // cx = wp.clamp(int(p[0] / prm.cell), 0, prm.dims[0] - 1)                                <L 21>
    var_1 = wp::extract(var_p, var_0);
    var_2 = &((var_prm).cell);
    var_4 = wp::load(var_2);
    var_3 = wp::div(var_1, var_4);
    var_5 = wp::int(var_3);
    var_7 = &((var_prm).dims);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_12 = wp::sub(var_9, var_11);
    var_13 = wp::clamp(var_5, var_6, var_12);
    // cy = wp.clamp(int(p[1] / prm.cell), 0, prm.dims[1] - 1)                                <L 22>
    var_15 = wp::extract(var_p, var_14);
    var_16 = &((var_prm).cell);
    var_18 = wp::load(var_16);
    var_17 = wp::div(var_15, var_18);
    var_19 = wp::int(var_17);
    var_21 = &((var_prm).dims);
    var_24 = wp::load(var_21);
    var_23 = wp::extract(var_24, var_22);
    var_26 = wp::sub(var_23, var_25);
    var_27 = wp::clamp(var_19, var_20, var_26);
    // return wp.vec2i(cx, cy)                                                                <L 23>
    var_28 = wp::vec_t<2, wp::int32>(var_13, var_27);
    return var_28;
}


// corpus/204_boids_uniform_grid.py:26
static wp::vec_t<2, wp::float32> limit_0(
    wp::vec_t<2, wp::float32> var_v,
    wp::float32 var_m)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    wp::float32 var_2;
    wp::vec_t<2, wp::float32> var_3;
    //---------
    // forward
    // def limit(v: wp.vec2, m: float) -> wp.vec2:                                            <L 27>
    // l = wp.length(v)                                                                       <L 28>
    var_0 = wp::length(var_v);
    // if l > m:                                                                              <L 29>
    var_1 = (var_0 > var_m);
    if (var_1) {
        // return v * (m / l)                                                                 <L 30>
        var_2 = wp::div(var_m, var_0);
        var_3 = wp::mul(var_v, var_2);
        return var_3;
    }
    // return v                                                                               <L 31>
    return var_v;
}


// corpus/204_boids_uniform_grid.py:19
static void adj_cell_coords_0(
    wp::vec_t<2, wp::float32> var_p,
    BoidParams_b6a4232b var_prm,
    wp::vec_t<2, wp::float32> & adj_p,
    BoidParams_b6a4232b & adj_prm,
    wp::vec_t<2, wp::int32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::vec_t<2, wp::int32>* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::vec_t<2, wp::int32> var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 0;
    wp::vec_t<2, wp::int32>* var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::vec_t<2, wp::int32> var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::vec_t<2, wp::int32> var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<2, wp::int32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<2, wp::int32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::vec_t<2, wp::int32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::vec_t<2, wp::int32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::vec_t<2, wp::int32> adj_28 = {};
    //---------
    // forward
    // def cell_coords(p: wp.vec2, prm: BoidParams) -> wp.vec2i:                              <L 20>
    // cx = wp.clamp(int(p[0] / prm.cell), 0, prm.dims[0] - 1)                                <L 21>
    var_1 = wp::extract(var_p, var_0);
    var_2 = &((var_prm).cell);
    var_4 = wp::load(var_2);
    var_3 = wp::div(var_1, var_4);
    var_5 = wp::int(var_3);
    var_7 = &((var_prm).dims);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_12 = wp::sub(var_9, var_11);
    var_13 = wp::clamp(var_5, var_6, var_12);
    // cy = wp.clamp(int(p[1] / prm.cell), 0, prm.dims[1] - 1)                                <L 22>
    var_15 = wp::extract(var_p, var_14);
    var_16 = &((var_prm).cell);
    var_18 = wp::load(var_16);
    var_17 = wp::div(var_15, var_18);
    var_19 = wp::int(var_17);
    var_21 = &((var_prm).dims);
    var_24 = wp::load(var_21);
    var_23 = wp::extract(var_24, var_22);
    var_26 = wp::sub(var_23, var_25);
    var_27 = wp::clamp(var_19, var_20, var_26);
    // return wp.vec2i(cx, cy)                                                                <L 23>
    var_28 = wp::vec_t<2, wp::int32>(var_13, var_27);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_28 += adj_ret;
    wp::adj_vec_t(var_13, var_27, adj_13, adj_27, adj_28);
    // adj: return wp.vec2i(cx, cy)                                                           <L 23>
    wp::adj_clamp(var_19, var_20, var_26, adj_19, adj_20, adj_26, adj_27);
    wp::adj_sub(var_23, var_25, adj_23, adj_25, adj_26);
    wp::adj_extract(var_24, var_22, adj_21, adj_22, adj_23);
    adj_prm.dims = adj_21;
    wp::adj_div(var_15, var_18, var_17, adj_15, adj_16, adj_17);
    adj_prm.cell += adj_16;
    wp::adj_extract(var_p, var_14, adj_p, adj_14, adj_15);
    // adj: cy = wp.clamp(int(p[1] / prm.cell), 0, prm.dims[1] - 1)                           <L 22>
    wp::adj_clamp(var_5, var_6, var_12, adj_5, adj_6, adj_12, adj_13);
    wp::adj_sub(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
    adj_prm.dims = adj_7;
    wp::adj_div(var_1, var_4, var_3, adj_1, adj_2, adj_3);
    adj_prm.cell += adj_2;
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: cx = wp.clamp(int(p[0] / prm.cell), 0, prm.dims[0] - 1)                           <L 21>
    // adj: def cell_coords(p: wp.vec2, prm: BoidParams) -> wp.vec2i:                         <L 20>
    return;
}


// corpus/204_boids_uniform_grid.py:26
static void adj_limit_0(
    wp::vec_t<2, wp::float32> var_v,
    wp::float32 var_m,
    wp::vec_t<2, wp::float32> & adj_v,
    wp::float32 & adj_m,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    wp::float32 var_2;
    wp::vec_t<2, wp::float32> var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    //---------
    // forward
    // def limit(v: wp.vec2, m: float) -> wp.vec2:                                            <L 27>
    // l = wp.length(v)                                                                       <L 28>
    var_0 = wp::length(var_v);
    // if l > m:                                                                              <L 29>
    var_1 = (var_0 > var_m);
    if (var_1) {
        // return v * (m / l)                                                                 <L 30>
        var_2 = wp::div(var_m, var_0);
        var_3 = wp::mul(var_v, var_2);
        goto label0;
    }
    // return v                                                                               <L 31>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_v += adj_ret;
    // adj: return v                                                                          <L 31>
    if (var_1) {
        label0:;
        adj_3 += adj_ret;
        wp::adj_mul(var_v, var_2, adj_v, adj_2, adj_3);
        wp::adj_div(var_m, var_0, var_2, adj_m, adj_0, adj_2);
        // adj: return v * (m / l)                                                            <L 30>
    }
    // adj: if l > m:                                                                         <L 29>
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: l = wp.length(v)                                                                  <L 28>
    // adj: def limit(v: wp.vec2, m: float) -> wp.vec2:                                       <L 27>
    return;
}

struct wp_args_bin_boids_4d883b41 {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    BoidParams_b6a4232b prm;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::int32> slots;
};


void bin_boids_4d883b41_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bin_boids_4d883b41 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    BoidParams_b6a4232b var_prm = _wp_args->prm;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_slots = _wp_args->slots;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 16;
    bool var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    //---------
    // forward
    // def bin_boids(x: wp.array(dtype=wp.vec2), prm: BoidParams, counts: wp.array2d(dtype=int), slots: wp.array3d(dtype=int)):       <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // c = cell_coords(x[i], prm)                                                             <L 37>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = cell_coords_0(var_3, var_prm);
    // k = wp.atomic_add(counts, c[0], c[1], 1)                                               <L 38>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::atomic_add(var_counts, var_5, var_7, var_8);
    // if k < MAX_PER_CELL:                                                                   <L 39>
    var_11 = (var_9 < var_10);
    if (var_11) {
        // slots[c[0], c[1], k] = i                                                           <L 40>
        var_13 = wp::extract(var_2, var_12);
        var_15 = wp::extract(var_2, var_14);
        wp::array_store(var_slots, var_13, var_15, var_9, var_0);
    }
}



void bin_boids_4d883b41_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bin_boids_4d883b41 *_wp_args,
    wp_args_bin_boids_4d883b41 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    BoidParams_b6a4232b var_prm = _wp_args->prm;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_slots = _wp_args->slots;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    BoidParams_b6a4232b adj_prm = _wp_adj_args->prm;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::int32> adj_slots = _wp_adj_args->slots;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::int32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 16;
    bool var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::int32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    //---------
    // forward
    // def bin_boids(x: wp.array(dtype=wp.vec2), prm: BoidParams, counts: wp.array2d(dtype=int), slots: wp.array3d(dtype=int)):       <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // c = cell_coords(x[i], prm)                                                             <L 37>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = cell_coords_0(var_3, var_prm);
    // k = wp.atomic_add(counts, c[0], c[1], 1)                                               <L 38>
    var_5 = wp::extract(var_2, var_4);
    var_7 = wp::extract(var_2, var_6);
    // var_9 = wp::atomic_add(var_counts, var_5, var_7, var_8);
    // if k < MAX_PER_CELL:                                                                   <L 39>
    var_11 = (var_9 < var_10);
    if (var_11) {
        // slots[c[0], c[1], k] = i                                                           <L 40>
        var_13 = wp::extract(var_2, var_12);
        var_15 = wp::extract(var_2, var_14);
        // wp::array_store(var_slots, var_13, var_15, var_9, var_0);
    }
    //---------
    // reverse
    if (var_11) {
        wp::adj_array_store(var_slots, var_13, var_15, var_9, var_0, adj_slots, adj_13, adj_15, adj_9, adj_0);
        wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
        wp::adj_extract(var_2, var_12, adj_2, adj_12, adj_13);
        // adj: slots[c[0], c[1], k] = i                                                      <L 40>
    }
    // adj: if k < MAX_PER_CELL:                                                              <L 39>
    wp::adj_atomic_add(var_counts, var_5, var_7, var_8, adj_counts, adj_5, adj_7, adj_8, adj_9);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: k = wp.atomic_add(counts, c[0], c[1], 1)                                          <L 38>
    adj_cell_coords_0(var_3, var_prm, adj_1, adj_prm, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: c = cell_coords(x[i], prm)                                                        <L 37>
    // adj: i = wp.tid()                                                                      <L 36>
    // adj: def bin_boids(x: wp.array(dtype=wp.vec2), prm: BoidParams, counts: wp.array2d(dtype=int), slots: wp.array3d(dtype=int)):  <L 35>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void bin_boids_4d883b41_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bin_boids_4d883b41 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bin_boids_4d883b41_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void bin_boids_4d883b41_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bin_boids_4d883b41 *_wp_args,
    wp_args_bin_boids_4d883b41 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bin_boids_4d883b41_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_steer_774b33d3 {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::float32>> v;
    BoidParams_b6a4232b prm;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::int32> slots;
    wp::array_t<wp::vec_t<2, wp::float32>> acc;
};


void steer_774b33d3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_steer_774b33d3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    BoidParams_b6a4232b var_prm = _wp_args->prm;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_slots = _wp_args->slots;
    wp::array_t<wp::vec_t<2, wp::float32>> var_acc = _wp_args->acc;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::int32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    const wp::int32 var_10 = -1;
    const wp::int32 var_11 = -1;
    const wp::int32 var_12 = 2;
    wp::range_t var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    bool var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    const wp::int32 var_24 = 0;
    bool var_25;
    wp::vec_t<2, wp::int32>* var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    wp::vec_t<2, wp::int32> var_29;
    bool var_30;
    wp::vec_t<2, wp::int32>* var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::vec_t<2, wp::int32> var_34;
    bool var_35;
    wp::int32* var_36;
    const wp::int32 var_37 = 16;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::range_t var_40;
    wp::int32 var_41;
    wp::int32* var_42;
    wp::int32 var_43;
    wp::int32 var_44;
    bool var_45;
    wp::vec_t<2, wp::float32>* var_46;
    wp::vec_t<2, wp::float32> var_47;
    wp::vec_t<2, wp::float32> var_48;
    wp::float32 var_49;
    wp::float32* var_50;
    bool var_51;
    wp::float32 var_52;
    wp::vec_t<2, wp::float32>* var_53;
    wp::vec_t<2, wp::float32> var_54;
    wp::vec_t<2, wp::float32> var_55;
    wp::vec_t<2, wp::float32>* var_56;
    wp::vec_t<2, wp::float32> var_57;
    wp::vec_t<2, wp::float32> var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    bool var_61;
    wp::float32* var_62;
    bool var_63;
    wp::float32 var_64;
    const wp::float32 var_65 = 1e-06;
    bool var_66;
    wp::float32 var_67;
    wp::vec_t<2, wp::float32> var_68;
    wp::vec_t<2, wp::float32> var_69;
    wp::vec_t<2, wp::float32> var_70;
    const wp::int32 var_71 = 0;
    const wp::int32 var_72 = -1;
    const wp::int32 var_73 = 2;
    wp::range_t var_74;
    wp::int32 var_75;
    const wp::int32 var_76 = 0;
    wp::int32 var_77;
    wp::int32 var_78;
    const wp::int32 var_79 = 1;
    wp::int32 var_80;
    wp::int32 var_81;
    bool var_82;
    const wp::int32 var_83 = 0;
    bool var_84;
    const wp::int32 var_85 = 0;
    bool var_86;
    wp::vec_t<2, wp::int32>* var_87;
    const wp::int32 var_88 = 0;
    wp::int32 var_89;
    wp::vec_t<2, wp::int32> var_90;
    bool var_91;
    wp::vec_t<2, wp::int32>* var_92;
    const wp::int32 var_93 = 1;
    wp::int32 var_94;
    wp::vec_t<2, wp::int32> var_95;
    bool var_96;
    wp::int32 var_97;
    wp::int32 var_98;
    wp::int32* var_99;
    wp::int32 var_100;
    wp::int32 var_101;
    wp::range_t var_102;
    wp::int32 var_103;
    wp::int32* var_104;
    wp::int32 var_105;
    wp::int32 var_106;
    bool var_107;
    wp::int32 var_108;
    wp::vec_t<2, wp::float32>* var_109;
    wp::vec_t<2, wp::float32> var_110;
    wp::vec_t<2, wp::float32> var_111;
    wp::float32 var_112;
    wp::float32* var_113;
    bool var_114;
    wp::float32 var_115;
    wp::int32 var_116;
    wp::vec_t<2, wp::float32> var_117;
    wp::float32 var_118;
    wp::vec_t<2, wp::float32>* var_119;
    wp::vec_t<2, wp::float32> var_120;
    wp::vec_t<2, wp::float32> var_121;
    wp::vec_t<2, wp::float32>* var_122;
    wp::vec_t<2, wp::float32> var_123;
    wp::vec_t<2, wp::float32> var_124;
    const wp::int32 var_125 = 1;
    wp::int32 var_126;
    bool var_127;
    wp::float32* var_128;
    bool var_129;
    wp::float32 var_130;
    const wp::float32 var_131 = 1e-06;
    bool var_132;
    wp::float32 var_133;
    wp::vec_t<2, wp::float32> var_134;
    wp::vec_t<2, wp::float32> var_135;
    wp::vec_t<2, wp::float32> var_136;
    const wp::int32 var_137 = 1;
    const wp::int32 var_138 = -1;
    const wp::int32 var_139 = 2;
    wp::range_t var_140;
    wp::int32 var_141;
    const wp::int32 var_142 = 0;
    wp::int32 var_143;
    wp::int32 var_144;
    const wp::int32 var_145 = 1;
    wp::int32 var_146;
    wp::int32 var_147;
    bool var_148;
    const wp::int32 var_149 = 0;
    bool var_150;
    const wp::int32 var_151 = 0;
    bool var_152;
    wp::vec_t<2, wp::int32>* var_153;
    const wp::int32 var_154 = 0;
    wp::int32 var_155;
    wp::vec_t<2, wp::int32> var_156;
    bool var_157;
    wp::vec_t<2, wp::int32>* var_158;
    const wp::int32 var_159 = 1;
    wp::int32 var_160;
    wp::vec_t<2, wp::int32> var_161;
    bool var_162;
    wp::int32 var_163;
    wp::int32 var_164;
    wp::int32* var_165;
    wp::int32 var_166;
    wp::int32 var_167;
    wp::range_t var_168;
    wp::int32 var_169;
    wp::int32* var_170;
    wp::int32 var_171;
    wp::int32 var_172;
    bool var_173;
    wp::int32 var_174;
    wp::vec_t<2, wp::float32>* var_175;
    wp::vec_t<2, wp::float32> var_176;
    wp::vec_t<2, wp::float32> var_177;
    wp::float32 var_178;
    wp::float32* var_179;
    bool var_180;
    wp::float32 var_181;
    wp::int32 var_182;
    wp::vec_t<2, wp::float32> var_183;
    wp::float32 var_184;
    wp::vec_t<2, wp::float32>* var_185;
    wp::vec_t<2, wp::float32> var_186;
    wp::vec_t<2, wp::float32> var_187;
    wp::vec_t<2, wp::float32>* var_188;
    wp::vec_t<2, wp::float32> var_189;
    wp::vec_t<2, wp::float32> var_190;
    const wp::int32 var_191 = 1;
    wp::int32 var_192;
    bool var_193;
    wp::float32* var_194;
    bool var_195;
    wp::float32 var_196;
    const wp::float32 var_197 = 1e-06;
    bool var_198;
    wp::float32 var_199;
    wp::vec_t<2, wp::float32> var_200;
    wp::vec_t<2, wp::float32> var_201;
    wp::vec_t<2, wp::float32> var_202;
    wp::vec_t<2, wp::float32> var_203;
    const wp::int32 var_204 = 0;
    bool var_205;
    const wp::float32 var_206 = 1.0;
    wp::float32 var_207;
    wp::float32 var_208;
    wp::vec_t<2, wp::float32> var_209;
    wp::vec_t<2, wp::float32>* var_210;
    wp::vec_t<2, wp::float32> var_211;
    wp::vec_t<2, wp::float32> var_212;
    wp::float32* var_213;
    wp::vec_t<2, wp::float32> var_214;
    wp::float32 var_215;
    wp::float32* var_216;
    wp::vec_t<2, wp::float32> var_217;
    wp::float32 var_218;
    wp::vec_t<2, wp::float32> var_219;
    wp::vec_t<2, wp::float32> var_220;
    wp::vec_t<2, wp::float32> var_221;
    wp::float32* var_222;
    wp::vec_t<2, wp::float32> var_223;
    wp::float32 var_224;
    wp::float32* var_225;
    wp::vec_t<2, wp::float32> var_226;
    wp::float32 var_227;
    wp::vec_t<2, wp::float32> var_228;
    wp::vec_t<2, wp::float32> var_229;
    wp::float32* var_230;
    wp::vec_t<2, wp::float32> var_231;
    wp::float32 var_232;
    wp::float32* var_233;
    wp::vec_t<2, wp::float32> var_234;
    wp::float32 var_235;
    wp::vec_t<2, wp::float32> var_236;
    //---------
    // forward
    // def steer(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), prm: BoidParams, counts: wp.array2d(dtype=int), slots: wp.array3d(dtype=int), acc: wp.array(dtype=wp.vec2)):       <L 44>
    // i = wp.tid()                                                                           <L 45>
    var_0 = builtin_tid1d();
    // p = x[i]                                                                               <L 46>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = cell_coords(p, prm)                                                                <L 47>
    var_4 = cell_coords_0(var_2, var_prm);
    // align = wp.vec2()                                                                      <L 48>
    var_5 = wp::vec_t<2, wp::float32>();
    // center = wp.vec2()                                                                     <L 49>
    var_6 = wp::vec_t<2, wp::float32>();
    // sep = wp.vec2()                                                                        <L 50>
    var_7 = wp::vec_t<2, wp::float32>();
    // n = int(0)                                                                             <L 51>
    var_9 = wp::int(var_8);
    // for ox in range(-1, 2):                                                                <L 52>
    // for oy in range(-1, 2):                                                                <L 53>
    var_13 = wp::range(var_11, var_12);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
        // cx = c[0] + ox                                                                     <L 54>
        var_16 = wp::extract(var_4, var_15);
        var_17 = wp::add(var_16, var_10);
        // cy = c[1] + oy                                                                     <L 55>
        var_19 = wp::extract(var_4, var_18);
        var_20 = wp::add(var_19, var_14);
        // if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                     <L 56>
        var_23 = (var_17 < var_22);
        var_21 = var_23;
        if (!var_21) {
            var_25 = (var_20 < var_24);
            var_21 = var_21 || var_25;
        }
        if (!var_21) {
            var_26 = &((var_prm).dims);
            var_29 = wp::load(var_26);
            var_28 = wp::extract(var_29, var_27);
            var_30 = (var_17 >= var_28);
            var_21 = var_21 || var_30;
        }
        if (!var_21) {
            var_31 = &((var_prm).dims);
            var_34 = wp::load(var_31);
            var_33 = wp::extract(var_34, var_32);
            var_35 = (var_20 >= var_33);
            var_21 = var_21 || var_35;
        }
        if (var_21) {
            // continue                                                                       <L 57>
            goto start_for_0;
        }
        // cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                         <L 58>
        var_36 = wp::address(var_counts, var_17, var_20);
        var_39 = wp::load(var_36);
        var_38 = wp::min(var_39, var_37);
        // for s in range(cnt):                                                               <L 59>
        var_40 = wp::range(var_38);
        start_for_2:;
            if (iter_cmp(var_40) == 0) goto end_for_2;
            var_41 = wp::iter_next(var_40);
            // j = slots[cx, cy, s]                                                           <L 60>
            var_42 = wp::address(var_slots, var_17, var_20, var_41);
            var_44 = wp::load(var_42);
            var_43 = wp::copy(var_44);
            // if j == i:                                                                     <L 61>
            var_45 = (var_43 == var_0);
            if (var_45) {
                // continue                                                                   <L 62>
                goto start_for_2;
            }
            // d = x[j] - p                                                                   <L 63>
            var_46 = wp::address(var_x, var_43);
            var_48 = wp::load(var_46);
            var_47 = wp::sub(var_48, var_2);
            // dist = wp.length(d)                                                            <L 64>
            var_49 = wp::length(var_47);
            // if dist > prm.view_radius:                                                     <L 65>
            var_50 = &((var_prm).view_radius);
            var_52 = wp::load(var_50);
            var_51 = (var_49 > var_52);
            if (var_51) {
                // continue                                                                   <L 66>
                goto start_for_2;
            }
            // align += v[j]                                                                  <L 67>
            var_53 = wp::address(var_v, var_43);
            var_55 = wp::load(var_53);
            var_54 = wp::add(var_5, var_55);
            // center += x[j]                                                                 <L 68>
            var_56 = wp::address(var_x, var_43);
            var_58 = wp::load(var_56);
            var_57 = wp::add(var_6, var_58);
            // n += 1                                                                         <L 69>
            var_60 = wp::add(var_9, var_59);
            // if dist < prm.separation_radius and dist > 1.0e-6:                             <L 70>
            var_62 = &((var_prm).separation_radius);
            var_64 = wp::load(var_62);
            var_63 = (var_49 < var_64);
            var_61 = var_63;
            if (var_61) {
                var_66 = (var_49 > var_65);
                var_61 = var_61 && var_66;
            }
            if (var_61) {
                // sep -= d / (dist * dist)                                                   <L 71>
                var_67 = wp::mul(var_49, var_49);
                var_68 = wp::div(var_47, var_67);
                var_69 = wp::sub(var_7, var_68);
            }
            var_70 = wp::where(var_61, var_69, var_7);
            wp::assign(var_5, var_54);
            wp::assign(var_6, var_57);
            wp::assign(var_7, var_70);
            wp::assign(var_9, var_60);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // for oy in range(-1, 2):                                                                <L 53>
    var_74 = wp::range(var_72, var_73);
    start_for_4:;
        if (iter_cmp(var_74) == 0) goto end_for_4;
        var_75 = wp::iter_next(var_74);
        // cx = c[0] + ox                                                                     <L 54>
        var_77 = wp::extract(var_4, var_76);
        var_78 = wp::add(var_77, var_71);
        // cy = c[1] + oy                                                                     <L 55>
        var_80 = wp::extract(var_4, var_79);
        var_81 = wp::add(var_80, var_75);
        // if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                     <L 56>
        var_84 = (var_78 < var_83);
        var_82 = var_84;
        if (!var_82) {
            var_86 = (var_81 < var_85);
            var_82 = var_82 || var_86;
        }
        if (!var_82) {
            var_87 = &((var_prm).dims);
            var_90 = wp::load(var_87);
            var_89 = wp::extract(var_90, var_88);
            var_91 = (var_78 >= var_89);
            var_82 = var_82 || var_91;
        }
        if (!var_82) {
            var_92 = &((var_prm).dims);
            var_95 = wp::load(var_92);
            var_94 = wp::extract(var_95, var_93);
            var_96 = (var_81 >= var_94);
            var_82 = var_82 || var_96;
        }
        if (var_82) {
            // continue                                                                       <L 57>
            wp::assign(var_17, var_78);
            wp::assign(var_20, var_81);
            goto start_for_4;
        }
        var_97 = wp::where(var_82, var_17, var_78);
        var_98 = wp::where(var_82, var_20, var_81);
        // cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                         <L 58>
        var_99 = wp::address(var_counts, var_97, var_98);
        var_101 = wp::load(var_99);
        var_100 = wp::min(var_101, var_37);
        // for s in range(cnt):                                                               <L 59>
        var_102 = wp::range(var_100);
        start_for_6:;
            if (iter_cmp(var_102) == 0) goto end_for_6;
            var_103 = wp::iter_next(var_102);
            // j = slots[cx, cy, s]                                                           <L 60>
            var_104 = wp::address(var_slots, var_97, var_98, var_103);
            var_106 = wp::load(var_104);
            var_105 = wp::copy(var_106);
            // if j == i:                                                                     <L 61>
            var_107 = (var_105 == var_0);
            if (var_107) {
                // continue                                                                   <L 62>
                wp::assign(var_43, var_105);
                goto start_for_6;
            }
            var_108 = wp::where(var_107, var_43, var_105);
            // d = x[j] - p                                                                   <L 63>
            var_109 = wp::address(var_x, var_108);
            var_111 = wp::load(var_109);
            var_110 = wp::sub(var_111, var_2);
            // dist = wp.length(d)                                                            <L 64>
            var_112 = wp::length(var_110);
            // if dist > prm.view_radius:                                                     <L 65>
            var_113 = &((var_prm).view_radius);
            var_115 = wp::load(var_113);
            var_114 = (var_112 > var_115);
            if (var_114) {
                // continue                                                                   <L 66>
                wp::assign(var_43, var_108);
                wp::assign(var_47, var_110);
                wp::assign(var_49, var_112);
                goto start_for_6;
            }
            var_116 = wp::where(var_114, var_43, var_108);
            var_117 = wp::where(var_114, var_47, var_110);
            var_118 = wp::where(var_114, var_49, var_112);
            // align += v[j]                                                                  <L 67>
            var_119 = wp::address(var_v, var_116);
            var_121 = wp::load(var_119);
            var_120 = wp::add(var_5, var_121);
            // center += x[j]                                                                 <L 68>
            var_122 = wp::address(var_x, var_116);
            var_124 = wp::load(var_122);
            var_123 = wp::add(var_6, var_124);
            // n += 1                                                                         <L 69>
            var_126 = wp::add(var_9, var_125);
            // if dist < prm.separation_radius and dist > 1.0e-6:                             <L 70>
            var_128 = &((var_prm).separation_radius);
            var_130 = wp::load(var_128);
            var_129 = (var_118 < var_130);
            var_127 = var_129;
            if (var_127) {
                var_132 = (var_118 > var_131);
                var_127 = var_127 && var_132;
            }
            if (var_127) {
                // sep -= d / (dist * dist)                                                   <L 71>
                var_133 = wp::mul(var_118, var_118);
                var_134 = wp::div(var_117, var_133);
                var_135 = wp::sub(var_7, var_134);
            }
            var_136 = wp::where(var_127, var_135, var_7);
            wp::assign(var_5, var_120);
            wp::assign(var_6, var_123);
            wp::assign(var_7, var_136);
            wp::assign(var_9, var_126);
            wp::assign(var_43, var_116);
            wp::assign(var_47, var_117);
            wp::assign(var_49, var_118);
            goto start_for_6;
        end_for_6:;
        wp::assign(var_17, var_97);
        wp::assign(var_20, var_98);
        wp::assign(var_38, var_100);
        wp::assign(var_41, var_103);
        goto start_for_4;
    end_for_4:;
    // for oy in range(-1, 2):                                                                <L 53>
    var_140 = wp::range(var_138, var_139);
    start_for_8:;
        if (iter_cmp(var_140) == 0) goto end_for_8;
        var_141 = wp::iter_next(var_140);
        // cx = c[0] + ox                                                                     <L 54>
        var_143 = wp::extract(var_4, var_142);
        var_144 = wp::add(var_143, var_137);
        // cy = c[1] + oy                                                                     <L 55>
        var_146 = wp::extract(var_4, var_145);
        var_147 = wp::add(var_146, var_141);
        // if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                     <L 56>
        var_150 = (var_144 < var_149);
        var_148 = var_150;
        if (!var_148) {
            var_152 = (var_147 < var_151);
            var_148 = var_148 || var_152;
        }
        if (!var_148) {
            var_153 = &((var_prm).dims);
            var_156 = wp::load(var_153);
            var_155 = wp::extract(var_156, var_154);
            var_157 = (var_144 >= var_155);
            var_148 = var_148 || var_157;
        }
        if (!var_148) {
            var_158 = &((var_prm).dims);
            var_161 = wp::load(var_158);
            var_160 = wp::extract(var_161, var_159);
            var_162 = (var_147 >= var_160);
            var_148 = var_148 || var_162;
        }
        if (var_148) {
            // continue                                                                       <L 57>
            wp::assign(var_17, var_144);
            wp::assign(var_20, var_147);
            goto start_for_8;
        }
        var_163 = wp::where(var_148, var_17, var_144);
        var_164 = wp::where(var_148, var_20, var_147);
        // cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                         <L 58>
        var_165 = wp::address(var_counts, var_163, var_164);
        var_167 = wp::load(var_165);
        var_166 = wp::min(var_167, var_37);
        // for s in range(cnt):                                                               <L 59>
        var_168 = wp::range(var_166);
        start_for_10:;
            if (iter_cmp(var_168) == 0) goto end_for_10;
            var_169 = wp::iter_next(var_168);
            // j = slots[cx, cy, s]                                                           <L 60>
            var_170 = wp::address(var_slots, var_163, var_164, var_169);
            var_172 = wp::load(var_170);
            var_171 = wp::copy(var_172);
            // if j == i:                                                                     <L 61>
            var_173 = (var_171 == var_0);
            if (var_173) {
                // continue                                                                   <L 62>
                wp::assign(var_43, var_171);
                goto start_for_10;
            }
            var_174 = wp::where(var_173, var_43, var_171);
            // d = x[j] - p                                                                   <L 63>
            var_175 = wp::address(var_x, var_174);
            var_177 = wp::load(var_175);
            var_176 = wp::sub(var_177, var_2);
            // dist = wp.length(d)                                                            <L 64>
            var_178 = wp::length(var_176);
            // if dist > prm.view_radius:                                                     <L 65>
            var_179 = &((var_prm).view_radius);
            var_181 = wp::load(var_179);
            var_180 = (var_178 > var_181);
            if (var_180) {
                // continue                                                                   <L 66>
                wp::assign(var_43, var_174);
                wp::assign(var_47, var_176);
                wp::assign(var_49, var_178);
                goto start_for_10;
            }
            var_182 = wp::where(var_180, var_43, var_174);
            var_183 = wp::where(var_180, var_47, var_176);
            var_184 = wp::where(var_180, var_49, var_178);
            // align += v[j]                                                                  <L 67>
            var_185 = wp::address(var_v, var_182);
            var_187 = wp::load(var_185);
            var_186 = wp::add(var_5, var_187);
            // center += x[j]                                                                 <L 68>
            var_188 = wp::address(var_x, var_182);
            var_190 = wp::load(var_188);
            var_189 = wp::add(var_6, var_190);
            // n += 1                                                                         <L 69>
            var_192 = wp::add(var_9, var_191);
            // if dist < prm.separation_radius and dist > 1.0e-6:                             <L 70>
            var_194 = &((var_prm).separation_radius);
            var_196 = wp::load(var_194);
            var_195 = (var_184 < var_196);
            var_193 = var_195;
            if (var_193) {
                var_198 = (var_184 > var_197);
                var_193 = var_193 && var_198;
            }
            if (var_193) {
                // sep -= d / (dist * dist)                                                   <L 71>
                var_199 = wp::mul(var_184, var_184);
                var_200 = wp::div(var_183, var_199);
                var_201 = wp::sub(var_7, var_200);
            }
            var_202 = wp::where(var_193, var_201, var_7);
            wp::assign(var_5, var_186);
            wp::assign(var_6, var_189);
            wp::assign(var_7, var_202);
            wp::assign(var_9, var_192);
            wp::assign(var_43, var_182);
            wp::assign(var_47, var_183);
            wp::assign(var_49, var_184);
            goto start_for_10;
        end_for_10:;
        wp::assign(var_17, var_163);
        wp::assign(var_20, var_164);
        wp::assign(var_38, var_166);
        wp::assign(var_41, var_169);
        goto start_for_8;
    end_for_8:;
    // f = wp.vec2()                                                                          <L 72>
    var_203 = wp::vec_t<2, wp::float32>();
    // if n > 0:                                                                              <L 73>
    var_205 = (var_9 > var_204);
    if (var_205) {
        // inv = 1.0 / float(n)                                                               <L 74>
        var_207 = wp::float(var_9);
        var_208 = wp::div(var_206, var_207);
        // f += limit(align * inv - v[i], prm.max_force) * prm.w_align                        <L 75>
        var_209 = wp::mul(var_5, var_208);
        var_210 = wp::address(var_v, var_0);
        var_212 = wp::load(var_210);
        var_211 = wp::sub(var_209, var_212);
        var_213 = &((var_prm).max_force);
        var_215 = wp::load(var_213);
        var_214 = limit_0(var_211, var_215);
        var_216 = &((var_prm).w_align);
        var_218 = wp::load(var_216);
        var_217 = wp::mul(var_214, var_218);
        var_219 = wp::add(var_203, var_217);
        // f += limit(center * inv - p, prm.max_force) * prm.w_cohesion                       <L 76>
        var_220 = wp::mul(var_6, var_208);
        var_221 = wp::sub(var_220, var_2);
        var_222 = &((var_prm).max_force);
        var_224 = wp::load(var_222);
        var_223 = limit_0(var_221, var_224);
        var_225 = &((var_prm).w_cohesion);
        var_227 = wp::load(var_225);
        var_226 = wp::mul(var_223, var_227);
        var_228 = wp::add(var_219, var_226);
    }
    var_229 = wp::where(var_205, var_228, var_203);
    // f += limit(sep, prm.max_force) * prm.w_separation                                      <L 77>
    var_230 = &((var_prm).max_force);
    var_232 = wp::load(var_230);
    var_231 = limit_0(var_7, var_232);
    var_233 = &((var_prm).w_separation);
    var_235 = wp::load(var_233);
    var_234 = wp::mul(var_231, var_235);
    var_236 = wp::add(var_229, var_234);
    // acc[i] = f                                                                             <L 78>
    wp::array_store(var_acc, var_0, var_236);
}



void steer_774b33d3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_steer_774b33d3 *_wp_args,
    wp_args_steer_774b33d3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    BoidParams_b6a4232b var_prm = _wp_args->prm;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_slots = _wp_args->slots;
    wp::array_t<wp::vec_t<2, wp::float32>> var_acc = _wp_args->acc;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v = _wp_adj_args->v;
    BoidParams_b6a4232b adj_prm = _wp_adj_args->prm;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::int32> adj_slots = _wp_adj_args->slots;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_acc = _wp_adj_args->acc;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::int32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    const wp::int32 var_10 = -1;
    const wp::int32 var_11 = -1;
    const wp::int32 var_12 = 2;
    wp::range_t var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    bool var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    const wp::int32 var_24 = 0;
    bool var_25;
    wp::vec_t<2, wp::int32>* var_26;
    const wp::int32 var_27 = 0;
    wp::int32 var_28;
    wp::vec_t<2, wp::int32> var_29;
    bool var_30;
    wp::vec_t<2, wp::int32>* var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::vec_t<2, wp::int32> var_34;
    bool var_35;
    wp::int32* var_36;
    const wp::int32 var_37 = 16;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::range_t var_40;
    wp::int32 var_41;
    wp::int32* var_42;
    wp::int32 var_43;
    wp::int32 var_44;
    bool var_45;
    wp::vec_t<2, wp::float32>* var_46;
    wp::vec_t<2, wp::float32> var_47;
    wp::vec_t<2, wp::float32> var_48;
    wp::float32 var_49;
    wp::float32* var_50;
    bool var_51;
    wp::float32 var_52;
    wp::vec_t<2, wp::float32>* var_53;
    wp::vec_t<2, wp::float32> var_54;
    wp::vec_t<2, wp::float32> var_55;
    wp::vec_t<2, wp::float32>* var_56;
    wp::vec_t<2, wp::float32> var_57;
    wp::vec_t<2, wp::float32> var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    bool var_61;
    wp::float32* var_62;
    bool var_63;
    wp::float32 var_64;
    const wp::float32 var_65 = 1e-06;
    bool var_66;
    wp::float32 var_67;
    wp::vec_t<2, wp::float32> var_68;
    wp::vec_t<2, wp::float32> var_69;
    wp::vec_t<2, wp::float32> var_70;
    const wp::int32 var_71 = 0;
    const wp::int32 var_72 = -1;
    const wp::int32 var_73 = 2;
    wp::range_t var_74;
    wp::int32 var_75;
    const wp::int32 var_76 = 0;
    wp::int32 var_77;
    wp::int32 var_78;
    const wp::int32 var_79 = 1;
    wp::int32 var_80;
    wp::int32 var_81;
    bool var_82;
    const wp::int32 var_83 = 0;
    bool var_84;
    const wp::int32 var_85 = 0;
    bool var_86;
    wp::vec_t<2, wp::int32>* var_87;
    const wp::int32 var_88 = 0;
    wp::int32 var_89;
    wp::vec_t<2, wp::int32> var_90;
    bool var_91;
    wp::vec_t<2, wp::int32>* var_92;
    const wp::int32 var_93 = 1;
    wp::int32 var_94;
    wp::vec_t<2, wp::int32> var_95;
    bool var_96;
    wp::int32 var_97;
    wp::int32 var_98;
    wp::int32* var_99;
    wp::int32 var_100;
    wp::int32 var_101;
    wp::range_t var_102;
    wp::int32 var_103;
    wp::int32* var_104;
    wp::int32 var_105;
    wp::int32 var_106;
    bool var_107;
    wp::int32 var_108;
    wp::vec_t<2, wp::float32>* var_109;
    wp::vec_t<2, wp::float32> var_110;
    wp::vec_t<2, wp::float32> var_111;
    wp::float32 var_112;
    wp::float32* var_113;
    bool var_114;
    wp::float32 var_115;
    wp::int32 var_116;
    wp::vec_t<2, wp::float32> var_117;
    wp::float32 var_118;
    wp::vec_t<2, wp::float32>* var_119;
    wp::vec_t<2, wp::float32> var_120;
    wp::vec_t<2, wp::float32> var_121;
    wp::vec_t<2, wp::float32>* var_122;
    wp::vec_t<2, wp::float32> var_123;
    wp::vec_t<2, wp::float32> var_124;
    const wp::int32 var_125 = 1;
    wp::int32 var_126;
    bool var_127;
    wp::float32* var_128;
    bool var_129;
    wp::float32 var_130;
    const wp::float32 var_131 = 1e-06;
    bool var_132;
    wp::float32 var_133;
    wp::vec_t<2, wp::float32> var_134;
    wp::vec_t<2, wp::float32> var_135;
    wp::vec_t<2, wp::float32> var_136;
    const wp::int32 var_137 = 1;
    const wp::int32 var_138 = -1;
    const wp::int32 var_139 = 2;
    wp::range_t var_140;
    wp::int32 var_141;
    const wp::int32 var_142 = 0;
    wp::int32 var_143;
    wp::int32 var_144;
    const wp::int32 var_145 = 1;
    wp::int32 var_146;
    wp::int32 var_147;
    bool var_148;
    const wp::int32 var_149 = 0;
    bool var_150;
    const wp::int32 var_151 = 0;
    bool var_152;
    wp::vec_t<2, wp::int32>* var_153;
    const wp::int32 var_154 = 0;
    wp::int32 var_155;
    wp::vec_t<2, wp::int32> var_156;
    bool var_157;
    wp::vec_t<2, wp::int32>* var_158;
    const wp::int32 var_159 = 1;
    wp::int32 var_160;
    wp::vec_t<2, wp::int32> var_161;
    bool var_162;
    wp::int32 var_163;
    wp::int32 var_164;
    wp::int32* var_165;
    wp::int32 var_166;
    wp::int32 var_167;
    wp::range_t var_168;
    wp::int32 var_169;
    wp::int32* var_170;
    wp::int32 var_171;
    wp::int32 var_172;
    bool var_173;
    wp::int32 var_174;
    wp::vec_t<2, wp::float32>* var_175;
    wp::vec_t<2, wp::float32> var_176;
    wp::vec_t<2, wp::float32> var_177;
    wp::float32 var_178;
    wp::float32* var_179;
    bool var_180;
    wp::float32 var_181;
    wp::int32 var_182;
    wp::vec_t<2, wp::float32> var_183;
    wp::float32 var_184;
    wp::vec_t<2, wp::float32>* var_185;
    wp::vec_t<2, wp::float32> var_186;
    wp::vec_t<2, wp::float32> var_187;
    wp::vec_t<2, wp::float32>* var_188;
    wp::vec_t<2, wp::float32> var_189;
    wp::vec_t<2, wp::float32> var_190;
    const wp::int32 var_191 = 1;
    wp::int32 var_192;
    bool var_193;
    wp::float32* var_194;
    bool var_195;
    wp::float32 var_196;
    const wp::float32 var_197 = 1e-06;
    bool var_198;
    wp::float32 var_199;
    wp::vec_t<2, wp::float32> var_200;
    wp::vec_t<2, wp::float32> var_201;
    wp::vec_t<2, wp::float32> var_202;
    wp::vec_t<2, wp::float32> var_203;
    const wp::int32 var_204 = 0;
    bool var_205;
    const wp::float32 var_206 = 1.0;
    wp::float32 var_207;
    wp::float32 var_208;
    wp::vec_t<2, wp::float32> var_209;
    wp::vec_t<2, wp::float32>* var_210;
    wp::vec_t<2, wp::float32> var_211;
    wp::vec_t<2, wp::float32> var_212;
    wp::float32* var_213;
    wp::vec_t<2, wp::float32> var_214;
    wp::float32 var_215;
    wp::float32* var_216;
    wp::vec_t<2, wp::float32> var_217;
    wp::float32 var_218;
    wp::vec_t<2, wp::float32> var_219;
    wp::vec_t<2, wp::float32> var_220;
    wp::vec_t<2, wp::float32> var_221;
    wp::float32* var_222;
    wp::vec_t<2, wp::float32> var_223;
    wp::float32 var_224;
    wp::float32* var_225;
    wp::vec_t<2, wp::float32> var_226;
    wp::float32 var_227;
    wp::vec_t<2, wp::float32> var_228;
    wp::vec_t<2, wp::float32> var_229;
    wp::float32* var_230;
    wp::vec_t<2, wp::float32> var_231;
    wp::float32 var_232;
    wp::float32* var_233;
    wp::vec_t<2, wp::float32> var_234;
    wp::float32 var_235;
    wp::vec_t<2, wp::float32> var_236;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::int32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::range_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    bool adj_25 = {};
    wp::vec_t<2, wp::int32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::vec_t<2, wp::int32> adj_29 = {};
    bool adj_30 = {};
    wp::vec_t<2, wp::int32> adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::vec_t<2, wp::int32> adj_34 = {};
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::range_t adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    bool adj_45 = {};
    wp::vec_t<2, wp::float32> adj_46 = {};
    wp::vec_t<2, wp::float32> adj_47 = {};
    wp::vec_t<2, wp::float32> adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    bool adj_51 = {};
    wp::float32 adj_52 = {};
    wp::vec_t<2, wp::float32> adj_53 = {};
    wp::vec_t<2, wp::float32> adj_54 = {};
    wp::vec_t<2, wp::float32> adj_55 = {};
    wp::vec_t<2, wp::float32> adj_56 = {};
    wp::vec_t<2, wp::float32> adj_57 = {};
    wp::vec_t<2, wp::float32> adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    bool adj_61 = {};
    wp::float32 adj_62 = {};
    bool adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    bool adj_66 = {};
    wp::float32 adj_67 = {};
    wp::vec_t<2, wp::float32> adj_68 = {};
    wp::vec_t<2, wp::float32> adj_69 = {};
    wp::vec_t<2, wp::float32> adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::range_t adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    bool adj_82 = {};
    wp::int32 adj_83 = {};
    bool adj_84 = {};
    wp::int32 adj_85 = {};
    bool adj_86 = {};
    wp::vec_t<2, wp::int32> adj_87 = {};
    wp::int32 adj_88 = {};
    wp::int32 adj_89 = {};
    wp::vec_t<2, wp::int32> adj_90 = {};
    bool adj_91 = {};
    wp::vec_t<2, wp::int32> adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::vec_t<2, wp::int32> adj_95 = {};
    bool adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::int32 adj_99 = {};
    wp::int32 adj_100 = {};
    wp::int32 adj_101 = {};
    wp::range_t adj_102 = {};
    wp::int32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    bool adj_107 = {};
    wp::int32 adj_108 = {};
    wp::vec_t<2, wp::float32> adj_109 = {};
    wp::vec_t<2, wp::float32> adj_110 = {};
    wp::vec_t<2, wp::float32> adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    bool adj_114 = {};
    wp::float32 adj_115 = {};
    wp::int32 adj_116 = {};
    wp::vec_t<2, wp::float32> adj_117 = {};
    wp::float32 adj_118 = {};
    wp::vec_t<2, wp::float32> adj_119 = {};
    wp::vec_t<2, wp::float32> adj_120 = {};
    wp::vec_t<2, wp::float32> adj_121 = {};
    wp::vec_t<2, wp::float32> adj_122 = {};
    wp::vec_t<2, wp::float32> adj_123 = {};
    wp::vec_t<2, wp::float32> adj_124 = {};
    wp::int32 adj_125 = {};
    wp::int32 adj_126 = {};
    bool adj_127 = {};
    wp::float32 adj_128 = {};
    bool adj_129 = {};
    wp::float32 adj_130 = {};
    wp::float32 adj_131 = {};
    bool adj_132 = {};
    wp::float32 adj_133 = {};
    wp::vec_t<2, wp::float32> adj_134 = {};
    wp::vec_t<2, wp::float32> adj_135 = {};
    wp::vec_t<2, wp::float32> adj_136 = {};
    wp::int32 adj_137 = {};
    wp::int32 adj_138 = {};
    wp::int32 adj_139 = {};
    wp::range_t adj_140 = {};
    wp::int32 adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    wp::int32 adj_144 = {};
    wp::int32 adj_145 = {};
    wp::int32 adj_146 = {};
    wp::int32 adj_147 = {};
    bool adj_148 = {};
    wp::int32 adj_149 = {};
    bool adj_150 = {};
    wp::int32 adj_151 = {};
    bool adj_152 = {};
    wp::vec_t<2, wp::int32> adj_153 = {};
    wp::int32 adj_154 = {};
    wp::int32 adj_155 = {};
    wp::vec_t<2, wp::int32> adj_156 = {};
    bool adj_157 = {};
    wp::vec_t<2, wp::int32> adj_158 = {};
    wp::int32 adj_159 = {};
    wp::int32 adj_160 = {};
    wp::vec_t<2, wp::int32> adj_161 = {};
    bool adj_162 = {};
    wp::int32 adj_163 = {};
    wp::int32 adj_164 = {};
    wp::int32 adj_165 = {};
    wp::int32 adj_166 = {};
    wp::int32 adj_167 = {};
    wp::range_t adj_168 = {};
    wp::int32 adj_169 = {};
    wp::int32 adj_170 = {};
    wp::int32 adj_171 = {};
    wp::int32 adj_172 = {};
    bool adj_173 = {};
    wp::int32 adj_174 = {};
    wp::vec_t<2, wp::float32> adj_175 = {};
    wp::vec_t<2, wp::float32> adj_176 = {};
    wp::vec_t<2, wp::float32> adj_177 = {};
    wp::float32 adj_178 = {};
    wp::float32 adj_179 = {};
    bool adj_180 = {};
    wp::float32 adj_181 = {};
    wp::int32 adj_182 = {};
    wp::vec_t<2, wp::float32> adj_183 = {};
    wp::float32 adj_184 = {};
    wp::vec_t<2, wp::float32> adj_185 = {};
    wp::vec_t<2, wp::float32> adj_186 = {};
    wp::vec_t<2, wp::float32> adj_187 = {};
    wp::vec_t<2, wp::float32> adj_188 = {};
    wp::vec_t<2, wp::float32> adj_189 = {};
    wp::vec_t<2, wp::float32> adj_190 = {};
    wp::int32 adj_191 = {};
    wp::int32 adj_192 = {};
    bool adj_193 = {};
    wp::float32 adj_194 = {};
    bool adj_195 = {};
    wp::float32 adj_196 = {};
    wp::float32 adj_197 = {};
    bool adj_198 = {};
    wp::float32 adj_199 = {};
    wp::vec_t<2, wp::float32> adj_200 = {};
    wp::vec_t<2, wp::float32> adj_201 = {};
    wp::vec_t<2, wp::float32> adj_202 = {};
    wp::vec_t<2, wp::float32> adj_203 = {};
    wp::int32 adj_204 = {};
    bool adj_205 = {};
    wp::float32 adj_206 = {};
    wp::float32 adj_207 = {};
    wp::float32 adj_208 = {};
    wp::vec_t<2, wp::float32> adj_209 = {};
    wp::vec_t<2, wp::float32> adj_210 = {};
    wp::vec_t<2, wp::float32> adj_211 = {};
    wp::vec_t<2, wp::float32> adj_212 = {};
    wp::float32 adj_213 = {};
    wp::vec_t<2, wp::float32> adj_214 = {};
    wp::float32 adj_215 = {};
    wp::float32 adj_216 = {};
    wp::vec_t<2, wp::float32> adj_217 = {};
    wp::float32 adj_218 = {};
    wp::vec_t<2, wp::float32> adj_219 = {};
    wp::vec_t<2, wp::float32> adj_220 = {};
    wp::vec_t<2, wp::float32> adj_221 = {};
    wp::float32 adj_222 = {};
    wp::vec_t<2, wp::float32> adj_223 = {};
    wp::float32 adj_224 = {};
    wp::float32 adj_225 = {};
    wp::vec_t<2, wp::float32> adj_226 = {};
    wp::float32 adj_227 = {};
    wp::vec_t<2, wp::float32> adj_228 = {};
    wp::vec_t<2, wp::float32> adj_229 = {};
    wp::float32 adj_230 = {};
    wp::vec_t<2, wp::float32> adj_231 = {};
    wp::float32 adj_232 = {};
    wp::float32 adj_233 = {};
    wp::vec_t<2, wp::float32> adj_234 = {};
    wp::float32 adj_235 = {};
    wp::vec_t<2, wp::float32> adj_236 = {};
    //---------
    // forward
    // def steer(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), prm: BoidParams, counts: wp.array2d(dtype=int), slots: wp.array3d(dtype=int), acc: wp.array(dtype=wp.vec2)):       <L 44>
    // i = wp.tid()                                                                           <L 45>
    var_0 = builtin_tid1d();
    // p = x[i]                                                                               <L 46>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = cell_coords(p, prm)                                                                <L 47>
    var_4 = cell_coords_0(var_2, var_prm);
    // align = wp.vec2()                                                                      <L 48>
    var_5 = wp::vec_t<2, wp::float32>();
    // center = wp.vec2()                                                                     <L 49>
    var_6 = wp::vec_t<2, wp::float32>();
    // sep = wp.vec2()                                                                        <L 50>
    var_7 = wp::vec_t<2, wp::float32>();
    // n = int(0)                                                                             <L 51>
    var_9 = wp::int(var_8);
    // for ox in range(-1, 2):                                                                <L 52>
    // for oy in range(-1, 2):                                                                <L 53>
    var_13 = wp::range(var_11, var_12);
    // for oy in range(-1, 2):                                                                <L 53>
    var_74 = wp::range(var_72, var_73);
    // for oy in range(-1, 2):                                                                <L 53>
    var_140 = wp::range(var_138, var_139);
    // f = wp.vec2()                                                                          <L 72>
    var_203 = wp::vec_t<2, wp::float32>();
    // if n > 0:                                                                              <L 73>
    var_205 = (var_9 > var_204);
    if (var_205) {
        // inv = 1.0 / float(n)                                                               <L 74>
        var_207 = wp::float(var_9);
        var_208 = wp::div(var_206, var_207);
        // f += limit(align * inv - v[i], prm.max_force) * prm.w_align                        <L 75>
        var_209 = wp::mul(var_5, var_208);
        var_210 = wp::address(var_v, var_0);
        var_212 = wp::load(var_210);
        var_211 = wp::sub(var_209, var_212);
        var_213 = &((var_prm).max_force);
        var_215 = wp::load(var_213);
        var_214 = limit_0(var_211, var_215);
        var_216 = &((var_prm).w_align);
        var_218 = wp::load(var_216);
        var_217 = wp::mul(var_214, var_218);
        var_219 = wp::add(var_203, var_217);
        // f += limit(center * inv - p, prm.max_force) * prm.w_cohesion                       <L 76>
        var_220 = wp::mul(var_6, var_208);
        var_221 = wp::sub(var_220, var_2);
        var_222 = &((var_prm).max_force);
        var_224 = wp::load(var_222);
        var_223 = limit_0(var_221, var_224);
        var_225 = &((var_prm).w_cohesion);
        var_227 = wp::load(var_225);
        var_226 = wp::mul(var_223, var_227);
        var_228 = wp::add(var_219, var_226);
    }
    var_229 = wp::where(var_205, var_228, var_203);
    // f += limit(sep, prm.max_force) * prm.w_separation                                      <L 77>
    var_230 = &((var_prm).max_force);
    var_232 = wp::load(var_230);
    var_231 = limit_0(var_7, var_232);
    var_233 = &((var_prm).w_separation);
    var_235 = wp::load(var_233);
    var_234 = wp::mul(var_231, var_235);
    var_236 = wp::add(var_229, var_234);
    // acc[i] = f                                                                             <L 78>
    // wp::array_store(var_acc, var_0, var_236);
    //---------
    // reverse
    wp::adj_array_store(var_acc, var_0, var_236, adj_acc, adj_0, adj_236);
    // adj: acc[i] = f                                                                        <L 78>
    wp::adj_add(var_229, var_234, adj_229, adj_234, adj_236);
    wp::adj_mul(var_231, var_235, adj_231, adj_233, adj_234);
    adj_prm.w_separation += adj_233;
    adj_limit_0(var_7, var_232, adj_7, adj_230, adj_231);
    adj_prm.max_force += adj_230;
    // adj: f += limit(sep, prm.max_force) * prm.w_separation                                 <L 77>
    wp::adj_where(var_205, var_228, var_203, adj_205, adj_228, adj_203, adj_229);
    if (var_205) {
        wp::adj_add(var_219, var_226, adj_219, adj_226, adj_228);
        wp::adj_mul(var_223, var_227, adj_223, adj_225, adj_226);
        adj_prm.w_cohesion += adj_225;
        adj_limit_0(var_221, var_224, adj_221, adj_222, adj_223);
        adj_prm.max_force += adj_222;
        wp::adj_sub(var_220, var_2, adj_220, adj_2, adj_221);
        wp::adj_mul(var_6, var_208, adj_6, adj_208, adj_220);
        // adj: f += limit(center * inv - p, prm.max_force) * prm.w_cohesion                  <L 76>
        wp::adj_add(var_203, var_217, adj_203, adj_217, adj_219);
        wp::adj_mul(var_214, var_218, adj_214, adj_216, adj_217);
        adj_prm.w_align += adj_216;
        adj_limit_0(var_211, var_215, adj_211, adj_213, adj_214);
        adj_prm.max_force += adj_213;
        wp::adj_sub(var_209, var_212, adj_209, adj_210, adj_211);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_210);
        wp::adj_mul(var_5, var_208, adj_5, adj_208, adj_209);
        // adj: f += limit(align * inv - v[i], prm.max_force) * prm.w_align                   <L 75>
        wp::adj_div(var_206, var_207, var_208, adj_206, adj_207, adj_208);
        wp::adj_float(var_9, adj_9, adj_207);
        // adj: inv = 1.0 / float(n)                                                          <L 74>
    }
    // adj: if n > 0:                                                                         <L 73>
    // adj: f = wp.vec2()                                                                     <L 72>
    var_140 = wp::iter_reverse(var_140);
    start_for_8:;
        if (iter_cmp(var_140) == 0) goto end_for_8;
        var_141 = wp::iter_next(var_140);
    	adj_142 = {};
    	adj_143 = {};
    	adj_144 = {};
    	adj_145 = {};
    	adj_146 = {};
    	adj_147 = {};
    	adj_148 = {};
    	adj_149 = {};
    	adj_150 = {};
    	adj_151 = {};
    	adj_152 = {};
    	adj_153 = {};
    	adj_154 = {};
    	adj_155 = {};
    	adj_156 = {};
    	adj_157 = {};
    	adj_158 = {};
    	adj_159 = {};
    	adj_160 = {};
    	adj_161 = {};
    	adj_162 = {};
    	adj_163 = {};
    	adj_164 = {};
    	adj_165 = {};
    	adj_166 = {};
    	adj_167 = {};
    	adj_168 = {};
        // cx = c[0] + ox                                                                     <L 54>
        var_143 = wp::extract(var_4, var_142);
        var_144 = wp::add(var_143, var_137);
        // cy = c[1] + oy                                                                     <L 55>
        var_146 = wp::extract(var_4, var_145);
        var_147 = wp::add(var_146, var_141);
        // if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                     <L 56>
        var_150 = (var_144 < var_149);
        var_148 = var_150;
        if (!var_148) {
            var_152 = (var_147 < var_151);
            var_148 = var_148 || var_152;
        }
        if (!var_148) {
            var_153 = &((var_prm).dims);
            var_156 = wp::load(var_153);
            var_155 = wp::extract(var_156, var_154);
            var_157 = (var_144 >= var_155);
            var_148 = var_148 || var_157;
        }
        if (!var_148) {
            var_158 = &((var_prm).dims);
            var_161 = wp::load(var_158);
            var_160 = wp::extract(var_161, var_159);
            var_162 = (var_147 >= var_160);
            var_148 = var_148 || var_162;
        }
        if (var_148) {
            // continue                                                                       <L 57>
            wp::assign(var_17, var_144);
            wp::assign(var_20, var_147);
            goto start_for_8;
        }
        var_163 = wp::where(var_148, var_17, var_144);
        var_164 = wp::where(var_148, var_20, var_147);
        // cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                         <L 58>
        var_165 = wp::address(var_counts, var_163, var_164);
        var_167 = wp::load(var_165);
        var_166 = wp::min(var_167, var_37);
        // for s in range(cnt):                                                               <L 59>
        var_168 = wp::range(var_166);
        wp::assign(var_17, var_163);
        wp::assign(var_20, var_164);
        wp::assign(var_38, var_166);
        wp::assign(var_41, var_169);
        wp::adj_assign(var_41, var_169, adj_41, adj_169);
        wp::adj_assign(var_38, var_166, adj_38, adj_166);
        wp::adj_assign(var_20, var_164, adj_20, adj_164);
        wp::adj_assign(var_17, var_163, adj_17, adj_163);
        var_168 = wp::iter_reverse(var_168);
        start_for_10:;
            if (iter_cmp(var_168) == 0) goto end_for_10;
            var_169 = wp::iter_next(var_168);
        	adj_170 = {};
        	adj_171 = {};
        	adj_172 = {};
        	adj_173 = {};
        	adj_174 = {};
        	adj_175 = {};
        	adj_176 = {};
        	adj_177 = {};
        	adj_178 = {};
        	adj_179 = {};
        	adj_180 = {};
        	adj_181 = {};
        	adj_182 = {};
        	adj_183 = {};
        	adj_184 = {};
        	adj_185 = {};
        	adj_186 = {};
        	adj_187 = {};
        	adj_188 = {};
        	adj_189 = {};
        	adj_190 = {};
        	adj_191 = {};
        	adj_192 = {};
        	adj_193 = {};
        	adj_194 = {};
        	adj_195 = {};
        	adj_196 = {};
        	adj_197 = {};
        	adj_198 = {};
        	adj_199 = {};
        	adj_200 = {};
        	adj_201 = {};
        	adj_202 = {};
            // j = slots[cx, cy, s]                                                           <L 60>
            var_170 = wp::address(var_slots, var_163, var_164, var_169);
            var_172 = wp::load(var_170);
            var_171 = wp::copy(var_172);
            // if j == i:                                                                     <L 61>
            var_173 = (var_171 == var_0);
            if (var_173) {
                // continue                                                                   <L 62>
                wp::assign(var_43, var_171);
                goto start_for_10;
            }
            var_174 = wp::where(var_173, var_43, var_171);
            // d = x[j] - p                                                                   <L 63>
            var_175 = wp::address(var_x, var_174);
            var_177 = wp::load(var_175);
            var_176 = wp::sub(var_177, var_2);
            // dist = wp.length(d)                                                            <L 64>
            var_178 = wp::length(var_176);
            // if dist > prm.view_radius:                                                     <L 65>
            var_179 = &((var_prm).view_radius);
            var_181 = wp::load(var_179);
            var_180 = (var_178 > var_181);
            if (var_180) {
                // continue                                                                   <L 66>
                wp::assign(var_43, var_174);
                wp::assign(var_47, var_176);
                wp::assign(var_49, var_178);
                goto start_for_10;
            }
            var_182 = wp::where(var_180, var_43, var_174);
            var_183 = wp::where(var_180, var_47, var_176);
            var_184 = wp::where(var_180, var_49, var_178);
            // align += v[j]                                                                  <L 67>
            var_185 = wp::address(var_v, var_182);
            var_187 = wp::load(var_185);
            var_186 = wp::add(var_5, var_187);
            // center += x[j]                                                                 <L 68>
            var_188 = wp::address(var_x, var_182);
            var_190 = wp::load(var_188);
            var_189 = wp::add(var_6, var_190);
            // n += 1                                                                         <L 69>
            var_192 = wp::add(var_9, var_191);
            // if dist < prm.separation_radius and dist > 1.0e-6:                             <L 70>
            var_194 = &((var_prm).separation_radius);
            var_196 = wp::load(var_194);
            var_195 = (var_184 < var_196);
            var_193 = var_195;
            if (var_193) {
                var_198 = (var_184 > var_197);
                var_193 = var_193 && var_198;
            }
            if (var_193) {
                // sep -= d / (dist * dist)                                                   <L 71>
                var_199 = wp::mul(var_184, var_184);
                var_200 = wp::div(var_183, var_199);
                var_201 = wp::sub(var_7, var_200);
            }
            var_202 = wp::where(var_193, var_201, var_7);
            wp::assign(var_5, var_186);
            wp::assign(var_6, var_189);
            wp::assign(var_7, var_202);
            wp::assign(var_9, var_192);
            wp::assign(var_43, var_182);
            wp::assign(var_47, var_183);
            wp::assign(var_49, var_184);
            wp::adj_assign(var_49, var_184, adj_49, adj_184);
            wp::adj_assign(var_47, var_183, adj_47, adj_183);
            wp::adj_assign(var_43, var_182, adj_43, adj_182);
            wp::adj_assign(var_9, var_192, adj_9, adj_192);
            wp::adj_assign(var_7, var_202, adj_7, adj_202);
            wp::adj_assign(var_6, var_189, adj_6, adj_189);
            wp::adj_assign(var_5, var_186, adj_5, adj_186);
            wp::adj_where(var_193, var_201, var_7, adj_193, adj_201, adj_7, adj_202);
            if (var_193) {
                wp::adj_sub(var_7, var_200, adj_7, adj_200, adj_201);
                wp::adj_div(var_183, var_199, adj_183, adj_199, adj_200);
                wp::adj_mul(var_184, var_184, adj_184, adj_184, adj_199);
                // adj: sep -= d / (dist * dist)                                              <L 71>
            }
            if (var_193) {
            }
            adj_prm.separation_radius += adj_194;
            // adj: if dist < prm.separation_radius and dist > 1.0e-6:                        <L 70>
            wp::adj_add(var_9, var_191, adj_9, adj_191, adj_192);
            // adj: n += 1                                                                    <L 69>
            wp::adj_add(var_6, var_190, adj_6, adj_188, adj_189);
            wp::adj_address(var_x, var_182, adj_x, adj_182, adj_188);
            // adj: center += x[j]                                                            <L 68>
            wp::adj_add(var_5, var_187, adj_5, adj_185, adj_186);
            wp::adj_address(var_v, var_182, adj_v, adj_182, adj_185);
            // adj: align += v[j]                                                             <L 67>
            wp::adj_where(var_180, var_49, var_178, adj_180, adj_49, adj_178, adj_184);
            wp::adj_where(var_180, var_47, var_176, adj_180, adj_47, adj_176, adj_183);
            wp::adj_where(var_180, var_43, var_174, adj_180, adj_43, adj_174, adj_182);
            if (var_180) {
                wp::adj_assign(var_49, var_178, adj_49, adj_178);
                wp::adj_assign(var_47, var_176, adj_47, adj_176);
                wp::adj_assign(var_43, var_174, adj_43, adj_174);
                // adj: continue                                                              <L 66>
            }
            adj_prm.view_radius += adj_179;
            // adj: if dist > prm.view_radius:                                                <L 65>
            wp::adj_length(var_176, var_178, adj_176, adj_178);
            // adj: dist = wp.length(d)                                                       <L 64>
            wp::adj_sub(var_177, var_2, adj_175, adj_2, adj_176);
            wp::adj_address(var_x, var_174, adj_x, adj_174, adj_175);
            // adj: d = x[j] - p                                                              <L 63>
            wp::adj_where(var_173, var_43, var_171, adj_173, adj_43, adj_171, adj_174);
            if (var_173) {
                wp::adj_assign(var_43, var_171, adj_43, adj_171);
                // adj: continue                                                              <L 62>
            }
            // adj: if j == i:                                                                <L 61>
            wp::adj_copy(var_172, adj_170, adj_171);
            wp::adj_address(var_slots, var_163, var_164, var_169, adj_slots, adj_163, adj_164, adj_169, adj_170);
            // adj: j = slots[cx, cy, s]                                                      <L 60>
        	goto start_for_10;
        end_for_10:;
        // adj: for s in range(cnt):                                                          <L 59>
        wp::adj_min(var_167, var_37, adj_165, adj_37, adj_166);
        wp::adj_address(var_counts, var_163, var_164, adj_counts, adj_163, adj_164, adj_165);
        // adj: cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                    <L 58>
        wp::adj_where(var_148, var_20, var_147, adj_148, adj_20, adj_147, adj_164);
        wp::adj_where(var_148, var_17, var_144, adj_148, adj_17, adj_144, adj_163);
        if (var_148) {
            wp::adj_assign(var_20, var_147, adj_20, adj_147);
            wp::adj_assign(var_17, var_144, adj_17, adj_144);
            // adj: continue                                                                  <L 57>
        }
        if (!var_148) {
            wp::adj_extract(var_161, var_159, adj_158, adj_159, adj_160);
            adj_prm.dims = adj_158;
        }
        if (!var_148) {
            wp::adj_extract(var_156, var_154, adj_153, adj_154, adj_155);
            adj_prm.dims = adj_153;
        }
        if (!var_148) {
        }
        // adj: if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                <L 56>
        wp::adj_add(var_146, var_141, adj_146, adj_141, adj_147);
        wp::adj_extract(var_4, var_145, adj_4, adj_145, adj_146);
        // adj: cy = c[1] + oy                                                                <L 55>
        wp::adj_add(var_143, var_137, adj_143, adj_137, adj_144);
        wp::adj_extract(var_4, var_142, adj_4, adj_142, adj_143);
        // adj: cx = c[0] + ox                                                                <L 54>
    	goto start_for_8;
    end_for_8:;
    // adj: for oy in range(-1, 2):                                                           <L 53>
    var_74 = wp::iter_reverse(var_74);
    start_for_4:;
        if (iter_cmp(var_74) == 0) goto end_for_4;
        var_75 = wp::iter_next(var_74);
    	adj_76 = {};
    	adj_77 = {};
    	adj_78 = {};
    	adj_79 = {};
    	adj_80 = {};
    	adj_81 = {};
    	adj_82 = {};
    	adj_83 = {};
    	adj_84 = {};
    	adj_85 = {};
    	adj_86 = {};
    	adj_87 = {};
    	adj_88 = {};
    	adj_89 = {};
    	adj_90 = {};
    	adj_91 = {};
    	adj_92 = {};
    	adj_93 = {};
    	adj_94 = {};
    	adj_95 = {};
    	adj_96 = {};
    	adj_97 = {};
    	adj_98 = {};
    	adj_99 = {};
    	adj_100 = {};
    	adj_101 = {};
    	adj_102 = {};
        // cx = c[0] + ox                                                                     <L 54>
        var_77 = wp::extract(var_4, var_76);
        var_78 = wp::add(var_77, var_71);
        // cy = c[1] + oy                                                                     <L 55>
        var_80 = wp::extract(var_4, var_79);
        var_81 = wp::add(var_80, var_75);
        // if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                     <L 56>
        var_84 = (var_78 < var_83);
        var_82 = var_84;
        if (!var_82) {
            var_86 = (var_81 < var_85);
            var_82 = var_82 || var_86;
        }
        if (!var_82) {
            var_87 = &((var_prm).dims);
            var_90 = wp::load(var_87);
            var_89 = wp::extract(var_90, var_88);
            var_91 = (var_78 >= var_89);
            var_82 = var_82 || var_91;
        }
        if (!var_82) {
            var_92 = &((var_prm).dims);
            var_95 = wp::load(var_92);
            var_94 = wp::extract(var_95, var_93);
            var_96 = (var_81 >= var_94);
            var_82 = var_82 || var_96;
        }
        if (var_82) {
            // continue                                                                       <L 57>
            wp::assign(var_17, var_78);
            wp::assign(var_20, var_81);
            goto start_for_4;
        }
        var_97 = wp::where(var_82, var_17, var_78);
        var_98 = wp::where(var_82, var_20, var_81);
        // cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                         <L 58>
        var_99 = wp::address(var_counts, var_97, var_98);
        var_101 = wp::load(var_99);
        var_100 = wp::min(var_101, var_37);
        // for s in range(cnt):                                                               <L 59>
        var_102 = wp::range(var_100);
        wp::assign(var_17, var_97);
        wp::assign(var_20, var_98);
        wp::assign(var_38, var_100);
        wp::assign(var_41, var_103);
        wp::adj_assign(var_41, var_103, adj_41, adj_103);
        wp::adj_assign(var_38, var_100, adj_38, adj_100);
        wp::adj_assign(var_20, var_98, adj_20, adj_98);
        wp::adj_assign(var_17, var_97, adj_17, adj_97);
        var_102 = wp::iter_reverse(var_102);
        start_for_6:;
            if (iter_cmp(var_102) == 0) goto end_for_6;
            var_103 = wp::iter_next(var_102);
        	adj_104 = {};
        	adj_105 = {};
        	adj_106 = {};
        	adj_107 = {};
        	adj_108 = {};
        	adj_109 = {};
        	adj_110 = {};
        	adj_111 = {};
        	adj_112 = {};
        	adj_113 = {};
        	adj_114 = {};
        	adj_115 = {};
        	adj_116 = {};
        	adj_117 = {};
        	adj_118 = {};
        	adj_119 = {};
        	adj_120 = {};
        	adj_121 = {};
        	adj_122 = {};
        	adj_123 = {};
        	adj_124 = {};
        	adj_125 = {};
        	adj_126 = {};
        	adj_127 = {};
        	adj_128 = {};
        	adj_129 = {};
        	adj_130 = {};
        	adj_131 = {};
        	adj_132 = {};
        	adj_133 = {};
        	adj_134 = {};
        	adj_135 = {};
        	adj_136 = {};
            // j = slots[cx, cy, s]                                                           <L 60>
            var_104 = wp::address(var_slots, var_97, var_98, var_103);
            var_106 = wp::load(var_104);
            var_105 = wp::copy(var_106);
            // if j == i:                                                                     <L 61>
            var_107 = (var_105 == var_0);
            if (var_107) {
                // continue                                                                   <L 62>
                wp::assign(var_43, var_105);
                goto start_for_6;
            }
            var_108 = wp::where(var_107, var_43, var_105);
            // d = x[j] - p                                                                   <L 63>
            var_109 = wp::address(var_x, var_108);
            var_111 = wp::load(var_109);
            var_110 = wp::sub(var_111, var_2);
            // dist = wp.length(d)                                                            <L 64>
            var_112 = wp::length(var_110);
            // if dist > prm.view_radius:                                                     <L 65>
            var_113 = &((var_prm).view_radius);
            var_115 = wp::load(var_113);
            var_114 = (var_112 > var_115);
            if (var_114) {
                // continue                                                                   <L 66>
                wp::assign(var_43, var_108);
                wp::assign(var_47, var_110);
                wp::assign(var_49, var_112);
                goto start_for_6;
            }
            var_116 = wp::where(var_114, var_43, var_108);
            var_117 = wp::where(var_114, var_47, var_110);
            var_118 = wp::where(var_114, var_49, var_112);
            // align += v[j]                                                                  <L 67>
            var_119 = wp::address(var_v, var_116);
            var_121 = wp::load(var_119);
            var_120 = wp::add(var_5, var_121);
            // center += x[j]                                                                 <L 68>
            var_122 = wp::address(var_x, var_116);
            var_124 = wp::load(var_122);
            var_123 = wp::add(var_6, var_124);
            // n += 1                                                                         <L 69>
            var_126 = wp::add(var_9, var_125);
            // if dist < prm.separation_radius and dist > 1.0e-6:                             <L 70>
            var_128 = &((var_prm).separation_radius);
            var_130 = wp::load(var_128);
            var_129 = (var_118 < var_130);
            var_127 = var_129;
            if (var_127) {
                var_132 = (var_118 > var_131);
                var_127 = var_127 && var_132;
            }
            if (var_127) {
                // sep -= d / (dist * dist)                                                   <L 71>
                var_133 = wp::mul(var_118, var_118);
                var_134 = wp::div(var_117, var_133);
                var_135 = wp::sub(var_7, var_134);
            }
            var_136 = wp::where(var_127, var_135, var_7);
            wp::assign(var_5, var_120);
            wp::assign(var_6, var_123);
            wp::assign(var_7, var_136);
            wp::assign(var_9, var_126);
            wp::assign(var_43, var_116);
            wp::assign(var_47, var_117);
            wp::assign(var_49, var_118);
            wp::adj_assign(var_49, var_118, adj_49, adj_118);
            wp::adj_assign(var_47, var_117, adj_47, adj_117);
            wp::adj_assign(var_43, var_116, adj_43, adj_116);
            wp::adj_assign(var_9, var_126, adj_9, adj_126);
            wp::adj_assign(var_7, var_136, adj_7, adj_136);
            wp::adj_assign(var_6, var_123, adj_6, adj_123);
            wp::adj_assign(var_5, var_120, adj_5, adj_120);
            wp::adj_where(var_127, var_135, var_7, adj_127, adj_135, adj_7, adj_136);
            if (var_127) {
                wp::adj_sub(var_7, var_134, adj_7, adj_134, adj_135);
                wp::adj_div(var_117, var_133, adj_117, adj_133, adj_134);
                wp::adj_mul(var_118, var_118, adj_118, adj_118, adj_133);
                // adj: sep -= d / (dist * dist)                                              <L 71>
            }
            if (var_127) {
            }
            adj_prm.separation_radius += adj_128;
            // adj: if dist < prm.separation_radius and dist > 1.0e-6:                        <L 70>
            wp::adj_add(var_9, var_125, adj_9, adj_125, adj_126);
            // adj: n += 1                                                                    <L 69>
            wp::adj_add(var_6, var_124, adj_6, adj_122, adj_123);
            wp::adj_address(var_x, var_116, adj_x, adj_116, adj_122);
            // adj: center += x[j]                                                            <L 68>
            wp::adj_add(var_5, var_121, adj_5, adj_119, adj_120);
            wp::adj_address(var_v, var_116, adj_v, adj_116, adj_119);
            // adj: align += v[j]                                                             <L 67>
            wp::adj_where(var_114, var_49, var_112, adj_114, adj_49, adj_112, adj_118);
            wp::adj_where(var_114, var_47, var_110, adj_114, adj_47, adj_110, adj_117);
            wp::adj_where(var_114, var_43, var_108, adj_114, adj_43, adj_108, adj_116);
            if (var_114) {
                wp::adj_assign(var_49, var_112, adj_49, adj_112);
                wp::adj_assign(var_47, var_110, adj_47, adj_110);
                wp::adj_assign(var_43, var_108, adj_43, adj_108);
                // adj: continue                                                              <L 66>
            }
            adj_prm.view_radius += adj_113;
            // adj: if dist > prm.view_radius:                                                <L 65>
            wp::adj_length(var_110, var_112, adj_110, adj_112);
            // adj: dist = wp.length(d)                                                       <L 64>
            wp::adj_sub(var_111, var_2, adj_109, adj_2, adj_110);
            wp::adj_address(var_x, var_108, adj_x, adj_108, adj_109);
            // adj: d = x[j] - p                                                              <L 63>
            wp::adj_where(var_107, var_43, var_105, adj_107, adj_43, adj_105, adj_108);
            if (var_107) {
                wp::adj_assign(var_43, var_105, adj_43, adj_105);
                // adj: continue                                                              <L 62>
            }
            // adj: if j == i:                                                                <L 61>
            wp::adj_copy(var_106, adj_104, adj_105);
            wp::adj_address(var_slots, var_97, var_98, var_103, adj_slots, adj_97, adj_98, adj_103, adj_104);
            // adj: j = slots[cx, cy, s]                                                      <L 60>
        	goto start_for_6;
        end_for_6:;
        // adj: for s in range(cnt):                                                          <L 59>
        wp::adj_min(var_101, var_37, adj_99, adj_37, adj_100);
        wp::adj_address(var_counts, var_97, var_98, adj_counts, adj_97, adj_98, adj_99);
        // adj: cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                    <L 58>
        wp::adj_where(var_82, var_20, var_81, adj_82, adj_20, adj_81, adj_98);
        wp::adj_where(var_82, var_17, var_78, adj_82, adj_17, adj_78, adj_97);
        if (var_82) {
            wp::adj_assign(var_20, var_81, adj_20, adj_81);
            wp::adj_assign(var_17, var_78, adj_17, adj_78);
            // adj: continue                                                                  <L 57>
        }
        if (!var_82) {
            wp::adj_extract(var_95, var_93, adj_92, adj_93, adj_94);
            adj_prm.dims = adj_92;
        }
        if (!var_82) {
            wp::adj_extract(var_90, var_88, adj_87, adj_88, adj_89);
            adj_prm.dims = adj_87;
        }
        if (!var_82) {
        }
        // adj: if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                <L 56>
        wp::adj_add(var_80, var_75, adj_80, adj_75, adj_81);
        wp::adj_extract(var_4, var_79, adj_4, adj_79, adj_80);
        // adj: cy = c[1] + oy                                                                <L 55>
        wp::adj_add(var_77, var_71, adj_77, adj_71, adj_78);
        wp::adj_extract(var_4, var_76, adj_4, adj_76, adj_77);
        // adj: cx = c[0] + ox                                                                <L 54>
    	goto start_for_4;
    end_for_4:;
    // adj: for oy in range(-1, 2):                                                           <L 53>
    var_13 = wp::iter_reverse(var_13);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
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
    	adj_40 = {};
        // cx = c[0] + ox                                                                     <L 54>
        var_16 = wp::extract(var_4, var_15);
        var_17 = wp::add(var_16, var_10);
        // cy = c[1] + oy                                                                     <L 55>
        var_19 = wp::extract(var_4, var_18);
        var_20 = wp::add(var_19, var_14);
        // if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                     <L 56>
        var_23 = (var_17 < var_22);
        var_21 = var_23;
        if (!var_21) {
            var_25 = (var_20 < var_24);
            var_21 = var_21 || var_25;
        }
        if (!var_21) {
            var_26 = &((var_prm).dims);
            var_29 = wp::load(var_26);
            var_28 = wp::extract(var_29, var_27);
            var_30 = (var_17 >= var_28);
            var_21 = var_21 || var_30;
        }
        if (!var_21) {
            var_31 = &((var_prm).dims);
            var_34 = wp::load(var_31);
            var_33 = wp::extract(var_34, var_32);
            var_35 = (var_20 >= var_33);
            var_21 = var_21 || var_35;
        }
        if (var_21) {
            // continue                                                                       <L 57>
            goto start_for_0;
        }
        // cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                         <L 58>
        var_36 = wp::address(var_counts, var_17, var_20);
        var_39 = wp::load(var_36);
        var_38 = wp::min(var_39, var_37);
        // for s in range(cnt):                                                               <L 59>
        var_40 = wp::range(var_38);
        var_40 = wp::iter_reverse(var_40);
        start_for_2:;
            if (iter_cmp(var_40) == 0) goto end_for_2;
            var_41 = wp::iter_next(var_40);
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
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
        	adj_56 = {};
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
        	adj_66 = {};
        	adj_67 = {};
        	adj_68 = {};
        	adj_69 = {};
        	adj_70 = {};
            // j = slots[cx, cy, s]                                                           <L 60>
            var_42 = wp::address(var_slots, var_17, var_20, var_41);
            var_44 = wp::load(var_42);
            var_43 = wp::copy(var_44);
            // if j == i:                                                                     <L 61>
            var_45 = (var_43 == var_0);
            if (var_45) {
                // continue                                                                   <L 62>
                goto start_for_2;
            }
            // d = x[j] - p                                                                   <L 63>
            var_46 = wp::address(var_x, var_43);
            var_48 = wp::load(var_46);
            var_47 = wp::sub(var_48, var_2);
            // dist = wp.length(d)                                                            <L 64>
            var_49 = wp::length(var_47);
            // if dist > prm.view_radius:                                                     <L 65>
            var_50 = &((var_prm).view_radius);
            var_52 = wp::load(var_50);
            var_51 = (var_49 > var_52);
            if (var_51) {
                // continue                                                                   <L 66>
                goto start_for_2;
            }
            // align += v[j]                                                                  <L 67>
            var_53 = wp::address(var_v, var_43);
            var_55 = wp::load(var_53);
            var_54 = wp::add(var_5, var_55);
            // center += x[j]                                                                 <L 68>
            var_56 = wp::address(var_x, var_43);
            var_58 = wp::load(var_56);
            var_57 = wp::add(var_6, var_58);
            // n += 1                                                                         <L 69>
            var_60 = wp::add(var_9, var_59);
            // if dist < prm.separation_radius and dist > 1.0e-6:                             <L 70>
            var_62 = &((var_prm).separation_radius);
            var_64 = wp::load(var_62);
            var_63 = (var_49 < var_64);
            var_61 = var_63;
            if (var_61) {
                var_66 = (var_49 > var_65);
                var_61 = var_61 && var_66;
            }
            if (var_61) {
                // sep -= d / (dist * dist)                                                   <L 71>
                var_67 = wp::mul(var_49, var_49);
                var_68 = wp::div(var_47, var_67);
                var_69 = wp::sub(var_7, var_68);
            }
            var_70 = wp::where(var_61, var_69, var_7);
            wp::assign(var_5, var_54);
            wp::assign(var_6, var_57);
            wp::assign(var_7, var_70);
            wp::assign(var_9, var_60);
            wp::adj_assign(var_9, var_60, adj_9, adj_60);
            wp::adj_assign(var_7, var_70, adj_7, adj_70);
            wp::adj_assign(var_6, var_57, adj_6, adj_57);
            wp::adj_assign(var_5, var_54, adj_5, adj_54);
            wp::adj_where(var_61, var_69, var_7, adj_61, adj_69, adj_7, adj_70);
            if (var_61) {
                wp::adj_sub(var_7, var_68, adj_7, adj_68, adj_69);
                wp::adj_div(var_47, var_67, adj_47, adj_67, adj_68);
                wp::adj_mul(var_49, var_49, adj_49, adj_49, adj_67);
                // adj: sep -= d / (dist * dist)                                              <L 71>
            }
            if (var_61) {
            }
            adj_prm.separation_radius += adj_62;
            // adj: if dist < prm.separation_radius and dist > 1.0e-6:                        <L 70>
            wp::adj_add(var_9, var_59, adj_9, adj_59, adj_60);
            // adj: n += 1                                                                    <L 69>
            wp::adj_add(var_6, var_58, adj_6, adj_56, adj_57);
            wp::adj_address(var_x, var_43, adj_x, adj_43, adj_56);
            // adj: center += x[j]                                                            <L 68>
            wp::adj_add(var_5, var_55, adj_5, adj_53, adj_54);
            wp::adj_address(var_v, var_43, adj_v, adj_43, adj_53);
            // adj: align += v[j]                                                             <L 67>
            if (var_51) {
                // adj: continue                                                              <L 66>
            }
            adj_prm.view_radius += adj_50;
            // adj: if dist > prm.view_radius:                                                <L 65>
            wp::adj_length(var_47, var_49, adj_47, adj_49);
            // adj: dist = wp.length(d)                                                       <L 64>
            wp::adj_sub(var_48, var_2, adj_46, adj_2, adj_47);
            wp::adj_address(var_x, var_43, adj_x, adj_43, adj_46);
            // adj: d = x[j] - p                                                              <L 63>
            if (var_45) {
                // adj: continue                                                              <L 62>
            }
            // adj: if j == i:                                                                <L 61>
            wp::adj_copy(var_44, adj_42, adj_43);
            wp::adj_address(var_slots, var_17, var_20, var_41, adj_slots, adj_17, adj_20, adj_41, adj_42);
            // adj: j = slots[cx, cy, s]                                                      <L 60>
        	goto start_for_2;
        end_for_2:;
        // adj: for s in range(cnt):                                                          <L 59>
        wp::adj_min(var_39, var_37, adj_36, adj_37, adj_38);
        wp::adj_address(var_counts, var_17, var_20, adj_counts, adj_17, adj_20, adj_36);
        // adj: cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                    <L 58>
        if (var_21) {
            // adj: continue                                                                  <L 57>
        }
        if (!var_21) {
            wp::adj_extract(var_34, var_32, adj_31, adj_32, adj_33);
            adj_prm.dims = adj_31;
        }
        if (!var_21) {
            wp::adj_extract(var_29, var_27, adj_26, adj_27, adj_28);
            adj_prm.dims = adj_26;
        }
        if (!var_21) {
        }
        // adj: if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                <L 56>
        wp::adj_add(var_19, var_14, adj_19, adj_14, adj_20);
        wp::adj_extract(var_4, var_18, adj_4, adj_18, adj_19);
        // adj: cy = c[1] + oy                                                                <L 55>
        wp::adj_add(var_16, var_10, adj_16, adj_10, adj_17);
        wp::adj_extract(var_4, var_15, adj_4, adj_15, adj_16);
        // adj: cx = c[0] + ox                                                                <L 54>
    	goto start_for_0;
    end_for_0:;
    // adj: for oy in range(-1, 2):                                                           <L 53>
    // adj: for ox in range(-1, 2):                                                           <L 52>
    // adj: n = int(0)                                                                        <L 51>
    // adj: sep = wp.vec2()                                                                   <L 50>
    // adj: center = wp.vec2()                                                                <L 49>
    // adj: align = wp.vec2()                                                                 <L 48>
    adj_cell_coords_0(var_2, var_prm, adj_2, adj_prm, adj_4);
    // adj: c = cell_coords(p, prm)                                                           <L 47>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: p = x[i]                                                                          <L 46>
    // adj: i = wp.tid()                                                                      <L 45>
    // adj: def steer(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), prm: BoidParams, counts: wp.array2d(dtype=int), slots: wp.array3d(dtype=int), acc: wp.array(dtype=wp.vec2)):  <L 44>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void steer_774b33d3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_steer_774b33d3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        steer_774b33d3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void steer_774b33d3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_steer_774b33d3 *_wp_args,
    wp_args_steer_774b33d3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        steer_774b33d3_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_move_1d502e80 {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::float32>> v;
    wp::array_t<wp::vec_t<2, wp::float32>> acc;
    BoidParams_b6a4232b prm;
    wp::float32 dt;
    wp::float32 width;
    wp::float32 height;
};


void move_1d502e80_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_move_1d502e80 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_acc = _wp_args->acc;
    BoidParams_b6a4232b var_prm = _wp_args->prm;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_width = _wp_args->width;
    wp::float32 var_height = _wp_args->height;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::float32* var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32>* var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::vec_t<2, wp::float32> var_23;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    bool var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 1;
    wp::float32 var_31;
    wp::vec_t<2, wp::float32> var_32;
    wp::vec_t<2, wp::float32> var_33;
    wp::vec_t<2, wp::float32> var_34;
    const wp::int32 var_35 = 1;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.0;
    bool var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::vec_t<2, wp::float32> var_44;
    const wp::int32 var_45 = 1;
    wp::float32 var_46;
    bool var_47;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    const wp::int32 var_50 = 1;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::vec_t<2, wp::float32> var_53;
    wp::vec_t<2, wp::float32> var_54;
    wp::vec_t<2, wp::float32> var_55;
    //---------
    // forward
    // def move(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), acc: wp.array(dtype=wp.vec2), prm: BoidParams, dt: float, width: float, height: float):       <L 82>
    // i = wp.tid()                                                                           <L 83>
    var_0 = builtin_tid1d();
    // vel = limit(v[i] + acc[i] * dt, prm.max_speed)                                         <L 84>
    var_1 = wp::address(var_v, var_0);
    var_2 = wp::address(var_acc, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_dt);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    var_7 = &((var_prm).max_speed);
    var_9 = wp::load(var_7);
    var_8 = limit_0(var_5, var_9);
    // p = x[i] + vel * dt                                                                    <L 85>
    var_10 = wp::address(var_x, var_0);
    var_11 = wp::mul(var_8, var_dt);
    var_13 = wp::load(var_10);
    var_12 = wp::add(var_13, var_11);
    // if p[0] < 0.0:                                                                         <L 86>
    var_15 = wp::extract(var_12, var_14);
    var_17 = (var_15 < var_16);
    if (var_17) {
        // p = wp.vec2(p[0] + width, p[1])                                                    <L 87>
        var_19 = wp::extract(var_12, var_18);
        var_20 = wp::add(var_19, var_width);
        var_22 = wp::extract(var_12, var_21);
        var_23 = wp::vec_t<2, wp::float32>(var_20, var_22);
    }
    if (!var_17) {
        // elif p[0] >= width:                                                                <L 88>
        var_25 = wp::extract(var_12, var_24);
        var_26 = (var_25 >= var_width);
        if (var_26) {
            // p = wp.vec2(p[0] - width, p[1])                                                <L 89>
            var_28 = wp::extract(var_12, var_27);
            var_29 = wp::sub(var_28, var_width);
            var_31 = wp::extract(var_12, var_30);
            var_32 = wp::vec_t<2, wp::float32>(var_29, var_31);
        }
        var_33 = wp::where(var_26, var_32, var_12);
    }
    var_34 = wp::where(var_17, var_23, var_33);
    // if p[1] < 0.0:                                                                         <L 90>
    var_36 = wp::extract(var_34, var_35);
    var_38 = (var_36 < var_37);
    if (var_38) {
        // p = wp.vec2(p[0], p[1] + height)                                                   <L 91>
        var_40 = wp::extract(var_34, var_39);
        var_42 = wp::extract(var_34, var_41);
        var_43 = wp::add(var_42, var_height);
        var_44 = wp::vec_t<2, wp::float32>(var_40, var_43);
    }
    if (!var_38) {
        // elif p[1] >= height:                                                               <L 92>
        var_46 = wp::extract(var_34, var_45);
        var_47 = (var_46 >= var_height);
        if (var_47) {
            // p = wp.vec2(p[0], p[1] - height)                                               <L 93>
            var_49 = wp::extract(var_34, var_48);
            var_51 = wp::extract(var_34, var_50);
            var_52 = wp::sub(var_51, var_height);
            var_53 = wp::vec_t<2, wp::float32>(var_49, var_52);
        }
        var_54 = wp::where(var_47, var_53, var_34);
    }
    var_55 = wp::where(var_38, var_44, var_54);
    // x[i] = p                                                                               <L 94>
    wp::array_store(var_x, var_0, var_55);
    // v[i] = vel                                                                             <L 95>
    wp::array_store(var_v, var_0, var_8);
}



void move_1d502e80_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_move_1d502e80 *_wp_args,
    wp_args_move_1d502e80 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_acc = _wp_args->acc;
    BoidParams_b6a4232b var_prm = _wp_args->prm;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_width = _wp_args->width;
    wp::float32 var_height = _wp_args->height;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_acc = _wp_adj_args->acc;
    BoidParams_b6a4232b adj_prm = _wp_adj_args->prm;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_width = _wp_adj_args->width;
    wp::float32 adj_height = _wp_adj_args->height;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::float32* var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32>* var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    const wp::int32 var_18 = 0;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::vec_t<2, wp::float32> var_23;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    bool var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 1;
    wp::float32 var_31;
    wp::vec_t<2, wp::float32> var_32;
    wp::vec_t<2, wp::float32> var_33;
    wp::vec_t<2, wp::float32> var_34;
    const wp::int32 var_35 = 1;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.0;
    bool var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::vec_t<2, wp::float32> var_44;
    const wp::int32 var_45 = 1;
    wp::float32 var_46;
    bool var_47;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    const wp::int32 var_50 = 1;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::vec_t<2, wp::float32> var_53;
    wp::vec_t<2, wp::float32> var_54;
    wp::vec_t<2, wp::float32> var_55;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<2, wp::float32> adj_32 = {};
    wp::vec_t<2, wp::float32> adj_33 = {};
    wp::vec_t<2, wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    bool adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<2, wp::float32> adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    bool adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::vec_t<2, wp::float32> adj_53 = {};
    wp::vec_t<2, wp::float32> adj_54 = {};
    wp::vec_t<2, wp::float32> adj_55 = {};
    //---------
    // forward
    // def move(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), acc: wp.array(dtype=wp.vec2), prm: BoidParams, dt: float, width: float, height: float):       <L 82>
    // i = wp.tid()                                                                           <L 83>
    var_0 = builtin_tid1d();
    // vel = limit(v[i] + acc[i] * dt, prm.max_speed)                                         <L 84>
    var_1 = wp::address(var_v, var_0);
    var_2 = wp::address(var_acc, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_dt);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    var_7 = &((var_prm).max_speed);
    var_9 = wp::load(var_7);
    var_8 = limit_0(var_5, var_9);
    // p = x[i] + vel * dt                                                                    <L 85>
    var_10 = wp::address(var_x, var_0);
    var_11 = wp::mul(var_8, var_dt);
    var_13 = wp::load(var_10);
    var_12 = wp::add(var_13, var_11);
    // if p[0] < 0.0:                                                                         <L 86>
    var_15 = wp::extract(var_12, var_14);
    var_17 = (var_15 < var_16);
    if (var_17) {
        // p = wp.vec2(p[0] + width, p[1])                                                    <L 87>
        var_19 = wp::extract(var_12, var_18);
        var_20 = wp::add(var_19, var_width);
        var_22 = wp::extract(var_12, var_21);
        var_23 = wp::vec_t<2, wp::float32>(var_20, var_22);
    }
    if (!var_17) {
        // elif p[0] >= width:                                                                <L 88>
        var_25 = wp::extract(var_12, var_24);
        var_26 = (var_25 >= var_width);
        if (var_26) {
            // p = wp.vec2(p[0] - width, p[1])                                                <L 89>
            var_28 = wp::extract(var_12, var_27);
            var_29 = wp::sub(var_28, var_width);
            var_31 = wp::extract(var_12, var_30);
            var_32 = wp::vec_t<2, wp::float32>(var_29, var_31);
        }
        var_33 = wp::where(var_26, var_32, var_12);
    }
    var_34 = wp::where(var_17, var_23, var_33);
    // if p[1] < 0.0:                                                                         <L 90>
    var_36 = wp::extract(var_34, var_35);
    var_38 = (var_36 < var_37);
    if (var_38) {
        // p = wp.vec2(p[0], p[1] + height)                                                   <L 91>
        var_40 = wp::extract(var_34, var_39);
        var_42 = wp::extract(var_34, var_41);
        var_43 = wp::add(var_42, var_height);
        var_44 = wp::vec_t<2, wp::float32>(var_40, var_43);
    }
    if (!var_38) {
        // elif p[1] >= height:                                                               <L 92>
        var_46 = wp::extract(var_34, var_45);
        var_47 = (var_46 >= var_height);
        if (var_47) {
            // p = wp.vec2(p[0], p[1] - height)                                               <L 93>
            var_49 = wp::extract(var_34, var_48);
            var_51 = wp::extract(var_34, var_50);
            var_52 = wp::sub(var_51, var_height);
            var_53 = wp::vec_t<2, wp::float32>(var_49, var_52);
        }
        var_54 = wp::where(var_47, var_53, var_34);
    }
    var_55 = wp::where(var_38, var_44, var_54);
    // x[i] = p                                                                               <L 94>
    // wp::array_store(var_x, var_0, var_55);
    // v[i] = vel                                                                             <L 95>
    // wp::array_store(var_v, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_v, var_0, var_8, adj_v, adj_0, adj_8);
    // adj: v[i] = vel                                                                        <L 95>
    wp::adj_array_store(var_x, var_0, var_55, adj_x, adj_0, adj_55);
    // adj: x[i] = p                                                                          <L 94>
    wp::adj_where(var_38, var_44, var_54, adj_38, adj_44, adj_54, adj_55);
    if (!var_38) {
        wp::adj_where(var_47, var_53, var_34, adj_47, adj_53, adj_34, adj_54);
        if (var_47) {
            wp::adj_vec_t(var_49, var_52, adj_49, adj_52, adj_53);
            wp::adj_sub(var_51, var_height, adj_51, adj_height, adj_52);
            wp::adj_extract(var_34, var_50, adj_34, adj_50, adj_51);
            wp::adj_extract(var_34, var_48, adj_34, adj_48, adj_49);
            // adj: p = wp.vec2(p[0], p[1] - height)                                          <L 93>
        }
        wp::adj_extract(var_34, var_45, adj_34, adj_45, adj_46);
        // adj: elif p[1] >= height:                                                          <L 92>
    }
    if (var_38) {
        wp::adj_vec_t(var_40, var_43, adj_40, adj_43, adj_44);
        wp::adj_add(var_42, var_height, adj_42, adj_height, adj_43);
        wp::adj_extract(var_34, var_41, adj_34, adj_41, adj_42);
        wp::adj_extract(var_34, var_39, adj_34, adj_39, adj_40);
        // adj: p = wp.vec2(p[0], p[1] + height)                                              <L 91>
    }
    wp::adj_extract(var_34, var_35, adj_34, adj_35, adj_36);
    // adj: if p[1] < 0.0:                                                                    <L 90>
    wp::adj_where(var_17, var_23, var_33, adj_17, adj_23, adj_33, adj_34);
    if (!var_17) {
        wp::adj_where(var_26, var_32, var_12, adj_26, adj_32, adj_12, adj_33);
        if (var_26) {
            wp::adj_vec_t(var_29, var_31, adj_29, adj_31, adj_32);
            wp::adj_extract(var_12, var_30, adj_12, adj_30, adj_31);
            wp::adj_sub(var_28, var_width, adj_28, adj_width, adj_29);
            wp::adj_extract(var_12, var_27, adj_12, adj_27, adj_28);
            // adj: p = wp.vec2(p[0] - width, p[1])                                           <L 89>
        }
        wp::adj_extract(var_12, var_24, adj_12, adj_24, adj_25);
        // adj: elif p[0] >= width:                                                           <L 88>
    }
    if (var_17) {
        wp::adj_vec_t(var_20, var_22, adj_20, adj_22, adj_23);
        wp::adj_extract(var_12, var_21, adj_12, adj_21, adj_22);
        wp::adj_add(var_19, var_width, adj_19, adj_width, adj_20);
        wp::adj_extract(var_12, var_18, adj_12, adj_18, adj_19);
        // adj: p = wp.vec2(p[0] + width, p[1])                                               <L 87>
    }
    wp::adj_extract(var_12, var_14, adj_12, adj_14, adj_15);
    // adj: if p[0] < 0.0:                                                                    <L 86>
    wp::adj_add(var_13, var_11, adj_10, adj_11, adj_12);
    wp::adj_mul(var_8, var_dt, adj_8, adj_dt, adj_11);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_10);
    // adj: p = x[i] + vel * dt                                                               <L 85>
    adj_limit_0(var_5, var_9, adj_5, adj_7, adj_8);
    adj_prm.max_speed += adj_7;
    wp::adj_add(var_6, var_3, adj_1, adj_3, adj_5);
    wp::adj_mul(var_4, var_dt, adj_2, adj_dt, adj_3);
    wp::adj_address(var_acc, var_0, adj_acc, adj_0, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: vel = limit(v[i] + acc[i] * dt, prm.max_speed)                                    <L 84>
    // adj: i = wp.tid()                                                                      <L 83>
    // adj: def move(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), acc: wp.array(dtype=wp.vec2), prm: BoidParams, dt: float, width: float, height: float):  <L 82>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void move_1d502e80_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_move_1d502e80 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        move_1d502e80_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void move_1d502e80_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_move_1d502e80 *_wp_args,
    wp_args_move_1d502e80 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        move_1d502e80_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

