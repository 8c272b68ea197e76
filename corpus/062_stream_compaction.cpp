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


struct Particle_f6c51b45
{
    wp::vec_t<3, wp::float32> pos;
    wp::vec_t<3, wp::float32> vel;
    wp::float32 age;
    wp::int32 alive;


    Particle_f6c51b45() = default;
    CUDA_CALLABLE Particle_f6c51b45(wp::vec_t<3, wp::float32> const& pos,
    wp::vec_t<3, wp::float32> const& vel = {},
    wp::float32 const& age = {},
    wp::int32 const& alive = {})
        : pos{pos}
        , vel{vel}
        , age{age}
        , alive{alive}

    {
    }

    CUDA_CALLABLE Particle_f6c51b45& operator += (const Particle_f6c51b45& rhs)
    {    pos += rhs.pos;
    vel += rhs.vel;
    age += rhs.age;
    alive += rhs.alive;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_f6c51b45(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> & adj_pos,
    wp::vec_t<3, wp::float32> & adj_vel,
    wp::float32 & adj_age,
    wp::int32 & adj_alive,
    Particle_f6c51b45 & adj_ret)
{
    adj_pos += adj_ret.pos;
    adj_vel += adj_ret.vel;
    adj_age += adj_ret.age;
    adj_alive += adj_ret.alive;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_f6c51b45 add(const Particle_f6c51b45& a, const Particle_f6c51b45& b)
{
    return Particle_f6c51b45();
}

CUDA_CALLABLE void adj_atomic_add(Particle_f6c51b45* p, Particle_f6c51b45 t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->vel, t.vel);
    wp::adj_atomic_add(&p->age, t.age);
    wp::adj_atomic_add(&p->alive, t.alive);
}




// corpus/062_stream_compaction.py:12
static bool keep_0(
    Particle_f6c51b45 var_p,
    wp::float32 var_max_age,
    wp::float32 var_bound)
{
    //---------
    // primal vars
    wp::int32* var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::int32 var_3;
    const bool var_4 = false;
    wp::float32* var_5;
    bool var_6;
    wp::float32 var_7;
    const bool var_8 = false;
    wp::vec_t<3, wp::float32>* var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    bool var_12;
    const bool var_13 = false;
    const bool var_14 = true;
    //---------
    // forward
    // def keep(p: Particle, max_age: float, bound: float) -> bool:                           <L 13>
    // if p.alive == 0:                                                                       <L 14>
    var_0 = &((var_p).alive);
    var_3 = wp::load(var_0);
    var_2 = (var_3 == var_1);
    if (var_2) {
        // return False                                                                       <L 15>
        return var_4;
    }
    // if p.age > max_age:                                                                    <L 16>
    var_5 = &((var_p).age);
    var_7 = wp::load(var_5);
    var_6 = (var_7 > var_max_age);
    if (var_6) {
        // return False                                                                       <L 17>
        return var_8;
    }
    // if wp.length(p.pos) > bound:                                                           <L 18>
    var_9 = &((var_p).pos);
    var_11 = wp::load(var_9);
    var_10 = wp::length(var_11);
    var_12 = (var_10 > var_bound);
    if (var_12) {
        // return False                                                                       <L 19>
        return var_13;
    }
    // return True                                                                            <L 20>
    return var_14;
}


// corpus/062_stream_compaction.py:12
static void adj_keep_0(
    Particle_f6c51b45 var_p,
    wp::float32 var_max_age,
    wp::float32 var_bound,
    Particle_f6c51b45 & adj_p,
    wp::float32 & adj_max_age,
    wp::float32 & adj_bound,
    bool & adj_ret)
{
    //---------
    // primal vars
    wp::int32* var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::int32 var_3;
    const bool var_4 = false;
    wp::float32* var_5;
    bool var_6;
    wp::float32 var_7;
    const bool var_8 = false;
    wp::vec_t<3, wp::float32>* var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    bool var_12;
    const bool var_13 = false;
    const bool var_14 = true;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    bool adj_12 = {};
    bool adj_13 = {};
    bool adj_14 = {};
    //---------
    // forward
    // def keep(p: Particle, max_age: float, bound: float) -> bool:                           <L 13>
    // if p.alive == 0:                                                                       <L 14>
    var_0 = &((var_p).alive);
    var_3 = wp::load(var_0);
    var_2 = (var_3 == var_1);
    if (var_2) {
        // return False                                                                       <L 15>
        goto label0;
    }
    // if p.age > max_age:                                                                    <L 16>
    var_5 = &((var_p).age);
    var_7 = wp::load(var_5);
    var_6 = (var_7 > var_max_age);
    if (var_6) {
        // return False                                                                       <L 17>
        goto label1;
    }
    // if wp.length(p.pos) > bound:                                                           <L 18>
    var_9 = &((var_p).pos);
    var_11 = wp::load(var_9);
    var_10 = wp::length(var_11);
    var_12 = (var_10 > var_bound);
    if (var_12) {
        // return False                                                                       <L 19>
        goto label2;
    }
    // return True                                                                            <L 20>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_14 += adj_ret;
    // adj: return True                                                                       <L 20>
    if (var_12) {
        label2:;
        adj_13 += adj_ret;
        // adj: return False                                                                  <L 19>
    }
    wp::adj_length(var_11, var_10, adj_9, adj_10);
    adj_p.pos += adj_9;
    // adj: if wp.length(p.pos) > bound:                                                      <L 18>
    if (var_6) {
        label1:;
        adj_8 += adj_ret;
        // adj: return False                                                                  <L 17>
    }
    adj_p.age += adj_5;
    // adj: if p.age > max_age:                                                               <L 16>
    if (var_2) {
        label0:;
        adj_4 += adj_ret;
        // adj: return False                                                                  <L 15>
    }
    adj_p.alive = adj_0;
    // adj: if p.alive == 0:                                                                  <L 14>
    // adj: def keep(p: Particle, max_age: float, bound: float) -> bool:                      <L 13>
    return;
}

struct wp_args_compact_atomic_056e8fb3 {
    wp::array_t<Particle_f6c51b45> src;
    wp::float32 max_age;
    wp::float32 bound;
    wp::array_t<Particle_f6c51b45> dst;
    wp::array_t<wp::int32> counter;
};


void compact_atomic_056e8fb3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compact_atomic_056e8fb3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f6c51b45> var_src = _wp_args->src;
    wp::float32 var_max_age = _wp_args->max_age;
    wp::float32 var_bound = _wp_args->bound;
    wp::array_t<Particle_f6c51b45> var_dst = _wp_args->dst;
    wp::array_t<wp::int32> var_counter = _wp_args->counter;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f6c51b45* var_1;
    Particle_f6c51b45 var_2;
    Particle_f6c51b45 var_3;
    bool var_4;
    bool var_5;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    //---------
    // forward
    // def compact_atomic(src: wp.array(dtype=Particle), max_age: float, bound: float, dst: wp.array(dtype=Particle), counter: wp.array(dtype=int)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // p = src[i]                                                                             <L 26>
    var_1 = wp::address(var_src, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if not keep(p, max_age, bound):                                                        <L 27>
    var_4 = keep_0(var_2, var_max_age, var_bound);
    var_5 = wp::unot(var_4);
    if (var_5) {
        // return                                                                             <L 28>
        return;
    }
    // slot = wp.atomic_add(counter, 0, 1)                                                    <L 29>
    var_8 = wp::atomic_add(var_counter, var_6, var_7);
    // dst[slot] = p                                                                          <L 30>
    wp::array_store(var_dst, var_8, var_2);
}



void compact_atomic_056e8fb3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compact_atomic_056e8fb3 *_wp_args,
    wp_args_compact_atomic_056e8fb3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f6c51b45> var_src = _wp_args->src;
    wp::float32 var_max_age = _wp_args->max_age;
    wp::float32 var_bound = _wp_args->bound;
    wp::array_t<Particle_f6c51b45> var_dst = _wp_args->dst;
    wp::array_t<wp::int32> var_counter = _wp_args->counter;
    wp::array_t<Particle_f6c51b45> adj_src = _wp_adj_args->src;
    wp::float32 adj_max_age = _wp_adj_args->max_age;
    wp::float32 adj_bound = _wp_adj_args->bound;
    wp::array_t<Particle_f6c51b45> adj_dst = _wp_adj_args->dst;
    wp::array_t<wp::int32> adj_counter = _wp_adj_args->counter;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f6c51b45* var_1;
    Particle_f6c51b45 var_2;
    Particle_f6c51b45 var_3;
    bool var_4;
    bool var_5;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Particle_f6c51b45 adj_1 = {};
    Particle_f6c51b45 adj_2 = {};
    Particle_f6c51b45 adj_3 = {};
    bool adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    //---------
    // forward
    // def compact_atomic(src: wp.array(dtype=Particle), max_age: float, bound: float, dst: wp.array(dtype=Particle), counter: wp.array(dtype=int)):       <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // p = src[i]                                                                             <L 26>
    var_1 = wp::address(var_src, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if not keep(p, max_age, bound):                                                        <L 27>
    var_4 = keep_0(var_2, var_max_age, var_bound);
    var_5 = wp::unot(var_4);
    if (var_5) {
        // return                                                                             <L 28>
        goto label0;
    }
    // slot = wp.atomic_add(counter, 0, 1)                                                    <L 29>
    // var_8 = wp::atomic_add(var_counter, var_6, var_7);
    // dst[slot] = p                                                                          <L 30>
    // wp::array_store(var_dst, var_8, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_8, var_2, adj_dst, adj_8, adj_2);
    // adj: dst[slot] = p                                                                     <L 30>
    wp::adj_atomic_add(var_counter, var_6, var_7, adj_counter, adj_6, adj_7, adj_8);
    // adj: slot = wp.atomic_add(counter, 0, 1)                                               <L 29>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 28>
    }
    adj_keep_0(var_2, var_max_age, var_bound, adj_2, adj_max_age, adj_bound, adj_4);
    // adj: if not keep(p, max_age, bound):                                                   <L 27>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_src, var_0, adj_src, adj_0, adj_1);
    // adj: p = src[i]                                                                        <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def compact_atomic(src: wp.array(dtype=Particle), max_age: float, bound: float, dst: wp.array(dtype=Particle), counter: wp.array(dtype=int)):  <L 24>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void compact_atomic_056e8fb3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compact_atomic_056e8fb3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compact_atomic_056e8fb3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void compact_atomic_056e8fb3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compact_atomic_056e8fb3 *_wp_args,
    wp_args_compact_atomic_056e8fb3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compact_atomic_056e8fb3_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_mark_flags_fbc75624 {
    wp::array_t<Particle_f6c51b45> src;
    wp::float32 max_age;
    wp::float32 bound;
    wp::array_t<wp::int32> flags;
};


void mark_flags_fbc75624_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mark_flags_fbc75624 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f6c51b45> var_src = _wp_args->src;
    wp::float32 var_max_age = _wp_args->max_age;
    wp::float32 var_bound = _wp_args->bound;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f6c51b45* var_1;
    bool var_2;
    Particle_f6c51b45 var_3;
    const wp::int32 var_4 = 1;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    //---------
    // forward
    // def mark_flags(src: wp.array(dtype=Particle), max_age: float, bound: float, flags: wp.array(dtype=int)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // flags[i] = wp.where(keep(src[i], max_age, bound), 1, 0)                                <L 36>
    var_1 = wp::address(var_src, var_0);
    var_3 = wp::load(var_1);
    var_2 = keep_0(var_3, var_max_age, var_bound);
    var_6 = wp::where(var_2, var_4, var_5);
    wp::array_store(var_flags, var_0, var_6);
}



void mark_flags_fbc75624_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mark_flags_fbc75624 *_wp_args,
    wp_args_mark_flags_fbc75624 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f6c51b45> var_src = _wp_args->src;
    wp::float32 var_max_age = _wp_args->max_age;
    wp::float32 var_bound = _wp_args->bound;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<Particle_f6c51b45> adj_src = _wp_adj_args->src;
    wp::float32 adj_max_age = _wp_adj_args->max_age;
    wp::float32 adj_bound = _wp_adj_args->bound;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f6c51b45* var_1;
    bool var_2;
    Particle_f6c51b45 var_3;
    const wp::int32 var_4 = 1;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Particle_f6c51b45 adj_1 = {};
    bool adj_2 = {};
    Particle_f6c51b45 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    //---------
    // forward
    // def mark_flags(src: wp.array(dtype=Particle), max_age: float, bound: float, flags: wp.array(dtype=int)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // flags[i] = wp.where(keep(src[i], max_age, bound), 1, 0)                                <L 36>
    var_1 = wp::address(var_src, var_0);
    var_3 = wp::load(var_1);
    var_2 = keep_0(var_3, var_max_age, var_bound);
    var_6 = wp::where(var_2, var_4, var_5);
    // wp::array_store(var_flags, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_flags, var_0, var_6, adj_flags, adj_0, adj_6);
    wp::adj_where(var_2, var_4, var_5, adj_2, adj_4, adj_5, adj_6);
    adj_keep_0(var_3, var_max_age, var_bound, adj_1, adj_max_age, adj_bound, adj_2);
    wp::adj_address(var_src, var_0, adj_src, adj_0, adj_1);
    // adj: flags[i] = wp.where(keep(src[i], max_age, bound), 1, 0)                           <L 36>
    // adj: i = wp.tid()                                                                      <L 35>
    // adj: def mark_flags(src: wp.array(dtype=Particle), max_age: float, bound: float, flags: wp.array(dtype=int)):  <L 34>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mark_flags_fbc75624_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mark_flags_fbc75624 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mark_flags_fbc75624_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mark_flags_fbc75624_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mark_flags_fbc75624 *_wp_args,
    wp_args_mark_flags_fbc75624 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mark_flags_fbc75624_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_scatter_stable_ff8685bc {
    wp::array_t<Particle_f6c51b45> src;
    wp::array_t<wp::int32> flags;
    wp::array_t<wp::int32> scan;
    wp::array_t<Particle_f6c51b45> dst;
};


void scatter_stable_ff8685bc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_stable_ff8685bc *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f6c51b45> var_src = _wp_args->src;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::int32> var_scan = _wp_args->scan;
    wp::array_t<Particle_f6c51b45> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    Particle_f6c51b45* var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    Particle_f6c51b45 var_8;
    //---------
    // forward
    // def scatter_stable(src: wp.array(dtype=Particle), flags: wp.array(dtype=int), scan: wp.array(dtype=int), dst: wp.array(dtype=Particle)):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // if flags[i] == 0:                                                                      <L 42>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 43>
        return;
    }
    // dst[scan[i]] = src[i]                                                                  <L 44>
    var_5 = wp::address(var_src, var_0);
    var_6 = wp::address(var_scan, var_0);
    var_7 = wp::load(var_6);
    var_8 = wp::load(var_5);
    wp::array_store(var_dst, var_7, var_8);
}



void scatter_stable_ff8685bc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_stable_ff8685bc *_wp_args,
    wp_args_scatter_stable_ff8685bc *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f6c51b45> var_src = _wp_args->src;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::int32> var_scan = _wp_args->scan;
    wp::array_t<Particle_f6c51b45> var_dst = _wp_args->dst;
    wp::array_t<Particle_f6c51b45> adj_src = _wp_adj_args->src;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::int32> adj_scan = _wp_adj_args->scan;
    wp::array_t<Particle_f6c51b45> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    Particle_f6c51b45* var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    Particle_f6c51b45 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    Particle_f6c51b45 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    Particle_f6c51b45 adj_8 = {};
    //---------
    // forward
    // def scatter_stable(src: wp.array(dtype=Particle), flags: wp.array(dtype=int), scan: wp.array(dtype=int), dst: wp.array(dtype=Particle)):       <L 40>
    // i = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // if flags[i] == 0:                                                                      <L 42>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 43>
        goto label0;
    }
    // dst[scan[i]] = src[i]                                                                  <L 44>
    var_5 = wp::address(var_src, var_0);
    var_6 = wp::address(var_scan, var_0);
    var_7 = wp::load(var_6);
    var_8 = wp::load(var_5);
    // wp::array_store(var_dst, var_7, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_7, var_8, adj_dst, adj_6, adj_5);
    wp::adj_address(var_scan, var_0, adj_scan, adj_0, adj_6);
    wp::adj_address(var_src, var_0, adj_src, adj_0, adj_5);
    // adj: dst[scan[i]] = src[i]                                                             <L 44>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 43>
    }
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
    // adj: if flags[i] == 0:                                                                 <L 42>
    // adj: i = wp.tid()                                                                      <L 41>
    // adj: def scatter_stable(src: wp.array(dtype=Particle), flags: wp.array(dtype=int), scan: wp.array(dtype=int), dst: wp.array(dtype=Particle)):  <L 40>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void scatter_stable_ff8685bc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_stable_ff8685bc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scatter_stable_ff8685bc_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void scatter_stable_ff8685bc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_stable_ff8685bc *_wp_args,
    wp_args_scatter_stable_ff8685bc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scatter_stable_ff8685bc_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_compact_indices_2d_43c87696 {
    wp::array_t<bool> mask;
    wp::array_t<wp::vec_t<2, wp::int32>> coords;
    wp::array_t<wp::int32> counter;
    wp::int32 capacity;
    wp::array_t<wp::int32> overflow;
};


void compact_indices_2d_43c87696_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_compact_indices_2d_43c87696 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<bool> var_mask = _wp_args->mask;
    wp::array_t<wp::vec_t<2, wp::int32>> var_coords = _wp_args->coords;
    wp::array_t<wp::int32> var_counter = _wp_args->counter;
    wp::int32 var_capacity = _wp_args->capacity;
    wp::array_t<wp::int32> var_overflow = _wp_args->overflow;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool* var_2;
    bool var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    bool var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::vec_t<2, wp::int32> var_12;
    //---------
    // forward
    // def compact_indices_2d(mask: wp.array2d(dtype=wp.bool), coords: wp.array(dtype=wp.vec2i), counter: wp.array(dtype=int), capacity: int, overflow: wp.array(dtype=int)):       <L 48>
    // y, x = wp.tid()                                                                        <L 49>
    builtin_tid2d(var_0, var_1);
    // if not mask[y, x]:                                                                     <L 50>
    var_2 = wp::address(var_mask, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::unot(var_4);
    if (var_3) {
        // return                                                                             <L 51>
        return;
    }
    // slot = wp.atomic_add(counter, 0, 1)                                                    <L 52>
    var_7 = wp::atomic_add(var_counter, var_5, var_6);
    // if slot >= capacity:                                                                   <L 53>
    var_8 = (var_7 >= var_capacity);
    if (var_8) {
        // wp.atomic_add(overflow, 0, 1)                                                      <L 54>
        var_11 = wp::atomic_add(var_overflow, var_9, var_10);
        // return                                                                             <L 55>
        return;
    }
    // coords[slot] = wp.vec2i(x, y)                                                          <L 56>
    var_12 = wp::vec_t<2, wp::int32>(var_1, var_0);
    wp::array_store(var_coords, var_7, var_12);
}



void compact_indices_2d_43c87696_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_compact_indices_2d_43c87696 *_wp_args,
    wp_args_compact_indices_2d_43c87696 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<bool> var_mask = _wp_args->mask;
    wp::array_t<wp::vec_t<2, wp::int32>> var_coords = _wp_args->coords;
    wp::array_t<wp::int32> var_counter = _wp_args->counter;
    wp::int32 var_capacity = _wp_args->capacity;
    wp::array_t<wp::int32> var_overflow = _wp_args->overflow;
    wp::array_t<bool> adj_mask = _wp_adj_args->mask;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_coords = _wp_adj_args->coords;
    wp::array_t<wp::int32> adj_counter = _wp_adj_args->counter;
    wp::int32 adj_capacity = _wp_adj_args->capacity;
    wp::array_t<wp::int32> adj_overflow = _wp_adj_args->overflow;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool* var_2;
    bool var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    bool var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::vec_t<2, wp::int32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    bool adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<2, wp::int32> adj_12 = {};
    //---------
    // forward
    // def compact_indices_2d(mask: wp.array2d(dtype=wp.bool), coords: wp.array(dtype=wp.vec2i), counter: wp.array(dtype=int), capacity: int, overflow: wp.array(dtype=int)):       <L 48>
    // y, x = wp.tid()                                                                        <L 49>
    builtin_tid2d(var_0, var_1);
    // if not mask[y, x]:                                                                     <L 50>
    var_2 = wp::address(var_mask, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::unot(var_4);
    if (var_3) {
        // return                                                                             <L 51>
        goto label0;
    }
    // slot = wp.atomic_add(counter, 0, 1)                                                    <L 52>
    // var_7 = wp::atomic_add(var_counter, var_5, var_6);
    // if slot >= capacity:                                                                   <L 53>
    var_8 = (var_7 >= var_capacity);
    if (var_8) {
        // wp.atomic_add(overflow, 0, 1)                                                      <L 54>
        // var_11 = wp::atomic_add(var_overflow, var_9, var_10);
        // return                                                                             <L 55>
        goto label1;
    }
    // coords[slot] = wp.vec2i(x, y)                                                          <L 56>
    var_12 = wp::vec_t<2, wp::int32>(var_1, var_0);
    // wp::array_store(var_coords, var_7, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_coords, var_7, var_12, adj_coords, adj_7, adj_12);
    wp::adj_vec_t(var_1, var_0, adj_1, adj_0, adj_12);
    // adj: coords[slot] = wp.vec2i(x, y)                                                     <L 56>
    if (var_8) {
        label1:;
        // adj: return                                                                        <L 55>
        wp::adj_atomic_add(var_overflow, var_9, var_10, adj_overflow, adj_9, adj_10, adj_11);
        // adj: wp.atomic_add(overflow, 0, 1)                                                 <L 54>
    }
    // adj: if slot >= capacity:                                                              <L 53>
    wp::adj_atomic_add(var_counter, var_5, var_6, adj_counter, adj_5, adj_6, adj_7);
    // adj: slot = wp.atomic_add(counter, 0, 1)                                               <L 52>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 51>
    }
    wp::adj_address(var_mask, var_0, var_1, adj_mask, adj_0, adj_1, adj_2);
    // adj: if not mask[y, x]:                                                                <L 50>
    // adj: y, x = wp.tid()                                                                   <L 49>
    // adj: def compact_indices_2d(mask: wp.array2d(dtype=wp.bool), coords: wp.array(dtype=wp.vec2i), counter: wp.array(dtype=int), capacity: int, overflow: wp.array(dtype=int)):  <L 48>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void compact_indices_2d_43c87696_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_compact_indices_2d_43c87696 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compact_indices_2d_43c87696_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void compact_indices_2d_43c87696_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_compact_indices_2d_43c87696 *_wp_args,
    wp_args_compact_indices_2d_43c87696 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compact_indices_2d_43c87696_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_age_particles_3e7c37b4 {
    wp::array_t<Particle_f6c51b45> ps;
    wp::float32 dt;
    wp::float32 drag;
};


void age_particles_3e7c37b4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_age_particles_3e7c37b4 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f6c51b45> var_ps = _wp_args->ps;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_drag = _wp_args->drag;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f6c51b45* var_1;
    Particle_f6c51b45 var_2;
    Particle_f6c51b45 var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // forward
    // def age_particles(ps: wp.array(dtype=Particle), dt: float, drag: float):               <L 60>
    // i = wp.tid()                                                                           <L 61>
    var_0 = builtin_tid1d();
    // p = ps[i]                                                                              <L 62>
    var_1 = wp::address(var_ps, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p.alive == 0:                                                                       <L 63>
    var_4 = &((var_2).alive);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 64>
        return;
    }
    // p.age = p.age + dt                                                                     <L 65>
    var_8 = &((var_2).age);
    var_10 = wp::load(var_8);
    var_9 = wp::add(var_10, var_dt);
    var_2.age = var_9;
    // p.vel = p.vel * (1.0 - drag * dt)                                                      <L 66>
    var_11 = &((var_2).vel);
    var_13 = wp::mul(var_drag, var_dt);
    var_14 = wp::sub(var_12, var_13);
    var_16 = wp::load(var_11);
    var_15 = wp::mul(var_16, var_14);
    var_2.vel = var_15;
    // p.pos = p.pos + p.vel * dt                                                             <L 67>
    var_17 = &((var_2).pos);
    var_18 = &((var_2).vel);
    var_20 = wp::load(var_18);
    var_19 = wp::mul(var_20, var_dt);
    var_22 = wp::load(var_17);
    var_21 = wp::add(var_22, var_19);
    var_2.pos = var_21;
    // ps[i] = p                                                                              <L 68>
    wp::array_store(var_ps, var_0, var_2);
}



void age_particles_3e7c37b4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_age_particles_3e7c37b4 *_wp_args,
    wp_args_age_particles_3e7c37b4 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Particle_f6c51b45> var_ps = _wp_args->ps;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_drag = _wp_args->drag;
    wp::array_t<Particle_f6c51b45> adj_ps = _wp_adj_args->ps;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_drag = _wp_adj_args->drag;
    //---------
    // primal vars
    wp::int32 var_0;
    Particle_f6c51b45* var_1;
    Particle_f6c51b45 var_2;
    Particle_f6c51b45 var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Particle_f6c51b45 adj_1 = {};
    Particle_f6c51b45 adj_2 = {};
    Particle_f6c51b45 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    //---------
    // forward
    // def age_particles(ps: wp.array(dtype=Particle), dt: float, drag: float):               <L 60>
    // i = wp.tid()                                                                           <L 61>
    var_0 = builtin_tid1d();
    // p = ps[i]                                                                              <L 62>
    var_1 = wp::address(var_ps, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p.alive == 0:                                                                       <L 63>
    var_4 = &((var_2).alive);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 64>
        goto label0;
    }
    // p.age = p.age + dt                                                                     <L 65>
    var_8 = &((var_2).age);
    var_10 = wp::load(var_8);
    var_9 = wp::add(var_10, var_dt);
    var_2.age = var_9;
    // p.vel = p.vel * (1.0 - drag * dt)                                                      <L 66>
    var_11 = &((var_2).vel);
    var_13 = wp::mul(var_drag, var_dt);
    var_14 = wp::sub(var_12, var_13);
    var_16 = wp::load(var_11);
    var_15 = wp::mul(var_16, var_14);
    var_2.vel = var_15;
    // p.pos = p.pos + p.vel * dt                                                             <L 67>
    var_17 = &((var_2).pos);
    var_18 = &((var_2).vel);
    var_20 = wp::load(var_18);
    var_19 = wp::mul(var_20, var_dt);
    var_22 = wp::load(var_17);
    var_21 = wp::add(var_22, var_19);
    var_2.pos = var_21;
    // ps[i] = p                                                                              <L 68>
    // wp::array_store(var_ps, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_ps, var_0, var_2, adj_ps, adj_0, adj_2);
    // adj: ps[i] = p                                                                         <L 68>
    adj_21 += adj_2.pos;
    adj_2.pos = {};
    wp::adj_add(var_22, var_19, adj_17, adj_19, adj_21);
    wp::adj_mul(var_20, var_dt, adj_18, adj_dt, adj_19);
    adj_2.vel += adj_18;
    adj_2.pos += adj_17;
    // adj: p.pos = p.pos + p.vel * dt                                                        <L 67>
    adj_15 += adj_2.vel;
    adj_2.vel = {};
    wp::adj_mul(var_16, var_14, adj_11, adj_14, adj_15);
    wp::adj_sub(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_mul(var_drag, var_dt, adj_drag, adj_dt, adj_13);
    adj_2.vel += adj_11;
    // adj: p.vel = p.vel * (1.0 - drag * dt)                                                 <L 66>
    adj_9 += adj_2.age;
    adj_2.age = {};
    wp::adj_add(var_10, var_dt, adj_8, adj_dt, adj_9);
    adj_2.age += adj_8;
    // adj: p.age = p.age + dt                                                                <L 65>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 64>
    }
    adj_2.alive = adj_4;
    // adj: if p.alive == 0:                                                                  <L 63>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_ps, var_0, adj_ps, adj_0, adj_1);
    // adj: p = ps[i]                                                                         <L 62>
    // adj: i = wp.tid()                                                                      <L 61>
    // adj: def age_particles(ps: wp.array(dtype=Particle), dt: float, drag: float):          <L 60>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void age_particles_3e7c37b4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_age_particles_3e7c37b4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        age_particles_3e7c37b4_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void age_particles_3e7c37b4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_age_particles_3e7c37b4 *_wp_args,
    wp_args_age_particles_3e7c37b4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        age_particles_3e7c37b4_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

