
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


struct Strand_bba0c048
{
    wp::int32 first;
    wp::int32 count;
    wp::float32 stiffness;
    wp::vec_t<3, wp::float32> root_dir;


    Strand_bba0c048() = default;
    CUDA_CALLABLE Strand_bba0c048(wp::int32 const& first,
    wp::int32 const& count = {},
    wp::float32 const& stiffness = {},
    wp::vec_t<3, wp::float32> const& root_dir = {})
        : first{first}
        , count{count}
        , stiffness{stiffness}
        , root_dir{root_dir}

    {
    }

    CUDA_CALLABLE Strand_bba0c048& operator += (const Strand_bba0c048& rhs)
    {    first += rhs.first;
    count += rhs.count;
    stiffness += rhs.stiffness;
    root_dir += rhs.root_dir;

        return *this;}

};

static CUDA_CALLABLE void adj_Strand_bba0c048(wp::int32 const&,
    wp::int32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::int32 & adj_first,
    wp::int32 & adj_count,
    wp::float32 & adj_stiffness,
    wp::vec_t<3, wp::float32> & adj_root_dir,
    Strand_bba0c048 & adj_ret)
{
    adj_first += adj_ret.first;
    adj_count += adj_ret.count;
    adj_stiffness += adj_ret.stiffness;
    adj_root_dir += adj_ret.root_dir;
}

// Required when compiling adjoints.
CUDA_CALLABLE Strand_bba0c048 add(const Strand_bba0c048& a, const Strand_bba0c048& b)
{
    return Strand_bba0c048();
}

CUDA_CALLABLE void adj_atomic_add(Strand_bba0c048* p, Strand_bba0c048 t)
{
    wp::adj_atomic_add(&p->first, t.first);
    wp::adj_atomic_add(&p->count, t.count);
    wp::adj_atomic_add(&p->stiffness, t.stiffness);
    wp::adj_atomic_add(&p->root_dir, t.root_dir);
}



// corpus/054_hair_strands.py:16
static void ftl_project_0(
    wp::vec_t<3, wp::float32> var_prev,
    wp::vec_t<3, wp::float32> var_cur,
    wp::float32 var_seg,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1e-09;
    bool var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def ftl_project(prev: wp.vec3, cur: wp.vec3, seg: float):                              <L 17>
    // d = cur - prev                                                                         <L 18>
    var_0 = wp::sub(var_cur, var_prev);
    // l = wp.length(d)                                                                       <L 19>
    var_1 = wp::length(var_0);
    // if l < 1.0e-9:                                                                         <L 20>
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return cur, wp.vec3()                                                              <L 21>
        var_4 = wp::vec_t<3, wp::float32>();
        ret_0 = var_cur;
        ret_1 = var_4;
        return;
    }
    // target = prev + d * (seg / l)                                                          <L 22>
    var_5 = wp::div(var_seg, var_1);
    var_6 = wp::mul(var_0, var_5);
    var_7 = wp::add(var_prev, var_6);
    // return target, target - cur                                                            <L 23>
    var_8 = wp::sub(var_7, var_cur);
    ret_0 = var_7;
    ret_1 = var_8;
    return;
}


// corpus/054_hair_strands.py:16
static void adj_ftl_project_0(
    wp::vec_t<3, wp::float32> var_prev,
    wp::vec_t<3, wp::float32> var_cur,
    wp::float32 var_seg,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::vec_t<3, wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & adj_prev,
    wp::vec_t<3, wp::float32> & adj_cur,
    wp::float32 & adj_seg,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::vec_t<3, wp::float32> & adj_ret_1)
{
	// reverse mode disabled (module option "enable_backward" is False or no dependent kernel found with "enable_backward")
}

struct wp_args_simulate_strands_61543e63 {
    wp::array_t<Strand_bba0c048> strands;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> roots;
    wp::float32 seg_len;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 damping;
    wp::float32 dt;
    wp::vec_t<3, wp::float32> head_center;
    wp::float32 head_radius;
};


void simulate_strands_61543e63_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_simulate_strands_61543e63 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Strand_bba0c048> var_strands = _wp_args->strands;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_roots = _wp_args->roots;
    wp::float32 var_seg_len = _wp_args->seg_len;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_damping = _wp_args->damping;
    wp::float32 var_dt = _wp_args->dt;
    wp::vec_t<3, wp::float32> var_head_center = _wp_args->head_center;
    wp::float32 var_head_radius = _wp_args->head_radius;
    //---------
    // primal vars
    wp::int32 var_0;
    Strand_bba0c048* var_1;
    Strand_bba0c048 var_2;
    Strand_bba0c048 var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 32;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 1;
    wp::range_t var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::float32 var_42;
    bool var_43;
    wp::float32 var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32>* var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    const wp::int32 var_54 = 1;
    bool var_55;
    const wp::int32 var_56 = 1;
    wp::int32 var_57;
    wp::vec_t<3, wp::float32>* var_58;
    const wp::float32 var_59 = 0.9;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    const wp::int32 var_64 = 1;
    wp::int32 var_65;
    wp::vec_t<3, wp::float32> var_66;
    //---------
    // forward
    // def simulate_strands(                                                                  <L 27>
    // s = wp.tid()                                                                           <L 39>
    var_0 = builtin_tid1d();
    // st = strands[s]                                                                        <L 40>
    var_1 = wp::address(var_strands, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // n = wp.min(st.count, MAX_SEGMENTS)                                                     <L 41>
    var_4 = &(var_2.count);
    var_7 = wp::load(var_4);
    var_6 = wp::min(var_7, var_5);
    // base = st.first                                                                        <L 42>
    var_8 = &(var_2.first);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // x[base] = roots[s]                                                                     <L 43>
    var_11 = wp::address(var_roots, var_0);
    var_12 = wp::load(var_11);
    wp::array_store(var_x, var_9, var_12);
    // v[base] = wp.vec3()                                                                    <L 44>
    var_13 = wp::vec_t<3, wp::float32>();
    wp::array_store(var_v, var_9, var_13);
    // prev = roots[s]                                                                        <L 45>
    var_14 = wp::address(var_roots, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // for k in range(1, n):                                                                  <L 46>
    var_18 = wp::range(var_17, var_6);
    start_for_0:;
        if (iter_cmp(var_18) == 0) goto end_for_0;
        var_19 = wp::iter_next(var_18);
        // i = base + k                                                                       <L 47>
        var_20 = wp::add(var_9, var_19);
        // vel = v[i] * (1.0 - damping) + gravity * dt                                        <L 48>
        var_21 = wp::address(var_v, var_20);
        var_23 = wp::sub(var_22, var_damping);
        var_25 = wp::load(var_21);
        var_24 = wp::mul(var_25, var_23);
        var_26 = wp::mul(var_gravity, var_dt);
        var_27 = wp::add(var_24, var_26);
        // rest_pos = prev + st.root_dir * seg_len                                            <L 50>
        var_28 = &(var_2.root_dir);
        var_30 = wp::load(var_28);
        var_29 = wp::mul(var_30, var_seg_len);
        var_31 = wp::add(var_15, var_29);
        // p = x[i] + vel * dt                                                                <L 51>
        var_32 = wp::address(var_x, var_20);
        var_33 = wp::mul(var_27, var_dt);
        var_35 = wp::load(var_32);
        var_34 = wp::add(var_35, var_33);
        // p = wp.lerp(p, rest_pos, st.stiffness / float(k))                                  <L 52>
        var_36 = &(var_2.stiffness);
        var_37 = wp::float(var_19);
        var_39 = wp::load(var_36);
        var_38 = wp::div(var_39, var_37);
        var_40 = wp::lerp(var_34, var_31, var_38);
        // hd = p - head_center                                                               <L 54>
        var_41 = wp::sub(var_40, var_head_center);
        // hl = wp.length(hd)                                                                 <L 55>
        var_42 = wp::length(var_41);
        // if hl < head_radius:                                                               <L 56>
        var_43 = (var_42 < var_head_radius);
        if (var_43) {
            // p = head_center + hd * (head_radius / hl)                                      <L 57>
            var_44 = wp::div(var_head_radius, var_42);
            var_45 = wp::mul(var_41, var_44);
            var_46 = wp::add(var_head_center, var_45);
        }
        var_47 = wp::where(var_43, var_46, var_40);
        // p_proj, corr = ftl_project(prev, p, seg_len)                                       <L 58>
        ftl_project_0(var_15, var_47, var_seg_len, var_48, var_49);
        // v[i] = (p_proj - x[i]) / dt                                                        <L 59>
        var_50 = wp::address(var_x, var_20);
        var_52 = wp::load(var_50);
        var_51 = wp::sub(var_48, var_52);
        var_53 = wp::div(var_51, var_dt);
        wp::array_store(var_v, var_20, var_53);
        // x[i] = p_proj                                                                      <L 60>
        wp::array_store(var_x, var_20, var_48);
        // if k > 1:                                                                          <L 62>
        var_55 = (var_19 > var_54);
        if (var_55) {
            // v[i - 1] = v[i - 1] - corr * (0.9 / dt)                                        <L 63>
            var_57 = wp::sub(var_20, var_56);
            var_58 = wp::address(var_v, var_57);
            var_60 = wp::div(var_59, var_dt);
            var_61 = wp::mul(var_49, var_60);
            var_63 = wp::load(var_58);
            var_62 = wp::sub(var_63, var_61);
            var_65 = wp::sub(var_20, var_64);
            wp::array_store(var_v, var_65, var_62);
        }
        // prev = p_proj                                                                      <L 64>
        var_66 = wp::copy(var_48);
        wp::assign(var_15, var_66);
        goto start_for_0;
    end_for_0:;
}



extern "C" {

// Python CPU entry points
WP_API void simulate_strands_61543e63_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_simulate_strands_61543e63 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        simulate_strands_61543e63_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_strand_lengths_b0a58578 {
    wp::array_t<Strand_bba0c048> strands;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> lengths;
    wp::array_t<wp::vec_t<3, wp::float32>> tips;
};


void strand_lengths_b0a58578_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_strand_lengths_b0a58578 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Strand_bba0c048> var_strands = _wp_args->strands;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_lengths = _wp_args->lengths;
    wp::array_t<wp::vec_t<3, wp::float32>> var_tips = _wp_args->tips;
    //---------
    // primal vars
    wp::int32 var_0;
    Strand_bba0c048* var_1;
    Strand_bba0c048 var_2;
    Strand_bba0c048 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::int32* var_6;
    const wp::int32 var_7 = 1;
    wp::range_t var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32* var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::int32* var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::int32* var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::vec_t<3, wp::float32>* var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::int32* var_40;
    wp::int32* var_41;
    wp::int32 var_42;
    wp::int32 var_43;
    wp::int32 var_44;
    const wp::int32 var_45 = 1;
    wp::int32 var_46;
    wp::vec_t<3, wp::float32>* var_47;
    wp::vec_t<3, wp::float32> var_48;
    //---------
    // forward
    // def strand_lengths(strands: wp.array(dtype=Strand), x: wp.array(dtype=wp.vec3), lengths: wp.array(dtype=float), tips: wp.array(dtype=wp.vec3)):       <L 68>
    // s = wp.tid()                                                                           <L 69>
    var_0 = builtin_tid1d();
    // st = strands[s]                                                                        <L 70>
    var_1 = wp::address(var_strands, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // total = float(0.0)                                                                     <L 71>
    var_5 = wp::float(var_4);
    // for k in range(1, st.count):                                                           <L 72>
    var_6 = &(var_2.count);
    var_9 = wp::load(var_6);
    var_8 = wp::range(var_7, var_9);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_8);
        // total += wp.length(x[st.first + k] - x[st.first + k - 1])                          <L 73>
        var_11 = &(var_2.first);
        var_13 = wp::load(var_11);
        var_12 = wp::add(var_13, var_10);
        var_14 = wp::address(var_x, var_12);
        var_15 = &(var_2.first);
        var_17 = wp::load(var_15);
        var_16 = wp::add(var_17, var_10);
        var_19 = wp::sub(var_16, var_18);
        var_20 = wp::address(var_x, var_19);
        var_22 = wp::load(var_14);
        var_23 = wp::load(var_20);
        var_21 = wp::sub(var_22, var_23);
        var_24 = wp::length(var_21);
        var_25 = &(var_2.first);
        var_27 = wp::load(var_25);
        var_26 = wp::add(var_27, var_10);
        var_28 = wp::address(var_x, var_26);
        var_29 = &(var_2.first);
        var_31 = wp::load(var_29);
        var_30 = wp::add(var_31, var_10);
        var_33 = wp::sub(var_30, var_32);
        var_34 = wp::address(var_x, var_33);
        var_36 = wp::load(var_28);
        var_37 = wp::load(var_34);
        var_35 = wp::sub(var_36, var_37);
        var_38 = wp::length(var_35);
        var_39 = wp::add(var_5, var_38);
        wp::assign(var_5, var_39);
        goto start_for_0;
    end_for_0:;
    // lengths[s] = total                                                                     <L 74>
    wp::array_store(var_lengths, var_0, var_5);
    // tips[s] = x[st.first + st.count - 1]                                                   <L 75>
    var_40 = &(var_2.first);
    var_41 = &(var_2.count);
    var_43 = wp::load(var_40);
    var_44 = wp::load(var_41);
    var_42 = wp::add(var_43, var_44);
    var_46 = wp::sub(var_42, var_45);
    var_47 = wp::address(var_x, var_46);
    var_48 = wp::load(var_47);
    wp::array_store(var_tips, var_0, var_48);
}



extern "C" {

// Python CPU entry points
WP_API void strand_lengths_b0a58578_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_strand_lengths_b0a58578 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        strand_lengths_b0a58578_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

struct wp_args_strand_tangents_9b1e3a8d {
    wp::array_t<Strand_bba0c048> strands;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> tangents;
};


void strand_tangents_9b1e3a8d_cpu_kernel_forward(
    wp::launch_bounds_t dim,
    size_t task_index,
    wp_args_strand_tangents_9b1e3a8d *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Strand_bba0c048> var_strands = _wp_args->strands;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_tangents = _wp_args->tangents;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    Strand_bba0c048* var_2;
    Strand_bba0c048 var_3;
    Strand_bba0c048 var_4;
    wp::int32* var_5;
    bool var_6;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    bool var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::int32* var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::int32 var_18;
    bool var_19;
    wp::vec_t<3, wp::float32>* var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::vec_t<3, wp::float32>* var_30;
    const wp::int32 var_31 = 1;
    wp::int32 var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    //---------
    // forward
    // def strand_tangents(strands: wp.array(dtype=Strand), x: wp.array(dtype=wp.vec3), tangents: wp.array(dtype=wp.vec3)):       <L 79>
    // s, k = wp.tid()                                                                        <L 80>
    builtin_tid2d(var_0, var_1);
    // st = strands[s]                                                                        <L 81>
    var_2 = wp::address(var_strands, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if k >= st.count:                                                                      <L 82>
    var_5 = &(var_3.count);
    var_7 = wp::load(var_5);
    var_6 = (var_1 >= var_7);
    if (var_6) {
        // return                                                                             <L 83>
        return;
    }
    // i = st.first + k                                                                       <L 84>
    var_8 = &(var_3.first);
    var_10 = wp::load(var_8);
    var_9 = wp::add(var_10, var_1);
    // if k == 0:                                                                             <L 85>
    var_12 = (var_1 == var_11);
    if (var_12) {
        // tangents[i] = st.root_dir                                                          <L 86>
        var_13 = &(var_3.root_dir);
        var_14 = wp::load(var_13);
        wp::array_store(var_tangents, var_9, var_14);
    }
    if (!var_12) {
        // elif k == st.count - 1:                                                            <L 87>
        var_15 = &(var_3.count);
        var_18 = wp::load(var_15);
        var_17 = wp::sub(var_18, var_16);
        var_19 = (var_1 == var_17);
        if (var_19) {
            // tangents[i] = wp.normalize(x[i] - x[i - 1])                                    <L 88>
            var_20 = wp::address(var_x, var_9);
            var_22 = wp::sub(var_9, var_21);
            var_23 = wp::address(var_x, var_22);
            var_25 = wp::load(var_20);
            var_26 = wp::load(var_23);
            var_24 = wp::sub(var_25, var_26);
            var_27 = wp::normalize(var_24);
            wp::array_store(var_tangents, var_9, var_27);
        }
        if (!var_19) {
            // tangents[i] = wp.normalize(x[i + 1] - x[i - 1])                                <L 90>
            var_29 = wp::add(var_9, var_28);
            var_30 = wp::address(var_x, var_29);
            var_32 = wp::sub(var_9, var_31);
            var_33 = wp::address(var_x, var_32);
            var_35 = wp::load(var_30);
            var_36 = wp::load(var_33);
            var_34 = wp::sub(var_35, var_36);
            var_37 = wp::normalize(var_34);
            wp::array_store(var_tangents, var_9, var_37);
        }
    }
}



extern "C" {

// Python CPU entry points
WP_API void strand_tangents_9b1e3a8d_cpu_forward(
    wp::launch_bounds_t dim,
    wp_args_strand_tangents_9b1e3a8d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim.size; ++task_index)
    {
        strand_tangents_9b1e3a8d_cpu_kernel_forward(dim, task_index, _wp_args);
    }
}

} // extern C

