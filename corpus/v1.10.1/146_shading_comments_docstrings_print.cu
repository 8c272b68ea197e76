
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


// corpus/146_shading_comments_docstrings_print.py:8
static CUDA_CALLABLE wp::float32 shade_0(
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_l,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_shininess)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.15;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def shade(                                                                             <L 9>
    // h = wp.normalize(l + v)  # half vector                                                 <L 19>
    var_0 = wp::add(var_l, var_v);
    var_1 = wp::normalize(var_0);
    // diffuse = wp.max(wp.dot(n, l), 0.0)                                                    <L 20>
    var_2 = wp::dot(var_n, var_l);
    var_4 = wp::max(var_2, var_3);
    // specular = wp.pow(wp.max(wp.dot(n, h), 0.0), shininess) if diffuse > 0.0 else 0.0       <L 21>
    var_6 = (var_4 > var_5);
    if (var_6) {
        var_7 = wp::dot(var_n, var_1);
        var_9 = wp::max(var_7, var_8);
        var_10 = wp::pow(var_9, var_shininess);
    }
    if (!var_6) {
    }
    var_12 = wp::where(var_6, var_10, var_11);
    // return AMBIENT + diffuse + specular                                                    <L 22>
    var_14 = wp::add(var_13, var_4);
    var_15 = wp::add(var_14, var_12);
    return var_15;
}


// corpus/146_shading_comments_docstrings_print.py:8
static CUDA_CALLABLE void adj_shade_0(
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_l,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_shininess,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_l,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_shininess,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    bool var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.15;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
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
    // def shade(                                                                             <L 9>
    // h = wp.normalize(l + v)  # half vector                                                 <L 19>
    var_0 = wp::add(var_l, var_v);
    var_1 = wp::normalize(var_0);
    // diffuse = wp.max(wp.dot(n, l), 0.0)                                                    <L 20>
    var_2 = wp::dot(var_n, var_l);
    var_4 = wp::max(var_2, var_3);
    // specular = wp.pow(wp.max(wp.dot(n, h), 0.0), shininess) if diffuse > 0.0 else 0.0       <L 21>
    var_6 = (var_4 > var_5);
    if (var_6) {
        var_7 = wp::dot(var_n, var_1);
        var_9 = wp::max(var_7, var_8);
        var_10 = wp::pow(var_9, var_shininess);
    }
    if (!var_6) {
    }
    var_12 = wp::where(var_6, var_10, var_11);
    // return AMBIENT + diffuse + specular                                                    <L 22>
    var_14 = wp::add(var_13, var_4);
    var_15 = wp::add(var_14, var_12);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_15 += adj_ret;
    wp::adj_add(var_14, var_12, adj_14, adj_12, adj_15);
    wp::adj_add(var_13, var_4, adj_13, adj_4, adj_14);
    // adj: return AMBIENT + diffuse + specular                                               <L 22>
    wp::adj_where(var_6, var_10, var_11, adj_6, adj_10, adj_11, adj_12);
    if (!var_6) {
    }
    if (var_6) {
        wp::adj_pow(var_9, var_shininess, var_10, adj_9, adj_shininess, adj_10);
        wp::adj_max(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_dot(var_n, var_1, adj_n, adj_1, adj_7);
    }
    // adj: specular = wp.pow(wp.max(wp.dot(n, h), 0.0), shininess) if diffuse > 0.0 else 0.0  <L 21>
    wp::adj_max(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_dot(var_n, var_l, adj_n, adj_l, adj_2);
    // adj: diffuse = wp.max(wp.dot(n, l), 0.0)                                               <L 20>
    wp::adj_normalize(var_0, var_1, adj_0, adj_1);
    wp::adj_add(var_l, var_v, adj_l, adj_v, adj_0);
    // adj: h = wp.normalize(l + v)  # half vector                                            <L 19>
    // adj: def shade(                                                                        <L 9>
    return;
}



extern "C" __global__ void shade_vertices_464d3751_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_light_pos,
    wp::vec_t<3, wp::float32> var_eye,
    wp::array_t<wp::vec_t<3, wp::float32>> var_colors,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        const wp::float32 var_9 = 32.0;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 1.0;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        const wp::int32 var_25 = 2;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 1.0;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        //---------
        // forward
        // def shade_vertices(                                                                    <L 26>
        // i = wp.tid()                                                                           <L 35>
        var_0 = builtin_tid1d();
        // p = positions[i]                                                                       <L 36>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // l = wp.normalize(light_pos - p)                                                        <L 38>
        var_4 = wp::sub(var_light_pos, var_2);
        var_5 = wp::normalize(var_4);
        // v = wp.normalize(eye - p)                                                              <L 39>
        var_6 = wp::sub(var_eye, var_2);
        var_7 = wp::normalize(var_6);
        // intensity = shade(normals[i], l, v, 32.0)                                              <L 40>
        var_8 = wp::address(var_normals, var_0);
        var_11 = wp::load(var_8);
        var_10 = shade_0(var_11, var_5, var_7, var_9);
        // c = colors[i]                                                                          <L 41>
        var_12 = wp::address(var_colors, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // out[i] = wp.vec3(                                                                      <L 42>
        // wp.min(c[0] * intensity, 1.0),                                                         <L 43>
        var_16 = wp::extract(var_13, var_15);
        var_17 = wp::mul(var_16, var_10);
        var_19 = wp::min(var_17, var_18);
        // wp.min(c[1] * intensity, 1.0),                                                         <L 44>
        var_21 = wp::extract(var_13, var_20);
        var_22 = wp::mul(var_21, var_10);
        var_24 = wp::min(var_22, var_23);
        // wp.min(c[2] * intensity, 1.0),                                                         <L 45>
        var_26 = wp::extract(var_13, var_25);
        var_27 = wp::mul(var_26, var_10);
        var_29 = wp::min(var_27, var_28);
        var_30 = wp::vec_t<3, wp::float32>(var_19, var_24, var_29);
        // out[i] = wp.vec3(                                                                      <L 42>
        wp::array_store(var_out, var_0, var_30);
    }
}



extern "C" __global__ void shade_vertices_464d3751_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_light_pos,
    wp::vec_t<3, wp::float32> var_eye,
    wp::array_t<wp::vec_t<3, wp::float32>> var_colors,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::vec_t<3, wp::float32> adj_light_pos,
    wp::vec_t<3, wp::float32> adj_eye,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_colors,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        const wp::float32 var_9 = 32.0;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 1.0;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        const wp::int32 var_25 = 2;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 1.0;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        //---------
        // forward
        // def shade_vertices(                                                                    <L 26>
        // i = wp.tid()                                                                           <L 35>
        var_0 = builtin_tid1d();
        // p = positions[i]                                                                       <L 36>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // l = wp.normalize(light_pos - p)                                                        <L 38>
        var_4 = wp::sub(var_light_pos, var_2);
        var_5 = wp::normalize(var_4);
        // v = wp.normalize(eye - p)                                                              <L 39>
        var_6 = wp::sub(var_eye, var_2);
        var_7 = wp::normalize(var_6);
        // intensity = shade(normals[i], l, v, 32.0)                                              <L 40>
        var_8 = wp::address(var_normals, var_0);
        var_11 = wp::load(var_8);
        var_10 = shade_0(var_11, var_5, var_7, var_9);
        // c = colors[i]                                                                          <L 41>
        var_12 = wp::address(var_colors, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // out[i] = wp.vec3(                                                                      <L 42>
        // wp.min(c[0] * intensity, 1.0),                                                         <L 43>
        var_16 = wp::extract(var_13, var_15);
        var_17 = wp::mul(var_16, var_10);
        var_19 = wp::min(var_17, var_18);
        // wp.min(c[1] * intensity, 1.0),                                                         <L 44>
        var_21 = wp::extract(var_13, var_20);
        var_22 = wp::mul(var_21, var_10);
        var_24 = wp::min(var_22, var_23);
        // wp.min(c[2] * intensity, 1.0),                                                         <L 45>
        var_26 = wp::extract(var_13, var_25);
        var_27 = wp::mul(var_26, var_10);
        var_29 = wp::min(var_27, var_28);
        var_30 = wp::vec_t<3, wp::float32>(var_19, var_24, var_29);
        // out[i] = wp.vec3(                                                                      <L 42>
        // wp::array_store(var_out, var_0, var_30);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_30, adj_out, adj_0, adj_30);
        // adj: out[i] = wp.vec3(                                                                 <L 42>
        wp::adj_vec_t(var_19, var_24, var_29, adj_19, adj_24, adj_29, adj_30);
        wp::adj_min(var_27, var_28, adj_27, adj_28, adj_29);
        wp::adj_mul(var_26, var_10, adj_26, adj_10, adj_27);
        wp::adj_extract(var_13, var_25, adj_13, adj_25, adj_26);
        // adj: wp.min(c[2] * intensity, 1.0),                                                    <L 45>
        wp::adj_min(var_22, var_23, adj_22, adj_23, adj_24);
        wp::adj_mul(var_21, var_10, adj_21, adj_10, adj_22);
        wp::adj_extract(var_13, var_20, adj_13, adj_20, adj_21);
        // adj: wp.min(c[1] * intensity, 1.0),                                                    <L 44>
        wp::adj_min(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_mul(var_16, var_10, adj_16, adj_10, adj_17);
        wp::adj_extract(var_13, var_15, adj_13, adj_15, adj_16);
        // adj: wp.min(c[0] * intensity, 1.0),                                                    <L 43>
        // adj: out[i] = wp.vec3(                                                                 <L 42>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_colors, var_0, adj_colors, adj_0, adj_12);
        // adj: c = colors[i]                                                                     <L 41>
        adj_shade_0(var_11, var_5, var_7, var_9, adj_8, adj_5, adj_7, adj_9, adj_10);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_8);
        // adj: intensity = shade(normals[i], l, v, 32.0)                                         <L 40>
        wp::adj_normalize(var_6, var_7, adj_6, adj_7);
        wp::adj_sub(var_eye, var_2, adj_eye, adj_2, adj_6);
        // adj: v = wp.normalize(eye - p)                                                         <L 39>
        wp::adj_normalize(var_4, var_5, adj_4, adj_5);
        wp::adj_sub(var_light_pos, var_2, adj_light_pos, adj_2, adj_4);
        // adj: l = wp.normalize(light_pos - p)                                                   <L 38>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: p = positions[i]                                                                  <L 36>
        // adj: i = wp.tid()                                                                      <L 35>
        // adj: def shade_vertices(                                                               <L 26>
        continue;
    }
}



extern "C" __global__ void long_lines_ee608184_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_c,
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
        wp::float32* var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32* var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32* var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.5;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32* var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.25;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.125;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 1.0;
        wp::float32 var_43;
        wp::float32* var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32* var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32* var_55;
        wp::float32* var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32* var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::float32 var_63 = 0.0;
        bool var_64;
        const wp::float32 var_65 = 0.0;
        bool var_66;
        bool var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        const wp::float32 var_70 = 100.0;
        const wp::float32 var_71 = 7.0;
        wp::float32 var_72;
        wp::float32 var_73;
        //---------
        // forward
        // def long_lines(a: wp.array(dtype=float), b: wp.array(dtype=float), c: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 50>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // x = a[i] * b[i] + b[i] * c[i] + c[i] * a[i] + a[i] * a[i] * 0.5 + b[i] * b[i] * 0.25 + c[i] * c[i] * 0.125 - 1.0       <L 52>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_5);
        var_6 = wp::address(var_b, var_0);
        var_7 = wp::address(var_c, var_0);
        var_9 = wp::load(var_6);
        var_10 = wp::load(var_7);
        var_8 = wp::mul(var_9, var_10);
        var_11 = wp::add(var_3, var_8);
        var_12 = wp::address(var_c, var_0);
        var_13 = wp::address(var_a, var_0);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::mul(var_15, var_16);
        var_17 = wp::add(var_11, var_14);
        var_18 = wp::address(var_a, var_0);
        var_19 = wp::address(var_a, var_0);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::mul(var_21, var_22);
        var_24 = wp::mul(var_20, var_23);
        var_25 = wp::add(var_17, var_24);
        var_26 = wp::address(var_b, var_0);
        var_27 = wp::address(var_b, var_0);
        var_29 = wp::load(var_26);
        var_30 = wp::load(var_27);
        var_28 = wp::mul(var_29, var_30);
        var_32 = wp::mul(var_28, var_31);
        var_33 = wp::add(var_25, var_32);
        var_34 = wp::address(var_c, var_0);
        var_35 = wp::address(var_c, var_0);
        var_37 = wp::load(var_34);
        var_38 = wp::load(var_35);
        var_36 = wp::mul(var_37, var_38);
        var_40 = wp::mul(var_36, var_39);
        var_41 = wp::add(var_33, var_40);
        var_43 = wp::sub(var_41, var_42);
        // y = (a[i] + b[i]) * \                                                                  <L 53>
        var_44 = wp::address(var_a, var_0);
        var_45 = wp::address(var_b, var_0);
        var_47 = wp::load(var_44);
        var_48 = wp::load(var_45);
        var_46 = wp::add(var_47, var_48);
        // (b[i] + c[i])                                                                          <L 54>
        var_49 = wp::address(var_b, var_0);
        var_50 = wp::address(var_c, var_0);
        var_52 = wp::load(var_49);
        var_53 = wp::load(var_50);
        var_51 = wp::add(var_52, var_53);
        var_54 = wp::mul(var_46, var_51);
        // z = (                                                                                  <L 55>
        // a[i]                                                                                   <L 56>
        var_55 = wp::address(var_a, var_0);
        // + b[i]  # middle                                                                       <L 57>
        var_56 = wp::address(var_b, var_0);
        var_58 = wp::load(var_55);
        var_59 = wp::load(var_56);
        var_57 = wp::add(var_58, var_59);
        // + c[i]                                                                                 <L 58>
        var_60 = wp::address(var_c, var_0);
        var_62 = wp::load(var_60);
        var_61 = wp::add(var_57, var_62);
        // if (x > 0.0 and                                                                        <L 60>
        var_64 = (var_43 > var_63);
        // y > 0.0):                                                                              <L 61>
        var_66 = (var_54 > var_65);
        var_67 = var_64 && var_66;
        if (var_67) {
            // out[i] = x + y + z                                                                 <L 62>
            var_68 = wp::add(var_43, var_54);
            var_69 = wp::add(var_68, var_61);
            wp::array_store(var_out, var_0, var_69);
        }
        if (!var_67) {
            // pass                                                                               <L 64>
        }
        // out[i] += 100.0 % 7.0  # modulo with a percent sign: 100 % 7                           <L 65>
        var_72 = wp::mod(var_70, var_71);
        var_73 = wp::atomic_add(var_out, var_0, var_72);
    }
}



extern "C" __global__ void long_lines_ee608184_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_c,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_c,
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
        wp::float32* var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32* var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32* var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.5;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32* var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.25;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.125;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 1.0;
        wp::float32 var_43;
        wp::float32* var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32* var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32* var_55;
        wp::float32* var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32* var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::float32 var_63 = 0.0;
        bool var_64;
        const wp::float32 var_65 = 0.0;
        bool var_66;
        bool var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        const wp::float32 var_70 = 100.0;
        const wp::float32 var_71 = 7.0;
        wp::float32 var_72;
        wp::float32 var_73;
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
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
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
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
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
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        bool adj_64 = {};
        wp::float32 adj_65 = {};
        bool adj_66 = {};
        bool adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        //---------
        // forward
        // def long_lines(a: wp.array(dtype=float), b: wp.array(dtype=float), c: wp.array(dtype=float), out: wp.array(dtype=float)):       <L 50>
        // i = wp.tid()                                                                           <L 51>
        var_0 = builtin_tid1d();
        // x = a[i] * b[i] + b[i] * c[i] + c[i] * a[i] + a[i] * a[i] * 0.5 + b[i] * b[i] * 0.25 + c[i] * c[i] * 0.125 - 1.0       <L 52>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_1);
        var_5 = wp::load(var_2);
        var_3 = wp::mul(var_4, var_5);
        var_6 = wp::address(var_b, var_0);
        var_7 = wp::address(var_c, var_0);
        var_9 = wp::load(var_6);
        var_10 = wp::load(var_7);
        var_8 = wp::mul(var_9, var_10);
        var_11 = wp::add(var_3, var_8);
        var_12 = wp::address(var_c, var_0);
        var_13 = wp::address(var_a, var_0);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::mul(var_15, var_16);
        var_17 = wp::add(var_11, var_14);
        var_18 = wp::address(var_a, var_0);
        var_19 = wp::address(var_a, var_0);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::mul(var_21, var_22);
        var_24 = wp::mul(var_20, var_23);
        var_25 = wp::add(var_17, var_24);
        var_26 = wp::address(var_b, var_0);
        var_27 = wp::address(var_b, var_0);
        var_29 = wp::load(var_26);
        var_30 = wp::load(var_27);
        var_28 = wp::mul(var_29, var_30);
        var_32 = wp::mul(var_28, var_31);
        var_33 = wp::add(var_25, var_32);
        var_34 = wp::address(var_c, var_0);
        var_35 = wp::address(var_c, var_0);
        var_37 = wp::load(var_34);
        var_38 = wp::load(var_35);
        var_36 = wp::mul(var_37, var_38);
        var_40 = wp::mul(var_36, var_39);
        var_41 = wp::add(var_33, var_40);
        var_43 = wp::sub(var_41, var_42);
        // y = (a[i] + b[i]) * \                                                                  <L 53>
        var_44 = wp::address(var_a, var_0);
        var_45 = wp::address(var_b, var_0);
        var_47 = wp::load(var_44);
        var_48 = wp::load(var_45);
        var_46 = wp::add(var_47, var_48);
        // (b[i] + c[i])                                                                          <L 54>
        var_49 = wp::address(var_b, var_0);
        var_50 = wp::address(var_c, var_0);
        var_52 = wp::load(var_49);
        var_53 = wp::load(var_50);
        var_51 = wp::add(var_52, var_53);
        var_54 = wp::mul(var_46, var_51);
        // z = (                                                                                  <L 55>
        // a[i]                                                                                   <L 56>
        var_55 = wp::address(var_a, var_0);
        // + b[i]  # middle                                                                       <L 57>
        var_56 = wp::address(var_b, var_0);
        var_58 = wp::load(var_55);
        var_59 = wp::load(var_56);
        var_57 = wp::add(var_58, var_59);
        // + c[i]                                                                                 <L 58>
        var_60 = wp::address(var_c, var_0);
        var_62 = wp::load(var_60);
        var_61 = wp::add(var_57, var_62);
        // if (x > 0.0 and                                                                        <L 60>
        var_64 = (var_43 > var_63);
        // y > 0.0):                                                                              <L 61>
        var_66 = (var_54 > var_65);
        var_67 = var_64 && var_66;
        if (var_67) {
            // out[i] = x + y + z                                                                 <L 62>
            var_68 = wp::add(var_43, var_54);
            var_69 = wp::add(var_68, var_61);
            // wp::array_store(var_out, var_0, var_69);
        }
        if (!var_67) {
            // pass                                                                               <L 64>
        }
        // out[i] += 100.0 % 7.0  # modulo with a percent sign: 100 % 7                           <L 65>
        var_72 = wp::mod(var_70, var_71);
        // var_73 = wp::atomic_add(var_out, var_0, var_72);
        //---------
        // reverse
        wp::adj_atomic_add(var_out, var_0, var_72, adj_out, adj_0, adj_72, adj_73);
        wp::adj_mod(var_70, var_71, adj_70, adj_71, adj_72);
        // adj: out[i] += 100.0 % 7.0  # modulo with a percent sign: 100 % 7                      <L 65>
        if (!var_67) {
            // adj: pass                                                                          <L 64>
        }
        if (var_67) {
            wp::adj_array_store(var_out, var_0, var_69, adj_out, adj_0, adj_69);
            wp::adj_add(var_68, var_61, adj_68, adj_61, adj_69);
            wp::adj_add(var_43, var_54, adj_43, adj_54, adj_68);
            // adj: out[i] = x + y + z                                                            <L 62>
        }
        // adj: y > 0.0):                                                                         <L 61>
        // adj: if (x > 0.0 and                                                                   <L 60>
        wp::adj_add(var_57, var_62, adj_57, adj_60, adj_61);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_60);
        // adj: + c[i]                                                                            <L 58>
        wp::adj_add(var_58, var_59, adj_55, adj_56, adj_57);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_56);
        // adj: + b[i]  # middle                                                                  <L 57>
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_55);
        // adj: a[i]                                                                              <L 56>
        // adj: z = (                                                                             <L 55>
        wp::adj_mul(var_46, var_51, adj_46, adj_51, adj_54);
        wp::adj_add(var_52, var_53, adj_49, adj_50, adj_51);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_50);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_49);
        // adj: (b[i] + c[i])                                                                     <L 54>
        wp::adj_add(var_47, var_48, adj_44, adj_45, adj_46);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_45);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_44);
        // adj: y = (a[i] + b[i]) * \                                                             <L 53>
        wp::adj_sub(var_41, var_42, adj_41, adj_42, adj_43);
        wp::adj_add(var_33, var_40, adj_33, adj_40, adj_41);
        wp::adj_mul(var_36, var_39, adj_36, adj_39, adj_40);
        wp::adj_mul(var_37, var_38, adj_34, adj_35, adj_36);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_35);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_34);
        wp::adj_add(var_25, var_32, adj_25, adj_32, adj_33);
        wp::adj_mul(var_28, var_31, adj_28, adj_31, adj_32);
        wp::adj_mul(var_29, var_30, adj_26, adj_27, adj_28);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_27);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_26);
        wp::adj_add(var_17, var_24, adj_17, adj_24, adj_25);
        wp::adj_mul(var_20, var_23, adj_20, adj_23, adj_24);
        wp::adj_mul(var_21, var_22, adj_18, adj_19, adj_20);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_19);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_18);
        wp::adj_add(var_11, var_14, adj_11, adj_14, adj_17);
        wp::adj_mul(var_15, var_16, adj_12, adj_13, adj_14);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_13);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_12);
        wp::adj_add(var_3, var_8, adj_3, adj_8, adj_11);
        wp::adj_mul(var_9, var_10, adj_6, adj_7, adj_8);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_7);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_6);
        wp::adj_mul(var_4, var_5, adj_1, adj_2, adj_3);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i] * b[i] + b[i] * c[i] + c[i] * a[i] + a[i] * a[i] * 0.5 + b[i] * b[i] * 0.25 + c[i] * c[i] * 0.125 - 1.0  <L 52>
        // adj: i = wp.tid()                                                                      <L 51>
        // adj: def long_lines(a: wp.array(dtype=float), b: wp.array(dtype=float), c: wp.array(dtype=float), out: wp.array(dtype=float)):  <L 50>
        continue;
    }
}



extern "C" __global__ void printing_25c2093b_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::int32 var_n)
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
        const wp::str var_3 = "n=%d first=%f\n";
        const wp::int32 var_4 = 0;
        wp::float32* var_5;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::float32* var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        const wp::int32 var_12 = 1;
        wp::float32* var_13;
        const wp::int32 var_14 = 2;
        wp::float32* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        wp::float32 var_23;
        const wp::str var_24 = "negative value at %d: %g (100%%)\n";
        wp::float32* var_25;
        wp::float32 var_26;
        //---------
        // forward
        // def printing(a: wp.array(dtype=float), n: int):                                        <L 69>
        // i = wp.tid()                                                                           <L 70>
        var_0 = builtin_tid1d();
        // if i == 0:                                                                             <L 71>
        var_2 = (var_0 == var_1);
        if (var_2) {
            // wp.printf("n=%d first=%f\n", n, a[0])                                              <L 72>
            var_5 = wp::address(var_a, var_4);
            var_6 = wp::load(var_5);
            printf(var_3, var_n, var_6);
            // print(a[0])                                                                        <L 73>
            var_8 = wp::address(var_a, var_7);
            var_9 = wp::load(var_8);
            wp::print(var_9);
            // print(wp.vec3(a[0], a[1], a[2]))                                                   <L 74>
            var_11 = wp::address(var_a, var_10);
            var_13 = wp::address(var_a, var_12);
            var_15 = wp::address(var_a, var_14);
            var_17 = wp::load(var_11);
            var_18 = wp::load(var_13);
            var_19 = wp::load(var_15);
            var_16 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
            wp::print(var_16);
        }
        // if a[i] < 0.0:                                                                         <L 75>
        var_20 = wp::address(var_a, var_0);
        var_23 = wp::load(var_20);
        var_22 = (var_23 < var_21);
        if (var_22) {
            // wp.printf("negative value at %d: %g (100%%)\n", i, a[i])                           <L 76>
            var_25 = wp::address(var_a, var_0);
            var_26 = wp::load(var_25);
            printf(var_24, var_0, var_26);
        }
    }
}



extern "C" __global__ void printing_25c2093b_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::float32> var_a,
    wp::int32 var_n,
    wp::array_t<wp::float32> adj_a,
    wp::int32 adj_n)
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
        const wp::str var_3 = "n=%d first=%f\n";
        const wp::int32 var_4 = 0;
        wp::float32* var_5;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::float32* var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        const wp::int32 var_12 = 1;
        wp::float32* var_13;
        const wp::int32 var_14 = 2;
        wp::float32* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        wp::float32 var_23;
        const wp::str var_24 = "negative value at %d: %g (100%%)\n";
        wp::float32* var_25;
        wp::float32 var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::str adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        bool adj_22 = {};
        wp::float32 adj_23 = {};
        wp::str adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        //---------
        // forward
        // def printing(a: wp.array(dtype=float), n: int):                                        <L 69>
        // i = wp.tid()                                                                           <L 70>
        var_0 = builtin_tid1d();
        // if i == 0:                                                                             <L 71>
        var_2 = (var_0 == var_1);
        if (var_2) {
            // wp.printf("n=%d first=%f\n", n, a[0])                                              <L 72>
            var_5 = wp::address(var_a, var_4);
            var_6 = wp::load(var_5);
            printf(var_3, var_n, var_6);
            // print(a[0])                                                                        <L 73>
            var_8 = wp::address(var_a, var_7);
            var_9 = wp::load(var_8);
            wp::print(var_9);
            // print(wp.vec3(a[0], a[1], a[2]))                                                   <L 74>
            var_11 = wp::address(var_a, var_10);
            var_13 = wp::address(var_a, var_12);
            var_15 = wp::address(var_a, var_14);
            var_17 = wp::load(var_11);
            var_18 = wp::load(var_13);
            var_19 = wp::load(var_15);
            var_16 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
            wp::print(var_16);
        }
        // if a[i] < 0.0:                                                                         <L 75>
        var_20 = wp::address(var_a, var_0);
        var_23 = wp::load(var_20);
        var_22 = (var_23 < var_21);
        if (var_22) {
            // wp.printf("negative value at %d: %g (100%%)\n", i, a[i])                           <L 76>
            var_25 = wp::address(var_a, var_0);
            var_26 = wp::load(var_25);
            printf(var_24, var_0, var_26);
        }
        //---------
        // reverse
        if (var_22) {
            wp::adj_address(var_a, var_0, adj_a, adj_0, adj_25);
            // adj: wp.printf("negative value at %d: %g (100%%)\n", i, a[i])                      <L 76>
        }
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_20);
        // adj: if a[i] < 0.0:                                                                    <L 75>
        if (var_2) {
            wp::adj_print(var_16, adj_16);
            wp::adj_vec_t(var_17, var_18, var_19, adj_11, adj_13, adj_15, adj_16);
            wp::adj_address(var_a, var_14, adj_a, adj_14, adj_15);
            wp::adj_address(var_a, var_12, adj_a, adj_12, adj_13);
            wp::adj_address(var_a, var_10, adj_a, adj_10, adj_11);
            // adj: print(wp.vec3(a[0], a[1], a[2]))                                              <L 74>
            wp::adj_print(var_9, adj_8);
            wp::adj_address(var_a, var_7, adj_a, adj_7, adj_8);
            // adj: print(a[0])                                                                   <L 73>
            wp::adj_address(var_a, var_4, adj_a, adj_4, adj_5);
            // adj: wp.printf("n=%d first=%f\n", n, a[0])                                         <L 72>
        }
        // adj: if i == 0:                                                                        <L 71>
        // adj: i = wp.tid()                                                                      <L 70>
        // adj: def printing(a: wp.array(dtype=float), n: int):                                   <L 69>
        continue;
    }
}



extern "C" __global__ void tabs_and_semicolons_c1ca94a0_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_a)
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
        const wp::int32 var_4 = 2;
        wp::int32 var_5;
        wp::int32 var_6;
        //---------
        // forward
        // def tabs_and_semicolons(a: wp.array(dtype=int)):                                       <L 80>
        // i = wp.tid()                                                                           <L 81>
        var_0 = builtin_tid1d();
        // x = a[i]; y = x * 2                                                                    <L 82>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        var_5 = wp::mul(var_2, var_4);
        // a[i] = x + y  # "quoted" 'text' and backslash \ in comment                             <L 83>
        var_6 = wp::add(var_2, var_5);
        wp::array_store(var_a, var_0, var_6);
    }
}



extern "C" __global__ void tabs_and_semicolons_c1ca94a0_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> adj_a)
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
        const wp::int32 var_4 = 2;
        wp::int32 var_5;
        wp::int32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        //---------
        // forward
        // def tabs_and_semicolons(a: wp.array(dtype=int)):                                       <L 80>
        // i = wp.tid()                                                                           <L 81>
        var_0 = builtin_tid1d();
        // x = a[i]; y = x * 2                                                                    <L 82>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        var_5 = wp::mul(var_2, var_4);
        // a[i] = x + y  # "quoted" 'text' and backslash \ in comment                             <L 83>
        var_6 = wp::add(var_2, var_5);
        // wp::array_store(var_a, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_6, adj_a, adj_0, adj_6);
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_6);
        // adj: a[i] = x + y  # "quoted" 'text' and backslash \ in comment                        <L 83>
        wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: x = a[i]; y = x * 2                                                               <L 82>
        // adj: i = wp.tid()                                                                      <L 81>
        // adj: def tabs_and_semicolons(a: wp.array(dtype=int)):                                  <L 80>
        continue;
    }
}

