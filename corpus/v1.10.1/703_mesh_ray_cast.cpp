
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


struct Camera_3113e795
{
    wp::vec_t<3, wp::float32> pos;
    wp::vec_t<3, wp::float32> forward;
    wp::vec_t<3, wp::float32> up;
    wp::float32 fov;


    Camera_3113e795() = default;
    CUDA_CALLABLE Camera_3113e795(wp::vec_t<3, wp::float32> const& pos,
    wp::vec_t<3, wp::float32> const& forward = {},
    wp::vec_t<3, wp::float32> const& up = {},
    wp::float32 const& fov = {})
        : pos{pos}
        , forward{forward}
        , up{up}
        , fov{fov}

    {
    }

    CUDA_CALLABLE Camera_3113e795& operator += (const Camera_3113e795& rhs)
    {    pos += rhs.pos;
    forward += rhs.forward;
    up += rhs.up;
    fov += rhs.fov;

        return *this;}

};

static CUDA_CALLABLE void adj_Camera_3113e795(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_pos,
    wp::vec_t<3, wp::float32> & adj_forward,
    wp::vec_t<3, wp::float32> & adj_up,
    wp::float32 & adj_fov,
    Camera_3113e795 & adj_ret)
{
    adj_pos += adj_ret.pos;
    adj_forward += adj_ret.forward;
    adj_up += adj_ret.up;
    adj_fov += adj_ret.fov;
}

// Required when compiling adjoints.
CUDA_CALLABLE Camera_3113e795 add(const Camera_3113e795& a, const Camera_3113e795& b)
{
    return Camera_3113e795();
}

CUDA_CALLABLE void adj_atomic_add(Camera_3113e795* p, Camera_3113e795 t)
{
    wp::adj_atomic_add(&p->pos, t.pos);
    wp::adj_atomic_add(&p->forward, t.forward);
    wp::adj_atomic_add(&p->up, t.up);
    wp::adj_atomic_add(&p->fov, t.fov);
}



// corpus/703_mesh_ray_cast.py:14
static wp::vec_t<3, wp::float32> primary_ray_0(
    Camera_3113e795 var_cam,
    wp::int32 var_x,
    wp::int32 var_y,
    wp::int32 var_width,
    wp::int32 var_height)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.5;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32* var_31;
    const wp::float32 var_32 = 0.5;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32>* var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    //---------
    // forward
    // def primary_ray(cam: Camera, x: int, y: int, width: int, height: int):                 <L 15>
    // aspect = float(width) / float(height)                                                  <L 16>
    var_0 = wp::float(var_width);
    var_1 = wp::float(var_height);
    var_2 = wp::div(var_0, var_1);
    // sx = (2.0 * (float(x) + 0.5) / float(width) - 1.0) * aspect                            <L 17>
    var_4 = wp::float(var_x);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::float(var_width);
    var_9 = wp::div(var_7, var_8);
    var_11 = wp::sub(var_9, var_10);
    var_12 = wp::mul(var_11, var_2);
    // sy = 1.0 - 2.0 * (float(y) + 0.5) / float(height)                                      <L 18>
    var_15 = wp::float(var_y);
    var_17 = wp::add(var_15, var_16);
    var_18 = wp::mul(var_14, var_17);
    var_19 = wp::float(var_height);
    var_20 = wp::div(var_18, var_19);
    var_21 = wp::sub(var_13, var_20);
    // right = wp.normalize(wp.cross(cam.forward, cam.up))                                    <L 19>
    var_22 = &(var_cam.forward);
    var_23 = &(var_cam.up);
    var_25 = wp::load(var_22);
    var_26 = wp::load(var_23);
    var_24 = wp::cross(var_25, var_26);
    var_27 = wp::normalize(var_24);
    // up = wp.cross(right, cam.forward)                                                      <L 20>
    var_28 = &(var_cam.forward);
    var_30 = wp::load(var_28);
    var_29 = wp::cross(var_27, var_30);
    // t = wp.tan(cam.fov * 0.5)                                                              <L 21>
    var_31 = &(var_cam.fov);
    var_34 = wp::load(var_31);
    var_33 = wp::mul(var_34, var_32);
    var_35 = wp::tan(var_33);
    // return wp.normalize(cam.forward + right * (sx * t) + up * (sy * t))                    <L 22>
    var_36 = &(var_cam.forward);
    var_37 = wp::mul(var_12, var_35);
    var_38 = wp::mul(var_27, var_37);
    var_40 = wp::load(var_36);
    var_39 = wp::add(var_40, var_38);
    var_41 = wp::mul(var_21, var_35);
    var_42 = wp::mul(var_29, var_41);
    var_43 = wp::add(var_39, var_42);
    var_44 = wp::normalize(var_43);
    return var_44;
}


// corpus/703_mesh_ray_cast.py:25
static bool in_shadow_0(
    wp::uint64 var_mesh,
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_light_dir)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.001;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::float32 var_3 = 1000000.0;
    wp::mesh_query_ray_t var_4;
    bool* var_5;
    bool var_6;
    bool var_7;
    //---------
    // forward
    // def in_shadow(mesh: wp.uint64, p: wp.vec3, light_dir: wp.vec3) -> bool:                <L 26>
    // q = wp.mesh_query_ray(mesh, p + light_dir * 1.0e-3, light_dir, 1.0e6)                  <L 27>
    var_1 = wp::mul(var_light_dir, var_0);
    var_2 = wp::add(var_p, var_1);
    var_4 = wp::mesh_query_ray(var_mesh, var_2, var_light_dir, var_3);
    // return q.result                                                                        <L 28>
    var_5 = &(var_4.result);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    return var_6;
}


// corpus/703_mesh_ray_cast.py:14
static void adj_primary_ray_0(
    Camera_3113e795 var_cam,
    wp::int32 var_x,
    wp::int32 var_y,
    wp::int32 var_width,
    wp::int32 var_height,
    Camera_3113e795 & adj_cam,
    wp::int32 & adj_x,
    wp::int32 & adj_y,
    wp::int32 & adj_width,
    wp::int32 & adj_height,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.5;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32* var_31;
    const wp::float32 var_32 = 0.5;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32>* var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
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
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    //---------
    // forward
    // def primary_ray(cam: Camera, x: int, y: int, width: int, height: int):                 <L 15>
    // aspect = float(width) / float(height)                                                  <L 16>
    var_0 = wp::float(var_width);
    var_1 = wp::float(var_height);
    var_2 = wp::div(var_0, var_1);
    // sx = (2.0 * (float(x) + 0.5) / float(width) - 1.0) * aspect                            <L 17>
    var_4 = wp::float(var_x);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::float(var_width);
    var_9 = wp::div(var_7, var_8);
    var_11 = wp::sub(var_9, var_10);
    var_12 = wp::mul(var_11, var_2);
    // sy = 1.0 - 2.0 * (float(y) + 0.5) / float(height)                                      <L 18>
    var_15 = wp::float(var_y);
    var_17 = wp::add(var_15, var_16);
    var_18 = wp::mul(var_14, var_17);
    var_19 = wp::float(var_height);
    var_20 = wp::div(var_18, var_19);
    var_21 = wp::sub(var_13, var_20);
    // right = wp.normalize(wp.cross(cam.forward, cam.up))                                    <L 19>
    var_22 = &(var_cam.forward);
    var_23 = &(var_cam.up);
    var_25 = wp::load(var_22);
    var_26 = wp::load(var_23);
    var_24 = wp::cross(var_25, var_26);
    var_27 = wp::normalize(var_24);
    // up = wp.cross(right, cam.forward)                                                      <L 20>
    var_28 = &(var_cam.forward);
    var_30 = wp::load(var_28);
    var_29 = wp::cross(var_27, var_30);
    // t = wp.tan(cam.fov * 0.5)                                                              <L 21>
    var_31 = &(var_cam.fov);
    var_34 = wp::load(var_31);
    var_33 = wp::mul(var_34, var_32);
    var_35 = wp::tan(var_33);
    // return wp.normalize(cam.forward + right * (sx * t) + up * (sy * t))                    <L 22>
    var_36 = &(var_cam.forward);
    var_37 = wp::mul(var_12, var_35);
    var_38 = wp::mul(var_27, var_37);
    var_40 = wp::load(var_36);
    var_39 = wp::add(var_40, var_38);
    var_41 = wp::mul(var_21, var_35);
    var_42 = wp::mul(var_29, var_41);
    var_43 = wp::add(var_39, var_42);
    var_44 = wp::normalize(var_43);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_44 += adj_ret;
    wp::adj_normalize(var_43, var_44, adj_43, adj_44);
    wp::adj_add(var_39, var_42, adj_39, adj_42, adj_43);
    wp::adj_mul(var_29, var_41, adj_29, adj_41, adj_42);
    wp::adj_mul(var_21, var_35, adj_21, adj_35, adj_41);
    wp::adj_add(var_40, var_38, adj_36, adj_38, adj_39);
    wp::adj_mul(var_27, var_37, adj_27, adj_37, adj_38);
    wp::adj_mul(var_12, var_35, adj_12, adj_35, adj_37);
    adj_cam.forward += adj_36;
    // adj: return wp.normalize(cam.forward + right * (sx * t) + up * (sy * t))               <L 22>
    wp::adj_tan(var_33, adj_33, adj_35);
    wp::adj_mul(var_34, var_32, adj_31, adj_32, adj_33);
    adj_cam.fov += adj_31;
    // adj: t = wp.tan(cam.fov * 0.5)                                                         <L 21>
    wp::adj_cross(var_27, var_30, adj_27, adj_28, adj_29);
    adj_cam.forward += adj_28;
    // adj: up = wp.cross(right, cam.forward)                                                 <L 20>
    wp::adj_normalize(var_24, var_27, adj_24, adj_27);
    wp::adj_cross(var_25, var_26, adj_22, adj_23, adj_24);
    adj_cam.up += adj_23;
    adj_cam.forward += adj_22;
    // adj: right = wp.normalize(wp.cross(cam.forward, cam.up))                               <L 19>
    wp::adj_sub(var_13, var_20, adj_13, adj_20, adj_21);
    wp::adj_div(var_18, var_19, var_20, adj_18, adj_19, adj_20);
    wp::adj_float(var_height, adj_height, adj_19);
    wp::adj_mul(var_14, var_17, adj_14, adj_17, adj_18);
    wp::adj_add(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_float(var_y, adj_y, adj_15);
    // adj: sy = 1.0 - 2.0 * (float(y) + 0.5) / float(height)                                 <L 18>
    wp::adj_mul(var_11, var_2, adj_11, adj_2, adj_12);
    wp::adj_sub(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_div(var_7, var_8, var_9, adj_7, adj_8, adj_9);
    wp::adj_float(var_width, adj_width, adj_8);
    wp::adj_mul(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_add(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_float(var_x, adj_x, adj_4);
    // adj: sx = (2.0 * (float(x) + 0.5) / float(width) - 1.0) * aspect                       <L 17>
    wp::adj_div(var_0, var_1, var_2, adj_0, adj_1, adj_2);
    wp::adj_float(var_height, adj_height, adj_1);
    wp::adj_float(var_width, adj_width, adj_0);
    // adj: aspect = float(width) / float(height)                                             <L 16>
    // adj: def primary_ray(cam: Camera, x: int, y: int, width: int, height: int):            <L 15>
    return;
}


// corpus/703_mesh_ray_cast.py:25
static void adj_in_shadow_0(
    wp::uint64 var_mesh,
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_light_dir,
    wp::uint64 & adj_mesh,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_light_dir,
    bool & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.001;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::float32 var_3 = 1000000.0;
    wp::mesh_query_ray_t var_4;
    bool* var_5;
    bool var_6;
    bool var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::mesh_query_ray_t adj_4 = {};
    bool adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    //---------
    // forward
    // def in_shadow(mesh: wp.uint64, p: wp.vec3, light_dir: wp.vec3) -> bool:                <L 26>
    // q = wp.mesh_query_ray(mesh, p + light_dir * 1.0e-3, light_dir, 1.0e6)                  <L 27>
    var_1 = wp::mul(var_light_dir, var_0);
    var_2 = wp::add(var_p, var_1);
    var_4 = wp::mesh_query_ray(var_mesh, var_2, var_light_dir, var_3);
    // return q.result                                                                        <L 28>
    var_5 = &(var_4.result);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_copy(var_7, adj_5, adj_6);
    adj_4.result = adj_5;
    // adj: return q.result                                                                   <L 28>
    wp::adj_mesh_query_ray(var_mesh, var_2, var_light_dir, var_3, var_4, adj_mesh, adj_2, adj_light_dir, adj_3, adj_4);
    wp::adj_add(var_p, var_1, adj_p, adj_1, adj_2);
    wp::adj_mul(var_light_dir, var_0, adj_light_dir, adj_0, adj_1);
    // adj: q = wp.mesh_query_ray(mesh, p + light_dir * 1.0e-3, light_dir, 1.0e6)             <L 27>
    // adj: def in_shadow(mesh: wp.uint64, p: wp.vec3, light_dir: wp.vec3) -> bool:           <L 26>
    return;
}

struct wp_args_render_205183ea {
    wp::uint64 mesh;
    Camera_3113e795 cam;
    wp::vec_t<3, wp::float32> light_dir;
    wp::int32 width;
    wp::int32 height;
    wp::array_t<wp::vec_t<3, wp::float32>> color;
    wp::array_t<wp::float32> depth;
};


void render_205183ea_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_render_205183ea *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    Camera_3113e795 var_cam = _wp_args->cam;
    wp::vec_t<3, wp::float32> var_light_dir = _wp_args->light_dir;
    wp::int32 var_width = _wp_args->width;
    wp::int32 var_height = _wp_args->height;
    wp::array_t<wp::vec_t<3, wp::float32>> var_color = _wp_args->color;
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32>* var_3;
    const wp::float32 var_4 = 1000000.0;
    wp::mesh_query_ray_t var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.1;
    const wp::float32 var_8 = 0.1;
    const wp::float32 var_9 = 0.15;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 1000000.0;
    wp::float32 var_12;
    bool* var_13;
    bool var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32* var_18;
    const wp::float32 var_19 = 0.0;
    bool var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::float32* var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.0;
    wp::float32 var_32;
    bool var_33;
    const wp::float32 var_34 = 0.2;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32* var_37;
    wp::float32* var_38;
    const wp::float32 var_39 = 1.0;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 0.2;
    const wp::float32 var_50 = 0.8;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::int32* var_54;
    const wp::int32 var_55 = 2;
    wp::int32 var_56;
    wp::int32 var_57;
    const wp::int32 var_58 = 0;
    bool var_59;
    const wp::float32 var_60 = 0.9;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::float32* var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    bool var_66;
    wp::vec_t<3, wp::float32> var_67;
    bool var_68;
    wp::float32 var_69;
    bool var_70;
    //---------
    // forward
    // def render(                                                                            <L 32>
    // y, x = wp.tid()                                                                        <L 41>
    builtin_tid2d(var_0, var_1);
    // rd = primary_ray(cam, x, y, width, height)                                             <L 42>
    var_2 = primary_ray_0(var_cam, var_1, var_0, var_width, var_height);
    // q = wp.mesh_query_ray(mesh, cam.pos, rd, 1.0e6)                                        <L 43>
    var_3 = &(var_cam.pos);
    var_6 = wp::load(var_3);
    var_5 = wp::mesh_query_ray(var_mesh, var_6, var_2, var_4);
    // c = wp.vec3(0.1, 0.1, 0.15)                                                            <L 44>
    var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
    // d = float(1.0e6)                                                                       <L 45>
    var_12 = wp::float(var_11);
    // if q.result:                                                                           <L 46>
    var_13 = &(var_5.result);
    var_14 = wp::load(var_13);
    if (var_14) {
        // n = q.normal                                                                       <L 47>
        var_15 = &(var_5.normal);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // if q.sign < 0.0:                                                                   <L 48>
        var_18 = &(var_5.sign);
        var_21 = wp::load(var_18);
        var_20 = (var_21 < var_19);
        if (var_20) {
            // n = -n                                                                         <L 49>
            var_22 = wp::neg(var_16);
        }
        var_23 = wp::where(var_20, var_22, var_16);
        // hit = cam.pos + rd * q.t                                                           <L 50>
        var_24 = &(var_cam.pos);
        var_25 = &(var_5.t);
        var_27 = wp::load(var_25);
        var_26 = wp::mul(var_2, var_27);
        var_29 = wp::load(var_24);
        var_28 = wp::add(var_29, var_26);
        // diffuse = wp.max(wp.dot(n, light_dir), 0.0)                                        <L 51>
        var_30 = wp::dot(var_23, var_light_dir);
        var_32 = wp::max(var_30, var_31);
        // if in_shadow(mesh, hit, light_dir):                                                <L 52>
        var_33 = in_shadow_0(var_mesh, var_28, var_light_dir);
        if (var_33) {
            // diffuse = diffuse * 0.2                                                        <L 53>
            var_35 = wp::mul(var_32, var_34);
        }
        var_36 = wp::where(var_33, var_35, var_32);
        // bary = wp.vec3(q.u, q.v, 1.0 - q.u - q.v)                                          <L 54>
        var_37 = &(var_5.u);
        var_38 = &(var_5.v);
        var_40 = &(var_5.u);
        var_42 = wp::load(var_40);
        var_41 = wp::sub(var_39, var_42);
        var_43 = &(var_5.v);
        var_45 = wp::load(var_43);
        var_44 = wp::sub(var_41, var_45);
        var_47 = wp::load(var_37);
        var_48 = wp::load(var_38);
        var_46 = wp::vec_t<3, wp::float32>(var_47, var_48, var_44);
        // c = bary * (0.2 + 0.8 * diffuse)                                                   <L 55>
        var_51 = wp::mul(var_50, var_36);
        var_52 = wp::add(var_49, var_51);
        var_53 = wp::mul(var_46, var_52);
        // if q.face % 2 == 0:                                                                <L 56>
        var_54 = &(var_5.face);
        var_57 = wp::load(var_54);
        var_56 = wp::mod(var_57, var_55);
        var_59 = (var_56 == var_58);
        if (var_59) {
            // c = c * 0.9                                                                    <L 57>
            var_61 = wp::mul(var_53, var_60);
        }
        var_62 = wp::where(var_59, var_61, var_53);
        // d = q.t                                                                            <L 58>
        var_63 = &(var_5.t);
        var_65 = wp::load(var_63);
        var_64 = wp::copy(var_65);
    }
    var_66 = wp::load(var_13);
    var_68 = wp::load(var_13);
    var_67 = wp::where(var_68, var_62, var_10);
    var_70 = wp::load(var_13);
    var_69 = wp::where(var_70, var_64, var_12);
    // color[y, x] = c                                                                        <L 59>
    wp::array_store(var_color, var_0, var_1, var_67);
    // depth[y, x] = d                                                                        <L 60>
    wp::array_store(var_depth, var_0, var_1, var_69);
}



void render_205183ea_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_render_205183ea *_wp_args,
    wp_args_render_205183ea *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    Camera_3113e795 var_cam = _wp_args->cam;
    wp::vec_t<3, wp::float32> var_light_dir = _wp_args->light_dir;
    wp::int32 var_width = _wp_args->width;
    wp::int32 var_height = _wp_args->height;
    wp::array_t<wp::vec_t<3, wp::float32>> var_color = _wp_args->color;
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    Camera_3113e795 adj_cam = _wp_adj_args->cam;
    wp::vec_t<3, wp::float32> adj_light_dir = _wp_adj_args->light_dir;
    wp::int32 adj_width = _wp_adj_args->width;
    wp::int32 adj_height = _wp_adj_args->height;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_color = _wp_adj_args->color;
    wp::array_t<wp::float32> adj_depth = _wp_adj_args->depth;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32>* var_3;
    const wp::float32 var_4 = 1000000.0;
    wp::mesh_query_ray_t var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.1;
    const wp::float32 var_8 = 0.1;
    const wp::float32 var_9 = 0.15;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 1000000.0;
    wp::float32 var_12;
    bool* var_13;
    bool var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32* var_18;
    const wp::float32 var_19 = 0.0;
    bool var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::float32* var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.0;
    wp::float32 var_32;
    bool var_33;
    const wp::float32 var_34 = 0.2;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32* var_37;
    wp::float32* var_38;
    const wp::float32 var_39 = 1.0;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 0.2;
    const wp::float32 var_50 = 0.8;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::int32* var_54;
    const wp::int32 var_55 = 2;
    wp::int32 var_56;
    wp::int32 var_57;
    const wp::int32 var_58 = 0;
    bool var_59;
    const wp::float32 var_60 = 0.9;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::float32* var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    bool var_66;
    wp::vec_t<3, wp::float32> var_67;
    bool var_68;
    wp::float32 var_69;
    bool var_70;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::mesh_query_ray_t adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    bool adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    bool adj_59 = {};
    wp::float32 adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    bool adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    bool adj_68 = {};
    wp::float32 adj_69 = {};
    bool adj_70 = {};
    //---------
    // forward
    // def render(                                                                            <L 32>
    // y, x = wp.tid()                                                                        <L 41>
    builtin_tid2d(var_0, var_1);
    // rd = primary_ray(cam, x, y, width, height)                                             <L 42>
    var_2 = primary_ray_0(var_cam, var_1, var_0, var_width, var_height);
    // q = wp.mesh_query_ray(mesh, cam.pos, rd, 1.0e6)                                        <L 43>
    var_3 = &(var_cam.pos);
    var_6 = wp::load(var_3);
    var_5 = wp::mesh_query_ray(var_mesh, var_6, var_2, var_4);
    // c = wp.vec3(0.1, 0.1, 0.15)                                                            <L 44>
    var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
    // d = float(1.0e6)                                                                       <L 45>
    var_12 = wp::float(var_11);
    // if q.result:                                                                           <L 46>
    var_13 = &(var_5.result);
    var_14 = wp::load(var_13);
    if (var_14) {
        // n = q.normal                                                                       <L 47>
        var_15 = &(var_5.normal);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // if q.sign < 0.0:                                                                   <L 48>
        var_18 = &(var_5.sign);
        var_21 = wp::load(var_18);
        var_20 = (var_21 < var_19);
        if (var_20) {
            // n = -n                                                                         <L 49>
            var_22 = wp::neg(var_16);
        }
        var_23 = wp::where(var_20, var_22, var_16);
        // hit = cam.pos + rd * q.t                                                           <L 50>
        var_24 = &(var_cam.pos);
        var_25 = &(var_5.t);
        var_27 = wp::load(var_25);
        var_26 = wp::mul(var_2, var_27);
        var_29 = wp::load(var_24);
        var_28 = wp::add(var_29, var_26);
        // diffuse = wp.max(wp.dot(n, light_dir), 0.0)                                        <L 51>
        var_30 = wp::dot(var_23, var_light_dir);
        var_32 = wp::max(var_30, var_31);
        // if in_shadow(mesh, hit, light_dir):                                                <L 52>
        var_33 = in_shadow_0(var_mesh, var_28, var_light_dir);
        if (var_33) {
            // diffuse = diffuse * 0.2                                                        <L 53>
            var_35 = wp::mul(var_32, var_34);
        }
        var_36 = wp::where(var_33, var_35, var_32);
        // bary = wp.vec3(q.u, q.v, 1.0 - q.u - q.v)                                          <L 54>
        var_37 = &(var_5.u);
        var_38 = &(var_5.v);
        var_40 = &(var_5.u);
        var_42 = wp::load(var_40);
        var_41 = wp::sub(var_39, var_42);
        var_43 = &(var_5.v);
        var_45 = wp::load(var_43);
        var_44 = wp::sub(var_41, var_45);
        var_47 = wp::load(var_37);
        var_48 = wp::load(var_38);
        var_46 = wp::vec_t<3, wp::float32>(var_47, var_48, var_44);
        // c = bary * (0.2 + 0.8 * diffuse)                                                   <L 55>
        var_51 = wp::mul(var_50, var_36);
        var_52 = wp::add(var_49, var_51);
        var_53 = wp::mul(var_46, var_52);
        // if q.face % 2 == 0:                                                                <L 56>
        var_54 = &(var_5.face);
        var_57 = wp::load(var_54);
        var_56 = wp::mod(var_57, var_55);
        var_59 = (var_56 == var_58);
        if (var_59) {
            // c = c * 0.9                                                                    <L 57>
            var_61 = wp::mul(var_53, var_60);
        }
        var_62 = wp::where(var_59, var_61, var_53);
        // d = q.t                                                                            <L 58>
        var_63 = &(var_5.t);
        var_65 = wp::load(var_63);
        var_64 = wp::copy(var_65);
    }
    var_66 = wp::load(var_13);
    var_68 = wp::load(var_13);
    var_67 = wp::where(var_68, var_62, var_10);
    var_70 = wp::load(var_13);
    var_69 = wp::where(var_70, var_64, var_12);
    // color[y, x] = c                                                                        <L 59>
    // wp::array_store(var_color, var_0, var_1, var_67);
    // depth[y, x] = d                                                                        <L 60>
    // wp::array_store(var_depth, var_0, var_1, var_69);
    //---------
    // reverse
    wp::adj_array_store(var_depth, var_0, var_1, var_69, adj_depth, adj_0, adj_1, adj_69);
    // adj: depth[y, x] = d                                                                   <L 60>
    wp::adj_array_store(var_color, var_0, var_1, var_67, adj_color, adj_0, adj_1, adj_67);
    // adj: color[y, x] = c                                                                   <L 59>
    wp::adj_where(var_70, var_64, var_12, adj_13, adj_64, adj_12, adj_69);
    wp::adj_where(var_68, var_62, var_10, adj_13, adj_62, adj_10, adj_67);
    if (var_66) {
        wp::adj_copy(var_65, adj_63, adj_64);
        adj_5.t += adj_63;
        // adj: d = q.t                                                                       <L 58>
        wp::adj_where(var_59, var_61, var_53, adj_59, adj_61, adj_53, adj_62);
        if (var_59) {
            wp::adj_mul(var_53, var_60, adj_53, adj_60, adj_61);
            // adj: c = c * 0.9                                                               <L 57>
        }
        wp::adj_mod(var_57, var_55, adj_54, adj_55, adj_56);
        adj_5.face = adj_54;
        // adj: if q.face % 2 == 0:                                                           <L 56>
        wp::adj_mul(var_46, var_52, adj_46, adj_52, adj_53);
        wp::adj_add(var_49, var_51, adj_49, adj_51, adj_52);
        wp::adj_mul(var_50, var_36, adj_50, adj_36, adj_51);
        // adj: c = bary * (0.2 + 0.8 * diffuse)                                              <L 55>
        wp::adj_vec_t(var_47, var_48, var_44, adj_37, adj_38, adj_44, adj_46);
        wp::adj_sub(var_41, var_45, adj_41, adj_43, adj_44);
        adj_5.v += adj_43;
        wp::adj_sub(var_39, var_42, adj_39, adj_40, adj_41);
        adj_5.u += adj_40;
        adj_5.v += adj_38;
        adj_5.u += adj_37;
        // adj: bary = wp.vec3(q.u, q.v, 1.0 - q.u - q.v)                                     <L 54>
        wp::adj_where(var_33, var_35, var_32, adj_33, adj_35, adj_32, adj_36);
        if (var_33) {
            wp::adj_mul(var_32, var_34, adj_32, adj_34, adj_35);
            // adj: diffuse = diffuse * 0.2                                                   <L 53>
        }
        adj_in_shadow_0(var_mesh, var_28, var_light_dir, adj_mesh, adj_28, adj_light_dir, adj_33);
        // adj: if in_shadow(mesh, hit, light_dir):                                           <L 52>
        wp::adj_max(var_30, var_31, adj_30, adj_31, adj_32);
        wp::adj_dot(var_23, var_light_dir, adj_23, adj_light_dir, adj_30);
        // adj: diffuse = wp.max(wp.dot(n, light_dir), 0.0)                                   <L 51>
        wp::adj_add(var_29, var_26, adj_24, adj_26, adj_28);
        wp::adj_mul(var_2, var_27, adj_2, adj_25, adj_26);
        adj_5.t += adj_25;
        adj_cam.pos += adj_24;
        // adj: hit = cam.pos + rd * q.t                                                      <L 50>
        wp::adj_where(var_20, var_22, var_16, adj_20, adj_22, adj_16, adj_23);
        if (var_20) {
            wp::adj_neg(var_16, adj_16, adj_22);
            // adj: n = -n                                                                    <L 49>
        }
        adj_5.sign += adj_18;
        // adj: if q.sign < 0.0:                                                              <L 48>
        wp::adj_copy(var_17, adj_15, adj_16);
        adj_5.normal += adj_15;
        // adj: n = q.normal                                                                  <L 47>
    }
    adj_5.result = adj_13;
    // adj: if q.result:                                                                      <L 46>
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: d = float(1.0e6)                                                                  <L 45>
    wp::adj_vec_t(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
    // adj: c = wp.vec3(0.1, 0.1, 0.15)                                                       <L 44>
    wp::adj_mesh_query_ray(var_mesh, var_6, var_2, var_4, var_5, adj_mesh, adj_3, adj_2, adj_4, adj_5);
    adj_cam.pos += adj_3;
    // adj: q = wp.mesh_query_ray(mesh, cam.pos, rd, 1.0e6)                                   <L 43>
    adj_primary_ray_0(var_cam, var_1, var_0, var_width, var_height, adj_cam, adj_1, adj_0, adj_width, adj_height, adj_2);
    // adj: rd = primary_ray(cam, x, y, width, height)                                        <L 42>
    // adj: y, x = wp.tid()                                                                   <L 41>
    // adj: def render(                                                                       <L 32>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void render_205183ea_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_render_205183ea *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        render_205183ea_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void render_205183ea_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_render_205183ea *_wp_args,
    wp_args_render_205183ea *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        render_205183ea_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_raycast_heights_257de3c5 {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<2, wp::float32>> xz;
    wp::float32 top;
    wp::array_t<wp::float32> heights;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
};


void raycast_heights_257de3c5_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_raycast_heights_257de3c5 *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<2, wp::float32>> var_xz = _wp_args->xz;
    wp::float32 var_top = _wp_args->top;
    wp::array_t<wp::float32> var_heights = _wp_args->heights;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32>* var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = -1.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    const wp::float32 var_26 = 2.0;
    wp::float32 var_27;
    bool var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    const wp::float32 var_31 = 0.0;
    const wp::float32 var_32 = 1.0;
    const wp::float32 var_33 = 0.0;
    wp::vec_t<3, wp::float32> var_34;
    //---------
    // forward
    // def raycast_heights(mesh: wp.uint64, xz: wp.array(dtype=wp.vec2), top: float, heights: wp.array(dtype=float), normals: wp.array(dtype=wp.vec3)):       <L 64>
    // tid = wp.tid()                                                                         <L 65>
    var_0 = builtin_tid1d();
    // start = wp.vec3(xz[tid][0], top, xz[tid][1])                                           <L 66>
    var_1 = wp::address(var_xz, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_5 = wp::address(var_xz, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::vec_t<3, wp::float32>(var_3, var_top, var_7);
    // dir = wp.vec3(0.0, -1.0, 0.0)                                                          <L 67>
    var_14 = wp::vec_t<3, wp::float32>(var_10, var_12, var_13);
    // t = float(0.0)                                                                         <L 68>
    var_16 = wp::float(var_15);
    // u = float(0.0)                                                                         <L 69>
    var_18 = wp::float(var_17);
    // v = float(0.0)                                                                         <L 70>
    var_20 = wp::float(var_19);
    // sign = float(0.0)                                                                      <L 71>
    var_22 = wp::float(var_21);
    // n = wp.vec3()                                                                          <L 72>
    var_23 = wp::vec_t<3, wp::float32>();
    // face = int(0)                                                                          <L 73>
    var_25 = wp::int(var_24);
    // if wp.mesh_query_ray(mesh, start, dir, 2.0 * top, t, u, v, sign, n, face):             <L 74>
    var_27 = wp::mul(var_26, var_top);
    var_28 = wp::mesh_query_ray(var_mesh, var_9, var_14, var_27, var_16, var_18, var_20, var_22, var_23, var_25);
    if (var_28) {
        // heights[tid] = top - t                                                             <L 75>
        var_29 = wp::sub(var_top, var_16);
        wp::array_store(var_heights, var_0, var_29);
        // normals[tid] = n                                                                   <L 76>
        wp::array_store(var_normals, var_0, var_23);
    }
    if (!var_28) {
        // heights[tid] = 0.0                                                                 <L 78>
        wp::array_store(var_heights, var_0, var_30);
        // normals[tid] = wp.vec3(0.0, 1.0, 0.0)                                              <L 79>
        var_34 = wp::vec_t<3, wp::float32>(var_31, var_32, var_33);
        wp::array_store(var_normals, var_0, var_34);
    }
}



void raycast_heights_257de3c5_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_raycast_heights_257de3c5 *_wp_args,
    wp_args_raycast_heights_257de3c5 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<2, wp::float32>> var_xz = _wp_args->xz;
    wp::float32 var_top = _wp_args->top;
    wp::array_t<wp::float32> var_heights = _wp_args->heights;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_xz = _wp_adj_args->xz;
    wp::float32 adj_top = _wp_adj_args->top;
    wp::array_t<wp::float32> adj_heights = _wp_adj_args->heights;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32>* var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = -1.0;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.0;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    const wp::float32 var_26 = 2.0;
    wp::float32 var_27;
    bool var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    const wp::float32 var_31 = 0.0;
    const wp::float32 var_32 = 1.0;
    const wp::float32 var_33 = 0.0;
    wp::vec_t<3, wp::float32> var_34;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    //---------
    // forward
    // def raycast_heights(mesh: wp.uint64, xz: wp.array(dtype=wp.vec2), top: float, heights: wp.array(dtype=float), normals: wp.array(dtype=wp.vec3)):       <L 64>
    // tid = wp.tid()                                                                         <L 65>
    var_0 = builtin_tid1d();
    // start = wp.vec3(xz[tid][0], top, xz[tid][1])                                           <L 66>
    var_1 = wp::address(var_xz, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_5 = wp::address(var_xz, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::vec_t<3, wp::float32>(var_3, var_top, var_7);
    // dir = wp.vec3(0.0, -1.0, 0.0)                                                          <L 67>
    var_14 = wp::vec_t<3, wp::float32>(var_10, var_12, var_13);
    // t = float(0.0)                                                                         <L 68>
    var_16 = wp::float(var_15);
    // u = float(0.0)                                                                         <L 69>
    var_18 = wp::float(var_17);
    // v = float(0.0)                                                                         <L 70>
    var_20 = wp::float(var_19);
    // sign = float(0.0)                                                                      <L 71>
    var_22 = wp::float(var_21);
    // n = wp.vec3()                                                                          <L 72>
    var_23 = wp::vec_t<3, wp::float32>();
    // face = int(0)                                                                          <L 73>
    var_25 = wp::int(var_24);
    // if wp.mesh_query_ray(mesh, start, dir, 2.0 * top, t, u, v, sign, n, face):             <L 74>
    var_27 = wp::mul(var_26, var_top);
    var_28 = wp::mesh_query_ray(var_mesh, var_9, var_14, var_27, var_16, var_18, var_20, var_22, var_23, var_25);
    if (var_28) {
        // heights[tid] = top - t                                                             <L 75>
        var_29 = wp::sub(var_top, var_16);
        // wp::array_store(var_heights, var_0, var_29);
        // normals[tid] = n                                                                   <L 76>
        // wp::array_store(var_normals, var_0, var_23);
    }
    if (!var_28) {
        // heights[tid] = 0.0                                                                 <L 78>
        // wp::array_store(var_heights, var_0, var_30);
        // normals[tid] = wp.vec3(0.0, 1.0, 0.0)                                              <L 79>
        var_34 = wp::vec_t<3, wp::float32>(var_31, var_32, var_33);
        // wp::array_store(var_normals, var_0, var_34);
    }
    //---------
    // reverse
    if (!var_28) {
        wp::adj_array_store(var_normals, var_0, var_34, adj_normals, adj_0, adj_34);
        wp::adj_vec_t(var_31, var_32, var_33, adj_31, adj_32, adj_33, adj_34);
        // adj: normals[tid] = wp.vec3(0.0, 1.0, 0.0)                                         <L 79>
        wp::adj_array_store(var_heights, var_0, var_30, adj_heights, adj_0, adj_30);
        // adj: heights[tid] = 0.0                                                            <L 78>
    }
    if (var_28) {
        wp::adj_array_store(var_normals, var_0, var_23, adj_normals, adj_0, adj_23);
        // adj: normals[tid] = n                                                              <L 76>
        wp::adj_array_store(var_heights, var_0, var_29, adj_heights, adj_0, adj_29);
        wp::adj_sub(var_top, var_16, adj_top, adj_16, adj_29);
        // adj: heights[tid] = top - t                                                        <L 75>
    }
    wp::adj_mesh_query_ray(var_mesh, var_9, var_14, var_27, var_16, var_18, var_20, var_22, var_23, var_25, adj_mesh, adj_9, adj_14, adj_27, adj_16, adj_18, adj_20, adj_22, adj_23, adj_25, adj_28);
    wp::adj_mul(var_26, var_top, adj_26, adj_top, adj_27);
    // adj: if wp.mesh_query_ray(mesh, start, dir, 2.0 * top, t, u, v, sign, n, face):        <L 74>
    wp::adj_int(var_24, adj_24, adj_25);
    // adj: face = int(0)                                                                     <L 73>
    // adj: n = wp.vec3()                                                                     <L 72>
    wp::adj_float(var_21, adj_21, adj_22);
    // adj: sign = float(0.0)                                                                 <L 71>
    wp::adj_float(var_19, adj_19, adj_20);
    // adj: v = float(0.0)                                                                    <L 70>
    wp::adj_float(var_17, adj_17, adj_18);
    // adj: u = float(0.0)                                                                    <L 69>
    wp::adj_float(var_15, adj_15, adj_16);
    // adj: t = float(0.0)                                                                    <L 68>
    wp::adj_vec_t(var_10, var_12, var_13, adj_10, adj_12, adj_13, adj_14);
    // adj: dir = wp.vec3(0.0, -1.0, 0.0)                                                     <L 67>
    wp::adj_vec_t(var_3, var_top, var_7, adj_3, adj_top, adj_7, adj_9);
    wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
    wp::adj_address(var_xz, var_0, adj_xz, adj_0, adj_5);
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_xz, var_0, adj_xz, adj_0, adj_1);
    // adj: start = wp.vec3(xz[tid][0], top, xz[tid][1])                                      <L 66>
    // adj: tid = wp.tid()                                                                    <L 65>
    // adj: def raycast_heights(mesh: wp.uint64, xz: wp.array(dtype=wp.vec2), top: float, heights: wp.array(dtype=float), normals: wp.array(dtype=wp.vec3)):  <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void raycast_heights_257de3c5_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_raycast_heights_257de3c5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        raycast_heights_257de3c5_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void raycast_heights_257de3c5_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_raycast_heights_257de3c5 *_wp_args,
    wp_args_raycast_heights_257de3c5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        raycast_heights_257de3c5_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

