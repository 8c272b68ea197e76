
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


struct Params_bbb7b883
{
    wp::float32 k;
    wp::int32 n;
    wp::vec_t<3, wp::float32> g;


    Params_bbb7b883() = default;
    CUDA_CALLABLE Params_bbb7b883(wp::float32 const& k,
    wp::int32 const& n = {},
    wp::vec_t<3, wp::float32> const& g = {})
        : k{k}
        , n{n}
        , g{g}

    {
    }

    CUDA_CALLABLE Params_bbb7b883& operator += (const Params_bbb7b883& rhs)
    {    k += rhs.k;
    n += rhs.n;
    g += rhs.g;

        return *this;}

};

static CUDA_CALLABLE void adj_Params_bbb7b883(wp::float32 const&,
    wp::int32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 & adj_k,
    wp::int32 & adj_n,
    wp::vec_t<3, wp::float32> & adj_g,
    Params_bbb7b883 & adj_ret)
{
    adj_k += adj_ret.k;
    adj_n += adj_ret.n;
    adj_g += adj_ret.g;
}

// Required when compiling adjoints.
CUDA_CALLABLE Params_bbb7b883 add(const Params_bbb7b883& a, const Params_bbb7b883& b)
{
    return Params_bbb7b883();
}

CUDA_CALLABLE void adj_atomic_add(Params_bbb7b883* p, Params_bbb7b883 t)
{
    wp::adj_atomic_add(&p->k, t.k);
    wp::adj_atomic_add(&p->n, t.n);
    wp::adj_atomic_add(&p->g, t.g);
}



// corpus/832_defaults_and_typing.py:19
static CUDA_CALLABLE void split_0(
    wp::float32 var_x,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def split(x: float) -> Tuple[float, float]:                                            <L 20>
    // f = wp.floor(x)                                                                        <L 21>
    var_0 = wp::floor(var_x);
    // return f, x - f                                                                        <L 22>
    var_1 = wp::sub(var_x, var_0);
    ret_0 = var_0;
    ret_1 = var_1;
    return;
}


// corpus/832_defaults_and_typing.py:25
static CUDA_CALLABLE void polar_0(
    wp::vec_t<2, wp::float32> var_v,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def polar(v: wp.vec2) -> typing.Tuple[float, float]:                                   <L 26>
    // return wp.length(v), wp.atan2(v[1], v[0])                                              <L 27>
    var_0 = wp::length(var_v);
    var_2 = wp::extract(var_v, var_1);
    var_4 = wp::extract(var_v, var_3);
    var_5 = wp::atan2(var_2, var_4);
    ret_0 = var_0;
    ret_1 = var_5;
    return;
}


// corpus/832_defaults_and_typing.py:19
static CUDA_CALLABLE void adj_split_0(
    wp::float32 var_x,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::float32 & adj_x,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
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
    // def split(x: float) -> Tuple[float, float]:                                            <L 20>
    // f = wp.floor(x)                                                                        <L 21>
    var_0 = wp::floor(var_x);
    // return f, x - f                                                                        <L 22>
    var_1 = wp::sub(var_x, var_0);
    ret_0 = var_0;
    ret_1 = var_1;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret_1;
    adj_0 += adj_ret_0;
    wp::adj_sub(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return f, x - f                                                                   <L 22>
    // adj: f = wp.floor(x)                                                                   <L 21>
    // adj: def split(x: float) -> Tuple[float, float]:                                       <L 20>
    return;
}


// corpus/832_defaults_and_typing.py:25
static CUDA_CALLABLE void adj_polar_0(
    wp::vec_t<2, wp::float32> var_v,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<2, wp::float32> & adj_v,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def polar(v: wp.vec2) -> typing.Tuple[float, float]:                                   <L 26>
    // return wp.length(v), wp.atan2(v[1], v[0])                                              <L 27>
    var_0 = wp::length(var_v);
    var_2 = wp::extract(var_v, var_1);
    var_4 = wp::extract(var_v, var_3);
    var_5 = wp::atan2(var_2, var_4);
    ret_0 = var_0;
    ret_1 = var_5;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret_1;
    adj_0 += adj_ret_0;
    wp::adj_atan2(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_extract(var_v, var_3, adj_v, adj_3, adj_4);
    wp::adj_extract(var_v, var_1, adj_v, adj_1, adj_2);
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: return wp.length(v), wp.atan2(v[1], v[0])                                         <L 27>
    // adj: def polar(v: wp.vec2) -> typing.Tuple[float, float]:                              <L 26>
    return;
}



extern "C" __global__ void conveniences_1ca93822_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    Params_bbb7b883 var_p,
    wp::float32 var_scale,
    wp::int32 var_n)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32>* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 3.141592653589793;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 6.283185307179586;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::int32* var_21;
        wp::float32 var_22;
        wp::int32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32>* var_27;
        const wp::int32 var_28 = 1;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        //---------
        // forward
        // def conveniences(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec2), p: Params, scale: float = 2.0, n: int = 3):       <L 31>
        // i = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // whole, frac = split(a[i] * scale)                                                      <L 33>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::mul(var_3, var_scale);
        split_0(var_2, var_4, var_5);
        // r, th = polar(v[i])                                                                    <L 34>
        var_6 = wp::address(var_v, var_0);
        var_9 = wp::load(var_6);
        polar_0(var_9, var_7, var_8);
        // a[i] = whole + frac * float(n) + wp.sin(th * pi) + r / tau + p.k * float(p.n) + p.g[1]       <L 35>
        var_10 = wp::float(var_n);
        var_11 = wp::mul(var_5, var_10);
        var_12 = wp::add(var_4, var_11);
        var_14 = wp::mul(var_8, var_13);
        var_15 = wp::sin(var_14);
        var_16 = wp::add(var_12, var_15);
        var_18 = wp::div(var_7, var_17);
        var_19 = wp::add(var_16, var_18);
        var_20 = &(var_p.k);
        var_21 = &(var_p.n);
        var_23 = wp::load(var_21);
        var_22 = wp::float(var_23);
        var_25 = wp::load(var_20);
        var_24 = wp::mul(var_25, var_22);
        var_26 = wp::add(var_19, var_24);
        var_27 = &(var_p.g);
        var_30 = wp::load(var_27);
        var_29 = wp::extract(var_30, var_28);
        var_31 = wp::add(var_26, var_29);
        wp::array_store(var_a, var_0, var_31);
    }
}



extern "C" __global__ void conveniences_1ca93822_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    Params_bbb7b883 var_p,
    wp::float32 var_scale,
    wp::int32 var_n,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v,
    Params_bbb7b883 adj_p,
    wp::float32 adj_scale,
    wp::int32 adj_n)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32>* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 3.141592653589793;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 6.283185307179586;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::int32* var_21;
        wp::float32 var_22;
        wp::int32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32>* var_27;
        const wp::int32 var_28 = 1;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
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
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        //---------
        // forward
        // def conveniences(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec2), p: Params, scale: float = 2.0, n: int = 3):       <L 31>
        // i = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // whole, frac = split(a[i] * scale)                                                      <L 33>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::mul(var_3, var_scale);
        split_0(var_2, var_4, var_5);
        // r, th = polar(v[i])                                                                    <L 34>
        var_6 = wp::address(var_v, var_0);
        var_9 = wp::load(var_6);
        polar_0(var_9, var_7, var_8);
        // a[i] = whole + frac * float(n) + wp.sin(th * pi) + r / tau + p.k * float(p.n) + p.g[1]       <L 35>
        var_10 = wp::float(var_n);
        var_11 = wp::mul(var_5, var_10);
        var_12 = wp::add(var_4, var_11);
        var_14 = wp::mul(var_8, var_13);
        var_15 = wp::sin(var_14);
        var_16 = wp::add(var_12, var_15);
        var_18 = wp::div(var_7, var_17);
        var_19 = wp::add(var_16, var_18);
        var_20 = &(var_p.k);
        var_21 = &(var_p.n);
        var_23 = wp::load(var_21);
        var_22 = wp::float(var_23);
        var_25 = wp::load(var_20);
        var_24 = wp::mul(var_25, var_22);
        var_26 = wp::add(var_19, var_24);
        var_27 = &(var_p.g);
        var_30 = wp::load(var_27);
        var_29 = wp::extract(var_30, var_28);
        var_31 = wp::add(var_26, var_29);
        // wp::array_store(var_a, var_0, var_31);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_31, adj_a, adj_0, adj_31);
        wp::adj_add(var_26, var_29, adj_26, adj_29, adj_31);
        wp::adj_extract(var_30, var_28, adj_27, adj_28, adj_29);
        adj_p.g += adj_27;
        wp::adj_add(var_19, var_24, adj_19, adj_24, adj_26);
        wp::adj_mul(var_25, var_22, adj_20, adj_22, adj_24);
        wp::adj_float(var_23, adj_21, adj_22);
        adj_p.n = adj_21;
        adj_p.k += adj_20;
        wp::adj_add(var_16, var_18, adj_16, adj_18, adj_19);
        wp::adj_div(var_7, var_17, var_18, adj_7, adj_17, adj_18);
        wp::adj_add(var_12, var_15, adj_12, adj_15, adj_16);
        wp::adj_sin(var_14, adj_14, adj_15);
        wp::adj_mul(var_8, var_13, adj_8, adj_13, adj_14);
        wp::adj_add(var_4, var_11, adj_4, adj_11, adj_12);
        wp::adj_mul(var_5, var_10, adj_5, adj_10, adj_11);
        wp::adj_float(var_n, adj_n, adj_10);
        // adj: a[i] = whole + frac * float(n) + wp.sin(th * pi) + r / tau + p.k * float(p.n) + p.g[1]  <L 35>
        adj_polar_0(var_9, var_7, var_8, adj_6, adj_7, adj_8);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_6);
        // adj: r, th = polar(v[i])                                                               <L 34>
        adj_split_0(var_2, var_4, var_5, adj_2, adj_4, adj_5);
        wp::adj_mul(var_3, var_scale, adj_1, adj_scale, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: whole, frac = split(a[i] * scale)                                                 <L 33>
        // adj: i = wp.tid()                                                                      <L 32>
        // adj: def conveniences(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec2), p: Params, scale: float = 2.0, n: int = 3):  <L 31>
        continue;
    }
}

