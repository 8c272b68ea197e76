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


struct FlockParams_618d699d
{
    wp::float32 view_radius;
    wp::float32 separation_radius;
    wp::float32 w_align;
    wp::float32 w_cohesion;
    wp::float32 w_separation;
    wp::float32 max_speed;
    wp::float32 max_force;


    FlockParams_618d699d() = default;
    CUDA_CALLABLE FlockParams_618d699d(wp::float32 const& view_radius,
    wp::float32 const& separation_radius = {},
    wp::float32 const& w_align = {},
    wp::float32 const& w_cohesion = {},
    wp::float32 const& w_separation = {},
    wp::float32 const& max_speed = {},
    wp::float32 const& max_force = {})
        : view_radius{view_radius}
        , separation_radius{separation_radius}
        , w_align{w_align}
        , w_cohesion{w_cohesion}
        , w_separation{w_separation}
        , max_speed{max_speed}
        , max_force{max_force}

    {
    }

    CUDA_CALLABLE FlockParams_618d699d& operator += (const FlockParams_618d699d& rhs)
    {    view_radius += rhs.view_radius;
    separation_radius += rhs.separation_radius;
    w_align += rhs.w_align;
    w_cohesion += rhs.w_cohesion;
    w_separation += rhs.w_separation;
    max_speed += rhs.max_speed;
    max_force += rhs.max_force;

        return *this;}

};

static CUDA_CALLABLE void adj_FlockParams_618d699d(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_view_radius,
    wp::float32 & adj_separation_radius,
    wp::float32 & adj_w_align,
    wp::float32 & adj_w_cohesion,
    wp::float32 & adj_w_separation,
    wp::float32 & adj_max_speed,
    wp::float32 & adj_max_force,
    FlockParams_618d699d & adj_ret)
{
    adj_view_radius += adj_ret.view_radius;
    adj_separation_radius += adj_ret.separation_radius;
    adj_w_align += adj_ret.w_align;
    adj_w_cohesion += adj_ret.w_cohesion;
    adj_w_separation += adj_ret.w_separation;
    adj_max_speed += adj_ret.max_speed;
    adj_max_force += adj_ret.max_force;
}

// Required when compiling adjoints.
CUDA_CALLABLE FlockParams_618d699d add(const FlockParams_618d699d& a, const FlockParams_618d699d& b)
{
    return FlockParams_618d699d();
}

CUDA_CALLABLE void adj_atomic_add(FlockParams_618d699d* p, FlockParams_618d699d t)
{
    wp::adj_atomic_add(&p->view_radius, t.view_radius);
    wp::adj_atomic_add(&p->separation_radius, t.separation_radius);
    wp::adj_atomic_add(&p->w_align, t.w_align);
    wp::adj_atomic_add(&p->w_cohesion, t.w_cohesion);
    wp::adj_atomic_add(&p->w_separation, t.w_separation);
    wp::adj_atomic_add(&p->max_speed, t.max_speed);
    wp::adj_atomic_add(&p->max_force, t.max_force);
}




// corpus/039_boids_flocking.py:17
static CUDA_CALLABLE wp::vec_t<3, wp::float32> limit_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_m)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    bool var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // forward
    // def limit(v: wp.vec3, m: float) -> wp.vec3:                                            <L 18>
    // l2 = wp.length_sq(v)                                                                   <L 19>
    var_0 = wp::length_sq(var_v);
    // if l2 > m * m:                                                                         <L 20>
    var_1 = wp::mul(var_m, var_m);
    var_2 = (var_0 > var_1);
    if (var_2) {
        // return v * (m / wp.sqrt(l2))                                                       <L 21>
        var_3 = wp::sqrt(var_0);
        var_4 = wp::div(var_m, var_3);
        var_5 = wp::mul(var_v, var_4);
        return var_5;
    }
    // return v                                                                               <L 22>
    return var_v;
}


// corpus/039_boids_flocking.py:25
static CUDA_CALLABLE wp::vec_t<3, wp::float32> steer_towards_0(
    wp::vec_t<3, wp::float32> var_desired,
    wp::vec_t<3, wp::float32> var_vel,
    wp::float32 var_max_speed,
    wp::float32 var_max_force)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1e-06;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def steer_towards(desired: wp.vec3, vel: wp.vec3, max_speed: float, max_force: float) -> wp.vec3:       <L 26>
    // l = wp.length(desired)                                                                 <L 27>
    var_0 = wp::length(var_desired);
    // if l < 1.0e-6:                                                                         <L 28>
    var_2 = (var_0 < var_1);
    if (var_2) {
        // return wp.vec3()                                                                   <L 29>
        var_3 = wp::vec_t<3, wp::float32>();
        return var_3;
    }
    // return limit(desired * (max_speed / l) - vel, max_force)                               <L 30>
    var_4 = wp::div(var_max_speed, var_0);
    var_5 = wp::mul(var_desired, var_4);
    var_6 = wp::sub(var_5, var_vel);
    var_7 = limit_0(var_6, var_max_force);
    return var_7;
}


// corpus/039_boids_flocking.py:17
static CUDA_CALLABLE void adj_limit_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_m,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_m,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    bool var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def limit(v: wp.vec3, m: float) -> wp.vec3:                                            <L 18>
    // l2 = wp.length_sq(v)                                                                   <L 19>
    var_0 = wp::length_sq(var_v);
    // if l2 > m * m:                                                                         <L 20>
    var_1 = wp::mul(var_m, var_m);
    var_2 = (var_0 > var_1);
    if (var_2) {
        // return v * (m / wp.sqrt(l2))                                                       <L 21>
        var_3 = wp::sqrt(var_0);
        var_4 = wp::div(var_m, var_3);
        var_5 = wp::mul(var_v, var_4);
        goto label0;
    }
    // return v                                                                               <L 22>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_v += adj_ret;
    // adj: return v                                                                          <L 22>
    if (var_2) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_mul(var_v, var_4, adj_v, adj_4, adj_5);
        wp::adj_div(var_m, var_3, var_4, adj_m, adj_3, adj_4);
        wp::adj_sqrt(var_0, var_3, adj_0, adj_3);
        // adj: return v * (m / wp.sqrt(l2))                                                  <L 21>
    }
    wp::adj_mul(var_m, var_m, adj_m, adj_m, adj_1);
    // adj: if l2 > m * m:                                                                    <L 20>
    wp::adj_length_sq(var_v, adj_v, adj_0);
    // adj: l2 = wp.length_sq(v)                                                              <L 19>
    // adj: def limit(v: wp.vec3, m: float) -> wp.vec3:                                       <L 18>
    return;
}


// corpus/039_boids_flocking.py:25
static CUDA_CALLABLE void adj_steer_towards_0(
    wp::vec_t<3, wp::float32> var_desired,
    wp::vec_t<3, wp::float32> var_vel,
    wp::float32 var_max_speed,
    wp::float32 var_max_force,
    wp::vec_t<3, wp::float32> & adj_desired,
    wp::vec_t<3, wp::float32> & adj_vel,
    wp::float32 & adj_max_speed,
    wp::float32 & adj_max_force,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1e-06;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def steer_towards(desired: wp.vec3, vel: wp.vec3, max_speed: float, max_force: float) -> wp.vec3:       <L 26>
    // l = wp.length(desired)                                                                 <L 27>
    var_0 = wp::length(var_desired);
    // if l < 1.0e-6:                                                                         <L 28>
    var_2 = (var_0 < var_1);
    if (var_2) {
        // return wp.vec3()                                                                   <L 29>
        var_3 = wp::vec_t<3, wp::float32>();
        goto label0;
    }
    // return limit(desired * (max_speed / l) - vel, max_force)                               <L 30>
    var_4 = wp::div(var_max_speed, var_0);
    var_5 = wp::mul(var_desired, var_4);
    var_6 = wp::sub(var_5, var_vel);
    var_7 = limit_0(var_6, var_max_force);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_7 += adj_ret;
    adj_limit_0(var_6, var_max_force, adj_6, adj_max_force, adj_7);
    wp::adj_sub(var_5, var_vel, adj_5, adj_vel, adj_6);
    wp::adj_mul(var_desired, var_4, adj_desired, adj_4, adj_5);
    wp::adj_div(var_max_speed, var_0, var_4, adj_max_speed, adj_0, adj_4);
    // adj: return limit(desired * (max_speed / l) - vel, max_force)                          <L 30>
    if (var_2) {
        label0:;
        adj_3 += adj_ret;
        // adj: return wp.vec3()                                                              <L 29>
    }
    // adj: if l < 1.0e-6:                                                                    <L 28>
    wp::adj_length(var_desired, var_0, adj_desired, adj_0);
    // adj: l = wp.length(desired)                                                            <L 27>
    // adj: def steer_towards(desired: wp.vec3, vel: wp.vec3, max_speed: float, max_force: float) -> wp.vec3:  <L 26>
    return;
}



extern "C" __global__ void flock_forces_fee381fb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    FlockParams_618d699d var_params,
    wp::array_t<wp::vec_t<3, wp::float32>> var_accel,
    wp::array_t<wp::int32> var_neighbor_counts)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::shape_t* var_24;
        const wp::int32 var_25 = 0;
        wp::int32 var_26;
        wp::shape_t var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        bool var_30;
        wp::vec_t<3, wp::float32>* var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        bool var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::vec_t<3, wp::float32>* var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32>* var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        bool var_44;
        bool var_45;
        const wp::float32 var_46 = 0.0;
        bool var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::int32 var_53;
        const wp::int32 var_54 = 64;
        bool var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::int32 var_59;
        wp::int32 var_60;
        wp::vec_t<3, wp::float32> var_61;
        const wp::int32 var_62 = 0;
        bool var_63;
        const wp::float32 var_64 = 1.0;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32* var_68;
        wp::float32* var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32* var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::float32 var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::float32* var_79;
        wp::float32* var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::float32* var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::float32 var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        const wp::int32 var_89 = 0;
        bool var_90;
        wp::float32* var_91;
        wp::float32* var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::float32 var_94;
        wp::float32 var_95;
        wp::float32* var_96;
        wp::vec_t<3, wp::float32> var_97;
        wp::float32 var_98;
        wp::vec_t<3, wp::float32> var_99;
        wp::vec_t<3, wp::float32> var_100;
        //---------
        // forward
        // def flock_forces(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), params: FlockParams, accel: wp.array(dtype=wp.vec3), neighbor_counts: wp.array(dtype=int)):       <L 34>
        // i = wp.tid()                                                                           <L 35>
        var_0 = builtin_tid1d();
        // p = pos[i]                                                                             <L 36>
        var_1 = wp::address(var_pos, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = vel[i]                                                                             <L 37>
        var_4 = wp::address(var_vel, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // align = wp.vec3()                                                                      <L 38>
        var_7 = wp::vec_t<3, wp::float32>();
        // center = wp.vec3()                                                                     <L 39>
        var_8 = wp::vec_t<3, wp::float32>();
        // separate = wp.vec3()                                                                   <L 40>
        var_9 = wp::vec_t<3, wp::float32>();
        // n = int(0)                                                                             <L 41>
        var_11 = wp::int(var_10);
        // n_close = int(0)                                                                       <L 42>
        var_13 = wp::int(var_12);
        // r2 = params.view_radius * params.view_radius                                           <L 43>
        var_14 = &((var_params).view_radius);
        var_15 = &((var_params).view_radius);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::mul(var_17, var_18);
        // s2 = params.separation_radius * params.separation_radius                               <L 44>
        var_19 = &((var_params).separation_radius);
        var_20 = &((var_params).separation_radius);
        var_22 = wp::load(var_19);
        var_23 = wp::load(var_20);
        var_21 = wp::mul(var_22, var_23);
        // for j in range(pos.shape[0]):                                                          <L 45>
        var_24 = &(var_pos.shape);
        var_27 = wp::load(var_24);
        var_26 = wp::extract(var_27, var_25);
        var_28 = wp::range(var_26);
        start_for_0:;
            if (iter_cmp(var_28) == 0) goto end_for_0;
            var_29 = wp::iter_next(var_28);
            // if j == i:                                                                         <L 46>
            var_30 = (var_29 == var_0);
            if (var_30) {
                // continue                                                                       <L 47>
                goto start_for_0;
            }
            // d = pos[j] - p                                                                     <L 48>
            var_31 = wp::address(var_pos, var_29);
            var_33 = wp::load(var_31);
            var_32 = wp::sub(var_33, var_2);
            // dist2 = wp.dot(d, d)                                                               <L 49>
            var_34 = wp::dot(var_32, var_32);
            // if dist2 > r2:                                                                     <L 50>
            var_35 = (var_34 > var_16);
            if (var_35) {
                // continue                                                                       <L 51>
                goto start_for_0;
            }
            // n += 1                                                                             <L 52>
            var_37 = wp::add(var_11, var_36);
            // align += vel[j]                                                                    <L 53>
            var_38 = wp::address(var_vel, var_29);
            var_40 = wp::load(var_38);
            var_39 = wp::add(var_7, var_40);
            // center += pos[j]                                                                   <L 54>
            var_41 = wp::address(var_pos, var_29);
            var_43 = wp::load(var_41);
            var_42 = wp::add(var_8, var_43);
            // if dist2 < s2 and dist2 > 0.0:                                                     <L 55>
            var_45 = (var_34 < var_21);
            var_44 = var_45;
            if (var_44) {
                var_47 = (var_34 > var_46);
                var_44 = var_44 && var_47;
            }
            if (var_44) {
                // separate -= d / dist2                                                          <L 56>
                var_48 = wp::div(var_32, var_34);
                var_49 = wp::sub(var_9, var_48);
                // n_close += 1                                                                   <L 57>
                var_51 = wp::add(var_13, var_50);
            }
            var_52 = wp::where(var_44, var_49, var_9);
            var_53 = wp::where(var_44, var_51, var_13);
            // if n >= MAX_NEIGHBORS:                                                             <L 58>
            var_55 = (var_37 >= var_54);
            if (var_55) {
                // break                                                                          <L 59>
                wp::assign(var_7, var_39);
                wp::assign(var_8, var_42);
                wp::assign(var_9, var_52);
                wp::assign(var_11, var_37);
                wp::assign(var_13, var_53);
                goto end_for_0;
            }
            var_56 = wp::where(var_55, var_7, var_39);
            var_57 = wp::where(var_55, var_8, var_42);
            var_58 = wp::where(var_55, var_9, var_52);
            var_59 = wp::where(var_55, var_11, var_37);
            var_60 = wp::where(var_55, var_13, var_53);
            wp::assign(var_7, var_56);
            wp::assign(var_8, var_57);
            wp::assign(var_9, var_58);
            wp::assign(var_11, var_59);
            wp::assign(var_13, var_60);
            goto start_for_0;
        end_for_0:;
        // neighbor_counts[i] = n                                                                 <L 60>
        wp::array_store(var_neighbor_counts, var_0, var_11);
        // a = wp.vec3()                                                                          <L 61>
        var_61 = wp::vec_t<3, wp::float32>();
        // if n > 0:                                                                              <L 62>
        var_63 = (var_11 > var_62);
        if (var_63) {
            // inv = 1.0 / float(n)                                                               <L 63>
            var_65 = wp::float(var_11);
            var_66 = wp::div(var_64, var_65);
            // a += steer_towards(align * inv, v, params.max_speed, params.max_force) * params.w_align       <L 64>
            var_67 = wp::mul(var_7, var_66);
            var_68 = &((var_params).max_speed);
            var_69 = &((var_params).max_force);
            var_71 = wp::load(var_68);
            var_72 = wp::load(var_69);
            var_70 = steer_towards_0(var_67, var_5, var_71, var_72);
            var_73 = &((var_params).w_align);
            var_75 = wp::load(var_73);
            var_74 = wp::mul(var_70, var_75);
            var_76 = wp::add(var_61, var_74);
            // a += steer_towards(center * inv - p, v, params.max_speed, params.max_force) * params.w_cohesion       <L 65>
            var_77 = wp::mul(var_8, var_66);
            var_78 = wp::sub(var_77, var_2);
            var_79 = &((var_params).max_speed);
            var_80 = &((var_params).max_force);
            var_82 = wp::load(var_79);
            var_83 = wp::load(var_80);
            var_81 = steer_towards_0(var_78, var_5, var_82, var_83);
            var_84 = &((var_params).w_cohesion);
            var_86 = wp::load(var_84);
            var_85 = wp::mul(var_81, var_86);
            var_87 = wp::add(var_76, var_85);
        }
        var_88 = wp::where(var_63, var_87, var_61);
        // if n_close > 0:                                                                        <L 66>
        var_90 = (var_13 > var_89);
        if (var_90) {
            // a += steer_towards(separate, v, params.max_speed, params.max_force) * params.w_separation       <L 67>
            var_91 = &((var_params).max_speed);
            var_92 = &((var_params).max_force);
            var_94 = wp::load(var_91);
            var_95 = wp::load(var_92);
            var_93 = steer_towards_0(var_9, var_5, var_94, var_95);
            var_96 = &((var_params).w_separation);
            var_98 = wp::load(var_96);
            var_97 = wp::mul(var_93, var_98);
            var_99 = wp::add(var_88, var_97);
        }
        var_100 = wp::where(var_90, var_99, var_88);
        // accel[i] = a                                                                           <L 68>
        wp::array_store(var_accel, var_0, var_100);
    }
}



extern "C" __global__ void flock_forces_fee381fb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    FlockParams_618d699d var_params,
    wp::array_t<wp::vec_t<3, wp::float32>> var_accel,
    wp::array_t<wp::int32> var_neighbor_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    FlockParams_618d699d adj_params,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_accel,
    wp::array_t<wp::int32> adj_neighbor_counts)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::shape_t* var_24;
        const wp::int32 var_25 = 0;
        wp::int32 var_26;
        wp::shape_t var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        bool var_30;
        wp::vec_t<3, wp::float32>* var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        bool var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::vec_t<3, wp::float32>* var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32>* var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        bool var_44;
        bool var_45;
        const wp::float32 var_46 = 0.0;
        bool var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::int32 var_53;
        const wp::int32 var_54 = 64;
        bool var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::int32 var_59;
        wp::int32 var_60;
        wp::vec_t<3, wp::float32> var_61;
        const wp::int32 var_62 = 0;
        bool var_63;
        const wp::float32 var_64 = 1.0;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32* var_68;
        wp::float32* var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32* var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::float32 var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::float32* var_79;
        wp::float32* var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::float32* var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::float32 var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        const wp::int32 var_89 = 0;
        bool var_90;
        wp::float32* var_91;
        wp::float32* var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::float32 var_94;
        wp::float32 var_95;
        wp::float32* var_96;
        wp::vec_t<3, wp::float32> var_97;
        wp::float32 var_98;
        wp::vec_t<3, wp::float32> var_99;
        wp::vec_t<3, wp::float32> var_100;
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
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::shape_t adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::shape_t adj_27 = {};
        wp::range_t adj_28 = {};
        wp::int32 adj_29 = {};
        bool adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        bool adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        bool adj_44 = {};
        bool adj_45 = {};
        wp::float32 adj_46 = {};
        bool adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        bool adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::int32 adj_62 = {};
        bool adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::float32 adj_75 = {};
        wp::vec_t<3, wp::float32> adj_76 = {};
        wp::vec_t<3, wp::float32> adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::vec_t<3, wp::float32> adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::float32 adj_86 = {};
        wp::vec_t<3, wp::float32> adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        wp::int32 adj_89 = {};
        bool adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::vec_t<3, wp::float32> adj_93 = {};
        wp::float32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::vec_t<3, wp::float32> adj_97 = {};
        wp::float32 adj_98 = {};
        wp::vec_t<3, wp::float32> adj_99 = {};
        wp::vec_t<3, wp::float32> adj_100 = {};
        //---------
        // forward
        // def flock_forces(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), params: FlockParams, accel: wp.array(dtype=wp.vec3), neighbor_counts: wp.array(dtype=int)):       <L 34>
        // i = wp.tid()                                                                           <L 35>
        var_0 = builtin_tid1d();
        // p = pos[i]                                                                             <L 36>
        var_1 = wp::address(var_pos, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = vel[i]                                                                             <L 37>
        var_4 = wp::address(var_vel, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // align = wp.vec3()                                                                      <L 38>
        var_7 = wp::vec_t<3, wp::float32>();
        // center = wp.vec3()                                                                     <L 39>
        var_8 = wp::vec_t<3, wp::float32>();
        // separate = wp.vec3()                                                                   <L 40>
        var_9 = wp::vec_t<3, wp::float32>();
        // n = int(0)                                                                             <L 41>
        var_11 = wp::int(var_10);
        // n_close = int(0)                                                                       <L 42>
        var_13 = wp::int(var_12);
        // r2 = params.view_radius * params.view_radius                                           <L 43>
        var_14 = &((var_params).view_radius);
        var_15 = &((var_params).view_radius);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::mul(var_17, var_18);
        // s2 = params.separation_radius * params.separation_radius                               <L 44>
        var_19 = &((var_params).separation_radius);
        var_20 = &((var_params).separation_radius);
        var_22 = wp::load(var_19);
        var_23 = wp::load(var_20);
        var_21 = wp::mul(var_22, var_23);
        // for j in range(pos.shape[0]):                                                          <L 45>
        var_24 = &(var_pos.shape);
        var_27 = wp::load(var_24);
        var_26 = wp::extract(var_27, var_25);
        var_28 = wp::range(var_26);
        // neighbor_counts[i] = n                                                                 <L 60>
        // wp::array_store(var_neighbor_counts, var_0, var_11);
        // a = wp.vec3()                                                                          <L 61>
        var_61 = wp::vec_t<3, wp::float32>();
        // if n > 0:                                                                              <L 62>
        var_63 = (var_11 > var_62);
        if (var_63) {
            // inv = 1.0 / float(n)                                                               <L 63>
            var_65 = wp::float(var_11);
            var_66 = wp::div(var_64, var_65);
            // a += steer_towards(align * inv, v, params.max_speed, params.max_force) * params.w_align       <L 64>
            var_67 = wp::mul(var_7, var_66);
            var_68 = &((var_params).max_speed);
            var_69 = &((var_params).max_force);
            var_71 = wp::load(var_68);
            var_72 = wp::load(var_69);
            var_70 = steer_towards_0(var_67, var_5, var_71, var_72);
            var_73 = &((var_params).w_align);
            var_75 = wp::load(var_73);
            var_74 = wp::mul(var_70, var_75);
            var_76 = wp::add(var_61, var_74);
            // a += steer_towards(center * inv - p, v, params.max_speed, params.max_force) * params.w_cohesion       <L 65>
            var_77 = wp::mul(var_8, var_66);
            var_78 = wp::sub(var_77, var_2);
            var_79 = &((var_params).max_speed);
            var_80 = &((var_params).max_force);
            var_82 = wp::load(var_79);
            var_83 = wp::load(var_80);
            var_81 = steer_towards_0(var_78, var_5, var_82, var_83);
            var_84 = &((var_params).w_cohesion);
            var_86 = wp::load(var_84);
            var_85 = wp::mul(var_81, var_86);
            var_87 = wp::add(var_76, var_85);
        }
        var_88 = wp::where(var_63, var_87, var_61);
        // if n_close > 0:                                                                        <L 66>
        var_90 = (var_13 > var_89);
        if (var_90) {
            // a += steer_towards(separate, v, params.max_speed, params.max_force) * params.w_separation       <L 67>
            var_91 = &((var_params).max_speed);
            var_92 = &((var_params).max_force);
            var_94 = wp::load(var_91);
            var_95 = wp::load(var_92);
            var_93 = steer_towards_0(var_9, var_5, var_94, var_95);
            var_96 = &((var_params).w_separation);
            var_98 = wp::load(var_96);
            var_97 = wp::mul(var_93, var_98);
            var_99 = wp::add(var_88, var_97);
        }
        var_100 = wp::where(var_90, var_99, var_88);
        // accel[i] = a                                                                           <L 68>
        // wp::array_store(var_accel, var_0, var_100);
        //---------
        // reverse
        wp::adj_array_store(var_accel, var_0, var_100, adj_accel, adj_0, adj_100);
        // adj: accel[i] = a                                                                      <L 68>
        wp::adj_where(var_90, var_99, var_88, adj_90, adj_99, adj_88, adj_100);
        if (var_90) {
            wp::adj_add(var_88, var_97, adj_88, adj_97, adj_99);
            wp::adj_mul(var_93, var_98, adj_93, adj_96, adj_97);
            adj_params.w_separation += adj_96;
            adj_steer_towards_0(var_9, var_5, var_94, var_95, adj_9, adj_5, adj_91, adj_92, adj_93);
            adj_params.max_force += adj_92;
            adj_params.max_speed += adj_91;
            // adj: a += steer_towards(separate, v, params.max_speed, params.max_force) * params.w_separation  <L 67>
        }
        // adj: if n_close > 0:                                                                   <L 66>
        wp::adj_where(var_63, var_87, var_61, adj_63, adj_87, adj_61, adj_88);
        if (var_63) {
            wp::adj_add(var_76, var_85, adj_76, adj_85, adj_87);
            wp::adj_mul(var_81, var_86, adj_81, adj_84, adj_85);
            adj_params.w_cohesion += adj_84;
            adj_steer_towards_0(var_78, var_5, var_82, var_83, adj_78, adj_5, adj_79, adj_80, adj_81);
            adj_params.max_force += adj_80;
            adj_params.max_speed += adj_79;
            wp::adj_sub(var_77, var_2, adj_77, adj_2, adj_78);
            wp::adj_mul(var_8, var_66, adj_8, adj_66, adj_77);
            // adj: a += steer_towards(center * inv - p, v, params.max_speed, params.max_force) * params.w_cohesion  <L 65>
            wp::adj_add(var_61, var_74, adj_61, adj_74, adj_76);
            wp::adj_mul(var_70, var_75, adj_70, adj_73, adj_74);
            adj_params.w_align += adj_73;
            adj_steer_towards_0(var_67, var_5, var_71, var_72, adj_67, adj_5, adj_68, adj_69, adj_70);
            adj_params.max_force += adj_69;
            adj_params.max_speed += adj_68;
            wp::adj_mul(var_7, var_66, adj_7, adj_66, adj_67);
            // adj: a += steer_towards(align * inv, v, params.max_speed, params.max_force) * params.w_align  <L 64>
            wp::adj_div(var_64, var_65, var_66, adj_64, adj_65, adj_66);
            wp::adj_float(var_11, adj_11, adj_65);
            // adj: inv = 1.0 / float(n)                                                          <L 63>
        }
        // adj: if n > 0:                                                                         <L 62>
        // adj: a = wp.vec3()                                                                     <L 61>
        wp::adj_array_store(var_neighbor_counts, var_0, var_11, adj_neighbor_counts, adj_0, adj_11);
        // adj: neighbor_counts[i] = n                                                            <L 60>
        var_28 = wp::iter_reverse(var_28);
        start_for_0:;
            if (iter_cmp(var_28) == 0) goto end_for_0;
            var_29 = wp::iter_next(var_28);
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
            // if j == i:                                                                         <L 46>
            var_30 = (var_29 == var_0);
            if (var_30) {
                // continue                                                                       <L 47>
                goto start_for_0;
            }
            // d = pos[j] - p                                                                     <L 48>
            var_31 = wp::address(var_pos, var_29);
            var_33 = wp::load(var_31);
            var_32 = wp::sub(var_33, var_2);
            // dist2 = wp.dot(d, d)                                                               <L 49>
            var_34 = wp::dot(var_32, var_32);
            // if dist2 > r2:                                                                     <L 50>
            var_35 = (var_34 > var_16);
            if (var_35) {
                // continue                                                                       <L 51>
                goto start_for_0;
            }
            // n += 1                                                                             <L 52>
            var_37 = wp::add(var_11, var_36);
            // align += vel[j]                                                                    <L 53>
            var_38 = wp::address(var_vel, var_29);
            var_40 = wp::load(var_38);
            var_39 = wp::add(var_7, var_40);
            // center += pos[j]                                                                   <L 54>
            var_41 = wp::address(var_pos, var_29);
            var_43 = wp::load(var_41);
            var_42 = wp::add(var_8, var_43);
            // if dist2 < s2 and dist2 > 0.0:                                                     <L 55>
            var_45 = (var_34 < var_21);
            var_44 = var_45;
            if (var_44) {
                var_47 = (var_34 > var_46);
                var_44 = var_44 && var_47;
            }
            if (var_44) {
                // separate -= d / dist2                                                          <L 56>
                var_48 = wp::div(var_32, var_34);
                var_49 = wp::sub(var_9, var_48);
                // n_close += 1                                                                   <L 57>
                var_51 = wp::add(var_13, var_50);
            }
            var_52 = wp::where(var_44, var_49, var_9);
            var_53 = wp::where(var_44, var_51, var_13);
            // if n >= MAX_NEIGHBORS:                                                             <L 58>
            var_55 = (var_37 >= var_54);
            if (var_55) {
                // break                                                                          <L 59>
                wp::assign(var_7, var_39);
                wp::assign(var_8, var_42);
                wp::assign(var_9, var_52);
                wp::assign(var_11, var_37);
                wp::assign(var_13, var_53);
                goto end_for_0;
            }
            var_56 = wp::where(var_55, var_7, var_39);
            var_57 = wp::where(var_55, var_8, var_42);
            var_58 = wp::where(var_55, var_9, var_52);
            var_59 = wp::where(var_55, var_11, var_37);
            var_60 = wp::where(var_55, var_13, var_53);
            wp::assign(var_7, var_56);
            wp::assign(var_8, var_57);
            wp::assign(var_9, var_58);
            wp::assign(var_11, var_59);
            wp::assign(var_13, var_60);
            wp::adj_assign(var_13, var_60, adj_13, adj_60);
            wp::adj_assign(var_11, var_59, adj_11, adj_59);
            wp::adj_assign(var_9, var_58, adj_9, adj_58);
            wp::adj_assign(var_8, var_57, adj_8, adj_57);
            wp::adj_assign(var_7, var_56, adj_7, adj_56);
            wp::adj_where(var_55, var_13, var_53, adj_55, adj_13, adj_53, adj_60);
            wp::adj_where(var_55, var_11, var_37, adj_55, adj_11, adj_37, adj_59);
            wp::adj_where(var_55, var_9, var_52, adj_55, adj_9, adj_52, adj_58);
            wp::adj_where(var_55, var_8, var_42, adj_55, adj_8, adj_42, adj_57);
            wp::adj_where(var_55, var_7, var_39, adj_55, adj_7, adj_39, adj_56);
            if (var_55) {
                wp::adj_assign(var_13, var_53, adj_13, adj_53);
                wp::adj_assign(var_11, var_37, adj_11, adj_37);
                wp::adj_assign(var_9, var_52, adj_9, adj_52);
                wp::adj_assign(var_8, var_42, adj_8, adj_42);
                wp::adj_assign(var_7, var_39, adj_7, adj_39);
                // adj: break                                                                     <L 59>
            }
            // adj: if n >= MAX_NEIGHBORS:                                                        <L 58>
            wp::adj_where(var_44, var_51, var_13, adj_44, adj_51, adj_13, adj_53);
            wp::adj_where(var_44, var_49, var_9, adj_44, adj_49, adj_9, adj_52);
            if (var_44) {
                wp::adj_add(var_13, var_50, adj_13, adj_50, adj_51);
                // adj: n_close += 1                                                              <L 57>
                wp::adj_sub(var_9, var_48, adj_9, adj_48, adj_49);
                wp::adj_div(var_32, var_34, adj_32, adj_34, adj_48);
                // adj: separate -= d / dist2                                                     <L 56>
            }
            if (var_44) {
            }
            // adj: if dist2 < s2 and dist2 > 0.0:                                                <L 55>
            wp::adj_add(var_8, var_43, adj_8, adj_41, adj_42);
            wp::adj_address(var_pos, var_29, adj_pos, adj_29, adj_41);
            // adj: center += pos[j]                                                              <L 54>
            wp::adj_add(var_7, var_40, adj_7, adj_38, adj_39);
            wp::adj_address(var_vel, var_29, adj_vel, adj_29, adj_38);
            // adj: align += vel[j]                                                               <L 53>
            wp::adj_add(var_11, var_36, adj_11, adj_36, adj_37);
            // adj: n += 1                                                                        <L 52>
            if (var_35) {
                // adj: continue                                                                  <L 51>
            }
            // adj: if dist2 > r2:                                                                <L 50>
            wp::adj_dot(var_32, var_32, adj_32, adj_32, adj_34);
            // adj: dist2 = wp.dot(d, d)                                                          <L 49>
            wp::adj_sub(var_33, var_2, adj_31, adj_2, adj_32);
            wp::adj_address(var_pos, var_29, adj_pos, adj_29, adj_31);
            // adj: d = pos[j] - p                                                                <L 48>
            if (var_30) {
                // adj: continue                                                                  <L 47>
            }
            // adj: if j == i:                                                                    <L 46>
        	goto start_for_0;
        end_for_0:;
        adj_pos.shape = adj_24;
        // adj: for j in range(pos.shape[0]):                                                     <L 45>
        wp::adj_mul(var_22, var_23, adj_19, adj_20, adj_21);
        adj_params.separation_radius += adj_20;
        adj_params.separation_radius += adj_19;
        // adj: s2 = params.separation_radius * params.separation_radius                          <L 44>
        wp::adj_mul(var_17, var_18, adj_14, adj_15, adj_16);
        adj_params.view_radius += adj_15;
        adj_params.view_radius += adj_14;
        // adj: r2 = params.view_radius * params.view_radius                                      <L 43>
        // adj: n_close = int(0)                                                                  <L 42>
        // adj: n = int(0)                                                                        <L 41>
        // adj: separate = wp.vec3()                                                              <L 40>
        // adj: center = wp.vec3()                                                                <L 39>
        // adj: align = wp.vec3()                                                                 <L 38>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_4);
        // adj: v = vel[i]                                                                        <L 37>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_1);
        // adj: p = pos[i]                                                                        <L 36>
        // adj: i = wp.tid()                                                                      <L 35>
        // adj: def flock_forces(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), params: FlockParams, accel: wp.array(dtype=wp.vec3), neighbor_counts: wp.array(dtype=int)):  <L 34>
        continue;
    }
}



extern "C" __global__ void flock_integrate_bb6d40a8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_accel,
    FlockParams_618d699d var_params,
    wp::float32 var_dt,
    wp::float32 var_world_size)
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
        wp::float32* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        bool var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        bool var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 2;
        wp::float32 var_35;
        const wp::float32 var_36 = 0.0;
        bool var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        bool var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        //---------
        // forward
        // def flock_integrate(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), accel: wp.array(dtype=wp.vec3), params: FlockParams, dt: float, world_size: float):       <L 72>
        // i = wp.tid()                                                                           <L 73>
        var_0 = builtin_tid1d();
        // v = limit(vel[i] + accel[i] * dt, params.max_speed)                                    <L 74>
        var_1 = wp::address(var_vel, var_0);
        var_2 = wp::address(var_accel, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_dt);
        var_6 = wp::load(var_1);
        var_5 = wp::add(var_6, var_3);
        var_7 = &((var_params).max_speed);
        var_9 = wp::load(var_7);
        var_8 = limit_0(var_5, var_9);
        // p = pos[i] + v * dt                                                                    <L 75>
        var_10 = wp::address(var_pos, var_0);
        var_11 = wp::mul(var_8, var_dt);
        var_13 = wp::load(var_10);
        var_12 = wp::add(var_13, var_11);
        // for k in range(3):                                                                     <L 76>
        // if p[k] < 0.0:                                                                         <L 77>
        var_15 = wp::extract(var_12, var_14);
        var_17 = (var_15 < var_16);
        if (var_17) {
            // p[k] = p[k] + world_size                                                           <L 78>
            var_18 = wp::extract(var_12, var_14);
            var_19 = wp::add(var_18, var_world_size);
            wp::assign_inplace(var_12, var_14, var_19);
        }
        if (!var_17) {
            // elif p[k] >= world_size:                                                           <L 79>
            var_20 = wp::extract(var_12, var_14);
            var_21 = (var_20 >= var_world_size);
            if (var_21) {
                // p[k] = p[k] - world_size                                                       <L 80>
                var_22 = wp::extract(var_12, var_14);
                var_23 = wp::sub(var_22, var_world_size);
                wp::assign_inplace(var_12, var_14, var_23);
            }
        }
        // if p[k] < 0.0:                                                                         <L 77>
        var_25 = wp::extract(var_12, var_24);
        var_27 = (var_25 < var_26);
        if (var_27) {
            // p[k] = p[k] + world_size                                                           <L 78>
            var_28 = wp::extract(var_12, var_24);
            var_29 = wp::add(var_28, var_world_size);
            wp::assign_inplace(var_12, var_24, var_29);
        }
        if (!var_27) {
            // elif p[k] >= world_size:                                                           <L 79>
            var_30 = wp::extract(var_12, var_24);
            var_31 = (var_30 >= var_world_size);
            if (var_31) {
                // p[k] = p[k] - world_size                                                       <L 80>
                var_32 = wp::extract(var_12, var_24);
                var_33 = wp::sub(var_32, var_world_size);
                wp::assign_inplace(var_12, var_24, var_33);
            }
        }
        // if p[k] < 0.0:                                                                         <L 77>
        var_35 = wp::extract(var_12, var_34);
        var_37 = (var_35 < var_36);
        if (var_37) {
            // p[k] = p[k] + world_size                                                           <L 78>
            var_38 = wp::extract(var_12, var_34);
            var_39 = wp::add(var_38, var_world_size);
            wp::assign_inplace(var_12, var_34, var_39);
        }
        if (!var_37) {
            // elif p[k] >= world_size:                                                           <L 79>
            var_40 = wp::extract(var_12, var_34);
            var_41 = (var_40 >= var_world_size);
            if (var_41) {
                // p[k] = p[k] - world_size                                                       <L 80>
                var_42 = wp::extract(var_12, var_34);
                var_43 = wp::sub(var_42, var_world_size);
                wp::assign_inplace(var_12, var_34, var_43);
            }
        }
        // pos[i] = p                                                                             <L 81>
        wp::array_store(var_pos, var_0, var_12);
        // vel[i] = v                                                                             <L 82>
        wp::array_store(var_vel, var_0, var_8);
    }
}



extern "C" __global__ void flock_integrate_bb6d40a8_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_accel,
    FlockParams_618d699d var_params,
    wp::float32 var_dt,
    wp::float32 var_world_size,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_accel,
    FlockParams_618d699d adj_params,
    wp::float32 adj_dt,
    wp::float32 adj_world_size)
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
        wp::float32* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        bool var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        bool var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 2;
        wp::float32 var_35;
        const wp::float32 var_36 = 0.0;
        bool var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        bool var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        bool adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        bool adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        bool adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        bool adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        //---------
        // forward
        // def flock_integrate(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), accel: wp.array(dtype=wp.vec3), params: FlockParams, dt: float, world_size: float):       <L 72>
        // i = wp.tid()                                                                           <L 73>
        var_0 = builtin_tid1d();
        // v = limit(vel[i] + accel[i] * dt, params.max_speed)                                    <L 74>
        var_1 = wp::address(var_vel, var_0);
        var_2 = wp::address(var_accel, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_dt);
        var_6 = wp::load(var_1);
        var_5 = wp::add(var_6, var_3);
        var_7 = &((var_params).max_speed);
        var_9 = wp::load(var_7);
        var_8 = limit_0(var_5, var_9);
        // p = pos[i] + v * dt                                                                    <L 75>
        var_10 = wp::address(var_pos, var_0);
        var_11 = wp::mul(var_8, var_dt);
        var_13 = wp::load(var_10);
        var_12 = wp::add(var_13, var_11);
        // for k in range(3):                                                                     <L 76>
        // if p[k] < 0.0:                                                                         <L 77>
        var_15 = wp::extract(var_12, var_14);
        var_17 = (var_15 < var_16);
        if (var_17) {
            // p[k] = p[k] + world_size                                                           <L 78>
            var_18 = wp::extract(var_12, var_14);
            var_19 = wp::add(var_18, var_world_size);
            wp::assign_inplace(var_12, var_14, var_19);
        }
        if (!var_17) {
            // elif p[k] >= world_size:                                                           <L 79>
            var_20 = wp::extract(var_12, var_14);
            var_21 = (var_20 >= var_world_size);
            if (var_21) {
                // p[k] = p[k] - world_size                                                       <L 80>
                var_22 = wp::extract(var_12, var_14);
                var_23 = wp::sub(var_22, var_world_size);
                wp::assign_inplace(var_12, var_14, var_23);
            }
        }
        // if p[k] < 0.0:                                                                         <L 77>
        var_25 = wp::extract(var_12, var_24);
        var_27 = (var_25 < var_26);
        if (var_27) {
            // p[k] = p[k] + world_size                                                           <L 78>
            var_28 = wp::extract(var_12, var_24);
            var_29 = wp::add(var_28, var_world_size);
            wp::assign_inplace(var_12, var_24, var_29);
        }
        if (!var_27) {
            // elif p[k] >= world_size:                                                           <L 79>
            var_30 = wp::extract(var_12, var_24);
            var_31 = (var_30 >= var_world_size);
            if (var_31) {
                // p[k] = p[k] - world_size                                                       <L 80>
                var_32 = wp::extract(var_12, var_24);
                var_33 = wp::sub(var_32, var_world_size);
                wp::assign_inplace(var_12, var_24, var_33);
            }
        }
        // if p[k] < 0.0:                                                                         <L 77>
        var_35 = wp::extract(var_12, var_34);
        var_37 = (var_35 < var_36);
        if (var_37) {
            // p[k] = p[k] + world_size                                                           <L 78>
            var_38 = wp::extract(var_12, var_34);
            var_39 = wp::add(var_38, var_world_size);
            wp::assign_inplace(var_12, var_34, var_39);
        }
        if (!var_37) {
            // elif p[k] >= world_size:                                                           <L 79>
            var_40 = wp::extract(var_12, var_34);
            var_41 = (var_40 >= var_world_size);
            if (var_41) {
                // p[k] = p[k] - world_size                                                       <L 80>
                var_42 = wp::extract(var_12, var_34);
                var_43 = wp::sub(var_42, var_world_size);
                wp::assign_inplace(var_12, var_34, var_43);
            }
        }
        // pos[i] = p                                                                             <L 81>
        // wp::array_store(var_pos, var_0, var_12);
        // vel[i] = v                                                                             <L 82>
        // wp::array_store(var_vel, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_vel, var_0, var_8, adj_vel, adj_0, adj_8);
        // adj: vel[i] = v                                                                        <L 82>
        wp::adj_array_store(var_pos, var_0, var_12, adj_pos, adj_0, adj_12);
        // adj: pos[i] = p                                                                        <L 81>
        if (!var_37) {
            if (var_41) {
                wp::adj_assign_inplace(var_12, var_34, var_43, adj_12, adj_34, adj_43);
                wp::adj_sub(var_42, var_world_size, adj_42, adj_world_size, adj_43);
                wp::adj_extract(var_12, var_34, adj_12, adj_34, adj_42);
                // adj: p[k] = p[k] - world_size                                                  <L 80>
            }
            wp::adj_extract(var_12, var_34, adj_12, adj_34, adj_40);
            // adj: elif p[k] >= world_size:                                                      <L 79>
        }
        if (var_37) {
            wp::adj_assign_inplace(var_12, var_34, var_39, adj_12, adj_34, adj_39);
            wp::adj_add(var_38, var_world_size, adj_38, adj_world_size, adj_39);
            wp::adj_extract(var_12, var_34, adj_12, adj_34, adj_38);
            // adj: p[k] = p[k] + world_size                                                      <L 78>
        }
        wp::adj_extract(var_12, var_34, adj_12, adj_34, adj_35);
        // adj: if p[k] < 0.0:                                                                    <L 77>
        if (!var_27) {
            if (var_31) {
                wp::adj_assign_inplace(var_12, var_24, var_33, adj_12, adj_24, adj_33);
                wp::adj_sub(var_32, var_world_size, adj_32, adj_world_size, adj_33);
                wp::adj_extract(var_12, var_24, adj_12, adj_24, adj_32);
                // adj: p[k] = p[k] - world_size                                                  <L 80>
            }
            wp::adj_extract(var_12, var_24, adj_12, adj_24, adj_30);
            // adj: elif p[k] >= world_size:                                                      <L 79>
        }
        if (var_27) {
            wp::adj_assign_inplace(var_12, var_24, var_29, adj_12, adj_24, adj_29);
            wp::adj_add(var_28, var_world_size, adj_28, adj_world_size, adj_29);
            wp::adj_extract(var_12, var_24, adj_12, adj_24, adj_28);
            // adj: p[k] = p[k] + world_size                                                      <L 78>
        }
        wp::adj_extract(var_12, var_24, adj_12, adj_24, adj_25);
        // adj: if p[k] < 0.0:                                                                    <L 77>
        if (!var_17) {
            if (var_21) {
                wp::adj_assign_inplace(var_12, var_14, var_23, adj_12, adj_14, adj_23);
                wp::adj_sub(var_22, var_world_size, adj_22, adj_world_size, adj_23);
                wp::adj_extract(var_12, var_14, adj_12, adj_14, adj_22);
                // adj: p[k] = p[k] - world_size                                                  <L 80>
            }
            wp::adj_extract(var_12, var_14, adj_12, adj_14, adj_20);
            // adj: elif p[k] >= world_size:                                                      <L 79>
        }
        if (var_17) {
            wp::adj_assign_inplace(var_12, var_14, var_19, adj_12, adj_14, adj_19);
            wp::adj_add(var_18, var_world_size, adj_18, adj_world_size, adj_19);
            wp::adj_extract(var_12, var_14, adj_12, adj_14, adj_18);
            // adj: p[k] = p[k] + world_size                                                      <L 78>
        }
        wp::adj_extract(var_12, var_14, adj_12, adj_14, adj_15);
        // adj: if p[k] < 0.0:                                                                    <L 77>
        // adj: for k in range(3):                                                                <L 76>
        wp::adj_add(var_13, var_11, adj_10, adj_11, adj_12);
        wp::adj_mul(var_8, var_dt, adj_8, adj_dt, adj_11);
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_10);
        // adj: p = pos[i] + v * dt                                                               <L 75>
        adj_limit_0(var_5, var_9, adj_5, adj_7, adj_8);
        adj_params.max_speed += adj_7;
        wp::adj_add(var_6, var_3, adj_1, adj_3, adj_5);
        wp::adj_mul(var_4, var_dt, adj_2, adj_dt, adj_3);
        wp::adj_address(var_accel, var_0, adj_accel, adj_0, adj_2);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_1);
        // adj: v = limit(vel[i] + accel[i] * dt, params.max_speed)                               <L 74>
        // adj: i = wp.tid()                                                                      <L 73>
        // adj: def flock_integrate(pos: wp.array(dtype=wp.vec3), vel: wp.array(dtype=wp.vec3), accel: wp.array(dtype=wp.vec3), params: FlockParams, dt: float, world_size: float):  <L 72>
        continue;
    }
}



extern "C" __global__ void flock_polarization_574c8bc7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_dir,
    wp::array_t<wp::float32> var_sum_speed)
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
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        bool var_6;
        const wp::int32 var_7 = 0;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        //---------
        // forward
        // def flock_polarization(vel: wp.array(dtype=wp.vec3), sum_dir: wp.array(dtype=wp.vec3), sum_speed: wp.array(dtype=float)):       <L 86>
        // i = wp.tid()                                                                           <L 87>
        var_0 = builtin_tid1d();
        // v = vel[i]                                                                             <L 88>
        var_1 = wp::address(var_vel, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // s = wp.length(v)                                                                       <L 89>
        var_4 = wp::length(var_2);
        // if s > 0.0:                                                                            <L 90>
        var_6 = (var_4 > var_5);
        if (var_6) {
            // wp.atomic_add(sum_dir, 0, v / s)                                                   <L 91>
            var_8 = wp::div(var_2, var_4);
            var_9 = wp::atomic_add(var_sum_dir, var_7, var_8);
        }
        // wp.atomic_add(sum_speed, 0, s)                                                         <L 92>
        var_11 = wp::atomic_add(var_sum_speed, var_10, var_4);
    }
}



extern "C" __global__ void flock_polarization_574c8bc7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sum_dir,
    wp::array_t<wp::float32> var_sum_speed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sum_dir,
    wp::array_t<wp::float32> adj_sum_speed)
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
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        bool var_6;
        const wp::int32 var_7 = 0;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        //---------
        // forward
        // def flock_polarization(vel: wp.array(dtype=wp.vec3), sum_dir: wp.array(dtype=wp.vec3), sum_speed: wp.array(dtype=float)):       <L 86>
        // i = wp.tid()                                                                           <L 87>
        var_0 = builtin_tid1d();
        // v = vel[i]                                                                             <L 88>
        var_1 = wp::address(var_vel, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // s = wp.length(v)                                                                       <L 89>
        var_4 = wp::length(var_2);
        // if s > 0.0:                                                                            <L 90>
        var_6 = (var_4 > var_5);
        if (var_6) {
            // wp.atomic_add(sum_dir, 0, v / s)                                                   <L 91>
            var_8 = wp::div(var_2, var_4);
            // var_9 = wp::atomic_add(var_sum_dir, var_7, var_8);
        }
        // wp.atomic_add(sum_speed, 0, s)                                                         <L 92>
        // var_11 = wp::atomic_add(var_sum_speed, var_10, var_4);
        //---------
        // reverse
        wp::adj_atomic_add(var_sum_speed, var_10, var_4, adj_sum_speed, adj_10, adj_4, adj_11);
        // adj: wp.atomic_add(sum_speed, 0, s)                                                    <L 92>
        if (var_6) {
            wp::adj_atomic_add(var_sum_dir, var_7, var_8, adj_sum_dir, adj_7, adj_8, adj_9);
            wp::adj_div(var_2, var_4, adj_2, adj_4, adj_8);
            // adj: wp.atomic_add(sum_dir, 0, v / s)                                              <L 91>
        }
        // adj: if s > 0.0:                                                                       <L 90>
        wp::adj_length(var_2, var_4, adj_2, adj_4);
        // adj: s = wp.length(v)                                                                  <L 89>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_1);
        // adj: v = vel[i]                                                                        <L 88>
        // adj: i = wp.tid()                                                                      <L 87>
        // adj: def flock_polarization(vel: wp.array(dtype=wp.vec3), sum_dir: wp.array(dtype=wp.vec3), sum_speed: wp.array(dtype=float)):  <L 86>
        continue;
    }
}

