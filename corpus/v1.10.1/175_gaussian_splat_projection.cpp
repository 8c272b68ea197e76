
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


struct Camera_ec824df7
{
    wp::mat_t<4, 4, wp::float32> view;
    wp::float32 fx;
    wp::float32 fy;
    wp::float32 cx;
    wp::float32 cy;
    wp::int32 width;
    wp::int32 height;


    Camera_ec824df7() = default;
    CUDA_CALLABLE Camera_ec824df7(wp::mat_t<4, 4, wp::float32> const& view,
    wp::float32 const& fx = {},
    wp::float32 const& fy = {},
    wp::float32 const& cx = {},
    wp::float32 const& cy = {},
    wp::int32 const& width = {},
    wp::int32 const& height = {})
        : view{view}
        , fx{fx}
        , fy{fy}
        , cx{cx}
        , cy{cy}
        , width{width}
        , height{height}

    {
    }

    CUDA_CALLABLE Camera_ec824df7& operator += (const Camera_ec824df7& rhs)
    {    view += rhs.view;
    fx += rhs.fx;
    fy += rhs.fy;
    cx += rhs.cx;
    cy += rhs.cy;
    width += rhs.width;
    height += rhs.height;

        return *this;}

};

static CUDA_CALLABLE void adj_Camera_ec824df7(wp::mat_t<4, 4, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::int32 const&,
    wp::mat_t<4, 4, wp::float32> & adj_view,
    wp::float32 & adj_fx,
    wp::float32 & adj_fy,
    wp::float32 & adj_cx,
    wp::float32 & adj_cy,
    wp::int32 & adj_width,
    wp::int32 & adj_height,
    Camera_ec824df7 & adj_ret)
{
    adj_view += adj_ret.view;
    adj_fx += adj_ret.fx;
    adj_fy += adj_ret.fy;
    adj_cx += adj_ret.cx;
    adj_cy += adj_ret.cy;
    adj_width += adj_ret.width;
    adj_height += adj_ret.height;
}

// Required when compiling adjoints.
CUDA_CALLABLE Camera_ec824df7 add(const Camera_ec824df7& a, const Camera_ec824df7& b)
{
    return Camera_ec824df7();
}

CUDA_CALLABLE void adj_atomic_add(Camera_ec824df7* p, Camera_ec824df7 t)
{
    wp::adj_atomic_add(&p->view, t.view);
    wp::adj_atomic_add(&p->fx, t.fx);
    wp::adj_atomic_add(&p->fy, t.fy);
    wp::adj_atomic_add(&p->cx, t.cx);
    wp::adj_atomic_add(&p->cy, t.cy);
    wp::adj_atomic_add(&p->width, t.width);
    wp::adj_atomic_add(&p->height, t.height);
}



// corpus/175_gaussian_splat_projection.py:17
static wp::mat_t<3, 3, wp::float32> quat_scale_to_cov_0(
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> var_s)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    //---------
    // forward
    // def quat_scale_to_cov(q: wp.quat, s: wp.vec3) -> wp.mat33:                             <L 18>
    // R = wp.quat_to_matrix(wp.normalize(q))                                                 <L 19>
    var_0 = wp::normalize(var_q);
    var_1 = wp::quat_to_matrix(var_0);
    // S = wp.diag(s)                                                                         <L 20>
    var_2 = wp::diag(var_s);
    // M = R * S                                                                              <L 21>
    var_3 = wp::mul(var_1, var_2);
    // return M * wp.transpose(M)                                                             <L 22>
    var_4 = wp::transpose(var_3);
    var_5 = wp::mul(var_3, var_4);
    return var_5;
}


// corpus/175_gaussian_splat_projection.py:25
static wp::mat_t<2, 2, wp::float32> project_cov_0(
    wp::mat_t<3, 3, wp::float32> var_cov,
    wp::vec_t<3, wp::float32> var_p_cam,
    Camera_ec824df7 var_cam)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    wp::float32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::mat_t<2, 3, wp::float32> var_26;
    wp::mat_t<4, 4, wp::float32>* var_27;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 0;
    wp::float32 var_30;
    wp::mat_t<4, 4, wp::float32> var_31;
    wp::mat_t<4, 4, wp::float32>* var_32;
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 1;
    wp::float32 var_35;
    wp::mat_t<4, 4, wp::float32> var_36;
    wp::mat_t<4, 4, wp::float32>* var_37;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 2;
    wp::float32 var_40;
    wp::mat_t<4, 4, wp::float32> var_41;
    wp::mat_t<4, 4, wp::float32>* var_42;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    wp::mat_t<4, 4, wp::float32> var_46;
    wp::mat_t<4, 4, wp::float32>* var_47;
    const wp::int32 var_48 = 1;
    const wp::int32 var_49 = 1;
    wp::float32 var_50;
    wp::mat_t<4, 4, wp::float32> var_51;
    wp::mat_t<4, 4, wp::float32>* var_52;
    const wp::int32 var_53 = 1;
    const wp::int32 var_54 = 2;
    wp::float32 var_55;
    wp::mat_t<4, 4, wp::float32> var_56;
    wp::mat_t<4, 4, wp::float32>* var_57;
    const wp::int32 var_58 = 2;
    const wp::int32 var_59 = 0;
    wp::float32 var_60;
    wp::mat_t<4, 4, wp::float32> var_61;
    wp::mat_t<4, 4, wp::float32>* var_62;
    const wp::int32 var_63 = 2;
    const wp::int32 var_64 = 1;
    wp::float32 var_65;
    wp::mat_t<4, 4, wp::float32> var_66;
    wp::mat_t<4, 4, wp::float32>* var_67;
    const wp::int32 var_68 = 2;
    const wp::int32 var_69 = 2;
    wp::float32 var_70;
    wp::mat_t<4, 4, wp::float32> var_71;
    wp::mat_t<3, 3, wp::float32> var_72;
    wp::mat_t<2, 3, wp::float32> var_73;
    wp::mat_t<2, 3, wp::float32> var_74;
    wp::mat_t<3, 2, wp::float32> var_75;
    wp::mat_t<2, 2, wp::float32> var_76;
    const wp::float32 var_77 = 0.3;
    const wp::float32 var_78 = 0.0;
    const wp::float32 var_79 = 0.0;
    const wp::float32 var_80 = 0.3;
    wp::mat_t<2, 2, wp::float32> var_81;
    wp::mat_t<2, 2, wp::float32> var_82;
    //---------
    // forward
    // def project_cov(cov: wp.mat33, p_cam: wp.vec3, cam: Camera) -> wp.mat22:               <L 26>
    // z = p_cam[2]                                                                           <L 27>
    var_1 = wp::extract(var_p_cam, var_0);
    // J = mat23(cam.fx / z, 0.0, -cam.fx * p_cam[0] / (z * z), 0.0, cam.fy / z, -cam.fy * p_cam[1] / (z * z))       <L 28>
    var_2 = &(var_cam.fx);
    var_4 = wp::load(var_2);
    var_3 = wp::div(var_4, var_1);
    var_6 = &(var_cam.fx);
    var_8 = wp::load(var_6);
    var_7 = wp::neg(var_8);
    var_10 = wp::extract(var_p_cam, var_9);
    var_11 = wp::mul(var_7, var_10);
    var_12 = wp::mul(var_1, var_1);
    var_13 = wp::div(var_11, var_12);
    var_15 = &(var_cam.fy);
    var_17 = wp::load(var_15);
    var_16 = wp::div(var_17, var_1);
    var_18 = &(var_cam.fy);
    var_20 = wp::load(var_18);
    var_19 = wp::neg(var_20);
    var_22 = wp::extract(var_p_cam, var_21);
    var_23 = wp::mul(var_19, var_22);
    var_24 = wp::mul(var_1, var_1);
    var_25 = wp::div(var_23, var_24);
    var_26 = wp::mat_t<2, 3, wp::float32>({var_3, var_5, var_13, var_14, var_16, var_25});
    // W = wp.mat33(cam.view[0, 0], cam.view[0, 1], cam.view[0, 2], cam.view[1, 0], cam.view[1, 1], cam.view[1, 2], cam.view[2, 0], cam.view[2, 1], cam.view[2, 2])       <L 29>
    var_27 = &(var_cam.view);
    var_31 = wp::load(var_27);
    var_30 = wp::extract(var_31, var_28, var_29);
    var_32 = &(var_cam.view);
    var_36 = wp::load(var_32);
    var_35 = wp::extract(var_36, var_33, var_34);
    var_37 = &(var_cam.view);
    var_41 = wp::load(var_37);
    var_40 = wp::extract(var_41, var_38, var_39);
    var_42 = &(var_cam.view);
    var_46 = wp::load(var_42);
    var_45 = wp::extract(var_46, var_43, var_44);
    var_47 = &(var_cam.view);
    var_51 = wp::load(var_47);
    var_50 = wp::extract(var_51, var_48, var_49);
    var_52 = &(var_cam.view);
    var_56 = wp::load(var_52);
    var_55 = wp::extract(var_56, var_53, var_54);
    var_57 = &(var_cam.view);
    var_61 = wp::load(var_57);
    var_60 = wp::extract(var_61, var_58, var_59);
    var_62 = &(var_cam.view);
    var_66 = wp::load(var_62);
    var_65 = wp::extract(var_66, var_63, var_64);
    var_67 = &(var_cam.view);
    var_71 = wp::load(var_67);
    var_70 = wp::extract(var_71, var_68, var_69);
    var_72 = wp::mat_t<3, 3, wp::float32>(var_30, var_35, var_40, var_45, var_50, var_55, var_60, var_65, var_70);
    // T = J * W                                                                              <L 30>
    var_73 = wp::mul(var_26, var_72);
    // c2 = T * cov * wp.transpose(T)                                                         <L 31>
    var_74 = wp::mul(var_73, var_cov);
    var_75 = wp::transpose(var_73);
    var_76 = wp::mul(var_74, var_75);
    // return c2 + wp.mat22(0.3, 0.0, 0.0, 0.3)                                               <L 32>
    var_81 = wp::mat_t<2, 2, wp::float32>(var_77, var_78, var_79, var_80);
    var_82 = wp::add(var_76, var_81);
    return var_82;
}


// corpus/175_gaussian_splat_projection.py:17
static void adj_quat_scale_to_cov_0(
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> var_s,
    wp::quat_t<wp::float32> & adj_q,
    wp::vec_t<3, wp::float32> & adj_s,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    //---------
    // dual vars
    wp::quat_t<wp::float32> adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def quat_scale_to_cov(q: wp.quat, s: wp.vec3) -> wp.mat33:                             <L 18>
    // R = wp.quat_to_matrix(wp.normalize(q))                                                 <L 19>
    var_0 = wp::normalize(var_q);
    var_1 = wp::quat_to_matrix(var_0);
    // S = wp.diag(s)                                                                         <L 20>
    var_2 = wp::diag(var_s);
    // M = R * S                                                                              <L 21>
    var_3 = wp::mul(var_1, var_2);
    // return M * wp.transpose(M)                                                             <L 22>
    var_4 = wp::transpose(var_3);
    var_5 = wp::mul(var_3, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_mul(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_transpose(var_3, adj_3, adj_4);
    // adj: return M * wp.transpose(M)                                                        <L 22>
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    // adj: M = R * S                                                                         <L 21>
    wp::adj_diag(var_s, adj_s, adj_2);
    // adj: S = wp.diag(s)                                                                    <L 20>
    wp::adj_quat_to_matrix(var_0, adj_0, adj_1);
    wp::adj_normalize(var_q, adj_q, adj_0);
    // adj: R = wp.quat_to_matrix(wp.normalize(q))                                            <L 19>
    // adj: def quat_scale_to_cov(q: wp.quat, s: wp.vec3) -> wp.mat33:                        <L 18>
    return;
}


// corpus/175_gaussian_splat_projection.py:25
static void adj_project_cov_0(
    wp::mat_t<3, 3, wp::float32> var_cov,
    wp::vec_t<3, wp::float32> var_p_cam,
    Camera_ec824df7 var_cam,
    wp::mat_t<3, 3, wp::float32> & adj_cov,
    wp::vec_t<3, wp::float32> & adj_p_cam,
    Camera_ec824df7 & adj_cam,
    wp::mat_t<2, 2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    wp::float32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::mat_t<2, 3, wp::float32> var_26;
    wp::mat_t<4, 4, wp::float32>* var_27;
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 0;
    wp::float32 var_30;
    wp::mat_t<4, 4, wp::float32> var_31;
    wp::mat_t<4, 4, wp::float32>* var_32;
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 1;
    wp::float32 var_35;
    wp::mat_t<4, 4, wp::float32> var_36;
    wp::mat_t<4, 4, wp::float32>* var_37;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 2;
    wp::float32 var_40;
    wp::mat_t<4, 4, wp::float32> var_41;
    wp::mat_t<4, 4, wp::float32>* var_42;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    wp::mat_t<4, 4, wp::float32> var_46;
    wp::mat_t<4, 4, wp::float32>* var_47;
    const wp::int32 var_48 = 1;
    const wp::int32 var_49 = 1;
    wp::float32 var_50;
    wp::mat_t<4, 4, wp::float32> var_51;
    wp::mat_t<4, 4, wp::float32>* var_52;
    const wp::int32 var_53 = 1;
    const wp::int32 var_54 = 2;
    wp::float32 var_55;
    wp::mat_t<4, 4, wp::float32> var_56;
    wp::mat_t<4, 4, wp::float32>* var_57;
    const wp::int32 var_58 = 2;
    const wp::int32 var_59 = 0;
    wp::float32 var_60;
    wp::mat_t<4, 4, wp::float32> var_61;
    wp::mat_t<4, 4, wp::float32>* var_62;
    const wp::int32 var_63 = 2;
    const wp::int32 var_64 = 1;
    wp::float32 var_65;
    wp::mat_t<4, 4, wp::float32> var_66;
    wp::mat_t<4, 4, wp::float32>* var_67;
    const wp::int32 var_68 = 2;
    const wp::int32 var_69 = 2;
    wp::float32 var_70;
    wp::mat_t<4, 4, wp::float32> var_71;
    wp::mat_t<3, 3, wp::float32> var_72;
    wp::mat_t<2, 3, wp::float32> var_73;
    wp::mat_t<2, 3, wp::float32> var_74;
    wp::mat_t<3, 2, wp::float32> var_75;
    wp::mat_t<2, 2, wp::float32> var_76;
    const wp::float32 var_77 = 0.3;
    const wp::float32 var_78 = 0.0;
    const wp::float32 var_79 = 0.0;
    const wp::float32 var_80 = 0.3;
    wp::mat_t<2, 2, wp::float32> var_81;
    wp::mat_t<2, 2, wp::float32> var_82;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
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
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::mat_t<2, 3, wp::float32> adj_26 = {};
    wp::mat_t<4, 4, wp::float32> adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::mat_t<4, 4, wp::float32> adj_31 = {};
    wp::mat_t<4, 4, wp::float32> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::mat_t<4, 4, wp::float32> adj_36 = {};
    wp::mat_t<4, 4, wp::float32> adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::mat_t<4, 4, wp::float32> adj_41 = {};
    wp::mat_t<4, 4, wp::float32> adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::mat_t<4, 4, wp::float32> adj_46 = {};
    wp::mat_t<4, 4, wp::float32> adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::mat_t<4, 4, wp::float32> adj_51 = {};
    wp::mat_t<4, 4, wp::float32> adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::mat_t<4, 4, wp::float32> adj_56 = {};
    wp::mat_t<4, 4, wp::float32> adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::mat_t<4, 4, wp::float32> adj_61 = {};
    wp::mat_t<4, 4, wp::float32> adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::mat_t<4, 4, wp::float32> adj_66 = {};
    wp::mat_t<4, 4, wp::float32> adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::mat_t<4, 4, wp::float32> adj_71 = {};
    wp::mat_t<3, 3, wp::float32> adj_72 = {};
    wp::mat_t<2, 3, wp::float32> adj_73 = {};
    wp::mat_t<2, 3, wp::float32> adj_74 = {};
    wp::mat_t<3, 2, wp::float32> adj_75 = {};
    wp::mat_t<2, 2, wp::float32> adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::mat_t<2, 2, wp::float32> adj_81 = {};
    wp::mat_t<2, 2, wp::float32> adj_82 = {};
    //---------
    // forward
    // def project_cov(cov: wp.mat33, p_cam: wp.vec3, cam: Camera) -> wp.mat22:               <L 26>
    // z = p_cam[2]                                                                           <L 27>
    var_1 = wp::extract(var_p_cam, var_0);
    // J = mat23(cam.fx / z, 0.0, -cam.fx * p_cam[0] / (z * z), 0.0, cam.fy / z, -cam.fy * p_cam[1] / (z * z))       <L 28>
    var_2 = &(var_cam.fx);
    var_4 = wp::load(var_2);
    var_3 = wp::div(var_4, var_1);
    var_6 = &(var_cam.fx);
    var_8 = wp::load(var_6);
    var_7 = wp::neg(var_8);
    var_10 = wp::extract(var_p_cam, var_9);
    var_11 = wp::mul(var_7, var_10);
    var_12 = wp::mul(var_1, var_1);
    var_13 = wp::div(var_11, var_12);
    var_15 = &(var_cam.fy);
    var_17 = wp::load(var_15);
    var_16 = wp::div(var_17, var_1);
    var_18 = &(var_cam.fy);
    var_20 = wp::load(var_18);
    var_19 = wp::neg(var_20);
    var_22 = wp::extract(var_p_cam, var_21);
    var_23 = wp::mul(var_19, var_22);
    var_24 = wp::mul(var_1, var_1);
    var_25 = wp::div(var_23, var_24);
    var_26 = wp::mat_t<2, 3, wp::float32>({var_3, var_5, var_13, var_14, var_16, var_25});
    // W = wp.mat33(cam.view[0, 0], cam.view[0, 1], cam.view[0, 2], cam.view[1, 0], cam.view[1, 1], cam.view[1, 2], cam.view[2, 0], cam.view[2, 1], cam.view[2, 2])       <L 29>
    var_27 = &(var_cam.view);
    var_31 = wp::load(var_27);
    var_30 = wp::extract(var_31, var_28, var_29);
    var_32 = &(var_cam.view);
    var_36 = wp::load(var_32);
    var_35 = wp::extract(var_36, var_33, var_34);
    var_37 = &(var_cam.view);
    var_41 = wp::load(var_37);
    var_40 = wp::extract(var_41, var_38, var_39);
    var_42 = &(var_cam.view);
    var_46 = wp::load(var_42);
    var_45 = wp::extract(var_46, var_43, var_44);
    var_47 = &(var_cam.view);
    var_51 = wp::load(var_47);
    var_50 = wp::extract(var_51, var_48, var_49);
    var_52 = &(var_cam.view);
    var_56 = wp::load(var_52);
    var_55 = wp::extract(var_56, var_53, var_54);
    var_57 = &(var_cam.view);
    var_61 = wp::load(var_57);
    var_60 = wp::extract(var_61, var_58, var_59);
    var_62 = &(var_cam.view);
    var_66 = wp::load(var_62);
    var_65 = wp::extract(var_66, var_63, var_64);
    var_67 = &(var_cam.view);
    var_71 = wp::load(var_67);
    var_70 = wp::extract(var_71, var_68, var_69);
    var_72 = wp::mat_t<3, 3, wp::float32>(var_30, var_35, var_40, var_45, var_50, var_55, var_60, var_65, var_70);
    // T = J * W                                                                              <L 30>
    var_73 = wp::mul(var_26, var_72);
    // c2 = T * cov * wp.transpose(T)                                                         <L 31>
    var_74 = wp::mul(var_73, var_cov);
    var_75 = wp::transpose(var_73);
    var_76 = wp::mul(var_74, var_75);
    // return c2 + wp.mat22(0.3, 0.0, 0.0, 0.3)                                               <L 32>
    var_81 = wp::mat_t<2, 2, wp::float32>(var_77, var_78, var_79, var_80);
    var_82 = wp::add(var_76, var_81);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_82 += adj_ret;
    wp::adj_add(var_76, var_81, adj_76, adj_81, adj_82);
    wp::adj_mat_t(var_77, var_78, var_79, var_80, adj_77, adj_78, adj_79, adj_80, adj_81);
    // adj: return c2 + wp.mat22(0.3, 0.0, 0.0, 0.3)                                          <L 32>
    wp::adj_mul(var_74, var_75, adj_74, adj_75, adj_76);
    wp::adj_transpose(var_73, adj_73, adj_75);
    wp::adj_mul(var_73, var_cov, adj_73, adj_cov, adj_74);
    // adj: c2 = T * cov * wp.transpose(T)                                                    <L 31>
    wp::adj_mul(var_26, var_72, adj_26, adj_72, adj_73);
    // adj: T = J * W                                                                         <L 30>
    wp::adj_mat_t(var_30, var_35, var_40, var_45, var_50, var_55, var_60, var_65, var_70, adj_30, adj_35, adj_40, adj_45, adj_50, adj_55, adj_60, adj_65, adj_70, adj_72);
    wp::adj_extract(var_71, var_68, var_69, adj_67, adj_68, adj_69, adj_70);
    adj_cam.view += adj_67;
    wp::adj_extract(var_66, var_63, var_64, adj_62, adj_63, adj_64, adj_65);
    adj_cam.view += adj_62;
    wp::adj_extract(var_61, var_58, var_59, adj_57, adj_58, adj_59, adj_60);
    adj_cam.view += adj_57;
    wp::adj_extract(var_56, var_53, var_54, adj_52, adj_53, adj_54, adj_55);
    adj_cam.view += adj_52;
    wp::adj_extract(var_51, var_48, var_49, adj_47, adj_48, adj_49, adj_50);
    adj_cam.view += adj_47;
    wp::adj_extract(var_46, var_43, var_44, adj_42, adj_43, adj_44, adj_45);
    adj_cam.view += adj_42;
    wp::adj_extract(var_41, var_38, var_39, adj_37, adj_38, adj_39, adj_40);
    adj_cam.view += adj_37;
    wp::adj_extract(var_36, var_33, var_34, adj_32, adj_33, adj_34, adj_35);
    adj_cam.view += adj_32;
    wp::adj_extract(var_31, var_28, var_29, adj_27, adj_28, adj_29, adj_30);
    adj_cam.view += adj_27;
    // adj: W = wp.mat33(cam.view[0, 0], cam.view[0, 1], cam.view[0, 2], cam.view[1, 0], cam.view[1, 1], cam.view[1, 2], cam.view[2, 0], cam.view[2, 1], cam.view[2, 2])  <L 29>
    wp::adj_mat_t({var_3, var_5, var_13, var_14, var_16, var_25}, {&adj_3, &adj_5, &adj_13, &adj_14, &adj_16, &adj_25}, adj_26);
    wp::adj_div(var_23, var_24, var_25, adj_23, adj_24, adj_25);
    wp::adj_mul(var_1, var_1, adj_1, adj_1, adj_24);
    wp::adj_mul(var_19, var_22, adj_19, adj_22, adj_23);
    wp::adj_extract(var_p_cam, var_21, adj_p_cam, adj_21, adj_22);
    wp::adj_neg(var_20, adj_18, adj_19);
    adj_cam.fy += adj_18;
    wp::adj_div(var_17, var_1, var_16, adj_15, adj_1, adj_16);
    adj_cam.fy += adj_15;
    wp::adj_div(var_11, var_12, var_13, adj_11, adj_12, adj_13);
    wp::adj_mul(var_1, var_1, adj_1, adj_1, adj_12);
    wp::adj_mul(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_extract(var_p_cam, var_9, adj_p_cam, adj_9, adj_10);
    wp::adj_neg(var_8, adj_6, adj_7);
    adj_cam.fx += adj_6;
    wp::adj_div(var_4, var_1, var_3, adj_2, adj_1, adj_3);
    adj_cam.fx += adj_2;
    // adj: J = mat23(cam.fx / z, 0.0, -cam.fx * p_cam[0] / (z * z), 0.0, cam.fy / z, -cam.fy * p_cam[1] / (z * z))  <L 28>
    wp::adj_extract(var_p_cam, var_0, adj_p_cam, adj_0, adj_1);
    // adj: z = p_cam[2]                                                                      <L 27>
    // adj: def project_cov(cov: wp.mat33, p_cam: wp.vec3, cam: Camera) -> wp.mat22:          <L 26>
    return;
}

struct wp_args_preprocess_140f5f19 {
    wp::array_t<wp::vec_t<3, wp::float32>> means;
    wp::array_t<wp::quat_t<wp::float32>> rots;
    wp::array_t<wp::vec_t<3, wp::float32>> scales;
    Camera_ec824df7 cam;
    wp::array_t<wp::vec_t<2, wp::float32>> xy;
    wp::array_t<wp::vec_t<3, wp::float32>> conic;
    wp::array_t<wp::int32> radius;
    wp::array_t<wp::float32> depth;
};


void preprocess_140f5f19_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_preprocess_140f5f19 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_means = _wp_args->means;
    wp::array_t<wp::quat_t<wp::float32>> var_rots = _wp_args->rots;
    wp::array_t<wp::vec_t<3, wp::float32>> var_scales = _wp_args->scales;
    Camera_ec824df7 var_cam = _wp_args->cam;
    wp::array_t<wp::vec_t<2, wp::float32>> var_xy = _wp_args->xy;
    wp::array_t<wp::vec_t<3, wp::float32>> var_conic = _wp_args->conic;
    wp::array_t<wp::int32> var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::mat_t<4, 4, wp::float32>* var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::vec_t<4, wp::float32> var_12;
    wp::vec_t<4, wp::float32> var_13;
    wp::mat_t<4, 4, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.2;
    bool var_25;
    const wp::int32 var_26 = 0;
    wp::quat_t<wp::float32>* var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::quat_t<wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::mat_t<2, 2, wp::float32> var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    bool var_35;
    const wp::int32 var_36 = 0;
    wp::mat_t<2, 2, wp::float32> var_37;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    const wp::int32 var_41 = 0;
    const wp::int32 var_42 = 1;
    wp::float32 var_43;
    const wp::int32 var_44 = 1;
    const wp::int32 var_45 = 1;
    wp::float32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    const wp::float32 var_48 = 0.5;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = 0;
    wp::float32 var_51;
    const wp::int32 var_52 = 1;
    const wp::int32 var_53 = 1;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::float32 var_57 = 0.1;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::float32 var_63 = 3.0;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::int32 var_67;
    wp::float32* var_68;
    const wp::int32 var_69 = 0;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    const wp::int32 var_73 = 2;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32* var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32* var_79;
    const wp::int32 var_80 = 1;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    const wp::int32 var_84 = 2;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32* var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::vec_t<2, wp::float32> var_90;
    const wp::int32 var_91 = 2;
    wp::float32 var_92;
    //---------
    // forward
    // def preprocess(means: wp.array(dtype=wp.vec3), rots: wp.array(dtype=wp.quat), scales: wp.array(dtype=wp.vec3), cam: Camera, xy: wp.array(dtype=wp.vec2), conic: wp.array(dtype=wp.vec3), radius: wp.array(dtype=int), depth: wp.array(dtype=float)):       <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // p = means[i]                                                                           <L 38>
    var_1 = wp::address(var_means, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ph = cam.view * wp.vec4(p[0], p[1], p[2], 1.0)                                         <L 39>
    var_4 = &(var_cam.view);
    var_6 = wp::extract(var_2, var_5);
    var_8 = wp::extract(var_2, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_12 = wp::vec_t<4, wp::float32>(var_6, var_8, var_10, var_11);
    var_14 = wp::load(var_4);
    var_13 = wp::mul(var_14, var_12);
    // pc = wp.vec3(ph[0], ph[1], ph[2])                                                      <L 40>
    var_16 = wp::extract(var_13, var_15);
    var_18 = wp::extract(var_13, var_17);
    var_20 = wp::extract(var_13, var_19);
    var_21 = wp::vec_t<3, wp::float32>(var_16, var_18, var_20);
    // if pc[2] < 0.2:                                                                        <L 41>
    var_23 = wp::extract(var_21, var_22);
    var_25 = (var_23 < var_24);
    if (var_25) {
        // radius[i] = 0                                                                      <L 42>
        wp::array_store(var_radius, var_0, var_26);
        // return                                                                             <L 43>
        return;
    }
    // cov = quat_scale_to_cov(rots[i], scales[i])                                            <L 44>
    var_27 = wp::address(var_rots, var_0);
    var_28 = wp::address(var_scales, var_0);
    var_30 = wp::load(var_27);
    var_31 = wp::load(var_28);
    var_29 = quat_scale_to_cov_0(var_30, var_31);
    // c2 = project_cov(cov, pc, cam)                                                         <L 45>
    var_32 = project_cov_0(var_29, var_21, var_cam);
    // det = wp.determinant(c2)                                                               <L 46>
    var_33 = wp::determinant(var_32);
    // if det <= 0.0:                                                                         <L 47>
    var_35 = (var_33 <= var_34);
    if (var_35) {
        // radius[i] = 0                                                                      <L 48>
        wp::array_store(var_radius, var_0, var_36);
        // return                                                                             <L 49>
        return;
    }
    // inv = wp.inverse(c2)                                                                   <L 50>
    var_37 = wp::inverse(var_32);
    // conic[i] = wp.vec3(inv[0, 0], inv[0, 1], inv[1, 1])                                    <L 51>
    var_40 = wp::extract(var_37, var_38, var_39);
    var_43 = wp::extract(var_37, var_41, var_42);
    var_46 = wp::extract(var_37, var_44, var_45);
    var_47 = wp::vec_t<3, wp::float32>(var_40, var_43, var_46);
    wp::array_store(var_conic, var_0, var_47);
    // mid = 0.5 * (c2[0, 0] + c2[1, 1])                                                      <L 52>
    var_51 = wp::extract(var_32, var_49, var_50);
    var_54 = wp::extract(var_32, var_52, var_53);
    var_55 = wp::add(var_51, var_54);
    var_56 = wp::mul(var_48, var_55);
    // lam = mid + wp.sqrt(wp.max(0.1, mid * mid - det))                                      <L 53>
    var_58 = wp::mul(var_56, var_56);
    var_59 = wp::sub(var_58, var_33);
    var_60 = wp::max(var_57, var_59);
    var_61 = wp::sqrt(var_60);
    var_62 = wp::add(var_56, var_61);
    // radius[i] = int(wp.ceil(3.0 * wp.sqrt(lam)))                                           <L 54>
    var_64 = wp::sqrt(var_62);
    var_65 = wp::mul(var_63, var_64);
    var_66 = wp::ceil(var_65);
    var_67 = wp::int(var_66);
    wp::array_store(var_radius, var_0, var_67);
    // xy[i] = wp.vec2(cam.fx * pc[0] / pc[2] + cam.cx, cam.fy * pc[1] / pc[2] + cam.cy)       <L 55>
    var_68 = &(var_cam.fx);
    var_70 = wp::extract(var_21, var_69);
    var_72 = wp::load(var_68);
    var_71 = wp::mul(var_72, var_70);
    var_74 = wp::extract(var_21, var_73);
    var_75 = wp::div(var_71, var_74);
    var_76 = &(var_cam.cx);
    var_78 = wp::load(var_76);
    var_77 = wp::add(var_75, var_78);
    var_79 = &(var_cam.fy);
    var_81 = wp::extract(var_21, var_80);
    var_83 = wp::load(var_79);
    var_82 = wp::mul(var_83, var_81);
    var_85 = wp::extract(var_21, var_84);
    var_86 = wp::div(var_82, var_85);
    var_87 = &(var_cam.cy);
    var_89 = wp::load(var_87);
    var_88 = wp::add(var_86, var_89);
    var_90 = wp::vec_t<2, wp::float32>(var_77, var_88);
    wp::array_store(var_xy, var_0, var_90);
    // depth[i] = pc[2]                                                                       <L 56>
    var_92 = wp::extract(var_21, var_91);
    wp::array_store(var_depth, var_0, var_92);
}



void preprocess_140f5f19_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_preprocess_140f5f19 *_wp_args,
    wp_args_preprocess_140f5f19 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_means = _wp_args->means;
    wp::array_t<wp::quat_t<wp::float32>> var_rots = _wp_args->rots;
    wp::array_t<wp::vec_t<3, wp::float32>> var_scales = _wp_args->scales;
    Camera_ec824df7 var_cam = _wp_args->cam;
    wp::array_t<wp::vec_t<2, wp::float32>> var_xy = _wp_args->xy;
    wp::array_t<wp::vec_t<3, wp::float32>> var_conic = _wp_args->conic;
    wp::array_t<wp::int32> var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_means = _wp_adj_args->means;
    wp::array_t<wp::quat_t<wp::float32>> adj_rots = _wp_adj_args->rots;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_scales = _wp_adj_args->scales;
    Camera_ec824df7 adj_cam = _wp_adj_args->cam;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_xy = _wp_adj_args->xy;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_conic = _wp_adj_args->conic;
    wp::array_t<wp::int32> adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::float32> adj_depth = _wp_adj_args->depth;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::mat_t<4, 4, wp::float32>* var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::vec_t<4, wp::float32> var_12;
    wp::vec_t<4, wp::float32> var_13;
    wp::mat_t<4, 4, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 2;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.2;
    bool var_25;
    const wp::int32 var_26 = 0;
    wp::quat_t<wp::float32>* var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::quat_t<wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::mat_t<2, 2, wp::float32> var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    bool var_35;
    const wp::int32 var_36 = 0;
    wp::mat_t<2, 2, wp::float32> var_37;
    const wp::int32 var_38 = 0;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    const wp::int32 var_41 = 0;
    const wp::int32 var_42 = 1;
    wp::float32 var_43;
    const wp::int32 var_44 = 1;
    const wp::int32 var_45 = 1;
    wp::float32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    const wp::float32 var_48 = 0.5;
    const wp::int32 var_49 = 0;
    const wp::int32 var_50 = 0;
    wp::float32 var_51;
    const wp::int32 var_52 = 1;
    const wp::int32 var_53 = 1;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::float32 var_57 = 0.1;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    const wp::float32 var_63 = 3.0;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::int32 var_67;
    wp::float32* var_68;
    const wp::int32 var_69 = 0;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    const wp::int32 var_73 = 2;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32* var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32* var_79;
    const wp::int32 var_80 = 1;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    const wp::int32 var_84 = 2;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32* var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::vec_t<2, wp::float32> var_90;
    const wp::int32 var_91 = 2;
    wp::float32 var_92;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::mat_t<4, 4, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<4, wp::float32> adj_12 = {};
    wp::vec_t<4, wp::float32> adj_13 = {};
    wp::mat_t<4, 4, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    wp::int32 adj_26 = {};
    wp::quat_t<wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    wp::quat_t<wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::mat_t<2, 2, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    wp::mat_t<2, 2, wp::float32> adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::int32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::vec_t<2, wp::float32> adj_90 = {};
    wp::int32 adj_91 = {};
    wp::float32 adj_92 = {};
    //---------
    // forward
    // def preprocess(means: wp.array(dtype=wp.vec3), rots: wp.array(dtype=wp.quat), scales: wp.array(dtype=wp.vec3), cam: Camera, xy: wp.array(dtype=wp.vec2), conic: wp.array(dtype=wp.vec3), radius: wp.array(dtype=int), depth: wp.array(dtype=float)):       <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // p = means[i]                                                                           <L 38>
    var_1 = wp::address(var_means, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ph = cam.view * wp.vec4(p[0], p[1], p[2], 1.0)                                         <L 39>
    var_4 = &(var_cam.view);
    var_6 = wp::extract(var_2, var_5);
    var_8 = wp::extract(var_2, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_12 = wp::vec_t<4, wp::float32>(var_6, var_8, var_10, var_11);
    var_14 = wp::load(var_4);
    var_13 = wp::mul(var_14, var_12);
    // pc = wp.vec3(ph[0], ph[1], ph[2])                                                      <L 40>
    var_16 = wp::extract(var_13, var_15);
    var_18 = wp::extract(var_13, var_17);
    var_20 = wp::extract(var_13, var_19);
    var_21 = wp::vec_t<3, wp::float32>(var_16, var_18, var_20);
    // if pc[2] < 0.2:                                                                        <L 41>
    var_23 = wp::extract(var_21, var_22);
    var_25 = (var_23 < var_24);
    if (var_25) {
        // radius[i] = 0                                                                      <L 42>
        // wp::array_store(var_radius, var_0, var_26);
        // return                                                                             <L 43>
        goto label0;
    }
    // cov = quat_scale_to_cov(rots[i], scales[i])                                            <L 44>
    var_27 = wp::address(var_rots, var_0);
    var_28 = wp::address(var_scales, var_0);
    var_30 = wp::load(var_27);
    var_31 = wp::load(var_28);
    var_29 = quat_scale_to_cov_0(var_30, var_31);
    // c2 = project_cov(cov, pc, cam)                                                         <L 45>
    var_32 = project_cov_0(var_29, var_21, var_cam);
    // det = wp.determinant(c2)                                                               <L 46>
    var_33 = wp::determinant(var_32);
    // if det <= 0.0:                                                                         <L 47>
    var_35 = (var_33 <= var_34);
    if (var_35) {
        // radius[i] = 0                                                                      <L 48>
        // wp::array_store(var_radius, var_0, var_36);
        // return                                                                             <L 49>
        goto label1;
    }
    // inv = wp.inverse(c2)                                                                   <L 50>
    var_37 = wp::inverse(var_32);
    // conic[i] = wp.vec3(inv[0, 0], inv[0, 1], inv[1, 1])                                    <L 51>
    var_40 = wp::extract(var_37, var_38, var_39);
    var_43 = wp::extract(var_37, var_41, var_42);
    var_46 = wp::extract(var_37, var_44, var_45);
    var_47 = wp::vec_t<3, wp::float32>(var_40, var_43, var_46);
    // wp::array_store(var_conic, var_0, var_47);
    // mid = 0.5 * (c2[0, 0] + c2[1, 1])                                                      <L 52>
    var_51 = wp::extract(var_32, var_49, var_50);
    var_54 = wp::extract(var_32, var_52, var_53);
    var_55 = wp::add(var_51, var_54);
    var_56 = wp::mul(var_48, var_55);
    // lam = mid + wp.sqrt(wp.max(0.1, mid * mid - det))                                      <L 53>
    var_58 = wp::mul(var_56, var_56);
    var_59 = wp::sub(var_58, var_33);
    var_60 = wp::max(var_57, var_59);
    var_61 = wp::sqrt(var_60);
    var_62 = wp::add(var_56, var_61);
    // radius[i] = int(wp.ceil(3.0 * wp.sqrt(lam)))                                           <L 54>
    var_64 = wp::sqrt(var_62);
    var_65 = wp::mul(var_63, var_64);
    var_66 = wp::ceil(var_65);
    var_67 = wp::int(var_66);
    // wp::array_store(var_radius, var_0, var_67);
    // xy[i] = wp.vec2(cam.fx * pc[0] / pc[2] + cam.cx, cam.fy * pc[1] / pc[2] + cam.cy)       <L 55>
    var_68 = &(var_cam.fx);
    var_70 = wp::extract(var_21, var_69);
    var_72 = wp::load(var_68);
    var_71 = wp::mul(var_72, var_70);
    var_74 = wp::extract(var_21, var_73);
    var_75 = wp::div(var_71, var_74);
    var_76 = &(var_cam.cx);
    var_78 = wp::load(var_76);
    var_77 = wp::add(var_75, var_78);
    var_79 = &(var_cam.fy);
    var_81 = wp::extract(var_21, var_80);
    var_83 = wp::load(var_79);
    var_82 = wp::mul(var_83, var_81);
    var_85 = wp::extract(var_21, var_84);
    var_86 = wp::div(var_82, var_85);
    var_87 = &(var_cam.cy);
    var_89 = wp::load(var_87);
    var_88 = wp::add(var_86, var_89);
    var_90 = wp::vec_t<2, wp::float32>(var_77, var_88);
    // wp::array_store(var_xy, var_0, var_90);
    // depth[i] = pc[2]                                                                       <L 56>
    var_92 = wp::extract(var_21, var_91);
    // wp::array_store(var_depth, var_0, var_92);
    //---------
    // reverse
    wp::adj_array_store(var_depth, var_0, var_92, adj_depth, adj_0, adj_92);
    wp::adj_extract(var_21, var_91, adj_21, adj_91, adj_92);
    // adj: depth[i] = pc[2]                                                                  <L 56>
    wp::adj_array_store(var_xy, var_0, var_90, adj_xy, adj_0, adj_90);
    wp::adj_vec_t(var_77, var_88, adj_77, adj_88, adj_90);
    wp::adj_add(var_86, var_89, adj_86, adj_87, adj_88);
    adj_cam.cy += adj_87;
    wp::adj_div(var_82, var_85, var_86, adj_82, adj_85, adj_86);
    wp::adj_extract(var_21, var_84, adj_21, adj_84, adj_85);
    wp::adj_mul(var_83, var_81, adj_79, adj_81, adj_82);
    wp::adj_extract(var_21, var_80, adj_21, adj_80, adj_81);
    adj_cam.fy += adj_79;
    wp::adj_add(var_75, var_78, adj_75, adj_76, adj_77);
    adj_cam.cx += adj_76;
    wp::adj_div(var_71, var_74, var_75, adj_71, adj_74, adj_75);
    wp::adj_extract(var_21, var_73, adj_21, adj_73, adj_74);
    wp::adj_mul(var_72, var_70, adj_68, adj_70, adj_71);
    wp::adj_extract(var_21, var_69, adj_21, adj_69, adj_70);
    adj_cam.fx += adj_68;
    // adj: xy[i] = wp.vec2(cam.fx * pc[0] / pc[2] + cam.cx, cam.fy * pc[1] / pc[2] + cam.cy)  <L 55>
    wp::adj_array_store(var_radius, var_0, var_67, adj_radius, adj_0, adj_67);
    wp::adj_int(var_66, adj_66, adj_67);
    wp::adj_mul(var_63, var_64, adj_63, adj_64, adj_65);
    wp::adj_sqrt(var_62, var_64, adj_62, adj_64);
    // adj: radius[i] = int(wp.ceil(3.0 * wp.sqrt(lam)))                                      <L 54>
    wp::adj_add(var_56, var_61, adj_56, adj_61, adj_62);
    wp::adj_sqrt(var_60, var_61, adj_60, adj_61);
    wp::adj_max(var_57, var_59, adj_57, adj_59, adj_60);
    wp::adj_sub(var_58, var_33, adj_58, adj_33, adj_59);
    wp::adj_mul(var_56, var_56, adj_56, adj_56, adj_58);
    // adj: lam = mid + wp.sqrt(wp.max(0.1, mid * mid - det))                                 <L 53>
    wp::adj_mul(var_48, var_55, adj_48, adj_55, adj_56);
    wp::adj_add(var_51, var_54, adj_51, adj_54, adj_55);
    wp::adj_extract(var_32, var_52, var_53, adj_32, adj_52, adj_53, adj_54);
    wp::adj_extract(var_32, var_49, var_50, adj_32, adj_49, adj_50, adj_51);
    // adj: mid = 0.5 * (c2[0, 0] + c2[1, 1])                                                 <L 52>
    wp::adj_array_store(var_conic, var_0, var_47, adj_conic, adj_0, adj_47);
    wp::adj_vec_t(var_40, var_43, var_46, adj_40, adj_43, adj_46, adj_47);
    wp::adj_extract(var_37, var_44, var_45, adj_37, adj_44, adj_45, adj_46);
    wp::adj_extract(var_37, var_41, var_42, adj_37, adj_41, adj_42, adj_43);
    wp::adj_extract(var_37, var_38, var_39, adj_37, adj_38, adj_39, adj_40);
    // adj: conic[i] = wp.vec3(inv[0, 0], inv[0, 1], inv[1, 1])                               <L 51>
    wp::adj_inverse(var_32, var_37, adj_32, adj_37);
    // adj: inv = wp.inverse(c2)                                                              <L 50>
    if (var_35) {
        label1:;
        // adj: return                                                                        <L 49>
        wp::adj_array_store(var_radius, var_0, var_36, adj_radius, adj_0, adj_36);
        // adj: radius[i] = 0                                                                 <L 48>
    }
    // adj: if det <= 0.0:                                                                    <L 47>
    wp::adj_determinant(var_32, adj_32, adj_33);
    // adj: det = wp.determinant(c2)                                                          <L 46>
    adj_project_cov_0(var_29, var_21, var_cam, adj_29, adj_21, adj_cam, adj_32);
    // adj: c2 = project_cov(cov, pc, cam)                                                    <L 45>
    adj_quat_scale_to_cov_0(var_30, var_31, adj_27, adj_28, adj_29);
    wp::adj_address(var_scales, var_0, adj_scales, adj_0, adj_28);
    wp::adj_address(var_rots, var_0, adj_rots, adj_0, adj_27);
    // adj: cov = quat_scale_to_cov(rots[i], scales[i])                                       <L 44>
    if (var_25) {
        label0:;
        // adj: return                                                                        <L 43>
        wp::adj_array_store(var_radius, var_0, var_26, adj_radius, adj_0, adj_26);
        // adj: radius[i] = 0                                                                 <L 42>
    }
    wp::adj_extract(var_21, var_22, adj_21, adj_22, adj_23);
    // adj: if pc[2] < 0.2:                                                                   <L 41>
    wp::adj_vec_t(var_16, var_18, var_20, adj_16, adj_18, adj_20, adj_21);
    wp::adj_extract(var_13, var_19, adj_13, adj_19, adj_20);
    wp::adj_extract(var_13, var_17, adj_13, adj_17, adj_18);
    wp::adj_extract(var_13, var_15, adj_13, adj_15, adj_16);
    // adj: pc = wp.vec3(ph[0], ph[1], ph[2])                                                 <L 40>
    wp::adj_mul(var_14, var_12, adj_4, adj_12, adj_13);
    wp::adj_vec_t(var_6, var_8, var_10, var_11, adj_6, adj_8, adj_10, adj_11, adj_12);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_extract(var_2, var_5, adj_2, adj_5, adj_6);
    adj_cam.view += adj_4;
    // adj: ph = cam.view * wp.vec4(p[0], p[1], p[2], 1.0)                                    <L 39>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_means, var_0, adj_means, adj_0, adj_1);
    // adj: p = means[i]                                                                      <L 38>
    // adj: i = wp.tid()                                                                      <L 37>
    // adj: def preprocess(means: wp.array(dtype=wp.vec3), rots: wp.array(dtype=wp.quat), scales: wp.array(dtype=wp.vec3), cam: Camera, xy: wp.array(dtype=wp.vec2), conic: wp.array(dtype=wp.vec3), radius: wp.array(dtype=int), depth: wp.array(dtype=float)):  <L 36>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void preprocess_140f5f19_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_preprocess_140f5f19 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        preprocess_140f5f19_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void preprocess_140f5f19_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_preprocess_140f5f19 *_wp_args,
    wp_args_preprocess_140f5f19 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        preprocess_140f5f19_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_rasterize_naive_307eac35 {
    wp::array_t<wp::int32> order;
    wp::array_t<wp::vec_t<2, wp::float32>> xy;
    wp::array_t<wp::vec_t<3, wp::float32>> conic;
    wp::array_t<wp::int32> radius;
    wp::array_t<wp::vec_t<3, wp::float32>> colors;
    wp::array_t<wp::float32> opacity;
    wp::array_t<wp::vec_t<3, wp::float32>> img;
};


void rasterize_naive_307eac35_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_rasterize_naive_307eac35 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_order = _wp_args->order;
    wp::array_t<wp::vec_t<2, wp::float32>> var_xy = _wp_args->xy;
    wp::array_t<wp::vec_t<3, wp::float32>> var_conic = _wp_args->conic;
    wp::array_t<wp::int32> var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_colors = _wp_args->colors;
    wp::array_t<wp::float32> var_opacity = _wp_args->opacity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_img = _wp_args->img;
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
    wp::vec_t<2, wp::float32> var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::range_t var_16;
    wp::int32 var_17;
    wp::int32* var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::int32* var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    wp::int32 var_24;
    wp::vec_t<2, wp::float32>* var_25;
    wp::vec_t<2, wp::float32> var_26;
    wp::vec_t<2, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::float32 var_31 = 0.5;
    const wp::float32 var_32 = -0.5;
    const wp::int32 var_33 = 0;
    wp::float32 var_34;
    const wp::int32 var_35 = 0;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    const wp::int32 var_43 = 1;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::int32 var_51 = 1;
    wp::float32 var_52;
    const wp::int32 var_53 = 0;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::int32 var_56 = 1;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    const wp::float32 var_60 = 0.0;
    bool var_61;
    const wp::float32 var_62 = 0.99;
    wp::float32* var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    const wp::float32 var_68 = 1.0;
    const wp::float32 var_69 = 255.0;
    wp::float32 var_70;
    bool var_71;
    wp::vec_t<3, wp::float32>* var_72;
    wp::float32 var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32>* var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    const wp::float32 var_81 = 1.0;
    wp::float32 var_82;
    const wp::float32 var_83 = 1.0;
    wp::float32 var_84;
    wp::float32 var_85;
    const wp::float32 var_86 = 0.0001;
    bool var_87;
    wp::float32 var_88;
    wp::vec_t<3, wp::float32> var_89;
    //---------
    // forward
    // def rasterize_naive(order: wp.array(dtype=int), xy: wp.array(dtype=wp.vec2), conic: wp.array(dtype=wp.vec3), radius: wp.array(dtype=int), colors: wp.array(dtype=wp.vec3), opacity: wp.array(dtype=float), img: wp.array2d(dtype=wp.vec3)):       <L 60>
    // y, x = wp.tid()                                                                        <L 61>
    builtin_tid2d(var_0, var_1);
    // px = wp.vec2(float(x) + 0.5, float(y) + 0.5)                                           <L 62>
    var_2 = wp::float(var_1);
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::float(var_0);
    var_7 = wp::add(var_5, var_6);
    var_8 = wp::vec_t<2, wp::float32>(var_4, var_7);
    // T = float(1.0)                                                                         <L 63>
    var_10 = wp::float(var_9);
    // c = wp.vec3()                                                                          <L 64>
    var_11 = wp::vec_t<3, wp::float32>();
    // for k in range(order.shape[0]):                                                        <L 65>
    var_12 = &(var_order.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    var_16 = wp::range(var_14);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
        // g = order[k]                                                                       <L 66>
        var_18 = wp::address(var_order, var_17);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // if radius[g] == 0:                                                                 <L 67>
        var_21 = wp::address(var_radius, var_19);
        var_24 = wp::load(var_21);
        var_23 = (var_24 == var_22);
        if (var_23) {
            // continue                                                                       <L 68>
            goto start_for_0;
        }
        // d = xy[g] - px                                                                     <L 69>
        var_25 = wp::address(var_xy, var_19);
        var_27 = wp::load(var_25);
        var_26 = wp::sub(var_27, var_8);
        // co = conic[g]                                                                      <L 70>
        var_28 = wp::address(var_conic, var_19);
        var_30 = wp::load(var_28);
        var_29 = wp::copy(var_30);
        // power = -0.5 * (co[0] * d[0] * d[0] + co[2] * d[1] * d[1]) - co[1] * d[0] * d[1]       <L 71>
        var_34 = wp::extract(var_29, var_33);
        var_36 = wp::extract(var_26, var_35);
        var_37 = wp::mul(var_34, var_36);
        var_39 = wp::extract(var_26, var_38);
        var_40 = wp::mul(var_37, var_39);
        var_42 = wp::extract(var_29, var_41);
        var_44 = wp::extract(var_26, var_43);
        var_45 = wp::mul(var_42, var_44);
        var_47 = wp::extract(var_26, var_46);
        var_48 = wp::mul(var_45, var_47);
        var_49 = wp::add(var_40, var_48);
        var_50 = wp::mul(var_32, var_49);
        var_52 = wp::extract(var_29, var_51);
        var_54 = wp::extract(var_26, var_53);
        var_55 = wp::mul(var_52, var_54);
        var_57 = wp::extract(var_26, var_56);
        var_58 = wp::mul(var_55, var_57);
        var_59 = wp::sub(var_50, var_58);
        // if power > 0.0:                                                                    <L 72>
        var_61 = (var_59 > var_60);
        if (var_61) {
            // continue                                                                       <L 73>
            goto start_for_0;
        }
        // alpha = wp.min(0.99, opacity[g] * wp.exp(power))                                   <L 74>
        var_63 = wp::address(var_opacity, var_19);
        var_64 = wp::exp(var_59);
        var_66 = wp::load(var_63);
        var_65 = wp::mul(var_66, var_64);
        var_67 = wp::min(var_62, var_65);
        // if alpha < 1.0 / 255.0:                                                            <L 75>
        var_70 = wp::div(var_68, var_69);
        var_71 = (var_67 < var_70);
        if (var_71) {
            // continue                                                                       <L 76>
            goto start_for_0;
        }
        // c += colors[g] * (alpha * T)                                                       <L 77>
        var_72 = wp::address(var_colors, var_19);
        var_73 = wp::mul(var_67, var_10);
        var_75 = wp::load(var_72);
        var_74 = wp::mul(var_75, var_73);
        var_76 = wp::address(var_colors, var_19);
        var_77 = wp::mul(var_67, var_10);
        var_79 = wp::load(var_76);
        var_78 = wp::mul(var_79, var_77);
        var_80 = wp::add(var_11, var_78);
        // T *= 1.0 - alpha                                                                   <L 78>
        var_82 = wp::sub(var_81, var_67);
        var_84 = wp::sub(var_83, var_67);
        var_85 = wp::mul(var_10, var_84);
        // if T < 1.0e-4:                                                                     <L 79>
        var_87 = (var_85 < var_86);
        if (var_87) {
            // break                                                                          <L 80>
            wp::assign(var_10, var_85);
            wp::assign(var_11, var_80);
            goto end_for_0;
        }
        var_88 = wp::where(var_87, var_10, var_85);
        var_89 = wp::where(var_87, var_11, var_80);
        wp::assign(var_10, var_88);
        wp::assign(var_11, var_89);
        goto start_for_0;
    end_for_0:;
    // img[y, x] = c                                                                          <L 81>
    wp::array_store(var_img, var_0, var_1, var_11);
}



void rasterize_naive_307eac35_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_rasterize_naive_307eac35 *_wp_args,
    wp_args_rasterize_naive_307eac35 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_order = _wp_args->order;
    wp::array_t<wp::vec_t<2, wp::float32>> var_xy = _wp_args->xy;
    wp::array_t<wp::vec_t<3, wp::float32>> var_conic = _wp_args->conic;
    wp::array_t<wp::int32> var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_colors = _wp_args->colors;
    wp::array_t<wp::float32> var_opacity = _wp_args->opacity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_img = _wp_args->img;
    wp::array_t<wp::int32> adj_order = _wp_adj_args->order;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_xy = _wp_adj_args->xy;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_conic = _wp_adj_args->conic;
    wp::array_t<wp::int32> adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_colors = _wp_adj_args->colors;
    wp::array_t<wp::float32> adj_opacity = _wp_adj_args->opacity;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_img = _wp_adj_args->img;
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
    wp::vec_t<2, wp::float32> var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::shape_t* var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::shape_t var_15;
    wp::range_t var_16;
    wp::int32 var_17;
    wp::int32* var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::int32* var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    wp::int32 var_24;
    wp::vec_t<2, wp::float32>* var_25;
    wp::vec_t<2, wp::float32> var_26;
    wp::vec_t<2, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::float32 var_31 = 0.5;
    const wp::float32 var_32 = -0.5;
    const wp::int32 var_33 = 0;
    wp::float32 var_34;
    const wp::int32 var_35 = 0;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    const wp::int32 var_43 = 1;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::int32 var_46 = 1;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::int32 var_51 = 1;
    wp::float32 var_52;
    const wp::int32 var_53 = 0;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::int32 var_56 = 1;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    const wp::float32 var_60 = 0.0;
    bool var_61;
    const wp::float32 var_62 = 0.99;
    wp::float32* var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    const wp::float32 var_68 = 1.0;
    const wp::float32 var_69 = 255.0;
    wp::float32 var_70;
    bool var_71;
    wp::vec_t<3, wp::float32>* var_72;
    wp::float32 var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32>* var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    const wp::float32 var_81 = 1.0;
    wp::float32 var_82;
    const wp::float32 var_83 = 1.0;
    wp::float32 var_84;
    wp::float32 var_85;
    const wp::float32 var_86 = 0.0001;
    bool var_87;
    wp::float32 var_88;
    wp::vec_t<3, wp::float32> var_89;
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
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::range_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::vec_t<2, wp::float32> adj_25 = {};
    wp::vec_t<2, wp::float32> adj_26 = {};
    wp::vec_t<2, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    bool adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    bool adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::float32 adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::float32 adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    bool adj_87 = {};
    wp::float32 adj_88 = {};
    wp::vec_t<3, wp::float32> adj_89 = {};
    //---------
    // forward
    // def rasterize_naive(order: wp.array(dtype=int), xy: wp.array(dtype=wp.vec2), conic: wp.array(dtype=wp.vec3), radius: wp.array(dtype=int), colors: wp.array(dtype=wp.vec3), opacity: wp.array(dtype=float), img: wp.array2d(dtype=wp.vec3)):       <L 60>
    // y, x = wp.tid()                                                                        <L 61>
    builtin_tid2d(var_0, var_1);
    // px = wp.vec2(float(x) + 0.5, float(y) + 0.5)                                           <L 62>
    var_2 = wp::float(var_1);
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::float(var_0);
    var_7 = wp::add(var_5, var_6);
    var_8 = wp::vec_t<2, wp::float32>(var_4, var_7);
    // T = float(1.0)                                                                         <L 63>
    var_10 = wp::float(var_9);
    // c = wp.vec3()                                                                          <L 64>
    var_11 = wp::vec_t<3, wp::float32>();
    // for k in range(order.shape[0]):                                                        <L 65>
    var_12 = &(var_order.shape);
    var_15 = wp::load(var_12);
    var_14 = wp::extract(var_15, var_13);
    var_16 = wp::range(var_14);
    // img[y, x] = c                                                                          <L 81>
    // wp::array_store(var_img, var_0, var_1, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_img, var_0, var_1, var_11, adj_img, adj_0, adj_1, adj_11);
    // adj: img[y, x] = c                                                                     <L 81>
    var_16 = wp::iter_reverse(var_16);
    start_for_0:;
        if (iter_cmp(var_16) == 0) goto end_for_0;
        var_17 = wp::iter_next(var_16);
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
    	adj_69 = {};
    	adj_70 = {};
    	adj_71 = {};
    	adj_72 = {};
    	adj_73 = {};
    	adj_74 = {};
    	adj_75 = {};
    	adj_76 = {};
    	adj_77 = {};
    	adj_78 = {};
    	adj_79 = {};
    	adj_80 = {};
    	adj_81 = {};
    	adj_82 = {};
    	adj_83 = {};
    	adj_84 = {};
    	adj_85 = {};
    	adj_86 = {};
    	adj_87 = {};
    	adj_88 = {};
    	adj_89 = {};
        // g = order[k]                                                                       <L 66>
        var_18 = wp::address(var_order, var_17);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // if radius[g] == 0:                                                                 <L 67>
        var_21 = wp::address(var_radius, var_19);
        var_24 = wp::load(var_21);
        var_23 = (var_24 == var_22);
        if (var_23) {
            // continue                                                                       <L 68>
            goto start_for_0;
        }
        // d = xy[g] - px                                                                     <L 69>
        var_25 = wp::address(var_xy, var_19);
        var_27 = wp::load(var_25);
        var_26 = wp::sub(var_27, var_8);
        // co = conic[g]                                                                      <L 70>
        var_28 = wp::address(var_conic, var_19);
        var_30 = wp::load(var_28);
        var_29 = wp::copy(var_30);
        // power = -0.5 * (co[0] * d[0] * d[0] + co[2] * d[1] * d[1]) - co[1] * d[0] * d[1]       <L 71>
        var_34 = wp::extract(var_29, var_33);
        var_36 = wp::extract(var_26, var_35);
        var_37 = wp::mul(var_34, var_36);
        var_39 = wp::extract(var_26, var_38);
        var_40 = wp::mul(var_37, var_39);
        var_42 = wp::extract(var_29, var_41);
        var_44 = wp::extract(var_26, var_43);
        var_45 = wp::mul(var_42, var_44);
        var_47 = wp::extract(var_26, var_46);
        var_48 = wp::mul(var_45, var_47);
        var_49 = wp::add(var_40, var_48);
        var_50 = wp::mul(var_32, var_49);
        var_52 = wp::extract(var_29, var_51);
        var_54 = wp::extract(var_26, var_53);
        var_55 = wp::mul(var_52, var_54);
        var_57 = wp::extract(var_26, var_56);
        var_58 = wp::mul(var_55, var_57);
        var_59 = wp::sub(var_50, var_58);
        // if power > 0.0:                                                                    <L 72>
        var_61 = (var_59 > var_60);
        if (var_61) {
            // continue                                                                       <L 73>
            goto start_for_0;
        }
        // alpha = wp.min(0.99, opacity[g] * wp.exp(power))                                   <L 74>
        var_63 = wp::address(var_opacity, var_19);
        var_64 = wp::exp(var_59);
        var_66 = wp::load(var_63);
        var_65 = wp::mul(var_66, var_64);
        var_67 = wp::min(var_62, var_65);
        // if alpha < 1.0 / 255.0:                                                            <L 75>
        var_70 = wp::div(var_68, var_69);
        var_71 = (var_67 < var_70);
        if (var_71) {
            // continue                                                                       <L 76>
            goto start_for_0;
        }
        // c += colors[g] * (alpha * T)                                                       <L 77>
        var_72 = wp::address(var_colors, var_19);
        var_73 = wp::mul(var_67, var_10);
        var_75 = wp::load(var_72);
        var_74 = wp::mul(var_75, var_73);
        var_76 = wp::address(var_colors, var_19);
        var_77 = wp::mul(var_67, var_10);
        var_79 = wp::load(var_76);
        var_78 = wp::mul(var_79, var_77);
        var_80 = wp::add(var_11, var_78);
        // T *= 1.0 - alpha                                                                   <L 78>
        var_82 = wp::sub(var_81, var_67);
        var_84 = wp::sub(var_83, var_67);
        var_85 = wp::mul(var_10, var_84);
        // if T < 1.0e-4:                                                                     <L 79>
        var_87 = (var_85 < var_86);
        if (var_87) {
            // break                                                                          <L 80>
            wp::assign(var_10, var_85);
            wp::assign(var_11, var_80);
            goto end_for_0;
        }
        var_88 = wp::where(var_87, var_10, var_85);
        var_89 = wp::where(var_87, var_11, var_80);
        wp::assign(var_10, var_88);
        wp::assign(var_11, var_89);
        wp::adj_assign(var_11, var_89, adj_11, adj_89);
        wp::adj_assign(var_10, var_88, adj_10, adj_88);
        wp::adj_where(var_87, var_11, var_80, adj_87, adj_11, adj_80, adj_89);
        wp::adj_where(var_87, var_10, var_85, adj_87, adj_10, adj_85, adj_88);
        if (var_87) {
            wp::adj_assign(var_11, var_80, adj_11, adj_80);
            wp::adj_assign(var_10, var_85, adj_10, adj_85);
            // adj: break                                                                     <L 80>
        }
        // adj: if T < 1.0e-4:                                                                <L 79>
        wp::adj_mul(var_10, var_84, adj_10, adj_84, adj_85);
        wp::adj_sub(var_83, var_67, adj_83, adj_67, adj_84);
        wp::adj_sub(var_81, var_67, adj_81, adj_67, adj_82);
        // adj: T *= 1.0 - alpha                                                              <L 78>
        wp::adj_add(var_11, var_78, adj_11, adj_78, adj_80);
        wp::adj_mul(var_79, var_77, adj_76, adj_77, adj_78);
        wp::adj_mul(var_67, var_10, adj_67, adj_10, adj_77);
        wp::adj_address(var_colors, var_19, adj_colors, adj_19, adj_76);
        wp::adj_mul(var_75, var_73, adj_72, adj_73, adj_74);
        wp::adj_mul(var_67, var_10, adj_67, adj_10, adj_73);
        wp::adj_address(var_colors, var_19, adj_colors, adj_19, adj_72);
        // adj: c += colors[g] * (alpha * T)                                                  <L 77>
        if (var_71) {
            // adj: continue                                                                  <L 76>
        }
        wp::adj_div(var_68, var_69, var_70, adj_68, adj_69, adj_70);
        // adj: if alpha < 1.0 / 255.0:                                                       <L 75>
        wp::adj_min(var_62, var_65, adj_62, adj_65, adj_67);
        wp::adj_mul(var_66, var_64, adj_63, adj_64, adj_65);
        wp::adj_exp(var_59, var_64, adj_59, adj_64);
        wp::adj_address(var_opacity, var_19, adj_opacity, adj_19, adj_63);
        // adj: alpha = wp.min(0.99, opacity[g] * wp.exp(power))                              <L 74>
        if (var_61) {
            // adj: continue                                                                  <L 73>
        }
        // adj: if power > 0.0:                                                               <L 72>
        wp::adj_sub(var_50, var_58, adj_50, adj_58, adj_59);
        wp::adj_mul(var_55, var_57, adj_55, adj_57, adj_58);
        wp::adj_extract(var_26, var_56, adj_26, adj_56, adj_57);
        wp::adj_mul(var_52, var_54, adj_52, adj_54, adj_55);
        wp::adj_extract(var_26, var_53, adj_26, adj_53, adj_54);
        wp::adj_extract(var_29, var_51, adj_29, adj_51, adj_52);
        wp::adj_mul(var_32, var_49, adj_32, adj_49, adj_50);
        wp::adj_add(var_40, var_48, adj_40, adj_48, adj_49);
        wp::adj_mul(var_45, var_47, adj_45, adj_47, adj_48);
        wp::adj_extract(var_26, var_46, adj_26, adj_46, adj_47);
        wp::adj_mul(var_42, var_44, adj_42, adj_44, adj_45);
        wp::adj_extract(var_26, var_43, adj_26, adj_43, adj_44);
        wp::adj_extract(var_29, var_41, adj_29, adj_41, adj_42);
        wp::adj_mul(var_37, var_39, adj_37, adj_39, adj_40);
        wp::adj_extract(var_26, var_38, adj_26, adj_38, adj_39);
        wp::adj_mul(var_34, var_36, adj_34, adj_36, adj_37);
        wp::adj_extract(var_26, var_35, adj_26, adj_35, adj_36);
        wp::adj_extract(var_29, var_33, adj_29, adj_33, adj_34);
        // adj: power = -0.5 * (co[0] * d[0] * d[0] + co[2] * d[1] * d[1]) - co[1] * d[0] * d[1]  <L 71>
        wp::adj_copy(var_30, adj_28, adj_29);
        wp::adj_address(var_conic, var_19, adj_conic, adj_19, adj_28);
        // adj: co = conic[g]                                                                 <L 70>
        wp::adj_sub(var_27, var_8, adj_25, adj_8, adj_26);
        wp::adj_address(var_xy, var_19, adj_xy, adj_19, adj_25);
        // adj: d = xy[g] - px                                                                <L 69>
        if (var_23) {
            // adj: continue                                                                  <L 68>
        }
        wp::adj_address(var_radius, var_19, adj_radius, adj_19, adj_21);
        // adj: if radius[g] == 0:                                                            <L 67>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_order, var_17, adj_order, adj_17, adj_18);
        // adj: g = order[k]                                                                  <L 66>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_14, adj_14, adj_16);
    wp::adj_extract(var_15, var_13, adj_12, adj_13, adj_14);
    adj_order.shape = adj_12;
    // adj: for k in range(order.shape[0]):                                                   <L 65>
    // adj: c = wp.vec3()                                                                     <L 64>
    wp::adj_float(var_9, adj_9, adj_10);
    // adj: T = float(1.0)                                                                    <L 63>
    wp::adj_vec_t(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_float(var_0, adj_0, adj_5);
    wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: px = wp.vec2(float(x) + 0.5, float(y) + 0.5)                                      <L 62>
    // adj: y, x = wp.tid()                                                                   <L 61>
    // adj: def rasterize_naive(order: wp.array(dtype=int), xy: wp.array(dtype=wp.vec2), conic: wp.array(dtype=wp.vec3), radius: wp.array(dtype=int), colors: wp.array(dtype=wp.vec3), opacity: wp.array(dtype=float), img: wp.array2d(dtype=wp.vec3)):  <L 60>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void rasterize_naive_307eac35_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_rasterize_naive_307eac35 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        rasterize_naive_307eac35_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void rasterize_naive_307eac35_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_rasterize_naive_307eac35 *_wp_args,
    wp_args_rasterize_naive_307eac35 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        rasterize_naive_307eac35_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

