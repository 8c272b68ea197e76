
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


struct Body_8834eecb
{
    wp::transform_t<wp::float32> xf;
    wp::float32 mass;


    Body_8834eecb() = default;
    CUDA_CALLABLE Body_8834eecb(wp::transform_t<wp::float32> const& xf,
    wp::float32 const& mass = {})
        : xf{xf}
        , mass{mass}

    {
    }

    CUDA_CALLABLE Body_8834eecb& operator += (const Body_8834eecb& rhs)
    {    xf += rhs.xf;
    mass += rhs.mass;

        return *this;}

};

static CUDA_CALLABLE void adj_Body_8834eecb(wp::transform_t<wp::float32> const&,
    wp::float32 const&,
    wp::transform_t<wp::float32> & adj_xf,
    wp::float32 & adj_mass,
    Body_8834eecb & adj_ret)
{
    adj_xf += adj_ret.xf;
    adj_mass += adj_ret.mass;
}

// Required when compiling adjoints.
CUDA_CALLABLE Body_8834eecb add(const Body_8834eecb& a, const Body_8834eecb& b)
{
    return Body_8834eecb();
}

CUDA_CALLABLE void adj_atomic_add(Body_8834eecb* p, Body_8834eecb t)
{
    wp::adj_atomic_add(&p->xf, t.xf);
    wp::adj_atomic_add(&p->mass, t.mass);
}


struct wp_args_shift_transforms_3e49520b {
    wp::array_t<wp::transform_t<wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> d;
    wp::array_t<wp::transform_t<wp::float32>> y;
};


void shift_transforms_3e49520b_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_shift_transforms_3e49520b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_d = _wp_args->d;
    wp::array_t<wp::transform_t<wp::float32>> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32> var_1;
    wp::transform_t<wp::float32>* var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::quat_t<wp::float32> var_14;
    wp::quat_t<wp::float32> var_15;
    wp::quat_t<wp::float32> var_16;
    wp::quat_t<wp::float32> var_17;
    const wp::float32 var_18 = 0.0;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 0.5;
    wp::quat_t<wp::float32> var_22;
    wp::quat_t<wp::float32> var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 0.0;
    const wp::float32 var_26 = 0.0;
    const wp::float32 var_27 = 0.5;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    //---------
    // forward
    // def shift_transforms(x: wp.array(dtype=wp.transform), d: wp.array(dtype=wp.vec3), y: wp.array(dtype=wp.transform)):       <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // a = wp.transform_identity()                                                            <L 17>
    var_1 = wp::transform_identity<wp::float32>();
    // b = x[i]                                                                               <L 18>
    var_2 = wp::address(var_x, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // a.p += b.p                                                                             <L 19>
    var_5 = wp::transform_get_translation(var_3);
    var_6 = wp::transform_get_translation(var_1);
    var_7 = wp::transform_get_translation(var_3);
    var_8 = wp::add(var_6, var_7);
    wp::transform_set_translation(var_1, var_8);
    // a.p -= d[i]                                                                            <L 20>
    var_9 = wp::address(var_d, var_0);
    var_10 = wp::transform_get_translation(var_1);
    var_11 = wp::address(var_d, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::sub(var_10, var_13);
    wp::transform_set_translation(var_1, var_12);
    // a.q *= b.q                                                                             <L 21>
    var_14 = wp::transform_get_rotation(var_3);
    var_15 = wp::transform_get_rotation(var_1);
    var_16 = wp::transform_get_rotation(var_3);
    var_17 = wp::mul(var_15, var_16);
    wp::transform_set_rotation(var_1, var_17);
    // a.q += wp.quat(0.0, 0.0, 0.0, 0.5)                                                     <L 22>
    var_22 = wp::quat_t<wp::float32>(var_18, var_19, var_20, var_21);
    var_23 = wp::transform_get_rotation(var_1);
    var_28 = wp::quat_t<wp::float32>(var_24, var_25, var_26, var_27);
    var_29 = wp::add(var_23, var_28);
    wp::transform_set_rotation(var_1, var_29);
    // y[i] = a                                                                               <L 23>
    wp::array_store(var_y, var_0, var_1);
}



void shift_transforms_3e49520b_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_shift_transforms_3e49520b *_wp_args,
    wp_args_shift_transforms_3e49520b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_d = _wp_args->d;
    wp::array_t<wp::transform_t<wp::float32>> var_y = _wp_args->y;
    wp::array_t<wp::transform_t<wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_d = _wp_adj_args->d;
    wp::array_t<wp::transform_t<wp::float32>> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32> var_1;
    wp::transform_t<wp::float32>* var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::quat_t<wp::float32> var_14;
    wp::quat_t<wp::float32> var_15;
    wp::quat_t<wp::float32> var_16;
    wp::quat_t<wp::float32> var_17;
    const wp::float32 var_18 = 0.0;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 0.5;
    wp::quat_t<wp::float32> var_22;
    wp::quat_t<wp::float32> var_23;
    const wp::float32 var_24 = 0.0;
    const wp::float32 var_25 = 0.0;
    const wp::float32 var_26 = 0.0;
    const wp::float32 var_27 = 0.5;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::quat_t<wp::float32> adj_14 = {};
    wp::quat_t<wp::float32> adj_15 = {};
    wp::quat_t<wp::float32> adj_16 = {};
    wp::quat_t<wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::quat_t<wp::float32> adj_22 = {};
    wp::quat_t<wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::quat_t<wp::float32> adj_28 = {};
    wp::quat_t<wp::float32> adj_29 = {};
    //---------
    // forward
    // def shift_transforms(x: wp.array(dtype=wp.transform), d: wp.array(dtype=wp.vec3), y: wp.array(dtype=wp.transform)):       <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // a = wp.transform_identity()                                                            <L 17>
    var_1 = wp::transform_identity<wp::float32>();
    // b = x[i]                                                                               <L 18>
    var_2 = wp::address(var_x, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // a.p += b.p                                                                             <L 19>
    var_5 = wp::transform_get_translation(var_3);
    var_6 = wp::transform_get_translation(var_1);
    var_7 = wp::transform_get_translation(var_3);
    var_8 = wp::add(var_6, var_7);
    wp::transform_set_translation(var_1, var_8);
    // a.p -= d[i]                                                                            <L 20>
    var_9 = wp::address(var_d, var_0);
    var_10 = wp::transform_get_translation(var_1);
    var_11 = wp::address(var_d, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::sub(var_10, var_13);
    wp::transform_set_translation(var_1, var_12);
    // a.q *= b.q                                                                             <L 21>
    var_14 = wp::transform_get_rotation(var_3);
    var_15 = wp::transform_get_rotation(var_1);
    var_16 = wp::transform_get_rotation(var_3);
    var_17 = wp::mul(var_15, var_16);
    wp::transform_set_rotation(var_1, var_17);
    // a.q += wp.quat(0.0, 0.0, 0.0, 0.5)                                                     <L 22>
    var_22 = wp::quat_t<wp::float32>(var_18, var_19, var_20, var_21);
    var_23 = wp::transform_get_rotation(var_1);
    var_28 = wp::quat_t<wp::float32>(var_24, var_25, var_26, var_27);
    var_29 = wp::add(var_23, var_28);
    wp::transform_set_rotation(var_1, var_29);
    // y[i] = a                                                                               <L 23>
    // wp::array_store(var_y, var_0, var_1);
    //---------
    // reverse
    wp::adj_array_store(var_y, var_0, var_1, adj_y, adj_0, adj_1);
    // adj: y[i] = a                                                                          <L 23>
    wp::adj_transform_set_rotation(var_1, var_29, adj_1, adj_29);
    wp::adj_add(var_23, var_28, adj_23, adj_28, adj_29);
    wp::adj_quat_t(var_24, var_25, var_26, var_27, adj_24, adj_25, adj_26, adj_27, adj_28);
    wp::adj_transform_get_rotation(var_1, adj_1, adj_23);
    wp::adj_quat_t(var_18, var_19, var_20, var_21, adj_18, adj_19, adj_20, adj_21, adj_22);
    // adj: a.q += wp.quat(0.0, 0.0, 0.0, 0.5)                                                <L 22>
    wp::adj_transform_set_rotation(var_1, var_17, adj_1, adj_17);
    wp::adj_mul(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_transform_get_rotation(var_3, adj_3, adj_16);
    wp::adj_transform_get_rotation(var_1, adj_1, adj_15);
    wp::adj_transform_get_rotation(var_3, adj_3, adj_14);
    // adj: a.q *= b.q                                                                        <L 21>
    wp::adj_transform_set_translation(var_1, var_12, adj_1, adj_12);
    wp::adj_sub(var_10, var_13, adj_10, adj_11, adj_12);
    wp::adj_address(var_d, var_0, adj_d, adj_0, adj_11);
    wp::adj_transform_get_translation(var_1, adj_1, adj_10);
    wp::adj_address(var_d, var_0, adj_d, adj_0, adj_9);
    // adj: a.p -= d[i]                                                                       <L 20>
    wp::adj_transform_set_translation(var_1, var_8, adj_1, adj_8);
    wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_transform_get_translation(var_3, adj_3, adj_7);
    wp::adj_transform_get_translation(var_1, adj_1, adj_6);
    wp::adj_transform_get_translation(var_3, adj_3, adj_5);
    // adj: a.p += b.p                                                                        <L 19>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
    // adj: b = x[i]                                                                          <L 18>
    // adj: a = wp.transform_identity()                                                       <L 17>
    // adj: i = wp.tid()                                                                      <L 16>
    // adj: def shift_transforms(x: wp.array(dtype=wp.transform), d: wp.array(dtype=wp.vec3), y: wp.array(dtype=wp.transform)):  <L 15>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void shift_transforms_3e49520b_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_shift_transforms_3e49520b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        shift_transforms_3e49520b_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void shift_transforms_3e49520b_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_shift_transforms_3e49520b *_wp_args,
    wp_args_shift_transforms_3e49520b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        shift_transforms_3e49520b_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_move_bodies_582b59df {
    wp::array_t<Body_8834eecb> bodies;
    wp::vec_t<3, wp::float32> v;
    wp::array_t<wp::transform_t<wp::float32>> out;
};


void move_bodies_582b59df_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_move_bodies_582b59df *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Body_8834eecb> var_bodies = _wp_args->bodies;
    wp::vec_t<3, wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::transform_t<wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    Body_8834eecb var_1;
    Body_8834eecb* var_2;
    wp::transform_t<wp::float32>* var_3;
    wp::transform_t<wp::float32>* var_4;
    wp::transform_t<wp::float32> var_5;
    Body_8834eecb* var_6;
    wp::float32* var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::transform_t<wp::float32>* var_10;
    wp::transform_t<wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::float32* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::transform_t<wp::float32>* var_21;
    const wp::float32 var_22 = 2.0;
    wp::float32* var_23;
    const wp::float32 var_24 = 2.0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::transform_t<wp::float32>* var_28;
    wp::transform_t<wp::float32> var_29;
    //---------
    // forward
    // def move_bodies(bodies: wp.array(dtype=Body), v: wp.vec3, out: wp.array(dtype=wp.transform)):       <L 27>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // body = Body()                                                                          <L 29>
    var_1 = Body_8834eecb();
    // body.xf = bodies[i].xf                                                                 <L 30>
    var_2 = wp::address(var_bodies, var_0);
    var_3 = &(var_2->xf);
    var_4 = &(var_1.xf);
    var_5 = wp::load(var_3);
    wp::store(var_4, var_5);
    // body.mass = bodies[i].mass                                                             <L 31>
    var_6 = wp::address(var_bodies, var_0);
    var_7 = &(var_6->mass);
    var_8 = &(var_1.mass);
    var_9 = wp::load(var_7);
    wp::store(var_8, var_9);
    // xf = body.xf                                                                           <L 32>
    var_10 = &(var_1.xf);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // xf.p += v * body.mass                                                                  <L 33>
    var_13 = &(var_1.mass);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_v, var_15);
    var_16 = wp::transform_get_translation(var_11);
    var_17 = &(var_1.mass);
    var_19 = wp::load(var_17);
    var_18 = wp::mul(var_v, var_19);
    var_20 = wp::add(var_16, var_18);
    wp::transform_set_translation(var_11, var_20);
    // body.xf = xf                                                                           <L 34>
    var_21 = &(var_1.xf);
    wp::store(var_21, var_11);
    // body.mass *= 2.0                                                                       <L 35>
    var_23 = &(var_1.mass);
    var_26 = wp::load(var_23);
    var_25 = wp::mul(var_26, var_24);
    var_27 = &(var_1.mass);
    wp::store(var_27, var_25);
    // out[i] = body.xf                                                                       <L 36>
    var_28 = &(var_1.xf);
    var_29 = wp::load(var_28);
    wp::array_store(var_out, var_0, var_29);
}



void move_bodies_582b59df_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_move_bodies_582b59df *_wp_args,
    wp_args_move_bodies_582b59df *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Body_8834eecb> var_bodies = _wp_args->bodies;
    wp::vec_t<3, wp::float32> var_v = _wp_args->v;
    wp::array_t<wp::transform_t<wp::float32>> var_out = _wp_args->out;
    wp::array_t<Body_8834eecb> adj_bodies = _wp_adj_args->bodies;
    wp::vec_t<3, wp::float32> adj_v = _wp_adj_args->v;
    wp::array_t<wp::transform_t<wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    Body_8834eecb var_1;
    Body_8834eecb* var_2;
    wp::transform_t<wp::float32>* var_3;
    wp::transform_t<wp::float32>* var_4;
    wp::transform_t<wp::float32> var_5;
    Body_8834eecb* var_6;
    wp::float32* var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::transform_t<wp::float32>* var_10;
    wp::transform_t<wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::float32* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::transform_t<wp::float32>* var_21;
    const wp::float32 var_22 = 2.0;
    wp::float32* var_23;
    const wp::float32 var_24 = 2.0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::transform_t<wp::float32>* var_28;
    wp::transform_t<wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Body_8834eecb adj_1 = {};
    Body_8834eecb adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::transform_t<wp::float32> adj_5 = {};
    Body_8834eecb adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::transform_t<wp::float32> adj_10 = {};
    wp::transform_t<wp::float32> adj_11 = {};
    wp::transform_t<wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::transform_t<wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::transform_t<wp::float32> adj_28 = {};
    wp::transform_t<wp::float32> adj_29 = {};
    //---------
    // forward
    // def move_bodies(bodies: wp.array(dtype=Body), v: wp.vec3, out: wp.array(dtype=wp.transform)):       <L 27>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // body = Body()                                                                          <L 29>
    var_1 = Body_8834eecb();
    // body.xf = bodies[i].xf                                                                 <L 30>
    var_2 = wp::address(var_bodies, var_0);
    var_3 = &(var_2->xf);
    var_4 = &(var_1.xf);
    var_5 = wp::load(var_3);
    // wp::store(var_4, var_5);
    // body.mass = bodies[i].mass                                                             <L 31>
    var_6 = wp::address(var_bodies, var_0);
    var_7 = &(var_6->mass);
    var_8 = &(var_1.mass);
    var_9 = wp::load(var_7);
    // wp::store(var_8, var_9);
    // xf = body.xf                                                                           <L 32>
    var_10 = &(var_1.xf);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // xf.p += v * body.mass                                                                  <L 33>
    var_13 = &(var_1.mass);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_v, var_15);
    var_16 = wp::transform_get_translation(var_11);
    var_17 = &(var_1.mass);
    var_19 = wp::load(var_17);
    var_18 = wp::mul(var_v, var_19);
    var_20 = wp::add(var_16, var_18);
    wp::transform_set_translation(var_11, var_20);
    // body.xf = xf                                                                           <L 34>
    var_21 = &(var_1.xf);
    // wp::store(var_21, var_11);
    // body.mass *= 2.0                                                                       <L 35>
    var_23 = &(var_1.mass);
    var_26 = wp::load(var_23);
    var_25 = wp::mul(var_26, var_24);
    var_27 = &(var_1.mass);
    // wp::store(var_27, var_25);
    // out[i] = body.xf                                                                       <L 36>
    var_28 = &(var_1.xf);
    var_29 = wp::load(var_28);
    // wp::array_store(var_out, var_0, var_29);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_29, adj_out, adj_0, adj_28);
    adj_1.xf += adj_28;
    // adj: out[i] = body.xf                                                                  <L 36>
    adj_1.mass += adj_27;
    wp::adj_mul(var_26, var_24, adj_23, adj_24, adj_25);
    adj_1.mass += adj_23;
    // adj: body.mass *= 2.0                                                                  <L 35>
    adj_1.xf += adj_21;
    // adj: body.xf = xf                                                                      <L 34>
    wp::adj_transform_set_translation(var_11, var_20, adj_11, adj_20);
    wp::adj_add(var_16, var_18, adj_16, adj_18, adj_20);
    wp::adj_mul(var_v, var_19, adj_v, adj_17, adj_18);
    adj_1.mass += adj_17;
    wp::adj_transform_get_translation(var_11, adj_11, adj_16);
    wp::adj_mul(var_v, var_15, adj_v, adj_13, adj_14);
    adj_1.mass += adj_13;
    // adj: xf.p += v * body.mass                                                             <L 33>
    wp::adj_copy(var_12, adj_10, adj_11);
    adj_1.xf += adj_10;
    // adj: xf = body.xf                                                                      <L 32>
    adj_1.mass += adj_8;
    adj_6.mass += adj_7;
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_6);
    // adj: body.mass = bodies[i].mass                                                        <L 31>
    adj_1.xf += adj_4;
    adj_2.xf += adj_3;
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_2);
    // adj: body.xf = bodies[i].xf                                                            <L 30>
    // adj: body = Body()                                                                     <L 29>
    // adj: i = wp.tid()                                                                      <L 28>
    // adj: def move_bodies(bodies: wp.array(dtype=Body), v: wp.vec3, out: wp.array(dtype=wp.transform)):  <L 27>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void move_bodies_582b59df_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_move_bodies_582b59df *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        move_bodies_582b59df_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void move_bodies_582b59df_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_move_bodies_582b59df *_wp_args,
    wp_args_move_bodies_582b59df *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        move_bodies_582b59df_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

