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


struct Inner_29ba4e8c
{
    wp::vec_t<3, wp::float32> v;
    wp::float32 w;


    Inner_29ba4e8c() = default;
    CUDA_CALLABLE Inner_29ba4e8c(wp::vec_t<3, wp::float32> const& v,
    wp::float32 const& w = {})
        : v{v}
        , w{w}

    {
    }

    CUDA_CALLABLE Inner_29ba4e8c& operator += (const Inner_29ba4e8c& rhs)
    {    v += rhs.v;
    w += rhs.w;

        return *this;}


    CUDA_CALLABLE Inner_29ba4e8c& operator -= (const Inner_29ba4e8c& rhs)
    {    v -= rhs.v;
    w -= rhs.w;

        return *this;}

    CUDA_CALLABLE Inner_29ba4e8c operator - () const
    {
        Inner_29ba4e8c ret = *this;
    ret.v = -ret.v;
    ret.w = -ret.w;

        return ret;
    }

};

static CUDA_CALLABLE void adj_Inner_29ba4e8c(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_w,
    Inner_29ba4e8c & adj_ret)
{
    adj_v += adj_ret.v;
    adj_w += adj_ret.w;
}

// Required when compiling adjoints.
CUDA_CALLABLE Inner_29ba4e8c add(const Inner_29ba4e8c& a, const Inner_29ba4e8c& b)
{
    Inner_29ba4e8c ret = a;
    ret += b;
    return ret;
}

CUDA_CALLABLE void adj_atomic_add(Inner_29ba4e8c* p, Inner_29ba4e8c t)
{
    wp::adj_atomic_add(&p->v, t.v);
    wp::adj_atomic_add(&p->w, t.w);
}


// Required by tile templates. The overloads are found by ADL when tile.h is
// instantiated with a generated struct type.
CUDA_CALLABLE void adj_add(const Inner_29ba4e8c& a, const Inner_29ba4e8c& b, Inner_29ba4e8c& adj_a, Inner_29ba4e8c& adj_b, const Inner_29ba4e8c& adj_ret)
{
    adj_a += adj_ret;
    adj_b += adj_ret;
}

CUDA_CALLABLE Inner_29ba4e8c sub(const Inner_29ba4e8c& a, const Inner_29ba4e8c& b)
{
    Inner_29ba4e8c ret = a;
    ret -= b;
    return ret;
}

CUDA_CALLABLE void adj_sub(const Inner_29ba4e8c& a, const Inner_29ba4e8c& b, Inner_29ba4e8c& adj_a, Inner_29ba4e8c& adj_b, const Inner_29ba4e8c& adj_ret)
{
    adj_a += adj_ret;
    adj_b -= adj_ret;
}

CUDA_CALLABLE Inner_29ba4e8c atomic_add(Inner_29ba4e8c* p, Inner_29ba4e8c t)
{
    Inner_29ba4e8c old {};
    old.v = wp::atomic_add(&p->v, t.v);
    old.w = wp::atomic_add(&p->w, t.w);

    return old;
}

CUDA_CALLABLE Inner_29ba4e8c tile_atomic_add_value(Inner_29ba4e8c* p, Inner_29ba4e8c t)
{
    return atomic_add(p, t);
}

CUDA_CALLABLE Inner_29ba4e8c tile_adj_atomic_add_value(Inner_29ba4e8c* p, Inner_29ba4e8c t)
{
    // Tile adjoint struct atomics accumulate only for side effects; callers
    // currently ignore the returned old value, so avoid a second atomic here.
    Inner_29ba4e8c old {};
    adj_atomic_add(p, t);
    return old;
}

#if defined(__CUDA_ARCH__)
CUDA_CALLABLE Inner_29ba4e8c warp_shuffle_down(Inner_29ba4e8c val, int offset, int mask)
{
    Inner_29ba4e8c ret {};
    ret.v = wp::warp_shuffle_down(val.v, offset, mask);
    ret.w = wp::warp_shuffle_down(val.w, offset, mask);

    return ret;
}

CUDA_CALLABLE Inner_29ba4e8c warp_shuffle_xor(Inner_29ba4e8c val, int lane_mask)
{
    Inner_29ba4e8c ret {};
    ret.v = wp::warp_shuffle_xor(val.v, lane_mask);
    ret.w = wp::warp_shuffle_xor(val.w, lane_mask);

    return ret;
}
#endif



struct Item_9c57b2fa
{
    wp::int32 key;
    wp::float32 value;
    Inner_29ba4e8c inner;


    Item_9c57b2fa() = default;
    CUDA_CALLABLE Item_9c57b2fa(wp::int32 const& key,
    wp::float32 const& value = {},
    Inner_29ba4e8c const& inner = {})
        : key{key}
        , value{value}
        , inner{inner}

    {
    }

    CUDA_CALLABLE Item_9c57b2fa& operator += (const Item_9c57b2fa& rhs)
    {    key += rhs.key;
    value += rhs.value;
    inner += rhs.inner;

        return *this;}


    CUDA_CALLABLE Item_9c57b2fa& operator -= (const Item_9c57b2fa& rhs)
    {    key -= rhs.key;
    value -= rhs.value;
    inner -= rhs.inner;

        return *this;}

    CUDA_CALLABLE Item_9c57b2fa operator - () const
    {
        Item_9c57b2fa ret = *this;
    ret.key = -ret.key;
    ret.value = -ret.value;
    ret.inner = -ret.inner;

        return ret;
    }

};

static CUDA_CALLABLE void adj_Item_9c57b2fa(wp::int32 const&,
    wp::float32 const&,
    Inner_29ba4e8c const&,
    wp::int32 & adj_key,
    wp::float32 & adj_value,
    Inner_29ba4e8c & adj_inner,
    Item_9c57b2fa & adj_ret)
{
    adj_key += adj_ret.key;
    adj_value += adj_ret.value;
    adj_inner += adj_ret.inner;
}

// Required when compiling adjoints.
CUDA_CALLABLE Item_9c57b2fa add(const Item_9c57b2fa& a, const Item_9c57b2fa& b)
{
    Item_9c57b2fa ret = a;
    ret += b;
    return ret;
}

CUDA_CALLABLE void adj_atomic_add(Item_9c57b2fa* p, Item_9c57b2fa t)
{
    wp::adj_atomic_add(&p->key, t.key);
    wp::adj_atomic_add(&p->value, t.value);
    adj_atomic_add(&p->inner, t.inner);
}


// Required by tile templates. The overloads are found by ADL when tile.h is
// instantiated with a generated struct type.
CUDA_CALLABLE void adj_add(const Item_9c57b2fa& a, const Item_9c57b2fa& b, Item_9c57b2fa& adj_a, Item_9c57b2fa& adj_b, const Item_9c57b2fa& adj_ret)
{
    adj_a += adj_ret;
    adj_b += adj_ret;
}

CUDA_CALLABLE Item_9c57b2fa sub(const Item_9c57b2fa& a, const Item_9c57b2fa& b)
{
    Item_9c57b2fa ret = a;
    ret -= b;
    return ret;
}

CUDA_CALLABLE void adj_sub(const Item_9c57b2fa& a, const Item_9c57b2fa& b, Item_9c57b2fa& adj_a, Item_9c57b2fa& adj_b, const Item_9c57b2fa& adj_ret)
{
    adj_a += adj_ret;
    adj_b -= adj_ret;
}

CUDA_CALLABLE Item_9c57b2fa atomic_add(Item_9c57b2fa* p, Item_9c57b2fa t)
{
    Item_9c57b2fa old {};
    old.key = wp::atomic_add(&p->key, t.key);
    old.value = wp::atomic_add(&p->value, t.value);
    old.inner = atomic_add(&p->inner, t.inner);

    return old;
}

CUDA_CALLABLE Item_9c57b2fa tile_atomic_add_value(Item_9c57b2fa* p, Item_9c57b2fa t)
{
    return atomic_add(p, t);
}

CUDA_CALLABLE Item_9c57b2fa tile_adj_atomic_add_value(Item_9c57b2fa* p, Item_9c57b2fa t)
{
    // Tile adjoint struct atomics accumulate only for side effects; callers
    // currently ignore the returned old value, so avoid a second atomic here.
    Item_9c57b2fa old {};
    adj_atomic_add(p, t);
    return old;
}

#if defined(__CUDA_ARCH__)
CUDA_CALLABLE Item_9c57b2fa warp_shuffle_down(Item_9c57b2fa val, int offset, int mask)
{
    Item_9c57b2fa ret {};
    ret.key = wp::warp_shuffle_down(val.key, offset, mask);
    ret.value = wp::warp_shuffle_down(val.value, offset, mask);
    ret.inner = warp_shuffle_down(val.inner, offset, mask);

    return ret;
}

CUDA_CALLABLE Item_9c57b2fa warp_shuffle_xor(Item_9c57b2fa val, int lane_mask)
{
    Item_9c57b2fa ret {};
    ret.key = wp::warp_shuffle_xor(val.key, lane_mask);
    ret.value = wp::warp_shuffle_xor(val.value, lane_mask);
    ret.inner = warp_shuffle_xor(val.inner, lane_mask);

    return ret;
}
#endif



// corpus/921_tile_structs_116.py:33
static CUDA_CALLABLE Item_9c57b2fa bump_0(
    Item_9c57b2fa var_a)
{
    //---------
    // primal vars
    Item_9c57b2fa var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    const wp::float32 var_6 = 2.0;
    wp::float32 var_7;
    wp::float32 var_8;
    Inner_29ba4e8c* var_9;
    Inner_29ba4e8c var_10;
    Inner_29ba4e8c var_11;
    //---------
    // forward
    // def bump(a: Item) -> Item:                                                             <L 34>
    // out = Item()                                                                           <L 35>
    var_0 = Item_9c57b2fa();
    // out.key = a.key + 1                                                                    <L 36>
    var_1 = &((var_a).key);
    var_4 = wp::load(var_1);
    var_3 = wp::add(var_4, var_2);
    var_0.key = var_3;
    // out.value = a.value * 2.0                                                              <L 37>
    var_5 = &((var_a).value);
    var_8 = wp::load(var_5);
    var_7 = wp::mul(var_8, var_6);
    var_0.value = var_7;
    // out.inner = a.inner                                                                    <L 38>
    var_9 = &((var_a).inner);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    var_0.inner = var_10;
    // return out                                                                             <L 39>
    return var_0;
}


// corpus/921_tile_structs_116.py:26
static CUDA_CALLABLE Item_9c57b2fa item_max_0(
    Item_9c57b2fa var_a,
    Item_9c57b2fa var_b)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    bool var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def item_max(a: Item, b: Item) -> Item:                                                <L 27>
    // if a.value > b.value:                                                                  <L 28>
    var_0 = &((var_a).value);
    var_1 = &((var_b).value);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = (var_3 > var_4);
    if (var_2) {
        // return a                                                                           <L 29>
        return var_a;
    }
    // return b                                                                               <L 30>
    return var_b;
}

template<typename tile_s>

// corpus/921_tile_structs_116.py:52
static CUDA_CALLABLE void push_all_0(
    tile_s& var_s,
    wp::int32 var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    wp::int32 var_2;
    //---------
    // forward
    // def push_all(s: wp.tile_stack(capacity=CAP, dtype=int), v: int):                       <L 53>
    // wp.tile_stack_push(s, v, v > 0)                                                        <L 54>
    var_1 = (var_v > var_0);
    var_2 = wp::tile_stack_push(var_s, var_v, var_1);
}

template<typename tile_t>

// corpus/921_tile_structs_116.py:57
static CUDA_CALLABLE void native_extract_0(
    tile_t& t,
    wp::int32 i,
    wp::array_t<wp::int32> out)
{

    auto val = tile_extract(t, i);
    out[0] = val;
    }


// corpus/921_tile_structs_116.py:33
static CUDA_CALLABLE void adj_bump_0(
    Item_9c57b2fa var_a,
    Item_9c57b2fa & adj_a,
    Item_9c57b2fa & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/921_tile_structs_116.py:26
static CUDA_CALLABLE void adj_item_max_0(
    Item_9c57b2fa var_a,
    Item_9c57b2fa var_b,
    Item_9c57b2fa & adj_a,
    Item_9c57b2fa & adj_b,
    Item_9c57b2fa & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

template<typename tile_s>

// corpus/921_tile_structs_116.py:52
static CUDA_CALLABLE void adj_push_all_0(
    tile_s& var_s,
    wp::int32 var_v,
    tile_s & adj_s,
    wp::int32 & adj_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    wp::int32 var_2;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    //---------
    // forward
    // def push_all(s: wp.tile_stack(capacity=CAP, dtype=int), v: int):                       <L 53>
    // wp.tile_stack_push(s, v, v > 0)                                                        <L 54>
    var_1 = (var_v > var_0);
    var_2 = wp::tile_stack_push(var_s, var_v, var_1);
    //---------
    // reverse
    // adj: wp.tile_stack_push(s, v, v > 0)                                                   <L 54>
    // adj: def push_all(s: wp.tile_stack(capacity=CAP, dtype=int), v: int):                  <L 53>
    return;
}

template<typename tile_t>

// corpus/921_tile_structs_116.py:57
static CUDA_CALLABLE void adj_native_extract_0(
    tile_t& t,
    wp::int32 i,
    wp::array_t<wp::int32> out,
    tile_t & adj_t,
    wp::int32 & adj_i,
    wp::array_t<wp::int32> & adj_out)
{
}



extern "C" __global__ void struct_tiles_ea170d8e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<Item_9c57b2fa> var_items,
    wp::array_t<Item_9c57b2fa> var_out)
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
        const wp::int32 var_1 = 16;
        wp::int32 var_2;
        wp::tile_register_t<Item_9c57b2fa,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<Item_9c57b2fa,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<Item_9c57b2fa,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_4 = wp::tile_register_t<Item_9c57b2fa,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        wp::tile_register_t<Item_9c57b2fa,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_5 = wp::tile_register_t<Item_9c57b2fa,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        wp::int32 var_6;
        wp::tile_register_t<Item_9c57b2fa,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_7 = wp::tile_register_t<Item_9c57b2fa,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
        const wp::int32 var_8 = 0;
        //---------
        // forward
        // def struct_tiles(items: wp.array(dtype=Item), out: wp.array(dtype=Item)):              <L 43>
        // i = wp.tid()                                                                           <L 44>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(items, shape=N, offset=i * N)                                         <L 45>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<Item_9c57b2fa, true, false, 16>(var_items, var_2);
        // u = wp.tile_map(bump, t)                                                               <L 46>
        var_4 = wp::tile_unary_map(bump_0, var_3);
        // m = wp.tile_reduce(item_max, u)                                                        <L 47>
        var_5 = wp::tile_reduce(item_max_0, var_4);
        // wp.tile_store(out, u, offset=i * N)                                                    <L 48>
        var_6 = wp::mul(var_0, var_1);
        wp::tile_store<Item_9c57b2fa, true, false>(var_out, var_6, var_4);
        // wp.tile_atomic_add(out, m)                                                             <L 49>
        var_7 = wp::tile_atomic_add<Item_9c57b2fa, true>(var_out, var_8, var_5);
    }
}



extern "C" __global__ void stacks_and_natives_90042f25_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_out)
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
        const wp::int32 var_2 = 8;
        wp::tile_stack_t<wp::int32, 8> var_3 = wp::tile_stack_alloc<wp::int32, 8>();
        wp::int32* var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 16;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_8 = 0;
        //---------
        // forward
        // def stacks_and_natives(a: wp.array(dtype=int), out: wp.array(dtype=int)):              <L 65>
        // i, j = wp.tid()                                                                        <L 66>
        builtin_tid2d(var_0, var_1);
        // s = wp.tile_stack(capacity=CAP, dtype=int)                                             <L 67>
        var_3 = wp::tile_stack_init<int, 8>();
        // push_all(s, a[j])                                                                      <L 68>
        var_4 = wp::address(var_a, var_1);
        var_5 = wp::load(var_4);
        push_all_0(var_3, var_5);
        // t = wp.tile_load(a, shape=N)                                                           <L 69>
        var_7 = wp::tile_load<wp::int32, true, false, 16>(var_a, var_8);
        // native_extract(t, j, out)                                                              <L 70>
        native_extract_0(var_7, var_1, var_out);
    }
}



extern "C" __global__ void stacks_and_natives_90042f25_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> var_out,
    wp::array_t<wp::int32> adj_a,
    wp::array_t<wp::int32> adj_out)
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
        const wp::int32 var_2 = 8;
        wp::tile_stack_t<wp::int32, 8> var_3 = wp::tile_stack_alloc<wp::int32, 8>();
        wp::int32* var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 16;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_7 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
        const wp::int32 var_8 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_stack_t<wp::int32, 8> adj_3;
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_7{};
        wp::int32 adj_8 = {};
        //---------
        // forward
        // def stacks_and_natives(a: wp.array(dtype=int), out: wp.array(dtype=int)):              <L 65>
        // i, j = wp.tid()                                                                        <L 66>
        builtin_tid2d(var_0, var_1);
        // s = wp.tile_stack(capacity=CAP, dtype=int)                                             <L 67>
        var_3 = wp::tile_stack_init<int, 8>();
        // push_all(s, a[j])                                                                      <L 68>
        var_4 = wp::address(var_a, var_1);
        var_5 = wp::load(var_4);
        push_all_0(var_3, var_5);
        // t = wp.tile_load(a, shape=N)                                                           <L 69>
        var_7 = wp::tile_load<wp::int32, true, false, 16>(var_a, var_8);
        // native_extract(t, j, out)                                                              <L 70>
        native_extract_0(var_7, var_1, var_out);
        //---------
        // reverse
        adj_native_extract_0(var_7, var_1, var_out, adj_7, adj_1, adj_out);
        // adj: native_extract(t, j, out)                                                         <L 70>
        wp::adj_tile_load(var_a, var_8, adj_a, adj_8, adj_7);
        // adj: t = wp.tile_load(a, shape=N)                                                      <L 69>
        adj_push_all_0(var_3, var_5, adj_3, adj_4);
        wp::adj_address(var_a, var_1, adj_a, adj_1, adj_4);
        // adj: push_all(s, a[j])                                                                 <L 68>
        // adj: s = wp.tile_stack(capacity=CAP, dtype=int)                                        <L 67>
        // adj: i, j = wp.tid()                                                                   <L 66>
        // adj: def stacks_and_natives(a: wp.array(dtype=int), out: wp.array(dtype=int)):         <L 65>
        continue;
    }
}



extern "C" __global__ void chained_c3b4bbc0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst)
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
        const wp::int32 var_0 = 8;
        const wp::int32 var_1 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 4;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_8 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
        const wp::int32 var_9 = 1;
        const wp::int32 var_10 = 2;
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_11 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<4>,wp::tile_stride_t<1>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,16>,wp::tile_stride_t<16,1>,false>();
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 3;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_15 = nullptr;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_19 = nullptr;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 1;
        const wp::int32 var_22 = 5;
        wp::slice_t var_23;
        const wp::int32 var_24 = 1;
        const wp::int32 var_25 = 5;
        const wp::int32 var_26 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, false> var_27 = nullptr;
        const wp::int32 var_28 = 1;
        const wp::int32 var_29 = 0;
        //---------
        // forward
        // def chained(src: wp.array2d(dtype=float), dst: wp.array(dtype=float)):                 <L 74>
        // t = wp.tile_load(src, shape=(8, N))                                                    <L 75>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 8, 16>(var_src, var_4, var_5);
        // wp.tile_store(dst, t[wp.tile_arange(0, 4, dtype=int) * 2][3])                          <L 76>
        var_8 = wp::tile_arange<wp::int32, 4>(var_6, var_7, var_9);
        var_11 = wp::tile_mul(var_8, var_10);
        var_12 = wp::tile_slice_indexed<4, 16>(var_3, var_11, var_13);
        var_15 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_12, var_14, var_16);
        wp::tile_store<wp::float32, true, false>(var_dst, var_17, var_15);
        // r = t[2][1:5]                                                                          <L 77>
        var_19 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_3, var_18, var_20);
        var_23 = wp::slice_t(var_24, var_25, var_26);
        var_27 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, false>>(var_19, var_28);
        // wp.tile_store(dst, r)                                                                  <L 78>
        wp::tile_store<wp::float32, true, false>(var_dst, var_29, var_27);
    }
}



extern "C" __global__ void chained_c3b4bbc0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_src,
    wp::array_t<wp::float32> var_dst,
    wp::array_t<wp::float32> adj_src,
    wp::array_t<wp::float32> adj_dst)
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
        const wp::int32 var_0 = 8;
        const wp::int32 var_1 = 16;
        wp::tuple_t<wp::int32, wp::int32> var_2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_3 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 4;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_8 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
        const wp::int32 var_9 = 1;
        const wp::int32 var_10 = 2;
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true> var_11 = wp::tile_alloc_empty<wp::int32,wp::tile_shape_t<4>,wp::tile_stride_t<1>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true> var_12 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<4,16>,wp::tile_stride_t<16,1>,true>();
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 3;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_15 = nullptr;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 2;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false> var_19 = nullptr;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 1;
        const wp::int32 var_22 = 5;
        wp::slice_t var_23;
        const wp::int32 var_24 = 1;
        const wp::int32 var_25 = 5;
        const wp::int32 var_26 = 1;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, false> var_27 = nullptr;
        const wp::int32 var_28 = 1;
        const wp::int32 var_29 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_2 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true>& adj_3 = var_3;
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> adj_8{};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::tile_shared_t<wp::int32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, true>& adj_11 = var_11;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,16>, wp::tile_stride_t<16,1>>, true>& adj_12 = var_12;
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>& adj_15 = var_15;
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>& adj_19 = var_19;
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::slice_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, false>& adj_27 = var_27;
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        //---------
        // forward
        // def chained(src: wp.array2d(dtype=float), dst: wp.array(dtype=float)):                 <L 74>
        // t = wp.tile_load(src, shape=(8, N))                                                    <L 75>
        var_2 = wp::tuple(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 8, 16>(var_src, var_4, var_5);
        // wp.tile_store(dst, t[wp.tile_arange(0, 4, dtype=int) * 2][3])                          <L 76>
        var_8 = wp::tile_arange<wp::int32, 4>(var_6, var_7, var_9);
        var_11 = wp::tile_mul(var_8, var_10);
        var_12 = wp::tile_slice_indexed<4, 16>(var_3, var_11, var_13);
        var_15 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_12, var_14, var_16);
        // wp::tile_store<wp::float32, true, false>(var_dst, var_17, var_15);
        // r = t[2][1:5]                                                                          <L 77>
        var_19 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16>, wp::tile_stride_t<1>>, false>>(var_3, var_18, var_20);
        var_23 = wp::slice_t(var_24, var_25, var_26);
        var_27 = wp::tile_view<wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4>, wp::tile_stride_t<1>>, false>>(var_19, var_28);
        // wp.tile_store(dst, r)                                                                  <L 78>
        // wp::tile_store<wp::float32, true, false>(var_dst, var_29, var_27);
        //---------
        // reverse
        wp::adj_tile_store(var_dst, var_29, var_27, adj_dst, adj_29, adj_27);
        // adj: wp.tile_store(dst, r)                                                             <L 78>
        // adj: r = t[2][1:5]                                                                     <L 77>
        wp::adj_tile_store(var_dst, var_17, var_15, adj_dst, adj_17, adj_15);
        wp::adj_tile_slice_indexed(var_3, var_11, var_13, adj_3, adj_11, adj_13, adj_12);
        wp::adj_tile_mul(var_8, var_10, adj_8, adj_10, adj_11);
        // adj: wp.tile_store(dst, t[wp.tile_arange(0, 4, dtype=int) * 2][3])                     <L 76>
        wp::adj_tile_load(var_src, var_4, var_5, adj_src, adj_4, adj_5, adj_3);
        // adj: t = wp.tile_load(src, shape=(8, N))                                               <L 75>
        // adj: def chained(src: wp.array2d(dtype=float), dst: wp.array(dtype=float)):            <L 74>
        continue;
    }
}

