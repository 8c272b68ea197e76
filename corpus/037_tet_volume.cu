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


// corpus/037_tet_volume.py:4
static CUDA_CALLABLE wp::float32 tet_volume_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> var_d)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 6.0;
    wp::float32 var_6;
    //---------
    // forward
    // def tet_volume(a: wp.vec3, b: wp.vec3, c: wp.vec3, d: wp.vec3) -> float:               <L 5>
    // return wp.dot(wp.cross(b - a, c - a), d - a) / 6.0                                     <L 6>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::sub(var_c, var_a);
    var_2 = wp::cross(var_0, var_1);
    var_3 = wp::sub(var_d, var_a);
    var_4 = wp::dot(var_2, var_3);
    var_6 = wp::div(var_4, var_5);
    return var_6;
}


// corpus/037_tet_volume.py:9
static CUDA_CALLABLE void tet_gradients_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & ret_2,
    wp::vec_t<3, wp::float32> & ret_3)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::float32 var_3 = 6.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 6.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 6.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 6.0;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // forward
    // def tet_gradients(a: wp.vec3, b: wp.vec3, c: wp.vec3, d: wp.vec3):                     <L 10>
    // g1 = wp.cross(d - b, c - b) / 6.0                                                      <L 11>
    var_0 = wp::sub(var_d, var_b);
    var_1 = wp::sub(var_c, var_b);
    var_2 = wp::cross(var_0, var_1);
    var_4 = wp::div(var_2, var_3);
    // g2 = wp.cross(c - a, d - a) / 6.0                                                      <L 12>
    var_5 = wp::sub(var_c, var_a);
    var_6 = wp::sub(var_d, var_a);
    var_7 = wp::cross(var_5, var_6);
    var_9 = wp::div(var_7, var_8);
    // g3 = wp.cross(d - a, b - a) / 6.0                                                      <L 13>
    var_10 = wp::sub(var_d, var_a);
    var_11 = wp::sub(var_b, var_a);
    var_12 = wp::cross(var_10, var_11);
    var_14 = wp::div(var_12, var_13);
    // g4 = wp.cross(b - a, c - a) / 6.0                                                      <L 14>
    var_15 = wp::sub(var_b, var_a);
    var_16 = wp::sub(var_c, var_a);
    var_17 = wp::cross(var_15, var_16);
    var_19 = wp::div(var_17, var_18);
    // return g1, g2, g3, g4                                                                  <L 15>
    ret_0 = var_4;
    ret_1 = var_9;
    ret_2 = var_14;
    ret_3 = var_19;
    return;
}


// corpus/037_tet_volume.py:4
static CUDA_CALLABLE void adj_tet_volume_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 6.0;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def tet_volume(a: wp.vec3, b: wp.vec3, c: wp.vec3, d: wp.vec3) -> float:               <L 5>
    // return wp.dot(wp.cross(b - a, c - a), d - a) / 6.0                                     <L 6>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::sub(var_c, var_a);
    var_2 = wp::cross(var_0, var_1);
    var_3 = wp::sub(var_d, var_a);
    var_4 = wp::dot(var_2, var_3);
    var_6 = wp::div(var_4, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
    wp::adj_dot(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_sub(var_d, var_a, adj_d, adj_a, adj_3);
    wp::adj_cross(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_sub(var_c, var_a, adj_c, adj_a, adj_1);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: return wp.dot(wp.cross(b - a, c - a), d - a) / 6.0                                <L 6>
    // adj: def tet_volume(a: wp.vec3, b: wp.vec3, c: wp.vec3, d: wp.vec3) -> float:          <L 5>
    return;
}


// corpus/037_tet_volume.py:9
static CUDA_CALLABLE void adj_tet_gradients_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> var_d,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & ret_2,
    wp::vec_t<3, wp::float32> & ret_3,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1,
    wp::vec_t<3, wp::float32> & adj_ret_2,
    wp::vec_t<3, wp::float32> & adj_ret_3)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::float32 var_3 = 6.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 6.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 6.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::float32 var_18 = 6.0;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    //---------
    // forward
    // def tet_gradients(a: wp.vec3, b: wp.vec3, c: wp.vec3, d: wp.vec3):                     <L 10>
    // g1 = wp.cross(d - b, c - b) / 6.0                                                      <L 11>
    var_0 = wp::sub(var_d, var_b);
    var_1 = wp::sub(var_c, var_b);
    var_2 = wp::cross(var_0, var_1);
    var_4 = wp::div(var_2, var_3);
    // g2 = wp.cross(c - a, d - a) / 6.0                                                      <L 12>
    var_5 = wp::sub(var_c, var_a);
    var_6 = wp::sub(var_d, var_a);
    var_7 = wp::cross(var_5, var_6);
    var_9 = wp::div(var_7, var_8);
    // g3 = wp.cross(d - a, b - a) / 6.0                                                      <L 13>
    var_10 = wp::sub(var_d, var_a);
    var_11 = wp::sub(var_b, var_a);
    var_12 = wp::cross(var_10, var_11);
    var_14 = wp::div(var_12, var_13);
    // g4 = wp.cross(b - a, c - a) / 6.0                                                      <L 14>
    var_15 = wp::sub(var_b, var_a);
    var_16 = wp::sub(var_c, var_a);
    var_17 = wp::cross(var_15, var_16);
    var_19 = wp::div(var_17, var_18);
    // return g1, g2, g3, g4                                                                  <L 15>
    ret_0 = var_4;
    ret_1 = var_9;
    ret_2 = var_14;
    ret_3 = var_19;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_19 += adj_ret_3;
    adj_14 += adj_ret_2;
    adj_9 += adj_ret_1;
    adj_4 += adj_ret_0;
    // adj: return g1, g2, g3, g4                                                             <L 15>
    wp::adj_div(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_cross(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_sub(var_c, var_a, adj_c, adj_a, adj_16);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_15);
    // adj: g4 = wp.cross(b - a, c - a) / 6.0                                                 <L 14>
    wp::adj_div(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_cross(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_11);
    wp::adj_sub(var_d, var_a, adj_d, adj_a, adj_10);
    // adj: g3 = wp.cross(d - a, b - a) / 6.0                                                 <L 13>
    wp::adj_div(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_cross(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_sub(var_d, var_a, adj_d, adj_a, adj_6);
    wp::adj_sub(var_c, var_a, adj_c, adj_a, adj_5);
    // adj: g2 = wp.cross(c - a, d - a) / 6.0                                                 <L 12>
    wp::adj_div(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_cross(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_sub(var_c, var_b, adj_c, adj_b, adj_1);
    wp::adj_sub(var_d, var_b, adj_d, adj_b, adj_0);
    // adj: g1 = wp.cross(d - b, c - b) / 6.0                                                 <L 11>
    // adj: def tet_gradients(a: wp.vec3, b: wp.vec3, c: wp.vec3, d: wp.vec3):                <L 10>
    return;
}



extern "C" __global__ void solve_volume_809d21be_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::float32> var_rest_volume,
    wp::float32 var_compliance,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_delta,
    wp::array_t<wp::int32> var_inverted)
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
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 2;
        wp::int32 var_9;
        const wp::int32 var_10 = 3;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32* var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::float32 var_60 = 1e-12;
        bool var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::float32 var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::float32 var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::float32 var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        //---------
        // forward
        // def solve_volume(                                                                      <L 19>
        // t = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // ids = tets[t]                                                                          <L 30>
        var_1 = wp::address(var_tets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // i0 = ids[0]                                                                            <L 31>
        var_5 = wp::extract(var_2, var_4);
        // i1 = ids[1]                                                                            <L 32>
        var_7 = wp::extract(var_2, var_6);
        // i2 = ids[2]                                                                            <L 33>
        var_9 = wp::extract(var_2, var_8);
        // i3 = ids[3]                                                                            <L 34>
        var_11 = wp::extract(var_2, var_10);
        // a = x[i0]                                                                              <L 35>
        var_12 = wp::address(var_x, var_5);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // b = x[i1]                                                                              <L 36>
        var_15 = wp::address(var_x, var_7);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // c = x[i2]                                                                              <L 37>
        var_18 = wp::address(var_x, var_9);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // d = x[i3]                                                                              <L 38>
        var_21 = wp::address(var_x, var_11);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // vol = tet_volume(a, b, c, d)                                                           <L 39>
        var_24 = tet_volume_0(var_13, var_16, var_19, var_22);
        // if vol < 0.0:                                                                          <L 40>
        var_26 = (var_24 < var_25);
        if (var_26) {
            // wp.atomic_add(inverted, 0, 1)                                                      <L 41>
            var_29 = wp::atomic_add(var_inverted, var_27, var_28);
        }
        // g1, g2, g3, g4 = tet_gradients(a, b, c, d)                                             <L 42>
        tet_gradients_0(var_13, var_16, var_19, var_22, var_30, var_31, var_32, var_33);
        // w1 = inv_mass[i0]                                                                      <L 43>
        var_34 = wp::address(var_inv_mass, var_5);
        var_36 = wp::load(var_34);
        var_35 = wp::copy(var_36);
        // w2 = inv_mass[i1]                                                                      <L 44>
        var_37 = wp::address(var_inv_mass, var_7);
        var_39 = wp::load(var_37);
        var_38 = wp::copy(var_39);
        // w3 = inv_mass[i2]                                                                      <L 45>
        var_40 = wp::address(var_inv_mass, var_9);
        var_42 = wp::load(var_40);
        var_41 = wp::copy(var_42);
        // w4 = inv_mass[i3]                                                                      <L 46>
        var_43 = wp::address(var_inv_mass, var_11);
        var_45 = wp::load(var_43);
        var_44 = wp::copy(var_45);
        // denom = w1 * wp.dot(g1, g1) + w2 * wp.dot(g2, g2) + w3 * wp.dot(g3, g3) + w4 * wp.dot(g4, g4)       <L 47>
        var_46 = wp::dot(var_30, var_30);
        var_47 = wp::mul(var_35, var_46);
        var_48 = wp::dot(var_31, var_31);
        var_49 = wp::mul(var_38, var_48);
        var_50 = wp::add(var_47, var_49);
        var_51 = wp::dot(var_32, var_32);
        var_52 = wp::mul(var_41, var_51);
        var_53 = wp::add(var_50, var_52);
        var_54 = wp::dot(var_33, var_33);
        var_55 = wp::mul(var_44, var_54);
        var_56 = wp::add(var_53, var_55);
        // alpha = compliance / (dt * dt)                                                         <L 48>
        var_57 = wp::mul(var_dt, var_dt);
        var_58 = wp::div(var_compliance, var_57);
        // if denom + alpha < 1.0e-12:                                                            <L 49>
        var_59 = wp::add(var_56, var_58);
        var_61 = (var_59 < var_60);
        if (var_61) {
            // return                                                                             <L 50>
            continue;
        }
        // lam = -(vol - rest_volume[t]) / (denom + alpha)                                        <L 51>
        var_62 = wp::address(var_rest_volume, var_0);
        var_64 = wp::load(var_62);
        var_63 = wp::sub(var_24, var_64);
        var_65 = wp::neg(var_63);
        var_66 = wp::add(var_56, var_58);
        var_67 = wp::div(var_65, var_66);
        // wp.atomic_add(delta, i0, g1 * (lam * w1))                                              <L 52>
        var_68 = wp::mul(var_67, var_35);
        var_69 = wp::mul(var_30, var_68);
        var_70 = wp::atomic_add(var_delta, var_5, var_69);
        // wp.atomic_add(delta, i1, g2 * (lam * w2))                                              <L 53>
        var_71 = wp::mul(var_67, var_38);
        var_72 = wp::mul(var_31, var_71);
        var_73 = wp::atomic_add(var_delta, var_7, var_72);
        // wp.atomic_add(delta, i2, g3 * (lam * w3))                                              <L 54>
        var_74 = wp::mul(var_67, var_41);
        var_75 = wp::mul(var_32, var_74);
        var_76 = wp::atomic_add(var_delta, var_9, var_75);
        // wp.atomic_add(delta, i3, g4 * (lam * w4))                                              <L 55>
        var_77 = wp::mul(var_67, var_44);
        var_78 = wp::mul(var_33, var_77);
        var_79 = wp::atomic_add(var_delta, var_11, var_78);
    }
}



extern "C" __global__ void solve_volume_809d21be_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::float32> var_rest_volume,
    wp::float32 var_compliance,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_delta,
    wp::array_t<wp::int32> var_inverted,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_inv_mass,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_tets,
    wp::array_t<wp::float32> adj_rest_volume,
    wp::float32 adj_compliance,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_delta,
    wp::array_t<wp::int32> adj_inverted)
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
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 2;
        wp::int32 var_9;
        const wp::int32 var_10 = 3;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32* var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::float32 var_60 = 1e-12;
        bool var_61;
        wp::float32* var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::float32 var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::float32 var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::float32 var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::int32> adj_1 = {};
        wp::vec_t<4, wp::int32> adj_2 = {};
        wp::vec_t<4, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
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
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        bool adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::float32 adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::float32 adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::vec_t<3, wp::float32> adj_76 = {};
        wp::float32 adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        //---------
        // forward
        // def solve_volume(                                                                      <L 19>
        // t = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // ids = tets[t]                                                                          <L 30>
        var_1 = wp::address(var_tets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // i0 = ids[0]                                                                            <L 31>
        var_5 = wp::extract(var_2, var_4);
        // i1 = ids[1]                                                                            <L 32>
        var_7 = wp::extract(var_2, var_6);
        // i2 = ids[2]                                                                            <L 33>
        var_9 = wp::extract(var_2, var_8);
        // i3 = ids[3]                                                                            <L 34>
        var_11 = wp::extract(var_2, var_10);
        // a = x[i0]                                                                              <L 35>
        var_12 = wp::address(var_x, var_5);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // b = x[i1]                                                                              <L 36>
        var_15 = wp::address(var_x, var_7);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // c = x[i2]                                                                              <L 37>
        var_18 = wp::address(var_x, var_9);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // d = x[i3]                                                                              <L 38>
        var_21 = wp::address(var_x, var_11);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // vol = tet_volume(a, b, c, d)                                                           <L 39>
        var_24 = tet_volume_0(var_13, var_16, var_19, var_22);
        // if vol < 0.0:                                                                          <L 40>
        var_26 = (var_24 < var_25);
        if (var_26) {
            // wp.atomic_add(inverted, 0, 1)                                                      <L 41>
            // var_29 = wp::atomic_add(var_inverted, var_27, var_28);
        }
        // g1, g2, g3, g4 = tet_gradients(a, b, c, d)                                             <L 42>
        tet_gradients_0(var_13, var_16, var_19, var_22, var_30, var_31, var_32, var_33);
        // w1 = inv_mass[i0]                                                                      <L 43>
        var_34 = wp::address(var_inv_mass, var_5);
        var_36 = wp::load(var_34);
        var_35 = wp::copy(var_36);
        // w2 = inv_mass[i1]                                                                      <L 44>
        var_37 = wp::address(var_inv_mass, var_7);
        var_39 = wp::load(var_37);
        var_38 = wp::copy(var_39);
        // w3 = inv_mass[i2]                                                                      <L 45>
        var_40 = wp::address(var_inv_mass, var_9);
        var_42 = wp::load(var_40);
        var_41 = wp::copy(var_42);
        // w4 = inv_mass[i3]                                                                      <L 46>
        var_43 = wp::address(var_inv_mass, var_11);
        var_45 = wp::load(var_43);
        var_44 = wp::copy(var_45);
        // denom = w1 * wp.dot(g1, g1) + w2 * wp.dot(g2, g2) + w3 * wp.dot(g3, g3) + w4 * wp.dot(g4, g4)       <L 47>
        var_46 = wp::dot(var_30, var_30);
        var_47 = wp::mul(var_35, var_46);
        var_48 = wp::dot(var_31, var_31);
        var_49 = wp::mul(var_38, var_48);
        var_50 = wp::add(var_47, var_49);
        var_51 = wp::dot(var_32, var_32);
        var_52 = wp::mul(var_41, var_51);
        var_53 = wp::add(var_50, var_52);
        var_54 = wp::dot(var_33, var_33);
        var_55 = wp::mul(var_44, var_54);
        var_56 = wp::add(var_53, var_55);
        // alpha = compliance / (dt * dt)                                                         <L 48>
        var_57 = wp::mul(var_dt, var_dt);
        var_58 = wp::div(var_compliance, var_57);
        // if denom + alpha < 1.0e-12:                                                            <L 49>
        var_59 = wp::add(var_56, var_58);
        var_61 = (var_59 < var_60);
        if (var_61) {
            // return                                                                             <L 50>
            goto label0;
        }
        // lam = -(vol - rest_volume[t]) / (denom + alpha)                                        <L 51>
        var_62 = wp::address(var_rest_volume, var_0);
        var_64 = wp::load(var_62);
        var_63 = wp::sub(var_24, var_64);
        var_65 = wp::neg(var_63);
        var_66 = wp::add(var_56, var_58);
        var_67 = wp::div(var_65, var_66);
        // wp.atomic_add(delta, i0, g1 * (lam * w1))                                              <L 52>
        var_68 = wp::mul(var_67, var_35);
        var_69 = wp::mul(var_30, var_68);
        // var_70 = wp::atomic_add(var_delta, var_5, var_69);
        // wp.atomic_add(delta, i1, g2 * (lam * w2))                                              <L 53>
        var_71 = wp::mul(var_67, var_38);
        var_72 = wp::mul(var_31, var_71);
        // var_73 = wp::atomic_add(var_delta, var_7, var_72);
        // wp.atomic_add(delta, i2, g3 * (lam * w3))                                              <L 54>
        var_74 = wp::mul(var_67, var_41);
        var_75 = wp::mul(var_32, var_74);
        // var_76 = wp::atomic_add(var_delta, var_9, var_75);
        // wp.atomic_add(delta, i3, g4 * (lam * w4))                                              <L 55>
        var_77 = wp::mul(var_67, var_44);
        var_78 = wp::mul(var_33, var_77);
        // var_79 = wp::atomic_add(var_delta, var_11, var_78);
        //---------
        // reverse
        wp::adj_atomic_add(var_delta, var_11, var_78, adj_delta, adj_11, adj_78, adj_79);
        wp::adj_mul(var_33, var_77, adj_33, adj_77, adj_78);
        wp::adj_mul(var_67, var_44, adj_67, adj_44, adj_77);
        // adj: wp.atomic_add(delta, i3, g4 * (lam * w4))                                         <L 55>
        wp::adj_atomic_add(var_delta, var_9, var_75, adj_delta, adj_9, adj_75, adj_76);
        wp::adj_mul(var_32, var_74, adj_32, adj_74, adj_75);
        wp::adj_mul(var_67, var_41, adj_67, adj_41, adj_74);
        // adj: wp.atomic_add(delta, i2, g3 * (lam * w3))                                         <L 54>
        wp::adj_atomic_add(var_delta, var_7, var_72, adj_delta, adj_7, adj_72, adj_73);
        wp::adj_mul(var_31, var_71, adj_31, adj_71, adj_72);
        wp::adj_mul(var_67, var_38, adj_67, adj_38, adj_71);
        // adj: wp.atomic_add(delta, i1, g2 * (lam * w2))                                         <L 53>
        wp::adj_atomic_add(var_delta, var_5, var_69, adj_delta, adj_5, adj_69, adj_70);
        wp::adj_mul(var_30, var_68, adj_30, adj_68, adj_69);
        wp::adj_mul(var_67, var_35, adj_67, adj_35, adj_68);
        // adj: wp.atomic_add(delta, i0, g1 * (lam * w1))                                         <L 52>
        wp::adj_div(var_65, var_66, var_67, adj_65, adj_66, adj_67);
        wp::adj_add(var_56, var_58, adj_56, adj_58, adj_66);
        wp::adj_neg(var_63, adj_63, adj_65);
        wp::adj_sub(var_24, var_64, adj_24, adj_62, adj_63);
        wp::adj_address(var_rest_volume, var_0, adj_rest_volume, adj_0, adj_62);
        // adj: lam = -(vol - rest_volume[t]) / (denom + alpha)                                   <L 51>
        if (var_61) {
            label0:;
            // adj: return                                                                        <L 50>
        }
        wp::adj_add(var_56, var_58, adj_56, adj_58, adj_59);
        // adj: if denom + alpha < 1.0e-12:                                                       <L 49>
        wp::adj_div(var_compliance, var_57, var_58, adj_compliance, adj_57, adj_58);
        wp::adj_mul(var_dt, var_dt, adj_dt, adj_dt, adj_57);
        // adj: alpha = compliance / (dt * dt)                                                    <L 48>
        wp::adj_add(var_53, var_55, adj_53, adj_55, adj_56);
        wp::adj_mul(var_44, var_54, adj_44, adj_54, adj_55);
        wp::adj_dot(var_33, var_33, adj_33, adj_33, adj_54);
        wp::adj_add(var_50, var_52, adj_50, adj_52, adj_53);
        wp::adj_mul(var_41, var_51, adj_41, adj_51, adj_52);
        wp::adj_dot(var_32, var_32, adj_32, adj_32, adj_51);
        wp::adj_add(var_47, var_49, adj_47, adj_49, adj_50);
        wp::adj_mul(var_38, var_48, adj_38, adj_48, adj_49);
        wp::adj_dot(var_31, var_31, adj_31, adj_31, adj_48);
        wp::adj_mul(var_35, var_46, adj_35, adj_46, adj_47);
        wp::adj_dot(var_30, var_30, adj_30, adj_30, adj_46);
        // adj: denom = w1 * wp.dot(g1, g1) + w2 * wp.dot(g2, g2) + w3 * wp.dot(g3, g3) + w4 * wp.dot(g4, g4)  <L 47>
        wp::adj_copy(var_45, adj_43, adj_44);
        wp::adj_address(var_inv_mass, var_11, adj_inv_mass, adj_11, adj_43);
        // adj: w4 = inv_mass[i3]                                                                 <L 46>
        wp::adj_copy(var_42, adj_40, adj_41);
        wp::adj_address(var_inv_mass, var_9, adj_inv_mass, adj_9, adj_40);
        // adj: w3 = inv_mass[i2]                                                                 <L 45>
        wp::adj_copy(var_39, adj_37, adj_38);
        wp::adj_address(var_inv_mass, var_7, adj_inv_mass, adj_7, adj_37);
        // adj: w2 = inv_mass[i1]                                                                 <L 44>
        wp::adj_copy(var_36, adj_34, adj_35);
        wp::adj_address(var_inv_mass, var_5, adj_inv_mass, adj_5, adj_34);
        // adj: w1 = inv_mass[i0]                                                                 <L 43>
        adj_tet_gradients_0(var_13, var_16, var_19, var_22, var_30, var_31, var_32, var_33, adj_13, adj_16, adj_19, adj_22, adj_30, adj_31, adj_32, adj_33);
        // adj: g1, g2, g3, g4 = tet_gradients(a, b, c, d)                                        <L 42>
        if (var_26) {
            wp::adj_atomic_add(var_inverted, var_27, var_28, adj_inverted, adj_27, adj_28, adj_29);
            // adj: wp.atomic_add(inverted, 0, 1)                                                 <L 41>
        }
        // adj: if vol < 0.0:                                                                     <L 40>
        adj_tet_volume_0(var_13, var_16, var_19, var_22, adj_13, adj_16, adj_19, adj_22, adj_24);
        // adj: vol = tet_volume(a, b, c, d)                                                      <L 39>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_x, var_11, adj_x, adj_11, adj_21);
        // adj: d = x[i3]                                                                         <L 38>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_x, var_9, adj_x, adj_9, adj_18);
        // adj: c = x[i2]                                                                         <L 37>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_x, var_7, adj_x, adj_7, adj_15);
        // adj: b = x[i1]                                                                         <L 36>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_x, var_5, adj_x, adj_5, adj_12);
        // adj: a = x[i0]                                                                         <L 35>
        wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
        // adj: i3 = ids[3]                                                                       <L 34>
        wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
        // adj: i2 = ids[2]                                                                       <L 33>
        wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
        // adj: i1 = ids[1]                                                                       <L 32>
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: i0 = ids[0]                                                                       <L 31>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_tets, var_0, adj_tets, adj_0, adj_1);
        // adj: ids = tets[t]                                                                     <L 30>
        // adj: t = wp.tid()                                                                      <L 29>
        // adj: def solve_volume(                                                                 <L 19>
        continue;
    }
}



extern "C" __global__ void tet_quality_b0decff4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::float32> var_quality,
    wp::array_t<wp::float32> var_worst)
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
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        const wp::int32 var_19 = 3;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 6.0;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::float32 var_49 = 6.0;
        const wp::float32 var_50 = 2.0;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::int32 var_57 = 0;
        wp::float32 var_58;
        //---------
        // forward
        // def tet_quality(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), quality: wp.array(dtype=float), worst: wp.array(dtype=float)):       <L 59>
        // t = wp.tid()                                                                           <L 60>
        var_0 = builtin_tid1d();
        // ids = tets[t]                                                                          <L 61>
        var_1 = wp::address(var_tets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p0 = x[ids[0]]                                                                         <L 62>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // p1 = x[ids[1]]                                                                         <L 63>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_x, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // p2 = x[ids[2]]                                                                         <L 64>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_x, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // p3 = x[ids[3]]                                                                         <L 65>
        var_20 = wp::extract(var_2, var_19);
        var_21 = wp::address(var_x, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // v = wp.abs(tet_volume(p0, p1, p2, p3))                                                 <L 66>
        var_24 = tet_volume_0(var_7, var_12, var_17, var_22);
        var_25 = wp::abs(var_24);
        // s = float(0.0)                                                                         <L 67>
        var_27 = wp::float(var_26);
        // s += wp.length_sq(p1 - p0)                                                             <L 68>
        var_28 = wp::sub(var_12, var_7);
        var_29 = wp::length_sq(var_28);
        var_30 = wp::add(var_27, var_29);
        // s += wp.length_sq(p2 - p0)                                                             <L 69>
        var_31 = wp::sub(var_17, var_7);
        var_32 = wp::length_sq(var_31);
        var_33 = wp::add(var_30, var_32);
        // s += wp.length_sq(p3 - p0)                                                             <L 70>
        var_34 = wp::sub(var_22, var_7);
        var_35 = wp::length_sq(var_34);
        var_36 = wp::add(var_33, var_35);
        // s += wp.length_sq(p2 - p1)                                                             <L 71>
        var_37 = wp::sub(var_17, var_12);
        var_38 = wp::length_sq(var_37);
        var_39 = wp::add(var_36, var_38);
        // s += wp.length_sq(p3 - p1)                                                             <L 72>
        var_40 = wp::sub(var_22, var_12);
        var_41 = wp::length_sq(var_40);
        var_42 = wp::add(var_39, var_41);
        // s += wp.length_sq(p3 - p2)                                                             <L 73>
        var_43 = wp::sub(var_22, var_17);
        var_44 = wp::length_sq(var_43);
        var_45 = wp::add(var_42, var_44);
        // rms = wp.sqrt(s / 6.0)                                                                 <L 74>
        var_47 = wp::div(var_45, var_46);
        var_48 = wp::sqrt(var_47);
        // q = 6.0 * wp.sqrt(2.0) * v / (rms * rms * rms)                                         <L 75>
        var_51 = wp::sqrt(var_50);
        var_52 = wp::mul(var_49, var_51);
        var_53 = wp::mul(var_52, var_25);
        var_54 = wp::mul(var_48, var_48);
        var_55 = wp::mul(var_54, var_48);
        var_56 = wp::div(var_53, var_55);
        // quality[t] = q                                                                         <L 76>
        wp::array_store(var_quality, var_0, var_56);
        // wp.atomic_min(worst, 0, q)                                                             <L 77>
        var_58 = wp::atomic_min(var_worst, var_57, var_56);
    }
}



extern "C" __global__ void tet_quality_b0decff4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::float32> var_quality,
    wp::array_t<wp::float32> var_worst,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_tets,
    wp::array_t<wp::float32> adj_quality,
    wp::array_t<wp::float32> adj_worst)
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
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        const wp::int32 var_19 = 3;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 6.0;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::float32 var_49 = 6.0;
        const wp::float32 var_50 = 2.0;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::int32 var_57 = 0;
        wp::float32 var_58;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::int32> adj_1 = {};
        wp::vec_t<4, wp::int32> adj_2 = {};
        wp::vec_t<4, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
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
        wp::float32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::float32 adj_58 = {};
        //---------
        // forward
        // def tet_quality(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), quality: wp.array(dtype=float), worst: wp.array(dtype=float)):       <L 59>
        // t = wp.tid()                                                                           <L 60>
        var_0 = builtin_tid1d();
        // ids = tets[t]                                                                          <L 61>
        var_1 = wp::address(var_tets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p0 = x[ids[0]]                                                                         <L 62>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // p1 = x[ids[1]]                                                                         <L 63>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_x, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // p2 = x[ids[2]]                                                                         <L 64>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_x, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // p3 = x[ids[3]]                                                                         <L 65>
        var_20 = wp::extract(var_2, var_19);
        var_21 = wp::address(var_x, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // v = wp.abs(tet_volume(p0, p1, p2, p3))                                                 <L 66>
        var_24 = tet_volume_0(var_7, var_12, var_17, var_22);
        var_25 = wp::abs(var_24);
        // s = float(0.0)                                                                         <L 67>
        var_27 = wp::float(var_26);
        // s += wp.length_sq(p1 - p0)                                                             <L 68>
        var_28 = wp::sub(var_12, var_7);
        var_29 = wp::length_sq(var_28);
        var_30 = wp::add(var_27, var_29);
        // s += wp.length_sq(p2 - p0)                                                             <L 69>
        var_31 = wp::sub(var_17, var_7);
        var_32 = wp::length_sq(var_31);
        var_33 = wp::add(var_30, var_32);
        // s += wp.length_sq(p3 - p0)                                                             <L 70>
        var_34 = wp::sub(var_22, var_7);
        var_35 = wp::length_sq(var_34);
        var_36 = wp::add(var_33, var_35);
        // s += wp.length_sq(p2 - p1)                                                             <L 71>
        var_37 = wp::sub(var_17, var_12);
        var_38 = wp::length_sq(var_37);
        var_39 = wp::add(var_36, var_38);
        // s += wp.length_sq(p3 - p1)                                                             <L 72>
        var_40 = wp::sub(var_22, var_12);
        var_41 = wp::length_sq(var_40);
        var_42 = wp::add(var_39, var_41);
        // s += wp.length_sq(p3 - p2)                                                             <L 73>
        var_43 = wp::sub(var_22, var_17);
        var_44 = wp::length_sq(var_43);
        var_45 = wp::add(var_42, var_44);
        // rms = wp.sqrt(s / 6.0)                                                                 <L 74>
        var_47 = wp::div(var_45, var_46);
        var_48 = wp::sqrt(var_47);
        // q = 6.0 * wp.sqrt(2.0) * v / (rms * rms * rms)                                         <L 75>
        var_51 = wp::sqrt(var_50);
        var_52 = wp::mul(var_49, var_51);
        var_53 = wp::mul(var_52, var_25);
        var_54 = wp::mul(var_48, var_48);
        var_55 = wp::mul(var_54, var_48);
        var_56 = wp::div(var_53, var_55);
        // quality[t] = q                                                                         <L 76>
        // wp::array_store(var_quality, var_0, var_56);
        // wp.atomic_min(worst, 0, q)                                                             <L 77>
        // var_58 = wp::atomic_min(var_worst, var_57, var_56);
        //---------
        // reverse
        wp::adj_atomic_min(var_worst, var_57, var_56, adj_worst, adj_57, adj_56, adj_58);
        // adj: wp.atomic_min(worst, 0, q)                                                        <L 77>
        wp::adj_array_store(var_quality, var_0, var_56, adj_quality, adj_0, adj_56);
        // adj: quality[t] = q                                                                    <L 76>
        wp::adj_div(var_53, var_55, var_56, adj_53, adj_55, adj_56);
        wp::adj_mul(var_54, var_48, adj_54, adj_48, adj_55);
        wp::adj_mul(var_48, var_48, adj_48, adj_48, adj_54);
        wp::adj_mul(var_52, var_25, adj_52, adj_25, adj_53);
        wp::adj_mul(var_49, var_51, adj_49, adj_51, adj_52);
        wp::adj_sqrt(var_50, var_51, adj_50, adj_51);
        // adj: q = 6.0 * wp.sqrt(2.0) * v / (rms * rms * rms)                                    <L 75>
        wp::adj_sqrt(var_47, var_48, adj_47, adj_48);
        wp::adj_div(var_45, var_46, var_47, adj_45, adj_46, adj_47);
        // adj: rms = wp.sqrt(s / 6.0)                                                            <L 74>
        wp::adj_add(var_42, var_44, adj_42, adj_44, adj_45);
        wp::adj_length_sq(var_43, adj_43, adj_44);
        wp::adj_sub(var_22, var_17, adj_22, adj_17, adj_43);
        // adj: s += wp.length_sq(p3 - p2)                                                        <L 73>
        wp::adj_add(var_39, var_41, adj_39, adj_41, adj_42);
        wp::adj_length_sq(var_40, adj_40, adj_41);
        wp::adj_sub(var_22, var_12, adj_22, adj_12, adj_40);
        // adj: s += wp.length_sq(p3 - p1)                                                        <L 72>
        wp::adj_add(var_36, var_38, adj_36, adj_38, adj_39);
        wp::adj_length_sq(var_37, adj_37, adj_38);
        wp::adj_sub(var_17, var_12, adj_17, adj_12, adj_37);
        // adj: s += wp.length_sq(p2 - p1)                                                        <L 71>
        wp::adj_add(var_33, var_35, adj_33, adj_35, adj_36);
        wp::adj_length_sq(var_34, adj_34, adj_35);
        wp::adj_sub(var_22, var_7, adj_22, adj_7, adj_34);
        // adj: s += wp.length_sq(p3 - p0)                                                        <L 70>
        wp::adj_add(var_30, var_32, adj_30, adj_32, adj_33);
        wp::adj_length_sq(var_31, adj_31, adj_32);
        wp::adj_sub(var_17, var_7, adj_17, adj_7, adj_31);
        // adj: s += wp.length_sq(p2 - p0)                                                        <L 69>
        wp::adj_add(var_27, var_29, adj_27, adj_29, adj_30);
        wp::adj_length_sq(var_28, adj_28, adj_29);
        wp::adj_sub(var_12, var_7, adj_12, adj_7, adj_28);
        // adj: s += wp.length_sq(p1 - p0)                                                        <L 68>
        wp::adj_float(var_26, adj_26, adj_27);
        // adj: s = float(0.0)                                                                    <L 67>
        wp::adj_abs(var_24, adj_24, adj_25);
        adj_tet_volume_0(var_7, var_12, var_17, var_22, adj_7, adj_12, adj_17, adj_22, adj_24);
        // adj: v = wp.abs(tet_volume(p0, p1, p2, p3))                                            <L 66>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_x, var_20, adj_x, adj_20, adj_21);
        wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
        // adj: p3 = x[ids[3]]                                                                    <L 65>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_x, var_15, adj_x, adj_15, adj_16);
        wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
        // adj: p2 = x[ids[2]]                                                                    <L 64>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_x, var_10, adj_x, adj_10, adj_11);
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
        // adj: p1 = x[ids[1]]                                                                    <L 63>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_x, var_5, adj_x, adj_5, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: p0 = x[ids[0]]                                                                    <L 62>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_tets, var_0, adj_tets, adj_0, adj_1);
        // adj: ids = tets[t]                                                                     <L 61>
        // adj: t = wp.tid()                                                                      <L 60>
        // adj: def tet_quality(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), quality: wp.array(dtype=float), worst: wp.array(dtype=float)):  <L 59>
        continue;
    }
}



extern "C" __global__ void deformation_gradients_1512e02f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::float32> var_J)
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
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        const wp::int32 var_19 = 3;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::int32 var_24 = 0;
        wp::float32 var_25;
        const wp::int32 var_26 = 0;
        wp::float32 var_27;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::float32 var_35;
        const wp::int32 var_36 = 2;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::float32 var_39;
        const wp::int32 var_40 = 2;
        wp::float32 var_41;
        wp::mat_t<3, 3, wp::float32> var_42;
        wp::mat_t<3, 3, wp::float32>* var_43;
        wp::mat_t<3, 3, wp::float32> var_44;
        wp::mat_t<3, 3, wp::float32> var_45;
        wp::float32 var_46;
        //---------
        // forward
        // def deformation_gradients(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), Dm_inv: wp.array(dtype=wp.mat33), F: wp.array(dtype=wp.mat33), J: wp.array(dtype=float)):       <L 81>
        // t = wp.tid()                                                                           <L 82>
        var_0 = builtin_tid1d();
        // ids = tets[t]                                                                          <L 83>
        var_1 = wp::address(var_tets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p0 = x[ids[0]]                                                                         <L 84>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // e1 = x[ids[1]] - p0                                                                    <L 85>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_x, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::sub(var_13, var_7);
        // e2 = x[ids[2]] - p0                                                                    <L 86>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_x, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::sub(var_18, var_7);
        // e3 = x[ids[3]] - p0                                                                    <L 87>
        var_20 = wp::extract(var_2, var_19);
        var_21 = wp::address(var_x, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::sub(var_23, var_7);
        // Ds = wp.mat33(e1[0], e2[0], e3[0], e1[1], e2[1], e3[1], e1[2], e2[2], e3[2])           <L 88>
        var_25 = wp::extract(var_12, var_24);
        var_27 = wp::extract(var_17, var_26);
        var_29 = wp::extract(var_22, var_28);
        var_31 = wp::extract(var_12, var_30);
        var_33 = wp::extract(var_17, var_32);
        var_35 = wp::extract(var_22, var_34);
        var_37 = wp::extract(var_12, var_36);
        var_39 = wp::extract(var_17, var_38);
        var_41 = wp::extract(var_22, var_40);
        var_42 = wp::mat_t<3, 3, wp::float32>(var_25, var_27, var_29, var_31, var_33, var_35, var_37, var_39, var_41);
        // Ft = Ds * Dm_inv[t]                                                                    <L 89>
        var_43 = wp::address(var_Dm_inv, var_0);
        var_45 = wp::load(var_43);
        var_44 = wp::mul(var_42, var_45);
        // F[t] = Ft                                                                              <L 90>
        wp::array_store(var_F, var_0, var_44);
        // J[t] = wp.determinant(Ft)                                                              <L 91>
        var_46 = wp::determinant(var_44);
        wp::array_store(var_J, var_0, var_46);
    }
}



extern "C" __global__ void deformation_gradients_1512e02f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_Dm_inv,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::float32> var_J,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_Dm_inv,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F,
    wp::array_t<wp::float32> adj_J)
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
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 2;
        wp::int32 var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        const wp::int32 var_19 = 3;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::int32 var_24 = 0;
        wp::float32 var_25;
        const wp::int32 var_26 = 0;
        wp::float32 var_27;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::float32 var_35;
        const wp::int32 var_36 = 2;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::float32 var_39;
        const wp::int32 var_40 = 2;
        wp::float32 var_41;
        wp::mat_t<3, 3, wp::float32> var_42;
        wp::mat_t<3, 3, wp::float32>* var_43;
        wp::mat_t<3, 3, wp::float32> var_44;
        wp::mat_t<3, 3, wp::float32> var_45;
        wp::float32 var_46;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::int32> adj_1 = {};
        wp::vec_t<4, wp::int32> adj_2 = {};
        wp::vec_t<4, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::mat_t<3, 3, wp::float32> adj_42 = {};
        wp::mat_t<3, 3, wp::float32> adj_43 = {};
        wp::mat_t<3, 3, wp::float32> adj_44 = {};
        wp::mat_t<3, 3, wp::float32> adj_45 = {};
        wp::float32 adj_46 = {};
        //---------
        // forward
        // def deformation_gradients(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), Dm_inv: wp.array(dtype=wp.mat33), F: wp.array(dtype=wp.mat33), J: wp.array(dtype=float)):       <L 81>
        // t = wp.tid()                                                                           <L 82>
        var_0 = builtin_tid1d();
        // ids = tets[t]                                                                          <L 83>
        var_1 = wp::address(var_tets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p0 = x[ids[0]]                                                                         <L 84>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // e1 = x[ids[1]] - p0                                                                    <L 85>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_x, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::sub(var_13, var_7);
        // e2 = x[ids[2]] - p0                                                                    <L 86>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_x, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::sub(var_18, var_7);
        // e3 = x[ids[3]] - p0                                                                    <L 87>
        var_20 = wp::extract(var_2, var_19);
        var_21 = wp::address(var_x, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::sub(var_23, var_7);
        // Ds = wp.mat33(e1[0], e2[0], e3[0], e1[1], e2[1], e3[1], e1[2], e2[2], e3[2])           <L 88>
        var_25 = wp::extract(var_12, var_24);
        var_27 = wp::extract(var_17, var_26);
        var_29 = wp::extract(var_22, var_28);
        var_31 = wp::extract(var_12, var_30);
        var_33 = wp::extract(var_17, var_32);
        var_35 = wp::extract(var_22, var_34);
        var_37 = wp::extract(var_12, var_36);
        var_39 = wp::extract(var_17, var_38);
        var_41 = wp::extract(var_22, var_40);
        var_42 = wp::mat_t<3, 3, wp::float32>(var_25, var_27, var_29, var_31, var_33, var_35, var_37, var_39, var_41);
        // Ft = Ds * Dm_inv[t]                                                                    <L 89>
        var_43 = wp::address(var_Dm_inv, var_0);
        var_45 = wp::load(var_43);
        var_44 = wp::mul(var_42, var_45);
        // F[t] = Ft                                                                              <L 90>
        // wp::array_store(var_F, var_0, var_44);
        // J[t] = wp.determinant(Ft)                                                              <L 91>
        var_46 = wp::determinant(var_44);
        // wp::array_store(var_J, var_0, var_46);
        //---------
        // reverse
        wp::adj_array_store(var_J, var_0, var_46, adj_J, adj_0, adj_46);
        wp::adj_determinant(var_44, adj_44, adj_46);
        // adj: J[t] = wp.determinant(Ft)                                                         <L 91>
        wp::adj_array_store(var_F, var_0, var_44, adj_F, adj_0, adj_44);
        // adj: F[t] = Ft                                                                         <L 90>
        wp::adj_mul(var_42, var_45, adj_42, adj_43, adj_44);
        wp::adj_address(var_Dm_inv, var_0, adj_Dm_inv, adj_0, adj_43);
        // adj: Ft = Ds * Dm_inv[t]                                                               <L 89>
        wp::adj_mat_t(var_25, var_27, var_29, var_31, var_33, var_35, var_37, var_39, var_41, adj_25, adj_27, adj_29, adj_31, adj_33, adj_35, adj_37, adj_39, adj_41, adj_42);
        wp::adj_extract(var_22, var_40, adj_22, adj_40, adj_41);
        wp::adj_extract(var_17, var_38, adj_17, adj_38, adj_39);
        wp::adj_extract(var_12, var_36, adj_12, adj_36, adj_37);
        wp::adj_extract(var_22, var_34, adj_22, adj_34, adj_35);
        wp::adj_extract(var_17, var_32, adj_17, adj_32, adj_33);
        wp::adj_extract(var_12, var_30, adj_12, adj_30, adj_31);
        wp::adj_extract(var_22, var_28, adj_22, adj_28, adj_29);
        wp::adj_extract(var_17, var_26, adj_17, adj_26, adj_27);
        wp::adj_extract(var_12, var_24, adj_12, adj_24, adj_25);
        // adj: Ds = wp.mat33(e1[0], e2[0], e3[0], e1[1], e2[1], e3[1], e1[2], e2[2], e3[2])      <L 88>
        wp::adj_sub(var_23, var_7, adj_21, adj_7, adj_22);
        wp::adj_address(var_x, var_20, adj_x, adj_20, adj_21);
        wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
        // adj: e3 = x[ids[3]] - p0                                                               <L 87>
        wp::adj_sub(var_18, var_7, adj_16, adj_7, adj_17);
        wp::adj_address(var_x, var_15, adj_x, adj_15, adj_16);
        wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
        // adj: e2 = x[ids[2]] - p0                                                               <L 86>
        wp::adj_sub(var_13, var_7, adj_11, adj_7, adj_12);
        wp::adj_address(var_x, var_10, adj_x, adj_10, adj_11);
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
        // adj: e1 = x[ids[1]] - p0                                                               <L 85>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_x, var_5, adj_x, adj_5, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: p0 = x[ids[0]]                                                                    <L 84>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_tets, var_0, adj_tets, adj_0, adj_1);
        // adj: ids = tets[t]                                                                     <L 83>
        // adj: t = wp.tid()                                                                      <L 82>
        // adj: def deformation_gradients(x: wp.array(dtype=wp.vec3), tets: wp.array(dtype=wp.vec4i), Dm_inv: wp.array(dtype=wp.mat33), F: wp.array(dtype=wp.mat33), J: wp.array(dtype=float)):  <L 81>
        continue;
    }
}

