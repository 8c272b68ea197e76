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


struct Wheel_ffaa81a7
{
    wp::vec_t<3, wp::float32> mount;
    wp::float32 rest_length;
    wp::float32 radius;
    wp::float32 stiffness;
    wp::float32 damping;


    Wheel_ffaa81a7() = default;
    CUDA_CALLABLE Wheel_ffaa81a7(wp::vec_t<3, wp::float32> const& mount,
    wp::float32 const& rest_length = {},
    wp::float32 const& radius = {},
    wp::float32 const& stiffness = {},
    wp::float32 const& damping = {})
        : mount{mount}
        , rest_length{rest_length}
        , radius{radius}
        , stiffness{stiffness}
        , damping{damping}

    {
    }

    CUDA_CALLABLE Wheel_ffaa81a7& operator += (const Wheel_ffaa81a7& rhs)
    {    mount += rhs.mount;
    rest_length += rhs.rest_length;
    radius += rhs.radius;
    stiffness += rhs.stiffness;
    damping += rhs.damping;

        return *this;}

};

static CUDA_CALLABLE void adj_Wheel_ffaa81a7(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_mount,
    wp::float32 & adj_rest_length,
    wp::float32 & adj_radius,
    wp::float32 & adj_stiffness,
    wp::float32 & adj_damping,
    Wheel_ffaa81a7 & adj_ret)
{
    adj_mount += adj_ret.mount;
    adj_rest_length += adj_ret.rest_length;
    adj_radius += adj_ret.radius;
    adj_stiffness += adj_ret.stiffness;
    adj_damping += adj_ret.damping;
}

// Required when compiling adjoints.
CUDA_CALLABLE Wheel_ffaa81a7 add(const Wheel_ffaa81a7& a, const Wheel_ffaa81a7& b)
{
    return Wheel_ffaa81a7();
}

CUDA_CALLABLE void adj_atomic_add(Wheel_ffaa81a7* p, Wheel_ffaa81a7 t)
{
    wp::adj_atomic_add(&p->mount, t.mount);
    wp::adj_atomic_add(&p->rest_length, t.rest_length);
    wp::adj_atomic_add(&p->radius, t.radius);
    wp::adj_atomic_add(&p->stiffness, t.stiffness);
    wp::adj_atomic_add(&p->damping, t.damping);
}




// corpus/215_vehicle_raycast_suspension.py:17
static CUDA_CALLABLE wp::float32 ground_height_0(
    wp::float32 var_x,
    wp::float32 var_z)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.1;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.3;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def ground_height(x: float, z: float) -> float:                                        <L 18>
    // return 0.1 * wp.sin(x * 0.5) * wp.cos(z * 0.3)                                         <L 19>
    var_2 = wp::mul(var_x, var_1);
    var_3 = wp::sin(var_2);
    var_4 = wp::mul(var_0, var_3);
    var_6 = wp::mul(var_z, var_5);
    var_7 = wp::cos(var_6);
    var_8 = wp::mul(var_4, var_7);
    return var_8;
}


// corpus/215_vehicle_raycast_suspension.py:22
static CUDA_CALLABLE wp::vec_t<3, wp::float32> ground_normal_0(
    wp::float32 var_x,
    wp::float32 var_z)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.05;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.3;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = -0.03;
    const wp::float32 var_10 = 0.5;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.3;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    //---------
    // forward
    // def ground_normal(x: float, z: float) -> wp.vec3:                                      <L 23>
    // dx = 0.05 * wp.cos(x * 0.5) * wp.cos(z * 0.3)                                          <L 24>
    var_2 = wp::mul(var_x, var_1);
    var_3 = wp::cos(var_2);
    var_4 = wp::mul(var_0, var_3);
    var_6 = wp::mul(var_z, var_5);
    var_7 = wp::cos(var_6);
    var_8 = wp::mul(var_4, var_7);
    // dz = -0.03 * wp.sin(x * 0.5) * wp.sin(z * 0.3)                                         <L 25>
    var_11 = wp::mul(var_x, var_10);
    var_12 = wp::sin(var_11);
    var_13 = wp::mul(var_9, var_12);
    var_15 = wp::mul(var_z, var_14);
    var_16 = wp::sin(var_15);
    var_17 = wp::mul(var_13, var_16);
    // return wp.normalize(wp.vec3(-dx, 1.0, -dz))                                            <L 26>
    var_18 = wp::neg(var_8);
    var_20 = wp::neg(var_17);
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    var_22 = wp::normalize(var_21);
    return var_22;
}


// corpus/215_vehicle_raycast_suspension.py:29
static CUDA_CALLABLE void suspension_0(
    wp::transform_t<wp::float32> var_X,
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_w,
    Wheel_ffaa81a7 var_wh,
    wp::float32 var_prev_comp,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::float32 & ret_2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = -1.0;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    const wp::float32 var_15 = -0.001;
    bool var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 0.0;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 0.0;
    bool var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    const wp::float32 var_37 = 0.0;
    wp::float32* var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 0;
    wp::float32 var_42;
    const wp::int32 var_43 = 2;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32* var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32* var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    const wp::float32 var_63 = 50.0;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    //---------
    // forward
    // def suspension(X: wp.transform, v: wp.vec3, w: wp.vec3, wh: Wheel, prev_comp: float, dt: float):       <L 30>
    // p = wp.transform_point(X, wh.mount)                                                    <L 31>
    var_0 = &((var_wh).mount);
    var_2 = wp::load(var_0);
    var_1 = wp::transform_point(var_X, var_2);
    // down = wp.transform_vector(X, wp.vec3(0.0, -1.0, 0.0))                                 <L 32>
    var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
    var_7 = wp::transform_vector(var_X, var_6);
    // gh = ground_height(p[0], p[2])                                                         <L 33>
    var_9 = wp::extract(var_1, var_8);
    var_11 = wp::extract(var_1, var_10);
    var_12 = ground_height_0(var_9, var_11);
    // if down[1] >= -1.0e-3:                                                                 <L 34>
    var_14 = wp::extract(var_7, var_13);
    var_16 = (var_14 >= var_15);
    if (var_16) {
        // return wp.vec3(), wp.vec3(), 0.0                                                   <L 35>
        var_17 = wp::vec_t<3, wp::float32>();
        var_18 = wp::vec_t<3, wp::float32>();
        ret_0 = var_17;
        ret_1 = var_18;
        ret_2 = var_19;
        return;
    }
    // t = (p[1] - gh - wh.radius) / -down[1]                                                 <L 36>
    var_21 = wp::extract(var_1, var_20);
    var_22 = wp::sub(var_21, var_12);
    var_23 = &((var_wh).radius);
    var_25 = wp::load(var_23);
    var_24 = wp::sub(var_22, var_25);
    var_27 = wp::extract(var_7, var_26);
    var_28 = wp::neg(var_27);
    var_29 = wp::div(var_24, var_28);
    // comp = wh.rest_length - t                                                              <L 37>
    var_30 = &((var_wh).rest_length);
    var_32 = wp::load(var_30);
    var_31 = wp::sub(var_32, var_29);
    // if comp <= 0.0:                                                                        <L 38>
    var_34 = (var_31 <= var_33);
    if (var_34) {
        // return wp.vec3(), wp.vec3(), 0.0                                                   <L 39>
        var_35 = wp::vec_t<3, wp::float32>();
        var_36 = wp::vec_t<3, wp::float32>();
        ret_0 = var_35;
        ret_1 = var_36;
        ret_2 = var_37;
        return;
    }
    // comp = wp.min(comp, wh.rest_length)                                                    <L 40>
    var_38 = &((var_wh).rest_length);
    var_40 = wp::load(var_38);
    var_39 = wp::min(var_31, var_40);
    // n = ground_normal(p[0], p[2])                                                          <L 41>
    var_42 = wp::extract(var_1, var_41);
    var_44 = wp::extract(var_1, var_43);
    var_45 = ground_normal_0(var_42, var_44);
    // r = p - wp.transform_get_translation(X)                                                <L 42>
    var_46 = wp::transform_get_translation(var_X);
    var_47 = wp::sub(var_1, var_46);
    // vel_p = v + wp.cross(w, r)                                                             <L 43>
    var_48 = wp::cross(var_w, var_47);
    var_49 = wp::add(var_v, var_48);
    // f = n * (wh.stiffness * comp + wh.damping * (comp - prev_comp) / dt)                   <L 44>
    var_50 = &((var_wh).stiffness);
    var_52 = wp::load(var_50);
    var_51 = wp::mul(var_52, var_39);
    var_53 = &((var_wh).damping);
    var_54 = wp::sub(var_39, var_prev_comp);
    var_56 = wp::load(var_53);
    var_55 = wp::mul(var_56, var_54);
    var_57 = wp::div(var_55, var_dt);
    var_58 = wp::add(var_51, var_57);
    var_59 = wp::mul(var_45, var_58);
    // f = f - (vel_p - n * wp.dot(vel_p, n)) * 50.0                                          <L 45>
    var_60 = wp::dot(var_49, var_45);
    var_61 = wp::mul(var_45, var_60);
    var_62 = wp::sub(var_49, var_61);
    var_64 = wp::mul(var_62, var_63);
    var_65 = wp::sub(var_59, var_64);
    // return f, wp.cross(r, f), comp                                                         <L 46>
    var_66 = wp::cross(var_47, var_65);
    ret_0 = var_65;
    ret_1 = var_66;
    ret_2 = var_39;
    return;
}


// corpus/215_vehicle_raycast_suspension.py:17
static CUDA_CALLABLE void adj_ground_height_0(
    wp::float32 var_x,
    wp::float32 var_z,
    wp::float32 & adj_x,
    wp::float32 & adj_z,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/215_vehicle_raycast_suspension.py:22
static CUDA_CALLABLE void adj_ground_normal_0(
    wp::float32 var_x,
    wp::float32 var_z,
    wp::float32 & adj_x,
    wp::float32 & adj_z,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/215_vehicle_raycast_suspension.py:29
static CUDA_CALLABLE void adj_suspension_0(
    wp::transform_t<wp::float32> var_X,
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_w,
    Wheel_ffaa81a7 var_wh,
    wp::float32 var_prev_comp,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::float32 & ret_2,
    wp::transform_t<wp::float32> & adj_X,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_w,
    Wheel_ffaa81a7 & adj_wh,
    wp::float32 & adj_prev_comp,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1,
    wp::float32 & adj_ret_2)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void vehicle_step_553aabdf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_X,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_w,
    wp::array_t<Wheel_ffaa81a7> var_wheels,
    wp::array_t<wp::float32> var_comp,
    wp::float32 var_mass,
    wp::mat_t<3, 3, wp::float32> var_inertia,
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
        const wp::float32 var_4 = 0.0;
        const wp::float32 var_5 = -9.81;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32>* var_12;
        Wheel_ffaa81a7* var_13;
        wp::float32* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        Wheel_ffaa81a7 var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::int32 var_24 = 1;
        wp::vec_t<3, wp::float32>* var_25;
        wp::vec_t<3, wp::float32>* var_26;
        Wheel_ffaa81a7* var_27;
        wp::float32* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        Wheel_ffaa81a7 var_34;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        const wp::int32 var_38 = 2;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32>* var_40;
        Wheel_ffaa81a7* var_41;
        wp::float32* var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::float32 var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        Wheel_ffaa81a7 var_48;
        wp::float32 var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        const wp::int32 var_52 = 3;
        wp::vec_t<3, wp::float32>* var_53;
        wp::vec_t<3, wp::float32>* var_54;
        Wheel_ffaa81a7* var_55;
        wp::float32* var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::float32 var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        Wheel_ffaa81a7 var_62;
        wp::float32 var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32>* var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::quat_t<wp::float32> var_71;
        wp::mat_t<3, 3, wp::float32> var_72;
        wp::mat_t<3, 3, wp::float32> var_73;
        wp::mat_t<3, 3, wp::float32> var_74;
        wp::mat_t<3, 3, wp::float32> var_75;
        wp::vec_t<3, wp::float32>* var_76;
        wp::mat_t<3, 3, wp::float32> var_77;
        wp::vec_t<3, wp::float32>* var_78;
        wp::vec_t<3, wp::float32>* var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::vec_t<3, wp::float32> var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::quat_t<wp::float32> var_89;
        wp::vec_t<3, wp::float32>* var_90;
        const wp::int32 var_91 = 0;
        wp::float32 var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32>* var_94;
        const wp::int32 var_95 = 1;
        wp::float32 var_96;
        wp::vec_t<3, wp::float32> var_97;
        wp::vec_t<3, wp::float32>* var_98;
        const wp::int32 var_99 = 2;
        wp::float32 var_100;
        wp::vec_t<3, wp::float32> var_101;
        const wp::float32 var_102 = 0.0;
        wp::quat_t<wp::float32> var_103;
        wp::quat_t<wp::float32> var_104;
        const wp::float32 var_105 = 0.5;
        wp::float32 var_106;
        wp::quat_t<wp::float32> var_107;
        wp::quat_t<wp::float32> var_108;
        wp::quat_t<wp::float32> var_109;
        wp::vec_t<3, wp::float32> var_110;
        wp::vec_t<3, wp::float32>* var_111;
        wp::vec_t<3, wp::float32> var_112;
        wp::vec_t<3, wp::float32> var_113;
        wp::vec_t<3, wp::float32> var_114;
        wp::transform_t<wp::float32> var_115;
        //---------
        // forward
        // def vehicle_step(X: wp.array(dtype=wp.transform), v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), wheels: wp.array(dtype=Wheel), comp: wp.array2d(dtype=float), mass: float, inertia: wp.mat33, dt: float):       <L 50>
        // c = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // T = X[c]                                                                               <L 52>
        var_1 = wp::address(var_X, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // f_total = wp.vec3(0.0, -9.81 * mass, 0.0)                                              <L 53>
        var_6 = wp::mul(var_5, var_mass);
        var_8 = wp::vec_t<3, wp::float32>(var_4, var_6, var_7);
        // tau_total = wp.vec3()                                                                  <L 54>
        var_9 = wp::vec_t<3, wp::float32>();
        // for k in range(NUM_WHEELS):                                                            <L 55>
        // f, tau, cmp = suspension(T, v[c], w[c], wheels[k], comp[c, k], dt)                     <L 56>
        var_11 = wp::address(var_v, var_0);
        var_12 = wp::address(var_w, var_0);
        var_13 = wp::address(var_wheels, var_10);
        var_14 = wp::address(var_comp, var_0, var_10);
        var_18 = wp::load(var_11);
        var_19 = wp::load(var_12);
        var_20 = wp::load(var_13);
        var_21 = wp::load(var_14);
        suspension_0(var_2, var_18, var_19, var_20, var_21, var_dt, var_15, var_16, var_17);
        // f_total += f                                                                           <L 57>
        var_22 = wp::add(var_8, var_15);
        // tau_total += tau                                                                       <L 58>
        var_23 = wp::add(var_9, var_16);
        // comp[c, k] = cmp                                                                       <L 59>
        wp::array_store(var_comp, var_0, var_10, var_17);
        // f, tau, cmp = suspension(T, v[c], w[c], wheels[k], comp[c, k], dt)                     <L 56>
        var_25 = wp::address(var_v, var_0);
        var_26 = wp::address(var_w, var_0);
        var_27 = wp::address(var_wheels, var_24);
        var_28 = wp::address(var_comp, var_0, var_24);
        var_32 = wp::load(var_25);
        var_33 = wp::load(var_26);
        var_34 = wp::load(var_27);
        var_35 = wp::load(var_28);
        suspension_0(var_2, var_32, var_33, var_34, var_35, var_dt, var_29, var_30, var_31);
        // f_total += f                                                                           <L 57>
        var_36 = wp::add(var_22, var_29);
        // tau_total += tau                                                                       <L 58>
        var_37 = wp::add(var_23, var_30);
        // comp[c, k] = cmp                                                                       <L 59>
        wp::array_store(var_comp, var_0, var_24, var_31);
        // f, tau, cmp = suspension(T, v[c], w[c], wheels[k], comp[c, k], dt)                     <L 56>
        var_39 = wp::address(var_v, var_0);
        var_40 = wp::address(var_w, var_0);
        var_41 = wp::address(var_wheels, var_38);
        var_42 = wp::address(var_comp, var_0, var_38);
        var_46 = wp::load(var_39);
        var_47 = wp::load(var_40);
        var_48 = wp::load(var_41);
        var_49 = wp::load(var_42);
        suspension_0(var_2, var_46, var_47, var_48, var_49, var_dt, var_43, var_44, var_45);
        // f_total += f                                                                           <L 57>
        var_50 = wp::add(var_36, var_43);
        // tau_total += tau                                                                       <L 58>
        var_51 = wp::add(var_37, var_44);
        // comp[c, k] = cmp                                                                       <L 59>
        wp::array_store(var_comp, var_0, var_38, var_45);
        // f, tau, cmp = suspension(T, v[c], w[c], wheels[k], comp[c, k], dt)                     <L 56>
        var_53 = wp::address(var_v, var_0);
        var_54 = wp::address(var_w, var_0);
        var_55 = wp::address(var_wheels, var_52);
        var_56 = wp::address(var_comp, var_0, var_52);
        var_60 = wp::load(var_53);
        var_61 = wp::load(var_54);
        var_62 = wp::load(var_55);
        var_63 = wp::load(var_56);
        suspension_0(var_2, var_60, var_61, var_62, var_63, var_dt, var_57, var_58, var_59);
        // f_total += f                                                                           <L 57>
        var_64 = wp::add(var_50, var_57);
        // tau_total += tau                                                                       <L 58>
        var_65 = wp::add(var_51, var_58);
        // comp[c, k] = cmp                                                                       <L 59>
        wp::array_store(var_comp, var_0, var_52, var_59);
        // v[c] = v[c] + f_total / mass * dt                                                      <L 60>
        var_66 = wp::address(var_v, var_0);
        var_67 = wp::div(var_64, var_mass);
        var_68 = wp::mul(var_67, var_dt);
        var_70 = wp::load(var_66);
        var_69 = wp::add(var_70, var_68);
        wp::array_store(var_v, var_0, var_69);
        // R = wp.quat_to_matrix(wp.transform_get_rotation(T))                                    <L 61>
        var_71 = wp::transform_get_rotation(var_2);
        var_72 = wp::quat_to_matrix(var_71);
        // I_world = R * inertia * wp.transpose(R)                                                <L 62>
        var_73 = wp::mul(var_72, var_inertia);
        var_74 = wp::transpose(var_72);
        var_75 = wp::mul(var_73, var_74);
        // w[c] = w[c] + wp.inverse(I_world) * (tau_total - wp.cross(w[c], I_world * w[c])) * dt       <L 63>
        var_76 = wp::address(var_w, var_0);
        var_77 = wp::inverse(var_75);
        var_78 = wp::address(var_w, var_0);
        var_79 = wp::address(var_w, var_0);
        var_81 = wp::load(var_79);
        var_80 = wp::mul(var_75, var_81);
        var_83 = wp::load(var_78);
        var_82 = wp::cross(var_83, var_80);
        var_84 = wp::sub(var_65, var_82);
        var_85 = wp::mul(var_77, var_84);
        var_86 = wp::mul(var_85, var_dt);
        var_88 = wp::load(var_76);
        var_87 = wp::add(var_88, var_86);
        wp::array_store(var_w, var_0, var_87);
        // q = wp.transform_get_rotation(T)                                                       <L 64>
        var_89 = wp::transform_get_rotation(var_2);
        // q = wp.normalize(q + wp.quat(w[c][0], w[c][1], w[c][2], 0.0) * q * (0.5 * dt))         <L 65>
        var_90 = wp::address(var_w, var_0);
        var_93 = wp::load(var_90);
        var_92 = wp::extract(var_93, var_91);
        var_94 = wp::address(var_w, var_0);
        var_97 = wp::load(var_94);
        var_96 = wp::extract(var_97, var_95);
        var_98 = wp::address(var_w, var_0);
        var_101 = wp::load(var_98);
        var_100 = wp::extract(var_101, var_99);
        var_103 = wp::quat_t<wp::float32>(var_92, var_96, var_100, var_102);
        var_104 = wp::mul(var_103, var_89);
        var_106 = wp::mul(var_105, var_dt);
        var_107 = wp::mul(var_104, var_106);
        var_108 = wp::add(var_89, var_107);
        var_109 = wp::normalize(var_108);
        // X[c] = wp.transform(wp.transform_get_translation(T) + v[c] * dt, q)                    <L 66>
        var_110 = wp::transform_get_translation(var_2);
        var_111 = wp::address(var_v, var_0);
        var_113 = wp::load(var_111);
        var_112 = wp::mul(var_113, var_dt);
        var_114 = wp::add(var_110, var_112);
        var_115 = wp::transform_t<wp::float32>(var_114, var_109);
        wp::array_store(var_X, var_0, var_115);
    }
}

