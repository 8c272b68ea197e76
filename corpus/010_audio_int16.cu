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


// corpus/010_audio_int16.py:8
static CUDA_CALLABLE wp::int16 saturate16_0(
    wp::int32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 32767;
    bool var_1;
    wp::int16 var_2;
    const wp::int32 var_3 = -32768;
    bool var_4;
    wp::int16 var_5;
    wp::int16 var_6;
    //---------
    // forward
    // def saturate16(x: int) -> wp.int16:                                                    <L 9>
    // if x > INT16_MAX:                                                                      <L 10>
    var_1 = (var_x > var_0);
    if (var_1) {
        // return wp.int16(INT16_MAX)                                                         <L 11>
        var_2 = wp::int16(var_0);
        return var_2;
    }
    // if x < INT16_MIN:                                                                      <L 12>
    var_4 = (var_x < var_3);
    if (var_4) {
        // return wp.int16(INT16_MIN)                                                         <L 13>
        var_5 = wp::int16(var_3);
        return var_5;
    }
    // return wp.int16(x)                                                                     <L 14>
    var_6 = wp::int16(var_x);
    return var_6;
}


// corpus/010_audio_int16.py:17
static CUDA_CALLABLE wp::float32 soft_clip_0(
    wp::float32 var_x,
    wp::float32 var_drive)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    bool var_2;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.0;
    wp::float32 var_5;
    const wp::float32 var_6 = -1.0;
    bool var_7;
    const wp::float32 var_8 = -2.0;
    const wp::float32 var_9 = 3.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 3.0;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def soft_clip(x: float, drive: float) -> float:                                        <L 18>
    // y = x * drive                                                                          <L 19>
    var_0 = wp::mul(var_x, var_drive);
    // if y > 1.0:                                                                            <L 20>
    var_2 = (var_0 > var_1);
    if (var_2) {
        // return 2.0 / 3.0                                                                   <L 21>
        var_5 = wp::div(var_3, var_4);
        return var_5;
    }
    if (!var_2) {
        // elif y < -1.0:                                                                     <L 22>
        var_7 = (var_0 < var_6);
        if (var_7) {
            // return -2.0 / 3.0                                                              <L 23>
            var_10 = wp::div(var_8, var_9);
            return var_10;
        }
    }
    // return y - y * y * y / 3.0                                                             <L 24>
    var_11 = wp::mul(var_0, var_0);
    var_12 = wp::mul(var_11, var_0);
    var_14 = wp::div(var_12, var_13);
    var_15 = wp::sub(var_0, var_14);
    return var_15;
}


// corpus/010_audio_int16.py:8
static CUDA_CALLABLE void adj_saturate16_0(
    wp::int32 var_x,
    wp::int32 & adj_x,
    wp::int16 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 32767;
    bool var_1;
    wp::int16 var_2;
    const wp::int32 var_3 = -32768;
    bool var_4;
    wp::int16 var_5;
    wp::int16 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int16 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int16 adj_5 = {};
    wp::int16 adj_6 = {};
    //---------
    // forward
    // def saturate16(x: int) -> wp.int16:                                                    <L 9>
    // if x > INT16_MAX:                                                                      <L 10>
    var_1 = (var_x > var_0);
    if (var_1) {
        // return wp.int16(INT16_MAX)                                                         <L 11>
        var_2 = wp::int16(var_0);
        goto label0;
    }
    // if x < INT16_MIN:                                                                      <L 12>
    var_4 = (var_x < var_3);
    if (var_4) {
        // return wp.int16(INT16_MIN)                                                         <L 13>
        var_5 = wp::int16(var_3);
        goto label1;
    }
    // return wp.int16(x)                                                                     <L 14>
    var_6 = wp::int16(var_x);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_6 += adj_ret;
    // adj: return wp.int16(x)                                                                <L 14>
    if (var_4) {
        label1:;
        adj_5 += adj_ret;
        // adj: return wp.int16(INT16_MIN)                                                    <L 13>
    }
    // adj: if x < INT16_MIN:                                                                 <L 12>
    if (var_1) {
        label0:;
        adj_2 += adj_ret;
        // adj: return wp.int16(INT16_MAX)                                                    <L 11>
    }
    // adj: if x > INT16_MAX:                                                                 <L 10>
    // adj: def saturate16(x: int) -> wp.int16:                                               <L 9>
    return;
}


// corpus/010_audio_int16.py:17
static CUDA_CALLABLE void adj_soft_clip_0(
    wp::float32 var_x,
    wp::float32 var_drive,
    wp::float32 & adj_x,
    wp::float32 & adj_drive,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    bool var_2;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.0;
    wp::float32 var_5;
    const wp::float32 var_6 = -1.0;
    bool var_7;
    const wp::float32 var_8 = -2.0;
    const wp::float32 var_9 = 3.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 3.0;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def soft_clip(x: float, drive: float) -> float:                                        <L 18>
    // y = x * drive                                                                          <L 19>
    var_0 = wp::mul(var_x, var_drive);
    // if y > 1.0:                                                                            <L 20>
    var_2 = (var_0 > var_1);
    if (var_2) {
        // return 2.0 / 3.0                                                                   <L 21>
        var_5 = wp::div(var_3, var_4);
        goto label0;
    }
    if (!var_2) {
        // elif y < -1.0:                                                                     <L 22>
        var_7 = (var_0 < var_6);
        if (var_7) {
            // return -2.0 / 3.0                                                              <L 23>
            var_10 = wp::div(var_8, var_9);
            goto label1;
        }
    }
    // return y - y * y * y / 3.0                                                             <L 24>
    var_11 = wp::mul(var_0, var_0);
    var_12 = wp::mul(var_11, var_0);
    var_14 = wp::div(var_12, var_13);
    var_15 = wp::sub(var_0, var_14);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_15 += adj_ret;
    wp::adj_sub(var_0, var_14, adj_0, adj_14, adj_15);
    wp::adj_div(var_12, var_13, var_14, adj_12, adj_13, adj_14);
    wp::adj_mul(var_11, var_0, adj_11, adj_0, adj_12);
    wp::adj_mul(var_0, var_0, adj_0, adj_0, adj_11);
    // adj: return y - y * y * y / 3.0                                                        <L 24>
    if (!var_2) {
        if (var_7) {
            label1:;
            adj_10 += adj_ret;
            wp::adj_div(var_8, var_9, var_10, adj_8, adj_9, adj_10);
            // adj: return -2.0 / 3.0                                                         <L 23>
        }
        // adj: elif y < -1.0:                                                                <L 22>
    }
    if (var_2) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_div(var_3, var_4, var_5, adj_3, adj_4, adj_5);
        // adj: return 2.0 / 3.0                                                              <L 21>
    }
    // adj: if y > 1.0:                                                                       <L 20>
    wp::adj_mul(var_x, var_drive, adj_x, adj_drive, adj_0);
    // adj: y = x * drive                                                                     <L 19>
    // adj: def soft_clip(x: float, drive: float) -> float:                                   <L 18>
    return;
}



extern "C" __global__ void mix_tracks_91ae6465_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_tracks,
    wp::array_t<wp::float32> var_gains,
    wp::array_t<wp::float32> var_pans,
    wp::array_t<wp::int16> var_left,
    wp::array_t<wp::int16> var_right,
    wp::array_t<wp::int32> var_clipped)
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
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int16* var_11;
        wp::float32 var_12;
        wp::int16 var_13;
        const wp::float32 var_14 = 32768.0;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        const wp::float32 var_20 = -1.0;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 1.0;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.25;
        wp::float32 var_27;
        const wp::float32 var_28 = 3.141592653589793;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 32768.0;
        wp::float32 var_39;
        wp::int32 var_40;
        const wp::float32 var_41 = 32768.0;
        wp::float32 var_42;
        wp::int32 var_43;
        bool var_44;
        const wp::int32 var_45 = 32767;
        bool var_46;
        const wp::int32 var_47 = -32768;
        bool var_48;
        bool var_49;
        bool var_50;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        wp::int16 var_54;
        wp::int16 var_55;
        //---------
        // forward
        // def mix_tracks(                                                                        <L 28>
        // s = wp.tid()                                                                           <L 36>
        var_0 = builtin_tid1d();
        // num_tracks = tracks.shape[0]                                                           <L 37>
        var_1 = &(var_tracks.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // acc_l = float(0.0)                                                                     <L 38>
        var_6 = wp::float(var_5);
        // acc_r = float(0.0)                                                                     <L 39>
        var_8 = wp::float(var_7);
        // for t in range(num_tracks):                                                            <L 40>
        var_9 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // x = float(tracks[t, s]) / 32768.0                                                  <L 41>
            var_11 = wp::address(var_tracks, var_10, var_0);
            var_13 = wp::load(var_11);
            var_12 = wp::float(var_13);
            var_15 = wp::div(var_12, var_14);
            // g = gains[t]                                                                       <L 42>
            var_16 = wp::address(var_gains, var_10);
            var_18 = wp::load(var_16);
            var_17 = wp::copy(var_18);
            // p = wp.clamp(pans[t], -1.0, 1.0)                                                   <L 43>
            var_19 = wp::address(var_pans, var_10);
            var_23 = wp::load(var_19);
            var_22 = wp::clamp(var_23, var_20, var_21);
            // angle = (p + 1.0) * 0.25 * wp.pi                                                   <L 44>
            var_25 = wp::add(var_22, var_24);
            var_27 = wp::mul(var_25, var_26);
            var_29 = wp::mul(var_27, var_28);
            // acc_l += x * g * wp.cos(angle)                                                     <L 45>
            var_30 = wp::mul(var_15, var_17);
            var_31 = wp::cos(var_29);
            var_32 = wp::mul(var_30, var_31);
            var_33 = wp::add(var_6, var_32);
            // acc_r += x * g * wp.sin(angle)                                                     <L 46>
            var_34 = wp::mul(var_15, var_17);
            var_35 = wp::sin(var_29);
            var_36 = wp::mul(var_34, var_35);
            var_37 = wp::add(var_8, var_36);
            wp::assign(var_6, var_33);
            wp::assign(var_8, var_37);
            goto start_for_0;
        end_for_0:;
        // il = int(acc_l * 32768.0)                                                              <L 47>
        var_39 = wp::mul(var_6, var_38);
        var_40 = wp::int(var_39);
        // ir = int(acc_r * 32768.0)                                                              <L 48>
        var_42 = wp::mul(var_8, var_41);
        var_43 = wp::int(var_42);
        // if il > INT16_MAX or il < INT16_MIN or ir > INT16_MAX or ir < INT16_MIN:               <L 49>
        var_46 = (var_40 > var_45);
        var_44 = var_46;
        if (!var_44) {
            var_48 = (var_40 < var_47);
            var_44 = var_44 || var_48;
        }
        if (!var_44) {
            var_49 = (var_43 > var_45);
            var_44 = var_44 || var_49;
        }
        if (!var_44) {
            var_50 = (var_43 < var_47);
            var_44 = var_44 || var_50;
        }
        if (var_44) {
            // wp.atomic_add(clipped, 0, 1)                                                       <L 50>
            var_53 = wp::atomic_add(var_clipped, var_51, var_52);
        }
        // left[s] = saturate16(il)                                                               <L 51>
        var_54 = saturate16_0(var_40);
        wp::array_store(var_left, var_0, var_54);
        // right[s] = saturate16(ir)                                                              <L 52>
        var_55 = saturate16_0(var_43);
        wp::array_store(var_right, var_0, var_55);
    }
}



extern "C" __global__ void mix_tracks_91ae6465_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_tracks,
    wp::array_t<wp::float32> var_gains,
    wp::array_t<wp::float32> var_pans,
    wp::array_t<wp::int16> var_left,
    wp::array_t<wp::int16> var_right,
    wp::array_t<wp::int32> var_clipped,
    wp::array_t<wp::int16> adj_tracks,
    wp::array_t<wp::float32> adj_gains,
    wp::array_t<wp::float32> adj_pans,
    wp::array_t<wp::int16> adj_left,
    wp::array_t<wp::int16> adj_right,
    wp::array_t<wp::int32> adj_clipped)
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
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int16* var_11;
        wp::float32 var_12;
        wp::int16 var_13;
        const wp::float32 var_14 = 32768.0;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        const wp::float32 var_20 = -1.0;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 1.0;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.25;
        wp::float32 var_27;
        const wp::float32 var_28 = 3.141592653589793;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 32768.0;
        wp::float32 var_39;
        wp::int32 var_40;
        const wp::float32 var_41 = 32768.0;
        wp::float32 var_42;
        wp::int32 var_43;
        bool var_44;
        const wp::int32 var_45 = 32767;
        bool var_46;
        const wp::int32 var_47 = -32768;
        bool var_48;
        bool var_49;
        bool var_50;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        wp::int16 var_54;
        wp::int16 var_55;
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
        wp::float32 adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int16 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int16 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        bool adj_44 = {};
        wp::int32 adj_45 = {};
        bool adj_46 = {};
        wp::int32 adj_47 = {};
        bool adj_48 = {};
        bool adj_49 = {};
        bool adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int16 adj_54 = {};
        wp::int16 adj_55 = {};
        //---------
        // forward
        // def mix_tracks(                                                                        <L 28>
        // s = wp.tid()                                                                           <L 36>
        var_0 = builtin_tid1d();
        // num_tracks = tracks.shape[0]                                                           <L 37>
        var_1 = &(var_tracks.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // acc_l = float(0.0)                                                                     <L 38>
        var_6 = wp::float(var_5);
        // acc_r = float(0.0)                                                                     <L 39>
        var_8 = wp::float(var_7);
        // for t in range(num_tracks):                                                            <L 40>
        var_9 = wp::range(var_3);
        // il = int(acc_l * 32768.0)                                                              <L 47>
        var_39 = wp::mul(var_6, var_38);
        var_40 = wp::int(var_39);
        // ir = int(acc_r * 32768.0)                                                              <L 48>
        var_42 = wp::mul(var_8, var_41);
        var_43 = wp::int(var_42);
        // if il > INT16_MAX or il < INT16_MIN or ir > INT16_MAX or ir < INT16_MIN:               <L 49>
        var_46 = (var_40 > var_45);
        var_44 = var_46;
        if (!var_44) {
            var_48 = (var_40 < var_47);
            var_44 = var_44 || var_48;
        }
        if (!var_44) {
            var_49 = (var_43 > var_45);
            var_44 = var_44 || var_49;
        }
        if (!var_44) {
            var_50 = (var_43 < var_47);
            var_44 = var_44 || var_50;
        }
        if (var_44) {
            // wp.atomic_add(clipped, 0, 1)                                                       <L 50>
            // var_53 = wp::atomic_add(var_clipped, var_51, var_52);
        }
        // left[s] = saturate16(il)                                                               <L 51>
        var_54 = saturate16_0(var_40);
        // wp::array_store(var_left, var_0, var_54);
        // right[s] = saturate16(ir)                                                              <L 52>
        var_55 = saturate16_0(var_43);
        // wp::array_store(var_right, var_0, var_55);
        //---------
        // reverse
        wp::adj_array_store(var_right, var_0, var_55, adj_right, adj_0, adj_55);
        adj_saturate16_0(var_43, adj_43, adj_55);
        // adj: right[s] = saturate16(ir)                                                         <L 52>
        wp::adj_array_store(var_left, var_0, var_54, adj_left, adj_0, adj_54);
        adj_saturate16_0(var_40, adj_40, adj_54);
        // adj: left[s] = saturate16(il)                                                          <L 51>
        if (var_44) {
            wp::adj_atomic_add(var_clipped, var_51, var_52, adj_clipped, adj_51, adj_52, adj_53);
            // adj: wp.atomic_add(clipped, 0, 1)                                                  <L 50>
        }
        if (!var_44) {
        }
        if (!var_44) {
        }
        if (!var_44) {
        }
        // adj: if il > INT16_MAX or il < INT16_MIN or ir > INT16_MAX or ir < INT16_MIN:          <L 49>
        wp::adj_mul(var_8, var_41, adj_8, adj_41, adj_42);
        // adj: ir = int(acc_r * 32768.0)                                                         <L 48>
        wp::adj_mul(var_6, var_38, adj_6, adj_38, adj_39);
        // adj: il = int(acc_l * 32768.0)                                                         <L 47>
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
            // x = float(tracks[t, s]) / 32768.0                                                  <L 41>
            var_11 = wp::address(var_tracks, var_10, var_0);
            var_13 = wp::load(var_11);
            var_12 = wp::float(var_13);
            var_15 = wp::div(var_12, var_14);
            // g = gains[t]                                                                       <L 42>
            var_16 = wp::address(var_gains, var_10);
            var_18 = wp::load(var_16);
            var_17 = wp::copy(var_18);
            // p = wp.clamp(pans[t], -1.0, 1.0)                                                   <L 43>
            var_19 = wp::address(var_pans, var_10);
            var_23 = wp::load(var_19);
            var_22 = wp::clamp(var_23, var_20, var_21);
            // angle = (p + 1.0) * 0.25 * wp.pi                                                   <L 44>
            var_25 = wp::add(var_22, var_24);
            var_27 = wp::mul(var_25, var_26);
            var_29 = wp::mul(var_27, var_28);
            // acc_l += x * g * wp.cos(angle)                                                     <L 45>
            var_30 = wp::mul(var_15, var_17);
            var_31 = wp::cos(var_29);
            var_32 = wp::mul(var_30, var_31);
            var_33 = wp::add(var_6, var_32);
            // acc_r += x * g * wp.sin(angle)                                                     <L 46>
            var_34 = wp::mul(var_15, var_17);
            var_35 = wp::sin(var_29);
            var_36 = wp::mul(var_34, var_35);
            var_37 = wp::add(var_8, var_36);
            wp::assign(var_6, var_33);
            wp::assign(var_8, var_37);
            wp::adj_assign(var_8, var_37, adj_8, adj_37);
            wp::adj_assign(var_6, var_33, adj_6, adj_33);
            wp::adj_add(var_8, var_36, adj_8, adj_36, adj_37);
            wp::adj_mul(var_34, var_35, adj_34, adj_35, adj_36);
            wp::adj_sin(var_29, adj_29, adj_35);
            wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_34);
            // adj: acc_r += x * g * wp.sin(angle)                                                <L 46>
            wp::adj_add(var_6, var_32, adj_6, adj_32, adj_33);
            wp::adj_mul(var_30, var_31, adj_30, adj_31, adj_32);
            wp::adj_cos(var_29, adj_29, adj_31);
            wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_30);
            // adj: acc_l += x * g * wp.cos(angle)                                                <L 45>
            wp::adj_mul(var_27, var_28, adj_27, adj_28, adj_29);
            wp::adj_mul(var_25, var_26, adj_25, adj_26, adj_27);
            wp::adj_add(var_22, var_24, adj_22, adj_24, adj_25);
            // adj: angle = (p + 1.0) * 0.25 * wp.pi                                              <L 44>
            wp::adj_clamp(var_23, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
            wp::adj_address(var_pans, var_10, adj_pans, adj_10, adj_19);
            // adj: p = wp.clamp(pans[t], -1.0, 1.0)                                              <L 43>
            wp::adj_copy(var_18, adj_16, adj_17);
            wp::adj_address(var_gains, var_10, adj_gains, adj_10, adj_16);
            // adj: g = gains[t]                                                                  <L 42>
            wp::adj_div(var_12, var_14, var_15, adj_12, adj_14, adj_15);
            wp::adj_float(var_13, adj_11, adj_12);
            wp::adj_address(var_tracks, var_10, var_0, adj_tracks, adj_10, adj_0, adj_11);
            // adj: x = float(tracks[t, s]) / 32768.0                                             <L 41>
        	goto start_for_0;
        end_for_0:;
        // adj: for t in range(num_tracks):                                                       <L 40>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: acc_r = float(0.0)                                                                <L 39>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: acc_l = float(0.0)                                                                <L 38>
        adj_tracks.shape = adj_1;
        // adj: num_tracks = tracks.shape[0]                                                      <L 37>
        // adj: s = wp.tid()                                                                      <L 36>
        // adj: def mix_tracks(                                                                   <L 28>
        continue;
    }
}



extern "C" __global__ void oscillator_663ac150_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_out,
    wp::float32 var_freq,
    wp::float32 var_sample_rate,
    wp::float32 var_amplitude,
    wp::float32 var_phase)
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
        wp::float32 var_1;
        wp::float32 var_2;
        const wp::float32 var_3 = 6.28318530718;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 32767.0;
        wp::float32 var_10;
        wp::int32 var_11;
        wp::int16 var_12;
        //---------
        // forward
        // def oscillator(out: wp.array(dtype=wp.int16), freq: float, sample_rate: float, amplitude: float, phase: float):       <L 56>
        // i = wp.tid()                                                                           <L 57>
        var_0 = builtin_tid1d();
        // t = float(i) / sample_rate                                                             <L 58>
        var_1 = wp::float(var_0);
        var_2 = wp::div(var_1, var_sample_rate);
        // x = wp.sin(TWO_PI * freq * t + phase)                                                  <L 59>
        var_4 = wp::mul(var_3, var_freq);
        var_5 = wp::mul(var_4, var_2);
        var_6 = wp::add(var_5, var_phase);
        var_7 = wp::sin(var_6);
        // out[i] = saturate16(int(x * amplitude * 32767.0))                                      <L 60>
        var_8 = wp::mul(var_7, var_amplitude);
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::int(var_10);
        var_12 = saturate16_0(var_11);
        wp::array_store(var_out, var_0, var_12);
    }
}



extern "C" __global__ void oscillator_663ac150_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_out,
    wp::float32 var_freq,
    wp::float32 var_sample_rate,
    wp::float32 var_amplitude,
    wp::float32 var_phase,
    wp::array_t<wp::int16> adj_out,
    wp::float32 adj_freq,
    wp::float32 adj_sample_rate,
    wp::float32 adj_amplitude,
    wp::float32 adj_phase)
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
        wp::float32 var_1;
        wp::float32 var_2;
        const wp::float32 var_3 = 6.28318530718;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 32767.0;
        wp::float32 var_10;
        wp::int32 var_11;
        wp::int16 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int16 adj_12 = {};
        //---------
        // forward
        // def oscillator(out: wp.array(dtype=wp.int16), freq: float, sample_rate: float, amplitude: float, phase: float):       <L 56>
        // i = wp.tid()                                                                           <L 57>
        var_0 = builtin_tid1d();
        // t = float(i) / sample_rate                                                             <L 58>
        var_1 = wp::float(var_0);
        var_2 = wp::div(var_1, var_sample_rate);
        // x = wp.sin(TWO_PI * freq * t + phase)                                                  <L 59>
        var_4 = wp::mul(var_3, var_freq);
        var_5 = wp::mul(var_4, var_2);
        var_6 = wp::add(var_5, var_phase);
        var_7 = wp::sin(var_6);
        // out[i] = saturate16(int(x * amplitude * 32767.0))                                      <L 60>
        var_8 = wp::mul(var_7, var_amplitude);
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::int(var_10);
        var_12 = saturate16_0(var_11);
        // wp::array_store(var_out, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_12, adj_out, adj_0, adj_12);
        adj_saturate16_0(var_11, adj_11, adj_12);
        wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_mul(var_7, var_amplitude, adj_7, adj_amplitude, adj_8);
        // adj: out[i] = saturate16(int(x * amplitude * 32767.0))                                 <L 60>
        wp::adj_sin(var_6, adj_6, adj_7);
        wp::adj_add(var_5, var_phase, adj_5, adj_phase, adj_6);
        wp::adj_mul(var_4, var_2, adj_4, adj_2, adj_5);
        wp::adj_mul(var_3, var_freq, adj_3, adj_freq, adj_4);
        // adj: x = wp.sin(TWO_PI * freq * t + phase)                                             <L 59>
        wp::adj_div(var_1, var_sample_rate, var_2, adj_1, adj_sample_rate, adj_2);
        wp::adj_float(var_0, adj_0, adj_1);
        // adj: t = float(i) / sample_rate                                                        <L 58>
        // adj: i = wp.tid()                                                                      <L 57>
        // adj: def oscillator(out: wp.array(dtype=wp.int16), freq: float, sample_rate: float, amplitude: float, phase: float):  <L 56>
        continue;
    }
}



extern "C" __global__ void distortion_2fde9c01_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::float32 var_drive,
    wp::array_t<wp::int16> var_out)
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
        wp::int16* var_1;
        wp::float32 var_2;
        wp::int16 var_3;
        const wp::float32 var_4 = 32768.0;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 1.5;
        wp::float32 var_8;
        const wp::float32 var_9 = 32767.0;
        wp::float32 var_10;
        wp::int32 var_11;
        wp::int16 var_12;
        //---------
        // forward
        // def distortion(samples: wp.array(dtype=wp.int16), drive: float, out: wp.array(dtype=wp.int16)):       <L 64>
        // i = wp.tid()                                                                           <L 65>
        var_0 = builtin_tid1d();
        // x = float(samples[i]) / 32768.0                                                        <L 66>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float(var_3);
        var_5 = wp::div(var_2, var_4);
        // y = soft_clip(x, drive) * 1.5                                                          <L 67>
        var_6 = soft_clip_0(var_5, var_drive);
        var_8 = wp::mul(var_6, var_7);
        // out[i] = saturate16(int(y * 32767.0))                                                  <L 68>
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::int(var_10);
        var_12 = saturate16_0(var_11);
        wp::array_store(var_out, var_0, var_12);
    }
}



extern "C" __global__ void distortion_2fde9c01_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::float32 var_drive,
    wp::array_t<wp::int16> var_out,
    wp::array_t<wp::int16> adj_samples,
    wp::float32 adj_drive,
    wp::array_t<wp::int16> adj_out)
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
        wp::int16* var_1;
        wp::float32 var_2;
        wp::int16 var_3;
        const wp::float32 var_4 = 32768.0;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 1.5;
        wp::float32 var_8;
        const wp::float32 var_9 = 32767.0;
        wp::float32 var_10;
        wp::int32 var_11;
        wp::int16 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int16 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int16 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int16 adj_12 = {};
        //---------
        // forward
        // def distortion(samples: wp.array(dtype=wp.int16), drive: float, out: wp.array(dtype=wp.int16)):       <L 64>
        // i = wp.tid()                                                                           <L 65>
        var_0 = builtin_tid1d();
        // x = float(samples[i]) / 32768.0                                                        <L 66>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float(var_3);
        var_5 = wp::div(var_2, var_4);
        // y = soft_clip(x, drive) * 1.5                                                          <L 67>
        var_6 = soft_clip_0(var_5, var_drive);
        var_8 = wp::mul(var_6, var_7);
        // out[i] = saturate16(int(y * 32767.0))                                                  <L 68>
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::int(var_10);
        var_12 = saturate16_0(var_11);
        // wp::array_store(var_out, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_12, adj_out, adj_0, adj_12);
        adj_saturate16_0(var_11, adj_11, adj_12);
        wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: out[i] = saturate16(int(y * 32767.0))                                             <L 68>
        wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
        adj_soft_clip_0(var_5, var_drive, adj_5, adj_drive, adj_6);
        // adj: y = soft_clip(x, drive) * 1.5                                                     <L 67>
        wp::adj_div(var_2, var_4, var_5, adj_2, adj_4, adj_5);
        wp::adj_float(var_3, adj_1, adj_2);
        wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
        // adj: x = float(samples[i]) / 32768.0                                                   <L 66>
        // adj: i = wp.tid()                                                                      <L 65>
        // adj: def distortion(samples: wp.array(dtype=wp.int16), drive: float, out: wp.array(dtype=wp.int16)):  <L 64>
        continue;
    }
}



extern "C" __global__ void peak_meter_90197659_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::int32 var_window,
    wp::array_t<wp::uint16> var_peaks)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        bool var_11;
        wp::int16* var_12;
        wp::int32 var_13;
        wp::int16 var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        bool var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::uint16 var_22;
        //---------
        // forward
        // def peak_meter(samples: wp.array(dtype=wp.int16), window: int, peaks: wp.array(dtype=wp.uint16)):       <L 72>
        // w = wp.tid()                                                                           <L 73>
        var_0 = builtin_tid1d();
        // start = w * window                                                                     <L 74>
        var_1 = wp::mul(var_0, var_window);
        // n = samples.shape[0]                                                                   <L 75>
        var_2 = &(var_samples.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // peak = int(0)                                                                          <L 76>
        var_7 = wp::int(var_6);
        // for k in range(window):                                                                <L 77>
        var_8 = wp::range(var_window);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
            // idx = start + k                                                                    <L 78>
            var_10 = wp::add(var_1, var_9);
            // if idx >= n:                                                                       <L 79>
            var_11 = (var_10 >= var_4);
            if (var_11) {
                // break                                                                          <L 80>
                goto end_for_0;
            }
            // v = int(samples[idx])                                                              <L 81>
            var_12 = wp::address(var_samples, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::int(var_14);
            // if v < 0:                                                                          <L 82>
            var_16 = (var_13 < var_15);
            if (var_16) {
                // v = -v                                                                         <L 83>
                var_17 = wp::neg(var_13);
            }
            var_18 = wp::where(var_16, var_17, var_13);
            // if v > peak:                                                                       <L 84>
            var_19 = (var_18 > var_7);
            if (var_19) {
                // peak = v                                                                       <L 85>
                var_20 = wp::copy(var_18);
            }
            var_21 = wp::where(var_19, var_20, var_7);
            wp::assign(var_7, var_21);
            goto start_for_0;
        end_for_0:;
        // peaks[w] = wp.uint16(peak)                                                             <L 86>
        var_22 = wp::uint16(var_7);
        wp::array_store(var_peaks, var_0, var_22);
    }
}



extern "C" __global__ void peak_meter_90197659_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::int32 var_window,
    wp::array_t<wp::uint16> var_peaks,
    wp::array_t<wp::int16> adj_samples,
    wp::int32 adj_window,
    wp::array_t<wp::uint16> adj_peaks)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::range_t var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        bool var_11;
        wp::int16* var_12;
        wp::int32 var_13;
        wp::int16 var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        bool var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::uint16 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::range_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::int16 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int16 adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::uint16 adj_22 = {};
        //---------
        // forward
        // def peak_meter(samples: wp.array(dtype=wp.int16), window: int, peaks: wp.array(dtype=wp.uint16)):       <L 72>
        // w = wp.tid()                                                                           <L 73>
        var_0 = builtin_tid1d();
        // start = w * window                                                                     <L 74>
        var_1 = wp::mul(var_0, var_window);
        // n = samples.shape[0]                                                                   <L 75>
        var_2 = &(var_samples.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // peak = int(0)                                                                          <L 76>
        var_7 = wp::int(var_6);
        // for k in range(window):                                                                <L 77>
        var_8 = wp::range(var_window);
        // peaks[w] = wp.uint16(peak)                                                             <L 86>
        var_22 = wp::uint16(var_7);
        // wp::array_store(var_peaks, var_0, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_peaks, var_0, var_22, adj_peaks, adj_0, adj_22);
        // adj: peaks[w] = wp.uint16(peak)                                                        <L 86>
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
            // idx = start + k                                                                    <L 78>
            var_10 = wp::add(var_1, var_9);
            // if idx >= n:                                                                       <L 79>
            var_11 = (var_10 >= var_4);
            if (var_11) {
                // break                                                                          <L 80>
                goto end_for_0;
            }
            // v = int(samples[idx])                                                              <L 81>
            var_12 = wp::address(var_samples, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::int(var_14);
            // if v < 0:                                                                          <L 82>
            var_16 = (var_13 < var_15);
            if (var_16) {
                // v = -v                                                                         <L 83>
                var_17 = wp::neg(var_13);
            }
            var_18 = wp::where(var_16, var_17, var_13);
            // if v > peak:                                                                       <L 84>
            var_19 = (var_18 > var_7);
            if (var_19) {
                // peak = v                                                                       <L 85>
                var_20 = wp::copy(var_18);
            }
            var_21 = wp::where(var_19, var_20, var_7);
            wp::assign(var_7, var_21);
            wp::adj_assign(var_7, var_21, adj_7, adj_21);
            wp::adj_where(var_19, var_20, var_7, adj_19, adj_20, adj_7, adj_21);
            if (var_19) {
                wp::adj_copy(var_18, adj_18, adj_20);
                // adj: peak = v                                                                  <L 85>
            }
            // adj: if v > peak:                                                                  <L 84>
            wp::adj_where(var_16, var_17, var_13, adj_16, adj_17, adj_13, adj_18);
            if (var_16) {
                wp::adj_neg(var_13, adj_13, adj_17);
                // adj: v = -v                                                                    <L 83>
            }
            // adj: if v < 0:                                                                     <L 82>
            wp::adj_address(var_samples, var_10, adj_samples, adj_10, adj_12);
            // adj: v = int(samples[idx])                                                         <L 81>
            if (var_11) {
                // adj: break                                                                     <L 80>
            }
            // adj: if idx >= n:                                                                  <L 79>
            wp::adj_add(var_1, var_9, adj_1, adj_9, adj_10);
            // adj: idx = start + k                                                               <L 78>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(window):                                                           <L 77>
        // adj: peak = int(0)                                                                     <L 76>
        adj_samples.shape = adj_2;
        // adj: n = samples.shape[0]                                                              <L 75>
        wp::adj_mul(var_0, var_window, adj_0, adj_window, adj_1);
        // adj: start = w * window                                                                <L 74>
        // adj: w = wp.tid()                                                                      <L 73>
        // adj: def peak_meter(samples: wp.array(dtype=wp.int16), window: int, peaks: wp.array(dtype=wp.uint16)):  <L 72>
        continue;
    }
}



extern "C" __global__ void fir_lowpass_fa9b6966_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::array_t<wp::float32> var_taps,
    wp::array_t<wp::int16> var_out)
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
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        wp::float32* var_12;
        wp::int16* var_13;
        wp::float32 var_14;
        wp::int16 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::int32 var_20;
        wp::int16 var_21;
        //---------
        // forward
        // def fir_lowpass(samples: wp.array(dtype=wp.int16), taps: wp.array(dtype=float), out: wp.array(dtype=wp.int16)):       <L 90>
        // i = wp.tid()                                                                           <L 91>
        var_0 = builtin_tid1d();
        // nt = taps.shape[0]                                                                     <L 92>
        var_1 = &(var_taps.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // acc = float(0.0)                                                                       <L 93>
        var_6 = wp::float(var_5);
        // for k in range(nt):                                                                    <L 94>
        var_7 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
            // j = i - k                                                                          <L 95>
            var_9 = wp::sub(var_0, var_8);
            // if j >= 0:                                                                         <L 96>
            var_11 = (var_9 >= var_10);
            if (var_11) {
                // acc += taps[k] * float(samples[j])                                             <L 97>
                var_12 = wp::address(var_taps, var_8);
                var_13 = wp::address(var_samples, var_9);
                var_15 = wp::load(var_13);
                var_14 = wp::float(var_15);
                var_17 = wp::load(var_12);
                var_16 = wp::mul(var_17, var_14);
                var_18 = wp::add(var_6, var_16);
            }
            var_19 = wp::where(var_11, var_18, var_6);
            wp::assign(var_6, var_19);
            goto start_for_0;
        end_for_0:;
        // out[i] = saturate16(int(acc))                                                          <L 98>
        var_20 = wp::int(var_6);
        var_21 = saturate16_0(var_20);
        wp::array_store(var_out, var_0, var_21);
    }
}



extern "C" __global__ void fir_lowpass_fa9b6966_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::array_t<wp::float32> var_taps,
    wp::array_t<wp::int16> var_out,
    wp::array_t<wp::int16> adj_samples,
    wp::array_t<wp::float32> adj_taps,
    wp::array_t<wp::int16> adj_out)
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
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        wp::float32* var_12;
        wp::int16* var_13;
        wp::float32 var_14;
        wp::int16 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::int32 var_20;
        wp::int16 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::range_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int16 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int16 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int16 adj_21 = {};
        //---------
        // forward
        // def fir_lowpass(samples: wp.array(dtype=wp.int16), taps: wp.array(dtype=float), out: wp.array(dtype=wp.int16)):       <L 90>
        // i = wp.tid()                                                                           <L 91>
        var_0 = builtin_tid1d();
        // nt = taps.shape[0]                                                                     <L 92>
        var_1 = &(var_taps.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // acc = float(0.0)                                                                       <L 93>
        var_6 = wp::float(var_5);
        // for k in range(nt):                                                                    <L 94>
        var_7 = wp::range(var_3);
        // out[i] = saturate16(int(acc))                                                          <L 98>
        var_20 = wp::int(var_6);
        var_21 = saturate16_0(var_20);
        // wp::array_store(var_out, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
        adj_saturate16_0(var_20, adj_20, adj_21);
        // adj: out[i] = saturate16(int(acc))                                                     <L 98>
        var_7 = wp::iter_reverse(var_7);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
        	adj_9 = {};
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
            // j = i - k                                                                          <L 95>
            var_9 = wp::sub(var_0, var_8);
            // if j >= 0:                                                                         <L 96>
            var_11 = (var_9 >= var_10);
            if (var_11) {
                // acc += taps[k] * float(samples[j])                                             <L 97>
                var_12 = wp::address(var_taps, var_8);
                var_13 = wp::address(var_samples, var_9);
                var_15 = wp::load(var_13);
                var_14 = wp::float(var_15);
                var_17 = wp::load(var_12);
                var_16 = wp::mul(var_17, var_14);
                var_18 = wp::add(var_6, var_16);
            }
            var_19 = wp::where(var_11, var_18, var_6);
            wp::assign(var_6, var_19);
            wp::adj_assign(var_6, var_19, adj_6, adj_19);
            wp::adj_where(var_11, var_18, var_6, adj_11, adj_18, adj_6, adj_19);
            if (var_11) {
                wp::adj_add(var_6, var_16, adj_6, adj_16, adj_18);
                wp::adj_mul(var_17, var_14, adj_12, adj_14, adj_16);
                wp::adj_float(var_15, adj_13, adj_14);
                wp::adj_address(var_samples, var_9, adj_samples, adj_9, adj_13);
                wp::adj_address(var_taps, var_8, adj_taps, adj_8, adj_12);
                // adj: acc += taps[k] * float(samples[j])                                        <L 97>
            }
            // adj: if j >= 0:                                                                    <L 96>
            wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
            // adj: j = i - k                                                                     <L 95>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(nt):                                                               <L 94>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: acc = float(0.0)                                                                  <L 93>
        adj_taps.shape = adj_1;
        // adj: nt = taps.shape[0]                                                                <L 92>
        // adj: i = wp.tid()                                                                      <L 91>
        // adj: def fir_lowpass(samples: wp.array(dtype=wp.int16), taps: wp.array(dtype=float), out: wp.array(dtype=wp.int16)):  <L 90>
        continue;
    }
}



extern "C" __global__ void compressor_gate_e774e453_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::float32 var_threshold_db,
    wp::float32 var_ratio,
    wp::float32 var_attack,
    wp::float32 var_release,
    wp::float32 var_gate_db,
    wp::float32 var_makeup_db,
    wp::array_t<wp::int16> var_out,
    wp::array_t<wp::float32> var_gain_reduction)
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
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        const wp::float32 var_11 = 0.0;
        wp::float32 var_12;
        const wp::float32 var_13 = 10.0;
        const wp::float32 var_14 = 20.0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::int16* var_19;
        wp::float32 var_20;
        wp::int16 var_21;
        const wp::float32 var_22 = 32768.0;
        wp::float32 var_23;
        wp::float32 var_24;
        bool var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 1.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 1.0;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 20.0;
        const wp::float32 var_38 = 1e-06;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        bool var_42;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = 256;
        const wp::int32 var_45 = 0;
        bool var_46;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        const wp::int32 var_49 = 0;
        wp::int32 var_50;
        wp::int32 var_51;
        wp::int32 var_52;
        wp::int32 var_53;
        const wp::float32 var_54 = 0.0;
        wp::float32 var_55;
        bool var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        const wp::float32 var_59 = 1.0;
        const wp::float32 var_60 = 1.0;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::float32 var_64 = 6.0;
        wp::float32 var_65;
        bool var_66;
        wp::float32 var_67;
        const wp::float32 var_68 = 6.0;
        wp::float32 var_69;
        const wp::float32 var_70 = 12.0;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        const wp::float32 var_74 = 6.0;
        wp::float32 var_75;
        const wp::float32 var_76 = 1.0;
        const wp::float32 var_77 = 1.0;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::float32 var_84;
        const wp::float32 var_85 = 10.0;
        const wp::float32 var_86 = 20.0;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        const wp::int32 var_91 = 0;
        bool var_92;
        const wp::float32 var_93 = 0.05;
        wp::float32 var_94;
        wp::float32 var_95;
        const wp::float32 var_96 = 32767.0;
        wp::float32 var_97;
        wp::int32 var_98;
        wp::int16 var_99;
        //---------
        // forward
        // def compressor_gate(                                                                   <L 102>
        // ch = wp.tid()                                                                          <L 113>
        var_0 = builtin_tid1d();
        // n = samples.shape[1]                                                                   <L 114>
        var_1 = &(var_samples.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // env = float(0.0)                                                                       <L 115>
        var_6 = wp::float(var_5);
        // gate_open = int(0)                                                                     <L 116>
        var_8 = wp::int(var_7);
        // hold = int(0)                                                                          <L 117>
        var_10 = wp::int(var_9);
        // max_gr = float(0.0)                                                                    <L 118>
        var_12 = wp::float(var_11);
        // makeup = wp.pow(10.0, makeup_db / 20.0)                                                <L 119>
        var_15 = wp::div(var_makeup_db, var_14);
        var_16 = wp::pow(var_13, var_15);
        // for t in range(n):                                                                     <L 120>
        var_17 = wp::range(var_3);
        start_for_0:;
            if (iter_cmp(var_17) == 0) goto end_for_0;
            var_18 = wp::iter_next(var_17);
            // x = float(samples[ch, t]) / 32768.0                                                <L 121>
            var_19 = wp::address(var_samples, var_0, var_18);
            var_21 = wp::load(var_19);
            var_20 = wp::float(var_21);
            var_23 = wp::div(var_20, var_22);
            // a = wp.abs(x)                                                                      <L 122>
            var_24 = wp::abs(var_23);
            // if a > env:                                                                        <L 124>
            var_25 = (var_24 > var_6);
            if (var_25) {
                // env = attack * env + (1.0 - attack) * a                                        <L 125>
                var_26 = wp::mul(var_attack, var_6);
                var_28 = wp::sub(var_27, var_attack);
                var_29 = wp::mul(var_28, var_24);
                var_30 = wp::add(var_26, var_29);
            }
            if (!var_25) {
                // env = release * env + (1.0 - release) * a                                      <L 127>
                var_31 = wp::mul(var_release, var_6);
                var_33 = wp::sub(var_32, var_release);
                var_34 = wp::mul(var_33, var_24);
                var_35 = wp::add(var_31, var_34);
            }
            var_36 = wp::where(var_25, var_30, var_35);
            // level_db = 20.0 * wp.log10(wp.max(env, 1.0e-6))                                    <L 128>
            var_39 = wp::max(var_36, var_38);
            var_40 = wp::log10(var_39);
            var_41 = wp::mul(var_37, var_40);
            // if level_db > gate_db:                                                             <L 131>
            var_42 = (var_41 > var_gate_db);
            if (var_42) {
                // gate_open = 1                                                                  <L 132>
                // hold = 256                                                                     <L 133>
            }
            if (!var_42) {
                // elif hold > 0:                                                                 <L 134>
                var_46 = (var_10 > var_45);
                if (var_46) {
                    // hold -= 1                                                                  <L 135>
                    var_48 = wp::sub(var_10, var_47);
                }
                if (!var_46) {
                    // gate_open = 0                                                              <L 137>
                }
                var_50 = wp::where(var_46, var_8, var_49);
                var_51 = wp::where(var_46, var_48, var_10);
            }
            var_52 = wp::where(var_42, var_43, var_50);
            var_53 = wp::where(var_42, var_44, var_51);
            // gain_db = float(0.0)                                                               <L 139>
            var_55 = wp::float(var_54);
            // if level_db > threshold_db:                                                        <L 140>
            var_56 = (var_41 > var_threshold_db);
            if (var_56) {
                // over = level_db - threshold_db                                                 <L 141>
                var_57 = wp::sub(var_41, var_threshold_db);
                // gain_db = -over * (1.0 - 1.0 / ratio)                                          <L 142>
                var_58 = wp::neg(var_57);
                var_61 = wp::div(var_60, var_ratio);
                var_62 = wp::sub(var_59, var_61);
                var_63 = wp::mul(var_58, var_62);
            }
            if (!var_56) {
                // elif level_db > threshold_db - 6.0:                                            <L 143>
                var_65 = wp::sub(var_threshold_db, var_64);
                var_66 = (var_41 > var_65);
                if (var_66) {
                    // k = (level_db - threshold_db + 6.0) / 12.0                                 <L 145>
                    var_67 = wp::sub(var_41, var_threshold_db);
                    var_69 = wp::add(var_67, var_68);
                    var_71 = wp::div(var_69, var_70);
                    // gain_db = -k * k * 6.0 * (1.0 - 1.0 / ratio)                               <L 146>
                    var_72 = wp::neg(var_71);
                    var_73 = wp::mul(var_72, var_71);
                    var_75 = wp::mul(var_73, var_74);
                    var_78 = wp::div(var_77, var_ratio);
                    var_79 = wp::sub(var_76, var_78);
                    var_80 = wp::mul(var_75, var_79);
                }
                var_81 = wp::where(var_66, var_80, var_55);
            }
            var_82 = wp::where(var_56, var_63, var_81);
            // max_gr = wp.max(max_gr, -gain_db)                                                  <L 147>
            var_83 = wp::neg(var_82);
            var_84 = wp::max(var_12, var_83);
            // g = wp.pow(10.0, gain_db / 20.0) * makeup                                          <L 149>
            var_87 = wp::div(var_82, var_86);
            var_88 = wp::pow(var_85, var_87);
            var_89 = wp::mul(var_88, var_16);
            // y = x * g                                                                          <L 150>
            var_90 = wp::mul(var_23, var_89);
            // if gate_open == 0:                                                                 <L 151>
            var_92 = (var_52 == var_91);
            if (var_92) {
                // y = y * 0.05                                                                   <L 152>
                var_94 = wp::mul(var_90, var_93);
            }
            var_95 = wp::where(var_92, var_94, var_90);
            // out[ch, t] = saturate16(int(y * 32767.0))                                          <L 153>
            var_97 = wp::mul(var_95, var_96);
            var_98 = wp::int(var_97);
            var_99 = saturate16_0(var_98);
            wp::array_store(var_out, var_0, var_18, var_99);
            wp::assign(var_6, var_36);
            wp::assign(var_8, var_52);
            wp::assign(var_10, var_53);
            wp::assign(var_12, var_84);
            goto start_for_0;
        end_for_0:;
        // gain_reduction[ch] = max_gr                                                            <L 154>
        wp::array_store(var_gain_reduction, var_0, var_12);
    }
}



extern "C" __global__ void compressor_gate_e774e453_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::float32 var_threshold_db,
    wp::float32 var_ratio,
    wp::float32 var_attack,
    wp::float32 var_release,
    wp::float32 var_gate_db,
    wp::float32 var_makeup_db,
    wp::array_t<wp::int16> var_out,
    wp::array_t<wp::float32> var_gain_reduction,
    wp::array_t<wp::int16> adj_samples,
    wp::float32 adj_threshold_db,
    wp::float32 adj_ratio,
    wp::float32 adj_attack,
    wp::float32 adj_release,
    wp::float32 adj_gate_db,
    wp::float32 adj_makeup_db,
    wp::array_t<wp::int16> adj_out,
    wp::array_t<wp::float32> adj_gain_reduction)
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
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::shape_t var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        const wp::float32 var_11 = 0.0;
        wp::float32 var_12;
        const wp::float32 var_13 = 10.0;
        const wp::float32 var_14 = 20.0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::int16* var_19;
        wp::float32 var_20;
        wp::int16 var_21;
        const wp::float32 var_22 = 32768.0;
        wp::float32 var_23;
        wp::float32 var_24;
        bool var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 1.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 1.0;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 20.0;
        const wp::float32 var_38 = 1e-06;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        bool var_42;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = 256;
        const wp::int32 var_45 = 0;
        bool var_46;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        const wp::int32 var_49 = 0;
        wp::int32 var_50;
        wp::int32 var_51;
        wp::int32 var_52;
        wp::int32 var_53;
        const wp::float32 var_54 = 0.0;
        wp::float32 var_55;
        bool var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        const wp::float32 var_59 = 1.0;
        const wp::float32 var_60 = 1.0;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::float32 var_64 = 6.0;
        wp::float32 var_65;
        bool var_66;
        wp::float32 var_67;
        const wp::float32 var_68 = 6.0;
        wp::float32 var_69;
        const wp::float32 var_70 = 12.0;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        const wp::float32 var_74 = 6.0;
        wp::float32 var_75;
        const wp::float32 var_76 = 1.0;
        const wp::float32 var_77 = 1.0;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::float32 var_84;
        const wp::float32 var_85 = 10.0;
        const wp::float32 var_86 = 20.0;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        const wp::int32 var_91 = 0;
        bool var_92;
        const wp::float32 var_93 = 0.05;
        wp::float32 var_94;
        wp::float32 var_95;
        const wp::float32 var_96 = 32767.0;
        wp::float32 var_97;
        wp::int32 var_98;
        wp::int16 var_99;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::range_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int16 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int16 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        bool adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        bool adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        bool adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        bool adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::int32 adj_91 = {};
        bool adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int16 adj_99 = {};
        //---------
        // forward
        // def compressor_gate(                                                                   <L 102>
        // ch = wp.tid()                                                                          <L 113>
        var_0 = builtin_tid1d();
        // n = samples.shape[1]                                                                   <L 114>
        var_1 = &(var_samples.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // env = float(0.0)                                                                       <L 115>
        var_6 = wp::float(var_5);
        // gate_open = int(0)                                                                     <L 116>
        var_8 = wp::int(var_7);
        // hold = int(0)                                                                          <L 117>
        var_10 = wp::int(var_9);
        // max_gr = float(0.0)                                                                    <L 118>
        var_12 = wp::float(var_11);
        // makeup = wp.pow(10.0, makeup_db / 20.0)                                                <L 119>
        var_15 = wp::div(var_makeup_db, var_14);
        var_16 = wp::pow(var_13, var_15);
        // for t in range(n):                                                                     <L 120>
        var_17 = wp::range(var_3);
        // gain_reduction[ch] = max_gr                                                            <L 154>
        // wp::array_store(var_gain_reduction, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_gain_reduction, var_0, var_12, adj_gain_reduction, adj_0, adj_12);
        // adj: gain_reduction[ch] = max_gr                                                       <L 154>
        var_17 = wp::iter_reverse(var_17);
        start_for_0:;
            if (iter_cmp(var_17) == 0) goto end_for_0;
            var_18 = wp::iter_next(var_17);
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
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
        	adj_56 = {};
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
        	adj_66 = {};
        	adj_67 = {};
        	adj_68 = {};
        	adj_69 = {};
        	adj_70 = {};
        	adj_71 = {};
        	adj_72 = {};
        	adj_73 = {};
        	adj_74 = {};
        	adj_75 = {};
        	adj_76 = {};
        	adj_77 = {};
        	adj_78 = {};
        	adj_79 = {};
        	adj_80 = {};
        	adj_81 = {};
        	adj_82 = {};
        	adj_83 = {};
        	adj_84 = {};
        	adj_85 = {};
        	adj_86 = {};
        	adj_87 = {};
        	adj_88 = {};
        	adj_89 = {};
        	adj_90 = {};
        	adj_91 = {};
        	adj_92 = {};
        	adj_93 = {};
        	adj_94 = {};
        	adj_95 = {};
        	adj_96 = {};
        	adj_97 = {};
        	adj_98 = {};
        	adj_99 = {};
            // x = float(samples[ch, t]) / 32768.0                                                <L 121>
            var_19 = wp::address(var_samples, var_0, var_18);
            var_21 = wp::load(var_19);
            var_20 = wp::float(var_21);
            var_23 = wp::div(var_20, var_22);
            // a = wp.abs(x)                                                                      <L 122>
            var_24 = wp::abs(var_23);
            // if a > env:                                                                        <L 124>
            var_25 = (var_24 > var_6);
            if (var_25) {
                // env = attack * env + (1.0 - attack) * a                                        <L 125>
                var_26 = wp::mul(var_attack, var_6);
                var_28 = wp::sub(var_27, var_attack);
                var_29 = wp::mul(var_28, var_24);
                var_30 = wp::add(var_26, var_29);
            }
            if (!var_25) {
                // env = release * env + (1.0 - release) * a                                      <L 127>
                var_31 = wp::mul(var_release, var_6);
                var_33 = wp::sub(var_32, var_release);
                var_34 = wp::mul(var_33, var_24);
                var_35 = wp::add(var_31, var_34);
            }
            var_36 = wp::where(var_25, var_30, var_35);
            // level_db = 20.0 * wp.log10(wp.max(env, 1.0e-6))                                    <L 128>
            var_39 = wp::max(var_36, var_38);
            var_40 = wp::log10(var_39);
            var_41 = wp::mul(var_37, var_40);
            // if level_db > gate_db:                                                             <L 131>
            var_42 = (var_41 > var_gate_db);
            if (var_42) {
                // gate_open = 1                                                                  <L 132>
                // hold = 256                                                                     <L 133>
            }
            if (!var_42) {
                // elif hold > 0:                                                                 <L 134>
                var_46 = (var_10 > var_45);
                if (var_46) {
                    // hold -= 1                                                                  <L 135>
                    var_48 = wp::sub(var_10, var_47);
                }
                if (!var_46) {
                    // gate_open = 0                                                              <L 137>
                }
                var_50 = wp::where(var_46, var_8, var_49);
                var_51 = wp::where(var_46, var_48, var_10);
            }
            var_52 = wp::where(var_42, var_43, var_50);
            var_53 = wp::where(var_42, var_44, var_51);
            // gain_db = float(0.0)                                                               <L 139>
            var_55 = wp::float(var_54);
            // if level_db > threshold_db:                                                        <L 140>
            var_56 = (var_41 > var_threshold_db);
            if (var_56) {
                // over = level_db - threshold_db                                                 <L 141>
                var_57 = wp::sub(var_41, var_threshold_db);
                // gain_db = -over * (1.0 - 1.0 / ratio)                                          <L 142>
                var_58 = wp::neg(var_57);
                var_61 = wp::div(var_60, var_ratio);
                var_62 = wp::sub(var_59, var_61);
                var_63 = wp::mul(var_58, var_62);
            }
            if (!var_56) {
                // elif level_db > threshold_db - 6.0:                                            <L 143>
                var_65 = wp::sub(var_threshold_db, var_64);
                var_66 = (var_41 > var_65);
                if (var_66) {
                    // k = (level_db - threshold_db + 6.0) / 12.0                                 <L 145>
                    var_67 = wp::sub(var_41, var_threshold_db);
                    var_69 = wp::add(var_67, var_68);
                    var_71 = wp::div(var_69, var_70);
                    // gain_db = -k * k * 6.0 * (1.0 - 1.0 / ratio)                               <L 146>
                    var_72 = wp::neg(var_71);
                    var_73 = wp::mul(var_72, var_71);
                    var_75 = wp::mul(var_73, var_74);
                    var_78 = wp::div(var_77, var_ratio);
                    var_79 = wp::sub(var_76, var_78);
                    var_80 = wp::mul(var_75, var_79);
                }
                var_81 = wp::where(var_66, var_80, var_55);
            }
            var_82 = wp::where(var_56, var_63, var_81);
            // max_gr = wp.max(max_gr, -gain_db)                                                  <L 147>
            var_83 = wp::neg(var_82);
            var_84 = wp::max(var_12, var_83);
            // g = wp.pow(10.0, gain_db / 20.0) * makeup                                          <L 149>
            var_87 = wp::div(var_82, var_86);
            var_88 = wp::pow(var_85, var_87);
            var_89 = wp::mul(var_88, var_16);
            // y = x * g                                                                          <L 150>
            var_90 = wp::mul(var_23, var_89);
            // if gate_open == 0:                                                                 <L 151>
            var_92 = (var_52 == var_91);
            if (var_92) {
                // y = y * 0.05                                                                   <L 152>
                var_94 = wp::mul(var_90, var_93);
            }
            var_95 = wp::where(var_92, var_94, var_90);
            // out[ch, t] = saturate16(int(y * 32767.0))                                          <L 153>
            var_97 = wp::mul(var_95, var_96);
            var_98 = wp::int(var_97);
            var_99 = saturate16_0(var_98);
            // wp::array_store(var_out, var_0, var_18, var_99);
            wp::assign(var_6, var_36);
            wp::assign(var_8, var_52);
            wp::assign(var_10, var_53);
            wp::assign(var_12, var_84);
            wp::adj_assign(var_12, var_84, adj_12, adj_84);
            wp::adj_assign(var_10, var_53, adj_10, adj_53);
            wp::adj_assign(var_8, var_52, adj_8, adj_52);
            wp::adj_assign(var_6, var_36, adj_6, adj_36);
            wp::adj_array_store(var_out, var_0, var_18, var_99, adj_out, adj_0, adj_18, adj_99);
            adj_saturate16_0(var_98, adj_98, adj_99);
            wp::adj_mul(var_95, var_96, adj_95, adj_96, adj_97);
            // adj: out[ch, t] = saturate16(int(y * 32767.0))                                     <L 153>
            wp::adj_where(var_92, var_94, var_90, adj_92, adj_94, adj_90, adj_95);
            if (var_92) {
                wp::adj_mul(var_90, var_93, adj_90, adj_93, adj_94);
                // adj: y = y * 0.05                                                              <L 152>
            }
            // adj: if gate_open == 0:                                                            <L 151>
            wp::adj_mul(var_23, var_89, adj_23, adj_89, adj_90);
            // adj: y = x * g                                                                     <L 150>
            wp::adj_mul(var_88, var_16, adj_88, adj_16, adj_89);
            wp::adj_pow(var_85, var_87, var_88, adj_85, adj_87, adj_88);
            wp::adj_div(var_82, var_86, var_87, adj_82, adj_86, adj_87);
            // adj: g = wp.pow(10.0, gain_db / 20.0) * makeup                                     <L 149>
            wp::adj_max(var_12, var_83, adj_12, adj_83, adj_84);
            wp::adj_neg(var_82, adj_82, adj_83);
            // adj: max_gr = wp.max(max_gr, -gain_db)                                             <L 147>
            wp::adj_where(var_56, var_63, var_81, adj_56, adj_63, adj_81, adj_82);
            if (!var_56) {
                wp::adj_where(var_66, var_80, var_55, adj_66, adj_80, adj_55, adj_81);
                if (var_66) {
                    wp::adj_mul(var_75, var_79, adj_75, adj_79, adj_80);
                    wp::adj_sub(var_76, var_78, adj_76, adj_78, adj_79);
                    wp::adj_div(var_77, var_ratio, var_78, adj_77, adj_ratio, adj_78);
                    wp::adj_mul(var_73, var_74, adj_73, adj_74, adj_75);
                    wp::adj_mul(var_72, var_71, adj_72, adj_71, adj_73);
                    wp::adj_neg(var_71, adj_71, adj_72);
                    // adj: gain_db = -k * k * 6.0 * (1.0 - 1.0 / ratio)                          <L 146>
                    wp::adj_div(var_69, var_70, var_71, adj_69, adj_70, adj_71);
                    wp::adj_add(var_67, var_68, adj_67, adj_68, adj_69);
                    wp::adj_sub(var_41, var_threshold_db, adj_41, adj_threshold_db, adj_67);
                    // adj: k = (level_db - threshold_db + 6.0) / 12.0                            <L 145>
                }
                wp::adj_sub(var_threshold_db, var_64, adj_threshold_db, adj_64, adj_65);
                // adj: elif level_db > threshold_db - 6.0:                                       <L 143>
            }
            if (var_56) {
                wp::adj_mul(var_58, var_62, adj_58, adj_62, adj_63);
                wp::adj_sub(var_59, var_61, adj_59, adj_61, adj_62);
                wp::adj_div(var_60, var_ratio, var_61, adj_60, adj_ratio, adj_61);
                wp::adj_neg(var_57, adj_57, adj_58);
                // adj: gain_db = -over * (1.0 - 1.0 / ratio)                                     <L 142>
                wp::adj_sub(var_41, var_threshold_db, adj_41, adj_threshold_db, adj_57);
                // adj: over = level_db - threshold_db                                            <L 141>
            }
            // adj: if level_db > threshold_db:                                                   <L 140>
            wp::adj_float(var_54, adj_54, adj_55);
            // adj: gain_db = float(0.0)                                                          <L 139>
            wp::adj_where(var_42, var_44, var_51, adj_42, adj_44, adj_51, adj_53);
            wp::adj_where(var_42, var_43, var_50, adj_42, adj_43, adj_50, adj_52);
            if (!var_42) {
                wp::adj_where(var_46, var_48, var_10, adj_46, adj_48, adj_10, adj_51);
                wp::adj_where(var_46, var_8, var_49, adj_46, adj_8, adj_49, adj_50);
                if (!var_46) {
                    // adj: gate_open = 0                                                         <L 137>
                }
                if (var_46) {
                    wp::adj_sub(var_10, var_47, adj_10, adj_47, adj_48);
                    // adj: hold -= 1                                                             <L 135>
                }
                // adj: elif hold > 0:                                                            <L 134>
            }
            if (var_42) {
                // adj: hold = 256                                                                <L 133>
                // adj: gate_open = 1                                                             <L 132>
            }
            // adj: if level_db > gate_db:                                                        <L 131>
            wp::adj_mul(var_37, var_40, adj_37, adj_40, adj_41);
            wp::adj_log10(var_39, adj_39, adj_40);
            wp::adj_max(var_36, var_38, adj_36, adj_38, adj_39);
            // adj: level_db = 20.0 * wp.log10(wp.max(env, 1.0e-6))                               <L 128>
            wp::adj_where(var_25, var_30, var_35, adj_25, adj_30, adj_35, adj_36);
            if (!var_25) {
                wp::adj_add(var_31, var_34, adj_31, adj_34, adj_35);
                wp::adj_mul(var_33, var_24, adj_33, adj_24, adj_34);
                wp::adj_sub(var_32, var_release, adj_32, adj_release, adj_33);
                wp::adj_mul(var_release, var_6, adj_release, adj_6, adj_31);
                // adj: env = release * env + (1.0 - release) * a                                 <L 127>
            }
            if (var_25) {
                wp::adj_add(var_26, var_29, adj_26, adj_29, adj_30);
                wp::adj_mul(var_28, var_24, adj_28, adj_24, adj_29);
                wp::adj_sub(var_27, var_attack, adj_27, adj_attack, adj_28);
                wp::adj_mul(var_attack, var_6, adj_attack, adj_6, adj_26);
                // adj: env = attack * env + (1.0 - attack) * a                                   <L 125>
            }
            // adj: if a > env:                                                                   <L 124>
            wp::adj_abs(var_23, adj_23, adj_24);
            // adj: a = wp.abs(x)                                                                 <L 122>
            wp::adj_div(var_20, var_22, var_23, adj_20, adj_22, adj_23);
            wp::adj_float(var_21, adj_19, adj_20);
            wp::adj_address(var_samples, var_0, var_18, adj_samples, adj_0, adj_18, adj_19);
            // adj: x = float(samples[ch, t]) / 32768.0                                           <L 121>
        	goto start_for_0;
        end_for_0:;
        // adj: for t in range(n):                                                                <L 120>
        wp::adj_pow(var_13, var_15, var_16, adj_13, adj_15, adj_16);
        wp::adj_div(var_makeup_db, var_14, var_15, adj_makeup_db, adj_14, adj_15);
        // adj: makeup = wp.pow(10.0, makeup_db / 20.0)                                           <L 119>
        wp::adj_float(var_11, adj_11, adj_12);
        // adj: max_gr = float(0.0)                                                               <L 118>
        // adj: hold = int(0)                                                                     <L 117>
        // adj: gate_open = int(0)                                                                <L 116>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: env = float(0.0)                                                                  <L 115>
        adj_samples.shape = adj_1;
        // adj: n = samples.shape[1]                                                              <L 114>
        // adj: ch = wp.tid()                                                                     <L 113>
        // adj: def compressor_gate(                                                              <L 102>
        continue;
    }
}

