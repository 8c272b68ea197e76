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
    {
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





extern "C" __global__ void cast_bits_c7d89a79_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::uint32> var_bits,
    wp::array_t<wp::float32> var_back,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    wp::array_t<wp::vec_t<2, wp::int32>> var_w,
    wp::array_t<wp::int32> var_p)
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
        wp::int16 var_14;
        wp::int32 var_15;
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
        var_11.h = var_13;
        // q.s = wp.int16(i)                                                                      <L 22>
        var_14 = wp::int16(var_0);
        var_11.s = var_14;
        // p[i] = wp.cast(q, int)                                                                 <L 23>
        var_15 = wp::cast<int>(var_11);
        wp::array_store(var_p, var_0, var_15);
    }
}



extern "C" __global__ void cast_bits_c7d89a79_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::uint32> var_bits,
    wp::array_t<wp::float32> var_back,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    wp::array_t<wp::vec_t<2, wp::int32>> var_w,
    wp::array_t<wp::int32> var_p,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::uint32> adj_bits,
    wp::array_t<wp::float32> adj_back,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<2, wp::int32>> adj_w,
    wp::array_t<wp::int32> adj_p)
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
        wp::int16 var_14;
        wp::int32 var_15;
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
        wp::int32 adj_15 = {};
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
        var_11.h = var_13;
        // q.s = wp.int16(i)                                                                      <L 22>
        var_14 = wp::int16(var_0);
        var_11.s = var_14;
        // p[i] = wp.cast(q, int)                                                                 <L 23>
        var_15 = wp::cast<int>(var_11);
        // wp::array_store(var_p, var_0, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_p, var_0, var_15, adj_p, adj_0, adj_15);
        // adj: p[i] = wp.cast(q, int)                                                            <L 23>
        adj_11.s = {};
        // adj: q.s = wp.int16(i)                                                                 <L 22>
        adj_11.h = {};
        // adj: q.h = wp.int16(2)                                                                 <L 21>
        // adj: q = Packed()                                                                      <L 20>
        wp::adj_array_store(var_w, var_0, var_9, adj_w, adj_0, adj_9);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_8);
        // adj: w[i] = wp.cast(v[i], wp.vec2i)                                                    <L 19>
        wp::adj_array_store(var_back, var_0, var_7, adj_back, adj_0, adj_7);
        // adj: back[i] = wp.cast(u ^ wp.uint32(0x80000000), float)                               <L 18>
        wp::adj_array_store(var_bits, var_0, var_2, adj_bits, adj_0, adj_2);
        // adj: bits[i] = u                                                                       <L 17>
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: u = wp.cast(a[i], wp.uint32)                                                      <L 16>
        // adj: i = wp.tid()                                                                      <L 15>
        // adj: def cast_bits(a: wp.array(dtype=float), bits: wp.array(dtype=wp.uint32), back: wp.array(dtype=float), v: wp.array(dtype=wp.vec2), w: wp.array(dtype=wp.vec2i), p: wp.array(dtype=int)):  <L 14>
        continue;
    }
}

