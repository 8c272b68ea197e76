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


struct Interval_ee3600c7
{
    wp::float32 lo;
    wp::float32 hi;
    wp::int32 id;


    Interval_ee3600c7() = default;
    CUDA_CALLABLE Interval_ee3600c7(wp::float32 const& lo,
    wp::float32 const& hi = {},
    wp::int32 const& id = {})
        : lo{lo}
        , hi{hi}
        , id{id}

    {
    }

    CUDA_CALLABLE Interval_ee3600c7& operator += (const Interval_ee3600c7& rhs)
    {    lo += rhs.lo;
    hi += rhs.hi;
    id += rhs.id;

        return *this;}

};

static CUDA_CALLABLE void adj_Interval_ee3600c7(wp::float32 const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::float32 & adj_lo,
    wp::float32 & adj_hi,
    wp::int32 & adj_id,
    Interval_ee3600c7 & adj_ret)
{
    adj_lo += adj_ret.lo;
    adj_hi += adj_ret.hi;
    adj_id += adj_ret.id;
}

// Required when compiling adjoints.
CUDA_CALLABLE Interval_ee3600c7 add(const Interval_ee3600c7& a, const Interval_ee3600c7& b)
{
    return Interval_ee3600c7();
}

CUDA_CALLABLE void adj_atomic_add(Interval_ee3600c7* p, Interval_ee3600c7 t)
{
    wp::adj_atomic_add(&p->lo, t.lo);
    wp::adj_atomic_add(&p->hi, t.hi);
    wp::adj_atomic_add(&p->id, t.id);
}




// corpus/107_sweep_and_prune.py:11
static bool overlaps_yz_0(
    wp::vec_t<3, wp::float32> var_lo_a,
    wp::vec_t<3, wp::float32> var_hi_a,
    wp::vec_t<3, wp::float32> var_lo_b,
    wp::vec_t<3, wp::float32> var_hi_b)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    bool var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    bool var_10;
    const wp::int32 var_11 = 2;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    bool var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    bool var_20;
    //---------
    // forward
    // def overlaps_yz(lo_a: wp.vec3, hi_a: wp.vec3, lo_b: wp.vec3, hi_b: wp.vec3) -> bool:       <L 12>
    // return lo_a[1] <= hi_b[1] and lo_b[1] <= hi_a[1] and lo_a[2] <= hi_b[2] and lo_b[2] <= hi_a[2]       <L 13>
    var_2 = wp::extract(var_lo_a, var_1);
    var_4 = wp::extract(var_hi_b, var_3);
    var_5 = (var_2 <= var_4);
    var_0 = var_5;
    if (var_0) {
        var_7 = wp::extract(var_lo_b, var_6);
        var_9 = wp::extract(var_hi_a, var_8);
        var_10 = (var_7 <= var_9);
        var_0 = var_0 && var_10;
    }
    if (var_0) {
        var_12 = wp::extract(var_lo_a, var_11);
        var_14 = wp::extract(var_hi_b, var_13);
        var_15 = (var_12 <= var_14);
        var_0 = var_0 && var_15;
    }
    if (var_0) {
        var_17 = wp::extract(var_lo_b, var_16);
        var_19 = wp::extract(var_hi_a, var_18);
        var_20 = (var_17 <= var_19);
        var_0 = var_0 && var_20;
    }
    return var_0;
}


// corpus/107_sweep_and_prune.py:11
static void adj_overlaps_yz_0(
    wp::vec_t<3, wp::float32> var_lo_a,
    wp::vec_t<3, wp::float32> var_hi_a,
    wp::vec_t<3, wp::float32> var_lo_b,
    wp::vec_t<3, wp::float32> var_hi_b,
    wp::vec_t<3, wp::float32> & adj_lo_a,
    wp::vec_t<3, wp::float32> & adj_hi_a,
    wp::vec_t<3, wp::float32> & adj_lo_b,
    wp::vec_t<3, wp::float32> & adj_hi_b,
    bool & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    bool var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    bool var_10;
    const wp::int32 var_11 = 2;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    bool var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    bool var_20;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    //---------
    // forward
    // def overlaps_yz(lo_a: wp.vec3, hi_a: wp.vec3, lo_b: wp.vec3, hi_b: wp.vec3) -> bool:       <L 12>
    // return lo_a[1] <= hi_b[1] and lo_b[1] <= hi_a[1] and lo_a[2] <= hi_b[2] and lo_b[2] <= hi_a[2]       <L 13>
    var_2 = wp::extract(var_lo_a, var_1);
    var_4 = wp::extract(var_hi_b, var_3);
    var_5 = (var_2 <= var_4);
    var_0 = var_5;
    if (var_0) {
        var_7 = wp::extract(var_lo_b, var_6);
        var_9 = wp::extract(var_hi_a, var_8);
        var_10 = (var_7 <= var_9);
        var_0 = var_0 && var_10;
    }
    if (var_0) {
        var_12 = wp::extract(var_lo_a, var_11);
        var_14 = wp::extract(var_hi_b, var_13);
        var_15 = (var_12 <= var_14);
        var_0 = var_0 && var_15;
    }
    if (var_0) {
        var_17 = wp::extract(var_lo_b, var_16);
        var_19 = wp::extract(var_hi_a, var_18);
        var_20 = (var_17 <= var_19);
        var_0 = var_0 && var_20;
    }
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    if (var_0) {
        wp::adj_extract(var_hi_a, var_18, adj_hi_a, adj_18, adj_19);
        wp::adj_extract(var_lo_b, var_16, adj_lo_b, adj_16, adj_17);
    }
    if (var_0) {
        wp::adj_extract(var_hi_b, var_13, adj_hi_b, adj_13, adj_14);
        wp::adj_extract(var_lo_a, var_11, adj_lo_a, adj_11, adj_12);
    }
    if (var_0) {
        wp::adj_extract(var_hi_a, var_8, adj_hi_a, adj_8, adj_9);
        wp::adj_extract(var_lo_b, var_6, adj_lo_b, adj_6, adj_7);
    }
    wp::adj_extract(var_hi_b, var_3, adj_hi_b, adj_3, adj_4);
    wp::adj_extract(var_lo_a, var_1, adj_lo_a, adj_1, adj_2);
    // adj: return lo_a[1] <= hi_b[1] and lo_b[1] <= hi_a[1] and lo_a[2] <= hi_b[2] and lo_b[2] <= hi_a[2]  <L 13>
    // adj: def overlaps_yz(lo_a: wp.vec3, hi_a: wp.vec3, lo_b: wp.vec3, hi_b: wp.vec3) -> bool:  <L 12>
    return;
}

struct wp_args_project_x_7784587d {
    wp::array_t<wp::vec_t<3, wp::float32>> lo;
    wp::array_t<wp::vec_t<3, wp::float32>> hi;
    wp::array_t<Interval_ee3600c7> intervals;
};


void project_x_7784587d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_project_x_7784587d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::array_t<Interval_ee3600c7> var_intervals = _wp_args->intervals;
    //---------
    // primal vars
    wp::int32 var_0;
    Interval_ee3600c7 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def project_x(lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), intervals: wp.array(dtype=Interval)):       <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // iv = Interval()                                                                        <L 19>
    var_1 = Interval_ee3600c7();
    // iv.lo = lo[i][0]                                                                       <L 20>
    var_2 = wp::address(var_lo, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_1.lo = var_4;
    // iv.hi = hi[i][0]                                                                       <L 21>
    var_6 = wp::address(var_hi, var_0);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_1.hi = var_8;
    // iv.id = i                                                                              <L 22>
    var_1.id = var_0;
    // intervals[i] = iv                                                                      <L 23>
    wp::array_store(var_intervals, var_0, var_1);
}



void project_x_7784587d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_project_x_7784587d *_wp_args,
    wp_args_project_x_7784587d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::array_t<Interval_ee3600c7> var_intervals = _wp_args->intervals;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lo = _wp_adj_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hi = _wp_adj_args->hi;
    wp::array_t<Interval_ee3600c7> adj_intervals = _wp_adj_args->intervals;
    //---------
    // primal vars
    wp::int32 var_0;
    Interval_ee3600c7 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Interval_ee3600c7 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def project_x(lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), intervals: wp.array(dtype=Interval)):       <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // iv = Interval()                                                                        <L 19>
    var_1 = Interval_ee3600c7();
    // iv.lo = lo[i][0]                                                                       <L 20>
    var_2 = wp::address(var_lo, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_1.lo = var_4;
    // iv.hi = hi[i][0]                                                                       <L 21>
    var_6 = wp::address(var_hi, var_0);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_1.hi = var_8;
    // iv.id = i                                                                              <L 22>
    var_1.id = var_0;
    // intervals[i] = iv                                                                      <L 23>
    // wp::array_store(var_intervals, var_0, var_1);
    //---------
    // reverse
    wp::adj_array_store(var_intervals, var_0, var_1, adj_intervals, adj_0, adj_1);
    // adj: intervals[i] = iv                                                                 <L 23>
    adj_1.id = {};
    // adj: iv.id = i                                                                         <L 22>
    adj_8 += adj_1.hi;
    adj_1.hi = {};
    wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
    wp::adj_address(var_hi, var_0, adj_hi, adj_0, adj_6);
    // adj: iv.hi = hi[i][0]                                                                  <L 21>
    adj_4 += adj_1.lo;
    adj_1.lo = {};
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    wp::adj_address(var_lo, var_0, adj_lo, adj_0, adj_2);
    // adj: iv.lo = lo[i][0]                                                                  <L 20>
    // adj: iv = Interval()                                                                   <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def project_x(lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), intervals: wp.array(dtype=Interval)):  <L 17>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void project_x_7784587d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_x_7784587d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        project_x_7784587d_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void project_x_7784587d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_x_7784587d *_wp_args,
    wp_args_project_x_7784587d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        project_x_7784587d_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_sweep_e3fbcb55 {
    wp::array_t<Interval_ee3600c7> sorted_iv;
    wp::array_t<wp::vec_t<3, wp::float32>> lo;
    wp::array_t<wp::vec_t<3, wp::float32>> hi;
    wp::int32 max_pairs;
    wp::array_t<wp::vec_t<2, wp::int32>> pairs;
    wp::array_t<wp::int32> pair_count;
    wp::array_t<wp::int32> tests;
};


void sweep_e3fbcb55_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sweep_e3fbcb55 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Interval_ee3600c7> var_sorted_iv = _wp_args->sorted_iv;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::int32 var_max_pairs = _wp_args->max_pairs;
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs = _wp_args->pairs;
    wp::array_t<wp::int32> var_pair_count = _wp_args->pair_count;
    wp::array_t<wp::int32> var_tests = _wp_args->tests;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    Interval_ee3600c7* var_5;
    Interval_ee3600c7 var_6;
    Interval_ee3600c7 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    bool var_12;
    Interval_ee3600c7* var_13;
    Interval_ee3600c7 var_14;
    Interval_ee3600c7 var_15;
    wp::float32* var_16;
    wp::float32* var_17;
    bool var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32* var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::int32 var_25;
    wp::int32* var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::int32 var_28;
    wp::int32* var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::int32 var_31;
    wp::int32* var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::int32 var_34;
    bool var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    bool var_43;
    wp::int32* var_44;
    wp::int32* var_45;
    wp::int32 var_46;
    wp::int32 var_47;
    wp::int32 var_48;
    wp::int32* var_49;
    wp::int32* var_50;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    wp::vec_t<2, wp::int32> var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    const wp::int32 var_57 = 0;
    wp::int32 var_58;
    //---------
    // forward
    // def sweep(sorted_iv: wp.array(dtype=Interval), lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), max_pairs: int, pairs: wp.array(dtype=wp.vec2i), pair_count: wp.array(dtype=int), tests: wp.array(dtype=int)):       <L 27>
    // k = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // n = sorted_iv.shape[0]                                                                 <L 29>
    var_1 = &(var_sorted_iv.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // a = sorted_iv[k]                                                                       <L 30>
    var_5 = wp::address(var_sorted_iv, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // j = k + 1                                                                              <L 31>
    var_9 = wp::add(var_0, var_8);
    // local_tests = int(0)                                                                   <L 32>
    var_11 = wp::int(var_10);
    // while j < n:                                                                           <L 33>
    start_while_0:;
    var_12 = (var_9 < var_3);
    if ((var_12) == false) goto end_while_0;
        // b = sorted_iv[j]                                                                   <L 34>
        var_13 = wp::address(var_sorted_iv, var_9);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // if b.lo > a.hi:                                                                    <L 35>
        var_16 = &((var_14).lo);
        var_17 = &((var_6).hi);
        var_19 = wp::load(var_16);
        var_20 = wp::load(var_17);
        var_18 = (var_19 > var_20);
        if (var_18) {
            // break                                                                          <L 36>
            goto end_while_0;
        }
        // local_tests += 1                                                                   <L 37>
        var_22 = wp::add(var_11, var_21);
        // if overlaps_yz(lo[a.id], hi[a.id], lo[b.id], hi[b.id]):                            <L 38>
        var_23 = &((var_6).id);
        var_25 = wp::load(var_23);
        var_24 = wp::address(var_lo, var_25);
        var_26 = &((var_6).id);
        var_28 = wp::load(var_26);
        var_27 = wp::address(var_hi, var_28);
        var_29 = &((var_14).id);
        var_31 = wp::load(var_29);
        var_30 = wp::address(var_lo, var_31);
        var_32 = &((var_14).id);
        var_34 = wp::load(var_32);
        var_33 = wp::address(var_hi, var_34);
        var_36 = wp::load(var_24);
        var_37 = wp::load(var_27);
        var_38 = wp::load(var_30);
        var_39 = wp::load(var_33);
        var_35 = overlaps_yz_0(var_36, var_37, var_38, var_39);
        if (var_35) {
            // slot = wp.atomic_add(pair_count, 0, 1)                                         <L 39>
            var_42 = wp::atomic_add(var_pair_count, var_40, var_41);
            // if slot < max_pairs:                                                           <L 40>
            var_43 = (var_42 < var_max_pairs);
            if (var_43) {
                // pairs[slot] = wp.vec2i(wp.min(a.id, b.id), wp.max(a.id, b.id))             <L 41>
                var_44 = &((var_6).id);
                var_45 = &((var_14).id);
                var_47 = wp::load(var_44);
                var_48 = wp::load(var_45);
                var_46 = wp::min(var_47, var_48);
                var_49 = &((var_6).id);
                var_50 = &((var_14).id);
                var_52 = wp::load(var_49);
                var_53 = wp::load(var_50);
                var_51 = wp::max(var_52, var_53);
                var_54 = wp::vec_t<2, wp::int32>(var_46, var_51);
                wp::array_store(var_pairs, var_42, var_54);
            }
        }
        // j += 1                                                                             <L 42>
        var_56 = wp::add(var_9, var_55);
        wp::assign(var_9, var_56);
        wp::assign(var_11, var_22);
    goto start_while_0;
    end_while_0:;
    // wp.atomic_add(tests, 0, local_tests)                                                   <L 43>
    var_58 = wp::atomic_add(var_tests, var_57, var_11);
}



void sweep_e3fbcb55_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sweep_e3fbcb55 *_wp_args,
    wp_args_sweep_e3fbcb55 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Interval_ee3600c7> var_sorted_iv = _wp_args->sorted_iv;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::int32 var_max_pairs = _wp_args->max_pairs;
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs = _wp_args->pairs;
    wp::array_t<wp::int32> var_pair_count = _wp_args->pair_count;
    wp::array_t<wp::int32> var_tests = _wp_args->tests;
    wp::array_t<Interval_ee3600c7> adj_sorted_iv = _wp_adj_args->sorted_iv;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lo = _wp_adj_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hi = _wp_adj_args->hi;
    wp::int32 adj_max_pairs = _wp_adj_args->max_pairs;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_pairs = _wp_adj_args->pairs;
    wp::array_t<wp::int32> adj_pair_count = _wp_adj_args->pair_count;
    wp::array_t<wp::int32> adj_tests = _wp_adj_args->tests;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    Interval_ee3600c7* var_5;
    Interval_ee3600c7 var_6;
    Interval_ee3600c7 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    bool var_12;
    Interval_ee3600c7* var_13;
    Interval_ee3600c7 var_14;
    Interval_ee3600c7 var_15;
    wp::float32* var_16;
    wp::float32* var_17;
    bool var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32* var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::int32 var_25;
    wp::int32* var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::int32 var_28;
    wp::int32* var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::int32 var_31;
    wp::int32* var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::int32 var_34;
    bool var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    bool var_43;
    wp::int32* var_44;
    wp::int32* var_45;
    wp::int32 var_46;
    wp::int32 var_47;
    wp::int32 var_48;
    wp::int32* var_49;
    wp::int32* var_50;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    wp::vec_t<2, wp::int32> var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    const wp::int32 var_57 = 0;
    wp::int32 var_58;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    Interval_ee3600c7 adj_5 = {};
    Interval_ee3600c7 adj_6 = {};
    Interval_ee3600c7 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    Interval_ee3600c7 adj_13 = {};
    Interval_ee3600c7 adj_14 = {};
    Interval_ee3600c7 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::int32 adj_34 = {};
    bool adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    bool adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::vec_t<2, wp::int32> adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    //---------
    // forward
    // def sweep(sorted_iv: wp.array(dtype=Interval), lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), max_pairs: int, pairs: wp.array(dtype=wp.vec2i), pair_count: wp.array(dtype=int), tests: wp.array(dtype=int)):       <L 27>
    // k = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // n = sorted_iv.shape[0]                                                                 <L 29>
    var_1 = &(var_sorted_iv.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // a = sorted_iv[k]                                                                       <L 30>
    var_5 = wp::address(var_sorted_iv, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // j = k + 1                                                                              <L 31>
    var_9 = wp::add(var_0, var_8);
    // local_tests = int(0)                                                                   <L 32>
    var_11 = wp::int(var_10);
    // while j < n:                                                                           <L 33>
    // wp.atomic_add(tests, 0, local_tests)                                                   <L 43>
    // var_58 = wp::atomic_add(var_tests, var_57, var_11);
    //---------
    // reverse
    wp::adj_atomic_add(var_tests, var_57, var_11, adj_tests, adj_57, adj_11, adj_58);
    // adj: wp.atomic_add(tests, 0, local_tests)                                              <L 43>
    start_while_0:;
    var_12 = (var_9 < var_3);
    if ((var_12) == false) goto end_while_0;
    adj_13 = {};
    adj_14 = {};
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
    adj_53 = {};
    adj_54 = {};
    adj_55 = {};
    adj_56 = {};
        // b = sorted_iv[j]                                                                   <L 34>
        var_13 = wp::address(var_sorted_iv, var_9);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // if b.lo > a.hi:                                                                    <L 35>
        var_16 = &((var_14).lo);
        var_17 = &((var_6).hi);
        var_19 = wp::load(var_16);
        var_20 = wp::load(var_17);
        var_18 = (var_19 > var_20);
        if (var_18) {
            // break                                                                          <L 36>
            goto end_while_0;
        }
        // local_tests += 1                                                                   <L 37>
        var_22 = wp::add(var_11, var_21);
        // if overlaps_yz(lo[a.id], hi[a.id], lo[b.id], hi[b.id]):                            <L 38>
        var_23 = &((var_6).id);
        var_25 = wp::load(var_23);
        var_24 = wp::address(var_lo, var_25);
        var_26 = &((var_6).id);
        var_28 = wp::load(var_26);
        var_27 = wp::address(var_hi, var_28);
        var_29 = &((var_14).id);
        var_31 = wp::load(var_29);
        var_30 = wp::address(var_lo, var_31);
        var_32 = &((var_14).id);
        var_34 = wp::load(var_32);
        var_33 = wp::address(var_hi, var_34);
        var_36 = wp::load(var_24);
        var_37 = wp::load(var_27);
        var_38 = wp::load(var_30);
        var_39 = wp::load(var_33);
        var_35 = overlaps_yz_0(var_36, var_37, var_38, var_39);
        if (var_35) {
            // slot = wp.atomic_add(pair_count, 0, 1)                                         <L 39>
            // var_42 = wp::atomic_add(var_pair_count, var_40, var_41);
            // if slot < max_pairs:                                                           <L 40>
            var_43 = (var_42 < var_max_pairs);
            if (var_43) {
                // pairs[slot] = wp.vec2i(wp.min(a.id, b.id), wp.max(a.id, b.id))             <L 41>
                var_44 = &((var_6).id);
                var_45 = &((var_14).id);
                var_47 = wp::load(var_44);
                var_48 = wp::load(var_45);
                var_46 = wp::min(var_47, var_48);
                var_49 = &((var_6).id);
                var_50 = &((var_14).id);
                var_52 = wp::load(var_49);
                var_53 = wp::load(var_50);
                var_51 = wp::max(var_52, var_53);
                var_54 = wp::vec_t<2, wp::int32>(var_46, var_51);
                // wp::array_store(var_pairs, var_42, var_54);
            }
        }
        // j += 1                                                                             <L 42>
        var_56 = wp::add(var_9, var_55);
        wp::assign(var_9, var_56);
        wp::assign(var_11, var_22);
        wp::adj_assign(var_11, var_22, adj_11, adj_22);
        wp::adj_assign(var_9, var_56, adj_9, adj_56);
        wp::adj_add(var_9, var_55, adj_9, adj_55, adj_56);
        // adj: j += 1                                                                        <L 42>
        if (var_35) {
            if (var_43) {
                wp::adj_array_store(var_pairs, var_42, var_54, adj_pairs, adj_42, adj_54);
                wp::adj_vec_t(var_46, var_51, adj_46, adj_51, adj_54);
                wp::adj_max(var_52, var_53, adj_49, adj_50, adj_51);
                adj_14.id = adj_50;
                adj_6.id = adj_49;
                wp::adj_min(var_47, var_48, adj_44, adj_45, adj_46);
                adj_14.id = adj_45;
                adj_6.id = adj_44;
                // adj: pairs[slot] = wp.vec2i(wp.min(a.id, b.id), wp.max(a.id, b.id))        <L 41>
            }
            // adj: if slot < max_pairs:                                                      <L 40>
            wp::adj_atomic_add(var_pair_count, var_40, var_41, adj_pair_count, adj_40, adj_41, adj_42);
            // adj: slot = wp.atomic_add(pair_count, 0, 1)                                    <L 39>
        }
        adj_overlaps_yz_0(var_36, var_37, var_38, var_39, adj_24, adj_27, adj_30, adj_33, adj_35);
        wp::adj_address(var_hi, var_34, adj_hi, adj_32, adj_33);
        adj_14.id = adj_32;
        wp::adj_address(var_lo, var_31, adj_lo, adj_29, adj_30);
        adj_14.id = adj_29;
        wp::adj_address(var_hi, var_28, adj_hi, adj_26, adj_27);
        adj_6.id = adj_26;
        wp::adj_address(var_lo, var_25, adj_lo, adj_23, adj_24);
        adj_6.id = adj_23;
        // adj: if overlaps_yz(lo[a.id], hi[a.id], lo[b.id], hi[b.id]):                       <L 38>
        wp::adj_add(var_11, var_21, adj_11, adj_21, adj_22);
        // adj: local_tests += 1                                                              <L 37>
        if (var_18) {
            // adj: break                                                                     <L 36>
        }
        adj_6.hi += adj_17;
        adj_14.lo += adj_16;
        // adj: if b.lo > a.hi:                                                               <L 35>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_sorted_iv, var_9, adj_sorted_iv, adj_9, adj_13);
        // adj: b = sorted_iv[j]                                                              <L 34>
    goto start_while_0;
    end_while_0:;
    // adj: while j < n:                                                                      <L 33>
    // adj: local_tests = int(0)                                                              <L 32>
    wp::adj_add(var_0, var_8, adj_0, adj_8, adj_9);
    // adj: j = k + 1                                                                         <L 31>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_sorted_iv, var_0, adj_sorted_iv, adj_0, adj_5);
    // adj: a = sorted_iv[k]                                                                  <L 30>
    adj_sorted_iv.shape = adj_1;
    // adj: n = sorted_iv.shape[0]                                                            <L 29>
    // adj: k = wp.tid()                                                                      <L 28>
    // adj: def sweep(sorted_iv: wp.array(dtype=Interval), lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), max_pairs: int, pairs: wp.array(dtype=wp.vec2i), pair_count: wp.array(dtype=int), tests: wp.array(dtype=int)):  <L 27>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sweep_e3fbcb55_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sweep_e3fbcb55 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sweep_e3fbcb55_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sweep_e3fbcb55_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sweep_e3fbcb55 *_wp_args,
    wp_args_sweep_e3fbcb55 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sweep_e3fbcb55_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_axis_variance_2de36f2f {
    wp::array_t<wp::vec_t<3, wp::float32>> lo;
    wp::array_t<wp::vec_t<3, wp::float32>> hi;
    wp::array_t<wp::vec_t<3, wp::float32>> sum_c;
    wp::array_t<wp::vec_t<3, wp::float32>> sum_c2;
};


void axis_variance_2de36f2f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_axis_variance_2de36f2f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_c = _wp_args->sum_c;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_c2 = _wp_args->sum_c2;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 0.5;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // forward
    // def axis_variance(lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), sum_c: wp.array(dtype=wp.vec3), sum_c2: wp.array(dtype=wp.vec3)):       <L 47>
    // i = wp.tid()                                                                           <L 48>
    var_0 = builtin_tid1d();
    // c = (lo[i] + hi[i]) * 0.5                                                              <L 49>
    var_1 = wp::address(var_lo, var_0);
    var_2 = wp::address(var_hi, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    // wp.atomic_add(sum_c, 0, c)                                                             <L 50>
    var_9 = wp::atomic_add(var_sum_c, var_8, var_7);
    // wp.atomic_add(sum_c2, 0, wp.cw_mul(c, c))                                              <L 51>
    var_11 = wp::cw_mul(var_7, var_7);
    var_12 = wp::atomic_add(var_sum_c2, var_10, var_11);
}



void axis_variance_2de36f2f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_axis_variance_2de36f2f *_wp_args,
    wp_args_axis_variance_2de36f2f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_c = _wp_args->sum_c;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_c2 = _wp_args->sum_c2;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lo = _wp_adj_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hi = _wp_adj_args->hi;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sum_c = _wp_adj_args->sum_c;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sum_c2 = _wp_adj_args->sum_c2;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 0.5;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def axis_variance(lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), sum_c: wp.array(dtype=wp.vec3), sum_c2: wp.array(dtype=wp.vec3)):       <L 47>
    // i = wp.tid()                                                                           <L 48>
    var_0 = builtin_tid1d();
    // c = (lo[i] + hi[i]) * 0.5                                                              <L 49>
    var_1 = wp::address(var_lo, var_0);
    var_2 = wp::address(var_hi, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    // wp.atomic_add(sum_c, 0, c)                                                             <L 50>
    // var_9 = wp::atomic_add(var_sum_c, var_8, var_7);
    // wp.atomic_add(sum_c2, 0, wp.cw_mul(c, c))                                              <L 51>
    var_11 = wp::cw_mul(var_7, var_7);
    // var_12 = wp::atomic_add(var_sum_c2, var_10, var_11);
    //---------
    // reverse
    wp::adj_atomic_add(var_sum_c2, var_10, var_11, adj_sum_c2, adj_10, adj_11, adj_12);
    wp::adj_cw_mul(var_7, var_7, adj_7, adj_7, adj_11);
    // adj: wp.atomic_add(sum_c2, 0, wp.cw_mul(c, c))                                         <L 51>
    wp::adj_atomic_add(var_sum_c, var_8, var_7, adj_sum_c, adj_8, adj_7, adj_9);
    // adj: wp.atomic_add(sum_c, 0, c)                                                        <L 50>
    wp::adj_mul(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_hi, var_0, adj_hi, adj_0, adj_2);
    wp::adj_address(var_lo, var_0, adj_lo, adj_0, adj_1);
    // adj: c = (lo[i] + hi[i]) * 0.5                                                         <L 49>
    // adj: i = wp.tid()                                                                      <L 48>
    // adj: def axis_variance(lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), sum_c: wp.array(dtype=wp.vec3), sum_c2: wp.array(dtype=wp.vec3)):  <L 47>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void axis_variance_2de36f2f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_axis_variance_2de36f2f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        axis_variance_2de36f2f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void axis_variance_2de36f2f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_axis_variance_2de36f2f *_wp_args,
    wp_args_axis_variance_2de36f2f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        axis_variance_2de36f2f_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_validate_pairs_00c8a22a {
    wp::array_t<wp::vec_t<2, wp::int32>> pairs;
    wp::int32 count;
    wp::array_t<wp::vec_t<3, wp::float32>> lo;
    wp::array_t<wp::vec_t<3, wp::float32>> hi;
    wp::array_t<wp::int32> bad;
};


void validate_pairs_00c8a22a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_validate_pairs_00c8a22a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs = _wp_args->pairs;
    wp::int32 var_count = _wp_args->count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_bad = _wp_args->bad;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<2, wp::int32>* var_2;
    wp::vec_t<2, wp::int32> var_3;
    wp::vec_t<2, wp::int32> var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    bool var_9;
    wp::vec_t<3, wp::float32>* var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    bool var_18;
    wp::vec_t<3, wp::float32>* var_19;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32>* var_23;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    bool var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32>* var_31;
    bool var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    bool var_37;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    //---------
    // forward
    // def validate_pairs(pairs: wp.array(dtype=wp.vec2i), count: int, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), bad: wp.array(dtype=int)):       <L 55>
    // p = wp.tid()                                                                           <L 56>
    var_0 = builtin_tid1d();
    // if p >= count:                                                                         <L 57>
    var_1 = (var_0 >= var_count);
    if (var_1) {
        // return                                                                             <L 58>
        return;
    }
    // ij = pairs[p]                                                                          <L 59>
    var_2 = wp::address(var_pairs, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // a = ij[0]                                                                              <L 60>
    var_6 = wp::extract(var_3, var_5);
    // b = ij[1]                                                                              <L 61>
    var_8 = wp::extract(var_3, var_7);
    // ok = lo[a][0] <= hi[b][0] and lo[b][0] <= hi[a][0] and overlaps_yz(lo[a], hi[a], lo[b], hi[b])       <L 62>
    var_10 = wp::address(var_lo, var_6);
    var_13 = wp::load(var_10);
    var_12 = wp::extract(var_13, var_11);
    var_14 = wp::address(var_hi, var_8);
    var_17 = wp::load(var_14);
    var_16 = wp::extract(var_17, var_15);
    var_18 = (var_12 <= var_16);
    var_9 = var_18;
    if (var_9) {
        var_19 = wp::address(var_lo, var_8);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_23 = wp::address(var_hi, var_6);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_27 = (var_21 <= var_25);
        var_9 = var_9 && var_27;
    }
    if (var_9) {
        var_28 = wp::address(var_lo, var_6);
        var_29 = wp::address(var_hi, var_6);
        var_30 = wp::address(var_lo, var_8);
        var_31 = wp::address(var_hi, var_8);
        var_33 = wp::load(var_28);
        var_34 = wp::load(var_29);
        var_35 = wp::load(var_30);
        var_36 = wp::load(var_31);
        var_32 = overlaps_yz_0(var_33, var_34, var_35, var_36);
        var_9 = var_9 && var_32;
    }
    // if not ok:                                                                             <L 63>
    var_37 = wp::unot(var_9);
    if (var_37) {
        // wp.atomic_add(bad, 0, 1)                                                           <L 64>
        var_40 = wp::atomic_add(var_bad, var_38, var_39);
    }
}



void validate_pairs_00c8a22a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_validate_pairs_00c8a22a *_wp_args,
    wp_args_validate_pairs_00c8a22a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs = _wp_args->pairs;
    wp::int32 var_count = _wp_args->count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_lo = _wp_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hi = _wp_args->hi;
    wp::array_t<wp::int32> var_bad = _wp_args->bad;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_pairs = _wp_adj_args->pairs;
    wp::int32 adj_count = _wp_adj_args->count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lo = _wp_adj_args->lo;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hi = _wp_adj_args->hi;
    wp::array_t<wp::int32> adj_bad = _wp_adj_args->bad;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<2, wp::int32>* var_2;
    wp::vec_t<2, wp::int32> var_3;
    wp::vec_t<2, wp::int32> var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    bool var_9;
    wp::vec_t<3, wp::float32>* var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    bool var_18;
    wp::vec_t<3, wp::float32>* var_19;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32>* var_23;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    bool var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32>* var_31;
    bool var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    bool var_37;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::vec_t<2, wp::int32> adj_2 = {};
    wp::vec_t<2, wp::int32> adj_3 = {};
    wp::vec_t<2, wp::int32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    bool adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    bool adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    bool adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    bool adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    //---------
    // forward
    // def validate_pairs(pairs: wp.array(dtype=wp.vec2i), count: int, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), bad: wp.array(dtype=int)):       <L 55>
    // p = wp.tid()                                                                           <L 56>
    var_0 = builtin_tid1d();
    // if p >= count:                                                                         <L 57>
    var_1 = (var_0 >= var_count);
    if (var_1) {
        // return                                                                             <L 58>
        goto label0;
    }
    // ij = pairs[p]                                                                          <L 59>
    var_2 = wp::address(var_pairs, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // a = ij[0]                                                                              <L 60>
    var_6 = wp::extract(var_3, var_5);
    // b = ij[1]                                                                              <L 61>
    var_8 = wp::extract(var_3, var_7);
    // ok = lo[a][0] <= hi[b][0] and lo[b][0] <= hi[a][0] and overlaps_yz(lo[a], hi[a], lo[b], hi[b])       <L 62>
    var_10 = wp::address(var_lo, var_6);
    var_13 = wp::load(var_10);
    var_12 = wp::extract(var_13, var_11);
    var_14 = wp::address(var_hi, var_8);
    var_17 = wp::load(var_14);
    var_16 = wp::extract(var_17, var_15);
    var_18 = (var_12 <= var_16);
    var_9 = var_18;
    if (var_9) {
        var_19 = wp::address(var_lo, var_8);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_23 = wp::address(var_hi, var_6);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_27 = (var_21 <= var_25);
        var_9 = var_9 && var_27;
    }
    if (var_9) {
        var_28 = wp::address(var_lo, var_6);
        var_29 = wp::address(var_hi, var_6);
        var_30 = wp::address(var_lo, var_8);
        var_31 = wp::address(var_hi, var_8);
        var_33 = wp::load(var_28);
        var_34 = wp::load(var_29);
        var_35 = wp::load(var_30);
        var_36 = wp::load(var_31);
        var_32 = overlaps_yz_0(var_33, var_34, var_35, var_36);
        var_9 = var_9 && var_32;
    }
    // if not ok:                                                                             <L 63>
    var_37 = wp::unot(var_9);
    if (var_37) {
        // wp.atomic_add(bad, 0, 1)                                                           <L 64>
        // var_40 = wp::atomic_add(var_bad, var_38, var_39);
    }
    //---------
    // reverse
    if (var_37) {
        wp::adj_atomic_add(var_bad, var_38, var_39, adj_bad, adj_38, adj_39, adj_40);
        // adj: wp.atomic_add(bad, 0, 1)                                                      <L 64>
    }
    // adj: if not ok:                                                                        <L 63>
    if (var_9) {
        adj_overlaps_yz_0(var_33, var_34, var_35, var_36, adj_28, adj_29, adj_30, adj_31, adj_32);
        wp::adj_address(var_hi, var_8, adj_hi, adj_8, adj_31);
        wp::adj_address(var_lo, var_8, adj_lo, adj_8, adj_30);
        wp::adj_address(var_hi, var_6, adj_hi, adj_6, adj_29);
        wp::adj_address(var_lo, var_6, adj_lo, adj_6, adj_28);
    }
    if (var_9) {
        wp::adj_extract(var_26, var_24, adj_23, adj_24, adj_25);
        wp::adj_address(var_hi, var_6, adj_hi, adj_6, adj_23);
        wp::adj_extract(var_22, var_20, adj_19, adj_20, adj_21);
        wp::adj_address(var_lo, var_8, adj_lo, adj_8, adj_19);
    }
    wp::adj_extract(var_17, var_15, adj_14, adj_15, adj_16);
    wp::adj_address(var_hi, var_8, adj_hi, adj_8, adj_14);
    wp::adj_extract(var_13, var_11, adj_10, adj_11, adj_12);
    wp::adj_address(var_lo, var_6, adj_lo, adj_6, adj_10);
    // adj: ok = lo[a][0] <= hi[b][0] and lo[b][0] <= hi[a][0] and overlaps_yz(lo[a], hi[a], lo[b], hi[b])  <L 62>
    wp::adj_extract(var_3, var_7, adj_3, adj_7, adj_8);
    // adj: b = ij[1]                                                                         <L 61>
    wp::adj_extract(var_3, var_5, adj_3, adj_5, adj_6);
    // adj: a = ij[0]                                                                         <L 60>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_pairs, var_0, adj_pairs, adj_0, adj_2);
    // adj: ij = pairs[p]                                                                     <L 59>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 58>
    }
    // adj: if p >= count:                                                                    <L 57>
    // adj: p = wp.tid()                                                                      <L 56>
    // adj: def validate_pairs(pairs: wp.array(dtype=wp.vec2i), count: int, lo: wp.array(dtype=wp.vec3), hi: wp.array(dtype=wp.vec3), bad: wp.array(dtype=int)):  <L 55>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void validate_pairs_00c8a22a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_validate_pairs_00c8a22a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        validate_pairs_00c8a22a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void validate_pairs_00c8a22a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_validate_pairs_00c8a22a *_wp_args,
    wp_args_validate_pairs_00c8a22a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        validate_pairs_00c8a22a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

