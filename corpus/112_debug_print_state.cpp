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


struct Probe_f9da151f
{
    wp::vec_t<3, wp::float32> position;
    wp::float32 value;
    wp::int32 index;


    Probe_f9da151f() = default;
    CUDA_CALLABLE Probe_f9da151f(wp::vec_t<3, wp::float32> const& position,
    wp::float32 const& value = {},
    wp::int32 const& index = {})
        : position{position}
        , value{value}
        , index{index}

    {
    }

    CUDA_CALLABLE Probe_f9da151f& operator += (const Probe_f9da151f& rhs)
    {    position += rhs.position;
    value += rhs.value;
    index += rhs.index;

        return *this;}

};

static CUDA_CALLABLE void adj_Probe_f9da151f(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> & adj_position,
    wp::float32 & adj_value,
    wp::int32 & adj_index,
    Probe_f9da151f & adj_ret)
{
    adj_position += adj_ret.position;
    adj_value += adj_ret.value;
    adj_index += adj_ret.index;
}

// Required when compiling adjoints.
CUDA_CALLABLE Probe_f9da151f add(const Probe_f9da151f& a, const Probe_f9da151f& b)
{
    return Probe_f9da151f();
}

CUDA_CALLABLE void adj_atomic_add(Probe_f9da151f* p, Probe_f9da151f t)
{
    wp::adj_atomic_add(&p->position, t.position);
    wp::adj_atomic_add(&p->value, t.value);
    wp::adj_atomic_add(&p->index, t.index);
}




// corpus/112_debug_print_state.py:11
static wp::float32 sample_probe_0(
    wp::array_t<wp::float32> var_field,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 0;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    wp::shape_t* var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::shape_t var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    wp::int32 var_24;
    const wp::int32 var_25 = 0;
    wp::shape_t* var_26;
    const wp::int32 var_27 = 2;
    wp::int32 var_28;
    wp::shape_t var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    //---------
    // forward
    // def sample_probe(field: wp.array3d(dtype=float), p: wp.vec3) -> float:                 <L 12>
    // i = wp.clamp(int(p[0]), 0, field.shape[0] - 1)                                         <L 13>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::int(var_1);
    var_4 = &(var_field.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_9 = wp::sub(var_6, var_8);
    var_10 = wp::clamp(var_2, var_3, var_9);
    // j = wp.clamp(int(p[1]), 0, field.shape[1] - 1)                                         <L 14>
    var_12 = wp::extract(var_p, var_11);
    var_13 = wp::int(var_12);
    var_15 = &(var_field.shape);
    var_18 = wp::load(var_15);
    var_17 = wp::extract(var_18, var_16);
    var_20 = wp::sub(var_17, var_19);
    var_21 = wp::clamp(var_13, var_14, var_20);
    // k = wp.clamp(int(p[2]), 0, field.shape[2] - 1)                                         <L 15>
    var_23 = wp::extract(var_p, var_22);
    var_24 = wp::int(var_23);
    var_26 = &(var_field.shape);
    var_29 = wp::load(var_26);
    var_28 = wp::extract(var_29, var_27);
    var_31 = wp::sub(var_28, var_30);
    var_32 = wp::clamp(var_24, var_25, var_31);
    // return field[i, j, k]                                                                  <L 16>
    var_33 = wp::address(var_field, var_10, var_21, var_32);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    return var_34;
}


// corpus/112_debug_print_state.py:11
static void adj_sample_probe_0(
    wp::array_t<wp::float32> var_field,
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::float32> & adj_field,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 0;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    wp::shape_t* var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::shape_t var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    wp::int32 var_24;
    const wp::int32 var_25 = 0;
    wp::shape_t* var_26;
    const wp::int32 var_27 = 2;
    wp::int32 var_28;
    wp::shape_t var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::shape_t adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::shape_t adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::shape_t adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    //---------
    // forward
    // def sample_probe(field: wp.array3d(dtype=float), p: wp.vec3) -> float:                 <L 12>
    // i = wp.clamp(int(p[0]), 0, field.shape[0] - 1)                                         <L 13>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::int(var_1);
    var_4 = &(var_field.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_9 = wp::sub(var_6, var_8);
    var_10 = wp::clamp(var_2, var_3, var_9);
    // j = wp.clamp(int(p[1]), 0, field.shape[1] - 1)                                         <L 14>
    var_12 = wp::extract(var_p, var_11);
    var_13 = wp::int(var_12);
    var_15 = &(var_field.shape);
    var_18 = wp::load(var_15);
    var_17 = wp::extract(var_18, var_16);
    var_20 = wp::sub(var_17, var_19);
    var_21 = wp::clamp(var_13, var_14, var_20);
    // k = wp.clamp(int(p[2]), 0, field.shape[2] - 1)                                         <L 15>
    var_23 = wp::extract(var_p, var_22);
    var_24 = wp::int(var_23);
    var_26 = &(var_field.shape);
    var_29 = wp::load(var_26);
    var_28 = wp::extract(var_29, var_27);
    var_31 = wp::sub(var_28, var_30);
    var_32 = wp::clamp(var_24, var_25, var_31);
    // return field[i, j, k]                                                                  <L 16>
    var_33 = wp::address(var_field, var_10, var_21, var_32);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_34 += adj_ret;
    wp::adj_copy(var_35, adj_33, adj_34);
    wp::adj_address(var_field, var_10, var_21, var_32, adj_field, adj_10, adj_21, adj_32, adj_33);
    // adj: return field[i, j, k]                                                             <L 16>
    wp::adj_clamp(var_24, var_25, var_31, adj_24, adj_25, adj_31, adj_32);
    wp::adj_sub(var_28, var_30, adj_28, adj_30, adj_31);
    adj_field.shape = adj_26;
    wp::adj_extract(var_p, var_22, adj_p, adj_22, adj_23);
    // adj: k = wp.clamp(int(p[2]), 0, field.shape[2] - 1)                                    <L 15>
    wp::adj_clamp(var_13, var_14, var_20, adj_13, adj_14, adj_20, adj_21);
    wp::adj_sub(var_17, var_19, adj_17, adj_19, adj_20);
    adj_field.shape = adj_15;
    wp::adj_extract(var_p, var_11, adj_p, adj_11, adj_12);
    // adj: j = wp.clamp(int(p[1]), 0, field.shape[1] - 1)                                    <L 14>
    wp::adj_clamp(var_2, var_3, var_9, adj_2, adj_3, adj_9, adj_10);
    wp::adj_sub(var_6, var_8, adj_6, adj_8, adj_9);
    adj_field.shape = adj_4;
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: i = wp.clamp(int(p[0]), 0, field.shape[0] - 1)                                    <L 13>
    // adj: def sample_probe(field: wp.array3d(dtype=float), p: wp.vec3) -> float:            <L 12>
    return;
}

struct wp_args_update_probes_0f521980 {
    wp::array_t<wp::float32> field;
    wp::array_t<Probe_f9da151f> probes;
    wp::int32 debug_index;
};


void update_probes_0f521980_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_probes_0f521980 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::array_t<Probe_f9da151f> var_probes = _wp_args->probes;
    wp::int32 var_debug_index = _wp_args->debug_index;
    //---------
    // primal vars
    wp::int32 var_0;
    Probe_f9da151f* var_1;
    Probe_f9da151f var_2;
    Probe_f9da151f var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    bool var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def update_probes(field: wp.array3d(dtype=float), probes: wp.array(dtype=Probe), debug_index: int):       <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // p = probes[i]                                                                          <L 22>
    var_1 = wp::address(var_probes, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p.value = sample_probe(field, p.position)                                              <L 23>
    var_4 = &((var_2).position);
    var_6 = wp::load(var_4);
    var_5 = sample_probe_0(var_field, var_6);
    var_2.value = var_5;
    // probes[i] = p                                                                          <L 24>
    wp::array_store(var_probes, var_0, var_2);
    // if i == debug_index:                                                                   <L 25>
    var_7 = (var_0 == var_debug_index);
    if (var_7) {
        // print(p.index)                                                                     <L 26>
        var_8 = &((var_2).index);
        var_9 = wp::load(var_8);
        wp::print(var_9);
        // print(p.position)                                                                  <L 27>
        var_10 = &((var_2).position);
        var_11 = wp::load(var_10);
        wp::print(var_11);
        // print(p.value)                                                                     <L 28>
        var_12 = &((var_2).value);
        var_13 = wp::load(var_12);
        wp::print(var_13);
    }
}



void update_probes_0f521980_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_probes_0f521980 *_wp_args,
    wp_args_update_probes_0f521980 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::array_t<Probe_f9da151f> var_probes = _wp_args->probes;
    wp::int32 var_debug_index = _wp_args->debug_index;
    wp::array_t<wp::float32> adj_field = _wp_adj_args->field;
    wp::array_t<Probe_f9da151f> adj_probes = _wp_adj_args->probes;
    wp::int32 adj_debug_index = _wp_adj_args->debug_index;
    //---------
    // primal vars
    wp::int32 var_0;
    Probe_f9da151f* var_1;
    Probe_f9da151f var_2;
    Probe_f9da151f var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    bool var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Probe_f9da151f adj_1 = {};
    Probe_f9da151f adj_2 = {};
    Probe_f9da151f adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def update_probes(field: wp.array3d(dtype=float), probes: wp.array(dtype=Probe), debug_index: int):       <L 20>
    // i = wp.tid()                                                                           <L 21>
    var_0 = builtin_tid1d();
    // p = probes[i]                                                                          <L 22>
    var_1 = wp::address(var_probes, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p.value = sample_probe(field, p.position)                                              <L 23>
    var_4 = &((var_2).position);
    var_6 = wp::load(var_4);
    var_5 = sample_probe_0(var_field, var_6);
    var_2.value = var_5;
    // probes[i] = p                                                                          <L 24>
    // wp::array_store(var_probes, var_0, var_2);
    // if i == debug_index:                                                                   <L 25>
    var_7 = (var_0 == var_debug_index);
    if (var_7) {
        // print(p.index)                                                                     <L 26>
        var_8 = &((var_2).index);
        var_9 = wp::load(var_8);
        wp::print(var_9);
        // print(p.position)                                                                  <L 27>
        var_10 = &((var_2).position);
        var_11 = wp::load(var_10);
        wp::print(var_11);
        // print(p.value)                                                                     <L 28>
        var_12 = &((var_2).value);
        var_13 = wp::load(var_12);
        wp::print(var_13);
    }
    //---------
    // reverse
    if (var_7) {
        wp::adj_print(var_13, adj_12);
        adj_2.value += adj_12;
        // adj: print(p.value)                                                                <L 28>
        wp::adj_print(var_11, adj_10);
        adj_2.position += adj_10;
        // adj: print(p.position)                                                             <L 27>
        wp::adj_print(var_9, adj_8);
        adj_2.index = adj_8;
        // adj: print(p.index)                                                                <L 26>
    }
    // adj: if i == debug_index:                                                              <L 25>
    wp::adj_array_store(var_probes, var_0, var_2, adj_probes, adj_0, adj_2);
    // adj: probes[i] = p                                                                     <L 24>
    adj_5 += adj_2.value;
    adj_2.value = {};
    adj_sample_probe_0(var_field, var_6, adj_field, adj_4, adj_5);
    adj_2.position += adj_4;
    // adj: p.value = sample_probe(field, p.position)                                         <L 23>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_probes, var_0, adj_probes, adj_0, adj_1);
    // adj: p = probes[i]                                                                     <L 22>
    // adj: i = wp.tid()                                                                      <L 21>
    // adj: def update_probes(field: wp.array3d(dtype=float), probes: wp.array(dtype=Probe), debug_index: int):  <L 20>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void update_probes_0f521980_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_probes_0f521980 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_probes_0f521980_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void update_probes_0f521980_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_probes_0f521980 *_wp_args,
    wp_args_update_probes_0f521980 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_probes_0f521980_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_dump_matrix_a7d3b9d7 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> m;
    wp::array_t<wp::quat_t<wp::float32>> q;
    wp::int32 which;
};


void dump_matrix_a7d3b9d7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dump_matrix_a7d3b9d7 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::int32 var_which = _wp_args->which;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::mat_t<3, 3, wp::float32>* var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::quat_t<wp::float32>* var_4;
    wp::quat_t<wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32>* var_6;
    wp::float32 var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    //---------
    // forward
    // def dump_matrix(m: wp.array(dtype=wp.mat33), q: wp.array(dtype=wp.quat), which: int):       <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // if i != which:                                                                         <L 34>
    var_1 = (var_0 != var_which);
    if (var_1) {
        // return                                                                             <L 35>
        return;
    }
    // print(m[i])                                                                            <L 36>
    var_2 = wp::address(var_m, var_0);
    var_3 = wp::load(var_2);
    wp::print(var_3);
    // print(q[i])                                                                            <L 37>
    var_4 = wp::address(var_q, var_0);
    var_5 = wp::load(var_4);
    wp::print(var_5);
    // print(wp.determinant(m[i]))                                                            <L 38>
    var_6 = wp::address(var_m, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::determinant(var_8);
    wp::print(var_7);
}



void dump_matrix_a7d3b9d7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dump_matrix_a7d3b9d7 *_wp_args,
    wp_args_dump_matrix_a7d3b9d7 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_m = _wp_args->m;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::int32 var_which = _wp_args->which;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_m = _wp_adj_args->m;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::int32 adj_which = _wp_adj_args->which;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::mat_t<3, 3, wp::float32>* var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::quat_t<wp::float32>* var_4;
    wp::quat_t<wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32>* var_6;
    wp::float32 var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::quat_t<wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def dump_matrix(m: wp.array(dtype=wp.mat33), q: wp.array(dtype=wp.quat), which: int):       <L 32>
    // i = wp.tid()                                                                           <L 33>
    var_0 = builtin_tid1d();
    // if i != which:                                                                         <L 34>
    var_1 = (var_0 != var_which);
    if (var_1) {
        // return                                                                             <L 35>
        goto label0;
    }
    // print(m[i])                                                                            <L 36>
    var_2 = wp::address(var_m, var_0);
    var_3 = wp::load(var_2);
    wp::print(var_3);
    // print(q[i])                                                                            <L 37>
    var_4 = wp::address(var_q, var_0);
    var_5 = wp::load(var_4);
    wp::print(var_5);
    // print(wp.determinant(m[i]))                                                            <L 38>
    var_6 = wp::address(var_m, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::determinant(var_8);
    wp::print(var_7);
    //---------
    // reverse
    wp::adj_print(var_7, adj_7);
    wp::adj_determinant(var_8, adj_6, adj_7);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_6);
    // adj: print(wp.determinant(m[i]))                                                       <L 38>
    wp::adj_print(var_5, adj_4);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_4);
    // adj: print(q[i])                                                                       <L 37>
    wp::adj_print(var_3, adj_2);
    wp::adj_address(var_m, var_0, adj_m, adj_0, adj_2);
    // adj: print(m[i])                                                                       <L 36>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 35>
    }
    // adj: if i != which:                                                                    <L 34>
    // adj: i = wp.tid()                                                                      <L 33>
    // adj: def dump_matrix(m: wp.array(dtype=wp.mat33), q: wp.array(dtype=wp.quat), which: int):  <L 32>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void dump_matrix_a7d3b9d7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dump_matrix_a7d3b9d7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dump_matrix_a7d3b9d7_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void dump_matrix_a7d3b9d7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dump_matrix_a7d3b9d7 *_wp_args,
    wp_args_dump_matrix_a7d3b9d7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dump_matrix_a7d3b9d7_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

