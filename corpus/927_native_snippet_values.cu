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


struct Body_538851e3
{
    wp::float32 mass;
    wp::vec_t<3, wp::float32> vel;
    wp::int32 flags;


    Body_538851e3() = default;
    CUDA_CALLABLE Body_538851e3(wp::float32 const& mass,
    wp::vec_t<3, wp::float32> const& vel = {},
    wp::int32 const& flags = {})
        : mass{mass}
        , vel{vel}
        , flags{flags}

    {
    }

    CUDA_CALLABLE Body_538851e3& operator += (const Body_538851e3& rhs)
    {    mass += rhs.mass;
    vel += rhs.vel;
    flags += rhs.flags;

        return *this;}

};

static CUDA_CALLABLE void adj_Body_538851e3(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::int32 const&,
    wp::float32 & adj_mass,
    wp::vec_t<3, wp::float32> & adj_vel,
    wp::int32 & adj_flags,
    Body_538851e3 & adj_ret)
{
    adj_mass += adj_ret.mass;
    adj_vel += adj_ret.vel;
    adj_flags += adj_ret.flags;
}

// Required when compiling adjoints.
CUDA_CALLABLE Body_538851e3 add(const Body_538851e3& a, const Body_538851e3& b)
{
    return Body_538851e3();
}

CUDA_CALLABLE void adj_atomic_add(Body_538851e3* p, Body_538851e3 t)
{
    wp::adj_atomic_add(&p->mass, t.mass);
    wp::adj_atomic_add(&p->vel, t.vel);
    wp::adj_atomic_add(&p->flags, t.flags);
}




// corpus/927_native_snippet_values.py:15
static CUDA_CALLABLE wp::vec_t<3, wp::float32> scale_shift_0(
    wp::vec_t<3, wp::float32> v,
    wp::float32 s)
{

    wp::vec3 r(v[0] * s, v[1] - s, v[2] + s);
    return r;
}


// corpus/927_native_snippet_values.py:22
static CUDA_CALLABLE wp::float32 weighted_trace_0(
    wp::mat_t<3, 3, wp::float32> m,
    wp::vec_t<3, wp::float32> a,
    wp::vec_t<3, wp::float32> b)
{

    float t = 0.0f;
    for (int i = 0; i < 3; ++i)
        t += m.data[i][i] * (float)(i + 1);
    return t + wp::dot(a, b) - wp::length(wp::cross(a, b));
}


// corpus/927_native_snippet_values.py:31
static CUDA_CALLABLE wp::float32 body_energy_0(
    Body_538851e3 b)
{

    return b.mass * b.vel[1] + (float)(b.flags / 3) + (float)(b.flags % 3);
}


// corpus/927_native_snippet_values.py:47
static CUDA_CALLABLE wp::float32 energy_plus_0(
    Body_538851e3 var_b,
    wp::float32 var_extra)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def energy_plus(b: Body, extra: float):                                                <L 48>
    // return body_energy(b) + extra                                                          <L 49>
    var_0 = body_energy_0(var_b);
    var_1 = wp::add(var_0, var_extra);
    return var_1;
}


// corpus/927_native_snippet_values.py:37
static CUDA_CALLABLE void row_sum_0(
    wp::array_t<wp::float32> grid,
    wp::int32 row,
    wp::array_t<wp::float32> total,
    wp::array_t<wp::int32> hits)
{

    float acc = 0.0f;
    for (int j = 0; j < grid.shape.dims[1]; ++j)
        acc += wp::index(grid, row, j);
    wp::atomic_add(&total[0], acc);
    wp::atomic_add(&hits[row % 2], 1);
}


// corpus/927_native_snippet_values.py:15
static CUDA_CALLABLE void adj_scale_shift_0(
    wp::vec_t<3, wp::float32> v,
    wp::float32 s,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_s,
    wp::vec_t<3, wp::float32> & adj_ret)
{
}


// corpus/927_native_snippet_values.py:22
static CUDA_CALLABLE void adj_weighted_trace_0(
    wp::mat_t<3, 3, wp::float32> m,
    wp::vec_t<3, wp::float32> a,
    wp::vec_t<3, wp::float32> b,
    wp::mat_t<3, 3, wp::float32> & adj_m,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::float32 & adj_ret)
{
}


// corpus/927_native_snippet_values.py:31
static CUDA_CALLABLE void adj_body_energy_0(
    Body_538851e3 b,
    Body_538851e3 & adj_b,
    wp::float32 & adj_ret)
{
}


// corpus/927_native_snippet_values.py:47
static CUDA_CALLABLE void adj_energy_plus_0(
    Body_538851e3 var_b,
    wp::float32 var_extra,
    Body_538851e3 & adj_b,
    wp::float32 & adj_extra,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def energy_plus(b: Body, extra: float):                                                <L 48>
    // return body_energy(b) + extra                                                          <L 49>
    var_0 = body_energy_0(var_b);
    var_1 = wp::add(var_0, var_extra);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_add(var_0, var_extra, adj_0, adj_extra, adj_1);
    adj_body_energy_0(var_b, adj_b, adj_0);
    // adj: return body_energy(b) + extra                                                     <L 49>
    // adj: def energy_plus(b: Body, extra: float):                                           <L 48>
    return;
}


// corpus/927_native_snippet_values.py:37
static CUDA_CALLABLE void adj_row_sum_0(
    wp::array_t<wp::float32> grid,
    wp::int32 row,
    wp::array_t<wp::float32> total,
    wp::array_t<wp::int32> hits,
    wp::array_t<wp::float32> & adj_grid,
    wp::int32 & adj_row,
    wp::array_t<wp::float32> & adj_total,
    wp::array_t<wp::int32> & adj_hits)
{
}



extern "C" __global__ void values_8acffa67_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vs,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_ms,
    wp::float32 var_s,
    wp::array_t<Body_538851e3> var_bodies,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_v,
    wp::array_t<wp::float32> var_out_f)
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
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::float32 var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        Body_538851e3* var_9;
        wp::float32 var_10;
        Body_538851e3 var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def values(                                                                            <L 53>
        // i = wp.tid()                                                                           <L 61>
        var_0 = builtin_tid1d();
        // v = scale_shift(vs[i], s)                                                              <L 62>
        var_1 = wp::address(var_vs, var_0);
        var_3 = wp::load(var_1);
        var_2 = scale_shift_0(var_3, var_s);
        // out_v[i] = v                                                                           <L 63>
        wp::array_store(var_out_v, var_0, var_2);
        // out_f[i] = weighted_trace(ms[i], vs[i], v) + energy_plus(bodies[i], s)                 <L 64>
        var_4 = wp::address(var_ms, var_0);
        var_5 = wp::address(var_vs, var_0);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = weighted_trace_0(var_7, var_8, var_2);
        var_9 = wp::address(var_bodies, var_0);
        var_11 = wp::load(var_9);
        var_10 = energy_plus_0(var_11, var_s);
        var_12 = wp::add(var_6, var_10);
        wp::array_store(var_out_f, var_0, var_12);
    }
}



extern "C" __global__ void values_8acffa67_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vs,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_ms,
    wp::float32 var_s,
    wp::array_t<Body_538851e3> var_bodies,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_v,
    wp::array_t<wp::float32> var_out_f,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vs,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_ms,
    wp::float32 adj_s,
    wp::array_t<Body_538851e3> adj_bodies,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_v,
    wp::array_t<wp::float32> adj_out_f)
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
        wp::mat_t<3, 3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::float32 var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        Body_538851e3* var_9;
        wp::float32 var_10;
        Body_538851e3 var_11;
        wp::float32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        Body_538851e3 adj_9 = {};
        wp::float32 adj_10 = {};
        Body_538851e3 adj_11 = {};
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def values(                                                                            <L 53>
        // i = wp.tid()                                                                           <L 61>
        var_0 = builtin_tid1d();
        // v = scale_shift(vs[i], s)                                                              <L 62>
        var_1 = wp::address(var_vs, var_0);
        var_3 = wp::load(var_1);
        var_2 = scale_shift_0(var_3, var_s);
        // out_v[i] = v                                                                           <L 63>
        // wp::array_store(var_out_v, var_0, var_2);
        // out_f[i] = weighted_trace(ms[i], vs[i], v) + energy_plus(bodies[i], s)                 <L 64>
        var_4 = wp::address(var_ms, var_0);
        var_5 = wp::address(var_vs, var_0);
        var_7 = wp::load(var_4);
        var_8 = wp::load(var_5);
        var_6 = weighted_trace_0(var_7, var_8, var_2);
        var_9 = wp::address(var_bodies, var_0);
        var_11 = wp::load(var_9);
        var_10 = energy_plus_0(var_11, var_s);
        var_12 = wp::add(var_6, var_10);
        // wp::array_store(var_out_f, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_out_f, var_0, var_12, adj_out_f, adj_0, adj_12);
        wp::adj_add(var_6, var_10, adj_6, adj_10, adj_12);
        adj_energy_plus_0(var_11, var_s, adj_9, adj_s, adj_10);
        wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_9);
        adj_weighted_trace_0(var_7, var_8, var_2, adj_4, adj_5, adj_2, adj_6);
        wp::adj_address(var_vs, var_0, adj_vs, adj_0, adj_5);
        wp::adj_address(var_ms, var_0, adj_ms, adj_0, adj_4);
        // adj: out_f[i] = weighted_trace(ms[i], vs[i], v) + energy_plus(bodies[i], s)            <L 64>
        wp::adj_array_store(var_out_v, var_0, var_2, adj_out_v, adj_0, adj_2);
        // adj: out_v[i] = v                                                                      <L 63>
        adj_scale_shift_0(var_3, var_s, adj_1, adj_s, adj_2);
        wp::adj_address(var_vs, var_0, adj_vs, adj_0, adj_1);
        // adj: v = scale_shift(vs[i], s)                                                         <L 62>
        // adj: i = wp.tid()                                                                      <L 61>
        // adj: def values(                                                                       <L 53>
        continue;
    }
}



extern "C" __global__ void reduce_rows_ce808d95_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_grid,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::int32> var_hits)
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
        //---------
        // forward
        // def reduce_rows(grid: wp.array2d(dtype=float), total: wp.array(dtype=float), hits: wp.array(dtype=int)):       <L 68>
        // i = wp.tid()                                                                           <L 69>
        var_0 = builtin_tid1d();
        // row_sum(grid, i, total, hits)                                                          <L 70>
        row_sum_0(var_grid, var_0, var_total, var_hits);
    }
}



extern "C" __global__ void reduce_rows_ce808d95_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_grid,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::int32> var_hits,
    wp::array_t<wp::float32> adj_grid,
    wp::array_t<wp::float32> adj_total,
    wp::array_t<wp::int32> adj_hits)
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
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        //---------
        // forward
        // def reduce_rows(grid: wp.array2d(dtype=float), total: wp.array(dtype=float), hits: wp.array(dtype=int)):       <L 68>
        // i = wp.tid()                                                                           <L 69>
        var_0 = builtin_tid1d();
        // row_sum(grid, i, total, hits)                                                          <L 70>
        row_sum_0(var_grid, var_0, var_total, var_hits);
        //---------
        // reverse
        adj_row_sum_0(var_grid, var_0, var_total, var_hits, adj_grid, adj_0, adj_total, adj_hits);
        // adj: row_sum(grid, i, total, hits)                                                     <L 70>
        // adj: i = wp.tid()                                                                      <L 69>
        // adj: def reduce_rows(grid: wp.array2d(dtype=float), total: wp.array(dtype=float), hits: wp.array(dtype=int)):  <L 68>
        continue;
    }
}

