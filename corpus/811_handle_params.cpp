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


struct MeshRef_81a06b7d
{
    wp::uint64 mesh_id;
    wp::float32 scale;
    wp::uint64 count;


    MeshRef_81a06b7d() = default;
    CUDA_CALLABLE MeshRef_81a06b7d(wp::uint64 const& mesh_id,
    wp::float32 const& scale = {},
    wp::uint64 const& count = {})
        : mesh_id{mesh_id}
        , scale{scale}
        , count{count}

    {
    }

    CUDA_CALLABLE MeshRef_81a06b7d& operator += (const MeshRef_81a06b7d& rhs)
    {    scale += rhs.scale;
    count += rhs.count;

        return *this;}

};

static CUDA_CALLABLE void adj_MeshRef_81a06b7d(wp::uint64 const&,
    wp::float32 const&,
    wp::uint64 const&,
    wp::uint64 & adj_mesh_id,
    wp::float32 & adj_scale,
    wp::uint64 & adj_count,
    MeshRef_81a06b7d & adj_ret)
{
    adj_mesh_id += adj_ret.mesh_id;
    adj_scale += adj_ret.scale;
    adj_count += adj_ret.count;
}

// Required when compiling adjoints.
CUDA_CALLABLE MeshRef_81a06b7d add(const MeshRef_81a06b7d& a, const MeshRef_81a06b7d& b)
{
    return MeshRef_81a06b7d();
}

CUDA_CALLABLE void adj_atomic_add(MeshRef_81a06b7d* p, MeshRef_81a06b7d t)
{
    wp::adj_atomic_add(&p->mesh_id, t.mesh_id);
    wp::adj_atomic_add(&p->scale, t.scale);
    wp::adj_atomic_add(&p->count, t.count);
}




// corpus/811_handle_params.py:15
static wp::vec_t<3, wp::float32> closest_0(
    wp::uint64 var_mesh_id,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 100.0;
    bool var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def closest(mesh_id: wp.handle, p: wp.vec3) -> wp.vec3:                                <L 16>
    // face = int(0)                                                                          <L 17>
    var_1 = wp::int(var_0);
    // u = float(0.0)                                                                         <L 18>
    var_3 = wp::float(var_2);
    // v = float(0.0)                                                                         <L 19>
    var_5 = wp::float(var_4);
    // wp.mesh_query_point_no_sign(mesh_id, p, 100.0, face, u, v)                             <L 20>
    var_7 = wp::mesh_query_point_no_sign(var_mesh_id, var_p, var_6, var_1, var_3, var_5);
    // return wp.mesh_eval_position(mesh_id, face, u, v)                                      <L 21>
    var_8 = wp::mesh_eval_position(var_mesh_id, var_1, var_3, var_5);
    return var_8;
}


// corpus/811_handle_params.py:15
static void adj_closest_0(
    wp::uint64 var_mesh_id,
    wp::vec_t<3, wp::float32> var_p,
    wp::uint64 & adj_mesh_id,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 100.0;
    bool var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def closest(mesh_id: wp.handle, p: wp.vec3) -> wp.vec3:                                <L 16>
    // face = int(0)                                                                          <L 17>
    var_1 = wp::int(var_0);
    // u = float(0.0)                                                                         <L 18>
    var_3 = wp::float(var_2);
    // v = float(0.0)                                                                         <L 19>
    var_5 = wp::float(var_4);
    // wp.mesh_query_point_no_sign(mesh_id, p, 100.0, face, u, v)                             <L 20>
    var_7 = wp::mesh_query_point_no_sign(var_mesh_id, var_p, var_6, var_1, var_3, var_5);
    // return wp.mesh_eval_position(mesh_id, face, u, v)                                      <L 21>
    var_8 = wp::mesh_eval_position(var_mesh_id, var_1, var_3, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_mesh_eval_position(var_mesh_id, var_1, var_3, var_5, adj_mesh_id, adj_1, adj_3, adj_5, adj_8);
    // adj: return wp.mesh_eval_position(mesh_id, face, u, v)                                 <L 21>
    wp::adj_mesh_query_point_no_sign(var_mesh_id, var_p, var_6, var_1, var_3, var_5, adj_mesh_id, adj_p, adj_6, adj_1, adj_3, adj_5, adj_7);
    // adj: wp.mesh_query_point_no_sign(mesh_id, p, 100.0, face, u, v)                        <L 20>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: v = float(0.0)                                                                    <L 19>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: u = float(0.0)                                                                    <L 18>
    // adj: face = int(0)                                                                     <L 17>
    // adj: def closest(mesh_id: wp.handle, p: wp.vec3) -> wp.vec3:                           <L 16>
    return;
}

struct wp_args_handle_kernel_741834c7 {
    wp::uint64 mesh_id;
    MeshRef_81a06b7d ref;
    wp::array_t<wp::uint64> ids;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
    wp::array_t<wp::uint64> raw;
};


void handle_kernel_741834c7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_handle_kernel_741834c7 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh_id = _wp_args->mesh_id;
    MeshRef_81a06b7d var_ref = _wp_args->ref;
    wp::array_t<wp::uint64> var_ids = _wp_args->ids;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::uint64> var_raw = _wp_args->raw;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::uint64* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::uint64 var_7;
    wp::float32* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::uint64* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::uint64 var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::uint64* var_16;
    wp::uint64* var_17;
    wp::uint64 var_18;
    wp::uint64 var_19;
    wp::uint64 var_20;
    //---------
    // forward
    // def handle_kernel(                                                                     <L 25>
    // tid = wp.tid()                                                                         <L 33>
    var_0 = builtin_tid1d();
    // p = points[tid]                                                                        <L 34>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[tid] = closest(mesh_id, p) + closest(ref.mesh_id, p) * ref.scale + closest(ids[tid], p)       <L 35>
    var_4 = closest_0(var_mesh_id, var_2);
    var_5 = &((var_ref).mesh_id);
    var_7 = wp::load(var_5);
    var_6 = closest_0(var_7, var_2);
    var_8 = &((var_ref).scale);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_6, var_10);
    var_11 = wp::add(var_4, var_9);
    var_12 = wp::address(var_ids, var_0);
    var_14 = wp::load(var_12);
    var_13 = closest_0(var_14, var_2);
    var_15 = wp::add(var_11, var_13);
    wp::array_store(var_out, var_0, var_15);
    // raw[tid] = ids[tid] + ref.count                                                        <L 36>
    var_16 = wp::address(var_ids, var_0);
    var_17 = &((var_ref).count);
    var_19 = wp::load(var_16);
    var_20 = wp::load(var_17);
    var_18 = wp::add(var_19, var_20);
    wp::array_store(var_raw, var_0, var_18);
}



void handle_kernel_741834c7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_handle_kernel_741834c7 *_wp_args,
    wp_args_handle_kernel_741834c7 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh_id = _wp_args->mesh_id;
    MeshRef_81a06b7d var_ref = _wp_args->ref;
    wp::array_t<wp::uint64> var_ids = _wp_args->ids;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::uint64> var_raw = _wp_args->raw;
    wp::uint64 adj_mesh_id = _wp_adj_args->mesh_id;
    MeshRef_81a06b7d adj_ref = _wp_adj_args->ref;
    wp::array_t<wp::uint64> adj_ids = _wp_adj_args->ids;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::uint64> adj_raw = _wp_adj_args->raw;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::uint64* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::uint64 var_7;
    wp::float32* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::uint64* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::uint64 var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::uint64* var_16;
    wp::uint64* var_17;
    wp::uint64 var_18;
    wp::uint64 var_19;
    wp::uint64 var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::uint64 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::uint64 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::uint64 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::uint64 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::uint64 adj_16 = {};
    wp::uint64 adj_17 = {};
    wp::uint64 adj_18 = {};
    wp::uint64 adj_19 = {};
    wp::uint64 adj_20 = {};
    //---------
    // forward
    // def handle_kernel(                                                                     <L 25>
    // tid = wp.tid()                                                                         <L 33>
    var_0 = builtin_tid1d();
    // p = points[tid]                                                                        <L 34>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[tid] = closest(mesh_id, p) + closest(ref.mesh_id, p) * ref.scale + closest(ids[tid], p)       <L 35>
    var_4 = closest_0(var_mesh_id, var_2);
    var_5 = &((var_ref).mesh_id);
    var_7 = wp::load(var_5);
    var_6 = closest_0(var_7, var_2);
    var_8 = &((var_ref).scale);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_6, var_10);
    var_11 = wp::add(var_4, var_9);
    var_12 = wp::address(var_ids, var_0);
    var_14 = wp::load(var_12);
    var_13 = closest_0(var_14, var_2);
    var_15 = wp::add(var_11, var_13);
    // wp::array_store(var_out, var_0, var_15);
    // raw[tid] = ids[tid] + ref.count                                                        <L 36>
    var_16 = wp::address(var_ids, var_0);
    var_17 = &((var_ref).count);
    var_19 = wp::load(var_16);
    var_20 = wp::load(var_17);
    var_18 = wp::add(var_19, var_20);
    // wp::array_store(var_raw, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_raw, var_0, var_18, adj_raw, adj_0, adj_18);
    wp::adj_add(var_19, var_20, adj_16, adj_17, adj_18);
    adj_ref.count = adj_17;
    wp::adj_address(var_ids, var_0, adj_ids, adj_0, adj_16);
    // adj: raw[tid] = ids[tid] + ref.count                                                   <L 36>
    wp::adj_array_store(var_out, var_0, var_15, adj_out, adj_0, adj_15);
    wp::adj_add(var_11, var_13, adj_11, adj_13, adj_15);
    adj_closest_0(var_14, var_2, adj_12, adj_2, adj_13);
    wp::adj_address(var_ids, var_0, adj_ids, adj_0, adj_12);
    wp::adj_add(var_4, var_9, adj_4, adj_9, adj_11);
    wp::adj_mul(var_6, var_10, adj_6, adj_8, adj_9);
    adj_ref.scale += adj_8;
    adj_closest_0(var_7, var_2, adj_5, adj_2, adj_6);
    adj_ref.mesh_id = adj_5;
    adj_closest_0(var_mesh_id, var_2, adj_mesh_id, adj_2, adj_4);
    // adj: out[tid] = closest(mesh_id, p) + closest(ref.mesh_id, p) * ref.scale + closest(ids[tid], p)  <L 35>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[tid]                                                                   <L 34>
    // adj: tid = wp.tid()                                                                    <L 33>
    // adj: def handle_kernel(                                                                <L 25>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void handle_kernel_741834c7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_handle_kernel_741834c7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        handle_kernel_741834c7_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void handle_kernel_741834c7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_handle_kernel_741834c7 *_wp_args,
    wp_args_handle_kernel_741834c7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        handle_kernel_741834c7_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

