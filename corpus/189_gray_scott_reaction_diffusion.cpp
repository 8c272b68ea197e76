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


// corpus/189_gray_scott_reaction_diffusion.py:9
static wp::vec_t<2, wp::float32> lap5_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_f,
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
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::vec_t<2, wp::float32>* var_22;
    wp::vec_t<2, wp::float32>* var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::vec_t<2, wp::float32> var_26;
    wp::vec_t<2, wp::float32>* var_27;
    wp::vec_t<2, wp::float32> var_28;
    wp::vec_t<2, wp::float32> var_29;
    wp::vec_t<2, wp::float32>* var_30;
    wp::vec_t<2, wp::float32> var_31;
    wp::vec_t<2, wp::float32> var_32;
    const wp::float32 var_33 = 4.0;
    wp::vec_t<2, wp::float32>* var_34;
    wp::vec_t<2, wp::float32> var_35;
    wp::vec_t<2, wp::float32> var_36;
    wp::vec_t<2, wp::float32> var_37;
    //---------
    // forward
    // def lap5(f: wp.array2d(dtype=wp.vec2), i: int, j: int) -> wp.vec2:                     <L 10>
    // nx = f.shape[0]                                                                        <L 11>
    var_0 = &(var_f.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // ny = f.shape[1]                                                                        <L 12>
    var_4 = &(var_f.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // ip = (i + 1) % nx                                                                      <L 13>
    var_9 = wp::add(var_i, var_8);
    var_10 = wp::mod(var_9, var_2);
    // im = (i - 1 + nx) % nx                                                                 <L 14>
    var_12 = wp::sub(var_i, var_11);
    var_13 = wp::add(var_12, var_2);
    var_14 = wp::mod(var_13, var_2);
    // jp = (j + 1) % ny                                                                      <L 15>
    var_16 = wp::add(var_j, var_15);
    var_17 = wp::mod(var_16, var_6);
    // jm = (j - 1 + ny) % ny                                                                 <L 16>
    var_19 = wp::sub(var_j, var_18);
    var_20 = wp::add(var_19, var_6);
    var_21 = wp::mod(var_20, var_6);
    // return f[ip, j] + f[im, j] + f[i, jp] + f[i, jm] - 4.0 * f[i, j]                       <L 17>
    var_22 = wp::address(var_f, var_10, var_j);
    var_23 = wp::address(var_f, var_14, var_j);
    var_25 = wp::load(var_22);
    var_26 = wp::load(var_23);
    var_24 = wp::add(var_25, var_26);
    var_27 = wp::address(var_f, var_i, var_17);
    var_29 = wp::load(var_27);
    var_28 = wp::add(var_24, var_29);
    var_30 = wp::address(var_f, var_i, var_21);
    var_32 = wp::load(var_30);
    var_31 = wp::add(var_28, var_32);
    var_34 = wp::address(var_f, var_i, var_j);
    var_36 = wp::load(var_34);
    var_35 = wp::mul(var_33, var_36);
    var_37 = wp::sub(var_31, var_35);
    return var_37;
}


// corpus/189_gray_scott_reaction_diffusion.py:9
static void adj_lap5_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_f,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_f,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::vec_t<2, wp::float32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_gray_scott_df8f7940 {
    wp::array_t<wp::vec_t<2, wp::float32>> src;
    wp::array_t<wp::vec_t<2, wp::float32>> dst;
    wp::float32 feed;
    wp::float32 kill;
    wp::float32 dt;
};


void gray_scott_df8f7940_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_gray_scott_df8f7940 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<2, wp::float32>> var_dst = _wp_args->dst;
    wp::float32 var_feed = _wp_args->feed;
    wp::float32 var_kill = _wp_args->kill;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.16;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.08;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.0;
    const wp::float32 var_32 = 1.0;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.0;
    const wp::float32 var_37 = 1.0;
    wp::float32 var_38;
    wp::vec_t<2, wp::float32> var_39;
    //---------
    // forward
    // def gray_scott(src: wp.array2d(dtype=wp.vec2), dst: wp.array2d(dtype=wp.vec2), feed: float, kill: float, dt: float):       <L 21>
    // i, j = wp.tid()                                                                        <L 22>
    builtin_tid2d(var_0, var_1);
    // c = src[i, j]                                                                          <L 23>
    var_2 = wp::address(var_src, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // u = c[0]                                                                               <L 24>
    var_6 = wp::extract(var_3, var_5);
    // v = c[1]                                                                               <L 25>
    var_8 = wp::extract(var_3, var_7);
    // L = lap5(src, i, j)                                                                    <L 26>
    var_9 = lap5_0(var_src, var_0, var_1);
    // uvv = u * v * v                                                                        <L 27>
    var_10 = wp::mul(var_6, var_8);
    var_11 = wp::mul(var_10, var_8);
    // du = DU * L[0] - uvv + feed * (1.0 - u)                                                <L 28>
    var_14 = wp::extract(var_9, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_16 = wp::sub(var_15, var_11);
    var_18 = wp::sub(var_17, var_6);
    var_19 = wp::mul(var_feed, var_18);
    var_20 = wp::add(var_16, var_19);
    // dv = DV * L[1] + uvv - (feed + kill) * v                                               <L 29>
    var_23 = wp::extract(var_9, var_22);
    var_24 = wp::mul(var_21, var_23);
    var_25 = wp::add(var_24, var_11);
    var_26 = wp::add(var_feed, var_kill);
    var_27 = wp::mul(var_26, var_8);
    var_28 = wp::sub(var_25, var_27);
    // dst[i, j] = wp.vec2(wp.clamp(u + du * dt, 0.0, 1.0), wp.clamp(v + dv * dt, 0.0, 1.0))       <L 30>
    var_29 = wp::mul(var_20, var_dt);
    var_30 = wp::add(var_6, var_29);
    var_33 = wp::clamp(var_30, var_31, var_32);
    var_34 = wp::mul(var_28, var_dt);
    var_35 = wp::add(var_8, var_34);
    var_38 = wp::clamp(var_35, var_36, var_37);
    var_39 = wp::vec_t<2, wp::float32>(var_33, var_38);
    wp::array_store(var_dst, var_0, var_1, var_39);
}



extern "C" {

// Python CPU entry points
WP_API void gray_scott_df8f7940_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_gray_scott_df8f7940 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gray_scott_df8f7940_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_seed_spots_ec794a2e {
    wp::array_t<wp::vec_t<2, wp::float32>> f;
    wp::int32 seed;
    wp::int32 count;
    wp::float32 radius;
};


void seed_spots_ec794a2e_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_seed_spots_ec794a2e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_f = _wp_args->f;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_count = _wp_args->count;
    wp::float32 var_radius = _wp_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 0.0;
    wp::vec_t<2, wp::float32> var_4;
    wp::uint32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::float32 var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::shape_t var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::shape_t var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    const wp::float32 var_31 = 0.5;
    const wp::float32 var_32 = 0.25;
    wp::vec_t<2, wp::float32> var_33;
    //---------
    // forward
    // def seed_spots(f: wp.array2d(dtype=wp.vec2), seed: int, count: int, radius: float):       <L 34>
    // i, j = wp.tid()                                                                        <L 35>
    builtin_tid2d(var_0, var_1);
    // f[i, j] = wp.vec2(1.0, 0.0)                                                            <L 36>
    var_4 = wp::vec_t<2, wp::float32>(var_2, var_3);
    wp::array_store(var_f, var_0, var_1, var_4);
    // state = wp.rand_init(seed)                                                             <L 37>
    var_5 = wp::rand_init(var_seed);
    // for s in range(count):                                                                 <L 38>
    var_6 = wp::range(var_count);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // cx = wp.randf(state) * float(f.shape[0])                                           <L 39>
        var_8 = wp::randf(var_5);
        var_9 = &(var_f.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_13 = wp::float(var_11);
        var_14 = wp::mul(var_8, var_13);
        // cy = wp.randf(state) * float(f.shape[1])                                           <L 40>
        var_15 = wp::randf(var_5);
        var_16 = &(var_f.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        var_20 = wp::float(var_18);
        var_21 = wp::mul(var_15, var_20);
        // dx = float(i) - cx                                                                 <L 41>
        var_22 = wp::float(var_0);
        var_23 = wp::sub(var_22, var_14);
        // dy = float(j) - cy                                                                 <L 42>
        var_24 = wp::float(var_1);
        var_25 = wp::sub(var_24, var_21);
        // if dx * dx + dy * dy < radius * radius:                                            <L 43>
        var_26 = wp::mul(var_23, var_23);
        var_27 = wp::mul(var_25, var_25);
        var_28 = wp::add(var_26, var_27);
        var_29 = wp::mul(var_radius, var_radius);
        var_30 = (var_28 < var_29);
        if (var_30) {
            // f[i, j] = wp.vec2(0.5, 0.25)                                                   <L 44>
            var_33 = wp::vec_t<2, wp::float32>(var_31, var_32);
            wp::array_store(var_f, var_0, var_1, var_33);
        }
        goto start_for_0;
    end_for_0:;
}



extern "C" {

// Python CPU entry points
WP_API void seed_spots_ec794a2e_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_seed_spots_ec794a2e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        seed_spots_ec794a2e_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_colorize_e765b3d6 {
    wp::array_t<wp::vec_t<2, wp::float32>> f;
    wp::array_t<wp::vec_t<3, wp::float32>> img;
    wp::vec_t<3, wp::float32> lo;
    wp::vec_t<3, wp::float32> hi;
};


void colorize_e765b3d6_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_colorize_e765b3d6 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_img = _wp_args->img;
    wp::vec_t<3, wp::float32> var_lo = _wp_args->lo;
    wp::vec_t<3, wp::float32> var_hi = _wp_args->hi;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32> var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.4;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def colorize(f: wp.array2d(dtype=wp.vec2), img: wp.array2d(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3):       <L 48>
    // i, j = wp.tid()                                                                        <L 49>
    builtin_tid2d(var_0, var_1);
    // v = f[i, j][1]                                                                         <L 50>
    var_2 = wp::address(var_f, var_0, var_1);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // t = wp.smoothstep(0.0, 0.4, v)                                                         <L 51>
    var_8 = wp::smoothstep(var_6, var_7, var_4);
    // img[i, j] = wp.lerp(lo, hi, t)                                                         <L 52>
    var_9 = wp::lerp(var_lo, var_hi, var_8);
    wp::array_store(var_img, var_0, var_1, var_9);
}



extern "C" {

// Python CPU entry points
WP_API void colorize_e765b3d6_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_colorize_e765b3d6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        colorize_e765b3d6_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_stats_d25bd13a {
    wp::array_t<wp::vec_t<2, wp::float32>> f;
    wp::array_t<wp::float32> sums;
    wp::array_t<wp::int32> hist;
};


void stats_d25bd13a_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_stats_d25bd13a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_sums = _wp_args->sums;
    wp::array_t<wp::int32> var_hist = _wp_args->hist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::shape_t* var_15;
    const wp::int32 var_16 = 0;
    wp::int32 var_17;
    wp::shape_t var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::int32 var_21;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 0;
    wp::int32 var_24;
    wp::shape_t var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    //---------
    // forward
    // def stats(f: wp.array2d(dtype=wp.vec2), sums: wp.array(dtype=float), hist: wp.array(dtype=int)):       <L 56>
    // i, j = wp.tid()                                                                        <L 57>
    builtin_tid2d(var_0, var_1);
    // c = f[i, j]                                                                            <L 58>
    var_2 = wp::address(var_f, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // wp.atomic_add(sums, 0, c[0])                                                           <L 59>
    var_7 = wp::extract(var_3, var_6);
    var_8 = wp::atomic_add(var_sums, var_5, var_7);
    // wp.atomic_add(sums, 1, c[1])                                                           <L 60>
    var_11 = wp::extract(var_3, var_10);
    var_12 = wp::atomic_add(var_sums, var_9, var_11);
    // b = wp.min(int(c[1] * float(hist.shape[0])), hist.shape[0] - 1)                        <L 61>
    var_14 = wp::extract(var_3, var_13);
    var_15 = &(var_hist.shape);
    var_18 = wp::load(var_15);
    var_17 = wp::extract(var_18, var_16);
    var_19 = wp::float(var_17);
    var_20 = wp::mul(var_14, var_19);
    var_21 = wp::int(var_20);
    var_22 = &(var_hist.shape);
    var_25 = wp::load(var_22);
    var_24 = wp::extract(var_25, var_23);
    var_27 = wp::sub(var_24, var_26);
    var_28 = wp::min(var_21, var_27);
    // wp.atomic_add(hist, b, 1)                                                              <L 62>
    var_30 = wp::atomic_add(var_hist, var_28, var_29);
}



extern "C" {

// Python CPU entry points
WP_API void stats_d25bd13a_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_stats_d25bd13a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stats_d25bd13a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

