
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


struct TriMaterial_68d27eed
{
    wp::float32 k_mu;
    wp::float32 k_lambda;
    wp::float32 k_damp;
    wp::float32 thickness;


    TriMaterial_68d27eed() = default;
    CUDA_CALLABLE TriMaterial_68d27eed(wp::float32 const& k_mu,
    wp::float32 const& k_lambda = {},
    wp::float32 const& k_damp = {},
    wp::float32 const& thickness = {})
        : k_mu{k_mu}
        , k_lambda{k_lambda}
        , k_damp{k_damp}
        , thickness{thickness}

    {
    }

    CUDA_CALLABLE TriMaterial_68d27eed& operator += (const TriMaterial_68d27eed& rhs)
    {    k_mu += rhs.k_mu;
    k_lambda += rhs.k_lambda;
    k_damp += rhs.k_damp;
    thickness += rhs.thickness;

        return *this;}

};

static CUDA_CALLABLE void adj_TriMaterial_68d27eed(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_k_mu,
    wp::float32 & adj_k_lambda,
    wp::float32 & adj_k_damp,
    wp::float32 & adj_thickness,
    TriMaterial_68d27eed & adj_ret)
{
    adj_k_mu += adj_ret.k_mu;
    adj_k_lambda += adj_ret.k_lambda;
    adj_k_damp += adj_ret.k_damp;
    adj_thickness += adj_ret.thickness;
}

// Required when compiling adjoints.
CUDA_CALLABLE TriMaterial_68d27eed add(const TriMaterial_68d27eed& a, const TriMaterial_68d27eed& b)
{
    return TriMaterial_68d27eed();
}

CUDA_CALLABLE void adj_atomic_add(TriMaterial_68d27eed* p, TriMaterial_68d27eed t)
{
    wp::adj_atomic_add(&p->k_mu, t.k_mu);
    wp::adj_atomic_add(&p->k_lambda, t.k_lambda);
    wp::adj_atomic_add(&p->k_damp, t.k_damp);
    wp::adj_atomic_add(&p->thickness, t.thickness);
}



// corpus/036_fem_triangle_strain.py:21
static wp::mat_t<2, 2, wp::float32> deformation_gradient_0(
    wp::vec_t<2, wp::float32> var_x0,
    wp::vec_t<2, wp::float32> var_x1,
    wp::vec_t<2, wp::float32> var_x2,
    wp::mat_t<2, 2, wp::float32> var_Dm_inv)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::mat_t<2, 2, wp::float32> var_20;
    wp::mat_t<2, 2, wp::float32> var_21;
    //---------
    // forward
    // def deformation_gradient(x0: wp.vec2, x1: wp.vec2, x2: wp.vec2, Dm_inv: wp.mat22) -> wp.mat22:       <L 22>
    // Ds = wp.mat22(x1[0] - x0[0], x2[0] - x0[0], x1[1] - x0[1], x2[1] - x0[1])              <L 23>
    var_1 = wp::extract(var_x1, var_0);
    var_3 = wp::extract(var_x0, var_2);
    var_4 = wp::sub(var_1, var_3);
    var_6 = wp::extract(var_x2, var_5);
    var_8 = wp::extract(var_x0, var_7);
    var_9 = wp::sub(var_6, var_8);
    var_11 = wp::extract(var_x1, var_10);
    var_13 = wp::extract(var_x0, var_12);
    var_14 = wp::sub(var_11, var_13);
    var_16 = wp::extract(var_x2, var_15);
    var_18 = wp::extract(var_x0, var_17);
    var_19 = wp::sub(var_16, var_18);
    var_20 = wp::mat_t<2, 2, wp::float32>(var_4, var_9, var_14, var_19);
    // return Ds * Dm_inv                                                                     <L 24>
    var_21 = wp::mul(var_20, var_Dm_inv);
    return var_21;
}


// corpus/036_fem_triangle_strain.py:27
static wp::mat_t<2, 2, wp::float32> neo_hookean_stress_0(
    wp::mat_t<2, 2, wp::float32> var_F,
    wp::float32 var_mu,
    wp::float32 var_lam)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1e-06;
    bool var_2;
    const wp::float32 var_3 = 1e-06;
    wp::float32 var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    wp::mat_t<2, 2, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::mat_t<2, 2, wp::float32> var_11;
    wp::mat_t<2, 2, wp::float32> var_12;
    //---------
    // forward
    // def neo_hookean_stress(F: wp.mat22, mu: float, lam: float) -> wp.mat22:                <L 28>
    // J = wp.determinant(F)                                                                  <L 29>
    var_0 = wp::determinant(var_F);
    // if J <= 1.0e-6:                                                                        <L 30>
    var_2 = (var_0 <= var_1);
    if (var_2) {
        // J = 1.0e-6                                                                         <L 31>
    }
    var_4 = wp::where(var_2, var_3, var_0);
    // F_inv_t = wp.transpose(wp.inverse(F))                                                  <L 32>
    var_5 = wp::inverse(var_F);
    var_6 = wp::transpose(var_5);
    // return F * mu + F_inv_t * (lam * wp.log(J) - mu)                                       <L 33>
    var_7 = wp::mul(var_F, var_mu);
    var_8 = wp::log(var_4);
    var_9 = wp::mul(var_lam, var_8);
    var_10 = wp::sub(var_9, var_mu);
    var_11 = wp::mul(var_6, var_10);
    var_12 = wp::add(var_7, var_11);
    return var_12;
}


// corpus/036_fem_triangle_strain.py:12
static void triangle_frame_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_q,
    wp::vec_t<3, wp::float32> var_r,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::float32 & ret_2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.5;
    wp::float32 var_5;
    //---------
    // forward
    // def triangle_frame(p: wp.vec3, q: wp.vec3, r: wp.vec3):                                <L 13>
    // e1 = q - p                                                                             <L 14>
    var_0 = wp::sub(var_q, var_p);
    // e2 = r - p                                                                             <L 15>
    var_1 = wp::sub(var_r, var_p);
    // n = wp.cross(e1, e2)                                                                   <L 16>
    var_2 = wp::cross(var_0, var_1);
    // area = wp.length(n) * 0.5                                                              <L 17>
    var_3 = wp::length(var_2);
    var_5 = wp::mul(var_3, var_4);
    // return e1, e2, area                                                                    <L 18>
    ret_0 = var_0;
    ret_1 = var_1;
    ret_2 = var_5;
    return;
}


// corpus/036_fem_triangle_strain.py:21
static void adj_deformation_gradient_0(
    wp::vec_t<2, wp::float32> var_x0,
    wp::vec_t<2, wp::float32> var_x1,
    wp::vec_t<2, wp::float32> var_x2,
    wp::mat_t<2, 2, wp::float32> var_Dm_inv,
    wp::vec_t<2, wp::float32> & adj_x0,
    wp::vec_t<2, wp::float32> & adj_x1,
    wp::vec_t<2, wp::float32> & adj_x2,
    wp::mat_t<2, 2, wp::float32> & adj_Dm_inv,
    wp::mat_t<2, 2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::mat_t<2, 2, wp::float32> var_20;
    wp::mat_t<2, 2, wp::float32> var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::mat_t<2, 2, wp::float32> adj_20 = {};
    wp::mat_t<2, 2, wp::float32> adj_21 = {};
    //---------
    // forward
    // def deformation_gradient(x0: wp.vec2, x1: wp.vec2, x2: wp.vec2, Dm_inv: wp.mat22) -> wp.mat22:       <L 22>
    // Ds = wp.mat22(x1[0] - x0[0], x2[0] - x0[0], x1[1] - x0[1], x2[1] - x0[1])              <L 23>
    var_1 = wp::extract(var_x1, var_0);
    var_3 = wp::extract(var_x0, var_2);
    var_4 = wp::sub(var_1, var_3);
    var_6 = wp::extract(var_x2, var_5);
    var_8 = wp::extract(var_x0, var_7);
    var_9 = wp::sub(var_6, var_8);
    var_11 = wp::extract(var_x1, var_10);
    var_13 = wp::extract(var_x0, var_12);
    var_14 = wp::sub(var_11, var_13);
    var_16 = wp::extract(var_x2, var_15);
    var_18 = wp::extract(var_x0, var_17);
    var_19 = wp::sub(var_16, var_18);
    var_20 = wp::mat_t<2, 2, wp::float32>(var_4, var_9, var_14, var_19);
    // return Ds * Dm_inv                                                                     <L 24>
    var_21 = wp::mul(var_20, var_Dm_inv);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_21 += adj_ret;
    wp::adj_mul(var_20, var_Dm_inv, adj_20, adj_Dm_inv, adj_21);
    // adj: return Ds * Dm_inv                                                                <L 24>
    wp::adj_mat_t(var_4, var_9, var_14, var_19, adj_4, adj_9, adj_14, adj_19, adj_20);
    wp::adj_sub(var_16, var_18, adj_16, adj_18, adj_19);
    wp::adj_extract(var_x0, var_17, adj_x0, adj_17, adj_18);
    wp::adj_extract(var_x2, var_15, adj_x2, adj_15, adj_16);
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_extract(var_x0, var_12, adj_x0, adj_12, adj_13);
    wp::adj_extract(var_x1, var_10, adj_x1, adj_10, adj_11);
    wp::adj_sub(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_extract(var_x0, var_7, adj_x0, adj_7, adj_8);
    wp::adj_extract(var_x2, var_5, adj_x2, adj_5, adj_6);
    wp::adj_sub(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_extract(var_x0, var_2, adj_x0, adj_2, adj_3);
    wp::adj_extract(var_x1, var_0, adj_x1, adj_0, adj_1);
    // adj: Ds = wp.mat22(x1[0] - x0[0], x2[0] - x0[0], x1[1] - x0[1], x2[1] - x0[1])         <L 23>
    // adj: def deformation_gradient(x0: wp.vec2, x1: wp.vec2, x2: wp.vec2, Dm_inv: wp.mat22) -> wp.mat22:  <L 22>
    return;
}


// corpus/036_fem_triangle_strain.py:27
static void adj_neo_hookean_stress_0(
    wp::mat_t<2, 2, wp::float32> var_F,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::mat_t<2, 2, wp::float32> & adj_F,
    wp::float32 & adj_mu,
    wp::float32 & adj_lam,
    wp::mat_t<2, 2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1e-06;
    bool var_2;
    const wp::float32 var_3 = 1e-06;
    wp::float32 var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    wp::mat_t<2, 2, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::mat_t<2, 2, wp::float32> var_11;
    wp::mat_t<2, 2, wp::float32> var_12;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::mat_t<2, 2, wp::float32> adj_5 = {};
    wp::mat_t<2, 2, wp::float32> adj_6 = {};
    wp::mat_t<2, 2, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::mat_t<2, 2, wp::float32> adj_11 = {};
    wp::mat_t<2, 2, wp::float32> adj_12 = {};
    //---------
    // forward
    // def neo_hookean_stress(F: wp.mat22, mu: float, lam: float) -> wp.mat22:                <L 28>
    // J = wp.determinant(F)                                                                  <L 29>
    var_0 = wp::determinant(var_F);
    // if J <= 1.0e-6:                                                                        <L 30>
    var_2 = (var_0 <= var_1);
    if (var_2) {
        // J = 1.0e-6                                                                         <L 31>
    }
    var_4 = wp::where(var_2, var_3, var_0);
    // F_inv_t = wp.transpose(wp.inverse(F))                                                  <L 32>
    var_5 = wp::inverse(var_F);
    var_6 = wp::transpose(var_5);
    // return F * mu + F_inv_t * (lam * wp.log(J) - mu)                                       <L 33>
    var_7 = wp::mul(var_F, var_mu);
    var_8 = wp::log(var_4);
    var_9 = wp::mul(var_lam, var_8);
    var_10 = wp::sub(var_9, var_mu);
    var_11 = wp::mul(var_6, var_10);
    var_12 = wp::add(var_7, var_11);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    wp::adj_add(var_7, var_11, adj_7, adj_11, adj_12);
    wp::adj_mul(var_6, var_10, adj_6, adj_10, adj_11);
    wp::adj_sub(var_9, var_mu, adj_9, adj_mu, adj_10);
    wp::adj_mul(var_lam, var_8, adj_lam, adj_8, adj_9);
    wp::adj_log(var_4, adj_4, adj_8);
    wp::adj_mul(var_F, var_mu, adj_F, adj_mu, adj_7);
    // adj: return F * mu + F_inv_t * (lam * wp.log(J) - mu)                                  <L 33>
    wp::adj_transpose(var_5, adj_5, adj_6);
    wp::adj_inverse(var_F, var_5, adj_F, adj_5);
    // adj: F_inv_t = wp.transpose(wp.inverse(F))                                             <L 32>
    wp::adj_where(var_2, var_3, var_0, adj_2, adj_3, adj_0, adj_4);
    if (var_2) {
        // adj: J = 1.0e-6                                                                    <L 31>
    }
    // adj: if J <= 1.0e-6:                                                                   <L 30>
    wp::adj_determinant(var_F, adj_F, adj_0);
    // adj: J = wp.determinant(F)                                                             <L 29>
    // adj: def neo_hookean_stress(F: wp.mat22, mu: float, lam: float) -> wp.mat22:           <L 28>
    return;
}


// corpus/036_fem_triangle_strain.py:12
static void adj_triangle_frame_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_q,
    wp::vec_t<3, wp::float32> var_r,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::float32 & ret_2,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_q,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1,
    wp::float32 & adj_ret_2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.5;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def triangle_frame(p: wp.vec3, q: wp.vec3, r: wp.vec3):                                <L 13>
    // e1 = q - p                                                                             <L 14>
    var_0 = wp::sub(var_q, var_p);
    // e2 = r - p                                                                             <L 15>
    var_1 = wp::sub(var_r, var_p);
    // n = wp.cross(e1, e2)                                                                   <L 16>
    var_2 = wp::cross(var_0, var_1);
    // area = wp.length(n) * 0.5                                                              <L 17>
    var_3 = wp::length(var_2);
    var_5 = wp::mul(var_3, var_4);
    // return e1, e2, area                                                                    <L 18>
    ret_0 = var_0;
    ret_1 = var_1;
    ret_2 = var_5;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret_2;
    adj_1 += adj_ret_1;
    adj_0 += adj_ret_0;
    // adj: return e1, e2, area                                                               <L 18>
    wp::adj_mul(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_length(var_2, var_3, adj_2, adj_3);
    // adj: area = wp.length(n) * 0.5                                                         <L 17>
    wp::adj_cross(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: n = wp.cross(e1, e2)                                                              <L 16>
    wp::adj_sub(var_r, var_p, adj_r, adj_p, adj_1);
    // adj: e2 = r - p                                                                        <L 15>
    wp::adj_sub(var_q, var_p, adj_q, adj_p, adj_0);
    // adj: e1 = q - p                                                                        <L 14>
    // adj: def triangle_frame(p: wp.vec3, q: wp.vec3, r: wp.vec3):                           <L 13>
    return;
}

struct wp_args_eval_triangles_c2988a46 {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::float32>> v;
    wp::array_t<wp::int32> tris;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> Dm_inv;
    wp::array_t<wp::float32> rest_area;
    TriMaterial_68d27eed mat;
    wp::array_t<wp::vec_t<2, wp::float32>> f;
    wp::array_t<wp::float32> energy;
};


void eval_triangles_c2988a46_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_eval_triangles_c2988a46 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::int32> var_tris = _wp_args->tris;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_Dm_inv = _wp_args->Dm_inv;
    wp::array_t<wp::float32> var_rest_area = _wp_args->rest_area;
    TriMaterial_68d27eed var_mat = _wp_args->mat;
    wp::array_t<wp::vec_t<2, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 2;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::vec_t<2, wp::float32>* var_13;
    wp::vec_t<2, wp::float32>* var_14;
    wp::vec_t<2, wp::float32>* var_15;
    wp::mat_t<2, 2, wp::float32>* var_16;
    wp::mat_t<2, 2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::mat_t<2, 2, wp::float32> var_21;
    wp::vec_t<2, wp::float32>* var_22;
    wp::vec_t<2, wp::float32>* var_23;
    wp::vec_t<2, wp::float32>* var_24;
    wp::mat_t<2, 2, wp::float32>* var_25;
    wp::mat_t<2, 2, wp::float32> var_26;
    wp::vec_t<2, wp::float32> var_27;
    wp::vec_t<2, wp::float32> var_28;
    wp::vec_t<2, wp::float32> var_29;
    wp::mat_t<2, 2, wp::float32> var_30;
    wp::float32* var_31;
    wp::float32* var_32;
    wp::mat_t<2, 2, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::mat_t<2, 2, wp::float32> var_37;
    wp::float32 var_38;
    wp::mat_t<2, 2, wp::float32> var_39;
    wp::float32* var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::mat_t<2, 2, wp::float32>* var_45;
    wp::mat_t<2, 2, wp::float32> var_46;
    wp::mat_t<2, 2, wp::float32> var_47;
    wp::mat_t<2, 2, wp::float32> var_48;
    wp::float32 var_49;
    wp::mat_t<2, 2, wp::float32> var_50;
    const wp::int32 var_51 = 0;
    const wp::int32 var_52 = 0;
    wp::float32 var_53;
    const wp::int32 var_54 = 1;
    const wp::int32 var_55 = 0;
    wp::float32 var_56;
    wp::vec_t<2, wp::float32> var_57;
    const wp::int32 var_58 = 0;
    const wp::int32 var_59 = 1;
    wp::float32 var_60;
    const wp::int32 var_61 = 1;
    const wp::int32 var_62 = 1;
    wp::float32 var_63;
    wp::vec_t<2, wp::float32> var_64;
    wp::vec_t<2, wp::float32> var_65;
    wp::vec_t<2, wp::float32> var_66;
    wp::vec_t<2, wp::float32> var_67;
    wp::vec_t<2, wp::float32> var_68;
    wp::vec_t<2, wp::float32> var_69;
    wp::float32 var_70;
    const wp::int32 var_71 = 0;
    const wp::int32 var_72 = 0;
    wp::float32 var_73;
    const wp::int32 var_74 = 0;
    const wp::int32 var_75 = 0;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 0;
    const wp::int32 var_79 = 1;
    wp::float32 var_80;
    const wp::int32 var_81 = 0;
    const wp::int32 var_82 = 1;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    const wp::int32 var_86 = 1;
    const wp::int32 var_87 = 0;
    wp::float32 var_88;
    const wp::int32 var_89 = 1;
    const wp::int32 var_90 = 0;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    const wp::int32 var_94 = 1;
    const wp::int32 var_95 = 1;
    wp::float32 var_96;
    const wp::int32 var_97 = 1;
    const wp::int32 var_98 = 1;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    const wp::float32 var_102 = 1e-06;
    wp::float32 var_103;
    wp::float32 var_104;
    const wp::float32 var_105 = 0.5;
    wp::float32* var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    const wp::float32 var_109 = 2.0;
    wp::float32 var_110;
    wp::float32 var_111;
    wp::float32* var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    wp::float32 var_115;
    const wp::float32 var_116 = 0.5;
    wp::float32* var_117;
    wp::float32 var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::float32 var_121;
    wp::float32 var_122;
    const wp::int32 var_123 = 0;
    wp::float32 var_124;
    wp::float32 var_125;
    //---------
    // forward
    // def eval_triangles(                                                                    <L 37>
    // t = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // i = tris[t, 0]                                                                         <L 48>
    var_2 = wp::address(var_tris, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = tris[t, 1]                                                                         <L 49>
    var_6 = wp::address(var_tris, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // k = tris[t, 2]                                                                         <L 50>
    var_10 = wp::address(var_tris, var_0, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // F = deformation_gradient(x[i], x[j], x[k], Dm_inv[t])                                  <L 51>
    var_13 = wp::address(var_x, var_3);
    var_14 = wp::address(var_x, var_7);
    var_15 = wp::address(var_x, var_11);
    var_16 = wp::address(var_Dm_inv, var_0);
    var_18 = wp::load(var_13);
    var_19 = wp::load(var_14);
    var_20 = wp::load(var_15);
    var_21 = wp::load(var_16);
    var_17 = deformation_gradient_0(var_18, var_19, var_20, var_21);
    // dF = deformation_gradient(v[i], v[j], v[k], Dm_inv[t])                                 <L 52>
    var_22 = wp::address(var_v, var_3);
    var_23 = wp::address(var_v, var_7);
    var_24 = wp::address(var_v, var_11);
    var_25 = wp::address(var_Dm_inv, var_0);
    var_27 = wp::load(var_22);
    var_28 = wp::load(var_23);
    var_29 = wp::load(var_24);
    var_30 = wp::load(var_25);
    var_26 = deformation_gradient_0(var_27, var_28, var_29, var_30);
    // P = neo_hookean_stress(F, mat.k_mu, mat.k_lambda) + dF * mat.k_damp                    <L 53>
    var_31 = &(var_mat.k_mu);
    var_32 = &(var_mat.k_lambda);
    var_34 = wp::load(var_31);
    var_35 = wp::load(var_32);
    var_33 = neo_hookean_stress_0(var_17, var_34, var_35);
    var_36 = &(var_mat.k_damp);
    var_38 = wp::load(var_36);
    var_37 = wp::mul(var_26, var_38);
    var_39 = wp::add(var_33, var_37);
    // A = rest_area[t] * mat.thickness                                                       <L 54>
    var_40 = wp::address(var_rest_area, var_0);
    var_41 = &(var_mat.thickness);
    var_43 = wp::load(var_40);
    var_44 = wp::load(var_41);
    var_42 = wp::mul(var_43, var_44);
    // H = P * wp.transpose(Dm_inv[t]) * (-A)                                                 <L 55>
    var_45 = wp::address(var_Dm_inv, var_0);
    var_47 = wp::load(var_45);
    var_46 = wp::transpose(var_47);
    var_48 = wp::mul(var_39, var_46);
    var_49 = wp::neg(var_42);
    var_50 = wp::mul(var_48, var_49);
    // f1 = wp.vec2(H[0, 0], H[1, 0])                                                         <L 56>
    var_53 = wp::extract(var_50, var_51, var_52);
    var_56 = wp::extract(var_50, var_54, var_55);
    var_57 = wp::vec_t<2, wp::float32>(var_53, var_56);
    // f2 = wp.vec2(H[0, 1], H[1, 1])                                                         <L 57>
    var_60 = wp::extract(var_50, var_58, var_59);
    var_63 = wp::extract(var_50, var_61, var_62);
    var_64 = wp::vec_t<2, wp::float32>(var_60, var_63);
    // f0 = -(f1 + f2)                                                                        <L 58>
    var_65 = wp::add(var_57, var_64);
    var_66 = wp::neg(var_65);
    // wp.atomic_add(f, i, f0)                                                                <L 59>
    var_67 = wp::atomic_add(var_f, var_3, var_66);
    // wp.atomic_add(f, j, f1)                                                                <L 60>
    var_68 = wp::atomic_add(var_f, var_7, var_57);
    // wp.atomic_add(f, k, f2)                                                                <L 61>
    var_69 = wp::atomic_add(var_f, var_11, var_64);
    // J = wp.determinant(F)                                                                  <L 62>
    var_70 = wp::determinant(var_17);
    // Ic = F[0, 0] * F[0, 0] + F[0, 1] * F[0, 1] + F[1, 0] * F[1, 0] + F[1, 1] * F[1, 1]       <L 63>
    var_73 = wp::extract(var_17, var_71, var_72);
    var_76 = wp::extract(var_17, var_74, var_75);
    var_77 = wp::mul(var_73, var_76);
    var_80 = wp::extract(var_17, var_78, var_79);
    var_83 = wp::extract(var_17, var_81, var_82);
    var_84 = wp::mul(var_80, var_83);
    var_85 = wp::add(var_77, var_84);
    var_88 = wp::extract(var_17, var_86, var_87);
    var_91 = wp::extract(var_17, var_89, var_90);
    var_92 = wp::mul(var_88, var_91);
    var_93 = wp::add(var_85, var_92);
    var_96 = wp::extract(var_17, var_94, var_95);
    var_99 = wp::extract(var_17, var_97, var_98);
    var_100 = wp::mul(var_96, var_99);
    var_101 = wp::add(var_93, var_100);
    // logJ = wp.log(wp.max(J, 1.0e-6))                                                       <L 64>
    var_103 = wp::max(var_70, var_102);
    var_104 = wp::log(var_103);
    // psi = 0.5 * mat.k_mu * (Ic - 2.0) - mat.k_mu * logJ + 0.5 * mat.k_lambda * logJ * logJ       <L 65>
    var_106 = &(var_mat.k_mu);
    var_108 = wp::load(var_106);
    var_107 = wp::mul(var_105, var_108);
    var_110 = wp::sub(var_101, var_109);
    var_111 = wp::mul(var_107, var_110);
    var_112 = &(var_mat.k_mu);
    var_114 = wp::load(var_112);
    var_113 = wp::mul(var_114, var_104);
    var_115 = wp::sub(var_111, var_113);
    var_117 = &(var_mat.k_lambda);
    var_119 = wp::load(var_117);
    var_118 = wp::mul(var_116, var_119);
    var_120 = wp::mul(var_118, var_104);
    var_121 = wp::mul(var_120, var_104);
    var_122 = wp::add(var_115, var_121);
    // wp.atomic_add(energy, 0, psi * A)                                                      <L 66>
    var_124 = wp::mul(var_122, var_42);
    var_125 = wp::atomic_add(var_energy, var_123, var_124);
}



void eval_triangles_c2988a46_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_eval_triangles_c2988a46 *_wp_args,
    wp_args_eval_triangles_c2988a46 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::int32> var_tris = _wp_args->tris;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_Dm_inv = _wp_args->Dm_inv;
    wp::array_t<wp::float32> var_rest_area = _wp_args->rest_area;
    TriMaterial_68d27eed var_mat = _wp_args->mat;
    wp::array_t<wp::vec_t<2, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::int32> adj_tris = _wp_adj_args->tris;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_Dm_inv = _wp_adj_args->Dm_inv;
    wp::array_t<wp::float32> adj_rest_area = _wp_adj_args->rest_area;
    TriMaterial_68d27eed adj_mat = _wp_adj_args->mat;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_f = _wp_adj_args->f;
    wp::array_t<wp::float32> adj_energy = _wp_adj_args->energy;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 2;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::vec_t<2, wp::float32>* var_13;
    wp::vec_t<2, wp::float32>* var_14;
    wp::vec_t<2, wp::float32>* var_15;
    wp::mat_t<2, 2, wp::float32>* var_16;
    wp::mat_t<2, 2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::mat_t<2, 2, wp::float32> var_21;
    wp::vec_t<2, wp::float32>* var_22;
    wp::vec_t<2, wp::float32>* var_23;
    wp::vec_t<2, wp::float32>* var_24;
    wp::mat_t<2, 2, wp::float32>* var_25;
    wp::mat_t<2, 2, wp::float32> var_26;
    wp::vec_t<2, wp::float32> var_27;
    wp::vec_t<2, wp::float32> var_28;
    wp::vec_t<2, wp::float32> var_29;
    wp::mat_t<2, 2, wp::float32> var_30;
    wp::float32* var_31;
    wp::float32* var_32;
    wp::mat_t<2, 2, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::mat_t<2, 2, wp::float32> var_37;
    wp::float32 var_38;
    wp::mat_t<2, 2, wp::float32> var_39;
    wp::float32* var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::mat_t<2, 2, wp::float32>* var_45;
    wp::mat_t<2, 2, wp::float32> var_46;
    wp::mat_t<2, 2, wp::float32> var_47;
    wp::mat_t<2, 2, wp::float32> var_48;
    wp::float32 var_49;
    wp::mat_t<2, 2, wp::float32> var_50;
    const wp::int32 var_51 = 0;
    const wp::int32 var_52 = 0;
    wp::float32 var_53;
    const wp::int32 var_54 = 1;
    const wp::int32 var_55 = 0;
    wp::float32 var_56;
    wp::vec_t<2, wp::float32> var_57;
    const wp::int32 var_58 = 0;
    const wp::int32 var_59 = 1;
    wp::float32 var_60;
    const wp::int32 var_61 = 1;
    const wp::int32 var_62 = 1;
    wp::float32 var_63;
    wp::vec_t<2, wp::float32> var_64;
    wp::vec_t<2, wp::float32> var_65;
    wp::vec_t<2, wp::float32> var_66;
    wp::vec_t<2, wp::float32> var_67;
    wp::vec_t<2, wp::float32> var_68;
    wp::vec_t<2, wp::float32> var_69;
    wp::float32 var_70;
    const wp::int32 var_71 = 0;
    const wp::int32 var_72 = 0;
    wp::float32 var_73;
    const wp::int32 var_74 = 0;
    const wp::int32 var_75 = 0;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 0;
    const wp::int32 var_79 = 1;
    wp::float32 var_80;
    const wp::int32 var_81 = 0;
    const wp::int32 var_82 = 1;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    const wp::int32 var_86 = 1;
    const wp::int32 var_87 = 0;
    wp::float32 var_88;
    const wp::int32 var_89 = 1;
    const wp::int32 var_90 = 0;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    const wp::int32 var_94 = 1;
    const wp::int32 var_95 = 1;
    wp::float32 var_96;
    const wp::int32 var_97 = 1;
    const wp::int32 var_98 = 1;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    const wp::float32 var_102 = 1e-06;
    wp::float32 var_103;
    wp::float32 var_104;
    const wp::float32 var_105 = 0.5;
    wp::float32* var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    const wp::float32 var_109 = 2.0;
    wp::float32 var_110;
    wp::float32 var_111;
    wp::float32* var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    wp::float32 var_115;
    const wp::float32 var_116 = 0.5;
    wp::float32* var_117;
    wp::float32 var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::float32 var_121;
    wp::float32 var_122;
    const wp::int32 var_123 = 0;
    wp::float32 var_124;
    wp::float32 var_125;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::mat_t<2, 2, wp::float32> adj_16 = {};
    wp::mat_t<2, 2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::mat_t<2, 2, wp::float32> adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    wp::mat_t<2, 2, wp::float32> adj_25 = {};
    wp::mat_t<2, 2, wp::float32> adj_26 = {};
    wp::vec_t<2, wp::float32> adj_27 = {};
    wp::vec_t<2, wp::float32> adj_28 = {};
    wp::vec_t<2, wp::float32> adj_29 = {};
    wp::mat_t<2, 2, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::mat_t<2, 2, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::mat_t<2, 2, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::mat_t<2, 2, wp::float32> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::mat_t<2, 2, wp::float32> adj_45 = {};
    wp::mat_t<2, 2, wp::float32> adj_46 = {};
    wp::mat_t<2, 2, wp::float32> adj_47 = {};
    wp::mat_t<2, 2, wp::float32> adj_48 = {};
    wp::float32 adj_49 = {};
    wp::mat_t<2, 2, wp::float32> adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::vec_t<2, wp::float32> adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::vec_t<2, wp::float32> adj_64 = {};
    wp::vec_t<2, wp::float32> adj_65 = {};
    wp::vec_t<2, wp::float32> adj_66 = {};
    wp::vec_t<2, wp::float32> adj_67 = {};
    wp::vec_t<2, wp::float32> adj_68 = {};
    wp::vec_t<2, wp::float32> adj_69 = {};
    wp::float32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::int32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::int32 adj_89 = {};
    wp::int32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::int32 adj_94 = {};
    wp::int32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::int32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::float32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::float32 adj_114 = {};
    wp::float32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::float32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::float32 adj_124 = {};
    wp::float32 adj_125 = {};
    //---------
    // forward
    // def eval_triangles(                                                                    <L 37>
    // t = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // i = tris[t, 0]                                                                         <L 48>
    var_2 = wp::address(var_tris, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = tris[t, 1]                                                                         <L 49>
    var_6 = wp::address(var_tris, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // k = tris[t, 2]                                                                         <L 50>
    var_10 = wp::address(var_tris, var_0, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // F = deformation_gradient(x[i], x[j], x[k], Dm_inv[t])                                  <L 51>
    var_13 = wp::address(var_x, var_3);
    var_14 = wp::address(var_x, var_7);
    var_15 = wp::address(var_x, var_11);
    var_16 = wp::address(var_Dm_inv, var_0);
    var_18 = wp::load(var_13);
    var_19 = wp::load(var_14);
    var_20 = wp::load(var_15);
    var_21 = wp::load(var_16);
    var_17 = deformation_gradient_0(var_18, var_19, var_20, var_21);
    // dF = deformation_gradient(v[i], v[j], v[k], Dm_inv[t])                                 <L 52>
    var_22 = wp::address(var_v, var_3);
    var_23 = wp::address(var_v, var_7);
    var_24 = wp::address(var_v, var_11);
    var_25 = wp::address(var_Dm_inv, var_0);
    var_27 = wp::load(var_22);
    var_28 = wp::load(var_23);
    var_29 = wp::load(var_24);
    var_30 = wp::load(var_25);
    var_26 = deformation_gradient_0(var_27, var_28, var_29, var_30);
    // P = neo_hookean_stress(F, mat.k_mu, mat.k_lambda) + dF * mat.k_damp                    <L 53>
    var_31 = &(var_mat.k_mu);
    var_32 = &(var_mat.k_lambda);
    var_34 = wp::load(var_31);
    var_35 = wp::load(var_32);
    var_33 = neo_hookean_stress_0(var_17, var_34, var_35);
    var_36 = &(var_mat.k_damp);
    var_38 = wp::load(var_36);
    var_37 = wp::mul(var_26, var_38);
    var_39 = wp::add(var_33, var_37);
    // A = rest_area[t] * mat.thickness                                                       <L 54>
    var_40 = wp::address(var_rest_area, var_0);
    var_41 = &(var_mat.thickness);
    var_43 = wp::load(var_40);
    var_44 = wp::load(var_41);
    var_42 = wp::mul(var_43, var_44);
    // H = P * wp.transpose(Dm_inv[t]) * (-A)                                                 <L 55>
    var_45 = wp::address(var_Dm_inv, var_0);
    var_47 = wp::load(var_45);
    var_46 = wp::transpose(var_47);
    var_48 = wp::mul(var_39, var_46);
    var_49 = wp::neg(var_42);
    var_50 = wp::mul(var_48, var_49);
    // f1 = wp.vec2(H[0, 0], H[1, 0])                                                         <L 56>
    var_53 = wp::extract(var_50, var_51, var_52);
    var_56 = wp::extract(var_50, var_54, var_55);
    var_57 = wp::vec_t<2, wp::float32>(var_53, var_56);
    // f2 = wp.vec2(H[0, 1], H[1, 1])                                                         <L 57>
    var_60 = wp::extract(var_50, var_58, var_59);
    var_63 = wp::extract(var_50, var_61, var_62);
    var_64 = wp::vec_t<2, wp::float32>(var_60, var_63);
    // f0 = -(f1 + f2)                                                                        <L 58>
    var_65 = wp::add(var_57, var_64);
    var_66 = wp::neg(var_65);
    // wp.atomic_add(f, i, f0)                                                                <L 59>
    // var_67 = wp::atomic_add(var_f, var_3, var_66);
    // wp.atomic_add(f, j, f1)                                                                <L 60>
    // var_68 = wp::atomic_add(var_f, var_7, var_57);
    // wp.atomic_add(f, k, f2)                                                                <L 61>
    // var_69 = wp::atomic_add(var_f, var_11, var_64);
    // J = wp.determinant(F)                                                                  <L 62>
    var_70 = wp::determinant(var_17);
    // Ic = F[0, 0] * F[0, 0] + F[0, 1] * F[0, 1] + F[1, 0] * F[1, 0] + F[1, 1] * F[1, 1]       <L 63>
    var_73 = wp::extract(var_17, var_71, var_72);
    var_76 = wp::extract(var_17, var_74, var_75);
    var_77 = wp::mul(var_73, var_76);
    var_80 = wp::extract(var_17, var_78, var_79);
    var_83 = wp::extract(var_17, var_81, var_82);
    var_84 = wp::mul(var_80, var_83);
    var_85 = wp::add(var_77, var_84);
    var_88 = wp::extract(var_17, var_86, var_87);
    var_91 = wp::extract(var_17, var_89, var_90);
    var_92 = wp::mul(var_88, var_91);
    var_93 = wp::add(var_85, var_92);
    var_96 = wp::extract(var_17, var_94, var_95);
    var_99 = wp::extract(var_17, var_97, var_98);
    var_100 = wp::mul(var_96, var_99);
    var_101 = wp::add(var_93, var_100);
    // logJ = wp.log(wp.max(J, 1.0e-6))                                                       <L 64>
    var_103 = wp::max(var_70, var_102);
    var_104 = wp::log(var_103);
    // psi = 0.5 * mat.k_mu * (Ic - 2.0) - mat.k_mu * logJ + 0.5 * mat.k_lambda * logJ * logJ       <L 65>
    var_106 = &(var_mat.k_mu);
    var_108 = wp::load(var_106);
    var_107 = wp::mul(var_105, var_108);
    var_110 = wp::sub(var_101, var_109);
    var_111 = wp::mul(var_107, var_110);
    var_112 = &(var_mat.k_mu);
    var_114 = wp::load(var_112);
    var_113 = wp::mul(var_114, var_104);
    var_115 = wp::sub(var_111, var_113);
    var_117 = &(var_mat.k_lambda);
    var_119 = wp::load(var_117);
    var_118 = wp::mul(var_116, var_119);
    var_120 = wp::mul(var_118, var_104);
    var_121 = wp::mul(var_120, var_104);
    var_122 = wp::add(var_115, var_121);
    // wp.atomic_add(energy, 0, psi * A)                                                      <L 66>
    var_124 = wp::mul(var_122, var_42);
    // var_125 = wp::atomic_add(var_energy, var_123, var_124);
    //---------
    // reverse
    wp::adj_atomic_add(var_energy, var_123, var_124, adj_energy, adj_123, adj_124, adj_125);
    wp::adj_mul(var_122, var_42, adj_122, adj_42, adj_124);
    // adj: wp.atomic_add(energy, 0, psi * A)                                                 <L 66>
    wp::adj_add(var_115, var_121, adj_115, adj_121, adj_122);
    wp::adj_mul(var_120, var_104, adj_120, adj_104, adj_121);
    wp::adj_mul(var_118, var_104, adj_118, adj_104, adj_120);
    wp::adj_mul(var_116, var_119, adj_116, adj_117, adj_118);
    adj_mat.k_lambda += adj_117;
    wp::adj_sub(var_111, var_113, adj_111, adj_113, adj_115);
    wp::adj_mul(var_114, var_104, adj_112, adj_104, adj_113);
    adj_mat.k_mu += adj_112;
    wp::adj_mul(var_107, var_110, adj_107, adj_110, adj_111);
    wp::adj_sub(var_101, var_109, adj_101, adj_109, adj_110);
    wp::adj_mul(var_105, var_108, adj_105, adj_106, adj_107);
    adj_mat.k_mu += adj_106;
    // adj: psi = 0.5 * mat.k_mu * (Ic - 2.0) - mat.k_mu * logJ + 0.5 * mat.k_lambda * logJ * logJ  <L 65>
    wp::adj_log(var_103, adj_103, adj_104);
    wp::adj_max(var_70, var_102, adj_70, adj_102, adj_103);
    // adj: logJ = wp.log(wp.max(J, 1.0e-6))                                                  <L 64>
    wp::adj_add(var_93, var_100, adj_93, adj_100, adj_101);
    wp::adj_mul(var_96, var_99, adj_96, adj_99, adj_100);
    wp::adj_extract(var_17, var_97, var_98, adj_17, adj_97, adj_98, adj_99);
    wp::adj_extract(var_17, var_94, var_95, adj_17, adj_94, adj_95, adj_96);
    wp::adj_add(var_85, var_92, adj_85, adj_92, adj_93);
    wp::adj_mul(var_88, var_91, adj_88, adj_91, adj_92);
    wp::adj_extract(var_17, var_89, var_90, adj_17, adj_89, adj_90, adj_91);
    wp::adj_extract(var_17, var_86, var_87, adj_17, adj_86, adj_87, adj_88);
    wp::adj_add(var_77, var_84, adj_77, adj_84, adj_85);
    wp::adj_mul(var_80, var_83, adj_80, adj_83, adj_84);
    wp::adj_extract(var_17, var_81, var_82, adj_17, adj_81, adj_82, adj_83);
    wp::adj_extract(var_17, var_78, var_79, adj_17, adj_78, adj_79, adj_80);
    wp::adj_mul(var_73, var_76, adj_73, adj_76, adj_77);
    wp::adj_extract(var_17, var_74, var_75, adj_17, adj_74, adj_75, adj_76);
    wp::adj_extract(var_17, var_71, var_72, adj_17, adj_71, adj_72, adj_73);
    // adj: Ic = F[0, 0] * F[0, 0] + F[0, 1] * F[0, 1] + F[1, 0] * F[1, 0] + F[1, 1] * F[1, 1]  <L 63>
    wp::adj_determinant(var_17, adj_17, adj_70);
    // adj: J = wp.determinant(F)                                                             <L 62>
    wp::adj_atomic_add(var_f, var_11, var_64, adj_f, adj_11, adj_64, adj_69);
    // adj: wp.atomic_add(f, k, f2)                                                           <L 61>
    wp::adj_atomic_add(var_f, var_7, var_57, adj_f, adj_7, adj_57, adj_68);
    // adj: wp.atomic_add(f, j, f1)                                                           <L 60>
    wp::adj_atomic_add(var_f, var_3, var_66, adj_f, adj_3, adj_66, adj_67);
    // adj: wp.atomic_add(f, i, f0)                                                           <L 59>
    wp::adj_neg(var_65, adj_65, adj_66);
    wp::adj_add(var_57, var_64, adj_57, adj_64, adj_65);
    // adj: f0 = -(f1 + f2)                                                                   <L 58>
    wp::adj_vec_t(var_60, var_63, adj_60, adj_63, adj_64);
    wp::adj_extract(var_50, var_61, var_62, adj_50, adj_61, adj_62, adj_63);
    wp::adj_extract(var_50, var_58, var_59, adj_50, adj_58, adj_59, adj_60);
    // adj: f2 = wp.vec2(H[0, 1], H[1, 1])                                                    <L 57>
    wp::adj_vec_t(var_53, var_56, adj_53, adj_56, adj_57);
    wp::adj_extract(var_50, var_54, var_55, adj_50, adj_54, adj_55, adj_56);
    wp::adj_extract(var_50, var_51, var_52, adj_50, adj_51, adj_52, adj_53);
    // adj: f1 = wp.vec2(H[0, 0], H[1, 0])                                                    <L 56>
    wp::adj_mul(var_48, var_49, adj_48, adj_49, adj_50);
    wp::adj_neg(var_42, adj_42, adj_49);
    wp::adj_mul(var_39, var_46, adj_39, adj_46, adj_48);
    wp::adj_transpose(var_47, adj_45, adj_46);
    wp::adj_address(var_Dm_inv, var_0, adj_Dm_inv, adj_0, adj_45);
    // adj: H = P * wp.transpose(Dm_inv[t]) * (-A)                                            <L 55>
    wp::adj_mul(var_43, var_44, adj_40, adj_41, adj_42);
    adj_mat.thickness += adj_41;
    wp::adj_address(var_rest_area, var_0, adj_rest_area, adj_0, adj_40);
    // adj: A = rest_area[t] * mat.thickness                                                  <L 54>
    wp::adj_add(var_33, var_37, adj_33, adj_37, adj_39);
    wp::adj_mul(var_26, var_38, adj_26, adj_36, adj_37);
    adj_mat.k_damp += adj_36;
    adj_neo_hookean_stress_0(var_17, var_34, var_35, adj_17, adj_31, adj_32, adj_33);
    adj_mat.k_lambda += adj_32;
    adj_mat.k_mu += adj_31;
    // adj: P = neo_hookean_stress(F, mat.k_mu, mat.k_lambda) + dF * mat.k_damp               <L 53>
    adj_deformation_gradient_0(var_27, var_28, var_29, var_30, adj_22, adj_23, adj_24, adj_25, adj_26);
    wp::adj_address(var_Dm_inv, var_0, adj_Dm_inv, adj_0, adj_25);
    wp::adj_address(var_v, var_11, adj_v, adj_11, adj_24);
    wp::adj_address(var_v, var_7, adj_v, adj_7, adj_23);
    wp::adj_address(var_v, var_3, adj_v, adj_3, adj_22);
    // adj: dF = deformation_gradient(v[i], v[j], v[k], Dm_inv[t])                            <L 52>
    adj_deformation_gradient_0(var_18, var_19, var_20, var_21, adj_13, adj_14, adj_15, adj_16, adj_17);
    wp::adj_address(var_Dm_inv, var_0, adj_Dm_inv, adj_0, adj_16);
    wp::adj_address(var_x, var_11, adj_x, adj_11, adj_15);
    wp::adj_address(var_x, var_7, adj_x, adj_7, adj_14);
    wp::adj_address(var_x, var_3, adj_x, adj_3, adj_13);
    // adj: F = deformation_gradient(x[i], x[j], x[k], Dm_inv[t])                             <L 51>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_tris, var_0, var_9, adj_tris, adj_0, adj_9, adj_10);
    // adj: k = tris[t, 2]                                                                    <L 50>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_tris, var_0, var_5, adj_tris, adj_0, adj_5, adj_6);
    // adj: j = tris[t, 1]                                                                    <L 49>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_tris, var_0, var_1, adj_tris, adj_0, adj_1, adj_2);
    // adj: i = tris[t, 0]                                                                    <L 48>
    // adj: t = wp.tid()                                                                      <L 47>
    // adj: def eval_triangles(                                                               <L 37>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void eval_triangles_c2988a46_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_eval_triangles_c2988a46 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        eval_triangles_c2988a46_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void eval_triangles_c2988a46_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_eval_triangles_c2988a46 *_wp_args,
    wp_args_eval_triangles_c2988a46 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        eval_triangles_c2988a46_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_rest_pose_d6e1a206 {
    wp::array_t<wp::vec_t<3, wp::float32>> x3;
    wp::array_t<wp::int32> tris;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> Dm_inv;
    wp::array_t<wp::float32> rest_area;
    wp::array_t<wp::int32> degenerate;
};


void rest_pose_d6e1a206_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_rest_pose_d6e1a206 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x3 = _wp_args->x3;
    wp::array_t<wp::int32> var_tris = _wp_args->tris;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_Dm_inv = _wp_args->Dm_inv;
    wp::array_t<wp::float32> var_rest_area = _wp_args->rest_area;
    wp::array_t<wp::int32> var_degenerate = _wp_args->degenerate;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 1;
    wp::int32* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 2;
    wp::int32* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::int32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::mat_t<2, 2, wp::float32> var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 1e-12;
    bool var_34;
    const wp::float32 var_35 = 1.0;
    const wp::float32 var_36 = 0.0;
    const wp::float32 var_37 = 0.0;
    const wp::float32 var_38 = 1.0;
    wp::mat_t<2, 2, wp::float32> var_39;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    wp::mat_t<2, 2, wp::float32> var_43;
    //---------
    // forward
    // def rest_pose(x3: wp.array(dtype=wp.vec3), tris: wp.array2d(dtype=int), Dm_inv: wp.array(dtype=wp.mat22), rest_area: wp.array(dtype=float), degenerate: wp.array(dtype=int)):       <L 70>
    // t = wp.tid()                                                                           <L 71>
    var_0 = builtin_tid1d();
    // p = x3[tris[t, 0]]                                                                     <L 72>
    var_2 = wp::address(var_tris, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::address(var_x3, var_4);
    var_6 = wp::load(var_3);
    var_5 = wp::copy(var_6);
    // q = x3[tris[t, 1]]                                                                     <L 73>
    var_8 = wp::address(var_tris, var_0, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::address(var_x3, var_10);
    var_12 = wp::load(var_9);
    var_11 = wp::copy(var_12);
    // r = x3[tris[t, 2]]                                                                     <L 74>
    var_14 = wp::address(var_tris, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::address(var_x3, var_16);
    var_18 = wp::load(var_15);
    var_17 = wp::copy(var_18);
    // e1, e2, area = triangle_frame(p, q, r)                                                 <L 75>
    triangle_frame_0(var_5, var_11, var_17, var_19, var_20, var_21);
    // rest_area[t] = area                                                                    <L 76>
    wp::array_store(var_rest_area, var_0, var_21);
    // ax = wp.normalize(e1)                                                                  <L 77>
    var_22 = wp::normalize(var_19);
    // n = wp.normalize(wp.cross(e1, e2))                                                     <L 78>
    var_23 = wp::cross(var_19, var_20);
    var_24 = wp::normalize(var_23);
    // ay = wp.cross(n, ax)                                                                   <L 79>
    var_25 = wp::cross(var_24, var_22);
    // Dm = wp.mat22(wp.dot(e1, ax), wp.dot(e2, ax), wp.dot(e1, ay), wp.dot(e2, ay))          <L 80>
    var_26 = wp::dot(var_19, var_22);
    var_27 = wp::dot(var_20, var_22);
    var_28 = wp::dot(var_19, var_25);
    var_29 = wp::dot(var_20, var_25);
    var_30 = wp::mat_t<2, 2, wp::float32>(var_26, var_27, var_28, var_29);
    // det = wp.determinant(Dm)                                                               <L 81>
    var_31 = wp::determinant(var_30);
    // if wp.abs(det) < 1.0e-12:                                                              <L 82>
    var_32 = wp::abs(var_31);
    var_34 = (var_32 < var_33);
    if (var_34) {
        // Dm_inv[t] = wp.mat22(1.0, 0.0, 0.0, 1.0)                                           <L 83>
        var_39 = wp::mat_t<2, 2, wp::float32>(var_35, var_36, var_37, var_38);
        wp::array_store(var_Dm_inv, var_0, var_39);
        // wp.atomic_add(degenerate, 0, 1)                                                    <L 84>
        var_42 = wp::atomic_add(var_degenerate, var_40, var_41);
    }
    if (!var_34) {
        // Dm_inv[t] = wp.inverse(Dm)                                                         <L 86>
        var_43 = wp::inverse(var_30);
        wp::array_store(var_Dm_inv, var_0, var_43);
    }
}



void rest_pose_d6e1a206_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_rest_pose_d6e1a206 *_wp_args,
    wp_args_rest_pose_d6e1a206 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x3 = _wp_args->x3;
    wp::array_t<wp::int32> var_tris = _wp_args->tris;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_Dm_inv = _wp_args->Dm_inv;
    wp::array_t<wp::float32> var_rest_area = _wp_args->rest_area;
    wp::array_t<wp::int32> var_degenerate = _wp_args->degenerate;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x3 = _wp_adj_args->x3;
    wp::array_t<wp::int32> adj_tris = _wp_adj_args->tris;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_Dm_inv = _wp_adj_args->Dm_inv;
    wp::array_t<wp::float32> adj_rest_area = _wp_adj_args->rest_area;
    wp::array_t<wp::int32> adj_degenerate = _wp_adj_args->degenerate;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 1;
    wp::int32* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 2;
    wp::int32* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::int32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::mat_t<2, 2, wp::float32> var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 1e-12;
    bool var_34;
    const wp::float32 var_35 = 1.0;
    const wp::float32 var_36 = 0.0;
    const wp::float32 var_37 = 0.0;
    const wp::float32 var_38 = 1.0;
    wp::mat_t<2, 2, wp::float32> var_39;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    wp::mat_t<2, 2, wp::float32> var_43;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::mat_t<2, 2, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    bool adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::mat_t<2, 2, wp::float32> adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::mat_t<2, 2, wp::float32> adj_43 = {};
    //---------
    // forward
    // def rest_pose(x3: wp.array(dtype=wp.vec3), tris: wp.array2d(dtype=int), Dm_inv: wp.array(dtype=wp.mat22), rest_area: wp.array(dtype=float), degenerate: wp.array(dtype=int)):       <L 70>
    // t = wp.tid()                                                                           <L 71>
    var_0 = builtin_tid1d();
    // p = x3[tris[t, 0]]                                                                     <L 72>
    var_2 = wp::address(var_tris, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::address(var_x3, var_4);
    var_6 = wp::load(var_3);
    var_5 = wp::copy(var_6);
    // q = x3[tris[t, 1]]                                                                     <L 73>
    var_8 = wp::address(var_tris, var_0, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::address(var_x3, var_10);
    var_12 = wp::load(var_9);
    var_11 = wp::copy(var_12);
    // r = x3[tris[t, 2]]                                                                     <L 74>
    var_14 = wp::address(var_tris, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::address(var_x3, var_16);
    var_18 = wp::load(var_15);
    var_17 = wp::copy(var_18);
    // e1, e2, area = triangle_frame(p, q, r)                                                 <L 75>
    triangle_frame_0(var_5, var_11, var_17, var_19, var_20, var_21);
    // rest_area[t] = area                                                                    <L 76>
    // wp::array_store(var_rest_area, var_0, var_21);
    // ax = wp.normalize(e1)                                                                  <L 77>
    var_22 = wp::normalize(var_19);
    // n = wp.normalize(wp.cross(e1, e2))                                                     <L 78>
    var_23 = wp::cross(var_19, var_20);
    var_24 = wp::normalize(var_23);
    // ay = wp.cross(n, ax)                                                                   <L 79>
    var_25 = wp::cross(var_24, var_22);
    // Dm = wp.mat22(wp.dot(e1, ax), wp.dot(e2, ax), wp.dot(e1, ay), wp.dot(e2, ay))          <L 80>
    var_26 = wp::dot(var_19, var_22);
    var_27 = wp::dot(var_20, var_22);
    var_28 = wp::dot(var_19, var_25);
    var_29 = wp::dot(var_20, var_25);
    var_30 = wp::mat_t<2, 2, wp::float32>(var_26, var_27, var_28, var_29);
    // det = wp.determinant(Dm)                                                               <L 81>
    var_31 = wp::determinant(var_30);
    // if wp.abs(det) < 1.0e-12:                                                              <L 82>
    var_32 = wp::abs(var_31);
    var_34 = (var_32 < var_33);
    if (var_34) {
        // Dm_inv[t] = wp.mat22(1.0, 0.0, 0.0, 1.0)                                           <L 83>
        var_39 = wp::mat_t<2, 2, wp::float32>(var_35, var_36, var_37, var_38);
        // wp::array_store(var_Dm_inv, var_0, var_39);
        // wp.atomic_add(degenerate, 0, 1)                                                    <L 84>
        // var_42 = wp::atomic_add(var_degenerate, var_40, var_41);
    }
    if (!var_34) {
        // Dm_inv[t] = wp.inverse(Dm)                                                         <L 86>
        var_43 = wp::inverse(var_30);
        // wp::array_store(var_Dm_inv, var_0, var_43);
    }
    //---------
    // reverse
    if (!var_34) {
        wp::adj_array_store(var_Dm_inv, var_0, var_43, adj_Dm_inv, adj_0, adj_43);
        wp::adj_inverse(var_30, var_43, adj_30, adj_43);
        // adj: Dm_inv[t] = wp.inverse(Dm)                                                    <L 86>
    }
    if (var_34) {
        wp::adj_atomic_add(var_degenerate, var_40, var_41, adj_degenerate, adj_40, adj_41, adj_42);
        // adj: wp.atomic_add(degenerate, 0, 1)                                               <L 84>
        wp::adj_array_store(var_Dm_inv, var_0, var_39, adj_Dm_inv, adj_0, adj_39);
        wp::adj_mat_t(var_35, var_36, var_37, var_38, adj_35, adj_36, adj_37, adj_38, adj_39);
        // adj: Dm_inv[t] = wp.mat22(1.0, 0.0, 0.0, 1.0)                                      <L 83>
    }
    wp::adj_abs(var_31, adj_31, adj_32);
    // adj: if wp.abs(det) < 1.0e-12:                                                         <L 82>
    wp::adj_determinant(var_30, adj_30, adj_31);
    // adj: det = wp.determinant(Dm)                                                          <L 81>
    wp::adj_mat_t(var_26, var_27, var_28, var_29, adj_26, adj_27, adj_28, adj_29, adj_30);
    wp::adj_dot(var_20, var_25, adj_20, adj_25, adj_29);
    wp::adj_dot(var_19, var_25, adj_19, adj_25, adj_28);
    wp::adj_dot(var_20, var_22, adj_20, adj_22, adj_27);
    wp::adj_dot(var_19, var_22, adj_19, adj_22, adj_26);
    // adj: Dm = wp.mat22(wp.dot(e1, ax), wp.dot(e2, ax), wp.dot(e1, ay), wp.dot(e2, ay))     <L 80>
    wp::adj_cross(var_24, var_22, adj_24, adj_22, adj_25);
    // adj: ay = wp.cross(n, ax)                                                              <L 79>
    wp::adj_normalize(var_23, var_24, adj_23, adj_24);
    wp::adj_cross(var_19, var_20, adj_19, adj_20, adj_23);
    // adj: n = wp.normalize(wp.cross(e1, e2))                                                <L 78>
    wp::adj_normalize(var_19, var_22, adj_19, adj_22);
    // adj: ax = wp.normalize(e1)                                                             <L 77>
    wp::adj_array_store(var_rest_area, var_0, var_21, adj_rest_area, adj_0, adj_21);
    // adj: rest_area[t] = area                                                               <L 76>
    adj_triangle_frame_0(var_5, var_11, var_17, var_19, var_20, var_21, adj_5, adj_11, adj_17, adj_19, adj_20, adj_21);
    // adj: e1, e2, area = triangle_frame(p, q, r)                                            <L 75>
    wp::adj_copy(var_18, adj_15, adj_17);
    wp::adj_address(var_x3, var_16, adj_x3, adj_14, adj_15);
    wp::adj_address(var_tris, var_0, var_13, adj_tris, adj_0, adj_13, adj_14);
    // adj: r = x3[tris[t, 2]]                                                                <L 74>
    wp::adj_copy(var_12, adj_9, adj_11);
    wp::adj_address(var_x3, var_10, adj_x3, adj_8, adj_9);
    wp::adj_address(var_tris, var_0, var_7, adj_tris, adj_0, adj_7, adj_8);
    // adj: q = x3[tris[t, 1]]                                                                <L 73>
    wp::adj_copy(var_6, adj_3, adj_5);
    wp::adj_address(var_x3, var_4, adj_x3, adj_2, adj_3);
    wp::adj_address(var_tris, var_0, var_1, adj_tris, adj_0, adj_1, adj_2);
    // adj: p = x3[tris[t, 0]]                                                                <L 72>
    // adj: t = wp.tid()                                                                      <L 71>
    // adj: def rest_pose(x3: wp.array(dtype=wp.vec3), tris: wp.array2d(dtype=int), Dm_inv: wp.array(dtype=wp.mat22), rest_area: wp.array(dtype=float), degenerate: wp.array(dtype=int)):  <L 70>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void rest_pose_d6e1a206_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_rest_pose_d6e1a206 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        rest_pose_d6e1a206_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void rest_pose_d6e1a206_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_rest_pose_d6e1a206 *_wp_args,
    wp_args_rest_pose_d6e1a206 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        rest_pose_d6e1a206_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_integrate_2d_bf86f0c3 {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::float32>> v;
    wp::array_t<wp::vec_t<2, wp::float32>> f;
    wp::array_t<wp::float32> inv_mass;
    wp::vec_t<2, wp::float32> gravity;
    wp::float32 dt;
};


void integrate_2d_bf86f0c3_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_2d_bf86f0c3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::vec_t<2, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32>* var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32>* var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32>* var_18;
    wp::vec_t<2, wp::float32>* var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    //---------
    // forward
    // def integrate_2d(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), f: wp.array(dtype=wp.vec2), inv_mass: wp.array(dtype=float), gravity: wp.vec2, dt: float):       <L 90>
    // i = wp.tid()                                                                           <L 91>
    var_0 = builtin_tid1d();
    // w = inv_mass[i]                                                                        <L 92>
    var_1 = wp::address(var_inv_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = gravity * wp.where(w > 0.0, 1.0, 0.0) + f[i] * w                                   <L 93>
    var_5 = (var_2 > var_4);
    var_8 = wp::where(var_5, var_6, var_7);
    var_9 = wp::mul(var_gravity, var_8);
    var_10 = wp::address(var_f, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::mul(var_12, var_2);
    var_13 = wp::add(var_9, var_11);
    // v[i] = v[i] + a * dt                                                                   <L 94>
    var_14 = wp::address(var_v, var_0);
    var_15 = wp::mul(var_13, var_dt);
    var_17 = wp::load(var_14);
    var_16 = wp::add(var_17, var_15);
    wp::array_store(var_v, var_0, var_16);
    // x[i] = x[i] + v[i] * dt                                                                <L 95>
    var_18 = wp::address(var_x, var_0);
    var_19 = wp::address(var_v, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::mul(var_21, var_dt);
    var_23 = wp::load(var_18);
    var_22 = wp::add(var_23, var_20);
    wp::array_store(var_x, var_0, var_22);
    // f[i] = wp.vec2()                                                                       <L 96>
    var_24 = wp::vec_t<2, wp::float32>();
    wp::array_store(var_f, var_0, var_24);
}



void integrate_2d_bf86f0c3_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_2d_bf86f0c3 *_wp_args,
    wp_args_integrate_2d_bf86f0c3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_f = _wp_args->f;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::vec_t<2, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_f = _wp_adj_args->f;
    wp::array_t<wp::float32> adj_inv_mass = _wp_adj_args->inv_mass;
    wp::vec_t<2, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32>* var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32>* var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32>* var_18;
    wp::vec_t<2, wp::float32>* var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    //---------
    // forward
    // def integrate_2d(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), f: wp.array(dtype=wp.vec2), inv_mass: wp.array(dtype=float), gravity: wp.vec2, dt: float):       <L 90>
    // i = wp.tid()                                                                           <L 91>
    var_0 = builtin_tid1d();
    // w = inv_mass[i]                                                                        <L 92>
    var_1 = wp::address(var_inv_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = gravity * wp.where(w > 0.0, 1.0, 0.0) + f[i] * w                                   <L 93>
    var_5 = (var_2 > var_4);
    var_8 = wp::where(var_5, var_6, var_7);
    var_9 = wp::mul(var_gravity, var_8);
    var_10 = wp::address(var_f, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::mul(var_12, var_2);
    var_13 = wp::add(var_9, var_11);
    // v[i] = v[i] + a * dt                                                                   <L 94>
    var_14 = wp::address(var_v, var_0);
    var_15 = wp::mul(var_13, var_dt);
    var_17 = wp::load(var_14);
    var_16 = wp::add(var_17, var_15);
    // wp::array_store(var_v, var_0, var_16);
    // x[i] = x[i] + v[i] * dt                                                                <L 95>
    var_18 = wp::address(var_x, var_0);
    var_19 = wp::address(var_v, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::mul(var_21, var_dt);
    var_23 = wp::load(var_18);
    var_22 = wp::add(var_23, var_20);
    // wp::array_store(var_x, var_0, var_22);
    // f[i] = wp.vec2()                                                                       <L 96>
    var_24 = wp::vec_t<2, wp::float32>();
    // wp::array_store(var_f, var_0, var_24);
    //---------
    // reverse
    wp::adj_array_store(var_f, var_0, var_24, adj_f, adj_0, adj_24);
    // adj: f[i] = wp.vec2()                                                                  <L 96>
    wp::adj_array_store(var_x, var_0, var_22, adj_x, adj_0, adj_22);
    wp::adj_add(var_23, var_20, adj_18, adj_20, adj_22);
    wp::adj_mul(var_21, var_dt, adj_19, adj_dt, adj_20);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_19);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_18);
    // adj: x[i] = x[i] + v[i] * dt                                                           <L 95>
    wp::adj_array_store(var_v, var_0, var_16, adj_v, adj_0, adj_16);
    wp::adj_add(var_17, var_15, adj_14, adj_15, adj_16);
    wp::adj_mul(var_13, var_dt, adj_13, adj_dt, adj_15);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_14);
    // adj: v[i] = v[i] + a * dt                                                              <L 94>
    wp::adj_add(var_9, var_11, adj_9, adj_11, adj_13);
    wp::adj_mul(var_12, var_2, adj_10, adj_2, adj_11);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_10);
    wp::adj_mul(var_gravity, var_8, adj_gravity, adj_8, adj_9);
    wp::adj_where(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    // adj: a = gravity * wp.where(w > 0.0, 1.0, 0.0) + f[i] * w                              <L 93>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_1);
    // adj: w = inv_mass[i]                                                                   <L 92>
    // adj: i = wp.tid()                                                                      <L 91>
    // adj: def integrate_2d(x: wp.array(dtype=wp.vec2), v: wp.array(dtype=wp.vec2), f: wp.array(dtype=wp.vec2), inv_mass: wp.array(dtype=float), gravity: wp.vec2, dt: float):  <L 90>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void integrate_2d_bf86f0c3_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_integrate_2d_bf86f0c3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_2d_bf86f0c3_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_2d_bf86f0c3_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_integrate_2d_bf86f0c3 *_wp_args,
    wp_args_integrate_2d_bf86f0c3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_2d_bf86f0c3_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

