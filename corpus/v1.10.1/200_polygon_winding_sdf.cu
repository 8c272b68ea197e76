
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


// corpus/200_polygon_winding_sdf.py:20
static CUDA_CALLABLE wp::float32 segment_distance_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    wp::vec_t<2, wp::float32> var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-12;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def segment_distance(p: wp.vec2, a: wp.vec2, b: wp.vec2) -> float:                     <L 21>
    // ab = b - a                                                                             <L 22>
    var_0 = wp::sub(var_b, var_a);
    // t = wp.clamp(wp.dot(p - a, ab) / wp.max(wp.dot(ab, ab), 1.0e-12), 0.0, 1.0)            <L 23>
    var_1 = wp::sub(var_p, var_a);
    var_2 = wp::dot(var_1, var_0);
    var_3 = wp::dot(var_0, var_0);
    var_5 = wp::max(var_3, var_4);
    var_6 = wp::div(var_2, var_5);
    var_9 = wp::clamp(var_6, var_7, var_8);
    // return wp.length(p - (a + ab * t))                                                     <L 24>
    var_10 = wp::mul(var_0, var_9);
    var_11 = wp::add(var_a, var_10);
    var_12 = wp::sub(var_p, var_11);
    var_13 = wp::length(var_12);
    return var_13;
}


// corpus/200_polygon_winding_sdf.py:4
static CUDA_CALLABLE wp::int32 winding_number_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::array_t<wp::vec_t<2, wp::float32>> var_poly,
    wp::int32 var_start,
    wp::int32 var_count)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::vec_t<2, wp::float32>* var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 1;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    wp::float32 var_41;
    bool var_42;
    const wp::int32 var_43 = 1;
    wp::float32 var_44;
    const wp::int32 var_45 = 1;
    wp::float32 var_46;
    bool var_47;
    const wp::float32 var_48 = 0.0;
    bool var_49;
    bool var_50;
    const wp::int32 var_51 = 1;
    const wp::int32 var_52 = 1;
    wp::int32 var_53;
    wp::int32 var_54;
    wp::int32 var_55;
    const wp::int32 var_56 = 1;
    wp::float32 var_57;
    const wp::int32 var_58 = 1;
    wp::float32 var_59;
    bool var_60;
    const wp::float32 var_61 = 0.0;
    bool var_62;
    bool var_63;
    const wp::int32 var_64 = 1;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    wp::int32 var_67;
    wp::int32 var_68;
    //---------
    // forward
    // def winding_number(p: wp.vec2, poly: wp.array(dtype=wp.vec2), start: int, count: int) -> int:       <L 5>
    // wn = int(0)                                                                            <L 6>
    var_1 = wp::int(var_0);
    // for k in range(count):                                                                 <L 7>
    var_2 = wp::range(var_count);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
        // a = poly[start + k]                                                                <L 8>
        var_4 = wp::add(var_start, var_3);
        var_5 = wp::address(var_poly, var_4);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // b = poly[start + (k + 1) % count]                                                  <L 9>
        var_9 = wp::add(var_3, var_8);
        var_10 = wp::mod(var_9, var_count);
        var_11 = wp::add(var_start, var_10);
        var_12 = wp::address(var_poly, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // cross = (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1])              <L 10>
        var_16 = wp::extract(var_13, var_15);
        var_18 = wp::extract(var_6, var_17);
        var_19 = wp::sub(var_16, var_18);
        var_21 = wp::extract(var_p, var_20);
        var_23 = wp::extract(var_6, var_22);
        var_24 = wp::sub(var_21, var_23);
        var_25 = wp::mul(var_19, var_24);
        var_27 = wp::extract(var_p, var_26);
        var_29 = wp::extract(var_6, var_28);
        var_30 = wp::sub(var_27, var_29);
        var_32 = wp::extract(var_13, var_31);
        var_34 = wp::extract(var_6, var_33);
        var_35 = wp::sub(var_32, var_34);
        var_36 = wp::mul(var_30, var_35);
        var_37 = wp::sub(var_25, var_36);
        // if a[1] <= p[1]:                                                                   <L 11>
        var_39 = wp::extract(var_6, var_38);
        var_41 = wp::extract(var_p, var_40);
        var_42 = (var_39 <= var_41);
        if (var_42) {
            // if b[1] > p[1] and cross > 0.0:                                                <L 12>
            var_44 = wp::extract(var_13, var_43);
            var_46 = wp::extract(var_p, var_45);
            var_47 = (var_44 > var_46);
            var_49 = (var_37 > var_48);
            var_50 = var_47 && var_49;
            if (var_50) {
                // wn += 1                                                                    <L 13>
                var_53 = wp::add(var_1, var_52);
            }
            var_54 = wp::where(var_50, var_53, var_1);
        }
        var_55 = wp::where(var_42, var_54, var_1);
        if (!var_42) {
            // if b[1] <= p[1] and cross < 0.0:                                               <L 15>
            var_57 = wp::extract(var_13, var_56);
            var_59 = wp::extract(var_p, var_58);
            var_60 = (var_57 <= var_59);
            var_62 = (var_37 < var_61);
            var_63 = var_60 && var_62;
            if (var_63) {
                // wn -= 1                                                                    <L 16>
                var_66 = wp::sub(var_55, var_65);
            }
            var_67 = wp::where(var_63, var_66, var_55);
        }
        var_68 = wp::where(var_42, var_55, var_67);
        wp::assign(var_1, var_68);
        goto start_for_0;
    end_for_0:;
    // return wn                                                                              <L 17>
    return var_1;
}


// corpus/200_polygon_winding_sdf.py:20
static CUDA_CALLABLE void adj_segment_distance_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::vec_t<2, wp::float32> var_a,
    wp::vec_t<2, wp::float32> var_b,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::vec_t<2, wp::float32> & adj_a,
    wp::vec_t<2, wp::float32> & adj_b,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    wp::vec_t<2, wp::float32> var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1e-12;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::vec_t<2, wp::float32> adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def segment_distance(p: wp.vec2, a: wp.vec2, b: wp.vec2) -> float:                     <L 21>
    // ab = b - a                                                                             <L 22>
    var_0 = wp::sub(var_b, var_a);
    // t = wp.clamp(wp.dot(p - a, ab) / wp.max(wp.dot(ab, ab), 1.0e-12), 0.0, 1.0)            <L 23>
    var_1 = wp::sub(var_p, var_a);
    var_2 = wp::dot(var_1, var_0);
    var_3 = wp::dot(var_0, var_0);
    var_5 = wp::max(var_3, var_4);
    var_6 = wp::div(var_2, var_5);
    var_9 = wp::clamp(var_6, var_7, var_8);
    // return wp.length(p - (a + ab * t))                                                     <L 24>
    var_10 = wp::mul(var_0, var_9);
    var_11 = wp::add(var_a, var_10);
    var_12 = wp::sub(var_p, var_11);
    var_13 = wp::length(var_12);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret;
    wp::adj_length(var_12, var_13, adj_12, adj_13);
    wp::adj_sub(var_p, var_11, adj_p, adj_11, adj_12);
    wp::adj_add(var_a, var_10, adj_a, adj_10, adj_11);
    wp::adj_mul(var_0, var_9, adj_0, adj_9, adj_10);
    // adj: return wp.length(p - (a + ab * t))                                                <L 24>
    wp::adj_clamp(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
    wp::adj_div(var_2, var_5, var_6, adj_2, adj_5, adj_6);
    wp::adj_max(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_dot(var_0, var_0, adj_0, adj_0, adj_3);
    wp::adj_dot(var_1, var_0, adj_1, adj_0, adj_2);
    wp::adj_sub(var_p, var_a, adj_p, adj_a, adj_1);
    // adj: t = wp.clamp(wp.dot(p - a, ab) / wp.max(wp.dot(ab, ab), 1.0e-12), 0.0, 1.0)       <L 23>
    wp::adj_sub(var_b, var_a, adj_b, adj_a, adj_0);
    // adj: ab = b - a                                                                        <L 22>
    // adj: def segment_distance(p: wp.vec2, a: wp.vec2, b: wp.vec2) -> float:                <L 21>
    return;
}


// corpus/200_polygon_winding_sdf.py:4
static CUDA_CALLABLE void adj_winding_number_0(
    wp::vec_t<2, wp::float32> var_p,
    wp::array_t<wp::vec_t<2, wp::float32>> var_poly,
    wp::int32 var_start,
    wp::int32 var_count,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_poly,
    wp::int32 & adj_start,
    wp::int32 & adj_count,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::vec_t<2, wp::float32>* var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 1;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    wp::float32 var_41;
    bool var_42;
    const wp::int32 var_43 = 1;
    wp::float32 var_44;
    const wp::int32 var_45 = 1;
    wp::float32 var_46;
    bool var_47;
    const wp::float32 var_48 = 0.0;
    bool var_49;
    bool var_50;
    const wp::int32 var_51 = 1;
    const wp::int32 var_52 = 1;
    wp::int32 var_53;
    wp::int32 var_54;
    wp::int32 var_55;
    const wp::int32 var_56 = 1;
    wp::float32 var_57;
    const wp::int32 var_58 = 1;
    wp::float32 var_59;
    bool var_60;
    const wp::float32 var_61 = 0.0;
    bool var_62;
    bool var_63;
    const wp::int32 var_64 = 1;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    wp::int32 var_67;
    wp::int32 var_68;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::range_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    bool adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    bool adj_47 = {};
    wp::float32 adj_48 = {};
    bool adj_49 = {};
    bool adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::float32 adj_59 = {};
    bool adj_60 = {};
    wp::float32 adj_61 = {};
    bool adj_62 = {};
    bool adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    //---------
    // forward
    // def winding_number(p: wp.vec2, poly: wp.array(dtype=wp.vec2), start: int, count: int) -> int:       <L 5>
    // wn = int(0)                                                                            <L 6>
    var_1 = wp::int(var_0);
    // for k in range(count):                                                                 <L 7>
    var_2 = wp::range(var_count);
    // return wn                                                                              <L 17>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return wn                                                                         <L 17>
    var_2 = wp::iter_reverse(var_2);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
    	adj_4 = {};
    	adj_5 = {};
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
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
        // a = poly[start + k]                                                                <L 8>
        var_4 = wp::add(var_start, var_3);
        var_5 = wp::address(var_poly, var_4);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // b = poly[start + (k + 1) % count]                                                  <L 9>
        var_9 = wp::add(var_3, var_8);
        var_10 = wp::mod(var_9, var_count);
        var_11 = wp::add(var_start, var_10);
        var_12 = wp::address(var_poly, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // cross = (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1])              <L 10>
        var_16 = wp::extract(var_13, var_15);
        var_18 = wp::extract(var_6, var_17);
        var_19 = wp::sub(var_16, var_18);
        var_21 = wp::extract(var_p, var_20);
        var_23 = wp::extract(var_6, var_22);
        var_24 = wp::sub(var_21, var_23);
        var_25 = wp::mul(var_19, var_24);
        var_27 = wp::extract(var_p, var_26);
        var_29 = wp::extract(var_6, var_28);
        var_30 = wp::sub(var_27, var_29);
        var_32 = wp::extract(var_13, var_31);
        var_34 = wp::extract(var_6, var_33);
        var_35 = wp::sub(var_32, var_34);
        var_36 = wp::mul(var_30, var_35);
        var_37 = wp::sub(var_25, var_36);
        // if a[1] <= p[1]:                                                                   <L 11>
        var_39 = wp::extract(var_6, var_38);
        var_41 = wp::extract(var_p, var_40);
        var_42 = (var_39 <= var_41);
        if (var_42) {
            // if b[1] > p[1] and cross > 0.0:                                                <L 12>
            var_44 = wp::extract(var_13, var_43);
            var_46 = wp::extract(var_p, var_45);
            var_47 = (var_44 > var_46);
            var_49 = (var_37 > var_48);
            var_50 = var_47 && var_49;
            if (var_50) {
                // wn += 1                                                                    <L 13>
                var_53 = wp::add(var_1, var_52);
            }
            var_54 = wp::where(var_50, var_53, var_1);
        }
        var_55 = wp::where(var_42, var_54, var_1);
        if (!var_42) {
            // if b[1] <= p[1] and cross < 0.0:                                               <L 15>
            var_57 = wp::extract(var_13, var_56);
            var_59 = wp::extract(var_p, var_58);
            var_60 = (var_57 <= var_59);
            var_62 = (var_37 < var_61);
            var_63 = var_60 && var_62;
            if (var_63) {
                // wn -= 1                                                                    <L 16>
                var_66 = wp::sub(var_55, var_65);
            }
            var_67 = wp::where(var_63, var_66, var_55);
        }
        var_68 = wp::where(var_42, var_55, var_67);
        wp::assign(var_1, var_68);
        wp::adj_assign(var_1, var_68, adj_1, adj_68);
        wp::adj_where(var_42, var_55, var_67, adj_42, adj_55, adj_67, adj_68);
        if (!var_42) {
            wp::adj_where(var_63, var_66, var_55, adj_63, adj_66, adj_55, adj_67);
            if (var_63) {
                wp::adj_sub(var_55, var_65, adj_55, adj_65, adj_66);
                // adj: wn -= 1                                                               <L 16>
            }
            wp::adj_extract(var_p, var_58, adj_p, adj_58, adj_59);
            wp::adj_extract(var_13, var_56, adj_13, adj_56, adj_57);
            // adj: if b[1] <= p[1] and cross < 0.0:                                          <L 15>
        }
        wp::adj_where(var_42, var_54, var_1, adj_42, adj_54, adj_1, adj_55);
        if (var_42) {
            wp::adj_where(var_50, var_53, var_1, adj_50, adj_53, adj_1, adj_54);
            if (var_50) {
                wp::adj_add(var_1, var_52, adj_1, adj_52, adj_53);
                // adj: wn += 1                                                               <L 13>
            }
            wp::adj_extract(var_p, var_45, adj_p, adj_45, adj_46);
            wp::adj_extract(var_13, var_43, adj_13, adj_43, adj_44);
            // adj: if b[1] > p[1] and cross > 0.0:                                           <L 12>
        }
        wp::adj_extract(var_p, var_40, adj_p, adj_40, adj_41);
        wp::adj_extract(var_6, var_38, adj_6, adj_38, adj_39);
        // adj: if a[1] <= p[1]:                                                              <L 11>
        wp::adj_sub(var_25, var_36, adj_25, adj_36, adj_37);
        wp::adj_mul(var_30, var_35, adj_30, adj_35, adj_36);
        wp::adj_sub(var_32, var_34, adj_32, adj_34, adj_35);
        wp::adj_extract(var_6, var_33, adj_6, adj_33, adj_34);
        wp::adj_extract(var_13, var_31, adj_13, adj_31, adj_32);
        wp::adj_sub(var_27, var_29, adj_27, adj_29, adj_30);
        wp::adj_extract(var_6, var_28, adj_6, adj_28, adj_29);
        wp::adj_extract(var_p, var_26, adj_p, adj_26, adj_27);
        wp::adj_mul(var_19, var_24, adj_19, adj_24, adj_25);
        wp::adj_sub(var_21, var_23, adj_21, adj_23, adj_24);
        wp::adj_extract(var_6, var_22, adj_6, adj_22, adj_23);
        wp::adj_extract(var_p, var_20, adj_p, adj_20, adj_21);
        wp::adj_sub(var_16, var_18, adj_16, adj_18, adj_19);
        wp::adj_extract(var_6, var_17, adj_6, adj_17, adj_18);
        wp::adj_extract(var_13, var_15, adj_13, adj_15, adj_16);
        // adj: cross = (b[0] - a[0]) * (p[1] - a[1]) - (p[0] - a[0]) * (b[1] - a[1])         <L 10>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_poly, var_11, adj_poly, adj_11, adj_12);
        wp::adj_add(var_start, var_10, adj_start, adj_10, adj_11);
        wp::adj_mod(var_9, var_count, adj_9, adj_count, adj_10);
        wp::adj_add(var_3, var_8, adj_3, adj_8, adj_9);
        // adj: b = poly[start + (k + 1) % count]                                             <L 9>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_poly, var_4, adj_poly, adj_4, adj_5);
        wp::adj_add(var_start, var_3, adj_start, adj_3, adj_4);
        // adj: a = poly[start + k]                                                           <L 8>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_count, adj_count, adj_2);
    // adj: for k in range(count):                                                            <L 7>
    wp::adj_int(var_0, adj_0, adj_1);
    // adj: wn = int(0)                                                                       <L 6>
    // adj: def winding_number(p: wp.vec2, poly: wp.array(dtype=wp.vec2), start: int, count: int) -> int:  <L 5>
    return;
}



extern "C" __global__ void polygon_area_centroid_304d21a8_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_poly,
    wp::array_t<wp::int32> var_starts,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::float32> var_area,
    wp::array_t<wp::vec_t<2, wp::float32>> var_centroid)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::vec_t<2, wp::float32>* var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::vec_t<2, wp::float32>* var_20;
        wp::vec_t<2, wp::float32> var_21;
        wp::vec_t<2, wp::float32> var_22;
        const wp::int32 var_23 = 0;
        wp::float32 var_24;
        const wp::int32 var_25 = 1;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::vec_t<2, wp::float32> var_35;
        wp::vec_t<2, wp::float32> var_36;
        wp::vec_t<2, wp::float32> var_37;
        wp::vec_t<2, wp::float32> var_38;
        wp::vec_t<2, wp::float32> var_39;
        const wp::float32 var_40 = 0.5;
        const wp::float32 var_41 = 0.5;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.0;
        bool var_44;
        const wp::float32 var_45 = 6.0;
        wp::float32 var_46;
        wp::vec_t<2, wp::float32> var_47;
        wp::vec_t<2, wp::float32>* var_48;
        wp::vec_t<2, wp::float32> var_49;
        //---------
        // forward
        // def polygon_area_centroid(poly: wp.array(dtype=wp.vec2), starts: wp.array(dtype=int), counts: wp.array(dtype=int), area: wp.array(dtype=float), centroid: wp.array(dtype=wp.vec2)):       <L 28>
        // g = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // s = starts[g]                                                                          <L 30>
        var_1 = wp::address(var_starts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = counts[g]                                                                          <L 31>
        var_4 = wp::address(var_counts, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // A = float(0.0)                                                                         <L 32>
        var_8 = wp::float(var_7);
        // c = wp.vec2()                                                                          <L 33>
        var_9 = wp::vec_t<2, wp::float32>();
        // for k in range(n):                                                                     <L 34>
        var_10 = wp::range(var_5);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
            // a = poly[s + k]                                                                    <L 35>
            var_12 = wp::add(var_2, var_11);
            var_13 = wp::address(var_poly, var_12);
            var_15 = wp::load(var_13);
            var_14 = wp::copy(var_15);
            // b = poly[s + (k + 1) % n]                                                          <L 36>
            var_17 = wp::add(var_11, var_16);
            var_18 = wp::mod(var_17, var_5);
            var_19 = wp::add(var_2, var_18);
            var_20 = wp::address(var_poly, var_19);
            var_22 = wp::load(var_20);
            var_21 = wp::copy(var_22);
            // cr = a[0] * b[1] - b[0] * a[1]                                                     <L 37>
            var_24 = wp::extract(var_14, var_23);
            var_26 = wp::extract(var_21, var_25);
            var_27 = wp::mul(var_24, var_26);
            var_29 = wp::extract(var_21, var_28);
            var_31 = wp::extract(var_14, var_30);
            var_32 = wp::mul(var_29, var_31);
            var_33 = wp::sub(var_27, var_32);
            // A += cr                                                                            <L 38>
            var_34 = wp::add(var_8, var_33);
            // c += (a + b) * cr                                                                  <L 39>
            var_35 = wp::add(var_14, var_21);
            var_36 = wp::mul(var_35, var_33);
            var_37 = wp::add(var_14, var_21);
            var_38 = wp::mul(var_37, var_33);
            var_39 = wp::add(var_9, var_38);
            wp::assign(var_8, var_34);
            wp::assign(var_9, var_39);
            goto start_for_0;
        end_for_0:;
        // A *= 0.5                                                                               <L 40>
        var_42 = wp::mul(var_8, var_41);
        // area[g] = A                                                                            <L 41>
        wp::array_store(var_area, var_0, var_42);
        // if A != 0.0:                                                                           <L 42>
        var_44 = (var_42 != var_43);
        if (var_44) {
            // centroid[g] = c / (6.0 * A)                                                        <L 43>
            var_46 = wp::mul(var_45, var_42);
            var_47 = wp::div(var_9, var_46);
            wp::array_store(var_centroid, var_0, var_47);
        }
        if (!var_44) {
            // centroid[g] = poly[s]                                                              <L 45>
            var_48 = wp::address(var_poly, var_2);
            var_49 = wp::load(var_48);
            wp::array_store(var_centroid, var_0, var_49);
        }
    }
}



extern "C" __global__ void polygon_area_centroid_304d21a8_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_poly,
    wp::array_t<wp::int32> var_starts,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::float32> var_area,
    wp::array_t<wp::vec_t<2, wp::float32>> var_centroid,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_poly,
    wp::array_t<wp::int32> adj_starts,
    wp::array_t<wp::int32> adj_counts,
    wp::array_t<wp::float32> adj_area,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_centroid)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::vec_t<2, wp::float32>* var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::vec_t<2, wp::float32>* var_20;
        wp::vec_t<2, wp::float32> var_21;
        wp::vec_t<2, wp::float32> var_22;
        const wp::int32 var_23 = 0;
        wp::float32 var_24;
        const wp::int32 var_25 = 1;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 0;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::vec_t<2, wp::float32> var_35;
        wp::vec_t<2, wp::float32> var_36;
        wp::vec_t<2, wp::float32> var_37;
        wp::vec_t<2, wp::float32> var_38;
        wp::vec_t<2, wp::float32> var_39;
        const wp::float32 var_40 = 0.5;
        const wp::float32 var_41 = 0.5;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.0;
        bool var_44;
        const wp::float32 var_45 = 6.0;
        wp::float32 var_46;
        wp::vec_t<2, wp::float32> var_47;
        wp::vec_t<2, wp::float32>* var_48;
        wp::vec_t<2, wp::float32> var_49;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::range_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::vec_t<2, wp::float32> adj_20 = {};
        wp::vec_t<2, wp::float32> adj_21 = {};
        wp::vec_t<2, wp::float32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<2, wp::float32> adj_35 = {};
        wp::vec_t<2, wp::float32> adj_36 = {};
        wp::vec_t<2, wp::float32> adj_37 = {};
        wp::vec_t<2, wp::float32> adj_38 = {};
        wp::vec_t<2, wp::float32> adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        bool adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::vec_t<2, wp::float32> adj_47 = {};
        wp::vec_t<2, wp::float32> adj_48 = {};
        wp::vec_t<2, wp::float32> adj_49 = {};
        //---------
        // forward
        // def polygon_area_centroid(poly: wp.array(dtype=wp.vec2), starts: wp.array(dtype=int), counts: wp.array(dtype=int), area: wp.array(dtype=float), centroid: wp.array(dtype=wp.vec2)):       <L 28>
        // g = wp.tid()                                                                           <L 29>
        var_0 = builtin_tid1d();
        // s = starts[g]                                                                          <L 30>
        var_1 = wp::address(var_starts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = counts[g]                                                                          <L 31>
        var_4 = wp::address(var_counts, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // A = float(0.0)                                                                         <L 32>
        var_8 = wp::float(var_7);
        // c = wp.vec2()                                                                          <L 33>
        var_9 = wp::vec_t<2, wp::float32>();
        // for k in range(n):                                                                     <L 34>
        var_10 = wp::range(var_5);
        // A *= 0.5                                                                               <L 40>
        var_42 = wp::mul(var_8, var_41);
        // area[g] = A                                                                            <L 41>
        // wp::array_store(var_area, var_0, var_42);
        // if A != 0.0:                                                                           <L 42>
        var_44 = (var_42 != var_43);
        if (var_44) {
            // centroid[g] = c / (6.0 * A)                                                        <L 43>
            var_46 = wp::mul(var_45, var_42);
            var_47 = wp::div(var_9, var_46);
            // wp::array_store(var_centroid, var_0, var_47);
        }
        if (!var_44) {
            // centroid[g] = poly[s]                                                              <L 45>
            var_48 = wp::address(var_poly, var_2);
            var_49 = wp::load(var_48);
            // wp::array_store(var_centroid, var_0, var_49);
        }
        //---------
        // reverse
        if (!var_44) {
            wp::adj_array_store(var_centroid, var_0, var_49, adj_centroid, adj_0, adj_48);
            wp::adj_address(var_poly, var_2, adj_poly, adj_2, adj_48);
            // adj: centroid[g] = poly[s]                                                         <L 45>
        }
        if (var_44) {
            wp::adj_array_store(var_centroid, var_0, var_47, adj_centroid, adj_0, adj_47);
            wp::adj_div(var_9, var_46, adj_9, adj_46, adj_47);
            wp::adj_mul(var_45, var_42, adj_45, adj_42, adj_46);
            // adj: centroid[g] = c / (6.0 * A)                                                   <L 43>
        }
        // adj: if A != 0.0:                                                                      <L 42>
        wp::adj_array_store(var_area, var_0, var_42, adj_area, adj_0, adj_42);
        // adj: area[g] = A                                                                       <L 41>
        wp::adj_mul(var_8, var_41, adj_8, adj_41, adj_42);
        // adj: A *= 0.5                                                                          <L 40>
        var_10 = wp::iter_reverse(var_10);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
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
        	adj_38 = {};
        	adj_39 = {};
            // a = poly[s + k]                                                                    <L 35>
            var_12 = wp::add(var_2, var_11);
            var_13 = wp::address(var_poly, var_12);
            var_15 = wp::load(var_13);
            var_14 = wp::copy(var_15);
            // b = poly[s + (k + 1) % n]                                                          <L 36>
            var_17 = wp::add(var_11, var_16);
            var_18 = wp::mod(var_17, var_5);
            var_19 = wp::add(var_2, var_18);
            var_20 = wp::address(var_poly, var_19);
            var_22 = wp::load(var_20);
            var_21 = wp::copy(var_22);
            // cr = a[0] * b[1] - b[0] * a[1]                                                     <L 37>
            var_24 = wp::extract(var_14, var_23);
            var_26 = wp::extract(var_21, var_25);
            var_27 = wp::mul(var_24, var_26);
            var_29 = wp::extract(var_21, var_28);
            var_31 = wp::extract(var_14, var_30);
            var_32 = wp::mul(var_29, var_31);
            var_33 = wp::sub(var_27, var_32);
            // A += cr                                                                            <L 38>
            var_34 = wp::add(var_8, var_33);
            // c += (a + b) * cr                                                                  <L 39>
            var_35 = wp::add(var_14, var_21);
            var_36 = wp::mul(var_35, var_33);
            var_37 = wp::add(var_14, var_21);
            var_38 = wp::mul(var_37, var_33);
            var_39 = wp::add(var_9, var_38);
            wp::assign(var_8, var_34);
            wp::assign(var_9, var_39);
            wp::adj_assign(var_9, var_39, adj_9, adj_39);
            wp::adj_assign(var_8, var_34, adj_8, adj_34);
            wp::adj_add(var_9, var_38, adj_9, adj_38, adj_39);
            wp::adj_mul(var_37, var_33, adj_37, adj_33, adj_38);
            wp::adj_add(var_14, var_21, adj_14, adj_21, adj_37);
            wp::adj_mul(var_35, var_33, adj_35, adj_33, adj_36);
            wp::adj_add(var_14, var_21, adj_14, adj_21, adj_35);
            // adj: c += (a + b) * cr                                                             <L 39>
            wp::adj_add(var_8, var_33, adj_8, adj_33, adj_34);
            // adj: A += cr                                                                       <L 38>
            wp::adj_sub(var_27, var_32, adj_27, adj_32, adj_33);
            wp::adj_mul(var_29, var_31, adj_29, adj_31, adj_32);
            wp::adj_extract(var_14, var_30, adj_14, adj_30, adj_31);
            wp::adj_extract(var_21, var_28, adj_21, adj_28, adj_29);
            wp::adj_mul(var_24, var_26, adj_24, adj_26, adj_27);
            wp::adj_extract(var_21, var_25, adj_21, adj_25, adj_26);
            wp::adj_extract(var_14, var_23, adj_14, adj_23, adj_24);
            // adj: cr = a[0] * b[1] - b[0] * a[1]                                                <L 37>
            wp::adj_copy(var_22, adj_20, adj_21);
            wp::adj_address(var_poly, var_19, adj_poly, adj_19, adj_20);
            wp::adj_add(var_2, var_18, adj_2, adj_18, adj_19);
            wp::adj_mod(var_17, var_5, adj_17, adj_5, adj_18);
            wp::adj_add(var_11, var_16, adj_11, adj_16, adj_17);
            // adj: b = poly[s + (k + 1) % n]                                                     <L 36>
            wp::adj_copy(var_15, adj_13, adj_14);
            wp::adj_address(var_poly, var_12, adj_poly, adj_12, adj_13);
            wp::adj_add(var_2, var_11, adj_2, adj_11, adj_12);
            // adj: a = poly[s + k]                                                               <L 35>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_5, adj_5, adj_10);
        // adj: for k in range(n):                                                                <L 34>
        // adj: c = wp.vec2()                                                                     <L 33>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: A = float(0.0)                                                                    <L 32>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_4);
        // adj: n = counts[g]                                                                     <L 31>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_starts, var_0, adj_starts, adj_0, adj_1);
        // adj: s = starts[g]                                                                     <L 30>
        // adj: g = wp.tid()                                                                      <L 29>
        // adj: def polygon_area_centroid(poly: wp.array(dtype=wp.vec2), starts: wp.array(dtype=int), counts: wp.array(dtype=int), area: wp.array(dtype=float), centroid: wp.array(dtype=wp.vec2)):  <L 28>
        continue;
    }
}



extern "C" __global__ void signed_distance_field_d4ee10bb_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_poly,
    wp::int32 var_start,
    wp::int32 var_count,
    wp::vec_t<2, wp::float32> var_origin,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_sdf)
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
        wp::vec_t<2, wp::float32> var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        const wp::float32 var_7 = 1e+30;
        wp::float32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::vec_t<2, wp::float32>* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::vec_t<2, wp::float32>* var_17;
        wp::float32 var_18;
        wp::vec_t<2, wp::float32> var_19;
        wp::vec_t<2, wp::float32> var_20;
        wp::float32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        //---------
        // forward
        // def signed_distance_field(poly: wp.array(dtype=wp.vec2), start: int, count: int, origin: wp.vec2, h: float, sdf: wp.array2d(dtype=float)):       <L 49>
        // i, j = wp.tid()                                                                        <L 50>
        builtin_tid2d(var_0, var_1);
        // p = origin + wp.vec2(float(i), float(j)) * h                                           <L 51>
        var_2 = wp::float(var_0);
        var_3 = wp::float(var_1);
        var_4 = wp::vec_t<2, wp::float32>(var_2, var_3);
        var_5 = wp::mul(var_4, var_h);
        var_6 = wp::add(var_origin, var_5);
        // d = float(1.0e30)                                                                      <L 52>
        var_8 = wp::float(var_7);
        // for k in range(count):                                                                 <L 53>
        var_9 = wp::range(var_count);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // d = wp.min(d, segment_distance(p, poly[start + k], poly[start + (k + 1) % count]))       <L 54>
            var_11 = wp::add(var_start, var_10);
            var_12 = wp::address(var_poly, var_11);
            var_14 = wp::add(var_10, var_13);
            var_15 = wp::mod(var_14, var_count);
            var_16 = wp::add(var_start, var_15);
            var_17 = wp::address(var_poly, var_16);
            var_19 = wp::load(var_12);
            var_20 = wp::load(var_17);
            var_18 = segment_distance_0(var_6, var_19, var_20);
            var_21 = wp::min(var_8, var_18);
            wp::assign(var_8, var_21);
            goto start_for_0;
        end_for_0:;
        // if winding_number(p, poly, start, count) != 0:                                         <L 55>
        var_22 = winding_number_0(var_6, var_poly, var_start, var_count);
        var_24 = (var_22 != var_23);
        if (var_24) {
            // d = -d                                                                             <L 56>
            var_25 = wp::neg(var_8);
        }
        var_26 = wp::where(var_24, var_25, var_8);
        // sdf[i, j] = d                                                                          <L 57>
        wp::array_store(var_sdf, var_0, var_1, var_26);
    }
}



extern "C" __global__ void signed_distance_field_d4ee10bb_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_poly,
    wp::int32 var_start,
    wp::int32 var_count,
    wp::vec_t<2, wp::float32> var_origin,
    wp::float32 var_h,
    wp::array_t<wp::float32> var_sdf,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_poly,
    wp::int32 adj_start,
    wp::int32 adj_count,
    wp::vec_t<2, wp::float32> adj_origin,
    wp::float32 adj_h,
    wp::array_t<wp::float32> adj_sdf)
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
        wp::vec_t<2, wp::float32> var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        const wp::float32 var_7 = 1e+30;
        wp::float32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::vec_t<2, wp::float32>* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::vec_t<2, wp::float32>* var_17;
        wp::float32 var_18;
        wp::vec_t<2, wp::float32> var_19;
        wp::vec_t<2, wp::float32> var_20;
        wp::float32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<2, wp::float32> adj_19 = {};
        wp::vec_t<2, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        //---------
        // forward
        // def signed_distance_field(poly: wp.array(dtype=wp.vec2), start: int, count: int, origin: wp.vec2, h: float, sdf: wp.array2d(dtype=float)):       <L 49>
        // i, j = wp.tid()                                                                        <L 50>
        builtin_tid2d(var_0, var_1);
        // p = origin + wp.vec2(float(i), float(j)) * h                                           <L 51>
        var_2 = wp::float(var_0);
        var_3 = wp::float(var_1);
        var_4 = wp::vec_t<2, wp::float32>(var_2, var_3);
        var_5 = wp::mul(var_4, var_h);
        var_6 = wp::add(var_origin, var_5);
        // d = float(1.0e30)                                                                      <L 52>
        var_8 = wp::float(var_7);
        // for k in range(count):                                                                 <L 53>
        var_9 = wp::range(var_count);
        // if winding_number(p, poly, start, count) != 0:                                         <L 55>
        var_22 = winding_number_0(var_6, var_poly, var_start, var_count);
        var_24 = (var_22 != var_23);
        if (var_24) {
            // d = -d                                                                             <L 56>
            var_25 = wp::neg(var_8);
        }
        var_26 = wp::where(var_24, var_25, var_8);
        // sdf[i, j] = d                                                                          <L 57>
        // wp::array_store(var_sdf, var_0, var_1, var_26);
        //---------
        // reverse
        wp::adj_array_store(var_sdf, var_0, var_1, var_26, adj_sdf, adj_0, adj_1, adj_26);
        // adj: sdf[i, j] = d                                                                     <L 57>
        wp::adj_where(var_24, var_25, var_8, adj_24, adj_25, adj_8, adj_26);
        if (var_24) {
            wp::adj_neg(var_8, adj_8, adj_25);
            // adj: d = -d                                                                        <L 56>
        }
        adj_winding_number_0(var_6, var_poly, var_start, var_count, adj_6, adj_poly, adj_start, adj_count, adj_22);
        // adj: if winding_number(p, poly, start, count) != 0:                                    <L 55>
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
            // d = wp.min(d, segment_distance(p, poly[start + k], poly[start + (k + 1) % count]))       <L 54>
            var_11 = wp::add(var_start, var_10);
            var_12 = wp::address(var_poly, var_11);
            var_14 = wp::add(var_10, var_13);
            var_15 = wp::mod(var_14, var_count);
            var_16 = wp::add(var_start, var_15);
            var_17 = wp::address(var_poly, var_16);
            var_19 = wp::load(var_12);
            var_20 = wp::load(var_17);
            var_18 = segment_distance_0(var_6, var_19, var_20);
            var_21 = wp::min(var_8, var_18);
            wp::assign(var_8, var_21);
            wp::adj_assign(var_8, var_21, adj_8, adj_21);
            wp::adj_min(var_8, var_18, adj_8, adj_18, adj_21);
            adj_segment_distance_0(var_6, var_19, var_20, adj_6, adj_12, adj_17, adj_18);
            wp::adj_address(var_poly, var_16, adj_poly, adj_16, adj_17);
            wp::adj_add(var_start, var_15, adj_start, adj_15, adj_16);
            wp::adj_mod(var_14, var_count, adj_14, adj_count, adj_15);
            wp::adj_add(var_10, var_13, adj_10, adj_13, adj_14);
            wp::adj_address(var_poly, var_11, adj_poly, adj_11, adj_12);
            wp::adj_add(var_start, var_10, adj_start, adj_10, adj_11);
            // adj: d = wp.min(d, segment_distance(p, poly[start + k], poly[start + (k + 1) % count]))  <L 54>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_count, adj_count, adj_9);
        // adj: for k in range(count):                                                            <L 53>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: d = float(1.0e30)                                                                 <L 52>
        wp::adj_add(var_origin, var_5, adj_origin, adj_5, adj_6);
        wp::adj_mul(var_4, var_h, adj_4, adj_h, adj_5);
        wp::adj_vec_t(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_float(var_1, adj_1, adj_3);
        wp::adj_float(var_0, adj_0, adj_2);
        // adj: p = origin + wp.vec2(float(i), float(j)) * h                                      <L 51>
        // adj: i, j = wp.tid()                                                                   <L 50>
        // adj: def signed_distance_field(poly: wp.array(dtype=wp.vec2), start: int, count: int, origin: wp.vec2, h: float, sdf: wp.array2d(dtype=float)):  <L 49>
        continue;
    }
}



extern "C" __global__ void classify_points_50e1502d_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_pts,
    wp::array_t<wp::vec_t<2, wp::float32>> var_poly,
    wp::array_t<wp::int32> var_starts,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> var_owner)
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
        const wp::int32 var_1 = 1;
        const wp::int32 var_2 = -1;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::vec_t<2, wp::float32>* var_9;
        wp::int32* var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        bool var_17;
        //---------
        // forward
        // def classify_points(pts: wp.array(dtype=wp.vec2), poly: wp.array(dtype=wp.vec2), starts: wp.array(dtype=int), counts: wp.array(dtype=int), owner: wp.array(dtype=int)):       <L 61>
        // i = wp.tid()                                                                           <L 62>
        var_0 = builtin_tid1d();
        // owner[i] = -1                                                                          <L 63>
        wp::array_store(var_owner, var_0, var_2);
        // for g in range(starts.shape[0]):                                                       <L 64>
        var_3 = &(var_starts.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::range(var_5);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
            // if winding_number(pts[i], poly, starts[g], counts[g]) != 0:                        <L 65>
            var_9 = wp::address(var_pts, var_0);
            var_10 = wp::address(var_starts, var_8);
            var_11 = wp::address(var_counts, var_8);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_15 = wp::load(var_11);
            var_12 = winding_number_0(var_13, var_poly, var_14, var_15);
            var_17 = (var_12 != var_16);
            if (var_17) {
                // owner[i] = g                                                                   <L 66>
                wp::array_store(var_owner, var_0, var_8);
                // return                                                                         <L 67>
                continue;
            }
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void classify_points_50e1502d_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_pts,
    wp::array_t<wp::vec_t<2, wp::float32>> var_poly,
    wp::array_t<wp::int32> var_starts,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::int32> var_owner,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_pts,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_poly,
    wp::array_t<wp::int32> adj_starts,
    wp::array_t<wp::int32> adj_counts,
    wp::array_t<wp::int32> adj_owner)
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
        const wp::int32 var_1 = 1;
        const wp::int32 var_2 = -1;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::vec_t<2, wp::float32>* var_9;
        wp::int32* var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        bool var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::range_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        //---------
        // forward
        // def classify_points(pts: wp.array(dtype=wp.vec2), poly: wp.array(dtype=wp.vec2), starts: wp.array(dtype=int), counts: wp.array(dtype=int), owner: wp.array(dtype=int)):       <L 61>
        // i = wp.tid()                                                                           <L 62>
        var_0 = builtin_tid1d();
        // owner[i] = -1                                                                          <L 63>
        // wp::array_store(var_owner, var_0, var_2);
        // for g in range(starts.shape[0]):                                                       <L 64>
        var_3 = &(var_starts.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::range(var_5);
        //---------
        // reverse
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
            // if winding_number(pts[i], poly, starts[g], counts[g]) != 0:                        <L 65>
            var_9 = wp::address(var_pts, var_0);
            var_10 = wp::address(var_starts, var_8);
            var_11 = wp::address(var_counts, var_8);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_15 = wp::load(var_11);
            var_12 = winding_number_0(var_13, var_poly, var_14, var_15);
            var_17 = (var_12 != var_16);
            if (var_17) {
                // owner[i] = g                                                                   <L 66>
                // wp::array_store(var_owner, var_0, var_8);
                // return                                                                         <L 67>
                goto label2;
            }
            if (var_17) {
                label2:;
                // adj: return                                                                    <L 67>
                wp::adj_array_store(var_owner, var_0, var_8, adj_owner, adj_0, adj_8);
                // adj: owner[i] = g                                                              <L 66>
            }
            adj_winding_number_0(var_13, var_poly, var_14, var_15, adj_9, adj_poly, adj_10, adj_11, adj_12);
            wp::adj_address(var_counts, var_8, adj_counts, adj_8, adj_11);
            wp::adj_address(var_starts, var_8, adj_starts, adj_8, adj_10);
            wp::adj_address(var_pts, var_0, adj_pts, adj_0, adj_9);
            // adj: if winding_number(pts[i], poly, starts[g], counts[g]) != 0:                   <L 65>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_5, adj_5, adj_7);
        wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
        adj_starts.shape = adj_3;
        // adj: for g in range(starts.shape[0]):                                                  <L 64>
        wp::adj_array_store(var_owner, var_0, var_2, adj_owner, adj_0, adj_2);
        // adj: owner[i] = -1                                                                     <L 63>
        // adj: i = wp.tid()                                                                      <L 62>
        // adj: def classify_points(pts: wp.array(dtype=wp.vec2), poly: wp.array(dtype=wp.vec2), starts: wp.array(dtype=int), counts: wp.array(dtype=int), owner: wp.array(dtype=int)):  <L 61>
        continue;
    }
}

