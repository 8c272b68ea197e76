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


// corpus/183_event_counters_void_funcs.py:14
static CUDA_CALLABLE wp::int32 log_bucket_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 16;
    const wp::int32 var_7 = 2;
    wp::int32 var_8;
    wp::int32 var_9;
    //---------
    // forward
    // def log_bucket(x: float) -> int:                                                       <L 15>
    // if x <= 0.0:                                                                           <L 16>
    var_1 = (var_x <= var_0);
    if (var_1) {
        // return 0                                                                           <L 17>
        return var_2;
    }
    // return int(wp.floor(wp.log2(x))) + NUM_BUCKETS // 2                                    <L 18>
    var_3 = wp::log2(var_x);
    var_4 = wp::floor(var_3);
    var_5 = wp::int(var_4);
    var_8 = wp::floordiv(var_6, var_7);
    var_9 = wp::add(var_5, var_8);
    return var_9;
}


// corpus/183_event_counters_void_funcs.py:6
static CUDA_CALLABLE wp::int32 record_0(
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int64> var_total,
    wp::int32 var_bucket)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 16;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::int64 var_9;
    wp::int64 var_10;
    //---------
    // forward
    // def record(hist: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64), bucket: int) -> int:       <L 7>
    // b = wp.clamp(bucket, 0, NUM_BUCKETS - 1)                                               <L 8>
    var_3 = wp::sub(var_1, var_2);
    var_4 = wp::clamp(var_bucket, var_0, var_3);
    // wp.atomic_add(hist, b, wp.int32(1))                                                    <L 9>
    var_6 = wp::int32(var_5);
    var_7 = wp::atomic_add(var_hist, var_4, var_6);
    // wp.atomic_add(total, 0, wp.int64(1))                                                   <L 10>
    var_9 = 1ll;
    var_10 = wp::atomic_add(var_total, var_8, var_9);
    // return b                                                                               <L 11>
    return var_4;
}


// corpus/183_event_counters_void_funcs.py:28
static CUDA_CALLABLE void ignore_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    //---------
    // forward
    // def ignore(x: float):                                                                  <L 29>
    // pass                                                                                   <L 30>
}


// corpus/183_event_counters_void_funcs.py:21
static CUDA_CALLABLE void flush_0(
    wp::array_t<wp::float32> var_out,
    wp::int32 var_i,
    wp::float32 var_v)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    //---------
    // forward
    // def flush(out: wp.array(dtype=float), i: int, v: float):                               <L 22>
    // if v == 0.0:                                                                           <L 23>
    var_1 = (var_v == var_0);
    if (var_1) {
        // return                                                                             <L 24>
        return;
    }
    // out[i] = v                                                                             <L 25>
    wp::array_store(var_out, var_i, var_v);
}


// corpus/183_event_counters_void_funcs.py:14
static CUDA_CALLABLE void adj_log_bucket_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 16;
    const wp::int32 var_7 = 2;
    wp::int32 var_8;
    wp::int32 var_9;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    //---------
    // forward
    // def log_bucket(x: float) -> int:                                                       <L 15>
    // if x <= 0.0:                                                                           <L 16>
    var_1 = (var_x <= var_0);
    if (var_1) {
        // return 0                                                                           <L 17>
        goto label0;
    }
    // return int(wp.floor(wp.log2(x))) + NUM_BUCKETS // 2                                    <L 18>
    var_3 = wp::log2(var_x);
    var_4 = wp::floor(var_3);
    var_5 = wp::int(var_4);
    var_8 = wp::floordiv(var_6, var_7);
    var_9 = wp::add(var_5, var_8);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_9 += adj_ret;
    wp::adj_add(var_5, var_8, adj_5, adj_8, adj_9);
    wp::adj_log2(var_x, adj_x, adj_3);
    // adj: return int(wp.floor(wp.log2(x))) + NUM_BUCKETS // 2                               <L 18>
    if (var_1) {
        label0:;
        adj_2 += adj_ret;
        // adj: return 0                                                                      <L 17>
    }
    // adj: if x <= 0.0:                                                                      <L 16>
    // adj: def log_bucket(x: float) -> int:                                                  <L 15>
    return;
}


// corpus/183_event_counters_void_funcs.py:6
static CUDA_CALLABLE void adj_record_0(
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int64> var_total,
    wp::int32 var_bucket,
    wp::array_t<wp::int32> & adj_hist,
    wp::array_t<wp::int64> & adj_total,
    wp::int32 & adj_bucket,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 16;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::int64 var_9;
    wp::int64 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int64 adj_9 = {};
    wp::int64 adj_10 = {};
    //---------
    // forward
    // def record(hist: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64), bucket: int) -> int:       <L 7>
    // b = wp.clamp(bucket, 0, NUM_BUCKETS - 1)                                               <L 8>
    var_3 = wp::sub(var_1, var_2);
    var_4 = wp::clamp(var_bucket, var_0, var_3);
    // wp.atomic_add(hist, b, wp.int32(1))                                                    <L 9>
    var_6 = wp::int32(var_5);
    // var_7 = wp::atomic_add(var_hist, var_4, var_6);
    // wp.atomic_add(total, 0, wp.int64(1))                                                   <L 10>
    var_9 = 1ll;
    // var_10 = wp::atomic_add(var_total, var_8, var_9);
    // return b                                                                               <L 11>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    // adj: return b                                                                          <L 11>
    wp::adj_atomic_add(var_total, var_8, var_9, adj_total, adj_8, adj_9, adj_10);
    // adj: wp.atomic_add(total, 0, wp.int64(1))                                              <L 10>
    wp::adj_atomic_add(var_hist, var_4, var_6, adj_hist, adj_4, adj_6, adj_7);
    // adj: wp.atomic_add(hist, b, wp.int32(1))                                               <L 9>
    wp::adj_clamp(var_bucket, var_0, var_3, adj_bucket, adj_0, adj_3, adj_4);
    wp::adj_sub(var_1, var_2, adj_1, adj_2, adj_3);
    // adj: b = wp.clamp(bucket, 0, NUM_BUCKETS - 1)                                          <L 8>
    // adj: def record(hist: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64), bucket: int) -> int:  <L 7>
    return;
}


// corpus/183_event_counters_void_funcs.py:28
static CUDA_CALLABLE void adj_ignore_0(
    wp::float32 var_x,
    wp::float32 & adj_x)
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def ignore(x: float):                                                                  <L 29>
    // pass                                                                                   <L 30>
    //---------
    // reverse
    // adj: pass                                                                              <L 30>
    // adj: def ignore(x: float):                                                             <L 29>
    return;
}


// corpus/183_event_counters_void_funcs.py:21
static CUDA_CALLABLE void adj_flush_0(
    wp::array_t<wp::float32> var_out,
    wp::int32 var_i,
    wp::float32 var_v,
    wp::array_t<wp::float32> & adj_out,
    wp::int32 & adj_i,
    wp::float32 & adj_v)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    //---------
    // forward
    // def flush(out: wp.array(dtype=float), i: int, v: float):                               <L 22>
    // if v == 0.0:                                                                           <L 23>
    var_1 = (var_v == var_0);
    if (var_1) {
        // return                                                                             <L 24>
        goto label0;
    }
    // out[i] = v                                                                             <L 25>
    // wp::array_store(var_out, var_i, var_v);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_i, var_v, adj_out, adj_i, adj_v);
    // adj: out[i] = v                                                                        <L 25>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 24>
    }
    // adj: if v == 0.0:                                                                      <L 23>
    // adj: def flush(out: wp.array(dtype=float), i: int, v: float):                          <L 22>
    return;
}



extern "C" __global__ void latency_histogram_06c6636f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_samples,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int64> var_total,
    wp::array_t<wp::int32> var_buckets)
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
        wp::int32 var_2;
        wp::float32 var_3;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def latency_histogram(samples: wp.array(dtype=float), hist: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64), buckets: wp.array(dtype=int)):       <L 34>
        // i = wp.tid()                                                                           <L 35>
        var_0 = builtin_tid1d();
        // b = record(hist, total, log_bucket(samples[i]))                                        <L 37>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = log_bucket_0(var_3);
        var_4 = record_0(var_hist, var_total, var_2);
        // buckets[i] = b                                                                         <L 38>
        wp::array_store(var_buckets, var_0, var_4);
        // ignore(samples[i])                                                                     <L 39>
        var_5 = wp::address(var_samples, var_0);
        var_6 = wp::load(var_5);
        ignore_0(var_6);
    }
}



extern "C" __global__ void latency_histogram_06c6636f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_samples,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int64> var_total,
    wp::array_t<wp::int32> var_buckets,
    wp::array_t<wp::float32> adj_samples,
    wp::array_t<wp::int32> adj_hist,
    wp::array_t<wp::int64> adj_total,
    wp::array_t<wp::int32> adj_buckets)
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
        wp::int32 var_2;
        wp::float32 var_3;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def latency_histogram(samples: wp.array(dtype=float), hist: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64), buckets: wp.array(dtype=int)):       <L 34>
        // i = wp.tid()                                                                           <L 35>
        var_0 = builtin_tid1d();
        // b = record(hist, total, log_bucket(samples[i]))                                        <L 37>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = log_bucket_0(var_3);
        var_4 = record_0(var_hist, var_total, var_2);
        // buckets[i] = b                                                                         <L 38>
        // wp::array_store(var_buckets, var_0, var_4);
        // ignore(samples[i])                                                                     <L 39>
        var_5 = wp::address(var_samples, var_0);
        var_6 = wp::load(var_5);
        ignore_0(var_6);
        //---------
        // reverse
        adj_ignore_0(var_6, adj_5);
        wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_5);
        // adj: ignore(samples[i])                                                                <L 39>
        wp::adj_array_store(var_buckets, var_0, var_4, adj_buckets, adj_0, adj_4);
        // adj: buckets[i] = b                                                                    <L 38>
        adj_record_0(var_hist, var_total, var_2, adj_hist, adj_total, adj_2, adj_4);
        adj_log_bucket_0(var_3, adj_1, adj_2);
        wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
        // adj: b = record(hist, total, log_bucket(samples[i]))                                   <L 37>
        // adj: i = wp.tid()                                                                      <L 35>
        // adj: def latency_histogram(samples: wp.array(dtype=float), hist: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64), buckets: wp.array(dtype=int)):  <L 34>
        continue;
    }
}



extern "C" __global__ void threshold_events_60031234_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_signal,
    wp::float32 var_threshold,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int64> var_total,
    wp::array_t<wp::float32> var_onsets)
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
        const wp::int32 var_1 = 0;
        bool var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        bool var_11;
        bool var_12;
        bool var_13;
        const wp::int32 var_14 = 16;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::float32 var_17;
        //---------
        // forward
        // def threshold_events(signal: wp.array(dtype=float), threshold: float, hist: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64), onsets: wp.array(dtype=float)):       <L 43>
        // i = wp.tid()                                                                           <L 44>
        var_0 = builtin_tid1d();
        // if i == 0:                                                                             <L 45>
        var_2 = (var_0 == var_1);
        if (var_2) {
            // return                                                                             <L 46>
            continue;
        }
        // prev = signal[i - 1]                                                                   <L 47>
        var_4 = wp::sub(var_0, var_3);
        var_5 = wp::address(var_signal, var_4);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // cur = signal[i]                                                                        <L 48>
        var_8 = wp::address(var_signal, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // if prev < threshold and cur >= threshold:                                              <L 49>
        var_12 = (var_6 < var_threshold);
        var_11 = var_12;
        if (var_11) {
            var_13 = (var_9 >= var_threshold);
            var_11 = var_11 && var_13;
        }
        if (var_11) {
            // record(hist, total, i % NUM_BUCKETS)                                               <L 50>
            var_15 = wp::mod(var_0, var_14);
            var_16 = record_0(var_hist, var_total, var_15);
            // flush(onsets, i, cur - prev)                                                       <L 51>
            var_17 = wp::sub(var_9, var_6);
            flush_0(var_onsets, var_0, var_17);
        }
    }
}



extern "C" __global__ void threshold_events_60031234_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_signal,
    wp::float32 var_threshold,
    wp::array_t<wp::int32> var_hist,
    wp::array_t<wp::int64> var_total,
    wp::array_t<wp::float32> var_onsets,
    wp::array_t<wp::float32> adj_signal,
    wp::float32 adj_threshold,
    wp::array_t<wp::int32> adj_hist,
    wp::array_t<wp::int64> adj_total,
    wp::array_t<wp::float32> adj_onsets)
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
        const wp::int32 var_1 = 0;
        bool var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        bool var_11;
        bool var_12;
        bool var_13;
        const wp::int32 var_14 = 16;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::float32 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        bool adj_12 = {};
        bool adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        //---------
        // forward
        // def threshold_events(signal: wp.array(dtype=float), threshold: float, hist: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64), onsets: wp.array(dtype=float)):       <L 43>
        // i = wp.tid()                                                                           <L 44>
        var_0 = builtin_tid1d();
        // if i == 0:                                                                             <L 45>
        var_2 = (var_0 == var_1);
        if (var_2) {
            // return                                                                             <L 46>
            goto label0;
        }
        // prev = signal[i - 1]                                                                   <L 47>
        var_4 = wp::sub(var_0, var_3);
        var_5 = wp::address(var_signal, var_4);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // cur = signal[i]                                                                        <L 48>
        var_8 = wp::address(var_signal, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // if prev < threshold and cur >= threshold:                                              <L 49>
        var_12 = (var_6 < var_threshold);
        var_11 = var_12;
        if (var_11) {
            var_13 = (var_9 >= var_threshold);
            var_11 = var_11 && var_13;
        }
        if (var_11) {
            // record(hist, total, i % NUM_BUCKETS)                                               <L 50>
            var_15 = wp::mod(var_0, var_14);
            var_16 = record_0(var_hist, var_total, var_15);
            // flush(onsets, i, cur - prev)                                                       <L 51>
            var_17 = wp::sub(var_9, var_6);
            flush_0(var_onsets, var_0, var_17);
        }
        //---------
        // reverse
        if (var_11) {
            adj_flush_0(var_onsets, var_0, var_17, adj_onsets, adj_0, adj_17);
            wp::adj_sub(var_9, var_6, adj_9, adj_6, adj_17);
            // adj: flush(onsets, i, cur - prev)                                                  <L 51>
            adj_record_0(var_hist, var_total, var_15, adj_hist, adj_total, adj_15, adj_16);
            wp::adj_mod(var_0, var_14, adj_0, adj_14, adj_15);
            // adj: record(hist, total, i % NUM_BUCKETS)                                          <L 50>
        }
        if (var_11) {
        }
        // adj: if prev < threshold and cur >= threshold:                                         <L 49>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_signal, var_0, adj_signal, adj_0, adj_8);
        // adj: cur = signal[i]                                                                   <L 48>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_signal, var_4, adj_signal, adj_4, adj_5);
        wp::adj_sub(var_0, var_3, adj_0, adj_3, adj_4);
        // adj: prev = signal[i - 1]                                                              <L 47>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 46>
        }
        // adj: if i == 0:                                                                        <L 45>
        // adj: i = wp.tid()                                                                      <L 44>
        // adj: def threshold_events(signal: wp.array(dtype=float), threshold: float, hist: wp.array(dtype=wp.int32), total: wp.array(dtype=wp.int64), onsets: wp.array(dtype=float)):  <L 43>
        continue;
    }
}



extern "C" __global__ void rolling_max_40e68e80_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_signal,
    wp::int32 var_window,
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        bool var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::float32 var_20 = 0.0;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        const wp::float32 var_27 = 0.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 2;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        const wp::float32 var_34 = 0.0;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        bool var_40;
        const wp::str var_41 = "last window max %f over %d samples\n";
        //---------
        // forward
        // def rolling_max(signal: wp.array(dtype=float), window: int, out: wp.array(dtype=float)):       <L 55>
        // i = wp.tid()                                                                           <L 56>
        var_0 = builtin_tid1d();
        // n = signal.shape[0]                                                                    <L 57>
        var_1 = &(var_signal.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // m = signal[i]                                                                          <L 58>
        var_5 = wp::address(var_signal, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // for k in range(1, window):                                                             <L 59>
        var_9 = wp::range(var_8, var_window);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // j = i - k                                                                          <L 60>
            var_11 = wp::sub(var_0, var_10);
            // if j < 0:                                                                          <L 61>
            var_13 = (var_11 < var_12);
            if (var_13) {
                // break                                                                          <L 62>
                goto end_for_0;
            }
            // m = wp.max(m, signal[j])                                                           <L 63>
            var_14 = wp::address(var_signal, var_11);
            var_16 = wp::load(var_14);
            var_15 = wp::max(var_6, var_16);
            wp::assign(var_6, var_15);
            goto start_for_0;
        end_for_0:;
        // for k in range(3):                                                                     <L 64>
        // k = k + 1                                                                              <L 65>
        var_19 = wp::add(var_17, var_18);
        // m += 0.0 * float(k)                                                                    <L 66>
        var_21 = wp::float(var_19);
        var_22 = wp::mul(var_20, var_21);
        var_23 = wp::add(var_6, var_22);
        // k = k + 1                                                                              <L 65>
        var_26 = wp::add(var_24, var_25);
        // m += 0.0 * float(k)                                                                    <L 66>
        var_28 = wp::float(var_26);
        var_29 = wp::mul(var_27, var_28);
        var_30 = wp::add(var_23, var_29);
        // k = k + 1                                                                              <L 65>
        var_33 = wp::add(var_31, var_32);
        // m += 0.0 * float(k)                                                                    <L 66>
        var_35 = wp::float(var_33);
        var_36 = wp::mul(var_34, var_35);
        var_37 = wp::add(var_30, var_36);
        // out[i] = m                                                                             <L 67>
        wp::array_store(var_out, var_0, var_37);
        // if i == n - 1:                                                                         <L 68>
        var_39 = wp::sub(var_3, var_38);
        var_40 = (var_0 == var_39);
        if (var_40) {
            // wp.printf("last window max %f over %d samples\n", m, window)                       <L 69>
            printf(var_41, var_37, var_window);
        }
    }
}



extern "C" __global__ void rolling_max_40e68e80_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_signal,
    wp::int32 var_window,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_signal,
    wp::int32 adj_window,
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        bool var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::float32 var_20 = 0.0;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        const wp::float32 var_27 = 0.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 2;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        const wp::float32 var_34 = 0.0;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        bool var_40;
        const wp::str var_41 = "last window max %f over %d samples\n";
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        bool adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        bool adj_40 = {};
        wp::str adj_41 = {};
        //---------
        // forward
        // def rolling_max(signal: wp.array(dtype=float), window: int, out: wp.array(dtype=float)):       <L 55>
        // i = wp.tid()                                                                           <L 56>
        var_0 = builtin_tid1d();
        // n = signal.shape[0]                                                                    <L 57>
        var_1 = &(var_signal.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // m = signal[i]                                                                          <L 58>
        var_5 = wp::address(var_signal, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // for k in range(1, window):                                                             <L 59>
        var_9 = wp::range(var_8, var_window);
        // for k in range(3):                                                                     <L 64>
        // k = k + 1                                                                              <L 65>
        var_19 = wp::add(var_17, var_18);
        // m += 0.0 * float(k)                                                                    <L 66>
        var_21 = wp::float(var_19);
        var_22 = wp::mul(var_20, var_21);
        var_23 = wp::add(var_6, var_22);
        // k = k + 1                                                                              <L 65>
        var_26 = wp::add(var_24, var_25);
        // m += 0.0 * float(k)                                                                    <L 66>
        var_28 = wp::float(var_26);
        var_29 = wp::mul(var_27, var_28);
        var_30 = wp::add(var_23, var_29);
        // k = k + 1                                                                              <L 65>
        var_33 = wp::add(var_31, var_32);
        // m += 0.0 * float(k)                                                                    <L 66>
        var_35 = wp::float(var_33);
        var_36 = wp::mul(var_34, var_35);
        var_37 = wp::add(var_30, var_36);
        // out[i] = m                                                                             <L 67>
        // wp::array_store(var_out, var_0, var_37);
        // if i == n - 1:                                                                         <L 68>
        var_39 = wp::sub(var_3, var_38);
        var_40 = (var_0 == var_39);
        if (var_40) {
            // wp.printf("last window max %f over %d samples\n", m, window)                       <L 69>
            printf(var_41, var_37, var_window);
        }
        //---------
        // reverse
        if (var_40) {
            // adj: wp.printf("last window max %f over %d samples\n", m, window)                  <L 69>
        }
        wp::adj_sub(var_3, var_38, adj_3, adj_38, adj_39);
        // adj: if i == n - 1:                                                                    <L 68>
        wp::adj_array_store(var_out, var_0, var_37, adj_out, adj_0, adj_37);
        // adj: out[i] = m                                                                        <L 67>
        wp::adj_add(var_30, var_36, adj_30, adj_36, adj_37);
        wp::adj_mul(var_34, var_35, adj_34, adj_35, adj_36);
        wp::adj_float(var_33, adj_33, adj_35);
        // adj: m += 0.0 * float(k)                                                               <L 66>
        wp::adj_add(var_31, var_32, adj_31, adj_32, adj_33);
        // adj: k = k + 1                                                                         <L 65>
        wp::adj_add(var_23, var_29, adj_23, adj_29, adj_30);
        wp::adj_mul(var_27, var_28, adj_27, adj_28, adj_29);
        wp::adj_float(var_26, adj_26, adj_28);
        // adj: m += 0.0 * float(k)                                                               <L 66>
        wp::adj_add(var_24, var_25, adj_24, adj_25, adj_26);
        // adj: k = k + 1                                                                         <L 65>
        wp::adj_add(var_6, var_22, adj_6, adj_22, adj_23);
        wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
        wp::adj_float(var_19, adj_19, adj_21);
        // adj: m += 0.0 * float(k)                                                               <L 66>
        wp::adj_add(var_17, var_18, adj_17, adj_18, adj_19);
        // adj: k = k + 1                                                                         <L 65>
        // adj: for k in range(3):                                                                <L 64>
        var_9 = wp::iter_reverse(var_9);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
            // j = i - k                                                                          <L 60>
            var_11 = wp::sub(var_0, var_10);
            // if j < 0:                                                                          <L 61>
            var_13 = (var_11 < var_12);
            if (var_13) {
                // break                                                                          <L 62>
                goto end_for_0;
            }
            // m = wp.max(m, signal[j])                                                           <L 63>
            var_14 = wp::address(var_signal, var_11);
            var_16 = wp::load(var_14);
            var_15 = wp::max(var_6, var_16);
            wp::assign(var_6, var_15);
            wp::adj_assign(var_6, var_15, adj_6, adj_15);
            wp::adj_max(var_6, var_16, adj_6, adj_14, adj_15);
            wp::adj_address(var_signal, var_11, adj_signal, adj_11, adj_14);
            // adj: m = wp.max(m, signal[j])                                                      <L 63>
            if (var_13) {
                // adj: break                                                                     <L 62>
            }
            // adj: if j < 0:                                                                     <L 61>
            wp::adj_sub(var_0, var_10, adj_0, adj_10, adj_11);
            // adj: j = i - k                                                                     <L 60>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(1, window):                                                        <L 59>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_signal, var_0, adj_signal, adj_0, adj_5);
        // adj: m = signal[i]                                                                     <L 58>
        adj_signal.shape = adj_1;
        // adj: n = signal.shape[0]                                                               <L 57>
        // adj: i = wp.tid()                                                                      <L 56>
        // adj: def rolling_max(signal: wp.array(dtype=float), window: int, out: wp.array(dtype=float)):  <L 55>
        continue;
    }
}

