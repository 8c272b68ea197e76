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


// corpus/156_module_constants_typed.py:22
static wp::vec_t<3, wp::float32> limit_speed_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 25.0;
    bool var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def limit_speed(v: wp.vec3) -> wp.vec3:                                                <L 23>
    // s = wp.length(v)                                                                       <L 24>
    var_0 = wp::length(var_v);
    // if s > MAX_SPEED:                                                                      <L 25>
    var_2 = (var_0 > var_1);
    if (var_2) {
        // return v * (MAX_SPEED / s)                                                         <L 26>
        var_3 = wp::div(var_1, var_0);
        var_4 = wp::mul(var_v, var_3);
        return var_4;
    }
    // return v                                                                               <L 27>
    return var_v;
}


// corpus/156_module_constants_typed.py:22
static void adj_limit_speed_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 25.0;
    bool var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def limit_speed(v: wp.vec3) -> wp.vec3:                                                <L 23>
    // s = wp.length(v)                                                                       <L 24>
    var_0 = wp::length(var_v);
    // if s > MAX_SPEED:                                                                      <L 25>
    var_2 = (var_0 > var_1);
    if (var_2) {
        // return v * (MAX_SPEED / s)                                                         <L 26>
        var_3 = wp::div(var_1, var_0);
        var_4 = wp::mul(var_v, var_3);
        goto label0;
    }
    // return v                                                                               <L 27>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_v += adj_ret;
    // adj: return v                                                                          <L 27>
    if (var_2) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_mul(var_v, var_3, adj_v, adj_3, adj_4);
        wp::adj_div(var_1, var_0, var_3, adj_1, adj_0, adj_3);
        // adj: return v * (MAX_SPEED / s)                                                    <L 26>
    }
    // adj: if s > MAX_SPEED:                                                                 <L 25>
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: s = wp.length(v)                                                                  <L 24>
    // adj: def limit_speed(v: wp.vec3) -> wp.vec3:                                           <L 23>
    return;
}

struct wp_args_substep_36731253 {
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::float32 dt;
};


void substep_36731253_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_substep_36731253 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 4;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = -9.81;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const bool var_17 = true;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 0.02;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::int32 var_25 = 1;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    const wp::int32 var_29 = 1;
    const wp::int32 var_30 = 1;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 0.5;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    const wp::int32 var_36 = 1;
    const wp::float32 var_37 = 0.0;
    const wp::float32 var_38 = 0.0;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    const wp::float32 var_42 = 1.0;
    wp::float32 var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    const wp::int32 var_48 = 1;
    wp::float32 var_49;
    bool var_50;
    const wp::int32 var_51 = 1;
    const wp::int32 var_52 = 1;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::float32 var_55 = 0.5;
    wp::float32 var_56;
    const wp::int32 var_57 = 1;
    const wp::int32 var_58 = 2;
    const wp::float32 var_59 = 0.0;
    const wp::float32 var_60 = 0.0;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    const wp::float32 var_64 = 1.0;
    wp::float32 var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    const wp::int32 var_70 = 1;
    wp::float32 var_71;
    bool var_72;
    const wp::int32 var_73 = 1;
    const wp::int32 var_74 = 1;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::float32 var_77 = 0.5;
    wp::float32 var_78;
    const wp::int32 var_79 = 1;
    const wp::int32 var_80 = 3;
    const wp::float32 var_81 = 0.0;
    const wp::float32 var_82 = 0.0;
    wp::vec_t<3, wp::float32> var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::vec_t<3, wp::float32> var_85;
    const wp::float32 var_86 = 1.0;
    wp::float32 var_87;
    wp::vec_t<3, wp::float32> var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::vec_t<3, wp::float32> var_91;
    const wp::int32 var_92 = 1;
    wp::float32 var_93;
    bool var_94;
    const wp::int32 var_95 = 1;
    const wp::int32 var_96 = 1;
    wp::float32 var_97;
    wp::float32 var_98;
    const wp::float32 var_99 = 0.5;
    wp::float32 var_100;
    const wp::int32 var_101 = 1;
    const bool var_102 = false;
    //---------
    // forward
    // def substep(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):        <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // h = dt / float(SIM_SUBSTEPS)                                                           <L 33>
    var_2 = wp::float(var_1);
    var_3 = wp::div(var_dt, var_2);
    // p = x[i]                                                                               <L 34>
    var_4 = wp::address(var_x, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // vel = v[i]                                                                             <L 35>
    var_7 = wp::address(var_v, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // for s in range(SIM_SUBSTEPS):                                                          <L 36>
    // vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h                                         <L 37>
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_15 = wp::mul(var_14, var_3);
    var_16 = wp::add(var_8, var_15);
    // if USE_DAMPING:                                                                        <L 38>
    // vel = vel * (1.0 - SIM_DAMPING)                                                        <L 39>
    var_20 = wp::sub(var_18, var_19);
    var_21 = wp::mul(var_16, var_20);
    // vel = limit_speed(vel)                                                                 <L 40>
    var_22 = limit_speed_0(var_21);
    // p = p + vel * h                                                                        <L 41>
    var_23 = wp::mul(var_22, var_3);
    var_24 = wp::add(var_5, var_23);
    // if p[1] < MIN_HEIGHT:                                                                  <L 42>
    var_26 = wp::extract(var_24, var_25);
    var_28 = (var_26 < var_27);
    if (var_28) {
        // p[1] = MIN_HEIGHT                                                                  <L 43>
        wp::assign_inplace(var_24, var_29, var_27);
        // vel[1] = -vel[1] * 0.5                                                             <L 44>
        var_31 = wp::extract(var_22, var_30);
        var_32 = wp::neg(var_31);
        var_34 = wp::mul(var_32, var_33);
        wp::assign_inplace(var_22, var_35, var_34);
    }
    // vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h                                         <L 37>
    var_39 = wp::vec_t<3, wp::float32>(var_37, var_12, var_38);
    var_40 = wp::mul(var_39, var_3);
    var_41 = wp::add(var_22, var_40);
    // if USE_DAMPING:                                                                        <L 38>
    // vel = vel * (1.0 - SIM_DAMPING)                                                        <L 39>
    var_43 = wp::sub(var_42, var_19);
    var_44 = wp::mul(var_41, var_43);
    // vel = limit_speed(vel)                                                                 <L 40>
    var_45 = limit_speed_0(var_44);
    // p = p + vel * h                                                                        <L 41>
    var_46 = wp::mul(var_45, var_3);
    var_47 = wp::add(var_24, var_46);
    // if p[1] < MIN_HEIGHT:                                                                  <L 42>
    var_49 = wp::extract(var_47, var_48);
    var_50 = (var_49 < var_27);
    if (var_50) {
        // p[1] = MIN_HEIGHT                                                                  <L 43>
        wp::assign_inplace(var_47, var_51, var_27);
        // vel[1] = -vel[1] * 0.5                                                             <L 44>
        var_53 = wp::extract(var_45, var_52);
        var_54 = wp::neg(var_53);
        var_56 = wp::mul(var_54, var_55);
        wp::assign_inplace(var_45, var_57, var_56);
    }
    // vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h                                         <L 37>
    var_61 = wp::vec_t<3, wp::float32>(var_59, var_12, var_60);
    var_62 = wp::mul(var_61, var_3);
    var_63 = wp::add(var_45, var_62);
    // if USE_DAMPING:                                                                        <L 38>
    // vel = vel * (1.0 - SIM_DAMPING)                                                        <L 39>
    var_65 = wp::sub(var_64, var_19);
    var_66 = wp::mul(var_63, var_65);
    // vel = limit_speed(vel)                                                                 <L 40>
    var_67 = limit_speed_0(var_66);
    // p = p + vel * h                                                                        <L 41>
    var_68 = wp::mul(var_67, var_3);
    var_69 = wp::add(var_47, var_68);
    // if p[1] < MIN_HEIGHT:                                                                  <L 42>
    var_71 = wp::extract(var_69, var_70);
    var_72 = (var_71 < var_27);
    if (var_72) {
        // p[1] = MIN_HEIGHT                                                                  <L 43>
        wp::assign_inplace(var_69, var_73, var_27);
        // vel[1] = -vel[1] * 0.5                                                             <L 44>
        var_75 = wp::extract(var_67, var_74);
        var_76 = wp::neg(var_75);
        var_78 = wp::mul(var_76, var_77);
        wp::assign_inplace(var_67, var_79, var_78);
    }
    // vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h                                         <L 37>
    var_83 = wp::vec_t<3, wp::float32>(var_81, var_12, var_82);
    var_84 = wp::mul(var_83, var_3);
    var_85 = wp::add(var_67, var_84);
    // if USE_DAMPING:                                                                        <L 38>
    // vel = vel * (1.0 - SIM_DAMPING)                                                        <L 39>
    var_87 = wp::sub(var_86, var_19);
    var_88 = wp::mul(var_85, var_87);
    // vel = limit_speed(vel)                                                                 <L 40>
    var_89 = limit_speed_0(var_88);
    // p = p + vel * h                                                                        <L 41>
    var_90 = wp::mul(var_89, var_3);
    var_91 = wp::add(var_69, var_90);
    // if p[1] < MIN_HEIGHT:                                                                  <L 42>
    var_93 = wp::extract(var_91, var_92);
    var_94 = (var_93 < var_27);
    if (var_94) {
        // p[1] = MIN_HEIGHT                                                                  <L 43>
        wp::assign_inplace(var_91, var_95, var_27);
        // vel[1] = -vel[1] * 0.5                                                             <L 44>
        var_97 = wp::extract(var_89, var_96);
        var_98 = wp::neg(var_97);
        var_100 = wp::mul(var_98, var_99);
        wp::assign_inplace(var_89, var_101, var_100);
    }
    // if DEBUG:                                                                              <L 45>
    // x[i] = p                                                                               <L 47>
    wp::array_store(var_x, var_0, var_91);
    // v[i] = vel                                                                             <L 48>
    wp::array_store(var_v, var_0, var_89);
}



void substep_36731253_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_substep_36731253 *_wp_args,
    wp_args_substep_36731253 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 4;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = -9.81;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const bool var_17 = true;
    const wp::float32 var_18 = 1.0;
    const wp::float32 var_19 = 0.02;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::int32 var_25 = 1;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    const wp::int32 var_29 = 1;
    const wp::int32 var_30 = 1;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 0.5;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    const wp::int32 var_36 = 1;
    const wp::float32 var_37 = 0.0;
    const wp::float32 var_38 = 0.0;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    const wp::float32 var_42 = 1.0;
    wp::float32 var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    const wp::int32 var_48 = 1;
    wp::float32 var_49;
    bool var_50;
    const wp::int32 var_51 = 1;
    const wp::int32 var_52 = 1;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::float32 var_55 = 0.5;
    wp::float32 var_56;
    const wp::int32 var_57 = 1;
    const wp::int32 var_58 = 2;
    const wp::float32 var_59 = 0.0;
    const wp::float32 var_60 = 0.0;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    const wp::float32 var_64 = 1.0;
    wp::float32 var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    const wp::int32 var_70 = 1;
    wp::float32 var_71;
    bool var_72;
    const wp::int32 var_73 = 1;
    const wp::int32 var_74 = 1;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::float32 var_77 = 0.5;
    wp::float32 var_78;
    const wp::int32 var_79 = 1;
    const wp::int32 var_80 = 3;
    const wp::float32 var_81 = 0.0;
    const wp::float32 var_82 = 0.0;
    wp::vec_t<3, wp::float32> var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::vec_t<3, wp::float32> var_85;
    const wp::float32 var_86 = 1.0;
    wp::float32 var_87;
    wp::vec_t<3, wp::float32> var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::vec_t<3, wp::float32> var_91;
    const wp::int32 var_92 = 1;
    wp::float32 var_93;
    bool var_94;
    const wp::int32 var_95 = 1;
    const wp::int32 var_96 = 1;
    wp::float32 var_97;
    wp::float32 var_98;
    const wp::float32 var_99 = 0.5;
    wp::float32 var_100;
    const wp::int32 var_101 = 1;
    const bool var_102 = false;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    bool adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::int32 adj_70 = {};
    wp::float32 adj_71 = {};
    bool adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::vec_t<3, wp::float32> adj_83 = {};
    wp::vec_t<3, wp::float32> adj_84 = {};
    wp::vec_t<3, wp::float32> adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::vec_t<3, wp::float32> adj_88 = {};
    wp::vec_t<3, wp::float32> adj_89 = {};
    wp::vec_t<3, wp::float32> adj_90 = {};
    wp::vec_t<3, wp::float32> adj_91 = {};
    wp::int32 adj_92 = {};
    wp::float32 adj_93 = {};
    bool adj_94 = {};
    wp::int32 adj_95 = {};
    wp::int32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::int32 adj_101 = {};
    bool adj_102 = {};
    //---------
    // forward
    // def substep(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):        <L 31>
    // i = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // h = dt / float(SIM_SUBSTEPS)                                                           <L 33>
    var_2 = wp::float(var_1);
    var_3 = wp::div(var_dt, var_2);
    // p = x[i]                                                                               <L 34>
    var_4 = wp::address(var_x, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // vel = v[i]                                                                             <L 35>
    var_7 = wp::address(var_v, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // for s in range(SIM_SUBSTEPS):                                                          <L 36>
    // vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h                                         <L 37>
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_15 = wp::mul(var_14, var_3);
    var_16 = wp::add(var_8, var_15);
    // if USE_DAMPING:                                                                        <L 38>
    // vel = vel * (1.0 - SIM_DAMPING)                                                        <L 39>
    var_20 = wp::sub(var_18, var_19);
    var_21 = wp::mul(var_16, var_20);
    // vel = limit_speed(vel)                                                                 <L 40>
    var_22 = limit_speed_0(var_21);
    // p = p + vel * h                                                                        <L 41>
    var_23 = wp::mul(var_22, var_3);
    var_24 = wp::add(var_5, var_23);
    // if p[1] < MIN_HEIGHT:                                                                  <L 42>
    var_26 = wp::extract(var_24, var_25);
    var_28 = (var_26 < var_27);
    if (var_28) {
        // p[1] = MIN_HEIGHT                                                                  <L 43>
        wp::assign_inplace(var_24, var_29, var_27);
        // vel[1] = -vel[1] * 0.5                                                             <L 44>
        var_31 = wp::extract(var_22, var_30);
        var_32 = wp::neg(var_31);
        var_34 = wp::mul(var_32, var_33);
        wp::assign_inplace(var_22, var_35, var_34);
    }
    // vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h                                         <L 37>
    var_39 = wp::vec_t<3, wp::float32>(var_37, var_12, var_38);
    var_40 = wp::mul(var_39, var_3);
    var_41 = wp::add(var_22, var_40);
    // if USE_DAMPING:                                                                        <L 38>
    // vel = vel * (1.0 - SIM_DAMPING)                                                        <L 39>
    var_43 = wp::sub(var_42, var_19);
    var_44 = wp::mul(var_41, var_43);
    // vel = limit_speed(vel)                                                                 <L 40>
    var_45 = limit_speed_0(var_44);
    // p = p + vel * h                                                                        <L 41>
    var_46 = wp::mul(var_45, var_3);
    var_47 = wp::add(var_24, var_46);
    // if p[1] < MIN_HEIGHT:                                                                  <L 42>
    var_49 = wp::extract(var_47, var_48);
    var_50 = (var_49 < var_27);
    if (var_50) {
        // p[1] = MIN_HEIGHT                                                                  <L 43>
        wp::assign_inplace(var_47, var_51, var_27);
        // vel[1] = -vel[1] * 0.5                                                             <L 44>
        var_53 = wp::extract(var_45, var_52);
        var_54 = wp::neg(var_53);
        var_56 = wp::mul(var_54, var_55);
        wp::assign_inplace(var_45, var_57, var_56);
    }
    // vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h                                         <L 37>
    var_61 = wp::vec_t<3, wp::float32>(var_59, var_12, var_60);
    var_62 = wp::mul(var_61, var_3);
    var_63 = wp::add(var_45, var_62);
    // if USE_DAMPING:                                                                        <L 38>
    // vel = vel * (1.0 - SIM_DAMPING)                                                        <L 39>
    var_65 = wp::sub(var_64, var_19);
    var_66 = wp::mul(var_63, var_65);
    // vel = limit_speed(vel)                                                                 <L 40>
    var_67 = limit_speed_0(var_66);
    // p = p + vel * h                                                                        <L 41>
    var_68 = wp::mul(var_67, var_3);
    var_69 = wp::add(var_47, var_68);
    // if p[1] < MIN_HEIGHT:                                                                  <L 42>
    var_71 = wp::extract(var_69, var_70);
    var_72 = (var_71 < var_27);
    if (var_72) {
        // p[1] = MIN_HEIGHT                                                                  <L 43>
        wp::assign_inplace(var_69, var_73, var_27);
        // vel[1] = -vel[1] * 0.5                                                             <L 44>
        var_75 = wp::extract(var_67, var_74);
        var_76 = wp::neg(var_75);
        var_78 = wp::mul(var_76, var_77);
        wp::assign_inplace(var_67, var_79, var_78);
    }
    // vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h                                         <L 37>
    var_83 = wp::vec_t<3, wp::float32>(var_81, var_12, var_82);
    var_84 = wp::mul(var_83, var_3);
    var_85 = wp::add(var_67, var_84);
    // if USE_DAMPING:                                                                        <L 38>
    // vel = vel * (1.0 - SIM_DAMPING)                                                        <L 39>
    var_87 = wp::sub(var_86, var_19);
    var_88 = wp::mul(var_85, var_87);
    // vel = limit_speed(vel)                                                                 <L 40>
    var_89 = limit_speed_0(var_88);
    // p = p + vel * h                                                                        <L 41>
    var_90 = wp::mul(var_89, var_3);
    var_91 = wp::add(var_69, var_90);
    // if p[1] < MIN_HEIGHT:                                                                  <L 42>
    var_93 = wp::extract(var_91, var_92);
    var_94 = (var_93 < var_27);
    if (var_94) {
        // p[1] = MIN_HEIGHT                                                                  <L 43>
        wp::assign_inplace(var_91, var_95, var_27);
        // vel[1] = -vel[1] * 0.5                                                             <L 44>
        var_97 = wp::extract(var_89, var_96);
        var_98 = wp::neg(var_97);
        var_100 = wp::mul(var_98, var_99);
        wp::assign_inplace(var_89, var_101, var_100);
    }
    // if DEBUG:                                                                              <L 45>
    // x[i] = p                                                                               <L 47>
    // wp::array_store(var_x, var_0, var_91);
    // v[i] = vel                                                                             <L 48>
    // wp::array_store(var_v, var_0, var_89);
    //---------
    // reverse
    wp::adj_array_store(var_v, var_0, var_89, adj_v, adj_0, adj_89);
    // adj: v[i] = vel                                                                        <L 48>
    wp::adj_array_store(var_x, var_0, var_91, adj_x, adj_0, adj_91);
    // adj: x[i] = p                                                                          <L 47>
    // adj: if DEBUG:                                                                         <L 45>
    if (var_94) {
        wp::adj_assign_inplace(var_89, var_101, var_100, adj_89, adj_101, adj_100);
        wp::adj_mul(var_98, var_99, adj_98, adj_99, adj_100);
        wp::adj_neg(var_97, adj_97, adj_98);
        wp::adj_extract(var_89, var_96, adj_89, adj_96, adj_97);
        // adj: vel[1] = -vel[1] * 0.5                                                        <L 44>
        wp::adj_assign_inplace(var_91, var_95, var_27, adj_91, adj_95, adj_27);
        // adj: p[1] = MIN_HEIGHT                                                             <L 43>
    }
    wp::adj_extract(var_91, var_92, adj_91, adj_92, adj_93);
    // adj: if p[1] < MIN_HEIGHT:                                                             <L 42>
    wp::adj_add(var_69, var_90, adj_69, adj_90, adj_91);
    wp::adj_mul(var_89, var_3, adj_89, adj_3, adj_90);
    // adj: p = p + vel * h                                                                   <L 41>
    adj_limit_speed_0(var_88, adj_88, adj_89);
    // adj: vel = limit_speed(vel)                                                            <L 40>
    wp::adj_mul(var_85, var_87, adj_85, adj_87, adj_88);
    wp::adj_sub(var_86, var_19, adj_86, adj_19, adj_87);
    // adj: vel = vel * (1.0 - SIM_DAMPING)                                                   <L 39>
    // adj: if USE_DAMPING:                                                                   <L 38>
    wp::adj_add(var_67, var_84, adj_67, adj_84, adj_85);
    wp::adj_mul(var_83, var_3, adj_83, adj_3, adj_84);
    wp::adj_vec_t(var_81, var_12, var_82, adj_81, adj_12, adj_82, adj_83);
    // adj: vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h                                    <L 37>
    if (var_72) {
        wp::adj_assign_inplace(var_67, var_79, var_78, adj_67, adj_79, adj_78);
        wp::adj_mul(var_76, var_77, adj_76, adj_77, adj_78);
        wp::adj_neg(var_75, adj_75, adj_76);
        wp::adj_extract(var_67, var_74, adj_67, adj_74, adj_75);
        // adj: vel[1] = -vel[1] * 0.5                                                        <L 44>
        wp::adj_assign_inplace(var_69, var_73, var_27, adj_69, adj_73, adj_27);
        // adj: p[1] = MIN_HEIGHT                                                             <L 43>
    }
    wp::adj_extract(var_69, var_70, adj_69, adj_70, adj_71);
    // adj: if p[1] < MIN_HEIGHT:                                                             <L 42>
    wp::adj_add(var_47, var_68, adj_47, adj_68, adj_69);
    wp::adj_mul(var_67, var_3, adj_67, adj_3, adj_68);
    // adj: p = p + vel * h                                                                   <L 41>
    adj_limit_speed_0(var_66, adj_66, adj_67);
    // adj: vel = limit_speed(vel)                                                            <L 40>
    wp::adj_mul(var_63, var_65, adj_63, adj_65, adj_66);
    wp::adj_sub(var_64, var_19, adj_64, adj_19, adj_65);
    // adj: vel = vel * (1.0 - SIM_DAMPING)                                                   <L 39>
    // adj: if USE_DAMPING:                                                                   <L 38>
    wp::adj_add(var_45, var_62, adj_45, adj_62, adj_63);
    wp::adj_mul(var_61, var_3, adj_61, adj_3, adj_62);
    wp::adj_vec_t(var_59, var_12, var_60, adj_59, adj_12, adj_60, adj_61);
    // adj: vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h                                    <L 37>
    if (var_50) {
        wp::adj_assign_inplace(var_45, var_57, var_56, adj_45, adj_57, adj_56);
        wp::adj_mul(var_54, var_55, adj_54, adj_55, adj_56);
        wp::adj_neg(var_53, adj_53, adj_54);
        wp::adj_extract(var_45, var_52, adj_45, adj_52, adj_53);
        // adj: vel[1] = -vel[1] * 0.5                                                        <L 44>
        wp::adj_assign_inplace(var_47, var_51, var_27, adj_47, adj_51, adj_27);
        // adj: p[1] = MIN_HEIGHT                                                             <L 43>
    }
    wp::adj_extract(var_47, var_48, adj_47, adj_48, adj_49);
    // adj: if p[1] < MIN_HEIGHT:                                                             <L 42>
    wp::adj_add(var_24, var_46, adj_24, adj_46, adj_47);
    wp::adj_mul(var_45, var_3, adj_45, adj_3, adj_46);
    // adj: p = p + vel * h                                                                   <L 41>
    adj_limit_speed_0(var_44, adj_44, adj_45);
    // adj: vel = limit_speed(vel)                                                            <L 40>
    wp::adj_mul(var_41, var_43, adj_41, adj_43, adj_44);
    wp::adj_sub(var_42, var_19, adj_42, adj_19, adj_43);
    // adj: vel = vel * (1.0 - SIM_DAMPING)                                                   <L 39>
    // adj: if USE_DAMPING:                                                                   <L 38>
    wp::adj_add(var_22, var_40, adj_22, adj_40, adj_41);
    wp::adj_mul(var_39, var_3, adj_39, adj_3, adj_40);
    wp::adj_vec_t(var_37, var_12, var_38, adj_37, adj_12, adj_38, adj_39);
    // adj: vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h                                    <L 37>
    if (var_28) {
        wp::adj_assign_inplace(var_22, var_35, var_34, adj_22, adj_35, adj_34);
        wp::adj_mul(var_32, var_33, adj_32, adj_33, adj_34);
        wp::adj_neg(var_31, adj_31, adj_32);
        wp::adj_extract(var_22, var_30, adj_22, adj_30, adj_31);
        // adj: vel[1] = -vel[1] * 0.5                                                        <L 44>
        wp::adj_assign_inplace(var_24, var_29, var_27, adj_24, adj_29, adj_27);
        // adj: p[1] = MIN_HEIGHT                                                             <L 43>
    }
    wp::adj_extract(var_24, var_25, adj_24, adj_25, adj_26);
    // adj: if p[1] < MIN_HEIGHT:                                                             <L 42>
    wp::adj_add(var_5, var_23, adj_5, adj_23, adj_24);
    wp::adj_mul(var_22, var_3, adj_22, adj_3, adj_23);
    // adj: p = p + vel * h                                                                   <L 41>
    adj_limit_speed_0(var_21, adj_21, adj_22);
    // adj: vel = limit_speed(vel)                                                            <L 40>
    wp::adj_mul(var_16, var_20, adj_16, adj_20, adj_21);
    wp::adj_sub(var_18, var_19, adj_18, adj_19, adj_20);
    // adj: vel = vel * (1.0 - SIM_DAMPING)                                                   <L 39>
    // adj: if USE_DAMPING:                                                                   <L 38>
    wp::adj_add(var_8, var_15, adj_8, adj_15, adj_16);
    wp::adj_mul(var_14, var_3, adj_14, adj_3, adj_15);
    wp::adj_vec_t(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
    // adj: vel = vel + wp.vec3(0.0, SIM_GRAVITY, 0.0) * h                                    <L 37>
    // adj: for s in range(SIM_SUBSTEPS):                                                     <L 36>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_7);
    // adj: vel = v[i]                                                                        <L 35>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_4);
    // adj: p = x[i]                                                                          <L 34>
    wp::adj_div(var_dt, var_2, var_3, adj_dt, adj_2, adj_3);
    wp::adj_float(var_1, adj_1, adj_2);
    // adj: h = dt / float(SIM_SUBSTEPS)                                                      <L 33>
    // adj: i = wp.tid()                                                                      <L 32>
    // adj: def substep(x: wp.array(dtype=wp.vec3), v: wp.array(dtype=wp.vec3), dt: float):   <L 31>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void substep_36731253_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_substep_36731253 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        substep_36731253_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void substep_36731253_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_substep_36731253 *_wp_args,
    wp_args_substep_36731253 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        substep_36731253_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_math_module_consts_0c06ad43 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> out;
};


void math_module_consts_0c06ad43_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_math_module_consts_0c06ad43 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 3.141592653589793;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 2.718281828459045;
    const wp::float32 var_8 = 6.283185307179586;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = -7;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def math_module_consts(a: wp.array(dtype=float), out: wp.array(dtype=float)):          <L 52>
    // i = wp.tid()                                                                           <L 53>
    var_0 = builtin_tid1d();
    // t = a[i]                                                                               <L 54>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[i] = wp.sin(t * math.pi) + math.e * wp.cos(t * math.tau) + float(NEG_OFFSET)       <L 55>
    var_5 = wp::mul(var_2, var_4);
    var_6 = wp::sin(var_5);
    var_9 = wp::mul(var_2, var_8);
    var_10 = wp::cos(var_9);
    var_11 = wp::mul(var_7, var_10);
    var_12 = wp::add(var_6, var_11);
    var_14 = wp::float(var_13);
    var_15 = wp::add(var_12, var_14);
    wp::array_store(var_out, var_0, var_15);
}



void math_module_consts_0c06ad43_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_math_module_consts_0c06ad43 *_wp_args,
    wp_args_math_module_consts_0c06ad43 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 3.141592653589793;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 2.718281828459045;
    const wp::float32 var_8 = 6.283185307179586;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = -7;
    wp::float32 var_14;
    wp::float32 var_15;
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
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def math_module_consts(a: wp.array(dtype=float), out: wp.array(dtype=float)):          <L 52>
    // i = wp.tid()                                                                           <L 53>
    var_0 = builtin_tid1d();
    // t = a[i]                                                                               <L 54>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[i] = wp.sin(t * math.pi) + math.e * wp.cos(t * math.tau) + float(NEG_OFFSET)       <L 55>
    var_5 = wp::mul(var_2, var_4);
    var_6 = wp::sin(var_5);
    var_9 = wp::mul(var_2, var_8);
    var_10 = wp::cos(var_9);
    var_11 = wp::mul(var_7, var_10);
    var_12 = wp::add(var_6, var_11);
    var_14 = wp::float(var_13);
    var_15 = wp::add(var_12, var_14);
    // wp::array_store(var_out, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_15, adj_out, adj_0, adj_15);
    wp::adj_add(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_float(var_13, adj_13, adj_14);
    wp::adj_add(var_6, var_11, adj_6, adj_11, adj_12);
    wp::adj_mul(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_cos(var_9, adj_9, adj_10);
    wp::adj_mul(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_sin(var_5, adj_5, adj_6);
    wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: out[i] = wp.sin(t * math.pi) + math.e * wp.cos(t * math.tau) + float(NEG_OFFSET)  <L 55>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: t = a[i]                                                                          <L 54>
    // adj: i = wp.tid()                                                                      <L 53>
    // adj: def math_module_consts(a: wp.array(dtype=float), out: wp.array(dtype=float)):     <L 52>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void math_module_consts_0c06ad43_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_math_module_consts_0c06ad43 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        math_module_consts_0c06ad43_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void math_module_consts_0c06ad43_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_math_module_consts_0c06ad43 *_wp_args,
    wp_args_math_module_consts_0c06ad43 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        math_module_consts_0c06ad43_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_typed_consts_4ad45f92 {
    wp::array_t<wp::int8> a;
    wp::array_t<wp::uint32> h;
    wp::array_t<wp::vec_t<3, wp::int32>> cells;
    wp::array_t<wp::float64> d;
    wp::array_t<wp::int64> big;
};


void typed_consts_4ad45f92_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_typed_consts_4ad45f92 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_a = _wp_args->a;
    wp::array_t<wp::uint32> var_h = _wp_args->h;
    wp::array_t<wp::vec_t<3, wp::int32>> var_cells = _wp_args->cells;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::int64> var_big = _wp_args->big;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int8* var_1;
    const wp::int8 var_2 = -3;
    wp::int8 var_3;
    wp::int8 var_4;
    wp::uint32 var_5;
    const wp::uint32 var_6 = 2654435761u;
    wp::uint32 var_7;
    wp::vec_t<3, wp::int32>* var_8;
    const wp::vec_t<3, wp::int32> var_9 = wp::initializer_array<3,wp::int32>{4, 4, 4};
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::vec_t<3, wp::int32> var_12;
    wp::vec_t<3, wp::int32> var_13;
    wp::vec_t<3, wp::int32> var_14;
    wp::float64* var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    const wp::float64 var_18 = 1e-12;
    bool var_19;
    wp::int64 var_20;
    wp::int64 var_21;
    wp::int64 var_22;
    //---------
    // forward
    // def typed_consts(                                                                      <L 59>
    // i = wp.tid()                                                                           <L 66>
    var_0 = builtin_tid1d();
    // a[i] = a[i] + SMALL_I8                                                                 <L 67>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::add(var_4, var_2);
    wp::array_store(var_a, var_0, var_3);
    // h[i] = wp.uint32(i) * U32_SEED                                                         <L 68>
    var_5 = wp::uint32(var_0);
    var_7 = wp::mul(var_5, var_6);
    wp::array_store(var_h, var_0, var_7);
    // cells[i] = cells[i] * CELL[0] + CELL                                                   <L 69>
    var_8 = wp::address(var_cells, var_0);
    var_11 = wp::extract(var_9, var_10);
    var_13 = wp::load(var_8);
    var_12 = wp::mul(var_13, var_11);
    var_14 = wp::add(var_12, var_9);
    wp::array_store(var_cells, var_0, var_14);
    // if wp.abs(d[i]) < F64_EPS:                                                             <L 70>
    var_15 = wp::address(var_d, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::abs(var_17);
    var_19 = (var_16 < var_18);
    if (var_19) {
        // d[i] = F64_EPS                                                                     <L 71>
        wp::array_store(var_d, var_0, var_18);
    }
    // big[i] = wp.int64(BIG) + wp.int64(i)                                                   <L 72>
    var_20 = 3000000000ll;
    var_21 = wp::int64(var_0);
    var_22 = wp::add(var_20, var_21);
    wp::array_store(var_big, var_0, var_22);
}



void typed_consts_4ad45f92_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_typed_consts_4ad45f92 *_wp_args,
    wp_args_typed_consts_4ad45f92 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int8> var_a = _wp_args->a;
    wp::array_t<wp::uint32> var_h = _wp_args->h;
    wp::array_t<wp::vec_t<3, wp::int32>> var_cells = _wp_args->cells;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::int64> var_big = _wp_args->big;
    wp::array_t<wp::int8> adj_a = _wp_adj_args->a;
    wp::array_t<wp::uint32> adj_h = _wp_adj_args->h;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_cells = _wp_adj_args->cells;
    wp::array_t<wp::float64> adj_d = _wp_adj_args->d;
    wp::array_t<wp::int64> adj_big = _wp_adj_args->big;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int8* var_1;
    const wp::int8 var_2 = -3;
    wp::int8 var_3;
    wp::int8 var_4;
    wp::uint32 var_5;
    const wp::uint32 var_6 = 2654435761u;
    wp::uint32 var_7;
    wp::vec_t<3, wp::int32>* var_8;
    const wp::vec_t<3, wp::int32> var_9 = wp::initializer_array<3,wp::int32>{4, 4, 4};
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::vec_t<3, wp::int32> var_12;
    wp::vec_t<3, wp::int32> var_13;
    wp::vec_t<3, wp::int32> var_14;
    wp::float64* var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    const wp::float64 var_18 = 1e-12;
    bool var_19;
    wp::int64 var_20;
    wp::int64 var_21;
    wp::int64 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int8 adj_1 = {};
    wp::int8 adj_2 = {};
    wp::int8 adj_3 = {};
    wp::int8 adj_4 = {};
    wp::uint32 adj_5 = {};
    wp::uint32 adj_6 = {};
    wp::uint32 adj_7 = {};
    wp::vec_t<3, wp::int32> adj_8 = {};
    wp::vec_t<3, wp::int32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<3, wp::int32> adj_12 = {};
    wp::vec_t<3, wp::int32> adj_13 = {};
    wp::vec_t<3, wp::int32> adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    bool adj_19 = {};
    wp::int64 adj_20 = {};
    wp::int64 adj_21 = {};
    wp::int64 adj_22 = {};
    //---------
    // forward
    // def typed_consts(                                                                      <L 59>
    // i = wp.tid()                                                                           <L 66>
    var_0 = builtin_tid1d();
    // a[i] = a[i] + SMALL_I8                                                                 <L 67>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::add(var_4, var_2);
    // wp::array_store(var_a, var_0, var_3);
    // h[i] = wp.uint32(i) * U32_SEED                                                         <L 68>
    var_5 = wp::uint32(var_0);
    var_7 = wp::mul(var_5, var_6);
    // wp::array_store(var_h, var_0, var_7);
    // cells[i] = cells[i] * CELL[0] + CELL                                                   <L 69>
    var_8 = wp::address(var_cells, var_0);
    var_11 = wp::extract(var_9, var_10);
    var_13 = wp::load(var_8);
    var_12 = wp::mul(var_13, var_11);
    var_14 = wp::add(var_12, var_9);
    // wp::array_store(var_cells, var_0, var_14);
    // if wp.abs(d[i]) < F64_EPS:                                                             <L 70>
    var_15 = wp::address(var_d, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::abs(var_17);
    var_19 = (var_16 < var_18);
    if (var_19) {
        // d[i] = F64_EPS                                                                     <L 71>
        // wp::array_store(var_d, var_0, var_18);
    }
    // big[i] = wp.int64(BIG) + wp.int64(i)                                                   <L 72>
    var_20 = 3000000000ll;
    var_21 = wp::int64(var_0);
    var_22 = wp::add(var_20, var_21);
    // wp::array_store(var_big, var_0, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_big, var_0, var_22, adj_big, adj_0, adj_22);
    wp::adj_add(var_20, var_21, adj_20, adj_21, adj_22);
    // adj: big[i] = wp.int64(BIG) + wp.int64(i)                                              <L 72>
    if (var_19) {
        wp::adj_array_store(var_d, var_0, var_18, adj_d, adj_0, adj_18);
        // adj: d[i] = F64_EPS                                                                <L 71>
    }
    wp::adj_abs(var_17, adj_15, adj_16);
    wp::adj_address(var_d, var_0, adj_d, adj_0, adj_15);
    // adj: if wp.abs(d[i]) < F64_EPS:                                                        <L 70>
    wp::adj_array_store(var_cells, var_0, var_14, adj_cells, adj_0, adj_14);
    wp::adj_add(var_12, var_9, adj_12, adj_9, adj_14);
    wp::adj_mul(var_13, var_11, adj_8, adj_11, adj_12);
    wp::adj_extract(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_address(var_cells, var_0, adj_cells, adj_0, adj_8);
    // adj: cells[i] = cells[i] * CELL[0] + CELL                                              <L 69>
    wp::adj_array_store(var_h, var_0, var_7, adj_h, adj_0, adj_7);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: h[i] = wp.uint32(i) * U32_SEED                                                    <L 68>
    wp::adj_array_store(var_a, var_0, var_3, adj_a, adj_0, adj_3);
    wp::adj_add(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = a[i] + SMALL_I8                                                            <L 67>
    // adj: i = wp.tid()                                                                      <L 66>
    // adj: def typed_consts(                                                                 <L 59>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void typed_consts_4ad45f92_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_typed_consts_4ad45f92 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        typed_consts_4ad45f92_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void typed_consts_4ad45f92_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_typed_consts_4ad45f92 *_wp_args,
    wp_args_typed_consts_4ad45f92 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        typed_consts_4ad45f92_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

