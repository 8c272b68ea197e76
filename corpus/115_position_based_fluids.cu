#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif


struct PBFParams_e2af65e9
{
    wp::float32 h;
    wp::float32 rest_density;
    wp::float32 mass;
    wp::float32 relaxation;
    wp::float32 s_corr_k;
    wp::float32 s_corr_n;
    wp::float32 s_corr_dq;


    PBFParams_e2af65e9() = default;
    CUDA_CALLABLE PBFParams_e2af65e9(wp::float32 const& h,
    wp::float32 const& rest_density = {},
    wp::float32 const& mass = {},
    wp::float32 const& relaxation = {},
    wp::float32 const& s_corr_k = {},
    wp::float32 const& s_corr_n = {},
    wp::float32 const& s_corr_dq = {})
        : h{h}
        , rest_density{rest_density}
        , mass{mass}
        , relaxation{relaxation}
        , s_corr_k{s_corr_k}
        , s_corr_n{s_corr_n}
        , s_corr_dq{s_corr_dq}

    {
    }

    CUDA_CALLABLE PBFParams_e2af65e9& operator += (const PBFParams_e2af65e9& rhs)
    {    h += rhs.h;
    rest_density += rhs.rest_density;
    mass += rhs.mass;
    relaxation += rhs.relaxation;
    s_corr_k += rhs.s_corr_k;
    s_corr_n += rhs.s_corr_n;
    s_corr_dq += rhs.s_corr_dq;

        return *this;}

};

static CUDA_CALLABLE void adj_PBFParams_e2af65e9(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_h,
    wp::float32 & adj_rest_density,
    wp::float32 & adj_mass,
    wp::float32 & adj_relaxation,
    wp::float32 & adj_s_corr_k,
    wp::float32 & adj_s_corr_n,
    wp::float32 & adj_s_corr_dq,
    PBFParams_e2af65e9 & adj_ret)
{
    adj_h += adj_ret.h;
    adj_rest_density += adj_ret.rest_density;
    adj_mass += adj_ret.mass;
    adj_relaxation += adj_ret.relaxation;
    adj_s_corr_k += adj_ret.s_corr_k;
    adj_s_corr_n += adj_ret.s_corr_n;
    adj_s_corr_dq += adj_ret.s_corr_dq;
}

// Required when compiling adjoints.
CUDA_CALLABLE PBFParams_e2af65e9 add(const PBFParams_e2af65e9& a, const PBFParams_e2af65e9& b)
{
    return PBFParams_e2af65e9();
}

CUDA_CALLABLE void adj_atomic_add(PBFParams_e2af65e9* p, PBFParams_e2af65e9 t)
{
    wp::adj_atomic_add(&p->h, t.h);
    wp::adj_atomic_add(&p->rest_density, t.rest_density);
    wp::adj_atomic_add(&p->mass, t.mass);
    wp::adj_atomic_add(&p->relaxation, t.relaxation);
    wp::adj_atomic_add(&p->s_corr_k, t.s_corr_k);
    wp::adj_atomic_add(&p->s_corr_n, t.s_corr_n);
    wp::adj_atomic_add(&p->s_corr_dq, t.s_corr_dq);
}




// corpus/115_position_based_fluids.py:17
static CUDA_CALLABLE wp::float32 w_poly6_0(
    wp::float32 var_r2,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 315.0;
    const wp::float32 var_5 = 64.0;
    const wp::float32 var_6 = 3.14159265;
    wp::float32 var_7;
    const wp::float32 var_8 = 9.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def w_poly6(r2: float, h: float) -> float:                                             <L 18>
    // h2 = h * h                                                                             <L 19>
    var_0 = wp::mul(var_h, var_h);
    // if r2 >= h2:                                                                           <L 20>
    var_1 = (var_r2 >= var_0);
    if (var_1) {
        // return 0.0                                                                         <L 21>
        return var_2;
    }
    // d = h2 - r2                                                                            <L 22>
    var_3 = wp::sub(var_0, var_r2);
    // return 315.0 / (64.0 * PBF_PI * wp.pow(h, 9.0)) * d * d * d                            <L 23>
    var_7 = wp::mul(var_5, var_6);
    var_9 = wp::pow(var_h, var_8);
    var_10 = wp::mul(var_7, var_9);
    var_11 = wp::div(var_4, var_10);
    var_12 = wp::mul(var_11, var_3);
    var_13 = wp::mul(var_12, var_3);
    var_14 = wp::mul(var_13, var_3);
    return var_14;
}


// corpus/115_position_based_fluids.py:26
static CUDA_CALLABLE wp::vec_t<3, wp::float32> grad_spiky_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 1e-09;
    bool var_3;
    bool var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = -45.0;
    const wp::float32 var_8 = 3.14159265;
    const wp::float32 var_9 = 6.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    //---------
    // forward
    // def grad_spiky(r: wp.vec3, h: float) -> wp.vec3:                                       <L 27>
    // l = wp.length(r)                                                                       <L 28>
    var_0 = wp::length(var_r);
    // if l <= 1.0e-9 or l >= h:                                                              <L 29>
    var_3 = (var_0 <= var_2);
    var_1 = var_3;
    if (!var_1) {
        var_4 = (var_0 >= var_h);
        var_1 = var_1 || var_4;
    }
    if (var_1) {
        // return wp.vec3()                                                                   <L 30>
        var_5 = wp::vec_t<3, wp::float32>();
        return var_5;
    }
    // d = h - l                                                                              <L 31>
    var_6 = wp::sub(var_h, var_0);
    // return r * (-45.0 / (PBF_PI * wp.pow(h, 6.0)) * d * d / l)                             <L 32>
    var_10 = wp::pow(var_h, var_9);
    var_11 = wp::mul(var_8, var_10);
    var_12 = wp::div(var_7, var_11);
    var_13 = wp::mul(var_12, var_6);
    var_14 = wp::mul(var_13, var_6);
    var_15 = wp::div(var_14, var_0);
    var_16 = wp::mul(var_r, var_15);
    return var_16;
}


// corpus/115_position_based_fluids.py:17
static CUDA_CALLABLE void adj_w_poly6_0(
    wp::float32 var_r2,
    wp::float32 var_h,
    wp::float32 & adj_r2,
    wp::float32 & adj_h,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 315.0;
    const wp::float32 var_5 = 64.0;
    const wp::float32 var_6 = 3.14159265;
    wp::float32 var_7;
    const wp::float32 var_8 = 9.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def w_poly6(r2: float, h: float) -> float:                                             <L 18>
    // h2 = h * h                                                                             <L 19>
    var_0 = wp::mul(var_h, var_h);
    // if r2 >= h2:                                                                           <L 20>
    var_1 = (var_r2 >= var_0);
    if (var_1) {
        // return 0.0                                                                         <L 21>
        goto label0;
    }
    // d = h2 - r2                                                                            <L 22>
    var_3 = wp::sub(var_0, var_r2);
    // return 315.0 / (64.0 * PBF_PI * wp.pow(h, 9.0)) * d * d * d                            <L 23>
    var_7 = wp::mul(var_5, var_6);
    var_9 = wp::pow(var_h, var_8);
    var_10 = wp::mul(var_7, var_9);
    var_11 = wp::div(var_4, var_10);
    var_12 = wp::mul(var_11, var_3);
    var_13 = wp::mul(var_12, var_3);
    var_14 = wp::mul(var_13, var_3);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_14 += adj_ret;
    wp::adj_mul(var_13, var_3, adj_13, adj_3, adj_14);
    wp::adj_mul(var_12, var_3, adj_12, adj_3, adj_13);
    wp::adj_mul(var_11, var_3, adj_11, adj_3, adj_12);
    wp::adj_div(var_4, var_10, var_11, adj_4, adj_10, adj_11);
    wp::adj_mul(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_pow(var_h, var_8, var_9, adj_h, adj_8, adj_9);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: return 315.0 / (64.0 * PBF_PI * wp.pow(h, 9.0)) * d * d * d                       <L 23>
    wp::adj_sub(var_0, var_r2, adj_0, adj_r2, adj_3);
    // adj: d = h2 - r2                                                                       <L 22>
    if (var_1) {
        label0:;
        adj_2 += adj_ret;
        // adj: return 0.0                                                                    <L 21>
    }
    // adj: if r2 >= h2:                                                                      <L 20>
    wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_0);
    // adj: h2 = h * h                                                                        <L 19>
    // adj: def w_poly6(r2: float, h: float) -> float:                                        <L 18>
    return;
}


// corpus/115_position_based_fluids.py:26
static CUDA_CALLABLE void adj_grad_spiky_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::float32 & adj_h,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    const wp::float32 var_2 = 1e-09;
    bool var_3;
    bool var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = -45.0;
    const wp::float32 var_8 = 3.14159265;
    const wp::float32 var_9 = 6.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    bool adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    //---------
    // forward
    // def grad_spiky(r: wp.vec3, h: float) -> wp.vec3:                                       <L 27>
    // l = wp.length(r)                                                                       <L 28>
    var_0 = wp::length(var_r);
    // if l <= 1.0e-9 or l >= h:                                                              <L 29>
    var_3 = (var_0 <= var_2);
    var_1 = var_3;
    if (!var_1) {
        var_4 = (var_0 >= var_h);
        var_1 = var_1 || var_4;
    }
    if (var_1) {
        // return wp.vec3()                                                                   <L 30>
        var_5 = wp::vec_t<3, wp::float32>();
        goto label0;
    }
    // d = h - l                                                                              <L 31>
    var_6 = wp::sub(var_h, var_0);
    // return r * (-45.0 / (PBF_PI * wp.pow(h, 6.0)) * d * d / l)                             <L 32>
    var_10 = wp::pow(var_h, var_9);
    var_11 = wp::mul(var_8, var_10);
    var_12 = wp::div(var_7, var_11);
    var_13 = wp::mul(var_12, var_6);
    var_14 = wp::mul(var_13, var_6);
    var_15 = wp::div(var_14, var_0);
    var_16 = wp::mul(var_r, var_15);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_16 += adj_ret;
    wp::adj_mul(var_r, var_15, adj_r, adj_15, adj_16);
    wp::adj_div(var_14, var_0, var_15, adj_14, adj_0, adj_15);
    wp::adj_mul(var_13, var_6, adj_13, adj_6, adj_14);
    wp::adj_mul(var_12, var_6, adj_12, adj_6, adj_13);
    wp::adj_div(var_7, var_11, var_12, adj_7, adj_11, adj_12);
    wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_pow(var_h, var_9, var_10, adj_h, adj_9, adj_10);
    // adj: return r * (-45.0 / (PBF_PI * wp.pow(h, 6.0)) * d * d / l)                        <L 32>
    wp::adj_sub(var_h, var_0, adj_h, adj_0, adj_6);
    // adj: d = h - l                                                                         <L 31>
    if (var_1) {
        label0:;
        adj_5 += adj_ret;
        // adj: return wp.vec3()                                                              <L 30>
    }
    if (!var_1) {
    }
    // adj: if l <= 1.0e-9 or l >= h:                                                         <L 29>
    wp::adj_length(var_r, var_0, adj_r, adj_0);
    // adj: l = wp.length(r)                                                                  <L 28>
    // adj: def grad_spiky(r: wp.vec3, h: float) -> wp.vec3:                                  <L 27>
    return;
}



extern "C" __global__ void compute_lambdas_ec696a23_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    PBFParams_e2af65e9 var_params,
    wp::array_t<wp::float32> var_lambdas,
    wp::array_t<wp::float32> var_density_err)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        bool var_24;
        wp::float32* var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        bool var_32;
        wp::float32* var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 1.0;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32* var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        const wp::int32 var_59 = 0;
        wp::float32 var_60;
        wp::float32 var_61;
        //---------
        // forward
        // def compute_lambdas(x: wp.array(dtype=wp.vec3), params: PBFParams, lambdas: wp.array(dtype=float), density_err: wp.array(dtype=float)):       <L 36>
        // i = wp.tid()                                                                           <L 37>
        var_0 = builtin_tid1d();
        // xi = x[i]                                                                              <L 38>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rho = float(0.0)                                                                       <L 39>
        var_5 = wp::float(var_4);
        // grad_i = wp.vec3()                                                                     <L 40>
        var_6 = wp::vec_t<3, wp::float32>();
        // sum_grad2 = float(0.0)                                                                 <L 41>
        var_8 = wp::float(var_7);
        // for j in range(x.shape[0]):                                                            <L 42>
        var_9 = &(var_x.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_13 = wp::range(var_11);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
            // r = xi - x[j]                                                                      <L 43>
            var_15 = wp::address(var_x, var_14);
            var_17 = wp::load(var_15);
            var_16 = wp::sub(var_2, var_17);
            // r2 = wp.dot(r, r)                                                                  <L 44>
            var_18 = wp::dot(var_16, var_16);
            // if r2 >= params.h * params.h:                                                      <L 45>
            var_19 = &((var_params).h);
            var_20 = &((var_params).h);
            var_22 = wp::load(var_19);
            var_23 = wp::load(var_20);
            var_21 = wp::mul(var_22, var_23);
            var_24 = (var_18 >= var_21);
            if (var_24) {
                // continue                                                                       <L 46>
                goto start_for_0;
            }
            // rho += params.mass * w_poly6(r2, params.h)                                         <L 47>
            var_25 = &((var_params).mass);
            var_26 = &((var_params).h);
            var_28 = wp::load(var_26);
            var_27 = w_poly6_0(var_18, var_28);
            var_30 = wp::load(var_25);
            var_29 = wp::mul(var_30, var_27);
            var_31 = wp::add(var_5, var_29);
            // if j != i:                                                                         <L 48>
            var_32 = (var_14 != var_0);
            if (var_32) {
                // g = grad_spiky(r, params.h) * (params.mass / params.rest_density)              <L 49>
                var_33 = &((var_params).h);
                var_35 = wp::load(var_33);
                var_34 = grad_spiky_0(var_16, var_35);
                var_36 = &((var_params).mass);
                var_37 = &((var_params).rest_density);
                var_39 = wp::load(var_36);
                var_40 = wp::load(var_37);
                var_38 = wp::div(var_39, var_40);
                var_41 = wp::mul(var_34, var_38);
                // grad_i += g                                                                    <L 50>
                var_42 = wp::add(var_6, var_41);
                // sum_grad2 += wp.dot(g, g)                                                      <L 51>
                var_43 = wp::dot(var_41, var_41);
                var_44 = wp::add(var_8, var_43);
            }
            var_45 = wp::where(var_32, var_42, var_6);
            var_46 = wp::where(var_32, var_44, var_8);
            wp::assign(var_5, var_31);
            wp::assign(var_6, var_45);
            wp::assign(var_8, var_46);
            goto start_for_0;
        end_for_0:;
        // C = rho / params.rest_density - 1.0                                                    <L 52>
        var_47 = &((var_params).rest_density);
        var_49 = wp::load(var_47);
        var_48 = wp::div(var_5, var_49);
        var_51 = wp::sub(var_48, var_50);
        // sum_grad2 += wp.dot(grad_i, grad_i)                                                    <L 53>
        var_52 = wp::dot(var_6, var_6);
        var_53 = wp::add(var_8, var_52);
        // lambdas[i] = -C / (sum_grad2 + params.relaxation)                                      <L 54>
        var_54 = wp::neg(var_51);
        var_55 = &((var_params).relaxation);
        var_57 = wp::load(var_55);
        var_56 = wp::add(var_53, var_57);
        var_58 = wp::div(var_54, var_56);
        wp::array_store(var_lambdas, var_0, var_58);
        // wp.atomic_add(density_err, 0, wp.abs(C))                                               <L 55>
        var_60 = wp::abs(var_51);
        var_61 = wp::atomic_add(var_density_err, var_59, var_60);
    }
}



extern "C" __global__ void compute_lambdas_ec696a23_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    PBFParams_e2af65e9 var_params,
    wp::array_t<wp::float32> var_lambdas,
    wp::array_t<wp::float32> var_density_err,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    PBFParams_e2af65e9 adj_params,
    wp::array_t<wp::float32> adj_lambdas,
    wp::array_t<wp::float32> adj_density_err)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        bool var_24;
        wp::float32* var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        bool var_32;
        wp::float32* var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 1.0;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32* var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        const wp::int32 var_59 = 0;
        wp::float32 var_60;
        wp::float32 var_61;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::range_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        bool adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        bool adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        //---------
        // forward
        // def compute_lambdas(x: wp.array(dtype=wp.vec3), params: PBFParams, lambdas: wp.array(dtype=float), density_err: wp.array(dtype=float)):       <L 36>
        // i = wp.tid()                                                                           <L 37>
        var_0 = builtin_tid1d();
        // xi = x[i]                                                                              <L 38>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rho = float(0.0)                                                                       <L 39>
        var_5 = wp::float(var_4);
        // grad_i = wp.vec3()                                                                     <L 40>
        var_6 = wp::vec_t<3, wp::float32>();
        // sum_grad2 = float(0.0)                                                                 <L 41>
        var_8 = wp::float(var_7);
        // for j in range(x.shape[0]):                                                            <L 42>
        var_9 = &(var_x.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_13 = wp::range(var_11);
        // C = rho / params.rest_density - 1.0                                                    <L 52>
        var_47 = &((var_params).rest_density);
        var_49 = wp::load(var_47);
        var_48 = wp::div(var_5, var_49);
        var_51 = wp::sub(var_48, var_50);
        // sum_grad2 += wp.dot(grad_i, grad_i)                                                    <L 53>
        var_52 = wp::dot(var_6, var_6);
        var_53 = wp::add(var_8, var_52);
        // lambdas[i] = -C / (sum_grad2 + params.relaxation)                                      <L 54>
        var_54 = wp::neg(var_51);
        var_55 = &((var_params).relaxation);
        var_57 = wp::load(var_55);
        var_56 = wp::add(var_53, var_57);
        var_58 = wp::div(var_54, var_56);
        // wp::array_store(var_lambdas, var_0, var_58);
        // wp.atomic_add(density_err, 0, wp.abs(C))                                               <L 55>
        var_60 = wp::abs(var_51);
        // var_61 = wp::atomic_add(var_density_err, var_59, var_60);
        //---------
        // reverse
        wp::adj_atomic_add(var_density_err, var_59, var_60, adj_density_err, adj_59, adj_60, adj_61);
        wp::adj_abs(var_51, adj_51, adj_60);
        // adj: wp.atomic_add(density_err, 0, wp.abs(C))                                          <L 55>
        wp::adj_array_store(var_lambdas, var_0, var_58, adj_lambdas, adj_0, adj_58);
        wp::adj_div(var_54, var_56, var_58, adj_54, adj_56, adj_58);
        wp::adj_add(var_53, var_57, adj_53, adj_55, adj_56);
        adj_params.relaxation += adj_55;
        wp::adj_neg(var_51, adj_51, adj_54);
        // adj: lambdas[i] = -C / (sum_grad2 + params.relaxation)                                 <L 54>
        wp::adj_add(var_8, var_52, adj_8, adj_52, adj_53);
        wp::adj_dot(var_6, var_6, adj_6, adj_6, adj_52);
        // adj: sum_grad2 += wp.dot(grad_i, grad_i)                                               <L 53>
        wp::adj_sub(var_48, var_50, adj_48, adj_50, adj_51);
        wp::adj_div(var_5, var_49, var_48, adj_5, adj_47, adj_48);
        adj_params.rest_density += adj_47;
        // adj: C = rho / params.rest_density - 1.0                                               <L 52>
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
        	adj_41 = {};
        	adj_42 = {};
        	adj_43 = {};
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
            // r = xi - x[j]                                                                      <L 43>
            var_15 = wp::address(var_x, var_14);
            var_17 = wp::load(var_15);
            var_16 = wp::sub(var_2, var_17);
            // r2 = wp.dot(r, r)                                                                  <L 44>
            var_18 = wp::dot(var_16, var_16);
            // if r2 >= params.h * params.h:                                                      <L 45>
            var_19 = &((var_params).h);
            var_20 = &((var_params).h);
            var_22 = wp::load(var_19);
            var_23 = wp::load(var_20);
            var_21 = wp::mul(var_22, var_23);
            var_24 = (var_18 >= var_21);
            if (var_24) {
                // continue                                                                       <L 46>
                goto start_for_0;
            }
            // rho += params.mass * w_poly6(r2, params.h)                                         <L 47>
            var_25 = &((var_params).mass);
            var_26 = &((var_params).h);
            var_28 = wp::load(var_26);
            var_27 = w_poly6_0(var_18, var_28);
            var_30 = wp::load(var_25);
            var_29 = wp::mul(var_30, var_27);
            var_31 = wp::add(var_5, var_29);
            // if j != i:                                                                         <L 48>
            var_32 = (var_14 != var_0);
            if (var_32) {
                // g = grad_spiky(r, params.h) * (params.mass / params.rest_density)              <L 49>
                var_33 = &((var_params).h);
                var_35 = wp::load(var_33);
                var_34 = grad_spiky_0(var_16, var_35);
                var_36 = &((var_params).mass);
                var_37 = &((var_params).rest_density);
                var_39 = wp::load(var_36);
                var_40 = wp::load(var_37);
                var_38 = wp::div(var_39, var_40);
                var_41 = wp::mul(var_34, var_38);
                // grad_i += g                                                                    <L 50>
                var_42 = wp::add(var_6, var_41);
                // sum_grad2 += wp.dot(g, g)                                                      <L 51>
                var_43 = wp::dot(var_41, var_41);
                var_44 = wp::add(var_8, var_43);
            }
            var_45 = wp::where(var_32, var_42, var_6);
            var_46 = wp::where(var_32, var_44, var_8);
            wp::assign(var_5, var_31);
            wp::assign(var_6, var_45);
            wp::assign(var_8, var_46);
            wp::adj_assign(var_8, var_46, adj_8, adj_46);
            wp::adj_assign(var_6, var_45, adj_6, adj_45);
            wp::adj_assign(var_5, var_31, adj_5, adj_31);
            wp::adj_where(var_32, var_44, var_8, adj_32, adj_44, adj_8, adj_46);
            wp::adj_where(var_32, var_42, var_6, adj_32, adj_42, adj_6, adj_45);
            if (var_32) {
                wp::adj_add(var_8, var_43, adj_8, adj_43, adj_44);
                wp::adj_dot(var_41, var_41, adj_41, adj_41, adj_43);
                // adj: sum_grad2 += wp.dot(g, g)                                                 <L 51>
                wp::adj_add(var_6, var_41, adj_6, adj_41, adj_42);
                // adj: grad_i += g                                                               <L 50>
                wp::adj_mul(var_34, var_38, adj_34, adj_38, adj_41);
                wp::adj_div(var_39, var_40, var_38, adj_36, adj_37, adj_38);
                adj_params.rest_density += adj_37;
                adj_params.mass += adj_36;
                adj_grad_spiky_0(var_16, var_35, adj_16, adj_33, adj_34);
                adj_params.h += adj_33;
                // adj: g = grad_spiky(r, params.h) * (params.mass / params.rest_density)         <L 49>
            }
            // adj: if j != i:                                                                    <L 48>
            wp::adj_add(var_5, var_29, adj_5, adj_29, adj_31);
            wp::adj_mul(var_30, var_27, adj_25, adj_27, adj_29);
            adj_w_poly6_0(var_18, var_28, adj_18, adj_26, adj_27);
            adj_params.h += adj_26;
            adj_params.mass += adj_25;
            // adj: rho += params.mass * w_poly6(r2, params.h)                                    <L 47>
            if (var_24) {
                // adj: continue                                                                  <L 46>
            }
            wp::adj_mul(var_22, var_23, adj_19, adj_20, adj_21);
            adj_params.h += adj_20;
            adj_params.h += adj_19;
            // adj: if r2 >= params.h * params.h:                                                 <L 45>
            wp::adj_dot(var_16, var_16, adj_16, adj_16, adj_18);
            // adj: r2 = wp.dot(r, r)                                                             <L 44>
            wp::adj_sub(var_2, var_17, adj_2, adj_15, adj_16);
            wp::adj_address(var_x, var_14, adj_x, adj_14, adj_15);
            // adj: r = xi - x[j]                                                                 <L 43>
        	goto start_for_0;
        end_for_0:;
        adj_x.shape = adj_9;
        // adj: for j in range(x.shape[0]):                                                       <L 42>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: sum_grad2 = float(0.0)                                                            <L 41>
        // adj: grad_i = wp.vec3()                                                                <L 40>
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: rho = float(0.0)                                                                  <L 39>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: xi = x[i]                                                                         <L 38>
        // adj: i = wp.tid()                                                                      <L 37>
        // adj: def compute_lambdas(x: wp.array(dtype=wp.vec3), params: PBFParams, lambdas: wp.array(dtype=float), density_err: wp.array(dtype=float)):  <L 36>
        continue;
    }
}



extern "C" __global__ void compute_deltas_767c4f48_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_lambdas,
    PBFParams_e2af65e9 var_params,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32* var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::shape_t* var_22;
        const wp::int32 var_23 = 0;
        wp::int32 var_24;
        wp::shape_t var_25;
        wp::range_t var_26;
        wp::int32 var_27;
        bool var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::float32* var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        bool var_38;
        const wp::float32 var_39 = 0.0;
        wp::float32 var_40;
        const wp::float32 var_41 = 0.0;
        bool var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32* var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::float32 var_57;
        wp::float32* var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        const wp::float32 var_64 = 1.0;
        wp::float32* var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::vec_t<3, wp::float32> var_68;
        //---------
        // forward
        // def compute_deltas(x: wp.array(dtype=wp.vec3), lambdas: wp.array(dtype=float), params: PBFParams, dx: wp.array(dtype=wp.vec3)):       <L 59>
        // i = wp.tid()                                                                           <L 60>
        var_0 = builtin_tid1d();
        // xi = x[i]                                                                              <L 61>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // li = lambdas[i]                                                                        <L 62>
        var_4 = wp::address(var_lambdas, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // d = wp.vec3()                                                                          <L 63>
        var_7 = wp::vec_t<3, wp::float32>();
        // w_dq = w_poly6(params.s_corr_dq * params.s_corr_dq * params.h * params.h, params.h)       <L 64>
        var_8 = &((var_params).s_corr_dq);
        var_9 = &((var_params).s_corr_dq);
        var_11 = wp::load(var_8);
        var_12 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_12);
        var_13 = &((var_params).h);
        var_15 = wp::load(var_13);
        var_14 = wp::mul(var_10, var_15);
        var_16 = &((var_params).h);
        var_18 = wp::load(var_16);
        var_17 = wp::mul(var_14, var_18);
        var_19 = &((var_params).h);
        var_21 = wp::load(var_19);
        var_20 = w_poly6_0(var_17, var_21);
        // for j in range(x.shape[0]):                                                            <L 65>
        var_22 = &(var_x.shape);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_26 = wp::range(var_24);
        start_for_0:;
            if (iter_cmp(var_26) == 0) goto end_for_0;
            var_27 = wp::iter_next(var_26);
            // if j == i:                                                                         <L 66>
            var_28 = (var_27 == var_0);
            if (var_28) {
                // continue                                                                       <L 67>
                goto start_for_0;
            }
            // r = xi - x[j]                                                                      <L 68>
            var_29 = wp::address(var_x, var_27);
            var_31 = wp::load(var_29);
            var_30 = wp::sub(var_2, var_31);
            // r2 = wp.dot(r, r)                                                                  <L 69>
            var_32 = wp::dot(var_30, var_30);
            // if r2 >= params.h * params.h:                                                      <L 70>
            var_33 = &((var_params).h);
            var_34 = &((var_params).h);
            var_36 = wp::load(var_33);
            var_37 = wp::load(var_34);
            var_35 = wp::mul(var_36, var_37);
            var_38 = (var_32 >= var_35);
            if (var_38) {
                // continue                                                                       <L 71>
                goto start_for_0;
            }
            // s_corr = float(0.0)                                                                <L 72>
            var_40 = wp::float(var_39);
            // if w_dq > 0.0:                                                                     <L 73>
            var_42 = (var_20 > var_41);
            if (var_42) {
                // s_corr = -params.s_corr_k * wp.pow(w_poly6(r2, params.h) / w_dq, params.s_corr_n)       <L 74>
                var_43 = &((var_params).s_corr_k);
                var_45 = wp::load(var_43);
                var_44 = wp::neg(var_45);
                var_46 = &((var_params).h);
                var_48 = wp::load(var_46);
                var_47 = w_poly6_0(var_32, var_48);
                var_49 = wp::div(var_47, var_20);
                var_50 = &((var_params).s_corr_n);
                var_52 = wp::load(var_50);
                var_51 = wp::pow(var_49, var_52);
                var_53 = wp::mul(var_44, var_51);
            }
            var_54 = wp::where(var_42, var_53, var_40);
            // d += grad_spiky(r, params.h) * (li + lambdas[j] + s_corr)                          <L 75>
            var_55 = &((var_params).h);
            var_57 = wp::load(var_55);
            var_56 = grad_spiky_0(var_30, var_57);
            var_58 = wp::address(var_lambdas, var_27);
            var_60 = wp::load(var_58);
            var_59 = wp::add(var_5, var_60);
            var_61 = wp::add(var_59, var_54);
            var_62 = wp::mul(var_56, var_61);
            var_63 = wp::add(var_7, var_62);
            wp::assign(var_7, var_63);
            goto start_for_0;
        end_for_0:;
        // dx[i] = d * (1.0 / params.rest_density)                                                <L 76>
        var_65 = &((var_params).rest_density);
        var_67 = wp::load(var_65);
        var_66 = wp::div(var_64, var_67);
        var_68 = wp::mul(var_7, var_66);
        wp::array_store(var_dx, var_0, var_68);
    }
}



extern "C" __global__ void compute_deltas_767c4f48_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_lambdas,
    PBFParams_e2af65e9 var_params,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_lambdas,
    PBFParams_e2af65e9 adj_params,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dx)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32* var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::shape_t* var_22;
        const wp::int32 var_23 = 0;
        wp::int32 var_24;
        wp::shape_t var_25;
        wp::range_t var_26;
        wp::int32 var_27;
        bool var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::float32* var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        bool var_38;
        const wp::float32 var_39 = 0.0;
        wp::float32 var_40;
        const wp::float32 var_41 = 0.0;
        bool var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32* var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::float32 var_57;
        wp::float32* var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        const wp::float32 var_64 = 1.0;
        wp::float32* var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::vec_t<3, wp::float32> var_68;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::shape_t adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::shape_t adj_25 = {};
        wp::range_t adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        bool adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        bool adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        //---------
        // forward
        // def compute_deltas(x: wp.array(dtype=wp.vec3), lambdas: wp.array(dtype=float), params: PBFParams, dx: wp.array(dtype=wp.vec3)):       <L 59>
        // i = wp.tid()                                                                           <L 60>
        var_0 = builtin_tid1d();
        // xi = x[i]                                                                              <L 61>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // li = lambdas[i]                                                                        <L 62>
        var_4 = wp::address(var_lambdas, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // d = wp.vec3()                                                                          <L 63>
        var_7 = wp::vec_t<3, wp::float32>();
        // w_dq = w_poly6(params.s_corr_dq * params.s_corr_dq * params.h * params.h, params.h)       <L 64>
        var_8 = &((var_params).s_corr_dq);
        var_9 = &((var_params).s_corr_dq);
        var_11 = wp::load(var_8);
        var_12 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_12);
        var_13 = &((var_params).h);
        var_15 = wp::load(var_13);
        var_14 = wp::mul(var_10, var_15);
        var_16 = &((var_params).h);
        var_18 = wp::load(var_16);
        var_17 = wp::mul(var_14, var_18);
        var_19 = &((var_params).h);
        var_21 = wp::load(var_19);
        var_20 = w_poly6_0(var_17, var_21);
        // for j in range(x.shape[0]):                                                            <L 65>
        var_22 = &(var_x.shape);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_26 = wp::range(var_24);
        // dx[i] = d * (1.0 / params.rest_density)                                                <L 76>
        var_65 = &((var_params).rest_density);
        var_67 = wp::load(var_65);
        var_66 = wp::div(var_64, var_67);
        var_68 = wp::mul(var_7, var_66);
        // wp::array_store(var_dx, var_0, var_68);
        //---------
        // reverse
        wp::adj_array_store(var_dx, var_0, var_68, adj_dx, adj_0, adj_68);
        wp::adj_mul(var_7, var_66, adj_7, adj_66, adj_68);
        wp::adj_div(var_64, var_67, var_66, adj_64, adj_65, adj_66);
        adj_params.rest_density += adj_65;
        // adj: dx[i] = d * (1.0 / params.rest_density)                                           <L 76>
        var_26 = wp::iter_reverse(var_26);
        start_for_0:;
            if (iter_cmp(var_26) == 0) goto end_for_0;
            var_27 = wp::iter_next(var_26);
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
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
            // if j == i:                                                                         <L 66>
            var_28 = (var_27 == var_0);
            if (var_28) {
                // continue                                                                       <L 67>
                goto start_for_0;
            }
            // r = xi - x[j]                                                                      <L 68>
            var_29 = wp::address(var_x, var_27);
            var_31 = wp::load(var_29);
            var_30 = wp::sub(var_2, var_31);
            // r2 = wp.dot(r, r)                                                                  <L 69>
            var_32 = wp::dot(var_30, var_30);
            // if r2 >= params.h * params.h:                                                      <L 70>
            var_33 = &((var_params).h);
            var_34 = &((var_params).h);
            var_36 = wp::load(var_33);
            var_37 = wp::load(var_34);
            var_35 = wp::mul(var_36, var_37);
            var_38 = (var_32 >= var_35);
            if (var_38) {
                // continue                                                                       <L 71>
                goto start_for_0;
            }
            // s_corr = float(0.0)                                                                <L 72>
            var_40 = wp::float(var_39);
            // if w_dq > 0.0:                                                                     <L 73>
            var_42 = (var_20 > var_41);
            if (var_42) {
                // s_corr = -params.s_corr_k * wp.pow(w_poly6(r2, params.h) / w_dq, params.s_corr_n)       <L 74>
                var_43 = &((var_params).s_corr_k);
                var_45 = wp::load(var_43);
                var_44 = wp::neg(var_45);
                var_46 = &((var_params).h);
                var_48 = wp::load(var_46);
                var_47 = w_poly6_0(var_32, var_48);
                var_49 = wp::div(var_47, var_20);
                var_50 = &((var_params).s_corr_n);
                var_52 = wp::load(var_50);
                var_51 = wp::pow(var_49, var_52);
                var_53 = wp::mul(var_44, var_51);
            }
            var_54 = wp::where(var_42, var_53, var_40);
            // d += grad_spiky(r, params.h) * (li + lambdas[j] + s_corr)                          <L 75>
            var_55 = &((var_params).h);
            var_57 = wp::load(var_55);
            var_56 = grad_spiky_0(var_30, var_57);
            var_58 = wp::address(var_lambdas, var_27);
            var_60 = wp::load(var_58);
            var_59 = wp::add(var_5, var_60);
            var_61 = wp::add(var_59, var_54);
            var_62 = wp::mul(var_56, var_61);
            var_63 = wp::add(var_7, var_62);
            wp::assign(var_7, var_63);
            wp::adj_assign(var_7, var_63, adj_7, adj_63);
            wp::adj_add(var_7, var_62, adj_7, adj_62, adj_63);
            wp::adj_mul(var_56, var_61, adj_56, adj_61, adj_62);
            wp::adj_add(var_59, var_54, adj_59, adj_54, adj_61);
            wp::adj_add(var_5, var_60, adj_5, adj_58, adj_59);
            wp::adj_address(var_lambdas, var_27, adj_lambdas, adj_27, adj_58);
            adj_grad_spiky_0(var_30, var_57, adj_30, adj_55, adj_56);
            adj_params.h += adj_55;
            // adj: d += grad_spiky(r, params.h) * (li + lambdas[j] + s_corr)                     <L 75>
            wp::adj_where(var_42, var_53, var_40, adj_42, adj_53, adj_40, adj_54);
            if (var_42) {
                wp::adj_mul(var_44, var_51, adj_44, adj_51, adj_53);
                wp::adj_pow(var_49, var_52, var_51, adj_49, adj_50, adj_51);
                adj_params.s_corr_n += adj_50;
                wp::adj_div(var_47, var_20, var_49, adj_47, adj_20, adj_49);
                adj_w_poly6_0(var_32, var_48, adj_32, adj_46, adj_47);
                adj_params.h += adj_46;
                wp::adj_neg(var_45, adj_43, adj_44);
                adj_params.s_corr_k += adj_43;
                // adj: s_corr = -params.s_corr_k * wp.pow(w_poly6(r2, params.h) / w_dq, params.s_corr_n)  <L 74>
            }
            // adj: if w_dq > 0.0:                                                                <L 73>
            wp::adj_float(var_39, adj_39, adj_40);
            // adj: s_corr = float(0.0)                                                           <L 72>
            if (var_38) {
                // adj: continue                                                                  <L 71>
            }
            wp::adj_mul(var_36, var_37, adj_33, adj_34, adj_35);
            adj_params.h += adj_34;
            adj_params.h += adj_33;
            // adj: if r2 >= params.h * params.h:                                                 <L 70>
            wp::adj_dot(var_30, var_30, adj_30, adj_30, adj_32);
            // adj: r2 = wp.dot(r, r)                                                             <L 69>
            wp::adj_sub(var_2, var_31, adj_2, adj_29, adj_30);
            wp::adj_address(var_x, var_27, adj_x, adj_27, adj_29);
            // adj: r = xi - x[j]                                                                 <L 68>
            if (var_28) {
                // adj: continue                                                                  <L 67>
            }
            // adj: if j == i:                                                                    <L 66>
        	goto start_for_0;
        end_for_0:;
        adj_x.shape = adj_22;
        // adj: for j in range(x.shape[0]):                                                       <L 65>
        adj_w_poly6_0(var_17, var_21, adj_17, adj_19, adj_20);
        adj_params.h += adj_19;
        wp::adj_mul(var_14, var_18, adj_14, adj_16, adj_17);
        adj_params.h += adj_16;
        wp::adj_mul(var_10, var_15, adj_10, adj_13, adj_14);
        adj_params.h += adj_13;
        wp::adj_mul(var_11, var_12, adj_8, adj_9, adj_10);
        adj_params.s_corr_dq += adj_9;
        adj_params.s_corr_dq += adj_8;
        // adj: w_dq = w_poly6(params.s_corr_dq * params.s_corr_dq * params.h * params.h, params.h)  <L 64>
        // adj: d = wp.vec3()                                                                     <L 63>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_lambdas, var_0, adj_lambdas, adj_0, adj_4);
        // adj: li = lambdas[i]                                                                   <L 62>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: xi = x[i]                                                                         <L 61>
        // adj: i = wp.tid()                                                                      <L 60>
        // adj: def compute_deltas(x: wp.array(dtype=wp.vec3), lambdas: wp.array(dtype=float), params: PBFParams, dx: wp.array(dtype=wp.vec3)):  <L 59>
        continue;
    }
}



extern "C" __global__ void apply_deltas_box_f73b394e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx,
    wp::vec_t<3, wp::float32> var_lo,
    wp::vec_t<3, wp::float32> var_hi)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def apply_deltas_box(x: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3):       <L 80>
        // i = wp.tid()                                                                           <L 81>
        var_0 = builtin_tid1d();
        // p = x[i] + dx[i]                                                                       <L 82>
        var_1 = wp::address(var_x, var_0);
        var_2 = wp::address(var_dx, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::add(var_4, var_5);
        // x[i] = wp.min(wp.max(p, lo), hi)                                                       <L 83>
        var_6 = wp::max(var_3, var_lo);
        var_7 = wp::min(var_6, var_hi);
        wp::array_store(var_x, var_0, var_7);
    }
}



extern "C" __global__ void apply_deltas_box_f73b394e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx,
    wp::vec_t<3, wp::float32> var_lo,
    wp::vec_t<3, wp::float32> var_hi,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dx,
    wp::vec_t<3, wp::float32> adj_lo,
    wp::vec_t<3, wp::float32> adj_hi)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        //---------
        // forward
        // def apply_deltas_box(x: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3):       <L 80>
        // i = wp.tid()                                                                           <L 81>
        var_0 = builtin_tid1d();
        // p = x[i] + dx[i]                                                                       <L 82>
        var_1 = wp::address(var_x, var_0);
        var_2 = wp::address(var_dx, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::add(var_4, var_5);
        // x[i] = wp.min(wp.max(p, lo), hi)                                                       <L 83>
        var_6 = wp::max(var_3, var_lo);
        var_7 = wp::min(var_6, var_hi);
        // wp::array_store(var_x, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_x, var_0, var_7, adj_x, adj_0, adj_7);
        wp::adj_min(var_6, var_hi, adj_6, adj_hi, adj_7);
        wp::adj_max(var_3, var_lo, adj_3, adj_lo, adj_6);
        // adj: x[i] = wp.min(wp.max(p, lo), hi)                                                  <L 83>
        wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_dx, var_0, adj_dx, adj_0, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: p = x[i] + dx[i]                                                                  <L 82>
        // adj: i = wp.tid()                                                                      <L 81>
        // adj: def apply_deltas_box(x: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), lo: wp.vec3, hi: wp.vec3):  <L 80>
        continue;
    }
}



extern "C" __global__ void xsph_viscosity_6a7c33c7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    PBFParams_e2af65e9 var_params,
    wp::float32 var_c,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out)
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
        wp::vec_t<3, wp::float32> var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::range_t var_6;
        wp::int32 var_7;
        bool var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32>* var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        //---------
        // forward
        // def xsph_viscosity(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), params: PBFParams, c: float, v_out: wp.array(dtype=wp.vec3)):       <L 87>
        // i = wp.tid()                                                                           <L 88>
        var_0 = builtin_tid1d();
        // acc = wp.vec3()                                                                        <L 89>
        var_1 = wp::vec_t<3, wp::float32>();
        // for j in range(x.shape[0]):                                                            <L 90>
        var_2 = &(var_x.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = wp::range(var_4);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // if j == i:                                                                         <L 91>
            var_8 = (var_7 == var_0);
            if (var_8) {
                // continue                                                                       <L 92>
                goto start_for_0;
            }
            // r2 = wp.length_sq(x[i] - x[j])                                                     <L 93>
            var_9 = wp::address(var_x, var_0);
            var_10 = wp::address(var_x, var_7);
            var_12 = wp::load(var_9);
            var_13 = wp::load(var_10);
            var_11 = wp::sub(var_12, var_13);
            var_14 = wp::length_sq(var_11);
            // acc += (v[j] - v[i]) * w_poly6(r2, params.h)                                       <L 94>
            var_15 = wp::address(var_v, var_7);
            var_16 = wp::address(var_v, var_0);
            var_18 = wp::load(var_15);
            var_19 = wp::load(var_16);
            var_17 = wp::sub(var_18, var_19);
            var_20 = &((var_params).h);
            var_22 = wp::load(var_20);
            var_21 = w_poly6_0(var_14, var_22);
            var_23 = wp::mul(var_17, var_21);
            var_24 = wp::add(var_1, var_23);
            wp::assign(var_1, var_24);
            goto start_for_0;
        end_for_0:;
        // v_out[i] = v[i] + acc * c                                                              <L 95>
        var_25 = wp::address(var_v, var_0);
        var_26 = wp::mul(var_1, var_c);
        var_28 = wp::load(var_25);
        var_27 = wp::add(var_28, var_26);
        wp::array_store(var_v_out, var_0, var_27);
    }
}



extern "C" __global__ void xsph_viscosity_6a7c33c7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    PBFParams_e2af65e9 var_params,
    wp::float32 var_c,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    PBFParams_e2af65e9 adj_params,
    wp::float32 adj_c,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out)
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
        wp::vec_t<3, wp::float32> var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::range_t var_6;
        wp::int32 var_7;
        bool var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32>* var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::range_t adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        //---------
        // forward
        // def xsph_viscosity(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), params: PBFParams, c: float, v_out: wp.array(dtype=wp.vec3)):       <L 87>
        // i = wp.tid()                                                                           <L 88>
        var_0 = builtin_tid1d();
        // acc = wp.vec3()                                                                        <L 89>
        var_1 = wp::vec_t<3, wp::float32>();
        // for j in range(x.shape[0]):                                                            <L 90>
        var_2 = &(var_x.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = wp::range(var_4);
        // v_out[i] = v[i] + acc * c                                                              <L 95>
        var_25 = wp::address(var_v, var_0);
        var_26 = wp::mul(var_1, var_c);
        var_28 = wp::load(var_25);
        var_27 = wp::add(var_28, var_26);
        // wp::array_store(var_v_out, var_0, var_27);
        //---------
        // reverse
        wp::adj_array_store(var_v_out, var_0, var_27, adj_v_out, adj_0, adj_27);
        wp::adj_add(var_28, var_26, adj_25, adj_26, adj_27);
        wp::adj_mul(var_1, var_c, adj_1, adj_c, adj_26);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_25);
        // adj: v_out[i] = v[i] + acc * c                                                         <L 95>
        var_6 = wp::iter_reverse(var_6);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
        	adj_8 = {};
        	adj_9 = {};
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
            // if j == i:                                                                         <L 91>
            var_8 = (var_7 == var_0);
            if (var_8) {
                // continue                                                                       <L 92>
                goto start_for_0;
            }
            // r2 = wp.length_sq(x[i] - x[j])                                                     <L 93>
            var_9 = wp::address(var_x, var_0);
            var_10 = wp::address(var_x, var_7);
            var_12 = wp::load(var_9);
            var_13 = wp::load(var_10);
            var_11 = wp::sub(var_12, var_13);
            var_14 = wp::length_sq(var_11);
            // acc += (v[j] - v[i]) * w_poly6(r2, params.h)                                       <L 94>
            var_15 = wp::address(var_v, var_7);
            var_16 = wp::address(var_v, var_0);
            var_18 = wp::load(var_15);
            var_19 = wp::load(var_16);
            var_17 = wp::sub(var_18, var_19);
            var_20 = &((var_params).h);
            var_22 = wp::load(var_20);
            var_21 = w_poly6_0(var_14, var_22);
            var_23 = wp::mul(var_17, var_21);
            var_24 = wp::add(var_1, var_23);
            wp::assign(var_1, var_24);
            wp::adj_assign(var_1, var_24, adj_1, adj_24);
            wp::adj_add(var_1, var_23, adj_1, adj_23, adj_24);
            wp::adj_mul(var_17, var_21, adj_17, adj_21, adj_23);
            adj_w_poly6_0(var_14, var_22, adj_14, adj_20, adj_21);
            adj_params.h += adj_20;
            wp::adj_sub(var_18, var_19, adj_15, adj_16, adj_17);
            wp::adj_address(var_v, var_0, adj_v, adj_0, adj_16);
            wp::adj_address(var_v, var_7, adj_v, adj_7, adj_15);
            // adj: acc += (v[j] - v[i]) * w_poly6(r2, params.h)                                  <L 94>
            wp::adj_length_sq(var_11, adj_11, adj_14);
            wp::adj_sub(var_12, var_13, adj_9, adj_10, adj_11);
            wp::adj_address(var_x, var_7, adj_x, adj_7, adj_10);
            wp::adj_address(var_x, var_0, adj_x, adj_0, adj_9);
            // adj: r2 = wp.length_sq(x[i] - x[j])                                                <L 93>
            if (var_8) {
                // adj: continue                                                                  <L 92>
            }
            // adj: if j == i:                                                                    <L 91>
        	goto start_for_0;
        end_for_0:;
        adj_x.shape = adj_2;
        // adj: for j in range(x.shape[0]):                                                       <L 90>
        // adj: acc = wp.vec3()                                                                   <L 89>
        // adj: i = wp.tid()                                                                      <L 88>
        // adj: def xsph_viscosity(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), params: PBFParams, c: float, v_out: wp.array(dtype=wp.vec3)):  <L 87>
        continue;
    }
}

