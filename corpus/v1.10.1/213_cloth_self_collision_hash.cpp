
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


// corpus/213_cloth_self_collision_hash.py:13
static wp::vec_t<3, wp::int32> cell_of_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_h)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::int32 var_14;
    wp::vec_t<3, wp::int32> var_15;
    //---------
    // forward
    // def cell_of(p: wp.vec3, h: float) -> wp.vec3i:                                         <L 14>
    // return wp.vec3i(int(wp.floor(p[0] / h)), int(wp.floor(p[1] / h)), int(wp.floor(p[2] / h)))       <L 15>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::div(var_1, var_h);
    var_3 = wp::floor(var_2);
    var_4 = wp::int(var_3);
    var_6 = wp::extract(var_p, var_5);
    var_7 = wp::div(var_6, var_h);
    var_8 = wp::floor(var_7);
    var_9 = wp::int(var_8);
    var_11 = wp::extract(var_p, var_10);
    var_12 = wp::div(var_11, var_h);
    var_13 = wp::floor(var_12);
    var_14 = wp::int(var_13);
    var_15 = wp::vec_t<3, wp::int32>(var_4, var_9, var_14);
    return var_15;
}


// corpus/213_cloth_self_collision_hash.py:7
static wp::int32 hash_cell_0(
    wp::vec_t<3, wp::int32> var_c)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 92837111;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    const wp::int32 var_6 = 689287499;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    const wp::int32 var_11 = 283923481;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 4096;
    wp::int32 var_16;
    //---------
    // forward
    // def hash_cell(c: wp.vec3i) -> int:                                                     <L 8>
    // h = (c[0] * 92837111) ^ (c[1] * 689287499) ^ (c[2] * 283923481)                        <L 9>
    var_1 = wp::extract(var_c, var_0);
    var_3 = wp::mul(var_1, var_2);
    var_5 = wp::extract(var_c, var_4);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::bit_xor(var_3, var_7);
    var_10 = wp::extract(var_c, var_9);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::bit_xor(var_8, var_12);
    // return wp.abs(h) % TABLE_SIZE                                                          <L 10>
    var_14 = wp::abs(var_13);
    var_16 = wp::mod(var_14, var_15);
    return var_16;
}


// corpus/213_cloth_self_collision_hash.py:13
static void adj_cell_of_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_h,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_h,
    wp::vec_t<3, wp::int32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 2;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::int32 var_14;
    wp::vec_t<3, wp::int32> var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<3, wp::int32> adj_15 = {};
    //---------
    // forward
    // def cell_of(p: wp.vec3, h: float) -> wp.vec3i:                                         <L 14>
    // return wp.vec3i(int(wp.floor(p[0] / h)), int(wp.floor(p[1] / h)), int(wp.floor(p[2] / h)))       <L 15>
    var_1 = wp::extract(var_p, var_0);
    var_2 = wp::div(var_1, var_h);
    var_3 = wp::floor(var_2);
    var_4 = wp::int(var_3);
    var_6 = wp::extract(var_p, var_5);
    var_7 = wp::div(var_6, var_h);
    var_8 = wp::floor(var_7);
    var_9 = wp::int(var_8);
    var_11 = wp::extract(var_p, var_10);
    var_12 = wp::div(var_11, var_h);
    var_13 = wp::floor(var_12);
    var_14 = wp::int(var_13);
    var_15 = wp::vec_t<3, wp::int32>(var_4, var_9, var_14);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_15 += adj_ret;
    wp::adj_vec_t(var_4, var_9, var_14, adj_4, adj_9, adj_14, adj_15);
    wp::adj_int(var_13, adj_13, adj_14);
    wp::adj_div(var_11, var_h, var_12, adj_11, adj_h, adj_12);
    wp::adj_extract(var_p, var_10, adj_p, adj_10, adj_11);
    wp::adj_int(var_8, adj_8, adj_9);
    wp::adj_div(var_6, var_h, var_7, adj_6, adj_h, adj_7);
    wp::adj_extract(var_p, var_5, adj_p, adj_5, adj_6);
    wp::adj_int(var_3, adj_3, adj_4);
    wp::adj_div(var_1, var_h, var_2, adj_1, adj_h, adj_2);
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: return wp.vec3i(int(wp.floor(p[0] / h)), int(wp.floor(p[1] / h)), int(wp.floor(p[2] / h)))  <L 15>
    // adj: def cell_of(p: wp.vec3, h: float) -> wp.vec3i:                                    <L 14>
    return;
}


// corpus/213_cloth_self_collision_hash.py:7
static void adj_hash_cell_0(
    wp::vec_t<3, wp::int32> var_c,
    wp::vec_t<3, wp::int32> & adj_c,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    const wp::int32 var_2 = 92837111;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    const wp::int32 var_6 = 689287499;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 2;
    wp::int32 var_10;
    const wp::int32 var_11 = 283923481;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 4096;
    wp::int32 var_16;
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
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    //---------
    // forward
    // def hash_cell(c: wp.vec3i) -> int:                                                     <L 8>
    // h = (c[0] * 92837111) ^ (c[1] * 689287499) ^ (c[2] * 283923481)                        <L 9>
    var_1 = wp::extract(var_c, var_0);
    var_3 = wp::mul(var_1, var_2);
    var_5 = wp::extract(var_c, var_4);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::bit_xor(var_3, var_7);
    var_10 = wp::extract(var_c, var_9);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::bit_xor(var_8, var_12);
    // return wp.abs(h) % TABLE_SIZE                                                          <L 10>
    var_14 = wp::abs(var_13);
    var_16 = wp::mod(var_14, var_15);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_16 += adj_ret;
    wp::adj_mod(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_abs(var_13, adj_13, adj_14);
    // adj: return wp.abs(h) % TABLE_SIZE                                                     <L 10>
    wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_extract(var_c, var_9, adj_c, adj_9, adj_10);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_extract(var_c, var_4, adj_c, adj_4, adj_5);
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_extract(var_c, var_0, adj_c, adj_0, adj_1);
    // adj: h = (c[0] * 92837111) ^ (c[1] * 689287499) ^ (c[2] * 283923481)                   <L 9>
    // adj: def hash_cell(c: wp.vec3i) -> int:                                                <L 8>
    return;
}

struct wp_args_fill_table_1d296e1b {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::float32 h;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::int32> entries;
};


void fill_table_1d296e1b_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_fill_table_1d296e1b *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_h = _wp_args->h;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_entries = _wp_args->entries;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    const wp::int32 var_7 = 8;
    bool var_8;
    //---------
    // forward
    // def fill_table(x: wp.array(dtype=wp.vec3), h: float, counts: wp.array(dtype=int), entries: wp.array2d(dtype=int)):       <L 19>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // b = hash_cell(cell_of(x[i], h))                                                        <L 21>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = cell_of_0(var_3, var_h);
    var_4 = hash_cell_0(var_2);
    // k = wp.atomic_add(counts, b, 1)                                                        <L 22>
    var_6 = wp::atomic_add(var_counts, var_4, var_5);
    // if k < BUCKET:                                                                         <L 23>
    var_8 = (var_6 < var_7);
    if (var_8) {
        // entries[b, k] = i                                                                  <L 24>
        wp::array_store(var_entries, var_4, var_6, var_0);
    }
}



void fill_table_1d296e1b_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_fill_table_1d296e1b *_wp_args,
    wp_args_fill_table_1d296e1b *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_h = _wp_args->h;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_entries = _wp_args->entries;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::float32 adj_h = _wp_adj_args->h;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::int32> adj_entries = _wp_adj_args->entries;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::int32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    const wp::int32 var_7 = 8;
    bool var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::int32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    //---------
    // forward
    // def fill_table(x: wp.array(dtype=wp.vec3), h: float, counts: wp.array(dtype=int), entries: wp.array2d(dtype=int)):       <L 19>
    // i = wp.tid()                                                                           <L 20>
    var_0 = builtin_tid1d();
    // b = hash_cell(cell_of(x[i], h))                                                        <L 21>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = cell_of_0(var_3, var_h);
    var_4 = hash_cell_0(var_2);
    // k = wp.atomic_add(counts, b, 1)                                                        <L 22>
    // var_6 = wp::atomic_add(var_counts, var_4, var_5);
    // if k < BUCKET:                                                                         <L 23>
    var_8 = (var_6 < var_7);
    if (var_8) {
        // entries[b, k] = i                                                                  <L 24>
        // wp::array_store(var_entries, var_4, var_6, var_0);
    }
    //---------
    // reverse
    if (var_8) {
        wp::adj_array_store(var_entries, var_4, var_6, var_0, adj_entries, adj_4, adj_6, adj_0);
        // adj: entries[b, k] = i                                                             <L 24>
    }
    // adj: if k < BUCKET:                                                                    <L 23>
    wp::adj_atomic_add(var_counts, var_4, var_5, adj_counts, adj_4, adj_5, adj_6);
    // adj: k = wp.atomic_add(counts, b, 1)                                                   <L 22>
    adj_hash_cell_0(var_2, adj_2, adj_4);
    adj_cell_of_0(var_3, var_h, adj_1, adj_h, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: b = hash_cell(cell_of(x[i], h))                                                   <L 21>
    // adj: i = wp.tid()                                                                      <L 20>
    // adj: def fill_table(x: wp.array(dtype=wp.vec3), h: float, counts: wp.array(dtype=int), entries: wp.array2d(dtype=int)):  <L 19>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void fill_table_1d296e1b_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_fill_table_1d296e1b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        fill_table_1d296e1b_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void fill_table_1d296e1b_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_fill_table_1d296e1b *_wp_args,
    wp_args_fill_table_1d296e1b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        fill_table_1d296e1b_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_repel_d961c95a {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::float32 h;
    wp::float32 thickness;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::int32> entries;
    wp::array_t<wp::vec_t<4, wp::int32>> neighbors_of;
    wp::array_t<wp::vec_t<3, wp::float32>> dx;
    wp::array_t<wp::int32> contacts;
};


void repel_d961c95a_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_repel_d961c95a *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_h = _wp_args->h;
    wp::float32 var_thickness = _wp_args->thickness;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_entries = _wp_args->entries;
    wp::array_t<wp::vec_t<4, wp::int32>> var_neighbors_of = _wp_args->neighbors_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx = _wp_args->dx;
    wp::array_t<wp::int32> var_contacts = _wp_args->contacts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::int32> var_4;
    wp::vec_t<4, wp::int32>* var_5;
    wp::vec_t<4, wp::int32> var_6;
    wp::vec_t<4, wp::int32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = -1;
    const wp::int32 var_10 = -1;
    const wp::int32 var_11 = -1;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::vec_t<3, wp::int32> var_21;
    wp::int32 var_22;
    wp::int32* var_23;
    const wp::int32 var_24 = 8;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::range_t var_27;
    wp::int32 var_28;
    wp::int32* var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    bool var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    bool var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    bool var_38;
    const wp::int32 var_39 = 2;
    wp::int32 var_40;
    bool var_41;
    const wp::int32 var_42 = 3;
    wp::int32 var_43;
    bool var_44;
    bool var_45;
    wp::vec_t<3, wp::float32>* var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::float32 var_49;
    bool var_50;
    const wp::float32 var_51 = 1e-09;
    bool var_52;
    bool var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 0.5;
    wp::float32 var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    const wp::int32 var_61 = 0;
    const wp::int32 var_62 = 1;
    wp::int32 var_63;
    wp::vec_t<3, wp::float32> var_64;
    const wp::int32 var_65 = 0;
    const wp::int32 var_66 = 0;
    wp::int32 var_67;
    wp::int32 var_68;
    const wp::int32 var_69 = 1;
    wp::int32 var_70;
    wp::int32 var_71;
    const wp::int32 var_72 = 2;
    wp::int32 var_73;
    wp::int32 var_74;
    wp::vec_t<3, wp::int32> var_75;
    wp::int32 var_76;
    wp::int32* var_77;
    wp::int32 var_78;
    wp::int32 var_79;
    wp::range_t var_80;
    wp::int32 var_81;
    wp::int32* var_82;
    wp::int32 var_83;
    wp::int32 var_84;
    bool var_85;
    wp::int32 var_86;
    const wp::int32 var_87 = 0;
    wp::int32 var_88;
    bool var_89;
    const wp::int32 var_90 = 1;
    wp::int32 var_91;
    bool var_92;
    const wp::int32 var_93 = 2;
    wp::int32 var_94;
    bool var_95;
    const wp::int32 var_96 = 3;
    wp::int32 var_97;
    bool var_98;
    bool var_99;
    wp::int32 var_100;
    wp::vec_t<3, wp::float32>* var_101;
    wp::vec_t<3, wp::float32> var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::float32 var_104;
    bool var_105;
    const wp::float32 var_106 = 1e-09;
    bool var_107;
    bool var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    const wp::float32 var_111 = 0.5;
    wp::float32 var_112;
    wp::vec_t<3, wp::float32> var_113;
    wp::vec_t<3, wp::float32> var_114;
    wp::vec_t<3, wp::float32> var_115;
    const wp::int32 var_116 = 0;
    const wp::int32 var_117 = 1;
    wp::int32 var_118;
    wp::vec_t<3, wp::float32> var_119;
    wp::vec_t<3, wp::float32> var_120;
    const wp::int32 var_121 = 1;
    const wp::int32 var_122 = 0;
    wp::int32 var_123;
    wp::int32 var_124;
    const wp::int32 var_125 = 1;
    wp::int32 var_126;
    wp::int32 var_127;
    const wp::int32 var_128 = 2;
    wp::int32 var_129;
    wp::int32 var_130;
    wp::vec_t<3, wp::int32> var_131;
    wp::int32 var_132;
    wp::int32* var_133;
    wp::int32 var_134;
    wp::int32 var_135;
    wp::range_t var_136;
    wp::int32 var_137;
    wp::int32* var_138;
    wp::int32 var_139;
    wp::int32 var_140;
    bool var_141;
    wp::int32 var_142;
    const wp::int32 var_143 = 0;
    wp::int32 var_144;
    bool var_145;
    const wp::int32 var_146 = 1;
    wp::int32 var_147;
    bool var_148;
    const wp::int32 var_149 = 2;
    wp::int32 var_150;
    bool var_151;
    const wp::int32 var_152 = 3;
    wp::int32 var_153;
    bool var_154;
    bool var_155;
    wp::int32 var_156;
    wp::vec_t<3, wp::float32>* var_157;
    wp::vec_t<3, wp::float32> var_158;
    wp::vec_t<3, wp::float32> var_159;
    wp::float32 var_160;
    bool var_161;
    const wp::float32 var_162 = 1e-09;
    bool var_163;
    bool var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    const wp::float32 var_167 = 0.5;
    wp::float32 var_168;
    wp::vec_t<3, wp::float32> var_169;
    wp::vec_t<3, wp::float32> var_170;
    wp::vec_t<3, wp::float32> var_171;
    const wp::int32 var_172 = 0;
    const wp::int32 var_173 = 1;
    wp::int32 var_174;
    wp::vec_t<3, wp::float32> var_175;
    wp::vec_t<3, wp::float32> var_176;
    const wp::int32 var_177 = 0;
    const wp::int32 var_178 = -1;
    const wp::int32 var_179 = 0;
    wp::int32 var_180;
    wp::int32 var_181;
    const wp::int32 var_182 = 1;
    wp::int32 var_183;
    wp::int32 var_184;
    const wp::int32 var_185 = 2;
    wp::int32 var_186;
    wp::int32 var_187;
    wp::vec_t<3, wp::int32> var_188;
    wp::int32 var_189;
    wp::int32* var_190;
    wp::int32 var_191;
    wp::int32 var_192;
    wp::range_t var_193;
    wp::int32 var_194;
    wp::int32* var_195;
    wp::int32 var_196;
    wp::int32 var_197;
    bool var_198;
    wp::int32 var_199;
    const wp::int32 var_200 = 0;
    wp::int32 var_201;
    bool var_202;
    const wp::int32 var_203 = 1;
    wp::int32 var_204;
    bool var_205;
    const wp::int32 var_206 = 2;
    wp::int32 var_207;
    bool var_208;
    const wp::int32 var_209 = 3;
    wp::int32 var_210;
    bool var_211;
    bool var_212;
    wp::int32 var_213;
    wp::vec_t<3, wp::float32>* var_214;
    wp::vec_t<3, wp::float32> var_215;
    wp::vec_t<3, wp::float32> var_216;
    wp::float32 var_217;
    bool var_218;
    const wp::float32 var_219 = 1e-09;
    bool var_220;
    bool var_221;
    wp::float32 var_222;
    wp::float32 var_223;
    const wp::float32 var_224 = 0.5;
    wp::float32 var_225;
    wp::vec_t<3, wp::float32> var_226;
    wp::vec_t<3, wp::float32> var_227;
    wp::vec_t<3, wp::float32> var_228;
    const wp::int32 var_229 = 0;
    const wp::int32 var_230 = 1;
    wp::int32 var_231;
    wp::vec_t<3, wp::float32> var_232;
    wp::vec_t<3, wp::float32> var_233;
    const wp::int32 var_234 = 0;
    const wp::int32 var_235 = 0;
    wp::int32 var_236;
    wp::int32 var_237;
    const wp::int32 var_238 = 1;
    wp::int32 var_239;
    wp::int32 var_240;
    const wp::int32 var_241 = 2;
    wp::int32 var_242;
    wp::int32 var_243;
    wp::vec_t<3, wp::int32> var_244;
    wp::int32 var_245;
    wp::int32* var_246;
    wp::int32 var_247;
    wp::int32 var_248;
    wp::range_t var_249;
    wp::int32 var_250;
    wp::int32* var_251;
    wp::int32 var_252;
    wp::int32 var_253;
    bool var_254;
    wp::int32 var_255;
    const wp::int32 var_256 = 0;
    wp::int32 var_257;
    bool var_258;
    const wp::int32 var_259 = 1;
    wp::int32 var_260;
    bool var_261;
    const wp::int32 var_262 = 2;
    wp::int32 var_263;
    bool var_264;
    const wp::int32 var_265 = 3;
    wp::int32 var_266;
    bool var_267;
    bool var_268;
    wp::int32 var_269;
    wp::vec_t<3, wp::float32>* var_270;
    wp::vec_t<3, wp::float32> var_271;
    wp::vec_t<3, wp::float32> var_272;
    wp::float32 var_273;
    bool var_274;
    const wp::float32 var_275 = 1e-09;
    bool var_276;
    bool var_277;
    wp::float32 var_278;
    wp::float32 var_279;
    const wp::float32 var_280 = 0.5;
    wp::float32 var_281;
    wp::vec_t<3, wp::float32> var_282;
    wp::vec_t<3, wp::float32> var_283;
    wp::vec_t<3, wp::float32> var_284;
    const wp::int32 var_285 = 0;
    const wp::int32 var_286 = 1;
    wp::int32 var_287;
    wp::vec_t<3, wp::float32> var_288;
    wp::vec_t<3, wp::float32> var_289;
    const wp::int32 var_290 = 1;
    const wp::int32 var_291 = 0;
    wp::int32 var_292;
    wp::int32 var_293;
    const wp::int32 var_294 = 1;
    wp::int32 var_295;
    wp::int32 var_296;
    const wp::int32 var_297 = 2;
    wp::int32 var_298;
    wp::int32 var_299;
    wp::vec_t<3, wp::int32> var_300;
    wp::int32 var_301;
    wp::int32* var_302;
    wp::int32 var_303;
    wp::int32 var_304;
    wp::range_t var_305;
    wp::int32 var_306;
    wp::int32* var_307;
    wp::int32 var_308;
    wp::int32 var_309;
    bool var_310;
    wp::int32 var_311;
    const wp::int32 var_312 = 0;
    wp::int32 var_313;
    bool var_314;
    const wp::int32 var_315 = 1;
    wp::int32 var_316;
    bool var_317;
    const wp::int32 var_318 = 2;
    wp::int32 var_319;
    bool var_320;
    const wp::int32 var_321 = 3;
    wp::int32 var_322;
    bool var_323;
    bool var_324;
    wp::int32 var_325;
    wp::vec_t<3, wp::float32>* var_326;
    wp::vec_t<3, wp::float32> var_327;
    wp::vec_t<3, wp::float32> var_328;
    wp::float32 var_329;
    bool var_330;
    const wp::float32 var_331 = 1e-09;
    bool var_332;
    bool var_333;
    wp::float32 var_334;
    wp::float32 var_335;
    const wp::float32 var_336 = 0.5;
    wp::float32 var_337;
    wp::vec_t<3, wp::float32> var_338;
    wp::vec_t<3, wp::float32> var_339;
    wp::vec_t<3, wp::float32> var_340;
    const wp::int32 var_341 = 0;
    const wp::int32 var_342 = 1;
    wp::int32 var_343;
    wp::vec_t<3, wp::float32> var_344;
    wp::vec_t<3, wp::float32> var_345;
    const wp::int32 var_346 = 1;
    const wp::int32 var_347 = -1;
    const wp::int32 var_348 = 0;
    wp::int32 var_349;
    wp::int32 var_350;
    const wp::int32 var_351 = 1;
    wp::int32 var_352;
    wp::int32 var_353;
    const wp::int32 var_354 = 2;
    wp::int32 var_355;
    wp::int32 var_356;
    wp::vec_t<3, wp::int32> var_357;
    wp::int32 var_358;
    wp::int32* var_359;
    wp::int32 var_360;
    wp::int32 var_361;
    wp::range_t var_362;
    wp::int32 var_363;
    wp::int32* var_364;
    wp::int32 var_365;
    wp::int32 var_366;
    bool var_367;
    wp::int32 var_368;
    const wp::int32 var_369 = 0;
    wp::int32 var_370;
    bool var_371;
    const wp::int32 var_372 = 1;
    wp::int32 var_373;
    bool var_374;
    const wp::int32 var_375 = 2;
    wp::int32 var_376;
    bool var_377;
    const wp::int32 var_378 = 3;
    wp::int32 var_379;
    bool var_380;
    bool var_381;
    wp::int32 var_382;
    wp::vec_t<3, wp::float32>* var_383;
    wp::vec_t<3, wp::float32> var_384;
    wp::vec_t<3, wp::float32> var_385;
    wp::float32 var_386;
    bool var_387;
    const wp::float32 var_388 = 1e-09;
    bool var_389;
    bool var_390;
    wp::float32 var_391;
    wp::float32 var_392;
    const wp::float32 var_393 = 0.5;
    wp::float32 var_394;
    wp::vec_t<3, wp::float32> var_395;
    wp::vec_t<3, wp::float32> var_396;
    wp::vec_t<3, wp::float32> var_397;
    const wp::int32 var_398 = 0;
    const wp::int32 var_399 = 1;
    wp::int32 var_400;
    wp::vec_t<3, wp::float32> var_401;
    wp::vec_t<3, wp::float32> var_402;
    const wp::int32 var_403 = 0;
    const wp::int32 var_404 = 0;
    wp::int32 var_405;
    wp::int32 var_406;
    const wp::int32 var_407 = 1;
    wp::int32 var_408;
    wp::int32 var_409;
    const wp::int32 var_410 = 2;
    wp::int32 var_411;
    wp::int32 var_412;
    wp::vec_t<3, wp::int32> var_413;
    wp::int32 var_414;
    wp::int32* var_415;
    wp::int32 var_416;
    wp::int32 var_417;
    wp::range_t var_418;
    wp::int32 var_419;
    wp::int32* var_420;
    wp::int32 var_421;
    wp::int32 var_422;
    bool var_423;
    wp::int32 var_424;
    const wp::int32 var_425 = 0;
    wp::int32 var_426;
    bool var_427;
    const wp::int32 var_428 = 1;
    wp::int32 var_429;
    bool var_430;
    const wp::int32 var_431 = 2;
    wp::int32 var_432;
    bool var_433;
    const wp::int32 var_434 = 3;
    wp::int32 var_435;
    bool var_436;
    bool var_437;
    wp::int32 var_438;
    wp::vec_t<3, wp::float32>* var_439;
    wp::vec_t<3, wp::float32> var_440;
    wp::vec_t<3, wp::float32> var_441;
    wp::float32 var_442;
    bool var_443;
    const wp::float32 var_444 = 1e-09;
    bool var_445;
    bool var_446;
    wp::float32 var_447;
    wp::float32 var_448;
    const wp::float32 var_449 = 0.5;
    wp::float32 var_450;
    wp::vec_t<3, wp::float32> var_451;
    wp::vec_t<3, wp::float32> var_452;
    wp::vec_t<3, wp::float32> var_453;
    const wp::int32 var_454 = 0;
    const wp::int32 var_455 = 1;
    wp::int32 var_456;
    wp::vec_t<3, wp::float32> var_457;
    wp::vec_t<3, wp::float32> var_458;
    const wp::int32 var_459 = 1;
    const wp::int32 var_460 = 0;
    wp::int32 var_461;
    wp::int32 var_462;
    const wp::int32 var_463 = 1;
    wp::int32 var_464;
    wp::int32 var_465;
    const wp::int32 var_466 = 2;
    wp::int32 var_467;
    wp::int32 var_468;
    wp::vec_t<3, wp::int32> var_469;
    wp::int32 var_470;
    wp::int32* var_471;
    wp::int32 var_472;
    wp::int32 var_473;
    wp::range_t var_474;
    wp::int32 var_475;
    wp::int32* var_476;
    wp::int32 var_477;
    wp::int32 var_478;
    bool var_479;
    wp::int32 var_480;
    const wp::int32 var_481 = 0;
    wp::int32 var_482;
    bool var_483;
    const wp::int32 var_484 = 1;
    wp::int32 var_485;
    bool var_486;
    const wp::int32 var_487 = 2;
    wp::int32 var_488;
    bool var_489;
    const wp::int32 var_490 = 3;
    wp::int32 var_491;
    bool var_492;
    bool var_493;
    wp::int32 var_494;
    wp::vec_t<3, wp::float32>* var_495;
    wp::vec_t<3, wp::float32> var_496;
    wp::vec_t<3, wp::float32> var_497;
    wp::float32 var_498;
    bool var_499;
    const wp::float32 var_500 = 1e-09;
    bool var_501;
    bool var_502;
    wp::float32 var_503;
    wp::float32 var_504;
    const wp::float32 var_505 = 0.5;
    wp::float32 var_506;
    wp::vec_t<3, wp::float32> var_507;
    wp::vec_t<3, wp::float32> var_508;
    wp::vec_t<3, wp::float32> var_509;
    const wp::int32 var_510 = 0;
    const wp::int32 var_511 = 1;
    wp::int32 var_512;
    wp::vec_t<3, wp::float32> var_513;
    wp::vec_t<3, wp::float32> var_514;
    const wp::int32 var_515 = 0;
    const wp::int32 var_516 = -1;
    const wp::int32 var_517 = -1;
    const wp::int32 var_518 = 0;
    wp::int32 var_519;
    wp::int32 var_520;
    const wp::int32 var_521 = 1;
    wp::int32 var_522;
    wp::int32 var_523;
    const wp::int32 var_524 = 2;
    wp::int32 var_525;
    wp::int32 var_526;
    wp::vec_t<3, wp::int32> var_527;
    wp::int32 var_528;
    wp::int32* var_529;
    wp::int32 var_530;
    wp::int32 var_531;
    wp::range_t var_532;
    wp::int32 var_533;
    wp::int32* var_534;
    wp::int32 var_535;
    wp::int32 var_536;
    bool var_537;
    wp::int32 var_538;
    const wp::int32 var_539 = 0;
    wp::int32 var_540;
    bool var_541;
    const wp::int32 var_542 = 1;
    wp::int32 var_543;
    bool var_544;
    const wp::int32 var_545 = 2;
    wp::int32 var_546;
    bool var_547;
    const wp::int32 var_548 = 3;
    wp::int32 var_549;
    bool var_550;
    bool var_551;
    wp::int32 var_552;
    wp::vec_t<3, wp::float32>* var_553;
    wp::vec_t<3, wp::float32> var_554;
    wp::vec_t<3, wp::float32> var_555;
    wp::float32 var_556;
    bool var_557;
    const wp::float32 var_558 = 1e-09;
    bool var_559;
    bool var_560;
    wp::float32 var_561;
    wp::float32 var_562;
    const wp::float32 var_563 = 0.5;
    wp::float32 var_564;
    wp::vec_t<3, wp::float32> var_565;
    wp::vec_t<3, wp::float32> var_566;
    wp::vec_t<3, wp::float32> var_567;
    const wp::int32 var_568 = 0;
    const wp::int32 var_569 = 1;
    wp::int32 var_570;
    wp::vec_t<3, wp::float32> var_571;
    wp::vec_t<3, wp::float32> var_572;
    const wp::int32 var_573 = 0;
    const wp::int32 var_574 = 0;
    wp::int32 var_575;
    wp::int32 var_576;
    const wp::int32 var_577 = 1;
    wp::int32 var_578;
    wp::int32 var_579;
    const wp::int32 var_580 = 2;
    wp::int32 var_581;
    wp::int32 var_582;
    wp::vec_t<3, wp::int32> var_583;
    wp::int32 var_584;
    wp::int32* var_585;
    wp::int32 var_586;
    wp::int32 var_587;
    wp::range_t var_588;
    wp::int32 var_589;
    wp::int32* var_590;
    wp::int32 var_591;
    wp::int32 var_592;
    bool var_593;
    wp::int32 var_594;
    const wp::int32 var_595 = 0;
    wp::int32 var_596;
    bool var_597;
    const wp::int32 var_598 = 1;
    wp::int32 var_599;
    bool var_600;
    const wp::int32 var_601 = 2;
    wp::int32 var_602;
    bool var_603;
    const wp::int32 var_604 = 3;
    wp::int32 var_605;
    bool var_606;
    bool var_607;
    wp::int32 var_608;
    wp::vec_t<3, wp::float32>* var_609;
    wp::vec_t<3, wp::float32> var_610;
    wp::vec_t<3, wp::float32> var_611;
    wp::float32 var_612;
    bool var_613;
    const wp::float32 var_614 = 1e-09;
    bool var_615;
    bool var_616;
    wp::float32 var_617;
    wp::float32 var_618;
    const wp::float32 var_619 = 0.5;
    wp::float32 var_620;
    wp::vec_t<3, wp::float32> var_621;
    wp::vec_t<3, wp::float32> var_622;
    wp::vec_t<3, wp::float32> var_623;
    const wp::int32 var_624 = 0;
    const wp::int32 var_625 = 1;
    wp::int32 var_626;
    wp::vec_t<3, wp::float32> var_627;
    wp::vec_t<3, wp::float32> var_628;
    const wp::int32 var_629 = 1;
    const wp::int32 var_630 = 0;
    wp::int32 var_631;
    wp::int32 var_632;
    const wp::int32 var_633 = 1;
    wp::int32 var_634;
    wp::int32 var_635;
    const wp::int32 var_636 = 2;
    wp::int32 var_637;
    wp::int32 var_638;
    wp::vec_t<3, wp::int32> var_639;
    wp::int32 var_640;
    wp::int32* var_641;
    wp::int32 var_642;
    wp::int32 var_643;
    wp::range_t var_644;
    wp::int32 var_645;
    wp::int32* var_646;
    wp::int32 var_647;
    wp::int32 var_648;
    bool var_649;
    wp::int32 var_650;
    const wp::int32 var_651 = 0;
    wp::int32 var_652;
    bool var_653;
    const wp::int32 var_654 = 1;
    wp::int32 var_655;
    bool var_656;
    const wp::int32 var_657 = 2;
    wp::int32 var_658;
    bool var_659;
    const wp::int32 var_660 = 3;
    wp::int32 var_661;
    bool var_662;
    bool var_663;
    wp::int32 var_664;
    wp::vec_t<3, wp::float32>* var_665;
    wp::vec_t<3, wp::float32> var_666;
    wp::vec_t<3, wp::float32> var_667;
    wp::float32 var_668;
    bool var_669;
    const wp::float32 var_670 = 1e-09;
    bool var_671;
    bool var_672;
    wp::float32 var_673;
    wp::float32 var_674;
    const wp::float32 var_675 = 0.5;
    wp::float32 var_676;
    wp::vec_t<3, wp::float32> var_677;
    wp::vec_t<3, wp::float32> var_678;
    wp::vec_t<3, wp::float32> var_679;
    const wp::int32 var_680 = 0;
    const wp::int32 var_681 = 1;
    wp::int32 var_682;
    wp::vec_t<3, wp::float32> var_683;
    wp::vec_t<3, wp::float32> var_684;
    const wp::int32 var_685 = 0;
    const wp::int32 var_686 = -1;
    const wp::int32 var_687 = 0;
    wp::int32 var_688;
    wp::int32 var_689;
    const wp::int32 var_690 = 1;
    wp::int32 var_691;
    wp::int32 var_692;
    const wp::int32 var_693 = 2;
    wp::int32 var_694;
    wp::int32 var_695;
    wp::vec_t<3, wp::int32> var_696;
    wp::int32 var_697;
    wp::int32* var_698;
    wp::int32 var_699;
    wp::int32 var_700;
    wp::range_t var_701;
    wp::int32 var_702;
    wp::int32* var_703;
    wp::int32 var_704;
    wp::int32 var_705;
    bool var_706;
    wp::int32 var_707;
    const wp::int32 var_708 = 0;
    wp::int32 var_709;
    bool var_710;
    const wp::int32 var_711 = 1;
    wp::int32 var_712;
    bool var_713;
    const wp::int32 var_714 = 2;
    wp::int32 var_715;
    bool var_716;
    const wp::int32 var_717 = 3;
    wp::int32 var_718;
    bool var_719;
    bool var_720;
    wp::int32 var_721;
    wp::vec_t<3, wp::float32>* var_722;
    wp::vec_t<3, wp::float32> var_723;
    wp::vec_t<3, wp::float32> var_724;
    wp::float32 var_725;
    bool var_726;
    const wp::float32 var_727 = 1e-09;
    bool var_728;
    bool var_729;
    wp::float32 var_730;
    wp::float32 var_731;
    const wp::float32 var_732 = 0.5;
    wp::float32 var_733;
    wp::vec_t<3, wp::float32> var_734;
    wp::vec_t<3, wp::float32> var_735;
    wp::vec_t<3, wp::float32> var_736;
    const wp::int32 var_737 = 0;
    const wp::int32 var_738 = 1;
    wp::int32 var_739;
    wp::vec_t<3, wp::float32> var_740;
    wp::vec_t<3, wp::float32> var_741;
    const wp::int32 var_742 = 0;
    const wp::int32 var_743 = 0;
    wp::int32 var_744;
    wp::int32 var_745;
    const wp::int32 var_746 = 1;
    wp::int32 var_747;
    wp::int32 var_748;
    const wp::int32 var_749 = 2;
    wp::int32 var_750;
    wp::int32 var_751;
    wp::vec_t<3, wp::int32> var_752;
    wp::int32 var_753;
    wp::int32* var_754;
    wp::int32 var_755;
    wp::int32 var_756;
    wp::range_t var_757;
    wp::int32 var_758;
    wp::int32* var_759;
    wp::int32 var_760;
    wp::int32 var_761;
    bool var_762;
    wp::int32 var_763;
    const wp::int32 var_764 = 0;
    wp::int32 var_765;
    bool var_766;
    const wp::int32 var_767 = 1;
    wp::int32 var_768;
    bool var_769;
    const wp::int32 var_770 = 2;
    wp::int32 var_771;
    bool var_772;
    const wp::int32 var_773 = 3;
    wp::int32 var_774;
    bool var_775;
    bool var_776;
    wp::int32 var_777;
    wp::vec_t<3, wp::float32>* var_778;
    wp::vec_t<3, wp::float32> var_779;
    wp::vec_t<3, wp::float32> var_780;
    wp::float32 var_781;
    bool var_782;
    const wp::float32 var_783 = 1e-09;
    bool var_784;
    bool var_785;
    wp::float32 var_786;
    wp::float32 var_787;
    const wp::float32 var_788 = 0.5;
    wp::float32 var_789;
    wp::vec_t<3, wp::float32> var_790;
    wp::vec_t<3, wp::float32> var_791;
    wp::vec_t<3, wp::float32> var_792;
    const wp::int32 var_793 = 0;
    const wp::int32 var_794 = 1;
    wp::int32 var_795;
    wp::vec_t<3, wp::float32> var_796;
    wp::vec_t<3, wp::float32> var_797;
    const wp::int32 var_798 = 1;
    const wp::int32 var_799 = 0;
    wp::int32 var_800;
    wp::int32 var_801;
    const wp::int32 var_802 = 1;
    wp::int32 var_803;
    wp::int32 var_804;
    const wp::int32 var_805 = 2;
    wp::int32 var_806;
    wp::int32 var_807;
    wp::vec_t<3, wp::int32> var_808;
    wp::int32 var_809;
    wp::int32* var_810;
    wp::int32 var_811;
    wp::int32 var_812;
    wp::range_t var_813;
    wp::int32 var_814;
    wp::int32* var_815;
    wp::int32 var_816;
    wp::int32 var_817;
    bool var_818;
    wp::int32 var_819;
    const wp::int32 var_820 = 0;
    wp::int32 var_821;
    bool var_822;
    const wp::int32 var_823 = 1;
    wp::int32 var_824;
    bool var_825;
    const wp::int32 var_826 = 2;
    wp::int32 var_827;
    bool var_828;
    const wp::int32 var_829 = 3;
    wp::int32 var_830;
    bool var_831;
    bool var_832;
    wp::int32 var_833;
    wp::vec_t<3, wp::float32>* var_834;
    wp::vec_t<3, wp::float32> var_835;
    wp::vec_t<3, wp::float32> var_836;
    wp::float32 var_837;
    bool var_838;
    const wp::float32 var_839 = 1e-09;
    bool var_840;
    bool var_841;
    wp::float32 var_842;
    wp::float32 var_843;
    const wp::float32 var_844 = 0.5;
    wp::float32 var_845;
    wp::vec_t<3, wp::float32> var_846;
    wp::vec_t<3, wp::float32> var_847;
    wp::vec_t<3, wp::float32> var_848;
    const wp::int32 var_849 = 0;
    const wp::int32 var_850 = 1;
    wp::int32 var_851;
    wp::vec_t<3, wp::float32> var_852;
    wp::vec_t<3, wp::float32> var_853;
    const wp::int32 var_854 = 1;
    const wp::int32 var_855 = -1;
    const wp::int32 var_856 = 0;
    wp::int32 var_857;
    wp::int32 var_858;
    const wp::int32 var_859 = 1;
    wp::int32 var_860;
    wp::int32 var_861;
    const wp::int32 var_862 = 2;
    wp::int32 var_863;
    wp::int32 var_864;
    wp::vec_t<3, wp::int32> var_865;
    wp::int32 var_866;
    wp::int32* var_867;
    wp::int32 var_868;
    wp::int32 var_869;
    wp::range_t var_870;
    wp::int32 var_871;
    wp::int32* var_872;
    wp::int32 var_873;
    wp::int32 var_874;
    bool var_875;
    wp::int32 var_876;
    const wp::int32 var_877 = 0;
    wp::int32 var_878;
    bool var_879;
    const wp::int32 var_880 = 1;
    wp::int32 var_881;
    bool var_882;
    const wp::int32 var_883 = 2;
    wp::int32 var_884;
    bool var_885;
    const wp::int32 var_886 = 3;
    wp::int32 var_887;
    bool var_888;
    bool var_889;
    wp::int32 var_890;
    wp::vec_t<3, wp::float32>* var_891;
    wp::vec_t<3, wp::float32> var_892;
    wp::vec_t<3, wp::float32> var_893;
    wp::float32 var_894;
    bool var_895;
    const wp::float32 var_896 = 1e-09;
    bool var_897;
    bool var_898;
    wp::float32 var_899;
    wp::float32 var_900;
    const wp::float32 var_901 = 0.5;
    wp::float32 var_902;
    wp::vec_t<3, wp::float32> var_903;
    wp::vec_t<3, wp::float32> var_904;
    wp::vec_t<3, wp::float32> var_905;
    const wp::int32 var_906 = 0;
    const wp::int32 var_907 = 1;
    wp::int32 var_908;
    wp::vec_t<3, wp::float32> var_909;
    wp::vec_t<3, wp::float32> var_910;
    const wp::int32 var_911 = 0;
    const wp::int32 var_912 = 0;
    wp::int32 var_913;
    wp::int32 var_914;
    const wp::int32 var_915 = 1;
    wp::int32 var_916;
    wp::int32 var_917;
    const wp::int32 var_918 = 2;
    wp::int32 var_919;
    wp::int32 var_920;
    wp::vec_t<3, wp::int32> var_921;
    wp::int32 var_922;
    wp::int32* var_923;
    wp::int32 var_924;
    wp::int32 var_925;
    wp::range_t var_926;
    wp::int32 var_927;
    wp::int32* var_928;
    wp::int32 var_929;
    wp::int32 var_930;
    bool var_931;
    wp::int32 var_932;
    const wp::int32 var_933 = 0;
    wp::int32 var_934;
    bool var_935;
    const wp::int32 var_936 = 1;
    wp::int32 var_937;
    bool var_938;
    const wp::int32 var_939 = 2;
    wp::int32 var_940;
    bool var_941;
    const wp::int32 var_942 = 3;
    wp::int32 var_943;
    bool var_944;
    bool var_945;
    wp::int32 var_946;
    wp::vec_t<3, wp::float32>* var_947;
    wp::vec_t<3, wp::float32> var_948;
    wp::vec_t<3, wp::float32> var_949;
    wp::float32 var_950;
    bool var_951;
    const wp::float32 var_952 = 1e-09;
    bool var_953;
    bool var_954;
    wp::float32 var_955;
    wp::float32 var_956;
    const wp::float32 var_957 = 0.5;
    wp::float32 var_958;
    wp::vec_t<3, wp::float32> var_959;
    wp::vec_t<3, wp::float32> var_960;
    wp::vec_t<3, wp::float32> var_961;
    const wp::int32 var_962 = 0;
    const wp::int32 var_963 = 1;
    wp::int32 var_964;
    wp::vec_t<3, wp::float32> var_965;
    wp::vec_t<3, wp::float32> var_966;
    const wp::int32 var_967 = 1;
    const wp::int32 var_968 = 0;
    wp::int32 var_969;
    wp::int32 var_970;
    const wp::int32 var_971 = 1;
    wp::int32 var_972;
    wp::int32 var_973;
    const wp::int32 var_974 = 2;
    wp::int32 var_975;
    wp::int32 var_976;
    wp::vec_t<3, wp::int32> var_977;
    wp::int32 var_978;
    wp::int32* var_979;
    wp::int32 var_980;
    wp::int32 var_981;
    wp::range_t var_982;
    wp::int32 var_983;
    wp::int32* var_984;
    wp::int32 var_985;
    wp::int32 var_986;
    bool var_987;
    wp::int32 var_988;
    const wp::int32 var_989 = 0;
    wp::int32 var_990;
    bool var_991;
    const wp::int32 var_992 = 1;
    wp::int32 var_993;
    bool var_994;
    const wp::int32 var_995 = 2;
    wp::int32 var_996;
    bool var_997;
    const wp::int32 var_998 = 3;
    wp::int32 var_999;
    bool var_1000;
    bool var_1001;
    wp::int32 var_1002;
    wp::vec_t<3, wp::float32>* var_1003;
    wp::vec_t<3, wp::float32> var_1004;
    wp::vec_t<3, wp::float32> var_1005;
    wp::float32 var_1006;
    bool var_1007;
    const wp::float32 var_1008 = 1e-09;
    bool var_1009;
    bool var_1010;
    wp::float32 var_1011;
    wp::float32 var_1012;
    const wp::float32 var_1013 = 0.5;
    wp::float32 var_1014;
    wp::vec_t<3, wp::float32> var_1015;
    wp::vec_t<3, wp::float32> var_1016;
    wp::vec_t<3, wp::float32> var_1017;
    const wp::int32 var_1018 = 0;
    const wp::int32 var_1019 = 1;
    wp::int32 var_1020;
    wp::vec_t<3, wp::float32> var_1021;
    wp::vec_t<3, wp::float32> var_1022;
    const wp::int32 var_1023 = 1;
    const wp::int32 var_1024 = -1;
    const wp::int32 var_1025 = -1;
    const wp::int32 var_1026 = 0;
    wp::int32 var_1027;
    wp::int32 var_1028;
    const wp::int32 var_1029 = 1;
    wp::int32 var_1030;
    wp::int32 var_1031;
    const wp::int32 var_1032 = 2;
    wp::int32 var_1033;
    wp::int32 var_1034;
    wp::vec_t<3, wp::int32> var_1035;
    wp::int32 var_1036;
    wp::int32* var_1037;
    wp::int32 var_1038;
    wp::int32 var_1039;
    wp::range_t var_1040;
    wp::int32 var_1041;
    wp::int32* var_1042;
    wp::int32 var_1043;
    wp::int32 var_1044;
    bool var_1045;
    wp::int32 var_1046;
    const wp::int32 var_1047 = 0;
    wp::int32 var_1048;
    bool var_1049;
    const wp::int32 var_1050 = 1;
    wp::int32 var_1051;
    bool var_1052;
    const wp::int32 var_1053 = 2;
    wp::int32 var_1054;
    bool var_1055;
    const wp::int32 var_1056 = 3;
    wp::int32 var_1057;
    bool var_1058;
    bool var_1059;
    wp::int32 var_1060;
    wp::vec_t<3, wp::float32>* var_1061;
    wp::vec_t<3, wp::float32> var_1062;
    wp::vec_t<3, wp::float32> var_1063;
    wp::float32 var_1064;
    bool var_1065;
    const wp::float32 var_1066 = 1e-09;
    bool var_1067;
    bool var_1068;
    wp::float32 var_1069;
    wp::float32 var_1070;
    const wp::float32 var_1071 = 0.5;
    wp::float32 var_1072;
    wp::vec_t<3, wp::float32> var_1073;
    wp::vec_t<3, wp::float32> var_1074;
    wp::vec_t<3, wp::float32> var_1075;
    const wp::int32 var_1076 = 0;
    const wp::int32 var_1077 = 1;
    wp::int32 var_1078;
    wp::vec_t<3, wp::float32> var_1079;
    wp::vec_t<3, wp::float32> var_1080;
    const wp::int32 var_1081 = 0;
    const wp::int32 var_1082 = 0;
    wp::int32 var_1083;
    wp::int32 var_1084;
    const wp::int32 var_1085 = 1;
    wp::int32 var_1086;
    wp::int32 var_1087;
    const wp::int32 var_1088 = 2;
    wp::int32 var_1089;
    wp::int32 var_1090;
    wp::vec_t<3, wp::int32> var_1091;
    wp::int32 var_1092;
    wp::int32* var_1093;
    wp::int32 var_1094;
    wp::int32 var_1095;
    wp::range_t var_1096;
    wp::int32 var_1097;
    wp::int32* var_1098;
    wp::int32 var_1099;
    wp::int32 var_1100;
    bool var_1101;
    wp::int32 var_1102;
    const wp::int32 var_1103 = 0;
    wp::int32 var_1104;
    bool var_1105;
    const wp::int32 var_1106 = 1;
    wp::int32 var_1107;
    bool var_1108;
    const wp::int32 var_1109 = 2;
    wp::int32 var_1110;
    bool var_1111;
    const wp::int32 var_1112 = 3;
    wp::int32 var_1113;
    bool var_1114;
    bool var_1115;
    wp::int32 var_1116;
    wp::vec_t<3, wp::float32>* var_1117;
    wp::vec_t<3, wp::float32> var_1118;
    wp::vec_t<3, wp::float32> var_1119;
    wp::float32 var_1120;
    bool var_1121;
    const wp::float32 var_1122 = 1e-09;
    bool var_1123;
    bool var_1124;
    wp::float32 var_1125;
    wp::float32 var_1126;
    const wp::float32 var_1127 = 0.5;
    wp::float32 var_1128;
    wp::vec_t<3, wp::float32> var_1129;
    wp::vec_t<3, wp::float32> var_1130;
    wp::vec_t<3, wp::float32> var_1131;
    const wp::int32 var_1132 = 0;
    const wp::int32 var_1133 = 1;
    wp::int32 var_1134;
    wp::vec_t<3, wp::float32> var_1135;
    wp::vec_t<3, wp::float32> var_1136;
    const wp::int32 var_1137 = 1;
    const wp::int32 var_1138 = 0;
    wp::int32 var_1139;
    wp::int32 var_1140;
    const wp::int32 var_1141 = 1;
    wp::int32 var_1142;
    wp::int32 var_1143;
    const wp::int32 var_1144 = 2;
    wp::int32 var_1145;
    wp::int32 var_1146;
    wp::vec_t<3, wp::int32> var_1147;
    wp::int32 var_1148;
    wp::int32* var_1149;
    wp::int32 var_1150;
    wp::int32 var_1151;
    wp::range_t var_1152;
    wp::int32 var_1153;
    wp::int32* var_1154;
    wp::int32 var_1155;
    wp::int32 var_1156;
    bool var_1157;
    wp::int32 var_1158;
    const wp::int32 var_1159 = 0;
    wp::int32 var_1160;
    bool var_1161;
    const wp::int32 var_1162 = 1;
    wp::int32 var_1163;
    bool var_1164;
    const wp::int32 var_1165 = 2;
    wp::int32 var_1166;
    bool var_1167;
    const wp::int32 var_1168 = 3;
    wp::int32 var_1169;
    bool var_1170;
    bool var_1171;
    wp::int32 var_1172;
    wp::vec_t<3, wp::float32>* var_1173;
    wp::vec_t<3, wp::float32> var_1174;
    wp::vec_t<3, wp::float32> var_1175;
    wp::float32 var_1176;
    bool var_1177;
    const wp::float32 var_1178 = 1e-09;
    bool var_1179;
    bool var_1180;
    wp::float32 var_1181;
    wp::float32 var_1182;
    const wp::float32 var_1183 = 0.5;
    wp::float32 var_1184;
    wp::vec_t<3, wp::float32> var_1185;
    wp::vec_t<3, wp::float32> var_1186;
    wp::vec_t<3, wp::float32> var_1187;
    const wp::int32 var_1188 = 0;
    const wp::int32 var_1189 = 1;
    wp::int32 var_1190;
    wp::vec_t<3, wp::float32> var_1191;
    wp::vec_t<3, wp::float32> var_1192;
    const wp::int32 var_1193 = 0;
    const wp::int32 var_1194 = -1;
    const wp::int32 var_1195 = 0;
    wp::int32 var_1196;
    wp::int32 var_1197;
    const wp::int32 var_1198 = 1;
    wp::int32 var_1199;
    wp::int32 var_1200;
    const wp::int32 var_1201 = 2;
    wp::int32 var_1202;
    wp::int32 var_1203;
    wp::vec_t<3, wp::int32> var_1204;
    wp::int32 var_1205;
    wp::int32* var_1206;
    wp::int32 var_1207;
    wp::int32 var_1208;
    wp::range_t var_1209;
    wp::int32 var_1210;
    wp::int32* var_1211;
    wp::int32 var_1212;
    wp::int32 var_1213;
    bool var_1214;
    wp::int32 var_1215;
    const wp::int32 var_1216 = 0;
    wp::int32 var_1217;
    bool var_1218;
    const wp::int32 var_1219 = 1;
    wp::int32 var_1220;
    bool var_1221;
    const wp::int32 var_1222 = 2;
    wp::int32 var_1223;
    bool var_1224;
    const wp::int32 var_1225 = 3;
    wp::int32 var_1226;
    bool var_1227;
    bool var_1228;
    wp::int32 var_1229;
    wp::vec_t<3, wp::float32>* var_1230;
    wp::vec_t<3, wp::float32> var_1231;
    wp::vec_t<3, wp::float32> var_1232;
    wp::float32 var_1233;
    bool var_1234;
    const wp::float32 var_1235 = 1e-09;
    bool var_1236;
    bool var_1237;
    wp::float32 var_1238;
    wp::float32 var_1239;
    const wp::float32 var_1240 = 0.5;
    wp::float32 var_1241;
    wp::vec_t<3, wp::float32> var_1242;
    wp::vec_t<3, wp::float32> var_1243;
    wp::vec_t<3, wp::float32> var_1244;
    const wp::int32 var_1245 = 0;
    const wp::int32 var_1246 = 1;
    wp::int32 var_1247;
    wp::vec_t<3, wp::float32> var_1248;
    wp::vec_t<3, wp::float32> var_1249;
    const wp::int32 var_1250 = 0;
    const wp::int32 var_1251 = 0;
    wp::int32 var_1252;
    wp::int32 var_1253;
    const wp::int32 var_1254 = 1;
    wp::int32 var_1255;
    wp::int32 var_1256;
    const wp::int32 var_1257 = 2;
    wp::int32 var_1258;
    wp::int32 var_1259;
    wp::vec_t<3, wp::int32> var_1260;
    wp::int32 var_1261;
    wp::int32* var_1262;
    wp::int32 var_1263;
    wp::int32 var_1264;
    wp::range_t var_1265;
    wp::int32 var_1266;
    wp::int32* var_1267;
    wp::int32 var_1268;
    wp::int32 var_1269;
    bool var_1270;
    wp::int32 var_1271;
    const wp::int32 var_1272 = 0;
    wp::int32 var_1273;
    bool var_1274;
    const wp::int32 var_1275 = 1;
    wp::int32 var_1276;
    bool var_1277;
    const wp::int32 var_1278 = 2;
    wp::int32 var_1279;
    bool var_1280;
    const wp::int32 var_1281 = 3;
    wp::int32 var_1282;
    bool var_1283;
    bool var_1284;
    wp::int32 var_1285;
    wp::vec_t<3, wp::float32>* var_1286;
    wp::vec_t<3, wp::float32> var_1287;
    wp::vec_t<3, wp::float32> var_1288;
    wp::float32 var_1289;
    bool var_1290;
    const wp::float32 var_1291 = 1e-09;
    bool var_1292;
    bool var_1293;
    wp::float32 var_1294;
    wp::float32 var_1295;
    const wp::float32 var_1296 = 0.5;
    wp::float32 var_1297;
    wp::vec_t<3, wp::float32> var_1298;
    wp::vec_t<3, wp::float32> var_1299;
    wp::vec_t<3, wp::float32> var_1300;
    const wp::int32 var_1301 = 0;
    const wp::int32 var_1302 = 1;
    wp::int32 var_1303;
    wp::vec_t<3, wp::float32> var_1304;
    wp::vec_t<3, wp::float32> var_1305;
    const wp::int32 var_1306 = 1;
    const wp::int32 var_1307 = 0;
    wp::int32 var_1308;
    wp::int32 var_1309;
    const wp::int32 var_1310 = 1;
    wp::int32 var_1311;
    wp::int32 var_1312;
    const wp::int32 var_1313 = 2;
    wp::int32 var_1314;
    wp::int32 var_1315;
    wp::vec_t<3, wp::int32> var_1316;
    wp::int32 var_1317;
    wp::int32* var_1318;
    wp::int32 var_1319;
    wp::int32 var_1320;
    wp::range_t var_1321;
    wp::int32 var_1322;
    wp::int32* var_1323;
    wp::int32 var_1324;
    wp::int32 var_1325;
    bool var_1326;
    wp::int32 var_1327;
    const wp::int32 var_1328 = 0;
    wp::int32 var_1329;
    bool var_1330;
    const wp::int32 var_1331 = 1;
    wp::int32 var_1332;
    bool var_1333;
    const wp::int32 var_1334 = 2;
    wp::int32 var_1335;
    bool var_1336;
    const wp::int32 var_1337 = 3;
    wp::int32 var_1338;
    bool var_1339;
    bool var_1340;
    wp::int32 var_1341;
    wp::vec_t<3, wp::float32>* var_1342;
    wp::vec_t<3, wp::float32> var_1343;
    wp::vec_t<3, wp::float32> var_1344;
    wp::float32 var_1345;
    bool var_1346;
    const wp::float32 var_1347 = 1e-09;
    bool var_1348;
    bool var_1349;
    wp::float32 var_1350;
    wp::float32 var_1351;
    const wp::float32 var_1352 = 0.5;
    wp::float32 var_1353;
    wp::vec_t<3, wp::float32> var_1354;
    wp::vec_t<3, wp::float32> var_1355;
    wp::vec_t<3, wp::float32> var_1356;
    const wp::int32 var_1357 = 0;
    const wp::int32 var_1358 = 1;
    wp::int32 var_1359;
    wp::vec_t<3, wp::float32> var_1360;
    wp::vec_t<3, wp::float32> var_1361;
    const wp::int32 var_1362 = 1;
    const wp::int32 var_1363 = -1;
    const wp::int32 var_1364 = 0;
    wp::int32 var_1365;
    wp::int32 var_1366;
    const wp::int32 var_1367 = 1;
    wp::int32 var_1368;
    wp::int32 var_1369;
    const wp::int32 var_1370 = 2;
    wp::int32 var_1371;
    wp::int32 var_1372;
    wp::vec_t<3, wp::int32> var_1373;
    wp::int32 var_1374;
    wp::int32* var_1375;
    wp::int32 var_1376;
    wp::int32 var_1377;
    wp::range_t var_1378;
    wp::int32 var_1379;
    wp::int32* var_1380;
    wp::int32 var_1381;
    wp::int32 var_1382;
    bool var_1383;
    wp::int32 var_1384;
    const wp::int32 var_1385 = 0;
    wp::int32 var_1386;
    bool var_1387;
    const wp::int32 var_1388 = 1;
    wp::int32 var_1389;
    bool var_1390;
    const wp::int32 var_1391 = 2;
    wp::int32 var_1392;
    bool var_1393;
    const wp::int32 var_1394 = 3;
    wp::int32 var_1395;
    bool var_1396;
    bool var_1397;
    wp::int32 var_1398;
    wp::vec_t<3, wp::float32>* var_1399;
    wp::vec_t<3, wp::float32> var_1400;
    wp::vec_t<3, wp::float32> var_1401;
    wp::float32 var_1402;
    bool var_1403;
    const wp::float32 var_1404 = 1e-09;
    bool var_1405;
    bool var_1406;
    wp::float32 var_1407;
    wp::float32 var_1408;
    const wp::float32 var_1409 = 0.5;
    wp::float32 var_1410;
    wp::vec_t<3, wp::float32> var_1411;
    wp::vec_t<3, wp::float32> var_1412;
    wp::vec_t<3, wp::float32> var_1413;
    const wp::int32 var_1414 = 0;
    const wp::int32 var_1415 = 1;
    wp::int32 var_1416;
    wp::vec_t<3, wp::float32> var_1417;
    wp::vec_t<3, wp::float32> var_1418;
    const wp::int32 var_1419 = 0;
    const wp::int32 var_1420 = 0;
    wp::int32 var_1421;
    wp::int32 var_1422;
    const wp::int32 var_1423 = 1;
    wp::int32 var_1424;
    wp::int32 var_1425;
    const wp::int32 var_1426 = 2;
    wp::int32 var_1427;
    wp::int32 var_1428;
    wp::vec_t<3, wp::int32> var_1429;
    wp::int32 var_1430;
    wp::int32* var_1431;
    wp::int32 var_1432;
    wp::int32 var_1433;
    wp::range_t var_1434;
    wp::int32 var_1435;
    wp::int32* var_1436;
    wp::int32 var_1437;
    wp::int32 var_1438;
    bool var_1439;
    wp::int32 var_1440;
    const wp::int32 var_1441 = 0;
    wp::int32 var_1442;
    bool var_1443;
    const wp::int32 var_1444 = 1;
    wp::int32 var_1445;
    bool var_1446;
    const wp::int32 var_1447 = 2;
    wp::int32 var_1448;
    bool var_1449;
    const wp::int32 var_1450 = 3;
    wp::int32 var_1451;
    bool var_1452;
    bool var_1453;
    wp::int32 var_1454;
    wp::vec_t<3, wp::float32>* var_1455;
    wp::vec_t<3, wp::float32> var_1456;
    wp::vec_t<3, wp::float32> var_1457;
    wp::float32 var_1458;
    bool var_1459;
    const wp::float32 var_1460 = 1e-09;
    bool var_1461;
    bool var_1462;
    wp::float32 var_1463;
    wp::float32 var_1464;
    const wp::float32 var_1465 = 0.5;
    wp::float32 var_1466;
    wp::vec_t<3, wp::float32> var_1467;
    wp::vec_t<3, wp::float32> var_1468;
    wp::vec_t<3, wp::float32> var_1469;
    const wp::int32 var_1470 = 0;
    const wp::int32 var_1471 = 1;
    wp::int32 var_1472;
    wp::vec_t<3, wp::float32> var_1473;
    wp::vec_t<3, wp::float32> var_1474;
    const wp::int32 var_1475 = 1;
    const wp::int32 var_1476 = 0;
    wp::int32 var_1477;
    wp::int32 var_1478;
    const wp::int32 var_1479 = 1;
    wp::int32 var_1480;
    wp::int32 var_1481;
    const wp::int32 var_1482 = 2;
    wp::int32 var_1483;
    wp::int32 var_1484;
    wp::vec_t<3, wp::int32> var_1485;
    wp::int32 var_1486;
    wp::int32* var_1487;
    wp::int32 var_1488;
    wp::int32 var_1489;
    wp::range_t var_1490;
    wp::int32 var_1491;
    wp::int32* var_1492;
    wp::int32 var_1493;
    wp::int32 var_1494;
    bool var_1495;
    wp::int32 var_1496;
    const wp::int32 var_1497 = 0;
    wp::int32 var_1498;
    bool var_1499;
    const wp::int32 var_1500 = 1;
    wp::int32 var_1501;
    bool var_1502;
    const wp::int32 var_1503 = 2;
    wp::int32 var_1504;
    bool var_1505;
    const wp::int32 var_1506 = 3;
    wp::int32 var_1507;
    bool var_1508;
    bool var_1509;
    wp::int32 var_1510;
    wp::vec_t<3, wp::float32>* var_1511;
    wp::vec_t<3, wp::float32> var_1512;
    wp::vec_t<3, wp::float32> var_1513;
    wp::float32 var_1514;
    bool var_1515;
    const wp::float32 var_1516 = 1e-09;
    bool var_1517;
    bool var_1518;
    wp::float32 var_1519;
    wp::float32 var_1520;
    const wp::float32 var_1521 = 0.5;
    wp::float32 var_1522;
    wp::vec_t<3, wp::float32> var_1523;
    wp::vec_t<3, wp::float32> var_1524;
    wp::vec_t<3, wp::float32> var_1525;
    const wp::int32 var_1526 = 0;
    const wp::int32 var_1527 = 1;
    wp::int32 var_1528;
    wp::vec_t<3, wp::float32> var_1529;
    wp::vec_t<3, wp::float32> var_1530;
    wp::vec_t<3, wp::float32> var_1531;
    //---------
    // forward
    // def repel(x: wp.array(dtype=wp.vec3), h: float, thickness: float, counts: wp.array(dtype=int), entries: wp.array2d(dtype=int), neighbors_of: wp.array(dtype=wp.vec4i), dx: wp.array(dtype=wp.vec3), contacts: wp.array(dtype=int)):       <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // p = x[i]                                                                               <L 30>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = cell_of(p, h)                                                                      <L 31>
    var_4 = cell_of_0(var_2, var_h);
    // nb = neighbors_of[i]                                                                   <L 32>
    var_5 = wp::address(var_neighbors_of, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // corr = wp.vec3()                                                                       <L 33>
    var_8 = wp::vec_t<3, wp::float32>();
    // for ox in range(-1, 2):                                                                <L 34>
    // for oy in range(-1, 2):                                                                <L 35>
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_13 = wp::extract(var_4, var_12);
    var_14 = wp::add(var_13, var_9);
    var_16 = wp::extract(var_4, var_15);
    var_17 = wp::add(var_16, var_10);
    var_19 = wp::extract(var_4, var_18);
    var_20 = wp::add(var_19, var_11);
    var_21 = wp::vec_t<3, wp::int32>(var_14, var_17, var_20);
    var_22 = hash_cell_0(var_21);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_23 = wp::address(var_counts, var_22);
    var_26 = wp::load(var_23);
    var_25 = wp::min(var_26, var_24);
    // for s in range(n):                                                                     <L 39>
    var_27 = wp::range(var_25);
    start_for_0:;
        if (iter_cmp(var_27) == 0) goto end_for_0;
        var_28 = wp::iter_next(var_27);
        // j = entries[b, s]                                                                  <L 40>
        var_29 = wp::address(var_entries, var_22, var_28);
        var_31 = wp::load(var_29);
        var_30 = wp::copy(var_31);
        // if j <= i:                                                                         <L 41>
        var_32 = (var_30 <= var_0);
        if (var_32) {
            // continue                                                                       <L 42>
            goto start_for_0;
        }
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_34 = wp::extract(var_6, var_33);
        var_35 = (var_30 == var_34);
        var_37 = wp::extract(var_6, var_36);
        var_38 = (var_30 == var_37);
        var_40 = wp::extract(var_6, var_39);
        var_41 = (var_30 == var_40);
        var_43 = wp::extract(var_6, var_42);
        var_44 = (var_30 == var_43);
        var_45 = var_35 || var_38 || var_41 || var_44;
        if (var_45) {
            // continue                                                                       <L 44>
            goto start_for_0;
        }
        // d = p - x[j]                                                                       <L 45>
        var_46 = wp::address(var_x, var_30);
        var_48 = wp::load(var_46);
        var_47 = wp::sub(var_2, var_48);
        // l = wp.length(d)                                                                   <L 46>
        var_49 = wp::length(var_47);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_50 = (var_49 < var_thickness);
        var_52 = (var_49 > var_51);
        var_53 = var_50 && var_52;
        if (var_53) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_54 = wp::sub(var_thickness, var_49);
            var_55 = wp::div(var_54, var_49);
            var_57 = wp::mul(var_55, var_56);
            var_58 = wp::mul(var_47, var_57);
            // corr += push                                                                   <L 49>
            var_59 = wp::add(var_8, var_58);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_60 = wp::atomic_sub(var_dx, var_30, var_58);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_63 = wp::atomic_add(var_contacts, var_61, var_62);
        }
        var_64 = wp::where(var_53, var_59, var_8);
        wp::assign(var_8, var_64);
        goto start_for_0;
    end_for_0:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_67 = wp::extract(var_4, var_66);
    var_68 = wp::add(var_67, var_9);
    var_70 = wp::extract(var_4, var_69);
    var_71 = wp::add(var_70, var_10);
    var_73 = wp::extract(var_4, var_72);
    var_74 = wp::add(var_73, var_65);
    var_75 = wp::vec_t<3, wp::int32>(var_68, var_71, var_74);
    var_76 = hash_cell_0(var_75);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_77 = wp::address(var_counts, var_76);
    var_79 = wp::load(var_77);
    var_78 = wp::min(var_79, var_24);
    // for s in range(n):                                                                     <L 39>
    var_80 = wp::range(var_78);
    start_for_2:;
        if (iter_cmp(var_80) == 0) goto end_for_2;
        var_81 = wp::iter_next(var_80);
        // j = entries[b, s]                                                                  <L 40>
        var_82 = wp::address(var_entries, var_76, var_81);
        var_84 = wp::load(var_82);
        var_83 = wp::copy(var_84);
        // if j <= i:                                                                         <L 41>
        var_85 = (var_83 <= var_0);
        if (var_85) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_83);
            goto start_for_2;
        }
        var_86 = wp::where(var_85, var_30, var_83);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_88 = wp::extract(var_6, var_87);
        var_89 = (var_86 == var_88);
        var_91 = wp::extract(var_6, var_90);
        var_92 = (var_86 == var_91);
        var_94 = wp::extract(var_6, var_93);
        var_95 = (var_86 == var_94);
        var_97 = wp::extract(var_6, var_96);
        var_98 = (var_86 == var_97);
        var_99 = var_89 || var_92 || var_95 || var_98;
        if (var_99) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_86);
            goto start_for_2;
        }
        var_100 = wp::where(var_99, var_30, var_86);
        // d = p - x[j]                                                                       <L 45>
        var_101 = wp::address(var_x, var_100);
        var_103 = wp::load(var_101);
        var_102 = wp::sub(var_2, var_103);
        // l = wp.length(d)                                                                   <L 46>
        var_104 = wp::length(var_102);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_105 = (var_104 < var_thickness);
        var_107 = (var_104 > var_106);
        var_108 = var_105 && var_107;
        if (var_108) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_109 = wp::sub(var_thickness, var_104);
            var_110 = wp::div(var_109, var_104);
            var_112 = wp::mul(var_110, var_111);
            var_113 = wp::mul(var_102, var_112);
            // corr += push                                                                   <L 49>
            var_114 = wp::add(var_8, var_113);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_115 = wp::atomic_sub(var_dx, var_100, var_113);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_118 = wp::atomic_add(var_contacts, var_116, var_117);
        }
        var_119 = wp::where(var_108, var_114, var_8);
        var_120 = wp::where(var_108, var_113, var_58);
        wp::assign(var_8, var_119);
        wp::assign(var_30, var_100);
        wp::assign(var_47, var_102);
        wp::assign(var_49, var_104);
        wp::assign(var_58, var_120);
        goto start_for_2;
    end_for_2:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_123 = wp::extract(var_4, var_122);
    var_124 = wp::add(var_123, var_9);
    var_126 = wp::extract(var_4, var_125);
    var_127 = wp::add(var_126, var_10);
    var_129 = wp::extract(var_4, var_128);
    var_130 = wp::add(var_129, var_121);
    var_131 = wp::vec_t<3, wp::int32>(var_124, var_127, var_130);
    var_132 = hash_cell_0(var_131);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_133 = wp::address(var_counts, var_132);
    var_135 = wp::load(var_133);
    var_134 = wp::min(var_135, var_24);
    // for s in range(n):                                                                     <L 39>
    var_136 = wp::range(var_134);
    start_for_4:;
        if (iter_cmp(var_136) == 0) goto end_for_4;
        var_137 = wp::iter_next(var_136);
        // j = entries[b, s]                                                                  <L 40>
        var_138 = wp::address(var_entries, var_132, var_137);
        var_140 = wp::load(var_138);
        var_139 = wp::copy(var_140);
        // if j <= i:                                                                         <L 41>
        var_141 = (var_139 <= var_0);
        if (var_141) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_139);
            goto start_for_4;
        }
        var_142 = wp::where(var_141, var_30, var_139);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_144 = wp::extract(var_6, var_143);
        var_145 = (var_142 == var_144);
        var_147 = wp::extract(var_6, var_146);
        var_148 = (var_142 == var_147);
        var_150 = wp::extract(var_6, var_149);
        var_151 = (var_142 == var_150);
        var_153 = wp::extract(var_6, var_152);
        var_154 = (var_142 == var_153);
        var_155 = var_145 || var_148 || var_151 || var_154;
        if (var_155) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_142);
            goto start_for_4;
        }
        var_156 = wp::where(var_155, var_30, var_142);
        // d = p - x[j]                                                                       <L 45>
        var_157 = wp::address(var_x, var_156);
        var_159 = wp::load(var_157);
        var_158 = wp::sub(var_2, var_159);
        // l = wp.length(d)                                                                   <L 46>
        var_160 = wp::length(var_158);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_161 = (var_160 < var_thickness);
        var_163 = (var_160 > var_162);
        var_164 = var_161 && var_163;
        if (var_164) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_165 = wp::sub(var_thickness, var_160);
            var_166 = wp::div(var_165, var_160);
            var_168 = wp::mul(var_166, var_167);
            var_169 = wp::mul(var_158, var_168);
            // corr += push                                                                   <L 49>
            var_170 = wp::add(var_8, var_169);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_171 = wp::atomic_sub(var_dx, var_156, var_169);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_174 = wp::atomic_add(var_contacts, var_172, var_173);
        }
        var_175 = wp::where(var_164, var_170, var_8);
        var_176 = wp::where(var_164, var_169, var_58);
        wp::assign(var_8, var_175);
        wp::assign(var_30, var_156);
        wp::assign(var_47, var_158);
        wp::assign(var_49, var_160);
        wp::assign(var_58, var_176);
        goto start_for_4;
    end_for_4:;
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_180 = wp::extract(var_4, var_179);
    var_181 = wp::add(var_180, var_9);
    var_183 = wp::extract(var_4, var_182);
    var_184 = wp::add(var_183, var_177);
    var_186 = wp::extract(var_4, var_185);
    var_187 = wp::add(var_186, var_178);
    var_188 = wp::vec_t<3, wp::int32>(var_181, var_184, var_187);
    var_189 = hash_cell_0(var_188);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_190 = wp::address(var_counts, var_189);
    var_192 = wp::load(var_190);
    var_191 = wp::min(var_192, var_24);
    // for s in range(n):                                                                     <L 39>
    var_193 = wp::range(var_191);
    start_for_6:;
        if (iter_cmp(var_193) == 0) goto end_for_6;
        var_194 = wp::iter_next(var_193);
        // j = entries[b, s]                                                                  <L 40>
        var_195 = wp::address(var_entries, var_189, var_194);
        var_197 = wp::load(var_195);
        var_196 = wp::copy(var_197);
        // if j <= i:                                                                         <L 41>
        var_198 = (var_196 <= var_0);
        if (var_198) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_196);
            goto start_for_6;
        }
        var_199 = wp::where(var_198, var_30, var_196);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_201 = wp::extract(var_6, var_200);
        var_202 = (var_199 == var_201);
        var_204 = wp::extract(var_6, var_203);
        var_205 = (var_199 == var_204);
        var_207 = wp::extract(var_6, var_206);
        var_208 = (var_199 == var_207);
        var_210 = wp::extract(var_6, var_209);
        var_211 = (var_199 == var_210);
        var_212 = var_202 || var_205 || var_208 || var_211;
        if (var_212) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_199);
            goto start_for_6;
        }
        var_213 = wp::where(var_212, var_30, var_199);
        // d = p - x[j]                                                                       <L 45>
        var_214 = wp::address(var_x, var_213);
        var_216 = wp::load(var_214);
        var_215 = wp::sub(var_2, var_216);
        // l = wp.length(d)                                                                   <L 46>
        var_217 = wp::length(var_215);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_218 = (var_217 < var_thickness);
        var_220 = (var_217 > var_219);
        var_221 = var_218 && var_220;
        if (var_221) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_222 = wp::sub(var_thickness, var_217);
            var_223 = wp::div(var_222, var_217);
            var_225 = wp::mul(var_223, var_224);
            var_226 = wp::mul(var_215, var_225);
            // corr += push                                                                   <L 49>
            var_227 = wp::add(var_8, var_226);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_228 = wp::atomic_sub(var_dx, var_213, var_226);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_231 = wp::atomic_add(var_contacts, var_229, var_230);
        }
        var_232 = wp::where(var_221, var_227, var_8);
        var_233 = wp::where(var_221, var_226, var_58);
        wp::assign(var_8, var_232);
        wp::assign(var_30, var_213);
        wp::assign(var_47, var_215);
        wp::assign(var_49, var_217);
        wp::assign(var_58, var_233);
        goto start_for_6;
    end_for_6:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_236 = wp::extract(var_4, var_235);
    var_237 = wp::add(var_236, var_9);
    var_239 = wp::extract(var_4, var_238);
    var_240 = wp::add(var_239, var_177);
    var_242 = wp::extract(var_4, var_241);
    var_243 = wp::add(var_242, var_234);
    var_244 = wp::vec_t<3, wp::int32>(var_237, var_240, var_243);
    var_245 = hash_cell_0(var_244);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_246 = wp::address(var_counts, var_245);
    var_248 = wp::load(var_246);
    var_247 = wp::min(var_248, var_24);
    // for s in range(n):                                                                     <L 39>
    var_249 = wp::range(var_247);
    start_for_8:;
        if (iter_cmp(var_249) == 0) goto end_for_8;
        var_250 = wp::iter_next(var_249);
        // j = entries[b, s]                                                                  <L 40>
        var_251 = wp::address(var_entries, var_245, var_250);
        var_253 = wp::load(var_251);
        var_252 = wp::copy(var_253);
        // if j <= i:                                                                         <L 41>
        var_254 = (var_252 <= var_0);
        if (var_254) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_252);
            goto start_for_8;
        }
        var_255 = wp::where(var_254, var_30, var_252);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_257 = wp::extract(var_6, var_256);
        var_258 = (var_255 == var_257);
        var_260 = wp::extract(var_6, var_259);
        var_261 = (var_255 == var_260);
        var_263 = wp::extract(var_6, var_262);
        var_264 = (var_255 == var_263);
        var_266 = wp::extract(var_6, var_265);
        var_267 = (var_255 == var_266);
        var_268 = var_258 || var_261 || var_264 || var_267;
        if (var_268) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_255);
            goto start_for_8;
        }
        var_269 = wp::where(var_268, var_30, var_255);
        // d = p - x[j]                                                                       <L 45>
        var_270 = wp::address(var_x, var_269);
        var_272 = wp::load(var_270);
        var_271 = wp::sub(var_2, var_272);
        // l = wp.length(d)                                                                   <L 46>
        var_273 = wp::length(var_271);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_274 = (var_273 < var_thickness);
        var_276 = (var_273 > var_275);
        var_277 = var_274 && var_276;
        if (var_277) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_278 = wp::sub(var_thickness, var_273);
            var_279 = wp::div(var_278, var_273);
            var_281 = wp::mul(var_279, var_280);
            var_282 = wp::mul(var_271, var_281);
            // corr += push                                                                   <L 49>
            var_283 = wp::add(var_8, var_282);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_284 = wp::atomic_sub(var_dx, var_269, var_282);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_287 = wp::atomic_add(var_contacts, var_285, var_286);
        }
        var_288 = wp::where(var_277, var_283, var_8);
        var_289 = wp::where(var_277, var_282, var_58);
        wp::assign(var_8, var_288);
        wp::assign(var_30, var_269);
        wp::assign(var_47, var_271);
        wp::assign(var_49, var_273);
        wp::assign(var_58, var_289);
        goto start_for_8;
    end_for_8:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_292 = wp::extract(var_4, var_291);
    var_293 = wp::add(var_292, var_9);
    var_295 = wp::extract(var_4, var_294);
    var_296 = wp::add(var_295, var_177);
    var_298 = wp::extract(var_4, var_297);
    var_299 = wp::add(var_298, var_290);
    var_300 = wp::vec_t<3, wp::int32>(var_293, var_296, var_299);
    var_301 = hash_cell_0(var_300);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_302 = wp::address(var_counts, var_301);
    var_304 = wp::load(var_302);
    var_303 = wp::min(var_304, var_24);
    // for s in range(n):                                                                     <L 39>
    var_305 = wp::range(var_303);
    start_for_10:;
        if (iter_cmp(var_305) == 0) goto end_for_10;
        var_306 = wp::iter_next(var_305);
        // j = entries[b, s]                                                                  <L 40>
        var_307 = wp::address(var_entries, var_301, var_306);
        var_309 = wp::load(var_307);
        var_308 = wp::copy(var_309);
        // if j <= i:                                                                         <L 41>
        var_310 = (var_308 <= var_0);
        if (var_310) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_308);
            goto start_for_10;
        }
        var_311 = wp::where(var_310, var_30, var_308);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_313 = wp::extract(var_6, var_312);
        var_314 = (var_311 == var_313);
        var_316 = wp::extract(var_6, var_315);
        var_317 = (var_311 == var_316);
        var_319 = wp::extract(var_6, var_318);
        var_320 = (var_311 == var_319);
        var_322 = wp::extract(var_6, var_321);
        var_323 = (var_311 == var_322);
        var_324 = var_314 || var_317 || var_320 || var_323;
        if (var_324) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_311);
            goto start_for_10;
        }
        var_325 = wp::where(var_324, var_30, var_311);
        // d = p - x[j]                                                                       <L 45>
        var_326 = wp::address(var_x, var_325);
        var_328 = wp::load(var_326);
        var_327 = wp::sub(var_2, var_328);
        // l = wp.length(d)                                                                   <L 46>
        var_329 = wp::length(var_327);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_330 = (var_329 < var_thickness);
        var_332 = (var_329 > var_331);
        var_333 = var_330 && var_332;
        if (var_333) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_334 = wp::sub(var_thickness, var_329);
            var_335 = wp::div(var_334, var_329);
            var_337 = wp::mul(var_335, var_336);
            var_338 = wp::mul(var_327, var_337);
            // corr += push                                                                   <L 49>
            var_339 = wp::add(var_8, var_338);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_340 = wp::atomic_sub(var_dx, var_325, var_338);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_343 = wp::atomic_add(var_contacts, var_341, var_342);
        }
        var_344 = wp::where(var_333, var_339, var_8);
        var_345 = wp::where(var_333, var_338, var_58);
        wp::assign(var_8, var_344);
        wp::assign(var_30, var_325);
        wp::assign(var_47, var_327);
        wp::assign(var_49, var_329);
        wp::assign(var_58, var_345);
        goto start_for_10;
    end_for_10:;
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_349 = wp::extract(var_4, var_348);
    var_350 = wp::add(var_349, var_9);
    var_352 = wp::extract(var_4, var_351);
    var_353 = wp::add(var_352, var_346);
    var_355 = wp::extract(var_4, var_354);
    var_356 = wp::add(var_355, var_347);
    var_357 = wp::vec_t<3, wp::int32>(var_350, var_353, var_356);
    var_358 = hash_cell_0(var_357);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_359 = wp::address(var_counts, var_358);
    var_361 = wp::load(var_359);
    var_360 = wp::min(var_361, var_24);
    // for s in range(n):                                                                     <L 39>
    var_362 = wp::range(var_360);
    start_for_12:;
        if (iter_cmp(var_362) == 0) goto end_for_12;
        var_363 = wp::iter_next(var_362);
        // j = entries[b, s]                                                                  <L 40>
        var_364 = wp::address(var_entries, var_358, var_363);
        var_366 = wp::load(var_364);
        var_365 = wp::copy(var_366);
        // if j <= i:                                                                         <L 41>
        var_367 = (var_365 <= var_0);
        if (var_367) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_365);
            goto start_for_12;
        }
        var_368 = wp::where(var_367, var_30, var_365);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_370 = wp::extract(var_6, var_369);
        var_371 = (var_368 == var_370);
        var_373 = wp::extract(var_6, var_372);
        var_374 = (var_368 == var_373);
        var_376 = wp::extract(var_6, var_375);
        var_377 = (var_368 == var_376);
        var_379 = wp::extract(var_6, var_378);
        var_380 = (var_368 == var_379);
        var_381 = var_371 || var_374 || var_377 || var_380;
        if (var_381) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_368);
            goto start_for_12;
        }
        var_382 = wp::where(var_381, var_30, var_368);
        // d = p - x[j]                                                                       <L 45>
        var_383 = wp::address(var_x, var_382);
        var_385 = wp::load(var_383);
        var_384 = wp::sub(var_2, var_385);
        // l = wp.length(d)                                                                   <L 46>
        var_386 = wp::length(var_384);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_387 = (var_386 < var_thickness);
        var_389 = (var_386 > var_388);
        var_390 = var_387 && var_389;
        if (var_390) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_391 = wp::sub(var_thickness, var_386);
            var_392 = wp::div(var_391, var_386);
            var_394 = wp::mul(var_392, var_393);
            var_395 = wp::mul(var_384, var_394);
            // corr += push                                                                   <L 49>
            var_396 = wp::add(var_8, var_395);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_397 = wp::atomic_sub(var_dx, var_382, var_395);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_400 = wp::atomic_add(var_contacts, var_398, var_399);
        }
        var_401 = wp::where(var_390, var_396, var_8);
        var_402 = wp::where(var_390, var_395, var_58);
        wp::assign(var_8, var_401);
        wp::assign(var_30, var_382);
        wp::assign(var_47, var_384);
        wp::assign(var_49, var_386);
        wp::assign(var_58, var_402);
        goto start_for_12;
    end_for_12:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_405 = wp::extract(var_4, var_404);
    var_406 = wp::add(var_405, var_9);
    var_408 = wp::extract(var_4, var_407);
    var_409 = wp::add(var_408, var_346);
    var_411 = wp::extract(var_4, var_410);
    var_412 = wp::add(var_411, var_403);
    var_413 = wp::vec_t<3, wp::int32>(var_406, var_409, var_412);
    var_414 = hash_cell_0(var_413);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_415 = wp::address(var_counts, var_414);
    var_417 = wp::load(var_415);
    var_416 = wp::min(var_417, var_24);
    // for s in range(n):                                                                     <L 39>
    var_418 = wp::range(var_416);
    start_for_14:;
        if (iter_cmp(var_418) == 0) goto end_for_14;
        var_419 = wp::iter_next(var_418);
        // j = entries[b, s]                                                                  <L 40>
        var_420 = wp::address(var_entries, var_414, var_419);
        var_422 = wp::load(var_420);
        var_421 = wp::copy(var_422);
        // if j <= i:                                                                         <L 41>
        var_423 = (var_421 <= var_0);
        if (var_423) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_421);
            goto start_for_14;
        }
        var_424 = wp::where(var_423, var_30, var_421);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_426 = wp::extract(var_6, var_425);
        var_427 = (var_424 == var_426);
        var_429 = wp::extract(var_6, var_428);
        var_430 = (var_424 == var_429);
        var_432 = wp::extract(var_6, var_431);
        var_433 = (var_424 == var_432);
        var_435 = wp::extract(var_6, var_434);
        var_436 = (var_424 == var_435);
        var_437 = var_427 || var_430 || var_433 || var_436;
        if (var_437) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_424);
            goto start_for_14;
        }
        var_438 = wp::where(var_437, var_30, var_424);
        // d = p - x[j]                                                                       <L 45>
        var_439 = wp::address(var_x, var_438);
        var_441 = wp::load(var_439);
        var_440 = wp::sub(var_2, var_441);
        // l = wp.length(d)                                                                   <L 46>
        var_442 = wp::length(var_440);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_443 = (var_442 < var_thickness);
        var_445 = (var_442 > var_444);
        var_446 = var_443 && var_445;
        if (var_446) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_447 = wp::sub(var_thickness, var_442);
            var_448 = wp::div(var_447, var_442);
            var_450 = wp::mul(var_448, var_449);
            var_451 = wp::mul(var_440, var_450);
            // corr += push                                                                   <L 49>
            var_452 = wp::add(var_8, var_451);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_453 = wp::atomic_sub(var_dx, var_438, var_451);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_456 = wp::atomic_add(var_contacts, var_454, var_455);
        }
        var_457 = wp::where(var_446, var_452, var_8);
        var_458 = wp::where(var_446, var_451, var_58);
        wp::assign(var_8, var_457);
        wp::assign(var_30, var_438);
        wp::assign(var_47, var_440);
        wp::assign(var_49, var_442);
        wp::assign(var_58, var_458);
        goto start_for_14;
    end_for_14:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_461 = wp::extract(var_4, var_460);
    var_462 = wp::add(var_461, var_9);
    var_464 = wp::extract(var_4, var_463);
    var_465 = wp::add(var_464, var_346);
    var_467 = wp::extract(var_4, var_466);
    var_468 = wp::add(var_467, var_459);
    var_469 = wp::vec_t<3, wp::int32>(var_462, var_465, var_468);
    var_470 = hash_cell_0(var_469);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_471 = wp::address(var_counts, var_470);
    var_473 = wp::load(var_471);
    var_472 = wp::min(var_473, var_24);
    // for s in range(n):                                                                     <L 39>
    var_474 = wp::range(var_472);
    start_for_16:;
        if (iter_cmp(var_474) == 0) goto end_for_16;
        var_475 = wp::iter_next(var_474);
        // j = entries[b, s]                                                                  <L 40>
        var_476 = wp::address(var_entries, var_470, var_475);
        var_478 = wp::load(var_476);
        var_477 = wp::copy(var_478);
        // if j <= i:                                                                         <L 41>
        var_479 = (var_477 <= var_0);
        if (var_479) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_477);
            goto start_for_16;
        }
        var_480 = wp::where(var_479, var_30, var_477);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_482 = wp::extract(var_6, var_481);
        var_483 = (var_480 == var_482);
        var_485 = wp::extract(var_6, var_484);
        var_486 = (var_480 == var_485);
        var_488 = wp::extract(var_6, var_487);
        var_489 = (var_480 == var_488);
        var_491 = wp::extract(var_6, var_490);
        var_492 = (var_480 == var_491);
        var_493 = var_483 || var_486 || var_489 || var_492;
        if (var_493) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_480);
            goto start_for_16;
        }
        var_494 = wp::where(var_493, var_30, var_480);
        // d = p - x[j]                                                                       <L 45>
        var_495 = wp::address(var_x, var_494);
        var_497 = wp::load(var_495);
        var_496 = wp::sub(var_2, var_497);
        // l = wp.length(d)                                                                   <L 46>
        var_498 = wp::length(var_496);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_499 = (var_498 < var_thickness);
        var_501 = (var_498 > var_500);
        var_502 = var_499 && var_501;
        if (var_502) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_503 = wp::sub(var_thickness, var_498);
            var_504 = wp::div(var_503, var_498);
            var_506 = wp::mul(var_504, var_505);
            var_507 = wp::mul(var_496, var_506);
            // corr += push                                                                   <L 49>
            var_508 = wp::add(var_8, var_507);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_509 = wp::atomic_sub(var_dx, var_494, var_507);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_512 = wp::atomic_add(var_contacts, var_510, var_511);
        }
        var_513 = wp::where(var_502, var_508, var_8);
        var_514 = wp::where(var_502, var_507, var_58);
        wp::assign(var_8, var_513);
        wp::assign(var_30, var_494);
        wp::assign(var_47, var_496);
        wp::assign(var_49, var_498);
        wp::assign(var_58, var_514);
        goto start_for_16;
    end_for_16:;
    // for oy in range(-1, 2):                                                                <L 35>
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_519 = wp::extract(var_4, var_518);
    var_520 = wp::add(var_519, var_515);
    var_522 = wp::extract(var_4, var_521);
    var_523 = wp::add(var_522, var_516);
    var_525 = wp::extract(var_4, var_524);
    var_526 = wp::add(var_525, var_517);
    var_527 = wp::vec_t<3, wp::int32>(var_520, var_523, var_526);
    var_528 = hash_cell_0(var_527);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_529 = wp::address(var_counts, var_528);
    var_531 = wp::load(var_529);
    var_530 = wp::min(var_531, var_24);
    // for s in range(n):                                                                     <L 39>
    var_532 = wp::range(var_530);
    start_for_18:;
        if (iter_cmp(var_532) == 0) goto end_for_18;
        var_533 = wp::iter_next(var_532);
        // j = entries[b, s]                                                                  <L 40>
        var_534 = wp::address(var_entries, var_528, var_533);
        var_536 = wp::load(var_534);
        var_535 = wp::copy(var_536);
        // if j <= i:                                                                         <L 41>
        var_537 = (var_535 <= var_0);
        if (var_537) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_535);
            goto start_for_18;
        }
        var_538 = wp::where(var_537, var_30, var_535);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_540 = wp::extract(var_6, var_539);
        var_541 = (var_538 == var_540);
        var_543 = wp::extract(var_6, var_542);
        var_544 = (var_538 == var_543);
        var_546 = wp::extract(var_6, var_545);
        var_547 = (var_538 == var_546);
        var_549 = wp::extract(var_6, var_548);
        var_550 = (var_538 == var_549);
        var_551 = var_541 || var_544 || var_547 || var_550;
        if (var_551) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_538);
            goto start_for_18;
        }
        var_552 = wp::where(var_551, var_30, var_538);
        // d = p - x[j]                                                                       <L 45>
        var_553 = wp::address(var_x, var_552);
        var_555 = wp::load(var_553);
        var_554 = wp::sub(var_2, var_555);
        // l = wp.length(d)                                                                   <L 46>
        var_556 = wp::length(var_554);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_557 = (var_556 < var_thickness);
        var_559 = (var_556 > var_558);
        var_560 = var_557 && var_559;
        if (var_560) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_561 = wp::sub(var_thickness, var_556);
            var_562 = wp::div(var_561, var_556);
            var_564 = wp::mul(var_562, var_563);
            var_565 = wp::mul(var_554, var_564);
            // corr += push                                                                   <L 49>
            var_566 = wp::add(var_8, var_565);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_567 = wp::atomic_sub(var_dx, var_552, var_565);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_570 = wp::atomic_add(var_contacts, var_568, var_569);
        }
        var_571 = wp::where(var_560, var_566, var_8);
        var_572 = wp::where(var_560, var_565, var_58);
        wp::assign(var_8, var_571);
        wp::assign(var_30, var_552);
        wp::assign(var_47, var_554);
        wp::assign(var_49, var_556);
        wp::assign(var_58, var_572);
        goto start_for_18;
    end_for_18:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_575 = wp::extract(var_4, var_574);
    var_576 = wp::add(var_575, var_515);
    var_578 = wp::extract(var_4, var_577);
    var_579 = wp::add(var_578, var_516);
    var_581 = wp::extract(var_4, var_580);
    var_582 = wp::add(var_581, var_573);
    var_583 = wp::vec_t<3, wp::int32>(var_576, var_579, var_582);
    var_584 = hash_cell_0(var_583);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_585 = wp::address(var_counts, var_584);
    var_587 = wp::load(var_585);
    var_586 = wp::min(var_587, var_24);
    // for s in range(n):                                                                     <L 39>
    var_588 = wp::range(var_586);
    start_for_20:;
        if (iter_cmp(var_588) == 0) goto end_for_20;
        var_589 = wp::iter_next(var_588);
        // j = entries[b, s]                                                                  <L 40>
        var_590 = wp::address(var_entries, var_584, var_589);
        var_592 = wp::load(var_590);
        var_591 = wp::copy(var_592);
        // if j <= i:                                                                         <L 41>
        var_593 = (var_591 <= var_0);
        if (var_593) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_591);
            goto start_for_20;
        }
        var_594 = wp::where(var_593, var_30, var_591);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_596 = wp::extract(var_6, var_595);
        var_597 = (var_594 == var_596);
        var_599 = wp::extract(var_6, var_598);
        var_600 = (var_594 == var_599);
        var_602 = wp::extract(var_6, var_601);
        var_603 = (var_594 == var_602);
        var_605 = wp::extract(var_6, var_604);
        var_606 = (var_594 == var_605);
        var_607 = var_597 || var_600 || var_603 || var_606;
        if (var_607) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_594);
            goto start_for_20;
        }
        var_608 = wp::where(var_607, var_30, var_594);
        // d = p - x[j]                                                                       <L 45>
        var_609 = wp::address(var_x, var_608);
        var_611 = wp::load(var_609);
        var_610 = wp::sub(var_2, var_611);
        // l = wp.length(d)                                                                   <L 46>
        var_612 = wp::length(var_610);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_613 = (var_612 < var_thickness);
        var_615 = (var_612 > var_614);
        var_616 = var_613 && var_615;
        if (var_616) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_617 = wp::sub(var_thickness, var_612);
            var_618 = wp::div(var_617, var_612);
            var_620 = wp::mul(var_618, var_619);
            var_621 = wp::mul(var_610, var_620);
            // corr += push                                                                   <L 49>
            var_622 = wp::add(var_8, var_621);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_623 = wp::atomic_sub(var_dx, var_608, var_621);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_626 = wp::atomic_add(var_contacts, var_624, var_625);
        }
        var_627 = wp::where(var_616, var_622, var_8);
        var_628 = wp::where(var_616, var_621, var_58);
        wp::assign(var_8, var_627);
        wp::assign(var_30, var_608);
        wp::assign(var_47, var_610);
        wp::assign(var_49, var_612);
        wp::assign(var_58, var_628);
        goto start_for_20;
    end_for_20:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_631 = wp::extract(var_4, var_630);
    var_632 = wp::add(var_631, var_515);
    var_634 = wp::extract(var_4, var_633);
    var_635 = wp::add(var_634, var_516);
    var_637 = wp::extract(var_4, var_636);
    var_638 = wp::add(var_637, var_629);
    var_639 = wp::vec_t<3, wp::int32>(var_632, var_635, var_638);
    var_640 = hash_cell_0(var_639);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_641 = wp::address(var_counts, var_640);
    var_643 = wp::load(var_641);
    var_642 = wp::min(var_643, var_24);
    // for s in range(n):                                                                     <L 39>
    var_644 = wp::range(var_642);
    start_for_22:;
        if (iter_cmp(var_644) == 0) goto end_for_22;
        var_645 = wp::iter_next(var_644);
        // j = entries[b, s]                                                                  <L 40>
        var_646 = wp::address(var_entries, var_640, var_645);
        var_648 = wp::load(var_646);
        var_647 = wp::copy(var_648);
        // if j <= i:                                                                         <L 41>
        var_649 = (var_647 <= var_0);
        if (var_649) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_647);
            goto start_for_22;
        }
        var_650 = wp::where(var_649, var_30, var_647);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_652 = wp::extract(var_6, var_651);
        var_653 = (var_650 == var_652);
        var_655 = wp::extract(var_6, var_654);
        var_656 = (var_650 == var_655);
        var_658 = wp::extract(var_6, var_657);
        var_659 = (var_650 == var_658);
        var_661 = wp::extract(var_6, var_660);
        var_662 = (var_650 == var_661);
        var_663 = var_653 || var_656 || var_659 || var_662;
        if (var_663) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_650);
            goto start_for_22;
        }
        var_664 = wp::where(var_663, var_30, var_650);
        // d = p - x[j]                                                                       <L 45>
        var_665 = wp::address(var_x, var_664);
        var_667 = wp::load(var_665);
        var_666 = wp::sub(var_2, var_667);
        // l = wp.length(d)                                                                   <L 46>
        var_668 = wp::length(var_666);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_669 = (var_668 < var_thickness);
        var_671 = (var_668 > var_670);
        var_672 = var_669 && var_671;
        if (var_672) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_673 = wp::sub(var_thickness, var_668);
            var_674 = wp::div(var_673, var_668);
            var_676 = wp::mul(var_674, var_675);
            var_677 = wp::mul(var_666, var_676);
            // corr += push                                                                   <L 49>
            var_678 = wp::add(var_8, var_677);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_679 = wp::atomic_sub(var_dx, var_664, var_677);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_682 = wp::atomic_add(var_contacts, var_680, var_681);
        }
        var_683 = wp::where(var_672, var_678, var_8);
        var_684 = wp::where(var_672, var_677, var_58);
        wp::assign(var_8, var_683);
        wp::assign(var_30, var_664);
        wp::assign(var_47, var_666);
        wp::assign(var_49, var_668);
        wp::assign(var_58, var_684);
        goto start_for_22;
    end_for_22:;
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_688 = wp::extract(var_4, var_687);
    var_689 = wp::add(var_688, var_515);
    var_691 = wp::extract(var_4, var_690);
    var_692 = wp::add(var_691, var_685);
    var_694 = wp::extract(var_4, var_693);
    var_695 = wp::add(var_694, var_686);
    var_696 = wp::vec_t<3, wp::int32>(var_689, var_692, var_695);
    var_697 = hash_cell_0(var_696);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_698 = wp::address(var_counts, var_697);
    var_700 = wp::load(var_698);
    var_699 = wp::min(var_700, var_24);
    // for s in range(n):                                                                     <L 39>
    var_701 = wp::range(var_699);
    start_for_24:;
        if (iter_cmp(var_701) == 0) goto end_for_24;
        var_702 = wp::iter_next(var_701);
        // j = entries[b, s]                                                                  <L 40>
        var_703 = wp::address(var_entries, var_697, var_702);
        var_705 = wp::load(var_703);
        var_704 = wp::copy(var_705);
        // if j <= i:                                                                         <L 41>
        var_706 = (var_704 <= var_0);
        if (var_706) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_704);
            goto start_for_24;
        }
        var_707 = wp::where(var_706, var_30, var_704);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_709 = wp::extract(var_6, var_708);
        var_710 = (var_707 == var_709);
        var_712 = wp::extract(var_6, var_711);
        var_713 = (var_707 == var_712);
        var_715 = wp::extract(var_6, var_714);
        var_716 = (var_707 == var_715);
        var_718 = wp::extract(var_6, var_717);
        var_719 = (var_707 == var_718);
        var_720 = var_710 || var_713 || var_716 || var_719;
        if (var_720) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_707);
            goto start_for_24;
        }
        var_721 = wp::where(var_720, var_30, var_707);
        // d = p - x[j]                                                                       <L 45>
        var_722 = wp::address(var_x, var_721);
        var_724 = wp::load(var_722);
        var_723 = wp::sub(var_2, var_724);
        // l = wp.length(d)                                                                   <L 46>
        var_725 = wp::length(var_723);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_726 = (var_725 < var_thickness);
        var_728 = (var_725 > var_727);
        var_729 = var_726 && var_728;
        if (var_729) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_730 = wp::sub(var_thickness, var_725);
            var_731 = wp::div(var_730, var_725);
            var_733 = wp::mul(var_731, var_732);
            var_734 = wp::mul(var_723, var_733);
            // corr += push                                                                   <L 49>
            var_735 = wp::add(var_8, var_734);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_736 = wp::atomic_sub(var_dx, var_721, var_734);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_739 = wp::atomic_add(var_contacts, var_737, var_738);
        }
        var_740 = wp::where(var_729, var_735, var_8);
        var_741 = wp::where(var_729, var_734, var_58);
        wp::assign(var_8, var_740);
        wp::assign(var_30, var_721);
        wp::assign(var_47, var_723);
        wp::assign(var_49, var_725);
        wp::assign(var_58, var_741);
        goto start_for_24;
    end_for_24:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_744 = wp::extract(var_4, var_743);
    var_745 = wp::add(var_744, var_515);
    var_747 = wp::extract(var_4, var_746);
    var_748 = wp::add(var_747, var_685);
    var_750 = wp::extract(var_4, var_749);
    var_751 = wp::add(var_750, var_742);
    var_752 = wp::vec_t<3, wp::int32>(var_745, var_748, var_751);
    var_753 = hash_cell_0(var_752);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_754 = wp::address(var_counts, var_753);
    var_756 = wp::load(var_754);
    var_755 = wp::min(var_756, var_24);
    // for s in range(n):                                                                     <L 39>
    var_757 = wp::range(var_755);
    start_for_26:;
        if (iter_cmp(var_757) == 0) goto end_for_26;
        var_758 = wp::iter_next(var_757);
        // j = entries[b, s]                                                                  <L 40>
        var_759 = wp::address(var_entries, var_753, var_758);
        var_761 = wp::load(var_759);
        var_760 = wp::copy(var_761);
        // if j <= i:                                                                         <L 41>
        var_762 = (var_760 <= var_0);
        if (var_762) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_760);
            goto start_for_26;
        }
        var_763 = wp::where(var_762, var_30, var_760);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_765 = wp::extract(var_6, var_764);
        var_766 = (var_763 == var_765);
        var_768 = wp::extract(var_6, var_767);
        var_769 = (var_763 == var_768);
        var_771 = wp::extract(var_6, var_770);
        var_772 = (var_763 == var_771);
        var_774 = wp::extract(var_6, var_773);
        var_775 = (var_763 == var_774);
        var_776 = var_766 || var_769 || var_772 || var_775;
        if (var_776) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_763);
            goto start_for_26;
        }
        var_777 = wp::where(var_776, var_30, var_763);
        // d = p - x[j]                                                                       <L 45>
        var_778 = wp::address(var_x, var_777);
        var_780 = wp::load(var_778);
        var_779 = wp::sub(var_2, var_780);
        // l = wp.length(d)                                                                   <L 46>
        var_781 = wp::length(var_779);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_782 = (var_781 < var_thickness);
        var_784 = (var_781 > var_783);
        var_785 = var_782 && var_784;
        if (var_785) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_786 = wp::sub(var_thickness, var_781);
            var_787 = wp::div(var_786, var_781);
            var_789 = wp::mul(var_787, var_788);
            var_790 = wp::mul(var_779, var_789);
            // corr += push                                                                   <L 49>
            var_791 = wp::add(var_8, var_790);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_792 = wp::atomic_sub(var_dx, var_777, var_790);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_795 = wp::atomic_add(var_contacts, var_793, var_794);
        }
        var_796 = wp::where(var_785, var_791, var_8);
        var_797 = wp::where(var_785, var_790, var_58);
        wp::assign(var_8, var_796);
        wp::assign(var_30, var_777);
        wp::assign(var_47, var_779);
        wp::assign(var_49, var_781);
        wp::assign(var_58, var_797);
        goto start_for_26;
    end_for_26:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_800 = wp::extract(var_4, var_799);
    var_801 = wp::add(var_800, var_515);
    var_803 = wp::extract(var_4, var_802);
    var_804 = wp::add(var_803, var_685);
    var_806 = wp::extract(var_4, var_805);
    var_807 = wp::add(var_806, var_798);
    var_808 = wp::vec_t<3, wp::int32>(var_801, var_804, var_807);
    var_809 = hash_cell_0(var_808);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_810 = wp::address(var_counts, var_809);
    var_812 = wp::load(var_810);
    var_811 = wp::min(var_812, var_24);
    // for s in range(n):                                                                     <L 39>
    var_813 = wp::range(var_811);
    start_for_28:;
        if (iter_cmp(var_813) == 0) goto end_for_28;
        var_814 = wp::iter_next(var_813);
        // j = entries[b, s]                                                                  <L 40>
        var_815 = wp::address(var_entries, var_809, var_814);
        var_817 = wp::load(var_815);
        var_816 = wp::copy(var_817);
        // if j <= i:                                                                         <L 41>
        var_818 = (var_816 <= var_0);
        if (var_818) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_816);
            goto start_for_28;
        }
        var_819 = wp::where(var_818, var_30, var_816);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_821 = wp::extract(var_6, var_820);
        var_822 = (var_819 == var_821);
        var_824 = wp::extract(var_6, var_823);
        var_825 = (var_819 == var_824);
        var_827 = wp::extract(var_6, var_826);
        var_828 = (var_819 == var_827);
        var_830 = wp::extract(var_6, var_829);
        var_831 = (var_819 == var_830);
        var_832 = var_822 || var_825 || var_828 || var_831;
        if (var_832) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_819);
            goto start_for_28;
        }
        var_833 = wp::where(var_832, var_30, var_819);
        // d = p - x[j]                                                                       <L 45>
        var_834 = wp::address(var_x, var_833);
        var_836 = wp::load(var_834);
        var_835 = wp::sub(var_2, var_836);
        // l = wp.length(d)                                                                   <L 46>
        var_837 = wp::length(var_835);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_838 = (var_837 < var_thickness);
        var_840 = (var_837 > var_839);
        var_841 = var_838 && var_840;
        if (var_841) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_842 = wp::sub(var_thickness, var_837);
            var_843 = wp::div(var_842, var_837);
            var_845 = wp::mul(var_843, var_844);
            var_846 = wp::mul(var_835, var_845);
            // corr += push                                                                   <L 49>
            var_847 = wp::add(var_8, var_846);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_848 = wp::atomic_sub(var_dx, var_833, var_846);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_851 = wp::atomic_add(var_contacts, var_849, var_850);
        }
        var_852 = wp::where(var_841, var_847, var_8);
        var_853 = wp::where(var_841, var_846, var_58);
        wp::assign(var_8, var_852);
        wp::assign(var_30, var_833);
        wp::assign(var_47, var_835);
        wp::assign(var_49, var_837);
        wp::assign(var_58, var_853);
        goto start_for_28;
    end_for_28:;
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_857 = wp::extract(var_4, var_856);
    var_858 = wp::add(var_857, var_515);
    var_860 = wp::extract(var_4, var_859);
    var_861 = wp::add(var_860, var_854);
    var_863 = wp::extract(var_4, var_862);
    var_864 = wp::add(var_863, var_855);
    var_865 = wp::vec_t<3, wp::int32>(var_858, var_861, var_864);
    var_866 = hash_cell_0(var_865);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_867 = wp::address(var_counts, var_866);
    var_869 = wp::load(var_867);
    var_868 = wp::min(var_869, var_24);
    // for s in range(n):                                                                     <L 39>
    var_870 = wp::range(var_868);
    start_for_30:;
        if (iter_cmp(var_870) == 0) goto end_for_30;
        var_871 = wp::iter_next(var_870);
        // j = entries[b, s]                                                                  <L 40>
        var_872 = wp::address(var_entries, var_866, var_871);
        var_874 = wp::load(var_872);
        var_873 = wp::copy(var_874);
        // if j <= i:                                                                         <L 41>
        var_875 = (var_873 <= var_0);
        if (var_875) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_873);
            goto start_for_30;
        }
        var_876 = wp::where(var_875, var_30, var_873);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_878 = wp::extract(var_6, var_877);
        var_879 = (var_876 == var_878);
        var_881 = wp::extract(var_6, var_880);
        var_882 = (var_876 == var_881);
        var_884 = wp::extract(var_6, var_883);
        var_885 = (var_876 == var_884);
        var_887 = wp::extract(var_6, var_886);
        var_888 = (var_876 == var_887);
        var_889 = var_879 || var_882 || var_885 || var_888;
        if (var_889) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_876);
            goto start_for_30;
        }
        var_890 = wp::where(var_889, var_30, var_876);
        // d = p - x[j]                                                                       <L 45>
        var_891 = wp::address(var_x, var_890);
        var_893 = wp::load(var_891);
        var_892 = wp::sub(var_2, var_893);
        // l = wp.length(d)                                                                   <L 46>
        var_894 = wp::length(var_892);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_895 = (var_894 < var_thickness);
        var_897 = (var_894 > var_896);
        var_898 = var_895 && var_897;
        if (var_898) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_899 = wp::sub(var_thickness, var_894);
            var_900 = wp::div(var_899, var_894);
            var_902 = wp::mul(var_900, var_901);
            var_903 = wp::mul(var_892, var_902);
            // corr += push                                                                   <L 49>
            var_904 = wp::add(var_8, var_903);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_905 = wp::atomic_sub(var_dx, var_890, var_903);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_908 = wp::atomic_add(var_contacts, var_906, var_907);
        }
        var_909 = wp::where(var_898, var_904, var_8);
        var_910 = wp::where(var_898, var_903, var_58);
        wp::assign(var_8, var_909);
        wp::assign(var_30, var_890);
        wp::assign(var_47, var_892);
        wp::assign(var_49, var_894);
        wp::assign(var_58, var_910);
        goto start_for_30;
    end_for_30:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_913 = wp::extract(var_4, var_912);
    var_914 = wp::add(var_913, var_515);
    var_916 = wp::extract(var_4, var_915);
    var_917 = wp::add(var_916, var_854);
    var_919 = wp::extract(var_4, var_918);
    var_920 = wp::add(var_919, var_911);
    var_921 = wp::vec_t<3, wp::int32>(var_914, var_917, var_920);
    var_922 = hash_cell_0(var_921);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_923 = wp::address(var_counts, var_922);
    var_925 = wp::load(var_923);
    var_924 = wp::min(var_925, var_24);
    // for s in range(n):                                                                     <L 39>
    var_926 = wp::range(var_924);
    start_for_32:;
        if (iter_cmp(var_926) == 0) goto end_for_32;
        var_927 = wp::iter_next(var_926);
        // j = entries[b, s]                                                                  <L 40>
        var_928 = wp::address(var_entries, var_922, var_927);
        var_930 = wp::load(var_928);
        var_929 = wp::copy(var_930);
        // if j <= i:                                                                         <L 41>
        var_931 = (var_929 <= var_0);
        if (var_931) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_929);
            goto start_for_32;
        }
        var_932 = wp::where(var_931, var_30, var_929);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_934 = wp::extract(var_6, var_933);
        var_935 = (var_932 == var_934);
        var_937 = wp::extract(var_6, var_936);
        var_938 = (var_932 == var_937);
        var_940 = wp::extract(var_6, var_939);
        var_941 = (var_932 == var_940);
        var_943 = wp::extract(var_6, var_942);
        var_944 = (var_932 == var_943);
        var_945 = var_935 || var_938 || var_941 || var_944;
        if (var_945) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_932);
            goto start_for_32;
        }
        var_946 = wp::where(var_945, var_30, var_932);
        // d = p - x[j]                                                                       <L 45>
        var_947 = wp::address(var_x, var_946);
        var_949 = wp::load(var_947);
        var_948 = wp::sub(var_2, var_949);
        // l = wp.length(d)                                                                   <L 46>
        var_950 = wp::length(var_948);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_951 = (var_950 < var_thickness);
        var_953 = (var_950 > var_952);
        var_954 = var_951 && var_953;
        if (var_954) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_955 = wp::sub(var_thickness, var_950);
            var_956 = wp::div(var_955, var_950);
            var_958 = wp::mul(var_956, var_957);
            var_959 = wp::mul(var_948, var_958);
            // corr += push                                                                   <L 49>
            var_960 = wp::add(var_8, var_959);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_961 = wp::atomic_sub(var_dx, var_946, var_959);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_964 = wp::atomic_add(var_contacts, var_962, var_963);
        }
        var_965 = wp::where(var_954, var_960, var_8);
        var_966 = wp::where(var_954, var_959, var_58);
        wp::assign(var_8, var_965);
        wp::assign(var_30, var_946);
        wp::assign(var_47, var_948);
        wp::assign(var_49, var_950);
        wp::assign(var_58, var_966);
        goto start_for_32;
    end_for_32:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_969 = wp::extract(var_4, var_968);
    var_970 = wp::add(var_969, var_515);
    var_972 = wp::extract(var_4, var_971);
    var_973 = wp::add(var_972, var_854);
    var_975 = wp::extract(var_4, var_974);
    var_976 = wp::add(var_975, var_967);
    var_977 = wp::vec_t<3, wp::int32>(var_970, var_973, var_976);
    var_978 = hash_cell_0(var_977);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_979 = wp::address(var_counts, var_978);
    var_981 = wp::load(var_979);
    var_980 = wp::min(var_981, var_24);
    // for s in range(n):                                                                     <L 39>
    var_982 = wp::range(var_980);
    start_for_34:;
        if (iter_cmp(var_982) == 0) goto end_for_34;
        var_983 = wp::iter_next(var_982);
        // j = entries[b, s]                                                                  <L 40>
        var_984 = wp::address(var_entries, var_978, var_983);
        var_986 = wp::load(var_984);
        var_985 = wp::copy(var_986);
        // if j <= i:                                                                         <L 41>
        var_987 = (var_985 <= var_0);
        if (var_987) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_985);
            goto start_for_34;
        }
        var_988 = wp::where(var_987, var_30, var_985);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_990 = wp::extract(var_6, var_989);
        var_991 = (var_988 == var_990);
        var_993 = wp::extract(var_6, var_992);
        var_994 = (var_988 == var_993);
        var_996 = wp::extract(var_6, var_995);
        var_997 = (var_988 == var_996);
        var_999 = wp::extract(var_6, var_998);
        var_1000 = (var_988 == var_999);
        var_1001 = var_991 || var_994 || var_997 || var_1000;
        if (var_1001) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_988);
            goto start_for_34;
        }
        var_1002 = wp::where(var_1001, var_30, var_988);
        // d = p - x[j]                                                                       <L 45>
        var_1003 = wp::address(var_x, var_1002);
        var_1005 = wp::load(var_1003);
        var_1004 = wp::sub(var_2, var_1005);
        // l = wp.length(d)                                                                   <L 46>
        var_1006 = wp::length(var_1004);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1007 = (var_1006 < var_thickness);
        var_1009 = (var_1006 > var_1008);
        var_1010 = var_1007 && var_1009;
        if (var_1010) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1011 = wp::sub(var_thickness, var_1006);
            var_1012 = wp::div(var_1011, var_1006);
            var_1014 = wp::mul(var_1012, var_1013);
            var_1015 = wp::mul(var_1004, var_1014);
            // corr += push                                                                   <L 49>
            var_1016 = wp::add(var_8, var_1015);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_1017 = wp::atomic_sub(var_dx, var_1002, var_1015);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_1020 = wp::atomic_add(var_contacts, var_1018, var_1019);
        }
        var_1021 = wp::where(var_1010, var_1016, var_8);
        var_1022 = wp::where(var_1010, var_1015, var_58);
        wp::assign(var_8, var_1021);
        wp::assign(var_30, var_1002);
        wp::assign(var_47, var_1004);
        wp::assign(var_49, var_1006);
        wp::assign(var_58, var_1022);
        goto start_for_34;
    end_for_34:;
    // for oy in range(-1, 2):                                                                <L 35>
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1027 = wp::extract(var_4, var_1026);
    var_1028 = wp::add(var_1027, var_1023);
    var_1030 = wp::extract(var_4, var_1029);
    var_1031 = wp::add(var_1030, var_1024);
    var_1033 = wp::extract(var_4, var_1032);
    var_1034 = wp::add(var_1033, var_1025);
    var_1035 = wp::vec_t<3, wp::int32>(var_1028, var_1031, var_1034);
    var_1036 = hash_cell_0(var_1035);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1037 = wp::address(var_counts, var_1036);
    var_1039 = wp::load(var_1037);
    var_1038 = wp::min(var_1039, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1040 = wp::range(var_1038);
    start_for_36:;
        if (iter_cmp(var_1040) == 0) goto end_for_36;
        var_1041 = wp::iter_next(var_1040);
        // j = entries[b, s]                                                                  <L 40>
        var_1042 = wp::address(var_entries, var_1036, var_1041);
        var_1044 = wp::load(var_1042);
        var_1043 = wp::copy(var_1044);
        // if j <= i:                                                                         <L 41>
        var_1045 = (var_1043 <= var_0);
        if (var_1045) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1043);
            goto start_for_36;
        }
        var_1046 = wp::where(var_1045, var_30, var_1043);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1048 = wp::extract(var_6, var_1047);
        var_1049 = (var_1046 == var_1048);
        var_1051 = wp::extract(var_6, var_1050);
        var_1052 = (var_1046 == var_1051);
        var_1054 = wp::extract(var_6, var_1053);
        var_1055 = (var_1046 == var_1054);
        var_1057 = wp::extract(var_6, var_1056);
        var_1058 = (var_1046 == var_1057);
        var_1059 = var_1049 || var_1052 || var_1055 || var_1058;
        if (var_1059) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1046);
            goto start_for_36;
        }
        var_1060 = wp::where(var_1059, var_30, var_1046);
        // d = p - x[j]                                                                       <L 45>
        var_1061 = wp::address(var_x, var_1060);
        var_1063 = wp::load(var_1061);
        var_1062 = wp::sub(var_2, var_1063);
        // l = wp.length(d)                                                                   <L 46>
        var_1064 = wp::length(var_1062);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1065 = (var_1064 < var_thickness);
        var_1067 = (var_1064 > var_1066);
        var_1068 = var_1065 && var_1067;
        if (var_1068) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1069 = wp::sub(var_thickness, var_1064);
            var_1070 = wp::div(var_1069, var_1064);
            var_1072 = wp::mul(var_1070, var_1071);
            var_1073 = wp::mul(var_1062, var_1072);
            // corr += push                                                                   <L 49>
            var_1074 = wp::add(var_8, var_1073);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_1075 = wp::atomic_sub(var_dx, var_1060, var_1073);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_1078 = wp::atomic_add(var_contacts, var_1076, var_1077);
        }
        var_1079 = wp::where(var_1068, var_1074, var_8);
        var_1080 = wp::where(var_1068, var_1073, var_58);
        wp::assign(var_8, var_1079);
        wp::assign(var_30, var_1060);
        wp::assign(var_47, var_1062);
        wp::assign(var_49, var_1064);
        wp::assign(var_58, var_1080);
        goto start_for_36;
    end_for_36:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1083 = wp::extract(var_4, var_1082);
    var_1084 = wp::add(var_1083, var_1023);
    var_1086 = wp::extract(var_4, var_1085);
    var_1087 = wp::add(var_1086, var_1024);
    var_1089 = wp::extract(var_4, var_1088);
    var_1090 = wp::add(var_1089, var_1081);
    var_1091 = wp::vec_t<3, wp::int32>(var_1084, var_1087, var_1090);
    var_1092 = hash_cell_0(var_1091);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1093 = wp::address(var_counts, var_1092);
    var_1095 = wp::load(var_1093);
    var_1094 = wp::min(var_1095, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1096 = wp::range(var_1094);
    start_for_38:;
        if (iter_cmp(var_1096) == 0) goto end_for_38;
        var_1097 = wp::iter_next(var_1096);
        // j = entries[b, s]                                                                  <L 40>
        var_1098 = wp::address(var_entries, var_1092, var_1097);
        var_1100 = wp::load(var_1098);
        var_1099 = wp::copy(var_1100);
        // if j <= i:                                                                         <L 41>
        var_1101 = (var_1099 <= var_0);
        if (var_1101) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1099);
            goto start_for_38;
        }
        var_1102 = wp::where(var_1101, var_30, var_1099);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1104 = wp::extract(var_6, var_1103);
        var_1105 = (var_1102 == var_1104);
        var_1107 = wp::extract(var_6, var_1106);
        var_1108 = (var_1102 == var_1107);
        var_1110 = wp::extract(var_6, var_1109);
        var_1111 = (var_1102 == var_1110);
        var_1113 = wp::extract(var_6, var_1112);
        var_1114 = (var_1102 == var_1113);
        var_1115 = var_1105 || var_1108 || var_1111 || var_1114;
        if (var_1115) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1102);
            goto start_for_38;
        }
        var_1116 = wp::where(var_1115, var_30, var_1102);
        // d = p - x[j]                                                                       <L 45>
        var_1117 = wp::address(var_x, var_1116);
        var_1119 = wp::load(var_1117);
        var_1118 = wp::sub(var_2, var_1119);
        // l = wp.length(d)                                                                   <L 46>
        var_1120 = wp::length(var_1118);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1121 = (var_1120 < var_thickness);
        var_1123 = (var_1120 > var_1122);
        var_1124 = var_1121 && var_1123;
        if (var_1124) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1125 = wp::sub(var_thickness, var_1120);
            var_1126 = wp::div(var_1125, var_1120);
            var_1128 = wp::mul(var_1126, var_1127);
            var_1129 = wp::mul(var_1118, var_1128);
            // corr += push                                                                   <L 49>
            var_1130 = wp::add(var_8, var_1129);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_1131 = wp::atomic_sub(var_dx, var_1116, var_1129);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_1134 = wp::atomic_add(var_contacts, var_1132, var_1133);
        }
        var_1135 = wp::where(var_1124, var_1130, var_8);
        var_1136 = wp::where(var_1124, var_1129, var_58);
        wp::assign(var_8, var_1135);
        wp::assign(var_30, var_1116);
        wp::assign(var_47, var_1118);
        wp::assign(var_49, var_1120);
        wp::assign(var_58, var_1136);
        goto start_for_38;
    end_for_38:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1139 = wp::extract(var_4, var_1138);
    var_1140 = wp::add(var_1139, var_1023);
    var_1142 = wp::extract(var_4, var_1141);
    var_1143 = wp::add(var_1142, var_1024);
    var_1145 = wp::extract(var_4, var_1144);
    var_1146 = wp::add(var_1145, var_1137);
    var_1147 = wp::vec_t<3, wp::int32>(var_1140, var_1143, var_1146);
    var_1148 = hash_cell_0(var_1147);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1149 = wp::address(var_counts, var_1148);
    var_1151 = wp::load(var_1149);
    var_1150 = wp::min(var_1151, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1152 = wp::range(var_1150);
    start_for_40:;
        if (iter_cmp(var_1152) == 0) goto end_for_40;
        var_1153 = wp::iter_next(var_1152);
        // j = entries[b, s]                                                                  <L 40>
        var_1154 = wp::address(var_entries, var_1148, var_1153);
        var_1156 = wp::load(var_1154);
        var_1155 = wp::copy(var_1156);
        // if j <= i:                                                                         <L 41>
        var_1157 = (var_1155 <= var_0);
        if (var_1157) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1155);
            goto start_for_40;
        }
        var_1158 = wp::where(var_1157, var_30, var_1155);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1160 = wp::extract(var_6, var_1159);
        var_1161 = (var_1158 == var_1160);
        var_1163 = wp::extract(var_6, var_1162);
        var_1164 = (var_1158 == var_1163);
        var_1166 = wp::extract(var_6, var_1165);
        var_1167 = (var_1158 == var_1166);
        var_1169 = wp::extract(var_6, var_1168);
        var_1170 = (var_1158 == var_1169);
        var_1171 = var_1161 || var_1164 || var_1167 || var_1170;
        if (var_1171) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1158);
            goto start_for_40;
        }
        var_1172 = wp::where(var_1171, var_30, var_1158);
        // d = p - x[j]                                                                       <L 45>
        var_1173 = wp::address(var_x, var_1172);
        var_1175 = wp::load(var_1173);
        var_1174 = wp::sub(var_2, var_1175);
        // l = wp.length(d)                                                                   <L 46>
        var_1176 = wp::length(var_1174);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1177 = (var_1176 < var_thickness);
        var_1179 = (var_1176 > var_1178);
        var_1180 = var_1177 && var_1179;
        if (var_1180) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1181 = wp::sub(var_thickness, var_1176);
            var_1182 = wp::div(var_1181, var_1176);
            var_1184 = wp::mul(var_1182, var_1183);
            var_1185 = wp::mul(var_1174, var_1184);
            // corr += push                                                                   <L 49>
            var_1186 = wp::add(var_8, var_1185);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_1187 = wp::atomic_sub(var_dx, var_1172, var_1185);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_1190 = wp::atomic_add(var_contacts, var_1188, var_1189);
        }
        var_1191 = wp::where(var_1180, var_1186, var_8);
        var_1192 = wp::where(var_1180, var_1185, var_58);
        wp::assign(var_8, var_1191);
        wp::assign(var_30, var_1172);
        wp::assign(var_47, var_1174);
        wp::assign(var_49, var_1176);
        wp::assign(var_58, var_1192);
        goto start_for_40;
    end_for_40:;
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1196 = wp::extract(var_4, var_1195);
    var_1197 = wp::add(var_1196, var_1023);
    var_1199 = wp::extract(var_4, var_1198);
    var_1200 = wp::add(var_1199, var_1193);
    var_1202 = wp::extract(var_4, var_1201);
    var_1203 = wp::add(var_1202, var_1194);
    var_1204 = wp::vec_t<3, wp::int32>(var_1197, var_1200, var_1203);
    var_1205 = hash_cell_0(var_1204);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1206 = wp::address(var_counts, var_1205);
    var_1208 = wp::load(var_1206);
    var_1207 = wp::min(var_1208, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1209 = wp::range(var_1207);
    start_for_42:;
        if (iter_cmp(var_1209) == 0) goto end_for_42;
        var_1210 = wp::iter_next(var_1209);
        // j = entries[b, s]                                                                  <L 40>
        var_1211 = wp::address(var_entries, var_1205, var_1210);
        var_1213 = wp::load(var_1211);
        var_1212 = wp::copy(var_1213);
        // if j <= i:                                                                         <L 41>
        var_1214 = (var_1212 <= var_0);
        if (var_1214) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1212);
            goto start_for_42;
        }
        var_1215 = wp::where(var_1214, var_30, var_1212);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1217 = wp::extract(var_6, var_1216);
        var_1218 = (var_1215 == var_1217);
        var_1220 = wp::extract(var_6, var_1219);
        var_1221 = (var_1215 == var_1220);
        var_1223 = wp::extract(var_6, var_1222);
        var_1224 = (var_1215 == var_1223);
        var_1226 = wp::extract(var_6, var_1225);
        var_1227 = (var_1215 == var_1226);
        var_1228 = var_1218 || var_1221 || var_1224 || var_1227;
        if (var_1228) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1215);
            goto start_for_42;
        }
        var_1229 = wp::where(var_1228, var_30, var_1215);
        // d = p - x[j]                                                                       <L 45>
        var_1230 = wp::address(var_x, var_1229);
        var_1232 = wp::load(var_1230);
        var_1231 = wp::sub(var_2, var_1232);
        // l = wp.length(d)                                                                   <L 46>
        var_1233 = wp::length(var_1231);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1234 = (var_1233 < var_thickness);
        var_1236 = (var_1233 > var_1235);
        var_1237 = var_1234 && var_1236;
        if (var_1237) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1238 = wp::sub(var_thickness, var_1233);
            var_1239 = wp::div(var_1238, var_1233);
            var_1241 = wp::mul(var_1239, var_1240);
            var_1242 = wp::mul(var_1231, var_1241);
            // corr += push                                                                   <L 49>
            var_1243 = wp::add(var_8, var_1242);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_1244 = wp::atomic_sub(var_dx, var_1229, var_1242);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_1247 = wp::atomic_add(var_contacts, var_1245, var_1246);
        }
        var_1248 = wp::where(var_1237, var_1243, var_8);
        var_1249 = wp::where(var_1237, var_1242, var_58);
        wp::assign(var_8, var_1248);
        wp::assign(var_30, var_1229);
        wp::assign(var_47, var_1231);
        wp::assign(var_49, var_1233);
        wp::assign(var_58, var_1249);
        goto start_for_42;
    end_for_42:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1252 = wp::extract(var_4, var_1251);
    var_1253 = wp::add(var_1252, var_1023);
    var_1255 = wp::extract(var_4, var_1254);
    var_1256 = wp::add(var_1255, var_1193);
    var_1258 = wp::extract(var_4, var_1257);
    var_1259 = wp::add(var_1258, var_1250);
    var_1260 = wp::vec_t<3, wp::int32>(var_1253, var_1256, var_1259);
    var_1261 = hash_cell_0(var_1260);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1262 = wp::address(var_counts, var_1261);
    var_1264 = wp::load(var_1262);
    var_1263 = wp::min(var_1264, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1265 = wp::range(var_1263);
    start_for_44:;
        if (iter_cmp(var_1265) == 0) goto end_for_44;
        var_1266 = wp::iter_next(var_1265);
        // j = entries[b, s]                                                                  <L 40>
        var_1267 = wp::address(var_entries, var_1261, var_1266);
        var_1269 = wp::load(var_1267);
        var_1268 = wp::copy(var_1269);
        // if j <= i:                                                                         <L 41>
        var_1270 = (var_1268 <= var_0);
        if (var_1270) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1268);
            goto start_for_44;
        }
        var_1271 = wp::where(var_1270, var_30, var_1268);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1273 = wp::extract(var_6, var_1272);
        var_1274 = (var_1271 == var_1273);
        var_1276 = wp::extract(var_6, var_1275);
        var_1277 = (var_1271 == var_1276);
        var_1279 = wp::extract(var_6, var_1278);
        var_1280 = (var_1271 == var_1279);
        var_1282 = wp::extract(var_6, var_1281);
        var_1283 = (var_1271 == var_1282);
        var_1284 = var_1274 || var_1277 || var_1280 || var_1283;
        if (var_1284) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1271);
            goto start_for_44;
        }
        var_1285 = wp::where(var_1284, var_30, var_1271);
        // d = p - x[j]                                                                       <L 45>
        var_1286 = wp::address(var_x, var_1285);
        var_1288 = wp::load(var_1286);
        var_1287 = wp::sub(var_2, var_1288);
        // l = wp.length(d)                                                                   <L 46>
        var_1289 = wp::length(var_1287);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1290 = (var_1289 < var_thickness);
        var_1292 = (var_1289 > var_1291);
        var_1293 = var_1290 && var_1292;
        if (var_1293) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1294 = wp::sub(var_thickness, var_1289);
            var_1295 = wp::div(var_1294, var_1289);
            var_1297 = wp::mul(var_1295, var_1296);
            var_1298 = wp::mul(var_1287, var_1297);
            // corr += push                                                                   <L 49>
            var_1299 = wp::add(var_8, var_1298);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_1300 = wp::atomic_sub(var_dx, var_1285, var_1298);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_1303 = wp::atomic_add(var_contacts, var_1301, var_1302);
        }
        var_1304 = wp::where(var_1293, var_1299, var_8);
        var_1305 = wp::where(var_1293, var_1298, var_58);
        wp::assign(var_8, var_1304);
        wp::assign(var_30, var_1285);
        wp::assign(var_47, var_1287);
        wp::assign(var_49, var_1289);
        wp::assign(var_58, var_1305);
        goto start_for_44;
    end_for_44:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1308 = wp::extract(var_4, var_1307);
    var_1309 = wp::add(var_1308, var_1023);
    var_1311 = wp::extract(var_4, var_1310);
    var_1312 = wp::add(var_1311, var_1193);
    var_1314 = wp::extract(var_4, var_1313);
    var_1315 = wp::add(var_1314, var_1306);
    var_1316 = wp::vec_t<3, wp::int32>(var_1309, var_1312, var_1315);
    var_1317 = hash_cell_0(var_1316);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1318 = wp::address(var_counts, var_1317);
    var_1320 = wp::load(var_1318);
    var_1319 = wp::min(var_1320, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1321 = wp::range(var_1319);
    start_for_46:;
        if (iter_cmp(var_1321) == 0) goto end_for_46;
        var_1322 = wp::iter_next(var_1321);
        // j = entries[b, s]                                                                  <L 40>
        var_1323 = wp::address(var_entries, var_1317, var_1322);
        var_1325 = wp::load(var_1323);
        var_1324 = wp::copy(var_1325);
        // if j <= i:                                                                         <L 41>
        var_1326 = (var_1324 <= var_0);
        if (var_1326) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1324);
            goto start_for_46;
        }
        var_1327 = wp::where(var_1326, var_30, var_1324);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1329 = wp::extract(var_6, var_1328);
        var_1330 = (var_1327 == var_1329);
        var_1332 = wp::extract(var_6, var_1331);
        var_1333 = (var_1327 == var_1332);
        var_1335 = wp::extract(var_6, var_1334);
        var_1336 = (var_1327 == var_1335);
        var_1338 = wp::extract(var_6, var_1337);
        var_1339 = (var_1327 == var_1338);
        var_1340 = var_1330 || var_1333 || var_1336 || var_1339;
        if (var_1340) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1327);
            goto start_for_46;
        }
        var_1341 = wp::where(var_1340, var_30, var_1327);
        // d = p - x[j]                                                                       <L 45>
        var_1342 = wp::address(var_x, var_1341);
        var_1344 = wp::load(var_1342);
        var_1343 = wp::sub(var_2, var_1344);
        // l = wp.length(d)                                                                   <L 46>
        var_1345 = wp::length(var_1343);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1346 = (var_1345 < var_thickness);
        var_1348 = (var_1345 > var_1347);
        var_1349 = var_1346 && var_1348;
        if (var_1349) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1350 = wp::sub(var_thickness, var_1345);
            var_1351 = wp::div(var_1350, var_1345);
            var_1353 = wp::mul(var_1351, var_1352);
            var_1354 = wp::mul(var_1343, var_1353);
            // corr += push                                                                   <L 49>
            var_1355 = wp::add(var_8, var_1354);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_1356 = wp::atomic_sub(var_dx, var_1341, var_1354);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_1359 = wp::atomic_add(var_contacts, var_1357, var_1358);
        }
        var_1360 = wp::where(var_1349, var_1355, var_8);
        var_1361 = wp::where(var_1349, var_1354, var_58);
        wp::assign(var_8, var_1360);
        wp::assign(var_30, var_1341);
        wp::assign(var_47, var_1343);
        wp::assign(var_49, var_1345);
        wp::assign(var_58, var_1361);
        goto start_for_46;
    end_for_46:;
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1365 = wp::extract(var_4, var_1364);
    var_1366 = wp::add(var_1365, var_1023);
    var_1368 = wp::extract(var_4, var_1367);
    var_1369 = wp::add(var_1368, var_1362);
    var_1371 = wp::extract(var_4, var_1370);
    var_1372 = wp::add(var_1371, var_1363);
    var_1373 = wp::vec_t<3, wp::int32>(var_1366, var_1369, var_1372);
    var_1374 = hash_cell_0(var_1373);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1375 = wp::address(var_counts, var_1374);
    var_1377 = wp::load(var_1375);
    var_1376 = wp::min(var_1377, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1378 = wp::range(var_1376);
    start_for_48:;
        if (iter_cmp(var_1378) == 0) goto end_for_48;
        var_1379 = wp::iter_next(var_1378);
        // j = entries[b, s]                                                                  <L 40>
        var_1380 = wp::address(var_entries, var_1374, var_1379);
        var_1382 = wp::load(var_1380);
        var_1381 = wp::copy(var_1382);
        // if j <= i:                                                                         <L 41>
        var_1383 = (var_1381 <= var_0);
        if (var_1383) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1381);
            goto start_for_48;
        }
        var_1384 = wp::where(var_1383, var_30, var_1381);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1386 = wp::extract(var_6, var_1385);
        var_1387 = (var_1384 == var_1386);
        var_1389 = wp::extract(var_6, var_1388);
        var_1390 = (var_1384 == var_1389);
        var_1392 = wp::extract(var_6, var_1391);
        var_1393 = (var_1384 == var_1392);
        var_1395 = wp::extract(var_6, var_1394);
        var_1396 = (var_1384 == var_1395);
        var_1397 = var_1387 || var_1390 || var_1393 || var_1396;
        if (var_1397) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1384);
            goto start_for_48;
        }
        var_1398 = wp::where(var_1397, var_30, var_1384);
        // d = p - x[j]                                                                       <L 45>
        var_1399 = wp::address(var_x, var_1398);
        var_1401 = wp::load(var_1399);
        var_1400 = wp::sub(var_2, var_1401);
        // l = wp.length(d)                                                                   <L 46>
        var_1402 = wp::length(var_1400);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1403 = (var_1402 < var_thickness);
        var_1405 = (var_1402 > var_1404);
        var_1406 = var_1403 && var_1405;
        if (var_1406) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1407 = wp::sub(var_thickness, var_1402);
            var_1408 = wp::div(var_1407, var_1402);
            var_1410 = wp::mul(var_1408, var_1409);
            var_1411 = wp::mul(var_1400, var_1410);
            // corr += push                                                                   <L 49>
            var_1412 = wp::add(var_8, var_1411);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_1413 = wp::atomic_sub(var_dx, var_1398, var_1411);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_1416 = wp::atomic_add(var_contacts, var_1414, var_1415);
        }
        var_1417 = wp::where(var_1406, var_1412, var_8);
        var_1418 = wp::where(var_1406, var_1411, var_58);
        wp::assign(var_8, var_1417);
        wp::assign(var_30, var_1398);
        wp::assign(var_47, var_1400);
        wp::assign(var_49, var_1402);
        wp::assign(var_58, var_1418);
        goto start_for_48;
    end_for_48:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1421 = wp::extract(var_4, var_1420);
    var_1422 = wp::add(var_1421, var_1023);
    var_1424 = wp::extract(var_4, var_1423);
    var_1425 = wp::add(var_1424, var_1362);
    var_1427 = wp::extract(var_4, var_1426);
    var_1428 = wp::add(var_1427, var_1419);
    var_1429 = wp::vec_t<3, wp::int32>(var_1422, var_1425, var_1428);
    var_1430 = hash_cell_0(var_1429);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1431 = wp::address(var_counts, var_1430);
    var_1433 = wp::load(var_1431);
    var_1432 = wp::min(var_1433, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1434 = wp::range(var_1432);
    start_for_50:;
        if (iter_cmp(var_1434) == 0) goto end_for_50;
        var_1435 = wp::iter_next(var_1434);
        // j = entries[b, s]                                                                  <L 40>
        var_1436 = wp::address(var_entries, var_1430, var_1435);
        var_1438 = wp::load(var_1436);
        var_1437 = wp::copy(var_1438);
        // if j <= i:                                                                         <L 41>
        var_1439 = (var_1437 <= var_0);
        if (var_1439) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1437);
            goto start_for_50;
        }
        var_1440 = wp::where(var_1439, var_30, var_1437);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1442 = wp::extract(var_6, var_1441);
        var_1443 = (var_1440 == var_1442);
        var_1445 = wp::extract(var_6, var_1444);
        var_1446 = (var_1440 == var_1445);
        var_1448 = wp::extract(var_6, var_1447);
        var_1449 = (var_1440 == var_1448);
        var_1451 = wp::extract(var_6, var_1450);
        var_1452 = (var_1440 == var_1451);
        var_1453 = var_1443 || var_1446 || var_1449 || var_1452;
        if (var_1453) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1440);
            goto start_for_50;
        }
        var_1454 = wp::where(var_1453, var_30, var_1440);
        // d = p - x[j]                                                                       <L 45>
        var_1455 = wp::address(var_x, var_1454);
        var_1457 = wp::load(var_1455);
        var_1456 = wp::sub(var_2, var_1457);
        // l = wp.length(d)                                                                   <L 46>
        var_1458 = wp::length(var_1456);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1459 = (var_1458 < var_thickness);
        var_1461 = (var_1458 > var_1460);
        var_1462 = var_1459 && var_1461;
        if (var_1462) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1463 = wp::sub(var_thickness, var_1458);
            var_1464 = wp::div(var_1463, var_1458);
            var_1466 = wp::mul(var_1464, var_1465);
            var_1467 = wp::mul(var_1456, var_1466);
            // corr += push                                                                   <L 49>
            var_1468 = wp::add(var_8, var_1467);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_1469 = wp::atomic_sub(var_dx, var_1454, var_1467);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_1472 = wp::atomic_add(var_contacts, var_1470, var_1471);
        }
        var_1473 = wp::where(var_1462, var_1468, var_8);
        var_1474 = wp::where(var_1462, var_1467, var_58);
        wp::assign(var_8, var_1473);
        wp::assign(var_30, var_1454);
        wp::assign(var_47, var_1456);
        wp::assign(var_49, var_1458);
        wp::assign(var_58, var_1474);
        goto start_for_50;
    end_for_50:;
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1477 = wp::extract(var_4, var_1476);
    var_1478 = wp::add(var_1477, var_1023);
    var_1480 = wp::extract(var_4, var_1479);
    var_1481 = wp::add(var_1480, var_1362);
    var_1483 = wp::extract(var_4, var_1482);
    var_1484 = wp::add(var_1483, var_1475);
    var_1485 = wp::vec_t<3, wp::int32>(var_1478, var_1481, var_1484);
    var_1486 = hash_cell_0(var_1485);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1487 = wp::address(var_counts, var_1486);
    var_1489 = wp::load(var_1487);
    var_1488 = wp::min(var_1489, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1490 = wp::range(var_1488);
    start_for_52:;
        if (iter_cmp(var_1490) == 0) goto end_for_52;
        var_1491 = wp::iter_next(var_1490);
        // j = entries[b, s]                                                                  <L 40>
        var_1492 = wp::address(var_entries, var_1486, var_1491);
        var_1494 = wp::load(var_1492);
        var_1493 = wp::copy(var_1494);
        // if j <= i:                                                                         <L 41>
        var_1495 = (var_1493 <= var_0);
        if (var_1495) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1493);
            goto start_for_52;
        }
        var_1496 = wp::where(var_1495, var_30, var_1493);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1498 = wp::extract(var_6, var_1497);
        var_1499 = (var_1496 == var_1498);
        var_1501 = wp::extract(var_6, var_1500);
        var_1502 = (var_1496 == var_1501);
        var_1504 = wp::extract(var_6, var_1503);
        var_1505 = (var_1496 == var_1504);
        var_1507 = wp::extract(var_6, var_1506);
        var_1508 = (var_1496 == var_1507);
        var_1509 = var_1499 || var_1502 || var_1505 || var_1508;
        if (var_1509) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1496);
            goto start_for_52;
        }
        var_1510 = wp::where(var_1509, var_30, var_1496);
        // d = p - x[j]                                                                       <L 45>
        var_1511 = wp::address(var_x, var_1510);
        var_1513 = wp::load(var_1511);
        var_1512 = wp::sub(var_2, var_1513);
        // l = wp.length(d)                                                                   <L 46>
        var_1514 = wp::length(var_1512);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1515 = (var_1514 < var_thickness);
        var_1517 = (var_1514 > var_1516);
        var_1518 = var_1515 && var_1517;
        if (var_1518) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1519 = wp::sub(var_thickness, var_1514);
            var_1520 = wp::div(var_1519, var_1514);
            var_1522 = wp::mul(var_1520, var_1521);
            var_1523 = wp::mul(var_1512, var_1522);
            // corr += push                                                                   <L 49>
            var_1524 = wp::add(var_8, var_1523);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            var_1525 = wp::atomic_sub(var_dx, var_1510, var_1523);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            var_1528 = wp::atomic_add(var_contacts, var_1526, var_1527);
        }
        var_1529 = wp::where(var_1518, var_1524, var_8);
        var_1530 = wp::where(var_1518, var_1523, var_58);
        wp::assign(var_8, var_1529);
        wp::assign(var_30, var_1510);
        wp::assign(var_47, var_1512);
        wp::assign(var_49, var_1514);
        wp::assign(var_58, var_1530);
        goto start_for_52;
    end_for_52:;
    // wp.atomic_add(dx, i, corr)                                                             <L 52>
    var_1531 = wp::atomic_add(var_dx, var_0, var_8);
}



void repel_d961c95a_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_repel_d961c95a *_wp_args,
    wp_args_repel_d961c95a *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::float32 var_h = _wp_args->h;
    wp::float32 var_thickness = _wp_args->thickness;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> var_entries = _wp_args->entries;
    wp::array_t<wp::vec_t<4, wp::int32>> var_neighbors_of = _wp_args->neighbors_of;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx = _wp_args->dx;
    wp::array_t<wp::int32> var_contacts = _wp_args->contacts;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::float32 adj_h = _wp_adj_args->h;
    wp::float32 adj_thickness = _wp_adj_args->thickness;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::int32> adj_entries = _wp_adj_args->entries;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_neighbors_of = _wp_adj_args->neighbors_of;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dx = _wp_adj_args->dx;
    wp::array_t<wp::int32> adj_contacts = _wp_adj_args->contacts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::int32> var_4;
    wp::vec_t<4, wp::int32>* var_5;
    wp::vec_t<4, wp::int32> var_6;
    wp::vec_t<4, wp::int32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = -1;
    const wp::int32 var_10 = -1;
    const wp::int32 var_11 = -1;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::vec_t<3, wp::int32> var_21;
    wp::int32 var_22;
    wp::int32* var_23;
    const wp::int32 var_24 = 8;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::range_t var_27;
    wp::int32 var_28;
    wp::int32* var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    bool var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    bool var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    bool var_38;
    const wp::int32 var_39 = 2;
    wp::int32 var_40;
    bool var_41;
    const wp::int32 var_42 = 3;
    wp::int32 var_43;
    bool var_44;
    bool var_45;
    wp::vec_t<3, wp::float32>* var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::float32 var_49;
    bool var_50;
    const wp::float32 var_51 = 1e-09;
    bool var_52;
    bool var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::float32 var_56 = 0.5;
    wp::float32 var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    const wp::int32 var_61 = 0;
    const wp::int32 var_62 = 1;
    wp::int32 var_63;
    wp::vec_t<3, wp::float32> var_64;
    const wp::int32 var_65 = 0;
    const wp::int32 var_66 = 0;
    wp::int32 var_67;
    wp::int32 var_68;
    const wp::int32 var_69 = 1;
    wp::int32 var_70;
    wp::int32 var_71;
    const wp::int32 var_72 = 2;
    wp::int32 var_73;
    wp::int32 var_74;
    wp::vec_t<3, wp::int32> var_75;
    wp::int32 var_76;
    wp::int32* var_77;
    wp::int32 var_78;
    wp::int32 var_79;
    wp::range_t var_80;
    wp::int32 var_81;
    wp::int32* var_82;
    wp::int32 var_83;
    wp::int32 var_84;
    bool var_85;
    wp::int32 var_86;
    const wp::int32 var_87 = 0;
    wp::int32 var_88;
    bool var_89;
    const wp::int32 var_90 = 1;
    wp::int32 var_91;
    bool var_92;
    const wp::int32 var_93 = 2;
    wp::int32 var_94;
    bool var_95;
    const wp::int32 var_96 = 3;
    wp::int32 var_97;
    bool var_98;
    bool var_99;
    wp::int32 var_100;
    wp::vec_t<3, wp::float32>* var_101;
    wp::vec_t<3, wp::float32> var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::float32 var_104;
    bool var_105;
    const wp::float32 var_106 = 1e-09;
    bool var_107;
    bool var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    const wp::float32 var_111 = 0.5;
    wp::float32 var_112;
    wp::vec_t<3, wp::float32> var_113;
    wp::vec_t<3, wp::float32> var_114;
    wp::vec_t<3, wp::float32> var_115;
    const wp::int32 var_116 = 0;
    const wp::int32 var_117 = 1;
    wp::int32 var_118;
    wp::vec_t<3, wp::float32> var_119;
    wp::vec_t<3, wp::float32> var_120;
    const wp::int32 var_121 = 1;
    const wp::int32 var_122 = 0;
    wp::int32 var_123;
    wp::int32 var_124;
    const wp::int32 var_125 = 1;
    wp::int32 var_126;
    wp::int32 var_127;
    const wp::int32 var_128 = 2;
    wp::int32 var_129;
    wp::int32 var_130;
    wp::vec_t<3, wp::int32> var_131;
    wp::int32 var_132;
    wp::int32* var_133;
    wp::int32 var_134;
    wp::int32 var_135;
    wp::range_t var_136;
    wp::int32 var_137;
    wp::int32* var_138;
    wp::int32 var_139;
    wp::int32 var_140;
    bool var_141;
    wp::int32 var_142;
    const wp::int32 var_143 = 0;
    wp::int32 var_144;
    bool var_145;
    const wp::int32 var_146 = 1;
    wp::int32 var_147;
    bool var_148;
    const wp::int32 var_149 = 2;
    wp::int32 var_150;
    bool var_151;
    const wp::int32 var_152 = 3;
    wp::int32 var_153;
    bool var_154;
    bool var_155;
    wp::int32 var_156;
    wp::vec_t<3, wp::float32>* var_157;
    wp::vec_t<3, wp::float32> var_158;
    wp::vec_t<3, wp::float32> var_159;
    wp::float32 var_160;
    bool var_161;
    const wp::float32 var_162 = 1e-09;
    bool var_163;
    bool var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    const wp::float32 var_167 = 0.5;
    wp::float32 var_168;
    wp::vec_t<3, wp::float32> var_169;
    wp::vec_t<3, wp::float32> var_170;
    wp::vec_t<3, wp::float32> var_171;
    const wp::int32 var_172 = 0;
    const wp::int32 var_173 = 1;
    wp::int32 var_174;
    wp::vec_t<3, wp::float32> var_175;
    wp::vec_t<3, wp::float32> var_176;
    const wp::int32 var_177 = 0;
    const wp::int32 var_178 = -1;
    const wp::int32 var_179 = 0;
    wp::int32 var_180;
    wp::int32 var_181;
    const wp::int32 var_182 = 1;
    wp::int32 var_183;
    wp::int32 var_184;
    const wp::int32 var_185 = 2;
    wp::int32 var_186;
    wp::int32 var_187;
    wp::vec_t<3, wp::int32> var_188;
    wp::int32 var_189;
    wp::int32* var_190;
    wp::int32 var_191;
    wp::int32 var_192;
    wp::range_t var_193;
    wp::int32 var_194;
    wp::int32* var_195;
    wp::int32 var_196;
    wp::int32 var_197;
    bool var_198;
    wp::int32 var_199;
    const wp::int32 var_200 = 0;
    wp::int32 var_201;
    bool var_202;
    const wp::int32 var_203 = 1;
    wp::int32 var_204;
    bool var_205;
    const wp::int32 var_206 = 2;
    wp::int32 var_207;
    bool var_208;
    const wp::int32 var_209 = 3;
    wp::int32 var_210;
    bool var_211;
    bool var_212;
    wp::int32 var_213;
    wp::vec_t<3, wp::float32>* var_214;
    wp::vec_t<3, wp::float32> var_215;
    wp::vec_t<3, wp::float32> var_216;
    wp::float32 var_217;
    bool var_218;
    const wp::float32 var_219 = 1e-09;
    bool var_220;
    bool var_221;
    wp::float32 var_222;
    wp::float32 var_223;
    const wp::float32 var_224 = 0.5;
    wp::float32 var_225;
    wp::vec_t<3, wp::float32> var_226;
    wp::vec_t<3, wp::float32> var_227;
    wp::vec_t<3, wp::float32> var_228;
    const wp::int32 var_229 = 0;
    const wp::int32 var_230 = 1;
    wp::int32 var_231;
    wp::vec_t<3, wp::float32> var_232;
    wp::vec_t<3, wp::float32> var_233;
    const wp::int32 var_234 = 0;
    const wp::int32 var_235 = 0;
    wp::int32 var_236;
    wp::int32 var_237;
    const wp::int32 var_238 = 1;
    wp::int32 var_239;
    wp::int32 var_240;
    const wp::int32 var_241 = 2;
    wp::int32 var_242;
    wp::int32 var_243;
    wp::vec_t<3, wp::int32> var_244;
    wp::int32 var_245;
    wp::int32* var_246;
    wp::int32 var_247;
    wp::int32 var_248;
    wp::range_t var_249;
    wp::int32 var_250;
    wp::int32* var_251;
    wp::int32 var_252;
    wp::int32 var_253;
    bool var_254;
    wp::int32 var_255;
    const wp::int32 var_256 = 0;
    wp::int32 var_257;
    bool var_258;
    const wp::int32 var_259 = 1;
    wp::int32 var_260;
    bool var_261;
    const wp::int32 var_262 = 2;
    wp::int32 var_263;
    bool var_264;
    const wp::int32 var_265 = 3;
    wp::int32 var_266;
    bool var_267;
    bool var_268;
    wp::int32 var_269;
    wp::vec_t<3, wp::float32>* var_270;
    wp::vec_t<3, wp::float32> var_271;
    wp::vec_t<3, wp::float32> var_272;
    wp::float32 var_273;
    bool var_274;
    const wp::float32 var_275 = 1e-09;
    bool var_276;
    bool var_277;
    wp::float32 var_278;
    wp::float32 var_279;
    const wp::float32 var_280 = 0.5;
    wp::float32 var_281;
    wp::vec_t<3, wp::float32> var_282;
    wp::vec_t<3, wp::float32> var_283;
    wp::vec_t<3, wp::float32> var_284;
    const wp::int32 var_285 = 0;
    const wp::int32 var_286 = 1;
    wp::int32 var_287;
    wp::vec_t<3, wp::float32> var_288;
    wp::vec_t<3, wp::float32> var_289;
    const wp::int32 var_290 = 1;
    const wp::int32 var_291 = 0;
    wp::int32 var_292;
    wp::int32 var_293;
    const wp::int32 var_294 = 1;
    wp::int32 var_295;
    wp::int32 var_296;
    const wp::int32 var_297 = 2;
    wp::int32 var_298;
    wp::int32 var_299;
    wp::vec_t<3, wp::int32> var_300;
    wp::int32 var_301;
    wp::int32* var_302;
    wp::int32 var_303;
    wp::int32 var_304;
    wp::range_t var_305;
    wp::int32 var_306;
    wp::int32* var_307;
    wp::int32 var_308;
    wp::int32 var_309;
    bool var_310;
    wp::int32 var_311;
    const wp::int32 var_312 = 0;
    wp::int32 var_313;
    bool var_314;
    const wp::int32 var_315 = 1;
    wp::int32 var_316;
    bool var_317;
    const wp::int32 var_318 = 2;
    wp::int32 var_319;
    bool var_320;
    const wp::int32 var_321 = 3;
    wp::int32 var_322;
    bool var_323;
    bool var_324;
    wp::int32 var_325;
    wp::vec_t<3, wp::float32>* var_326;
    wp::vec_t<3, wp::float32> var_327;
    wp::vec_t<3, wp::float32> var_328;
    wp::float32 var_329;
    bool var_330;
    const wp::float32 var_331 = 1e-09;
    bool var_332;
    bool var_333;
    wp::float32 var_334;
    wp::float32 var_335;
    const wp::float32 var_336 = 0.5;
    wp::float32 var_337;
    wp::vec_t<3, wp::float32> var_338;
    wp::vec_t<3, wp::float32> var_339;
    wp::vec_t<3, wp::float32> var_340;
    const wp::int32 var_341 = 0;
    const wp::int32 var_342 = 1;
    wp::int32 var_343;
    wp::vec_t<3, wp::float32> var_344;
    wp::vec_t<3, wp::float32> var_345;
    const wp::int32 var_346 = 1;
    const wp::int32 var_347 = -1;
    const wp::int32 var_348 = 0;
    wp::int32 var_349;
    wp::int32 var_350;
    const wp::int32 var_351 = 1;
    wp::int32 var_352;
    wp::int32 var_353;
    const wp::int32 var_354 = 2;
    wp::int32 var_355;
    wp::int32 var_356;
    wp::vec_t<3, wp::int32> var_357;
    wp::int32 var_358;
    wp::int32* var_359;
    wp::int32 var_360;
    wp::int32 var_361;
    wp::range_t var_362;
    wp::int32 var_363;
    wp::int32* var_364;
    wp::int32 var_365;
    wp::int32 var_366;
    bool var_367;
    wp::int32 var_368;
    const wp::int32 var_369 = 0;
    wp::int32 var_370;
    bool var_371;
    const wp::int32 var_372 = 1;
    wp::int32 var_373;
    bool var_374;
    const wp::int32 var_375 = 2;
    wp::int32 var_376;
    bool var_377;
    const wp::int32 var_378 = 3;
    wp::int32 var_379;
    bool var_380;
    bool var_381;
    wp::int32 var_382;
    wp::vec_t<3, wp::float32>* var_383;
    wp::vec_t<3, wp::float32> var_384;
    wp::vec_t<3, wp::float32> var_385;
    wp::float32 var_386;
    bool var_387;
    const wp::float32 var_388 = 1e-09;
    bool var_389;
    bool var_390;
    wp::float32 var_391;
    wp::float32 var_392;
    const wp::float32 var_393 = 0.5;
    wp::float32 var_394;
    wp::vec_t<3, wp::float32> var_395;
    wp::vec_t<3, wp::float32> var_396;
    wp::vec_t<3, wp::float32> var_397;
    const wp::int32 var_398 = 0;
    const wp::int32 var_399 = 1;
    wp::int32 var_400;
    wp::vec_t<3, wp::float32> var_401;
    wp::vec_t<3, wp::float32> var_402;
    const wp::int32 var_403 = 0;
    const wp::int32 var_404 = 0;
    wp::int32 var_405;
    wp::int32 var_406;
    const wp::int32 var_407 = 1;
    wp::int32 var_408;
    wp::int32 var_409;
    const wp::int32 var_410 = 2;
    wp::int32 var_411;
    wp::int32 var_412;
    wp::vec_t<3, wp::int32> var_413;
    wp::int32 var_414;
    wp::int32* var_415;
    wp::int32 var_416;
    wp::int32 var_417;
    wp::range_t var_418;
    wp::int32 var_419;
    wp::int32* var_420;
    wp::int32 var_421;
    wp::int32 var_422;
    bool var_423;
    wp::int32 var_424;
    const wp::int32 var_425 = 0;
    wp::int32 var_426;
    bool var_427;
    const wp::int32 var_428 = 1;
    wp::int32 var_429;
    bool var_430;
    const wp::int32 var_431 = 2;
    wp::int32 var_432;
    bool var_433;
    const wp::int32 var_434 = 3;
    wp::int32 var_435;
    bool var_436;
    bool var_437;
    wp::int32 var_438;
    wp::vec_t<3, wp::float32>* var_439;
    wp::vec_t<3, wp::float32> var_440;
    wp::vec_t<3, wp::float32> var_441;
    wp::float32 var_442;
    bool var_443;
    const wp::float32 var_444 = 1e-09;
    bool var_445;
    bool var_446;
    wp::float32 var_447;
    wp::float32 var_448;
    const wp::float32 var_449 = 0.5;
    wp::float32 var_450;
    wp::vec_t<3, wp::float32> var_451;
    wp::vec_t<3, wp::float32> var_452;
    wp::vec_t<3, wp::float32> var_453;
    const wp::int32 var_454 = 0;
    const wp::int32 var_455 = 1;
    wp::int32 var_456;
    wp::vec_t<3, wp::float32> var_457;
    wp::vec_t<3, wp::float32> var_458;
    const wp::int32 var_459 = 1;
    const wp::int32 var_460 = 0;
    wp::int32 var_461;
    wp::int32 var_462;
    const wp::int32 var_463 = 1;
    wp::int32 var_464;
    wp::int32 var_465;
    const wp::int32 var_466 = 2;
    wp::int32 var_467;
    wp::int32 var_468;
    wp::vec_t<3, wp::int32> var_469;
    wp::int32 var_470;
    wp::int32* var_471;
    wp::int32 var_472;
    wp::int32 var_473;
    wp::range_t var_474;
    wp::int32 var_475;
    wp::int32* var_476;
    wp::int32 var_477;
    wp::int32 var_478;
    bool var_479;
    wp::int32 var_480;
    const wp::int32 var_481 = 0;
    wp::int32 var_482;
    bool var_483;
    const wp::int32 var_484 = 1;
    wp::int32 var_485;
    bool var_486;
    const wp::int32 var_487 = 2;
    wp::int32 var_488;
    bool var_489;
    const wp::int32 var_490 = 3;
    wp::int32 var_491;
    bool var_492;
    bool var_493;
    wp::int32 var_494;
    wp::vec_t<3, wp::float32>* var_495;
    wp::vec_t<3, wp::float32> var_496;
    wp::vec_t<3, wp::float32> var_497;
    wp::float32 var_498;
    bool var_499;
    const wp::float32 var_500 = 1e-09;
    bool var_501;
    bool var_502;
    wp::float32 var_503;
    wp::float32 var_504;
    const wp::float32 var_505 = 0.5;
    wp::float32 var_506;
    wp::vec_t<3, wp::float32> var_507;
    wp::vec_t<3, wp::float32> var_508;
    wp::vec_t<3, wp::float32> var_509;
    const wp::int32 var_510 = 0;
    const wp::int32 var_511 = 1;
    wp::int32 var_512;
    wp::vec_t<3, wp::float32> var_513;
    wp::vec_t<3, wp::float32> var_514;
    const wp::int32 var_515 = 0;
    const wp::int32 var_516 = -1;
    const wp::int32 var_517 = -1;
    const wp::int32 var_518 = 0;
    wp::int32 var_519;
    wp::int32 var_520;
    const wp::int32 var_521 = 1;
    wp::int32 var_522;
    wp::int32 var_523;
    const wp::int32 var_524 = 2;
    wp::int32 var_525;
    wp::int32 var_526;
    wp::vec_t<3, wp::int32> var_527;
    wp::int32 var_528;
    wp::int32* var_529;
    wp::int32 var_530;
    wp::int32 var_531;
    wp::range_t var_532;
    wp::int32 var_533;
    wp::int32* var_534;
    wp::int32 var_535;
    wp::int32 var_536;
    bool var_537;
    wp::int32 var_538;
    const wp::int32 var_539 = 0;
    wp::int32 var_540;
    bool var_541;
    const wp::int32 var_542 = 1;
    wp::int32 var_543;
    bool var_544;
    const wp::int32 var_545 = 2;
    wp::int32 var_546;
    bool var_547;
    const wp::int32 var_548 = 3;
    wp::int32 var_549;
    bool var_550;
    bool var_551;
    wp::int32 var_552;
    wp::vec_t<3, wp::float32>* var_553;
    wp::vec_t<3, wp::float32> var_554;
    wp::vec_t<3, wp::float32> var_555;
    wp::float32 var_556;
    bool var_557;
    const wp::float32 var_558 = 1e-09;
    bool var_559;
    bool var_560;
    wp::float32 var_561;
    wp::float32 var_562;
    const wp::float32 var_563 = 0.5;
    wp::float32 var_564;
    wp::vec_t<3, wp::float32> var_565;
    wp::vec_t<3, wp::float32> var_566;
    wp::vec_t<3, wp::float32> var_567;
    const wp::int32 var_568 = 0;
    const wp::int32 var_569 = 1;
    wp::int32 var_570;
    wp::vec_t<3, wp::float32> var_571;
    wp::vec_t<3, wp::float32> var_572;
    const wp::int32 var_573 = 0;
    const wp::int32 var_574 = 0;
    wp::int32 var_575;
    wp::int32 var_576;
    const wp::int32 var_577 = 1;
    wp::int32 var_578;
    wp::int32 var_579;
    const wp::int32 var_580 = 2;
    wp::int32 var_581;
    wp::int32 var_582;
    wp::vec_t<3, wp::int32> var_583;
    wp::int32 var_584;
    wp::int32* var_585;
    wp::int32 var_586;
    wp::int32 var_587;
    wp::range_t var_588;
    wp::int32 var_589;
    wp::int32* var_590;
    wp::int32 var_591;
    wp::int32 var_592;
    bool var_593;
    wp::int32 var_594;
    const wp::int32 var_595 = 0;
    wp::int32 var_596;
    bool var_597;
    const wp::int32 var_598 = 1;
    wp::int32 var_599;
    bool var_600;
    const wp::int32 var_601 = 2;
    wp::int32 var_602;
    bool var_603;
    const wp::int32 var_604 = 3;
    wp::int32 var_605;
    bool var_606;
    bool var_607;
    wp::int32 var_608;
    wp::vec_t<3, wp::float32>* var_609;
    wp::vec_t<3, wp::float32> var_610;
    wp::vec_t<3, wp::float32> var_611;
    wp::float32 var_612;
    bool var_613;
    const wp::float32 var_614 = 1e-09;
    bool var_615;
    bool var_616;
    wp::float32 var_617;
    wp::float32 var_618;
    const wp::float32 var_619 = 0.5;
    wp::float32 var_620;
    wp::vec_t<3, wp::float32> var_621;
    wp::vec_t<3, wp::float32> var_622;
    wp::vec_t<3, wp::float32> var_623;
    const wp::int32 var_624 = 0;
    const wp::int32 var_625 = 1;
    wp::int32 var_626;
    wp::vec_t<3, wp::float32> var_627;
    wp::vec_t<3, wp::float32> var_628;
    const wp::int32 var_629 = 1;
    const wp::int32 var_630 = 0;
    wp::int32 var_631;
    wp::int32 var_632;
    const wp::int32 var_633 = 1;
    wp::int32 var_634;
    wp::int32 var_635;
    const wp::int32 var_636 = 2;
    wp::int32 var_637;
    wp::int32 var_638;
    wp::vec_t<3, wp::int32> var_639;
    wp::int32 var_640;
    wp::int32* var_641;
    wp::int32 var_642;
    wp::int32 var_643;
    wp::range_t var_644;
    wp::int32 var_645;
    wp::int32* var_646;
    wp::int32 var_647;
    wp::int32 var_648;
    bool var_649;
    wp::int32 var_650;
    const wp::int32 var_651 = 0;
    wp::int32 var_652;
    bool var_653;
    const wp::int32 var_654 = 1;
    wp::int32 var_655;
    bool var_656;
    const wp::int32 var_657 = 2;
    wp::int32 var_658;
    bool var_659;
    const wp::int32 var_660 = 3;
    wp::int32 var_661;
    bool var_662;
    bool var_663;
    wp::int32 var_664;
    wp::vec_t<3, wp::float32>* var_665;
    wp::vec_t<3, wp::float32> var_666;
    wp::vec_t<3, wp::float32> var_667;
    wp::float32 var_668;
    bool var_669;
    const wp::float32 var_670 = 1e-09;
    bool var_671;
    bool var_672;
    wp::float32 var_673;
    wp::float32 var_674;
    const wp::float32 var_675 = 0.5;
    wp::float32 var_676;
    wp::vec_t<3, wp::float32> var_677;
    wp::vec_t<3, wp::float32> var_678;
    wp::vec_t<3, wp::float32> var_679;
    const wp::int32 var_680 = 0;
    const wp::int32 var_681 = 1;
    wp::int32 var_682;
    wp::vec_t<3, wp::float32> var_683;
    wp::vec_t<3, wp::float32> var_684;
    const wp::int32 var_685 = 0;
    const wp::int32 var_686 = -1;
    const wp::int32 var_687 = 0;
    wp::int32 var_688;
    wp::int32 var_689;
    const wp::int32 var_690 = 1;
    wp::int32 var_691;
    wp::int32 var_692;
    const wp::int32 var_693 = 2;
    wp::int32 var_694;
    wp::int32 var_695;
    wp::vec_t<3, wp::int32> var_696;
    wp::int32 var_697;
    wp::int32* var_698;
    wp::int32 var_699;
    wp::int32 var_700;
    wp::range_t var_701;
    wp::int32 var_702;
    wp::int32* var_703;
    wp::int32 var_704;
    wp::int32 var_705;
    bool var_706;
    wp::int32 var_707;
    const wp::int32 var_708 = 0;
    wp::int32 var_709;
    bool var_710;
    const wp::int32 var_711 = 1;
    wp::int32 var_712;
    bool var_713;
    const wp::int32 var_714 = 2;
    wp::int32 var_715;
    bool var_716;
    const wp::int32 var_717 = 3;
    wp::int32 var_718;
    bool var_719;
    bool var_720;
    wp::int32 var_721;
    wp::vec_t<3, wp::float32>* var_722;
    wp::vec_t<3, wp::float32> var_723;
    wp::vec_t<3, wp::float32> var_724;
    wp::float32 var_725;
    bool var_726;
    const wp::float32 var_727 = 1e-09;
    bool var_728;
    bool var_729;
    wp::float32 var_730;
    wp::float32 var_731;
    const wp::float32 var_732 = 0.5;
    wp::float32 var_733;
    wp::vec_t<3, wp::float32> var_734;
    wp::vec_t<3, wp::float32> var_735;
    wp::vec_t<3, wp::float32> var_736;
    const wp::int32 var_737 = 0;
    const wp::int32 var_738 = 1;
    wp::int32 var_739;
    wp::vec_t<3, wp::float32> var_740;
    wp::vec_t<3, wp::float32> var_741;
    const wp::int32 var_742 = 0;
    const wp::int32 var_743 = 0;
    wp::int32 var_744;
    wp::int32 var_745;
    const wp::int32 var_746 = 1;
    wp::int32 var_747;
    wp::int32 var_748;
    const wp::int32 var_749 = 2;
    wp::int32 var_750;
    wp::int32 var_751;
    wp::vec_t<3, wp::int32> var_752;
    wp::int32 var_753;
    wp::int32* var_754;
    wp::int32 var_755;
    wp::int32 var_756;
    wp::range_t var_757;
    wp::int32 var_758;
    wp::int32* var_759;
    wp::int32 var_760;
    wp::int32 var_761;
    bool var_762;
    wp::int32 var_763;
    const wp::int32 var_764 = 0;
    wp::int32 var_765;
    bool var_766;
    const wp::int32 var_767 = 1;
    wp::int32 var_768;
    bool var_769;
    const wp::int32 var_770 = 2;
    wp::int32 var_771;
    bool var_772;
    const wp::int32 var_773 = 3;
    wp::int32 var_774;
    bool var_775;
    bool var_776;
    wp::int32 var_777;
    wp::vec_t<3, wp::float32>* var_778;
    wp::vec_t<3, wp::float32> var_779;
    wp::vec_t<3, wp::float32> var_780;
    wp::float32 var_781;
    bool var_782;
    const wp::float32 var_783 = 1e-09;
    bool var_784;
    bool var_785;
    wp::float32 var_786;
    wp::float32 var_787;
    const wp::float32 var_788 = 0.5;
    wp::float32 var_789;
    wp::vec_t<3, wp::float32> var_790;
    wp::vec_t<3, wp::float32> var_791;
    wp::vec_t<3, wp::float32> var_792;
    const wp::int32 var_793 = 0;
    const wp::int32 var_794 = 1;
    wp::int32 var_795;
    wp::vec_t<3, wp::float32> var_796;
    wp::vec_t<3, wp::float32> var_797;
    const wp::int32 var_798 = 1;
    const wp::int32 var_799 = 0;
    wp::int32 var_800;
    wp::int32 var_801;
    const wp::int32 var_802 = 1;
    wp::int32 var_803;
    wp::int32 var_804;
    const wp::int32 var_805 = 2;
    wp::int32 var_806;
    wp::int32 var_807;
    wp::vec_t<3, wp::int32> var_808;
    wp::int32 var_809;
    wp::int32* var_810;
    wp::int32 var_811;
    wp::int32 var_812;
    wp::range_t var_813;
    wp::int32 var_814;
    wp::int32* var_815;
    wp::int32 var_816;
    wp::int32 var_817;
    bool var_818;
    wp::int32 var_819;
    const wp::int32 var_820 = 0;
    wp::int32 var_821;
    bool var_822;
    const wp::int32 var_823 = 1;
    wp::int32 var_824;
    bool var_825;
    const wp::int32 var_826 = 2;
    wp::int32 var_827;
    bool var_828;
    const wp::int32 var_829 = 3;
    wp::int32 var_830;
    bool var_831;
    bool var_832;
    wp::int32 var_833;
    wp::vec_t<3, wp::float32>* var_834;
    wp::vec_t<3, wp::float32> var_835;
    wp::vec_t<3, wp::float32> var_836;
    wp::float32 var_837;
    bool var_838;
    const wp::float32 var_839 = 1e-09;
    bool var_840;
    bool var_841;
    wp::float32 var_842;
    wp::float32 var_843;
    const wp::float32 var_844 = 0.5;
    wp::float32 var_845;
    wp::vec_t<3, wp::float32> var_846;
    wp::vec_t<3, wp::float32> var_847;
    wp::vec_t<3, wp::float32> var_848;
    const wp::int32 var_849 = 0;
    const wp::int32 var_850 = 1;
    wp::int32 var_851;
    wp::vec_t<3, wp::float32> var_852;
    wp::vec_t<3, wp::float32> var_853;
    const wp::int32 var_854 = 1;
    const wp::int32 var_855 = -1;
    const wp::int32 var_856 = 0;
    wp::int32 var_857;
    wp::int32 var_858;
    const wp::int32 var_859 = 1;
    wp::int32 var_860;
    wp::int32 var_861;
    const wp::int32 var_862 = 2;
    wp::int32 var_863;
    wp::int32 var_864;
    wp::vec_t<3, wp::int32> var_865;
    wp::int32 var_866;
    wp::int32* var_867;
    wp::int32 var_868;
    wp::int32 var_869;
    wp::range_t var_870;
    wp::int32 var_871;
    wp::int32* var_872;
    wp::int32 var_873;
    wp::int32 var_874;
    bool var_875;
    wp::int32 var_876;
    const wp::int32 var_877 = 0;
    wp::int32 var_878;
    bool var_879;
    const wp::int32 var_880 = 1;
    wp::int32 var_881;
    bool var_882;
    const wp::int32 var_883 = 2;
    wp::int32 var_884;
    bool var_885;
    const wp::int32 var_886 = 3;
    wp::int32 var_887;
    bool var_888;
    bool var_889;
    wp::int32 var_890;
    wp::vec_t<3, wp::float32>* var_891;
    wp::vec_t<3, wp::float32> var_892;
    wp::vec_t<3, wp::float32> var_893;
    wp::float32 var_894;
    bool var_895;
    const wp::float32 var_896 = 1e-09;
    bool var_897;
    bool var_898;
    wp::float32 var_899;
    wp::float32 var_900;
    const wp::float32 var_901 = 0.5;
    wp::float32 var_902;
    wp::vec_t<3, wp::float32> var_903;
    wp::vec_t<3, wp::float32> var_904;
    wp::vec_t<3, wp::float32> var_905;
    const wp::int32 var_906 = 0;
    const wp::int32 var_907 = 1;
    wp::int32 var_908;
    wp::vec_t<3, wp::float32> var_909;
    wp::vec_t<3, wp::float32> var_910;
    const wp::int32 var_911 = 0;
    const wp::int32 var_912 = 0;
    wp::int32 var_913;
    wp::int32 var_914;
    const wp::int32 var_915 = 1;
    wp::int32 var_916;
    wp::int32 var_917;
    const wp::int32 var_918 = 2;
    wp::int32 var_919;
    wp::int32 var_920;
    wp::vec_t<3, wp::int32> var_921;
    wp::int32 var_922;
    wp::int32* var_923;
    wp::int32 var_924;
    wp::int32 var_925;
    wp::range_t var_926;
    wp::int32 var_927;
    wp::int32* var_928;
    wp::int32 var_929;
    wp::int32 var_930;
    bool var_931;
    wp::int32 var_932;
    const wp::int32 var_933 = 0;
    wp::int32 var_934;
    bool var_935;
    const wp::int32 var_936 = 1;
    wp::int32 var_937;
    bool var_938;
    const wp::int32 var_939 = 2;
    wp::int32 var_940;
    bool var_941;
    const wp::int32 var_942 = 3;
    wp::int32 var_943;
    bool var_944;
    bool var_945;
    wp::int32 var_946;
    wp::vec_t<3, wp::float32>* var_947;
    wp::vec_t<3, wp::float32> var_948;
    wp::vec_t<3, wp::float32> var_949;
    wp::float32 var_950;
    bool var_951;
    const wp::float32 var_952 = 1e-09;
    bool var_953;
    bool var_954;
    wp::float32 var_955;
    wp::float32 var_956;
    const wp::float32 var_957 = 0.5;
    wp::float32 var_958;
    wp::vec_t<3, wp::float32> var_959;
    wp::vec_t<3, wp::float32> var_960;
    wp::vec_t<3, wp::float32> var_961;
    const wp::int32 var_962 = 0;
    const wp::int32 var_963 = 1;
    wp::int32 var_964;
    wp::vec_t<3, wp::float32> var_965;
    wp::vec_t<3, wp::float32> var_966;
    const wp::int32 var_967 = 1;
    const wp::int32 var_968 = 0;
    wp::int32 var_969;
    wp::int32 var_970;
    const wp::int32 var_971 = 1;
    wp::int32 var_972;
    wp::int32 var_973;
    const wp::int32 var_974 = 2;
    wp::int32 var_975;
    wp::int32 var_976;
    wp::vec_t<3, wp::int32> var_977;
    wp::int32 var_978;
    wp::int32* var_979;
    wp::int32 var_980;
    wp::int32 var_981;
    wp::range_t var_982;
    wp::int32 var_983;
    wp::int32* var_984;
    wp::int32 var_985;
    wp::int32 var_986;
    bool var_987;
    wp::int32 var_988;
    const wp::int32 var_989 = 0;
    wp::int32 var_990;
    bool var_991;
    const wp::int32 var_992 = 1;
    wp::int32 var_993;
    bool var_994;
    const wp::int32 var_995 = 2;
    wp::int32 var_996;
    bool var_997;
    const wp::int32 var_998 = 3;
    wp::int32 var_999;
    bool var_1000;
    bool var_1001;
    wp::int32 var_1002;
    wp::vec_t<3, wp::float32>* var_1003;
    wp::vec_t<3, wp::float32> var_1004;
    wp::vec_t<3, wp::float32> var_1005;
    wp::float32 var_1006;
    bool var_1007;
    const wp::float32 var_1008 = 1e-09;
    bool var_1009;
    bool var_1010;
    wp::float32 var_1011;
    wp::float32 var_1012;
    const wp::float32 var_1013 = 0.5;
    wp::float32 var_1014;
    wp::vec_t<3, wp::float32> var_1015;
    wp::vec_t<3, wp::float32> var_1016;
    wp::vec_t<3, wp::float32> var_1017;
    const wp::int32 var_1018 = 0;
    const wp::int32 var_1019 = 1;
    wp::int32 var_1020;
    wp::vec_t<3, wp::float32> var_1021;
    wp::vec_t<3, wp::float32> var_1022;
    const wp::int32 var_1023 = 1;
    const wp::int32 var_1024 = -1;
    const wp::int32 var_1025 = -1;
    const wp::int32 var_1026 = 0;
    wp::int32 var_1027;
    wp::int32 var_1028;
    const wp::int32 var_1029 = 1;
    wp::int32 var_1030;
    wp::int32 var_1031;
    const wp::int32 var_1032 = 2;
    wp::int32 var_1033;
    wp::int32 var_1034;
    wp::vec_t<3, wp::int32> var_1035;
    wp::int32 var_1036;
    wp::int32* var_1037;
    wp::int32 var_1038;
    wp::int32 var_1039;
    wp::range_t var_1040;
    wp::int32 var_1041;
    wp::int32* var_1042;
    wp::int32 var_1043;
    wp::int32 var_1044;
    bool var_1045;
    wp::int32 var_1046;
    const wp::int32 var_1047 = 0;
    wp::int32 var_1048;
    bool var_1049;
    const wp::int32 var_1050 = 1;
    wp::int32 var_1051;
    bool var_1052;
    const wp::int32 var_1053 = 2;
    wp::int32 var_1054;
    bool var_1055;
    const wp::int32 var_1056 = 3;
    wp::int32 var_1057;
    bool var_1058;
    bool var_1059;
    wp::int32 var_1060;
    wp::vec_t<3, wp::float32>* var_1061;
    wp::vec_t<3, wp::float32> var_1062;
    wp::vec_t<3, wp::float32> var_1063;
    wp::float32 var_1064;
    bool var_1065;
    const wp::float32 var_1066 = 1e-09;
    bool var_1067;
    bool var_1068;
    wp::float32 var_1069;
    wp::float32 var_1070;
    const wp::float32 var_1071 = 0.5;
    wp::float32 var_1072;
    wp::vec_t<3, wp::float32> var_1073;
    wp::vec_t<3, wp::float32> var_1074;
    wp::vec_t<3, wp::float32> var_1075;
    const wp::int32 var_1076 = 0;
    const wp::int32 var_1077 = 1;
    wp::int32 var_1078;
    wp::vec_t<3, wp::float32> var_1079;
    wp::vec_t<3, wp::float32> var_1080;
    const wp::int32 var_1081 = 0;
    const wp::int32 var_1082 = 0;
    wp::int32 var_1083;
    wp::int32 var_1084;
    const wp::int32 var_1085 = 1;
    wp::int32 var_1086;
    wp::int32 var_1087;
    const wp::int32 var_1088 = 2;
    wp::int32 var_1089;
    wp::int32 var_1090;
    wp::vec_t<3, wp::int32> var_1091;
    wp::int32 var_1092;
    wp::int32* var_1093;
    wp::int32 var_1094;
    wp::int32 var_1095;
    wp::range_t var_1096;
    wp::int32 var_1097;
    wp::int32* var_1098;
    wp::int32 var_1099;
    wp::int32 var_1100;
    bool var_1101;
    wp::int32 var_1102;
    const wp::int32 var_1103 = 0;
    wp::int32 var_1104;
    bool var_1105;
    const wp::int32 var_1106 = 1;
    wp::int32 var_1107;
    bool var_1108;
    const wp::int32 var_1109 = 2;
    wp::int32 var_1110;
    bool var_1111;
    const wp::int32 var_1112 = 3;
    wp::int32 var_1113;
    bool var_1114;
    bool var_1115;
    wp::int32 var_1116;
    wp::vec_t<3, wp::float32>* var_1117;
    wp::vec_t<3, wp::float32> var_1118;
    wp::vec_t<3, wp::float32> var_1119;
    wp::float32 var_1120;
    bool var_1121;
    const wp::float32 var_1122 = 1e-09;
    bool var_1123;
    bool var_1124;
    wp::float32 var_1125;
    wp::float32 var_1126;
    const wp::float32 var_1127 = 0.5;
    wp::float32 var_1128;
    wp::vec_t<3, wp::float32> var_1129;
    wp::vec_t<3, wp::float32> var_1130;
    wp::vec_t<3, wp::float32> var_1131;
    const wp::int32 var_1132 = 0;
    const wp::int32 var_1133 = 1;
    wp::int32 var_1134;
    wp::vec_t<3, wp::float32> var_1135;
    wp::vec_t<3, wp::float32> var_1136;
    const wp::int32 var_1137 = 1;
    const wp::int32 var_1138 = 0;
    wp::int32 var_1139;
    wp::int32 var_1140;
    const wp::int32 var_1141 = 1;
    wp::int32 var_1142;
    wp::int32 var_1143;
    const wp::int32 var_1144 = 2;
    wp::int32 var_1145;
    wp::int32 var_1146;
    wp::vec_t<3, wp::int32> var_1147;
    wp::int32 var_1148;
    wp::int32* var_1149;
    wp::int32 var_1150;
    wp::int32 var_1151;
    wp::range_t var_1152;
    wp::int32 var_1153;
    wp::int32* var_1154;
    wp::int32 var_1155;
    wp::int32 var_1156;
    bool var_1157;
    wp::int32 var_1158;
    const wp::int32 var_1159 = 0;
    wp::int32 var_1160;
    bool var_1161;
    const wp::int32 var_1162 = 1;
    wp::int32 var_1163;
    bool var_1164;
    const wp::int32 var_1165 = 2;
    wp::int32 var_1166;
    bool var_1167;
    const wp::int32 var_1168 = 3;
    wp::int32 var_1169;
    bool var_1170;
    bool var_1171;
    wp::int32 var_1172;
    wp::vec_t<3, wp::float32>* var_1173;
    wp::vec_t<3, wp::float32> var_1174;
    wp::vec_t<3, wp::float32> var_1175;
    wp::float32 var_1176;
    bool var_1177;
    const wp::float32 var_1178 = 1e-09;
    bool var_1179;
    bool var_1180;
    wp::float32 var_1181;
    wp::float32 var_1182;
    const wp::float32 var_1183 = 0.5;
    wp::float32 var_1184;
    wp::vec_t<3, wp::float32> var_1185;
    wp::vec_t<3, wp::float32> var_1186;
    wp::vec_t<3, wp::float32> var_1187;
    const wp::int32 var_1188 = 0;
    const wp::int32 var_1189 = 1;
    wp::int32 var_1190;
    wp::vec_t<3, wp::float32> var_1191;
    wp::vec_t<3, wp::float32> var_1192;
    const wp::int32 var_1193 = 0;
    const wp::int32 var_1194 = -1;
    const wp::int32 var_1195 = 0;
    wp::int32 var_1196;
    wp::int32 var_1197;
    const wp::int32 var_1198 = 1;
    wp::int32 var_1199;
    wp::int32 var_1200;
    const wp::int32 var_1201 = 2;
    wp::int32 var_1202;
    wp::int32 var_1203;
    wp::vec_t<3, wp::int32> var_1204;
    wp::int32 var_1205;
    wp::int32* var_1206;
    wp::int32 var_1207;
    wp::int32 var_1208;
    wp::range_t var_1209;
    wp::int32 var_1210;
    wp::int32* var_1211;
    wp::int32 var_1212;
    wp::int32 var_1213;
    bool var_1214;
    wp::int32 var_1215;
    const wp::int32 var_1216 = 0;
    wp::int32 var_1217;
    bool var_1218;
    const wp::int32 var_1219 = 1;
    wp::int32 var_1220;
    bool var_1221;
    const wp::int32 var_1222 = 2;
    wp::int32 var_1223;
    bool var_1224;
    const wp::int32 var_1225 = 3;
    wp::int32 var_1226;
    bool var_1227;
    bool var_1228;
    wp::int32 var_1229;
    wp::vec_t<3, wp::float32>* var_1230;
    wp::vec_t<3, wp::float32> var_1231;
    wp::vec_t<3, wp::float32> var_1232;
    wp::float32 var_1233;
    bool var_1234;
    const wp::float32 var_1235 = 1e-09;
    bool var_1236;
    bool var_1237;
    wp::float32 var_1238;
    wp::float32 var_1239;
    const wp::float32 var_1240 = 0.5;
    wp::float32 var_1241;
    wp::vec_t<3, wp::float32> var_1242;
    wp::vec_t<3, wp::float32> var_1243;
    wp::vec_t<3, wp::float32> var_1244;
    const wp::int32 var_1245 = 0;
    const wp::int32 var_1246 = 1;
    wp::int32 var_1247;
    wp::vec_t<3, wp::float32> var_1248;
    wp::vec_t<3, wp::float32> var_1249;
    const wp::int32 var_1250 = 0;
    const wp::int32 var_1251 = 0;
    wp::int32 var_1252;
    wp::int32 var_1253;
    const wp::int32 var_1254 = 1;
    wp::int32 var_1255;
    wp::int32 var_1256;
    const wp::int32 var_1257 = 2;
    wp::int32 var_1258;
    wp::int32 var_1259;
    wp::vec_t<3, wp::int32> var_1260;
    wp::int32 var_1261;
    wp::int32* var_1262;
    wp::int32 var_1263;
    wp::int32 var_1264;
    wp::range_t var_1265;
    wp::int32 var_1266;
    wp::int32* var_1267;
    wp::int32 var_1268;
    wp::int32 var_1269;
    bool var_1270;
    wp::int32 var_1271;
    const wp::int32 var_1272 = 0;
    wp::int32 var_1273;
    bool var_1274;
    const wp::int32 var_1275 = 1;
    wp::int32 var_1276;
    bool var_1277;
    const wp::int32 var_1278 = 2;
    wp::int32 var_1279;
    bool var_1280;
    const wp::int32 var_1281 = 3;
    wp::int32 var_1282;
    bool var_1283;
    bool var_1284;
    wp::int32 var_1285;
    wp::vec_t<3, wp::float32>* var_1286;
    wp::vec_t<3, wp::float32> var_1287;
    wp::vec_t<3, wp::float32> var_1288;
    wp::float32 var_1289;
    bool var_1290;
    const wp::float32 var_1291 = 1e-09;
    bool var_1292;
    bool var_1293;
    wp::float32 var_1294;
    wp::float32 var_1295;
    const wp::float32 var_1296 = 0.5;
    wp::float32 var_1297;
    wp::vec_t<3, wp::float32> var_1298;
    wp::vec_t<3, wp::float32> var_1299;
    wp::vec_t<3, wp::float32> var_1300;
    const wp::int32 var_1301 = 0;
    const wp::int32 var_1302 = 1;
    wp::int32 var_1303;
    wp::vec_t<3, wp::float32> var_1304;
    wp::vec_t<3, wp::float32> var_1305;
    const wp::int32 var_1306 = 1;
    const wp::int32 var_1307 = 0;
    wp::int32 var_1308;
    wp::int32 var_1309;
    const wp::int32 var_1310 = 1;
    wp::int32 var_1311;
    wp::int32 var_1312;
    const wp::int32 var_1313 = 2;
    wp::int32 var_1314;
    wp::int32 var_1315;
    wp::vec_t<3, wp::int32> var_1316;
    wp::int32 var_1317;
    wp::int32* var_1318;
    wp::int32 var_1319;
    wp::int32 var_1320;
    wp::range_t var_1321;
    wp::int32 var_1322;
    wp::int32* var_1323;
    wp::int32 var_1324;
    wp::int32 var_1325;
    bool var_1326;
    wp::int32 var_1327;
    const wp::int32 var_1328 = 0;
    wp::int32 var_1329;
    bool var_1330;
    const wp::int32 var_1331 = 1;
    wp::int32 var_1332;
    bool var_1333;
    const wp::int32 var_1334 = 2;
    wp::int32 var_1335;
    bool var_1336;
    const wp::int32 var_1337 = 3;
    wp::int32 var_1338;
    bool var_1339;
    bool var_1340;
    wp::int32 var_1341;
    wp::vec_t<3, wp::float32>* var_1342;
    wp::vec_t<3, wp::float32> var_1343;
    wp::vec_t<3, wp::float32> var_1344;
    wp::float32 var_1345;
    bool var_1346;
    const wp::float32 var_1347 = 1e-09;
    bool var_1348;
    bool var_1349;
    wp::float32 var_1350;
    wp::float32 var_1351;
    const wp::float32 var_1352 = 0.5;
    wp::float32 var_1353;
    wp::vec_t<3, wp::float32> var_1354;
    wp::vec_t<3, wp::float32> var_1355;
    wp::vec_t<3, wp::float32> var_1356;
    const wp::int32 var_1357 = 0;
    const wp::int32 var_1358 = 1;
    wp::int32 var_1359;
    wp::vec_t<3, wp::float32> var_1360;
    wp::vec_t<3, wp::float32> var_1361;
    const wp::int32 var_1362 = 1;
    const wp::int32 var_1363 = -1;
    const wp::int32 var_1364 = 0;
    wp::int32 var_1365;
    wp::int32 var_1366;
    const wp::int32 var_1367 = 1;
    wp::int32 var_1368;
    wp::int32 var_1369;
    const wp::int32 var_1370 = 2;
    wp::int32 var_1371;
    wp::int32 var_1372;
    wp::vec_t<3, wp::int32> var_1373;
    wp::int32 var_1374;
    wp::int32* var_1375;
    wp::int32 var_1376;
    wp::int32 var_1377;
    wp::range_t var_1378;
    wp::int32 var_1379;
    wp::int32* var_1380;
    wp::int32 var_1381;
    wp::int32 var_1382;
    bool var_1383;
    wp::int32 var_1384;
    const wp::int32 var_1385 = 0;
    wp::int32 var_1386;
    bool var_1387;
    const wp::int32 var_1388 = 1;
    wp::int32 var_1389;
    bool var_1390;
    const wp::int32 var_1391 = 2;
    wp::int32 var_1392;
    bool var_1393;
    const wp::int32 var_1394 = 3;
    wp::int32 var_1395;
    bool var_1396;
    bool var_1397;
    wp::int32 var_1398;
    wp::vec_t<3, wp::float32>* var_1399;
    wp::vec_t<3, wp::float32> var_1400;
    wp::vec_t<3, wp::float32> var_1401;
    wp::float32 var_1402;
    bool var_1403;
    const wp::float32 var_1404 = 1e-09;
    bool var_1405;
    bool var_1406;
    wp::float32 var_1407;
    wp::float32 var_1408;
    const wp::float32 var_1409 = 0.5;
    wp::float32 var_1410;
    wp::vec_t<3, wp::float32> var_1411;
    wp::vec_t<3, wp::float32> var_1412;
    wp::vec_t<3, wp::float32> var_1413;
    const wp::int32 var_1414 = 0;
    const wp::int32 var_1415 = 1;
    wp::int32 var_1416;
    wp::vec_t<3, wp::float32> var_1417;
    wp::vec_t<3, wp::float32> var_1418;
    const wp::int32 var_1419 = 0;
    const wp::int32 var_1420 = 0;
    wp::int32 var_1421;
    wp::int32 var_1422;
    const wp::int32 var_1423 = 1;
    wp::int32 var_1424;
    wp::int32 var_1425;
    const wp::int32 var_1426 = 2;
    wp::int32 var_1427;
    wp::int32 var_1428;
    wp::vec_t<3, wp::int32> var_1429;
    wp::int32 var_1430;
    wp::int32* var_1431;
    wp::int32 var_1432;
    wp::int32 var_1433;
    wp::range_t var_1434;
    wp::int32 var_1435;
    wp::int32* var_1436;
    wp::int32 var_1437;
    wp::int32 var_1438;
    bool var_1439;
    wp::int32 var_1440;
    const wp::int32 var_1441 = 0;
    wp::int32 var_1442;
    bool var_1443;
    const wp::int32 var_1444 = 1;
    wp::int32 var_1445;
    bool var_1446;
    const wp::int32 var_1447 = 2;
    wp::int32 var_1448;
    bool var_1449;
    const wp::int32 var_1450 = 3;
    wp::int32 var_1451;
    bool var_1452;
    bool var_1453;
    wp::int32 var_1454;
    wp::vec_t<3, wp::float32>* var_1455;
    wp::vec_t<3, wp::float32> var_1456;
    wp::vec_t<3, wp::float32> var_1457;
    wp::float32 var_1458;
    bool var_1459;
    const wp::float32 var_1460 = 1e-09;
    bool var_1461;
    bool var_1462;
    wp::float32 var_1463;
    wp::float32 var_1464;
    const wp::float32 var_1465 = 0.5;
    wp::float32 var_1466;
    wp::vec_t<3, wp::float32> var_1467;
    wp::vec_t<3, wp::float32> var_1468;
    wp::vec_t<3, wp::float32> var_1469;
    const wp::int32 var_1470 = 0;
    const wp::int32 var_1471 = 1;
    wp::int32 var_1472;
    wp::vec_t<3, wp::float32> var_1473;
    wp::vec_t<3, wp::float32> var_1474;
    const wp::int32 var_1475 = 1;
    const wp::int32 var_1476 = 0;
    wp::int32 var_1477;
    wp::int32 var_1478;
    const wp::int32 var_1479 = 1;
    wp::int32 var_1480;
    wp::int32 var_1481;
    const wp::int32 var_1482 = 2;
    wp::int32 var_1483;
    wp::int32 var_1484;
    wp::vec_t<3, wp::int32> var_1485;
    wp::int32 var_1486;
    wp::int32* var_1487;
    wp::int32 var_1488;
    wp::int32 var_1489;
    wp::range_t var_1490;
    wp::int32 var_1491;
    wp::int32* var_1492;
    wp::int32 var_1493;
    wp::int32 var_1494;
    bool var_1495;
    wp::int32 var_1496;
    const wp::int32 var_1497 = 0;
    wp::int32 var_1498;
    bool var_1499;
    const wp::int32 var_1500 = 1;
    wp::int32 var_1501;
    bool var_1502;
    const wp::int32 var_1503 = 2;
    wp::int32 var_1504;
    bool var_1505;
    const wp::int32 var_1506 = 3;
    wp::int32 var_1507;
    bool var_1508;
    bool var_1509;
    wp::int32 var_1510;
    wp::vec_t<3, wp::float32>* var_1511;
    wp::vec_t<3, wp::float32> var_1512;
    wp::vec_t<3, wp::float32> var_1513;
    wp::float32 var_1514;
    bool var_1515;
    const wp::float32 var_1516 = 1e-09;
    bool var_1517;
    bool var_1518;
    wp::float32 var_1519;
    wp::float32 var_1520;
    const wp::float32 var_1521 = 0.5;
    wp::float32 var_1522;
    wp::vec_t<3, wp::float32> var_1523;
    wp::vec_t<3, wp::float32> var_1524;
    wp::vec_t<3, wp::float32> var_1525;
    const wp::int32 var_1526 = 0;
    const wp::int32 var_1527 = 1;
    wp::int32 var_1528;
    wp::vec_t<3, wp::float32> var_1529;
    wp::vec_t<3, wp::float32> var_1530;
    wp::vec_t<3, wp::float32> var_1531;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::int32> adj_4 = {};
    wp::vec_t<4, wp::int32> adj_5 = {};
    wp::vec_t<4, wp::int32> adj_6 = {};
    wp::vec_t<4, wp::int32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::vec_t<3, wp::int32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::range_t adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    bool adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    bool adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    bool adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    bool adj_44 = {};
    bool adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::float32 adj_49 = {};
    bool adj_50 = {};
    wp::float32 adj_51 = {};
    bool adj_52 = {};
    bool adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::vec_t<3, wp::float32> adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::vec_t<3, wp::int32> adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::range_t adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    bool adj_85 = {};
    wp::int32 adj_86 = {};
    wp::int32 adj_87 = {};
    wp::int32 adj_88 = {};
    bool adj_89 = {};
    wp::int32 adj_90 = {};
    wp::int32 adj_91 = {};
    bool adj_92 = {};
    wp::int32 adj_93 = {};
    wp::int32 adj_94 = {};
    bool adj_95 = {};
    wp::int32 adj_96 = {};
    wp::int32 adj_97 = {};
    bool adj_98 = {};
    bool adj_99 = {};
    wp::int32 adj_100 = {};
    wp::vec_t<3, wp::float32> adj_101 = {};
    wp::vec_t<3, wp::float32> adj_102 = {};
    wp::vec_t<3, wp::float32> adj_103 = {};
    wp::float32 adj_104 = {};
    bool adj_105 = {};
    wp::float32 adj_106 = {};
    bool adj_107 = {};
    bool adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::vec_t<3, wp::float32> adj_113 = {};
    wp::vec_t<3, wp::float32> adj_114 = {};
    wp::vec_t<3, wp::float32> adj_115 = {};
    wp::int32 adj_116 = {};
    wp::int32 adj_117 = {};
    wp::int32 adj_118 = {};
    wp::vec_t<3, wp::float32> adj_119 = {};
    wp::vec_t<3, wp::float32> adj_120 = {};
    wp::int32 adj_121 = {};
    wp::int32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::int32 adj_124 = {};
    wp::int32 adj_125 = {};
    wp::int32 adj_126 = {};
    wp::int32 adj_127 = {};
    wp::int32 adj_128 = {};
    wp::int32 adj_129 = {};
    wp::int32 adj_130 = {};
    wp::vec_t<3, wp::int32> adj_131 = {};
    wp::int32 adj_132 = {};
    wp::int32 adj_133 = {};
    wp::int32 adj_134 = {};
    wp::int32 adj_135 = {};
    wp::range_t adj_136 = {};
    wp::int32 adj_137 = {};
    wp::int32 adj_138 = {};
    wp::int32 adj_139 = {};
    wp::int32 adj_140 = {};
    bool adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    wp::int32 adj_144 = {};
    bool adj_145 = {};
    wp::int32 adj_146 = {};
    wp::int32 adj_147 = {};
    bool adj_148 = {};
    wp::int32 adj_149 = {};
    wp::int32 adj_150 = {};
    bool adj_151 = {};
    wp::int32 adj_152 = {};
    wp::int32 adj_153 = {};
    bool adj_154 = {};
    bool adj_155 = {};
    wp::int32 adj_156 = {};
    wp::vec_t<3, wp::float32> adj_157 = {};
    wp::vec_t<3, wp::float32> adj_158 = {};
    wp::vec_t<3, wp::float32> adj_159 = {};
    wp::float32 adj_160 = {};
    bool adj_161 = {};
    wp::float32 adj_162 = {};
    bool adj_163 = {};
    bool adj_164 = {};
    wp::float32 adj_165 = {};
    wp::float32 adj_166 = {};
    wp::float32 adj_167 = {};
    wp::float32 adj_168 = {};
    wp::vec_t<3, wp::float32> adj_169 = {};
    wp::vec_t<3, wp::float32> adj_170 = {};
    wp::vec_t<3, wp::float32> adj_171 = {};
    wp::int32 adj_172 = {};
    wp::int32 adj_173 = {};
    wp::int32 adj_174 = {};
    wp::vec_t<3, wp::float32> adj_175 = {};
    wp::vec_t<3, wp::float32> adj_176 = {};
    wp::int32 adj_177 = {};
    wp::int32 adj_178 = {};
    wp::int32 adj_179 = {};
    wp::int32 adj_180 = {};
    wp::int32 adj_181 = {};
    wp::int32 adj_182 = {};
    wp::int32 adj_183 = {};
    wp::int32 adj_184 = {};
    wp::int32 adj_185 = {};
    wp::int32 adj_186 = {};
    wp::int32 adj_187 = {};
    wp::vec_t<3, wp::int32> adj_188 = {};
    wp::int32 adj_189 = {};
    wp::int32 adj_190 = {};
    wp::int32 adj_191 = {};
    wp::int32 adj_192 = {};
    wp::range_t adj_193 = {};
    wp::int32 adj_194 = {};
    wp::int32 adj_195 = {};
    wp::int32 adj_196 = {};
    wp::int32 adj_197 = {};
    bool adj_198 = {};
    wp::int32 adj_199 = {};
    wp::int32 adj_200 = {};
    wp::int32 adj_201 = {};
    bool adj_202 = {};
    wp::int32 adj_203 = {};
    wp::int32 adj_204 = {};
    bool adj_205 = {};
    wp::int32 adj_206 = {};
    wp::int32 adj_207 = {};
    bool adj_208 = {};
    wp::int32 adj_209 = {};
    wp::int32 adj_210 = {};
    bool adj_211 = {};
    bool adj_212 = {};
    wp::int32 adj_213 = {};
    wp::vec_t<3, wp::float32> adj_214 = {};
    wp::vec_t<3, wp::float32> adj_215 = {};
    wp::vec_t<3, wp::float32> adj_216 = {};
    wp::float32 adj_217 = {};
    bool adj_218 = {};
    wp::float32 adj_219 = {};
    bool adj_220 = {};
    bool adj_221 = {};
    wp::float32 adj_222 = {};
    wp::float32 adj_223 = {};
    wp::float32 adj_224 = {};
    wp::float32 adj_225 = {};
    wp::vec_t<3, wp::float32> adj_226 = {};
    wp::vec_t<3, wp::float32> adj_227 = {};
    wp::vec_t<3, wp::float32> adj_228 = {};
    wp::int32 adj_229 = {};
    wp::int32 adj_230 = {};
    wp::int32 adj_231 = {};
    wp::vec_t<3, wp::float32> adj_232 = {};
    wp::vec_t<3, wp::float32> adj_233 = {};
    wp::int32 adj_234 = {};
    wp::int32 adj_235 = {};
    wp::int32 adj_236 = {};
    wp::int32 adj_237 = {};
    wp::int32 adj_238 = {};
    wp::int32 adj_239 = {};
    wp::int32 adj_240 = {};
    wp::int32 adj_241 = {};
    wp::int32 adj_242 = {};
    wp::int32 adj_243 = {};
    wp::vec_t<3, wp::int32> adj_244 = {};
    wp::int32 adj_245 = {};
    wp::int32 adj_246 = {};
    wp::int32 adj_247 = {};
    wp::int32 adj_248 = {};
    wp::range_t adj_249 = {};
    wp::int32 adj_250 = {};
    wp::int32 adj_251 = {};
    wp::int32 adj_252 = {};
    wp::int32 adj_253 = {};
    bool adj_254 = {};
    wp::int32 adj_255 = {};
    wp::int32 adj_256 = {};
    wp::int32 adj_257 = {};
    bool adj_258 = {};
    wp::int32 adj_259 = {};
    wp::int32 adj_260 = {};
    bool adj_261 = {};
    wp::int32 adj_262 = {};
    wp::int32 adj_263 = {};
    bool adj_264 = {};
    wp::int32 adj_265 = {};
    wp::int32 adj_266 = {};
    bool adj_267 = {};
    bool adj_268 = {};
    wp::int32 adj_269 = {};
    wp::vec_t<3, wp::float32> adj_270 = {};
    wp::vec_t<3, wp::float32> adj_271 = {};
    wp::vec_t<3, wp::float32> adj_272 = {};
    wp::float32 adj_273 = {};
    bool adj_274 = {};
    wp::float32 adj_275 = {};
    bool adj_276 = {};
    bool adj_277 = {};
    wp::float32 adj_278 = {};
    wp::float32 adj_279 = {};
    wp::float32 adj_280 = {};
    wp::float32 adj_281 = {};
    wp::vec_t<3, wp::float32> adj_282 = {};
    wp::vec_t<3, wp::float32> adj_283 = {};
    wp::vec_t<3, wp::float32> adj_284 = {};
    wp::int32 adj_285 = {};
    wp::int32 adj_286 = {};
    wp::int32 adj_287 = {};
    wp::vec_t<3, wp::float32> adj_288 = {};
    wp::vec_t<3, wp::float32> adj_289 = {};
    wp::int32 adj_290 = {};
    wp::int32 adj_291 = {};
    wp::int32 adj_292 = {};
    wp::int32 adj_293 = {};
    wp::int32 adj_294 = {};
    wp::int32 adj_295 = {};
    wp::int32 adj_296 = {};
    wp::int32 adj_297 = {};
    wp::int32 adj_298 = {};
    wp::int32 adj_299 = {};
    wp::vec_t<3, wp::int32> adj_300 = {};
    wp::int32 adj_301 = {};
    wp::int32 adj_302 = {};
    wp::int32 adj_303 = {};
    wp::int32 adj_304 = {};
    wp::range_t adj_305 = {};
    wp::int32 adj_306 = {};
    wp::int32 adj_307 = {};
    wp::int32 adj_308 = {};
    wp::int32 adj_309 = {};
    bool adj_310 = {};
    wp::int32 adj_311 = {};
    wp::int32 adj_312 = {};
    wp::int32 adj_313 = {};
    bool adj_314 = {};
    wp::int32 adj_315 = {};
    wp::int32 adj_316 = {};
    bool adj_317 = {};
    wp::int32 adj_318 = {};
    wp::int32 adj_319 = {};
    bool adj_320 = {};
    wp::int32 adj_321 = {};
    wp::int32 adj_322 = {};
    bool adj_323 = {};
    bool adj_324 = {};
    wp::int32 adj_325 = {};
    wp::vec_t<3, wp::float32> adj_326 = {};
    wp::vec_t<3, wp::float32> adj_327 = {};
    wp::vec_t<3, wp::float32> adj_328 = {};
    wp::float32 adj_329 = {};
    bool adj_330 = {};
    wp::float32 adj_331 = {};
    bool adj_332 = {};
    bool adj_333 = {};
    wp::float32 adj_334 = {};
    wp::float32 adj_335 = {};
    wp::float32 adj_336 = {};
    wp::float32 adj_337 = {};
    wp::vec_t<3, wp::float32> adj_338 = {};
    wp::vec_t<3, wp::float32> adj_339 = {};
    wp::vec_t<3, wp::float32> adj_340 = {};
    wp::int32 adj_341 = {};
    wp::int32 adj_342 = {};
    wp::int32 adj_343 = {};
    wp::vec_t<3, wp::float32> adj_344 = {};
    wp::vec_t<3, wp::float32> adj_345 = {};
    wp::int32 adj_346 = {};
    wp::int32 adj_347 = {};
    wp::int32 adj_348 = {};
    wp::int32 adj_349 = {};
    wp::int32 adj_350 = {};
    wp::int32 adj_351 = {};
    wp::int32 adj_352 = {};
    wp::int32 adj_353 = {};
    wp::int32 adj_354 = {};
    wp::int32 adj_355 = {};
    wp::int32 adj_356 = {};
    wp::vec_t<3, wp::int32> adj_357 = {};
    wp::int32 adj_358 = {};
    wp::int32 adj_359 = {};
    wp::int32 adj_360 = {};
    wp::int32 adj_361 = {};
    wp::range_t adj_362 = {};
    wp::int32 adj_363 = {};
    wp::int32 adj_364 = {};
    wp::int32 adj_365 = {};
    wp::int32 adj_366 = {};
    bool adj_367 = {};
    wp::int32 adj_368 = {};
    wp::int32 adj_369 = {};
    wp::int32 adj_370 = {};
    bool adj_371 = {};
    wp::int32 adj_372 = {};
    wp::int32 adj_373 = {};
    bool adj_374 = {};
    wp::int32 adj_375 = {};
    wp::int32 adj_376 = {};
    bool adj_377 = {};
    wp::int32 adj_378 = {};
    wp::int32 adj_379 = {};
    bool adj_380 = {};
    bool adj_381 = {};
    wp::int32 adj_382 = {};
    wp::vec_t<3, wp::float32> adj_383 = {};
    wp::vec_t<3, wp::float32> adj_384 = {};
    wp::vec_t<3, wp::float32> adj_385 = {};
    wp::float32 adj_386 = {};
    bool adj_387 = {};
    wp::float32 adj_388 = {};
    bool adj_389 = {};
    bool adj_390 = {};
    wp::float32 adj_391 = {};
    wp::float32 adj_392 = {};
    wp::float32 adj_393 = {};
    wp::float32 adj_394 = {};
    wp::vec_t<3, wp::float32> adj_395 = {};
    wp::vec_t<3, wp::float32> adj_396 = {};
    wp::vec_t<3, wp::float32> adj_397 = {};
    wp::int32 adj_398 = {};
    wp::int32 adj_399 = {};
    wp::int32 adj_400 = {};
    wp::vec_t<3, wp::float32> adj_401 = {};
    wp::vec_t<3, wp::float32> adj_402 = {};
    wp::int32 adj_403 = {};
    wp::int32 adj_404 = {};
    wp::int32 adj_405 = {};
    wp::int32 adj_406 = {};
    wp::int32 adj_407 = {};
    wp::int32 adj_408 = {};
    wp::int32 adj_409 = {};
    wp::int32 adj_410 = {};
    wp::int32 adj_411 = {};
    wp::int32 adj_412 = {};
    wp::vec_t<3, wp::int32> adj_413 = {};
    wp::int32 adj_414 = {};
    wp::int32 adj_415 = {};
    wp::int32 adj_416 = {};
    wp::int32 adj_417 = {};
    wp::range_t adj_418 = {};
    wp::int32 adj_419 = {};
    wp::int32 adj_420 = {};
    wp::int32 adj_421 = {};
    wp::int32 adj_422 = {};
    bool adj_423 = {};
    wp::int32 adj_424 = {};
    wp::int32 adj_425 = {};
    wp::int32 adj_426 = {};
    bool adj_427 = {};
    wp::int32 adj_428 = {};
    wp::int32 adj_429 = {};
    bool adj_430 = {};
    wp::int32 adj_431 = {};
    wp::int32 adj_432 = {};
    bool adj_433 = {};
    wp::int32 adj_434 = {};
    wp::int32 adj_435 = {};
    bool adj_436 = {};
    bool adj_437 = {};
    wp::int32 adj_438 = {};
    wp::vec_t<3, wp::float32> adj_439 = {};
    wp::vec_t<3, wp::float32> adj_440 = {};
    wp::vec_t<3, wp::float32> adj_441 = {};
    wp::float32 adj_442 = {};
    bool adj_443 = {};
    wp::float32 adj_444 = {};
    bool adj_445 = {};
    bool adj_446 = {};
    wp::float32 adj_447 = {};
    wp::float32 adj_448 = {};
    wp::float32 adj_449 = {};
    wp::float32 adj_450 = {};
    wp::vec_t<3, wp::float32> adj_451 = {};
    wp::vec_t<3, wp::float32> adj_452 = {};
    wp::vec_t<3, wp::float32> adj_453 = {};
    wp::int32 adj_454 = {};
    wp::int32 adj_455 = {};
    wp::int32 adj_456 = {};
    wp::vec_t<3, wp::float32> adj_457 = {};
    wp::vec_t<3, wp::float32> adj_458 = {};
    wp::int32 adj_459 = {};
    wp::int32 adj_460 = {};
    wp::int32 adj_461 = {};
    wp::int32 adj_462 = {};
    wp::int32 adj_463 = {};
    wp::int32 adj_464 = {};
    wp::int32 adj_465 = {};
    wp::int32 adj_466 = {};
    wp::int32 adj_467 = {};
    wp::int32 adj_468 = {};
    wp::vec_t<3, wp::int32> adj_469 = {};
    wp::int32 adj_470 = {};
    wp::int32 adj_471 = {};
    wp::int32 adj_472 = {};
    wp::int32 adj_473 = {};
    wp::range_t adj_474 = {};
    wp::int32 adj_475 = {};
    wp::int32 adj_476 = {};
    wp::int32 adj_477 = {};
    wp::int32 adj_478 = {};
    bool adj_479 = {};
    wp::int32 adj_480 = {};
    wp::int32 adj_481 = {};
    wp::int32 adj_482 = {};
    bool adj_483 = {};
    wp::int32 adj_484 = {};
    wp::int32 adj_485 = {};
    bool adj_486 = {};
    wp::int32 adj_487 = {};
    wp::int32 adj_488 = {};
    bool adj_489 = {};
    wp::int32 adj_490 = {};
    wp::int32 adj_491 = {};
    bool adj_492 = {};
    bool adj_493 = {};
    wp::int32 adj_494 = {};
    wp::vec_t<3, wp::float32> adj_495 = {};
    wp::vec_t<3, wp::float32> adj_496 = {};
    wp::vec_t<3, wp::float32> adj_497 = {};
    wp::float32 adj_498 = {};
    bool adj_499 = {};
    wp::float32 adj_500 = {};
    bool adj_501 = {};
    bool adj_502 = {};
    wp::float32 adj_503 = {};
    wp::float32 adj_504 = {};
    wp::float32 adj_505 = {};
    wp::float32 adj_506 = {};
    wp::vec_t<3, wp::float32> adj_507 = {};
    wp::vec_t<3, wp::float32> adj_508 = {};
    wp::vec_t<3, wp::float32> adj_509 = {};
    wp::int32 adj_510 = {};
    wp::int32 adj_511 = {};
    wp::int32 adj_512 = {};
    wp::vec_t<3, wp::float32> adj_513 = {};
    wp::vec_t<3, wp::float32> adj_514 = {};
    wp::int32 adj_515 = {};
    wp::int32 adj_516 = {};
    wp::int32 adj_517 = {};
    wp::int32 adj_518 = {};
    wp::int32 adj_519 = {};
    wp::int32 adj_520 = {};
    wp::int32 adj_521 = {};
    wp::int32 adj_522 = {};
    wp::int32 adj_523 = {};
    wp::int32 adj_524 = {};
    wp::int32 adj_525 = {};
    wp::int32 adj_526 = {};
    wp::vec_t<3, wp::int32> adj_527 = {};
    wp::int32 adj_528 = {};
    wp::int32 adj_529 = {};
    wp::int32 adj_530 = {};
    wp::int32 adj_531 = {};
    wp::range_t adj_532 = {};
    wp::int32 adj_533 = {};
    wp::int32 adj_534 = {};
    wp::int32 adj_535 = {};
    wp::int32 adj_536 = {};
    bool adj_537 = {};
    wp::int32 adj_538 = {};
    wp::int32 adj_539 = {};
    wp::int32 adj_540 = {};
    bool adj_541 = {};
    wp::int32 adj_542 = {};
    wp::int32 adj_543 = {};
    bool adj_544 = {};
    wp::int32 adj_545 = {};
    wp::int32 adj_546 = {};
    bool adj_547 = {};
    wp::int32 adj_548 = {};
    wp::int32 adj_549 = {};
    bool adj_550 = {};
    bool adj_551 = {};
    wp::int32 adj_552 = {};
    wp::vec_t<3, wp::float32> adj_553 = {};
    wp::vec_t<3, wp::float32> adj_554 = {};
    wp::vec_t<3, wp::float32> adj_555 = {};
    wp::float32 adj_556 = {};
    bool adj_557 = {};
    wp::float32 adj_558 = {};
    bool adj_559 = {};
    bool adj_560 = {};
    wp::float32 adj_561 = {};
    wp::float32 adj_562 = {};
    wp::float32 adj_563 = {};
    wp::float32 adj_564 = {};
    wp::vec_t<3, wp::float32> adj_565 = {};
    wp::vec_t<3, wp::float32> adj_566 = {};
    wp::vec_t<3, wp::float32> adj_567 = {};
    wp::int32 adj_568 = {};
    wp::int32 adj_569 = {};
    wp::int32 adj_570 = {};
    wp::vec_t<3, wp::float32> adj_571 = {};
    wp::vec_t<3, wp::float32> adj_572 = {};
    wp::int32 adj_573 = {};
    wp::int32 adj_574 = {};
    wp::int32 adj_575 = {};
    wp::int32 adj_576 = {};
    wp::int32 adj_577 = {};
    wp::int32 adj_578 = {};
    wp::int32 adj_579 = {};
    wp::int32 adj_580 = {};
    wp::int32 adj_581 = {};
    wp::int32 adj_582 = {};
    wp::vec_t<3, wp::int32> adj_583 = {};
    wp::int32 adj_584 = {};
    wp::int32 adj_585 = {};
    wp::int32 adj_586 = {};
    wp::int32 adj_587 = {};
    wp::range_t adj_588 = {};
    wp::int32 adj_589 = {};
    wp::int32 adj_590 = {};
    wp::int32 adj_591 = {};
    wp::int32 adj_592 = {};
    bool adj_593 = {};
    wp::int32 adj_594 = {};
    wp::int32 adj_595 = {};
    wp::int32 adj_596 = {};
    bool adj_597 = {};
    wp::int32 adj_598 = {};
    wp::int32 adj_599 = {};
    bool adj_600 = {};
    wp::int32 adj_601 = {};
    wp::int32 adj_602 = {};
    bool adj_603 = {};
    wp::int32 adj_604 = {};
    wp::int32 adj_605 = {};
    bool adj_606 = {};
    bool adj_607 = {};
    wp::int32 adj_608 = {};
    wp::vec_t<3, wp::float32> adj_609 = {};
    wp::vec_t<3, wp::float32> adj_610 = {};
    wp::vec_t<3, wp::float32> adj_611 = {};
    wp::float32 adj_612 = {};
    bool adj_613 = {};
    wp::float32 adj_614 = {};
    bool adj_615 = {};
    bool adj_616 = {};
    wp::float32 adj_617 = {};
    wp::float32 adj_618 = {};
    wp::float32 adj_619 = {};
    wp::float32 adj_620 = {};
    wp::vec_t<3, wp::float32> adj_621 = {};
    wp::vec_t<3, wp::float32> adj_622 = {};
    wp::vec_t<3, wp::float32> adj_623 = {};
    wp::int32 adj_624 = {};
    wp::int32 adj_625 = {};
    wp::int32 adj_626 = {};
    wp::vec_t<3, wp::float32> adj_627 = {};
    wp::vec_t<3, wp::float32> adj_628 = {};
    wp::int32 adj_629 = {};
    wp::int32 adj_630 = {};
    wp::int32 adj_631 = {};
    wp::int32 adj_632 = {};
    wp::int32 adj_633 = {};
    wp::int32 adj_634 = {};
    wp::int32 adj_635 = {};
    wp::int32 adj_636 = {};
    wp::int32 adj_637 = {};
    wp::int32 adj_638 = {};
    wp::vec_t<3, wp::int32> adj_639 = {};
    wp::int32 adj_640 = {};
    wp::int32 adj_641 = {};
    wp::int32 adj_642 = {};
    wp::int32 adj_643 = {};
    wp::range_t adj_644 = {};
    wp::int32 adj_645 = {};
    wp::int32 adj_646 = {};
    wp::int32 adj_647 = {};
    wp::int32 adj_648 = {};
    bool adj_649 = {};
    wp::int32 adj_650 = {};
    wp::int32 adj_651 = {};
    wp::int32 adj_652 = {};
    bool adj_653 = {};
    wp::int32 adj_654 = {};
    wp::int32 adj_655 = {};
    bool adj_656 = {};
    wp::int32 adj_657 = {};
    wp::int32 adj_658 = {};
    bool adj_659 = {};
    wp::int32 adj_660 = {};
    wp::int32 adj_661 = {};
    bool adj_662 = {};
    bool adj_663 = {};
    wp::int32 adj_664 = {};
    wp::vec_t<3, wp::float32> adj_665 = {};
    wp::vec_t<3, wp::float32> adj_666 = {};
    wp::vec_t<3, wp::float32> adj_667 = {};
    wp::float32 adj_668 = {};
    bool adj_669 = {};
    wp::float32 adj_670 = {};
    bool adj_671 = {};
    bool adj_672 = {};
    wp::float32 adj_673 = {};
    wp::float32 adj_674 = {};
    wp::float32 adj_675 = {};
    wp::float32 adj_676 = {};
    wp::vec_t<3, wp::float32> adj_677 = {};
    wp::vec_t<3, wp::float32> adj_678 = {};
    wp::vec_t<3, wp::float32> adj_679 = {};
    wp::int32 adj_680 = {};
    wp::int32 adj_681 = {};
    wp::int32 adj_682 = {};
    wp::vec_t<3, wp::float32> adj_683 = {};
    wp::vec_t<3, wp::float32> adj_684 = {};
    wp::int32 adj_685 = {};
    wp::int32 adj_686 = {};
    wp::int32 adj_687 = {};
    wp::int32 adj_688 = {};
    wp::int32 adj_689 = {};
    wp::int32 adj_690 = {};
    wp::int32 adj_691 = {};
    wp::int32 adj_692 = {};
    wp::int32 adj_693 = {};
    wp::int32 adj_694 = {};
    wp::int32 adj_695 = {};
    wp::vec_t<3, wp::int32> adj_696 = {};
    wp::int32 adj_697 = {};
    wp::int32 adj_698 = {};
    wp::int32 adj_699 = {};
    wp::int32 adj_700 = {};
    wp::range_t adj_701 = {};
    wp::int32 adj_702 = {};
    wp::int32 adj_703 = {};
    wp::int32 adj_704 = {};
    wp::int32 adj_705 = {};
    bool adj_706 = {};
    wp::int32 adj_707 = {};
    wp::int32 adj_708 = {};
    wp::int32 adj_709 = {};
    bool adj_710 = {};
    wp::int32 adj_711 = {};
    wp::int32 adj_712 = {};
    bool adj_713 = {};
    wp::int32 adj_714 = {};
    wp::int32 adj_715 = {};
    bool adj_716 = {};
    wp::int32 adj_717 = {};
    wp::int32 adj_718 = {};
    bool adj_719 = {};
    bool adj_720 = {};
    wp::int32 adj_721 = {};
    wp::vec_t<3, wp::float32> adj_722 = {};
    wp::vec_t<3, wp::float32> adj_723 = {};
    wp::vec_t<3, wp::float32> adj_724 = {};
    wp::float32 adj_725 = {};
    bool adj_726 = {};
    wp::float32 adj_727 = {};
    bool adj_728 = {};
    bool adj_729 = {};
    wp::float32 adj_730 = {};
    wp::float32 adj_731 = {};
    wp::float32 adj_732 = {};
    wp::float32 adj_733 = {};
    wp::vec_t<3, wp::float32> adj_734 = {};
    wp::vec_t<3, wp::float32> adj_735 = {};
    wp::vec_t<3, wp::float32> adj_736 = {};
    wp::int32 adj_737 = {};
    wp::int32 adj_738 = {};
    wp::int32 adj_739 = {};
    wp::vec_t<3, wp::float32> adj_740 = {};
    wp::vec_t<3, wp::float32> adj_741 = {};
    wp::int32 adj_742 = {};
    wp::int32 adj_743 = {};
    wp::int32 adj_744 = {};
    wp::int32 adj_745 = {};
    wp::int32 adj_746 = {};
    wp::int32 adj_747 = {};
    wp::int32 adj_748 = {};
    wp::int32 adj_749 = {};
    wp::int32 adj_750 = {};
    wp::int32 adj_751 = {};
    wp::vec_t<3, wp::int32> adj_752 = {};
    wp::int32 adj_753 = {};
    wp::int32 adj_754 = {};
    wp::int32 adj_755 = {};
    wp::int32 adj_756 = {};
    wp::range_t adj_757 = {};
    wp::int32 adj_758 = {};
    wp::int32 adj_759 = {};
    wp::int32 adj_760 = {};
    wp::int32 adj_761 = {};
    bool adj_762 = {};
    wp::int32 adj_763 = {};
    wp::int32 adj_764 = {};
    wp::int32 adj_765 = {};
    bool adj_766 = {};
    wp::int32 adj_767 = {};
    wp::int32 adj_768 = {};
    bool adj_769 = {};
    wp::int32 adj_770 = {};
    wp::int32 adj_771 = {};
    bool adj_772 = {};
    wp::int32 adj_773 = {};
    wp::int32 adj_774 = {};
    bool adj_775 = {};
    bool adj_776 = {};
    wp::int32 adj_777 = {};
    wp::vec_t<3, wp::float32> adj_778 = {};
    wp::vec_t<3, wp::float32> adj_779 = {};
    wp::vec_t<3, wp::float32> adj_780 = {};
    wp::float32 adj_781 = {};
    bool adj_782 = {};
    wp::float32 adj_783 = {};
    bool adj_784 = {};
    bool adj_785 = {};
    wp::float32 adj_786 = {};
    wp::float32 adj_787 = {};
    wp::float32 adj_788 = {};
    wp::float32 adj_789 = {};
    wp::vec_t<3, wp::float32> adj_790 = {};
    wp::vec_t<3, wp::float32> adj_791 = {};
    wp::vec_t<3, wp::float32> adj_792 = {};
    wp::int32 adj_793 = {};
    wp::int32 adj_794 = {};
    wp::int32 adj_795 = {};
    wp::vec_t<3, wp::float32> adj_796 = {};
    wp::vec_t<3, wp::float32> adj_797 = {};
    wp::int32 adj_798 = {};
    wp::int32 adj_799 = {};
    wp::int32 adj_800 = {};
    wp::int32 adj_801 = {};
    wp::int32 adj_802 = {};
    wp::int32 adj_803 = {};
    wp::int32 adj_804 = {};
    wp::int32 adj_805 = {};
    wp::int32 adj_806 = {};
    wp::int32 adj_807 = {};
    wp::vec_t<3, wp::int32> adj_808 = {};
    wp::int32 adj_809 = {};
    wp::int32 adj_810 = {};
    wp::int32 adj_811 = {};
    wp::int32 adj_812 = {};
    wp::range_t adj_813 = {};
    wp::int32 adj_814 = {};
    wp::int32 adj_815 = {};
    wp::int32 adj_816 = {};
    wp::int32 adj_817 = {};
    bool adj_818 = {};
    wp::int32 adj_819 = {};
    wp::int32 adj_820 = {};
    wp::int32 adj_821 = {};
    bool adj_822 = {};
    wp::int32 adj_823 = {};
    wp::int32 adj_824 = {};
    bool adj_825 = {};
    wp::int32 adj_826 = {};
    wp::int32 adj_827 = {};
    bool adj_828 = {};
    wp::int32 adj_829 = {};
    wp::int32 adj_830 = {};
    bool adj_831 = {};
    bool adj_832 = {};
    wp::int32 adj_833 = {};
    wp::vec_t<3, wp::float32> adj_834 = {};
    wp::vec_t<3, wp::float32> adj_835 = {};
    wp::vec_t<3, wp::float32> adj_836 = {};
    wp::float32 adj_837 = {};
    bool adj_838 = {};
    wp::float32 adj_839 = {};
    bool adj_840 = {};
    bool adj_841 = {};
    wp::float32 adj_842 = {};
    wp::float32 adj_843 = {};
    wp::float32 adj_844 = {};
    wp::float32 adj_845 = {};
    wp::vec_t<3, wp::float32> adj_846 = {};
    wp::vec_t<3, wp::float32> adj_847 = {};
    wp::vec_t<3, wp::float32> adj_848 = {};
    wp::int32 adj_849 = {};
    wp::int32 adj_850 = {};
    wp::int32 adj_851 = {};
    wp::vec_t<3, wp::float32> adj_852 = {};
    wp::vec_t<3, wp::float32> adj_853 = {};
    wp::int32 adj_854 = {};
    wp::int32 adj_855 = {};
    wp::int32 adj_856 = {};
    wp::int32 adj_857 = {};
    wp::int32 adj_858 = {};
    wp::int32 adj_859 = {};
    wp::int32 adj_860 = {};
    wp::int32 adj_861 = {};
    wp::int32 adj_862 = {};
    wp::int32 adj_863 = {};
    wp::int32 adj_864 = {};
    wp::vec_t<3, wp::int32> adj_865 = {};
    wp::int32 adj_866 = {};
    wp::int32 adj_867 = {};
    wp::int32 adj_868 = {};
    wp::int32 adj_869 = {};
    wp::range_t adj_870 = {};
    wp::int32 adj_871 = {};
    wp::int32 adj_872 = {};
    wp::int32 adj_873 = {};
    wp::int32 adj_874 = {};
    bool adj_875 = {};
    wp::int32 adj_876 = {};
    wp::int32 adj_877 = {};
    wp::int32 adj_878 = {};
    bool adj_879 = {};
    wp::int32 adj_880 = {};
    wp::int32 adj_881 = {};
    bool adj_882 = {};
    wp::int32 adj_883 = {};
    wp::int32 adj_884 = {};
    bool adj_885 = {};
    wp::int32 adj_886 = {};
    wp::int32 adj_887 = {};
    bool adj_888 = {};
    bool adj_889 = {};
    wp::int32 adj_890 = {};
    wp::vec_t<3, wp::float32> adj_891 = {};
    wp::vec_t<3, wp::float32> adj_892 = {};
    wp::vec_t<3, wp::float32> adj_893 = {};
    wp::float32 adj_894 = {};
    bool adj_895 = {};
    wp::float32 adj_896 = {};
    bool adj_897 = {};
    bool adj_898 = {};
    wp::float32 adj_899 = {};
    wp::float32 adj_900 = {};
    wp::float32 adj_901 = {};
    wp::float32 adj_902 = {};
    wp::vec_t<3, wp::float32> adj_903 = {};
    wp::vec_t<3, wp::float32> adj_904 = {};
    wp::vec_t<3, wp::float32> adj_905 = {};
    wp::int32 adj_906 = {};
    wp::int32 adj_907 = {};
    wp::int32 adj_908 = {};
    wp::vec_t<3, wp::float32> adj_909 = {};
    wp::vec_t<3, wp::float32> adj_910 = {};
    wp::int32 adj_911 = {};
    wp::int32 adj_912 = {};
    wp::int32 adj_913 = {};
    wp::int32 adj_914 = {};
    wp::int32 adj_915 = {};
    wp::int32 adj_916 = {};
    wp::int32 adj_917 = {};
    wp::int32 adj_918 = {};
    wp::int32 adj_919 = {};
    wp::int32 adj_920 = {};
    wp::vec_t<3, wp::int32> adj_921 = {};
    wp::int32 adj_922 = {};
    wp::int32 adj_923 = {};
    wp::int32 adj_924 = {};
    wp::int32 adj_925 = {};
    wp::range_t adj_926 = {};
    wp::int32 adj_927 = {};
    wp::int32 adj_928 = {};
    wp::int32 adj_929 = {};
    wp::int32 adj_930 = {};
    bool adj_931 = {};
    wp::int32 adj_932 = {};
    wp::int32 adj_933 = {};
    wp::int32 adj_934 = {};
    bool adj_935 = {};
    wp::int32 adj_936 = {};
    wp::int32 adj_937 = {};
    bool adj_938 = {};
    wp::int32 adj_939 = {};
    wp::int32 adj_940 = {};
    bool adj_941 = {};
    wp::int32 adj_942 = {};
    wp::int32 adj_943 = {};
    bool adj_944 = {};
    bool adj_945 = {};
    wp::int32 adj_946 = {};
    wp::vec_t<3, wp::float32> adj_947 = {};
    wp::vec_t<3, wp::float32> adj_948 = {};
    wp::vec_t<3, wp::float32> adj_949 = {};
    wp::float32 adj_950 = {};
    bool adj_951 = {};
    wp::float32 adj_952 = {};
    bool adj_953 = {};
    bool adj_954 = {};
    wp::float32 adj_955 = {};
    wp::float32 adj_956 = {};
    wp::float32 adj_957 = {};
    wp::float32 adj_958 = {};
    wp::vec_t<3, wp::float32> adj_959 = {};
    wp::vec_t<3, wp::float32> adj_960 = {};
    wp::vec_t<3, wp::float32> adj_961 = {};
    wp::int32 adj_962 = {};
    wp::int32 adj_963 = {};
    wp::int32 adj_964 = {};
    wp::vec_t<3, wp::float32> adj_965 = {};
    wp::vec_t<3, wp::float32> adj_966 = {};
    wp::int32 adj_967 = {};
    wp::int32 adj_968 = {};
    wp::int32 adj_969 = {};
    wp::int32 adj_970 = {};
    wp::int32 adj_971 = {};
    wp::int32 adj_972 = {};
    wp::int32 adj_973 = {};
    wp::int32 adj_974 = {};
    wp::int32 adj_975 = {};
    wp::int32 adj_976 = {};
    wp::vec_t<3, wp::int32> adj_977 = {};
    wp::int32 adj_978 = {};
    wp::int32 adj_979 = {};
    wp::int32 adj_980 = {};
    wp::int32 adj_981 = {};
    wp::range_t adj_982 = {};
    wp::int32 adj_983 = {};
    wp::int32 adj_984 = {};
    wp::int32 adj_985 = {};
    wp::int32 adj_986 = {};
    bool adj_987 = {};
    wp::int32 adj_988 = {};
    wp::int32 adj_989 = {};
    wp::int32 adj_990 = {};
    bool adj_991 = {};
    wp::int32 adj_992 = {};
    wp::int32 adj_993 = {};
    bool adj_994 = {};
    wp::int32 adj_995 = {};
    wp::int32 adj_996 = {};
    bool adj_997 = {};
    wp::int32 adj_998 = {};
    wp::int32 adj_999 = {};
    bool adj_1000 = {};
    bool adj_1001 = {};
    wp::int32 adj_1002 = {};
    wp::vec_t<3, wp::float32> adj_1003 = {};
    wp::vec_t<3, wp::float32> adj_1004 = {};
    wp::vec_t<3, wp::float32> adj_1005 = {};
    wp::float32 adj_1006 = {};
    bool adj_1007 = {};
    wp::float32 adj_1008 = {};
    bool adj_1009 = {};
    bool adj_1010 = {};
    wp::float32 adj_1011 = {};
    wp::float32 adj_1012 = {};
    wp::float32 adj_1013 = {};
    wp::float32 adj_1014 = {};
    wp::vec_t<3, wp::float32> adj_1015 = {};
    wp::vec_t<3, wp::float32> adj_1016 = {};
    wp::vec_t<3, wp::float32> adj_1017 = {};
    wp::int32 adj_1018 = {};
    wp::int32 adj_1019 = {};
    wp::int32 adj_1020 = {};
    wp::vec_t<3, wp::float32> adj_1021 = {};
    wp::vec_t<3, wp::float32> adj_1022 = {};
    wp::int32 adj_1023 = {};
    wp::int32 adj_1024 = {};
    wp::int32 adj_1025 = {};
    wp::int32 adj_1026 = {};
    wp::int32 adj_1027 = {};
    wp::int32 adj_1028 = {};
    wp::int32 adj_1029 = {};
    wp::int32 adj_1030 = {};
    wp::int32 adj_1031 = {};
    wp::int32 adj_1032 = {};
    wp::int32 adj_1033 = {};
    wp::int32 adj_1034 = {};
    wp::vec_t<3, wp::int32> adj_1035 = {};
    wp::int32 adj_1036 = {};
    wp::int32 adj_1037 = {};
    wp::int32 adj_1038 = {};
    wp::int32 adj_1039 = {};
    wp::range_t adj_1040 = {};
    wp::int32 adj_1041 = {};
    wp::int32 adj_1042 = {};
    wp::int32 adj_1043 = {};
    wp::int32 adj_1044 = {};
    bool adj_1045 = {};
    wp::int32 adj_1046 = {};
    wp::int32 adj_1047 = {};
    wp::int32 adj_1048 = {};
    bool adj_1049 = {};
    wp::int32 adj_1050 = {};
    wp::int32 adj_1051 = {};
    bool adj_1052 = {};
    wp::int32 adj_1053 = {};
    wp::int32 adj_1054 = {};
    bool adj_1055 = {};
    wp::int32 adj_1056 = {};
    wp::int32 adj_1057 = {};
    bool adj_1058 = {};
    bool adj_1059 = {};
    wp::int32 adj_1060 = {};
    wp::vec_t<3, wp::float32> adj_1061 = {};
    wp::vec_t<3, wp::float32> adj_1062 = {};
    wp::vec_t<3, wp::float32> adj_1063 = {};
    wp::float32 adj_1064 = {};
    bool adj_1065 = {};
    wp::float32 adj_1066 = {};
    bool adj_1067 = {};
    bool adj_1068 = {};
    wp::float32 adj_1069 = {};
    wp::float32 adj_1070 = {};
    wp::float32 adj_1071 = {};
    wp::float32 adj_1072 = {};
    wp::vec_t<3, wp::float32> adj_1073 = {};
    wp::vec_t<3, wp::float32> adj_1074 = {};
    wp::vec_t<3, wp::float32> adj_1075 = {};
    wp::int32 adj_1076 = {};
    wp::int32 adj_1077 = {};
    wp::int32 adj_1078 = {};
    wp::vec_t<3, wp::float32> adj_1079 = {};
    wp::vec_t<3, wp::float32> adj_1080 = {};
    wp::int32 adj_1081 = {};
    wp::int32 adj_1082 = {};
    wp::int32 adj_1083 = {};
    wp::int32 adj_1084 = {};
    wp::int32 adj_1085 = {};
    wp::int32 adj_1086 = {};
    wp::int32 adj_1087 = {};
    wp::int32 adj_1088 = {};
    wp::int32 adj_1089 = {};
    wp::int32 adj_1090 = {};
    wp::vec_t<3, wp::int32> adj_1091 = {};
    wp::int32 adj_1092 = {};
    wp::int32 adj_1093 = {};
    wp::int32 adj_1094 = {};
    wp::int32 adj_1095 = {};
    wp::range_t adj_1096 = {};
    wp::int32 adj_1097 = {};
    wp::int32 adj_1098 = {};
    wp::int32 adj_1099 = {};
    wp::int32 adj_1100 = {};
    bool adj_1101 = {};
    wp::int32 adj_1102 = {};
    wp::int32 adj_1103 = {};
    wp::int32 adj_1104 = {};
    bool adj_1105 = {};
    wp::int32 adj_1106 = {};
    wp::int32 adj_1107 = {};
    bool adj_1108 = {};
    wp::int32 adj_1109 = {};
    wp::int32 adj_1110 = {};
    bool adj_1111 = {};
    wp::int32 adj_1112 = {};
    wp::int32 adj_1113 = {};
    bool adj_1114 = {};
    bool adj_1115 = {};
    wp::int32 adj_1116 = {};
    wp::vec_t<3, wp::float32> adj_1117 = {};
    wp::vec_t<3, wp::float32> adj_1118 = {};
    wp::vec_t<3, wp::float32> adj_1119 = {};
    wp::float32 adj_1120 = {};
    bool adj_1121 = {};
    wp::float32 adj_1122 = {};
    bool adj_1123 = {};
    bool adj_1124 = {};
    wp::float32 adj_1125 = {};
    wp::float32 adj_1126 = {};
    wp::float32 adj_1127 = {};
    wp::float32 adj_1128 = {};
    wp::vec_t<3, wp::float32> adj_1129 = {};
    wp::vec_t<3, wp::float32> adj_1130 = {};
    wp::vec_t<3, wp::float32> adj_1131 = {};
    wp::int32 adj_1132 = {};
    wp::int32 adj_1133 = {};
    wp::int32 adj_1134 = {};
    wp::vec_t<3, wp::float32> adj_1135 = {};
    wp::vec_t<3, wp::float32> adj_1136 = {};
    wp::int32 adj_1137 = {};
    wp::int32 adj_1138 = {};
    wp::int32 adj_1139 = {};
    wp::int32 adj_1140 = {};
    wp::int32 adj_1141 = {};
    wp::int32 adj_1142 = {};
    wp::int32 adj_1143 = {};
    wp::int32 adj_1144 = {};
    wp::int32 adj_1145 = {};
    wp::int32 adj_1146 = {};
    wp::vec_t<3, wp::int32> adj_1147 = {};
    wp::int32 adj_1148 = {};
    wp::int32 adj_1149 = {};
    wp::int32 adj_1150 = {};
    wp::int32 adj_1151 = {};
    wp::range_t adj_1152 = {};
    wp::int32 adj_1153 = {};
    wp::int32 adj_1154 = {};
    wp::int32 adj_1155 = {};
    wp::int32 adj_1156 = {};
    bool adj_1157 = {};
    wp::int32 adj_1158 = {};
    wp::int32 adj_1159 = {};
    wp::int32 adj_1160 = {};
    bool adj_1161 = {};
    wp::int32 adj_1162 = {};
    wp::int32 adj_1163 = {};
    bool adj_1164 = {};
    wp::int32 adj_1165 = {};
    wp::int32 adj_1166 = {};
    bool adj_1167 = {};
    wp::int32 adj_1168 = {};
    wp::int32 adj_1169 = {};
    bool adj_1170 = {};
    bool adj_1171 = {};
    wp::int32 adj_1172 = {};
    wp::vec_t<3, wp::float32> adj_1173 = {};
    wp::vec_t<3, wp::float32> adj_1174 = {};
    wp::vec_t<3, wp::float32> adj_1175 = {};
    wp::float32 adj_1176 = {};
    bool adj_1177 = {};
    wp::float32 adj_1178 = {};
    bool adj_1179 = {};
    bool adj_1180 = {};
    wp::float32 adj_1181 = {};
    wp::float32 adj_1182 = {};
    wp::float32 adj_1183 = {};
    wp::float32 adj_1184 = {};
    wp::vec_t<3, wp::float32> adj_1185 = {};
    wp::vec_t<3, wp::float32> adj_1186 = {};
    wp::vec_t<3, wp::float32> adj_1187 = {};
    wp::int32 adj_1188 = {};
    wp::int32 adj_1189 = {};
    wp::int32 adj_1190 = {};
    wp::vec_t<3, wp::float32> adj_1191 = {};
    wp::vec_t<3, wp::float32> adj_1192 = {};
    wp::int32 adj_1193 = {};
    wp::int32 adj_1194 = {};
    wp::int32 adj_1195 = {};
    wp::int32 adj_1196 = {};
    wp::int32 adj_1197 = {};
    wp::int32 adj_1198 = {};
    wp::int32 adj_1199 = {};
    wp::int32 adj_1200 = {};
    wp::int32 adj_1201 = {};
    wp::int32 adj_1202 = {};
    wp::int32 adj_1203 = {};
    wp::vec_t<3, wp::int32> adj_1204 = {};
    wp::int32 adj_1205 = {};
    wp::int32 adj_1206 = {};
    wp::int32 adj_1207 = {};
    wp::int32 adj_1208 = {};
    wp::range_t adj_1209 = {};
    wp::int32 adj_1210 = {};
    wp::int32 adj_1211 = {};
    wp::int32 adj_1212 = {};
    wp::int32 adj_1213 = {};
    bool adj_1214 = {};
    wp::int32 adj_1215 = {};
    wp::int32 adj_1216 = {};
    wp::int32 adj_1217 = {};
    bool adj_1218 = {};
    wp::int32 adj_1219 = {};
    wp::int32 adj_1220 = {};
    bool adj_1221 = {};
    wp::int32 adj_1222 = {};
    wp::int32 adj_1223 = {};
    bool adj_1224 = {};
    wp::int32 adj_1225 = {};
    wp::int32 adj_1226 = {};
    bool adj_1227 = {};
    bool adj_1228 = {};
    wp::int32 adj_1229 = {};
    wp::vec_t<3, wp::float32> adj_1230 = {};
    wp::vec_t<3, wp::float32> adj_1231 = {};
    wp::vec_t<3, wp::float32> adj_1232 = {};
    wp::float32 adj_1233 = {};
    bool adj_1234 = {};
    wp::float32 adj_1235 = {};
    bool adj_1236 = {};
    bool adj_1237 = {};
    wp::float32 adj_1238 = {};
    wp::float32 adj_1239 = {};
    wp::float32 adj_1240 = {};
    wp::float32 adj_1241 = {};
    wp::vec_t<3, wp::float32> adj_1242 = {};
    wp::vec_t<3, wp::float32> adj_1243 = {};
    wp::vec_t<3, wp::float32> adj_1244 = {};
    wp::int32 adj_1245 = {};
    wp::int32 adj_1246 = {};
    wp::int32 adj_1247 = {};
    wp::vec_t<3, wp::float32> adj_1248 = {};
    wp::vec_t<3, wp::float32> adj_1249 = {};
    wp::int32 adj_1250 = {};
    wp::int32 adj_1251 = {};
    wp::int32 adj_1252 = {};
    wp::int32 adj_1253 = {};
    wp::int32 adj_1254 = {};
    wp::int32 adj_1255 = {};
    wp::int32 adj_1256 = {};
    wp::int32 adj_1257 = {};
    wp::int32 adj_1258 = {};
    wp::int32 adj_1259 = {};
    wp::vec_t<3, wp::int32> adj_1260 = {};
    wp::int32 adj_1261 = {};
    wp::int32 adj_1262 = {};
    wp::int32 adj_1263 = {};
    wp::int32 adj_1264 = {};
    wp::range_t adj_1265 = {};
    wp::int32 adj_1266 = {};
    wp::int32 adj_1267 = {};
    wp::int32 adj_1268 = {};
    wp::int32 adj_1269 = {};
    bool adj_1270 = {};
    wp::int32 adj_1271 = {};
    wp::int32 adj_1272 = {};
    wp::int32 adj_1273 = {};
    bool adj_1274 = {};
    wp::int32 adj_1275 = {};
    wp::int32 adj_1276 = {};
    bool adj_1277 = {};
    wp::int32 adj_1278 = {};
    wp::int32 adj_1279 = {};
    bool adj_1280 = {};
    wp::int32 adj_1281 = {};
    wp::int32 adj_1282 = {};
    bool adj_1283 = {};
    bool adj_1284 = {};
    wp::int32 adj_1285 = {};
    wp::vec_t<3, wp::float32> adj_1286 = {};
    wp::vec_t<3, wp::float32> adj_1287 = {};
    wp::vec_t<3, wp::float32> adj_1288 = {};
    wp::float32 adj_1289 = {};
    bool adj_1290 = {};
    wp::float32 adj_1291 = {};
    bool adj_1292 = {};
    bool adj_1293 = {};
    wp::float32 adj_1294 = {};
    wp::float32 adj_1295 = {};
    wp::float32 adj_1296 = {};
    wp::float32 adj_1297 = {};
    wp::vec_t<3, wp::float32> adj_1298 = {};
    wp::vec_t<3, wp::float32> adj_1299 = {};
    wp::vec_t<3, wp::float32> adj_1300 = {};
    wp::int32 adj_1301 = {};
    wp::int32 adj_1302 = {};
    wp::int32 adj_1303 = {};
    wp::vec_t<3, wp::float32> adj_1304 = {};
    wp::vec_t<3, wp::float32> adj_1305 = {};
    wp::int32 adj_1306 = {};
    wp::int32 adj_1307 = {};
    wp::int32 adj_1308 = {};
    wp::int32 adj_1309 = {};
    wp::int32 adj_1310 = {};
    wp::int32 adj_1311 = {};
    wp::int32 adj_1312 = {};
    wp::int32 adj_1313 = {};
    wp::int32 adj_1314 = {};
    wp::int32 adj_1315 = {};
    wp::vec_t<3, wp::int32> adj_1316 = {};
    wp::int32 adj_1317 = {};
    wp::int32 adj_1318 = {};
    wp::int32 adj_1319 = {};
    wp::int32 adj_1320 = {};
    wp::range_t adj_1321 = {};
    wp::int32 adj_1322 = {};
    wp::int32 adj_1323 = {};
    wp::int32 adj_1324 = {};
    wp::int32 adj_1325 = {};
    bool adj_1326 = {};
    wp::int32 adj_1327 = {};
    wp::int32 adj_1328 = {};
    wp::int32 adj_1329 = {};
    bool adj_1330 = {};
    wp::int32 adj_1331 = {};
    wp::int32 adj_1332 = {};
    bool adj_1333 = {};
    wp::int32 adj_1334 = {};
    wp::int32 adj_1335 = {};
    bool adj_1336 = {};
    wp::int32 adj_1337 = {};
    wp::int32 adj_1338 = {};
    bool adj_1339 = {};
    bool adj_1340 = {};
    wp::int32 adj_1341 = {};
    wp::vec_t<3, wp::float32> adj_1342 = {};
    wp::vec_t<3, wp::float32> adj_1343 = {};
    wp::vec_t<3, wp::float32> adj_1344 = {};
    wp::float32 adj_1345 = {};
    bool adj_1346 = {};
    wp::float32 adj_1347 = {};
    bool adj_1348 = {};
    bool adj_1349 = {};
    wp::float32 adj_1350 = {};
    wp::float32 adj_1351 = {};
    wp::float32 adj_1352 = {};
    wp::float32 adj_1353 = {};
    wp::vec_t<3, wp::float32> adj_1354 = {};
    wp::vec_t<3, wp::float32> adj_1355 = {};
    wp::vec_t<3, wp::float32> adj_1356 = {};
    wp::int32 adj_1357 = {};
    wp::int32 adj_1358 = {};
    wp::int32 adj_1359 = {};
    wp::vec_t<3, wp::float32> adj_1360 = {};
    wp::vec_t<3, wp::float32> adj_1361 = {};
    wp::int32 adj_1362 = {};
    wp::int32 adj_1363 = {};
    wp::int32 adj_1364 = {};
    wp::int32 adj_1365 = {};
    wp::int32 adj_1366 = {};
    wp::int32 adj_1367 = {};
    wp::int32 adj_1368 = {};
    wp::int32 adj_1369 = {};
    wp::int32 adj_1370 = {};
    wp::int32 adj_1371 = {};
    wp::int32 adj_1372 = {};
    wp::vec_t<3, wp::int32> adj_1373 = {};
    wp::int32 adj_1374 = {};
    wp::int32 adj_1375 = {};
    wp::int32 adj_1376 = {};
    wp::int32 adj_1377 = {};
    wp::range_t adj_1378 = {};
    wp::int32 adj_1379 = {};
    wp::int32 adj_1380 = {};
    wp::int32 adj_1381 = {};
    wp::int32 adj_1382 = {};
    bool adj_1383 = {};
    wp::int32 adj_1384 = {};
    wp::int32 adj_1385 = {};
    wp::int32 adj_1386 = {};
    bool adj_1387 = {};
    wp::int32 adj_1388 = {};
    wp::int32 adj_1389 = {};
    bool adj_1390 = {};
    wp::int32 adj_1391 = {};
    wp::int32 adj_1392 = {};
    bool adj_1393 = {};
    wp::int32 adj_1394 = {};
    wp::int32 adj_1395 = {};
    bool adj_1396 = {};
    bool adj_1397 = {};
    wp::int32 adj_1398 = {};
    wp::vec_t<3, wp::float32> adj_1399 = {};
    wp::vec_t<3, wp::float32> adj_1400 = {};
    wp::vec_t<3, wp::float32> adj_1401 = {};
    wp::float32 adj_1402 = {};
    bool adj_1403 = {};
    wp::float32 adj_1404 = {};
    bool adj_1405 = {};
    bool adj_1406 = {};
    wp::float32 adj_1407 = {};
    wp::float32 adj_1408 = {};
    wp::float32 adj_1409 = {};
    wp::float32 adj_1410 = {};
    wp::vec_t<3, wp::float32> adj_1411 = {};
    wp::vec_t<3, wp::float32> adj_1412 = {};
    wp::vec_t<3, wp::float32> adj_1413 = {};
    wp::int32 adj_1414 = {};
    wp::int32 adj_1415 = {};
    wp::int32 adj_1416 = {};
    wp::vec_t<3, wp::float32> adj_1417 = {};
    wp::vec_t<3, wp::float32> adj_1418 = {};
    wp::int32 adj_1419 = {};
    wp::int32 adj_1420 = {};
    wp::int32 adj_1421 = {};
    wp::int32 adj_1422 = {};
    wp::int32 adj_1423 = {};
    wp::int32 adj_1424 = {};
    wp::int32 adj_1425 = {};
    wp::int32 adj_1426 = {};
    wp::int32 adj_1427 = {};
    wp::int32 adj_1428 = {};
    wp::vec_t<3, wp::int32> adj_1429 = {};
    wp::int32 adj_1430 = {};
    wp::int32 adj_1431 = {};
    wp::int32 adj_1432 = {};
    wp::int32 adj_1433 = {};
    wp::range_t adj_1434 = {};
    wp::int32 adj_1435 = {};
    wp::int32 adj_1436 = {};
    wp::int32 adj_1437 = {};
    wp::int32 adj_1438 = {};
    bool adj_1439 = {};
    wp::int32 adj_1440 = {};
    wp::int32 adj_1441 = {};
    wp::int32 adj_1442 = {};
    bool adj_1443 = {};
    wp::int32 adj_1444 = {};
    wp::int32 adj_1445 = {};
    bool adj_1446 = {};
    wp::int32 adj_1447 = {};
    wp::int32 adj_1448 = {};
    bool adj_1449 = {};
    wp::int32 adj_1450 = {};
    wp::int32 adj_1451 = {};
    bool adj_1452 = {};
    bool adj_1453 = {};
    wp::int32 adj_1454 = {};
    wp::vec_t<3, wp::float32> adj_1455 = {};
    wp::vec_t<3, wp::float32> adj_1456 = {};
    wp::vec_t<3, wp::float32> adj_1457 = {};
    wp::float32 adj_1458 = {};
    bool adj_1459 = {};
    wp::float32 adj_1460 = {};
    bool adj_1461 = {};
    bool adj_1462 = {};
    wp::float32 adj_1463 = {};
    wp::float32 adj_1464 = {};
    wp::float32 adj_1465 = {};
    wp::float32 adj_1466 = {};
    wp::vec_t<3, wp::float32> adj_1467 = {};
    wp::vec_t<3, wp::float32> adj_1468 = {};
    wp::vec_t<3, wp::float32> adj_1469 = {};
    wp::int32 adj_1470 = {};
    wp::int32 adj_1471 = {};
    wp::int32 adj_1472 = {};
    wp::vec_t<3, wp::float32> adj_1473 = {};
    wp::vec_t<3, wp::float32> adj_1474 = {};
    wp::int32 adj_1475 = {};
    wp::int32 adj_1476 = {};
    wp::int32 adj_1477 = {};
    wp::int32 adj_1478 = {};
    wp::int32 adj_1479 = {};
    wp::int32 adj_1480 = {};
    wp::int32 adj_1481 = {};
    wp::int32 adj_1482 = {};
    wp::int32 adj_1483 = {};
    wp::int32 adj_1484 = {};
    wp::vec_t<3, wp::int32> adj_1485 = {};
    wp::int32 adj_1486 = {};
    wp::int32 adj_1487 = {};
    wp::int32 adj_1488 = {};
    wp::int32 adj_1489 = {};
    wp::range_t adj_1490 = {};
    wp::int32 adj_1491 = {};
    wp::int32 adj_1492 = {};
    wp::int32 adj_1493 = {};
    wp::int32 adj_1494 = {};
    bool adj_1495 = {};
    wp::int32 adj_1496 = {};
    wp::int32 adj_1497 = {};
    wp::int32 adj_1498 = {};
    bool adj_1499 = {};
    wp::int32 adj_1500 = {};
    wp::int32 adj_1501 = {};
    bool adj_1502 = {};
    wp::int32 adj_1503 = {};
    wp::int32 adj_1504 = {};
    bool adj_1505 = {};
    wp::int32 adj_1506 = {};
    wp::int32 adj_1507 = {};
    bool adj_1508 = {};
    bool adj_1509 = {};
    wp::int32 adj_1510 = {};
    wp::vec_t<3, wp::float32> adj_1511 = {};
    wp::vec_t<3, wp::float32> adj_1512 = {};
    wp::vec_t<3, wp::float32> adj_1513 = {};
    wp::float32 adj_1514 = {};
    bool adj_1515 = {};
    wp::float32 adj_1516 = {};
    bool adj_1517 = {};
    bool adj_1518 = {};
    wp::float32 adj_1519 = {};
    wp::float32 adj_1520 = {};
    wp::float32 adj_1521 = {};
    wp::float32 adj_1522 = {};
    wp::vec_t<3, wp::float32> adj_1523 = {};
    wp::vec_t<3, wp::float32> adj_1524 = {};
    wp::vec_t<3, wp::float32> adj_1525 = {};
    wp::int32 adj_1526 = {};
    wp::int32 adj_1527 = {};
    wp::int32 adj_1528 = {};
    wp::vec_t<3, wp::float32> adj_1529 = {};
    wp::vec_t<3, wp::float32> adj_1530 = {};
    wp::vec_t<3, wp::float32> adj_1531 = {};
    //---------
    // forward
    // def repel(x: wp.array(dtype=wp.vec3), h: float, thickness: float, counts: wp.array(dtype=int), entries: wp.array2d(dtype=int), neighbors_of: wp.array(dtype=wp.vec4i), dx: wp.array(dtype=wp.vec3), contacts: wp.array(dtype=int)):       <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // p = x[i]                                                                               <L 30>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = cell_of(p, h)                                                                      <L 31>
    var_4 = cell_of_0(var_2, var_h);
    // nb = neighbors_of[i]                                                                   <L 32>
    var_5 = wp::address(var_neighbors_of, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // corr = wp.vec3()                                                                       <L 33>
    var_8 = wp::vec_t<3, wp::float32>();
    // for ox in range(-1, 2):                                                                <L 34>
    // for oy in range(-1, 2):                                                                <L 35>
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_13 = wp::extract(var_4, var_12);
    var_14 = wp::add(var_13, var_9);
    var_16 = wp::extract(var_4, var_15);
    var_17 = wp::add(var_16, var_10);
    var_19 = wp::extract(var_4, var_18);
    var_20 = wp::add(var_19, var_11);
    var_21 = wp::vec_t<3, wp::int32>(var_14, var_17, var_20);
    var_22 = hash_cell_0(var_21);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_23 = wp::address(var_counts, var_22);
    var_26 = wp::load(var_23);
    var_25 = wp::min(var_26, var_24);
    // for s in range(n):                                                                     <L 39>
    var_27 = wp::range(var_25);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_67 = wp::extract(var_4, var_66);
    var_68 = wp::add(var_67, var_9);
    var_70 = wp::extract(var_4, var_69);
    var_71 = wp::add(var_70, var_10);
    var_73 = wp::extract(var_4, var_72);
    var_74 = wp::add(var_73, var_65);
    var_75 = wp::vec_t<3, wp::int32>(var_68, var_71, var_74);
    var_76 = hash_cell_0(var_75);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_77 = wp::address(var_counts, var_76);
    var_79 = wp::load(var_77);
    var_78 = wp::min(var_79, var_24);
    // for s in range(n):                                                                     <L 39>
    var_80 = wp::range(var_78);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_123 = wp::extract(var_4, var_122);
    var_124 = wp::add(var_123, var_9);
    var_126 = wp::extract(var_4, var_125);
    var_127 = wp::add(var_126, var_10);
    var_129 = wp::extract(var_4, var_128);
    var_130 = wp::add(var_129, var_121);
    var_131 = wp::vec_t<3, wp::int32>(var_124, var_127, var_130);
    var_132 = hash_cell_0(var_131);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_133 = wp::address(var_counts, var_132);
    var_135 = wp::load(var_133);
    var_134 = wp::min(var_135, var_24);
    // for s in range(n):                                                                     <L 39>
    var_136 = wp::range(var_134);
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_180 = wp::extract(var_4, var_179);
    var_181 = wp::add(var_180, var_9);
    var_183 = wp::extract(var_4, var_182);
    var_184 = wp::add(var_183, var_177);
    var_186 = wp::extract(var_4, var_185);
    var_187 = wp::add(var_186, var_178);
    var_188 = wp::vec_t<3, wp::int32>(var_181, var_184, var_187);
    var_189 = hash_cell_0(var_188);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_190 = wp::address(var_counts, var_189);
    var_192 = wp::load(var_190);
    var_191 = wp::min(var_192, var_24);
    // for s in range(n):                                                                     <L 39>
    var_193 = wp::range(var_191);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_236 = wp::extract(var_4, var_235);
    var_237 = wp::add(var_236, var_9);
    var_239 = wp::extract(var_4, var_238);
    var_240 = wp::add(var_239, var_177);
    var_242 = wp::extract(var_4, var_241);
    var_243 = wp::add(var_242, var_234);
    var_244 = wp::vec_t<3, wp::int32>(var_237, var_240, var_243);
    var_245 = hash_cell_0(var_244);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_246 = wp::address(var_counts, var_245);
    var_248 = wp::load(var_246);
    var_247 = wp::min(var_248, var_24);
    // for s in range(n):                                                                     <L 39>
    var_249 = wp::range(var_247);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_292 = wp::extract(var_4, var_291);
    var_293 = wp::add(var_292, var_9);
    var_295 = wp::extract(var_4, var_294);
    var_296 = wp::add(var_295, var_177);
    var_298 = wp::extract(var_4, var_297);
    var_299 = wp::add(var_298, var_290);
    var_300 = wp::vec_t<3, wp::int32>(var_293, var_296, var_299);
    var_301 = hash_cell_0(var_300);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_302 = wp::address(var_counts, var_301);
    var_304 = wp::load(var_302);
    var_303 = wp::min(var_304, var_24);
    // for s in range(n):                                                                     <L 39>
    var_305 = wp::range(var_303);
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_349 = wp::extract(var_4, var_348);
    var_350 = wp::add(var_349, var_9);
    var_352 = wp::extract(var_4, var_351);
    var_353 = wp::add(var_352, var_346);
    var_355 = wp::extract(var_4, var_354);
    var_356 = wp::add(var_355, var_347);
    var_357 = wp::vec_t<3, wp::int32>(var_350, var_353, var_356);
    var_358 = hash_cell_0(var_357);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_359 = wp::address(var_counts, var_358);
    var_361 = wp::load(var_359);
    var_360 = wp::min(var_361, var_24);
    // for s in range(n):                                                                     <L 39>
    var_362 = wp::range(var_360);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_405 = wp::extract(var_4, var_404);
    var_406 = wp::add(var_405, var_9);
    var_408 = wp::extract(var_4, var_407);
    var_409 = wp::add(var_408, var_346);
    var_411 = wp::extract(var_4, var_410);
    var_412 = wp::add(var_411, var_403);
    var_413 = wp::vec_t<3, wp::int32>(var_406, var_409, var_412);
    var_414 = hash_cell_0(var_413);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_415 = wp::address(var_counts, var_414);
    var_417 = wp::load(var_415);
    var_416 = wp::min(var_417, var_24);
    // for s in range(n):                                                                     <L 39>
    var_418 = wp::range(var_416);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_461 = wp::extract(var_4, var_460);
    var_462 = wp::add(var_461, var_9);
    var_464 = wp::extract(var_4, var_463);
    var_465 = wp::add(var_464, var_346);
    var_467 = wp::extract(var_4, var_466);
    var_468 = wp::add(var_467, var_459);
    var_469 = wp::vec_t<3, wp::int32>(var_462, var_465, var_468);
    var_470 = hash_cell_0(var_469);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_471 = wp::address(var_counts, var_470);
    var_473 = wp::load(var_471);
    var_472 = wp::min(var_473, var_24);
    // for s in range(n):                                                                     <L 39>
    var_474 = wp::range(var_472);
    // for oy in range(-1, 2):                                                                <L 35>
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_519 = wp::extract(var_4, var_518);
    var_520 = wp::add(var_519, var_515);
    var_522 = wp::extract(var_4, var_521);
    var_523 = wp::add(var_522, var_516);
    var_525 = wp::extract(var_4, var_524);
    var_526 = wp::add(var_525, var_517);
    var_527 = wp::vec_t<3, wp::int32>(var_520, var_523, var_526);
    var_528 = hash_cell_0(var_527);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_529 = wp::address(var_counts, var_528);
    var_531 = wp::load(var_529);
    var_530 = wp::min(var_531, var_24);
    // for s in range(n):                                                                     <L 39>
    var_532 = wp::range(var_530);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_575 = wp::extract(var_4, var_574);
    var_576 = wp::add(var_575, var_515);
    var_578 = wp::extract(var_4, var_577);
    var_579 = wp::add(var_578, var_516);
    var_581 = wp::extract(var_4, var_580);
    var_582 = wp::add(var_581, var_573);
    var_583 = wp::vec_t<3, wp::int32>(var_576, var_579, var_582);
    var_584 = hash_cell_0(var_583);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_585 = wp::address(var_counts, var_584);
    var_587 = wp::load(var_585);
    var_586 = wp::min(var_587, var_24);
    // for s in range(n):                                                                     <L 39>
    var_588 = wp::range(var_586);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_631 = wp::extract(var_4, var_630);
    var_632 = wp::add(var_631, var_515);
    var_634 = wp::extract(var_4, var_633);
    var_635 = wp::add(var_634, var_516);
    var_637 = wp::extract(var_4, var_636);
    var_638 = wp::add(var_637, var_629);
    var_639 = wp::vec_t<3, wp::int32>(var_632, var_635, var_638);
    var_640 = hash_cell_0(var_639);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_641 = wp::address(var_counts, var_640);
    var_643 = wp::load(var_641);
    var_642 = wp::min(var_643, var_24);
    // for s in range(n):                                                                     <L 39>
    var_644 = wp::range(var_642);
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_688 = wp::extract(var_4, var_687);
    var_689 = wp::add(var_688, var_515);
    var_691 = wp::extract(var_4, var_690);
    var_692 = wp::add(var_691, var_685);
    var_694 = wp::extract(var_4, var_693);
    var_695 = wp::add(var_694, var_686);
    var_696 = wp::vec_t<3, wp::int32>(var_689, var_692, var_695);
    var_697 = hash_cell_0(var_696);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_698 = wp::address(var_counts, var_697);
    var_700 = wp::load(var_698);
    var_699 = wp::min(var_700, var_24);
    // for s in range(n):                                                                     <L 39>
    var_701 = wp::range(var_699);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_744 = wp::extract(var_4, var_743);
    var_745 = wp::add(var_744, var_515);
    var_747 = wp::extract(var_4, var_746);
    var_748 = wp::add(var_747, var_685);
    var_750 = wp::extract(var_4, var_749);
    var_751 = wp::add(var_750, var_742);
    var_752 = wp::vec_t<3, wp::int32>(var_745, var_748, var_751);
    var_753 = hash_cell_0(var_752);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_754 = wp::address(var_counts, var_753);
    var_756 = wp::load(var_754);
    var_755 = wp::min(var_756, var_24);
    // for s in range(n):                                                                     <L 39>
    var_757 = wp::range(var_755);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_800 = wp::extract(var_4, var_799);
    var_801 = wp::add(var_800, var_515);
    var_803 = wp::extract(var_4, var_802);
    var_804 = wp::add(var_803, var_685);
    var_806 = wp::extract(var_4, var_805);
    var_807 = wp::add(var_806, var_798);
    var_808 = wp::vec_t<3, wp::int32>(var_801, var_804, var_807);
    var_809 = hash_cell_0(var_808);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_810 = wp::address(var_counts, var_809);
    var_812 = wp::load(var_810);
    var_811 = wp::min(var_812, var_24);
    // for s in range(n):                                                                     <L 39>
    var_813 = wp::range(var_811);
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_857 = wp::extract(var_4, var_856);
    var_858 = wp::add(var_857, var_515);
    var_860 = wp::extract(var_4, var_859);
    var_861 = wp::add(var_860, var_854);
    var_863 = wp::extract(var_4, var_862);
    var_864 = wp::add(var_863, var_855);
    var_865 = wp::vec_t<3, wp::int32>(var_858, var_861, var_864);
    var_866 = hash_cell_0(var_865);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_867 = wp::address(var_counts, var_866);
    var_869 = wp::load(var_867);
    var_868 = wp::min(var_869, var_24);
    // for s in range(n):                                                                     <L 39>
    var_870 = wp::range(var_868);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_913 = wp::extract(var_4, var_912);
    var_914 = wp::add(var_913, var_515);
    var_916 = wp::extract(var_4, var_915);
    var_917 = wp::add(var_916, var_854);
    var_919 = wp::extract(var_4, var_918);
    var_920 = wp::add(var_919, var_911);
    var_921 = wp::vec_t<3, wp::int32>(var_914, var_917, var_920);
    var_922 = hash_cell_0(var_921);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_923 = wp::address(var_counts, var_922);
    var_925 = wp::load(var_923);
    var_924 = wp::min(var_925, var_24);
    // for s in range(n):                                                                     <L 39>
    var_926 = wp::range(var_924);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_969 = wp::extract(var_4, var_968);
    var_970 = wp::add(var_969, var_515);
    var_972 = wp::extract(var_4, var_971);
    var_973 = wp::add(var_972, var_854);
    var_975 = wp::extract(var_4, var_974);
    var_976 = wp::add(var_975, var_967);
    var_977 = wp::vec_t<3, wp::int32>(var_970, var_973, var_976);
    var_978 = hash_cell_0(var_977);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_979 = wp::address(var_counts, var_978);
    var_981 = wp::load(var_979);
    var_980 = wp::min(var_981, var_24);
    // for s in range(n):                                                                     <L 39>
    var_982 = wp::range(var_980);
    // for oy in range(-1, 2):                                                                <L 35>
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1027 = wp::extract(var_4, var_1026);
    var_1028 = wp::add(var_1027, var_1023);
    var_1030 = wp::extract(var_4, var_1029);
    var_1031 = wp::add(var_1030, var_1024);
    var_1033 = wp::extract(var_4, var_1032);
    var_1034 = wp::add(var_1033, var_1025);
    var_1035 = wp::vec_t<3, wp::int32>(var_1028, var_1031, var_1034);
    var_1036 = hash_cell_0(var_1035);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1037 = wp::address(var_counts, var_1036);
    var_1039 = wp::load(var_1037);
    var_1038 = wp::min(var_1039, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1040 = wp::range(var_1038);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1083 = wp::extract(var_4, var_1082);
    var_1084 = wp::add(var_1083, var_1023);
    var_1086 = wp::extract(var_4, var_1085);
    var_1087 = wp::add(var_1086, var_1024);
    var_1089 = wp::extract(var_4, var_1088);
    var_1090 = wp::add(var_1089, var_1081);
    var_1091 = wp::vec_t<3, wp::int32>(var_1084, var_1087, var_1090);
    var_1092 = hash_cell_0(var_1091);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1093 = wp::address(var_counts, var_1092);
    var_1095 = wp::load(var_1093);
    var_1094 = wp::min(var_1095, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1096 = wp::range(var_1094);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1139 = wp::extract(var_4, var_1138);
    var_1140 = wp::add(var_1139, var_1023);
    var_1142 = wp::extract(var_4, var_1141);
    var_1143 = wp::add(var_1142, var_1024);
    var_1145 = wp::extract(var_4, var_1144);
    var_1146 = wp::add(var_1145, var_1137);
    var_1147 = wp::vec_t<3, wp::int32>(var_1140, var_1143, var_1146);
    var_1148 = hash_cell_0(var_1147);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1149 = wp::address(var_counts, var_1148);
    var_1151 = wp::load(var_1149);
    var_1150 = wp::min(var_1151, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1152 = wp::range(var_1150);
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1196 = wp::extract(var_4, var_1195);
    var_1197 = wp::add(var_1196, var_1023);
    var_1199 = wp::extract(var_4, var_1198);
    var_1200 = wp::add(var_1199, var_1193);
    var_1202 = wp::extract(var_4, var_1201);
    var_1203 = wp::add(var_1202, var_1194);
    var_1204 = wp::vec_t<3, wp::int32>(var_1197, var_1200, var_1203);
    var_1205 = hash_cell_0(var_1204);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1206 = wp::address(var_counts, var_1205);
    var_1208 = wp::load(var_1206);
    var_1207 = wp::min(var_1208, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1209 = wp::range(var_1207);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1252 = wp::extract(var_4, var_1251);
    var_1253 = wp::add(var_1252, var_1023);
    var_1255 = wp::extract(var_4, var_1254);
    var_1256 = wp::add(var_1255, var_1193);
    var_1258 = wp::extract(var_4, var_1257);
    var_1259 = wp::add(var_1258, var_1250);
    var_1260 = wp::vec_t<3, wp::int32>(var_1253, var_1256, var_1259);
    var_1261 = hash_cell_0(var_1260);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1262 = wp::address(var_counts, var_1261);
    var_1264 = wp::load(var_1262);
    var_1263 = wp::min(var_1264, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1265 = wp::range(var_1263);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1308 = wp::extract(var_4, var_1307);
    var_1309 = wp::add(var_1308, var_1023);
    var_1311 = wp::extract(var_4, var_1310);
    var_1312 = wp::add(var_1311, var_1193);
    var_1314 = wp::extract(var_4, var_1313);
    var_1315 = wp::add(var_1314, var_1306);
    var_1316 = wp::vec_t<3, wp::int32>(var_1309, var_1312, var_1315);
    var_1317 = hash_cell_0(var_1316);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1318 = wp::address(var_counts, var_1317);
    var_1320 = wp::load(var_1318);
    var_1319 = wp::min(var_1320, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1321 = wp::range(var_1319);
    // for oz in range(-1, 2):                                                                <L 36>
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1365 = wp::extract(var_4, var_1364);
    var_1366 = wp::add(var_1365, var_1023);
    var_1368 = wp::extract(var_4, var_1367);
    var_1369 = wp::add(var_1368, var_1362);
    var_1371 = wp::extract(var_4, var_1370);
    var_1372 = wp::add(var_1371, var_1363);
    var_1373 = wp::vec_t<3, wp::int32>(var_1366, var_1369, var_1372);
    var_1374 = hash_cell_0(var_1373);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1375 = wp::address(var_counts, var_1374);
    var_1377 = wp::load(var_1375);
    var_1376 = wp::min(var_1377, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1378 = wp::range(var_1376);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1421 = wp::extract(var_4, var_1420);
    var_1422 = wp::add(var_1421, var_1023);
    var_1424 = wp::extract(var_4, var_1423);
    var_1425 = wp::add(var_1424, var_1362);
    var_1427 = wp::extract(var_4, var_1426);
    var_1428 = wp::add(var_1427, var_1419);
    var_1429 = wp::vec_t<3, wp::int32>(var_1422, var_1425, var_1428);
    var_1430 = hash_cell_0(var_1429);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1431 = wp::address(var_counts, var_1430);
    var_1433 = wp::load(var_1431);
    var_1432 = wp::min(var_1433, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1434 = wp::range(var_1432);
    // b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                               <L 37>
    var_1477 = wp::extract(var_4, var_1476);
    var_1478 = wp::add(var_1477, var_1023);
    var_1480 = wp::extract(var_4, var_1479);
    var_1481 = wp::add(var_1480, var_1362);
    var_1483 = wp::extract(var_4, var_1482);
    var_1484 = wp::add(var_1483, var_1475);
    var_1485 = wp::vec_t<3, wp::int32>(var_1478, var_1481, var_1484);
    var_1486 = hash_cell_0(var_1485);
    // n = wp.min(counts[b], BUCKET)                                                          <L 38>
    var_1487 = wp::address(var_counts, var_1486);
    var_1489 = wp::load(var_1487);
    var_1488 = wp::min(var_1489, var_24);
    // for s in range(n):                                                                     <L 39>
    var_1490 = wp::range(var_1488);
    // wp.atomic_add(dx, i, corr)                                                             <L 52>
    // var_1531 = wp::atomic_add(var_dx, var_0, var_8);
    //---------
    // reverse
    wp::adj_atomic_add(var_dx, var_0, var_8, adj_dx, adj_0, adj_8, adj_1531);
    // adj: wp.atomic_add(dx, i, corr)                                                        <L 52>
    var_1490 = wp::iter_reverse(var_1490);
    start_for_52:;
        if (iter_cmp(var_1490) == 0) goto end_for_52;
        var_1491 = wp::iter_next(var_1490);
    	adj_1492 = {};
    	adj_1493 = {};
    	adj_1494 = {};
    	adj_1495 = {};
    	adj_1496 = {};
    	adj_1497 = {};
    	adj_1498 = {};
    	adj_1499 = {};
    	adj_1500 = {};
    	adj_1501 = {};
    	adj_1502 = {};
    	adj_1503 = {};
    	adj_1504 = {};
    	adj_1505 = {};
    	adj_1506 = {};
    	adj_1507 = {};
    	adj_1508 = {};
    	adj_1509 = {};
    	adj_1510 = {};
    	adj_1511 = {};
    	adj_1512 = {};
    	adj_1513 = {};
    	adj_1514 = {};
    	adj_1515 = {};
    	adj_1516 = {};
    	adj_1517 = {};
    	adj_1518 = {};
    	adj_1519 = {};
    	adj_1520 = {};
    	adj_1521 = {};
    	adj_1522 = {};
    	adj_1523 = {};
    	adj_1524 = {};
    	adj_1525 = {};
    	adj_1526 = {};
    	adj_1527 = {};
    	adj_1528 = {};
    	adj_1529 = {};
    	adj_1530 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_1492 = wp::address(var_entries, var_1486, var_1491);
        var_1494 = wp::load(var_1492);
        var_1493 = wp::copy(var_1494);
        // if j <= i:                                                                         <L 41>
        var_1495 = (var_1493 <= var_0);
        if (var_1495) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1493);
            goto start_for_52;
        }
        var_1496 = wp::where(var_1495, var_30, var_1493);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1498 = wp::extract(var_6, var_1497);
        var_1499 = (var_1496 == var_1498);
        var_1501 = wp::extract(var_6, var_1500);
        var_1502 = (var_1496 == var_1501);
        var_1504 = wp::extract(var_6, var_1503);
        var_1505 = (var_1496 == var_1504);
        var_1507 = wp::extract(var_6, var_1506);
        var_1508 = (var_1496 == var_1507);
        var_1509 = var_1499 || var_1502 || var_1505 || var_1508;
        if (var_1509) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1496);
            goto start_for_52;
        }
        var_1510 = wp::where(var_1509, var_30, var_1496);
        // d = p - x[j]                                                                       <L 45>
        var_1511 = wp::address(var_x, var_1510);
        var_1513 = wp::load(var_1511);
        var_1512 = wp::sub(var_2, var_1513);
        // l = wp.length(d)                                                                   <L 46>
        var_1514 = wp::length(var_1512);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1515 = (var_1514 < var_thickness);
        var_1517 = (var_1514 > var_1516);
        var_1518 = var_1515 && var_1517;
        if (var_1518) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1519 = wp::sub(var_thickness, var_1514);
            var_1520 = wp::div(var_1519, var_1514);
            var_1522 = wp::mul(var_1520, var_1521);
            var_1523 = wp::mul(var_1512, var_1522);
            // corr += push                                                                   <L 49>
            var_1524 = wp::add(var_8, var_1523);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_1525 = wp::atomic_sub(var_dx, var_1510, var_1523);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_1528 = wp::atomic_add(var_contacts, var_1526, var_1527);
        }
        var_1529 = wp::where(var_1518, var_1524, var_8);
        var_1530 = wp::where(var_1518, var_1523, var_58);
        wp::assign(var_8, var_1529);
        wp::assign(var_30, var_1510);
        wp::assign(var_47, var_1512);
        wp::assign(var_49, var_1514);
        wp::assign(var_58, var_1530);
        wp::adj_assign(var_58, var_1530, adj_58, adj_1530);
        wp::adj_assign(var_49, var_1514, adj_49, adj_1514);
        wp::adj_assign(var_47, var_1512, adj_47, adj_1512);
        wp::adj_assign(var_30, var_1510, adj_30, adj_1510);
        wp::adj_assign(var_8, var_1529, adj_8, adj_1529);
        wp::adj_where(var_1518, var_1523, var_58, adj_1518, adj_1523, adj_58, adj_1530);
        wp::adj_where(var_1518, var_1524, var_8, adj_1518, adj_1524, adj_8, adj_1529);
        if (var_1518) {
            wp::adj_atomic_add(var_contacts, var_1526, var_1527, adj_contacts, adj_1526, adj_1527, adj_1528);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_1510, var_1523, adj_dx, adj_1510, adj_1523, adj_1525);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_1523, adj_8, adj_1523, adj_1524);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_1512, var_1522, adj_1512, adj_1522, adj_1523);
            wp::adj_mul(var_1520, var_1521, adj_1520, adj_1521, adj_1522);
            wp::adj_div(var_1519, var_1514, var_1520, adj_1519, adj_1514, adj_1520);
            wp::adj_sub(var_thickness, var_1514, adj_thickness, adj_1514, adj_1519);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_1512, var_1514, adj_1512, adj_1514);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_1513, adj_2, adj_1511, adj_1512);
        wp::adj_address(var_x, var_1510, adj_x, adj_1510, adj_1511);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_1509, var_30, var_1496, adj_1509, adj_30, adj_1496, adj_1510);
        if (var_1509) {
            wp::adj_assign(var_30, var_1496, adj_30, adj_1496);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_1506, adj_6, adj_1506, adj_1507);
        wp::adj_extract(var_6, var_1503, adj_6, adj_1503, adj_1504);
        wp::adj_extract(var_6, var_1500, adj_6, adj_1500, adj_1501);
        wp::adj_extract(var_6, var_1497, adj_6, adj_1497, adj_1498);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_1495, var_30, var_1493, adj_1495, adj_30, adj_1493, adj_1496);
        if (var_1495) {
            wp::adj_assign(var_30, var_1493, adj_30, adj_1493);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_1494, adj_1492, adj_1493);
        wp::adj_address(var_entries, var_1486, var_1491, adj_entries, adj_1486, adj_1491, adj_1492);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_52;
    end_for_52:;
    wp::adj_range(var_1488, adj_1488, adj_1490);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_1489, var_24, adj_1487, adj_24, adj_1488);
    wp::adj_address(var_counts, var_1486, adj_counts, adj_1486, adj_1487);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_1485, adj_1485, adj_1486);
    wp::adj_vec_t(var_1478, var_1481, var_1484, adj_1478, adj_1481, adj_1484, adj_1485);
    wp::adj_add(var_1483, var_1475, adj_1483, adj_1475, adj_1484);
    wp::adj_extract(var_4, var_1482, adj_4, adj_1482, adj_1483);
    wp::adj_add(var_1480, var_1362, adj_1480, adj_1362, adj_1481);
    wp::adj_extract(var_4, var_1479, adj_4, adj_1479, adj_1480);
    wp::adj_add(var_1477, var_1023, adj_1477, adj_1023, adj_1478);
    wp::adj_extract(var_4, var_1476, adj_4, adj_1476, adj_1477);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_1434 = wp::iter_reverse(var_1434);
    start_for_50:;
        if (iter_cmp(var_1434) == 0) goto end_for_50;
        var_1435 = wp::iter_next(var_1434);
    	adj_1436 = {};
    	adj_1437 = {};
    	adj_1438 = {};
    	adj_1439 = {};
    	adj_1440 = {};
    	adj_1441 = {};
    	adj_1442 = {};
    	adj_1443 = {};
    	adj_1444 = {};
    	adj_1445 = {};
    	adj_1446 = {};
    	adj_1447 = {};
    	adj_1448 = {};
    	adj_1449 = {};
    	adj_1450 = {};
    	adj_1451 = {};
    	adj_1452 = {};
    	adj_1453 = {};
    	adj_1454 = {};
    	adj_1455 = {};
    	adj_1456 = {};
    	adj_1457 = {};
    	adj_1458 = {};
    	adj_1459 = {};
    	adj_1460 = {};
    	adj_1461 = {};
    	adj_1462 = {};
    	adj_1463 = {};
    	adj_1464 = {};
    	adj_1465 = {};
    	adj_1466 = {};
    	adj_1467 = {};
    	adj_1468 = {};
    	adj_1469 = {};
    	adj_1470 = {};
    	adj_1471 = {};
    	adj_1472 = {};
    	adj_1473 = {};
    	adj_1474 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_1436 = wp::address(var_entries, var_1430, var_1435);
        var_1438 = wp::load(var_1436);
        var_1437 = wp::copy(var_1438);
        // if j <= i:                                                                         <L 41>
        var_1439 = (var_1437 <= var_0);
        if (var_1439) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1437);
            goto start_for_50;
        }
        var_1440 = wp::where(var_1439, var_30, var_1437);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1442 = wp::extract(var_6, var_1441);
        var_1443 = (var_1440 == var_1442);
        var_1445 = wp::extract(var_6, var_1444);
        var_1446 = (var_1440 == var_1445);
        var_1448 = wp::extract(var_6, var_1447);
        var_1449 = (var_1440 == var_1448);
        var_1451 = wp::extract(var_6, var_1450);
        var_1452 = (var_1440 == var_1451);
        var_1453 = var_1443 || var_1446 || var_1449 || var_1452;
        if (var_1453) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1440);
            goto start_for_50;
        }
        var_1454 = wp::where(var_1453, var_30, var_1440);
        // d = p - x[j]                                                                       <L 45>
        var_1455 = wp::address(var_x, var_1454);
        var_1457 = wp::load(var_1455);
        var_1456 = wp::sub(var_2, var_1457);
        // l = wp.length(d)                                                                   <L 46>
        var_1458 = wp::length(var_1456);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1459 = (var_1458 < var_thickness);
        var_1461 = (var_1458 > var_1460);
        var_1462 = var_1459 && var_1461;
        if (var_1462) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1463 = wp::sub(var_thickness, var_1458);
            var_1464 = wp::div(var_1463, var_1458);
            var_1466 = wp::mul(var_1464, var_1465);
            var_1467 = wp::mul(var_1456, var_1466);
            // corr += push                                                                   <L 49>
            var_1468 = wp::add(var_8, var_1467);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_1469 = wp::atomic_sub(var_dx, var_1454, var_1467);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_1472 = wp::atomic_add(var_contacts, var_1470, var_1471);
        }
        var_1473 = wp::where(var_1462, var_1468, var_8);
        var_1474 = wp::where(var_1462, var_1467, var_58);
        wp::assign(var_8, var_1473);
        wp::assign(var_30, var_1454);
        wp::assign(var_47, var_1456);
        wp::assign(var_49, var_1458);
        wp::assign(var_58, var_1474);
        wp::adj_assign(var_58, var_1474, adj_58, adj_1474);
        wp::adj_assign(var_49, var_1458, adj_49, adj_1458);
        wp::adj_assign(var_47, var_1456, adj_47, adj_1456);
        wp::adj_assign(var_30, var_1454, adj_30, adj_1454);
        wp::adj_assign(var_8, var_1473, adj_8, adj_1473);
        wp::adj_where(var_1462, var_1467, var_58, adj_1462, adj_1467, adj_58, adj_1474);
        wp::adj_where(var_1462, var_1468, var_8, adj_1462, adj_1468, adj_8, adj_1473);
        if (var_1462) {
            wp::adj_atomic_add(var_contacts, var_1470, var_1471, adj_contacts, adj_1470, adj_1471, adj_1472);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_1454, var_1467, adj_dx, adj_1454, adj_1467, adj_1469);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_1467, adj_8, adj_1467, adj_1468);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_1456, var_1466, adj_1456, adj_1466, adj_1467);
            wp::adj_mul(var_1464, var_1465, adj_1464, adj_1465, adj_1466);
            wp::adj_div(var_1463, var_1458, var_1464, adj_1463, adj_1458, adj_1464);
            wp::adj_sub(var_thickness, var_1458, adj_thickness, adj_1458, adj_1463);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_1456, var_1458, adj_1456, adj_1458);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_1457, adj_2, adj_1455, adj_1456);
        wp::adj_address(var_x, var_1454, adj_x, adj_1454, adj_1455);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_1453, var_30, var_1440, adj_1453, adj_30, adj_1440, adj_1454);
        if (var_1453) {
            wp::adj_assign(var_30, var_1440, adj_30, adj_1440);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_1450, adj_6, adj_1450, adj_1451);
        wp::adj_extract(var_6, var_1447, adj_6, adj_1447, adj_1448);
        wp::adj_extract(var_6, var_1444, adj_6, adj_1444, adj_1445);
        wp::adj_extract(var_6, var_1441, adj_6, adj_1441, adj_1442);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_1439, var_30, var_1437, adj_1439, adj_30, adj_1437, adj_1440);
        if (var_1439) {
            wp::adj_assign(var_30, var_1437, adj_30, adj_1437);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_1438, adj_1436, adj_1437);
        wp::adj_address(var_entries, var_1430, var_1435, adj_entries, adj_1430, adj_1435, adj_1436);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_50;
    end_for_50:;
    wp::adj_range(var_1432, adj_1432, adj_1434);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_1433, var_24, adj_1431, adj_24, adj_1432);
    wp::adj_address(var_counts, var_1430, adj_counts, adj_1430, adj_1431);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_1429, adj_1429, adj_1430);
    wp::adj_vec_t(var_1422, var_1425, var_1428, adj_1422, adj_1425, adj_1428, adj_1429);
    wp::adj_add(var_1427, var_1419, adj_1427, adj_1419, adj_1428);
    wp::adj_extract(var_4, var_1426, adj_4, adj_1426, adj_1427);
    wp::adj_add(var_1424, var_1362, adj_1424, adj_1362, adj_1425);
    wp::adj_extract(var_4, var_1423, adj_4, adj_1423, adj_1424);
    wp::adj_add(var_1421, var_1023, adj_1421, adj_1023, adj_1422);
    wp::adj_extract(var_4, var_1420, adj_4, adj_1420, adj_1421);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_1378 = wp::iter_reverse(var_1378);
    start_for_48:;
        if (iter_cmp(var_1378) == 0) goto end_for_48;
        var_1379 = wp::iter_next(var_1378);
    	adj_1380 = {};
    	adj_1381 = {};
    	adj_1382 = {};
    	adj_1383 = {};
    	adj_1384 = {};
    	adj_1385 = {};
    	adj_1386 = {};
    	adj_1387 = {};
    	adj_1388 = {};
    	adj_1389 = {};
    	adj_1390 = {};
    	adj_1391 = {};
    	adj_1392 = {};
    	adj_1393 = {};
    	adj_1394 = {};
    	adj_1395 = {};
    	adj_1396 = {};
    	adj_1397 = {};
    	adj_1398 = {};
    	adj_1399 = {};
    	adj_1400 = {};
    	adj_1401 = {};
    	adj_1402 = {};
    	adj_1403 = {};
    	adj_1404 = {};
    	adj_1405 = {};
    	adj_1406 = {};
    	adj_1407 = {};
    	adj_1408 = {};
    	adj_1409 = {};
    	adj_1410 = {};
    	adj_1411 = {};
    	adj_1412 = {};
    	adj_1413 = {};
    	adj_1414 = {};
    	adj_1415 = {};
    	adj_1416 = {};
    	adj_1417 = {};
    	adj_1418 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_1380 = wp::address(var_entries, var_1374, var_1379);
        var_1382 = wp::load(var_1380);
        var_1381 = wp::copy(var_1382);
        // if j <= i:                                                                         <L 41>
        var_1383 = (var_1381 <= var_0);
        if (var_1383) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1381);
            goto start_for_48;
        }
        var_1384 = wp::where(var_1383, var_30, var_1381);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1386 = wp::extract(var_6, var_1385);
        var_1387 = (var_1384 == var_1386);
        var_1389 = wp::extract(var_6, var_1388);
        var_1390 = (var_1384 == var_1389);
        var_1392 = wp::extract(var_6, var_1391);
        var_1393 = (var_1384 == var_1392);
        var_1395 = wp::extract(var_6, var_1394);
        var_1396 = (var_1384 == var_1395);
        var_1397 = var_1387 || var_1390 || var_1393 || var_1396;
        if (var_1397) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1384);
            goto start_for_48;
        }
        var_1398 = wp::where(var_1397, var_30, var_1384);
        // d = p - x[j]                                                                       <L 45>
        var_1399 = wp::address(var_x, var_1398);
        var_1401 = wp::load(var_1399);
        var_1400 = wp::sub(var_2, var_1401);
        // l = wp.length(d)                                                                   <L 46>
        var_1402 = wp::length(var_1400);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1403 = (var_1402 < var_thickness);
        var_1405 = (var_1402 > var_1404);
        var_1406 = var_1403 && var_1405;
        if (var_1406) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1407 = wp::sub(var_thickness, var_1402);
            var_1408 = wp::div(var_1407, var_1402);
            var_1410 = wp::mul(var_1408, var_1409);
            var_1411 = wp::mul(var_1400, var_1410);
            // corr += push                                                                   <L 49>
            var_1412 = wp::add(var_8, var_1411);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_1413 = wp::atomic_sub(var_dx, var_1398, var_1411);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_1416 = wp::atomic_add(var_contacts, var_1414, var_1415);
        }
        var_1417 = wp::where(var_1406, var_1412, var_8);
        var_1418 = wp::where(var_1406, var_1411, var_58);
        wp::assign(var_8, var_1417);
        wp::assign(var_30, var_1398);
        wp::assign(var_47, var_1400);
        wp::assign(var_49, var_1402);
        wp::assign(var_58, var_1418);
        wp::adj_assign(var_58, var_1418, adj_58, adj_1418);
        wp::adj_assign(var_49, var_1402, adj_49, adj_1402);
        wp::adj_assign(var_47, var_1400, adj_47, adj_1400);
        wp::adj_assign(var_30, var_1398, adj_30, adj_1398);
        wp::adj_assign(var_8, var_1417, adj_8, adj_1417);
        wp::adj_where(var_1406, var_1411, var_58, adj_1406, adj_1411, adj_58, adj_1418);
        wp::adj_where(var_1406, var_1412, var_8, adj_1406, adj_1412, adj_8, adj_1417);
        if (var_1406) {
            wp::adj_atomic_add(var_contacts, var_1414, var_1415, adj_contacts, adj_1414, adj_1415, adj_1416);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_1398, var_1411, adj_dx, adj_1398, adj_1411, adj_1413);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_1411, adj_8, adj_1411, adj_1412);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_1400, var_1410, adj_1400, adj_1410, adj_1411);
            wp::adj_mul(var_1408, var_1409, adj_1408, adj_1409, adj_1410);
            wp::adj_div(var_1407, var_1402, var_1408, adj_1407, adj_1402, adj_1408);
            wp::adj_sub(var_thickness, var_1402, adj_thickness, adj_1402, adj_1407);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_1400, var_1402, adj_1400, adj_1402);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_1401, adj_2, adj_1399, adj_1400);
        wp::adj_address(var_x, var_1398, adj_x, adj_1398, adj_1399);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_1397, var_30, var_1384, adj_1397, adj_30, adj_1384, adj_1398);
        if (var_1397) {
            wp::adj_assign(var_30, var_1384, adj_30, adj_1384);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_1394, adj_6, adj_1394, adj_1395);
        wp::adj_extract(var_6, var_1391, adj_6, adj_1391, adj_1392);
        wp::adj_extract(var_6, var_1388, adj_6, adj_1388, adj_1389);
        wp::adj_extract(var_6, var_1385, adj_6, adj_1385, adj_1386);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_1383, var_30, var_1381, adj_1383, adj_30, adj_1381, adj_1384);
        if (var_1383) {
            wp::adj_assign(var_30, var_1381, adj_30, adj_1381);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_1382, adj_1380, adj_1381);
        wp::adj_address(var_entries, var_1374, var_1379, adj_entries, adj_1374, adj_1379, adj_1380);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_48;
    end_for_48:;
    wp::adj_range(var_1376, adj_1376, adj_1378);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_1377, var_24, adj_1375, adj_24, adj_1376);
    wp::adj_address(var_counts, var_1374, adj_counts, adj_1374, adj_1375);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_1373, adj_1373, adj_1374);
    wp::adj_vec_t(var_1366, var_1369, var_1372, adj_1366, adj_1369, adj_1372, adj_1373);
    wp::adj_add(var_1371, var_1363, adj_1371, adj_1363, adj_1372);
    wp::adj_extract(var_4, var_1370, adj_4, adj_1370, adj_1371);
    wp::adj_add(var_1368, var_1362, adj_1368, adj_1362, adj_1369);
    wp::adj_extract(var_4, var_1367, adj_4, adj_1367, adj_1368);
    wp::adj_add(var_1365, var_1023, adj_1365, adj_1023, adj_1366);
    wp::adj_extract(var_4, var_1364, adj_4, adj_1364, adj_1365);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    // adj: for oz in range(-1, 2):                                                           <L 36>
    var_1321 = wp::iter_reverse(var_1321);
    start_for_46:;
        if (iter_cmp(var_1321) == 0) goto end_for_46;
        var_1322 = wp::iter_next(var_1321);
    	adj_1323 = {};
    	adj_1324 = {};
    	adj_1325 = {};
    	adj_1326 = {};
    	adj_1327 = {};
    	adj_1328 = {};
    	adj_1329 = {};
    	adj_1330 = {};
    	adj_1331 = {};
    	adj_1332 = {};
    	adj_1333 = {};
    	adj_1334 = {};
    	adj_1335 = {};
    	adj_1336 = {};
    	adj_1337 = {};
    	adj_1338 = {};
    	adj_1339 = {};
    	adj_1340 = {};
    	adj_1341 = {};
    	adj_1342 = {};
    	adj_1343 = {};
    	adj_1344 = {};
    	adj_1345 = {};
    	adj_1346 = {};
    	adj_1347 = {};
    	adj_1348 = {};
    	adj_1349 = {};
    	adj_1350 = {};
    	adj_1351 = {};
    	adj_1352 = {};
    	adj_1353 = {};
    	adj_1354 = {};
    	adj_1355 = {};
    	adj_1356 = {};
    	adj_1357 = {};
    	adj_1358 = {};
    	adj_1359 = {};
    	adj_1360 = {};
    	adj_1361 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_1323 = wp::address(var_entries, var_1317, var_1322);
        var_1325 = wp::load(var_1323);
        var_1324 = wp::copy(var_1325);
        // if j <= i:                                                                         <L 41>
        var_1326 = (var_1324 <= var_0);
        if (var_1326) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1324);
            goto start_for_46;
        }
        var_1327 = wp::where(var_1326, var_30, var_1324);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1329 = wp::extract(var_6, var_1328);
        var_1330 = (var_1327 == var_1329);
        var_1332 = wp::extract(var_6, var_1331);
        var_1333 = (var_1327 == var_1332);
        var_1335 = wp::extract(var_6, var_1334);
        var_1336 = (var_1327 == var_1335);
        var_1338 = wp::extract(var_6, var_1337);
        var_1339 = (var_1327 == var_1338);
        var_1340 = var_1330 || var_1333 || var_1336 || var_1339;
        if (var_1340) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1327);
            goto start_for_46;
        }
        var_1341 = wp::where(var_1340, var_30, var_1327);
        // d = p - x[j]                                                                       <L 45>
        var_1342 = wp::address(var_x, var_1341);
        var_1344 = wp::load(var_1342);
        var_1343 = wp::sub(var_2, var_1344);
        // l = wp.length(d)                                                                   <L 46>
        var_1345 = wp::length(var_1343);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1346 = (var_1345 < var_thickness);
        var_1348 = (var_1345 > var_1347);
        var_1349 = var_1346 && var_1348;
        if (var_1349) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1350 = wp::sub(var_thickness, var_1345);
            var_1351 = wp::div(var_1350, var_1345);
            var_1353 = wp::mul(var_1351, var_1352);
            var_1354 = wp::mul(var_1343, var_1353);
            // corr += push                                                                   <L 49>
            var_1355 = wp::add(var_8, var_1354);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_1356 = wp::atomic_sub(var_dx, var_1341, var_1354);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_1359 = wp::atomic_add(var_contacts, var_1357, var_1358);
        }
        var_1360 = wp::where(var_1349, var_1355, var_8);
        var_1361 = wp::where(var_1349, var_1354, var_58);
        wp::assign(var_8, var_1360);
        wp::assign(var_30, var_1341);
        wp::assign(var_47, var_1343);
        wp::assign(var_49, var_1345);
        wp::assign(var_58, var_1361);
        wp::adj_assign(var_58, var_1361, adj_58, adj_1361);
        wp::adj_assign(var_49, var_1345, adj_49, adj_1345);
        wp::adj_assign(var_47, var_1343, adj_47, adj_1343);
        wp::adj_assign(var_30, var_1341, adj_30, adj_1341);
        wp::adj_assign(var_8, var_1360, adj_8, adj_1360);
        wp::adj_where(var_1349, var_1354, var_58, adj_1349, adj_1354, adj_58, adj_1361);
        wp::adj_where(var_1349, var_1355, var_8, adj_1349, adj_1355, adj_8, adj_1360);
        if (var_1349) {
            wp::adj_atomic_add(var_contacts, var_1357, var_1358, adj_contacts, adj_1357, adj_1358, adj_1359);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_1341, var_1354, adj_dx, adj_1341, adj_1354, adj_1356);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_1354, adj_8, adj_1354, adj_1355);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_1343, var_1353, adj_1343, adj_1353, adj_1354);
            wp::adj_mul(var_1351, var_1352, adj_1351, adj_1352, adj_1353);
            wp::adj_div(var_1350, var_1345, var_1351, adj_1350, adj_1345, adj_1351);
            wp::adj_sub(var_thickness, var_1345, adj_thickness, adj_1345, adj_1350);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_1343, var_1345, adj_1343, adj_1345);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_1344, adj_2, adj_1342, adj_1343);
        wp::adj_address(var_x, var_1341, adj_x, adj_1341, adj_1342);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_1340, var_30, var_1327, adj_1340, adj_30, adj_1327, adj_1341);
        if (var_1340) {
            wp::adj_assign(var_30, var_1327, adj_30, adj_1327);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_1337, adj_6, adj_1337, adj_1338);
        wp::adj_extract(var_6, var_1334, adj_6, adj_1334, adj_1335);
        wp::adj_extract(var_6, var_1331, adj_6, adj_1331, adj_1332);
        wp::adj_extract(var_6, var_1328, adj_6, adj_1328, adj_1329);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_1326, var_30, var_1324, adj_1326, adj_30, adj_1324, adj_1327);
        if (var_1326) {
            wp::adj_assign(var_30, var_1324, adj_30, adj_1324);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_1325, adj_1323, adj_1324);
        wp::adj_address(var_entries, var_1317, var_1322, adj_entries, adj_1317, adj_1322, adj_1323);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_46;
    end_for_46:;
    wp::adj_range(var_1319, adj_1319, adj_1321);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_1320, var_24, adj_1318, adj_24, adj_1319);
    wp::adj_address(var_counts, var_1317, adj_counts, adj_1317, adj_1318);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_1316, adj_1316, adj_1317);
    wp::adj_vec_t(var_1309, var_1312, var_1315, adj_1309, adj_1312, adj_1315, adj_1316);
    wp::adj_add(var_1314, var_1306, adj_1314, adj_1306, adj_1315);
    wp::adj_extract(var_4, var_1313, adj_4, adj_1313, adj_1314);
    wp::adj_add(var_1311, var_1193, adj_1311, adj_1193, adj_1312);
    wp::adj_extract(var_4, var_1310, adj_4, adj_1310, adj_1311);
    wp::adj_add(var_1308, var_1023, adj_1308, adj_1023, adj_1309);
    wp::adj_extract(var_4, var_1307, adj_4, adj_1307, adj_1308);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_1265 = wp::iter_reverse(var_1265);
    start_for_44:;
        if (iter_cmp(var_1265) == 0) goto end_for_44;
        var_1266 = wp::iter_next(var_1265);
    	adj_1267 = {};
    	adj_1268 = {};
    	adj_1269 = {};
    	adj_1270 = {};
    	adj_1271 = {};
    	adj_1272 = {};
    	adj_1273 = {};
    	adj_1274 = {};
    	adj_1275 = {};
    	adj_1276 = {};
    	adj_1277 = {};
    	adj_1278 = {};
    	adj_1279 = {};
    	adj_1280 = {};
    	adj_1281 = {};
    	adj_1282 = {};
    	adj_1283 = {};
    	adj_1284 = {};
    	adj_1285 = {};
    	adj_1286 = {};
    	adj_1287 = {};
    	adj_1288 = {};
    	adj_1289 = {};
    	adj_1290 = {};
    	adj_1291 = {};
    	adj_1292 = {};
    	adj_1293 = {};
    	adj_1294 = {};
    	adj_1295 = {};
    	adj_1296 = {};
    	adj_1297 = {};
    	adj_1298 = {};
    	adj_1299 = {};
    	adj_1300 = {};
    	adj_1301 = {};
    	adj_1302 = {};
    	adj_1303 = {};
    	adj_1304 = {};
    	adj_1305 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_1267 = wp::address(var_entries, var_1261, var_1266);
        var_1269 = wp::load(var_1267);
        var_1268 = wp::copy(var_1269);
        // if j <= i:                                                                         <L 41>
        var_1270 = (var_1268 <= var_0);
        if (var_1270) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1268);
            goto start_for_44;
        }
        var_1271 = wp::where(var_1270, var_30, var_1268);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1273 = wp::extract(var_6, var_1272);
        var_1274 = (var_1271 == var_1273);
        var_1276 = wp::extract(var_6, var_1275);
        var_1277 = (var_1271 == var_1276);
        var_1279 = wp::extract(var_6, var_1278);
        var_1280 = (var_1271 == var_1279);
        var_1282 = wp::extract(var_6, var_1281);
        var_1283 = (var_1271 == var_1282);
        var_1284 = var_1274 || var_1277 || var_1280 || var_1283;
        if (var_1284) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1271);
            goto start_for_44;
        }
        var_1285 = wp::where(var_1284, var_30, var_1271);
        // d = p - x[j]                                                                       <L 45>
        var_1286 = wp::address(var_x, var_1285);
        var_1288 = wp::load(var_1286);
        var_1287 = wp::sub(var_2, var_1288);
        // l = wp.length(d)                                                                   <L 46>
        var_1289 = wp::length(var_1287);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1290 = (var_1289 < var_thickness);
        var_1292 = (var_1289 > var_1291);
        var_1293 = var_1290 && var_1292;
        if (var_1293) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1294 = wp::sub(var_thickness, var_1289);
            var_1295 = wp::div(var_1294, var_1289);
            var_1297 = wp::mul(var_1295, var_1296);
            var_1298 = wp::mul(var_1287, var_1297);
            // corr += push                                                                   <L 49>
            var_1299 = wp::add(var_8, var_1298);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_1300 = wp::atomic_sub(var_dx, var_1285, var_1298);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_1303 = wp::atomic_add(var_contacts, var_1301, var_1302);
        }
        var_1304 = wp::where(var_1293, var_1299, var_8);
        var_1305 = wp::where(var_1293, var_1298, var_58);
        wp::assign(var_8, var_1304);
        wp::assign(var_30, var_1285);
        wp::assign(var_47, var_1287);
        wp::assign(var_49, var_1289);
        wp::assign(var_58, var_1305);
        wp::adj_assign(var_58, var_1305, adj_58, adj_1305);
        wp::adj_assign(var_49, var_1289, adj_49, adj_1289);
        wp::adj_assign(var_47, var_1287, adj_47, adj_1287);
        wp::adj_assign(var_30, var_1285, adj_30, adj_1285);
        wp::adj_assign(var_8, var_1304, adj_8, adj_1304);
        wp::adj_where(var_1293, var_1298, var_58, adj_1293, adj_1298, adj_58, adj_1305);
        wp::adj_where(var_1293, var_1299, var_8, adj_1293, adj_1299, adj_8, adj_1304);
        if (var_1293) {
            wp::adj_atomic_add(var_contacts, var_1301, var_1302, adj_contacts, adj_1301, adj_1302, adj_1303);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_1285, var_1298, adj_dx, adj_1285, adj_1298, adj_1300);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_1298, adj_8, adj_1298, adj_1299);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_1287, var_1297, adj_1287, adj_1297, adj_1298);
            wp::adj_mul(var_1295, var_1296, adj_1295, adj_1296, adj_1297);
            wp::adj_div(var_1294, var_1289, var_1295, adj_1294, adj_1289, adj_1295);
            wp::adj_sub(var_thickness, var_1289, adj_thickness, adj_1289, adj_1294);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_1287, var_1289, adj_1287, adj_1289);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_1288, adj_2, adj_1286, adj_1287);
        wp::adj_address(var_x, var_1285, adj_x, adj_1285, adj_1286);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_1284, var_30, var_1271, adj_1284, adj_30, adj_1271, adj_1285);
        if (var_1284) {
            wp::adj_assign(var_30, var_1271, adj_30, adj_1271);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_1281, adj_6, adj_1281, adj_1282);
        wp::adj_extract(var_6, var_1278, adj_6, adj_1278, adj_1279);
        wp::adj_extract(var_6, var_1275, adj_6, adj_1275, adj_1276);
        wp::adj_extract(var_6, var_1272, adj_6, adj_1272, adj_1273);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_1270, var_30, var_1268, adj_1270, adj_30, adj_1268, adj_1271);
        if (var_1270) {
            wp::adj_assign(var_30, var_1268, adj_30, adj_1268);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_1269, adj_1267, adj_1268);
        wp::adj_address(var_entries, var_1261, var_1266, adj_entries, adj_1261, adj_1266, adj_1267);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_44;
    end_for_44:;
    wp::adj_range(var_1263, adj_1263, adj_1265);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_1264, var_24, adj_1262, adj_24, adj_1263);
    wp::adj_address(var_counts, var_1261, adj_counts, adj_1261, adj_1262);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_1260, adj_1260, adj_1261);
    wp::adj_vec_t(var_1253, var_1256, var_1259, adj_1253, adj_1256, adj_1259, adj_1260);
    wp::adj_add(var_1258, var_1250, adj_1258, adj_1250, adj_1259);
    wp::adj_extract(var_4, var_1257, adj_4, adj_1257, adj_1258);
    wp::adj_add(var_1255, var_1193, adj_1255, adj_1193, adj_1256);
    wp::adj_extract(var_4, var_1254, adj_4, adj_1254, adj_1255);
    wp::adj_add(var_1252, var_1023, adj_1252, adj_1023, adj_1253);
    wp::adj_extract(var_4, var_1251, adj_4, adj_1251, adj_1252);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_1209 = wp::iter_reverse(var_1209);
    start_for_42:;
        if (iter_cmp(var_1209) == 0) goto end_for_42;
        var_1210 = wp::iter_next(var_1209);
    	adj_1211 = {};
    	adj_1212 = {};
    	adj_1213 = {};
    	adj_1214 = {};
    	adj_1215 = {};
    	adj_1216 = {};
    	adj_1217 = {};
    	adj_1218 = {};
    	adj_1219 = {};
    	adj_1220 = {};
    	adj_1221 = {};
    	adj_1222 = {};
    	adj_1223 = {};
    	adj_1224 = {};
    	adj_1225 = {};
    	adj_1226 = {};
    	adj_1227 = {};
    	adj_1228 = {};
    	adj_1229 = {};
    	adj_1230 = {};
    	adj_1231 = {};
    	adj_1232 = {};
    	adj_1233 = {};
    	adj_1234 = {};
    	adj_1235 = {};
    	adj_1236 = {};
    	adj_1237 = {};
    	adj_1238 = {};
    	adj_1239 = {};
    	adj_1240 = {};
    	adj_1241 = {};
    	adj_1242 = {};
    	adj_1243 = {};
    	adj_1244 = {};
    	adj_1245 = {};
    	adj_1246 = {};
    	adj_1247 = {};
    	adj_1248 = {};
    	adj_1249 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_1211 = wp::address(var_entries, var_1205, var_1210);
        var_1213 = wp::load(var_1211);
        var_1212 = wp::copy(var_1213);
        // if j <= i:                                                                         <L 41>
        var_1214 = (var_1212 <= var_0);
        if (var_1214) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1212);
            goto start_for_42;
        }
        var_1215 = wp::where(var_1214, var_30, var_1212);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1217 = wp::extract(var_6, var_1216);
        var_1218 = (var_1215 == var_1217);
        var_1220 = wp::extract(var_6, var_1219);
        var_1221 = (var_1215 == var_1220);
        var_1223 = wp::extract(var_6, var_1222);
        var_1224 = (var_1215 == var_1223);
        var_1226 = wp::extract(var_6, var_1225);
        var_1227 = (var_1215 == var_1226);
        var_1228 = var_1218 || var_1221 || var_1224 || var_1227;
        if (var_1228) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1215);
            goto start_for_42;
        }
        var_1229 = wp::where(var_1228, var_30, var_1215);
        // d = p - x[j]                                                                       <L 45>
        var_1230 = wp::address(var_x, var_1229);
        var_1232 = wp::load(var_1230);
        var_1231 = wp::sub(var_2, var_1232);
        // l = wp.length(d)                                                                   <L 46>
        var_1233 = wp::length(var_1231);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1234 = (var_1233 < var_thickness);
        var_1236 = (var_1233 > var_1235);
        var_1237 = var_1234 && var_1236;
        if (var_1237) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1238 = wp::sub(var_thickness, var_1233);
            var_1239 = wp::div(var_1238, var_1233);
            var_1241 = wp::mul(var_1239, var_1240);
            var_1242 = wp::mul(var_1231, var_1241);
            // corr += push                                                                   <L 49>
            var_1243 = wp::add(var_8, var_1242);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_1244 = wp::atomic_sub(var_dx, var_1229, var_1242);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_1247 = wp::atomic_add(var_contacts, var_1245, var_1246);
        }
        var_1248 = wp::where(var_1237, var_1243, var_8);
        var_1249 = wp::where(var_1237, var_1242, var_58);
        wp::assign(var_8, var_1248);
        wp::assign(var_30, var_1229);
        wp::assign(var_47, var_1231);
        wp::assign(var_49, var_1233);
        wp::assign(var_58, var_1249);
        wp::adj_assign(var_58, var_1249, adj_58, adj_1249);
        wp::adj_assign(var_49, var_1233, adj_49, adj_1233);
        wp::adj_assign(var_47, var_1231, adj_47, adj_1231);
        wp::adj_assign(var_30, var_1229, adj_30, adj_1229);
        wp::adj_assign(var_8, var_1248, adj_8, adj_1248);
        wp::adj_where(var_1237, var_1242, var_58, adj_1237, adj_1242, adj_58, adj_1249);
        wp::adj_where(var_1237, var_1243, var_8, adj_1237, adj_1243, adj_8, adj_1248);
        if (var_1237) {
            wp::adj_atomic_add(var_contacts, var_1245, var_1246, adj_contacts, adj_1245, adj_1246, adj_1247);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_1229, var_1242, adj_dx, adj_1229, adj_1242, adj_1244);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_1242, adj_8, adj_1242, adj_1243);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_1231, var_1241, adj_1231, adj_1241, adj_1242);
            wp::adj_mul(var_1239, var_1240, adj_1239, adj_1240, adj_1241);
            wp::adj_div(var_1238, var_1233, var_1239, adj_1238, adj_1233, adj_1239);
            wp::adj_sub(var_thickness, var_1233, adj_thickness, adj_1233, adj_1238);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_1231, var_1233, adj_1231, adj_1233);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_1232, adj_2, adj_1230, adj_1231);
        wp::adj_address(var_x, var_1229, adj_x, adj_1229, adj_1230);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_1228, var_30, var_1215, adj_1228, adj_30, adj_1215, adj_1229);
        if (var_1228) {
            wp::adj_assign(var_30, var_1215, adj_30, adj_1215);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_1225, adj_6, adj_1225, adj_1226);
        wp::adj_extract(var_6, var_1222, adj_6, adj_1222, adj_1223);
        wp::adj_extract(var_6, var_1219, adj_6, adj_1219, adj_1220);
        wp::adj_extract(var_6, var_1216, adj_6, adj_1216, adj_1217);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_1214, var_30, var_1212, adj_1214, adj_30, adj_1212, adj_1215);
        if (var_1214) {
            wp::adj_assign(var_30, var_1212, adj_30, adj_1212);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_1213, adj_1211, adj_1212);
        wp::adj_address(var_entries, var_1205, var_1210, adj_entries, adj_1205, adj_1210, adj_1211);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_42;
    end_for_42:;
    wp::adj_range(var_1207, adj_1207, adj_1209);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_1208, var_24, adj_1206, adj_24, adj_1207);
    wp::adj_address(var_counts, var_1205, adj_counts, adj_1205, adj_1206);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_1204, adj_1204, adj_1205);
    wp::adj_vec_t(var_1197, var_1200, var_1203, adj_1197, adj_1200, adj_1203, adj_1204);
    wp::adj_add(var_1202, var_1194, adj_1202, adj_1194, adj_1203);
    wp::adj_extract(var_4, var_1201, adj_4, adj_1201, adj_1202);
    wp::adj_add(var_1199, var_1193, adj_1199, adj_1193, adj_1200);
    wp::adj_extract(var_4, var_1198, adj_4, adj_1198, adj_1199);
    wp::adj_add(var_1196, var_1023, adj_1196, adj_1023, adj_1197);
    wp::adj_extract(var_4, var_1195, adj_4, adj_1195, adj_1196);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    // adj: for oz in range(-1, 2):                                                           <L 36>
    var_1152 = wp::iter_reverse(var_1152);
    start_for_40:;
        if (iter_cmp(var_1152) == 0) goto end_for_40;
        var_1153 = wp::iter_next(var_1152);
    	adj_1154 = {};
    	adj_1155 = {};
    	adj_1156 = {};
    	adj_1157 = {};
    	adj_1158 = {};
    	adj_1159 = {};
    	adj_1160 = {};
    	adj_1161 = {};
    	adj_1162 = {};
    	adj_1163 = {};
    	adj_1164 = {};
    	adj_1165 = {};
    	adj_1166 = {};
    	adj_1167 = {};
    	adj_1168 = {};
    	adj_1169 = {};
    	adj_1170 = {};
    	adj_1171 = {};
    	adj_1172 = {};
    	adj_1173 = {};
    	adj_1174 = {};
    	adj_1175 = {};
    	adj_1176 = {};
    	adj_1177 = {};
    	adj_1178 = {};
    	adj_1179 = {};
    	adj_1180 = {};
    	adj_1181 = {};
    	adj_1182 = {};
    	adj_1183 = {};
    	adj_1184 = {};
    	adj_1185 = {};
    	adj_1186 = {};
    	adj_1187 = {};
    	adj_1188 = {};
    	adj_1189 = {};
    	adj_1190 = {};
    	adj_1191 = {};
    	adj_1192 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_1154 = wp::address(var_entries, var_1148, var_1153);
        var_1156 = wp::load(var_1154);
        var_1155 = wp::copy(var_1156);
        // if j <= i:                                                                         <L 41>
        var_1157 = (var_1155 <= var_0);
        if (var_1157) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1155);
            goto start_for_40;
        }
        var_1158 = wp::where(var_1157, var_30, var_1155);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1160 = wp::extract(var_6, var_1159);
        var_1161 = (var_1158 == var_1160);
        var_1163 = wp::extract(var_6, var_1162);
        var_1164 = (var_1158 == var_1163);
        var_1166 = wp::extract(var_6, var_1165);
        var_1167 = (var_1158 == var_1166);
        var_1169 = wp::extract(var_6, var_1168);
        var_1170 = (var_1158 == var_1169);
        var_1171 = var_1161 || var_1164 || var_1167 || var_1170;
        if (var_1171) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1158);
            goto start_for_40;
        }
        var_1172 = wp::where(var_1171, var_30, var_1158);
        // d = p - x[j]                                                                       <L 45>
        var_1173 = wp::address(var_x, var_1172);
        var_1175 = wp::load(var_1173);
        var_1174 = wp::sub(var_2, var_1175);
        // l = wp.length(d)                                                                   <L 46>
        var_1176 = wp::length(var_1174);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1177 = (var_1176 < var_thickness);
        var_1179 = (var_1176 > var_1178);
        var_1180 = var_1177 && var_1179;
        if (var_1180) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1181 = wp::sub(var_thickness, var_1176);
            var_1182 = wp::div(var_1181, var_1176);
            var_1184 = wp::mul(var_1182, var_1183);
            var_1185 = wp::mul(var_1174, var_1184);
            // corr += push                                                                   <L 49>
            var_1186 = wp::add(var_8, var_1185);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_1187 = wp::atomic_sub(var_dx, var_1172, var_1185);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_1190 = wp::atomic_add(var_contacts, var_1188, var_1189);
        }
        var_1191 = wp::where(var_1180, var_1186, var_8);
        var_1192 = wp::where(var_1180, var_1185, var_58);
        wp::assign(var_8, var_1191);
        wp::assign(var_30, var_1172);
        wp::assign(var_47, var_1174);
        wp::assign(var_49, var_1176);
        wp::assign(var_58, var_1192);
        wp::adj_assign(var_58, var_1192, adj_58, adj_1192);
        wp::adj_assign(var_49, var_1176, adj_49, adj_1176);
        wp::adj_assign(var_47, var_1174, adj_47, adj_1174);
        wp::adj_assign(var_30, var_1172, adj_30, adj_1172);
        wp::adj_assign(var_8, var_1191, adj_8, adj_1191);
        wp::adj_where(var_1180, var_1185, var_58, adj_1180, adj_1185, adj_58, adj_1192);
        wp::adj_where(var_1180, var_1186, var_8, adj_1180, adj_1186, adj_8, adj_1191);
        if (var_1180) {
            wp::adj_atomic_add(var_contacts, var_1188, var_1189, adj_contacts, adj_1188, adj_1189, adj_1190);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_1172, var_1185, adj_dx, adj_1172, adj_1185, adj_1187);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_1185, adj_8, adj_1185, adj_1186);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_1174, var_1184, adj_1174, adj_1184, adj_1185);
            wp::adj_mul(var_1182, var_1183, adj_1182, adj_1183, adj_1184);
            wp::adj_div(var_1181, var_1176, var_1182, adj_1181, adj_1176, adj_1182);
            wp::adj_sub(var_thickness, var_1176, adj_thickness, adj_1176, adj_1181);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_1174, var_1176, adj_1174, adj_1176);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_1175, adj_2, adj_1173, adj_1174);
        wp::adj_address(var_x, var_1172, adj_x, adj_1172, adj_1173);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_1171, var_30, var_1158, adj_1171, adj_30, adj_1158, adj_1172);
        if (var_1171) {
            wp::adj_assign(var_30, var_1158, adj_30, adj_1158);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_1168, adj_6, adj_1168, adj_1169);
        wp::adj_extract(var_6, var_1165, adj_6, adj_1165, adj_1166);
        wp::adj_extract(var_6, var_1162, adj_6, adj_1162, adj_1163);
        wp::adj_extract(var_6, var_1159, adj_6, adj_1159, adj_1160);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_1157, var_30, var_1155, adj_1157, adj_30, adj_1155, adj_1158);
        if (var_1157) {
            wp::adj_assign(var_30, var_1155, adj_30, adj_1155);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_1156, adj_1154, adj_1155);
        wp::adj_address(var_entries, var_1148, var_1153, adj_entries, adj_1148, adj_1153, adj_1154);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_40;
    end_for_40:;
    wp::adj_range(var_1150, adj_1150, adj_1152);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_1151, var_24, adj_1149, adj_24, adj_1150);
    wp::adj_address(var_counts, var_1148, adj_counts, adj_1148, adj_1149);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_1147, adj_1147, adj_1148);
    wp::adj_vec_t(var_1140, var_1143, var_1146, adj_1140, adj_1143, adj_1146, adj_1147);
    wp::adj_add(var_1145, var_1137, adj_1145, adj_1137, adj_1146);
    wp::adj_extract(var_4, var_1144, adj_4, adj_1144, adj_1145);
    wp::adj_add(var_1142, var_1024, adj_1142, adj_1024, adj_1143);
    wp::adj_extract(var_4, var_1141, adj_4, adj_1141, adj_1142);
    wp::adj_add(var_1139, var_1023, adj_1139, adj_1023, adj_1140);
    wp::adj_extract(var_4, var_1138, adj_4, adj_1138, adj_1139);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_1096 = wp::iter_reverse(var_1096);
    start_for_38:;
        if (iter_cmp(var_1096) == 0) goto end_for_38;
        var_1097 = wp::iter_next(var_1096);
    	adj_1098 = {};
    	adj_1099 = {};
    	adj_1100 = {};
    	adj_1101 = {};
    	adj_1102 = {};
    	adj_1103 = {};
    	adj_1104 = {};
    	adj_1105 = {};
    	adj_1106 = {};
    	adj_1107 = {};
    	adj_1108 = {};
    	adj_1109 = {};
    	adj_1110 = {};
    	adj_1111 = {};
    	adj_1112 = {};
    	adj_1113 = {};
    	adj_1114 = {};
    	adj_1115 = {};
    	adj_1116 = {};
    	adj_1117 = {};
    	adj_1118 = {};
    	adj_1119 = {};
    	adj_1120 = {};
    	adj_1121 = {};
    	adj_1122 = {};
    	adj_1123 = {};
    	adj_1124 = {};
    	adj_1125 = {};
    	adj_1126 = {};
    	adj_1127 = {};
    	adj_1128 = {};
    	adj_1129 = {};
    	adj_1130 = {};
    	adj_1131 = {};
    	adj_1132 = {};
    	adj_1133 = {};
    	adj_1134 = {};
    	adj_1135 = {};
    	adj_1136 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_1098 = wp::address(var_entries, var_1092, var_1097);
        var_1100 = wp::load(var_1098);
        var_1099 = wp::copy(var_1100);
        // if j <= i:                                                                         <L 41>
        var_1101 = (var_1099 <= var_0);
        if (var_1101) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1099);
            goto start_for_38;
        }
        var_1102 = wp::where(var_1101, var_30, var_1099);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1104 = wp::extract(var_6, var_1103);
        var_1105 = (var_1102 == var_1104);
        var_1107 = wp::extract(var_6, var_1106);
        var_1108 = (var_1102 == var_1107);
        var_1110 = wp::extract(var_6, var_1109);
        var_1111 = (var_1102 == var_1110);
        var_1113 = wp::extract(var_6, var_1112);
        var_1114 = (var_1102 == var_1113);
        var_1115 = var_1105 || var_1108 || var_1111 || var_1114;
        if (var_1115) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1102);
            goto start_for_38;
        }
        var_1116 = wp::where(var_1115, var_30, var_1102);
        // d = p - x[j]                                                                       <L 45>
        var_1117 = wp::address(var_x, var_1116);
        var_1119 = wp::load(var_1117);
        var_1118 = wp::sub(var_2, var_1119);
        // l = wp.length(d)                                                                   <L 46>
        var_1120 = wp::length(var_1118);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1121 = (var_1120 < var_thickness);
        var_1123 = (var_1120 > var_1122);
        var_1124 = var_1121 && var_1123;
        if (var_1124) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1125 = wp::sub(var_thickness, var_1120);
            var_1126 = wp::div(var_1125, var_1120);
            var_1128 = wp::mul(var_1126, var_1127);
            var_1129 = wp::mul(var_1118, var_1128);
            // corr += push                                                                   <L 49>
            var_1130 = wp::add(var_8, var_1129);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_1131 = wp::atomic_sub(var_dx, var_1116, var_1129);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_1134 = wp::atomic_add(var_contacts, var_1132, var_1133);
        }
        var_1135 = wp::where(var_1124, var_1130, var_8);
        var_1136 = wp::where(var_1124, var_1129, var_58);
        wp::assign(var_8, var_1135);
        wp::assign(var_30, var_1116);
        wp::assign(var_47, var_1118);
        wp::assign(var_49, var_1120);
        wp::assign(var_58, var_1136);
        wp::adj_assign(var_58, var_1136, adj_58, adj_1136);
        wp::adj_assign(var_49, var_1120, adj_49, adj_1120);
        wp::adj_assign(var_47, var_1118, adj_47, adj_1118);
        wp::adj_assign(var_30, var_1116, adj_30, adj_1116);
        wp::adj_assign(var_8, var_1135, adj_8, adj_1135);
        wp::adj_where(var_1124, var_1129, var_58, adj_1124, adj_1129, adj_58, adj_1136);
        wp::adj_where(var_1124, var_1130, var_8, adj_1124, adj_1130, adj_8, adj_1135);
        if (var_1124) {
            wp::adj_atomic_add(var_contacts, var_1132, var_1133, adj_contacts, adj_1132, adj_1133, adj_1134);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_1116, var_1129, adj_dx, adj_1116, adj_1129, adj_1131);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_1129, adj_8, adj_1129, adj_1130);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_1118, var_1128, adj_1118, adj_1128, adj_1129);
            wp::adj_mul(var_1126, var_1127, adj_1126, adj_1127, adj_1128);
            wp::adj_div(var_1125, var_1120, var_1126, adj_1125, adj_1120, adj_1126);
            wp::adj_sub(var_thickness, var_1120, adj_thickness, adj_1120, adj_1125);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_1118, var_1120, adj_1118, adj_1120);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_1119, adj_2, adj_1117, adj_1118);
        wp::adj_address(var_x, var_1116, adj_x, adj_1116, adj_1117);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_1115, var_30, var_1102, adj_1115, adj_30, adj_1102, adj_1116);
        if (var_1115) {
            wp::adj_assign(var_30, var_1102, adj_30, adj_1102);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_1112, adj_6, adj_1112, adj_1113);
        wp::adj_extract(var_6, var_1109, adj_6, adj_1109, adj_1110);
        wp::adj_extract(var_6, var_1106, adj_6, adj_1106, adj_1107);
        wp::adj_extract(var_6, var_1103, adj_6, adj_1103, adj_1104);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_1101, var_30, var_1099, adj_1101, adj_30, adj_1099, adj_1102);
        if (var_1101) {
            wp::adj_assign(var_30, var_1099, adj_30, adj_1099);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_1100, adj_1098, adj_1099);
        wp::adj_address(var_entries, var_1092, var_1097, adj_entries, adj_1092, adj_1097, adj_1098);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_38;
    end_for_38:;
    wp::adj_range(var_1094, adj_1094, adj_1096);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_1095, var_24, adj_1093, adj_24, adj_1094);
    wp::adj_address(var_counts, var_1092, adj_counts, adj_1092, adj_1093);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_1091, adj_1091, adj_1092);
    wp::adj_vec_t(var_1084, var_1087, var_1090, adj_1084, adj_1087, adj_1090, adj_1091);
    wp::adj_add(var_1089, var_1081, adj_1089, adj_1081, adj_1090);
    wp::adj_extract(var_4, var_1088, adj_4, adj_1088, adj_1089);
    wp::adj_add(var_1086, var_1024, adj_1086, adj_1024, adj_1087);
    wp::adj_extract(var_4, var_1085, adj_4, adj_1085, adj_1086);
    wp::adj_add(var_1083, var_1023, adj_1083, adj_1023, adj_1084);
    wp::adj_extract(var_4, var_1082, adj_4, adj_1082, adj_1083);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_1040 = wp::iter_reverse(var_1040);
    start_for_36:;
        if (iter_cmp(var_1040) == 0) goto end_for_36;
        var_1041 = wp::iter_next(var_1040);
    	adj_1042 = {};
    	adj_1043 = {};
    	adj_1044 = {};
    	adj_1045 = {};
    	adj_1046 = {};
    	adj_1047 = {};
    	adj_1048 = {};
    	adj_1049 = {};
    	adj_1050 = {};
    	adj_1051 = {};
    	adj_1052 = {};
    	adj_1053 = {};
    	adj_1054 = {};
    	adj_1055 = {};
    	adj_1056 = {};
    	adj_1057 = {};
    	adj_1058 = {};
    	adj_1059 = {};
    	adj_1060 = {};
    	adj_1061 = {};
    	adj_1062 = {};
    	adj_1063 = {};
    	adj_1064 = {};
    	adj_1065 = {};
    	adj_1066 = {};
    	adj_1067 = {};
    	adj_1068 = {};
    	adj_1069 = {};
    	adj_1070 = {};
    	adj_1071 = {};
    	adj_1072 = {};
    	adj_1073 = {};
    	adj_1074 = {};
    	adj_1075 = {};
    	adj_1076 = {};
    	adj_1077 = {};
    	adj_1078 = {};
    	adj_1079 = {};
    	adj_1080 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_1042 = wp::address(var_entries, var_1036, var_1041);
        var_1044 = wp::load(var_1042);
        var_1043 = wp::copy(var_1044);
        // if j <= i:                                                                         <L 41>
        var_1045 = (var_1043 <= var_0);
        if (var_1045) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_1043);
            goto start_for_36;
        }
        var_1046 = wp::where(var_1045, var_30, var_1043);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_1048 = wp::extract(var_6, var_1047);
        var_1049 = (var_1046 == var_1048);
        var_1051 = wp::extract(var_6, var_1050);
        var_1052 = (var_1046 == var_1051);
        var_1054 = wp::extract(var_6, var_1053);
        var_1055 = (var_1046 == var_1054);
        var_1057 = wp::extract(var_6, var_1056);
        var_1058 = (var_1046 == var_1057);
        var_1059 = var_1049 || var_1052 || var_1055 || var_1058;
        if (var_1059) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_1046);
            goto start_for_36;
        }
        var_1060 = wp::where(var_1059, var_30, var_1046);
        // d = p - x[j]                                                                       <L 45>
        var_1061 = wp::address(var_x, var_1060);
        var_1063 = wp::load(var_1061);
        var_1062 = wp::sub(var_2, var_1063);
        // l = wp.length(d)                                                                   <L 46>
        var_1064 = wp::length(var_1062);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1065 = (var_1064 < var_thickness);
        var_1067 = (var_1064 > var_1066);
        var_1068 = var_1065 && var_1067;
        if (var_1068) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1069 = wp::sub(var_thickness, var_1064);
            var_1070 = wp::div(var_1069, var_1064);
            var_1072 = wp::mul(var_1070, var_1071);
            var_1073 = wp::mul(var_1062, var_1072);
            // corr += push                                                                   <L 49>
            var_1074 = wp::add(var_8, var_1073);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_1075 = wp::atomic_sub(var_dx, var_1060, var_1073);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_1078 = wp::atomic_add(var_contacts, var_1076, var_1077);
        }
        var_1079 = wp::where(var_1068, var_1074, var_8);
        var_1080 = wp::where(var_1068, var_1073, var_58);
        wp::assign(var_8, var_1079);
        wp::assign(var_30, var_1060);
        wp::assign(var_47, var_1062);
        wp::assign(var_49, var_1064);
        wp::assign(var_58, var_1080);
        wp::adj_assign(var_58, var_1080, adj_58, adj_1080);
        wp::adj_assign(var_49, var_1064, adj_49, adj_1064);
        wp::adj_assign(var_47, var_1062, adj_47, adj_1062);
        wp::adj_assign(var_30, var_1060, adj_30, adj_1060);
        wp::adj_assign(var_8, var_1079, adj_8, adj_1079);
        wp::adj_where(var_1068, var_1073, var_58, adj_1068, adj_1073, adj_58, adj_1080);
        wp::adj_where(var_1068, var_1074, var_8, adj_1068, adj_1074, adj_8, adj_1079);
        if (var_1068) {
            wp::adj_atomic_add(var_contacts, var_1076, var_1077, adj_contacts, adj_1076, adj_1077, adj_1078);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_1060, var_1073, adj_dx, adj_1060, adj_1073, adj_1075);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_1073, adj_8, adj_1073, adj_1074);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_1062, var_1072, adj_1062, adj_1072, adj_1073);
            wp::adj_mul(var_1070, var_1071, adj_1070, adj_1071, adj_1072);
            wp::adj_div(var_1069, var_1064, var_1070, adj_1069, adj_1064, adj_1070);
            wp::adj_sub(var_thickness, var_1064, adj_thickness, adj_1064, adj_1069);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_1062, var_1064, adj_1062, adj_1064);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_1063, adj_2, adj_1061, adj_1062);
        wp::adj_address(var_x, var_1060, adj_x, adj_1060, adj_1061);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_1059, var_30, var_1046, adj_1059, adj_30, adj_1046, adj_1060);
        if (var_1059) {
            wp::adj_assign(var_30, var_1046, adj_30, adj_1046);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_1056, adj_6, adj_1056, adj_1057);
        wp::adj_extract(var_6, var_1053, adj_6, adj_1053, adj_1054);
        wp::adj_extract(var_6, var_1050, adj_6, adj_1050, adj_1051);
        wp::adj_extract(var_6, var_1047, adj_6, adj_1047, adj_1048);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_1045, var_30, var_1043, adj_1045, adj_30, adj_1043, adj_1046);
        if (var_1045) {
            wp::adj_assign(var_30, var_1043, adj_30, adj_1043);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_1044, adj_1042, adj_1043);
        wp::adj_address(var_entries, var_1036, var_1041, adj_entries, adj_1036, adj_1041, adj_1042);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_36;
    end_for_36:;
    wp::adj_range(var_1038, adj_1038, adj_1040);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_1039, var_24, adj_1037, adj_24, adj_1038);
    wp::adj_address(var_counts, var_1036, adj_counts, adj_1036, adj_1037);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_1035, adj_1035, adj_1036);
    wp::adj_vec_t(var_1028, var_1031, var_1034, adj_1028, adj_1031, adj_1034, adj_1035);
    wp::adj_add(var_1033, var_1025, adj_1033, adj_1025, adj_1034);
    wp::adj_extract(var_4, var_1032, adj_4, adj_1032, adj_1033);
    wp::adj_add(var_1030, var_1024, adj_1030, adj_1024, adj_1031);
    wp::adj_extract(var_4, var_1029, adj_4, adj_1029, adj_1030);
    wp::adj_add(var_1027, var_1023, adj_1027, adj_1023, adj_1028);
    wp::adj_extract(var_4, var_1026, adj_4, adj_1026, adj_1027);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    // adj: for oz in range(-1, 2):                                                           <L 36>
    // adj: for oy in range(-1, 2):                                                           <L 35>
    var_982 = wp::iter_reverse(var_982);
    start_for_34:;
        if (iter_cmp(var_982) == 0) goto end_for_34;
        var_983 = wp::iter_next(var_982);
    	adj_984 = {};
    	adj_985 = {};
    	adj_986 = {};
    	adj_987 = {};
    	adj_988 = {};
    	adj_989 = {};
    	adj_990 = {};
    	adj_991 = {};
    	adj_992 = {};
    	adj_993 = {};
    	adj_994 = {};
    	adj_995 = {};
    	adj_996 = {};
    	adj_997 = {};
    	adj_998 = {};
    	adj_999 = {};
    	adj_1000 = {};
    	adj_1001 = {};
    	adj_1002 = {};
    	adj_1003 = {};
    	adj_1004 = {};
    	adj_1005 = {};
    	adj_1006 = {};
    	adj_1007 = {};
    	adj_1008 = {};
    	adj_1009 = {};
    	adj_1010 = {};
    	adj_1011 = {};
    	adj_1012 = {};
    	adj_1013 = {};
    	adj_1014 = {};
    	adj_1015 = {};
    	adj_1016 = {};
    	adj_1017 = {};
    	adj_1018 = {};
    	adj_1019 = {};
    	adj_1020 = {};
    	adj_1021 = {};
    	adj_1022 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_984 = wp::address(var_entries, var_978, var_983);
        var_986 = wp::load(var_984);
        var_985 = wp::copy(var_986);
        // if j <= i:                                                                         <L 41>
        var_987 = (var_985 <= var_0);
        if (var_987) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_985);
            goto start_for_34;
        }
        var_988 = wp::where(var_987, var_30, var_985);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_990 = wp::extract(var_6, var_989);
        var_991 = (var_988 == var_990);
        var_993 = wp::extract(var_6, var_992);
        var_994 = (var_988 == var_993);
        var_996 = wp::extract(var_6, var_995);
        var_997 = (var_988 == var_996);
        var_999 = wp::extract(var_6, var_998);
        var_1000 = (var_988 == var_999);
        var_1001 = var_991 || var_994 || var_997 || var_1000;
        if (var_1001) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_988);
            goto start_for_34;
        }
        var_1002 = wp::where(var_1001, var_30, var_988);
        // d = p - x[j]                                                                       <L 45>
        var_1003 = wp::address(var_x, var_1002);
        var_1005 = wp::load(var_1003);
        var_1004 = wp::sub(var_2, var_1005);
        // l = wp.length(d)                                                                   <L 46>
        var_1006 = wp::length(var_1004);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_1007 = (var_1006 < var_thickness);
        var_1009 = (var_1006 > var_1008);
        var_1010 = var_1007 && var_1009;
        if (var_1010) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_1011 = wp::sub(var_thickness, var_1006);
            var_1012 = wp::div(var_1011, var_1006);
            var_1014 = wp::mul(var_1012, var_1013);
            var_1015 = wp::mul(var_1004, var_1014);
            // corr += push                                                                   <L 49>
            var_1016 = wp::add(var_8, var_1015);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_1017 = wp::atomic_sub(var_dx, var_1002, var_1015);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_1020 = wp::atomic_add(var_contacts, var_1018, var_1019);
        }
        var_1021 = wp::where(var_1010, var_1016, var_8);
        var_1022 = wp::where(var_1010, var_1015, var_58);
        wp::assign(var_8, var_1021);
        wp::assign(var_30, var_1002);
        wp::assign(var_47, var_1004);
        wp::assign(var_49, var_1006);
        wp::assign(var_58, var_1022);
        wp::adj_assign(var_58, var_1022, adj_58, adj_1022);
        wp::adj_assign(var_49, var_1006, adj_49, adj_1006);
        wp::adj_assign(var_47, var_1004, adj_47, adj_1004);
        wp::adj_assign(var_30, var_1002, adj_30, adj_1002);
        wp::adj_assign(var_8, var_1021, adj_8, adj_1021);
        wp::adj_where(var_1010, var_1015, var_58, adj_1010, adj_1015, adj_58, adj_1022);
        wp::adj_where(var_1010, var_1016, var_8, adj_1010, adj_1016, adj_8, adj_1021);
        if (var_1010) {
            wp::adj_atomic_add(var_contacts, var_1018, var_1019, adj_contacts, adj_1018, adj_1019, adj_1020);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_1002, var_1015, adj_dx, adj_1002, adj_1015, adj_1017);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_1015, adj_8, adj_1015, adj_1016);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_1004, var_1014, adj_1004, adj_1014, adj_1015);
            wp::adj_mul(var_1012, var_1013, adj_1012, adj_1013, adj_1014);
            wp::adj_div(var_1011, var_1006, var_1012, adj_1011, adj_1006, adj_1012);
            wp::adj_sub(var_thickness, var_1006, adj_thickness, adj_1006, adj_1011);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_1004, var_1006, adj_1004, adj_1006);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_1005, adj_2, adj_1003, adj_1004);
        wp::adj_address(var_x, var_1002, adj_x, adj_1002, adj_1003);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_1001, var_30, var_988, adj_1001, adj_30, adj_988, adj_1002);
        if (var_1001) {
            wp::adj_assign(var_30, var_988, adj_30, adj_988);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_998, adj_6, adj_998, adj_999);
        wp::adj_extract(var_6, var_995, adj_6, adj_995, adj_996);
        wp::adj_extract(var_6, var_992, adj_6, adj_992, adj_993);
        wp::adj_extract(var_6, var_989, adj_6, adj_989, adj_990);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_987, var_30, var_985, adj_987, adj_30, adj_985, adj_988);
        if (var_987) {
            wp::adj_assign(var_30, var_985, adj_30, adj_985);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_986, adj_984, adj_985);
        wp::adj_address(var_entries, var_978, var_983, adj_entries, adj_978, adj_983, adj_984);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_34;
    end_for_34:;
    wp::adj_range(var_980, adj_980, adj_982);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_981, var_24, adj_979, adj_24, adj_980);
    wp::adj_address(var_counts, var_978, adj_counts, adj_978, adj_979);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_977, adj_977, adj_978);
    wp::adj_vec_t(var_970, var_973, var_976, adj_970, adj_973, adj_976, adj_977);
    wp::adj_add(var_975, var_967, adj_975, adj_967, adj_976);
    wp::adj_extract(var_4, var_974, adj_4, adj_974, adj_975);
    wp::adj_add(var_972, var_854, adj_972, adj_854, adj_973);
    wp::adj_extract(var_4, var_971, adj_4, adj_971, adj_972);
    wp::adj_add(var_969, var_515, adj_969, adj_515, adj_970);
    wp::adj_extract(var_4, var_968, adj_4, adj_968, adj_969);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_926 = wp::iter_reverse(var_926);
    start_for_32:;
        if (iter_cmp(var_926) == 0) goto end_for_32;
        var_927 = wp::iter_next(var_926);
    	adj_928 = {};
    	adj_929 = {};
    	adj_930 = {};
    	adj_931 = {};
    	adj_932 = {};
    	adj_933 = {};
    	adj_934 = {};
    	adj_935 = {};
    	adj_936 = {};
    	adj_937 = {};
    	adj_938 = {};
    	adj_939 = {};
    	adj_940 = {};
    	adj_941 = {};
    	adj_942 = {};
    	adj_943 = {};
    	adj_944 = {};
    	adj_945 = {};
    	adj_946 = {};
    	adj_947 = {};
    	adj_948 = {};
    	adj_949 = {};
    	adj_950 = {};
    	adj_951 = {};
    	adj_952 = {};
    	adj_953 = {};
    	adj_954 = {};
    	adj_955 = {};
    	adj_956 = {};
    	adj_957 = {};
    	adj_958 = {};
    	adj_959 = {};
    	adj_960 = {};
    	adj_961 = {};
    	adj_962 = {};
    	adj_963 = {};
    	adj_964 = {};
    	adj_965 = {};
    	adj_966 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_928 = wp::address(var_entries, var_922, var_927);
        var_930 = wp::load(var_928);
        var_929 = wp::copy(var_930);
        // if j <= i:                                                                         <L 41>
        var_931 = (var_929 <= var_0);
        if (var_931) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_929);
            goto start_for_32;
        }
        var_932 = wp::where(var_931, var_30, var_929);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_934 = wp::extract(var_6, var_933);
        var_935 = (var_932 == var_934);
        var_937 = wp::extract(var_6, var_936);
        var_938 = (var_932 == var_937);
        var_940 = wp::extract(var_6, var_939);
        var_941 = (var_932 == var_940);
        var_943 = wp::extract(var_6, var_942);
        var_944 = (var_932 == var_943);
        var_945 = var_935 || var_938 || var_941 || var_944;
        if (var_945) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_932);
            goto start_for_32;
        }
        var_946 = wp::where(var_945, var_30, var_932);
        // d = p - x[j]                                                                       <L 45>
        var_947 = wp::address(var_x, var_946);
        var_949 = wp::load(var_947);
        var_948 = wp::sub(var_2, var_949);
        // l = wp.length(d)                                                                   <L 46>
        var_950 = wp::length(var_948);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_951 = (var_950 < var_thickness);
        var_953 = (var_950 > var_952);
        var_954 = var_951 && var_953;
        if (var_954) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_955 = wp::sub(var_thickness, var_950);
            var_956 = wp::div(var_955, var_950);
            var_958 = wp::mul(var_956, var_957);
            var_959 = wp::mul(var_948, var_958);
            // corr += push                                                                   <L 49>
            var_960 = wp::add(var_8, var_959);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_961 = wp::atomic_sub(var_dx, var_946, var_959);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_964 = wp::atomic_add(var_contacts, var_962, var_963);
        }
        var_965 = wp::where(var_954, var_960, var_8);
        var_966 = wp::where(var_954, var_959, var_58);
        wp::assign(var_8, var_965);
        wp::assign(var_30, var_946);
        wp::assign(var_47, var_948);
        wp::assign(var_49, var_950);
        wp::assign(var_58, var_966);
        wp::adj_assign(var_58, var_966, adj_58, adj_966);
        wp::adj_assign(var_49, var_950, adj_49, adj_950);
        wp::adj_assign(var_47, var_948, adj_47, adj_948);
        wp::adj_assign(var_30, var_946, adj_30, adj_946);
        wp::adj_assign(var_8, var_965, adj_8, adj_965);
        wp::adj_where(var_954, var_959, var_58, adj_954, adj_959, adj_58, adj_966);
        wp::adj_where(var_954, var_960, var_8, adj_954, adj_960, adj_8, adj_965);
        if (var_954) {
            wp::adj_atomic_add(var_contacts, var_962, var_963, adj_contacts, adj_962, adj_963, adj_964);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_946, var_959, adj_dx, adj_946, adj_959, adj_961);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_959, adj_8, adj_959, adj_960);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_948, var_958, adj_948, adj_958, adj_959);
            wp::adj_mul(var_956, var_957, adj_956, adj_957, adj_958);
            wp::adj_div(var_955, var_950, var_956, adj_955, adj_950, adj_956);
            wp::adj_sub(var_thickness, var_950, adj_thickness, adj_950, adj_955);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_948, var_950, adj_948, adj_950);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_949, adj_2, adj_947, adj_948);
        wp::adj_address(var_x, var_946, adj_x, adj_946, adj_947);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_945, var_30, var_932, adj_945, adj_30, adj_932, adj_946);
        if (var_945) {
            wp::adj_assign(var_30, var_932, adj_30, adj_932);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_942, adj_6, adj_942, adj_943);
        wp::adj_extract(var_6, var_939, adj_6, adj_939, adj_940);
        wp::adj_extract(var_6, var_936, adj_6, adj_936, adj_937);
        wp::adj_extract(var_6, var_933, adj_6, adj_933, adj_934);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_931, var_30, var_929, adj_931, adj_30, adj_929, adj_932);
        if (var_931) {
            wp::adj_assign(var_30, var_929, adj_30, adj_929);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_930, adj_928, adj_929);
        wp::adj_address(var_entries, var_922, var_927, adj_entries, adj_922, adj_927, adj_928);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_32;
    end_for_32:;
    wp::adj_range(var_924, adj_924, adj_926);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_925, var_24, adj_923, adj_24, adj_924);
    wp::adj_address(var_counts, var_922, adj_counts, adj_922, adj_923);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_921, adj_921, adj_922);
    wp::adj_vec_t(var_914, var_917, var_920, adj_914, adj_917, adj_920, adj_921);
    wp::adj_add(var_919, var_911, adj_919, adj_911, adj_920);
    wp::adj_extract(var_4, var_918, adj_4, adj_918, adj_919);
    wp::adj_add(var_916, var_854, adj_916, adj_854, adj_917);
    wp::adj_extract(var_4, var_915, adj_4, adj_915, adj_916);
    wp::adj_add(var_913, var_515, adj_913, adj_515, adj_914);
    wp::adj_extract(var_4, var_912, adj_4, adj_912, adj_913);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_870 = wp::iter_reverse(var_870);
    start_for_30:;
        if (iter_cmp(var_870) == 0) goto end_for_30;
        var_871 = wp::iter_next(var_870);
    	adj_872 = {};
    	adj_873 = {};
    	adj_874 = {};
    	adj_875 = {};
    	adj_876 = {};
    	adj_877 = {};
    	adj_878 = {};
    	adj_879 = {};
    	adj_880 = {};
    	adj_881 = {};
    	adj_882 = {};
    	adj_883 = {};
    	adj_884 = {};
    	adj_885 = {};
    	adj_886 = {};
    	adj_887 = {};
    	adj_888 = {};
    	adj_889 = {};
    	adj_890 = {};
    	adj_891 = {};
    	adj_892 = {};
    	adj_893 = {};
    	adj_894 = {};
    	adj_895 = {};
    	adj_896 = {};
    	adj_897 = {};
    	adj_898 = {};
    	adj_899 = {};
    	adj_900 = {};
    	adj_901 = {};
    	adj_902 = {};
    	adj_903 = {};
    	adj_904 = {};
    	adj_905 = {};
    	adj_906 = {};
    	adj_907 = {};
    	adj_908 = {};
    	adj_909 = {};
    	adj_910 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_872 = wp::address(var_entries, var_866, var_871);
        var_874 = wp::load(var_872);
        var_873 = wp::copy(var_874);
        // if j <= i:                                                                         <L 41>
        var_875 = (var_873 <= var_0);
        if (var_875) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_873);
            goto start_for_30;
        }
        var_876 = wp::where(var_875, var_30, var_873);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_878 = wp::extract(var_6, var_877);
        var_879 = (var_876 == var_878);
        var_881 = wp::extract(var_6, var_880);
        var_882 = (var_876 == var_881);
        var_884 = wp::extract(var_6, var_883);
        var_885 = (var_876 == var_884);
        var_887 = wp::extract(var_6, var_886);
        var_888 = (var_876 == var_887);
        var_889 = var_879 || var_882 || var_885 || var_888;
        if (var_889) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_876);
            goto start_for_30;
        }
        var_890 = wp::where(var_889, var_30, var_876);
        // d = p - x[j]                                                                       <L 45>
        var_891 = wp::address(var_x, var_890);
        var_893 = wp::load(var_891);
        var_892 = wp::sub(var_2, var_893);
        // l = wp.length(d)                                                                   <L 46>
        var_894 = wp::length(var_892);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_895 = (var_894 < var_thickness);
        var_897 = (var_894 > var_896);
        var_898 = var_895 && var_897;
        if (var_898) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_899 = wp::sub(var_thickness, var_894);
            var_900 = wp::div(var_899, var_894);
            var_902 = wp::mul(var_900, var_901);
            var_903 = wp::mul(var_892, var_902);
            // corr += push                                                                   <L 49>
            var_904 = wp::add(var_8, var_903);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_905 = wp::atomic_sub(var_dx, var_890, var_903);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_908 = wp::atomic_add(var_contacts, var_906, var_907);
        }
        var_909 = wp::where(var_898, var_904, var_8);
        var_910 = wp::where(var_898, var_903, var_58);
        wp::assign(var_8, var_909);
        wp::assign(var_30, var_890);
        wp::assign(var_47, var_892);
        wp::assign(var_49, var_894);
        wp::assign(var_58, var_910);
        wp::adj_assign(var_58, var_910, adj_58, adj_910);
        wp::adj_assign(var_49, var_894, adj_49, adj_894);
        wp::adj_assign(var_47, var_892, adj_47, adj_892);
        wp::adj_assign(var_30, var_890, adj_30, adj_890);
        wp::adj_assign(var_8, var_909, adj_8, adj_909);
        wp::adj_where(var_898, var_903, var_58, adj_898, adj_903, adj_58, adj_910);
        wp::adj_where(var_898, var_904, var_8, adj_898, adj_904, adj_8, adj_909);
        if (var_898) {
            wp::adj_atomic_add(var_contacts, var_906, var_907, adj_contacts, adj_906, adj_907, adj_908);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_890, var_903, adj_dx, adj_890, adj_903, adj_905);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_903, adj_8, adj_903, adj_904);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_892, var_902, adj_892, adj_902, adj_903);
            wp::adj_mul(var_900, var_901, adj_900, adj_901, adj_902);
            wp::adj_div(var_899, var_894, var_900, adj_899, adj_894, adj_900);
            wp::adj_sub(var_thickness, var_894, adj_thickness, adj_894, adj_899);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_892, var_894, adj_892, adj_894);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_893, adj_2, adj_891, adj_892);
        wp::adj_address(var_x, var_890, adj_x, adj_890, adj_891);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_889, var_30, var_876, adj_889, adj_30, adj_876, adj_890);
        if (var_889) {
            wp::adj_assign(var_30, var_876, adj_30, adj_876);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_886, adj_6, adj_886, adj_887);
        wp::adj_extract(var_6, var_883, adj_6, adj_883, adj_884);
        wp::adj_extract(var_6, var_880, adj_6, adj_880, adj_881);
        wp::adj_extract(var_6, var_877, adj_6, adj_877, adj_878);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_875, var_30, var_873, adj_875, adj_30, adj_873, adj_876);
        if (var_875) {
            wp::adj_assign(var_30, var_873, adj_30, adj_873);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_874, adj_872, adj_873);
        wp::adj_address(var_entries, var_866, var_871, adj_entries, adj_866, adj_871, adj_872);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_30;
    end_for_30:;
    wp::adj_range(var_868, adj_868, adj_870);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_869, var_24, adj_867, adj_24, adj_868);
    wp::adj_address(var_counts, var_866, adj_counts, adj_866, adj_867);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_865, adj_865, adj_866);
    wp::adj_vec_t(var_858, var_861, var_864, adj_858, adj_861, adj_864, adj_865);
    wp::adj_add(var_863, var_855, adj_863, adj_855, adj_864);
    wp::adj_extract(var_4, var_862, adj_4, adj_862, adj_863);
    wp::adj_add(var_860, var_854, adj_860, adj_854, adj_861);
    wp::adj_extract(var_4, var_859, adj_4, adj_859, adj_860);
    wp::adj_add(var_857, var_515, adj_857, adj_515, adj_858);
    wp::adj_extract(var_4, var_856, adj_4, adj_856, adj_857);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    // adj: for oz in range(-1, 2):                                                           <L 36>
    var_813 = wp::iter_reverse(var_813);
    start_for_28:;
        if (iter_cmp(var_813) == 0) goto end_for_28;
        var_814 = wp::iter_next(var_813);
    	adj_815 = {};
    	adj_816 = {};
    	adj_817 = {};
    	adj_818 = {};
    	adj_819 = {};
    	adj_820 = {};
    	adj_821 = {};
    	adj_822 = {};
    	adj_823 = {};
    	adj_824 = {};
    	adj_825 = {};
    	adj_826 = {};
    	adj_827 = {};
    	adj_828 = {};
    	adj_829 = {};
    	adj_830 = {};
    	adj_831 = {};
    	adj_832 = {};
    	adj_833 = {};
    	adj_834 = {};
    	adj_835 = {};
    	adj_836 = {};
    	adj_837 = {};
    	adj_838 = {};
    	adj_839 = {};
    	adj_840 = {};
    	adj_841 = {};
    	adj_842 = {};
    	adj_843 = {};
    	adj_844 = {};
    	adj_845 = {};
    	adj_846 = {};
    	adj_847 = {};
    	adj_848 = {};
    	adj_849 = {};
    	adj_850 = {};
    	adj_851 = {};
    	adj_852 = {};
    	adj_853 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_815 = wp::address(var_entries, var_809, var_814);
        var_817 = wp::load(var_815);
        var_816 = wp::copy(var_817);
        // if j <= i:                                                                         <L 41>
        var_818 = (var_816 <= var_0);
        if (var_818) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_816);
            goto start_for_28;
        }
        var_819 = wp::where(var_818, var_30, var_816);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_821 = wp::extract(var_6, var_820);
        var_822 = (var_819 == var_821);
        var_824 = wp::extract(var_6, var_823);
        var_825 = (var_819 == var_824);
        var_827 = wp::extract(var_6, var_826);
        var_828 = (var_819 == var_827);
        var_830 = wp::extract(var_6, var_829);
        var_831 = (var_819 == var_830);
        var_832 = var_822 || var_825 || var_828 || var_831;
        if (var_832) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_819);
            goto start_for_28;
        }
        var_833 = wp::where(var_832, var_30, var_819);
        // d = p - x[j]                                                                       <L 45>
        var_834 = wp::address(var_x, var_833);
        var_836 = wp::load(var_834);
        var_835 = wp::sub(var_2, var_836);
        // l = wp.length(d)                                                                   <L 46>
        var_837 = wp::length(var_835);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_838 = (var_837 < var_thickness);
        var_840 = (var_837 > var_839);
        var_841 = var_838 && var_840;
        if (var_841) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_842 = wp::sub(var_thickness, var_837);
            var_843 = wp::div(var_842, var_837);
            var_845 = wp::mul(var_843, var_844);
            var_846 = wp::mul(var_835, var_845);
            // corr += push                                                                   <L 49>
            var_847 = wp::add(var_8, var_846);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_848 = wp::atomic_sub(var_dx, var_833, var_846);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_851 = wp::atomic_add(var_contacts, var_849, var_850);
        }
        var_852 = wp::where(var_841, var_847, var_8);
        var_853 = wp::where(var_841, var_846, var_58);
        wp::assign(var_8, var_852);
        wp::assign(var_30, var_833);
        wp::assign(var_47, var_835);
        wp::assign(var_49, var_837);
        wp::assign(var_58, var_853);
        wp::adj_assign(var_58, var_853, adj_58, adj_853);
        wp::adj_assign(var_49, var_837, adj_49, adj_837);
        wp::adj_assign(var_47, var_835, adj_47, adj_835);
        wp::adj_assign(var_30, var_833, adj_30, adj_833);
        wp::adj_assign(var_8, var_852, adj_8, adj_852);
        wp::adj_where(var_841, var_846, var_58, adj_841, adj_846, adj_58, adj_853);
        wp::adj_where(var_841, var_847, var_8, adj_841, adj_847, adj_8, adj_852);
        if (var_841) {
            wp::adj_atomic_add(var_contacts, var_849, var_850, adj_contacts, adj_849, adj_850, adj_851);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_833, var_846, adj_dx, adj_833, adj_846, adj_848);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_846, adj_8, adj_846, adj_847);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_835, var_845, adj_835, adj_845, adj_846);
            wp::adj_mul(var_843, var_844, adj_843, adj_844, adj_845);
            wp::adj_div(var_842, var_837, var_843, adj_842, adj_837, adj_843);
            wp::adj_sub(var_thickness, var_837, adj_thickness, adj_837, adj_842);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_835, var_837, adj_835, adj_837);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_836, adj_2, adj_834, adj_835);
        wp::adj_address(var_x, var_833, adj_x, adj_833, adj_834);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_832, var_30, var_819, adj_832, adj_30, adj_819, adj_833);
        if (var_832) {
            wp::adj_assign(var_30, var_819, adj_30, adj_819);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_829, adj_6, adj_829, adj_830);
        wp::adj_extract(var_6, var_826, adj_6, adj_826, adj_827);
        wp::adj_extract(var_6, var_823, adj_6, adj_823, adj_824);
        wp::adj_extract(var_6, var_820, adj_6, adj_820, adj_821);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_818, var_30, var_816, adj_818, adj_30, adj_816, adj_819);
        if (var_818) {
            wp::adj_assign(var_30, var_816, adj_30, adj_816);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_817, adj_815, adj_816);
        wp::adj_address(var_entries, var_809, var_814, adj_entries, adj_809, adj_814, adj_815);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_28;
    end_for_28:;
    wp::adj_range(var_811, adj_811, adj_813);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_812, var_24, adj_810, adj_24, adj_811);
    wp::adj_address(var_counts, var_809, adj_counts, adj_809, adj_810);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_808, adj_808, adj_809);
    wp::adj_vec_t(var_801, var_804, var_807, adj_801, adj_804, adj_807, adj_808);
    wp::adj_add(var_806, var_798, adj_806, adj_798, adj_807);
    wp::adj_extract(var_4, var_805, adj_4, adj_805, adj_806);
    wp::adj_add(var_803, var_685, adj_803, adj_685, adj_804);
    wp::adj_extract(var_4, var_802, adj_4, adj_802, adj_803);
    wp::adj_add(var_800, var_515, adj_800, adj_515, adj_801);
    wp::adj_extract(var_4, var_799, adj_4, adj_799, adj_800);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_757 = wp::iter_reverse(var_757);
    start_for_26:;
        if (iter_cmp(var_757) == 0) goto end_for_26;
        var_758 = wp::iter_next(var_757);
    	adj_759 = {};
    	adj_760 = {};
    	adj_761 = {};
    	adj_762 = {};
    	adj_763 = {};
    	adj_764 = {};
    	adj_765 = {};
    	adj_766 = {};
    	adj_767 = {};
    	adj_768 = {};
    	adj_769 = {};
    	adj_770 = {};
    	adj_771 = {};
    	adj_772 = {};
    	adj_773 = {};
    	adj_774 = {};
    	adj_775 = {};
    	adj_776 = {};
    	adj_777 = {};
    	adj_778 = {};
    	adj_779 = {};
    	adj_780 = {};
    	adj_781 = {};
    	adj_782 = {};
    	adj_783 = {};
    	adj_784 = {};
    	adj_785 = {};
    	adj_786 = {};
    	adj_787 = {};
    	adj_788 = {};
    	adj_789 = {};
    	adj_790 = {};
    	adj_791 = {};
    	adj_792 = {};
    	adj_793 = {};
    	adj_794 = {};
    	adj_795 = {};
    	adj_796 = {};
    	adj_797 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_759 = wp::address(var_entries, var_753, var_758);
        var_761 = wp::load(var_759);
        var_760 = wp::copy(var_761);
        // if j <= i:                                                                         <L 41>
        var_762 = (var_760 <= var_0);
        if (var_762) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_760);
            goto start_for_26;
        }
        var_763 = wp::where(var_762, var_30, var_760);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_765 = wp::extract(var_6, var_764);
        var_766 = (var_763 == var_765);
        var_768 = wp::extract(var_6, var_767);
        var_769 = (var_763 == var_768);
        var_771 = wp::extract(var_6, var_770);
        var_772 = (var_763 == var_771);
        var_774 = wp::extract(var_6, var_773);
        var_775 = (var_763 == var_774);
        var_776 = var_766 || var_769 || var_772 || var_775;
        if (var_776) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_763);
            goto start_for_26;
        }
        var_777 = wp::where(var_776, var_30, var_763);
        // d = p - x[j]                                                                       <L 45>
        var_778 = wp::address(var_x, var_777);
        var_780 = wp::load(var_778);
        var_779 = wp::sub(var_2, var_780);
        // l = wp.length(d)                                                                   <L 46>
        var_781 = wp::length(var_779);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_782 = (var_781 < var_thickness);
        var_784 = (var_781 > var_783);
        var_785 = var_782 && var_784;
        if (var_785) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_786 = wp::sub(var_thickness, var_781);
            var_787 = wp::div(var_786, var_781);
            var_789 = wp::mul(var_787, var_788);
            var_790 = wp::mul(var_779, var_789);
            // corr += push                                                                   <L 49>
            var_791 = wp::add(var_8, var_790);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_792 = wp::atomic_sub(var_dx, var_777, var_790);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_795 = wp::atomic_add(var_contacts, var_793, var_794);
        }
        var_796 = wp::where(var_785, var_791, var_8);
        var_797 = wp::where(var_785, var_790, var_58);
        wp::assign(var_8, var_796);
        wp::assign(var_30, var_777);
        wp::assign(var_47, var_779);
        wp::assign(var_49, var_781);
        wp::assign(var_58, var_797);
        wp::adj_assign(var_58, var_797, adj_58, adj_797);
        wp::adj_assign(var_49, var_781, adj_49, adj_781);
        wp::adj_assign(var_47, var_779, adj_47, adj_779);
        wp::adj_assign(var_30, var_777, adj_30, adj_777);
        wp::adj_assign(var_8, var_796, adj_8, adj_796);
        wp::adj_where(var_785, var_790, var_58, adj_785, adj_790, adj_58, adj_797);
        wp::adj_where(var_785, var_791, var_8, adj_785, adj_791, adj_8, adj_796);
        if (var_785) {
            wp::adj_atomic_add(var_contacts, var_793, var_794, adj_contacts, adj_793, adj_794, adj_795);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_777, var_790, adj_dx, adj_777, adj_790, adj_792);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_790, adj_8, adj_790, adj_791);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_779, var_789, adj_779, adj_789, adj_790);
            wp::adj_mul(var_787, var_788, adj_787, adj_788, adj_789);
            wp::adj_div(var_786, var_781, var_787, adj_786, adj_781, adj_787);
            wp::adj_sub(var_thickness, var_781, adj_thickness, adj_781, adj_786);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_779, var_781, adj_779, adj_781);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_780, adj_2, adj_778, adj_779);
        wp::adj_address(var_x, var_777, adj_x, adj_777, adj_778);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_776, var_30, var_763, adj_776, adj_30, adj_763, adj_777);
        if (var_776) {
            wp::adj_assign(var_30, var_763, adj_30, adj_763);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_773, adj_6, adj_773, adj_774);
        wp::adj_extract(var_6, var_770, adj_6, adj_770, adj_771);
        wp::adj_extract(var_6, var_767, adj_6, adj_767, adj_768);
        wp::adj_extract(var_6, var_764, adj_6, adj_764, adj_765);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_762, var_30, var_760, adj_762, adj_30, adj_760, adj_763);
        if (var_762) {
            wp::adj_assign(var_30, var_760, adj_30, adj_760);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_761, adj_759, adj_760);
        wp::adj_address(var_entries, var_753, var_758, adj_entries, adj_753, adj_758, adj_759);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_26;
    end_for_26:;
    wp::adj_range(var_755, adj_755, adj_757);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_756, var_24, adj_754, adj_24, adj_755);
    wp::adj_address(var_counts, var_753, adj_counts, adj_753, adj_754);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_752, adj_752, adj_753);
    wp::adj_vec_t(var_745, var_748, var_751, adj_745, adj_748, adj_751, adj_752);
    wp::adj_add(var_750, var_742, adj_750, adj_742, adj_751);
    wp::adj_extract(var_4, var_749, adj_4, adj_749, adj_750);
    wp::adj_add(var_747, var_685, adj_747, adj_685, adj_748);
    wp::adj_extract(var_4, var_746, adj_4, adj_746, adj_747);
    wp::adj_add(var_744, var_515, adj_744, adj_515, adj_745);
    wp::adj_extract(var_4, var_743, adj_4, adj_743, adj_744);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_701 = wp::iter_reverse(var_701);
    start_for_24:;
        if (iter_cmp(var_701) == 0) goto end_for_24;
        var_702 = wp::iter_next(var_701);
    	adj_703 = {};
    	adj_704 = {};
    	adj_705 = {};
    	adj_706 = {};
    	adj_707 = {};
    	adj_708 = {};
    	adj_709 = {};
    	adj_710 = {};
    	adj_711 = {};
    	adj_712 = {};
    	adj_713 = {};
    	adj_714 = {};
    	adj_715 = {};
    	adj_716 = {};
    	adj_717 = {};
    	adj_718 = {};
    	adj_719 = {};
    	adj_720 = {};
    	adj_721 = {};
    	adj_722 = {};
    	adj_723 = {};
    	adj_724 = {};
    	adj_725 = {};
    	adj_726 = {};
    	adj_727 = {};
    	adj_728 = {};
    	adj_729 = {};
    	adj_730 = {};
    	adj_731 = {};
    	adj_732 = {};
    	adj_733 = {};
    	adj_734 = {};
    	adj_735 = {};
    	adj_736 = {};
    	adj_737 = {};
    	adj_738 = {};
    	adj_739 = {};
    	adj_740 = {};
    	adj_741 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_703 = wp::address(var_entries, var_697, var_702);
        var_705 = wp::load(var_703);
        var_704 = wp::copy(var_705);
        // if j <= i:                                                                         <L 41>
        var_706 = (var_704 <= var_0);
        if (var_706) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_704);
            goto start_for_24;
        }
        var_707 = wp::where(var_706, var_30, var_704);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_709 = wp::extract(var_6, var_708);
        var_710 = (var_707 == var_709);
        var_712 = wp::extract(var_6, var_711);
        var_713 = (var_707 == var_712);
        var_715 = wp::extract(var_6, var_714);
        var_716 = (var_707 == var_715);
        var_718 = wp::extract(var_6, var_717);
        var_719 = (var_707 == var_718);
        var_720 = var_710 || var_713 || var_716 || var_719;
        if (var_720) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_707);
            goto start_for_24;
        }
        var_721 = wp::where(var_720, var_30, var_707);
        // d = p - x[j]                                                                       <L 45>
        var_722 = wp::address(var_x, var_721);
        var_724 = wp::load(var_722);
        var_723 = wp::sub(var_2, var_724);
        // l = wp.length(d)                                                                   <L 46>
        var_725 = wp::length(var_723);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_726 = (var_725 < var_thickness);
        var_728 = (var_725 > var_727);
        var_729 = var_726 && var_728;
        if (var_729) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_730 = wp::sub(var_thickness, var_725);
            var_731 = wp::div(var_730, var_725);
            var_733 = wp::mul(var_731, var_732);
            var_734 = wp::mul(var_723, var_733);
            // corr += push                                                                   <L 49>
            var_735 = wp::add(var_8, var_734);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_736 = wp::atomic_sub(var_dx, var_721, var_734);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_739 = wp::atomic_add(var_contacts, var_737, var_738);
        }
        var_740 = wp::where(var_729, var_735, var_8);
        var_741 = wp::where(var_729, var_734, var_58);
        wp::assign(var_8, var_740);
        wp::assign(var_30, var_721);
        wp::assign(var_47, var_723);
        wp::assign(var_49, var_725);
        wp::assign(var_58, var_741);
        wp::adj_assign(var_58, var_741, adj_58, adj_741);
        wp::adj_assign(var_49, var_725, adj_49, adj_725);
        wp::adj_assign(var_47, var_723, adj_47, adj_723);
        wp::adj_assign(var_30, var_721, adj_30, adj_721);
        wp::adj_assign(var_8, var_740, adj_8, adj_740);
        wp::adj_where(var_729, var_734, var_58, adj_729, adj_734, adj_58, adj_741);
        wp::adj_where(var_729, var_735, var_8, adj_729, adj_735, adj_8, adj_740);
        if (var_729) {
            wp::adj_atomic_add(var_contacts, var_737, var_738, adj_contacts, adj_737, adj_738, adj_739);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_721, var_734, adj_dx, adj_721, adj_734, adj_736);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_734, adj_8, adj_734, adj_735);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_723, var_733, adj_723, adj_733, adj_734);
            wp::adj_mul(var_731, var_732, adj_731, adj_732, adj_733);
            wp::adj_div(var_730, var_725, var_731, adj_730, adj_725, adj_731);
            wp::adj_sub(var_thickness, var_725, adj_thickness, adj_725, adj_730);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_723, var_725, adj_723, adj_725);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_724, adj_2, adj_722, adj_723);
        wp::adj_address(var_x, var_721, adj_x, adj_721, adj_722);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_720, var_30, var_707, adj_720, adj_30, adj_707, adj_721);
        if (var_720) {
            wp::adj_assign(var_30, var_707, adj_30, adj_707);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_717, adj_6, adj_717, adj_718);
        wp::adj_extract(var_6, var_714, adj_6, adj_714, adj_715);
        wp::adj_extract(var_6, var_711, adj_6, adj_711, adj_712);
        wp::adj_extract(var_6, var_708, adj_6, adj_708, adj_709);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_706, var_30, var_704, adj_706, adj_30, adj_704, adj_707);
        if (var_706) {
            wp::adj_assign(var_30, var_704, adj_30, adj_704);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_705, adj_703, adj_704);
        wp::adj_address(var_entries, var_697, var_702, adj_entries, adj_697, adj_702, adj_703);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_24;
    end_for_24:;
    wp::adj_range(var_699, adj_699, adj_701);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_700, var_24, adj_698, adj_24, adj_699);
    wp::adj_address(var_counts, var_697, adj_counts, adj_697, adj_698);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_696, adj_696, adj_697);
    wp::adj_vec_t(var_689, var_692, var_695, adj_689, adj_692, adj_695, adj_696);
    wp::adj_add(var_694, var_686, adj_694, adj_686, adj_695);
    wp::adj_extract(var_4, var_693, adj_4, adj_693, adj_694);
    wp::adj_add(var_691, var_685, adj_691, adj_685, adj_692);
    wp::adj_extract(var_4, var_690, adj_4, adj_690, adj_691);
    wp::adj_add(var_688, var_515, adj_688, adj_515, adj_689);
    wp::adj_extract(var_4, var_687, adj_4, adj_687, adj_688);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    // adj: for oz in range(-1, 2):                                                           <L 36>
    var_644 = wp::iter_reverse(var_644);
    start_for_22:;
        if (iter_cmp(var_644) == 0) goto end_for_22;
        var_645 = wp::iter_next(var_644);
    	adj_646 = {};
    	adj_647 = {};
    	adj_648 = {};
    	adj_649 = {};
    	adj_650 = {};
    	adj_651 = {};
    	adj_652 = {};
    	adj_653 = {};
    	adj_654 = {};
    	adj_655 = {};
    	adj_656 = {};
    	adj_657 = {};
    	adj_658 = {};
    	adj_659 = {};
    	adj_660 = {};
    	adj_661 = {};
    	adj_662 = {};
    	adj_663 = {};
    	adj_664 = {};
    	adj_665 = {};
    	adj_666 = {};
    	adj_667 = {};
    	adj_668 = {};
    	adj_669 = {};
    	adj_670 = {};
    	adj_671 = {};
    	adj_672 = {};
    	adj_673 = {};
    	adj_674 = {};
    	adj_675 = {};
    	adj_676 = {};
    	adj_677 = {};
    	adj_678 = {};
    	adj_679 = {};
    	adj_680 = {};
    	adj_681 = {};
    	adj_682 = {};
    	adj_683 = {};
    	adj_684 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_646 = wp::address(var_entries, var_640, var_645);
        var_648 = wp::load(var_646);
        var_647 = wp::copy(var_648);
        // if j <= i:                                                                         <L 41>
        var_649 = (var_647 <= var_0);
        if (var_649) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_647);
            goto start_for_22;
        }
        var_650 = wp::where(var_649, var_30, var_647);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_652 = wp::extract(var_6, var_651);
        var_653 = (var_650 == var_652);
        var_655 = wp::extract(var_6, var_654);
        var_656 = (var_650 == var_655);
        var_658 = wp::extract(var_6, var_657);
        var_659 = (var_650 == var_658);
        var_661 = wp::extract(var_6, var_660);
        var_662 = (var_650 == var_661);
        var_663 = var_653 || var_656 || var_659 || var_662;
        if (var_663) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_650);
            goto start_for_22;
        }
        var_664 = wp::where(var_663, var_30, var_650);
        // d = p - x[j]                                                                       <L 45>
        var_665 = wp::address(var_x, var_664);
        var_667 = wp::load(var_665);
        var_666 = wp::sub(var_2, var_667);
        // l = wp.length(d)                                                                   <L 46>
        var_668 = wp::length(var_666);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_669 = (var_668 < var_thickness);
        var_671 = (var_668 > var_670);
        var_672 = var_669 && var_671;
        if (var_672) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_673 = wp::sub(var_thickness, var_668);
            var_674 = wp::div(var_673, var_668);
            var_676 = wp::mul(var_674, var_675);
            var_677 = wp::mul(var_666, var_676);
            // corr += push                                                                   <L 49>
            var_678 = wp::add(var_8, var_677);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_679 = wp::atomic_sub(var_dx, var_664, var_677);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_682 = wp::atomic_add(var_contacts, var_680, var_681);
        }
        var_683 = wp::where(var_672, var_678, var_8);
        var_684 = wp::where(var_672, var_677, var_58);
        wp::assign(var_8, var_683);
        wp::assign(var_30, var_664);
        wp::assign(var_47, var_666);
        wp::assign(var_49, var_668);
        wp::assign(var_58, var_684);
        wp::adj_assign(var_58, var_684, adj_58, adj_684);
        wp::adj_assign(var_49, var_668, adj_49, adj_668);
        wp::adj_assign(var_47, var_666, adj_47, adj_666);
        wp::adj_assign(var_30, var_664, adj_30, adj_664);
        wp::adj_assign(var_8, var_683, adj_8, adj_683);
        wp::adj_where(var_672, var_677, var_58, adj_672, adj_677, adj_58, adj_684);
        wp::adj_where(var_672, var_678, var_8, adj_672, adj_678, adj_8, adj_683);
        if (var_672) {
            wp::adj_atomic_add(var_contacts, var_680, var_681, adj_contacts, adj_680, adj_681, adj_682);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_664, var_677, adj_dx, adj_664, adj_677, adj_679);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_677, adj_8, adj_677, adj_678);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_666, var_676, adj_666, adj_676, adj_677);
            wp::adj_mul(var_674, var_675, adj_674, adj_675, adj_676);
            wp::adj_div(var_673, var_668, var_674, adj_673, adj_668, adj_674);
            wp::adj_sub(var_thickness, var_668, adj_thickness, adj_668, adj_673);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_666, var_668, adj_666, adj_668);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_667, adj_2, adj_665, adj_666);
        wp::adj_address(var_x, var_664, adj_x, adj_664, adj_665);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_663, var_30, var_650, adj_663, adj_30, adj_650, adj_664);
        if (var_663) {
            wp::adj_assign(var_30, var_650, adj_30, adj_650);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_660, adj_6, adj_660, adj_661);
        wp::adj_extract(var_6, var_657, adj_6, adj_657, adj_658);
        wp::adj_extract(var_6, var_654, adj_6, adj_654, adj_655);
        wp::adj_extract(var_6, var_651, adj_6, adj_651, adj_652);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_649, var_30, var_647, adj_649, adj_30, adj_647, adj_650);
        if (var_649) {
            wp::adj_assign(var_30, var_647, adj_30, adj_647);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_648, adj_646, adj_647);
        wp::adj_address(var_entries, var_640, var_645, adj_entries, adj_640, adj_645, adj_646);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_22;
    end_for_22:;
    wp::adj_range(var_642, adj_642, adj_644);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_643, var_24, adj_641, adj_24, adj_642);
    wp::adj_address(var_counts, var_640, adj_counts, adj_640, adj_641);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_639, adj_639, adj_640);
    wp::adj_vec_t(var_632, var_635, var_638, adj_632, adj_635, adj_638, adj_639);
    wp::adj_add(var_637, var_629, adj_637, adj_629, adj_638);
    wp::adj_extract(var_4, var_636, adj_4, adj_636, adj_637);
    wp::adj_add(var_634, var_516, adj_634, adj_516, adj_635);
    wp::adj_extract(var_4, var_633, adj_4, adj_633, adj_634);
    wp::adj_add(var_631, var_515, adj_631, adj_515, adj_632);
    wp::adj_extract(var_4, var_630, adj_4, adj_630, adj_631);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_588 = wp::iter_reverse(var_588);
    start_for_20:;
        if (iter_cmp(var_588) == 0) goto end_for_20;
        var_589 = wp::iter_next(var_588);
    	adj_590 = {};
    	adj_591 = {};
    	adj_592 = {};
    	adj_593 = {};
    	adj_594 = {};
    	adj_595 = {};
    	adj_596 = {};
    	adj_597 = {};
    	adj_598 = {};
    	adj_599 = {};
    	adj_600 = {};
    	adj_601 = {};
    	adj_602 = {};
    	adj_603 = {};
    	adj_604 = {};
    	adj_605 = {};
    	adj_606 = {};
    	adj_607 = {};
    	adj_608 = {};
    	adj_609 = {};
    	adj_610 = {};
    	adj_611 = {};
    	adj_612 = {};
    	adj_613 = {};
    	adj_614 = {};
    	adj_615 = {};
    	adj_616 = {};
    	adj_617 = {};
    	adj_618 = {};
    	adj_619 = {};
    	adj_620 = {};
    	adj_621 = {};
    	adj_622 = {};
    	adj_623 = {};
    	adj_624 = {};
    	adj_625 = {};
    	adj_626 = {};
    	adj_627 = {};
    	adj_628 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_590 = wp::address(var_entries, var_584, var_589);
        var_592 = wp::load(var_590);
        var_591 = wp::copy(var_592);
        // if j <= i:                                                                         <L 41>
        var_593 = (var_591 <= var_0);
        if (var_593) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_591);
            goto start_for_20;
        }
        var_594 = wp::where(var_593, var_30, var_591);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_596 = wp::extract(var_6, var_595);
        var_597 = (var_594 == var_596);
        var_599 = wp::extract(var_6, var_598);
        var_600 = (var_594 == var_599);
        var_602 = wp::extract(var_6, var_601);
        var_603 = (var_594 == var_602);
        var_605 = wp::extract(var_6, var_604);
        var_606 = (var_594 == var_605);
        var_607 = var_597 || var_600 || var_603 || var_606;
        if (var_607) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_594);
            goto start_for_20;
        }
        var_608 = wp::where(var_607, var_30, var_594);
        // d = p - x[j]                                                                       <L 45>
        var_609 = wp::address(var_x, var_608);
        var_611 = wp::load(var_609);
        var_610 = wp::sub(var_2, var_611);
        // l = wp.length(d)                                                                   <L 46>
        var_612 = wp::length(var_610);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_613 = (var_612 < var_thickness);
        var_615 = (var_612 > var_614);
        var_616 = var_613 && var_615;
        if (var_616) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_617 = wp::sub(var_thickness, var_612);
            var_618 = wp::div(var_617, var_612);
            var_620 = wp::mul(var_618, var_619);
            var_621 = wp::mul(var_610, var_620);
            // corr += push                                                                   <L 49>
            var_622 = wp::add(var_8, var_621);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_623 = wp::atomic_sub(var_dx, var_608, var_621);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_626 = wp::atomic_add(var_contacts, var_624, var_625);
        }
        var_627 = wp::where(var_616, var_622, var_8);
        var_628 = wp::where(var_616, var_621, var_58);
        wp::assign(var_8, var_627);
        wp::assign(var_30, var_608);
        wp::assign(var_47, var_610);
        wp::assign(var_49, var_612);
        wp::assign(var_58, var_628);
        wp::adj_assign(var_58, var_628, adj_58, adj_628);
        wp::adj_assign(var_49, var_612, adj_49, adj_612);
        wp::adj_assign(var_47, var_610, adj_47, adj_610);
        wp::adj_assign(var_30, var_608, adj_30, adj_608);
        wp::adj_assign(var_8, var_627, adj_8, adj_627);
        wp::adj_where(var_616, var_621, var_58, adj_616, adj_621, adj_58, adj_628);
        wp::adj_where(var_616, var_622, var_8, adj_616, adj_622, adj_8, adj_627);
        if (var_616) {
            wp::adj_atomic_add(var_contacts, var_624, var_625, adj_contacts, adj_624, adj_625, adj_626);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_608, var_621, adj_dx, adj_608, adj_621, adj_623);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_621, adj_8, adj_621, adj_622);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_610, var_620, adj_610, adj_620, adj_621);
            wp::adj_mul(var_618, var_619, adj_618, adj_619, adj_620);
            wp::adj_div(var_617, var_612, var_618, adj_617, adj_612, adj_618);
            wp::adj_sub(var_thickness, var_612, adj_thickness, adj_612, adj_617);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_610, var_612, adj_610, adj_612);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_611, adj_2, adj_609, adj_610);
        wp::adj_address(var_x, var_608, adj_x, adj_608, adj_609);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_607, var_30, var_594, adj_607, adj_30, adj_594, adj_608);
        if (var_607) {
            wp::adj_assign(var_30, var_594, adj_30, adj_594);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_604, adj_6, adj_604, adj_605);
        wp::adj_extract(var_6, var_601, adj_6, adj_601, adj_602);
        wp::adj_extract(var_6, var_598, adj_6, adj_598, adj_599);
        wp::adj_extract(var_6, var_595, adj_6, adj_595, adj_596);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_593, var_30, var_591, adj_593, adj_30, adj_591, adj_594);
        if (var_593) {
            wp::adj_assign(var_30, var_591, adj_30, adj_591);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_592, adj_590, adj_591);
        wp::adj_address(var_entries, var_584, var_589, adj_entries, adj_584, adj_589, adj_590);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_20;
    end_for_20:;
    wp::adj_range(var_586, adj_586, adj_588);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_587, var_24, adj_585, adj_24, adj_586);
    wp::adj_address(var_counts, var_584, adj_counts, adj_584, adj_585);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_583, adj_583, adj_584);
    wp::adj_vec_t(var_576, var_579, var_582, adj_576, adj_579, adj_582, adj_583);
    wp::adj_add(var_581, var_573, adj_581, adj_573, adj_582);
    wp::adj_extract(var_4, var_580, adj_4, adj_580, adj_581);
    wp::adj_add(var_578, var_516, adj_578, adj_516, adj_579);
    wp::adj_extract(var_4, var_577, adj_4, adj_577, adj_578);
    wp::adj_add(var_575, var_515, adj_575, adj_515, adj_576);
    wp::adj_extract(var_4, var_574, adj_4, adj_574, adj_575);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_532 = wp::iter_reverse(var_532);
    start_for_18:;
        if (iter_cmp(var_532) == 0) goto end_for_18;
        var_533 = wp::iter_next(var_532);
    	adj_534 = {};
    	adj_535 = {};
    	adj_536 = {};
    	adj_537 = {};
    	adj_538 = {};
    	adj_539 = {};
    	adj_540 = {};
    	adj_541 = {};
    	adj_542 = {};
    	adj_543 = {};
    	adj_544 = {};
    	adj_545 = {};
    	adj_546 = {};
    	adj_547 = {};
    	adj_548 = {};
    	adj_549 = {};
    	adj_550 = {};
    	adj_551 = {};
    	adj_552 = {};
    	adj_553 = {};
    	adj_554 = {};
    	adj_555 = {};
    	adj_556 = {};
    	adj_557 = {};
    	adj_558 = {};
    	adj_559 = {};
    	adj_560 = {};
    	adj_561 = {};
    	adj_562 = {};
    	adj_563 = {};
    	adj_564 = {};
    	adj_565 = {};
    	adj_566 = {};
    	adj_567 = {};
    	adj_568 = {};
    	adj_569 = {};
    	adj_570 = {};
    	adj_571 = {};
    	adj_572 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_534 = wp::address(var_entries, var_528, var_533);
        var_536 = wp::load(var_534);
        var_535 = wp::copy(var_536);
        // if j <= i:                                                                         <L 41>
        var_537 = (var_535 <= var_0);
        if (var_537) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_535);
            goto start_for_18;
        }
        var_538 = wp::where(var_537, var_30, var_535);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_540 = wp::extract(var_6, var_539);
        var_541 = (var_538 == var_540);
        var_543 = wp::extract(var_6, var_542);
        var_544 = (var_538 == var_543);
        var_546 = wp::extract(var_6, var_545);
        var_547 = (var_538 == var_546);
        var_549 = wp::extract(var_6, var_548);
        var_550 = (var_538 == var_549);
        var_551 = var_541 || var_544 || var_547 || var_550;
        if (var_551) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_538);
            goto start_for_18;
        }
        var_552 = wp::where(var_551, var_30, var_538);
        // d = p - x[j]                                                                       <L 45>
        var_553 = wp::address(var_x, var_552);
        var_555 = wp::load(var_553);
        var_554 = wp::sub(var_2, var_555);
        // l = wp.length(d)                                                                   <L 46>
        var_556 = wp::length(var_554);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_557 = (var_556 < var_thickness);
        var_559 = (var_556 > var_558);
        var_560 = var_557 && var_559;
        if (var_560) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_561 = wp::sub(var_thickness, var_556);
            var_562 = wp::div(var_561, var_556);
            var_564 = wp::mul(var_562, var_563);
            var_565 = wp::mul(var_554, var_564);
            // corr += push                                                                   <L 49>
            var_566 = wp::add(var_8, var_565);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_567 = wp::atomic_sub(var_dx, var_552, var_565);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_570 = wp::atomic_add(var_contacts, var_568, var_569);
        }
        var_571 = wp::where(var_560, var_566, var_8);
        var_572 = wp::where(var_560, var_565, var_58);
        wp::assign(var_8, var_571);
        wp::assign(var_30, var_552);
        wp::assign(var_47, var_554);
        wp::assign(var_49, var_556);
        wp::assign(var_58, var_572);
        wp::adj_assign(var_58, var_572, adj_58, adj_572);
        wp::adj_assign(var_49, var_556, adj_49, adj_556);
        wp::adj_assign(var_47, var_554, adj_47, adj_554);
        wp::adj_assign(var_30, var_552, adj_30, adj_552);
        wp::adj_assign(var_8, var_571, adj_8, adj_571);
        wp::adj_where(var_560, var_565, var_58, adj_560, adj_565, adj_58, adj_572);
        wp::adj_where(var_560, var_566, var_8, adj_560, adj_566, adj_8, adj_571);
        if (var_560) {
            wp::adj_atomic_add(var_contacts, var_568, var_569, adj_contacts, adj_568, adj_569, adj_570);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_552, var_565, adj_dx, adj_552, adj_565, adj_567);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_565, adj_8, adj_565, adj_566);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_554, var_564, adj_554, adj_564, adj_565);
            wp::adj_mul(var_562, var_563, adj_562, adj_563, adj_564);
            wp::adj_div(var_561, var_556, var_562, adj_561, adj_556, adj_562);
            wp::adj_sub(var_thickness, var_556, adj_thickness, adj_556, adj_561);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_554, var_556, adj_554, adj_556);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_555, adj_2, adj_553, adj_554);
        wp::adj_address(var_x, var_552, adj_x, adj_552, adj_553);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_551, var_30, var_538, adj_551, adj_30, adj_538, adj_552);
        if (var_551) {
            wp::adj_assign(var_30, var_538, adj_30, adj_538);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_548, adj_6, adj_548, adj_549);
        wp::adj_extract(var_6, var_545, adj_6, adj_545, adj_546);
        wp::adj_extract(var_6, var_542, adj_6, adj_542, adj_543);
        wp::adj_extract(var_6, var_539, adj_6, adj_539, adj_540);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_537, var_30, var_535, adj_537, adj_30, adj_535, adj_538);
        if (var_537) {
            wp::adj_assign(var_30, var_535, adj_30, adj_535);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_536, adj_534, adj_535);
        wp::adj_address(var_entries, var_528, var_533, adj_entries, adj_528, adj_533, adj_534);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_18;
    end_for_18:;
    wp::adj_range(var_530, adj_530, adj_532);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_531, var_24, adj_529, adj_24, adj_530);
    wp::adj_address(var_counts, var_528, adj_counts, adj_528, adj_529);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_527, adj_527, adj_528);
    wp::adj_vec_t(var_520, var_523, var_526, adj_520, adj_523, adj_526, adj_527);
    wp::adj_add(var_525, var_517, adj_525, adj_517, adj_526);
    wp::adj_extract(var_4, var_524, adj_4, adj_524, adj_525);
    wp::adj_add(var_522, var_516, adj_522, adj_516, adj_523);
    wp::adj_extract(var_4, var_521, adj_4, adj_521, adj_522);
    wp::adj_add(var_519, var_515, adj_519, adj_515, adj_520);
    wp::adj_extract(var_4, var_518, adj_4, adj_518, adj_519);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    // adj: for oz in range(-1, 2):                                                           <L 36>
    // adj: for oy in range(-1, 2):                                                           <L 35>
    var_474 = wp::iter_reverse(var_474);
    start_for_16:;
        if (iter_cmp(var_474) == 0) goto end_for_16;
        var_475 = wp::iter_next(var_474);
    	adj_476 = {};
    	adj_477 = {};
    	adj_478 = {};
    	adj_479 = {};
    	adj_480 = {};
    	adj_481 = {};
    	adj_482 = {};
    	adj_483 = {};
    	adj_484 = {};
    	adj_485 = {};
    	adj_486 = {};
    	adj_487 = {};
    	adj_488 = {};
    	adj_489 = {};
    	adj_490 = {};
    	adj_491 = {};
    	adj_492 = {};
    	adj_493 = {};
    	adj_494 = {};
    	adj_495 = {};
    	adj_496 = {};
    	adj_497 = {};
    	adj_498 = {};
    	adj_499 = {};
    	adj_500 = {};
    	adj_501 = {};
    	adj_502 = {};
    	adj_503 = {};
    	adj_504 = {};
    	adj_505 = {};
    	adj_506 = {};
    	adj_507 = {};
    	adj_508 = {};
    	adj_509 = {};
    	adj_510 = {};
    	adj_511 = {};
    	adj_512 = {};
    	adj_513 = {};
    	adj_514 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_476 = wp::address(var_entries, var_470, var_475);
        var_478 = wp::load(var_476);
        var_477 = wp::copy(var_478);
        // if j <= i:                                                                         <L 41>
        var_479 = (var_477 <= var_0);
        if (var_479) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_477);
            goto start_for_16;
        }
        var_480 = wp::where(var_479, var_30, var_477);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_482 = wp::extract(var_6, var_481);
        var_483 = (var_480 == var_482);
        var_485 = wp::extract(var_6, var_484);
        var_486 = (var_480 == var_485);
        var_488 = wp::extract(var_6, var_487);
        var_489 = (var_480 == var_488);
        var_491 = wp::extract(var_6, var_490);
        var_492 = (var_480 == var_491);
        var_493 = var_483 || var_486 || var_489 || var_492;
        if (var_493) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_480);
            goto start_for_16;
        }
        var_494 = wp::where(var_493, var_30, var_480);
        // d = p - x[j]                                                                       <L 45>
        var_495 = wp::address(var_x, var_494);
        var_497 = wp::load(var_495);
        var_496 = wp::sub(var_2, var_497);
        // l = wp.length(d)                                                                   <L 46>
        var_498 = wp::length(var_496);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_499 = (var_498 < var_thickness);
        var_501 = (var_498 > var_500);
        var_502 = var_499 && var_501;
        if (var_502) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_503 = wp::sub(var_thickness, var_498);
            var_504 = wp::div(var_503, var_498);
            var_506 = wp::mul(var_504, var_505);
            var_507 = wp::mul(var_496, var_506);
            // corr += push                                                                   <L 49>
            var_508 = wp::add(var_8, var_507);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_509 = wp::atomic_sub(var_dx, var_494, var_507);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_512 = wp::atomic_add(var_contacts, var_510, var_511);
        }
        var_513 = wp::where(var_502, var_508, var_8);
        var_514 = wp::where(var_502, var_507, var_58);
        wp::assign(var_8, var_513);
        wp::assign(var_30, var_494);
        wp::assign(var_47, var_496);
        wp::assign(var_49, var_498);
        wp::assign(var_58, var_514);
        wp::adj_assign(var_58, var_514, adj_58, adj_514);
        wp::adj_assign(var_49, var_498, adj_49, adj_498);
        wp::adj_assign(var_47, var_496, adj_47, adj_496);
        wp::adj_assign(var_30, var_494, adj_30, adj_494);
        wp::adj_assign(var_8, var_513, adj_8, adj_513);
        wp::adj_where(var_502, var_507, var_58, adj_502, adj_507, adj_58, adj_514);
        wp::adj_where(var_502, var_508, var_8, adj_502, adj_508, adj_8, adj_513);
        if (var_502) {
            wp::adj_atomic_add(var_contacts, var_510, var_511, adj_contacts, adj_510, adj_511, adj_512);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_494, var_507, adj_dx, adj_494, adj_507, adj_509);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_507, adj_8, adj_507, adj_508);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_496, var_506, adj_496, adj_506, adj_507);
            wp::adj_mul(var_504, var_505, adj_504, adj_505, adj_506);
            wp::adj_div(var_503, var_498, var_504, adj_503, adj_498, adj_504);
            wp::adj_sub(var_thickness, var_498, adj_thickness, adj_498, adj_503);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_496, var_498, adj_496, adj_498);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_497, adj_2, adj_495, adj_496);
        wp::adj_address(var_x, var_494, adj_x, adj_494, adj_495);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_493, var_30, var_480, adj_493, adj_30, adj_480, adj_494);
        if (var_493) {
            wp::adj_assign(var_30, var_480, adj_30, adj_480);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_490, adj_6, adj_490, adj_491);
        wp::adj_extract(var_6, var_487, adj_6, adj_487, adj_488);
        wp::adj_extract(var_6, var_484, adj_6, adj_484, adj_485);
        wp::adj_extract(var_6, var_481, adj_6, adj_481, adj_482);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_479, var_30, var_477, adj_479, adj_30, adj_477, adj_480);
        if (var_479) {
            wp::adj_assign(var_30, var_477, adj_30, adj_477);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_478, adj_476, adj_477);
        wp::adj_address(var_entries, var_470, var_475, adj_entries, adj_470, adj_475, adj_476);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_16;
    end_for_16:;
    wp::adj_range(var_472, adj_472, adj_474);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_473, var_24, adj_471, adj_24, adj_472);
    wp::adj_address(var_counts, var_470, adj_counts, adj_470, adj_471);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_469, adj_469, adj_470);
    wp::adj_vec_t(var_462, var_465, var_468, adj_462, adj_465, adj_468, adj_469);
    wp::adj_add(var_467, var_459, adj_467, adj_459, adj_468);
    wp::adj_extract(var_4, var_466, adj_4, adj_466, adj_467);
    wp::adj_add(var_464, var_346, adj_464, adj_346, adj_465);
    wp::adj_extract(var_4, var_463, adj_4, adj_463, adj_464);
    wp::adj_add(var_461, var_9, adj_461, adj_9, adj_462);
    wp::adj_extract(var_4, var_460, adj_4, adj_460, adj_461);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_418 = wp::iter_reverse(var_418);
    start_for_14:;
        if (iter_cmp(var_418) == 0) goto end_for_14;
        var_419 = wp::iter_next(var_418);
    	adj_420 = {};
    	adj_421 = {};
    	adj_422 = {};
    	adj_423 = {};
    	adj_424 = {};
    	adj_425 = {};
    	adj_426 = {};
    	adj_427 = {};
    	adj_428 = {};
    	adj_429 = {};
    	adj_430 = {};
    	adj_431 = {};
    	adj_432 = {};
    	adj_433 = {};
    	adj_434 = {};
    	adj_435 = {};
    	adj_436 = {};
    	adj_437 = {};
    	adj_438 = {};
    	adj_439 = {};
    	adj_440 = {};
    	adj_441 = {};
    	adj_442 = {};
    	adj_443 = {};
    	adj_444 = {};
    	adj_445 = {};
    	adj_446 = {};
    	adj_447 = {};
    	adj_448 = {};
    	adj_449 = {};
    	adj_450 = {};
    	adj_451 = {};
    	adj_452 = {};
    	adj_453 = {};
    	adj_454 = {};
    	adj_455 = {};
    	adj_456 = {};
    	adj_457 = {};
    	adj_458 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_420 = wp::address(var_entries, var_414, var_419);
        var_422 = wp::load(var_420);
        var_421 = wp::copy(var_422);
        // if j <= i:                                                                         <L 41>
        var_423 = (var_421 <= var_0);
        if (var_423) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_421);
            goto start_for_14;
        }
        var_424 = wp::where(var_423, var_30, var_421);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_426 = wp::extract(var_6, var_425);
        var_427 = (var_424 == var_426);
        var_429 = wp::extract(var_6, var_428);
        var_430 = (var_424 == var_429);
        var_432 = wp::extract(var_6, var_431);
        var_433 = (var_424 == var_432);
        var_435 = wp::extract(var_6, var_434);
        var_436 = (var_424 == var_435);
        var_437 = var_427 || var_430 || var_433 || var_436;
        if (var_437) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_424);
            goto start_for_14;
        }
        var_438 = wp::where(var_437, var_30, var_424);
        // d = p - x[j]                                                                       <L 45>
        var_439 = wp::address(var_x, var_438);
        var_441 = wp::load(var_439);
        var_440 = wp::sub(var_2, var_441);
        // l = wp.length(d)                                                                   <L 46>
        var_442 = wp::length(var_440);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_443 = (var_442 < var_thickness);
        var_445 = (var_442 > var_444);
        var_446 = var_443 && var_445;
        if (var_446) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_447 = wp::sub(var_thickness, var_442);
            var_448 = wp::div(var_447, var_442);
            var_450 = wp::mul(var_448, var_449);
            var_451 = wp::mul(var_440, var_450);
            // corr += push                                                                   <L 49>
            var_452 = wp::add(var_8, var_451);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_453 = wp::atomic_sub(var_dx, var_438, var_451);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_456 = wp::atomic_add(var_contacts, var_454, var_455);
        }
        var_457 = wp::where(var_446, var_452, var_8);
        var_458 = wp::where(var_446, var_451, var_58);
        wp::assign(var_8, var_457);
        wp::assign(var_30, var_438);
        wp::assign(var_47, var_440);
        wp::assign(var_49, var_442);
        wp::assign(var_58, var_458);
        wp::adj_assign(var_58, var_458, adj_58, adj_458);
        wp::adj_assign(var_49, var_442, adj_49, adj_442);
        wp::adj_assign(var_47, var_440, adj_47, adj_440);
        wp::adj_assign(var_30, var_438, adj_30, adj_438);
        wp::adj_assign(var_8, var_457, adj_8, adj_457);
        wp::adj_where(var_446, var_451, var_58, adj_446, adj_451, adj_58, adj_458);
        wp::adj_where(var_446, var_452, var_8, adj_446, adj_452, adj_8, adj_457);
        if (var_446) {
            wp::adj_atomic_add(var_contacts, var_454, var_455, adj_contacts, adj_454, adj_455, adj_456);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_438, var_451, adj_dx, adj_438, adj_451, adj_453);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_451, adj_8, adj_451, adj_452);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_440, var_450, adj_440, adj_450, adj_451);
            wp::adj_mul(var_448, var_449, adj_448, adj_449, adj_450);
            wp::adj_div(var_447, var_442, var_448, adj_447, adj_442, adj_448);
            wp::adj_sub(var_thickness, var_442, adj_thickness, adj_442, adj_447);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_440, var_442, adj_440, adj_442);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_441, adj_2, adj_439, adj_440);
        wp::adj_address(var_x, var_438, adj_x, adj_438, adj_439);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_437, var_30, var_424, adj_437, adj_30, adj_424, adj_438);
        if (var_437) {
            wp::adj_assign(var_30, var_424, adj_30, adj_424);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_434, adj_6, adj_434, adj_435);
        wp::adj_extract(var_6, var_431, adj_6, adj_431, adj_432);
        wp::adj_extract(var_6, var_428, adj_6, adj_428, adj_429);
        wp::adj_extract(var_6, var_425, adj_6, adj_425, adj_426);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_423, var_30, var_421, adj_423, adj_30, adj_421, adj_424);
        if (var_423) {
            wp::adj_assign(var_30, var_421, adj_30, adj_421);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_422, adj_420, adj_421);
        wp::adj_address(var_entries, var_414, var_419, adj_entries, adj_414, adj_419, adj_420);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_14;
    end_for_14:;
    wp::adj_range(var_416, adj_416, adj_418);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_417, var_24, adj_415, adj_24, adj_416);
    wp::adj_address(var_counts, var_414, adj_counts, adj_414, adj_415);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_413, adj_413, adj_414);
    wp::adj_vec_t(var_406, var_409, var_412, adj_406, adj_409, adj_412, adj_413);
    wp::adj_add(var_411, var_403, adj_411, adj_403, adj_412);
    wp::adj_extract(var_4, var_410, adj_4, adj_410, adj_411);
    wp::adj_add(var_408, var_346, adj_408, adj_346, adj_409);
    wp::adj_extract(var_4, var_407, adj_4, adj_407, adj_408);
    wp::adj_add(var_405, var_9, adj_405, adj_9, adj_406);
    wp::adj_extract(var_4, var_404, adj_4, adj_404, adj_405);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_362 = wp::iter_reverse(var_362);
    start_for_12:;
        if (iter_cmp(var_362) == 0) goto end_for_12;
        var_363 = wp::iter_next(var_362);
    	adj_364 = {};
    	adj_365 = {};
    	adj_366 = {};
    	adj_367 = {};
    	adj_368 = {};
    	adj_369 = {};
    	adj_370 = {};
    	adj_371 = {};
    	adj_372 = {};
    	adj_373 = {};
    	adj_374 = {};
    	adj_375 = {};
    	adj_376 = {};
    	adj_377 = {};
    	adj_378 = {};
    	adj_379 = {};
    	adj_380 = {};
    	adj_381 = {};
    	adj_382 = {};
    	adj_383 = {};
    	adj_384 = {};
    	adj_385 = {};
    	adj_386 = {};
    	adj_387 = {};
    	adj_388 = {};
    	adj_389 = {};
    	adj_390 = {};
    	adj_391 = {};
    	adj_392 = {};
    	adj_393 = {};
    	adj_394 = {};
    	adj_395 = {};
    	adj_396 = {};
    	adj_397 = {};
    	adj_398 = {};
    	adj_399 = {};
    	adj_400 = {};
    	adj_401 = {};
    	adj_402 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_364 = wp::address(var_entries, var_358, var_363);
        var_366 = wp::load(var_364);
        var_365 = wp::copy(var_366);
        // if j <= i:                                                                         <L 41>
        var_367 = (var_365 <= var_0);
        if (var_367) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_365);
            goto start_for_12;
        }
        var_368 = wp::where(var_367, var_30, var_365);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_370 = wp::extract(var_6, var_369);
        var_371 = (var_368 == var_370);
        var_373 = wp::extract(var_6, var_372);
        var_374 = (var_368 == var_373);
        var_376 = wp::extract(var_6, var_375);
        var_377 = (var_368 == var_376);
        var_379 = wp::extract(var_6, var_378);
        var_380 = (var_368 == var_379);
        var_381 = var_371 || var_374 || var_377 || var_380;
        if (var_381) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_368);
            goto start_for_12;
        }
        var_382 = wp::where(var_381, var_30, var_368);
        // d = p - x[j]                                                                       <L 45>
        var_383 = wp::address(var_x, var_382);
        var_385 = wp::load(var_383);
        var_384 = wp::sub(var_2, var_385);
        // l = wp.length(d)                                                                   <L 46>
        var_386 = wp::length(var_384);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_387 = (var_386 < var_thickness);
        var_389 = (var_386 > var_388);
        var_390 = var_387 && var_389;
        if (var_390) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_391 = wp::sub(var_thickness, var_386);
            var_392 = wp::div(var_391, var_386);
            var_394 = wp::mul(var_392, var_393);
            var_395 = wp::mul(var_384, var_394);
            // corr += push                                                                   <L 49>
            var_396 = wp::add(var_8, var_395);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_397 = wp::atomic_sub(var_dx, var_382, var_395);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_400 = wp::atomic_add(var_contacts, var_398, var_399);
        }
        var_401 = wp::where(var_390, var_396, var_8);
        var_402 = wp::where(var_390, var_395, var_58);
        wp::assign(var_8, var_401);
        wp::assign(var_30, var_382);
        wp::assign(var_47, var_384);
        wp::assign(var_49, var_386);
        wp::assign(var_58, var_402);
        wp::adj_assign(var_58, var_402, adj_58, adj_402);
        wp::adj_assign(var_49, var_386, adj_49, adj_386);
        wp::adj_assign(var_47, var_384, adj_47, adj_384);
        wp::adj_assign(var_30, var_382, adj_30, adj_382);
        wp::adj_assign(var_8, var_401, adj_8, adj_401);
        wp::adj_where(var_390, var_395, var_58, adj_390, adj_395, adj_58, adj_402);
        wp::adj_where(var_390, var_396, var_8, adj_390, adj_396, adj_8, adj_401);
        if (var_390) {
            wp::adj_atomic_add(var_contacts, var_398, var_399, adj_contacts, adj_398, adj_399, adj_400);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_382, var_395, adj_dx, adj_382, adj_395, adj_397);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_395, adj_8, adj_395, adj_396);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_384, var_394, adj_384, adj_394, adj_395);
            wp::adj_mul(var_392, var_393, adj_392, adj_393, adj_394);
            wp::adj_div(var_391, var_386, var_392, adj_391, adj_386, adj_392);
            wp::adj_sub(var_thickness, var_386, adj_thickness, adj_386, adj_391);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_384, var_386, adj_384, adj_386);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_385, adj_2, adj_383, adj_384);
        wp::adj_address(var_x, var_382, adj_x, adj_382, adj_383);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_381, var_30, var_368, adj_381, adj_30, adj_368, adj_382);
        if (var_381) {
            wp::adj_assign(var_30, var_368, adj_30, adj_368);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_378, adj_6, adj_378, adj_379);
        wp::adj_extract(var_6, var_375, adj_6, adj_375, adj_376);
        wp::adj_extract(var_6, var_372, adj_6, adj_372, adj_373);
        wp::adj_extract(var_6, var_369, adj_6, adj_369, adj_370);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_367, var_30, var_365, adj_367, adj_30, adj_365, adj_368);
        if (var_367) {
            wp::adj_assign(var_30, var_365, adj_30, adj_365);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_366, adj_364, adj_365);
        wp::adj_address(var_entries, var_358, var_363, adj_entries, adj_358, adj_363, adj_364);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_12;
    end_for_12:;
    wp::adj_range(var_360, adj_360, adj_362);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_361, var_24, adj_359, adj_24, adj_360);
    wp::adj_address(var_counts, var_358, adj_counts, adj_358, adj_359);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_357, adj_357, adj_358);
    wp::adj_vec_t(var_350, var_353, var_356, adj_350, adj_353, adj_356, adj_357);
    wp::adj_add(var_355, var_347, adj_355, adj_347, adj_356);
    wp::adj_extract(var_4, var_354, adj_4, adj_354, adj_355);
    wp::adj_add(var_352, var_346, adj_352, adj_346, adj_353);
    wp::adj_extract(var_4, var_351, adj_4, adj_351, adj_352);
    wp::adj_add(var_349, var_9, adj_349, adj_9, adj_350);
    wp::adj_extract(var_4, var_348, adj_4, adj_348, adj_349);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    // adj: for oz in range(-1, 2):                                                           <L 36>
    var_305 = wp::iter_reverse(var_305);
    start_for_10:;
        if (iter_cmp(var_305) == 0) goto end_for_10;
        var_306 = wp::iter_next(var_305);
    	adj_307 = {};
    	adj_308 = {};
    	adj_309 = {};
    	adj_310 = {};
    	adj_311 = {};
    	adj_312 = {};
    	adj_313 = {};
    	adj_314 = {};
    	adj_315 = {};
    	adj_316 = {};
    	adj_317 = {};
    	adj_318 = {};
    	adj_319 = {};
    	adj_320 = {};
    	adj_321 = {};
    	adj_322 = {};
    	adj_323 = {};
    	adj_324 = {};
    	adj_325 = {};
    	adj_326 = {};
    	adj_327 = {};
    	adj_328 = {};
    	adj_329 = {};
    	adj_330 = {};
    	adj_331 = {};
    	adj_332 = {};
    	adj_333 = {};
    	adj_334 = {};
    	adj_335 = {};
    	adj_336 = {};
    	adj_337 = {};
    	adj_338 = {};
    	adj_339 = {};
    	adj_340 = {};
    	adj_341 = {};
    	adj_342 = {};
    	adj_343 = {};
    	adj_344 = {};
    	adj_345 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_307 = wp::address(var_entries, var_301, var_306);
        var_309 = wp::load(var_307);
        var_308 = wp::copy(var_309);
        // if j <= i:                                                                         <L 41>
        var_310 = (var_308 <= var_0);
        if (var_310) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_308);
            goto start_for_10;
        }
        var_311 = wp::where(var_310, var_30, var_308);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_313 = wp::extract(var_6, var_312);
        var_314 = (var_311 == var_313);
        var_316 = wp::extract(var_6, var_315);
        var_317 = (var_311 == var_316);
        var_319 = wp::extract(var_6, var_318);
        var_320 = (var_311 == var_319);
        var_322 = wp::extract(var_6, var_321);
        var_323 = (var_311 == var_322);
        var_324 = var_314 || var_317 || var_320 || var_323;
        if (var_324) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_311);
            goto start_for_10;
        }
        var_325 = wp::where(var_324, var_30, var_311);
        // d = p - x[j]                                                                       <L 45>
        var_326 = wp::address(var_x, var_325);
        var_328 = wp::load(var_326);
        var_327 = wp::sub(var_2, var_328);
        // l = wp.length(d)                                                                   <L 46>
        var_329 = wp::length(var_327);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_330 = (var_329 < var_thickness);
        var_332 = (var_329 > var_331);
        var_333 = var_330 && var_332;
        if (var_333) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_334 = wp::sub(var_thickness, var_329);
            var_335 = wp::div(var_334, var_329);
            var_337 = wp::mul(var_335, var_336);
            var_338 = wp::mul(var_327, var_337);
            // corr += push                                                                   <L 49>
            var_339 = wp::add(var_8, var_338);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_340 = wp::atomic_sub(var_dx, var_325, var_338);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_343 = wp::atomic_add(var_contacts, var_341, var_342);
        }
        var_344 = wp::where(var_333, var_339, var_8);
        var_345 = wp::where(var_333, var_338, var_58);
        wp::assign(var_8, var_344);
        wp::assign(var_30, var_325);
        wp::assign(var_47, var_327);
        wp::assign(var_49, var_329);
        wp::assign(var_58, var_345);
        wp::adj_assign(var_58, var_345, adj_58, adj_345);
        wp::adj_assign(var_49, var_329, adj_49, adj_329);
        wp::adj_assign(var_47, var_327, adj_47, adj_327);
        wp::adj_assign(var_30, var_325, adj_30, adj_325);
        wp::adj_assign(var_8, var_344, adj_8, adj_344);
        wp::adj_where(var_333, var_338, var_58, adj_333, adj_338, adj_58, adj_345);
        wp::adj_where(var_333, var_339, var_8, adj_333, adj_339, adj_8, adj_344);
        if (var_333) {
            wp::adj_atomic_add(var_contacts, var_341, var_342, adj_contacts, adj_341, adj_342, adj_343);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_325, var_338, adj_dx, adj_325, adj_338, adj_340);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_338, adj_8, adj_338, adj_339);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_327, var_337, adj_327, adj_337, adj_338);
            wp::adj_mul(var_335, var_336, adj_335, adj_336, adj_337);
            wp::adj_div(var_334, var_329, var_335, adj_334, adj_329, adj_335);
            wp::adj_sub(var_thickness, var_329, adj_thickness, adj_329, adj_334);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_327, var_329, adj_327, adj_329);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_328, adj_2, adj_326, adj_327);
        wp::adj_address(var_x, var_325, adj_x, adj_325, adj_326);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_324, var_30, var_311, adj_324, adj_30, adj_311, adj_325);
        if (var_324) {
            wp::adj_assign(var_30, var_311, adj_30, adj_311);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_321, adj_6, adj_321, adj_322);
        wp::adj_extract(var_6, var_318, adj_6, adj_318, adj_319);
        wp::adj_extract(var_6, var_315, adj_6, adj_315, adj_316);
        wp::adj_extract(var_6, var_312, adj_6, adj_312, adj_313);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_310, var_30, var_308, adj_310, adj_30, adj_308, adj_311);
        if (var_310) {
            wp::adj_assign(var_30, var_308, adj_30, adj_308);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_309, adj_307, adj_308);
        wp::adj_address(var_entries, var_301, var_306, adj_entries, adj_301, adj_306, adj_307);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_10;
    end_for_10:;
    wp::adj_range(var_303, adj_303, adj_305);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_304, var_24, adj_302, adj_24, adj_303);
    wp::adj_address(var_counts, var_301, adj_counts, adj_301, adj_302);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_300, adj_300, adj_301);
    wp::adj_vec_t(var_293, var_296, var_299, adj_293, adj_296, adj_299, adj_300);
    wp::adj_add(var_298, var_290, adj_298, adj_290, adj_299);
    wp::adj_extract(var_4, var_297, adj_4, adj_297, adj_298);
    wp::adj_add(var_295, var_177, adj_295, adj_177, adj_296);
    wp::adj_extract(var_4, var_294, adj_4, adj_294, adj_295);
    wp::adj_add(var_292, var_9, adj_292, adj_9, adj_293);
    wp::adj_extract(var_4, var_291, adj_4, adj_291, adj_292);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_249 = wp::iter_reverse(var_249);
    start_for_8:;
        if (iter_cmp(var_249) == 0) goto end_for_8;
        var_250 = wp::iter_next(var_249);
    	adj_251 = {};
    	adj_252 = {};
    	adj_253 = {};
    	adj_254 = {};
    	adj_255 = {};
    	adj_256 = {};
    	adj_257 = {};
    	adj_258 = {};
    	adj_259 = {};
    	adj_260 = {};
    	adj_261 = {};
    	adj_262 = {};
    	adj_263 = {};
    	adj_264 = {};
    	adj_265 = {};
    	adj_266 = {};
    	adj_267 = {};
    	adj_268 = {};
    	adj_269 = {};
    	adj_270 = {};
    	adj_271 = {};
    	adj_272 = {};
    	adj_273 = {};
    	adj_274 = {};
    	adj_275 = {};
    	adj_276 = {};
    	adj_277 = {};
    	adj_278 = {};
    	adj_279 = {};
    	adj_280 = {};
    	adj_281 = {};
    	adj_282 = {};
    	adj_283 = {};
    	adj_284 = {};
    	adj_285 = {};
    	adj_286 = {};
    	adj_287 = {};
    	adj_288 = {};
    	adj_289 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_251 = wp::address(var_entries, var_245, var_250);
        var_253 = wp::load(var_251);
        var_252 = wp::copy(var_253);
        // if j <= i:                                                                         <L 41>
        var_254 = (var_252 <= var_0);
        if (var_254) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_252);
            goto start_for_8;
        }
        var_255 = wp::where(var_254, var_30, var_252);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_257 = wp::extract(var_6, var_256);
        var_258 = (var_255 == var_257);
        var_260 = wp::extract(var_6, var_259);
        var_261 = (var_255 == var_260);
        var_263 = wp::extract(var_6, var_262);
        var_264 = (var_255 == var_263);
        var_266 = wp::extract(var_6, var_265);
        var_267 = (var_255 == var_266);
        var_268 = var_258 || var_261 || var_264 || var_267;
        if (var_268) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_255);
            goto start_for_8;
        }
        var_269 = wp::where(var_268, var_30, var_255);
        // d = p - x[j]                                                                       <L 45>
        var_270 = wp::address(var_x, var_269);
        var_272 = wp::load(var_270);
        var_271 = wp::sub(var_2, var_272);
        // l = wp.length(d)                                                                   <L 46>
        var_273 = wp::length(var_271);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_274 = (var_273 < var_thickness);
        var_276 = (var_273 > var_275);
        var_277 = var_274 && var_276;
        if (var_277) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_278 = wp::sub(var_thickness, var_273);
            var_279 = wp::div(var_278, var_273);
            var_281 = wp::mul(var_279, var_280);
            var_282 = wp::mul(var_271, var_281);
            // corr += push                                                                   <L 49>
            var_283 = wp::add(var_8, var_282);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_284 = wp::atomic_sub(var_dx, var_269, var_282);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_287 = wp::atomic_add(var_contacts, var_285, var_286);
        }
        var_288 = wp::where(var_277, var_283, var_8);
        var_289 = wp::where(var_277, var_282, var_58);
        wp::assign(var_8, var_288);
        wp::assign(var_30, var_269);
        wp::assign(var_47, var_271);
        wp::assign(var_49, var_273);
        wp::assign(var_58, var_289);
        wp::adj_assign(var_58, var_289, adj_58, adj_289);
        wp::adj_assign(var_49, var_273, adj_49, adj_273);
        wp::adj_assign(var_47, var_271, adj_47, adj_271);
        wp::adj_assign(var_30, var_269, adj_30, adj_269);
        wp::adj_assign(var_8, var_288, adj_8, adj_288);
        wp::adj_where(var_277, var_282, var_58, adj_277, adj_282, adj_58, adj_289);
        wp::adj_where(var_277, var_283, var_8, adj_277, adj_283, adj_8, adj_288);
        if (var_277) {
            wp::adj_atomic_add(var_contacts, var_285, var_286, adj_contacts, adj_285, adj_286, adj_287);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_269, var_282, adj_dx, adj_269, adj_282, adj_284);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_282, adj_8, adj_282, adj_283);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_271, var_281, adj_271, adj_281, adj_282);
            wp::adj_mul(var_279, var_280, adj_279, adj_280, adj_281);
            wp::adj_div(var_278, var_273, var_279, adj_278, adj_273, adj_279);
            wp::adj_sub(var_thickness, var_273, adj_thickness, adj_273, adj_278);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_271, var_273, adj_271, adj_273);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_272, adj_2, adj_270, adj_271);
        wp::adj_address(var_x, var_269, adj_x, adj_269, adj_270);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_268, var_30, var_255, adj_268, adj_30, adj_255, adj_269);
        if (var_268) {
            wp::adj_assign(var_30, var_255, adj_30, adj_255);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_265, adj_6, adj_265, adj_266);
        wp::adj_extract(var_6, var_262, adj_6, adj_262, adj_263);
        wp::adj_extract(var_6, var_259, adj_6, adj_259, adj_260);
        wp::adj_extract(var_6, var_256, adj_6, adj_256, adj_257);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_254, var_30, var_252, adj_254, adj_30, adj_252, adj_255);
        if (var_254) {
            wp::adj_assign(var_30, var_252, adj_30, adj_252);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_253, adj_251, adj_252);
        wp::adj_address(var_entries, var_245, var_250, adj_entries, adj_245, adj_250, adj_251);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_8;
    end_for_8:;
    wp::adj_range(var_247, adj_247, adj_249);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_248, var_24, adj_246, adj_24, adj_247);
    wp::adj_address(var_counts, var_245, adj_counts, adj_245, adj_246);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_244, adj_244, adj_245);
    wp::adj_vec_t(var_237, var_240, var_243, adj_237, adj_240, adj_243, adj_244);
    wp::adj_add(var_242, var_234, adj_242, adj_234, adj_243);
    wp::adj_extract(var_4, var_241, adj_4, adj_241, adj_242);
    wp::adj_add(var_239, var_177, adj_239, adj_177, adj_240);
    wp::adj_extract(var_4, var_238, adj_4, adj_238, adj_239);
    wp::adj_add(var_236, var_9, adj_236, adj_9, adj_237);
    wp::adj_extract(var_4, var_235, adj_4, adj_235, adj_236);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_193 = wp::iter_reverse(var_193);
    start_for_6:;
        if (iter_cmp(var_193) == 0) goto end_for_6;
        var_194 = wp::iter_next(var_193);
    	adj_195 = {};
    	adj_196 = {};
    	adj_197 = {};
    	adj_198 = {};
    	adj_199 = {};
    	adj_200 = {};
    	adj_201 = {};
    	adj_202 = {};
    	adj_203 = {};
    	adj_204 = {};
    	adj_205 = {};
    	adj_206 = {};
    	adj_207 = {};
    	adj_208 = {};
    	adj_209 = {};
    	adj_210 = {};
    	adj_211 = {};
    	adj_212 = {};
    	adj_213 = {};
    	adj_214 = {};
    	adj_215 = {};
    	adj_216 = {};
    	adj_217 = {};
    	adj_218 = {};
    	adj_219 = {};
    	adj_220 = {};
    	adj_221 = {};
    	adj_222 = {};
    	adj_223 = {};
    	adj_224 = {};
    	adj_225 = {};
    	adj_226 = {};
    	adj_227 = {};
    	adj_228 = {};
    	adj_229 = {};
    	adj_230 = {};
    	adj_231 = {};
    	adj_232 = {};
    	adj_233 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_195 = wp::address(var_entries, var_189, var_194);
        var_197 = wp::load(var_195);
        var_196 = wp::copy(var_197);
        // if j <= i:                                                                         <L 41>
        var_198 = (var_196 <= var_0);
        if (var_198) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_196);
            goto start_for_6;
        }
        var_199 = wp::where(var_198, var_30, var_196);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_201 = wp::extract(var_6, var_200);
        var_202 = (var_199 == var_201);
        var_204 = wp::extract(var_6, var_203);
        var_205 = (var_199 == var_204);
        var_207 = wp::extract(var_6, var_206);
        var_208 = (var_199 == var_207);
        var_210 = wp::extract(var_6, var_209);
        var_211 = (var_199 == var_210);
        var_212 = var_202 || var_205 || var_208 || var_211;
        if (var_212) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_199);
            goto start_for_6;
        }
        var_213 = wp::where(var_212, var_30, var_199);
        // d = p - x[j]                                                                       <L 45>
        var_214 = wp::address(var_x, var_213);
        var_216 = wp::load(var_214);
        var_215 = wp::sub(var_2, var_216);
        // l = wp.length(d)                                                                   <L 46>
        var_217 = wp::length(var_215);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_218 = (var_217 < var_thickness);
        var_220 = (var_217 > var_219);
        var_221 = var_218 && var_220;
        if (var_221) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_222 = wp::sub(var_thickness, var_217);
            var_223 = wp::div(var_222, var_217);
            var_225 = wp::mul(var_223, var_224);
            var_226 = wp::mul(var_215, var_225);
            // corr += push                                                                   <L 49>
            var_227 = wp::add(var_8, var_226);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_228 = wp::atomic_sub(var_dx, var_213, var_226);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_231 = wp::atomic_add(var_contacts, var_229, var_230);
        }
        var_232 = wp::where(var_221, var_227, var_8);
        var_233 = wp::where(var_221, var_226, var_58);
        wp::assign(var_8, var_232);
        wp::assign(var_30, var_213);
        wp::assign(var_47, var_215);
        wp::assign(var_49, var_217);
        wp::assign(var_58, var_233);
        wp::adj_assign(var_58, var_233, adj_58, adj_233);
        wp::adj_assign(var_49, var_217, adj_49, adj_217);
        wp::adj_assign(var_47, var_215, adj_47, adj_215);
        wp::adj_assign(var_30, var_213, adj_30, adj_213);
        wp::adj_assign(var_8, var_232, adj_8, adj_232);
        wp::adj_where(var_221, var_226, var_58, adj_221, adj_226, adj_58, adj_233);
        wp::adj_where(var_221, var_227, var_8, adj_221, adj_227, adj_8, adj_232);
        if (var_221) {
            wp::adj_atomic_add(var_contacts, var_229, var_230, adj_contacts, adj_229, adj_230, adj_231);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_213, var_226, adj_dx, adj_213, adj_226, adj_228);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_226, adj_8, adj_226, adj_227);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_215, var_225, adj_215, adj_225, adj_226);
            wp::adj_mul(var_223, var_224, adj_223, adj_224, adj_225);
            wp::adj_div(var_222, var_217, var_223, adj_222, adj_217, adj_223);
            wp::adj_sub(var_thickness, var_217, adj_thickness, adj_217, adj_222);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_215, var_217, adj_215, adj_217);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_216, adj_2, adj_214, adj_215);
        wp::adj_address(var_x, var_213, adj_x, adj_213, adj_214);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_212, var_30, var_199, adj_212, adj_30, adj_199, adj_213);
        if (var_212) {
            wp::adj_assign(var_30, var_199, adj_30, adj_199);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_209, adj_6, adj_209, adj_210);
        wp::adj_extract(var_6, var_206, adj_6, adj_206, adj_207);
        wp::adj_extract(var_6, var_203, adj_6, adj_203, adj_204);
        wp::adj_extract(var_6, var_200, adj_6, adj_200, adj_201);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_198, var_30, var_196, adj_198, adj_30, adj_196, adj_199);
        if (var_198) {
            wp::adj_assign(var_30, var_196, adj_30, adj_196);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_197, adj_195, adj_196);
        wp::adj_address(var_entries, var_189, var_194, adj_entries, adj_189, adj_194, adj_195);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_6;
    end_for_6:;
    wp::adj_range(var_191, adj_191, adj_193);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_192, var_24, adj_190, adj_24, adj_191);
    wp::adj_address(var_counts, var_189, adj_counts, adj_189, adj_190);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_188, adj_188, adj_189);
    wp::adj_vec_t(var_181, var_184, var_187, adj_181, adj_184, adj_187, adj_188);
    wp::adj_add(var_186, var_178, adj_186, adj_178, adj_187);
    wp::adj_extract(var_4, var_185, adj_4, adj_185, adj_186);
    wp::adj_add(var_183, var_177, adj_183, adj_177, adj_184);
    wp::adj_extract(var_4, var_182, adj_4, adj_182, adj_183);
    wp::adj_add(var_180, var_9, adj_180, adj_9, adj_181);
    wp::adj_extract(var_4, var_179, adj_4, adj_179, adj_180);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    // adj: for oz in range(-1, 2):                                                           <L 36>
    var_136 = wp::iter_reverse(var_136);
    start_for_4:;
        if (iter_cmp(var_136) == 0) goto end_for_4;
        var_137 = wp::iter_next(var_136);
    	adj_138 = {};
    	adj_139 = {};
    	adj_140 = {};
    	adj_141 = {};
    	adj_142 = {};
    	adj_143 = {};
    	adj_144 = {};
    	adj_145 = {};
    	adj_146 = {};
    	adj_147 = {};
    	adj_148 = {};
    	adj_149 = {};
    	adj_150 = {};
    	adj_151 = {};
    	adj_152 = {};
    	adj_153 = {};
    	adj_154 = {};
    	adj_155 = {};
    	adj_156 = {};
    	adj_157 = {};
    	adj_158 = {};
    	adj_159 = {};
    	adj_160 = {};
    	adj_161 = {};
    	adj_162 = {};
    	adj_163 = {};
    	adj_164 = {};
    	adj_165 = {};
    	adj_166 = {};
    	adj_167 = {};
    	adj_168 = {};
    	adj_169 = {};
    	adj_170 = {};
    	adj_171 = {};
    	adj_172 = {};
    	adj_173 = {};
    	adj_174 = {};
    	adj_175 = {};
    	adj_176 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_138 = wp::address(var_entries, var_132, var_137);
        var_140 = wp::load(var_138);
        var_139 = wp::copy(var_140);
        // if j <= i:                                                                         <L 41>
        var_141 = (var_139 <= var_0);
        if (var_141) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_139);
            goto start_for_4;
        }
        var_142 = wp::where(var_141, var_30, var_139);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_144 = wp::extract(var_6, var_143);
        var_145 = (var_142 == var_144);
        var_147 = wp::extract(var_6, var_146);
        var_148 = (var_142 == var_147);
        var_150 = wp::extract(var_6, var_149);
        var_151 = (var_142 == var_150);
        var_153 = wp::extract(var_6, var_152);
        var_154 = (var_142 == var_153);
        var_155 = var_145 || var_148 || var_151 || var_154;
        if (var_155) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_142);
            goto start_for_4;
        }
        var_156 = wp::where(var_155, var_30, var_142);
        // d = p - x[j]                                                                       <L 45>
        var_157 = wp::address(var_x, var_156);
        var_159 = wp::load(var_157);
        var_158 = wp::sub(var_2, var_159);
        // l = wp.length(d)                                                                   <L 46>
        var_160 = wp::length(var_158);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_161 = (var_160 < var_thickness);
        var_163 = (var_160 > var_162);
        var_164 = var_161 && var_163;
        if (var_164) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_165 = wp::sub(var_thickness, var_160);
            var_166 = wp::div(var_165, var_160);
            var_168 = wp::mul(var_166, var_167);
            var_169 = wp::mul(var_158, var_168);
            // corr += push                                                                   <L 49>
            var_170 = wp::add(var_8, var_169);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_171 = wp::atomic_sub(var_dx, var_156, var_169);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_174 = wp::atomic_add(var_contacts, var_172, var_173);
        }
        var_175 = wp::where(var_164, var_170, var_8);
        var_176 = wp::where(var_164, var_169, var_58);
        wp::assign(var_8, var_175);
        wp::assign(var_30, var_156);
        wp::assign(var_47, var_158);
        wp::assign(var_49, var_160);
        wp::assign(var_58, var_176);
        wp::adj_assign(var_58, var_176, adj_58, adj_176);
        wp::adj_assign(var_49, var_160, adj_49, adj_160);
        wp::adj_assign(var_47, var_158, adj_47, adj_158);
        wp::adj_assign(var_30, var_156, adj_30, adj_156);
        wp::adj_assign(var_8, var_175, adj_8, adj_175);
        wp::adj_where(var_164, var_169, var_58, adj_164, adj_169, adj_58, adj_176);
        wp::adj_where(var_164, var_170, var_8, adj_164, adj_170, adj_8, adj_175);
        if (var_164) {
            wp::adj_atomic_add(var_contacts, var_172, var_173, adj_contacts, adj_172, adj_173, adj_174);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_156, var_169, adj_dx, adj_156, adj_169, adj_171);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_169, adj_8, adj_169, adj_170);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_158, var_168, adj_158, adj_168, adj_169);
            wp::adj_mul(var_166, var_167, adj_166, adj_167, adj_168);
            wp::adj_div(var_165, var_160, var_166, adj_165, adj_160, adj_166);
            wp::adj_sub(var_thickness, var_160, adj_thickness, adj_160, adj_165);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_158, var_160, adj_158, adj_160);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_159, adj_2, adj_157, adj_158);
        wp::adj_address(var_x, var_156, adj_x, adj_156, adj_157);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_155, var_30, var_142, adj_155, adj_30, adj_142, adj_156);
        if (var_155) {
            wp::adj_assign(var_30, var_142, adj_30, adj_142);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_152, adj_6, adj_152, adj_153);
        wp::adj_extract(var_6, var_149, adj_6, adj_149, adj_150);
        wp::adj_extract(var_6, var_146, adj_6, adj_146, adj_147);
        wp::adj_extract(var_6, var_143, adj_6, adj_143, adj_144);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_141, var_30, var_139, adj_141, adj_30, adj_139, adj_142);
        if (var_141) {
            wp::adj_assign(var_30, var_139, adj_30, adj_139);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_140, adj_138, adj_139);
        wp::adj_address(var_entries, var_132, var_137, adj_entries, adj_132, adj_137, adj_138);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_4;
    end_for_4:;
    wp::adj_range(var_134, adj_134, adj_136);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_135, var_24, adj_133, adj_24, adj_134);
    wp::adj_address(var_counts, var_132, adj_counts, adj_132, adj_133);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_131, adj_131, adj_132);
    wp::adj_vec_t(var_124, var_127, var_130, adj_124, adj_127, adj_130, adj_131);
    wp::adj_add(var_129, var_121, adj_129, adj_121, adj_130);
    wp::adj_extract(var_4, var_128, adj_4, adj_128, adj_129);
    wp::adj_add(var_126, var_10, adj_126, adj_10, adj_127);
    wp::adj_extract(var_4, var_125, adj_4, adj_125, adj_126);
    wp::adj_add(var_123, var_9, adj_123, adj_9, adj_124);
    wp::adj_extract(var_4, var_122, adj_4, adj_122, adj_123);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_80 = wp::iter_reverse(var_80);
    start_for_2:;
        if (iter_cmp(var_80) == 0) goto end_for_2;
        var_81 = wp::iter_next(var_80);
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
    	adj_100 = {};
    	adj_101 = {};
    	adj_102 = {};
    	adj_103 = {};
    	adj_104 = {};
    	adj_105 = {};
    	adj_106 = {};
    	adj_107 = {};
    	adj_108 = {};
    	adj_109 = {};
    	adj_110 = {};
    	adj_111 = {};
    	adj_112 = {};
    	adj_113 = {};
    	adj_114 = {};
    	adj_115 = {};
    	adj_116 = {};
    	adj_117 = {};
    	adj_118 = {};
    	adj_119 = {};
    	adj_120 = {};
        // j = entries[b, s]                                                                  <L 40>
        var_82 = wp::address(var_entries, var_76, var_81);
        var_84 = wp::load(var_82);
        var_83 = wp::copy(var_84);
        // if j <= i:                                                                         <L 41>
        var_85 = (var_83 <= var_0);
        if (var_85) {
            // continue                                                                       <L 42>
            wp::assign(var_30, var_83);
            goto start_for_2;
        }
        var_86 = wp::where(var_85, var_30, var_83);
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_88 = wp::extract(var_6, var_87);
        var_89 = (var_86 == var_88);
        var_91 = wp::extract(var_6, var_90);
        var_92 = (var_86 == var_91);
        var_94 = wp::extract(var_6, var_93);
        var_95 = (var_86 == var_94);
        var_97 = wp::extract(var_6, var_96);
        var_98 = (var_86 == var_97);
        var_99 = var_89 || var_92 || var_95 || var_98;
        if (var_99) {
            // continue                                                                       <L 44>
            wp::assign(var_30, var_86);
            goto start_for_2;
        }
        var_100 = wp::where(var_99, var_30, var_86);
        // d = p - x[j]                                                                       <L 45>
        var_101 = wp::address(var_x, var_100);
        var_103 = wp::load(var_101);
        var_102 = wp::sub(var_2, var_103);
        // l = wp.length(d)                                                                   <L 46>
        var_104 = wp::length(var_102);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_105 = (var_104 < var_thickness);
        var_107 = (var_104 > var_106);
        var_108 = var_105 && var_107;
        if (var_108) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_109 = wp::sub(var_thickness, var_104);
            var_110 = wp::div(var_109, var_104);
            var_112 = wp::mul(var_110, var_111);
            var_113 = wp::mul(var_102, var_112);
            // corr += push                                                                   <L 49>
            var_114 = wp::add(var_8, var_113);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_115 = wp::atomic_sub(var_dx, var_100, var_113);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_118 = wp::atomic_add(var_contacts, var_116, var_117);
        }
        var_119 = wp::where(var_108, var_114, var_8);
        var_120 = wp::where(var_108, var_113, var_58);
        wp::assign(var_8, var_119);
        wp::assign(var_30, var_100);
        wp::assign(var_47, var_102);
        wp::assign(var_49, var_104);
        wp::assign(var_58, var_120);
        wp::adj_assign(var_58, var_120, adj_58, adj_120);
        wp::adj_assign(var_49, var_104, adj_49, adj_104);
        wp::adj_assign(var_47, var_102, adj_47, adj_102);
        wp::adj_assign(var_30, var_100, adj_30, adj_100);
        wp::adj_assign(var_8, var_119, adj_8, adj_119);
        wp::adj_where(var_108, var_113, var_58, adj_108, adj_113, adj_58, adj_120);
        wp::adj_where(var_108, var_114, var_8, adj_108, adj_114, adj_8, adj_119);
        if (var_108) {
            wp::adj_atomic_add(var_contacts, var_116, var_117, adj_contacts, adj_116, adj_117, adj_118);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_100, var_113, adj_dx, adj_100, adj_113, adj_115);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_113, adj_8, adj_113, adj_114);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_102, var_112, adj_102, adj_112, adj_113);
            wp::adj_mul(var_110, var_111, adj_110, adj_111, adj_112);
            wp::adj_div(var_109, var_104, var_110, adj_109, adj_104, adj_110);
            wp::adj_sub(var_thickness, var_104, adj_thickness, adj_104, adj_109);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_102, var_104, adj_102, adj_104);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_103, adj_2, adj_101, adj_102);
        wp::adj_address(var_x, var_100, adj_x, adj_100, adj_101);
        // adj: d = p - x[j]                                                                  <L 45>
        wp::adj_where(var_99, var_30, var_86, adj_99, adj_30, adj_86, adj_100);
        if (var_99) {
            wp::adj_assign(var_30, var_86, adj_30, adj_86);
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_96, adj_6, adj_96, adj_97);
        wp::adj_extract(var_6, var_93, adj_6, adj_93, adj_94);
        wp::adj_extract(var_6, var_90, adj_6, adj_90, adj_91);
        wp::adj_extract(var_6, var_87, adj_6, adj_87, adj_88);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        wp::adj_where(var_85, var_30, var_83, adj_85, adj_30, adj_83, adj_86);
        if (var_85) {
            wp::adj_assign(var_30, var_83, adj_30, adj_83);
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_84, adj_82, adj_83);
        wp::adj_address(var_entries, var_76, var_81, adj_entries, adj_76, adj_81, adj_82);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_2;
    end_for_2:;
    wp::adj_range(var_78, adj_78, adj_80);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_79, var_24, adj_77, adj_24, adj_78);
    wp::adj_address(var_counts, var_76, adj_counts, adj_76, adj_77);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_75, adj_75, adj_76);
    wp::adj_vec_t(var_68, var_71, var_74, adj_68, adj_71, adj_74, adj_75);
    wp::adj_add(var_73, var_65, adj_73, adj_65, adj_74);
    wp::adj_extract(var_4, var_72, adj_4, adj_72, adj_73);
    wp::adj_add(var_70, var_10, adj_70, adj_10, adj_71);
    wp::adj_extract(var_4, var_69, adj_4, adj_69, adj_70);
    wp::adj_add(var_67, var_9, adj_67, adj_9, adj_68);
    wp::adj_extract(var_4, var_66, adj_4, adj_66, adj_67);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    var_27 = wp::iter_reverse(var_27);
    start_for_0:;
        if (iter_cmp(var_27) == 0) goto end_for_0;
        var_28 = wp::iter_next(var_27);
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
        // j = entries[b, s]                                                                  <L 40>
        var_29 = wp::address(var_entries, var_22, var_28);
        var_31 = wp::load(var_29);
        var_30 = wp::copy(var_31);
        // if j <= i:                                                                         <L 41>
        var_32 = (var_30 <= var_0);
        if (var_32) {
            // continue                                                                       <L 42>
            goto start_for_0;
        }
        // if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                           <L 43>
        var_34 = wp::extract(var_6, var_33);
        var_35 = (var_30 == var_34);
        var_37 = wp::extract(var_6, var_36);
        var_38 = (var_30 == var_37);
        var_40 = wp::extract(var_6, var_39);
        var_41 = (var_30 == var_40);
        var_43 = wp::extract(var_6, var_42);
        var_44 = (var_30 == var_43);
        var_45 = var_35 || var_38 || var_41 || var_44;
        if (var_45) {
            // continue                                                                       <L 44>
            goto start_for_0;
        }
        // d = p - x[j]                                                                       <L 45>
        var_46 = wp::address(var_x, var_30);
        var_48 = wp::load(var_46);
        var_47 = wp::sub(var_2, var_48);
        // l = wp.length(d)                                                                   <L 46>
        var_49 = wp::length(var_47);
        // if l < thickness and l > 1.0e-9:                                                   <L 47>
        var_50 = (var_49 < var_thickness);
        var_52 = (var_49 > var_51);
        var_53 = var_50 && var_52;
        if (var_53) {
            // push = d * ((thickness - l) / l * 0.5)                                         <L 48>
            var_54 = wp::sub(var_thickness, var_49);
            var_55 = wp::div(var_54, var_49);
            var_57 = wp::mul(var_55, var_56);
            var_58 = wp::mul(var_47, var_57);
            // corr += push                                                                   <L 49>
            var_59 = wp::add(var_8, var_58);
            // wp.atomic_sub(dx, j, push)                                                     <L 50>
            // var_60 = wp::atomic_sub(var_dx, var_30, var_58);
            // wp.atomic_add(contacts, 0, 1)                                                  <L 51>
            // var_63 = wp::atomic_add(var_contacts, var_61, var_62);
        }
        var_64 = wp::where(var_53, var_59, var_8);
        wp::assign(var_8, var_64);
        wp::adj_assign(var_8, var_64, adj_8, adj_64);
        wp::adj_where(var_53, var_59, var_8, adj_53, adj_59, adj_8, adj_64);
        if (var_53) {
            wp::adj_atomic_add(var_contacts, var_61, var_62, adj_contacts, adj_61, adj_62, adj_63);
            // adj: wp.atomic_add(contacts, 0, 1)                                             <L 51>
            wp::adj_atomic_sub(var_dx, var_30, var_58, adj_dx, adj_30, adj_58, adj_60);
            // adj: wp.atomic_sub(dx, j, push)                                                <L 50>
            wp::adj_add(var_8, var_58, adj_8, adj_58, adj_59);
            // adj: corr += push                                                              <L 49>
            wp::adj_mul(var_47, var_57, adj_47, adj_57, adj_58);
            wp::adj_mul(var_55, var_56, adj_55, adj_56, adj_57);
            wp::adj_div(var_54, var_49, var_55, adj_54, adj_49, adj_55);
            wp::adj_sub(var_thickness, var_49, adj_thickness, adj_49, adj_54);
            // adj: push = d * ((thickness - l) / l * 0.5)                                    <L 48>
        }
        // adj: if l < thickness and l > 1.0e-9:                                              <L 47>
        wp::adj_length(var_47, var_49, adj_47, adj_49);
        // adj: l = wp.length(d)                                                              <L 46>
        wp::adj_sub(var_2, var_48, adj_2, adj_46, adj_47);
        wp::adj_address(var_x, var_30, adj_x, adj_30, adj_46);
        // adj: d = p - x[j]                                                                  <L 45>
        if (var_45) {
            // adj: continue                                                                  <L 44>
        }
        wp::adj_extract(var_6, var_42, adj_6, adj_42, adj_43);
        wp::adj_extract(var_6, var_39, adj_6, adj_39, adj_40);
        wp::adj_extract(var_6, var_36, adj_6, adj_36, adj_37);
        wp::adj_extract(var_6, var_33, adj_6, adj_33, adj_34);
        // adj: if j == nb[0] or j == nb[1] or j == nb[2] or j == nb[3]:                      <L 43>
        if (var_32) {
            // adj: continue                                                                  <L 42>
        }
        // adj: if j <= i:                                                                    <L 41>
        wp::adj_copy(var_31, adj_29, adj_30);
        wp::adj_address(var_entries, var_22, var_28, adj_entries, adj_22, adj_28, adj_29);
        // adj: j = entries[b, s]                                                             <L 40>
    	goto start_for_0;
    end_for_0:;
    wp::adj_range(var_25, adj_25, adj_27);
    // adj: for s in range(n):                                                                <L 39>
    wp::adj_min(var_26, var_24, adj_23, adj_24, adj_25);
    wp::adj_address(var_counts, var_22, adj_counts, adj_22, adj_23);
    // adj: n = wp.min(counts[b], BUCKET)                                                     <L 38>
    adj_hash_cell_0(var_21, adj_21, adj_22);
    wp::adj_vec_t(var_14, var_17, var_20, adj_14, adj_17, adj_20, adj_21);
    wp::adj_add(var_19, var_11, adj_19, adj_11, adj_20);
    wp::adj_extract(var_4, var_18, adj_4, adj_18, adj_19);
    wp::adj_add(var_16, var_10, adj_16, adj_10, adj_17);
    wp::adj_extract(var_4, var_15, adj_4, adj_15, adj_16);
    wp::adj_add(var_13, var_9, adj_13, adj_9, adj_14);
    wp::adj_extract(var_4, var_12, adj_4, adj_12, adj_13);
    // adj: b = hash_cell(wp.vec3i(c[0] + ox, c[1] + oy, c[2] + oz))                          <L 37>
    // adj: for oz in range(-1, 2):                                                           <L 36>
    // adj: for oy in range(-1, 2):                                                           <L 35>
    // adj: for ox in range(-1, 2):                                                           <L 34>
    // adj: corr = wp.vec3()                                                                  <L 33>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_neighbors_of, var_0, adj_neighbors_of, adj_0, adj_5);
    // adj: nb = neighbors_of[i]                                                              <L 32>
    adj_cell_of_0(var_2, var_h, adj_2, adj_h, adj_4);
    // adj: c = cell_of(p, h)                                                                 <L 31>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: p = x[i]                                                                          <L 30>
    // adj: i = wp.tid()                                                                      <L 29>
    // adj: def repel(x: wp.array(dtype=wp.vec3), h: float, thickness: float, counts: wp.array(dtype=int), entries: wp.array2d(dtype=int), neighbors_of: wp.array(dtype=wp.vec4i), dx: wp.array(dtype=wp.vec3), contacts: wp.array(dtype=int)):  <L 28>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void repel_d961c95a_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_repel_d961c95a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        repel_d961c95a_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void repel_d961c95a_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_repel_d961c95a *_wp_args,
    wp_args_repel_d961c95a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        repel_d961c95a_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_apply_and_clear_0de1078f {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> dx;
    wp::float32 relax;
};


void apply_and_clear_0de1078f_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_apply_and_clear_0de1078f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx = _wp_args->dx;
    wp::float32 var_relax = _wp_args->relax;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def apply_and_clear(x: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), relax: float):       <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // x[i] = x[i] + dx[i] * relax                                                            <L 58>
    var_1 = wp::address(var_x, var_0);
    var_2 = wp::address(var_dx, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_relax);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    wp::array_store(var_x, var_0, var_5);
    // dx[i] = wp.vec3()                                                                      <L 59>
    var_7 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_dx, var_0, var_7);
}



void apply_and_clear_0de1078f_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_apply_and_clear_0de1078f *_wp_args,
    wp_args_apply_and_clear_0de1078f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dx = _wp_args->dx;
    wp::float32 var_relax = _wp_args->relax;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dx = _wp_adj_args->dx;
    wp::float32 adj_relax = _wp_adj_args->relax;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
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
    //---------
    // forward
    // def apply_and_clear(x: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), relax: float):       <L 56>
    // i = wp.tid()                                                                           <L 57>
    var_0 = builtin_tid1d();
    // x[i] = x[i] + dx[i] * relax                                                            <L 58>
    var_1 = wp::address(var_x, var_0);
    var_2 = wp::address(var_dx, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_relax);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    // wp::array_store(var_x, var_0, var_5);
    // dx[i] = wp.vec3()                                                                      <L 59>
    var_7 = wp::vec_t<3, wp::float32>();
    // wp::array_store(var_dx, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_dx, var_0, var_7, adj_dx, adj_0, adj_7);
    // adj: dx[i] = wp.vec3()                                                                 <L 59>
    wp::adj_array_store(var_x, var_0, var_5, adj_x, adj_0, adj_5);
    wp::adj_add(var_6, var_3, adj_1, adj_3, adj_5);
    wp::adj_mul(var_4, var_relax, adj_2, adj_relax, adj_3);
    wp::adj_address(var_dx, var_0, adj_dx, adj_0, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: x[i] = x[i] + dx[i] * relax                                                       <L 58>
    // adj: i = wp.tid()                                                                      <L 57>
    // adj: def apply_and_clear(x: wp.array(dtype=wp.vec3), dx: wp.array(dtype=wp.vec3), relax: float):  <L 56>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void apply_and_clear_0de1078f_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_apply_and_clear_0de1078f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        apply_and_clear_0de1078f_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void apply_and_clear_0de1078f_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_apply_and_clear_0de1078f *_wp_args,
    wp_args_apply_and_clear_0de1078f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        apply_and_clear_0de1078f_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_clear_table_348eabc3 {
    wp::array_t<wp::int32> counts;
};


void clear_table_348eabc3_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_clear_table_348eabc3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    //---------
    // forward
    // def clear_table(counts: wp.array(dtype=int)):                                          <L 63>
    // b = wp.tid()                                                                           <L 64>
    var_0 = builtin_tid1d();
    // counts[b] = 0                                                                          <L 65>
    wp::array_store(var_counts, var_0, var_1);
}



void clear_table_348eabc3_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_clear_table_348eabc3 *_wp_args,
    wp_args_clear_table_348eabc3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    //---------
    // forward
    // def clear_table(counts: wp.array(dtype=int)):                                          <L 63>
    // b = wp.tid()                                                                           <L 64>
    var_0 = builtin_tid1d();
    // counts[b] = 0                                                                          <L 65>
    // wp::array_store(var_counts, var_0, var_1);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_0, var_1, adj_counts, adj_0, adj_1);
    // adj: counts[b] = 0                                                                     <L 65>
    // adj: b = wp.tid()                                                                      <L 64>
    // adj: def clear_table(counts: wp.array(dtype=int)):                                     <L 63>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void clear_table_348eabc3_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_clear_table_348eabc3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        clear_table_348eabc3_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void clear_table_348eabc3_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_clear_table_348eabc3 *_wp_args,
    wp_args_clear_table_348eabc3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        clear_table_348eabc3_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

