
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


struct Contact_cf47ccc9
{
    wp::vec_t<3, wp::float32> point;
    wp::vec_t<3, wp::float32> normal;
    wp::float32 depth;
    wp::int32 face;


    Contact_cf47ccc9() = default;
    CUDA_CALLABLE Contact_cf47ccc9(wp::vec_t<3, wp::float32> const& point,
    wp::vec_t<3, wp::float32> const& normal = {},
    wp::float32 const& depth = {},
    wp::int32 const& face = {})
        : point{point}
        , normal{normal}
        , depth{depth}
        , face{face}

    {
    }

    CUDA_CALLABLE Contact_cf47ccc9& operator += (const Contact_cf47ccc9& rhs)
    {    point += rhs.point;
    normal += rhs.normal;
    depth += rhs.depth;
    face += rhs.face;

        return *this;}

};

static CUDA_CALLABLE void adj_Contact_cf47ccc9(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> & adj_point,
    wp::vec_t<3, wp::float32> & adj_normal,
    wp::float32 & adj_depth,
    wp::int32 & adj_face,
    Contact_cf47ccc9 & adj_ret)
{
    adj_point += adj_ret.point;
    adj_normal += adj_ret.normal;
    adj_depth += adj_ret.depth;
    adj_face += adj_ret.face;
}

// Required when compiling adjoints.
CUDA_CALLABLE Contact_cf47ccc9 add(const Contact_cf47ccc9& a, const Contact_cf47ccc9& b)
{
    return Contact_cf47ccc9();
}

CUDA_CALLABLE void adj_atomic_add(Contact_cf47ccc9* p, Contact_cf47ccc9 t)
{
    wp::adj_atomic_add(&p->point, t.point);
    wp::adj_atomic_add(&p->normal, t.normal);
    wp::adj_atomic_add(&p->depth, t.depth);
    wp::adj_atomic_add(&p->face, t.face);
}



// corpus/702_particle_mesh_collision.py:15
static CUDA_CALLABLE Contact_cf47ccc9 closest_contact_0(
    wp::uint64 var_mesh,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_max_dist)
{
    //---------
    // primal vars
    Contact_cf47ccc9 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = -1;
    wp::int32* var_3;
    wp::mesh_query_point_t var_4;
    bool* var_5;
    bool var_6;
    wp::int32* var_7;
    wp::float32* var_8;
    wp::float32* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::int32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::int32* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::int32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 1e-06;
    bool var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::int32* var_35;
    wp::int32* var_36;
    wp::int32 var_37;
    bool var_38;
    //---------
    // forward
    // def closest_contact(mesh: wp.uint64, p: wp.vec3, radius: float, max_dist: float) -> Contact:       <L 16>
    // c = Contact()                                                                          <L 17>
    var_0 = Contact_cf47ccc9();
    // c.face = -1                                                                            <L 18>
    var_3 = &(var_0.face);
    wp::store(var_3, var_2);
    // q = wp.mesh_query_point(mesh, p, max_dist)                                             <L 19>
    var_4 = wp::mesh_query_point(var_mesh, var_p, var_max_dist);
    // if q.result:                                                                           <L 20>
    var_5 = &(var_4.result);
    var_6 = wp::load(var_5);
    if (var_6) {
        // cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v)                                 <L 21>
        var_7 = &(var_4.face);
        var_8 = &(var_4.u);
        var_9 = &(var_4.v);
        var_11 = wp::load(var_7);
        var_12 = wp::load(var_8);
        var_13 = wp::load(var_9);
        var_10 = wp::mesh_eval_position(var_mesh, var_11, var_12, var_13);
        // delta = p - cp                                                                     <L 22>
        var_14 = wp::sub(var_p, var_10);
        // dist = wp.length(delta) * q.sign                                                   <L 23>
        var_15 = wp::length(var_14);
        var_16 = &(var_4.sign);
        var_18 = wp::load(var_16);
        var_17 = wp::mul(var_15, var_18);
        // n = wp.mesh_eval_face_normal(mesh, q.face)                                         <L 24>
        var_19 = &(var_4.face);
        var_21 = wp::load(var_19);
        var_20 = wp::mesh_eval_face_normal(var_mesh, var_21);
        // if wp.abs(dist) > 1.0e-6:                                                          <L 25>
        var_22 = wp::abs(var_17);
        var_24 = (var_22 > var_23);
        if (var_24) {
            // n = wp.normalize(delta) * wp.sign(q.sign)                                      <L 26>
            var_25 = wp::normalize(var_14);
            var_26 = &(var_4.sign);
            var_28 = wp::load(var_26);
            var_27 = wp::sign(var_28);
            var_29 = wp::mul(var_25, var_27);
        }
        var_30 = wp::where(var_24, var_29, var_20);
        // c.point = cp                                                                       <L 27>
        var_31 = &(var_0.point);
        wp::store(var_31, var_10);
        // c.normal = n                                                                       <L 28>
        var_32 = &(var_0.normal);
        wp::store(var_32, var_30);
        // c.depth = radius - dist                                                            <L 29>
        var_33 = wp::sub(var_radius, var_17);
        var_34 = &(var_0.depth);
        wp::store(var_34, var_33);
        // c.face = q.face                                                                    <L 30>
        var_35 = &(var_4.face);
        var_36 = &(var_0.face);
        var_37 = wp::load(var_35);
        wp::store(var_36, var_37);
    }
    var_38 = wp::load(var_5);
    // return c                                                                               <L 31>
    return var_0;
}


// corpus/702_particle_mesh_collision.py:15
static CUDA_CALLABLE void adj_closest_contact_0(
    wp::uint64 var_mesh,
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_max_dist,
    wp::uint64 & adj_mesh,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_radius,
    wp::float32 & adj_max_dist,
    Contact_cf47ccc9 & adj_ret)
{
    //---------
    // primal vars
    Contact_cf47ccc9 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = -1;
    wp::int32* var_3;
    wp::mesh_query_point_t var_4;
    bool* var_5;
    bool var_6;
    wp::int32* var_7;
    wp::float32* var_8;
    wp::float32* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::int32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::int32* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::int32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 1e-06;
    bool var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::int32* var_35;
    wp::int32* var_36;
    wp::int32 var_37;
    bool var_38;
    //---------
    // dual vars
    Contact_cf47ccc9 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::mesh_query_point_t adj_4 = {};
    bool adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    bool adj_38 = {};
    //---------
    // forward
    // def closest_contact(mesh: wp.uint64, p: wp.vec3, radius: float, max_dist: float) -> Contact:       <L 16>
    // c = Contact()                                                                          <L 17>
    var_0 = Contact_cf47ccc9();
    // c.face = -1                                                                            <L 18>
    var_3 = &(var_0.face);
    // wp::store(var_3, var_2);
    // q = wp.mesh_query_point(mesh, p, max_dist)                                             <L 19>
    var_4 = wp::mesh_query_point(var_mesh, var_p, var_max_dist);
    // if q.result:                                                                           <L 20>
    var_5 = &(var_4.result);
    var_6 = wp::load(var_5);
    if (var_6) {
        // cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v)                                 <L 21>
        var_7 = &(var_4.face);
        var_8 = &(var_4.u);
        var_9 = &(var_4.v);
        var_11 = wp::load(var_7);
        var_12 = wp::load(var_8);
        var_13 = wp::load(var_9);
        var_10 = wp::mesh_eval_position(var_mesh, var_11, var_12, var_13);
        // delta = p - cp                                                                     <L 22>
        var_14 = wp::sub(var_p, var_10);
        // dist = wp.length(delta) * q.sign                                                   <L 23>
        var_15 = wp::length(var_14);
        var_16 = &(var_4.sign);
        var_18 = wp::load(var_16);
        var_17 = wp::mul(var_15, var_18);
        // n = wp.mesh_eval_face_normal(mesh, q.face)                                         <L 24>
        var_19 = &(var_4.face);
        var_21 = wp::load(var_19);
        var_20 = wp::mesh_eval_face_normal(var_mesh, var_21);
        // if wp.abs(dist) > 1.0e-6:                                                          <L 25>
        var_22 = wp::abs(var_17);
        var_24 = (var_22 > var_23);
        if (var_24) {
            // n = wp.normalize(delta) * wp.sign(q.sign)                                      <L 26>
            var_25 = wp::normalize(var_14);
            var_26 = &(var_4.sign);
            var_28 = wp::load(var_26);
            var_27 = wp::sign(var_28);
            var_29 = wp::mul(var_25, var_27);
        }
        var_30 = wp::where(var_24, var_29, var_20);
        // c.point = cp                                                                       <L 27>
        var_31 = &(var_0.point);
        // wp::store(var_31, var_10);
        // c.normal = n                                                                       <L 28>
        var_32 = &(var_0.normal);
        // wp::store(var_32, var_30);
        // c.depth = radius - dist                                                            <L 29>
        var_33 = wp::sub(var_radius, var_17);
        var_34 = &(var_0.depth);
        // wp::store(var_34, var_33);
        // c.face = q.face                                                                    <L 30>
        var_35 = &(var_4.face);
        var_36 = &(var_0.face);
        var_37 = wp::load(var_35);
        // wp::store(var_36, var_37);
    }
    var_38 = wp::load(var_5);
    // return c                                                                               <L 31>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return c                                                                          <L 31>
    if (var_38) {
        adj_0.face = adj_36;
        adj_4.face = adj_35;
        // adj: c.face = q.face                                                               <L 30>
        adj_0.depth += adj_34;
        wp::adj_sub(var_radius, var_17, adj_radius, adj_17, adj_33);
        // adj: c.depth = radius - dist                                                       <L 29>
        adj_0.normal += adj_32;
        // adj: c.normal = n                                                                  <L 28>
        adj_0.point += adj_31;
        // adj: c.point = cp                                                                  <L 27>
        wp::adj_where(var_24, var_29, var_20, adj_24, adj_29, adj_20, adj_30);
        if (var_24) {
            wp::adj_mul(var_25, var_27, adj_25, adj_27, adj_29);
            adj_4.sign += adj_26;
            wp::adj_normalize(var_14, var_25, adj_14, adj_25);
            // adj: n = wp.normalize(delta) * wp.sign(q.sign)                                 <L 26>
        }
        wp::adj_abs(var_17, adj_17, adj_22);
        // adj: if wp.abs(dist) > 1.0e-6:                                                     <L 25>
        adj_4.face = adj_19;
        // adj: n = wp.mesh_eval_face_normal(mesh, q.face)                                    <L 24>
        wp::adj_mul(var_15, var_18, adj_15, adj_16, adj_17);
        adj_4.sign += adj_16;
        wp::adj_length(var_14, var_15, adj_14, adj_15);
        // adj: dist = wp.length(delta) * q.sign                                              <L 23>
        wp::adj_sub(var_p, var_10, adj_p, adj_10, adj_14);
        // adj: delta = p - cp                                                                <L 22>
        wp::adj_mesh_eval_position(var_mesh, var_11, var_12, var_13, adj_mesh, adj_7, adj_8, adj_9, adj_10);
        adj_4.v += adj_9;
        adj_4.u += adj_8;
        adj_4.face = adj_7;
        // adj: cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v)                            <L 21>
    }
    adj_4.result = adj_5;
    // adj: if q.result:                                                                      <L 20>
    wp::adj_mesh_query_point(var_mesh, var_p, var_max_dist, var_4, adj_mesh, adj_p, adj_max_dist, adj_4);
    // adj: q = wp.mesh_query_point(mesh, p, max_dist)                                        <L 19>
    adj_0.face = adj_3;
    // adj: c.face = -1                                                                       <L 18>
    // adj: c = Contact()                                                                     <L 17>
    // adj: def closest_contact(mesh: wp.uint64, p: wp.vec3, radius: float, max_dist: float) -> Contact:  <L 16>
    return;
}



extern "C" __global__ void collide_particles_04086b84_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_radius,
    wp::float32 var_restitution,
    wp::float32 var_friction,
    wp::array_t<Contact_cf47ccc9> var_contacts)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 4.0;
        wp::float32 var_5;
        Contact_cf47ccc9 var_6;
        wp::int32* var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        const wp::float32 var_12 = 0.0;
        bool var_13;
        wp::float32 var_14;
        bool var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::int32* var_17;
        const wp::float32 var_18 = 0.3;
        const wp::float32 var_19 = 0.3;
        wp::vec_t<3, wp::float32> var_20;
        wp::int32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::float32 var_31 = 0.0;
        bool var_32;
        const wp::float32 var_33 = 1.0;
        wp::float32 var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32>* var_42;
        wp::float32* var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::float32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        //---------
        // forward
        // def collide_particles(                                                                 <L 35>
        // tid = wp.tid()                                                                         <L 44>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 45>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // c = closest_contact(mesh, p, radius, radius * 4.0)                                     <L 46>
        var_5 = wp::mul(var_radius, var_4);
        var_6 = closest_contact_0(var_mesh, var_2, var_radius, var_5);
        // contacts[tid] = c                                                                      <L 47>
        wp::array_store(var_contacts, var_0, var_6);
        // if c.face >= 0 and c.depth > 0.0:                                                      <L 48>
        var_7 = &(var_6.face);
        var_10 = wp::load(var_7);
        var_9 = (var_10 >= var_8);
        var_11 = &(var_6.depth);
        var_14 = wp::load(var_11);
        var_13 = (var_14 > var_12);
        var_15 = var_9 && var_13;
        if (var_15) {
            // vel = v[tid] - wp.mesh_eval_velocity(mesh, c.face, 0.3, 0.3)                       <L 49>
            var_16 = wp::address(var_v, var_0);
            var_17 = &(var_6.face);
            var_21 = wp::load(var_17);
            var_20 = wp::mesh_eval_velocity(var_mesh, var_21, var_18, var_19);
            var_23 = wp::load(var_16);
            var_22 = wp::sub(var_23, var_20);
            // vn = wp.dot(vel, c.normal)                                                         <L 50>
            var_24 = &(var_6.normal);
            var_26 = wp::load(var_24);
            var_25 = wp::dot(var_22, var_26);
            // vt = vel - c.normal * vn                                                           <L 51>
            var_27 = &(var_6.normal);
            var_29 = wp::load(var_27);
            var_28 = wp::mul(var_29, var_25);
            var_30 = wp::sub(var_22, var_28);
            // if vn < 0.0:                                                                       <L 52>
            var_32 = (var_25 < var_31);
            if (var_32) {
                // vel = vt * (1.0 - friction) - c.normal * (vn * restitution)                    <L 53>
                var_34 = wp::sub(var_33, var_friction);
                var_35 = wp::mul(var_30, var_34);
                var_36 = &(var_6.normal);
                var_37 = wp::mul(var_25, var_restitution);
                var_39 = wp::load(var_36);
                var_38 = wp::mul(var_39, var_37);
                var_40 = wp::sub(var_35, var_38);
            }
            var_41 = wp::where(var_32, var_40, var_22);
            // x[tid] = p + c.normal * c.depth                                                    <L 54>
            var_42 = &(var_6.normal);
            var_43 = &(var_6.depth);
            var_45 = wp::load(var_42);
            var_46 = wp::load(var_43);
            var_44 = wp::mul(var_45, var_46);
            var_47 = wp::add(var_2, var_44);
            wp::array_store(var_x, var_0, var_47);
            // v[tid] = vel                                                                       <L 55>
            wp::array_store(var_v, var_0, var_41);
        }
    }
}



extern "C" __global__ void collide_particles_04086b84_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_radius,
    wp::float32 var_restitution,
    wp::float32 var_friction,
    wp::array_t<Contact_cf47ccc9> var_contacts,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::float32 adj_radius,
    wp::float32 adj_restitution,
    wp::float32 adj_friction,
    wp::array_t<Contact_cf47ccc9> adj_contacts)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 4.0;
        wp::float32 var_5;
        Contact_cf47ccc9 var_6;
        wp::int32* var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        const wp::float32 var_12 = 0.0;
        bool var_13;
        wp::float32 var_14;
        bool var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::int32* var_17;
        const wp::float32 var_18 = 0.3;
        const wp::float32 var_19 = 0.3;
        wp::vec_t<3, wp::float32> var_20;
        wp::int32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::float32 var_31 = 0.0;
        bool var_32;
        const wp::float32 var_33 = 1.0;
        wp::float32 var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32>* var_42;
        wp::float32* var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::float32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        Contact_cf47ccc9 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        bool adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::int32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        bool adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::float32 adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::float32 adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        //---------
        // forward
        // def collide_particles(                                                                 <L 35>
        // tid = wp.tid()                                                                         <L 44>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 45>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // c = closest_contact(mesh, p, radius, radius * 4.0)                                     <L 46>
        var_5 = wp::mul(var_radius, var_4);
        var_6 = closest_contact_0(var_mesh, var_2, var_radius, var_5);
        // contacts[tid] = c                                                                      <L 47>
        // wp::array_store(var_contacts, var_0, var_6);
        // if c.face >= 0 and c.depth > 0.0:                                                      <L 48>
        var_7 = &(var_6.face);
        var_10 = wp::load(var_7);
        var_9 = (var_10 >= var_8);
        var_11 = &(var_6.depth);
        var_14 = wp::load(var_11);
        var_13 = (var_14 > var_12);
        var_15 = var_9 && var_13;
        if (var_15) {
            // vel = v[tid] - wp.mesh_eval_velocity(mesh, c.face, 0.3, 0.3)                       <L 49>
            var_16 = wp::address(var_v, var_0);
            var_17 = &(var_6.face);
            var_21 = wp::load(var_17);
            var_20 = wp::mesh_eval_velocity(var_mesh, var_21, var_18, var_19);
            var_23 = wp::load(var_16);
            var_22 = wp::sub(var_23, var_20);
            // vn = wp.dot(vel, c.normal)                                                         <L 50>
            var_24 = &(var_6.normal);
            var_26 = wp::load(var_24);
            var_25 = wp::dot(var_22, var_26);
            // vt = vel - c.normal * vn                                                           <L 51>
            var_27 = &(var_6.normal);
            var_29 = wp::load(var_27);
            var_28 = wp::mul(var_29, var_25);
            var_30 = wp::sub(var_22, var_28);
            // if vn < 0.0:                                                                       <L 52>
            var_32 = (var_25 < var_31);
            if (var_32) {
                // vel = vt * (1.0 - friction) - c.normal * (vn * restitution)                    <L 53>
                var_34 = wp::sub(var_33, var_friction);
                var_35 = wp::mul(var_30, var_34);
                var_36 = &(var_6.normal);
                var_37 = wp::mul(var_25, var_restitution);
                var_39 = wp::load(var_36);
                var_38 = wp::mul(var_39, var_37);
                var_40 = wp::sub(var_35, var_38);
            }
            var_41 = wp::where(var_32, var_40, var_22);
            // x[tid] = p + c.normal * c.depth                                                    <L 54>
            var_42 = &(var_6.normal);
            var_43 = &(var_6.depth);
            var_45 = wp::load(var_42);
            var_46 = wp::load(var_43);
            var_44 = wp::mul(var_45, var_46);
            var_47 = wp::add(var_2, var_44);
            // wp::array_store(var_x, var_0, var_47);
            // v[tid] = vel                                                                       <L 55>
            // wp::array_store(var_v, var_0, var_41);
        }
        //---------
        // reverse
        if (var_15) {
            wp::adj_array_store(var_v, var_0, var_41, adj_v, adj_0, adj_41);
            // adj: v[tid] = vel                                                                  <L 55>
            wp::adj_array_store(var_x, var_0, var_47, adj_x, adj_0, adj_47);
            wp::adj_add(var_2, var_44, adj_2, adj_44, adj_47);
            wp::adj_mul(var_45, var_46, adj_42, adj_43, adj_44);
            adj_6.depth += adj_43;
            adj_6.normal += adj_42;
            // adj: x[tid] = p + c.normal * c.depth                                               <L 54>
            wp::adj_where(var_32, var_40, var_22, adj_32, adj_40, adj_22, adj_41);
            if (var_32) {
                wp::adj_sub(var_35, var_38, adj_35, adj_38, adj_40);
                wp::adj_mul(var_39, var_37, adj_36, adj_37, adj_38);
                wp::adj_mul(var_25, var_restitution, adj_25, adj_restitution, adj_37);
                adj_6.normal += adj_36;
                wp::adj_mul(var_30, var_34, adj_30, adj_34, adj_35);
                wp::adj_sub(var_33, var_friction, adj_33, adj_friction, adj_34);
                // adj: vel = vt * (1.0 - friction) - c.normal * (vn * restitution)               <L 53>
            }
            // adj: if vn < 0.0:                                                                  <L 52>
            wp::adj_sub(var_22, var_28, adj_22, adj_28, adj_30);
            wp::adj_mul(var_29, var_25, adj_27, adj_25, adj_28);
            adj_6.normal += adj_27;
            // adj: vt = vel - c.normal * vn                                                      <L 51>
            wp::adj_dot(var_22, var_26, adj_22, adj_24, adj_25);
            adj_6.normal += adj_24;
            // adj: vn = wp.dot(vel, c.normal)                                                    <L 50>
            wp::adj_sub(var_23, var_20, adj_16, adj_20, adj_22);
            wp::adj_mesh_eval_velocity(var_mesh, var_21, var_18, var_19, adj_mesh, adj_17, adj_18, adj_19, adj_20);
            adj_6.face = adj_17;
            wp::adj_address(var_v, var_0, adj_v, adj_0, adj_16);
            // adj: vel = v[tid] - wp.mesh_eval_velocity(mesh, c.face, 0.3, 0.3)                  <L 49>
        }
        adj_6.depth += adj_11;
        adj_6.face = adj_7;
        // adj: if c.face >= 0 and c.depth > 0.0:                                                 <L 48>
        wp::adj_array_store(var_contacts, var_0, var_6, adj_contacts, adj_0, adj_6);
        // adj: contacts[tid] = c                                                                 <L 47>
        adj_closest_contact_0(var_mesh, var_2, var_radius, var_5, adj_mesh, adj_2, adj_radius, adj_5, adj_6);
        wp::adj_mul(var_radius, var_4, adj_radius, adj_4, adj_5);
        // adj: c = closest_contact(mesh, p, radius, radius * 4.0)                                <L 46>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: p = x[tid]                                                                        <L 45>
        // adj: tid = wp.tid()                                                                    <L 44>
        // adj: def collide_particles(                                                            <L 35>
        continue;
    }
}



extern "C" __global__ void classify_points_2cdfba9a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::int32> var_inside_normal,
    wp::array_t<wp::int32> var_inside_winding,
    wp::array_t<wp::float32> var_sdf)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 1000000.0;
        wp::mesh_query_point_t var_5;
        const wp::float32 var_6 = 0.001;
        bool* var_7;
        wp::float32* var_8;
        const wp::float32 var_9 = 0.0;
        bool var_10;
        wp::float32 var_11;
        bool var_12;
        bool var_13;
        const wp::int32 var_14 = 1;
        const wp::float32 var_15 = 1000000.0;
        const wp::float32 var_16 = 2.0;
        const wp::float32 var_17 = 0.5;
        wp::mesh_query_point_t var_18;
        wp::float32* var_19;
        const wp::float32 var_20 = 0.0;
        bool var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        const wp::float32 var_26 = 1000000.0;
        wp::mesh_query_point_t var_27;
        bool* var_28;
        bool var_29;
        wp::int32* var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::int32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        bool var_42;
        const wp::float32 var_43 = 0.0;
        wp::mesh_query_point_t var_44;
        bool* var_45;
        wp::int32* var_46;
        const wp::int32 var_47 = 0;
        bool var_48;
        wp::int32 var_49;
        bool var_50;
        bool var_51;
        wp::float32* var_52;
        const wp::float32 var_53 = 0.0;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        //---------
        // forward
        // def classify_points(                                                                   <L 59>
        // tid = wp.tid()                                                                         <L 66>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 67>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // qn = wp.mesh_query_point_sign_normal(mesh, p, 1.0e6)                                   <L 68>
        var_5 = wp::mesh_query_point_sign_normal(var_mesh, var_2, var_4, var_6);
        // if qn.result and qn.sign < 0.0:                                                        <L 69>
        var_7 = &(var_5.result);
        var_8 = &(var_5.sign);
        var_11 = wp::load(var_8);
        var_10 = (var_11 < var_9);
        var_12 = wp::load(var_7);
        var_13 = var_12 && var_10;
        if (var_13) {
            // inside_normal[tid] = 1                                                             <L 70>
            wp::array_store(var_inside_normal, var_0, var_14);
        }
        // qw = wp.mesh_query_point_sign_winding_number(mesh, p, 1.0e6, accuracy=2.0, threshold=0.5)       <L 71>
        var_18 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_15, var_16, var_17);
        // inside_winding[tid] = wp.where(qw.sign < 0.0, 1, 0)                                    <L 72>
        var_19 = &(var_18.sign);
        var_22 = wp::load(var_19);
        var_21 = (var_22 < var_20);
        var_25 = wp::where(var_21, var_23, var_24);
        wp::array_store(var_inside_winding, var_0, var_25);
        // qs = wp.mesh_query_point_no_sign(mesh, p, 1.0e6)                                       <L 73>
        var_27 = wp::mesh_query_point_no_sign(var_mesh, var_2, var_26);
        // if qs.result:                                                                          <L 74>
        var_28 = &(var_27.result);
        var_29 = wp::load(var_28);
        if (var_29) {
            // sdf[tid] = wp.length(p - wp.mesh_eval_position(mesh, qs.face, qs.u, qs.v)) * qw.sign       <L 75>
            var_30 = &(var_27.face);
            var_31 = &(var_27.u);
            var_32 = &(var_27.v);
            var_34 = wp::load(var_30);
            var_35 = wp::load(var_31);
            var_36 = wp::load(var_32);
            var_33 = wp::mesh_eval_position(var_mesh, var_34, var_35, var_36);
            var_37 = wp::sub(var_2, var_33);
            var_38 = wp::length(var_37);
            var_39 = &(var_18.sign);
            var_41 = wp::load(var_39);
            var_40 = wp::mul(var_38, var_41);
            wp::array_store(var_sdf, var_0, var_40);
        }
        var_42 = wp::load(var_28);
        // far = wp.mesh_query_furthest_point_no_sign(mesh, p, 0.0)                               <L 76>
        var_44 = wp::mesh_query_furthest_point_no_sign(var_mesh, var_2, var_43);
        // if far.result and far.face >= 0:                                                       <L 77>
        var_45 = &(var_44.result);
        var_46 = &(var_44.face);
        var_49 = wp::load(var_46);
        var_48 = (var_49 >= var_47);
        var_50 = wp::load(var_45);
        var_51 = var_50 && var_48;
        if (var_51) {
            // sdf[tid] = sdf[tid] + 0.0 * far.u                                                  <L 78>
            var_52 = wp::address(var_sdf, var_0);
            var_54 = &(var_44.u);
            var_56 = wp::load(var_54);
            var_55 = wp::mul(var_53, var_56);
            var_58 = wp::load(var_52);
            var_57 = wp::add(var_58, var_55);
            wp::array_store(var_sdf, var_0, var_57);
        }
    }
}



extern "C" __global__ void classify_points_2cdfba9a_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::int32> var_inside_normal,
    wp::array_t<wp::int32> var_inside_winding,
    wp::array_t<wp::float32> var_sdf,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::int32> adj_inside_normal,
    wp::array_t<wp::int32> adj_inside_winding,
    wp::array_t<wp::float32> adj_sdf)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 1000000.0;
        wp::mesh_query_point_t var_5;
        const wp::float32 var_6 = 0.001;
        bool* var_7;
        wp::float32* var_8;
        const wp::float32 var_9 = 0.0;
        bool var_10;
        wp::float32 var_11;
        bool var_12;
        bool var_13;
        const wp::int32 var_14 = 1;
        const wp::float32 var_15 = 1000000.0;
        const wp::float32 var_16 = 2.0;
        const wp::float32 var_17 = 0.5;
        wp::mesh_query_point_t var_18;
        wp::float32* var_19;
        const wp::float32 var_20 = 0.0;
        bool var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        const wp::float32 var_26 = 1000000.0;
        wp::mesh_query_point_t var_27;
        bool* var_28;
        bool var_29;
        wp::int32* var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::int32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        bool var_42;
        const wp::float32 var_43 = 0.0;
        wp::mesh_query_point_t var_44;
        bool* var_45;
        wp::int32* var_46;
        const wp::int32 var_47 = 0;
        bool var_48;
        wp::int32 var_49;
        bool var_50;
        bool var_51;
        wp::float32* var_52;
        const wp::float32 var_53 = 0.0;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::mesh_query_point_t adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        bool adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        bool adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::mesh_query_point_t adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::mesh_query_point_t adj_27 = {};
        bool adj_28 = {};
        bool adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        bool adj_42 = {};
        wp::float32 adj_43 = {};
        wp::mesh_query_point_t adj_44 = {};
        bool adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        bool adj_48 = {};
        wp::int32 adj_49 = {};
        bool adj_50 = {};
        bool adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        //---------
        // forward
        // def classify_points(                                                                   <L 59>
        // tid = wp.tid()                                                                         <L 66>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 67>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // qn = wp.mesh_query_point_sign_normal(mesh, p, 1.0e6)                                   <L 68>
        var_5 = wp::mesh_query_point_sign_normal(var_mesh, var_2, var_4, var_6);
        // if qn.result and qn.sign < 0.0:                                                        <L 69>
        var_7 = &(var_5.result);
        var_8 = &(var_5.sign);
        var_11 = wp::load(var_8);
        var_10 = (var_11 < var_9);
        var_12 = wp::load(var_7);
        var_13 = var_12 && var_10;
        if (var_13) {
            // inside_normal[tid] = 1                                                             <L 70>
            // wp::array_store(var_inside_normal, var_0, var_14);
        }
        // qw = wp.mesh_query_point_sign_winding_number(mesh, p, 1.0e6, accuracy=2.0, threshold=0.5)       <L 71>
        var_18 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_15, var_16, var_17);
        // inside_winding[tid] = wp.where(qw.sign < 0.0, 1, 0)                                    <L 72>
        var_19 = &(var_18.sign);
        var_22 = wp::load(var_19);
        var_21 = (var_22 < var_20);
        var_25 = wp::where(var_21, var_23, var_24);
        // wp::array_store(var_inside_winding, var_0, var_25);
        // qs = wp.mesh_query_point_no_sign(mesh, p, 1.0e6)                                       <L 73>
        var_27 = wp::mesh_query_point_no_sign(var_mesh, var_2, var_26);
        // if qs.result:                                                                          <L 74>
        var_28 = &(var_27.result);
        var_29 = wp::load(var_28);
        if (var_29) {
            // sdf[tid] = wp.length(p - wp.mesh_eval_position(mesh, qs.face, qs.u, qs.v)) * qw.sign       <L 75>
            var_30 = &(var_27.face);
            var_31 = &(var_27.u);
            var_32 = &(var_27.v);
            var_34 = wp::load(var_30);
            var_35 = wp::load(var_31);
            var_36 = wp::load(var_32);
            var_33 = wp::mesh_eval_position(var_mesh, var_34, var_35, var_36);
            var_37 = wp::sub(var_2, var_33);
            var_38 = wp::length(var_37);
            var_39 = &(var_18.sign);
            var_41 = wp::load(var_39);
            var_40 = wp::mul(var_38, var_41);
            // wp::array_store(var_sdf, var_0, var_40);
        }
        var_42 = wp::load(var_28);
        // far = wp.mesh_query_furthest_point_no_sign(mesh, p, 0.0)                               <L 76>
        var_44 = wp::mesh_query_furthest_point_no_sign(var_mesh, var_2, var_43);
        // if far.result and far.face >= 0:                                                       <L 77>
        var_45 = &(var_44.result);
        var_46 = &(var_44.face);
        var_49 = wp::load(var_46);
        var_48 = (var_49 >= var_47);
        var_50 = wp::load(var_45);
        var_51 = var_50 && var_48;
        if (var_51) {
            // sdf[tid] = sdf[tid] + 0.0 * far.u                                                  <L 78>
            var_52 = wp::address(var_sdf, var_0);
            var_54 = &(var_44.u);
            var_56 = wp::load(var_54);
            var_55 = wp::mul(var_53, var_56);
            var_58 = wp::load(var_52);
            var_57 = wp::add(var_58, var_55);
            // wp::array_store(var_sdf, var_0, var_57);
        }
        //---------
        // reverse
        if (var_51) {
            wp::adj_array_store(var_sdf, var_0, var_57, adj_sdf, adj_0, adj_57);
            wp::adj_add(var_58, var_55, adj_52, adj_55, adj_57);
            wp::adj_mul(var_53, var_56, adj_53, adj_54, adj_55);
            adj_44.u += adj_54;
            wp::adj_address(var_sdf, var_0, adj_sdf, adj_0, adj_52);
            // adj: sdf[tid] = sdf[tid] + 0.0 * far.u                                             <L 78>
        }
        adj_44.face = adj_46;
        adj_44.result = adj_45;
        // adj: if far.result and far.face >= 0:                                                  <L 77>
        wp::adj_mesh_query_furthest_point_no_sign(var_mesh, var_2, var_43, var_44, adj_mesh, adj_2, adj_43, adj_44);
        // adj: far = wp.mesh_query_furthest_point_no_sign(mesh, p, 0.0)                          <L 76>
        if (var_42) {
            wp::adj_array_store(var_sdf, var_0, var_40, adj_sdf, adj_0, adj_40);
            wp::adj_mul(var_38, var_41, adj_38, adj_39, adj_40);
            adj_18.sign += adj_39;
            wp::adj_length(var_37, var_38, adj_37, adj_38);
            wp::adj_sub(var_2, var_33, adj_2, adj_33, adj_37);
            wp::adj_mesh_eval_position(var_mesh, var_34, var_35, var_36, adj_mesh, adj_30, adj_31, adj_32, adj_33);
            adj_27.v += adj_32;
            adj_27.u += adj_31;
            adj_27.face = adj_30;
            // adj: sdf[tid] = wp.length(p - wp.mesh_eval_position(mesh, qs.face, qs.u, qs.v)) * qw.sign  <L 75>
        }
        adj_27.result = adj_28;
        // adj: if qs.result:                                                                     <L 74>
        wp::adj_mesh_query_point_no_sign(var_mesh, var_2, var_26, var_27, adj_mesh, adj_2, adj_26, adj_27);
        // adj: qs = wp.mesh_query_point_no_sign(mesh, p, 1.0e6)                                  <L 73>
        wp::adj_array_store(var_inside_winding, var_0, var_25, adj_inside_winding, adj_0, adj_25);
        wp::adj_where(var_21, var_23, var_24, adj_21, adj_23, adj_24, adj_25);
        adj_18.sign += adj_19;
        // adj: inside_winding[tid] = wp.where(qw.sign < 0.0, 1, 0)                               <L 72>
        wp::adj_mesh_query_point_sign_winding_number(var_mesh, var_2, var_15, var_16, var_17, var_18, adj_mesh, adj_2, adj_15, adj_16, adj_17, adj_18);
        // adj: qw = wp.mesh_query_point_sign_winding_number(mesh, p, 1.0e6, accuracy=2.0, threshold=0.5)  <L 71>
        if (var_13) {
            wp::adj_array_store(var_inside_normal, var_0, var_14, adj_inside_normal, adj_0, adj_14);
            // adj: inside_normal[tid] = 1                                                        <L 70>
        }
        adj_5.sign += adj_8;
        adj_5.result = adj_7;
        // adj: if qn.result and qn.sign < 0.0:                                                   <L 69>
        wp::adj_mesh_query_point_sign_normal(var_mesh, var_2, var_4, var_6, var_5, adj_mesh, adj_2, adj_4, adj_6, adj_5);
        // adj: qn = wp.mesh_query_point_sign_normal(mesh, p, 1.0e6)                              <L 68>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: p = x[tid]                                                                        <L 67>
        // adj: tid = wp.tid()                                                                    <L 66>
        // adj: def classify_points(                                                              <L 59>
        continue;
    }
}



extern "C" __global__ void nearest_vertex_73d2e3e8_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::int32> var_out_vertex,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_pos)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        const wp::float32 var_8 = 0.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 1000000.0;
        bool var_13;
        wp::Mesh var_14;
        const wp::int32 var_15 = 1;
        const wp::int32 var_16 = -1;
        wp::int32 var_17;
        const wp::float32 var_18 = 1e+30;
        wp::float32 var_19;
        const wp::int32 var_20 = 0;
        wp::array_t<wp::int32>* var_21;
        const wp::int32 var_22 = 3;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32* var_25;
        wp::array_t<wp::int32> var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::array_t<wp::vec_t<3, wp::float32>> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        bool var_35;
        wp::float32 var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 1;
        wp::array_t<wp::int32>* var_41;
        const wp::int32 var_42 = 3;
        wp::int32 var_43;
        wp::int32 var_44;
        wp::int32* var_45;
        wp::array_t<wp::int32> var_46;
        wp::int32 var_47;
        wp::int32 var_48;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_49;
        wp::vec_t<3, wp::float32>* var_50;
        wp::array_t<wp::vec_t<3, wp::float32>> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        bool var_55;
        wp::float32 var_56;
        wp::int32 var_57;
        wp::int32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        wp::array_t<wp::int32>* var_61;
        const wp::int32 var_62 = 3;
        wp::int32 var_63;
        wp::int32 var_64;
        wp::int32* var_65;
        wp::array_t<wp::int32> var_66;
        wp::int32 var_67;
        wp::int32 var_68;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_69;
        wp::vec_t<3, wp::float32>* var_70;
        wp::array_t<wp::vec_t<3, wp::float32>> var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::float32 var_74;
        bool var_75;
        wp::float32 var_76;
        wp::int32 var_77;
        wp::int32 var_78;
        wp::float32 var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::vec_t<3, wp::float32> var_81;
        const wp::float32 var_82 = 0.0;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        const wp::int32 var_85 = 3;
        wp::int32 var_86;
        wp::int32 var_87;
        bool var_88;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_89;
        wp::vec_t<3, wp::float32>* var_90;
        wp::array_t<wp::vec_t<3, wp::float32>> var_91;
        wp::vec_t<3, wp::float32> var_92;
        //---------
        // forward
        // def nearest_vertex(mesh: wp.uint64, x: wp.array(dtype=wp.vec3), out_vertex: wp.array(dtype=int), out_pos: wp.array(dtype=wp.vec3)):       <L 82>
        // tid = wp.tid()                                                                         <L 83>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 84>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // sign = float(0.0)                                                                      <L 85>
        var_5 = wp::float(var_4);
        // face = int(0)                                                                          <L 86>
        var_7 = wp::int(var_6);
        // u = float(0.0)                                                                         <L 87>
        var_9 = wp::float(var_8);
        // v = float(0.0)                                                                         <L 88>
        var_11 = wp::float(var_10);
        // if wp.mesh_query_point(mesh, p, 1.0e6, sign, face, u, v):                              <L 89>
        var_13 = wp::mesh_query_point(var_mesh, var_2, var_12, var_5, var_7, var_9, var_11);
        if (var_13) {
            // m = wp.mesh_get(mesh)                                                              <L 90>
            var_14 = wp::mesh_get(var_mesh);
            // best = int(-1)                                                                     <L 91>
            var_17 = wp::int(var_16);
            // best_d = float(1.0e30)                                                             <L 92>
            var_19 = wp::float(var_18);
            // for k in range(3):                                                                 <L 93>
            // vi = m.indices[face * 3 + k]                                                       <L 94>
            var_21 = &(var_14.indices);
            var_23 = wp::mul(var_7, var_22);
            var_24 = wp::add(var_23, var_20);
            var_26 = wp::load(var_21);
            var_25 = wp::address(var_26, var_24);
            var_28 = wp::load(var_25);
            var_27 = wp::copy(var_28);
            // d = wp.length(m.points[vi] - p)                                                    <L 95>
            var_29 = &(var_14.points);
            var_31 = wp::load(var_29);
            var_30 = wp::address(var_31, var_27);
            var_33 = wp::load(var_30);
            var_32 = wp::sub(var_33, var_2);
            var_34 = wp::length(var_32);
            // if d < best_d:                                                                     <L 96>
            var_35 = (var_34 < var_19);
            if (var_35) {
                // best_d = d                                                                     <L 97>
                var_36 = wp::copy(var_34);
                // best = vi                                                                      <L 98>
                var_37 = wp::copy(var_27);
            }
            var_38 = wp::where(var_35, var_37, var_17);
            var_39 = wp::where(var_35, var_36, var_19);
            // vi = m.indices[face * 3 + k]                                                       <L 94>
            var_41 = &(var_14.indices);
            var_43 = wp::mul(var_7, var_42);
            var_44 = wp::add(var_43, var_40);
            var_46 = wp::load(var_41);
            var_45 = wp::address(var_46, var_44);
            var_48 = wp::load(var_45);
            var_47 = wp::copy(var_48);
            // d = wp.length(m.points[vi] - p)                                                    <L 95>
            var_49 = &(var_14.points);
            var_51 = wp::load(var_49);
            var_50 = wp::address(var_51, var_47);
            var_53 = wp::load(var_50);
            var_52 = wp::sub(var_53, var_2);
            var_54 = wp::length(var_52);
            // if d < best_d:                                                                     <L 96>
            var_55 = (var_54 < var_39);
            if (var_55) {
                // best_d = d                                                                     <L 97>
                var_56 = wp::copy(var_54);
                // best = vi                                                                      <L 98>
                var_57 = wp::copy(var_47);
            }
            var_58 = wp::where(var_55, var_57, var_38);
            var_59 = wp::where(var_55, var_56, var_39);
            // vi = m.indices[face * 3 + k]                                                       <L 94>
            var_61 = &(var_14.indices);
            var_63 = wp::mul(var_7, var_62);
            var_64 = wp::add(var_63, var_60);
            var_66 = wp::load(var_61);
            var_65 = wp::address(var_66, var_64);
            var_68 = wp::load(var_65);
            var_67 = wp::copy(var_68);
            // d = wp.length(m.points[vi] - p)                                                    <L 95>
            var_69 = &(var_14.points);
            var_71 = wp::load(var_69);
            var_70 = wp::address(var_71, var_67);
            var_73 = wp::load(var_70);
            var_72 = wp::sub(var_73, var_2);
            var_74 = wp::length(var_72);
            // if d < best_d:                                                                     <L 96>
            var_75 = (var_74 < var_59);
            if (var_75) {
                // best_d = d                                                                     <L 97>
                var_76 = wp::copy(var_74);
                // best = vi                                                                      <L 98>
                var_77 = wp::copy(var_67);
            }
            var_78 = wp::where(var_75, var_77, var_58);
            var_79 = wp::where(var_75, var_76, var_59);
            // out_vertex[tid] = best                                                             <L 99>
            wp::array_store(var_out_vertex, var_0, var_78);
            // out_pos[tid] = wp.mesh_get_point(mesh, best) + wp.mesh_get_velocity(mesh, best) * 0.0       <L 100>
            var_80 = wp::mesh_get_point(var_mesh, var_78);
            var_81 = wp::mesh_get_velocity(var_mesh, var_78);
            var_83 = wp::mul(var_81, var_82);
            var_84 = wp::add(var_80, var_83);
            wp::array_store(var_out_pos, var_0, var_84);
            // if wp.mesh_get_index(mesh, face * 3) == best:                                      <L 101>
            var_86 = wp::mul(var_7, var_85);
            var_87 = wp::mesh_get_index(var_mesh, var_86);
            var_88 = (var_87 == var_78);
            if (var_88) {
                // out_pos[tid] = m.points[best]                                                  <L 102>
                var_89 = &(var_14.points);
                var_91 = wp::load(var_89);
                var_90 = wp::address(var_91, var_78);
                var_92 = wp::load(var_90);
                wp::array_store(var_out_pos, var_0, var_92);
            }
        }
    }
}



extern "C" __global__ void nearest_vertex_73d2e3e8_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::int32> var_out_vertex,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_pos,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::int32> adj_out_vertex,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_pos)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        const wp::float32 var_8 = 0.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 1000000.0;
        bool var_13;
        wp::Mesh var_14;
        const wp::int32 var_15 = 1;
        const wp::int32 var_16 = -1;
        wp::int32 var_17;
        const wp::float32 var_18 = 1e+30;
        wp::float32 var_19;
        const wp::int32 var_20 = 0;
        wp::array_t<wp::int32>* var_21;
        const wp::int32 var_22 = 3;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32* var_25;
        wp::array_t<wp::int32> var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::array_t<wp::vec_t<3, wp::float32>> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        bool var_35;
        wp::float32 var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 1;
        wp::array_t<wp::int32>* var_41;
        const wp::int32 var_42 = 3;
        wp::int32 var_43;
        wp::int32 var_44;
        wp::int32* var_45;
        wp::array_t<wp::int32> var_46;
        wp::int32 var_47;
        wp::int32 var_48;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_49;
        wp::vec_t<3, wp::float32>* var_50;
        wp::array_t<wp::vec_t<3, wp::float32>> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        bool var_55;
        wp::float32 var_56;
        wp::int32 var_57;
        wp::int32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        wp::array_t<wp::int32>* var_61;
        const wp::int32 var_62 = 3;
        wp::int32 var_63;
        wp::int32 var_64;
        wp::int32* var_65;
        wp::array_t<wp::int32> var_66;
        wp::int32 var_67;
        wp::int32 var_68;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_69;
        wp::vec_t<3, wp::float32>* var_70;
        wp::array_t<wp::vec_t<3, wp::float32>> var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::float32 var_74;
        bool var_75;
        wp::float32 var_76;
        wp::int32 var_77;
        wp::int32 var_78;
        wp::float32 var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::vec_t<3, wp::float32> var_81;
        const wp::float32 var_82 = 0.0;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        const wp::int32 var_85 = 3;
        wp::int32 var_86;
        wp::int32 var_87;
        bool var_88;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_89;
        wp::vec_t<3, wp::float32>* var_90;
        wp::array_t<wp::vec_t<3, wp::float32>> var_91;
        wp::vec_t<3, wp::float32> var_92;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        bool adj_13 = {};
        wp::Mesh adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::array_t<wp::int32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::array_t<wp::int32> adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        bool adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::array_t<wp::int32> adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::array_t<wp::int32> adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::float32 adj_54 = {};
        bool adj_55 = {};
        wp::float32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::array_t<wp::int32> adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::array_t<wp::int32> adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_71 = {};
        wp::vec_t<3, wp::float32> adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::float32 adj_74 = {};
        bool adj_75 = {};
        wp::float32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::vec_t<3, wp::float32> adj_80 = {};
        wp::vec_t<3, wp::float32> adj_81 = {};
        wp::float32 adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        bool adj_88 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_89 = {};
        wp::vec_t<3, wp::float32> adj_90 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_91 = {};
        wp::vec_t<3, wp::float32> adj_92 = {};
        //---------
        // forward
        // def nearest_vertex(mesh: wp.uint64, x: wp.array(dtype=wp.vec3), out_vertex: wp.array(dtype=int), out_pos: wp.array(dtype=wp.vec3)):       <L 82>
        // tid = wp.tid()                                                                         <L 83>
        var_0 = builtin_tid1d();
        // p = x[tid]                                                                             <L 84>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // sign = float(0.0)                                                                      <L 85>
        var_5 = wp::float(var_4);
        // face = int(0)                                                                          <L 86>
        var_7 = wp::int(var_6);
        // u = float(0.0)                                                                         <L 87>
        var_9 = wp::float(var_8);
        // v = float(0.0)                                                                         <L 88>
        var_11 = wp::float(var_10);
        // if wp.mesh_query_point(mesh, p, 1.0e6, sign, face, u, v):                              <L 89>
        var_13 = wp::mesh_query_point(var_mesh, var_2, var_12, var_5, var_7, var_9, var_11);
        if (var_13) {
            // m = wp.mesh_get(mesh)                                                              <L 90>
            var_14 = wp::mesh_get(var_mesh);
            // best = int(-1)                                                                     <L 91>
            var_17 = wp::int(var_16);
            // best_d = float(1.0e30)                                                             <L 92>
            var_19 = wp::float(var_18);
            // for k in range(3):                                                                 <L 93>
            // vi = m.indices[face * 3 + k]                                                       <L 94>
            var_21 = &(var_14.indices);
            var_23 = wp::mul(var_7, var_22);
            var_24 = wp::add(var_23, var_20);
            var_26 = wp::load(var_21);
            var_25 = wp::address(var_26, var_24);
            var_28 = wp::load(var_25);
            var_27 = wp::copy(var_28);
            // d = wp.length(m.points[vi] - p)                                                    <L 95>
            var_29 = &(var_14.points);
            var_31 = wp::load(var_29);
            var_30 = wp::address(var_31, var_27);
            var_33 = wp::load(var_30);
            var_32 = wp::sub(var_33, var_2);
            var_34 = wp::length(var_32);
            // if d < best_d:                                                                     <L 96>
            var_35 = (var_34 < var_19);
            if (var_35) {
                // best_d = d                                                                     <L 97>
                var_36 = wp::copy(var_34);
                // best = vi                                                                      <L 98>
                var_37 = wp::copy(var_27);
            }
            var_38 = wp::where(var_35, var_37, var_17);
            var_39 = wp::where(var_35, var_36, var_19);
            // vi = m.indices[face * 3 + k]                                                       <L 94>
            var_41 = &(var_14.indices);
            var_43 = wp::mul(var_7, var_42);
            var_44 = wp::add(var_43, var_40);
            var_46 = wp::load(var_41);
            var_45 = wp::address(var_46, var_44);
            var_48 = wp::load(var_45);
            var_47 = wp::copy(var_48);
            // d = wp.length(m.points[vi] - p)                                                    <L 95>
            var_49 = &(var_14.points);
            var_51 = wp::load(var_49);
            var_50 = wp::address(var_51, var_47);
            var_53 = wp::load(var_50);
            var_52 = wp::sub(var_53, var_2);
            var_54 = wp::length(var_52);
            // if d < best_d:                                                                     <L 96>
            var_55 = (var_54 < var_39);
            if (var_55) {
                // best_d = d                                                                     <L 97>
                var_56 = wp::copy(var_54);
                // best = vi                                                                      <L 98>
                var_57 = wp::copy(var_47);
            }
            var_58 = wp::where(var_55, var_57, var_38);
            var_59 = wp::where(var_55, var_56, var_39);
            // vi = m.indices[face * 3 + k]                                                       <L 94>
            var_61 = &(var_14.indices);
            var_63 = wp::mul(var_7, var_62);
            var_64 = wp::add(var_63, var_60);
            var_66 = wp::load(var_61);
            var_65 = wp::address(var_66, var_64);
            var_68 = wp::load(var_65);
            var_67 = wp::copy(var_68);
            // d = wp.length(m.points[vi] - p)                                                    <L 95>
            var_69 = &(var_14.points);
            var_71 = wp::load(var_69);
            var_70 = wp::address(var_71, var_67);
            var_73 = wp::load(var_70);
            var_72 = wp::sub(var_73, var_2);
            var_74 = wp::length(var_72);
            // if d < best_d:                                                                     <L 96>
            var_75 = (var_74 < var_59);
            if (var_75) {
                // best_d = d                                                                     <L 97>
                var_76 = wp::copy(var_74);
                // best = vi                                                                      <L 98>
                var_77 = wp::copy(var_67);
            }
            var_78 = wp::where(var_75, var_77, var_58);
            var_79 = wp::where(var_75, var_76, var_59);
            // out_vertex[tid] = best                                                             <L 99>
            // wp::array_store(var_out_vertex, var_0, var_78);
            // out_pos[tid] = wp.mesh_get_point(mesh, best) + wp.mesh_get_velocity(mesh, best) * 0.0       <L 100>
            var_80 = wp::mesh_get_point(var_mesh, var_78);
            var_81 = wp::mesh_get_velocity(var_mesh, var_78);
            var_83 = wp::mul(var_81, var_82);
            var_84 = wp::add(var_80, var_83);
            // wp::array_store(var_out_pos, var_0, var_84);
            // if wp.mesh_get_index(mesh, face * 3) == best:                                      <L 101>
            var_86 = wp::mul(var_7, var_85);
            var_87 = wp::mesh_get_index(var_mesh, var_86);
            var_88 = (var_87 == var_78);
            if (var_88) {
                // out_pos[tid] = m.points[best]                                                  <L 102>
                var_89 = &(var_14.points);
                var_91 = wp::load(var_89);
                var_90 = wp::address(var_91, var_78);
                var_92 = wp::load(var_90);
                // wp::array_store(var_out_pos, var_0, var_92);
            }
        }
        //---------
        // reverse
        if (var_13) {
            if (var_88) {
                wp::adj_array_store(var_out_pos, var_0, var_92, adj_out_pos, adj_0, adj_90);
                wp::adj_address(var_91, var_78, adj_89, adj_78, adj_90);
                adj_14.points = adj_89;
                // adj: out_pos[tid] = m.points[best]                                             <L 102>
            }
            wp::adj_mul(var_7, var_85, adj_7, adj_85, adj_86);
            // adj: if wp.mesh_get_index(mesh, face * 3) == best:                                 <L 101>
            wp::adj_array_store(var_out_pos, var_0, var_84, adj_out_pos, adj_0, adj_84);
            wp::adj_add(var_80, var_83, adj_80, adj_83, adj_84);
            wp::adj_mul(var_81, var_82, adj_81, adj_82, adj_83);
            // adj: out_pos[tid] = wp.mesh_get_point(mesh, best) + wp.mesh_get_velocity(mesh, best) * 0.0  <L 100>
            wp::adj_array_store(var_out_vertex, var_0, var_78, adj_out_vertex, adj_0, adj_78);
            // adj: out_vertex[tid] = best                                                        <L 99>
            wp::adj_where(var_75, var_76, var_59, adj_75, adj_76, adj_59, adj_79);
            wp::adj_where(var_75, var_77, var_58, adj_75, adj_77, adj_58, adj_78);
            if (var_75) {
                wp::adj_copy(var_67, adj_67, adj_77);
                // adj: best = vi                                                                 <L 98>
                wp::adj_copy(var_74, adj_74, adj_76);
                // adj: best_d = d                                                                <L 97>
            }
            // adj: if d < best_d:                                                                <L 96>
            wp::adj_length(var_72, var_74, adj_72, adj_74);
            wp::adj_sub(var_73, var_2, adj_70, adj_2, adj_72);
            wp::adj_address(var_71, var_67, adj_69, adj_67, adj_70);
            adj_14.points = adj_69;
            // adj: d = wp.length(m.points[vi] - p)                                               <L 95>
            wp::adj_copy(var_68, adj_65, adj_67);
            wp::adj_address(var_66, var_64, adj_61, adj_64, adj_65);
            wp::adj_add(var_63, var_60, adj_63, adj_60, adj_64);
            wp::adj_mul(var_7, var_62, adj_7, adj_62, adj_63);
            adj_14.indices = adj_61;
            // adj: vi = m.indices[face * 3 + k]                                                  <L 94>
            wp::adj_where(var_55, var_56, var_39, adj_55, adj_56, adj_39, adj_59);
            wp::adj_where(var_55, var_57, var_38, adj_55, adj_57, adj_38, adj_58);
            if (var_55) {
                wp::adj_copy(var_47, adj_47, adj_57);
                // adj: best = vi                                                                 <L 98>
                wp::adj_copy(var_54, adj_54, adj_56);
                // adj: best_d = d                                                                <L 97>
            }
            // adj: if d < best_d:                                                                <L 96>
            wp::adj_length(var_52, var_54, adj_52, adj_54);
            wp::adj_sub(var_53, var_2, adj_50, adj_2, adj_52);
            wp::adj_address(var_51, var_47, adj_49, adj_47, adj_50);
            adj_14.points = adj_49;
            // adj: d = wp.length(m.points[vi] - p)                                               <L 95>
            wp::adj_copy(var_48, adj_45, adj_47);
            wp::adj_address(var_46, var_44, adj_41, adj_44, adj_45);
            wp::adj_add(var_43, var_40, adj_43, adj_40, adj_44);
            wp::adj_mul(var_7, var_42, adj_7, adj_42, adj_43);
            adj_14.indices = adj_41;
            // adj: vi = m.indices[face * 3 + k]                                                  <L 94>
            wp::adj_where(var_35, var_36, var_19, adj_35, adj_36, adj_19, adj_39);
            wp::adj_where(var_35, var_37, var_17, adj_35, adj_37, adj_17, adj_38);
            if (var_35) {
                wp::adj_copy(var_27, adj_27, adj_37);
                // adj: best = vi                                                                 <L 98>
                wp::adj_copy(var_34, adj_34, adj_36);
                // adj: best_d = d                                                                <L 97>
            }
            // adj: if d < best_d:                                                                <L 96>
            wp::adj_length(var_32, var_34, adj_32, adj_34);
            wp::adj_sub(var_33, var_2, adj_30, adj_2, adj_32);
            wp::adj_address(var_31, var_27, adj_29, adj_27, adj_30);
            adj_14.points = adj_29;
            // adj: d = wp.length(m.points[vi] - p)                                               <L 95>
            wp::adj_copy(var_28, adj_25, adj_27);
            wp::adj_address(var_26, var_24, adj_21, adj_24, adj_25);
            wp::adj_add(var_23, var_20, adj_23, adj_20, adj_24);
            wp::adj_mul(var_7, var_22, adj_7, adj_22, adj_23);
            adj_14.indices = adj_21;
            // adj: vi = m.indices[face * 3 + k]                                                  <L 94>
            // adj: for k in range(3):                                                            <L 93>
            wp::adj_float(var_18, adj_18, adj_19);
            // adj: best_d = float(1.0e30)                                                        <L 92>
            wp::adj_int(var_16, adj_16, adj_17);
            // adj: best = int(-1)                                                                <L 91>
            // adj: m = wp.mesh_get(mesh)                                                         <L 90>
        }
        wp::adj_mesh_query_point(var_mesh, var_2, var_12, var_5, var_7, var_9, var_11, adj_mesh, adj_2, adj_12, adj_5, adj_7, adj_9, adj_11, adj_13);
        // adj: if wp.mesh_query_point(mesh, p, 1.0e6, sign, face, u, v):                         <L 89>
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: v = float(0.0)                                                                    <L 88>
        wp::adj_float(var_8, adj_8, adj_9);
        // adj: u = float(0.0)                                                                    <L 87>
        wp::adj_int(var_6, adj_6, adj_7);
        // adj: face = int(0)                                                                     <L 86>
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: sign = float(0.0)                                                                 <L 85>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: p = x[tid]                                                                        <L 84>
        // adj: tid = wp.tid()                                                                    <L 83>
        // adj: def nearest_vertex(mesh: wp.uint64, x: wp.array(dtype=wp.vec3), out_vertex: wp.array(dtype=int), out_pos: wp.array(dtype=wp.vec3)):  <L 82>
        continue;
    }
}

