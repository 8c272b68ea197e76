
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

struct wp_args_double_field_fe23253f {
    wp::uint64 v;
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::vec_t<3, wp::int32>> c;
    wp::array_t<wp::float64> out;
};


void double_field_fe23253f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_double_field_fe23253f *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::int32>> var_c = _wp_args->c;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::float32 var_5 = 4.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 1;
    wp::float64 var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    wp::float64 var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    wp::float64 var_16;
    wp::float64 var_17;
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 2;
    wp::int32 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    const wp::int32 var_26 = 0;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    const wp::int32 var_30 = 2;
    wp::int32 var_31;
    wp::float32 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    const wp::int32 var_35 = 0;
    wp::int32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    const wp::int32 var_41 = 2;
    wp::int32 var_42;
    wp::int32 var_43;
    //---------
    // forward
    // def double_field(v: wp.uint64, p: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3i), out: wp.array(dtype=wp.float64)):       <L 9>
    // t = wp.tid()                                                                           <L 10>
    var_0 = builtin_tid1d();
    // q = c[t]                                                                               <L 11>
    var_1 = wp::address(var_c, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = p[t] * 4.0                                                                       <L 12>
    var_4 = wp::address(var_p, var_0);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    // s = wp.volume_sample(v, uvw, wp.Volume.LINEAR, dtype=wp.float64)                       <L 13>
    var_10 = wp::volume_sample<wp::float64>(var_v, var_6, var_9);
    // s += wp.volume_sample(v, uvw, wp.Volume.CLOSEST, dtype=wp.float64)                     <L 14>
    var_13 = wp::volume_sample<wp::float64>(var_v, var_6, var_12);
    var_16 = wp::volume_sample<wp::float64>(var_v, var_6, var_15);
    var_17 = wp::add(var_10, var_16);
    // out[t] = s + wp.volume_lookup(v, q[0], q[1], q[2], dtype=wp.float64) + wp.float64(wp.volume_lookup_f(v, q[0], q[1], q[2]))       <L 15>
    var_19 = wp::extract(var_2, var_18);
    var_21 = wp::extract(var_2, var_20);
    var_23 = wp::extract(var_2, var_22);
    var_24 = wp::volume_lookup<wp::float64>(var_v, var_19, var_21, var_23);
    var_25 = wp::add(var_17, var_24);
    var_27 = wp::extract(var_2, var_26);
    var_29 = wp::extract(var_2, var_28);
    var_31 = wp::extract(var_2, var_30);
    var_32 = wp::volume_lookup_f(var_v, var_27, var_29, var_31);
    var_33 = wp::float64(var_32);
    var_34 = wp::add(var_25, var_33);
    wp::array_store(var_out, var_0, var_34);
    // wp.volume_store(v, q[0] - 1, q[1], -q[2], s)                                           <L 16>
    var_36 = wp::extract(var_2, var_35);
    var_38 = wp::sub(var_36, var_37);
    var_40 = wp::extract(var_2, var_39);
    var_42 = wp::extract(var_2, var_41);
    var_43 = wp::neg(var_42);
    wp::volume_store(var_v, var_38, var_40, var_43, var_17);
}



void double_field_fe23253f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_double_field_fe23253f *_wp_args,
    wp_args_double_field_fe23253f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::int32>> var_c = _wp_args->c;
    wp::array_t<wp::float64> var_out = _wp_args->out;
    wp::uint64 adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_c = _wp_adj_args->c;
    wp::array_t<wp::float64> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::float32 var_5 = 4.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 1;
    wp::float64 var_10;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    wp::float64 var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    wp::float64 var_16;
    wp::float64 var_17;
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 2;
    wp::int32 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    const wp::int32 var_26 = 0;
    wp::int32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    const wp::int32 var_30 = 2;
    wp::int32 var_31;
    wp::float32 var_32;
    wp::float64 var_33;
    wp::float64 var_34;
    const wp::int32 var_35 = 0;
    wp::int32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    const wp::int32 var_39 = 1;
    wp::int32 var_40;
    const wp::int32 var_41 = 2;
    wp::int32 var_42;
    wp::int32 var_43;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::int32> adj_1 = {};
    wp::vec_t<3, wp::int32> adj_2 = {};
    wp::vec_t<3, wp::int32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float64 adj_33 = {};
    wp::float64 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    //---------
    // forward
    // def double_field(v: wp.uint64, p: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3i), out: wp.array(dtype=wp.float64)):       <L 9>
    // t = wp.tid()                                                                           <L 10>
    var_0 = builtin_tid1d();
    // q = c[t]                                                                               <L 11>
    var_1 = wp::address(var_c, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = p[t] * 4.0                                                                       <L 12>
    var_4 = wp::address(var_p, var_0);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    // s = wp.volume_sample(v, uvw, wp.Volume.LINEAR, dtype=wp.float64)                       <L 13>
    var_10 = wp::volume_sample<wp::float64>(var_v, var_6, var_9);
    // s += wp.volume_sample(v, uvw, wp.Volume.CLOSEST, dtype=wp.float64)                     <L 14>
    var_13 = wp::volume_sample<wp::float64>(var_v, var_6, var_12);
    var_16 = wp::volume_sample<wp::float64>(var_v, var_6, var_15);
    var_17 = wp::add(var_10, var_16);
    // out[t] = s + wp.volume_lookup(v, q[0], q[1], q[2], dtype=wp.float64) + wp.float64(wp.volume_lookup_f(v, q[0], q[1], q[2]))       <L 15>
    var_19 = wp::extract(var_2, var_18);
    var_21 = wp::extract(var_2, var_20);
    var_23 = wp::extract(var_2, var_22);
    var_24 = wp::volume_lookup<wp::float64>(var_v, var_19, var_21, var_23);
    var_25 = wp::add(var_17, var_24);
    var_27 = wp::extract(var_2, var_26);
    var_29 = wp::extract(var_2, var_28);
    var_31 = wp::extract(var_2, var_30);
    var_32 = wp::volume_lookup_f(var_v, var_27, var_29, var_31);
    var_33 = wp::float64(var_32);
    var_34 = wp::add(var_25, var_33);
    // wp::array_store(var_out, var_0, var_34);
    // wp.volume_store(v, q[0] - 1, q[1], -q[2], s)                                           <L 16>
    var_36 = wp::extract(var_2, var_35);
    var_38 = wp::sub(var_36, var_37);
    var_40 = wp::extract(var_2, var_39);
    var_42 = wp::extract(var_2, var_41);
    var_43 = wp::neg(var_42);
    wp::volume_store(var_v, var_38, var_40, var_43, var_17);
    //---------
    // reverse
    wp::adj_neg(var_42, adj_42, adj_43);
    wp::adj_extract(var_2, var_41, adj_2, adj_41, adj_42);
    wp::adj_extract(var_2, var_39, adj_2, adj_39, adj_40);
    wp::adj_sub(var_36, var_37, adj_36, adj_37, adj_38);
    wp::adj_extract(var_2, var_35, adj_2, adj_35, adj_36);
    // adj: wp.volume_store(v, q[0] - 1, q[1], -q[2], s)                                      <L 16>
    wp::adj_array_store(var_out, var_0, var_34, adj_out, adj_0, adj_34);
    wp::adj_add(var_25, var_33, adj_25, adj_33, adj_34);
    wp::adj_float64(var_32, adj_32, adj_33);
    wp::adj_extract(var_2, var_30, adj_2, adj_30, adj_31);
    wp::adj_extract(var_2, var_28, adj_2, adj_28, adj_29);
    wp::adj_extract(var_2, var_26, adj_2, adj_26, adj_27);
    wp::adj_add(var_17, var_24, adj_17, adj_24, adj_25);
    wp::adj_extract(var_2, var_22, adj_2, adj_22, adj_23);
    wp::adj_extract(var_2, var_20, adj_2, adj_20, adj_21);
    wp::adj_extract(var_2, var_18, adj_2, adj_18, adj_19);
    // adj: out[t] = s + wp.volume_lookup(v, q[0], q[1], q[2], dtype=wp.float64) + wp.float64(wp.volume_lookup_f(v, q[0], q[1], q[2]))  <L 15>
    wp::adj_add(var_10, var_16, adj_10, adj_16, adj_17);
    wp::adj_volume_sample(var_v, var_6, var_15, adj_v, adj_6, adj_15, adj_16);
    wp::adj_volume_sample(var_v, var_6, var_12, adj_v, adj_6, adj_12, adj_13);
    // adj: s += wp.volume_sample(v, uvw, wp.Volume.CLOSEST, dtype=wp.float64)                <L 14>
    wp::adj_volume_sample(var_v, var_6, var_9, adj_v, adj_6, adj_9, adj_10);
    // adj: s = wp.volume_sample(v, uvw, wp.Volume.LINEAR, dtype=wp.float64)                  <L 13>
    wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_4);
    // adj: uvw = p[t] * 4.0                                                                  <L 12>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_1);
    // adj: q = c[t]                                                                          <L 11>
    // adj: t = wp.tid()                                                                      <L 10>
    // adj: def double_field(v: wp.uint64, p: wp.array(dtype=wp.vec3), c: wp.array(dtype=wp.vec3i), out: wp.array(dtype=wp.float64)):  <L 9>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void double_field_fe23253f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_double_field_fe23253f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        double_field_fe23253f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void double_field_fe23253f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_double_field_fe23253f *_wp_args,
    wp_args_double_field_fe23253f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        double_field_fe23253f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_int_fields_9c87302f {
    wp::uint64 vi;
    wp::uint64 vl;
    wp::uint64 vu;
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::vec_t<3, wp::int32>> c;
    wp::array_t<wp::int32> out_i;
    wp::array_t<wp::int64> out_l;
    wp::array_t<wp::uint32> out_u;
};


void int_fields_9c87302f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_int_fields_9c87302f *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_vi = _wp_args->vi;
    wp::uint64 var_vl = _wp_args->vl;
    wp::uint64 var_vu = _wp_args->vu;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::int32>> var_c = _wp_args->c;
    wp::array_t<wp::int32> var_out_i = _wp_args->out_i;
    wp::array_t<wp::int64> var_out_l = _wp_args->out_l;
    wp::array_t<wp::uint32> var_out_u = _wp_args->out_u;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::float32 var_5 = 4.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 2;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = 0;
    wp::int64 var_28;
    const wp::int32 var_29 = 0;
    wp::int32 var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    const wp::int32 var_34 = 2;
    wp::int32 var_35;
    wp::int64 var_36;
    wp::int64 var_37;
    const wp::int32 var_38 = 1;
    const wp::int32 var_39 = 1;
    wp::uint32 var_40;
    const wp::int32 var_41 = 0;
    wp::int32 var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    const wp::int32 var_45 = 2;
    wp::int32 var_46;
    wp::int32 var_47;
    wp::uint32 var_48;
    wp::uint32 var_49;
    const wp::int32 var_50 = 0;
    wp::int32 var_51;
    const wp::int32 var_52 = 1;
    wp::int32 var_53;
    const wp::int32 var_54 = 2;
    wp::int32 var_55;
    wp::int64 var_56;
    const wp::int32 var_57 = 1000000007;
    wp::int64 var_58;
    wp::int64 var_59;
    const wp::int32 var_60 = 0;
    wp::int32 var_61;
    wp::int32 var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    const wp::int32 var_65 = 2;
    wp::int32 var_66;
    wp::uint32 var_67;
    const wp::int32 var_68 = 4000000000;
    wp::uint32 var_69;
    wp::uint32 var_70;
    //---------
    // forward
    // def int_fields(                                                                        <L 20>
    // t = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // q = c[t]                                                                               <L 31>
    var_1 = wp::address(var_c, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = p[t] * 4.0                                                                       <L 32>
    var_4 = wp::address(var_p, var_0);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    // grid_point = wp.vec3(float(q[0]), float(-q[1]), float(q[2]))                           <L 33>
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::float(var_9);
    var_12 = wp::extract(var_2, var_11);
    var_13 = wp::neg(var_12);
    var_14 = wp::float(var_13);
    var_16 = wp::extract(var_2, var_15);
    var_17 = wp::float(var_16);
    var_18 = wp::vec_t<3, wp::float32>(var_10, var_14, var_17);
    // out_i[t] = wp.volume_sample(vi, uvw, wp.Volume.LINEAR, dtype=wp.int32) + wp.volume_sample(vi, grid_point, wp.Volume.LINEAR, dtype=wp.int32)       <L 34>
    var_21 = wp::volume_sample<wp::int32>(var_vi, var_6, var_20);
    var_24 = wp::volume_sample<wp::int32>(var_vi, var_18, var_23);
    var_25 = wp::add(var_21, var_24);
    wp::array_store(var_out_i, var_0, var_25);
    // out_l[t] = wp.volume_sample(vl, uvw, wp.Volume.CLOSEST, dtype=wp.int64) + wp.volume_lookup(vl, -q[0], q[1], q[2], dtype=wp.int64)       <L 35>
    var_28 = wp::volume_sample<wp::int64>(var_vl, var_6, var_27);
    var_30 = wp::extract(var_2, var_29);
    var_31 = wp::neg(var_30);
    var_33 = wp::extract(var_2, var_32);
    var_35 = wp::extract(var_2, var_34);
    var_36 = wp::volume_lookup<wp::int64>(var_vl, var_31, var_33, var_35);
    var_37 = wp::add(var_28, var_36);
    wp::array_store(var_out_l, var_0, var_37);
    // out_u[t] = wp.volume_sample(vu, grid_point, wp.Volume.LINEAR, dtype=wp.uint32) + wp.volume_lookup(vu, q[0], q[1], -q[2], dtype=wp.uint32)       <L 36>
    var_40 = wp::volume_sample<wp::uint32>(var_vu, var_18, var_39);
    var_42 = wp::extract(var_2, var_41);
    var_44 = wp::extract(var_2, var_43);
    var_46 = wp::extract(var_2, var_45);
    var_47 = wp::neg(var_46);
    var_48 = wp::volume_lookup<wp::uint32>(var_vu, var_42, var_44, var_47);
    var_49 = wp::add(var_40, var_48);
    wp::array_store(var_out_u, var_0, var_49);
    // wp.volume_store(vl, q[0], q[1], q[2], wp.int64(t) * wp.int64(1000000007))              <L 37>
    var_51 = wp::extract(var_2, var_50);
    var_53 = wp::extract(var_2, var_52);
    var_55 = wp::extract(var_2, var_54);
    var_56 = wp::int64(var_0);
    var_58 = wp::int64(var_57);
    var_59 = wp::mul(var_56, var_58);
    wp::volume_store(var_vl, var_51, var_53, var_55, var_59);
    // wp.volume_store(vu, -q[0], q[1], q[2], wp.uint32(t) + wp.uint32(4000000000))           <L 38>
    var_61 = wp::extract(var_2, var_60);
    var_62 = wp::neg(var_61);
    var_64 = wp::extract(var_2, var_63);
    var_66 = wp::extract(var_2, var_65);
    var_67 = wp::uint32(var_0);
    var_69 = wp::uint32(var_68);
    var_70 = wp::add(var_67, var_69);
    wp::volume_store(var_vu, var_62, var_64, var_66, var_70);
}



void int_fields_9c87302f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_int_fields_9c87302f *_wp_args,
    wp_args_int_fields_9c87302f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_vi = _wp_args->vi;
    wp::uint64 var_vl = _wp_args->vl;
    wp::uint64 var_vu = _wp_args->vu;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::int32>> var_c = _wp_args->c;
    wp::array_t<wp::int32> var_out_i = _wp_args->out_i;
    wp::array_t<wp::int64> var_out_l = _wp_args->out_l;
    wp::array_t<wp::uint32> var_out_u = _wp_args->out_u;
    wp::uint64 adj_vi = _wp_adj_args->vi;
    wp::uint64 adj_vl = _wp_adj_args->vl;
    wp::uint64 adj_vu = _wp_adj_args->vu;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_c = _wp_adj_args->c;
    wp::array_t<wp::int32> adj_out_i = _wp_adj_args->out_i;
    wp::array_t<wp::int64> adj_out_l = _wp_adj_args->out_l;
    wp::array_t<wp::uint32> adj_out_u = _wp_adj_args->out_u;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::float32 var_5 = 4.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 2;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = 0;
    wp::int64 var_28;
    const wp::int32 var_29 = 0;
    wp::int32 var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    const wp::int32 var_34 = 2;
    wp::int32 var_35;
    wp::int64 var_36;
    wp::int64 var_37;
    const wp::int32 var_38 = 1;
    const wp::int32 var_39 = 1;
    wp::uint32 var_40;
    const wp::int32 var_41 = 0;
    wp::int32 var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    const wp::int32 var_45 = 2;
    wp::int32 var_46;
    wp::int32 var_47;
    wp::uint32 var_48;
    wp::uint32 var_49;
    const wp::int32 var_50 = 0;
    wp::int32 var_51;
    const wp::int32 var_52 = 1;
    wp::int32 var_53;
    const wp::int32 var_54 = 2;
    wp::int32 var_55;
    wp::int64 var_56;
    const wp::int32 var_57 = 1000000007;
    wp::int64 var_58;
    wp::int64 var_59;
    const wp::int32 var_60 = 0;
    wp::int32 var_61;
    wp::int32 var_62;
    const wp::int32 var_63 = 1;
    wp::int32 var_64;
    const wp::int32 var_65 = 2;
    wp::int32 var_66;
    wp::uint32 var_67;
    const wp::int32 var_68 = 4000000000;
    wp::uint32 var_69;
    wp::uint32 var_70;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::int32> adj_1 = {};
    wp::vec_t<3, wp::int32> adj_2 = {};
    wp::vec_t<3, wp::int32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int64 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int64 adj_36 = {};
    wp::int64 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::uint32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::uint32 adj_48 = {};
    wp::uint32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int64 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int64 adj_58 = {};
    wp::int64 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::uint32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::uint32 adj_69 = {};
    wp::uint32 adj_70 = {};
    //---------
    // forward
    // def int_fields(                                                                        <L 20>
    // t = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // q = c[t]                                                                               <L 31>
    var_1 = wp::address(var_c, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = p[t] * 4.0                                                                       <L 32>
    var_4 = wp::address(var_p, var_0);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    // grid_point = wp.vec3(float(q[0]), float(-q[1]), float(q[2]))                           <L 33>
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::float(var_9);
    var_12 = wp::extract(var_2, var_11);
    var_13 = wp::neg(var_12);
    var_14 = wp::float(var_13);
    var_16 = wp::extract(var_2, var_15);
    var_17 = wp::float(var_16);
    var_18 = wp::vec_t<3, wp::float32>(var_10, var_14, var_17);
    // out_i[t] = wp.volume_sample(vi, uvw, wp.Volume.LINEAR, dtype=wp.int32) + wp.volume_sample(vi, grid_point, wp.Volume.LINEAR, dtype=wp.int32)       <L 34>
    var_21 = wp::volume_sample<wp::int32>(var_vi, var_6, var_20);
    var_24 = wp::volume_sample<wp::int32>(var_vi, var_18, var_23);
    var_25 = wp::add(var_21, var_24);
    // wp::array_store(var_out_i, var_0, var_25);
    // out_l[t] = wp.volume_sample(vl, uvw, wp.Volume.CLOSEST, dtype=wp.int64) + wp.volume_lookup(vl, -q[0], q[1], q[2], dtype=wp.int64)       <L 35>
    var_28 = wp::volume_sample<wp::int64>(var_vl, var_6, var_27);
    var_30 = wp::extract(var_2, var_29);
    var_31 = wp::neg(var_30);
    var_33 = wp::extract(var_2, var_32);
    var_35 = wp::extract(var_2, var_34);
    var_36 = wp::volume_lookup<wp::int64>(var_vl, var_31, var_33, var_35);
    var_37 = wp::add(var_28, var_36);
    // wp::array_store(var_out_l, var_0, var_37);
    // out_u[t] = wp.volume_sample(vu, grid_point, wp.Volume.LINEAR, dtype=wp.uint32) + wp.volume_lookup(vu, q[0], q[1], -q[2], dtype=wp.uint32)       <L 36>
    var_40 = wp::volume_sample<wp::uint32>(var_vu, var_18, var_39);
    var_42 = wp::extract(var_2, var_41);
    var_44 = wp::extract(var_2, var_43);
    var_46 = wp::extract(var_2, var_45);
    var_47 = wp::neg(var_46);
    var_48 = wp::volume_lookup<wp::uint32>(var_vu, var_42, var_44, var_47);
    var_49 = wp::add(var_40, var_48);
    // wp::array_store(var_out_u, var_0, var_49);
    // wp.volume_store(vl, q[0], q[1], q[2], wp.int64(t) * wp.int64(1000000007))              <L 37>
    var_51 = wp::extract(var_2, var_50);
    var_53 = wp::extract(var_2, var_52);
    var_55 = wp::extract(var_2, var_54);
    var_56 = wp::int64(var_0);
    var_58 = wp::int64(var_57);
    var_59 = wp::mul(var_56, var_58);
    wp::volume_store(var_vl, var_51, var_53, var_55, var_59);
    // wp.volume_store(vu, -q[0], q[1], q[2], wp.uint32(t) + wp.uint32(4000000000))           <L 38>
    var_61 = wp::extract(var_2, var_60);
    var_62 = wp::neg(var_61);
    var_64 = wp::extract(var_2, var_63);
    var_66 = wp::extract(var_2, var_65);
    var_67 = wp::uint32(var_0);
    var_69 = wp::uint32(var_68);
    var_70 = wp::add(var_67, var_69);
    wp::volume_store(var_vu, var_62, var_64, var_66, var_70);
    //---------
    // reverse
    wp::adj_add(var_67, var_69, adj_67, adj_69, adj_70);
    wp::adj_uint32(var_68, adj_68, adj_69);
    wp::adj_uint32(var_0, adj_0, adj_67);
    wp::adj_extract(var_2, var_65, adj_2, adj_65, adj_66);
    wp::adj_extract(var_2, var_63, adj_2, adj_63, adj_64);
    wp::adj_neg(var_61, adj_61, adj_62);
    wp::adj_extract(var_2, var_60, adj_2, adj_60, adj_61);
    // adj: wp.volume_store(vu, -q[0], q[1], q[2], wp.uint32(t) + wp.uint32(4000000000))      <L 38>
    wp::adj_mul(var_56, var_58, adj_56, adj_58, adj_59);
    wp::adj_int64(var_57, adj_57, adj_58);
    wp::adj_int64(var_0, adj_0, adj_56);
    wp::adj_extract(var_2, var_54, adj_2, adj_54, adj_55);
    wp::adj_extract(var_2, var_52, adj_2, adj_52, adj_53);
    wp::adj_extract(var_2, var_50, adj_2, adj_50, adj_51);
    // adj: wp.volume_store(vl, q[0], q[1], q[2], wp.int64(t) * wp.int64(1000000007))         <L 37>
    wp::adj_array_store(var_out_u, var_0, var_49, adj_out_u, adj_0, adj_49);
    wp::adj_add(var_40, var_48, adj_40, adj_48, adj_49);
    wp::adj_neg(var_46, adj_46, adj_47);
    wp::adj_extract(var_2, var_45, adj_2, adj_45, adj_46);
    wp::adj_extract(var_2, var_43, adj_2, adj_43, adj_44);
    wp::adj_extract(var_2, var_41, adj_2, adj_41, adj_42);
    wp::adj_volume_sample(var_vu, var_18, var_39, adj_vu, adj_18, adj_39, adj_40);
    // adj: out_u[t] = wp.volume_sample(vu, grid_point, wp.Volume.LINEAR, dtype=wp.uint32) + wp.volume_lookup(vu, q[0], q[1], -q[2], dtype=wp.uint32)  <L 36>
    wp::adj_array_store(var_out_l, var_0, var_37, adj_out_l, adj_0, adj_37);
    wp::adj_add(var_28, var_36, adj_28, adj_36, adj_37);
    wp::adj_extract(var_2, var_34, adj_2, adj_34, adj_35);
    wp::adj_extract(var_2, var_32, adj_2, adj_32, adj_33);
    wp::adj_neg(var_30, adj_30, adj_31);
    wp::adj_extract(var_2, var_29, adj_2, adj_29, adj_30);
    wp::adj_volume_sample(var_vl, var_6, var_27, adj_vl, adj_6, adj_27, adj_28);
    // adj: out_l[t] = wp.volume_sample(vl, uvw, wp.Volume.CLOSEST, dtype=wp.int64) + wp.volume_lookup(vl, -q[0], q[1], q[2], dtype=wp.int64)  <L 35>
    wp::adj_array_store(var_out_i, var_0, var_25, adj_out_i, adj_0, adj_25);
    wp::adj_add(var_21, var_24, adj_21, adj_24, adj_25);
    wp::adj_volume_sample(var_vi, var_18, var_23, adj_vi, adj_18, adj_23, adj_24);
    wp::adj_volume_sample(var_vi, var_6, var_20, adj_vi, adj_6, adj_20, adj_21);
    // adj: out_i[t] = wp.volume_sample(vi, uvw, wp.Volume.LINEAR, dtype=wp.int32) + wp.volume_sample(vi, grid_point, wp.Volume.LINEAR, dtype=wp.int32)  <L 34>
    wp::adj_vec_t(var_10, var_14, var_17, adj_10, adj_14, adj_17, adj_18);
    wp::adj_float(var_16, adj_16, adj_17);
    wp::adj_extract(var_2, var_15, adj_2, adj_15, adj_16);
    wp::adj_float(var_13, adj_13, adj_14);
    wp::adj_neg(var_12, adj_12, adj_13);
    wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
    wp::adj_float(var_9, adj_9, adj_10);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    // adj: grid_point = wp.vec3(float(q[0]), float(-q[1]), float(q[2]))                      <L 33>
    wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_4);
    // adj: uvw = p[t] * 4.0                                                                  <L 32>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_1);
    // adj: q = c[t]                                                                          <L 31>
    // adj: t = wp.tid()                                                                      <L 30>
    // adj: def int_fields(                                                                   <L 20>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void int_fields_9c87302f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_int_fields_9c87302f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        int_fields_9c87302f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void int_fields_9c87302f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_int_fields_9c87302f *_wp_args,
    wp_args_int_fields_9c87302f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        int_fields_9c87302f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_vector_fields_119044bb {
    wp::uint64 v3d;
    wp::uint64 v4f;
    wp::uint64 v4d;
    wp::array_t<wp::vec_t<3, wp::float32>> p;
    wp::array_t<wp::vec_t<3, wp::int32>> c;
    wp::array_t<wp::vec_t<3, wp::float64>> out3;
    wp::array_t<wp::vec_t<4, wp::float32>> out4;
    wp::array_t<wp::vec_t<4, wp::float64>> out4d;
};


void vector_fields_119044bb_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_vector_fields_119044bb *_wp_args)
{
    //---------
    // argument vars
    wp::uint64 var_v3d = _wp_args->v3d;
    wp::uint64 var_v4f = _wp_args->v4f;
    wp::uint64 var_v4d = _wp_args->v4d;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::int32>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<3, wp::float64>> var_out3 = _wp_args->out3;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out4 = _wp_args->out4;
    wp::array_t<wp::vec_t<4, wp::float64>> var_out4d = _wp_args->out4d;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::float32 var_5 = 4.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 1;
    wp::vec_t<3, wp::float64> var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    const wp::int32 var_15 = 2;
    wp::int32 var_16;
    wp::vec_t<3, wp::float64> var_17;
    wp::vec_t<3, wp::float64> var_18;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    wp::vec_t<4, wp::float32> var_21;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    wp::vec_t<4, wp::float32> var_24;
    wp::vec_t<4, wp::float32> var_25;
    const wp::int32 var_26 = 1;
    const wp::int32 var_27 = 1;
    wp::vec_t<4, wp::float64> var_28;
    const wp::int32 var_29 = 0;
    wp::int32 var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::int32 var_34;
    const wp::int32 var_35 = 2;
    wp::int32 var_36;
    wp::vec_t<4, wp::float64> var_37;
    wp::vec_t<4, wp::float64> var_38;
    const wp::int32 var_39 = 0;
    wp::int32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    const wp::int32 var_43 = 2;
    wp::int32 var_44;
    wp::vec_t<3, wp::float64>* var_45;
    wp::vec_t<3, wp::float64> var_46;
    const wp::int32 var_47 = 0;
    wp::int32 var_48;
    const wp::int32 var_49 = 1;
    wp::int32 var_50;
    wp::int32 var_51;
    const wp::int32 var_52 = 2;
    wp::int32 var_53;
    wp::vec_t<4, wp::float32>* var_54;
    wp::vec_t<4, wp::float32> var_55;
    const wp::int32 var_56 = 2;
    wp::int32 var_57;
    const wp::int32 var_58 = 1;
    wp::int32 var_59;
    const wp::int32 var_60 = 0;
    wp::int32 var_61;
    wp::vec_t<4, wp::float64>* var_62;
    wp::vec_t<4, wp::float64> var_63;
    const wp::int32 var_64 = 1;
    const wp::int32 var_65 = 1;
    wp::float32 var_66;
    const wp::int32 var_67 = 0;
    wp::int32 var_68;
    const wp::int32 var_69 = 1;
    wp::int32 var_70;
    const wp::int32 var_71 = 2;
    wp::int32 var_72;
    wp::float32 var_73;
    const wp::int32 var_74 = 0;
    wp::vec_t<3, wp::float32> var_75;
    const wp::int32 var_76 = 0;
    wp::float32 var_77;
    const wp::float32 var_78 = 0.0;
    wp::vec_t<4, wp::float32> var_79;
    wp::vec_t<4, wp::float32> var_80;
    const wp::int32 var_81 = 2;
    wp::vec_t<3, wp::float64> var_82;
    wp::vec_t<3, wp::float64> var_83;
    //---------
    // forward
    // def vector_fields(                                                                     <L 42>
    // t = wp.tid()                                                                           <L 52>
    var_0 = builtin_tid1d();
    // q = c[t]                                                                               <L 53>
    var_1 = wp::address(var_c, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = p[t] * 4.0                                                                       <L 54>
    var_4 = wp::address(var_p, var_0);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    // out3[t] = wp.volume_sample(v3d, uvw, wp.Volume.LINEAR, dtype=wp.vec3d) + wp.volume_lookup(v3d, q[0], q[1], q[2], dtype=wp.vec3d)       <L 55>
    var_10 = wp::volume_sample<wp::vec_t<3, wp::float64>>(var_v3d, var_6, var_9);
    var_12 = wp::extract(var_2, var_11);
    var_14 = wp::extract(var_2, var_13);
    var_16 = wp::extract(var_2, var_15);
    var_17 = wp::volume_lookup<wp::vec_t<3, wp::float64>>(var_v3d, var_12, var_14, var_16);
    var_18 = wp::add(var_10, var_17);
    wp::array_store(var_out3, var_0, var_18);
    // out4[t] = wp.volume_sample(v4f, uvw, wp.Volume.LINEAR, dtype=wp.vec4) - wp.volume_sample(v4f, uvw, wp.Volume.CLOSEST, dtype=wp.vec4)       <L 56>
    var_21 = wp::volume_sample<wp::vec_t<4, wp::float32>>(var_v4f, var_6, var_20);
    var_24 = wp::volume_sample<wp::vec_t<4, wp::float32>>(var_v4f, var_6, var_23);
    var_25 = wp::sub(var_21, var_24);
    wp::array_store(var_out4, var_0, var_25);
    // out4d[t] = wp.volume_sample(v4d, uvw, wp.Volume.LINEAR, dtype=wp.vec4d) + wp.volume_lookup(v4d, -q[0], -q[1], q[2], dtype=wp.vec4d)       <L 57>
    var_28 = wp::volume_sample<wp::vec_t<4, wp::float64>>(var_v4d, var_6, var_27);
    var_30 = wp::extract(var_2, var_29);
    var_31 = wp::neg(var_30);
    var_33 = wp::extract(var_2, var_32);
    var_34 = wp::neg(var_33);
    var_36 = wp::extract(var_2, var_35);
    var_37 = wp::volume_lookup<wp::vec_t<4, wp::float64>>(var_v4d, var_31, var_34, var_36);
    var_38 = wp::add(var_28, var_37);
    wp::array_store(var_out4d, var_0, var_38);
    // wp.volume_store(v3d, q[0], q[1], q[2], out3[t])                                        <L 58>
    var_40 = wp::extract(var_2, var_39);
    var_42 = wp::extract(var_2, var_41);
    var_44 = wp::extract(var_2, var_43);
    var_45 = wp::address(var_out3, var_0);
    var_46 = wp::load(var_45);
    wp::volume_store(var_v3d, var_40, var_42, var_44, var_46);
    // wp.volume_store(v4f, q[0], -q[1], q[2], out4[t])                                       <L 59>
    var_48 = wp::extract(var_2, var_47);
    var_50 = wp::extract(var_2, var_49);
    var_51 = wp::neg(var_50);
    var_53 = wp::extract(var_2, var_52);
    var_54 = wp::address(var_out4, var_0);
    var_55 = wp::load(var_54);
    wp::volume_store(var_v4f, var_48, var_51, var_53, var_55);
    // wp.volume_store(v4d, q[2], q[1], q[0], out4d[t])                                       <L 60>
    var_57 = wp::extract(var_2, var_56);
    var_59 = wp::extract(var_2, var_58);
    var_61 = wp::extract(var_2, var_60);
    var_62 = wp::address(var_out4d, var_0);
    var_63 = wp::load(var_62);
    wp::volume_store(var_v4d, var_57, var_59, var_61, var_63);
    // out4[t] += wp.vec4(wp.volume_sample_f(v3d, uvw, wp.Volume.LINEAR), wp.volume_lookup_f(v3d, q[0], q[1], q[2]), wp.volume_sample_v(v3d, uvw, 0)[0], 0.0)       <L 62>
    var_66 = wp::volume_sample_f(var_v3d, var_6, var_65);
    var_68 = wp::extract(var_2, var_67);
    var_70 = wp::extract(var_2, var_69);
    var_72 = wp::extract(var_2, var_71);
    var_73 = wp::volume_lookup_f(var_v3d, var_68, var_70, var_72);
    var_75 = wp::volume_sample_v(var_v3d, var_6, var_74);
    var_77 = wp::extract(var_75, var_76);
    var_79 = wp::vec_t<4, wp::float32>(var_66, var_73, var_77, var_78);
    var_80 = wp::atomic_add(var_out4, var_0, var_79);
    // out3[t] += wp.volume_sample(v3d, uvw, 2, dtype=wp.vec3d)                               <L 63>
    var_82 = wp::volume_sample<wp::vec_t<3, wp::float64>>(var_v3d, var_6, var_81);
    var_83 = wp::atomic_add(var_out3, var_0, var_82);
}



void vector_fields_119044bb_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_vector_fields_119044bb *_wp_args,
    wp_args_vector_fields_119044bb *_wp_adj_args)
{
    //---------
    // argument vars
    wp::uint64 var_v3d = _wp_args->v3d;
    wp::uint64 var_v4f = _wp_args->v4f;
    wp::uint64 var_v4d = _wp_args->v4d;
    wp::array_t<wp::vec_t<3, wp::float32>> var_p = _wp_args->p;
    wp::array_t<wp::vec_t<3, wp::int32>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<3, wp::float64>> var_out3 = _wp_args->out3;
    wp::array_t<wp::vec_t<4, wp::float32>> var_out4 = _wp_args->out4;
    wp::array_t<wp::vec_t<4, wp::float64>> var_out4d = _wp_args->out4d;
    wp::uint64 adj_v3d = _wp_adj_args->v3d;
    wp::uint64 adj_v4f = _wp_adj_args->v4f;
    wp::uint64 adj_v4d = _wp_adj_args->v4d;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_p = _wp_adj_args->p;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_c = _wp_adj_args->c;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_out3 = _wp_adj_args->out3;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_out4 = _wp_adj_args->out4;
    wp::array_t<wp::vec_t<4, wp::float64>> adj_out4d = _wp_adj_args->out4d;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::int32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::float32 var_5 = 4.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 1;
    wp::vec_t<3, wp::float64> var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    const wp::int32 var_15 = 2;
    wp::int32 var_16;
    wp::vec_t<3, wp::float64> var_17;
    wp::vec_t<3, wp::float64> var_18;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    wp::vec_t<4, wp::float32> var_21;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    wp::vec_t<4, wp::float32> var_24;
    wp::vec_t<4, wp::float32> var_25;
    const wp::int32 var_26 = 1;
    const wp::int32 var_27 = 1;
    wp::vec_t<4, wp::float64> var_28;
    const wp::int32 var_29 = 0;
    wp::int32 var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::int32 var_34;
    const wp::int32 var_35 = 2;
    wp::int32 var_36;
    wp::vec_t<4, wp::float64> var_37;
    wp::vec_t<4, wp::float64> var_38;
    const wp::int32 var_39 = 0;
    wp::int32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    const wp::int32 var_43 = 2;
    wp::int32 var_44;
    wp::vec_t<3, wp::float64>* var_45;
    wp::vec_t<3, wp::float64> var_46;
    const wp::int32 var_47 = 0;
    wp::int32 var_48;
    const wp::int32 var_49 = 1;
    wp::int32 var_50;
    wp::int32 var_51;
    const wp::int32 var_52 = 2;
    wp::int32 var_53;
    wp::vec_t<4, wp::float32>* var_54;
    wp::vec_t<4, wp::float32> var_55;
    const wp::int32 var_56 = 2;
    wp::int32 var_57;
    const wp::int32 var_58 = 1;
    wp::int32 var_59;
    const wp::int32 var_60 = 0;
    wp::int32 var_61;
    wp::vec_t<4, wp::float64>* var_62;
    wp::vec_t<4, wp::float64> var_63;
    const wp::int32 var_64 = 1;
    const wp::int32 var_65 = 1;
    wp::float32 var_66;
    const wp::int32 var_67 = 0;
    wp::int32 var_68;
    const wp::int32 var_69 = 1;
    wp::int32 var_70;
    const wp::int32 var_71 = 2;
    wp::int32 var_72;
    wp::float32 var_73;
    const wp::int32 var_74 = 0;
    wp::vec_t<3, wp::float32> var_75;
    const wp::int32 var_76 = 0;
    wp::float32 var_77;
    const wp::float32 var_78 = 0.0;
    wp::vec_t<4, wp::float32> var_79;
    wp::vec_t<4, wp::float32> var_80;
    const wp::int32 var_81 = 2;
    wp::vec_t<3, wp::float64> var_82;
    wp::vec_t<3, wp::float64> var_83;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::int32> adj_1 = {};
    wp::vec_t<3, wp::int32> adj_2 = {};
    wp::vec_t<3, wp::int32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<3, wp::float64> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<3, wp::float64> adj_17 = {};
    wp::vec_t<3, wp::float64> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::vec_t<4, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::vec_t<4, wp::float32> adj_24 = {};
    wp::vec_t<4, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::vec_t<4, wp::float64> adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::vec_t<4, wp::float64> adj_37 = {};
    wp::vec_t<4, wp::float64> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::vec_t<3, wp::float64> adj_45 = {};
    wp::vec_t<3, wp::float64> adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::vec_t<4, wp::float32> adj_54 = {};
    wp::vec_t<4, wp::float32> adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::vec_t<4, wp::float64> adj_62 = {};
    wp::vec_t<4, wp::float64> adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::int32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::vec_t<4, wp::float32> adj_79 = {};
    wp::vec_t<4, wp::float32> adj_80 = {};
    wp::int32 adj_81 = {};
    wp::vec_t<3, wp::float64> adj_82 = {};
    wp::vec_t<3, wp::float64> adj_83 = {};
    //---------
    // forward
    // def vector_fields(                                                                     <L 42>
    // t = wp.tid()                                                                           <L 52>
    var_0 = builtin_tid1d();
    // q = c[t]                                                                               <L 53>
    var_1 = wp::address(var_c, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = p[t] * 4.0                                                                       <L 54>
    var_4 = wp::address(var_p, var_0);
    var_7 = wp::load(var_4);
    var_6 = wp::mul(var_7, var_5);
    // out3[t] = wp.volume_sample(v3d, uvw, wp.Volume.LINEAR, dtype=wp.vec3d) + wp.volume_lookup(v3d, q[0], q[1], q[2], dtype=wp.vec3d)       <L 55>
    var_10 = wp::volume_sample<wp::vec_t<3, wp::float64>>(var_v3d, var_6, var_9);
    var_12 = wp::extract(var_2, var_11);
    var_14 = wp::extract(var_2, var_13);
    var_16 = wp::extract(var_2, var_15);
    var_17 = wp::volume_lookup<wp::vec_t<3, wp::float64>>(var_v3d, var_12, var_14, var_16);
    var_18 = wp::add(var_10, var_17);
    // wp::array_store(var_out3, var_0, var_18);
    // out4[t] = wp.volume_sample(v4f, uvw, wp.Volume.LINEAR, dtype=wp.vec4) - wp.volume_sample(v4f, uvw, wp.Volume.CLOSEST, dtype=wp.vec4)       <L 56>
    var_21 = wp::volume_sample<wp::vec_t<4, wp::float32>>(var_v4f, var_6, var_20);
    var_24 = wp::volume_sample<wp::vec_t<4, wp::float32>>(var_v4f, var_6, var_23);
    var_25 = wp::sub(var_21, var_24);
    // wp::array_store(var_out4, var_0, var_25);
    // out4d[t] = wp.volume_sample(v4d, uvw, wp.Volume.LINEAR, dtype=wp.vec4d) + wp.volume_lookup(v4d, -q[0], -q[1], q[2], dtype=wp.vec4d)       <L 57>
    var_28 = wp::volume_sample<wp::vec_t<4, wp::float64>>(var_v4d, var_6, var_27);
    var_30 = wp::extract(var_2, var_29);
    var_31 = wp::neg(var_30);
    var_33 = wp::extract(var_2, var_32);
    var_34 = wp::neg(var_33);
    var_36 = wp::extract(var_2, var_35);
    var_37 = wp::volume_lookup<wp::vec_t<4, wp::float64>>(var_v4d, var_31, var_34, var_36);
    var_38 = wp::add(var_28, var_37);
    // wp::array_store(var_out4d, var_0, var_38);
    // wp.volume_store(v3d, q[0], q[1], q[2], out3[t])                                        <L 58>
    var_40 = wp::extract(var_2, var_39);
    var_42 = wp::extract(var_2, var_41);
    var_44 = wp::extract(var_2, var_43);
    var_45 = wp::address(var_out3, var_0);
    var_46 = wp::load(var_45);
    wp::volume_store(var_v3d, var_40, var_42, var_44, var_46);
    // wp.volume_store(v4f, q[0], -q[1], q[2], out4[t])                                       <L 59>
    var_48 = wp::extract(var_2, var_47);
    var_50 = wp::extract(var_2, var_49);
    var_51 = wp::neg(var_50);
    var_53 = wp::extract(var_2, var_52);
    var_54 = wp::address(var_out4, var_0);
    var_55 = wp::load(var_54);
    wp::volume_store(var_v4f, var_48, var_51, var_53, var_55);
    // wp.volume_store(v4d, q[2], q[1], q[0], out4d[t])                                       <L 60>
    var_57 = wp::extract(var_2, var_56);
    var_59 = wp::extract(var_2, var_58);
    var_61 = wp::extract(var_2, var_60);
    var_62 = wp::address(var_out4d, var_0);
    var_63 = wp::load(var_62);
    wp::volume_store(var_v4d, var_57, var_59, var_61, var_63);
    // out4[t] += wp.vec4(wp.volume_sample_f(v3d, uvw, wp.Volume.LINEAR), wp.volume_lookup_f(v3d, q[0], q[1], q[2]), wp.volume_sample_v(v3d, uvw, 0)[0], 0.0)       <L 62>
    var_66 = wp::volume_sample_f(var_v3d, var_6, var_65);
    var_68 = wp::extract(var_2, var_67);
    var_70 = wp::extract(var_2, var_69);
    var_72 = wp::extract(var_2, var_71);
    var_73 = wp::volume_lookup_f(var_v3d, var_68, var_70, var_72);
    var_75 = wp::volume_sample_v(var_v3d, var_6, var_74);
    var_77 = wp::extract(var_75, var_76);
    var_79 = wp::vec_t<4, wp::float32>(var_66, var_73, var_77, var_78);
    // var_80 = wp::atomic_add(var_out4, var_0, var_79);
    // out3[t] += wp.volume_sample(v3d, uvw, 2, dtype=wp.vec3d)                               <L 63>
    var_82 = wp::volume_sample<wp::vec_t<3, wp::float64>>(var_v3d, var_6, var_81);
    // var_83 = wp::atomic_add(var_out3, var_0, var_82);
    //---------
    // reverse
    wp::adj_atomic_add(var_out3, var_0, var_82, adj_out3, adj_0, adj_82, adj_83);
    wp::adj_volume_sample(var_v3d, var_6, var_81, adj_v3d, adj_6, adj_81, adj_82);
    // adj: out3[t] += wp.volume_sample(v3d, uvw, 2, dtype=wp.vec3d)                          <L 63>
    wp::adj_atomic_add(var_out4, var_0, var_79, adj_out4, adj_0, adj_79, adj_80);
    wp::adj_vec_t(var_66, var_73, var_77, var_78, adj_66, adj_73, adj_77, adj_78, adj_79);
    wp::adj_extract(var_75, var_76, adj_75, adj_76, adj_77);
    wp::adj_volume_sample_v(var_v3d, var_6, var_74, adj_v3d, adj_6, adj_74, adj_75);
    wp::adj_extract(var_2, var_71, adj_2, adj_71, adj_72);
    wp::adj_extract(var_2, var_69, adj_2, adj_69, adj_70);
    wp::adj_extract(var_2, var_67, adj_2, adj_67, adj_68);
    wp::adj_volume_sample_f(var_v3d, var_6, var_65, adj_v3d, adj_6, adj_65, adj_66);
    // adj: out4[t] += wp.vec4(wp.volume_sample_f(v3d, uvw, wp.Volume.LINEAR), wp.volume_lookup_f(v3d, q[0], q[1], q[2]), wp.volume_sample_v(v3d, uvw, 0)[0], 0.0)  <L 62>
    wp::adj_address(var_out4d, var_0, adj_out4d, adj_0, adj_62);
    wp::adj_extract(var_2, var_60, adj_2, adj_60, adj_61);
    wp::adj_extract(var_2, var_58, adj_2, adj_58, adj_59);
    wp::adj_extract(var_2, var_56, adj_2, adj_56, adj_57);
    // adj: wp.volume_store(v4d, q[2], q[1], q[0], out4d[t])                                  <L 60>
    wp::adj_address(var_out4, var_0, adj_out4, adj_0, adj_54);
    wp::adj_extract(var_2, var_52, adj_2, adj_52, adj_53);
    wp::adj_neg(var_50, adj_50, adj_51);
    wp::adj_extract(var_2, var_49, adj_2, adj_49, adj_50);
    wp::adj_extract(var_2, var_47, adj_2, adj_47, adj_48);
    // adj: wp.volume_store(v4f, q[0], -q[1], q[2], out4[t])                                  <L 59>
    wp::adj_address(var_out3, var_0, adj_out3, adj_0, adj_45);
    wp::adj_extract(var_2, var_43, adj_2, adj_43, adj_44);
    wp::adj_extract(var_2, var_41, adj_2, adj_41, adj_42);
    wp::adj_extract(var_2, var_39, adj_2, adj_39, adj_40);
    // adj: wp.volume_store(v3d, q[0], q[1], q[2], out3[t])                                   <L 58>
    wp::adj_array_store(var_out4d, var_0, var_38, adj_out4d, adj_0, adj_38);
    wp::adj_add(var_28, var_37, adj_28, adj_37, adj_38);
    wp::adj_extract(var_2, var_35, adj_2, adj_35, adj_36);
    wp::adj_neg(var_33, adj_33, adj_34);
    wp::adj_extract(var_2, var_32, adj_2, adj_32, adj_33);
    wp::adj_neg(var_30, adj_30, adj_31);
    wp::adj_extract(var_2, var_29, adj_2, adj_29, adj_30);
    wp::adj_volume_sample(var_v4d, var_6, var_27, adj_v4d, adj_6, adj_27, adj_28);
    // adj: out4d[t] = wp.volume_sample(v4d, uvw, wp.Volume.LINEAR, dtype=wp.vec4d) + wp.volume_lookup(v4d, -q[0], -q[1], q[2], dtype=wp.vec4d)  <L 57>
    wp::adj_array_store(var_out4, var_0, var_25, adj_out4, adj_0, adj_25);
    wp::adj_sub(var_21, var_24, adj_21, adj_24, adj_25);
    wp::adj_volume_sample(var_v4f, var_6, var_23, adj_v4f, adj_6, adj_23, adj_24);
    wp::adj_volume_sample(var_v4f, var_6, var_20, adj_v4f, adj_6, adj_20, adj_21);
    // adj: out4[t] = wp.volume_sample(v4f, uvw, wp.Volume.LINEAR, dtype=wp.vec4) - wp.volume_sample(v4f, uvw, wp.Volume.CLOSEST, dtype=wp.vec4)  <L 56>
    wp::adj_array_store(var_out3, var_0, var_18, adj_out3, adj_0, adj_18);
    wp::adj_add(var_10, var_17, adj_10, adj_17, adj_18);
    wp::adj_extract(var_2, var_15, adj_2, adj_15, adj_16);
    wp::adj_extract(var_2, var_13, adj_2, adj_13, adj_14);
    wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
    wp::adj_volume_sample(var_v3d, var_6, var_9, adj_v3d, adj_6, adj_9, adj_10);
    // adj: out3[t] = wp.volume_sample(v3d, uvw, wp.Volume.LINEAR, dtype=wp.vec3d) + wp.volume_lookup(v3d, q[0], q[1], q[2], dtype=wp.vec3d)  <L 55>
    wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
    wp::adj_address(var_p, var_0, adj_p, adj_0, adj_4);
    // adj: uvw = p[t] * 4.0                                                                  <L 54>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_1);
    // adj: q = c[t]                                                                          <L 53>
    // adj: t = wp.tid()                                                                      <L 52>
    // adj: def vector_fields(                                                                <L 42>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void vector_fields_119044bb_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_vector_fields_119044bb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        vector_fields_119044bb_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void vector_fields_119044bb_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_vector_fields_119044bb *_wp_args,
    wp_args_vector_fields_119044bb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        vector_fields_119044bb_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

