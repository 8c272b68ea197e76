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


struct Wheel_1aecc386
{
    wp::vec_t<3, wp::float32> mount;
    wp::float32 radius;
    wp::float32 rest_length;
    wp::float32 stiffness;
    wp::float32 damping;
    wp::float32 compression;


    Wheel_1aecc386() = default;
    CUDA_CALLABLE Wheel_1aecc386(wp::vec_t<3, wp::float32> const& mount,
    wp::float32 const& radius = {},
    wp::float32 const& rest_length = {},
    wp::float32 const& stiffness = {},
    wp::float32 const& damping = {},
    wp::float32 const& compression = {})
        : mount{mount}
        , radius{radius}
        , rest_length{rest_length}
        , stiffness{stiffness}
        , damping{damping}
        , compression{compression}

    {
    }

    CUDA_CALLABLE Wheel_1aecc386& operator += (const Wheel_1aecc386& rhs)
    {    mount += rhs.mount;
    radius += rhs.radius;
    rest_length += rhs.rest_length;
    stiffness += rhs.stiffness;
    damping += rhs.damping;
    compression += rhs.compression;

        return *this;}

};

static CUDA_CALLABLE void adj_Wheel_1aecc386(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_mount,
    wp::float32 & adj_radius,
    wp::float32 & adj_rest_length,
    wp::float32 & adj_stiffness,
    wp::float32 & adj_damping,
    wp::float32 & adj_compression,
    Wheel_1aecc386 & adj_ret)
{
    adj_mount += adj_ret.mount;
    adj_radius += adj_ret.radius;
    adj_rest_length += adj_ret.rest_length;
    adj_stiffness += adj_ret.stiffness;
    adj_damping += adj_ret.damping;
    adj_compression += adj_ret.compression;
}

// Required when compiling adjoints.
CUDA_CALLABLE Wheel_1aecc386 add(const Wheel_1aecc386& a, const Wheel_1aecc386& b)
{
    return Wheel_1aecc386();
}

CUDA_CALLABLE void adj_atomic_add(Wheel_1aecc386* p, Wheel_1aecc386 t)
{
    wp::adj_atomic_add(&p->mount, t.mount);
    wp::adj_atomic_add(&p->radius, t.radius);
    wp::adj_atomic_add(&p->rest_length, t.rest_length);
    wp::adj_atomic_add(&p->stiffness, t.stiffness);
    wp::adj_atomic_add(&p->damping, t.damping);
    wp::adj_atomic_add(&p->compression, t.compression);
}




// corpus/114_vehicle_suspension.py:14
static CUDA_CALLABLE void ray_ground_0(
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::array_t<wp::float32> var_ground_h,
    wp::float32 var_cell,
    wp::float32 var_max_t,
    bool & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.25;
    wp::float32 var_3;
    bool var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    wp::shape_t* var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::shape_t var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::int32 var_30;
    const wp::int32 var_31 = 1;
    wp::float32 var_32;
    wp::float32* var_33;
    bool var_34;
    wp::float32 var_35;
    const bool var_36 = true;
    wp::float32 var_37;
    const bool var_38 = false;
    //---------
    // forward
    // def ray_ground(o: wp.vec3, d: wp.vec3, ground_h: wp.array2d(dtype=float), cell: float, max_t: float):       <L 15>
    // t = float(0.0)                                                                         <L 16>
    var_1 = wp::float(var_0);
    // step = cell * 0.25                                                                     <L 17>
    var_3 = wp::mul(var_cell, var_2);
    // while t < max_t:                                                                       <L 18>
    start_while_0:;
    var_4 = (var_1 < var_max_t);
    if ((var_4) == false) goto end_while_0;
        // p = o + d * t                                                                      <L 19>
        var_5 = wp::mul(var_d, var_1);
        var_6 = wp::add(var_o, var_5);
        // i = wp.clamp(int(p[0] / cell), 0, ground_h.shape[0] - 1)                           <L 20>
        var_8 = wp::extract(var_6, var_7);
        var_9 = wp::div(var_8, var_cell);
        var_10 = wp::int(var_9);
        var_12 = &(var_ground_h.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_17 = wp::sub(var_14, var_16);
        var_18 = wp::clamp(var_10, var_11, var_17);
        // j = wp.clamp(int(p[2] / cell), 0, ground_h.shape[1] - 1)                           <L 21>
        var_20 = wp::extract(var_6, var_19);
        var_21 = wp::div(var_20, var_cell);
        var_22 = wp::int(var_21);
        var_24 = &(var_ground_h.shape);
        var_27 = wp::load(var_24);
        var_26 = wp::extract(var_27, var_25);
        var_29 = wp::sub(var_26, var_28);
        var_30 = wp::clamp(var_22, var_23, var_29);
        // if p[1] <= ground_h[i, j]:                                                         <L 22>
        var_32 = wp::extract(var_6, var_31);
        var_33 = wp::address(var_ground_h, var_18, var_30);
        var_35 = wp::load(var_33);
        var_34 = (var_32 <= var_35);
        if (var_34) {
            // return True, t                                                                 <L 23>
            ret_0 = var_36;
            ret_1 = var_1;
            return;
        }
        // t += step                                                                          <L 24>
        var_37 = wp::add(var_1, var_3);
        wp::assign(var_1, var_37);
    goto start_while_0;
    end_while_0:;
    // return False, max_t                                                                    <L 25>
    ret_0 = var_38;
    ret_1 = var_max_t;
    return;
}


// corpus/114_vehicle_suspension.py:14
static CUDA_CALLABLE void adj_ray_ground_0(
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::array_t<wp::float32> var_ground_h,
    wp::float32 var_cell,
    wp::float32 var_max_t,
    bool & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_o,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::array_t<wp::float32> & adj_ground_h,
    wp::float32 & adj_cell,
    wp::float32 & adj_max_t,
    bool & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.25;
    wp::float32 var_3;
    bool var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    wp::shape_t* var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::shape_t var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::int32 var_30;
    const wp::int32 var_31 = 1;
    wp::float32 var_32;
    wp::float32* var_33;
    bool var_34;
    wp::float32 var_35;
    const bool var_36 = true;
    wp::float32 var_37;
    const bool var_38 = false;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    bool adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::shape_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::shape_t adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    bool adj_34 = {};
    wp::float32 adj_35 = {};
    bool adj_36 = {};
    wp::float32 adj_37 = {};
    bool adj_38 = {};
    //---------
    // forward
    // def ray_ground(o: wp.vec3, d: wp.vec3, ground_h: wp.array2d(dtype=float), cell: float, max_t: float):       <L 15>
    // t = float(0.0)                                                                         <L 16>
    var_1 = wp::float(var_0);
    // step = cell * 0.25                                                                     <L 17>
    var_3 = wp::mul(var_cell, var_2);
    // while t < max_t:                                                                       <L 18>
    // return False, max_t                                                                    <L 25>
    ret_0 = var_38;
    ret_1 = var_max_t;
    goto label3;
    //---------
    // reverse
    label3:;
    adj_max_t += adj_ret_1;
    adj_38 += adj_ret_0;
    // adj: return False, max_t                                                               <L 25>
    start_while_0:;
    var_4 = (var_1 < var_max_t);
    if ((var_4) == false) goto end_while_0;
    adj_5 = {};
    adj_6 = {};
    adj_7 = {};
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
        // p = o + d * t                                                                      <L 19>
        var_5 = wp::mul(var_d, var_1);
        var_6 = wp::add(var_o, var_5);
        // i = wp.clamp(int(p[0] / cell), 0, ground_h.shape[0] - 1)                           <L 20>
        var_8 = wp::extract(var_6, var_7);
        var_9 = wp::div(var_8, var_cell);
        var_10 = wp::int(var_9);
        var_12 = &(var_ground_h.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_17 = wp::sub(var_14, var_16);
        var_18 = wp::clamp(var_10, var_11, var_17);
        // j = wp.clamp(int(p[2] / cell), 0, ground_h.shape[1] - 1)                           <L 21>
        var_20 = wp::extract(var_6, var_19);
        var_21 = wp::div(var_20, var_cell);
        var_22 = wp::int(var_21);
        var_24 = &(var_ground_h.shape);
        var_27 = wp::load(var_24);
        var_26 = wp::extract(var_27, var_25);
        var_29 = wp::sub(var_26, var_28);
        var_30 = wp::clamp(var_22, var_23, var_29);
        // if p[1] <= ground_h[i, j]:                                                         <L 22>
        var_32 = wp::extract(var_6, var_31);
        var_33 = wp::address(var_ground_h, var_18, var_30);
        var_35 = wp::load(var_33);
        var_34 = (var_32 <= var_35);
        if (var_34) {
            // return True, t                                                                 <L 23>
            ret_0 = var_36;
            ret_1 = var_1;
            goto label2;
        }
        // t += step                                                                          <L 24>
        var_37 = wp::add(var_1, var_3);
        wp::assign(var_1, var_37);
        wp::adj_assign(var_1, var_37, adj_1, adj_37);
        wp::adj_add(var_1, var_3, adj_1, adj_3, adj_37);
        // adj: t += step                                                                     <L 24>
        if (var_34) {
            label2:;
            adj_1 += adj_ret_1;
            adj_36 += adj_ret_0;
            // adj: return True, t                                                            <L 23>
        }
        wp::adj_address(var_ground_h, var_18, var_30, adj_ground_h, adj_18, adj_30, adj_33);
        wp::adj_extract(var_6, var_31, adj_6, adj_31, adj_32);
        // adj: if p[1] <= ground_h[i, j]:                                                    <L 22>
        wp::adj_clamp(var_22, var_23, var_29, adj_22, adj_23, adj_29, adj_30);
        wp::adj_sub(var_26, var_28, adj_26, adj_28, adj_29);
        adj_ground_h.shape = adj_24;
        wp::adj_div(var_20, var_cell, var_21, adj_20, adj_cell, adj_21);
        wp::adj_extract(var_6, var_19, adj_6, adj_19, adj_20);
        // adj: j = wp.clamp(int(p[2] / cell), 0, ground_h.shape[1] - 1)                      <L 21>
        wp::adj_clamp(var_10, var_11, var_17, adj_10, adj_11, adj_17, adj_18);
        wp::adj_sub(var_14, var_16, adj_14, adj_16, adj_17);
        adj_ground_h.shape = adj_12;
        wp::adj_div(var_8, var_cell, var_9, adj_8, adj_cell, adj_9);
        wp::adj_extract(var_6, var_7, adj_6, adj_7, adj_8);
        // adj: i = wp.clamp(int(p[0] / cell), 0, ground_h.shape[0] - 1)                      <L 20>
        wp::adj_add(var_o, var_5, adj_o, adj_5, adj_6);
        wp::adj_mul(var_d, var_1, adj_d, adj_1, adj_5);
        // adj: p = o + d * t                                                                 <L 19>
    goto start_while_0;
    end_while_0:;
    // adj: while t < max_t:                                                                  <L 18>
    wp::adj_mul(var_cell, var_2, adj_cell, adj_2, adj_3);
    // adj: step = cell * 0.25                                                                <L 17>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: t = float(0.0)                                                                    <L 16>
    // adj: def ray_ground(o: wp.vec3, d: wp.vec3, ground_h: wp.array2d(dtype=float), cell: float, max_t: float):  <L 15>
    return;
}



extern "C" __global__ void suspension_forces_73887e6d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_chassis,
    wp::array_t<wp::vec_t<6, wp::float32>> var_chassis_qd,
    wp::array_t<Wheel_1aecc386> var_wheels,
    wp::array_t<wp::float32> var_ground_h,
    wp::float32 var_cell,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrench,
    wp::array_t<wp::int32> var_contacts)
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
        wp::transform_t<wp::float32>* var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        Wheel_1aecc386* var_5;
        Wheel_1aecc386 var_6;
        Wheel_1aecc386 var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 0.0;
        const wp::float32 var_12 = -1.0;
        const wp::float32 var_13 = 0.0;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32* var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        bool var_21;
        wp::float32 var_22;
        bool var_23;
        const wp::float32 var_24 = 0.0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::float32 var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.0;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<6, wp::float32> var_46;
        wp::vec_t<6, wp::float32> var_47;
        //---------
        // forward
        // def suspension_forces(                                                                 <L 29>
        // v, w = wp.tid()                                                                        <L 39>
        builtin_tid2d(var_0, var_1);
        // X = chassis[v]                                                                         <L 40>
        var_2 = wp::address(var_chassis, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // wh = wheels[v, w]                                                                      <L 41>
        var_5 = wp::address(var_wheels, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // origin = wp.transform_point(X, wh.mount)                                               <L 42>
        var_8 = &((var_6).mount);
        var_10 = wp::load(var_8);
        var_9 = wp::transform_point(var_3, var_10);
        // down = wp.transform_vector(X, wp.vec3(0.0, -1.0, 0.0))                                 <L 43>
        var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
        var_15 = wp::transform_vector(var_3, var_14);
        // max_len = wh.rest_length + wh.radius                                                   <L 44>
        var_16 = &((var_6).rest_length);
        var_17 = &((var_6).radius);
        var_19 = wp::load(var_16);
        var_20 = wp::load(var_17);
        var_18 = wp::add(var_19, var_20);
        // hit, t = ray_ground(origin, down, ground_h, cell, max_len)                             <L 45>
        ray_ground_0(var_9, var_15, var_ground_h, var_cell, var_18, var_21, var_22);
        // if not hit:                                                                            <L 46>
        var_23 = wp::unot(var_21);
        if (var_23) {
            // wh.compression = 0.0                                                               <L 47>
            var_6.compression = var_24;
            // wheels[v, w] = wh                                                                  <L 48>
            wp::array_store(var_wheels, var_0, var_1, var_6);
            // return                                                                             <L 49>
            continue;
        }
        // wp.atomic_add(contacts, v, 1)                                                          <L 50>
        var_26 = wp::atomic_add(var_contacts, var_0, var_25);
        // comp = max_len - t                                                                     <L 51>
        var_27 = wp::sub(var_18, var_22);
        // comp_rate = (comp - wh.compression) / dt                                               <L 52>
        var_28 = &((var_6).compression);
        var_30 = wp::load(var_28);
        var_29 = wp::sub(var_27, var_30);
        var_31 = wp::div(var_29, var_dt);
        // wh.compression = comp                                                                  <L 53>
        var_6.compression = var_27;
        // wheels[v, w] = wh                                                                      <L 54>
        wp::array_store(var_wheels, var_0, var_1, var_6);
        // f_mag = wp.max(wh.stiffness * comp + wh.damping * comp_rate, 0.0)                      <L 55>
        var_32 = &((var_6).stiffness);
        var_34 = wp::load(var_32);
        var_33 = wp::mul(var_34, var_27);
        var_35 = &((var_6).damping);
        var_37 = wp::load(var_35);
        var_36 = wp::mul(var_37, var_31);
        var_38 = wp::add(var_33, var_36);
        var_40 = wp::max(var_38, var_39);
        // f = -down * f_mag                                                                      <L 56>
        var_41 = wp::neg(var_15);
        var_42 = wp::mul(var_41, var_40);
        // r = origin - wp.transform_get_translation(X)                                           <L 57>
        var_43 = wp::transform_get_translation(var_3);
        var_44 = wp::sub(var_9, var_43);
        // wp.atomic_add(wrench, v, wp.spatial_vector(wp.cross(r, f), f))                         <L 58>
        var_45 = wp::cross(var_44, var_42);
        var_46 = wp::vec_t<6, wp::float32>(var_45, var_42);
        var_47 = wp::atomic_add(var_wrench, var_0, var_46);
    }
}



extern "C" __global__ void suspension_forces_73887e6d_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_chassis,
    wp::array_t<wp::vec_t<6, wp::float32>> var_chassis_qd,
    wp::array_t<Wheel_1aecc386> var_wheels,
    wp::array_t<wp::float32> var_ground_h,
    wp::float32 var_cell,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrench,
    wp::array_t<wp::int32> var_contacts,
    wp::array_t<wp::transform_t<wp::float32>> adj_chassis,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_chassis_qd,
    wp::array_t<Wheel_1aecc386> adj_wheels,
    wp::array_t<wp::float32> adj_ground_h,
    wp::float32 adj_cell,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_wrench,
    wp::array_t<wp::int32> adj_contacts)
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
        wp::transform_t<wp::float32>* var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        Wheel_1aecc386* var_5;
        Wheel_1aecc386 var_6;
        Wheel_1aecc386 var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 0.0;
        const wp::float32 var_12 = -1.0;
        const wp::float32 var_13 = 0.0;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32* var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        bool var_21;
        wp::float32 var_22;
        bool var_23;
        const wp::float32 var_24 = 0.0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::float32 var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.0;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<6, wp::float32> var_46;
        wp::vec_t<6, wp::float32> var_47;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        Wheel_1aecc386 adj_5 = {};
        Wheel_1aecc386 adj_6 = {};
        Wheel_1aecc386 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<6, wp::float32> adj_46 = {};
        wp::vec_t<6, wp::float32> adj_47 = {};
        //---------
        // forward
        // def suspension_forces(                                                                 <L 29>
        // v, w = wp.tid()                                                                        <L 39>
        builtin_tid2d(var_0, var_1);
        // X = chassis[v]                                                                         <L 40>
        var_2 = wp::address(var_chassis, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // wh = wheels[v, w]                                                                      <L 41>
        var_5 = wp::address(var_wheels, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // origin = wp.transform_point(X, wh.mount)                                               <L 42>
        var_8 = &((var_6).mount);
        var_10 = wp::load(var_8);
        var_9 = wp::transform_point(var_3, var_10);
        // down = wp.transform_vector(X, wp.vec3(0.0, -1.0, 0.0))                                 <L 43>
        var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
        var_15 = wp::transform_vector(var_3, var_14);
        // max_len = wh.rest_length + wh.radius                                                   <L 44>
        var_16 = &((var_6).rest_length);
        var_17 = &((var_6).radius);
        var_19 = wp::load(var_16);
        var_20 = wp::load(var_17);
        var_18 = wp::add(var_19, var_20);
        // hit, t = ray_ground(origin, down, ground_h, cell, max_len)                             <L 45>
        ray_ground_0(var_9, var_15, var_ground_h, var_cell, var_18, var_21, var_22);
        // if not hit:                                                                            <L 46>
        var_23 = wp::unot(var_21);
        if (var_23) {
            // wh.compression = 0.0                                                               <L 47>
            var_6.compression = var_24;
            // wheels[v, w] = wh                                                                  <L 48>
            // wp::array_store(var_wheels, var_0, var_1, var_6);
            // return                                                                             <L 49>
            goto label0;
        }
        // wp.atomic_add(contacts, v, 1)                                                          <L 50>
        // var_26 = wp::atomic_add(var_contacts, var_0, var_25);
        // comp = max_len - t                                                                     <L 51>
        var_27 = wp::sub(var_18, var_22);
        // comp_rate = (comp - wh.compression) / dt                                               <L 52>
        var_28 = &((var_6).compression);
        var_30 = wp::load(var_28);
        var_29 = wp::sub(var_27, var_30);
        var_31 = wp::div(var_29, var_dt);
        // wh.compression = comp                                                                  <L 53>
        var_6.compression = var_27;
        // wheels[v, w] = wh                                                                      <L 54>
        // wp::array_store(var_wheels, var_0, var_1, var_6);
        // f_mag = wp.max(wh.stiffness * comp + wh.damping * comp_rate, 0.0)                      <L 55>
        var_32 = &((var_6).stiffness);
        var_34 = wp::load(var_32);
        var_33 = wp::mul(var_34, var_27);
        var_35 = &((var_6).damping);
        var_37 = wp::load(var_35);
        var_36 = wp::mul(var_37, var_31);
        var_38 = wp::add(var_33, var_36);
        var_40 = wp::max(var_38, var_39);
        // f = -down * f_mag                                                                      <L 56>
        var_41 = wp::neg(var_15);
        var_42 = wp::mul(var_41, var_40);
        // r = origin - wp.transform_get_translation(X)                                           <L 57>
        var_43 = wp::transform_get_translation(var_3);
        var_44 = wp::sub(var_9, var_43);
        // wp.atomic_add(wrench, v, wp.spatial_vector(wp.cross(r, f), f))                         <L 58>
        var_45 = wp::cross(var_44, var_42);
        var_46 = wp::vec_t<6, wp::float32>(var_45, var_42);
        // var_47 = wp::atomic_add(var_wrench, var_0, var_46);
        //---------
        // reverse
        wp::adj_atomic_add(var_wrench, var_0, var_46, adj_wrench, adj_0, adj_46, adj_47);
        wp::adj_vec_t(var_45, var_42, adj_45, adj_42, adj_46);
        wp::adj_cross(var_44, var_42, adj_44, adj_42, adj_45);
        // adj: wp.atomic_add(wrench, v, wp.spatial_vector(wp.cross(r, f), f))                    <L 58>
        wp::adj_sub(var_9, var_43, adj_9, adj_43, adj_44);
        wp::adj_transform_get_translation(var_3, adj_3, adj_43);
        // adj: r = origin - wp.transform_get_translation(X)                                      <L 57>
        wp::adj_mul(var_41, var_40, adj_41, adj_40, adj_42);
        wp::adj_neg(var_15, adj_15, adj_41);
        // adj: f = -down * f_mag                                                                 <L 56>
        wp::adj_max(var_38, var_39, adj_38, adj_39, adj_40);
        wp::adj_add(var_33, var_36, adj_33, adj_36, adj_38);
        wp::adj_mul(var_37, var_31, adj_35, adj_31, adj_36);
        adj_6.damping += adj_35;
        wp::adj_mul(var_34, var_27, adj_32, adj_27, adj_33);
        adj_6.stiffness += adj_32;
        // adj: f_mag = wp.max(wh.stiffness * comp + wh.damping * comp_rate, 0.0)                 <L 55>
        wp::adj_array_store(var_wheels, var_0, var_1, var_6, adj_wheels, adj_0, adj_1, adj_6);
        // adj: wheels[v, w] = wh                                                                 <L 54>
        adj_27 += adj_6.compression;
        adj_6.compression = {};
        // adj: wh.compression = comp                                                             <L 53>
        wp::adj_div(var_29, var_dt, var_31, adj_29, adj_dt, adj_31);
        wp::adj_sub(var_27, var_30, adj_27, adj_28, adj_29);
        adj_6.compression += adj_28;
        // adj: comp_rate = (comp - wh.compression) / dt                                          <L 52>
        wp::adj_sub(var_18, var_22, adj_18, adj_22, adj_27);
        // adj: comp = max_len - t                                                                <L 51>
        wp::adj_atomic_add(var_contacts, var_0, var_25, adj_contacts, adj_0, adj_25, adj_26);
        // adj: wp.atomic_add(contacts, v, 1)                                                     <L 50>
        if (var_23) {
            label0:;
            // adj: return                                                                        <L 49>
            wp::adj_array_store(var_wheels, var_0, var_1, var_6, adj_wheels, adj_0, adj_1, adj_6);
            // adj: wheels[v, w] = wh                                                             <L 48>
            adj_24 += adj_6.compression;
            adj_6.compression = {};
            // adj: wh.compression = 0.0                                                          <L 47>
        }
        // adj: if not hit:                                                                       <L 46>
        adj_ray_ground_0(var_9, var_15, var_ground_h, var_cell, var_18, var_21, var_22, adj_9, adj_15, adj_ground_h, adj_cell, adj_18, adj_21, adj_22);
        // adj: hit, t = ray_ground(origin, down, ground_h, cell, max_len)                        <L 45>
        wp::adj_add(var_19, var_20, adj_16, adj_17, adj_18);
        adj_6.radius += adj_17;
        adj_6.rest_length += adj_16;
        // adj: max_len = wh.rest_length + wh.radius                                              <L 44>
        wp::adj_transform_vector(var_3, var_14, adj_3, adj_14, adj_15);
        wp::adj_vec_t(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
        // adj: down = wp.transform_vector(X, wp.vec3(0.0, -1.0, 0.0))                            <L 43>
        wp::adj_transform_point(var_3, var_10, adj_3, adj_8, adj_9);
        adj_6.mount += adj_8;
        // adj: origin = wp.transform_point(X, wh.mount)                                          <L 42>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_wheels, var_0, var_1, adj_wheels, adj_0, adj_1, adj_5);
        // adj: wh = wheels[v, w]                                                                 <L 41>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_chassis, var_0, adj_chassis, adj_0, adj_2);
        // adj: X = chassis[v]                                                                    <L 40>
        // adj: v, w = wp.tid()                                                                   <L 39>
        // adj: def suspension_forces(                                                            <L 29>
        continue;
    }
}



extern "C" __global__ void integrate_chassis_7881683a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_chassis,
    wp::array_t<wp::vec_t<6, wp::float32>> var_chassis_qd,
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrench,
    wp::float32 var_mass,
    wp::mat_t<3, 3, wp::float32> var_inv_inertia,
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::vec_t<6, wp::float32>* var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::vec_t<6, wp::float32>* var_7;
        wp::vec_t<6, wp::float32> var_8;
        wp::vec_t<6, wp::float32> var_9;
        wp::quat_t<wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        const wp::int32 var_27 = 0;
        wp::float32 var_28;
        const wp::int32 var_29 = 1;
        wp::float32 var_30;
        const wp::int32 var_31 = 2;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.0;
        wp::quat_t<wp::float32> var_34;
        wp::quat_t<wp::float32> var_35;
        const wp::float32 var_36 = 0.5;
        wp::float32 var_37;
        wp::quat_t<wp::float32> var_38;
        wp::quat_t<wp::float32> var_39;
        wp::quat_t<wp::float32> var_40;
        wp::transform_t<wp::float32> var_41;
        wp::vec_t<6, wp::float32> var_42;
        wp::vec_t<6, wp::float32> var_43;
        //---------
        // forward
        // def integrate_chassis(chassis: wp.array(dtype=wp.transform), chassis_qd: wp.array(dtype=wp.spatial_vector), wrench: wp.array(dtype=wp.spatial_vector), mass: float, inv_inertia: wp.mat33, gravity: wp.vec3, dt: float):       <L 62>
        // v = wp.tid()                                                                           <L 63>
        var_0 = builtin_tid1d();
        // X = chassis[v]                                                                         <L 64>
        var_1 = wp::address(var_chassis, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // qd = chassis_qd[v]                                                                     <L 65>
        var_4 = wp::address(var_chassis_qd, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // f = wrench[v]                                                                          <L 66>
        var_7 = wp::address(var_wrench, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // q = wp.transform_get_rotation(X)                                                       <L 67>
        var_10 = wp::transform_get_rotation(var_2);
        // lin = wp.spatial_bottom(qd) + (wp.spatial_bottom(f) / mass + gravity) * dt             <L 68>
        var_11 = wp::spatial_bottom(var_5);
        var_12 = wp::spatial_bottom(var_8);
        var_13 = wp::div(var_12, var_mass);
        var_14 = wp::add(var_13, var_gravity);
        var_15 = wp::mul(var_14, var_dt);
        var_16 = wp::add(var_11, var_15);
        // tau_local = wp.quat_rotate_inv(q, wp.spatial_top(f))                                   <L 69>
        var_17 = wp::spatial_top(var_8);
        var_18 = wp::quat_rotate_inv(var_10, var_17);
        // ang = wp.spatial_top(qd) + wp.quat_rotate(q, inv_inertia * tau_local) * dt             <L 70>
        var_19 = wp::spatial_top(var_5);
        var_20 = wp::mul(var_inv_inertia, var_18);
        var_21 = wp::quat_rotate(var_10, var_20);
        var_22 = wp::mul(var_21, var_dt);
        var_23 = wp::add(var_19, var_22);
        // p = wp.transform_get_translation(X) + lin * dt                                         <L 71>
        var_24 = wp::transform_get_translation(var_2);
        var_25 = wp::mul(var_16, var_dt);
        var_26 = wp::add(var_24, var_25);
        // q = wp.normalize(q + wp.quat(ang[0], ang[1], ang[2], 0.0) * q * (0.5 * dt))            <L 72>
        var_28 = wp::extract(var_23, var_27);
        var_30 = wp::extract(var_23, var_29);
        var_32 = wp::extract(var_23, var_31);
        var_34 = wp::quat_t<wp::float32>(var_28, var_30, var_32, var_33);
        var_35 = wp::mul(var_34, var_10);
        var_37 = wp::mul(var_36, var_dt);
        var_38 = wp::mul(var_35, var_37);
        var_39 = wp::add(var_10, var_38);
        var_40 = wp::normalize(var_39);
        // chassis[v] = wp.transform(p, q)                                                        <L 73>
        var_41 = wp::transform_t<wp::float32>(var_26, var_40);
        wp::array_store(var_chassis, var_0, var_41);
        // chassis_qd[v] = wp.spatial_vector(ang, lin)                                            <L 74>
        var_42 = wp::vec_t<6, wp::float32>(var_23, var_16);
        wp::array_store(var_chassis_qd, var_0, var_42);
        // wrench[v] = wp.spatial_vector()                                                        <L 75>
        var_43 = wp::vec_t<6, wp::float32>();
        wp::array_store(var_wrench, var_0, var_43);
    }
}



extern "C" __global__ void integrate_chassis_7881683a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_chassis,
    wp::array_t<wp::vec_t<6, wp::float32>> var_chassis_qd,
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrench,
    wp::float32 var_mass,
    wp::mat_t<3, 3, wp::float32> var_inv_inertia,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_dt,
    wp::array_t<wp::transform_t<wp::float32>> adj_chassis,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_chassis_qd,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_wrench,
    wp::float32 adj_mass,
    wp::mat_t<3, 3, wp::float32> adj_inv_inertia,
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::vec_t<6, wp::float32>* var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::vec_t<6, wp::float32>* var_7;
        wp::vec_t<6, wp::float32> var_8;
        wp::vec_t<6, wp::float32> var_9;
        wp::quat_t<wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        const wp::int32 var_27 = 0;
        wp::float32 var_28;
        const wp::int32 var_29 = 1;
        wp::float32 var_30;
        const wp::int32 var_31 = 2;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.0;
        wp::quat_t<wp::float32> var_34;
        wp::quat_t<wp::float32> var_35;
        const wp::float32 var_36 = 0.5;
        wp::float32 var_37;
        wp::quat_t<wp::float32> var_38;
        wp::quat_t<wp::float32> var_39;
        wp::quat_t<wp::float32> var_40;
        wp::transform_t<wp::float32> var_41;
        wp::vec_t<6, wp::float32> var_42;
        wp::vec_t<6, wp::float32> var_43;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::vec_t<6, wp::float32> adj_4 = {};
        wp::vec_t<6, wp::float32> adj_5 = {};
        wp::vec_t<6, wp::float32> adj_6 = {};
        wp::vec_t<6, wp::float32> adj_7 = {};
        wp::vec_t<6, wp::float32> adj_8 = {};
        wp::vec_t<6, wp::float32> adj_9 = {};
        wp::quat_t<wp::float32> adj_10 = {};
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
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::quat_t<wp::float32> adj_34 = {};
        wp::quat_t<wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::quat_t<wp::float32> adj_38 = {};
        wp::quat_t<wp::float32> adj_39 = {};
        wp::quat_t<wp::float32> adj_40 = {};
        wp::transform_t<wp::float32> adj_41 = {};
        wp::vec_t<6, wp::float32> adj_42 = {};
        wp::vec_t<6, wp::float32> adj_43 = {};
        //---------
        // forward
        // def integrate_chassis(chassis: wp.array(dtype=wp.transform), chassis_qd: wp.array(dtype=wp.spatial_vector), wrench: wp.array(dtype=wp.spatial_vector), mass: float, inv_inertia: wp.mat33, gravity: wp.vec3, dt: float):       <L 62>
        // v = wp.tid()                                                                           <L 63>
        var_0 = builtin_tid1d();
        // X = chassis[v]                                                                         <L 64>
        var_1 = wp::address(var_chassis, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // qd = chassis_qd[v]                                                                     <L 65>
        var_4 = wp::address(var_chassis_qd, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // f = wrench[v]                                                                          <L 66>
        var_7 = wp::address(var_wrench, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // q = wp.transform_get_rotation(X)                                                       <L 67>
        var_10 = wp::transform_get_rotation(var_2);
        // lin = wp.spatial_bottom(qd) + (wp.spatial_bottom(f) / mass + gravity) * dt             <L 68>
        var_11 = wp::spatial_bottom(var_5);
        var_12 = wp::spatial_bottom(var_8);
        var_13 = wp::div(var_12, var_mass);
        var_14 = wp::add(var_13, var_gravity);
        var_15 = wp::mul(var_14, var_dt);
        var_16 = wp::add(var_11, var_15);
        // tau_local = wp.quat_rotate_inv(q, wp.spatial_top(f))                                   <L 69>
        var_17 = wp::spatial_top(var_8);
        var_18 = wp::quat_rotate_inv(var_10, var_17);
        // ang = wp.spatial_top(qd) + wp.quat_rotate(q, inv_inertia * tau_local) * dt             <L 70>
        var_19 = wp::spatial_top(var_5);
        var_20 = wp::mul(var_inv_inertia, var_18);
        var_21 = wp::quat_rotate(var_10, var_20);
        var_22 = wp::mul(var_21, var_dt);
        var_23 = wp::add(var_19, var_22);
        // p = wp.transform_get_translation(X) + lin * dt                                         <L 71>
        var_24 = wp::transform_get_translation(var_2);
        var_25 = wp::mul(var_16, var_dt);
        var_26 = wp::add(var_24, var_25);
        // q = wp.normalize(q + wp.quat(ang[0], ang[1], ang[2], 0.0) * q * (0.5 * dt))            <L 72>
        var_28 = wp::extract(var_23, var_27);
        var_30 = wp::extract(var_23, var_29);
        var_32 = wp::extract(var_23, var_31);
        var_34 = wp::quat_t<wp::float32>(var_28, var_30, var_32, var_33);
        var_35 = wp::mul(var_34, var_10);
        var_37 = wp::mul(var_36, var_dt);
        var_38 = wp::mul(var_35, var_37);
        var_39 = wp::add(var_10, var_38);
        var_40 = wp::normalize(var_39);
        // chassis[v] = wp.transform(p, q)                                                        <L 73>
        var_41 = wp::transform_t<wp::float32>(var_26, var_40);
        // wp::array_store(var_chassis, var_0, var_41);
        // chassis_qd[v] = wp.spatial_vector(ang, lin)                                            <L 74>
        var_42 = wp::vec_t<6, wp::float32>(var_23, var_16);
        // wp::array_store(var_chassis_qd, var_0, var_42);
        // wrench[v] = wp.spatial_vector()                                                        <L 75>
        var_43 = wp::vec_t<6, wp::float32>();
        // wp::array_store(var_wrench, var_0, var_43);
        //---------
        // reverse
        wp::adj_array_store(var_wrench, var_0, var_43, adj_wrench, adj_0, adj_43);
        // adj: wrench[v] = wp.spatial_vector()                                                   <L 75>
        wp::adj_array_store(var_chassis_qd, var_0, var_42, adj_chassis_qd, adj_0, adj_42);
        wp::adj_vec_t(var_23, var_16, adj_23, adj_16, adj_42);
        // adj: chassis_qd[v] = wp.spatial_vector(ang, lin)                                       <L 74>
        wp::adj_array_store(var_chassis, var_0, var_41, adj_chassis, adj_0, adj_41);
        wp::adj_transform_t(var_26, var_40, adj_26, adj_40, adj_41);
        // adj: chassis[v] = wp.transform(p, q)                                                   <L 73>
        wp::adj_normalize(var_39, adj_39, adj_40);
        wp::adj_add(var_10, var_38, adj_10, adj_38, adj_39);
        wp::adj_mul(var_35, var_37, adj_35, adj_37, adj_38);
        wp::adj_mul(var_36, var_dt, adj_36, adj_dt, adj_37);
        wp::adj_mul(var_34, var_10, adj_34, adj_10, adj_35);
        wp::adj_quat_t(var_28, var_30, var_32, var_33, adj_28, adj_30, adj_32, adj_33, adj_34);
        wp::adj_extract(var_23, var_31, adj_23, adj_31, adj_32);
        wp::adj_extract(var_23, var_29, adj_23, adj_29, adj_30);
        wp::adj_extract(var_23, var_27, adj_23, adj_27, adj_28);
        // adj: q = wp.normalize(q + wp.quat(ang[0], ang[1], ang[2], 0.0) * q * (0.5 * dt))       <L 72>
        wp::adj_add(var_24, var_25, adj_24, adj_25, adj_26);
        wp::adj_mul(var_16, var_dt, adj_16, adj_dt, adj_25);
        wp::adj_transform_get_translation(var_2, adj_2, adj_24);
        // adj: p = wp.transform_get_translation(X) + lin * dt                                    <L 71>
        wp::adj_add(var_19, var_22, adj_19, adj_22, adj_23);
        wp::adj_mul(var_21, var_dt, adj_21, adj_dt, adj_22);
        wp::adj_quat_rotate(var_10, var_20, adj_10, adj_20, adj_21);
        wp::adj_mul(var_inv_inertia, var_18, adj_inv_inertia, adj_18, adj_20);
        wp::adj_spatial_top(var_5, adj_5, adj_19);
        // adj: ang = wp.spatial_top(qd) + wp.quat_rotate(q, inv_inertia * tau_local) * dt        <L 70>
        wp::adj_quat_rotate_inv(var_10, var_17, adj_10, adj_17, adj_18);
        wp::adj_spatial_top(var_8, adj_8, adj_17);
        // adj: tau_local = wp.quat_rotate_inv(q, wp.spatial_top(f))                              <L 69>
        wp::adj_add(var_11, var_15, adj_11, adj_15, adj_16);
        wp::adj_mul(var_14, var_dt, adj_14, adj_dt, adj_15);
        wp::adj_add(var_13, var_gravity, adj_13, adj_gravity, adj_14);
        wp::adj_div(var_12, var_mass, adj_12, adj_mass, adj_13);
        wp::adj_spatial_bottom(var_8, adj_8, adj_12);
        wp::adj_spatial_bottom(var_5, adj_5, adj_11);
        // adj: lin = wp.spatial_bottom(qd) + (wp.spatial_bottom(f) / mass + gravity) * dt        <L 68>
        wp::adj_transform_get_rotation(var_2, adj_2, adj_10);
        // adj: q = wp.transform_get_rotation(X)                                                  <L 67>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_wrench, var_0, adj_wrench, adj_0, adj_7);
        // adj: f = wrench[v]                                                                     <L 66>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_chassis_qd, var_0, adj_chassis_qd, adj_0, adj_4);
        // adj: qd = chassis_qd[v]                                                                <L 65>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_chassis, var_0, adj_chassis, adj_0, adj_1);
        // adj: X = chassis[v]                                                                    <L 64>
        // adj: v = wp.tid()                                                                      <L 63>
        // adj: def integrate_chassis(chassis: wp.array(dtype=wp.transform), chassis_qd: wp.array(dtype=wp.spatial_vector), wrench: wp.array(dtype=wp.spatial_vector), mass: float, inv_inertia: wp.mat33, gravity: wp.vec3, dt: float):  <L 62>
        continue;
    }
}

