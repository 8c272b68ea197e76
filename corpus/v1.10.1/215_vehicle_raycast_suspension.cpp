
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
static wp::float32 ground_height_0(
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
static wp::vec_t<3, wp::float32> ground_normal_0(
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
    const wp::float32 var_9 = 0.03;
    const wp::float32 var_10 = -0.03;
    const wp::float32 var_11 = 0.5;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.3;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
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
    var_12 = wp::mul(var_x, var_11);
    var_13 = wp::sin(var_12);
    var_14 = wp::mul(var_10, var_13);
    var_16 = wp::mul(var_z, var_15);
    var_17 = wp::sin(var_16);
    var_18 = wp::mul(var_14, var_17);
    // return wp.normalize(wp.vec3(-dx, 1.0, -dz))                                            <L 26>
    var_19 = wp::neg(var_8);
    var_21 = wp::neg(var_18);
    var_22 = wp::vec_t<3, wp::float32>(var_19, var_20, var_21);
    var_23 = wp::normalize(var_22);
    return var_23;
}


// corpus/215_vehicle_raycast_suspension.py:29
static void suspension_0(
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
    const wp::float32 var_4 = 1.0;
    const wp::float32 var_5 = -1.0;
    const wp::float32 var_6 = 0.0;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.001;
    const wp::float32 var_17 = -0.001;
    bool var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::float32 var_21 = 0.0;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.0;
    bool var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    const wp::float32 var_39 = 0.0;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::int32 var_43 = 0;
    wp::float32 var_44;
    const wp::int32 var_45 = 2;
    wp::float32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::float32* var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32* var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::float32 var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    const wp::float32 var_65 = 50.0;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    //---------
    // forward
    // def suspension(X: wp.transform, v: wp.vec3, w: wp.vec3, wh: Wheel, prev_comp: float, dt: float):       <L 30>
    // p = wp.transform_point(X, wh.mount)                                                    <L 31>
    var_0 = &(var_wh.mount);
    var_2 = wp::load(var_0);
    var_1 = wp::transform_point(var_X, var_2);
    // down = wp.transform_vector(X, wp.vec3(0.0, -1.0, 0.0))                                 <L 32>
    var_7 = wp::vec_t<3, wp::float32>(var_3, var_5, var_6);
    var_8 = wp::transform_vector(var_X, var_7);
    // gh = ground_height(p[0], p[2])                                                         <L 33>
    var_10 = wp::extract(var_1, var_9);
    var_12 = wp::extract(var_1, var_11);
    var_13 = ground_height_0(var_10, var_12);
    // if down[1] >= -1.0e-3:                                                                 <L 34>
    var_15 = wp::extract(var_8, var_14);
    var_18 = (var_15 >= var_17);
    if (var_18) {
        // return wp.vec3(), wp.vec3(), 0.0                                                   <L 35>
        var_19 = wp::vec_t<3, wp::float32>();
        var_20 = wp::vec_t<3, wp::float32>();
        ret_0 = var_19;
        ret_1 = var_20;
        ret_2 = var_21;
        return;
    }
    // t = (p[1] - gh - wh.radius) / -down[1]                                                 <L 36>
    var_23 = wp::extract(var_1, var_22);
    var_24 = wp::sub(var_23, var_13);
    var_25 = &(var_wh.radius);
    var_27 = wp::load(var_25);
    var_26 = wp::sub(var_24, var_27);
    var_29 = wp::extract(var_8, var_28);
    var_30 = wp::neg(var_29);
    var_31 = wp::div(var_26, var_30);
    // comp = wh.rest_length - t                                                              <L 37>
    var_32 = &(var_wh.rest_length);
    var_34 = wp::load(var_32);
    var_33 = wp::sub(var_34, var_31);
    // if comp <= 0.0:                                                                        <L 38>
    var_36 = (var_33 <= var_35);
    if (var_36) {
        // return wp.vec3(), wp.vec3(), 0.0                                                   <L 39>
        var_37 = wp::vec_t<3, wp::float32>();
        var_38 = wp::vec_t<3, wp::float32>();
        ret_0 = var_37;
        ret_1 = var_38;
        ret_2 = var_39;
        return;
    }
    // comp = wp.min(comp, wh.rest_length)                                                    <L 40>
    var_40 = &(var_wh.rest_length);
    var_42 = wp::load(var_40);
    var_41 = wp::min(var_33, var_42);
    // n = ground_normal(p[0], p[2])                                                          <L 41>
    var_44 = wp::extract(var_1, var_43);
    var_46 = wp::extract(var_1, var_45);
    var_47 = ground_normal_0(var_44, var_46);
    // r = p - wp.transform_get_translation(X)                                                <L 42>
    var_48 = wp::transform_get_translation(var_X);
    var_49 = wp::sub(var_1, var_48);
    // vel_p = v + wp.cross(w, r)                                                             <L 43>
    var_50 = wp::cross(var_w, var_49);
    var_51 = wp::add(var_v, var_50);
    // f = n * (wh.stiffness * comp + wh.damping * (comp - prev_comp) / dt)                   <L 44>
    var_52 = &(var_wh.stiffness);
    var_54 = wp::load(var_52);
    var_53 = wp::mul(var_54, var_41);
    var_55 = &(var_wh.damping);
    var_56 = wp::sub(var_41, var_prev_comp);
    var_58 = wp::load(var_55);
    var_57 = wp::mul(var_58, var_56);
    var_59 = wp::div(var_57, var_dt);
    var_60 = wp::add(var_53, var_59);
    var_61 = wp::mul(var_47, var_60);
    // f = f - (vel_p - n * wp.dot(vel_p, n)) * 50.0                                          <L 45>
    var_62 = wp::dot(var_51, var_47);
    var_63 = wp::mul(var_47, var_62);
    var_64 = wp::sub(var_51, var_63);
    var_66 = wp::mul(var_64, var_65);
    var_67 = wp::sub(var_61, var_66);
    // return f, wp.cross(r, f), comp                                                         <L 46>
    var_68 = wp::cross(var_49, var_67);
    ret_0 = var_67;
    ret_1 = var_68;
    ret_2 = var_41;
    return;
}


// corpus/215_vehicle_raycast_suspension.py:17
static void adj_ground_height_0(
    wp::float32 var_x,
    wp::float32 var_z,
    wp::float32 & adj_x,
    wp::float32 & adj_z,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/215_vehicle_raycast_suspension.py:22
static void adj_ground_normal_0(
    wp::float32 var_x,
    wp::float32 var_z,
    wp::float32 & adj_x,
    wp::float32 & adj_z,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/215_vehicle_raycast_suspension.py:29
static void adj_suspension_0(
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

struct wp_args_vehicle_step_553aabdf {
    wp::array_t<wp::transform_t<wp::float32>> X;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> w;
    wp::array_t<Wheel_ffaa81a7> wheels;
    wp::array_t<wp::float32> comp;
    wp::float32 mass;
    wp::mat_t<3, 3, wp::float32> inertia;
    wp::float32 dt;
};


void vehicle_step_553aabdf_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_vehicle_step_553aabdf *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_X = _wp_args->X;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::array_t<Wheel_ffaa81a7> var_wheels = _wp_args->wheels;
    wp::array_t<wp::float32> var_comp = _wp_args->comp;
    wp::float32 var_mass = _wp_args->mass;
    wp::mat_t<3, 3, wp::float32> var_inertia = _wp_args->inertia;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 9.81;
    const wp::float32 var_6 = -9.81;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    Wheel_ffaa81a7* var_14;
    wp::float32* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    Wheel_ffaa81a7 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::int32 var_25 = 1;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32>* var_27;
    Wheel_ffaa81a7* var_28;
    wp::float32* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    Wheel_ffaa81a7 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    const wp::int32 var_39 = 2;
    wp::vec_t<3, wp::float32>* var_40;
    wp::vec_t<3, wp::float32>* var_41;
    Wheel_ffaa81a7* var_42;
    wp::float32* var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::float32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    Wheel_ffaa81a7 var_49;
    wp::float32 var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    const wp::int32 var_53 = 3;
    wp::vec_t<3, wp::float32>* var_54;
    wp::vec_t<3, wp::float32>* var_55;
    Wheel_ffaa81a7* var_56;
    wp::float32* var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    Wheel_ffaa81a7 var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32>* var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::quat_t<wp::float32> var_72;
    wp::mat_t<3, 3, wp::float32> var_73;
    wp::mat_t<3, 3, wp::float32> var_74;
    wp::mat_t<3, 3, wp::float32> var_75;
    wp::mat_t<3, 3, wp::float32> var_76;
    wp::vec_t<3, wp::float32>* var_77;
    wp::mat_t<3, 3, wp::float32> var_78;
    wp::vec_t<3, wp::float32>* var_79;
    wp::vec_t<3, wp::float32>* var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::vec_t<3, wp::float32> var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::quat_t<wp::float32> var_90;
    wp::vec_t<3, wp::float32>* var_91;
    const wp::int32 var_92 = 0;
    wp::float32 var_93;
    wp::vec_t<3, wp::float32> var_94;
    wp::vec_t<3, wp::float32>* var_95;
    const wp::int32 var_96 = 1;
    wp::float32 var_97;
    wp::vec_t<3, wp::float32> var_98;
    wp::vec_t<3, wp::float32>* var_99;
    const wp::int32 var_100 = 2;
    wp::float32 var_101;
    wp::vec_t<3, wp::float32> var_102;
    const wp::float32 var_103 = 0.0;
    wp::quat_t<wp::float32> var_104;
    wp::quat_t<wp::float32> var_105;
    const wp::float32 var_106 = 0.5;
    wp::float32 var_107;
    wp::quat_t<wp::float32> var_108;
    wp::quat_t<wp::float32> var_109;
    wp::quat_t<wp::float32> var_110;
    wp::vec_t<3, wp::float32> var_111;
    wp::vec_t<3, wp::float32>* var_112;
    wp::vec_t<3, wp::float32> var_113;
    wp::vec_t<3, wp::float32> var_114;
    wp::vec_t<3, wp::float32> var_115;
    wp::transform_t<wp::float32> var_116;
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
    var_7 = wp::mul(var_6, var_mass);
    var_9 = wp::vec_t<3, wp::float32>(var_4, var_7, var_8);
    // tau_total = wp.vec3()                                                                  <L 54>
    var_10 = wp::vec_t<3, wp::float32>();
    // for k in range(NUM_WHEELS):                                                            <L 55>
    // f, tau, cmp = suspension(T, v[c], w[c], wheels[k], comp[c, k], dt)                     <L 56>
    var_12 = wp::address(var_v, var_0);
    var_13 = wp::address(var_w, var_0);
    var_14 = wp::address(var_wheels, var_11);
    var_15 = wp::address(var_comp, var_0, var_11);
    var_19 = wp::load(var_12);
    var_20 = wp::load(var_13);
    var_21 = wp::load(var_14);
    var_22 = wp::load(var_15);
    suspension_0(var_2, var_19, var_20, var_21, var_22, var_dt, var_16, var_17, var_18);
    // f_total += f                                                                           <L 57>
    var_23 = wp::add(var_9, var_16);
    // tau_total += tau                                                                       <L 58>
    var_24 = wp::add(var_10, var_17);
    // comp[c, k] = cmp                                                                       <L 59>
    wp::array_store(var_comp, var_0, var_11, var_18);
    // f, tau, cmp = suspension(T, v[c], w[c], wheels[k], comp[c, k], dt)                     <L 56>
    var_26 = wp::address(var_v, var_0);
    var_27 = wp::address(var_w, var_0);
    var_28 = wp::address(var_wheels, var_25);
    var_29 = wp::address(var_comp, var_0, var_25);
    var_33 = wp::load(var_26);
    var_34 = wp::load(var_27);
    var_35 = wp::load(var_28);
    var_36 = wp::load(var_29);
    suspension_0(var_2, var_33, var_34, var_35, var_36, var_dt, var_30, var_31, var_32);
    // f_total += f                                                                           <L 57>
    var_37 = wp::add(var_23, var_30);
    // tau_total += tau                                                                       <L 58>
    var_38 = wp::add(var_24, var_31);
    // comp[c, k] = cmp                                                                       <L 59>
    wp::array_store(var_comp, var_0, var_25, var_32);
    // f, tau, cmp = suspension(T, v[c], w[c], wheels[k], comp[c, k], dt)                     <L 56>
    var_40 = wp::address(var_v, var_0);
    var_41 = wp::address(var_w, var_0);
    var_42 = wp::address(var_wheels, var_39);
    var_43 = wp::address(var_comp, var_0, var_39);
    var_47 = wp::load(var_40);
    var_48 = wp::load(var_41);
    var_49 = wp::load(var_42);
    var_50 = wp::load(var_43);
    suspension_0(var_2, var_47, var_48, var_49, var_50, var_dt, var_44, var_45, var_46);
    // f_total += f                                                                           <L 57>
    var_51 = wp::add(var_37, var_44);
    // tau_total += tau                                                                       <L 58>
    var_52 = wp::add(var_38, var_45);
    // comp[c, k] = cmp                                                                       <L 59>
    wp::array_store(var_comp, var_0, var_39, var_46);
    // f, tau, cmp = suspension(T, v[c], w[c], wheels[k], comp[c, k], dt)                     <L 56>
    var_54 = wp::address(var_v, var_0);
    var_55 = wp::address(var_w, var_0);
    var_56 = wp::address(var_wheels, var_53);
    var_57 = wp::address(var_comp, var_0, var_53);
    var_61 = wp::load(var_54);
    var_62 = wp::load(var_55);
    var_63 = wp::load(var_56);
    var_64 = wp::load(var_57);
    suspension_0(var_2, var_61, var_62, var_63, var_64, var_dt, var_58, var_59, var_60);
    // f_total += f                                                                           <L 57>
    var_65 = wp::add(var_51, var_58);
    // tau_total += tau                                                                       <L 58>
    var_66 = wp::add(var_52, var_59);
    // comp[c, k] = cmp                                                                       <L 59>
    wp::array_store(var_comp, var_0, var_53, var_60);
    // v[c] = v[c] + f_total / mass * dt                                                      <L 60>
    var_67 = wp::address(var_v, var_0);
    var_68 = wp::div(var_65, var_mass);
    var_69 = wp::mul(var_68, var_dt);
    var_71 = wp::load(var_67);
    var_70 = wp::add(var_71, var_69);
    wp::array_store(var_v, var_0, var_70);
    // R = wp.quat_to_matrix(wp.transform_get_rotation(T))                                    <L 61>
    var_72 = wp::transform_get_rotation(var_2);
    var_73 = wp::quat_to_matrix(var_72);
    // I_world = R * inertia * wp.transpose(R)                                                <L 62>
    var_74 = wp::mul(var_73, var_inertia);
    var_75 = wp::transpose(var_73);
    var_76 = wp::mul(var_74, var_75);
    // w[c] = w[c] + wp.inverse(I_world) * (tau_total - wp.cross(w[c], I_world * w[c])) * dt       <L 63>
    var_77 = wp::address(var_w, var_0);
    var_78 = wp::inverse(var_76);
    var_79 = wp::address(var_w, var_0);
    var_80 = wp::address(var_w, var_0);
    var_82 = wp::load(var_80);
    var_81 = wp::mul(var_76, var_82);
    var_84 = wp::load(var_79);
    var_83 = wp::cross(var_84, var_81);
    var_85 = wp::sub(var_66, var_83);
    var_86 = wp::mul(var_78, var_85);
    var_87 = wp::mul(var_86, var_dt);
    var_89 = wp::load(var_77);
    var_88 = wp::add(var_89, var_87);
    wp::array_store(var_w, var_0, var_88);
    // q = wp.transform_get_rotation(T)                                                       <L 64>
    var_90 = wp::transform_get_rotation(var_2);
    // q = wp.normalize(q + wp.quat(w[c][0], w[c][1], w[c][2], 0.0) * q * (0.5 * dt))         <L 65>
    var_91 = wp::address(var_w, var_0);
    var_94 = wp::load(var_91);
    var_93 = wp::extract(var_94, var_92);
    var_95 = wp::address(var_w, var_0);
    var_98 = wp::load(var_95);
    var_97 = wp::extract(var_98, var_96);
    var_99 = wp::address(var_w, var_0);
    var_102 = wp::load(var_99);
    var_101 = wp::extract(var_102, var_100);
    var_104 = wp::quat_t<wp::float32>(var_93, var_97, var_101, var_103);
    var_105 = wp::mul(var_104, var_90);
    var_107 = wp::mul(var_106, var_dt);
    var_108 = wp::mul(var_105, var_107);
    var_109 = wp::add(var_90, var_108);
    var_110 = wp::normalize(var_109);
    // X[c] = wp.transform(wp.transform_get_translation(T) + v[c] * dt, q)                    <L 66>
    var_111 = wp::transform_get_translation(var_2);
    var_112 = wp::address(var_v, var_0);
    var_114 = wp::load(var_112);
    var_113 = wp::mul(var_114, var_dt);
    var_115 = wp::add(var_111, var_113);
    var_116 = wp::transform_t<wp::float32>(var_115, var_110);
    wp::array_store(var_X, var_0, var_116);
}



extern "C" {

// Python CPU entry points
WP_API void vehicle_step_553aabdf_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_vehicle_step_553aabdf *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        vehicle_step_553aabdf_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

