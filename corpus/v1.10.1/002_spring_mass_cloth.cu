
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


struct Spring_7013fb3c
{
    wp::int32 i;
    wp::int32 j;
    wp::float32 rest_length;
    wp::float32 stiffness;
    wp::float32 damping;


    Spring_7013fb3c() = default;
    CUDA_CALLABLE Spring_7013fb3c(wp::int32 const& i,
    wp::int32 const& j = {},
    wp::float32 const& rest_length = {},
    wp::float32 const& stiffness = {},
    wp::float32 const& damping = {})
        : i{i}
        , j{j}
        , rest_length{rest_length}
        , stiffness{stiffness}
        , damping{damping}

    {
    }

    CUDA_CALLABLE Spring_7013fb3c& operator += (const Spring_7013fb3c& rhs)
    {    i += rhs.i;
    j += rhs.j;
    rest_length += rhs.rest_length;
    stiffness += rhs.stiffness;
    damping += rhs.damping;

        return *this;}

};

static CUDA_CALLABLE void adj_Spring_7013fb3c(wp::int32 const&,
    wp::int32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float32 & adj_rest_length,
    wp::float32 & adj_stiffness,
    wp::float32 & adj_damping,
    Spring_7013fb3c & adj_ret)
{
    adj_i += adj_ret.i;
    adj_j += adj_ret.j;
    adj_rest_length += adj_ret.rest_length;
    adj_stiffness += adj_ret.stiffness;
    adj_damping += adj_ret.damping;
}

// Required when compiling adjoints.
CUDA_CALLABLE Spring_7013fb3c add(const Spring_7013fb3c& a, const Spring_7013fb3c& b)
{
    return Spring_7013fb3c();
}

CUDA_CALLABLE void adj_atomic_add(Spring_7013fb3c* p, Spring_7013fb3c t)
{
    wp::adj_atomic_add(&p->i, t.i);
    wp::adj_atomic_add(&p->j, t.j);
    wp::adj_atomic_add(&p->rest_length, t.rest_length);
    wp::adj_atomic_add(&p->stiffness, t.stiffness);
    wp::adj_atomic_add(&p->damping, t.damping);
}



// corpus/002_spring_mass_cloth.py:13
static CUDA_CALLABLE wp::vec_t<3, wp::float32> spring_force_0(
    wp::vec_t<3, wp::float32> var_xi,
    wp::vec_t<3, wp::float32> var_xj,
    wp::vec_t<3, wp::float32> var_vi,
    wp::vec_t<3, wp::float32> var_vj,
    Spring_7013fb3c var_s)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1e-06;
    bool var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // forward
    // def spring_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, s: Spring) -> wp.vec3:       <L 14>
    // d = xj - xi                                                                            <L 15>
    var_0 = wp::sub(var_xj, var_xi);
    // l = wp.length(d)                                                                       <L 16>
    var_1 = wp::length(var_0);
    // if l < 1.0e-6:                                                                         <L 17>
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return wp.vec3()                                                                   <L 18>
        var_4 = wp::vec_t<3, wp::float32>();
        return var_4;
    }
    // dir = d / l                                                                            <L 19>
    var_5 = wp::div(var_0, var_1);
    // stretch = l - s.rest_length                                                            <L 20>
    var_6 = &(var_s.rest_length);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_1, var_8);
    // rel_v = wp.dot(vj - vi, dir)                                                           <L 21>
    var_9 = wp::sub(var_vj, var_vi);
    var_10 = wp::dot(var_9, var_5);
    // return dir * (s.stiffness * stretch + s.damping * rel_v)                               <L 22>
    var_11 = &(var_s.stiffness);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_13, var_7);
    var_14 = &(var_s.damping);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_16, var_10);
    var_17 = wp::add(var_12, var_15);
    var_18 = wp::mul(var_5, var_17);
    return var_18;
}


// corpus/002_spring_mass_cloth.py:13
static CUDA_CALLABLE void adj_spring_force_0(
    wp::vec_t<3, wp::float32> var_xi,
    wp::vec_t<3, wp::float32> var_xj,
    wp::vec_t<3, wp::float32> var_vi,
    wp::vec_t<3, wp::float32> var_vj,
    Spring_7013fb3c var_s,
    wp::vec_t<3, wp::float32> & adj_xi,
    wp::vec_t<3, wp::float32> & adj_xj,
    wp::vec_t<3, wp::float32> & adj_vi,
    wp::vec_t<3, wp::float32> & adj_vj,
    Spring_7013fb3c & adj_s,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1e-06;
    bool var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    //---------
    // forward
    // def spring_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, s: Spring) -> wp.vec3:       <L 14>
    // d = xj - xi                                                                            <L 15>
    var_0 = wp::sub(var_xj, var_xi);
    // l = wp.length(d)                                                                       <L 16>
    var_1 = wp::length(var_0);
    // if l < 1.0e-6:                                                                         <L 17>
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return wp.vec3()                                                                   <L 18>
        var_4 = wp::vec_t<3, wp::float32>();
        goto label0;
    }
    // dir = d / l                                                                            <L 19>
    var_5 = wp::div(var_0, var_1);
    // stretch = l - s.rest_length                                                            <L 20>
    var_6 = &(var_s.rest_length);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_1, var_8);
    // rel_v = wp.dot(vj - vi, dir)                                                           <L 21>
    var_9 = wp::sub(var_vj, var_vi);
    var_10 = wp::dot(var_9, var_5);
    // return dir * (s.stiffness * stretch + s.damping * rel_v)                               <L 22>
    var_11 = &(var_s.stiffness);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_13, var_7);
    var_14 = &(var_s.damping);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_16, var_10);
    var_17 = wp::add(var_12, var_15);
    var_18 = wp::mul(var_5, var_17);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_18 += adj_ret;
    wp::adj_mul(var_5, var_17, adj_5, adj_17, adj_18);
    wp::adj_add(var_12, var_15, adj_12, adj_15, adj_17);
    wp::adj_mul(var_16, var_10, adj_14, adj_10, adj_15);
    adj_s.damping += adj_14;
    wp::adj_mul(var_13, var_7, adj_11, adj_7, adj_12);
    adj_s.stiffness += adj_11;
    // adj: return dir * (s.stiffness * stretch + s.damping * rel_v)                          <L 22>
    wp::adj_dot(var_9, var_5, adj_9, adj_5, adj_10);
    wp::adj_sub(var_vj, var_vi, adj_vj, adj_vi, adj_9);
    // adj: rel_v = wp.dot(vj - vi, dir)                                                      <L 21>
    wp::adj_sub(var_1, var_8, adj_1, adj_6, adj_7);
    adj_s.rest_length += adj_6;
    // adj: stretch = l - s.rest_length                                                       <L 20>
    wp::adj_div(var_0, var_1, adj_0, adj_1, adj_5);
    // adj: dir = d / l                                                                       <L 19>
    if (var_3) {
        label0:;
        adj_4 += adj_ret;
        // adj: return wp.vec3()                                                              <L 18>
    }
    // adj: if l < 1.0e-6:                                                                    <L 17>
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    // adj: l = wp.length(d)                                                                  <L 16>
    wp::adj_sub(var_xj, var_xi, adj_xj, adj_xi, adj_0);
    // adj: d = xj - xi                                                                       <L 15>
    // adj: def spring_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, s: Spring) -> wp.vec3:  <L 14>
    return;
}



extern "C" __global__ void eval_springs_c19db3cd_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<Spring_7013fb3c> var_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::float32> var_strain)
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
        Spring_7013fb3c* var_1;
        Spring_7013fb3c var_2;
        Spring_7013fb3c var_3;
        wp::int32* var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::int32 var_6;
        wp::int32* var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::int32 var_12;
        wp::int32* var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::int32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::int32* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::int32 var_23;
        wp::int32* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::int32 var_26;
        wp::int32* var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::int32 var_29;
        wp::int32* var_30;
        wp::vec_t<3, wp::float32>* var_31;
        wp::int32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::float32 var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 1.0;
        wp::float32 var_41;
        //---------
        // forward
        // def eval_springs(                                                                      <L 26>
        // tid = wp.tid()                                                                         <L 33>
        var_0 = builtin_tid1d();
        // s = springs[tid]                                                                       <L 34>
        var_1 = wp::address(var_springs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // fs = spring_force(x[s.i], x[s.j], v[s.i], v[s.j], s)                                   <L 35>
        var_4 = &(var_2.i);
        var_6 = wp::load(var_4);
        var_5 = wp::address(var_x, var_6);
        var_7 = &(var_2.j);
        var_9 = wp::load(var_7);
        var_8 = wp::address(var_x, var_9);
        var_10 = &(var_2.i);
        var_12 = wp::load(var_10);
        var_11 = wp::address(var_v, var_12);
        var_13 = &(var_2.j);
        var_15 = wp::load(var_13);
        var_14 = wp::address(var_v, var_15);
        var_17 = wp::load(var_5);
        var_18 = wp::load(var_8);
        var_19 = wp::load(var_11);
        var_20 = wp::load(var_14);
        var_16 = spring_force_0(var_17, var_18, var_19, var_20, var_2);
        // wp.atomic_add(f, s.i, fs)                                                              <L 36>
        var_21 = &(var_2.i);
        var_23 = wp::load(var_21);
        var_22 = wp::atomic_add(var_f, var_23, var_16);
        // wp.atomic_sub(f, s.j, fs)                                                              <L 37>
        var_24 = &(var_2.j);
        var_26 = wp::load(var_24);
        var_25 = wp::atomic_sub(var_f, var_26, var_16);
        // strain[tid] = wp.length(x[s.j] - x[s.i]) / s.rest_length - 1.0                         <L 38>
        var_27 = &(var_2.j);
        var_29 = wp::load(var_27);
        var_28 = wp::address(var_x, var_29);
        var_30 = &(var_2.i);
        var_32 = wp::load(var_30);
        var_31 = wp::address(var_x, var_32);
        var_34 = wp::load(var_28);
        var_35 = wp::load(var_31);
        var_33 = wp::sub(var_34, var_35);
        var_36 = wp::length(var_33);
        var_37 = &(var_2.rest_length);
        var_39 = wp::load(var_37);
        var_38 = wp::div(var_36, var_39);
        var_41 = wp::sub(var_38, var_40);
        wp::array_store(var_strain, var_0, var_41);
    }
}



extern "C" __global__ void eval_springs_c19db3cd_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<Spring_7013fb3c> var_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::float32> var_strain,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<Spring_7013fb3c> adj_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f,
    wp::array_t<wp::float32> adj_strain)
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
        Spring_7013fb3c* var_1;
        Spring_7013fb3c var_2;
        Spring_7013fb3c var_3;
        wp::int32* var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::int32 var_6;
        wp::int32* var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::int32 var_12;
        wp::int32* var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::int32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::int32* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::int32 var_23;
        wp::int32* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::int32 var_26;
        wp::int32* var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::int32 var_29;
        wp::int32* var_30;
        wp::vec_t<3, wp::float32>* var_31;
        wp::int32 var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::float32 var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 1.0;
        wp::float32 var_41;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Spring_7013fb3c adj_1 = {};
        Spring_7013fb3c adj_2 = {};
        Spring_7013fb3c adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::int32 adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        //---------
        // forward
        // def eval_springs(                                                                      <L 26>
        // tid = wp.tid()                                                                         <L 33>
        var_0 = builtin_tid1d();
        // s = springs[tid]                                                                       <L 34>
        var_1 = wp::address(var_springs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // fs = spring_force(x[s.i], x[s.j], v[s.i], v[s.j], s)                                   <L 35>
        var_4 = &(var_2.i);
        var_6 = wp::load(var_4);
        var_5 = wp::address(var_x, var_6);
        var_7 = &(var_2.j);
        var_9 = wp::load(var_7);
        var_8 = wp::address(var_x, var_9);
        var_10 = &(var_2.i);
        var_12 = wp::load(var_10);
        var_11 = wp::address(var_v, var_12);
        var_13 = &(var_2.j);
        var_15 = wp::load(var_13);
        var_14 = wp::address(var_v, var_15);
        var_17 = wp::load(var_5);
        var_18 = wp::load(var_8);
        var_19 = wp::load(var_11);
        var_20 = wp::load(var_14);
        var_16 = spring_force_0(var_17, var_18, var_19, var_20, var_2);
        // wp.atomic_add(f, s.i, fs)                                                              <L 36>
        var_21 = &(var_2.i);
        var_23 = wp::load(var_21);
        // var_22 = wp::atomic_add(var_f, var_23, var_16);
        // wp.atomic_sub(f, s.j, fs)                                                              <L 37>
        var_24 = &(var_2.j);
        var_26 = wp::load(var_24);
        // var_25 = wp::atomic_sub(var_f, var_26, var_16);
        // strain[tid] = wp.length(x[s.j] - x[s.i]) / s.rest_length - 1.0                         <L 38>
        var_27 = &(var_2.j);
        var_29 = wp::load(var_27);
        var_28 = wp::address(var_x, var_29);
        var_30 = &(var_2.i);
        var_32 = wp::load(var_30);
        var_31 = wp::address(var_x, var_32);
        var_34 = wp::load(var_28);
        var_35 = wp::load(var_31);
        var_33 = wp::sub(var_34, var_35);
        var_36 = wp::length(var_33);
        var_37 = &(var_2.rest_length);
        var_39 = wp::load(var_37);
        var_38 = wp::div(var_36, var_39);
        var_41 = wp::sub(var_38, var_40);
        // wp::array_store(var_strain, var_0, var_41);
        //---------
        // reverse
        wp::adj_array_store(var_strain, var_0, var_41, adj_strain, adj_0, adj_41);
        wp::adj_sub(var_38, var_40, adj_38, adj_40, adj_41);
        wp::adj_div(var_36, var_39, var_38, adj_36, adj_37, adj_38);
        adj_2.rest_length += adj_37;
        wp::adj_length(var_33, var_36, adj_33, adj_36);
        wp::adj_sub(var_34, var_35, adj_28, adj_31, adj_33);
        wp::adj_address(var_x, var_32, adj_x, adj_30, adj_31);
        adj_2.i = adj_30;
        wp::adj_address(var_x, var_29, adj_x, adj_27, adj_28);
        adj_2.j = adj_27;
        // adj: strain[tid] = wp.length(x[s.j] - x[s.i]) / s.rest_length - 1.0                    <L 38>
        wp::adj_atomic_sub(var_f, var_26, var_16, adj_f, adj_24, adj_16, adj_25);
        adj_2.j = adj_24;
        // adj: wp.atomic_sub(f, s.j, fs)                                                         <L 37>
        wp::adj_atomic_add(var_f, var_23, var_16, adj_f, adj_21, adj_16, adj_22);
        adj_2.i = adj_21;
        // adj: wp.atomic_add(f, s.i, fs)                                                         <L 36>
        adj_spring_force_0(var_17, var_18, var_19, var_20, var_2, adj_5, adj_8, adj_11, adj_14, adj_2, adj_16);
        wp::adj_address(var_v, var_15, adj_v, adj_13, adj_14);
        adj_2.j = adj_13;
        wp::adj_address(var_v, var_12, adj_v, adj_10, adj_11);
        adj_2.i = adj_10;
        wp::adj_address(var_x, var_9, adj_x, adj_7, adj_8);
        adj_2.j = adj_7;
        wp::adj_address(var_x, var_6, adj_x, adj_4, adj_5);
        adj_2.i = adj_4;
        // adj: fs = spring_force(x[s.i], x[s.j], v[s.i], v[s.j], s)                              <L 35>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_springs, var_0, adj_springs, adj_0, adj_1);
        // adj: s = springs[tid]                                                                  <L 34>
        // adj: tid = wp.tid()                                                                    <L 33>
        // adj: def eval_springs(                                                                 <L 26>
        continue;
    }
}



extern "C" __global__ void integrate_cloth_fb7ca720_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::float32> var_inv_mass,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_dt)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // forward
        // def integrate_cloth(                                                                   <L 42>
        // tid = wp.tid()                                                                         <L 50>
        var_0 = builtin_tid1d();
        // w = inv_mass[tid]                                                                      <L 51>
        var_1 = wp::address(var_inv_mass, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if w == 0.0:                                                                           <L 52>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // v[tid] = wp.vec3()                                                                 <L 53>
            var_6 = wp::vec_t<3, wp::float32>();
            wp::array_store(var_v, var_0, var_6);
            // f[tid] = wp.vec3()                                                                 <L 54>
            var_7 = wp::vec_t<3, wp::float32>();
            wp::array_store(var_f, var_0, var_7);
            // return                                                                             <L 55>
            continue;
        }
        // vel = v[tid] + (f[tid] * w + gravity) * dt                                             <L 56>
        var_8 = wp::address(var_v, var_0);
        var_9 = wp::address(var_f, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_2);
        var_12 = wp::add(var_10, var_gravity);
        var_13 = wp::mul(var_12, var_dt);
        var_15 = wp::load(var_8);
        var_14 = wp::add(var_15, var_13);
        // x[tid] = x[tid] + vel * dt                                                             <L 57>
        var_16 = wp::address(var_x, var_0);
        var_17 = wp::mul(var_14, var_dt);
        var_19 = wp::load(var_16);
        var_18 = wp::add(var_19, var_17);
        wp::array_store(var_x, var_0, var_18);
        // v[tid] = vel                                                                           <L 58>
        wp::array_store(var_v, var_0, var_14);
        // f[tid] = wp.vec3()                                                                     <L 59>
        var_20 = wp::vec_t<3, wp::float32>();
        wp::array_store(var_f, var_0, var_20);
    }
}



extern "C" __global__ void integrate_cloth_fb7ca720_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::float32> var_inv_mass,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f,
    wp::array_t<wp::float32> adj_inv_mass,
    wp::vec_t<3, wp::float32> adj_gravity,
    wp::float32 adj_dt)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        //---------
        // forward
        // def integrate_cloth(                                                                   <L 42>
        // tid = wp.tid()                                                                         <L 50>
        var_0 = builtin_tid1d();
        // w = inv_mass[tid]                                                                      <L 51>
        var_1 = wp::address(var_inv_mass, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if w == 0.0:                                                                           <L 52>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // v[tid] = wp.vec3()                                                                 <L 53>
            var_6 = wp::vec_t<3, wp::float32>();
            // wp::array_store(var_v, var_0, var_6);
            // f[tid] = wp.vec3()                                                                 <L 54>
            var_7 = wp::vec_t<3, wp::float32>();
            // wp::array_store(var_f, var_0, var_7);
            // return                                                                             <L 55>
            goto label0;
        }
        // vel = v[tid] + (f[tid] * w + gravity) * dt                                             <L 56>
        var_8 = wp::address(var_v, var_0);
        var_9 = wp::address(var_f, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_2);
        var_12 = wp::add(var_10, var_gravity);
        var_13 = wp::mul(var_12, var_dt);
        var_15 = wp::load(var_8);
        var_14 = wp::add(var_15, var_13);
        // x[tid] = x[tid] + vel * dt                                                             <L 57>
        var_16 = wp::address(var_x, var_0);
        var_17 = wp::mul(var_14, var_dt);
        var_19 = wp::load(var_16);
        var_18 = wp::add(var_19, var_17);
        // wp::array_store(var_x, var_0, var_18);
        // v[tid] = vel                                                                           <L 58>
        // wp::array_store(var_v, var_0, var_14);
        // f[tid] = wp.vec3()                                                                     <L 59>
        var_20 = wp::vec_t<3, wp::float32>();
        // wp::array_store(var_f, var_0, var_20);
        //---------
        // reverse
        wp::adj_array_store(var_f, var_0, var_20, adj_f, adj_0, adj_20);
        // adj: f[tid] = wp.vec3()                                                                <L 59>
        wp::adj_array_store(var_v, var_0, var_14, adj_v, adj_0, adj_14);
        // adj: v[tid] = vel                                                                      <L 58>
        wp::adj_array_store(var_x, var_0, var_18, adj_x, adj_0, adj_18);
        wp::adj_add(var_19, var_17, adj_16, adj_17, adj_18);
        wp::adj_mul(var_14, var_dt, adj_14, adj_dt, adj_17);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_16);
        // adj: x[tid] = x[tid] + vel * dt                                                        <L 57>
        wp::adj_add(var_15, var_13, adj_8, adj_13, adj_14);
        wp::adj_mul(var_12, var_dt, adj_12, adj_dt, adj_13);
        wp::adj_add(var_10, var_gravity, adj_10, adj_gravity, adj_12);
        wp::adj_mul(var_11, var_2, adj_9, adj_2, adj_10);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_9);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_8);
        // adj: vel = v[tid] + (f[tid] * w + gravity) * dt                                        <L 56>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 55>
            wp::adj_array_store(var_f, var_0, var_7, adj_f, adj_0, adj_7);
            // adj: f[tid] = wp.vec3()                                                            <L 54>
            wp::adj_array_store(var_v, var_0, var_6, adj_v, adj_0, adj_6);
            // adj: v[tid] = wp.vec3()                                                            <L 53>
        }
        // adj: if w == 0.0:                                                                      <L 52>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_1);
        // adj: w = inv_mass[tid]                                                                 <L 51>
        // adj: tid = wp.tid()                                                                    <L 50>
        // adj: def integrate_cloth(                                                              <L 42>
        continue;
    }
}



extern "C" __global__ void tear_springs_b09273d5_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<Spring_7013fb3c> var_springs,
    wp::array_t<wp::float32> var_strain,
    wp::float32 var_max_strain,
    wp::array_t<wp::int32> var_torn)
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
        wp::float32* var_1;
        bool var_2;
        wp::float32 var_3;
        Spring_7013fb3c* var_4;
        Spring_7013fb3c var_5;
        Spring_7013fb3c var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32* var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32* var_10;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        //---------
        // forward
        // def tear_springs(springs: wp.array(dtype=Spring), strain: wp.array(dtype=float), max_strain: float, torn: wp.array(dtype=int)):       <L 63>
        // tid = wp.tid()                                                                         <L 64>
        var_0 = builtin_tid1d();
        // if strain[tid] > max_strain:                                                           <L 65>
        var_1 = wp::address(var_strain, var_0);
        var_3 = wp::load(var_1);
        var_2 = (var_3 > var_max_strain);
        if (var_2) {
            // s = springs[tid]                                                                   <L 66>
            var_4 = wp::address(var_springs, var_0);
            var_6 = wp::load(var_4);
            var_5 = wp::copy(var_6);
            // s.stiffness = 0.0                                                                  <L 67>
            var_8 = &(var_5.stiffness);
            wp::store(var_8, var_7);
            // s.damping = 0.0                                                                    <L 68>
            var_10 = &(var_5.damping);
            wp::store(var_10, var_9);
            // springs[tid] = s                                                                   <L 69>
            wp::array_store(var_springs, var_0, var_5);
            // torn[0] += 1                                                                       <L 70>
            var_13 = wp::atomic_add(var_torn, var_12, var_11);
        }
    }
}



extern "C" __global__ void tear_springs_b09273d5_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<Spring_7013fb3c> var_springs,
    wp::array_t<wp::float32> var_strain,
    wp::float32 var_max_strain,
    wp::array_t<wp::int32> var_torn,
    wp::array_t<Spring_7013fb3c> adj_springs,
    wp::array_t<wp::float32> adj_strain,
    wp::float32 adj_max_strain,
    wp::array_t<wp::int32> adj_torn)
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
        wp::float32* var_1;
        bool var_2;
        wp::float32 var_3;
        Spring_7013fb3c* var_4;
        Spring_7013fb3c var_5;
        Spring_7013fb3c var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32* var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32* var_10;
        const wp::int32 var_11 = 1;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        bool adj_2 = {};
        wp::float32 adj_3 = {};
        Spring_7013fb3c adj_4 = {};
        Spring_7013fb3c adj_5 = {};
        Spring_7013fb3c adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        //---------
        // forward
        // def tear_springs(springs: wp.array(dtype=Spring), strain: wp.array(dtype=float), max_strain: float, torn: wp.array(dtype=int)):       <L 63>
        // tid = wp.tid()                                                                         <L 64>
        var_0 = builtin_tid1d();
        // if strain[tid] > max_strain:                                                           <L 65>
        var_1 = wp::address(var_strain, var_0);
        var_3 = wp::load(var_1);
        var_2 = (var_3 > var_max_strain);
        if (var_2) {
            // s = springs[tid]                                                                   <L 66>
            var_4 = wp::address(var_springs, var_0);
            var_6 = wp::load(var_4);
            var_5 = wp::copy(var_6);
            // s.stiffness = 0.0                                                                  <L 67>
            var_8 = &(var_5.stiffness);
            // wp::store(var_8, var_7);
            // s.damping = 0.0                                                                    <L 68>
            var_10 = &(var_5.damping);
            // wp::store(var_10, var_9);
            // springs[tid] = s                                                                   <L 69>
            // wp::array_store(var_springs, var_0, var_5);
            // torn[0] += 1                                                                       <L 70>
            // var_13 = wp::atomic_add(var_torn, var_12, var_11);
        }
        //---------
        // reverse
        if (var_2) {
            wp::adj_atomic_add(var_torn, var_12, var_11, adj_torn, adj_12, adj_11, adj_13);
            // adj: torn[0] += 1                                                                  <L 70>
            wp::adj_array_store(var_springs, var_0, var_5, adj_springs, adj_0, adj_5);
            // adj: springs[tid] = s                                                              <L 69>
            adj_5.damping += adj_10;
            // adj: s.damping = 0.0                                                               <L 68>
            adj_5.stiffness += adj_8;
            // adj: s.stiffness = 0.0                                                             <L 67>
            wp::adj_copy(var_6, adj_4, adj_5);
            wp::adj_address(var_springs, var_0, adj_springs, adj_0, adj_4);
            // adj: s = springs[tid]                                                              <L 66>
        }
        wp::adj_address(var_strain, var_0, adj_strain, adj_0, adj_1);
        // adj: if strain[tid] > max_strain:                                                      <L 65>
        // adj: tid = wp.tid()                                                                    <L 64>
        // adj: def tear_springs(springs: wp.array(dtype=Spring), strain: wp.array(dtype=float), max_strain: float, torn: wp.array(dtype=int)):  <L 63>
        continue;
    }
}



extern "C" __global__ void grid_springs_4f128a71_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::float32 var_rest,
    wp::float32 var_k_struct,
    wp::float32 var_k_shear,
    wp::float32 var_kd)
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
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::int32 var_17 = -1;
        const wp::int32 var_18 = -1;
        const wp::int32 var_19 = 2;
        wp::range_t var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 0;
        bool var_23;
        const wp::int32 var_24 = 0;
        bool var_25;
        bool var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        bool var_31;
        const wp::int32 var_32 = 0;
        bool var_33;
        bool var_34;
        bool var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 0;
        bool var_39;
        const wp::int32 var_40 = 0;
        bool var_41;
        bool var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 1.41421356;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        Spring_7013fb3c var_48;
        wp::float32* var_49;
        wp::float32* var_50;
        wp::float32* var_51;
        wp::vec_t<3, wp::float32>* var_52;
        wp::vec_t<3, wp::float32>* var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32>* var_57;
        wp::vec_t<3, wp::float32>* var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        const wp::int32 var_63 = 0;
        const wp::int32 var_64 = -1;
        const wp::int32 var_65 = 2;
        wp::range_t var_66;
        wp::int32 var_67;
        const wp::int32 var_68 = 0;
        bool var_69;
        const wp::int32 var_70 = 0;
        bool var_71;
        bool var_72;
        wp::int32 var_73;
        wp::int32 var_74;
        const wp::int32 var_75 = 0;
        bool var_76;
        bool var_77;
        const wp::int32 var_78 = 0;
        bool var_79;
        bool var_80;
        bool var_81;
        wp::int32 var_82;
        wp::int32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        const wp::int32 var_86 = 0;
        bool var_87;
        const wp::int32 var_88 = 0;
        bool var_89;
        bool var_90;
        wp::float32 var_91;
        const wp::float32 var_92 = 1.41421356;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::float32 var_95;
        Spring_7013fb3c var_96;
        wp::float32* var_97;
        wp::float32* var_98;
        wp::float32* var_99;
        wp::vec_t<3, wp::float32>* var_100;
        wp::vec_t<3, wp::float32>* var_101;
        wp::vec_t<3, wp::float32> var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::vec_t<3, wp::float32> var_104;
        wp::vec_t<3, wp::float32>* var_105;
        wp::vec_t<3, wp::float32>* var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<3, wp::float32> var_108;
        wp::vec_t<3, wp::float32> var_109;
        wp::vec_t<3, wp::float32> var_110;
        const wp::int32 var_111 = 1;
        const wp::int32 var_112 = -1;
        const wp::int32 var_113 = 2;
        wp::range_t var_114;
        wp::int32 var_115;
        const wp::int32 var_116 = 0;
        bool var_117;
        const wp::int32 var_118 = 0;
        bool var_119;
        bool var_120;
        wp::int32 var_121;
        wp::int32 var_122;
        const wp::int32 var_123 = 0;
        bool var_124;
        bool var_125;
        const wp::int32 var_126 = 0;
        bool var_127;
        bool var_128;
        bool var_129;
        wp::int32 var_130;
        wp::int32 var_131;
        wp::float32 var_132;
        wp::float32 var_133;
        const wp::int32 var_134 = 0;
        bool var_135;
        const wp::int32 var_136 = 0;
        bool var_137;
        bool var_138;
        wp::float32 var_139;
        const wp::float32 var_140 = 1.41421356;
        wp::float32 var_141;
        wp::float32 var_142;
        wp::float32 var_143;
        Spring_7013fb3c var_144;
        wp::float32* var_145;
        wp::float32* var_146;
        wp::float32* var_147;
        wp::vec_t<3, wp::float32>* var_148;
        wp::vec_t<3, wp::float32>* var_149;
        wp::vec_t<3, wp::float32> var_150;
        wp::vec_t<3, wp::float32> var_151;
        wp::vec_t<3, wp::float32> var_152;
        wp::vec_t<3, wp::float32>* var_153;
        wp::vec_t<3, wp::float32>* var_154;
        wp::vec_t<3, wp::float32> var_155;
        wp::vec_t<3, wp::float32> var_156;
        wp::vec_t<3, wp::float32> var_157;
        wp::vec_t<3, wp::float32> var_158;
        //---------
        // forward
        // def grid_springs(                                                                      <L 74>
        // i, j = wp.tid()                                                                        <L 83>
        builtin_tid2d(var_0, var_1);
        // rows = x.shape[0]                                                                      <L 84>
        var_2 = &(var_x.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // cols = x.shape[1]                                                                      <L 85>
        var_6 = &(var_x.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // xi = x[i, j]                                                                           <L 86>
        var_10 = wp::address(var_x, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // vi = v[i, j]                                                                           <L 87>
        var_13 = wp::address(var_v, var_0, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // total = wp.vec3()                                                                      <L 88>
        var_16 = wp::vec_t<3, wp::float32>();
        // for di in range(-1, 2):                                                                <L 89>
        // for dj in range(-1, 2):                                                                <L 90>
        var_20 = wp::range(var_18, var_19);
        start_for_0:;
            if (iter_cmp(var_20) == 0) goto end_for_0;
            var_21 = wp::iter_next(var_20);
            // if di == 0 and dj == 0:                                                            <L 91>
            var_23 = (var_17 == var_22);
            var_25 = (var_21 == var_24);
            var_26 = var_23 && var_25;
            if (var_26) {
                // continue                                                                       <L 92>
                goto start_for_0;
            }
            // ni = i + di                                                                        <L 93>
            var_27 = wp::add(var_0, var_17);
            // nj = j + dj                                                                        <L 94>
            var_28 = wp::add(var_1, var_21);
            // if ni < 0 or ni >= rows or nj < 0 or nj >= cols:                                   <L 95>
            var_30 = (var_27 < var_29);
            var_31 = (var_27 >= var_4);
            var_33 = (var_28 < var_32);
            var_34 = (var_28 >= var_8);
            var_35 = var_30 || var_31 || var_33 || var_34;
            if (var_35) {
                // continue                                                                       <L 96>
                goto start_for_0;
            }
            // k = k_struct                                                                       <L 97>
            var_36 = wp::copy(var_k_struct);
            // r = rest                                                                           <L 98>
            var_37 = wp::copy(var_rest);
            // if di != 0 and dj != 0:                                                            <L 99>
            var_39 = (var_17 != var_38);
            var_41 = (var_21 != var_40);
            var_42 = var_39 && var_41;
            if (var_42) {
                // k = k_shear                                                                    <L 100>
                var_43 = wp::copy(var_k_shear);
                // r = rest * 1.41421356                                                          <L 101>
                var_45 = wp::mul(var_rest, var_44);
            }
            var_46 = wp::where(var_42, var_43, var_36);
            var_47 = wp::where(var_42, var_45, var_37);
            // s = Spring()                                                                       <L 102>
            var_48 = Spring_7013fb3c();
            // s.rest_length = r                                                                  <L 103>
            var_49 = &(var_48.rest_length);
            wp::store(var_49, var_47);
            // s.stiffness = k                                                                    <L 104>
            var_50 = &(var_48.stiffness);
            wp::store(var_50, var_46);
            // s.damping = kd                                                                     <L 105>
            var_51 = &(var_48.damping);
            wp::store(var_51, var_kd);
            // total += spring_force(xi, x[ni, nj], vi, v[ni, nj], s)                             <L 106>
            var_52 = wp::address(var_x, var_27, var_28);
            var_53 = wp::address(var_v, var_27, var_28);
            var_55 = wp::load(var_52);
            var_56 = wp::load(var_53);
            var_54 = spring_force_0(var_11, var_55, var_14, var_56, var_48);
            var_57 = wp::address(var_x, var_27, var_28);
            var_58 = wp::address(var_v, var_27, var_28);
            var_60 = wp::load(var_57);
            var_61 = wp::load(var_58);
            var_59 = spring_force_0(var_11, var_60, var_14, var_61, var_48);
            var_62 = wp::add(var_16, var_59);
            wp::assign(var_16, var_62);
            goto start_for_0;
        end_for_0:;
        // for dj in range(-1, 2):                                                                <L 90>
        var_66 = wp::range(var_64, var_65);
        start_for_2:;
            if (iter_cmp(var_66) == 0) goto end_for_2;
            var_67 = wp::iter_next(var_66);
            // if di == 0 and dj == 0:                                                            <L 91>
            var_69 = (var_63 == var_68);
            var_71 = (var_67 == var_70);
            var_72 = var_69 && var_71;
            if (var_72) {
                // continue                                                                       <L 92>
                goto start_for_2;
            }
            // ni = i + di                                                                        <L 93>
            var_73 = wp::add(var_0, var_63);
            // nj = j + dj                                                                        <L 94>
            var_74 = wp::add(var_1, var_67);
            // if ni < 0 or ni >= rows or nj < 0 or nj >= cols:                                   <L 95>
            var_76 = (var_73 < var_75);
            var_77 = (var_73 >= var_4);
            var_79 = (var_74 < var_78);
            var_80 = (var_74 >= var_8);
            var_81 = var_76 || var_77 || var_79 || var_80;
            if (var_81) {
                // continue                                                                       <L 96>
                wp::assign(var_27, var_73);
                wp::assign(var_28, var_74);
                goto start_for_2;
            }
            var_82 = wp::where(var_81, var_27, var_73);
            var_83 = wp::where(var_81, var_28, var_74);
            // k = k_struct                                                                       <L 97>
            var_84 = wp::copy(var_k_struct);
            // r = rest                                                                           <L 98>
            var_85 = wp::copy(var_rest);
            // if di != 0 and dj != 0:                                                            <L 99>
            var_87 = (var_63 != var_86);
            var_89 = (var_67 != var_88);
            var_90 = var_87 && var_89;
            if (var_90) {
                // k = k_shear                                                                    <L 100>
                var_91 = wp::copy(var_k_shear);
                // r = rest * 1.41421356                                                          <L 101>
                var_93 = wp::mul(var_rest, var_92);
            }
            var_94 = wp::where(var_90, var_91, var_84);
            var_95 = wp::where(var_90, var_93, var_85);
            // s = Spring()                                                                       <L 102>
            var_96 = Spring_7013fb3c();
            // s.rest_length = r                                                                  <L 103>
            var_97 = &(var_96.rest_length);
            wp::store(var_97, var_95);
            // s.stiffness = k                                                                    <L 104>
            var_98 = &(var_96.stiffness);
            wp::store(var_98, var_94);
            // s.damping = kd                                                                     <L 105>
            var_99 = &(var_96.damping);
            wp::store(var_99, var_kd);
            // total += spring_force(xi, x[ni, nj], vi, v[ni, nj], s)                             <L 106>
            var_100 = wp::address(var_x, var_82, var_83);
            var_101 = wp::address(var_v, var_82, var_83);
            var_103 = wp::load(var_100);
            var_104 = wp::load(var_101);
            var_102 = spring_force_0(var_11, var_103, var_14, var_104, var_96);
            var_105 = wp::address(var_x, var_82, var_83);
            var_106 = wp::address(var_v, var_82, var_83);
            var_108 = wp::load(var_105);
            var_109 = wp::load(var_106);
            var_107 = spring_force_0(var_11, var_108, var_14, var_109, var_96);
            var_110 = wp::add(var_16, var_107);
            wp::assign(var_16, var_110);
            wp::assign(var_27, var_82);
            wp::assign(var_28, var_83);
            wp::assign(var_46, var_94);
            wp::assign(var_47, var_95);
            wp::assign(var_48, var_96);
            goto start_for_2;
        end_for_2:;
        // for dj in range(-1, 2):                                                                <L 90>
        var_114 = wp::range(var_112, var_113);
        start_for_4:;
            if (iter_cmp(var_114) == 0) goto end_for_4;
            var_115 = wp::iter_next(var_114);
            // if di == 0 and dj == 0:                                                            <L 91>
            var_117 = (var_111 == var_116);
            var_119 = (var_115 == var_118);
            var_120 = var_117 && var_119;
            if (var_120) {
                // continue                                                                       <L 92>
                goto start_for_4;
            }
            // ni = i + di                                                                        <L 93>
            var_121 = wp::add(var_0, var_111);
            // nj = j + dj                                                                        <L 94>
            var_122 = wp::add(var_1, var_115);
            // if ni < 0 or ni >= rows or nj < 0 or nj >= cols:                                   <L 95>
            var_124 = (var_121 < var_123);
            var_125 = (var_121 >= var_4);
            var_127 = (var_122 < var_126);
            var_128 = (var_122 >= var_8);
            var_129 = var_124 || var_125 || var_127 || var_128;
            if (var_129) {
                // continue                                                                       <L 96>
                wp::assign(var_27, var_121);
                wp::assign(var_28, var_122);
                goto start_for_4;
            }
            var_130 = wp::where(var_129, var_27, var_121);
            var_131 = wp::where(var_129, var_28, var_122);
            // k = k_struct                                                                       <L 97>
            var_132 = wp::copy(var_k_struct);
            // r = rest                                                                           <L 98>
            var_133 = wp::copy(var_rest);
            // if di != 0 and dj != 0:                                                            <L 99>
            var_135 = (var_111 != var_134);
            var_137 = (var_115 != var_136);
            var_138 = var_135 && var_137;
            if (var_138) {
                // k = k_shear                                                                    <L 100>
                var_139 = wp::copy(var_k_shear);
                // r = rest * 1.41421356                                                          <L 101>
                var_141 = wp::mul(var_rest, var_140);
            }
            var_142 = wp::where(var_138, var_139, var_132);
            var_143 = wp::where(var_138, var_141, var_133);
            // s = Spring()                                                                       <L 102>
            var_144 = Spring_7013fb3c();
            // s.rest_length = r                                                                  <L 103>
            var_145 = &(var_144.rest_length);
            wp::store(var_145, var_143);
            // s.stiffness = k                                                                    <L 104>
            var_146 = &(var_144.stiffness);
            wp::store(var_146, var_142);
            // s.damping = kd                                                                     <L 105>
            var_147 = &(var_144.damping);
            wp::store(var_147, var_kd);
            // total += spring_force(xi, x[ni, nj], vi, v[ni, nj], s)                             <L 106>
            var_148 = wp::address(var_x, var_130, var_131);
            var_149 = wp::address(var_v, var_130, var_131);
            var_151 = wp::load(var_148);
            var_152 = wp::load(var_149);
            var_150 = spring_force_0(var_11, var_151, var_14, var_152, var_144);
            var_153 = wp::address(var_x, var_130, var_131);
            var_154 = wp::address(var_v, var_130, var_131);
            var_156 = wp::load(var_153);
            var_157 = wp::load(var_154);
            var_155 = spring_force_0(var_11, var_156, var_14, var_157, var_144);
            var_158 = wp::add(var_16, var_155);
            wp::assign(var_16, var_158);
            wp::assign(var_27, var_130);
            wp::assign(var_28, var_131);
            wp::assign(var_46, var_142);
            wp::assign(var_47, var_143);
            wp::assign(var_48, var_144);
            goto start_for_4;
        end_for_4:;
        // f[i, j] = total                                                                        <L 107>
        wp::array_store(var_f, var_0, var_1, var_16);
    }
}



extern "C" __global__ void grid_springs_4f128a71_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::float32 var_rest,
    wp::float32 var_k_struct,
    wp::float32 var_k_shear,
    wp::float32 var_kd,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f,
    wp::float32 adj_rest,
    wp::float32 adj_k_struct,
    wp::float32 adj_k_shear,
    wp::float32 adj_kd)
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
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::int32 var_17 = -1;
        const wp::int32 var_18 = -1;
        const wp::int32 var_19 = 2;
        wp::range_t var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 0;
        bool var_23;
        const wp::int32 var_24 = 0;
        bool var_25;
        bool var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        bool var_31;
        const wp::int32 var_32 = 0;
        bool var_33;
        bool var_34;
        bool var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 0;
        bool var_39;
        const wp::int32 var_40 = 0;
        bool var_41;
        bool var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 1.41421356;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        Spring_7013fb3c var_48;
        wp::float32* var_49;
        wp::float32* var_50;
        wp::float32* var_51;
        wp::vec_t<3, wp::float32>* var_52;
        wp::vec_t<3, wp::float32>* var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32>* var_57;
        wp::vec_t<3, wp::float32>* var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        const wp::int32 var_63 = 0;
        const wp::int32 var_64 = -1;
        const wp::int32 var_65 = 2;
        wp::range_t var_66;
        wp::int32 var_67;
        const wp::int32 var_68 = 0;
        bool var_69;
        const wp::int32 var_70 = 0;
        bool var_71;
        bool var_72;
        wp::int32 var_73;
        wp::int32 var_74;
        const wp::int32 var_75 = 0;
        bool var_76;
        bool var_77;
        const wp::int32 var_78 = 0;
        bool var_79;
        bool var_80;
        bool var_81;
        wp::int32 var_82;
        wp::int32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        const wp::int32 var_86 = 0;
        bool var_87;
        const wp::int32 var_88 = 0;
        bool var_89;
        bool var_90;
        wp::float32 var_91;
        const wp::float32 var_92 = 1.41421356;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::float32 var_95;
        Spring_7013fb3c var_96;
        wp::float32* var_97;
        wp::float32* var_98;
        wp::float32* var_99;
        wp::vec_t<3, wp::float32>* var_100;
        wp::vec_t<3, wp::float32>* var_101;
        wp::vec_t<3, wp::float32> var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::vec_t<3, wp::float32> var_104;
        wp::vec_t<3, wp::float32>* var_105;
        wp::vec_t<3, wp::float32>* var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<3, wp::float32> var_108;
        wp::vec_t<3, wp::float32> var_109;
        wp::vec_t<3, wp::float32> var_110;
        const wp::int32 var_111 = 1;
        const wp::int32 var_112 = -1;
        const wp::int32 var_113 = 2;
        wp::range_t var_114;
        wp::int32 var_115;
        const wp::int32 var_116 = 0;
        bool var_117;
        const wp::int32 var_118 = 0;
        bool var_119;
        bool var_120;
        wp::int32 var_121;
        wp::int32 var_122;
        const wp::int32 var_123 = 0;
        bool var_124;
        bool var_125;
        const wp::int32 var_126 = 0;
        bool var_127;
        bool var_128;
        bool var_129;
        wp::int32 var_130;
        wp::int32 var_131;
        wp::float32 var_132;
        wp::float32 var_133;
        const wp::int32 var_134 = 0;
        bool var_135;
        const wp::int32 var_136 = 0;
        bool var_137;
        bool var_138;
        wp::float32 var_139;
        const wp::float32 var_140 = 1.41421356;
        wp::float32 var_141;
        wp::float32 var_142;
        wp::float32 var_143;
        Spring_7013fb3c var_144;
        wp::float32* var_145;
        wp::float32* var_146;
        wp::float32* var_147;
        wp::vec_t<3, wp::float32>* var_148;
        wp::vec_t<3, wp::float32>* var_149;
        wp::vec_t<3, wp::float32> var_150;
        wp::vec_t<3, wp::float32> var_151;
        wp::vec_t<3, wp::float32> var_152;
        wp::vec_t<3, wp::float32>* var_153;
        wp::vec_t<3, wp::float32>* var_154;
        wp::vec_t<3, wp::float32> var_155;
        wp::vec_t<3, wp::float32> var_156;
        wp::vec_t<3, wp::float32> var_157;
        wp::vec_t<3, wp::float32> var_158;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::range_t adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        bool adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        bool adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        bool adj_33 = {};
        bool adj_34 = {};
        bool adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        bool adj_39 = {};
        wp::int32 adj_40 = {};
        bool adj_41 = {};
        bool adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        Spring_7013fb3c adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::range_t adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        bool adj_69 = {};
        wp::int32 adj_70 = {};
        bool adj_71 = {};
        bool adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        bool adj_76 = {};
        bool adj_77 = {};
        wp::int32 adj_78 = {};
        bool adj_79 = {};
        bool adj_80 = {};
        bool adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::int32 adj_86 = {};
        bool adj_87 = {};
        wp::int32 adj_88 = {};
        bool adj_89 = {};
        bool adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::float32 adj_95 = {};
        Spring_7013fb3c adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::vec_t<3, wp::float32> adj_100 = {};
        wp::vec_t<3, wp::float32> adj_101 = {};
        wp::vec_t<3, wp::float32> adj_102 = {};
        wp::vec_t<3, wp::float32> adj_103 = {};
        wp::vec_t<3, wp::float32> adj_104 = {};
        wp::vec_t<3, wp::float32> adj_105 = {};
        wp::vec_t<3, wp::float32> adj_106 = {};
        wp::vec_t<3, wp::float32> adj_107 = {};
        wp::vec_t<3, wp::float32> adj_108 = {};
        wp::vec_t<3, wp::float32> adj_109 = {};
        wp::vec_t<3, wp::float32> adj_110 = {};
        wp::int32 adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::range_t adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        bool adj_117 = {};
        wp::int32 adj_118 = {};
        bool adj_119 = {};
        bool adj_120 = {};
        wp::int32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        bool adj_124 = {};
        bool adj_125 = {};
        wp::int32 adj_126 = {};
        bool adj_127 = {};
        bool adj_128 = {};
        bool adj_129 = {};
        wp::int32 adj_130 = {};
        wp::int32 adj_131 = {};
        wp::float32 adj_132 = {};
        wp::float32 adj_133 = {};
        wp::int32 adj_134 = {};
        bool adj_135 = {};
        wp::int32 adj_136 = {};
        bool adj_137 = {};
        bool adj_138 = {};
        wp::float32 adj_139 = {};
        wp::float32 adj_140 = {};
        wp::float32 adj_141 = {};
        wp::float32 adj_142 = {};
        wp::float32 adj_143 = {};
        Spring_7013fb3c adj_144 = {};
        wp::float32 adj_145 = {};
        wp::float32 adj_146 = {};
        wp::float32 adj_147 = {};
        wp::vec_t<3, wp::float32> adj_148 = {};
        wp::vec_t<3, wp::float32> adj_149 = {};
        wp::vec_t<3, wp::float32> adj_150 = {};
        wp::vec_t<3, wp::float32> adj_151 = {};
        wp::vec_t<3, wp::float32> adj_152 = {};
        wp::vec_t<3, wp::float32> adj_153 = {};
        wp::vec_t<3, wp::float32> adj_154 = {};
        wp::vec_t<3, wp::float32> adj_155 = {};
        wp::vec_t<3, wp::float32> adj_156 = {};
        wp::vec_t<3, wp::float32> adj_157 = {};
        wp::vec_t<3, wp::float32> adj_158 = {};
        //---------
        // forward
        // def grid_springs(                                                                      <L 74>
        // i, j = wp.tid()                                                                        <L 83>
        builtin_tid2d(var_0, var_1);
        // rows = x.shape[0]                                                                      <L 84>
        var_2 = &(var_x.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // cols = x.shape[1]                                                                      <L 85>
        var_6 = &(var_x.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // xi = x[i, j]                                                                           <L 86>
        var_10 = wp::address(var_x, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // vi = v[i, j]                                                                           <L 87>
        var_13 = wp::address(var_v, var_0, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // total = wp.vec3()                                                                      <L 88>
        var_16 = wp::vec_t<3, wp::float32>();
        // for di in range(-1, 2):                                                                <L 89>
        // for dj in range(-1, 2):                                                                <L 90>
        var_20 = wp::range(var_18, var_19);
        // for dj in range(-1, 2):                                                                <L 90>
        var_66 = wp::range(var_64, var_65);
        // for dj in range(-1, 2):                                                                <L 90>
        var_114 = wp::range(var_112, var_113);
        // f[i, j] = total                                                                        <L 107>
        // wp::array_store(var_f, var_0, var_1, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_f, var_0, var_1, var_16, adj_f, adj_0, adj_1, adj_16);
        // adj: f[i, j] = total                                                                   <L 107>
        var_114 = wp::iter_reverse(var_114);
        start_for_4:;
            if (iter_cmp(var_114) == 0) goto end_for_4;
            var_115 = wp::iter_next(var_114);
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
        	adj_147 = {};
        	adj_148 = {};
        	adj_149 = {};
        	adj_150 = {};
        	adj_151 = {};
        	adj_152 = {};
        	adj_153 = {};
        	adj_154 = {};
        	adj_155 = {};
        	adj_156 = {};
        	adj_157 = {};
        	adj_158 = {};
            // if di == 0 and dj == 0:                                                            <L 91>
            var_117 = (var_111 == var_116);
            var_119 = (var_115 == var_118);
            var_120 = var_117 && var_119;
            if (var_120) {
                // continue                                                                       <L 92>
                goto start_for_4;
            }
            // ni = i + di                                                                        <L 93>
            var_121 = wp::add(var_0, var_111);
            // nj = j + dj                                                                        <L 94>
            var_122 = wp::add(var_1, var_115);
            // if ni < 0 or ni >= rows or nj < 0 or nj >= cols:                                   <L 95>
            var_124 = (var_121 < var_123);
            var_125 = (var_121 >= var_4);
            var_127 = (var_122 < var_126);
            var_128 = (var_122 >= var_8);
            var_129 = var_124 || var_125 || var_127 || var_128;
            if (var_129) {
                // continue                                                                       <L 96>
                wp::assign(var_27, var_121);
                wp::assign(var_28, var_122);
                goto start_for_4;
            }
            var_130 = wp::where(var_129, var_27, var_121);
            var_131 = wp::where(var_129, var_28, var_122);
            // k = k_struct                                                                       <L 97>
            var_132 = wp::copy(var_k_struct);
            // r = rest                                                                           <L 98>
            var_133 = wp::copy(var_rest);
            // if di != 0 and dj != 0:                                                            <L 99>
            var_135 = (var_111 != var_134);
            var_137 = (var_115 != var_136);
            var_138 = var_135 && var_137;
            if (var_138) {
                // k = k_shear                                                                    <L 100>
                var_139 = wp::copy(var_k_shear);
                // r = rest * 1.41421356                                                          <L 101>
                var_141 = wp::mul(var_rest, var_140);
            }
            var_142 = wp::where(var_138, var_139, var_132);
            var_143 = wp::where(var_138, var_141, var_133);
            // s = Spring()                                                                       <L 102>
            var_144 = Spring_7013fb3c();
            // s.rest_length = r                                                                  <L 103>
            var_145 = &(var_144.rest_length);
            // wp::store(var_145, var_143);
            // s.stiffness = k                                                                    <L 104>
            var_146 = &(var_144.stiffness);
            // wp::store(var_146, var_142);
            // s.damping = kd                                                                     <L 105>
            var_147 = &(var_144.damping);
            // wp::store(var_147, var_kd);
            // total += spring_force(xi, x[ni, nj], vi, v[ni, nj], s)                             <L 106>
            var_148 = wp::address(var_x, var_130, var_131);
            var_149 = wp::address(var_v, var_130, var_131);
            var_151 = wp::load(var_148);
            var_152 = wp::load(var_149);
            var_150 = spring_force_0(var_11, var_151, var_14, var_152, var_144);
            var_153 = wp::address(var_x, var_130, var_131);
            var_154 = wp::address(var_v, var_130, var_131);
            var_156 = wp::load(var_153);
            var_157 = wp::load(var_154);
            var_155 = spring_force_0(var_11, var_156, var_14, var_157, var_144);
            var_158 = wp::add(var_16, var_155);
            wp::assign(var_16, var_158);
            wp::assign(var_27, var_130);
            wp::assign(var_28, var_131);
            wp::assign(var_46, var_142);
            wp::assign(var_47, var_143);
            wp::assign(var_48, var_144);
            wp::adj_assign(var_48, var_144, adj_48, adj_144);
            wp::adj_assign(var_47, var_143, adj_47, adj_143);
            wp::adj_assign(var_46, var_142, adj_46, adj_142);
            wp::adj_assign(var_28, var_131, adj_28, adj_131);
            wp::adj_assign(var_27, var_130, adj_27, adj_130);
            wp::adj_assign(var_16, var_158, adj_16, adj_158);
            wp::adj_add(var_16, var_155, adj_16, adj_155, adj_158);
            adj_spring_force_0(var_11, var_156, var_14, var_157, var_144, adj_11, adj_153, adj_14, adj_154, adj_144, adj_155);
            wp::adj_address(var_v, var_130, var_131, adj_v, adj_130, adj_131, adj_154);
            wp::adj_address(var_x, var_130, var_131, adj_x, adj_130, adj_131, adj_153);
            adj_spring_force_0(var_11, var_151, var_14, var_152, var_144, adj_11, adj_148, adj_14, adj_149, adj_144, adj_150);
            wp::adj_address(var_v, var_130, var_131, adj_v, adj_130, adj_131, adj_149);
            wp::adj_address(var_x, var_130, var_131, adj_x, adj_130, adj_131, adj_148);
            // adj: total += spring_force(xi, x[ni, nj], vi, v[ni, nj], s)                        <L 106>
            adj_144.damping += adj_147;
            // adj: s.damping = kd                                                                <L 105>
            adj_144.stiffness += adj_146;
            // adj: s.stiffness = k                                                               <L 104>
            adj_144.rest_length += adj_145;
            // adj: s.rest_length = r                                                             <L 103>
            // adj: s = Spring()                                                                  <L 102>
            wp::adj_where(var_138, var_141, var_133, adj_138, adj_141, adj_133, adj_143);
            wp::adj_where(var_138, var_139, var_132, adj_138, adj_139, adj_132, adj_142);
            if (var_138) {
                wp::adj_mul(var_rest, var_140, adj_rest, adj_140, adj_141);
                // adj: r = rest * 1.41421356                                                     <L 101>
                wp::adj_copy(var_k_shear, adj_k_shear, adj_139);
                // adj: k = k_shear                                                               <L 100>
            }
            // adj: if di != 0 and dj != 0:                                                       <L 99>
            wp::adj_copy(var_rest, adj_rest, adj_133);
            // adj: r = rest                                                                      <L 98>
            wp::adj_copy(var_k_struct, adj_k_struct, adj_132);
            // adj: k = k_struct                                                                  <L 97>
            wp::adj_where(var_129, var_28, var_122, adj_129, adj_28, adj_122, adj_131);
            wp::adj_where(var_129, var_27, var_121, adj_129, adj_27, adj_121, adj_130);
            if (var_129) {
                wp::adj_assign(var_28, var_122, adj_28, adj_122);
                wp::adj_assign(var_27, var_121, adj_27, adj_121);
                // adj: continue                                                                  <L 96>
            }
            // adj: if ni < 0 or ni >= rows or nj < 0 or nj >= cols:                              <L 95>
            wp::adj_add(var_1, var_115, adj_1, adj_115, adj_122);
            // adj: nj = j + dj                                                                   <L 94>
            wp::adj_add(var_0, var_111, adj_0, adj_111, adj_121);
            // adj: ni = i + di                                                                   <L 93>
            if (var_120) {
                // adj: continue                                                                  <L 92>
            }
            // adj: if di == 0 and dj == 0:                                                       <L 91>
        	goto start_for_4;
        end_for_4:;
        wp::adj_range(var_112, var_113, adj_112, adj_113, adj_114);
        // adj: for dj in range(-1, 2):                                                           <L 90>
        var_66 = wp::iter_reverse(var_66);
        start_for_2:;
            if (iter_cmp(var_66) == 0) goto end_for_2;
            var_67 = wp::iter_next(var_66);
        	adj_68 = {};
        	adj_69 = {};
        	adj_70 = {};
        	adj_71 = {};
        	adj_72 = {};
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
        	adj_102 = {};
        	adj_103 = {};
        	adj_104 = {};
        	adj_105 = {};
        	adj_106 = {};
        	adj_107 = {};
        	adj_108 = {};
        	adj_109 = {};
        	adj_110 = {};
            // if di == 0 and dj == 0:                                                            <L 91>
            var_69 = (var_63 == var_68);
            var_71 = (var_67 == var_70);
            var_72 = var_69 && var_71;
            if (var_72) {
                // continue                                                                       <L 92>
                goto start_for_2;
            }
            // ni = i + di                                                                        <L 93>
            var_73 = wp::add(var_0, var_63);
            // nj = j + dj                                                                        <L 94>
            var_74 = wp::add(var_1, var_67);
            // if ni < 0 or ni >= rows or nj < 0 or nj >= cols:                                   <L 95>
            var_76 = (var_73 < var_75);
            var_77 = (var_73 >= var_4);
            var_79 = (var_74 < var_78);
            var_80 = (var_74 >= var_8);
            var_81 = var_76 || var_77 || var_79 || var_80;
            if (var_81) {
                // continue                                                                       <L 96>
                wp::assign(var_27, var_73);
                wp::assign(var_28, var_74);
                goto start_for_2;
            }
            var_82 = wp::where(var_81, var_27, var_73);
            var_83 = wp::where(var_81, var_28, var_74);
            // k = k_struct                                                                       <L 97>
            var_84 = wp::copy(var_k_struct);
            // r = rest                                                                           <L 98>
            var_85 = wp::copy(var_rest);
            // if di != 0 and dj != 0:                                                            <L 99>
            var_87 = (var_63 != var_86);
            var_89 = (var_67 != var_88);
            var_90 = var_87 && var_89;
            if (var_90) {
                // k = k_shear                                                                    <L 100>
                var_91 = wp::copy(var_k_shear);
                // r = rest * 1.41421356                                                          <L 101>
                var_93 = wp::mul(var_rest, var_92);
            }
            var_94 = wp::where(var_90, var_91, var_84);
            var_95 = wp::where(var_90, var_93, var_85);
            // s = Spring()                                                                       <L 102>
            var_96 = Spring_7013fb3c();
            // s.rest_length = r                                                                  <L 103>
            var_97 = &(var_96.rest_length);
            // wp::store(var_97, var_95);
            // s.stiffness = k                                                                    <L 104>
            var_98 = &(var_96.stiffness);
            // wp::store(var_98, var_94);
            // s.damping = kd                                                                     <L 105>
            var_99 = &(var_96.damping);
            // wp::store(var_99, var_kd);
            // total += spring_force(xi, x[ni, nj], vi, v[ni, nj], s)                             <L 106>
            var_100 = wp::address(var_x, var_82, var_83);
            var_101 = wp::address(var_v, var_82, var_83);
            var_103 = wp::load(var_100);
            var_104 = wp::load(var_101);
            var_102 = spring_force_0(var_11, var_103, var_14, var_104, var_96);
            var_105 = wp::address(var_x, var_82, var_83);
            var_106 = wp::address(var_v, var_82, var_83);
            var_108 = wp::load(var_105);
            var_109 = wp::load(var_106);
            var_107 = spring_force_0(var_11, var_108, var_14, var_109, var_96);
            var_110 = wp::add(var_16, var_107);
            wp::assign(var_16, var_110);
            wp::assign(var_27, var_82);
            wp::assign(var_28, var_83);
            wp::assign(var_46, var_94);
            wp::assign(var_47, var_95);
            wp::assign(var_48, var_96);
            wp::adj_assign(var_48, var_96, adj_48, adj_96);
            wp::adj_assign(var_47, var_95, adj_47, adj_95);
            wp::adj_assign(var_46, var_94, adj_46, adj_94);
            wp::adj_assign(var_28, var_83, adj_28, adj_83);
            wp::adj_assign(var_27, var_82, adj_27, adj_82);
            wp::adj_assign(var_16, var_110, adj_16, adj_110);
            wp::adj_add(var_16, var_107, adj_16, adj_107, adj_110);
            adj_spring_force_0(var_11, var_108, var_14, var_109, var_96, adj_11, adj_105, adj_14, adj_106, adj_96, adj_107);
            wp::adj_address(var_v, var_82, var_83, adj_v, adj_82, adj_83, adj_106);
            wp::adj_address(var_x, var_82, var_83, adj_x, adj_82, adj_83, adj_105);
            adj_spring_force_0(var_11, var_103, var_14, var_104, var_96, adj_11, adj_100, adj_14, adj_101, adj_96, adj_102);
            wp::adj_address(var_v, var_82, var_83, adj_v, adj_82, adj_83, adj_101);
            wp::adj_address(var_x, var_82, var_83, adj_x, adj_82, adj_83, adj_100);
            // adj: total += spring_force(xi, x[ni, nj], vi, v[ni, nj], s)                        <L 106>
            adj_96.damping += adj_99;
            // adj: s.damping = kd                                                                <L 105>
            adj_96.stiffness += adj_98;
            // adj: s.stiffness = k                                                               <L 104>
            adj_96.rest_length += adj_97;
            // adj: s.rest_length = r                                                             <L 103>
            // adj: s = Spring()                                                                  <L 102>
            wp::adj_where(var_90, var_93, var_85, adj_90, adj_93, adj_85, adj_95);
            wp::adj_where(var_90, var_91, var_84, adj_90, adj_91, adj_84, adj_94);
            if (var_90) {
                wp::adj_mul(var_rest, var_92, adj_rest, adj_92, adj_93);
                // adj: r = rest * 1.41421356                                                     <L 101>
                wp::adj_copy(var_k_shear, adj_k_shear, adj_91);
                // adj: k = k_shear                                                               <L 100>
            }
            // adj: if di != 0 and dj != 0:                                                       <L 99>
            wp::adj_copy(var_rest, adj_rest, adj_85);
            // adj: r = rest                                                                      <L 98>
            wp::adj_copy(var_k_struct, adj_k_struct, adj_84);
            // adj: k = k_struct                                                                  <L 97>
            wp::adj_where(var_81, var_28, var_74, adj_81, adj_28, adj_74, adj_83);
            wp::adj_where(var_81, var_27, var_73, adj_81, adj_27, adj_73, adj_82);
            if (var_81) {
                wp::adj_assign(var_28, var_74, adj_28, adj_74);
                wp::adj_assign(var_27, var_73, adj_27, adj_73);
                // adj: continue                                                                  <L 96>
            }
            // adj: if ni < 0 or ni >= rows or nj < 0 or nj >= cols:                              <L 95>
            wp::adj_add(var_1, var_67, adj_1, adj_67, adj_74);
            // adj: nj = j + dj                                                                   <L 94>
            wp::adj_add(var_0, var_63, adj_0, adj_63, adj_73);
            // adj: ni = i + di                                                                   <L 93>
            if (var_72) {
                // adj: continue                                                                  <L 92>
            }
            // adj: if di == 0 and dj == 0:                                                       <L 91>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_64, var_65, adj_64, adj_65, adj_66);
        // adj: for dj in range(-1, 2):                                                           <L 90>
        var_20 = wp::iter_reverse(var_20);
        start_for_0:;
            if (iter_cmp(var_20) == 0) goto end_for_0;
            var_21 = wp::iter_next(var_20);
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
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
            // if di == 0 and dj == 0:                                                            <L 91>
            var_23 = (var_17 == var_22);
            var_25 = (var_21 == var_24);
            var_26 = var_23 && var_25;
            if (var_26) {
                // continue                                                                       <L 92>
                goto start_for_0;
            }
            // ni = i + di                                                                        <L 93>
            var_27 = wp::add(var_0, var_17);
            // nj = j + dj                                                                        <L 94>
            var_28 = wp::add(var_1, var_21);
            // if ni < 0 or ni >= rows or nj < 0 or nj >= cols:                                   <L 95>
            var_30 = (var_27 < var_29);
            var_31 = (var_27 >= var_4);
            var_33 = (var_28 < var_32);
            var_34 = (var_28 >= var_8);
            var_35 = var_30 || var_31 || var_33 || var_34;
            if (var_35) {
                // continue                                                                       <L 96>
                goto start_for_0;
            }
            // k = k_struct                                                                       <L 97>
            var_36 = wp::copy(var_k_struct);
            // r = rest                                                                           <L 98>
            var_37 = wp::copy(var_rest);
            // if di != 0 and dj != 0:                                                            <L 99>
            var_39 = (var_17 != var_38);
            var_41 = (var_21 != var_40);
            var_42 = var_39 && var_41;
            if (var_42) {
                // k = k_shear                                                                    <L 100>
                var_43 = wp::copy(var_k_shear);
                // r = rest * 1.41421356                                                          <L 101>
                var_45 = wp::mul(var_rest, var_44);
            }
            var_46 = wp::where(var_42, var_43, var_36);
            var_47 = wp::where(var_42, var_45, var_37);
            // s = Spring()                                                                       <L 102>
            var_48 = Spring_7013fb3c();
            // s.rest_length = r                                                                  <L 103>
            var_49 = &(var_48.rest_length);
            // wp::store(var_49, var_47);
            // s.stiffness = k                                                                    <L 104>
            var_50 = &(var_48.stiffness);
            // wp::store(var_50, var_46);
            // s.damping = kd                                                                     <L 105>
            var_51 = &(var_48.damping);
            // wp::store(var_51, var_kd);
            // total += spring_force(xi, x[ni, nj], vi, v[ni, nj], s)                             <L 106>
            var_52 = wp::address(var_x, var_27, var_28);
            var_53 = wp::address(var_v, var_27, var_28);
            var_55 = wp::load(var_52);
            var_56 = wp::load(var_53);
            var_54 = spring_force_0(var_11, var_55, var_14, var_56, var_48);
            var_57 = wp::address(var_x, var_27, var_28);
            var_58 = wp::address(var_v, var_27, var_28);
            var_60 = wp::load(var_57);
            var_61 = wp::load(var_58);
            var_59 = spring_force_0(var_11, var_60, var_14, var_61, var_48);
            var_62 = wp::add(var_16, var_59);
            wp::assign(var_16, var_62);
            wp::adj_assign(var_16, var_62, adj_16, adj_62);
            wp::adj_add(var_16, var_59, adj_16, adj_59, adj_62);
            adj_spring_force_0(var_11, var_60, var_14, var_61, var_48, adj_11, adj_57, adj_14, adj_58, adj_48, adj_59);
            wp::adj_address(var_v, var_27, var_28, adj_v, adj_27, adj_28, adj_58);
            wp::adj_address(var_x, var_27, var_28, adj_x, adj_27, adj_28, adj_57);
            adj_spring_force_0(var_11, var_55, var_14, var_56, var_48, adj_11, adj_52, adj_14, adj_53, adj_48, adj_54);
            wp::adj_address(var_v, var_27, var_28, adj_v, adj_27, adj_28, adj_53);
            wp::adj_address(var_x, var_27, var_28, adj_x, adj_27, adj_28, adj_52);
            // adj: total += spring_force(xi, x[ni, nj], vi, v[ni, nj], s)                        <L 106>
            adj_48.damping += adj_51;
            // adj: s.damping = kd                                                                <L 105>
            adj_48.stiffness += adj_50;
            // adj: s.stiffness = k                                                               <L 104>
            adj_48.rest_length += adj_49;
            // adj: s.rest_length = r                                                             <L 103>
            // adj: s = Spring()                                                                  <L 102>
            wp::adj_where(var_42, var_45, var_37, adj_42, adj_45, adj_37, adj_47);
            wp::adj_where(var_42, var_43, var_36, adj_42, adj_43, adj_36, adj_46);
            if (var_42) {
                wp::adj_mul(var_rest, var_44, adj_rest, adj_44, adj_45);
                // adj: r = rest * 1.41421356                                                     <L 101>
                wp::adj_copy(var_k_shear, adj_k_shear, adj_43);
                // adj: k = k_shear                                                               <L 100>
            }
            // adj: if di != 0 and dj != 0:                                                       <L 99>
            wp::adj_copy(var_rest, adj_rest, adj_37);
            // adj: r = rest                                                                      <L 98>
            wp::adj_copy(var_k_struct, adj_k_struct, adj_36);
            // adj: k = k_struct                                                                  <L 97>
            if (var_35) {
                // adj: continue                                                                  <L 96>
            }
            // adj: if ni < 0 or ni >= rows or nj < 0 or nj >= cols:                              <L 95>
            wp::adj_add(var_1, var_21, adj_1, adj_21, adj_28);
            // adj: nj = j + dj                                                                   <L 94>
            wp::adj_add(var_0, var_17, adj_0, adj_17, adj_27);
            // adj: ni = i + di                                                                   <L 93>
            if (var_26) {
                // adj: continue                                                                  <L 92>
            }
            // adj: if di == 0 and dj == 0:                                                       <L 91>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_18, var_19, adj_18, adj_19, adj_20);
        // adj: for dj in range(-1, 2):                                                           <L 90>
        // adj: for di in range(-1, 2):                                                           <L 89>
        // adj: total = wp.vec3()                                                                 <L 88>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_v, var_0, var_1, adj_v, adj_0, adj_1, adj_13);
        // adj: vi = v[i, j]                                                                      <L 87>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_x, var_0, var_1, adj_x, adj_0, adj_1, adj_10);
        // adj: xi = x[i, j]                                                                      <L 86>
        wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
        adj_x.shape = adj_6;
        // adj: cols = x.shape[1]                                                                 <L 85>
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        adj_x.shape = adj_2;
        // adj: rows = x.shape[0]                                                                 <L 84>
        // adj: i, j = wp.tid()                                                                   <L 83>
        // adj: def grid_springs(                                                                 <L 74>
        continue;
    }
}

