
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



// corpus/038_rigid_contacts.py:13
static CUDA_CALLABLE wp::vec_t<3, wp::float32> velocity_at_0(
    wp::vec_t<6, wp::float32> var_qd,
    wp::vec_t<3, wp::float32> var_com,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def velocity_at(qd: wp.spatial_vector, com: wp.vec3, p: wp.vec3) -> wp.vec3:           <L 14>
    // w = wp.spatial_top(qd)                                                                 <L 15>
    var_0 = wp::spatial_top(var_qd);
    // v = wp.spatial_bottom(qd)                                                              <L 16>
    var_1 = wp::spatial_bottom(var_qd);
    // return v + wp.cross(w, p - com)                                                        <L 17>
    var_2 = wp::sub(var_p, var_com);
    var_3 = wp::cross(var_0, var_2);
    var_4 = wp::add(var_1, var_3);
    return var_4;
}


// corpus/038_rigid_contacts.py:20
static CUDA_CALLABLE wp::float32 effective_mass_0(
    wp::float32 var_inv_m,
    wp::mat_t<3, 3, wp::float32> var_inv_I,
    wp::vec_t<3, wp::float32> var_r,
    wp::vec_t<3, wp::float32> var_n)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def effective_mass(inv_m: float, inv_I: wp.mat33, r: wp.vec3, n: wp.vec3) -> float:       <L 21>
    // rn = wp.cross(r, n)                                                                    <L 22>
    var_0 = wp::cross(var_r, var_n);
    // return inv_m + wp.dot(rn, inv_I * rn)                                                  <L 23>
    var_1 = wp::mul(var_inv_I, var_0);
    var_2 = wp::dot(var_0, var_1);
    var_3 = wp::add(var_inv_m, var_2);
    return var_3;
}


// corpus/038_rigid_contacts.py:13
static CUDA_CALLABLE void adj_velocity_at_0(
    wp::vec_t<6, wp::float32> var_qd,
    wp::vec_t<3, wp::float32> var_com,
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<6, wp::float32> & adj_qd,
    wp::vec_t<3, wp::float32> & adj_com,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def velocity_at(qd: wp.spatial_vector, com: wp.vec3, p: wp.vec3) -> wp.vec3:           <L 14>
    // w = wp.spatial_top(qd)                                                                 <L 15>
    var_0 = wp::spatial_top(var_qd);
    // v = wp.spatial_bottom(qd)                                                              <L 16>
    var_1 = wp::spatial_bottom(var_qd);
    // return v + wp.cross(w, p - com)                                                        <L 17>
    var_2 = wp::sub(var_p, var_com);
    var_3 = wp::cross(var_0, var_2);
    var_4 = wp::add(var_1, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_add(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_cross(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_sub(var_p, var_com, adj_p, adj_com, adj_2);
    // adj: return v + wp.cross(w, p - com)                                                   <L 17>
    wp::adj_spatial_bottom(var_qd, adj_qd, adj_1);
    // adj: v = wp.spatial_bottom(qd)                                                         <L 16>
    wp::adj_spatial_top(var_qd, adj_qd, adj_0);
    // adj: w = wp.spatial_top(qd)                                                            <L 15>
    // adj: def velocity_at(qd: wp.spatial_vector, com: wp.vec3, p: wp.vec3) -> wp.vec3:      <L 14>
    return;
}


// corpus/038_rigid_contacts.py:20
static CUDA_CALLABLE void adj_effective_mass_0(
    wp::float32 var_inv_m,
    wp::mat_t<3, 3, wp::float32> var_inv_I,
    wp::vec_t<3, wp::float32> var_r,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 & adj_inv_m,
    wp::mat_t<3, 3, wp::float32> & adj_inv_I,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def effective_mass(inv_m: float, inv_I: wp.mat33, r: wp.vec3, n: wp.vec3) -> float:       <L 21>
    // rn = wp.cross(r, n)                                                                    <L 22>
    var_0 = wp::cross(var_r, var_n);
    // return inv_m + wp.dot(rn, inv_I * rn)                                                  <L 23>
    var_1 = wp::mul(var_inv_I, var_0);
    var_2 = wp::dot(var_0, var_1);
    var_3 = wp::add(var_inv_m, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_add(var_inv_m, var_2, adj_inv_m, adj_2, adj_3);
    wp::adj_dot(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_mul(var_inv_I, var_0, adj_inv_I, adj_0, adj_1);
    // adj: return inv_m + wp.dot(rn, inv_I * rn)                                             <L 23>
    wp::adj_cross(var_r, var_n, adj_r, adj_n, adj_0);
    // adj: rn = wp.cross(r, n)                                                               <L 22>
    // adj: def effective_mass(inv_m: float, inv_I: wp.mat33, r: wp.vec3, n: wp.vec3) -> float:  <L 21>
    return;
}



extern "C" __global__ void contact_impulses_e5564042_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<Contact_426e6027> var_contacts,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia,
    wp::float32 var_mu,
    wp::float32 var_restitution,
    wp::float32 var_baumgarte,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<6, wp::float32>> var_impulses)
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
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::float32 var_17 = 0.0;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        wp::float32 var_20;
        const wp::int32 var_21 = 0;
        bool var_22;
        wp::vec_t<3, wp::float32>* var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<6, wp::float32>* var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<6, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::float32* var_35;
        wp::mat_t<3, 3, wp::float32>* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::mat_t<3, 3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 0;
        bool var_44;
        wp::vec_t<3, wp::float32>* var_45;
        wp::vec_t<3, wp::float32>* var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<6, wp::float32>* var_50;
        wp::vec_t<3, wp::float32>* var_51;
        wp::vec_t<3, wp::float32>* var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<6, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::float32* var_57;
        wp::mat_t<3, 3, wp::float32>* var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::mat_t<3, 3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        const wp::float32 var_66 = 0.0;
        bool var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::float32 var_69;
        wp::float32* var_70;
        const wp::float32 var_71 = 0.0;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        const wp::float32 var_76 = 1.0;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        const wp::float32 var_82 = 0.0;
        wp::float32 var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::float32 var_86;
        wp::vec_t<3, wp::float32> var_87;
        const wp::float32 var_88 = 1e-06;
        bool var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::vec_t<3, wp::float32> var_97;
        wp::vec_t<3, wp::float32> var_98;
        const wp::int32 var_99 = 0;
        bool var_100;
        wp::vec_t<3, wp::float32> var_101;
        wp::vec_t<6, wp::float32> var_102;
        wp::vec_t<6, wp::float32> var_103;
        const wp::int32 var_104 = 0;
        bool var_105;
        wp::vec_t<3, wp::float32> var_106;
        wp::vec_t<6, wp::float32> var_107;
        wp::vec_t<6, wp::float32> var_108;
        //---------
        // forward
        // def contact_impulses(                                                                  <L 27>
        // c = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // ct = contacts[c]                                                                       <L 40>
        var_1 = wp::address(var_contacts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = ct.body_a                                                                          <L 41>
        var_4 = &(var_2.body_a);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // b = ct.body_b                                                                          <L 42>
        var_7 = &(var_2.body_b);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // n = ct.normal                                                                          <L 43>
        var_10 = &(var_2.normal);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // va = wp.vec3()                                                                         <L 44>
        var_13 = wp::vec_t<3, wp::float32>();
        // vb = wp.vec3()                                                                         <L 45>
        var_14 = wp::vec_t<3, wp::float32>();
        // ra = wp.vec3()                                                                         <L 46>
        var_15 = wp::vec_t<3, wp::float32>();
        // rb = wp.vec3()                                                                         <L 47>
        var_16 = wp::vec_t<3, wp::float32>();
        // ka = float(0.0)                                                                        <L 48>
        var_18 = wp::float(var_17);
        // kb = float(0.0)                                                                        <L 49>
        var_20 = wp::float(var_19);
        // if a >= 0:                                                                             <L 50>
        var_22 = (var_5 >= var_21);
        if (var_22) {
            // ra = ct.point - body_com[a]                                                        <L 51>
            var_23 = &(var_2.point);
            var_24 = wp::address(var_body_com, var_5);
            var_26 = wp::load(var_23);
            var_27 = wp::load(var_24);
            var_25 = wp::sub(var_26, var_27);
            // va = velocity_at(body_qd[a], body_com[a], ct.point)                                <L 52>
            var_28 = wp::address(var_body_qd, var_5);
            var_29 = wp::address(var_body_com, var_5);
            var_30 = &(var_2.point);
            var_32 = wp::load(var_28);
            var_33 = wp::load(var_29);
            var_34 = wp::load(var_30);
            var_31 = velocity_at_0(var_32, var_33, var_34);
            // ka = effective_mass(body_inv_mass[a], body_inv_inertia[a], ra, n)                  <L 53>
            var_35 = wp::address(var_body_inv_mass, var_5);
            var_36 = wp::address(var_body_inv_inertia, var_5);
            var_38 = wp::load(var_35);
            var_39 = wp::load(var_36);
            var_37 = effective_mass_0(var_38, var_39, var_25, var_11);
        }
        var_40 = wp::where(var_22, var_31, var_13);
        var_41 = wp::where(var_22, var_25, var_15);
        var_42 = wp::where(var_22, var_37, var_18);
        // if b >= 0:                                                                             <L 54>
        var_44 = (var_8 >= var_43);
        if (var_44) {
            // rb = ct.point - body_com[b]                                                        <L 55>
            var_45 = &(var_2.point);
            var_46 = wp::address(var_body_com, var_8);
            var_48 = wp::load(var_45);
            var_49 = wp::load(var_46);
            var_47 = wp::sub(var_48, var_49);
            // vb = velocity_at(body_qd[b], body_com[b], ct.point)                                <L 56>
            var_50 = wp::address(var_body_qd, var_8);
            var_51 = wp::address(var_body_com, var_8);
            var_52 = &(var_2.point);
            var_54 = wp::load(var_50);
            var_55 = wp::load(var_51);
            var_56 = wp::load(var_52);
            var_53 = velocity_at_0(var_54, var_55, var_56);
            // kb = effective_mass(body_inv_mass[b], body_inv_inertia[b], rb, n)                  <L 57>
            var_57 = wp::address(var_body_inv_mass, var_8);
            var_58 = wp::address(var_body_inv_inertia, var_8);
            var_60 = wp::load(var_57);
            var_61 = wp::load(var_58);
            var_59 = effective_mass_0(var_60, var_61, var_47, var_11);
        }
        var_62 = wp::where(var_44, var_53, var_14);
        var_63 = wp::where(var_44, var_47, var_16);
        var_64 = wp::where(var_44, var_59, var_20);
        // k = ka + kb                                                                            <L 58>
        var_65 = wp::add(var_42, var_64);
        // if k <= 0.0:                                                                           <L 59>
        var_67 = (var_65 <= var_66);
        if (var_67) {
            // return                                                                             <L 60>
            continue;
        }
        // rel = vb - va                                                                          <L 61>
        var_68 = wp::sub(var_62, var_40);
        // vn = wp.dot(rel, n)                                                                    <L 62>
        var_69 = wp::dot(var_68, var_11);
        // bias = baumgarte * wp.max(ct.depth, 0.0) / dt                                          <L 63>
        var_70 = &(var_2.depth);
        var_73 = wp::load(var_70);
        var_72 = wp::max(var_73, var_71);
        var_74 = wp::mul(var_baumgarte, var_72);
        var_75 = wp::div(var_74, var_dt);
        // jn = wp.max((-(1.0 + restitution) * vn + bias) / k, 0.0)                               <L 64>
        var_77 = wp::add(var_76, var_restitution);
        var_78 = wp::neg(var_77);
        var_79 = wp::mul(var_78, var_69);
        var_80 = wp::add(var_79, var_75);
        var_81 = wp::div(var_80, var_65);
        var_83 = wp::max(var_81, var_82);
        // vt = rel - n * vn                                                                      <L 65>
        var_84 = wp::mul(var_11, var_69);
        var_85 = wp::sub(var_68, var_84);
        // vt_len = wp.length(vt)                                                                 <L 66>
        var_86 = wp::length(var_85);
        // jt = wp.vec3()                                                                         <L 67>
        var_87 = wp::vec_t<3, wp::float32>();
        // if vt_len > 1.0e-6:                                                                    <L 68>
        var_89 = (var_86 > var_88);
        if (var_89) {
            // tdir = vt / vt_len                                                                 <L 69>
            var_90 = wp::div(var_85, var_86);
            // jt = -tdir * wp.min(vt_len / k, mu * jn)                                           <L 70>
            var_91 = wp::neg(var_90);
            var_92 = wp::div(var_86, var_65);
            var_93 = wp::mul(var_mu, var_83);
            var_94 = wp::min(var_92, var_93);
            var_95 = wp::mul(var_91, var_94);
        }
        var_96 = wp::where(var_89, var_95, var_87);
        // J = n * jn + jt                                                                        <L 71>
        var_97 = wp::mul(var_11, var_83);
        var_98 = wp::add(var_97, var_96);
        // if a >= 0:                                                                             <L 72>
        var_100 = (var_5 >= var_99);
        if (var_100) {
            // wp.atomic_sub(impulses, a, wp.spatial_vector(wp.cross(ra, J), J))                  <L 73>
            var_101 = wp::cross(var_41, var_98);
            var_102 = wp::vec_t<6, wp::float32>(var_101, var_98);
            var_103 = wp::atomic_sub(var_impulses, var_5, var_102);
        }
        // if b >= 0:                                                                             <L 74>
        var_105 = (var_8 >= var_104);
        if (var_105) {
            // wp.atomic_add(impulses, b, wp.spatial_vector(wp.cross(rb, J), J))                  <L 75>
            var_106 = wp::cross(var_63, var_98);
            var_107 = wp::vec_t<6, wp::float32>(var_106, var_98);
            var_108 = wp::atomic_add(var_impulses, var_8, var_107);
        }
    }
}



extern "C" __global__ void contact_impulses_e5564042_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<Contact_426e6027> var_contacts,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia,
    wp::float32 var_mu,
    wp::float32 var_restitution,
    wp::float32 var_baumgarte,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<6, wp::float32>> var_impulses,
    wp::array_t<Contact_426e6027> adj_contacts,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com,
    wp::array_t<wp::float32> adj_body_inv_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inv_inertia,
    wp::float32 adj_mu,
    wp::float32 adj_restitution,
    wp::float32 adj_baumgarte,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_impulses)
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
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::float32 var_17 = 0.0;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        wp::float32 var_20;
        const wp::int32 var_21 = 0;
        bool var_22;
        wp::vec_t<3, wp::float32>* var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<6, wp::float32>* var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<6, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::float32* var_35;
        wp::mat_t<3, 3, wp::float32>* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::mat_t<3, 3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::float32 var_42;
        const wp::int32 var_43 = 0;
        bool var_44;
        wp::vec_t<3, wp::float32>* var_45;
        wp::vec_t<3, wp::float32>* var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<6, wp::float32>* var_50;
        wp::vec_t<3, wp::float32>* var_51;
        wp::vec_t<3, wp::float32>* var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<6, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::float32* var_57;
        wp::mat_t<3, 3, wp::float32>* var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::mat_t<3, 3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        const wp::float32 var_66 = 0.0;
        bool var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::float32 var_69;
        wp::float32* var_70;
        const wp::float32 var_71 = 0.0;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        const wp::float32 var_76 = 1.0;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        const wp::float32 var_82 = 0.0;
        wp::float32 var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::float32 var_86;
        wp::vec_t<3, wp::float32> var_87;
        const wp::float32 var_88 = 1e-06;
        bool var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::vec_t<3, wp::float32> var_97;
        wp::vec_t<3, wp::float32> var_98;
        const wp::int32 var_99 = 0;
        bool var_100;
        wp::vec_t<3, wp::float32> var_101;
        wp::vec_t<6, wp::float32> var_102;
        wp::vec_t<6, wp::float32> var_103;
        const wp::int32 var_104 = 0;
        bool var_105;
        wp::vec_t<3, wp::float32> var_106;
        wp::vec_t<6, wp::float32> var_107;
        wp::vec_t<6, wp::float32> var_108;
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
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<6, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<6, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::mat_t<3, 3, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::mat_t<3, 3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        bool adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<6, wp::float32> adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::vec_t<6, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::float32 adj_57 = {};
        wp::mat_t<3, 3, wp::float32> adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::mat_t<3, 3, wp::float32> adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        bool adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::float32 adj_86 = {};
        wp::vec_t<3, wp::float32> adj_87 = {};
        wp::float32 adj_88 = {};
        bool adj_89 = {};
        wp::vec_t<3, wp::float32> adj_90 = {};
        wp::vec_t<3, wp::float32> adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::vec_t<3, wp::float32> adj_95 = {};
        wp::vec_t<3, wp::float32> adj_96 = {};
        wp::vec_t<3, wp::float32> adj_97 = {};
        wp::vec_t<3, wp::float32> adj_98 = {};
        wp::int32 adj_99 = {};
        bool adj_100 = {};
        wp::vec_t<3, wp::float32> adj_101 = {};
        wp::vec_t<6, wp::float32> adj_102 = {};
        wp::vec_t<6, wp::float32> adj_103 = {};
        wp::int32 adj_104 = {};
        bool adj_105 = {};
        wp::vec_t<3, wp::float32> adj_106 = {};
        wp::vec_t<6, wp::float32> adj_107 = {};
        wp::vec_t<6, wp::float32> adj_108 = {};
        //---------
        // forward
        // def contact_impulses(                                                                  <L 27>
        // c = wp.tid()                                                                           <L 39>
        var_0 = builtin_tid1d();
        // ct = contacts[c]                                                                       <L 40>
        var_1 = wp::address(var_contacts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = ct.body_a                                                                          <L 41>
        var_4 = &(var_2.body_a);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // b = ct.body_b                                                                          <L 42>
        var_7 = &(var_2.body_b);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // n = ct.normal                                                                          <L 43>
        var_10 = &(var_2.normal);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // va = wp.vec3()                                                                         <L 44>
        var_13 = wp::vec_t<3, wp::float32>();
        // vb = wp.vec3()                                                                         <L 45>
        var_14 = wp::vec_t<3, wp::float32>();
        // ra = wp.vec3()                                                                         <L 46>
        var_15 = wp::vec_t<3, wp::float32>();
        // rb = wp.vec3()                                                                         <L 47>
        var_16 = wp::vec_t<3, wp::float32>();
        // ka = float(0.0)                                                                        <L 48>
        var_18 = wp::float(var_17);
        // kb = float(0.0)                                                                        <L 49>
        var_20 = wp::float(var_19);
        // if a >= 0:                                                                             <L 50>
        var_22 = (var_5 >= var_21);
        if (var_22) {
            // ra = ct.point - body_com[a]                                                        <L 51>
            var_23 = &(var_2.point);
            var_24 = wp::address(var_body_com, var_5);
            var_26 = wp::load(var_23);
            var_27 = wp::load(var_24);
            var_25 = wp::sub(var_26, var_27);
            // va = velocity_at(body_qd[a], body_com[a], ct.point)                                <L 52>
            var_28 = wp::address(var_body_qd, var_5);
            var_29 = wp::address(var_body_com, var_5);
            var_30 = &(var_2.point);
            var_32 = wp::load(var_28);
            var_33 = wp::load(var_29);
            var_34 = wp::load(var_30);
            var_31 = velocity_at_0(var_32, var_33, var_34);
            // ka = effective_mass(body_inv_mass[a], body_inv_inertia[a], ra, n)                  <L 53>
            var_35 = wp::address(var_body_inv_mass, var_5);
            var_36 = wp::address(var_body_inv_inertia, var_5);
            var_38 = wp::load(var_35);
            var_39 = wp::load(var_36);
            var_37 = effective_mass_0(var_38, var_39, var_25, var_11);
        }
        var_40 = wp::where(var_22, var_31, var_13);
        var_41 = wp::where(var_22, var_25, var_15);
        var_42 = wp::where(var_22, var_37, var_18);
        // if b >= 0:                                                                             <L 54>
        var_44 = (var_8 >= var_43);
        if (var_44) {
            // rb = ct.point - body_com[b]                                                        <L 55>
            var_45 = &(var_2.point);
            var_46 = wp::address(var_body_com, var_8);
            var_48 = wp::load(var_45);
            var_49 = wp::load(var_46);
            var_47 = wp::sub(var_48, var_49);
            // vb = velocity_at(body_qd[b], body_com[b], ct.point)                                <L 56>
            var_50 = wp::address(var_body_qd, var_8);
            var_51 = wp::address(var_body_com, var_8);
            var_52 = &(var_2.point);
            var_54 = wp::load(var_50);
            var_55 = wp::load(var_51);
            var_56 = wp::load(var_52);
            var_53 = velocity_at_0(var_54, var_55, var_56);
            // kb = effective_mass(body_inv_mass[b], body_inv_inertia[b], rb, n)                  <L 57>
            var_57 = wp::address(var_body_inv_mass, var_8);
            var_58 = wp::address(var_body_inv_inertia, var_8);
            var_60 = wp::load(var_57);
            var_61 = wp::load(var_58);
            var_59 = effective_mass_0(var_60, var_61, var_47, var_11);
        }
        var_62 = wp::where(var_44, var_53, var_14);
        var_63 = wp::where(var_44, var_47, var_16);
        var_64 = wp::where(var_44, var_59, var_20);
        // k = ka + kb                                                                            <L 58>
        var_65 = wp::add(var_42, var_64);
        // if k <= 0.0:                                                                           <L 59>
        var_67 = (var_65 <= var_66);
        if (var_67) {
            // return                                                                             <L 60>
            goto label0;
        }
        // rel = vb - va                                                                          <L 61>
        var_68 = wp::sub(var_62, var_40);
        // vn = wp.dot(rel, n)                                                                    <L 62>
        var_69 = wp::dot(var_68, var_11);
        // bias = baumgarte * wp.max(ct.depth, 0.0) / dt                                          <L 63>
        var_70 = &(var_2.depth);
        var_73 = wp::load(var_70);
        var_72 = wp::max(var_73, var_71);
        var_74 = wp::mul(var_baumgarte, var_72);
        var_75 = wp::div(var_74, var_dt);
        // jn = wp.max((-(1.0 + restitution) * vn + bias) / k, 0.0)                               <L 64>
        var_77 = wp::add(var_76, var_restitution);
        var_78 = wp::neg(var_77);
        var_79 = wp::mul(var_78, var_69);
        var_80 = wp::add(var_79, var_75);
        var_81 = wp::div(var_80, var_65);
        var_83 = wp::max(var_81, var_82);
        // vt = rel - n * vn                                                                      <L 65>
        var_84 = wp::mul(var_11, var_69);
        var_85 = wp::sub(var_68, var_84);
        // vt_len = wp.length(vt)                                                                 <L 66>
        var_86 = wp::length(var_85);
        // jt = wp.vec3()                                                                         <L 67>
        var_87 = wp::vec_t<3, wp::float32>();
        // if vt_len > 1.0e-6:                                                                    <L 68>
        var_89 = (var_86 > var_88);
        if (var_89) {
            // tdir = vt / vt_len                                                                 <L 69>
            var_90 = wp::div(var_85, var_86);
            // jt = -tdir * wp.min(vt_len / k, mu * jn)                                           <L 70>
            var_91 = wp::neg(var_90);
            var_92 = wp::div(var_86, var_65);
            var_93 = wp::mul(var_mu, var_83);
            var_94 = wp::min(var_92, var_93);
            var_95 = wp::mul(var_91, var_94);
        }
        var_96 = wp::where(var_89, var_95, var_87);
        // J = n * jn + jt                                                                        <L 71>
        var_97 = wp::mul(var_11, var_83);
        var_98 = wp::add(var_97, var_96);
        // if a >= 0:                                                                             <L 72>
        var_100 = (var_5 >= var_99);
        if (var_100) {
            // wp.atomic_sub(impulses, a, wp.spatial_vector(wp.cross(ra, J), J))                  <L 73>
            var_101 = wp::cross(var_41, var_98);
            var_102 = wp::vec_t<6, wp::float32>(var_101, var_98);
            // var_103 = wp::atomic_sub(var_impulses, var_5, var_102);
        }
        // if b >= 0:                                                                             <L 74>
        var_105 = (var_8 >= var_104);
        if (var_105) {
            // wp.atomic_add(impulses, b, wp.spatial_vector(wp.cross(rb, J), J))                  <L 75>
            var_106 = wp::cross(var_63, var_98);
            var_107 = wp::vec_t<6, wp::float32>(var_106, var_98);
            // var_108 = wp::atomic_add(var_impulses, var_8, var_107);
        }
        //---------
        // reverse
        if (var_105) {
            wp::adj_atomic_add(var_impulses, var_8, var_107, adj_impulses, adj_8, adj_107, adj_108);
            wp::adj_vec_t(var_106, var_98, adj_106, adj_98, adj_107);
            wp::adj_cross(var_63, var_98, adj_63, adj_98, adj_106);
            // adj: wp.atomic_add(impulses, b, wp.spatial_vector(wp.cross(rb, J), J))             <L 75>
        }
        // adj: if b >= 0:                                                                        <L 74>
        if (var_100) {
            wp::adj_atomic_sub(var_impulses, var_5, var_102, adj_impulses, adj_5, adj_102, adj_103);
            wp::adj_vec_t(var_101, var_98, adj_101, adj_98, adj_102);
            wp::adj_cross(var_41, var_98, adj_41, adj_98, adj_101);
            // adj: wp.atomic_sub(impulses, a, wp.spatial_vector(wp.cross(ra, J), J))             <L 73>
        }
        // adj: if a >= 0:                                                                        <L 72>
        wp::adj_add(var_97, var_96, adj_97, adj_96, adj_98);
        wp::adj_mul(var_11, var_83, adj_11, adj_83, adj_97);
        // adj: J = n * jn + jt                                                                   <L 71>
        wp::adj_where(var_89, var_95, var_87, adj_89, adj_95, adj_87, adj_96);
        if (var_89) {
            wp::adj_mul(var_91, var_94, adj_91, adj_94, adj_95);
            wp::adj_min(var_92, var_93, adj_92, adj_93, adj_94);
            wp::adj_mul(var_mu, var_83, adj_mu, adj_83, adj_93);
            wp::adj_div(var_86, var_65, var_92, adj_86, adj_65, adj_92);
            wp::adj_neg(var_90, adj_90, adj_91);
            // adj: jt = -tdir * wp.min(vt_len / k, mu * jn)                                      <L 70>
            wp::adj_div(var_85, var_86, adj_85, adj_86, adj_90);
            // adj: tdir = vt / vt_len                                                            <L 69>
        }
        // adj: if vt_len > 1.0e-6:                                                               <L 68>
        // adj: jt = wp.vec3()                                                                    <L 67>
        wp::adj_length(var_85, var_86, adj_85, adj_86);
        // adj: vt_len = wp.length(vt)                                                            <L 66>
        wp::adj_sub(var_68, var_84, adj_68, adj_84, adj_85);
        wp::adj_mul(var_11, var_69, adj_11, adj_69, adj_84);
        // adj: vt = rel - n * vn                                                                 <L 65>
        wp::adj_max(var_81, var_82, adj_81, adj_82, adj_83);
        wp::adj_div(var_80, var_65, var_81, adj_80, adj_65, adj_81);
        wp::adj_add(var_79, var_75, adj_79, adj_75, adj_80);
        wp::adj_mul(var_78, var_69, adj_78, adj_69, adj_79);
        wp::adj_neg(var_77, adj_77, adj_78);
        wp::adj_add(var_76, var_restitution, adj_76, adj_restitution, adj_77);
        // adj: jn = wp.max((-(1.0 + restitution) * vn + bias) / k, 0.0)                          <L 64>
        wp::adj_div(var_74, var_dt, var_75, adj_74, adj_dt, adj_75);
        wp::adj_mul(var_baumgarte, var_72, adj_baumgarte, adj_72, adj_74);
        wp::adj_max(var_73, var_71, adj_70, adj_71, adj_72);
        adj_2.depth += adj_70;
        // adj: bias = baumgarte * wp.max(ct.depth, 0.0) / dt                                     <L 63>
        wp::adj_dot(var_68, var_11, adj_68, adj_11, adj_69);
        // adj: vn = wp.dot(rel, n)                                                               <L 62>
        wp::adj_sub(var_62, var_40, adj_62, adj_40, adj_68);
        // adj: rel = vb - va                                                                     <L 61>
        if (var_67) {
            label0:;
            // adj: return                                                                        <L 60>
        }
        // adj: if k <= 0.0:                                                                      <L 59>
        wp::adj_add(var_42, var_64, adj_42, adj_64, adj_65);
        // adj: k = ka + kb                                                                       <L 58>
        wp::adj_where(var_44, var_59, var_20, adj_44, adj_59, adj_20, adj_64);
        wp::adj_where(var_44, var_47, var_16, adj_44, adj_47, adj_16, adj_63);
        wp::adj_where(var_44, var_53, var_14, adj_44, adj_53, adj_14, adj_62);
        if (var_44) {
            adj_effective_mass_0(var_60, var_61, var_47, var_11, adj_57, adj_58, adj_47, adj_11, adj_59);
            wp::adj_address(var_body_inv_inertia, var_8, adj_body_inv_inertia, adj_8, adj_58);
            wp::adj_address(var_body_inv_mass, var_8, adj_body_inv_mass, adj_8, adj_57);
            // adj: kb = effective_mass(body_inv_mass[b], body_inv_inertia[b], rb, n)             <L 57>
            adj_velocity_at_0(var_54, var_55, var_56, adj_50, adj_51, adj_52, adj_53);
            adj_2.point += adj_52;
            wp::adj_address(var_body_com, var_8, adj_body_com, adj_8, adj_51);
            wp::adj_address(var_body_qd, var_8, adj_body_qd, adj_8, adj_50);
            // adj: vb = velocity_at(body_qd[b], body_com[b], ct.point)                           <L 56>
            wp::adj_sub(var_48, var_49, adj_45, adj_46, adj_47);
            wp::adj_address(var_body_com, var_8, adj_body_com, adj_8, adj_46);
            adj_2.point += adj_45;
            // adj: rb = ct.point - body_com[b]                                                   <L 55>
        }
        // adj: if b >= 0:                                                                        <L 54>
        wp::adj_where(var_22, var_37, var_18, adj_22, adj_37, adj_18, adj_42);
        wp::adj_where(var_22, var_25, var_15, adj_22, adj_25, adj_15, adj_41);
        wp::adj_where(var_22, var_31, var_13, adj_22, adj_31, adj_13, adj_40);
        if (var_22) {
            adj_effective_mass_0(var_38, var_39, var_25, var_11, adj_35, adj_36, adj_25, adj_11, adj_37);
            wp::adj_address(var_body_inv_inertia, var_5, adj_body_inv_inertia, adj_5, adj_36);
            wp::adj_address(var_body_inv_mass, var_5, adj_body_inv_mass, adj_5, adj_35);
            // adj: ka = effective_mass(body_inv_mass[a], body_inv_inertia[a], ra, n)             <L 53>
            adj_velocity_at_0(var_32, var_33, var_34, adj_28, adj_29, adj_30, adj_31);
            adj_2.point += adj_30;
            wp::adj_address(var_body_com, var_5, adj_body_com, adj_5, adj_29);
            wp::adj_address(var_body_qd, var_5, adj_body_qd, adj_5, adj_28);
            // adj: va = velocity_at(body_qd[a], body_com[a], ct.point)                           <L 52>
            wp::adj_sub(var_26, var_27, adj_23, adj_24, adj_25);
            wp::adj_address(var_body_com, var_5, adj_body_com, adj_5, adj_24);
            adj_2.point += adj_23;
            // adj: ra = ct.point - body_com[a]                                                   <L 51>
        }
        // adj: if a >= 0:                                                                        <L 50>
        wp::adj_float(var_19, adj_19, adj_20);
        // adj: kb = float(0.0)                                                                   <L 49>
        wp::adj_float(var_17, adj_17, adj_18);
        // adj: ka = float(0.0)                                                                   <L 48>
        // adj: rb = wp.vec3()                                                                    <L 47>
        // adj: ra = wp.vec3()                                                                    <L 46>
        // adj: vb = wp.vec3()                                                                    <L 45>
        // adj: va = wp.vec3()                                                                    <L 44>
        wp::adj_copy(var_12, adj_10, adj_11);
        adj_2.normal += adj_10;
        // adj: n = ct.normal                                                                     <L 43>
        wp::adj_copy(var_9, adj_7, adj_8);
        adj_2.body_b = adj_7;
        // adj: b = ct.body_b                                                                     <L 42>
        wp::adj_copy(var_6, adj_4, adj_5);
        adj_2.body_a = adj_4;
        // adj: a = ct.body_a                                                                     <L 41>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_contacts, var_0, adj_contacts, adj_0, adj_1);
        // adj: ct = contacts[c]                                                                  <L 40>
        // adj: c = wp.tid()                                                                      <L 39>
        // adj: def contact_impulses(                                                             <L 27>
        continue;
    }
}



extern "C" __global__ void apply_impulses_99279f55_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::vec_t<6, wp::float32>> var_impulses,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia)
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
        wp::vec_t<6, wp::float32>* var_1;
        wp::vec_t<6, wp::float32> var_2;
        wp::vec_t<6, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        wp::vec_t<6, wp::float32>* var_12;
        wp::vec_t<6, wp::float32> var_13;
        wp::vec_t<6, wp::float32> var_14;
        wp::vec_t<6, wp::float32> var_15;
        wp::vec_t<6, wp::float32> var_16;
        //---------
        // forward
        // def apply_impulses(body_qd: wp.array(dtype=wp.spatial_vector), impulses: wp.array(dtype=wp.spatial_vector), body_inv_mass: wp.array(dtype=float), body_inv_inertia: wp.array(dtype=wp.mat33)):       <L 79>
        // i = wp.tid()                                                                           <L 80>
        var_0 = builtin_tid1d();
        // imp = impulses[i]                                                                      <L 81>
        var_1 = wp::address(var_impulses, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // dw = body_inv_inertia[i] * wp.spatial_top(imp)                                         <L 82>
        var_4 = wp::address(var_body_inv_inertia, var_0);
        var_5 = wp::spatial_top(var_2);
        var_7 = wp::load(var_4);
        var_6 = wp::mul(var_7, var_5);
        // dv = wp.spatial_bottom(imp) * body_inv_mass[i]                                         <L 83>
        var_8 = wp::spatial_bottom(var_2);
        var_9 = wp::address(var_body_inv_mass, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_8, var_11);
        // body_qd[i] = body_qd[i] + wp.spatial_vector(dw, dv)                                    <L 84>
        var_12 = wp::address(var_body_qd, var_0);
        var_13 = wp::vec_t<6, wp::float32>(var_6, var_10);
        var_15 = wp::load(var_12);
        var_14 = wp::add(var_15, var_13);
        wp::array_store(var_body_qd, var_0, var_14);
        // impulses[i] = wp.spatial_vector()                                                      <L 85>
        var_16 = wp::vec_t<6, wp::float32>();
        wp::array_store(var_impulses, var_0, var_16);
    }
}



extern "C" __global__ void apply_impulses_99279f55_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::vec_t<6, wp::float32>> var_impulses,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_impulses,
    wp::array_t<wp::float32> adj_body_inv_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inv_inertia)
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
        wp::vec_t<6, wp::float32>* var_1;
        wp::vec_t<6, wp::float32> var_2;
        wp::vec_t<6, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        wp::vec_t<6, wp::float32>* var_12;
        wp::vec_t<6, wp::float32> var_13;
        wp::vec_t<6, wp::float32> var_14;
        wp::vec_t<6, wp::float32> var_15;
        wp::vec_t<6, wp::float32> var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<6, wp::float32> adj_1 = {};
        wp::vec_t<6, wp::float32> adj_2 = {};
        wp::vec_t<6, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<6, wp::float32> adj_12 = {};
        wp::vec_t<6, wp::float32> adj_13 = {};
        wp::vec_t<6, wp::float32> adj_14 = {};
        wp::vec_t<6, wp::float32> adj_15 = {};
        wp::vec_t<6, wp::float32> adj_16 = {};
        //---------
        // forward
        // def apply_impulses(body_qd: wp.array(dtype=wp.spatial_vector), impulses: wp.array(dtype=wp.spatial_vector), body_inv_mass: wp.array(dtype=float), body_inv_inertia: wp.array(dtype=wp.mat33)):       <L 79>
        // i = wp.tid()                                                                           <L 80>
        var_0 = builtin_tid1d();
        // imp = impulses[i]                                                                      <L 81>
        var_1 = wp::address(var_impulses, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // dw = body_inv_inertia[i] * wp.spatial_top(imp)                                         <L 82>
        var_4 = wp::address(var_body_inv_inertia, var_0);
        var_5 = wp::spatial_top(var_2);
        var_7 = wp::load(var_4);
        var_6 = wp::mul(var_7, var_5);
        // dv = wp.spatial_bottom(imp) * body_inv_mass[i]                                         <L 83>
        var_8 = wp::spatial_bottom(var_2);
        var_9 = wp::address(var_body_inv_mass, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_8, var_11);
        // body_qd[i] = body_qd[i] + wp.spatial_vector(dw, dv)                                    <L 84>
        var_12 = wp::address(var_body_qd, var_0);
        var_13 = wp::vec_t<6, wp::float32>(var_6, var_10);
        var_15 = wp::load(var_12);
        var_14 = wp::add(var_15, var_13);
        // wp::array_store(var_body_qd, var_0, var_14);
        // impulses[i] = wp.spatial_vector()                                                      <L 85>
        var_16 = wp::vec_t<6, wp::float32>();
        // wp::array_store(var_impulses, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_impulses, var_0, var_16, adj_impulses, adj_0, adj_16);
        // adj: impulses[i] = wp.spatial_vector()                                                 <L 85>
        wp::adj_array_store(var_body_qd, var_0, var_14, adj_body_qd, adj_0, adj_14);
        wp::adj_add(var_15, var_13, adj_12, adj_13, adj_14);
        wp::adj_vec_t(var_6, var_10, adj_6, adj_10, adj_13);
        wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_12);
        // adj: body_qd[i] = body_qd[i] + wp.spatial_vector(dw, dv)                               <L 84>
        wp::adj_mul(var_8, var_11, adj_8, adj_9, adj_10);
        wp::adj_address(var_body_inv_mass, var_0, adj_body_inv_mass, adj_0, adj_9);
        wp::adj_spatial_bottom(var_2, adj_2, adj_8);
        // adj: dv = wp.spatial_bottom(imp) * body_inv_mass[i]                                    <L 83>
        wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
        wp::adj_spatial_top(var_2, adj_2, adj_5);
        wp::adj_address(var_body_inv_inertia, var_0, adj_body_inv_inertia, adj_0, adj_4);
        // adj: dw = body_inv_inertia[i] * wp.spatial_top(imp)                                    <L 82>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_impulses, var_0, adj_impulses, adj_0, adj_1);
        // adj: imp = impulses[i]                                                                 <L 81>
        // adj: i = wp.tid()                                                                      <L 80>
        // adj: def apply_impulses(body_qd: wp.array(dtype=wp.spatial_vector), impulses: wp.array(dtype=wp.spatial_vector), body_inv_mass: wp.array(dtype=float), body_inv_inertia: wp.array(dtype=wp.mat33)):  <L 79>
        continue;
    }
}



extern "C" __global__ void box_ground_contacts_d1808a5e_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_half,
    wp::array_t<Contact_426e6027> var_contacts,
    wp::array_t<wp::int32> var_count)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = -1.0;
        wp::float32 var_15;
        const wp::int32 var_16 = 2;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        bool var_19;
        const wp::float32 var_20 = 1.0;
        const wp::float32 var_21 = 1.0;
        const wp::float32 var_22 = -1.0;
        wp::float32 var_23;
        const wp::int32 var_24 = 4;
        wp::int32 var_25;
        const wp::int32 var_26 = 0;
        bool var_27;
        const wp::float32 var_28 = 1.0;
        const wp::float32 var_29 = 1.0;
        const wp::float32 var_30 = -1.0;
        wp::float32 var_31;
        const wp::int32 var_32 = 0;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        const wp::int32 var_43 = 1;
        wp::float32 var_44;
        const wp::float32 var_45 = 0.0;
        bool var_46;
        const wp::int32 var_47 = 0;
        const wp::int32 var_48 = 1;
        wp::int32 var_49;
        wp::shape_t* var_50;
        const wp::int32 var_51 = 0;
        wp::int32 var_52;
        wp::shape_t var_53;
        bool var_54;
        Contact_426e6027 var_55;
        const wp::int32 var_56 = 1;
        const wp::int32 var_57 = -1;
        wp::int32* var_58;
        wp::int32* var_59;
        wp::vec_t<3, wp::float32>* var_60;
        const wp::float32 var_61 = 0.0;
        const wp::float32 var_62 = 1.0;
        const wp::float32 var_63 = 0.0;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32>* var_65;
        const wp::int32 var_66 = 1;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32* var_69;
        const wp::int32 var_70 = 1;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        const wp::int32 var_73 = 0;
        bool var_74;
        const wp::float32 var_75 = 1.0;
        const wp::float32 var_76 = 1.0;
        const wp::float32 var_77 = -1.0;
        wp::float32 var_78;
        const wp::int32 var_79 = 2;
        wp::int32 var_80;
        const wp::int32 var_81 = 0;
        bool var_82;
        const wp::float32 var_83 = 1.0;
        const wp::float32 var_84 = 1.0;
        const wp::float32 var_85 = -1.0;
        wp::float32 var_86;
        const wp::int32 var_87 = 4;
        wp::int32 var_88;
        const wp::int32 var_89 = 0;
        bool var_90;
        const wp::float32 var_91 = 1.0;
        const wp::float32 var_92 = 1.0;
        const wp::float32 var_93 = -1.0;
        wp::float32 var_94;
        const wp::int32 var_95 = 0;
        wp::float32 var_96;
        wp::float32 var_97;
        const wp::int32 var_98 = 1;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 2;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::vec_t<3, wp::float32> var_104;
        wp::vec_t<3, wp::float32> var_105;
        const wp::int32 var_106 = 1;
        wp::float32 var_107;
        const wp::float32 var_108 = 0.0;
        bool var_109;
        const wp::int32 var_110 = 0;
        const wp::int32 var_111 = 1;
        wp::int32 var_112;
        wp::shape_t* var_113;
        const wp::int32 var_114 = 0;
        wp::int32 var_115;
        wp::shape_t var_116;
        bool var_117;
        Contact_426e6027 var_118;
        const wp::int32 var_119 = 1;
        const wp::int32 var_120 = -1;
        wp::int32* var_121;
        wp::int32* var_122;
        wp::vec_t<3, wp::float32>* var_123;
        const wp::float32 var_124 = 0.0;
        const wp::float32 var_125 = 1.0;
        const wp::float32 var_126 = 0.0;
        wp::vec_t<3, wp::float32> var_127;
        wp::vec_t<3, wp::float32>* var_128;
        const wp::int32 var_129 = 1;
        wp::float32 var_130;
        wp::float32 var_131;
        wp::float32* var_132;
        Contact_426e6027 var_133;
        wp::int32 var_134;
        Contact_426e6027 var_135;
        const wp::int32 var_136 = 2;
        const wp::int32 var_137 = 1;
        wp::int32 var_138;
        const wp::int32 var_139 = 0;
        bool var_140;
        const wp::float32 var_141 = 1.0;
        const wp::float32 var_142 = 1.0;
        const wp::float32 var_143 = -1.0;
        wp::float32 var_144;
        const wp::int32 var_145 = 2;
        wp::int32 var_146;
        const wp::int32 var_147 = 0;
        bool var_148;
        const wp::float32 var_149 = 1.0;
        const wp::float32 var_150 = 1.0;
        const wp::float32 var_151 = -1.0;
        wp::float32 var_152;
        const wp::int32 var_153 = 4;
        wp::int32 var_154;
        const wp::int32 var_155 = 0;
        bool var_156;
        const wp::float32 var_157 = 1.0;
        const wp::float32 var_158 = 1.0;
        const wp::float32 var_159 = -1.0;
        wp::float32 var_160;
        const wp::int32 var_161 = 0;
        wp::float32 var_162;
        wp::float32 var_163;
        const wp::int32 var_164 = 1;
        wp::float32 var_165;
        wp::float32 var_166;
        const wp::int32 var_167 = 2;
        wp::float32 var_168;
        wp::float32 var_169;
        wp::vec_t<3, wp::float32> var_170;
        wp::vec_t<3, wp::float32> var_171;
        const wp::int32 var_172 = 1;
        wp::float32 var_173;
        const wp::float32 var_174 = 0.0;
        bool var_175;
        const wp::int32 var_176 = 0;
        const wp::int32 var_177 = 1;
        wp::int32 var_178;
        wp::shape_t* var_179;
        const wp::int32 var_180 = 0;
        wp::int32 var_181;
        wp::shape_t var_182;
        bool var_183;
        Contact_426e6027 var_184;
        const wp::int32 var_185 = 1;
        const wp::int32 var_186 = -1;
        wp::int32* var_187;
        wp::int32* var_188;
        wp::vec_t<3, wp::float32>* var_189;
        const wp::float32 var_190 = 0.0;
        const wp::float32 var_191 = 1.0;
        const wp::float32 var_192 = 0.0;
        wp::vec_t<3, wp::float32> var_193;
        wp::vec_t<3, wp::float32>* var_194;
        const wp::int32 var_195 = 1;
        wp::float32 var_196;
        wp::float32 var_197;
        wp::float32* var_198;
        Contact_426e6027 var_199;
        wp::int32 var_200;
        Contact_426e6027 var_201;
        const wp::int32 var_202 = 3;
        const wp::int32 var_203 = 1;
        wp::int32 var_204;
        const wp::int32 var_205 = 0;
        bool var_206;
        const wp::float32 var_207 = 1.0;
        const wp::float32 var_208 = 1.0;
        const wp::float32 var_209 = -1.0;
        wp::float32 var_210;
        const wp::int32 var_211 = 2;
        wp::int32 var_212;
        const wp::int32 var_213 = 0;
        bool var_214;
        const wp::float32 var_215 = 1.0;
        const wp::float32 var_216 = 1.0;
        const wp::float32 var_217 = -1.0;
        wp::float32 var_218;
        const wp::int32 var_219 = 4;
        wp::int32 var_220;
        const wp::int32 var_221 = 0;
        bool var_222;
        const wp::float32 var_223 = 1.0;
        const wp::float32 var_224 = 1.0;
        const wp::float32 var_225 = -1.0;
        wp::float32 var_226;
        const wp::int32 var_227 = 0;
        wp::float32 var_228;
        wp::float32 var_229;
        const wp::int32 var_230 = 1;
        wp::float32 var_231;
        wp::float32 var_232;
        const wp::int32 var_233 = 2;
        wp::float32 var_234;
        wp::float32 var_235;
        wp::vec_t<3, wp::float32> var_236;
        wp::vec_t<3, wp::float32> var_237;
        const wp::int32 var_238 = 1;
        wp::float32 var_239;
        const wp::float32 var_240 = 0.0;
        bool var_241;
        const wp::int32 var_242 = 0;
        const wp::int32 var_243 = 1;
        wp::int32 var_244;
        wp::shape_t* var_245;
        const wp::int32 var_246 = 0;
        wp::int32 var_247;
        wp::shape_t var_248;
        bool var_249;
        Contact_426e6027 var_250;
        const wp::int32 var_251 = 1;
        const wp::int32 var_252 = -1;
        wp::int32* var_253;
        wp::int32* var_254;
        wp::vec_t<3, wp::float32>* var_255;
        const wp::float32 var_256 = 0.0;
        const wp::float32 var_257 = 1.0;
        const wp::float32 var_258 = 0.0;
        wp::vec_t<3, wp::float32> var_259;
        wp::vec_t<3, wp::float32>* var_260;
        const wp::int32 var_261 = 1;
        wp::float32 var_262;
        wp::float32 var_263;
        wp::float32* var_264;
        Contact_426e6027 var_265;
        wp::int32 var_266;
        Contact_426e6027 var_267;
        const wp::int32 var_268 = 4;
        const wp::int32 var_269 = 1;
        wp::int32 var_270;
        const wp::int32 var_271 = 0;
        bool var_272;
        const wp::float32 var_273 = 1.0;
        const wp::float32 var_274 = 1.0;
        const wp::float32 var_275 = -1.0;
        wp::float32 var_276;
        const wp::int32 var_277 = 2;
        wp::int32 var_278;
        const wp::int32 var_279 = 0;
        bool var_280;
        const wp::float32 var_281 = 1.0;
        const wp::float32 var_282 = 1.0;
        const wp::float32 var_283 = -1.0;
        wp::float32 var_284;
        const wp::int32 var_285 = 4;
        wp::int32 var_286;
        const wp::int32 var_287 = 0;
        bool var_288;
        const wp::float32 var_289 = 1.0;
        const wp::float32 var_290 = 1.0;
        const wp::float32 var_291 = -1.0;
        wp::float32 var_292;
        const wp::int32 var_293 = 0;
        wp::float32 var_294;
        wp::float32 var_295;
        const wp::int32 var_296 = 1;
        wp::float32 var_297;
        wp::float32 var_298;
        const wp::int32 var_299 = 2;
        wp::float32 var_300;
        wp::float32 var_301;
        wp::vec_t<3, wp::float32> var_302;
        wp::vec_t<3, wp::float32> var_303;
        const wp::int32 var_304 = 1;
        wp::float32 var_305;
        const wp::float32 var_306 = 0.0;
        bool var_307;
        const wp::int32 var_308 = 0;
        const wp::int32 var_309 = 1;
        wp::int32 var_310;
        wp::shape_t* var_311;
        const wp::int32 var_312 = 0;
        wp::int32 var_313;
        wp::shape_t var_314;
        bool var_315;
        Contact_426e6027 var_316;
        const wp::int32 var_317 = 1;
        const wp::int32 var_318 = -1;
        wp::int32* var_319;
        wp::int32* var_320;
        wp::vec_t<3, wp::float32>* var_321;
        const wp::float32 var_322 = 0.0;
        const wp::float32 var_323 = 1.0;
        const wp::float32 var_324 = 0.0;
        wp::vec_t<3, wp::float32> var_325;
        wp::vec_t<3, wp::float32>* var_326;
        const wp::int32 var_327 = 1;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32* var_330;
        Contact_426e6027 var_331;
        wp::int32 var_332;
        Contact_426e6027 var_333;
        const wp::int32 var_334 = 5;
        const wp::int32 var_335 = 1;
        wp::int32 var_336;
        const wp::int32 var_337 = 0;
        bool var_338;
        const wp::float32 var_339 = 1.0;
        const wp::float32 var_340 = 1.0;
        const wp::float32 var_341 = -1.0;
        wp::float32 var_342;
        const wp::int32 var_343 = 2;
        wp::int32 var_344;
        const wp::int32 var_345 = 0;
        bool var_346;
        const wp::float32 var_347 = 1.0;
        const wp::float32 var_348 = 1.0;
        const wp::float32 var_349 = -1.0;
        wp::float32 var_350;
        const wp::int32 var_351 = 4;
        wp::int32 var_352;
        const wp::int32 var_353 = 0;
        bool var_354;
        const wp::float32 var_355 = 1.0;
        const wp::float32 var_356 = 1.0;
        const wp::float32 var_357 = -1.0;
        wp::float32 var_358;
        const wp::int32 var_359 = 0;
        wp::float32 var_360;
        wp::float32 var_361;
        const wp::int32 var_362 = 1;
        wp::float32 var_363;
        wp::float32 var_364;
        const wp::int32 var_365 = 2;
        wp::float32 var_366;
        wp::float32 var_367;
        wp::vec_t<3, wp::float32> var_368;
        wp::vec_t<3, wp::float32> var_369;
        const wp::int32 var_370 = 1;
        wp::float32 var_371;
        const wp::float32 var_372 = 0.0;
        bool var_373;
        const wp::int32 var_374 = 0;
        const wp::int32 var_375 = 1;
        wp::int32 var_376;
        wp::shape_t* var_377;
        const wp::int32 var_378 = 0;
        wp::int32 var_379;
        wp::shape_t var_380;
        bool var_381;
        Contact_426e6027 var_382;
        const wp::int32 var_383 = 1;
        const wp::int32 var_384 = -1;
        wp::int32* var_385;
        wp::int32* var_386;
        wp::vec_t<3, wp::float32>* var_387;
        const wp::float32 var_388 = 0.0;
        const wp::float32 var_389 = 1.0;
        const wp::float32 var_390 = 0.0;
        wp::vec_t<3, wp::float32> var_391;
        wp::vec_t<3, wp::float32>* var_392;
        const wp::int32 var_393 = 1;
        wp::float32 var_394;
        wp::float32 var_395;
        wp::float32* var_396;
        Contact_426e6027 var_397;
        wp::int32 var_398;
        Contact_426e6027 var_399;
        const wp::int32 var_400 = 6;
        const wp::int32 var_401 = 1;
        wp::int32 var_402;
        const wp::int32 var_403 = 0;
        bool var_404;
        const wp::float32 var_405 = 1.0;
        const wp::float32 var_406 = 1.0;
        const wp::float32 var_407 = -1.0;
        wp::float32 var_408;
        const wp::int32 var_409 = 2;
        wp::int32 var_410;
        const wp::int32 var_411 = 0;
        bool var_412;
        const wp::float32 var_413 = 1.0;
        const wp::float32 var_414 = 1.0;
        const wp::float32 var_415 = -1.0;
        wp::float32 var_416;
        const wp::int32 var_417 = 4;
        wp::int32 var_418;
        const wp::int32 var_419 = 0;
        bool var_420;
        const wp::float32 var_421 = 1.0;
        const wp::float32 var_422 = 1.0;
        const wp::float32 var_423 = -1.0;
        wp::float32 var_424;
        const wp::int32 var_425 = 0;
        wp::float32 var_426;
        wp::float32 var_427;
        const wp::int32 var_428 = 1;
        wp::float32 var_429;
        wp::float32 var_430;
        const wp::int32 var_431 = 2;
        wp::float32 var_432;
        wp::float32 var_433;
        wp::vec_t<3, wp::float32> var_434;
        wp::vec_t<3, wp::float32> var_435;
        const wp::int32 var_436 = 1;
        wp::float32 var_437;
        const wp::float32 var_438 = 0.0;
        bool var_439;
        const wp::int32 var_440 = 0;
        const wp::int32 var_441 = 1;
        wp::int32 var_442;
        wp::shape_t* var_443;
        const wp::int32 var_444 = 0;
        wp::int32 var_445;
        wp::shape_t var_446;
        bool var_447;
        Contact_426e6027 var_448;
        const wp::int32 var_449 = 1;
        const wp::int32 var_450 = -1;
        wp::int32* var_451;
        wp::int32* var_452;
        wp::vec_t<3, wp::float32>* var_453;
        const wp::float32 var_454 = 0.0;
        const wp::float32 var_455 = 1.0;
        const wp::float32 var_456 = 0.0;
        wp::vec_t<3, wp::float32> var_457;
        wp::vec_t<3, wp::float32>* var_458;
        const wp::int32 var_459 = 1;
        wp::float32 var_460;
        wp::float32 var_461;
        wp::float32* var_462;
        Contact_426e6027 var_463;
        wp::int32 var_464;
        Contact_426e6027 var_465;
        const wp::int32 var_466 = 7;
        const wp::int32 var_467 = 1;
        wp::int32 var_468;
        const wp::int32 var_469 = 0;
        bool var_470;
        const wp::float32 var_471 = 1.0;
        const wp::float32 var_472 = 1.0;
        const wp::float32 var_473 = -1.0;
        wp::float32 var_474;
        const wp::int32 var_475 = 2;
        wp::int32 var_476;
        const wp::int32 var_477 = 0;
        bool var_478;
        const wp::float32 var_479 = 1.0;
        const wp::float32 var_480 = 1.0;
        const wp::float32 var_481 = -1.0;
        wp::float32 var_482;
        const wp::int32 var_483 = 4;
        wp::int32 var_484;
        const wp::int32 var_485 = 0;
        bool var_486;
        const wp::float32 var_487 = 1.0;
        const wp::float32 var_488 = 1.0;
        const wp::float32 var_489 = -1.0;
        wp::float32 var_490;
        const wp::int32 var_491 = 0;
        wp::float32 var_492;
        wp::float32 var_493;
        const wp::int32 var_494 = 1;
        wp::float32 var_495;
        wp::float32 var_496;
        const wp::int32 var_497 = 2;
        wp::float32 var_498;
        wp::float32 var_499;
        wp::vec_t<3, wp::float32> var_500;
        wp::vec_t<3, wp::float32> var_501;
        const wp::int32 var_502 = 1;
        wp::float32 var_503;
        const wp::float32 var_504 = 0.0;
        bool var_505;
        const wp::int32 var_506 = 0;
        const wp::int32 var_507 = 1;
        wp::int32 var_508;
        wp::shape_t* var_509;
        const wp::int32 var_510 = 0;
        wp::int32 var_511;
        wp::shape_t var_512;
        bool var_513;
        Contact_426e6027 var_514;
        const wp::int32 var_515 = 1;
        const wp::int32 var_516 = -1;
        wp::int32* var_517;
        wp::int32* var_518;
        wp::vec_t<3, wp::float32>* var_519;
        const wp::float32 var_520 = 0.0;
        const wp::float32 var_521 = 1.0;
        const wp::float32 var_522 = 0.0;
        wp::vec_t<3, wp::float32> var_523;
        wp::vec_t<3, wp::float32>* var_524;
        const wp::int32 var_525 = 1;
        wp::float32 var_526;
        wp::float32 var_527;
        wp::float32* var_528;
        Contact_426e6027 var_529;
        wp::int32 var_530;
        Contact_426e6027 var_531;
        //---------
        // forward
        // def box_ground_contacts(body_q: wp.array(dtype=wp.transform), half: wp.array(dtype=wp.vec3), contacts: wp.array(dtype=Contact), count: wp.array(dtype=int)):       <L 89>
        // b = wp.tid()                                                                           <L 90>
        var_0 = builtin_tid1d();
        // X = body_q[b]                                                                          <L 91>
        var_1 = wp::address(var_body_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // h = half[b]                                                                            <L 92>
        var_4 = wp::address(var_half, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // for corner in range(8):                                                                <L 93>
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_9 = wp::bit_and(var_7, var_8);
        var_11 = (var_9 != var_10);
        var_15 = wp::where(var_11, var_12, var_14);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_17 = wp::bit_and(var_7, var_16);
        var_19 = (var_17 != var_18);
        var_23 = wp::where(var_19, var_20, var_22);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_25 = wp::bit_and(var_7, var_24);
        var_27 = (var_25 != var_26);
        var_31 = wp::where(var_27, var_28, var_30);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_33 = wp::extract(var_5, var_32);
        var_34 = wp::mul(var_33, var_15);
        var_36 = wp::extract(var_5, var_35);
        var_37 = wp::mul(var_36, var_23);
        var_39 = wp::extract(var_5, var_38);
        var_40 = wp::mul(var_39, var_31);
        var_41 = wp::vec_t<3, wp::float32>(var_34, var_37, var_40);
        var_42 = wp::transform_point(var_2, var_41);
        // if p[1] < 0.0:                                                                         <L 98>
        var_44 = wp::extract(var_42, var_43);
        var_46 = (var_44 < var_45);
        if (var_46) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_49 = wp::atomic_add(var_count, var_47, var_48);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_50 = &(var_contacts.shape);
            var_53 = wp::load(var_50);
            var_52 = wp::extract(var_53, var_51);
            var_54 = (var_49 < var_52);
            if (var_54) {
                // ct = Contact()                                                                 <L 101>
                var_55 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_58 = &(var_55.body_a);
                wp::store(var_58, var_57);
                // ct.body_b = b                                                                  <L 103>
                var_59 = &(var_55.body_b);
                wp::store(var_59, var_0);
                // ct.point = p                                                                   <L 104>
                var_60 = &(var_55.point);
                wp::store(var_60, var_42);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_64 = wp::vec_t<3, wp::float32>(var_61, var_62, var_63);
                var_65 = &(var_55.normal);
                wp::store(var_65, var_64);
                // ct.depth = -p[1]                                                               <L 106>
                var_67 = wp::extract(var_42, var_66);
                var_68 = wp::neg(var_67);
                var_69 = &(var_55.depth);
                wp::store(var_69, var_68);
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_49, var_55);
            }
        }
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_72 = wp::bit_and(var_70, var_71);
        var_74 = (var_72 != var_73);
        var_78 = wp::where(var_74, var_75, var_77);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_80 = wp::bit_and(var_70, var_79);
        var_82 = (var_80 != var_81);
        var_86 = wp::where(var_82, var_83, var_85);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_88 = wp::bit_and(var_70, var_87);
        var_90 = (var_88 != var_89);
        var_94 = wp::where(var_90, var_91, var_93);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_96 = wp::extract(var_5, var_95);
        var_97 = wp::mul(var_96, var_78);
        var_99 = wp::extract(var_5, var_98);
        var_100 = wp::mul(var_99, var_86);
        var_102 = wp::extract(var_5, var_101);
        var_103 = wp::mul(var_102, var_94);
        var_104 = wp::vec_t<3, wp::float32>(var_97, var_100, var_103);
        var_105 = wp::transform_point(var_2, var_104);
        // if p[1] < 0.0:                                                                         <L 98>
        var_107 = wp::extract(var_105, var_106);
        var_109 = (var_107 < var_108);
        if (var_109) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_112 = wp::atomic_add(var_count, var_110, var_111);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_113 = &(var_contacts.shape);
            var_116 = wp::load(var_113);
            var_115 = wp::extract(var_116, var_114);
            var_117 = (var_112 < var_115);
            if (var_117) {
                // ct = Contact()                                                                 <L 101>
                var_118 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_121 = &(var_118.body_a);
                wp::store(var_121, var_120);
                // ct.body_b = b                                                                  <L 103>
                var_122 = &(var_118.body_b);
                wp::store(var_122, var_0);
                // ct.point = p                                                                   <L 104>
                var_123 = &(var_118.point);
                wp::store(var_123, var_105);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_127 = wp::vec_t<3, wp::float32>(var_124, var_125, var_126);
                var_128 = &(var_118.normal);
                wp::store(var_128, var_127);
                // ct.depth = -p[1]                                                               <L 106>
                var_130 = wp::extract(var_105, var_129);
                var_131 = wp::neg(var_130);
                var_132 = &(var_118.depth);
                wp::store(var_132, var_131);
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_112, var_118);
            }
            var_133 = wp::where(var_117, var_118, var_55);
        }
        var_134 = wp::where(var_109, var_112, var_49);
        var_135 = wp::where(var_109, var_133, var_55);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_138 = wp::bit_and(var_136, var_137);
        var_140 = (var_138 != var_139);
        var_144 = wp::where(var_140, var_141, var_143);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_146 = wp::bit_and(var_136, var_145);
        var_148 = (var_146 != var_147);
        var_152 = wp::where(var_148, var_149, var_151);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_154 = wp::bit_and(var_136, var_153);
        var_156 = (var_154 != var_155);
        var_160 = wp::where(var_156, var_157, var_159);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_162 = wp::extract(var_5, var_161);
        var_163 = wp::mul(var_162, var_144);
        var_165 = wp::extract(var_5, var_164);
        var_166 = wp::mul(var_165, var_152);
        var_168 = wp::extract(var_5, var_167);
        var_169 = wp::mul(var_168, var_160);
        var_170 = wp::vec_t<3, wp::float32>(var_163, var_166, var_169);
        var_171 = wp::transform_point(var_2, var_170);
        // if p[1] < 0.0:                                                                         <L 98>
        var_173 = wp::extract(var_171, var_172);
        var_175 = (var_173 < var_174);
        if (var_175) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_178 = wp::atomic_add(var_count, var_176, var_177);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_179 = &(var_contacts.shape);
            var_182 = wp::load(var_179);
            var_181 = wp::extract(var_182, var_180);
            var_183 = (var_178 < var_181);
            if (var_183) {
                // ct = Contact()                                                                 <L 101>
                var_184 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_187 = &(var_184.body_a);
                wp::store(var_187, var_186);
                // ct.body_b = b                                                                  <L 103>
                var_188 = &(var_184.body_b);
                wp::store(var_188, var_0);
                // ct.point = p                                                                   <L 104>
                var_189 = &(var_184.point);
                wp::store(var_189, var_171);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_193 = wp::vec_t<3, wp::float32>(var_190, var_191, var_192);
                var_194 = &(var_184.normal);
                wp::store(var_194, var_193);
                // ct.depth = -p[1]                                                               <L 106>
                var_196 = wp::extract(var_171, var_195);
                var_197 = wp::neg(var_196);
                var_198 = &(var_184.depth);
                wp::store(var_198, var_197);
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_178, var_184);
            }
            var_199 = wp::where(var_183, var_184, var_135);
        }
        var_200 = wp::where(var_175, var_178, var_134);
        var_201 = wp::where(var_175, var_199, var_135);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_204 = wp::bit_and(var_202, var_203);
        var_206 = (var_204 != var_205);
        var_210 = wp::where(var_206, var_207, var_209);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_212 = wp::bit_and(var_202, var_211);
        var_214 = (var_212 != var_213);
        var_218 = wp::where(var_214, var_215, var_217);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_220 = wp::bit_and(var_202, var_219);
        var_222 = (var_220 != var_221);
        var_226 = wp::where(var_222, var_223, var_225);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_228 = wp::extract(var_5, var_227);
        var_229 = wp::mul(var_228, var_210);
        var_231 = wp::extract(var_5, var_230);
        var_232 = wp::mul(var_231, var_218);
        var_234 = wp::extract(var_5, var_233);
        var_235 = wp::mul(var_234, var_226);
        var_236 = wp::vec_t<3, wp::float32>(var_229, var_232, var_235);
        var_237 = wp::transform_point(var_2, var_236);
        // if p[1] < 0.0:                                                                         <L 98>
        var_239 = wp::extract(var_237, var_238);
        var_241 = (var_239 < var_240);
        if (var_241) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_244 = wp::atomic_add(var_count, var_242, var_243);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_245 = &(var_contacts.shape);
            var_248 = wp::load(var_245);
            var_247 = wp::extract(var_248, var_246);
            var_249 = (var_244 < var_247);
            if (var_249) {
                // ct = Contact()                                                                 <L 101>
                var_250 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_253 = &(var_250.body_a);
                wp::store(var_253, var_252);
                // ct.body_b = b                                                                  <L 103>
                var_254 = &(var_250.body_b);
                wp::store(var_254, var_0);
                // ct.point = p                                                                   <L 104>
                var_255 = &(var_250.point);
                wp::store(var_255, var_237);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_259 = wp::vec_t<3, wp::float32>(var_256, var_257, var_258);
                var_260 = &(var_250.normal);
                wp::store(var_260, var_259);
                // ct.depth = -p[1]                                                               <L 106>
                var_262 = wp::extract(var_237, var_261);
                var_263 = wp::neg(var_262);
                var_264 = &(var_250.depth);
                wp::store(var_264, var_263);
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_244, var_250);
            }
            var_265 = wp::where(var_249, var_250, var_201);
        }
        var_266 = wp::where(var_241, var_244, var_200);
        var_267 = wp::where(var_241, var_265, var_201);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_270 = wp::bit_and(var_268, var_269);
        var_272 = (var_270 != var_271);
        var_276 = wp::where(var_272, var_273, var_275);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_278 = wp::bit_and(var_268, var_277);
        var_280 = (var_278 != var_279);
        var_284 = wp::where(var_280, var_281, var_283);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_286 = wp::bit_and(var_268, var_285);
        var_288 = (var_286 != var_287);
        var_292 = wp::where(var_288, var_289, var_291);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_294 = wp::extract(var_5, var_293);
        var_295 = wp::mul(var_294, var_276);
        var_297 = wp::extract(var_5, var_296);
        var_298 = wp::mul(var_297, var_284);
        var_300 = wp::extract(var_5, var_299);
        var_301 = wp::mul(var_300, var_292);
        var_302 = wp::vec_t<3, wp::float32>(var_295, var_298, var_301);
        var_303 = wp::transform_point(var_2, var_302);
        // if p[1] < 0.0:                                                                         <L 98>
        var_305 = wp::extract(var_303, var_304);
        var_307 = (var_305 < var_306);
        if (var_307) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_310 = wp::atomic_add(var_count, var_308, var_309);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_311 = &(var_contacts.shape);
            var_314 = wp::load(var_311);
            var_313 = wp::extract(var_314, var_312);
            var_315 = (var_310 < var_313);
            if (var_315) {
                // ct = Contact()                                                                 <L 101>
                var_316 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_319 = &(var_316.body_a);
                wp::store(var_319, var_318);
                // ct.body_b = b                                                                  <L 103>
                var_320 = &(var_316.body_b);
                wp::store(var_320, var_0);
                // ct.point = p                                                                   <L 104>
                var_321 = &(var_316.point);
                wp::store(var_321, var_303);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_325 = wp::vec_t<3, wp::float32>(var_322, var_323, var_324);
                var_326 = &(var_316.normal);
                wp::store(var_326, var_325);
                // ct.depth = -p[1]                                                               <L 106>
                var_328 = wp::extract(var_303, var_327);
                var_329 = wp::neg(var_328);
                var_330 = &(var_316.depth);
                wp::store(var_330, var_329);
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_310, var_316);
            }
            var_331 = wp::where(var_315, var_316, var_267);
        }
        var_332 = wp::where(var_307, var_310, var_266);
        var_333 = wp::where(var_307, var_331, var_267);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_336 = wp::bit_and(var_334, var_335);
        var_338 = (var_336 != var_337);
        var_342 = wp::where(var_338, var_339, var_341);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_344 = wp::bit_and(var_334, var_343);
        var_346 = (var_344 != var_345);
        var_350 = wp::where(var_346, var_347, var_349);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_352 = wp::bit_and(var_334, var_351);
        var_354 = (var_352 != var_353);
        var_358 = wp::where(var_354, var_355, var_357);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_360 = wp::extract(var_5, var_359);
        var_361 = wp::mul(var_360, var_342);
        var_363 = wp::extract(var_5, var_362);
        var_364 = wp::mul(var_363, var_350);
        var_366 = wp::extract(var_5, var_365);
        var_367 = wp::mul(var_366, var_358);
        var_368 = wp::vec_t<3, wp::float32>(var_361, var_364, var_367);
        var_369 = wp::transform_point(var_2, var_368);
        // if p[1] < 0.0:                                                                         <L 98>
        var_371 = wp::extract(var_369, var_370);
        var_373 = (var_371 < var_372);
        if (var_373) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_376 = wp::atomic_add(var_count, var_374, var_375);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_377 = &(var_contacts.shape);
            var_380 = wp::load(var_377);
            var_379 = wp::extract(var_380, var_378);
            var_381 = (var_376 < var_379);
            if (var_381) {
                // ct = Contact()                                                                 <L 101>
                var_382 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_385 = &(var_382.body_a);
                wp::store(var_385, var_384);
                // ct.body_b = b                                                                  <L 103>
                var_386 = &(var_382.body_b);
                wp::store(var_386, var_0);
                // ct.point = p                                                                   <L 104>
                var_387 = &(var_382.point);
                wp::store(var_387, var_369);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_391 = wp::vec_t<3, wp::float32>(var_388, var_389, var_390);
                var_392 = &(var_382.normal);
                wp::store(var_392, var_391);
                // ct.depth = -p[1]                                                               <L 106>
                var_394 = wp::extract(var_369, var_393);
                var_395 = wp::neg(var_394);
                var_396 = &(var_382.depth);
                wp::store(var_396, var_395);
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_376, var_382);
            }
            var_397 = wp::where(var_381, var_382, var_333);
        }
        var_398 = wp::where(var_373, var_376, var_332);
        var_399 = wp::where(var_373, var_397, var_333);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_402 = wp::bit_and(var_400, var_401);
        var_404 = (var_402 != var_403);
        var_408 = wp::where(var_404, var_405, var_407);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_410 = wp::bit_and(var_400, var_409);
        var_412 = (var_410 != var_411);
        var_416 = wp::where(var_412, var_413, var_415);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_418 = wp::bit_and(var_400, var_417);
        var_420 = (var_418 != var_419);
        var_424 = wp::where(var_420, var_421, var_423);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_426 = wp::extract(var_5, var_425);
        var_427 = wp::mul(var_426, var_408);
        var_429 = wp::extract(var_5, var_428);
        var_430 = wp::mul(var_429, var_416);
        var_432 = wp::extract(var_5, var_431);
        var_433 = wp::mul(var_432, var_424);
        var_434 = wp::vec_t<3, wp::float32>(var_427, var_430, var_433);
        var_435 = wp::transform_point(var_2, var_434);
        // if p[1] < 0.0:                                                                         <L 98>
        var_437 = wp::extract(var_435, var_436);
        var_439 = (var_437 < var_438);
        if (var_439) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_442 = wp::atomic_add(var_count, var_440, var_441);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_443 = &(var_contacts.shape);
            var_446 = wp::load(var_443);
            var_445 = wp::extract(var_446, var_444);
            var_447 = (var_442 < var_445);
            if (var_447) {
                // ct = Contact()                                                                 <L 101>
                var_448 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_451 = &(var_448.body_a);
                wp::store(var_451, var_450);
                // ct.body_b = b                                                                  <L 103>
                var_452 = &(var_448.body_b);
                wp::store(var_452, var_0);
                // ct.point = p                                                                   <L 104>
                var_453 = &(var_448.point);
                wp::store(var_453, var_435);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_457 = wp::vec_t<3, wp::float32>(var_454, var_455, var_456);
                var_458 = &(var_448.normal);
                wp::store(var_458, var_457);
                // ct.depth = -p[1]                                                               <L 106>
                var_460 = wp::extract(var_435, var_459);
                var_461 = wp::neg(var_460);
                var_462 = &(var_448.depth);
                wp::store(var_462, var_461);
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_442, var_448);
            }
            var_463 = wp::where(var_447, var_448, var_399);
        }
        var_464 = wp::where(var_439, var_442, var_398);
        var_465 = wp::where(var_439, var_463, var_399);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_468 = wp::bit_and(var_466, var_467);
        var_470 = (var_468 != var_469);
        var_474 = wp::where(var_470, var_471, var_473);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_476 = wp::bit_and(var_466, var_475);
        var_478 = (var_476 != var_477);
        var_482 = wp::where(var_478, var_479, var_481);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_484 = wp::bit_and(var_466, var_483);
        var_486 = (var_484 != var_485);
        var_490 = wp::where(var_486, var_487, var_489);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_492 = wp::extract(var_5, var_491);
        var_493 = wp::mul(var_492, var_474);
        var_495 = wp::extract(var_5, var_494);
        var_496 = wp::mul(var_495, var_482);
        var_498 = wp::extract(var_5, var_497);
        var_499 = wp::mul(var_498, var_490);
        var_500 = wp::vec_t<3, wp::float32>(var_493, var_496, var_499);
        var_501 = wp::transform_point(var_2, var_500);
        // if p[1] < 0.0:                                                                         <L 98>
        var_503 = wp::extract(var_501, var_502);
        var_505 = (var_503 < var_504);
        if (var_505) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_508 = wp::atomic_add(var_count, var_506, var_507);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_509 = &(var_contacts.shape);
            var_512 = wp::load(var_509);
            var_511 = wp::extract(var_512, var_510);
            var_513 = (var_508 < var_511);
            if (var_513) {
                // ct = Contact()                                                                 <L 101>
                var_514 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_517 = &(var_514.body_a);
                wp::store(var_517, var_516);
                // ct.body_b = b                                                                  <L 103>
                var_518 = &(var_514.body_b);
                wp::store(var_518, var_0);
                // ct.point = p                                                                   <L 104>
                var_519 = &(var_514.point);
                wp::store(var_519, var_501);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_523 = wp::vec_t<3, wp::float32>(var_520, var_521, var_522);
                var_524 = &(var_514.normal);
                wp::store(var_524, var_523);
                // ct.depth = -p[1]                                                               <L 106>
                var_526 = wp::extract(var_501, var_525);
                var_527 = wp::neg(var_526);
                var_528 = &(var_514.depth);
                wp::store(var_528, var_527);
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_508, var_514);
            }
            var_529 = wp::where(var_513, var_514, var_465);
        }
        var_530 = wp::where(var_505, var_508, var_464);
        var_531 = wp::where(var_505, var_529, var_465);
    }
}



extern "C" __global__ void box_ground_contacts_d1808a5e_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_half,
    wp::array_t<Contact_426e6027> var_contacts,
    wp::array_t<wp::int32> var_count,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_half,
    wp::array_t<Contact_426e6027> adj_contacts,
    wp::array_t<wp::int32> adj_count)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 1.0;
        const wp::float32 var_14 = -1.0;
        wp::float32 var_15;
        const wp::int32 var_16 = 2;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        bool var_19;
        const wp::float32 var_20 = 1.0;
        const wp::float32 var_21 = 1.0;
        const wp::float32 var_22 = -1.0;
        wp::float32 var_23;
        const wp::int32 var_24 = 4;
        wp::int32 var_25;
        const wp::int32 var_26 = 0;
        bool var_27;
        const wp::float32 var_28 = 1.0;
        const wp::float32 var_29 = 1.0;
        const wp::float32 var_30 = -1.0;
        wp::float32 var_31;
        const wp::int32 var_32 = 0;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 2;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        const wp::int32 var_43 = 1;
        wp::float32 var_44;
        const wp::float32 var_45 = 0.0;
        bool var_46;
        const wp::int32 var_47 = 0;
        const wp::int32 var_48 = 1;
        wp::int32 var_49;
        wp::shape_t* var_50;
        const wp::int32 var_51 = 0;
        wp::int32 var_52;
        wp::shape_t var_53;
        bool var_54;
        Contact_426e6027 var_55;
        const wp::int32 var_56 = 1;
        const wp::int32 var_57 = -1;
        wp::int32* var_58;
        wp::int32* var_59;
        wp::vec_t<3, wp::float32>* var_60;
        const wp::float32 var_61 = 0.0;
        const wp::float32 var_62 = 1.0;
        const wp::float32 var_63 = 0.0;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32>* var_65;
        const wp::int32 var_66 = 1;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32* var_69;
        const wp::int32 var_70 = 1;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        const wp::int32 var_73 = 0;
        bool var_74;
        const wp::float32 var_75 = 1.0;
        const wp::float32 var_76 = 1.0;
        const wp::float32 var_77 = -1.0;
        wp::float32 var_78;
        const wp::int32 var_79 = 2;
        wp::int32 var_80;
        const wp::int32 var_81 = 0;
        bool var_82;
        const wp::float32 var_83 = 1.0;
        const wp::float32 var_84 = 1.0;
        const wp::float32 var_85 = -1.0;
        wp::float32 var_86;
        const wp::int32 var_87 = 4;
        wp::int32 var_88;
        const wp::int32 var_89 = 0;
        bool var_90;
        const wp::float32 var_91 = 1.0;
        const wp::float32 var_92 = 1.0;
        const wp::float32 var_93 = -1.0;
        wp::float32 var_94;
        const wp::int32 var_95 = 0;
        wp::float32 var_96;
        wp::float32 var_97;
        const wp::int32 var_98 = 1;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 2;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::vec_t<3, wp::float32> var_104;
        wp::vec_t<3, wp::float32> var_105;
        const wp::int32 var_106 = 1;
        wp::float32 var_107;
        const wp::float32 var_108 = 0.0;
        bool var_109;
        const wp::int32 var_110 = 0;
        const wp::int32 var_111 = 1;
        wp::int32 var_112;
        wp::shape_t* var_113;
        const wp::int32 var_114 = 0;
        wp::int32 var_115;
        wp::shape_t var_116;
        bool var_117;
        Contact_426e6027 var_118;
        const wp::int32 var_119 = 1;
        const wp::int32 var_120 = -1;
        wp::int32* var_121;
        wp::int32* var_122;
        wp::vec_t<3, wp::float32>* var_123;
        const wp::float32 var_124 = 0.0;
        const wp::float32 var_125 = 1.0;
        const wp::float32 var_126 = 0.0;
        wp::vec_t<3, wp::float32> var_127;
        wp::vec_t<3, wp::float32>* var_128;
        const wp::int32 var_129 = 1;
        wp::float32 var_130;
        wp::float32 var_131;
        wp::float32* var_132;
        Contact_426e6027 var_133;
        wp::int32 var_134;
        Contact_426e6027 var_135;
        const wp::int32 var_136 = 2;
        const wp::int32 var_137 = 1;
        wp::int32 var_138;
        const wp::int32 var_139 = 0;
        bool var_140;
        const wp::float32 var_141 = 1.0;
        const wp::float32 var_142 = 1.0;
        const wp::float32 var_143 = -1.0;
        wp::float32 var_144;
        const wp::int32 var_145 = 2;
        wp::int32 var_146;
        const wp::int32 var_147 = 0;
        bool var_148;
        const wp::float32 var_149 = 1.0;
        const wp::float32 var_150 = 1.0;
        const wp::float32 var_151 = -1.0;
        wp::float32 var_152;
        const wp::int32 var_153 = 4;
        wp::int32 var_154;
        const wp::int32 var_155 = 0;
        bool var_156;
        const wp::float32 var_157 = 1.0;
        const wp::float32 var_158 = 1.0;
        const wp::float32 var_159 = -1.0;
        wp::float32 var_160;
        const wp::int32 var_161 = 0;
        wp::float32 var_162;
        wp::float32 var_163;
        const wp::int32 var_164 = 1;
        wp::float32 var_165;
        wp::float32 var_166;
        const wp::int32 var_167 = 2;
        wp::float32 var_168;
        wp::float32 var_169;
        wp::vec_t<3, wp::float32> var_170;
        wp::vec_t<3, wp::float32> var_171;
        const wp::int32 var_172 = 1;
        wp::float32 var_173;
        const wp::float32 var_174 = 0.0;
        bool var_175;
        const wp::int32 var_176 = 0;
        const wp::int32 var_177 = 1;
        wp::int32 var_178;
        wp::shape_t* var_179;
        const wp::int32 var_180 = 0;
        wp::int32 var_181;
        wp::shape_t var_182;
        bool var_183;
        Contact_426e6027 var_184;
        const wp::int32 var_185 = 1;
        const wp::int32 var_186 = -1;
        wp::int32* var_187;
        wp::int32* var_188;
        wp::vec_t<3, wp::float32>* var_189;
        const wp::float32 var_190 = 0.0;
        const wp::float32 var_191 = 1.0;
        const wp::float32 var_192 = 0.0;
        wp::vec_t<3, wp::float32> var_193;
        wp::vec_t<3, wp::float32>* var_194;
        const wp::int32 var_195 = 1;
        wp::float32 var_196;
        wp::float32 var_197;
        wp::float32* var_198;
        Contact_426e6027 var_199;
        wp::int32 var_200;
        Contact_426e6027 var_201;
        const wp::int32 var_202 = 3;
        const wp::int32 var_203 = 1;
        wp::int32 var_204;
        const wp::int32 var_205 = 0;
        bool var_206;
        const wp::float32 var_207 = 1.0;
        const wp::float32 var_208 = 1.0;
        const wp::float32 var_209 = -1.0;
        wp::float32 var_210;
        const wp::int32 var_211 = 2;
        wp::int32 var_212;
        const wp::int32 var_213 = 0;
        bool var_214;
        const wp::float32 var_215 = 1.0;
        const wp::float32 var_216 = 1.0;
        const wp::float32 var_217 = -1.0;
        wp::float32 var_218;
        const wp::int32 var_219 = 4;
        wp::int32 var_220;
        const wp::int32 var_221 = 0;
        bool var_222;
        const wp::float32 var_223 = 1.0;
        const wp::float32 var_224 = 1.0;
        const wp::float32 var_225 = -1.0;
        wp::float32 var_226;
        const wp::int32 var_227 = 0;
        wp::float32 var_228;
        wp::float32 var_229;
        const wp::int32 var_230 = 1;
        wp::float32 var_231;
        wp::float32 var_232;
        const wp::int32 var_233 = 2;
        wp::float32 var_234;
        wp::float32 var_235;
        wp::vec_t<3, wp::float32> var_236;
        wp::vec_t<3, wp::float32> var_237;
        const wp::int32 var_238 = 1;
        wp::float32 var_239;
        const wp::float32 var_240 = 0.0;
        bool var_241;
        const wp::int32 var_242 = 0;
        const wp::int32 var_243 = 1;
        wp::int32 var_244;
        wp::shape_t* var_245;
        const wp::int32 var_246 = 0;
        wp::int32 var_247;
        wp::shape_t var_248;
        bool var_249;
        Contact_426e6027 var_250;
        const wp::int32 var_251 = 1;
        const wp::int32 var_252 = -1;
        wp::int32* var_253;
        wp::int32* var_254;
        wp::vec_t<3, wp::float32>* var_255;
        const wp::float32 var_256 = 0.0;
        const wp::float32 var_257 = 1.0;
        const wp::float32 var_258 = 0.0;
        wp::vec_t<3, wp::float32> var_259;
        wp::vec_t<3, wp::float32>* var_260;
        const wp::int32 var_261 = 1;
        wp::float32 var_262;
        wp::float32 var_263;
        wp::float32* var_264;
        Contact_426e6027 var_265;
        wp::int32 var_266;
        Contact_426e6027 var_267;
        const wp::int32 var_268 = 4;
        const wp::int32 var_269 = 1;
        wp::int32 var_270;
        const wp::int32 var_271 = 0;
        bool var_272;
        const wp::float32 var_273 = 1.0;
        const wp::float32 var_274 = 1.0;
        const wp::float32 var_275 = -1.0;
        wp::float32 var_276;
        const wp::int32 var_277 = 2;
        wp::int32 var_278;
        const wp::int32 var_279 = 0;
        bool var_280;
        const wp::float32 var_281 = 1.0;
        const wp::float32 var_282 = 1.0;
        const wp::float32 var_283 = -1.0;
        wp::float32 var_284;
        const wp::int32 var_285 = 4;
        wp::int32 var_286;
        const wp::int32 var_287 = 0;
        bool var_288;
        const wp::float32 var_289 = 1.0;
        const wp::float32 var_290 = 1.0;
        const wp::float32 var_291 = -1.0;
        wp::float32 var_292;
        const wp::int32 var_293 = 0;
        wp::float32 var_294;
        wp::float32 var_295;
        const wp::int32 var_296 = 1;
        wp::float32 var_297;
        wp::float32 var_298;
        const wp::int32 var_299 = 2;
        wp::float32 var_300;
        wp::float32 var_301;
        wp::vec_t<3, wp::float32> var_302;
        wp::vec_t<3, wp::float32> var_303;
        const wp::int32 var_304 = 1;
        wp::float32 var_305;
        const wp::float32 var_306 = 0.0;
        bool var_307;
        const wp::int32 var_308 = 0;
        const wp::int32 var_309 = 1;
        wp::int32 var_310;
        wp::shape_t* var_311;
        const wp::int32 var_312 = 0;
        wp::int32 var_313;
        wp::shape_t var_314;
        bool var_315;
        Contact_426e6027 var_316;
        const wp::int32 var_317 = 1;
        const wp::int32 var_318 = -1;
        wp::int32* var_319;
        wp::int32* var_320;
        wp::vec_t<3, wp::float32>* var_321;
        const wp::float32 var_322 = 0.0;
        const wp::float32 var_323 = 1.0;
        const wp::float32 var_324 = 0.0;
        wp::vec_t<3, wp::float32> var_325;
        wp::vec_t<3, wp::float32>* var_326;
        const wp::int32 var_327 = 1;
        wp::float32 var_328;
        wp::float32 var_329;
        wp::float32* var_330;
        Contact_426e6027 var_331;
        wp::int32 var_332;
        Contact_426e6027 var_333;
        const wp::int32 var_334 = 5;
        const wp::int32 var_335 = 1;
        wp::int32 var_336;
        const wp::int32 var_337 = 0;
        bool var_338;
        const wp::float32 var_339 = 1.0;
        const wp::float32 var_340 = 1.0;
        const wp::float32 var_341 = -1.0;
        wp::float32 var_342;
        const wp::int32 var_343 = 2;
        wp::int32 var_344;
        const wp::int32 var_345 = 0;
        bool var_346;
        const wp::float32 var_347 = 1.0;
        const wp::float32 var_348 = 1.0;
        const wp::float32 var_349 = -1.0;
        wp::float32 var_350;
        const wp::int32 var_351 = 4;
        wp::int32 var_352;
        const wp::int32 var_353 = 0;
        bool var_354;
        const wp::float32 var_355 = 1.0;
        const wp::float32 var_356 = 1.0;
        const wp::float32 var_357 = -1.0;
        wp::float32 var_358;
        const wp::int32 var_359 = 0;
        wp::float32 var_360;
        wp::float32 var_361;
        const wp::int32 var_362 = 1;
        wp::float32 var_363;
        wp::float32 var_364;
        const wp::int32 var_365 = 2;
        wp::float32 var_366;
        wp::float32 var_367;
        wp::vec_t<3, wp::float32> var_368;
        wp::vec_t<3, wp::float32> var_369;
        const wp::int32 var_370 = 1;
        wp::float32 var_371;
        const wp::float32 var_372 = 0.0;
        bool var_373;
        const wp::int32 var_374 = 0;
        const wp::int32 var_375 = 1;
        wp::int32 var_376;
        wp::shape_t* var_377;
        const wp::int32 var_378 = 0;
        wp::int32 var_379;
        wp::shape_t var_380;
        bool var_381;
        Contact_426e6027 var_382;
        const wp::int32 var_383 = 1;
        const wp::int32 var_384 = -1;
        wp::int32* var_385;
        wp::int32* var_386;
        wp::vec_t<3, wp::float32>* var_387;
        const wp::float32 var_388 = 0.0;
        const wp::float32 var_389 = 1.0;
        const wp::float32 var_390 = 0.0;
        wp::vec_t<3, wp::float32> var_391;
        wp::vec_t<3, wp::float32>* var_392;
        const wp::int32 var_393 = 1;
        wp::float32 var_394;
        wp::float32 var_395;
        wp::float32* var_396;
        Contact_426e6027 var_397;
        wp::int32 var_398;
        Contact_426e6027 var_399;
        const wp::int32 var_400 = 6;
        const wp::int32 var_401 = 1;
        wp::int32 var_402;
        const wp::int32 var_403 = 0;
        bool var_404;
        const wp::float32 var_405 = 1.0;
        const wp::float32 var_406 = 1.0;
        const wp::float32 var_407 = -1.0;
        wp::float32 var_408;
        const wp::int32 var_409 = 2;
        wp::int32 var_410;
        const wp::int32 var_411 = 0;
        bool var_412;
        const wp::float32 var_413 = 1.0;
        const wp::float32 var_414 = 1.0;
        const wp::float32 var_415 = -1.0;
        wp::float32 var_416;
        const wp::int32 var_417 = 4;
        wp::int32 var_418;
        const wp::int32 var_419 = 0;
        bool var_420;
        const wp::float32 var_421 = 1.0;
        const wp::float32 var_422 = 1.0;
        const wp::float32 var_423 = -1.0;
        wp::float32 var_424;
        const wp::int32 var_425 = 0;
        wp::float32 var_426;
        wp::float32 var_427;
        const wp::int32 var_428 = 1;
        wp::float32 var_429;
        wp::float32 var_430;
        const wp::int32 var_431 = 2;
        wp::float32 var_432;
        wp::float32 var_433;
        wp::vec_t<3, wp::float32> var_434;
        wp::vec_t<3, wp::float32> var_435;
        const wp::int32 var_436 = 1;
        wp::float32 var_437;
        const wp::float32 var_438 = 0.0;
        bool var_439;
        const wp::int32 var_440 = 0;
        const wp::int32 var_441 = 1;
        wp::int32 var_442;
        wp::shape_t* var_443;
        const wp::int32 var_444 = 0;
        wp::int32 var_445;
        wp::shape_t var_446;
        bool var_447;
        Contact_426e6027 var_448;
        const wp::int32 var_449 = 1;
        const wp::int32 var_450 = -1;
        wp::int32* var_451;
        wp::int32* var_452;
        wp::vec_t<3, wp::float32>* var_453;
        const wp::float32 var_454 = 0.0;
        const wp::float32 var_455 = 1.0;
        const wp::float32 var_456 = 0.0;
        wp::vec_t<3, wp::float32> var_457;
        wp::vec_t<3, wp::float32>* var_458;
        const wp::int32 var_459 = 1;
        wp::float32 var_460;
        wp::float32 var_461;
        wp::float32* var_462;
        Contact_426e6027 var_463;
        wp::int32 var_464;
        Contact_426e6027 var_465;
        const wp::int32 var_466 = 7;
        const wp::int32 var_467 = 1;
        wp::int32 var_468;
        const wp::int32 var_469 = 0;
        bool var_470;
        const wp::float32 var_471 = 1.0;
        const wp::float32 var_472 = 1.0;
        const wp::float32 var_473 = -1.0;
        wp::float32 var_474;
        const wp::int32 var_475 = 2;
        wp::int32 var_476;
        const wp::int32 var_477 = 0;
        bool var_478;
        const wp::float32 var_479 = 1.0;
        const wp::float32 var_480 = 1.0;
        const wp::float32 var_481 = -1.0;
        wp::float32 var_482;
        const wp::int32 var_483 = 4;
        wp::int32 var_484;
        const wp::int32 var_485 = 0;
        bool var_486;
        const wp::float32 var_487 = 1.0;
        const wp::float32 var_488 = 1.0;
        const wp::float32 var_489 = -1.0;
        wp::float32 var_490;
        const wp::int32 var_491 = 0;
        wp::float32 var_492;
        wp::float32 var_493;
        const wp::int32 var_494 = 1;
        wp::float32 var_495;
        wp::float32 var_496;
        const wp::int32 var_497 = 2;
        wp::float32 var_498;
        wp::float32 var_499;
        wp::vec_t<3, wp::float32> var_500;
        wp::vec_t<3, wp::float32> var_501;
        const wp::int32 var_502 = 1;
        wp::float32 var_503;
        const wp::float32 var_504 = 0.0;
        bool var_505;
        const wp::int32 var_506 = 0;
        const wp::int32 var_507 = 1;
        wp::int32 var_508;
        wp::shape_t* var_509;
        const wp::int32 var_510 = 0;
        wp::int32 var_511;
        wp::shape_t var_512;
        bool var_513;
        Contact_426e6027 var_514;
        const wp::int32 var_515 = 1;
        const wp::int32 var_516 = -1;
        wp::int32* var_517;
        wp::int32* var_518;
        wp::vec_t<3, wp::float32>* var_519;
        const wp::float32 var_520 = 0.0;
        const wp::float32 var_521 = 1.0;
        const wp::float32 var_522 = 0.0;
        wp::vec_t<3, wp::float32> var_523;
        wp::vec_t<3, wp::float32>* var_524;
        const wp::int32 var_525 = 1;
        wp::float32 var_526;
        wp::float32 var_527;
        wp::float32* var_528;
        Contact_426e6027 var_529;
        wp::int32 var_530;
        Contact_426e6027 var_531;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        bool adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        bool adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::shape_t adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::shape_t adj_53 = {};
        bool adj_54 = {};
        Contact_426e6027 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::vec_t<3, wp::float32> adj_65 = {};
        wp::int32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        bool adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        bool adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        bool adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::float32 adj_103 = {};
        wp::vec_t<3, wp::float32> adj_104 = {};
        wp::vec_t<3, wp::float32> adj_105 = {};
        wp::int32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        bool adj_109 = {};
        wp::int32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::int32 adj_112 = {};
        wp::shape_t adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::shape_t adj_116 = {};
        bool adj_117 = {};
        Contact_426e6027 adj_118 = {};
        wp::int32 adj_119 = {};
        wp::int32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::vec_t<3, wp::float32> adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::float32 adj_126 = {};
        wp::vec_t<3, wp::float32> adj_127 = {};
        wp::vec_t<3, wp::float32> adj_128 = {};
        wp::int32 adj_129 = {};
        wp::float32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::float32 adj_132 = {};
        Contact_426e6027 adj_133 = {};
        wp::int32 adj_134 = {};
        Contact_426e6027 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::int32 adj_137 = {};
        wp::int32 adj_138 = {};
        wp::int32 adj_139 = {};
        bool adj_140 = {};
        wp::float32 adj_141 = {};
        wp::float32 adj_142 = {};
        wp::float32 adj_143 = {};
        wp::float32 adj_144 = {};
        wp::int32 adj_145 = {};
        wp::int32 adj_146 = {};
        wp::int32 adj_147 = {};
        bool adj_148 = {};
        wp::float32 adj_149 = {};
        wp::float32 adj_150 = {};
        wp::float32 adj_151 = {};
        wp::float32 adj_152 = {};
        wp::int32 adj_153 = {};
        wp::int32 adj_154 = {};
        wp::int32 adj_155 = {};
        bool adj_156 = {};
        wp::float32 adj_157 = {};
        wp::float32 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::float32 adj_160 = {};
        wp::int32 adj_161 = {};
        wp::float32 adj_162 = {};
        wp::float32 adj_163 = {};
        wp::int32 adj_164 = {};
        wp::float32 adj_165 = {};
        wp::float32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::float32 adj_168 = {};
        wp::float32 adj_169 = {};
        wp::vec_t<3, wp::float32> adj_170 = {};
        wp::vec_t<3, wp::float32> adj_171 = {};
        wp::int32 adj_172 = {};
        wp::float32 adj_173 = {};
        wp::float32 adj_174 = {};
        bool adj_175 = {};
        wp::int32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::int32 adj_178 = {};
        wp::shape_t adj_179 = {};
        wp::int32 adj_180 = {};
        wp::int32 adj_181 = {};
        wp::shape_t adj_182 = {};
        bool adj_183 = {};
        Contact_426e6027 adj_184 = {};
        wp::int32 adj_185 = {};
        wp::int32 adj_186 = {};
        wp::int32 adj_187 = {};
        wp::int32 adj_188 = {};
        wp::vec_t<3, wp::float32> adj_189 = {};
        wp::float32 adj_190 = {};
        wp::float32 adj_191 = {};
        wp::float32 adj_192 = {};
        wp::vec_t<3, wp::float32> adj_193 = {};
        wp::vec_t<3, wp::float32> adj_194 = {};
        wp::int32 adj_195 = {};
        wp::float32 adj_196 = {};
        wp::float32 adj_197 = {};
        wp::float32 adj_198 = {};
        Contact_426e6027 adj_199 = {};
        wp::int32 adj_200 = {};
        Contact_426e6027 adj_201 = {};
        wp::int32 adj_202 = {};
        wp::int32 adj_203 = {};
        wp::int32 adj_204 = {};
        wp::int32 adj_205 = {};
        bool adj_206 = {};
        wp::float32 adj_207 = {};
        wp::float32 adj_208 = {};
        wp::float32 adj_209 = {};
        wp::float32 adj_210 = {};
        wp::int32 adj_211 = {};
        wp::int32 adj_212 = {};
        wp::int32 adj_213 = {};
        bool adj_214 = {};
        wp::float32 adj_215 = {};
        wp::float32 adj_216 = {};
        wp::float32 adj_217 = {};
        wp::float32 adj_218 = {};
        wp::int32 adj_219 = {};
        wp::int32 adj_220 = {};
        wp::int32 adj_221 = {};
        bool adj_222 = {};
        wp::float32 adj_223 = {};
        wp::float32 adj_224 = {};
        wp::float32 adj_225 = {};
        wp::float32 adj_226 = {};
        wp::int32 adj_227 = {};
        wp::float32 adj_228 = {};
        wp::float32 adj_229 = {};
        wp::int32 adj_230 = {};
        wp::float32 adj_231 = {};
        wp::float32 adj_232 = {};
        wp::int32 adj_233 = {};
        wp::float32 adj_234 = {};
        wp::float32 adj_235 = {};
        wp::vec_t<3, wp::float32> adj_236 = {};
        wp::vec_t<3, wp::float32> adj_237 = {};
        wp::int32 adj_238 = {};
        wp::float32 adj_239 = {};
        wp::float32 adj_240 = {};
        bool adj_241 = {};
        wp::int32 adj_242 = {};
        wp::int32 adj_243 = {};
        wp::int32 adj_244 = {};
        wp::shape_t adj_245 = {};
        wp::int32 adj_246 = {};
        wp::int32 adj_247 = {};
        wp::shape_t adj_248 = {};
        bool adj_249 = {};
        Contact_426e6027 adj_250 = {};
        wp::int32 adj_251 = {};
        wp::int32 adj_252 = {};
        wp::int32 adj_253 = {};
        wp::int32 adj_254 = {};
        wp::vec_t<3, wp::float32> adj_255 = {};
        wp::float32 adj_256 = {};
        wp::float32 adj_257 = {};
        wp::float32 adj_258 = {};
        wp::vec_t<3, wp::float32> adj_259 = {};
        wp::vec_t<3, wp::float32> adj_260 = {};
        wp::int32 adj_261 = {};
        wp::float32 adj_262 = {};
        wp::float32 adj_263 = {};
        wp::float32 adj_264 = {};
        Contact_426e6027 adj_265 = {};
        wp::int32 adj_266 = {};
        Contact_426e6027 adj_267 = {};
        wp::int32 adj_268 = {};
        wp::int32 adj_269 = {};
        wp::int32 adj_270 = {};
        wp::int32 adj_271 = {};
        bool adj_272 = {};
        wp::float32 adj_273 = {};
        wp::float32 adj_274 = {};
        wp::float32 adj_275 = {};
        wp::float32 adj_276 = {};
        wp::int32 adj_277 = {};
        wp::int32 adj_278 = {};
        wp::int32 adj_279 = {};
        bool adj_280 = {};
        wp::float32 adj_281 = {};
        wp::float32 adj_282 = {};
        wp::float32 adj_283 = {};
        wp::float32 adj_284 = {};
        wp::int32 adj_285 = {};
        wp::int32 adj_286 = {};
        wp::int32 adj_287 = {};
        bool adj_288 = {};
        wp::float32 adj_289 = {};
        wp::float32 adj_290 = {};
        wp::float32 adj_291 = {};
        wp::float32 adj_292 = {};
        wp::int32 adj_293 = {};
        wp::float32 adj_294 = {};
        wp::float32 adj_295 = {};
        wp::int32 adj_296 = {};
        wp::float32 adj_297 = {};
        wp::float32 adj_298 = {};
        wp::int32 adj_299 = {};
        wp::float32 adj_300 = {};
        wp::float32 adj_301 = {};
        wp::vec_t<3, wp::float32> adj_302 = {};
        wp::vec_t<3, wp::float32> adj_303 = {};
        wp::int32 adj_304 = {};
        wp::float32 adj_305 = {};
        wp::float32 adj_306 = {};
        bool adj_307 = {};
        wp::int32 adj_308 = {};
        wp::int32 adj_309 = {};
        wp::int32 adj_310 = {};
        wp::shape_t adj_311 = {};
        wp::int32 adj_312 = {};
        wp::int32 adj_313 = {};
        wp::shape_t adj_314 = {};
        bool adj_315 = {};
        Contact_426e6027 adj_316 = {};
        wp::int32 adj_317 = {};
        wp::int32 adj_318 = {};
        wp::int32 adj_319 = {};
        wp::int32 adj_320 = {};
        wp::vec_t<3, wp::float32> adj_321 = {};
        wp::float32 adj_322 = {};
        wp::float32 adj_323 = {};
        wp::float32 adj_324 = {};
        wp::vec_t<3, wp::float32> adj_325 = {};
        wp::vec_t<3, wp::float32> adj_326 = {};
        wp::int32 adj_327 = {};
        wp::float32 adj_328 = {};
        wp::float32 adj_329 = {};
        wp::float32 adj_330 = {};
        Contact_426e6027 adj_331 = {};
        wp::int32 adj_332 = {};
        Contact_426e6027 adj_333 = {};
        wp::int32 adj_334 = {};
        wp::int32 adj_335 = {};
        wp::int32 adj_336 = {};
        wp::int32 adj_337 = {};
        bool adj_338 = {};
        wp::float32 adj_339 = {};
        wp::float32 adj_340 = {};
        wp::float32 adj_341 = {};
        wp::float32 adj_342 = {};
        wp::int32 adj_343 = {};
        wp::int32 adj_344 = {};
        wp::int32 adj_345 = {};
        bool adj_346 = {};
        wp::float32 adj_347 = {};
        wp::float32 adj_348 = {};
        wp::float32 adj_349 = {};
        wp::float32 adj_350 = {};
        wp::int32 adj_351 = {};
        wp::int32 adj_352 = {};
        wp::int32 adj_353 = {};
        bool adj_354 = {};
        wp::float32 adj_355 = {};
        wp::float32 adj_356 = {};
        wp::float32 adj_357 = {};
        wp::float32 adj_358 = {};
        wp::int32 adj_359 = {};
        wp::float32 adj_360 = {};
        wp::float32 adj_361 = {};
        wp::int32 adj_362 = {};
        wp::float32 adj_363 = {};
        wp::float32 adj_364 = {};
        wp::int32 adj_365 = {};
        wp::float32 adj_366 = {};
        wp::float32 adj_367 = {};
        wp::vec_t<3, wp::float32> adj_368 = {};
        wp::vec_t<3, wp::float32> adj_369 = {};
        wp::int32 adj_370 = {};
        wp::float32 adj_371 = {};
        wp::float32 adj_372 = {};
        bool adj_373 = {};
        wp::int32 adj_374 = {};
        wp::int32 adj_375 = {};
        wp::int32 adj_376 = {};
        wp::shape_t adj_377 = {};
        wp::int32 adj_378 = {};
        wp::int32 adj_379 = {};
        wp::shape_t adj_380 = {};
        bool adj_381 = {};
        Contact_426e6027 adj_382 = {};
        wp::int32 adj_383 = {};
        wp::int32 adj_384 = {};
        wp::int32 adj_385 = {};
        wp::int32 adj_386 = {};
        wp::vec_t<3, wp::float32> adj_387 = {};
        wp::float32 adj_388 = {};
        wp::float32 adj_389 = {};
        wp::float32 adj_390 = {};
        wp::vec_t<3, wp::float32> adj_391 = {};
        wp::vec_t<3, wp::float32> adj_392 = {};
        wp::int32 adj_393 = {};
        wp::float32 adj_394 = {};
        wp::float32 adj_395 = {};
        wp::float32 adj_396 = {};
        Contact_426e6027 adj_397 = {};
        wp::int32 adj_398 = {};
        Contact_426e6027 adj_399 = {};
        wp::int32 adj_400 = {};
        wp::int32 adj_401 = {};
        wp::int32 adj_402 = {};
        wp::int32 adj_403 = {};
        bool adj_404 = {};
        wp::float32 adj_405 = {};
        wp::float32 adj_406 = {};
        wp::float32 adj_407 = {};
        wp::float32 adj_408 = {};
        wp::int32 adj_409 = {};
        wp::int32 adj_410 = {};
        wp::int32 adj_411 = {};
        bool adj_412 = {};
        wp::float32 adj_413 = {};
        wp::float32 adj_414 = {};
        wp::float32 adj_415 = {};
        wp::float32 adj_416 = {};
        wp::int32 adj_417 = {};
        wp::int32 adj_418 = {};
        wp::int32 adj_419 = {};
        bool adj_420 = {};
        wp::float32 adj_421 = {};
        wp::float32 adj_422 = {};
        wp::float32 adj_423 = {};
        wp::float32 adj_424 = {};
        wp::int32 adj_425 = {};
        wp::float32 adj_426 = {};
        wp::float32 adj_427 = {};
        wp::int32 adj_428 = {};
        wp::float32 adj_429 = {};
        wp::float32 adj_430 = {};
        wp::int32 adj_431 = {};
        wp::float32 adj_432 = {};
        wp::float32 adj_433 = {};
        wp::vec_t<3, wp::float32> adj_434 = {};
        wp::vec_t<3, wp::float32> adj_435 = {};
        wp::int32 adj_436 = {};
        wp::float32 adj_437 = {};
        wp::float32 adj_438 = {};
        bool adj_439 = {};
        wp::int32 adj_440 = {};
        wp::int32 adj_441 = {};
        wp::int32 adj_442 = {};
        wp::shape_t adj_443 = {};
        wp::int32 adj_444 = {};
        wp::int32 adj_445 = {};
        wp::shape_t adj_446 = {};
        bool adj_447 = {};
        Contact_426e6027 adj_448 = {};
        wp::int32 adj_449 = {};
        wp::int32 adj_450 = {};
        wp::int32 adj_451 = {};
        wp::int32 adj_452 = {};
        wp::vec_t<3, wp::float32> adj_453 = {};
        wp::float32 adj_454 = {};
        wp::float32 adj_455 = {};
        wp::float32 adj_456 = {};
        wp::vec_t<3, wp::float32> adj_457 = {};
        wp::vec_t<3, wp::float32> adj_458 = {};
        wp::int32 adj_459 = {};
        wp::float32 adj_460 = {};
        wp::float32 adj_461 = {};
        wp::float32 adj_462 = {};
        Contact_426e6027 adj_463 = {};
        wp::int32 adj_464 = {};
        Contact_426e6027 adj_465 = {};
        wp::int32 adj_466 = {};
        wp::int32 adj_467 = {};
        wp::int32 adj_468 = {};
        wp::int32 adj_469 = {};
        bool adj_470 = {};
        wp::float32 adj_471 = {};
        wp::float32 adj_472 = {};
        wp::float32 adj_473 = {};
        wp::float32 adj_474 = {};
        wp::int32 adj_475 = {};
        wp::int32 adj_476 = {};
        wp::int32 adj_477 = {};
        bool adj_478 = {};
        wp::float32 adj_479 = {};
        wp::float32 adj_480 = {};
        wp::float32 adj_481 = {};
        wp::float32 adj_482 = {};
        wp::int32 adj_483 = {};
        wp::int32 adj_484 = {};
        wp::int32 adj_485 = {};
        bool adj_486 = {};
        wp::float32 adj_487 = {};
        wp::float32 adj_488 = {};
        wp::float32 adj_489 = {};
        wp::float32 adj_490 = {};
        wp::int32 adj_491 = {};
        wp::float32 adj_492 = {};
        wp::float32 adj_493 = {};
        wp::int32 adj_494 = {};
        wp::float32 adj_495 = {};
        wp::float32 adj_496 = {};
        wp::int32 adj_497 = {};
        wp::float32 adj_498 = {};
        wp::float32 adj_499 = {};
        wp::vec_t<3, wp::float32> adj_500 = {};
        wp::vec_t<3, wp::float32> adj_501 = {};
        wp::int32 adj_502 = {};
        wp::float32 adj_503 = {};
        wp::float32 adj_504 = {};
        bool adj_505 = {};
        wp::int32 adj_506 = {};
        wp::int32 adj_507 = {};
        wp::int32 adj_508 = {};
        wp::shape_t adj_509 = {};
        wp::int32 adj_510 = {};
        wp::int32 adj_511 = {};
        wp::shape_t adj_512 = {};
        bool adj_513 = {};
        Contact_426e6027 adj_514 = {};
        wp::int32 adj_515 = {};
        wp::int32 adj_516 = {};
        wp::int32 adj_517 = {};
        wp::int32 adj_518 = {};
        wp::vec_t<3, wp::float32> adj_519 = {};
        wp::float32 adj_520 = {};
        wp::float32 adj_521 = {};
        wp::float32 adj_522 = {};
        wp::vec_t<3, wp::float32> adj_523 = {};
        wp::vec_t<3, wp::float32> adj_524 = {};
        wp::int32 adj_525 = {};
        wp::float32 adj_526 = {};
        wp::float32 adj_527 = {};
        wp::float32 adj_528 = {};
        Contact_426e6027 adj_529 = {};
        wp::int32 adj_530 = {};
        Contact_426e6027 adj_531 = {};
        //---------
        // forward
        // def box_ground_contacts(body_q: wp.array(dtype=wp.transform), half: wp.array(dtype=wp.vec3), contacts: wp.array(dtype=Contact), count: wp.array(dtype=int)):       <L 89>
        // b = wp.tid()                                                                           <L 90>
        var_0 = builtin_tid1d();
        // X = body_q[b]                                                                          <L 91>
        var_1 = wp::address(var_body_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // h = half[b]                                                                            <L 92>
        var_4 = wp::address(var_half, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // for corner in range(8):                                                                <L 93>
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_9 = wp::bit_and(var_7, var_8);
        var_11 = (var_9 != var_10);
        var_15 = wp::where(var_11, var_12, var_14);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_17 = wp::bit_and(var_7, var_16);
        var_19 = (var_17 != var_18);
        var_23 = wp::where(var_19, var_20, var_22);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_25 = wp::bit_and(var_7, var_24);
        var_27 = (var_25 != var_26);
        var_31 = wp::where(var_27, var_28, var_30);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_33 = wp::extract(var_5, var_32);
        var_34 = wp::mul(var_33, var_15);
        var_36 = wp::extract(var_5, var_35);
        var_37 = wp::mul(var_36, var_23);
        var_39 = wp::extract(var_5, var_38);
        var_40 = wp::mul(var_39, var_31);
        var_41 = wp::vec_t<3, wp::float32>(var_34, var_37, var_40);
        var_42 = wp::transform_point(var_2, var_41);
        // if p[1] < 0.0:                                                                         <L 98>
        var_44 = wp::extract(var_42, var_43);
        var_46 = (var_44 < var_45);
        if (var_46) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_49 = wp::atomic_add(var_count, var_47, var_48);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_50 = &(var_contacts.shape);
            var_53 = wp::load(var_50);
            var_52 = wp::extract(var_53, var_51);
            var_54 = (var_49 < var_52);
            if (var_54) {
                // ct = Contact()                                                                 <L 101>
                var_55 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_58 = &(var_55.body_a);
                // wp::store(var_58, var_57);
                // ct.body_b = b                                                                  <L 103>
                var_59 = &(var_55.body_b);
                // wp::store(var_59, var_0);
                // ct.point = p                                                                   <L 104>
                var_60 = &(var_55.point);
                // wp::store(var_60, var_42);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_64 = wp::vec_t<3, wp::float32>(var_61, var_62, var_63);
                var_65 = &(var_55.normal);
                // wp::store(var_65, var_64);
                // ct.depth = -p[1]                                                               <L 106>
                var_67 = wp::extract(var_42, var_66);
                var_68 = wp::neg(var_67);
                var_69 = &(var_55.depth);
                // wp::store(var_69, var_68);
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_49, var_55);
            }
        }
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_72 = wp::bit_and(var_70, var_71);
        var_74 = (var_72 != var_73);
        var_78 = wp::where(var_74, var_75, var_77);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_80 = wp::bit_and(var_70, var_79);
        var_82 = (var_80 != var_81);
        var_86 = wp::where(var_82, var_83, var_85);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_88 = wp::bit_and(var_70, var_87);
        var_90 = (var_88 != var_89);
        var_94 = wp::where(var_90, var_91, var_93);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_96 = wp::extract(var_5, var_95);
        var_97 = wp::mul(var_96, var_78);
        var_99 = wp::extract(var_5, var_98);
        var_100 = wp::mul(var_99, var_86);
        var_102 = wp::extract(var_5, var_101);
        var_103 = wp::mul(var_102, var_94);
        var_104 = wp::vec_t<3, wp::float32>(var_97, var_100, var_103);
        var_105 = wp::transform_point(var_2, var_104);
        // if p[1] < 0.0:                                                                         <L 98>
        var_107 = wp::extract(var_105, var_106);
        var_109 = (var_107 < var_108);
        if (var_109) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_112 = wp::atomic_add(var_count, var_110, var_111);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_113 = &(var_contacts.shape);
            var_116 = wp::load(var_113);
            var_115 = wp::extract(var_116, var_114);
            var_117 = (var_112 < var_115);
            if (var_117) {
                // ct = Contact()                                                                 <L 101>
                var_118 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_121 = &(var_118.body_a);
                // wp::store(var_121, var_120);
                // ct.body_b = b                                                                  <L 103>
                var_122 = &(var_118.body_b);
                // wp::store(var_122, var_0);
                // ct.point = p                                                                   <L 104>
                var_123 = &(var_118.point);
                // wp::store(var_123, var_105);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_127 = wp::vec_t<3, wp::float32>(var_124, var_125, var_126);
                var_128 = &(var_118.normal);
                // wp::store(var_128, var_127);
                // ct.depth = -p[1]                                                               <L 106>
                var_130 = wp::extract(var_105, var_129);
                var_131 = wp::neg(var_130);
                var_132 = &(var_118.depth);
                // wp::store(var_132, var_131);
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_112, var_118);
            }
            var_133 = wp::where(var_117, var_118, var_55);
        }
        var_134 = wp::where(var_109, var_112, var_49);
        var_135 = wp::where(var_109, var_133, var_55);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_138 = wp::bit_and(var_136, var_137);
        var_140 = (var_138 != var_139);
        var_144 = wp::where(var_140, var_141, var_143);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_146 = wp::bit_and(var_136, var_145);
        var_148 = (var_146 != var_147);
        var_152 = wp::where(var_148, var_149, var_151);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_154 = wp::bit_and(var_136, var_153);
        var_156 = (var_154 != var_155);
        var_160 = wp::where(var_156, var_157, var_159);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_162 = wp::extract(var_5, var_161);
        var_163 = wp::mul(var_162, var_144);
        var_165 = wp::extract(var_5, var_164);
        var_166 = wp::mul(var_165, var_152);
        var_168 = wp::extract(var_5, var_167);
        var_169 = wp::mul(var_168, var_160);
        var_170 = wp::vec_t<3, wp::float32>(var_163, var_166, var_169);
        var_171 = wp::transform_point(var_2, var_170);
        // if p[1] < 0.0:                                                                         <L 98>
        var_173 = wp::extract(var_171, var_172);
        var_175 = (var_173 < var_174);
        if (var_175) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_178 = wp::atomic_add(var_count, var_176, var_177);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_179 = &(var_contacts.shape);
            var_182 = wp::load(var_179);
            var_181 = wp::extract(var_182, var_180);
            var_183 = (var_178 < var_181);
            if (var_183) {
                // ct = Contact()                                                                 <L 101>
                var_184 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_187 = &(var_184.body_a);
                // wp::store(var_187, var_186);
                // ct.body_b = b                                                                  <L 103>
                var_188 = &(var_184.body_b);
                // wp::store(var_188, var_0);
                // ct.point = p                                                                   <L 104>
                var_189 = &(var_184.point);
                // wp::store(var_189, var_171);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_193 = wp::vec_t<3, wp::float32>(var_190, var_191, var_192);
                var_194 = &(var_184.normal);
                // wp::store(var_194, var_193);
                // ct.depth = -p[1]                                                               <L 106>
                var_196 = wp::extract(var_171, var_195);
                var_197 = wp::neg(var_196);
                var_198 = &(var_184.depth);
                // wp::store(var_198, var_197);
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_178, var_184);
            }
            var_199 = wp::where(var_183, var_184, var_135);
        }
        var_200 = wp::where(var_175, var_178, var_134);
        var_201 = wp::where(var_175, var_199, var_135);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_204 = wp::bit_and(var_202, var_203);
        var_206 = (var_204 != var_205);
        var_210 = wp::where(var_206, var_207, var_209);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_212 = wp::bit_and(var_202, var_211);
        var_214 = (var_212 != var_213);
        var_218 = wp::where(var_214, var_215, var_217);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_220 = wp::bit_and(var_202, var_219);
        var_222 = (var_220 != var_221);
        var_226 = wp::where(var_222, var_223, var_225);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_228 = wp::extract(var_5, var_227);
        var_229 = wp::mul(var_228, var_210);
        var_231 = wp::extract(var_5, var_230);
        var_232 = wp::mul(var_231, var_218);
        var_234 = wp::extract(var_5, var_233);
        var_235 = wp::mul(var_234, var_226);
        var_236 = wp::vec_t<3, wp::float32>(var_229, var_232, var_235);
        var_237 = wp::transform_point(var_2, var_236);
        // if p[1] < 0.0:                                                                         <L 98>
        var_239 = wp::extract(var_237, var_238);
        var_241 = (var_239 < var_240);
        if (var_241) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_244 = wp::atomic_add(var_count, var_242, var_243);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_245 = &(var_contacts.shape);
            var_248 = wp::load(var_245);
            var_247 = wp::extract(var_248, var_246);
            var_249 = (var_244 < var_247);
            if (var_249) {
                // ct = Contact()                                                                 <L 101>
                var_250 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_253 = &(var_250.body_a);
                // wp::store(var_253, var_252);
                // ct.body_b = b                                                                  <L 103>
                var_254 = &(var_250.body_b);
                // wp::store(var_254, var_0);
                // ct.point = p                                                                   <L 104>
                var_255 = &(var_250.point);
                // wp::store(var_255, var_237);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_259 = wp::vec_t<3, wp::float32>(var_256, var_257, var_258);
                var_260 = &(var_250.normal);
                // wp::store(var_260, var_259);
                // ct.depth = -p[1]                                                               <L 106>
                var_262 = wp::extract(var_237, var_261);
                var_263 = wp::neg(var_262);
                var_264 = &(var_250.depth);
                // wp::store(var_264, var_263);
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_244, var_250);
            }
            var_265 = wp::where(var_249, var_250, var_201);
        }
        var_266 = wp::where(var_241, var_244, var_200);
        var_267 = wp::where(var_241, var_265, var_201);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_270 = wp::bit_and(var_268, var_269);
        var_272 = (var_270 != var_271);
        var_276 = wp::where(var_272, var_273, var_275);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_278 = wp::bit_and(var_268, var_277);
        var_280 = (var_278 != var_279);
        var_284 = wp::where(var_280, var_281, var_283);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_286 = wp::bit_and(var_268, var_285);
        var_288 = (var_286 != var_287);
        var_292 = wp::where(var_288, var_289, var_291);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_294 = wp::extract(var_5, var_293);
        var_295 = wp::mul(var_294, var_276);
        var_297 = wp::extract(var_5, var_296);
        var_298 = wp::mul(var_297, var_284);
        var_300 = wp::extract(var_5, var_299);
        var_301 = wp::mul(var_300, var_292);
        var_302 = wp::vec_t<3, wp::float32>(var_295, var_298, var_301);
        var_303 = wp::transform_point(var_2, var_302);
        // if p[1] < 0.0:                                                                         <L 98>
        var_305 = wp::extract(var_303, var_304);
        var_307 = (var_305 < var_306);
        if (var_307) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_310 = wp::atomic_add(var_count, var_308, var_309);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_311 = &(var_contacts.shape);
            var_314 = wp::load(var_311);
            var_313 = wp::extract(var_314, var_312);
            var_315 = (var_310 < var_313);
            if (var_315) {
                // ct = Contact()                                                                 <L 101>
                var_316 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_319 = &(var_316.body_a);
                // wp::store(var_319, var_318);
                // ct.body_b = b                                                                  <L 103>
                var_320 = &(var_316.body_b);
                // wp::store(var_320, var_0);
                // ct.point = p                                                                   <L 104>
                var_321 = &(var_316.point);
                // wp::store(var_321, var_303);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_325 = wp::vec_t<3, wp::float32>(var_322, var_323, var_324);
                var_326 = &(var_316.normal);
                // wp::store(var_326, var_325);
                // ct.depth = -p[1]                                                               <L 106>
                var_328 = wp::extract(var_303, var_327);
                var_329 = wp::neg(var_328);
                var_330 = &(var_316.depth);
                // wp::store(var_330, var_329);
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_310, var_316);
            }
            var_331 = wp::where(var_315, var_316, var_267);
        }
        var_332 = wp::where(var_307, var_310, var_266);
        var_333 = wp::where(var_307, var_331, var_267);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_336 = wp::bit_and(var_334, var_335);
        var_338 = (var_336 != var_337);
        var_342 = wp::where(var_338, var_339, var_341);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_344 = wp::bit_and(var_334, var_343);
        var_346 = (var_344 != var_345);
        var_350 = wp::where(var_346, var_347, var_349);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_352 = wp::bit_and(var_334, var_351);
        var_354 = (var_352 != var_353);
        var_358 = wp::where(var_354, var_355, var_357);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_360 = wp::extract(var_5, var_359);
        var_361 = wp::mul(var_360, var_342);
        var_363 = wp::extract(var_5, var_362);
        var_364 = wp::mul(var_363, var_350);
        var_366 = wp::extract(var_5, var_365);
        var_367 = wp::mul(var_366, var_358);
        var_368 = wp::vec_t<3, wp::float32>(var_361, var_364, var_367);
        var_369 = wp::transform_point(var_2, var_368);
        // if p[1] < 0.0:                                                                         <L 98>
        var_371 = wp::extract(var_369, var_370);
        var_373 = (var_371 < var_372);
        if (var_373) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_376 = wp::atomic_add(var_count, var_374, var_375);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_377 = &(var_contacts.shape);
            var_380 = wp::load(var_377);
            var_379 = wp::extract(var_380, var_378);
            var_381 = (var_376 < var_379);
            if (var_381) {
                // ct = Contact()                                                                 <L 101>
                var_382 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_385 = &(var_382.body_a);
                // wp::store(var_385, var_384);
                // ct.body_b = b                                                                  <L 103>
                var_386 = &(var_382.body_b);
                // wp::store(var_386, var_0);
                // ct.point = p                                                                   <L 104>
                var_387 = &(var_382.point);
                // wp::store(var_387, var_369);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_391 = wp::vec_t<3, wp::float32>(var_388, var_389, var_390);
                var_392 = &(var_382.normal);
                // wp::store(var_392, var_391);
                // ct.depth = -p[1]                                                               <L 106>
                var_394 = wp::extract(var_369, var_393);
                var_395 = wp::neg(var_394);
                var_396 = &(var_382.depth);
                // wp::store(var_396, var_395);
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_376, var_382);
            }
            var_397 = wp::where(var_381, var_382, var_333);
        }
        var_398 = wp::where(var_373, var_376, var_332);
        var_399 = wp::where(var_373, var_397, var_333);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_402 = wp::bit_and(var_400, var_401);
        var_404 = (var_402 != var_403);
        var_408 = wp::where(var_404, var_405, var_407);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_410 = wp::bit_and(var_400, var_409);
        var_412 = (var_410 != var_411);
        var_416 = wp::where(var_412, var_413, var_415);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_418 = wp::bit_and(var_400, var_417);
        var_420 = (var_418 != var_419);
        var_424 = wp::where(var_420, var_421, var_423);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_426 = wp::extract(var_5, var_425);
        var_427 = wp::mul(var_426, var_408);
        var_429 = wp::extract(var_5, var_428);
        var_430 = wp::mul(var_429, var_416);
        var_432 = wp::extract(var_5, var_431);
        var_433 = wp::mul(var_432, var_424);
        var_434 = wp::vec_t<3, wp::float32>(var_427, var_430, var_433);
        var_435 = wp::transform_point(var_2, var_434);
        // if p[1] < 0.0:                                                                         <L 98>
        var_437 = wp::extract(var_435, var_436);
        var_439 = (var_437 < var_438);
        if (var_439) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_442 = wp::atomic_add(var_count, var_440, var_441);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_443 = &(var_contacts.shape);
            var_446 = wp::load(var_443);
            var_445 = wp::extract(var_446, var_444);
            var_447 = (var_442 < var_445);
            if (var_447) {
                // ct = Contact()                                                                 <L 101>
                var_448 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_451 = &(var_448.body_a);
                // wp::store(var_451, var_450);
                // ct.body_b = b                                                                  <L 103>
                var_452 = &(var_448.body_b);
                // wp::store(var_452, var_0);
                // ct.point = p                                                                   <L 104>
                var_453 = &(var_448.point);
                // wp::store(var_453, var_435);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_457 = wp::vec_t<3, wp::float32>(var_454, var_455, var_456);
                var_458 = &(var_448.normal);
                // wp::store(var_458, var_457);
                // ct.depth = -p[1]                                                               <L 106>
                var_460 = wp::extract(var_435, var_459);
                var_461 = wp::neg(var_460);
                var_462 = &(var_448.depth);
                // wp::store(var_462, var_461);
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_442, var_448);
            }
            var_463 = wp::where(var_447, var_448, var_399);
        }
        var_464 = wp::where(var_439, var_442, var_398);
        var_465 = wp::where(var_439, var_463, var_399);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_468 = wp::bit_and(var_466, var_467);
        var_470 = (var_468 != var_469);
        var_474 = wp::where(var_470, var_471, var_473);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_476 = wp::bit_and(var_466, var_475);
        var_478 = (var_476 != var_477);
        var_482 = wp::where(var_478, var_479, var_481);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_484 = wp::bit_and(var_466, var_483);
        var_486 = (var_484 != var_485);
        var_490 = wp::where(var_486, var_487, var_489);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_492 = wp::extract(var_5, var_491);
        var_493 = wp::mul(var_492, var_474);
        var_495 = wp::extract(var_5, var_494);
        var_496 = wp::mul(var_495, var_482);
        var_498 = wp::extract(var_5, var_497);
        var_499 = wp::mul(var_498, var_490);
        var_500 = wp::vec_t<3, wp::float32>(var_493, var_496, var_499);
        var_501 = wp::transform_point(var_2, var_500);
        // if p[1] < 0.0:                                                                         <L 98>
        var_503 = wp::extract(var_501, var_502);
        var_505 = (var_503 < var_504);
        if (var_505) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_508 = wp::atomic_add(var_count, var_506, var_507);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_509 = &(var_contacts.shape);
            var_512 = wp::load(var_509);
            var_511 = wp::extract(var_512, var_510);
            var_513 = (var_508 < var_511);
            if (var_513) {
                // ct = Contact()                                                                 <L 101>
                var_514 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_517 = &(var_514.body_a);
                // wp::store(var_517, var_516);
                // ct.body_b = b                                                                  <L 103>
                var_518 = &(var_514.body_b);
                // wp::store(var_518, var_0);
                // ct.point = p                                                                   <L 104>
                var_519 = &(var_514.point);
                // wp::store(var_519, var_501);
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_523 = wp::vec_t<3, wp::float32>(var_520, var_521, var_522);
                var_524 = &(var_514.normal);
                // wp::store(var_524, var_523);
                // ct.depth = -p[1]                                                               <L 106>
                var_526 = wp::extract(var_501, var_525);
                var_527 = wp::neg(var_526);
                var_528 = &(var_514.depth);
                // wp::store(var_528, var_527);
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_508, var_514);
            }
            var_529 = wp::where(var_513, var_514, var_465);
        }
        var_530 = wp::where(var_505, var_508, var_464);
        var_531 = wp::where(var_505, var_529, var_465);
        //---------
        // reverse
        wp::adj_where(var_505, var_529, var_465, adj_505, adj_529, adj_465, adj_531);
        wp::adj_where(var_505, var_508, var_464, adj_505, adj_508, adj_464, adj_530);
        if (var_505) {
            wp::adj_where(var_513, var_514, var_465, adj_513, adj_514, adj_465, adj_529);
            if (var_513) {
                wp::adj_array_store(var_contacts, var_508, var_514, adj_contacts, adj_508, adj_514);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_514.depth += adj_528;
                wp::adj_neg(var_526, adj_526, adj_527);
                wp::adj_extract(var_501, var_525, adj_501, adj_525, adj_526);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_514.normal += adj_524;
                wp::adj_vec_t(var_520, var_521, var_522, adj_520, adj_521, adj_522, adj_523);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_514.point += adj_519;
                // adj: ct.point = p                                                              <L 104>
                adj_514.body_b = adj_518;
                // adj: ct.body_b = b                                                             <L 103>
                adj_514.body_a = adj_517;
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            wp::adj_extract(var_512, var_510, adj_509, adj_510, adj_511);
            adj_contacts.shape = adj_509;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_506, var_507, adj_count, adj_506, adj_507, adj_508);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_501, var_502, adj_501, adj_502, adj_503);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_500, adj_2, adj_500, adj_501);
        wp::adj_vec_t(var_493, var_496, var_499, adj_493, adj_496, adj_499, adj_500);
        wp::adj_mul(var_498, var_490, adj_498, adj_490, adj_499);
        wp::adj_extract(var_5, var_497, adj_5, adj_497, adj_498);
        wp::adj_mul(var_495, var_482, adj_495, adj_482, adj_496);
        wp::adj_extract(var_5, var_494, adj_5, adj_494, adj_495);
        wp::adj_mul(var_492, var_474, adj_492, adj_474, adj_493);
        wp::adj_extract(var_5, var_491, adj_5, adj_491, adj_492);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_486, var_487, var_489, adj_486, adj_487, adj_489, adj_490);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_478, var_479, var_481, adj_478, adj_479, adj_481, adj_482);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_470, var_471, var_473, adj_470, adj_471, adj_473, adj_474);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        wp::adj_where(var_439, var_463, var_399, adj_439, adj_463, adj_399, adj_465);
        wp::adj_where(var_439, var_442, var_398, adj_439, adj_442, adj_398, adj_464);
        if (var_439) {
            wp::adj_where(var_447, var_448, var_399, adj_447, adj_448, adj_399, adj_463);
            if (var_447) {
                wp::adj_array_store(var_contacts, var_442, var_448, adj_contacts, adj_442, adj_448);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_448.depth += adj_462;
                wp::adj_neg(var_460, adj_460, adj_461);
                wp::adj_extract(var_435, var_459, adj_435, adj_459, adj_460);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_448.normal += adj_458;
                wp::adj_vec_t(var_454, var_455, var_456, adj_454, adj_455, adj_456, adj_457);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_448.point += adj_453;
                // adj: ct.point = p                                                              <L 104>
                adj_448.body_b = adj_452;
                // adj: ct.body_b = b                                                             <L 103>
                adj_448.body_a = adj_451;
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            wp::adj_extract(var_446, var_444, adj_443, adj_444, adj_445);
            adj_contacts.shape = adj_443;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_440, var_441, adj_count, adj_440, adj_441, adj_442);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_435, var_436, adj_435, adj_436, adj_437);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_434, adj_2, adj_434, adj_435);
        wp::adj_vec_t(var_427, var_430, var_433, adj_427, adj_430, adj_433, adj_434);
        wp::adj_mul(var_432, var_424, adj_432, adj_424, adj_433);
        wp::adj_extract(var_5, var_431, adj_5, adj_431, adj_432);
        wp::adj_mul(var_429, var_416, adj_429, adj_416, adj_430);
        wp::adj_extract(var_5, var_428, adj_5, adj_428, adj_429);
        wp::adj_mul(var_426, var_408, adj_426, adj_408, adj_427);
        wp::adj_extract(var_5, var_425, adj_5, adj_425, adj_426);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_420, var_421, var_423, adj_420, adj_421, adj_423, adj_424);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_412, var_413, var_415, adj_412, adj_413, adj_415, adj_416);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_404, var_405, var_407, adj_404, adj_405, adj_407, adj_408);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        wp::adj_where(var_373, var_397, var_333, adj_373, adj_397, adj_333, adj_399);
        wp::adj_where(var_373, var_376, var_332, adj_373, adj_376, adj_332, adj_398);
        if (var_373) {
            wp::adj_where(var_381, var_382, var_333, adj_381, adj_382, adj_333, adj_397);
            if (var_381) {
                wp::adj_array_store(var_contacts, var_376, var_382, adj_contacts, adj_376, adj_382);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_382.depth += adj_396;
                wp::adj_neg(var_394, adj_394, adj_395);
                wp::adj_extract(var_369, var_393, adj_369, adj_393, adj_394);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_382.normal += adj_392;
                wp::adj_vec_t(var_388, var_389, var_390, adj_388, adj_389, adj_390, adj_391);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_382.point += adj_387;
                // adj: ct.point = p                                                              <L 104>
                adj_382.body_b = adj_386;
                // adj: ct.body_b = b                                                             <L 103>
                adj_382.body_a = adj_385;
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            wp::adj_extract(var_380, var_378, adj_377, adj_378, adj_379);
            adj_contacts.shape = adj_377;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_374, var_375, adj_count, adj_374, adj_375, adj_376);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_369, var_370, adj_369, adj_370, adj_371);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_368, adj_2, adj_368, adj_369);
        wp::adj_vec_t(var_361, var_364, var_367, adj_361, adj_364, adj_367, adj_368);
        wp::adj_mul(var_366, var_358, adj_366, adj_358, adj_367);
        wp::adj_extract(var_5, var_365, adj_5, adj_365, adj_366);
        wp::adj_mul(var_363, var_350, adj_363, adj_350, adj_364);
        wp::adj_extract(var_5, var_362, adj_5, adj_362, adj_363);
        wp::adj_mul(var_360, var_342, adj_360, adj_342, adj_361);
        wp::adj_extract(var_5, var_359, adj_5, adj_359, adj_360);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_354, var_355, var_357, adj_354, adj_355, adj_357, adj_358);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_346, var_347, var_349, adj_346, adj_347, adj_349, adj_350);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_338, var_339, var_341, adj_338, adj_339, adj_341, adj_342);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        wp::adj_where(var_307, var_331, var_267, adj_307, adj_331, adj_267, adj_333);
        wp::adj_where(var_307, var_310, var_266, adj_307, adj_310, adj_266, adj_332);
        if (var_307) {
            wp::adj_where(var_315, var_316, var_267, adj_315, adj_316, adj_267, adj_331);
            if (var_315) {
                wp::adj_array_store(var_contacts, var_310, var_316, adj_contacts, adj_310, adj_316);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_316.depth += adj_330;
                wp::adj_neg(var_328, adj_328, adj_329);
                wp::adj_extract(var_303, var_327, adj_303, adj_327, adj_328);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_316.normal += adj_326;
                wp::adj_vec_t(var_322, var_323, var_324, adj_322, adj_323, adj_324, adj_325);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_316.point += adj_321;
                // adj: ct.point = p                                                              <L 104>
                adj_316.body_b = adj_320;
                // adj: ct.body_b = b                                                             <L 103>
                adj_316.body_a = adj_319;
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            wp::adj_extract(var_314, var_312, adj_311, adj_312, adj_313);
            adj_contacts.shape = adj_311;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_308, var_309, adj_count, adj_308, adj_309, adj_310);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_303, var_304, adj_303, adj_304, adj_305);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_302, adj_2, adj_302, adj_303);
        wp::adj_vec_t(var_295, var_298, var_301, adj_295, adj_298, adj_301, adj_302);
        wp::adj_mul(var_300, var_292, adj_300, adj_292, adj_301);
        wp::adj_extract(var_5, var_299, adj_5, adj_299, adj_300);
        wp::adj_mul(var_297, var_284, adj_297, adj_284, adj_298);
        wp::adj_extract(var_5, var_296, adj_5, adj_296, adj_297);
        wp::adj_mul(var_294, var_276, adj_294, adj_276, adj_295);
        wp::adj_extract(var_5, var_293, adj_5, adj_293, adj_294);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_288, var_289, var_291, adj_288, adj_289, adj_291, adj_292);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_280, var_281, var_283, adj_280, adj_281, adj_283, adj_284);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_272, var_273, var_275, adj_272, adj_273, adj_275, adj_276);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        wp::adj_where(var_241, var_265, var_201, adj_241, adj_265, adj_201, adj_267);
        wp::adj_where(var_241, var_244, var_200, adj_241, adj_244, adj_200, adj_266);
        if (var_241) {
            wp::adj_where(var_249, var_250, var_201, adj_249, adj_250, adj_201, adj_265);
            if (var_249) {
                wp::adj_array_store(var_contacts, var_244, var_250, adj_contacts, adj_244, adj_250);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_250.depth += adj_264;
                wp::adj_neg(var_262, adj_262, adj_263);
                wp::adj_extract(var_237, var_261, adj_237, adj_261, adj_262);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_250.normal += adj_260;
                wp::adj_vec_t(var_256, var_257, var_258, adj_256, adj_257, adj_258, adj_259);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_250.point += adj_255;
                // adj: ct.point = p                                                              <L 104>
                adj_250.body_b = adj_254;
                // adj: ct.body_b = b                                                             <L 103>
                adj_250.body_a = adj_253;
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            wp::adj_extract(var_248, var_246, adj_245, adj_246, adj_247);
            adj_contacts.shape = adj_245;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_242, var_243, adj_count, adj_242, adj_243, adj_244);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_237, var_238, adj_237, adj_238, adj_239);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_236, adj_2, adj_236, adj_237);
        wp::adj_vec_t(var_229, var_232, var_235, adj_229, adj_232, adj_235, adj_236);
        wp::adj_mul(var_234, var_226, adj_234, adj_226, adj_235);
        wp::adj_extract(var_5, var_233, adj_5, adj_233, adj_234);
        wp::adj_mul(var_231, var_218, adj_231, adj_218, adj_232);
        wp::adj_extract(var_5, var_230, adj_5, adj_230, adj_231);
        wp::adj_mul(var_228, var_210, adj_228, adj_210, adj_229);
        wp::adj_extract(var_5, var_227, adj_5, adj_227, adj_228);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_222, var_223, var_225, adj_222, adj_223, adj_225, adj_226);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_214, var_215, var_217, adj_214, adj_215, adj_217, adj_218);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_206, var_207, var_209, adj_206, adj_207, adj_209, adj_210);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        wp::adj_where(var_175, var_199, var_135, adj_175, adj_199, adj_135, adj_201);
        wp::adj_where(var_175, var_178, var_134, adj_175, adj_178, adj_134, adj_200);
        if (var_175) {
            wp::adj_where(var_183, var_184, var_135, adj_183, adj_184, adj_135, adj_199);
            if (var_183) {
                wp::adj_array_store(var_contacts, var_178, var_184, adj_contacts, adj_178, adj_184);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_184.depth += adj_198;
                wp::adj_neg(var_196, adj_196, adj_197);
                wp::adj_extract(var_171, var_195, adj_171, adj_195, adj_196);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_184.normal += adj_194;
                wp::adj_vec_t(var_190, var_191, var_192, adj_190, adj_191, adj_192, adj_193);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_184.point += adj_189;
                // adj: ct.point = p                                                              <L 104>
                adj_184.body_b = adj_188;
                // adj: ct.body_b = b                                                             <L 103>
                adj_184.body_a = adj_187;
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            wp::adj_extract(var_182, var_180, adj_179, adj_180, adj_181);
            adj_contacts.shape = adj_179;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_176, var_177, adj_count, adj_176, adj_177, adj_178);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_171, var_172, adj_171, adj_172, adj_173);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_170, adj_2, adj_170, adj_171);
        wp::adj_vec_t(var_163, var_166, var_169, adj_163, adj_166, adj_169, adj_170);
        wp::adj_mul(var_168, var_160, adj_168, adj_160, adj_169);
        wp::adj_extract(var_5, var_167, adj_5, adj_167, adj_168);
        wp::adj_mul(var_165, var_152, adj_165, adj_152, adj_166);
        wp::adj_extract(var_5, var_164, adj_5, adj_164, adj_165);
        wp::adj_mul(var_162, var_144, adj_162, adj_144, adj_163);
        wp::adj_extract(var_5, var_161, adj_5, adj_161, adj_162);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_156, var_157, var_159, adj_156, adj_157, adj_159, adj_160);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_148, var_149, var_151, adj_148, adj_149, adj_151, adj_152);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_140, var_141, var_143, adj_140, adj_141, adj_143, adj_144);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        wp::adj_where(var_109, var_133, var_55, adj_109, adj_133, adj_55, adj_135);
        wp::adj_where(var_109, var_112, var_49, adj_109, adj_112, adj_49, adj_134);
        if (var_109) {
            wp::adj_where(var_117, var_118, var_55, adj_117, adj_118, adj_55, adj_133);
            if (var_117) {
                wp::adj_array_store(var_contacts, var_112, var_118, adj_contacts, adj_112, adj_118);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_118.depth += adj_132;
                wp::adj_neg(var_130, adj_130, adj_131);
                wp::adj_extract(var_105, var_129, adj_105, adj_129, adj_130);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_118.normal += adj_128;
                wp::adj_vec_t(var_124, var_125, var_126, adj_124, adj_125, adj_126, adj_127);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_118.point += adj_123;
                // adj: ct.point = p                                                              <L 104>
                adj_118.body_b = adj_122;
                // adj: ct.body_b = b                                                             <L 103>
                adj_118.body_a = adj_121;
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            wp::adj_extract(var_116, var_114, adj_113, adj_114, adj_115);
            adj_contacts.shape = adj_113;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_110, var_111, adj_count, adj_110, adj_111, adj_112);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_105, var_106, adj_105, adj_106, adj_107);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_104, adj_2, adj_104, adj_105);
        wp::adj_vec_t(var_97, var_100, var_103, adj_97, adj_100, adj_103, adj_104);
        wp::adj_mul(var_102, var_94, adj_102, adj_94, adj_103);
        wp::adj_extract(var_5, var_101, adj_5, adj_101, adj_102);
        wp::adj_mul(var_99, var_86, adj_99, adj_86, adj_100);
        wp::adj_extract(var_5, var_98, adj_5, adj_98, adj_99);
        wp::adj_mul(var_96, var_78, adj_96, adj_78, adj_97);
        wp::adj_extract(var_5, var_95, adj_5, adj_95, adj_96);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_90, var_91, var_93, adj_90, adj_91, adj_93, adj_94);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_82, var_83, var_85, adj_82, adj_83, adj_85, adj_86);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_74, var_75, var_77, adj_74, adj_75, adj_77, adj_78);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        if (var_46) {
            if (var_54) {
                wp::adj_array_store(var_contacts, var_49, var_55, adj_contacts, adj_49, adj_55);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_55.depth += adj_69;
                wp::adj_neg(var_67, adj_67, adj_68);
                wp::adj_extract(var_42, var_66, adj_42, adj_66, adj_67);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_55.normal += adj_65;
                wp::adj_vec_t(var_61, var_62, var_63, adj_61, adj_62, adj_63, adj_64);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_55.point += adj_60;
                // adj: ct.point = p                                                              <L 104>
                adj_55.body_b = adj_59;
                // adj: ct.body_b = b                                                             <L 103>
                adj_55.body_a = adj_58;
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            wp::adj_extract(var_53, var_51, adj_50, adj_51, adj_52);
            adj_contacts.shape = adj_50;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_47, var_48, adj_count, adj_47, adj_48, adj_49);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_42, var_43, adj_42, adj_43, adj_44);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_41, adj_2, adj_41, adj_42);
        wp::adj_vec_t(var_34, var_37, var_40, adj_34, adj_37, adj_40, adj_41);
        wp::adj_mul(var_39, var_31, adj_39, adj_31, adj_40);
        wp::adj_extract(var_5, var_38, adj_5, adj_38, adj_39);
        wp::adj_mul(var_36, var_23, adj_36, adj_23, adj_37);
        wp::adj_extract(var_5, var_35, adj_5, adj_35, adj_36);
        wp::adj_mul(var_33, var_15, adj_33, adj_15, adj_34);
        wp::adj_extract(var_5, var_32, adj_5, adj_32, adj_33);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_27, var_28, var_30, adj_27, adj_28, adj_30, adj_31);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_19, var_20, var_22, adj_19, adj_20, adj_22, adj_23);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_11, var_12, var_14, adj_11, adj_12, adj_14, adj_15);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        // adj: for corner in range(8):                                                           <L 93>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_half, var_0, adj_half, adj_0, adj_4);
        // adj: h = half[b]                                                                       <L 92>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_1);
        // adj: X = body_q[b]                                                                     <L 91>
        // adj: b = wp.tid()                                                                      <L 90>
        // adj: def box_ground_contacts(body_q: wp.array(dtype=wp.transform), half: wp.array(dtype=wp.vec3), contacts: wp.array(dtype=Contact), count: wp.array(dtype=int)):  <L 89>
        continue;
    }
}

