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


struct WindParams_db60821d
{
    wp::vec_t<3, wp::float32> direction;
    wp::float32 speed;
    wp::float32 turbulence;
    wp::float32 lift;
    wp::float32 drag;


    WindParams_db60821d() = default;
    CUDA_CALLABLE WindParams_db60821d(wp::vec_t<3, wp::float32> const& direction,
    wp::float32 const& speed = {},
    wp::float32 const& turbulence = {},
    wp::float32 const& lift = {},
    wp::float32 const& drag = {})
        : direction{direction}
        , speed{speed}
        , turbulence{turbulence}
        , lift{lift}
        , drag{drag}

    {
    }

    CUDA_CALLABLE WindParams_db60821d& operator += (const WindParams_db60821d& rhs)
    {    direction += rhs.direction;
    speed += rhs.speed;
    turbulence += rhs.turbulence;
    lift += rhs.lift;
    drag += rhs.drag;

        return *this;}

};

static CUDA_CALLABLE void adj_WindParams_db60821d(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_direction,
    wp::float32 & adj_speed,
    wp::float32 & adj_turbulence,
    wp::float32 & adj_lift,
    wp::float32 & adj_drag,
    WindParams_db60821d & adj_ret)
{
    adj_direction += adj_ret.direction;
    adj_speed += adj_ret.speed;
    adj_turbulence += adj_ret.turbulence;
    adj_lift += adj_ret.lift;
    adj_drag += adj_ret.drag;
}

// Required when compiling adjoints.
CUDA_CALLABLE WindParams_db60821d add(const WindParams_db60821d& a, const WindParams_db60821d& b)
{
    return WindParams_db60821d();
}

CUDA_CALLABLE void adj_atomic_add(WindParams_db60821d* p, WindParams_db60821d t)
{
    wp::adj_atomic_add(&p->direction, t.direction);
    wp::adj_atomic_add(&p->speed, t.speed);
    wp::adj_atomic_add(&p->turbulence, t.turbulence);
    wp::adj_atomic_add(&p->lift, t.lift);
    wp::adj_atomic_add(&p->drag, t.drag);
}




// corpus/053_cloth_bending_wind.py:13
static CUDA_CALLABLE void triangle_normal_area_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-12;
    bool var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.0;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 0.5;
    wp::float32 var_13;
    //---------
    // forward
    // def triangle_normal_area(a: wp.vec3, b: wp.vec3, c: wp.vec3):                          <L 14>
    // n = wp.cross(b - a, c - a)                                                             <L 15>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::sub(var_c, var_a);
    var_2 = wp::cross(var_0, var_1);
    // l = wp.length(n)                                                                       <L 16>
    var_3 = wp::length(var_2);
    // if l < 1.0e-12:                                                                        <L 17>
    var_5 = (var_3 < var_4);
    if (var_5) {
        // return wp.vec3(0.0, 0.0, 0.0), 0.0                                                 <L 18>
        var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
        ret_0 = var_9;
        ret_1 = var_10;
        return;
    }
    // return n / l, 0.5 * l                                                                  <L 19>
    var_11 = wp::div(var_2, var_3);
    var_13 = wp::mul(var_12, var_3);
    ret_0 = var_11;
    ret_1 = var_13;
    return;
}


// corpus/053_cloth_bending_wind.py:22
static CUDA_CALLABLE wp::vec_t<3, wp::float32> wind_velocity_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_t,
    WindParams_db60821d var_w)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.3;
    const wp::float32 var_1 = 0.7;
    const wp::float32 var_2 = 0.1;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.3;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.7;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.3;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::float32* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // forward
    // def wind_velocity(p: wp.vec3, t: float, w: WindParams) -> wp.vec3:                     <L 23>
    // phase = wp.dot(p, wp.vec3(0.3, 0.7, 0.1)) + t                                          <L 24>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::dot(var_p, var_3);
    var_5 = wp::add(var_4, var_t);
    // gust = wp.vec3(wp.sin(phase * 1.3), wp.sin(phase * 0.7) * 0.3, wp.cos(phase * 1.1)) * w.turbulence       <L 25>
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::sin(var_7);
    var_10 = wp::mul(var_5, var_9);
    var_11 = wp::sin(var_10);
    var_13 = wp::mul(var_11, var_12);
    var_15 = wp::mul(var_5, var_14);
    var_16 = wp::cos(var_15);
    var_17 = wp::vec_t<3, wp::float32>(var_8, var_13, var_16);
    var_18 = &((var_w).turbulence);
    var_20 = wp::load(var_18);
    var_19 = wp::mul(var_17, var_20);
    // return w.direction * w.speed + gust                                                    <L 26>
    var_21 = &((var_w).direction);
    var_22 = &((var_w).speed);
    var_24 = wp::load(var_21);
    var_25 = wp::load(var_22);
    var_23 = wp::mul(var_24, var_25);
    var_26 = wp::add(var_23, var_19);
    return var_26;
}


// corpus/053_cloth_bending_wind.py:13
static CUDA_CALLABLE void adj_triangle_normal_area_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> var_c,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-12;
    bool var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.0;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 0.5;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def triangle_normal_area(a: wp.vec3, b: wp.vec3, c: wp.vec3):                          <L 14>
    // n = wp.cross(b - a, c - a)                                                             <L 15>
    var_0 = wp::sub(var_b, var_a);
    var_1 = wp::sub(var_c, var_a);
    var_2 = wp::cross(var_0, var_1);
    // l = wp.length(n)                                                                       <L 16>
    var_3 = wp::length(var_2);
    // if l < 1.0e-12:                                                                        <L 17>
    var_5 = (var_3 < var_4);
    if (var_5) {
        // return wp.vec3(0.0, 0.0, 0.0), 0.0                                                 <L 18>
        var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
        ret_0 = var_9;
        ret_1 = var_10;
        goto label0;
    }
    // return n / l, 0.5 * l                                                                  <L 19>
    var_11 = wp::div(var_2, var_3);
    var_13 = wp::mul(var_12, var_3);
    ret_0 = var_11;
    ret_1 = var_13;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_13 += adj_ret_1;
    adj_11 += adj_ret_0;
    wp::adj_mul(var_12, var_3, adj_12, adj_3, adj_13);
    wp::adj_div(var_2, var_3, adj_2, adj_3, adj_11);
    // adj: return n / l, 0.5 * l                                                             <L 19>
    if (var_5) {
        label0:;
        adj_10 += adj_ret_1;
        adj_9 += adj_ret_0;
        wp::adj_vec_t(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
        // adj: return wp.vec3(0.0, 0.0, 0.0), 0.0                                            <L 18>
    }
    // adj: if l < 1.0e-12:                                                                   <L 17>
    wp::adj_length(var_2, var_3, adj_2, adj_3);
    // adj: l = wp.length(n)                                                                  <L 16>
    wp::adj_cross(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_sub(var_c, var_a, adj_c, adj_a, adj_1);
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: n = wp.cross(b - a, c - a)                                                        <L 15>
    // adj: def triangle_normal_area(a: wp.vec3, b: wp.vec3, c: wp.vec3):                     <L 14>
    return;
}


// corpus/053_cloth_bending_wind.py:22
static CUDA_CALLABLE void adj_wind_velocity_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_t,
    WindParams_db60821d var_w,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_t,
    WindParams_db60821d & adj_w,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.3;
    const wp::float32 var_1 = 0.7;
    const wp::float32 var_2 = 0.1;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.3;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.7;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.3;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::float32* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
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
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    //---------
    // forward
    // def wind_velocity(p: wp.vec3, t: float, w: WindParams) -> wp.vec3:                     <L 23>
    // phase = wp.dot(p, wp.vec3(0.3, 0.7, 0.1)) + t                                          <L 24>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::dot(var_p, var_3);
    var_5 = wp::add(var_4, var_t);
    // gust = wp.vec3(wp.sin(phase * 1.3), wp.sin(phase * 0.7) * 0.3, wp.cos(phase * 1.1)) * w.turbulence       <L 25>
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::sin(var_7);
    var_10 = wp::mul(var_5, var_9);
    var_11 = wp::sin(var_10);
    var_13 = wp::mul(var_11, var_12);
    var_15 = wp::mul(var_5, var_14);
    var_16 = wp::cos(var_15);
    var_17 = wp::vec_t<3, wp::float32>(var_8, var_13, var_16);
    var_18 = &((var_w).turbulence);
    var_20 = wp::load(var_18);
    var_19 = wp::mul(var_17, var_20);
    // return w.direction * w.speed + gust                                                    <L 26>
    var_21 = &((var_w).direction);
    var_22 = &((var_w).speed);
    var_24 = wp::load(var_21);
    var_25 = wp::load(var_22);
    var_23 = wp::mul(var_24, var_25);
    var_26 = wp::add(var_23, var_19);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_26 += adj_ret;
    wp::adj_add(var_23, var_19, adj_23, adj_19, adj_26);
    wp::adj_mul(var_24, var_25, adj_21, adj_22, adj_23);
    adj_w.speed += adj_22;
    adj_w.direction += adj_21;
    // adj: return w.direction * w.speed + gust                                               <L 26>
    wp::adj_mul(var_17, var_20, adj_17, adj_18, adj_19);
    adj_w.turbulence += adj_18;
    wp::adj_vec_t(var_8, var_13, var_16, adj_8, adj_13, adj_16, adj_17);
    wp::adj_cos(var_15, adj_15, adj_16);
    wp::adj_mul(var_5, var_14, adj_5, adj_14, adj_15);
    wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_sin(var_10, adj_10, adj_11);
    wp::adj_mul(var_5, var_9, adj_5, adj_9, adj_10);
    wp::adj_sin(var_7, adj_7, adj_8);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: gust = wp.vec3(wp.sin(phase * 1.3), wp.sin(phase * 0.7) * 0.3, wp.cos(phase * 1.1)) * w.turbulence  <L 25>
    wp::adj_add(var_4, var_t, adj_4, adj_t, adj_5);
    wp::adj_dot(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: phase = wp.dot(p, wp.vec3(0.3, 0.7, 0.1)) + t                                     <L 24>
    // adj: def wind_velocity(p: wp.vec3, t: float, w: WindParams) -> wp.vec3:                <L 23>
    return;
}



extern "C" __global__ void aero_forces_752c703a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris,
    WindParams_db60821d var_wind,
    wp::float32 var_t,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f)
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
        wp::vec_t<3, wp::int32>* var_1;
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::int32> var_3;
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
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        const wp::int32 var_23 = 0;
        wp::int32 var_24;
        wp::vec_t<3, wp::float32>* var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        const wp::int32 var_32 = 2;
        wp::int32 var_33;
        wp::vec_t<3, wp::float32>* var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        const wp::float32 var_37 = 3.0;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        const wp::float32 var_41 = 3.0;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 1e-06;
        bool var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::float32* var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        const wp::float32 var_66 = 1.0;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::float32 var_69 = 0.0;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        const wp::float32 var_75 = 3.0;
        wp::vec_t<3, wp::float32> var_76;
        const wp::int32 var_77 = 0;
        wp::int32 var_78;
        wp::vec_t<3, wp::float32> var_79;
        const wp::int32 var_80 = 1;
        wp::int32 var_81;
        wp::vec_t<3, wp::float32> var_82;
        const wp::int32 var_83 = 2;
        wp::int32 var_84;
        wp::vec_t<3, wp::float32> var_85;
        //---------
        // forward
        // def aero_forces(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), wind: WindParams, t: float, f: wp.array(dtype=wp.vec3)):       <L 30>
        // tri = wp.tid()                                                                         <L 31>
        var_0 = builtin_tid1d();
        // ids = tris[tri]                                                                        <L 32>
        var_1 = wp::address(var_tris, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = x[ids[0]]                                                                          <L 33>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // b = x[ids[1]]                                                                          <L 34>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_x, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // c = x[ids[2]]                                                                          <L 35>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_x, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // n, area = triangle_normal_area(a, b, c)                                                <L 36>
        triangle_normal_area_0(var_7, var_12, var_17, var_19, var_20);
        // if area == 0.0:                                                                        <L 37>
        var_22 = (var_20 == var_21);
        if (var_22) {
            // return                                                                             <L 38>
            continue;
        }
        // vc = (v[ids[0]] + v[ids[1]] + v[ids[2]]) / 3.0                                         <L 39>
        var_24 = wp::extract(var_2, var_23);
        var_25 = wp::address(var_v, var_24);
        var_27 = wp::extract(var_2, var_26);
        var_28 = wp::address(var_v, var_27);
        var_30 = wp::load(var_25);
        var_31 = wp::load(var_28);
        var_29 = wp::add(var_30, var_31);
        var_33 = wp::extract(var_2, var_32);
        var_34 = wp::address(var_v, var_33);
        var_36 = wp::load(var_34);
        var_35 = wp::add(var_29, var_36);
        var_38 = wp::div(var_35, var_37);
        // center = (a + b + c) / 3.0                                                             <L 40>
        var_39 = wp::add(var_7, var_12);
        var_40 = wp::add(var_39, var_17);
        var_42 = wp::div(var_40, var_41);
        // rel = wind_velocity(center, t, wind) - vc                                              <L 41>
        var_43 = wind_velocity_0(var_42, var_t, var_wind);
        var_44 = wp::sub(var_43, var_38);
        // rl = wp.length(rel)                                                                    <L 42>
        var_45 = wp::length(var_44);
        // if rl < 1.0e-6:                                                                        <L 43>
        var_47 = (var_45 < var_46);
        if (var_47) {
            // return                                                                             <L 44>
            continue;
        }
        // rd = rel / rl                                                                          <L 45>
        var_48 = wp::div(var_44, var_45);
        // cos_t = wp.dot(n, rd)                                                                  <L 46>
        var_49 = wp::dot(var_19, var_48);
        // fd = rd * (wind.drag * area * rl * rl * wp.abs(cos_t))                                 <L 47>
        var_50 = &((var_wind).drag);
        var_52 = wp::load(var_50);
        var_51 = wp::mul(var_52, var_20);
        var_53 = wp::mul(var_51, var_45);
        var_54 = wp::mul(var_53, var_45);
        var_55 = wp::abs(var_49);
        var_56 = wp::mul(var_54, var_55);
        var_57 = wp::mul(var_48, var_56);
        // lift_dir = wp.cross(wp.cross(n, rd), rd)                                               <L 48>
        var_58 = wp::cross(var_19, var_48);
        var_59 = wp::cross(var_58, var_48);
        // fl = lift_dir * (wind.lift * area * rl * rl * cos_t * wp.sqrt(wp.max(1.0 - cos_t * cos_t, 0.0)))       <L 49>
        var_60 = &((var_wind).lift);
        var_62 = wp::load(var_60);
        var_61 = wp::mul(var_62, var_20);
        var_63 = wp::mul(var_61, var_45);
        var_64 = wp::mul(var_63, var_45);
        var_65 = wp::mul(var_64, var_49);
        var_67 = wp::mul(var_49, var_49);
        var_68 = wp::sub(var_66, var_67);
        var_70 = wp::max(var_68, var_69);
        var_71 = wp::sqrt(var_70);
        var_72 = wp::mul(var_65, var_71);
        var_73 = wp::mul(var_59, var_72);
        // ft = (fd + fl) / 3.0                                                                   <L 50>
        var_74 = wp::add(var_57, var_73);
        var_76 = wp::div(var_74, var_75);
        // for k in range(3):                                                                     <L 51>
        // wp.atomic_add(f, ids[k], ft)                                                           <L 52>
        var_78 = wp::extract(var_2, var_77);
        var_79 = wp::atomic_add(var_f, var_78, var_76);
        var_81 = wp::extract(var_2, var_80);
        var_82 = wp::atomic_add(var_f, var_81, var_76);
        var_84 = wp::extract(var_2, var_83);
        var_85 = wp::atomic_add(var_f, var_84, var_76);
    }
}



extern "C" __global__ void aero_forces_752c703a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::int32>> var_tris,
    WindParams_db60821d var_wind,
    wp::float32 var_t,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_tris,
    WindParams_db60821d adj_wind,
    wp::float32 adj_t,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f)
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
        wp::vec_t<3, wp::int32>* var_1;
        wp::vec_t<3, wp::int32> var_2;
        wp::vec_t<3, wp::int32> var_3;
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
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        const wp::int32 var_23 = 0;
        wp::int32 var_24;
        wp::vec_t<3, wp::float32>* var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        const wp::int32 var_32 = 2;
        wp::int32 var_33;
        wp::vec_t<3, wp::float32>* var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        const wp::float32 var_37 = 3.0;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        const wp::float32 var_41 = 3.0;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 1e-06;
        bool var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::float32* var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        const wp::float32 var_66 = 1.0;
        wp::float32 var_67;
        wp::float32 var_68;
        const wp::float32 var_69 = 0.0;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        const wp::float32 var_75 = 3.0;
        wp::vec_t<3, wp::float32> var_76;
        const wp::int32 var_77 = 0;
        wp::int32 var_78;
        wp::vec_t<3, wp::float32> var_79;
        const wp::int32 var_80 = 1;
        wp::int32 var_81;
        wp::vec_t<3, wp::float32> var_82;
        const wp::int32 var_83 = 2;
        wp::int32 var_84;
        wp::vec_t<3, wp::float32> var_85;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::int32> adj_1 = {};
        wp::vec_t<3, wp::int32> adj_2 = {};
        wp::vec_t<3, wp::int32> adj_3 = {};
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
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        bool adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        bool adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::float32 adj_75 = {};
        wp::vec_t<3, wp::float32> adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::vec_t<3, wp::float32> adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        //---------
        // forward
        // def aero_forces(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), wind: WindParams, t: float, f: wp.array(dtype=wp.vec3)):       <L 30>
        // tri = wp.tid()                                                                         <L 31>
        var_0 = builtin_tid1d();
        // ids = tris[tri]                                                                        <L 32>
        var_1 = wp::address(var_tris, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = x[ids[0]]                                                                          <L 33>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // b = x[ids[1]]                                                                          <L 34>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_x, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // c = x[ids[2]]                                                                          <L 35>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_x, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // n, area = triangle_normal_area(a, b, c)                                                <L 36>
        triangle_normal_area_0(var_7, var_12, var_17, var_19, var_20);
        // if area == 0.0:                                                                        <L 37>
        var_22 = (var_20 == var_21);
        if (var_22) {
            // return                                                                             <L 38>
            goto label0;
        }
        // vc = (v[ids[0]] + v[ids[1]] + v[ids[2]]) / 3.0                                         <L 39>
        var_24 = wp::extract(var_2, var_23);
        var_25 = wp::address(var_v, var_24);
        var_27 = wp::extract(var_2, var_26);
        var_28 = wp::address(var_v, var_27);
        var_30 = wp::load(var_25);
        var_31 = wp::load(var_28);
        var_29 = wp::add(var_30, var_31);
        var_33 = wp::extract(var_2, var_32);
        var_34 = wp::address(var_v, var_33);
        var_36 = wp::load(var_34);
        var_35 = wp::add(var_29, var_36);
        var_38 = wp::div(var_35, var_37);
        // center = (a + b + c) / 3.0                                                             <L 40>
        var_39 = wp::add(var_7, var_12);
        var_40 = wp::add(var_39, var_17);
        var_42 = wp::div(var_40, var_41);
        // rel = wind_velocity(center, t, wind) - vc                                              <L 41>
        var_43 = wind_velocity_0(var_42, var_t, var_wind);
        var_44 = wp::sub(var_43, var_38);
        // rl = wp.length(rel)                                                                    <L 42>
        var_45 = wp::length(var_44);
        // if rl < 1.0e-6:                                                                        <L 43>
        var_47 = (var_45 < var_46);
        if (var_47) {
            // return                                                                             <L 44>
            goto label1;
        }
        // rd = rel / rl                                                                          <L 45>
        var_48 = wp::div(var_44, var_45);
        // cos_t = wp.dot(n, rd)                                                                  <L 46>
        var_49 = wp::dot(var_19, var_48);
        // fd = rd * (wind.drag * area * rl * rl * wp.abs(cos_t))                                 <L 47>
        var_50 = &((var_wind).drag);
        var_52 = wp::load(var_50);
        var_51 = wp::mul(var_52, var_20);
        var_53 = wp::mul(var_51, var_45);
        var_54 = wp::mul(var_53, var_45);
        var_55 = wp::abs(var_49);
        var_56 = wp::mul(var_54, var_55);
        var_57 = wp::mul(var_48, var_56);
        // lift_dir = wp.cross(wp.cross(n, rd), rd)                                               <L 48>
        var_58 = wp::cross(var_19, var_48);
        var_59 = wp::cross(var_58, var_48);
        // fl = lift_dir * (wind.lift * area * rl * rl * cos_t * wp.sqrt(wp.max(1.0 - cos_t * cos_t, 0.0)))       <L 49>
        var_60 = &((var_wind).lift);
        var_62 = wp::load(var_60);
        var_61 = wp::mul(var_62, var_20);
        var_63 = wp::mul(var_61, var_45);
        var_64 = wp::mul(var_63, var_45);
        var_65 = wp::mul(var_64, var_49);
        var_67 = wp::mul(var_49, var_49);
        var_68 = wp::sub(var_66, var_67);
        var_70 = wp::max(var_68, var_69);
        var_71 = wp::sqrt(var_70);
        var_72 = wp::mul(var_65, var_71);
        var_73 = wp::mul(var_59, var_72);
        // ft = (fd + fl) / 3.0                                                                   <L 50>
        var_74 = wp::add(var_57, var_73);
        var_76 = wp::div(var_74, var_75);
        // for k in range(3):                                                                     <L 51>
        // wp.atomic_add(f, ids[k], ft)                                                           <L 52>
        var_78 = wp::extract(var_2, var_77);
        // var_79 = wp::atomic_add(var_f, var_78, var_76);
        var_81 = wp::extract(var_2, var_80);
        // var_82 = wp::atomic_add(var_f, var_81, var_76);
        var_84 = wp::extract(var_2, var_83);
        // var_85 = wp::atomic_add(var_f, var_84, var_76);
        //---------
        // reverse
        wp::adj_atomic_add(var_f, var_84, var_76, adj_f, adj_84, adj_76, adj_85);
        wp::adj_extract(var_2, var_83, adj_2, adj_83, adj_84);
        wp::adj_atomic_add(var_f, var_81, var_76, adj_f, adj_81, adj_76, adj_82);
        wp::adj_extract(var_2, var_80, adj_2, adj_80, adj_81);
        wp::adj_atomic_add(var_f, var_78, var_76, adj_f, adj_78, adj_76, adj_79);
        wp::adj_extract(var_2, var_77, adj_2, adj_77, adj_78);
        // adj: wp.atomic_add(f, ids[k], ft)                                                      <L 52>
        // adj: for k in range(3):                                                                <L 51>
        wp::adj_div(var_74, var_75, adj_74, adj_75, adj_76);
        wp::adj_add(var_57, var_73, adj_57, adj_73, adj_74);
        // adj: ft = (fd + fl) / 3.0                                                              <L 50>
        wp::adj_mul(var_59, var_72, adj_59, adj_72, adj_73);
        wp::adj_mul(var_65, var_71, adj_65, adj_71, adj_72);
        wp::adj_sqrt(var_70, var_71, adj_70, adj_71);
        wp::adj_max(var_68, var_69, adj_68, adj_69, adj_70);
        wp::adj_sub(var_66, var_67, adj_66, adj_67, adj_68);
        wp::adj_mul(var_49, var_49, adj_49, adj_49, adj_67);
        wp::adj_mul(var_64, var_49, adj_64, adj_49, adj_65);
        wp::adj_mul(var_63, var_45, adj_63, adj_45, adj_64);
        wp::adj_mul(var_61, var_45, adj_61, adj_45, adj_63);
        wp::adj_mul(var_62, var_20, adj_60, adj_20, adj_61);
        adj_wind.lift += adj_60;
        // adj: fl = lift_dir * (wind.lift * area * rl * rl * cos_t * wp.sqrt(wp.max(1.0 - cos_t * cos_t, 0.0)))  <L 49>
        wp::adj_cross(var_58, var_48, adj_58, adj_48, adj_59);
        wp::adj_cross(var_19, var_48, adj_19, adj_48, adj_58);
        // adj: lift_dir = wp.cross(wp.cross(n, rd), rd)                                          <L 48>
        wp::adj_mul(var_48, var_56, adj_48, adj_56, adj_57);
        wp::adj_mul(var_54, var_55, adj_54, adj_55, adj_56);
        wp::adj_abs(var_49, adj_49, adj_55);
        wp::adj_mul(var_53, var_45, adj_53, adj_45, adj_54);
        wp::adj_mul(var_51, var_45, adj_51, adj_45, adj_53);
        wp::adj_mul(var_52, var_20, adj_50, adj_20, adj_51);
        adj_wind.drag += adj_50;
        // adj: fd = rd * (wind.drag * area * rl * rl * wp.abs(cos_t))                            <L 47>
        wp::adj_dot(var_19, var_48, adj_19, adj_48, adj_49);
        // adj: cos_t = wp.dot(n, rd)                                                             <L 46>
        wp::adj_div(var_44, var_45, adj_44, adj_45, adj_48);
        // adj: rd = rel / rl                                                                     <L 45>
        if (var_47) {
            label1:;
            // adj: return                                                                        <L 44>
        }
        // adj: if rl < 1.0e-6:                                                                   <L 43>
        wp::adj_length(var_44, var_45, adj_44, adj_45);
        // adj: rl = wp.length(rel)                                                               <L 42>
        wp::adj_sub(var_43, var_38, adj_43, adj_38, adj_44);
        adj_wind_velocity_0(var_42, var_t, var_wind, adj_42, adj_t, adj_wind, adj_43);
        // adj: rel = wind_velocity(center, t, wind) - vc                                         <L 41>
        wp::adj_div(var_40, var_41, adj_40, adj_41, adj_42);
        wp::adj_add(var_39, var_17, adj_39, adj_17, adj_40);
        wp::adj_add(var_7, var_12, adj_7, adj_12, adj_39);
        // adj: center = (a + b + c) / 3.0                                                        <L 40>
        wp::adj_div(var_35, var_37, adj_35, adj_37, adj_38);
        wp::adj_add(var_29, var_36, adj_29, adj_34, adj_35);
        wp::adj_address(var_v, var_33, adj_v, adj_33, adj_34);
        wp::adj_extract(var_2, var_32, adj_2, adj_32, adj_33);
        wp::adj_add(var_30, var_31, adj_25, adj_28, adj_29);
        wp::adj_address(var_v, var_27, adj_v, adj_27, adj_28);
        wp::adj_extract(var_2, var_26, adj_2, adj_26, adj_27);
        wp::adj_address(var_v, var_24, adj_v, adj_24, adj_25);
        wp::adj_extract(var_2, var_23, adj_2, adj_23, adj_24);
        // adj: vc = (v[ids[0]] + v[ids[1]] + v[ids[2]]) / 3.0                                    <L 39>
        if (var_22) {
            label0:;
            // adj: return                                                                        <L 38>
        }
        // adj: if area == 0.0:                                                                   <L 37>
        adj_triangle_normal_area_0(var_7, var_12, var_17, var_19, var_20, adj_7, adj_12, adj_17, adj_19, adj_20);
        // adj: n, area = triangle_normal_area(a, b, c)                                           <L 36>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_x, var_15, adj_x, adj_15, adj_16);
        wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
        // adj: c = x[ids[2]]                                                                     <L 35>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_x, var_10, adj_x, adj_10, adj_11);
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
        // adj: b = x[ids[1]]                                                                     <L 34>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_x, var_5, adj_x, adj_5, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: a = x[ids[0]]                                                                     <L 33>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_tris, var_0, adj_tris, adj_0, adj_1);
        // adj: ids = tris[tri]                                                                   <L 32>
        // adj: tri = wp.tid()                                                                    <L 31>
        // adj: def aero_forces(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), tris: wp.array(dtype=wp.vec3i), wind: WindParams, t: float, f: wp.array(dtype=wp.vec3)):  <L 30>
        continue;
    }
}



extern "C" __global__ void dihedral_bending_4f55c21f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<4, wp::int32>> var_edges,
    wp::array_t<wp::float32> var_rest_angle,
    wp::float32 var_k_bend,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::float32> var_energy)
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
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        bool var_32;
        const wp::float32 var_33 = 1e-12;
        bool var_34;
        const wp::float32 var_35 = 1e-12;
        bool var_36;
        const wp::float32 var_37 = 1e-06;
        bool var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::float32 var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        const wp::int32 var_73 = 0;
        wp::int32 var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        const wp::int32 var_77 = 1;
        wp::int32 var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        const wp::int32 var_81 = 2;
        wp::int32 var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        const wp::int32 var_85 = 3;
        wp::int32 var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        const wp::int32 var_89 = 0;
        const wp::float32 var_90 = 0.5;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        //---------
        // forward
        // def dihedral_bending(x: wp.array(dtype=wp.vec3), edges: wp.array(dtype=wp.vec4i), rest_angle: wp.array(dtype=float), k_bend: float, f: wp.array(dtype=wp.vec3), energy: wp.array(dtype=float)):       <L 56>
        // e = wp.tid()                                                                           <L 57>
        var_0 = builtin_tid1d();
        // ids = edges[e]                                                                         <L 58>
        var_1 = wp::address(var_edges, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x1 = x[ids[0]]                                                                         <L 59>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // x2 = x[ids[1]]                                                                         <L 60>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_x, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // x3 = x[ids[2]]                                                                         <L 61>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_x, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // x4 = x[ids[3]]                                                                         <L 62>
        var_20 = wp::extract(var_2, var_19);
        var_21 = wp::address(var_x, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // e0 = x2 - x1                                                                           <L 63>
        var_24 = wp::sub(var_12, var_7);
        // n1 = wp.cross(x3 - x1, e0)                                                             <L 64>
        var_25 = wp::sub(var_17, var_7);
        var_26 = wp::cross(var_25, var_24);
        // n2 = wp.cross(e0, x4 - x1)                                                             <L 65>
        var_27 = wp::sub(var_22, var_7);
        var_28 = wp::cross(var_24, var_27);
        // l1 = wp.length_sq(n1)                                                                  <L 66>
        var_29 = wp::length_sq(var_26);
        // l2 = wp.length_sq(n2)                                                                  <L 67>
        var_30 = wp::length_sq(var_28);
        // le = wp.length(e0)                                                                     <L 68>
        var_31 = wp::length(var_24);
        // if l1 < 1.0e-12 or l2 < 1.0e-12 or le < 1.0e-6:                                        <L 69>
        var_34 = (var_29 < var_33);
        var_32 = var_34;
        if (!var_32) {
            var_36 = (var_30 < var_35);
            var_32 = var_32 || var_36;
        }
        if (!var_32) {
            var_38 = (var_31 < var_37);
            var_32 = var_32 || var_38;
        }
        if (var_32) {
            // return                                                                             <L 70>
            continue;
        }
        // c = wp.dot(n1, n2) / wp.sqrt(l1 * l2)                                                  <L 71>
        var_39 = wp::dot(var_26, var_28);
        var_40 = wp::mul(var_29, var_30);
        var_41 = wp::sqrt(var_40);
        var_42 = wp::div(var_39, var_41);
        // s = wp.dot(wp.cross(n1, n2), e0) / (le * wp.sqrt(l1 * l2))                             <L 72>
        var_43 = wp::cross(var_26, var_28);
        var_44 = wp::dot(var_43, var_24);
        var_45 = wp::mul(var_29, var_30);
        var_46 = wp::sqrt(var_45);
        var_47 = wp::mul(var_31, var_46);
        var_48 = wp::div(var_44, var_47);
        // angle = wp.atan2(s, c)                                                                 <L 73>
        var_49 = wp::atan2(var_48, var_42);
        // d = angle - rest_angle[e]                                                              <L 74>
        var_50 = wp::address(var_rest_angle, var_0);
        var_52 = wp::load(var_50);
        var_51 = wp::sub(var_49, var_52);
        // g3 = n1 * (le / l1)                                                                    <L 75>
        var_53 = wp::div(var_31, var_29);
        var_54 = wp::mul(var_26, var_53);
        // g4 = n2 * (le / l2)                                                                    <L 76>
        var_55 = wp::div(var_31, var_30);
        var_56 = wp::mul(var_28, var_55);
        // g1 = n1 * (wp.dot(x3 - x2, e0) / (le * l1)) + n2 * (wp.dot(x4 - x2, e0) / (le * l2))       <L 77>
        var_57 = wp::sub(var_17, var_12);
        var_58 = wp::dot(var_57, var_24);
        var_59 = wp::mul(var_31, var_29);
        var_60 = wp::div(var_58, var_59);
        var_61 = wp::mul(var_26, var_60);
        var_62 = wp::sub(var_22, var_12);
        var_63 = wp::dot(var_62, var_24);
        var_64 = wp::mul(var_31, var_30);
        var_65 = wp::div(var_63, var_64);
        var_66 = wp::mul(var_28, var_65);
        var_67 = wp::add(var_61, var_66);
        // g2 = -(g1 + g3 + g4)                                                                   <L 78>
        var_68 = wp::add(var_67, var_54);
        var_69 = wp::add(var_68, var_56);
        var_70 = wp::neg(var_69);
        // k = -k_bend * d                                                                        <L 79>
        var_71 = wp::neg(var_k_bend);
        var_72 = wp::mul(var_71, var_51);
        // wp.atomic_add(f, ids[0], g1 * k)                                                       <L 80>
        var_74 = wp::extract(var_2, var_73);
        var_75 = wp::mul(var_67, var_72);
        var_76 = wp::atomic_add(var_f, var_74, var_75);
        // wp.atomic_add(f, ids[1], g2 * k)                                                       <L 81>
        var_78 = wp::extract(var_2, var_77);
        var_79 = wp::mul(var_70, var_72);
        var_80 = wp::atomic_add(var_f, var_78, var_79);
        // wp.atomic_add(f, ids[2], g3 * k)                                                       <L 82>
        var_82 = wp::extract(var_2, var_81);
        var_83 = wp::mul(var_54, var_72);
        var_84 = wp::atomic_add(var_f, var_82, var_83);
        // wp.atomic_add(f, ids[3], g4 * k)                                                       <L 83>
        var_86 = wp::extract(var_2, var_85);
        var_87 = wp::mul(var_56, var_72);
        var_88 = wp::atomic_add(var_f, var_86, var_87);
        // wp.atomic_add(energy, 0, 0.5 * k_bend * d * d)                                         <L 84>
        var_91 = wp::mul(var_90, var_k_bend);
        var_92 = wp::mul(var_91, var_51);
        var_93 = wp::mul(var_92, var_51);
        var_94 = wp::atomic_add(var_energy, var_89, var_93);
    }
}



extern "C" __global__ void dihedral_bending_4f55c21f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<4, wp::int32>> var_edges,
    wp::array_t<wp::float32> var_rest_angle,
    wp::float32 var_k_bend,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f,
    wp::array_t<wp::float32> var_energy,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_edges,
    wp::array_t<wp::float32> adj_rest_angle,
    wp::float32 adj_k_bend,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f,
    wp::array_t<wp::float32> adj_energy)
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
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        bool var_32;
        const wp::float32 var_33 = 1e-12;
        bool var_34;
        const wp::float32 var_35 = 1e-12;
        bool var_36;
        const wp::float32 var_37 = 1e-06;
        bool var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::float32 var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        const wp::int32 var_73 = 0;
        wp::int32 var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        const wp::int32 var_77 = 1;
        wp::int32 var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        const wp::int32 var_81 = 2;
        wp::int32 var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        const wp::int32 var_85 = 3;
        wp::int32 var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        const wp::int32 var_89 = 0;
        const wp::float32 var_90 = 0.5;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
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
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        bool adj_32 = {};
        wp::float32 adj_33 = {};
        bool adj_34 = {};
        wp::float32 adj_35 = {};
        bool adj_36 = {};
        wp::float32 adj_37 = {};
        bool adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
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
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::float32 adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::vec_t<3, wp::float32> adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::vec_t<3, wp::float32> adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::vec_t<3, wp::float32> adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::vec_t<3, wp::float32> adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        wp::int32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        //---------
        // forward
        // def dihedral_bending(x: wp.array(dtype=wp.vec3), edges: wp.array(dtype=wp.vec4i), rest_angle: wp.array(dtype=float), k_bend: float, f: wp.array(dtype=wp.vec3), energy: wp.array(dtype=float)):       <L 56>
        // e = wp.tid()                                                                           <L 57>
        var_0 = builtin_tid1d();
        // ids = edges[e]                                                                         <L 58>
        var_1 = wp::address(var_edges, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x1 = x[ids[0]]                                                                         <L 59>
        var_5 = wp::extract(var_2, var_4);
        var_6 = wp::address(var_x, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // x2 = x[ids[1]]                                                                         <L 60>
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::address(var_x, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // x3 = x[ids[2]]                                                                         <L 61>
        var_15 = wp::extract(var_2, var_14);
        var_16 = wp::address(var_x, var_15);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // x4 = x[ids[3]]                                                                         <L 62>
        var_20 = wp::extract(var_2, var_19);
        var_21 = wp::address(var_x, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // e0 = x2 - x1                                                                           <L 63>
        var_24 = wp::sub(var_12, var_7);
        // n1 = wp.cross(x3 - x1, e0)                                                             <L 64>
        var_25 = wp::sub(var_17, var_7);
        var_26 = wp::cross(var_25, var_24);
        // n2 = wp.cross(e0, x4 - x1)                                                             <L 65>
        var_27 = wp::sub(var_22, var_7);
        var_28 = wp::cross(var_24, var_27);
        // l1 = wp.length_sq(n1)                                                                  <L 66>
        var_29 = wp::length_sq(var_26);
        // l2 = wp.length_sq(n2)                                                                  <L 67>
        var_30 = wp::length_sq(var_28);
        // le = wp.length(e0)                                                                     <L 68>
        var_31 = wp::length(var_24);
        // if l1 < 1.0e-12 or l2 < 1.0e-12 or le < 1.0e-6:                                        <L 69>
        var_34 = (var_29 < var_33);
        var_32 = var_34;
        if (!var_32) {
            var_36 = (var_30 < var_35);
            var_32 = var_32 || var_36;
        }
        if (!var_32) {
            var_38 = (var_31 < var_37);
            var_32 = var_32 || var_38;
        }
        if (var_32) {
            // return                                                                             <L 70>
            goto label0;
        }
        // c = wp.dot(n1, n2) / wp.sqrt(l1 * l2)                                                  <L 71>
        var_39 = wp::dot(var_26, var_28);
        var_40 = wp::mul(var_29, var_30);
        var_41 = wp::sqrt(var_40);
        var_42 = wp::div(var_39, var_41);
        // s = wp.dot(wp.cross(n1, n2), e0) / (le * wp.sqrt(l1 * l2))                             <L 72>
        var_43 = wp::cross(var_26, var_28);
        var_44 = wp::dot(var_43, var_24);
        var_45 = wp::mul(var_29, var_30);
        var_46 = wp::sqrt(var_45);
        var_47 = wp::mul(var_31, var_46);
        var_48 = wp::div(var_44, var_47);
        // angle = wp.atan2(s, c)                                                                 <L 73>
        var_49 = wp::atan2(var_48, var_42);
        // d = angle - rest_angle[e]                                                              <L 74>
        var_50 = wp::address(var_rest_angle, var_0);
        var_52 = wp::load(var_50);
        var_51 = wp::sub(var_49, var_52);
        // g3 = n1 * (le / l1)                                                                    <L 75>
        var_53 = wp::div(var_31, var_29);
        var_54 = wp::mul(var_26, var_53);
        // g4 = n2 * (le / l2)                                                                    <L 76>
        var_55 = wp::div(var_31, var_30);
        var_56 = wp::mul(var_28, var_55);
        // g1 = n1 * (wp.dot(x3 - x2, e0) / (le * l1)) + n2 * (wp.dot(x4 - x2, e0) / (le * l2))       <L 77>
        var_57 = wp::sub(var_17, var_12);
        var_58 = wp::dot(var_57, var_24);
        var_59 = wp::mul(var_31, var_29);
        var_60 = wp::div(var_58, var_59);
        var_61 = wp::mul(var_26, var_60);
        var_62 = wp::sub(var_22, var_12);
        var_63 = wp::dot(var_62, var_24);
        var_64 = wp::mul(var_31, var_30);
        var_65 = wp::div(var_63, var_64);
        var_66 = wp::mul(var_28, var_65);
        var_67 = wp::add(var_61, var_66);
        // g2 = -(g1 + g3 + g4)                                                                   <L 78>
        var_68 = wp::add(var_67, var_54);
        var_69 = wp::add(var_68, var_56);
        var_70 = wp::neg(var_69);
        // k = -k_bend * d                                                                        <L 79>
        var_71 = wp::neg(var_k_bend);
        var_72 = wp::mul(var_71, var_51);
        // wp.atomic_add(f, ids[0], g1 * k)                                                       <L 80>
        var_74 = wp::extract(var_2, var_73);
        var_75 = wp::mul(var_67, var_72);
        // var_76 = wp::atomic_add(var_f, var_74, var_75);
        // wp.atomic_add(f, ids[1], g2 * k)                                                       <L 81>
        var_78 = wp::extract(var_2, var_77);
        var_79 = wp::mul(var_70, var_72);
        // var_80 = wp::atomic_add(var_f, var_78, var_79);
        // wp.atomic_add(f, ids[2], g3 * k)                                                       <L 82>
        var_82 = wp::extract(var_2, var_81);
        var_83 = wp::mul(var_54, var_72);
        // var_84 = wp::atomic_add(var_f, var_82, var_83);
        // wp.atomic_add(f, ids[3], g4 * k)                                                       <L 83>
        var_86 = wp::extract(var_2, var_85);
        var_87 = wp::mul(var_56, var_72);
        // var_88 = wp::atomic_add(var_f, var_86, var_87);
        // wp.atomic_add(energy, 0, 0.5 * k_bend * d * d)                                         <L 84>
        var_91 = wp::mul(var_90, var_k_bend);
        var_92 = wp::mul(var_91, var_51);
        var_93 = wp::mul(var_92, var_51);
        // var_94 = wp::atomic_add(var_energy, var_89, var_93);
        //---------
        // reverse
        wp::adj_atomic_add(var_energy, var_89, var_93, adj_energy, adj_89, adj_93, adj_94);
        wp::adj_mul(var_92, var_51, adj_92, adj_51, adj_93);
        wp::adj_mul(var_91, var_51, adj_91, adj_51, adj_92);
        wp::adj_mul(var_90, var_k_bend, adj_90, adj_k_bend, adj_91);
        // adj: wp.atomic_add(energy, 0, 0.5 * k_bend * d * d)                                    <L 84>
        wp::adj_atomic_add(var_f, var_86, var_87, adj_f, adj_86, adj_87, adj_88);
        wp::adj_mul(var_56, var_72, adj_56, adj_72, adj_87);
        wp::adj_extract(var_2, var_85, adj_2, adj_85, adj_86);
        // adj: wp.atomic_add(f, ids[3], g4 * k)                                                  <L 83>
        wp::adj_atomic_add(var_f, var_82, var_83, adj_f, adj_82, adj_83, adj_84);
        wp::adj_mul(var_54, var_72, adj_54, adj_72, adj_83);
        wp::adj_extract(var_2, var_81, adj_2, adj_81, adj_82);
        // adj: wp.atomic_add(f, ids[2], g3 * k)                                                  <L 82>
        wp::adj_atomic_add(var_f, var_78, var_79, adj_f, adj_78, adj_79, adj_80);
        wp::adj_mul(var_70, var_72, adj_70, adj_72, adj_79);
        wp::adj_extract(var_2, var_77, adj_2, adj_77, adj_78);
        // adj: wp.atomic_add(f, ids[1], g2 * k)                                                  <L 81>
        wp::adj_atomic_add(var_f, var_74, var_75, adj_f, adj_74, adj_75, adj_76);
        wp::adj_mul(var_67, var_72, adj_67, adj_72, adj_75);
        wp::adj_extract(var_2, var_73, adj_2, adj_73, adj_74);
        // adj: wp.atomic_add(f, ids[0], g1 * k)                                                  <L 80>
        wp::adj_mul(var_71, var_51, adj_71, adj_51, adj_72);
        wp::adj_neg(var_k_bend, adj_k_bend, adj_71);
        // adj: k = -k_bend * d                                                                   <L 79>
        wp::adj_neg(var_69, adj_69, adj_70);
        wp::adj_add(var_68, var_56, adj_68, adj_56, adj_69);
        wp::adj_add(var_67, var_54, adj_67, adj_54, adj_68);
        // adj: g2 = -(g1 + g3 + g4)                                                              <L 78>
        wp::adj_add(var_61, var_66, adj_61, adj_66, adj_67);
        wp::adj_mul(var_28, var_65, adj_28, adj_65, adj_66);
        wp::adj_div(var_63, var_64, var_65, adj_63, adj_64, adj_65);
        wp::adj_mul(var_31, var_30, adj_31, adj_30, adj_64);
        wp::adj_dot(var_62, var_24, adj_62, adj_24, adj_63);
        wp::adj_sub(var_22, var_12, adj_22, adj_12, adj_62);
        wp::adj_mul(var_26, var_60, adj_26, adj_60, adj_61);
        wp::adj_div(var_58, var_59, var_60, adj_58, adj_59, adj_60);
        wp::adj_mul(var_31, var_29, adj_31, adj_29, adj_59);
        wp::adj_dot(var_57, var_24, adj_57, adj_24, adj_58);
        wp::adj_sub(var_17, var_12, adj_17, adj_12, adj_57);
        // adj: g1 = n1 * (wp.dot(x3 - x2, e0) / (le * l1)) + n2 * (wp.dot(x4 - x2, e0) / (le * l2))  <L 77>
        wp::adj_mul(var_28, var_55, adj_28, adj_55, adj_56);
        wp::adj_div(var_31, var_30, var_55, adj_31, adj_30, adj_55);
        // adj: g4 = n2 * (le / l2)                                                               <L 76>
        wp::adj_mul(var_26, var_53, adj_26, adj_53, adj_54);
        wp::adj_div(var_31, var_29, var_53, adj_31, adj_29, adj_53);
        // adj: g3 = n1 * (le / l1)                                                               <L 75>
        wp::adj_sub(var_49, var_52, adj_49, adj_50, adj_51);
        wp::adj_address(var_rest_angle, var_0, adj_rest_angle, adj_0, adj_50);
        // adj: d = angle - rest_angle[e]                                                         <L 74>
        wp::adj_atan2(var_48, var_42, adj_48, adj_42, adj_49);
        // adj: angle = wp.atan2(s, c)                                                            <L 73>
        wp::adj_div(var_44, var_47, var_48, adj_44, adj_47, adj_48);
        wp::adj_mul(var_31, var_46, adj_31, adj_46, adj_47);
        wp::adj_sqrt(var_45, var_46, adj_45, adj_46);
        wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_45);
        wp::adj_dot(var_43, var_24, adj_43, adj_24, adj_44);
        wp::adj_cross(var_26, var_28, adj_26, adj_28, adj_43);
        // adj: s = wp.dot(wp.cross(n1, n2), e0) / (le * wp.sqrt(l1 * l2))                        <L 72>
        wp::adj_div(var_39, var_41, var_42, adj_39, adj_41, adj_42);
        wp::adj_sqrt(var_40, var_41, adj_40, adj_41);
        wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_40);
        wp::adj_dot(var_26, var_28, adj_26, adj_28, adj_39);
        // adj: c = wp.dot(n1, n2) / wp.sqrt(l1 * l2)                                             <L 71>
        if (var_32) {
            label0:;
            // adj: return                                                                        <L 70>
        }
        if (!var_32) {
        }
        if (!var_32) {
        }
        // adj: if l1 < 1.0e-12 or l2 < 1.0e-12 or le < 1.0e-6:                                   <L 69>
        wp::adj_length(var_24, var_31, adj_24, adj_31);
        // adj: le = wp.length(e0)                                                                <L 68>
        wp::adj_length_sq(var_28, adj_28, adj_30);
        // adj: l2 = wp.length_sq(n2)                                                             <L 67>
        wp::adj_length_sq(var_26, adj_26, adj_29);
        // adj: l1 = wp.length_sq(n1)                                                             <L 66>
        wp::adj_cross(var_24, var_27, adj_24, adj_27, adj_28);
        wp::adj_sub(var_22, var_7, adj_22, adj_7, adj_27);
        // adj: n2 = wp.cross(e0, x4 - x1)                                                        <L 65>
        wp::adj_cross(var_25, var_24, adj_25, adj_24, adj_26);
        wp::adj_sub(var_17, var_7, adj_17, adj_7, adj_25);
        // adj: n1 = wp.cross(x3 - x1, e0)                                                        <L 64>
        wp::adj_sub(var_12, var_7, adj_12, adj_7, adj_24);
        // adj: e0 = x2 - x1                                                                      <L 63>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_x, var_20, adj_x, adj_20, adj_21);
        wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
        // adj: x4 = x[ids[3]]                                                                    <L 62>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_x, var_15, adj_x, adj_15, adj_16);
        wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
        // adj: x3 = x[ids[2]]                                                                    <L 61>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_x, var_10, adj_x, adj_10, adj_11);
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
        // adj: x2 = x[ids[1]]                                                                    <L 60>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_x, var_5, adj_x, adj_5, adj_6);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: x1 = x[ids[0]]                                                                    <L 59>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_edges, var_0, adj_edges, adj_0, adj_1);
        // adj: ids = edges[e]                                                                    <L 58>
        // adj: e = wp.tid()                                                                      <L 57>
        // adj: def dihedral_bending(x: wp.array(dtype=wp.vec3), edges: wp.array(dtype=wp.vec4i), rest_angle: wp.array(dtype=float), k_bend: float, f: wp.array(dtype=wp.vec3), energy: wp.array(dtype=float)):  <L 56>
        continue;
    }
}

