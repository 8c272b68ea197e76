
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


struct Particle_9de5ed98
{
    wp::vec_t<3, wp::float32> pos;
    wp::vec_t<3, wp::float32> vel;
    wp::float32 mass;


    Particle_9de5ed98() = default;
    CUDA_CALLABLE Particle_9de5ed98(wp::vec_t<3, wp::float32> const& pos,
    wp::vec_t<3, wp::float32> const& vel = {},
    wp::float32 const& mass = {})
        : pos{pos}
        , vel{vel}
        , mass{mass}

    {
    }

    CUDA_CALLABLE Particle_9de5ed98& operator += (const Particle_9de5ed98& rhs)
    {    pos += rhs.pos;
    vel += rhs.vel;
    mass += rhs.mass;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_9de5ed98(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_pos,
    wp::vec_t<3, wp::float32> & adj_vel,
    wp::float32 & adj_mass,
    Particle_9de5ed98 & adj_ret)
{
    adj_pos += adj_ret.pos;
    adj_vel += adj_ret.vel;
    adj_mass += adj_ret.mass;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_9de5ed98 add(const Particle_9de5ed98& a, const Particle_9de5ed98& b)
{
    return Particle_9de5ed98();
}

CUDA_CALLABLE void adj_atomic_add(Particle_9de5ed98* p, Particle_9de5ed98 t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->vel, t.vel);
    wp::adj_atomic_add(&p->mass, t.mass);
}



struct Inner_1aae947e
{
    wp::float32 x;
    wp::float32 y;


    Inner_1aae947e() = default;
    CUDA_CALLABLE Inner_1aae947e(wp::float32 const& x,
    wp::float32 const& y = {})
        : x{x}
        , y{y}

    {
    }

    CUDA_CALLABLE Inner_1aae947e& operator += (const Inner_1aae947e& rhs)
    {    x += rhs.x;
    y += rhs.y;

        return *this;}

};

static CUDA_CALLABLE void adj_Inner_1aae947e(wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    Inner_1aae947e & adj_ret)
{
    adj_x += adj_ret.x;
    adj_y += adj_ret.y;
}

// Required when compiling adjoints.
CUDA_CALLABLE Inner_1aae947e add(const Inner_1aae947e& a, const Inner_1aae947e& b)
{
    return Inner_1aae947e();
}

CUDA_CALLABLE void adj_atomic_add(Inner_1aae947e* p, Inner_1aae947e t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->y, t.y);
}



struct Outer_8a268261
{
    Inner_1aae947e inner;
    wp::float32 scale;


    Outer_8a268261() = default;
    CUDA_CALLABLE Outer_8a268261(Inner_1aae947e const& inner,
    wp::float32 const& scale = {})
        : inner{inner}
        , scale{scale}

    {
    }

    CUDA_CALLABLE Outer_8a268261& operator += (const Outer_8a268261& rhs)
    {    inner += rhs.inner;
    scale += rhs.scale;

        return *this;}

};

static CUDA_CALLABLE void adj_Outer_8a268261(Inner_1aae947e const&,
    wp::float32 const&,
    Inner_1aae947e & adj_inner,
    wp::float32 & adj_scale,
    Outer_8a268261 & adj_ret)
{
    adj_inner += adj_ret.inner;
    adj_scale += adj_ret.scale;
}

// Required when compiling adjoints.
CUDA_CALLABLE Outer_8a268261 add(const Outer_8a268261& a, const Outer_8a268261& b)
{
    return Outer_8a268261();
}

CUDA_CALLABLE void adj_atomic_add(Outer_8a268261* p, Outer_8a268261 t)
{
    adj_atomic_add(&p->inner, t.inner);
    wp::adj_atomic_add(&p->scale, t.scale);
}


struct wp_args_slot_writes_31f9ca5e {
    wp::array_t<Particle_9de5ed98> ps;
    wp::array_t<wp::vec_t<3, wp::float32>> vs;
};


void slot_writes_31f9ca5e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_slot_writes_31f9ca5e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_9de5ed98> var_ps = _wp_args->ps;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vs = _wp_args->vs;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_9de5ed98* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    Particle_9de5ed98* var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::float32 var_5 = 0.1;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    Particle_9de5ed98* var_10;
    Particle_9de5ed98* var_11;
    wp::vec_t<3, wp::float32>* var_12;
    const wp::float32 var_13 = 2.0;
    Particle_9de5ed98* var_14;
    Particle_9de5ed98* var_15;
    wp::float32* var_16;
    const wp::float32 var_17 = 1.0;
    wp::vec_t<3, wp::float32>* var_18;
    const wp::int32 var_19 = 0;
    wp::float32* var_20;
    const wp::float32 var_21 = 2.0;
    wp::vec_t<3, wp::float32>* var_22;
    const wp::int32 var_23 = 1;
    wp::float32* var_24;
    //---------
    // forward
    // def slot_writes(ps: wp.array(dtype=Particle), vs: wp.array(dtype=wp.vec3)):            <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // ps[i].pos = ps[i].pos + ps[i].vel * 0.1                                                <L 26>
    var_1 = wp::address(var_ps, var_0);
    var_2 = &(var_1->pos);
    var_3 = wp::address(var_ps, var_0);
    var_4 = &(var_3->vel);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    var_9 = wp::load(var_2);
    var_8 = wp::add(var_9, var_6);
    var_10 = wp::address(var_ps, var_0);
    var_11 = wp::address(var_ps, var_0);
    var_12 = &(var_11->pos);
    wp::store(var_12, var_8);
    // ps[i].mass = 2.0                                                                       <L 27>
    var_14 = wp::address(var_ps, var_0);
    var_15 = wp::address(var_ps, var_0);
    var_16 = &(var_15->mass);
    wp::store(var_16, var_13);
    // vs[i].x = 1.0                                                                          <L 28>
    var_18 = wp::address(var_vs, var_0);
    var_20 = wp::indexref(var_18, var_19);
    wp::store(var_20, var_17);
    // vs[i][1] = 2.0                                                                         <L 29>
    var_22 = wp::address(var_vs, var_0);
    var_24 = wp::indexref(var_22, var_23);
    wp::store(var_24, var_21);
}



void slot_writes_31f9ca5e_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_slot_writes_31f9ca5e *_wp_args,
    wp_args_slot_writes_31f9ca5e *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_9de5ed98> var_ps = _wp_args->ps;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vs = _wp_args->vs;
    wp::array_t<Particle_9de5ed98> adj_ps = _wp_adj_args->ps;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vs = _wp_adj_args->vs;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_9de5ed98* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    Particle_9de5ed98* var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::float32 var_5 = 0.1;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    Particle_9de5ed98* var_10;
    Particle_9de5ed98* var_11;
    wp::vec_t<3, wp::float32>* var_12;
    const wp::float32 var_13 = 2.0;
    Particle_9de5ed98* var_14;
    Particle_9de5ed98* var_15;
    wp::float32* var_16;
    const wp::float32 var_17 = 1.0;
    wp::vec_t<3, wp::float32>* var_18;
    const wp::int32 var_19 = 0;
    wp::float32* var_20;
    const wp::float32 var_21 = 2.0;
    wp::vec_t<3, wp::float32>* var_22;
    const wp::int32 var_23 = 1;
    wp::float32* var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Particle_9de5ed98 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    Particle_9de5ed98 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    Particle_9de5ed98 adj_10 = {};
    Particle_9de5ed98 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    Particle_9de5ed98 adj_14 = {};
    Particle_9de5ed98 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    //---------
    // forward
    // def slot_writes(ps: wp.array(dtype=Particle), vs: wp.array(dtype=wp.vec3)):            <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // ps[i].pos = ps[i].pos + ps[i].vel * 0.1                                                <L 26>
    var_1 = wp::address(var_ps, var_0);
    var_2 = &(var_1->pos);
    var_3 = wp::address(var_ps, var_0);
    var_4 = &(var_3->vel);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    var_9 = wp::load(var_2);
    var_8 = wp::add(var_9, var_6);
    var_10 = wp::address(var_ps, var_0);
    var_11 = wp::address(var_ps, var_0);
    var_12 = &(var_11->pos);
    // wp::store(var_12, var_8);
    // ps[i].mass = 2.0                                                                       <L 27>
    var_14 = wp::address(var_ps, var_0);
    var_15 = wp::address(var_ps, var_0);
    var_16 = &(var_15->mass);
    // wp::store(var_16, var_13);
    // vs[i].x = 1.0                                                                          <L 28>
    var_18 = wp::address(var_vs, var_0);
    // var_20 = wp::indexref(var_18, var_19);
    // wp::store(var_20, var_17);
    // vs[i][1] = 2.0                                                                         <L 29>
    var_22 = wp::address(var_vs, var_0);
    // var_24 = wp::indexref(var_22, var_23);
    // wp::store(var_24, var_21);
    //---------
    // reverse
    wp::adj_address(var_vs, var_0, adj_vs, adj_0, adj_22);
    // adj: vs[i][1] = 2.0                                                                    <L 29>
    wp::adj_address(var_vs, var_0, adj_vs, adj_0, adj_18);
    // adj: vs[i].x = 1.0                                                                     <L 28>
    adj_15.mass += adj_16;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_15);
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_14);
    // adj: ps[i].mass = 2.0                                                                  <L 27>
    adj_11.pos += adj_12;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_11);
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_10);
    wp::adj_add(var_9, var_6, adj_2, adj_6, adj_8);
    wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
    adj_3.vel += adj_4;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_3);
    adj_1.pos += adj_2;
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_1);
    // adj: ps[i].pos = ps[i].pos + ps[i].vel * 0.1                                           <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def slot_writes(ps: wp.array(dtype=Particle), vs: wp.array(dtype=wp.vec3)):       <L 24>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void slot_writes_31f9ca5e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_slot_writes_31f9ca5e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        slot_writes_31f9ca5e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void slot_writes_31f9ca5e_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_slot_writes_31f9ca5e *_wp_args,
    wp_args_slot_writes_31f9ca5e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        slot_writes_31f9ca5e_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_comp_aug_64656a0f {
    wp::array_t<wp::vec_t<3, wp::float32>> vs;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> ms;
};


void comp_aug_64656a0f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_comp_aug_64656a0f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_vs = _wp_args->vs;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_ms = _wp_args->ms;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    const wp::int32 var_5 = 0;
    const wp::float32 var_6 = 2.0;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    const wp::float32 var_9 = 2.0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::mat_t<2, 2, wp::float32>* var_12;
    wp::mat_t<2, 2, wp::float32> var_13;
    wp::mat_t<2, 2, wp::float32> var_14;
    const wp::float32 var_15 = 3.0;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 1;
    const wp::float32 var_18 = 4.0;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 0;
    const wp::float32 var_21 = 5.0;
    const wp::int32 var_22 = 1;
    const wp::int32 var_23 = 1;
    //---------
    // forward
    // def comp_aug(vs: wp.array(dtype=wp.vec3), ms: wp.array(dtype=wp.mat22)):               <L 33>
    // i = wp.tid()                                                                           <L 34>
    var_0 = builtin_tid1d();
    // v = vs[i]                                                                              <L 35>
    var_1 = wp::address(var_vs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v[0] += 1.0                                                                            <L 36>
    wp::add_inplace(var_2, var_5, var_4);
    // v.y -= 2.0                                                                             <L 37>
    var_8 = wp::extract(var_2, var_7);
    var_10 = wp::sub(var_8, var_9);
    wp::assign_inplace(var_2, var_11, var_10);
    // m = ms[i]                                                                              <L 38>
    var_12 = wp::address(var_ms, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // m[0, 1] = 3.0                                                                          <L 39>
    wp::assign_inplace(var_13, var_16, var_17, var_15);
    // m[1][0] = 4.0                                                                          <L 40>
    wp::assign_inplace(var_13, var_19, var_20, var_18);
    // m[1, 1] += 5.0                                                                         <L 41>
    wp::add_inplace(var_13, var_22, var_23, var_21);
    // vs[i] = v                                                                              <L 42>
    wp::array_store(var_vs, var_0, var_2);
    // ms[i] = m                                                                              <L 43>
    wp::array_store(var_ms, var_0, var_13);
}



void comp_aug_64656a0f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_comp_aug_64656a0f *_wp_args,
    wp_args_comp_aug_64656a0f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_vs = _wp_args->vs;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_ms = _wp_args->ms;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vs = _wp_adj_args->vs;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_ms = _wp_adj_args->ms;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    const wp::int32 var_5 = 0;
    const wp::float32 var_6 = 2.0;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    const wp::float32 var_9 = 2.0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::mat_t<2, 2, wp::float32>* var_12;
    wp::mat_t<2, 2, wp::float32> var_13;
    wp::mat_t<2, 2, wp::float32> var_14;
    const wp::float32 var_15 = 3.0;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 1;
    const wp::float32 var_18 = 4.0;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 0;
    const wp::float32 var_21 = 5.0;
    const wp::int32 var_22 = 1;
    const wp::int32 var_23 = 1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::mat_t<2, 2, wp::float32> adj_12 = {};
    wp::mat_t<2, 2, wp::float32> adj_13 = {};
    wp::mat_t<2, 2, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    //---------
    // forward
    // def comp_aug(vs: wp.array(dtype=wp.vec3), ms: wp.array(dtype=wp.mat22)):               <L 33>
    // i = wp.tid()                                                                           <L 34>
    var_0 = builtin_tid1d();
    // v = vs[i]                                                                              <L 35>
    var_1 = wp::address(var_vs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v[0] += 1.0                                                                            <L 36>
    wp::add_inplace(var_2, var_5, var_4);
    // v.y -= 2.0                                                                             <L 37>
    var_8 = wp::extract(var_2, var_7);
    var_10 = wp::sub(var_8, var_9);
    wp::assign_inplace(var_2, var_11, var_10);
    // m = ms[i]                                                                              <L 38>
    var_12 = wp::address(var_ms, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // m[0, 1] = 3.0                                                                          <L 39>
    wp::assign_inplace(var_13, var_16, var_17, var_15);
    // m[1][0] = 4.0                                                                          <L 40>
    wp::assign_inplace(var_13, var_19, var_20, var_18);
    // m[1, 1] += 5.0                                                                         <L 41>
    wp::add_inplace(var_13, var_22, var_23, var_21);
    // vs[i] = v                                                                              <L 42>
    // wp::array_store(var_vs, var_0, var_2);
    // ms[i] = m                                                                              <L 43>
    // wp::array_store(var_ms, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_ms, var_0, var_13, adj_ms, adj_0, adj_13);
    // adj: ms[i] = m                                                                         <L 43>
    wp::adj_array_store(var_vs, var_0, var_2, adj_vs, adj_0, adj_2);
    // adj: vs[i] = v                                                                         <L 42>
    wp::adj_add_inplace(var_13, var_22, var_23, var_21, adj_13, adj_22, adj_23, adj_21);
    // adj: m[1, 1] += 5.0                                                                    <L 41>
    wp::adj_assign_inplace(var_13, var_19, var_20, var_18, adj_13, adj_19, adj_20, adj_18);
    // adj: m[1][0] = 4.0                                                                     <L 40>
    wp::adj_assign_inplace(var_13, var_16, var_17, var_15, adj_13, adj_16, adj_17, adj_15);
    // adj: m[0, 1] = 3.0                                                                     <L 39>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_ms, var_0, adj_ms, adj_0, adj_12);
    // adj: m = ms[i]                                                                         <L 38>
    wp::adj_assign_inplace(var_2, var_11, var_10, adj_2, adj_11, adj_10);
    wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
    // adj: v.y -= 2.0                                                                        <L 37>
    wp::adj_add_inplace(var_2, var_5, var_4, adj_2, adj_5, adj_4);
    // adj: v[0] += 1.0                                                                       <L 36>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_vs, var_0, adj_vs, adj_0, adj_1);
    // adj: v = vs[i]                                                                         <L 35>
    // adj: i = wp.tid()                                                                      <L 34>
    // adj: def comp_aug(vs: wp.array(dtype=wp.vec3), ms: wp.array(dtype=wp.mat22)):          <L 33>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void comp_aug_64656a0f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_comp_aug_64656a0f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        comp_aug_64656a0f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void comp_aug_64656a0f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_comp_aug_64656a0f *_wp_args,
    wp_args_comp_aug_64656a0f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        comp_aug_64656a0f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_nested_struct_31e68b73 {
    wp::array_t<Outer_8a268261> o;
    wp::array_t<wp::float32> out;
};


void nested_struct_31e68b73_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_nested_struct_31e68b73 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Outer_8a268261> var_o = _wp_args->o;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    Outer_8a268261* var_1;
    Outer_8a268261 var_2;
    Outer_8a268261 var_3;
    const wp::float32 var_4 = 1.0;
    Inner_1aae947e* var_5;
    Inner_1aae947e* var_6;
    wp::float32* var_7;
    Inner_1aae947e* var_8;
    wp::float32* var_9;
    Inner_1aae947e* var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def nested_struct(o: wp.array(dtype=Outer), out: wp.array(dtype=float)):               <L 47>
    // i = wp.tid()                                                                           <L 48>
    var_0 = builtin_tid1d();
    // s = o[i]                                                                               <L 49>
    var_1 = wp::address(var_o, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s.inner.x = 1.0                                                                        <L 50>
    var_5 = &(var_2.inner);
    var_6 = &(var_2.inner);
    var_7 = &(var_6->x);
    wp::store(var_7, var_4);
    // s.scale = s.inner.x + s.inner.y                                                        <L 51>
    var_8 = &(var_2.inner);
    var_9 = &(var_8->x);
    var_10 = &(var_2.inner);
    var_11 = &(var_10->y);
    var_13 = wp::load(var_9);
    var_14 = wp::load(var_11);
    var_12 = wp::add(var_13, var_14);
    var_15 = &(var_2.scale);
    wp::store(var_15, var_12);
    // out[i] = s.scale                                                                       <L 52>
    var_16 = &(var_2.scale);
    var_17 = wp::load(var_16);
    wp::array_store(var_out, var_0, var_17);
}



void nested_struct_31e68b73_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_nested_struct_31e68b73 *_wp_args,
    wp_args_nested_struct_31e68b73 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Outer_8a268261> var_o = _wp_args->o;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<Outer_8a268261> adj_o = _wp_adj_args->o;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    Outer_8a268261* var_1;
    Outer_8a268261 var_2;
    Outer_8a268261 var_3;
    const wp::float32 var_4 = 1.0;
    Inner_1aae947e* var_5;
    Inner_1aae947e* var_6;
    wp::float32* var_7;
    Inner_1aae947e* var_8;
    wp::float32* var_9;
    Inner_1aae947e* var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Outer_8a268261 adj_1 = {};
    Outer_8a268261 adj_2 = {};
    Outer_8a268261 adj_3 = {};
    wp::float32 adj_4 = {};
    Inner_1aae947e adj_5 = {};
    Inner_1aae947e adj_6 = {};
    wp::float32 adj_7 = {};
    Inner_1aae947e adj_8 = {};
    wp::float32 adj_9 = {};
    Inner_1aae947e adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def nested_struct(o: wp.array(dtype=Outer), out: wp.array(dtype=float)):               <L 47>
    // i = wp.tid()                                                                           <L 48>
    var_0 = builtin_tid1d();
    // s = o[i]                                                                               <L 49>
    var_1 = wp::address(var_o, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s.inner.x = 1.0                                                                        <L 50>
    var_5 = &(var_2.inner);
    var_6 = &(var_2.inner);
    var_7 = &(var_6->x);
    // wp::store(var_7, var_4);
    // s.scale = s.inner.x + s.inner.y                                                        <L 51>
    var_8 = &(var_2.inner);
    var_9 = &(var_8->x);
    var_10 = &(var_2.inner);
    var_11 = &(var_10->y);
    var_13 = wp::load(var_9);
    var_14 = wp::load(var_11);
    var_12 = wp::add(var_13, var_14);
    var_15 = &(var_2.scale);
    // wp::store(var_15, var_12);
    // out[i] = s.scale                                                                       <L 52>
    var_16 = &(var_2.scale);
    var_17 = wp::load(var_16);
    // wp::array_store(var_out, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_16);
    adj_2.scale += adj_16;
    // adj: out[i] = s.scale                                                                  <L 52>
    adj_2.scale += adj_15;
    wp::adj_add(var_13, var_14, adj_9, adj_11, adj_12);
    adj_10.y += adj_11;
    adj_2.inner += adj_10;
    adj_8.x += adj_9;
    adj_2.inner += adj_8;
    // adj: s.scale = s.inner.x + s.inner.y                                                   <L 51>
    adj_6.x += adj_7;
    adj_2.inner += adj_6;
    adj_2.inner += adj_5;
    // adj: s.inner.x = 1.0                                                                   <L 50>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_o, var_0, adj_o, adj_0, adj_1);
    // adj: s = o[i]                                                                          <L 49>
    // adj: i = wp.tid()                                                                      <L 48>
    // adj: def nested_struct(o: wp.array(dtype=Outer), out: wp.array(dtype=float)):          <L 47>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void nested_struct_31e68b73_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_nested_struct_31e68b73 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        nested_struct_31e68b73_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void nested_struct_31e68b73_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_nested_struct_31e68b73 *_wp_args,
    wp_args_nested_struct_31e68b73 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        nested_struct_31e68b73_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_atom2d_b0074fef {
    wp::array_t<wp::int32> grid;
    wp::array_t<wp::float32> vals;
    wp::array_t<wp::float32> mx;
};


void atom2d_b0074fef_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_atom2d_b0074fef *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_grid = _wp_args->grid;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::array_t<wp::float32> var_mx = _wp_args->mx;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    const wp::int32 var_4 = 2;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def atom2d(grid: wp.array2d(dtype=int), vals: wp.array2d(dtype=float), mx: wp.array(dtype=float)):       <L 56>
    // i, j = wp.tid()                                                                        <L 57>
    builtin_tid2d(var_0, var_1);
    // grid[i, j] += 1                                                                        <L 58>
    var_3 = wp::atomic_add(var_grid, var_0, var_1, var_2);
    // wp.atomic_add(grid, i, j, 2)                                                           <L 59>
    var_5 = wp::atomic_add(var_grid, var_0, var_1, var_4);
    // old = wp.atomic_max(mx, 0, vals[i, j])                                                 <L 60>
    var_7 = wp::address(var_vals, var_0, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::atomic_max(var_mx, var_6, var_9);
    // vals[i, j] -= old                                                                      <L 61>
    var_10 = wp::atomic_sub(var_vals, var_0, var_1, var_8);
    // print(old)                                                                             <L 62>
    wp::print(var_8);
}



void atom2d_b0074fef_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_atom2d_b0074fef *_wp_args,
    wp_args_atom2d_b0074fef *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_grid = _wp_args->grid;
    wp::array_t<wp::float32> var_vals = _wp_args->vals;
    wp::array_t<wp::float32> var_mx = _wp_args->mx;
    wp::array_t<wp::int32> adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::float32> adj_vals = _wp_adj_args->vals;
    wp::array_t<wp::float32> adj_mx = _wp_adj_args->mx;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    const wp::int32 var_4 = 2;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def atom2d(grid: wp.array2d(dtype=int), vals: wp.array2d(dtype=float), mx: wp.array(dtype=float)):       <L 56>
    // i, j = wp.tid()                                                                        <L 57>
    builtin_tid2d(var_0, var_1);
    // grid[i, j] += 1                                                                        <L 58>
    // var_3 = wp::atomic_add(var_grid, var_0, var_1, var_2);
    // wp.atomic_add(grid, i, j, 2)                                                           <L 59>
    // var_5 = wp::atomic_add(var_grid, var_0, var_1, var_4);
    // old = wp.atomic_max(mx, 0, vals[i, j])                                                 <L 60>
    var_7 = wp::address(var_vals, var_0, var_1);
    var_9 = wp::load(var_7);
    // var_8 = wp::atomic_max(var_mx, var_6, var_9);
    // vals[i, j] -= old                                                                      <L 61>
    // var_10 = wp::atomic_sub(var_vals, var_0, var_1, var_8);
    // print(old)                                                                             <L 62>
    wp::print(var_8);
    //---------
    // reverse
    wp::adj_print(var_8, adj_8);
    // adj: print(old)                                                                        <L 62>
    wp::adj_atomic_sub(var_vals, var_0, var_1, var_8, adj_vals, adj_0, adj_1, adj_8, adj_10);
    // adj: vals[i, j] -= old                                                                 <L 61>
    wp::adj_atomic_max(var_mx, var_6, var_9, adj_mx, adj_6, adj_7, adj_8);
    wp::adj_address(var_vals, var_0, var_1, adj_vals, adj_0, adj_1, adj_7);
    // adj: old = wp.atomic_max(mx, 0, vals[i, j])                                            <L 60>
    wp::adj_atomic_add(var_grid, var_0, var_1, var_4, adj_grid, adj_0, adj_1, adj_4, adj_5);
    // adj: wp.atomic_add(grid, i, j, 2)                                                      <L 59>
    wp::adj_atomic_add(var_grid, var_0, var_1, var_2, adj_grid, adj_0, adj_1, adj_2, adj_3);
    // adj: grid[i, j] += 1                                                                   <L 58>
    // adj: i, j = wp.tid()                                                                   <L 57>
    // adj: def atom2d(grid: wp.array2d(dtype=int), vals: wp.array2d(dtype=float), mx: wp.array(dtype=float)):  <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void atom2d_b0074fef_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_atom2d_b0074fef *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        atom2d_b0074fef_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void atom2d_b0074fef_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_atom2d_b0074fef *_wp_args,
    wp_args_atom2d_b0074fef *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        atom2d_b0074fef_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

