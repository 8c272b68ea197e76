
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


struct Frame_887addbc
{
    wp::mat_t<3, 3, wp::float32> r;
    wp::vec_t<3, wp::float32> t;


    Frame_887addbc() = default;
    CUDA_CALLABLE Frame_887addbc(wp::mat_t<3, 3, wp::float32> const& r,
    wp::vec_t<3, wp::float32> const& t = {})
        : r{r}
        , t{t}

    {
    }

    CUDA_CALLABLE Frame_887addbc& operator += (const Frame_887addbc& rhs)
    {    r += rhs.r;
    t += rhs.t;

        return *this;}

};

static CUDA_CALLABLE void adj_Frame_887addbc(wp::mat_t<3, 3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::mat_t<3, 3, wp::float32> & adj_r,
    wp::vec_t<3, wp::float32> & adj_t,
    Frame_887addbc & adj_ret)
{
    adj_r += adj_ret.r;
    adj_t += adj_ret.t;
}

// Required when compiling adjoints.
CUDA_CALLABLE Frame_887addbc add(const Frame_887addbc& a, const Frame_887addbc& b)
{
    return Frame_887addbc();
}

CUDA_CALLABLE void adj_atomic_add(Frame_887addbc* p, Frame_887addbc t)
{
    wp::adj_atomic_add(&p->r, t.r);
    wp::adj_atomic_add(&p->t, t.t);
}



// corpus/825_from_warp_import.py:18
static CUDA_CALLABLE wp::vec_t<3, wp::float32> apply_0(
    Frame_887addbc var_f,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // forward
    // def apply(f: Frame, p: vec3):                                                          <L 19>
    // return f.r * p + f.t                                                                   <L 20>
    var_0 = &(var_f.r);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_p);
    var_3 = &(var_f.t);
    var_5 = wp::load(var_3);
    var_4 = wp::add(var_1, var_5);
    return var_4;
}


// corpus/825_from_warp_import.py:18
static CUDA_CALLABLE void adj_apply_0(
    Frame_887addbc var_f,
    wp::vec_t<3, wp::float32> var_p,
    Frame_887addbc & adj_f,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def apply(f: Frame, p: vec3):                                                          <L 19>
    // return f.r * p + f.t                                                                   <L 20>
    var_0 = &(var_f.r);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_2, var_p);
    var_3 = &(var_f.t);
    var_5 = wp::load(var_3);
    var_4 = wp::add(var_1, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_add(var_1, var_5, adj_1, adj_3, adj_4);
    adj_f.t += adj_3;
    wp::adj_mul(var_2, var_p, adj_0, adj_p, adj_1);
    adj_f.r += adj_0;
    // adj: return f.r * p + f.t                                                              <L 20>
    // adj: def apply(f: Frame, p: vec3):                                                     <L 19>
    return;
}



extern "C" __global__ void transform_points_ade001ea_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<Frame_887addbc> var_frames,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<5, wp::float32>> var_w)
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
        Frame_887addbc* var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        Frame_887addbc var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<5, wp::float32>* var_6;
        const wp::float32 var_7 = 2.0;
        wp::vec_t<5, wp::float32> var_8;
        wp::vec_t<5, wp::float32> var_9;
        //---------
        // forward
        // def transform_points(frames: array(dtype=Frame), pts: array(dtype=vec3), out: array(dtype=vec3), w: array(dtype=vec5)):       <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // out[i] = apply(frames[i], pts[i])                                                      <L 26>
        var_1 = wp::address(var_frames, var_0);
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = apply_0(var_4, var_5);
        wp::array_store(var_out, var_0, var_3);
        // w[i] = w[i] * 2.0                                                                      <L 27>
        var_6 = wp::address(var_w, var_0);
        var_9 = wp::load(var_6);
        var_8 = wp::mul(var_9, var_7);
        wp::array_store(var_w, var_0, var_8);
    }
}



extern "C" __global__ void transform_points_ade001ea_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<Frame_887addbc> var_frames,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<5, wp::float32>> var_w,
    wp::array_t<Frame_887addbc> adj_frames,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out,
    wp::array_t<wp::vec_t<5, wp::float32>> adj_w)
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
        Frame_887addbc* var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        Frame_887addbc var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<5, wp::float32>* var_6;
        const wp::float32 var_7 = 2.0;
        wp::vec_t<5, wp::float32> var_8;
        wp::vec_t<5, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Frame_887addbc adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        Frame_887addbc adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<5, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<5, wp::float32> adj_8 = {};
        wp::vec_t<5, wp::float32> adj_9 = {};
        //---------
        // forward
        // def transform_points(frames: array(dtype=Frame), pts: array(dtype=vec3), out: array(dtype=vec3), w: array(dtype=vec5)):       <L 24>
        // i = wp.tid()                                                                           <L 25>
        var_0 = builtin_tid1d();
        // out[i] = apply(frames[i], pts[i])                                                      <L 26>
        var_1 = wp::address(var_frames, var_0);
        var_2 = wp::address(var_pts, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = apply_0(var_4, var_5);
        // wp::array_store(var_out, var_0, var_3);
        // w[i] = w[i] * 2.0                                                                      <L 27>
        var_6 = wp::address(var_w, var_0);
        var_9 = wp::load(var_6);
        var_8 = wp::mul(var_9, var_7);
        // wp::array_store(var_w, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_w, var_0, var_8, adj_w, adj_0, adj_8);
        wp::adj_mul(var_9, var_7, adj_6, adj_7, adj_8);
        wp::adj_address(var_w, var_0, adj_w, adj_0, adj_6);
        // adj: w[i] = w[i] * 2.0                                                                 <L 27>
        wp::adj_array_store(var_out, var_0, var_3, adj_out, adj_0, adj_3);
        adj_apply_0(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_2);
        wp::adj_address(var_frames, var_0, adj_frames, adj_0, adj_1);
        // adj: out[i] = apply(frames[i], pts[i])                                                 <L 26>
        // adj: i = wp.tid()                                                                      <L 25>
        // adj: def transform_points(frames: array(dtype=Frame), pts: array(dtype=vec3), out: array(dtype=vec3), w: array(dtype=vec5)):  <L 24>
        continue;
    }
}

