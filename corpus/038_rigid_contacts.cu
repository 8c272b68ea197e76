#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif


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
    wp::launch_bounds_t<1> dim,
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
        var_4 = &((var_2).body_a);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // b = ct.body_b                                                                          <L 42>
        var_7 = &((var_2).body_b);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // n = ct.normal                                                                          <L 43>
        var_10 = &((var_2).normal);
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
            var_23 = &((var_2).point);
            var_24 = wp::address(var_body_com, var_5);
            var_26 = wp::load(var_23);
            var_27 = wp::load(var_24);
            var_25 = wp::sub(var_26, var_27);
            // va = velocity_at(body_qd[a], body_com[a], ct.point)                                <L 52>
            var_28 = wp::address(var_body_qd, var_5);
            var_29 = wp::address(var_body_com, var_5);
            var_30 = &((var_2).point);
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
            var_45 = &((var_2).point);
            var_46 = wp::address(var_body_com, var_8);
            var_48 = wp::load(var_45);
            var_49 = wp::load(var_46);
            var_47 = wp::sub(var_48, var_49);
            // vb = velocity_at(body_qd[b], body_com[b], ct.point)                                <L 56>
            var_50 = wp::address(var_body_qd, var_8);
            var_51 = wp::address(var_body_com, var_8);
            var_52 = &((var_2).point);
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
        var_70 = &((var_2).depth);
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
    wp::launch_bounds_t<1> dim,
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
        var_4 = &((var_2).body_a);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // b = ct.body_b                                                                          <L 42>
        var_7 = &((var_2).body_b);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // n = ct.normal                                                                          <L 43>
        var_10 = &((var_2).normal);
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
            var_23 = &((var_2).point);
            var_24 = wp::address(var_body_com, var_5);
            var_26 = wp::load(var_23);
            var_27 = wp::load(var_24);
            var_25 = wp::sub(var_26, var_27);
            // va = velocity_at(body_qd[a], body_com[a], ct.point)                                <L 52>
            var_28 = wp::address(var_body_qd, var_5);
            var_29 = wp::address(var_body_com, var_5);
            var_30 = &((var_2).point);
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
            var_45 = &((var_2).point);
            var_46 = wp::address(var_body_com, var_8);
            var_48 = wp::load(var_45);
            var_49 = wp::load(var_46);
            var_47 = wp::sub(var_48, var_49);
            // vb = velocity_at(body_qd[b], body_com[b], ct.point)                                <L 56>
            var_50 = wp::address(var_body_qd, var_8);
            var_51 = wp::address(var_body_com, var_8);
            var_52 = &((var_2).point);
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
        var_70 = &((var_2).depth);
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
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
    wp::launch_bounds_t<1> dim,
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
        const wp::float32 var_13 = -1.0;
        wp::float32 var_14;
        const wp::int32 var_15 = 2;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        bool var_18;
        const wp::float32 var_19 = 1.0;
        const wp::float32 var_20 = -1.0;
        wp::float32 var_21;
        const wp::int32 var_22 = 4;
        wp::int32 var_23;
        const wp::int32 var_24 = 0;
        bool var_25;
        const wp::float32 var_26 = 1.0;
        const wp::float32 var_27 = -1.0;
        wp::float32 var_28;
        const wp::int32 var_29 = 0;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        const wp::int32 var_40 = 1;
        wp::float32 var_41;
        const wp::float32 var_42 = 0.0;
        bool var_43;
        const wp::int32 var_44 = 0;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::shape_t* var_47;
        const wp::int32 var_48 = 0;
        wp::int32 var_49;
        wp::shape_t var_50;
        bool var_51;
        Contact_426e6027 var_52;
        const wp::int32 var_53 = -1;
        const wp::float32 var_54 = 0.0;
        const wp::float32 var_55 = 1.0;
        const wp::float32 var_56 = 0.0;
        wp::vec_t<3, wp::float32> var_57;
        const wp::int32 var_58 = 1;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 1;
        const wp::int32 var_62 = 1;
        wp::int32 var_63;
        const wp::int32 var_64 = 0;
        bool var_65;
        const wp::float32 var_66 = 1.0;
        const wp::float32 var_67 = -1.0;
        wp::float32 var_68;
        const wp::int32 var_69 = 2;
        wp::int32 var_70;
        const wp::int32 var_71 = 0;
        bool var_72;
        const wp::float32 var_73 = 1.0;
        const wp::float32 var_74 = -1.0;
        wp::float32 var_75;
        const wp::int32 var_76 = 4;
        wp::int32 var_77;
        const wp::int32 var_78 = 0;
        bool var_79;
        const wp::float32 var_80 = 1.0;
        const wp::float32 var_81 = -1.0;
        wp::float32 var_82;
        const wp::int32 var_83 = 0;
        wp::float32 var_84;
        wp::float32 var_85;
        const wp::int32 var_86 = 1;
        wp::float32 var_87;
        wp::float32 var_88;
        const wp::int32 var_89 = 2;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::vec_t<3, wp::float32> var_93;
        const wp::int32 var_94 = 1;
        wp::float32 var_95;
        const wp::float32 var_96 = 0.0;
        bool var_97;
        const wp::int32 var_98 = 0;
        const wp::int32 var_99 = 1;
        wp::int32 var_100;
        wp::shape_t* var_101;
        const wp::int32 var_102 = 0;
        wp::int32 var_103;
        wp::shape_t var_104;
        bool var_105;
        Contact_426e6027 var_106;
        const wp::int32 var_107 = -1;
        const wp::float32 var_108 = 0.0;
        const wp::float32 var_109 = 1.0;
        const wp::float32 var_110 = 0.0;
        wp::vec_t<3, wp::float32> var_111;
        const wp::int32 var_112 = 1;
        wp::float32 var_113;
        wp::float32 var_114;
        Contact_426e6027 var_115;
        wp::int32 var_116;
        Contact_426e6027 var_117;
        const wp::int32 var_118 = 2;
        const wp::int32 var_119 = 1;
        wp::int32 var_120;
        const wp::int32 var_121 = 0;
        bool var_122;
        const wp::float32 var_123 = 1.0;
        const wp::float32 var_124 = -1.0;
        wp::float32 var_125;
        const wp::int32 var_126 = 2;
        wp::int32 var_127;
        const wp::int32 var_128 = 0;
        bool var_129;
        const wp::float32 var_130 = 1.0;
        const wp::float32 var_131 = -1.0;
        wp::float32 var_132;
        const wp::int32 var_133 = 4;
        wp::int32 var_134;
        const wp::int32 var_135 = 0;
        bool var_136;
        const wp::float32 var_137 = 1.0;
        const wp::float32 var_138 = -1.0;
        wp::float32 var_139;
        const wp::int32 var_140 = 0;
        wp::float32 var_141;
        wp::float32 var_142;
        const wp::int32 var_143 = 1;
        wp::float32 var_144;
        wp::float32 var_145;
        const wp::int32 var_146 = 2;
        wp::float32 var_147;
        wp::float32 var_148;
        wp::vec_t<3, wp::float32> var_149;
        wp::vec_t<3, wp::float32> var_150;
        const wp::int32 var_151 = 1;
        wp::float32 var_152;
        const wp::float32 var_153 = 0.0;
        bool var_154;
        const wp::int32 var_155 = 0;
        const wp::int32 var_156 = 1;
        wp::int32 var_157;
        wp::shape_t* var_158;
        const wp::int32 var_159 = 0;
        wp::int32 var_160;
        wp::shape_t var_161;
        bool var_162;
        Contact_426e6027 var_163;
        const wp::int32 var_164 = -1;
        const wp::float32 var_165 = 0.0;
        const wp::float32 var_166 = 1.0;
        const wp::float32 var_167 = 0.0;
        wp::vec_t<3, wp::float32> var_168;
        const wp::int32 var_169 = 1;
        wp::float32 var_170;
        wp::float32 var_171;
        Contact_426e6027 var_172;
        wp::int32 var_173;
        Contact_426e6027 var_174;
        const wp::int32 var_175 = 3;
        const wp::int32 var_176 = 1;
        wp::int32 var_177;
        const wp::int32 var_178 = 0;
        bool var_179;
        const wp::float32 var_180 = 1.0;
        const wp::float32 var_181 = -1.0;
        wp::float32 var_182;
        const wp::int32 var_183 = 2;
        wp::int32 var_184;
        const wp::int32 var_185 = 0;
        bool var_186;
        const wp::float32 var_187 = 1.0;
        const wp::float32 var_188 = -1.0;
        wp::float32 var_189;
        const wp::int32 var_190 = 4;
        wp::int32 var_191;
        const wp::int32 var_192 = 0;
        bool var_193;
        const wp::float32 var_194 = 1.0;
        const wp::float32 var_195 = -1.0;
        wp::float32 var_196;
        const wp::int32 var_197 = 0;
        wp::float32 var_198;
        wp::float32 var_199;
        const wp::int32 var_200 = 1;
        wp::float32 var_201;
        wp::float32 var_202;
        const wp::int32 var_203 = 2;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::vec_t<3, wp::float32> var_206;
        wp::vec_t<3, wp::float32> var_207;
        const wp::int32 var_208 = 1;
        wp::float32 var_209;
        const wp::float32 var_210 = 0.0;
        bool var_211;
        const wp::int32 var_212 = 0;
        const wp::int32 var_213 = 1;
        wp::int32 var_214;
        wp::shape_t* var_215;
        const wp::int32 var_216 = 0;
        wp::int32 var_217;
        wp::shape_t var_218;
        bool var_219;
        Contact_426e6027 var_220;
        const wp::int32 var_221 = -1;
        const wp::float32 var_222 = 0.0;
        const wp::float32 var_223 = 1.0;
        const wp::float32 var_224 = 0.0;
        wp::vec_t<3, wp::float32> var_225;
        const wp::int32 var_226 = 1;
        wp::float32 var_227;
        wp::float32 var_228;
        Contact_426e6027 var_229;
        wp::int32 var_230;
        Contact_426e6027 var_231;
        const wp::int32 var_232 = 4;
        const wp::int32 var_233 = 1;
        wp::int32 var_234;
        const wp::int32 var_235 = 0;
        bool var_236;
        const wp::float32 var_237 = 1.0;
        const wp::float32 var_238 = -1.0;
        wp::float32 var_239;
        const wp::int32 var_240 = 2;
        wp::int32 var_241;
        const wp::int32 var_242 = 0;
        bool var_243;
        const wp::float32 var_244 = 1.0;
        const wp::float32 var_245 = -1.0;
        wp::float32 var_246;
        const wp::int32 var_247 = 4;
        wp::int32 var_248;
        const wp::int32 var_249 = 0;
        bool var_250;
        const wp::float32 var_251 = 1.0;
        const wp::float32 var_252 = -1.0;
        wp::float32 var_253;
        const wp::int32 var_254 = 0;
        wp::float32 var_255;
        wp::float32 var_256;
        const wp::int32 var_257 = 1;
        wp::float32 var_258;
        wp::float32 var_259;
        const wp::int32 var_260 = 2;
        wp::float32 var_261;
        wp::float32 var_262;
        wp::vec_t<3, wp::float32> var_263;
        wp::vec_t<3, wp::float32> var_264;
        const wp::int32 var_265 = 1;
        wp::float32 var_266;
        const wp::float32 var_267 = 0.0;
        bool var_268;
        const wp::int32 var_269 = 0;
        const wp::int32 var_270 = 1;
        wp::int32 var_271;
        wp::shape_t* var_272;
        const wp::int32 var_273 = 0;
        wp::int32 var_274;
        wp::shape_t var_275;
        bool var_276;
        Contact_426e6027 var_277;
        const wp::int32 var_278 = -1;
        const wp::float32 var_279 = 0.0;
        const wp::float32 var_280 = 1.0;
        const wp::float32 var_281 = 0.0;
        wp::vec_t<3, wp::float32> var_282;
        const wp::int32 var_283 = 1;
        wp::float32 var_284;
        wp::float32 var_285;
        Contact_426e6027 var_286;
        wp::int32 var_287;
        Contact_426e6027 var_288;
        const wp::int32 var_289 = 5;
        const wp::int32 var_290 = 1;
        wp::int32 var_291;
        const wp::int32 var_292 = 0;
        bool var_293;
        const wp::float32 var_294 = 1.0;
        const wp::float32 var_295 = -1.0;
        wp::float32 var_296;
        const wp::int32 var_297 = 2;
        wp::int32 var_298;
        const wp::int32 var_299 = 0;
        bool var_300;
        const wp::float32 var_301 = 1.0;
        const wp::float32 var_302 = -1.0;
        wp::float32 var_303;
        const wp::int32 var_304 = 4;
        wp::int32 var_305;
        const wp::int32 var_306 = 0;
        bool var_307;
        const wp::float32 var_308 = 1.0;
        const wp::float32 var_309 = -1.0;
        wp::float32 var_310;
        const wp::int32 var_311 = 0;
        wp::float32 var_312;
        wp::float32 var_313;
        const wp::int32 var_314 = 1;
        wp::float32 var_315;
        wp::float32 var_316;
        const wp::int32 var_317 = 2;
        wp::float32 var_318;
        wp::float32 var_319;
        wp::vec_t<3, wp::float32> var_320;
        wp::vec_t<3, wp::float32> var_321;
        const wp::int32 var_322 = 1;
        wp::float32 var_323;
        const wp::float32 var_324 = 0.0;
        bool var_325;
        const wp::int32 var_326 = 0;
        const wp::int32 var_327 = 1;
        wp::int32 var_328;
        wp::shape_t* var_329;
        const wp::int32 var_330 = 0;
        wp::int32 var_331;
        wp::shape_t var_332;
        bool var_333;
        Contact_426e6027 var_334;
        const wp::int32 var_335 = -1;
        const wp::float32 var_336 = 0.0;
        const wp::float32 var_337 = 1.0;
        const wp::float32 var_338 = 0.0;
        wp::vec_t<3, wp::float32> var_339;
        const wp::int32 var_340 = 1;
        wp::float32 var_341;
        wp::float32 var_342;
        Contact_426e6027 var_343;
        wp::int32 var_344;
        Contact_426e6027 var_345;
        const wp::int32 var_346 = 6;
        const wp::int32 var_347 = 1;
        wp::int32 var_348;
        const wp::int32 var_349 = 0;
        bool var_350;
        const wp::float32 var_351 = 1.0;
        const wp::float32 var_352 = -1.0;
        wp::float32 var_353;
        const wp::int32 var_354 = 2;
        wp::int32 var_355;
        const wp::int32 var_356 = 0;
        bool var_357;
        const wp::float32 var_358 = 1.0;
        const wp::float32 var_359 = -1.0;
        wp::float32 var_360;
        const wp::int32 var_361 = 4;
        wp::int32 var_362;
        const wp::int32 var_363 = 0;
        bool var_364;
        const wp::float32 var_365 = 1.0;
        const wp::float32 var_366 = -1.0;
        wp::float32 var_367;
        const wp::int32 var_368 = 0;
        wp::float32 var_369;
        wp::float32 var_370;
        const wp::int32 var_371 = 1;
        wp::float32 var_372;
        wp::float32 var_373;
        const wp::int32 var_374 = 2;
        wp::float32 var_375;
        wp::float32 var_376;
        wp::vec_t<3, wp::float32> var_377;
        wp::vec_t<3, wp::float32> var_378;
        const wp::int32 var_379 = 1;
        wp::float32 var_380;
        const wp::float32 var_381 = 0.0;
        bool var_382;
        const wp::int32 var_383 = 0;
        const wp::int32 var_384 = 1;
        wp::int32 var_385;
        wp::shape_t* var_386;
        const wp::int32 var_387 = 0;
        wp::int32 var_388;
        wp::shape_t var_389;
        bool var_390;
        Contact_426e6027 var_391;
        const wp::int32 var_392 = -1;
        const wp::float32 var_393 = 0.0;
        const wp::float32 var_394 = 1.0;
        const wp::float32 var_395 = 0.0;
        wp::vec_t<3, wp::float32> var_396;
        const wp::int32 var_397 = 1;
        wp::float32 var_398;
        wp::float32 var_399;
        Contact_426e6027 var_400;
        wp::int32 var_401;
        Contact_426e6027 var_402;
        const wp::int32 var_403 = 7;
        const wp::int32 var_404 = 1;
        wp::int32 var_405;
        const wp::int32 var_406 = 0;
        bool var_407;
        const wp::float32 var_408 = 1.0;
        const wp::float32 var_409 = -1.0;
        wp::float32 var_410;
        const wp::int32 var_411 = 2;
        wp::int32 var_412;
        const wp::int32 var_413 = 0;
        bool var_414;
        const wp::float32 var_415 = 1.0;
        const wp::float32 var_416 = -1.0;
        wp::float32 var_417;
        const wp::int32 var_418 = 4;
        wp::int32 var_419;
        const wp::int32 var_420 = 0;
        bool var_421;
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
        const wp::int32 var_449 = -1;
        const wp::float32 var_450 = 0.0;
        const wp::float32 var_451 = 1.0;
        const wp::float32 var_452 = 0.0;
        wp::vec_t<3, wp::float32> var_453;
        const wp::int32 var_454 = 1;
        wp::float32 var_455;
        wp::float32 var_456;
        Contact_426e6027 var_457;
        wp::int32 var_458;
        Contact_426e6027 var_459;
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
        var_14 = wp::where(var_11, var_12, var_13);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_16 = wp::bit_and(var_7, var_15);
        var_18 = (var_16 != var_17);
        var_21 = wp::where(var_18, var_19, var_20);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_23 = wp::bit_and(var_7, var_22);
        var_25 = (var_23 != var_24);
        var_28 = wp::where(var_25, var_26, var_27);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_30 = wp::extract(var_5, var_29);
        var_31 = wp::mul(var_30, var_14);
        var_33 = wp::extract(var_5, var_32);
        var_34 = wp::mul(var_33, var_21);
        var_36 = wp::extract(var_5, var_35);
        var_37 = wp::mul(var_36, var_28);
        var_38 = wp::vec_t<3, wp::float32>(var_31, var_34, var_37);
        var_39 = wp::transform_point(var_2, var_38);
        // if p[1] < 0.0:                                                                         <L 98>
        var_41 = wp::extract(var_39, var_40);
        var_43 = (var_41 < var_42);
        if (var_43) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_46 = wp::atomic_add(var_count, var_44, var_45);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_47 = &(var_contacts.shape);
            var_50 = wp::load(var_47);
            var_49 = wp::extract(var_50, var_48);
            var_51 = (var_46 < var_49);
            if (var_51) {
                // ct = Contact()                                                                 <L 101>
                var_52 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_52.body_a = var_53;
                // ct.body_b = b                                                                  <L 103>
                var_52.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_52.point = var_39;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_57 = wp::vec_t<3, wp::float32>(var_54, var_55, var_56);
                var_52.normal = var_57;
                // ct.depth = -p[1]                                                               <L 106>
                var_59 = wp::extract(var_39, var_58);
                var_60 = wp::neg(var_59);
                var_52.depth = var_60;
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_46, var_52);
            }
        }
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_63 = wp::bit_and(var_61, var_62);
        var_65 = (var_63 != var_64);
        var_68 = wp::where(var_65, var_66, var_67);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_70 = wp::bit_and(var_61, var_69);
        var_72 = (var_70 != var_71);
        var_75 = wp::where(var_72, var_73, var_74);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_77 = wp::bit_and(var_61, var_76);
        var_79 = (var_77 != var_78);
        var_82 = wp::where(var_79, var_80, var_81);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_84 = wp::extract(var_5, var_83);
        var_85 = wp::mul(var_84, var_68);
        var_87 = wp::extract(var_5, var_86);
        var_88 = wp::mul(var_87, var_75);
        var_90 = wp::extract(var_5, var_89);
        var_91 = wp::mul(var_90, var_82);
        var_92 = wp::vec_t<3, wp::float32>(var_85, var_88, var_91);
        var_93 = wp::transform_point(var_2, var_92);
        // if p[1] < 0.0:                                                                         <L 98>
        var_95 = wp::extract(var_93, var_94);
        var_97 = (var_95 < var_96);
        if (var_97) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_100 = wp::atomic_add(var_count, var_98, var_99);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_101 = &(var_contacts.shape);
            var_104 = wp::load(var_101);
            var_103 = wp::extract(var_104, var_102);
            var_105 = (var_100 < var_103);
            if (var_105) {
                // ct = Contact()                                                                 <L 101>
                var_106 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_106.body_a = var_107;
                // ct.body_b = b                                                                  <L 103>
                var_106.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_106.point = var_93;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_111 = wp::vec_t<3, wp::float32>(var_108, var_109, var_110);
                var_106.normal = var_111;
                // ct.depth = -p[1]                                                               <L 106>
                var_113 = wp::extract(var_93, var_112);
                var_114 = wp::neg(var_113);
                var_106.depth = var_114;
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_100, var_106);
            }
            var_115 = wp::where(var_105, var_106, var_52);
        }
        var_116 = wp::where(var_97, var_100, var_46);
        var_117 = wp::where(var_97, var_115, var_52);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_120 = wp::bit_and(var_118, var_119);
        var_122 = (var_120 != var_121);
        var_125 = wp::where(var_122, var_123, var_124);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_127 = wp::bit_and(var_118, var_126);
        var_129 = (var_127 != var_128);
        var_132 = wp::where(var_129, var_130, var_131);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_134 = wp::bit_and(var_118, var_133);
        var_136 = (var_134 != var_135);
        var_139 = wp::where(var_136, var_137, var_138);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_141 = wp::extract(var_5, var_140);
        var_142 = wp::mul(var_141, var_125);
        var_144 = wp::extract(var_5, var_143);
        var_145 = wp::mul(var_144, var_132);
        var_147 = wp::extract(var_5, var_146);
        var_148 = wp::mul(var_147, var_139);
        var_149 = wp::vec_t<3, wp::float32>(var_142, var_145, var_148);
        var_150 = wp::transform_point(var_2, var_149);
        // if p[1] < 0.0:                                                                         <L 98>
        var_152 = wp::extract(var_150, var_151);
        var_154 = (var_152 < var_153);
        if (var_154) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_157 = wp::atomic_add(var_count, var_155, var_156);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_158 = &(var_contacts.shape);
            var_161 = wp::load(var_158);
            var_160 = wp::extract(var_161, var_159);
            var_162 = (var_157 < var_160);
            if (var_162) {
                // ct = Contact()                                                                 <L 101>
                var_163 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_163.body_a = var_164;
                // ct.body_b = b                                                                  <L 103>
                var_163.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_163.point = var_150;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_168 = wp::vec_t<3, wp::float32>(var_165, var_166, var_167);
                var_163.normal = var_168;
                // ct.depth = -p[1]                                                               <L 106>
                var_170 = wp::extract(var_150, var_169);
                var_171 = wp::neg(var_170);
                var_163.depth = var_171;
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_157, var_163);
            }
            var_172 = wp::where(var_162, var_163, var_117);
        }
        var_173 = wp::where(var_154, var_157, var_116);
        var_174 = wp::where(var_154, var_172, var_117);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_177 = wp::bit_and(var_175, var_176);
        var_179 = (var_177 != var_178);
        var_182 = wp::where(var_179, var_180, var_181);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_184 = wp::bit_and(var_175, var_183);
        var_186 = (var_184 != var_185);
        var_189 = wp::where(var_186, var_187, var_188);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_191 = wp::bit_and(var_175, var_190);
        var_193 = (var_191 != var_192);
        var_196 = wp::where(var_193, var_194, var_195);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_198 = wp::extract(var_5, var_197);
        var_199 = wp::mul(var_198, var_182);
        var_201 = wp::extract(var_5, var_200);
        var_202 = wp::mul(var_201, var_189);
        var_204 = wp::extract(var_5, var_203);
        var_205 = wp::mul(var_204, var_196);
        var_206 = wp::vec_t<3, wp::float32>(var_199, var_202, var_205);
        var_207 = wp::transform_point(var_2, var_206);
        // if p[1] < 0.0:                                                                         <L 98>
        var_209 = wp::extract(var_207, var_208);
        var_211 = (var_209 < var_210);
        if (var_211) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_214 = wp::atomic_add(var_count, var_212, var_213);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_215 = &(var_contacts.shape);
            var_218 = wp::load(var_215);
            var_217 = wp::extract(var_218, var_216);
            var_219 = (var_214 < var_217);
            if (var_219) {
                // ct = Contact()                                                                 <L 101>
                var_220 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_220.body_a = var_221;
                // ct.body_b = b                                                                  <L 103>
                var_220.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_220.point = var_207;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_225 = wp::vec_t<3, wp::float32>(var_222, var_223, var_224);
                var_220.normal = var_225;
                // ct.depth = -p[1]                                                               <L 106>
                var_227 = wp::extract(var_207, var_226);
                var_228 = wp::neg(var_227);
                var_220.depth = var_228;
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_214, var_220);
            }
            var_229 = wp::where(var_219, var_220, var_174);
        }
        var_230 = wp::where(var_211, var_214, var_173);
        var_231 = wp::where(var_211, var_229, var_174);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_234 = wp::bit_and(var_232, var_233);
        var_236 = (var_234 != var_235);
        var_239 = wp::where(var_236, var_237, var_238);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_241 = wp::bit_and(var_232, var_240);
        var_243 = (var_241 != var_242);
        var_246 = wp::where(var_243, var_244, var_245);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_248 = wp::bit_and(var_232, var_247);
        var_250 = (var_248 != var_249);
        var_253 = wp::where(var_250, var_251, var_252);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_255 = wp::extract(var_5, var_254);
        var_256 = wp::mul(var_255, var_239);
        var_258 = wp::extract(var_5, var_257);
        var_259 = wp::mul(var_258, var_246);
        var_261 = wp::extract(var_5, var_260);
        var_262 = wp::mul(var_261, var_253);
        var_263 = wp::vec_t<3, wp::float32>(var_256, var_259, var_262);
        var_264 = wp::transform_point(var_2, var_263);
        // if p[1] < 0.0:                                                                         <L 98>
        var_266 = wp::extract(var_264, var_265);
        var_268 = (var_266 < var_267);
        if (var_268) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_271 = wp::atomic_add(var_count, var_269, var_270);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_272 = &(var_contacts.shape);
            var_275 = wp::load(var_272);
            var_274 = wp::extract(var_275, var_273);
            var_276 = (var_271 < var_274);
            if (var_276) {
                // ct = Contact()                                                                 <L 101>
                var_277 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_277.body_a = var_278;
                // ct.body_b = b                                                                  <L 103>
                var_277.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_277.point = var_264;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_282 = wp::vec_t<3, wp::float32>(var_279, var_280, var_281);
                var_277.normal = var_282;
                // ct.depth = -p[1]                                                               <L 106>
                var_284 = wp::extract(var_264, var_283);
                var_285 = wp::neg(var_284);
                var_277.depth = var_285;
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_271, var_277);
            }
            var_286 = wp::where(var_276, var_277, var_231);
        }
        var_287 = wp::where(var_268, var_271, var_230);
        var_288 = wp::where(var_268, var_286, var_231);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_291 = wp::bit_and(var_289, var_290);
        var_293 = (var_291 != var_292);
        var_296 = wp::where(var_293, var_294, var_295);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_298 = wp::bit_and(var_289, var_297);
        var_300 = (var_298 != var_299);
        var_303 = wp::where(var_300, var_301, var_302);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_305 = wp::bit_and(var_289, var_304);
        var_307 = (var_305 != var_306);
        var_310 = wp::where(var_307, var_308, var_309);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_312 = wp::extract(var_5, var_311);
        var_313 = wp::mul(var_312, var_296);
        var_315 = wp::extract(var_5, var_314);
        var_316 = wp::mul(var_315, var_303);
        var_318 = wp::extract(var_5, var_317);
        var_319 = wp::mul(var_318, var_310);
        var_320 = wp::vec_t<3, wp::float32>(var_313, var_316, var_319);
        var_321 = wp::transform_point(var_2, var_320);
        // if p[1] < 0.0:                                                                         <L 98>
        var_323 = wp::extract(var_321, var_322);
        var_325 = (var_323 < var_324);
        if (var_325) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_328 = wp::atomic_add(var_count, var_326, var_327);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_329 = &(var_contacts.shape);
            var_332 = wp::load(var_329);
            var_331 = wp::extract(var_332, var_330);
            var_333 = (var_328 < var_331);
            if (var_333) {
                // ct = Contact()                                                                 <L 101>
                var_334 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_334.body_a = var_335;
                // ct.body_b = b                                                                  <L 103>
                var_334.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_334.point = var_321;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_339 = wp::vec_t<3, wp::float32>(var_336, var_337, var_338);
                var_334.normal = var_339;
                // ct.depth = -p[1]                                                               <L 106>
                var_341 = wp::extract(var_321, var_340);
                var_342 = wp::neg(var_341);
                var_334.depth = var_342;
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_328, var_334);
            }
            var_343 = wp::where(var_333, var_334, var_288);
        }
        var_344 = wp::where(var_325, var_328, var_287);
        var_345 = wp::where(var_325, var_343, var_288);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_348 = wp::bit_and(var_346, var_347);
        var_350 = (var_348 != var_349);
        var_353 = wp::where(var_350, var_351, var_352);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_355 = wp::bit_and(var_346, var_354);
        var_357 = (var_355 != var_356);
        var_360 = wp::where(var_357, var_358, var_359);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_362 = wp::bit_and(var_346, var_361);
        var_364 = (var_362 != var_363);
        var_367 = wp::where(var_364, var_365, var_366);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_369 = wp::extract(var_5, var_368);
        var_370 = wp::mul(var_369, var_353);
        var_372 = wp::extract(var_5, var_371);
        var_373 = wp::mul(var_372, var_360);
        var_375 = wp::extract(var_5, var_374);
        var_376 = wp::mul(var_375, var_367);
        var_377 = wp::vec_t<3, wp::float32>(var_370, var_373, var_376);
        var_378 = wp::transform_point(var_2, var_377);
        // if p[1] < 0.0:                                                                         <L 98>
        var_380 = wp::extract(var_378, var_379);
        var_382 = (var_380 < var_381);
        if (var_382) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            var_385 = wp::atomic_add(var_count, var_383, var_384);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_386 = &(var_contacts.shape);
            var_389 = wp::load(var_386);
            var_388 = wp::extract(var_389, var_387);
            var_390 = (var_385 < var_388);
            if (var_390) {
                // ct = Contact()                                                                 <L 101>
                var_391 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_391.body_a = var_392;
                // ct.body_b = b                                                                  <L 103>
                var_391.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_391.point = var_378;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_396 = wp::vec_t<3, wp::float32>(var_393, var_394, var_395);
                var_391.normal = var_396;
                // ct.depth = -p[1]                                                               <L 106>
                var_398 = wp::extract(var_378, var_397);
                var_399 = wp::neg(var_398);
                var_391.depth = var_399;
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_385, var_391);
            }
            var_400 = wp::where(var_390, var_391, var_345);
        }
        var_401 = wp::where(var_382, var_385, var_344);
        var_402 = wp::where(var_382, var_400, var_345);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_405 = wp::bit_and(var_403, var_404);
        var_407 = (var_405 != var_406);
        var_410 = wp::where(var_407, var_408, var_409);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_412 = wp::bit_and(var_403, var_411);
        var_414 = (var_412 != var_413);
        var_417 = wp::where(var_414, var_415, var_416);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_419 = wp::bit_and(var_403, var_418);
        var_421 = (var_419 != var_420);
        var_424 = wp::where(var_421, var_422, var_423);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_426 = wp::extract(var_5, var_425);
        var_427 = wp::mul(var_426, var_410);
        var_429 = wp::extract(var_5, var_428);
        var_430 = wp::mul(var_429, var_417);
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
                var_448.body_a = var_449;
                // ct.body_b = b                                                                  <L 103>
                var_448.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_448.point = var_435;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_453 = wp::vec_t<3, wp::float32>(var_450, var_451, var_452);
                var_448.normal = var_453;
                // ct.depth = -p[1]                                                               <L 106>
                var_455 = wp::extract(var_435, var_454);
                var_456 = wp::neg(var_455);
                var_448.depth = var_456;
                // contacts[slot] = ct                                                            <L 107>
                wp::array_store(var_contacts, var_442, var_448);
            }
            var_457 = wp::where(var_447, var_448, var_402);
        }
        var_458 = wp::where(var_439, var_442, var_401);
        var_459 = wp::where(var_439, var_457, var_402);
    }
}



extern "C" __global__ void box_ground_contacts_d1808a5e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
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
        const wp::float32 var_13 = -1.0;
        wp::float32 var_14;
        const wp::int32 var_15 = 2;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        bool var_18;
        const wp::float32 var_19 = 1.0;
        const wp::float32 var_20 = -1.0;
        wp::float32 var_21;
        const wp::int32 var_22 = 4;
        wp::int32 var_23;
        const wp::int32 var_24 = 0;
        bool var_25;
        const wp::float32 var_26 = 1.0;
        const wp::float32 var_27 = -1.0;
        wp::float32 var_28;
        const wp::int32 var_29 = 0;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        const wp::int32 var_40 = 1;
        wp::float32 var_41;
        const wp::float32 var_42 = 0.0;
        bool var_43;
        const wp::int32 var_44 = 0;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::shape_t* var_47;
        const wp::int32 var_48 = 0;
        wp::int32 var_49;
        wp::shape_t var_50;
        bool var_51;
        Contact_426e6027 var_52;
        const wp::int32 var_53 = -1;
        const wp::float32 var_54 = 0.0;
        const wp::float32 var_55 = 1.0;
        const wp::float32 var_56 = 0.0;
        wp::vec_t<3, wp::float32> var_57;
        const wp::int32 var_58 = 1;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::int32 var_61 = 1;
        const wp::int32 var_62 = 1;
        wp::int32 var_63;
        const wp::int32 var_64 = 0;
        bool var_65;
        const wp::float32 var_66 = 1.0;
        const wp::float32 var_67 = -1.0;
        wp::float32 var_68;
        const wp::int32 var_69 = 2;
        wp::int32 var_70;
        const wp::int32 var_71 = 0;
        bool var_72;
        const wp::float32 var_73 = 1.0;
        const wp::float32 var_74 = -1.0;
        wp::float32 var_75;
        const wp::int32 var_76 = 4;
        wp::int32 var_77;
        const wp::int32 var_78 = 0;
        bool var_79;
        const wp::float32 var_80 = 1.0;
        const wp::float32 var_81 = -1.0;
        wp::float32 var_82;
        const wp::int32 var_83 = 0;
        wp::float32 var_84;
        wp::float32 var_85;
        const wp::int32 var_86 = 1;
        wp::float32 var_87;
        wp::float32 var_88;
        const wp::int32 var_89 = 2;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::vec_t<3, wp::float32> var_93;
        const wp::int32 var_94 = 1;
        wp::float32 var_95;
        const wp::float32 var_96 = 0.0;
        bool var_97;
        const wp::int32 var_98 = 0;
        const wp::int32 var_99 = 1;
        wp::int32 var_100;
        wp::shape_t* var_101;
        const wp::int32 var_102 = 0;
        wp::int32 var_103;
        wp::shape_t var_104;
        bool var_105;
        Contact_426e6027 var_106;
        const wp::int32 var_107 = -1;
        const wp::float32 var_108 = 0.0;
        const wp::float32 var_109 = 1.0;
        const wp::float32 var_110 = 0.0;
        wp::vec_t<3, wp::float32> var_111;
        const wp::int32 var_112 = 1;
        wp::float32 var_113;
        wp::float32 var_114;
        Contact_426e6027 var_115;
        wp::int32 var_116;
        Contact_426e6027 var_117;
        const wp::int32 var_118 = 2;
        const wp::int32 var_119 = 1;
        wp::int32 var_120;
        const wp::int32 var_121 = 0;
        bool var_122;
        const wp::float32 var_123 = 1.0;
        const wp::float32 var_124 = -1.0;
        wp::float32 var_125;
        const wp::int32 var_126 = 2;
        wp::int32 var_127;
        const wp::int32 var_128 = 0;
        bool var_129;
        const wp::float32 var_130 = 1.0;
        const wp::float32 var_131 = -1.0;
        wp::float32 var_132;
        const wp::int32 var_133 = 4;
        wp::int32 var_134;
        const wp::int32 var_135 = 0;
        bool var_136;
        const wp::float32 var_137 = 1.0;
        const wp::float32 var_138 = -1.0;
        wp::float32 var_139;
        const wp::int32 var_140 = 0;
        wp::float32 var_141;
        wp::float32 var_142;
        const wp::int32 var_143 = 1;
        wp::float32 var_144;
        wp::float32 var_145;
        const wp::int32 var_146 = 2;
        wp::float32 var_147;
        wp::float32 var_148;
        wp::vec_t<3, wp::float32> var_149;
        wp::vec_t<3, wp::float32> var_150;
        const wp::int32 var_151 = 1;
        wp::float32 var_152;
        const wp::float32 var_153 = 0.0;
        bool var_154;
        const wp::int32 var_155 = 0;
        const wp::int32 var_156 = 1;
        wp::int32 var_157;
        wp::shape_t* var_158;
        const wp::int32 var_159 = 0;
        wp::int32 var_160;
        wp::shape_t var_161;
        bool var_162;
        Contact_426e6027 var_163;
        const wp::int32 var_164 = -1;
        const wp::float32 var_165 = 0.0;
        const wp::float32 var_166 = 1.0;
        const wp::float32 var_167 = 0.0;
        wp::vec_t<3, wp::float32> var_168;
        const wp::int32 var_169 = 1;
        wp::float32 var_170;
        wp::float32 var_171;
        Contact_426e6027 var_172;
        wp::int32 var_173;
        Contact_426e6027 var_174;
        const wp::int32 var_175 = 3;
        const wp::int32 var_176 = 1;
        wp::int32 var_177;
        const wp::int32 var_178 = 0;
        bool var_179;
        const wp::float32 var_180 = 1.0;
        const wp::float32 var_181 = -1.0;
        wp::float32 var_182;
        const wp::int32 var_183 = 2;
        wp::int32 var_184;
        const wp::int32 var_185 = 0;
        bool var_186;
        const wp::float32 var_187 = 1.0;
        const wp::float32 var_188 = -1.0;
        wp::float32 var_189;
        const wp::int32 var_190 = 4;
        wp::int32 var_191;
        const wp::int32 var_192 = 0;
        bool var_193;
        const wp::float32 var_194 = 1.0;
        const wp::float32 var_195 = -1.0;
        wp::float32 var_196;
        const wp::int32 var_197 = 0;
        wp::float32 var_198;
        wp::float32 var_199;
        const wp::int32 var_200 = 1;
        wp::float32 var_201;
        wp::float32 var_202;
        const wp::int32 var_203 = 2;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::vec_t<3, wp::float32> var_206;
        wp::vec_t<3, wp::float32> var_207;
        const wp::int32 var_208 = 1;
        wp::float32 var_209;
        const wp::float32 var_210 = 0.0;
        bool var_211;
        const wp::int32 var_212 = 0;
        const wp::int32 var_213 = 1;
        wp::int32 var_214;
        wp::shape_t* var_215;
        const wp::int32 var_216 = 0;
        wp::int32 var_217;
        wp::shape_t var_218;
        bool var_219;
        Contact_426e6027 var_220;
        const wp::int32 var_221 = -1;
        const wp::float32 var_222 = 0.0;
        const wp::float32 var_223 = 1.0;
        const wp::float32 var_224 = 0.0;
        wp::vec_t<3, wp::float32> var_225;
        const wp::int32 var_226 = 1;
        wp::float32 var_227;
        wp::float32 var_228;
        Contact_426e6027 var_229;
        wp::int32 var_230;
        Contact_426e6027 var_231;
        const wp::int32 var_232 = 4;
        const wp::int32 var_233 = 1;
        wp::int32 var_234;
        const wp::int32 var_235 = 0;
        bool var_236;
        const wp::float32 var_237 = 1.0;
        const wp::float32 var_238 = -1.0;
        wp::float32 var_239;
        const wp::int32 var_240 = 2;
        wp::int32 var_241;
        const wp::int32 var_242 = 0;
        bool var_243;
        const wp::float32 var_244 = 1.0;
        const wp::float32 var_245 = -1.0;
        wp::float32 var_246;
        const wp::int32 var_247 = 4;
        wp::int32 var_248;
        const wp::int32 var_249 = 0;
        bool var_250;
        const wp::float32 var_251 = 1.0;
        const wp::float32 var_252 = -1.0;
        wp::float32 var_253;
        const wp::int32 var_254 = 0;
        wp::float32 var_255;
        wp::float32 var_256;
        const wp::int32 var_257 = 1;
        wp::float32 var_258;
        wp::float32 var_259;
        const wp::int32 var_260 = 2;
        wp::float32 var_261;
        wp::float32 var_262;
        wp::vec_t<3, wp::float32> var_263;
        wp::vec_t<3, wp::float32> var_264;
        const wp::int32 var_265 = 1;
        wp::float32 var_266;
        const wp::float32 var_267 = 0.0;
        bool var_268;
        const wp::int32 var_269 = 0;
        const wp::int32 var_270 = 1;
        wp::int32 var_271;
        wp::shape_t* var_272;
        const wp::int32 var_273 = 0;
        wp::int32 var_274;
        wp::shape_t var_275;
        bool var_276;
        Contact_426e6027 var_277;
        const wp::int32 var_278 = -1;
        const wp::float32 var_279 = 0.0;
        const wp::float32 var_280 = 1.0;
        const wp::float32 var_281 = 0.0;
        wp::vec_t<3, wp::float32> var_282;
        const wp::int32 var_283 = 1;
        wp::float32 var_284;
        wp::float32 var_285;
        Contact_426e6027 var_286;
        wp::int32 var_287;
        Contact_426e6027 var_288;
        const wp::int32 var_289 = 5;
        const wp::int32 var_290 = 1;
        wp::int32 var_291;
        const wp::int32 var_292 = 0;
        bool var_293;
        const wp::float32 var_294 = 1.0;
        const wp::float32 var_295 = -1.0;
        wp::float32 var_296;
        const wp::int32 var_297 = 2;
        wp::int32 var_298;
        const wp::int32 var_299 = 0;
        bool var_300;
        const wp::float32 var_301 = 1.0;
        const wp::float32 var_302 = -1.0;
        wp::float32 var_303;
        const wp::int32 var_304 = 4;
        wp::int32 var_305;
        const wp::int32 var_306 = 0;
        bool var_307;
        const wp::float32 var_308 = 1.0;
        const wp::float32 var_309 = -1.0;
        wp::float32 var_310;
        const wp::int32 var_311 = 0;
        wp::float32 var_312;
        wp::float32 var_313;
        const wp::int32 var_314 = 1;
        wp::float32 var_315;
        wp::float32 var_316;
        const wp::int32 var_317 = 2;
        wp::float32 var_318;
        wp::float32 var_319;
        wp::vec_t<3, wp::float32> var_320;
        wp::vec_t<3, wp::float32> var_321;
        const wp::int32 var_322 = 1;
        wp::float32 var_323;
        const wp::float32 var_324 = 0.0;
        bool var_325;
        const wp::int32 var_326 = 0;
        const wp::int32 var_327 = 1;
        wp::int32 var_328;
        wp::shape_t* var_329;
        const wp::int32 var_330 = 0;
        wp::int32 var_331;
        wp::shape_t var_332;
        bool var_333;
        Contact_426e6027 var_334;
        const wp::int32 var_335 = -1;
        const wp::float32 var_336 = 0.0;
        const wp::float32 var_337 = 1.0;
        const wp::float32 var_338 = 0.0;
        wp::vec_t<3, wp::float32> var_339;
        const wp::int32 var_340 = 1;
        wp::float32 var_341;
        wp::float32 var_342;
        Contact_426e6027 var_343;
        wp::int32 var_344;
        Contact_426e6027 var_345;
        const wp::int32 var_346 = 6;
        const wp::int32 var_347 = 1;
        wp::int32 var_348;
        const wp::int32 var_349 = 0;
        bool var_350;
        const wp::float32 var_351 = 1.0;
        const wp::float32 var_352 = -1.0;
        wp::float32 var_353;
        const wp::int32 var_354 = 2;
        wp::int32 var_355;
        const wp::int32 var_356 = 0;
        bool var_357;
        const wp::float32 var_358 = 1.0;
        const wp::float32 var_359 = -1.0;
        wp::float32 var_360;
        const wp::int32 var_361 = 4;
        wp::int32 var_362;
        const wp::int32 var_363 = 0;
        bool var_364;
        const wp::float32 var_365 = 1.0;
        const wp::float32 var_366 = -1.0;
        wp::float32 var_367;
        const wp::int32 var_368 = 0;
        wp::float32 var_369;
        wp::float32 var_370;
        const wp::int32 var_371 = 1;
        wp::float32 var_372;
        wp::float32 var_373;
        const wp::int32 var_374 = 2;
        wp::float32 var_375;
        wp::float32 var_376;
        wp::vec_t<3, wp::float32> var_377;
        wp::vec_t<3, wp::float32> var_378;
        const wp::int32 var_379 = 1;
        wp::float32 var_380;
        const wp::float32 var_381 = 0.0;
        bool var_382;
        const wp::int32 var_383 = 0;
        const wp::int32 var_384 = 1;
        wp::int32 var_385;
        wp::shape_t* var_386;
        const wp::int32 var_387 = 0;
        wp::int32 var_388;
        wp::shape_t var_389;
        bool var_390;
        Contact_426e6027 var_391;
        const wp::int32 var_392 = -1;
        const wp::float32 var_393 = 0.0;
        const wp::float32 var_394 = 1.0;
        const wp::float32 var_395 = 0.0;
        wp::vec_t<3, wp::float32> var_396;
        const wp::int32 var_397 = 1;
        wp::float32 var_398;
        wp::float32 var_399;
        Contact_426e6027 var_400;
        wp::int32 var_401;
        Contact_426e6027 var_402;
        const wp::int32 var_403 = 7;
        const wp::int32 var_404 = 1;
        wp::int32 var_405;
        const wp::int32 var_406 = 0;
        bool var_407;
        const wp::float32 var_408 = 1.0;
        const wp::float32 var_409 = -1.0;
        wp::float32 var_410;
        const wp::int32 var_411 = 2;
        wp::int32 var_412;
        const wp::int32 var_413 = 0;
        bool var_414;
        const wp::float32 var_415 = 1.0;
        const wp::float32 var_416 = -1.0;
        wp::float32 var_417;
        const wp::int32 var_418 = 4;
        wp::int32 var_419;
        const wp::int32 var_420 = 0;
        bool var_421;
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
        const wp::int32 var_449 = -1;
        const wp::float32 var_450 = 0.0;
        const wp::float32 var_451 = 1.0;
        const wp::float32 var_452 = 0.0;
        wp::vec_t<3, wp::float32> var_453;
        const wp::int32 var_454 = 1;
        wp::float32 var_455;
        wp::float32 var_456;
        Contact_426e6027 var_457;
        wp::int32 var_458;
        Contact_426e6027 var_459;
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
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        bool adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::shape_t adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::shape_t adj_50 = {};
        bool adj_51 = {};
        Contact_426e6027 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        bool adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        bool adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        bool adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::vec_t<3, wp::float32> adj_92 = {};
        wp::vec_t<3, wp::float32> adj_93 = {};
        wp::int32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float32 adj_96 = {};
        bool adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::shape_t adj_101 = {};
        wp::int32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::shape_t adj_104 = {};
        bool adj_105 = {};
        Contact_426e6027 adj_106 = {};
        wp::int32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::vec_t<3, wp::float32> adj_111 = {};
        wp::int32 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::float32 adj_114 = {};
        Contact_426e6027 adj_115 = {};
        wp::int32 adj_116 = {};
        Contact_426e6027 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::int32 adj_119 = {};
        wp::int32 adj_120 = {};
        wp::int32 adj_121 = {};
        bool adj_122 = {};
        wp::float32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::int32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::int32 adj_128 = {};
        bool adj_129 = {};
        wp::float32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::float32 adj_132 = {};
        wp::int32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::int32 adj_135 = {};
        bool adj_136 = {};
        wp::float32 adj_137 = {};
        wp::float32 adj_138 = {};
        wp::float32 adj_139 = {};
        wp::int32 adj_140 = {};
        wp::float32 adj_141 = {};
        wp::float32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::float32 adj_144 = {};
        wp::float32 adj_145 = {};
        wp::int32 adj_146 = {};
        wp::float32 adj_147 = {};
        wp::float32 adj_148 = {};
        wp::vec_t<3, wp::float32> adj_149 = {};
        wp::vec_t<3, wp::float32> adj_150 = {};
        wp::int32 adj_151 = {};
        wp::float32 adj_152 = {};
        wp::float32 adj_153 = {};
        bool adj_154 = {};
        wp::int32 adj_155 = {};
        wp::int32 adj_156 = {};
        wp::int32 adj_157 = {};
        wp::shape_t adj_158 = {};
        wp::int32 adj_159 = {};
        wp::int32 adj_160 = {};
        wp::shape_t adj_161 = {};
        bool adj_162 = {};
        Contact_426e6027 adj_163 = {};
        wp::int32 adj_164 = {};
        wp::float32 adj_165 = {};
        wp::float32 adj_166 = {};
        wp::float32 adj_167 = {};
        wp::vec_t<3, wp::float32> adj_168 = {};
        wp::int32 adj_169 = {};
        wp::float32 adj_170 = {};
        wp::float32 adj_171 = {};
        Contact_426e6027 adj_172 = {};
        wp::int32 adj_173 = {};
        Contact_426e6027 adj_174 = {};
        wp::int32 adj_175 = {};
        wp::int32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::int32 adj_178 = {};
        bool adj_179 = {};
        wp::float32 adj_180 = {};
        wp::float32 adj_181 = {};
        wp::float32 adj_182 = {};
        wp::int32 adj_183 = {};
        wp::int32 adj_184 = {};
        wp::int32 adj_185 = {};
        bool adj_186 = {};
        wp::float32 adj_187 = {};
        wp::float32 adj_188 = {};
        wp::float32 adj_189 = {};
        wp::int32 adj_190 = {};
        wp::int32 adj_191 = {};
        wp::int32 adj_192 = {};
        bool adj_193 = {};
        wp::float32 adj_194 = {};
        wp::float32 adj_195 = {};
        wp::float32 adj_196 = {};
        wp::int32 adj_197 = {};
        wp::float32 adj_198 = {};
        wp::float32 adj_199 = {};
        wp::int32 adj_200 = {};
        wp::float32 adj_201 = {};
        wp::float32 adj_202 = {};
        wp::int32 adj_203 = {};
        wp::float32 adj_204 = {};
        wp::float32 adj_205 = {};
        wp::vec_t<3, wp::float32> adj_206 = {};
        wp::vec_t<3, wp::float32> adj_207 = {};
        wp::int32 adj_208 = {};
        wp::float32 adj_209 = {};
        wp::float32 adj_210 = {};
        bool adj_211 = {};
        wp::int32 adj_212 = {};
        wp::int32 adj_213 = {};
        wp::int32 adj_214 = {};
        wp::shape_t adj_215 = {};
        wp::int32 adj_216 = {};
        wp::int32 adj_217 = {};
        wp::shape_t adj_218 = {};
        bool adj_219 = {};
        Contact_426e6027 adj_220 = {};
        wp::int32 adj_221 = {};
        wp::float32 adj_222 = {};
        wp::float32 adj_223 = {};
        wp::float32 adj_224 = {};
        wp::vec_t<3, wp::float32> adj_225 = {};
        wp::int32 adj_226 = {};
        wp::float32 adj_227 = {};
        wp::float32 adj_228 = {};
        Contact_426e6027 adj_229 = {};
        wp::int32 adj_230 = {};
        Contact_426e6027 adj_231 = {};
        wp::int32 adj_232 = {};
        wp::int32 adj_233 = {};
        wp::int32 adj_234 = {};
        wp::int32 adj_235 = {};
        bool adj_236 = {};
        wp::float32 adj_237 = {};
        wp::float32 adj_238 = {};
        wp::float32 adj_239 = {};
        wp::int32 adj_240 = {};
        wp::int32 adj_241 = {};
        wp::int32 adj_242 = {};
        bool adj_243 = {};
        wp::float32 adj_244 = {};
        wp::float32 adj_245 = {};
        wp::float32 adj_246 = {};
        wp::int32 adj_247 = {};
        wp::int32 adj_248 = {};
        wp::int32 adj_249 = {};
        bool adj_250 = {};
        wp::float32 adj_251 = {};
        wp::float32 adj_252 = {};
        wp::float32 adj_253 = {};
        wp::int32 adj_254 = {};
        wp::float32 adj_255 = {};
        wp::float32 adj_256 = {};
        wp::int32 adj_257 = {};
        wp::float32 adj_258 = {};
        wp::float32 adj_259 = {};
        wp::int32 adj_260 = {};
        wp::float32 adj_261 = {};
        wp::float32 adj_262 = {};
        wp::vec_t<3, wp::float32> adj_263 = {};
        wp::vec_t<3, wp::float32> adj_264 = {};
        wp::int32 adj_265 = {};
        wp::float32 adj_266 = {};
        wp::float32 adj_267 = {};
        bool adj_268 = {};
        wp::int32 adj_269 = {};
        wp::int32 adj_270 = {};
        wp::int32 adj_271 = {};
        wp::shape_t adj_272 = {};
        wp::int32 adj_273 = {};
        wp::int32 adj_274 = {};
        wp::shape_t adj_275 = {};
        bool adj_276 = {};
        Contact_426e6027 adj_277 = {};
        wp::int32 adj_278 = {};
        wp::float32 adj_279 = {};
        wp::float32 adj_280 = {};
        wp::float32 adj_281 = {};
        wp::vec_t<3, wp::float32> adj_282 = {};
        wp::int32 adj_283 = {};
        wp::float32 adj_284 = {};
        wp::float32 adj_285 = {};
        Contact_426e6027 adj_286 = {};
        wp::int32 adj_287 = {};
        Contact_426e6027 adj_288 = {};
        wp::int32 adj_289 = {};
        wp::int32 adj_290 = {};
        wp::int32 adj_291 = {};
        wp::int32 adj_292 = {};
        bool adj_293 = {};
        wp::float32 adj_294 = {};
        wp::float32 adj_295 = {};
        wp::float32 adj_296 = {};
        wp::int32 adj_297 = {};
        wp::int32 adj_298 = {};
        wp::int32 adj_299 = {};
        bool adj_300 = {};
        wp::float32 adj_301 = {};
        wp::float32 adj_302 = {};
        wp::float32 adj_303 = {};
        wp::int32 adj_304 = {};
        wp::int32 adj_305 = {};
        wp::int32 adj_306 = {};
        bool adj_307 = {};
        wp::float32 adj_308 = {};
        wp::float32 adj_309 = {};
        wp::float32 adj_310 = {};
        wp::int32 adj_311 = {};
        wp::float32 adj_312 = {};
        wp::float32 adj_313 = {};
        wp::int32 adj_314 = {};
        wp::float32 adj_315 = {};
        wp::float32 adj_316 = {};
        wp::int32 adj_317 = {};
        wp::float32 adj_318 = {};
        wp::float32 adj_319 = {};
        wp::vec_t<3, wp::float32> adj_320 = {};
        wp::vec_t<3, wp::float32> adj_321 = {};
        wp::int32 adj_322 = {};
        wp::float32 adj_323 = {};
        wp::float32 adj_324 = {};
        bool adj_325 = {};
        wp::int32 adj_326 = {};
        wp::int32 adj_327 = {};
        wp::int32 adj_328 = {};
        wp::shape_t adj_329 = {};
        wp::int32 adj_330 = {};
        wp::int32 adj_331 = {};
        wp::shape_t adj_332 = {};
        bool adj_333 = {};
        Contact_426e6027 adj_334 = {};
        wp::int32 adj_335 = {};
        wp::float32 adj_336 = {};
        wp::float32 adj_337 = {};
        wp::float32 adj_338 = {};
        wp::vec_t<3, wp::float32> adj_339 = {};
        wp::int32 adj_340 = {};
        wp::float32 adj_341 = {};
        wp::float32 adj_342 = {};
        Contact_426e6027 adj_343 = {};
        wp::int32 adj_344 = {};
        Contact_426e6027 adj_345 = {};
        wp::int32 adj_346 = {};
        wp::int32 adj_347 = {};
        wp::int32 adj_348 = {};
        wp::int32 adj_349 = {};
        bool adj_350 = {};
        wp::float32 adj_351 = {};
        wp::float32 adj_352 = {};
        wp::float32 adj_353 = {};
        wp::int32 adj_354 = {};
        wp::int32 adj_355 = {};
        wp::int32 adj_356 = {};
        bool adj_357 = {};
        wp::float32 adj_358 = {};
        wp::float32 adj_359 = {};
        wp::float32 adj_360 = {};
        wp::int32 adj_361 = {};
        wp::int32 adj_362 = {};
        wp::int32 adj_363 = {};
        bool adj_364 = {};
        wp::float32 adj_365 = {};
        wp::float32 adj_366 = {};
        wp::float32 adj_367 = {};
        wp::int32 adj_368 = {};
        wp::float32 adj_369 = {};
        wp::float32 adj_370 = {};
        wp::int32 adj_371 = {};
        wp::float32 adj_372 = {};
        wp::float32 adj_373 = {};
        wp::int32 adj_374 = {};
        wp::float32 adj_375 = {};
        wp::float32 adj_376 = {};
        wp::vec_t<3, wp::float32> adj_377 = {};
        wp::vec_t<3, wp::float32> adj_378 = {};
        wp::int32 adj_379 = {};
        wp::float32 adj_380 = {};
        wp::float32 adj_381 = {};
        bool adj_382 = {};
        wp::int32 adj_383 = {};
        wp::int32 adj_384 = {};
        wp::int32 adj_385 = {};
        wp::shape_t adj_386 = {};
        wp::int32 adj_387 = {};
        wp::int32 adj_388 = {};
        wp::shape_t adj_389 = {};
        bool adj_390 = {};
        Contact_426e6027 adj_391 = {};
        wp::int32 adj_392 = {};
        wp::float32 adj_393 = {};
        wp::float32 adj_394 = {};
        wp::float32 adj_395 = {};
        wp::vec_t<3, wp::float32> adj_396 = {};
        wp::int32 adj_397 = {};
        wp::float32 adj_398 = {};
        wp::float32 adj_399 = {};
        Contact_426e6027 adj_400 = {};
        wp::int32 adj_401 = {};
        Contact_426e6027 adj_402 = {};
        wp::int32 adj_403 = {};
        wp::int32 adj_404 = {};
        wp::int32 adj_405 = {};
        wp::int32 adj_406 = {};
        bool adj_407 = {};
        wp::float32 adj_408 = {};
        wp::float32 adj_409 = {};
        wp::float32 adj_410 = {};
        wp::int32 adj_411 = {};
        wp::int32 adj_412 = {};
        wp::int32 adj_413 = {};
        bool adj_414 = {};
        wp::float32 adj_415 = {};
        wp::float32 adj_416 = {};
        wp::float32 adj_417 = {};
        wp::int32 adj_418 = {};
        wp::int32 adj_419 = {};
        wp::int32 adj_420 = {};
        bool adj_421 = {};
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
        wp::float32 adj_450 = {};
        wp::float32 adj_451 = {};
        wp::float32 adj_452 = {};
        wp::vec_t<3, wp::float32> adj_453 = {};
        wp::int32 adj_454 = {};
        wp::float32 adj_455 = {};
        wp::float32 adj_456 = {};
        Contact_426e6027 adj_457 = {};
        wp::int32 adj_458 = {};
        Contact_426e6027 adj_459 = {};
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
        var_14 = wp::where(var_11, var_12, var_13);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_16 = wp::bit_and(var_7, var_15);
        var_18 = (var_16 != var_17);
        var_21 = wp::where(var_18, var_19, var_20);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_23 = wp::bit_and(var_7, var_22);
        var_25 = (var_23 != var_24);
        var_28 = wp::where(var_25, var_26, var_27);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_30 = wp::extract(var_5, var_29);
        var_31 = wp::mul(var_30, var_14);
        var_33 = wp::extract(var_5, var_32);
        var_34 = wp::mul(var_33, var_21);
        var_36 = wp::extract(var_5, var_35);
        var_37 = wp::mul(var_36, var_28);
        var_38 = wp::vec_t<3, wp::float32>(var_31, var_34, var_37);
        var_39 = wp::transform_point(var_2, var_38);
        // if p[1] < 0.0:                                                                         <L 98>
        var_41 = wp::extract(var_39, var_40);
        var_43 = (var_41 < var_42);
        if (var_43) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_46 = wp::atomic_add(var_count, var_44, var_45);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_47 = &(var_contacts.shape);
            var_50 = wp::load(var_47);
            var_49 = wp::extract(var_50, var_48);
            var_51 = (var_46 < var_49);
            if (var_51) {
                // ct = Contact()                                                                 <L 101>
                var_52 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_52.body_a = var_53;
                // ct.body_b = b                                                                  <L 103>
                var_52.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_52.point = var_39;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_57 = wp::vec_t<3, wp::float32>(var_54, var_55, var_56);
                var_52.normal = var_57;
                // ct.depth = -p[1]                                                               <L 106>
                var_59 = wp::extract(var_39, var_58);
                var_60 = wp::neg(var_59);
                var_52.depth = var_60;
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_46, var_52);
            }
        }
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_63 = wp::bit_and(var_61, var_62);
        var_65 = (var_63 != var_64);
        var_68 = wp::where(var_65, var_66, var_67);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_70 = wp::bit_and(var_61, var_69);
        var_72 = (var_70 != var_71);
        var_75 = wp::where(var_72, var_73, var_74);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_77 = wp::bit_and(var_61, var_76);
        var_79 = (var_77 != var_78);
        var_82 = wp::where(var_79, var_80, var_81);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_84 = wp::extract(var_5, var_83);
        var_85 = wp::mul(var_84, var_68);
        var_87 = wp::extract(var_5, var_86);
        var_88 = wp::mul(var_87, var_75);
        var_90 = wp::extract(var_5, var_89);
        var_91 = wp::mul(var_90, var_82);
        var_92 = wp::vec_t<3, wp::float32>(var_85, var_88, var_91);
        var_93 = wp::transform_point(var_2, var_92);
        // if p[1] < 0.0:                                                                         <L 98>
        var_95 = wp::extract(var_93, var_94);
        var_97 = (var_95 < var_96);
        if (var_97) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_100 = wp::atomic_add(var_count, var_98, var_99);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_101 = &(var_contacts.shape);
            var_104 = wp::load(var_101);
            var_103 = wp::extract(var_104, var_102);
            var_105 = (var_100 < var_103);
            if (var_105) {
                // ct = Contact()                                                                 <L 101>
                var_106 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_106.body_a = var_107;
                // ct.body_b = b                                                                  <L 103>
                var_106.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_106.point = var_93;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_111 = wp::vec_t<3, wp::float32>(var_108, var_109, var_110);
                var_106.normal = var_111;
                // ct.depth = -p[1]                                                               <L 106>
                var_113 = wp::extract(var_93, var_112);
                var_114 = wp::neg(var_113);
                var_106.depth = var_114;
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_100, var_106);
            }
            var_115 = wp::where(var_105, var_106, var_52);
        }
        var_116 = wp::where(var_97, var_100, var_46);
        var_117 = wp::where(var_97, var_115, var_52);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_120 = wp::bit_and(var_118, var_119);
        var_122 = (var_120 != var_121);
        var_125 = wp::where(var_122, var_123, var_124);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_127 = wp::bit_and(var_118, var_126);
        var_129 = (var_127 != var_128);
        var_132 = wp::where(var_129, var_130, var_131);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_134 = wp::bit_and(var_118, var_133);
        var_136 = (var_134 != var_135);
        var_139 = wp::where(var_136, var_137, var_138);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_141 = wp::extract(var_5, var_140);
        var_142 = wp::mul(var_141, var_125);
        var_144 = wp::extract(var_5, var_143);
        var_145 = wp::mul(var_144, var_132);
        var_147 = wp::extract(var_5, var_146);
        var_148 = wp::mul(var_147, var_139);
        var_149 = wp::vec_t<3, wp::float32>(var_142, var_145, var_148);
        var_150 = wp::transform_point(var_2, var_149);
        // if p[1] < 0.0:                                                                         <L 98>
        var_152 = wp::extract(var_150, var_151);
        var_154 = (var_152 < var_153);
        if (var_154) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_157 = wp::atomic_add(var_count, var_155, var_156);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_158 = &(var_contacts.shape);
            var_161 = wp::load(var_158);
            var_160 = wp::extract(var_161, var_159);
            var_162 = (var_157 < var_160);
            if (var_162) {
                // ct = Contact()                                                                 <L 101>
                var_163 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_163.body_a = var_164;
                // ct.body_b = b                                                                  <L 103>
                var_163.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_163.point = var_150;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_168 = wp::vec_t<3, wp::float32>(var_165, var_166, var_167);
                var_163.normal = var_168;
                // ct.depth = -p[1]                                                               <L 106>
                var_170 = wp::extract(var_150, var_169);
                var_171 = wp::neg(var_170);
                var_163.depth = var_171;
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_157, var_163);
            }
            var_172 = wp::where(var_162, var_163, var_117);
        }
        var_173 = wp::where(var_154, var_157, var_116);
        var_174 = wp::where(var_154, var_172, var_117);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_177 = wp::bit_and(var_175, var_176);
        var_179 = (var_177 != var_178);
        var_182 = wp::where(var_179, var_180, var_181);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_184 = wp::bit_and(var_175, var_183);
        var_186 = (var_184 != var_185);
        var_189 = wp::where(var_186, var_187, var_188);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_191 = wp::bit_and(var_175, var_190);
        var_193 = (var_191 != var_192);
        var_196 = wp::where(var_193, var_194, var_195);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_198 = wp::extract(var_5, var_197);
        var_199 = wp::mul(var_198, var_182);
        var_201 = wp::extract(var_5, var_200);
        var_202 = wp::mul(var_201, var_189);
        var_204 = wp::extract(var_5, var_203);
        var_205 = wp::mul(var_204, var_196);
        var_206 = wp::vec_t<3, wp::float32>(var_199, var_202, var_205);
        var_207 = wp::transform_point(var_2, var_206);
        // if p[1] < 0.0:                                                                         <L 98>
        var_209 = wp::extract(var_207, var_208);
        var_211 = (var_209 < var_210);
        if (var_211) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_214 = wp::atomic_add(var_count, var_212, var_213);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_215 = &(var_contacts.shape);
            var_218 = wp::load(var_215);
            var_217 = wp::extract(var_218, var_216);
            var_219 = (var_214 < var_217);
            if (var_219) {
                // ct = Contact()                                                                 <L 101>
                var_220 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_220.body_a = var_221;
                // ct.body_b = b                                                                  <L 103>
                var_220.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_220.point = var_207;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_225 = wp::vec_t<3, wp::float32>(var_222, var_223, var_224);
                var_220.normal = var_225;
                // ct.depth = -p[1]                                                               <L 106>
                var_227 = wp::extract(var_207, var_226);
                var_228 = wp::neg(var_227);
                var_220.depth = var_228;
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_214, var_220);
            }
            var_229 = wp::where(var_219, var_220, var_174);
        }
        var_230 = wp::where(var_211, var_214, var_173);
        var_231 = wp::where(var_211, var_229, var_174);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_234 = wp::bit_and(var_232, var_233);
        var_236 = (var_234 != var_235);
        var_239 = wp::where(var_236, var_237, var_238);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_241 = wp::bit_and(var_232, var_240);
        var_243 = (var_241 != var_242);
        var_246 = wp::where(var_243, var_244, var_245);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_248 = wp::bit_and(var_232, var_247);
        var_250 = (var_248 != var_249);
        var_253 = wp::where(var_250, var_251, var_252);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_255 = wp::extract(var_5, var_254);
        var_256 = wp::mul(var_255, var_239);
        var_258 = wp::extract(var_5, var_257);
        var_259 = wp::mul(var_258, var_246);
        var_261 = wp::extract(var_5, var_260);
        var_262 = wp::mul(var_261, var_253);
        var_263 = wp::vec_t<3, wp::float32>(var_256, var_259, var_262);
        var_264 = wp::transform_point(var_2, var_263);
        // if p[1] < 0.0:                                                                         <L 98>
        var_266 = wp::extract(var_264, var_265);
        var_268 = (var_266 < var_267);
        if (var_268) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_271 = wp::atomic_add(var_count, var_269, var_270);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_272 = &(var_contacts.shape);
            var_275 = wp::load(var_272);
            var_274 = wp::extract(var_275, var_273);
            var_276 = (var_271 < var_274);
            if (var_276) {
                // ct = Contact()                                                                 <L 101>
                var_277 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_277.body_a = var_278;
                // ct.body_b = b                                                                  <L 103>
                var_277.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_277.point = var_264;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_282 = wp::vec_t<3, wp::float32>(var_279, var_280, var_281);
                var_277.normal = var_282;
                // ct.depth = -p[1]                                                               <L 106>
                var_284 = wp::extract(var_264, var_283);
                var_285 = wp::neg(var_284);
                var_277.depth = var_285;
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_271, var_277);
            }
            var_286 = wp::where(var_276, var_277, var_231);
        }
        var_287 = wp::where(var_268, var_271, var_230);
        var_288 = wp::where(var_268, var_286, var_231);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_291 = wp::bit_and(var_289, var_290);
        var_293 = (var_291 != var_292);
        var_296 = wp::where(var_293, var_294, var_295);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_298 = wp::bit_and(var_289, var_297);
        var_300 = (var_298 != var_299);
        var_303 = wp::where(var_300, var_301, var_302);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_305 = wp::bit_and(var_289, var_304);
        var_307 = (var_305 != var_306);
        var_310 = wp::where(var_307, var_308, var_309);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_312 = wp::extract(var_5, var_311);
        var_313 = wp::mul(var_312, var_296);
        var_315 = wp::extract(var_5, var_314);
        var_316 = wp::mul(var_315, var_303);
        var_318 = wp::extract(var_5, var_317);
        var_319 = wp::mul(var_318, var_310);
        var_320 = wp::vec_t<3, wp::float32>(var_313, var_316, var_319);
        var_321 = wp::transform_point(var_2, var_320);
        // if p[1] < 0.0:                                                                         <L 98>
        var_323 = wp::extract(var_321, var_322);
        var_325 = (var_323 < var_324);
        if (var_325) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_328 = wp::atomic_add(var_count, var_326, var_327);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_329 = &(var_contacts.shape);
            var_332 = wp::load(var_329);
            var_331 = wp::extract(var_332, var_330);
            var_333 = (var_328 < var_331);
            if (var_333) {
                // ct = Contact()                                                                 <L 101>
                var_334 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_334.body_a = var_335;
                // ct.body_b = b                                                                  <L 103>
                var_334.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_334.point = var_321;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_339 = wp::vec_t<3, wp::float32>(var_336, var_337, var_338);
                var_334.normal = var_339;
                // ct.depth = -p[1]                                                               <L 106>
                var_341 = wp::extract(var_321, var_340);
                var_342 = wp::neg(var_341);
                var_334.depth = var_342;
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_328, var_334);
            }
            var_343 = wp::where(var_333, var_334, var_288);
        }
        var_344 = wp::where(var_325, var_328, var_287);
        var_345 = wp::where(var_325, var_343, var_288);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_348 = wp::bit_and(var_346, var_347);
        var_350 = (var_348 != var_349);
        var_353 = wp::where(var_350, var_351, var_352);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_355 = wp::bit_and(var_346, var_354);
        var_357 = (var_355 != var_356);
        var_360 = wp::where(var_357, var_358, var_359);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_362 = wp::bit_and(var_346, var_361);
        var_364 = (var_362 != var_363);
        var_367 = wp::where(var_364, var_365, var_366);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_369 = wp::extract(var_5, var_368);
        var_370 = wp::mul(var_369, var_353);
        var_372 = wp::extract(var_5, var_371);
        var_373 = wp::mul(var_372, var_360);
        var_375 = wp::extract(var_5, var_374);
        var_376 = wp::mul(var_375, var_367);
        var_377 = wp::vec_t<3, wp::float32>(var_370, var_373, var_376);
        var_378 = wp::transform_point(var_2, var_377);
        // if p[1] < 0.0:                                                                         <L 98>
        var_380 = wp::extract(var_378, var_379);
        var_382 = (var_380 < var_381);
        if (var_382) {
            // slot = wp.atomic_add(count, 0, 1)                                                  <L 99>
            // var_385 = wp::atomic_add(var_count, var_383, var_384);
            // if slot < contacts.shape[0]:                                                       <L 100>
            var_386 = &(var_contacts.shape);
            var_389 = wp::load(var_386);
            var_388 = wp::extract(var_389, var_387);
            var_390 = (var_385 < var_388);
            if (var_390) {
                // ct = Contact()                                                                 <L 101>
                var_391 = Contact_426e6027();
                // ct.body_a = -1                                                                 <L 102>
                var_391.body_a = var_392;
                // ct.body_b = b                                                                  <L 103>
                var_391.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_391.point = var_378;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_396 = wp::vec_t<3, wp::float32>(var_393, var_394, var_395);
                var_391.normal = var_396;
                // ct.depth = -p[1]                                                               <L 106>
                var_398 = wp::extract(var_378, var_397);
                var_399 = wp::neg(var_398);
                var_391.depth = var_399;
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_385, var_391);
            }
            var_400 = wp::where(var_390, var_391, var_345);
        }
        var_401 = wp::where(var_382, var_385, var_344);
        var_402 = wp::where(var_382, var_400, var_345);
        // sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                            <L 94>
        var_405 = wp::bit_and(var_403, var_404);
        var_407 = (var_405 != var_406);
        var_410 = wp::where(var_407, var_408, var_409);
        // sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                            <L 95>
        var_412 = wp::bit_and(var_403, var_411);
        var_414 = (var_412 != var_413);
        var_417 = wp::where(var_414, var_415, var_416);
        // sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                            <L 96>
        var_419 = wp::bit_and(var_403, var_418);
        var_421 = (var_419 != var_420);
        var_424 = wp::where(var_421, var_422, var_423);
        // p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))                    <L 97>
        var_426 = wp::extract(var_5, var_425);
        var_427 = wp::mul(var_426, var_410);
        var_429 = wp::extract(var_5, var_428);
        var_430 = wp::mul(var_429, var_417);
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
                var_448.body_a = var_449;
                // ct.body_b = b                                                                  <L 103>
                var_448.body_b = var_0;
                // ct.point = p                                                                   <L 104>
                var_448.point = var_435;
                // ct.normal = wp.vec3(0.0, 1.0, 0.0)                                             <L 105>
                var_453 = wp::vec_t<3, wp::float32>(var_450, var_451, var_452);
                var_448.normal = var_453;
                // ct.depth = -p[1]                                                               <L 106>
                var_455 = wp::extract(var_435, var_454);
                var_456 = wp::neg(var_455);
                var_448.depth = var_456;
                // contacts[slot] = ct                                                            <L 107>
                // wp::array_store(var_contacts, var_442, var_448);
            }
            var_457 = wp::where(var_447, var_448, var_402);
        }
        var_458 = wp::where(var_439, var_442, var_401);
        var_459 = wp::where(var_439, var_457, var_402);
        //---------
        // reverse
        wp::adj_where(var_439, var_457, var_402, adj_439, adj_457, adj_402, adj_459);
        wp::adj_where(var_439, var_442, var_401, adj_439, adj_442, adj_401, adj_458);
        if (var_439) {
            wp::adj_where(var_447, var_448, var_402, adj_447, adj_448, adj_402, adj_457);
            if (var_447) {
                wp::adj_array_store(var_contacts, var_442, var_448, adj_contacts, adj_442, adj_448);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_456 += adj_448.depth;
                adj_448.depth = {};
                wp::adj_neg(var_455, adj_455, adj_456);
                wp::adj_extract(var_435, var_454, adj_435, adj_454, adj_455);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_453 += adj_448.normal;
                adj_448.normal = {};
                wp::adj_vec_t(var_450, var_451, var_452, adj_450, adj_451, adj_452, adj_453);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_435 += adj_448.point;
                adj_448.point = {};
                // adj: ct.point = p                                                              <L 104>
                adj_448.body_b = {};
                // adj: ct.body_b = b                                                             <L 103>
                adj_448.body_a = {};
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
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
        wp::adj_mul(var_429, var_417, adj_429, adj_417, adj_430);
        wp::adj_extract(var_5, var_428, adj_5, adj_428, adj_429);
        wp::adj_mul(var_426, var_410, adj_426, adj_410, adj_427);
        wp::adj_extract(var_5, var_425, adj_5, adj_425, adj_426);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_421, var_422, var_423, adj_421, adj_422, adj_423, adj_424);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_414, var_415, var_416, adj_414, adj_415, adj_416, adj_417);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_407, var_408, var_409, adj_407, adj_408, adj_409, adj_410);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        wp::adj_where(var_382, var_400, var_345, adj_382, adj_400, adj_345, adj_402);
        wp::adj_where(var_382, var_385, var_344, adj_382, adj_385, adj_344, adj_401);
        if (var_382) {
            wp::adj_where(var_390, var_391, var_345, adj_390, adj_391, adj_345, adj_400);
            if (var_390) {
                wp::adj_array_store(var_contacts, var_385, var_391, adj_contacts, adj_385, adj_391);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_399 += adj_391.depth;
                adj_391.depth = {};
                wp::adj_neg(var_398, adj_398, adj_399);
                wp::adj_extract(var_378, var_397, adj_378, adj_397, adj_398);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_396 += adj_391.normal;
                adj_391.normal = {};
                wp::adj_vec_t(var_393, var_394, var_395, adj_393, adj_394, adj_395, adj_396);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_378 += adj_391.point;
                adj_391.point = {};
                // adj: ct.point = p                                                              <L 104>
                adj_391.body_b = {};
                // adj: ct.body_b = b                                                             <L 103>
                adj_391.body_a = {};
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            adj_contacts.shape = adj_386;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_383, var_384, adj_count, adj_383, adj_384, adj_385);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_378, var_379, adj_378, adj_379, adj_380);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_377, adj_2, adj_377, adj_378);
        wp::adj_vec_t(var_370, var_373, var_376, adj_370, adj_373, adj_376, adj_377);
        wp::adj_mul(var_375, var_367, adj_375, adj_367, adj_376);
        wp::adj_extract(var_5, var_374, adj_5, adj_374, adj_375);
        wp::adj_mul(var_372, var_360, adj_372, adj_360, adj_373);
        wp::adj_extract(var_5, var_371, adj_5, adj_371, adj_372);
        wp::adj_mul(var_369, var_353, adj_369, adj_353, adj_370);
        wp::adj_extract(var_5, var_368, adj_5, adj_368, adj_369);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_364, var_365, var_366, adj_364, adj_365, adj_366, adj_367);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_357, var_358, var_359, adj_357, adj_358, adj_359, adj_360);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_350, var_351, var_352, adj_350, adj_351, adj_352, adj_353);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        wp::adj_where(var_325, var_343, var_288, adj_325, adj_343, adj_288, adj_345);
        wp::adj_where(var_325, var_328, var_287, adj_325, adj_328, adj_287, adj_344);
        if (var_325) {
            wp::adj_where(var_333, var_334, var_288, adj_333, adj_334, adj_288, adj_343);
            if (var_333) {
                wp::adj_array_store(var_contacts, var_328, var_334, adj_contacts, adj_328, adj_334);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_342 += adj_334.depth;
                adj_334.depth = {};
                wp::adj_neg(var_341, adj_341, adj_342);
                wp::adj_extract(var_321, var_340, adj_321, adj_340, adj_341);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_339 += adj_334.normal;
                adj_334.normal = {};
                wp::adj_vec_t(var_336, var_337, var_338, adj_336, adj_337, adj_338, adj_339);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_321 += adj_334.point;
                adj_334.point = {};
                // adj: ct.point = p                                                              <L 104>
                adj_334.body_b = {};
                // adj: ct.body_b = b                                                             <L 103>
                adj_334.body_a = {};
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            adj_contacts.shape = adj_329;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_326, var_327, adj_count, adj_326, adj_327, adj_328);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_321, var_322, adj_321, adj_322, adj_323);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_320, adj_2, adj_320, adj_321);
        wp::adj_vec_t(var_313, var_316, var_319, adj_313, adj_316, adj_319, adj_320);
        wp::adj_mul(var_318, var_310, adj_318, adj_310, adj_319);
        wp::adj_extract(var_5, var_317, adj_5, adj_317, adj_318);
        wp::adj_mul(var_315, var_303, adj_315, adj_303, adj_316);
        wp::adj_extract(var_5, var_314, adj_5, adj_314, adj_315);
        wp::adj_mul(var_312, var_296, adj_312, adj_296, adj_313);
        wp::adj_extract(var_5, var_311, adj_5, adj_311, adj_312);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_307, var_308, var_309, adj_307, adj_308, adj_309, adj_310);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_300, var_301, var_302, adj_300, adj_301, adj_302, adj_303);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_293, var_294, var_295, adj_293, adj_294, adj_295, adj_296);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        wp::adj_where(var_268, var_286, var_231, adj_268, adj_286, adj_231, adj_288);
        wp::adj_where(var_268, var_271, var_230, adj_268, adj_271, adj_230, adj_287);
        if (var_268) {
            wp::adj_where(var_276, var_277, var_231, adj_276, adj_277, adj_231, adj_286);
            if (var_276) {
                wp::adj_array_store(var_contacts, var_271, var_277, adj_contacts, adj_271, adj_277);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_285 += adj_277.depth;
                adj_277.depth = {};
                wp::adj_neg(var_284, adj_284, adj_285);
                wp::adj_extract(var_264, var_283, adj_264, adj_283, adj_284);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_282 += adj_277.normal;
                adj_277.normal = {};
                wp::adj_vec_t(var_279, var_280, var_281, adj_279, adj_280, adj_281, adj_282);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_264 += adj_277.point;
                adj_277.point = {};
                // adj: ct.point = p                                                              <L 104>
                adj_277.body_b = {};
                // adj: ct.body_b = b                                                             <L 103>
                adj_277.body_a = {};
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            adj_contacts.shape = adj_272;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_269, var_270, adj_count, adj_269, adj_270, adj_271);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_264, var_265, adj_264, adj_265, adj_266);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_263, adj_2, adj_263, adj_264);
        wp::adj_vec_t(var_256, var_259, var_262, adj_256, adj_259, adj_262, adj_263);
        wp::adj_mul(var_261, var_253, adj_261, adj_253, adj_262);
        wp::adj_extract(var_5, var_260, adj_5, adj_260, adj_261);
        wp::adj_mul(var_258, var_246, adj_258, adj_246, adj_259);
        wp::adj_extract(var_5, var_257, adj_5, adj_257, adj_258);
        wp::adj_mul(var_255, var_239, adj_255, adj_239, adj_256);
        wp::adj_extract(var_5, var_254, adj_5, adj_254, adj_255);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_250, var_251, var_252, adj_250, adj_251, adj_252, adj_253);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_243, var_244, var_245, adj_243, adj_244, adj_245, adj_246);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_236, var_237, var_238, adj_236, adj_237, adj_238, adj_239);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        wp::adj_where(var_211, var_229, var_174, adj_211, adj_229, adj_174, adj_231);
        wp::adj_where(var_211, var_214, var_173, adj_211, adj_214, adj_173, adj_230);
        if (var_211) {
            wp::adj_where(var_219, var_220, var_174, adj_219, adj_220, adj_174, adj_229);
            if (var_219) {
                wp::adj_array_store(var_contacts, var_214, var_220, adj_contacts, adj_214, adj_220);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_228 += adj_220.depth;
                adj_220.depth = {};
                wp::adj_neg(var_227, adj_227, adj_228);
                wp::adj_extract(var_207, var_226, adj_207, adj_226, adj_227);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_225 += adj_220.normal;
                adj_220.normal = {};
                wp::adj_vec_t(var_222, var_223, var_224, adj_222, adj_223, adj_224, adj_225);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_207 += adj_220.point;
                adj_220.point = {};
                // adj: ct.point = p                                                              <L 104>
                adj_220.body_b = {};
                // adj: ct.body_b = b                                                             <L 103>
                adj_220.body_a = {};
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            adj_contacts.shape = adj_215;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_212, var_213, adj_count, adj_212, adj_213, adj_214);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_207, var_208, adj_207, adj_208, adj_209);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_206, adj_2, adj_206, adj_207);
        wp::adj_vec_t(var_199, var_202, var_205, adj_199, adj_202, adj_205, adj_206);
        wp::adj_mul(var_204, var_196, adj_204, adj_196, adj_205);
        wp::adj_extract(var_5, var_203, adj_5, adj_203, adj_204);
        wp::adj_mul(var_201, var_189, adj_201, adj_189, adj_202);
        wp::adj_extract(var_5, var_200, adj_5, adj_200, adj_201);
        wp::adj_mul(var_198, var_182, adj_198, adj_182, adj_199);
        wp::adj_extract(var_5, var_197, adj_5, adj_197, adj_198);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_193, var_194, var_195, adj_193, adj_194, adj_195, adj_196);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_186, var_187, var_188, adj_186, adj_187, adj_188, adj_189);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_179, var_180, var_181, adj_179, adj_180, adj_181, adj_182);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        wp::adj_where(var_154, var_172, var_117, adj_154, adj_172, adj_117, adj_174);
        wp::adj_where(var_154, var_157, var_116, adj_154, adj_157, adj_116, adj_173);
        if (var_154) {
            wp::adj_where(var_162, var_163, var_117, adj_162, adj_163, adj_117, adj_172);
            if (var_162) {
                wp::adj_array_store(var_contacts, var_157, var_163, adj_contacts, adj_157, adj_163);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_171 += adj_163.depth;
                adj_163.depth = {};
                wp::adj_neg(var_170, adj_170, adj_171);
                wp::adj_extract(var_150, var_169, adj_150, adj_169, adj_170);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_168 += adj_163.normal;
                adj_163.normal = {};
                wp::adj_vec_t(var_165, var_166, var_167, adj_165, adj_166, adj_167, adj_168);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_150 += adj_163.point;
                adj_163.point = {};
                // adj: ct.point = p                                                              <L 104>
                adj_163.body_b = {};
                // adj: ct.body_b = b                                                             <L 103>
                adj_163.body_a = {};
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            adj_contacts.shape = adj_158;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_155, var_156, adj_count, adj_155, adj_156, adj_157);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_150, var_151, adj_150, adj_151, adj_152);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_149, adj_2, adj_149, adj_150);
        wp::adj_vec_t(var_142, var_145, var_148, adj_142, adj_145, adj_148, adj_149);
        wp::adj_mul(var_147, var_139, adj_147, adj_139, adj_148);
        wp::adj_extract(var_5, var_146, adj_5, adj_146, adj_147);
        wp::adj_mul(var_144, var_132, adj_144, adj_132, adj_145);
        wp::adj_extract(var_5, var_143, adj_5, adj_143, adj_144);
        wp::adj_mul(var_141, var_125, adj_141, adj_125, adj_142);
        wp::adj_extract(var_5, var_140, adj_5, adj_140, adj_141);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_136, var_137, var_138, adj_136, adj_137, adj_138, adj_139);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_129, var_130, var_131, adj_129, adj_130, adj_131, adj_132);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_122, var_123, var_124, adj_122, adj_123, adj_124, adj_125);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        wp::adj_where(var_97, var_115, var_52, adj_97, adj_115, adj_52, adj_117);
        wp::adj_where(var_97, var_100, var_46, adj_97, adj_100, adj_46, adj_116);
        if (var_97) {
            wp::adj_where(var_105, var_106, var_52, adj_105, adj_106, adj_52, adj_115);
            if (var_105) {
                wp::adj_array_store(var_contacts, var_100, var_106, adj_contacts, adj_100, adj_106);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_114 += adj_106.depth;
                adj_106.depth = {};
                wp::adj_neg(var_113, adj_113, adj_114);
                wp::adj_extract(var_93, var_112, adj_93, adj_112, adj_113);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_111 += adj_106.normal;
                adj_106.normal = {};
                wp::adj_vec_t(var_108, var_109, var_110, adj_108, adj_109, adj_110, adj_111);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_93 += adj_106.point;
                adj_106.point = {};
                // adj: ct.point = p                                                              <L 104>
                adj_106.body_b = {};
                // adj: ct.body_b = b                                                             <L 103>
                adj_106.body_a = {};
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            adj_contacts.shape = adj_101;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_98, var_99, adj_count, adj_98, adj_99, adj_100);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_93, var_94, adj_93, adj_94, adj_95);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_92, adj_2, adj_92, adj_93);
        wp::adj_vec_t(var_85, var_88, var_91, adj_85, adj_88, adj_91, adj_92);
        wp::adj_mul(var_90, var_82, adj_90, adj_82, adj_91);
        wp::adj_extract(var_5, var_89, adj_5, adj_89, adj_90);
        wp::adj_mul(var_87, var_75, adj_87, adj_75, adj_88);
        wp::adj_extract(var_5, var_86, adj_5, adj_86, adj_87);
        wp::adj_mul(var_84, var_68, adj_84, adj_68, adj_85);
        wp::adj_extract(var_5, var_83, adj_5, adj_83, adj_84);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_79, var_80, var_81, adj_79, adj_80, adj_81, adj_82);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_72, var_73, var_74, adj_72, adj_73, adj_74, adj_75);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_65, var_66, var_67, adj_65, adj_66, adj_67, adj_68);
        // adj: sx = wp.where((corner & 1) != 0, 1.0, -1.0)                                       <L 94>
        if (var_43) {
            if (var_51) {
                wp::adj_array_store(var_contacts, var_46, var_52, adj_contacts, adj_46, adj_52);
                // adj: contacts[slot] = ct                                                       <L 107>
                adj_60 += adj_52.depth;
                adj_52.depth = {};
                wp::adj_neg(var_59, adj_59, adj_60);
                wp::adj_extract(var_39, var_58, adj_39, adj_58, adj_59);
                // adj: ct.depth = -p[1]                                                          <L 106>
                adj_57 += adj_52.normal;
                adj_52.normal = {};
                wp::adj_vec_t(var_54, var_55, var_56, adj_54, adj_55, adj_56, adj_57);
                // adj: ct.normal = wp.vec3(0.0, 1.0, 0.0)                                        <L 105>
                adj_39 += adj_52.point;
                adj_52.point = {};
                // adj: ct.point = p                                                              <L 104>
                adj_52.body_b = {};
                // adj: ct.body_b = b                                                             <L 103>
                adj_52.body_a = {};
                // adj: ct.body_a = -1                                                            <L 102>
                // adj: ct = Contact()                                                            <L 101>
            }
            adj_contacts.shape = adj_47;
            // adj: if slot < contacts.shape[0]:                                                  <L 100>
            wp::adj_atomic_add(var_count, var_44, var_45, adj_count, adj_44, adj_45, adj_46);
            // adj: slot = wp.atomic_add(count, 0, 1)                                             <L 99>
        }
        wp::adj_extract(var_39, var_40, adj_39, adj_40, adj_41);
        // adj: if p[1] < 0.0:                                                                    <L 98>
        wp::adj_transform_point(var_2, var_38, adj_2, adj_38, adj_39);
        wp::adj_vec_t(var_31, var_34, var_37, adj_31, adj_34, adj_37, adj_38);
        wp::adj_mul(var_36, var_28, adj_36, adj_28, adj_37);
        wp::adj_extract(var_5, var_35, adj_5, adj_35, adj_36);
        wp::adj_mul(var_33, var_21, adj_33, adj_21, adj_34);
        wp::adj_extract(var_5, var_32, adj_5, adj_32, adj_33);
        wp::adj_mul(var_30, var_14, adj_30, adj_14, adj_31);
        wp::adj_extract(var_5, var_29, adj_5, adj_29, adj_30);
        // adj: p = wp.transform_point(X, wp.vec3(h[0] * sx, h[1] * sy, h[2] * sz))               <L 97>
        wp::adj_where(var_25, var_26, var_27, adj_25, adj_26, adj_27, adj_28);
        // adj: sz = wp.where((corner & 4) != 0, 1.0, -1.0)                                       <L 96>
        wp::adj_where(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
        // adj: sy = wp.where((corner & 2) != 0, 1.0, -1.0)                                       <L 95>
        wp::adj_where(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
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

