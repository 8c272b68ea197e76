
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
static CUDA_CALLABLE wp::vec_t<2, wp::int32> cell_coords_0(
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
    var_2 = &(var_prm.cell);
    var_4 = wp::load(var_2);
    var_3 = wp::div(var_1, var_4);
    var_5 = wp::int(var_3);
    var_7 = &(var_prm.dims);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_12 = wp::sub(var_9, var_11);
    var_13 = wp::clamp(var_5, var_6, var_12);
    // cy = wp.clamp(int(p[1] / prm.cell), 0, prm.dims[1] - 1)                                <L 22>
    var_15 = wp::extract(var_p, var_14);
    var_16 = &(var_prm.cell);
    var_18 = wp::load(var_16);
    var_17 = wp::div(var_15, var_18);
    var_19 = wp::int(var_17);
    var_21 = &(var_prm.dims);
    var_24 = wp::load(var_21);
    var_23 = wp::extract(var_24, var_22);
    var_26 = wp::sub(var_23, var_25);
    var_27 = wp::clamp(var_19, var_20, var_26);
    // return wp.vec2i(cx, cy)                                                                <L 23>
    var_28 = wp::vec_t<2, wp::int32>(var_13, var_27);
    return var_28;
}


// corpus/204_boids_uniform_grid.py:26
static CUDA_CALLABLE wp::vec_t<2, wp::float32> limit_0(
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
static CUDA_CALLABLE void adj_cell_coords_0(
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
    var_2 = &(var_prm.cell);
    var_4 = wp::load(var_2);
    var_3 = wp::div(var_1, var_4);
    var_5 = wp::int(var_3);
    var_7 = &(var_prm.dims);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_12 = wp::sub(var_9, var_11);
    var_13 = wp::clamp(var_5, var_6, var_12);
    // cy = wp.clamp(int(p[1] / prm.cell), 0, prm.dims[1] - 1)                                <L 22>
    var_15 = wp::extract(var_p, var_14);
    var_16 = &(var_prm.cell);
    var_18 = wp::load(var_16);
    var_17 = wp::div(var_15, var_18);
    var_19 = wp::int(var_17);
    var_21 = &(var_prm.dims);
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
    wp::adj_int(var_17, adj_17, adj_19);
    wp::adj_div(var_15, var_18, var_17, adj_15, adj_16, adj_17);
    adj_prm.cell += adj_16;
    wp::adj_extract(var_p, var_14, adj_p, adj_14, adj_15);
    // adj: cy = wp.clamp(int(p[1] / prm.cell), 0, prm.dims[1] - 1)                           <L 22>
    wp::adj_clamp(var_5, var_6, var_12, adj_5, adj_6, adj_12, adj_13);
    wp::adj_sub(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
    adj_prm.dims = adj_7;
    wp::adj_int(var_3, adj_3, adj_5);
    wp::adj_div(var_1, var_4, var_3, adj_1, adj_2, adj_3);
    adj_prm.cell += adj_2;
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: cx = wp.clamp(int(p[0] / prm.cell), 0, prm.dims[0] - 1)                           <L 21>
    // adj: def cell_coords(p: wp.vec2, prm: BoidParams) -> wp.vec2i:                         <L 20>
    return;
}


// corpus/204_boids_uniform_grid.py:26
static CUDA_CALLABLE void adj_limit_0(
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



extern "C" __global__ void bin_boids_4d883b41_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    BoidParams_b6a4232b var_prm,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> var_slots)
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
}



extern "C" __global__ void bin_boids_4d883b41_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    BoidParams_b6a4232b var_prm,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> var_slots,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x,
    BoidParams_b6a4232b adj_prm,
    wp::array_t<wp::int32> adj_counts,
    wp::array_t<wp::int32> adj_slots)
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
        continue;
    }
}



extern "C" __global__ void steer_774b33d3_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    BoidParams_b6a4232b var_prm,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> var_slots,
    wp::array_t<wp::vec_t<2, wp::float32>> var_acc)
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
        const wp::int32 var_21 = 0;
        bool var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::vec_t<2, wp::int32>* var_25;
        const wp::int32 var_26 = 0;
        wp::int32 var_27;
        wp::vec_t<2, wp::int32> var_28;
        bool var_29;
        wp::vec_t<2, wp::int32>* var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::vec_t<2, wp::int32> var_33;
        bool var_34;
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
        wp::vec_t<2, wp::float32>* var_54;
        wp::vec_t<2, wp::float32> var_55;
        wp::vec_t<2, wp::float32> var_56;
        wp::vec_t<2, wp::float32>* var_57;
        wp::vec_t<2, wp::float32>* var_58;
        wp::vec_t<2, wp::float32> var_59;
        wp::vec_t<2, wp::float32> var_60;
        const wp::int32 var_61 = 1;
        const wp::int32 var_62 = 1;
        wp::int32 var_63;
        wp::float32* var_64;
        bool var_65;
        wp::float32 var_66;
        const wp::float32 var_67 = 1e-06;
        bool var_68;
        bool var_69;
        wp::float32 var_70;
        wp::vec_t<2, wp::float32> var_71;
        wp::float32 var_72;
        wp::vec_t<2, wp::float32> var_73;
        wp::vec_t<2, wp::float32> var_74;
        wp::vec_t<2, wp::float32> var_75;
        const wp::int32 var_76 = 0;
        const wp::int32 var_77 = -1;
        const wp::int32 var_78 = 2;
        wp::range_t var_79;
        wp::int32 var_80;
        const wp::int32 var_81 = 0;
        wp::int32 var_82;
        wp::int32 var_83;
        const wp::int32 var_84 = 1;
        wp::int32 var_85;
        wp::int32 var_86;
        const wp::int32 var_87 = 0;
        bool var_88;
        const wp::int32 var_89 = 0;
        bool var_90;
        wp::vec_t<2, wp::int32>* var_91;
        const wp::int32 var_92 = 0;
        wp::int32 var_93;
        wp::vec_t<2, wp::int32> var_94;
        bool var_95;
        wp::vec_t<2, wp::int32>* var_96;
        const wp::int32 var_97 = 1;
        wp::int32 var_98;
        wp::vec_t<2, wp::int32> var_99;
        bool var_100;
        bool var_101;
        wp::int32 var_102;
        wp::int32 var_103;
        wp::int32* var_104;
        wp::int32 var_105;
        wp::int32 var_106;
        wp::range_t var_107;
        wp::int32 var_108;
        wp::int32* var_109;
        wp::int32 var_110;
        wp::int32 var_111;
        bool var_112;
        wp::int32 var_113;
        wp::vec_t<2, wp::float32>* var_114;
        wp::vec_t<2, wp::float32> var_115;
        wp::vec_t<2, wp::float32> var_116;
        wp::float32 var_117;
        wp::float32* var_118;
        bool var_119;
        wp::float32 var_120;
        wp::int32 var_121;
        wp::vec_t<2, wp::float32> var_122;
        wp::float32 var_123;
        wp::vec_t<2, wp::float32>* var_124;
        wp::vec_t<2, wp::float32>* var_125;
        wp::vec_t<2, wp::float32> var_126;
        wp::vec_t<2, wp::float32> var_127;
        wp::vec_t<2, wp::float32>* var_128;
        wp::vec_t<2, wp::float32>* var_129;
        wp::vec_t<2, wp::float32> var_130;
        wp::vec_t<2, wp::float32> var_131;
        const wp::int32 var_132 = 1;
        const wp::int32 var_133 = 1;
        wp::int32 var_134;
        wp::float32* var_135;
        bool var_136;
        wp::float32 var_137;
        const wp::float32 var_138 = 1e-06;
        bool var_139;
        bool var_140;
        wp::float32 var_141;
        wp::vec_t<2, wp::float32> var_142;
        wp::float32 var_143;
        wp::vec_t<2, wp::float32> var_144;
        wp::vec_t<2, wp::float32> var_145;
        wp::vec_t<2, wp::float32> var_146;
        const wp::int32 var_147 = 1;
        const wp::int32 var_148 = -1;
        const wp::int32 var_149 = 2;
        wp::range_t var_150;
        wp::int32 var_151;
        const wp::int32 var_152 = 0;
        wp::int32 var_153;
        wp::int32 var_154;
        const wp::int32 var_155 = 1;
        wp::int32 var_156;
        wp::int32 var_157;
        const wp::int32 var_158 = 0;
        bool var_159;
        const wp::int32 var_160 = 0;
        bool var_161;
        wp::vec_t<2, wp::int32>* var_162;
        const wp::int32 var_163 = 0;
        wp::int32 var_164;
        wp::vec_t<2, wp::int32> var_165;
        bool var_166;
        wp::vec_t<2, wp::int32>* var_167;
        const wp::int32 var_168 = 1;
        wp::int32 var_169;
        wp::vec_t<2, wp::int32> var_170;
        bool var_171;
        bool var_172;
        wp::int32 var_173;
        wp::int32 var_174;
        wp::int32* var_175;
        wp::int32 var_176;
        wp::int32 var_177;
        wp::range_t var_178;
        wp::int32 var_179;
        wp::int32* var_180;
        wp::int32 var_181;
        wp::int32 var_182;
        bool var_183;
        wp::int32 var_184;
        wp::vec_t<2, wp::float32>* var_185;
        wp::vec_t<2, wp::float32> var_186;
        wp::vec_t<2, wp::float32> var_187;
        wp::float32 var_188;
        wp::float32* var_189;
        bool var_190;
        wp::float32 var_191;
        wp::int32 var_192;
        wp::vec_t<2, wp::float32> var_193;
        wp::float32 var_194;
        wp::vec_t<2, wp::float32>* var_195;
        wp::vec_t<2, wp::float32>* var_196;
        wp::vec_t<2, wp::float32> var_197;
        wp::vec_t<2, wp::float32> var_198;
        wp::vec_t<2, wp::float32>* var_199;
        wp::vec_t<2, wp::float32>* var_200;
        wp::vec_t<2, wp::float32> var_201;
        wp::vec_t<2, wp::float32> var_202;
        const wp::int32 var_203 = 1;
        const wp::int32 var_204 = 1;
        wp::int32 var_205;
        wp::float32* var_206;
        bool var_207;
        wp::float32 var_208;
        const wp::float32 var_209 = 1e-06;
        bool var_210;
        bool var_211;
        wp::float32 var_212;
        wp::vec_t<2, wp::float32> var_213;
        wp::float32 var_214;
        wp::vec_t<2, wp::float32> var_215;
        wp::vec_t<2, wp::float32> var_216;
        wp::vec_t<2, wp::float32> var_217;
        wp::vec_t<2, wp::float32> var_218;
        const wp::int32 var_219 = 0;
        bool var_220;
        const wp::float32 var_221 = 1.0;
        wp::float32 var_222;
        wp::float32 var_223;
        wp::vec_t<2, wp::float32> var_224;
        wp::vec_t<2, wp::float32>* var_225;
        wp::vec_t<2, wp::float32> var_226;
        wp::vec_t<2, wp::float32> var_227;
        wp::float32* var_228;
        wp::vec_t<2, wp::float32> var_229;
        wp::float32 var_230;
        wp::float32* var_231;
        wp::vec_t<2, wp::float32> var_232;
        wp::float32 var_233;
        wp::vec_t<2, wp::float32> var_234;
        wp::vec_t<2, wp::float32>* var_235;
        wp::vec_t<2, wp::float32> var_236;
        wp::vec_t<2, wp::float32> var_237;
        wp::float32* var_238;
        wp::vec_t<2, wp::float32> var_239;
        wp::float32 var_240;
        wp::float32* var_241;
        wp::vec_t<2, wp::float32> var_242;
        wp::float32 var_243;
        wp::vec_t<2, wp::float32> var_244;
        wp::vec_t<2, wp::float32> var_245;
        wp::vec_t<2, wp::float32> var_246;
        wp::float32* var_247;
        wp::vec_t<2, wp::float32> var_248;
        wp::float32 var_249;
        wp::float32* var_250;
        wp::vec_t<2, wp::float32> var_251;
        wp::float32 var_252;
        wp::vec_t<2, wp::float32> var_253;
        wp::vec_t<2, wp::float32> var_254;
        wp::float32* var_255;
        wp::vec_t<2, wp::float32> var_256;
        wp::float32 var_257;
        wp::float32* var_258;
        wp::vec_t<2, wp::float32> var_259;
        wp::float32 var_260;
        wp::vec_t<2, wp::float32> var_261;
        wp::vec_t<2, wp::float32> var_262;
        wp::float32* var_263;
        wp::vec_t<2, wp::float32> var_264;
        wp::float32 var_265;
        wp::float32* var_266;
        wp::vec_t<2, wp::float32> var_267;
        wp::float32 var_268;
        wp::float32* var_269;
        wp::vec_t<2, wp::float32> var_270;
        wp::float32 var_271;
        wp::float32* var_272;
        wp::vec_t<2, wp::float32> var_273;
        wp::float32 var_274;
        wp::vec_t<2, wp::float32> var_275;
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
            var_22 = (var_17 < var_21);
            var_24 = (var_20 < var_23);
            var_25 = &(var_prm.dims);
            var_28 = wp::load(var_25);
            var_27 = wp::extract(var_28, var_26);
            var_29 = (var_17 >= var_27);
            var_30 = &(var_prm.dims);
            var_33 = wp::load(var_30);
            var_32 = wp::extract(var_33, var_31);
            var_34 = (var_20 >= var_32);
            var_35 = var_22 || var_24 || var_29 || var_34;
            if (var_35) {
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
                var_50 = &(var_prm.view_radius);
                var_52 = wp::load(var_50);
                var_51 = (var_49 > var_52);
                if (var_51) {
                    // continue                                                                   <L 66>
                    goto start_for_2;
                }
                // align += v[j]                                                                  <L 67>
                var_53 = wp::address(var_v, var_43);
                var_54 = wp::address(var_v, var_43);
                var_56 = wp::load(var_54);
                var_55 = wp::add(var_5, var_56);
                // center += x[j]                                                                 <L 68>
                var_57 = wp::address(var_x, var_43);
                var_58 = wp::address(var_x, var_43);
                var_60 = wp::load(var_58);
                var_59 = wp::add(var_6, var_60);
                // n += 1                                                                         <L 69>
                var_63 = wp::add(var_9, var_62);
                // if dist < prm.separation_radius and dist > 1.0e-6:                             <L 70>
                var_64 = &(var_prm.separation_radius);
                var_66 = wp::load(var_64);
                var_65 = (var_49 < var_66);
                var_68 = (var_49 > var_67);
                var_69 = var_65 && var_68;
                if (var_69) {
                    // sep -= d / (dist * dist)                                                   <L 71>
                    var_70 = wp::mul(var_49, var_49);
                    var_71 = wp::div(var_47, var_70);
                    var_72 = wp::mul(var_49, var_49);
                    var_73 = wp::div(var_47, var_72);
                    var_74 = wp::sub(var_7, var_73);
                }
                var_75 = wp::where(var_69, var_74, var_7);
                wp::assign(var_5, var_55);
                wp::assign(var_6, var_59);
                wp::assign(var_7, var_75);
                wp::assign(var_9, var_63);
                goto start_for_2;
            end_for_2:;
            goto start_for_0;
        end_for_0:;
        // for oy in range(-1, 2):                                                                <L 53>
        var_79 = wp::range(var_77, var_78);
        start_for_4:;
            if (iter_cmp(var_79) == 0) goto end_for_4;
            var_80 = wp::iter_next(var_79);
            // cx = c[0] + ox                                                                     <L 54>
            var_82 = wp::extract(var_4, var_81);
            var_83 = wp::add(var_82, var_76);
            // cy = c[1] + oy                                                                     <L 55>
            var_85 = wp::extract(var_4, var_84);
            var_86 = wp::add(var_85, var_80);
            // if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                     <L 56>
            var_88 = (var_83 < var_87);
            var_90 = (var_86 < var_89);
            var_91 = &(var_prm.dims);
            var_94 = wp::load(var_91);
            var_93 = wp::extract(var_94, var_92);
            var_95 = (var_83 >= var_93);
            var_96 = &(var_prm.dims);
            var_99 = wp::load(var_96);
            var_98 = wp::extract(var_99, var_97);
            var_100 = (var_86 >= var_98);
            var_101 = var_88 || var_90 || var_95 || var_100;
            if (var_101) {
                // continue                                                                       <L 57>
                wp::assign(var_17, var_83);
                wp::assign(var_20, var_86);
                goto start_for_4;
            }
            var_102 = wp::where(var_101, var_17, var_83);
            var_103 = wp::where(var_101, var_20, var_86);
            // cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                         <L 58>
            var_104 = wp::address(var_counts, var_102, var_103);
            var_106 = wp::load(var_104);
            var_105 = wp::min(var_106, var_37);
            // for s in range(cnt):                                                               <L 59>
            var_107 = wp::range(var_105);
            start_for_6:;
                if (iter_cmp(var_107) == 0) goto end_for_6;
                var_108 = wp::iter_next(var_107);
                // j = slots[cx, cy, s]                                                           <L 60>
                var_109 = wp::address(var_slots, var_102, var_103, var_108);
                var_111 = wp::load(var_109);
                var_110 = wp::copy(var_111);
                // if j == i:                                                                     <L 61>
                var_112 = (var_110 == var_0);
                if (var_112) {
                    // continue                                                                   <L 62>
                    wp::assign(var_43, var_110);
                    goto start_for_6;
                }
                var_113 = wp::where(var_112, var_43, var_110);
                // d = x[j] - p                                                                   <L 63>
                var_114 = wp::address(var_x, var_113);
                var_116 = wp::load(var_114);
                var_115 = wp::sub(var_116, var_2);
                // dist = wp.length(d)                                                            <L 64>
                var_117 = wp::length(var_115);
                // if dist > prm.view_radius:                                                     <L 65>
                var_118 = &(var_prm.view_radius);
                var_120 = wp::load(var_118);
                var_119 = (var_117 > var_120);
                if (var_119) {
                    // continue                                                                   <L 66>
                    wp::assign(var_43, var_113);
                    wp::assign(var_47, var_115);
                    wp::assign(var_49, var_117);
                    goto start_for_6;
                }
                var_121 = wp::where(var_119, var_43, var_113);
                var_122 = wp::where(var_119, var_47, var_115);
                var_123 = wp::where(var_119, var_49, var_117);
                // align += v[j]                                                                  <L 67>
                var_124 = wp::address(var_v, var_121);
                var_125 = wp::address(var_v, var_121);
                var_127 = wp::load(var_125);
                var_126 = wp::add(var_5, var_127);
                // center += x[j]                                                                 <L 68>
                var_128 = wp::address(var_x, var_121);
                var_129 = wp::address(var_x, var_121);
                var_131 = wp::load(var_129);
                var_130 = wp::add(var_6, var_131);
                // n += 1                                                                         <L 69>
                var_134 = wp::add(var_9, var_133);
                // if dist < prm.separation_radius and dist > 1.0e-6:                             <L 70>
                var_135 = &(var_prm.separation_radius);
                var_137 = wp::load(var_135);
                var_136 = (var_123 < var_137);
                var_139 = (var_123 > var_138);
                var_140 = var_136 && var_139;
                if (var_140) {
                    // sep -= d / (dist * dist)                                                   <L 71>
                    var_141 = wp::mul(var_123, var_123);
                    var_142 = wp::div(var_122, var_141);
                    var_143 = wp::mul(var_123, var_123);
                    var_144 = wp::div(var_122, var_143);
                    var_145 = wp::sub(var_7, var_144);
                }
                var_146 = wp::where(var_140, var_145, var_7);
                wp::assign(var_5, var_126);
                wp::assign(var_6, var_130);
                wp::assign(var_7, var_146);
                wp::assign(var_9, var_134);
                wp::assign(var_43, var_121);
                wp::assign(var_47, var_122);
                wp::assign(var_49, var_123);
                goto start_for_6;
            end_for_6:;
            wp::assign(var_17, var_102);
            wp::assign(var_20, var_103);
            wp::assign(var_38, var_105);
            wp::assign(var_41, var_108);
            goto start_for_4;
        end_for_4:;
        // for oy in range(-1, 2):                                                                <L 53>
        var_150 = wp::range(var_148, var_149);
        start_for_8:;
            if (iter_cmp(var_150) == 0) goto end_for_8;
            var_151 = wp::iter_next(var_150);
            // cx = c[0] + ox                                                                     <L 54>
            var_153 = wp::extract(var_4, var_152);
            var_154 = wp::add(var_153, var_147);
            // cy = c[1] + oy                                                                     <L 55>
            var_156 = wp::extract(var_4, var_155);
            var_157 = wp::add(var_156, var_151);
            // if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                     <L 56>
            var_159 = (var_154 < var_158);
            var_161 = (var_157 < var_160);
            var_162 = &(var_prm.dims);
            var_165 = wp::load(var_162);
            var_164 = wp::extract(var_165, var_163);
            var_166 = (var_154 >= var_164);
            var_167 = &(var_prm.dims);
            var_170 = wp::load(var_167);
            var_169 = wp::extract(var_170, var_168);
            var_171 = (var_157 >= var_169);
            var_172 = var_159 || var_161 || var_166 || var_171;
            if (var_172) {
                // continue                                                                       <L 57>
                wp::assign(var_17, var_154);
                wp::assign(var_20, var_157);
                goto start_for_8;
            }
            var_173 = wp::where(var_172, var_17, var_154);
            var_174 = wp::where(var_172, var_20, var_157);
            // cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                         <L 58>
            var_175 = wp::address(var_counts, var_173, var_174);
            var_177 = wp::load(var_175);
            var_176 = wp::min(var_177, var_37);
            // for s in range(cnt):                                                               <L 59>
            var_178 = wp::range(var_176);
            start_for_10:;
                if (iter_cmp(var_178) == 0) goto end_for_10;
                var_179 = wp::iter_next(var_178);
                // j = slots[cx, cy, s]                                                           <L 60>
                var_180 = wp::address(var_slots, var_173, var_174, var_179);
                var_182 = wp::load(var_180);
                var_181 = wp::copy(var_182);
                // if j == i:                                                                     <L 61>
                var_183 = (var_181 == var_0);
                if (var_183) {
                    // continue                                                                   <L 62>
                    wp::assign(var_43, var_181);
                    goto start_for_10;
                }
                var_184 = wp::where(var_183, var_43, var_181);
                // d = x[j] - p                                                                   <L 63>
                var_185 = wp::address(var_x, var_184);
                var_187 = wp::load(var_185);
                var_186 = wp::sub(var_187, var_2);
                // dist = wp.length(d)                                                            <L 64>
                var_188 = wp::length(var_186);
                // if dist > prm.view_radius:                                                     <L 65>
                var_189 = &(var_prm.view_radius);
                var_191 = wp::load(var_189);
                var_190 = (var_188 > var_191);
                if (var_190) {
                    // continue                                                                   <L 66>
                    wp::assign(var_43, var_184);
                    wp::assign(var_47, var_186);
                    wp::assign(var_49, var_188);
                    goto start_for_10;
                }
                var_192 = wp::where(var_190, var_43, var_184);
                var_193 = wp::where(var_190, var_47, var_186);
                var_194 = wp::where(var_190, var_49, var_188);
                // align += v[j]                                                                  <L 67>
                var_195 = wp::address(var_v, var_192);
                var_196 = wp::address(var_v, var_192);
                var_198 = wp::load(var_196);
                var_197 = wp::add(var_5, var_198);
                // center += x[j]                                                                 <L 68>
                var_199 = wp::address(var_x, var_192);
                var_200 = wp::address(var_x, var_192);
                var_202 = wp::load(var_200);
                var_201 = wp::add(var_6, var_202);
                // n += 1                                                                         <L 69>
                var_205 = wp::add(var_9, var_204);
                // if dist < prm.separation_radius and dist > 1.0e-6:                             <L 70>
                var_206 = &(var_prm.separation_radius);
                var_208 = wp::load(var_206);
                var_207 = (var_194 < var_208);
                var_210 = (var_194 > var_209);
                var_211 = var_207 && var_210;
                if (var_211) {
                    // sep -= d / (dist * dist)                                                   <L 71>
                    var_212 = wp::mul(var_194, var_194);
                    var_213 = wp::div(var_193, var_212);
                    var_214 = wp::mul(var_194, var_194);
                    var_215 = wp::div(var_193, var_214);
                    var_216 = wp::sub(var_7, var_215);
                }
                var_217 = wp::where(var_211, var_216, var_7);
                wp::assign(var_5, var_197);
                wp::assign(var_6, var_201);
                wp::assign(var_7, var_217);
                wp::assign(var_9, var_205);
                wp::assign(var_43, var_192);
                wp::assign(var_47, var_193);
                wp::assign(var_49, var_194);
                goto start_for_10;
            end_for_10:;
            wp::assign(var_17, var_173);
            wp::assign(var_20, var_174);
            wp::assign(var_38, var_176);
            wp::assign(var_41, var_179);
            goto start_for_8;
        end_for_8:;
        // f = wp.vec2()                                                                          <L 72>
        var_218 = wp::vec_t<2, wp::float32>();
        // if n > 0:                                                                              <L 73>
        var_220 = (var_9 > var_219);
        if (var_220) {
            // inv = 1.0 / float(n)                                                               <L 74>
            var_222 = wp::float(var_9);
            var_223 = wp::div(var_221, var_222);
            // f += limit(align * inv - v[i], prm.max_force) * prm.w_align                        <L 75>
            var_224 = wp::mul(var_5, var_223);
            var_225 = wp::address(var_v, var_0);
            var_227 = wp::load(var_225);
            var_226 = wp::sub(var_224, var_227);
            var_228 = &(var_prm.max_force);
            var_230 = wp::load(var_228);
            var_229 = limit_0(var_226, var_230);
            var_231 = &(var_prm.w_align);
            var_233 = wp::load(var_231);
            var_232 = wp::mul(var_229, var_233);
            var_234 = wp::mul(var_5, var_223);
            var_235 = wp::address(var_v, var_0);
            var_237 = wp::load(var_235);
            var_236 = wp::sub(var_234, var_237);
            var_238 = &(var_prm.max_force);
            var_240 = wp::load(var_238);
            var_239 = limit_0(var_236, var_240);
            var_241 = &(var_prm.w_align);
            var_243 = wp::load(var_241);
            var_242 = wp::mul(var_239, var_243);
            var_244 = wp::add(var_218, var_242);
            // f += limit(center * inv - p, prm.max_force) * prm.w_cohesion                       <L 76>
            var_245 = wp::mul(var_6, var_223);
            var_246 = wp::sub(var_245, var_2);
            var_247 = &(var_prm.max_force);
            var_249 = wp::load(var_247);
            var_248 = limit_0(var_246, var_249);
            var_250 = &(var_prm.w_cohesion);
            var_252 = wp::load(var_250);
            var_251 = wp::mul(var_248, var_252);
            var_253 = wp::mul(var_6, var_223);
            var_254 = wp::sub(var_253, var_2);
            var_255 = &(var_prm.max_force);
            var_257 = wp::load(var_255);
            var_256 = limit_0(var_254, var_257);
            var_258 = &(var_prm.w_cohesion);
            var_260 = wp::load(var_258);
            var_259 = wp::mul(var_256, var_260);
            var_261 = wp::add(var_244, var_259);
        }
        var_262 = wp::where(var_220, var_261, var_218);
        // f += limit(sep, prm.max_force) * prm.w_separation                                      <L 77>
        var_263 = &(var_prm.max_force);
        var_265 = wp::load(var_263);
        var_264 = limit_0(var_7, var_265);
        var_266 = &(var_prm.w_separation);
        var_268 = wp::load(var_266);
        var_267 = wp::mul(var_264, var_268);
        var_269 = &(var_prm.max_force);
        var_271 = wp::load(var_269);
        var_270 = limit_0(var_7, var_271);
        var_272 = &(var_prm.w_separation);
        var_274 = wp::load(var_272);
        var_273 = wp::mul(var_270, var_274);
        var_275 = wp::add(var_262, var_273);
        // acc[i] = f                                                                             <L 78>
        wp::array_store(var_acc, var_0, var_275);
    }
}



extern "C" __global__ void steer_774b33d3_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    BoidParams_b6a4232b var_prm,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> var_slots,
    wp::array_t<wp::vec_t<2, wp::float32>> var_acc,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v,
    BoidParams_b6a4232b adj_prm,
    wp::array_t<wp::int32> adj_counts,
    wp::array_t<wp::int32> adj_slots,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_acc)
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
        const wp::int32 var_21 = 0;
        bool var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::vec_t<2, wp::int32>* var_25;
        const wp::int32 var_26 = 0;
        wp::int32 var_27;
        wp::vec_t<2, wp::int32> var_28;
        bool var_29;
        wp::vec_t<2, wp::int32>* var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::vec_t<2, wp::int32> var_33;
        bool var_34;
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
        wp::vec_t<2, wp::float32>* var_54;
        wp::vec_t<2, wp::float32> var_55;
        wp::vec_t<2, wp::float32> var_56;
        wp::vec_t<2, wp::float32>* var_57;
        wp::vec_t<2, wp::float32>* var_58;
        wp::vec_t<2, wp::float32> var_59;
        wp::vec_t<2, wp::float32> var_60;
        const wp::int32 var_61 = 1;
        const wp::int32 var_62 = 1;
        wp::int32 var_63;
        wp::float32* var_64;
        bool var_65;
        wp::float32 var_66;
        const wp::float32 var_67 = 1e-06;
        bool var_68;
        bool var_69;
        wp::float32 var_70;
        wp::vec_t<2, wp::float32> var_71;
        wp::float32 var_72;
        wp::vec_t<2, wp::float32> var_73;
        wp::vec_t<2, wp::float32> var_74;
        wp::vec_t<2, wp::float32> var_75;
        const wp::int32 var_76 = 0;
        const wp::int32 var_77 = -1;
        const wp::int32 var_78 = 2;
        wp::range_t var_79;
        wp::int32 var_80;
        const wp::int32 var_81 = 0;
        wp::int32 var_82;
        wp::int32 var_83;
        const wp::int32 var_84 = 1;
        wp::int32 var_85;
        wp::int32 var_86;
        const wp::int32 var_87 = 0;
        bool var_88;
        const wp::int32 var_89 = 0;
        bool var_90;
        wp::vec_t<2, wp::int32>* var_91;
        const wp::int32 var_92 = 0;
        wp::int32 var_93;
        wp::vec_t<2, wp::int32> var_94;
        bool var_95;
        wp::vec_t<2, wp::int32>* var_96;
        const wp::int32 var_97 = 1;
        wp::int32 var_98;
        wp::vec_t<2, wp::int32> var_99;
        bool var_100;
        bool var_101;
        wp::int32 var_102;
        wp::int32 var_103;
        wp::int32* var_104;
        wp::int32 var_105;
        wp::int32 var_106;
        wp::range_t var_107;
        wp::int32 var_108;
        wp::int32* var_109;
        wp::int32 var_110;
        wp::int32 var_111;
        bool var_112;
        wp::int32 var_113;
        wp::vec_t<2, wp::float32>* var_114;
        wp::vec_t<2, wp::float32> var_115;
        wp::vec_t<2, wp::float32> var_116;
        wp::float32 var_117;
        wp::float32* var_118;
        bool var_119;
        wp::float32 var_120;
        wp::int32 var_121;
        wp::vec_t<2, wp::float32> var_122;
        wp::float32 var_123;
        wp::vec_t<2, wp::float32>* var_124;
        wp::vec_t<2, wp::float32>* var_125;
        wp::vec_t<2, wp::float32> var_126;
        wp::vec_t<2, wp::float32> var_127;
        wp::vec_t<2, wp::float32>* var_128;
        wp::vec_t<2, wp::float32>* var_129;
        wp::vec_t<2, wp::float32> var_130;
        wp::vec_t<2, wp::float32> var_131;
        const wp::int32 var_132 = 1;
        const wp::int32 var_133 = 1;
        wp::int32 var_134;
        wp::float32* var_135;
        bool var_136;
        wp::float32 var_137;
        const wp::float32 var_138 = 1e-06;
        bool var_139;
        bool var_140;
        wp::float32 var_141;
        wp::vec_t<2, wp::float32> var_142;
        wp::float32 var_143;
        wp::vec_t<2, wp::float32> var_144;
        wp::vec_t<2, wp::float32> var_145;
        wp::vec_t<2, wp::float32> var_146;
        const wp::int32 var_147 = 1;
        const wp::int32 var_148 = -1;
        const wp::int32 var_149 = 2;
        wp::range_t var_150;
        wp::int32 var_151;
        const wp::int32 var_152 = 0;
        wp::int32 var_153;
        wp::int32 var_154;
        const wp::int32 var_155 = 1;
        wp::int32 var_156;
        wp::int32 var_157;
        const wp::int32 var_158 = 0;
        bool var_159;
        const wp::int32 var_160 = 0;
        bool var_161;
        wp::vec_t<2, wp::int32>* var_162;
        const wp::int32 var_163 = 0;
        wp::int32 var_164;
        wp::vec_t<2, wp::int32> var_165;
        bool var_166;
        wp::vec_t<2, wp::int32>* var_167;
        const wp::int32 var_168 = 1;
        wp::int32 var_169;
        wp::vec_t<2, wp::int32> var_170;
        bool var_171;
        bool var_172;
        wp::int32 var_173;
        wp::int32 var_174;
        wp::int32* var_175;
        wp::int32 var_176;
        wp::int32 var_177;
        wp::range_t var_178;
        wp::int32 var_179;
        wp::int32* var_180;
        wp::int32 var_181;
        wp::int32 var_182;
        bool var_183;
        wp::int32 var_184;
        wp::vec_t<2, wp::float32>* var_185;
        wp::vec_t<2, wp::float32> var_186;
        wp::vec_t<2, wp::float32> var_187;
        wp::float32 var_188;
        wp::float32* var_189;
        bool var_190;
        wp::float32 var_191;
        wp::int32 var_192;
        wp::vec_t<2, wp::float32> var_193;
        wp::float32 var_194;
        wp::vec_t<2, wp::float32>* var_195;
        wp::vec_t<2, wp::float32>* var_196;
        wp::vec_t<2, wp::float32> var_197;
        wp::vec_t<2, wp::float32> var_198;
        wp::vec_t<2, wp::float32>* var_199;
        wp::vec_t<2, wp::float32>* var_200;
        wp::vec_t<2, wp::float32> var_201;
        wp::vec_t<2, wp::float32> var_202;
        const wp::int32 var_203 = 1;
        const wp::int32 var_204 = 1;
        wp::int32 var_205;
        wp::float32* var_206;
        bool var_207;
        wp::float32 var_208;
        const wp::float32 var_209 = 1e-06;
        bool var_210;
        bool var_211;
        wp::float32 var_212;
        wp::vec_t<2, wp::float32> var_213;
        wp::float32 var_214;
        wp::vec_t<2, wp::float32> var_215;
        wp::vec_t<2, wp::float32> var_216;
        wp::vec_t<2, wp::float32> var_217;
        wp::vec_t<2, wp::float32> var_218;
        const wp::int32 var_219 = 0;
        bool var_220;
        const wp::float32 var_221 = 1.0;
        wp::float32 var_222;
        wp::float32 var_223;
        wp::vec_t<2, wp::float32> var_224;
        wp::vec_t<2, wp::float32>* var_225;
        wp::vec_t<2, wp::float32> var_226;
        wp::vec_t<2, wp::float32> var_227;
        wp::float32* var_228;
        wp::vec_t<2, wp::float32> var_229;
        wp::float32 var_230;
        wp::float32* var_231;
        wp::vec_t<2, wp::float32> var_232;
        wp::float32 var_233;
        wp::vec_t<2, wp::float32> var_234;
        wp::vec_t<2, wp::float32>* var_235;
        wp::vec_t<2, wp::float32> var_236;
        wp::vec_t<2, wp::float32> var_237;
        wp::float32* var_238;
        wp::vec_t<2, wp::float32> var_239;
        wp::float32 var_240;
        wp::float32* var_241;
        wp::vec_t<2, wp::float32> var_242;
        wp::float32 var_243;
        wp::vec_t<2, wp::float32> var_244;
        wp::vec_t<2, wp::float32> var_245;
        wp::vec_t<2, wp::float32> var_246;
        wp::float32* var_247;
        wp::vec_t<2, wp::float32> var_248;
        wp::float32 var_249;
        wp::float32* var_250;
        wp::vec_t<2, wp::float32> var_251;
        wp::float32 var_252;
        wp::vec_t<2, wp::float32> var_253;
        wp::vec_t<2, wp::float32> var_254;
        wp::float32* var_255;
        wp::vec_t<2, wp::float32> var_256;
        wp::float32 var_257;
        wp::float32* var_258;
        wp::vec_t<2, wp::float32> var_259;
        wp::float32 var_260;
        wp::vec_t<2, wp::float32> var_261;
        wp::vec_t<2, wp::float32> var_262;
        wp::float32* var_263;
        wp::vec_t<2, wp::float32> var_264;
        wp::float32 var_265;
        wp::float32* var_266;
        wp::vec_t<2, wp::float32> var_267;
        wp::float32 var_268;
        wp::float32* var_269;
        wp::vec_t<2, wp::float32> var_270;
        wp::float32 var_271;
        wp::float32* var_272;
        wp::vec_t<2, wp::float32> var_273;
        wp::float32 var_274;
        wp::vec_t<2, wp::float32> var_275;
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
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::vec_t<2, wp::int32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::vec_t<2, wp::int32> adj_28 = {};
        bool adj_29 = {};
        wp::vec_t<2, wp::int32> adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::vec_t<2, wp::int32> adj_33 = {};
        bool adj_34 = {};
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
        wp::vec_t<2, wp::float32> adj_59 = {};
        wp::vec_t<2, wp::float32> adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::float32 adj_64 = {};
        bool adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        bool adj_68 = {};
        bool adj_69 = {};
        wp::float32 adj_70 = {};
        wp::vec_t<2, wp::float32> adj_71 = {};
        wp::float32 adj_72 = {};
        wp::vec_t<2, wp::float32> adj_73 = {};
        wp::vec_t<2, wp::float32> adj_74 = {};
        wp::vec_t<2, wp::float32> adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::range_t adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        bool adj_88 = {};
        wp::int32 adj_89 = {};
        bool adj_90 = {};
        wp::vec_t<2, wp::int32> adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::vec_t<2, wp::int32> adj_94 = {};
        bool adj_95 = {};
        wp::vec_t<2, wp::int32> adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::vec_t<2, wp::int32> adj_99 = {};
        bool adj_100 = {};
        bool adj_101 = {};
        wp::int32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::range_t adj_107 = {};
        wp::int32 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::int32 adj_111 = {};
        bool adj_112 = {};
        wp::int32 adj_113 = {};
        wp::vec_t<2, wp::float32> adj_114 = {};
        wp::vec_t<2, wp::float32> adj_115 = {};
        wp::vec_t<2, wp::float32> adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float32 adj_118 = {};
        bool adj_119 = {};
        wp::float32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::vec_t<2, wp::float32> adj_122 = {};
        wp::float32 adj_123 = {};
        wp::vec_t<2, wp::float32> adj_124 = {};
        wp::vec_t<2, wp::float32> adj_125 = {};
        wp::vec_t<2, wp::float32> adj_126 = {};
        wp::vec_t<2, wp::float32> adj_127 = {};
        wp::vec_t<2, wp::float32> adj_128 = {};
        wp::vec_t<2, wp::float32> adj_129 = {};
        wp::vec_t<2, wp::float32> adj_130 = {};
        wp::vec_t<2, wp::float32> adj_131 = {};
        wp::int32 adj_132 = {};
        wp::int32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::float32 adj_135 = {};
        bool adj_136 = {};
        wp::float32 adj_137 = {};
        wp::float32 adj_138 = {};
        bool adj_139 = {};
        bool adj_140 = {};
        wp::float32 adj_141 = {};
        wp::vec_t<2, wp::float32> adj_142 = {};
        wp::float32 adj_143 = {};
        wp::vec_t<2, wp::float32> adj_144 = {};
        wp::vec_t<2, wp::float32> adj_145 = {};
        wp::vec_t<2, wp::float32> adj_146 = {};
        wp::int32 adj_147 = {};
        wp::int32 adj_148 = {};
        wp::int32 adj_149 = {};
        wp::range_t adj_150 = {};
        wp::int32 adj_151 = {};
        wp::int32 adj_152 = {};
        wp::int32 adj_153 = {};
        wp::int32 adj_154 = {};
        wp::int32 adj_155 = {};
        wp::int32 adj_156 = {};
        wp::int32 adj_157 = {};
        wp::int32 adj_158 = {};
        bool adj_159 = {};
        wp::int32 adj_160 = {};
        bool adj_161 = {};
        wp::vec_t<2, wp::int32> adj_162 = {};
        wp::int32 adj_163 = {};
        wp::int32 adj_164 = {};
        wp::vec_t<2, wp::int32> adj_165 = {};
        bool adj_166 = {};
        wp::vec_t<2, wp::int32> adj_167 = {};
        wp::int32 adj_168 = {};
        wp::int32 adj_169 = {};
        wp::vec_t<2, wp::int32> adj_170 = {};
        bool adj_171 = {};
        bool adj_172 = {};
        wp::int32 adj_173 = {};
        wp::int32 adj_174 = {};
        wp::int32 adj_175 = {};
        wp::int32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::range_t adj_178 = {};
        wp::int32 adj_179 = {};
        wp::int32 adj_180 = {};
        wp::int32 adj_181 = {};
        wp::int32 adj_182 = {};
        bool adj_183 = {};
        wp::int32 adj_184 = {};
        wp::vec_t<2, wp::float32> adj_185 = {};
        wp::vec_t<2, wp::float32> adj_186 = {};
        wp::vec_t<2, wp::float32> adj_187 = {};
        wp::float32 adj_188 = {};
        wp::float32 adj_189 = {};
        bool adj_190 = {};
        wp::float32 adj_191 = {};
        wp::int32 adj_192 = {};
        wp::vec_t<2, wp::float32> adj_193 = {};
        wp::float32 adj_194 = {};
        wp::vec_t<2, wp::float32> adj_195 = {};
        wp::vec_t<2, wp::float32> adj_196 = {};
        wp::vec_t<2, wp::float32> adj_197 = {};
        wp::vec_t<2, wp::float32> adj_198 = {};
        wp::vec_t<2, wp::float32> adj_199 = {};
        wp::vec_t<2, wp::float32> adj_200 = {};
        wp::vec_t<2, wp::float32> adj_201 = {};
        wp::vec_t<2, wp::float32> adj_202 = {};
        wp::int32 adj_203 = {};
        wp::int32 adj_204 = {};
        wp::int32 adj_205 = {};
        wp::float32 adj_206 = {};
        bool adj_207 = {};
        wp::float32 adj_208 = {};
        wp::float32 adj_209 = {};
        bool adj_210 = {};
        bool adj_211 = {};
        wp::float32 adj_212 = {};
        wp::vec_t<2, wp::float32> adj_213 = {};
        wp::float32 adj_214 = {};
        wp::vec_t<2, wp::float32> adj_215 = {};
        wp::vec_t<2, wp::float32> adj_216 = {};
        wp::vec_t<2, wp::float32> adj_217 = {};
        wp::vec_t<2, wp::float32> adj_218 = {};
        wp::int32 adj_219 = {};
        bool adj_220 = {};
        wp::float32 adj_221 = {};
        wp::float32 adj_222 = {};
        wp::float32 adj_223 = {};
        wp::vec_t<2, wp::float32> adj_224 = {};
        wp::vec_t<2, wp::float32> adj_225 = {};
        wp::vec_t<2, wp::float32> adj_226 = {};
        wp::vec_t<2, wp::float32> adj_227 = {};
        wp::float32 adj_228 = {};
        wp::vec_t<2, wp::float32> adj_229 = {};
        wp::float32 adj_230 = {};
        wp::float32 adj_231 = {};
        wp::vec_t<2, wp::float32> adj_232 = {};
        wp::float32 adj_233 = {};
        wp::vec_t<2, wp::float32> adj_234 = {};
        wp::vec_t<2, wp::float32> adj_235 = {};
        wp::vec_t<2, wp::float32> adj_236 = {};
        wp::vec_t<2, wp::float32> adj_237 = {};
        wp::float32 adj_238 = {};
        wp::vec_t<2, wp::float32> adj_239 = {};
        wp::float32 adj_240 = {};
        wp::float32 adj_241 = {};
        wp::vec_t<2, wp::float32> adj_242 = {};
        wp::float32 adj_243 = {};
        wp::vec_t<2, wp::float32> adj_244 = {};
        wp::vec_t<2, wp::float32> adj_245 = {};
        wp::vec_t<2, wp::float32> adj_246 = {};
        wp::float32 adj_247 = {};
        wp::vec_t<2, wp::float32> adj_248 = {};
        wp::float32 adj_249 = {};
        wp::float32 adj_250 = {};
        wp::vec_t<2, wp::float32> adj_251 = {};
        wp::float32 adj_252 = {};
        wp::vec_t<2, wp::float32> adj_253 = {};
        wp::vec_t<2, wp::float32> adj_254 = {};
        wp::float32 adj_255 = {};
        wp::vec_t<2, wp::float32> adj_256 = {};
        wp::float32 adj_257 = {};
        wp::float32 adj_258 = {};
        wp::vec_t<2, wp::float32> adj_259 = {};
        wp::float32 adj_260 = {};
        wp::vec_t<2, wp::float32> adj_261 = {};
        wp::vec_t<2, wp::float32> adj_262 = {};
        wp::float32 adj_263 = {};
        wp::vec_t<2, wp::float32> adj_264 = {};
        wp::float32 adj_265 = {};
        wp::float32 adj_266 = {};
        wp::vec_t<2, wp::float32> adj_267 = {};
        wp::float32 adj_268 = {};
        wp::float32 adj_269 = {};
        wp::vec_t<2, wp::float32> adj_270 = {};
        wp::float32 adj_271 = {};
        wp::float32 adj_272 = {};
        wp::vec_t<2, wp::float32> adj_273 = {};
        wp::float32 adj_274 = {};
        wp::vec_t<2, wp::float32> adj_275 = {};
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
        var_79 = wp::range(var_77, var_78);
        // for oy in range(-1, 2):                                                                <L 53>
        var_150 = wp::range(var_148, var_149);
        // f = wp.vec2()                                                                          <L 72>
        var_218 = wp::vec_t<2, wp::float32>();
        // if n > 0:                                                                              <L 73>
        var_220 = (var_9 > var_219);
        if (var_220) {
            // inv = 1.0 / float(n)                                                               <L 74>
            var_222 = wp::float(var_9);
            var_223 = wp::div(var_221, var_222);
            // f += limit(align * inv - v[i], prm.max_force) * prm.w_align                        <L 75>
            var_224 = wp::mul(var_5, var_223);
            var_225 = wp::address(var_v, var_0);
            var_227 = wp::load(var_225);
            var_226 = wp::sub(var_224, var_227);
            var_228 = &(var_prm.max_force);
            var_230 = wp::load(var_228);
            var_229 = limit_0(var_226, var_230);
            var_231 = &(var_prm.w_align);
            var_233 = wp::load(var_231);
            var_232 = wp::mul(var_229, var_233);
            var_234 = wp::mul(var_5, var_223);
            var_235 = wp::address(var_v, var_0);
            var_237 = wp::load(var_235);
            var_236 = wp::sub(var_234, var_237);
            var_238 = &(var_prm.max_force);
            var_240 = wp::load(var_238);
            var_239 = limit_0(var_236, var_240);
            var_241 = &(var_prm.w_align);
            var_243 = wp::load(var_241);
            var_242 = wp::mul(var_239, var_243);
            var_244 = wp::add(var_218, var_242);
            // f += limit(center * inv - p, prm.max_force) * prm.w_cohesion                       <L 76>
            var_245 = wp::mul(var_6, var_223);
            var_246 = wp::sub(var_245, var_2);
            var_247 = &(var_prm.max_force);
            var_249 = wp::load(var_247);
            var_248 = limit_0(var_246, var_249);
            var_250 = &(var_prm.w_cohesion);
            var_252 = wp::load(var_250);
            var_251 = wp::mul(var_248, var_252);
            var_253 = wp::mul(var_6, var_223);
            var_254 = wp::sub(var_253, var_2);
            var_255 = &(var_prm.max_force);
            var_257 = wp::load(var_255);
            var_256 = limit_0(var_254, var_257);
            var_258 = &(var_prm.w_cohesion);
            var_260 = wp::load(var_258);
            var_259 = wp::mul(var_256, var_260);
            var_261 = wp::add(var_244, var_259);
        }
        var_262 = wp::where(var_220, var_261, var_218);
        // f += limit(sep, prm.max_force) * prm.w_separation                                      <L 77>
        var_263 = &(var_prm.max_force);
        var_265 = wp::load(var_263);
        var_264 = limit_0(var_7, var_265);
        var_266 = &(var_prm.w_separation);
        var_268 = wp::load(var_266);
        var_267 = wp::mul(var_264, var_268);
        var_269 = &(var_prm.max_force);
        var_271 = wp::load(var_269);
        var_270 = limit_0(var_7, var_271);
        var_272 = &(var_prm.w_separation);
        var_274 = wp::load(var_272);
        var_273 = wp::mul(var_270, var_274);
        var_275 = wp::add(var_262, var_273);
        // acc[i] = f                                                                             <L 78>
        // wp::array_store(var_acc, var_0, var_275);
        //---------
        // reverse
        wp::adj_array_store(var_acc, var_0, var_275, adj_acc, adj_0, adj_275);
        // adj: acc[i] = f                                                                        <L 78>
        wp::adj_add(var_262, var_273, adj_262, adj_273, adj_275);
        wp::adj_mul(var_270, var_274, adj_270, adj_272, adj_273);
        adj_prm.w_separation += adj_272;
        adj_limit_0(var_7, var_271, adj_7, adj_269, adj_270);
        adj_prm.max_force += adj_269;
        wp::adj_mul(var_264, var_268, adj_264, adj_266, adj_267);
        adj_prm.w_separation += adj_266;
        adj_limit_0(var_7, var_265, adj_7, adj_263, adj_264);
        adj_prm.max_force += adj_263;
        // adj: f += limit(sep, prm.max_force) * prm.w_separation                                 <L 77>
        wp::adj_where(var_220, var_261, var_218, adj_220, adj_261, adj_218, adj_262);
        if (var_220) {
            wp::adj_add(var_244, var_259, adj_244, adj_259, adj_261);
            wp::adj_mul(var_256, var_260, adj_256, adj_258, adj_259);
            adj_prm.w_cohesion += adj_258;
            adj_limit_0(var_254, var_257, adj_254, adj_255, adj_256);
            adj_prm.max_force += adj_255;
            wp::adj_sub(var_253, var_2, adj_253, adj_2, adj_254);
            wp::adj_mul(var_6, var_223, adj_6, adj_223, adj_253);
            wp::adj_mul(var_248, var_252, adj_248, adj_250, adj_251);
            adj_prm.w_cohesion += adj_250;
            adj_limit_0(var_246, var_249, adj_246, adj_247, adj_248);
            adj_prm.max_force += adj_247;
            wp::adj_sub(var_245, var_2, adj_245, adj_2, adj_246);
            wp::adj_mul(var_6, var_223, adj_6, adj_223, adj_245);
            // adj: f += limit(center * inv - p, prm.max_force) * prm.w_cohesion                  <L 76>
            wp::adj_add(var_218, var_242, adj_218, adj_242, adj_244);
            wp::adj_mul(var_239, var_243, adj_239, adj_241, adj_242);
            adj_prm.w_align += adj_241;
            adj_limit_0(var_236, var_240, adj_236, adj_238, adj_239);
            adj_prm.max_force += adj_238;
            wp::adj_sub(var_234, var_237, adj_234, adj_235, adj_236);
            wp::adj_address(var_v, var_0, adj_v, adj_0, adj_235);
            wp::adj_mul(var_5, var_223, adj_5, adj_223, adj_234);
            wp::adj_mul(var_229, var_233, adj_229, adj_231, adj_232);
            adj_prm.w_align += adj_231;
            adj_limit_0(var_226, var_230, adj_226, adj_228, adj_229);
            adj_prm.max_force += adj_228;
            wp::adj_sub(var_224, var_227, adj_224, adj_225, adj_226);
            wp::adj_address(var_v, var_0, adj_v, adj_0, adj_225);
            wp::adj_mul(var_5, var_223, adj_5, adj_223, adj_224);
            // adj: f += limit(align * inv - v[i], prm.max_force) * prm.w_align                   <L 75>
            wp::adj_div(var_221, var_222, var_223, adj_221, adj_222, adj_223);
            wp::adj_float(var_9, adj_9, adj_222);
            // adj: inv = 1.0 / float(n)                                                          <L 74>
        }
        // adj: if n > 0:                                                                         <L 73>
        // adj: f = wp.vec2()                                                                     <L 72>
        var_150 = wp::iter_reverse(var_150);
        start_for_8:;
            if (iter_cmp(var_150) == 0) goto end_for_8;
            var_151 = wp::iter_next(var_150);
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
        	adj_169 = {};
        	adj_170 = {};
        	adj_171 = {};
        	adj_172 = {};
        	adj_173 = {};
        	adj_174 = {};
        	adj_175 = {};
        	adj_176 = {};
        	adj_177 = {};
        	adj_178 = {};
            // cx = c[0] + ox                                                                     <L 54>
            var_153 = wp::extract(var_4, var_152);
            var_154 = wp::add(var_153, var_147);
            // cy = c[1] + oy                                                                     <L 55>
            var_156 = wp::extract(var_4, var_155);
            var_157 = wp::add(var_156, var_151);
            // if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                     <L 56>
            var_159 = (var_154 < var_158);
            var_161 = (var_157 < var_160);
            var_162 = &(var_prm.dims);
            var_165 = wp::load(var_162);
            var_164 = wp::extract(var_165, var_163);
            var_166 = (var_154 >= var_164);
            var_167 = &(var_prm.dims);
            var_170 = wp::load(var_167);
            var_169 = wp::extract(var_170, var_168);
            var_171 = (var_157 >= var_169);
            var_172 = var_159 || var_161 || var_166 || var_171;
            if (var_172) {
                // continue                                                                       <L 57>
                wp::assign(var_17, var_154);
                wp::assign(var_20, var_157);
                goto start_for_8;
            }
            var_173 = wp::where(var_172, var_17, var_154);
            var_174 = wp::where(var_172, var_20, var_157);
            // cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                         <L 58>
            var_175 = wp::address(var_counts, var_173, var_174);
            var_177 = wp::load(var_175);
            var_176 = wp::min(var_177, var_37);
            // for s in range(cnt):                                                               <L 59>
            var_178 = wp::range(var_176);
            wp::assign(var_17, var_173);
            wp::assign(var_20, var_174);
            wp::assign(var_38, var_176);
            wp::assign(var_41, var_179);
            wp::adj_assign(var_41, var_179, adj_41, adj_179);
            wp::adj_assign(var_38, var_176, adj_38, adj_176);
            wp::adj_assign(var_20, var_174, adj_20, adj_174);
            wp::adj_assign(var_17, var_173, adj_17, adj_173);
            var_178 = wp::iter_reverse(var_178);
            start_for_10:;
                if (iter_cmp(var_178) == 0) goto end_for_10;
                var_179 = wp::iter_next(var_178);
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
            	adj_203 = {};
            	adj_204 = {};
            	adj_205 = {};
            	adj_206 = {};
            	adj_207 = {};
            	adj_208 = {};
            	adj_209 = {};
            	adj_210 = {};
            	adj_211 = {};
            	adj_212 = {};
            	adj_213 = {};
            	adj_214 = {};
            	adj_215 = {};
            	adj_216 = {};
            	adj_217 = {};
                // j = slots[cx, cy, s]                                                           <L 60>
                var_180 = wp::address(var_slots, var_173, var_174, var_179);
                var_182 = wp::load(var_180);
                var_181 = wp::copy(var_182);
                // if j == i:                                                                     <L 61>
                var_183 = (var_181 == var_0);
                if (var_183) {
                    // continue                                                                   <L 62>
                    wp::assign(var_43, var_181);
                    goto start_for_10;
                }
                var_184 = wp::where(var_183, var_43, var_181);
                // d = x[j] - p                                                                   <L 63>
                var_185 = wp::address(var_x, var_184);
                var_187 = wp::load(var_185);
                var_186 = wp::sub(var_187, var_2);
                // dist = wp.length(d)                                                            <L 64>
                var_188 = wp::length(var_186);
                // if dist > prm.view_radius:                                                     <L 65>
                var_189 = &(var_prm.view_radius);
                var_191 = wp::load(var_189);
                var_190 = (var_188 > var_191);
                if (var_190) {
                    // continue                                                                   <L 66>
                    wp::assign(var_43, var_184);
                    wp::assign(var_47, var_186);
                    wp::assign(var_49, var_188);
                    goto start_for_10;
                }
                var_192 = wp::where(var_190, var_43, var_184);
                var_193 = wp::where(var_190, var_47, var_186);
                var_194 = wp::where(var_190, var_49, var_188);
                // align += v[j]                                                                  <L 67>
                var_195 = wp::address(var_v, var_192);
                var_196 = wp::address(var_v, var_192);
                var_198 = wp::load(var_196);
                var_197 = wp::add(var_5, var_198);
                // center += x[j]                                                                 <L 68>
                var_199 = wp::address(var_x, var_192);
                var_200 = wp::address(var_x, var_192);
                var_202 = wp::load(var_200);
                var_201 = wp::add(var_6, var_202);
                // n += 1                                                                         <L 69>
                var_205 = wp::add(var_9, var_204);
                // if dist < prm.separation_radius and dist > 1.0e-6:                             <L 70>
                var_206 = &(var_prm.separation_radius);
                var_208 = wp::load(var_206);
                var_207 = (var_194 < var_208);
                var_210 = (var_194 > var_209);
                var_211 = var_207 && var_210;
                if (var_211) {
                    // sep -= d / (dist * dist)                                                   <L 71>
                    var_212 = wp::mul(var_194, var_194);
                    var_213 = wp::div(var_193, var_212);
                    var_214 = wp::mul(var_194, var_194);
                    var_215 = wp::div(var_193, var_214);
                    var_216 = wp::sub(var_7, var_215);
                }
                var_217 = wp::where(var_211, var_216, var_7);
                wp::assign(var_5, var_197);
                wp::assign(var_6, var_201);
                wp::assign(var_7, var_217);
                wp::assign(var_9, var_205);
                wp::assign(var_43, var_192);
                wp::assign(var_47, var_193);
                wp::assign(var_49, var_194);
                wp::adj_assign(var_49, var_194, adj_49, adj_194);
                wp::adj_assign(var_47, var_193, adj_47, adj_193);
                wp::adj_assign(var_43, var_192, adj_43, adj_192);
                wp::adj_assign(var_9, var_205, adj_9, adj_205);
                wp::adj_assign(var_7, var_217, adj_7, adj_217);
                wp::adj_assign(var_6, var_201, adj_6, adj_201);
                wp::adj_assign(var_5, var_197, adj_5, adj_197);
                wp::adj_where(var_211, var_216, var_7, adj_211, adj_216, adj_7, adj_217);
                if (var_211) {
                    wp::adj_sub(var_7, var_215, adj_7, adj_215, adj_216);
                    wp::adj_div(var_193, var_214, adj_193, adj_214, adj_215);
                    wp::adj_mul(var_194, var_194, adj_194, adj_194, adj_214);
                    wp::adj_div(var_193, var_212, adj_193, adj_212, adj_213);
                    wp::adj_mul(var_194, var_194, adj_194, adj_194, adj_212);
                    // adj: sep -= d / (dist * dist)                                              <L 71>
                }
                adj_prm.separation_radius += adj_206;
                // adj: if dist < prm.separation_radius and dist > 1.0e-6:                        <L 70>
                wp::adj_add(var_9, var_204, adj_9, adj_204, adj_205);
                // adj: n += 1                                                                    <L 69>
                wp::adj_add(var_6, var_202, adj_6, adj_200, adj_201);
                wp::adj_address(var_x, var_192, adj_x, adj_192, adj_200);
                wp::adj_address(var_x, var_192, adj_x, adj_192, adj_199);
                // adj: center += x[j]                                                            <L 68>
                wp::adj_add(var_5, var_198, adj_5, adj_196, adj_197);
                wp::adj_address(var_v, var_192, adj_v, adj_192, adj_196);
                wp::adj_address(var_v, var_192, adj_v, adj_192, adj_195);
                // adj: align += v[j]                                                             <L 67>
                wp::adj_where(var_190, var_49, var_188, adj_190, adj_49, adj_188, adj_194);
                wp::adj_where(var_190, var_47, var_186, adj_190, adj_47, adj_186, adj_193);
                wp::adj_where(var_190, var_43, var_184, adj_190, adj_43, adj_184, adj_192);
                if (var_190) {
                    wp::adj_assign(var_49, var_188, adj_49, adj_188);
                    wp::adj_assign(var_47, var_186, adj_47, adj_186);
                    wp::adj_assign(var_43, var_184, adj_43, adj_184);
                    // adj: continue                                                              <L 66>
                }
                adj_prm.view_radius += adj_189;
                // adj: if dist > prm.view_radius:                                                <L 65>
                wp::adj_length(var_186, var_188, adj_186, adj_188);
                // adj: dist = wp.length(d)                                                       <L 64>
                wp::adj_sub(var_187, var_2, adj_185, adj_2, adj_186);
                wp::adj_address(var_x, var_184, adj_x, adj_184, adj_185);
                // adj: d = x[j] - p                                                              <L 63>
                wp::adj_where(var_183, var_43, var_181, adj_183, adj_43, adj_181, adj_184);
                if (var_183) {
                    wp::adj_assign(var_43, var_181, adj_43, adj_181);
                    // adj: continue                                                              <L 62>
                }
                // adj: if j == i:                                                                <L 61>
                wp::adj_copy(var_182, adj_180, adj_181);
                wp::adj_address(var_slots, var_173, var_174, var_179, adj_slots, adj_173, adj_174, adj_179, adj_180);
                // adj: j = slots[cx, cy, s]                                                      <L 60>
            	goto start_for_10;
            end_for_10:;
            wp::adj_range(var_176, adj_176, adj_178);
            // adj: for s in range(cnt):                                                          <L 59>
            wp::adj_min(var_177, var_37, adj_175, adj_37, adj_176);
            wp::adj_address(var_counts, var_173, var_174, adj_counts, adj_173, adj_174, adj_175);
            // adj: cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                    <L 58>
            wp::adj_where(var_172, var_20, var_157, adj_172, adj_20, adj_157, adj_174);
            wp::adj_where(var_172, var_17, var_154, adj_172, adj_17, adj_154, adj_173);
            if (var_172) {
                wp::adj_assign(var_20, var_157, adj_20, adj_157);
                wp::adj_assign(var_17, var_154, adj_17, adj_154);
                // adj: continue                                                                  <L 57>
            }
            wp::adj_extract(var_170, var_168, adj_167, adj_168, adj_169);
            adj_prm.dims = adj_167;
            wp::adj_extract(var_165, var_163, adj_162, adj_163, adj_164);
            adj_prm.dims = adj_162;
            // adj: if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                <L 56>
            wp::adj_add(var_156, var_151, adj_156, adj_151, adj_157);
            wp::adj_extract(var_4, var_155, adj_4, adj_155, adj_156);
            // adj: cy = c[1] + oy                                                                <L 55>
            wp::adj_add(var_153, var_147, adj_153, adj_147, adj_154);
            wp::adj_extract(var_4, var_152, adj_4, adj_152, adj_153);
            // adj: cx = c[0] + ox                                                                <L 54>
        	goto start_for_8;
        end_for_8:;
        wp::adj_range(var_148, var_149, adj_148, adj_149, adj_150);
        // adj: for oy in range(-1, 2):                                                           <L 53>
        var_79 = wp::iter_reverse(var_79);
        start_for_4:;
            if (iter_cmp(var_79) == 0) goto end_for_4;
            var_80 = wp::iter_next(var_79);
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
        	adj_103 = {};
        	adj_104 = {};
        	adj_105 = {};
        	adj_106 = {};
        	adj_107 = {};
            // cx = c[0] + ox                                                                     <L 54>
            var_82 = wp::extract(var_4, var_81);
            var_83 = wp::add(var_82, var_76);
            // cy = c[1] + oy                                                                     <L 55>
            var_85 = wp::extract(var_4, var_84);
            var_86 = wp::add(var_85, var_80);
            // if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                     <L 56>
            var_88 = (var_83 < var_87);
            var_90 = (var_86 < var_89);
            var_91 = &(var_prm.dims);
            var_94 = wp::load(var_91);
            var_93 = wp::extract(var_94, var_92);
            var_95 = (var_83 >= var_93);
            var_96 = &(var_prm.dims);
            var_99 = wp::load(var_96);
            var_98 = wp::extract(var_99, var_97);
            var_100 = (var_86 >= var_98);
            var_101 = var_88 || var_90 || var_95 || var_100;
            if (var_101) {
                // continue                                                                       <L 57>
                wp::assign(var_17, var_83);
                wp::assign(var_20, var_86);
                goto start_for_4;
            }
            var_102 = wp::where(var_101, var_17, var_83);
            var_103 = wp::where(var_101, var_20, var_86);
            // cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                         <L 58>
            var_104 = wp::address(var_counts, var_102, var_103);
            var_106 = wp::load(var_104);
            var_105 = wp::min(var_106, var_37);
            // for s in range(cnt):                                                               <L 59>
            var_107 = wp::range(var_105);
            wp::assign(var_17, var_102);
            wp::assign(var_20, var_103);
            wp::assign(var_38, var_105);
            wp::assign(var_41, var_108);
            wp::adj_assign(var_41, var_108, adj_41, adj_108);
            wp::adj_assign(var_38, var_105, adj_38, adj_105);
            wp::adj_assign(var_20, var_103, adj_20, adj_103);
            wp::adj_assign(var_17, var_102, adj_17, adj_102);
            var_107 = wp::iter_reverse(var_107);
            start_for_6:;
                if (iter_cmp(var_107) == 0) goto end_for_6;
                var_108 = wp::iter_next(var_107);
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
            	adj_137 = {};
            	adj_138 = {};
            	adj_139 = {};
            	adj_140 = {};
            	adj_141 = {};
            	adj_142 = {};
            	adj_143 = {};
            	adj_144 = {};
            	adj_145 = {};
            	adj_146 = {};
                // j = slots[cx, cy, s]                                                           <L 60>
                var_109 = wp::address(var_slots, var_102, var_103, var_108);
                var_111 = wp::load(var_109);
                var_110 = wp::copy(var_111);
                // if j == i:                                                                     <L 61>
                var_112 = (var_110 == var_0);
                if (var_112) {
                    // continue                                                                   <L 62>
                    wp::assign(var_43, var_110);
                    goto start_for_6;
                }
                var_113 = wp::where(var_112, var_43, var_110);
                // d = x[j] - p                                                                   <L 63>
                var_114 = wp::address(var_x, var_113);
                var_116 = wp::load(var_114);
                var_115 = wp::sub(var_116, var_2);
                // dist = wp.length(d)                                                            <L 64>
                var_117 = wp::length(var_115);
                // if dist > prm.view_radius:                                                     <L 65>
                var_118 = &(var_prm.view_radius);
                var_120 = wp::load(var_118);
                var_119 = (var_117 > var_120);
                if (var_119) {
                    // continue                                                                   <L 66>
                    wp::assign(var_43, var_113);
                    wp::assign(var_47, var_115);
                    wp::assign(var_49, var_117);
                    goto start_for_6;
                }
                var_121 = wp::where(var_119, var_43, var_113);
                var_122 = wp::where(var_119, var_47, var_115);
                var_123 = wp::where(var_119, var_49, var_117);
                // align += v[j]                                                                  <L 67>
                var_124 = wp::address(var_v, var_121);
                var_125 = wp::address(var_v, var_121);
                var_127 = wp::load(var_125);
                var_126 = wp::add(var_5, var_127);
                // center += x[j]                                                                 <L 68>
                var_128 = wp::address(var_x, var_121);
                var_129 = wp::address(var_x, var_121);
                var_131 = wp::load(var_129);
                var_130 = wp::add(var_6, var_131);
                // n += 1                                                                         <L 69>
                var_134 = wp::add(var_9, var_133);
                // if dist < prm.separation_radius and dist > 1.0e-6:                             <L 70>
                var_135 = &(var_prm.separation_radius);
                var_137 = wp::load(var_135);
                var_136 = (var_123 < var_137);
                var_139 = (var_123 > var_138);
                var_140 = var_136 && var_139;
                if (var_140) {
                    // sep -= d / (dist * dist)                                                   <L 71>
                    var_141 = wp::mul(var_123, var_123);
                    var_142 = wp::div(var_122, var_141);
                    var_143 = wp::mul(var_123, var_123);
                    var_144 = wp::div(var_122, var_143);
                    var_145 = wp::sub(var_7, var_144);
                }
                var_146 = wp::where(var_140, var_145, var_7);
                wp::assign(var_5, var_126);
                wp::assign(var_6, var_130);
                wp::assign(var_7, var_146);
                wp::assign(var_9, var_134);
                wp::assign(var_43, var_121);
                wp::assign(var_47, var_122);
                wp::assign(var_49, var_123);
                wp::adj_assign(var_49, var_123, adj_49, adj_123);
                wp::adj_assign(var_47, var_122, adj_47, adj_122);
                wp::adj_assign(var_43, var_121, adj_43, adj_121);
                wp::adj_assign(var_9, var_134, adj_9, adj_134);
                wp::adj_assign(var_7, var_146, adj_7, adj_146);
                wp::adj_assign(var_6, var_130, adj_6, adj_130);
                wp::adj_assign(var_5, var_126, adj_5, adj_126);
                wp::adj_where(var_140, var_145, var_7, adj_140, adj_145, adj_7, adj_146);
                if (var_140) {
                    wp::adj_sub(var_7, var_144, adj_7, adj_144, adj_145);
                    wp::adj_div(var_122, var_143, adj_122, adj_143, adj_144);
                    wp::adj_mul(var_123, var_123, adj_123, adj_123, adj_143);
                    wp::adj_div(var_122, var_141, adj_122, adj_141, adj_142);
                    wp::adj_mul(var_123, var_123, adj_123, adj_123, adj_141);
                    // adj: sep -= d / (dist * dist)                                              <L 71>
                }
                adj_prm.separation_radius += adj_135;
                // adj: if dist < prm.separation_radius and dist > 1.0e-6:                        <L 70>
                wp::adj_add(var_9, var_133, adj_9, adj_133, adj_134);
                // adj: n += 1                                                                    <L 69>
                wp::adj_add(var_6, var_131, adj_6, adj_129, adj_130);
                wp::adj_address(var_x, var_121, adj_x, adj_121, adj_129);
                wp::adj_address(var_x, var_121, adj_x, adj_121, adj_128);
                // adj: center += x[j]                                                            <L 68>
                wp::adj_add(var_5, var_127, adj_5, adj_125, adj_126);
                wp::adj_address(var_v, var_121, adj_v, adj_121, adj_125);
                wp::adj_address(var_v, var_121, adj_v, adj_121, adj_124);
                // adj: align += v[j]                                                             <L 67>
                wp::adj_where(var_119, var_49, var_117, adj_119, adj_49, adj_117, adj_123);
                wp::adj_where(var_119, var_47, var_115, adj_119, adj_47, adj_115, adj_122);
                wp::adj_where(var_119, var_43, var_113, adj_119, adj_43, adj_113, adj_121);
                if (var_119) {
                    wp::adj_assign(var_49, var_117, adj_49, adj_117);
                    wp::adj_assign(var_47, var_115, adj_47, adj_115);
                    wp::adj_assign(var_43, var_113, adj_43, adj_113);
                    // adj: continue                                                              <L 66>
                }
                adj_prm.view_radius += adj_118;
                // adj: if dist > prm.view_radius:                                                <L 65>
                wp::adj_length(var_115, var_117, adj_115, adj_117);
                // adj: dist = wp.length(d)                                                       <L 64>
                wp::adj_sub(var_116, var_2, adj_114, adj_2, adj_115);
                wp::adj_address(var_x, var_113, adj_x, adj_113, adj_114);
                // adj: d = x[j] - p                                                              <L 63>
                wp::adj_where(var_112, var_43, var_110, adj_112, adj_43, adj_110, adj_113);
                if (var_112) {
                    wp::adj_assign(var_43, var_110, adj_43, adj_110);
                    // adj: continue                                                              <L 62>
                }
                // adj: if j == i:                                                                <L 61>
                wp::adj_copy(var_111, adj_109, adj_110);
                wp::adj_address(var_slots, var_102, var_103, var_108, adj_slots, adj_102, adj_103, adj_108, adj_109);
                // adj: j = slots[cx, cy, s]                                                      <L 60>
            	goto start_for_6;
            end_for_6:;
            wp::adj_range(var_105, adj_105, adj_107);
            // adj: for s in range(cnt):                                                          <L 59>
            wp::adj_min(var_106, var_37, adj_104, adj_37, adj_105);
            wp::adj_address(var_counts, var_102, var_103, adj_counts, adj_102, adj_103, adj_104);
            // adj: cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                    <L 58>
            wp::adj_where(var_101, var_20, var_86, adj_101, adj_20, adj_86, adj_103);
            wp::adj_where(var_101, var_17, var_83, adj_101, adj_17, adj_83, adj_102);
            if (var_101) {
                wp::adj_assign(var_20, var_86, adj_20, adj_86);
                wp::adj_assign(var_17, var_83, adj_17, adj_83);
                // adj: continue                                                                  <L 57>
            }
            wp::adj_extract(var_99, var_97, adj_96, adj_97, adj_98);
            adj_prm.dims = adj_96;
            wp::adj_extract(var_94, var_92, adj_91, adj_92, adj_93);
            adj_prm.dims = adj_91;
            // adj: if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                <L 56>
            wp::adj_add(var_85, var_80, adj_85, adj_80, adj_86);
            wp::adj_extract(var_4, var_84, adj_4, adj_84, adj_85);
            // adj: cy = c[1] + oy                                                                <L 55>
            wp::adj_add(var_82, var_76, adj_82, adj_76, adj_83);
            wp::adj_extract(var_4, var_81, adj_4, adj_81, adj_82);
            // adj: cx = c[0] + ox                                                                <L 54>
        	goto start_for_4;
        end_for_4:;
        wp::adj_range(var_77, var_78, adj_77, adj_78, adj_79);
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
            var_22 = (var_17 < var_21);
            var_24 = (var_20 < var_23);
            var_25 = &(var_prm.dims);
            var_28 = wp::load(var_25);
            var_27 = wp::extract(var_28, var_26);
            var_29 = (var_17 >= var_27);
            var_30 = &(var_prm.dims);
            var_33 = wp::load(var_30);
            var_32 = wp::extract(var_33, var_31);
            var_34 = (var_20 >= var_32);
            var_35 = var_22 || var_24 || var_29 || var_34;
            if (var_35) {
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
            	adj_71 = {};
            	adj_72 = {};
            	adj_73 = {};
            	adj_74 = {};
            	adj_75 = {};
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
                var_50 = &(var_prm.view_radius);
                var_52 = wp::load(var_50);
                var_51 = (var_49 > var_52);
                if (var_51) {
                    // continue                                                                   <L 66>
                    goto start_for_2;
                }
                // align += v[j]                                                                  <L 67>
                var_53 = wp::address(var_v, var_43);
                var_54 = wp::address(var_v, var_43);
                var_56 = wp::load(var_54);
                var_55 = wp::add(var_5, var_56);
                // center += x[j]                                                                 <L 68>
                var_57 = wp::address(var_x, var_43);
                var_58 = wp::address(var_x, var_43);
                var_60 = wp::load(var_58);
                var_59 = wp::add(var_6, var_60);
                // n += 1                                                                         <L 69>
                var_63 = wp::add(var_9, var_62);
                // if dist < prm.separation_radius and dist > 1.0e-6:                             <L 70>
                var_64 = &(var_prm.separation_radius);
                var_66 = wp::load(var_64);
                var_65 = (var_49 < var_66);
                var_68 = (var_49 > var_67);
                var_69 = var_65 && var_68;
                if (var_69) {
                    // sep -= d / (dist * dist)                                                   <L 71>
                    var_70 = wp::mul(var_49, var_49);
                    var_71 = wp::div(var_47, var_70);
                    var_72 = wp::mul(var_49, var_49);
                    var_73 = wp::div(var_47, var_72);
                    var_74 = wp::sub(var_7, var_73);
                }
                var_75 = wp::where(var_69, var_74, var_7);
                wp::assign(var_5, var_55);
                wp::assign(var_6, var_59);
                wp::assign(var_7, var_75);
                wp::assign(var_9, var_63);
                wp::adj_assign(var_9, var_63, adj_9, adj_63);
                wp::adj_assign(var_7, var_75, adj_7, adj_75);
                wp::adj_assign(var_6, var_59, adj_6, adj_59);
                wp::adj_assign(var_5, var_55, adj_5, adj_55);
                wp::adj_where(var_69, var_74, var_7, adj_69, adj_74, adj_7, adj_75);
                if (var_69) {
                    wp::adj_sub(var_7, var_73, adj_7, adj_73, adj_74);
                    wp::adj_div(var_47, var_72, adj_47, adj_72, adj_73);
                    wp::adj_mul(var_49, var_49, adj_49, adj_49, adj_72);
                    wp::adj_div(var_47, var_70, adj_47, adj_70, adj_71);
                    wp::adj_mul(var_49, var_49, adj_49, adj_49, adj_70);
                    // adj: sep -= d / (dist * dist)                                              <L 71>
                }
                adj_prm.separation_radius += adj_64;
                // adj: if dist < prm.separation_radius and dist > 1.0e-6:                        <L 70>
                wp::adj_add(var_9, var_62, adj_9, adj_62, adj_63);
                // adj: n += 1                                                                    <L 69>
                wp::adj_add(var_6, var_60, adj_6, adj_58, adj_59);
                wp::adj_address(var_x, var_43, adj_x, adj_43, adj_58);
                wp::adj_address(var_x, var_43, adj_x, adj_43, adj_57);
                // adj: center += x[j]                                                            <L 68>
                wp::adj_add(var_5, var_56, adj_5, adj_54, adj_55);
                wp::adj_address(var_v, var_43, adj_v, adj_43, adj_54);
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
            wp::adj_range(var_38, adj_38, adj_40);
            // adj: for s in range(cnt):                                                          <L 59>
            wp::adj_min(var_39, var_37, adj_36, adj_37, adj_38);
            wp::adj_address(var_counts, var_17, var_20, adj_counts, adj_17, adj_20, adj_36);
            // adj: cnt = wp.min(counts[cx, cy], MAX_PER_CELL)                                    <L 58>
            if (var_35) {
                // adj: continue                                                                  <L 57>
            }
            wp::adj_extract(var_33, var_31, adj_30, adj_31, adj_32);
            adj_prm.dims = adj_30;
            wp::adj_extract(var_28, var_26, adj_25, adj_26, adj_27);
            adj_prm.dims = adj_25;
            // adj: if cx < 0 or cy < 0 or cx >= prm.dims[0] or cy >= prm.dims[1]:                <L 56>
            wp::adj_add(var_19, var_14, adj_19, adj_14, adj_20);
            wp::adj_extract(var_4, var_18, adj_4, adj_18, adj_19);
            // adj: cy = c[1] + oy                                                                <L 55>
            wp::adj_add(var_16, var_10, adj_16, adj_10, adj_17);
            wp::adj_extract(var_4, var_15, adj_4, adj_15, adj_16);
            // adj: cx = c[0] + ox                                                                <L 54>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_11, var_12, adj_11, adj_12, adj_13);
        // adj: for oy in range(-1, 2):                                                           <L 53>
        // adj: for ox in range(-1, 2):                                                           <L 52>
        wp::adj_int(var_8, adj_8, adj_9);
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
        continue;
    }
}



extern "C" __global__ void move_1d502e80_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    wp::array_t<wp::vec_t<2, wp::float32>> var_acc,
    BoidParams_b6a4232b var_prm,
    wp::float32 var_dt,
    wp::float32 var_width,
    wp::float32 var_height)
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
        wp::vec_t<2, wp::float32> var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        bool var_27;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        wp::vec_t<2, wp::float32> var_33;
        wp::vec_t<2, wp::float32> var_34;
        wp::vec_t<2, wp::float32> var_35;
        const wp::int32 var_36 = 1;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.0;
        bool var_39;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::vec_t<2, wp::float32> var_45;
        wp::vec_t<2, wp::float32> var_46;
        const wp::int32 var_47 = 1;
        wp::float32 var_48;
        bool var_49;
        const wp::int32 var_50 = 0;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::vec_t<2, wp::float32> var_55;
        wp::vec_t<2, wp::float32> var_56;
        wp::vec_t<2, wp::float32> var_57;
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
        var_7 = &(var_prm.max_speed);
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
        var_24 = wp::where(var_17, var_23, var_12);
        if (!var_17) {
            // elif p[0] >= width:                                                                <L 88>
            var_26 = wp::extract(var_24, var_25);
            var_27 = (var_26 >= var_width);
            if (var_27) {
                // p = wp.vec2(p[0] - width, p[1])                                                <L 89>
                var_29 = wp::extract(var_24, var_28);
                var_30 = wp::sub(var_29, var_width);
                var_32 = wp::extract(var_24, var_31);
                var_33 = wp::vec_t<2, wp::float32>(var_30, var_32);
            }
            var_34 = wp::where(var_27, var_33, var_24);
        }
        var_35 = wp::where(var_17, var_24, var_34);
        // if p[1] < 0.0:                                                                         <L 90>
        var_37 = wp::extract(var_35, var_36);
        var_39 = (var_37 < var_38);
        if (var_39) {
            // p = wp.vec2(p[0], p[1] + height)                                                   <L 91>
            var_41 = wp::extract(var_35, var_40);
            var_43 = wp::extract(var_35, var_42);
            var_44 = wp::add(var_43, var_height);
            var_45 = wp::vec_t<2, wp::float32>(var_41, var_44);
        }
        var_46 = wp::where(var_39, var_45, var_35);
        if (!var_39) {
            // elif p[1] >= height:                                                               <L 92>
            var_48 = wp::extract(var_46, var_47);
            var_49 = (var_48 >= var_height);
            if (var_49) {
                // p = wp.vec2(p[0], p[1] - height)                                               <L 93>
                var_51 = wp::extract(var_46, var_50);
                var_53 = wp::extract(var_46, var_52);
                var_54 = wp::sub(var_53, var_height);
                var_55 = wp::vec_t<2, wp::float32>(var_51, var_54);
            }
            var_56 = wp::where(var_49, var_55, var_46);
        }
        var_57 = wp::where(var_39, var_46, var_56);
        // x[i] = p                                                                               <L 94>
        wp::array_store(var_x, var_0, var_57);
        // v[i] = vel                                                                             <L 95>
        wp::array_store(var_v, var_0, var_8);
    }
}



extern "C" __global__ void move_1d502e80_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_x,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    wp::array_t<wp::vec_t<2, wp::float32>> var_acc,
    BoidParams_b6a4232b var_prm,
    wp::float32 var_dt,
    wp::float32 var_width,
    wp::float32 var_height,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_acc,
    BoidParams_b6a4232b adj_prm,
    wp::float32 adj_dt,
    wp::float32 adj_width,
    wp::float32 adj_height)
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
        wp::vec_t<2, wp::float32> var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        bool var_27;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        wp::vec_t<2, wp::float32> var_33;
        wp::vec_t<2, wp::float32> var_34;
        wp::vec_t<2, wp::float32> var_35;
        const wp::int32 var_36 = 1;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.0;
        bool var_39;
        const wp::int32 var_40 = 0;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::vec_t<2, wp::float32> var_45;
        wp::vec_t<2, wp::float32> var_46;
        const wp::int32 var_47 = 1;
        wp::float32 var_48;
        bool var_49;
        const wp::int32 var_50 = 0;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::vec_t<2, wp::float32> var_55;
        wp::vec_t<2, wp::float32> var_56;
        wp::vec_t<2, wp::float32> var_57;
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
        wp::vec_t<2, wp::float32> adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::vec_t<2, wp::float32> adj_33 = {};
        wp::vec_t<2, wp::float32> adj_34 = {};
        wp::vec_t<2, wp::float32> adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        bool adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::vec_t<2, wp::float32> adj_45 = {};
        wp::vec_t<2, wp::float32> adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        bool adj_49 = {};
        wp::int32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::vec_t<2, wp::float32> adj_55 = {};
        wp::vec_t<2, wp::float32> adj_56 = {};
        wp::vec_t<2, wp::float32> adj_57 = {};
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
        var_7 = &(var_prm.max_speed);
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
        var_24 = wp::where(var_17, var_23, var_12);
        if (!var_17) {
            // elif p[0] >= width:                                                                <L 88>
            var_26 = wp::extract(var_24, var_25);
            var_27 = (var_26 >= var_width);
            if (var_27) {
                // p = wp.vec2(p[0] - width, p[1])                                                <L 89>
                var_29 = wp::extract(var_24, var_28);
                var_30 = wp::sub(var_29, var_width);
                var_32 = wp::extract(var_24, var_31);
                var_33 = wp::vec_t<2, wp::float32>(var_30, var_32);
            }
            var_34 = wp::where(var_27, var_33, var_24);
        }
        var_35 = wp::where(var_17, var_24, var_34);
        // if p[1] < 0.0:                                                                         <L 90>
        var_37 = wp::extract(var_35, var_36);
        var_39 = (var_37 < var_38);
        if (var_39) {
            // p = wp.vec2(p[0], p[1] + height)                                                   <L 91>
            var_41 = wp::extract(var_35, var_40);
            var_43 = wp::extract(var_35, var_42);
            var_44 = wp::add(var_43, var_height);
            var_45 = wp::vec_t<2, wp::float32>(var_41, var_44);
        }
        var_46 = wp::where(var_39, var_45, var_35);
        if (!var_39) {
            // elif p[1] >= height:                                                               <L 92>
            var_48 = wp::extract(var_46, var_47);
            var_49 = (var_48 >= var_height);
            if (var_49) {
                // p = wp.vec2(p[0], p[1] - height)                                               <L 93>
                var_51 = wp::extract(var_46, var_50);
                var_53 = wp::extract(var_46, var_52);
                var_54 = wp::sub(var_53, var_height);
                var_55 = wp::vec_t<2, wp::float32>(var_51, var_54);
            }
            var_56 = wp::where(var_49, var_55, var_46);
        }
        var_57 = wp::where(var_39, var_46, var_56);
        // x[i] = p                                                                               <L 94>
        // wp::array_store(var_x, var_0, var_57);
        // v[i] = vel                                                                             <L 95>
        // wp::array_store(var_v, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_v, var_0, var_8, adj_v, adj_0, adj_8);
        // adj: v[i] = vel                                                                        <L 95>
        wp::adj_array_store(var_x, var_0, var_57, adj_x, adj_0, adj_57);
        // adj: x[i] = p                                                                          <L 94>
        wp::adj_where(var_39, var_46, var_56, adj_39, adj_46, adj_56, adj_57);
        if (!var_39) {
            wp::adj_where(var_49, var_55, var_46, adj_49, adj_55, adj_46, adj_56);
            if (var_49) {
                wp::adj_vec_t(var_51, var_54, adj_51, adj_54, adj_55);
                wp::adj_sub(var_53, var_height, adj_53, adj_height, adj_54);
                wp::adj_extract(var_46, var_52, adj_46, adj_52, adj_53);
                wp::adj_extract(var_46, var_50, adj_46, adj_50, adj_51);
                // adj: p = wp.vec2(p[0], p[1] - height)                                          <L 93>
            }
            wp::adj_extract(var_46, var_47, adj_46, adj_47, adj_48);
            // adj: elif p[1] >= height:                                                          <L 92>
        }
        wp::adj_where(var_39, var_45, var_35, adj_39, adj_45, adj_35, adj_46);
        if (var_39) {
            wp::adj_vec_t(var_41, var_44, adj_41, adj_44, adj_45);
            wp::adj_add(var_43, var_height, adj_43, adj_height, adj_44);
            wp::adj_extract(var_35, var_42, adj_35, adj_42, adj_43);
            wp::adj_extract(var_35, var_40, adj_35, adj_40, adj_41);
            // adj: p = wp.vec2(p[0], p[1] + height)                                              <L 91>
        }
        wp::adj_extract(var_35, var_36, adj_35, adj_36, adj_37);
        // adj: if p[1] < 0.0:                                                                    <L 90>
        wp::adj_where(var_17, var_24, var_34, adj_17, adj_24, adj_34, adj_35);
        if (!var_17) {
            wp::adj_where(var_27, var_33, var_24, adj_27, adj_33, adj_24, adj_34);
            if (var_27) {
                wp::adj_vec_t(var_30, var_32, adj_30, adj_32, adj_33);
                wp::adj_extract(var_24, var_31, adj_24, adj_31, adj_32);
                wp::adj_sub(var_29, var_width, adj_29, adj_width, adj_30);
                wp::adj_extract(var_24, var_28, adj_24, adj_28, adj_29);
                // adj: p = wp.vec2(p[0] - width, p[1])                                           <L 89>
            }
            wp::adj_extract(var_24, var_25, adj_24, adj_25, adj_26);
            // adj: elif p[0] >= width:                                                           <L 88>
        }
        wp::adj_where(var_17, var_23, var_12, adj_17, adj_23, adj_12, adj_24);
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
        continue;
    }
}

