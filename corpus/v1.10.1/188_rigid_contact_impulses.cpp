
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


struct Contact_426e6027
{
    wp::int32 body_a;
    wp::int32 body_b;
    wp::vec_t<3, wp::float32> point;
    wp::vec_t<3, wp::float32> normal;
    wp::float32 depth;


    Contact_426e6027() = default;
    CUDA_CALLABLE Contact_426e6027(wp::int32 const& body_a,
    wp::int32 const& body_b = {},
    wp::vec_t<3, wp::float32> const& point = {},
    wp::vec_t<3, wp::float32> const& normal = {},
    wp::float32 const& depth = {})
        : body_a{body_a}
        , body_b{body_b}
        , point{point}
        , normal{normal}
        , depth{depth}

    {
    }

    CUDA_CALLABLE Contact_426e6027& operator += (const Contact_426e6027& rhs)
    {    body_a += rhs.body_a;
    body_b += rhs.body_b;
    point += rhs.point;
    normal += rhs.normal;
    depth += rhs.depth;

        return *this;}

};

static CUDA_CALLABLE void adj_Contact_426e6027(wp::int32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::int32 & adj_body_a,
    wp::int32 & adj_body_b,
    wp::vec_t<3, wp::float32> & adj_point,
    wp::vec_t<3, wp::float32> & adj_normal,
    wp::float32 & adj_depth,
    Contact_426e6027 & adj_ret)
{
    adj_body_a += adj_ret.body_a;
    adj_body_b += adj_ret.body_b;
    adj_point += adj_ret.point;
    adj_normal += adj_ret.normal;
    adj_depth += adj_ret.depth;
}

// Required when compiling adjoints.
CUDA_CALLABLE Contact_426e6027 add(const Contact_426e6027& a, const Contact_426e6027& b)
{
    return Contact_426e6027();
}

CUDA_CALLABLE void adj_atomic_add(Contact_426e6027* p, Contact_426e6027 t)
{
    wp::adj_atomic_add(&p->body_a, t.body_a);
    wp::adj_atomic_add(&p->body_b, t.body_b);
    wp::adj_atomic_add(&p->point, t.point);
    wp::adj_atomic_add(&p->normal, t.normal);
    wp::adj_atomic_add(&p->depth, t.depth);
}



// corpus/188_rigid_contact_impulses.py:13
static wp::mat_t<3, 3, wp::float32> inv_inertia_world_0(
    wp::quat_t<wp::float32> var_q,
    wp::mat_t<3, 3, wp::float32> var_I_inv_body)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    //---------
    // forward
    // def inv_inertia_world(q: wp.quat, I_inv_body: wp.mat33) -> wp.mat33:                   <L 14>
    // R = wp.quat_to_matrix(q)                                                               <L 15>
    var_0 = wp::quat_to_matrix(var_q);
    // return R * I_inv_body * wp.transpose(R)                                                <L 16>
    var_1 = wp::mul(var_0, var_I_inv_body);
    var_2 = wp::transpose(var_0);
    var_3 = wp::mul(var_1, var_2);
    return var_3;
}


// corpus/188_rigid_contact_impulses.py:19
static wp::vec_t<3, wp::float32> velocity_at_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_w,
    wp::vec_t<3, wp::float32> var_r)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def velocity_at(v: wp.vec3, w: wp.vec3, r: wp.vec3) -> wp.vec3:                        <L 20>
    // return v + wp.cross(w, r)                                                              <L 21>
    var_0 = wp::cross(var_w, var_r);
    var_1 = wp::add(var_v, var_0);
    return var_1;
}


// corpus/188_rigid_contact_impulses.py:24
static wp::float32 effective_mass_0(
    wp::float32 var_inv_m_a,
    wp::float32 var_inv_m_b,
    wp::mat_t<3, 3, wp::float32> var_Ia,
    wp::mat_t<3, 3, wp::float32> var_Ib,
    wp::vec_t<3, wp::float32> var_ra,
    wp::vec_t<3, wp::float32> var_rb,
    wp::vec_t<3, wp::float32> var_n)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    //---------
    // forward
    // def effective_mass(inv_m_a: float, inv_m_b: float, Ia: wp.mat33, Ib: wp.mat33, ra: wp.vec3, rb: wp.vec3, n: wp.vec3) -> float:       <L 25>
    // ca = wp.cross(ra, n)                                                                   <L 26>
    var_0 = wp::cross(var_ra, var_n);
    // cb = wp.cross(rb, n)                                                                   <L 27>
    var_1 = wp::cross(var_rb, var_n);
    // k = inv_m_a + inv_m_b + wp.dot(ca, Ia * ca) + wp.dot(cb, Ib * cb)                      <L 28>
    var_2 = wp::add(var_inv_m_a, var_inv_m_b);
    var_3 = wp::mul(var_Ia, var_0);
    var_4 = wp::dot(var_0, var_3);
    var_5 = wp::add(var_2, var_4);
    var_6 = wp::mul(var_Ib, var_1);
    var_7 = wp::dot(var_1, var_6);
    var_8 = wp::add(var_5, var_7);
    // if k <= 0.0:                                                                           <L 29>
    var_10 = (var_8 <= var_9);
    if (var_10) {
        // return 0.0                                                                         <L 30>
        return var_11;
    }
    // return 1.0 / k                                                                         <L 31>
    var_13 = wp::div(var_12, var_8);
    return var_13;
}


// corpus/188_rigid_contact_impulses.py:13
static void adj_inv_inertia_world_0(
    wp::quat_t<wp::float32> var_q,
    wp::mat_t<3, 3, wp::float32> var_I_inv_body,
    wp::quat_t<wp::float32> & adj_q,
    wp::mat_t<3, 3, wp::float32> & adj_I_inv_body,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def inv_inertia_world(q: wp.quat, I_inv_body: wp.mat33) -> wp.mat33:                   <L 14>
    // R = wp.quat_to_matrix(q)                                                               <L 15>
    var_0 = wp::quat_to_matrix(var_q);
    // return R * I_inv_body * wp.transpose(R)                                                <L 16>
    var_1 = wp::mul(var_0, var_I_inv_body);
    var_2 = wp::transpose(var_0);
    var_3 = wp::mul(var_1, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_transpose(var_0, adj_0, adj_2);
    wp::adj_mul(var_0, var_I_inv_body, adj_0, adj_I_inv_body, adj_1);
    // adj: return R * I_inv_body * wp.transpose(R)                                           <L 16>
    wp::adj_quat_to_matrix(var_q, adj_q, adj_0);
    // adj: R = wp.quat_to_matrix(q)                                                          <L 15>
    // adj: def inv_inertia_world(q: wp.quat, I_inv_body: wp.mat33) -> wp.mat33:              <L 14>
    return;
}


// corpus/188_rigid_contact_impulses.py:19
static void adj_velocity_at_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_w,
    wp::vec_t<3, wp::float32> var_r,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_w,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def velocity_at(v: wp.vec3, w: wp.vec3, r: wp.vec3) -> wp.vec3:                        <L 20>
    // return v + wp.cross(w, r)                                                              <L 21>
    var_0 = wp::cross(var_w, var_r);
    var_1 = wp::add(var_v, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_add(var_v, var_0, adj_v, adj_0, adj_1);
    wp::adj_cross(var_w, var_r, adj_w, adj_r, adj_0);
    // adj: return v + wp.cross(w, r)                                                         <L 21>
    // adj: def velocity_at(v: wp.vec3, w: wp.vec3, r: wp.vec3) -> wp.vec3:                   <L 20>
    return;
}


// corpus/188_rigid_contact_impulses.py:24
static void adj_effective_mass_0(
    wp::float32 var_inv_m_a,
    wp::float32 var_inv_m_b,
    wp::mat_t<3, 3, wp::float32> var_Ia,
    wp::mat_t<3, 3, wp::float32> var_Ib,
    wp::vec_t<3, wp::float32> var_ra,
    wp::vec_t<3, wp::float32> var_rb,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 & adj_inv_m_a,
    wp::float32 & adj_inv_m_b,
    wp::mat_t<3, 3, wp::float32> & adj_Ia,
    wp::mat_t<3, 3, wp::float32> & adj_Ib,
    wp::vec_t<3, wp::float32> & adj_ra,
    wp::vec_t<3, wp::float32> & adj_rb,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def effective_mass(inv_m_a: float, inv_m_b: float, Ia: wp.mat33, Ib: wp.mat33, ra: wp.vec3, rb: wp.vec3, n: wp.vec3) -> float:       <L 25>
    // ca = wp.cross(ra, n)                                                                   <L 26>
    var_0 = wp::cross(var_ra, var_n);
    // cb = wp.cross(rb, n)                                                                   <L 27>
    var_1 = wp::cross(var_rb, var_n);
    // k = inv_m_a + inv_m_b + wp.dot(ca, Ia * ca) + wp.dot(cb, Ib * cb)                      <L 28>
    var_2 = wp::add(var_inv_m_a, var_inv_m_b);
    var_3 = wp::mul(var_Ia, var_0);
    var_4 = wp::dot(var_0, var_3);
    var_5 = wp::add(var_2, var_4);
    var_6 = wp::mul(var_Ib, var_1);
    var_7 = wp::dot(var_1, var_6);
    var_8 = wp::add(var_5, var_7);
    // if k <= 0.0:                                                                           <L 29>
    var_10 = (var_8 <= var_9);
    if (var_10) {
        // return 0.0                                                                         <L 30>
        goto label0;
    }
    // return 1.0 / k                                                                         <L 31>
    var_13 = wp::div(var_12, var_8);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_13 += adj_ret;
    wp::adj_div(var_12, var_8, var_13, adj_12, adj_8, adj_13);
    // adj: return 1.0 / k                                                                    <L 31>
    if (var_10) {
        label0:;
        adj_11 += adj_ret;
        // adj: return 0.0                                                                    <L 30>
    }
    // adj: if k <= 0.0:                                                                      <L 29>
    wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
    wp::adj_dot(var_1, var_6, adj_1, adj_6, adj_7);
    wp::adj_mul(var_Ib, var_1, adj_Ib, adj_1, adj_6);
    wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_dot(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_mul(var_Ia, var_0, adj_Ia, adj_0, adj_3);
    wp::adj_add(var_inv_m_a, var_inv_m_b, adj_inv_m_a, adj_inv_m_b, adj_2);
    // adj: k = inv_m_a + inv_m_b + wp.dot(ca, Ia * ca) + wp.dot(cb, Ib * cb)                 <L 28>
    wp::adj_cross(var_rb, var_n, adj_rb, adj_n, adj_1);
    // adj: cb = wp.cross(rb, n)                                                              <L 27>
    wp::adj_cross(var_ra, var_n, adj_ra, adj_n, adj_0);
    // adj: ca = wp.cross(ra, n)                                                              <L 26>
    // adj: def effective_mass(inv_m_a: float, inv_m_b: float, Ia: wp.mat33, Ib: wp.mat33, ra: wp.vec3, rb: wp.vec3, n: wp.vec3) -> float:  <L 25>
    return;
}

struct wp_args_solve_contacts_b0e916b8 {
    wp::array_t<Contact_426e6027> contacts;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::quat_t<wp::float32>> q;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> w;
    wp::array_t<wp::float32> inv_m;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> I_inv;
    wp::float32 restitution;
    wp::float32 friction;
    wp::float32 bias_factor;
    wp::float32 dt;
    wp::array_t<wp::vec_t<3, wp::float32>> dv;
    wp::array_t<wp::vec_t<3, wp::float32>> dw;
};


void solve_contacts_b0e916b8_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_solve_contacts_b0e916b8 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Contact_426e6027> var_contacts = _wp_args->contacts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::array_t<wp::float32> var_inv_m = _wp_args->inv_m;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_I_inv = _wp_args->I_inv;
    wp::float32 var_restitution = _wp_args->restitution;
    wp::float32 var_friction = _wp_args->friction;
    wp::float32 var_bias_factor = _wp_args->bias_factor;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dv = _wp_args->dv;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dw = _wp_args->dw;
    //---------
    // primal vars
    wp::int32 var_0;
    Contact_426e6027* var_1;
    Contact_426e6027 var_2;
    Contact_426e6027 var_3;
    wp::int32* var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::quat_t<wp::float32>* var_23;
    wp::mat_t<3, 3, wp::float32>* var_24;
    wp::mat_t<3, 3, wp::float32> var_25;
    wp::quat_t<wp::float32> var_26;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::quat_t<wp::float32>* var_28;
    wp::mat_t<3, 3, wp::float32>* var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    wp::quat_t<wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::vec_t<3, wp::float32>* var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32>* var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.0;
    bool var_46;
    wp::float32* var_47;
    const wp::float32 var_48 = 0.0;
    bool var_49;
    wp::float32 var_50;
    bool var_51;
    wp::float32* var_52;
    wp::float32* var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32* var_58;
    const wp::float32 var_59 = 0.001;
    wp::float32 var_60;
    wp::float32 var_61;
    const wp::float32 var_62 = 0.0;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::float32 var_65 = 1.0;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    const wp::float32 var_72 = 0.0;
    wp::float32 var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::float32 var_77;
    const wp::float32 var_78 = 1e-06;
    bool var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::float32* var_81;
    wp::float32* var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::vec_t<3, wp::float32> var_91;
    wp::float32* var_92;
    wp::vec_t<3, wp::float32> var_93;
    wp::float32 var_94;
    wp::vec_t<3, wp::float32> var_95;
    wp::float32* var_96;
    wp::vec_t<3, wp::float32> var_97;
    wp::float32 var_98;
    wp::vec_t<3, wp::float32> var_99;
    wp::vec_t<3, wp::float32> var_100;
    wp::vec_t<3, wp::float32> var_101;
    wp::vec_t<3, wp::float32> var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::vec_t<3, wp::float32> var_104;
    wp::vec_t<3, wp::float32> var_105;
    //---------
    // forward
    // def solve_contacts(                                                                    <L 35>
    // c = wp.tid()                                                                           <L 50>
    var_0 = builtin_tid1d();
    // ct = contacts[c]                                                                       <L 51>
    var_1 = wp::address(var_contacts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = ct.body_a                                                                          <L 52>
    var_4 = &(var_2.body_a);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // b = ct.body_b                                                                          <L 53>
    var_7 = &(var_2.body_b);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // n = ct.normal                                                                          <L 54>
    var_10 = &(var_2.normal);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // ra = ct.point - x[a]                                                                   <L 55>
    var_13 = &(var_2.point);
    var_14 = wp::address(var_x, var_5);
    var_16 = wp::load(var_13);
    var_17 = wp::load(var_14);
    var_15 = wp::sub(var_16, var_17);
    // rb = ct.point - x[b]                                                                   <L 56>
    var_18 = &(var_2.point);
    var_19 = wp::address(var_x, var_8);
    var_21 = wp::load(var_18);
    var_22 = wp::load(var_19);
    var_20 = wp::sub(var_21, var_22);
    // Ia = inv_inertia_world(q[a], I_inv[a])                                                 <L 57>
    var_23 = wp::address(var_q, var_5);
    var_24 = wp::address(var_I_inv, var_5);
    var_26 = wp::load(var_23);
    var_27 = wp::load(var_24);
    var_25 = inv_inertia_world_0(var_26, var_27);
    // Ib = inv_inertia_world(q[b], I_inv[b])                                                 <L 58>
    var_28 = wp::address(var_q, var_8);
    var_29 = wp::address(var_I_inv, var_8);
    var_31 = wp::load(var_28);
    var_32 = wp::load(var_29);
    var_30 = inv_inertia_world_0(var_31, var_32);
    // vrel = velocity_at(v[b], w[b], rb) - velocity_at(v[a], w[a], ra)                       <L 59>
    var_33 = wp::address(var_v, var_8);
    var_34 = wp::address(var_w, var_8);
    var_36 = wp::load(var_33);
    var_37 = wp::load(var_34);
    var_35 = velocity_at_0(var_36, var_37, var_20);
    var_38 = wp::address(var_v, var_5);
    var_39 = wp::address(var_w, var_5);
    var_41 = wp::load(var_38);
    var_42 = wp::load(var_39);
    var_40 = velocity_at_0(var_41, var_42, var_15);
    var_43 = wp::sub(var_35, var_40);
    // vn = wp.dot(vrel, n)                                                                   <L 60>
    var_44 = wp::dot(var_43, var_11);
    // if vn > 0.0 and ct.depth <= 0.0:                                                       <L 61>
    var_46 = (var_44 > var_45);
    var_47 = &(var_2.depth);
    var_50 = wp::load(var_47);
    var_49 = (var_50 <= var_48);
    var_51 = var_46 && var_49;
    if (var_51) {
        // return                                                                             <L 62>
        return;
    }
    // m_eff = effective_mass(inv_m[a], inv_m[b], Ia, Ib, ra, rb, n)                          <L 63>
    var_52 = wp::address(var_inv_m, var_5);
    var_53 = wp::address(var_inv_m, var_8);
    var_55 = wp::load(var_52);
    var_56 = wp::load(var_53);
    var_54 = effective_mass_0(var_55, var_56, var_25, var_30, var_15, var_20, var_11);
    // bias = bias_factor / dt * wp.max(ct.depth - 0.001, 0.0)                                <L 64>
    var_57 = wp::div(var_bias_factor, var_dt);
    var_58 = &(var_2.depth);
    var_61 = wp::load(var_58);
    var_60 = wp::sub(var_61, var_59);
    var_63 = wp::max(var_60, var_62);
    var_64 = wp::mul(var_57, var_63);
    // jn = wp.max(-(1.0 + restitution) * vn * m_eff + bias * m_eff, 0.0)                     <L 65>
    var_66 = wp::add(var_65, var_restitution);
    var_67 = wp::neg(var_66);
    var_68 = wp::mul(var_67, var_44);
    var_69 = wp::mul(var_68, var_54);
    var_70 = wp::mul(var_64, var_54);
    var_71 = wp::add(var_69, var_70);
    var_73 = wp::max(var_71, var_72);
    // impulse = n * jn                                                                       <L 66>
    var_74 = wp::mul(var_11, var_73);
    // vt = vrel - n * vn                                                                     <L 67>
    var_75 = wp::mul(var_11, var_44);
    var_76 = wp::sub(var_43, var_75);
    // vt_len = wp.length(vt)                                                                 <L 68>
    var_77 = wp::length(var_76);
    // if vt_len > 1.0e-6:                                                                    <L 69>
    var_79 = (var_77 > var_78);
    if (var_79) {
        // t = vt / vt_len                                                                    <L 70>
        var_80 = wp::div(var_76, var_77);
        // mt = effective_mass(inv_m[a], inv_m[b], Ia, Ib, ra, rb, t)                         <L 71>
        var_81 = wp::address(var_inv_m, var_5);
        var_82 = wp::address(var_inv_m, var_8);
        var_84 = wp::load(var_81);
        var_85 = wp::load(var_82);
        var_83 = effective_mass_0(var_84, var_85, var_25, var_30, var_15, var_20, var_80);
        // jt = wp.min(vt_len * mt, friction * jn)                                            <L 72>
        var_86 = wp::mul(var_77, var_83);
        var_87 = wp::mul(var_friction, var_73);
        var_88 = wp::min(var_86, var_87);
        // impulse = impulse - t * jt                                                         <L 73>
        var_89 = wp::mul(var_80, var_88);
        var_90 = wp::sub(var_74, var_89);
    }
    var_91 = wp::where(var_79, var_90, var_74);
    // wp.atomic_sub(dv, a, impulse * inv_m[a])                                               <L 74>
    var_92 = wp::address(var_inv_m, var_5);
    var_94 = wp::load(var_92);
    var_93 = wp::mul(var_91, var_94);
    var_95 = wp::atomic_sub(var_dv, var_5, var_93);
    // wp.atomic_add(dv, b, impulse * inv_m[b])                                               <L 75>
    var_96 = wp::address(var_inv_m, var_8);
    var_98 = wp::load(var_96);
    var_97 = wp::mul(var_91, var_98);
    var_99 = wp::atomic_add(var_dv, var_8, var_97);
    // wp.atomic_sub(dw, a, Ia * wp.cross(ra, impulse))                                       <L 76>
    var_100 = wp::cross(var_15, var_91);
    var_101 = wp::mul(var_25, var_100);
    var_102 = wp::atomic_sub(var_dw, var_5, var_101);
    // wp.atomic_add(dw, b, Ib * wp.cross(rb, impulse))                                       <L 77>
    var_103 = wp::cross(var_20, var_91);
    var_104 = wp::mul(var_30, var_103);
    var_105 = wp::atomic_add(var_dw, var_8, var_104);
}



void solve_contacts_b0e916b8_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_solve_contacts_b0e916b8 *_wp_args,
    wp_args_solve_contacts_b0e916b8 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Contact_426e6027> var_contacts = _wp_args->contacts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::quat_t<wp::float32>> var_q = _wp_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::array_t<wp::float32> var_inv_m = _wp_args->inv_m;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_I_inv = _wp_args->I_inv;
    wp::float32 var_restitution = _wp_args->restitution;
    wp::float32 var_friction = _wp_args->friction;
    wp::float32 var_bias_factor = _wp_args->bias_factor;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dv = _wp_args->dv;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dw = _wp_args->dw;
    wp::array_t<Contact_426e6027> adj_contacts = _wp_adj_args->contacts;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::quat_t<wp::float32>> adj_q = _wp_adj_args->q;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_w = _wp_adj_args->w;
    wp::array_t<wp::float32> adj_inv_m = _wp_adj_args->inv_m;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_I_inv = _wp_adj_args->I_inv;
    wp::float32 adj_restitution = _wp_adj_args->restitution;
    wp::float32 adj_friction = _wp_adj_args->friction;
    wp::float32 adj_bias_factor = _wp_adj_args->bias_factor;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dv = _wp_adj_args->dv;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dw = _wp_adj_args->dw;
    //---------
    // primal vars
    wp::int32 var_0;
    Contact_426e6027* var_1;
    Contact_426e6027 var_2;
    Contact_426e6027 var_3;
    wp::int32* var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::quat_t<wp::float32>* var_23;
    wp::mat_t<3, 3, wp::float32>* var_24;
    wp::mat_t<3, 3, wp::float32> var_25;
    wp::quat_t<wp::float32> var_26;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::quat_t<wp::float32>* var_28;
    wp::mat_t<3, 3, wp::float32>* var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    wp::quat_t<wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::vec_t<3, wp::float32>* var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32>* var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.0;
    bool var_46;
    wp::float32* var_47;
    const wp::float32 var_48 = 0.0;
    bool var_49;
    wp::float32 var_50;
    bool var_51;
    wp::float32* var_52;
    wp::float32* var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32* var_58;
    const wp::float32 var_59 = 0.001;
    wp::float32 var_60;
    wp::float32 var_61;
    const wp::float32 var_62 = 0.0;
    wp::float32 var_63;
    wp::float32 var_64;
    const wp::float32 var_65 = 1.0;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    const wp::float32 var_72 = 0.0;
    wp::float32 var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::float32 var_77;
    const wp::float32 var_78 = 1e-06;
    bool var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::float32* var_81;
    wp::float32* var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::vec_t<3, wp::float32> var_91;
    wp::float32* var_92;
    wp::vec_t<3, wp::float32> var_93;
    wp::float32 var_94;
    wp::vec_t<3, wp::float32> var_95;
    wp::float32* var_96;
    wp::vec_t<3, wp::float32> var_97;
    wp::float32 var_98;
    wp::vec_t<3, wp::float32> var_99;
    wp::vec_t<3, wp::float32> var_100;
    wp::vec_t<3, wp::float32> var_101;
    wp::vec_t<3, wp::float32> var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::vec_t<3, wp::float32> var_104;
    wp::vec_t<3, wp::float32> var_105;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Contact_426e6027 adj_1 = {};
    Contact_426e6027 adj_2 = {};
    Contact_426e6027 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
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
    wp::quat_t<wp::float32> adj_23 = {};
    wp::mat_t<3, 3, wp::float32> adj_24 = {};
    wp::mat_t<3, 3, wp::float32> adj_25 = {};
    wp::quat_t<wp::float32> adj_26 = {};
    wp::mat_t<3, 3, wp::float32> adj_27 = {};
    wp::quat_t<wp::float32> adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    wp::mat_t<3, 3, wp::float32> adj_30 = {};
    wp::quat_t<wp::float32> adj_31 = {};
    wp::mat_t<3, 3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    bool adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    bool adj_49 = {};
    wp::float32 adj_50 = {};
    bool adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
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
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    bool adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::vec_t<3, wp::float32> adj_89 = {};
    wp::vec_t<3, wp::float32> adj_90 = {};
    wp::vec_t<3, wp::float32> adj_91 = {};
    wp::float32 adj_92 = {};
    wp::vec_t<3, wp::float32> adj_93 = {};
    wp::float32 adj_94 = {};
    wp::vec_t<3, wp::float32> adj_95 = {};
    wp::float32 adj_96 = {};
    wp::vec_t<3, wp::float32> adj_97 = {};
    wp::float32 adj_98 = {};
    wp::vec_t<3, wp::float32> adj_99 = {};
    wp::vec_t<3, wp::float32> adj_100 = {};
    wp::vec_t<3, wp::float32> adj_101 = {};
    wp::vec_t<3, wp::float32> adj_102 = {};
    wp::vec_t<3, wp::float32> adj_103 = {};
    wp::vec_t<3, wp::float32> adj_104 = {};
    wp::vec_t<3, wp::float32> adj_105 = {};
    //---------
    // forward
    // def solve_contacts(                                                                    <L 35>
    // c = wp.tid()                                                                           <L 50>
    var_0 = builtin_tid1d();
    // ct = contacts[c]                                                                       <L 51>
    var_1 = wp::address(var_contacts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = ct.body_a                                                                          <L 52>
    var_4 = &(var_2.body_a);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // b = ct.body_b                                                                          <L 53>
    var_7 = &(var_2.body_b);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // n = ct.normal                                                                          <L 54>
    var_10 = &(var_2.normal);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // ra = ct.point - x[a]                                                                   <L 55>
    var_13 = &(var_2.point);
    var_14 = wp::address(var_x, var_5);
    var_16 = wp::load(var_13);
    var_17 = wp::load(var_14);
    var_15 = wp::sub(var_16, var_17);
    // rb = ct.point - x[b]                                                                   <L 56>
    var_18 = &(var_2.point);
    var_19 = wp::address(var_x, var_8);
    var_21 = wp::load(var_18);
    var_22 = wp::load(var_19);
    var_20 = wp::sub(var_21, var_22);
    // Ia = inv_inertia_world(q[a], I_inv[a])                                                 <L 57>
    var_23 = wp::address(var_q, var_5);
    var_24 = wp::address(var_I_inv, var_5);
    var_26 = wp::load(var_23);
    var_27 = wp::load(var_24);
    var_25 = inv_inertia_world_0(var_26, var_27);
    // Ib = inv_inertia_world(q[b], I_inv[b])                                                 <L 58>
    var_28 = wp::address(var_q, var_8);
    var_29 = wp::address(var_I_inv, var_8);
    var_31 = wp::load(var_28);
    var_32 = wp::load(var_29);
    var_30 = inv_inertia_world_0(var_31, var_32);
    // vrel = velocity_at(v[b], w[b], rb) - velocity_at(v[a], w[a], ra)                       <L 59>
    var_33 = wp::address(var_v, var_8);
    var_34 = wp::address(var_w, var_8);
    var_36 = wp::load(var_33);
    var_37 = wp::load(var_34);
    var_35 = velocity_at_0(var_36, var_37, var_20);
    var_38 = wp::address(var_v, var_5);
    var_39 = wp::address(var_w, var_5);
    var_41 = wp::load(var_38);
    var_42 = wp::load(var_39);
    var_40 = velocity_at_0(var_41, var_42, var_15);
    var_43 = wp::sub(var_35, var_40);
    // vn = wp.dot(vrel, n)                                                                   <L 60>
    var_44 = wp::dot(var_43, var_11);
    // if vn > 0.0 and ct.depth <= 0.0:                                                       <L 61>
    var_46 = (var_44 > var_45);
    var_47 = &(var_2.depth);
    var_50 = wp::load(var_47);
    var_49 = (var_50 <= var_48);
    var_51 = var_46 && var_49;
    if (var_51) {
        // return                                                                             <L 62>
        goto label0;
    }
    // m_eff = effective_mass(inv_m[a], inv_m[b], Ia, Ib, ra, rb, n)                          <L 63>
    var_52 = wp::address(var_inv_m, var_5);
    var_53 = wp::address(var_inv_m, var_8);
    var_55 = wp::load(var_52);
    var_56 = wp::load(var_53);
    var_54 = effective_mass_0(var_55, var_56, var_25, var_30, var_15, var_20, var_11);
    // bias = bias_factor / dt * wp.max(ct.depth - 0.001, 0.0)                                <L 64>
    var_57 = wp::div(var_bias_factor, var_dt);
    var_58 = &(var_2.depth);
    var_61 = wp::load(var_58);
    var_60 = wp::sub(var_61, var_59);
    var_63 = wp::max(var_60, var_62);
    var_64 = wp::mul(var_57, var_63);
    // jn = wp.max(-(1.0 + restitution) * vn * m_eff + bias * m_eff, 0.0)                     <L 65>
    var_66 = wp::add(var_65, var_restitution);
    var_67 = wp::neg(var_66);
    var_68 = wp::mul(var_67, var_44);
    var_69 = wp::mul(var_68, var_54);
    var_70 = wp::mul(var_64, var_54);
    var_71 = wp::add(var_69, var_70);
    var_73 = wp::max(var_71, var_72);
    // impulse = n * jn                                                                       <L 66>
    var_74 = wp::mul(var_11, var_73);
    // vt = vrel - n * vn                                                                     <L 67>
    var_75 = wp::mul(var_11, var_44);
    var_76 = wp::sub(var_43, var_75);
    // vt_len = wp.length(vt)                                                                 <L 68>
    var_77 = wp::length(var_76);
    // if vt_len > 1.0e-6:                                                                    <L 69>
    var_79 = (var_77 > var_78);
    if (var_79) {
        // t = vt / vt_len                                                                    <L 70>
        var_80 = wp::div(var_76, var_77);
        // mt = effective_mass(inv_m[a], inv_m[b], Ia, Ib, ra, rb, t)                         <L 71>
        var_81 = wp::address(var_inv_m, var_5);
        var_82 = wp::address(var_inv_m, var_8);
        var_84 = wp::load(var_81);
        var_85 = wp::load(var_82);
        var_83 = effective_mass_0(var_84, var_85, var_25, var_30, var_15, var_20, var_80);
        // jt = wp.min(vt_len * mt, friction * jn)                                            <L 72>
        var_86 = wp::mul(var_77, var_83);
        var_87 = wp::mul(var_friction, var_73);
        var_88 = wp::min(var_86, var_87);
        // impulse = impulse - t * jt                                                         <L 73>
        var_89 = wp::mul(var_80, var_88);
        var_90 = wp::sub(var_74, var_89);
    }
    var_91 = wp::where(var_79, var_90, var_74);
    // wp.atomic_sub(dv, a, impulse * inv_m[a])                                               <L 74>
    var_92 = wp::address(var_inv_m, var_5);
    var_94 = wp::load(var_92);
    var_93 = wp::mul(var_91, var_94);
    // var_95 = wp::atomic_sub(var_dv, var_5, var_93);
    // wp.atomic_add(dv, b, impulse * inv_m[b])                                               <L 75>
    var_96 = wp::address(var_inv_m, var_8);
    var_98 = wp::load(var_96);
    var_97 = wp::mul(var_91, var_98);
    // var_99 = wp::atomic_add(var_dv, var_8, var_97);
    // wp.atomic_sub(dw, a, Ia * wp.cross(ra, impulse))                                       <L 76>
    var_100 = wp::cross(var_15, var_91);
    var_101 = wp::mul(var_25, var_100);
    // var_102 = wp::atomic_sub(var_dw, var_5, var_101);
    // wp.atomic_add(dw, b, Ib * wp.cross(rb, impulse))                                       <L 77>
    var_103 = wp::cross(var_20, var_91);
    var_104 = wp::mul(var_30, var_103);
    // var_105 = wp::atomic_add(var_dw, var_8, var_104);
    //---------
    // reverse
    wp::adj_atomic_add(var_dw, var_8, var_104, adj_dw, adj_8, adj_104, adj_105);
    wp::adj_mul(var_30, var_103, adj_30, adj_103, adj_104);
    wp::adj_cross(var_20, var_91, adj_20, adj_91, adj_103);
    // adj: wp.atomic_add(dw, b, Ib * wp.cross(rb, impulse))                                  <L 77>
    wp::adj_atomic_sub(var_dw, var_5, var_101, adj_dw, adj_5, adj_101, adj_102);
    wp::adj_mul(var_25, var_100, adj_25, adj_100, adj_101);
    wp::adj_cross(var_15, var_91, adj_15, adj_91, adj_100);
    // adj: wp.atomic_sub(dw, a, Ia * wp.cross(ra, impulse))                                  <L 76>
    wp::adj_atomic_add(var_dv, var_8, var_97, adj_dv, adj_8, adj_97, adj_99);
    wp::adj_mul(var_91, var_98, adj_91, adj_96, adj_97);
    wp::adj_address(var_inv_m, var_8, adj_inv_m, adj_8, adj_96);
    // adj: wp.atomic_add(dv, b, impulse * inv_m[b])                                          <L 75>
    wp::adj_atomic_sub(var_dv, var_5, var_93, adj_dv, adj_5, adj_93, adj_95);
    wp::adj_mul(var_91, var_94, adj_91, adj_92, adj_93);
    wp::adj_address(var_inv_m, var_5, adj_inv_m, adj_5, adj_92);
    // adj: wp.atomic_sub(dv, a, impulse * inv_m[a])                                          <L 74>
    wp::adj_where(var_79, var_90, var_74, adj_79, adj_90, adj_74, adj_91);
    if (var_79) {
        wp::adj_sub(var_74, var_89, adj_74, adj_89, adj_90);
        wp::adj_mul(var_80, var_88, adj_80, adj_88, adj_89);
        // adj: impulse = impulse - t * jt                                                    <L 73>
        wp::adj_min(var_86, var_87, adj_86, adj_87, adj_88);
        wp::adj_mul(var_friction, var_73, adj_friction, adj_73, adj_87);
        wp::adj_mul(var_77, var_83, adj_77, adj_83, adj_86);
        // adj: jt = wp.min(vt_len * mt, friction * jn)                                       <L 72>
        adj_effective_mass_0(var_84, var_85, var_25, var_30, var_15, var_20, var_80, adj_81, adj_82, adj_25, adj_30, adj_15, adj_20, adj_80, adj_83);
        wp::adj_address(var_inv_m, var_8, adj_inv_m, adj_8, adj_82);
        wp::adj_address(var_inv_m, var_5, adj_inv_m, adj_5, adj_81);
        // adj: mt = effective_mass(inv_m[a], inv_m[b], Ia, Ib, ra, rb, t)                    <L 71>
        wp::adj_div(var_76, var_77, adj_76, adj_77, adj_80);
        // adj: t = vt / vt_len                                                               <L 70>
    }
    // adj: if vt_len > 1.0e-6:                                                               <L 69>
    wp::adj_length(var_76, var_77, adj_76, adj_77);
    // adj: vt_len = wp.length(vt)                                                            <L 68>
    wp::adj_sub(var_43, var_75, adj_43, adj_75, adj_76);
    wp::adj_mul(var_11, var_44, adj_11, adj_44, adj_75);
    // adj: vt = vrel - n * vn                                                                <L 67>
    wp::adj_mul(var_11, var_73, adj_11, adj_73, adj_74);
    // adj: impulse = n * jn                                                                  <L 66>
    wp::adj_max(var_71, var_72, adj_71, adj_72, adj_73);
    wp::adj_add(var_69, var_70, adj_69, adj_70, adj_71);
    wp::adj_mul(var_64, var_54, adj_64, adj_54, adj_70);
    wp::adj_mul(var_68, var_54, adj_68, adj_54, adj_69);
    wp::adj_mul(var_67, var_44, adj_67, adj_44, adj_68);
    wp::adj_neg(var_66, adj_66, adj_67);
    wp::adj_add(var_65, var_restitution, adj_65, adj_restitution, adj_66);
    // adj: jn = wp.max(-(1.0 + restitution) * vn * m_eff + bias * m_eff, 0.0)                <L 65>
    wp::adj_mul(var_57, var_63, adj_57, adj_63, adj_64);
    wp::adj_max(var_60, var_62, adj_60, adj_62, adj_63);
    wp::adj_sub(var_61, var_59, adj_58, adj_59, adj_60);
    adj_2.depth += adj_58;
    wp::adj_div(var_bias_factor, var_dt, var_57, adj_bias_factor, adj_dt, adj_57);
    // adj: bias = bias_factor / dt * wp.max(ct.depth - 0.001, 0.0)                           <L 64>
    adj_effective_mass_0(var_55, var_56, var_25, var_30, var_15, var_20, var_11, adj_52, adj_53, adj_25, adj_30, adj_15, adj_20, adj_11, adj_54);
    wp::adj_address(var_inv_m, var_8, adj_inv_m, adj_8, adj_53);
    wp::adj_address(var_inv_m, var_5, adj_inv_m, adj_5, adj_52);
    // adj: m_eff = effective_mass(inv_m[a], inv_m[b], Ia, Ib, ra, rb, n)                     <L 63>
    if (var_51) {
        label0:;
        // adj: return                                                                        <L 62>
    }
    adj_2.depth += adj_47;
    // adj: if vn > 0.0 and ct.depth <= 0.0:                                                  <L 61>
    wp::adj_dot(var_43, var_11, adj_43, adj_11, adj_44);
    // adj: vn = wp.dot(vrel, n)                                                              <L 60>
    wp::adj_sub(var_35, var_40, adj_35, adj_40, adj_43);
    adj_velocity_at_0(var_41, var_42, var_15, adj_38, adj_39, adj_15, adj_40);
    wp::adj_address(var_w, var_5, adj_w, adj_5, adj_39);
    wp::adj_address(var_v, var_5, adj_v, adj_5, adj_38);
    adj_velocity_at_0(var_36, var_37, var_20, adj_33, adj_34, adj_20, adj_35);
    wp::adj_address(var_w, var_8, adj_w, adj_8, adj_34);
    wp::adj_address(var_v, var_8, adj_v, adj_8, adj_33);
    // adj: vrel = velocity_at(v[b], w[b], rb) - velocity_at(v[a], w[a], ra)                  <L 59>
    adj_inv_inertia_world_0(var_31, var_32, adj_28, adj_29, adj_30);
    wp::adj_address(var_I_inv, var_8, adj_I_inv, adj_8, adj_29);
    wp::adj_address(var_q, var_8, adj_q, adj_8, adj_28);
    // adj: Ib = inv_inertia_world(q[b], I_inv[b])                                            <L 58>
    adj_inv_inertia_world_0(var_26, var_27, adj_23, adj_24, adj_25);
    wp::adj_address(var_I_inv, var_5, adj_I_inv, adj_5, adj_24);
    wp::adj_address(var_q, var_5, adj_q, adj_5, adj_23);
    // adj: Ia = inv_inertia_world(q[a], I_inv[a])                                            <L 57>
    wp::adj_sub(var_21, var_22, adj_18, adj_19, adj_20);
    wp::adj_address(var_x, var_8, adj_x, adj_8, adj_19);
    adj_2.point += adj_18;
    // adj: rb = ct.point - x[b]                                                              <L 56>
    wp::adj_sub(var_16, var_17, adj_13, adj_14, adj_15);
    wp::adj_address(var_x, var_5, adj_x, adj_5, adj_14);
    adj_2.point += adj_13;
    // adj: ra = ct.point - x[a]                                                              <L 55>
    wp::adj_copy(var_12, adj_10, adj_11);
    adj_2.normal += adj_10;
    // adj: n = ct.normal                                                                     <L 54>
    wp::adj_copy(var_9, adj_7, adj_8);
    adj_2.body_b = adj_7;
    // adj: b = ct.body_b                                                                     <L 53>
    wp::adj_copy(var_6, adj_4, adj_5);
    adj_2.body_a = adj_4;
    // adj: a = ct.body_a                                                                     <L 52>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_contacts, var_0, adj_contacts, adj_0, adj_1);
    // adj: ct = contacts[c]                                                                  <L 51>
    // adj: c = wp.tid()                                                                      <L 50>
    // adj: def solve_contacts(                                                               <L 35>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void solve_contacts_b0e916b8_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_solve_contacts_b0e916b8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        solve_contacts_b0e916b8_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void solve_contacts_b0e916b8_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_solve_contacts_b0e916b8 *_wp_args,
    wp_args_solve_contacts_b0e916b8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        solve_contacts_b0e916b8_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_apply_impulses_decc3b4f {
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> w;
    wp::array_t<wp::vec_t<3, wp::float32>> dv;
    wp::array_t<wp::vec_t<3, wp::float32>> dw;
};


void apply_impulses_decc3b4f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_apply_impulses_decc3b4f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dv = _wp_args->dv;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dw = _wp_args->dw;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // forward
    // def apply_impulses(v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), dv: wp.array(dtype=wp.vec3), dw: wp.array(dtype=wp.vec3)):       <L 81>
    // i = wp.tid()                                                                           <L 82>
    var_0 = builtin_tid1d();
    // v[i] = v[i] + dv[i]                                                                    <L 83>
    var_1 = wp::address(var_v, var_0);
    var_2 = wp::address(var_dv, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    wp::array_store(var_v, var_0, var_3);
    // w[i] = w[i] + dw[i]                                                                    <L 84>
    var_6 = wp::address(var_w, var_0);
    var_7 = wp::address(var_dw, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = wp::add(var_9, var_10);
    wp::array_store(var_w, var_0, var_8);
    // dv[i] = wp.vec3()                                                                      <L 85>
    var_11 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_dv, var_0, var_11);
    // dw[i] = wp.vec3()                                                                      <L 86>
    var_12 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_dw, var_0, var_12);
}



void apply_impulses_decc3b4f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_apply_impulses_decc3b4f *_wp_args,
    wp_args_apply_impulses_decc3b4f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_w = _wp_args->w;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dv = _wp_args->dv;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dw = _wp_args->dw;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_w = _wp_adj_args->w;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dv = _wp_adj_args->dv;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dw = _wp_adj_args->dw;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
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
    //---------
    // forward
    // def apply_impulses(v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), dv: wp.array(dtype=wp.vec3), dw: wp.array(dtype=wp.vec3)):       <L 81>
    // i = wp.tid()                                                                           <L 82>
    var_0 = builtin_tid1d();
    // v[i] = v[i] + dv[i]                                                                    <L 83>
    var_1 = wp::address(var_v, var_0);
    var_2 = wp::address(var_dv, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    // wp::array_store(var_v, var_0, var_3);
    // w[i] = w[i] + dw[i]                                                                    <L 84>
    var_6 = wp::address(var_w, var_0);
    var_7 = wp::address(var_dw, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = wp::add(var_9, var_10);
    // wp::array_store(var_w, var_0, var_8);
    // dv[i] = wp.vec3()                                                                      <L 85>
    var_11 = wp::vec_t<3, wp::float32>();
    // wp::array_store(var_dv, var_0, var_11);
    // dw[i] = wp.vec3()                                                                      <L 86>
    var_12 = wp::vec_t<3, wp::float32>();
    // wp::array_store(var_dw, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_dw, var_0, var_12, adj_dw, adj_0, adj_12);
    // adj: dw[i] = wp.vec3()                                                                 <L 86>
    wp::adj_array_store(var_dv, var_0, var_11, adj_dv, adj_0, adj_11);
    // adj: dv[i] = wp.vec3()                                                                 <L 85>
    wp::adj_array_store(var_w, var_0, var_8, adj_w, adj_0, adj_8);
    wp::adj_add(var_9, var_10, adj_6, adj_7, adj_8);
    wp::adj_address(var_dw, var_0, adj_dw, adj_0, adj_7);
    wp::adj_address(var_w, var_0, adj_w, adj_0, adj_6);
    // adj: w[i] = w[i] + dw[i]                                                               <L 84>
    wp::adj_array_store(var_v, var_0, var_3, adj_v, adj_0, adj_3);
    wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_dv, var_0, adj_dv, adj_0, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: v[i] = v[i] + dv[i]                                                               <L 83>
    // adj: i = wp.tid()                                                                      <L 82>
    // adj: def apply_impulses(v: wp.array(dtype=wp.vec3), w: wp.array(dtype=wp.vec3), dv: wp.array(dtype=wp.vec3), dw: wp.array(dtype=wp.vec3)):  <L 81>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void apply_impulses_decc3b4f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_apply_impulses_decc3b4f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        apply_impulses_decc3b4f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void apply_impulses_decc3b4f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_apply_impulses_decc3b4f *_wp_args,
    wp_args_apply_impulses_decc3b4f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        apply_impulses_decc3b4f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_sphere_plane_contacts_ac6e7651 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> radius;
    wp::int32 ground;
    wp::array_t<Contact_426e6027> contacts;
    wp::array_t<wp::int32> count;
};


void sphere_plane_contacts_ac6e7651_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sphere_plane_contacts_ac6e7651 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_radius = _wp_args->radius;
    wp::int32 var_ground = _wp_args->ground;
    wp::array_t<Contact_426e6027> var_contacts = _wp_args->contacts;
    wp::array_t<wp::int32> var_count = _wp_args->count;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::float32* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::shape_t* var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::shape_t var_17;
    bool var_18;
    Contact_426e6027 var_19;
    wp::int32* var_20;
    wp::int32* var_21;
    wp::vec_t<3, wp::float32>* var_22;
    const wp::int32 var_23 = 0;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::float32 var_26 = 0.0;
    wp::vec_t<3, wp::float32>* var_27;
    const wp::int32 var_28 = 2;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32>* var_32;
    const wp::float32 var_33 = 0.0;
    const wp::float32 var_34 = 1.0;
    const wp::float32 var_35 = 0.0;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32>* var_37;
    wp::float32* var_38;
    //---------
    // forward
    // def sphere_plane_contacts(x: wp.array(dtype=wp.vec3), radius: wp.array(dtype=float), ground: int, contacts: wp.array(dtype=Contact), count: wp.array(dtype=int)):       <L 90>
    // i = wp.tid()                                                                           <L 91>
    var_0 = builtin_tid1d();
    // if i == ground:                                                                        <L 92>
    var_1 = (var_0 == var_ground);
    if (var_1) {
        // return                                                                             <L 93>
        return;
    }
    // d = radius[i] - x[i][1]                                                                <L 94>
    var_2 = wp::address(var_radius, var_0);
    var_3 = wp::address(var_x, var_0);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_8 = wp::load(var_2);
    var_7 = wp::sub(var_8, var_5);
    // if d > 0.0:                                                                            <L 95>
    var_10 = (var_7 > var_9);
    if (var_10) {
        // slot = wp.atomic_add(count, 0, 1)                                                  <L 96>
        var_13 = wp::atomic_add(var_count, var_11, var_12);
        // if slot < contacts.shape[0]:                                                       <L 97>
        var_14 = &(var_contacts.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_18 = (var_13 < var_16);
        if (var_18) {
            // c = Contact()                                                                  <L 98>
            var_19 = Contact_426e6027();
            // c.body_a = ground                                                              <L 99>
            var_20 = &(var_19.body_a);
            wp::store(var_20, var_ground);
            // c.body_b = i                                                                   <L 100>
            var_21 = &(var_19.body_b);
            wp::store(var_21, var_0);
            // c.point = wp.vec3(x[i][0], 0.0, x[i][2])                                       <L 101>
            var_22 = wp::address(var_x, var_0);
            var_25 = wp::load(var_22);
            var_24 = wp::extract(var_25, var_23);
            var_27 = wp::address(var_x, var_0);
            var_30 = wp::load(var_27);
            var_29 = wp::extract(var_30, var_28);
            var_31 = wp::vec_t<3, wp::float32>(var_24, var_26, var_29);
            var_32 = &(var_19.point);
            wp::store(var_32, var_31);
            // c.normal = wp.vec3(0.0, 1.0, 0.0)                                              <L 102>
            var_36 = wp::vec_t<3, wp::float32>(var_33, var_34, var_35);
            var_37 = &(var_19.normal);
            wp::store(var_37, var_36);
            // c.depth = d                                                                    <L 103>
            var_38 = &(var_19.depth);
            wp::store(var_38, var_7);
            // contacts[slot] = c                                                             <L 104>
            wp::array_store(var_contacts, var_13, var_19);
        }
    }
}



void sphere_plane_contacts_ac6e7651_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_sphere_plane_contacts_ac6e7651 *_wp_args,
    wp_args_sphere_plane_contacts_ac6e7651 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_radius = _wp_args->radius;
    wp::int32 var_ground = _wp_args->ground;
    wp::array_t<Contact_426e6027> var_contacts = _wp_args->contacts;
    wp::array_t<wp::int32> var_count = _wp_args->count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_radius = _wp_adj_args->radius;
    wp::int32 adj_ground = _wp_adj_args->ground;
    wp::array_t<Contact_426e6027> adj_contacts = _wp_adj_args->contacts;
    wp::array_t<wp::int32> adj_count = _wp_adj_args->count;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::float32* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::shape_t* var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::shape_t var_17;
    bool var_18;
    Contact_426e6027 var_19;
    wp::int32* var_20;
    wp::int32* var_21;
    wp::vec_t<3, wp::float32>* var_22;
    const wp::int32 var_23 = 0;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::float32 var_26 = 0.0;
    wp::vec_t<3, wp::float32>* var_27;
    const wp::int32 var_28 = 2;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32>* var_32;
    const wp::float32 var_33 = 0.0;
    const wp::float32 var_34 = 1.0;
    const wp::float32 var_35 = 0.0;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32>* var_37;
    wp::float32* var_38;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::shape_t adj_17 = {};
    bool adj_18 = {};
    Contact_426e6027 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    //---------
    // forward
    // def sphere_plane_contacts(x: wp.array(dtype=wp.vec3), radius: wp.array(dtype=float), ground: int, contacts: wp.array(dtype=Contact), count: wp.array(dtype=int)):       <L 90>
    // i = wp.tid()                                                                           <L 91>
    var_0 = builtin_tid1d();
    // if i == ground:                                                                        <L 92>
    var_1 = (var_0 == var_ground);
    if (var_1) {
        // return                                                                             <L 93>
        goto label0;
    }
    // d = radius[i] - x[i][1]                                                                <L 94>
    var_2 = wp::address(var_radius, var_0);
    var_3 = wp::address(var_x, var_0);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_8 = wp::load(var_2);
    var_7 = wp::sub(var_8, var_5);
    // if d > 0.0:                                                                            <L 95>
    var_10 = (var_7 > var_9);
    if (var_10) {
        // slot = wp.atomic_add(count, 0, 1)                                                  <L 96>
        // var_13 = wp::atomic_add(var_count, var_11, var_12);
        // if slot < contacts.shape[0]:                                                       <L 97>
        var_14 = &(var_contacts.shape);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_18 = (var_13 < var_16);
        if (var_18) {
            // c = Contact()                                                                  <L 98>
            var_19 = Contact_426e6027();
            // c.body_a = ground                                                              <L 99>
            var_20 = &(var_19.body_a);
            // wp::store(var_20, var_ground);
            // c.body_b = i                                                                   <L 100>
            var_21 = &(var_19.body_b);
            // wp::store(var_21, var_0);
            // c.point = wp.vec3(x[i][0], 0.0, x[i][2])                                       <L 101>
            var_22 = wp::address(var_x, var_0);
            var_25 = wp::load(var_22);
            var_24 = wp::extract(var_25, var_23);
            var_27 = wp::address(var_x, var_0);
            var_30 = wp::load(var_27);
            var_29 = wp::extract(var_30, var_28);
            var_31 = wp::vec_t<3, wp::float32>(var_24, var_26, var_29);
            var_32 = &(var_19.point);
            // wp::store(var_32, var_31);
            // c.normal = wp.vec3(0.0, 1.0, 0.0)                                              <L 102>
            var_36 = wp::vec_t<3, wp::float32>(var_33, var_34, var_35);
            var_37 = &(var_19.normal);
            // wp::store(var_37, var_36);
            // c.depth = d                                                                    <L 103>
            var_38 = &(var_19.depth);
            // wp::store(var_38, var_7);
            // contacts[slot] = c                                                             <L 104>
            // wp::array_store(var_contacts, var_13, var_19);
        }
    }
    //---------
    // reverse
    if (var_10) {
        if (var_18) {
            wp::adj_array_store(var_contacts, var_13, var_19, adj_contacts, adj_13, adj_19);
            // adj: contacts[slot] = c                                                        <L 104>
            adj_19.depth += adj_38;
            // adj: c.depth = d                                                               <L 103>
            adj_19.normal += adj_37;
            wp::adj_vec_t(var_33, var_34, var_35, adj_33, adj_34, adj_35, adj_36);
            // adj: c.normal = wp.vec3(0.0, 1.0, 0.0)                                         <L 102>
            adj_19.point += adj_32;
            wp::adj_vec_t(var_24, var_26, var_29, adj_24, adj_26, adj_29, adj_31);
            wp::adj_extract(var_30, var_28, adj_27, adj_28, adj_29);
            wp::adj_address(var_x, var_0, adj_x, adj_0, adj_27);
            wp::adj_extract(var_25, var_23, adj_22, adj_23, adj_24);
            wp::adj_address(var_x, var_0, adj_x, adj_0, adj_22);
            // adj: c.point = wp.vec3(x[i][0], 0.0, x[i][2])                                  <L 101>
            adj_19.body_b = adj_21;
            // adj: c.body_b = i                                                              <L 100>
            adj_19.body_a = adj_20;
            // adj: c.body_a = ground                                                         <L 99>
            // adj: c = Contact()                                                             <L 98>
        }
        wp::adj_extract(var_17, var_15, adj_14, adj_15, adj_16);
        adj_contacts.shape = adj_14;
        // adj: if slot < contacts.shape[0]:                                                  <L 97>
        wp::adj_atomic_add(var_count, var_11, var_12, adj_count, adj_11, adj_12, adj_13);
        // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 96>
    }
    // adj: if d > 0.0:                                                                       <L 95>
    wp::adj_sub(var_8, var_5, adj_2, adj_5, adj_7);
    wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_3);
    wp::adj_address(var_radius, var_0, adj_radius, adj_0, adj_2);
    // adj: d = radius[i] - x[i][1]                                                           <L 94>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 93>
    }
    // adj: if i == ground:                                                                   <L 92>
    // adj: i = wp.tid()                                                                      <L 91>
    // adj: def sphere_plane_contacts(x: wp.array(dtype=wp.vec3), radius: wp.array(dtype=float), ground: int, contacts: wp.array(dtype=Contact), count: wp.array(dtype=int)):  <L 90>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void sphere_plane_contacts_ac6e7651_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_sphere_plane_contacts_ac6e7651 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sphere_plane_contacts_ac6e7651_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void sphere_plane_contacts_ac6e7651_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_sphere_plane_contacts_ac6e7651 *_wp_args,
    wp_args_sphere_plane_contacts_ac6e7651 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        sphere_plane_contacts_ac6e7651_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

