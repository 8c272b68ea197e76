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


struct SpringD_7ff951b7
{
    wp::int32 a;
    wp::int32 b;
    wp::float64 rest;
    wp::float64 k;
    wp::float64 c;


    SpringD_7ff951b7() = default;
    CUDA_CALLABLE SpringD_7ff951b7(wp::int32 const& a,
    wp::int32 const& b = {},
    wp::float64 const& rest = {},
    wp::float64 const& k = {},
    wp::float64 const& c = {})
        : a{a}
        , b{b}
        , rest{rest}
        , k{k}
        , c{c}

    {
    }

    CUDA_CALLABLE SpringD_7ff951b7& operator += (const SpringD_7ff951b7& rhs)
    {    a += rhs.a;
    b += rhs.b;
    rest += rhs.rest;
    k += rhs.k;
    c += rhs.c;

        return *this;}

};

static CUDA_CALLABLE void adj_SpringD_7ff951b7(wp::int32 const&,
    wp::int32 const&,
    wp::float64 const&,
    wp::float64 const&,
    wp::float64 const&,
    wp::int32 & adj_a,
    wp::int32 & adj_b,
    wp::float64 & adj_rest,
    wp::float64 & adj_k,
    wp::float64 & adj_c,
    SpringD_7ff951b7 & adj_ret)
{
    adj_a += adj_ret.a;
    adj_b += adj_ret.b;
    adj_rest += adj_ret.rest;
    adj_k += adj_ret.k;
    adj_c += adj_ret.c;
}

// Required when compiling adjoints.
CUDA_CALLABLE SpringD_7ff951b7 add(const SpringD_7ff951b7& a, const SpringD_7ff951b7& b)
{
    return SpringD_7ff951b7();
}

CUDA_CALLABLE void adj_atomic_add(SpringD_7ff951b7* p, SpringD_7ff951b7 t)
{
    wp::adj_atomic_add(&p->a, t.a);
    wp::adj_atomic_add(&p->b, t.b);
    wp::adj_atomic_add(&p->rest, t.rest);
    wp::adj_atomic_add(&p->k, t.k);
    wp::adj_atomic_add(&p->c, t.c);
}




// corpus/082_damped_springs_f64.py:13
static wp::vec_t<3, wp::float64> spring_force_d_0(
    wp::vec_t<3, wp::float64> var_xa,
    wp::vec_t<3, wp::float64> var_xb,
    wp::vec_t<3, wp::float64> var_va,
    wp::vec_t<3, wp::float64> var_vb,
    SpringD_7ff951b7 var_s)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    bool var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::float64* var_6;
    wp::float64* var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64* var_12;
    wp::vec_t<3, wp::float64> var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::vec_t<3, wp::float64> var_18;
    //---------
    // forward
    // def spring_force_d(xa: wp.vec3d, xb: wp.vec3d, va: wp.vec3d, vb: wp.vec3d, s: SpringD) -> wp.vec3d:       <L 14>
    // d = xb - xa                                                                            <L 15>
    var_0 = wp::sub(var_xb, var_xa);
    // l = wp.length(d)                                                                       <L 16>
    var_1 = wp::length(var_0);
    // if l < wp.float64(1.0e-12):                                                            <L 17>
    var_2 = 1e-12;
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return wp.vec3d()                                                                  <L 18>
        var_4 = wp::vec_t<3, wp::float64>();
        return var_4;
    }
    // n = d / l                                                                              <L 19>
    var_5 = wp::div(var_0, var_1);
    // fs = s.k * (l - s.rest)                                                                <L 20>
    var_6 = &((var_s).k);
    var_7 = &((var_s).rest);
    var_9 = wp::load(var_7);
    var_8 = wp::sub(var_1, var_9);
    var_11 = wp::load(var_6);
    var_10 = wp::mul(var_11, var_8);
    // fd = s.c * wp.dot(vb - va, n)                                                          <L 21>
    var_12 = &((var_s).c);
    var_13 = wp::sub(var_vb, var_va);
    var_14 = wp::dot(var_13, var_5);
    var_16 = wp::load(var_12);
    var_15 = wp::mul(var_16, var_14);
    // return n * (fs + fd)                                                                   <L 22>
    var_17 = wp::add(var_10, var_15);
    var_18 = wp::mul(var_5, var_17);
    return var_18;
}


// corpus/082_damped_springs_f64.py:13
static void adj_spring_force_d_0(
    wp::vec_t<3, wp::float64> var_xa,
    wp::vec_t<3, wp::float64> var_xb,
    wp::vec_t<3, wp::float64> var_va,
    wp::vec_t<3, wp::float64> var_vb,
    SpringD_7ff951b7 var_s,
    wp::vec_t<3, wp::float64> & adj_xa,
    wp::vec_t<3, wp::float64> & adj_xb,
    wp::vec_t<3, wp::float64> & adj_va,
    wp::vec_t<3, wp::float64> & adj_vb,
    SpringD_7ff951b7 & adj_s,
    wp::vec_t<3, wp::float64> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float64> var_0;
    wp::float64 var_1;
    wp::float64 var_2;
    bool var_3;
    wp::vec_t<3, wp::float64> var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::float64* var_6;
    wp::float64* var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64* var_12;
    wp::vec_t<3, wp::float64> var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::vec_t<3, wp::float64> var_18;
    //---------
    // dual vars
    wp::vec_t<3, wp::float64> adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float64> adj_4 = {};
    wp::vec_t<3, wp::float64> adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::vec_t<3, wp::float64> adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::vec_t<3, wp::float64> adj_18 = {};
    //---------
    // forward
    // def spring_force_d(xa: wp.vec3d, xb: wp.vec3d, va: wp.vec3d, vb: wp.vec3d, s: SpringD) -> wp.vec3d:       <L 14>
    // d = xb - xa                                                                            <L 15>
    var_0 = wp::sub(var_xb, var_xa);
    // l = wp.length(d)                                                                       <L 16>
    var_1 = wp::length(var_0);
    // if l < wp.float64(1.0e-12):                                                            <L 17>
    var_2 = 1e-12;
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return wp.vec3d()                                                                  <L 18>
        var_4 = wp::vec_t<3, wp::float64>();
        goto label0;
    }
    // n = d / l                                                                              <L 19>
    var_5 = wp::div(var_0, var_1);
    // fs = s.k * (l - s.rest)                                                                <L 20>
    var_6 = &((var_s).k);
    var_7 = &((var_s).rest);
    var_9 = wp::load(var_7);
    var_8 = wp::sub(var_1, var_9);
    var_11 = wp::load(var_6);
    var_10 = wp::mul(var_11, var_8);
    // fd = s.c * wp.dot(vb - va, n)                                                          <L 21>
    var_12 = &((var_s).c);
    var_13 = wp::sub(var_vb, var_va);
    var_14 = wp::dot(var_13, var_5);
    var_16 = wp::load(var_12);
    var_15 = wp::mul(var_16, var_14);
    // return n * (fs + fd)                                                                   <L 22>
    var_17 = wp::add(var_10, var_15);
    var_18 = wp::mul(var_5, var_17);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_18 += adj_ret;
    wp::adj_mul(var_5, var_17, adj_5, adj_17, adj_18);
    wp::adj_add(var_10, var_15, adj_10, adj_15, adj_17);
    // adj: return n * (fs + fd)                                                              <L 22>
    wp::adj_mul(var_16, var_14, adj_12, adj_14, adj_15);
    wp::adj_dot(var_13, var_5, adj_13, adj_5, adj_14);
    wp::adj_sub(var_vb, var_va, adj_vb, adj_va, adj_13);
    adj_s.c += adj_12;
    // adj: fd = s.c * wp.dot(vb - va, n)                                                     <L 21>
    wp::adj_mul(var_11, var_8, adj_6, adj_8, adj_10);
    wp::adj_sub(var_1, var_9, adj_1, adj_7, adj_8);
    adj_s.rest += adj_7;
    adj_s.k += adj_6;
    // adj: fs = s.k * (l - s.rest)                                                           <L 20>
    wp::adj_div(var_0, var_1, adj_0, adj_1, adj_5);
    // adj: n = d / l                                                                         <L 19>
    if (var_3) {
        label0:;
        adj_4 += adj_ret;
        // adj: return wp.vec3d()                                                             <L 18>
    }
    // adj: if l < wp.float64(1.0e-12):                                                       <L 17>
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    // adj: l = wp.length(d)                                                                  <L 16>
    wp::adj_sub(var_xb, var_xa, adj_xb, adj_xa, adj_0);
    // adj: d = xb - xa                                                                       <L 15>
    // adj: def spring_force_d(xa: wp.vec3d, xb: wp.vec3d, va: wp.vec3d, vb: wp.vec3d, s: SpringD) -> wp.vec3d:  <L 14>
    return;
}

struct wp_args_accumulate_forces_d_a740f699 {
    wp::array_t<wp::vec_t<3, wp::float64>> x;
    wp::array_t<wp::vec_t<3, wp::float64>> v;
    wp::array_t<SpringD_7ff951b7> springs;
    wp::array_t<wp::vec_t<3, wp::float64>> f;
    wp::array_t<wp::float64> pe;
};


void accumulate_forces_d_a740f699_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_forces_d_a740f699 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float64>> var_v = _wp_args->v;
    wp::array_t<SpringD_7ff951b7> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<3, wp::float64>> var_f = _wp_args->f;
    wp::array_t<wp::float64> var_pe = _wp_args->pe;
    //---------
    // primal vars
    wp::int32 var_0;
    SpringD_7ff951b7* var_1;
    SpringD_7ff951b7 var_2;
    SpringD_7ff951b7 var_3;
    wp::int32* var_4;
    wp::vec_t<3, wp::float64>* var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::vec_t<3, wp::float64>* var_8;
    wp::int32 var_9;
    wp::int32* var_10;
    wp::vec_t<3, wp::float64>* var_11;
    wp::int32 var_12;
    wp::int32* var_13;
    wp::vec_t<3, wp::float64>* var_14;
    wp::int32 var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::vec_t<3, wp::float64> var_17;
    wp::vec_t<3, wp::float64> var_18;
    wp::vec_t<3, wp::float64> var_19;
    wp::vec_t<3, wp::float64> var_20;
    wp::int32* var_21;
    wp::vec_t<3, wp::float64> var_22;
    wp::int32 var_23;
    wp::int32* var_24;
    wp::vec_t<3, wp::float64> var_25;
    wp::int32 var_26;
    wp::int32* var_27;
    wp::vec_t<3, wp::float64>* var_28;
    wp::int32 var_29;
    wp::int32* var_30;
    wp::vec_t<3, wp::float64>* var_31;
    wp::int32 var_32;
    wp::vec_t<3, wp::float64> var_33;
    wp::vec_t<3, wp::float64> var_34;
    wp::vec_t<3, wp::float64> var_35;
    wp::float64 var_36;
    wp::float64* var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    const wp::int32 var_40 = 0;
    wp::float64 var_41;
    wp::float64* var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    wp::float64 var_46;
    wp::float64 var_47;
    //---------
    // forward
    // def accumulate_forces_d(x: wp.array(dtype=wp.vec3d), v: wp.array(dtype=wp.vec3d), springs: wp.array(dtype=SpringD), f: wp.array(dtype=wp.vec3d), pe: wp.array(dtype=wp.float64)):       <L 26>
    // i = wp.tid()                                                                           <L 27>
    var_0 = builtin_tid1d();
    // s = springs[i]                                                                         <L 28>
    var_1 = wp::address(var_springs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // fab = spring_force_d(x[s.a], x[s.b], v[s.a], v[s.b], s)                                <L 29>
    var_4 = &((var_2).a);
    var_6 = wp::load(var_4);
    var_5 = wp::address(var_x, var_6);
    var_7 = &((var_2).b);
    var_9 = wp::load(var_7);
    var_8 = wp::address(var_x, var_9);
    var_10 = &((var_2).a);
    var_12 = wp::load(var_10);
    var_11 = wp::address(var_v, var_12);
    var_13 = &((var_2).b);
    var_15 = wp::load(var_13);
    var_14 = wp::address(var_v, var_15);
    var_17 = wp::load(var_5);
    var_18 = wp::load(var_8);
    var_19 = wp::load(var_11);
    var_20 = wp::load(var_14);
    var_16 = spring_force_d_0(var_17, var_18, var_19, var_20, var_2);
    // wp.atomic_add(f, s.a, fab)                                                             <L 30>
    var_21 = &((var_2).a);
    var_23 = wp::load(var_21);
    var_22 = wp::atomic_add(var_f, var_23, var_16);
    // wp.atomic_sub(f, s.b, fab)                                                             <L 31>
    var_24 = &((var_2).b);
    var_26 = wp::load(var_24);
    var_25 = wp::atomic_sub(var_f, var_26, var_16);
    // ext = wp.length(x[s.b] - x[s.a]) - s.rest                                              <L 32>
    var_27 = &((var_2).b);
    var_29 = wp::load(var_27);
    var_28 = wp::address(var_x, var_29);
    var_30 = &((var_2).a);
    var_32 = wp::load(var_30);
    var_31 = wp::address(var_x, var_32);
    var_34 = wp::load(var_28);
    var_35 = wp::load(var_31);
    var_33 = wp::sub(var_34, var_35);
    var_36 = wp::length(var_33);
    var_37 = &((var_2).rest);
    var_39 = wp::load(var_37);
    var_38 = wp::sub(var_36, var_39);
    // wp.atomic_add(pe, 0, wp.float64(0.5) * s.k * ext * ext)                                <L 33>
    var_41 = 0.5;
    var_42 = &((var_2).k);
    var_44 = wp::load(var_42);
    var_43 = wp::mul(var_41, var_44);
    var_45 = wp::mul(var_43, var_38);
    var_46 = wp::mul(var_45, var_38);
    var_47 = wp::atomic_add(var_pe, var_40, var_46);
}



void accumulate_forces_d_a740f699_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_forces_d_a740f699 *_wp_args,
    wp_args_accumulate_forces_d_a740f699 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float64>> var_v = _wp_args->v;
    wp::array_t<SpringD_7ff951b7> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<3, wp::float64>> var_f = _wp_args->f;
    wp::array_t<wp::float64> var_pe = _wp_args->pe;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_v = _wp_adj_args->v;
    wp::array_t<SpringD_7ff951b7> adj_springs = _wp_adj_args->springs;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_f = _wp_adj_args->f;
    wp::array_t<wp::float64> adj_pe = _wp_adj_args->pe;
    //---------
    // primal vars
    wp::int32 var_0;
    SpringD_7ff951b7* var_1;
    SpringD_7ff951b7 var_2;
    SpringD_7ff951b7 var_3;
    wp::int32* var_4;
    wp::vec_t<3, wp::float64>* var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::vec_t<3, wp::float64>* var_8;
    wp::int32 var_9;
    wp::int32* var_10;
    wp::vec_t<3, wp::float64>* var_11;
    wp::int32 var_12;
    wp::int32* var_13;
    wp::vec_t<3, wp::float64>* var_14;
    wp::int32 var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::vec_t<3, wp::float64> var_17;
    wp::vec_t<3, wp::float64> var_18;
    wp::vec_t<3, wp::float64> var_19;
    wp::vec_t<3, wp::float64> var_20;
    wp::int32* var_21;
    wp::vec_t<3, wp::float64> var_22;
    wp::int32 var_23;
    wp::int32* var_24;
    wp::vec_t<3, wp::float64> var_25;
    wp::int32 var_26;
    wp::int32* var_27;
    wp::vec_t<3, wp::float64>* var_28;
    wp::int32 var_29;
    wp::int32* var_30;
    wp::vec_t<3, wp::float64>* var_31;
    wp::int32 var_32;
    wp::vec_t<3, wp::float64> var_33;
    wp::vec_t<3, wp::float64> var_34;
    wp::vec_t<3, wp::float64> var_35;
    wp::float64 var_36;
    wp::float64* var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    const wp::int32 var_40 = 0;
    wp::float64 var_41;
    wp::float64* var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    wp::float64 var_46;
    wp::float64 var_47;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    SpringD_7ff951b7 adj_1 = {};
    SpringD_7ff951b7 adj_2 = {};
    SpringD_7ff951b7 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float64> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<3, wp::float64> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float64> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<3, wp::float64> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::vec_t<3, wp::float64> adj_16 = {};
    wp::vec_t<3, wp::float64> adj_17 = {};
    wp::vec_t<3, wp::float64> adj_18 = {};
    wp::vec_t<3, wp::float64> adj_19 = {};
    wp::vec_t<3, wp::float64> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::vec_t<3, wp::float64> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::vec_t<3, wp::float64> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::vec_t<3, wp::float64> adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::vec_t<3, wp::float64> adj_31 = {};
    wp::int32 adj_32 = {};
    wp::vec_t<3, wp::float64> adj_33 = {};
    wp::vec_t<3, wp::float64> adj_34 = {};
    wp::vec_t<3, wp::float64> adj_35 = {};
    wp::float64 adj_36 = {};
    wp::float64 adj_37 = {};
    wp::float64 adj_38 = {};
    wp::float64 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float64 adj_41 = {};
    wp::float64 adj_42 = {};
    wp::float64 adj_43 = {};
    wp::float64 adj_44 = {};
    wp::float64 adj_45 = {};
    wp::float64 adj_46 = {};
    wp::float64 adj_47 = {};
    //---------
    // forward
    // def accumulate_forces_d(x: wp.array(dtype=wp.vec3d), v: wp.array(dtype=wp.vec3d), springs: wp.array(dtype=SpringD), f: wp.array(dtype=wp.vec3d), pe: wp.array(dtype=wp.float64)):       <L 26>
    // i = wp.tid()                                                                           <L 27>
    var_0 = builtin_tid1d();
    // s = springs[i]                                                                         <L 28>
    var_1 = wp::address(var_springs, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // fab = spring_force_d(x[s.a], x[s.b], v[s.a], v[s.b], s)                                <L 29>
    var_4 = &((var_2).a);
    var_6 = wp::load(var_4);
    var_5 = wp::address(var_x, var_6);
    var_7 = &((var_2).b);
    var_9 = wp::load(var_7);
    var_8 = wp::address(var_x, var_9);
    var_10 = &((var_2).a);
    var_12 = wp::load(var_10);
    var_11 = wp::address(var_v, var_12);
    var_13 = &((var_2).b);
    var_15 = wp::load(var_13);
    var_14 = wp::address(var_v, var_15);
    var_17 = wp::load(var_5);
    var_18 = wp::load(var_8);
    var_19 = wp::load(var_11);
    var_20 = wp::load(var_14);
    var_16 = spring_force_d_0(var_17, var_18, var_19, var_20, var_2);
    // wp.atomic_add(f, s.a, fab)                                                             <L 30>
    var_21 = &((var_2).a);
    var_23 = wp::load(var_21);
    // var_22 = wp::atomic_add(var_f, var_23, var_16);
    // wp.atomic_sub(f, s.b, fab)                                                             <L 31>
    var_24 = &((var_2).b);
    var_26 = wp::load(var_24);
    // var_25 = wp::atomic_sub(var_f, var_26, var_16);
    // ext = wp.length(x[s.b] - x[s.a]) - s.rest                                              <L 32>
    var_27 = &((var_2).b);
    var_29 = wp::load(var_27);
    var_28 = wp::address(var_x, var_29);
    var_30 = &((var_2).a);
    var_32 = wp::load(var_30);
    var_31 = wp::address(var_x, var_32);
    var_34 = wp::load(var_28);
    var_35 = wp::load(var_31);
    var_33 = wp::sub(var_34, var_35);
    var_36 = wp::length(var_33);
    var_37 = &((var_2).rest);
    var_39 = wp::load(var_37);
    var_38 = wp::sub(var_36, var_39);
    // wp.atomic_add(pe, 0, wp.float64(0.5) * s.k * ext * ext)                                <L 33>
    var_41 = 0.5;
    var_42 = &((var_2).k);
    var_44 = wp::load(var_42);
    var_43 = wp::mul(var_41, var_44);
    var_45 = wp::mul(var_43, var_38);
    var_46 = wp::mul(var_45, var_38);
    // var_47 = wp::atomic_add(var_pe, var_40, var_46);
    //---------
    // reverse
    wp::adj_atomic_add(var_pe, var_40, var_46, adj_pe, adj_40, adj_46, adj_47);
    wp::adj_mul(var_45, var_38, adj_45, adj_38, adj_46);
    wp::adj_mul(var_43, var_38, adj_43, adj_38, adj_45);
    wp::adj_mul(var_41, var_44, adj_41, adj_42, adj_43);
    adj_2.k += adj_42;
    // adj: wp.atomic_add(pe, 0, wp.float64(0.5) * s.k * ext * ext)                           <L 33>
    wp::adj_sub(var_36, var_39, adj_36, adj_37, adj_38);
    adj_2.rest += adj_37;
    wp::adj_length(var_33, var_36, adj_33, adj_36);
    wp::adj_sub(var_34, var_35, adj_28, adj_31, adj_33);
    wp::adj_address(var_x, var_32, adj_x, adj_30, adj_31);
    adj_2.a = adj_30;
    wp::adj_address(var_x, var_29, adj_x, adj_27, adj_28);
    adj_2.b = adj_27;
    // adj: ext = wp.length(x[s.b] - x[s.a]) - s.rest                                         <L 32>
    wp::adj_atomic_sub(var_f, var_26, var_16, adj_f, adj_24, adj_16, adj_25);
    adj_2.b = adj_24;
    // adj: wp.atomic_sub(f, s.b, fab)                                                        <L 31>
    wp::adj_atomic_add(var_f, var_23, var_16, adj_f, adj_21, adj_16, adj_22);
    adj_2.a = adj_21;
    // adj: wp.atomic_add(f, s.a, fab)                                                        <L 30>
    adj_spring_force_d_0(var_17, var_18, var_19, var_20, var_2, adj_5, adj_8, adj_11, adj_14, adj_2, adj_16);
    wp::adj_address(var_v, var_15, adj_v, adj_13, adj_14);
    adj_2.b = adj_13;
    wp::adj_address(var_v, var_12, adj_v, adj_10, adj_11);
    adj_2.a = adj_10;
    wp::adj_address(var_x, var_9, adj_x, adj_7, adj_8);
    adj_2.b = adj_7;
    wp::adj_address(var_x, var_6, adj_x, adj_4, adj_5);
    adj_2.a = adj_4;
    // adj: fab = spring_force_d(x[s.a], x[s.b], v[s.a], v[s.b], s)                           <L 29>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_springs, var_0, adj_springs, adj_0, adj_1);
    // adj: s = springs[i]                                                                    <L 28>
    // adj: i = wp.tid()                                                                      <L 27>
    // adj: def accumulate_forces_d(x: wp.array(dtype=wp.vec3d), v: wp.array(dtype=wp.vec3d), springs: wp.array(dtype=SpringD), f: wp.array(dtype=wp.vec3d), pe: wp.array(dtype=wp.float64)):  <L 26>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void accumulate_forces_d_a740f699_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_forces_d_a740f699 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        accumulate_forces_d_a740f699_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void accumulate_forces_d_a740f699_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_forces_d_a740f699 *_wp_args,
    wp_args_accumulate_forces_d_a740f699 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        accumulate_forces_d_a740f699_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_symplectic_euler_d_d3f252af {
    wp::array_t<wp::vec_t<3, wp::float64>> x;
    wp::array_t<wp::vec_t<3, wp::float64>> v;
    wp::array_t<wp::vec_t<3, wp::float64>> f;
    wp::array_t<wp::float64> inv_m;
    wp::vec_t<3, wp::float64> g;
    wp::float64 dt;
    wp::array_t<wp::float64> ke;
};


void symplectic_euler_d_d3f252af_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_symplectic_euler_d_d3f252af *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float64>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float64>> var_f = _wp_args->f;
    wp::array_t<wp::float64> var_inv_m = _wp_args->inv_m;
    wp::vec_t<3, wp::float64> var_g = _wp_args->g;
    wp::float64 var_dt = _wp_args->dt;
    wp::array_t<wp::float64> var_ke = _wp_args->ke;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    bool var_5;
    wp::vec_t<3, wp::float64> var_6;
    wp::vec_t<3, wp::float64>* var_7;
    wp::vec_t<3, wp::float64>* var_8;
    wp::vec_t<3, wp::float64> var_9;
    wp::vec_t<3, wp::float64> var_10;
    wp::vec_t<3, wp::float64> var_11;
    wp::vec_t<3, wp::float64> var_12;
    wp::vec_t<3, wp::float64> var_13;
    wp::vec_t<3, wp::float64> var_14;
    wp::vec_t<3, wp::float64>* var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::vec_t<3, wp::float64> var_17;
    wp::vec_t<3, wp::float64> var_18;
    wp::vec_t<3, wp::float64> var_19;
    const wp::int32 var_20 = 0;
    wp::float64 var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    //---------
    // forward
    // def symplectic_euler_d(x: wp.array(dtype=wp.vec3d), v: wp.array(dtype=wp.vec3d), f: wp.array(dtype=wp.vec3d), inv_m: wp.array(dtype=wp.float64), g: wp.vec3d, dt: wp.float64, ke: wp.array(dtype=wp.float64)):       <L 37>
    // i = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // w = inv_m[i]                                                                           <L 39>
    var_1 = wp::address(var_inv_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if w == wp.float64(0.0):                                                               <L 40>
    var_4 = 0.0;
    var_5 = (var_2 == var_4);
    if (var_5) {
        // f[i] = wp.vec3d()                                                                  <L 41>
        var_6 = wp::vec_t<3, wp::float64>();
        wp::array_store(var_f, var_0, var_6);
        // return                                                                             <L 42>
        return;
    }
    // vel = v[i] + (f[i] * w + g) * dt                                                       <L 43>
    var_7 = wp::address(var_v, var_0);
    var_8 = wp::address(var_f, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_2);
    var_11 = wp::add(var_9, var_g);
    var_12 = wp::mul(var_11, var_dt);
    var_14 = wp::load(var_7);
    var_13 = wp::add(var_14, var_12);
    // x[i] = x[i] + vel * dt                                                                 <L 44>
    var_15 = wp::address(var_x, var_0);
    var_16 = wp::mul(var_13, var_dt);
    var_18 = wp::load(var_15);
    var_17 = wp::add(var_18, var_16);
    wp::array_store(var_x, var_0, var_17);
    // v[i] = vel                                                                             <L 45>
    wp::array_store(var_v, var_0, var_13);
    // f[i] = wp.vec3d()                                                                      <L 46>
    var_19 = wp::vec_t<3, wp::float64>();
    wp::array_store(var_f, var_0, var_19);
    // wp.atomic_add(ke, 0, wp.float64(0.5) * wp.dot(vel, vel) / w)                           <L 47>
    var_21 = 0.5;
    var_22 = wp::dot(var_13, var_13);
    var_23 = wp::mul(var_21, var_22);
    var_24 = wp::div(var_23, var_2);
    var_25 = wp::atomic_add(var_ke, var_20, var_24);
}



void symplectic_euler_d_d3f252af_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_symplectic_euler_d_d3f252af *_wp_args,
    wp_args_symplectic_euler_d_d3f252af *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float64>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float64>> var_f = _wp_args->f;
    wp::array_t<wp::float64> var_inv_m = _wp_args->inv_m;
    wp::vec_t<3, wp::float64> var_g = _wp_args->g;
    wp::float64 var_dt = _wp_args->dt;
    wp::array_t<wp::float64> var_ke = _wp_args->ke;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_f = _wp_adj_args->f;
    wp::array_t<wp::float64> adj_inv_m = _wp_adj_args->inv_m;
    wp::vec_t<3, wp::float64> adj_g = _wp_adj_args->g;
    wp::float64 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float64> adj_ke = _wp_adj_args->ke;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    bool var_5;
    wp::vec_t<3, wp::float64> var_6;
    wp::vec_t<3, wp::float64>* var_7;
    wp::vec_t<3, wp::float64>* var_8;
    wp::vec_t<3, wp::float64> var_9;
    wp::vec_t<3, wp::float64> var_10;
    wp::vec_t<3, wp::float64> var_11;
    wp::vec_t<3, wp::float64> var_12;
    wp::vec_t<3, wp::float64> var_13;
    wp::vec_t<3, wp::float64> var_14;
    wp::vec_t<3, wp::float64>* var_15;
    wp::vec_t<3, wp::float64> var_16;
    wp::vec_t<3, wp::float64> var_17;
    wp::vec_t<3, wp::float64> var_18;
    wp::vec_t<3, wp::float64> var_19;
    const wp::int32 var_20 = 0;
    wp::float64 var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float64> adj_6 = {};
    wp::vec_t<3, wp::float64> adj_7 = {};
    wp::vec_t<3, wp::float64> adj_8 = {};
    wp::vec_t<3, wp::float64> adj_9 = {};
    wp::vec_t<3, wp::float64> adj_10 = {};
    wp::vec_t<3, wp::float64> adj_11 = {};
    wp::vec_t<3, wp::float64> adj_12 = {};
    wp::vec_t<3, wp::float64> adj_13 = {};
    wp::vec_t<3, wp::float64> adj_14 = {};
    wp::vec_t<3, wp::float64> adj_15 = {};
    wp::vec_t<3, wp::float64> adj_16 = {};
    wp::vec_t<3, wp::float64> adj_17 = {};
    wp::vec_t<3, wp::float64> adj_18 = {};
    wp::vec_t<3, wp::float64> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    //---------
    // forward
    // def symplectic_euler_d(x: wp.array(dtype=wp.vec3d), v: wp.array(dtype=wp.vec3d), f: wp.array(dtype=wp.vec3d), inv_m: wp.array(dtype=wp.float64), g: wp.vec3d, dt: wp.float64, ke: wp.array(dtype=wp.float64)):       <L 37>
    // i = wp.tid()                                                                           <L 38>
    var_0 = builtin_tid1d();
    // w = inv_m[i]                                                                           <L 39>
    var_1 = wp::address(var_inv_m, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if w == wp.float64(0.0):                                                               <L 40>
    var_4 = 0.0;
    var_5 = (var_2 == var_4);
    if (var_5) {
        // f[i] = wp.vec3d()                                                                  <L 41>
        var_6 = wp::vec_t<3, wp::float64>();
        // wp::array_store(var_f, var_0, var_6);
        // return                                                                             <L 42>
        goto label0;
    }
    // vel = v[i] + (f[i] * w + g) * dt                                                       <L 43>
    var_7 = wp::address(var_v, var_0);
    var_8 = wp::address(var_f, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_2);
    var_11 = wp::add(var_9, var_g);
    var_12 = wp::mul(var_11, var_dt);
    var_14 = wp::load(var_7);
    var_13 = wp::add(var_14, var_12);
    // x[i] = x[i] + vel * dt                                                                 <L 44>
    var_15 = wp::address(var_x, var_0);
    var_16 = wp::mul(var_13, var_dt);
    var_18 = wp::load(var_15);
    var_17 = wp::add(var_18, var_16);
    // wp::array_store(var_x, var_0, var_17);
    // v[i] = vel                                                                             <L 45>
    // wp::array_store(var_v, var_0, var_13);
    // f[i] = wp.vec3d()                                                                      <L 46>
    var_19 = wp::vec_t<3, wp::float64>();
    // wp::array_store(var_f, var_0, var_19);
    // wp.atomic_add(ke, 0, wp.float64(0.5) * wp.dot(vel, vel) / w)                           <L 47>
    var_21 = 0.5;
    var_22 = wp::dot(var_13, var_13);
    var_23 = wp::mul(var_21, var_22);
    var_24 = wp::div(var_23, var_2);
    // var_25 = wp::atomic_add(var_ke, var_20, var_24);
    //---------
    // reverse
    wp::adj_atomic_add(var_ke, var_20, var_24, adj_ke, adj_20, adj_24, adj_25);
    wp::adj_div(var_23, var_2, var_24, adj_23, adj_2, adj_24);
    wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_dot(var_13, var_13, adj_13, adj_13, adj_22);
    // adj: wp.atomic_add(ke, 0, wp.float64(0.5) * wp.dot(vel, vel) / w)                      <L 47>
    wp::adj_array_store(var_f, var_0, var_19, adj_f, adj_0, adj_19);
    // adj: f[i] = wp.vec3d()                                                                 <L 46>
    wp::adj_array_store(var_v, var_0, var_13, adj_v, adj_0, adj_13);
    // adj: v[i] = vel                                                                        <L 45>
    wp::adj_array_store(var_x, var_0, var_17, adj_x, adj_0, adj_17);
    wp::adj_add(var_18, var_16, adj_15, adj_16, adj_17);
    wp::adj_mul(var_13, var_dt, adj_13, adj_dt, adj_16);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_15);
    // adj: x[i] = x[i] + vel * dt                                                            <L 44>
    wp::adj_add(var_14, var_12, adj_7, adj_12, adj_13);
    wp::adj_mul(var_11, var_dt, adj_11, adj_dt, adj_12);
    wp::adj_add(var_9, var_g, adj_9, adj_g, adj_11);
    wp::adj_mul(var_10, var_2, adj_8, adj_2, adj_9);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_8);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_7);
    // adj: vel = v[i] + (f[i] * w + g) * dt                                                  <L 43>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 42>
        wp::adj_array_store(var_f, var_0, var_6, adj_f, adj_0, adj_6);
        // adj: f[i] = wp.vec3d()                                                             <L 41>
    }
    // adj: if w == wp.float64(0.0):                                                          <L 40>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_inv_m, var_0, adj_inv_m, adj_0, adj_1);
    // adj: w = inv_m[i]                                                                      <L 39>
    // adj: i = wp.tid()                                                                      <L 38>
    // adj: def symplectic_euler_d(x: wp.array(dtype=wp.vec3d), v: wp.array(dtype=wp.vec3d), f: wp.array(dtype=wp.vec3d), inv_m: wp.array(dtype=wp.float64), g: wp.vec3d, dt: wp.float64, ke: wp.array(dtype=wp.float64)):  <L 37>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void symplectic_euler_d_d3f252af_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_symplectic_euler_d_d3f252af *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        symplectic_euler_d_d3f252af_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void symplectic_euler_d_d3f252af_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_symplectic_euler_d_d3f252af *_wp_args,
    wp_args_symplectic_euler_d_d3f252af *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        symplectic_euler_d_d3f252af_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_implicit_spring_1d_6d3867a8 {
    wp::array_t<wp::float64> x;
    wp::array_t<wp::float64> v;
    wp::float64 k;
    wp::float64 c;
    wp::float64 m;
    wp::float64 dt;
    wp::int32 steps;
};


void implicit_spring_1d_6d3867a8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_implicit_spring_1d_6d3867a8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_v = _wp_args->v;
    wp::float64 var_k = _wp_args->k;
    wp::float64 var_c = _wp_args->c;
    wp::float64 var_m = _wp_args->m;
    wp::float64 var_dt = _wp_args->dt;
    wp::int32 var_steps = _wp_args->steps;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64* var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    wp::float64 var_21;
    bool var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    bool var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    bool var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    wp::float64 var_33;
    //---------
    // forward
    // def implicit_spring_1d(x: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.float64), k: wp.float64, c: wp.float64, m: wp.float64, dt: wp.float64, steps: int):       <L 51>
    // i = wp.tid()                                                                           <L 52>
    var_0 = builtin_tid1d();
    // xi = x[i]                                                                              <L 53>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vi = v[i]                                                                              <L 54>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // one = wp.float64(1.0)                                                                  <L 55>
    var_7 = 1.0;
    // for s in range(steps):                                                                 <L 56>
    var_8 = wp::range(var_steps);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
        // denom = m + dt * c + dt * dt * k                                                   <L 58>
        var_10 = wp::mul(var_dt, var_c);
        var_11 = wp::add(var_m, var_10);
        var_12 = wp::mul(var_dt, var_dt);
        var_13 = wp::mul(var_12, var_k);
        var_14 = wp::add(var_11, var_13);
        // vi = (m * vi - dt * k * xi) / denom                                                <L 59>
        var_15 = wp::mul(var_m, var_5);
        var_16 = wp::mul(var_dt, var_k);
        var_17 = wp::mul(var_16, var_2);
        var_18 = wp::sub(var_15, var_17);
        var_19 = wp::div(var_18, var_14);
        // xi = xi + dt * vi                                                                  <L 60>
        var_20 = wp::mul(var_dt, var_19);
        var_21 = wp::add(var_2, var_20);
        // if wp.abs(xi) < wp.float64(1.0e-15) and wp.abs(vi) < wp.float64(1.0e-15):          <L 61>
        var_23 = wp::abs(var_21);
        var_24 = 1e-15;
        var_25 = (var_23 < var_24);
        var_22 = var_25;
        if (var_22) {
            var_26 = wp::abs(var_19);
            var_27 = 1e-15;
            var_28 = (var_26 < var_27);
            var_22 = var_22 && var_28;
        }
        if (var_22) {
            // xi = wp.float64(0.0)                                                           <L 62>
            var_29 = 0.0;
            // vi = wp.float64(0.0)                                                           <L 63>
            var_30 = 0.0;
            // break                                                                          <L 64>
            wp::assign(var_2, var_29);
            wp::assign(var_5, var_30);
            goto end_for_0;
        }
        var_31 = wp::where(var_22, var_2, var_21);
        var_32 = wp::where(var_22, var_5, var_19);
        wp::assign(var_2, var_31);
        wp::assign(var_5, var_32);
        goto start_for_0;
    end_for_0:;
    // x[i] = xi                                                                              <L 65>
    wp::array_store(var_x, var_0, var_2);
    // v[i] = vi * one                                                                        <L 66>
    var_33 = wp::mul(var_5, var_7);
    wp::array_store(var_v, var_0, var_33);
}



void implicit_spring_1d_6d3867a8_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_implicit_spring_1d_6d3867a8 *_wp_args,
    wp_args_implicit_spring_1d_6d3867a8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_v = _wp_args->v;
    wp::float64 var_k = _wp_args->k;
    wp::float64 var_c = _wp_args->c;
    wp::float64 var_m = _wp_args->m;
    wp::float64 var_dt = _wp_args->dt;
    wp::int32 var_steps = _wp_args->steps;
    wp::array_t<wp::float64> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float64> adj_v = _wp_adj_args->v;
    wp::float64 adj_k = _wp_adj_args->k;
    wp::float64 adj_c = _wp_adj_args->c;
    wp::float64 adj_m = _wp_adj_args->m;
    wp::float64 adj_dt = _wp_adj_args->dt;
    wp::int32 adj_steps = _wp_adj_args->steps;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64* var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    wp::float64 var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::float64 var_19;
    wp::float64 var_20;
    wp::float64 var_21;
    bool var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    bool var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    bool var_28;
    wp::float64 var_29;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::float64 var_32;
    wp::float64 var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::range_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::float64 adj_21 = {};
    bool adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    bool adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    bool adj_28 = {};
    wp::float64 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::float64 adj_31 = {};
    wp::float64 adj_32 = {};
    wp::float64 adj_33 = {};
    //---------
    // forward
    // def implicit_spring_1d(x: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.float64), k: wp.float64, c: wp.float64, m: wp.float64, dt: wp.float64, steps: int):       <L 51>
    // i = wp.tid()                                                                           <L 52>
    var_0 = builtin_tid1d();
    // xi = x[i]                                                                              <L 53>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vi = v[i]                                                                              <L 54>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // one = wp.float64(1.0)                                                                  <L 55>
    var_7 = 1.0;
    // for s in range(steps):                                                                 <L 56>
    var_8 = wp::range(var_steps);
    // x[i] = xi                                                                              <L 65>
    // wp::array_store(var_x, var_0, var_2);
    // v[i] = vi * one                                                                        <L 66>
    var_33 = wp::mul(var_5, var_7);
    // wp::array_store(var_v, var_0, var_33);
    //---------
    // reverse
    wp::adj_array_store(var_v, var_0, var_33, adj_v, adj_0, adj_33);
    wp::adj_mul(var_5, var_7, adj_5, adj_7, adj_33);
    // adj: v[i] = vi * one                                                                   <L 66>
    wp::adj_array_store(var_x, var_0, var_2, adj_x, adj_0, adj_2);
    // adj: x[i] = xi                                                                         <L 65>
    var_8 = wp::iter_reverse(var_8);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
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
        // denom = m + dt * c + dt * dt * k                                                   <L 58>
        var_10 = wp::mul(var_dt, var_c);
        var_11 = wp::add(var_m, var_10);
        var_12 = wp::mul(var_dt, var_dt);
        var_13 = wp::mul(var_12, var_k);
        var_14 = wp::add(var_11, var_13);
        // vi = (m * vi - dt * k * xi) / denom                                                <L 59>
        var_15 = wp::mul(var_m, var_5);
        var_16 = wp::mul(var_dt, var_k);
        var_17 = wp::mul(var_16, var_2);
        var_18 = wp::sub(var_15, var_17);
        var_19 = wp::div(var_18, var_14);
        // xi = xi + dt * vi                                                                  <L 60>
        var_20 = wp::mul(var_dt, var_19);
        var_21 = wp::add(var_2, var_20);
        // if wp.abs(xi) < wp.float64(1.0e-15) and wp.abs(vi) < wp.float64(1.0e-15):          <L 61>
        var_23 = wp::abs(var_21);
        var_24 = 1e-15;
        var_25 = (var_23 < var_24);
        var_22 = var_25;
        if (var_22) {
            var_26 = wp::abs(var_19);
            var_27 = 1e-15;
            var_28 = (var_26 < var_27);
            var_22 = var_22 && var_28;
        }
        if (var_22) {
            // xi = wp.float64(0.0)                                                           <L 62>
            var_29 = 0.0;
            // vi = wp.float64(0.0)                                                           <L 63>
            var_30 = 0.0;
            // break                                                                          <L 64>
            wp::assign(var_2, var_29);
            wp::assign(var_5, var_30);
            goto end_for_0;
        }
        var_31 = wp::where(var_22, var_2, var_21);
        var_32 = wp::where(var_22, var_5, var_19);
        wp::assign(var_2, var_31);
        wp::assign(var_5, var_32);
        wp::adj_assign(var_5, var_32, adj_5, adj_32);
        wp::adj_assign(var_2, var_31, adj_2, adj_31);
        wp::adj_where(var_22, var_5, var_19, adj_22, adj_5, adj_19, adj_32);
        wp::adj_where(var_22, var_2, var_21, adj_22, adj_2, adj_21, adj_31);
        if (var_22) {
            wp::adj_assign(var_5, var_30, adj_5, adj_30);
            wp::adj_assign(var_2, var_29, adj_2, adj_29);
            // adj: break                                                                     <L 64>
            // adj: vi = wp.float64(0.0)                                                      <L 63>
            // adj: xi = wp.float64(0.0)                                                      <L 62>
        }
        if (var_22) {
            wp::adj_abs(var_19, adj_19, adj_26);
        }
        wp::adj_abs(var_21, adj_21, adj_23);
        // adj: if wp.abs(xi) < wp.float64(1.0e-15) and wp.abs(vi) < wp.float64(1.0e-15):     <L 61>
        wp::adj_add(var_2, var_20, adj_2, adj_20, adj_21);
        wp::adj_mul(var_dt, var_19, adj_dt, adj_19, adj_20);
        // adj: xi = xi + dt * vi                                                             <L 60>
        wp::adj_div(var_18, var_14, var_19, adj_18, adj_14, adj_19);
        wp::adj_sub(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_mul(var_16, var_2, adj_16, adj_2, adj_17);
        wp::adj_mul(var_dt, var_k, adj_dt, adj_k, adj_16);
        wp::adj_mul(var_m, var_5, adj_m, adj_5, adj_15);
        // adj: vi = (m * vi - dt * k * xi) / denom                                           <L 59>
        wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
        wp::adj_mul(var_12, var_k, adj_12, adj_k, adj_13);
        wp::adj_mul(var_dt, var_dt, adj_dt, adj_dt, adj_12);
        wp::adj_add(var_m, var_10, adj_m, adj_10, adj_11);
        wp::adj_mul(var_dt, var_c, adj_dt, adj_c, adj_10);
        // adj: denom = m + dt * c + dt * dt * k                                              <L 58>
    	goto start_for_0;
    end_for_0:;
    // adj: for s in range(steps):                                                            <L 56>
    // adj: one = wp.float64(1.0)                                                             <L 55>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: vi = v[i]                                                                         <L 54>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: xi = x[i]                                                                         <L 53>
    // adj: i = wp.tid()                                                                      <L 52>
    // adj: def implicit_spring_1d(x: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.float64), k: wp.float64, c: wp.float64, m: wp.float64, dt: wp.float64, steps: int):  <L 51>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void implicit_spring_1d_6d3867a8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_implicit_spring_1d_6d3867a8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        implicit_spring_1d_6d3867a8_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void implicit_spring_1d_6d3867a8_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_implicit_spring_1d_6d3867a8 *_wp_args,
    wp_args_implicit_spring_1d_6d3867a8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        implicit_spring_1d_6d3867a8_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_double_to_single_b81304f2 {
    wp::array_t<wp::vec_t<3, wp::float64>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
    wp::array_t<wp::float64> err;
};


void double_to_single_b81304f2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_double_to_single_b81304f2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float64> var_err = _wp_args->err;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    const wp::int32 var_4 = 0;
    wp::float64 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float64 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float64 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    wp::float64 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    wp::float64 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float64 var_22;
    wp::vec_t<3, wp::float64> var_23;
    const wp::int32 var_24 = 0;
    wp::vec_t<3, wp::float64> var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    //---------
    // forward
    // def double_to_single(x: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3), err: wp.array(dtype=wp.float64)):       <L 70>
    // i = wp.tid()                                                                           <L 71>
    var_0 = builtin_tid1d();
    // xd = x[i]                                                                              <L 72>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // xs = wp.vec3(float(xd[0]), float(xd[1]), float(xd[2]))                                 <L 73>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::float(var_5);
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::extract(var_2, var_10);
    var_12 = wp::float(var_11);
    var_13 = wp::vec_t<3, wp::float32>(var_6, var_9, var_12);
    // out[i] = xs                                                                            <L 74>
    wp::array_store(var_out, var_0, var_13);
    // back = wp.vec3d(wp.float64(xs[0]), wp.float64(xs[1]), wp.float64(xs[2]))               <L 75>
    var_15 = wp::extract(var_13, var_14);
    var_16 = wp::float64(var_15);
    var_18 = wp::extract(var_13, var_17);
    var_19 = wp::float64(var_18);
    var_21 = wp::extract(var_13, var_20);
    var_22 = wp::float64(var_21);
    var_23 = wp::vec_t<3, wp::float64>(var_16, var_19, var_22);
    // wp.atomic_max(err, 0, wp.length(back - xd))                                            <L 76>
    var_25 = wp::sub(var_23, var_2);
    var_26 = wp::length(var_25);
    var_27 = wp::atomic_max(var_err, var_24, var_26);
}



void double_to_single_b81304f2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_double_to_single_b81304f2 *_wp_args,
    wp_args_double_to_single_b81304f2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float64> var_err = _wp_args->err;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float64> adj_err = _wp_adj_args->err;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float64>* var_1;
    wp::vec_t<3, wp::float64> var_2;
    wp::vec_t<3, wp::float64> var_3;
    const wp::int32 var_4 = 0;
    wp::float64 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float64 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float64 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    wp::float64 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    wp::float64 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float64 var_22;
    wp::vec_t<3, wp::float64> var_23;
    const wp::int32 var_24 = 0;
    wp::vec_t<3, wp::float64> var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float64> adj_1 = {};
    wp::vec_t<3, wp::float64> adj_2 = {};
    wp::vec_t<3, wp::float64> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::vec_t<3, wp::float64> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::vec_t<3, wp::float64> adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    //---------
    // forward
    // def double_to_single(x: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3), err: wp.array(dtype=wp.float64)):       <L 70>
    // i = wp.tid()                                                                           <L 71>
    var_0 = builtin_tid1d();
    // xd = x[i]                                                                              <L 72>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // xs = wp.vec3(float(xd[0]), float(xd[1]), float(xd[2]))                                 <L 73>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::float(var_5);
    var_8 = wp::extract(var_2, var_7);
    var_9 = wp::float(var_8);
    var_11 = wp::extract(var_2, var_10);
    var_12 = wp::float(var_11);
    var_13 = wp::vec_t<3, wp::float32>(var_6, var_9, var_12);
    // out[i] = xs                                                                            <L 74>
    // wp::array_store(var_out, var_0, var_13);
    // back = wp.vec3d(wp.float64(xs[0]), wp.float64(xs[1]), wp.float64(xs[2]))               <L 75>
    var_15 = wp::extract(var_13, var_14);
    var_16 = wp::float64(var_15);
    var_18 = wp::extract(var_13, var_17);
    var_19 = wp::float64(var_18);
    var_21 = wp::extract(var_13, var_20);
    var_22 = wp::float64(var_21);
    var_23 = wp::vec_t<3, wp::float64>(var_16, var_19, var_22);
    // wp.atomic_max(err, 0, wp.length(back - xd))                                            <L 76>
    var_25 = wp::sub(var_23, var_2);
    var_26 = wp::length(var_25);
    // var_27 = wp::atomic_max(var_err, var_24, var_26);
    //---------
    // reverse
    wp::adj_atomic_max(var_err, var_24, var_26, adj_err, adj_24, adj_26, adj_27);
    wp::adj_length(var_25, var_26, adj_25, adj_26);
    wp::adj_sub(var_23, var_2, adj_23, adj_2, adj_25);
    // adj: wp.atomic_max(err, 0, wp.length(back - xd))                                       <L 76>
    wp::adj_vec_t(var_16, var_19, var_22, adj_16, adj_19, adj_22, adj_23);
    wp::adj_float64(var_21, adj_21, adj_22);
    wp::adj_extract(var_13, var_20, adj_13, adj_20, adj_21);
    wp::adj_float64(var_18, adj_18, adj_19);
    wp::adj_extract(var_13, var_17, adj_13, adj_17, adj_18);
    wp::adj_float64(var_15, adj_15, adj_16);
    wp::adj_extract(var_13, var_14, adj_13, adj_14, adj_15);
    // adj: back = wp.vec3d(wp.float64(xs[0]), wp.float64(xs[1]), wp.float64(xs[2]))          <L 75>
    wp::adj_array_store(var_out, var_0, var_13, adj_out, adj_0, adj_13);
    // adj: out[i] = xs                                                                       <L 74>
    wp::adj_vec_t(var_6, var_9, var_12, adj_6, adj_9, adj_12, adj_13);
    wp::adj_float(var_11, adj_11, adj_12);
    wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
    wp::adj_float(var_8, adj_8, adj_9);
    wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_float(var_5, adj_5, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: xs = wp.vec3(float(xd[0]), float(xd[1]), float(xd[2]))                            <L 73>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: xd = x[i]                                                                         <L 72>
    // adj: i = wp.tid()                                                                      <L 71>
    // adj: def double_to_single(x: wp.array(dtype=wp.vec3d), out: wp.array(dtype=wp.vec3), err: wp.array(dtype=wp.float64)):  <L 70>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void double_to_single_b81304f2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_double_to_single_b81304f2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        double_to_single_b81304f2_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void double_to_single_b81304f2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_double_to_single_b81304f2 *_wp_args,
    wp_args_double_to_single_b81304f2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        double_to_single_b81304f2_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_chain_implicit_cg_f64_fba2c4d0 {
    wp::array_t<wp::float64> x;
    wp::array_t<wp::float64> v;
    wp::float64 k;
    wp::float64 c;
    wp::float64 m;
    wp::float64 dt;
    wp::int32 cg_iters;
    wp::array_t<wp::float64> r;
    wp::array_t<wp::float64> p;
    wp::array_t<wp::float64> Ap;
    wp::array_t<wp::float64> dv;
    wp::array_t<wp::float64> residual;
};


void chain_implicit_cg_f64_fba2c4d0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_chain_implicit_cg_f64_fba2c4d0 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_v = _wp_args->v;
    wp::float64 var_k = _wp_args->k;
    wp::float64 var_c = _wp_args->c;
    wp::float64 var_m = _wp_args->m;
    wp::float64 var_dt = _wp_args->dt;
    wp::int32 var_cg_iters = _wp_args->cg_iters;
    wp::array_t<wp::float64> var_r = _wp_args->r;
    wp::array_t<wp::float64> var_p = _wp_args->p;
    wp::array_t<wp::float64> var_Ap = _wp_args->Ap;
    wp::array_t<wp::float64> var_dv = _wp_args->dv;
    wp::array_t<wp::float64> var_residual = _wp_args->residual;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float64* var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::float64* var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    bool var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::float64* var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::float64* var_35;
    wp::float64 var_36;
    wp::float64 var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    wp::float64 var_40;
    wp::float64* var_41;
    wp::float64* var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    wp::float64 var_46;
    wp::float64 var_47;
    wp::float64 var_48;
    wp::float64 var_49;
    wp::float64 var_50;
    wp::float64* var_51;
    wp::float64 var_52;
    wp::float64 var_53;
    wp::float64 var_54;
    wp::float64 var_55;
    wp::float64 var_56;
    wp::float64 var_57;
    wp::range_t var_58;
    wp::int32 var_59;
    wp::float64* var_60;
    wp::float64* var_61;
    wp::float64 var_62;
    wp::float64 var_63;
    wp::float64 var_64;
    wp::float64 var_65;
    wp::range_t var_66;
    wp::int32 var_67;
    wp::float64 var_68;
    bool var_69;
    wp::float64 var_70;
    wp::range_t var_71;
    wp::int32 var_72;
    wp::float64 var_73;
    wp::float64 var_74;
    wp::float64 var_75;
    wp::float64* var_76;
    wp::float64 var_77;
    wp::float64 var_78;
    const wp::int32 var_79 = 0;
    bool var_80;
    const wp::int32 var_81 = 1;
    wp::int32 var_82;
    wp::float64* var_83;
    wp::float64 var_84;
    wp::float64 var_85;
    wp::float64 var_86;
    wp::float64 var_87;
    const wp::int32 var_88 = 1;
    wp::int32 var_89;
    bool var_90;
    const wp::int32 var_91 = 1;
    wp::int32 var_92;
    wp::float64* var_93;
    wp::float64 var_94;
    wp::float64 var_95;
    wp::float64 var_96;
    wp::float64 var_97;
    wp::float64* var_98;
    wp::float64 var_99;
    wp::float64 var_100;
    wp::float64 var_101;
    wp::float64 var_102;
    wp::float64 var_103;
    wp::range_t var_104;
    wp::int32 var_105;
    wp::float64* var_106;
    wp::float64* var_107;
    wp::float64 var_108;
    wp::float64 var_109;
    wp::float64 var_110;
    wp::float64 var_111;
    wp::float64* var_112;
    wp::float64* var_113;
    wp::float64 var_114;
    wp::float64 var_115;
    wp::float64 var_116;
    wp::float64 var_117;
    wp::float64* var_118;
    wp::float64* var_119;
    wp::float64 var_120;
    wp::float64 var_121;
    wp::float64 var_122;
    wp::float64 var_123;
    wp::float64 var_124;
    wp::range_t var_125;
    wp::int32 var_126;
    wp::float64* var_127;
    wp::float64* var_128;
    wp::float64 var_129;
    wp::float64 var_130;
    wp::float64 var_131;
    wp::float64 var_132;
    wp::float64 var_133;
    wp::range_t var_134;
    wp::int32 var_135;
    wp::float64* var_136;
    wp::float64* var_137;
    wp::float64 var_138;
    wp::float64 var_139;
    wp::float64 var_140;
    wp::float64* var_141;
    wp::float64* var_142;
    wp::float64 var_143;
    wp::float64 var_144;
    wp::float64 var_145;
    wp::float64 var_146;
    wp::float64 var_147;
    //---------
    // forward
    // def chain_implicit_cg_f64(                                                             <L 80>
    // chain = wp.tid()                                                                       <L 94>
    var_0 = builtin_tid1d();
    // n = x.shape[1]                                                                         <L 95>
    var_1 = &(var_x.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // zero = wp.float64(0.0)                                                                 <L 96>
    var_5 = 0.0;
    // two = wp.float64(2.0)                                                                  <L 97>
    var_6 = 2.0;
    // h2k = dt * dt * k                                                                      <L 98>
    var_7 = wp::mul(var_dt, var_dt);
    var_8 = wp::mul(var_7, var_k);
    // hc = dt * c                                                                            <L 99>
    var_9 = wp::mul(var_dt, var_c);
    // for i in range(n):                                                                     <L 101>
    var_10 = wp::range(var_3);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // xl = zero                                                                          <L 102>
        var_12 = wp::copy(var_5);
        // xr = zero                                                                          <L 103>
        var_13 = wp::copy(var_5);
        // if i > 0:                                                                          <L 104>
        var_15 = (var_11 > var_14);
        if (var_15) {
            // xl = x[chain, i - 1] + dt * v[chain, i - 1]                                    <L 105>
            var_17 = wp::sub(var_11, var_16);
            var_18 = wp::address(var_x, var_0, var_17);
            var_20 = wp::sub(var_11, var_19);
            var_21 = wp::address(var_v, var_0, var_20);
            var_23 = wp::load(var_21);
            var_22 = wp::mul(var_dt, var_23);
            var_25 = wp::load(var_18);
            var_24 = wp::add(var_25, var_22);
        }
        var_26 = wp::where(var_15, var_24, var_12);
        // if i < n - 1:                                                                      <L 106>
        var_28 = wp::sub(var_3, var_27);
        var_29 = (var_11 < var_28);
        if (var_29) {
            // xr = x[chain, i + 1] + dt * v[chain, i + 1]                                    <L 107>
            var_31 = wp::add(var_11, var_30);
            var_32 = wp::address(var_x, var_0, var_31);
            var_34 = wp::add(var_11, var_33);
            var_35 = wp::address(var_v, var_0, var_34);
            var_37 = wp::load(var_35);
            var_36 = wp::mul(var_dt, var_37);
            var_39 = wp::load(var_32);
            var_38 = wp::add(var_39, var_36);
        }
        var_40 = wp::where(var_29, var_38, var_13);
        // xi = x[chain, i] + dt * v[chain, i]                                                <L 108>
        var_41 = wp::address(var_x, var_0, var_11);
        var_42 = wp::address(var_v, var_0, var_11);
        var_44 = wp::load(var_42);
        var_43 = wp::mul(var_dt, var_44);
        var_46 = wp::load(var_41);
        var_45 = wp::add(var_46, var_43);
        // f = k * (xl + xr - two * xi) - c * v[chain, i]                                     <L 109>
        var_47 = wp::add(var_26, var_40);
        var_48 = wp::mul(var_6, var_45);
        var_49 = wp::sub(var_47, var_48);
        var_50 = wp::mul(var_k, var_49);
        var_51 = wp::address(var_v, var_0, var_11);
        var_53 = wp::load(var_51);
        var_52 = wp::mul(var_c, var_53);
        var_54 = wp::sub(var_50, var_52);
        // r[chain, i] = dt * f                                                               <L 110>
        var_55 = wp::mul(var_dt, var_54);
        wp::array_store(var_r, var_0, var_11, var_55);
        // p[chain, i] = dt * f                                                               <L 111>
        var_56 = wp::mul(var_dt, var_54);
        wp::array_store(var_p, var_0, var_11, var_56);
        // dv[chain, i] = zero                                                                <L 112>
        wp::array_store(var_dv, var_0, var_11, var_5);
        goto start_for_0;
    end_for_0:;
    // rr = zero                                                                              <L 113>
    var_57 = wp::copy(var_5);
    // for i in range(n):                                                                     <L 114>
    var_58 = wp::range(var_3);
    start_for_2:;
        if (iter_cmp(var_58) == 0) goto end_for_2;
        var_59 = wp::iter_next(var_58);
        // rr = rr + r[chain, i] * r[chain, i]                                                <L 115>
        var_60 = wp::address(var_r, var_0, var_59);
        var_61 = wp::address(var_r, var_0, var_59);
        var_63 = wp::load(var_60);
        var_64 = wp::load(var_61);
        var_62 = wp::mul(var_63, var_64);
        var_65 = wp::add(var_57, var_62);
        wp::assign(var_57, var_65);
        goto start_for_2;
    end_for_2:;
    // for it in range(cg_iters):                                                             <L 116>
    var_66 = wp::range(var_cg_iters);
    start_for_4:;
        if (iter_cmp(var_66) == 0) goto end_for_4;
        var_67 = wp::iter_next(var_66);
        // if rr < wp.float64(1.0e-24):                                                       <L 117>
        var_68 = 1e-24;
        var_69 = (var_57 < var_68);
        if (var_69) {
            // break                                                                          <L 118>
            goto end_for_4;
        }
        // pAp = zero                                                                         <L 119>
        var_70 = wp::copy(var_5);
        // for i in range(n):                                                                 <L 120>
        var_71 = wp::range(var_3);
        start_for_6:;
            if (iter_cmp(var_71) == 0) goto end_for_6;
            var_72 = wp::iter_next(var_71);
            // a = (m + hc + two * h2k) * p[chain, i]                                         <L 121>
            var_73 = wp::add(var_m, var_9);
            var_74 = wp::mul(var_6, var_8);
            var_75 = wp::add(var_73, var_74);
            var_76 = wp::address(var_p, var_0, var_72);
            var_78 = wp::load(var_76);
            var_77 = wp::mul(var_75, var_78);
            // if i > 0:                                                                      <L 122>
            var_80 = (var_72 > var_79);
            if (var_80) {
                // a = a - h2k * p[chain, i - 1]                                              <L 123>
                var_82 = wp::sub(var_72, var_81);
                var_83 = wp::address(var_p, var_0, var_82);
                var_85 = wp::load(var_83);
                var_84 = wp::mul(var_8, var_85);
                var_86 = wp::sub(var_77, var_84);
            }
            var_87 = wp::where(var_80, var_86, var_77);
            // if i < n - 1:                                                                  <L 124>
            var_89 = wp::sub(var_3, var_88);
            var_90 = (var_72 < var_89);
            if (var_90) {
                // a = a - h2k * p[chain, i + 1]                                              <L 125>
                var_92 = wp::add(var_72, var_91);
                var_93 = wp::address(var_p, var_0, var_92);
                var_95 = wp::load(var_93);
                var_94 = wp::mul(var_8, var_95);
                var_96 = wp::sub(var_87, var_94);
            }
            var_97 = wp::where(var_90, var_96, var_87);
            // Ap[chain, i] = a                                                               <L 126>
            wp::array_store(var_Ap, var_0, var_72, var_97);
            // pAp = pAp + p[chain, i] * a                                                    <L 127>
            var_98 = wp::address(var_p, var_0, var_72);
            var_100 = wp::load(var_98);
            var_99 = wp::mul(var_100, var_97);
            var_101 = wp::add(var_70, var_99);
            wp::assign(var_70, var_101);
            goto start_for_6;
        end_for_6:;
        // alpha = rr / pAp                                                                   <L 128>
        var_102 = wp::div(var_57, var_70);
        // rr_new = zero                                                                      <L 129>
        var_103 = wp::copy(var_5);
        // for i in range(n):                                                                 <L 130>
        var_104 = wp::range(var_3);
        start_for_8:;
            if (iter_cmp(var_104) == 0) goto end_for_8;
            var_105 = wp::iter_next(var_104);
            // dv[chain, i] = dv[chain, i] + alpha * p[chain, i]                              <L 131>
            var_106 = wp::address(var_dv, var_0, var_105);
            var_107 = wp::address(var_p, var_0, var_105);
            var_109 = wp::load(var_107);
            var_108 = wp::mul(var_102, var_109);
            var_111 = wp::load(var_106);
            var_110 = wp::add(var_111, var_108);
            wp::array_store(var_dv, var_0, var_105, var_110);
            // r[chain, i] = r[chain, i] - alpha * Ap[chain, i]                               <L 132>
            var_112 = wp::address(var_r, var_0, var_105);
            var_113 = wp::address(var_Ap, var_0, var_105);
            var_115 = wp::load(var_113);
            var_114 = wp::mul(var_102, var_115);
            var_117 = wp::load(var_112);
            var_116 = wp::sub(var_117, var_114);
            wp::array_store(var_r, var_0, var_105, var_116);
            // rr_new = rr_new + r[chain, i] * r[chain, i]                                    <L 133>
            var_118 = wp::address(var_r, var_0, var_105);
            var_119 = wp::address(var_r, var_0, var_105);
            var_121 = wp::load(var_118);
            var_122 = wp::load(var_119);
            var_120 = wp::mul(var_121, var_122);
            var_123 = wp::add(var_103, var_120);
            wp::assign(var_103, var_123);
            goto start_for_8;
        end_for_8:;
        // beta = rr_new / rr                                                                 <L 134>
        var_124 = wp::div(var_103, var_57);
        // for i in range(n):                                                                 <L 135>
        var_125 = wp::range(var_3);
        start_for_10:;
            if (iter_cmp(var_125) == 0) goto end_for_10;
            var_126 = wp::iter_next(var_125);
            // p[chain, i] = r[chain, i] + beta * p[chain, i]                                 <L 136>
            var_127 = wp::address(var_r, var_0, var_126);
            var_128 = wp::address(var_p, var_0, var_126);
            var_130 = wp::load(var_128);
            var_129 = wp::mul(var_124, var_130);
            var_132 = wp::load(var_127);
            var_131 = wp::add(var_132, var_129);
            wp::array_store(var_p, var_0, var_126, var_131);
            goto start_for_10;
        end_for_10:;
        // rr = rr_new                                                                        <L 137>
        var_133 = wp::copy(var_103);
        wp::assign(var_59, var_126);
        wp::assign(var_57, var_133);
        goto start_for_4;
    end_for_4:;
    // for i in range(n):                                                                     <L 138>
    var_134 = wp::range(var_3);
    start_for_12:;
        if (iter_cmp(var_134) == 0) goto end_for_12;
        var_135 = wp::iter_next(var_134);
        // v[chain, i] = v[chain, i] + dv[chain, i]                                           <L 139>
        var_136 = wp::address(var_v, var_0, var_135);
        var_137 = wp::address(var_dv, var_0, var_135);
        var_139 = wp::load(var_136);
        var_140 = wp::load(var_137);
        var_138 = wp::add(var_139, var_140);
        wp::array_store(var_v, var_0, var_135, var_138);
        // x[chain, i] = x[chain, i] + dt * v[chain, i]                                       <L 140>
        var_141 = wp::address(var_x, var_0, var_135);
        var_142 = wp::address(var_v, var_0, var_135);
        var_144 = wp::load(var_142);
        var_143 = wp::mul(var_dt, var_144);
        var_146 = wp::load(var_141);
        var_145 = wp::add(var_146, var_143);
        wp::array_store(var_x, var_0, var_135, var_145);
        goto start_for_12;
    end_for_12:;
    // residual[chain] = wp.sqrt(rr)                                                          <L 141>
    var_147 = wp::sqrt(var_57);
    wp::array_store(var_residual, var_0, var_147);
}



void chain_implicit_cg_f64_fba2c4d0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_chain_implicit_cg_f64_fba2c4d0 *_wp_args,
    wp_args_chain_implicit_cg_f64_fba2c4d0 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float64> var_x = _wp_args->x;
    wp::array_t<wp::float64> var_v = _wp_args->v;
    wp::float64 var_k = _wp_args->k;
    wp::float64 var_c = _wp_args->c;
    wp::float64 var_m = _wp_args->m;
    wp::float64 var_dt = _wp_args->dt;
    wp::int32 var_cg_iters = _wp_args->cg_iters;
    wp::array_t<wp::float64> var_r = _wp_args->r;
    wp::array_t<wp::float64> var_p = _wp_args->p;
    wp::array_t<wp::float64> var_Ap = _wp_args->Ap;
    wp::array_t<wp::float64> var_dv = _wp_args->dv;
    wp::array_t<wp::float64> var_residual = _wp_args->residual;
    wp::array_t<wp::float64> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float64> adj_v = _wp_adj_args->v;
    wp::float64 adj_k = _wp_adj_args->k;
    wp::float64 adj_c = _wp_adj_args->c;
    wp::float64 adj_m = _wp_adj_args->m;
    wp::float64 adj_dt = _wp_adj_args->dt;
    wp::int32 adj_cg_iters = _wp_adj_args->cg_iters;
    wp::array_t<wp::float64> adj_r = _wp_adj_args->r;
    wp::array_t<wp::float64> adj_p = _wp_adj_args->p;
    wp::array_t<wp::float64> adj_Ap = _wp_adj_args->Ap;
    wp::array_t<wp::float64> adj_dv = _wp_adj_args->dv;
    wp::array_t<wp::float64> adj_residual = _wp_adj_args->residual;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::float64 var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    wp::float64 var_8;
    wp::float64 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::float64 var_12;
    wp::float64 var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float64* var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::float64* var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    wp::float64 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    bool var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::float64* var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::float64* var_35;
    wp::float64 var_36;
    wp::float64 var_37;
    wp::float64 var_38;
    wp::float64 var_39;
    wp::float64 var_40;
    wp::float64* var_41;
    wp::float64* var_42;
    wp::float64 var_43;
    wp::float64 var_44;
    wp::float64 var_45;
    wp::float64 var_46;
    wp::float64 var_47;
    wp::float64 var_48;
    wp::float64 var_49;
    wp::float64 var_50;
    wp::float64* var_51;
    wp::float64 var_52;
    wp::float64 var_53;
    wp::float64 var_54;
    wp::float64 var_55;
    wp::float64 var_56;
    wp::float64 var_57;
    wp::range_t var_58;
    wp::int32 var_59;
    wp::float64* var_60;
    wp::float64* var_61;
    wp::float64 var_62;
    wp::float64 var_63;
    wp::float64 var_64;
    wp::float64 var_65;
    wp::range_t var_66;
    wp::int32 var_67;
    wp::float64 var_68;
    bool var_69;
    wp::float64 var_70;
    wp::range_t var_71;
    wp::int32 var_72;
    wp::float64 var_73;
    wp::float64 var_74;
    wp::float64 var_75;
    wp::float64* var_76;
    wp::float64 var_77;
    wp::float64 var_78;
    const wp::int32 var_79 = 0;
    bool var_80;
    const wp::int32 var_81 = 1;
    wp::int32 var_82;
    wp::float64* var_83;
    wp::float64 var_84;
    wp::float64 var_85;
    wp::float64 var_86;
    wp::float64 var_87;
    const wp::int32 var_88 = 1;
    wp::int32 var_89;
    bool var_90;
    const wp::int32 var_91 = 1;
    wp::int32 var_92;
    wp::float64* var_93;
    wp::float64 var_94;
    wp::float64 var_95;
    wp::float64 var_96;
    wp::float64 var_97;
    wp::float64* var_98;
    wp::float64 var_99;
    wp::float64 var_100;
    wp::float64 var_101;
    wp::float64 var_102;
    wp::float64 var_103;
    wp::range_t var_104;
    wp::int32 var_105;
    wp::float64* var_106;
    wp::float64* var_107;
    wp::float64 var_108;
    wp::float64 var_109;
    wp::float64 var_110;
    wp::float64 var_111;
    wp::float64* var_112;
    wp::float64* var_113;
    wp::float64 var_114;
    wp::float64 var_115;
    wp::float64 var_116;
    wp::float64 var_117;
    wp::float64* var_118;
    wp::float64* var_119;
    wp::float64 var_120;
    wp::float64 var_121;
    wp::float64 var_122;
    wp::float64 var_123;
    wp::float64 var_124;
    wp::range_t var_125;
    wp::int32 var_126;
    wp::float64* var_127;
    wp::float64* var_128;
    wp::float64 var_129;
    wp::float64 var_130;
    wp::float64 var_131;
    wp::float64 var_132;
    wp::float64 var_133;
    wp::range_t var_134;
    wp::int32 var_135;
    wp::float64* var_136;
    wp::float64* var_137;
    wp::float64 var_138;
    wp::float64 var_139;
    wp::float64 var_140;
    wp::float64* var_141;
    wp::float64* var_142;
    wp::float64 var_143;
    wp::float64 var_144;
    wp::float64 var_145;
    wp::float64 var_146;
    wp::float64 var_147;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    bool adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float64 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float64 adj_35 = {};
    wp::float64 adj_36 = {};
    wp::float64 adj_37 = {};
    wp::float64 adj_38 = {};
    wp::float64 adj_39 = {};
    wp::float64 adj_40 = {};
    wp::float64 adj_41 = {};
    wp::float64 adj_42 = {};
    wp::float64 adj_43 = {};
    wp::float64 adj_44 = {};
    wp::float64 adj_45 = {};
    wp::float64 adj_46 = {};
    wp::float64 adj_47 = {};
    wp::float64 adj_48 = {};
    wp::float64 adj_49 = {};
    wp::float64 adj_50 = {};
    wp::float64 adj_51 = {};
    wp::float64 adj_52 = {};
    wp::float64 adj_53 = {};
    wp::float64 adj_54 = {};
    wp::float64 adj_55 = {};
    wp::float64 adj_56 = {};
    wp::float64 adj_57 = {};
    wp::range_t adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float64 adj_60 = {};
    wp::float64 adj_61 = {};
    wp::float64 adj_62 = {};
    wp::float64 adj_63 = {};
    wp::float64 adj_64 = {};
    wp::float64 adj_65 = {};
    wp::range_t adj_66 = {};
    wp::int32 adj_67 = {};
    wp::float64 adj_68 = {};
    bool adj_69 = {};
    wp::float64 adj_70 = {};
    wp::range_t adj_71 = {};
    wp::int32 adj_72 = {};
    wp::float64 adj_73 = {};
    wp::float64 adj_74 = {};
    wp::float64 adj_75 = {};
    wp::float64 adj_76 = {};
    wp::float64 adj_77 = {};
    wp::float64 adj_78 = {};
    wp::int32 adj_79 = {};
    bool adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::float64 adj_83 = {};
    wp::float64 adj_84 = {};
    wp::float64 adj_85 = {};
    wp::float64 adj_86 = {};
    wp::float64 adj_87 = {};
    wp::int32 adj_88 = {};
    wp::int32 adj_89 = {};
    bool adj_90 = {};
    wp::int32 adj_91 = {};
    wp::int32 adj_92 = {};
    wp::float64 adj_93 = {};
    wp::float64 adj_94 = {};
    wp::float64 adj_95 = {};
    wp::float64 adj_96 = {};
    wp::float64 adj_97 = {};
    wp::float64 adj_98 = {};
    wp::float64 adj_99 = {};
    wp::float64 adj_100 = {};
    wp::float64 adj_101 = {};
    wp::float64 adj_102 = {};
    wp::float64 adj_103 = {};
    wp::range_t adj_104 = {};
    wp::int32 adj_105 = {};
    wp::float64 adj_106 = {};
    wp::float64 adj_107 = {};
    wp::float64 adj_108 = {};
    wp::float64 adj_109 = {};
    wp::float64 adj_110 = {};
    wp::float64 adj_111 = {};
    wp::float64 adj_112 = {};
    wp::float64 adj_113 = {};
    wp::float64 adj_114 = {};
    wp::float64 adj_115 = {};
    wp::float64 adj_116 = {};
    wp::float64 adj_117 = {};
    wp::float64 adj_118 = {};
    wp::float64 adj_119 = {};
    wp::float64 adj_120 = {};
    wp::float64 adj_121 = {};
    wp::float64 adj_122 = {};
    wp::float64 adj_123 = {};
    wp::float64 adj_124 = {};
    wp::range_t adj_125 = {};
    wp::int32 adj_126 = {};
    wp::float64 adj_127 = {};
    wp::float64 adj_128 = {};
    wp::float64 adj_129 = {};
    wp::float64 adj_130 = {};
    wp::float64 adj_131 = {};
    wp::float64 adj_132 = {};
    wp::float64 adj_133 = {};
    wp::range_t adj_134 = {};
    wp::int32 adj_135 = {};
    wp::float64 adj_136 = {};
    wp::float64 adj_137 = {};
    wp::float64 adj_138 = {};
    wp::float64 adj_139 = {};
    wp::float64 adj_140 = {};
    wp::float64 adj_141 = {};
    wp::float64 adj_142 = {};
    wp::float64 adj_143 = {};
    wp::float64 adj_144 = {};
    wp::float64 adj_145 = {};
    wp::float64 adj_146 = {};
    wp::float64 adj_147 = {};
    //---------
    // forward
    // def chain_implicit_cg_f64(                                                             <L 80>
    // chain = wp.tid()                                                                       <L 94>
    var_0 = builtin_tid1d();
    // n = x.shape[1]                                                                         <L 95>
    var_1 = &(var_x.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // zero = wp.float64(0.0)                                                                 <L 96>
    var_5 = 0.0;
    // two = wp.float64(2.0)                                                                  <L 97>
    var_6 = 2.0;
    // h2k = dt * dt * k                                                                      <L 98>
    var_7 = wp::mul(var_dt, var_dt);
    var_8 = wp::mul(var_7, var_k);
    // hc = dt * c                                                                            <L 99>
    var_9 = wp::mul(var_dt, var_c);
    // for i in range(n):                                                                     <L 101>
    var_10 = wp::range(var_3);
    // rr = zero                                                                              <L 113>
    var_57 = wp::copy(var_5);
    // for i in range(n):                                                                     <L 114>
    var_58 = wp::range(var_3);
    // for it in range(cg_iters):                                                             <L 116>
    var_66 = wp::range(var_cg_iters);
    // for i in range(n):                                                                     <L 138>
    var_134 = wp::range(var_3);
    // residual[chain] = wp.sqrt(rr)                                                          <L 141>
    var_147 = wp::sqrt(var_57);
    // wp::array_store(var_residual, var_0, var_147);
    //---------
    // reverse
    wp::adj_array_store(var_residual, var_0, var_147, adj_residual, adj_0, adj_147);
    wp::adj_sqrt(var_57, var_147, adj_57, adj_147);
    // adj: residual[chain] = wp.sqrt(rr)                                                     <L 141>
    var_134 = wp::iter_reverse(var_134);
    start_for_12:;
        if (iter_cmp(var_134) == 0) goto end_for_12;
        var_135 = wp::iter_next(var_134);
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
        // v[chain, i] = v[chain, i] + dv[chain, i]                                           <L 139>
        var_136 = wp::address(var_v, var_0, var_135);
        var_137 = wp::address(var_dv, var_0, var_135);
        var_139 = wp::load(var_136);
        var_140 = wp::load(var_137);
        var_138 = wp::add(var_139, var_140);
        // wp::array_store(var_v, var_0, var_135, var_138);
        // x[chain, i] = x[chain, i] + dt * v[chain, i]                                       <L 140>
        var_141 = wp::address(var_x, var_0, var_135);
        var_142 = wp::address(var_v, var_0, var_135);
        var_144 = wp::load(var_142);
        var_143 = wp::mul(var_dt, var_144);
        var_146 = wp::load(var_141);
        var_145 = wp::add(var_146, var_143);
        // wp::array_store(var_x, var_0, var_135, var_145);
        wp::adj_array_store(var_x, var_0, var_135, var_145, adj_x, adj_0, adj_135, adj_145);
        wp::adj_add(var_146, var_143, adj_141, adj_143, adj_145);
        wp::adj_mul(var_dt, var_144, adj_dt, adj_142, adj_143);
        wp::adj_address(var_v, var_0, var_135, adj_v, adj_0, adj_135, adj_142);
        wp::adj_address(var_x, var_0, var_135, adj_x, adj_0, adj_135, adj_141);
        // adj: x[chain, i] = x[chain, i] + dt * v[chain, i]                                  <L 140>
        wp::adj_array_store(var_v, var_0, var_135, var_138, adj_v, adj_0, adj_135, adj_138);
        wp::adj_add(var_139, var_140, adj_136, adj_137, adj_138);
        wp::adj_address(var_dv, var_0, var_135, adj_dv, adj_0, adj_135, adj_137);
        wp::adj_address(var_v, var_0, var_135, adj_v, adj_0, adj_135, adj_136);
        // adj: v[chain, i] = v[chain, i] + dv[chain, i]                                      <L 139>
    	goto start_for_12;
    end_for_12:;
    // adj: for i in range(n):                                                                <L 138>
    var_66 = wp::iter_reverse(var_66);
    start_for_4:;
        if (iter_cmp(var_66) == 0) goto end_for_4;
        var_67 = wp::iter_next(var_66);
    	adj_68 = {};
    	adj_69 = {};
    	adj_70 = {};
    	adj_71 = {};
    	adj_102 = {};
    	adj_103 = {};
    	adj_104 = {};
    	adj_124 = {};
    	adj_125 = {};
    	adj_133 = {};
        // if rr < wp.float64(1.0e-24):                                                       <L 117>
        var_68 = 1e-24;
        var_69 = (var_57 < var_68);
        if (var_69) {
            // break                                                                          <L 118>
            goto end_for_4;
        }
        // pAp = zero                                                                         <L 119>
        var_70 = wp::copy(var_5);
        // for i in range(n):                                                                 <L 120>
        var_71 = wp::range(var_3);
        // alpha = rr / pAp                                                                   <L 128>
        var_102 = wp::div(var_57, var_70);
        // rr_new = zero                                                                      <L 129>
        var_103 = wp::copy(var_5);
        // for i in range(n):                                                                 <L 130>
        var_104 = wp::range(var_3);
        // beta = rr_new / rr                                                                 <L 134>
        var_124 = wp::div(var_103, var_57);
        // for i in range(n):                                                                 <L 135>
        var_125 = wp::range(var_3);
        // rr = rr_new                                                                        <L 137>
        var_133 = wp::copy(var_103);
        wp::assign(var_59, var_126);
        wp::assign(var_57, var_133);
        wp::adj_assign(var_57, var_133, adj_57, adj_133);
        wp::adj_assign(var_59, var_126, adj_59, adj_126);
        wp::adj_copy(var_103, adj_103, adj_133);
        // adj: rr = rr_new                                                                   <L 137>
        var_125 = wp::iter_reverse(var_125);
        start_for_10:;
            if (iter_cmp(var_125) == 0) goto end_for_10;
            var_126 = wp::iter_next(var_125);
        	adj_127 = {};
        	adj_128 = {};
        	adj_129 = {};
        	adj_130 = {};
        	adj_131 = {};
        	adj_132 = {};
            // p[chain, i] = r[chain, i] + beta * p[chain, i]                                 <L 136>
            var_127 = wp::address(var_r, var_0, var_126);
            var_128 = wp::address(var_p, var_0, var_126);
            var_130 = wp::load(var_128);
            var_129 = wp::mul(var_124, var_130);
            var_132 = wp::load(var_127);
            var_131 = wp::add(var_132, var_129);
            // wp::array_store(var_p, var_0, var_126, var_131);
            wp::adj_array_store(var_p, var_0, var_126, var_131, adj_p, adj_0, adj_126, adj_131);
            wp::adj_add(var_132, var_129, adj_127, adj_129, adj_131);
            wp::adj_mul(var_124, var_130, adj_124, adj_128, adj_129);
            wp::adj_address(var_p, var_0, var_126, adj_p, adj_0, adj_126, adj_128);
            wp::adj_address(var_r, var_0, var_126, adj_r, adj_0, adj_126, adj_127);
            // adj: p[chain, i] = r[chain, i] + beta * p[chain, i]                            <L 136>
        	goto start_for_10;
        end_for_10:;
        // adj: for i in range(n):                                                            <L 135>
        wp::adj_div(var_103, var_57, var_124, adj_103, adj_57, adj_124);
        // adj: beta = rr_new / rr                                                            <L 134>
        var_104 = wp::iter_reverse(var_104);
        start_for_8:;
            if (iter_cmp(var_104) == 0) goto end_for_8;
            var_105 = wp::iter_next(var_104);
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
            // dv[chain, i] = dv[chain, i] + alpha * p[chain, i]                              <L 131>
            var_106 = wp::address(var_dv, var_0, var_105);
            var_107 = wp::address(var_p, var_0, var_105);
            var_109 = wp::load(var_107);
            var_108 = wp::mul(var_102, var_109);
            var_111 = wp::load(var_106);
            var_110 = wp::add(var_111, var_108);
            // wp::array_store(var_dv, var_0, var_105, var_110);
            // r[chain, i] = r[chain, i] - alpha * Ap[chain, i]                               <L 132>
            var_112 = wp::address(var_r, var_0, var_105);
            var_113 = wp::address(var_Ap, var_0, var_105);
            var_115 = wp::load(var_113);
            var_114 = wp::mul(var_102, var_115);
            var_117 = wp::load(var_112);
            var_116 = wp::sub(var_117, var_114);
            // wp::array_store(var_r, var_0, var_105, var_116);
            // rr_new = rr_new + r[chain, i] * r[chain, i]                                    <L 133>
            var_118 = wp::address(var_r, var_0, var_105);
            var_119 = wp::address(var_r, var_0, var_105);
            var_121 = wp::load(var_118);
            var_122 = wp::load(var_119);
            var_120 = wp::mul(var_121, var_122);
            var_123 = wp::add(var_103, var_120);
            wp::assign(var_103, var_123);
            wp::adj_assign(var_103, var_123, adj_103, adj_123);
            wp::adj_add(var_103, var_120, adj_103, adj_120, adj_123);
            wp::adj_mul(var_121, var_122, adj_118, adj_119, adj_120);
            wp::adj_address(var_r, var_0, var_105, adj_r, adj_0, adj_105, adj_119);
            wp::adj_address(var_r, var_0, var_105, adj_r, adj_0, adj_105, adj_118);
            // adj: rr_new = rr_new + r[chain, i] * r[chain, i]                               <L 133>
            wp::adj_array_store(var_r, var_0, var_105, var_116, adj_r, adj_0, adj_105, adj_116);
            wp::adj_sub(var_117, var_114, adj_112, adj_114, adj_116);
            wp::adj_mul(var_102, var_115, adj_102, adj_113, adj_114);
            wp::adj_address(var_Ap, var_0, var_105, adj_Ap, adj_0, adj_105, adj_113);
            wp::adj_address(var_r, var_0, var_105, adj_r, adj_0, adj_105, adj_112);
            // adj: r[chain, i] = r[chain, i] - alpha * Ap[chain, i]                          <L 132>
            wp::adj_array_store(var_dv, var_0, var_105, var_110, adj_dv, adj_0, adj_105, adj_110);
            wp::adj_add(var_111, var_108, adj_106, adj_108, adj_110);
            wp::adj_mul(var_102, var_109, adj_102, adj_107, adj_108);
            wp::adj_address(var_p, var_0, var_105, adj_p, adj_0, adj_105, adj_107);
            wp::adj_address(var_dv, var_0, var_105, adj_dv, adj_0, adj_105, adj_106);
            // adj: dv[chain, i] = dv[chain, i] + alpha * p[chain, i]                         <L 131>
        	goto start_for_8;
        end_for_8:;
        // adj: for i in range(n):                                                            <L 130>
        wp::adj_copy(var_5, adj_5, adj_103);
        // adj: rr_new = zero                                                                 <L 129>
        wp::adj_div(var_57, var_70, var_102, adj_57, adj_70, adj_102);
        // adj: alpha = rr / pAp                                                              <L 128>
        var_71 = wp::iter_reverse(var_71);
        start_for_6:;
            if (iter_cmp(var_71) == 0) goto end_for_6;
            var_72 = wp::iter_next(var_71);
        	adj_73 = {};
        	adj_74 = {};
        	adj_75 = {};
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
            // a = (m + hc + two * h2k) * p[chain, i]                                         <L 121>
            var_73 = wp::add(var_m, var_9);
            var_74 = wp::mul(var_6, var_8);
            var_75 = wp::add(var_73, var_74);
            var_76 = wp::address(var_p, var_0, var_72);
            var_78 = wp::load(var_76);
            var_77 = wp::mul(var_75, var_78);
            // if i > 0:                                                                      <L 122>
            var_80 = (var_72 > var_79);
            if (var_80) {
                // a = a - h2k * p[chain, i - 1]                                              <L 123>
                var_82 = wp::sub(var_72, var_81);
                var_83 = wp::address(var_p, var_0, var_82);
                var_85 = wp::load(var_83);
                var_84 = wp::mul(var_8, var_85);
                var_86 = wp::sub(var_77, var_84);
            }
            var_87 = wp::where(var_80, var_86, var_77);
            // if i < n - 1:                                                                  <L 124>
            var_89 = wp::sub(var_3, var_88);
            var_90 = (var_72 < var_89);
            if (var_90) {
                // a = a - h2k * p[chain, i + 1]                                              <L 125>
                var_92 = wp::add(var_72, var_91);
                var_93 = wp::address(var_p, var_0, var_92);
                var_95 = wp::load(var_93);
                var_94 = wp::mul(var_8, var_95);
                var_96 = wp::sub(var_87, var_94);
            }
            var_97 = wp::where(var_90, var_96, var_87);
            // Ap[chain, i] = a                                                               <L 126>
            // wp::array_store(var_Ap, var_0, var_72, var_97);
            // pAp = pAp + p[chain, i] * a                                                    <L 127>
            var_98 = wp::address(var_p, var_0, var_72);
            var_100 = wp::load(var_98);
            var_99 = wp::mul(var_100, var_97);
            var_101 = wp::add(var_70, var_99);
            wp::assign(var_70, var_101);
            wp::adj_assign(var_70, var_101, adj_70, adj_101);
            wp::adj_add(var_70, var_99, adj_70, adj_99, adj_101);
            wp::adj_mul(var_100, var_97, adj_98, adj_97, adj_99);
            wp::adj_address(var_p, var_0, var_72, adj_p, adj_0, adj_72, adj_98);
            // adj: pAp = pAp + p[chain, i] * a                                               <L 127>
            wp::adj_array_store(var_Ap, var_0, var_72, var_97, adj_Ap, adj_0, adj_72, adj_97);
            // adj: Ap[chain, i] = a                                                          <L 126>
            wp::adj_where(var_90, var_96, var_87, adj_90, adj_96, adj_87, adj_97);
            if (var_90) {
                wp::adj_sub(var_87, var_94, adj_87, adj_94, adj_96);
                wp::adj_mul(var_8, var_95, adj_8, adj_93, adj_94);
                wp::adj_address(var_p, var_0, var_92, adj_p, adj_0, adj_92, adj_93);
                wp::adj_add(var_72, var_91, adj_72, adj_91, adj_92);
                // adj: a = a - h2k * p[chain, i + 1]                                         <L 125>
            }
            wp::adj_sub(var_3, var_88, adj_3, adj_88, adj_89);
            // adj: if i < n - 1:                                                             <L 124>
            wp::adj_where(var_80, var_86, var_77, adj_80, adj_86, adj_77, adj_87);
            if (var_80) {
                wp::adj_sub(var_77, var_84, adj_77, adj_84, adj_86);
                wp::adj_mul(var_8, var_85, adj_8, adj_83, adj_84);
                wp::adj_address(var_p, var_0, var_82, adj_p, adj_0, adj_82, adj_83);
                wp::adj_sub(var_72, var_81, adj_72, adj_81, adj_82);
                // adj: a = a - h2k * p[chain, i - 1]                                         <L 123>
            }
            // adj: if i > 0:                                                                 <L 122>
            wp::adj_mul(var_75, var_78, adj_75, adj_76, adj_77);
            wp::adj_address(var_p, var_0, var_72, adj_p, adj_0, adj_72, adj_76);
            wp::adj_add(var_73, var_74, adj_73, adj_74, adj_75);
            wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_74);
            wp::adj_add(var_m, var_9, adj_m, adj_9, adj_73);
            // adj: a = (m + hc + two * h2k) * p[chain, i]                                    <L 121>
        	goto start_for_6;
        end_for_6:;
        // adj: for i in range(n):                                                            <L 120>
        wp::adj_copy(var_5, adj_5, adj_70);
        // adj: pAp = zero                                                                    <L 119>
        if (var_69) {
            // adj: break                                                                     <L 118>
        }
        // adj: if rr < wp.float64(1.0e-24):                                                  <L 117>
    	goto start_for_4;
    end_for_4:;
    // adj: for it in range(cg_iters):                                                        <L 116>
    var_58 = wp::iter_reverse(var_58);
    start_for_2:;
        if (iter_cmp(var_58) == 0) goto end_for_2;
        var_59 = wp::iter_next(var_58);
    	adj_60 = {};
    	adj_61 = {};
    	adj_62 = {};
    	adj_63 = {};
    	adj_64 = {};
    	adj_65 = {};
        // rr = rr + r[chain, i] * r[chain, i]                                                <L 115>
        var_60 = wp::address(var_r, var_0, var_59);
        var_61 = wp::address(var_r, var_0, var_59);
        var_63 = wp::load(var_60);
        var_64 = wp::load(var_61);
        var_62 = wp::mul(var_63, var_64);
        var_65 = wp::add(var_57, var_62);
        wp::assign(var_57, var_65);
        wp::adj_assign(var_57, var_65, adj_57, adj_65);
        wp::adj_add(var_57, var_62, adj_57, adj_62, adj_65);
        wp::adj_mul(var_63, var_64, adj_60, adj_61, adj_62);
        wp::adj_address(var_r, var_0, var_59, adj_r, adj_0, adj_59, adj_61);
        wp::adj_address(var_r, var_0, var_59, adj_r, adj_0, adj_59, adj_60);
        // adj: rr = rr + r[chain, i] * r[chain, i]                                           <L 115>
    	goto start_for_2;
    end_for_2:;
    // adj: for i in range(n):                                                                <L 114>
    wp::adj_copy(var_5, adj_5, adj_57);
    // adj: rr = zero                                                                         <L 113>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
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
        // xl = zero                                                                          <L 102>
        var_12 = wp::copy(var_5);
        // xr = zero                                                                          <L 103>
        var_13 = wp::copy(var_5);
        // if i > 0:                                                                          <L 104>
        var_15 = (var_11 > var_14);
        if (var_15) {
            // xl = x[chain, i - 1] + dt * v[chain, i - 1]                                    <L 105>
            var_17 = wp::sub(var_11, var_16);
            var_18 = wp::address(var_x, var_0, var_17);
            var_20 = wp::sub(var_11, var_19);
            var_21 = wp::address(var_v, var_0, var_20);
            var_23 = wp::load(var_21);
            var_22 = wp::mul(var_dt, var_23);
            var_25 = wp::load(var_18);
            var_24 = wp::add(var_25, var_22);
        }
        var_26 = wp::where(var_15, var_24, var_12);
        // if i < n - 1:                                                                      <L 106>
        var_28 = wp::sub(var_3, var_27);
        var_29 = (var_11 < var_28);
        if (var_29) {
            // xr = x[chain, i + 1] + dt * v[chain, i + 1]                                    <L 107>
            var_31 = wp::add(var_11, var_30);
            var_32 = wp::address(var_x, var_0, var_31);
            var_34 = wp::add(var_11, var_33);
            var_35 = wp::address(var_v, var_0, var_34);
            var_37 = wp::load(var_35);
            var_36 = wp::mul(var_dt, var_37);
            var_39 = wp::load(var_32);
            var_38 = wp::add(var_39, var_36);
        }
        var_40 = wp::where(var_29, var_38, var_13);
        // xi = x[chain, i] + dt * v[chain, i]                                                <L 108>
        var_41 = wp::address(var_x, var_0, var_11);
        var_42 = wp::address(var_v, var_0, var_11);
        var_44 = wp::load(var_42);
        var_43 = wp::mul(var_dt, var_44);
        var_46 = wp::load(var_41);
        var_45 = wp::add(var_46, var_43);
        // f = k * (xl + xr - two * xi) - c * v[chain, i]                                     <L 109>
        var_47 = wp::add(var_26, var_40);
        var_48 = wp::mul(var_6, var_45);
        var_49 = wp::sub(var_47, var_48);
        var_50 = wp::mul(var_k, var_49);
        var_51 = wp::address(var_v, var_0, var_11);
        var_53 = wp::load(var_51);
        var_52 = wp::mul(var_c, var_53);
        var_54 = wp::sub(var_50, var_52);
        // r[chain, i] = dt * f                                                               <L 110>
        var_55 = wp::mul(var_dt, var_54);
        // wp::array_store(var_r, var_0, var_11, var_55);
        // p[chain, i] = dt * f                                                               <L 111>
        var_56 = wp::mul(var_dt, var_54);
        // wp::array_store(var_p, var_0, var_11, var_56);
        // dv[chain, i] = zero                                                                <L 112>
        // wp::array_store(var_dv, var_0, var_11, var_5);
        wp::adj_array_store(var_dv, var_0, var_11, var_5, adj_dv, adj_0, adj_11, adj_5);
        // adj: dv[chain, i] = zero                                                           <L 112>
        wp::adj_array_store(var_p, var_0, var_11, var_56, adj_p, adj_0, adj_11, adj_56);
        wp::adj_mul(var_dt, var_54, adj_dt, adj_54, adj_56);
        // adj: p[chain, i] = dt * f                                                          <L 111>
        wp::adj_array_store(var_r, var_0, var_11, var_55, adj_r, adj_0, adj_11, adj_55);
        wp::adj_mul(var_dt, var_54, adj_dt, adj_54, adj_55);
        // adj: r[chain, i] = dt * f                                                          <L 110>
        wp::adj_sub(var_50, var_52, adj_50, adj_52, adj_54);
        wp::adj_mul(var_c, var_53, adj_c, adj_51, adj_52);
        wp::adj_address(var_v, var_0, var_11, adj_v, adj_0, adj_11, adj_51);
        wp::adj_mul(var_k, var_49, adj_k, adj_49, adj_50);
        wp::adj_sub(var_47, var_48, adj_47, adj_48, adj_49);
        wp::adj_mul(var_6, var_45, adj_6, adj_45, adj_48);
        wp::adj_add(var_26, var_40, adj_26, adj_40, adj_47);
        // adj: f = k * (xl + xr - two * xi) - c * v[chain, i]                                <L 109>
        wp::adj_add(var_46, var_43, adj_41, adj_43, adj_45);
        wp::adj_mul(var_dt, var_44, adj_dt, adj_42, adj_43);
        wp::adj_address(var_v, var_0, var_11, adj_v, adj_0, adj_11, adj_42);
        wp::adj_address(var_x, var_0, var_11, adj_x, adj_0, adj_11, adj_41);
        // adj: xi = x[chain, i] + dt * v[chain, i]                                           <L 108>
        wp::adj_where(var_29, var_38, var_13, adj_29, adj_38, adj_13, adj_40);
        if (var_29) {
            wp::adj_add(var_39, var_36, adj_32, adj_36, adj_38);
            wp::adj_mul(var_dt, var_37, adj_dt, adj_35, adj_36);
            wp::adj_address(var_v, var_0, var_34, adj_v, adj_0, adj_34, adj_35);
            wp::adj_add(var_11, var_33, adj_11, adj_33, adj_34);
            wp::adj_address(var_x, var_0, var_31, adj_x, adj_0, adj_31, adj_32);
            wp::adj_add(var_11, var_30, adj_11, adj_30, adj_31);
            // adj: xr = x[chain, i + 1] + dt * v[chain, i + 1]                               <L 107>
        }
        wp::adj_sub(var_3, var_27, adj_3, adj_27, adj_28);
        // adj: if i < n - 1:                                                                 <L 106>
        wp::adj_where(var_15, var_24, var_12, adj_15, adj_24, adj_12, adj_26);
        if (var_15) {
            wp::adj_add(var_25, var_22, adj_18, adj_22, adj_24);
            wp::adj_mul(var_dt, var_23, adj_dt, adj_21, adj_22);
            wp::adj_address(var_v, var_0, var_20, adj_v, adj_0, adj_20, adj_21);
            wp::adj_sub(var_11, var_19, adj_11, adj_19, adj_20);
            wp::adj_address(var_x, var_0, var_17, adj_x, adj_0, adj_17, adj_18);
            wp::adj_sub(var_11, var_16, adj_11, adj_16, adj_17);
            // adj: xl = x[chain, i - 1] + dt * v[chain, i - 1]                               <L 105>
        }
        // adj: if i > 0:                                                                     <L 104>
        wp::adj_copy(var_5, adj_5, adj_13);
        // adj: xr = zero                                                                     <L 103>
        wp::adj_copy(var_5, adj_5, adj_12);
        // adj: xl = zero                                                                     <L 102>
    	goto start_for_0;
    end_for_0:;
    // adj: for i in range(n):                                                                <L 101>
    wp::adj_mul(var_dt, var_c, adj_dt, adj_c, adj_9);
    // adj: hc = dt * c                                                                       <L 99>
    wp::adj_mul(var_7, var_k, adj_7, adj_k, adj_8);
    wp::adj_mul(var_dt, var_dt, adj_dt, adj_dt, adj_7);
    // adj: h2k = dt * dt * k                                                                 <L 98>
    // adj: two = wp.float64(2.0)                                                             <L 97>
    // adj: zero = wp.float64(0.0)                                                            <L 96>
    adj_x.shape = adj_1;
    // adj: n = x.shape[1]                                                                    <L 95>
    // adj: chain = wp.tid()                                                                  <L 94>
    // adj: def chain_implicit_cg_f64(                                                        <L 80>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void chain_implicit_cg_f64_fba2c4d0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_chain_implicit_cg_f64_fba2c4d0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        chain_implicit_cg_f64_fba2c4d0_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void chain_implicit_cg_f64_fba2c4d0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_chain_implicit_cg_f64_fba2c4d0 *_wp_args,
    wp_args_chain_implicit_cg_f64_fba2c4d0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        chain_implicit_cg_f64_fba2c4d0_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

