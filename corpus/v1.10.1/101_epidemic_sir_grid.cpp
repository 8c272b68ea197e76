
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


struct DiseaseParams_08a527f2
{
    wp::float32 beta;
    wp::float32 gamma;
    wp::float32 mortality;
    wp::float32 immunity_loss;
    wp::int32 radius;


    DiseaseParams_08a527f2() = default;
    CUDA_CALLABLE DiseaseParams_08a527f2(wp::float32 const& beta,
    wp::float32 const& gamma = {},
    wp::float32 const& mortality = {},
    wp::float32 const& immunity_loss = {},
    wp::int32 const& radius = {})
        : beta{beta}
        , gamma{gamma}
        , mortality{mortality}
        , immunity_loss{immunity_loss}
        , radius{radius}

    {
    }

    CUDA_CALLABLE DiseaseParams_08a527f2& operator += (const DiseaseParams_08a527f2& rhs)
    {    beta += rhs.beta;
    gamma += rhs.gamma;
    mortality += rhs.mortality;
    immunity_loss += rhs.immunity_loss;
    radius += rhs.radius;

        return *this;}

};

static CUDA_CALLABLE void adj_DiseaseParams_08a527f2(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::float32 & adj_beta,
    wp::float32 & adj_gamma,
    wp::float32 & adj_mortality,
    wp::float32 & adj_immunity_loss,
    wp::int32 & adj_radius,
    DiseaseParams_08a527f2 & adj_ret)
{
    adj_beta += adj_ret.beta;
    adj_gamma += adj_ret.gamma;
    adj_mortality += adj_ret.mortality;
    adj_immunity_loss += adj_ret.immunity_loss;
    adj_radius += adj_ret.radius;
}

// Required when compiling adjoints.
CUDA_CALLABLE DiseaseParams_08a527f2 add(const DiseaseParams_08a527f2& a, const DiseaseParams_08a527f2& b)
{
    return DiseaseParams_08a527f2();
}

CUDA_CALLABLE void adj_atomic_add(DiseaseParams_08a527f2* p, DiseaseParams_08a527f2 t)
{
    wp::adj_atomic_add(&p->beta, t.beta);
    wp::adj_atomic_add(&p->gamma, t.gamma);
    wp::adj_atomic_add(&p->mortality, t.mortality);
    wp::adj_atomic_add(&p->immunity_loss, t.immunity_loss);
    wp::adj_atomic_add(&p->radius, t.radius);
}



struct Agent_cc3a7576
{
    wp::vec_t<2, wp::float32> pos;
    wp::vec_t<2, wp::float32> vel;
    wp::int32 state;
    wp::int32 timer;
    wp::vec_t<2, wp::float32> home;


    Agent_cc3a7576() = default;
    CUDA_CALLABLE Agent_cc3a7576(wp::vec_t<2, wp::float32> const& pos,
    wp::vec_t<2, wp::float32> const& vel = {},
    wp::int32 const& state = {},
    wp::int32 const& timer = {},
    wp::vec_t<2, wp::float32> const& home = {})
        : pos{pos}
        , vel{vel}
        , state{state}
        , timer{timer}
        , home{home}

    {
    }

    CUDA_CALLABLE Agent_cc3a7576& operator += (const Agent_cc3a7576& rhs)
    {    pos += rhs.pos;
    vel += rhs.vel;
    state += rhs.state;
    timer += rhs.timer;
    home += rhs.home;

        return *this;}

};

static CUDA_CALLABLE void adj_Agent_cc3a7576(wp::vec_t<2, wp::float32> const&,
    wp::vec_t<2, wp::float32> const&,
    wp::int32 const&,
    wp::int32 const&,
    wp::vec_t<2, wp::float32> const&,
    wp::vec_t<2, wp::float32> & adj_pos,
    wp::vec_t<2, wp::float32> & adj_vel,
    wp::int32 & adj_state,
    wp::int32 & adj_timer,
    wp::vec_t<2, wp::float32> & adj_home,
    Agent_cc3a7576 & adj_ret)
{
    adj_pos += adj_ret.pos;
    adj_vel += adj_ret.vel;
    adj_state += adj_ret.state;
    adj_timer += adj_ret.timer;
    adj_home += adj_ret.home;
}

// Required when compiling adjoints.
CUDA_CALLABLE Agent_cc3a7576 add(const Agent_cc3a7576& a, const Agent_cc3a7576& b)
{
    return Agent_cc3a7576();
}

CUDA_CALLABLE void adj_atomic_add(Agent_cc3a7576* p, Agent_cc3a7576 t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->vel, t.vel);
    wp::adj_atomic_add(&p->state, t.state);
    wp::adj_atomic_add(&p->timer, t.timer);
    wp::adj_atomic_add(&p->home, t.home);
}



// corpus/101_epidemic_sir_grid.py:18
static wp::int32 infected_neighbors_0(
    wp::array_t<wp::int8> var_state,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_radius)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::range_t var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 0;
    bool var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    bool var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 0;
    bool var_28;
    const wp::int32 var_29 = 0;
    bool var_30;
    bool var_31;
    bool var_32;
    bool var_33;
    wp::int8* var_34;
    wp::int32 var_35;
    wp::int8 var_36;
    const wp::int32 var_37 = 1;
    bool var_38;
    const wp::int32 var_39 = 1;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::int32 var_42;
    //---------
    // forward
    // def infected_neighbors(state: wp.array2d(dtype=wp.int8), i: int, j: int, radius: int) -> int:       <L 19>
    // n = int(0)                                                                             <L 20>
    var_1 = wp::int(var_0);
    // h = state.shape[0]                                                                     <L 21>
    var_2 = &(var_state.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // w = state.shape[1]                                                                     <L 22>
    var_6 = &(var_state.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // for di in range(-radius, radius + 1):                                                  <L 23>
    var_10 = wp::neg(var_radius);
    var_12 = wp::add(var_radius, var_11);
    var_13 = wp::range(var_10, var_12);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
        // for dj in range(-radius, radius + 1):                                              <L 24>
        var_15 = wp::neg(var_radius);
        var_17 = wp::add(var_radius, var_16);
        var_18 = wp::range(var_15, var_17);
        start_for_2:;
            if (iter_cmp(var_18) == 0) goto end_for_2;
            var_19 = wp::iter_next(var_18);
            // if di == 0 and dj == 0:                                                        <L 25>
            var_21 = (var_14 == var_20);
            var_23 = (var_19 == var_22);
            var_24 = var_21 && var_23;
            if (var_24) {
                // continue                                                                   <L 26>
                goto start_for_2;
            }
            // ii = i + di                                                                    <L 27>
            var_25 = wp::add(var_i, var_14);
            // jj = j + dj                                                                    <L 28>
            var_26 = wp::add(var_j, var_19);
            // if ii < 0 or jj < 0 or ii >= h or jj >= w:                                     <L 29>
            var_28 = (var_25 < var_27);
            var_30 = (var_26 < var_29);
            var_31 = (var_25 >= var_4);
            var_32 = (var_26 >= var_8);
            var_33 = var_28 || var_30 || var_31 || var_32;
            if (var_33) {
                // continue                                                                   <L 30>
                goto start_for_2;
            }
            // if int(state[ii, jj]) == INFECTED:                                             <L 31>
            var_34 = wp::address(var_state, var_25, var_26);
            var_36 = wp::load(var_34);
            var_35 = wp::int(var_36);
            var_38 = (var_35 == var_37);
            if (var_38) {
                // n += 1                                                                     <L 32>
                var_41 = wp::add(var_1, var_40);
            }
            var_42 = wp::where(var_38, var_41, var_1);
            wp::assign(var_1, var_42);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // return n                                                                               <L 33>
    return var_1;
}


// corpus/101_epidemic_sir_grid.py:18
static void adj_infected_neighbors_0(
    wp::array_t<wp::int8> var_state,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_radius,
    wp::array_t<wp::int8> & adj_state,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_radius,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::range_t var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 0;
    bool var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    bool var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 0;
    bool var_28;
    const wp::int32 var_29 = 0;
    bool var_30;
    bool var_31;
    bool var_32;
    bool var_33;
    wp::int8* var_34;
    wp::int32 var_35;
    wp::int8 var_36;
    const wp::int32 var_37 = 1;
    bool var_38;
    const wp::int32 var_39 = 1;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::int32 var_42;
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
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::range_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::range_t adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    bool adj_28 = {};
    wp::int32 adj_29 = {};
    bool adj_30 = {};
    bool adj_31 = {};
    bool adj_32 = {};
    bool adj_33 = {};
    wp::int8 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int8 adj_36 = {};
    wp::int32 adj_37 = {};
    bool adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    //---------
    // forward
    // def infected_neighbors(state: wp.array2d(dtype=wp.int8), i: int, j: int, radius: int) -> int:       <L 19>
    // n = int(0)                                                                             <L 20>
    var_1 = wp::int(var_0);
    // h = state.shape[0]                                                                     <L 21>
    var_2 = &(var_state.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // w = state.shape[1]                                                                     <L 22>
    var_6 = &(var_state.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // for di in range(-radius, radius + 1):                                                  <L 23>
    var_10 = wp::neg(var_radius);
    var_12 = wp::add(var_radius, var_11);
    var_13 = wp::range(var_10, var_12);
    // return n                                                                               <L 33>
    goto label4;
    //---------
    // reverse
    label4:;
    adj_1 += adj_ret;
    // adj: return n                                                                          <L 33>
    var_13 = wp::iter_reverse(var_13);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
        // for dj in range(-radius, radius + 1):                                              <L 24>
        var_15 = wp::neg(var_radius);
        var_17 = wp::add(var_radius, var_16);
        var_18 = wp::range(var_15, var_17);
        var_18 = wp::iter_reverse(var_18);
        start_for_2:;
            if (iter_cmp(var_18) == 0) goto end_for_2;
            var_19 = wp::iter_next(var_18);
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
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
            // if di == 0 and dj == 0:                                                        <L 25>
            var_21 = (var_14 == var_20);
            var_23 = (var_19 == var_22);
            var_24 = var_21 && var_23;
            if (var_24) {
                // continue                                                                   <L 26>
                goto start_for_2;
            }
            // ii = i + di                                                                    <L 27>
            var_25 = wp::add(var_i, var_14);
            // jj = j + dj                                                                    <L 28>
            var_26 = wp::add(var_j, var_19);
            // if ii < 0 or jj < 0 or ii >= h or jj >= w:                                     <L 29>
            var_28 = (var_25 < var_27);
            var_30 = (var_26 < var_29);
            var_31 = (var_25 >= var_4);
            var_32 = (var_26 >= var_8);
            var_33 = var_28 || var_30 || var_31 || var_32;
            if (var_33) {
                // continue                                                                   <L 30>
                goto start_for_2;
            }
            // if int(state[ii, jj]) == INFECTED:                                             <L 31>
            var_34 = wp::address(var_state, var_25, var_26);
            var_36 = wp::load(var_34);
            var_35 = wp::int(var_36);
            var_38 = (var_35 == var_37);
            if (var_38) {
                // n += 1                                                                     <L 32>
                var_41 = wp::add(var_1, var_40);
            }
            var_42 = wp::where(var_38, var_41, var_1);
            wp::assign(var_1, var_42);
            wp::adj_assign(var_1, var_42, adj_1, adj_42);
            wp::adj_where(var_38, var_41, var_1, adj_38, adj_41, adj_1, adj_42);
            if (var_38) {
                wp::adj_add(var_1, var_40, adj_1, adj_40, adj_41);
                // adj: n += 1                                                                <L 32>
            }
            wp::adj_int(var_36, adj_34, adj_35);
            wp::adj_address(var_state, var_25, var_26, adj_state, adj_25, adj_26, adj_34);
            // adj: if int(state[ii, jj]) == INFECTED:                                        <L 31>
            if (var_33) {
                // adj: continue                                                              <L 30>
            }
            // adj: if ii < 0 or jj < 0 or ii >= h or jj >= w:                                <L 29>
            wp::adj_add(var_j, var_19, adj_j, adj_19, adj_26);
            // adj: jj = j + dj                                                               <L 28>
            wp::adj_add(var_i, var_14, adj_i, adj_14, adj_25);
            // adj: ii = i + di                                                               <L 27>
            if (var_24) {
                // adj: continue                                                              <L 26>
            }
            // adj: if di == 0 and dj == 0:                                                   <L 25>
        	goto start_for_2;
        end_for_2:;
        wp::adj_range(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_add(var_radius, var_16, adj_radius, adj_16, adj_17);
        wp::adj_neg(var_radius, adj_radius, adj_15);
        // adj: for dj in range(-radius, radius + 1):                                         <L 24>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_add(var_radius, var_11, adj_radius, adj_11, adj_12);
    wp::adj_neg(var_radius, adj_radius, adj_10);
    // adj: for di in range(-radius, radius + 1):                                             <L 23>
    wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
    adj_state.shape = adj_6;
    // adj: w = state.shape[1]                                                                <L 22>
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    adj_state.shape = adj_2;
    // adj: h = state.shape[0]                                                                <L 21>
    wp::adj_int(var_0, adj_0, adj_1);
    // adj: n = int(0)                                                                        <L 20>
    // adj: def infected_neighbors(state: wp.array2d(dtype=wp.int8), i: int, j: int, radius: int) -> int:  <L 19>
    return;
}

struct wp_args_sir_step_9d1d5e3a {
    wp::array_t<wp::int8> state;
    wp::array_t<wp::int8> next_state;
    wp::array_t<wp::int16> days_sick;
    DiseaseParams_08a527f2 params;
    wp::int32 seed;
    wp::int32 day;
    wp::array_t<wp::int32> counts;
};


void sir_step_9d1d5e3a_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sir_step_9d1d5e3a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_state = _wp_args->state;
    wp::array_t<wp::int8> var_next_state = _wp_args->next_state;
    wp::array_t<wp::int16> var_days_sick = _wp_args->days_sick;
    DiseaseParams_08a527f2 var_params = _wp_args->params;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_day = _wp_args->day;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int8* var_2;
    wp::int32 var_3;
    wp::int8 var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::uint32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    wp::int32* var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::float32 var_24 = 1.0;
    const wp::float32 var_25 = 1.0;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    bool var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    const wp::int32 var_36 = 0;
    wp::int16 var_37;
    wp::int32 var_38;
    wp::int32 var_39;
    bool var_40;
    wp::int16* var_41;
    const wp::int32 var_42 = 1;
    wp::int16 var_43;
    wp::int16 var_44;
    wp::int16 var_45;
    wp::float32 var_46;
    wp::float32* var_47;
    bool var_48;
    wp::float32 var_49;
    const wp::int32 var_50 = 3;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::float32* var_53;
    wp::float32* var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    bool var_58;
    const wp::int32 var_59 = 2;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::int32 var_62;
    wp::int32 var_63;
    bool var_64;
    wp::float32 var_65;
    wp::float32* var_66;
    bool var_67;
    wp::float32 var_68;
    wp::int32 var_69;
    wp::int32 var_70;
    wp::int32 var_71;
    wp::int32 var_72;
    wp::int32 var_73;
    wp::int8 var_74;
    const wp::int32 var_75 = 1;
    wp::int32 var_76;
    //---------
    // forward
    // def sir_step(state: wp.array2d(dtype=wp.int8), next_state: wp.array2d(dtype=wp.int8), days_sick: wp.array2d(dtype=wp.int16), params: DiseaseParams, seed: int, day: int, counts: wp.array(dtype=int)):       <L 37>
    // i, j = wp.tid()                                                                        <L 38>
    builtin_tid2d(var_0, var_1);
    // s = int(state[i, j])                                                                   <L 39>
    var_2 = wp::address(var_state, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    // rng = wp.rand_init(seed, (day * state.shape[0] + i) * state.shape[1] + j)              <L 40>
    var_5 = &(var_state.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::mul(var_day, var_7);
    var_10 = wp::add(var_9, var_0);
    var_11 = &(var_state.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_15 = wp::mul(var_10, var_13);
    var_16 = wp::add(var_15, var_1);
    var_17 = wp::rand_init(var_seed, var_16);
    // ns = s                                                                                 <L 41>
    var_18 = wp::copy(var_3);
    // if s == SUSCEPTIBLE:                                                                   <L 42>
    var_20 = (var_3 == var_19);
    if (var_20) {
        // k = infected_neighbors(state, i, j, params.radius)                                 <L 43>
        var_21 = &(var_params.radius);
        var_23 = wp::load(var_21);
        var_22 = infected_neighbors_0(var_state, var_0, var_1, var_23);
        // p_inf = 1.0 - wp.pow(1.0 - params.beta, float(k))                                  <L 44>
        var_26 = &(var_params.beta);
        var_28 = wp::load(var_26);
        var_27 = wp::sub(var_25, var_28);
        var_29 = wp::float(var_22);
        var_30 = wp::pow(var_27, var_29);
        var_31 = wp::sub(var_24, var_30);
        // if wp.randf(rng) < p_inf:                                                          <L 45>
        var_32 = wp::randf(var_17);
        var_33 = (var_32 < var_31);
        if (var_33) {
            // ns = INFECTED                                                                  <L 46>
            var_35 = wp::copy(var_34);
            // days_sick[i, j] = wp.int16(0)                                                  <L 47>
            var_37 = wp::int16(var_36);
            wp::array_store(var_days_sick, var_0, var_1, var_37);
        }
        var_38 = wp::where(var_33, var_35, var_18);
    }
    var_39 = wp::where(var_20, var_38, var_18);
    if (!var_20) {
        // elif s == INFECTED:                                                                <L 48>
        var_40 = (var_3 == var_34);
        if (var_40) {
            // d = days_sick[i, j] + wp.int16(1)                                              <L 49>
            var_41 = wp::address(var_days_sick, var_0, var_1);
            var_43 = wp::int16(var_42);
            var_45 = wp::load(var_41);
            var_44 = wp::add(var_45, var_43);
            // days_sick[i, j] = d                                                            <L 50>
            wp::array_store(var_days_sick, var_0, var_1, var_44);
            // u = wp.randf(rng)                                                              <L 51>
            var_46 = wp::randf(var_17);
            // if u < params.mortality:                                                       <L 52>
            var_47 = &(var_params.mortality);
            var_49 = wp::load(var_47);
            var_48 = (var_46 < var_49);
            if (var_48) {
                // ns = DEAD                                                                  <L 53>
                var_51 = wp::copy(var_50);
            }
            var_52 = wp::where(var_48, var_51, var_39);
            if (!var_48) {
                // elif u < params.mortality + params.gamma:                                  <L 54>
                var_53 = &(var_params.mortality);
                var_54 = &(var_params.gamma);
                var_56 = wp::load(var_53);
                var_57 = wp::load(var_54);
                var_55 = wp::add(var_56, var_57);
                var_58 = (var_46 < var_55);
                if (var_58) {
                    // ns = RECOVERED                                                         <L 55>
                    var_60 = wp::copy(var_59);
                }
                var_61 = wp::where(var_58, var_60, var_52);
            }
            var_62 = wp::where(var_48, var_52, var_61);
        }
        var_63 = wp::where(var_40, var_62, var_39);
        if (!var_40) {
            // elif s == RECOVERED:                                                           <L 56>
            var_64 = (var_3 == var_59);
            if (var_64) {
                // if wp.randf(rng) < params.immunity_loss:                                   <L 57>
                var_65 = wp::randf(var_17);
                var_66 = &(var_params.immunity_loss);
                var_68 = wp::load(var_66);
                var_67 = (var_65 < var_68);
                if (var_67) {
                    // ns = SUSCEPTIBLE                                                       <L 58>
                    var_69 = wp::copy(var_19);
                }
                var_70 = wp::where(var_67, var_69, var_63);
            }
            var_71 = wp::where(var_64, var_70, var_63);
        }
        var_72 = wp::where(var_40, var_63, var_71);
    }
    var_73 = wp::where(var_20, var_39, var_72);
    // next_state[i, j] = wp.int8(ns)                                                         <L 59>
    var_74 = wp::int8(var_73);
    wp::array_store(var_next_state, var_0, var_1, var_74);
    // wp.atomic_add(counts, ns, 1)                                                           <L 60>
    var_76 = wp::atomic_add(var_counts, var_73, var_75);
}



void sir_step_9d1d5e3a_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sir_step_9d1d5e3a *_wp_args,
    wp_args_sir_step_9d1d5e3a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_state = _wp_args->state;
    wp::array_t<wp::int8> var_next_state = _wp_args->next_state;
    wp::array_t<wp::int16> var_days_sick = _wp_args->days_sick;
    DiseaseParams_08a527f2 var_params = _wp_args->params;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_day = _wp_args->day;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int8> adj_state = _wp_adj_args->state;
    wp::array_t<wp::int8> adj_next_state = _wp_adj_args->next_state;
    wp::array_t<wp::int16> adj_days_sick = _wp_adj_args->days_sick;
    DiseaseParams_08a527f2 adj_params = _wp_adj_args->params;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::int32 adj_day = _wp_adj_args->day;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int8* var_2;
    wp::int32 var_3;
    wp::int8 var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::uint32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    wp::int32* var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::float32 var_24 = 1.0;
    const wp::float32 var_25 = 1.0;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    bool var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    const wp::int32 var_36 = 0;
    wp::int16 var_37;
    wp::int32 var_38;
    wp::int32 var_39;
    bool var_40;
    wp::int16* var_41;
    const wp::int32 var_42 = 1;
    wp::int16 var_43;
    wp::int16 var_44;
    wp::int16 var_45;
    wp::float32 var_46;
    wp::float32* var_47;
    bool var_48;
    wp::float32 var_49;
    const wp::int32 var_50 = 3;
    wp::int32 var_51;
    wp::int32 var_52;
    wp::float32* var_53;
    wp::float32* var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    bool var_58;
    const wp::int32 var_59 = 2;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::int32 var_62;
    wp::int32 var_63;
    bool var_64;
    wp::float32 var_65;
    wp::float32* var_66;
    bool var_67;
    wp::float32 var_68;
    wp::int32 var_69;
    wp::int32 var_70;
    wp::int32 var_71;
    wp::int32 var_72;
    wp::int32 var_73;
    wp::int8 var_74;
    const wp::int32 var_75 = 1;
    wp::int32 var_76;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int8 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int8 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::uint32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int16 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    bool adj_40 = {};
    wp::int16 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int16 adj_43 = {};
    wp::int16 adj_44 = {};
    wp::int16 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    bool adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    bool adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    bool adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    bool adj_67 = {};
    wp::float32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int8 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    //---------
    // forward
    // def sir_step(state: wp.array2d(dtype=wp.int8), next_state: wp.array2d(dtype=wp.int8), days_sick: wp.array2d(dtype=wp.int16), params: DiseaseParams, seed: int, day: int, counts: wp.array(dtype=int)):       <L 37>
    // i, j = wp.tid()                                                                        <L 38>
    builtin_tid2d(var_0, var_1);
    // s = int(state[i, j])                                                                   <L 39>
    var_2 = wp::address(var_state, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    // rng = wp.rand_init(seed, (day * state.shape[0] + i) * state.shape[1] + j)              <L 40>
    var_5 = &(var_state.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::mul(var_day, var_7);
    var_10 = wp::add(var_9, var_0);
    var_11 = &(var_state.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    var_15 = wp::mul(var_10, var_13);
    var_16 = wp::add(var_15, var_1);
    var_17 = wp::rand_init(var_seed, var_16);
    // ns = s                                                                                 <L 41>
    var_18 = wp::copy(var_3);
    // if s == SUSCEPTIBLE:                                                                   <L 42>
    var_20 = (var_3 == var_19);
    if (var_20) {
        // k = infected_neighbors(state, i, j, params.radius)                                 <L 43>
        var_21 = &(var_params.radius);
        var_23 = wp::load(var_21);
        var_22 = infected_neighbors_0(var_state, var_0, var_1, var_23);
        // p_inf = 1.0 - wp.pow(1.0 - params.beta, float(k))                                  <L 44>
        var_26 = &(var_params.beta);
        var_28 = wp::load(var_26);
        var_27 = wp::sub(var_25, var_28);
        var_29 = wp::float(var_22);
        var_30 = wp::pow(var_27, var_29);
        var_31 = wp::sub(var_24, var_30);
        // if wp.randf(rng) < p_inf:                                                          <L 45>
        var_32 = wp::randf(var_17);
        var_33 = (var_32 < var_31);
        if (var_33) {
            // ns = INFECTED                                                                  <L 46>
            var_35 = wp::copy(var_34);
            // days_sick[i, j] = wp.int16(0)                                                  <L 47>
            var_37 = wp::int16(var_36);
            // wp::array_store(var_days_sick, var_0, var_1, var_37);
        }
        var_38 = wp::where(var_33, var_35, var_18);
    }
    var_39 = wp::where(var_20, var_38, var_18);
    if (!var_20) {
        // elif s == INFECTED:                                                                <L 48>
        var_40 = (var_3 == var_34);
        if (var_40) {
            // d = days_sick[i, j] + wp.int16(1)                                              <L 49>
            var_41 = wp::address(var_days_sick, var_0, var_1);
            var_43 = wp::int16(var_42);
            var_45 = wp::load(var_41);
            var_44 = wp::add(var_45, var_43);
            // days_sick[i, j] = d                                                            <L 50>
            // wp::array_store(var_days_sick, var_0, var_1, var_44);
            // u = wp.randf(rng)                                                              <L 51>
            var_46 = wp::randf(var_17);
            // if u < params.mortality:                                                       <L 52>
            var_47 = &(var_params.mortality);
            var_49 = wp::load(var_47);
            var_48 = (var_46 < var_49);
            if (var_48) {
                // ns = DEAD                                                                  <L 53>
                var_51 = wp::copy(var_50);
            }
            var_52 = wp::where(var_48, var_51, var_39);
            if (!var_48) {
                // elif u < params.mortality + params.gamma:                                  <L 54>
                var_53 = &(var_params.mortality);
                var_54 = &(var_params.gamma);
                var_56 = wp::load(var_53);
                var_57 = wp::load(var_54);
                var_55 = wp::add(var_56, var_57);
                var_58 = (var_46 < var_55);
                if (var_58) {
                    // ns = RECOVERED                                                         <L 55>
                    var_60 = wp::copy(var_59);
                }
                var_61 = wp::where(var_58, var_60, var_52);
            }
            var_62 = wp::where(var_48, var_52, var_61);
        }
        var_63 = wp::where(var_40, var_62, var_39);
        if (!var_40) {
            // elif s == RECOVERED:                                                           <L 56>
            var_64 = (var_3 == var_59);
            if (var_64) {
                // if wp.randf(rng) < params.immunity_loss:                                   <L 57>
                var_65 = wp::randf(var_17);
                var_66 = &(var_params.immunity_loss);
                var_68 = wp::load(var_66);
                var_67 = (var_65 < var_68);
                if (var_67) {
                    // ns = SUSCEPTIBLE                                                       <L 58>
                    var_69 = wp::copy(var_19);
                }
                var_70 = wp::where(var_67, var_69, var_63);
            }
            var_71 = wp::where(var_64, var_70, var_63);
        }
        var_72 = wp::where(var_40, var_63, var_71);
    }
    var_73 = wp::where(var_20, var_39, var_72);
    // next_state[i, j] = wp.int8(ns)                                                         <L 59>
    var_74 = wp::int8(var_73);
    // wp::array_store(var_next_state, var_0, var_1, var_74);
    // wp.atomic_add(counts, ns, 1)                                                           <L 60>
    // var_76 = wp::atomic_add(var_counts, var_73, var_75);
    //---------
    // reverse
    wp::adj_atomic_add(var_counts, var_73, var_75, adj_counts, adj_73, adj_75, adj_76);
    // adj: wp.atomic_add(counts, ns, 1)                                                      <L 60>
    wp::adj_array_store(var_next_state, var_0, var_1, var_74, adj_next_state, adj_0, adj_1, adj_74);
    wp::adj_int8(var_73, adj_73, adj_74);
    // adj: next_state[i, j] = wp.int8(ns)                                                    <L 59>
    wp::adj_where(var_20, var_39, var_72, adj_20, adj_39, adj_72, adj_73);
    if (!var_20) {
        wp::adj_where(var_40, var_63, var_71, adj_40, adj_63, adj_71, adj_72);
        if (!var_40) {
            wp::adj_where(var_64, var_70, var_63, adj_64, adj_70, adj_63, adj_71);
            if (var_64) {
                wp::adj_where(var_67, var_69, var_63, adj_67, adj_69, adj_63, adj_70);
                if (var_67) {
                    wp::adj_copy(var_19, adj_19, adj_69);
                    // adj: ns = SUSCEPTIBLE                                                  <L 58>
                }
                adj_params.immunity_loss += adj_66;
                // adj: if wp.randf(rng) < params.immunity_loss:                              <L 57>
            }
            // adj: elif s == RECOVERED:                                                      <L 56>
        }
        wp::adj_where(var_40, var_62, var_39, adj_40, adj_62, adj_39, adj_63);
        if (var_40) {
            wp::adj_where(var_48, var_52, var_61, adj_48, adj_52, adj_61, adj_62);
            if (!var_48) {
                wp::adj_where(var_58, var_60, var_52, adj_58, adj_60, adj_52, adj_61);
                if (var_58) {
                    wp::adj_copy(var_59, adj_59, adj_60);
                    // adj: ns = RECOVERED                                                    <L 55>
                }
                wp::adj_add(var_56, var_57, adj_53, adj_54, adj_55);
                adj_params.gamma += adj_54;
                adj_params.mortality += adj_53;
                // adj: elif u < params.mortality + params.gamma:                             <L 54>
            }
            wp::adj_where(var_48, var_51, var_39, adj_48, adj_51, adj_39, adj_52);
            if (var_48) {
                wp::adj_copy(var_50, adj_50, adj_51);
                // adj: ns = DEAD                                                             <L 53>
            }
            adj_params.mortality += adj_47;
            // adj: if u < params.mortality:                                                  <L 52>
            // adj: u = wp.randf(rng)                                                         <L 51>
            wp::adj_array_store(var_days_sick, var_0, var_1, var_44, adj_days_sick, adj_0, adj_1, adj_44);
            // adj: days_sick[i, j] = d                                                       <L 50>
            wp::adj_add(var_45, var_43, adj_41, adj_43, adj_44);
            wp::adj_int16(var_42, adj_42, adj_43);
            wp::adj_address(var_days_sick, var_0, var_1, adj_days_sick, adj_0, adj_1, adj_41);
            // adj: d = days_sick[i, j] + wp.int16(1)                                         <L 49>
        }
        // adj: elif s == INFECTED:                                                           <L 48>
    }
    wp::adj_where(var_20, var_38, var_18, adj_20, adj_38, adj_18, adj_39);
    if (var_20) {
        wp::adj_where(var_33, var_35, var_18, adj_33, adj_35, adj_18, adj_38);
        if (var_33) {
            wp::adj_array_store(var_days_sick, var_0, var_1, var_37, adj_days_sick, adj_0, adj_1, adj_37);
            wp::adj_int16(var_36, adj_36, adj_37);
            // adj: days_sick[i, j] = wp.int16(0)                                             <L 47>
            wp::adj_copy(var_34, adj_34, adj_35);
            // adj: ns = INFECTED                                                             <L 46>
        }
        // adj: if wp.randf(rng) < p_inf:                                                     <L 45>
        wp::adj_sub(var_24, var_30, adj_24, adj_30, adj_31);
        wp::adj_pow(var_27, var_29, var_30, adj_27, adj_29, adj_30);
        wp::adj_float(var_22, adj_22, adj_29);
        wp::adj_sub(var_25, var_28, adj_25, adj_26, adj_27);
        adj_params.beta += adj_26;
        // adj: p_inf = 1.0 - wp.pow(1.0 - params.beta, float(k))                             <L 44>
        adj_infected_neighbors_0(var_state, var_0, var_1, var_23, adj_state, adj_0, adj_1, adj_21, adj_22);
        adj_params.radius = adj_21;
        // adj: k = infected_neighbors(state, i, j, params.radius)                            <L 43>
    }
    // adj: if s == SUSCEPTIBLE:                                                              <L 42>
    wp::adj_copy(var_3, adj_3, adj_18);
    // adj: ns = s                                                                            <L 41>
    wp::adj_add(var_15, var_1, adj_15, adj_1, adj_16);
    wp::adj_mul(var_10, var_13, adj_10, adj_13, adj_15);
    wp::adj_extract(var_14, var_12, adj_11, adj_12, adj_13);
    adj_state.shape = adj_11;
    wp::adj_add(var_9, var_0, adj_9, adj_0, adj_10);
    wp::adj_mul(var_day, var_7, adj_day, adj_7, adj_9);
    wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
    adj_state.shape = adj_5;
    // adj: rng = wp.rand_init(seed, (day * state.shape[0] + i) * state.shape[1] + j)         <L 40>
    wp::adj_int(var_4, adj_2, adj_3);
    wp::adj_address(var_state, var_0, var_1, adj_state, adj_0, adj_1, adj_2);
    // adj: s = int(state[i, j])                                                              <L 39>
    // adj: i, j = wp.tid()                                                                   <L 38>
    // adj: def sir_step(state: wp.array2d(dtype=wp.int8), next_state: wp.array2d(dtype=wp.int8), days_sick: wp.array2d(dtype=wp.int16), params: DiseaseParams, seed: int, day: int, counts: wp.array(dtype=int)):  <L 37>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sir_step_9d1d5e3a_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_sir_step_9d1d5e3a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sir_step_9d1d5e3a_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sir_step_9d1d5e3a_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_sir_step_9d1d5e3a *_wp_args,
    wp_args_sir_step_9d1d5e3a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sir_step_9d1d5e3a_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_seed_infections_a3a45f42 {
    wp::array_t<wp::int8> state;
    wp::int32 seed;
    wp::float32 fraction;
};


void seed_infections_a3a45f42_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_seed_infections_a3a45f42 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_state = _wp_args->state;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_fraction = _wp_args->fraction;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::uint32 var_8;
    wp::float32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::int8 var_12;
    const wp::int32 var_13 = 0;
    wp::int8 var_14;
    //---------
    // forward
    // def seed_infections(state: wp.array2d(dtype=wp.int8), seed: int, fraction: float):       <L 64>
    // i, j = wp.tid()                                                                        <L 65>
    builtin_tid2d(var_0, var_1);
    // rng = wp.rand_init(seed, i * state.shape[1] + j)                                       <L 66>
    var_2 = &(var_state.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::mul(var_0, var_4);
    var_7 = wp::add(var_6, var_1);
    var_8 = wp::rand_init(var_seed, var_7);
    // if wp.randf(rng) < fraction:                                                           <L 67>
    var_9 = wp::randf(var_8);
    var_10 = (var_9 < var_fraction);
    if (var_10) {
        // state[i, j] = wp.int8(INFECTED)                                                    <L 68>
        var_12 = wp::int8(var_11);
        wp::array_store(var_state, var_0, var_1, var_12);
    }
    if (!var_10) {
        // state[i, j] = wp.int8(SUSCEPTIBLE)                                                 <L 70>
        var_14 = wp::int8(var_13);
        wp::array_store(var_state, var_0, var_1, var_14);
    }
}



void seed_infections_a3a45f42_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_seed_infections_a3a45f42 *_wp_args,
    wp_args_seed_infections_a3a45f42 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_state = _wp_args->state;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_fraction = _wp_args->fraction;
    wp::array_t<wp::int8> adj_state = _wp_adj_args->state;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_fraction = _wp_adj_args->fraction;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::uint32 var_8;
    wp::float32 var_9;
    bool var_10;
    const wp::int32 var_11 = 1;
    wp::int8 var_12;
    const wp::int32 var_13 = 0;
    wp::int8 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::uint32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int8 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int8 adj_14 = {};
    //---------
    // forward
    // def seed_infections(state: wp.array2d(dtype=wp.int8), seed: int, fraction: float):       <L 64>
    // i, j = wp.tid()                                                                        <L 65>
    builtin_tid2d(var_0, var_1);
    // rng = wp.rand_init(seed, i * state.shape[1] + j)                                       <L 66>
    var_2 = &(var_state.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::mul(var_0, var_4);
    var_7 = wp::add(var_6, var_1);
    var_8 = wp::rand_init(var_seed, var_7);
    // if wp.randf(rng) < fraction:                                                           <L 67>
    var_9 = wp::randf(var_8);
    var_10 = (var_9 < var_fraction);
    if (var_10) {
        // state[i, j] = wp.int8(INFECTED)                                                    <L 68>
        var_12 = wp::int8(var_11);
        // wp::array_store(var_state, var_0, var_1, var_12);
    }
    if (!var_10) {
        // state[i, j] = wp.int8(SUSCEPTIBLE)                                                 <L 70>
        var_14 = wp::int8(var_13);
        // wp::array_store(var_state, var_0, var_1, var_14);
    }
    //---------
    // reverse
    if (!var_10) {
        wp::adj_array_store(var_state, var_0, var_1, var_14, adj_state, adj_0, adj_1, adj_14);
        wp::adj_int8(var_13, adj_13, adj_14);
        // adj: state[i, j] = wp.int8(SUSCEPTIBLE)                                            <L 70>
    }
    if (var_10) {
        wp::adj_array_store(var_state, var_0, var_1, var_12, adj_state, adj_0, adj_1, adj_12);
        wp::adj_int8(var_11, adj_11, adj_12);
        // adj: state[i, j] = wp.int8(INFECTED)                                               <L 68>
    }
    // adj: if wp.randf(rng) < fraction:                                                      <L 67>
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_7);
    wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_6);
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    adj_state.shape = adj_2;
    // adj: rng = wp.rand_init(seed, i * state.shape[1] + j)                                  <L 66>
    // adj: i, j = wp.tid()                                                                   <L 65>
    // adj: def seed_infections(state: wp.array2d(dtype=wp.int8), seed: int, fraction: float):  <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void seed_infections_a3a45f42_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_seed_infections_a3a45f42 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        seed_infections_a3a45f42_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void seed_infections_a3a45f42_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_seed_infections_a3a45f42 *_wp_args,
    wp_args_seed_infections_a3a45f42 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        seed_infections_a3a45f42_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_sick_duration_histogram_1255049d {
    wp::array_t<wp::int8> state;
    wp::array_t<wp::int16> days_sick;
    wp::array_t<wp::int32> hist;
};


void sick_duration_histogram_1255049d_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sick_duration_histogram_1255049d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_state = _wp_args->state;
    wp::array_t<wp::int16> var_days_sick = _wp_args->days_sick;
    wp::array_t<wp::int32> var_hist = _wp_args->hist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int8* var_2;
    wp::int32 var_3;
    wp::int8 var_4;
    const wp::int32 var_5 = 1;
    bool var_6;
    wp::int16* var_7;
    wp::int32 var_8;
    wp::int16 var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::shape_t var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    //---------
    // forward
    // def sick_duration_histogram(state: wp.array2d(dtype=wp.int8), days_sick: wp.array2d(dtype=wp.int16), hist: wp.array(dtype=int)):       <L 74>
    // i, j = wp.tid()                                                                        <L 75>
    builtin_tid2d(var_0, var_1);
    // if int(state[i, j]) != INFECTED:                                                       <L 76>
    var_2 = wp::address(var_state, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    var_6 = (var_3 != var_5);
    if (var_6) {
        // return                                                                             <L 77>
        return;
    }
    // d = int(days_sick[i, j])                                                               <L 78>
    var_7 = wp::address(var_days_sick, var_0, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::int(var_9);
    // b = wp.min(d, hist.shape[0] - 1)                                                       <L 79>
    var_10 = &(var_hist.shape);
    var_13 = wp::load(var_10);
    var_12 = wp::extract(var_13, var_11);
    var_15 = wp::sub(var_12, var_14);
    var_16 = wp::min(var_8, var_15);
    // hist[b] += 1                                                                           <L 80>
    var_18 = wp::atomic_add(var_hist, var_16, var_17);
}



void sick_duration_histogram_1255049d_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sick_duration_histogram_1255049d *_wp_args,
    wp_args_sick_duration_histogram_1255049d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_state = _wp_args->state;
    wp::array_t<wp::int16> var_days_sick = _wp_args->days_sick;
    wp::array_t<wp::int32> var_hist = _wp_args->hist;
    wp::array_t<wp::int8> adj_state = _wp_adj_args->state;
    wp::array_t<wp::int16> adj_days_sick = _wp_adj_args->days_sick;
    wp::array_t<wp::int32> adj_hist = _wp_adj_args->hist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int8* var_2;
    wp::int32 var_3;
    wp::int8 var_4;
    const wp::int32 var_5 = 1;
    bool var_6;
    wp::int16* var_7;
    wp::int32 var_8;
    wp::int16 var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::shape_t var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int8 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int8 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int16 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int16 adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::shape_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    //---------
    // forward
    // def sick_duration_histogram(state: wp.array2d(dtype=wp.int8), days_sick: wp.array2d(dtype=wp.int16), hist: wp.array(dtype=int)):       <L 74>
    // i, j = wp.tid()                                                                        <L 75>
    builtin_tid2d(var_0, var_1);
    // if int(state[i, j]) != INFECTED:                                                       <L 76>
    var_2 = wp::address(var_state, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::int(var_4);
    var_6 = (var_3 != var_5);
    if (var_6) {
        // return                                                                             <L 77>
        goto label0;
    }
    // d = int(days_sick[i, j])                                                               <L 78>
    var_7 = wp::address(var_days_sick, var_0, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::int(var_9);
    // b = wp.min(d, hist.shape[0] - 1)                                                       <L 79>
    var_10 = &(var_hist.shape);
    var_13 = wp::load(var_10);
    var_12 = wp::extract(var_13, var_11);
    var_15 = wp::sub(var_12, var_14);
    var_16 = wp::min(var_8, var_15);
    // hist[b] += 1                                                                           <L 80>
    // var_18 = wp::atomic_add(var_hist, var_16, var_17);
    //---------
    // reverse
    wp::adj_atomic_add(var_hist, var_16, var_17, adj_hist, adj_16, adj_17, adj_18);
    // adj: hist[b] += 1                                                                      <L 80>
    wp::adj_min(var_8, var_15, adj_8, adj_15, adj_16);
    wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_extract(var_13, var_11, adj_10, adj_11, adj_12);
    adj_hist.shape = adj_10;
    // adj: b = wp.min(d, hist.shape[0] - 1)                                                  <L 79>
    wp::adj_int(var_9, adj_7, adj_8);
    wp::adj_address(var_days_sick, var_0, var_1, adj_days_sick, adj_0, adj_1, adj_7);
    // adj: d = int(days_sick[i, j])                                                          <L 78>
    if (var_6) {
        label0:;
        // adj: return                                                                        <L 77>
    }
    wp::adj_int(var_4, adj_2, adj_3);
    wp::adj_address(var_state, var_0, var_1, adj_state, adj_0, adj_1, adj_2);
    // adj: if int(state[i, j]) != INFECTED:                                                  <L 76>
    // adj: i, j = wp.tid()                                                                   <L 75>
    // adj: def sick_duration_histogram(state: wp.array2d(dtype=wp.int8), days_sick: wp.array2d(dtype=wp.int16), hist: wp.array(dtype=int)):  <L 74>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sick_duration_histogram_1255049d_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_sick_duration_histogram_1255049d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sick_duration_histogram_1255049d_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sick_duration_histogram_1255049d_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_sick_duration_histogram_1255049d *_wp_args,
    wp_args_sick_duration_histogram_1255049d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sick_duration_histogram_1255049d_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_agent_step_b253c9ec {
    wp::array_t<Agent_cc3a7576> agents;
    DiseaseParams_08a527f2 params;
    wp::int32 seed;
    wp::int32 day;
    wp::float32 world;
    wp::float32 contact_radius;
    wp::float32 speed;
    wp::array_t<wp::int32> new_infections;
};


void agent_step_b253c9ec_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_agent_step_b253c9ec *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Agent_cc3a7576> var_agents = _wp_args->agents;
    DiseaseParams_08a527f2 var_params = _wp_args->params;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_day = _wp_args->day;
    wp::float32 var_world = _wp_args->world;
    wp::float32 var_contact_radius = _wp_args->contact_radius;
    wp::float32 var_speed = _wp_args->speed;
    wp::array_t<wp::int32> var_new_infections = _wp_args->new_infections;
    //---------
    // primal vars
    wp::int32 var_0;
    Agent_cc3a7576* var_1;
    Agent_cc3a7576 var_2;
    Agent_cc3a7576 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::uint32 var_10;
    wp::int32* var_11;
    const wp::int32 var_12 = 3;
    bool var_13;
    wp::int32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 2.0;
    const wp::float32 var_17 = 3.141592653589793;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<2, wp::float32>* var_20;
    const wp::float32 var_21 = 0.8;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<2, wp::float32> var_26;
    const wp::float32 var_27 = 0.2;
    wp::float32 var_28;
    wp::vec_t<2, wp::float32> var_29;
    wp::vec_t<2, wp::float32> var_30;
    wp::vec_t<2, wp::float32>* var_31;
    wp::vec_t<2, wp::float32>* var_32;
    wp::vec_t<2, wp::float32>* var_33;
    wp::vec_t<2, wp::float32> var_34;
    wp::vec_t<2, wp::float32> var_35;
    wp::vec_t<2, wp::float32> var_36;
    wp::vec_t<2, wp::float32>* var_37;
    const wp::float32 var_38 = 0.01;
    wp::vec_t<2, wp::float32> var_39;
    wp::vec_t<2, wp::float32> var_40;
    wp::vec_t<2, wp::float32> var_41;
    wp::vec_t<2, wp::float32>* var_42;
    wp::vec_t<2, wp::float32>* var_43;
    wp::vec_t<2, wp::float32>* var_44;
    wp::vec_t<2, wp::float32> var_45;
    wp::vec_t<2, wp::float32> var_46;
    wp::vec_t<2, wp::float32> var_47;
    wp::vec_t<2, wp::float32>* var_48;
    const wp::int32 var_49 = 0;
    wp::vec_t<2, wp::float32>* var_50;
    wp::float32 var_51;
    wp::vec_t<2, wp::float32> var_52;
    const wp::float32 var_53 = 0.0;
    bool var_54;
    wp::vec_t<2, wp::float32>* var_55;
    wp::float32 var_56;
    wp::vec_t<2, wp::float32> var_57;
    wp::float32 var_58;
    wp::vec_t<2, wp::float32>* var_59;
    wp::float32* var_60;
    wp::vec_t<2, wp::float32>* var_61;
    wp::float32 var_62;
    wp::vec_t<2, wp::float32> var_63;
    wp::float32 var_64;
    wp::vec_t<2, wp::float32>* var_65;
    wp::float32* var_66;
    wp::vec_t<2, wp::float32>* var_67;
    wp::float32 var_68;
    wp::vec_t<2, wp::float32> var_69;
    bool var_70;
    const wp::float32 var_71 = 2.0;
    wp::float32 var_72;
    wp::vec_t<2, wp::float32>* var_73;
    wp::float32 var_74;
    wp::vec_t<2, wp::float32> var_75;
    wp::float32 var_76;
    wp::vec_t<2, wp::float32>* var_77;
    wp::float32* var_78;
    wp::vec_t<2, wp::float32>* var_79;
    wp::float32 var_80;
    wp::vec_t<2, wp::float32> var_81;
    wp::float32 var_82;
    wp::vec_t<2, wp::float32>* var_83;
    wp::float32* var_84;
    const wp::int32 var_85 = 1;
    wp::vec_t<2, wp::float32>* var_86;
    wp::float32 var_87;
    wp::vec_t<2, wp::float32> var_88;
    const wp::float32 var_89 = 0.0;
    bool var_90;
    wp::vec_t<2, wp::float32>* var_91;
    wp::float32 var_92;
    wp::vec_t<2, wp::float32> var_93;
    wp::float32 var_94;
    wp::vec_t<2, wp::float32>* var_95;
    wp::float32* var_96;
    wp::vec_t<2, wp::float32>* var_97;
    wp::float32 var_98;
    wp::vec_t<2, wp::float32> var_99;
    wp::float32 var_100;
    wp::vec_t<2, wp::float32>* var_101;
    wp::float32* var_102;
    wp::vec_t<2, wp::float32>* var_103;
    wp::float32 var_104;
    wp::vec_t<2, wp::float32> var_105;
    bool var_106;
    const wp::float32 var_107 = 2.0;
    wp::float32 var_108;
    wp::vec_t<2, wp::float32>* var_109;
    wp::float32 var_110;
    wp::vec_t<2, wp::float32> var_111;
    wp::float32 var_112;
    wp::vec_t<2, wp::float32>* var_113;
    wp::float32* var_114;
    wp::vec_t<2, wp::float32>* var_115;
    wp::float32 var_116;
    wp::vec_t<2, wp::float32> var_117;
    wp::float32 var_118;
    wp::vec_t<2, wp::float32>* var_119;
    wp::float32* var_120;
    wp::int32* var_121;
    const wp::int32 var_122 = 0;
    bool var_123;
    wp::int32 var_124;
    wp::float32 var_125;
    const wp::int32 var_126 = 0;
    wp::int32 var_127;
    wp::shape_t* var_128;
    const wp::int32 var_129 = 0;
    wp::int32 var_130;
    wp::shape_t var_131;
    wp::range_t var_132;
    wp::int32 var_133;
    bool var_134;
    Agent_cc3a7576* var_135;
    Agent_cc3a7576 var_136;
    Agent_cc3a7576 var_137;
    wp::int32* var_138;
    const wp::int32 var_139 = 1;
    bool var_140;
    wp::int32 var_141;
    wp::vec_t<2, wp::float32>* var_142;
    wp::vec_t<2, wp::float32>* var_143;
    wp::vec_t<2, wp::float32> var_144;
    wp::vec_t<2, wp::float32> var_145;
    wp::vec_t<2, wp::float32> var_146;
    wp::float32 var_147;
    bool var_148;
    const wp::int32 var_149 = 1;
    const wp::int32 var_150 = 1;
    wp::int32 var_151;
    const wp::int32 var_152 = 8;
    bool var_153;
    wp::int32 var_154;
    wp::int32 var_155;
    const wp::int32 var_156 = 0;
    bool var_157;
    const wp::float32 var_158 = 1.0;
    const wp::float32 var_159 = 1.0;
    wp::float32* var_160;
    wp::float32 var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    wp::float32 var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    bool var_167;
    wp::int32* var_168;
    const wp::int32 var_169 = 0;
    wp::int32* var_170;
    const wp::int32 var_171 = 0;
    const wp::int32 var_172 = 1;
    wp::int32 var_173;
    wp::int32* var_174;
    bool var_175;
    wp::int32 var_176;
    wp::int32* var_177;
    const wp::int32 var_178 = 1;
    wp::int32 var_179;
    wp::int32 var_180;
    wp::int32* var_181;
    wp::float32 var_182;
    wp::float32* var_183;
    bool var_184;
    wp::float32 var_185;
    wp::int32* var_186;
    const wp::float32 var_187 = 0.0;
    const wp::float32 var_188 = 0.0;
    wp::vec_t<2, wp::float32> var_189;
    wp::vec_t<2, wp::float32>* var_190;
    wp::float32* var_191;
    wp::float32* var_192;
    wp::float32 var_193;
    wp::float32 var_194;
    wp::float32 var_195;
    bool var_196;
    const wp::int32 var_197 = 2;
    wp::int32* var_198;
    wp::float32 var_199;
    wp::float32* var_200;
    bool var_201;
    wp::float32 var_202;
    wp::int32* var_203;
    //---------
    // forward
    // def agent_step(                                                                        <L 93>
    // i = wp.tid()                                                                           <L 103>
    var_0 = builtin_tid1d();
    // a = agents[i]                                                                          <L 104>
    var_1 = wp::address(var_agents, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rng = wp.rand_init(seed, day * agents.shape[0] + i)                                    <L 105>
    var_4 = &(var_agents.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::mul(var_day, var_6);
    var_9 = wp::add(var_8, var_0);
    var_10 = wp::rand_init(var_seed, var_9);
    // if a.state == DEAD:                                                                    <L 106>
    var_11 = &(var_2.state);
    var_14 = wp::load(var_11);
    var_13 = (var_14 == var_12);
    if (var_13) {
        // return                                                                             <L 107>
        return;
    }
    // theta = wp.randf(rng, 0.0, 2.0 * wp.pi)                                                <L 109>
    var_18 = wp::mul(var_16, var_17);
    var_19 = wp::randf(var_10, var_15, var_18);
    // a.vel = a.vel * 0.8 + wp.vec2(wp.cos(theta), wp.sin(theta)) * (0.2 * speed)            <L 110>
    var_20 = &(var_2.vel);
    var_23 = wp::load(var_20);
    var_22 = wp::mul(var_23, var_21);
    var_24 = wp::cos(var_19);
    var_25 = wp::sin(var_19);
    var_26 = wp::vec_t<2, wp::float32>(var_24, var_25);
    var_28 = wp::mul(var_27, var_speed);
    var_29 = wp::mul(var_26, var_28);
    var_30 = wp::add(var_22, var_29);
    var_31 = &(var_2.vel);
    wp::store(var_31, var_30);
    // to_home = a.home - a.pos                                                               <L 111>
    var_32 = &(var_2.home);
    var_33 = &(var_2.pos);
    var_35 = wp::load(var_32);
    var_36 = wp::load(var_33);
    var_34 = wp::sub(var_35, var_36);
    // a.vel = a.vel + to_home * 0.01                                                         <L 112>
    var_37 = &(var_2.vel);
    var_39 = wp::mul(var_34, var_38);
    var_41 = wp::load(var_37);
    var_40 = wp::add(var_41, var_39);
    var_42 = &(var_2.vel);
    wp::store(var_42, var_40);
    // a.pos = a.pos + a.vel                                                                  <L 113>
    var_43 = &(var_2.pos);
    var_44 = &(var_2.vel);
    var_46 = wp::load(var_43);
    var_47 = wp::load(var_44);
    var_45 = wp::add(var_46, var_47);
    var_48 = &(var_2.pos);
    wp::store(var_48, var_45);
    // for k in range(2):                                                                     <L 114>
    // if a.pos[k] < 0.0:                                                                     <L 115>
    var_50 = &(var_2.pos);
    var_52 = wp::load(var_50);
    var_51 = wp::extract(var_52, var_49);
    var_54 = (var_51 < var_53);
    if (var_54) {
        // a.pos[k] = -a.pos[k]                                                               <L 116>
        var_55 = &(var_2.pos);
        var_57 = wp::load(var_55);
        var_56 = wp::extract(var_57, var_49);
        var_58 = wp::neg(var_56);
        var_59 = &(var_2.pos);
        var_60 = wp::indexref(var_59, var_49);
        wp::store(var_60, var_58);
        // a.vel[k] = -a.vel[k]                                                               <L 117>
        var_61 = &(var_2.vel);
        var_63 = wp::load(var_61);
        var_62 = wp::extract(var_63, var_49);
        var_64 = wp::neg(var_62);
        var_65 = &(var_2.vel);
        var_66 = wp::indexref(var_65, var_49);
        wp::store(var_66, var_64);
    }
    if (!var_54) {
        // elif a.pos[k] > world:                                                             <L 118>
        var_67 = &(var_2.pos);
        var_69 = wp::load(var_67);
        var_68 = wp::extract(var_69, var_49);
        var_70 = (var_68 > var_world);
        if (var_70) {
            // a.pos[k] = 2.0 * world - a.pos[k]                                              <L 119>
            var_72 = wp::mul(var_71, var_world);
            var_73 = &(var_2.pos);
            var_75 = wp::load(var_73);
            var_74 = wp::extract(var_75, var_49);
            var_76 = wp::sub(var_72, var_74);
            var_77 = &(var_2.pos);
            var_78 = wp::indexref(var_77, var_49);
            wp::store(var_78, var_76);
            // a.vel[k] = -a.vel[k]                                                           <L 120>
            var_79 = &(var_2.vel);
            var_81 = wp::load(var_79);
            var_80 = wp::extract(var_81, var_49);
            var_82 = wp::neg(var_80);
            var_83 = &(var_2.vel);
            var_84 = wp::indexref(var_83, var_49);
            wp::store(var_84, var_82);
        }
    }
    // if a.pos[k] < 0.0:                                                                     <L 115>
    var_86 = &(var_2.pos);
    var_88 = wp::load(var_86);
    var_87 = wp::extract(var_88, var_85);
    var_90 = (var_87 < var_89);
    if (var_90) {
        // a.pos[k] = -a.pos[k]                                                               <L 116>
        var_91 = &(var_2.pos);
        var_93 = wp::load(var_91);
        var_92 = wp::extract(var_93, var_85);
        var_94 = wp::neg(var_92);
        var_95 = &(var_2.pos);
        var_96 = wp::indexref(var_95, var_85);
        wp::store(var_96, var_94);
        // a.vel[k] = -a.vel[k]                                                               <L 117>
        var_97 = &(var_2.vel);
        var_99 = wp::load(var_97);
        var_98 = wp::extract(var_99, var_85);
        var_100 = wp::neg(var_98);
        var_101 = &(var_2.vel);
        var_102 = wp::indexref(var_101, var_85);
        wp::store(var_102, var_100);
    }
    if (!var_90) {
        // elif a.pos[k] > world:                                                             <L 118>
        var_103 = &(var_2.pos);
        var_105 = wp::load(var_103);
        var_104 = wp::extract(var_105, var_85);
        var_106 = (var_104 > var_world);
        if (var_106) {
            // a.pos[k] = 2.0 * world - a.pos[k]                                              <L 119>
            var_108 = wp::mul(var_107, var_world);
            var_109 = &(var_2.pos);
            var_111 = wp::load(var_109);
            var_110 = wp::extract(var_111, var_85);
            var_112 = wp::sub(var_108, var_110);
            var_113 = &(var_2.pos);
            var_114 = wp::indexref(var_113, var_85);
            wp::store(var_114, var_112);
            // a.vel[k] = -a.vel[k]                                                           <L 120>
            var_115 = &(var_2.vel);
            var_117 = wp::load(var_115);
            var_116 = wp::extract(var_117, var_85);
            var_118 = wp::neg(var_116);
            var_119 = &(var_2.vel);
            var_120 = wp::indexref(var_119, var_85);
            wp::store(var_120, var_118);
        }
    }
    // if a.state == SUSCEPTIBLE:                                                             <L 121>
    var_121 = &(var_2.state);
    var_124 = wp::load(var_121);
    var_123 = (var_124 == var_122);
    if (var_123) {
        // r2 = contact_radius * contact_radius                                               <L 122>
        var_125 = wp::mul(var_contact_radius, var_contact_radius);
        // exposures = int(0)                                                                 <L 123>
        var_127 = wp::int(var_126);
        // for j in range(agents.shape[0]):                                                   <L 124>
        var_128 = &(var_agents.shape);
        var_131 = wp::load(var_128);
        var_130 = wp::extract(var_131, var_129);
        var_132 = wp::range(var_130);
        start_for_1:;
            if (iter_cmp(var_132) == 0) goto end_for_1;
            var_133 = wp::iter_next(var_132);
            // if j == i:                                                                     <L 125>
            var_134 = (var_133 == var_0);
            if (var_134) {
                // continue                                                                   <L 126>
                goto start_for_1;
            }
            // b = agents[j]                                                                  <L 127>
            var_135 = wp::address(var_agents, var_133);
            var_137 = wp::load(var_135);
            var_136 = wp::copy(var_137);
            // if b.state != INFECTED:                                                        <L 128>
            var_138 = &(var_136.state);
            var_141 = wp::load(var_138);
            var_140 = (var_141 != var_139);
            if (var_140) {
                // continue                                                                   <L 129>
                goto start_for_1;
            }
            // d = b.pos - a.pos                                                              <L 130>
            var_142 = &(var_136.pos);
            var_143 = &(var_2.pos);
            var_145 = wp::load(var_142);
            var_146 = wp::load(var_143);
            var_144 = wp::sub(var_145, var_146);
            // if wp.dot(d, d) < r2:                                                          <L 131>
            var_147 = wp::dot(var_144, var_144);
            var_148 = (var_147 < var_125);
            if (var_148) {
                // exposures += 1                                                             <L 132>
                var_151 = wp::add(var_127, var_150);
                // if exposures >= 8:                                                         <L 133>
                var_153 = (var_151 >= var_152);
                if (var_153) {
                    // break                                                                  <L 134>
                    wp::assign(var_127, var_151);
                    goto end_for_1;
                }
                var_154 = wp::where(var_153, var_127, var_151);
            }
            var_155 = wp::where(var_148, var_154, var_127);
            wp::assign(var_127, var_155);
            goto start_for_1;
        end_for_1:;
        // if exposures > 0:                                                                  <L 135>
        var_157 = (var_127 > var_156);
        if (var_157) {
            // p_inf = 1.0 - wp.pow(1.0 - params.beta, float(exposures))                      <L 136>
            var_160 = &(var_params.beta);
            var_162 = wp::load(var_160);
            var_161 = wp::sub(var_159, var_162);
            var_163 = wp::float(var_127);
            var_164 = wp::pow(var_161, var_163);
            var_165 = wp::sub(var_158, var_164);
            // if wp.randf(rng) < p_inf:                                                      <L 137>
            var_166 = wp::randf(var_10);
            var_167 = (var_166 < var_165);
            if (var_167) {
                // a.state = INFECTED                                                         <L 138>
                var_168 = &(var_2.state);
                wp::store(var_168, var_139);
                // a.timer = 0                                                                <L 139>
                var_170 = &(var_2.timer);
                wp::store(var_170, var_169);
                // wp.atomic_add(new_infections, 0, 1)                                        <L 140>
                var_173 = wp::atomic_add(var_new_infections, var_171, var_172);
            }
        }
    }
    if (!var_123) {
        // elif a.state == INFECTED:                                                          <L 141>
        var_174 = &(var_2.state);
        var_176 = wp::load(var_174);
        var_175 = (var_176 == var_139);
        if (var_175) {
            // a.timer = a.timer + 1                                                          <L 142>
            var_177 = &(var_2.timer);
            var_180 = wp::load(var_177);
            var_179 = wp::add(var_180, var_178);
            var_181 = &(var_2.timer);
            wp::store(var_181, var_179);
            // u = wp.randf(rng)                                                              <L 143>
            var_182 = wp::randf(var_10);
            // if u < params.mortality:                                                       <L 144>
            var_183 = &(var_params.mortality);
            var_185 = wp::load(var_183);
            var_184 = (var_182 < var_185);
            if (var_184) {
                // a.state = DEAD                                                             <L 145>
                var_186 = &(var_2.state);
                wp::store(var_186, var_12);
                // a.vel = wp.vec2(0.0, 0.0)                                                  <L 146>
                var_189 = wp::vec_t<2, wp::float32>(var_187, var_188);
                var_190 = &(var_2.vel);
                wp::store(var_190, var_189);
            }
            if (!var_184) {
                // elif u < params.mortality + params.gamma:                                  <L 147>
                var_191 = &(var_params.mortality);
                var_192 = &(var_params.gamma);
                var_194 = wp::load(var_191);
                var_195 = wp::load(var_192);
                var_193 = wp::add(var_194, var_195);
                var_196 = (var_182 < var_193);
                if (var_196) {
                    // a.state = RECOVERED                                                    <L 148>
                    var_198 = &(var_2.state);
                    wp::store(var_198, var_197);
                }
            }
        }
        if (!var_175) {
            // if wp.randf(rng) < params.immunity_loss:                                       <L 150>
            var_199 = wp::randf(var_10);
            var_200 = &(var_params.immunity_loss);
            var_202 = wp::load(var_200);
            var_201 = (var_199 < var_202);
            if (var_201) {
                // a.state = SUSCEPTIBLE                                                      <L 151>
                var_203 = &(var_2.state);
                wp::store(var_203, var_122);
            }
        }
    }
    // agents[i] = a                                                                          <L 152>
    wp::array_store(var_agents, var_0, var_2);
}



void agent_step_b253c9ec_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_agent_step_b253c9ec *_wp_args,
    wp_args_agent_step_b253c9ec *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Agent_cc3a7576> var_agents = _wp_args->agents;
    DiseaseParams_08a527f2 var_params = _wp_args->params;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_day = _wp_args->day;
    wp::float32 var_world = _wp_args->world;
    wp::float32 var_contact_radius = _wp_args->contact_radius;
    wp::float32 var_speed = _wp_args->speed;
    wp::array_t<wp::int32> var_new_infections = _wp_args->new_infections;
    wp::array_t<Agent_cc3a7576> adj_agents = _wp_adj_args->agents;
    DiseaseParams_08a527f2 adj_params = _wp_adj_args->params;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::int32 adj_day = _wp_adj_args->day;
    wp::float32 adj_world = _wp_adj_args->world;
    wp::float32 adj_contact_radius = _wp_adj_args->contact_radius;
    wp::float32 adj_speed = _wp_adj_args->speed;
    wp::array_t<wp::int32> adj_new_infections = _wp_adj_args->new_infections;
    //---------
    // primal vars
    wp::int32 var_0;
    Agent_cc3a7576* var_1;
    Agent_cc3a7576 var_2;
    Agent_cc3a7576 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::uint32 var_10;
    wp::int32* var_11;
    const wp::int32 var_12 = 3;
    bool var_13;
    wp::int32 var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 2.0;
    const wp::float32 var_17 = 3.141592653589793;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<2, wp::float32>* var_20;
    const wp::float32 var_21 = 0.8;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<2, wp::float32> var_26;
    const wp::float32 var_27 = 0.2;
    wp::float32 var_28;
    wp::vec_t<2, wp::float32> var_29;
    wp::vec_t<2, wp::float32> var_30;
    wp::vec_t<2, wp::float32>* var_31;
    wp::vec_t<2, wp::float32>* var_32;
    wp::vec_t<2, wp::float32>* var_33;
    wp::vec_t<2, wp::float32> var_34;
    wp::vec_t<2, wp::float32> var_35;
    wp::vec_t<2, wp::float32> var_36;
    wp::vec_t<2, wp::float32>* var_37;
    const wp::float32 var_38 = 0.01;
    wp::vec_t<2, wp::float32> var_39;
    wp::vec_t<2, wp::float32> var_40;
    wp::vec_t<2, wp::float32> var_41;
    wp::vec_t<2, wp::float32>* var_42;
    wp::vec_t<2, wp::float32>* var_43;
    wp::vec_t<2, wp::float32>* var_44;
    wp::vec_t<2, wp::float32> var_45;
    wp::vec_t<2, wp::float32> var_46;
    wp::vec_t<2, wp::float32> var_47;
    wp::vec_t<2, wp::float32>* var_48;
    const wp::int32 var_49 = 0;
    wp::vec_t<2, wp::float32>* var_50;
    wp::float32 var_51;
    wp::vec_t<2, wp::float32> var_52;
    const wp::float32 var_53 = 0.0;
    bool var_54;
    wp::vec_t<2, wp::float32>* var_55;
    wp::float32 var_56;
    wp::vec_t<2, wp::float32> var_57;
    wp::float32 var_58;
    wp::vec_t<2, wp::float32>* var_59;
    wp::float32* var_60;
    wp::vec_t<2, wp::float32>* var_61;
    wp::float32 var_62;
    wp::vec_t<2, wp::float32> var_63;
    wp::float32 var_64;
    wp::vec_t<2, wp::float32>* var_65;
    wp::float32* var_66;
    wp::vec_t<2, wp::float32>* var_67;
    wp::float32 var_68;
    wp::vec_t<2, wp::float32> var_69;
    bool var_70;
    const wp::float32 var_71 = 2.0;
    wp::float32 var_72;
    wp::vec_t<2, wp::float32>* var_73;
    wp::float32 var_74;
    wp::vec_t<2, wp::float32> var_75;
    wp::float32 var_76;
    wp::vec_t<2, wp::float32>* var_77;
    wp::float32* var_78;
    wp::vec_t<2, wp::float32>* var_79;
    wp::float32 var_80;
    wp::vec_t<2, wp::float32> var_81;
    wp::float32 var_82;
    wp::vec_t<2, wp::float32>* var_83;
    wp::float32* var_84;
    const wp::int32 var_85 = 1;
    wp::vec_t<2, wp::float32>* var_86;
    wp::float32 var_87;
    wp::vec_t<2, wp::float32> var_88;
    const wp::float32 var_89 = 0.0;
    bool var_90;
    wp::vec_t<2, wp::float32>* var_91;
    wp::float32 var_92;
    wp::vec_t<2, wp::float32> var_93;
    wp::float32 var_94;
    wp::vec_t<2, wp::float32>* var_95;
    wp::float32* var_96;
    wp::vec_t<2, wp::float32>* var_97;
    wp::float32 var_98;
    wp::vec_t<2, wp::float32> var_99;
    wp::float32 var_100;
    wp::vec_t<2, wp::float32>* var_101;
    wp::float32* var_102;
    wp::vec_t<2, wp::float32>* var_103;
    wp::float32 var_104;
    wp::vec_t<2, wp::float32> var_105;
    bool var_106;
    const wp::float32 var_107 = 2.0;
    wp::float32 var_108;
    wp::vec_t<2, wp::float32>* var_109;
    wp::float32 var_110;
    wp::vec_t<2, wp::float32> var_111;
    wp::float32 var_112;
    wp::vec_t<2, wp::float32>* var_113;
    wp::float32* var_114;
    wp::vec_t<2, wp::float32>* var_115;
    wp::float32 var_116;
    wp::vec_t<2, wp::float32> var_117;
    wp::float32 var_118;
    wp::vec_t<2, wp::float32>* var_119;
    wp::float32* var_120;
    wp::int32* var_121;
    const wp::int32 var_122 = 0;
    bool var_123;
    wp::int32 var_124;
    wp::float32 var_125;
    const wp::int32 var_126 = 0;
    wp::int32 var_127;
    wp::shape_t* var_128;
    const wp::int32 var_129 = 0;
    wp::int32 var_130;
    wp::shape_t var_131;
    wp::range_t var_132;
    wp::int32 var_133;
    bool var_134;
    Agent_cc3a7576* var_135;
    Agent_cc3a7576 var_136;
    Agent_cc3a7576 var_137;
    wp::int32* var_138;
    const wp::int32 var_139 = 1;
    bool var_140;
    wp::int32 var_141;
    wp::vec_t<2, wp::float32>* var_142;
    wp::vec_t<2, wp::float32>* var_143;
    wp::vec_t<2, wp::float32> var_144;
    wp::vec_t<2, wp::float32> var_145;
    wp::vec_t<2, wp::float32> var_146;
    wp::float32 var_147;
    bool var_148;
    const wp::int32 var_149 = 1;
    const wp::int32 var_150 = 1;
    wp::int32 var_151;
    const wp::int32 var_152 = 8;
    bool var_153;
    wp::int32 var_154;
    wp::int32 var_155;
    const wp::int32 var_156 = 0;
    bool var_157;
    const wp::float32 var_158 = 1.0;
    const wp::float32 var_159 = 1.0;
    wp::float32* var_160;
    wp::float32 var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    wp::float32 var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    bool var_167;
    wp::int32* var_168;
    const wp::int32 var_169 = 0;
    wp::int32* var_170;
    const wp::int32 var_171 = 0;
    const wp::int32 var_172 = 1;
    wp::int32 var_173;
    wp::int32* var_174;
    bool var_175;
    wp::int32 var_176;
    wp::int32* var_177;
    const wp::int32 var_178 = 1;
    wp::int32 var_179;
    wp::int32 var_180;
    wp::int32* var_181;
    wp::float32 var_182;
    wp::float32* var_183;
    bool var_184;
    wp::float32 var_185;
    wp::int32* var_186;
    const wp::float32 var_187 = 0.0;
    const wp::float32 var_188 = 0.0;
    wp::vec_t<2, wp::float32> var_189;
    wp::vec_t<2, wp::float32>* var_190;
    wp::float32* var_191;
    wp::float32* var_192;
    wp::float32 var_193;
    wp::float32 var_194;
    wp::float32 var_195;
    bool var_196;
    const wp::int32 var_197 = 2;
    wp::int32* var_198;
    wp::float32 var_199;
    wp::float32* var_200;
    bool var_201;
    wp::float32 var_202;
    wp::int32* var_203;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Agent_cc3a7576 adj_1 = {};
    Agent_cc3a7576 adj_2 = {};
    Agent_cc3a7576 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::uint32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<2, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<2, wp::float32> adj_29 = {};
    wp::vec_t<2, wp::float32> adj_30 = {};
    wp::vec_t<2, wp::float32> adj_31 = {};
    wp::vec_t<2, wp::float32> adj_32 = {};
    wp::vec_t<2, wp::float32> adj_33 = {};
    wp::vec_t<2, wp::float32> adj_34 = {};
    wp::vec_t<2, wp::float32> adj_35 = {};
    wp::vec_t<2, wp::float32> adj_36 = {};
    wp::vec_t<2, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<2, wp::float32> adj_39 = {};
    wp::vec_t<2, wp::float32> adj_40 = {};
    wp::vec_t<2, wp::float32> adj_41 = {};
    wp::vec_t<2, wp::float32> adj_42 = {};
    wp::vec_t<2, wp::float32> adj_43 = {};
    wp::vec_t<2, wp::float32> adj_44 = {};
    wp::vec_t<2, wp::float32> adj_45 = {};
    wp::vec_t<2, wp::float32> adj_46 = {};
    wp::vec_t<2, wp::float32> adj_47 = {};
    wp::vec_t<2, wp::float32> adj_48 = {};
    wp::int32 adj_49 = {};
    wp::vec_t<2, wp::float32> adj_50 = {};
    wp::float32 adj_51 = {};
    wp::vec_t<2, wp::float32> adj_52 = {};
    wp::float32 adj_53 = {};
    bool adj_54 = {};
    wp::vec_t<2, wp::float32> adj_55 = {};
    wp::float32 adj_56 = {};
    wp::vec_t<2, wp::float32> adj_57 = {};
    wp::float32 adj_58 = {};
    wp::vec_t<2, wp::float32> adj_59 = {};
    wp::float32 adj_60 = {};
    wp::vec_t<2, wp::float32> adj_61 = {};
    wp::float32 adj_62 = {};
    wp::vec_t<2, wp::float32> adj_63 = {};
    wp::float32 adj_64 = {};
    wp::vec_t<2, wp::float32> adj_65 = {};
    wp::float32 adj_66 = {};
    wp::vec_t<2, wp::float32> adj_67 = {};
    wp::float32 adj_68 = {};
    wp::vec_t<2, wp::float32> adj_69 = {};
    bool adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::vec_t<2, wp::float32> adj_73 = {};
    wp::float32 adj_74 = {};
    wp::vec_t<2, wp::float32> adj_75 = {};
    wp::float32 adj_76 = {};
    wp::vec_t<2, wp::float32> adj_77 = {};
    wp::float32 adj_78 = {};
    wp::vec_t<2, wp::float32> adj_79 = {};
    wp::float32 adj_80 = {};
    wp::vec_t<2, wp::float32> adj_81 = {};
    wp::float32 adj_82 = {};
    wp::vec_t<2, wp::float32> adj_83 = {};
    wp::float32 adj_84 = {};
    wp::int32 adj_85 = {};
    wp::vec_t<2, wp::float32> adj_86 = {};
    wp::float32 adj_87 = {};
    wp::vec_t<2, wp::float32> adj_88 = {};
    wp::float32 adj_89 = {};
    bool adj_90 = {};
    wp::vec_t<2, wp::float32> adj_91 = {};
    wp::float32 adj_92 = {};
    wp::vec_t<2, wp::float32> adj_93 = {};
    wp::float32 adj_94 = {};
    wp::vec_t<2, wp::float32> adj_95 = {};
    wp::float32 adj_96 = {};
    wp::vec_t<2, wp::float32> adj_97 = {};
    wp::float32 adj_98 = {};
    wp::vec_t<2, wp::float32> adj_99 = {};
    wp::float32 adj_100 = {};
    wp::vec_t<2, wp::float32> adj_101 = {};
    wp::float32 adj_102 = {};
    wp::vec_t<2, wp::float32> adj_103 = {};
    wp::float32 adj_104 = {};
    wp::vec_t<2, wp::float32> adj_105 = {};
    bool adj_106 = {};
    wp::float32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::vec_t<2, wp::float32> adj_109 = {};
    wp::float32 adj_110 = {};
    wp::vec_t<2, wp::float32> adj_111 = {};
    wp::float32 adj_112 = {};
    wp::vec_t<2, wp::float32> adj_113 = {};
    wp::float32 adj_114 = {};
    wp::vec_t<2, wp::float32> adj_115 = {};
    wp::float32 adj_116 = {};
    wp::vec_t<2, wp::float32> adj_117 = {};
    wp::float32 adj_118 = {};
    wp::vec_t<2, wp::float32> adj_119 = {};
    wp::float32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::int32 adj_122 = {};
    bool adj_123 = {};
    wp::int32 adj_124 = {};
    wp::float32 adj_125 = {};
    wp::int32 adj_126 = {};
    wp::int32 adj_127 = {};
    wp::shape_t adj_128 = {};
    wp::int32 adj_129 = {};
    wp::int32 adj_130 = {};
    wp::shape_t adj_131 = {};
    wp::range_t adj_132 = {};
    wp::int32 adj_133 = {};
    bool adj_134 = {};
    Agent_cc3a7576 adj_135 = {};
    Agent_cc3a7576 adj_136 = {};
    Agent_cc3a7576 adj_137 = {};
    wp::int32 adj_138 = {};
    wp::int32 adj_139 = {};
    bool adj_140 = {};
    wp::int32 adj_141 = {};
    wp::vec_t<2, wp::float32> adj_142 = {};
    wp::vec_t<2, wp::float32> adj_143 = {};
    wp::vec_t<2, wp::float32> adj_144 = {};
    wp::vec_t<2, wp::float32> adj_145 = {};
    wp::vec_t<2, wp::float32> adj_146 = {};
    wp::float32 adj_147 = {};
    bool adj_148 = {};
    wp::int32 adj_149 = {};
    wp::int32 adj_150 = {};
    wp::int32 adj_151 = {};
    wp::int32 adj_152 = {};
    bool adj_153 = {};
    wp::int32 adj_154 = {};
    wp::int32 adj_155 = {};
    wp::int32 adj_156 = {};
    bool adj_157 = {};
    wp::float32 adj_158 = {};
    wp::float32 adj_159 = {};
    wp::float32 adj_160 = {};
    wp::float32 adj_161 = {};
    wp::float32 adj_162 = {};
    wp::float32 adj_163 = {};
    wp::float32 adj_164 = {};
    wp::float32 adj_165 = {};
    wp::float32 adj_166 = {};
    bool adj_167 = {};
    wp::int32 adj_168 = {};
    wp::int32 adj_169 = {};
    wp::int32 adj_170 = {};
    wp::int32 adj_171 = {};
    wp::int32 adj_172 = {};
    wp::int32 adj_173 = {};
    wp::int32 adj_174 = {};
    bool adj_175 = {};
    wp::int32 adj_176 = {};
    wp::int32 adj_177 = {};
    wp::int32 adj_178 = {};
    wp::int32 adj_179 = {};
    wp::int32 adj_180 = {};
    wp::int32 adj_181 = {};
    wp::float32 adj_182 = {};
    wp::float32 adj_183 = {};
    bool adj_184 = {};
    wp::float32 adj_185 = {};
    wp::int32 adj_186 = {};
    wp::float32 adj_187 = {};
    wp::float32 adj_188 = {};
    wp::vec_t<2, wp::float32> adj_189 = {};
    wp::vec_t<2, wp::float32> adj_190 = {};
    wp::float32 adj_191 = {};
    wp::float32 adj_192 = {};
    wp::float32 adj_193 = {};
    wp::float32 adj_194 = {};
    wp::float32 adj_195 = {};
    bool adj_196 = {};
    wp::int32 adj_197 = {};
    wp::int32 adj_198 = {};
    wp::float32 adj_199 = {};
    wp::float32 adj_200 = {};
    bool adj_201 = {};
    wp::float32 adj_202 = {};
    wp::int32 adj_203 = {};
    //---------
    // forward
    // def agent_step(                                                                        <L 93>
    // i = wp.tid()                                                                           <L 103>
    var_0 = builtin_tid1d();
    // a = agents[i]                                                                          <L 104>
    var_1 = wp::address(var_agents, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rng = wp.rand_init(seed, day * agents.shape[0] + i)                                    <L 105>
    var_4 = &(var_agents.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::mul(var_day, var_6);
    var_9 = wp::add(var_8, var_0);
    var_10 = wp::rand_init(var_seed, var_9);
    // if a.state == DEAD:                                                                    <L 106>
    var_11 = &(var_2.state);
    var_14 = wp::load(var_11);
    var_13 = (var_14 == var_12);
    if (var_13) {
        // return                                                                             <L 107>
        goto label0;
    }
    // theta = wp.randf(rng, 0.0, 2.0 * wp.pi)                                                <L 109>
    var_18 = wp::mul(var_16, var_17);
    var_19 = wp::randf(var_10, var_15, var_18);
    // a.vel = a.vel * 0.8 + wp.vec2(wp.cos(theta), wp.sin(theta)) * (0.2 * speed)            <L 110>
    var_20 = &(var_2.vel);
    var_23 = wp::load(var_20);
    var_22 = wp::mul(var_23, var_21);
    var_24 = wp::cos(var_19);
    var_25 = wp::sin(var_19);
    var_26 = wp::vec_t<2, wp::float32>(var_24, var_25);
    var_28 = wp::mul(var_27, var_speed);
    var_29 = wp::mul(var_26, var_28);
    var_30 = wp::add(var_22, var_29);
    var_31 = &(var_2.vel);
    // wp::store(var_31, var_30);
    // to_home = a.home - a.pos                                                               <L 111>
    var_32 = &(var_2.home);
    var_33 = &(var_2.pos);
    var_35 = wp::load(var_32);
    var_36 = wp::load(var_33);
    var_34 = wp::sub(var_35, var_36);
    // a.vel = a.vel + to_home * 0.01                                                         <L 112>
    var_37 = &(var_2.vel);
    var_39 = wp::mul(var_34, var_38);
    var_41 = wp::load(var_37);
    var_40 = wp::add(var_41, var_39);
    var_42 = &(var_2.vel);
    // wp::store(var_42, var_40);
    // a.pos = a.pos + a.vel                                                                  <L 113>
    var_43 = &(var_2.pos);
    var_44 = &(var_2.vel);
    var_46 = wp::load(var_43);
    var_47 = wp::load(var_44);
    var_45 = wp::add(var_46, var_47);
    var_48 = &(var_2.pos);
    // wp::store(var_48, var_45);
    // for k in range(2):                                                                     <L 114>
    // if a.pos[k] < 0.0:                                                                     <L 115>
    var_50 = &(var_2.pos);
    var_52 = wp::load(var_50);
    var_51 = wp::extract(var_52, var_49);
    var_54 = (var_51 < var_53);
    if (var_54) {
        // a.pos[k] = -a.pos[k]                                                               <L 116>
        var_55 = &(var_2.pos);
        var_57 = wp::load(var_55);
        var_56 = wp::extract(var_57, var_49);
        var_58 = wp::neg(var_56);
        var_59 = &(var_2.pos);
        // var_60 = wp::indexref(var_59, var_49);
        // wp::store(var_60, var_58);
        // a.vel[k] = -a.vel[k]                                                               <L 117>
        var_61 = &(var_2.vel);
        var_63 = wp::load(var_61);
        var_62 = wp::extract(var_63, var_49);
        var_64 = wp::neg(var_62);
        var_65 = &(var_2.vel);
        // var_66 = wp::indexref(var_65, var_49);
        // wp::store(var_66, var_64);
    }
    if (!var_54) {
        // elif a.pos[k] > world:                                                             <L 118>
        var_67 = &(var_2.pos);
        var_69 = wp::load(var_67);
        var_68 = wp::extract(var_69, var_49);
        var_70 = (var_68 > var_world);
        if (var_70) {
            // a.pos[k] = 2.0 * world - a.pos[k]                                              <L 119>
            var_72 = wp::mul(var_71, var_world);
            var_73 = &(var_2.pos);
            var_75 = wp::load(var_73);
            var_74 = wp::extract(var_75, var_49);
            var_76 = wp::sub(var_72, var_74);
            var_77 = &(var_2.pos);
            // var_78 = wp::indexref(var_77, var_49);
            // wp::store(var_78, var_76);
            // a.vel[k] = -a.vel[k]                                                           <L 120>
            var_79 = &(var_2.vel);
            var_81 = wp::load(var_79);
            var_80 = wp::extract(var_81, var_49);
            var_82 = wp::neg(var_80);
            var_83 = &(var_2.vel);
            // var_84 = wp::indexref(var_83, var_49);
            // wp::store(var_84, var_82);
        }
    }
    // if a.pos[k] < 0.0:                                                                     <L 115>
    var_86 = &(var_2.pos);
    var_88 = wp::load(var_86);
    var_87 = wp::extract(var_88, var_85);
    var_90 = (var_87 < var_89);
    if (var_90) {
        // a.pos[k] = -a.pos[k]                                                               <L 116>
        var_91 = &(var_2.pos);
        var_93 = wp::load(var_91);
        var_92 = wp::extract(var_93, var_85);
        var_94 = wp::neg(var_92);
        var_95 = &(var_2.pos);
        // var_96 = wp::indexref(var_95, var_85);
        // wp::store(var_96, var_94);
        // a.vel[k] = -a.vel[k]                                                               <L 117>
        var_97 = &(var_2.vel);
        var_99 = wp::load(var_97);
        var_98 = wp::extract(var_99, var_85);
        var_100 = wp::neg(var_98);
        var_101 = &(var_2.vel);
        // var_102 = wp::indexref(var_101, var_85);
        // wp::store(var_102, var_100);
    }
    if (!var_90) {
        // elif a.pos[k] > world:                                                             <L 118>
        var_103 = &(var_2.pos);
        var_105 = wp::load(var_103);
        var_104 = wp::extract(var_105, var_85);
        var_106 = (var_104 > var_world);
        if (var_106) {
            // a.pos[k] = 2.0 * world - a.pos[k]                                              <L 119>
            var_108 = wp::mul(var_107, var_world);
            var_109 = &(var_2.pos);
            var_111 = wp::load(var_109);
            var_110 = wp::extract(var_111, var_85);
            var_112 = wp::sub(var_108, var_110);
            var_113 = &(var_2.pos);
            // var_114 = wp::indexref(var_113, var_85);
            // wp::store(var_114, var_112);
            // a.vel[k] = -a.vel[k]                                                           <L 120>
            var_115 = &(var_2.vel);
            var_117 = wp::load(var_115);
            var_116 = wp::extract(var_117, var_85);
            var_118 = wp::neg(var_116);
            var_119 = &(var_2.vel);
            // var_120 = wp::indexref(var_119, var_85);
            // wp::store(var_120, var_118);
        }
    }
    // if a.state == SUSCEPTIBLE:                                                             <L 121>
    var_121 = &(var_2.state);
    var_124 = wp::load(var_121);
    var_123 = (var_124 == var_122);
    if (var_123) {
        // r2 = contact_radius * contact_radius                                               <L 122>
        var_125 = wp::mul(var_contact_radius, var_contact_radius);
        // exposures = int(0)                                                                 <L 123>
        var_127 = wp::int(var_126);
        // for j in range(agents.shape[0]):                                                   <L 124>
        var_128 = &(var_agents.shape);
        var_131 = wp::load(var_128);
        var_130 = wp::extract(var_131, var_129);
        var_132 = wp::range(var_130);
        // if exposures > 0:                                                                  <L 135>
        var_157 = (var_127 > var_156);
        if (var_157) {
            // p_inf = 1.0 - wp.pow(1.0 - params.beta, float(exposures))                      <L 136>
            var_160 = &(var_params.beta);
            var_162 = wp::load(var_160);
            var_161 = wp::sub(var_159, var_162);
            var_163 = wp::float(var_127);
            var_164 = wp::pow(var_161, var_163);
            var_165 = wp::sub(var_158, var_164);
            // if wp.randf(rng) < p_inf:                                                      <L 137>
            var_166 = wp::randf(var_10);
            var_167 = (var_166 < var_165);
            if (var_167) {
                // a.state = INFECTED                                                         <L 138>
                var_168 = &(var_2.state);
                // wp::store(var_168, var_139);
                // a.timer = 0                                                                <L 139>
                var_170 = &(var_2.timer);
                // wp::store(var_170, var_169);
                // wp.atomic_add(new_infections, 0, 1)                                        <L 140>
                // var_173 = wp::atomic_add(var_new_infections, var_171, var_172);
            }
        }
    }
    if (!var_123) {
        // elif a.state == INFECTED:                                                          <L 141>
        var_174 = &(var_2.state);
        var_176 = wp::load(var_174);
        var_175 = (var_176 == var_139);
        if (var_175) {
            // a.timer = a.timer + 1                                                          <L 142>
            var_177 = &(var_2.timer);
            var_180 = wp::load(var_177);
            var_179 = wp::add(var_180, var_178);
            var_181 = &(var_2.timer);
            // wp::store(var_181, var_179);
            // u = wp.randf(rng)                                                              <L 143>
            var_182 = wp::randf(var_10);
            // if u < params.mortality:                                                       <L 144>
            var_183 = &(var_params.mortality);
            var_185 = wp::load(var_183);
            var_184 = (var_182 < var_185);
            if (var_184) {
                // a.state = DEAD                                                             <L 145>
                var_186 = &(var_2.state);
                // wp::store(var_186, var_12);
                // a.vel = wp.vec2(0.0, 0.0)                                                  <L 146>
                var_189 = wp::vec_t<2, wp::float32>(var_187, var_188);
                var_190 = &(var_2.vel);
                // wp::store(var_190, var_189);
            }
            if (!var_184) {
                // elif u < params.mortality + params.gamma:                                  <L 147>
                var_191 = &(var_params.mortality);
                var_192 = &(var_params.gamma);
                var_194 = wp::load(var_191);
                var_195 = wp::load(var_192);
                var_193 = wp::add(var_194, var_195);
                var_196 = (var_182 < var_193);
                if (var_196) {
                    // a.state = RECOVERED                                                    <L 148>
                    var_198 = &(var_2.state);
                    // wp::store(var_198, var_197);
                }
            }
        }
        if (!var_175) {
            // if wp.randf(rng) < params.immunity_loss:                                       <L 150>
            var_199 = wp::randf(var_10);
            var_200 = &(var_params.immunity_loss);
            var_202 = wp::load(var_200);
            var_201 = (var_199 < var_202);
            if (var_201) {
                // a.state = SUSCEPTIBLE                                                      <L 151>
                var_203 = &(var_2.state);
                // wp::store(var_203, var_122);
            }
        }
    }
    // agents[i] = a                                                                          <L 152>
    // wp::array_store(var_agents, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_agents, var_0, var_2, adj_agents, adj_0, adj_2);
    // adj: agents[i] = a                                                                     <L 152>
    if (!var_123) {
        if (!var_175) {
            if (var_201) {
                adj_2.state = adj_203;
                // adj: a.state = SUSCEPTIBLE                                                 <L 151>
            }
            adj_params.immunity_loss += adj_200;
            // adj: if wp.randf(rng) < params.immunity_loss:                                  <L 150>
        }
        if (var_175) {
            if (!var_184) {
                if (var_196) {
                    adj_2.state = adj_198;
                    // adj: a.state = RECOVERED                                               <L 148>
                }
                wp::adj_add(var_194, var_195, adj_191, adj_192, adj_193);
                adj_params.gamma += adj_192;
                adj_params.mortality += adj_191;
                // adj: elif u < params.mortality + params.gamma:                             <L 147>
            }
            if (var_184) {
                adj_2.vel += adj_190;
                wp::adj_vec_t(var_187, var_188, adj_187, adj_188, adj_189);
                // adj: a.vel = wp.vec2(0.0, 0.0)                                             <L 146>
                adj_2.state = adj_186;
                // adj: a.state = DEAD                                                        <L 145>
            }
            adj_params.mortality += adj_183;
            // adj: if u < params.mortality:                                                  <L 144>
            // adj: u = wp.randf(rng)                                                         <L 143>
            adj_2.timer = adj_181;
            wp::adj_add(var_180, var_178, adj_177, adj_178, adj_179);
            adj_2.timer = adj_177;
            // adj: a.timer = a.timer + 1                                                     <L 142>
        }
        adj_2.state = adj_174;
        // adj: elif a.state == INFECTED:                                                     <L 141>
    }
    if (var_123) {
        if (var_157) {
            if (var_167) {
                wp::adj_atomic_add(var_new_infections, var_171, var_172, adj_new_infections, adj_171, adj_172, adj_173);
                // adj: wp.atomic_add(new_infections, 0, 1)                                   <L 140>
                adj_2.timer = adj_170;
                // adj: a.timer = 0                                                           <L 139>
                adj_2.state = adj_168;
                // adj: a.state = INFECTED                                                    <L 138>
            }
            // adj: if wp.randf(rng) < p_inf:                                                 <L 137>
            wp::adj_sub(var_158, var_164, adj_158, adj_164, adj_165);
            wp::adj_pow(var_161, var_163, var_164, adj_161, adj_163, adj_164);
            wp::adj_float(var_127, adj_127, adj_163);
            wp::adj_sub(var_159, var_162, adj_159, adj_160, adj_161);
            adj_params.beta += adj_160;
            // adj: p_inf = 1.0 - wp.pow(1.0 - params.beta, float(exposures))                 <L 136>
        }
        // adj: if exposures > 0:                                                             <L 135>
        var_132 = wp::iter_reverse(var_132);
        start_for_1:;
            if (iter_cmp(var_132) == 0) goto end_for_1;
            var_133 = wp::iter_next(var_132);
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
            // if j == i:                                                                     <L 125>
            var_134 = (var_133 == var_0);
            if (var_134) {
                // continue                                                                   <L 126>
                goto start_for_1;
            }
            // b = agents[j]                                                                  <L 127>
            var_135 = wp::address(var_agents, var_133);
            var_137 = wp::load(var_135);
            var_136 = wp::copy(var_137);
            // if b.state != INFECTED:                                                        <L 128>
            var_138 = &(var_136.state);
            var_141 = wp::load(var_138);
            var_140 = (var_141 != var_139);
            if (var_140) {
                // continue                                                                   <L 129>
                goto start_for_1;
            }
            // d = b.pos - a.pos                                                              <L 130>
            var_142 = &(var_136.pos);
            var_143 = &(var_2.pos);
            var_145 = wp::load(var_142);
            var_146 = wp::load(var_143);
            var_144 = wp::sub(var_145, var_146);
            // if wp.dot(d, d) < r2:                                                          <L 131>
            var_147 = wp::dot(var_144, var_144);
            var_148 = (var_147 < var_125);
            if (var_148) {
                // exposures += 1                                                             <L 132>
                var_151 = wp::add(var_127, var_150);
                // if exposures >= 8:                                                         <L 133>
                var_153 = (var_151 >= var_152);
                if (var_153) {
                    // break                                                                  <L 134>
                    wp::assign(var_127, var_151);
                    goto end_for_1;
                }
                var_154 = wp::where(var_153, var_127, var_151);
            }
            var_155 = wp::where(var_148, var_154, var_127);
            wp::assign(var_127, var_155);
            wp::adj_assign(var_127, var_155, adj_127, adj_155);
            wp::adj_where(var_148, var_154, var_127, adj_148, adj_154, adj_127, adj_155);
            if (var_148) {
                wp::adj_where(var_153, var_127, var_151, adj_153, adj_127, adj_151, adj_154);
                if (var_153) {
                    wp::adj_assign(var_127, var_151, adj_127, adj_151);
                    // adj: break                                                             <L 134>
                }
                // adj: if exposures >= 8:                                                    <L 133>
                wp::adj_add(var_127, var_150, adj_127, adj_150, adj_151);
                // adj: exposures += 1                                                        <L 132>
            }
            wp::adj_dot(var_144, var_144, adj_144, adj_144, adj_147);
            // adj: if wp.dot(d, d) < r2:                                                     <L 131>
            wp::adj_sub(var_145, var_146, adj_142, adj_143, adj_144);
            adj_2.pos += adj_143;
            adj_136.pos += adj_142;
            // adj: d = b.pos - a.pos                                                         <L 130>
            if (var_140) {
                // adj: continue                                                              <L 129>
            }
            adj_136.state = adj_138;
            // adj: if b.state != INFECTED:                                                   <L 128>
            wp::adj_copy(var_137, adj_135, adj_136);
            wp::adj_address(var_agents, var_133, adj_agents, adj_133, adj_135);
            // adj: b = agents[j]                                                             <L 127>
            if (var_134) {
                // adj: continue                                                              <L 126>
            }
            // adj: if j == i:                                                                <L 125>
        	goto start_for_1;
        end_for_1:;
        wp::adj_range(var_130, adj_130, adj_132);
        wp::adj_extract(var_131, var_129, adj_128, adj_129, adj_130);
        adj_agents.shape = adj_128;
        // adj: for j in range(agents.shape[0]):                                              <L 124>
        wp::adj_int(var_126, adj_126, adj_127);
        // adj: exposures = int(0)                                                            <L 123>
        wp::adj_mul(var_contact_radius, var_contact_radius, adj_contact_radius, adj_contact_radius, adj_125);
        // adj: r2 = contact_radius * contact_radius                                          <L 122>
    }
    adj_2.state = adj_121;
    // adj: if a.state == SUSCEPTIBLE:                                                        <L 121>
    if (!var_90) {
        if (var_106) {
            adj_2.vel += adj_119;
            wp::adj_neg(var_116, adj_116, adj_118);
            wp::adj_extract(var_117, var_85, adj_115, adj_85, adj_116);
            adj_2.vel += adj_115;
            // adj: a.vel[k] = -a.vel[k]                                                      <L 120>
            adj_2.pos += adj_113;
            wp::adj_sub(var_108, var_110, adj_108, adj_110, adj_112);
            wp::adj_extract(var_111, var_85, adj_109, adj_85, adj_110);
            adj_2.pos += adj_109;
            wp::adj_mul(var_107, var_world, adj_107, adj_world, adj_108);
            // adj: a.pos[k] = 2.0 * world - a.pos[k]                                         <L 119>
        }
        wp::adj_extract(var_105, var_85, adj_103, adj_85, adj_104);
        adj_2.pos += adj_103;
        // adj: elif a.pos[k] > world:                                                        <L 118>
    }
    if (var_90) {
        adj_2.vel += adj_101;
        wp::adj_neg(var_98, adj_98, adj_100);
        wp::adj_extract(var_99, var_85, adj_97, adj_85, adj_98);
        adj_2.vel += adj_97;
        // adj: a.vel[k] = -a.vel[k]                                                          <L 117>
        adj_2.pos += adj_95;
        wp::adj_neg(var_92, adj_92, adj_94);
        wp::adj_extract(var_93, var_85, adj_91, adj_85, adj_92);
        adj_2.pos += adj_91;
        // adj: a.pos[k] = -a.pos[k]                                                          <L 116>
    }
    wp::adj_extract(var_88, var_85, adj_86, adj_85, adj_87);
    adj_2.pos += adj_86;
    // adj: if a.pos[k] < 0.0:                                                                <L 115>
    if (!var_54) {
        if (var_70) {
            adj_2.vel += adj_83;
            wp::adj_neg(var_80, adj_80, adj_82);
            wp::adj_extract(var_81, var_49, adj_79, adj_49, adj_80);
            adj_2.vel += adj_79;
            // adj: a.vel[k] = -a.vel[k]                                                      <L 120>
            adj_2.pos += adj_77;
            wp::adj_sub(var_72, var_74, adj_72, adj_74, adj_76);
            wp::adj_extract(var_75, var_49, adj_73, adj_49, adj_74);
            adj_2.pos += adj_73;
            wp::adj_mul(var_71, var_world, adj_71, adj_world, adj_72);
            // adj: a.pos[k] = 2.0 * world - a.pos[k]                                         <L 119>
        }
        wp::adj_extract(var_69, var_49, adj_67, adj_49, adj_68);
        adj_2.pos += adj_67;
        // adj: elif a.pos[k] > world:                                                        <L 118>
    }
    if (var_54) {
        adj_2.vel += adj_65;
        wp::adj_neg(var_62, adj_62, adj_64);
        wp::adj_extract(var_63, var_49, adj_61, adj_49, adj_62);
        adj_2.vel += adj_61;
        // adj: a.vel[k] = -a.vel[k]                                                          <L 117>
        adj_2.pos += adj_59;
        wp::adj_neg(var_56, adj_56, adj_58);
        wp::adj_extract(var_57, var_49, adj_55, adj_49, adj_56);
        adj_2.pos += adj_55;
        // adj: a.pos[k] = -a.pos[k]                                                          <L 116>
    }
    wp::adj_extract(var_52, var_49, adj_50, adj_49, adj_51);
    adj_2.pos += adj_50;
    // adj: if a.pos[k] < 0.0:                                                                <L 115>
    // adj: for k in range(2):                                                                <L 114>
    adj_2.pos += adj_48;
    wp::adj_add(var_46, var_47, adj_43, adj_44, adj_45);
    adj_2.vel += adj_44;
    adj_2.pos += adj_43;
    // adj: a.pos = a.pos + a.vel                                                             <L 113>
    adj_2.vel += adj_42;
    wp::adj_add(var_41, var_39, adj_37, adj_39, adj_40);
    wp::adj_mul(var_34, var_38, adj_34, adj_38, adj_39);
    adj_2.vel += adj_37;
    // adj: a.vel = a.vel + to_home * 0.01                                                    <L 112>
    wp::adj_sub(var_35, var_36, adj_32, adj_33, adj_34);
    adj_2.pos += adj_33;
    adj_2.home += adj_32;
    // adj: to_home = a.home - a.pos                                                          <L 111>
    adj_2.vel += adj_31;
    wp::adj_add(var_22, var_29, adj_22, adj_29, adj_30);
    wp::adj_mul(var_26, var_28, adj_26, adj_28, adj_29);
    wp::adj_mul(var_27, var_speed, adj_27, adj_speed, adj_28);
    wp::adj_vec_t(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_sin(var_19, adj_19, adj_25);
    wp::adj_cos(var_19, adj_19, adj_24);
    wp::adj_mul(var_23, var_21, adj_20, adj_21, adj_22);
    adj_2.vel += adj_20;
    // adj: a.vel = a.vel * 0.8 + wp.vec2(wp.cos(theta), wp.sin(theta)) * (0.2 * speed)       <L 110>
    wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
    // adj: theta = wp.randf(rng, 0.0, 2.0 * wp.pi)                                           <L 109>
    if (var_13) {
        label0:;
        // adj: return                                                                        <L 107>
    }
    adj_2.state = adj_11;
    // adj: if a.state == DEAD:                                                               <L 106>
    wp::adj_add(var_8, var_0, adj_8, adj_0, adj_9);
    wp::adj_mul(var_day, var_6, adj_day, adj_6, adj_8);
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_agents.shape = adj_4;
    // adj: rng = wp.rand_init(seed, day * agents.shape[0] + i)                               <L 105>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_agents, var_0, adj_agents, adj_0, adj_1);
    // adj: a = agents[i]                                                                     <L 104>
    // adj: i = wp.tid()                                                                      <L 103>
    // adj: def agent_step(                                                                   <L 93>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void agent_step_b253c9ec_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_agent_step_b253c9ec *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        agent_step_b253c9ec_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void agent_step_b253c9ec_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_agent_step_b253c9ec *_wp_args,
    wp_args_agent_step_b253c9ec *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        agent_step_b253c9ec_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

