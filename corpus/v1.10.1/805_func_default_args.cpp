
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


// corpus/805_func_default_args.py:11
static wp::int32 user_func_with_defaults_0(
    wp::int32 var_a,
    wp::int32 var_b)
{
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // forward
    // def user_func_with_defaults(a: int = 123, b: int = 234) -> int:                        <L 12>
    // return a + b                                                                           <L 13>
    var_0 = wp::add(var_a, var_b);
    return var_0;
}


// corpus/805_func_default_args.py:16
static wp::float32 affine_0(
    wp::float32 var_x,
    wp::float32 var_s,
    wp::vec_t<2, wp::float32> var_o,
    wp::int64 var_n,
    wp::int32 var_neg)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def affine(x: float, s: float = SCALE, o: wp.vec2 = OFFSET, n: wp.int64 = wp.int64(7), neg: int = -2):       <L 17>
    // return x * s + o[1] + float(n) + float(neg)                                            <L 18>
    var_0 = wp::mul(var_x, var_s);
    var_2 = wp::extract(var_o, var_1);
    var_3 = wp::add(var_0, var_2);
    var_4 = wp::float(var_n);
    var_5 = wp::add(var_3, var_4);
    var_6 = wp::float(var_neg);
    var_7 = wp::add(var_5, var_6);
    return var_7;
}


// corpus/805_func_default_args.py:21
static wp::float32 pick_0(
    wp::vec_t<3, wp::float32> var_x,
    bool var_flag)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    //---------
    // forward
    // def pick(x: wp.vec3, flag: bool = False) -> float:                                     <L 22>
    // if flag:                                                                               <L 23>
    if (var_flag) {
        // return x[0]                                                                        <L 24>
        var_1 = wp::extract(var_x, var_0);
        return var_1;
    }
    // return x[1]                                                                            <L 25>
    var_3 = wp::extract(var_x, var_2);
    return var_3;
}


// corpus/805_func_default_args.py:28
static wp::float32 blend_0(
    wp::float32 var_x,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_w)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const bool var_1 = true;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def blend(x: float, v: wp.vec3 = wp.vec3(1.0, 2.0, 3.0), w: float = 0.5):              <L 29>
    // return x * w + pick(v, True)                                                           <L 30>
    var_0 = wp::mul(var_x, var_w);
    var_2 = pick_0(var_v, var_1);
    var_3 = wp::add(var_0, var_2);
    return var_3;
}


// corpus/805_func_default_args.py:11
static void adj_user_func_with_defaults_0(
    wp::int32 var_a,
    wp::int32 var_b,
    wp::int32 & adj_a,
    wp::int32 & adj_b,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    //---------
    // forward
    // def user_func_with_defaults(a: int = 123, b: int = 234) -> int:                        <L 12>
    // return a + b                                                                           <L 13>
    var_0 = wp::add(var_a, var_b);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: return a + b                                                                      <L 13>
    // adj: def user_func_with_defaults(a: int = 123, b: int = 234) -> int:                   <L 12>
    return;
}


// corpus/805_func_default_args.py:16
static void adj_affine_0(
    wp::float32 var_x,
    wp::float32 var_s,
    wp::vec_t<2, wp::float32> var_o,
    wp::int64 var_n,
    wp::int32 var_neg,
    wp::float32 & adj_x,
    wp::float32 & adj_s,
    wp::vec_t<2, wp::float32> & adj_o,
    wp::int64 & adj_n,
    wp::int32 & adj_neg,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def affine(x: float, s: float = SCALE, o: wp.vec2 = OFFSET, n: wp.int64 = wp.int64(7), neg: int = -2):       <L 17>
    // return x * s + o[1] + float(n) + float(neg)                                            <L 18>
    var_0 = wp::mul(var_x, var_s);
    var_2 = wp::extract(var_o, var_1);
    var_3 = wp::add(var_0, var_2);
    var_4 = wp::float(var_n);
    var_5 = wp::add(var_3, var_4);
    var_6 = wp::float(var_neg);
    var_7 = wp::add(var_5, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_float(var_neg, adj_neg, adj_6);
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_float(var_n, adj_n, adj_4);
    wp::adj_add(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_extract(var_o, var_1, adj_o, adj_1, adj_2);
    wp::adj_mul(var_x, var_s, adj_x, adj_s, adj_0);
    // adj: return x * s + o[1] + float(n) + float(neg)                                       <L 18>
    // adj: def affine(x: float, s: float = SCALE, o: wp.vec2 = OFFSET, n: wp.int64 = wp.int64(7), neg: int = -2):  <L 17>
    return;
}


// corpus/805_func_default_args.py:21
static void adj_pick_0(
    wp::vec_t<3, wp::float32> var_x,
    bool var_flag,
    wp::vec_t<3, wp::float32> & adj_x,
    bool & adj_flag,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def pick(x: wp.vec3, flag: bool = False) -> float:                                     <L 22>
    // if flag:                                                                               <L 23>
    if (var_flag) {
        // return x[0]                                                                        <L 24>
        var_1 = wp::extract(var_x, var_0);
        goto label0;
    }
    // return x[1]                                                                            <L 25>
    var_3 = wp::extract(var_x, var_2);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_3 += adj_ret;
    wp::adj_extract(var_x, var_2, adj_x, adj_2, adj_3);
    // adj: return x[1]                                                                       <L 25>
    if (var_flag) {
        label0:;
        adj_1 += adj_ret;
        wp::adj_extract(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: return x[0]                                                                   <L 24>
    }
    // adj: if flag:                                                                          <L 23>
    // adj: def pick(x: wp.vec3, flag: bool = False) -> float:                                <L 22>
    return;
}


// corpus/805_func_default_args.py:28
static void adj_blend_0(
    wp::float32 var_x,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_w,
    wp::float32 & adj_x,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_w,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const bool var_1 = true;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def blend(x: float, v: wp.vec3 = wp.vec3(1.0, 2.0, 3.0), w: float = 0.5):              <L 29>
    // return x * w + pick(v, True)                                                           <L 30>
    var_0 = wp::mul(var_x, var_w);
    var_2 = pick_0(var_v, var_1);
    var_3 = wp::add(var_0, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_add(var_0, var_2, adj_0, adj_2, adj_3);
    adj_pick_0(var_v, var_1, adj_v, adj_1, adj_2);
    wp::adj_mul(var_x, var_w, adj_x, adj_w, adj_0);
    // adj: return x * w + pick(v, True)                                                      <L 30>
    // adj: def blend(x: float, v: wp.vec3 = wp.vec3(1.0, 2.0, 3.0), w: float = 0.5):         <L 29>
    return;
}

struct wp_args_defaults_kernel_c09a612c {
    wp::array_t<wp::int32> out;
    wp::array_t<wp::float32> outf;
    wp::array_t<wp::vec_t<3, wp::float32>> a;
};


void defaults_kernel_c09a612c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_defaults_kernel_c09a612c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_outf = _wp_args->outf;
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 123;
    const wp::int32 var_3 = 234;
    const wp::int32 var_4 = 5;
    wp::int32 var_5;
    const wp::int32 var_6 = 234;
    wp::int32 var_7;
    const wp::int32 var_8 = 5;
    wp::int32 var_9;
    const wp::int32 var_10 = 123;
    wp::int32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 3.0;
    const wp::vec_t<2, wp::float32> var_15 = wp::initializer_array<2,wp::float32>{0.5, 0.25};
    const wp::int64 var_16 = 7;
    const wp::int32 var_17 = -2;
    const wp::float32 var_18 = 2.0;
    const wp::int32 var_19 = 3;
    wp::float32 var_20;
    const wp::float32 var_21 = 3.0;
    const wp::vec_t<2, wp::float32> var_22 = wp::initializer_array<2,wp::float32>{0.5, 0.25};
    const wp::int64 var_23 = 7;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::float32 var_26;
    const bool var_27 = false;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32>* var_30;
    const bool var_31 = true;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    const wp::vec_t<3, wp::float32> var_37 = wp::initializer_array<3,wp::float32>{1.0, 2.0, 3.0};
    const wp::float32 var_38 = 0.5;
    wp::float32 var_39;
    const wp::float32 var_40 = 1.0;
    const wp::float32 var_41 = 0.25;
    wp::float32 var_42;
    const wp::vec_t<3, wp::float32> var_43 = wp::initializer_array<3,wp::float32>{1.0, 2.0, 3.0};
    wp::float32 var_44;
    const wp::float32 var_45 = 2.0;
    wp::vec_t<3, wp::float32>* var_46;
    wp::float32 var_47;
    const wp::float32 var_48 = 0.5;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    //---------
    // forward
    // def defaults_kernel(out: wp.array(dtype=int), outf: wp.array(dtype=float), a: wp.array(dtype=wp.vec3)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // out[i] = user_func_with_defaults() + user_func_with_defaults(5) + user_func_with_defaults(b=5)       <L 36>
    var_1 = user_func_with_defaults_0(var_2, var_3);
    var_5 = user_func_with_defaults_0(var_4, var_6);
    var_7 = wp::add(var_1, var_5);
    var_9 = user_func_with_defaults_0(var_10, var_8);
    var_11 = wp::add(var_7, var_9);
    wp::array_store(var_out, var_0, var_11);
    // outf[i] = affine(1.0) + affine(2.0, neg=3) + pick(a[i]) + pick(a[i], True)             <L 37>
    var_13 = affine_0(var_12, var_14, var_15, var_16, var_17);
    var_20 = affine_0(var_18, var_21, var_22, var_23, var_19);
    var_24 = wp::add(var_13, var_20);
    var_25 = wp::address(var_a, var_0);
    var_28 = wp::load(var_25);
    var_26 = pick_0(var_28, var_27);
    var_29 = wp::add(var_24, var_26);
    var_30 = wp::address(var_a, var_0);
    var_33 = wp::load(var_30);
    var_32 = pick_0(var_33, var_31);
    var_34 = wp::add(var_29, var_32);
    wp::array_store(var_outf, var_0, var_34);
    // outf[i] += blend(outf[i]) + blend(1.0, w=0.25) + blend(2.0, a[i])                      <L 38>
    var_35 = wp::address(var_outf, var_0);
    var_39 = wp::load(var_35);
    var_36 = blend_0(var_39, var_37, var_38);
    var_42 = blend_0(var_40, var_43, var_41);
    var_44 = wp::add(var_36, var_42);
    var_46 = wp::address(var_a, var_0);
    var_49 = wp::load(var_46);
    var_47 = blend_0(var_45, var_49, var_48);
    var_50 = wp::add(var_44, var_47);
    var_51 = wp::atomic_add(var_outf, var_0, var_50);
}



void defaults_kernel_c09a612c_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_defaults_kernel_c09a612c *_wp_args,
    wp_args_defaults_kernel_c09a612c *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_outf = _wp_args->outf;
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::int32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float32> adj_outf = _wp_adj_args->outf;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 123;
    const wp::int32 var_3 = 234;
    const wp::int32 var_4 = 5;
    wp::int32 var_5;
    const wp::int32 var_6 = 234;
    wp::int32 var_7;
    const wp::int32 var_8 = 5;
    wp::int32 var_9;
    const wp::int32 var_10 = 123;
    wp::int32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 3.0;
    const wp::vec_t<2, wp::float32> var_15 = wp::initializer_array<2,wp::float32>{0.5, 0.25};
    const wp::int64 var_16 = 7;
    const wp::int32 var_17 = -2;
    const wp::float32 var_18 = 2.0;
    const wp::int32 var_19 = 3;
    wp::float32 var_20;
    const wp::float32 var_21 = 3.0;
    const wp::vec_t<2, wp::float32> var_22 = wp::initializer_array<2,wp::float32>{0.5, 0.25};
    const wp::int64 var_23 = 7;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::float32 var_26;
    const bool var_27 = false;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32>* var_30;
    const bool var_31 = true;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    const wp::vec_t<3, wp::float32> var_37 = wp::initializer_array<3,wp::float32>{1.0, 2.0, 3.0};
    const wp::float32 var_38 = 0.5;
    wp::float32 var_39;
    const wp::float32 var_40 = 1.0;
    const wp::float32 var_41 = 0.25;
    wp::float32 var_42;
    const wp::vec_t<3, wp::float32> var_43 = wp::initializer_array<3,wp::float32>{1.0, 2.0, 3.0};
    wp::float32 var_44;
    const wp::float32 var_45 = 2.0;
    wp::vec_t<3, wp::float32>* var_46;
    wp::float32 var_47;
    const wp::float32 var_48 = 0.5;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::int64 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::int64 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    //---------
    // forward
    // def defaults_kernel(out: wp.array(dtype=int), outf: wp.array(dtype=float), a: wp.array(dtype=wp.vec3)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // out[i] = user_func_with_defaults() + user_func_with_defaults(5) + user_func_with_defaults(b=5)       <L 36>
    var_1 = user_func_with_defaults_0(var_2, var_3);
    var_5 = user_func_with_defaults_0(var_4, var_6);
    var_7 = wp::add(var_1, var_5);
    var_9 = user_func_with_defaults_0(var_10, var_8);
    var_11 = wp::add(var_7, var_9);
    // wp::array_store(var_out, var_0, var_11);
    // outf[i] = affine(1.0) + affine(2.0, neg=3) + pick(a[i]) + pick(a[i], True)             <L 37>
    var_13 = affine_0(var_12, var_14, var_15, var_16, var_17);
    var_20 = affine_0(var_18, var_21, var_22, var_23, var_19);
    var_24 = wp::add(var_13, var_20);
    var_25 = wp::address(var_a, var_0);
    var_28 = wp::load(var_25);
    var_26 = pick_0(var_28, var_27);
    var_29 = wp::add(var_24, var_26);
    var_30 = wp::address(var_a, var_0);
    var_33 = wp::load(var_30);
    var_32 = pick_0(var_33, var_31);
    var_34 = wp::add(var_29, var_32);
    // wp::array_store(var_outf, var_0, var_34);
    // outf[i] += blend(outf[i]) + blend(1.0, w=0.25) + blend(2.0, a[i])                      <L 38>
    var_35 = wp::address(var_outf, var_0);
    var_39 = wp::load(var_35);
    var_36 = blend_0(var_39, var_37, var_38);
    var_42 = blend_0(var_40, var_43, var_41);
    var_44 = wp::add(var_36, var_42);
    var_46 = wp::address(var_a, var_0);
    var_49 = wp::load(var_46);
    var_47 = blend_0(var_45, var_49, var_48);
    var_50 = wp::add(var_44, var_47);
    // var_51 = wp::atomic_add(var_outf, var_0, var_50);
    //---------
    // reverse
    wp::adj_atomic_add(var_outf, var_0, var_50, adj_outf, adj_0, adj_50, adj_51);
    wp::adj_add(var_44, var_47, adj_44, adj_47, adj_50);
    adj_blend_0(var_45, var_49, var_48, adj_45, adj_46, adj_48, adj_47);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_46);
    wp::adj_add(var_36, var_42, adj_36, adj_42, adj_44);
    adj_blend_0(var_40, var_43, var_41, adj_40, adj_43, adj_41, adj_42);
    adj_blend_0(var_39, var_37, var_38, adj_35, adj_37, adj_38, adj_36);
    wp::adj_address(var_outf, var_0, adj_outf, adj_0, adj_35);
    // adj: outf[i] += blend(outf[i]) + blend(1.0, w=0.25) + blend(2.0, a[i])                 <L 38>
    wp::adj_array_store(var_outf, var_0, var_34, adj_outf, adj_0, adj_34);
    wp::adj_add(var_29, var_32, adj_29, adj_32, adj_34);
    adj_pick_0(var_33, var_31, adj_30, adj_31, adj_32);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_30);
    wp::adj_add(var_24, var_26, adj_24, adj_26, adj_29);
    adj_pick_0(var_28, var_27, adj_25, adj_27, adj_26);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_25);
    wp::adj_add(var_13, var_20, adj_13, adj_20, adj_24);
    adj_affine_0(var_18, var_21, var_22, var_23, var_19, adj_18, adj_21, adj_22, adj_23, adj_19, adj_20);
    adj_affine_0(var_12, var_14, var_15, var_16, var_17, adj_12, adj_14, adj_15, adj_16, adj_17, adj_13);
    // adj: outf[i] = affine(1.0) + affine(2.0, neg=3) + pick(a[i]) + pick(a[i], True)        <L 37>
    wp::adj_array_store(var_out, var_0, var_11, adj_out, adj_0, adj_11);
    wp::adj_add(var_7, var_9, adj_7, adj_9, adj_11);
    adj_user_func_with_defaults_0(var_10, var_8, adj_10, adj_8, adj_9);
    wp::adj_add(var_1, var_5, adj_1, adj_5, adj_7);
    adj_user_func_with_defaults_0(var_4, var_6, adj_4, adj_6, adj_5);
    adj_user_func_with_defaults_0(var_2, var_3, adj_2, adj_3, adj_1);
    // adj: out[i] = user_func_with_defaults() + user_func_with_defaults(5) + user_func_with_defaults(b=5)  <L 36>
    // adj: i = wp.tid()                                                                      <L 35>
    // adj: def defaults_kernel(out: wp.array(dtype=int), outf: wp.array(dtype=float), a: wp.array(dtype=wp.vec3)):  <L 34>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void defaults_kernel_c09a612c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_defaults_kernel_c09a612c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        defaults_kernel_c09a612c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void defaults_kernel_c09a612c_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_defaults_kernel_c09a612c *_wp_args,
    wp_args_defaults_kernel_c09a612c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        defaults_kernel_c09a612c_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

