
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


// corpus/046_sobel_edges.py:6
static wp::float32 pixel_0(
    wp::array_t<wp::float32> var_img,
    wp::int32 var_y,
    wp::int32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def pixel(img: wp.array2d(dtype=float), y: int, x: int) -> float:                      <L 7>
    // yy = wp.clamp(y, 0, img.shape[0] - 1)                                                  <L 8>
    var_1 = &(var_img.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_y, var_0, var_6);
    // xx = wp.clamp(x, 0, img.shape[1] - 1)                                                  <L 9>
    var_9 = &(var_img.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_x, var_8, var_14);
    // return img[yy, xx]                                                                     <L 10>
    var_16 = wp::address(var_img, var_7, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    return var_17;
}


// corpus/046_sobel_edges.py:13
static void sobel_0(
    wp::array_t<wp::float32> var_img,
    wp::int32 var_y,
    wp::int32 var_x,
    wp::float32 & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 2.0;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 2.0;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 2.0;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    //---------
    // forward
    // def sobel(img: wp.array2d(dtype=float), y: int, x: int):                               <L 14>
    // tl = pixel(img, y - 1, x - 1)                                                          <L 15>
    var_1 = wp::sub(var_y, var_0);
    var_3 = wp::sub(var_x, var_2);
    var_4 = pixel_0(var_img, var_1, var_3);
    // tc = pixel(img, y - 1, x)                                                              <L 16>
    var_6 = wp::sub(var_y, var_5);
    var_7 = pixel_0(var_img, var_6, var_x);
    // tr = pixel(img, y - 1, x + 1)                                                          <L 17>
    var_9 = wp::sub(var_y, var_8);
    var_11 = wp::add(var_x, var_10);
    var_12 = pixel_0(var_img, var_9, var_11);
    // ml = pixel(img, y, x - 1)                                                              <L 18>
    var_14 = wp::sub(var_x, var_13);
    var_15 = pixel_0(var_img, var_y, var_14);
    // mr = pixel(img, y, x + 1)                                                              <L 19>
    var_17 = wp::add(var_x, var_16);
    var_18 = pixel_0(var_img, var_y, var_17);
    // bl = pixel(img, y + 1, x - 1)                                                          <L 20>
    var_20 = wp::add(var_y, var_19);
    var_22 = wp::sub(var_x, var_21);
    var_23 = pixel_0(var_img, var_20, var_22);
    // bc = pixel(img, y + 1, x)                                                              <L 21>
    var_25 = wp::add(var_y, var_24);
    var_26 = pixel_0(var_img, var_25, var_x);
    // br = pixel(img, y + 1, x + 1)                                                          <L 22>
    var_28 = wp::add(var_y, var_27);
    var_30 = wp::add(var_x, var_29);
    var_31 = pixel_0(var_img, var_28, var_30);
    // gx = (tr + 2.0 * mr + br) - (tl + 2.0 * ml + bl)                                       <L 23>
    var_33 = wp::mul(var_32, var_18);
    var_34 = wp::add(var_12, var_33);
    var_35 = wp::add(var_34, var_31);
    var_37 = wp::mul(var_36, var_15);
    var_38 = wp::add(var_4, var_37);
    var_39 = wp::add(var_38, var_23);
    var_40 = wp::sub(var_35, var_39);
    // gy = (bl + 2.0 * bc + br) - (tl + 2.0 * tc + tr)                                       <L 24>
    var_42 = wp::mul(var_41, var_26);
    var_43 = wp::add(var_23, var_42);
    var_44 = wp::add(var_43, var_31);
    var_46 = wp::mul(var_45, var_7);
    var_47 = wp::add(var_4, var_46);
    var_48 = wp::add(var_47, var_12);
    var_49 = wp::sub(var_44, var_48);
    // return gx, gy                                                                          <L 25>
    ret_0 = var_40;
    ret_1 = var_49;
    return;
}


// corpus/046_sobel_edges.py:28
static wp::int32 quantize_direction_0(
    wp::float32 var_angle)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    const wp::float32 var_3 = 3.141592653589793;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 180.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 3.141592653589793;
    wp::float32 var_9;
    const wp::float32 var_10 = 22.5;
    bool var_11;
    const wp::float32 var_12 = 157.5;
    bool var_13;
    bool var_14;
    const wp::int32 var_15 = 0;
    const wp::float32 var_16 = 67.5;
    bool var_17;
    const wp::int32 var_18 = 1;
    const wp::float32 var_19 = 112.5;
    bool var_20;
    const wp::int32 var_21 = 2;
    const wp::int32 var_22 = 3;
    //---------
    // forward
    // def quantize_direction(angle: float) -> int:                                           <L 29>
    // a = angle                                                                              <L 30>
    var_0 = wp::copy(var_angle);
    // if a < 0.0:                                                                            <L 31>
    var_2 = (var_0 < var_1);
    if (var_2) {
        // a = a + wp.pi                                                                      <L 32>
        var_4 = wp::add(var_0, var_3);
    }
    var_5 = wp::where(var_2, var_4, var_0);
    // deg = a * 180.0 / wp.pi                                                                <L 33>
    var_7 = wp::mul(var_5, var_6);
    var_9 = wp::div(var_7, var_8);
    // if deg < 22.5 or deg >= 157.5:                                                         <L 34>
    var_11 = (var_9 < var_10);
    var_13 = (var_9 >= var_12);
    var_14 = var_11 || var_13;
    if (var_14) {
        // return 0                                                                           <L 35>
        return var_15;
    }
    if (!var_14) {
        // elif deg < 67.5:                                                                   <L 36>
        var_17 = (var_9 < var_16);
        if (var_17) {
            // return 1                                                                       <L 37>
            return var_18;
        }
        if (!var_17) {
            // elif deg < 112.5:                                                              <L 38>
            var_20 = (var_9 < var_19);
            if (var_20) {
                // return 2                                                                   <L 39>
                return var_21;
            }
        }
    }
    // return 3                                                                               <L 40>
    return var_22;
}


// corpus/046_sobel_edges.py:6
static void adj_pixel_0(
    wp::array_t<wp::float32> var_img,
    wp::int32 var_y,
    wp::int32 var_x,
    wp::array_t<wp::float32> & adj_img,
    wp::int32 & adj_y,
    wp::int32 & adj_x,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/046_sobel_edges.py:13
static void adj_sobel_0(
    wp::array_t<wp::float32> var_img,
    wp::int32 var_y,
    wp::int32 var_x,
    wp::float32 & ret_0,
    wp::float32 & ret_1,
    wp::array_t<wp::float32> & adj_img,
    wp::int32 & adj_y,
    wp::int32 & adj_x,
    wp::float32 & adj_ret_0,
    wp::float32 & adj_ret_1)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}


// corpus/046_sobel_edges.py:28
static void adj_quantize_direction_0(
    wp::float32 var_angle,
    wp::float32 & adj_angle,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_gradient_magnitude_bbc4359e {
    wp::array_t<wp::float32> img;
    wp::array_t<wp::float32> mag;
    wp::array_t<wp::int32> direction;
    wp::array_t<wp::float32> max_mag;
};


void gradient_magnitude_bbc4359e_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_gradient_magnitude_bbc4359e *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_img = _wp_args->img;
    wp::array_t<wp::float32> var_mag = _wp_args->mag;
    wp::array_t<wp::int32> var_direction = _wp_args->direction;
    wp::array_t<wp::float32> var_max_mag = _wp_args->max_mag;
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
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    //---------
    // forward
    // def gradient_magnitude(img: wp.array2d(dtype=float), mag: wp.array2d(dtype=float), direction: wp.array2d(dtype=int), max_mag: wp.array(dtype=float)):       <L 44>
    // y, x = wp.tid()                                                                        <L 45>
    builtin_tid2d(var_0, var_1);
    // gx, gy = sobel(img, y, x)                                                              <L 46>
    sobel_0(var_img, var_0, var_1, var_2, var_3);
    // m = wp.sqrt(gx * gx + gy * gy)                                                         <L 47>
    var_4 = wp::mul(var_2, var_2);
    var_5 = wp::mul(var_3, var_3);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::sqrt(var_6);
    // mag[y, x] = m                                                                          <L 48>
    wp::array_store(var_mag, var_0, var_1, var_7);
    // direction[y, x] = quantize_direction(wp.atan2(gy, gx))                                 <L 49>
    var_8 = wp::atan2(var_3, var_2);
    var_9 = quantize_direction_0(var_8);
    wp::array_store(var_direction, var_0, var_1, var_9);
    // wp.atomic_max(max_mag, 0, m)                                                           <L 50>
    var_11 = wp::atomic_max(var_max_mag, var_10, var_7);
}



extern "C" {

// Python CPU entry points
WP_API void gradient_magnitude_bbc4359e_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_gradient_magnitude_bbc4359e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        gradient_magnitude_bbc4359e_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_non_max_suppression_30914d33 {
    wp::array_t<wp::float32> mag;
    wp::array_t<wp::int32> direction;
    wp::float32 low;
    wp::float32 high;
    wp::array_t<wp::uint8> edges;
    wp::array_t<wp::int32> strong_count;
};


void non_max_suppression_30914d33_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_non_max_suppression_30914d33 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_mag = _wp_args->mag;
    wp::array_t<wp::int32> var_direction = _wp_args->direction;
    wp::float32 var_low = _wp_args->low;
    wp::float32 var_high = _wp_args->high;
    wp::array_t<wp::uint8> var_edges = _wp_args->edges;
    wp::array_t<wp::int32> var_strong_count = _wp_args->strong_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    bool var_15;
    const wp::int32 var_16 = 1;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 2;
    bool var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    const wp::int32 var_24 = 1;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = -1;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::float32 var_35;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::float32 var_38;
    bool var_39;
    bool var_40;
    bool var_41;
    const wp::int32 var_42 = 0;
    wp::uint8 var_43;
    bool var_44;
    const wp::int32 var_45 = 2;
    wp::uint8 var_46;
    const wp::int32 var_47 = 0;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    bool var_50;
    const wp::int32 var_51 = 1;
    wp::uint8 var_52;
    const wp::int32 var_53 = 0;
    wp::uint8 var_54;
    //---------
    // forward
    // def non_max_suppression(mag: wp.array2d(dtype=float), direction: wp.array2d(dtype=int), low: float, high: float, edges: wp.array2d(dtype=wp.uint8), strong_count: wp.array(dtype=int)):       <L 54>
    // y, x = wp.tid()                                                                        <L 55>
    builtin_tid2d(var_0, var_1);
    // m = mag[y, x]                                                                          <L 56>
    var_2 = wp::address(var_mag, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // d = direction[y, x]                                                                    <L 57>
    var_5 = wp::address(var_direction, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // dy = 0                                                                                 <L 58>
    // dx = 0                                                                                 <L 59>
    // if d == 0:                                                                             <L 60>
    var_11 = (var_6 == var_10);
    if (var_11) {
        // dx = 1                                                                             <L 61>
    }
    var_13 = wp::where(var_11, var_12, var_9);
    if (!var_11) {
        // elif d == 1:                                                                       <L 62>
        var_15 = (var_6 == var_14);
        if (var_15) {
            // dy = 1                                                                         <L 63>
            // dx = 1                                                                         <L 64>
        }
        var_18 = wp::where(var_15, var_16, var_8);
        var_19 = wp::where(var_15, var_17, var_13);
        if (!var_15) {
            // elif d == 2:                                                                   <L 65>
            var_21 = (var_6 == var_20);
            if (var_21) {
                // dy = 1                                                                     <L 66>
            }
            var_23 = wp::where(var_21, var_22, var_18);
            if (!var_21) {
                // dy = 1                                                                     <L 68>
                // dx = -1                                                                    <L 69>
            }
            var_27 = wp::where(var_21, var_23, var_24);
            var_28 = wp::where(var_21, var_19, var_26);
        }
        var_29 = wp::where(var_15, var_18, var_27);
        var_30 = wp::where(var_15, var_19, var_28);
    }
    var_31 = wp::where(var_11, var_8, var_29);
    var_32 = wp::where(var_11, var_13, var_30);
    // a = pixel(mag, y + dy, x + dx)                                                         <L 70>
    var_33 = wp::add(var_0, var_31);
    var_34 = wp::add(var_1, var_32);
    var_35 = pixel_0(var_mag, var_33, var_34);
    // b = pixel(mag, y - dy, x - dx)                                                         <L 71>
    var_36 = wp::sub(var_0, var_31);
    var_37 = wp::sub(var_1, var_32);
    var_38 = pixel_0(var_mag, var_36, var_37);
    // if m < a or m < b:                                                                     <L 72>
    var_39 = (var_3 < var_35);
    var_40 = (var_3 < var_38);
    var_41 = var_39 || var_40;
    if (var_41) {
        // edges[y, x] = wp.uint8(0)                                                          <L 73>
        var_43 = wp::uint8(var_42);
        wp::array_store(var_edges, var_0, var_1, var_43);
        // return                                                                             <L 74>
        return;
    }
    // if m >= high:                                                                          <L 75>
    var_44 = (var_3 >= var_high);
    if (var_44) {
        // edges[y, x] = wp.uint8(2)                                                          <L 76>
        var_46 = wp::uint8(var_45);
        wp::array_store(var_edges, var_0, var_1, var_46);
        // wp.atomic_add(strong_count, 0, 1)                                                  <L 77>
        var_49 = wp::atomic_add(var_strong_count, var_47, var_48);
    }
    if (!var_44) {
        // elif m >= low:                                                                     <L 78>
        var_50 = (var_3 >= var_low);
        if (var_50) {
            // edges[y, x] = wp.uint8(1)                                                      <L 79>
            var_52 = wp::uint8(var_51);
            wp::array_store(var_edges, var_0, var_1, var_52);
        }
        if (!var_50) {
            // edges[y, x] = wp.uint8(0)                                                      <L 81>
            var_54 = wp::uint8(var_53);
            wp::array_store(var_edges, var_0, var_1, var_54);
        }
    }
}



extern "C" {

// Python CPU entry points
WP_API void non_max_suppression_30914d33_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_non_max_suppression_30914d33 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        non_max_suppression_30914d33_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_hysteresis_9d6ab867 {
    wp::array_t<wp::uint8> edges;
    wp::array_t<wp::int32> changed;
};


void hysteresis_9d6ab867_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_hysteresis_9d6ab867 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::uint8> var_edges = _wp_args->edges;
    wp::array_t<wp::int32> var_changed = _wp_args->changed;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint8* var_2;
    const wp::int32 var_3 = 1;
    wp::uint8 var_4;
    bool var_5;
    wp::uint8 var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::shape_t var_14;
    const wp::int32 var_15 = -1;
    const wp::int32 var_16 = -1;
    wp::int32 var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    bool var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    bool var_24;
    bool var_25;
    wp::uint8* var_26;
    const wp::int32 var_27 = 2;
    wp::uint8 var_28;
    bool var_29;
    wp::uint8 var_30;
    const wp::int32 var_31 = 2;
    wp::uint8 var_32;
    const wp::int32 var_33 = 1;
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 0;
    wp::int32 var_36;
    wp::int32 var_37;
    const wp::int32 var_38 = 0;
    bool var_39;
    bool var_40;
    const wp::int32 var_41 = 0;
    bool var_42;
    bool var_43;
    bool var_44;
    wp::uint8* var_45;
    const wp::int32 var_46 = 2;
    wp::uint8 var_47;
    bool var_48;
    wp::uint8 var_49;
    const wp::int32 var_50 = 2;
    wp::uint8 var_51;
    const wp::int32 var_52 = 1;
    const wp::int32 var_53 = 0;
    const wp::int32 var_54 = 1;
    wp::int32 var_55;
    wp::int32 var_56;
    const wp::int32 var_57 = 0;
    bool var_58;
    bool var_59;
    const wp::int32 var_60 = 0;
    bool var_61;
    bool var_62;
    bool var_63;
    wp::uint8* var_64;
    const wp::int32 var_65 = 2;
    wp::uint8 var_66;
    bool var_67;
    wp::uint8 var_68;
    const wp::int32 var_69 = 2;
    wp::uint8 var_70;
    const wp::int32 var_71 = 1;
    const wp::int32 var_72 = 0;
    const wp::int32 var_73 = 0;
    const wp::int32 var_74 = -1;
    wp::int32 var_75;
    wp::int32 var_76;
    const wp::int32 var_77 = 0;
    bool var_78;
    bool var_79;
    const wp::int32 var_80 = 0;
    bool var_81;
    bool var_82;
    bool var_83;
    wp::uint8* var_84;
    const wp::int32 var_85 = 2;
    wp::uint8 var_86;
    bool var_87;
    wp::uint8 var_88;
    const wp::int32 var_89 = 2;
    wp::uint8 var_90;
    const wp::int32 var_91 = 1;
    const wp::int32 var_92 = 0;
    const wp::int32 var_93 = 0;
    wp::int32 var_94;
    wp::int32 var_95;
    const wp::int32 var_96 = 0;
    bool var_97;
    bool var_98;
    const wp::int32 var_99 = 0;
    bool var_100;
    bool var_101;
    bool var_102;
    wp::uint8* var_103;
    const wp::int32 var_104 = 2;
    wp::uint8 var_105;
    bool var_106;
    wp::uint8 var_107;
    const wp::int32 var_108 = 2;
    wp::uint8 var_109;
    const wp::int32 var_110 = 1;
    const wp::int32 var_111 = 0;
    const wp::int32 var_112 = 1;
    wp::int32 var_113;
    wp::int32 var_114;
    const wp::int32 var_115 = 0;
    bool var_116;
    bool var_117;
    const wp::int32 var_118 = 0;
    bool var_119;
    bool var_120;
    bool var_121;
    wp::uint8* var_122;
    const wp::int32 var_123 = 2;
    wp::uint8 var_124;
    bool var_125;
    wp::uint8 var_126;
    const wp::int32 var_127 = 2;
    wp::uint8 var_128;
    const wp::int32 var_129 = 1;
    const wp::int32 var_130 = 0;
    const wp::int32 var_131 = 1;
    const wp::int32 var_132 = -1;
    wp::int32 var_133;
    wp::int32 var_134;
    const wp::int32 var_135 = 0;
    bool var_136;
    bool var_137;
    const wp::int32 var_138 = 0;
    bool var_139;
    bool var_140;
    bool var_141;
    wp::uint8* var_142;
    const wp::int32 var_143 = 2;
    wp::uint8 var_144;
    bool var_145;
    wp::uint8 var_146;
    const wp::int32 var_147 = 2;
    wp::uint8 var_148;
    const wp::int32 var_149 = 1;
    const wp::int32 var_150 = 0;
    const wp::int32 var_151 = 0;
    wp::int32 var_152;
    wp::int32 var_153;
    const wp::int32 var_154 = 0;
    bool var_155;
    bool var_156;
    const wp::int32 var_157 = 0;
    bool var_158;
    bool var_159;
    bool var_160;
    wp::uint8* var_161;
    const wp::int32 var_162 = 2;
    wp::uint8 var_163;
    bool var_164;
    wp::uint8 var_165;
    const wp::int32 var_166 = 2;
    wp::uint8 var_167;
    const wp::int32 var_168 = 1;
    const wp::int32 var_169 = 0;
    const wp::int32 var_170 = 1;
    wp::int32 var_171;
    wp::int32 var_172;
    const wp::int32 var_173 = 0;
    bool var_174;
    bool var_175;
    const wp::int32 var_176 = 0;
    bool var_177;
    bool var_178;
    bool var_179;
    wp::uint8* var_180;
    const wp::int32 var_181 = 2;
    wp::uint8 var_182;
    bool var_183;
    wp::uint8 var_184;
    const wp::int32 var_185 = 2;
    wp::uint8 var_186;
    const wp::int32 var_187 = 1;
    const wp::int32 var_188 = 0;
    //---------
    // forward
    // def hysteresis(edges: wp.array2d(dtype=wp.uint8), changed: wp.array(dtype=int)):       <L 85>
    // y, x = wp.tid()                                                                        <L 86>
    builtin_tid2d(var_0, var_1);
    // if edges[y, x] != wp.uint8(1):                                                         <L 87>
    var_2 = wp::address(var_edges, var_0, var_1);
    var_4 = wp::uint8(var_3);
    var_6 = wp::load(var_2);
    var_5 = (var_6 != var_4);
    if (var_5) {
        // return                                                                             <L 88>
        return;
    }
    // h = edges.shape[0]                                                                     <L 89>
    var_7 = &(var_edges.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // w = edges.shape[1]                                                                     <L 90>
    var_11 = &(var_edges.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    // for dy in range(-1, 2):                                                                <L 91>
    // for dx in range(-1, 2):                                                                <L 92>
    // yy = y + dy                                                                            <L 93>
    var_17 = wp::add(var_0, var_15);
    // xx = x + dx                                                                            <L 94>
    var_18 = wp::add(var_1, var_16);
    // if yy >= 0 and yy < h and xx >= 0 and xx < w:                                          <L 95>
    var_20 = (var_17 >= var_19);
    var_21 = (var_17 < var_9);
    var_23 = (var_18 >= var_22);
    var_24 = (var_18 < var_13);
    var_25 = var_20 && var_21 && var_23 && var_24;
    if (var_25) {
        // if edges[yy, xx] == wp.uint8(2):                                                   <L 96>
        var_26 = wp::address(var_edges, var_17, var_18);
        var_28 = wp::uint8(var_27);
        var_30 = wp::load(var_26);
        var_29 = (var_30 == var_28);
        if (var_29) {
            // edges[y, x] = wp.uint8(2)                                                      <L 97>
            var_32 = wp::uint8(var_31);
            wp::array_store(var_edges, var_0, var_1, var_32);
            // changed[0] = 1                                                                 <L 98>
            wp::array_store(var_changed, var_34, var_33);
            // return                                                                         <L 99>
            return;
        }
    }
    // yy = y + dy                                                                            <L 93>
    var_36 = wp::add(var_0, var_15);
    // xx = x + dx                                                                            <L 94>
    var_37 = wp::add(var_1, var_35);
    // if yy >= 0 and yy < h and xx >= 0 and xx < w:                                          <L 95>
    var_39 = (var_36 >= var_38);
    var_40 = (var_36 < var_9);
    var_42 = (var_37 >= var_41);
    var_43 = (var_37 < var_13);
    var_44 = var_39 && var_40 && var_42 && var_43;
    if (var_44) {
        // if edges[yy, xx] == wp.uint8(2):                                                   <L 96>
        var_45 = wp::address(var_edges, var_36, var_37);
        var_47 = wp::uint8(var_46);
        var_49 = wp::load(var_45);
        var_48 = (var_49 == var_47);
        if (var_48) {
            // edges[y, x] = wp.uint8(2)                                                      <L 97>
            var_51 = wp::uint8(var_50);
            wp::array_store(var_edges, var_0, var_1, var_51);
            // changed[0] = 1                                                                 <L 98>
            wp::array_store(var_changed, var_53, var_52);
            // return                                                                         <L 99>
            return;
        }
    }
    // yy = y + dy                                                                            <L 93>
    var_55 = wp::add(var_0, var_15);
    // xx = x + dx                                                                            <L 94>
    var_56 = wp::add(var_1, var_54);
    // if yy >= 0 and yy < h and xx >= 0 and xx < w:                                          <L 95>
    var_58 = (var_55 >= var_57);
    var_59 = (var_55 < var_9);
    var_61 = (var_56 >= var_60);
    var_62 = (var_56 < var_13);
    var_63 = var_58 && var_59 && var_61 && var_62;
    if (var_63) {
        // if edges[yy, xx] == wp.uint8(2):                                                   <L 96>
        var_64 = wp::address(var_edges, var_55, var_56);
        var_66 = wp::uint8(var_65);
        var_68 = wp::load(var_64);
        var_67 = (var_68 == var_66);
        if (var_67) {
            // edges[y, x] = wp.uint8(2)                                                      <L 97>
            var_70 = wp::uint8(var_69);
            wp::array_store(var_edges, var_0, var_1, var_70);
            // changed[0] = 1                                                                 <L 98>
            wp::array_store(var_changed, var_72, var_71);
            // return                                                                         <L 99>
            return;
        }
    }
    // for dx in range(-1, 2):                                                                <L 92>
    // yy = y + dy                                                                            <L 93>
    var_75 = wp::add(var_0, var_73);
    // xx = x + dx                                                                            <L 94>
    var_76 = wp::add(var_1, var_74);
    // if yy >= 0 and yy < h and xx >= 0 and xx < w:                                          <L 95>
    var_78 = (var_75 >= var_77);
    var_79 = (var_75 < var_9);
    var_81 = (var_76 >= var_80);
    var_82 = (var_76 < var_13);
    var_83 = var_78 && var_79 && var_81 && var_82;
    if (var_83) {
        // if edges[yy, xx] == wp.uint8(2):                                                   <L 96>
        var_84 = wp::address(var_edges, var_75, var_76);
        var_86 = wp::uint8(var_85);
        var_88 = wp::load(var_84);
        var_87 = (var_88 == var_86);
        if (var_87) {
            // edges[y, x] = wp.uint8(2)                                                      <L 97>
            var_90 = wp::uint8(var_89);
            wp::array_store(var_edges, var_0, var_1, var_90);
            // changed[0] = 1                                                                 <L 98>
            wp::array_store(var_changed, var_92, var_91);
            // return                                                                         <L 99>
            return;
        }
    }
    // yy = y + dy                                                                            <L 93>
    var_94 = wp::add(var_0, var_73);
    // xx = x + dx                                                                            <L 94>
    var_95 = wp::add(var_1, var_93);
    // if yy >= 0 and yy < h and xx >= 0 and xx < w:                                          <L 95>
    var_97 = (var_94 >= var_96);
    var_98 = (var_94 < var_9);
    var_100 = (var_95 >= var_99);
    var_101 = (var_95 < var_13);
    var_102 = var_97 && var_98 && var_100 && var_101;
    if (var_102) {
        // if edges[yy, xx] == wp.uint8(2):                                                   <L 96>
        var_103 = wp::address(var_edges, var_94, var_95);
        var_105 = wp::uint8(var_104);
        var_107 = wp::load(var_103);
        var_106 = (var_107 == var_105);
        if (var_106) {
            // edges[y, x] = wp.uint8(2)                                                      <L 97>
            var_109 = wp::uint8(var_108);
            wp::array_store(var_edges, var_0, var_1, var_109);
            // changed[0] = 1                                                                 <L 98>
            wp::array_store(var_changed, var_111, var_110);
            // return                                                                         <L 99>
            return;
        }
    }
    // yy = y + dy                                                                            <L 93>
    var_113 = wp::add(var_0, var_73);
    // xx = x + dx                                                                            <L 94>
    var_114 = wp::add(var_1, var_112);
    // if yy >= 0 and yy < h and xx >= 0 and xx < w:                                          <L 95>
    var_116 = (var_113 >= var_115);
    var_117 = (var_113 < var_9);
    var_119 = (var_114 >= var_118);
    var_120 = (var_114 < var_13);
    var_121 = var_116 && var_117 && var_119 && var_120;
    if (var_121) {
        // if edges[yy, xx] == wp.uint8(2):                                                   <L 96>
        var_122 = wp::address(var_edges, var_113, var_114);
        var_124 = wp::uint8(var_123);
        var_126 = wp::load(var_122);
        var_125 = (var_126 == var_124);
        if (var_125) {
            // edges[y, x] = wp.uint8(2)                                                      <L 97>
            var_128 = wp::uint8(var_127);
            wp::array_store(var_edges, var_0, var_1, var_128);
            // changed[0] = 1                                                                 <L 98>
            wp::array_store(var_changed, var_130, var_129);
            // return                                                                         <L 99>
            return;
        }
    }
    // for dx in range(-1, 2):                                                                <L 92>
    // yy = y + dy                                                                            <L 93>
    var_133 = wp::add(var_0, var_131);
    // xx = x + dx                                                                            <L 94>
    var_134 = wp::add(var_1, var_132);
    // if yy >= 0 and yy < h and xx >= 0 and xx < w:                                          <L 95>
    var_136 = (var_133 >= var_135);
    var_137 = (var_133 < var_9);
    var_139 = (var_134 >= var_138);
    var_140 = (var_134 < var_13);
    var_141 = var_136 && var_137 && var_139 && var_140;
    if (var_141) {
        // if edges[yy, xx] == wp.uint8(2):                                                   <L 96>
        var_142 = wp::address(var_edges, var_133, var_134);
        var_144 = wp::uint8(var_143);
        var_146 = wp::load(var_142);
        var_145 = (var_146 == var_144);
        if (var_145) {
            // edges[y, x] = wp.uint8(2)                                                      <L 97>
            var_148 = wp::uint8(var_147);
            wp::array_store(var_edges, var_0, var_1, var_148);
            // changed[0] = 1                                                                 <L 98>
            wp::array_store(var_changed, var_150, var_149);
            // return                                                                         <L 99>
            return;
        }
    }
    // yy = y + dy                                                                            <L 93>
    var_152 = wp::add(var_0, var_131);
    // xx = x + dx                                                                            <L 94>
    var_153 = wp::add(var_1, var_151);
    // if yy >= 0 and yy < h and xx >= 0 and xx < w:                                          <L 95>
    var_155 = (var_152 >= var_154);
    var_156 = (var_152 < var_9);
    var_158 = (var_153 >= var_157);
    var_159 = (var_153 < var_13);
    var_160 = var_155 && var_156 && var_158 && var_159;
    if (var_160) {
        // if edges[yy, xx] == wp.uint8(2):                                                   <L 96>
        var_161 = wp::address(var_edges, var_152, var_153);
        var_163 = wp::uint8(var_162);
        var_165 = wp::load(var_161);
        var_164 = (var_165 == var_163);
        if (var_164) {
            // edges[y, x] = wp.uint8(2)                                                      <L 97>
            var_167 = wp::uint8(var_166);
            wp::array_store(var_edges, var_0, var_1, var_167);
            // changed[0] = 1                                                                 <L 98>
            wp::array_store(var_changed, var_169, var_168);
            // return                                                                         <L 99>
            return;
        }
    }
    // yy = y + dy                                                                            <L 93>
    var_171 = wp::add(var_0, var_131);
    // xx = x + dx                                                                            <L 94>
    var_172 = wp::add(var_1, var_170);
    // if yy >= 0 and yy < h and xx >= 0 and xx < w:                                          <L 95>
    var_174 = (var_171 >= var_173);
    var_175 = (var_171 < var_9);
    var_177 = (var_172 >= var_176);
    var_178 = (var_172 < var_13);
    var_179 = var_174 && var_175 && var_177 && var_178;
    if (var_179) {
        // if edges[yy, xx] == wp.uint8(2):                                                   <L 96>
        var_180 = wp::address(var_edges, var_171, var_172);
        var_182 = wp::uint8(var_181);
        var_184 = wp::load(var_180);
        var_183 = (var_184 == var_182);
        if (var_183) {
            // edges[y, x] = wp.uint8(2)                                                      <L 97>
            var_186 = wp::uint8(var_185);
            wp::array_store(var_edges, var_0, var_1, var_186);
            // changed[0] = 1                                                                 <L 98>
            wp::array_store(var_changed, var_188, var_187);
            // return                                                                         <L 99>
            return;
        }
    }
}



extern "C" {

// Python CPU entry points
WP_API void hysteresis_9d6ab867_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_hysteresis_9d6ab867 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        hysteresis_9d6ab867_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

