
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


struct Adjacency_de035809
{
    wp::array_t<wp::int32> v_adj_faces;
    wp::array_t<wp::int32> v_adj_faces_offsets;


    Adjacency_de035809() = default;
    CUDA_CALLABLE Adjacency_de035809(wp::array_t<wp::int32> const& v_adj_faces,
    wp::array_t<wp::int32> const& v_adj_faces_offsets = {})
        : v_adj_faces{v_adj_faces}
        , v_adj_faces_offsets{v_adj_faces_offsets}

    {
    }

    CUDA_CALLABLE Adjacency_de035809& operator += (const Adjacency_de035809& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_Adjacency_de035809(wp::array_t<wp::int32> const&,
    wp::array_t<wp::int32> const&,
    wp::array_t<wp::int32> & adj_v_adj_faces,
    wp::array_t<wp::int32> & adj_v_adj_faces_offsets,
    Adjacency_de035809 & adj_ret)
{
    adj_v_adj_faces = adj_ret.v_adj_faces;
    adj_v_adj_faces_offsets = adj_ret.v_adj_faces_offsets;
}

// Required when compiling adjoints.
CUDA_CALLABLE Adjacency_de035809 add(const Adjacency_de035809& a, const Adjacency_de035809& b)
{
    return Adjacency_de035809();
}

CUDA_CALLABLE void adj_atomic_add(Adjacency_de035809* p, Adjacency_de035809 t)
{
    wp::adj_atomic_add(&p->v_adj_faces, t.v_adj_faces);
    wp::adj_atomic_add(&p->v_adj_faces_offsets, t.v_adj_faces_offsets);
}



// corpus/808_struct_methods_multiline_range.py:31
static wp::int32 num_adjacent_faces_0(
    Adjacency_de035809 var_adjacency,
    wp::int32 var_vertex)
{
    //---------
    // primal vars
    wp::array_t<wp::int32>* var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32* var_3;
    wp::array_t<wp::int32> var_4;
    wp::array_t<wp::int32>* var_5;
    wp::int32* var_6;
    wp::array_t<wp::int32> var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    //---------
    // forward
    // def num_adjacent_faces(adjacency: Adjacency, vertex: wp.int32):                        <L 32>
    // return (adjacency.v_adj_faces_offsets[vertex + 1] - adjacency.v_adj_faces_offsets[vertex]) >> 1       <L 33>
    var_0 = &(var_adjacency.v_adj_faces_offsets);
    var_2 = wp::add(var_vertex, var_1);
    var_4 = wp::load(var_0);
    var_3 = wp::address(var_4, var_2);
    var_5 = &(var_adjacency.v_adj_faces_offsets);
    var_7 = wp::load(var_5);
    var_6 = wp::address(var_7, var_vertex);
    var_9 = wp::load(var_3);
    var_10 = wp::load(var_6);
    var_8 = wp::sub(var_9, var_10);
    var_12 = wp::rshift(var_8, var_11);
    return var_12;
}


// corpus/808_struct_methods_multiline_range.py:36
static void adjacent_face_0(
    Adjacency_de035809 var_adjacency,
    wp::int32 var_vertex,
    wp::int32 var_k,
    wp::int32 & ret_0,
    wp::int32 & ret_1)
{
    //---------
    // primal vars
    wp::array_t<wp::int32>* var_0;
    wp::int32* var_1;
    wp::array_t<wp::int32> var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::array_t<wp::int32>* var_5;
    const wp::int32 var_6 = 2;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32* var_9;
    wp::array_t<wp::int32> var_10;
    wp::array_t<wp::int32>* var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32* var_17;
    wp::array_t<wp::int32> var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    //---------
    // forward
    // def adjacent_face(adjacency: Adjacency, vertex: wp.int32, k: wp.int32):                <L 37>
    // offset = adjacency.v_adj_faces_offsets[vertex]                                         <L 38>
    var_0 = &(var_adjacency.v_adj_faces_offsets);
    var_2 = wp::load(var_0);
    var_1 = wp::address(var_2, var_vertex);
    var_4 = wp::load(var_1);
    var_3 = wp::copy(var_4);
    // return adjacency.v_adj_faces[offset + k * 2], adjacency.v_adj_faces[offset + k * 2 + 1]       <L 39>
    var_5 = &(var_adjacency.v_adj_faces);
    var_7 = wp::mul(var_k, var_6);
    var_8 = wp::add(var_3, var_7);
    var_10 = wp::load(var_5);
    var_9 = wp::address(var_10, var_8);
    var_11 = &(var_adjacency.v_adj_faces);
    var_13 = wp::mul(var_k, var_12);
    var_14 = wp::add(var_3, var_13);
    var_16 = wp::add(var_14, var_15);
    var_18 = wp::load(var_11);
    var_17 = wp::address(var_18, var_16);
    var_20 = wp::load(var_9);
    var_19 = wp::copy(var_20);
    var_22 = wp::load(var_17);
    var_21 = wp::copy(var_22);
    ret_0 = var_19;
    ret_1 = var_21;
    return;
}


// corpus/808_struct_methods_multiline_range.py:31
static void adj_num_adjacent_faces_0(
    Adjacency_de035809 var_adjacency,
    wp::int32 var_vertex,
    Adjacency_de035809 & adj_adjacency,
    wp::int32 & adj_vertex,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::array_t<wp::int32>* var_0;
    const wp::int32 var_1 = 1;
    wp::int32 var_2;
    wp::int32* var_3;
    wp::array_t<wp::int32> var_4;
    wp::array_t<wp::int32>* var_5;
    wp::int32* var_6;
    wp::array_t<wp::int32> var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    //---------
    // dual vars
    wp::array_t<wp::int32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::array_t<wp::int32> adj_4 = {};
    wp::array_t<wp::int32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::array_t<wp::int32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    //---------
    // forward
    // def num_adjacent_faces(adjacency: Adjacency, vertex: wp.int32):                        <L 32>
    // return (adjacency.v_adj_faces_offsets[vertex + 1] - adjacency.v_adj_faces_offsets[vertex]) >> 1       <L 33>
    var_0 = &(var_adjacency.v_adj_faces_offsets);
    var_2 = wp::add(var_vertex, var_1);
    var_4 = wp::load(var_0);
    var_3 = wp::address(var_4, var_2);
    var_5 = &(var_adjacency.v_adj_faces_offsets);
    var_7 = wp::load(var_5);
    var_6 = wp::address(var_7, var_vertex);
    var_9 = wp::load(var_3);
    var_10 = wp::load(var_6);
    var_8 = wp::sub(var_9, var_10);
    var_12 = wp::rshift(var_8, var_11);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    wp::adj_sub(var_9, var_10, adj_3, adj_6, adj_8);
    wp::adj_address(var_7, var_vertex, adj_5, adj_vertex, adj_6);
    adj_adjacency.v_adj_faces_offsets = adj_5;
    wp::adj_address(var_4, var_2, adj_0, adj_2, adj_3);
    wp::adj_add(var_vertex, var_1, adj_vertex, adj_1, adj_2);
    adj_adjacency.v_adj_faces_offsets = adj_0;
    // adj: return (adjacency.v_adj_faces_offsets[vertex + 1] - adjacency.v_adj_faces_offsets[vertex]) >> 1  <L 33>
    // adj: def num_adjacent_faces(adjacency: Adjacency, vertex: wp.int32):                   <L 32>
    return;
}


// corpus/808_struct_methods_multiline_range.py:36
static void adj_adjacent_face_0(
    Adjacency_de035809 var_adjacency,
    wp::int32 var_vertex,
    wp::int32 var_k,
    wp::int32 & ret_0,
    wp::int32 & ret_1,
    Adjacency_de035809 & adj_adjacency,
    wp::int32 & adj_vertex,
    wp::int32 & adj_k,
    wp::int32 & adj_ret_0,
    wp::int32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::array_t<wp::int32>* var_0;
    wp::int32* var_1;
    wp::array_t<wp::int32> var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::array_t<wp::int32>* var_5;
    const wp::int32 var_6 = 2;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32* var_9;
    wp::array_t<wp::int32> var_10;
    wp::array_t<wp::int32>* var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32* var_17;
    wp::array_t<wp::int32> var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32 var_22;
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
    wp::int32 adj_9 = {};
    wp::array_t<wp::int32> adj_10 = {};
    wp::array_t<wp::int32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::array_t<wp::int32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def adjacent_face(adjacency: Adjacency, vertex: wp.int32, k: wp.int32):                <L 37>
    // offset = adjacency.v_adj_faces_offsets[vertex]                                         <L 38>
    var_0 = &(var_adjacency.v_adj_faces_offsets);
    var_2 = wp::load(var_0);
    var_1 = wp::address(var_2, var_vertex);
    var_4 = wp::load(var_1);
    var_3 = wp::copy(var_4);
    // return adjacency.v_adj_faces[offset + k * 2], adjacency.v_adj_faces[offset + k * 2 + 1]       <L 39>
    var_5 = &(var_adjacency.v_adj_faces);
    var_7 = wp::mul(var_k, var_6);
    var_8 = wp::add(var_3, var_7);
    var_10 = wp::load(var_5);
    var_9 = wp::address(var_10, var_8);
    var_11 = &(var_adjacency.v_adj_faces);
    var_13 = wp::mul(var_k, var_12);
    var_14 = wp::add(var_3, var_13);
    var_16 = wp::add(var_14, var_15);
    var_18 = wp::load(var_11);
    var_17 = wp::address(var_18, var_16);
    var_20 = wp::load(var_9);
    var_19 = wp::copy(var_20);
    var_22 = wp::load(var_17);
    var_21 = wp::copy(var_22);
    ret_0 = var_19;
    ret_1 = var_21;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_21 += adj_ret_1;
    adj_19 += adj_ret_0;
    wp::adj_copy(var_22, adj_17, adj_21);
    wp::adj_copy(var_20, adj_9, adj_19);
    wp::adj_address(var_18, var_16, adj_11, adj_16, adj_17);
    wp::adj_add(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_add(var_3, var_13, adj_3, adj_13, adj_14);
    wp::adj_mul(var_k, var_12, adj_k, adj_12, adj_13);
    adj_adjacency.v_adj_faces = adj_11;
    wp::adj_address(var_10, var_8, adj_5, adj_8, adj_9);
    wp::adj_add(var_3, var_7, adj_3, adj_7, adj_8);
    wp::adj_mul(var_k, var_6, adj_k, adj_6, adj_7);
    adj_adjacency.v_adj_faces = adj_5;
    // adj: return adjacency.v_adj_faces[offset + k * 2], adjacency.v_adj_faces[offset + k * 2 + 1]  <L 39>
    wp::adj_copy(var_4, adj_1, adj_3);
    wp::adj_address(var_2, var_vertex, adj_0, adj_vertex, adj_1);
    adj_adjacency.v_adj_faces_offsets = adj_0;
    // adj: offset = adjacency.v_adj_faces_offsets[vertex]                                    <L 38>
    // adj: def adjacent_face(adjacency: Adjacency, vertex: wp.int32, k: wp.int32):           <L 37>
    return;
}

struct wp_args_min_face_distance_554a82a8 {
    Adjacency_de035809 adjacency;
    wp::array_t<wp::float32> face_dist;
    wp::float32 radius;
    wp::array_t<wp::float32> bounds;
};


void min_face_distance_554a82a8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_min_face_distance_554a82a8 *_wp_args)
{
    //---------
    // argument vars
    Adjacency_de035809 var_adjacency = _wp_args->adjacency;
    wp::array_t<wp::float32> var_face_dist = _wp_args->face_dist;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_bounds = _wp_args->bounds;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::int32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 2;
    wp::range_t var_14;
    wp::int32 var_15;
    const wp::float32 var_16 = 0.5;
    wp::float32 var_17;
    //---------
    // forward
    // def min_face_distance(                                                                 <L 43>
    // particle_index = wp.tid()                                                              <L 49>
    var_0 = builtin_tid1d();
    // min_dist = radius                                                                      <L 50>
    var_1 = wp::copy(var_radius);
    // for i_adj_tri in range(                                                                <L 51>
    // num_adjacent_faces(                                                                    <L 52>
    // adjacency,                                                                             <L 53>
    // particle_index,                                                                        <L 54>
    var_2 = num_adjacent_faces_0(var_adjacency, var_0);
    var_3 = wp::range(var_2);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
        // tri_index, vertex_order = adjacent_face(                                           <L 57>
        // adjacency,                                                                         <L 58>
        // particle_index,                                                                    <L 59>
        // i_adj_tri,                                                                         <L 60>
        adjacent_face_0(var_adjacency, var_0, var_4, var_5, var_6);
        // min_dist = wp.min(min_dist, face_dist[tri_index] + float(vertex_order))            <L 62>
        var_7 = wp::address(var_face_dist, var_5);
        var_8 = wp::float(var_6);
        var_10 = wp::load(var_7);
        var_9 = wp::add(var_10, var_8);
        var_11 = wp::min(var_1, var_9);
        wp::assign(var_1, var_11);
        goto start_for_0;
    end_for_0:;
    // for k in range(0,                                                                      <L 63>
    // particle_index,                                                                        <L 64>
    var_14 = wp::range(var_12, var_0, var_13);
    start_for_2:;
        if (iter_cmp(var_14) == 0) goto end_for_2;
        var_15 = wp::iter_next(var_14);
        // min_dist = min_dist * 0.5                                                          <L 66>
        var_17 = wp::mul(var_1, var_16);
        wp::assign(var_1, var_17);
        goto start_for_2;
    end_for_2:;
    // bounds[particle_index] = min_dist                                                      <L 67>
    wp::array_store(var_bounds, var_0, var_1);
}



void min_face_distance_554a82a8_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_min_face_distance_554a82a8 *_wp_args,
    wp_args_min_face_distance_554a82a8 *_wp_adj_args)
{
    //---------
    // argument vars
    Adjacency_de035809 var_adjacency = _wp_args->adjacency;
    wp::array_t<wp::float32> var_face_dist = _wp_args->face_dist;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_bounds = _wp_args->bounds;
    Adjacency_de035809 adj_adjacency = _wp_adj_args->adjacency;
    wp::array_t<wp::float32> adj_face_dist = _wp_adj_args->face_dist;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::float32> adj_bounds = _wp_adj_args->bounds;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::int32 var_2;
    wp::range_t var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 2;
    wp::range_t var_14;
    wp::int32 var_15;
    const wp::float32 var_16 = 0.5;
    wp::float32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::range_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::range_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    //---------
    // forward
    // def min_face_distance(                                                                 <L 43>
    // particle_index = wp.tid()                                                              <L 49>
    var_0 = builtin_tid1d();
    // min_dist = radius                                                                      <L 50>
    var_1 = wp::copy(var_radius);
    // for i_adj_tri in range(                                                                <L 51>
    // num_adjacent_faces(                                                                    <L 52>
    // adjacency,                                                                             <L 53>
    // particle_index,                                                                        <L 54>
    var_2 = num_adjacent_faces_0(var_adjacency, var_0);
    var_3 = wp::range(var_2);
    // for k in range(0,                                                                      <L 63>
    // particle_index,                                                                        <L 64>
    var_14 = wp::range(var_12, var_0, var_13);
    // bounds[particle_index] = min_dist                                                      <L 67>
    // wp::array_store(var_bounds, var_0, var_1);
    //---------
    // reverse
    wp::adj_array_store(var_bounds, var_0, var_1, adj_bounds, adj_0, adj_1);
    // adj: bounds[particle_index] = min_dist                                                 <L 67>
    var_14 = wp::iter_reverse(var_14);
    start_for_2:;
        if (iter_cmp(var_14) == 0) goto end_for_2;
        var_15 = wp::iter_next(var_14);
    	adj_16 = {};
    	adj_17 = {};
        // min_dist = min_dist * 0.5                                                          <L 66>
        var_17 = wp::mul(var_1, var_16);
        wp::assign(var_1, var_17);
        wp::adj_assign(var_1, var_17, adj_1, adj_17);
        wp::adj_mul(var_1, var_16, adj_1, adj_16, adj_17);
        // adj: min_dist = min_dist * 0.5                                                     <L 66>
    	goto start_for_2;
    end_for_2:;
    wp::adj_range(var_12, var_0, var_13, adj_12, adj_0, adj_13, adj_14);
    // adj: particle_index,                                                                   <L 64>
    // adj: for k in range(0,                                                                 <L 63>
    var_3 = wp::iter_reverse(var_3);
    start_for_0:;
        if (iter_cmp(var_3) == 0) goto end_for_0;
        var_4 = wp::iter_next(var_3);
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
        // tri_index, vertex_order = adjacent_face(                                           <L 57>
        // adjacency,                                                                         <L 58>
        // particle_index,                                                                    <L 59>
        // i_adj_tri,                                                                         <L 60>
        adjacent_face_0(var_adjacency, var_0, var_4, var_5, var_6);
        // min_dist = wp.min(min_dist, face_dist[tri_index] + float(vertex_order))            <L 62>
        var_7 = wp::address(var_face_dist, var_5);
        var_8 = wp::float(var_6);
        var_10 = wp::load(var_7);
        var_9 = wp::add(var_10, var_8);
        var_11 = wp::min(var_1, var_9);
        wp::assign(var_1, var_11);
        wp::adj_assign(var_1, var_11, adj_1, adj_11);
        wp::adj_min(var_1, var_9, adj_1, adj_9, adj_11);
        wp::adj_add(var_10, var_8, adj_7, adj_8, adj_9);
        wp::adj_float(var_6, adj_6, adj_8);
        wp::adj_address(var_face_dist, var_5, adj_face_dist, adj_5, adj_7);
        // adj: min_dist = wp.min(min_dist, face_dist[tri_index] + float(vertex_order))       <L 62>
        adj_adjacent_face_0(var_adjacency, var_0, var_4, var_5, var_6, adj_adjacency, adj_0, adj_4, adj_5, adj_6);
        // adj: i_adj_tri,                                                                    <L 60>
        // adj: particle_index,                                                               <L 59>
        // adj: adjacency,                                                                    <L 58>
        // adj: tri_index, vertex_order = adjacent_face(                                      <L 57>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_2, adj_2, adj_3);
    adj_num_adjacent_faces_0(var_adjacency, var_0, adj_adjacency, adj_0, adj_2);
    // adj: particle_index,                                                                   <L 54>
    // adj: adjacency,                                                                        <L 53>
    // adj: num_adjacent_faces(                                                               <L 52>
    // adj: for i_adj_tri in range(                                                           <L 51>
    wp::adj_copy(var_radius, adj_radius, adj_1);
    // adj: min_dist = radius                                                                 <L 50>
    // adj: particle_index = wp.tid()                                                         <L 49>
    // adj: def min_face_distance(                                                            <L 43>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void min_face_distance_554a82a8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_min_face_distance_554a82a8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        min_face_distance_554a82a8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void min_face_distance_554a82a8_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_min_face_distance_554a82a8 *_wp_args,
    wp_args_min_face_distance_554a82a8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        min_face_distance_554a82a8_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

