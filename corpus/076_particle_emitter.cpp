#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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


struct ParticleState_ea70a03c
{
    wp::vec_t<3, wp::float32> pos;
    wp::vec_t<3, wp::float32> vel;
    wp::vec_t<4, wp::float32> color;
    wp::float32 life;
    wp::int32 emitter;


    ParticleState_ea70a03c() = default;
    CUDA_CALLABLE ParticleState_ea70a03c(wp::vec_t<3, wp::float32> const& pos,
    wp::vec_t<3, wp::float32> const& vel = {},
    wp::vec_t<4, wp::float32> const& color = {},
    wp::float32 const& life = {},
    wp::int32 const& emitter = {})
        : pos{pos}
        , vel{vel}
        , color{color}
        , life{life}
        , emitter{emitter}

    {
    }

    CUDA_CALLABLE ParticleState_ea70a03c& operator += (const ParticleState_ea70a03c& rhs)
    {    pos += rhs.pos;
    vel += rhs.vel;
    color += rhs.color;
    life += rhs.life;
    emitter += rhs.emitter;

        return *this;}

};

static CUDA_CALLABLE void adj_ParticleState_ea70a03c(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<4, wp::float32> const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> & adj_pos,
    wp::vec_t<3, wp::float32> & adj_vel,
    wp::vec_t<4, wp::float32> & adj_color,
    wp::float32 & adj_life,
    wp::int32 & adj_emitter,
    ParticleState_ea70a03c & adj_ret)
{
    adj_pos += adj_ret.pos;
    adj_vel += adj_ret.vel;
    adj_color += adj_ret.color;
    adj_life += adj_ret.life;
    adj_emitter += adj_ret.emitter;
}

// Required when compiling adjoints.
CUDA_CALLABLE ParticleState_ea70a03c add(const ParticleState_ea70a03c& a, const ParticleState_ea70a03c& b)
{
    return ParticleState_ea70a03c();
}

CUDA_CALLABLE void adj_atomic_add(ParticleState_ea70a03c* p, ParticleState_ea70a03c t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->vel, t.vel);
    wp::adj_atomic_add(&p->color, t.color);
    wp::adj_atomic_add(&p->life, t.life);
    wp::adj_atomic_add(&p->emitter, t.emitter);
}




struct Emitter_0b039902
{
    wp::vec_t<3, wp::float32> origin;
    wp::vec_t<3, wp::float32> direction;
    wp::float32 spread;
    wp::float32 speed_min;
    wp::float32 speed_max;
    wp::float32 lifetime;
    wp::int32 rate;


    Emitter_0b039902() = default;
    CUDA_CALLABLE Emitter_0b039902(wp::vec_t<3, wp::float32> const& origin,
    wp::vec_t<3, wp::float32> const& direction = {},
    wp::float32 const& spread = {},
    wp::float32 const& speed_min = {},
    wp::float32 const& speed_max = {},
    wp::float32 const& lifetime = {},
    wp::int32 const& rate = {})
        : origin{origin}
        , direction{direction}
        , spread{spread}
        , speed_min{speed_min}
        , speed_max{speed_max}
        , lifetime{lifetime}
        , rate{rate}

    {
    }

    CUDA_CALLABLE Emitter_0b039902& operator += (const Emitter_0b039902& rhs)
    {    origin += rhs.origin;
    direction += rhs.direction;
    spread += rhs.spread;
    speed_min += rhs.speed_min;
    speed_max += rhs.speed_max;
    lifetime += rhs.lifetime;
    rate += rhs.rate;

        return *this;}

};

static CUDA_CALLABLE void adj_Emitter_0b039902(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> & adj_origin,
    wp::vec_t<3, wp::float32> & adj_direction,
    wp::float32 & adj_spread,
    wp::float32 & adj_speed_min,
    wp::float32 & adj_speed_max,
    wp::float32 & adj_lifetime,
    wp::int32 & adj_rate,
    Emitter_0b039902 & adj_ret)
{
    adj_origin += adj_ret.origin;
    adj_direction += adj_ret.direction;
    adj_spread += adj_ret.spread;
    adj_speed_min += adj_ret.speed_min;
    adj_speed_max += adj_ret.speed_max;
    adj_lifetime += adj_ret.lifetime;
    adj_rate += adj_ret.rate;
}

// Required when compiling adjoints.
CUDA_CALLABLE Emitter_0b039902 add(const Emitter_0b039902& a, const Emitter_0b039902& b)
{
    return Emitter_0b039902();
}

CUDA_CALLABLE void adj_atomic_add(Emitter_0b039902* p, Emitter_0b039902 t)
{
    wp::adj_atomic_add(&p->origin, t.origin);
    wp::adj_atomic_add(&p->direction, t.direction);
    wp::adj_atomic_add(&p->spread, t.spread);
    wp::adj_atomic_add(&p->speed_min, t.speed_min);
    wp::adj_atomic_add(&p->speed_max, t.speed_max);
    wp::adj_atomic_add(&p->lifetime, t.lifetime);
    wp::adj_atomic_add(&p->rate, t.rate);
}




// corpus/076_particle_emitter.py:24
static wp::vec_t<3, wp::float32> random_cone_0(
    wp::uint32 var_state,
    wp::vec_t<3, wp::float32> var_dir,
    wp::float32 var_spread)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 2.0;
    const wp::float32 var_5 = 3.141592653589793;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 1.0;
    wp::vec_t<3, wp::float32> var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.999;
    bool var_27;
    const wp::float32 var_28 = 1.0;
    const wp::float32 var_29 = 0.0;
    const wp::float32 var_30 = 0.0;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    const wp::int32 var_36 = 0;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    const wp::int32 var_39 = 1;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    const wp::int32 var_43 = 2;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    //---------
    // forward
    // def random_cone(state: wp.uint32, dir: wp.vec3, spread: float) -> wp.vec3:             <L 25>
    // cos_max = wp.cos(spread)                                                               <L 26>
    var_0 = wp::cos(var_spread);
    // z = wp.randf(state, cos_max, 1.0)                                                      <L 27>
    var_2 = wp::randf(var_state, var_0, var_1);
    // phi = wp.randf(state, 0.0, 2.0 * wp.pi)                                                <L 28>
    var_6 = wp::mul(var_4, var_5);
    var_7 = wp::randf(var_state, var_3, var_6);
    // r = wp.sqrt(wp.max(1.0 - z * z, 0.0))                                                  <L 29>
    var_9 = wp::mul(var_2, var_2);
    var_10 = wp::sub(var_8, var_9);
    var_12 = wp::max(var_10, var_11);
    var_13 = wp::sqrt(var_12);
    // local = wp.vec3(r * wp.cos(phi), r * wp.sin(phi), z)                                   <L 30>
    var_14 = wp::cos(var_7);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::sin(var_7);
    var_17 = wp::mul(var_13, var_16);
    var_18 = wp::vec_t<3, wp::float32>(var_15, var_17, var_2);
    // up = wp.vec3(0.0, 0.0, 1.0)                                                            <L 31>
    var_22 = wp::vec_t<3, wp::float32>(var_19, var_20, var_21);
    // if wp.abs(dir[2]) > 0.999:                                                             <L 32>
    var_24 = wp::extract(var_dir, var_23);
    var_25 = wp::abs(var_24);
    var_27 = (var_25 > var_26);
    if (var_27) {
        // up = wp.vec3(1.0, 0.0, 0.0)                                                        <L 33>
        var_31 = wp::vec_t<3, wp::float32>(var_28, var_29, var_30);
    }
    var_32 = wp::where(var_27, var_31, var_22);
    // t = wp.normalize(wp.cross(up, dir))                                                    <L 34>
    var_33 = wp::cross(var_32, var_dir);
    var_34 = wp::normalize(var_33);
    // b = wp.cross(dir, t)                                                                   <L 35>
    var_35 = wp::cross(var_dir, var_34);
    // return t * local[0] + b * local[1] + dir * local[2]                                    <L 36>
    var_37 = wp::extract(var_18, var_36);
    var_38 = wp::mul(var_34, var_37);
    var_40 = wp::extract(var_18, var_39);
    var_41 = wp::mul(var_35, var_40);
    var_42 = wp::add(var_38, var_41);
    var_44 = wp::extract(var_18, var_43);
    var_45 = wp::mul(var_dir, var_44);
    var_46 = wp::add(var_42, var_45);
    return var_46;
}


// corpus/076_particle_emitter.py:24
static void adj_random_cone_0(
    wp::uint32 var_state,
    wp::vec_t<3, wp::float32> var_dir,
    wp::float32 var_spread,
    wp::uint32 & adj_state,
    wp::vec_t<3, wp::float32> & adj_dir,
    wp::float32 & adj_spread,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 2.0;
    const wp::float32 var_5 = 3.141592653589793;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 1.0;
    wp::vec_t<3, wp::float32> var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.999;
    bool var_27;
    const wp::float32 var_28 = 1.0;
    const wp::float32 var_29 = 0.0;
    const wp::float32 var_30 = 0.0;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    const wp::int32 var_36 = 0;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    const wp::int32 var_39 = 1;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    const wp::int32 var_43 = 2;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
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
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    //---------
    // forward
    // def random_cone(state: wp.uint32, dir: wp.vec3, spread: float) -> wp.vec3:             <L 25>
    // cos_max = wp.cos(spread)                                                               <L 26>
    var_0 = wp::cos(var_spread);
    // z = wp.randf(state, cos_max, 1.0)                                                      <L 27>
    var_2 = wp::randf(var_state, var_0, var_1);
    // phi = wp.randf(state, 0.0, 2.0 * wp.pi)                                                <L 28>
    var_6 = wp::mul(var_4, var_5);
    var_7 = wp::randf(var_state, var_3, var_6);
    // r = wp.sqrt(wp.max(1.0 - z * z, 0.0))                                                  <L 29>
    var_9 = wp::mul(var_2, var_2);
    var_10 = wp::sub(var_8, var_9);
    var_12 = wp::max(var_10, var_11);
    var_13 = wp::sqrt(var_12);
    // local = wp.vec3(r * wp.cos(phi), r * wp.sin(phi), z)                                   <L 30>
    var_14 = wp::cos(var_7);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::sin(var_7);
    var_17 = wp::mul(var_13, var_16);
    var_18 = wp::vec_t<3, wp::float32>(var_15, var_17, var_2);
    // up = wp.vec3(0.0, 0.0, 1.0)                                                            <L 31>
    var_22 = wp::vec_t<3, wp::float32>(var_19, var_20, var_21);
    // if wp.abs(dir[2]) > 0.999:                                                             <L 32>
    var_24 = wp::extract(var_dir, var_23);
    var_25 = wp::abs(var_24);
    var_27 = (var_25 > var_26);
    if (var_27) {
        // up = wp.vec3(1.0, 0.0, 0.0)                                                        <L 33>
        var_31 = wp::vec_t<3, wp::float32>(var_28, var_29, var_30);
    }
    var_32 = wp::where(var_27, var_31, var_22);
    // t = wp.normalize(wp.cross(up, dir))                                                    <L 34>
    var_33 = wp::cross(var_32, var_dir);
    var_34 = wp::normalize(var_33);
    // b = wp.cross(dir, t)                                                                   <L 35>
    var_35 = wp::cross(var_dir, var_34);
    // return t * local[0] + b * local[1] + dir * local[2]                                    <L 36>
    var_37 = wp::extract(var_18, var_36);
    var_38 = wp::mul(var_34, var_37);
    var_40 = wp::extract(var_18, var_39);
    var_41 = wp::mul(var_35, var_40);
    var_42 = wp::add(var_38, var_41);
    var_44 = wp::extract(var_18, var_43);
    var_45 = wp::mul(var_dir, var_44);
    var_46 = wp::add(var_42, var_45);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_46 += adj_ret;
    wp::adj_add(var_42, var_45, adj_42, adj_45, adj_46);
    wp::adj_mul(var_dir, var_44, adj_dir, adj_44, adj_45);
    wp::adj_extract(var_18, var_43, adj_18, adj_43, adj_44);
    wp::adj_add(var_38, var_41, adj_38, adj_41, adj_42);
    wp::adj_mul(var_35, var_40, adj_35, adj_40, adj_41);
    wp::adj_extract(var_18, var_39, adj_18, adj_39, adj_40);
    wp::adj_mul(var_34, var_37, adj_34, adj_37, adj_38);
    wp::adj_extract(var_18, var_36, adj_18, adj_36, adj_37);
    // adj: return t * local[0] + b * local[1] + dir * local[2]                               <L 36>
    wp::adj_cross(var_dir, var_34, adj_dir, adj_34, adj_35);
    // adj: b = wp.cross(dir, t)                                                              <L 35>
    wp::adj_normalize(var_33, var_34, adj_33, adj_34);
    wp::adj_cross(var_32, var_dir, adj_32, adj_dir, adj_33);
    // adj: t = wp.normalize(wp.cross(up, dir))                                               <L 34>
    wp::adj_where(var_27, var_31, var_22, adj_27, adj_31, adj_22, adj_32);
    if (var_27) {
        wp::adj_vec_t(var_28, var_29, var_30, adj_28, adj_29, adj_30, adj_31);
        // adj: up = wp.vec3(1.0, 0.0, 0.0)                                                   <L 33>
    }
    wp::adj_abs(var_24, adj_24, adj_25);
    wp::adj_extract(var_dir, var_23, adj_dir, adj_23, adj_24);
    // adj: if wp.abs(dir[2]) > 0.999:                                                        <L 32>
    wp::adj_vec_t(var_19, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
    // adj: up = wp.vec3(0.0, 0.0, 1.0)                                                       <L 31>
    wp::adj_vec_t(var_15, var_17, var_2, adj_15, adj_17, adj_2, adj_18);
    wp::adj_mul(var_13, var_16, adj_13, adj_16, adj_17);
    wp::adj_sin(var_7, adj_7, adj_16);
    wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_cos(var_7, adj_7, adj_14);
    // adj: local = wp.vec3(r * wp.cos(phi), r * wp.sin(phi), z)                              <L 30>
    wp::adj_sqrt(var_12, var_13, adj_12, adj_13);
    wp::adj_max(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_mul(var_2, var_2, adj_2, adj_2, adj_9);
    // adj: r = wp.sqrt(wp.max(1.0 - z * z, 0.0))                                             <L 29>
    wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
    // adj: phi = wp.randf(state, 0.0, 2.0 * wp.pi)                                           <L 28>
    // adj: z = wp.randf(state, cos_max, 1.0)                                                 <L 27>
    wp::adj_cos(var_spread, adj_spread, adj_0);
    // adj: cos_max = wp.cos(spread)                                                          <L 26>
    // adj: def random_cone(state: wp.uint32, dir: wp.vec3, spread: float) -> wp.vec3:        <L 25>
    return;
}

struct wp_args_emit_f5cfc43a {
    wp::array_t<Emitter_0b039902> emitters;
    wp::int32 seed;
    wp::int32 frame;
    wp::array_t<ParticleState_ea70a03c> particles;
    wp::array_t<wp::int32> free_count;
    wp::array_t<wp::int32> free_list;
    wp::array_t<wp::int32> emitted;
};


void emit_f5cfc43a_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_emit_f5cfc43a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Emitter_0b039902> var_emitters = _wp_args->emitters;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_frame = _wp_args->frame;
    wp::array_t<ParticleState_ea70a03c> var_particles = _wp_args->particles;
    wp::array_t<wp::int32> var_free_count = _wp_args->free_count;
    wp::array_t<wp::int32> var_free_list = _wp_args->free_list;
    wp::array_t<wp::int32> var_emitted = _wp_args->emitted;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    Emitter_0b039902* var_2;
    Emitter_0b039902 var_3;
    Emitter_0b039902 var_4;
    wp::int32* var_5;
    bool var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    bool var_14;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::int32* var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 7919;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 65536;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::uint32 var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    ParticleState_ea70a03c var_39;
    wp::vec_t<3, wp::float32>* var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    const wp::float32 var_44 = 1.0;
    const wp::float32 var_45 = 0.5;
    const wp::float32 var_46 = 1.0;
    wp::float32 var_47;
    const wp::float32 var_48 = 0.2;
    const wp::float32 var_49 = 1.0;
    wp::vec_t<4, wp::float32> var_50;
    wp::float32* var_51;
    const wp::float32 var_52 = 0.8;
    const wp::float32 var_53 = 1.2;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::int32 var_57 = 1;
    wp::int32 var_58;
    //---------
    // forward
    // def emit(emitters: wp.array(dtype=Emitter), seed: int, frame: int, particles: wp.array(dtype=ParticleState), free_count: wp.array(dtype=int), free_list: wp.array(dtype=int), emitted: wp.array(dtype=int)):       <L 40>
    // e, k = wp.tid()                                                                        <L 41>
    builtin_tid2d(var_0, var_1);
    // em = emitters[e]                                                                       <L 42>
    var_2 = wp::address(var_emitters, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if k >= em.rate:                                                                       <L 43>
    var_5 = &((var_3).rate);
    var_7 = wp::load(var_5);
    var_6 = (var_1 >= var_7);
    if (var_6) {
        // return                                                                             <L 44>
        return;
    }
    // slot_idx = wp.atomic_sub(free_count, 0, 1) - 1                                         <L 45>
    var_10 = wp::atomic_sub(var_free_count, var_8, var_9);
    var_12 = wp::sub(var_10, var_11);
    // if slot_idx < 0:                                                                       <L 46>
    var_14 = (var_12 < var_13);
    if (var_14) {
        // wp.atomic_add(free_count, 0, 1)                                                    <L 47>
        var_17 = wp::atomic_add(var_free_count, var_15, var_16);
        // return                                                                             <L 48>
        return;
    }
    // slot = free_list[slot_idx]                                                             <L 49>
    var_18 = wp::address(var_free_list, var_12);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // state = wp.rand_init(seed + frame * 7919, e * 65536 + k)                               <L 50>
    var_22 = wp::mul(var_frame, var_21);
    var_23 = wp::add(var_seed, var_22);
    var_25 = wp::mul(var_0, var_24);
    var_26 = wp::add(var_25, var_1);
    var_27 = wp::rand_init(var_23, var_26);
    // d = random_cone(state, wp.normalize(em.direction), em.spread)                          <L 51>
    var_28 = &((var_3).direction);
    var_30 = wp::load(var_28);
    var_29 = wp::normalize(var_30);
    var_31 = &((var_3).spread);
    var_33 = wp::load(var_31);
    var_32 = random_cone_0(var_27, var_29, var_33);
    // speed = wp.randf(state, em.speed_min, em.speed_max)                                    <L 52>
    var_34 = &((var_3).speed_min);
    var_35 = &((var_3).speed_max);
    var_37 = wp::load(var_34);
    var_38 = wp::load(var_35);
    var_36 = wp::randf(var_27, var_37, var_38);
    // p = ParticleState()                                                                    <L 53>
    var_39 = ParticleState_ea70a03c();
    // p.pos = em.origin                                                                      <L 54>
    var_40 = &((var_3).origin);
    var_42 = wp::load(var_40);
    var_41 = wp::copy(var_42);
    var_39.pos = var_41;
    // p.vel = d * speed                                                                      <L 55>
    var_43 = wp::mul(var_32, var_36);
    var_39.vel = var_43;
    // p.color = wp.vec4(1.0, wp.randf(state, 0.5, 1.0), 0.2, 1.0)                            <L 56>
    var_47 = wp::randf(var_27, var_45, var_46);
    var_50 = wp::vec_t<4, wp::float32>(var_44, var_47, var_48, var_49);
    var_39.color = var_50;
    // p.life = em.lifetime * wp.randf(state, 0.8, 1.2)                                       <L 57>
    var_51 = &((var_3).lifetime);
    var_54 = wp::randf(var_27, var_52, var_53);
    var_56 = wp::load(var_51);
    var_55 = wp::mul(var_56, var_54);
    var_39.life = var_55;
    // p.emitter = e                                                                          <L 58>
    var_39.emitter = var_0;
    // particles[slot] = p                                                                    <L 59>
    wp::array_store(var_particles, var_19, var_39);
    // wp.atomic_add(emitted, e, 1)                                                           <L 60>
    var_58 = wp::atomic_add(var_emitted, var_0, var_57);
}



void emit_f5cfc43a_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_emit_f5cfc43a *_wp_args,
    wp_args_emit_f5cfc43a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Emitter_0b039902> var_emitters = _wp_args->emitters;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_frame = _wp_args->frame;
    wp::array_t<ParticleState_ea70a03c> var_particles = _wp_args->particles;
    wp::array_t<wp::int32> var_free_count = _wp_args->free_count;
    wp::array_t<wp::int32> var_free_list = _wp_args->free_list;
    wp::array_t<wp::int32> var_emitted = _wp_args->emitted;
    wp::array_t<Emitter_0b039902> adj_emitters = _wp_adj_args->emitters;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::int32 adj_frame = _wp_adj_args->frame;
    wp::array_t<ParticleState_ea70a03c> adj_particles = _wp_adj_args->particles;
    wp::array_t<wp::int32> adj_free_count = _wp_adj_args->free_count;
    wp::array_t<wp::int32> adj_free_list = _wp_adj_args->free_list;
    wp::array_t<wp::int32> adj_emitted = _wp_adj_args->emitted;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    Emitter_0b039902* var_2;
    Emitter_0b039902 var_3;
    Emitter_0b039902 var_4;
    wp::int32* var_5;
    bool var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    bool var_14;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::int32* var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 7919;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 65536;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::uint32 var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    ParticleState_ea70a03c var_39;
    wp::vec_t<3, wp::float32>* var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    const wp::float32 var_44 = 1.0;
    const wp::float32 var_45 = 0.5;
    const wp::float32 var_46 = 1.0;
    wp::float32 var_47;
    const wp::float32 var_48 = 0.2;
    const wp::float32 var_49 = 1.0;
    wp::vec_t<4, wp::float32> var_50;
    wp::float32* var_51;
    const wp::float32 var_52 = 0.8;
    const wp::float32 var_53 = 1.2;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::int32 var_57 = 1;
    wp::int32 var_58;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    Emitter_0b039902 adj_2 = {};
    Emitter_0b039902 adj_3 = {};
    Emitter_0b039902 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::uint32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    ParticleState_ea70a03c adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::vec_t<4, wp::float32> adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    //---------
    // forward
    // def emit(emitters: wp.array(dtype=Emitter), seed: int, frame: int, particles: wp.array(dtype=ParticleState), free_count: wp.array(dtype=int), free_list: wp.array(dtype=int), emitted: wp.array(dtype=int)):       <L 40>
    // e, k = wp.tid()                                                                        <L 41>
    builtin_tid2d(var_0, var_1);
    // em = emitters[e]                                                                       <L 42>
    var_2 = wp::address(var_emitters, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if k >= em.rate:                                                                       <L 43>
    var_5 = &((var_3).rate);
    var_7 = wp::load(var_5);
    var_6 = (var_1 >= var_7);
    if (var_6) {
        // return                                                                             <L 44>
        goto label0;
    }
    // slot_idx = wp.atomic_sub(free_count, 0, 1) - 1                                         <L 45>
    // var_10 = wp::atomic_sub(var_free_count, var_8, var_9);
    var_12 = wp::sub(var_10, var_11);
    // if slot_idx < 0:                                                                       <L 46>
    var_14 = (var_12 < var_13);
    if (var_14) {
        // wp.atomic_add(free_count, 0, 1)                                                    <L 47>
        // var_17 = wp::atomic_add(var_free_count, var_15, var_16);
        // return                                                                             <L 48>
        goto label1;
    }
    // slot = free_list[slot_idx]                                                             <L 49>
    var_18 = wp::address(var_free_list, var_12);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // state = wp.rand_init(seed + frame * 7919, e * 65536 + k)                               <L 50>
    var_22 = wp::mul(var_frame, var_21);
    var_23 = wp::add(var_seed, var_22);
    var_25 = wp::mul(var_0, var_24);
    var_26 = wp::add(var_25, var_1);
    var_27 = wp::rand_init(var_23, var_26);
    // d = random_cone(state, wp.normalize(em.direction), em.spread)                          <L 51>
    var_28 = &((var_3).direction);
    var_30 = wp::load(var_28);
    var_29 = wp::normalize(var_30);
    var_31 = &((var_3).spread);
    var_33 = wp::load(var_31);
    var_32 = random_cone_0(var_27, var_29, var_33);
    // speed = wp.randf(state, em.speed_min, em.speed_max)                                    <L 52>
    var_34 = &((var_3).speed_min);
    var_35 = &((var_3).speed_max);
    var_37 = wp::load(var_34);
    var_38 = wp::load(var_35);
    var_36 = wp::randf(var_27, var_37, var_38);
    // p = ParticleState()                                                                    <L 53>
    var_39 = ParticleState_ea70a03c();
    // p.pos = em.origin                                                                      <L 54>
    var_40 = &((var_3).origin);
    var_42 = wp::load(var_40);
    var_41 = wp::copy(var_42);
    var_39.pos = var_41;
    // p.vel = d * speed                                                                      <L 55>
    var_43 = wp::mul(var_32, var_36);
    var_39.vel = var_43;
    // p.color = wp.vec4(1.0, wp.randf(state, 0.5, 1.0), 0.2, 1.0)                            <L 56>
    var_47 = wp::randf(var_27, var_45, var_46);
    var_50 = wp::vec_t<4, wp::float32>(var_44, var_47, var_48, var_49);
    var_39.color = var_50;
    // p.life = em.lifetime * wp.randf(state, 0.8, 1.2)                                       <L 57>
    var_51 = &((var_3).lifetime);
    var_54 = wp::randf(var_27, var_52, var_53);
    var_56 = wp::load(var_51);
    var_55 = wp::mul(var_56, var_54);
    var_39.life = var_55;
    // p.emitter = e                                                                          <L 58>
    var_39.emitter = var_0;
    // particles[slot] = p                                                                    <L 59>
    // wp::array_store(var_particles, var_19, var_39);
    // wp.atomic_add(emitted, e, 1)                                                           <L 60>
    // var_58 = wp::atomic_add(var_emitted, var_0, var_57);
    //---------
    // reverse
    wp::adj_atomic_add(var_emitted, var_0, var_57, adj_emitted, adj_0, adj_57, adj_58);
    // adj: wp.atomic_add(emitted, e, 1)                                                      <L 60>
    wp::adj_array_store(var_particles, var_19, var_39, adj_particles, adj_19, adj_39);
    // adj: particles[slot] = p                                                               <L 59>
    adj_39.emitter = {};
    // adj: p.emitter = e                                                                     <L 58>
    adj_55 += adj_39.life;
    adj_39.life = {};
    wp::adj_mul(var_56, var_54, adj_51, adj_54, adj_55);
    adj_3.lifetime += adj_51;
    // adj: p.life = em.lifetime * wp.randf(state, 0.8, 1.2)                                  <L 57>
    adj_50 += adj_39.color;
    adj_39.color = {};
    wp::adj_vec_t(var_44, var_47, var_48, var_49, adj_44, adj_47, adj_48, adj_49, adj_50);
    // adj: p.color = wp.vec4(1.0, wp.randf(state, 0.5, 1.0), 0.2, 1.0)                       <L 56>
    adj_43 += adj_39.vel;
    adj_39.vel = {};
    wp::adj_mul(var_32, var_36, adj_32, adj_36, adj_43);
    // adj: p.vel = d * speed                                                                 <L 55>
    adj_41 += adj_39.pos;
    adj_39.pos = {};
    wp::adj_copy(var_42, adj_40, adj_41);
    adj_3.origin += adj_40;
    // adj: p.pos = em.origin                                                                 <L 54>
    // adj: p = ParticleState()                                                               <L 53>
    adj_3.speed_max += adj_35;
    adj_3.speed_min += adj_34;
    // adj: speed = wp.randf(state, em.speed_min, em.speed_max)                               <L 52>
    adj_random_cone_0(var_27, var_29, var_33, adj_27, adj_29, adj_31, adj_32);
    adj_3.spread += adj_31;
    wp::adj_normalize(var_30, var_29, adj_28, adj_29);
    adj_3.direction += adj_28;
    // adj: d = random_cone(state, wp.normalize(em.direction), em.spread)                     <L 51>
    wp::adj_add(var_25, var_1, adj_25, adj_1, adj_26);
    wp::adj_mul(var_0, var_24, adj_0, adj_24, adj_25);
    wp::adj_add(var_seed, var_22, adj_seed, adj_22, adj_23);
    wp::adj_mul(var_frame, var_21, adj_frame, adj_21, adj_22);
    // adj: state = wp.rand_init(seed + frame * 7919, e * 65536 + k)                          <L 50>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_free_list, var_12, adj_free_list, adj_12, adj_18);
    // adj: slot = free_list[slot_idx]                                                        <L 49>
    if (var_14) {
        label1:;
        // adj: return                                                                        <L 48>
        wp::adj_atomic_add(var_free_count, var_15, var_16, adj_free_count, adj_15, adj_16, adj_17);
        // adj: wp.atomic_add(free_count, 0, 1)                                               <L 47>
    }
    // adj: if slot_idx < 0:                                                                  <L 46>
    wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_atomic_sub(var_free_count, var_8, var_9, adj_free_count, adj_8, adj_9, adj_10);
    // adj: slot_idx = wp.atomic_sub(free_count, 0, 1) - 1                                    <L 45>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 44>
    }
    adj_3.rate = adj_5;
    // adj: if k >= em.rate:                                                                  <L 43>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_emitters, var_0, adj_emitters, adj_0, adj_2);
    // adj: em = emitters[e]                                                                  <L 42>
    // adj: e, k = wp.tid()                                                                   <L 41>
    // adj: def emit(emitters: wp.array(dtype=Emitter), seed: int, frame: int, particles: wp.array(dtype=ParticleState), free_count: wp.array(dtype=int), free_list: wp.array(dtype=int), emitted: wp.array(dtype=int)):  <L 40>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void emit_f5cfc43a_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_emit_f5cfc43a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        emit_f5cfc43a_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void emit_f5cfc43a_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_emit_f5cfc43a *_wp_args,
    wp_args_emit_f5cfc43a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        emit_f5cfc43a_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_update_particles_b2e5daff {
    wp::array_t<ParticleState_ea70a03c> particles;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 drag;
    wp::float32 dt;
    wp::array_t<wp::int32> free_count;
    wp::array_t<wp::int32> free_list;
};


void update_particles_b2e5daff_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_particles_b2e5daff *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<ParticleState_ea70a03c> var_particles = _wp_args->particles;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_drag = _wp_args->drag;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::int32> var_free_count = _wp_args->free_count;
    wp::array_t<wp::int32> var_free_list = _wp_args->free_list;
    //---------
    // primal vars
    wp::int32 var_0;
    ParticleState_ea70a03c* var_1;
    ParticleState_ea70a03c var_2;
    ParticleState_ea70a03c var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    const wp::float32 var_12 = 0.0;
    bool var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 0.0;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<4, wp::float32> var_19;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    const wp::float32 var_28 = 1.0;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::vec_t<3, wp::float32>* var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::float32* var_39;
    const wp::float32 var_40 = 1.0;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::vec_t<4, wp::float32>* var_43;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    wp::vec_t<4, wp::float32> var_46;
    wp::vec_t<4, wp::float32>* var_47;
    const wp::int32 var_48 = 1;
    wp::float32 var_49;
    wp::vec_t<4, wp::float32> var_50;
    const wp::float32 var_51 = 0.99;
    wp::float32 var_52;
    wp::vec_t<4, wp::float32>* var_53;
    const wp::int32 var_54 = 2;
    wp::float32 var_55;
    wp::vec_t<4, wp::float32> var_56;
    wp::vec_t<4, wp::float32> var_57;
    wp::vec_t<3, wp::float32>* var_58;
    const wp::int32 var_59 = 1;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    const wp::float32 var_62 = 0.0;
    bool var_63;
    wp::vec_t<3, wp::float32>* var_64;
    const wp::int32 var_65 = 0;
    wp::float32 var_66;
    wp::vec_t<3, wp::float32> var_67;
    const wp::float32 var_68 = 0.0;
    wp::vec_t<3, wp::float32>* var_69;
    const wp::int32 var_70 = 2;
    wp::float32 var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32>* var_74;
    const wp::int32 var_75 = 0;
    wp::float32 var_76;
    wp::vec_t<3, wp::float32> var_77;
    const wp::float32 var_78 = 0.6;
    wp::float32 var_79;
    wp::vec_t<3, wp::float32>* var_80;
    const wp::int32 var_81 = 1;
    wp::float32 var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::float32 var_84;
    const wp::float32 var_85 = 0.3;
    wp::float32 var_86;
    wp::vec_t<3, wp::float32>* var_87;
    const wp::int32 var_88 = 2;
    wp::float32 var_89;
    wp::vec_t<3, wp::float32> var_90;
    const wp::float32 var_91 = 0.6;
    wp::float32 var_92;
    wp::vec_t<3, wp::float32> var_93;
    //---------
    // forward
    // def update_particles(particles: wp.array(dtype=ParticleState), gravity: wp.vec3, drag: float, dt: float, free_count: wp.array(dtype=int), free_list: wp.array(dtype=int)):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // p = particles[i]                                                                       <L 66>
    var_1 = wp::address(var_particles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p.life <= 0.0:                                                                      <L 67>
    var_4 = &((var_2).life);
    var_7 = wp::load(var_4);
    var_6 = (var_7 <= var_5);
    if (var_6) {
        // return                                                                             <L 68>
        return;
    }
    // p.life = p.life - dt                                                                   <L 69>
    var_8 = &((var_2).life);
    var_10 = wp::load(var_8);
    var_9 = wp::sub(var_10, var_dt);
    var_2.life = var_9;
    // if p.life <= 0.0:                                                                      <L 70>
    var_11 = &((var_2).life);
    var_14 = wp::load(var_11);
    var_13 = (var_14 <= var_12);
    if (var_13) {
        // p.color = wp.vec4(0.0, 0.0, 0.0, 0.0)                                              <L 71>
        var_19 = wp::vec_t<4, wp::float32>(var_15, var_16, var_17, var_18);
        var_2.color = var_19;
        // particles[i] = p                                                                   <L 72>
        wp::array_store(var_particles, var_0, var_2);
        // slot = wp.atomic_add(free_count, 0, 1)                                             <L 73>
        var_22 = wp::atomic_add(var_free_count, var_20, var_21);
        // free_list[slot] = i                                                                <L 74>
        wp::array_store(var_free_list, var_22, var_0);
        // return                                                                             <L 75>
        return;
    }
    // p.vel = p.vel + gravity * dt                                                           <L 76>
    var_23 = &((var_2).vel);
    var_24 = wp::mul(var_gravity, var_dt);
    var_26 = wp::load(var_23);
    var_25 = wp::add(var_26, var_24);
    var_2.vel = var_25;
    // p.vel = p.vel * (1.0 - drag * dt)                                                      <L 77>
    var_27 = &((var_2).vel);
    var_29 = wp::mul(var_drag, var_dt);
    var_30 = wp::sub(var_28, var_29);
    var_32 = wp::load(var_27);
    var_31 = wp::mul(var_32, var_30);
    var_2.vel = var_31;
    // p.pos = p.pos + p.vel * dt                                                             <L 78>
    var_33 = &((var_2).pos);
    var_34 = &((var_2).vel);
    var_36 = wp::load(var_34);
    var_35 = wp::mul(var_36, var_dt);
    var_38 = wp::load(var_33);
    var_37 = wp::add(var_38, var_35);
    var_2.pos = var_37;
    // fade = wp.min(p.life, 1.0)                                                             <L 79>
    var_39 = &((var_2).life);
    var_42 = wp::load(var_39);
    var_41 = wp::min(var_42, var_40);
    // p.color = wp.vec4(p.color[0], p.color[1] * 0.99, p.color[2], fade)                     <L 80>
    var_43 = &((var_2).color);
    var_46 = wp::load(var_43);
    var_45 = wp::extract(var_46, var_44);
    var_47 = &((var_2).color);
    var_50 = wp::load(var_47);
    var_49 = wp::extract(var_50, var_48);
    var_52 = wp::mul(var_49, var_51);
    var_53 = &((var_2).color);
    var_56 = wp::load(var_53);
    var_55 = wp::extract(var_56, var_54);
    var_57 = wp::vec_t<4, wp::float32>(var_45, var_52, var_55, var_41);
    var_2.color = var_57;
    // if p.pos[1] < 0.0:                                                                     <L 81>
    var_58 = &((var_2).pos);
    var_61 = wp::load(var_58);
    var_60 = wp::extract(var_61, var_59);
    var_63 = (var_60 < var_62);
    if (var_63) {
        // p.pos = wp.vec3(p.pos[0], 0.0, p.pos[2])                                           <L 82>
        var_64 = &((var_2).pos);
        var_67 = wp::load(var_64);
        var_66 = wp::extract(var_67, var_65);
        var_69 = &((var_2).pos);
        var_72 = wp::load(var_69);
        var_71 = wp::extract(var_72, var_70);
        var_73 = wp::vec_t<3, wp::float32>(var_66, var_68, var_71);
        var_2.pos = var_73;
        // p.vel = wp.vec3(p.vel[0] * 0.6, -p.vel[1] * 0.3, p.vel[2] * 0.6)                   <L 83>
        var_74 = &((var_2).vel);
        var_77 = wp::load(var_74);
        var_76 = wp::extract(var_77, var_75);
        var_79 = wp::mul(var_76, var_78);
        var_80 = &((var_2).vel);
        var_83 = wp::load(var_80);
        var_82 = wp::extract(var_83, var_81);
        var_84 = wp::neg(var_82);
        var_86 = wp::mul(var_84, var_85);
        var_87 = &((var_2).vel);
        var_90 = wp::load(var_87);
        var_89 = wp::extract(var_90, var_88);
        var_92 = wp::mul(var_89, var_91);
        var_93 = wp::vec_t<3, wp::float32>(var_79, var_86, var_92);
        var_2.vel = var_93;
    }
    // particles[i] = p                                                                       <L 84>
    wp::array_store(var_particles, var_0, var_2);
}



void update_particles_b2e5daff_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_particles_b2e5daff *_wp_args,
    wp_args_update_particles_b2e5daff *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<ParticleState_ea70a03c> var_particles = _wp_args->particles;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_drag = _wp_args->drag;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::int32> var_free_count = _wp_args->free_count;
    wp::array_t<wp::int32> var_free_list = _wp_args->free_list;
    wp::array_t<ParticleState_ea70a03c> adj_particles = _wp_adj_args->particles;
    wp::vec_t<3, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::float32 adj_drag = _wp_adj_args->drag;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::int32> adj_free_count = _wp_adj_args->free_count;
    wp::array_t<wp::int32> adj_free_list = _wp_adj_args->free_list;
    //---------
    // primal vars
    wp::int32 var_0;
    ParticleState_ea70a03c* var_1;
    ParticleState_ea70a03c var_2;
    ParticleState_ea70a03c var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    const wp::float32 var_12 = 0.0;
    bool var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 0.0;
    const wp::float32 var_17 = 0.0;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<4, wp::float32> var_19;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    const wp::float32 var_28 = 1.0;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::vec_t<3, wp::float32>* var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::float32* var_39;
    const wp::float32 var_40 = 1.0;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::vec_t<4, wp::float32>* var_43;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    wp::vec_t<4, wp::float32> var_46;
    wp::vec_t<4, wp::float32>* var_47;
    const wp::int32 var_48 = 1;
    wp::float32 var_49;
    wp::vec_t<4, wp::float32> var_50;
    const wp::float32 var_51 = 0.99;
    wp::float32 var_52;
    wp::vec_t<4, wp::float32>* var_53;
    const wp::int32 var_54 = 2;
    wp::float32 var_55;
    wp::vec_t<4, wp::float32> var_56;
    wp::vec_t<4, wp::float32> var_57;
    wp::vec_t<3, wp::float32>* var_58;
    const wp::int32 var_59 = 1;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    const wp::float32 var_62 = 0.0;
    bool var_63;
    wp::vec_t<3, wp::float32>* var_64;
    const wp::int32 var_65 = 0;
    wp::float32 var_66;
    wp::vec_t<3, wp::float32> var_67;
    const wp::float32 var_68 = 0.0;
    wp::vec_t<3, wp::float32>* var_69;
    const wp::int32 var_70 = 2;
    wp::float32 var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32>* var_74;
    const wp::int32 var_75 = 0;
    wp::float32 var_76;
    wp::vec_t<3, wp::float32> var_77;
    const wp::float32 var_78 = 0.6;
    wp::float32 var_79;
    wp::vec_t<3, wp::float32>* var_80;
    const wp::int32 var_81 = 1;
    wp::float32 var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::float32 var_84;
    const wp::float32 var_85 = 0.3;
    wp::float32 var_86;
    wp::vec_t<3, wp::float32>* var_87;
    const wp::int32 var_88 = 2;
    wp::float32 var_89;
    wp::vec_t<3, wp::float32> var_90;
    const wp::float32 var_91 = 0.6;
    wp::float32 var_92;
    wp::vec_t<3, wp::float32> var_93;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    ParticleState_ea70a03c adj_1 = {};
    ParticleState_ea70a03c adj_2 = {};
    ParticleState_ea70a03c adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<4, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::vec_t<4, wp::float32> adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<4, wp::float32> adj_46 = {};
    wp::vec_t<4, wp::float32> adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::vec_t<4, wp::float32> adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::vec_t<4, wp::float32> adj_53 = {};
    wp::int32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::vec_t<4, wp::float32> adj_56 = {};
    wp::vec_t<4, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::float32 adj_62 = {};
    bool adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::int32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::float32 adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::int32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::int32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    wp::int32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::vec_t<3, wp::float32> adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::vec_t<3, wp::float32> adj_87 = {};
    wp::int32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::vec_t<3, wp::float32> adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::vec_t<3, wp::float32> adj_93 = {};
    //---------
    // forward
    // def update_particles(particles: wp.array(dtype=ParticleState), gravity: wp.vec3, drag: float, dt: float, free_count: wp.array(dtype=int), free_list: wp.array(dtype=int)):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // p = particles[i]                                                                       <L 66>
    var_1 = wp::address(var_particles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p.life <= 0.0:                                                                      <L 67>
    var_4 = &((var_2).life);
    var_7 = wp::load(var_4);
    var_6 = (var_7 <= var_5);
    if (var_6) {
        // return                                                                             <L 68>
        goto label0;
    }
    // p.life = p.life - dt                                                                   <L 69>
    var_8 = &((var_2).life);
    var_10 = wp::load(var_8);
    var_9 = wp::sub(var_10, var_dt);
    var_2.life = var_9;
    // if p.life <= 0.0:                                                                      <L 70>
    var_11 = &((var_2).life);
    var_14 = wp::load(var_11);
    var_13 = (var_14 <= var_12);
    if (var_13) {
        // p.color = wp.vec4(0.0, 0.0, 0.0, 0.0)                                              <L 71>
        var_19 = wp::vec_t<4, wp::float32>(var_15, var_16, var_17, var_18);
        var_2.color = var_19;
        // particles[i] = p                                                                   <L 72>
        // wp::array_store(var_particles, var_0, var_2);
        // slot = wp.atomic_add(free_count, 0, 1)                                             <L 73>
        // var_22 = wp::atomic_add(var_free_count, var_20, var_21);
        // free_list[slot] = i                                                                <L 74>
        // wp::array_store(var_free_list, var_22, var_0);
        // return                                                                             <L 75>
        goto label1;
    }
    // p.vel = p.vel + gravity * dt                                                           <L 76>
    var_23 = &((var_2).vel);
    var_24 = wp::mul(var_gravity, var_dt);
    var_26 = wp::load(var_23);
    var_25 = wp::add(var_26, var_24);
    var_2.vel = var_25;
    // p.vel = p.vel * (1.0 - drag * dt)                                                      <L 77>
    var_27 = &((var_2).vel);
    var_29 = wp::mul(var_drag, var_dt);
    var_30 = wp::sub(var_28, var_29);
    var_32 = wp::load(var_27);
    var_31 = wp::mul(var_32, var_30);
    var_2.vel = var_31;
    // p.pos = p.pos + p.vel * dt                                                             <L 78>
    var_33 = &((var_2).pos);
    var_34 = &((var_2).vel);
    var_36 = wp::load(var_34);
    var_35 = wp::mul(var_36, var_dt);
    var_38 = wp::load(var_33);
    var_37 = wp::add(var_38, var_35);
    var_2.pos = var_37;
    // fade = wp.min(p.life, 1.0)                                                             <L 79>
    var_39 = &((var_2).life);
    var_42 = wp::load(var_39);
    var_41 = wp::min(var_42, var_40);
    // p.color = wp.vec4(p.color[0], p.color[1] * 0.99, p.color[2], fade)                     <L 80>
    var_43 = &((var_2).color);
    var_46 = wp::load(var_43);
    var_45 = wp::extract(var_46, var_44);
    var_47 = &((var_2).color);
    var_50 = wp::load(var_47);
    var_49 = wp::extract(var_50, var_48);
    var_52 = wp::mul(var_49, var_51);
    var_53 = &((var_2).color);
    var_56 = wp::load(var_53);
    var_55 = wp::extract(var_56, var_54);
    var_57 = wp::vec_t<4, wp::float32>(var_45, var_52, var_55, var_41);
    var_2.color = var_57;
    // if p.pos[1] < 0.0:                                                                     <L 81>
    var_58 = &((var_2).pos);
    var_61 = wp::load(var_58);
    var_60 = wp::extract(var_61, var_59);
    var_63 = (var_60 < var_62);
    if (var_63) {
        // p.pos = wp.vec3(p.pos[0], 0.0, p.pos[2])                                           <L 82>
        var_64 = &((var_2).pos);
        var_67 = wp::load(var_64);
        var_66 = wp::extract(var_67, var_65);
        var_69 = &((var_2).pos);
        var_72 = wp::load(var_69);
        var_71 = wp::extract(var_72, var_70);
        var_73 = wp::vec_t<3, wp::float32>(var_66, var_68, var_71);
        var_2.pos = var_73;
        // p.vel = wp.vec3(p.vel[0] * 0.6, -p.vel[1] * 0.3, p.vel[2] * 0.6)                   <L 83>
        var_74 = &((var_2).vel);
        var_77 = wp::load(var_74);
        var_76 = wp::extract(var_77, var_75);
        var_79 = wp::mul(var_76, var_78);
        var_80 = &((var_2).vel);
        var_83 = wp::load(var_80);
        var_82 = wp::extract(var_83, var_81);
        var_84 = wp::neg(var_82);
        var_86 = wp::mul(var_84, var_85);
        var_87 = &((var_2).vel);
        var_90 = wp::load(var_87);
        var_89 = wp::extract(var_90, var_88);
        var_92 = wp::mul(var_89, var_91);
        var_93 = wp::vec_t<3, wp::float32>(var_79, var_86, var_92);
        var_2.vel = var_93;
    }
    // particles[i] = p                                                                       <L 84>
    // wp::array_store(var_particles, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_particles, var_0, var_2, adj_particles, adj_0, adj_2);
    // adj: particles[i] = p                                                                  <L 84>
    if (var_63) {
        adj_93 += adj_2.vel;
        adj_2.vel = {};
        wp::adj_vec_t(var_79, var_86, var_92, adj_79, adj_86, adj_92, adj_93);
        wp::adj_mul(var_89, var_91, adj_89, adj_91, adj_92);
        wp::adj_extract(var_90, var_88, adj_87, adj_88, adj_89);
        adj_2.vel += adj_87;
        wp::adj_mul(var_84, var_85, adj_84, adj_85, adj_86);
        wp::adj_neg(var_82, adj_82, adj_84);
        wp::adj_extract(var_83, var_81, adj_80, adj_81, adj_82);
        adj_2.vel += adj_80;
        wp::adj_mul(var_76, var_78, adj_76, adj_78, adj_79);
        wp::adj_extract(var_77, var_75, adj_74, adj_75, adj_76);
        adj_2.vel += adj_74;
        // adj: p.vel = wp.vec3(p.vel[0] * 0.6, -p.vel[1] * 0.3, p.vel[2] * 0.6)              <L 83>
        adj_73 += adj_2.pos;
        adj_2.pos = {};
        wp::adj_vec_t(var_66, var_68, var_71, adj_66, adj_68, adj_71, adj_73);
        wp::adj_extract(var_72, var_70, adj_69, adj_70, adj_71);
        adj_2.pos += adj_69;
        wp::adj_extract(var_67, var_65, adj_64, adj_65, adj_66);
        adj_2.pos += adj_64;
        // adj: p.pos = wp.vec3(p.pos[0], 0.0, p.pos[2])                                      <L 82>
    }
    wp::adj_extract(var_61, var_59, adj_58, adj_59, adj_60);
    adj_2.pos += adj_58;
    // adj: if p.pos[1] < 0.0:                                                                <L 81>
    adj_57 += adj_2.color;
    adj_2.color = {};
    wp::adj_vec_t(var_45, var_52, var_55, var_41, adj_45, adj_52, adj_55, adj_41, adj_57);
    wp::adj_extract(var_56, var_54, adj_53, adj_54, adj_55);
    adj_2.color += adj_53;
    wp::adj_mul(var_49, var_51, adj_49, adj_51, adj_52);
    wp::adj_extract(var_50, var_48, adj_47, adj_48, adj_49);
    adj_2.color += adj_47;
    wp::adj_extract(var_46, var_44, adj_43, adj_44, adj_45);
    adj_2.color += adj_43;
    // adj: p.color = wp.vec4(p.color[0], p.color[1] * 0.99, p.color[2], fade)                <L 80>
    wp::adj_min(var_42, var_40, adj_39, adj_40, adj_41);
    adj_2.life += adj_39;
    // adj: fade = wp.min(p.life, 1.0)                                                        <L 79>
    adj_37 += adj_2.pos;
    adj_2.pos = {};
    wp::adj_add(var_38, var_35, adj_33, adj_35, adj_37);
    wp::adj_mul(var_36, var_dt, adj_34, adj_dt, adj_35);
    adj_2.vel += adj_34;
    adj_2.pos += adj_33;
    // adj: p.pos = p.pos + p.vel * dt                                                        <L 78>
    adj_31 += adj_2.vel;
    adj_2.vel = {};
    wp::adj_mul(var_32, var_30, adj_27, adj_30, adj_31);
    wp::adj_sub(var_28, var_29, adj_28, adj_29, adj_30);
    wp::adj_mul(var_drag, var_dt, adj_drag, adj_dt, adj_29);
    adj_2.vel += adj_27;
    // adj: p.vel = p.vel * (1.0 - drag * dt)                                                 <L 77>
    adj_25 += adj_2.vel;
    adj_2.vel = {};
    wp::adj_add(var_26, var_24, adj_23, adj_24, adj_25);
    wp::adj_mul(var_gravity, var_dt, adj_gravity, adj_dt, adj_24);
    adj_2.vel += adj_23;
    // adj: p.vel = p.vel + gravity * dt                                                      <L 76>
    if (var_13) {
        label1:;
        // adj: return                                                                        <L 75>
        wp::adj_array_store(var_free_list, var_22, var_0, adj_free_list, adj_22, adj_0);
        // adj: free_list[slot] = i                                                           <L 74>
        wp::adj_atomic_add(var_free_count, var_20, var_21, adj_free_count, adj_20, adj_21, adj_22);
        // adj: slot = wp.atomic_add(free_count, 0, 1)                                        <L 73>
        wp::adj_array_store(var_particles, var_0, var_2, adj_particles, adj_0, adj_2);
        // adj: particles[i] = p                                                              <L 72>
        adj_19 += adj_2.color;
        adj_2.color = {};
        wp::adj_vec_t(var_15, var_16, var_17, var_18, adj_15, adj_16, adj_17, adj_18, adj_19);
        // adj: p.color = wp.vec4(0.0, 0.0, 0.0, 0.0)                                         <L 71>
    }
    adj_2.life += adj_11;
    // adj: if p.life <= 0.0:                                                                 <L 70>
    adj_9 += adj_2.life;
    adj_2.life = {};
    wp::adj_sub(var_10, var_dt, adj_8, adj_dt, adj_9);
    adj_2.life += adj_8;
    // adj: p.life = p.life - dt                                                              <L 69>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 68>
    }
    adj_2.life += adj_4;
    // adj: if p.life <= 0.0:                                                                 <L 67>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_1);
    // adj: p = particles[i]                                                                  <L 66>
    // adj: i = wp.tid()                                                                      <L 65>
    // adj: def update_particles(particles: wp.array(dtype=ParticleState), gravity: wp.vec3, drag: float, dt: float, free_count: wp.array(dtype=int), free_list: wp.array(dtype=int)):  <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void update_particles_b2e5daff_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_b2e5daff *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_particles_b2e5daff_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void update_particles_b2e5daff_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_particles_b2e5daff *_wp_args,
    wp_args_update_particles_b2e5daff *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_particles_b2e5daff_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_alive_stats_745749b3 {
    wp::array_t<ParticleState_ea70a03c> particles;
    wp::array_t<wp::int32> count;
    wp::array_t<wp::vec_t<3, wp::float32>> centroid;
};


void alive_stats_745749b3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_alive_stats_745749b3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<ParticleState_ea70a03c> var_particles = _wp_args->particles;
    wp::array_t<wp::int32> var_count = _wp_args->count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroid = _wp_args->centroid;
    //---------
    // primal vars
    wp::int32 var_0;
    ParticleState_ea70a03c* var_1;
    ParticleState_ea70a03c var_2;
    ParticleState_ea70a03c var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // forward
    // def alive_stats(particles: wp.array(dtype=ParticleState), count: wp.array(dtype=int), centroid: wp.array(dtype=wp.vec3)):       <L 88>
    // i = wp.tid()                                                                           <L 89>
    var_0 = builtin_tid1d();
    // p = particles[i]                                                                       <L 90>
    var_1 = wp::address(var_particles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p.life > 0.0:                                                                       <L 91>
    var_4 = &((var_2).life);
    var_7 = wp::load(var_4);
    var_6 = (var_7 > var_5);
    if (var_6) {
        // wp.atomic_add(count, 0, 1)                                                         <L 92>
        var_10 = wp::atomic_add(var_count, var_8, var_9);
        // wp.atomic_add(centroid, 0, p.pos)                                                  <L 93>
        var_12 = &((var_2).pos);
        var_14 = wp::load(var_12);
        var_13 = wp::atomic_add(var_centroid, var_11, var_14);
    }
}



void alive_stats_745749b3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_alive_stats_745749b3 *_wp_args,
    wp_args_alive_stats_745749b3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<ParticleState_ea70a03c> var_particles = _wp_args->particles;
    wp::array_t<wp::int32> var_count = _wp_args->count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroid = _wp_args->centroid;
    wp::array_t<ParticleState_ea70a03c> adj_particles = _wp_adj_args->particles;
    wp::array_t<wp::int32> adj_count = _wp_adj_args->count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centroid = _wp_adj_args->centroid;
    //---------
    // primal vars
    wp::int32 var_0;
    ParticleState_ea70a03c* var_1;
    ParticleState_ea70a03c var_2;
    ParticleState_ea70a03c var_3;
    wp::float32* var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    ParticleState_ea70a03c adj_1 = {};
    ParticleState_ea70a03c adj_2 = {};
    ParticleState_ea70a03c adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    //---------
    // forward
    // def alive_stats(particles: wp.array(dtype=ParticleState), count: wp.array(dtype=int), centroid: wp.array(dtype=wp.vec3)):       <L 88>
    // i = wp.tid()                                                                           <L 89>
    var_0 = builtin_tid1d();
    // p = particles[i]                                                                       <L 90>
    var_1 = wp::address(var_particles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if p.life > 0.0:                                                                       <L 91>
    var_4 = &((var_2).life);
    var_7 = wp::load(var_4);
    var_6 = (var_7 > var_5);
    if (var_6) {
        // wp.atomic_add(count, 0, 1)                                                         <L 92>
        // var_10 = wp::atomic_add(var_count, var_8, var_9);
        // wp.atomic_add(centroid, 0, p.pos)                                                  <L 93>
        var_12 = &((var_2).pos);
        var_14 = wp::load(var_12);
        // var_13 = wp::atomic_add(var_centroid, var_11, var_14);
    }
    //---------
    // reverse
    if (var_6) {
        wp::adj_atomic_add(var_centroid, var_11, var_14, adj_centroid, adj_11, adj_12, adj_13);
        adj_2.pos += adj_12;
        // adj: wp.atomic_add(centroid, 0, p.pos)                                             <L 93>
        wp::adj_atomic_add(var_count, var_8, var_9, adj_count, adj_8, adj_9, adj_10);
        // adj: wp.atomic_add(count, 0, 1)                                                    <L 92>
    }
    adj_2.life += adj_4;
    // adj: if p.life > 0.0:                                                                  <L 91>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_1);
    // adj: p = particles[i]                                                                  <L 90>
    // adj: i = wp.tid()                                                                      <L 89>
    // adj: def alive_stats(particles: wp.array(dtype=ParticleState), count: wp.array(dtype=int), centroid: wp.array(dtype=wp.vec3)):  <L 88>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void alive_stats_745749b3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_alive_stats_745749b3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alive_stats_745749b3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void alive_stats_745749b3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_alive_stats_745749b3 *_wp_args,
    wp_args_alive_stats_745749b3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        alive_stats_745749b3_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

