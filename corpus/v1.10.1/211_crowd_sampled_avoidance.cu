
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


struct Agent_2854551c
{
    wp::vec_t<2, wp::float32> pos;
    wp::vec_t<2, wp::float32> vel;
    wp::vec_t<2, wp::float32> goal;
    wp::float32 radius;
    wp::float32 max_speed;


    Agent_2854551c() = default;
    CUDA_CALLABLE Agent_2854551c(wp::vec_t<2, wp::float32> const& pos,
    wp::vec_t<2, wp::float32> const& vel = {},
    wp::vec_t<2, wp::float32> const& goal = {},
    wp::float32 const& radius = {},
    wp::float32 const& max_speed = {})
        : pos{pos}
        , vel{vel}
        , goal{goal}
        , radius{radius}
        , max_speed{max_speed}

    {
    }

    CUDA_CALLABLE Agent_2854551c& operator += (const Agent_2854551c& rhs)
    {    pos += rhs.pos;
    vel += rhs.vel;
    goal += rhs.goal;
    radius += rhs.radius;
    max_speed += rhs.max_speed;

        return *this;}

};

static CUDA_CALLABLE void adj_Agent_2854551c(wp::vec_t<2, wp::float32> const&,
    wp::vec_t<2, wp::float32> const&,
    wp::vec_t<2, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<2, wp::float32> & adj_pos,
    wp::vec_t<2, wp::float32> & adj_vel,
    wp::vec_t<2, wp::float32> & adj_goal,
    wp::float32 & adj_radius,
    wp::float32 & adj_max_speed,
    Agent_2854551c & adj_ret)
{
    adj_pos += adj_ret.pos;
    adj_vel += adj_ret.vel;
    adj_goal += adj_ret.goal;
    adj_radius += adj_ret.radius;
    adj_max_speed += adj_ret.max_speed;
}

// Required when compiling adjoints.
CUDA_CALLABLE Agent_2854551c add(const Agent_2854551c& a, const Agent_2854551c& b)
{
    return Agent_2854551c();
}

CUDA_CALLABLE void adj_atomic_add(Agent_2854551c* p, Agent_2854551c t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->vel, t.vel);
    wp::adj_atomic_add(&p->goal, t.goal);
    wp::adj_atomic_add(&p->radius, t.radius);
    wp::adj_atomic_add(&p->max_speed, t.max_speed);
}



// corpus/211_crowd_sampled_avoidance.py:15
static CUDA_CALLABLE wp::vec_t<2, wp::float32> preferred_velocity_0(
    Agent_2854551c var_a)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32>* var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0001;
    bool var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<2, wp::float32> var_13;
    //---------
    // forward
    // def preferred_velocity(a: Agent) -> wp.vec2:                                           <L 16>
    // d = a.goal - a.pos                                                                     <L 17>
    var_0 = &(var_a.goal);
    var_1 = &(var_a.pos);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_4);
    // l = wp.length(d)                                                                       <L 18>
    var_5 = wp::length(var_2);
    // if l < 1.0e-4:                                                                         <L 19>
    var_7 = (var_5 < var_6);
    if (var_7) {
        // return wp.vec2()                                                                   <L 20>
        var_8 = wp::vec_t<2, wp::float32>();
        return var_8;
    }
    // return d * (wp.min(a.max_speed, l) / l)                                                <L 21>
    var_9 = &(var_a.max_speed);
    var_11 = wp::load(var_9);
    var_10 = wp::min(var_11, var_5);
    var_12 = wp::div(var_10, var_5);
    var_13 = wp::mul(var_2, var_12);
    return var_13;
}


// corpus/211_crowd_sampled_avoidance.py:24
static CUDA_CALLABLE wp::float32 time_to_collision_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::vec_t<2, wp::float32> var_v,
    wp::float32 var_r)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const wp::float32 var_13 = 1e-09;
    bool var_14;
    bool var_15;
    const wp::float32 var_16 = 1000000000.0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    const wp::float32 var_22 = 1000000000.0;
    //---------
    // forward
    // def time_to_collision(p: wp.vec2, v: wp.vec2, r: float) -> float:                      <L 25>
    // a = wp.dot(v, v)                                                                       <L 26>
    var_0 = wp::dot(var_v, var_v);
    // b = wp.dot(p, v)                                                                       <L 27>
    var_1 = wp::dot(var_p, var_v);
    // c = wp.dot(p, p) - r * r                                                               <L 28>
    var_2 = wp::dot(var_p, var_p);
    var_3 = wp::mul(var_r, var_r);
    var_4 = wp::sub(var_2, var_3);
    // if c < 0.0:                                                                            <L 29>
    var_6 = (var_4 < var_5);
    if (var_6) {
        // return 0.0                                                                         <L 30>
        return var_7;
    }
    // disc = b * b - a * c                                                                   <L 31>
    var_8 = wp::mul(var_1, var_1);
    var_9 = wp::mul(var_0, var_4);
    var_10 = wp::sub(var_8, var_9);
    // if disc <= 0.0 or a < 1.0e-9:                                                          <L 32>
    var_12 = (var_10 <= var_11);
    var_14 = (var_0 < var_13);
    var_15 = var_12 || var_14;
    if (var_15) {
        // return 1.0e9                                                                       <L 33>
        return var_16;
    }
    // t = (b - wp.sqrt(disc)) / a                                                            <L 34>
    var_17 = wp::sqrt(var_10);
    var_18 = wp::sub(var_1, var_17);
    var_19 = wp::div(var_18, var_0);
    // if t < 0.0:                                                                            <L 35>
    var_21 = (var_19 < var_20);
    if (var_21) {
        // return 1.0e9                                                                       <L 36>
        return var_22;
    }
    // return t                                                                               <L 37>
    return var_19;
}


// corpus/211_crowd_sampled_avoidance.py:15
static CUDA_CALLABLE void adj_preferred_velocity_0(
    Agent_2854551c var_a,
    Agent_2854551c & adj_a,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32>* var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0001;
    bool var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<2, wp::float32> var_13;
    //---------
    // dual vars
    wp::vec_t<2, wp::float32> adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    //---------
    // forward
    // def preferred_velocity(a: Agent) -> wp.vec2:                                           <L 16>
    // d = a.goal - a.pos                                                                     <L 17>
    var_0 = &(var_a.goal);
    var_1 = &(var_a.pos);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_4);
    // l = wp.length(d)                                                                       <L 18>
    var_5 = wp::length(var_2);
    // if l < 1.0e-4:                                                                         <L 19>
    var_7 = (var_5 < var_6);
    if (var_7) {
        // return wp.vec2()                                                                   <L 20>
        var_8 = wp::vec_t<2, wp::float32>();
        goto label0;
    }
    // return d * (wp.min(a.max_speed, l) / l)                                                <L 21>
    var_9 = &(var_a.max_speed);
    var_11 = wp::load(var_9);
    var_10 = wp::min(var_11, var_5);
    var_12 = wp::div(var_10, var_5);
    var_13 = wp::mul(var_2, var_12);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_13 += adj_ret;
    wp::adj_mul(var_2, var_12, adj_2, adj_12, adj_13);
    wp::adj_div(var_10, var_5, var_12, adj_10, adj_5, adj_12);
    wp::adj_min(var_11, var_5, adj_9, adj_5, adj_10);
    adj_a.max_speed += adj_9;
    // adj: return d * (wp.min(a.max_speed, l) / l)                                           <L 21>
    if (var_7) {
        label0:;
        adj_8 += adj_ret;
        // adj: return wp.vec2()                                                              <L 20>
    }
    // adj: if l < 1.0e-4:                                                                    <L 19>
    wp::adj_length(var_2, var_5, adj_2, adj_5);
    // adj: l = wp.length(d)                                                                  <L 18>
    wp::adj_sub(var_3, var_4, adj_0, adj_1, adj_2);
    adj_a.pos += adj_1;
    adj_a.goal += adj_0;
    // adj: d = a.goal - a.pos                                                                <L 17>
    // adj: def preferred_velocity(a: Agent) -> wp.vec2:                                      <L 16>
    return;
}


// corpus/211_crowd_sampled_avoidance.py:24
static CUDA_CALLABLE void adj_time_to_collision_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::vec_t<2, wp::float32> var_v,
    wp::float32 var_r,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::vec_t<2, wp::float32> & adj_v,
    wp::float32 & adj_r,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const wp::float32 var_13 = 1e-09;
    bool var_14;
    bool var_15;
    const wp::float32 var_16 = 1000000000.0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    const wp::float32 var_22 = 1000000000.0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    bool adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    //---------
    // forward
    // def time_to_collision(p: wp.vec2, v: wp.vec2, r: float) -> float:                      <L 25>
    // a = wp.dot(v, v)                                                                       <L 26>
    var_0 = wp::dot(var_v, var_v);
    // b = wp.dot(p, v)                                                                       <L 27>
    var_1 = wp::dot(var_p, var_v);
    // c = wp.dot(p, p) - r * r                                                               <L 28>
    var_2 = wp::dot(var_p, var_p);
    var_3 = wp::mul(var_r, var_r);
    var_4 = wp::sub(var_2, var_3);
    // if c < 0.0:                                                                            <L 29>
    var_6 = (var_4 < var_5);
    if (var_6) {
        // return 0.0                                                                         <L 30>
        goto label0;
    }
    // disc = b * b - a * c                                                                   <L 31>
    var_8 = wp::mul(var_1, var_1);
    var_9 = wp::mul(var_0, var_4);
    var_10 = wp::sub(var_8, var_9);
    // if disc <= 0.0 or a < 1.0e-9:                                                          <L 32>
    var_12 = (var_10 <= var_11);
    var_14 = (var_0 < var_13);
    var_15 = var_12 || var_14;
    if (var_15) {
        // return 1.0e9                                                                       <L 33>
        goto label1;
    }
    // t = (b - wp.sqrt(disc)) / a                                                            <L 34>
    var_17 = wp::sqrt(var_10);
    var_18 = wp::sub(var_1, var_17);
    var_19 = wp::div(var_18, var_0);
    // if t < 0.0:                                                                            <L 35>
    var_21 = (var_19 < var_20);
    if (var_21) {
        // return 1.0e9                                                                       <L 36>
        goto label2;
    }
    // return t                                                                               <L 37>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_19 += adj_ret;
    // adj: return t                                                                          <L 37>
    if (var_21) {
        label2:;
        adj_22 += adj_ret;
        // adj: return 1.0e9                                                                  <L 36>
    }
    // adj: if t < 0.0:                                                                       <L 35>
    wp::adj_div(var_18, var_0, var_19, adj_18, adj_0, adj_19);
    wp::adj_sub(var_1, var_17, adj_1, adj_17, adj_18);
    wp::adj_sqrt(var_10, var_17, adj_10, adj_17);
    // adj: t = (b - wp.sqrt(disc)) / a                                                       <L 34>
    if (var_15) {
        label1:;
        adj_16 += adj_ret;
        // adj: return 1.0e9                                                                  <L 33>
    }
    // adj: if disc <= 0.0 or a < 1.0e-9:                                                     <L 32>
    wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_9);
    wp::adj_mul(var_1, var_1, adj_1, adj_1, adj_8);
    // adj: disc = b * b - a * c                                                              <L 31>
    if (var_6) {
        label0:;
        adj_7 += adj_ret;
        // adj: return 0.0                                                                    <L 30>
    }
    // adj: if c < 0.0:                                                                       <L 29>
    wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_mul(var_r, var_r, adj_r, adj_r, adj_3);
    wp::adj_dot(var_p, var_p, adj_p, adj_p, adj_2);
    // adj: c = wp.dot(p, p) - r * r                                                          <L 28>
    wp::adj_dot(var_p, var_v, adj_p, adj_v, adj_1);
    // adj: b = wp.dot(p, v)                                                                  <L 27>
    wp::adj_dot(var_v, var_v, adj_v, adj_v, adj_0);
    // adj: a = wp.dot(v, v)                                                                  <L 26>
    // adj: def time_to_collision(p: wp.vec2, v: wp.vec2, r: float) -> float:                 <L 25>
    return;
}



extern "C" __global__ void sample_velocities_4975b172_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<Agent_2854551c> var_agents,
    wp::int32 var_seed,
    wp::int32 var_samples,
    wp::float32 var_horizon,
    wp::array_t<wp::vec_t<2, wp::float32>> var_new_vel)
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
        Agent_2854551c* var_1;
        Agent_2854551c var_2;
        Agent_2854551c var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::uint32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        const wp::float32 var_7 = 1e+20;
        wp::float32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::vec_t<2, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        bool var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::float32* var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::float32 var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::float32 var_19;
        wp::shape_t* var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        wp::shape_t var_23;
        wp::range_t var_24;
        wp::int32 var_25;
        bool var_26;
        Agent_2854551c* var_27;
        Agent_2854551c var_28;
        Agent_2854551c var_29;
        wp::vec_t<2, wp::float32>* var_30;
        wp::vec_t<2, wp::float32>* var_31;
        wp::vec_t<2, wp::float32> var_32;
        wp::vec_t<2, wp::float32> var_33;
        wp::vec_t<2, wp::float32> var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 2.0;
        wp::float32 var_40;
        bool var_41;
        const wp::float32 var_42 = 2.0;
        wp::vec_t<2, wp::float32> var_43;
        wp::vec_t<2, wp::float32>* var_44;
        wp::vec_t<2, wp::float32> var_45;
        wp::vec_t<2, wp::float32> var_46;
        wp::vec_t<2, wp::float32>* var_47;
        wp::vec_t<2, wp::float32> var_48;
        wp::vec_t<2, wp::float32> var_49;
        wp::float32* var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::float32 var_57 = 1.0;
        const wp::float32 var_58 = 0.001;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::vec_t<2, wp::float32> var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        bool var_64;
        wp::float32 var_65;
        wp::vec_t<2, wp::float32> var_66;
        wp::vec_t<2, wp::float32> var_67;
        wp::float32 var_68;
        //---------
        // forward
        // def sample_velocities(agents: wp.array(dtype=Agent), seed: int, samples: int, horizon: float, new_vel: wp.array(dtype=wp.vec2)):       <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // me = agents[i]                                                                         <L 43>
        var_1 = wp::address(var_agents, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // pref = preferred_velocity(me)                                                          <L 44>
        var_4 = preferred_velocity_0(var_2);
        // state = wp.rand_init(seed, i)                                                          <L 45>
        var_5 = wp::rand_init(var_seed, var_0);
        // best = pref                                                                            <L 46>
        var_6 = wp::copy(var_4);
        // best_cost = float(1.0e20)                                                              <L 47>
        var_8 = wp::float(var_7);
        // for s in range(samples):                                                               <L 48>
        var_9 = wp::range(var_samples);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // cand = pref                                                                        <L 49>
            var_11 = wp::copy(var_4);
            // if s > 0:                                                                          <L 50>
            var_13 = (var_10 > var_12);
            if (var_13) {
                // cand = wp.sample_unit_disk(state) * me.max_speed                               <L 51>
                var_14 = wp::sample_unit_disk(var_5);
                var_15 = &(var_2.max_speed);
                var_17 = wp::load(var_15);
                var_16 = wp::mul(var_14, var_17);
            }
            var_18 = wp::where(var_13, var_16, var_11);
            // tmin = horizon                                                                     <L 52>
            var_19 = wp::copy(var_horizon);
            // for j in range(agents.shape[0]):                                                   <L 53>
            var_20 = &(var_agents.shape);
            var_23 = wp::load(var_20);
            var_22 = wp::extract(var_23, var_21);
            var_24 = wp::range(var_22);
            start_for_2:;
                if (iter_cmp(var_24) == 0) goto end_for_2;
                var_25 = wp::iter_next(var_24);
                // if j == i:                                                                     <L 54>
                var_26 = (var_25 == var_0);
                if (var_26) {
                    // continue                                                                   <L 55>
                    goto start_for_2;
                }
                // other = agents[j]                                                              <L 56>
                var_27 = wp::address(var_agents, var_25);
                var_29 = wp::load(var_27);
                var_28 = wp::copy(var_29);
                // rel_p = other.pos - me.pos                                                     <L 57>
                var_30 = &(var_28.pos);
                var_31 = &(var_2.pos);
                var_33 = wp::load(var_30);
                var_34 = wp::load(var_31);
                var_32 = wp::sub(var_33, var_34);
                // if wp.length(rel_p) > horizon * me.max_speed * 2.0:                            <L 58>
                var_35 = wp::length(var_32);
                var_36 = &(var_2.max_speed);
                var_38 = wp::load(var_36);
                var_37 = wp::mul(var_horizon, var_38);
                var_40 = wp::mul(var_37, var_39);
                var_41 = (var_35 > var_40);
                if (var_41) {
                    // continue                                                                   <L 59>
                    goto start_for_2;
                }
                // rel_v = 2.0 * cand - me.vel - other.vel                                        <L 60>
                var_43 = wp::mul(var_42, var_18);
                var_44 = &(var_2.vel);
                var_46 = wp::load(var_44);
                var_45 = wp::sub(var_43, var_46);
                var_47 = &(var_28.vel);
                var_49 = wp::load(var_47);
                var_48 = wp::sub(var_45, var_49);
                // t = time_to_collision(rel_p, rel_v, me.radius + other.radius)                  <L 61>
                var_50 = &(var_2.radius);
                var_51 = &(var_28.radius);
                var_53 = wp::load(var_50);
                var_54 = wp::load(var_51);
                var_52 = wp::add(var_53, var_54);
                var_55 = time_to_collision_0(var_32, var_48, var_52);
                // tmin = wp.min(tmin, t)                                                         <L 62>
                var_56 = wp::min(var_19, var_55);
                wp::assign(var_19, var_56);
                goto start_for_2;
            end_for_2:;
            // cost = 1.0 / wp.max(tmin, 1.0e-3) + wp.length(cand - pref)                         <L 63>
            var_59 = wp::max(var_19, var_58);
            var_60 = wp::div(var_57, var_59);
            var_61 = wp::sub(var_18, var_4);
            var_62 = wp::length(var_61);
            var_63 = wp::add(var_60, var_62);
            // if cost < best_cost:                                                               <L 64>
            var_64 = (var_63 < var_8);
            if (var_64) {
                // best_cost = cost                                                               <L 65>
                var_65 = wp::copy(var_63);
                // best = cand                                                                    <L 66>
                var_66 = wp::copy(var_18);
            }
            var_67 = wp::where(var_64, var_66, var_6);
            var_68 = wp::where(var_64, var_65, var_8);
            wp::assign(var_6, var_67);
            wp::assign(var_8, var_68);
            goto start_for_0;
        end_for_0:;
        // new_vel[i] = best                                                                      <L 67>
        wp::array_store(var_new_vel, var_0, var_6);
    }
}



extern "C" __global__ void sample_velocities_4975b172_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<Agent_2854551c> var_agents,
    wp::int32 var_seed,
    wp::int32 var_samples,
    wp::float32 var_horizon,
    wp::array_t<wp::vec_t<2, wp::float32>> var_new_vel,
    wp::array_t<Agent_2854551c> adj_agents,
    wp::int32 adj_seed,
    wp::int32 adj_samples,
    wp::float32 adj_horizon,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_new_vel)
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
        Agent_2854551c* var_1;
        Agent_2854551c var_2;
        Agent_2854551c var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::uint32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        const wp::float32 var_7 = 1e+20;
        wp::float32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::vec_t<2, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        bool var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::float32* var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::float32 var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::float32 var_19;
        wp::shape_t* var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        wp::shape_t var_23;
        wp::range_t var_24;
        wp::int32 var_25;
        bool var_26;
        Agent_2854551c* var_27;
        Agent_2854551c var_28;
        Agent_2854551c var_29;
        wp::vec_t<2, wp::float32>* var_30;
        wp::vec_t<2, wp::float32>* var_31;
        wp::vec_t<2, wp::float32> var_32;
        wp::vec_t<2, wp::float32> var_33;
        wp::vec_t<2, wp::float32> var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 2.0;
        wp::float32 var_40;
        bool var_41;
        const wp::float32 var_42 = 2.0;
        wp::vec_t<2, wp::float32> var_43;
        wp::vec_t<2, wp::float32>* var_44;
        wp::vec_t<2, wp::float32> var_45;
        wp::vec_t<2, wp::float32> var_46;
        wp::vec_t<2, wp::float32>* var_47;
        wp::vec_t<2, wp::float32> var_48;
        wp::vec_t<2, wp::float32> var_49;
        wp::float32* var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::float32 var_57 = 1.0;
        const wp::float32 var_58 = 0.001;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::vec_t<2, wp::float32> var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        bool var_64;
        wp::float32 var_65;
        wp::vec_t<2, wp::float32> var_66;
        wp::vec_t<2, wp::float32> var_67;
        wp::float32 var_68;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Agent_2854551c adj_1 = {};
        Agent_2854551c adj_2 = {};
        Agent_2854551c adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::uint32 adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        bool adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::shape_t adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::shape_t adj_23 = {};
        wp::range_t adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        Agent_2854551c adj_27 = {};
        Agent_2854551c adj_28 = {};
        Agent_2854551c adj_29 = {};
        wp::vec_t<2, wp::float32> adj_30 = {};
        wp::vec_t<2, wp::float32> adj_31 = {};
        wp::vec_t<2, wp::float32> adj_32 = {};
        wp::vec_t<2, wp::float32> adj_33 = {};
        wp::vec_t<2, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        bool adj_41 = {};
        wp::float32 adj_42 = {};
        wp::vec_t<2, wp::float32> adj_43 = {};
        wp::vec_t<2, wp::float32> adj_44 = {};
        wp::vec_t<2, wp::float32> adj_45 = {};
        wp::vec_t<2, wp::float32> adj_46 = {};
        wp::vec_t<2, wp::float32> adj_47 = {};
        wp::vec_t<2, wp::float32> adj_48 = {};
        wp::vec_t<2, wp::float32> adj_49 = {};
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
        wp::vec_t<2, wp::float32> adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        bool adj_64 = {};
        wp::float32 adj_65 = {};
        wp::vec_t<2, wp::float32> adj_66 = {};
        wp::vec_t<2, wp::float32> adj_67 = {};
        wp::float32 adj_68 = {};
        //---------
        // forward
        // def sample_velocities(agents: wp.array(dtype=Agent), seed: int, samples: int, horizon: float, new_vel: wp.array(dtype=wp.vec2)):       <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // me = agents[i]                                                                         <L 43>
        var_1 = wp::address(var_agents, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // pref = preferred_velocity(me)                                                          <L 44>
        var_4 = preferred_velocity_0(var_2);
        // state = wp.rand_init(seed, i)                                                          <L 45>
        var_5 = wp::rand_init(var_seed, var_0);
        // best = pref                                                                            <L 46>
        var_6 = wp::copy(var_4);
        // best_cost = float(1.0e20)                                                              <L 47>
        var_8 = wp::float(var_7);
        // for s in range(samples):                                                               <L 48>
        var_9 = wp::range(var_samples);
        // new_vel[i] = best                                                                      <L 67>
        // wp::array_store(var_new_vel, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_new_vel, var_0, var_6, adj_new_vel, adj_0, adj_6);
        // adj: new_vel[i] = best                                                                 <L 67>
        var_9 = wp::iter_reverse(var_9);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
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
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
        	adj_66 = {};
        	adj_67 = {};
        	adj_68 = {};
            // cand = pref                                                                        <L 49>
            var_11 = wp::copy(var_4);
            // if s > 0:                                                                          <L 50>
            var_13 = (var_10 > var_12);
            if (var_13) {
                // cand = wp.sample_unit_disk(state) * me.max_speed                               <L 51>
                var_14 = wp::sample_unit_disk(var_5);
                var_15 = &(var_2.max_speed);
                var_17 = wp::load(var_15);
                var_16 = wp::mul(var_14, var_17);
            }
            var_18 = wp::where(var_13, var_16, var_11);
            // tmin = horizon                                                                     <L 52>
            var_19 = wp::copy(var_horizon);
            // for j in range(agents.shape[0]):                                                   <L 53>
            var_20 = &(var_agents.shape);
            var_23 = wp::load(var_20);
            var_22 = wp::extract(var_23, var_21);
            var_24 = wp::range(var_22);
            // cost = 1.0 / wp.max(tmin, 1.0e-3) + wp.length(cand - pref)                         <L 63>
            var_59 = wp::max(var_19, var_58);
            var_60 = wp::div(var_57, var_59);
            var_61 = wp::sub(var_18, var_4);
            var_62 = wp::length(var_61);
            var_63 = wp::add(var_60, var_62);
            // if cost < best_cost:                                                               <L 64>
            var_64 = (var_63 < var_8);
            if (var_64) {
                // best_cost = cost                                                               <L 65>
                var_65 = wp::copy(var_63);
                // best = cand                                                                    <L 66>
                var_66 = wp::copy(var_18);
            }
            var_67 = wp::where(var_64, var_66, var_6);
            var_68 = wp::where(var_64, var_65, var_8);
            wp::assign(var_6, var_67);
            wp::assign(var_8, var_68);
            wp::adj_assign(var_8, var_68, adj_8, adj_68);
            wp::adj_assign(var_6, var_67, adj_6, adj_67);
            wp::adj_where(var_64, var_65, var_8, adj_64, adj_65, adj_8, adj_68);
            wp::adj_where(var_64, var_66, var_6, adj_64, adj_66, adj_6, adj_67);
            if (var_64) {
                wp::adj_copy(var_18, adj_18, adj_66);
                // adj: best = cand                                                               <L 66>
                wp::adj_copy(var_63, adj_63, adj_65);
                // adj: best_cost = cost                                                          <L 65>
            }
            // adj: if cost < best_cost:                                                          <L 64>
            wp::adj_add(var_60, var_62, adj_60, adj_62, adj_63);
            wp::adj_length(var_61, var_62, adj_61, adj_62);
            wp::adj_sub(var_18, var_4, adj_18, adj_4, adj_61);
            wp::adj_div(var_57, var_59, var_60, adj_57, adj_59, adj_60);
            wp::adj_max(var_19, var_58, adj_19, adj_58, adj_59);
            // adj: cost = 1.0 / wp.max(tmin, 1.0e-3) + wp.length(cand - pref)                    <L 63>
            var_24 = wp::iter_reverse(var_24);
            start_for_2:;
                if (iter_cmp(var_24) == 0) goto end_for_2;
                var_25 = wp::iter_next(var_24);
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
                // if j == i:                                                                     <L 54>
                var_26 = (var_25 == var_0);
                if (var_26) {
                    // continue                                                                   <L 55>
                    goto start_for_2;
                }
                // other = agents[j]                                                              <L 56>
                var_27 = wp::address(var_agents, var_25);
                var_29 = wp::load(var_27);
                var_28 = wp::copy(var_29);
                // rel_p = other.pos - me.pos                                                     <L 57>
                var_30 = &(var_28.pos);
                var_31 = &(var_2.pos);
                var_33 = wp::load(var_30);
                var_34 = wp::load(var_31);
                var_32 = wp::sub(var_33, var_34);
                // if wp.length(rel_p) > horizon * me.max_speed * 2.0:                            <L 58>
                var_35 = wp::length(var_32);
                var_36 = &(var_2.max_speed);
                var_38 = wp::load(var_36);
                var_37 = wp::mul(var_horizon, var_38);
                var_40 = wp::mul(var_37, var_39);
                var_41 = (var_35 > var_40);
                if (var_41) {
                    // continue                                                                   <L 59>
                    goto start_for_2;
                }
                // rel_v = 2.0 * cand - me.vel - other.vel                                        <L 60>
                var_43 = wp::mul(var_42, var_18);
                var_44 = &(var_2.vel);
                var_46 = wp::load(var_44);
                var_45 = wp::sub(var_43, var_46);
                var_47 = &(var_28.vel);
                var_49 = wp::load(var_47);
                var_48 = wp::sub(var_45, var_49);
                // t = time_to_collision(rel_p, rel_v, me.radius + other.radius)                  <L 61>
                var_50 = &(var_2.radius);
                var_51 = &(var_28.radius);
                var_53 = wp::load(var_50);
                var_54 = wp::load(var_51);
                var_52 = wp::add(var_53, var_54);
                var_55 = time_to_collision_0(var_32, var_48, var_52);
                // tmin = wp.min(tmin, t)                                                         <L 62>
                var_56 = wp::min(var_19, var_55);
                wp::assign(var_19, var_56);
                wp::adj_assign(var_19, var_56, adj_19, adj_56);
                wp::adj_min(var_19, var_55, adj_19, adj_55, adj_56);
                // adj: tmin = wp.min(tmin, t)                                                    <L 62>
                adj_time_to_collision_0(var_32, var_48, var_52, adj_32, adj_48, adj_52, adj_55);
                wp::adj_add(var_53, var_54, adj_50, adj_51, adj_52);
                adj_28.radius += adj_51;
                adj_2.radius += adj_50;
                // adj: t = time_to_collision(rel_p, rel_v, me.radius + other.radius)             <L 61>
                wp::adj_sub(var_45, var_49, adj_45, adj_47, adj_48);
                adj_28.vel += adj_47;
                wp::adj_sub(var_43, var_46, adj_43, adj_44, adj_45);
                adj_2.vel += adj_44;
                wp::adj_mul(var_42, var_18, adj_42, adj_18, adj_43);
                // adj: rel_v = 2.0 * cand - me.vel - other.vel                                   <L 60>
                if (var_41) {
                    // adj: continue                                                              <L 59>
                }
                wp::adj_mul(var_37, var_39, adj_37, adj_39, adj_40);
                wp::adj_mul(var_horizon, var_38, adj_horizon, adj_36, adj_37);
                adj_2.max_speed += adj_36;
                wp::adj_length(var_32, var_35, adj_32, adj_35);
                // adj: if wp.length(rel_p) > horizon * me.max_speed * 2.0:                       <L 58>
                wp::adj_sub(var_33, var_34, adj_30, adj_31, adj_32);
                adj_2.pos += adj_31;
                adj_28.pos += adj_30;
                // adj: rel_p = other.pos - me.pos                                                <L 57>
                wp::adj_copy(var_29, adj_27, adj_28);
                wp::adj_address(var_agents, var_25, adj_agents, adj_25, adj_27);
                // adj: other = agents[j]                                                         <L 56>
                if (var_26) {
                    // adj: continue                                                              <L 55>
                }
                // adj: if j == i:                                                                <L 54>
            	goto start_for_2;
            end_for_2:;
            wp::adj_range(var_22, adj_22, adj_24);
            wp::adj_extract(var_23, var_21, adj_20, adj_21, adj_22);
            adj_agents.shape = adj_20;
            // adj: for j in range(agents.shape[0]):                                              <L 53>
            wp::adj_copy(var_horizon, adj_horizon, adj_19);
            // adj: tmin = horizon                                                                <L 52>
            wp::adj_where(var_13, var_16, var_11, adj_13, adj_16, adj_11, adj_18);
            if (var_13) {
                wp::adj_mul(var_14, var_17, adj_14, adj_15, adj_16);
                adj_2.max_speed += adj_15;
                // adj: cand = wp.sample_unit_disk(state) * me.max_speed                          <L 51>
            }
            // adj: if s > 0:                                                                     <L 50>
            wp::adj_copy(var_4, adj_4, adj_11);
            // adj: cand = pref                                                                   <L 49>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_samples, adj_samples, adj_9);
        // adj: for s in range(samples):                                                          <L 48>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: best_cost = float(1.0e20)                                                         <L 47>
        wp::adj_copy(var_4, adj_4, adj_6);
        // adj: best = pref                                                                       <L 46>
        // adj: state = wp.rand_init(seed, i)                                                     <L 45>
        adj_preferred_velocity_0(var_2, adj_2, adj_4);
        // adj: pref = preferred_velocity(me)                                                     <L 44>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_agents, var_0, adj_agents, adj_0, adj_1);
        // adj: me = agents[i]                                                                    <L 43>
        // adj: i = wp.tid()                                                                      <L 42>
        // adj: def sample_velocities(agents: wp.array(dtype=Agent), seed: int, samples: int, horizon: float, new_vel: wp.array(dtype=wp.vec2)):  <L 41>
        continue;
    }
}



extern "C" __global__ void advance_73ee6de3_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<Agent_2854551c> var_agents,
    wp::array_t<wp::vec_t<2, wp::float32>> var_new_vel,
    wp::float32 var_dt,
    wp::array_t<wp::int32> var_arrived)
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
        Agent_2854551c* var_1;
        Agent_2854551c var_2;
        Agent_2854551c var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32>* var_7;
        wp::vec_t<2, wp::float32>* var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32>* var_13;
        wp::vec_t<2, wp::float32>* var_14;
        wp::vec_t<2, wp::float32>* var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        bool var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        //---------
        // forward
        // def advance(agents: wp.array(dtype=Agent), new_vel: wp.array(dtype=wp.vec2), dt: float, arrived: wp.array(dtype=int)):       <L 71>
        // i = wp.tid()                                                                           <L 72>
        var_0 = builtin_tid1d();
        // a = agents[i]                                                                          <L 73>
        var_1 = wp::address(var_agents, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a.vel = new_vel[i]                                                                     <L 74>
        var_4 = wp::address(var_new_vel, var_0);
        var_5 = &(var_2.vel);
        var_6 = wp::load(var_4);
        wp::store(var_5, var_6);
        // a.pos = a.pos + a.vel * dt                                                             <L 75>
        var_7 = &(var_2.pos);
        var_8 = &(var_2.vel);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_10, var_dt);
        var_12 = wp::load(var_7);
        var_11 = wp::add(var_12, var_9);
        var_13 = &(var_2.pos);
        wp::store(var_13, var_11);
        // if wp.length(a.goal - a.pos) < a.radius:                                               <L 76>
        var_14 = &(var_2.goal);
        var_15 = &(var_2.pos);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_18);
        var_19 = wp::length(var_16);
        var_20 = &(var_2.radius);
        var_22 = wp::load(var_20);
        var_21 = (var_19 < var_22);
        if (var_21) {
            // wp.atomic_add(arrived, 0, 1)                                                       <L 77>
            var_25 = wp::atomic_add(var_arrived, var_23, var_24);
        }
        // agents[i] = a                                                                          <L 78>
        wp::array_store(var_agents, var_0, var_2);
    }
}



extern "C" __global__ void advance_73ee6de3_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<Agent_2854551c> var_agents,
    wp::array_t<wp::vec_t<2, wp::float32>> var_new_vel,
    wp::float32 var_dt,
    wp::array_t<wp::int32> var_arrived,
    wp::array_t<Agent_2854551c> adj_agents,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_new_vel,
    wp::float32 adj_dt,
    wp::array_t<wp::int32> adj_arrived)
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
        Agent_2854551c* var_1;
        Agent_2854551c var_2;
        Agent_2854551c var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32>* var_7;
        wp::vec_t<2, wp::float32>* var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32>* var_13;
        wp::vec_t<2, wp::float32>* var_14;
        wp::vec_t<2, wp::float32>* var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        bool var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Agent_2854551c adj_1 = {};
        Agent_2854551c adj_2 = {};
        Agent_2854551c adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        //---------
        // forward
        // def advance(agents: wp.array(dtype=Agent), new_vel: wp.array(dtype=wp.vec2), dt: float, arrived: wp.array(dtype=int)):       <L 71>
        // i = wp.tid()                                                                           <L 72>
        var_0 = builtin_tid1d();
        // a = agents[i]                                                                          <L 73>
        var_1 = wp::address(var_agents, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a.vel = new_vel[i]                                                                     <L 74>
        var_4 = wp::address(var_new_vel, var_0);
        var_5 = &(var_2.vel);
        var_6 = wp::load(var_4);
        // wp::store(var_5, var_6);
        // a.pos = a.pos + a.vel * dt                                                             <L 75>
        var_7 = &(var_2.pos);
        var_8 = &(var_2.vel);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_10, var_dt);
        var_12 = wp::load(var_7);
        var_11 = wp::add(var_12, var_9);
        var_13 = &(var_2.pos);
        // wp::store(var_13, var_11);
        // if wp.length(a.goal - a.pos) < a.radius:                                               <L 76>
        var_14 = &(var_2.goal);
        var_15 = &(var_2.pos);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_18);
        var_19 = wp::length(var_16);
        var_20 = &(var_2.radius);
        var_22 = wp::load(var_20);
        var_21 = (var_19 < var_22);
        if (var_21) {
            // wp.atomic_add(arrived, 0, 1)                                                       <L 77>
            // var_25 = wp::atomic_add(var_arrived, var_23, var_24);
        }
        // agents[i] = a                                                                          <L 78>
        // wp::array_store(var_agents, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_agents, var_0, var_2, adj_agents, adj_0, adj_2);
        // adj: agents[i] = a                                                                     <L 78>
        if (var_21) {
            wp::adj_atomic_add(var_arrived, var_23, var_24, adj_arrived, adj_23, adj_24, adj_25);
            // adj: wp.atomic_add(arrived, 0, 1)                                                  <L 77>
        }
        adj_2.radius += adj_20;
        wp::adj_length(var_16, var_19, adj_16, adj_19);
        wp::adj_sub(var_17, var_18, adj_14, adj_15, adj_16);
        adj_2.pos += adj_15;
        adj_2.goal += adj_14;
        // adj: if wp.length(a.goal - a.pos) < a.radius:                                          <L 76>
        adj_2.pos += adj_13;
        wp::adj_add(var_12, var_9, adj_7, adj_9, adj_11);
        wp::adj_mul(var_10, var_dt, adj_8, adj_dt, adj_9);
        adj_2.vel += adj_8;
        adj_2.pos += adj_7;
        // adj: a.pos = a.pos + a.vel * dt                                                        <L 75>
        adj_2.vel += adj_5;
        wp::adj_address(var_new_vel, var_0, adj_new_vel, adj_0, adj_4);
        // adj: a.vel = new_vel[i]                                                                <L 74>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_agents, var_0, adj_agents, adj_0, adj_1);
        // adj: a = agents[i]                                                                     <L 73>
        // adj: i = wp.tid()                                                                      <L 72>
        // adj: def advance(agents: wp.array(dtype=Agent), new_vel: wp.array(dtype=wp.vec2), dt: float, arrived: wp.array(dtype=int)):  <L 71>
        continue;
    }
}

