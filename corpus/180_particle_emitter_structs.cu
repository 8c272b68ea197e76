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


struct Emitter_40718e3b
{
    wp::vec_t<3, wp::float32> position;
    wp::vec_t<3, wp::float32> direction;
    wp::float32 spread;
    wp::float32 speed_min;
    wp::float32 speed_max;
    wp::float32 lifetime;
    wp::vec_t<4, wp::float32> color;


    Emitter_40718e3b() = default;
    CUDA_CALLABLE Emitter_40718e3b(wp::vec_t<3, wp::float32> const& position,
    wp::vec_t<3, wp::float32> const& direction = {},
    wp::float32 const& spread = {},
    wp::float32 const& speed_min = {},
    wp::float32 const& speed_max = {},
    wp::float32 const& lifetime = {},
    wp::vec_t<4, wp::float32> const& color = {})
        : position{position}
        , direction{direction}
        , spread{spread}
        , speed_min{speed_min}
        , speed_max{speed_max}
        , lifetime{lifetime}
        , color{color}

    {
    }

    CUDA_CALLABLE Emitter_40718e3b& operator += (const Emitter_40718e3b& rhs)
    {    position += rhs.position;
    direction += rhs.direction;
    spread += rhs.spread;
    speed_min += rhs.speed_min;
    speed_max += rhs.speed_max;
    lifetime += rhs.lifetime;
    color += rhs.color;

        return *this;}

};

static CUDA_CALLABLE void adj_Emitter_40718e3b(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<4, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_position,
    wp::vec_t<3, wp::float32> & adj_direction,
    wp::float32 & adj_spread,
    wp::float32 & adj_speed_min,
    wp::float32 & adj_speed_max,
    wp::float32 & adj_lifetime,
    wp::vec_t<4, wp::float32> & adj_color,
    Emitter_40718e3b & adj_ret)
{
    adj_position += adj_ret.position;
    adj_direction += adj_ret.direction;
    adj_spread += adj_ret.spread;
    adj_speed_min += adj_ret.speed_min;
    adj_speed_max += adj_ret.speed_max;
    adj_lifetime += adj_ret.lifetime;
    adj_color += adj_ret.color;
}

// Required when compiling adjoints.
CUDA_CALLABLE Emitter_40718e3b add(const Emitter_40718e3b& a, const Emitter_40718e3b& b)
{
    return Emitter_40718e3b();
}

CUDA_CALLABLE void adj_atomic_add(Emitter_40718e3b* p, Emitter_40718e3b t)
{
    wp::adj_atomic_add(&p->position, t.position);
    wp::adj_atomic_add(&p->direction, t.direction);
    wp::adj_atomic_add(&p->spread, t.spread);
    wp::adj_atomic_add(&p->speed_min, t.speed_min);
    wp::adj_atomic_add(&p->speed_max, t.speed_max);
    wp::adj_atomic_add(&p->lifetime, t.lifetime);
    wp::adj_atomic_add(&p->color, t.color);
}




struct ParticleBuffers_dd6e5164
{
    wp::array_t<wp::vec_t<3, wp::float32>> pos;
    wp::array_t<wp::vec_t<3, wp::float32>> vel;
    wp::array_t<wp::float32> age;
    wp::array_t<wp::float32> life;
    wp::array_t<wp::vec_t<4, wp::float32>> color;
    wp::array_t<wp::int32> alive;


    ParticleBuffers_dd6e5164() = default;
    CUDA_CALLABLE ParticleBuffers_dd6e5164(wp::array_t<wp::vec_t<3, wp::float32>> const& pos,
    wp::array_t<wp::vec_t<3, wp::float32>> const& vel = {},
    wp::array_t<wp::float32> const& age = {},
    wp::array_t<wp::float32> const& life = {},
    wp::array_t<wp::vec_t<4, wp::float32>> const& color = {},
    wp::array_t<wp::int32> const& alive = {})
        : pos{pos}
        , vel{vel}
        , age{age}
        , life{life}
        , color{color}
        , alive{alive}

    {
    }

    CUDA_CALLABLE ParticleBuffers_dd6e5164& operator += (const ParticleBuffers_dd6e5164& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_ParticleBuffers_dd6e5164(wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::vec_t<3, wp::float32>> const&,
    wp::array_t<wp::float32> const&,
    wp::array_t<wp::float32> const&,
    wp::array_t<wp::vec_t<4, wp::float32>> const&,
    wp::array_t<wp::int32> const&,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_vel,
    wp::array_t<wp::float32> & adj_age,
    wp::array_t<wp::float32> & adj_life,
    wp::array_t<wp::vec_t<4, wp::float32>> & adj_color,
    wp::array_t<wp::int32> & adj_alive,
    ParticleBuffers_dd6e5164 & adj_ret)
{
    adj_pos = adj_ret.pos;
    adj_vel = adj_ret.vel;
    adj_age = adj_ret.age;
    adj_life = adj_ret.life;
    adj_color = adj_ret.color;
    adj_alive = adj_ret.alive;
}

// Required when compiling adjoints.
CUDA_CALLABLE ParticleBuffers_dd6e5164 add(const ParticleBuffers_dd6e5164& a, const ParticleBuffers_dd6e5164& b)
{
    return ParticleBuffers_dd6e5164();
}

CUDA_CALLABLE void adj_atomic_add(ParticleBuffers_dd6e5164* p, ParticleBuffers_dd6e5164 t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->vel, t.vel);
    wp::adj_atomic_add(&p->age, t.age);
    wp::adj_atomic_add(&p->life, t.life);
    wp::adj_atomic_add(&p->color, t.color);
    wp::adj_atomic_add(&p->alive, t.alive);
}




// corpus/180_particle_emitter_structs.py:25
static CUDA_CALLABLE wp::vec_t<3, wp::float32> random_cone_0(
    wp::uint32 var_state,
    wp::vec_t<3, wp::float32> var_axis,
    wp::float32 var_spread)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    const wp::float32 var_16 = 3.141592653589793;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 1.0;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.9;
    bool var_26;
    const wp::float32 var_27 = 1.0;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 0.0;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    //---------
    // forward
    // def random_cone(state: wp.uint32, axis: wp.vec3, spread: float) -> wp.vec3:            <L 26>
    // cos_t = 1.0 - wp.randf(state) * (1.0 - wp.cos(spread))                                 <L 27>
    var_1 = wp::randf(var_state);
    var_3 = wp::cos(var_spread);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_1, var_4);
    var_6 = wp::sub(var_0, var_5);
    // sin_t = wp.sqrt(wp.max(0.0, 1.0 - cos_t * cos_t))                                      <L 28>
    var_9 = wp::mul(var_6, var_6);
    var_10 = wp::sub(var_8, var_9);
    var_11 = wp::max(var_7, var_10);
    var_12 = wp::sqrt(var_11);
    // phi = wp.randf(state) * 2.0 * wp.pi                                                    <L 29>
    var_13 = wp::randf(var_state);
    var_15 = wp::mul(var_13, var_14);
    var_17 = wp::mul(var_15, var_16);
    // up = wp.vec3(0.0, 0.0, 1.0)                                                            <L 30>
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    // if wp.abs(axis[2]) > 0.9:                                                              <L 31>
    var_23 = wp::extract(var_axis, var_22);
    var_24 = wp::abs(var_23);
    var_26 = (var_24 > var_25);
    if (var_26) {
        // up = wp.vec3(1.0, 0.0, 0.0)                                                        <L 32>
        var_30 = wp::vec_t<3, wp::float32>(var_27, var_28, var_29);
    }
    var_31 = wp::where(var_26, var_30, var_21);
    // t = wp.normalize(wp.cross(up, axis))                                                   <L 33>
    var_32 = wp::cross(var_31, var_axis);
    var_33 = wp::normalize(var_32);
    // b = wp.cross(axis, t)                                                                  <L 34>
    var_34 = wp::cross(var_axis, var_33);
    // return t * (sin_t * wp.cos(phi)) + b * (sin_t * wp.sin(phi)) + axis * cos_t            <L 35>
    var_35 = wp::cos(var_17);
    var_36 = wp::mul(var_12, var_35);
    var_37 = wp::mul(var_33, var_36);
    var_38 = wp::sin(var_17);
    var_39 = wp::mul(var_12, var_38);
    var_40 = wp::mul(var_34, var_39);
    var_41 = wp::add(var_37, var_40);
    var_42 = wp::mul(var_axis, var_6);
    var_43 = wp::add(var_41, var_42);
    return var_43;
}


// corpus/180_particle_emitter_structs.py:25
static CUDA_CALLABLE void adj_random_cone_0(
    wp::uint32 var_state,
    wp::vec_t<3, wp::float32> var_axis,
    wp::float32 var_spread,
    wp::uint32 & adj_state,
    wp::vec_t<3, wp::float32> & adj_axis,
    wp::float32 & adj_spread,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    const wp::float32 var_16 = 3.141592653589793;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 1.0;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.9;
    bool var_26;
    const wp::float32 var_27 = 1.0;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 0.0;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
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
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    //---------
    // forward
    // def random_cone(state: wp.uint32, axis: wp.vec3, spread: float) -> wp.vec3:            <L 26>
    // cos_t = 1.0 - wp.randf(state) * (1.0 - wp.cos(spread))                                 <L 27>
    var_1 = wp::randf(var_state);
    var_3 = wp::cos(var_spread);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_1, var_4);
    var_6 = wp::sub(var_0, var_5);
    // sin_t = wp.sqrt(wp.max(0.0, 1.0 - cos_t * cos_t))                                      <L 28>
    var_9 = wp::mul(var_6, var_6);
    var_10 = wp::sub(var_8, var_9);
    var_11 = wp::max(var_7, var_10);
    var_12 = wp::sqrt(var_11);
    // phi = wp.randf(state) * 2.0 * wp.pi                                                    <L 29>
    var_13 = wp::randf(var_state);
    var_15 = wp::mul(var_13, var_14);
    var_17 = wp::mul(var_15, var_16);
    // up = wp.vec3(0.0, 0.0, 1.0)                                                            <L 30>
    var_21 = wp::vec_t<3, wp::float32>(var_18, var_19, var_20);
    // if wp.abs(axis[2]) > 0.9:                                                              <L 31>
    var_23 = wp::extract(var_axis, var_22);
    var_24 = wp::abs(var_23);
    var_26 = (var_24 > var_25);
    if (var_26) {
        // up = wp.vec3(1.0, 0.0, 0.0)                                                        <L 32>
        var_30 = wp::vec_t<3, wp::float32>(var_27, var_28, var_29);
    }
    var_31 = wp::where(var_26, var_30, var_21);
    // t = wp.normalize(wp.cross(up, axis))                                                   <L 33>
    var_32 = wp::cross(var_31, var_axis);
    var_33 = wp::normalize(var_32);
    // b = wp.cross(axis, t)                                                                  <L 34>
    var_34 = wp::cross(var_axis, var_33);
    // return t * (sin_t * wp.cos(phi)) + b * (sin_t * wp.sin(phi)) + axis * cos_t            <L 35>
    var_35 = wp::cos(var_17);
    var_36 = wp::mul(var_12, var_35);
    var_37 = wp::mul(var_33, var_36);
    var_38 = wp::sin(var_17);
    var_39 = wp::mul(var_12, var_38);
    var_40 = wp::mul(var_34, var_39);
    var_41 = wp::add(var_37, var_40);
    var_42 = wp::mul(var_axis, var_6);
    var_43 = wp::add(var_41, var_42);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_43 += adj_ret;
    wp::adj_add(var_41, var_42, adj_41, adj_42, adj_43);
    wp::adj_mul(var_axis, var_6, adj_axis, adj_6, adj_42);
    wp::adj_add(var_37, var_40, adj_37, adj_40, adj_41);
    wp::adj_mul(var_34, var_39, adj_34, adj_39, adj_40);
    wp::adj_mul(var_12, var_38, adj_12, adj_38, adj_39);
    wp::adj_sin(var_17, adj_17, adj_38);
    wp::adj_mul(var_33, var_36, adj_33, adj_36, adj_37);
    wp::adj_mul(var_12, var_35, adj_12, adj_35, adj_36);
    wp::adj_cos(var_17, adj_17, adj_35);
    // adj: return t * (sin_t * wp.cos(phi)) + b * (sin_t * wp.sin(phi)) + axis * cos_t       <L 35>
    wp::adj_cross(var_axis, var_33, adj_axis, adj_33, adj_34);
    // adj: b = wp.cross(axis, t)                                                             <L 34>
    wp::adj_normalize(var_32, var_33, adj_32, adj_33);
    wp::adj_cross(var_31, var_axis, adj_31, adj_axis, adj_32);
    // adj: t = wp.normalize(wp.cross(up, axis))                                              <L 33>
    wp::adj_where(var_26, var_30, var_21, adj_26, adj_30, adj_21, adj_31);
    if (var_26) {
        wp::adj_vec_t(var_27, var_28, var_29, adj_27, adj_28, adj_29, adj_30);
        // adj: up = wp.vec3(1.0, 0.0, 0.0)                                                   <L 32>
    }
    wp::adj_abs(var_23, adj_23, adj_24);
    wp::adj_extract(var_axis, var_22, adj_axis, adj_22, adj_23);
    // adj: if wp.abs(axis[2]) > 0.9:                                                         <L 31>
    wp::adj_vec_t(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
    // adj: up = wp.vec3(0.0, 0.0, 1.0)                                                       <L 30>
    wp::adj_mul(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
    // adj: phi = wp.randf(state) * 2.0 * wp.pi                                               <L 29>
    wp::adj_sqrt(var_11, var_12, adj_11, adj_12);
    wp::adj_max(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_mul(var_6, var_6, adj_6, adj_6, adj_9);
    // adj: sin_t = wp.sqrt(wp.max(0.0, 1.0 - cos_t * cos_t))                                 <L 28>
    wp::adj_sub(var_0, var_5, adj_0, adj_5, adj_6);
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_cos(var_spread, adj_spread, adj_3);
    // adj: cos_t = 1.0 - wp.randf(state) * (1.0 - wp.cos(spread))                            <L 27>
    // adj: def random_cone(state: wp.uint32, axis: wp.vec3, spread: float) -> wp.vec3:       <L 26>
    return;
}



extern "C" __global__ void emit_391eeb0d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    Emitter_40718e3b var_e,
    ParticleBuffers_dd6e5164 var_buf,
    wp::int32 var_seed,
    wp::int32 var_count,
    wp::array_t<wp::int32> var_cursor)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::int32 var_10;
        wp::uint32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32>* var_23;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_24;
        wp::array_t<wp::vec_t<3, wp::float32>> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_28;
        wp::array_t<wp::vec_t<3, wp::float32>> var_29;
        const wp::float32 var_30 = 0.0;
        wp::array_t<wp::float32>* var_31;
        wp::array_t<wp::float32> var_32;
        wp::float32* var_33;
        const wp::float32 var_34 = 0.75;
        const wp::float32 var_35 = 0.5;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::array_t<wp::float32>* var_41;
        wp::array_t<wp::float32> var_42;
        wp::vec_t<4, wp::float32>* var_43;
        wp::array_t<wp::vec_t<4, wp::float32>>* var_44;
        wp::array_t<wp::vec_t<4, wp::float32>> var_45;
        wp::vec_t<4, wp::float32> var_46;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::array_t<wp::int32>* var_49;
        wp::array_t<wp::int32> var_50;
        //---------
        // forward
        // def emit(e: Emitter, buf: ParticleBuffers, seed: int, count: int, cursor: wp.array(dtype=int)):       <L 39>
        // k = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // if k >= count:                                                                         <L 41>
        var_1 = (var_0 >= var_count);
        if (var_1) {
            // return                                                                             <L 42>
            continue;
        }
        // slot = wp.atomic_add(cursor, 0, 1) % buf.pos.shape[0]                                  <L 43>
        var_4 = wp::atomic_add(var_cursor, var_2, var_3);
        var_5 = &((var_buf).pos);
        var_6 = &(var_5->shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_10 = wp::mod(var_4, var_8);
        // state = wp.rand_init(seed, k)                                                          <L 44>
        var_11 = wp::rand_init(var_seed, var_0);
        // d = random_cone(state, wp.normalize(e.direction), e.spread)                            <L 45>
        var_12 = &((var_e).direction);
        var_14 = wp::load(var_12);
        var_13 = wp::normalize(var_14);
        var_15 = &((var_e).spread);
        var_17 = wp::load(var_15);
        var_16 = random_cone_0(var_11, var_13, var_17);
        // speed = wp.randf(state, e.speed_min, e.speed_max)                                      <L 46>
        var_18 = &((var_e).speed_min);
        var_19 = &((var_e).speed_max);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::randf(var_11, var_21, var_22);
        // buf.pos[slot] = e.position                                                             <L 47>
        var_23 = &((var_e).position);
        var_24 = &((var_buf).pos);
        var_25 = wp::load(var_24);
        var_26 = wp::load(var_23);
        wp::array_store(var_25, var_10, var_26);
        // buf.vel[slot] = d * speed                                                              <L 48>
        var_27 = wp::mul(var_16, var_20);
        var_28 = &((var_buf).vel);
        var_29 = wp::load(var_28);
        wp::array_store(var_29, var_10, var_27);
        // buf.age[slot] = 0.0                                                                    <L 49>
        var_31 = &((var_buf).age);
        var_32 = wp::load(var_31);
        wp::array_store(var_32, var_10, var_30);
        // buf.life[slot] = e.lifetime * (0.75 + 0.5 * wp.randf(state))                           <L 50>
        var_33 = &((var_e).lifetime);
        var_36 = wp::randf(var_11);
        var_37 = wp::mul(var_35, var_36);
        var_38 = wp::add(var_34, var_37);
        var_40 = wp::load(var_33);
        var_39 = wp::mul(var_40, var_38);
        var_41 = &((var_buf).life);
        var_42 = wp::load(var_41);
        wp::array_store(var_42, var_10, var_39);
        // buf.color[slot] = e.color                                                              <L 51>
        var_43 = &((var_e).color);
        var_44 = &((var_buf).color);
        var_45 = wp::load(var_44);
        var_46 = wp::load(var_43);
        wp::array_store(var_45, var_10, var_46);
        // buf.alive[slot] = wp.int32(1)                                                          <L 52>
        var_48 = wp::int32(var_47);
        var_49 = &((var_buf).alive);
        var_50 = wp::load(var_49);
        wp::array_store(var_50, var_10, var_48);
    }
}



extern "C" __global__ void emit_391eeb0d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    Emitter_40718e3b var_e,
    ParticleBuffers_dd6e5164 var_buf,
    wp::int32 var_seed,
    wp::int32 var_count,
    wp::array_t<wp::int32> var_cursor,
    Emitter_40718e3b adj_e,
    ParticleBuffers_dd6e5164 adj_buf,
    wp::int32 adj_seed,
    wp::int32 adj_count,
    wp::array_t<wp::int32> adj_cursor)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::int32 var_10;
        wp::uint32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32>* var_23;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_24;
        wp::array_t<wp::vec_t<3, wp::float32>> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_28;
        wp::array_t<wp::vec_t<3, wp::float32>> var_29;
        const wp::float32 var_30 = 0.0;
        wp::array_t<wp::float32>* var_31;
        wp::array_t<wp::float32> var_32;
        wp::float32* var_33;
        const wp::float32 var_34 = 0.75;
        const wp::float32 var_35 = 0.5;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::array_t<wp::float32>* var_41;
        wp::array_t<wp::float32> var_42;
        wp::vec_t<4, wp::float32>* var_43;
        wp::array_t<wp::vec_t<4, wp::float32>>* var_44;
        wp::array_t<wp::vec_t<4, wp::float32>> var_45;
        wp::vec_t<4, wp::float32> var_46;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::array_t<wp::int32>* var_49;
        wp::array_t<wp::int32> var_50;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::uint32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_24 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_28 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::array_t<wp::float32> adj_31 = {};
        wp::array_t<wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::array_t<wp::float32> adj_41 = {};
        wp::array_t<wp::float32> adj_42 = {};
        wp::vec_t<4, wp::float32> adj_43 = {};
        wp::array_t<wp::vec_t<4, wp::float32>> adj_44 = {};
        wp::array_t<wp::vec_t<4, wp::float32>> adj_45 = {};
        wp::vec_t<4, wp::float32> adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::array_t<wp::int32> adj_49 = {};
        wp::array_t<wp::int32> adj_50 = {};
        //---------
        // forward
        // def emit(e: Emitter, buf: ParticleBuffers, seed: int, count: int, cursor: wp.array(dtype=int)):       <L 39>
        // k = wp.tid()                                                                           <L 40>
        var_0 = builtin_tid1d();
        // if k >= count:                                                                         <L 41>
        var_1 = (var_0 >= var_count);
        if (var_1) {
            // return                                                                             <L 42>
            goto label0;
        }
        // slot = wp.atomic_add(cursor, 0, 1) % buf.pos.shape[0]                                  <L 43>
        // var_4 = wp::atomic_add(var_cursor, var_2, var_3);
        var_5 = &((var_buf).pos);
        var_6 = &(var_5->shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        var_10 = wp::mod(var_4, var_8);
        // state = wp.rand_init(seed, k)                                                          <L 44>
        var_11 = wp::rand_init(var_seed, var_0);
        // d = random_cone(state, wp.normalize(e.direction), e.spread)                            <L 45>
        var_12 = &((var_e).direction);
        var_14 = wp::load(var_12);
        var_13 = wp::normalize(var_14);
        var_15 = &((var_e).spread);
        var_17 = wp::load(var_15);
        var_16 = random_cone_0(var_11, var_13, var_17);
        // speed = wp.randf(state, e.speed_min, e.speed_max)                                      <L 46>
        var_18 = &((var_e).speed_min);
        var_19 = &((var_e).speed_max);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::randf(var_11, var_21, var_22);
        // buf.pos[slot] = e.position                                                             <L 47>
        var_23 = &((var_e).position);
        var_24 = &((var_buf).pos);
        var_25 = wp::load(var_24);
        var_26 = wp::load(var_23);
        // wp::array_store(var_25, var_10, var_26);
        // buf.vel[slot] = d * speed                                                              <L 48>
        var_27 = wp::mul(var_16, var_20);
        var_28 = &((var_buf).vel);
        var_29 = wp::load(var_28);
        // wp::array_store(var_29, var_10, var_27);
        // buf.age[slot] = 0.0                                                                    <L 49>
        var_31 = &((var_buf).age);
        var_32 = wp::load(var_31);
        // wp::array_store(var_32, var_10, var_30);
        // buf.life[slot] = e.lifetime * (0.75 + 0.5 * wp.randf(state))                           <L 50>
        var_33 = &((var_e).lifetime);
        var_36 = wp::randf(var_11);
        var_37 = wp::mul(var_35, var_36);
        var_38 = wp::add(var_34, var_37);
        var_40 = wp::load(var_33);
        var_39 = wp::mul(var_40, var_38);
        var_41 = &((var_buf).life);
        var_42 = wp::load(var_41);
        // wp::array_store(var_42, var_10, var_39);
        // buf.color[slot] = e.color                                                              <L 51>
        var_43 = &((var_e).color);
        var_44 = &((var_buf).color);
        var_45 = wp::load(var_44);
        var_46 = wp::load(var_43);
        // wp::array_store(var_45, var_10, var_46);
        // buf.alive[slot] = wp.int32(1)                                                          <L 52>
        var_48 = wp::int32(var_47);
        var_49 = &((var_buf).alive);
        var_50 = wp::load(var_49);
        // wp::array_store(var_50, var_10, var_48);
        //---------
        // reverse
        wp::adj_array_store(var_50, var_10, var_48, adj_49, adj_10, adj_48);
        adj_buf.alive = adj_49;
        // adj: buf.alive[slot] = wp.int32(1)                                                     <L 52>
        wp::adj_array_store(var_45, var_10, var_46, adj_44, adj_10, adj_43);
        adj_buf.color = adj_44;
        adj_e.color += adj_43;
        // adj: buf.color[slot] = e.color                                                         <L 51>
        wp::adj_array_store(var_42, var_10, var_39, adj_41, adj_10, adj_39);
        adj_buf.life = adj_41;
        wp::adj_mul(var_40, var_38, adj_33, adj_38, adj_39);
        wp::adj_add(var_34, var_37, adj_34, adj_37, adj_38);
        wp::adj_mul(var_35, var_36, adj_35, adj_36, adj_37);
        adj_e.lifetime += adj_33;
        // adj: buf.life[slot] = e.lifetime * (0.75 + 0.5 * wp.randf(state))                      <L 50>
        wp::adj_array_store(var_32, var_10, var_30, adj_31, adj_10, adj_30);
        adj_buf.age = adj_31;
        // adj: buf.age[slot] = 0.0                                                               <L 49>
        wp::adj_array_store(var_29, var_10, var_27, adj_28, adj_10, adj_27);
        adj_buf.vel = adj_28;
        wp::adj_mul(var_16, var_20, adj_16, adj_20, adj_27);
        // adj: buf.vel[slot] = d * speed                                                         <L 48>
        wp::adj_array_store(var_25, var_10, var_26, adj_24, adj_10, adj_23);
        adj_buf.pos = adj_24;
        adj_e.position += adj_23;
        // adj: buf.pos[slot] = e.position                                                        <L 47>
        adj_e.speed_max += adj_19;
        adj_e.speed_min += adj_18;
        // adj: speed = wp.randf(state, e.speed_min, e.speed_max)                                 <L 46>
        adj_random_cone_0(var_11, var_13, var_17, adj_11, adj_13, adj_15, adj_16);
        adj_e.spread += adj_15;
        wp::adj_normalize(var_14, var_13, adj_12, adj_13);
        adj_e.direction += adj_12;
        // adj: d = random_cone(state, wp.normalize(e.direction), e.spread)                       <L 45>
        // adj: state = wp.rand_init(seed, k)                                                     <L 44>
        wp::adj_mod(var_4, var_8, adj_4, adj_8, adj_10);
        adj_5.shape = adj_6;
        adj_buf.pos = adj_5;
        wp::adj_atomic_add(var_cursor, var_2, var_3, adj_cursor, adj_2, adj_3, adj_4);
        // adj: slot = wp.atomic_add(cursor, 0, 1) % buf.pos.shape[0]                             <L 43>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 42>
        }
        // adj: if k >= count:                                                                    <L 41>
        // adj: k = wp.tid()                                                                      <L 40>
        // adj: def emit(e: Emitter, buf: ParticleBuffers, seed: int, count: int, cursor: wp.array(dtype=int)):  <L 39>
        continue;
    }
}



extern "C" __global__ void update_2f57351a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    ParticleBuffers_dd6e5164 var_buf,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_drag,
    wp::float32 var_dt,
    wp::array_t<wp::int32> var_alive_count)
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
        wp::array_t<wp::int32>* var_1;
        wp::int32* var_2;
        wp::array_t<wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        bool var_6;
        wp::int32 var_7;
        wp::array_t<wp::float32>* var_8;
        wp::float32* var_9;
        wp::array_t<wp::float32> var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::array_t<wp::float32>* var_13;
        wp::float32* var_14;
        wp::array_t<wp::float32> var_15;
        bool var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        wp::array_t<wp::int32>* var_20;
        wp::array_t<wp::int32> var_21;
        wp::array_t<wp::float32>* var_22;
        wp::array_t<wp::float32> var_23;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_24;
        wp::vec_t<3, wp::float32>* var_25;
        wp::array_t<wp::vec_t<3, wp::float32>> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_33;
        wp::array_t<wp::vec_t<3, wp::float32>> var_34;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::array_t<wp::vec_t<3, wp::float32>> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_41;
        wp::array_t<wp::vec_t<3, wp::float32>> var_42;
        wp::array_t<wp::float32>* var_43;
        wp::float32* var_44;
        wp::array_t<wp::float32> var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::array_t<wp::vec_t<4, wp::float32>>* var_48;
        wp::vec_t<4, wp::float32>* var_49;
        wp::array_t<wp::vec_t<4, wp::float32>> var_50;
        wp::vec_t<4, wp::float32> var_51;
        wp::vec_t<4, wp::float32> var_52;
        const wp::int32 var_53 = 0;
        wp::float32 var_54;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        const wp::int32 var_57 = 2;
        wp::float32 var_58;
        const wp::float32 var_59 = 1.0;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::vec_t<4, wp::float32> var_62;
        wp::array_t<wp::vec_t<4, wp::float32>>* var_63;
        wp::array_t<wp::vec_t<4, wp::float32>> var_64;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        //---------
        // forward
        // def update(buf: ParticleBuffers, gravity: wp.vec3, drag: float, dt: float, alive_count: wp.array(dtype=int)):       <L 56>
        // i = wp.tid()                                                                           <L 57>
        var_0 = builtin_tid1d();
        // if buf.alive[i] == wp.int32(0):                                                        <L 58>
        var_1 = &((var_buf).alive);
        var_3 = wp::load(var_1);
        var_2 = wp::address(var_3, var_0);
        var_5 = wp::int32(var_4);
        var_7 = wp::load(var_2);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // return                                                                             <L 59>
            continue;
        }
        // a = buf.age[i] + dt                                                                    <L 60>
        var_8 = &((var_buf).age);
        var_10 = wp::load(var_8);
        var_9 = wp::address(var_10, var_0);
        var_12 = wp::load(var_9);
        var_11 = wp::add(var_12, var_dt);
        // if a >= buf.life[i]:                                                                   <L 61>
        var_13 = &((var_buf).life);
        var_15 = wp::load(var_13);
        var_14 = wp::address(var_15, var_0);
        var_17 = wp::load(var_14);
        var_16 = (var_11 >= var_17);
        if (var_16) {
            // buf.alive[i] = wp.int32(0)                                                         <L 62>
            var_19 = wp::int32(var_18);
            var_20 = &((var_buf).alive);
            var_21 = wp::load(var_20);
            wp::array_store(var_21, var_0, var_19);
            // return                                                                             <L 63>
            continue;
        }
        // buf.age[i] = a                                                                         <L 64>
        var_22 = &((var_buf).age);
        var_23 = wp::load(var_22);
        wp::array_store(var_23, var_0, var_11);
        // v = buf.vel[i]                                                                         <L 65>
        var_24 = &((var_buf).vel);
        var_26 = wp::load(var_24);
        var_25 = wp::address(var_26, var_0);
        var_28 = wp::load(var_25);
        var_27 = wp::copy(var_28);
        // v = v + (gravity - v * drag) * dt                                                      <L 66>
        var_29 = wp::mul(var_27, var_drag);
        var_30 = wp::sub(var_gravity, var_29);
        var_31 = wp::mul(var_30, var_dt);
        var_32 = wp::add(var_27, var_31);
        // buf.vel[i] = v                                                                         <L 67>
        var_33 = &((var_buf).vel);
        var_34 = wp::load(var_33);
        wp::array_store(var_34, var_0, var_32);
        // buf.pos[i] = buf.pos[i] + v * dt                                                       <L 68>
        var_35 = &((var_buf).pos);
        var_37 = wp::load(var_35);
        var_36 = wp::address(var_37, var_0);
        var_38 = wp::mul(var_32, var_dt);
        var_40 = wp::load(var_36);
        var_39 = wp::add(var_40, var_38);
        var_41 = &((var_buf).pos);
        var_42 = wp::load(var_41);
        wp::array_store(var_42, var_0, var_39);
        // t = a / buf.life[i]                                                                    <L 69>
        var_43 = &((var_buf).life);
        var_45 = wp::load(var_43);
        var_44 = wp::address(var_45, var_0);
        var_47 = wp::load(var_44);
        var_46 = wp::div(var_11, var_47);
        // c = buf.color[i]                                                                       <L 70>
        var_48 = &((var_buf).color);
        var_50 = wp::load(var_48);
        var_49 = wp::address(var_50, var_0);
        var_52 = wp::load(var_49);
        var_51 = wp::copy(var_52);
        // buf.color[i] = wp.vec4(c[0], c[1], c[2], 1.0 - t * t)                                  <L 71>
        var_54 = wp::extract(var_51, var_53);
        var_56 = wp::extract(var_51, var_55);
        var_58 = wp::extract(var_51, var_57);
        var_60 = wp::mul(var_46, var_46);
        var_61 = wp::sub(var_59, var_60);
        var_62 = wp::vec_t<4, wp::float32>(var_54, var_56, var_58, var_61);
        var_63 = &((var_buf).color);
        var_64 = wp::load(var_63);
        wp::array_store(var_64, var_0, var_62);
        // wp.atomic_add(alive_count, 0, 1)                                                       <L 72>
        var_67 = wp::atomic_add(var_alive_count, var_65, var_66);
    }
}



extern "C" __global__ void update_2f57351a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    ParticleBuffers_dd6e5164 var_buf,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_drag,
    wp::float32 var_dt,
    wp::array_t<wp::int32> var_alive_count,
    ParticleBuffers_dd6e5164 adj_buf,
    wp::vec_t<3, wp::float32> adj_gravity,
    wp::float32 adj_drag,
    wp::float32 adj_dt,
    wp::array_t<wp::int32> adj_alive_count)
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
        wp::array_t<wp::int32>* var_1;
        wp::int32* var_2;
        wp::array_t<wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        bool var_6;
        wp::int32 var_7;
        wp::array_t<wp::float32>* var_8;
        wp::float32* var_9;
        wp::array_t<wp::float32> var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::array_t<wp::float32>* var_13;
        wp::float32* var_14;
        wp::array_t<wp::float32> var_15;
        bool var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        wp::array_t<wp::int32>* var_20;
        wp::array_t<wp::int32> var_21;
        wp::array_t<wp::float32>* var_22;
        wp::array_t<wp::float32> var_23;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_24;
        wp::vec_t<3, wp::float32>* var_25;
        wp::array_t<wp::vec_t<3, wp::float32>> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_33;
        wp::array_t<wp::vec_t<3, wp::float32>> var_34;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::array_t<wp::vec_t<3, wp::float32>> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_41;
        wp::array_t<wp::vec_t<3, wp::float32>> var_42;
        wp::array_t<wp::float32>* var_43;
        wp::float32* var_44;
        wp::array_t<wp::float32> var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::array_t<wp::vec_t<4, wp::float32>>* var_48;
        wp::vec_t<4, wp::float32>* var_49;
        wp::array_t<wp::vec_t<4, wp::float32>> var_50;
        wp::vec_t<4, wp::float32> var_51;
        wp::vec_t<4, wp::float32> var_52;
        const wp::int32 var_53 = 0;
        wp::float32 var_54;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        const wp::int32 var_57 = 2;
        wp::float32 var_58;
        const wp::float32 var_59 = 1.0;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::vec_t<4, wp::float32> var_62;
        wp::array_t<wp::vec_t<4, wp::float32>>* var_63;
        wp::array_t<wp::vec_t<4, wp::float32>> var_64;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::array_t<wp::int32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::array_t<wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::array_t<wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::array_t<wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::array_t<wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::array_t<wp::float32> adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::array_t<wp::int32> adj_20 = {};
        wp::array_t<wp::int32> adj_21 = {};
        wp::array_t<wp::float32> adj_22 = {};
        wp::array_t<wp::float32> adj_23 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_33 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_34 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_41 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_42 = {};
        wp::array_t<wp::float32> adj_43 = {};
        wp::float32 adj_44 = {};
        wp::array_t<wp::float32> adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::array_t<wp::vec_t<4, wp::float32>> adj_48 = {};
        wp::vec_t<4, wp::float32> adj_49 = {};
        wp::array_t<wp::vec_t<4, wp::float32>> adj_50 = {};
        wp::vec_t<4, wp::float32> adj_51 = {};
        wp::vec_t<4, wp::float32> adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::vec_t<4, wp::float32> adj_62 = {};
        wp::array_t<wp::vec_t<4, wp::float32>> adj_63 = {};
        wp::array_t<wp::vec_t<4, wp::float32>> adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        //---------
        // forward
        // def update(buf: ParticleBuffers, gravity: wp.vec3, drag: float, dt: float, alive_count: wp.array(dtype=int)):       <L 56>
        // i = wp.tid()                                                                           <L 57>
        var_0 = builtin_tid1d();
        // if buf.alive[i] == wp.int32(0):                                                        <L 58>
        var_1 = &((var_buf).alive);
        var_3 = wp::load(var_1);
        var_2 = wp::address(var_3, var_0);
        var_5 = wp::int32(var_4);
        var_7 = wp::load(var_2);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // return                                                                             <L 59>
            goto label0;
        }
        // a = buf.age[i] + dt                                                                    <L 60>
        var_8 = &((var_buf).age);
        var_10 = wp::load(var_8);
        var_9 = wp::address(var_10, var_0);
        var_12 = wp::load(var_9);
        var_11 = wp::add(var_12, var_dt);
        // if a >= buf.life[i]:                                                                   <L 61>
        var_13 = &((var_buf).life);
        var_15 = wp::load(var_13);
        var_14 = wp::address(var_15, var_0);
        var_17 = wp::load(var_14);
        var_16 = (var_11 >= var_17);
        if (var_16) {
            // buf.alive[i] = wp.int32(0)                                                         <L 62>
            var_19 = wp::int32(var_18);
            var_20 = &((var_buf).alive);
            var_21 = wp::load(var_20);
            // wp::array_store(var_21, var_0, var_19);
            // return                                                                             <L 63>
            goto label1;
        }
        // buf.age[i] = a                                                                         <L 64>
        var_22 = &((var_buf).age);
        var_23 = wp::load(var_22);
        // wp::array_store(var_23, var_0, var_11);
        // v = buf.vel[i]                                                                         <L 65>
        var_24 = &((var_buf).vel);
        var_26 = wp::load(var_24);
        var_25 = wp::address(var_26, var_0);
        var_28 = wp::load(var_25);
        var_27 = wp::copy(var_28);
        // v = v + (gravity - v * drag) * dt                                                      <L 66>
        var_29 = wp::mul(var_27, var_drag);
        var_30 = wp::sub(var_gravity, var_29);
        var_31 = wp::mul(var_30, var_dt);
        var_32 = wp::add(var_27, var_31);
        // buf.vel[i] = v                                                                         <L 67>
        var_33 = &((var_buf).vel);
        var_34 = wp::load(var_33);
        // wp::array_store(var_34, var_0, var_32);
        // buf.pos[i] = buf.pos[i] + v * dt                                                       <L 68>
        var_35 = &((var_buf).pos);
        var_37 = wp::load(var_35);
        var_36 = wp::address(var_37, var_0);
        var_38 = wp::mul(var_32, var_dt);
        var_40 = wp::load(var_36);
        var_39 = wp::add(var_40, var_38);
        var_41 = &((var_buf).pos);
        var_42 = wp::load(var_41);
        // wp::array_store(var_42, var_0, var_39);
        // t = a / buf.life[i]                                                                    <L 69>
        var_43 = &((var_buf).life);
        var_45 = wp::load(var_43);
        var_44 = wp::address(var_45, var_0);
        var_47 = wp::load(var_44);
        var_46 = wp::div(var_11, var_47);
        // c = buf.color[i]                                                                       <L 70>
        var_48 = &((var_buf).color);
        var_50 = wp::load(var_48);
        var_49 = wp::address(var_50, var_0);
        var_52 = wp::load(var_49);
        var_51 = wp::copy(var_52);
        // buf.color[i] = wp.vec4(c[0], c[1], c[2], 1.0 - t * t)                                  <L 71>
        var_54 = wp::extract(var_51, var_53);
        var_56 = wp::extract(var_51, var_55);
        var_58 = wp::extract(var_51, var_57);
        var_60 = wp::mul(var_46, var_46);
        var_61 = wp::sub(var_59, var_60);
        var_62 = wp::vec_t<4, wp::float32>(var_54, var_56, var_58, var_61);
        var_63 = &((var_buf).color);
        var_64 = wp::load(var_63);
        // wp::array_store(var_64, var_0, var_62);
        // wp.atomic_add(alive_count, 0, 1)                                                       <L 72>
        // var_67 = wp::atomic_add(var_alive_count, var_65, var_66);
        //---------
        // reverse
        wp::adj_atomic_add(var_alive_count, var_65, var_66, adj_alive_count, adj_65, adj_66, adj_67);
        // adj: wp.atomic_add(alive_count, 0, 1)                                                  <L 72>
        wp::adj_array_store(var_64, var_0, var_62, adj_63, adj_0, adj_62);
        adj_buf.color = adj_63;
        wp::adj_vec_t(var_54, var_56, var_58, var_61, adj_54, adj_56, adj_58, adj_61, adj_62);
        wp::adj_sub(var_59, var_60, adj_59, adj_60, adj_61);
        wp::adj_mul(var_46, var_46, adj_46, adj_46, adj_60);
        wp::adj_extract(var_51, var_57, adj_51, adj_57, adj_58);
        wp::adj_extract(var_51, var_55, adj_51, adj_55, adj_56);
        wp::adj_extract(var_51, var_53, adj_51, adj_53, adj_54);
        // adj: buf.color[i] = wp.vec4(c[0], c[1], c[2], 1.0 - t * t)                             <L 71>
        wp::adj_copy(var_52, adj_49, adj_51);
        wp::adj_address(var_50, var_0, adj_48, adj_0, adj_49);
        adj_buf.color = adj_48;
        // adj: c = buf.color[i]                                                                  <L 70>
        wp::adj_div(var_11, var_47, var_46, adj_11, adj_44, adj_46);
        wp::adj_address(var_45, var_0, adj_43, adj_0, adj_44);
        adj_buf.life = adj_43;
        // adj: t = a / buf.life[i]                                                               <L 69>
        wp::adj_array_store(var_42, var_0, var_39, adj_41, adj_0, adj_39);
        adj_buf.pos = adj_41;
        wp::adj_add(var_40, var_38, adj_36, adj_38, adj_39);
        wp::adj_mul(var_32, var_dt, adj_32, adj_dt, adj_38);
        wp::adj_address(var_37, var_0, adj_35, adj_0, adj_36);
        adj_buf.pos = adj_35;
        // adj: buf.pos[i] = buf.pos[i] + v * dt                                                  <L 68>
        wp::adj_array_store(var_34, var_0, var_32, adj_33, adj_0, adj_32);
        adj_buf.vel = adj_33;
        // adj: buf.vel[i] = v                                                                    <L 67>
        wp::adj_add(var_27, var_31, adj_27, adj_31, adj_32);
        wp::adj_mul(var_30, var_dt, adj_30, adj_dt, adj_31);
        wp::adj_sub(var_gravity, var_29, adj_gravity, adj_29, adj_30);
        wp::adj_mul(var_27, var_drag, adj_27, adj_drag, adj_29);
        // adj: v = v + (gravity - v * drag) * dt                                                 <L 66>
        wp::adj_copy(var_28, adj_25, adj_27);
        wp::adj_address(var_26, var_0, adj_24, adj_0, adj_25);
        adj_buf.vel = adj_24;
        // adj: v = buf.vel[i]                                                                    <L 65>
        wp::adj_array_store(var_23, var_0, var_11, adj_22, adj_0, adj_11);
        adj_buf.age = adj_22;
        // adj: buf.age[i] = a                                                                    <L 64>
        if (var_16) {
            label1:;
            // adj: return                                                                        <L 63>
            wp::adj_array_store(var_21, var_0, var_19, adj_20, adj_0, adj_19);
            adj_buf.alive = adj_20;
            // adj: buf.alive[i] = wp.int32(0)                                                    <L 62>
        }
        wp::adj_address(var_15, var_0, adj_13, adj_0, adj_14);
        adj_buf.life = adj_13;
        // adj: if a >= buf.life[i]:                                                              <L 61>
        wp::adj_add(var_12, var_dt, adj_9, adj_dt, adj_11);
        wp::adj_address(var_10, var_0, adj_8, adj_0, adj_9);
        adj_buf.age = adj_8;
        // adj: a = buf.age[i] + dt                                                               <L 60>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 59>
        }
        wp::adj_address(var_3, var_0, adj_1, adj_0, adj_2);
        adj_buf.alive = adj_1;
        // adj: if buf.alive[i] == wp.int32(0):                                                   <L 58>
        // adj: i = wp.tid()                                                                      <L 57>
        // adj: def update(buf: ParticleBuffers, gravity: wp.vec3, drag: float, dt: float, alive_count: wp.array(dtype=int)):  <L 56>
        continue;
    }
}



extern "C" __global__ void bounce_plane_58aa0212_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    ParticleBuffers_dd6e5164 var_buf,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_d,
    wp::float32 var_restitution)
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
        wp::array_t<wp::int32>* var_1;
        wp::int32* var_2;
        wp::array_t<wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        bool var_6;
        wp::int32 var_7;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::array_t<wp::vec_t<3, wp::float32>> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        bool var_16;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::array_t<wp::vec_t<3, wp::float32>> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        bool var_24;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_30;
        wp::array_t<wp::vec_t<3, wp::float32>> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_34;
        wp::array_t<wp::vec_t<3, wp::float32>> var_35;
        //---------
        // forward
        // def bounce_plane(buf: ParticleBuffers, n: wp.vec3, d: float, restitution: float):       <L 76>
        // i = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // if buf.alive[i] == wp.int32(0):                                                        <L 78>
        var_1 = &((var_buf).alive);
        var_3 = wp::load(var_1);
        var_2 = wp::address(var_3, var_0);
        var_5 = wp::int32(var_4);
        var_7 = wp::load(var_2);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // return                                                                             <L 79>
            continue;
        }
        // p = buf.pos[i]                                                                         <L 80>
        var_8 = &((var_buf).pos);
        var_10 = wp::load(var_8);
        var_9 = wp::address(var_10, var_0);
        var_12 = wp::load(var_9);
        var_11 = wp::copy(var_12);
        // s = wp.dot(p, n) - d                                                                   <L 81>
        var_13 = wp::dot(var_11, var_n);
        var_14 = wp::sub(var_13, var_d);
        // if s < 0.0:                                                                            <L 82>
        var_16 = (var_14 < var_15);
        if (var_16) {
            // v = buf.vel[i]                                                                     <L 83>
            var_17 = &((var_buf).vel);
            var_19 = wp::load(var_17);
            var_18 = wp::address(var_19, var_0);
            var_21 = wp::load(var_18);
            var_20 = wp::copy(var_21);
            // vn = wp.dot(v, n)                                                                  <L 84>
            var_22 = wp::dot(var_20, var_n);
            // if vn < 0.0:                                                                       <L 85>
            var_24 = (var_22 < var_23);
            if (var_24) {
                // buf.vel[i] = v - n * ((1.0 + restitution) * vn)                                <L 86>
                var_26 = wp::add(var_25, var_restitution);
                var_27 = wp::mul(var_26, var_22);
                var_28 = wp::mul(var_n, var_27);
                var_29 = wp::sub(var_20, var_28);
                var_30 = &((var_buf).vel);
                var_31 = wp::load(var_30);
                wp::array_store(var_31, var_0, var_29);
            }
            // buf.pos[i] = p - n * s                                                             <L 87>
            var_32 = wp::mul(var_n, var_14);
            var_33 = wp::sub(var_11, var_32);
            var_34 = &((var_buf).pos);
            var_35 = wp::load(var_34);
            wp::array_store(var_35, var_0, var_33);
        }
    }
}



extern "C" __global__ void bounce_plane_58aa0212_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    ParticleBuffers_dd6e5164 var_buf,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_d,
    wp::float32 var_restitution,
    ParticleBuffers_dd6e5164 adj_buf,
    wp::vec_t<3, wp::float32> adj_n,
    wp::float32 adj_d,
    wp::float32 adj_restitution)
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
        wp::array_t<wp::int32>* var_1;
        wp::int32* var_2;
        wp::array_t<wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        bool var_6;
        wp::int32 var_7;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::array_t<wp::vec_t<3, wp::float32>> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        bool var_16;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::array_t<wp::vec_t<3, wp::float32>> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        bool var_24;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_30;
        wp::array_t<wp::vec_t<3, wp::float32>> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_34;
        wp::array_t<wp::vec_t<3, wp::float32>> var_35;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::array_t<wp::int32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::array_t<wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        bool adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_30 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_34 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_35 = {};
        //---------
        // forward
        // def bounce_plane(buf: ParticleBuffers, n: wp.vec3, d: float, restitution: float):       <L 76>
        // i = wp.tid()                                                                           <L 77>
        var_0 = builtin_tid1d();
        // if buf.alive[i] == wp.int32(0):                                                        <L 78>
        var_1 = &((var_buf).alive);
        var_3 = wp::load(var_1);
        var_2 = wp::address(var_3, var_0);
        var_5 = wp::int32(var_4);
        var_7 = wp::load(var_2);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // return                                                                             <L 79>
            goto label0;
        }
        // p = buf.pos[i]                                                                         <L 80>
        var_8 = &((var_buf).pos);
        var_10 = wp::load(var_8);
        var_9 = wp::address(var_10, var_0);
        var_12 = wp::load(var_9);
        var_11 = wp::copy(var_12);
        // s = wp.dot(p, n) - d                                                                   <L 81>
        var_13 = wp::dot(var_11, var_n);
        var_14 = wp::sub(var_13, var_d);
        // if s < 0.0:                                                                            <L 82>
        var_16 = (var_14 < var_15);
        if (var_16) {
            // v = buf.vel[i]                                                                     <L 83>
            var_17 = &((var_buf).vel);
            var_19 = wp::load(var_17);
            var_18 = wp::address(var_19, var_0);
            var_21 = wp::load(var_18);
            var_20 = wp::copy(var_21);
            // vn = wp.dot(v, n)                                                                  <L 84>
            var_22 = wp::dot(var_20, var_n);
            // if vn < 0.0:                                                                       <L 85>
            var_24 = (var_22 < var_23);
            if (var_24) {
                // buf.vel[i] = v - n * ((1.0 + restitution) * vn)                                <L 86>
                var_26 = wp::add(var_25, var_restitution);
                var_27 = wp::mul(var_26, var_22);
                var_28 = wp::mul(var_n, var_27);
                var_29 = wp::sub(var_20, var_28);
                var_30 = &((var_buf).vel);
                var_31 = wp::load(var_30);
                // wp::array_store(var_31, var_0, var_29);
            }
            // buf.pos[i] = p - n * s                                                             <L 87>
            var_32 = wp::mul(var_n, var_14);
            var_33 = wp::sub(var_11, var_32);
            var_34 = &((var_buf).pos);
            var_35 = wp::load(var_34);
            // wp::array_store(var_35, var_0, var_33);
        }
        //---------
        // reverse
        if (var_16) {
            wp::adj_array_store(var_35, var_0, var_33, adj_34, adj_0, adj_33);
            adj_buf.pos = adj_34;
            wp::adj_sub(var_11, var_32, adj_11, adj_32, adj_33);
            wp::adj_mul(var_n, var_14, adj_n, adj_14, adj_32);
            // adj: buf.pos[i] = p - n * s                                                        <L 87>
            if (var_24) {
                wp::adj_array_store(var_31, var_0, var_29, adj_30, adj_0, adj_29);
                adj_buf.vel = adj_30;
                wp::adj_sub(var_20, var_28, adj_20, adj_28, adj_29);
                wp::adj_mul(var_n, var_27, adj_n, adj_27, adj_28);
                wp::adj_mul(var_26, var_22, adj_26, adj_22, adj_27);
                wp::adj_add(var_25, var_restitution, adj_25, adj_restitution, adj_26);
                // adj: buf.vel[i] = v - n * ((1.0 + restitution) * vn)                           <L 86>
            }
            // adj: if vn < 0.0:                                                                  <L 85>
            wp::adj_dot(var_20, var_n, adj_20, adj_n, adj_22);
            // adj: vn = wp.dot(v, n)                                                             <L 84>
            wp::adj_copy(var_21, adj_18, adj_20);
            wp::adj_address(var_19, var_0, adj_17, adj_0, adj_18);
            adj_buf.vel = adj_17;
            // adj: v = buf.vel[i]                                                                <L 83>
        }
        // adj: if s < 0.0:                                                                       <L 82>
        wp::adj_sub(var_13, var_d, adj_13, adj_d, adj_14);
        wp::adj_dot(var_11, var_n, adj_11, adj_n, adj_13);
        // adj: s = wp.dot(p, n) - d                                                              <L 81>
        wp::adj_copy(var_12, adj_9, adj_11);
        wp::adj_address(var_10, var_0, adj_8, adj_0, adj_9);
        adj_buf.pos = adj_8;
        // adj: p = buf.pos[i]                                                                    <L 80>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 79>
        }
        wp::adj_address(var_3, var_0, adj_1, adj_0, adj_2);
        adj_buf.alive = adj_1;
        // adj: if buf.alive[i] == wp.int32(0):                                                   <L 78>
        // adj: i = wp.tid()                                                                      <L 77>
        // adj: def bounce_plane(buf: ParticleBuffers, n: wp.vec3, d: float, restitution: float):  <L 76>
        continue;
    }
}

