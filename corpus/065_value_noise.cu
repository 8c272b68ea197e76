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


// corpus/065_value_noise.py:12
static CUDA_CALLABLE wp::float32 fade_0(
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 6.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 15.0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 10.0;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def fade(t: float) -> float:                                                           <L 13>
    // return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)                                       <L 14>
    var_0 = wp::mul(var_t, var_t);
    var_1 = wp::mul(var_0, var_t);
    var_3 = wp::mul(var_t, var_2);
    var_5 = wp::sub(var_3, var_4);
    var_6 = wp::mul(var_t, var_5);
    var_8 = wp::add(var_6, var_7);
    var_9 = wp::mul(var_1, var_8);
    return var_9;
}


// corpus/065_value_noise.py:4
static CUDA_CALLABLE wp::float32 hash2_0(
    wp::int32 var_ix,
    wp::int32 var_iy,
    wp::int32 var_seed)
{
    //---------
    // primal vars
    wp::uint32 var_0;
    const wp::int32 var_1 = 374761393;
    wp::uint32 var_2;
    wp::uint32 var_3;
    wp::uint32 var_4;
    const wp::int32 var_5 = 668265263;
    wp::uint32 var_6;
    wp::uint32 var_7;
    wp::uint32 var_8;
    wp::uint32 var_9;
    const wp::int32 var_10 = 2147483647;
    wp::uint32 var_11;
    wp::uint32 var_12;
    wp::uint32 var_13;
    const wp::int32 var_14 = 13;
    wp::uint32 var_15;
    wp::uint32 var_16;
    wp::uint32 var_17;
    const wp::int32 var_18 = 1274126177;
    wp::uint32 var_19;
    wp::uint32 var_20;
    const wp::int32 var_21 = 16;
    wp::uint32 var_22;
    wp::uint32 var_23;
    wp::uint32 var_24;
    const wp::int32 var_25 = 16777215;
    wp::uint32 var_26;
    wp::uint32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 16777215.0;
    wp::float32 var_30;
    //---------
    // forward
    // def hash2(ix: int, iy: int, seed: int) -> float:                                       <L 5>
    // h = wp.uint32(ix) * wp.uint32(374761393) + wp.uint32(iy) * wp.uint32(668265263) + wp.uint32(seed) * wp.uint32(2147483647)       <L 6>
    var_0 = wp::uint32(var_ix);
    var_2 = wp::uint32(var_1);
    var_3 = wp::mul(var_0, var_2);
    var_4 = wp::uint32(var_iy);
    var_6 = wp::uint32(var_5);
    var_7 = wp::mul(var_4, var_6);
    var_8 = wp::add(var_3, var_7);
    var_9 = wp::uint32(var_seed);
    var_11 = wp::uint32(var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::add(var_8, var_12);
    // h = (h ^ (h >> wp.uint32(13))) * wp.uint32(1274126177)                                 <L 7>
    var_15 = wp::uint32(var_14);
    var_16 = wp::rshift(var_13, var_15);
    var_17 = wp::bit_xor(var_13, var_16);
    var_19 = wp::uint32(var_18);
    var_20 = wp::mul(var_17, var_19);
    // h = h ^ (h >> wp.uint32(16))                                                           <L 8>
    var_22 = wp::uint32(var_21);
    var_23 = wp::rshift(var_20, var_22);
    var_24 = wp::bit_xor(var_20, var_23);
    // return float(h & wp.uint32(0xFFFFFF)) / 16777215.0                                     <L 9>
    var_26 = wp::uint32(var_25);
    var_27 = wp::bit_and(var_24, var_26);
    var_28 = wp::float(var_27);
    var_30 = wp::div(var_28, var_29);
    return var_30;
}


// corpus/065_value_noise.py:17
static CUDA_CALLABLE wp::float32 value_noise_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::int32 var_seed)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // forward
    // def value_noise(x: float, y: float, seed: int) -> float:                               <L 18>
    // x0 = wp.floor(x)                                                                       <L 19>
    var_0 = wp::floor(var_x);
    // y0 = wp.floor(y)                                                                       <L 20>
    var_1 = wp::floor(var_y);
    // ix = int(x0)                                                                           <L 21>
    var_2 = wp::int(var_0);
    // iy = int(y0)                                                                           <L 22>
    var_3 = wp::int(var_1);
    // tx = fade(x - x0)                                                                      <L 23>
    var_4 = wp::sub(var_x, var_0);
    var_5 = fade_0(var_4);
    // ty = fade(y - y0)                                                                      <L 24>
    var_6 = wp::sub(var_y, var_1);
    var_7 = fade_0(var_6);
    // a = hash2(ix, iy, seed)                                                                <L 25>
    var_8 = hash2_0(var_2, var_3, var_seed);
    // b = hash2(ix + 1, iy, seed)                                                            <L 26>
    var_10 = wp::add(var_2, var_9);
    var_11 = hash2_0(var_10, var_3, var_seed);
    // c = hash2(ix, iy + 1, seed)                                                            <L 27>
    var_13 = wp::add(var_3, var_12);
    var_14 = hash2_0(var_2, var_13, var_seed);
    // d = hash2(ix + 1, iy + 1, seed)                                                        <L 28>
    var_16 = wp::add(var_2, var_15);
    var_18 = wp::add(var_3, var_17);
    var_19 = hash2_0(var_16, var_18, var_seed);
    // return wp.lerp(wp.lerp(a, b, tx), wp.lerp(c, d, tx), ty)                               <L 29>
    var_20 = wp::lerp(var_8, var_11, var_5);
    var_21 = wp::lerp(var_14, var_19, var_5);
    var_22 = wp::lerp(var_20, var_21, var_7);
    return var_22;
}


// corpus/065_value_noise.py:32
static CUDA_CALLABLE wp::float32 fbm_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::int32 var_octaves,
    wp::float32 var_lacunarity,
    wp::float32 var_gain,
    wp::int32 var_seed)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 17;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    //---------
    // forward
    // def fbm(x: float, y: float, octaves: int, lacunarity: float, gain: float, seed: int) -> float:       <L 33>
    // s = float(0.0)                                                                         <L 34>
    var_1 = wp::float(var_0);
    // amp = float(0.5)                                                                       <L 35>
    var_3 = wp::float(var_2);
    // freq = float(1.0)                                                                      <L 36>
    var_5 = wp::float(var_4);
    // norm = float(0.0)                                                                      <L 37>
    var_7 = wp::float(var_6);
    // for o in range(octaves):                                                               <L 38>
    var_8 = wp::range(var_octaves);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
        // s += amp * value_noise(x * freq, y * freq, seed + o * 17)                          <L 39>
        var_10 = wp::mul(var_x, var_5);
        var_11 = wp::mul(var_y, var_5);
        var_13 = wp::mul(var_9, var_12);
        var_14 = wp::add(var_seed, var_13);
        var_15 = value_noise_0(var_10, var_11, var_14);
        var_16 = wp::mul(var_3, var_15);
        var_17 = wp::add(var_1, var_16);
        // norm += amp                                                                        <L 40>
        var_18 = wp::add(var_7, var_3);
        // amp *= gain                                                                        <L 41>
        var_19 = wp::mul(var_3, var_gain);
        // freq *= lacunarity                                                                 <L 42>
        var_20 = wp::mul(var_5, var_lacunarity);
        wp::assign(var_1, var_17);
        wp::assign(var_3, var_19);
        wp::assign(var_5, var_20);
        wp::assign(var_7, var_18);
        goto start_for_0;
    end_for_0:;
    // return s / norm                                                                        <L 43>
    var_21 = wp::div(var_1, var_7);
    return var_21;
}


// corpus/065_value_noise.py:12
static CUDA_CALLABLE void adj_fade_0(
    wp::float32 var_t,
    wp::float32 & adj_t,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 6.0;
    wp::float32 var_3;
    const wp::float32 var_4 = 15.0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 10.0;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def fade(t: float) -> float:                                                           <L 13>
    // return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)                                       <L 14>
    var_0 = wp::mul(var_t, var_t);
    var_1 = wp::mul(var_0, var_t);
    var_3 = wp::mul(var_t, var_2);
    var_5 = wp::sub(var_3, var_4);
    var_6 = wp::mul(var_t, var_5);
    var_8 = wp::add(var_6, var_7);
    var_9 = wp::mul(var_1, var_8);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_mul(var_1, var_8, adj_1, adj_8, adj_9);
    wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_mul(var_t, var_5, adj_t, adj_5, adj_6);
    wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_mul(var_t, var_2, adj_t, adj_2, adj_3);
    wp::adj_mul(var_0, var_t, adj_0, adj_t, adj_1);
    wp::adj_mul(var_t, var_t, adj_t, adj_t, adj_0);
    // adj: return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)                                  <L 14>
    // adj: def fade(t: float) -> float:                                                      <L 13>
    return;
}


// corpus/065_value_noise.py:4
static CUDA_CALLABLE void adj_hash2_0(
    wp::int32 var_ix,
    wp::int32 var_iy,
    wp::int32 var_seed,
    wp::int32 & adj_ix,
    wp::int32 & adj_iy,
    wp::int32 & adj_seed,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::uint32 var_0;
    const wp::int32 var_1 = 374761393;
    wp::uint32 var_2;
    wp::uint32 var_3;
    wp::uint32 var_4;
    const wp::int32 var_5 = 668265263;
    wp::uint32 var_6;
    wp::uint32 var_7;
    wp::uint32 var_8;
    wp::uint32 var_9;
    const wp::int32 var_10 = 2147483647;
    wp::uint32 var_11;
    wp::uint32 var_12;
    wp::uint32 var_13;
    const wp::int32 var_14 = 13;
    wp::uint32 var_15;
    wp::uint32 var_16;
    wp::uint32 var_17;
    const wp::int32 var_18 = 1274126177;
    wp::uint32 var_19;
    wp::uint32 var_20;
    const wp::int32 var_21 = 16;
    wp::uint32 var_22;
    wp::uint32 var_23;
    wp::uint32 var_24;
    const wp::int32 var_25 = 16777215;
    wp::uint32 var_26;
    wp::uint32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 16777215.0;
    wp::float32 var_30;
    //---------
    // dual vars
    wp::uint32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::uint32 adj_3 = {};
    wp::uint32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::uint32 adj_6 = {};
    wp::uint32 adj_7 = {};
    wp::uint32 adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::uint32 adj_11 = {};
    wp::uint32 adj_12 = {};
    wp::uint32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::uint32 adj_15 = {};
    wp::uint32 adj_16 = {};
    wp::uint32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::uint32 adj_19 = {};
    wp::uint32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::uint32 adj_22 = {};
    wp::uint32 adj_23 = {};
    wp::uint32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::uint32 adj_26 = {};
    wp::uint32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    //---------
    // forward
    // def hash2(ix: int, iy: int, seed: int) -> float:                                       <L 5>
    // h = wp.uint32(ix) * wp.uint32(374761393) + wp.uint32(iy) * wp.uint32(668265263) + wp.uint32(seed) * wp.uint32(2147483647)       <L 6>
    var_0 = wp::uint32(var_ix);
    var_2 = wp::uint32(var_1);
    var_3 = wp::mul(var_0, var_2);
    var_4 = wp::uint32(var_iy);
    var_6 = wp::uint32(var_5);
    var_7 = wp::mul(var_4, var_6);
    var_8 = wp::add(var_3, var_7);
    var_9 = wp::uint32(var_seed);
    var_11 = wp::uint32(var_10);
    var_12 = wp::mul(var_9, var_11);
    var_13 = wp::add(var_8, var_12);
    // h = (h ^ (h >> wp.uint32(13))) * wp.uint32(1274126177)                                 <L 7>
    var_15 = wp::uint32(var_14);
    var_16 = wp::rshift(var_13, var_15);
    var_17 = wp::bit_xor(var_13, var_16);
    var_19 = wp::uint32(var_18);
    var_20 = wp::mul(var_17, var_19);
    // h = h ^ (h >> wp.uint32(16))                                                           <L 8>
    var_22 = wp::uint32(var_21);
    var_23 = wp::rshift(var_20, var_22);
    var_24 = wp::bit_xor(var_20, var_23);
    // return float(h & wp.uint32(0xFFFFFF)) / 16777215.0                                     <L 9>
    var_26 = wp::uint32(var_25);
    var_27 = wp::bit_and(var_24, var_26);
    var_28 = wp::float(var_27);
    var_30 = wp::div(var_28, var_29);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_30 += adj_ret;
    wp::adj_div(var_28, var_29, var_30, adj_28, adj_29, adj_30);
    wp::adj_float(var_27, adj_27, adj_28);
    // adj: return float(h & wp.uint32(0xFFFFFF)) / 16777215.0                                <L 9>
    // adj: h = h ^ (h >> wp.uint32(16))                                                      <L 8>
    wp::adj_mul(var_17, var_19, adj_17, adj_19, adj_20);
    // adj: h = (h ^ (h >> wp.uint32(13))) * wp.uint32(1274126177)                            <L 7>
    wp::adj_add(var_8, var_12, adj_8, adj_12, adj_13);
    wp::adj_mul(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_add(var_3, var_7, adj_3, adj_7, adj_8);
    wp::adj_mul(var_4, var_6, adj_4, adj_6, adj_7);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_3);
    // adj: h = wp.uint32(ix) * wp.uint32(374761393) + wp.uint32(iy) * wp.uint32(668265263) + wp.uint32(seed) * wp.uint32(2147483647)  <L 6>
    // adj: def hash2(ix: int, iy: int, seed: int) -> float:                                  <L 5>
    return;
}


// corpus/065_value_noise.py:17
static CUDA_CALLABLE void adj_value_noise_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::int32 var_seed,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::int32 & adj_seed,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    //---------
    // forward
    // def value_noise(x: float, y: float, seed: int) -> float:                               <L 18>
    // x0 = wp.floor(x)                                                                       <L 19>
    var_0 = wp::floor(var_x);
    // y0 = wp.floor(y)                                                                       <L 20>
    var_1 = wp::floor(var_y);
    // ix = int(x0)                                                                           <L 21>
    var_2 = wp::int(var_0);
    // iy = int(y0)                                                                           <L 22>
    var_3 = wp::int(var_1);
    // tx = fade(x - x0)                                                                      <L 23>
    var_4 = wp::sub(var_x, var_0);
    var_5 = fade_0(var_4);
    // ty = fade(y - y0)                                                                      <L 24>
    var_6 = wp::sub(var_y, var_1);
    var_7 = fade_0(var_6);
    // a = hash2(ix, iy, seed)                                                                <L 25>
    var_8 = hash2_0(var_2, var_3, var_seed);
    // b = hash2(ix + 1, iy, seed)                                                            <L 26>
    var_10 = wp::add(var_2, var_9);
    var_11 = hash2_0(var_10, var_3, var_seed);
    // c = hash2(ix, iy + 1, seed)                                                            <L 27>
    var_13 = wp::add(var_3, var_12);
    var_14 = hash2_0(var_2, var_13, var_seed);
    // d = hash2(ix + 1, iy + 1, seed)                                                        <L 28>
    var_16 = wp::add(var_2, var_15);
    var_18 = wp::add(var_3, var_17);
    var_19 = hash2_0(var_16, var_18, var_seed);
    // return wp.lerp(wp.lerp(a, b, tx), wp.lerp(c, d, tx), ty)                               <L 29>
    var_20 = wp::lerp(var_8, var_11, var_5);
    var_21 = wp::lerp(var_14, var_19, var_5);
    var_22 = wp::lerp(var_20, var_21, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_22 += adj_ret;
    wp::adj_lerp(var_20, var_21, var_7, adj_20, adj_21, adj_7, adj_22);
    wp::adj_lerp(var_14, var_19, var_5, adj_14, adj_19, adj_5, adj_21);
    wp::adj_lerp(var_8, var_11, var_5, adj_8, adj_11, adj_5, adj_20);
    // adj: return wp.lerp(wp.lerp(a, b, tx), wp.lerp(c, d, tx), ty)                          <L 29>
    adj_hash2_0(var_16, var_18, var_seed, adj_16, adj_18, adj_seed, adj_19);
    wp::adj_add(var_3, var_17, adj_3, adj_17, adj_18);
    wp::adj_add(var_2, var_15, adj_2, adj_15, adj_16);
    // adj: d = hash2(ix + 1, iy + 1, seed)                                                   <L 28>
    adj_hash2_0(var_2, var_13, var_seed, adj_2, adj_13, adj_seed, adj_14);
    wp::adj_add(var_3, var_12, adj_3, adj_12, adj_13);
    // adj: c = hash2(ix, iy + 1, seed)                                                       <L 27>
    adj_hash2_0(var_10, var_3, var_seed, adj_10, adj_3, adj_seed, adj_11);
    wp::adj_add(var_2, var_9, adj_2, adj_9, adj_10);
    // adj: b = hash2(ix + 1, iy, seed)                                                       <L 26>
    adj_hash2_0(var_2, var_3, var_seed, adj_2, adj_3, adj_seed, adj_8);
    // adj: a = hash2(ix, iy, seed)                                                           <L 25>
    adj_fade_0(var_6, adj_6, adj_7);
    wp::adj_sub(var_y, var_1, adj_y, adj_1, adj_6);
    // adj: ty = fade(y - y0)                                                                 <L 24>
    adj_fade_0(var_4, adj_4, adj_5);
    wp::adj_sub(var_x, var_0, adj_x, adj_0, adj_4);
    // adj: tx = fade(x - x0)                                                                 <L 23>
    // adj: iy = int(y0)                                                                      <L 22>
    // adj: ix = int(x0)                                                                      <L 21>
    // adj: y0 = wp.floor(y)                                                                  <L 20>
    // adj: x0 = wp.floor(x)                                                                  <L 19>
    // adj: def value_noise(x: float, y: float, seed: int) -> float:                          <L 18>
    return;
}


// corpus/065_value_noise.py:32
static CUDA_CALLABLE void adj_fbm_0(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::int32 var_octaves,
    wp::float32 var_lacunarity,
    wp::float32 var_gain,
    wp::int32 var_seed,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::int32 & adj_octaves,
    wp::float32 & adj_lacunarity,
    wp::float32 & adj_gain,
    wp::int32 & adj_seed,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 17;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::range_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    //---------
    // forward
    // def fbm(x: float, y: float, octaves: int, lacunarity: float, gain: float, seed: int) -> float:       <L 33>
    // s = float(0.0)                                                                         <L 34>
    var_1 = wp::float(var_0);
    // amp = float(0.5)                                                                       <L 35>
    var_3 = wp::float(var_2);
    // freq = float(1.0)                                                                      <L 36>
    var_5 = wp::float(var_4);
    // norm = float(0.0)                                                                      <L 37>
    var_7 = wp::float(var_6);
    // for o in range(octaves):                                                               <L 38>
    var_8 = wp::range(var_octaves);
    // return s / norm                                                                        <L 43>
    var_21 = wp::div(var_1, var_7);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_21 += adj_ret;
    wp::adj_div(var_1, var_7, var_21, adj_1, adj_7, adj_21);
    // adj: return s / norm                                                                   <L 43>
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
        // s += amp * value_noise(x * freq, y * freq, seed + o * 17)                          <L 39>
        var_10 = wp::mul(var_x, var_5);
        var_11 = wp::mul(var_y, var_5);
        var_13 = wp::mul(var_9, var_12);
        var_14 = wp::add(var_seed, var_13);
        var_15 = value_noise_0(var_10, var_11, var_14);
        var_16 = wp::mul(var_3, var_15);
        var_17 = wp::add(var_1, var_16);
        // norm += amp                                                                        <L 40>
        var_18 = wp::add(var_7, var_3);
        // amp *= gain                                                                        <L 41>
        var_19 = wp::mul(var_3, var_gain);
        // freq *= lacunarity                                                                 <L 42>
        var_20 = wp::mul(var_5, var_lacunarity);
        wp::assign(var_1, var_17);
        wp::assign(var_3, var_19);
        wp::assign(var_5, var_20);
        wp::assign(var_7, var_18);
        wp::adj_assign(var_7, var_18, adj_7, adj_18);
        wp::adj_assign(var_5, var_20, adj_5, adj_20);
        wp::adj_assign(var_3, var_19, adj_3, adj_19);
        wp::adj_assign(var_1, var_17, adj_1, adj_17);
        wp::adj_mul(var_5, var_lacunarity, adj_5, adj_lacunarity, adj_20);
        // adj: freq *= lacunarity                                                            <L 42>
        wp::adj_mul(var_3, var_gain, adj_3, adj_gain, adj_19);
        // adj: amp *= gain                                                                   <L 41>
        wp::adj_add(var_7, var_3, adj_7, adj_3, adj_18);
        // adj: norm += amp                                                                   <L 40>
        wp::adj_add(var_1, var_16, adj_1, adj_16, adj_17);
        wp::adj_mul(var_3, var_15, adj_3, adj_15, adj_16);
        adj_value_noise_0(var_10, var_11, var_14, adj_10, adj_11, adj_14, adj_15);
        wp::adj_add(var_seed, var_13, adj_seed, adj_13, adj_14);
        wp::adj_mul(var_9, var_12, adj_9, adj_12, adj_13);
        wp::adj_mul(var_y, var_5, adj_y, adj_5, adj_11);
        wp::adj_mul(var_x, var_5, adj_x, adj_5, adj_10);
        // adj: s += amp * value_noise(x * freq, y * freq, seed + o * 17)                     <L 39>
    	goto start_for_0;
    end_for_0:;
    // adj: for o in range(octaves):                                                          <L 38>
    wp::adj_float(var_6, adj_6, adj_7);
    // adj: norm = float(0.0)                                                                 <L 37>
    wp::adj_float(var_4, adj_4, adj_5);
    // adj: freq = float(1.0)                                                                 <L 36>
    wp::adj_float(var_2, adj_2, adj_3);
    // adj: amp = float(0.5)                                                                  <L 35>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: s = float(0.0)                                                                    <L 34>
    // adj: def fbm(x: float, y: float, octaves: int, lacunarity: float, gain: float, seed: int) -> float:  <L 33>
    return;
}



extern "C" __global__ void noise_texture_44d1b2f2_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::float32 var_scale,
    wp::int32 var_octaves,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_tex)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 2.0;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        //---------
        // forward
        // def noise_texture(width: int, height: int, scale: float, octaves: int, seed: int, tex: wp.array2d(dtype=float)):       <L 47>
        // y, x = wp.tid()                                                                        <L 48>
        builtin_tid2d(var_0, var_1);
        // u = float(x) / float(width) * scale                                                    <L 49>
        var_2 = wp::float(var_1);
        var_3 = wp::float(var_width);
        var_4 = wp::div(var_2, var_3);
        var_5 = wp::mul(var_4, var_scale);
        // v = float(y) / float(height) * scale                                                   <L 50>
        var_6 = wp::float(var_0);
        var_7 = wp::float(var_height);
        var_8 = wp::div(var_6, var_7);
        var_9 = wp::mul(var_8, var_scale);
        // tex[y, x] = fbm(u, v, octaves, 2.0, 0.5, seed)                                         <L 51>
        var_12 = fbm_0(var_5, var_9, var_octaves, var_10, var_11, var_seed);
        wp::array_store(var_tex, var_0, var_1, var_12);
    }
}



extern "C" __global__ void noise_texture_44d1b2f2_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::float32 var_scale,
    wp::int32 var_octaves,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_tex,
    wp::int32 adj_width,
    wp::int32 adj_height,
    wp::float32 adj_scale,
    wp::int32 adj_octaves,
    wp::int32 adj_seed,
    wp::array_t<wp::float32> adj_tex)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 2.0;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def noise_texture(width: int, height: int, scale: float, octaves: int, seed: int, tex: wp.array2d(dtype=float)):       <L 47>
        // y, x = wp.tid()                                                                        <L 48>
        builtin_tid2d(var_0, var_1);
        // u = float(x) / float(width) * scale                                                    <L 49>
        var_2 = wp::float(var_1);
        var_3 = wp::float(var_width);
        var_4 = wp::div(var_2, var_3);
        var_5 = wp::mul(var_4, var_scale);
        // v = float(y) / float(height) * scale                                                   <L 50>
        var_6 = wp::float(var_0);
        var_7 = wp::float(var_height);
        var_8 = wp::div(var_6, var_7);
        var_9 = wp::mul(var_8, var_scale);
        // tex[y, x] = fbm(u, v, octaves, 2.0, 0.5, seed)                                         <L 51>
        var_12 = fbm_0(var_5, var_9, var_octaves, var_10, var_11, var_seed);
        // wp::array_store(var_tex, var_0, var_1, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_tex, var_0, var_1, var_12, adj_tex, adj_0, adj_1, adj_12);
        adj_fbm_0(var_5, var_9, var_octaves, var_10, var_11, var_seed, adj_5, adj_9, adj_octaves, adj_10, adj_11, adj_seed, adj_12);
        // adj: tex[y, x] = fbm(u, v, octaves, 2.0, 0.5, seed)                                    <L 51>
        wp::adj_mul(var_8, var_scale, adj_8, adj_scale, adj_9);
        wp::adj_div(var_6, var_7, var_8, adj_6, adj_7, adj_8);
        wp::adj_float(var_height, adj_height, adj_7);
        wp::adj_float(var_0, adj_0, adj_6);
        // adj: v = float(y) / float(height) * scale                                              <L 50>
        wp::adj_mul(var_4, var_scale, adj_4, adj_scale, adj_5);
        wp::adj_div(var_2, var_3, var_4, adj_2, adj_3, adj_4);
        wp::adj_float(var_width, adj_width, adj_3);
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: u = float(x) / float(width) * scale                                               <L 49>
        // adj: y, x = wp.tid()                                                                   <L 48>
        // adj: def noise_texture(width: int, height: int, scale: float, octaves: int, seed: int, tex: wp.array2d(dtype=float)):  <L 47>
        continue;
    }
}



extern "C" __global__ void domain_warp_557cb2e6_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::float32 var_scale,
    wp::float32 var_warp_amount,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_tex)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 4;
        const wp::float32 var_11 = 2.0;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        const wp::float32 var_14 = 5.2;
        wp::float32 var_15;
        const wp::float32 var_16 = 1.3;
        wp::float32 var_17;
        const wp::int32 var_18 = 4;
        const wp::float32 var_19 = 2.0;
        const wp::float32 var_20 = 0.5;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 5;
        const wp::float32 var_27 = 2.0;
        const wp::float32 var_28 = 0.5;
        const wp::int32 var_29 = 3;
        wp::int32 var_30;
        wp::float32 var_31;
        //---------
        // forward
        // def domain_warp(width: int, height: int, scale: float, warp_amount: float, seed: int, tex: wp.array2d(dtype=float)):       <L 55>
        // y, x = wp.tid()                                                                        <L 56>
        builtin_tid2d(var_0, var_1);
        // u = float(x) / float(width) * scale                                                    <L 57>
        var_2 = wp::float(var_1);
        var_3 = wp::float(var_width);
        var_4 = wp::div(var_2, var_3);
        var_5 = wp::mul(var_4, var_scale);
        // v = float(y) / float(height) * scale                                                   <L 58>
        var_6 = wp::float(var_0);
        var_7 = wp::float(var_height);
        var_8 = wp::div(var_6, var_7);
        var_9 = wp::mul(var_8, var_scale);
        // qx = fbm(u, v, 4, 2.0, 0.5, seed)                                                      <L 59>
        var_13 = fbm_0(var_5, var_9, var_10, var_11, var_12, var_seed);
        // qy = fbm(u + 5.2, v + 1.3, 4, 2.0, 0.5, seed)                                          <L 60>
        var_15 = wp::add(var_5, var_14);
        var_17 = wp::add(var_9, var_16);
        var_21 = fbm_0(var_15, var_17, var_18, var_19, var_20, var_seed);
        // tex[y, x] = fbm(u + warp_amount * qx, v + warp_amount * qy, 5, 2.0, 0.5, seed + 3)       <L 61>
        var_22 = wp::mul(var_warp_amount, var_13);
        var_23 = wp::add(var_5, var_22);
        var_24 = wp::mul(var_warp_amount, var_21);
        var_25 = wp::add(var_9, var_24);
        var_30 = wp::add(var_seed, var_29);
        var_31 = fbm_0(var_23, var_25, var_26, var_27, var_28, var_30);
        wp::array_store(var_tex, var_0, var_1, var_31);
    }
}



extern "C" __global__ void domain_warp_557cb2e6_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::float32 var_scale,
    wp::float32 var_warp_amount,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_tex,
    wp::int32 adj_width,
    wp::int32 adj_height,
    wp::float32 adj_scale,
    wp::float32 adj_warp_amount,
    wp::int32 adj_seed,
    wp::array_t<wp::float32> adj_tex)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 4;
        const wp::float32 var_11 = 2.0;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        const wp::float32 var_14 = 5.2;
        wp::float32 var_15;
        const wp::float32 var_16 = 1.3;
        wp::float32 var_17;
        const wp::int32 var_18 = 4;
        const wp::float32 var_19 = 2.0;
        const wp::float32 var_20 = 0.5;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::int32 var_26 = 5;
        const wp::float32 var_27 = 2.0;
        const wp::float32 var_28 = 0.5;
        const wp::int32 var_29 = 3;
        wp::int32 var_30;
        wp::float32 var_31;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        //---------
        // forward
        // def domain_warp(width: int, height: int, scale: float, warp_amount: float, seed: int, tex: wp.array2d(dtype=float)):       <L 55>
        // y, x = wp.tid()                                                                        <L 56>
        builtin_tid2d(var_0, var_1);
        // u = float(x) / float(width) * scale                                                    <L 57>
        var_2 = wp::float(var_1);
        var_3 = wp::float(var_width);
        var_4 = wp::div(var_2, var_3);
        var_5 = wp::mul(var_4, var_scale);
        // v = float(y) / float(height) * scale                                                   <L 58>
        var_6 = wp::float(var_0);
        var_7 = wp::float(var_height);
        var_8 = wp::div(var_6, var_7);
        var_9 = wp::mul(var_8, var_scale);
        // qx = fbm(u, v, 4, 2.0, 0.5, seed)                                                      <L 59>
        var_13 = fbm_0(var_5, var_9, var_10, var_11, var_12, var_seed);
        // qy = fbm(u + 5.2, v + 1.3, 4, 2.0, 0.5, seed)                                          <L 60>
        var_15 = wp::add(var_5, var_14);
        var_17 = wp::add(var_9, var_16);
        var_21 = fbm_0(var_15, var_17, var_18, var_19, var_20, var_seed);
        // tex[y, x] = fbm(u + warp_amount * qx, v + warp_amount * qy, 5, 2.0, 0.5, seed + 3)       <L 61>
        var_22 = wp::mul(var_warp_amount, var_13);
        var_23 = wp::add(var_5, var_22);
        var_24 = wp::mul(var_warp_amount, var_21);
        var_25 = wp::add(var_9, var_24);
        var_30 = wp::add(var_seed, var_29);
        var_31 = fbm_0(var_23, var_25, var_26, var_27, var_28, var_30);
        // wp::array_store(var_tex, var_0, var_1, var_31);
        //---------
        // reverse
        wp::adj_array_store(var_tex, var_0, var_1, var_31, adj_tex, adj_0, adj_1, adj_31);
        adj_fbm_0(var_23, var_25, var_26, var_27, var_28, var_30, adj_23, adj_25, adj_26, adj_27, adj_28, adj_30, adj_31);
        wp::adj_add(var_seed, var_29, adj_seed, adj_29, adj_30);
        wp::adj_add(var_9, var_24, adj_9, adj_24, adj_25);
        wp::adj_mul(var_warp_amount, var_21, adj_warp_amount, adj_21, adj_24);
        wp::adj_add(var_5, var_22, adj_5, adj_22, adj_23);
        wp::adj_mul(var_warp_amount, var_13, adj_warp_amount, adj_13, adj_22);
        // adj: tex[y, x] = fbm(u + warp_amount * qx, v + warp_amount * qy, 5, 2.0, 0.5, seed + 3)  <L 61>
        adj_fbm_0(var_15, var_17, var_18, var_19, var_20, var_seed, adj_15, adj_17, adj_18, adj_19, adj_20, adj_seed, adj_21);
        wp::adj_add(var_9, var_16, adj_9, adj_16, adj_17);
        wp::adj_add(var_5, var_14, adj_5, adj_14, adj_15);
        // adj: qy = fbm(u + 5.2, v + 1.3, 4, 2.0, 0.5, seed)                                     <L 60>
        adj_fbm_0(var_5, var_9, var_10, var_11, var_12, var_seed, adj_5, adj_9, adj_10, adj_11, adj_12, adj_seed, adj_13);
        // adj: qx = fbm(u, v, 4, 2.0, 0.5, seed)                                                 <L 59>
        wp::adj_mul(var_8, var_scale, adj_8, adj_scale, adj_9);
        wp::adj_div(var_6, var_7, var_8, adj_6, adj_7, adj_8);
        wp::adj_float(var_height, adj_height, adj_7);
        wp::adj_float(var_0, adj_0, adj_6);
        // adj: v = float(y) / float(height) * scale                                              <L 58>
        wp::adj_mul(var_4, var_scale, adj_4, adj_scale, adj_5);
        wp::adj_div(var_2, var_3, var_4, adj_2, adj_3, adj_4);
        wp::adj_float(var_width, adj_width, adj_3);
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: u = float(x) / float(width) * scale                                               <L 57>
        // adj: y, x = wp.tid()                                                                   <L 56>
        // adj: def domain_warp(width: int, height: int, scale: float, warp_amount: float, seed: int, tex: wp.array2d(dtype=float)):  <L 55>
        continue;
    }
}



extern "C" __global__ void ridged_terrain_f684ce5c_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::float32 var_scale,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_heights,
    wp::array_t<wp::float32> var_max_h)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 1.0;
        wp::float32 var_13;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        const wp::float32 var_16 = 1.0;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        const wp::float32 var_19 = 1.0;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::int32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 2.0;
        wp::float32 var_25;
        const wp::float32 var_26 = 1.0;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 0.5;
        wp::float32 var_36;
        const wp::float32 var_37 = 2.1;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        const wp::float32 var_40 = 1.0;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::int32 var_43;
        wp::float32 var_44;
        const wp::float32 var_45 = 2.0;
        wp::float32 var_46;
        const wp::float32 var_47 = 1.0;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::float32 var_56 = 0.5;
        wp::float32 var_57;
        const wp::float32 var_58 = 2.1;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        const wp::float32 var_61 = 1.0;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::int32 var_64;
        wp::float32 var_65;
        const wp::float32 var_66 = 2.0;
        wp::float32 var_67;
        const wp::float32 var_68 = 1.0;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        const wp::float32 var_77 = 0.5;
        wp::float32 var_78;
        const wp::float32 var_79 = 2.1;
        wp::float32 var_80;
        const wp::int32 var_81 = 3;
        const wp::float32 var_82 = 1.0;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::int32 var_85;
        wp::float32 var_86;
        const wp::float32 var_87 = 2.0;
        wp::float32 var_88;
        const wp::float32 var_89 = 1.0;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::float32 var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        const wp::float32 var_98 = 0.5;
        wp::float32 var_99;
        const wp::float32 var_100 = 2.1;
        wp::float32 var_101;
        const wp::int32 var_102 = 4;
        const wp::float32 var_103 = 1.0;
        wp::float32 var_104;
        wp::float32 var_105;
        wp::int32 var_106;
        wp::float32 var_107;
        const wp::float32 var_108 = 2.0;
        wp::float32 var_109;
        const wp::float32 var_110 = 1.0;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        wp::float32 var_118;
        const wp::float32 var_119 = 0.5;
        wp::float32 var_120;
        const wp::float32 var_121 = 2.1;
        wp::float32 var_122;
        const wp::int32 var_123 = 5;
        const wp::float32 var_124 = 1.0;
        wp::float32 var_125;
        wp::float32 var_126;
        wp::int32 var_127;
        wp::float32 var_128;
        const wp::float32 var_129 = 2.0;
        wp::float32 var_130;
        const wp::float32 var_131 = 1.0;
        wp::float32 var_132;
        wp::float32 var_133;
        wp::float32 var_134;
        wp::float32 var_135;
        wp::float32 var_136;
        wp::float32 var_137;
        wp::float32 var_138;
        wp::float32 var_139;
        const wp::float32 var_140 = 0.5;
        wp::float32 var_141;
        const wp::float32 var_142 = 2.1;
        wp::float32 var_143;
        const wp::int32 var_144 = 0;
        wp::float32 var_145;
        //---------
        // forward
        // def ridged_terrain(width: int, height: int, scale: float, seed: int, heights: wp.array2d(dtype=float), max_h: wp.array(dtype=float)):       <L 65>
        // y, x = wp.tid()                                                                        <L 66>
        builtin_tid2d(var_0, var_1);
        // u = float(x) / float(width) * scale                                                    <L 67>
        var_2 = wp::float(var_1);
        var_3 = wp::float(var_width);
        var_4 = wp::div(var_2, var_3);
        var_5 = wp::mul(var_4, var_scale);
        // v = float(y) / float(height) * scale                                                   <L 68>
        var_6 = wp::float(var_0);
        var_7 = wp::float(var_height);
        var_8 = wp::div(var_6, var_7);
        var_9 = wp::mul(var_8, var_scale);
        // hsum = float(0.0)                                                                      <L 69>
        var_11 = wp::float(var_10);
        // amp = float(1.0)                                                                       <L 70>
        var_13 = wp::float(var_12);
        // freq = float(1.0)                                                                      <L 71>
        var_15 = wp::float(var_14);
        // prev = float(1.0)                                                                      <L 72>
        var_17 = wp::float(var_16);
        // for o in range(6):                                                                     <L 73>
        // n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)                <L 74>
        var_20 = wp::mul(var_5, var_15);
        var_21 = wp::mul(var_9, var_15);
        var_22 = wp::add(var_seed, var_18);
        var_23 = value_noise_0(var_20, var_21, var_22);
        var_25 = wp::mul(var_23, var_24);
        var_27 = wp::sub(var_25, var_26);
        var_28 = wp::abs(var_27);
        var_29 = wp::sub(var_19, var_28);
        // n = n * n * prev                                                                       <L 75>
        var_30 = wp::mul(var_29, var_29);
        var_31 = wp::mul(var_30, var_17);
        // hsum += n * amp                                                                        <L 76>
        var_32 = wp::mul(var_31, var_13);
        var_33 = wp::add(var_11, var_32);
        // prev = n                                                                               <L 77>
        var_34 = wp::copy(var_31);
        // amp *= 0.5                                                                             <L 78>
        var_36 = wp::mul(var_13, var_35);
        // freq *= 2.1                                                                            <L 79>
        var_38 = wp::mul(var_15, var_37);
        // n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)                <L 74>
        var_41 = wp::mul(var_5, var_38);
        var_42 = wp::mul(var_9, var_38);
        var_43 = wp::add(var_seed, var_39);
        var_44 = value_noise_0(var_41, var_42, var_43);
        var_46 = wp::mul(var_44, var_45);
        var_48 = wp::sub(var_46, var_47);
        var_49 = wp::abs(var_48);
        var_50 = wp::sub(var_40, var_49);
        // n = n * n * prev                                                                       <L 75>
        var_51 = wp::mul(var_50, var_50);
        var_52 = wp::mul(var_51, var_34);
        // hsum += n * amp                                                                        <L 76>
        var_53 = wp::mul(var_52, var_36);
        var_54 = wp::add(var_33, var_53);
        // prev = n                                                                               <L 77>
        var_55 = wp::copy(var_52);
        // amp *= 0.5                                                                             <L 78>
        var_57 = wp::mul(var_36, var_56);
        // freq *= 2.1                                                                            <L 79>
        var_59 = wp::mul(var_38, var_58);
        // n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)                <L 74>
        var_62 = wp::mul(var_5, var_59);
        var_63 = wp::mul(var_9, var_59);
        var_64 = wp::add(var_seed, var_60);
        var_65 = value_noise_0(var_62, var_63, var_64);
        var_67 = wp::mul(var_65, var_66);
        var_69 = wp::sub(var_67, var_68);
        var_70 = wp::abs(var_69);
        var_71 = wp::sub(var_61, var_70);
        // n = n * n * prev                                                                       <L 75>
        var_72 = wp::mul(var_71, var_71);
        var_73 = wp::mul(var_72, var_55);
        // hsum += n * amp                                                                        <L 76>
        var_74 = wp::mul(var_73, var_57);
        var_75 = wp::add(var_54, var_74);
        // prev = n                                                                               <L 77>
        var_76 = wp::copy(var_73);
        // amp *= 0.5                                                                             <L 78>
        var_78 = wp::mul(var_57, var_77);
        // freq *= 2.1                                                                            <L 79>
        var_80 = wp::mul(var_59, var_79);
        // n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)                <L 74>
        var_83 = wp::mul(var_5, var_80);
        var_84 = wp::mul(var_9, var_80);
        var_85 = wp::add(var_seed, var_81);
        var_86 = value_noise_0(var_83, var_84, var_85);
        var_88 = wp::mul(var_86, var_87);
        var_90 = wp::sub(var_88, var_89);
        var_91 = wp::abs(var_90);
        var_92 = wp::sub(var_82, var_91);
        // n = n * n * prev                                                                       <L 75>
        var_93 = wp::mul(var_92, var_92);
        var_94 = wp::mul(var_93, var_76);
        // hsum += n * amp                                                                        <L 76>
        var_95 = wp::mul(var_94, var_78);
        var_96 = wp::add(var_75, var_95);
        // prev = n                                                                               <L 77>
        var_97 = wp::copy(var_94);
        // amp *= 0.5                                                                             <L 78>
        var_99 = wp::mul(var_78, var_98);
        // freq *= 2.1                                                                            <L 79>
        var_101 = wp::mul(var_80, var_100);
        // n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)                <L 74>
        var_104 = wp::mul(var_5, var_101);
        var_105 = wp::mul(var_9, var_101);
        var_106 = wp::add(var_seed, var_102);
        var_107 = value_noise_0(var_104, var_105, var_106);
        var_109 = wp::mul(var_107, var_108);
        var_111 = wp::sub(var_109, var_110);
        var_112 = wp::abs(var_111);
        var_113 = wp::sub(var_103, var_112);
        // n = n * n * prev                                                                       <L 75>
        var_114 = wp::mul(var_113, var_113);
        var_115 = wp::mul(var_114, var_97);
        // hsum += n * amp                                                                        <L 76>
        var_116 = wp::mul(var_115, var_99);
        var_117 = wp::add(var_96, var_116);
        // prev = n                                                                               <L 77>
        var_118 = wp::copy(var_115);
        // amp *= 0.5                                                                             <L 78>
        var_120 = wp::mul(var_99, var_119);
        // freq *= 2.1                                                                            <L 79>
        var_122 = wp::mul(var_101, var_121);
        // n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)                <L 74>
        var_125 = wp::mul(var_5, var_122);
        var_126 = wp::mul(var_9, var_122);
        var_127 = wp::add(var_seed, var_123);
        var_128 = value_noise_0(var_125, var_126, var_127);
        var_130 = wp::mul(var_128, var_129);
        var_132 = wp::sub(var_130, var_131);
        var_133 = wp::abs(var_132);
        var_134 = wp::sub(var_124, var_133);
        // n = n * n * prev                                                                       <L 75>
        var_135 = wp::mul(var_134, var_134);
        var_136 = wp::mul(var_135, var_118);
        // hsum += n * amp                                                                        <L 76>
        var_137 = wp::mul(var_136, var_120);
        var_138 = wp::add(var_117, var_137);
        // prev = n                                                                               <L 77>
        var_139 = wp::copy(var_136);
        // amp *= 0.5                                                                             <L 78>
        var_141 = wp::mul(var_120, var_140);
        // freq *= 2.1                                                                            <L 79>
        var_143 = wp::mul(var_122, var_142);
        // heights[y, x] = hsum                                                                   <L 80>
        wp::array_store(var_heights, var_0, var_1, var_138);
        // wp.atomic_max(max_h, 0, hsum)                                                          <L 81>
        var_145 = wp::atomic_max(var_max_h, var_144, var_138);
    }
}



extern "C" __global__ void ridged_terrain_f684ce5c_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::float32 var_scale,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_heights,
    wp::array_t<wp::float32> var_max_h,
    wp::int32 adj_width,
    wp::int32 adj_height,
    wp::float32 adj_scale,
    wp::int32 adj_seed,
    wp::array_t<wp::float32> adj_heights,
    wp::array_t<wp::float32> adj_max_h)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 1.0;
        wp::float32 var_13;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        const wp::float32 var_16 = 1.0;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        const wp::float32 var_19 = 1.0;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::int32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 2.0;
        wp::float32 var_25;
        const wp::float32 var_26 = 1.0;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 0.5;
        wp::float32 var_36;
        const wp::float32 var_37 = 2.1;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        const wp::float32 var_40 = 1.0;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::int32 var_43;
        wp::float32 var_44;
        const wp::float32 var_45 = 2.0;
        wp::float32 var_46;
        const wp::float32 var_47 = 1.0;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::float32 var_56 = 0.5;
        wp::float32 var_57;
        const wp::float32 var_58 = 2.1;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        const wp::float32 var_61 = 1.0;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::int32 var_64;
        wp::float32 var_65;
        const wp::float32 var_66 = 2.0;
        wp::float32 var_67;
        const wp::float32 var_68 = 1.0;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        const wp::float32 var_77 = 0.5;
        wp::float32 var_78;
        const wp::float32 var_79 = 2.1;
        wp::float32 var_80;
        const wp::int32 var_81 = 3;
        const wp::float32 var_82 = 1.0;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::int32 var_85;
        wp::float32 var_86;
        const wp::float32 var_87 = 2.0;
        wp::float32 var_88;
        const wp::float32 var_89 = 1.0;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        wp::float32 var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        const wp::float32 var_98 = 0.5;
        wp::float32 var_99;
        const wp::float32 var_100 = 2.1;
        wp::float32 var_101;
        const wp::int32 var_102 = 4;
        const wp::float32 var_103 = 1.0;
        wp::float32 var_104;
        wp::float32 var_105;
        wp::int32 var_106;
        wp::float32 var_107;
        const wp::float32 var_108 = 2.0;
        wp::float32 var_109;
        const wp::float32 var_110 = 1.0;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        wp::float32 var_118;
        const wp::float32 var_119 = 0.5;
        wp::float32 var_120;
        const wp::float32 var_121 = 2.1;
        wp::float32 var_122;
        const wp::int32 var_123 = 5;
        const wp::float32 var_124 = 1.0;
        wp::float32 var_125;
        wp::float32 var_126;
        wp::int32 var_127;
        wp::float32 var_128;
        const wp::float32 var_129 = 2.0;
        wp::float32 var_130;
        const wp::float32 var_131 = 1.0;
        wp::float32 var_132;
        wp::float32 var_133;
        wp::float32 var_134;
        wp::float32 var_135;
        wp::float32 var_136;
        wp::float32 var_137;
        wp::float32 var_138;
        wp::float32 var_139;
        const wp::float32 var_140 = 0.5;
        wp::float32 var_141;
        const wp::float32 var_142 = 2.1;
        wp::float32 var_143;
        const wp::int32 var_144 = 0;
        wp::float32 var_145;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
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
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
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
        wp::int32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::float32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::float32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::float32 adj_121 = {};
        wp::float32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::float32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::float32 adj_128 = {};
        wp::float32 adj_129 = {};
        wp::float32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::float32 adj_132 = {};
        wp::float32 adj_133 = {};
        wp::float32 adj_134 = {};
        wp::float32 adj_135 = {};
        wp::float32 adj_136 = {};
        wp::float32 adj_137 = {};
        wp::float32 adj_138 = {};
        wp::float32 adj_139 = {};
        wp::float32 adj_140 = {};
        wp::float32 adj_141 = {};
        wp::float32 adj_142 = {};
        wp::float32 adj_143 = {};
        wp::int32 adj_144 = {};
        wp::float32 adj_145 = {};
        //---------
        // forward
        // def ridged_terrain(width: int, height: int, scale: float, seed: int, heights: wp.array2d(dtype=float), max_h: wp.array(dtype=float)):       <L 65>
        // y, x = wp.tid()                                                                        <L 66>
        builtin_tid2d(var_0, var_1);
        // u = float(x) / float(width) * scale                                                    <L 67>
        var_2 = wp::float(var_1);
        var_3 = wp::float(var_width);
        var_4 = wp::div(var_2, var_3);
        var_5 = wp::mul(var_4, var_scale);
        // v = float(y) / float(height) * scale                                                   <L 68>
        var_6 = wp::float(var_0);
        var_7 = wp::float(var_height);
        var_8 = wp::div(var_6, var_7);
        var_9 = wp::mul(var_8, var_scale);
        // hsum = float(0.0)                                                                      <L 69>
        var_11 = wp::float(var_10);
        // amp = float(1.0)                                                                       <L 70>
        var_13 = wp::float(var_12);
        // freq = float(1.0)                                                                      <L 71>
        var_15 = wp::float(var_14);
        // prev = float(1.0)                                                                      <L 72>
        var_17 = wp::float(var_16);
        // for o in range(6):                                                                     <L 73>
        // n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)                <L 74>
        var_20 = wp::mul(var_5, var_15);
        var_21 = wp::mul(var_9, var_15);
        var_22 = wp::add(var_seed, var_18);
        var_23 = value_noise_0(var_20, var_21, var_22);
        var_25 = wp::mul(var_23, var_24);
        var_27 = wp::sub(var_25, var_26);
        var_28 = wp::abs(var_27);
        var_29 = wp::sub(var_19, var_28);
        // n = n * n * prev                                                                       <L 75>
        var_30 = wp::mul(var_29, var_29);
        var_31 = wp::mul(var_30, var_17);
        // hsum += n * amp                                                                        <L 76>
        var_32 = wp::mul(var_31, var_13);
        var_33 = wp::add(var_11, var_32);
        // prev = n                                                                               <L 77>
        var_34 = wp::copy(var_31);
        // amp *= 0.5                                                                             <L 78>
        var_36 = wp::mul(var_13, var_35);
        // freq *= 2.1                                                                            <L 79>
        var_38 = wp::mul(var_15, var_37);
        // n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)                <L 74>
        var_41 = wp::mul(var_5, var_38);
        var_42 = wp::mul(var_9, var_38);
        var_43 = wp::add(var_seed, var_39);
        var_44 = value_noise_0(var_41, var_42, var_43);
        var_46 = wp::mul(var_44, var_45);
        var_48 = wp::sub(var_46, var_47);
        var_49 = wp::abs(var_48);
        var_50 = wp::sub(var_40, var_49);
        // n = n * n * prev                                                                       <L 75>
        var_51 = wp::mul(var_50, var_50);
        var_52 = wp::mul(var_51, var_34);
        // hsum += n * amp                                                                        <L 76>
        var_53 = wp::mul(var_52, var_36);
        var_54 = wp::add(var_33, var_53);
        // prev = n                                                                               <L 77>
        var_55 = wp::copy(var_52);
        // amp *= 0.5                                                                             <L 78>
        var_57 = wp::mul(var_36, var_56);
        // freq *= 2.1                                                                            <L 79>
        var_59 = wp::mul(var_38, var_58);
        // n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)                <L 74>
        var_62 = wp::mul(var_5, var_59);
        var_63 = wp::mul(var_9, var_59);
        var_64 = wp::add(var_seed, var_60);
        var_65 = value_noise_0(var_62, var_63, var_64);
        var_67 = wp::mul(var_65, var_66);
        var_69 = wp::sub(var_67, var_68);
        var_70 = wp::abs(var_69);
        var_71 = wp::sub(var_61, var_70);
        // n = n * n * prev                                                                       <L 75>
        var_72 = wp::mul(var_71, var_71);
        var_73 = wp::mul(var_72, var_55);
        // hsum += n * amp                                                                        <L 76>
        var_74 = wp::mul(var_73, var_57);
        var_75 = wp::add(var_54, var_74);
        // prev = n                                                                               <L 77>
        var_76 = wp::copy(var_73);
        // amp *= 0.5                                                                             <L 78>
        var_78 = wp::mul(var_57, var_77);
        // freq *= 2.1                                                                            <L 79>
        var_80 = wp::mul(var_59, var_79);
        // n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)                <L 74>
        var_83 = wp::mul(var_5, var_80);
        var_84 = wp::mul(var_9, var_80);
        var_85 = wp::add(var_seed, var_81);
        var_86 = value_noise_0(var_83, var_84, var_85);
        var_88 = wp::mul(var_86, var_87);
        var_90 = wp::sub(var_88, var_89);
        var_91 = wp::abs(var_90);
        var_92 = wp::sub(var_82, var_91);
        // n = n * n * prev                                                                       <L 75>
        var_93 = wp::mul(var_92, var_92);
        var_94 = wp::mul(var_93, var_76);
        // hsum += n * amp                                                                        <L 76>
        var_95 = wp::mul(var_94, var_78);
        var_96 = wp::add(var_75, var_95);
        // prev = n                                                                               <L 77>
        var_97 = wp::copy(var_94);
        // amp *= 0.5                                                                             <L 78>
        var_99 = wp::mul(var_78, var_98);
        // freq *= 2.1                                                                            <L 79>
        var_101 = wp::mul(var_80, var_100);
        // n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)                <L 74>
        var_104 = wp::mul(var_5, var_101);
        var_105 = wp::mul(var_9, var_101);
        var_106 = wp::add(var_seed, var_102);
        var_107 = value_noise_0(var_104, var_105, var_106);
        var_109 = wp::mul(var_107, var_108);
        var_111 = wp::sub(var_109, var_110);
        var_112 = wp::abs(var_111);
        var_113 = wp::sub(var_103, var_112);
        // n = n * n * prev                                                                       <L 75>
        var_114 = wp::mul(var_113, var_113);
        var_115 = wp::mul(var_114, var_97);
        // hsum += n * amp                                                                        <L 76>
        var_116 = wp::mul(var_115, var_99);
        var_117 = wp::add(var_96, var_116);
        // prev = n                                                                               <L 77>
        var_118 = wp::copy(var_115);
        // amp *= 0.5                                                                             <L 78>
        var_120 = wp::mul(var_99, var_119);
        // freq *= 2.1                                                                            <L 79>
        var_122 = wp::mul(var_101, var_121);
        // n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)                <L 74>
        var_125 = wp::mul(var_5, var_122);
        var_126 = wp::mul(var_9, var_122);
        var_127 = wp::add(var_seed, var_123);
        var_128 = value_noise_0(var_125, var_126, var_127);
        var_130 = wp::mul(var_128, var_129);
        var_132 = wp::sub(var_130, var_131);
        var_133 = wp::abs(var_132);
        var_134 = wp::sub(var_124, var_133);
        // n = n * n * prev                                                                       <L 75>
        var_135 = wp::mul(var_134, var_134);
        var_136 = wp::mul(var_135, var_118);
        // hsum += n * amp                                                                        <L 76>
        var_137 = wp::mul(var_136, var_120);
        var_138 = wp::add(var_117, var_137);
        // prev = n                                                                               <L 77>
        var_139 = wp::copy(var_136);
        // amp *= 0.5                                                                             <L 78>
        var_141 = wp::mul(var_120, var_140);
        // freq *= 2.1                                                                            <L 79>
        var_143 = wp::mul(var_122, var_142);
        // heights[y, x] = hsum                                                                   <L 80>
        // wp::array_store(var_heights, var_0, var_1, var_138);
        // wp.atomic_max(max_h, 0, hsum)                                                          <L 81>
        // var_145 = wp::atomic_max(var_max_h, var_144, var_138);
        //---------
        // reverse
        wp::adj_atomic_max(var_max_h, var_144, var_138, adj_max_h, adj_144, adj_138, adj_145);
        // adj: wp.atomic_max(max_h, 0, hsum)                                                     <L 81>
        wp::adj_array_store(var_heights, var_0, var_1, var_138, adj_heights, adj_0, adj_1, adj_138);
        // adj: heights[y, x] = hsum                                                              <L 80>
        wp::adj_mul(var_122, var_142, adj_122, adj_142, adj_143);
        // adj: freq *= 2.1                                                                       <L 79>
        wp::adj_mul(var_120, var_140, adj_120, adj_140, adj_141);
        // adj: amp *= 0.5                                                                        <L 78>
        wp::adj_copy(var_136, adj_136, adj_139);
        // adj: prev = n                                                                          <L 77>
        wp::adj_add(var_117, var_137, adj_117, adj_137, adj_138);
        wp::adj_mul(var_136, var_120, adj_136, adj_120, adj_137);
        // adj: hsum += n * amp                                                                   <L 76>
        wp::adj_mul(var_135, var_118, adj_135, adj_118, adj_136);
        wp::adj_mul(var_134, var_134, adj_134, adj_134, adj_135);
        // adj: n = n * n * prev                                                                  <L 75>
        wp::adj_sub(var_124, var_133, adj_124, adj_133, adj_134);
        wp::adj_abs(var_132, adj_132, adj_133);
        wp::adj_sub(var_130, var_131, adj_130, adj_131, adj_132);
        wp::adj_mul(var_128, var_129, adj_128, adj_129, adj_130);
        adj_value_noise_0(var_125, var_126, var_127, adj_125, adj_126, adj_127, adj_128);
        wp::adj_add(var_seed, var_123, adj_seed, adj_123, adj_127);
        wp::adj_mul(var_9, var_122, adj_9, adj_122, adj_126);
        wp::adj_mul(var_5, var_122, adj_5, adj_122, adj_125);
        // adj: n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)           <L 74>
        wp::adj_mul(var_101, var_121, adj_101, adj_121, adj_122);
        // adj: freq *= 2.1                                                                       <L 79>
        wp::adj_mul(var_99, var_119, adj_99, adj_119, adj_120);
        // adj: amp *= 0.5                                                                        <L 78>
        wp::adj_copy(var_115, adj_115, adj_118);
        // adj: prev = n                                                                          <L 77>
        wp::adj_add(var_96, var_116, adj_96, adj_116, adj_117);
        wp::adj_mul(var_115, var_99, adj_115, adj_99, adj_116);
        // adj: hsum += n * amp                                                                   <L 76>
        wp::adj_mul(var_114, var_97, adj_114, adj_97, adj_115);
        wp::adj_mul(var_113, var_113, adj_113, adj_113, adj_114);
        // adj: n = n * n * prev                                                                  <L 75>
        wp::adj_sub(var_103, var_112, adj_103, adj_112, adj_113);
        wp::adj_abs(var_111, adj_111, adj_112);
        wp::adj_sub(var_109, var_110, adj_109, adj_110, adj_111);
        wp::adj_mul(var_107, var_108, adj_107, adj_108, adj_109);
        adj_value_noise_0(var_104, var_105, var_106, adj_104, adj_105, adj_106, adj_107);
        wp::adj_add(var_seed, var_102, adj_seed, adj_102, adj_106);
        wp::adj_mul(var_9, var_101, adj_9, adj_101, adj_105);
        wp::adj_mul(var_5, var_101, adj_5, adj_101, adj_104);
        // adj: n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)           <L 74>
        wp::adj_mul(var_80, var_100, adj_80, adj_100, adj_101);
        // adj: freq *= 2.1                                                                       <L 79>
        wp::adj_mul(var_78, var_98, adj_78, adj_98, adj_99);
        // adj: amp *= 0.5                                                                        <L 78>
        wp::adj_copy(var_94, adj_94, adj_97);
        // adj: prev = n                                                                          <L 77>
        wp::adj_add(var_75, var_95, adj_75, adj_95, adj_96);
        wp::adj_mul(var_94, var_78, adj_94, adj_78, adj_95);
        // adj: hsum += n * amp                                                                   <L 76>
        wp::adj_mul(var_93, var_76, adj_93, adj_76, adj_94);
        wp::adj_mul(var_92, var_92, adj_92, adj_92, adj_93);
        // adj: n = n * n * prev                                                                  <L 75>
        wp::adj_sub(var_82, var_91, adj_82, adj_91, adj_92);
        wp::adj_abs(var_90, adj_90, adj_91);
        wp::adj_sub(var_88, var_89, adj_88, adj_89, adj_90);
        wp::adj_mul(var_86, var_87, adj_86, adj_87, adj_88);
        adj_value_noise_0(var_83, var_84, var_85, adj_83, adj_84, adj_85, adj_86);
        wp::adj_add(var_seed, var_81, adj_seed, adj_81, adj_85);
        wp::adj_mul(var_9, var_80, adj_9, adj_80, adj_84);
        wp::adj_mul(var_5, var_80, adj_5, adj_80, adj_83);
        // adj: n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)           <L 74>
        wp::adj_mul(var_59, var_79, adj_59, adj_79, adj_80);
        // adj: freq *= 2.1                                                                       <L 79>
        wp::adj_mul(var_57, var_77, adj_57, adj_77, adj_78);
        // adj: amp *= 0.5                                                                        <L 78>
        wp::adj_copy(var_73, adj_73, adj_76);
        // adj: prev = n                                                                          <L 77>
        wp::adj_add(var_54, var_74, adj_54, adj_74, adj_75);
        wp::adj_mul(var_73, var_57, adj_73, adj_57, adj_74);
        // adj: hsum += n * amp                                                                   <L 76>
        wp::adj_mul(var_72, var_55, adj_72, adj_55, adj_73);
        wp::adj_mul(var_71, var_71, adj_71, adj_71, adj_72);
        // adj: n = n * n * prev                                                                  <L 75>
        wp::adj_sub(var_61, var_70, adj_61, adj_70, adj_71);
        wp::adj_abs(var_69, adj_69, adj_70);
        wp::adj_sub(var_67, var_68, adj_67, adj_68, adj_69);
        wp::adj_mul(var_65, var_66, adj_65, adj_66, adj_67);
        adj_value_noise_0(var_62, var_63, var_64, adj_62, adj_63, adj_64, adj_65);
        wp::adj_add(var_seed, var_60, adj_seed, adj_60, adj_64);
        wp::adj_mul(var_9, var_59, adj_9, adj_59, adj_63);
        wp::adj_mul(var_5, var_59, adj_5, adj_59, adj_62);
        // adj: n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)           <L 74>
        wp::adj_mul(var_38, var_58, adj_38, adj_58, adj_59);
        // adj: freq *= 2.1                                                                       <L 79>
        wp::adj_mul(var_36, var_56, adj_36, adj_56, adj_57);
        // adj: amp *= 0.5                                                                        <L 78>
        wp::adj_copy(var_52, adj_52, adj_55);
        // adj: prev = n                                                                          <L 77>
        wp::adj_add(var_33, var_53, adj_33, adj_53, adj_54);
        wp::adj_mul(var_52, var_36, adj_52, adj_36, adj_53);
        // adj: hsum += n * amp                                                                   <L 76>
        wp::adj_mul(var_51, var_34, adj_51, adj_34, adj_52);
        wp::adj_mul(var_50, var_50, adj_50, adj_50, adj_51);
        // adj: n = n * n * prev                                                                  <L 75>
        wp::adj_sub(var_40, var_49, adj_40, adj_49, adj_50);
        wp::adj_abs(var_48, adj_48, adj_49);
        wp::adj_sub(var_46, var_47, adj_46, adj_47, adj_48);
        wp::adj_mul(var_44, var_45, adj_44, adj_45, adj_46);
        adj_value_noise_0(var_41, var_42, var_43, adj_41, adj_42, adj_43, adj_44);
        wp::adj_add(var_seed, var_39, adj_seed, adj_39, adj_43);
        wp::adj_mul(var_9, var_38, adj_9, adj_38, adj_42);
        wp::adj_mul(var_5, var_38, adj_5, adj_38, adj_41);
        // adj: n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)           <L 74>
        wp::adj_mul(var_15, var_37, adj_15, adj_37, adj_38);
        // adj: freq *= 2.1                                                                       <L 79>
        wp::adj_mul(var_13, var_35, adj_13, adj_35, adj_36);
        // adj: amp *= 0.5                                                                        <L 78>
        wp::adj_copy(var_31, adj_31, adj_34);
        // adj: prev = n                                                                          <L 77>
        wp::adj_add(var_11, var_32, adj_11, adj_32, adj_33);
        wp::adj_mul(var_31, var_13, adj_31, adj_13, adj_32);
        // adj: hsum += n * amp                                                                   <L 76>
        wp::adj_mul(var_30, var_17, adj_30, adj_17, adj_31);
        wp::adj_mul(var_29, var_29, adj_29, adj_29, adj_30);
        // adj: n = n * n * prev                                                                  <L 75>
        wp::adj_sub(var_19, var_28, adj_19, adj_28, adj_29);
        wp::adj_abs(var_27, adj_27, adj_28);
        wp::adj_sub(var_25, var_26, adj_25, adj_26, adj_27);
        wp::adj_mul(var_23, var_24, adj_23, adj_24, adj_25);
        adj_value_noise_0(var_20, var_21, var_22, adj_20, adj_21, adj_22, adj_23);
        wp::adj_add(var_seed, var_18, adj_seed, adj_18, adj_22);
        wp::adj_mul(var_9, var_15, adj_9, adj_15, adj_21);
        wp::adj_mul(var_5, var_15, adj_5, adj_15, adj_20);
        // adj: n = 1.0 - wp.abs(value_noise(u * freq, v * freq, seed + o) * 2.0 - 1.0)           <L 74>
        // adj: for o in range(6):                                                                <L 73>
        wp::adj_float(var_16, adj_16, adj_17);
        // adj: prev = float(1.0)                                                                 <L 72>
        wp::adj_float(var_14, adj_14, adj_15);
        // adj: freq = float(1.0)                                                                 <L 71>
        wp::adj_float(var_12, adj_12, adj_13);
        // adj: amp = float(1.0)                                                                  <L 70>
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: hsum = float(0.0)                                                                 <L 69>
        wp::adj_mul(var_8, var_scale, adj_8, adj_scale, adj_9);
        wp::adj_div(var_6, var_7, var_8, adj_6, adj_7, adj_8);
        wp::adj_float(var_height, adj_height, adj_7);
        wp::adj_float(var_0, adj_0, adj_6);
        // adj: v = float(y) / float(height) * scale                                              <L 68>
        wp::adj_mul(var_4, var_scale, adj_4, adj_scale, adj_5);
        wp::adj_div(var_2, var_3, var_4, adj_2, adj_3, adj_4);
        wp::adj_float(var_width, adj_width, adj_3);
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: u = float(x) / float(width) * scale                                               <L 67>
        // adj: y, x = wp.tid()                                                                   <L 66>
        // adj: def ridged_terrain(width: int, height: int, scale: float, seed: int, heights: wp.array2d(dtype=float), max_h: wp.array(dtype=float)):  <L 65>
        continue;
    }
}

