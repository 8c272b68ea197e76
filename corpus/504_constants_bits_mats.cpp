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


struct Params_4b35de06
{
    wp::float32 gain;
    wp::vec_t<3, wp::float32> offset;
    wp::int32 count;


    Params_4b35de06() = default;
    CUDA_CALLABLE Params_4b35de06(wp::float32 const& gain,
    wp::vec_t<3, wp::float32> const& offset = {},
    wp::int32 const& count = {})
        : gain{gain}
        , offset{offset}
        , count{count}

    {
    }

    CUDA_CALLABLE Params_4b35de06& operator += (const Params_4b35de06& rhs)
    {    gain += rhs.gain;
    offset += rhs.offset;
    count += rhs.count;

        return *this;}

};

static CUDA_CALLABLE void adj_Params_4b35de06(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::int32 const&,
    wp::float32 & adj_gain,
    wp::vec_t<3, wp::float32> & adj_offset,
    wp::int32 & adj_count,
    Params_4b35de06 & adj_ret)
{
    adj_gain += adj_ret.gain;
    adj_offset += adj_ret.offset;
    adj_count += adj_ret.count;
}

// Required when compiling adjoints.
CUDA_CALLABLE Params_4b35de06 add(const Params_4b35de06& a, const Params_4b35de06& b)
{
    return Params_4b35de06();
}

CUDA_CALLABLE void adj_atomic_add(Params_4b35de06* p, Params_4b35de06 t)
{
    wp::adj_atomic_add(&p->gain, t.gain);
    wp::adj_atomic_add(&p->offset, t.offset);
    wp::adj_atomic_add(&p->count, t.count);
}




// corpus/504_constants_bits_mats.py:25
static wp::float32 smooth_0(
    wp::float32 var_x,
    wp::float32 var_k)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def smooth(x: float, k: float) -> float:                                               <L 26>
    // return x * x / (x * x + k * k)                                                         <L 27>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::mul(var_x, var_x);
    var_2 = wp::mul(var_k, var_k);
    var_3 = wp::add(var_1, var_2);
    var_4 = wp::div(var_0, var_3);
    return var_4;
}


// corpus/504_constants_bits_mats.py:16
static Params_4b35de06 make_params_0(
    wp::float32 var_g)
{
    //---------
    // primal vars
    Params_4b35de06 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 3;
    //---------
    // forward
    // def make_params(g: float) -> Params:                                                   <L 17>
    // p = Params()                                                                           <L 18>
    var_0 = Params_4b35de06();
    // p.gain = g                                                                             <L 19>
    var_0.gain = var_g;
    // p.offset = wp.vec3(1.0, 2.0, 3.0)                                                      <L 20>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    var_0.offset = var_4;
    // p.count = 3                                                                            <L 21>
    var_0.count = var_5;
    // return p                                                                               <L 22>
    return var_0;
}


// corpus/504_constants_bits_mats.py:25
static void adj_smooth_0(
    wp::float32 var_x,
    wp::float32 var_k,
    wp::float32 & adj_x,
    wp::float32 & adj_k,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def smooth(x: float, k: float) -> float:                                               <L 26>
    // return x * x / (x * x + k * k)                                                         <L 27>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::mul(var_x, var_x);
    var_2 = wp::mul(var_k, var_k);
    var_3 = wp::add(var_1, var_2);
    var_4 = wp::div(var_0, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_div(var_0, var_3, var_4, adj_0, adj_3, adj_4);
    wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_mul(var_k, var_k, adj_k, adj_k, adj_2);
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_1);
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x / (x * x + k * k)                                                    <L 27>
    // adj: def smooth(x: float, k: float) -> float:                                          <L 26>
    return;
}


// corpus/504_constants_bits_mats.py:16
static void adj_make_params_0(
    wp::float32 var_g,
    wp::float32 & adj_g,
    Params_4b35de06 & adj_ret)
{
    //---------
    // primal vars
    Params_4b35de06 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 3;
    //---------
    // dual vars
    Params_4b35de06 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    //---------
    // forward
    // def make_params(g: float) -> Params:                                                   <L 17>
    // p = Params()                                                                           <L 18>
    var_0 = Params_4b35de06();
    // p.gain = g                                                                             <L 19>
    var_0.gain = var_g;
    // p.offset = wp.vec3(1.0, 2.0, 3.0)                                                      <L 20>
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_2, var_3);
    var_0.offset = var_4;
    // p.count = 3                                                                            <L 21>
    var_0.count = var_5;
    // return p                                                                               <L 22>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return p                                                                          <L 22>
    adj_0.count = {};
    // adj: p.count = 3                                                                       <L 21>
    adj_4 += adj_0.offset;
    adj_0.offset = {};
    wp::adj_vec_t(var_1, var_2, var_3, adj_1, adj_2, adj_3, adj_4);
    // adj: p.offset = wp.vec3(1.0, 2.0, 3.0)                                                 <L 20>
    adj_g += adj_0.gain;
    adj_0.gain = {};
    // adj: p.gain = g                                                                        <L 19>
    // adj: p = Params()                                                                      <L 18>
    // adj: def make_params(g: float) -> Params:                                              <L 17>
    return;
}

struct wp_args_views_41bb70bd {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


void views_41bb70bd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_views_41bb70bd *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    const wp::int32 var_9 = -1;
    const wp::int32 var_10 = -1;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.01;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 0;
    const wp::float32 var_24 = 0.5;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    const wp::float32 var_29 = 0.5;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 2;
    const wp::float32 var_34 = 0.5;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 3;
    const wp::float32 var_39 = 0.5;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 3.141592653589793;
    wp::float32 var_44;
    //---------
    // forward
    // def views(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                     <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // n = a.shape[1]                                                                         <L 33>
    var_1 = &(var_a.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // s = float(0.0)                                                                         <L 34>
    var_6 = wp::float(var_5);
    // for j in range(n - 1, -1, -1):                                                         <L 35>
    var_8 = wp::sub(var_3, var_7);
    var_11 = wp::range(var_8, var_9, var_10);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
        // v = a[i, j]                                                                        <L 36>
        var_13 = wp::address(var_a, var_0, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // if v < 0.0:                                                                        <L 37>
        var_17 = (var_14 < var_16);
        if (var_17) {
            // continue                                                                       <L 38>
            goto start_for_0;
        }
        // s += smooth(v, 0.5) * DT                                                           <L 39>
        var_19 = smooth_0(var_14, var_18);
        var_21 = wp::mul(var_19, var_20);
        var_22 = wp::add(var_6, var_21);
        wp::assign(var_6, var_22);
        goto start_for_0;
    end_for_0:;
    // for it in range(NUM_ITERS):                                                            <L 40>
    // s = s * 0.5 + float(it)                                                                <L 41>
    var_25 = wp::mul(var_6, var_24);
    var_26 = wp::float(var_23);
    var_27 = wp::add(var_25, var_26);
    var_30 = wp::mul(var_27, var_29);
    var_31 = wp::float(var_28);
    var_32 = wp::add(var_30, var_31);
    var_35 = wp::mul(var_32, var_34);
    var_36 = wp::float(var_33);
    var_37 = wp::add(var_35, var_36);
    var_40 = wp::mul(var_37, var_39);
    var_41 = wp::float(var_38);
    var_42 = wp::add(var_40, var_41);
    // out[i] = s + math.pi                                                                   <L 42>
    var_44 = wp::add(var_42, var_43);
    wp::array_store(var_out, var_0, var_44);
}



void views_41bb70bd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_views_41bb70bd *_wp_args,
    wp_args_views_41bb70bd *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    const wp::int32 var_9 = -1;
    const wp::int32 var_10 = -1;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    const wp::float32 var_18 = 0.5;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.01;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 0;
    const wp::float32 var_24 = 0.5;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    const wp::float32 var_29 = 0.5;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 2;
    const wp::float32 var_34 = 0.5;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 3;
    const wp::float32 var_39 = 0.5;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 3.141592653589793;
    wp::float32 var_44;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::range_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    //---------
    // forward
    // def views(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                     <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // n = a.shape[1]                                                                         <L 33>
    var_1 = &(var_a.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // s = float(0.0)                                                                         <L 34>
    var_6 = wp::float(var_5);
    // for j in range(n - 1, -1, -1):                                                         <L 35>
    var_8 = wp::sub(var_3, var_7);
    var_11 = wp::range(var_8, var_9, var_10);
    // for it in range(NUM_ITERS):                                                            <L 40>
    // s = s * 0.5 + float(it)                                                                <L 41>
    var_25 = wp::mul(var_6, var_24);
    var_26 = wp::float(var_23);
    var_27 = wp::add(var_25, var_26);
    var_30 = wp::mul(var_27, var_29);
    var_31 = wp::float(var_28);
    var_32 = wp::add(var_30, var_31);
    var_35 = wp::mul(var_32, var_34);
    var_36 = wp::float(var_33);
    var_37 = wp::add(var_35, var_36);
    var_40 = wp::mul(var_37, var_39);
    var_41 = wp::float(var_38);
    var_42 = wp::add(var_40, var_41);
    // out[i] = s + math.pi                                                                   <L 42>
    var_44 = wp::add(var_42, var_43);
    // wp::array_store(var_out, var_0, var_44);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_44, adj_out, adj_0, adj_44);
    wp::adj_add(var_42, var_43, adj_42, adj_43, adj_44);
    // adj: out[i] = s + math.pi                                                              <L 42>
    wp::adj_add(var_40, var_41, adj_40, adj_41, adj_42);
    wp::adj_float(var_38, adj_38, adj_41);
    wp::adj_mul(var_37, var_39, adj_37, adj_39, adj_40);
    wp::adj_add(var_35, var_36, adj_35, adj_36, adj_37);
    wp::adj_float(var_33, adj_33, adj_36);
    wp::adj_mul(var_32, var_34, adj_32, adj_34, adj_35);
    wp::adj_add(var_30, var_31, adj_30, adj_31, adj_32);
    wp::adj_float(var_28, adj_28, adj_31);
    wp::adj_mul(var_27, var_29, adj_27, adj_29, adj_30);
    wp::adj_add(var_25, var_26, adj_25, adj_26, adj_27);
    wp::adj_float(var_23, adj_23, adj_26);
    wp::adj_mul(var_6, var_24, adj_6, adj_24, adj_25);
    // adj: s = s * 0.5 + float(it)                                                           <L 41>
    // adj: for it in range(NUM_ITERS):                                                       <L 40>
    var_11 = wp::iter_reverse(var_11);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
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
        // v = a[i, j]                                                                        <L 36>
        var_13 = wp::address(var_a, var_0, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // if v < 0.0:                                                                        <L 37>
        var_17 = (var_14 < var_16);
        if (var_17) {
            // continue                                                                       <L 38>
            goto start_for_0;
        }
        // s += smooth(v, 0.5) * DT                                                           <L 39>
        var_19 = smooth_0(var_14, var_18);
        var_21 = wp::mul(var_19, var_20);
        var_22 = wp::add(var_6, var_21);
        wp::assign(var_6, var_22);
        wp::adj_assign(var_6, var_22, adj_6, adj_22);
        wp::adj_add(var_6, var_21, adj_6, adj_21, adj_22);
        wp::adj_mul(var_19, var_20, adj_19, adj_20, adj_21);
        adj_smooth_0(var_14, var_18, adj_14, adj_18, adj_19);
        // adj: s += smooth(v, 0.5) * DT                                                      <L 39>
        if (var_17) {
            // adj: continue                                                                  <L 38>
        }
        // adj: if v < 0.0:                                                                   <L 37>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_a, var_0, var_12, adj_a, adj_0, adj_12, adj_13);
        // adj: v = a[i, j]                                                                   <L 36>
    	goto start_for_0;
    end_for_0:;
    wp::adj_sub(var_3, var_7, adj_3, adj_7, adj_8);
    // adj: for j in range(n - 1, -1, -1):                                                    <L 35>
    wp::adj_float(var_5, adj_5, adj_6);
    // adj: s = float(0.0)                                                                    <L 34>
    adj_a.shape = adj_1;
    // adj: n = a.shape[1]                                                                    <L 33>
    // adj: i = wp.tid()                                                                      <L 32>
    // adj: def views(a: wp.array2d(dtype=float), out: wp.array(dtype=float)):                <L 31>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void views_41bb70bd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_views_41bb70bd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        views_41bb70bd_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void views_41bb70bd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_views_41bb70bd *_wp_args,
    wp_args_views_41bb70bd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        views_41bb70bd_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_use_struct_91121c60 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::float32 g;
};


void use_struct_91121c60_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_use_struct_91121c60 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_g = _wp_args->g;
    //---------
    // primal vars
    wp::int32 var_0;
    Params_4b35de06 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::float32* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.0;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::float32 var_13 = 10.0;
    bool var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::int32* var_17;
    wp::float32 var_18;
    wp::int32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    const wp::str var_22 = "%d %f\n";
    const wp::int32 var_23 = 0;
    wp::float32 var_24;
    wp::int32* var_25;
    const wp::int32 var_26 = 3;
    wp::int32 var_27;
    //---------
    // forward
    // def use_struct(x: wp.array(dtype=wp.vec3), g: float):                                  <L 46>
    // i = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // p = make_params(g)                                                                     <L 48>
    var_1 = make_params_0(var_g);
    // y = x[i] * p.gain + p.offset                                                           <L 49>
    var_2 = wp::address(var_x, var_0);
    var_3 = &((var_1).gain);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::mul(var_5, var_6);
    var_7 = &((var_1).offset);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_4, var_9);
    // if 0.0 < y[0] < 10.0:                                                                  <L 50>
    var_12 = wp::extract(var_8, var_11);
    var_14 = ((var_10 < var_12) && (var_12 < var_13));
    if (var_14) {
        // y[1] = y[1] * float(p.count)                                                       <L 51>
        var_16 = wp::extract(var_8, var_15);
        var_17 = &((var_1).count);
        var_19 = wp::load(var_17);
        var_18 = wp::float(var_19);
        var_20 = wp::mul(var_16, var_18);
        wp::assign_inplace(var_8, var_21, var_20);
    }
    // x[i] = y                                                                               <L 52>
    wp::array_store(var_x, var_0, var_8);
    // wp.printf("%d %f\n", i, y[0])                                                          <L 53>
    var_24 = wp::extract(var_8, var_23);
    printf(var_22, var_0, var_24);
    // wp.expect_eq(p.count, 3)                                                               <L 54>
    var_25 = &((var_1).count);
    var_27 = wp::load(var_25);
    wp::expect_eq(var_27, var_26);
}



void use_struct_91121c60_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_use_struct_91121c60 *_wp_args,
    wp_args_use_struct_91121c60 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_g = _wp_args->g;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::float32 adj_g = _wp_adj_args->g;
    //---------
    // primal vars
    wp::int32 var_0;
    Params_4b35de06 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::float32* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.0;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::float32 var_13 = 10.0;
    bool var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::int32* var_17;
    wp::float32 var_18;
    wp::int32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    const wp::str var_22 = "%d %f\n";
    const wp::int32 var_23 = 0;
    wp::float32 var_24;
    wp::int32* var_25;
    const wp::int32 var_26 = 3;
    wp::int32 var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Params_4b35de06 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::str adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    //---------
    // forward
    // def use_struct(x: wp.array(dtype=wp.vec3), g: float):                                  <L 46>
    // i = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // p = make_params(g)                                                                     <L 48>
    var_1 = make_params_0(var_g);
    // y = x[i] * p.gain + p.offset                                                           <L 49>
    var_2 = wp::address(var_x, var_0);
    var_3 = &((var_1).gain);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::mul(var_5, var_6);
    var_7 = &((var_1).offset);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_4, var_9);
    // if 0.0 < y[0] < 10.0:                                                                  <L 50>
    var_12 = wp::extract(var_8, var_11);
    var_14 = ((var_10 < var_12) && (var_12 < var_13));
    if (var_14) {
        // y[1] = y[1] * float(p.count)                                                       <L 51>
        var_16 = wp::extract(var_8, var_15);
        var_17 = &((var_1).count);
        var_19 = wp::load(var_17);
        var_18 = wp::float(var_19);
        var_20 = wp::mul(var_16, var_18);
        wp::assign_inplace(var_8, var_21, var_20);
    }
    // x[i] = y                                                                               <L 52>
    // wp::array_store(var_x, var_0, var_8);
    // wp.printf("%d %f\n", i, y[0])                                                          <L 53>
    var_24 = wp::extract(var_8, var_23);
    printf(var_22, var_0, var_24);
    // wp.expect_eq(p.count, 3)                                                               <L 54>
    var_25 = &((var_1).count);
    var_27 = wp::load(var_25);
    wp::expect_eq(var_27, var_26);
    //---------
    // reverse
    adj_1.count = adj_25;
    // adj: wp.expect_eq(p.count, 3)                                                          <L 54>
    wp::adj_extract(var_8, var_23, adj_8, adj_23, adj_24);
    // adj: wp.printf("%d %f\n", i, y[0])                                                     <L 53>
    wp::adj_array_store(var_x, var_0, var_8, adj_x, adj_0, adj_8);
    // adj: x[i] = y                                                                          <L 52>
    if (var_14) {
        wp::adj_assign_inplace(var_8, var_21, var_20, adj_8, adj_21, adj_20);
        wp::adj_mul(var_16, var_18, adj_16, adj_18, adj_20);
        wp::adj_float(var_19, adj_17, adj_18);
        adj_1.count = adj_17;
        wp::adj_extract(var_8, var_15, adj_8, adj_15, adj_16);
        // adj: y[1] = y[1] * float(p.count)                                                  <L 51>
    }
    wp::adj_extract(var_8, var_11, adj_8, adj_11, adj_12);
    // adj: if 0.0 < y[0] < 10.0:                                                             <L 50>
    wp::adj_add(var_4, var_9, adj_4, adj_7, adj_8);
    adj_1.offset += adj_7;
    wp::adj_mul(var_5, var_6, adj_2, adj_3, adj_4);
    adj_1.gain += adj_3;
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
    // adj: y = x[i] * p.gain + p.offset                                                      <L 49>
    adj_make_params_0(var_g, adj_g, adj_1);
    // adj: p = make_params(g)                                                                <L 48>
    // adj: i = wp.tid()                                                                      <L 47>
    // adj: def use_struct(x: wp.array(dtype=wp.vec3), g: float):                             <L 46>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void use_struct_91121c60_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_use_struct_91121c60 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        use_struct_91121c60_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void use_struct_91121c60_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_use_struct_91121c60 *_wp_args,
    wp_args_use_struct_91121c60 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        use_struct_91121c60_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_bits_955d2af3 {
    wp::array_t<wp::uint64> keys;
    wp::array_t<bool> flags;
    wp::array_t<wp::uint32> out;
};


void bits_955d2af3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bits_955d2af3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint64> var_keys = _wp_args->keys;
    wp::array_t<bool> var_flags = _wp_args->flags;
    wp::array_t<wp::uint32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint64* var_1;
    wp::uint64 var_2;
    wp::uint64 var_3;
    wp::uint64 var_4;
    wp::uint64 var_5;
    wp::uint32 var_6;
    wp::uint64 var_7;
    wp::uint64 var_8;
    wp::uint32 var_9;
    wp::uint32 var_10;
    const wp::int32 var_11 = 2654435761;
    wp::uint32 var_12;
    wp::uint32 var_13;
    bool* var_14;
    bool var_15;
    wp::uint32 var_16;
    bool var_17;
    wp::uint32 var_18;
    bool var_19;
    const wp::int32 var_20 = 1024;
    wp::uint32 var_21;
    wp::uint32 var_22;
    //---------
    // forward
    // def bits(keys: wp.array(dtype=wp.uint64), flags: wp.array(dtype=wp.bool), out: wp.array(dtype=wp.uint32)):       <L 58>
    // i = wp.tid()                                                                           <L 59>
    var_0 = builtin_tid1d();
    // k = keys[i]                                                                            <L 60>
    var_1 = wp::address(var_keys, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // h = wp.uint32(k & wp.uint64(0xFFFFFFFF)) ^ wp.uint32(k >> wp.uint64(32))               <L 61>
    var_4 = 4294967295ull;
    var_5 = wp::bit_and(var_2, var_4);
    var_6 = wp::uint32(var_5);
    var_7 = 32ull;
    var_8 = wp::rshift(var_2, var_7);
    var_9 = wp::uint32(var_8);
    var_10 = wp::bit_xor(var_6, var_9);
    // h = h * wp.uint32(2654435761)                                                          <L 62>
    var_12 = wp::uint32(var_11);
    var_13 = wp::mul(var_10, var_12);
    // if flags[i]:                                                                           <L 63>
    var_14 = wp::address(var_flags, var_0);
    var_15 = wp::load(var_14);
    if (var_15) {
        // h = ~h                                                                             <L 64>
        var_16 = wp::invert(var_13);
    }
    var_17 = wp::load(var_14);
    var_19 = wp::load(var_14);
    var_18 = wp::where(var_19, var_16, var_13);
    // out[i] = h % wp.uint32(1024)                                                           <L 65>
    var_21 = wp::uint32(var_20);
    var_22 = wp::mod(var_18, var_21);
    wp::array_store(var_out, var_0, var_22);
}



void bits_955d2af3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bits_955d2af3 *_wp_args,
    wp_args_bits_955d2af3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint64> var_keys = _wp_args->keys;
    wp::array_t<bool> var_flags = _wp_args->flags;
    wp::array_t<wp::uint32> var_out = _wp_args->out;
    wp::array_t<wp::uint64> adj_keys = _wp_adj_args->keys;
    wp::array_t<bool> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::uint32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint64* var_1;
    wp::uint64 var_2;
    wp::uint64 var_3;
    wp::uint64 var_4;
    wp::uint64 var_5;
    wp::uint32 var_6;
    wp::uint64 var_7;
    wp::uint64 var_8;
    wp::uint32 var_9;
    wp::uint32 var_10;
    const wp::int32 var_11 = 2654435761;
    wp::uint32 var_12;
    wp::uint32 var_13;
    bool* var_14;
    bool var_15;
    wp::uint32 var_16;
    bool var_17;
    wp::uint32 var_18;
    bool var_19;
    const wp::int32 var_20 = 1024;
    wp::uint32 var_21;
    wp::uint32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint64 adj_1 = {};
    wp::uint64 adj_2 = {};
    wp::uint64 adj_3 = {};
    wp::uint64 adj_4 = {};
    wp::uint64 adj_5 = {};
    wp::uint32 adj_6 = {};
    wp::uint64 adj_7 = {};
    wp::uint64 adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::uint32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::uint32 adj_12 = {};
    wp::uint32 adj_13 = {};
    bool adj_14 = {};
    bool adj_15 = {};
    wp::uint32 adj_16 = {};
    bool adj_17 = {};
    wp::uint32 adj_18 = {};
    bool adj_19 = {};
    wp::int32 adj_20 = {};
    wp::uint32 adj_21 = {};
    wp::uint32 adj_22 = {};
    //---------
    // forward
    // def bits(keys: wp.array(dtype=wp.uint64), flags: wp.array(dtype=wp.bool), out: wp.array(dtype=wp.uint32)):       <L 58>
    // i = wp.tid()                                                                           <L 59>
    var_0 = builtin_tid1d();
    // k = keys[i]                                                                            <L 60>
    var_1 = wp::address(var_keys, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // h = wp.uint32(k & wp.uint64(0xFFFFFFFF)) ^ wp.uint32(k >> wp.uint64(32))               <L 61>
    var_4 = 4294967295ull;
    var_5 = wp::bit_and(var_2, var_4);
    var_6 = wp::uint32(var_5);
    var_7 = 32ull;
    var_8 = wp::rshift(var_2, var_7);
    var_9 = wp::uint32(var_8);
    var_10 = wp::bit_xor(var_6, var_9);
    // h = h * wp.uint32(2654435761)                                                          <L 62>
    var_12 = wp::uint32(var_11);
    var_13 = wp::mul(var_10, var_12);
    // if flags[i]:                                                                           <L 63>
    var_14 = wp::address(var_flags, var_0);
    var_15 = wp::load(var_14);
    if (var_15) {
        // h = ~h                                                                             <L 64>
        var_16 = wp::invert(var_13);
    }
    var_17 = wp::load(var_14);
    var_19 = wp::load(var_14);
    var_18 = wp::where(var_19, var_16, var_13);
    // out[i] = h % wp.uint32(1024)                                                           <L 65>
    var_21 = wp::uint32(var_20);
    var_22 = wp::mod(var_18, var_21);
    // wp::array_store(var_out, var_0, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_22, adj_out, adj_0, adj_22);
    wp::adj_mod(var_18, var_21, adj_18, adj_21, adj_22);
    // adj: out[i] = h % wp.uint32(1024)                                                      <L 65>
    wp::adj_where(var_19, var_16, var_13, adj_14, adj_16, adj_13, adj_18);
    if (var_17) {
        // adj: h = ~h                                                                        <L 64>
    }
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_14);
    // adj: if flags[i]:                                                                      <L 63>
    wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_13);
    // adj: h = h * wp.uint32(2654435761)                                                     <L 62>
    // adj: h = wp.uint32(k & wp.uint64(0xFFFFFFFF)) ^ wp.uint32(k >> wp.uint64(32))          <L 61>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_1);
    // adj: k = keys[i]                                                                       <L 60>
    // adj: i = wp.tid()                                                                      <L 59>
    // adj: def bits(keys: wp.array(dtype=wp.uint64), flags: wp.array(dtype=wp.bool), out: wp.array(dtype=wp.uint32)):  <L 58>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void bits_955d2af3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bits_955d2af3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bits_955d2af3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void bits_955d2af3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bits_955d2af3 *_wp_args,
    wp_args_bits_955d2af3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bits_955d2af3_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_mats_c0dbab63 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> m;
    wp::array_t<wp::quat_t<wp::float32>> q;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> out;
};


void mats_c0dbab63_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mats_c0dbab63 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 2.0;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 3.0;
    wp::mat_t<3, 3, wp::float32> var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 2.0;
    const wp::float32 var_16 = 3.0;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 0.5;
    const wp::float32 var_19 = 0.5;
    const wp::float32 var_20 = 0.5;
    wp::vec_t<3, wp::float32> var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    wp::mat_t<3, 3, wp::float32>* var_23;
    wp::mat_t<3, 3, wp::float32> var_24;
    wp::mat_t<3, 3, wp::float32> var_25;
    wp::mat_t<3, 3, wp::float32> var_26;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::mat_t<3, 3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::float32 var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    const wp::int32 var_32 = 3;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    wp::transform_t<wp::float32> var_35;
    wp::quat_t<wp::float32> var_36;
    wp::mat_t<3, 3, wp::float32>* var_37;
    wp::quat_t<wp::float32> var_38;
    wp::quat_t<wp::float32> var_39;
    wp::mat_t<3, 3, wp::float32> var_40;
    wp::mat_t<3, 3, wp::float32> var_41;
    wp::mat_t<3, 3, wp::float32> var_42;
    //---------
    // forward
    // def mats(m: wp.array(dtype=wp.mat33), q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.mat33)):       <L 69>
    // i = wp.tid()                                                                           <L 70>
    var_0 = builtin_tid1d();
    // r = wp.quat_to_matrix(q[i])                                                            <L 71>
    var_1 = wp::address(var_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::quat_to_matrix(var_3);
    // a = wp.mat33(1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 3.0)                              <L 72>
    var_13 = wp::mat_t<3, 3, wp::float32>(var_4, var_5, var_6, var_7, var_8, var_9, var_10, var_11, var_12);
    // b = wp.outer(wp.vec3(1.0, 2.0, 3.0), wp.vec3(0.5, 0.5, 0.5))                           <L 73>
    var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    var_22 = wp::outer(var_17, var_21);
    // c = r * m[i] * wp.transpose(r) + a - b                                                 <L 74>
    var_23 = wp::address(var_m, var_0);
    var_25 = wp::load(var_23);
    var_24 = wp::mul(var_2, var_25);
    var_26 = wp::transpose(var_2);
    var_27 = wp::mul(var_24, var_26);
    var_28 = wp::add(var_27, var_13);
    var_29 = wp::sub(var_28, var_22);
    // out[i] = c * wp.determinant(c) + wp.identity(n=3, dtype=float)                         <L 75>
    var_30 = wp::determinant(var_29);
    var_31 = wp::mul(var_29, var_30);
    var_33 = wp::identity<3, wp::float32>();
    var_34 = wp::add(var_31, var_33);
    wp::array_store(var_out, var_0, var_34);
    // t = wp.transform_identity()                                                            <L 76>
    var_35 = wp::transform_identity<wp::float32>();
    // qi = wp.quat_identity()                                                                <L 77>
    var_36 = wp::quat_identity<wp::float32>();
    // out[i] = out[i] + wp.quat_to_matrix(wp.mul(qi, wp.transform_get_rotation(t)))          <L 78>
    var_37 = wp::address(var_out, var_0);
    var_38 = wp::transform_get_rotation(var_35);
    var_39 = wp::mul(var_36, var_38);
    var_40 = wp::quat_to_matrix(var_39);
    var_42 = wp::load(var_37);
    var_41 = wp::add(var_42, var_40);
    wp::array_store(var_out, var_0, var_41);
}



void mats_c0dbab63_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mats_c0dbab63 *_wp_args,
    wp_args_mats_c0dbab63 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = 0.0;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 2.0;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 3.0;
    wp::mat_t<3, 3, wp::float32> var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 2.0;
    const wp::float32 var_16 = 3.0;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 0.5;
    const wp::float32 var_19 = 0.5;
    const wp::float32 var_20 = 0.5;
    wp::vec_t<3, wp::float32> var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    wp::mat_t<3, 3, wp::float32>* var_23;
    wp::mat_t<3, 3, wp::float32> var_24;
    wp::mat_t<3, 3, wp::float32> var_25;
    wp::mat_t<3, 3, wp::float32> var_26;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::mat_t<3, 3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::float32 var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    const wp::int32 var_32 = 3;
    wp::mat_t<3, 3, wp::float32> var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    wp::transform_t<wp::float32> var_35;
    wp::quat_t<wp::float32> var_36;
    wp::mat_t<3, 3, wp::float32>* var_37;
    wp::quat_t<wp::float32> var_38;
    wp::quat_t<wp::float32> var_39;
    wp::mat_t<3, 3, wp::float32> var_40;
    wp::mat_t<3, 3, wp::float32> var_41;
    wp::mat_t<3, 3, wp::float32> var_42;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::mat_t<3, 3, wp::float32> adj_22 = {};
    wp::mat_t<3, 3, wp::float32> adj_23 = {};
    wp::mat_t<3, 3, wp::float32> adj_24 = {};
    wp::mat_t<3, 3, wp::float32> adj_25 = {};
    wp::mat_t<3, 3, wp::float32> adj_26 = {};
    wp::mat_t<3, 3, wp::float32> adj_27 = {};
    wp::mat_t<3, 3, wp::float32> adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::mat_t<3, 3, wp::float32> adj_31 = {};
    wp::int32 adj_32 = {};
    wp::mat_t<3, 3, wp::float32> adj_33 = {};
    wp::mat_t<3, 3, wp::float32> adj_34 = {};
    wp::transform_t<wp::float32> adj_35 = {};
    wp::quat_t<wp::float32> adj_36 = {};
    wp::mat_t<3, 3, wp::float32> adj_37 = {};
    wp::quat_t<wp::float32> adj_38 = {};
    wp::quat_t<wp::float32> adj_39 = {};
    wp::mat_t<3, 3, wp::float32> adj_40 = {};
    wp::mat_t<3, 3, wp::float32> adj_41 = {};
    wp::mat_t<3, 3, wp::float32> adj_42 = {};
    //---------
    // forward
    // def mats(m: wp.array(dtype=wp.mat33), q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.mat33)):       <L 69>
    // i = wp.tid()                                                                           <L 70>
    var_0 = builtin_tid1d();
    // r = wp.quat_to_matrix(q[i])                                                            <L 71>
    var_1 = wp::address(var_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::quat_to_matrix(var_3);
    // a = wp.mat33(1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 3.0)                              <L 72>
    var_13 = wp::mat_t<3, 3, wp::float32>(var_4, var_5, var_6, var_7, var_8, var_9, var_10, var_11, var_12);
    // b = wp.outer(wp.vec3(1.0, 2.0, 3.0), wp.vec3(0.5, 0.5, 0.5))                           <L 73>
    var_17 = wp::vec_t<3, wp::float32>(var_14, var_15, var_16);
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    var_22 = wp::outer(var_17, var_21);
    // c = r * m[i] * wp.transpose(r) + a - b                                                 <L 74>
    var_23 = wp::address(var_m, var_0);
    var_25 = wp::load(var_23);
    var_24 = wp::mul(var_2, var_25);
    var_26 = wp::transpose(var_2);
    var_27 = wp::mul(var_24, var_26);
    var_28 = wp::add(var_27, var_13);
    var_29 = wp::sub(var_28, var_22);
    // out[i] = c * wp.determinant(c) + wp.identity(n=3, dtype=float)                         <L 75>
    var_30 = wp::determinant(var_29);
    var_31 = wp::mul(var_29, var_30);
    var_33 = wp::identity<3, wp::float32>();
    var_34 = wp::add(var_31, var_33);
    // wp::array_store(var_out, var_0, var_34);
    // t = wp.transform_identity()                                                            <L 76>
    var_35 = wp::transform_identity<wp::float32>();
    // qi = wp.quat_identity()                                                                <L 77>
    var_36 = wp::quat_identity<wp::float32>();
    // out[i] = out[i] + wp.quat_to_matrix(wp.mul(qi, wp.transform_get_rotation(t)))          <L 78>
    var_37 = wp::address(var_out, var_0);
    var_38 = wp::transform_get_rotation(var_35);
    var_39 = wp::mul(var_36, var_38);
    var_40 = wp::quat_to_matrix(var_39);
    var_42 = wp::load(var_37);
    var_41 = wp::add(var_42, var_40);
    // wp::array_store(var_out, var_0, var_41);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_41, adj_out, adj_0, adj_41);
    wp::adj_add(var_42, var_40, adj_37, adj_40, adj_41);
    wp::adj_quat_to_matrix(var_39, adj_39, adj_40);
    wp::adj_mul(var_36, var_38, adj_36, adj_38, adj_39);
    wp::adj_transform_get_rotation(var_35, adj_35, adj_38);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_37);
    // adj: out[i] = out[i] + wp.quat_to_matrix(wp.mul(qi, wp.transform_get_rotation(t)))     <L 78>
    // adj: qi = wp.quat_identity()                                                           <L 77>
    // adj: t = wp.transform_identity()                                                       <L 76>
    wp::adj_array_store(var_out, var_0, var_34, adj_out, adj_0, adj_34);
    wp::adj_add(var_31, var_33, adj_31, adj_33, adj_34);
    wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
    wp::adj_determinant(var_29, adj_29, adj_30);
    // adj: out[i] = c * wp.determinant(c) + wp.identity(n=3, dtype=float)                    <L 75>
    wp::adj_sub(var_28, var_22, adj_28, adj_22, adj_29);
    wp::adj_add(var_27, var_13, adj_27, adj_13, adj_28);
    wp::adj_mul(var_24, var_26, adj_24, adj_26, adj_27);
    wp::adj_transpose(var_2, adj_2, adj_26);
    wp::adj_mul(var_2, var_25, adj_2, adj_23, adj_24);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_23);
    // adj: c = r * m[i] * wp.transpose(r) + a - b                                            <L 74>
    wp::adj_outer(var_17, var_21, adj_17, adj_21, adj_22);
    wp::adj_vec_t(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    wp::adj_vec_t(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
    // adj: b = wp.outer(wp.vec3(1.0, 2.0, 3.0), wp.vec3(0.5, 0.5, 0.5))                      <L 73>
    wp::adj_mat_t(var_4, var_5, var_6, var_7, var_8, var_9, var_10, var_11, var_12, adj_4, adj_5, adj_6, adj_7, adj_8, adj_9, adj_10, adj_11, adj_12, adj_13);
    // adj: a = wp.mat33(1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 3.0)                         <L 72>
    wp::adj_quat_to_matrix(var_3, adj_1, adj_2);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_1);
    // adj: r = wp.quat_to_matrix(q[i])                                                       <L 71>
    // adj: i = wp.tid()                                                                      <L 70>
    // adj: def mats(m: wp.array(dtype=wp.mat33), q: wp.array(dtype=wp.quat), out: wp.array(dtype=wp.mat33)):  <L 69>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void mats_c0dbab63_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mats_c0dbab63 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mats_c0dbab63_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void mats_c0dbab63_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mats_c0dbab63 *_wp_args,
    wp_args_mats_c0dbab63 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mats_c0dbab63_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

