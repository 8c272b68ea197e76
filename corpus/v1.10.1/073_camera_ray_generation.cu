
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


struct Camera_ae675742
{
    wp::vec_t<3, wp::float32> position;
    wp::quat_t<wp::float32> rotation;
    wp::float32 fov_y;
    wp::float32 aperture;
    wp::float32 focus_dist;
    wp::int32 width;
    wp::int32 height;


    Camera_ae675742() = default;
    CUDA_CALLABLE Camera_ae675742(wp::vec_t<3, wp::float32> const& position,
    wp::quat_t<wp::float32> const& rotation = {},
    wp::float32 const& fov_y = {},
    wp::float32 const& aperture = {},
    wp::float32 const& focus_dist = {},
    wp::int32 const& width = {},
    wp::int32 const& height = {})
        : position{position}
        , rotation{rotation}
        , fov_y{fov_y}
        , aperture{aperture}
        , focus_dist{focus_dist}
        , width{width}
        , height{height}

    {
    }

    CUDA_CALLABLE Camera_ae675742& operator += (const Camera_ae675742& rhs)
    {    position += rhs.position;
    rotation += rhs.rotation;
    fov_y += rhs.fov_y;
    aperture += rhs.aperture;
    focus_dist += rhs.focus_dist;
    width += rhs.width;
    height += rhs.height;

        return *this;}

};

static CUDA_CALLABLE void adj_Camera_ae675742(wp::vec_t<3, wp::float32> const&,
    wp::quat_t<wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> & adj_position,
    wp::quat_t<wp::float32> & adj_rotation,
    wp::float32 & adj_fov_y,
    wp::float32 & adj_aperture,
    wp::float32 & adj_focus_dist,
    wp::int32 & adj_width,
    wp::int32 & adj_height,
    Camera_ae675742 & adj_ret)
{
    adj_position += adj_ret.position;
    adj_rotation += adj_ret.rotation;
    adj_fov_y += adj_ret.fov_y;
    adj_aperture += adj_ret.aperture;
    adj_focus_dist += adj_ret.focus_dist;
    adj_width += adj_ret.width;
    adj_height += adj_ret.height;
}

// Required when compiling adjoints.
CUDA_CALLABLE Camera_ae675742 add(const Camera_ae675742& a, const Camera_ae675742& b)
{
    return Camera_ae675742();
}

CUDA_CALLABLE void adj_atomic_add(Camera_ae675742* p, Camera_ae675742 t)
{
    wp::adj_atomic_add(&p->position, t.position);
    wp::adj_atomic_add(&p->rotation, t.rotation);
    wp::adj_atomic_add(&p->fov_y, t.fov_y);
    wp::adj_atomic_add(&p->aperture, t.aperture);
    wp::adj_atomic_add(&p->focus_dist, t.focus_dist);
    wp::adj_atomic_add(&p->width, t.width);
    wp::adj_atomic_add(&p->height, t.height);
}



// corpus/073_camera_ray_generation.py:15
static CUDA_CALLABLE wp::vec_t<2, wp::float32> concentric_disk_0(
    wp::float32 var_u,
    wp::float32 var_v)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    bool var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    bool var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 0.0;
    wp::vec_t<2, wp::float32> var_15;
    const wp::float32 var_16 = 0.0;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    bool var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 3.141592653589793;
    const wp::float32 var_25 = 4.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 3.141592653589793;
    const wp::float32 var_33 = 2.0;
    wp::float32 var_34;
    const wp::float32 var_35 = 3.141592653589793;
    const wp::float32 var_36 = 4.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::vec_t<2, wp::float32> var_47;
    //---------
    // forward
    // def concentric_disk(u: float, v: float) -> wp.vec2:                                    <L 16>
    // a = 2.0 * u - 1.0                                                                      <L 17>
    var_1 = wp::mul(var_0, var_u);
    var_3 = wp::sub(var_1, var_2);
    // b = 2.0 * v - 1.0                                                                      <L 18>
    var_5 = wp::mul(var_4, var_v);
    var_7 = wp::sub(var_5, var_6);
    // if a == 0.0 and b == 0.0:                                                              <L 19>
    var_9 = (var_3 == var_8);
    var_11 = (var_7 == var_10);
    var_12 = var_9 && var_11;
    if (var_12) {
        // return wp.vec2(0.0, 0.0)                                                           <L 20>
        var_15 = wp::vec_t<2, wp::float32>(var_13, var_14);
        return var_15;
    }
    // r = float(0.0)                                                                         <L 21>
    var_17 = wp::float(var_16);
    // phi = float(0.0)                                                                       <L 22>
    var_19 = wp::float(var_18);
    // if a * a > b * b:                                                                      <L 23>
    var_20 = wp::mul(var_3, var_3);
    var_21 = wp::mul(var_7, var_7);
    var_22 = (var_20 > var_21);
    if (var_22) {
        // r = a                                                                              <L 24>
        var_23 = wp::copy(var_3);
        // phi = (wp.pi / 4.0) * (b / a)                                                      <L 25>
        var_26 = wp::div(var_24, var_25);
        var_27 = wp::div(var_7, var_3);
        var_28 = wp::mul(var_26, var_27);
    }
    var_29 = wp::where(var_22, var_23, var_17);
    var_30 = wp::where(var_22, var_28, var_19);
    if (!var_22) {
        // r = b                                                                              <L 27>
        var_31 = wp::copy(var_7);
        // phi = (wp.pi / 2.0) - (wp.pi / 4.0) * (a / b)                                      <L 28>
        var_34 = wp::div(var_32, var_33);
        var_37 = wp::div(var_35, var_36);
        var_38 = wp::div(var_3, var_7);
        var_39 = wp::mul(var_37, var_38);
        var_40 = wp::sub(var_34, var_39);
    }
    var_41 = wp::where(var_22, var_29, var_31);
    var_42 = wp::where(var_22, var_30, var_40);
    // return wp.vec2(r * wp.cos(phi), r * wp.sin(phi))                                       <L 29>
    var_43 = wp::cos(var_42);
    var_44 = wp::mul(var_41, var_43);
    var_45 = wp::sin(var_42);
    var_46 = wp::mul(var_41, var_45);
    var_47 = wp::vec_t<2, wp::float32>(var_44, var_46);
    return var_47;
}


// corpus/073_camera_ray_generation.py:32
static CUDA_CALLABLE void pixel_ray_0(
    Camera_ae675742 var_cam,
    wp::float32 var_px,
    wp::float32 var_py,
    wp::vec_t<2, wp::float32> var_lens,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1)
{
    //---------
    // primal vars
    wp::int32* var_0;
    wp::float32 var_1;
    wp::int32 var_2;
    wp::int32* var_3;
    wp::float32 var_4;
    wp::int32 var_5;
    wp::float32 var_6;
    wp::float32* var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 2.0;
    wp::float32 var_13;
    wp::int32* var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 1.0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    const wp::float32 var_23 = 2.0;
    wp::float32 var_24;
    wp::int32* var_25;
    wp::float32 var_26;
    wp::int32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 1.0;
    const wp::float32 var_32 = -1.0;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32* var_35;
    const wp::int32 var_36 = 2;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    const wp::int32 var_42 = 0;
    wp::float32 var_43;
    const wp::int32 var_44 = 1;
    wp::float32 var_45;
    const wp::float32 var_46 = 0.0;
    wp::vec_t<3, wp::float32> var_47;
    wp::float32* var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32>* var_53;
    wp::quat_t<wp::float32>* var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::quat_t<wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::quat_t<wp::float32>* var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::quat_t<wp::float32> var_61;
    //---------
    // forward
    // def pixel_ray(cam: Camera, px: float, py: float, lens: wp.vec2):                       <L 33>
    // aspect = float(cam.width) / float(cam.height)                                          <L 34>
    var_0 = &(var_cam.width);
    var_2 = wp::load(var_0);
    var_1 = wp::float(var_2);
    var_3 = &(var_cam.height);
    var_5 = wp::load(var_3);
    var_4 = wp::float(var_5);
    var_6 = wp::div(var_1, var_4);
    // th = wp.tan(cam.fov_y * 0.5)                                                           <L 35>
    var_7 = &(var_cam.fov_y);
    var_10 = wp::load(var_7);
    var_9 = wp::mul(var_10, var_8);
    var_11 = wp::tan(var_9);
    // x = (2.0 * px / float(cam.width) - 1.0) * th * aspect                                  <L 36>
    var_13 = wp::mul(var_12, var_px);
    var_14 = &(var_cam.width);
    var_16 = wp::load(var_14);
    var_15 = wp::float(var_16);
    var_17 = wp::div(var_13, var_15);
    var_19 = wp::sub(var_17, var_18);
    var_20 = wp::mul(var_19, var_11);
    var_21 = wp::mul(var_20, var_6);
    // y = (1.0 - 2.0 * py / float(cam.height)) * th                                          <L 37>
    var_24 = wp::mul(var_23, var_py);
    var_25 = &(var_cam.height);
    var_27 = wp::load(var_25);
    var_26 = wp::float(var_27);
    var_28 = wp::div(var_24, var_26);
    var_29 = wp::sub(var_22, var_28);
    var_30 = wp::mul(var_29, var_11);
    // d_cam = wp.normalize(wp.vec3(x, y, -1.0))                                              <L 38>
    var_33 = wp::vec_t<3, wp::float32>(var_21, var_30, var_32);
    var_34 = wp::normalize(var_33);
    // focus = d_cam * (cam.focus_dist / -d_cam[2])                                           <L 39>
    var_35 = &(var_cam.focus_dist);
    var_37 = wp::extract(var_34, var_36);
    var_38 = wp::neg(var_37);
    var_40 = wp::load(var_35);
    var_39 = wp::div(var_40, var_38);
    var_41 = wp::mul(var_34, var_39);
    // offset = wp.vec3(lens[0], lens[1], 0.0) * cam.aperture                                 <L 40>
    var_43 = wp::extract(var_lens, var_42);
    var_45 = wp::extract(var_lens, var_44);
    var_47 = wp::vec_t<3, wp::float32>(var_43, var_45, var_46);
    var_48 = &(var_cam.aperture);
    var_50 = wp::load(var_48);
    var_49 = wp::mul(var_47, var_50);
    // d = wp.normalize(focus - offset)                                                       <L 41>
    var_51 = wp::sub(var_41, var_49);
    var_52 = wp::normalize(var_51);
    // o = cam.position + wp.quat_rotate(cam.rotation, offset)                                <L 42>
    var_53 = &(var_cam.position);
    var_54 = &(var_cam.rotation);
    var_56 = wp::load(var_54);
    var_55 = wp::quat_rotate(var_56, var_49);
    var_58 = wp::load(var_53);
    var_57 = wp::add(var_58, var_55);
    // return o, wp.quat_rotate(cam.rotation, d)                                              <L 43>
    var_59 = &(var_cam.rotation);
    var_61 = wp::load(var_59);
    var_60 = wp::quat_rotate(var_61, var_52);
    ret_0 = var_57;
    ret_1 = var_60;
    return;
}


// corpus/073_camera_ray_generation.py:15
static CUDA_CALLABLE void adj_concentric_disk_0(
    wp::float32 var_u,
    wp::float32 var_v,
    wp::float32 & adj_u,
    wp::float32 & adj_v,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    bool var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    bool var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 0.0;
    wp::vec_t<2, wp::float32> var_15;
    const wp::float32 var_16 = 0.0;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    bool var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 3.141592653589793;
    const wp::float32 var_25 = 4.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 3.141592653589793;
    const wp::float32 var_33 = 2.0;
    wp::float32 var_34;
    const wp::float32 var_35 = 3.141592653589793;
    const wp::float32 var_36 = 4.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::vec_t<2, wp::float32> var_47;
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
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
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
    wp::float32 adj_46 = {};
    wp::vec_t<2, wp::float32> adj_47 = {};
    //---------
    // forward
    // def concentric_disk(u: float, v: float) -> wp.vec2:                                    <L 16>
    // a = 2.0 * u - 1.0                                                                      <L 17>
    var_1 = wp::mul(var_0, var_u);
    var_3 = wp::sub(var_1, var_2);
    // b = 2.0 * v - 1.0                                                                      <L 18>
    var_5 = wp::mul(var_4, var_v);
    var_7 = wp::sub(var_5, var_6);
    // if a == 0.0 and b == 0.0:                                                              <L 19>
    var_9 = (var_3 == var_8);
    var_11 = (var_7 == var_10);
    var_12 = var_9 && var_11;
    if (var_12) {
        // return wp.vec2(0.0, 0.0)                                                           <L 20>
        var_15 = wp::vec_t<2, wp::float32>(var_13, var_14);
        goto label0;
    }
    // r = float(0.0)                                                                         <L 21>
    var_17 = wp::float(var_16);
    // phi = float(0.0)                                                                       <L 22>
    var_19 = wp::float(var_18);
    // if a * a > b * b:                                                                      <L 23>
    var_20 = wp::mul(var_3, var_3);
    var_21 = wp::mul(var_7, var_7);
    var_22 = (var_20 > var_21);
    if (var_22) {
        // r = a                                                                              <L 24>
        var_23 = wp::copy(var_3);
        // phi = (wp.pi / 4.0) * (b / a)                                                      <L 25>
        var_26 = wp::div(var_24, var_25);
        var_27 = wp::div(var_7, var_3);
        var_28 = wp::mul(var_26, var_27);
    }
    var_29 = wp::where(var_22, var_23, var_17);
    var_30 = wp::where(var_22, var_28, var_19);
    if (!var_22) {
        // r = b                                                                              <L 27>
        var_31 = wp::copy(var_7);
        // phi = (wp.pi / 2.0) - (wp.pi / 4.0) * (a / b)                                      <L 28>
        var_34 = wp::div(var_32, var_33);
        var_37 = wp::div(var_35, var_36);
        var_38 = wp::div(var_3, var_7);
        var_39 = wp::mul(var_37, var_38);
        var_40 = wp::sub(var_34, var_39);
    }
    var_41 = wp::where(var_22, var_29, var_31);
    var_42 = wp::where(var_22, var_30, var_40);
    // return wp.vec2(r * wp.cos(phi), r * wp.sin(phi))                                       <L 29>
    var_43 = wp::cos(var_42);
    var_44 = wp::mul(var_41, var_43);
    var_45 = wp::sin(var_42);
    var_46 = wp::mul(var_41, var_45);
    var_47 = wp::vec_t<2, wp::float32>(var_44, var_46);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_47 += adj_ret;
    wp::adj_vec_t(var_44, var_46, adj_44, adj_46, adj_47);
    wp::adj_mul(var_41, var_45, adj_41, adj_45, adj_46);
    wp::adj_sin(var_42, adj_42, adj_45);
    wp::adj_mul(var_41, var_43, adj_41, adj_43, adj_44);
    wp::adj_cos(var_42, adj_42, adj_43);
    // adj: return wp.vec2(r * wp.cos(phi), r * wp.sin(phi))                                  <L 29>
    wp::adj_where(var_22, var_30, var_40, adj_22, adj_30, adj_40, adj_42);
    wp::adj_where(var_22, var_29, var_31, adj_22, adj_29, adj_31, adj_41);
    if (!var_22) {
        wp::adj_sub(var_34, var_39, adj_34, adj_39, adj_40);
        wp::adj_mul(var_37, var_38, adj_37, adj_38, adj_39);
        wp::adj_div(var_3, var_7, var_38, adj_3, adj_7, adj_38);
        wp::adj_div(var_35, var_36, var_37, adj_35, adj_36, adj_37);
        wp::adj_div(var_32, var_33, var_34, adj_32, adj_33, adj_34);
        // adj: phi = (wp.pi / 2.0) - (wp.pi / 4.0) * (a / b)                                 <L 28>
        wp::adj_copy(var_7, adj_7, adj_31);
        // adj: r = b                                                                         <L 27>
    }
    wp::adj_where(var_22, var_28, var_19, adj_22, adj_28, adj_19, adj_30);
    wp::adj_where(var_22, var_23, var_17, adj_22, adj_23, adj_17, adj_29);
    if (var_22) {
        wp::adj_mul(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_div(var_7, var_3, var_27, adj_7, adj_3, adj_27);
        wp::adj_div(var_24, var_25, var_26, adj_24, adj_25, adj_26);
        // adj: phi = (wp.pi / 4.0) * (b / a)                                                 <L 25>
        wp::adj_copy(var_3, adj_3, adj_23);
        // adj: r = a                                                                         <L 24>
    }
    wp::adj_mul(var_7, var_7, adj_7, adj_7, adj_21);
    wp::adj_mul(var_3, var_3, adj_3, adj_3, adj_20);
    // adj: if a * a > b * b:                                                                 <L 23>
    wp::adj_float(var_18, adj_18, adj_19);
    // adj: phi = float(0.0)                                                                  <L 22>
    wp::adj_float(var_16, adj_16, adj_17);
    // adj: r = float(0.0)                                                                    <L 21>
    if (var_12) {
        label0:;
        adj_15 += adj_ret;
        wp::adj_vec_t(var_13, var_14, adj_13, adj_14, adj_15);
        // adj: return wp.vec2(0.0, 0.0)                                                      <L 20>
    }
    // adj: if a == 0.0 and b == 0.0:                                                         <L 19>
    wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_mul(var_4, var_v, adj_4, adj_v, adj_5);
    // adj: b = 2.0 * v - 1.0                                                                 <L 18>
    wp::adj_sub(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_mul(var_0, var_u, adj_0, adj_u, adj_1);
    // adj: a = 2.0 * u - 1.0                                                                 <L 17>
    // adj: def concentric_disk(u: float, v: float) -> wp.vec2:                               <L 16>
    return;
}


// corpus/073_camera_ray_generation.py:32
static CUDA_CALLABLE void adj_pixel_ray_0(
    Camera_ae675742 var_cam,
    wp::float32 var_px,
    wp::float32 var_py,
    wp::vec_t<2, wp::float32> var_lens,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    Camera_ae675742 & adj_cam,
    wp::float32 & adj_px,
    wp::float32 & adj_py,
    wp::vec_t<2, wp::float32> & adj_lens,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    wp::int32* var_0;
    wp::float32 var_1;
    wp::int32 var_2;
    wp::int32* var_3;
    wp::float32 var_4;
    wp::int32 var_5;
    wp::float32 var_6;
    wp::float32* var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 2.0;
    wp::float32 var_13;
    wp::int32* var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 1.0;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    const wp::float32 var_23 = 2.0;
    wp::float32 var_24;
    wp::int32* var_25;
    wp::float32 var_26;
    wp::int32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 1.0;
    const wp::float32 var_32 = -1.0;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32* var_35;
    const wp::int32 var_36 = 2;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32> var_41;
    const wp::int32 var_42 = 0;
    wp::float32 var_43;
    const wp::int32 var_44 = 1;
    wp::float32 var_45;
    const wp::float32 var_46 = 0.0;
    wp::vec_t<3, wp::float32> var_47;
    wp::float32* var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32>* var_53;
    wp::quat_t<wp::float32>* var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::quat_t<wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::quat_t<wp::float32>* var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::quat_t<wp::float32> var_61;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::float32 adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::quat_t<wp::float32> adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::quat_t<wp::float32> adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::quat_t<wp::float32> adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::quat_t<wp::float32> adj_61 = {};
    //---------
    // forward
    // def pixel_ray(cam: Camera, px: float, py: float, lens: wp.vec2):                       <L 33>
    // aspect = float(cam.width) / float(cam.height)                                          <L 34>
    var_0 = &(var_cam.width);
    var_2 = wp::load(var_0);
    var_1 = wp::float(var_2);
    var_3 = &(var_cam.height);
    var_5 = wp::load(var_3);
    var_4 = wp::float(var_5);
    var_6 = wp::div(var_1, var_4);
    // th = wp.tan(cam.fov_y * 0.5)                                                           <L 35>
    var_7 = &(var_cam.fov_y);
    var_10 = wp::load(var_7);
    var_9 = wp::mul(var_10, var_8);
    var_11 = wp::tan(var_9);
    // x = (2.0 * px / float(cam.width) - 1.0) * th * aspect                                  <L 36>
    var_13 = wp::mul(var_12, var_px);
    var_14 = &(var_cam.width);
    var_16 = wp::load(var_14);
    var_15 = wp::float(var_16);
    var_17 = wp::div(var_13, var_15);
    var_19 = wp::sub(var_17, var_18);
    var_20 = wp::mul(var_19, var_11);
    var_21 = wp::mul(var_20, var_6);
    // y = (1.0 - 2.0 * py / float(cam.height)) * th                                          <L 37>
    var_24 = wp::mul(var_23, var_py);
    var_25 = &(var_cam.height);
    var_27 = wp::load(var_25);
    var_26 = wp::float(var_27);
    var_28 = wp::div(var_24, var_26);
    var_29 = wp::sub(var_22, var_28);
    var_30 = wp::mul(var_29, var_11);
    // d_cam = wp.normalize(wp.vec3(x, y, -1.0))                                              <L 38>
    var_33 = wp::vec_t<3, wp::float32>(var_21, var_30, var_32);
    var_34 = wp::normalize(var_33);
    // focus = d_cam * (cam.focus_dist / -d_cam[2])                                           <L 39>
    var_35 = &(var_cam.focus_dist);
    var_37 = wp::extract(var_34, var_36);
    var_38 = wp::neg(var_37);
    var_40 = wp::load(var_35);
    var_39 = wp::div(var_40, var_38);
    var_41 = wp::mul(var_34, var_39);
    // offset = wp.vec3(lens[0], lens[1], 0.0) * cam.aperture                                 <L 40>
    var_43 = wp::extract(var_lens, var_42);
    var_45 = wp::extract(var_lens, var_44);
    var_47 = wp::vec_t<3, wp::float32>(var_43, var_45, var_46);
    var_48 = &(var_cam.aperture);
    var_50 = wp::load(var_48);
    var_49 = wp::mul(var_47, var_50);
    // d = wp.normalize(focus - offset)                                                       <L 41>
    var_51 = wp::sub(var_41, var_49);
    var_52 = wp::normalize(var_51);
    // o = cam.position + wp.quat_rotate(cam.rotation, offset)                                <L 42>
    var_53 = &(var_cam.position);
    var_54 = &(var_cam.rotation);
    var_56 = wp::load(var_54);
    var_55 = wp::quat_rotate(var_56, var_49);
    var_58 = wp::load(var_53);
    var_57 = wp::add(var_58, var_55);
    // return o, wp.quat_rotate(cam.rotation, d)                                              <L 43>
    var_59 = &(var_cam.rotation);
    var_61 = wp::load(var_59);
    var_60 = wp::quat_rotate(var_61, var_52);
    ret_0 = var_57;
    ret_1 = var_60;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_60 += adj_ret_1;
    adj_57 += adj_ret_0;
    wp::adj_quat_rotate(var_61, var_52, adj_59, adj_52, adj_60);
    adj_cam.rotation += adj_59;
    // adj: return o, wp.quat_rotate(cam.rotation, d)                                         <L 43>
    wp::adj_add(var_58, var_55, adj_53, adj_55, adj_57);
    wp::adj_quat_rotate(var_56, var_49, adj_54, adj_49, adj_55);
    adj_cam.rotation += adj_54;
    adj_cam.position += adj_53;
    // adj: o = cam.position + wp.quat_rotate(cam.rotation, offset)                           <L 42>
    wp::adj_normalize(var_51, var_52, adj_51, adj_52);
    wp::adj_sub(var_41, var_49, adj_41, adj_49, adj_51);
    // adj: d = wp.normalize(focus - offset)                                                  <L 41>
    wp::adj_mul(var_47, var_50, adj_47, adj_48, adj_49);
    adj_cam.aperture += adj_48;
    wp::adj_vec_t(var_43, var_45, var_46, adj_43, adj_45, adj_46, adj_47);
    wp::adj_extract(var_lens, var_44, adj_lens, adj_44, adj_45);
    wp::adj_extract(var_lens, var_42, adj_lens, adj_42, adj_43);
    // adj: offset = wp.vec3(lens[0], lens[1], 0.0) * cam.aperture                            <L 40>
    wp::adj_mul(var_34, var_39, adj_34, adj_39, adj_41);
    wp::adj_div(var_40, var_38, var_39, adj_35, adj_38, adj_39);
    wp::adj_neg(var_37, adj_37, adj_38);
    wp::adj_extract(var_34, var_36, adj_34, adj_36, adj_37);
    adj_cam.focus_dist += adj_35;
    // adj: focus = d_cam * (cam.focus_dist / -d_cam[2])                                      <L 39>
    wp::adj_normalize(var_33, var_34, adj_33, adj_34);
    wp::adj_vec_t(var_21, var_30, var_32, adj_21, adj_30, adj_32, adj_33);
    // adj: d_cam = wp.normalize(wp.vec3(x, y, -1.0))                                         <L 38>
    wp::adj_mul(var_29, var_11, adj_29, adj_11, adj_30);
    wp::adj_sub(var_22, var_28, adj_22, adj_28, adj_29);
    wp::adj_div(var_24, var_26, var_28, adj_24, adj_26, adj_28);
    wp::adj_float(var_27, adj_25, adj_26);
    adj_cam.height = adj_25;
    wp::adj_mul(var_23, var_py, adj_23, adj_py, adj_24);
    // adj: y = (1.0 - 2.0 * py / float(cam.height)) * th                                     <L 37>
    wp::adj_mul(var_20, var_6, adj_20, adj_6, adj_21);
    wp::adj_mul(var_19, var_11, adj_19, adj_11, adj_20);
    wp::adj_sub(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_div(var_13, var_15, var_17, adj_13, adj_15, adj_17);
    wp::adj_float(var_16, adj_14, adj_15);
    adj_cam.width = adj_14;
    wp::adj_mul(var_12, var_px, adj_12, adj_px, adj_13);
    // adj: x = (2.0 * px / float(cam.width) - 1.0) * th * aspect                             <L 36>
    wp::adj_tan(var_9, adj_9, adj_11);
    wp::adj_mul(var_10, var_8, adj_7, adj_8, adj_9);
    adj_cam.fov_y += adj_7;
    // adj: th = wp.tan(cam.fov_y * 0.5)                                                      <L 35>
    wp::adj_div(var_1, var_4, var_6, adj_1, adj_4, adj_6);
    wp::adj_float(var_5, adj_3, adj_4);
    adj_cam.height = adj_3;
    wp::adj_float(var_2, adj_0, adj_1);
    adj_cam.width = adj_0;
    // adj: aspect = float(cam.width) / float(cam.height)                                     <L 34>
    // adj: def pixel_ray(cam: Camera, px: float, py: float, lens: wp.vec2):                  <L 33>
    return;
}



extern "C" __global__ void generate_rays_43bee579_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    Camera_ae675742 var_cam,
    wp::int32 var_seed,
    wp::int32 var_spp,
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs)
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
        wp::int32 var_2;
        bool var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::uint32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        //---------
        // forward
        // def generate_rays(cam: Camera, seed: int, spp: int, origins: wp.array3d(dtype=wp.vec3), dirs: wp.array3d(dtype=wp.vec3)):       <L 47>
        // y, x, s = wp.tid()                                                                     <L 48>
        builtin_tid3d(var_0, var_1, var_2);
        // if s >= spp:                                                                           <L 49>
        var_3 = (var_2 >= var_spp);
        if (var_3) {
            // return                                                                             <L 50>
            continue;
        }
        // state = wp.rand_init(seed, (y * cam.width + x) * spp + s)                              <L 51>
        var_4 = &(var_cam.width);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_0, var_6);
        var_7 = wp::add(var_5, var_1);
        var_8 = wp::mul(var_7, var_spp);
        var_9 = wp::add(var_8, var_2);
        var_10 = wp::rand_init(var_seed, var_9);
        // jx = wp.randf(state)                                                                   <L 52>
        var_11 = wp::randf(var_10);
        // jy = wp.randf(state)                                                                   <L 53>
        var_12 = wp::randf(var_10);
        // lens = concentric_disk(wp.randf(state), wp.randf(state))                               <L 54>
        var_13 = wp::randf(var_10);
        var_14 = wp::randf(var_10);
        var_15 = concentric_disk_0(var_13, var_14);
        // o, d = pixel_ray(cam, float(x) + jx, float(y) + jy, lens)                              <L 55>
        var_16 = wp::float(var_1);
        var_17 = wp::add(var_16, var_11);
        var_18 = wp::float(var_0);
        var_19 = wp::add(var_18, var_12);
        pixel_ray_0(var_cam, var_17, var_19, var_15, var_20, var_21);
        // origins[y, x, s] = o                                                                   <L 56>
        wp::array_store(var_origins, var_0, var_1, var_2, var_20);
        // dirs[y, x, s] = d                                                                      <L 57>
        wp::array_store(var_dirs, var_0, var_1, var_2, var_21);
    }
}



extern "C" __global__ void generate_rays_43bee579_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    Camera_ae675742 var_cam,
    wp::int32 var_seed,
    wp::int32 var_spp,
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    Camera_ae675742 adj_cam,
    wp::int32 adj_seed,
    wp::int32 adj_spp,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs)
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
        wp::int32 var_2;
        bool var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::uint32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::uint32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        //---------
        // forward
        // def generate_rays(cam: Camera, seed: int, spp: int, origins: wp.array3d(dtype=wp.vec3), dirs: wp.array3d(dtype=wp.vec3)):       <L 47>
        // y, x, s = wp.tid()                                                                     <L 48>
        builtin_tid3d(var_0, var_1, var_2);
        // if s >= spp:                                                                           <L 49>
        var_3 = (var_2 >= var_spp);
        if (var_3) {
            // return                                                                             <L 50>
            goto label0;
        }
        // state = wp.rand_init(seed, (y * cam.width + x) * spp + s)                              <L 51>
        var_4 = &(var_cam.width);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_0, var_6);
        var_7 = wp::add(var_5, var_1);
        var_8 = wp::mul(var_7, var_spp);
        var_9 = wp::add(var_8, var_2);
        var_10 = wp::rand_init(var_seed, var_9);
        // jx = wp.randf(state)                                                                   <L 52>
        var_11 = wp::randf(var_10);
        // jy = wp.randf(state)                                                                   <L 53>
        var_12 = wp::randf(var_10);
        // lens = concentric_disk(wp.randf(state), wp.randf(state))                               <L 54>
        var_13 = wp::randf(var_10);
        var_14 = wp::randf(var_10);
        var_15 = concentric_disk_0(var_13, var_14);
        // o, d = pixel_ray(cam, float(x) + jx, float(y) + jy, lens)                              <L 55>
        var_16 = wp::float(var_1);
        var_17 = wp::add(var_16, var_11);
        var_18 = wp::float(var_0);
        var_19 = wp::add(var_18, var_12);
        pixel_ray_0(var_cam, var_17, var_19, var_15, var_20, var_21);
        // origins[y, x, s] = o                                                                   <L 56>
        // wp::array_store(var_origins, var_0, var_1, var_2, var_20);
        // dirs[y, x, s] = d                                                                      <L 57>
        // wp::array_store(var_dirs, var_0, var_1, var_2, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_dirs, var_0, var_1, var_2, var_21, adj_dirs, adj_0, adj_1, adj_2, adj_21);
        // adj: dirs[y, x, s] = d                                                                 <L 57>
        wp::adj_array_store(var_origins, var_0, var_1, var_2, var_20, adj_origins, adj_0, adj_1, adj_2, adj_20);
        // adj: origins[y, x, s] = o                                                              <L 56>
        adj_pixel_ray_0(var_cam, var_17, var_19, var_15, var_20, var_21, adj_cam, adj_17, adj_19, adj_15, adj_20, adj_21);
        wp::adj_add(var_18, var_12, adj_18, adj_12, adj_19);
        wp::adj_float(var_0, adj_0, adj_18);
        wp::adj_add(var_16, var_11, adj_16, adj_11, adj_17);
        wp::adj_float(var_1, adj_1, adj_16);
        // adj: o, d = pixel_ray(cam, float(x) + jx, float(y) + jy, lens)                         <L 55>
        adj_concentric_disk_0(var_13, var_14, adj_13, adj_14, adj_15);
        // adj: lens = concentric_disk(wp.randf(state), wp.randf(state))                          <L 54>
        // adj: jy = wp.randf(state)                                                              <L 53>
        // adj: jx = wp.randf(state)                                                              <L 52>
        wp::adj_add(var_8, var_2, adj_8, adj_2, adj_9);
        wp::adj_mul(var_7, var_spp, adj_7, adj_spp, adj_8);
        wp::adj_add(var_5, var_1, adj_5, adj_1, adj_7);
        wp::adj_mul(var_0, var_6, adj_0, adj_4, adj_5);
        adj_cam.width = adj_4;
        // adj: state = wp.rand_init(seed, (y * cam.width + x) * spp + s)                         <L 51>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 50>
        }
        // adj: if s >= spp:                                                                      <L 49>
        // adj: y, x, s = wp.tid()                                                                <L 48>
        // adj: def generate_rays(cam: Camera, seed: int, spp: int, origins: wp.array3d(dtype=wp.vec3), dirs: wp.array3d(dtype=wp.vec3)):  <L 47>
        continue;
    }
}



extern "C" __global__ void pinhole_rays_758ceb6d_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    Camera_ae675742 var_cam,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs)
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
        wp::float32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.5;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.0;
        const wp::float32 var_9 = 0.0;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // forward
        // def pinhole_rays(cam: Camera, dirs: wp.array2d(dtype=wp.vec3)):                        <L 61>
        // y, x = wp.tid()                                                                        <L 62>
        builtin_tid2d(var_0, var_1);
        // o, d = pixel_ray(cam, float(x) + 0.5, float(y) + 0.5, wp.vec2(0.0, 0.0))               <L 63>
        var_2 = wp::float(var_1);
        var_4 = wp::add(var_2, var_3);
        var_5 = wp::float(var_0);
        var_7 = wp::add(var_5, var_6);
        var_10 = wp::vec_t<2, wp::float32>(var_8, var_9);
        pixel_ray_0(var_cam, var_4, var_7, var_10, var_11, var_12);
        // dirs[y, x] = d                                                                         <L 64>
        wp::array_store(var_dirs, var_0, var_1, var_12);
    }
}



extern "C" __global__ void pinhole_rays_758ceb6d_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    Camera_ae675742 var_cam,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    Camera_ae675742 adj_cam,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs)
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
        wp::float32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.5;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.0;
        const wp::float32 var_9 = 0.0;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        //---------
        // forward
        // def pinhole_rays(cam: Camera, dirs: wp.array2d(dtype=wp.vec3)):                        <L 61>
        // y, x = wp.tid()                                                                        <L 62>
        builtin_tid2d(var_0, var_1);
        // o, d = pixel_ray(cam, float(x) + 0.5, float(y) + 0.5, wp.vec2(0.0, 0.0))               <L 63>
        var_2 = wp::float(var_1);
        var_4 = wp::add(var_2, var_3);
        var_5 = wp::float(var_0);
        var_7 = wp::add(var_5, var_6);
        var_10 = wp::vec_t<2, wp::float32>(var_8, var_9);
        pixel_ray_0(var_cam, var_4, var_7, var_10, var_11, var_12);
        // dirs[y, x] = d                                                                         <L 64>
        // wp::array_store(var_dirs, var_0, var_1, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_dirs, var_0, var_1, var_12, adj_dirs, adj_0, adj_1, adj_12);
        // adj: dirs[y, x] = d                                                                    <L 64>
        adj_pixel_ray_0(var_cam, var_4, var_7, var_10, var_11, var_12, adj_cam, adj_4, adj_7, adj_10, adj_11, adj_12);
        wp::adj_vec_t(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_float(var_0, adj_0, adj_5);
        wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: o, d = pixel_ray(cam, float(x) + 0.5, float(y) + 0.5, wp.vec2(0.0, 0.0))          <L 63>
        // adj: y, x = wp.tid()                                                                   <L 62>
        // adj: def pinhole_rays(cam: Camera, dirs: wp.array2d(dtype=wp.vec3)):                   <L 61>
        continue;
    }
}



extern "C" __global__ void project_to_pixels_e442b0eb_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    Camera_ae675742 var_cam,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<2, wp::float32>> var_pixels,
    wp::array_t<bool> var_in_view)
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
        wp::quat_t<wp::float32>* var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::quat_t<wp::float32> var_8;
        const wp::int32 var_9 = 2;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.0;
        bool var_12;
        const bool var_13 = false;
        const wp::float32 var_14 = 1.0;
        const wp::float32 var_15 = -1.0;
        const wp::float32 var_16 = 1.0;
        const wp::float32 var_17 = -1.0;
        wp::vec_t<2, wp::float32> var_18;
        wp::float32* var_19;
        const wp::float32 var_20 = 0.5;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::int32* var_24;
        wp::float32 var_25;
        wp::int32 var_26;
        wp::int32* var_27;
        wp::float32 var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        const wp::int32 var_33 = 2;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        wp::float32 var_40;
        const wp::int32 var_41 = 2;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 1.0;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.5;
        wp::float32 var_49;
        wp::int32* var_50;
        wp::float32 var_51;
        wp::int32 var_52;
        wp::float32 var_53;
        const wp::float32 var_54 = 1.0;
        wp::float32 var_55;
        const wp::float32 var_56 = 0.5;
        wp::float32 var_57;
        wp::int32* var_58;
        wp::float32 var_59;
        wp::int32 var_60;
        wp::float32 var_61;
        wp::vec_t<2, wp::float32> var_62;
        const wp::float32 var_63 = 0.0;
        bool var_64;
        const wp::float32 var_65 = 0.0;
        bool var_66;
        wp::int32* var_67;
        wp::float32 var_68;
        wp::int32 var_69;
        bool var_70;
        wp::int32* var_71;
        wp::float32 var_72;
        wp::int32 var_73;
        bool var_74;
        bool var_75;
        //---------
        // forward
        // def project_to_pixels(cam: Camera, points: wp.array(dtype=wp.vec3), pixels: wp.array(dtype=wp.vec2), in_view: wp.array(dtype=wp.bool)):       <L 68>
        // i = wp.tid()                                                                           <L 69>
        var_0 = builtin_tid1d();
        // p = wp.quat_rotate_inv(cam.rotation, points[i] - cam.position)                         <L 70>
        var_1 = &(var_cam.rotation);
        var_2 = wp::address(var_points, var_0);
        var_3 = &(var_cam.position);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::sub(var_5, var_6);
        var_8 = wp::load(var_1);
        var_7 = wp::quat_rotate_inv(var_8, var_4);
        // if p[2] >= 0.0:                                                                        <L 71>
        var_10 = wp::extract(var_7, var_9);
        var_12 = (var_10 >= var_11);
        if (var_12) {
            // in_view[i] = False                                                                 <L 72>
            wp::array_store(var_in_view, var_0, var_13);
            // pixels[i] = wp.vec2(-1.0, -1.0)                                                    <L 73>
            var_18 = wp::vec_t<2, wp::float32>(var_15, var_17);
            wp::array_store(var_pixels, var_0, var_18);
            // return                                                                             <L 74>
            continue;
        }
        // th = wp.tan(cam.fov_y * 0.5)                                                           <L 75>
        var_19 = &(var_cam.fov_y);
        var_22 = wp::load(var_19);
        var_21 = wp::mul(var_22, var_20);
        var_23 = wp::tan(var_21);
        // aspect = float(cam.width) / float(cam.height)                                          <L 76>
        var_24 = &(var_cam.width);
        var_26 = wp::load(var_24);
        var_25 = wp::float(var_26);
        var_27 = &(var_cam.height);
        var_29 = wp::load(var_27);
        var_28 = wp::float(var_29);
        var_30 = wp::div(var_25, var_28);
        // x = p[0] / (-p[2] * th * aspect)                                                       <L 77>
        var_32 = wp::extract(var_7, var_31);
        var_34 = wp::extract(var_7, var_33);
        var_35 = wp::neg(var_34);
        var_36 = wp::mul(var_35, var_23);
        var_37 = wp::mul(var_36, var_30);
        var_38 = wp::div(var_32, var_37);
        // y = p[1] / (-p[2] * th)                                                                <L 78>
        var_40 = wp::extract(var_7, var_39);
        var_42 = wp::extract(var_7, var_41);
        var_43 = wp::neg(var_42);
        var_44 = wp::mul(var_43, var_23);
        var_45 = wp::div(var_40, var_44);
        // px = (x + 1.0) * 0.5 * float(cam.width)                                                <L 79>
        var_47 = wp::add(var_38, var_46);
        var_49 = wp::mul(var_47, var_48);
        var_50 = &(var_cam.width);
        var_52 = wp::load(var_50);
        var_51 = wp::float(var_52);
        var_53 = wp::mul(var_49, var_51);
        // py = (1.0 - y) * 0.5 * float(cam.height)                                               <L 80>
        var_55 = wp::sub(var_54, var_45);
        var_57 = wp::mul(var_55, var_56);
        var_58 = &(var_cam.height);
        var_60 = wp::load(var_58);
        var_59 = wp::float(var_60);
        var_61 = wp::mul(var_57, var_59);
        // pixels[i] = wp.vec2(px, py)                                                            <L 81>
        var_62 = wp::vec_t<2, wp::float32>(var_53, var_61);
        wp::array_store(var_pixels, var_0, var_62);
        // in_view[i] = px >= 0.0 and py >= 0.0 and px < float(cam.width) and py < float(cam.height)       <L 82>
        var_64 = (var_53 >= var_63);
        var_66 = (var_61 >= var_65);
        var_67 = &(var_cam.width);
        var_69 = wp::load(var_67);
        var_68 = wp::float(var_69);
        var_70 = (var_53 < var_68);
        var_71 = &(var_cam.height);
        var_73 = wp::load(var_71);
        var_72 = wp::float(var_73);
        var_74 = (var_61 < var_72);
        var_75 = var_64 && var_66 && var_70 && var_74;
        wp::array_store(var_in_view, var_0, var_75);
    }
}



extern "C" __global__ void project_to_pixels_e442b0eb_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    Camera_ae675742 var_cam,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<2, wp::float32>> var_pixels,
    wp::array_t<bool> var_in_view,
    Camera_ae675742 adj_cam,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_pixels,
    wp::array_t<bool> adj_in_view)
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
        wp::quat_t<wp::float32>* var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::quat_t<wp::float32> var_8;
        const wp::int32 var_9 = 2;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.0;
        bool var_12;
        const bool var_13 = false;
        const wp::float32 var_14 = 1.0;
        const wp::float32 var_15 = -1.0;
        const wp::float32 var_16 = 1.0;
        const wp::float32 var_17 = -1.0;
        wp::vec_t<2, wp::float32> var_18;
        wp::float32* var_19;
        const wp::float32 var_20 = 0.5;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::int32* var_24;
        wp::float32 var_25;
        wp::int32 var_26;
        wp::int32* var_27;
        wp::float32 var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        const wp::int32 var_33 = 2;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        wp::float32 var_40;
        const wp::int32 var_41 = 2;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 1.0;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.5;
        wp::float32 var_49;
        wp::int32* var_50;
        wp::float32 var_51;
        wp::int32 var_52;
        wp::float32 var_53;
        const wp::float32 var_54 = 1.0;
        wp::float32 var_55;
        const wp::float32 var_56 = 0.5;
        wp::float32 var_57;
        wp::int32* var_58;
        wp::float32 var_59;
        wp::int32 var_60;
        wp::float32 var_61;
        wp::vec_t<2, wp::float32> var_62;
        const wp::float32 var_63 = 0.0;
        bool var_64;
        const wp::float32 var_65 = 0.0;
        bool var_66;
        wp::int32* var_67;
        wp::float32 var_68;
        wp::int32 var_69;
        bool var_70;
        wp::int32* var_71;
        wp::float32 var_72;
        wp::int32 var_73;
        bool var_74;
        bool var_75;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::quat_t<wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::quat_t<wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        bool adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::vec_t<2, wp::float32> adj_62 = {};
        wp::float32 adj_63 = {};
        bool adj_64 = {};
        wp::float32 adj_65 = {};
        bool adj_66 = {};
        wp::int32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::int32 adj_69 = {};
        bool adj_70 = {};
        wp::int32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::int32 adj_73 = {};
        bool adj_74 = {};
        bool adj_75 = {};
        //---------
        // forward
        // def project_to_pixels(cam: Camera, points: wp.array(dtype=wp.vec3), pixels: wp.array(dtype=wp.vec2), in_view: wp.array(dtype=wp.bool)):       <L 68>
        // i = wp.tid()                                                                           <L 69>
        var_0 = builtin_tid1d();
        // p = wp.quat_rotate_inv(cam.rotation, points[i] - cam.position)                         <L 70>
        var_1 = &(var_cam.rotation);
        var_2 = wp::address(var_points, var_0);
        var_3 = &(var_cam.position);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::sub(var_5, var_6);
        var_8 = wp::load(var_1);
        var_7 = wp::quat_rotate_inv(var_8, var_4);
        // if p[2] >= 0.0:                                                                        <L 71>
        var_10 = wp::extract(var_7, var_9);
        var_12 = (var_10 >= var_11);
        if (var_12) {
            // in_view[i] = False                                                                 <L 72>
            // wp::array_store(var_in_view, var_0, var_13);
            // pixels[i] = wp.vec2(-1.0, -1.0)                                                    <L 73>
            var_18 = wp::vec_t<2, wp::float32>(var_15, var_17);
            // wp::array_store(var_pixels, var_0, var_18);
            // return                                                                             <L 74>
            goto label0;
        }
        // th = wp.tan(cam.fov_y * 0.5)                                                           <L 75>
        var_19 = &(var_cam.fov_y);
        var_22 = wp::load(var_19);
        var_21 = wp::mul(var_22, var_20);
        var_23 = wp::tan(var_21);
        // aspect = float(cam.width) / float(cam.height)                                          <L 76>
        var_24 = &(var_cam.width);
        var_26 = wp::load(var_24);
        var_25 = wp::float(var_26);
        var_27 = &(var_cam.height);
        var_29 = wp::load(var_27);
        var_28 = wp::float(var_29);
        var_30 = wp::div(var_25, var_28);
        // x = p[0] / (-p[2] * th * aspect)                                                       <L 77>
        var_32 = wp::extract(var_7, var_31);
        var_34 = wp::extract(var_7, var_33);
        var_35 = wp::neg(var_34);
        var_36 = wp::mul(var_35, var_23);
        var_37 = wp::mul(var_36, var_30);
        var_38 = wp::div(var_32, var_37);
        // y = p[1] / (-p[2] * th)                                                                <L 78>
        var_40 = wp::extract(var_7, var_39);
        var_42 = wp::extract(var_7, var_41);
        var_43 = wp::neg(var_42);
        var_44 = wp::mul(var_43, var_23);
        var_45 = wp::div(var_40, var_44);
        // px = (x + 1.0) * 0.5 * float(cam.width)                                                <L 79>
        var_47 = wp::add(var_38, var_46);
        var_49 = wp::mul(var_47, var_48);
        var_50 = &(var_cam.width);
        var_52 = wp::load(var_50);
        var_51 = wp::float(var_52);
        var_53 = wp::mul(var_49, var_51);
        // py = (1.0 - y) * 0.5 * float(cam.height)                                               <L 80>
        var_55 = wp::sub(var_54, var_45);
        var_57 = wp::mul(var_55, var_56);
        var_58 = &(var_cam.height);
        var_60 = wp::load(var_58);
        var_59 = wp::float(var_60);
        var_61 = wp::mul(var_57, var_59);
        // pixels[i] = wp.vec2(px, py)                                                            <L 81>
        var_62 = wp::vec_t<2, wp::float32>(var_53, var_61);
        // wp::array_store(var_pixels, var_0, var_62);
        // in_view[i] = px >= 0.0 and py >= 0.0 and px < float(cam.width) and py < float(cam.height)       <L 82>
        var_64 = (var_53 >= var_63);
        var_66 = (var_61 >= var_65);
        var_67 = &(var_cam.width);
        var_69 = wp::load(var_67);
        var_68 = wp::float(var_69);
        var_70 = (var_53 < var_68);
        var_71 = &(var_cam.height);
        var_73 = wp::load(var_71);
        var_72 = wp::float(var_73);
        var_74 = (var_61 < var_72);
        var_75 = var_64 && var_66 && var_70 && var_74;
        // wp::array_store(var_in_view, var_0, var_75);
        //---------
        // reverse
        wp::adj_array_store(var_in_view, var_0, var_75, adj_in_view, adj_0, adj_75);
        wp::adj_float(var_73, adj_71, adj_72);
        adj_cam.height = adj_71;
        wp::adj_float(var_69, adj_67, adj_68);
        adj_cam.width = adj_67;
        // adj: in_view[i] = px >= 0.0 and py >= 0.0 and px < float(cam.width) and py < float(cam.height)  <L 82>
        wp::adj_array_store(var_pixels, var_0, var_62, adj_pixels, adj_0, adj_62);
        wp::adj_vec_t(var_53, var_61, adj_53, adj_61, adj_62);
        // adj: pixels[i] = wp.vec2(px, py)                                                       <L 81>
        wp::adj_mul(var_57, var_59, adj_57, adj_59, adj_61);
        wp::adj_float(var_60, adj_58, adj_59);
        adj_cam.height = adj_58;
        wp::adj_mul(var_55, var_56, adj_55, adj_56, adj_57);
        wp::adj_sub(var_54, var_45, adj_54, adj_45, adj_55);
        // adj: py = (1.0 - y) * 0.5 * float(cam.height)                                          <L 80>
        wp::adj_mul(var_49, var_51, adj_49, adj_51, adj_53);
        wp::adj_float(var_52, adj_50, adj_51);
        adj_cam.width = adj_50;
        wp::adj_mul(var_47, var_48, adj_47, adj_48, adj_49);
        wp::adj_add(var_38, var_46, adj_38, adj_46, adj_47);
        // adj: px = (x + 1.0) * 0.5 * float(cam.width)                                           <L 79>
        wp::adj_div(var_40, var_44, var_45, adj_40, adj_44, adj_45);
        wp::adj_mul(var_43, var_23, adj_43, adj_23, adj_44);
        wp::adj_neg(var_42, adj_42, adj_43);
        wp::adj_extract(var_7, var_41, adj_7, adj_41, adj_42);
        wp::adj_extract(var_7, var_39, adj_7, adj_39, adj_40);
        // adj: y = p[1] / (-p[2] * th)                                                           <L 78>
        wp::adj_div(var_32, var_37, var_38, adj_32, adj_37, adj_38);
        wp::adj_mul(var_36, var_30, adj_36, adj_30, adj_37);
        wp::adj_mul(var_35, var_23, adj_35, adj_23, adj_36);
        wp::adj_neg(var_34, adj_34, adj_35);
        wp::adj_extract(var_7, var_33, adj_7, adj_33, adj_34);
        wp::adj_extract(var_7, var_31, adj_7, adj_31, adj_32);
        // adj: x = p[0] / (-p[2] * th * aspect)                                                  <L 77>
        wp::adj_div(var_25, var_28, var_30, adj_25, adj_28, adj_30);
        wp::adj_float(var_29, adj_27, adj_28);
        adj_cam.height = adj_27;
        wp::adj_float(var_26, adj_24, adj_25);
        adj_cam.width = adj_24;
        // adj: aspect = float(cam.width) / float(cam.height)                                     <L 76>
        wp::adj_tan(var_21, adj_21, adj_23);
        wp::adj_mul(var_22, var_20, adj_19, adj_20, adj_21);
        adj_cam.fov_y += adj_19;
        // adj: th = wp.tan(cam.fov_y * 0.5)                                                      <L 75>
        if (var_12) {
            label0:;
            // adj: return                                                                        <L 74>
            wp::adj_array_store(var_pixels, var_0, var_18, adj_pixels, adj_0, adj_18);
            wp::adj_vec_t(var_15, var_17, adj_15, adj_17, adj_18);
            // adj: pixels[i] = wp.vec2(-1.0, -1.0)                                               <L 73>
            wp::adj_array_store(var_in_view, var_0, var_13, adj_in_view, adj_0, adj_13);
            // adj: in_view[i] = False                                                            <L 72>
        }
        wp::adj_extract(var_7, var_9, adj_7, adj_9, adj_10);
        // adj: if p[2] >= 0.0:                                                                   <L 71>
        wp::adj_quat_rotate_inv(var_8, var_4, adj_1, adj_4, adj_7);
        wp::adj_sub(var_5, var_6, adj_2, adj_3, adj_4);
        adj_cam.position += adj_3;
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_2);
        adj_cam.rotation += adj_1;
        // adj: p = wp.quat_rotate_inv(cam.rotation, points[i] - cam.position)                    <L 70>
        // adj: i = wp.tid()                                                                      <L 69>
        // adj: def project_to_pixels(cam: Camera, points: wp.array(dtype=wp.vec3), pixels: wp.array(dtype=wp.vec2), in_view: wp.array(dtype=wp.bool)):  <L 68>
        continue;
    }
}

