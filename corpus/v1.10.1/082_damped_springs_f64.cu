
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
static CUDA_CALLABLE wp::vec_t<3, wp::float64> spring_force_d_0(
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
    const wp::float32 var_2 = 1e-12;
    wp::float64 var_3;
    bool var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::vec_t<3, wp::float64> var_6;
    wp::float64* var_7;
    wp::float64* var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64* var_13;
    wp::vec_t<3, wp::float64> var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::vec_t<3, wp::float64> var_19;
    //---------
    // forward
    // def spring_force_d(xa: wp.vec3d, xb: wp.vec3d, va: wp.vec3d, vb: wp.vec3d, s: SpringD) -> wp.vec3d:       <L 14>
    // d = xb - xa                                                                            <L 15>
    var_0 = wp::sub(var_xb, var_xa);
    // l = wp.length(d)                                                                       <L 16>
    var_1 = wp::length(var_0);
    // if l < wp.float64(1.0e-12):                                                            <L 17>
    var_3 = wp::float64(var_2);
    var_4 = (var_1 < var_3);
    if (var_4) {
        // return wp.vec3d()                                                                  <L 18>
        var_5 = wp::vec_t<3, wp::float64>();
        return var_5;
    }
    // n = d / l                                                                              <L 19>
    var_6 = wp::div(var_0, var_1);
    // fs = s.k * (l - s.rest)                                                                <L 20>
    var_7 = &(var_s.k);
    var_8 = &(var_s.rest);
    var_10 = wp::load(var_8);
    var_9 = wp::sub(var_1, var_10);
    var_12 = wp::load(var_7);
    var_11 = wp::mul(var_12, var_9);
    // fd = s.c * wp.dot(vb - va, n)                                                          <L 21>
    var_13 = &(var_s.c);
    var_14 = wp::sub(var_vb, var_va);
    var_15 = wp::dot(var_14, var_6);
    var_17 = wp::load(var_13);
    var_16 = wp::mul(var_17, var_15);
    // return n * (fs + fd)                                                                   <L 22>
    var_18 = wp::add(var_11, var_16);
    var_19 = wp::mul(var_6, var_18);
    return var_19;
}


// corpus/082_damped_springs_f64.py:13
static CUDA_CALLABLE void adj_spring_force_d_0(
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
    const wp::float32 var_2 = 1e-12;
    wp::float64 var_3;
    bool var_4;
    wp::vec_t<3, wp::float64> var_5;
    wp::vec_t<3, wp::float64> var_6;
    wp::float64* var_7;
    wp::float64* var_8;
    wp::float64 var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    wp::float64* var_13;
    wp::vec_t<3, wp::float64> var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::float64 var_18;
    wp::vec_t<3, wp::float64> var_19;
    //---------
    // dual vars
    wp::vec_t<3, wp::float64> adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float64 adj_3 = {};
    bool adj_4 = {};
    wp::vec_t<3, wp::float64> adj_5 = {};
    wp::vec_t<3, wp::float64> adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float64 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::vec_t<3, wp::float64> adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::vec_t<3, wp::float64> adj_19 = {};
    //---------
    // forward
    // def spring_force_d(xa: wp.vec3d, xb: wp.vec3d, va: wp.vec3d, vb: wp.vec3d, s: SpringD) -> wp.vec3d:       <L 14>
    // d = xb - xa                                                                            <L 15>
    var_0 = wp::sub(var_xb, var_xa);
    // l = wp.length(d)                                                                       <L 16>
    var_1 = wp::length(var_0);
    // if l < wp.float64(1.0e-12):                                                            <L 17>
    var_3 = wp::float64(var_2);
    var_4 = (var_1 < var_3);
    if (var_4) {
        // return wp.vec3d()                                                                  <L 18>
        var_5 = wp::vec_t<3, wp::float64>();
        goto label0;
    }
    // n = d / l                                                                              <L 19>
    var_6 = wp::div(var_0, var_1);
    // fs = s.k * (l - s.rest)                                                                <L 20>
    var_7 = &(var_s.k);
    var_8 = &(var_s.rest);
    var_10 = wp::load(var_8);
    var_9 = wp::sub(var_1, var_10);
    var_12 = wp::load(var_7);
    var_11 = wp::mul(var_12, var_9);
    // fd = s.c * wp.dot(vb - va, n)                                                          <L 21>
    var_13 = &(var_s.c);
    var_14 = wp::sub(var_vb, var_va);
    var_15 = wp::dot(var_14, var_6);
    var_17 = wp::load(var_13);
    var_16 = wp::mul(var_17, var_15);
    // return n * (fs + fd)                                                                   <L 22>
    var_18 = wp::add(var_11, var_16);
    var_19 = wp::mul(var_6, var_18);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_19 += adj_ret;
    wp::adj_mul(var_6, var_18, adj_6, adj_18, adj_19);
    wp::adj_add(var_11, var_16, adj_11, adj_16, adj_18);
    // adj: return n * (fs + fd)                                                              <L 22>
    wp::adj_mul(var_17, var_15, adj_13, adj_15, adj_16);
    wp::adj_dot(var_14, var_6, adj_14, adj_6, adj_15);
    wp::adj_sub(var_vb, var_va, adj_vb, adj_va, adj_14);
    adj_s.c += adj_13;
    // adj: fd = s.c * wp.dot(vb - va, n)                                                     <L 21>
    wp::adj_mul(var_12, var_9, adj_7, adj_9, adj_11);
    wp::adj_sub(var_1, var_10, adj_1, adj_8, adj_9);
    adj_s.rest += adj_8;
    adj_s.k += adj_7;
    // adj: fs = s.k * (l - s.rest)                                                           <L 20>
    wp::adj_div(var_0, var_1, adj_0, adj_1, adj_6);
    // adj: n = d / l                                                                         <L 19>
    if (var_4) {
        label0:;
        adj_5 += adj_ret;
        // adj: return wp.vec3d()                                                             <L 18>
    }
    wp::adj_float64(var_2, adj_2, adj_3);
    // adj: if l < wp.float64(1.0e-12):                                                       <L 17>
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    // adj: l = wp.length(d)                                                                  <L 16>
    wp::adj_sub(var_xb, var_xa, adj_xb, adj_xa, adj_0);
    // adj: d = xb - xa                                                                       <L 15>
    // adj: def spring_force_d(xa: wp.vec3d, xb: wp.vec3d, va: wp.vec3d, vb: wp.vec3d, s: SpringD) -> wp.vec3d:  <L 14>
    return;
}



extern "C" __global__ void accumulate_forces_d_a740f699_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_x,
    wp::array_t<wp::vec_t<3, wp::float64>> var_v,
    wp::array_t<SpringD_7ff951b7> var_springs,
    wp::array_t<wp::vec_t<3, wp::float64>> var_f,
    wp::array_t<wp::float64> var_pe)
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
        const wp::float32 var_41 = 0.5;
        wp::float64 var_42;
        wp::float64* var_43;
        wp::float64 var_44;
        wp::float64 var_45;
        wp::float64 var_46;
        wp::float64 var_47;
        wp::float64 var_48;
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
        var_4 = &(var_2.a);
        var_6 = wp::load(var_4);
        var_5 = wp::address(var_x, var_6);
        var_7 = &(var_2.b);
        var_9 = wp::load(var_7);
        var_8 = wp::address(var_x, var_9);
        var_10 = &(var_2.a);
        var_12 = wp::load(var_10);
        var_11 = wp::address(var_v, var_12);
        var_13 = &(var_2.b);
        var_15 = wp::load(var_13);
        var_14 = wp::address(var_v, var_15);
        var_17 = wp::load(var_5);
        var_18 = wp::load(var_8);
        var_19 = wp::load(var_11);
        var_20 = wp::load(var_14);
        var_16 = spring_force_d_0(var_17, var_18, var_19, var_20, var_2);
        // wp.atomic_add(f, s.a, fab)                                                             <L 30>
        var_21 = &(var_2.a);
        var_23 = wp::load(var_21);
        var_22 = wp::atomic_add(var_f, var_23, var_16);
        // wp.atomic_sub(f, s.b, fab)                                                             <L 31>
        var_24 = &(var_2.b);
        var_26 = wp::load(var_24);
        var_25 = wp::atomic_sub(var_f, var_26, var_16);
        // ext = wp.length(x[s.b] - x[s.a]) - s.rest                                              <L 32>
        var_27 = &(var_2.b);
        var_29 = wp::load(var_27);
        var_28 = wp::address(var_x, var_29);
        var_30 = &(var_2.a);
        var_32 = wp::load(var_30);
        var_31 = wp::address(var_x, var_32);
        var_34 = wp::load(var_28);
        var_35 = wp::load(var_31);
        var_33 = wp::sub(var_34, var_35);
        var_36 = wp::length(var_33);
        var_37 = &(var_2.rest);
        var_39 = wp::load(var_37);
        var_38 = wp::sub(var_36, var_39);
        // wp.atomic_add(pe, 0, wp.float64(0.5) * s.k * ext * ext)                                <L 33>
        var_42 = wp::float64(var_41);
        var_43 = &(var_2.k);
        var_45 = wp::load(var_43);
        var_44 = wp::mul(var_42, var_45);
        var_46 = wp::mul(var_44, var_38);
        var_47 = wp::mul(var_46, var_38);
        var_48 = wp::atomic_add(var_pe, var_40, var_47);
    }
}



extern "C" __global__ void accumulate_forces_d_a740f699_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_x,
    wp::array_t<wp::vec_t<3, wp::float64>> var_v,
    wp::array_t<SpringD_7ff951b7> var_springs,
    wp::array_t<wp::vec_t<3, wp::float64>> var_f,
    wp::array_t<wp::float64> var_pe,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_v,
    wp::array_t<SpringD_7ff951b7> adj_springs,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_f,
    wp::array_t<wp::float64> adj_pe)
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
        const wp::float32 var_41 = 0.5;
        wp::float64 var_42;
        wp::float64* var_43;
        wp::float64 var_44;
        wp::float64 var_45;
        wp::float64 var_46;
        wp::float64 var_47;
        wp::float64 var_48;
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
        wp::float32 adj_41 = {};
        wp::float64 adj_42 = {};
        wp::float64 adj_43 = {};
        wp::float64 adj_44 = {};
        wp::float64 adj_45 = {};
        wp::float64 adj_46 = {};
        wp::float64 adj_47 = {};
        wp::float64 adj_48 = {};
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
        var_4 = &(var_2.a);
        var_6 = wp::load(var_4);
        var_5 = wp::address(var_x, var_6);
        var_7 = &(var_2.b);
        var_9 = wp::load(var_7);
        var_8 = wp::address(var_x, var_9);
        var_10 = &(var_2.a);
        var_12 = wp::load(var_10);
        var_11 = wp::address(var_v, var_12);
        var_13 = &(var_2.b);
        var_15 = wp::load(var_13);
        var_14 = wp::address(var_v, var_15);
        var_17 = wp::load(var_5);
        var_18 = wp::load(var_8);
        var_19 = wp::load(var_11);
        var_20 = wp::load(var_14);
        var_16 = spring_force_d_0(var_17, var_18, var_19, var_20, var_2);
        // wp.atomic_add(f, s.a, fab)                                                             <L 30>
        var_21 = &(var_2.a);
        var_23 = wp::load(var_21);
        // var_22 = wp::atomic_add(var_f, var_23, var_16);
        // wp.atomic_sub(f, s.b, fab)                                                             <L 31>
        var_24 = &(var_2.b);
        var_26 = wp::load(var_24);
        // var_25 = wp::atomic_sub(var_f, var_26, var_16);
        // ext = wp.length(x[s.b] - x[s.a]) - s.rest                                              <L 32>
        var_27 = &(var_2.b);
        var_29 = wp::load(var_27);
        var_28 = wp::address(var_x, var_29);
        var_30 = &(var_2.a);
        var_32 = wp::load(var_30);
        var_31 = wp::address(var_x, var_32);
        var_34 = wp::load(var_28);
        var_35 = wp::load(var_31);
        var_33 = wp::sub(var_34, var_35);
        var_36 = wp::length(var_33);
        var_37 = &(var_2.rest);
        var_39 = wp::load(var_37);
        var_38 = wp::sub(var_36, var_39);
        // wp.atomic_add(pe, 0, wp.float64(0.5) * s.k * ext * ext)                                <L 33>
        var_42 = wp::float64(var_41);
        var_43 = &(var_2.k);
        var_45 = wp::load(var_43);
        var_44 = wp::mul(var_42, var_45);
        var_46 = wp::mul(var_44, var_38);
        var_47 = wp::mul(var_46, var_38);
        // var_48 = wp::atomic_add(var_pe, var_40, var_47);
        //---------
        // reverse
        wp::adj_atomic_add(var_pe, var_40, var_47, adj_pe, adj_40, adj_47, adj_48);
        wp::adj_mul(var_46, var_38, adj_46, adj_38, adj_47);
        wp::adj_mul(var_44, var_38, adj_44, adj_38, adj_46);
        wp::adj_mul(var_42, var_45, adj_42, adj_43, adj_44);
        adj_2.k += adj_43;
        wp::adj_float64(var_41, adj_41, adj_42);
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
        continue;
    }
}



extern "C" __global__ void symplectic_euler_d_d3f252af_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_x,
    wp::array_t<wp::vec_t<3, wp::float64>> var_v,
    wp::array_t<wp::vec_t<3, wp::float64>> var_f,
    wp::array_t<wp::float64> var_inv_m,
    wp::vec_t<3, wp::float64> var_g,
    wp::float64 var_dt,
    wp::array_t<wp::float64> var_ke)
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
        wp::float64* var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        const wp::float32 var_4 = 0.0;
        wp::float64 var_5;
        bool var_6;
        wp::vec_t<3, wp::float64> var_7;
        wp::vec_t<3, wp::float64>* var_8;
        wp::vec_t<3, wp::float64>* var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::vec_t<3, wp::float64> var_11;
        wp::vec_t<3, wp::float64> var_12;
        wp::vec_t<3, wp::float64> var_13;
        wp::vec_t<3, wp::float64> var_14;
        wp::vec_t<3, wp::float64> var_15;
        wp::vec_t<3, wp::float64>* var_16;
        wp::vec_t<3, wp::float64> var_17;
        wp::vec_t<3, wp::float64> var_18;
        wp::vec_t<3, wp::float64> var_19;
        wp::vec_t<3, wp::float64> var_20;
        const wp::int32 var_21 = 0;
        const wp::float32 var_22 = 0.5;
        wp::float64 var_23;
        wp::float64 var_24;
        wp::float64 var_25;
        wp::float64 var_26;
        wp::float64 var_27;
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
        var_5 = wp::float64(var_4);
        var_6 = (var_2 == var_5);
        if (var_6) {
            // f[i] = wp.vec3d()                                                                  <L 41>
            var_7 = wp::vec_t<3, wp::float64>();
            wp::array_store(var_f, var_0, var_7);
            // return                                                                             <L 42>
            continue;
        }
        // vel = v[i] + (f[i] * w + g) * dt                                                       <L 43>
        var_8 = wp::address(var_v, var_0);
        var_9 = wp::address(var_f, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_2);
        var_12 = wp::add(var_10, var_g);
        var_13 = wp::mul(var_12, var_dt);
        var_15 = wp::load(var_8);
        var_14 = wp::add(var_15, var_13);
        // x[i] = x[i] + vel * dt                                                                 <L 44>
        var_16 = wp::address(var_x, var_0);
        var_17 = wp::mul(var_14, var_dt);
        var_19 = wp::load(var_16);
        var_18 = wp::add(var_19, var_17);
        wp::array_store(var_x, var_0, var_18);
        // v[i] = vel                                                                             <L 45>
        wp::array_store(var_v, var_0, var_14);
        // f[i] = wp.vec3d()                                                                      <L 46>
        var_20 = wp::vec_t<3, wp::float64>();
        wp::array_store(var_f, var_0, var_20);
        // wp.atomic_add(ke, 0, wp.float64(0.5) * wp.dot(vel, vel) / w)                           <L 47>
        var_23 = wp::float64(var_22);
        var_24 = wp::dot(var_14, var_14);
        var_25 = wp::mul(var_23, var_24);
        var_26 = wp::div(var_25, var_2);
        var_27 = wp::atomic_add(var_ke, var_21, var_26);
    }
}



extern "C" __global__ void symplectic_euler_d_d3f252af_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_x,
    wp::array_t<wp::vec_t<3, wp::float64>> var_v,
    wp::array_t<wp::vec_t<3, wp::float64>> var_f,
    wp::array_t<wp::float64> var_inv_m,
    wp::vec_t<3, wp::float64> var_g,
    wp::float64 var_dt,
    wp::array_t<wp::float64> var_ke,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_v,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_f,
    wp::array_t<wp::float64> adj_inv_m,
    wp::vec_t<3, wp::float64> adj_g,
    wp::float64 adj_dt,
    wp::array_t<wp::float64> adj_ke)
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
        wp::float64* var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        const wp::float32 var_4 = 0.0;
        wp::float64 var_5;
        bool var_6;
        wp::vec_t<3, wp::float64> var_7;
        wp::vec_t<3, wp::float64>* var_8;
        wp::vec_t<3, wp::float64>* var_9;
        wp::vec_t<3, wp::float64> var_10;
        wp::vec_t<3, wp::float64> var_11;
        wp::vec_t<3, wp::float64> var_12;
        wp::vec_t<3, wp::float64> var_13;
        wp::vec_t<3, wp::float64> var_14;
        wp::vec_t<3, wp::float64> var_15;
        wp::vec_t<3, wp::float64>* var_16;
        wp::vec_t<3, wp::float64> var_17;
        wp::vec_t<3, wp::float64> var_18;
        wp::vec_t<3, wp::float64> var_19;
        wp::vec_t<3, wp::float64> var_20;
        const wp::int32 var_21 = 0;
        const wp::float32 var_22 = 0.5;
        wp::float64 var_23;
        wp::float64 var_24;
        wp::float64 var_25;
        wp::float64 var_26;
        wp::float64 var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float64 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float64 adj_5 = {};
        bool adj_6 = {};
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
        wp::vec_t<3, wp::float64> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float64 adj_23 = {};
        wp::float64 adj_24 = {};
        wp::float64 adj_25 = {};
        wp::float64 adj_26 = {};
        wp::float64 adj_27 = {};
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
        var_5 = wp::float64(var_4);
        var_6 = (var_2 == var_5);
        if (var_6) {
            // f[i] = wp.vec3d()                                                                  <L 41>
            var_7 = wp::vec_t<3, wp::float64>();
            // wp::array_store(var_f, var_0, var_7);
            // return                                                                             <L 42>
            goto label0;
        }
        // vel = v[i] + (f[i] * w + g) * dt                                                       <L 43>
        var_8 = wp::address(var_v, var_0);
        var_9 = wp::address(var_f, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_2);
        var_12 = wp::add(var_10, var_g);
        var_13 = wp::mul(var_12, var_dt);
        var_15 = wp::load(var_8);
        var_14 = wp::add(var_15, var_13);
        // x[i] = x[i] + vel * dt                                                                 <L 44>
        var_16 = wp::address(var_x, var_0);
        var_17 = wp::mul(var_14, var_dt);
        var_19 = wp::load(var_16);
        var_18 = wp::add(var_19, var_17);
        // wp::array_store(var_x, var_0, var_18);
        // v[i] = vel                                                                             <L 45>
        // wp::array_store(var_v, var_0, var_14);
        // f[i] = wp.vec3d()                                                                      <L 46>
        var_20 = wp::vec_t<3, wp::float64>();
        // wp::array_store(var_f, var_0, var_20);
        // wp.atomic_add(ke, 0, wp.float64(0.5) * wp.dot(vel, vel) / w)                           <L 47>
        var_23 = wp::float64(var_22);
        var_24 = wp::dot(var_14, var_14);
        var_25 = wp::mul(var_23, var_24);
        var_26 = wp::div(var_25, var_2);
        // var_27 = wp::atomic_add(var_ke, var_21, var_26);
        //---------
        // reverse
        wp::adj_atomic_add(var_ke, var_21, var_26, adj_ke, adj_21, adj_26, adj_27);
        wp::adj_div(var_25, var_2, var_26, adj_25, adj_2, adj_26);
        wp::adj_mul(var_23, var_24, adj_23, adj_24, adj_25);
        wp::adj_dot(var_14, var_14, adj_14, adj_14, adj_24);
        wp::adj_float64(var_22, adj_22, adj_23);
        // adj: wp.atomic_add(ke, 0, wp.float64(0.5) * wp.dot(vel, vel) / w)                      <L 47>
        wp::adj_array_store(var_f, var_0, var_20, adj_f, adj_0, adj_20);
        // adj: f[i] = wp.vec3d()                                                                 <L 46>
        wp::adj_array_store(var_v, var_0, var_14, adj_v, adj_0, adj_14);
        // adj: v[i] = vel                                                                        <L 45>
        wp::adj_array_store(var_x, var_0, var_18, adj_x, adj_0, adj_18);
        wp::adj_add(var_19, var_17, adj_16, adj_17, adj_18);
        wp::adj_mul(var_14, var_dt, adj_14, adj_dt, adj_17);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_16);
        // adj: x[i] = x[i] + vel * dt                                                            <L 44>
        wp::adj_add(var_15, var_13, adj_8, adj_13, adj_14);
        wp::adj_mul(var_12, var_dt, adj_12, adj_dt, adj_13);
        wp::adj_add(var_10, var_g, adj_10, adj_g, adj_12);
        wp::adj_mul(var_11, var_2, adj_9, adj_2, adj_10);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_9);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_8);
        // adj: vel = v[i] + (f[i] * w + g) * dt                                                  <L 43>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 42>
            wp::adj_array_store(var_f, var_0, var_7, adj_f, adj_0, adj_7);
            // adj: f[i] = wp.vec3d()                                                             <L 41>
        }
        wp::adj_float64(var_4, adj_4, adj_5);
        // adj: if w == wp.float64(0.0):                                                          <L 40>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_inv_m, var_0, adj_inv_m, adj_0, adj_1);
        // adj: w = inv_m[i]                                                                      <L 39>
        // adj: i = wp.tid()                                                                      <L 38>
        // adj: def symplectic_euler_d(x: wp.array(dtype=wp.vec3d), v: wp.array(dtype=wp.vec3d), f: wp.array(dtype=wp.vec3d), inv_m: wp.array(dtype=wp.float64), g: wp.vec3d, dt: wp.float64, ke: wp.array(dtype=wp.float64)):  <L 37>
        continue;
    }
}



extern "C" __global__ void implicit_spring_1d_6d3867a8_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_x,
    wp::array_t<wp::float64> var_v,
    wp::float64 var_k,
    wp::float64 var_c,
    wp::float64 var_m,
    wp::float64 var_dt,
    wp::int32 var_steps)
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
        wp::float64* var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        wp::float64* var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        const wp::float32 var_7 = 1.0;
        wp::float64 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
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
        wp::float64 var_22;
        wp::float64 var_23;
        const wp::float32 var_24 = 1e-15;
        wp::float64 var_25;
        bool var_26;
        wp::float64 var_27;
        const wp::float32 var_28 = 1e-15;
        wp::float64 var_29;
        bool var_30;
        bool var_31;
        const wp::float32 var_32 = 0.0;
        wp::float64 var_33;
        const wp::float32 var_34 = 0.0;
        wp::float64 var_35;
        wp::float64 var_36;
        wp::float64 var_37;
        wp::float64 var_38;
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
        var_8 = wp::float64(var_7);
        // for s in range(steps):                                                                 <L 56>
        var_9 = wp::range(var_steps);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // denom = m + dt * c + dt * dt * k                                                   <L 58>
            var_11 = wp::mul(var_dt, var_c);
            var_12 = wp::add(var_m, var_11);
            var_13 = wp::mul(var_dt, var_dt);
            var_14 = wp::mul(var_13, var_k);
            var_15 = wp::add(var_12, var_14);
            // vi = (m * vi - dt * k * xi) / denom                                                <L 59>
            var_16 = wp::mul(var_m, var_5);
            var_17 = wp::mul(var_dt, var_k);
            var_18 = wp::mul(var_17, var_2);
            var_19 = wp::sub(var_16, var_18);
            var_20 = wp::div(var_19, var_15);
            // xi = xi + dt * vi                                                                  <L 60>
            var_21 = wp::mul(var_dt, var_20);
            var_22 = wp::add(var_2, var_21);
            // if wp.abs(xi) < wp.float64(1.0e-15) and wp.abs(vi) < wp.float64(1.0e-15):          <L 61>
            var_23 = wp::abs(var_22);
            var_25 = wp::float64(var_24);
            var_26 = (var_23 < var_25);
            var_27 = wp::abs(var_20);
            var_29 = wp::float64(var_28);
            var_30 = (var_27 < var_29);
            var_31 = var_26 && var_30;
            if (var_31) {
                // xi = wp.float64(0.0)                                                           <L 62>
                var_33 = wp::float64(var_32);
                // vi = wp.float64(0.0)                                                           <L 63>
                var_35 = wp::float64(var_34);
                // break                                                                          <L 64>
                wp::assign(var_2, var_33);
                wp::assign(var_5, var_35);
                goto end_for_0;
            }
            var_36 = wp::where(var_31, var_2, var_22);
            var_37 = wp::where(var_31, var_5, var_20);
            wp::assign(var_2, var_36);
            wp::assign(var_5, var_37);
            goto start_for_0;
        end_for_0:;
        // x[i] = xi                                                                              <L 65>
        wp::array_store(var_x, var_0, var_2);
        // v[i] = vi * one                                                                        <L 66>
        var_38 = wp::mul(var_5, var_8);
        wp::array_store(var_v, var_0, var_38);
    }
}



extern "C" __global__ void implicit_spring_1d_6d3867a8_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_x,
    wp::array_t<wp::float64> var_v,
    wp::float64 var_k,
    wp::float64 var_c,
    wp::float64 var_m,
    wp::float64 var_dt,
    wp::int32 var_steps,
    wp::array_t<wp::float64> adj_x,
    wp::array_t<wp::float64> adj_v,
    wp::float64 adj_k,
    wp::float64 adj_c,
    wp::float64 adj_m,
    wp::float64 adj_dt,
    wp::int32 adj_steps)
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
        wp::float64* var_1;
        wp::float64 var_2;
        wp::float64 var_3;
        wp::float64* var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        const wp::float32 var_7 = 1.0;
        wp::float64 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
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
        wp::float64 var_22;
        wp::float64 var_23;
        const wp::float32 var_24 = 1e-15;
        wp::float64 var_25;
        bool var_26;
        wp::float64 var_27;
        const wp::float32 var_28 = 1e-15;
        wp::float64 var_29;
        bool var_30;
        bool var_31;
        const wp::float32 var_32 = 0.0;
        wp::float64 var_33;
        const wp::float32 var_34 = 0.0;
        wp::float64 var_35;
        wp::float64 var_36;
        wp::float64 var_37;
        wp::float64 var_38;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float64 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float64 adj_4 = {};
        wp::float64 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
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
        wp::float64 adj_22 = {};
        wp::float64 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float64 adj_25 = {};
        bool adj_26 = {};
        wp::float64 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float64 adj_29 = {};
        bool adj_30 = {};
        bool adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float64 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float64 adj_35 = {};
        wp::float64 adj_36 = {};
        wp::float64 adj_37 = {};
        wp::float64 adj_38 = {};
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
        var_8 = wp::float64(var_7);
        // for s in range(steps):                                                                 <L 56>
        var_9 = wp::range(var_steps);
        // x[i] = xi                                                                              <L 65>
        // wp::array_store(var_x, var_0, var_2);
        // v[i] = vi * one                                                                        <L 66>
        var_38 = wp::mul(var_5, var_8);
        // wp::array_store(var_v, var_0, var_38);
        //---------
        // reverse
        wp::adj_array_store(var_v, var_0, var_38, adj_v, adj_0, adj_38);
        wp::adj_mul(var_5, var_8, adj_5, adj_8, adj_38);
        // adj: v[i] = vi * one                                                                   <L 66>
        wp::adj_array_store(var_x, var_0, var_2, adj_x, adj_0, adj_2);
        // adj: x[i] = xi                                                                         <L 65>
        var_9 = wp::iter_reverse(var_9);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
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
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
            // denom = m + dt * c + dt * dt * k                                                   <L 58>
            var_11 = wp::mul(var_dt, var_c);
            var_12 = wp::add(var_m, var_11);
            var_13 = wp::mul(var_dt, var_dt);
            var_14 = wp::mul(var_13, var_k);
            var_15 = wp::add(var_12, var_14);
            // vi = (m * vi - dt * k * xi) / denom                                                <L 59>
            var_16 = wp::mul(var_m, var_5);
            var_17 = wp::mul(var_dt, var_k);
            var_18 = wp::mul(var_17, var_2);
            var_19 = wp::sub(var_16, var_18);
            var_20 = wp::div(var_19, var_15);
            // xi = xi + dt * vi                                                                  <L 60>
            var_21 = wp::mul(var_dt, var_20);
            var_22 = wp::add(var_2, var_21);
            // if wp.abs(xi) < wp.float64(1.0e-15) and wp.abs(vi) < wp.float64(1.0e-15):          <L 61>
            var_23 = wp::abs(var_22);
            var_25 = wp::float64(var_24);
            var_26 = (var_23 < var_25);
            var_27 = wp::abs(var_20);
            var_29 = wp::float64(var_28);
            var_30 = (var_27 < var_29);
            var_31 = var_26 && var_30;
            if (var_31) {
                // xi = wp.float64(0.0)                                                           <L 62>
                var_33 = wp::float64(var_32);
                // vi = wp.float64(0.0)                                                           <L 63>
                var_35 = wp::float64(var_34);
                // break                                                                          <L 64>
                wp::assign(var_2, var_33);
                wp::assign(var_5, var_35);
                goto end_for_0;
            }
            var_36 = wp::where(var_31, var_2, var_22);
            var_37 = wp::where(var_31, var_5, var_20);
            wp::assign(var_2, var_36);
            wp::assign(var_5, var_37);
            wp::adj_assign(var_5, var_37, adj_5, adj_37);
            wp::adj_assign(var_2, var_36, adj_2, adj_36);
            wp::adj_where(var_31, var_5, var_20, adj_31, adj_5, adj_20, adj_37);
            wp::adj_where(var_31, var_2, var_22, adj_31, adj_2, adj_22, adj_36);
            if (var_31) {
                wp::adj_assign(var_5, var_35, adj_5, adj_35);
                wp::adj_assign(var_2, var_33, adj_2, adj_33);
                // adj: break                                                                     <L 64>
                wp::adj_float64(var_34, adj_34, adj_35);
                // adj: vi = wp.float64(0.0)                                                      <L 63>
                wp::adj_float64(var_32, adj_32, adj_33);
                // adj: xi = wp.float64(0.0)                                                      <L 62>
            }
            wp::adj_float64(var_28, adj_28, adj_29);
            wp::adj_abs(var_20, adj_20, adj_27);
            wp::adj_float64(var_24, adj_24, adj_25);
            wp::adj_abs(var_22, adj_22, adj_23);
            // adj: if wp.abs(xi) < wp.float64(1.0e-15) and wp.abs(vi) < wp.float64(1.0e-15):     <L 61>
            wp::adj_add(var_2, var_21, adj_2, adj_21, adj_22);
            wp::adj_mul(var_dt, var_20, adj_dt, adj_20, adj_21);
            // adj: xi = xi + dt * vi                                                             <L 60>
            wp::adj_div(var_19, var_15, var_20, adj_19, adj_15, adj_20);
            wp::adj_sub(var_16, var_18, adj_16, adj_18, adj_19);
            wp::adj_mul(var_17, var_2, adj_17, adj_2, adj_18);
            wp::adj_mul(var_dt, var_k, adj_dt, adj_k, adj_17);
            wp::adj_mul(var_m, var_5, adj_m, adj_5, adj_16);
            // adj: vi = (m * vi - dt * k * xi) / denom                                           <L 59>
            wp::adj_add(var_12, var_14, adj_12, adj_14, adj_15);
            wp::adj_mul(var_13, var_k, adj_13, adj_k, adj_14);
            wp::adj_mul(var_dt, var_dt, adj_dt, adj_dt, adj_13);
            wp::adj_add(var_m, var_11, adj_m, adj_11, adj_12);
            wp::adj_mul(var_dt, var_c, adj_dt, adj_c, adj_11);
            // adj: denom = m + dt * c + dt * dt * k                                              <L 58>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_steps, adj_steps, adj_9);
        // adj: for s in range(steps):                                                            <L 56>
        wp::adj_float64(var_7, adj_7, adj_8);
        // adj: one = wp.float64(1.0)                                                             <L 55>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
        // adj: vi = v[i]                                                                         <L 54>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: xi = x[i]                                                                         <L 53>
        // adj: i = wp.tid()                                                                      <L 52>
        // adj: def implicit_spring_1d(x: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.float64), k: wp.float64, c: wp.float64, m: wp.float64, dt: wp.float64, steps: int):  <L 51>
        continue;
    }
}



extern "C" __global__ void double_to_single_b81304f2_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::float64> var_err)
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
}



extern "C" __global__ void double_to_single_b81304f2_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float64>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::float64> var_err,
    wp::array_t<wp::vec_t<3, wp::float64>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out,
    wp::array_t<wp::float64> adj_err)
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
        continue;
    }
}



extern "C" __global__ void chain_implicit_cg_f64_fba2c4d0_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_x,
    wp::array_t<wp::float64> var_v,
    wp::float64 var_k,
    wp::float64 var_c,
    wp::float64 var_m,
    wp::float64 var_dt,
    wp::int32 var_cg_iters,
    wp::array_t<wp::float64> var_r,
    wp::array_t<wp::float64> var_p,
    wp::array_t<wp::float64> var_Ap,
    wp::array_t<wp::float64> var_dv,
    wp::array_t<wp::float64> var_residual)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float64 var_6;
        const wp::float32 var_7 = 2.0;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        wp::range_t var_12;
        wp::int32 var_13;
        wp::float64 var_14;
        wp::float64 var_15;
        const wp::int32 var_16 = 0;
        bool var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::float64* var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float64* var_23;
        wp::float64 var_24;
        wp::float64 var_25;
        wp::float64 var_26;
        wp::float64 var_27;
        wp::float64 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::float64* var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float64* var_37;
        wp::float64 var_38;
        wp::float64 var_39;
        wp::float64 var_40;
        wp::float64 var_41;
        wp::float64 var_42;
        wp::float64* var_43;
        wp::float64* var_44;
        wp::float64 var_45;
        wp::float64 var_46;
        wp::float64 var_47;
        wp::float64 var_48;
        wp::float64 var_49;
        wp::float64 var_50;
        wp::float64 var_51;
        wp::float64 var_52;
        wp::float64* var_53;
        wp::float64 var_54;
        wp::float64 var_55;
        wp::float64 var_56;
        wp::float64 var_57;
        wp::float64 var_58;
        wp::float64 var_59;
        wp::range_t var_60;
        wp::int32 var_61;
        wp::float64* var_62;
        wp::float64* var_63;
        wp::float64 var_64;
        wp::float64 var_65;
        wp::float64 var_66;
        wp::float64 var_67;
        wp::range_t var_68;
        wp::int32 var_69;
        const wp::float32 var_70 = 1e-24;
        wp::float64 var_71;
        bool var_72;
        wp::float64 var_73;
        wp::range_t var_74;
        wp::int32 var_75;
        wp::float64 var_76;
        wp::float64 var_77;
        wp::float64 var_78;
        wp::float64* var_79;
        wp::float64 var_80;
        wp::float64 var_81;
        const wp::int32 var_82 = 0;
        bool var_83;
        const wp::int32 var_84 = 1;
        wp::int32 var_85;
        wp::float64* var_86;
        wp::float64 var_87;
        wp::float64 var_88;
        wp::float64 var_89;
        wp::float64 var_90;
        const wp::int32 var_91 = 1;
        wp::int32 var_92;
        bool var_93;
        const wp::int32 var_94 = 1;
        wp::int32 var_95;
        wp::float64* var_96;
        wp::float64 var_97;
        wp::float64 var_98;
        wp::float64 var_99;
        wp::float64 var_100;
        wp::float64* var_101;
        wp::float64 var_102;
        wp::float64 var_103;
        wp::float64 var_104;
        wp::float64 var_105;
        wp::float64 var_106;
        wp::range_t var_107;
        wp::int32 var_108;
        wp::float64* var_109;
        wp::float64* var_110;
        wp::float64 var_111;
        wp::float64 var_112;
        wp::float64 var_113;
        wp::float64 var_114;
        wp::float64* var_115;
        wp::float64* var_116;
        wp::float64 var_117;
        wp::float64 var_118;
        wp::float64 var_119;
        wp::float64 var_120;
        wp::float64* var_121;
        wp::float64* var_122;
        wp::float64 var_123;
        wp::float64 var_124;
        wp::float64 var_125;
        wp::float64 var_126;
        wp::float64 var_127;
        wp::range_t var_128;
        wp::int32 var_129;
        wp::float64* var_130;
        wp::float64* var_131;
        wp::float64 var_132;
        wp::float64 var_133;
        wp::float64 var_134;
        wp::float64 var_135;
        wp::float64 var_136;
        wp::range_t var_137;
        wp::int32 var_138;
        wp::float64* var_139;
        wp::float64* var_140;
        wp::float64 var_141;
        wp::float64 var_142;
        wp::float64 var_143;
        wp::float64* var_144;
        wp::float64* var_145;
        wp::float64 var_146;
        wp::float64 var_147;
        wp::float64 var_148;
        wp::float64 var_149;
        wp::float64 var_150;
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
        var_6 = wp::float64(var_5);
        // two = wp.float64(2.0)                                                                  <L 97>
        var_8 = wp::float64(var_7);
        // h2k = dt * dt * k                                                                      <L 98>
        var_9 = wp::mul(var_dt, var_dt);
        var_10 = wp::mul(var_9, var_k);
        // hc = dt * c                                                                            <L 99>
        var_11 = wp::mul(var_dt, var_c);
        // for i in range(n):                                                                     <L 101>
        var_12 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_12) == 0) goto end_for_0;
            var_13 = wp::iter_next(var_12);
            // xl = zero                                                                          <L 102>
            var_14 = wp::copy(var_6);
            // xr = zero                                                                          <L 103>
            var_15 = wp::copy(var_6);
            // if i > 0:                                                                          <L 104>
            var_17 = (var_13 > var_16);
            if (var_17) {
                // xl = x[chain, i - 1] + dt * v[chain, i - 1]                                    <L 105>
                var_19 = wp::sub(var_13, var_18);
                var_20 = wp::address(var_x, var_0, var_19);
                var_22 = wp::sub(var_13, var_21);
                var_23 = wp::address(var_v, var_0, var_22);
                var_25 = wp::load(var_23);
                var_24 = wp::mul(var_dt, var_25);
                var_27 = wp::load(var_20);
                var_26 = wp::add(var_27, var_24);
            }
            var_28 = wp::where(var_17, var_26, var_14);
            // if i < n - 1:                                                                      <L 106>
            var_30 = wp::sub(var_3, var_29);
            var_31 = (var_13 < var_30);
            if (var_31) {
                // xr = x[chain, i + 1] + dt * v[chain, i + 1]                                    <L 107>
                var_33 = wp::add(var_13, var_32);
                var_34 = wp::address(var_x, var_0, var_33);
                var_36 = wp::add(var_13, var_35);
                var_37 = wp::address(var_v, var_0, var_36);
                var_39 = wp::load(var_37);
                var_38 = wp::mul(var_dt, var_39);
                var_41 = wp::load(var_34);
                var_40 = wp::add(var_41, var_38);
            }
            var_42 = wp::where(var_31, var_40, var_15);
            // xi = x[chain, i] + dt * v[chain, i]                                                <L 108>
            var_43 = wp::address(var_x, var_0, var_13);
            var_44 = wp::address(var_v, var_0, var_13);
            var_46 = wp::load(var_44);
            var_45 = wp::mul(var_dt, var_46);
            var_48 = wp::load(var_43);
            var_47 = wp::add(var_48, var_45);
            // f = k * (xl + xr - two * xi) - c * v[chain, i]                                     <L 109>
            var_49 = wp::add(var_28, var_42);
            var_50 = wp::mul(var_8, var_47);
            var_51 = wp::sub(var_49, var_50);
            var_52 = wp::mul(var_k, var_51);
            var_53 = wp::address(var_v, var_0, var_13);
            var_55 = wp::load(var_53);
            var_54 = wp::mul(var_c, var_55);
            var_56 = wp::sub(var_52, var_54);
            // r[chain, i] = dt * f                                                               <L 110>
            var_57 = wp::mul(var_dt, var_56);
            wp::array_store(var_r, var_0, var_13, var_57);
            // p[chain, i] = dt * f                                                               <L 111>
            var_58 = wp::mul(var_dt, var_56);
            wp::array_store(var_p, var_0, var_13, var_58);
            // dv[chain, i] = zero                                                                <L 112>
            wp::array_store(var_dv, var_0, var_13, var_6);
            goto start_for_0;
        end_for_0:;
        // rr = zero                                                                              <L 113>
        var_59 = wp::copy(var_6);
        // for i in range(n):                                                                     <L 114>
        var_60 = wp::range(var_3);
        start_for_2:;
            if (iter_cmp(var_60) == 0) goto end_for_2;
            var_61 = wp::iter_next(var_60);
            // rr = rr + r[chain, i] * r[chain, i]                                                <L 115>
            var_62 = wp::address(var_r, var_0, var_61);
            var_63 = wp::address(var_r, var_0, var_61);
            var_65 = wp::load(var_62);
            var_66 = wp::load(var_63);
            var_64 = wp::mul(var_65, var_66);
            var_67 = wp::add(var_59, var_64);
            wp::assign(var_59, var_67);
            goto start_for_2;
        end_for_2:;
        // for it in range(cg_iters):                                                             <L 116>
        var_68 = wp::range(var_cg_iters);
        start_for_4:;
            if (iter_cmp(var_68) == 0) goto end_for_4;
            var_69 = wp::iter_next(var_68);
            // if rr < wp.float64(1.0e-24):                                                       <L 117>
            var_71 = wp::float64(var_70);
            var_72 = (var_59 < var_71);
            if (var_72) {
                // break                                                                          <L 118>
                goto end_for_4;
            }
            // pAp = zero                                                                         <L 119>
            var_73 = wp::copy(var_6);
            // for i in range(n):                                                                 <L 120>
            var_74 = wp::range(var_3);
            start_for_6:;
                if (iter_cmp(var_74) == 0) goto end_for_6;
                var_75 = wp::iter_next(var_74);
                // a = (m + hc + two * h2k) * p[chain, i]                                         <L 121>
                var_76 = wp::add(var_m, var_11);
                var_77 = wp::mul(var_8, var_10);
                var_78 = wp::add(var_76, var_77);
                var_79 = wp::address(var_p, var_0, var_75);
                var_81 = wp::load(var_79);
                var_80 = wp::mul(var_78, var_81);
                // if i > 0:                                                                      <L 122>
                var_83 = (var_75 > var_82);
                if (var_83) {
                    // a = a - h2k * p[chain, i - 1]                                              <L 123>
                    var_85 = wp::sub(var_75, var_84);
                    var_86 = wp::address(var_p, var_0, var_85);
                    var_88 = wp::load(var_86);
                    var_87 = wp::mul(var_10, var_88);
                    var_89 = wp::sub(var_80, var_87);
                }
                var_90 = wp::where(var_83, var_89, var_80);
                // if i < n - 1:                                                                  <L 124>
                var_92 = wp::sub(var_3, var_91);
                var_93 = (var_75 < var_92);
                if (var_93) {
                    // a = a - h2k * p[chain, i + 1]                                              <L 125>
                    var_95 = wp::add(var_75, var_94);
                    var_96 = wp::address(var_p, var_0, var_95);
                    var_98 = wp::load(var_96);
                    var_97 = wp::mul(var_10, var_98);
                    var_99 = wp::sub(var_90, var_97);
                }
                var_100 = wp::where(var_93, var_99, var_90);
                // Ap[chain, i] = a                                                               <L 126>
                wp::array_store(var_Ap, var_0, var_75, var_100);
                // pAp = pAp + p[chain, i] * a                                                    <L 127>
                var_101 = wp::address(var_p, var_0, var_75);
                var_103 = wp::load(var_101);
                var_102 = wp::mul(var_103, var_100);
                var_104 = wp::add(var_73, var_102);
                wp::assign(var_73, var_104);
                goto start_for_6;
            end_for_6:;
            // alpha = rr / pAp                                                                   <L 128>
            var_105 = wp::div(var_59, var_73);
            // rr_new = zero                                                                      <L 129>
            var_106 = wp::copy(var_6);
            // for i in range(n):                                                                 <L 130>
            var_107 = wp::range(var_3);
            start_for_8:;
                if (iter_cmp(var_107) == 0) goto end_for_8;
                var_108 = wp::iter_next(var_107);
                // dv[chain, i] = dv[chain, i] + alpha * p[chain, i]                              <L 131>
                var_109 = wp::address(var_dv, var_0, var_108);
                var_110 = wp::address(var_p, var_0, var_108);
                var_112 = wp::load(var_110);
                var_111 = wp::mul(var_105, var_112);
                var_114 = wp::load(var_109);
                var_113 = wp::add(var_114, var_111);
                wp::array_store(var_dv, var_0, var_108, var_113);
                // r[chain, i] = r[chain, i] - alpha * Ap[chain, i]                               <L 132>
                var_115 = wp::address(var_r, var_0, var_108);
                var_116 = wp::address(var_Ap, var_0, var_108);
                var_118 = wp::load(var_116);
                var_117 = wp::mul(var_105, var_118);
                var_120 = wp::load(var_115);
                var_119 = wp::sub(var_120, var_117);
                wp::array_store(var_r, var_0, var_108, var_119);
                // rr_new = rr_new + r[chain, i] * r[chain, i]                                    <L 133>
                var_121 = wp::address(var_r, var_0, var_108);
                var_122 = wp::address(var_r, var_0, var_108);
                var_124 = wp::load(var_121);
                var_125 = wp::load(var_122);
                var_123 = wp::mul(var_124, var_125);
                var_126 = wp::add(var_106, var_123);
                wp::assign(var_106, var_126);
                goto start_for_8;
            end_for_8:;
            // beta = rr_new / rr                                                                 <L 134>
            var_127 = wp::div(var_106, var_59);
            // for i in range(n):                                                                 <L 135>
            var_128 = wp::range(var_3);
            start_for_10:;
                if (iter_cmp(var_128) == 0) goto end_for_10;
                var_129 = wp::iter_next(var_128);
                // p[chain, i] = r[chain, i] + beta * p[chain, i]                                 <L 136>
                var_130 = wp::address(var_r, var_0, var_129);
                var_131 = wp::address(var_p, var_0, var_129);
                var_133 = wp::load(var_131);
                var_132 = wp::mul(var_127, var_133);
                var_135 = wp::load(var_130);
                var_134 = wp::add(var_135, var_132);
                wp::array_store(var_p, var_0, var_129, var_134);
                goto start_for_10;
            end_for_10:;
            // rr = rr_new                                                                        <L 137>
            var_136 = wp::copy(var_106);
            wp::assign(var_61, var_129);
            wp::assign(var_59, var_136);
            goto start_for_4;
        end_for_4:;
        // for i in range(n):                                                                     <L 138>
        var_137 = wp::range(var_3);
        start_for_12:;
            if (iter_cmp(var_137) == 0) goto end_for_12;
            var_138 = wp::iter_next(var_137);
            // v[chain, i] = v[chain, i] + dv[chain, i]                                           <L 139>
            var_139 = wp::address(var_v, var_0, var_138);
            var_140 = wp::address(var_dv, var_0, var_138);
            var_142 = wp::load(var_139);
            var_143 = wp::load(var_140);
            var_141 = wp::add(var_142, var_143);
            wp::array_store(var_v, var_0, var_138, var_141);
            // x[chain, i] = x[chain, i] + dt * v[chain, i]                                       <L 140>
            var_144 = wp::address(var_x, var_0, var_138);
            var_145 = wp::address(var_v, var_0, var_138);
            var_147 = wp::load(var_145);
            var_146 = wp::mul(var_dt, var_147);
            var_149 = wp::load(var_144);
            var_148 = wp::add(var_149, var_146);
            wp::array_store(var_x, var_0, var_138, var_148);
            goto start_for_12;
        end_for_12:;
        // residual[chain] = wp.sqrt(rr)                                                          <L 141>
        var_150 = wp::sqrt(var_59);
        wp::array_store(var_residual, var_0, var_150);
    }
}



extern "C" __global__ void chain_implicit_cg_f64_fba2c4d0_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float64> var_x,
    wp::array_t<wp::float64> var_v,
    wp::float64 var_k,
    wp::float64 var_c,
    wp::float64 var_m,
    wp::float64 var_dt,
    wp::int32 var_cg_iters,
    wp::array_t<wp::float64> var_r,
    wp::array_t<wp::float64> var_p,
    wp::array_t<wp::float64> var_Ap,
    wp::array_t<wp::float64> var_dv,
    wp::array_t<wp::float64> var_residual,
    wp::array_t<wp::float64> adj_x,
    wp::array_t<wp::float64> adj_v,
    wp::float64 adj_k,
    wp::float64 adj_c,
    wp::float64 adj_m,
    wp::float64 adj_dt,
    wp::int32 adj_cg_iters,
    wp::array_t<wp::float64> adj_r,
    wp::array_t<wp::float64> adj_p,
    wp::array_t<wp::float64> adj_Ap,
    wp::array_t<wp::float64> adj_dv,
    wp::array_t<wp::float64> adj_residual)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float64 var_6;
        const wp::float32 var_7 = 2.0;
        wp::float64 var_8;
        wp::float64 var_9;
        wp::float64 var_10;
        wp::float64 var_11;
        wp::range_t var_12;
        wp::int32 var_13;
        wp::float64 var_14;
        wp::float64 var_15;
        const wp::int32 var_16 = 0;
        bool var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::float64* var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::float64* var_23;
        wp::float64 var_24;
        wp::float64 var_25;
        wp::float64 var_26;
        wp::float64 var_27;
        wp::float64 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::float64* var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float64* var_37;
        wp::float64 var_38;
        wp::float64 var_39;
        wp::float64 var_40;
        wp::float64 var_41;
        wp::float64 var_42;
        wp::float64* var_43;
        wp::float64* var_44;
        wp::float64 var_45;
        wp::float64 var_46;
        wp::float64 var_47;
        wp::float64 var_48;
        wp::float64 var_49;
        wp::float64 var_50;
        wp::float64 var_51;
        wp::float64 var_52;
        wp::float64* var_53;
        wp::float64 var_54;
        wp::float64 var_55;
        wp::float64 var_56;
        wp::float64 var_57;
        wp::float64 var_58;
        wp::float64 var_59;
        wp::range_t var_60;
        wp::int32 var_61;
        wp::float64* var_62;
        wp::float64* var_63;
        wp::float64 var_64;
        wp::float64 var_65;
        wp::float64 var_66;
        wp::float64 var_67;
        wp::range_t var_68;
        wp::int32 var_69;
        const wp::float32 var_70 = 1e-24;
        wp::float64 var_71;
        bool var_72;
        wp::float64 var_73;
        wp::range_t var_74;
        wp::int32 var_75;
        wp::float64 var_76;
        wp::float64 var_77;
        wp::float64 var_78;
        wp::float64* var_79;
        wp::float64 var_80;
        wp::float64 var_81;
        const wp::int32 var_82 = 0;
        bool var_83;
        const wp::int32 var_84 = 1;
        wp::int32 var_85;
        wp::float64* var_86;
        wp::float64 var_87;
        wp::float64 var_88;
        wp::float64 var_89;
        wp::float64 var_90;
        const wp::int32 var_91 = 1;
        wp::int32 var_92;
        bool var_93;
        const wp::int32 var_94 = 1;
        wp::int32 var_95;
        wp::float64* var_96;
        wp::float64 var_97;
        wp::float64 var_98;
        wp::float64 var_99;
        wp::float64 var_100;
        wp::float64* var_101;
        wp::float64 var_102;
        wp::float64 var_103;
        wp::float64 var_104;
        wp::float64 var_105;
        wp::float64 var_106;
        wp::range_t var_107;
        wp::int32 var_108;
        wp::float64* var_109;
        wp::float64* var_110;
        wp::float64 var_111;
        wp::float64 var_112;
        wp::float64 var_113;
        wp::float64 var_114;
        wp::float64* var_115;
        wp::float64* var_116;
        wp::float64 var_117;
        wp::float64 var_118;
        wp::float64 var_119;
        wp::float64 var_120;
        wp::float64* var_121;
        wp::float64* var_122;
        wp::float64 var_123;
        wp::float64 var_124;
        wp::float64 var_125;
        wp::float64 var_126;
        wp::float64 var_127;
        wp::range_t var_128;
        wp::int32 var_129;
        wp::float64* var_130;
        wp::float64* var_131;
        wp::float64 var_132;
        wp::float64 var_133;
        wp::float64 var_134;
        wp::float64 var_135;
        wp::float64 var_136;
        wp::range_t var_137;
        wp::int32 var_138;
        wp::float64* var_139;
        wp::float64* var_140;
        wp::float64 var_141;
        wp::float64 var_142;
        wp::float64 var_143;
        wp::float64* var_144;
        wp::float64* var_145;
        wp::float64 var_146;
        wp::float64 var_147;
        wp::float64 var_148;
        wp::float64 var_149;
        wp::float64 var_150;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::float64 adj_10 = {};
        wp::float64 adj_11 = {};
        wp::range_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float64 adj_14 = {};
        wp::float64 adj_15 = {};
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float64 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float64 adj_23 = {};
        wp::float64 adj_24 = {};
        wp::float64 adj_25 = {};
        wp::float64 adj_26 = {};
        wp::float64 adj_27 = {};
        wp::float64 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float64 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
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
        wp::float64 adj_58 = {};
        wp::float64 adj_59 = {};
        wp::range_t adj_60 = {};
        wp::int32 adj_61 = {};
        wp::float64 adj_62 = {};
        wp::float64 adj_63 = {};
        wp::float64 adj_64 = {};
        wp::float64 adj_65 = {};
        wp::float64 adj_66 = {};
        wp::float64 adj_67 = {};
        wp::range_t adj_68 = {};
        wp::int32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float64 adj_71 = {};
        bool adj_72 = {};
        wp::float64 adj_73 = {};
        wp::range_t adj_74 = {};
        wp::int32 adj_75 = {};
        wp::float64 adj_76 = {};
        wp::float64 adj_77 = {};
        wp::float64 adj_78 = {};
        wp::float64 adj_79 = {};
        wp::float64 adj_80 = {};
        wp::float64 adj_81 = {};
        wp::int32 adj_82 = {};
        bool adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::float64 adj_86 = {};
        wp::float64 adj_87 = {};
        wp::float64 adj_88 = {};
        wp::float64 adj_89 = {};
        wp::float64 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        bool adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::float64 adj_96 = {};
        wp::float64 adj_97 = {};
        wp::float64 adj_98 = {};
        wp::float64 adj_99 = {};
        wp::float64 adj_100 = {};
        wp::float64 adj_101 = {};
        wp::float64 adj_102 = {};
        wp::float64 adj_103 = {};
        wp::float64 adj_104 = {};
        wp::float64 adj_105 = {};
        wp::float64 adj_106 = {};
        wp::range_t adj_107 = {};
        wp::int32 adj_108 = {};
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
        wp::float64 adj_125 = {};
        wp::float64 adj_126 = {};
        wp::float64 adj_127 = {};
        wp::range_t adj_128 = {};
        wp::int32 adj_129 = {};
        wp::float64 adj_130 = {};
        wp::float64 adj_131 = {};
        wp::float64 adj_132 = {};
        wp::float64 adj_133 = {};
        wp::float64 adj_134 = {};
        wp::float64 adj_135 = {};
        wp::float64 adj_136 = {};
        wp::range_t adj_137 = {};
        wp::int32 adj_138 = {};
        wp::float64 adj_139 = {};
        wp::float64 adj_140 = {};
        wp::float64 adj_141 = {};
        wp::float64 adj_142 = {};
        wp::float64 adj_143 = {};
        wp::float64 adj_144 = {};
        wp::float64 adj_145 = {};
        wp::float64 adj_146 = {};
        wp::float64 adj_147 = {};
        wp::float64 adj_148 = {};
        wp::float64 adj_149 = {};
        wp::float64 adj_150 = {};
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
        var_6 = wp::float64(var_5);
        // two = wp.float64(2.0)                                                                  <L 97>
        var_8 = wp::float64(var_7);
        // h2k = dt * dt * k                                                                      <L 98>
        var_9 = wp::mul(var_dt, var_dt);
        var_10 = wp::mul(var_9, var_k);
        // hc = dt * c                                                                            <L 99>
        var_11 = wp::mul(var_dt, var_c);
        // for i in range(n):                                                                     <L 101>
        var_12 = wp::range(var_3);
        // rr = zero                                                                              <L 113>
        var_59 = wp::copy(var_6);
        // for i in range(n):                                                                     <L 114>
        var_60 = wp::range(var_3);
        // for it in range(cg_iters):                                                             <L 116>
        var_68 = wp::range(var_cg_iters);
        // for i in range(n):                                                                     <L 138>
        var_137 = wp::range(var_3);
        // residual[chain] = wp.sqrt(rr)                                                          <L 141>
        var_150 = wp::sqrt(var_59);
        // wp::array_store(var_residual, var_0, var_150);
        //---------
        // reverse
        wp::adj_array_store(var_residual, var_0, var_150, adj_residual, adj_0, adj_150);
        wp::adj_sqrt(var_59, var_150, adj_59, adj_150);
        // adj: residual[chain] = wp.sqrt(rr)                                                     <L 141>
        var_137 = wp::iter_reverse(var_137);
        start_for_12:;
            if (iter_cmp(var_137) == 0) goto end_for_12;
            var_138 = wp::iter_next(var_137);
        	adj_139 = {};
        	adj_140 = {};
        	adj_141 = {};
        	adj_142 = {};
        	adj_143 = {};
        	adj_144 = {};
        	adj_145 = {};
        	adj_146 = {};
        	adj_147 = {};
        	adj_148 = {};
        	adj_149 = {};
            // v[chain, i] = v[chain, i] + dv[chain, i]                                           <L 139>
            var_139 = wp::address(var_v, var_0, var_138);
            var_140 = wp::address(var_dv, var_0, var_138);
            var_142 = wp::load(var_139);
            var_143 = wp::load(var_140);
            var_141 = wp::add(var_142, var_143);
            // wp::array_store(var_v, var_0, var_138, var_141);
            // x[chain, i] = x[chain, i] + dt * v[chain, i]                                       <L 140>
            var_144 = wp::address(var_x, var_0, var_138);
            var_145 = wp::address(var_v, var_0, var_138);
            var_147 = wp::load(var_145);
            var_146 = wp::mul(var_dt, var_147);
            var_149 = wp::load(var_144);
            var_148 = wp::add(var_149, var_146);
            // wp::array_store(var_x, var_0, var_138, var_148);
            wp::adj_array_store(var_x, var_0, var_138, var_148, adj_x, adj_0, adj_138, adj_148);
            wp::adj_add(var_149, var_146, adj_144, adj_146, adj_148);
            wp::adj_mul(var_dt, var_147, adj_dt, adj_145, adj_146);
            wp::adj_address(var_v, var_0, var_138, adj_v, adj_0, adj_138, adj_145);
            wp::adj_address(var_x, var_0, var_138, adj_x, adj_0, adj_138, adj_144);
            // adj: x[chain, i] = x[chain, i] + dt * v[chain, i]                                  <L 140>
            wp::adj_array_store(var_v, var_0, var_138, var_141, adj_v, adj_0, adj_138, adj_141);
            wp::adj_add(var_142, var_143, adj_139, adj_140, adj_141);
            wp::adj_address(var_dv, var_0, var_138, adj_dv, adj_0, adj_138, adj_140);
            wp::adj_address(var_v, var_0, var_138, adj_v, adj_0, adj_138, adj_139);
            // adj: v[chain, i] = v[chain, i] + dv[chain, i]                                      <L 139>
        	goto start_for_12;
        end_for_12:;
        wp::adj_range(var_3, adj_3, adj_137);
        // adj: for i in range(n):                                                                <L 138>
        var_68 = wp::iter_reverse(var_68);
        start_for_4:;
            if (iter_cmp(var_68) == 0) goto end_for_4;
            var_69 = wp::iter_next(var_68);
        	adj_70 = {};
        	adj_71 = {};
        	adj_72 = {};
        	adj_73 = {};
        	adj_74 = {};
        	adj_105 = {};
        	adj_106 = {};
        	adj_107 = {};
        	adj_127 = {};
        	adj_128 = {};
        	adj_136 = {};
            // if rr < wp.float64(1.0e-24):                                                       <L 117>
            var_71 = wp::float64(var_70);
            var_72 = (var_59 < var_71);
            if (var_72) {
                // break                                                                          <L 118>
                goto end_for_4;
            }
            // pAp = zero                                                                         <L 119>
            var_73 = wp::copy(var_6);
            // for i in range(n):                                                                 <L 120>
            var_74 = wp::range(var_3);
            // alpha = rr / pAp                                                                   <L 128>
            var_105 = wp::div(var_59, var_73);
            // rr_new = zero                                                                      <L 129>
            var_106 = wp::copy(var_6);
            // for i in range(n):                                                                 <L 130>
            var_107 = wp::range(var_3);
            // beta = rr_new / rr                                                                 <L 134>
            var_127 = wp::div(var_106, var_59);
            // for i in range(n):                                                                 <L 135>
            var_128 = wp::range(var_3);
            // rr = rr_new                                                                        <L 137>
            var_136 = wp::copy(var_106);
            wp::assign(var_61, var_129);
            wp::assign(var_59, var_136);
            wp::adj_assign(var_59, var_136, adj_59, adj_136);
            wp::adj_assign(var_61, var_129, adj_61, adj_129);
            wp::adj_copy(var_106, adj_106, adj_136);
            // adj: rr = rr_new                                                                   <L 137>
            var_128 = wp::iter_reverse(var_128);
            start_for_10:;
                if (iter_cmp(var_128) == 0) goto end_for_10;
                var_129 = wp::iter_next(var_128);
            	adj_130 = {};
            	adj_131 = {};
            	adj_132 = {};
            	adj_133 = {};
            	adj_134 = {};
            	adj_135 = {};
                // p[chain, i] = r[chain, i] + beta * p[chain, i]                                 <L 136>
                var_130 = wp::address(var_r, var_0, var_129);
                var_131 = wp::address(var_p, var_0, var_129);
                var_133 = wp::load(var_131);
                var_132 = wp::mul(var_127, var_133);
                var_135 = wp::load(var_130);
                var_134 = wp::add(var_135, var_132);
                // wp::array_store(var_p, var_0, var_129, var_134);
                wp::adj_array_store(var_p, var_0, var_129, var_134, adj_p, adj_0, adj_129, adj_134);
                wp::adj_add(var_135, var_132, adj_130, adj_132, adj_134);
                wp::adj_mul(var_127, var_133, adj_127, adj_131, adj_132);
                wp::adj_address(var_p, var_0, var_129, adj_p, adj_0, adj_129, adj_131);
                wp::adj_address(var_r, var_0, var_129, adj_r, adj_0, adj_129, adj_130);
                // adj: p[chain, i] = r[chain, i] + beta * p[chain, i]                            <L 136>
            	goto start_for_10;
            end_for_10:;
            wp::adj_range(var_3, adj_3, adj_128);
            // adj: for i in range(n):                                                            <L 135>
            wp::adj_div(var_106, var_59, var_127, adj_106, adj_59, adj_127);
            // adj: beta = rr_new / rr                                                            <L 134>
            var_107 = wp::iter_reverse(var_107);
            start_for_8:;
                if (iter_cmp(var_107) == 0) goto end_for_8;
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
                // dv[chain, i] = dv[chain, i] + alpha * p[chain, i]                              <L 131>
                var_109 = wp::address(var_dv, var_0, var_108);
                var_110 = wp::address(var_p, var_0, var_108);
                var_112 = wp::load(var_110);
                var_111 = wp::mul(var_105, var_112);
                var_114 = wp::load(var_109);
                var_113 = wp::add(var_114, var_111);
                // wp::array_store(var_dv, var_0, var_108, var_113);
                // r[chain, i] = r[chain, i] - alpha * Ap[chain, i]                               <L 132>
                var_115 = wp::address(var_r, var_0, var_108);
                var_116 = wp::address(var_Ap, var_0, var_108);
                var_118 = wp::load(var_116);
                var_117 = wp::mul(var_105, var_118);
                var_120 = wp::load(var_115);
                var_119 = wp::sub(var_120, var_117);
                // wp::array_store(var_r, var_0, var_108, var_119);
                // rr_new = rr_new + r[chain, i] * r[chain, i]                                    <L 133>
                var_121 = wp::address(var_r, var_0, var_108);
                var_122 = wp::address(var_r, var_0, var_108);
                var_124 = wp::load(var_121);
                var_125 = wp::load(var_122);
                var_123 = wp::mul(var_124, var_125);
                var_126 = wp::add(var_106, var_123);
                wp::assign(var_106, var_126);
                wp::adj_assign(var_106, var_126, adj_106, adj_126);
                wp::adj_add(var_106, var_123, adj_106, adj_123, adj_126);
                wp::adj_mul(var_124, var_125, adj_121, adj_122, adj_123);
                wp::adj_address(var_r, var_0, var_108, adj_r, adj_0, adj_108, adj_122);
                wp::adj_address(var_r, var_0, var_108, adj_r, adj_0, adj_108, adj_121);
                // adj: rr_new = rr_new + r[chain, i] * r[chain, i]                               <L 133>
                wp::adj_array_store(var_r, var_0, var_108, var_119, adj_r, adj_0, adj_108, adj_119);
                wp::adj_sub(var_120, var_117, adj_115, adj_117, adj_119);
                wp::adj_mul(var_105, var_118, adj_105, adj_116, adj_117);
                wp::adj_address(var_Ap, var_0, var_108, adj_Ap, adj_0, adj_108, adj_116);
                wp::adj_address(var_r, var_0, var_108, adj_r, adj_0, adj_108, adj_115);
                // adj: r[chain, i] = r[chain, i] - alpha * Ap[chain, i]                          <L 132>
                wp::adj_array_store(var_dv, var_0, var_108, var_113, adj_dv, adj_0, adj_108, adj_113);
                wp::adj_add(var_114, var_111, adj_109, adj_111, adj_113);
                wp::adj_mul(var_105, var_112, adj_105, adj_110, adj_111);
                wp::adj_address(var_p, var_0, var_108, adj_p, adj_0, adj_108, adj_110);
                wp::adj_address(var_dv, var_0, var_108, adj_dv, adj_0, adj_108, adj_109);
                // adj: dv[chain, i] = dv[chain, i] + alpha * p[chain, i]                         <L 131>
            	goto start_for_8;
            end_for_8:;
            wp::adj_range(var_3, adj_3, adj_107);
            // adj: for i in range(n):                                                            <L 130>
            wp::adj_copy(var_6, adj_6, adj_106);
            // adj: rr_new = zero                                                                 <L 129>
            wp::adj_div(var_59, var_73, var_105, adj_59, adj_73, adj_105);
            // adj: alpha = rr / pAp                                                              <L 128>
            var_74 = wp::iter_reverse(var_74);
            start_for_6:;
                if (iter_cmp(var_74) == 0) goto end_for_6;
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
            	adj_103 = {};
            	adj_104 = {};
                // a = (m + hc + two * h2k) * p[chain, i]                                         <L 121>
                var_76 = wp::add(var_m, var_11);
                var_77 = wp::mul(var_8, var_10);
                var_78 = wp::add(var_76, var_77);
                var_79 = wp::address(var_p, var_0, var_75);
                var_81 = wp::load(var_79);
                var_80 = wp::mul(var_78, var_81);
                // if i > 0:                                                                      <L 122>
                var_83 = (var_75 > var_82);
                if (var_83) {
                    // a = a - h2k * p[chain, i - 1]                                              <L 123>
                    var_85 = wp::sub(var_75, var_84);
                    var_86 = wp::address(var_p, var_0, var_85);
                    var_88 = wp::load(var_86);
                    var_87 = wp::mul(var_10, var_88);
                    var_89 = wp::sub(var_80, var_87);
                }
                var_90 = wp::where(var_83, var_89, var_80);
                // if i < n - 1:                                                                  <L 124>
                var_92 = wp::sub(var_3, var_91);
                var_93 = (var_75 < var_92);
                if (var_93) {
                    // a = a - h2k * p[chain, i + 1]                                              <L 125>
                    var_95 = wp::add(var_75, var_94);
                    var_96 = wp::address(var_p, var_0, var_95);
                    var_98 = wp::load(var_96);
                    var_97 = wp::mul(var_10, var_98);
                    var_99 = wp::sub(var_90, var_97);
                }
                var_100 = wp::where(var_93, var_99, var_90);
                // Ap[chain, i] = a                                                               <L 126>
                // wp::array_store(var_Ap, var_0, var_75, var_100);
                // pAp = pAp + p[chain, i] * a                                                    <L 127>
                var_101 = wp::address(var_p, var_0, var_75);
                var_103 = wp::load(var_101);
                var_102 = wp::mul(var_103, var_100);
                var_104 = wp::add(var_73, var_102);
                wp::assign(var_73, var_104);
                wp::adj_assign(var_73, var_104, adj_73, adj_104);
                wp::adj_add(var_73, var_102, adj_73, adj_102, adj_104);
                wp::adj_mul(var_103, var_100, adj_101, adj_100, adj_102);
                wp::adj_address(var_p, var_0, var_75, adj_p, adj_0, adj_75, adj_101);
                // adj: pAp = pAp + p[chain, i] * a                                               <L 127>
                wp::adj_array_store(var_Ap, var_0, var_75, var_100, adj_Ap, adj_0, adj_75, adj_100);
                // adj: Ap[chain, i] = a                                                          <L 126>
                wp::adj_where(var_93, var_99, var_90, adj_93, adj_99, adj_90, adj_100);
                if (var_93) {
                    wp::adj_sub(var_90, var_97, adj_90, adj_97, adj_99);
                    wp::adj_mul(var_10, var_98, adj_10, adj_96, adj_97);
                    wp::adj_address(var_p, var_0, var_95, adj_p, adj_0, adj_95, adj_96);
                    wp::adj_add(var_75, var_94, adj_75, adj_94, adj_95);
                    // adj: a = a - h2k * p[chain, i + 1]                                         <L 125>
                }
                wp::adj_sub(var_3, var_91, adj_3, adj_91, adj_92);
                // adj: if i < n - 1:                                                             <L 124>
                wp::adj_where(var_83, var_89, var_80, adj_83, adj_89, adj_80, adj_90);
                if (var_83) {
                    wp::adj_sub(var_80, var_87, adj_80, adj_87, adj_89);
                    wp::adj_mul(var_10, var_88, adj_10, adj_86, adj_87);
                    wp::adj_address(var_p, var_0, var_85, adj_p, adj_0, adj_85, adj_86);
                    wp::adj_sub(var_75, var_84, adj_75, adj_84, adj_85);
                    // adj: a = a - h2k * p[chain, i - 1]                                         <L 123>
                }
                // adj: if i > 0:                                                                 <L 122>
                wp::adj_mul(var_78, var_81, adj_78, adj_79, adj_80);
                wp::adj_address(var_p, var_0, var_75, adj_p, adj_0, adj_75, adj_79);
                wp::adj_add(var_76, var_77, adj_76, adj_77, adj_78);
                wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_77);
                wp::adj_add(var_m, var_11, adj_m, adj_11, adj_76);
                // adj: a = (m + hc + two * h2k) * p[chain, i]                                    <L 121>
            	goto start_for_6;
            end_for_6:;
            wp::adj_range(var_3, adj_3, adj_74);
            // adj: for i in range(n):                                                            <L 120>
            wp::adj_copy(var_6, adj_6, adj_73);
            // adj: pAp = zero                                                                    <L 119>
            if (var_72) {
                // adj: break                                                                     <L 118>
            }
            wp::adj_float64(var_70, adj_70, adj_71);
            // adj: if rr < wp.float64(1.0e-24):                                                  <L 117>
        	goto start_for_4;
        end_for_4:;
        wp::adj_range(var_cg_iters, adj_cg_iters, adj_68);
        // adj: for it in range(cg_iters):                                                        <L 116>
        var_60 = wp::iter_reverse(var_60);
        start_for_2:;
            if (iter_cmp(var_60) == 0) goto end_for_2;
            var_61 = wp::iter_next(var_60);
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
        	adj_66 = {};
        	adj_67 = {};
            // rr = rr + r[chain, i] * r[chain, i]                                                <L 115>
            var_62 = wp::address(var_r, var_0, var_61);
            var_63 = wp::address(var_r, var_0, var_61);
            var_65 = wp::load(var_62);
            var_66 = wp::load(var_63);
            var_64 = wp::mul(var_65, var_66);
            var_67 = wp::add(var_59, var_64);
            wp::assign(var_59, var_67);
            wp::adj_assign(var_59, var_67, adj_59, adj_67);
            wp::adj_add(var_59, var_64, adj_59, adj_64, adj_67);
            wp::adj_mul(var_65, var_66, adj_62, adj_63, adj_64);
            wp::adj_address(var_r, var_0, var_61, adj_r, adj_0, adj_61, adj_63);
            wp::adj_address(var_r, var_0, var_61, adj_r, adj_0, adj_61, adj_62);
            // adj: rr = rr + r[chain, i] * r[chain, i]                                           <L 115>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_3, adj_3, adj_60);
        // adj: for i in range(n):                                                                <L 114>
        wp::adj_copy(var_6, adj_6, adj_59);
        // adj: rr = zero                                                                         <L 113>
        var_12 = wp::iter_reverse(var_12);
        start_for_0:;
            if (iter_cmp(var_12) == 0) goto end_for_0;
            var_13 = wp::iter_next(var_12);
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
        	adj_57 = {};
        	adj_58 = {};
            // xl = zero                                                                          <L 102>
            var_14 = wp::copy(var_6);
            // xr = zero                                                                          <L 103>
            var_15 = wp::copy(var_6);
            // if i > 0:                                                                          <L 104>
            var_17 = (var_13 > var_16);
            if (var_17) {
                // xl = x[chain, i - 1] + dt * v[chain, i - 1]                                    <L 105>
                var_19 = wp::sub(var_13, var_18);
                var_20 = wp::address(var_x, var_0, var_19);
                var_22 = wp::sub(var_13, var_21);
                var_23 = wp::address(var_v, var_0, var_22);
                var_25 = wp::load(var_23);
                var_24 = wp::mul(var_dt, var_25);
                var_27 = wp::load(var_20);
                var_26 = wp::add(var_27, var_24);
            }
            var_28 = wp::where(var_17, var_26, var_14);
            // if i < n - 1:                                                                      <L 106>
            var_30 = wp::sub(var_3, var_29);
            var_31 = (var_13 < var_30);
            if (var_31) {
                // xr = x[chain, i + 1] + dt * v[chain, i + 1]                                    <L 107>
                var_33 = wp::add(var_13, var_32);
                var_34 = wp::address(var_x, var_0, var_33);
                var_36 = wp::add(var_13, var_35);
                var_37 = wp::address(var_v, var_0, var_36);
                var_39 = wp::load(var_37);
                var_38 = wp::mul(var_dt, var_39);
                var_41 = wp::load(var_34);
                var_40 = wp::add(var_41, var_38);
            }
            var_42 = wp::where(var_31, var_40, var_15);
            // xi = x[chain, i] + dt * v[chain, i]                                                <L 108>
            var_43 = wp::address(var_x, var_0, var_13);
            var_44 = wp::address(var_v, var_0, var_13);
            var_46 = wp::load(var_44);
            var_45 = wp::mul(var_dt, var_46);
            var_48 = wp::load(var_43);
            var_47 = wp::add(var_48, var_45);
            // f = k * (xl + xr - two * xi) - c * v[chain, i]                                     <L 109>
            var_49 = wp::add(var_28, var_42);
            var_50 = wp::mul(var_8, var_47);
            var_51 = wp::sub(var_49, var_50);
            var_52 = wp::mul(var_k, var_51);
            var_53 = wp::address(var_v, var_0, var_13);
            var_55 = wp::load(var_53);
            var_54 = wp::mul(var_c, var_55);
            var_56 = wp::sub(var_52, var_54);
            // r[chain, i] = dt * f                                                               <L 110>
            var_57 = wp::mul(var_dt, var_56);
            // wp::array_store(var_r, var_0, var_13, var_57);
            // p[chain, i] = dt * f                                                               <L 111>
            var_58 = wp::mul(var_dt, var_56);
            // wp::array_store(var_p, var_0, var_13, var_58);
            // dv[chain, i] = zero                                                                <L 112>
            // wp::array_store(var_dv, var_0, var_13, var_6);
            wp::adj_array_store(var_dv, var_0, var_13, var_6, adj_dv, adj_0, adj_13, adj_6);
            // adj: dv[chain, i] = zero                                                           <L 112>
            wp::adj_array_store(var_p, var_0, var_13, var_58, adj_p, adj_0, adj_13, adj_58);
            wp::adj_mul(var_dt, var_56, adj_dt, adj_56, adj_58);
            // adj: p[chain, i] = dt * f                                                          <L 111>
            wp::adj_array_store(var_r, var_0, var_13, var_57, adj_r, adj_0, adj_13, adj_57);
            wp::adj_mul(var_dt, var_56, adj_dt, adj_56, adj_57);
            // adj: r[chain, i] = dt * f                                                          <L 110>
            wp::adj_sub(var_52, var_54, adj_52, adj_54, adj_56);
            wp::adj_mul(var_c, var_55, adj_c, adj_53, adj_54);
            wp::adj_address(var_v, var_0, var_13, adj_v, adj_0, adj_13, adj_53);
            wp::adj_mul(var_k, var_51, adj_k, adj_51, adj_52);
            wp::adj_sub(var_49, var_50, adj_49, adj_50, adj_51);
            wp::adj_mul(var_8, var_47, adj_8, adj_47, adj_50);
            wp::adj_add(var_28, var_42, adj_28, adj_42, adj_49);
            // adj: f = k * (xl + xr - two * xi) - c * v[chain, i]                                <L 109>
            wp::adj_add(var_48, var_45, adj_43, adj_45, adj_47);
            wp::adj_mul(var_dt, var_46, adj_dt, adj_44, adj_45);
            wp::adj_address(var_v, var_0, var_13, adj_v, adj_0, adj_13, adj_44);
            wp::adj_address(var_x, var_0, var_13, adj_x, adj_0, adj_13, adj_43);
            // adj: xi = x[chain, i] + dt * v[chain, i]                                           <L 108>
            wp::adj_where(var_31, var_40, var_15, adj_31, adj_40, adj_15, adj_42);
            if (var_31) {
                wp::adj_add(var_41, var_38, adj_34, adj_38, adj_40);
                wp::adj_mul(var_dt, var_39, adj_dt, adj_37, adj_38);
                wp::adj_address(var_v, var_0, var_36, adj_v, adj_0, adj_36, adj_37);
                wp::adj_add(var_13, var_35, adj_13, adj_35, adj_36);
                wp::adj_address(var_x, var_0, var_33, adj_x, adj_0, adj_33, adj_34);
                wp::adj_add(var_13, var_32, adj_13, adj_32, adj_33);
                // adj: xr = x[chain, i + 1] + dt * v[chain, i + 1]                               <L 107>
            }
            wp::adj_sub(var_3, var_29, adj_3, adj_29, adj_30);
            // adj: if i < n - 1:                                                                 <L 106>
            wp::adj_where(var_17, var_26, var_14, adj_17, adj_26, adj_14, adj_28);
            if (var_17) {
                wp::adj_add(var_27, var_24, adj_20, adj_24, adj_26);
                wp::adj_mul(var_dt, var_25, adj_dt, adj_23, adj_24);
                wp::adj_address(var_v, var_0, var_22, adj_v, adj_0, adj_22, adj_23);
                wp::adj_sub(var_13, var_21, adj_13, adj_21, adj_22);
                wp::adj_address(var_x, var_0, var_19, adj_x, adj_0, adj_19, adj_20);
                wp::adj_sub(var_13, var_18, adj_13, adj_18, adj_19);
                // adj: xl = x[chain, i - 1] + dt * v[chain, i - 1]                               <L 105>
            }
            // adj: if i > 0:                                                                     <L 104>
            wp::adj_copy(var_6, adj_6, adj_15);
            // adj: xr = zero                                                                     <L 103>
            wp::adj_copy(var_6, adj_6, adj_14);
            // adj: xl = zero                                                                     <L 102>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_3, adj_3, adj_12);
        // adj: for i in range(n):                                                                <L 101>
        wp::adj_mul(var_dt, var_c, adj_dt, adj_c, adj_11);
        // adj: hc = dt * c                                                                       <L 99>
        wp::adj_mul(var_9, var_k, adj_9, adj_k, adj_10);
        wp::adj_mul(var_dt, var_dt, adj_dt, adj_dt, adj_9);
        // adj: h2k = dt * dt * k                                                                 <L 98>
        wp::adj_float64(var_7, adj_7, adj_8);
        // adj: two = wp.float64(2.0)                                                             <L 97>
        wp::adj_float64(var_5, adj_5, adj_6);
        // adj: zero = wp.float64(0.0)                                                            <L 96>
        wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
        adj_x.shape = adj_1;
        // adj: n = x.shape[1]                                                                    <L 95>
        // adj: chain = wp.tid()                                                                  <L 94>
        // adj: def chain_implicit_cg_f64(                                                        <L 80>
        continue;
    }
}

