
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


struct Packed_61285d5d
{
    wp::int16 h;
    wp::int16 s;


    Packed_61285d5d() = default;
    CUDA_CALLABLE Packed_61285d5d(wp::int16 const& h,
    wp::int16 const& s = {})
        : h{h}
        , s{s}

    {
    }

    CUDA_CALLABLE Packed_61285d5d& operator += (const Packed_61285d5d& rhs)
    {    h += rhs.h;
    s += rhs.s;

        return *this;}

};

static CUDA_CALLABLE void adj_Packed_61285d5d(wp::int16 const&,
    wp::int16 const&,
    wp::int16 & adj_h,
    wp::int16 & adj_s,
    Packed_61285d5d & adj_ret)
{
    adj_h += adj_ret.h;
    adj_s += adj_ret.s;
}

// Required when compiling adjoints.
CUDA_CALLABLE Packed_61285d5d add(const Packed_61285d5d& a, const Packed_61285d5d& b)
{
    return Packed_61285d5d();
}

CUDA_CALLABLE void adj_atomic_add(Packed_61285d5d* p, Packed_61285d5d t)
{
    wp::adj_atomic_add(&p->h, t.h);
    wp::adj_atomic_add(&p->s, t.s);
}


struct wp_args_cast_bits_c7d89a79 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::uint32> bits;
    wp::array_t<wp::float32> back;
    wp::array_t<wp::vec_t<2, wp::float32>> v;
    wp::array_t<wp::vec_t<2, wp::int32>> w;
    wp::array_t<wp::int32> p;
};


void cast_bits_c7d89a79_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cast_bits_c7d89a79 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::uint32> var_bits = _wp_args->bits;
    wp::array_t<wp::float32> var_back = _wp_args->back;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::int32>> var_w = _wp_args->w;
    wp::array_t<wp::int32> var_p = _wp_args->p;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 2147483648;
    wp::uint32 var_5;
    wp::uint32 var_6;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32>* var_8;
    wp::vec_t<2, wp::int32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    Packed_61285d5d var_11;
    const wp::int32 var_12 = 2;
    wp::int16 var_13;
    wp::int16* var_14;
    wp::int16 var_15;
    wp::int16* var_16;
    wp::int32 var_17;
    //---------
    // forward
    // def cast_bits(a: wp.array(dtype=float), bits: wp.array(dtype=wp.uint32), back: wp.array(dtype=float), v: wp.array(dtype=wp.vec2), w: wp.array(dtype=wp.vec2i), p: wp.array(dtype=int)):       <L 14>
    // i = wp.tid()                                                                           <L 15>
    var_0 = builtin_tid1d();
    // u = wp.cast(a[i], wp.uint32)                                                           <L 16>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::cast<wp::uint32>(var_3);
    // bits[i] = u                                                                            <L 17>
    wp::array_store(var_bits, var_0, var_2);
    // back[i] = wp.cast(u ^ wp.uint32(0x80000000), float)                                    <L 18>
    var_5 = wp::uint32(var_4);
    var_6 = wp::bit_xor(var_2, var_5);
    var_7 = wp::cast<float>(var_6);
    wp::array_store(var_back, var_0, var_7);
    // w[i] = wp.cast(v[i], wp.vec2i)                                                         <L 19>
    var_8 = wp::address(var_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::cast<wp::vec_t<2, wp::int32>>(var_10);
    wp::array_store(var_w, var_0, var_9);
    // q = Packed()                                                                           <L 20>
    var_11 = Packed_61285d5d();
    // q.h = wp.int16(2)                                                                      <L 21>
    var_13 = wp::int16(var_12);
    var_14 = &(var_11.h);
    wp::store(var_14, var_13);
    // q.s = wp.int16(i)                                                                      <L 22>
    var_15 = wp::int16(var_0);
    var_16 = &(var_11.s);
    wp::store(var_16, var_15);
    // p[i] = wp.cast(q, int)                                                                 <L 23>
    var_17 = wp::cast<int>(var_11);
    wp::array_store(var_p, var_0, var_17);
}



void cast_bits_c7d89a79_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_cast_bits_c7d89a79 *_wp_args,
    wp_args_cast_bits_c7d89a79 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::uint32> var_bits = _wp_args->bits;
    wp::array_t<wp::float32> var_back = _wp_args->back;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::int32>> var_w = _wp_args->w;
    wp::array_t<wp::int32> var_p = _wp_args->p;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::uint32> adj_bits = _wp_adj_args->bits;
    wp::array_t<wp::float32> adj_back = _wp_adj_args->back;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_w = _wp_adj_args->w;
    wp::array_t<wp::int32> adj_p = _wp_adj_args->p;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 2147483648;
    wp::uint32 var_5;
    wp::uint32 var_6;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32>* var_8;
    wp::vec_t<2, wp::int32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    Packed_61285d5d var_11;
    const wp::int32 var_12 = 2;
    wp::int16 var_13;
    wp::int16* var_14;
    wp::int16 var_15;
    wp::int16* var_16;
    wp::int32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::uint32 adj_5 = {};
    wp::uint32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::int32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    Packed_61285d5d adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int16 adj_13 = {};
    wp::int16 adj_14 = {};
    wp::int16 adj_15 = {};
    wp::int16 adj_16 = {};
    wp::int32 adj_17 = {};
    //---------
    // forward
    // def cast_bits(a: wp.array(dtype=float), bits: wp.array(dtype=wp.uint32), back: wp.array(dtype=float), v: wp.array(dtype=wp.vec2), w: wp.array(dtype=wp.vec2i), p: wp.array(dtype=int)):       <L 14>
    // i = wp.tid()                                                                           <L 15>
    var_0 = builtin_tid1d();
    // u = wp.cast(a[i], wp.uint32)                                                           <L 16>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::cast<wp::uint32>(var_3);
    // bits[i] = u                                                                            <L 17>
    // wp::array_store(var_bits, var_0, var_2);
    // back[i] = wp.cast(u ^ wp.uint32(0x80000000), float)                                    <L 18>
    var_5 = wp::uint32(var_4);
    var_6 = wp::bit_xor(var_2, var_5);
    var_7 = wp::cast<float>(var_6);
    // wp::array_store(var_back, var_0, var_7);
    // w[i] = wp.cast(v[i], wp.vec2i)                                                         <L 19>
    var_8 = wp::address(var_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::cast<wp::vec_t<2, wp::int32>>(var_10);
    // wp::array_store(var_w, var_0, var_9);
    // q = Packed()                                                                           <L 20>
    var_11 = Packed_61285d5d();
    // q.h = wp.int16(2)                                                                      <L 21>
    var_13 = wp::int16(var_12);
    var_14 = &(var_11.h);
    // wp::store(var_14, var_13);
    // q.s = wp.int16(i)                                                                      <L 22>
    var_15 = wp::int16(var_0);
    var_16 = &(var_11.s);
    // wp::store(var_16, var_15);
    // p[i] = wp.cast(q, int)                                                                 <L 23>
    var_17 = wp::cast<int>(var_11);
    // wp::array_store(var_p, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_p, var_0, var_17, adj_p, adj_0, adj_17);
    // adj: p[i] = wp.cast(q, int)                                                            <L 23>
    adj_11.s = adj_16;
    wp::adj_int16(var_0, adj_0, adj_15);
    // adj: q.s = wp.int16(i)                                                                 <L 22>
    adj_11.h = adj_14;
    wp::adj_int16(var_12, adj_12, adj_13);
    // adj: q.h = wp.int16(2)                                                                 <L 21>
    // adj: q = Packed()                                                                      <L 20>
    wp::adj_array_store(var_w, var_0, var_9, adj_w, adj_0, adj_9);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_8);
    // adj: w[i] = wp.cast(v[i], wp.vec2i)                                                    <L 19>
    wp::adj_array_store(var_back, var_0, var_7, adj_back, adj_0, adj_7);
    wp::adj_uint32(var_4, adj_4, adj_5);
    // adj: back[i] = wp.cast(u ^ wp.uint32(0x80000000), float)                               <L 18>
    wp::adj_array_store(var_bits, var_0, var_2, adj_bits, adj_0, adj_2);
    // adj: bits[i] = u                                                                       <L 17>
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: u = wp.cast(a[i], wp.uint32)                                                      <L 16>
    // adj: i = wp.tid()                                                                      <L 15>
    // adj: def cast_bits(a: wp.array(dtype=float), bits: wp.array(dtype=wp.uint32), back: wp.array(dtype=float), v: wp.array(dtype=wp.vec2), w: wp.array(dtype=wp.vec2i), p: wp.array(dtype=int)):  <L 14>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void cast_bits_c7d89a79_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_cast_bits_c7d89a79 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cast_bits_c7d89a79_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void cast_bits_c7d89a79_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_cast_bits_c7d89a79 *_wp_args,
    wp_args_cast_bits_c7d89a79 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        cast_bits_c7d89a79_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

