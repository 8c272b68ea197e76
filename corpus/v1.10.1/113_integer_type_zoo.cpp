
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


// corpus/113_integer_type_zoo.py:6
static wp::uint8 checksum8_0(
    wp::int8 var_a,
    wp::uint8 var_b)
{
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 255;
    wp::int32 var_2;
    wp::uint8 var_3;
    wp::uint8 var_4;
    //---------
    // forward
    // def checksum8(a: wp.int8, b: wp.uint8) -> wp.uint8:                                    <L 7>
    // return wp.uint8(int(a) & 0xFF) ^ b                                                     <L 8>
    var_0 = wp::int(var_a);
    var_2 = wp::bit_and(var_0, var_1);
    var_3 = wp::uint8(var_2);
    var_4 = wp::bit_xor(var_3, var_b);
    return var_4;
}


// corpus/113_integer_type_zoo.py:11
static wp::int32 widen16_0(
    wp::int16 var_a,
    wp::uint16 var_b)
{
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 65536;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    //---------
    // forward
    // def widen16(a: wp.int16, b: wp.uint16) -> wp.int32:                                    <L 12>
    // return wp.int32(a) * 65536 + wp.int32(b)                                               <L 13>
    var_0 = wp::int32(var_a);
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::int32(var_b);
    var_4 = wp::add(var_2, var_3);
    return var_4;
}


// corpus/113_integer_type_zoo.py:16
static void split64_0(
    wp::uint64 var_x,
    wp::uint32 & ret_0,
    wp::uint32 & ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 4294967295;
    wp::uint64 var_1;
    wp::uint64 var_2;
    wp::uint32 var_3;
    const wp::int32 var_4 = 32;
    wp::uint64 var_5;
    wp::uint64 var_6;
    wp::uint32 var_7;
    //---------
    // forward
    // def split64(x: wp.uint64):                                                             <L 17>
    // lo = wp.uint32(x & wp.uint64(0xFFFFFFFF))                                              <L 18>
    var_1 = wp::uint64(var_0);
    var_2 = wp::bit_and(var_x, var_1);
    var_3 = wp::uint32(var_2);
    // hi = wp.uint32(x >> wp.uint64(32))                                                     <L 19>
    var_5 = wp::uint64(var_4);
    var_6 = wp::rshift(var_x, var_5);
    var_7 = wp::uint32(var_6);
    // return lo, hi                                                                          <L 20>
    ret_0 = var_3;
    ret_1 = var_7;
    return;
}


// corpus/113_integer_type_zoo.py:23
static wp::uint8 sat_add_u8_0(
    wp::uint8 var_a,
    wp::uint8 var_b)
{
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    const wp::int32 var_3 = 255;
    bool var_4;
    const wp::int32 var_5 = 255;
    wp::uint8 var_6;
    wp::uint8 var_7;
    //---------
    // forward
    // def sat_add_u8(a: wp.uint8, b: wp.uint8) -> wp.uint8:                                  <L 24>
    // s = int(a) + int(b)                                                                    <L 25>
    var_0 = wp::int(var_a);
    var_1 = wp::int(var_b);
    var_2 = wp::add(var_0, var_1);
    // if s > 255:                                                                            <L 26>
    var_4 = (var_2 > var_3);
    if (var_4) {
        // return wp.uint8(255)                                                               <L 27>
        var_6 = wp::uint8(var_5);
        return var_6;
    }
    // return wp.uint8(s)                                                                     <L 28>
    var_7 = wp::uint8(var_2);
    return var_7;
}


// corpus/113_integer_type_zoo.py:95
static wp::uint8 b64_char_0(
    wp::int32 var_v)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 26;
    bool var_1;
    const wp::int32 var_2 = 65;
    wp::int32 var_3;
    wp::uint8 var_4;
    const wp::int32 var_5 = 52;
    bool var_6;
    const wp::int32 var_7 = 97;
    wp::int32 var_8;
    const wp::int32 var_9 = 26;
    wp::int32 var_10;
    wp::uint8 var_11;
    const wp::int32 var_12 = 62;
    bool var_13;
    const wp::int32 var_14 = 48;
    wp::int32 var_15;
    const wp::int32 var_16 = 52;
    wp::int32 var_17;
    wp::uint8 var_18;
    const wp::int32 var_19 = 62;
    bool var_20;
    const wp::int32 var_21 = 43;
    wp::uint8 var_22;
    const wp::int32 var_23 = 47;
    wp::uint8 var_24;
    //---------
    // forward
    // def b64_char(v: int) -> wp.uint8:                                                      <L 96>
    // if v < 26:                                                                             <L 97>
    var_1 = (var_v < var_0);
    if (var_1) {
        // return wp.uint8(65 + v)                                                            <L 98>
        var_3 = wp::add(var_2, var_v);
        var_4 = wp::uint8(var_3);
        return var_4;
    }
    if (!var_1) {
        // elif v < 52:                                                                       <L 99>
        var_6 = (var_v < var_5);
        if (var_6) {
            // return wp.uint8(97 + v - 26)                                                   <L 100>
            var_8 = wp::add(var_7, var_v);
            var_10 = wp::sub(var_8, var_9);
            var_11 = wp::uint8(var_10);
            return var_11;
        }
        if (!var_6) {
            // elif v < 62:                                                                   <L 101>
            var_13 = (var_v < var_12);
            if (var_13) {
                // return wp.uint8(48 + v - 52)                                               <L 102>
                var_15 = wp::add(var_14, var_v);
                var_17 = wp::sub(var_15, var_16);
                var_18 = wp::uint8(var_17);
                return var_18;
            }
            if (!var_13) {
                // elif v == 62:                                                              <L 103>
                var_20 = (var_v == var_19);
                if (var_20) {
                    // return wp.uint8(43)                                                    <L 104>
                    var_22 = wp::uint8(var_21);
                    return var_22;
                }
            }
        }
    }
    // return wp.uint8(47)                                                                    <L 105>
    var_24 = wp::uint8(var_23);
    return var_24;
}


// corpus/113_integer_type_zoo.py:6
static void adj_checksum8_0(
    wp::int8 var_a,
    wp::uint8 var_b,
    wp::int8 & adj_a,
    wp::uint8 & adj_b,
    wp::uint8 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/113_integer_type_zoo.py:11
static void adj_widen16_0(
    wp::int16 var_a,
    wp::uint16 var_b,
    wp::int16 & adj_a,
    wp::uint16 & adj_b,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/113_integer_type_zoo.py:16
static void adj_split64_0(
    wp::uint64 var_x,
    wp::uint32 & ret_0,
    wp::uint32 & ret_1,
    wp::uint64 & adj_x,
    wp::uint32 & adj_ret_0,
    wp::uint32 & adj_ret_1)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/113_integer_type_zoo.py:23
static void adj_sat_add_u8_0(
    wp::uint8 var_a,
    wp::uint8 var_b,
    wp::uint8 & adj_a,
    wp::uint8 & adj_b,
    wp::uint8 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/113_integer_type_zoo.py:95
static void adj_b64_char_0(
    wp::int32 var_v,
    wp::int32 & adj_v,
    wp::uint8 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_pack_records_85f4fe39 {
    wp::array_t<wp::int8> i8;
    wp::array_t<wp::uint8> u8;
    wp::array_t<wp::int16> i16;
    wp::array_t<wp::uint16> u16;
    wp::array_t<wp::int32> i32;
    wp::array_t<wp::uint32> u32;
    wp::array_t<wp::int64> i64;
    wp::array_t<wp::uint64> u64;
    wp::array_t<wp::uint64> out_u64;
    wp::array_t<wp::uint8> out_check;
};


void pack_records_85f4fe39_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_pack_records_85f4fe39 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_i8 = _wp_args->i8;
    wp::array_t<wp::uint8> var_u8 = _wp_args->u8;
    wp::array_t<wp::int16> var_i16 = _wp_args->i16;
    wp::array_t<wp::uint16> var_u16 = _wp_args->u16;
    wp::array_t<wp::int32> var_i32 = _wp_args->i32;
    wp::array_t<wp::uint32> var_u32 = _wp_args->u32;
    wp::array_t<wp::int64> var_i64 = _wp_args->i64;
    wp::array_t<wp::uint64> var_u64 = _wp_args->u64;
    wp::array_t<wp::uint64> var_out_u64 = _wp_args->out_u64;
    wp::array_t<wp::uint8> var_out_check = _wp_args->out_check;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int8* var_1;
    wp::uint8* var_2;
    wp::uint8 var_3;
    wp::int8 var_4;
    wp::uint8 var_5;
    wp::int16* var_6;
    wp::uint16* var_7;
    wp::int32 var_8;
    wp::int16 var_9;
    wp::uint16 var_10;
    wp::uint32* var_11;
    wp::uint64 var_12;
    wp::uint32 var_13;
    const wp::int32 var_14 = 32;
    wp::uint64 var_15;
    wp::uint64 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::uint32 var_20;
    wp::uint64 var_21;
    wp::uint64 var_22;
    wp::uint64* var_23;
    wp::uint64 var_24;
    wp::uint64 var_25;
    wp::int64* var_26;
    const wp::int32 var_27 = 0;
    wp::int64 var_28;
    bool var_29;
    wp::int64 var_30;
    wp::uint64 var_31;
    wp::uint64 var_32;
    wp::uint32 var_33;
    wp::uint32 var_34;
    wp::uint32 var_35;
    const wp::int32 var_36 = 255;
    wp::uint32 var_37;
    wp::uint32 var_38;
    wp::int32 var_39;
    wp::uint8 var_40;
    wp::uint8 var_41;
    //---------
    // forward
    // def pack_records(                                                                      <L 32>
    // i = wp.tid()                                                                           <L 44>
    var_0 = builtin_tid1d();
    // c8 = checksum8(i8[i], u8[i])                                                           <L 45>
    var_1 = wp::address(var_i8, var_0);
    var_2 = wp::address(var_u8, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = checksum8_0(var_4, var_5);
    // w = widen16(i16[i], u16[i])                                                            <L 46>
    var_6 = wp::address(var_i16, var_0);
    var_7 = wp::address(var_u16, var_0);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = widen16_0(var_9, var_10);
    // a = wp.uint64(u32[i]) << wp.uint64(32)                                                 <L 47>
    var_11 = wp::address(var_u32, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::uint64(var_13);
    var_15 = wp::uint64(var_14);
    var_16 = wp::lshift(var_12, var_15);
    // b = wp.uint64(wp.uint32(i32[i] + w))                                                   <L 48>
    var_17 = wp::address(var_i32, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::add(var_19, var_8);
    var_20 = wp::uint32(var_18);
    var_21 = wp::uint64(var_20);
    // packed = (a | b) ^ u64[i]                                                              <L 49>
    var_22 = wp::bit_or(var_16, var_21);
    var_23 = wp::address(var_u64, var_0);
    var_25 = wp::load(var_23);
    var_24 = wp::bit_xor(var_22, var_25);
    // if i64[i] < wp.int64(0):                                                               <L 50>
    var_26 = wp::address(var_i64, var_0);
    var_28 = wp::int64(var_27);
    var_30 = wp::load(var_26);
    var_29 = (var_30 < var_28);
    if (var_29) {
        // packed = ~packed                                                                   <L 51>
        var_31 = wp::invert(var_24);
    }
    var_32 = wp::where(var_29, var_31, var_24);
    // out_u64[i] = packed                                                                    <L 52>
    wp::array_store(var_out_u64, var_0, var_32);
    // lo, hi = split64(packed)                                                               <L 53>
    split64_0(var_32, var_33, var_34);
    // out_check[i] = sat_add_u8(c8, wp.uint8(int((lo ^ hi) & wp.uint32(0xFF))))              <L 54>
    var_35 = wp::bit_xor(var_33, var_34);
    var_37 = wp::uint32(var_36);
    var_38 = wp::bit_and(var_35, var_37);
    var_39 = wp::int(var_38);
    var_40 = wp::uint8(var_39);
    var_41 = sat_add_u8_0(var_3, var_40);
    wp::array_store(var_out_check, var_0, var_41);
}



extern "C" {

// Python CPU entry points
WP_API void pack_records_85f4fe39_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_pack_records_85f4fe39 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        pack_records_85f4fe39_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_type_ranges_dc03e042 {
    wp::array_t<wp::int8> i8;
    wp::array_t<wp::int16> i16;
    wp::array_t<wp::int64> i64;
    wp::array_t<wp::uint16> u16;
    wp::array_t<wp::int64> stats;
};


void type_ranges_dc03e042_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_type_ranges_dc03e042 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_i8 = _wp_args->i8;
    wp::array_t<wp::int16> var_i16 = _wp_args->i16;
    wp::array_t<wp::int64> var_i64 = _wp_args->i64;
    wp::array_t<wp::uint16> var_u16 = _wp_args->u16;
    wp::array_t<wp::int64> var_stats = _wp_args->stats;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int8* var_1;
    wp::int64 var_2;
    wp::int8 var_3;
    wp::int16* var_4;
    wp::int64 var_5;
    wp::int16 var_6;
    wp::int64* var_7;
    wp::int64 var_8;
    wp::int64 var_9;
    wp::uint16* var_10;
    wp::int64 var_11;
    wp::uint16 var_12;
    const wp::int32 var_13 = 0;
    wp::int64 var_14;
    const wp::int32 var_15 = 1;
    wp::int64 var_16;
    const wp::int32 var_17 = 2;
    wp::int64 var_18;
    const wp::int32 var_19 = 3;
    wp::int64 var_20;
    const wp::int32 var_21 = 4;
    wp::int64 var_22;
    const wp::int32 var_23 = 5;
    wp::int64 var_24;
    //---------
    // forward
    // def type_ranges(i8: wp.array(dtype=wp.int8), i16: wp.array(dtype=wp.int16), i64: wp.array(dtype=wp.int64), u16: wp.array(dtype=wp.uint16), stats: wp.array(dtype=wp.int64)):       <L 58>
    // i = wp.tid()                                                                           <L 59>
    var_0 = builtin_tid1d();
    // v8 = wp.int64(i8[i])                                                                   <L 60>
    var_1 = wp::address(var_i8, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::int64(var_3);
    // v16 = wp.int64(i16[i])                                                                 <L 61>
    var_4 = wp::address(var_i16, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::int64(var_6);
    // v64 = i64[i]                                                                           <L 62>
    var_7 = wp::address(var_i64, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // vu = wp.int64(u16[i])                                                                  <L 63>
    var_10 = wp::address(var_u16, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::int64(var_12);
    // wp.atomic_min(stats, 0, v8)                                                            <L 64>
    var_14 = wp::atomic_min(var_stats, var_13, var_2);
    // wp.atomic_max(stats, 1, v8)                                                            <L 65>
    var_16 = wp::atomic_max(var_stats, var_15, var_2);
    // wp.atomic_min(stats, 2, v16)                                                           <L 66>
    var_18 = wp::atomic_min(var_stats, var_17, var_5);
    // wp.atomic_max(stats, 3, v16)                                                           <L 67>
    var_20 = wp::atomic_max(var_stats, var_19, var_5);
    // wp.atomic_add(stats, 4, v64)                                                           <L 68>
    var_22 = wp::atomic_add(var_stats, var_21, var_8);
    // wp.atomic_add(stats, 5, vu)                                                            <L 69>
    var_24 = wp::atomic_add(var_stats, var_23, var_11);
}



extern "C" {

// Python CPU entry points
WP_API void type_ranges_dc03e042_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_type_ranges_dc03e042 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        type_ranges_dc03e042_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_shifts_and_masks_24175271 {
    wp::array_t<wp::uint32> x;
    wp::array_t<wp::int32> y;
    wp::int32 n;
    wp::array_t<wp::uint32> out;
    wp::array_t<wp::int32> sout;
};


void shifts_and_masks_24175271_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_shifts_and_masks_24175271 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_x = _wp_args->x;
    wp::array_t<wp::int32> var_y = _wp_args->y;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::uint32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_sout = _wp_args->sout;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32* var_1;
    wp::uint32 var_2;
    wp::uint32 var_3;
    wp::int32* var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::range_t var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::uint32 var_10;
    wp::uint32 var_11;
    const wp::int32 var_12 = 0;
    wp::uint32 var_13;
    bool var_14;
    const wp::int32 var_15 = 1;
    wp::uint32 var_16;
    wp::uint32 var_17;
    const wp::int32 var_18 = 3988292384;
    wp::uint32 var_19;
    wp::uint32 var_20;
    wp::uint32 var_21;
    const wp::int32 var_22 = 1;
    wp::uint32 var_23;
    wp::uint32 var_24;
    wp::uint32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    const wp::int32 var_28 = 3;
    wp::int32 var_29;
    wp::int32 var_30;
    const wp::int32 var_31 = 1000003;
    wp::int32 var_32;
    //---------
    // forward
    // def shifts_and_masks(x: wp.array(dtype=wp.uint32), y: wp.array(dtype=wp.int32), n: int, out: wp.array(dtype=wp.uint32), sout: wp.array(dtype=wp.int32)):       <L 73>
    // i = wp.tid()                                                                           <L 74>
    var_0 = builtin_tid1d();
    // v = x[i]                                                                               <L 75>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // s = y[i]                                                                               <L 76>
    var_4 = wp::address(var_y, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // for k in range(n):                                                                     <L 77>
    var_7 = wp::range(var_n);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
        // if (v & wp.uint32(1)) != wp.uint32(0):                                             <L 78>
        var_10 = wp::uint32(var_9);
        var_11 = wp::bit_and(var_2, var_10);
        var_13 = wp::uint32(var_12);
        var_14 = (var_11 != var_13);
        if (var_14) {
            // v = (v >> wp.uint32(1)) ^ wp.uint32(0xEDB88320)                                <L 79>
            var_16 = wp::uint32(var_15);
            var_17 = wp::rshift(var_2, var_16);
            var_19 = wp::uint32(var_18);
            var_20 = wp::bit_xor(var_17, var_19);
        }
        var_21 = wp::where(var_14, var_20, var_2);
        if (!var_14) {
            // v = v >> wp.uint32(1)                                                          <L 81>
            var_23 = wp::uint32(var_22);
            var_24 = wp::rshift(var_21, var_23);
        }
        var_25 = wp::where(var_14, var_21, var_24);
        // s = (s << 1) ^ (s >> 3)                                                            <L 82>
        var_27 = wp::lshift(var_5, var_26);
        var_29 = wp::rshift(var_5, var_28);
        var_30 = wp::bit_xor(var_27, var_29);
        wp::assign(var_2, var_25);
        wp::assign(var_5, var_30);
        goto start_for_0;
    end_for_0:;
    // out[i] = v                                                                             <L 83>
    wp::array_store(var_out, var_0, var_2);
    // sout[i] = s % 1000003                                                                  <L 84>
    var_32 = wp::mod(var_5, var_31);
    wp::array_store(var_sout, var_0, var_32);
}



extern "C" {

// Python CPU entry points
WP_API void shifts_and_masks_24175271_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_shifts_and_masks_24175271 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        shifts_and_masks_24175271_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_float_to_ints_3897d42c {
    wp::array_t<wp::float32> f;
    wp::array_t<wp::float16> h;
    wp::array_t<wp::float64> d;
    wp::array_t<wp::int8> i8;
    wp::array_t<wp::uint16> u16;
    wp::array_t<wp::int64> i64;
};


void float_to_ints_3897d42c_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_float_to_ints_3897d42c *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float16> var_h = _wp_args->h;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::int8> var_i8 = _wp_args->i8;
    wp::array_t<wp::uint16> var_u16 = _wp_args->u16;
    wp::array_t<wp::int64> var_i64 = _wp_args->i64;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 128;
    const wp::int32 var_5 = -128;
    const wp::int32 var_6 = 127;
    wp::int32 var_7;
    wp::int8 var_8;
    wp::float16* var_9;
    wp::float32 var_10;
    wp::float16 var_11;
    const wp::float32 var_12 = 100.0;
    wp::float32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 65535;
    wp::int32 var_17;
    wp::uint16 var_18;
    wp::float64* var_19;
    const wp::float32 var_20 = 1000000.0;
    wp::float64 var_21;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::int64 var_24;
    //---------
    // forward
    // def float_to_ints(f: wp.array(dtype=float), h: wp.array(dtype=wp.float16), d: wp.array(dtype=wp.float64), i8: wp.array(dtype=wp.int8), u16: wp.array(dtype=wp.uint16), i64: wp.array(dtype=wp.int64)):       <L 88>
    // i = wp.tid()                                                                           <L 89>
    var_0 = builtin_tid1d();
    // i8[i] = wp.int8(wp.clamp(int(f[i]), -128, 127))                                        <L 90>
    var_1 = wp::address(var_f, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::int(var_3);
    var_7 = wp::clamp(var_2, var_5, var_6);
    var_8 = wp::int8(var_7);
    wp::array_store(var_i8, var_0, var_8);
    // u16[i] = wp.uint16(wp.clamp(int(float(h[i]) * 100.0), 0, 65535))                       <L 91>
    var_9 = wp::address(var_h, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::float(var_11);
    var_13 = wp::mul(var_10, var_12);
    var_14 = wp::int(var_13);
    var_17 = wp::clamp(var_14, var_15, var_16);
    var_18 = wp::uint16(var_17);
    wp::array_store(var_u16, var_0, var_18);
    // i64[i] = wp.int64(d[i] * wp.float64(1.0e6))                                            <L 92>
    var_19 = wp::address(var_d, var_0);
    var_21 = wp::float64(var_20);
    var_23 = wp::load(var_19);
    var_22 = wp::mul(var_23, var_21);
    var_24 = wp::int64(var_22);
    wp::array_store(var_i64, var_0, var_24);
}



extern "C" {

// Python CPU entry points
WP_API void float_to_ints_3897d42c_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_float_to_ints_3897d42c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        float_to_ints_3897d42c_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_crc32_and_base64_ad607181 {
    wp::array_t<wp::uint8> data;
    wp::array_t<wp::int32> lengths;
    wp::array_t<wp::uint32> crcs;
    wp::array_t<wp::uint8> encoded;
    wp::array_t<wp::int32> encoded_len;
};


void crc32_and_base64_ad607181_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_crc32_and_base64_ad607181 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_data = _wp_args->data;
    wp::array_t<wp::int32> var_lengths = _wp_args->lengths;
    wp::array_t<wp::uint32> var_crcs = _wp_args->crcs;
    wp::array_t<wp::uint8> var_encoded = _wp_args->encoded;
    wp::array_t<wp::int32> var_encoded_len = _wp_args->encoded_len;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 4294967295;
    wp::uint32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::uint8* var_8;
    wp::uint32 var_9;
    wp::uint8 var_10;
    wp::uint32 var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 0;
    wp::uint32 var_14;
    const wp::int32 var_15 = 1;
    wp::uint32 var_16;
    wp::uint32 var_17;
    wp::uint32 var_18;
    const wp::int32 var_19 = 1;
    wp::uint32 var_20;
    wp::uint32 var_21;
    const wp::int32 var_22 = 3988292384;
    wp::uint32 var_23;
    wp::uint32 var_24;
    wp::uint32 var_25;
    const wp::int32 var_26 = 1;
    const wp::int32 var_27 = 0;
    wp::uint32 var_28;
    const wp::int32 var_29 = 1;
    wp::uint32 var_30;
    wp::uint32 var_31;
    wp::uint32 var_32;
    const wp::int32 var_33 = 1;
    wp::uint32 var_34;
    wp::uint32 var_35;
    const wp::int32 var_36 = 3988292384;
    wp::uint32 var_37;
    wp::uint32 var_38;
    wp::uint32 var_39;
    const wp::int32 var_40 = 2;
    const wp::int32 var_41 = 0;
    wp::uint32 var_42;
    const wp::int32 var_43 = 1;
    wp::uint32 var_44;
    wp::uint32 var_45;
    wp::uint32 var_46;
    const wp::int32 var_47 = 1;
    wp::uint32 var_48;
    wp::uint32 var_49;
    const wp::int32 var_50 = 3988292384;
    wp::uint32 var_51;
    wp::uint32 var_52;
    wp::uint32 var_53;
    const wp::int32 var_54 = 3;
    const wp::int32 var_55 = 0;
    wp::uint32 var_56;
    const wp::int32 var_57 = 1;
    wp::uint32 var_58;
    wp::uint32 var_59;
    wp::uint32 var_60;
    const wp::int32 var_61 = 1;
    wp::uint32 var_62;
    wp::uint32 var_63;
    const wp::int32 var_64 = 3988292384;
    wp::uint32 var_65;
    wp::uint32 var_66;
    wp::uint32 var_67;
    const wp::int32 var_68 = 4;
    const wp::int32 var_69 = 0;
    wp::uint32 var_70;
    const wp::int32 var_71 = 1;
    wp::uint32 var_72;
    wp::uint32 var_73;
    wp::uint32 var_74;
    const wp::int32 var_75 = 1;
    wp::uint32 var_76;
    wp::uint32 var_77;
    const wp::int32 var_78 = 3988292384;
    wp::uint32 var_79;
    wp::uint32 var_80;
    wp::uint32 var_81;
    const wp::int32 var_82 = 5;
    const wp::int32 var_83 = 0;
    wp::uint32 var_84;
    const wp::int32 var_85 = 1;
    wp::uint32 var_86;
    wp::uint32 var_87;
    wp::uint32 var_88;
    const wp::int32 var_89 = 1;
    wp::uint32 var_90;
    wp::uint32 var_91;
    const wp::int32 var_92 = 3988292384;
    wp::uint32 var_93;
    wp::uint32 var_94;
    wp::uint32 var_95;
    const wp::int32 var_96 = 6;
    const wp::int32 var_97 = 0;
    wp::uint32 var_98;
    const wp::int32 var_99 = 1;
    wp::uint32 var_100;
    wp::uint32 var_101;
    wp::uint32 var_102;
    const wp::int32 var_103 = 1;
    wp::uint32 var_104;
    wp::uint32 var_105;
    const wp::int32 var_106 = 3988292384;
    wp::uint32 var_107;
    wp::uint32 var_108;
    wp::uint32 var_109;
    const wp::int32 var_110 = 7;
    const wp::int32 var_111 = 0;
    wp::uint32 var_112;
    const wp::int32 var_113 = 1;
    wp::uint32 var_114;
    wp::uint32 var_115;
    wp::uint32 var_116;
    const wp::int32 var_117 = 1;
    wp::uint32 var_118;
    wp::uint32 var_119;
    const wp::int32 var_120 = 3988292384;
    wp::uint32 var_121;
    wp::uint32 var_122;
    wp::uint32 var_123;
    wp::uint32 var_124;
    const wp::int32 var_125 = 0;
    wp::int32 var_126;
    wp::shape_t* var_127;
    const wp::int32 var_128 = 1;
    wp::int32 var_129;
    wp::shape_t var_130;
    const wp::int32 var_131 = 0;
    wp::int32 var_132;
    bool var_133;
    wp::uint8* var_134;
    wp::int32 var_135;
    wp::uint8 var_136;
    const wp::int32 var_137 = 0;
    wp::int32 var_138;
    const wp::int32 var_139 = 0;
    wp::int32 var_140;
    wp::int32 var_141;
    const wp::int32 var_142 = 1;
    bool var_143;
    const wp::int32 var_144 = 1;
    wp::int32 var_145;
    wp::uint8* var_146;
    wp::int32 var_147;
    wp::uint8 var_148;
    wp::int32 var_149;
    const wp::int32 var_150 = 2;
    bool var_151;
    const wp::int32 var_152 = 2;
    wp::int32 var_153;
    wp::uint8* var_154;
    wp::int32 var_155;
    wp::uint8 var_156;
    wp::int32 var_157;
    const wp::int32 var_158 = 16;
    wp::int32 var_159;
    const wp::int32 var_160 = 8;
    wp::int32 var_161;
    wp::int32 var_162;
    wp::int32 var_163;
    const wp::int32 var_164 = 4;
    wp::int32 var_165;
    bool var_166;
    const wp::int32 var_167 = 18;
    wp::int32 var_168;
    const wp::int32 var_169 = 63;
    wp::int32 var_170;
    wp::uint8 var_171;
    const wp::int32 var_172 = 12;
    wp::int32 var_173;
    const wp::int32 var_174 = 63;
    wp::int32 var_175;
    wp::uint8 var_176;
    const wp::int32 var_177 = 1;
    wp::int32 var_178;
    const wp::int32 var_179 = 1;
    bool var_180;
    const wp::int32 var_181 = 6;
    wp::int32 var_182;
    const wp::int32 var_183 = 63;
    wp::int32 var_184;
    wp::uint8 var_185;
    const wp::int32 var_186 = 2;
    wp::int32 var_187;
    const wp::int32 var_188 = 61;
    wp::uint8 var_189;
    const wp::int32 var_190 = 2;
    wp::int32 var_191;
    const wp::int32 var_192 = 2;
    bool var_193;
    const wp::int32 var_194 = 63;
    wp::int32 var_195;
    wp::uint8 var_196;
    const wp::int32 var_197 = 3;
    wp::int32 var_198;
    const wp::int32 var_199 = 61;
    wp::uint8 var_200;
    const wp::int32 var_201 = 3;
    wp::int32 var_202;
    const wp::int32 var_203 = 4;
    const wp::int32 var_204 = 4;
    wp::int32 var_205;
    const wp::int32 var_206 = 3;
    const wp::int32 var_207 = 3;
    wp::int32 var_208;
    wp::int32 var_209;
    //---------
    // forward
    // def crc32_and_base64(                                                                  <L 109>
    // row = wp.tid()                                                                         <L 116>
    var_0 = builtin_tid1d();
    // n = lengths[row]                                                                       <L 117>
    var_1 = wp::address(var_lengths, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // crc = wp.uint32(0xFFFFFFFF)                                                            <L 118>
    var_5 = wp::uint32(var_4);
    // for i in range(n):                                                                     <L 119>
    var_6 = wp::range(var_2);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // crc = crc ^ wp.uint32(data[row, i])                                                <L 120>
        var_8 = wp::address(var_data, var_0, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::uint32(var_10);
        var_11 = wp::bit_xor(var_5, var_9);
        // for b in range(8):                                                                 <L 121>
        // mask = wp.uint32(0) - (crc & wp.uint32(1))                                         <L 122>
        var_14 = wp::uint32(var_13);
        var_16 = wp::uint32(var_15);
        var_17 = wp::bit_and(var_11, var_16);
        var_18 = wp::sub(var_14, var_17);
        // crc = (crc >> wp.uint32(1)) ^ (wp.uint32(0xEDB88320) & mask)                       <L 123>
        var_20 = wp::uint32(var_19);
        var_21 = wp::rshift(var_11, var_20);
        var_23 = wp::uint32(var_22);
        var_24 = wp::bit_and(var_23, var_18);
        var_25 = wp::bit_xor(var_21, var_24);
        // mask = wp.uint32(0) - (crc & wp.uint32(1))                                         <L 122>
        var_28 = wp::uint32(var_27);
        var_30 = wp::uint32(var_29);
        var_31 = wp::bit_and(var_25, var_30);
        var_32 = wp::sub(var_28, var_31);
        // crc = (crc >> wp.uint32(1)) ^ (wp.uint32(0xEDB88320) & mask)                       <L 123>
        var_34 = wp::uint32(var_33);
        var_35 = wp::rshift(var_25, var_34);
        var_37 = wp::uint32(var_36);
        var_38 = wp::bit_and(var_37, var_32);
        var_39 = wp::bit_xor(var_35, var_38);
        // mask = wp.uint32(0) - (crc & wp.uint32(1))                                         <L 122>
        var_42 = wp::uint32(var_41);
        var_44 = wp::uint32(var_43);
        var_45 = wp::bit_and(var_39, var_44);
        var_46 = wp::sub(var_42, var_45);
        // crc = (crc >> wp.uint32(1)) ^ (wp.uint32(0xEDB88320) & mask)                       <L 123>
        var_48 = wp::uint32(var_47);
        var_49 = wp::rshift(var_39, var_48);
        var_51 = wp::uint32(var_50);
        var_52 = wp::bit_and(var_51, var_46);
        var_53 = wp::bit_xor(var_49, var_52);
        // mask = wp.uint32(0) - (crc & wp.uint32(1))                                         <L 122>
        var_56 = wp::uint32(var_55);
        var_58 = wp::uint32(var_57);
        var_59 = wp::bit_and(var_53, var_58);
        var_60 = wp::sub(var_56, var_59);
        // crc = (crc >> wp.uint32(1)) ^ (wp.uint32(0xEDB88320) & mask)                       <L 123>
        var_62 = wp::uint32(var_61);
        var_63 = wp::rshift(var_53, var_62);
        var_65 = wp::uint32(var_64);
        var_66 = wp::bit_and(var_65, var_60);
        var_67 = wp::bit_xor(var_63, var_66);
        // mask = wp.uint32(0) - (crc & wp.uint32(1))                                         <L 122>
        var_70 = wp::uint32(var_69);
        var_72 = wp::uint32(var_71);
        var_73 = wp::bit_and(var_67, var_72);
        var_74 = wp::sub(var_70, var_73);
        // crc = (crc >> wp.uint32(1)) ^ (wp.uint32(0xEDB88320) & mask)                       <L 123>
        var_76 = wp::uint32(var_75);
        var_77 = wp::rshift(var_67, var_76);
        var_79 = wp::uint32(var_78);
        var_80 = wp::bit_and(var_79, var_74);
        var_81 = wp::bit_xor(var_77, var_80);
        // mask = wp.uint32(0) - (crc & wp.uint32(1))                                         <L 122>
        var_84 = wp::uint32(var_83);
        var_86 = wp::uint32(var_85);
        var_87 = wp::bit_and(var_81, var_86);
        var_88 = wp::sub(var_84, var_87);
        // crc = (crc >> wp.uint32(1)) ^ (wp.uint32(0xEDB88320) & mask)                       <L 123>
        var_90 = wp::uint32(var_89);
        var_91 = wp::rshift(var_81, var_90);
        var_93 = wp::uint32(var_92);
        var_94 = wp::bit_and(var_93, var_88);
        var_95 = wp::bit_xor(var_91, var_94);
        // mask = wp.uint32(0) - (crc & wp.uint32(1))                                         <L 122>
        var_98 = wp::uint32(var_97);
        var_100 = wp::uint32(var_99);
        var_101 = wp::bit_and(var_95, var_100);
        var_102 = wp::sub(var_98, var_101);
        // crc = (crc >> wp.uint32(1)) ^ (wp.uint32(0xEDB88320) & mask)                       <L 123>
        var_104 = wp::uint32(var_103);
        var_105 = wp::rshift(var_95, var_104);
        var_107 = wp::uint32(var_106);
        var_108 = wp::bit_and(var_107, var_102);
        var_109 = wp::bit_xor(var_105, var_108);
        // mask = wp.uint32(0) - (crc & wp.uint32(1))                                         <L 122>
        var_112 = wp::uint32(var_111);
        var_114 = wp::uint32(var_113);
        var_115 = wp::bit_and(var_109, var_114);
        var_116 = wp::sub(var_112, var_115);
        // crc = (crc >> wp.uint32(1)) ^ (wp.uint32(0xEDB88320) & mask)                       <L 123>
        var_118 = wp::uint32(var_117);
        var_119 = wp::rshift(var_109, var_118);
        var_121 = wp::uint32(var_120);
        var_122 = wp::bit_and(var_121, var_116);
        var_123 = wp::bit_xor(var_119, var_122);
        wp::assign(var_5, var_123);
        goto start_for_0;
    end_for_0:;
    // crcs[row] = ~crc                                                                       <L 124>
    var_124 = wp::invert(var_5);
    wp::array_store(var_crcs, var_0, var_124);
    // out = int(0)                                                                           <L 127>
    var_126 = wp::int(var_125);
    // cap = encoded.shape[1]                                                                 <L 128>
    var_127 = &(var_encoded.shape);
    var_130 = wp::load(var_127);
    var_129 = wp::extract(var_130, var_128);
    // i = int(0)                                                                             <L 129>
    var_132 = wp::int(var_131);
    // while i < n:                                                                           <L 130>
    start_while_2:;
    var_133 = (var_132 < var_2);
    if ((var_133) == false) goto end_while_2;
        // b0 = int(data[row, i])                                                             <L 131>
        var_134 = wp::address(var_data, var_0, var_132);
        var_136 = wp::load(var_134);
        var_135 = wp::int(var_136);
        // b1 = int(0)                                                                        <L 132>
        var_138 = wp::int(var_137);
        // b2 = int(0)                                                                        <L 133>
        var_140 = wp::int(var_139);
        // remain = n - i                                                                     <L 134>
        var_141 = wp::sub(var_2, var_132);
        // if remain > 1:                                                                     <L 135>
        var_143 = (var_141 > var_142);
        if (var_143) {
            // b1 = int(data[row, i + 1])                                                     <L 136>
            var_145 = wp::add(var_132, var_144);
            var_146 = wp::address(var_data, var_0, var_145);
            var_148 = wp::load(var_146);
            var_147 = wp::int(var_148);
        }
        var_149 = wp::where(var_143, var_147, var_138);
        // if remain > 2:                                                                     <L 137>
        var_151 = (var_141 > var_150);
        if (var_151) {
            // b2 = int(data[row, i + 2])                                                     <L 138>
            var_153 = wp::add(var_132, var_152);
            var_154 = wp::address(var_data, var_0, var_153);
            var_156 = wp::load(var_154);
            var_155 = wp::int(var_156);
        }
        var_157 = wp::where(var_151, var_155, var_140);
        // triple = (b0 << 16) | (b1 << 8) | b2                                               <L 139>
        var_159 = wp::lshift(var_135, var_158);
        var_161 = wp::lshift(var_149, var_160);
        var_162 = wp::bit_or(var_159, var_161);
        var_163 = wp::bit_or(var_162, var_157);
        // if out + 4 > cap:                                                                  <L 140>
        var_165 = wp::add(var_126, var_164);
        var_166 = (var_165 > var_129);
        if (var_166) {
            // break                                                                          <L 141>
            goto end_while_2;
        }
        // encoded[row, out] = b64_char((triple >> 18) & 63)                                  <L 142>
        var_168 = wp::rshift(var_163, var_167);
        var_170 = wp::bit_and(var_168, var_169);
        var_171 = b64_char_0(var_170);
        wp::array_store(var_encoded, var_0, var_126, var_171);
        // encoded[row, out + 1] = b64_char((triple >> 12) & 63)                              <L 143>
        var_173 = wp::rshift(var_163, var_172);
        var_175 = wp::bit_and(var_173, var_174);
        var_176 = b64_char_0(var_175);
        var_178 = wp::add(var_126, var_177);
        wp::array_store(var_encoded, var_0, var_178, var_176);
        // if remain > 1:                                                                     <L 144>
        var_180 = (var_141 > var_179);
        if (var_180) {
            // encoded[row, out + 2] = b64_char((triple >> 6) & 63)                           <L 145>
            var_182 = wp::rshift(var_163, var_181);
            var_184 = wp::bit_and(var_182, var_183);
            var_185 = b64_char_0(var_184);
            var_187 = wp::add(var_126, var_186);
            wp::array_store(var_encoded, var_0, var_187, var_185);
        }
        if (!var_180) {
            // encoded[row, out + 2] = wp.uint8(61)                                           <L 147>
            var_189 = wp::uint8(var_188);
            var_191 = wp::add(var_126, var_190);
            wp::array_store(var_encoded, var_0, var_191, var_189);
        }
        // if remain > 2:                                                                     <L 148>
        var_193 = (var_141 > var_192);
        if (var_193) {
            // encoded[row, out + 3] = b64_char(triple & 63)                                  <L 149>
            var_195 = wp::bit_and(var_163, var_194);
            var_196 = b64_char_0(var_195);
            var_198 = wp::add(var_126, var_197);
            wp::array_store(var_encoded, var_0, var_198, var_196);
        }
        if (!var_193) {
            // encoded[row, out + 3] = wp.uint8(61)                                           <L 151>
            var_200 = wp::uint8(var_199);
            var_202 = wp::add(var_126, var_201);
            wp::array_store(var_encoded, var_0, var_202, var_200);
        }
        // out += 4                                                                           <L 152>
        var_205 = wp::add(var_126, var_204);
        // i += 3                                                                             <L 153>
        var_208 = wp::add(var_132, var_207);
        wp::assign(var_132, var_208);
        wp::assign(var_126, var_205);
    goto start_while_2;
    end_while_2:;
    // encoded_len[row] = wp.int32(out)                                                       <L 154>
    var_209 = wp::int32(var_126);
    wp::array_store(var_encoded_len, var_0, var_209);
}



extern "C" {

// Python CPU entry points
WP_API void crc32_and_base64_ad607181_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_crc32_and_base64_ad607181 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        crc32_and_base64_ad607181_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

