
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


struct AABB_7ee30858
{
    wp::vec_t<3, wp::float32> lower;
    wp::vec_t<3, wp::float32> upper;


    AABB_7ee30858() = default;
    CUDA_CALLABLE AABB_7ee30858(wp::vec_t<3, wp::float32> const& lower,
    wp::vec_t<3, wp::float32> const& upper = {})
        : lower{lower}
        , upper{upper}

    {
    }

    CUDA_CALLABLE AABB_7ee30858& operator += (const AABB_7ee30858& rhs)
    {    lower += rhs.lower;
    upper += rhs.upper;

        return *this;}

};

static CUDA_CALLABLE void adj_AABB_7ee30858(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_lower,
    wp::vec_t<3, wp::float32> & adj_upper,
    AABB_7ee30858 & adj_ret)
{
    adj_lower += adj_ret.lower;
    adj_upper += adj_ret.upper;
}

// Required when compiling adjoints.
CUDA_CALLABLE AABB_7ee30858 add(const AABB_7ee30858& a, const AABB_7ee30858& b)
{
    return AABB_7ee30858();
}

CUDA_CALLABLE void adj_atomic_add(AABB_7ee30858* p, AABB_7ee30858 t)
{
    wp::adj_atomic_add(&p->lower, t.lower);
    wp::adj_atomic_add(&p->upper, t.upper);
}



// corpus/033_aabb_slab_tests.py:29
static CUDA_CALLABLE void ray_slab_0(
    wp::vec_t<3, wp::float32> var_origin,
    wp::vec_t<3, wp::float32> var_inv_dir,
    AABB_7ee30858 var_box,
    wp::float32 var_t_max,
    bool & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    bool var_22;
    const bool var_23 = false;
    const wp::int32 var_24 = 1;
    wp::vec_t<3, wp::float32>* var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    bool var_43;
    const bool var_44 = false;
    const wp::int32 var_45 = 2;
    wp::vec_t<3, wp::float32>* var_46;
    wp::float32 var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::vec_t<3, wp::float32>* var_53;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    bool var_64;
    const bool var_65 = false;
    const bool var_66 = true;
    //---------
    // forward
    // def ray_slab(origin: wp.vec3, inv_dir: wp.vec3, box: AABB, t_max: float):              <L 30>
    // t0 = float(0.0)                                                                        <L 31>
    var_1 = wp::float(var_0);
    // t1 = t_max                                                                             <L 32>
    var_2 = wp::copy(var_t_max);
    // for k in range(3):                                                                     <L 33>
    // ta = (box.lower[k] - origin[k]) * inv_dir[k]                                           <L 34>
    var_4 = &(var_box.lower);
    var_6 = wp::load(var_4);
    var_5 = wp::extract(var_6, var_3);
    var_7 = wp::extract(var_origin, var_3);
    var_8 = wp::sub(var_5, var_7);
    var_9 = wp::extract(var_inv_dir, var_3);
    var_10 = wp::mul(var_8, var_9);
    // tb = (box.upper[k] - origin[k]) * inv_dir[k]                                           <L 35>
    var_11 = &(var_box.upper);
    var_13 = wp::load(var_11);
    var_12 = wp::extract(var_13, var_3);
    var_14 = wp::extract(var_origin, var_3);
    var_15 = wp::sub(var_12, var_14);
    var_16 = wp::extract(var_inv_dir, var_3);
    var_17 = wp::mul(var_15, var_16);
    // tn = wp.min(ta, tb)                                                                    <L 36>
    var_18 = wp::min(var_10, var_17);
    // tf = wp.max(ta, tb)                                                                    <L 37>
    var_19 = wp::max(var_10, var_17);
    // t0 = wp.max(t0, tn)                                                                    <L 38>
    var_20 = wp::max(var_1, var_18);
    // t1 = wp.min(t1, tf)                                                                    <L 39>
    var_21 = wp::min(var_2, var_19);
    // if t0 > t1:                                                                            <L 40>
    var_22 = (var_20 > var_21);
    if (var_22) {
        // return False, t0                                                                   <L 41>
        ret_0 = var_23;
        ret_1 = var_20;
        return;
    }
    // ta = (box.lower[k] - origin[k]) * inv_dir[k]                                           <L 34>
    var_25 = &(var_box.lower);
    var_27 = wp::load(var_25);
    var_26 = wp::extract(var_27, var_24);
    var_28 = wp::extract(var_origin, var_24);
    var_29 = wp::sub(var_26, var_28);
    var_30 = wp::extract(var_inv_dir, var_24);
    var_31 = wp::mul(var_29, var_30);
    // tb = (box.upper[k] - origin[k]) * inv_dir[k]                                           <L 35>
    var_32 = &(var_box.upper);
    var_34 = wp::load(var_32);
    var_33 = wp::extract(var_34, var_24);
    var_35 = wp::extract(var_origin, var_24);
    var_36 = wp::sub(var_33, var_35);
    var_37 = wp::extract(var_inv_dir, var_24);
    var_38 = wp::mul(var_36, var_37);
    // tn = wp.min(ta, tb)                                                                    <L 36>
    var_39 = wp::min(var_31, var_38);
    // tf = wp.max(ta, tb)                                                                    <L 37>
    var_40 = wp::max(var_31, var_38);
    // t0 = wp.max(t0, tn)                                                                    <L 38>
    var_41 = wp::max(var_20, var_39);
    // t1 = wp.min(t1, tf)                                                                    <L 39>
    var_42 = wp::min(var_21, var_40);
    // if t0 > t1:                                                                            <L 40>
    var_43 = (var_41 > var_42);
    if (var_43) {
        // return False, t0                                                                   <L 41>
        ret_0 = var_44;
        ret_1 = var_41;
        return;
    }
    // ta = (box.lower[k] - origin[k]) * inv_dir[k]                                           <L 34>
    var_46 = &(var_box.lower);
    var_48 = wp::load(var_46);
    var_47 = wp::extract(var_48, var_45);
    var_49 = wp::extract(var_origin, var_45);
    var_50 = wp::sub(var_47, var_49);
    var_51 = wp::extract(var_inv_dir, var_45);
    var_52 = wp::mul(var_50, var_51);
    // tb = (box.upper[k] - origin[k]) * inv_dir[k]                                           <L 35>
    var_53 = &(var_box.upper);
    var_55 = wp::load(var_53);
    var_54 = wp::extract(var_55, var_45);
    var_56 = wp::extract(var_origin, var_45);
    var_57 = wp::sub(var_54, var_56);
    var_58 = wp::extract(var_inv_dir, var_45);
    var_59 = wp::mul(var_57, var_58);
    // tn = wp.min(ta, tb)                                                                    <L 36>
    var_60 = wp::min(var_52, var_59);
    // tf = wp.max(ta, tb)                                                                    <L 37>
    var_61 = wp::max(var_52, var_59);
    // t0 = wp.max(t0, tn)                                                                    <L 38>
    var_62 = wp::max(var_41, var_60);
    // t1 = wp.min(t1, tf)                                                                    <L 39>
    var_63 = wp::min(var_42, var_61);
    // if t0 > t1:                                                                            <L 40>
    var_64 = (var_62 > var_63);
    if (var_64) {
        // return False, t0                                                                   <L 41>
        ret_0 = var_65;
        ret_1 = var_62;
        return;
    }
    // return True, t0                                                                        <L 42>
    ret_0 = var_66;
    ret_1 = var_62;
    return;
}


// corpus/033_aabb_slab_tests.py:18
static CUDA_CALLABLE bool aabb_overlap_0(
    AABB_7ee30858 var_a,
    AABB_7ee30858 var_b)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    bool var_8;
    wp::vec_t<3, wp::float32>* var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    bool var_17;
    bool var_18;
    const bool var_19 = false;
    wp::vec_t<3, wp::float32>* var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    const wp::int32 var_25 = 1;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    bool var_28;
    wp::vec_t<3, wp::float32>* var_29;
    const wp::int32 var_30 = 1;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32>* var_33;
    const wp::int32 var_34 = 1;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    bool var_37;
    bool var_38;
    const bool var_39 = false;
    wp::vec_t<3, wp::float32>* var_40;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32>* var_44;
    const wp::int32 var_45 = 2;
    wp::float32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    bool var_48;
    wp::vec_t<3, wp::float32>* var_49;
    const wp::int32 var_50 = 2;
    wp::float32 var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32>* var_53;
    const wp::int32 var_54 = 2;
    wp::float32 var_55;
    wp::vec_t<3, wp::float32> var_56;
    bool var_57;
    bool var_58;
    const bool var_59 = false;
    const bool var_60 = true;
    //---------
    // forward
    // def aabb_overlap(a: AABB, b: AABB) -> bool:                                            <L 19>
    // if a.upper[0] < b.lower[0] or b.upper[0] < a.lower[0]:                                 <L 20>
    var_0 = &(var_a.upper);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    var_4 = &(var_b.lower);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = (var_2 < var_6);
    var_9 = &(var_b.upper);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = &(var_a.lower);
    var_16 = wp::load(var_13);
    var_15 = wp::extract(var_16, var_14);
    var_17 = (var_11 < var_15);
    var_18 = var_8 || var_17;
    if (var_18) {
        // return False                                                                       <L 21>
        return var_19;
    }
    // if a.upper[1] < b.lower[1] or b.upper[1] < a.lower[1]:                                 <L 22>
    var_20 = &(var_a.upper);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    var_24 = &(var_b.lower);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    var_28 = (var_22 < var_26);
    var_29 = &(var_b.upper);
    var_32 = wp::load(var_29);
    var_31 = wp::extract(var_32, var_30);
    var_33 = &(var_a.lower);
    var_36 = wp::load(var_33);
    var_35 = wp::extract(var_36, var_34);
    var_37 = (var_31 < var_35);
    var_38 = var_28 || var_37;
    if (var_38) {
        // return False                                                                       <L 23>
        return var_39;
    }
    // if a.upper[2] < b.lower[2] or b.upper[2] < a.lower[2]:                                 <L 24>
    var_40 = &(var_a.upper);
    var_43 = wp::load(var_40);
    var_42 = wp::extract(var_43, var_41);
    var_44 = &(var_b.lower);
    var_47 = wp::load(var_44);
    var_46 = wp::extract(var_47, var_45);
    var_48 = (var_42 < var_46);
    var_49 = &(var_b.upper);
    var_52 = wp::load(var_49);
    var_51 = wp::extract(var_52, var_50);
    var_53 = &(var_a.lower);
    var_56 = wp::load(var_53);
    var_55 = wp::extract(var_56, var_54);
    var_57 = (var_51 < var_55);
    var_58 = var_48 || var_57;
    if (var_58) {
        // return False                                                                       <L 25>
        return var_59;
    }
    // return True                                                                            <L 26>
    return var_60;
}


// corpus/033_aabb_slab_tests.py:10
static CUDA_CALLABLE AABB_7ee30858 aabb_union_0(
    AABB_7ee30858 var_a,
    AABB_7ee30858 var_b)
{
    //---------
    // primal vars
    AABB_7ee30858 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32>* var_12;
    //---------
    // forward
    // def aabb_union(a: AABB, b: AABB) -> AABB:                                              <L 11>
    // r = AABB()                                                                             <L 12>
    var_0 = AABB_7ee30858();
    // r.lower = wp.min(a.lower, b.lower)                                                     <L 13>
    var_1 = &(var_a.lower);
    var_2 = &(var_b.lower);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::min(var_4, var_5);
    var_6 = &(var_0.lower);
    wp::store(var_6, var_3);
    // r.upper = wp.max(a.upper, b.upper)                                                     <L 14>
    var_7 = &(var_a.upper);
    var_8 = &(var_b.upper);
    var_10 = wp::load(var_7);
    var_11 = wp::load(var_8);
    var_9 = wp::max(var_10, var_11);
    var_12 = &(var_0.upper);
    wp::store(var_12, var_9);
    // return r                                                                               <L 15>
    return var_0;
}


// corpus/033_aabb_slab_tests.py:45
static CUDA_CALLABLE wp::float32 surface_area_0(
    AABB_7ee30858 var_b)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 2.0;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    //---------
    // forward
    // def surface_area(b: AABB) -> float:                                                    <L 46>
    // d = b.upper - b.lower                                                                  <L 47>
    var_0 = &(var_b.upper);
    var_1 = &(var_b.lower);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_4);
    // return 2.0 * (d[0] * d[1] + d[1] * d[2] + d[2] * d[0])                                 <L 48>
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::mul(var_7, var_9);
    var_12 = wp::extract(var_2, var_11);
    var_14 = wp::extract(var_2, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_16 = wp::add(var_10, var_15);
    var_18 = wp::extract(var_2, var_17);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::mul(var_18, var_20);
    var_22 = wp::add(var_16, var_21);
    var_23 = wp::mul(var_5, var_22);
    return var_23;
}


// corpus/033_aabb_slab_tests.py:29
static CUDA_CALLABLE void adj_ray_slab_0(
    wp::vec_t<3, wp::float32> var_origin,
    wp::vec_t<3, wp::float32> var_inv_dir,
    AABB_7ee30858 var_box,
    wp::float32 var_t_max,
    bool & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_origin,
    wp::vec_t<3, wp::float32> & adj_inv_dir,
    AABB_7ee30858 & adj_box,
    wp::float32 & adj_t_max,
    bool & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    bool var_22;
    const bool var_23 = false;
    const wp::int32 var_24 = 1;
    wp::vec_t<3, wp::float32>* var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    bool var_43;
    const bool var_44 = false;
    const wp::int32 var_45 = 2;
    wp::vec_t<3, wp::float32>* var_46;
    wp::float32 var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::vec_t<3, wp::float32>* var_53;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    bool var_64;
    const bool var_65 = false;
    const bool var_66 = true;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    bool adj_43 = {};
    bool adj_44 = {};
    wp::int32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::float32 adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    bool adj_64 = {};
    bool adj_65 = {};
    bool adj_66 = {};
    //---------
    // forward
    // def ray_slab(origin: wp.vec3, inv_dir: wp.vec3, box: AABB, t_max: float):              <L 30>
    // t0 = float(0.0)                                                                        <L 31>
    var_1 = wp::float(var_0);
    // t1 = t_max                                                                             <L 32>
    var_2 = wp::copy(var_t_max);
    // for k in range(3):                                                                     <L 33>
    // ta = (box.lower[k] - origin[k]) * inv_dir[k]                                           <L 34>
    var_4 = &(var_box.lower);
    var_6 = wp::load(var_4);
    var_5 = wp::extract(var_6, var_3);
    var_7 = wp::extract(var_origin, var_3);
    var_8 = wp::sub(var_5, var_7);
    var_9 = wp::extract(var_inv_dir, var_3);
    var_10 = wp::mul(var_8, var_9);
    // tb = (box.upper[k] - origin[k]) * inv_dir[k]                                           <L 35>
    var_11 = &(var_box.upper);
    var_13 = wp::load(var_11);
    var_12 = wp::extract(var_13, var_3);
    var_14 = wp::extract(var_origin, var_3);
    var_15 = wp::sub(var_12, var_14);
    var_16 = wp::extract(var_inv_dir, var_3);
    var_17 = wp::mul(var_15, var_16);
    // tn = wp.min(ta, tb)                                                                    <L 36>
    var_18 = wp::min(var_10, var_17);
    // tf = wp.max(ta, tb)                                                                    <L 37>
    var_19 = wp::max(var_10, var_17);
    // t0 = wp.max(t0, tn)                                                                    <L 38>
    var_20 = wp::max(var_1, var_18);
    // t1 = wp.min(t1, tf)                                                                    <L 39>
    var_21 = wp::min(var_2, var_19);
    // if t0 > t1:                                                                            <L 40>
    var_22 = (var_20 > var_21);
    if (var_22) {
        // return False, t0                                                                   <L 41>
        ret_0 = var_23;
        ret_1 = var_20;
        goto label0;
    }
    // ta = (box.lower[k] - origin[k]) * inv_dir[k]                                           <L 34>
    var_25 = &(var_box.lower);
    var_27 = wp::load(var_25);
    var_26 = wp::extract(var_27, var_24);
    var_28 = wp::extract(var_origin, var_24);
    var_29 = wp::sub(var_26, var_28);
    var_30 = wp::extract(var_inv_dir, var_24);
    var_31 = wp::mul(var_29, var_30);
    // tb = (box.upper[k] - origin[k]) * inv_dir[k]                                           <L 35>
    var_32 = &(var_box.upper);
    var_34 = wp::load(var_32);
    var_33 = wp::extract(var_34, var_24);
    var_35 = wp::extract(var_origin, var_24);
    var_36 = wp::sub(var_33, var_35);
    var_37 = wp::extract(var_inv_dir, var_24);
    var_38 = wp::mul(var_36, var_37);
    // tn = wp.min(ta, tb)                                                                    <L 36>
    var_39 = wp::min(var_31, var_38);
    // tf = wp.max(ta, tb)                                                                    <L 37>
    var_40 = wp::max(var_31, var_38);
    // t0 = wp.max(t0, tn)                                                                    <L 38>
    var_41 = wp::max(var_20, var_39);
    // t1 = wp.min(t1, tf)                                                                    <L 39>
    var_42 = wp::min(var_21, var_40);
    // if t0 > t1:                                                                            <L 40>
    var_43 = (var_41 > var_42);
    if (var_43) {
        // return False, t0                                                                   <L 41>
        ret_0 = var_44;
        ret_1 = var_41;
        goto label1;
    }
    // ta = (box.lower[k] - origin[k]) * inv_dir[k]                                           <L 34>
    var_46 = &(var_box.lower);
    var_48 = wp::load(var_46);
    var_47 = wp::extract(var_48, var_45);
    var_49 = wp::extract(var_origin, var_45);
    var_50 = wp::sub(var_47, var_49);
    var_51 = wp::extract(var_inv_dir, var_45);
    var_52 = wp::mul(var_50, var_51);
    // tb = (box.upper[k] - origin[k]) * inv_dir[k]                                           <L 35>
    var_53 = &(var_box.upper);
    var_55 = wp::load(var_53);
    var_54 = wp::extract(var_55, var_45);
    var_56 = wp::extract(var_origin, var_45);
    var_57 = wp::sub(var_54, var_56);
    var_58 = wp::extract(var_inv_dir, var_45);
    var_59 = wp::mul(var_57, var_58);
    // tn = wp.min(ta, tb)                                                                    <L 36>
    var_60 = wp::min(var_52, var_59);
    // tf = wp.max(ta, tb)                                                                    <L 37>
    var_61 = wp::max(var_52, var_59);
    // t0 = wp.max(t0, tn)                                                                    <L 38>
    var_62 = wp::max(var_41, var_60);
    // t1 = wp.min(t1, tf)                                                                    <L 39>
    var_63 = wp::min(var_42, var_61);
    // if t0 > t1:                                                                            <L 40>
    var_64 = (var_62 > var_63);
    if (var_64) {
        // return False, t0                                                                   <L 41>
        ret_0 = var_65;
        ret_1 = var_62;
        goto label2;
    }
    // return True, t0                                                                        <L 42>
    ret_0 = var_66;
    ret_1 = var_62;
    goto label3;
    //---------
    // reverse
    label3:;
    adj_62 += adj_ret_1;
    adj_66 += adj_ret_0;
    // adj: return True, t0                                                                   <L 42>
    if (var_64) {
        label2:;
        adj_62 += adj_ret_1;
        adj_65 += adj_ret_0;
        // adj: return False, t0                                                              <L 41>
    }
    // adj: if t0 > t1:                                                                       <L 40>
    wp::adj_min(var_42, var_61, adj_42, adj_61, adj_63);
    // adj: t1 = wp.min(t1, tf)                                                               <L 39>
    wp::adj_max(var_41, var_60, adj_41, adj_60, adj_62);
    // adj: t0 = wp.max(t0, tn)                                                               <L 38>
    wp::adj_max(var_52, var_59, adj_52, adj_59, adj_61);
    // adj: tf = wp.max(ta, tb)                                                               <L 37>
    wp::adj_min(var_52, var_59, adj_52, adj_59, adj_60);
    // adj: tn = wp.min(ta, tb)                                                               <L 36>
    wp::adj_mul(var_57, var_58, adj_57, adj_58, adj_59);
    wp::adj_extract(var_inv_dir, var_45, adj_inv_dir, adj_45, adj_58);
    wp::adj_sub(var_54, var_56, adj_54, adj_56, adj_57);
    wp::adj_extract(var_origin, var_45, adj_origin, adj_45, adj_56);
    wp::adj_extract(var_55, var_45, adj_53, adj_45, adj_54);
    adj_box.upper += adj_53;
    // adj: tb = (box.upper[k] - origin[k]) * inv_dir[k]                                      <L 35>
    wp::adj_mul(var_50, var_51, adj_50, adj_51, adj_52);
    wp::adj_extract(var_inv_dir, var_45, adj_inv_dir, adj_45, adj_51);
    wp::adj_sub(var_47, var_49, adj_47, adj_49, adj_50);
    wp::adj_extract(var_origin, var_45, adj_origin, adj_45, adj_49);
    wp::adj_extract(var_48, var_45, adj_46, adj_45, adj_47);
    adj_box.lower += adj_46;
    // adj: ta = (box.lower[k] - origin[k]) * inv_dir[k]                                      <L 34>
    if (var_43) {
        label1:;
        adj_41 += adj_ret_1;
        adj_44 += adj_ret_0;
        // adj: return False, t0                                                              <L 41>
    }
    // adj: if t0 > t1:                                                                       <L 40>
    wp::adj_min(var_21, var_40, adj_21, adj_40, adj_42);
    // adj: t1 = wp.min(t1, tf)                                                               <L 39>
    wp::adj_max(var_20, var_39, adj_20, adj_39, adj_41);
    // adj: t0 = wp.max(t0, tn)                                                               <L 38>
    wp::adj_max(var_31, var_38, adj_31, adj_38, adj_40);
    // adj: tf = wp.max(ta, tb)                                                               <L 37>
    wp::adj_min(var_31, var_38, adj_31, adj_38, adj_39);
    // adj: tn = wp.min(ta, tb)                                                               <L 36>
    wp::adj_mul(var_36, var_37, adj_36, adj_37, adj_38);
    wp::adj_extract(var_inv_dir, var_24, adj_inv_dir, adj_24, adj_37);
    wp::adj_sub(var_33, var_35, adj_33, adj_35, adj_36);
    wp::adj_extract(var_origin, var_24, adj_origin, adj_24, adj_35);
    wp::adj_extract(var_34, var_24, adj_32, adj_24, adj_33);
    adj_box.upper += adj_32;
    // adj: tb = (box.upper[k] - origin[k]) * inv_dir[k]                                      <L 35>
    wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
    wp::adj_extract(var_inv_dir, var_24, adj_inv_dir, adj_24, adj_30);
    wp::adj_sub(var_26, var_28, adj_26, adj_28, adj_29);
    wp::adj_extract(var_origin, var_24, adj_origin, adj_24, adj_28);
    wp::adj_extract(var_27, var_24, adj_25, adj_24, adj_26);
    adj_box.lower += adj_25;
    // adj: ta = (box.lower[k] - origin[k]) * inv_dir[k]                                      <L 34>
    if (var_22) {
        label0:;
        adj_20 += adj_ret_1;
        adj_23 += adj_ret_0;
        // adj: return False, t0                                                              <L 41>
    }
    // adj: if t0 > t1:                                                                       <L 40>
    wp::adj_min(var_2, var_19, adj_2, adj_19, adj_21);
    // adj: t1 = wp.min(t1, tf)                                                               <L 39>
    wp::adj_max(var_1, var_18, adj_1, adj_18, adj_20);
    // adj: t0 = wp.max(t0, tn)                                                               <L 38>
    wp::adj_max(var_10, var_17, adj_10, adj_17, adj_19);
    // adj: tf = wp.max(ta, tb)                                                               <L 37>
    wp::adj_min(var_10, var_17, adj_10, adj_17, adj_18);
    // adj: tn = wp.min(ta, tb)                                                               <L 36>
    wp::adj_mul(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_extract(var_inv_dir, var_3, adj_inv_dir, adj_3, adj_16);
    wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_extract(var_origin, var_3, adj_origin, adj_3, adj_14);
    wp::adj_extract(var_13, var_3, adj_11, adj_3, adj_12);
    adj_box.upper += adj_11;
    // adj: tb = (box.upper[k] - origin[k]) * inv_dir[k]                                      <L 35>
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_extract(var_inv_dir, var_3, adj_inv_dir, adj_3, adj_9);
    wp::adj_sub(var_5, var_7, adj_5, adj_7, adj_8);
    wp::adj_extract(var_origin, var_3, adj_origin, adj_3, adj_7);
    wp::adj_extract(var_6, var_3, adj_4, adj_3, adj_5);
    adj_box.lower += adj_4;
    // adj: ta = (box.lower[k] - origin[k]) * inv_dir[k]                                      <L 34>
    // adj: for k in range(3):                                                                <L 33>
    wp::adj_copy(var_t_max, adj_t_max, adj_2);
    // adj: t1 = t_max                                                                        <L 32>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: t0 = float(0.0)                                                                   <L 31>
    // adj: def ray_slab(origin: wp.vec3, inv_dir: wp.vec3, box: AABB, t_max: float):         <L 30>
    return;
}


// corpus/033_aabb_slab_tests.py:18
static CUDA_CALLABLE void adj_aabb_overlap_0(
    AABB_7ee30858 var_a,
    AABB_7ee30858 var_b,
    AABB_7ee30858 & adj_a,
    AABB_7ee30858 & adj_b,
    bool & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    bool var_8;
    wp::vec_t<3, wp::float32>* var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    bool var_17;
    bool var_18;
    const bool var_19 = false;
    wp::vec_t<3, wp::float32>* var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    const wp::int32 var_25 = 1;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    bool var_28;
    wp::vec_t<3, wp::float32>* var_29;
    const wp::int32 var_30 = 1;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32>* var_33;
    const wp::int32 var_34 = 1;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    bool var_37;
    bool var_38;
    const bool var_39 = false;
    wp::vec_t<3, wp::float32>* var_40;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32>* var_44;
    const wp::int32 var_45 = 2;
    wp::float32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    bool var_48;
    wp::vec_t<3, wp::float32>* var_49;
    const wp::int32 var_50 = 2;
    wp::float32 var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32>* var_53;
    const wp::int32 var_54 = 2;
    wp::float32 var_55;
    wp::vec_t<3, wp::float32> var_56;
    bool var_57;
    bool var_58;
    const bool var_59 = false;
    const bool var_60 = true;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    bool adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    bool adj_17 = {};
    bool adj_18 = {};
    bool adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    bool adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    bool adj_37 = {};
    bool adj_38 = {};
    bool adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    bool adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::int32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    bool adj_57 = {};
    bool adj_58 = {};
    bool adj_59 = {};
    bool adj_60 = {};
    //---------
    // forward
    // def aabb_overlap(a: AABB, b: AABB) -> bool:                                            <L 19>
    // if a.upper[0] < b.lower[0] or b.upper[0] < a.lower[0]:                                 <L 20>
    var_0 = &(var_a.upper);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    var_4 = &(var_b.lower);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = (var_2 < var_6);
    var_9 = &(var_b.upper);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = &(var_a.lower);
    var_16 = wp::load(var_13);
    var_15 = wp::extract(var_16, var_14);
    var_17 = (var_11 < var_15);
    var_18 = var_8 || var_17;
    if (var_18) {
        // return False                                                                       <L 21>
        goto label0;
    }
    // if a.upper[1] < b.lower[1] or b.upper[1] < a.lower[1]:                                 <L 22>
    var_20 = &(var_a.upper);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    var_24 = &(var_b.lower);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    var_28 = (var_22 < var_26);
    var_29 = &(var_b.upper);
    var_32 = wp::load(var_29);
    var_31 = wp::extract(var_32, var_30);
    var_33 = &(var_a.lower);
    var_36 = wp::load(var_33);
    var_35 = wp::extract(var_36, var_34);
    var_37 = (var_31 < var_35);
    var_38 = var_28 || var_37;
    if (var_38) {
        // return False                                                                       <L 23>
        goto label1;
    }
    // if a.upper[2] < b.lower[2] or b.upper[2] < a.lower[2]:                                 <L 24>
    var_40 = &(var_a.upper);
    var_43 = wp::load(var_40);
    var_42 = wp::extract(var_43, var_41);
    var_44 = &(var_b.lower);
    var_47 = wp::load(var_44);
    var_46 = wp::extract(var_47, var_45);
    var_48 = (var_42 < var_46);
    var_49 = &(var_b.upper);
    var_52 = wp::load(var_49);
    var_51 = wp::extract(var_52, var_50);
    var_53 = &(var_a.lower);
    var_56 = wp::load(var_53);
    var_55 = wp::extract(var_56, var_54);
    var_57 = (var_51 < var_55);
    var_58 = var_48 || var_57;
    if (var_58) {
        // return False                                                                       <L 25>
        goto label2;
    }
    // return True                                                                            <L 26>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_60 += adj_ret;
    // adj: return True                                                                       <L 26>
    if (var_58) {
        label2:;
        adj_59 += adj_ret;
        // adj: return False                                                                  <L 25>
    }
    wp::adj_extract(var_56, var_54, adj_53, adj_54, adj_55);
    adj_a.lower += adj_53;
    wp::adj_extract(var_52, var_50, adj_49, adj_50, adj_51);
    adj_b.upper += adj_49;
    wp::adj_extract(var_47, var_45, adj_44, adj_45, adj_46);
    adj_b.lower += adj_44;
    wp::adj_extract(var_43, var_41, adj_40, adj_41, adj_42);
    adj_a.upper += adj_40;
    // adj: if a.upper[2] < b.lower[2] or b.upper[2] < a.lower[2]:                            <L 24>
    if (var_38) {
        label1:;
        adj_39 += adj_ret;
        // adj: return False                                                                  <L 23>
    }
    wp::adj_extract(var_36, var_34, adj_33, adj_34, adj_35);
    adj_a.lower += adj_33;
    wp::adj_extract(var_32, var_30, adj_29, adj_30, adj_31);
    adj_b.upper += adj_29;
    wp::adj_extract(var_27, var_25, adj_24, adj_25, adj_26);
    adj_b.lower += adj_24;
    wp::adj_extract(var_23, var_21, adj_20, adj_21, adj_22);
    adj_a.upper += adj_20;
    // adj: if a.upper[1] < b.lower[1] or b.upper[1] < a.lower[1]:                            <L 22>
    if (var_18) {
        label0:;
        adj_19 += adj_ret;
        // adj: return False                                                                  <L 21>
    }
    wp::adj_extract(var_16, var_14, adj_13, adj_14, adj_15);
    adj_a.lower += adj_13;
    wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
    adj_b.upper += adj_9;
    wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
    adj_b.lower += adj_4;
    wp::adj_extract(var_3, var_1, adj_0, adj_1, adj_2);
    adj_a.upper += adj_0;
    // adj: if a.upper[0] < b.lower[0] or b.upper[0] < a.lower[0]:                            <L 20>
    // adj: def aabb_overlap(a: AABB, b: AABB) -> bool:                                       <L 19>
    return;
}


// corpus/033_aabb_slab_tests.py:10
static CUDA_CALLABLE void adj_aabb_union_0(
    AABB_7ee30858 var_a,
    AABB_7ee30858 var_b,
    AABB_7ee30858 & adj_a,
    AABB_7ee30858 & adj_b,
    AABB_7ee30858 & adj_ret)
{
    //---------
    // primal vars
    AABB_7ee30858 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32>* var_12;
    //---------
    // dual vars
    AABB_7ee30858 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def aabb_union(a: AABB, b: AABB) -> AABB:                                              <L 11>
    // r = AABB()                                                                             <L 12>
    var_0 = AABB_7ee30858();
    // r.lower = wp.min(a.lower, b.lower)                                                     <L 13>
    var_1 = &(var_a.lower);
    var_2 = &(var_b.lower);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::min(var_4, var_5);
    var_6 = &(var_0.lower);
    // wp::store(var_6, var_3);
    // r.upper = wp.max(a.upper, b.upper)                                                     <L 14>
    var_7 = &(var_a.upper);
    var_8 = &(var_b.upper);
    var_10 = wp::load(var_7);
    var_11 = wp::load(var_8);
    var_9 = wp::max(var_10, var_11);
    var_12 = &(var_0.upper);
    // wp::store(var_12, var_9);
    // return r                                                                               <L 15>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return r                                                                          <L 15>
    adj_0.upper += adj_12;
    wp::adj_max(var_10, var_11, adj_7, adj_8, adj_9);
    adj_b.upper += adj_8;
    adj_a.upper += adj_7;
    // adj: r.upper = wp.max(a.upper, b.upper)                                                <L 14>
    adj_0.lower += adj_6;
    wp::adj_min(var_4, var_5, adj_1, adj_2, adj_3);
    adj_b.lower += adj_2;
    adj_a.lower += adj_1;
    // adj: r.lower = wp.min(a.lower, b.lower)                                                <L 13>
    // adj: r = AABB()                                                                        <L 12>
    // adj: def aabb_union(a: AABB, b: AABB) -> AABB:                                         <L 11>
    return;
}


// corpus/033_aabb_slab_tests.py:45
static CUDA_CALLABLE void adj_surface_area_0(
    AABB_7ee30858 var_b,
    AABB_7ee30858 & adj_b,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 2.0;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    //---------
    // forward
    // def surface_area(b: AABB) -> float:                                                    <L 46>
    // d = b.upper - b.lower                                                                  <L 47>
    var_0 = &(var_b.upper);
    var_1 = &(var_b.lower);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::sub(var_3, var_4);
    // return 2.0 * (d[0] * d[1] + d[1] * d[2] + d[2] * d[0])                                 <L 48>
    var_7 = wp::extract(var_2, var_6);
    var_9 = wp::extract(var_2, var_8);
    var_10 = wp::mul(var_7, var_9);
    var_12 = wp::extract(var_2, var_11);
    var_14 = wp::extract(var_2, var_13);
    var_15 = wp::mul(var_12, var_14);
    var_16 = wp::add(var_10, var_15);
    var_18 = wp::extract(var_2, var_17);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::mul(var_18, var_20);
    var_22 = wp::add(var_16, var_21);
    var_23 = wp::mul(var_5, var_22);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_23 += adj_ret;
    wp::adj_mul(var_5, var_22, adj_5, adj_22, adj_23);
    wp::adj_add(var_16, var_21, adj_16, adj_21, adj_22);
    wp::adj_mul(var_18, var_20, adj_18, adj_20, adj_21);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
    wp::adj_extract(var_2, var_17, adj_2, adj_17, adj_18);
    wp::adj_add(var_10, var_15, adj_10, adj_15, adj_16);
    wp::adj_mul(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_extract(var_2, var_13, adj_2, adj_13, adj_14);
    wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
    wp::adj_mul(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    // adj: return 2.0 * (d[0] * d[1] + d[1] * d[2] + d[2] * d[0])                            <L 48>
    wp::adj_sub(var_3, var_4, adj_0, adj_1, adj_2);
    adj_b.lower += adj_1;
    adj_b.upper += adj_0;
    // adj: d = b.upper - b.lower                                                             <L 47>
    // adj: def surface_area(b: AABB) -> float:                                               <L 46>
    return;
}



extern "C" __global__ void triangle_bounds_a47bb5f6_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts,
    wp::array_t<wp::int32> var_tris,
    wp::float32 var_pad,
    wp::array_t<AABB_7ee30858> var_boxes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_scene)
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
        const wp::int32 var_1 = 3;
        wp::int32 var_2;
        wp::int32* var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 3;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::int32* var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::int32 var_17 = 3;
        wp::int32 var_18;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        wp::int32* var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::int32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        AABB_7ee30858 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32>* var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        const wp::int32 var_37 = 0;
        wp::vec_t<3, wp::float32>* var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        const wp::int32 var_41 = 1;
        wp::vec_t<3, wp::float32>* var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        //---------
        // forward
        // def triangle_bounds(verts: wp.array(dtype=wp.vec3), tris: wp.array(dtype=int), pad: float, boxes: wp.array(dtype=AABB), scene: wp.array(dtype=wp.vec3)):       <L 52>
        // t = wp.tid()                                                                           <L 53>
        var_0 = builtin_tid1d();
        // a = verts[tris[3 * t]]                                                                 <L 54>
        var_2 = wp::mul(var_1, var_0);
        var_3 = wp::address(var_tris, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::address(var_verts, var_5);
        var_7 = wp::load(var_4);
        var_6 = wp::copy(var_7);
        // b = verts[tris[3 * t + 1]]                                                             <L 55>
        var_9 = wp::mul(var_8, var_0);
        var_11 = wp::add(var_9, var_10);
        var_12 = wp::address(var_tris, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::address(var_verts, var_14);
        var_16 = wp::load(var_13);
        var_15 = wp::copy(var_16);
        // c = verts[tris[3 * t + 2]]                                                             <L 56>
        var_18 = wp::mul(var_17, var_0);
        var_20 = wp::add(var_18, var_19);
        var_21 = wp::address(var_tris, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::address(var_verts, var_23);
        var_25 = wp::load(var_22);
        var_24 = wp::copy(var_25);
        // box = AABB()                                                                           <L 57>
        var_26 = AABB_7ee30858();
        // box.lower = wp.min(wp.min(a, b), c) - wp.vec3(pad, pad, pad)                           <L 58>
        var_27 = wp::min(var_6, var_15);
        var_28 = wp::min(var_27, var_24);
        var_29 = wp::vec_t<3, wp::float32>(var_pad, var_pad, var_pad);
        var_30 = wp::sub(var_28, var_29);
        var_31 = &(var_26.lower);
        wp::store(var_31, var_30);
        // box.upper = wp.max(wp.max(a, b), c) + wp.vec3(pad, pad, pad)                           <L 59>
        var_32 = wp::max(var_6, var_15);
        var_33 = wp::max(var_32, var_24);
        var_34 = wp::vec_t<3, wp::float32>(var_pad, var_pad, var_pad);
        var_35 = wp::add(var_33, var_34);
        var_36 = &(var_26.upper);
        wp::store(var_36, var_35);
        // boxes[t] = box                                                                         <L 60>
        wp::array_store(var_boxes, var_0, var_26);
        // wp.atomic_min(scene, 0, box.lower)                                                     <L 61>
        var_38 = &(var_26.lower);
        var_40 = wp::load(var_38);
        var_39 = wp::atomic_min(var_scene, var_37, var_40);
        // wp.atomic_max(scene, 1, box.upper)                                                     <L 62>
        var_42 = &(var_26.upper);
        var_44 = wp::load(var_42);
        var_43 = wp::atomic_max(var_scene, var_41, var_44);
    }
}



extern "C" __global__ void triangle_bounds_a47bb5f6_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts,
    wp::array_t<wp::int32> var_tris,
    wp::float32 var_pad,
    wp::array_t<AABB_7ee30858> var_boxes,
    wp::array_t<wp::vec_t<3, wp::float32>> var_scene,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_verts,
    wp::array_t<wp::int32> adj_tris,
    wp::float32 adj_pad,
    wp::array_t<AABB_7ee30858> adj_boxes,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_scene)
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
        const wp::int32 var_1 = 3;
        wp::int32 var_2;
        wp::int32* var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 3;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::int32* var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::int32 var_17 = 3;
        wp::int32 var_18;
        const wp::int32 var_19 = 2;
        wp::int32 var_20;
        wp::int32* var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::int32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        AABB_7ee30858 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32>* var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32>* var_36;
        const wp::int32 var_37 = 0;
        wp::vec_t<3, wp::float32>* var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        const wp::int32 var_41 = 1;
        wp::vec_t<3, wp::float32>* var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        AABB_7ee30858 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::int32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::int32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        //---------
        // forward
        // def triangle_bounds(verts: wp.array(dtype=wp.vec3), tris: wp.array(dtype=int), pad: float, boxes: wp.array(dtype=AABB), scene: wp.array(dtype=wp.vec3)):       <L 52>
        // t = wp.tid()                                                                           <L 53>
        var_0 = builtin_tid1d();
        // a = verts[tris[3 * t]]                                                                 <L 54>
        var_2 = wp::mul(var_1, var_0);
        var_3 = wp::address(var_tris, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::address(var_verts, var_5);
        var_7 = wp::load(var_4);
        var_6 = wp::copy(var_7);
        // b = verts[tris[3 * t + 1]]                                                             <L 55>
        var_9 = wp::mul(var_8, var_0);
        var_11 = wp::add(var_9, var_10);
        var_12 = wp::address(var_tris, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::address(var_verts, var_14);
        var_16 = wp::load(var_13);
        var_15 = wp::copy(var_16);
        // c = verts[tris[3 * t + 2]]                                                             <L 56>
        var_18 = wp::mul(var_17, var_0);
        var_20 = wp::add(var_18, var_19);
        var_21 = wp::address(var_tris, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::address(var_verts, var_23);
        var_25 = wp::load(var_22);
        var_24 = wp::copy(var_25);
        // box = AABB()                                                                           <L 57>
        var_26 = AABB_7ee30858();
        // box.lower = wp.min(wp.min(a, b), c) - wp.vec3(pad, pad, pad)                           <L 58>
        var_27 = wp::min(var_6, var_15);
        var_28 = wp::min(var_27, var_24);
        var_29 = wp::vec_t<3, wp::float32>(var_pad, var_pad, var_pad);
        var_30 = wp::sub(var_28, var_29);
        var_31 = &(var_26.lower);
        // wp::store(var_31, var_30);
        // box.upper = wp.max(wp.max(a, b), c) + wp.vec3(pad, pad, pad)                           <L 59>
        var_32 = wp::max(var_6, var_15);
        var_33 = wp::max(var_32, var_24);
        var_34 = wp::vec_t<3, wp::float32>(var_pad, var_pad, var_pad);
        var_35 = wp::add(var_33, var_34);
        var_36 = &(var_26.upper);
        // wp::store(var_36, var_35);
        // boxes[t] = box                                                                         <L 60>
        // wp::array_store(var_boxes, var_0, var_26);
        // wp.atomic_min(scene, 0, box.lower)                                                     <L 61>
        var_38 = &(var_26.lower);
        var_40 = wp::load(var_38);
        // var_39 = wp::atomic_min(var_scene, var_37, var_40);
        // wp.atomic_max(scene, 1, box.upper)                                                     <L 62>
        var_42 = &(var_26.upper);
        var_44 = wp::load(var_42);
        // var_43 = wp::atomic_max(var_scene, var_41, var_44);
        //---------
        // reverse
        wp::adj_atomic_max(var_scene, var_41, var_44, adj_scene, adj_41, adj_42, adj_43);
        adj_26.upper += adj_42;
        // adj: wp.atomic_max(scene, 1, box.upper)                                                <L 62>
        wp::adj_atomic_min(var_scene, var_37, var_40, adj_scene, adj_37, adj_38, adj_39);
        adj_26.lower += adj_38;
        // adj: wp.atomic_min(scene, 0, box.lower)                                                <L 61>
        wp::adj_array_store(var_boxes, var_0, var_26, adj_boxes, adj_0, adj_26);
        // adj: boxes[t] = box                                                                    <L 60>
        adj_26.upper += adj_36;
        wp::adj_add(var_33, var_34, adj_33, adj_34, adj_35);
        wp::adj_vec_t(var_pad, var_pad, var_pad, adj_pad, adj_pad, adj_pad, adj_34);
        wp::adj_max(var_32, var_24, adj_32, adj_24, adj_33);
        wp::adj_max(var_6, var_15, adj_6, adj_15, adj_32);
        // adj: box.upper = wp.max(wp.max(a, b), c) + wp.vec3(pad, pad, pad)                      <L 59>
        adj_26.lower += adj_31;
        wp::adj_sub(var_28, var_29, adj_28, adj_29, adj_30);
        wp::adj_vec_t(var_pad, var_pad, var_pad, adj_pad, adj_pad, adj_pad, adj_29);
        wp::adj_min(var_27, var_24, adj_27, adj_24, adj_28);
        wp::adj_min(var_6, var_15, adj_6, adj_15, adj_27);
        // adj: box.lower = wp.min(wp.min(a, b), c) - wp.vec3(pad, pad, pad)                      <L 58>
        // adj: box = AABB()                                                                      <L 57>
        wp::adj_copy(var_25, adj_22, adj_24);
        wp::adj_address(var_verts, var_23, adj_verts, adj_21, adj_22);
        wp::adj_address(var_tris, var_20, adj_tris, adj_20, adj_21);
        wp::adj_add(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_mul(var_17, var_0, adj_17, adj_0, adj_18);
        // adj: c = verts[tris[3 * t + 2]]                                                        <L 56>
        wp::adj_copy(var_16, adj_13, adj_15);
        wp::adj_address(var_verts, var_14, adj_verts, adj_12, adj_13);
        wp::adj_address(var_tris, var_11, adj_tris, adj_11, adj_12);
        wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_mul(var_8, var_0, adj_8, adj_0, adj_9);
        // adj: b = verts[tris[3 * t + 1]]                                                        <L 55>
        wp::adj_copy(var_7, adj_4, adj_6);
        wp::adj_address(var_verts, var_5, adj_verts, adj_3, adj_4);
        wp::adj_address(var_tris, var_2, adj_tris, adj_2, adj_3);
        wp::adj_mul(var_1, var_0, adj_1, adj_0, adj_2);
        // adj: a = verts[tris[3 * t]]                                                            <L 54>
        // adj: t = wp.tid()                                                                      <L 53>
        // adj: def triangle_bounds(verts: wp.array(dtype=wp.vec3), tris: wp.array(dtype=int), pad: float, boxes: wp.array(dtype=AABB), scene: wp.array(dtype=wp.vec3)):  <L 52>
        continue;
    }
}



extern "C" __global__ void ray_box_query_c62cb33a_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::array_t<AABB_7ee30858> var_boxes,
    wp::float32 var_t_max,
    wp::array_t<wp::int32> var_first_box,
    wp::array_t<wp::float32> var_first_t,
    wp::array_t<wp::int32> var_num_tested)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 1.0;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = -1;
        wp::int32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::shape_t* var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        wp::shape_t var_29;
        wp::range_t var_30;
        wp::int32 var_31;
        const wp::int32 var_32 = 1;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        AABB_7ee30858* var_35;
        bool var_36;
        wp::float32 var_37;
        AABB_7ee30858 var_38;
        bool var_39;
        bool var_40;
        wp::int32 var_41;
        wp::float32 var_42;
        wp::int32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 0;
        wp::int32 var_46;
        //---------
        // forward
        // def ray_box_query(                                                                     <L 66>
        // r = wp.tid()                                                                           <L 75>
        var_0 = builtin_tid1d();
        // o = origins[r]                                                                         <L 76>
        var_1 = wp::address(var_origins, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = dirs[r]                                                                            <L 77>
        var_4 = wp::address(var_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // inv = wp.vec3(1.0 / d[0], 1.0 / d[1], 1.0 / d[2])                                      <L 78>
        var_9 = wp::extract(var_5, var_8);
        var_10 = wp::div(var_7, var_9);
        var_13 = wp::extract(var_5, var_12);
        var_14 = wp::div(var_11, var_13);
        var_17 = wp::extract(var_5, var_16);
        var_18 = wp::div(var_15, var_17);
        var_19 = wp::vec_t<3, wp::float32>(var_10, var_14, var_18);
        // best = int(-1)                                                                         <L 79>
        var_22 = wp::int(var_21);
        // best_t = float(t_max)                                                                  <L 80>
        var_23 = wp::float(var_t_max);
        // tested = int(0)                                                                        <L 81>
        var_25 = wp::int(var_24);
        // for b in range(boxes.shape[0]):                                                        <L 82>
        var_26 = &(var_boxes.shape);
        var_29 = wp::load(var_26);
        var_28 = wp::extract(var_29, var_27);
        var_30 = wp::range(var_28);
        start_for_0:;
            if (iter_cmp(var_30) == 0) goto end_for_0;
            var_31 = wp::iter_next(var_30);
            // tested += 1                                                                        <L 83>
            var_34 = wp::add(var_25, var_33);
            // hit, t = ray_slab(o, inv, boxes[b], best_t)                                        <L 84>
            var_35 = wp::address(var_boxes, var_31);
            var_38 = wp::load(var_35);
            ray_slab_0(var_2, var_19, var_38, var_23, var_36, var_37);
            // if hit and t < best_t:                                                             <L 85>
            var_39 = (var_37 < var_23);
            var_40 = var_36 && var_39;
            if (var_40) {
                // best = b                                                                       <L 86>
                var_41 = wp::copy(var_31);
                // best_t = t                                                                     <L 87>
                var_42 = wp::copy(var_37);
            }
            var_43 = wp::where(var_40, var_41, var_22);
            var_44 = wp::where(var_40, var_42, var_23);
            wp::assign(var_22, var_43);
            wp::assign(var_23, var_44);
            wp::assign(var_25, var_34);
            goto start_for_0;
        end_for_0:;
        // first_box[r] = best                                                                    <L 88>
        wp::array_store(var_first_box, var_0, var_22);
        // first_t[r] = best_t                                                                    <L 89>
        wp::array_store(var_first_t, var_0, var_23);
        // wp.atomic_add(num_tested, 0, tested)                                                   <L 90>
        var_46 = wp::atomic_add(var_num_tested, var_45, var_25);
    }
}



extern "C" __global__ void ray_box_query_c62cb33a_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::array_t<AABB_7ee30858> var_boxes,
    wp::float32 var_t_max,
    wp::array_t<wp::int32> var_first_box,
    wp::array_t<wp::float32> var_first_t,
    wp::array_t<wp::int32> var_num_tested,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs,
    wp::array_t<AABB_7ee30858> adj_boxes,
    wp::float32 adj_t_max,
    wp::array_t<wp::int32> adj_first_box,
    wp::array_t<wp::float32> adj_first_t,
    wp::array_t<wp::int32> adj_num_tested)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 1.0;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 1;
        const wp::int32 var_21 = -1;
        wp::int32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        wp::shape_t* var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        wp::shape_t var_29;
        wp::range_t var_30;
        wp::int32 var_31;
        const wp::int32 var_32 = 1;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        AABB_7ee30858* var_35;
        bool var_36;
        wp::float32 var_37;
        AABB_7ee30858 var_38;
        bool var_39;
        bool var_40;
        wp::int32 var_41;
        wp::float32 var_42;
        wp::int32 var_43;
        wp::float32 var_44;
        const wp::int32 var_45 = 0;
        wp::int32 var_46;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::shape_t adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::shape_t adj_29 = {};
        wp::range_t adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        AABB_7ee30858 adj_35 = {};
        bool adj_36 = {};
        wp::float32 adj_37 = {};
        AABB_7ee30858 adj_38 = {};
        bool adj_39 = {};
        bool adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        //---------
        // forward
        // def ray_box_query(                                                                     <L 66>
        // r = wp.tid()                                                                           <L 75>
        var_0 = builtin_tid1d();
        // o = origins[r]                                                                         <L 76>
        var_1 = wp::address(var_origins, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = dirs[r]                                                                            <L 77>
        var_4 = wp::address(var_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // inv = wp.vec3(1.0 / d[0], 1.0 / d[1], 1.0 / d[2])                                      <L 78>
        var_9 = wp::extract(var_5, var_8);
        var_10 = wp::div(var_7, var_9);
        var_13 = wp::extract(var_5, var_12);
        var_14 = wp::div(var_11, var_13);
        var_17 = wp::extract(var_5, var_16);
        var_18 = wp::div(var_15, var_17);
        var_19 = wp::vec_t<3, wp::float32>(var_10, var_14, var_18);
        // best = int(-1)                                                                         <L 79>
        var_22 = wp::int(var_21);
        // best_t = float(t_max)                                                                  <L 80>
        var_23 = wp::float(var_t_max);
        // tested = int(0)                                                                        <L 81>
        var_25 = wp::int(var_24);
        // for b in range(boxes.shape[0]):                                                        <L 82>
        var_26 = &(var_boxes.shape);
        var_29 = wp::load(var_26);
        var_28 = wp::extract(var_29, var_27);
        var_30 = wp::range(var_28);
        // first_box[r] = best                                                                    <L 88>
        // wp::array_store(var_first_box, var_0, var_22);
        // first_t[r] = best_t                                                                    <L 89>
        // wp::array_store(var_first_t, var_0, var_23);
        // wp.atomic_add(num_tested, 0, tested)                                                   <L 90>
        // var_46 = wp::atomic_add(var_num_tested, var_45, var_25);
        //---------
        // reverse
        wp::adj_atomic_add(var_num_tested, var_45, var_25, adj_num_tested, adj_45, adj_25, adj_46);
        // adj: wp.atomic_add(num_tested, 0, tested)                                              <L 90>
        wp::adj_array_store(var_first_t, var_0, var_23, adj_first_t, adj_0, adj_23);
        // adj: first_t[r] = best_t                                                               <L 89>
        wp::adj_array_store(var_first_box, var_0, var_22, adj_first_box, adj_0, adj_22);
        // adj: first_box[r] = best                                                               <L 88>
        var_30 = wp::iter_reverse(var_30);
        start_for_0:;
            if (iter_cmp(var_30) == 0) goto end_for_0;
            var_31 = wp::iter_next(var_30);
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
            // tested += 1                                                                        <L 83>
            var_34 = wp::add(var_25, var_33);
            // hit, t = ray_slab(o, inv, boxes[b], best_t)                                        <L 84>
            var_35 = wp::address(var_boxes, var_31);
            var_38 = wp::load(var_35);
            ray_slab_0(var_2, var_19, var_38, var_23, var_36, var_37);
            // if hit and t < best_t:                                                             <L 85>
            var_39 = (var_37 < var_23);
            var_40 = var_36 && var_39;
            if (var_40) {
                // best = b                                                                       <L 86>
                var_41 = wp::copy(var_31);
                // best_t = t                                                                     <L 87>
                var_42 = wp::copy(var_37);
            }
            var_43 = wp::where(var_40, var_41, var_22);
            var_44 = wp::where(var_40, var_42, var_23);
            wp::assign(var_22, var_43);
            wp::assign(var_23, var_44);
            wp::assign(var_25, var_34);
            wp::adj_assign(var_25, var_34, adj_25, adj_34);
            wp::adj_assign(var_23, var_44, adj_23, adj_44);
            wp::adj_assign(var_22, var_43, adj_22, adj_43);
            wp::adj_where(var_40, var_42, var_23, adj_40, adj_42, adj_23, adj_44);
            wp::adj_where(var_40, var_41, var_22, adj_40, adj_41, adj_22, adj_43);
            if (var_40) {
                wp::adj_copy(var_37, adj_37, adj_42);
                // adj: best_t = t                                                                <L 87>
                wp::adj_copy(var_31, adj_31, adj_41);
                // adj: best = b                                                                  <L 86>
            }
            // adj: if hit and t < best_t:                                                        <L 85>
            adj_ray_slab_0(var_2, var_19, var_38, var_23, var_36, var_37, adj_2, adj_19, adj_35, adj_23, adj_36, adj_37);
            wp::adj_address(var_boxes, var_31, adj_boxes, adj_31, adj_35);
            // adj: hit, t = ray_slab(o, inv, boxes[b], best_t)                                   <L 84>
            wp::adj_add(var_25, var_33, adj_25, adj_33, adj_34);
            // adj: tested += 1                                                                   <L 83>
        	goto start_for_0;
        end_for_0:;
        wp::adj_range(var_28, adj_28, adj_30);
        wp::adj_extract(var_29, var_27, adj_26, adj_27, adj_28);
        adj_boxes.shape = adj_26;
        // adj: for b in range(boxes.shape[0]):                                                   <L 82>
        wp::adj_int(var_24, adj_24, adj_25);
        // adj: tested = int(0)                                                                   <L 81>
        wp::adj_float(var_t_max, adj_t_max, adj_23);
        // adj: best_t = float(t_max)                                                             <L 80>
        wp::adj_int(var_21, adj_21, adj_22);
        // adj: best = int(-1)                                                                    <L 79>
        wp::adj_vec_t(var_10, var_14, var_18, adj_10, adj_14, adj_18, adj_19);
        wp::adj_div(var_15, var_17, var_18, adj_15, adj_17, adj_18);
        wp::adj_extract(var_5, var_16, adj_5, adj_16, adj_17);
        wp::adj_div(var_11, var_13, var_14, adj_11, adj_13, adj_14);
        wp::adj_extract(var_5, var_12, adj_5, adj_12, adj_13);
        wp::adj_div(var_7, var_9, var_10, adj_7, adj_9, adj_10);
        wp::adj_extract(var_5, var_8, adj_5, adj_8, adj_9);
        // adj: inv = wp.vec3(1.0 / d[0], 1.0 / d[1], 1.0 / d[2])                                 <L 78>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_dirs, var_0, adj_dirs, adj_0, adj_4);
        // adj: d = dirs[r]                                                                       <L 77>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_origins, var_0, adj_origins, adj_0, adj_1);
        // adj: o = origins[r]                                                                    <L 76>
        // adj: r = wp.tid()                                                                      <L 75>
        // adj: def ray_box_query(                                                                <L 66>
        continue;
    }
}



extern "C" __global__ void pair_overlaps_5d2afa5c_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<AABB_7ee30858> var_boxes,
    wp::int32 var_max_pairs,
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs,
    wp::array_t<wp::int32> var_count)
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
        bool var_2;
        AABB_7ee30858* var_3;
        AABB_7ee30858* var_4;
        bool var_5;
        AABB_7ee30858 var_6;
        AABB_7ee30858 var_7;
        bool var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        bool var_12;
        wp::vec_t<2, wp::int32> var_13;
        //---------
        // forward
        // def pair_overlaps(boxes: wp.array(dtype=AABB), max_pairs: int, pairs: wp.array(dtype=wp.vec2i), count: wp.array(dtype=int)):       <L 94>
        // i, j = wp.tid()                                                                        <L 95>
        builtin_tid2d(var_0, var_1);
        // if j <= i:                                                                             <L 96>
        var_2 = (var_1 <= var_0);
        if (var_2) {
            // return                                                                             <L 97>
            continue;
        }
        // if not aabb_overlap(boxes[i], boxes[j]):                                               <L 98>
        var_3 = wp::address(var_boxes, var_0);
        var_4 = wp::address(var_boxes, var_1);
        var_6 = wp::load(var_3);
        var_7 = wp::load(var_4);
        var_5 = aabb_overlap_0(var_6, var_7);
        var_8 = wp::unot(var_5);
        if (var_8) {
            // return                                                                             <L 99>
            continue;
        }
        // slot = wp.atomic_add(count, 0, 1)                                                      <L 100>
        var_11 = wp::atomic_add(var_count, var_9, var_10);
        // if slot < max_pairs:                                                                   <L 101>
        var_12 = (var_11 < var_max_pairs);
        if (var_12) {
            // pairs[slot] = wp.vec2i(i, j)                                                       <L 102>
            var_13 = wp::vec_t<2, wp::int32>(var_0, var_1);
            wp::array_store(var_pairs, var_11, var_13);
        }
    }
}



extern "C" __global__ void pair_overlaps_5d2afa5c_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<AABB_7ee30858> var_boxes,
    wp::int32 var_max_pairs,
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs,
    wp::array_t<wp::int32> var_count,
    wp::array_t<AABB_7ee30858> adj_boxes,
    wp::int32 adj_max_pairs,
    wp::array_t<wp::vec_t<2, wp::int32>> adj_pairs,
    wp::array_t<wp::int32> adj_count)
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
        bool var_2;
        AABB_7ee30858* var_3;
        AABB_7ee30858* var_4;
        bool var_5;
        AABB_7ee30858 var_6;
        AABB_7ee30858 var_7;
        bool var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        bool var_12;
        wp::vec_t<2, wp::int32> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        AABB_7ee30858 adj_3 = {};
        AABB_7ee30858 adj_4 = {};
        bool adj_5 = {};
        AABB_7ee30858 adj_6 = {};
        AABB_7ee30858 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::vec_t<2, wp::int32> adj_13 = {};
        //---------
        // forward
        // def pair_overlaps(boxes: wp.array(dtype=AABB), max_pairs: int, pairs: wp.array(dtype=wp.vec2i), count: wp.array(dtype=int)):       <L 94>
        // i, j = wp.tid()                                                                        <L 95>
        builtin_tid2d(var_0, var_1);
        // if j <= i:                                                                             <L 96>
        var_2 = (var_1 <= var_0);
        if (var_2) {
            // return                                                                             <L 97>
            goto label0;
        }
        // if not aabb_overlap(boxes[i], boxes[j]):                                               <L 98>
        var_3 = wp::address(var_boxes, var_0);
        var_4 = wp::address(var_boxes, var_1);
        var_6 = wp::load(var_3);
        var_7 = wp::load(var_4);
        var_5 = aabb_overlap_0(var_6, var_7);
        var_8 = wp::unot(var_5);
        if (var_8) {
            // return                                                                             <L 99>
            goto label1;
        }
        // slot = wp.atomic_add(count, 0, 1)                                                      <L 100>
        // var_11 = wp::atomic_add(var_count, var_9, var_10);
        // if slot < max_pairs:                                                                   <L 101>
        var_12 = (var_11 < var_max_pairs);
        if (var_12) {
            // pairs[slot] = wp.vec2i(i, j)                                                       <L 102>
            var_13 = wp::vec_t<2, wp::int32>(var_0, var_1);
            // wp::array_store(var_pairs, var_11, var_13);
        }
        //---------
        // reverse
        if (var_12) {
            wp::adj_array_store(var_pairs, var_11, var_13, adj_pairs, adj_11, adj_13);
            wp::adj_vec_t(var_0, var_1, adj_0, adj_1, adj_13);
            // adj: pairs[slot] = wp.vec2i(i, j)                                                  <L 102>
        }
        // adj: if slot < max_pairs:                                                              <L 101>
        wp::adj_atomic_add(var_count, var_9, var_10, adj_count, adj_9, adj_10, adj_11);
        // adj: slot = wp.atomic_add(count, 0, 1)                                                 <L 100>
        if (var_8) {
            label1:;
            // adj: return                                                                        <L 99>
        }
        adj_aabb_overlap_0(var_6, var_7, adj_3, adj_4, adj_5);
        wp::adj_address(var_boxes, var_1, adj_boxes, adj_1, adj_4);
        wp::adj_address(var_boxes, var_0, adj_boxes, adj_0, adj_3);
        // adj: if not aabb_overlap(boxes[i], boxes[j]):                                          <L 98>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 97>
        }
        // adj: if j <= i:                                                                        <L 96>
        // adj: i, j = wp.tid()                                                                   <L 95>
        // adj: def pair_overlaps(boxes: wp.array(dtype=AABB), max_pairs: int, pairs: wp.array(dtype=wp.vec2i), count: wp.array(dtype=int)):  <L 94>
        continue;
    }
}



extern "C" __global__ void merge_cost_235f6d41_cuda_kernel_forward(
    wp::launch_bounds_t dim,
    wp::array_t<AABB_7ee30858> var_boxes,
    wp::array_t<wp::int32> var_left,
    wp::array_t<wp::int32> var_right,
    wp::array_t<wp::float32> var_cost)
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
        AABB_7ee30858* var_2;
        wp::int32 var_3;
        AABB_7ee30858 var_4;
        AABB_7ee30858 var_5;
        wp::int32* var_6;
        AABB_7ee30858* var_7;
        wp::int32 var_8;
        AABB_7ee30858 var_9;
        AABB_7ee30858 var_10;
        AABB_7ee30858 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // forward
        // def merge_cost(boxes: wp.array(dtype=AABB), left: wp.array(dtype=int), right: wp.array(dtype=int), cost: wp.array(dtype=float)):       <L 106>
        // i = wp.tid()                                                                           <L 107>
        var_0 = builtin_tid1d();
        // a = boxes[left[i]]                                                                     <L 108>
        var_1 = wp::address(var_left, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::address(var_boxes, var_3);
        var_5 = wp::load(var_2);
        var_4 = wp::copy(var_5);
        // b = boxes[right[i]]                                                                    <L 109>
        var_6 = wp::address(var_right, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::address(var_boxes, var_8);
        var_10 = wp::load(var_7);
        var_9 = wp::copy(var_10);
        // u = aabb_union(a, b)                                                                   <L 110>
        var_11 = aabb_union_0(var_4, var_9);
        // cost[i] = surface_area(u) - surface_area(a) - surface_area(b)                          <L 111>
        var_12 = surface_area_0(var_11);
        var_13 = surface_area_0(var_4);
        var_14 = wp::sub(var_12, var_13);
        var_15 = surface_area_0(var_9);
        var_16 = wp::sub(var_14, var_15);
        wp::array_store(var_cost, var_0, var_16);
    }
}



extern "C" __global__ void merge_cost_235f6d41_cuda_kernel_backward(
    wp::launch_bounds_t dim,
    wp::array_t<AABB_7ee30858> var_boxes,
    wp::array_t<wp::int32> var_left,
    wp::array_t<wp::int32> var_right,
    wp::array_t<wp::float32> var_cost,
    wp::array_t<AABB_7ee30858> adj_boxes,
    wp::array_t<wp::int32> adj_left,
    wp::array_t<wp::int32> adj_right,
    wp::array_t<wp::float32> adj_cost)
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
        AABB_7ee30858* var_2;
        wp::int32 var_3;
        AABB_7ee30858 var_4;
        AABB_7ee30858 var_5;
        wp::int32* var_6;
        AABB_7ee30858* var_7;
        wp::int32 var_8;
        AABB_7ee30858 var_9;
        AABB_7ee30858 var_10;
        AABB_7ee30858 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        AABB_7ee30858 adj_2 = {};
        wp::int32 adj_3 = {};
        AABB_7ee30858 adj_4 = {};
        AABB_7ee30858 adj_5 = {};
        wp::int32 adj_6 = {};
        AABB_7ee30858 adj_7 = {};
        wp::int32 adj_8 = {};
        AABB_7ee30858 adj_9 = {};
        AABB_7ee30858 adj_10 = {};
        AABB_7ee30858 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        //---------
        // forward
        // def merge_cost(boxes: wp.array(dtype=AABB), left: wp.array(dtype=int), right: wp.array(dtype=int), cost: wp.array(dtype=float)):       <L 106>
        // i = wp.tid()                                                                           <L 107>
        var_0 = builtin_tid1d();
        // a = boxes[left[i]]                                                                     <L 108>
        var_1 = wp::address(var_left, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::address(var_boxes, var_3);
        var_5 = wp::load(var_2);
        var_4 = wp::copy(var_5);
        // b = boxes[right[i]]                                                                    <L 109>
        var_6 = wp::address(var_right, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::address(var_boxes, var_8);
        var_10 = wp::load(var_7);
        var_9 = wp::copy(var_10);
        // u = aabb_union(a, b)                                                                   <L 110>
        var_11 = aabb_union_0(var_4, var_9);
        // cost[i] = surface_area(u) - surface_area(a) - surface_area(b)                          <L 111>
        var_12 = surface_area_0(var_11);
        var_13 = surface_area_0(var_4);
        var_14 = wp::sub(var_12, var_13);
        var_15 = surface_area_0(var_9);
        var_16 = wp::sub(var_14, var_15);
        // wp::array_store(var_cost, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_cost, var_0, var_16, adj_cost, adj_0, adj_16);
        wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
        adj_surface_area_0(var_9, adj_9, adj_15);
        wp::adj_sub(var_12, var_13, adj_12, adj_13, adj_14);
        adj_surface_area_0(var_4, adj_4, adj_13);
        adj_surface_area_0(var_11, adj_11, adj_12);
        // adj: cost[i] = surface_area(u) - surface_area(a) - surface_area(b)                     <L 111>
        adj_aabb_union_0(var_4, var_9, adj_4, adj_9, adj_11);
        // adj: u = aabb_union(a, b)                                                              <L 110>
        wp::adj_copy(var_10, adj_7, adj_9);
        wp::adj_address(var_boxes, var_8, adj_boxes, adj_6, adj_7);
        wp::adj_address(var_right, var_0, adj_right, adj_0, adj_6);
        // adj: b = boxes[right[i]]                                                               <L 109>
        wp::adj_copy(var_5, adj_2, adj_4);
        wp::adj_address(var_boxes, var_3, adj_boxes, adj_1, adj_2);
        wp::adj_address(var_left, var_0, adj_left, adj_0, adj_1);
        // adj: a = boxes[left[i]]                                                                <L 108>
        // adj: i = wp.tid()                                                                      <L 107>
        // adj: def merge_cost(boxes: wp.array(dtype=AABB), left: wp.array(dtype=int), right: wp.array(dtype=int), cost: wp.array(dtype=float)):  <L 106>
        continue;
    }
}

