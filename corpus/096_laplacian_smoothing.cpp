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


struct Adjacency_5b889d81
{
    wp::array_t<wp::int32> offsets;
    wp::array_t<wp::int32> neighbors;
    wp::array_t<wp::float32> weights;


    Adjacency_5b889d81() = default;
    CUDA_CALLABLE Adjacency_5b889d81(wp::array_t<wp::int32> const& offsets,
    wp::array_t<wp::int32> const& neighbors = {},
    wp::array_t<wp::float32> const& weights = {})
        : offsets{offsets}
        , neighbors{neighbors}
        , weights{weights}

    {
    }

    CUDA_CALLABLE Adjacency_5b889d81& operator += (const Adjacency_5b889d81& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_Adjacency_5b889d81(wp::array_t<wp::int32> const&,
    wp::array_t<wp::int32> const&,
    wp::array_t<wp::float32> const&,
    wp::array_t<wp::int32> & adj_offsets,
    wp::array_t<wp::int32> & adj_neighbors,
    wp::array_t<wp::float32> & adj_weights,
    Adjacency_5b889d81 & adj_ret)
{
    adj_offsets = adj_ret.offsets;
    adj_neighbors = adj_ret.neighbors;
    adj_weights = adj_ret.weights;
}

// Required when compiling adjoints.
CUDA_CALLABLE Adjacency_5b889d81 add(const Adjacency_5b889d81& a, const Adjacency_5b889d81& b)
{
    return Adjacency_5b889d81();
}

CUDA_CALLABLE void adj_atomic_add(Adjacency_5b889d81* p, Adjacency_5b889d81 t)
{
    wp::adj_atomic_add(&p->offsets, t.offsets);
    wp::adj_atomic_add(&p->neighbors, t.neighbors);
    wp::adj_atomic_add(&p->weights, t.weights);
}




// corpus/096_laplacian_smoothing.py:11
static wp::vec_t<3, wp::float32> umbrella_0(
    Adjacency_5b889d81 var_adj,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::int32 var_v,
    bool var_cotan)
{
    //---------
    // primal vars
    wp::array_t<wp::int32>* var_0;
    wp::int32* var_1;
    wp::array_t<wp::int32> var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::array_t<wp::int32>* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::array_t<wp::int32> var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    bool var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    wp::range_t var_17;
    wp::int32 var_18;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::array_t<wp::float32>* var_21;
    wp::float32* var_22;
    wp::array_t<wp::float32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::array_t<wp::int32>* var_27;
    wp::int32* var_28;
    wp::array_t<wp::int32> var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::int32 var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::float32 var_38;
    const wp::float32 var_39 = 0.0;
    bool var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    //---------
    // forward
    // def umbrella(adj: Adjacency, x: wp.array(dtype=wp.vec3), v: int, cotan: bool) -> wp.vec3:       <L 12>
    // start = adj.offsets[v]                                                                 <L 13>
    var_0 = &((var_adj).offsets);
    var_2 = wp::load(var_0);
    var_1 = wp::address(var_2, var_v);
    var_4 = wp::load(var_1);
    var_3 = wp::copy(var_4);
    // end = adj.offsets[v + 1]                                                               <L 14>
    var_5 = &((var_adj).offsets);
    var_7 = wp::add(var_v, var_6);
    var_9 = wp::load(var_5);
    var_8 = wp::address(var_9, var_7);
    var_11 = wp::load(var_8);
    var_10 = wp::copy(var_11);
    // if end <= start:                                                                       <L 15>
    var_12 = (var_10 <= var_3);
    if (var_12) {
        // return wp.vec3()                                                                   <L 16>
        var_13 = wp::vec_t<3, wp::float32>();
        return var_13;
    }
    // s = wp.vec3()                                                                          <L 17>
    var_14 = wp::vec_t<3, wp::float32>();
    // wsum = float(0.0)                                                                      <L 18>
    var_16 = wp::float(var_15);
    // for k in range(start, end):                                                            <L 19>
    var_17 = wp::range(var_3, var_10);
    start_for_1:;
        if (iter_cmp(var_17) == 0) goto end_for_1;
        var_18 = wp::iter_next(var_17);
        // w = float(1.0)                                                                     <L 20>
        var_20 = wp::float(var_19);
        // if cotan:                                                                          <L 21>
        if (var_cotan) {
            // w = adj.weights[k]                                                             <L 22>
            var_21 = &((var_adj).weights);
            var_23 = wp::load(var_21);
            var_22 = wp::address(var_23, var_18);
            var_25 = wp::load(var_22);
            var_24 = wp::copy(var_25);
        }
        var_26 = wp::where(var_cotan, var_24, var_20);
        // s += (x[adj.neighbors[k]] - x[v]) * w                                              <L 23>
        var_27 = &((var_adj).neighbors);
        var_29 = wp::load(var_27);
        var_28 = wp::address(var_29, var_18);
        var_31 = wp::load(var_28);
        var_30 = wp::address(var_x, var_31);
        var_32 = wp::address(var_x, var_v);
        var_34 = wp::load(var_30);
        var_35 = wp::load(var_32);
        var_33 = wp::sub(var_34, var_35);
        var_36 = wp::mul(var_33, var_26);
        var_37 = wp::add(var_14, var_36);
        // wsum += w                                                                          <L 24>
        var_38 = wp::add(var_16, var_26);
        wp::assign(var_14, var_37);
        wp::assign(var_16, var_38);
        goto start_for_1;
    end_for_1:;
    // if wsum == 0.0:                                                                        <L 25>
    var_40 = (var_16 == var_39);
    if (var_40) {
        // return wp.vec3()                                                                   <L 26>
        var_41 = wp::vec_t<3, wp::float32>();
        return var_41;
    }
    // return s / wsum                                                                        <L 27>
    var_42 = wp::div(var_14, var_16);
    return var_42;
}


// corpus/096_laplacian_smoothing.py:11
static void adj_umbrella_0(
    Adjacency_5b889d81 var_adj,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::int32 var_v,
    bool var_cotan,
    Adjacency_5b889d81 & adj_adj,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_x,
    wp::int32 & adj_v,
    bool & adj_cotan,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::array_t<wp::int32>* var_0;
    wp::int32* var_1;
    wp::array_t<wp::int32> var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::array_t<wp::int32>* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::array_t<wp::int32> var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    bool var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    wp::range_t var_17;
    wp::int32 var_18;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::array_t<wp::float32>* var_21;
    wp::float32* var_22;
    wp::array_t<wp::float32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::array_t<wp::int32>* var_27;
    wp::int32* var_28;
    wp::array_t<wp::int32> var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::int32 var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::float32 var_38;
    const wp::float32 var_39 = 0.0;
    bool var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    //---------
    // dual vars
    wp::array_t<wp::int32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::array_t<wp::int32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::array_t<wp::int32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::array_t<wp::int32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::range_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::array_t<wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::array_t<wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::array_t<wp::int32> adj_27 = {};
    wp::int32 adj_28 = {};
    wp::array_t<wp::int32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    bool adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    //---------
    // forward
    // def umbrella(adj: Adjacency, x: wp.array(dtype=wp.vec3), v: int, cotan: bool) -> wp.vec3:       <L 12>
    // start = adj.offsets[v]                                                                 <L 13>
    var_0 = &((var_adj).offsets);
    var_2 = wp::load(var_0);
    var_1 = wp::address(var_2, var_v);
    var_4 = wp::load(var_1);
    var_3 = wp::copy(var_4);
    // end = adj.offsets[v + 1]                                                               <L 14>
    var_5 = &((var_adj).offsets);
    var_7 = wp::add(var_v, var_6);
    var_9 = wp::load(var_5);
    var_8 = wp::address(var_9, var_7);
    var_11 = wp::load(var_8);
    var_10 = wp::copy(var_11);
    // if end <= start:                                                                       <L 15>
    var_12 = (var_10 <= var_3);
    if (var_12) {
        // return wp.vec3()                                                                   <L 16>
        var_13 = wp::vec_t<3, wp::float32>();
        goto label0;
    }
    // s = wp.vec3()                                                                          <L 17>
    var_14 = wp::vec_t<3, wp::float32>();
    // wsum = float(0.0)                                                                      <L 18>
    var_16 = wp::float(var_15);
    // for k in range(start, end):                                                            <L 19>
    var_17 = wp::range(var_3, var_10);
    // if wsum == 0.0:                                                                        <L 25>
    var_40 = (var_16 == var_39);
    if (var_40) {
        // return wp.vec3()                                                                   <L 26>
        var_41 = wp::vec_t<3, wp::float32>();
        goto label3;
    }
    // return s / wsum                                                                        <L 27>
    var_42 = wp::div(var_14, var_16);
    goto label4;
    //---------
    // reverse
    label4:;
    adj_42 += adj_ret;
    wp::adj_div(var_14, var_16, adj_14, adj_16, adj_42);
    // adj: return s / wsum                                                                   <L 27>
    if (var_40) {
        label3:;
        adj_41 += adj_ret;
        // adj: return wp.vec3()                                                              <L 26>
    }
    // adj: if wsum == 0.0:                                                                   <L 25>
    var_17 = wp::iter_reverse(var_17);
    start_for_1:;
        if (iter_cmp(var_17) == 0) goto end_for_1;
        var_18 = wp::iter_next(var_17);
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
    	adj_38 = {};
        // w = float(1.0)                                                                     <L 20>
        var_20 = wp::float(var_19);
        // if cotan:                                                                          <L 21>
        if (var_cotan) {
            // w = adj.weights[k]                                                             <L 22>
            var_21 = &((var_adj).weights);
            var_23 = wp::load(var_21);
            var_22 = wp::address(var_23, var_18);
            var_25 = wp::load(var_22);
            var_24 = wp::copy(var_25);
        }
        var_26 = wp::where(var_cotan, var_24, var_20);
        // s += (x[adj.neighbors[k]] - x[v]) * w                                              <L 23>
        var_27 = &((var_adj).neighbors);
        var_29 = wp::load(var_27);
        var_28 = wp::address(var_29, var_18);
        var_31 = wp::load(var_28);
        var_30 = wp::address(var_x, var_31);
        var_32 = wp::address(var_x, var_v);
        var_34 = wp::load(var_30);
        var_35 = wp::load(var_32);
        var_33 = wp::sub(var_34, var_35);
        var_36 = wp::mul(var_33, var_26);
        var_37 = wp::add(var_14, var_36);
        // wsum += w                                                                          <L 24>
        var_38 = wp::add(var_16, var_26);
        wp::assign(var_14, var_37);
        wp::assign(var_16, var_38);
        wp::adj_assign(var_16, var_38, adj_16, adj_38);
        wp::adj_assign(var_14, var_37, adj_14, adj_37);
        wp::adj_add(var_16, var_26, adj_16, adj_26, adj_38);
        // adj: wsum += w                                                                     <L 24>
        wp::adj_add(var_14, var_36, adj_14, adj_36, adj_37);
        wp::adj_mul(var_33, var_26, adj_33, adj_26, adj_36);
        wp::adj_sub(var_34, var_35, adj_30, adj_32, adj_33);
        wp::adj_address(var_x, var_v, adj_x, adj_v, adj_32);
        wp::adj_address(var_x, var_31, adj_x, adj_28, adj_30);
        wp::adj_address(var_29, var_18, adj_27, adj_18, adj_28);
        adj_adj.neighbors = adj_27;
        // adj: s += (x[adj.neighbors[k]] - x[v]) * w                                         <L 23>
        wp::adj_where(var_cotan, var_24, var_20, adj_cotan, adj_24, adj_20, adj_26);
        if (var_cotan) {
            wp::adj_copy(var_25, adj_22, adj_24);
            wp::adj_address(var_23, var_18, adj_21, adj_18, adj_22);
            adj_adj.weights = adj_21;
            // adj: w = adj.weights[k]                                                        <L 22>
        }
        // adj: if cotan:                                                                     <L 21>
        wp::adj_float(var_19, adj_19, adj_20);
        // adj: w = float(1.0)                                                                <L 20>
    	goto start_for_1;
    end_for_1:;
    // adj: for k in range(start, end):                                                       <L 19>
    wp::adj_float(var_15, adj_15, adj_16);
    // adj: wsum = float(0.0)                                                                 <L 18>
    // adj: s = wp.vec3()                                                                     <L 17>
    if (var_12) {
        label0:;
        adj_13 += adj_ret;
        // adj: return wp.vec3()                                                              <L 16>
    }
    // adj: if end <= start:                                                                  <L 15>
    wp::adj_copy(var_11, adj_8, adj_10);
    wp::adj_address(var_9, var_7, adj_5, adj_7, adj_8);
    wp::adj_add(var_v, var_6, adj_v, adj_6, adj_7);
    adj_adj.offsets = adj_5;
    // adj: end = adj.offsets[v + 1]                                                          <L 14>
    wp::adj_copy(var_4, adj_1, adj_3);
    wp::adj_address(var_2, var_v, adj_0, adj_v, adj_1);
    adj_adj.offsets = adj_0;
    // adj: start = adj.offsets[v]                                                            <L 13>
    // adj: def umbrella(adj: Adjacency, x: wp.array(dtype=wp.vec3), v: int, cotan: bool) -> wp.vec3:  <L 12>
    return;
}

struct wp_args_smooth_step_7e024694 {
    Adjacency_5b889d81 adj;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<bool> boundary;
    wp::float32 lam;
    bool cotan;
    wp::array_t<wp::vec_t<3, wp::float32>> x_out;
};


void smooth_step_7e024694_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_smooth_step_7e024694 *_wp_args)
{
    //---------
    // argument vars
    Adjacency_5b889d81 var_adj = _wp_args->adj;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<bool> var_boundary = _wp_args->boundary;
    wp::float32 var_lam = _wp_args->lam;
    bool var_cotan = _wp_args->cotan;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out = _wp_args->x_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    bool var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def smooth_step(adj: Adjacency, x: wp.array(dtype=wp.vec3), boundary: wp.array(dtype=wp.bool), lam: float, cotan: bool, x_out: wp.array(dtype=wp.vec3)):       <L 31>
    // v = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // if boundary[v]:                                                                        <L 33>
    var_1 = wp::address(var_boundary, var_0);
    var_2 = wp::load(var_1);
    if (var_2) {
        // x_out[v] = x[v]                                                                    <L 34>
        var_3 = wp::address(var_x, var_0);
        var_4 = wp::load(var_3);
        wp::array_store(var_x_out, var_0, var_4);
        // return                                                                             <L 35>
        return;
    }
    var_5 = wp::load(var_1);
    // x_out[v] = x[v] + umbrella(adj, x, v, cotan) * lam                                     <L 36>
    var_6 = wp::address(var_x, var_0);
    var_7 = umbrella_0(var_adj, var_x, var_0, var_cotan);
    var_8 = wp::mul(var_7, var_lam);
    var_10 = wp::load(var_6);
    var_9 = wp::add(var_10, var_8);
    wp::array_store(var_x_out, var_0, var_9);
}



void smooth_step_7e024694_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_smooth_step_7e024694 *_wp_args,
    wp_args_smooth_step_7e024694 *_wp_adj_args)
{
    //---------
    // argument vars
    Adjacency_5b889d81 var_adj = _wp_args->adj;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<bool> var_boundary = _wp_args->boundary;
    wp::float32 var_lam = _wp_args->lam;
    bool var_cotan = _wp_args->cotan;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out = _wp_args->x_out;
    Adjacency_5b889d81 adj_adj = _wp_adj_args->adj;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<bool> adj_boundary = _wp_adj_args->boundary;
    wp::float32 adj_lam = _wp_adj_args->lam;
    bool adj_cotan = _wp_adj_args->cotan;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_out = _wp_adj_args->x_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    bool var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    bool adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def smooth_step(adj: Adjacency, x: wp.array(dtype=wp.vec3), boundary: wp.array(dtype=wp.bool), lam: float, cotan: bool, x_out: wp.array(dtype=wp.vec3)):       <L 31>
    // v = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // if boundary[v]:                                                                        <L 33>
    var_1 = wp::address(var_boundary, var_0);
    var_2 = wp::load(var_1);
    if (var_2) {
        // x_out[v] = x[v]                                                                    <L 34>
        var_3 = wp::address(var_x, var_0);
        var_4 = wp::load(var_3);
        // wp::array_store(var_x_out, var_0, var_4);
        // return                                                                             <L 35>
        goto label0;
    }
    var_5 = wp::load(var_1);
    // x_out[v] = x[v] + umbrella(adj, x, v, cotan) * lam                                     <L 36>
    var_6 = wp::address(var_x, var_0);
    var_7 = umbrella_0(var_adj, var_x, var_0, var_cotan);
    var_8 = wp::mul(var_7, var_lam);
    var_10 = wp::load(var_6);
    var_9 = wp::add(var_10, var_8);
    // wp::array_store(var_x_out, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_x_out, var_0, var_9, adj_x_out, adj_0, adj_9);
    wp::adj_add(var_10, var_8, adj_6, adj_8, adj_9);
    wp::adj_mul(var_7, var_lam, adj_7, adj_lam, adj_8);
    adj_umbrella_0(var_adj, var_x, var_0, var_cotan, adj_adj, adj_x, adj_0, adj_cotan, adj_7);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_6);
    // adj: x_out[v] = x[v] + umbrella(adj, x, v, cotan) * lam                                <L 36>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 35>
        wp::adj_array_store(var_x_out, var_0, var_4, adj_x_out, adj_0, adj_3);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_3);
        // adj: x_out[v] = x[v]                                                               <L 34>
    }
    wp::adj_address(var_boundary, var_0, adj_boundary, adj_0, adj_1);
    // adj: if boundary[v]:                                                                   <L 33>
    // adj: v = wp.tid()                                                                      <L 32>
    // adj: def smooth_step(adj: Adjacency, x: wp.array(dtype=wp.vec3), boundary: wp.array(dtype=wp.bool), lam: float, cotan: bool, x_out: wp.array(dtype=wp.vec3)):  <L 31>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void smooth_step_7e024694_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_step_7e024694 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        smooth_step_7e024694_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void smooth_step_7e024694_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_smooth_step_7e024694 *_wp_args,
    wp_args_smooth_step_7e024694 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        smooth_step_7e024694_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_taubin_step_db82e1c0 {
    Adjacency_5b889d81 adj;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<bool> boundary;
    wp::float32 lam;
    wp::float32 mu;
    wp::array_t<wp::vec_t<3, wp::float32>> tmp;
    bool shrink;
};


void taubin_step_db82e1c0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_taubin_step_db82e1c0 *_wp_args)
{
    //---------
    // argument vars
    Adjacency_5b889d81 var_adj = _wp_args->adj;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<bool> var_boundary = _wp_args->boundary;
    wp::float32 var_lam = _wp_args->lam;
    wp::float32 var_mu = _wp_args->mu;
    wp::array_t<wp::vec_t<3, wp::float32>> var_tmp = _wp_args->tmp;
    bool var_shrink = _wp_args->shrink;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    bool var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    bool var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    const bool var_11 = false;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def taubin_step(adj: Adjacency, x: wp.array(dtype=wp.vec3), boundary: wp.array(dtype=wp.bool), lam: float, mu: float, tmp: wp.array(dtype=wp.vec3), shrink: bool):       <L 40>
    // v = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // if boundary[v]:                                                                        <L 42>
    var_1 = wp::address(var_boundary, var_0);
    var_2 = wp::load(var_1);
    if (var_2) {
        // tmp[v] = x[v]                                                                      <L 43>
        var_3 = wp::address(var_x, var_0);
        var_4 = wp::load(var_3);
        wp::array_store(var_tmp, var_0, var_4);
        // return                                                                             <L 44>
        return;
    }
    var_5 = wp::load(var_1);
    // f = lam                                                                                <L 45>
    var_6 = wp::copy(var_lam);
    // if not shrink:                                                                         <L 46>
    var_7 = wp::unot(var_shrink);
    if (var_7) {
        // f = mu                                                                             <L 47>
        var_8 = wp::copy(var_mu);
    }
    var_9 = wp::where(var_7, var_8, var_6);
    // tmp[v] = x[v] + umbrella(adj, x, v, False) * f                                         <L 48>
    var_10 = wp::address(var_x, var_0);
    var_12 = umbrella_0(var_adj, var_x, var_0, var_11);
    var_13 = wp::mul(var_12, var_9);
    var_15 = wp::load(var_10);
    var_14 = wp::add(var_15, var_13);
    wp::array_store(var_tmp, var_0, var_14);
}



void taubin_step_db82e1c0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_taubin_step_db82e1c0 *_wp_args,
    wp_args_taubin_step_db82e1c0 *_wp_adj_args)
{
    //---------
    // argument vars
    Adjacency_5b889d81 var_adj = _wp_args->adj;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<bool> var_boundary = _wp_args->boundary;
    wp::float32 var_lam = _wp_args->lam;
    wp::float32 var_mu = _wp_args->mu;
    wp::array_t<wp::vec_t<3, wp::float32>> var_tmp = _wp_args->tmp;
    bool var_shrink = _wp_args->shrink;
    Adjacency_5b889d81 adj_adj = _wp_adj_args->adj;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<bool> adj_boundary = _wp_adj_args->boundary;
    wp::float32 adj_lam = _wp_adj_args->lam;
    wp::float32 adj_mu = _wp_adj_args->mu;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_tmp = _wp_adj_args->tmp;
    bool adj_shrink = _wp_adj_args->shrink;
    //---------
    // primal vars
    wp::int32 var_0;
    bool* var_1;
    bool var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    bool var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    const bool var_11 = false;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    bool adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    bool adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def taubin_step(adj: Adjacency, x: wp.array(dtype=wp.vec3), boundary: wp.array(dtype=wp.bool), lam: float, mu: float, tmp: wp.array(dtype=wp.vec3), shrink: bool):       <L 40>
    // v = wp.tid()                                                                           <L 41>
    var_0 = builtin_tid1d();
    // if boundary[v]:                                                                        <L 42>
    var_1 = wp::address(var_boundary, var_0);
    var_2 = wp::load(var_1);
    if (var_2) {
        // tmp[v] = x[v]                                                                      <L 43>
        var_3 = wp::address(var_x, var_0);
        var_4 = wp::load(var_3);
        // wp::array_store(var_tmp, var_0, var_4);
        // return                                                                             <L 44>
        goto label0;
    }
    var_5 = wp::load(var_1);
    // f = lam                                                                                <L 45>
    var_6 = wp::copy(var_lam);
    // if not shrink:                                                                         <L 46>
    var_7 = wp::unot(var_shrink);
    if (var_7) {
        // f = mu                                                                             <L 47>
        var_8 = wp::copy(var_mu);
    }
    var_9 = wp::where(var_7, var_8, var_6);
    // tmp[v] = x[v] + umbrella(adj, x, v, False) * f                                         <L 48>
    var_10 = wp::address(var_x, var_0);
    var_12 = umbrella_0(var_adj, var_x, var_0, var_11);
    var_13 = wp::mul(var_12, var_9);
    var_15 = wp::load(var_10);
    var_14 = wp::add(var_15, var_13);
    // wp::array_store(var_tmp, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_tmp, var_0, var_14, adj_tmp, adj_0, adj_14);
    wp::adj_add(var_15, var_13, adj_10, adj_13, adj_14);
    wp::adj_mul(var_12, var_9, adj_12, adj_9, adj_13);
    adj_umbrella_0(var_adj, var_x, var_0, var_11, adj_adj, adj_x, adj_0, adj_11, adj_12);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_10);
    // adj: tmp[v] = x[v] + umbrella(adj, x, v, False) * f                                    <L 48>
    wp::adj_where(var_7, var_8, var_6, adj_7, adj_8, adj_6, adj_9);
    if (var_7) {
        wp::adj_copy(var_mu, adj_mu, adj_8);
        // adj: f = mu                                                                        <L 47>
    }
    // adj: if not shrink:                                                                    <L 46>
    wp::adj_copy(var_lam, adj_lam, adj_6);
    // adj: f = lam                                                                           <L 45>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 44>
        wp::adj_array_store(var_tmp, var_0, var_4, adj_tmp, adj_0, adj_3);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_3);
        // adj: tmp[v] = x[v]                                                                 <L 43>
    }
    wp::adj_address(var_boundary, var_0, adj_boundary, adj_0, adj_1);
    // adj: if boundary[v]:                                                                   <L 42>
    // adj: v = wp.tid()                                                                      <L 41>
    // adj: def taubin_step(adj: Adjacency, x: wp.array(dtype=wp.vec3), boundary: wp.array(dtype=wp.bool), lam: float, mu: float, tmp: wp.array(dtype=wp.vec3), shrink: bool):  <L 40>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void taubin_step_db82e1c0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_taubin_step_db82e1c0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        taubin_step_db82e1c0_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void taubin_step_db82e1c0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_taubin_step_db82e1c0 *_wp_args,
    wp_args_taubin_step_db82e1c0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        taubin_step_db82e1c0_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_cotan_weights_20cdd617 {
    Adjacency_5b889d81 adj;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::int32> opp_a;
    wp::array_t<wp::int32> opp_b;
    wp::array_t<wp::int32> owner;
    wp::float32 clamp_min;
};


void cotan_weights_20cdd617_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cotan_weights_20cdd617 *_wp_args)
{
    //---------
    // argument vars
    Adjacency_5b889d81 var_adj = _wp_args->adj;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_opp_a = _wp_args->opp_a;
    wp::array_t<wp::int32> var_opp_b = _wp_args->opp_b;
    wp::array_t<wp::int32> var_owner = _wp_args->owner;
    wp::float32 var_clamp_min = _wp_args->clamp_min;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::array_t<wp::int32>* var_4;
    wp::int32* var_5;
    wp::array_t<wp::int32> var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::int32* var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    bool var_18;
    wp::int32* var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    bool var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 1e-12;
    bool var_39;
    const wp::float32 var_40 = 0.5;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::array_t<wp::float32>* var_46;
    wp::array_t<wp::float32> var_47;
    //---------
    // forward
    // def cotan_weights(adj: Adjacency, x: wp.array(dtype=wp.vec3), opp_a: wp.array(dtype=int), opp_b: wp.array(dtype=int), owner: wp.array(dtype=int), clamp_min: float):       <L 52>
    // k = wp.tid()                                                                           <L 53>
    var_0 = builtin_tid1d();
    // i = owner[k]                                                                           <L 54>
    var_1 = wp::address(var_owner, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // j = adj.neighbors[k]                                                                   <L 55>
    var_4 = &((var_adj).neighbors);
    var_6 = wp::load(var_4);
    var_5 = wp::address(var_6, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::copy(var_8);
    // w = float(0.0)                                                                         <L 56>
    var_10 = wp::float(var_9);
    // for side in range(2):                                                                  <L 57>
    var_12 = wp::range(var_11);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // o = opp_a[k]                                                                       <L 58>
        var_14 = wp::address(var_opp_a, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // if side == 1:                                                                      <L 59>
        var_18 = (var_13 == var_17);
        if (var_18) {
            // o = opp_b[k]                                                                   <L 60>
            var_19 = wp::address(var_opp_b, var_0);
            var_21 = wp::load(var_19);
            var_20 = wp::copy(var_21);
        }
        var_22 = wp::where(var_18, var_20, var_15);
        // if o < 0:                                                                          <L 61>
        var_24 = (var_22 < var_23);
        if (var_24) {
            // continue                                                                       <L 62>
            goto start_for_0;
        }
        // u = x[i] - x[o]                                                                    <L 63>
        var_25 = wp::address(var_x, var_2);
        var_26 = wp::address(var_x, var_22);
        var_28 = wp::load(var_25);
        var_29 = wp::load(var_26);
        var_27 = wp::sub(var_28, var_29);
        // v = x[j] - x[o]                                                                    <L 64>
        var_30 = wp::address(var_x, var_7);
        var_31 = wp::address(var_x, var_22);
        var_33 = wp::load(var_30);
        var_34 = wp::load(var_31);
        var_32 = wp::sub(var_33, var_34);
        // c = wp.dot(u, v)                                                                   <L 65>
        var_35 = wp::dot(var_27, var_32);
        // s = wp.length(wp.cross(u, v))                                                      <L 66>
        var_36 = wp::cross(var_27, var_32);
        var_37 = wp::length(var_36);
        // if s > 1.0e-12:                                                                    <L 67>
        var_39 = (var_37 > var_38);
        if (var_39) {
            // w += 0.5 * c / s                                                               <L 68>
            var_41 = wp::mul(var_40, var_35);
            var_42 = wp::div(var_41, var_37);
            var_43 = wp::add(var_10, var_42);
        }
        var_44 = wp::where(var_39, var_43, var_10);
        wp::assign(var_10, var_44);
        goto start_for_0;
    end_for_0:;
    // adj.weights[k] = wp.max(w, clamp_min)                                                  <L 69>
    var_45 = wp::max(var_10, var_clamp_min);
    var_46 = &((var_adj).weights);
    var_47 = wp::load(var_46);
    wp::array_store(var_47, var_0, var_45);
}



void cotan_weights_20cdd617_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cotan_weights_20cdd617 *_wp_args,
    wp_args_cotan_weights_20cdd617 *_wp_adj_args)
{
    //---------
    // argument vars
    Adjacency_5b889d81 var_adj = _wp_args->adj;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_opp_a = _wp_args->opp_a;
    wp::array_t<wp::int32> var_opp_b = _wp_args->opp_b;
    wp::array_t<wp::int32> var_owner = _wp_args->owner;
    wp::float32 var_clamp_min = _wp_args->clamp_min;
    Adjacency_5b889d81 adj_adj = _wp_adj_args->adj;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::int32> adj_opp_a = _wp_adj_args->opp_a;
    wp::array_t<wp::int32> adj_opp_b = _wp_adj_args->opp_b;
    wp::array_t<wp::int32> adj_owner = _wp_adj_args->owner;
    wp::float32 adj_clamp_min = _wp_adj_args->clamp_min;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::array_t<wp::int32>* var_4;
    wp::int32* var_5;
    wp::array_t<wp::int32> var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    const wp::int32 var_11 = 2;
    wp::range_t var_12;
    wp::int32 var_13;
    wp::int32* var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    bool var_18;
    wp::int32* var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    bool var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 1e-12;
    bool var_39;
    const wp::float32 var_40 = 0.5;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::array_t<wp::float32>* var_46;
    wp::array_t<wp::float32> var_47;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::array_t<wp::int32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::array_t<wp::int32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    bool adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::array_t<wp::float32> adj_46 = {};
    wp::array_t<wp::float32> adj_47 = {};
    //---------
    // forward
    // def cotan_weights(adj: Adjacency, x: wp.array(dtype=wp.vec3), opp_a: wp.array(dtype=int), opp_b: wp.array(dtype=int), owner: wp.array(dtype=int), clamp_min: float):       <L 52>
    // k = wp.tid()                                                                           <L 53>
    var_0 = builtin_tid1d();
    // i = owner[k]                                                                           <L 54>
    var_1 = wp::address(var_owner, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // j = adj.neighbors[k]                                                                   <L 55>
    var_4 = &((var_adj).neighbors);
    var_6 = wp::load(var_4);
    var_5 = wp::address(var_6, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::copy(var_8);
    // w = float(0.0)                                                                         <L 56>
    var_10 = wp::float(var_9);
    // for side in range(2):                                                                  <L 57>
    var_12 = wp::range(var_11);
    // adj.weights[k] = wp.max(w, clamp_min)                                                  <L 69>
    var_45 = wp::max(var_10, var_clamp_min);
    var_46 = &((var_adj).weights);
    var_47 = wp::load(var_46);
    // wp::array_store(var_47, var_0, var_45);
    //---------
    // reverse
    wp::adj_array_store(var_47, var_0, var_45, adj_46, adj_0, adj_45);
    adj_adj.weights = adj_46;
    wp::adj_max(var_10, var_clamp_min, adj_10, adj_clamp_min, adj_45);
    // adj: adj.weights[k] = wp.max(w, clamp_min)                                             <L 69>
    var_12 = wp::iter_reverse(var_12);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
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
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
        // o = opp_a[k]                                                                       <L 58>
        var_14 = wp::address(var_opp_a, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // if side == 1:                                                                      <L 59>
        var_18 = (var_13 == var_17);
        if (var_18) {
            // o = opp_b[k]                                                                   <L 60>
            var_19 = wp::address(var_opp_b, var_0);
            var_21 = wp::load(var_19);
            var_20 = wp::copy(var_21);
        }
        var_22 = wp::where(var_18, var_20, var_15);
        // if o < 0:                                                                          <L 61>
        var_24 = (var_22 < var_23);
        if (var_24) {
            // continue                                                                       <L 62>
            goto start_for_0;
        }
        // u = x[i] - x[o]                                                                    <L 63>
        var_25 = wp::address(var_x, var_2);
        var_26 = wp::address(var_x, var_22);
        var_28 = wp::load(var_25);
        var_29 = wp::load(var_26);
        var_27 = wp::sub(var_28, var_29);
        // v = x[j] - x[o]                                                                    <L 64>
        var_30 = wp::address(var_x, var_7);
        var_31 = wp::address(var_x, var_22);
        var_33 = wp::load(var_30);
        var_34 = wp::load(var_31);
        var_32 = wp::sub(var_33, var_34);
        // c = wp.dot(u, v)                                                                   <L 65>
        var_35 = wp::dot(var_27, var_32);
        // s = wp.length(wp.cross(u, v))                                                      <L 66>
        var_36 = wp::cross(var_27, var_32);
        var_37 = wp::length(var_36);
        // if s > 1.0e-12:                                                                    <L 67>
        var_39 = (var_37 > var_38);
        if (var_39) {
            // w += 0.5 * c / s                                                               <L 68>
            var_41 = wp::mul(var_40, var_35);
            var_42 = wp::div(var_41, var_37);
            var_43 = wp::add(var_10, var_42);
        }
        var_44 = wp::where(var_39, var_43, var_10);
        wp::assign(var_10, var_44);
        wp::adj_assign(var_10, var_44, adj_10, adj_44);
        wp::adj_where(var_39, var_43, var_10, adj_39, adj_43, adj_10, adj_44);
        if (var_39) {
            wp::adj_add(var_10, var_42, adj_10, adj_42, adj_43);
            wp::adj_div(var_41, var_37, var_42, adj_41, adj_37, adj_42);
            wp::adj_mul(var_40, var_35, adj_40, adj_35, adj_41);
            // adj: w += 0.5 * c / s                                                          <L 68>
        }
        // adj: if s > 1.0e-12:                                                               <L 67>
        wp::adj_length(var_36, var_37, adj_36, adj_37);
        wp::adj_cross(var_27, var_32, adj_27, adj_32, adj_36);
        // adj: s = wp.length(wp.cross(u, v))                                                 <L 66>
        wp::adj_dot(var_27, var_32, adj_27, adj_32, adj_35);
        // adj: c = wp.dot(u, v)                                                              <L 65>
        wp::adj_sub(var_33, var_34, adj_30, adj_31, adj_32);
        wp::adj_address(var_x, var_22, adj_x, adj_22, adj_31);
        wp::adj_address(var_x, var_7, adj_x, adj_7, adj_30);
        // adj: v = x[j] - x[o]                                                               <L 64>
        wp::adj_sub(var_28, var_29, adj_25, adj_26, adj_27);
        wp::adj_address(var_x, var_22, adj_x, adj_22, adj_26);
        wp::adj_address(var_x, var_2, adj_x, adj_2, adj_25);
        // adj: u = x[i] - x[o]                                                               <L 63>
        if (var_24) {
            // adj: continue                                                                  <L 62>
        }
        // adj: if o < 0:                                                                     <L 61>
        wp::adj_where(var_18, var_20, var_15, adj_18, adj_20, adj_15, adj_22);
        if (var_18) {
            wp::adj_copy(var_21, adj_19, adj_20);
            wp::adj_address(var_opp_b, var_0, adj_opp_b, adj_0, adj_19);
            // adj: o = opp_b[k]                                                              <L 60>
        }
        // adj: if side == 1:                                                                 <L 59>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_opp_a, var_0, adj_opp_a, adj_0, adj_14);
        // adj: o = opp_a[k]                                                                  <L 58>
    	goto start_for_0;
    end_for_0:;
    // adj: for side in range(2):                                                             <L 57>
    wp::adj_float(var_9, adj_9, adj_10);
    // adj: w = float(0.0)                                                                    <L 56>
    wp::adj_copy(var_8, adj_5, adj_7);
    wp::adj_address(var_6, var_0, adj_4, adj_0, adj_5);
    adj_adj.neighbors = adj_4;
    // adj: j = adj.neighbors[k]                                                              <L 55>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_owner, var_0, adj_owner, adj_0, adj_1);
    // adj: i = owner[k]                                                                      <L 54>
    // adj: k = wp.tid()                                                                      <L 53>
    // adj: def cotan_weights(adj: Adjacency, x: wp.array(dtype=wp.vec3), opp_a: wp.array(dtype=int), opp_b: wp.array(dtype=int), owner: wp.array(dtype=int), clamp_min: float):  <L 52>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void cotan_weights_20cdd617_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cotan_weights_20cdd617 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cotan_weights_20cdd617_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void cotan_weights_20cdd617_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cotan_weights_20cdd617 *_wp_args,
    wp_args_cotan_weights_20cdd617 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cotan_weights_20cdd617_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_displacement_stats_ab34060d {
    wp::array_t<wp::vec_t<3, wp::float32>> x0;
    wp::array_t<wp::vec_t<3, wp::float32>> x1;
    wp::array_t<wp::float32> total;
    wp::array_t<wp::float32> peak;
};


void displacement_stats_ab34060d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_displacement_stats_ab34060d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x0 = _wp_args->x0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x1 = _wp_args->x1;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::float32> var_peak = _wp_args->peak;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    //---------
    // forward
    // def displacement_stats(x0: wp.array(dtype=wp.vec3), x1: wp.array(dtype=wp.vec3), total: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 73>
    // v = wp.tid()                                                                           <L 74>
    var_0 = builtin_tid1d();
    // d = wp.length(x1[v] - x0[v])                                                           <L 75>
    var_1 = wp::address(var_x1, var_0);
    var_2 = wp::address(var_x0, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_5);
    var_6 = wp::length(var_3);
    // wp.atomic_add(total, 0, d)                                                             <L 76>
    var_8 = wp::atomic_add(var_total, var_7, var_6);
    // wp.atomic_max(peak, 0, d)                                                              <L 77>
    var_10 = wp::atomic_max(var_peak, var_9, var_6);
}



void displacement_stats_ab34060d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_displacement_stats_ab34060d *_wp_args,
    wp_args_displacement_stats_ab34060d *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x0 = _wp_args->x0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x1 = _wp_args->x1;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::float32> var_peak = _wp_args->peak;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x0 = _wp_adj_args->x0;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x1 = _wp_adj_args->x1;
    wp::array_t<wp::float32> adj_total = _wp_adj_args->total;
    wp::array_t<wp::float32> adj_peak = _wp_adj_args->peak;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def displacement_stats(x0: wp.array(dtype=wp.vec3), x1: wp.array(dtype=wp.vec3), total: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 73>
    // v = wp.tid()                                                                           <L 74>
    var_0 = builtin_tid1d();
    // d = wp.length(x1[v] - x0[v])                                                           <L 75>
    var_1 = wp::address(var_x1, var_0);
    var_2 = wp::address(var_x0, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_5);
    var_6 = wp::length(var_3);
    // wp.atomic_add(total, 0, d)                                                             <L 76>
    // var_8 = wp::atomic_add(var_total, var_7, var_6);
    // wp.atomic_max(peak, 0, d)                                                              <L 77>
    // var_10 = wp::atomic_max(var_peak, var_9, var_6);
    //---------
    // reverse
    wp::adj_atomic_max(var_peak, var_9, var_6, adj_peak, adj_9, adj_6, adj_10);
    // adj: wp.atomic_max(peak, 0, d)                                                         <L 77>
    wp::adj_atomic_add(var_total, var_7, var_6, adj_total, adj_7, adj_6, adj_8);
    // adj: wp.atomic_add(total, 0, d)                                                        <L 76>
    wp::adj_length(var_3, var_6, adj_3, adj_6);
    wp::adj_sub(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_x0, var_0, adj_x0, adj_0, adj_2);
    wp::adj_address(var_x1, var_0, adj_x1, adj_0, adj_1);
    // adj: d = wp.length(x1[v] - x0[v])                                                      <L 75>
    // adj: v = wp.tid()                                                                      <L 74>
    // adj: def displacement_stats(x0: wp.array(dtype=wp.vec3), x1: wp.array(dtype=wp.vec3), total: wp.array(dtype=float), peak: wp.array(dtype=float)):  <L 73>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void displacement_stats_ab34060d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_displacement_stats_ab34060d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        displacement_stats_ab34060d_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void displacement_stats_ab34060d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_displacement_stats_ab34060d *_wp_args,
    wp_args_displacement_stats_ab34060d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        displacement_stats_ab34060d_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

