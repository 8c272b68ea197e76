#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

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


// corpus/061_radix_sort_passes.py:9
static wp::uint32 float_to_sortable_0(
    wp::float32 var_f)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1024.0;
    wp::float32 var_1;
    wp::int64 var_2;
    wp::int64 var_3;
    wp::int64 var_4;
    wp::int64 var_5;
    bool var_6;
    wp::int64 var_7;
    wp::int64 var_8;
    wp::int64 var_9;
    bool var_10;
    wp::int64 var_11;
    wp::int64 var_12;
    wp::uint32 var_13;
    //---------
    // forward
    // def float_to_sortable(f: float) -> wp.uint32:                                          <L 10>
    // scaled = wp.int64(f * 1024.0)                                                          <L 12>
    var_1 = wp::mul(var_f, var_0);
    var_2 = wp::int64(var_1);
    // biased = scaled + wp.int64(2147483648)                                                 <L 13>
    var_3 = 2147483648ll;
    var_4 = wp::add(var_2, var_3);
    // if biased < wp.int64(0):                                                               <L 14>
    var_5 = 0ll;
    var_6 = (var_4 < var_5);
    if (var_6) {
        // biased = wp.int64(0)                                                               <L 15>
        var_7 = 0ll;
    }
    var_8 = wp::where(var_6, var_7, var_4);
    // if biased > wp.int64(4294967295):                                                      <L 16>
    var_9 = 4294967295ll;
    var_10 = (var_8 > var_9);
    if (var_10) {
        // biased = wp.int64(4294967295)                                                      <L 17>
        var_11 = 4294967295ll;
    }
    var_12 = wp::where(var_10, var_11, var_8);
    // return wp.uint32(biased)                                                               <L 18>
    var_13 = wp::uint32(var_12);
    return var_13;
}


// corpus/061_radix_sort_passes.py:21
static wp::int32 digit_0(
    wp::uint32 var_key,
    wp::int32 var_shift)
{
    //---------
    // primal vars
    wp::uint32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 16;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::uint32 var_5;
    wp::uint32 var_6;
    wp::int32 var_7;
    //---------
    // forward
    // def digit(key: wp.uint32, shift: int) -> int:                                          <L 22>
    // return int((key >> wp.uint32(shift)) & wp.uint32(RADIX - 1))                           <L 23>
    var_0 = wp::uint32(var_shift);
    var_1 = wp::rshift(var_key, var_0);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::uint32(var_4);
    var_6 = wp::bit_and(var_1, var_5);
    var_7 = wp::int(var_6);
    return var_7;
}


// corpus/061_radix_sort_passes.py:9
static void adj_float_to_sortable_0(
    wp::float32 var_f,
    wp::float32 & adj_f,
    wp::uint32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/061_radix_sort_passes.py:21
static void adj_digit_0(
    wp::uint32 var_key,
    wp::int32 var_shift,
    wp::uint32 & adj_key,
    wp::int32 & adj_shift,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_make_keys_ad0ec67d {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::uint32> keys;
    wp::array_t<wp::int32> ids;
};


void make_keys_ad0ec67d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_make_keys_ad0ec67d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::uint32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_ids = _wp_args->ids;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::uint32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def make_keys(values: wp.array(dtype=float), keys: wp.array(dtype=wp.uint32), ids: wp.array(dtype=int)):       <L 27>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // keys[i] = float_to_sortable(values[i])                                                 <L 29>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = float_to_sortable_0(var_3);
    wp::array_store(var_keys, var_0, var_2);
    // ids[i] = i                                                                             <L 30>
    wp::array_store(var_ids, var_0, var_0);
}



extern "C" {

// Python CPU entry points
WP_API void make_keys_ad0ec67d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_make_keys_ad0ec67d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        make_keys_ad0ec67d_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_digit_histogram_bd84d1b7 {
    wp::array_t<wp::uint32> keys;
    wp::int32 shift;
    wp::int32 block;
    wp::array_t<wp::int32> hist;
};


void digit_histogram_bd84d1b7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_digit_histogram_bd84d1b7 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_keys = _wp_args->keys;
    wp::int32 var_shift = _wp_args->shift;
    wp::int32 var_block = _wp_args->block;
    wp::array_t<wp::int32> var_hist = _wp_args->hist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::int32 var_5;
    wp::range_t var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    bool var_9;
    wp::uint32* var_10;
    wp::int32 var_11;
    wp::uint32 var_12;
    wp::int32* var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::int32 var_16;
    //---------
    // forward
    // def digit_histogram(keys: wp.array(dtype=wp.uint32), shift: int, block: int, hist: wp.array2d(dtype=int)):       <L 34>
    // b = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // n = keys.shape[0]                                                                      <L 36>
    var_1 = &(var_keys.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // start = b * block                                                                      <L 37>
    var_5 = wp::mul(var_0, var_block);
    // for k in range(block):                                                                 <L 38>
    var_6 = wp::range(var_block);
    start_for_0:;
        if (iter_cmp(var_6) == 0) goto end_for_0;
        var_7 = wp::iter_next(var_6);
        // i = start + k                                                                      <L 39>
        var_8 = wp::add(var_5, var_7);
        // if i >= n:                                                                         <L 40>
        var_9 = (var_8 >= var_3);
        if (var_9) {
            // break                                                                          <L 41>
            goto end_for_0;
        }
        // d = digit(keys[i], shift)                                                          <L 42>
        var_10 = wp::address(var_keys, var_8);
        var_12 = wp::load(var_10);
        var_11 = digit_0(var_12, var_shift);
        // hist[b, d] = hist[b, d] + 1                                                        <L 43>
        var_13 = wp::address(var_hist, var_0, var_11);
        var_16 = wp::load(var_13);
        var_15 = wp::add(var_16, var_14);
        wp::array_store(var_hist, var_0, var_11, var_15);
        goto start_for_0;
    end_for_0:;
}



extern "C" {

// Python CPU entry points
WP_API void digit_histogram_bd84d1b7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_digit_histogram_bd84d1b7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        digit_histogram_bd84d1b7_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_digit_offsets_95043266 {
    wp::array_t<wp::int32> hist;
    wp::array_t<wp::int32> offsets;
};


void digit_offsets_95043266_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_digit_offsets_95043266 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_hist = _wp_args->hist;
    wp::array_t<wp::int32> var_offsets = _wp_args->offsets;
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::range_t var_7;
    wp::int32 var_8;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::range_t var_19;
    wp::int32 var_20;
    wp::int32* var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 3;
    wp::range_t var_25;
    wp::int32 var_26;
    wp::int32* var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    const wp::int32 var_30 = 4;
    wp::range_t var_31;
    wp::int32 var_32;
    wp::int32* var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    const wp::int32 var_36 = 5;
    wp::range_t var_37;
    wp::int32 var_38;
    wp::int32* var_39;
    wp::int32 var_40;
    wp::int32 var_41;
    const wp::int32 var_42 = 6;
    wp::range_t var_43;
    wp::int32 var_44;
    wp::int32* var_45;
    wp::int32 var_46;
    wp::int32 var_47;
    const wp::int32 var_48 = 7;
    wp::range_t var_49;
    wp::int32 var_50;
    wp::int32* var_51;
    wp::int32 var_52;
    wp::int32 var_53;
    const wp::int32 var_54 = 8;
    wp::range_t var_55;
    wp::int32 var_56;
    wp::int32* var_57;
    wp::int32 var_58;
    wp::int32 var_59;
    const wp::int32 var_60 = 9;
    wp::range_t var_61;
    wp::int32 var_62;
    wp::int32* var_63;
    wp::int32 var_64;
    wp::int32 var_65;
    const wp::int32 var_66 = 10;
    wp::range_t var_67;
    wp::int32 var_68;
    wp::int32* var_69;
    wp::int32 var_70;
    wp::int32 var_71;
    const wp::int32 var_72 = 11;
    wp::range_t var_73;
    wp::int32 var_74;
    wp::int32* var_75;
    wp::int32 var_76;
    wp::int32 var_77;
    const wp::int32 var_78 = 12;
    wp::range_t var_79;
    wp::int32 var_80;
    wp::int32* var_81;
    wp::int32 var_82;
    wp::int32 var_83;
    const wp::int32 var_84 = 13;
    wp::range_t var_85;
    wp::int32 var_86;
    wp::int32* var_87;
    wp::int32 var_88;
    wp::int32 var_89;
    const wp::int32 var_90 = 14;
    wp::range_t var_91;
    wp::int32 var_92;
    wp::int32* var_93;
    wp::int32 var_94;
    wp::int32 var_95;
    const wp::int32 var_96 = 15;
    wp::range_t var_97;
    wp::int32 var_98;
    wp::int32* var_99;
    wp::int32 var_100;
    wp::int32 var_101;
    //---------
    // forward
    // def digit_offsets(hist: wp.array2d(dtype=int), offsets: wp.array2d(dtype=int)):        <L 47>
    // num_blocks = hist.shape[0]                                                             <L 48>
    var_0 = &(var_hist.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    // running = int(0)                                                                       <L 49>
    var_5 = wp::int(var_4);
    // for d in range(RADIX):                                                                 <L 50>
    // for b in range(num_blocks):                                                            <L 51>
    var_7 = wp::range(var_2);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_8, var_6, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_9 = wp::address(var_hist, var_8, var_6);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_5, var_11);
        wp::assign(var_5, var_10);
        goto start_for_0;
    end_for_0:;
    // for b in range(num_blocks):                                                            <L 51>
    var_13 = wp::range(var_2);
    start_for_2:;
        if (iter_cmp(var_13) == 0) goto end_for_2;
        var_14 = wp::iter_next(var_13);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_14, var_12, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_15 = wp::address(var_hist, var_14, var_12);
        var_17 = wp::load(var_15);
        var_16 = wp::add(var_5, var_17);
        wp::assign(var_5, var_16);
        goto start_for_2;
    end_for_2:;
    // for b in range(num_blocks):                                                            <L 51>
    var_19 = wp::range(var_2);
    start_for_4:;
        if (iter_cmp(var_19) == 0) goto end_for_4;
        var_20 = wp::iter_next(var_19);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_20, var_18, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_21 = wp::address(var_hist, var_20, var_18);
        var_23 = wp::load(var_21);
        var_22 = wp::add(var_5, var_23);
        wp::assign(var_5, var_22);
        goto start_for_4;
    end_for_4:;
    // for b in range(num_blocks):                                                            <L 51>
    var_25 = wp::range(var_2);
    start_for_6:;
        if (iter_cmp(var_25) == 0) goto end_for_6;
        var_26 = wp::iter_next(var_25);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_26, var_24, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_27 = wp::address(var_hist, var_26, var_24);
        var_29 = wp::load(var_27);
        var_28 = wp::add(var_5, var_29);
        wp::assign(var_5, var_28);
        goto start_for_6;
    end_for_6:;
    // for b in range(num_blocks):                                                            <L 51>
    var_31 = wp::range(var_2);
    start_for_8:;
        if (iter_cmp(var_31) == 0) goto end_for_8;
        var_32 = wp::iter_next(var_31);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_32, var_30, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_33 = wp::address(var_hist, var_32, var_30);
        var_35 = wp::load(var_33);
        var_34 = wp::add(var_5, var_35);
        wp::assign(var_5, var_34);
        goto start_for_8;
    end_for_8:;
    // for b in range(num_blocks):                                                            <L 51>
    var_37 = wp::range(var_2);
    start_for_10:;
        if (iter_cmp(var_37) == 0) goto end_for_10;
        var_38 = wp::iter_next(var_37);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_38, var_36, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_39 = wp::address(var_hist, var_38, var_36);
        var_41 = wp::load(var_39);
        var_40 = wp::add(var_5, var_41);
        wp::assign(var_5, var_40);
        goto start_for_10;
    end_for_10:;
    // for b in range(num_blocks):                                                            <L 51>
    var_43 = wp::range(var_2);
    start_for_12:;
        if (iter_cmp(var_43) == 0) goto end_for_12;
        var_44 = wp::iter_next(var_43);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_44, var_42, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_45 = wp::address(var_hist, var_44, var_42);
        var_47 = wp::load(var_45);
        var_46 = wp::add(var_5, var_47);
        wp::assign(var_5, var_46);
        goto start_for_12;
    end_for_12:;
    // for b in range(num_blocks):                                                            <L 51>
    var_49 = wp::range(var_2);
    start_for_14:;
        if (iter_cmp(var_49) == 0) goto end_for_14;
        var_50 = wp::iter_next(var_49);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_50, var_48, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_51 = wp::address(var_hist, var_50, var_48);
        var_53 = wp::load(var_51);
        var_52 = wp::add(var_5, var_53);
        wp::assign(var_5, var_52);
        goto start_for_14;
    end_for_14:;
    // for b in range(num_blocks):                                                            <L 51>
    var_55 = wp::range(var_2);
    start_for_16:;
        if (iter_cmp(var_55) == 0) goto end_for_16;
        var_56 = wp::iter_next(var_55);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_56, var_54, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_57 = wp::address(var_hist, var_56, var_54);
        var_59 = wp::load(var_57);
        var_58 = wp::add(var_5, var_59);
        wp::assign(var_5, var_58);
        goto start_for_16;
    end_for_16:;
    // for b in range(num_blocks):                                                            <L 51>
    var_61 = wp::range(var_2);
    start_for_18:;
        if (iter_cmp(var_61) == 0) goto end_for_18;
        var_62 = wp::iter_next(var_61);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_62, var_60, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_63 = wp::address(var_hist, var_62, var_60);
        var_65 = wp::load(var_63);
        var_64 = wp::add(var_5, var_65);
        wp::assign(var_5, var_64);
        goto start_for_18;
    end_for_18:;
    // for b in range(num_blocks):                                                            <L 51>
    var_67 = wp::range(var_2);
    start_for_20:;
        if (iter_cmp(var_67) == 0) goto end_for_20;
        var_68 = wp::iter_next(var_67);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_68, var_66, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_69 = wp::address(var_hist, var_68, var_66);
        var_71 = wp::load(var_69);
        var_70 = wp::add(var_5, var_71);
        wp::assign(var_5, var_70);
        goto start_for_20;
    end_for_20:;
    // for b in range(num_blocks):                                                            <L 51>
    var_73 = wp::range(var_2);
    start_for_22:;
        if (iter_cmp(var_73) == 0) goto end_for_22;
        var_74 = wp::iter_next(var_73);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_74, var_72, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_75 = wp::address(var_hist, var_74, var_72);
        var_77 = wp::load(var_75);
        var_76 = wp::add(var_5, var_77);
        wp::assign(var_5, var_76);
        goto start_for_22;
    end_for_22:;
    // for b in range(num_blocks):                                                            <L 51>
    var_79 = wp::range(var_2);
    start_for_24:;
        if (iter_cmp(var_79) == 0) goto end_for_24;
        var_80 = wp::iter_next(var_79);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_80, var_78, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_81 = wp::address(var_hist, var_80, var_78);
        var_83 = wp::load(var_81);
        var_82 = wp::add(var_5, var_83);
        wp::assign(var_5, var_82);
        goto start_for_24;
    end_for_24:;
    // for b in range(num_blocks):                                                            <L 51>
    var_85 = wp::range(var_2);
    start_for_26:;
        if (iter_cmp(var_85) == 0) goto end_for_26;
        var_86 = wp::iter_next(var_85);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_86, var_84, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_87 = wp::address(var_hist, var_86, var_84);
        var_89 = wp::load(var_87);
        var_88 = wp::add(var_5, var_89);
        wp::assign(var_5, var_88);
        goto start_for_26;
    end_for_26:;
    // for b in range(num_blocks):                                                            <L 51>
    var_91 = wp::range(var_2);
    start_for_28:;
        if (iter_cmp(var_91) == 0) goto end_for_28;
        var_92 = wp::iter_next(var_91);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_92, var_90, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_93 = wp::address(var_hist, var_92, var_90);
        var_95 = wp::load(var_93);
        var_94 = wp::add(var_5, var_95);
        wp::assign(var_5, var_94);
        goto start_for_28;
    end_for_28:;
    // for b in range(num_blocks):                                                            <L 51>
    var_97 = wp::range(var_2);
    start_for_30:;
        if (iter_cmp(var_97) == 0) goto end_for_30;
        var_98 = wp::iter_next(var_97);
        // offsets[b, d] = running                                                            <L 52>
        wp::array_store(var_offsets, var_98, var_96, var_5);
        // running += hist[b, d]                                                              <L 53>
        var_99 = wp::address(var_hist, var_98, var_96);
        var_101 = wp::load(var_99);
        var_100 = wp::add(var_5, var_101);
        wp::assign(var_5, var_100);
        goto start_for_30;
    end_for_30:;
}



extern "C" {

// Python CPU entry points
WP_API void digit_offsets_95043266_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_digit_offsets_95043266 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        digit_offsets_95043266_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_scatter_pass_8503afae {
    wp::array_t<wp::uint32> keys;
    wp::array_t<wp::int32> ids;
    wp::int32 shift;
    wp::int32 block;
    wp::array_t<wp::int32> offsets;
    wp::array_t<wp::uint32> keys_out;
    wp::array_t<wp::int32> ids_out;
};


void scatter_pass_8503afae_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_pass_8503afae *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_ids = _wp_args->ids;
    wp::int32 var_shift = _wp_args->shift;
    wp::int32 var_block = _wp_args->block;
    wp::array_t<wp::int32> var_offsets = _wp_args->offsets;
    wp::array_t<wp::uint32> var_keys_out = _wp_args->keys_out;
    wp::array_t<wp::int32> var_ids_out = _wp_args->ids_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 0;
    wp::vec_t<4, wp::int32> var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    bool var_14;
    wp::uint32* var_15;
    wp::uint32 var_16;
    wp::uint32 var_17;
    wp::int32 var_18;
    wp::int32* var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::int32* var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 4;
    bool var_27;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    //---------
    // forward
    // def scatter_pass(keys: wp.array(dtype=wp.uint32), ids: wp.array(dtype=int), shift: int, block: int, offsets: wp.array2d(dtype=int), keys_out: wp.array(dtype=wp.uint32), ids_out: wp.array(dtype=int)):       <L 57>
    // b = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // n = keys.shape[0]                                                                      <L 59>
    var_1 = &(var_keys.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // start = b * block                                                                      <L 60>
    var_5 = wp::mul(var_0, var_block);
    // local = wp.vec4i(0, 0, 0, 0)                                                           <L 61>
    var_10 = wp::vec_t<4, wp::int32>(var_6, var_7, var_8, var_9);
    // for k in range(block):                                                                 <L 62>
    var_11 = wp::range(var_block);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
        // i = start + k                                                                      <L 63>
        var_13 = wp::add(var_5, var_12);
        // if i >= n:                                                                         <L 64>
        var_14 = (var_13 >= var_3);
        if (var_14) {
            // break                                                                          <L 65>
            goto end_for_0;
        }
        // key = keys[i]                                                                      <L 66>
        var_15 = wp::address(var_keys, var_13);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // d = digit(key, shift)                                                              <L 67>
        var_18 = digit_0(var_16, var_shift);
        // dst = offsets[b, d]                                                                <L 68>
        var_19 = wp::address(var_offsets, var_0, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // offsets[b, d] = dst + 1                                                            <L 69>
        var_23 = wp::add(var_20, var_22);
        wp::array_store(var_offsets, var_0, var_18, var_23);
        // keys_out[dst] = key                                                                <L 70>
        wp::array_store(var_keys_out, var_20, var_16);
        // ids_out[dst] = ids[i]                                                              <L 71>
        var_24 = wp::address(var_ids, var_13);
        var_25 = wp::load(var_24);
        wp::array_store(var_ids_out, var_20, var_25);
        // if d < 4:                                                                          <L 72>
        var_27 = (var_18 < var_26);
        if (var_27) {
            // local[d] = local[d] + 1                                                        <L 73>
            var_28 = wp::extract(var_10, var_18);
            var_30 = wp::add(var_28, var_29);
            wp::assign_inplace(var_10, var_18, var_30);
        }
        goto start_for_0;
    end_for_0:;
}



extern "C" {

// Python CPU entry points
WP_API void scatter_pass_8503afae_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_pass_8503afae *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scatter_pass_8503afae_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_clear_hist_f2865f67 {
    wp::array_t<wp::int32> hist;
};


void clear_hist_f2865f67_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_clear_hist_f2865f67 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_hist = _wp_args->hist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    //---------
    // forward
    // def clear_hist(hist: wp.array2d(dtype=int)):                                           <L 77>
    // b, d = wp.tid()                                                                        <L 78>
    builtin_tid2d(var_0, var_1);
    // hist[b, d] = 0                                                                         <L 79>
    wp::array_store(var_hist, var_0, var_1, var_2);
}



extern "C" {

// Python CPU entry points
WP_API void clear_hist_f2865f67_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_clear_hist_f2865f67 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        clear_hist_f2865f67_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C

