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
static CUDA_CALLABLE wp::int32 infected_neighbors_0(
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
    bool var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    const wp::int32 var_23 = 0;
    bool var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    bool var_27;
    const wp::int32 var_28 = 0;
    bool var_29;
    const wp::int32 var_30 = 0;
    bool var_31;
    bool var_32;
    bool var_33;
    wp::int8* var_34;
    wp::int32 var_35;
    wp::int8 var_36;
    const wp::int32 var_37 = 1;
    bool var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::int32 var_41;
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
            var_22 = (var_14 == var_21);
            var_20 = var_22;
            if (var_20) {
                var_24 = (var_19 == var_23);
                var_20 = var_20 && var_24;
            }
            if (var_20) {
                // continue                                                                   <L 26>
                goto start_for_2;
            }
            // ii = i + di                                                                    <L 27>
            var_25 = wp::add(var_i, var_14);
            // jj = j + dj                                                                    <L 28>
            var_26 = wp::add(var_j, var_19);
            // if ii < 0 or jj < 0 or ii >= h or jj >= w:                                     <L 29>
            var_29 = (var_25 < var_28);
            var_27 = var_29;
            if (!var_27) {
                var_31 = (var_26 < var_30);
                var_27 = var_27 || var_31;
            }
            if (!var_27) {
                var_32 = (var_25 >= var_4);
                var_27 = var_27 || var_32;
            }
            if (!var_27) {
                var_33 = (var_26 >= var_8);
                var_27 = var_27 || var_33;
            }
            if (var_27) {
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
                var_40 = wp::add(var_1, var_39);
            }
            var_41 = wp::where(var_38, var_40, var_1);
            wp::assign(var_1, var_41);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // return n                                                                               <L 33>
    return var_1;
}


// corpus/101_epidemic_sir_grid.py:18
static CUDA_CALLABLE void adj_infected_neighbors_0(
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
    bool var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    const wp::int32 var_23 = 0;
    bool var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    bool var_27;
    const wp::int32 var_28 = 0;
    bool var_29;
    const wp::int32 var_30 = 0;
    bool var_31;
    bool var_32;
    bool var_33;
    wp::int8* var_34;
    wp::int32 var_35;
    wp::int8 var_36;
    const wp::int32 var_37 = 1;
    bool var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    wp::int32 var_41;
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
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    bool adj_27 = {};
    wp::int32 adj_28 = {};
    bool adj_29 = {};
    wp::int32 adj_30 = {};
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
            // if di == 0 and dj == 0:                                                        <L 25>
            var_22 = (var_14 == var_21);
            var_20 = var_22;
            if (var_20) {
                var_24 = (var_19 == var_23);
                var_20 = var_20 && var_24;
            }
            if (var_20) {
                // continue                                                                   <L 26>
                goto start_for_2;
            }
            // ii = i + di                                                                    <L 27>
            var_25 = wp::add(var_i, var_14);
            // jj = j + dj                                                                    <L 28>
            var_26 = wp::add(var_j, var_19);
            // if ii < 0 or jj < 0 or ii >= h or jj >= w:                                     <L 29>
            var_29 = (var_25 < var_28);
            var_27 = var_29;
            if (!var_27) {
                var_31 = (var_26 < var_30);
                var_27 = var_27 || var_31;
            }
            if (!var_27) {
                var_32 = (var_25 >= var_4);
                var_27 = var_27 || var_32;
            }
            if (!var_27) {
                var_33 = (var_26 >= var_8);
                var_27 = var_27 || var_33;
            }
            if (var_27) {
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
                var_40 = wp::add(var_1, var_39);
            }
            var_41 = wp::where(var_38, var_40, var_1);
            wp::assign(var_1, var_41);
            wp::adj_assign(var_1, var_41, adj_1, adj_41);
            wp::adj_where(var_38, var_40, var_1, adj_38, adj_40, adj_1, adj_41);
            if (var_38) {
                wp::adj_add(var_1, var_39, adj_1, adj_39, adj_40);
                // adj: n += 1                                                                <L 32>
            }
            wp::adj_address(var_state, var_25, var_26, adj_state, adj_25, adj_26, adj_34);
            // adj: if int(state[ii, jj]) == INFECTED:                                        <L 31>
            if (var_27) {
                // adj: continue                                                              <L 30>
            }
            if (!var_27) {
            }
            if (!var_27) {
            }
            if (!var_27) {
            }
            // adj: if ii < 0 or jj < 0 or ii >= h or jj >= w:                                <L 29>
            wp::adj_add(var_j, var_19, adj_j, adj_19, adj_26);
            // adj: jj = j + dj                                                               <L 28>
            wp::adj_add(var_i, var_14, adj_i, adj_14, adj_25);
            // adj: ii = i + di                                                               <L 27>
            if (var_20) {
                // adj: continue                                                              <L 26>
            }
            if (var_20) {
            }
            // adj: if di == 0 and dj == 0:                                                   <L 25>
        	goto start_for_2;
        end_for_2:;
        wp::adj_add(var_radius, var_16, adj_radius, adj_16, adj_17);
        wp::adj_neg(var_radius, adj_radius, adj_15);
        // adj: for dj in range(-radius, radius + 1):                                         <L 24>
    	goto start_for_0;
    end_for_0:;
    wp::adj_add(var_radius, var_11, adj_radius, adj_11, adj_12);
    wp::adj_neg(var_radius, adj_radius, adj_10);
    // adj: for di in range(-radius, radius + 1):                                             <L 23>
    adj_state.shape = adj_6;
    // adj: w = state.shape[1]                                                                <L 22>
    adj_state.shape = adj_2;
    // adj: h = state.shape[0]                                                                <L 21>
    // adj: n = int(0)                                                                        <L 20>
    // adj: def infected_neighbors(state: wp.array2d(dtype=wp.int8), i: int, j: int, radius: int) -> int:  <L 19>
    return;
}



extern "C" __global__ void sir_step_9d1d5e3a_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int8> var_state,
    wp::array_t<wp::int8> var_next_state,
    wp::array_t<wp::int16> var_days_sick,
    DiseaseParams_08a527f2 var_params,
    wp::int32 var_seed,
    wp::int32 var_day,
    wp::array_t<wp::int32> var_counts)
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
        const wp::int32 var_39 = 1;
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
        wp::float32* var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        bool var_57;
        const wp::int32 var_58 = 2;
        wp::int32 var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        const wp::int32 var_62 = 2;
        bool var_63;
        wp::float32 var_64;
        wp::float32* var_65;
        bool var_66;
        wp::float32 var_67;
        wp::int32 var_68;
        wp::int32 var_69;
        wp::int32 var_70;
        wp::int32 var_71;
        wp::int32 var_72;
        wp::int32 var_73;
        wp::int32 var_74;
        wp::int8 var_75;
        const wp::int32 var_76 = 1;
        wp::int32 var_77;
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
            var_21 = &((var_params).radius);
            var_23 = wp::load(var_21);
            var_22 = infected_neighbors_0(var_state, var_0, var_1, var_23);
            // p_inf = 1.0 - wp.pow(1.0 - params.beta, float(k))                                  <L 44>
            var_26 = &((var_params).beta);
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
        if (!var_20) {
            // elif s == INFECTED:                                                                <L 48>
            var_40 = (var_3 == var_39);
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
                var_47 = &((var_params).mortality);
                var_49 = wp::load(var_47);
                var_48 = (var_46 < var_49);
                if (var_48) {
                    // ns = DEAD                                                                  <L 53>
                    var_51 = wp::copy(var_50);
                }
                if (!var_48) {
                    // elif u < params.mortality + params.gamma:                                  <L 54>
                    var_52 = &((var_params).mortality);
                    var_53 = &((var_params).gamma);
                    var_55 = wp::load(var_52);
                    var_56 = wp::load(var_53);
                    var_54 = wp::add(var_55, var_56);
                    var_57 = (var_46 < var_54);
                    if (var_57) {
                        // ns = RECOVERED                                                         <L 55>
                        var_59 = wp::copy(var_58);
                    }
                    var_60 = wp::where(var_57, var_59, var_18);
                }
                var_61 = wp::where(var_48, var_51, var_60);
            }
            if (!var_40) {
                // elif s == RECOVERED:                                                           <L 56>
                var_63 = (var_3 == var_62);
                if (var_63) {
                    // if wp.randf(rng) < params.immunity_loss:                                   <L 57>
                    var_64 = wp::randf(var_17);
                    var_65 = &((var_params).immunity_loss);
                    var_67 = wp::load(var_65);
                    var_66 = (var_64 < var_67);
                    if (var_66) {
                        // ns = SUSCEPTIBLE                                                       <L 58>
                        var_68 = wp::copy(var_19);
                    }
                    var_69 = wp::where(var_66, var_68, var_18);
                }
                var_70 = wp::where(var_63, var_69, var_18);
            }
            var_71 = wp::where(var_40, var_61, var_70);
            var_72 = wp::where(var_40, var_58, var_62);
        }
        var_73 = wp::where(var_20, var_38, var_71);
        var_74 = wp::where(var_20, var_34, var_39);
        // next_state[i, j] = wp.int8(ns)                                                         <L 59>
        var_75 = wp::int8(var_73);
        wp::array_store(var_next_state, var_0, var_1, var_75);
        // wp.atomic_add(counts, ns, 1)                                                           <L 60>
        var_77 = wp::atomic_add(var_counts, var_73, var_76);
    }
}



extern "C" __global__ void sir_step_9d1d5e3a_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int8> var_state,
    wp::array_t<wp::int8> var_next_state,
    wp::array_t<wp::int16> var_days_sick,
    DiseaseParams_08a527f2 var_params,
    wp::int32 var_seed,
    wp::int32 var_day,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int8> adj_state,
    wp::array_t<wp::int8> adj_next_state,
    wp::array_t<wp::int16> adj_days_sick,
    DiseaseParams_08a527f2 adj_params,
    wp::int32 adj_seed,
    wp::int32 adj_day,
    wp::array_t<wp::int32> adj_counts)
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
        const wp::int32 var_39 = 1;
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
        wp::float32* var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        bool var_57;
        const wp::int32 var_58 = 2;
        wp::int32 var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        const wp::int32 var_62 = 2;
        bool var_63;
        wp::float32 var_64;
        wp::float32* var_65;
        bool var_66;
        wp::float32 var_67;
        wp::int32 var_68;
        wp::int32 var_69;
        wp::int32 var_70;
        wp::int32 var_71;
        wp::int32 var_72;
        wp::int32 var_73;
        wp::int32 var_74;
        wp::int8 var_75;
        const wp::int32 var_76 = 1;
        wp::int32 var_77;
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
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        bool adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        bool adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        bool adj_66 = {};
        wp::float32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int8 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
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
            var_21 = &((var_params).radius);
            var_23 = wp::load(var_21);
            var_22 = infected_neighbors_0(var_state, var_0, var_1, var_23);
            // p_inf = 1.0 - wp.pow(1.0 - params.beta, float(k))                                  <L 44>
            var_26 = &((var_params).beta);
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
        if (!var_20) {
            // elif s == INFECTED:                                                                <L 48>
            var_40 = (var_3 == var_39);
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
                var_47 = &((var_params).mortality);
                var_49 = wp::load(var_47);
                var_48 = (var_46 < var_49);
                if (var_48) {
                    // ns = DEAD                                                                  <L 53>
                    var_51 = wp::copy(var_50);
                }
                if (!var_48) {
                    // elif u < params.mortality + params.gamma:                                  <L 54>
                    var_52 = &((var_params).mortality);
                    var_53 = &((var_params).gamma);
                    var_55 = wp::load(var_52);
                    var_56 = wp::load(var_53);
                    var_54 = wp::add(var_55, var_56);
                    var_57 = (var_46 < var_54);
                    if (var_57) {
                        // ns = RECOVERED                                                         <L 55>
                        var_59 = wp::copy(var_58);
                    }
                    var_60 = wp::where(var_57, var_59, var_18);
                }
                var_61 = wp::where(var_48, var_51, var_60);
            }
            if (!var_40) {
                // elif s == RECOVERED:                                                           <L 56>
                var_63 = (var_3 == var_62);
                if (var_63) {
                    // if wp.randf(rng) < params.immunity_loss:                                   <L 57>
                    var_64 = wp::randf(var_17);
                    var_65 = &((var_params).immunity_loss);
                    var_67 = wp::load(var_65);
                    var_66 = (var_64 < var_67);
                    if (var_66) {
                        // ns = SUSCEPTIBLE                                                       <L 58>
                        var_68 = wp::copy(var_19);
                    }
                    var_69 = wp::where(var_66, var_68, var_18);
                }
                var_70 = wp::where(var_63, var_69, var_18);
            }
            var_71 = wp::where(var_40, var_61, var_70);
            var_72 = wp::where(var_40, var_58, var_62);
        }
        var_73 = wp::where(var_20, var_38, var_71);
        var_74 = wp::where(var_20, var_34, var_39);
        // next_state[i, j] = wp.int8(ns)                                                         <L 59>
        var_75 = wp::int8(var_73);
        // wp::array_store(var_next_state, var_0, var_1, var_75);
        // wp.atomic_add(counts, ns, 1)                                                           <L 60>
        // var_77 = wp::atomic_add(var_counts, var_73, var_76);
        //---------
        // reverse
        wp::adj_atomic_add(var_counts, var_73, var_76, adj_counts, adj_73, adj_76, adj_77);
        // adj: wp.atomic_add(counts, ns, 1)                                                      <L 60>
        wp::adj_array_store(var_next_state, var_0, var_1, var_75, adj_next_state, adj_0, adj_1, adj_75);
        // adj: next_state[i, j] = wp.int8(ns)                                                    <L 59>
        wp::adj_where(var_20, var_34, var_39, adj_20, adj_34, adj_39, adj_74);
        wp::adj_where(var_20, var_38, var_71, adj_20, adj_38, adj_71, adj_73);
        if (!var_20) {
            wp::adj_where(var_40, var_58, var_62, adj_40, adj_58, adj_62, adj_72);
            wp::adj_where(var_40, var_61, var_70, adj_40, adj_61, adj_70, adj_71);
            if (!var_40) {
                wp::adj_where(var_63, var_69, var_18, adj_63, adj_69, adj_18, adj_70);
                if (var_63) {
                    wp::adj_where(var_66, var_68, var_18, adj_66, adj_68, adj_18, adj_69);
                    if (var_66) {
                        wp::adj_copy(var_19, adj_19, adj_68);
                        // adj: ns = SUSCEPTIBLE                                                  <L 58>
                    }
                    adj_params.immunity_loss += adj_65;
                    // adj: if wp.randf(rng) < params.immunity_loss:                              <L 57>
                }
                // adj: elif s == RECOVERED:                                                      <L 56>
            }
            if (var_40) {
                wp::adj_where(var_48, var_51, var_60, adj_48, adj_51, adj_60, adj_61);
                if (!var_48) {
                    wp::adj_where(var_57, var_59, var_18, adj_57, adj_59, adj_18, adj_60);
                    if (var_57) {
                        wp::adj_copy(var_58, adj_58, adj_59);
                        // adj: ns = RECOVERED                                                    <L 55>
                    }
                    wp::adj_add(var_55, var_56, adj_52, adj_53, adj_54);
                    adj_params.gamma += adj_53;
                    adj_params.mortality += adj_52;
                    // adj: elif u < params.mortality + params.gamma:                             <L 54>
                }
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
                wp::adj_address(var_days_sick, var_0, var_1, adj_days_sick, adj_0, adj_1, adj_41);
                // adj: d = days_sick[i, j] + wp.int16(1)                                         <L 49>
            }
            // adj: elif s == INFECTED:                                                           <L 48>
        }
        if (var_20) {
            wp::adj_where(var_33, var_35, var_18, adj_33, adj_35, adj_18, adj_38);
            if (var_33) {
                wp::adj_array_store(var_days_sick, var_0, var_1, var_37, adj_days_sick, adj_0, adj_1, adj_37);
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
        adj_state.shape = adj_11;
        wp::adj_add(var_9, var_0, adj_9, adj_0, adj_10);
        wp::adj_mul(var_day, var_7, adj_day, adj_7, adj_9);
        adj_state.shape = adj_5;
        // adj: rng = wp.rand_init(seed, (day * state.shape[0] + i) * state.shape[1] + j)         <L 40>
        wp::adj_address(var_state, var_0, var_1, adj_state, adj_0, adj_1, adj_2);
        // adj: s = int(state[i, j])                                                              <L 39>
        // adj: i, j = wp.tid()                                                                   <L 38>
        // adj: def sir_step(state: wp.array2d(dtype=wp.int8), next_state: wp.array2d(dtype=wp.int8), days_sick: wp.array2d(dtype=wp.int16), params: DiseaseParams, seed: int, day: int, counts: wp.array(dtype=int)):  <L 37>
        continue;
    }
}



extern "C" __global__ void seed_infections_a3a45f42_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int8> var_state,
    wp::int32 var_seed,
    wp::float32 var_fraction)
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
}



extern "C" __global__ void seed_infections_a3a45f42_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int8> var_state,
    wp::int32 var_seed,
    wp::float32 var_fraction,
    wp::array_t<wp::int8> adj_state,
    wp::int32 adj_seed,
    wp::float32 adj_fraction)
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
            // adj: state[i, j] = wp.int8(SUSCEPTIBLE)                                            <L 70>
        }
        if (var_10) {
            wp::adj_array_store(var_state, var_0, var_1, var_12, adj_state, adj_0, adj_1, adj_12);
            // adj: state[i, j] = wp.int8(INFECTED)                                               <L 68>
        }
        // adj: if wp.randf(rng) < fraction:                                                      <L 67>
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_7);
        wp::adj_mul(var_0, var_4, adj_0, adj_4, adj_6);
        adj_state.shape = adj_2;
        // adj: rng = wp.rand_init(seed, i * state.shape[1] + j)                                  <L 66>
        // adj: i, j = wp.tid()                                                                   <L 65>
        // adj: def seed_infections(state: wp.array2d(dtype=wp.int8), seed: int, fraction: float):  <L 64>
        continue;
    }
}



extern "C" __global__ void sick_duration_histogram_1255049d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int8> var_state,
    wp::array_t<wp::int16> var_days_sick,
    wp::array_t<wp::int32> var_hist)
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
            continue;
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
}



extern "C" __global__ void sick_duration_histogram_1255049d_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int8> var_state,
    wp::array_t<wp::int16> var_days_sick,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int8> adj_state,
    wp::array_t<wp::int16> adj_days_sick,
    wp::array_t<wp::int32> adj_hist)
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
        adj_hist.shape = adj_10;
        // adj: b = wp.min(d, hist.shape[0] - 1)                                                  <L 79>
        wp::adj_address(var_days_sick, var_0, var_1, adj_days_sick, adj_0, adj_1, adj_7);
        // adj: d = int(days_sick[i, j])                                                          <L 78>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 77>
        }
        wp::adj_address(var_state, var_0, var_1, adj_state, adj_0, adj_1, adj_2);
        // adj: if int(state[i, j]) != INFECTED:                                                  <L 76>
        // adj: i, j = wp.tid()                                                                   <L 75>
        // adj: def sick_duration_histogram(state: wp.array2d(dtype=wp.int8), days_sick: wp.array2d(dtype=wp.int16), hist: wp.array(dtype=int)):  <L 74>
        continue;
    }
}



extern "C" __global__ void agent_step_b253c9ec_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Agent_cc3a7576> var_agents,
    DiseaseParams_08a527f2 var_params,
    wp::int32 var_seed,
    wp::int32 var_day,
    wp::float32 var_world,
    wp::float32 var_contact_radius,
    wp::float32 var_speed,
    wp::array_t<wp::int32> var_new_infections)
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
        wp::vec_t<2, wp::float32> var_33;
        wp::vec_t<2, wp::float32> var_34;
        wp::vec_t<2, wp::float32> var_35;
        wp::vec_t<2, wp::float32>* var_36;
        const wp::float32 var_37 = 0.01;
        wp::vec_t<2, wp::float32> var_38;
        wp::vec_t<2, wp::float32> var_39;
        wp::vec_t<2, wp::float32> var_40;
        wp::vec_t<2, wp::float32>* var_41;
        wp::vec_t<2, wp::float32>* var_42;
        wp::vec_t<2, wp::float32> var_43;
        wp::vec_t<2, wp::float32> var_44;
        wp::vec_t<2, wp::float32> var_45;
        const wp::int32 var_46 = 0;
        wp::vec_t<2, wp::float32>* var_47;
        wp::float32 var_48;
        wp::vec_t<2, wp::float32> var_49;
        const wp::float32 var_50 = 0.0;
        bool var_51;
        wp::vec_t<2, wp::float32>* var_52;
        wp::float32 var_53;
        wp::vec_t<2, wp::float32> var_54;
        wp::float32 var_55;
        wp::vec_t<2, wp::float32>* var_56;
        wp::float32* var_57;
        wp::vec_t<2, wp::float32>* var_58;
        wp::float32 var_59;
        wp::vec_t<2, wp::float32> var_60;
        wp::float32 var_61;
        wp::vec_t<2, wp::float32>* var_62;
        wp::float32* var_63;
        wp::vec_t<2, wp::float32>* var_64;
        wp::float32 var_65;
        wp::vec_t<2, wp::float32> var_66;
        bool var_67;
        const wp::float32 var_68 = 2.0;
        wp::float32 var_69;
        wp::vec_t<2, wp::float32>* var_70;
        wp::float32 var_71;
        wp::vec_t<2, wp::float32> var_72;
        wp::float32 var_73;
        wp::vec_t<2, wp::float32>* var_74;
        wp::float32* var_75;
        wp::vec_t<2, wp::float32>* var_76;
        wp::float32 var_77;
        wp::vec_t<2, wp::float32> var_78;
        wp::float32 var_79;
        wp::vec_t<2, wp::float32>* var_80;
        wp::float32* var_81;
        const wp::int32 var_82 = 1;
        wp::vec_t<2, wp::float32>* var_83;
        wp::float32 var_84;
        wp::vec_t<2, wp::float32> var_85;
        const wp::float32 var_86 = 0.0;
        bool var_87;
        wp::vec_t<2, wp::float32>* var_88;
        wp::float32 var_89;
        wp::vec_t<2, wp::float32> var_90;
        wp::float32 var_91;
        wp::vec_t<2, wp::float32>* var_92;
        wp::float32* var_93;
        wp::vec_t<2, wp::float32>* var_94;
        wp::float32 var_95;
        wp::vec_t<2, wp::float32> var_96;
        wp::float32 var_97;
        wp::vec_t<2, wp::float32>* var_98;
        wp::float32* var_99;
        wp::vec_t<2, wp::float32>* var_100;
        wp::float32 var_101;
        wp::vec_t<2, wp::float32> var_102;
        bool var_103;
        const wp::float32 var_104 = 2.0;
        wp::float32 var_105;
        wp::vec_t<2, wp::float32>* var_106;
        wp::float32 var_107;
        wp::vec_t<2, wp::float32> var_108;
        wp::float32 var_109;
        wp::vec_t<2, wp::float32>* var_110;
        wp::float32* var_111;
        wp::vec_t<2, wp::float32>* var_112;
        wp::float32 var_113;
        wp::vec_t<2, wp::float32> var_114;
        wp::float32 var_115;
        wp::vec_t<2, wp::float32>* var_116;
        wp::float32* var_117;
        wp::int32* var_118;
        const wp::int32 var_119 = 0;
        bool var_120;
        wp::int32 var_121;
        wp::float32 var_122;
        const wp::int32 var_123 = 0;
        wp::int32 var_124;
        wp::shape_t* var_125;
        const wp::int32 var_126 = 0;
        wp::int32 var_127;
        wp::shape_t var_128;
        wp::range_t var_129;
        wp::int32 var_130;
        bool var_131;
        Agent_cc3a7576* var_132;
        Agent_cc3a7576 var_133;
        Agent_cc3a7576 var_134;
        wp::int32* var_135;
        const wp::int32 var_136 = 1;
        bool var_137;
        wp::int32 var_138;
        wp::vec_t<2, wp::float32>* var_139;
        wp::vec_t<2, wp::float32>* var_140;
        wp::vec_t<2, wp::float32> var_141;
        wp::vec_t<2, wp::float32> var_142;
        wp::vec_t<2, wp::float32> var_143;
        wp::float32 var_144;
        bool var_145;
        const wp::int32 var_146 = 1;
        wp::int32 var_147;
        const wp::int32 var_148 = 8;
        bool var_149;
        wp::int32 var_150;
        wp::int32 var_151;
        const wp::int32 var_152 = 0;
        bool var_153;
        const wp::float32 var_154 = 1.0;
        const wp::float32 var_155 = 1.0;
        wp::float32* var_156;
        wp::float32 var_157;
        wp::float32 var_158;
        wp::float32 var_159;
        wp::float32 var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        bool var_163;
        const wp::int32 var_164 = 0;
        const wp::int32 var_165 = 0;
        const wp::int32 var_166 = 1;
        wp::int32 var_167;
        wp::int32* var_168;
        const wp::int32 var_169 = 1;
        bool var_170;
        wp::int32 var_171;
        wp::int32* var_172;
        const wp::int32 var_173 = 1;
        wp::int32 var_174;
        wp::int32 var_175;
        wp::float32 var_176;
        wp::float32* var_177;
        bool var_178;
        wp::float32 var_179;
        const wp::float32 var_180 = 0.0;
        const wp::float32 var_181 = 0.0;
        wp::vec_t<2, wp::float32> var_182;
        wp::float32* var_183;
        wp::float32* var_184;
        wp::float32 var_185;
        wp::float32 var_186;
        wp::float32 var_187;
        bool var_188;
        const wp::int32 var_189 = 2;
        wp::float32 var_190;
        wp::float32* var_191;
        bool var_192;
        wp::float32 var_193;
        wp::int32 var_194;
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
        var_11 = &((var_2).state);
        var_14 = wp::load(var_11);
        var_13 = (var_14 == var_12);
        if (var_13) {
            // return                                                                             <L 107>
            continue;
        }
        // theta = wp.randf(rng, 0.0, 2.0 * wp.pi)                                                <L 109>
        var_18 = wp::mul(var_16, var_17);
        var_19 = wp::randf(var_10, var_15, var_18);
        // a.vel = a.vel * 0.8 + wp.vec2(wp.cos(theta), wp.sin(theta)) * (0.2 * speed)            <L 110>
        var_20 = &((var_2).vel);
        var_23 = wp::load(var_20);
        var_22 = wp::mul(var_23, var_21);
        var_24 = wp::cos(var_19);
        var_25 = wp::sin(var_19);
        var_26 = wp::vec_t<2, wp::float32>(var_24, var_25);
        var_28 = wp::mul(var_27, var_speed);
        var_29 = wp::mul(var_26, var_28);
        var_30 = wp::add(var_22, var_29);
        var_2.vel = var_30;
        // to_home = a.home - a.pos                                                               <L 111>
        var_31 = &((var_2).home);
        var_32 = &((var_2).pos);
        var_34 = wp::load(var_31);
        var_35 = wp::load(var_32);
        var_33 = wp::sub(var_34, var_35);
        // a.vel = a.vel + to_home * 0.01                                                         <L 112>
        var_36 = &((var_2).vel);
        var_38 = wp::mul(var_33, var_37);
        var_40 = wp::load(var_36);
        var_39 = wp::add(var_40, var_38);
        var_2.vel = var_39;
        // a.pos = a.pos + a.vel                                                                  <L 113>
        var_41 = &((var_2).pos);
        var_42 = &((var_2).vel);
        var_44 = wp::load(var_41);
        var_45 = wp::load(var_42);
        var_43 = wp::add(var_44, var_45);
        var_2.pos = var_43;
        // for k in range(2):                                                                     <L 114>
        // if a.pos[k] < 0.0:                                                                     <L 115>
        var_47 = &((var_2).pos);
        var_49 = wp::load(var_47);
        var_48 = wp::extract(var_49, var_46);
        var_51 = (var_48 < var_50);
        if (var_51) {
            // a.pos[k] = -a.pos[k]                                                               <L 116>
            var_52 = &((var_2).pos);
            var_54 = wp::load(var_52);
            var_53 = wp::extract(var_54, var_46);
            var_55 = wp::neg(var_53);
            var_56 = &((var_2).pos);
            var_57 = wp::indexref(var_56, var_46);
            wp::store(var_57, var_55);
            // a.vel[k] = -a.vel[k]                                                               <L 117>
            var_58 = &((var_2).vel);
            var_60 = wp::load(var_58);
            var_59 = wp::extract(var_60, var_46);
            var_61 = wp::neg(var_59);
            var_62 = &((var_2).vel);
            var_63 = wp::indexref(var_62, var_46);
            wp::store(var_63, var_61);
        }
        if (!var_51) {
            // elif a.pos[k] > world:                                                             <L 118>
            var_64 = &((var_2).pos);
            var_66 = wp::load(var_64);
            var_65 = wp::extract(var_66, var_46);
            var_67 = (var_65 > var_world);
            if (var_67) {
                // a.pos[k] = 2.0 * world - a.pos[k]                                              <L 119>
                var_69 = wp::mul(var_68, var_world);
                var_70 = &((var_2).pos);
                var_72 = wp::load(var_70);
                var_71 = wp::extract(var_72, var_46);
                var_73 = wp::sub(var_69, var_71);
                var_74 = &((var_2).pos);
                var_75 = wp::indexref(var_74, var_46);
                wp::store(var_75, var_73);
                // a.vel[k] = -a.vel[k]                                                           <L 120>
                var_76 = &((var_2).vel);
                var_78 = wp::load(var_76);
                var_77 = wp::extract(var_78, var_46);
                var_79 = wp::neg(var_77);
                var_80 = &((var_2).vel);
                var_81 = wp::indexref(var_80, var_46);
                wp::store(var_81, var_79);
            }
        }
        // if a.pos[k] < 0.0:                                                                     <L 115>
        var_83 = &((var_2).pos);
        var_85 = wp::load(var_83);
        var_84 = wp::extract(var_85, var_82);
        var_87 = (var_84 < var_86);
        if (var_87) {
            // a.pos[k] = -a.pos[k]                                                               <L 116>
            var_88 = &((var_2).pos);
            var_90 = wp::load(var_88);
            var_89 = wp::extract(var_90, var_82);
            var_91 = wp::neg(var_89);
            var_92 = &((var_2).pos);
            var_93 = wp::indexref(var_92, var_82);
            wp::store(var_93, var_91);
            // a.vel[k] = -a.vel[k]                                                               <L 117>
            var_94 = &((var_2).vel);
            var_96 = wp::load(var_94);
            var_95 = wp::extract(var_96, var_82);
            var_97 = wp::neg(var_95);
            var_98 = &((var_2).vel);
            var_99 = wp::indexref(var_98, var_82);
            wp::store(var_99, var_97);
        }
        if (!var_87) {
            // elif a.pos[k] > world:                                                             <L 118>
            var_100 = &((var_2).pos);
            var_102 = wp::load(var_100);
            var_101 = wp::extract(var_102, var_82);
            var_103 = (var_101 > var_world);
            if (var_103) {
                // a.pos[k] = 2.0 * world - a.pos[k]                                              <L 119>
                var_105 = wp::mul(var_104, var_world);
                var_106 = &((var_2).pos);
                var_108 = wp::load(var_106);
                var_107 = wp::extract(var_108, var_82);
                var_109 = wp::sub(var_105, var_107);
                var_110 = &((var_2).pos);
                var_111 = wp::indexref(var_110, var_82);
                wp::store(var_111, var_109);
                // a.vel[k] = -a.vel[k]                                                           <L 120>
                var_112 = &((var_2).vel);
                var_114 = wp::load(var_112);
                var_113 = wp::extract(var_114, var_82);
                var_115 = wp::neg(var_113);
                var_116 = &((var_2).vel);
                var_117 = wp::indexref(var_116, var_82);
                wp::store(var_117, var_115);
            }
        }
        // if a.state == SUSCEPTIBLE:                                                             <L 121>
        var_118 = &((var_2).state);
        var_121 = wp::load(var_118);
        var_120 = (var_121 == var_119);
        if (var_120) {
            // r2 = contact_radius * contact_radius                                               <L 122>
            var_122 = wp::mul(var_contact_radius, var_contact_radius);
            // exposures = int(0)                                                                 <L 123>
            var_124 = wp::int(var_123);
            // for j in range(agents.shape[0]):                                                   <L 124>
            var_125 = &(var_agents.shape);
            var_128 = wp::load(var_125);
            var_127 = wp::extract(var_128, var_126);
            var_129 = wp::range(var_127);
            start_for_1:;
                if (iter_cmp(var_129) == 0) goto end_for_1;
                var_130 = wp::iter_next(var_129);
                // if j == i:                                                                     <L 125>
                var_131 = (var_130 == var_0);
                if (var_131) {
                    // continue                                                                   <L 126>
                    goto start_for_1;
                }
                // b = agents[j]                                                                  <L 127>
                var_132 = wp::address(var_agents, var_130);
                var_134 = wp::load(var_132);
                var_133 = wp::copy(var_134);
                // if b.state != INFECTED:                                                        <L 128>
                var_135 = &((var_133).state);
                var_138 = wp::load(var_135);
                var_137 = (var_138 != var_136);
                if (var_137) {
                    // continue                                                                   <L 129>
                    goto start_for_1;
                }
                // d = b.pos - a.pos                                                              <L 130>
                var_139 = &((var_133).pos);
                var_140 = &((var_2).pos);
                var_142 = wp::load(var_139);
                var_143 = wp::load(var_140);
                var_141 = wp::sub(var_142, var_143);
                // if wp.dot(d, d) < r2:                                                          <L 131>
                var_144 = wp::dot(var_141, var_141);
                var_145 = (var_144 < var_122);
                if (var_145) {
                    // exposures += 1                                                             <L 132>
                    var_147 = wp::add(var_124, var_146);
                    // if exposures >= 8:                                                         <L 133>
                    var_149 = (var_147 >= var_148);
                    if (var_149) {
                        // break                                                                  <L 134>
                        wp::assign(var_124, var_147);
                        goto end_for_1;
                    }
                    var_150 = wp::where(var_149, var_124, var_147);
                }
                var_151 = wp::where(var_145, var_150, var_124);
                wp::assign(var_124, var_151);
                goto start_for_1;
            end_for_1:;
            // if exposures > 0:                                                                  <L 135>
            var_153 = (var_124 > var_152);
            if (var_153) {
                // p_inf = 1.0 - wp.pow(1.0 - params.beta, float(exposures))                      <L 136>
                var_156 = &((var_params).beta);
                var_158 = wp::load(var_156);
                var_157 = wp::sub(var_155, var_158);
                var_159 = wp::float(var_124);
                var_160 = wp::pow(var_157, var_159);
                var_161 = wp::sub(var_154, var_160);
                // if wp.randf(rng) < p_inf:                                                      <L 137>
                var_162 = wp::randf(var_10);
                var_163 = (var_162 < var_161);
                if (var_163) {
                    // a.state = INFECTED                                                         <L 138>
                    var_2.state = var_136;
                    // a.timer = 0                                                                <L 139>
                    var_2.timer = var_164;
                    // wp.atomic_add(new_infections, 0, 1)                                        <L 140>
                    var_167 = wp::atomic_add(var_new_infections, var_165, var_166);
                }
            }
        }
        if (!var_120) {
            // elif a.state == INFECTED:                                                          <L 141>
            var_168 = &((var_2).state);
            var_171 = wp::load(var_168);
            var_170 = (var_171 == var_169);
            if (var_170) {
                // a.timer = a.timer + 1                                                          <L 142>
                var_172 = &((var_2).timer);
                var_175 = wp::load(var_172);
                var_174 = wp::add(var_175, var_173);
                var_2.timer = var_174;
                // u = wp.randf(rng)                                                              <L 143>
                var_176 = wp::randf(var_10);
                // if u < params.mortality:                                                       <L 144>
                var_177 = &((var_params).mortality);
                var_179 = wp::load(var_177);
                var_178 = (var_176 < var_179);
                if (var_178) {
                    // a.state = DEAD                                                             <L 145>
                    var_2.state = var_12;
                    // a.vel = wp.vec2(0.0, 0.0)                                                  <L 146>
                    var_182 = wp::vec_t<2, wp::float32>(var_180, var_181);
                    var_2.vel = var_182;
                }
                if (!var_178) {
                    // elif u < params.mortality + params.gamma:                                  <L 147>
                    var_183 = &((var_params).mortality);
                    var_184 = &((var_params).gamma);
                    var_186 = wp::load(var_183);
                    var_187 = wp::load(var_184);
                    var_185 = wp::add(var_186, var_187);
                    var_188 = (var_176 < var_185);
                    if (var_188) {
                        // a.state = RECOVERED                                                    <L 148>
                        var_2.state = var_189;
                    }
                }
            }
            if (!var_170) {
                // if wp.randf(rng) < params.immunity_loss:                                       <L 150>
                var_190 = wp::randf(var_10);
                var_191 = &((var_params).immunity_loss);
                var_193 = wp::load(var_191);
                var_192 = (var_190 < var_193);
                if (var_192) {
                    // a.state = SUSCEPTIBLE                                                      <L 151>
                    var_2.state = var_119;
                }
            }
        }
        var_194 = wp::where(var_120, var_136, var_169);
        // agents[i] = a                                                                          <L 152>
        wp::array_store(var_agents, var_0, var_2);
    }
}



extern "C" __global__ void agent_step_b253c9ec_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Agent_cc3a7576> var_agents,
    DiseaseParams_08a527f2 var_params,
    wp::int32 var_seed,
    wp::int32 var_day,
    wp::float32 var_world,
    wp::float32 var_contact_radius,
    wp::float32 var_speed,
    wp::array_t<wp::int32> var_new_infections,
    wp::array_t<Agent_cc3a7576> adj_agents,
    DiseaseParams_08a527f2 adj_params,
    wp::int32 adj_seed,
    wp::int32 adj_day,
    wp::float32 adj_world,
    wp::float32 adj_contact_radius,
    wp::float32 adj_speed,
    wp::array_t<wp::int32> adj_new_infections)
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
        wp::vec_t<2, wp::float32> var_33;
        wp::vec_t<2, wp::float32> var_34;
        wp::vec_t<2, wp::float32> var_35;
        wp::vec_t<2, wp::float32>* var_36;
        const wp::float32 var_37 = 0.01;
        wp::vec_t<2, wp::float32> var_38;
        wp::vec_t<2, wp::float32> var_39;
        wp::vec_t<2, wp::float32> var_40;
        wp::vec_t<2, wp::float32>* var_41;
        wp::vec_t<2, wp::float32>* var_42;
        wp::vec_t<2, wp::float32> var_43;
        wp::vec_t<2, wp::float32> var_44;
        wp::vec_t<2, wp::float32> var_45;
        const wp::int32 var_46 = 0;
        wp::vec_t<2, wp::float32>* var_47;
        wp::float32 var_48;
        wp::vec_t<2, wp::float32> var_49;
        const wp::float32 var_50 = 0.0;
        bool var_51;
        wp::vec_t<2, wp::float32>* var_52;
        wp::float32 var_53;
        wp::vec_t<2, wp::float32> var_54;
        wp::float32 var_55;
        wp::vec_t<2, wp::float32>* var_56;
        wp::float32* var_57;
        wp::vec_t<2, wp::float32>* var_58;
        wp::float32 var_59;
        wp::vec_t<2, wp::float32> var_60;
        wp::float32 var_61;
        wp::vec_t<2, wp::float32>* var_62;
        wp::float32* var_63;
        wp::vec_t<2, wp::float32>* var_64;
        wp::float32 var_65;
        wp::vec_t<2, wp::float32> var_66;
        bool var_67;
        const wp::float32 var_68 = 2.0;
        wp::float32 var_69;
        wp::vec_t<2, wp::float32>* var_70;
        wp::float32 var_71;
        wp::vec_t<2, wp::float32> var_72;
        wp::float32 var_73;
        wp::vec_t<2, wp::float32>* var_74;
        wp::float32* var_75;
        wp::vec_t<2, wp::float32>* var_76;
        wp::float32 var_77;
        wp::vec_t<2, wp::float32> var_78;
        wp::float32 var_79;
        wp::vec_t<2, wp::float32>* var_80;
        wp::float32* var_81;
        const wp::int32 var_82 = 1;
        wp::vec_t<2, wp::float32>* var_83;
        wp::float32 var_84;
        wp::vec_t<2, wp::float32> var_85;
        const wp::float32 var_86 = 0.0;
        bool var_87;
        wp::vec_t<2, wp::float32>* var_88;
        wp::float32 var_89;
        wp::vec_t<2, wp::float32> var_90;
        wp::float32 var_91;
        wp::vec_t<2, wp::float32>* var_92;
        wp::float32* var_93;
        wp::vec_t<2, wp::float32>* var_94;
        wp::float32 var_95;
        wp::vec_t<2, wp::float32> var_96;
        wp::float32 var_97;
        wp::vec_t<2, wp::float32>* var_98;
        wp::float32* var_99;
        wp::vec_t<2, wp::float32>* var_100;
        wp::float32 var_101;
        wp::vec_t<2, wp::float32> var_102;
        bool var_103;
        const wp::float32 var_104 = 2.0;
        wp::float32 var_105;
        wp::vec_t<2, wp::float32>* var_106;
        wp::float32 var_107;
        wp::vec_t<2, wp::float32> var_108;
        wp::float32 var_109;
        wp::vec_t<2, wp::float32>* var_110;
        wp::float32* var_111;
        wp::vec_t<2, wp::float32>* var_112;
        wp::float32 var_113;
        wp::vec_t<2, wp::float32> var_114;
        wp::float32 var_115;
        wp::vec_t<2, wp::float32>* var_116;
        wp::float32* var_117;
        wp::int32* var_118;
        const wp::int32 var_119 = 0;
        bool var_120;
        wp::int32 var_121;
        wp::float32 var_122;
        const wp::int32 var_123 = 0;
        wp::int32 var_124;
        wp::shape_t* var_125;
        const wp::int32 var_126 = 0;
        wp::int32 var_127;
        wp::shape_t var_128;
        wp::range_t var_129;
        wp::int32 var_130;
        bool var_131;
        Agent_cc3a7576* var_132;
        Agent_cc3a7576 var_133;
        Agent_cc3a7576 var_134;
        wp::int32* var_135;
        const wp::int32 var_136 = 1;
        bool var_137;
        wp::int32 var_138;
        wp::vec_t<2, wp::float32>* var_139;
        wp::vec_t<2, wp::float32>* var_140;
        wp::vec_t<2, wp::float32> var_141;
        wp::vec_t<2, wp::float32> var_142;
        wp::vec_t<2, wp::float32> var_143;
        wp::float32 var_144;
        bool var_145;
        const wp::int32 var_146 = 1;
        wp::int32 var_147;
        const wp::int32 var_148 = 8;
        bool var_149;
        wp::int32 var_150;
        wp::int32 var_151;
        const wp::int32 var_152 = 0;
        bool var_153;
        const wp::float32 var_154 = 1.0;
        const wp::float32 var_155 = 1.0;
        wp::float32* var_156;
        wp::float32 var_157;
        wp::float32 var_158;
        wp::float32 var_159;
        wp::float32 var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        bool var_163;
        const wp::int32 var_164 = 0;
        const wp::int32 var_165 = 0;
        const wp::int32 var_166 = 1;
        wp::int32 var_167;
        wp::int32* var_168;
        const wp::int32 var_169 = 1;
        bool var_170;
        wp::int32 var_171;
        wp::int32* var_172;
        const wp::int32 var_173 = 1;
        wp::int32 var_174;
        wp::int32 var_175;
        wp::float32 var_176;
        wp::float32* var_177;
        bool var_178;
        wp::float32 var_179;
        const wp::float32 var_180 = 0.0;
        const wp::float32 var_181 = 0.0;
        wp::vec_t<2, wp::float32> var_182;
        wp::float32* var_183;
        wp::float32* var_184;
        wp::float32 var_185;
        wp::float32 var_186;
        wp::float32 var_187;
        bool var_188;
        const wp::int32 var_189 = 2;
        wp::float32 var_190;
        wp::float32* var_191;
        bool var_192;
        wp::float32 var_193;
        wp::int32 var_194;
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
        wp::float32 adj_37 = {};
        wp::vec_t<2, wp::float32> adj_38 = {};
        wp::vec_t<2, wp::float32> adj_39 = {};
        wp::vec_t<2, wp::float32> adj_40 = {};
        wp::vec_t<2, wp::float32> adj_41 = {};
        wp::vec_t<2, wp::float32> adj_42 = {};
        wp::vec_t<2, wp::float32> adj_43 = {};
        wp::vec_t<2, wp::float32> adj_44 = {};
        wp::vec_t<2, wp::float32> adj_45 = {};
        wp::int32 adj_46 = {};
        wp::vec_t<2, wp::float32> adj_47 = {};
        wp::float32 adj_48 = {};
        wp::vec_t<2, wp::float32> adj_49 = {};
        wp::float32 adj_50 = {};
        bool adj_51 = {};
        wp::vec_t<2, wp::float32> adj_52 = {};
        wp::float32 adj_53 = {};
        wp::vec_t<2, wp::float32> adj_54 = {};
        wp::float32 adj_55 = {};
        wp::vec_t<2, wp::float32> adj_56 = {};
        wp::float32 adj_57 = {};
        wp::vec_t<2, wp::float32> adj_58 = {};
        wp::float32 adj_59 = {};
        wp::vec_t<2, wp::float32> adj_60 = {};
        wp::float32 adj_61 = {};
        wp::vec_t<2, wp::float32> adj_62 = {};
        wp::float32 adj_63 = {};
        wp::vec_t<2, wp::float32> adj_64 = {};
        wp::float32 adj_65 = {};
        wp::vec_t<2, wp::float32> adj_66 = {};
        bool adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::vec_t<2, wp::float32> adj_70 = {};
        wp::float32 adj_71 = {};
        wp::vec_t<2, wp::float32> adj_72 = {};
        wp::float32 adj_73 = {};
        wp::vec_t<2, wp::float32> adj_74 = {};
        wp::float32 adj_75 = {};
        wp::vec_t<2, wp::float32> adj_76 = {};
        wp::float32 adj_77 = {};
        wp::vec_t<2, wp::float32> adj_78 = {};
        wp::float32 adj_79 = {};
        wp::vec_t<2, wp::float32> adj_80 = {};
        wp::float32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::vec_t<2, wp::float32> adj_83 = {};
        wp::float32 adj_84 = {};
        wp::vec_t<2, wp::float32> adj_85 = {};
        wp::float32 adj_86 = {};
        bool adj_87 = {};
        wp::vec_t<2, wp::float32> adj_88 = {};
        wp::float32 adj_89 = {};
        wp::vec_t<2, wp::float32> adj_90 = {};
        wp::float32 adj_91 = {};
        wp::vec_t<2, wp::float32> adj_92 = {};
        wp::float32 adj_93 = {};
        wp::vec_t<2, wp::float32> adj_94 = {};
        wp::float32 adj_95 = {};
        wp::vec_t<2, wp::float32> adj_96 = {};
        wp::float32 adj_97 = {};
        wp::vec_t<2, wp::float32> adj_98 = {};
        wp::float32 adj_99 = {};
        wp::vec_t<2, wp::float32> adj_100 = {};
        wp::float32 adj_101 = {};
        wp::vec_t<2, wp::float32> adj_102 = {};
        bool adj_103 = {};
        wp::float32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::vec_t<2, wp::float32> adj_106 = {};
        wp::float32 adj_107 = {};
        wp::vec_t<2, wp::float32> adj_108 = {};
        wp::float32 adj_109 = {};
        wp::vec_t<2, wp::float32> adj_110 = {};
        wp::float32 adj_111 = {};
        wp::vec_t<2, wp::float32> adj_112 = {};
        wp::float32 adj_113 = {};
        wp::vec_t<2, wp::float32> adj_114 = {};
        wp::float32 adj_115 = {};
        wp::vec_t<2, wp::float32> adj_116 = {};
        wp::float32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::int32 adj_119 = {};
        bool adj_120 = {};
        wp::int32 adj_121 = {};
        wp::float32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        wp::shape_t adj_125 = {};
        wp::int32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::shape_t adj_128 = {};
        wp::range_t adj_129 = {};
        wp::int32 adj_130 = {};
        bool adj_131 = {};
        Agent_cc3a7576 adj_132 = {};
        Agent_cc3a7576 adj_133 = {};
        Agent_cc3a7576 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        bool adj_137 = {};
        wp::int32 adj_138 = {};
        wp::vec_t<2, wp::float32> adj_139 = {};
        wp::vec_t<2, wp::float32> adj_140 = {};
        wp::vec_t<2, wp::float32> adj_141 = {};
        wp::vec_t<2, wp::float32> adj_142 = {};
        wp::vec_t<2, wp::float32> adj_143 = {};
        wp::float32 adj_144 = {};
        bool adj_145 = {};
        wp::int32 adj_146 = {};
        wp::int32 adj_147 = {};
        wp::int32 adj_148 = {};
        bool adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::int32 adj_152 = {};
        bool adj_153 = {};
        wp::float32 adj_154 = {};
        wp::float32 adj_155 = {};
        wp::float32 adj_156 = {};
        wp::float32 adj_157 = {};
        wp::float32 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::float32 adj_160 = {};
        wp::float32 adj_161 = {};
        wp::float32 adj_162 = {};
        bool adj_163 = {};
        wp::int32 adj_164 = {};
        wp::int32 adj_165 = {};
        wp::int32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::int32 adj_168 = {};
        wp::int32 adj_169 = {};
        bool adj_170 = {};
        wp::int32 adj_171 = {};
        wp::int32 adj_172 = {};
        wp::int32 adj_173 = {};
        wp::int32 adj_174 = {};
        wp::int32 adj_175 = {};
        wp::float32 adj_176 = {};
        wp::float32 adj_177 = {};
        bool adj_178 = {};
        wp::float32 adj_179 = {};
        wp::float32 adj_180 = {};
        wp::float32 adj_181 = {};
        wp::vec_t<2, wp::float32> adj_182 = {};
        wp::float32 adj_183 = {};
        wp::float32 adj_184 = {};
        wp::float32 adj_185 = {};
        wp::float32 adj_186 = {};
        wp::float32 adj_187 = {};
        bool adj_188 = {};
        wp::int32 adj_189 = {};
        wp::float32 adj_190 = {};
        wp::float32 adj_191 = {};
        bool adj_192 = {};
        wp::float32 adj_193 = {};
        wp::int32 adj_194 = {};
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
        var_11 = &((var_2).state);
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
        var_20 = &((var_2).vel);
        var_23 = wp::load(var_20);
        var_22 = wp::mul(var_23, var_21);
        var_24 = wp::cos(var_19);
        var_25 = wp::sin(var_19);
        var_26 = wp::vec_t<2, wp::float32>(var_24, var_25);
        var_28 = wp::mul(var_27, var_speed);
        var_29 = wp::mul(var_26, var_28);
        var_30 = wp::add(var_22, var_29);
        var_2.vel = var_30;
        // to_home = a.home - a.pos                                                               <L 111>
        var_31 = &((var_2).home);
        var_32 = &((var_2).pos);
        var_34 = wp::load(var_31);
        var_35 = wp::load(var_32);
        var_33 = wp::sub(var_34, var_35);
        // a.vel = a.vel + to_home * 0.01                                                         <L 112>
        var_36 = &((var_2).vel);
        var_38 = wp::mul(var_33, var_37);
        var_40 = wp::load(var_36);
        var_39 = wp::add(var_40, var_38);
        var_2.vel = var_39;
        // a.pos = a.pos + a.vel                                                                  <L 113>
        var_41 = &((var_2).pos);
        var_42 = &((var_2).vel);
        var_44 = wp::load(var_41);
        var_45 = wp::load(var_42);
        var_43 = wp::add(var_44, var_45);
        var_2.pos = var_43;
        // for k in range(2):                                                                     <L 114>
        // if a.pos[k] < 0.0:                                                                     <L 115>
        var_47 = &((var_2).pos);
        var_49 = wp::load(var_47);
        var_48 = wp::extract(var_49, var_46);
        var_51 = (var_48 < var_50);
        if (var_51) {
            // a.pos[k] = -a.pos[k]                                                               <L 116>
            var_52 = &((var_2).pos);
            var_54 = wp::load(var_52);
            var_53 = wp::extract(var_54, var_46);
            var_55 = wp::neg(var_53);
            var_56 = &((var_2).pos);
            // var_57 = wp::indexref(var_56, var_46);
            // wp::store(var_57, var_55);
            // a.vel[k] = -a.vel[k]                                                               <L 117>
            var_58 = &((var_2).vel);
            var_60 = wp::load(var_58);
            var_59 = wp::extract(var_60, var_46);
            var_61 = wp::neg(var_59);
            var_62 = &((var_2).vel);
            // var_63 = wp::indexref(var_62, var_46);
            // wp::store(var_63, var_61);
        }
        if (!var_51) {
            // elif a.pos[k] > world:                                                             <L 118>
            var_64 = &((var_2).pos);
            var_66 = wp::load(var_64);
            var_65 = wp::extract(var_66, var_46);
            var_67 = (var_65 > var_world);
            if (var_67) {
                // a.pos[k] = 2.0 * world - a.pos[k]                                              <L 119>
                var_69 = wp::mul(var_68, var_world);
                var_70 = &((var_2).pos);
                var_72 = wp::load(var_70);
                var_71 = wp::extract(var_72, var_46);
                var_73 = wp::sub(var_69, var_71);
                var_74 = &((var_2).pos);
                // var_75 = wp::indexref(var_74, var_46);
                // wp::store(var_75, var_73);
                // a.vel[k] = -a.vel[k]                                                           <L 120>
                var_76 = &((var_2).vel);
                var_78 = wp::load(var_76);
                var_77 = wp::extract(var_78, var_46);
                var_79 = wp::neg(var_77);
                var_80 = &((var_2).vel);
                // var_81 = wp::indexref(var_80, var_46);
                // wp::store(var_81, var_79);
            }
        }
        // if a.pos[k] < 0.0:                                                                     <L 115>
        var_83 = &((var_2).pos);
        var_85 = wp::load(var_83);
        var_84 = wp::extract(var_85, var_82);
        var_87 = (var_84 < var_86);
        if (var_87) {
            // a.pos[k] = -a.pos[k]                                                               <L 116>
            var_88 = &((var_2).pos);
            var_90 = wp::load(var_88);
            var_89 = wp::extract(var_90, var_82);
            var_91 = wp::neg(var_89);
            var_92 = &((var_2).pos);
            // var_93 = wp::indexref(var_92, var_82);
            // wp::store(var_93, var_91);
            // a.vel[k] = -a.vel[k]                                                               <L 117>
            var_94 = &((var_2).vel);
            var_96 = wp::load(var_94);
            var_95 = wp::extract(var_96, var_82);
            var_97 = wp::neg(var_95);
            var_98 = &((var_2).vel);
            // var_99 = wp::indexref(var_98, var_82);
            // wp::store(var_99, var_97);
        }
        if (!var_87) {
            // elif a.pos[k] > world:                                                             <L 118>
            var_100 = &((var_2).pos);
            var_102 = wp::load(var_100);
            var_101 = wp::extract(var_102, var_82);
            var_103 = (var_101 > var_world);
            if (var_103) {
                // a.pos[k] = 2.0 * world - a.pos[k]                                              <L 119>
                var_105 = wp::mul(var_104, var_world);
                var_106 = &((var_2).pos);
                var_108 = wp::load(var_106);
                var_107 = wp::extract(var_108, var_82);
                var_109 = wp::sub(var_105, var_107);
                var_110 = &((var_2).pos);
                // var_111 = wp::indexref(var_110, var_82);
                // wp::store(var_111, var_109);
                // a.vel[k] = -a.vel[k]                                                           <L 120>
                var_112 = &((var_2).vel);
                var_114 = wp::load(var_112);
                var_113 = wp::extract(var_114, var_82);
                var_115 = wp::neg(var_113);
                var_116 = &((var_2).vel);
                // var_117 = wp::indexref(var_116, var_82);
                // wp::store(var_117, var_115);
            }
        }
        // if a.state == SUSCEPTIBLE:                                                             <L 121>
        var_118 = &((var_2).state);
        var_121 = wp::load(var_118);
        var_120 = (var_121 == var_119);
        if (var_120) {
            // r2 = contact_radius * contact_radius                                               <L 122>
            var_122 = wp::mul(var_contact_radius, var_contact_radius);
            // exposures = int(0)                                                                 <L 123>
            var_124 = wp::int(var_123);
            // for j in range(agents.shape[0]):                                                   <L 124>
            var_125 = &(var_agents.shape);
            var_128 = wp::load(var_125);
            var_127 = wp::extract(var_128, var_126);
            var_129 = wp::range(var_127);
            // if exposures > 0:                                                                  <L 135>
            var_153 = (var_124 > var_152);
            if (var_153) {
                // p_inf = 1.0 - wp.pow(1.0 - params.beta, float(exposures))                      <L 136>
                var_156 = &((var_params).beta);
                var_158 = wp::load(var_156);
                var_157 = wp::sub(var_155, var_158);
                var_159 = wp::float(var_124);
                var_160 = wp::pow(var_157, var_159);
                var_161 = wp::sub(var_154, var_160);
                // if wp.randf(rng) < p_inf:                                                      <L 137>
                var_162 = wp::randf(var_10);
                var_163 = (var_162 < var_161);
                if (var_163) {
                    // a.state = INFECTED                                                         <L 138>
                    var_2.state = var_136;
                    // a.timer = 0                                                                <L 139>
                    var_2.timer = var_164;
                    // wp.atomic_add(new_infections, 0, 1)                                        <L 140>
                    // var_167 = wp::atomic_add(var_new_infections, var_165, var_166);
                }
            }
        }
        if (!var_120) {
            // elif a.state == INFECTED:                                                          <L 141>
            var_168 = &((var_2).state);
            var_171 = wp::load(var_168);
            var_170 = (var_171 == var_169);
            if (var_170) {
                // a.timer = a.timer + 1                                                          <L 142>
                var_172 = &((var_2).timer);
                var_175 = wp::load(var_172);
                var_174 = wp::add(var_175, var_173);
                var_2.timer = var_174;
                // u = wp.randf(rng)                                                              <L 143>
                var_176 = wp::randf(var_10);
                // if u < params.mortality:                                                       <L 144>
                var_177 = &((var_params).mortality);
                var_179 = wp::load(var_177);
                var_178 = (var_176 < var_179);
                if (var_178) {
                    // a.state = DEAD                                                             <L 145>
                    var_2.state = var_12;
                    // a.vel = wp.vec2(0.0, 0.0)                                                  <L 146>
                    var_182 = wp::vec_t<2, wp::float32>(var_180, var_181);
                    var_2.vel = var_182;
                }
                if (!var_178) {
                    // elif u < params.mortality + params.gamma:                                  <L 147>
                    var_183 = &((var_params).mortality);
                    var_184 = &((var_params).gamma);
                    var_186 = wp::load(var_183);
                    var_187 = wp::load(var_184);
                    var_185 = wp::add(var_186, var_187);
                    var_188 = (var_176 < var_185);
                    if (var_188) {
                        // a.state = RECOVERED                                                    <L 148>
                        var_2.state = var_189;
                    }
                }
            }
            if (!var_170) {
                // if wp.randf(rng) < params.immunity_loss:                                       <L 150>
                var_190 = wp::randf(var_10);
                var_191 = &((var_params).immunity_loss);
                var_193 = wp::load(var_191);
                var_192 = (var_190 < var_193);
                if (var_192) {
                    // a.state = SUSCEPTIBLE                                                      <L 151>
                    var_2.state = var_119;
                }
            }
        }
        var_194 = wp::where(var_120, var_136, var_169);
        // agents[i] = a                                                                          <L 152>
        // wp::array_store(var_agents, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_agents, var_0, var_2, adj_agents, adj_0, adj_2);
        // adj: agents[i] = a                                                                     <L 152>
        wp::adj_where(var_120, var_136, var_169, adj_120, adj_136, adj_169, adj_194);
        if (!var_120) {
            if (!var_170) {
                if (var_192) {
                    adj_2.state = {};
                    // adj: a.state = SUSCEPTIBLE                                                 <L 151>
                }
                adj_params.immunity_loss += adj_191;
                // adj: if wp.randf(rng) < params.immunity_loss:                                  <L 150>
            }
            if (var_170) {
                if (!var_178) {
                    if (var_188) {
                        adj_2.state = {};
                        // adj: a.state = RECOVERED                                               <L 148>
                    }
                    wp::adj_add(var_186, var_187, adj_183, adj_184, adj_185);
                    adj_params.gamma += adj_184;
                    adj_params.mortality += adj_183;
                    // adj: elif u < params.mortality + params.gamma:                             <L 147>
                }
                if (var_178) {
                    adj_182 += adj_2.vel;
                    adj_2.vel = {};
                    wp::adj_vec_t(var_180, var_181, adj_180, adj_181, adj_182);
                    // adj: a.vel = wp.vec2(0.0, 0.0)                                             <L 146>
                    adj_2.state = {};
                    // adj: a.state = DEAD                                                        <L 145>
                }
                adj_params.mortality += adj_177;
                // adj: if u < params.mortality:                                                  <L 144>
                // adj: u = wp.randf(rng)                                                         <L 143>
                adj_2.timer = {};
                wp::adj_add(var_175, var_173, adj_172, adj_173, adj_174);
                adj_2.timer = adj_172;
                // adj: a.timer = a.timer + 1                                                     <L 142>
            }
            adj_2.state = adj_168;
            // adj: elif a.state == INFECTED:                                                     <L 141>
        }
        if (var_120) {
            if (var_153) {
                if (var_163) {
                    wp::adj_atomic_add(var_new_infections, var_165, var_166, adj_new_infections, adj_165, adj_166, adj_167);
                    // adj: wp.atomic_add(new_infections, 0, 1)                                   <L 140>
                    adj_2.timer = {};
                    // adj: a.timer = 0                                                           <L 139>
                    adj_2.state = {};
                    // adj: a.state = INFECTED                                                    <L 138>
                }
                // adj: if wp.randf(rng) < p_inf:                                                 <L 137>
                wp::adj_sub(var_154, var_160, adj_154, adj_160, adj_161);
                wp::adj_pow(var_157, var_159, var_160, adj_157, adj_159, adj_160);
                wp::adj_float(var_124, adj_124, adj_159);
                wp::adj_sub(var_155, var_158, adj_155, adj_156, adj_157);
                adj_params.beta += adj_156;
                // adj: p_inf = 1.0 - wp.pow(1.0 - params.beta, float(exposures))                 <L 136>
            }
            // adj: if exposures > 0:                                                             <L 135>
            var_129 = wp::iter_reverse(var_129);
            start_for_1:;
                if (iter_cmp(var_129) == 0) goto end_for_1;
                var_130 = wp::iter_next(var_129);
            	adj_131 = {};
            	adj_132 = {};
            	adj_133 = {};
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
                // if j == i:                                                                     <L 125>
                var_131 = (var_130 == var_0);
                if (var_131) {
                    // continue                                                                   <L 126>
                    goto start_for_1;
                }
                // b = agents[j]                                                                  <L 127>
                var_132 = wp::address(var_agents, var_130);
                var_134 = wp::load(var_132);
                var_133 = wp::copy(var_134);
                // if b.state != INFECTED:                                                        <L 128>
                var_135 = &((var_133).state);
                var_138 = wp::load(var_135);
                var_137 = (var_138 != var_136);
                if (var_137) {
                    // continue                                                                   <L 129>
                    goto start_for_1;
                }
                // d = b.pos - a.pos                                                              <L 130>
                var_139 = &((var_133).pos);
                var_140 = &((var_2).pos);
                var_142 = wp::load(var_139);
                var_143 = wp::load(var_140);
                var_141 = wp::sub(var_142, var_143);
                // if wp.dot(d, d) < r2:                                                          <L 131>
                var_144 = wp::dot(var_141, var_141);
                var_145 = (var_144 < var_122);
                if (var_145) {
                    // exposures += 1                                                             <L 132>
                    var_147 = wp::add(var_124, var_146);
                    // if exposures >= 8:                                                         <L 133>
                    var_149 = (var_147 >= var_148);
                    if (var_149) {
                        // break                                                                  <L 134>
                        wp::assign(var_124, var_147);
                        goto end_for_1;
                    }
                    var_150 = wp::where(var_149, var_124, var_147);
                }
                var_151 = wp::where(var_145, var_150, var_124);
                wp::assign(var_124, var_151);
                wp::adj_assign(var_124, var_151, adj_124, adj_151);
                wp::adj_where(var_145, var_150, var_124, adj_145, adj_150, adj_124, adj_151);
                if (var_145) {
                    wp::adj_where(var_149, var_124, var_147, adj_149, adj_124, adj_147, adj_150);
                    if (var_149) {
                        wp::adj_assign(var_124, var_147, adj_124, adj_147);
                        // adj: break                                                             <L 134>
                    }
                    // adj: if exposures >= 8:                                                    <L 133>
                    wp::adj_add(var_124, var_146, adj_124, adj_146, adj_147);
                    // adj: exposures += 1                                                        <L 132>
                }
                wp::adj_dot(var_141, var_141, adj_141, adj_141, adj_144);
                // adj: if wp.dot(d, d) < r2:                                                     <L 131>
                wp::adj_sub(var_142, var_143, adj_139, adj_140, adj_141);
                adj_2.pos += adj_140;
                adj_133.pos += adj_139;
                // adj: d = b.pos - a.pos                                                         <L 130>
                if (var_137) {
                    // adj: continue                                                              <L 129>
                }
                adj_133.state = adj_135;
                // adj: if b.state != INFECTED:                                                   <L 128>
                wp::adj_copy(var_134, adj_132, adj_133);
                wp::adj_address(var_agents, var_130, adj_agents, adj_130, adj_132);
                // adj: b = agents[j]                                                             <L 127>
                if (var_131) {
                    // adj: continue                                                              <L 126>
                }
                // adj: if j == i:                                                                <L 125>
            	goto start_for_1;
            end_for_1:;
            adj_agents.shape = adj_125;
            // adj: for j in range(agents.shape[0]):                                              <L 124>
            // adj: exposures = int(0)                                                            <L 123>
            wp::adj_mul(var_contact_radius, var_contact_radius, adj_contact_radius, adj_contact_radius, adj_122);
            // adj: r2 = contact_radius * contact_radius                                          <L 122>
        }
        adj_2.state = adj_118;
        // adj: if a.state == SUSCEPTIBLE:                                                        <L 121>
        if (!var_87) {
            if (var_103) {
                adj_2.vel += adj_116;
                wp::adj_neg(var_113, adj_113, adj_115);
                wp::adj_extract(var_114, var_82, adj_112, adj_82, adj_113);
                adj_2.vel += adj_112;
                // adj: a.vel[k] = -a.vel[k]                                                      <L 120>
                adj_2.pos += adj_110;
                wp::adj_sub(var_105, var_107, adj_105, adj_107, adj_109);
                wp::adj_extract(var_108, var_82, adj_106, adj_82, adj_107);
                adj_2.pos += adj_106;
                wp::adj_mul(var_104, var_world, adj_104, adj_world, adj_105);
                // adj: a.pos[k] = 2.0 * world - a.pos[k]                                         <L 119>
            }
            wp::adj_extract(var_102, var_82, adj_100, adj_82, adj_101);
            adj_2.pos += adj_100;
            // adj: elif a.pos[k] > world:                                                        <L 118>
        }
        if (var_87) {
            adj_2.vel += adj_98;
            wp::adj_neg(var_95, adj_95, adj_97);
            wp::adj_extract(var_96, var_82, adj_94, adj_82, adj_95);
            adj_2.vel += adj_94;
            // adj: a.vel[k] = -a.vel[k]                                                          <L 117>
            adj_2.pos += adj_92;
            wp::adj_neg(var_89, adj_89, adj_91);
            wp::adj_extract(var_90, var_82, adj_88, adj_82, adj_89);
            adj_2.pos += adj_88;
            // adj: a.pos[k] = -a.pos[k]                                                          <L 116>
        }
        wp::adj_extract(var_85, var_82, adj_83, adj_82, adj_84);
        adj_2.pos += adj_83;
        // adj: if a.pos[k] < 0.0:                                                                <L 115>
        if (!var_51) {
            if (var_67) {
                adj_2.vel += adj_80;
                wp::adj_neg(var_77, adj_77, adj_79);
                wp::adj_extract(var_78, var_46, adj_76, adj_46, adj_77);
                adj_2.vel += adj_76;
                // adj: a.vel[k] = -a.vel[k]                                                      <L 120>
                adj_2.pos += adj_74;
                wp::adj_sub(var_69, var_71, adj_69, adj_71, adj_73);
                wp::adj_extract(var_72, var_46, adj_70, adj_46, adj_71);
                adj_2.pos += adj_70;
                wp::adj_mul(var_68, var_world, adj_68, adj_world, adj_69);
                // adj: a.pos[k] = 2.0 * world - a.pos[k]                                         <L 119>
            }
            wp::adj_extract(var_66, var_46, adj_64, adj_46, adj_65);
            adj_2.pos += adj_64;
            // adj: elif a.pos[k] > world:                                                        <L 118>
        }
        if (var_51) {
            adj_2.vel += adj_62;
            wp::adj_neg(var_59, adj_59, adj_61);
            wp::adj_extract(var_60, var_46, adj_58, adj_46, adj_59);
            adj_2.vel += adj_58;
            // adj: a.vel[k] = -a.vel[k]                                                          <L 117>
            adj_2.pos += adj_56;
            wp::adj_neg(var_53, adj_53, adj_55);
            wp::adj_extract(var_54, var_46, adj_52, adj_46, adj_53);
            adj_2.pos += adj_52;
            // adj: a.pos[k] = -a.pos[k]                                                          <L 116>
        }
        wp::adj_extract(var_49, var_46, adj_47, adj_46, adj_48);
        adj_2.pos += adj_47;
        // adj: if a.pos[k] < 0.0:                                                                <L 115>
        // adj: for k in range(2):                                                                <L 114>
        adj_43 += adj_2.pos;
        adj_2.pos = {};
        wp::adj_add(var_44, var_45, adj_41, adj_42, adj_43);
        adj_2.vel += adj_42;
        adj_2.pos += adj_41;
        // adj: a.pos = a.pos + a.vel                                                             <L 113>
        adj_39 += adj_2.vel;
        adj_2.vel = {};
        wp::adj_add(var_40, var_38, adj_36, adj_38, adj_39);
        wp::adj_mul(var_33, var_37, adj_33, adj_37, adj_38);
        adj_2.vel += adj_36;
        // adj: a.vel = a.vel + to_home * 0.01                                                    <L 112>
        wp::adj_sub(var_34, var_35, adj_31, adj_32, adj_33);
        adj_2.pos += adj_32;
        adj_2.home += adj_31;
        // adj: to_home = a.home - a.pos                                                          <L 111>
        adj_30 += adj_2.vel;
        adj_2.vel = {};
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
        adj_agents.shape = adj_4;
        // adj: rng = wp.rand_init(seed, day * agents.shape[0] + i)                               <L 105>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_agents, var_0, adj_agents, adj_0, adj_1);
        // adj: a = agents[i]                                                                     <L 104>
        // adj: i = wp.tid()                                                                      <L 103>
        // adj: def agent_step(                                                                   <L 93>
        continue;
    }
}

