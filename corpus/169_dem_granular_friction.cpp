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


struct ContactParams_07844e55
{
    wp::float32 kn;
    wp::float32 kd;
    wp::float32 kt;
    wp::float32 mu;
    wp::float32 radius;


    ContactParams_07844e55() = default;
    CUDA_CALLABLE ContactParams_07844e55(wp::float32 const& kn,
    wp::float32 const& kd = {},
    wp::float32 const& kt = {},
    wp::float32 const& mu = {},
    wp::float32 const& radius = {})
        : kn{kn}
        , kd{kd}
        , kt{kt}
        , mu{mu}
        , radius{radius}

    {
    }

    CUDA_CALLABLE ContactParams_07844e55& operator += (const ContactParams_07844e55& rhs)
    {    kn += rhs.kn;
    kd += rhs.kd;
    kt += rhs.kt;
    mu += rhs.mu;
    radius += rhs.radius;

        return *this;}

};

static CUDA_CALLABLE void adj_ContactParams_07844e55(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_kn,
    wp::float32 & adj_kd,
    wp::float32 & adj_kt,
    wp::float32 & adj_mu,
    wp::float32 & adj_radius,
    ContactParams_07844e55 & adj_ret)
{
    adj_kn += adj_ret.kn;
    adj_kd += adj_ret.kd;
    adj_kt += adj_ret.kt;
    adj_mu += adj_ret.mu;
    adj_radius += adj_ret.radius;
}

// Required when compiling adjoints.
CUDA_CALLABLE ContactParams_07844e55 add(const ContactParams_07844e55& a, const ContactParams_07844e55& b)
{
    return ContactParams_07844e55();
}

CUDA_CALLABLE void adj_atomic_add(ContactParams_07844e55* p, ContactParams_07844e55 t)
{
    wp::adj_atomic_add(&p->kn, t.kn);
    wp::adj_atomic_add(&p->kd, t.kd);
    wp::adj_atomic_add(&p->kt, t.kt);
    wp::adj_atomic_add(&p->mu, t.mu);
    wp::adj_atomic_add(&p->radius, t.radius);
}




// corpus/169_dem_granular_friction.py:13
static void contact_force_0(
    wp::vec_t<3, wp::float32> var_xi,
    wp::vec_t<3, wp::float32> var_xj,
    wp::vec_t<3, wp::float32> var_vi,
    wp::vec_t<3, wp::float32> var_vj,
    wp::vec_t<3, wp::float32> var_wi,
    wp::vec_t<3, wp::float32> var_wj,
    ContactParams_07844e55 var_p,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 2.0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    bool var_7;
    const wp::float32 var_8 = 0.0;
    bool var_9;
    const wp::float32 var_10 = 1e-09;
    bool var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.0;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    bool var_46;
    wp::float32* var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::float32* var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::float32 var_58;
    wp::vec_t<3, wp::float32> var_59;
    //---------
    // forward
    // def contact_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, wi: wp.vec3, wj: wp.vec3, p: ContactParams):       <L 14>
    // d = xj - xi                                                                            <L 15>
    var_0 = wp::sub(var_xj, var_xi);
    // dist = wp.length(d)                                                                    <L 16>
    var_1 = wp::length(var_0);
    // overlap = 2.0 * p.radius - dist                                                        <L 17>
    var_3 = &((var_p).radius);
    var_5 = wp::load(var_3);
    var_4 = wp::mul(var_2, var_5);
    var_6 = wp::sub(var_4, var_1);
    // if overlap <= 0.0 or dist < 1.0e-9:                                                    <L 18>
    var_9 = (var_6 <= var_8);
    var_7 = var_9;
    if (!var_7) {
        var_11 = (var_1 < var_10);
        var_7 = var_7 || var_11;
    }
    if (var_7) {
        // return wp.vec3(), wp.vec3()                                                        <L 19>
        var_12 = wp::vec_t<3, wp::float32>();
        var_13 = wp::vec_t<3, wp::float32>();
        ret_0 = var_12;
        ret_1 = var_13;
        return;
    }
    // n = d / dist                                                                           <L 20>
    var_14 = wp::div(var_0, var_1);
    // vrel = vj - vi + wp.cross(wj, -n * p.radius) - wp.cross(wi, n * p.radius)              <L 21>
    var_15 = wp::sub(var_vj, var_vi);
    var_16 = wp::neg(var_14);
    var_17 = &((var_p).radius);
    var_19 = wp::load(var_17);
    var_18 = wp::mul(var_16, var_19);
    var_20 = wp::cross(var_wj, var_18);
    var_21 = wp::add(var_15, var_20);
    var_22 = &((var_p).radius);
    var_24 = wp::load(var_22);
    var_23 = wp::mul(var_14, var_24);
    var_25 = wp::cross(var_wi, var_23);
    var_26 = wp::sub(var_21, var_25);
    // vn = wp.dot(vrel, n)                                                                   <L 22>
    var_27 = wp::dot(var_26, var_14);
    // vt = vrel - n * vn                                                                     <L 23>
    var_28 = wp::mul(var_14, var_27);
    var_29 = wp::sub(var_26, var_28);
    // fn = wp.max(p.kn * overlap - p.kd * vn, 0.0)                                           <L 24>
    var_30 = &((var_p).kn);
    var_32 = wp::load(var_30);
    var_31 = wp::mul(var_32, var_6);
    var_33 = &((var_p).kd);
    var_35 = wp::load(var_33);
    var_34 = wp::mul(var_35, var_27);
    var_36 = wp::sub(var_31, var_34);
    var_38 = wp::max(var_36, var_37);
    // ft = vt * p.kt                                                                         <L 25>
    var_39 = &((var_p).kt);
    var_41 = wp::load(var_39);
    var_40 = wp::mul(var_29, var_41);
    // ft_len = wp.length(ft)                                                                 <L 26>
    var_42 = wp::length(var_40);
    // if ft_len > p.mu * fn:                                                                 <L 27>
    var_43 = &((var_p).mu);
    var_45 = wp::load(var_43);
    var_44 = wp::mul(var_45, var_38);
    var_46 = (var_42 > var_44);
    if (var_46) {
        // ft = ft * (p.mu * fn / ft_len)                                                     <L 28>
        var_47 = &((var_p).mu);
        var_49 = wp::load(var_47);
        var_48 = wp::mul(var_49, var_38);
        var_50 = wp::div(var_48, var_42);
        var_51 = wp::mul(var_40, var_50);
    }
    var_52 = wp::where(var_46, var_51, var_40);
    // f = -n * fn + ft                                                                       <L 29>
    var_53 = wp::neg(var_14);
    var_54 = wp::mul(var_53, var_38);
    var_55 = wp::add(var_54, var_52);
    // torque = wp.cross(n * p.radius, ft)                                                    <L 30>
    var_56 = &((var_p).radius);
    var_58 = wp::load(var_56);
    var_57 = wp::mul(var_14, var_58);
    var_59 = wp::cross(var_57, var_52);
    // return f, torque                                                                       <L 31>
    ret_0 = var_55;
    ret_1 = var_59;
    return;
}


// corpus/169_dem_granular_friction.py:13
static void adj_contact_force_0(
    wp::vec_t<3, wp::float32> var_xi,
    wp::vec_t<3, wp::float32> var_xj,
    wp::vec_t<3, wp::float32> var_vi,
    wp::vec_t<3, wp::float32> var_vj,
    wp::vec_t<3, wp::float32> var_wi,
    wp::vec_t<3, wp::float32> var_wj,
    ContactParams_07844e55 var_p,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & adj_xi,
    wp::vec_t<3, wp::float32> & adj_xj,
    wp::vec_t<3, wp::float32> & adj_vi,
    wp::vec_t<3, wp::float32> & adj_vj,
    wp::vec_t<3, wp::float32> & adj_wi,
    wp::vec_t<3, wp::float32> & adj_wj,
    ContactParams_07844e55 & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 2.0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    bool var_7;
    const wp::float32 var_8 = 0.0;
    bool var_9;
    const wp::float32 var_10 = 1e-09;
    bool var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::float32* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.0;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    bool var_46;
    wp::float32* var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::float32* var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::float32 var_58;
    wp::vec_t<3, wp::float32> var_59;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
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
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    bool adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::vec_t<3, wp::float32> adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::float32 adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::float32 adj_58 = {};
    wp::vec_t<3, wp::float32> adj_59 = {};
    //---------
    // forward
    // def contact_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, wi: wp.vec3, wj: wp.vec3, p: ContactParams):       <L 14>
    // d = xj - xi                                                                            <L 15>
    var_0 = wp::sub(var_xj, var_xi);
    // dist = wp.length(d)                                                                    <L 16>
    var_1 = wp::length(var_0);
    // overlap = 2.0 * p.radius - dist                                                        <L 17>
    var_3 = &((var_p).radius);
    var_5 = wp::load(var_3);
    var_4 = wp::mul(var_2, var_5);
    var_6 = wp::sub(var_4, var_1);
    // if overlap <= 0.0 or dist < 1.0e-9:                                                    <L 18>
    var_9 = (var_6 <= var_8);
    var_7 = var_9;
    if (!var_7) {
        var_11 = (var_1 < var_10);
        var_7 = var_7 || var_11;
    }
    if (var_7) {
        // return wp.vec3(), wp.vec3()                                                        <L 19>
        var_12 = wp::vec_t<3, wp::float32>();
        var_13 = wp::vec_t<3, wp::float32>();
        ret_0 = var_12;
        ret_1 = var_13;
        goto label0;
    }
    // n = d / dist                                                                           <L 20>
    var_14 = wp::div(var_0, var_1);
    // vrel = vj - vi + wp.cross(wj, -n * p.radius) - wp.cross(wi, n * p.radius)              <L 21>
    var_15 = wp::sub(var_vj, var_vi);
    var_16 = wp::neg(var_14);
    var_17 = &((var_p).radius);
    var_19 = wp::load(var_17);
    var_18 = wp::mul(var_16, var_19);
    var_20 = wp::cross(var_wj, var_18);
    var_21 = wp::add(var_15, var_20);
    var_22 = &((var_p).radius);
    var_24 = wp::load(var_22);
    var_23 = wp::mul(var_14, var_24);
    var_25 = wp::cross(var_wi, var_23);
    var_26 = wp::sub(var_21, var_25);
    // vn = wp.dot(vrel, n)                                                                   <L 22>
    var_27 = wp::dot(var_26, var_14);
    // vt = vrel - n * vn                                                                     <L 23>
    var_28 = wp::mul(var_14, var_27);
    var_29 = wp::sub(var_26, var_28);
    // fn = wp.max(p.kn * overlap - p.kd * vn, 0.0)                                           <L 24>
    var_30 = &((var_p).kn);
    var_32 = wp::load(var_30);
    var_31 = wp::mul(var_32, var_6);
    var_33 = &((var_p).kd);
    var_35 = wp::load(var_33);
    var_34 = wp::mul(var_35, var_27);
    var_36 = wp::sub(var_31, var_34);
    var_38 = wp::max(var_36, var_37);
    // ft = vt * p.kt                                                                         <L 25>
    var_39 = &((var_p).kt);
    var_41 = wp::load(var_39);
    var_40 = wp::mul(var_29, var_41);
    // ft_len = wp.length(ft)                                                                 <L 26>
    var_42 = wp::length(var_40);
    // if ft_len > p.mu * fn:                                                                 <L 27>
    var_43 = &((var_p).mu);
    var_45 = wp::load(var_43);
    var_44 = wp::mul(var_45, var_38);
    var_46 = (var_42 > var_44);
    if (var_46) {
        // ft = ft * (p.mu * fn / ft_len)                                                     <L 28>
        var_47 = &((var_p).mu);
        var_49 = wp::load(var_47);
        var_48 = wp::mul(var_49, var_38);
        var_50 = wp::div(var_48, var_42);
        var_51 = wp::mul(var_40, var_50);
    }
    var_52 = wp::where(var_46, var_51, var_40);
    // f = -n * fn + ft                                                                       <L 29>
    var_53 = wp::neg(var_14);
    var_54 = wp::mul(var_53, var_38);
    var_55 = wp::add(var_54, var_52);
    // torque = wp.cross(n * p.radius, ft)                                                    <L 30>
    var_56 = &((var_p).radius);
    var_58 = wp::load(var_56);
    var_57 = wp::mul(var_14, var_58);
    var_59 = wp::cross(var_57, var_52);
    // return f, torque                                                                       <L 31>
    ret_0 = var_55;
    ret_1 = var_59;
    goto label1;
    //---------
    // reverse
    label1:;
    adj_59 += adj_ret_1;
    adj_55 += adj_ret_0;
    // adj: return f, torque                                                                  <L 31>
    wp::adj_cross(var_57, var_52, adj_57, adj_52, adj_59);
    wp::adj_mul(var_14, var_58, adj_14, adj_56, adj_57);
    adj_p.radius += adj_56;
    // adj: torque = wp.cross(n * p.radius, ft)                                               <L 30>
    wp::adj_add(var_54, var_52, adj_54, adj_52, adj_55);
    wp::adj_mul(var_53, var_38, adj_53, adj_38, adj_54);
    wp::adj_neg(var_14, adj_14, adj_53);
    // adj: f = -n * fn + ft                                                                  <L 29>
    wp::adj_where(var_46, var_51, var_40, adj_46, adj_51, adj_40, adj_52);
    if (var_46) {
        wp::adj_mul(var_40, var_50, adj_40, adj_50, adj_51);
        wp::adj_div(var_48, var_42, var_50, adj_48, adj_42, adj_50);
        wp::adj_mul(var_49, var_38, adj_47, adj_38, adj_48);
        adj_p.mu += adj_47;
        // adj: ft = ft * (p.mu * fn / ft_len)                                                <L 28>
    }
    wp::adj_mul(var_45, var_38, adj_43, adj_38, adj_44);
    adj_p.mu += adj_43;
    // adj: if ft_len > p.mu * fn:                                                            <L 27>
    wp::adj_length(var_40, var_42, adj_40, adj_42);
    // adj: ft_len = wp.length(ft)                                                            <L 26>
    wp::adj_mul(var_29, var_41, adj_29, adj_39, adj_40);
    adj_p.kt += adj_39;
    // adj: ft = vt * p.kt                                                                    <L 25>
    wp::adj_max(var_36, var_37, adj_36, adj_37, adj_38);
    wp::adj_sub(var_31, var_34, adj_31, adj_34, adj_36);
    wp::adj_mul(var_35, var_27, adj_33, adj_27, adj_34);
    adj_p.kd += adj_33;
    wp::adj_mul(var_32, var_6, adj_30, adj_6, adj_31);
    adj_p.kn += adj_30;
    // adj: fn = wp.max(p.kn * overlap - p.kd * vn, 0.0)                                      <L 24>
    wp::adj_sub(var_26, var_28, adj_26, adj_28, adj_29);
    wp::adj_mul(var_14, var_27, adj_14, adj_27, adj_28);
    // adj: vt = vrel - n * vn                                                                <L 23>
    wp::adj_dot(var_26, var_14, adj_26, adj_14, adj_27);
    // adj: vn = wp.dot(vrel, n)                                                              <L 22>
    wp::adj_sub(var_21, var_25, adj_21, adj_25, adj_26);
    wp::adj_cross(var_wi, var_23, adj_wi, adj_23, adj_25);
    wp::adj_mul(var_14, var_24, adj_14, adj_22, adj_23);
    adj_p.radius += adj_22;
    wp::adj_add(var_15, var_20, adj_15, adj_20, adj_21);
    wp::adj_cross(var_wj, var_18, adj_wj, adj_18, adj_20);
    wp::adj_mul(var_16, var_19, adj_16, adj_17, adj_18);
    adj_p.radius += adj_17;
    wp::adj_neg(var_14, adj_14, adj_16);
    wp::adj_sub(var_vj, var_vi, adj_vj, adj_vi, adj_15);
    // adj: vrel = vj - vi + wp.cross(wj, -n * p.radius) - wp.cross(wi, n * p.radius)         <L 21>
    wp::adj_div(var_0, var_1, adj_0, adj_1, adj_14);
    // adj: n = d / dist                                                                      <L 20>
    if (var_7) {
        label0:;
        adj_13 += adj_ret_1;
        adj_12 += adj_ret_0;
        // adj: return wp.vec3(), wp.vec3()                                                   <L 19>
    }
    if (!var_7) {
    }
    // adj: if overlap <= 0.0 or dist < 1.0e-9:                                               <L 18>
    wp::adj_sub(var_4, var_1, adj_4, adj_1, adj_6);
    wp::adj_mul(var_2, var_5, adj_2, adj_3, adj_4);
    adj_p.radius += adj_3;
    // adj: overlap = 2.0 * p.radius - dist                                                   <L 17>
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    // adj: dist = wp.length(d)                                                               <L 16>
    wp::adj_sub(var_xj, var_xi, adj_xj, adj_xi, adj_0);
    // adj: d = xj - xi                                                                       <L 15>
    // adj: def contact_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, wi: wp.vec3, wj: wp.vec3, p: ContactParams):  <L 14>
    return;
}

struct wp_args_dem_forces_ebf8ffe2 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> w;
    ContactParams_07844e55 p;
    wp::array_t<wp::vec_t<3, wp::float32>> f;
    wp::array_t<wp::vec_t<3, wp::float32>> tau;
};


void dem_forces_ebf8ffe2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dem_forces_ebf8ffe2 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    ContactParams_07844e55 var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_tau = _wp_args->tau;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    bool var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32* var_26;
    wp::vec_t<3, wp::float32>* var_27;
    const wp::int32 var_28 = 1;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 0.0;
    bool var_34;
    const wp::float32 var_35 = 0.0;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::vec_t<3, wp::float32>* var_40;
    const wp::int32 var_41 = 1;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    const wp::float32 var_44 = 0.0;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 0.0;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32>* var_52;
    const wp::int32 var_53 = 0;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    const wp::float32 var_56 = 0.0;
    wp::vec_t<3, wp::float32>* var_57;
    const wp::int32 var_58 = 2;
    wp::float32 var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::float32* var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    //---------
    // forward
    // def dem_forces(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), p: ContactParams, f: wp.array(dtype=wp.vec3), tau: wp.array(dtype=wp.vec3)):       <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // n = x.shape[0]                                                                         <L 37>
    var_1 = &(var_x.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // fi = wp.vec3()                                                                         <L 38>
    var_5 = wp::vec_t<3, wp::float32>();
    // ti = wp.vec3()                                                                         <L 39>
    var_6 = wp::vec_t<3, wp::float32>();
    // for j in range(n):                                                                     <L 40>
    var_7 = wp::range(var_3);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
        // if i == j:                                                                         <L 41>
        var_9 = (var_0 == var_8);
        if (var_9) {
            // continue                                                                       <L 42>
            goto start_for_0;
        }
        // fc, tc = contact_force(x[i], x[j], v[i], v[j], w[i], w[j], p)                      <L 43>
        var_10 = wp::address(var_x, var_0);
        var_11 = wp::address(var_x, var_8);
        var_12 = wp::address(var_v, var_0);
        var_13 = wp::address(var_v, var_8);
        var_14 = wp::address(var_w, var_0);
        var_15 = wp::address(var_w, var_8);
        var_18 = wp::load(var_10);
        var_19 = wp::load(var_11);
        var_20 = wp::load(var_12);
        var_21 = wp::load(var_13);
        var_22 = wp::load(var_14);
        var_23 = wp::load(var_15);
        contact_force_0(var_18, var_19, var_20, var_21, var_22, var_23, var_p, var_16, var_17);
        // fi += fc                                                                           <L 44>
        var_24 = wp::add(var_5, var_16);
        // ti += tc                                                                           <L 45>
        var_25 = wp::add(var_6, var_17);
        wp::assign(var_5, var_24);
        wp::assign(var_6, var_25);
        goto start_for_0;
    end_for_0:;
    // pen = p.radius - x[i][1]                                                               <L 47>
    var_26 = &((var_p).radius);
    var_27 = wp::address(var_x, var_0);
    var_30 = wp::load(var_27);
    var_29 = wp::extract(var_30, var_28);
    var_32 = wp::load(var_26);
    var_31 = wp::sub(var_32, var_29);
    // if pen > 0.0:                                                                          <L 48>
    var_34 = (var_31 > var_33);
    if (var_34) {
        // fi += wp.vec3(0.0, p.kn * pen - p.kd * wp.min(v[i][1], 0.0), 0.0)                  <L 49>
        var_36 = &((var_p).kn);
        var_38 = wp::load(var_36);
        var_37 = wp::mul(var_38, var_31);
        var_39 = &((var_p).kd);
        var_40 = wp::address(var_v, var_0);
        var_43 = wp::load(var_40);
        var_42 = wp::extract(var_43, var_41);
        var_45 = wp::min(var_42, var_44);
        var_47 = wp::load(var_39);
        var_46 = wp::mul(var_47, var_45);
        var_48 = wp::sub(var_37, var_46);
        var_50 = wp::vec_t<3, wp::float32>(var_35, var_48, var_49);
        var_51 = wp::add(var_5, var_50);
        // fi -= wp.vec3(v[i][0], 0.0, v[i][2]) * p.kt                                        <L 50>
        var_52 = wp::address(var_v, var_0);
        var_55 = wp::load(var_52);
        var_54 = wp::extract(var_55, var_53);
        var_57 = wp::address(var_v, var_0);
        var_60 = wp::load(var_57);
        var_59 = wp::extract(var_60, var_58);
        var_61 = wp::vec_t<3, wp::float32>(var_54, var_56, var_59);
        var_62 = &((var_p).kt);
        var_64 = wp::load(var_62);
        var_63 = wp::mul(var_61, var_64);
        var_65 = wp::sub(var_51, var_63);
    }
    var_66 = wp::where(var_34, var_65, var_5);
    // f[i] = fi                                                                              <L 51>
    wp::array_store(var_f, var_0, var_66);
    // tau[i] = ti                                                                            <L 52>
    wp::array_store(var_tau, var_0, var_6);
}



void dem_forces_ebf8ffe2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dem_forces_ebf8ffe2 *_wp_args,
    wp_args_dem_forces_ebf8ffe2 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    ContactParams_07844e55 var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_tau = _wp_args->tau;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_w = _wp_adj_args->w;
    ContactParams_07844e55 adj_p = _wp_adj_args->p;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f = _wp_adj_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_tau = _wp_adj_args->tau;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    bool var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32* var_26;
    wp::vec_t<3, wp::float32>* var_27;
    const wp::int32 var_28 = 1;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 0.0;
    bool var_34;
    const wp::float32 var_35 = 0.0;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::vec_t<3, wp::float32>* var_40;
    const wp::int32 var_41 = 1;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    const wp::float32 var_44 = 0.0;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 0.0;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32>* var_52;
    const wp::int32 var_53 = 0;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    const wp::float32 var_56 = 0.0;
    wp::vec_t<3, wp::float32>* var_57;
    const wp::int32 var_58 = 2;
    wp::float32 var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::float32* var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::range_t adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    bool adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::float32 adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::int32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::float32 adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::float32 adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    //---------
    // forward
    // def dem_forces(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), p: ContactParams, f: wp.array(dtype=wp.vec3), tau: wp.array(dtype=wp.vec3)):       <L 35>
    // i = wp.tid()                                                                           <L 36>
    var_0 = builtin_tid1d();
    // n = x.shape[0]                                                                         <L 37>
    var_1 = &(var_x.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // fi = wp.vec3()                                                                         <L 38>
    var_5 = wp::vec_t<3, wp::float32>();
    // ti = wp.vec3()                                                                         <L 39>
    var_6 = wp::vec_t<3, wp::float32>();
    // for j in range(n):                                                                     <L 40>
    var_7 = wp::range(var_3);
    // pen = p.radius - x[i][1]                                                               <L 47>
    var_26 = &((var_p).radius);
    var_27 = wp::address(var_x, var_0);
    var_30 = wp::load(var_27);
    var_29 = wp::extract(var_30, var_28);
    var_32 = wp::load(var_26);
    var_31 = wp::sub(var_32, var_29);
    // if pen > 0.0:                                                                          <L 48>
    var_34 = (var_31 > var_33);
    if (var_34) {
        // fi += wp.vec3(0.0, p.kn * pen - p.kd * wp.min(v[i][1], 0.0), 0.0)                  <L 49>
        var_36 = &((var_p).kn);
        var_38 = wp::load(var_36);
        var_37 = wp::mul(var_38, var_31);
        var_39 = &((var_p).kd);
        var_40 = wp::address(var_v, var_0);
        var_43 = wp::load(var_40);
        var_42 = wp::extract(var_43, var_41);
        var_45 = wp::min(var_42, var_44);
        var_47 = wp::load(var_39);
        var_46 = wp::mul(var_47, var_45);
        var_48 = wp::sub(var_37, var_46);
        var_50 = wp::vec_t<3, wp::float32>(var_35, var_48, var_49);
        var_51 = wp::add(var_5, var_50);
        // fi -= wp.vec3(v[i][0], 0.0, v[i][2]) * p.kt                                        <L 50>
        var_52 = wp::address(var_v, var_0);
        var_55 = wp::load(var_52);
        var_54 = wp::extract(var_55, var_53);
        var_57 = wp::address(var_v, var_0);
        var_60 = wp::load(var_57);
        var_59 = wp::extract(var_60, var_58);
        var_61 = wp::vec_t<3, wp::float32>(var_54, var_56, var_59);
        var_62 = &((var_p).kt);
        var_64 = wp::load(var_62);
        var_63 = wp::mul(var_61, var_64);
        var_65 = wp::sub(var_51, var_63);
    }
    var_66 = wp::where(var_34, var_65, var_5);
    // f[i] = fi                                                                              <L 51>
    // wp::array_store(var_f, var_0, var_66);
    // tau[i] = ti                                                                            <L 52>
    // wp::array_store(var_tau, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_tau, var_0, var_6, adj_tau, adj_0, adj_6);
    // adj: tau[i] = ti                                                                       <L 52>
    wp::adj_array_store(var_f, var_0, var_66, adj_f, adj_0, adj_66);
    // adj: f[i] = fi                                                                         <L 51>
    wp::adj_where(var_34, var_65, var_5, adj_34, adj_65, adj_5, adj_66);
    if (var_34) {
        wp::adj_sub(var_51, var_63, adj_51, adj_63, adj_65);
        wp::adj_mul(var_61, var_64, adj_61, adj_62, adj_63);
        adj_p.kt += adj_62;
        wp::adj_vec_t(var_54, var_56, var_59, adj_54, adj_56, adj_59, adj_61);
        wp::adj_extract(var_60, var_58, adj_57, adj_58, adj_59);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_57);
        wp::adj_extract(var_55, var_53, adj_52, adj_53, adj_54);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_52);
        // adj: fi -= wp.vec3(v[i][0], 0.0, v[i][2]) * p.kt                                   <L 50>
        wp::adj_add(var_5, var_50, adj_5, adj_50, adj_51);
        wp::adj_vec_t(var_35, var_48, var_49, adj_35, adj_48, adj_49, adj_50);
        wp::adj_sub(var_37, var_46, adj_37, adj_46, adj_48);
        wp::adj_mul(var_47, var_45, adj_39, adj_45, adj_46);
        wp::adj_min(var_42, var_44, adj_42, adj_44, adj_45);
        wp::adj_extract(var_43, var_41, adj_40, adj_41, adj_42);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_40);
        adj_p.kd += adj_39;
        wp::adj_mul(var_38, var_31, adj_36, adj_31, adj_37);
        adj_p.kn += adj_36;
        // adj: fi += wp.vec3(0.0, p.kn * pen - p.kd * wp.min(v[i][1], 0.0), 0.0)             <L 49>
    }
    // adj: if pen > 0.0:                                                                     <L 48>
    wp::adj_sub(var_32, var_29, adj_26, adj_29, adj_31);
    wp::adj_extract(var_30, var_28, adj_27, adj_28, adj_29);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_27);
    adj_p.radius += adj_26;
    // adj: pen = p.radius - x[i][1]                                                          <L 47>
    var_7 = wp::iter_reverse(var_7);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
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
        // if i == j:                                                                         <L 41>
        var_9 = (var_0 == var_8);
        if (var_9) {
            // continue                                                                       <L 42>
            goto start_for_0;
        }
        // fc, tc = contact_force(x[i], x[j], v[i], v[j], w[i], w[j], p)                      <L 43>
        var_10 = wp::address(var_x, var_0);
        var_11 = wp::address(var_x, var_8);
        var_12 = wp::address(var_v, var_0);
        var_13 = wp::address(var_v, var_8);
        var_14 = wp::address(var_w, var_0);
        var_15 = wp::address(var_w, var_8);
        var_18 = wp::load(var_10);
        var_19 = wp::load(var_11);
        var_20 = wp::load(var_12);
        var_21 = wp::load(var_13);
        var_22 = wp::load(var_14);
        var_23 = wp::load(var_15);
        contact_force_0(var_18, var_19, var_20, var_21, var_22, var_23, var_p, var_16, var_17);
        // fi += fc                                                                           <L 44>
        var_24 = wp::add(var_5, var_16);
        // ti += tc                                                                           <L 45>
        var_25 = wp::add(var_6, var_17);
        wp::assign(var_5, var_24);
        wp::assign(var_6, var_25);
        wp::adj_assign(var_6, var_25, adj_6, adj_25);
        wp::adj_assign(var_5, var_24, adj_5, adj_24);
        wp::adj_add(var_6, var_17, adj_6, adj_17, adj_25);
        // adj: ti += tc                                                                      <L 45>
        wp::adj_add(var_5, var_16, adj_5, adj_16, adj_24);
        // adj: fi += fc                                                                      <L 44>
        adj_contact_force_0(var_18, var_19, var_20, var_21, var_22, var_23, var_p, var_16, var_17, adj_10, adj_11, adj_12, adj_13, adj_14, adj_15, adj_p, adj_16, adj_17);
        wp::adj_address(var_w, var_8, adj_w, adj_8, adj_15);
        wp::adj_address(var_w, var_0, adj_w, adj_0, adj_14);
        wp::adj_address(var_v, var_8, adj_v, adj_8, adj_13);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_12);
        wp::adj_address(var_x, var_8, adj_x, adj_8, adj_11);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_10);
        // adj: fc, tc = contact_force(x[i], x[j], v[i], v[j], w[i], w[j], p)                 <L 43>
        if (var_9) {
            // adj: continue                                                                  <L 42>
        }
        // adj: if i == j:                                                                    <L 41>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in range(n):                                                                <L 40>
    // adj: ti = wp.vec3()                                                                    <L 39>
    // adj: fi = wp.vec3()                                                                    <L 38>
    adj_x.shape = adj_1;
    // adj: n = x.shape[0]                                                                    <L 37>
    // adj: i = wp.tid()                                                                      <L 36>
    // adj: def dem_forces(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), p: ContactParams, f: wp.array(dtype=wp.vec3), tau: wp.array(dtype=wp.vec3)):  <L 35>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void dem_forces_ebf8ffe2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dem_forces_ebf8ffe2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dem_forces_ebf8ffe2_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void dem_forces_ebf8ffe2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dem_forces_ebf8ffe2 *_wp_args,
    wp_args_dem_forces_ebf8ffe2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dem_forces_ebf8ffe2_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_dem_integrate_50f2411b {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> w;
    wp::array_t<wp::vec_t<3, wp::float32>> f;
    wp::array_t<wp::vec_t<3, wp::float32>> tau;
    wp::float32 m;
    wp::float32 inertia;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 dt;
};


void dem_integrate_50f2411b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dem_integrate_50f2411b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_tau = _wp_args->tau;
    wp::float32 var_m = _wp_args->m;
    wp::float32 var_inertia = _wp_args->inertia;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // forward
    // def dem_integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), tau: wp.array(dtype=wp.vec3), m: float, inertia: float, gravity: wp.vec3, dt: float):       <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // v[i] = v[i] + (f[i] / m + gravity) * dt                                                <L 58>
    var_1 = wp::address(var_v, var_0);
    var_2 = wp::address(var_f, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::div(var_4, var_m);
    var_5 = wp::add(var_3, var_gravity);
    var_6 = wp::mul(var_5, var_dt);
    var_8 = wp::load(var_1);
    var_7 = wp::add(var_8, var_6);
    wp::array_store(var_v, var_0, var_7);
    // w[i] = w[i] + tau[i] / inertia * dt                                                    <L 59>
    var_9 = wp::address(var_w, var_0);
    var_10 = wp::address(var_tau, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::div(var_12, var_inertia);
    var_13 = wp::mul(var_11, var_dt);
    var_15 = wp::load(var_9);
    var_14 = wp::add(var_15, var_13);
    wp::array_store(var_w, var_0, var_14);
    // x[i] = x[i] + v[i] * dt                                                                <L 60>
    var_16 = wp::address(var_x, var_0);
    var_17 = wp::address(var_v, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::mul(var_19, var_dt);
    var_21 = wp::load(var_16);
    var_20 = wp::add(var_21, var_18);
    wp::array_store(var_x, var_0, var_20);
}



void dem_integrate_50f2411b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_dem_integrate_50f2411b *_wp_args,
    wp_args_dem_integrate_50f2411b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_tau = _wp_args->tau;
    wp::float32 var_m = _wp_args->m;
    wp::float32 var_inertia = _wp_args->inertia;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_w = _wp_adj_args->w;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f = _wp_adj_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_tau = _wp_adj_args->tau;
    wp::float32 adj_m = _wp_adj_args->m;
    wp::float32 adj_inertia = _wp_adj_args->inertia;
    wp::vec_t<3, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    //---------
    // forward
    // def dem_integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), tau: wp.array(dtype=wp.vec3), m: float, inertia: float, gravity: wp.vec3, dt: float):       <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // v[i] = v[i] + (f[i] / m + gravity) * dt                                                <L 58>
    var_1 = wp::address(var_v, var_0);
    var_2 = wp::address(var_f, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::div(var_4, var_m);
    var_5 = wp::add(var_3, var_gravity);
    var_6 = wp::mul(var_5, var_dt);
    var_8 = wp::load(var_1);
    var_7 = wp::add(var_8, var_6);
    // wp::array_store(var_v, var_0, var_7);
    // w[i] = w[i] + tau[i] / inertia * dt                                                    <L 59>
    var_9 = wp::address(var_w, var_0);
    var_10 = wp::address(var_tau, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::div(var_12, var_inertia);
    var_13 = wp::mul(var_11, var_dt);
    var_15 = wp::load(var_9);
    var_14 = wp::add(var_15, var_13);
    // wp::array_store(var_w, var_0, var_14);
    // x[i] = x[i] + v[i] * dt                                                                <L 60>
    var_16 = wp::address(var_x, var_0);
    var_17 = wp::address(var_v, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::mul(var_19, var_dt);
    var_21 = wp::load(var_16);
    var_20 = wp::add(var_21, var_18);
    // wp::array_store(var_x, var_0, var_20);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_20, adj_x, adj_0, adj_20);
    wp::adj_add(var_21, var_18, adj_16, adj_18, adj_20);
    wp::adj_mul(var_19, var_dt, adj_17, adj_dt, adj_18);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_17);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_16);
    // adj: x[i] = x[i] + v[i] * dt                                                           <L 60>
    wp::adj_array_store(var_w, var_0, var_14, adj_w, adj_0, adj_14);
    wp::adj_add(var_15, var_13, adj_9, adj_13, adj_14);
    wp::adj_mul(var_11, var_dt, adj_11, adj_dt, adj_13);
    wp::adj_div(var_12, var_inertia, adj_10, adj_inertia, adj_11);
    wp::adj_address(var_tau, var_0, adj_tau, adj_0, adj_10);
    wp::adj_address(var_w, var_0, adj_w, adj_0, adj_9);
    // adj: w[i] = w[i] + tau[i] / inertia * dt                                               <L 59>
    wp::adj_array_store(var_v, var_0, var_7, adj_v, adj_0, adj_7);
    wp::adj_add(var_8, var_6, adj_1, adj_6, adj_7);
    wp::adj_mul(var_5, var_dt, adj_5, adj_dt, adj_6);
    wp::adj_add(var_3, var_gravity, adj_3, adj_gravity, adj_5);
    wp::adj_div(var_4, var_m, adj_2, adj_m, adj_3);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: v[i] = v[i] + (f[i] / m + gravity) * dt                                           <L 58>
    // adj: i = wp.tid()                                                                      <L 57>
    // adj: def dem_integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), f: wp.array(dtype=wp.vec3), tau: wp.array(dtype=wp.vec3), m: float, inertia: float, gravity: wp.vec3, dt: float):  <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void dem_integrate_50f2411b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dem_integrate_50f2411b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dem_integrate_50f2411b_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void dem_integrate_50f2411b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_dem_integrate_50f2411b *_wp_args,
    wp_args_dem_integrate_50f2411b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        dem_integrate_50f2411b_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_kinetic_stats_51378b06 {
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> w;
    wp::float32 m;
    wp::float32 inertia;
    wp::array_t<wp::float32> stats;
};


void kinetic_stats_51378b06_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_kinetic_stats_51378b06 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::float32 var_m = _wp_args->m;
    wp::float32 var_inertia = _wp_args->inertia;
    wp::array_t<wp::float32> var_stats = _wp_args->stats;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.5;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::vec_t<3, wp::float32>* var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    //---------
    // forward
    // def kinetic_stats(v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), m: float, inertia: float, stats: wp.array(dtype=float)):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // lin = 0.5 * m * wp.length_sq(v[i])                                                     <L 66>
    var_2 = wp::mul(var_1, var_m);
    var_3 = wp::address(var_v, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::length_sq(var_5);
    var_6 = wp::mul(var_2, var_4);
    // ang = 0.5 * inertia * wp.length_sq(w[i])                                               <L 67>
    var_8 = wp::mul(var_7, var_inertia);
    var_9 = wp::address(var_w, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::length_sq(var_11);
    var_12 = wp::mul(var_8, var_10);
    // wp.atomic_add(stats, 0, lin)                                                           <L 68>
    var_14 = wp::atomic_add(var_stats, var_13, var_6);
    // wp.atomic_add(stats, 1, ang)                                                           <L 69>
    var_16 = wp::atomic_add(var_stats, var_15, var_12);
    // wp.atomic_max(stats, 2, wp.length(v[i]))                                               <L 70>
    var_18 = wp::address(var_v, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::length(var_20);
    var_21 = wp::atomic_max(var_stats, var_17, var_19);
}



void kinetic_stats_51378b06_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_kinetic_stats_51378b06 *_wp_args,
    wp_args_kinetic_stats_51378b06 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::float32 var_m = _wp_args->m;
    wp::float32 var_inertia = _wp_args->inertia;
    wp::array_t<wp::float32> var_stats = _wp_args->stats;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_w = _wp_adj_args->w;
    wp::float32 adj_m = _wp_adj_args->m;
    wp::float32 adj_inertia = _wp_adj_args->inertia;
    wp::array_t<wp::float32> adj_stats = _wp_adj_args->stats;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.5;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.5;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::vec_t<3, wp::float32>* var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    //---------
    // forward
    // def kinetic_stats(v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), m: float, inertia: float, stats: wp.array(dtype=float)):       <L 64>
    // i = wp.tid()                                                                           <L 65>
    var_0 = builtin_tid1d();
    // lin = 0.5 * m * wp.length_sq(v[i])                                                     <L 66>
    var_2 = wp::mul(var_1, var_m);
    var_3 = wp::address(var_v, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::length_sq(var_5);
    var_6 = wp::mul(var_2, var_4);
    // ang = 0.5 * inertia * wp.length_sq(w[i])                                               <L 67>
    var_8 = wp::mul(var_7, var_inertia);
    var_9 = wp::address(var_w, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::length_sq(var_11);
    var_12 = wp::mul(var_8, var_10);
    // wp.atomic_add(stats, 0, lin)                                                           <L 68>
    // var_14 = wp::atomic_add(var_stats, var_13, var_6);
    // wp.atomic_add(stats, 1, ang)                                                           <L 69>
    // var_16 = wp::atomic_add(var_stats, var_15, var_12);
    // wp.atomic_max(stats, 2, wp.length(v[i]))                                               <L 70>
    var_18 = wp::address(var_v, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::length(var_20);
    // var_21 = wp::atomic_max(var_stats, var_17, var_19);
    //---------
    // reverse
    wp::adj_atomic_max(var_stats, var_17, var_19, adj_stats, adj_17, adj_19, adj_21);
    wp::adj_length(var_20, var_19, adj_18, adj_19);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_18);
    // adj: wp.atomic_max(stats, 2, wp.length(v[i]))                                          <L 70>
    wp::adj_atomic_add(var_stats, var_15, var_12, adj_stats, adj_15, adj_12, adj_16);
    // adj: wp.atomic_add(stats, 1, ang)                                                      <L 69>
    wp::adj_atomic_add(var_stats, var_13, var_6, adj_stats, adj_13, adj_6, adj_14);
    // adj: wp.atomic_add(stats, 0, lin)                                                      <L 68>
    wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_12);
    wp::adj_length_sq(var_11, adj_9, adj_10);
    wp::adj_address(var_w, var_0, adj_w, adj_0, adj_9);
    wp::adj_mul(var_7, var_inertia, adj_7, adj_inertia, adj_8);
    // adj: ang = 0.5 * inertia * wp.length_sq(w[i])                                          <L 67>
    wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_6);
    wp::adj_length_sq(var_5, adj_3, adj_4);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_3);
    wp::adj_mul(var_1, var_m, adj_1, adj_m, adj_2);
    // adj: lin = 0.5 * m * wp.length_sq(v[i])                                                <L 66>
    // adj: i = wp.tid()                                                                      <L 65>
    // adj: def kinetic_stats(v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), m: float, inertia: float, stats: wp.array(dtype=float)):  <L 64>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void kinetic_stats_51378b06_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_kinetic_stats_51378b06 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        kinetic_stats_51378b06_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void kinetic_stats_51378b06_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_kinetic_stats_51378b06 *_wp_args,
    wp_args_kinetic_stats_51378b06 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        kinetic_stats_51378b06_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

