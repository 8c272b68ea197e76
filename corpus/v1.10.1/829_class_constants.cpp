
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


// corpus/829_class_constants.py:35
static wp::int32 address_0(
    wp::int32 var_i,
    wp::int32 var_n,
    wp::int32 var_mode)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    //---------
    // forward
    // def address(i: int, n: int, mode: int):                                                <L 36>
    // if mode == Mode.CLAMP:                                                                 <L 37>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return wp.clamp(i, 0, n - 1)                                                       <L 38>
        var_4 = wp::sub(var_n, var_3);
        var_5 = wp::clamp(var_i, var_2, var_4);
        return var_5;
    }
    // return ((i % n) + n) % n                                                               <L 39>
    var_6 = wp::mod(var_i, var_n);
    var_7 = wp::add(var_6, var_n);
    var_8 = wp::mod(var_7, var_n);
    return var_8;
}


// corpus/829_class_constants.py:35
static void adj_address_0(
    wp::int32 var_i,
    wp::int32 var_n,
    wp::int32 var_mode,
    wp::int32 & adj_i,
    wp::int32 & adj_n,
    wp::int32 & adj_mode,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    //---------
    // forward
    // def address(i: int, n: int, mode: int):                                                <L 36>
    // if mode == Mode.CLAMP:                                                                 <L 37>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return wp.clamp(i, 0, n - 1)                                                       <L 38>
        var_4 = wp::sub(var_n, var_3);
        var_5 = wp::clamp(var_i, var_2, var_4);
        goto label0;
    }
    // return ((i % n) + n) % n                                                               <L 39>
    var_6 = wp::mod(var_i, var_n);
    var_7 = wp::add(var_6, var_n);
    var_8 = wp::mod(var_7, var_n);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_8 += adj_ret;
    wp::adj_mod(var_7, var_n, adj_7, adj_n, adj_8);
    wp::adj_add(var_6, var_n, adj_6, adj_n, adj_7);
    wp::adj_mod(var_i, var_n, adj_i, adj_n, adj_6);
    // adj: return ((i % n) + n) % n                                                          <L 39>
    if (var_1) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_clamp(var_i, var_2, var_4, adj_i, adj_2, adj_4, adj_5);
        wp::adj_sub(var_n, var_3, adj_n, adj_3, adj_4);
        // adj: return wp.clamp(i, 0, n - 1)                                                  <L 38>
    }
    // adj: if mode == Mode.CLAMP:                                                            <L 37>
    // adj: def address(i: int, n: int, mode: int):                                           <L 36>
    return;
}

struct wp_args_integrate_59cedb25 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::int32> flags;
    wp::int32 mode;
};


void integrate_59cedb25_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_59cedb25 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::int32 var_mode = _wp_args->mode;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    const wp::vec_t<3, wp::float32> var_9 = wp::initializer_array<3,wp::float32>{0.0, -9.800000190734863, 0.0};
    const wp::float32 var_10 = 0.016666666666666666;
    const wp::float32 var_11 = 2.0;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 1;
    const wp::vec_t<3, wp::float32> var_18 = wp::initializer_array<3,wp::float32>{0.0, -9.800000190734863, 0.0};
    const wp::float32 var_19 = 0.016666666666666666;
    const wp::float32 var_20 = 2.0;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 2;
    const wp::vec_t<3, wp::float32> var_27 = wp::initializer_array<3,wp::float32>{0.0, -9.800000190734863, 0.0};
    const wp::float32 var_28 = 0.016666666666666666;
    const wp::float32 var_29 = 2.0;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.5;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    const wp::int32 var_35 = 3;
    const wp::vec_t<3, wp::float32> var_36 = wp::initializer_array<3,wp::float32>{0.0, -9.800000190734863, 0.0};
    const wp::float32 var_37 = 0.016666666666666666;
    const wp::float32 var_38 = 2.0;
    wp::float32 var_39;
    const wp::float32 var_40 = 0.5;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 10.0;
    bool var_46;
    wp::vec_t<3, wp::float32> var_47;
    const wp::float32 var_48 = 10.0;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    wp::shape_t* var_53;
    const wp::int32 var_54 = 0;
    wp::int32 var_55;
    wp::shape_t var_56;
    wp::int32 var_57;
    const wp::int32 var_58 = 1;
    wp::int32 var_59;
    wp::shape_t* var_60;
    const wp::int32 var_61 = 0;
    wp::int32 var_62;
    wp::shape_t var_63;
    const wp::int32 var_64 = 1;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    wp::vec_t<3, wp::float32>* var_67;
    const wp::float32 var_68 = 0.016666666666666666;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32>* var_72;
    wp::vec_t<3, wp::float32>* var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    const wp::float32 var_77 = 0.0;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    //---------
    // forward
    // def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), flags: wp.array(dtype=int), mode: int):       <L 43>
    // i = wp.tid()                                                                           <L 44>
    var_0 = builtin_tid1d();
    // if flags[i] & Flags.FIXED:                                                             <L 45>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::bit_and(var_4, var_2);
    if (var_3) {
        // return                                                                             <L 46>
        return;
    }
    // vi = v[i]                                                                              <L 47>
    var_5 = wp::address(var_v, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // for s in range(Cfg.SUBSTEPS):                                                          <L 48>
    // vi = vi + Cfg.GRAVITY * (Sim.DT * Cfg.GAIN * Cfg.SCALE)                                <L 49>
    var_12 = wp::mul(var_10, var_11);
    var_14 = wp::mul(var_12, var_13);
    var_15 = wp::mul(var_9, var_14);
    var_16 = wp::add(var_6, var_15);
    var_21 = wp::mul(var_19, var_20);
    var_23 = wp::mul(var_21, var_22);
    var_24 = wp::mul(var_18, var_23);
    var_25 = wp::add(var_16, var_24);
    var_30 = wp::mul(var_28, var_29);
    var_32 = wp::mul(var_30, var_31);
    var_33 = wp::mul(var_27, var_32);
    var_34 = wp::add(var_25, var_33);
    var_39 = wp::mul(var_37, var_38);
    var_41 = wp::mul(var_39, var_40);
    var_42 = wp::mul(var_36, var_41);
    var_43 = wp::add(var_34, var_42);
    // if wp.length(vi) > Sim.Limits.MAX_SPEED:                                               <L 50>
    var_44 = wp::length(var_43);
    var_46 = (var_44 > var_45);
    if (var_46) {
        // vi = wp.normalize(vi) * Sim.Limits.MAX_SPEED                                       <L 51>
        var_47 = wp::normalize(var_43);
        var_49 = wp::mul(var_47, var_48);
    }
    var_50 = wp::where(var_46, var_49, var_43);
    // v[i] = vi                                                                              <L 52>
    wp::array_store(var_v, var_0, var_50);
    // j = address(i + 1, x.shape[0], mode)                                                   <L 53>
    var_52 = wp::add(var_0, var_51);
    var_53 = &(var_x.shape);
    var_56 = wp::load(var_53);
    var_55 = wp::extract(var_56, var_54);
    var_57 = address_0(var_52, var_55, var_mode);
    // k = address(i - 1, x.shape[0], Mode.WRAP)                                              <L 54>
    var_59 = wp::sub(var_0, var_58);
    var_60 = &(var_x.shape);
    var_63 = wp::load(var_60);
    var_62 = wp::extract(var_63, var_61);
    var_66 = address_0(var_59, var_62, var_65);
    // x[i] = x[i] + vi * Sim.DT + (x[j] - x[k]) * 0.0                                        <L 55>
    var_67 = wp::address(var_x, var_0);
    var_69 = wp::mul(var_50, var_68);
    var_71 = wp::load(var_67);
    var_70 = wp::add(var_71, var_69);
    var_72 = wp::address(var_x, var_57);
    var_73 = wp::address(var_x, var_66);
    var_75 = wp::load(var_72);
    var_76 = wp::load(var_73);
    var_74 = wp::sub(var_75, var_76);
    var_78 = wp::mul(var_74, var_77);
    var_79 = wp::add(var_70, var_78);
    wp::array_store(var_x, var_0, var_79);
}



void integrate_59cedb25_cpu_kernel_backward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_integrate_59cedb25 *_wp_args,
    wp_args_integrate_59cedb25 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::int32 var_mode = _wp_args->mode;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::int32 adj_mode = _wp_adj_args->mode;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 2;
    wp::int32 var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    const wp::vec_t<3, wp::float32> var_9 = wp::initializer_array<3,wp::float32>{0.0, -9.800000190734863, 0.0};
    const wp::float32 var_10 = 0.016666666666666666;
    const wp::float32 var_11 = 2.0;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 1;
    const wp::vec_t<3, wp::float32> var_18 = wp::initializer_array<3,wp::float32>{0.0, -9.800000190734863, 0.0};
    const wp::float32 var_19 = 0.016666666666666666;
    const wp::float32 var_20 = 2.0;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 2;
    const wp::vec_t<3, wp::float32> var_27 = wp::initializer_array<3,wp::float32>{0.0, -9.800000190734863, 0.0};
    const wp::float32 var_28 = 0.016666666666666666;
    const wp::float32 var_29 = 2.0;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.5;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    const wp::int32 var_35 = 3;
    const wp::vec_t<3, wp::float32> var_36 = wp::initializer_array<3,wp::float32>{0.0, -9.800000190734863, 0.0};
    const wp::float32 var_37 = 0.016666666666666666;
    const wp::float32 var_38 = 2.0;
    wp::float32 var_39;
    const wp::float32 var_40 = 0.5;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 10.0;
    bool var_46;
    wp::vec_t<3, wp::float32> var_47;
    const wp::float32 var_48 = 10.0;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    wp::shape_t* var_53;
    const wp::int32 var_54 = 0;
    wp::int32 var_55;
    wp::shape_t var_56;
    wp::int32 var_57;
    const wp::int32 var_58 = 1;
    wp::int32 var_59;
    wp::shape_t* var_60;
    const wp::int32 var_61 = 0;
    wp::int32 var_62;
    wp::shape_t var_63;
    const wp::int32 var_64 = 1;
    const wp::int32 var_65 = 1;
    wp::int32 var_66;
    wp::vec_t<3, wp::float32>* var_67;
    const wp::float32 var_68 = 0.016666666666666666;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32>* var_72;
    wp::vec_t<3, wp::float32>* var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    const wp::float32 var_77 = 0.0;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    bool adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::float32 adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::shape_t adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::shape_t adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::shape_t adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::shape_t adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::float32 adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::float32 adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    //---------
    // forward
    // def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), flags: wp.array(dtype=int), mode: int):       <L 43>
    // i = wp.tid()                                                                           <L 44>
    var_0 = builtin_tid1d();
    // if flags[i] & Flags.FIXED:                                                             <L 45>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::bit_and(var_4, var_2);
    if (var_3) {
        // return                                                                             <L 46>
        goto label0;
    }
    // vi = v[i]                                                                              <L 47>
    var_5 = wp::address(var_v, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // for s in range(Cfg.SUBSTEPS):                                                          <L 48>
    // vi = vi + Cfg.GRAVITY * (Sim.DT * Cfg.GAIN * Cfg.SCALE)                                <L 49>
    var_12 = wp::mul(var_10, var_11);
    var_14 = wp::mul(var_12, var_13);
    var_15 = wp::mul(var_9, var_14);
    var_16 = wp::add(var_6, var_15);
    var_21 = wp::mul(var_19, var_20);
    var_23 = wp::mul(var_21, var_22);
    var_24 = wp::mul(var_18, var_23);
    var_25 = wp::add(var_16, var_24);
    var_30 = wp::mul(var_28, var_29);
    var_32 = wp::mul(var_30, var_31);
    var_33 = wp::mul(var_27, var_32);
    var_34 = wp::add(var_25, var_33);
    var_39 = wp::mul(var_37, var_38);
    var_41 = wp::mul(var_39, var_40);
    var_42 = wp::mul(var_36, var_41);
    var_43 = wp::add(var_34, var_42);
    // if wp.length(vi) > Sim.Limits.MAX_SPEED:                                               <L 50>
    var_44 = wp::length(var_43);
    var_46 = (var_44 > var_45);
    if (var_46) {
        // vi = wp.normalize(vi) * Sim.Limits.MAX_SPEED                                       <L 51>
        var_47 = wp::normalize(var_43);
        var_49 = wp::mul(var_47, var_48);
    }
    var_50 = wp::where(var_46, var_49, var_43);
    // v[i] = vi                                                                              <L 52>
    // wp::array_store(var_v, var_0, var_50);
    // j = address(i + 1, x.shape[0], mode)                                                   <L 53>
    var_52 = wp::add(var_0, var_51);
    var_53 = &(var_x.shape);
    var_56 = wp::load(var_53);
    var_55 = wp::extract(var_56, var_54);
    var_57 = address_0(var_52, var_55, var_mode);
    // k = address(i - 1, x.shape[0], Mode.WRAP)                                              <L 54>
    var_59 = wp::sub(var_0, var_58);
    var_60 = &(var_x.shape);
    var_63 = wp::load(var_60);
    var_62 = wp::extract(var_63, var_61);
    var_66 = address_0(var_59, var_62, var_65);
    // x[i] = x[i] + vi * Sim.DT + (x[j] - x[k]) * 0.0                                        <L 55>
    var_67 = wp::address(var_x, var_0);
    var_69 = wp::mul(var_50, var_68);
    var_71 = wp::load(var_67);
    var_70 = wp::add(var_71, var_69);
    var_72 = wp::address(var_x, var_57);
    var_73 = wp::address(var_x, var_66);
    var_75 = wp::load(var_72);
    var_76 = wp::load(var_73);
    var_74 = wp::sub(var_75, var_76);
    var_78 = wp::mul(var_74, var_77);
    var_79 = wp::add(var_70, var_78);
    // wp::array_store(var_x, var_0, var_79);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_79, adj_x, adj_0, adj_79);
    wp::adj_add(var_70, var_78, adj_70, adj_78, adj_79);
    wp::adj_mul(var_74, var_77, adj_74, adj_77, adj_78);
    wp::adj_sub(var_75, var_76, adj_72, adj_73, adj_74);
    wp::adj_address(var_x, var_66, adj_x, adj_66, adj_73);
    wp::adj_address(var_x, var_57, adj_x, adj_57, adj_72);
    wp::adj_add(var_71, var_69, adj_67, adj_69, adj_70);
    wp::adj_mul(var_50, var_68, adj_50, adj_68, adj_69);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_67);
    // adj: x[i] = x[i] + vi * Sim.DT + (x[j] - x[k]) * 0.0                                   <L 55>
    adj_address_0(var_59, var_62, var_65, adj_59, adj_62, adj_65, adj_66);
    wp::adj_extract(var_63, var_61, adj_60, adj_61, adj_62);
    adj_x.shape = adj_60;
    wp::adj_sub(var_0, var_58, adj_0, adj_58, adj_59);
    // adj: k = address(i - 1, x.shape[0], Mode.WRAP)                                         <L 54>
    adj_address_0(var_52, var_55, var_mode, adj_52, adj_55, adj_mode, adj_57);
    wp::adj_extract(var_56, var_54, adj_53, adj_54, adj_55);
    adj_x.shape = adj_53;
    wp::adj_add(var_0, var_51, adj_0, adj_51, adj_52);
    // adj: j = address(i + 1, x.shape[0], mode)                                              <L 53>
    wp::adj_array_store(var_v, var_0, var_50, adj_v, adj_0, adj_50);
    // adj: v[i] = vi                                                                         <L 52>
    wp::adj_where(var_46, var_49, var_43, adj_46, adj_49, adj_43, adj_50);
    if (var_46) {
        wp::adj_mul(var_47, var_48, adj_47, adj_48, adj_49);
        wp::adj_normalize(var_43, var_47, adj_43, adj_47);
        // adj: vi = wp.normalize(vi) * Sim.Limits.MAX_SPEED                                  <L 51>
    }
    wp::adj_length(var_43, var_44, adj_43, adj_44);
    // adj: if wp.length(vi) > Sim.Limits.MAX_SPEED:                                          <L 50>
    wp::adj_add(var_34, var_42, adj_34, adj_42, adj_43);
    wp::adj_mul(var_36, var_41, adj_36, adj_41, adj_42);
    wp::adj_mul(var_39, var_40, adj_39, adj_40, adj_41);
    wp::adj_mul(var_37, var_38, adj_37, adj_38, adj_39);
    wp::adj_add(var_25, var_33, adj_25, adj_33, adj_34);
    wp::adj_mul(var_27, var_32, adj_27, adj_32, adj_33);
    wp::adj_mul(var_30, var_31, adj_30, adj_31, adj_32);
    wp::adj_mul(var_28, var_29, adj_28, adj_29, adj_30);
    wp::adj_add(var_16, var_24, adj_16, adj_24, adj_25);
    wp::adj_mul(var_18, var_23, adj_18, adj_23, adj_24);
    wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_mul(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_add(var_6, var_15, adj_6, adj_15, adj_16);
    wp::adj_mul(var_9, var_14, adj_9, adj_14, adj_15);
    wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
    // adj: vi = vi + Cfg.GRAVITY * (Sim.DT * Cfg.GAIN * Cfg.SCALE)                           <L 49>
    // adj: for s in range(Cfg.SUBSTEPS):                                                     <L 48>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_5);
    // adj: vi = v[i]                                                                         <L 47>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 46>
    }
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
    // adj: if flags[i] & Flags.FIXED:                                                        <L 45>
    // adj: i = wp.tid()                                                                      <L 44>
    // adj: def integrate(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), flags: wp.array(dtype=int), mode: int):  <L 43>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void integrate_59cedb25_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_integrate_59cedb25 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_59cedb25_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void integrate_59cedb25_cpu_backward(
    wp::launch_bounds_t dim,
    wp_args_integrate_59cedb25 *_wp_args,
    wp_args_integrate_59cedb25 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        integrate_59cedb25_cpu_kernel_backward(dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

