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


struct Sphere_e2ee2400
{
    wp::vec_t<3, wp::float32> center;
    wp::float32 radius;
    wp::float32 inv_mass;
    wp::vec_t<3, wp::float32> velocity;


    Sphere_e2ee2400() = default;
    CUDA_CALLABLE Sphere_e2ee2400(wp::vec_t<3, wp::float32> const& center,
    wp::float32 const& radius = {},
    wp::float32 const& inv_mass = {},
    wp::vec_t<3, wp::float32> const& velocity = {})
        : center{center}
        , radius{radius}
        , inv_mass{inv_mass}
        , velocity{velocity}

    {
    }

    CUDA_CALLABLE Sphere_e2ee2400& operator += (const Sphere_e2ee2400& rhs)
    {    center += rhs.center;
    radius += rhs.radius;
    inv_mass += rhs.inv_mass;
    velocity += rhs.velocity;

        return *this;}

};

static CUDA_CALLABLE void adj_Sphere_e2ee2400(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    wp::float32 & adj_inv_mass,
    wp::vec_t<3, wp::float32> & adj_velocity,
    Sphere_e2ee2400 & adj_ret)
{
    adj_center += adj_ret.center;
    adj_radius += adj_ret.radius;
    adj_inv_mass += adj_ret.inv_mass;
    adj_velocity += adj_ret.velocity;
}

// Required when compiling adjoints.
CUDA_CALLABLE Sphere_e2ee2400 add(const Sphere_e2ee2400& a, const Sphere_e2ee2400& b)
{
    return Sphere_e2ee2400();
}

CUDA_CALLABLE void adj_atomic_add(Sphere_e2ee2400* p, Sphere_e2ee2400 t)
{
    wp::adj_atomic_add(&p->center, t.center);
    wp::adj_atomic_add(&p->radius, t.radius);
    wp::adj_atomic_add(&p->inv_mass, t.inv_mass);
    wp::adj_atomic_add(&p->velocity, t.velocity);
}




// corpus/034_sphere_collisions.py:12
static CUDA_CALLABLE void contact_normal_0(
    Sphere_e2ee2400 var_a,
    Sphere_e2ee2400 var_b,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 0.0;
    wp::vec_t<3, wp::float32> var_15;
    const wp::float32 var_16 = 1e-08;
    bool var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // forward
    // def contact_normal(a: Sphere, b: Sphere):                                              <L 13>
    // d = b.center - a.center                                                                <L 14>
    var_0 = &((var_b).center);
    var_1 = &((var_a).center);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_4);
    // dist = wp.length(d)                                                                    <L 15>
    var_5 = wp::length(var_2);
    // pen = a.radius + b.radius - dist                                                       <L 16>
    var_6 = &((var_a).radius);
    var_7 = &((var_b).radius);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = wp::add(var_9, var_10);
    var_11 = wp::sub(var_8, var_5);
    // n = wp.vec3(0.0, 1.0, 0.0)                                                             <L 17>
    var_15 = wp::vec_t<3, wp::float32>(var_12, var_13, var_14);
    // if dist > 1.0e-8:                                                                      <L 18>
    var_17 = (var_5 > var_16);
    if (var_17) {
        // n = d / dist                                                                       <L 19>
        var_18 = wp::div(var_2, var_5);
    }
    var_19 = wp::where(var_17, var_18, var_15);
    // return n, pen                                                                          <L 20>
    ret_0 = var_19;
    ret_1 = var_11;
    return;
}


// corpus/034_sphere_collisions.py:23
static CUDA_CALLABLE wp::float32 resolve_velocity_0(
    wp::vec_t<3, wp::float32> var_va,
    wp::vec_t<3, wp::float32> var_vb,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_wa,
    wp::float32 var_wb,
    wp::float32 var_e)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def resolve_velocity(va: wp.vec3, vb: wp.vec3, n: wp.vec3, wa: float, wb: float, e: float) -> float:       <L 24>
    // rel = wp.dot(vb - va, n)                                                               <L 25>
    var_0 = wp::sub(var_vb, var_va);
    var_1 = wp::dot(var_0, var_n);
    // if rel > 0.0:                                                                          <L 26>
    var_3 = (var_1 > var_2);
    if (var_3) {
        // return 0.0                                                                         <L 27>
        return var_4;
    }
    // return -(1.0 + e) * rel / (wa + wb)                                                    <L 28>
    var_6 = wp::add(var_5, var_e);
    var_7 = wp::neg(var_6);
    var_8 = wp::mul(var_7, var_1);
    var_9 = wp::add(var_wa, var_wb);
    var_10 = wp::div(var_8, var_9);
    return var_10;
}


// corpus/034_sphere_collisions.py:12
static CUDA_CALLABLE void adj_contact_normal_0(
    Sphere_e2ee2400 var_a,
    Sphere_e2ee2400 var_b,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1,
    Sphere_e2ee2400 & adj_a,
    Sphere_e2ee2400 & adj_b,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 0.0;
    wp::vec_t<3, wp::float32> var_15;
    const wp::float32 var_16 = 1e-08;
    bool var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
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
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    //---------
    // forward
    // def contact_normal(a: Sphere, b: Sphere):                                              <L 13>
    // d = b.center - a.center                                                                <L 14>
    var_0 = &((var_b).center);
    var_1 = &((var_a).center);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_4);
    // dist = wp.length(d)                                                                    <L 15>
    var_5 = wp::length(var_2);
    // pen = a.radius + b.radius - dist                                                       <L 16>
    var_6 = &((var_a).radius);
    var_7 = &((var_b).radius);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = wp::add(var_9, var_10);
    var_11 = wp::sub(var_8, var_5);
    // n = wp.vec3(0.0, 1.0, 0.0)                                                             <L 17>
    var_15 = wp::vec_t<3, wp::float32>(var_12, var_13, var_14);
    // if dist > 1.0e-8:                                                                      <L 18>
    var_17 = (var_5 > var_16);
    if (var_17) {
        // n = d / dist                                                                       <L 19>
        var_18 = wp::div(var_2, var_5);
    }
    var_19 = wp::where(var_17, var_18, var_15);
    // return n, pen                                                                          <L 20>
    ret_0 = var_19;
    ret_1 = var_11;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_11 += adj_ret_1;
    adj_19 += adj_ret_0;
    // adj: return n, pen                                                                     <L 20>
    wp::adj_where(var_17, var_18, var_15, adj_17, adj_18, adj_15, adj_19);
    if (var_17) {
        wp::adj_div(var_2, var_5, adj_2, adj_5, adj_18);
        // adj: n = d / dist                                                                  <L 19>
    }
    // adj: if dist > 1.0e-8:                                                                 <L 18>
    wp::adj_vec_t(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_15);
    // adj: n = wp.vec3(0.0, 1.0, 0.0)                                                        <L 17>
    wp::adj_sub(var_8, var_5, adj_8, adj_5, adj_11);
    wp::adj_add(var_9, var_10, adj_6, adj_7, adj_8);
    adj_b.radius += adj_7;
    adj_a.radius += adj_6;
    // adj: pen = a.radius + b.radius - dist                                                  <L 16>
    wp::adj_length(var_2, var_5, adj_2, adj_5);
    // adj: dist = wp.length(d)                                                               <L 15>
    wp::adj_sub(var_3, var_4, adj_0, adj_1, adj_2);
    adj_a.center += adj_1;
    adj_b.center += adj_0;
    // adj: d = b.center - a.center                                                           <L 14>
    // adj: def contact_normal(a: Sphere, b: Sphere):                                         <L 13>
    return;
}


// corpus/034_sphere_collisions.py:23
static CUDA_CALLABLE void adj_resolve_velocity_0(
    wp::vec_t<3, wp::float32> var_va,
    wp::vec_t<3, wp::float32> var_vb,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_wa,
    wp::float32 var_wb,
    wp::float32 var_e,
    wp::vec_t<3, wp::float32> & adj_va,
    wp::vec_t<3, wp::float32> & adj_vb,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::float32 & adj_wa,
    wp::float32 & adj_wb,
    wp::float32 & adj_e,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def resolve_velocity(va: wp.vec3, vb: wp.vec3, n: wp.vec3, wa: float, wb: float, e: float) -> float:       <L 24>
    // rel = wp.dot(vb - va, n)                                                               <L 25>
    var_0 = wp::sub(var_vb, var_va);
    var_1 = wp::dot(var_0, var_n);
    // if rel > 0.0:                                                                          <L 26>
    var_3 = (var_1 > var_2);
    if (var_3) {
        // return 0.0                                                                         <L 27>
        goto label0;
    }
    // return -(1.0 + e) * rel / (wa + wb)                                                    <L 28>
    var_6 = wp::add(var_5, var_e);
    var_7 = wp::neg(var_6);
    var_8 = wp::mul(var_7, var_1);
    var_9 = wp::add(var_wa, var_wb);
    var_10 = wp::div(var_8, var_9);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_10 += adj_ret;
    wp::adj_div(var_8, var_9, var_10, adj_8, adj_9, adj_10);
    wp::adj_add(var_wa, var_wb, adj_wa, adj_wb, adj_9);
    wp::adj_mul(var_7, var_1, adj_7, adj_1, adj_8);
    wp::adj_neg(var_6, adj_6, adj_7);
    wp::adj_add(var_5, var_e, adj_5, adj_e, adj_6);
    // adj: return -(1.0 + e) * rel / (wa + wb)                                               <L 28>
    if (var_3) {
        label0:;
        adj_4 += adj_ret;
        // adj: return 0.0                                                                    <L 27>
    }
    // adj: if rel > 0.0:                                                                     <L 26>
    wp::adj_dot(var_0, var_n, adj_0, adj_n, adj_1);
    wp::adj_sub(var_vb, var_va, adj_vb, adj_va, adj_0);
    // adj: rel = wp.dot(vb - va, n)                                                          <L 25>
    // adj: def resolve_velocity(va: wp.vec3, vb: wp.vec3, n: wp.vec3, wa: float, wb: float, e: float) -> float:  <L 24>
    return;
}



extern "C" __global__ void sphere_pairs_09fb29fe_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Sphere_e2ee2400> var_spheres,
    wp::float32 var_restitution,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dv,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx,
    wp::array_t<wp::int32> var_contacts)
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
        Sphere_e2ee2400* var_1;
        Sphere_e2ee2400 var_2;
        Sphere_e2ee2400 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        bool var_10;
        Sphere_e2ee2400* var_11;
        Sphere_e2ee2400 var_12;
        Sphere_e2ee2400 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        bool var_24;
        bool var_25;
        const wp::int32 var_26 = 0;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32>* var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32>* var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        //---------
        // forward
        // def sphere_pairs(spheres: wp.array(dtype=Sphere), restitution: float, dv: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), contacts: wp.array(dtype=int)):       <L 32>
        // i = wp.tid()                                                                           <L 33>
        var_0 = builtin_tid1d();
        // a = spheres[i]                                                                         <L 34>
        var_1 = wp::address(var_spheres, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for j in range(spheres.shape[0]):                                                      <L 35>
        var_4 = &(var_spheres.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_8 = wp::range(var_6);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
            // if j == i:                                                                         <L 36>
            var_10 = (var_9 == var_0);
            if (var_10) {
                // continue                                                                       <L 37>
                goto start_for_0;
            }
            // b = spheres[j]                                                                     <L 38>
            var_11 = wp::address(var_spheres, var_9);
            var_13 = wp::load(var_11);
            var_12 = wp::copy(var_13);
            // n, pen = contact_normal(a, b)                                                      <L 39>
            contact_normal_0(var_2, var_12, var_14, var_15);
            // if pen <= 0.0:                                                                     <L 40>
            var_17 = (var_15 <= var_16);
            if (var_17) {
                // continue                                                                       <L 41>
                goto start_for_0;
            }
            // w = a.inv_mass + b.inv_mass                                                        <L 42>
            var_18 = &((var_2).inv_mass);
            var_19 = &((var_12).inv_mass);
            var_21 = wp::load(var_18);
            var_22 = wp::load(var_19);
            var_20 = wp::add(var_21, var_22);
            // if w == 0.0:                                                                       <L 43>
            var_24 = (var_20 == var_23);
            if (var_24) {
                // continue                                                                       <L 44>
                goto start_for_0;
            }
            // if j > i:                                                                          <L 45>
            var_25 = (var_9 > var_0);
            if (var_25) {
                // wp.atomic_add(contacts, 0, 1)                                                  <L 46>
                var_28 = wp::atomic_add(var_contacts, var_26, var_27);
            }
            // jn = resolve_velocity(a.velocity, b.velocity, n, a.inv_mass, b.inv_mass, restitution)       <L 47>
            var_29 = &((var_2).velocity);
            var_30 = &((var_12).velocity);
            var_31 = &((var_2).inv_mass);
            var_32 = &((var_12).inv_mass);
            var_34 = wp::load(var_29);
            var_35 = wp::load(var_30);
            var_36 = wp::load(var_31);
            var_37 = wp::load(var_32);
            var_33 = resolve_velocity_0(var_34, var_35, var_14, var_36, var_37, var_restitution);
            // dv[i] = dv[i] - n * (jn * a.inv_mass)                                              <L 48>
            var_38 = wp::address(var_dv, var_0);
            var_39 = &((var_2).inv_mass);
            var_41 = wp::load(var_39);
            var_40 = wp::mul(var_33, var_41);
            var_42 = wp::mul(var_14, var_40);
            var_44 = wp::load(var_38);
            var_43 = wp::sub(var_44, var_42);
            wp::array_store(var_dv, var_0, var_43);
            // dx[i] = dx[i] - n * (pen * a.inv_mass / w)                                         <L 49>
            var_45 = wp::address(var_dx, var_0);
            var_46 = &((var_2).inv_mass);
            var_48 = wp::load(var_46);
            var_47 = wp::mul(var_15, var_48);
            var_49 = wp::div(var_47, var_20);
            var_50 = wp::mul(var_14, var_49);
            var_52 = wp::load(var_45);
            var_51 = wp::sub(var_52, var_50);
            wp::array_store(var_dx, var_0, var_51);
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void sphere_pairs_09fb29fe_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Sphere_e2ee2400> var_spheres,
    wp::float32 var_restitution,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dv,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx,
    wp::array_t<wp::int32> var_contacts,
    wp::array_t<Sphere_e2ee2400> adj_spheres,
    wp::float32 adj_restitution,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dv,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dx,
    wp::array_t<wp::int32> adj_contacts)
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
        Sphere_e2ee2400* var_1;
        Sphere_e2ee2400 var_2;
        Sphere_e2ee2400 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        bool var_10;
        Sphere_e2ee2400* var_11;
        Sphere_e2ee2400 var_12;
        Sphere_e2ee2400 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        bool var_24;
        bool var_25;
        const wp::int32 var_26 = 0;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32>* var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32>* var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Sphere_e2ee2400 adj_1 = {};
        Sphere_e2ee2400 adj_2 = {};
        Sphere_e2ee2400 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::range_t adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        Sphere_e2ee2400 adj_11 = {};
        Sphere_e2ee2400 adj_12 = {};
        Sphere_e2ee2400 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        bool adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        bool adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        //---------
        // forward
        // def sphere_pairs(spheres: wp.array(dtype=Sphere), restitution: float, dv: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), contacts: wp.array(dtype=int)):       <L 32>
        // i = wp.tid()                                                                           <L 33>
        var_0 = builtin_tid1d();
        // a = spheres[i]                                                                         <L 34>
        var_1 = wp::address(var_spheres, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // for j in range(spheres.shape[0]):                                                      <L 35>
        var_4 = &(var_spheres.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_8 = wp::range(var_6);
        //---------
        // reverse
        var_8 = wp::iter_reverse(var_8);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
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
            // if j == i:                                                                         <L 36>
            var_10 = (var_9 == var_0);
            if (var_10) {
                // continue                                                                       <L 37>
                goto start_for_0;
            }
            // b = spheres[j]                                                                     <L 38>
            var_11 = wp::address(var_spheres, var_9);
            var_13 = wp::load(var_11);
            var_12 = wp::copy(var_13);
            // n, pen = contact_normal(a, b)                                                      <L 39>
            contact_normal_0(var_2, var_12, var_14, var_15);
            // if pen <= 0.0:                                                                     <L 40>
            var_17 = (var_15 <= var_16);
            if (var_17) {
                // continue                                                                       <L 41>
                goto start_for_0;
            }
            // w = a.inv_mass + b.inv_mass                                                        <L 42>
            var_18 = &((var_2).inv_mass);
            var_19 = &((var_12).inv_mass);
            var_21 = wp::load(var_18);
            var_22 = wp::load(var_19);
            var_20 = wp::add(var_21, var_22);
            // if w == 0.0:                                                                       <L 43>
            var_24 = (var_20 == var_23);
            if (var_24) {
                // continue                                                                       <L 44>
                goto start_for_0;
            }
            // if j > i:                                                                          <L 45>
            var_25 = (var_9 > var_0);
            if (var_25) {
                // wp.atomic_add(contacts, 0, 1)                                                  <L 46>
                // var_28 = wp::atomic_add(var_contacts, var_26, var_27);
            }
            // jn = resolve_velocity(a.velocity, b.velocity, n, a.inv_mass, b.inv_mass, restitution)       <L 47>
            var_29 = &((var_2).velocity);
            var_30 = &((var_12).velocity);
            var_31 = &((var_2).inv_mass);
            var_32 = &((var_12).inv_mass);
            var_34 = wp::load(var_29);
            var_35 = wp::load(var_30);
            var_36 = wp::load(var_31);
            var_37 = wp::load(var_32);
            var_33 = resolve_velocity_0(var_34, var_35, var_14, var_36, var_37, var_restitution);
            // dv[i] = dv[i] - n * (jn * a.inv_mass)                                              <L 48>
            var_38 = wp::address(var_dv, var_0);
            var_39 = &((var_2).inv_mass);
            var_41 = wp::load(var_39);
            var_40 = wp::mul(var_33, var_41);
            var_42 = wp::mul(var_14, var_40);
            var_44 = wp::load(var_38);
            var_43 = wp::sub(var_44, var_42);
            // wp::array_store(var_dv, var_0, var_43);
            // dx[i] = dx[i] - n * (pen * a.inv_mass / w)                                         <L 49>
            var_45 = wp::address(var_dx, var_0);
            var_46 = &((var_2).inv_mass);
            var_48 = wp::load(var_46);
            var_47 = wp::mul(var_15, var_48);
            var_49 = wp::div(var_47, var_20);
            var_50 = wp::mul(var_14, var_49);
            var_52 = wp::load(var_45);
            var_51 = wp::sub(var_52, var_50);
            // wp::array_store(var_dx, var_0, var_51);
            wp::adj_array_store(var_dx, var_0, var_51, adj_dx, adj_0, adj_51);
            wp::adj_sub(var_52, var_50, adj_45, adj_50, adj_51);
            wp::adj_mul(var_14, var_49, adj_14, adj_49, adj_50);
            wp::adj_div(var_47, var_20, var_49, adj_47, adj_20, adj_49);
            wp::adj_mul(var_15, var_48, adj_15, adj_46, adj_47);
            adj_2.inv_mass += adj_46;
            wp::adj_address(var_dx, var_0, adj_dx, adj_0, adj_45);
            // adj: dx[i] = dx[i] - n * (pen * a.inv_mass / w)                                    <L 49>
            wp::adj_array_store(var_dv, var_0, var_43, adj_dv, adj_0, adj_43);
            wp::adj_sub(var_44, var_42, adj_38, adj_42, adj_43);
            wp::adj_mul(var_14, var_40, adj_14, adj_40, adj_42);
            wp::adj_mul(var_33, var_41, adj_33, adj_39, adj_40);
            adj_2.inv_mass += adj_39;
            wp::adj_address(var_dv, var_0, adj_dv, adj_0, adj_38);
            // adj: dv[i] = dv[i] - n * (jn * a.inv_mass)                                         <L 48>
            adj_resolve_velocity_0(var_34, var_35, var_14, var_36, var_37, var_restitution, adj_29, adj_30, adj_14, adj_31, adj_32, adj_restitution, adj_33);
            adj_12.inv_mass += adj_32;
            adj_2.inv_mass += adj_31;
            adj_12.velocity += adj_30;
            adj_2.velocity += adj_29;
            // adj: jn = resolve_velocity(a.velocity, b.velocity, n, a.inv_mass, b.inv_mass, restitution)  <L 47>
            if (var_25) {
                wp::adj_atomic_add(var_contacts, var_26, var_27, adj_contacts, adj_26, adj_27, adj_28);
                // adj: wp.atomic_add(contacts, 0, 1)                                             <L 46>
            }
            // adj: if j > i:                                                                     <L 45>
            if (var_24) {
                // adj: continue                                                                  <L 44>
            }
            // adj: if w == 0.0:                                                                  <L 43>
            wp::adj_add(var_21, var_22, adj_18, adj_19, adj_20);
            adj_12.inv_mass += adj_19;
            adj_2.inv_mass += adj_18;
            // adj: w = a.inv_mass + b.inv_mass                                                   <L 42>
            if (var_17) {
                // adj: continue                                                                  <L 41>
            }
            // adj: if pen <= 0.0:                                                                <L 40>
            adj_contact_normal_0(var_2, var_12, var_14, var_15, adj_2, adj_12, adj_14, adj_15);
            // adj: n, pen = contact_normal(a, b)                                                 <L 39>
            wp::adj_copy(var_13, adj_11, adj_12);
            wp::adj_address(var_spheres, var_9, adj_spheres, adj_9, adj_11);
            // adj: b = spheres[j]                                                                <L 38>
            if (var_10) {
                // adj: continue                                                                  <L 37>
            }
            // adj: if j == i:                                                                    <L 36>
        	goto start_for_0;
        end_for_0:;
        adj_spheres.shape = adj_4;
        // adj: for j in range(spheres.shape[0]):                                                 <L 35>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_spheres, var_0, adj_spheres, adj_0, adj_1);
        // adj: a = spheres[i]                                                                    <L 34>
        // adj: i = wp.tid()                                                                      <L 33>
        // adj: def sphere_pairs(spheres: wp.array(dtype=Sphere), restitution: float, dv: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), contacts: wp.array(dtype=int)):  <L 32>
        continue;
    }
}



extern "C" __global__ void apply_corrections_c69f0e37_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Sphere_e2ee2400> var_spheres,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dv,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx,
    wp::float32 var_relax)
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
        Sphere_e2ee2400* var_1;
        Sphere_e2ee2400 var_2;
        Sphere_e2ee2400 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        //---------
        // forward
        // def apply_corrections(spheres: wp.array(dtype=Sphere), dv: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), relax: float):       <L 53>
        // i = wp.tid()                                                                           <L 54>
        var_0 = builtin_tid1d();
        // s = spheres[i]                                                                         <L 55>
        var_1 = wp::address(var_spheres, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // s.center = s.center + dx[i] * relax                                                    <L 56>
        var_4 = &((var_2).center);
        var_5 = wp::address(var_dx, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_relax);
        var_9 = wp::load(var_4);
        var_8 = wp::add(var_9, var_6);
        var_2.center = var_8;
        // s.velocity = s.velocity + dv[i]                                                        <L 57>
        var_10 = &((var_2).velocity);
        var_11 = wp::address(var_dv, var_0);
        var_13 = wp::load(var_10);
        var_14 = wp::load(var_11);
        var_12 = wp::add(var_13, var_14);
        var_2.velocity = var_12;
        // spheres[i] = s                                                                         <L 58>
        wp::array_store(var_spheres, var_0, var_2);
        // dv[i] = wp.vec3()                                                                      <L 59>
        var_15 = wp::vec_t<3, wp::float32>();
        wp::array_store(var_dv, var_0, var_15);
        // dx[i] = wp.vec3()                                                                      <L 60>
        var_16 = wp::vec_t<3, wp::float32>();
        wp::array_store(var_dx, var_0, var_16);
    }
}



extern "C" __global__ void apply_corrections_c69f0e37_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Sphere_e2ee2400> var_spheres,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dv,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx,
    wp::float32 var_relax,
    wp::array_t<Sphere_e2ee2400> adj_spheres,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dv,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dx,
    wp::float32 adj_relax)
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
        Sphere_e2ee2400* var_1;
        Sphere_e2ee2400 var_2;
        Sphere_e2ee2400 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Sphere_e2ee2400 adj_1 = {};
        Sphere_e2ee2400 adj_2 = {};
        Sphere_e2ee2400 adj_3 = {};
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
        //---------
        // forward
        // def apply_corrections(spheres: wp.array(dtype=Sphere), dv: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), relax: float):       <L 53>
        // i = wp.tid()                                                                           <L 54>
        var_0 = builtin_tid1d();
        // s = spheres[i]                                                                         <L 55>
        var_1 = wp::address(var_spheres, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // s.center = s.center + dx[i] * relax                                                    <L 56>
        var_4 = &((var_2).center);
        var_5 = wp::address(var_dx, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::mul(var_7, var_relax);
        var_9 = wp::load(var_4);
        var_8 = wp::add(var_9, var_6);
        var_2.center = var_8;
        // s.velocity = s.velocity + dv[i]                                                        <L 57>
        var_10 = &((var_2).velocity);
        var_11 = wp::address(var_dv, var_0);
        var_13 = wp::load(var_10);
        var_14 = wp::load(var_11);
        var_12 = wp::add(var_13, var_14);
        var_2.velocity = var_12;
        // spheres[i] = s                                                                         <L 58>
        // wp::array_store(var_spheres, var_0, var_2);
        // dv[i] = wp.vec3()                                                                      <L 59>
        var_15 = wp::vec_t<3, wp::float32>();
        // wp::array_store(var_dv, var_0, var_15);
        // dx[i] = wp.vec3()                                                                      <L 60>
        var_16 = wp::vec_t<3, wp::float32>();
        // wp::array_store(var_dx, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_dx, var_0, var_16, adj_dx, adj_0, adj_16);
        // adj: dx[i] = wp.vec3()                                                                 <L 60>
        wp::adj_array_store(var_dv, var_0, var_15, adj_dv, adj_0, adj_15);
        // adj: dv[i] = wp.vec3()                                                                 <L 59>
        wp::adj_array_store(var_spheres, var_0, var_2, adj_spheres, adj_0, adj_2);
        // adj: spheres[i] = s                                                                    <L 58>
        adj_12 += adj_2.velocity;
        adj_2.velocity = {};
        wp::adj_add(var_13, var_14, adj_10, adj_11, adj_12);
        wp::adj_address(var_dv, var_0, adj_dv, adj_0, adj_11);
        adj_2.velocity += adj_10;
        // adj: s.velocity = s.velocity + dv[i]                                                   <L 57>
        adj_8 += adj_2.center;
        adj_2.center = {};
        wp::adj_add(var_9, var_6, adj_4, adj_6, adj_8);
        wp::adj_mul(var_7, var_relax, adj_5, adj_relax, adj_6);
        wp::adj_address(var_dx, var_0, adj_dx, adj_0, adj_5);
        adj_2.center += adj_4;
        // adj: s.center = s.center + dx[i] * relax                                               <L 56>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_spheres, var_0, adj_spheres, adj_0, adj_1);
        // adj: s = spheres[i]                                                                    <L 55>
        // adj: i = wp.tid()                                                                      <L 54>
        // adj: def apply_corrections(spheres: wp.array(dtype=Sphere), dv: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), relax: float):  <L 53>
        continue;
    }
}



extern "C" __global__ void sphere_vs_planes_1cc27588_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Sphere_e2ee2400> var_spheres,
    wp::array_t<wp::vec_t<3, wp::float32>> var_plane_n,
    wp::array_t<wp::float32> var_plane_d,
    wp::float32 var_restitution)
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
        Sphere_e2ee2400* var_1;
        Sphere_e2ee2400 var_2;
        Sphere_e2ee2400 var_3;
        wp::float32* var_4;
        const wp::float32 var_5 = 0.0;
        bool var_6;
        wp::float32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::range_t var_12;
        wp::int32 var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        bool var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32>* var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        const wp::float32 var_35 = 0.0;
        bool var_36;
        wp::vec_t<3, wp::float32>* var_37;
        const wp::float32 var_38 = 1.0;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        //---------
        // forward
        // def sphere_vs_planes(spheres: wp.array(dtype=Sphere), plane_n: wp.array(dtype=wp.vec3), plane_d: wp.array(dtype=float), restitution: float):       <L 64>
        // i = wp.tid()                                                                           <L 65>
        var_0 = builtin_tid1d();
        // s = spheres[i]                                                                         <L 66>
        var_1 = wp::address(var_spheres, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if s.inv_mass == 0.0:                                                                  <L 67>
        var_4 = &((var_2).inv_mass);
        var_7 = wp::load(var_4);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // return                                                                             <L 68>
            continue;
        }
        // for p in range(plane_n.shape[0]):                                                      <L 69>
        var_8 = &(var_plane_n.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_12 = wp::range(var_10);
        start_for_1:;
            if (iter_cmp(var_12) == 0) goto end_for_1;
            var_13 = wp::iter_next(var_12);
            // n = plane_n[p]                                                                     <L 70>
            var_14 = wp::address(var_plane_n, var_13);
            var_16 = wp::load(var_14);
            var_15 = wp::copy(var_16);
            // dist = wp.dot(n, s.center) + plane_d[p] - s.radius                                 <L 71>
            var_17 = &((var_2).center);
            var_19 = wp::load(var_17);
            var_18 = wp::dot(var_15, var_19);
            var_20 = wp::address(var_plane_d, var_13);
            var_22 = wp::load(var_20);
            var_21 = wp::add(var_18, var_22);
            var_23 = &((var_2).radius);
            var_25 = wp::load(var_23);
            var_24 = wp::sub(var_21, var_25);
            // if dist < 0.0:                                                                     <L 72>
            var_27 = (var_24 < var_26);
            if (var_27) {
                // s.center = s.center - n * dist                                                 <L 73>
                var_28 = &((var_2).center);
                var_29 = wp::mul(var_15, var_24);
                var_31 = wp::load(var_28);
                var_30 = wp::sub(var_31, var_29);
                var_2.center = var_30;
                // vn = wp.dot(s.velocity, n)                                                     <L 74>
                var_32 = &((var_2).velocity);
                var_34 = wp::load(var_32);
                var_33 = wp::dot(var_34, var_15);
                // if vn < 0.0:                                                                   <L 75>
                var_36 = (var_33 < var_35);
                if (var_36) {
                    // s.velocity = s.velocity - n * ((1.0 + restitution) * vn)                   <L 76>
                    var_37 = &((var_2).velocity);
                    var_39 = wp::add(var_38, var_restitution);
                    var_40 = wp::mul(var_39, var_33);
                    var_41 = wp::mul(var_15, var_40);
                    var_43 = wp::load(var_37);
                    var_42 = wp::sub(var_43, var_41);
                    var_2.velocity = var_42;
                }
            }
            goto start_for_1;
        end_for_1:;
        // spheres[i] = s                                                                         <L 77>
        wp::array_store(var_spheres, var_0, var_2);
    }
}



extern "C" __global__ void sphere_vs_planes_1cc27588_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Sphere_e2ee2400> var_spheres,
    wp::array_t<wp::vec_t<3, wp::float32>> var_plane_n,
    wp::array_t<wp::float32> var_plane_d,
    wp::float32 var_restitution,
    wp::array_t<Sphere_e2ee2400> adj_spheres,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_plane_n,
    wp::array_t<wp::float32> adj_plane_d,
    wp::float32 adj_restitution)
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
        Sphere_e2ee2400* var_1;
        Sphere_e2ee2400 var_2;
        Sphere_e2ee2400 var_3;
        wp::float32* var_4;
        const wp::float32 var_5 = 0.0;
        bool var_6;
        wp::float32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::range_t var_12;
        wp::int32 var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        bool var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32>* var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        const wp::float32 var_35 = 0.0;
        bool var_36;
        wp::vec_t<3, wp::float32>* var_37;
        const wp::float32 var_38 = 1.0;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Sphere_e2ee2400 adj_1 = {};
        Sphere_e2ee2400 adj_2 = {};
        Sphere_e2ee2400 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        bool adj_6 = {};
        wp::float32 adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::range_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        bool adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        //---------
        // forward
        // def sphere_vs_planes(spheres: wp.array(dtype=Sphere), plane_n: wp.array(dtype=wp.vec3), plane_d: wp.array(dtype=float), restitution: float):       <L 64>
        // i = wp.tid()                                                                           <L 65>
        var_0 = builtin_tid1d();
        // s = spheres[i]                                                                         <L 66>
        var_1 = wp::address(var_spheres, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if s.inv_mass == 0.0:                                                                  <L 67>
        var_4 = &((var_2).inv_mass);
        var_7 = wp::load(var_4);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // return                                                                             <L 68>
            goto label0;
        }
        // for p in range(plane_n.shape[0]):                                                      <L 69>
        var_8 = &(var_plane_n.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_12 = wp::range(var_10);
        // spheres[i] = s                                                                         <L 77>
        // wp::array_store(var_spheres, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_spheres, var_0, var_2, adj_spheres, adj_0, adj_2);
        // adj: spheres[i] = s                                                                    <L 77>
        var_12 = wp::iter_reverse(var_12);
        start_for_1:;
            if (iter_cmp(var_12) == 0) goto end_for_1;
            var_13 = wp::iter_next(var_12);
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
            // n = plane_n[p]                                                                     <L 70>
            var_14 = wp::address(var_plane_n, var_13);
            var_16 = wp::load(var_14);
            var_15 = wp::copy(var_16);
            // dist = wp.dot(n, s.center) + plane_d[p] - s.radius                                 <L 71>
            var_17 = &((var_2).center);
            var_19 = wp::load(var_17);
            var_18 = wp::dot(var_15, var_19);
            var_20 = wp::address(var_plane_d, var_13);
            var_22 = wp::load(var_20);
            var_21 = wp::add(var_18, var_22);
            var_23 = &((var_2).radius);
            var_25 = wp::load(var_23);
            var_24 = wp::sub(var_21, var_25);
            // if dist < 0.0:                                                                     <L 72>
            var_27 = (var_24 < var_26);
            if (var_27) {
                // s.center = s.center - n * dist                                                 <L 73>
                var_28 = &((var_2).center);
                var_29 = wp::mul(var_15, var_24);
                var_31 = wp::load(var_28);
                var_30 = wp::sub(var_31, var_29);
                var_2.center = var_30;
                // vn = wp.dot(s.velocity, n)                                                     <L 74>
                var_32 = &((var_2).velocity);
                var_34 = wp::load(var_32);
                var_33 = wp::dot(var_34, var_15);
                // if vn < 0.0:                                                                   <L 75>
                var_36 = (var_33 < var_35);
                if (var_36) {
                    // s.velocity = s.velocity - n * ((1.0 + restitution) * vn)                   <L 76>
                    var_37 = &((var_2).velocity);
                    var_39 = wp::add(var_38, var_restitution);
                    var_40 = wp::mul(var_39, var_33);
                    var_41 = wp::mul(var_15, var_40);
                    var_43 = wp::load(var_37);
                    var_42 = wp::sub(var_43, var_41);
                    var_2.velocity = var_42;
                }
            }
            if (var_27) {
                if (var_36) {
                    adj_42 += adj_2.velocity;
                    adj_2.velocity = {};
                    wp::adj_sub(var_43, var_41, adj_37, adj_41, adj_42);
                    wp::adj_mul(var_15, var_40, adj_15, adj_40, adj_41);
                    wp::adj_mul(var_39, var_33, adj_39, adj_33, adj_40);
                    wp::adj_add(var_38, var_restitution, adj_38, adj_restitution, adj_39);
                    adj_2.velocity += adj_37;
                    // adj: s.velocity = s.velocity - n * ((1.0 + restitution) * vn)              <L 76>
                }
                // adj: if vn < 0.0:                                                              <L 75>
                wp::adj_dot(var_34, var_15, adj_32, adj_15, adj_33);
                adj_2.velocity += adj_32;
                // adj: vn = wp.dot(s.velocity, n)                                                <L 74>
                adj_30 += adj_2.center;
                adj_2.center = {};
                wp::adj_sub(var_31, var_29, adj_28, adj_29, adj_30);
                wp::adj_mul(var_15, var_24, adj_15, adj_24, adj_29);
                adj_2.center += adj_28;
                // adj: s.center = s.center - n * dist                                            <L 73>
            }
            // adj: if dist < 0.0:                                                                <L 72>
            wp::adj_sub(var_21, var_25, adj_21, adj_23, adj_24);
            adj_2.radius += adj_23;
            wp::adj_add(var_18, var_22, adj_18, adj_20, adj_21);
            wp::adj_address(var_plane_d, var_13, adj_plane_d, adj_13, adj_20);
            wp::adj_dot(var_15, var_19, adj_15, adj_17, adj_18);
            adj_2.center += adj_17;
            // adj: dist = wp.dot(n, s.center) + plane_d[p] - s.radius                            <L 71>
            wp::adj_copy(var_16, adj_14, adj_15);
            wp::adj_address(var_plane_n, var_13, adj_plane_n, adj_13, adj_14);
            // adj: n = plane_n[p]                                                                <L 70>
        	goto start_for_1;
        end_for_1:;
        adj_plane_n.shape = adj_8;
        // adj: for p in range(plane_n.shape[0]):                                                 <L 69>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 68>
        }
        adj_2.inv_mass += adj_4;
        // adj: if s.inv_mass == 0.0:                                                             <L 67>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_spheres, var_0, adj_spheres, adj_0, adj_1);
        // adj: s = spheres[i]                                                                    <L 66>
        // adj: i = wp.tid()                                                                      <L 65>
        // adj: def sphere_vs_planes(spheres: wp.array(dtype=Sphere), plane_n: wp.array(dtype=wp.vec3), plane_d: wp.array(dtype=float), restitution: float):  <L 64>
        continue;
    }
}



extern "C" __global__ void total_overlap_a6b3162b_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<Sphere_e2ee2400> var_spheres,
    wp::array_t<wp::float32> var_out)
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
        bool var_2;
        Sphere_e2ee2400* var_3;
        Sphere_e2ee2400* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::float32 var_6;
        Sphere_e2ee2400 var_7;
        Sphere_e2ee2400 var_8;
        const wp::float32 var_9 = 0.0;
        bool var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        //---------
        // forward
        // def total_overlap(spheres: wp.array(dtype=Sphere), out: wp.array(dtype=float)):        <L 81>
        // i, j = wp.tid()                                                                        <L 82>
        builtin_tid2d(var_0, var_1);
        // if j <= i:                                                                             <L 83>
        var_2 = (var_1 <= var_0);
        if (var_2) {
            // return                                                                             <L 84>
            continue;
        }
        // n, pen = contact_normal(spheres[i], spheres[j])                                        <L 85>
        var_3 = wp::address(var_spheres, var_0);
        var_4 = wp::address(var_spheres, var_1);
        var_7 = wp::load(var_3);
        var_8 = wp::load(var_4);
        contact_normal_0(var_7, var_8, var_5, var_6);
        // if pen > 0.0:                                                                          <L 86>
        var_10 = (var_6 > var_9);
        if (var_10) {
            // wp.atomic_add(out, 0, pen)                                                         <L 87>
            var_12 = wp::atomic_add(var_out, var_11, var_6);
            // wp.atomic_max(out, 1, pen)                                                         <L 88>
            var_14 = wp::atomic_max(var_out, var_13, var_6);
        }
    }
}



extern "C" __global__ void total_overlap_a6b3162b_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<Sphere_e2ee2400> var_spheres,
    wp::array_t<wp::float32> var_out,
    wp::array_t<Sphere_e2ee2400> adj_spheres,
    wp::array_t<wp::float32> adj_out)
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
        bool var_2;
        Sphere_e2ee2400* var_3;
        Sphere_e2ee2400* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::float32 var_6;
        Sphere_e2ee2400 var_7;
        Sphere_e2ee2400 var_8;
        const wp::float32 var_9 = 0.0;
        bool var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        Sphere_e2ee2400 adj_3 = {};
        Sphere_e2ee2400 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        Sphere_e2ee2400 adj_7 = {};
        Sphere_e2ee2400 adj_8 = {};
        wp::float32 adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        //---------
        // forward
        // def total_overlap(spheres: wp.array(dtype=Sphere), out: wp.array(dtype=float)):        <L 81>
        // i, j = wp.tid()                                                                        <L 82>
        builtin_tid2d(var_0, var_1);
        // if j <= i:                                                                             <L 83>
        var_2 = (var_1 <= var_0);
        if (var_2) {
            // return                                                                             <L 84>
            goto label0;
        }
        // n, pen = contact_normal(spheres[i], spheres[j])                                        <L 85>
        var_3 = wp::address(var_spheres, var_0);
        var_4 = wp::address(var_spheres, var_1);
        var_7 = wp::load(var_3);
        var_8 = wp::load(var_4);
        contact_normal_0(var_7, var_8, var_5, var_6);
        // if pen > 0.0:                                                                          <L 86>
        var_10 = (var_6 > var_9);
        if (var_10) {
            // wp.atomic_add(out, 0, pen)                                                         <L 87>
            // var_12 = wp::atomic_add(var_out, var_11, var_6);
            // wp.atomic_max(out, 1, pen)                                                         <L 88>
            // var_14 = wp::atomic_max(var_out, var_13, var_6);
        }
        //---------
        // reverse
        if (var_10) {
            wp::adj_atomic_max(var_out, var_13, var_6, adj_out, adj_13, adj_6, adj_14);
            // adj: wp.atomic_max(out, 1, pen)                                                    <L 88>
            wp::adj_atomic_add(var_out, var_11, var_6, adj_out, adj_11, adj_6, adj_12);
            // adj: wp.atomic_add(out, 0, pen)                                                    <L 87>
        }
        // adj: if pen > 0.0:                                                                     <L 86>
        adj_contact_normal_0(var_7, var_8, var_5, var_6, adj_3, adj_4, adj_5, adj_6);
        wp::adj_address(var_spheres, var_1, adj_spheres, adj_1, adj_4);
        wp::adj_address(var_spheres, var_0, adj_spheres, adj_0, adj_3);
        // adj: n, pen = contact_normal(spheres[i], spheres[j])                                   <L 85>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 84>
        }
        // adj: if j <= i:                                                                        <L 83>
        // adj: i, j = wp.tid()                                                                   <L 82>
        // adj: def total_overlap(spheres: wp.array(dtype=Sphere), out: wp.array(dtype=float)):   <L 81>
        continue;
    }
}

