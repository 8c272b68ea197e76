
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


struct Reservoir_1512bff0
{
    wp::int32 sample;
    wp::float32 weight_sum;
    wp::int32 count;
    wp::float32 chosen_weight;


    Reservoir_1512bff0() = default;
    CUDA_CALLABLE Reservoir_1512bff0(wp::int32 const& sample,
    wp::float32 const& weight_sum = {},
    wp::int32 const& count = {},
    wp::float32 const& chosen_weight = {})
        : sample{sample}
        , weight_sum{weight_sum}
        , count{count}
        , chosen_weight{chosen_weight}

    {
    }

    CUDA_CALLABLE Reservoir_1512bff0& operator += (const Reservoir_1512bff0& rhs)
    {    sample += rhs.sample;
    weight_sum += rhs.weight_sum;
    count += rhs.count;
    chosen_weight += rhs.chosen_weight;

        return *this;}

};

static CUDA_CALLABLE void adj_Reservoir_1512bff0(wp::int32 const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::float32 const&,
    wp::int32 & adj_sample,
    wp::float32 & adj_weight_sum,
    wp::int32 & adj_count,
    wp::float32 & adj_chosen_weight,
    Reservoir_1512bff0 & adj_ret)
{
    adj_sample += adj_ret.sample;
    adj_weight_sum += adj_ret.weight_sum;
    adj_count += adj_ret.count;
    adj_chosen_weight += adj_ret.chosen_weight;
}

// Required when compiling adjoints.
CUDA_CALLABLE Reservoir_1512bff0 add(const Reservoir_1512bff0& a, const Reservoir_1512bff0& b)
{
    return Reservoir_1512bff0();
}

CUDA_CALLABLE void adj_atomic_add(Reservoir_1512bff0* p, Reservoir_1512bff0 t)
{
    wp::adj_atomic_add(&p->sample, t.sample);
    wp::adj_atomic_add(&p->weight_sum, t.weight_sum);
    wp::adj_atomic_add(&p->count, t.count);
    wp::adj_atomic_add(&p->chosen_weight, t.chosen_weight);
}



// corpus/027_reservoir_sampling.py:14
static CUDA_CALLABLE Reservoir_1512bff0 reservoir_update_0(
    Reservoir_1512bff0 var_r,
    wp::int32 var_candidate,
    wp::float32 var_w,
    wp::float32 var_u)
{
    //---------
    // primal vars
    Reservoir_1512bff0 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::int32* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32* var_9;
    wp::float32* var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    bool var_17;
    bool var_18;
    wp::int32* var_19;
    wp::float32* var_20;
    //---------
    // forward
    // def reservoir_update(r: Reservoir, candidate: int, w: float, u: float) -> Reservoir:       <L 15>
    // out = r                                                                                <L 16>
    var_0 = wp::copy(var_r);
    // out.weight_sum = r.weight_sum + w                                                      <L 17>
    var_1 = &(var_r.weight_sum);
    var_3 = wp::load(var_1);
    var_2 = wp::add(var_3, var_w);
    var_4 = &(var_0.weight_sum);
    wp::store(var_4, var_2);
    // out.count = r.count + 1                                                                <L 18>
    var_5 = &(var_r.count);
    var_8 = wp::load(var_5);
    var_7 = wp::add(var_8, var_6);
    var_9 = &(var_0.count);
    wp::store(var_9, var_7);
    // if out.weight_sum > 0.0 and u * out.weight_sum < w:                                    <L 19>
    var_10 = &(var_0.weight_sum);
    var_13 = wp::load(var_10);
    var_12 = (var_13 > var_11);
    var_14 = &(var_0.weight_sum);
    var_16 = wp::load(var_14);
    var_15 = wp::mul(var_u, var_16);
    var_17 = (var_15 < var_w);
    var_18 = var_12 && var_17;
    if (var_18) {
        // out.sample = candidate                                                             <L 20>
        var_19 = &(var_0.sample);
        wp::store(var_19, var_candidate);
        // out.chosen_weight = w                                                              <L 21>
        var_20 = &(var_0.chosen_weight);
        wp::store(var_20, var_w);
    }
    // return out                                                                             <L 22>
    return var_0;
}


// corpus/027_reservoir_sampling.py:14
static CUDA_CALLABLE void adj_reservoir_update_0(
    Reservoir_1512bff0 var_r,
    wp::int32 var_candidate,
    wp::float32 var_w,
    wp::float32 var_u,
    Reservoir_1512bff0 & adj_r,
    wp::int32 & adj_candidate,
    wp::float32 & adj_w,
    wp::float32 & adj_u,
    Reservoir_1512bff0 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}



extern "C" __global__ void weighted_pick_d9ff6e19_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::int32> var_picks,
    wp::array_t<Reservoir_1512bff0> var_reservoirs)
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
        wp::uint32 var_1;
        Reservoir_1512bff0 var_2;
        const wp::int32 var_3 = 1;
        const wp::int32 var_4 = -1;
        wp::int32* var_5;
        const wp::float32 var_6 = 0.0;
        wp::float32* var_7;
        const wp::int32 var_8 = 0;
        wp::int32* var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32* var_11;
        wp::shape_t* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::shape_t var_15;
        wp::range_t var_16;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        wp::float32 var_23;
        Reservoir_1512bff0 var_24;
        wp::int32* var_25;
        wp::int32 var_26;
        //---------
        // forward
        // def weighted_pick(seed: int, weights: wp.array2d(dtype=float), picks: wp.array(dtype=int), reservoirs: wp.array(dtype=Reservoir)):       <L 26>
        // row = wp.tid()                                                                         <L 27>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, row)                                                        <L 28>
        var_1 = wp::rand_init(var_seed, var_0);
        // r = Reservoir()                                                                        <L 29>
        var_2 = Reservoir_1512bff0();
        // r.sample = -1                                                                          <L 30>
        var_5 = &(var_2.sample);
        wp::store(var_5, var_4);
        // r.weight_sum = 0.0                                                                     <L 31>
        var_7 = &(var_2.weight_sum);
        wp::store(var_7, var_6);
        // r.count = 0                                                                            <L 32>
        var_9 = &(var_2.count);
        wp::store(var_9, var_8);
        // r.chosen_weight = 0.0                                                                  <L 33>
        var_11 = &(var_2.chosen_weight);
        wp::store(var_11, var_10);
        // for k in range(weights.shape[1]):                                                      <L 34>
        var_12 = &(var_weights.shape);
        var_15 = wp::load(var_12);
        var_14 = wp::extract(var_15, var_13);
        var_16 = wp::range(var_14);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
            // w = weights[row, k]                                                                <L 35>
            var_18 = wp::address(var_weights, var_0, var_17);
            var_20 = wp::load(var_18);
            var_19 = wp::copy(var_20);
            // if w <= 0.0:                                                                       <L 36>
            var_22 = (var_19 <= var_21);
            if (var_22) {
                // continue                                                                       <L 37>
                goto start_for_0;
            }
            // r = reservoir_update(r, k, w, wp.randf(state))                                     <L 38>
            var_23 = wp::randf(var_1);
            var_24 = reservoir_update_0(var_2, var_17, var_19, var_23);
            wp::assign(var_2, var_24);
            goto start_for_0;
        end_for_0:;
        // picks[row] = r.sample                                                                  <L 39>
        var_25 = &(var_2.sample);
        var_26 = wp::load(var_25);
        wp::array_store(var_picks, var_0, var_26);
        // reservoirs[row] = r                                                                    <L 40>
        wp::array_store(var_reservoirs, var_0, var_2);
    }
}



extern "C" __global__ void shuffle_pairs_c89f8909_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::int32> var_perm,
    wp::int32 var_rounds)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::uint32 var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        bool var_13;
        const wp::int32 var_14 = 0;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32* var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        //---------
        // forward
        // def shuffle_pairs(seed: int, perm: wp.array(dtype=int), rounds: int):                  <L 44>
        // tid = wp.tid()                                                                         <L 45>
        var_0 = builtin_tid1d();
        // n = perm.shape[0]                                                                      <L 46>
        var_1 = &(var_perm.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // if tid != 0:                                                                           <L 47>
        var_6 = (var_0 != var_5);
        if (var_6) {
            // return                                                                             <L 48>
            continue;
        }
        // state = wp.rand_init(seed)                                                             <L 49>
        var_7 = wp::rand_init(var_seed);
        // for r in range(rounds):                                                                <L 50>
        var_8 = wp::range(var_rounds);
        start_for_1:;
            if (iter_cmp(var_8) == 0) goto end_for_1;
            var_9 = wp::iter_next(var_8);
            // i = n - 1                                                                          <L 51>
            var_11 = wp::sub(var_3, var_10);
            // while i > 0:                                                                       <L 52>
        start_while_3:;
            var_13 = (var_11 > var_12);
        if ((var_13) == false) goto end_while_3;
                // j = wp.randi(state, 0, i + 1)                                                  <L 53>
                var_16 = wp::add(var_11, var_15);
                var_17 = wp::randi(var_7, var_14, var_16);
                // tmp = perm[i]                                                                  <L 54>
                var_18 = wp::address(var_perm, var_11);
                var_20 = wp::load(var_18);
                var_19 = wp::copy(var_20);
                // perm[i] = perm[j]                                                              <L 55>
                var_21 = wp::address(var_perm, var_17);
                var_22 = wp::load(var_21);
                wp::array_store(var_perm, var_11, var_22);
                // perm[j] = tmp                                                                  <L 56>
                wp::array_store(var_perm, var_17, var_19);
                // i -= 1                                                                         <L 57>
                var_25 = wp::sub(var_11, var_24);
                wp::assign(var_11, var_25);
        goto start_while_3;
        end_while_3:;
            goto start_for_1;
        end_for_1:;
    }
}



extern "C" __global__ void subsample_points_2db5ad90_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_keep_prob,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::int32> var_counter)
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
        wp::uint32 var_1;
        wp::float32 var_2;
        bool var_3;
        const wp::int32 var_4 = 0;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // forward
        // def subsample_points(seed: int, points: wp.array(dtype=wp.vec3), keep_prob: float, out: wp.array(dtype=wp.vec3), counter: wp.array(dtype=int)):       <L 61>
        // i = wp.tid()                                                                           <L 62>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 63>
        var_1 = wp::rand_init(var_seed, var_0);
        // if wp.randf(state) >= keep_prob:                                                       <L 64>
        var_2 = wp::randf(var_1);
        var_3 = (var_2 >= var_keep_prob);
        if (var_3) {
            // return                                                                             <L 65>
            continue;
        }
        // slot = wp.atomic_add(counter, 0, 1)                                                    <L 66>
        var_6 = wp::atomic_add(var_counter, var_4, var_5);
        // if slot < out.shape[0]:                                                                <L 67>
        var_7 = &(var_out.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = (var_6 < var_9);
        if (var_11) {
            // out[slot] = points[i]                                                              <L 68>
            var_12 = wp::address(var_points, var_0);
            var_13 = wp::load(var_12);
            wp::array_store(var_out, var_6, var_13);
        }
    }
}



extern "C" __global__ void random_ints_histogram_aab3fb23_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::int32 var_seed,
    wp::int32 var_lo,
    wp::int32 var_hi,
    wp::array_t<wp::int32> var_hist)
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
        wp::uint32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::shape_t* var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::shape_t var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 2;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        bool var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 2;
        wp::int32 var_17;
        //---------
        // forward
        // def random_ints_histogram(seed: int, lo: int, hi: int, hist: wp.array(dtype=int)):       <L 72>
        // i = wp.tid()                                                                           <L 73>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, i)                                                          <L 74>
        var_1 = wp::rand_init(var_seed, var_0);
        // a = wp.randi(state, lo, hi)                                                            <L 75>
        var_2 = wp::randi(var_1, var_lo, var_hi);
        // b = wp.randi(state)                                                                    <L 76>
        var_3 = wp::randi(var_1);
        // bucket = (a - lo) % hist.shape[0]                                                      <L 77>
        var_4 = wp::sub(var_2, var_lo);
        var_5 = &(var_hist.shape);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = wp::mod(var_4, var_7);
        // if b % 2 == 0:                                                                         <L 78>
        var_11 = wp::mod(var_3, var_10);
        var_13 = (var_11 == var_12);
        if (var_13) {
            // hist[bucket] += 1                                                                  <L 79>
            var_15 = wp::atomic_add(var_hist, var_9, var_14);
        }
        if (!var_13) {
            // hist[bucket] += 2                                                                  <L 81>
            var_17 = wp::atomic_add(var_hist, var_9, var_16);
        }
    }
}

